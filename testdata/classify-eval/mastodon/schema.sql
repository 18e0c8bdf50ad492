-- classify-eval fixture (HOLDOUT 14, with suitecrm: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): the database of a Mastodon 4.2 instance on PostgreSQL, in
-- Mastodon's own Rails naming (plural snake_case tables, bigint ids, the
-- timestamp_id snowflakes of accounts, statuses and media, timestamps
-- without time zone, inet, jsonb, json and string[] columns), a subset of
-- its tables and of their columns with their real names and types.
-- "social.fernwood.example", the community server of a small town: about
-- 300 local accounts (the owner, two moderators, the library, a bike shop,
-- a weather bot, residents) beside 500 remote accounts of Mastodon,
-- Pleroma/Akkoma, Misskey, GoToSocial and Pixelfed servers, some of them
-- single-user servers named after their owner, and the instance actor
-- whose username is the domain. Accounts with handles, display names, bios
-- (typed text locally, HTML from remote servers) giving emails, phones and
-- birth dates, profile fields (website, pronouns, email, phone, location,
-- Matrix ids), RSA private keys of local actors, actor URIs and collection
-- URLs built from the username (Misskey's are not), the avatar's
-- obfuscated file name and its remote URL; users with emails, pending
-- email changes, bcrypt hashes, Devise reset and confirmation tokens,
-- legacy attr_encrypted OTP secrets with their IV and salt beside the 4.2
-- encrypted otp_secret, backup-code hashes, sign-in tokens, the WebAuthn
-- user handle, sign-up IPs and (post-deployment migrations skipped)
-- current_sign_in_ip and last_sign_in_ip; statuses (typed text or HTML with
-- mentions: lost-cat, for-sale and found-keys posts with phones, addresses
-- and emails, family names, an obituary, direct messages, bot forecasts,
-- plain posts with none), content warnings, URIs and URLs naming their
-- author, edits keeping the phone an edit removed; follows whose activity
-- URIs name the follower on GoToSocial and Pixelfed, blocks whose URIs are
-- UUIDs, poll votes whose URIs name the voter; media whose stored names are
-- random hex but whose remote URLs keep Pleroma uploaders' file names (a
-- CV, a wedding photo), with alt text naming the people shown; preview
-- cards whose author is a journalist, YouTuber or blogger; OAuth apps,
-- grants and access tokens; Web Push endpoints with their auth secret;
-- session activations, login activities and every IP used; moderation
-- (reports, report notes, warnings, appeals, moderators' notes, IP blocks,
-- email domain blocks, domain blocks with private comments, canonical
-- email hashes, the admin action log whose human_identifier holds handles,
-- emails and IP ranges); WebAuthn keys and end-to-end encryption devices
-- named after their owners, SSO identities (Keycloak subjects, CAS
-- logins), public keys, ciphertext and the server's franking key; backups,
-- legacy and bulk imports (whose rows are handles), aliases and
-- migrations; invites with their codes and comments, sign-up requests;
-- site settings whose YAML mixes copy with the contact email, moderators'
-- handles and a mail relay's SMTP password; lists and filters whose titles
-- and keywords name people; private notes on accounts; polls, markers,
-- announcements, scheduled posts, tombstones, instances, relays, webhooks
-- whose URL is the credential; and the lookup, counter and Rails
-- bookkeeping tables that hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA mgen;

-- sf: a Mastodon timestamp_id (milliseconds since the epoch, shifted 16
-- bits, and a 16-bit sequence).
CREATE FUNCTION mgen.sf(t timestamp, k bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT ((extract(epoch FROM t) * 1000)::bigint << 16) | (k % 65536) $$;

-- tok: len letters and digits (base64 of pseudo-random bytes, +/= folded).
CREATE FUNCTION mgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, least(len, 190)), '+/=', 'xQ7'), 1, len) $$;

-- u64: URL-safe base64 of len bytes, unpadded (SecureRandom.urlsafe_base64).
CREATE FUNCTION mgen.u64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+/', '-_'), '=') $$;

-- pem: a PEM block of nbytes pseudo-random bytes after a DER prefix, in
-- 64-character lines; the armour is assembled so no line looks like a key.
CREATE FUNCTION mgen.pem(label text, prefix text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----' || 'BEGIN ' || label || E'-----\n'
      || rtrim(regexp_replace(prefix || translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || b || ':' || i, 'UTF8')), ''::bytea ORDER BY b), 1, nbytes), 'base64'), E'\n', ''), '(.{64})', E'\\1\n', 'g'), E'\n')
      || E'\n-----' || 'END ' || label || E'-----\n'
  FROM generate_series(1, (nbytes + 63) / 64) b
$$;

-- bcrypt: a bcrypt-shaped hash at Devise's cost 10 (cheaper than fixture_gen.bcrypt).
CREATE FUNCTION mgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || substr(translate(fixture_gen.b64(tag, i, 48), '+=', '.A'), 1, 53) $$;

-- ip: an IPv4 address, or for one in four an IPv6 one.
CREATE FUNCTION mgen.ip(tag text, i bigint) RETURNS inet
LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE WHEN fixture_gen.n(tag || 'v', i, 4) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END)::inet
$$;

CREATE FUNCTION mgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
    'Tusky/24.1 Android/14',
    'Ivory/1.8 (iPhone; iOS 17.2; Scale/3.00)',
    'Mastodon/2.3.0 (iPhone; iOS 17.1.2)',
    'Mona/6.0 (Mac; macOS 14.2)',
    'Moshidon/2.0.2+fork.108 Android/13',
    'Elk/0.12.1 (https://elk.zone)',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0'], tag, i)
$$;

-- hx: len (<= 64) lower-case hex digits, cheap; ulid: a ULID-shaped id (GoToSocial).
CREATE FUNCTION mgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(md5(tag || ':' || i) || md5(tag || '+' || i), 1, len) $$;

CREATE FUNCTION mgen.ulid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '01H' || upper(translate(substr(md5(tag || ':' || i), 1, 23), 'abcdef', 'kmnpqr')) $$;

-- blurhash: a BlurHash-shaped string (base 83).
CREATE FUNCTION mgen.blurhash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'U' || substr(translate(fixture_gen.b64(tag, i, 24), '/+=', '%*~'), 1, 27) $$;

-- People behind the accounts: 1-300 local, 301-800 remote.
CREATE TABLE mgen.acc AS
SELECT i, i <= 300 AS local,
       CASE WHEN i <= 300 THEN 'local' ELSE (ARRAY['mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon',
            'mastodon', 'pleroma', 'pleroma', 'misskey', 'misskey', 'gts', 'gts', 'pixelfed', 'pixelfed'])[1 + fixture_gen.n('msoft', i, 20)] END AS soft,
       fixture_gen.first_name('mfn', i) AS first, fixture_gen.last_name('mln', i) AS last,
       fixture_gen.n('mus', i, 8) AS ustyle
FROM generate_series(1, 800) i;
ALTER TABLE mgen.acc ADD COLUMN domain text, ADD COLUMN uname text, ADD COLUMN dname text, ADD COLUMN created timestamp, ADD COLUMN id bigint,
    ADD COLUMN uri text, ADD COLUMN url text, ADD COLUMN base text, ADD COLUMN person boolean DEFAULT true, ADD COLUMN city text, ADD COLUMN email text;
UPDATE mgen.acc SET domain = CASE soft
      WHEN 'mastodon' THEN fixture_gen.pick(ARRAY['mastodon.social', 'hachyderm.io', 'fosstodon.org', 'chaos.social', 'mas.to', 'mstdn.jp', 'mastodon.art', 'infosec.exchange',
           'kolektiva.social', 'toot.community', 'mastodon.scot', 'norden.social', 'mastodon.online', 'det.social'], 'mdom', i)
      WHEN 'pleroma' THEN fixture_gen.pick(ARRAY['akkoma.lowtide.example', 'pleroma.hearthmoor.example'], 'mdom', i)
      WHEN 'misskey' THEN fixture_gen.pick(ARRAY['misskey.io', 'misskey.io', 'mk.shrimpnet.example'], 'mdom', i)
      WHEN 'gts' THEN 'gts.' || fixture_gen.ascii(first) || fixture_gen.ascii(last) || '.example'
      WHEN 'pixelfed' THEN 'pixelfed.social' END,
    uname = CASE ustyle
      WHEN 0 THEN fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last)
      WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last)
      WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
      WHEN 3 THEN fixture_gen.ascii(first) || (10 + fixture_gen.n('musd', i, 89))::text
      WHEN 4 THEN fixture_gen.ascii(first) || '_' || substr(fixture_gen.ascii(last), 1, 1)
      WHEN 5 THEN initcap(fixture_gen.ascii(first)) || initcap(fixture_gen.ascii(last))
      ELSE fixture_gen.pick(ARRAY['mossyfrog', 'quietpixel', 'nightjar', 'tidepool', 'rustbucket', 'larkspur', 'ferncat', 'oddsocks', 'bikeshed', 'inkwell', 'coldbrew',
           'pinecone', 'marshmallow_moth', 'teapot', 'crowquill', 'saltmarsh', 'lowtide', 'bramblefox', 'owlbear', 'kettle', 'hedgewitch', 'sourdough_sam'], 'mps', i) END,
    city = fixture_gen.city('mcity', i),
    created = CASE WHEN i <= 300 THEN timestamp '2022-11-01 09:14:07' + make_interval(secs => (i - 1) * 3600 * 17 + fixture_gen.n('macr', i, 86400))
                   ELSE fixture_gen.ts('macr', i) END;
-- the server's own accounts
UPDATE mgen.acc SET person = false, first = NULL, last = NULL, uname = v.u, dname = v.d
FROM (VALUES (4, 'fernwood', 'Fernwood Social'), (5, 'weather', 'Fernwood Weather 🌦️'), (6, 'fernwoodlibrary', 'Fernwood Public Library'), (7, 'millbikes', 'Mill Lane Bikes'),
             (8, 'fernwood_council', 'Fernwood Town Council (unofficial mirror)'), (611, 'relaybot', 'FediBuzz relay')) v(i, u, d)
WHERE acc.i = v.i;
UPDATE mgen.acc a SET uname = a.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY coalesce(domain, ''), lower(uname) ORDER BY i) AS rn FROM mgen.acc) d
WHERE d.i = a.i AND d.rn > 1;
UPDATE mgen.acc SET dname = CASE WHEN NOT person THEN dname ELSE CASE fixture_gen.n('mdn', i, 10)
      WHEN 0 THEN first
      WHEN 1 THEN first || ' ' || last || ' (' || fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they', 'he/they'], 'mpr', i) || ')'
      WHEN 2 THEN ':' || fixture_gen.pick(ARRAY['flag_de', 'flag_gb', 'rainbow_flag', 'verified', 'blobcat'], 'mde', i) || ': ' || first || ' ' || last
      WHEN 3 THEN CASE WHEN ustyle >= 6 THEN initcap(replace(uname, '_', ' ')) || ' ' || fixture_gen.pick(ARRAY['🌿', '🐸', '🚲', '☕', '🦉', ''], 'mdm', i) ELSE first || ' ' || last END
      WHEN 4 THEN ''
      WHEN 5 THEN upper(substr(first, 1, 1)) || '. ' || last
      ELSE first || ' ' || last END END,
    email = CASE fixture_gen.n('mem', i, 5)
      WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'posteo.de', 'fastmail.com', 'outlook.com', 'icloud.com'], 'med', i)
      WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'hotmail.com'], 'med', i)
      WHEN 2 THEN lower(uname) || '+fernwood@' || fixture_gen.pick(ARRAY['gmail.com', 'fastmail.com', 'proton.me'], 'med', i)
      WHEN 3 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['fernwood-school.example', 'riverbend-health.example', 'gmx.net', 'mailbox.org'], 'med', i)
      ELSE fixture_gen.ascii(first) || '@' || fixture_gen.ascii(last) || '.example' END;
UPDATE mgen.acc SET email = v.e FROM (VALUES (4, 'hello@social.fernwood.example'), (5, 'weather-bot@social.fernwood.example'), (6, 'digital@fernwoodlibrary.example'),
    (7, 'shop@millbikes.example'), (8, 'mirror@social.fernwood.example')) v(i, e) WHERE acc.i = v.i;
UPDATE mgen.acc SET email = replace(email, '@', d.rn || '@') FROM (SELECT i AS j, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM mgen.acc WHERE i <= 300) d
WHERE d.j = acc.i AND d.rn > 1;
UPDATE mgen.acc SET id = mgen.sf(created, i),
    base = CASE WHEN local THEN 'https://social.fernwood.example' ELSE 'https://' || domain END;
UPDATE mgen.acc SET uri = base || '/users/' || CASE WHEN soft = 'misskey' THEN mgen.hx('maid', i, 10) ELSE uname END,
    url = base || CASE soft WHEN 'pleroma' THEN '/users/' || uname WHEN 'pixelfed' THEN '/' || uname ELSE '/@' || uname END;
CREATE UNIQUE INDEX ON mgen.acc (i);

-- ---------------------------------------------------------------- accounts
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    username varchar DEFAULT '' NOT NULL,
    domain varchar,
    private_key text,
    public_key text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    note text DEFAULT '' NOT NULL,
    display_name varchar DEFAULT '' NOT NULL,
    uri varchar DEFAULT '' NOT NULL,
    url varchar,
    avatar_file_name varchar,
    avatar_content_type varchar,
    avatar_file_size integer,
    avatar_updated_at timestamp,
    header_file_name varchar,
    header_content_type varchar,
    header_updated_at timestamp,
    avatar_remote_url varchar,
    locked boolean DEFAULT false NOT NULL,
    header_remote_url varchar DEFAULT '' NOT NULL,
    last_webfingered_at timestamp,
    inbox_url varchar DEFAULT '' NOT NULL,
    outbox_url varchar DEFAULT '' NOT NULL,
    shared_inbox_url varchar DEFAULT '' NOT NULL,
    followers_url varchar DEFAULT '' NOT NULL,
    protocol integer DEFAULT 0 NOT NULL,
    memorial boolean DEFAULT false NOT NULL,
    moved_to_account_id bigint,
    featured_collection_url varchar,
    fields jsonb,
    actor_type varchar,
    discoverable boolean,
    also_known_as varchar[],
    silenced_at timestamp,
    suspended_at timestamp,
    hide_collections boolean,
    devices_url varchar,
    suspension_origin integer,
    sensitized_at timestamp,
    trendable boolean,
    reviewed_at timestamp,
    indexable boolean DEFAULT false NOT NULL
);
CREATE UNIQUE INDEX index_accounts_on_username_and_domain_lower ON accounts (lower(username::text), coalesce(lower(domain::text), ''));
CREATE INDEX index_accounts_on_uri ON accounts (uri);

INSERT INTO accounts
SELECT a.id, a.uname, a.domain,
       CASE WHEN a.local THEN mgen.pem('RSA ' || 'PRIVATE KEY', 'MIIEowIBAAKCAQEA', 'mpk', a.i, 1180) END,
       mgen.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'mpub', a.i, 260),
       a.created, a.created + make_interval(secs => fixture_gen.n('maup', a.i, 30000000)),
       -- note: the bio, HTML (remote) or typed text (local; Mastodon renders it on display)
       CASE WHEN a.i = 4 THEN 'The official account of social.fernwood.example. Run by volunteers. Server rules: https://social.fernwood.example/about — contact: hello@social.fernwood.example'
            WHEN a.i = 5 THEN 'Automated forecasts for Fernwood and the valley, posted at 7:00 and 18:00. Data: Met Office. Bot run by @' || (SELECT uname FROM mgen.acc WHERE i = 2)
            WHEN a.i = 6 THEN 'Fernwood Public Library, 12 Market Square. Open Tue-Sat 9-17. Ask us anything: 01632 960417 or digital@fernwoodlibrary.example'
            WHEN a.i = 7 THEN 'Repairs, servicing and second-hand bikes on Mill Lane since 1998. Call/text ' || fixture_gen.phone('mbp', 7) || ' — ask for ' || (SELECT first FROM mgen.acc WHERE i = 9)
            WHEN a.i = 8 THEN 'Unofficial mirror of the town council''s press releases. Not monitored.'
            WHEN a.i = 611 THEN '<p>Relay bot. Boosts posts tagged #fedibuzz</p>'
            ELSE (CASE WHEN a.local THEN '' ELSE '<p>' END) || CASE fixture_gen.n('mnote', a.i, 12)
              WHEN 0 THEN ''
              WHEN 1 THEN fixture_gen.pick(ARRAY['Librarian', 'Nurse', 'Gardener', 'Software developer', 'Teacher', 'Retired engineer', 'Illustrator', 'Student', 'Baker', 'Bus driver', 'Physio'], 'mjob', a.i)
                     || ' in ' || a.city || '. ' || fixture_gen.pick(ARRAY['Cycling, sourdough and bad puns.', 'Birds, books and board games.', 'Parent of two, owner of one anxious dog.',
                        'Allotment plot 14.', 'Posting mostly about trains.', 'Climate, cats and coffee.'], 'mhob', a.i)
              WHEN 2 THEN fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them'], 'mpr', a.i) || '. ' || fixture_gen.pick(ARRAY['Trying to post more and doomscroll less.', 'Mostly lurking.', 'Photos of the river, sometimes.'], 'mhob', a.i)
              WHEN 3 THEN 'Freelance ' || fixture_gen.pick(ARRAY['illustrator', 'translator', 'photographer', 'web developer', 'copy editor'], 'mjob', a.i) || '. Commissions open, email me: '
                     || CASE WHEN a.local THEN a.email ELSE '<a href="mailto:' || a.email || '">' || a.email || '</a>' END
              WHEN 4 THEN 'Hi, I''m ' || coalesce(a.first, '') || '! ' || fixture_gen.sentence('msn', a.i)
              WHEN 5 THEN '#FediHire #OpenToWork ' || fixture_gen.pick(ARRAY['data analyst', 'UX researcher', 'site reliability engineer', 'bookkeeper'], 'mjob', a.i) || ', ' || a.city || ' or remote. CV on request.'
              WHEN 6 THEN 'Dog walking and pet sitting around ' || a.city || '. Text ' || fixture_gen.phone('mnp', a.i) || ' for rates.'
              WHEN 7 THEN 'Just here for the cat pictures.'
              WHEN 8 THEN 'Member of the Fernwood Ramblers. Married to ' || fixture_gen.full_name('mspouse', a.i) || '. Views my own.'
              WHEN 9 THEN fixture_gen.pick(ARRAY['Ich schreibe über Fahrräder und Politik.', 'Bibliothécaire, lectrice, jardinière.', 'Fotografía de calle y café.', '写真と猫。'], 'mhob', a.i)
              ELSE 'Born ' || to_char(fixture_gen.birth_date('mbd', a.i), 'FMDD FMMonth YYYY') || ' in ' || fixture_gen.city('mbc', a.i) || ', living in ' || a.city || '.' END
              || (CASE WHEN a.local THEN '' ELSE '</p>' END) END,
       a.dname, a.uri, a.url,
       -- Paperclip obfuscates every stored file name (16 hex digits)
       CASE WHEN fixture_gen.n('mav', a.i, 6) <> 0 THEN fixture_gen.hexn('mavf', a.i, 16) || CASE WHEN a.soft = 'misskey' THEN '.webp' ELSE fixture_gen.pick(ARRAY['.png', '.jpg', '.jpeg', '.webp'], 'mavx', a.i) END END,
       NULL, NULL, NULL,
       CASE WHEN fixture_gen.n('mhd', a.i, 3) = 0 THEN fixture_gen.hexn('mhdf', a.i, 16) || '.jpg' END, NULL, NULL,
       NULL, a.i = 1 OR fixture_gen.n('mlock', a.i, 9) = 0, '',
       CASE WHEN NOT a.local THEN a.created + make_interval(days => 1 + fixture_gen.n('mwf', a.i, 300)) END,
       CASE WHEN a.local THEN '' ELSE a.uri || '/inbox' END,
       CASE WHEN a.local THEN '' ELSE a.uri || '/outbox' END,
       CASE WHEN a.local THEN '' ELSE a.base || '/inbox' END,
       CASE WHEN a.local THEN '' ELSE a.uri || '/followers' END,
       1, false, NULL,
       CASE WHEN NOT a.local AND a.soft IN ('mastodon', 'gts') THEN a.uri || '/collections/featured' END,
       NULL,
       CASE WHEN a.i IN (5, 611) THEN 'Service' ELSE 'Person' END,
       fixture_gen.n('mdisc', a.i, 4) <> 0, NULL, NULL, NULL, fixture_gen.n('mhc', a.i, 7) = 0,
       CASE WHEN NOT a.local AND a.soft = 'mastodon' THEN a.uri || '/collections/devices' END,
       NULL, NULL, NULL, NULL, fixture_gen.n('midx', a.i, 3) <> 0
FROM mgen.acc a;
-- the instance actor (username is the domain)
INSERT INTO accounts (id, username, domain, private_key, public_key, created_at, updated_at, uri, url, locked, actor_type, discoverable)
VALUES (-99, 'social.fernwood.example', NULL, mgen.pem('RSA ' || 'PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 'mpk', -99, 1180), mgen.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'mpub', -99, 260),
        '2022-11-01 09:02:44', '2022-11-01 09:02:44', 'https://social.fernwood.example/actor', 'https://social.fernwood.example/about/more?instance_actor=true', true, 'Application', false);

UPDATE accounts SET avatar_content_type = CASE WHEN avatar_file_name ~ '\.png$' THEN 'image/png' WHEN avatar_file_name ~ '\.webp$' THEN 'image/webp' ELSE 'image/jpeg' END,
    avatar_file_size = 20000 + (id % 400000)::int, avatar_updated_at = created_at + interval '20 minutes'
WHERE avatar_file_name IS NOT NULL;
UPDATE accounts SET header_content_type = 'image/jpeg', header_updated_at = created_at + interval '25 minutes' WHERE header_file_name IS NOT NULL;
UPDATE accounts a SET avatar_remote_url = CASE g.soft
      WHEN 'mastodon' THEN 'https://files.' || g.domain || '/accounts/avatars/' || regexp_replace(lpad((a.id % 1000000000000000000)::text, 18, '0'), '(...)(...)(...)(...)(...)(...)', '\1/\2/\3/\4/\5/\6') || '/original/' || a.avatar_file_name
      WHEN 'pleroma' THEN 'https://' || g.domain || '/media/' || fixture_gen.uuid('mavu', g.i) || '/' || fixture_gen.pick(ARRAY['me.jpg', 'avatar.png', 'IMG_2041.jpeg', 'profile.jpg',
           fixture_gen.ascii(g.first) || '_' || fixture_gen.ascii(g.last) || '.jpg', initcap(fixture_gen.ascii(g.first)) || '%20' || initcap(fixture_gen.ascii(g.last)) || '%202023.png'], 'mavp', g.i)
      WHEN 'misskey' THEN 'https://' || g.domain || '/files/webpublic-' || fixture_gen.uuid('mavm', g.i) || '.webp'
      WHEN 'gts' THEN 'https://' || g.domain || '/fileserver/' || mgen.ulid('mavg', g.i) || '/attachment/original/' || mgen.ulid('mavh', g.i) || '.jpeg'
      ELSE 'https://' || g.domain || '/storage/avatars/' || fixture_gen.hexn('mavx', g.i, 20) || '/' || mgen.tok('mavy', g.i, 20) || '_avatar.jpg' END,
    header_remote_url = CASE WHEN a.header_file_name IS NOT NULL THEN 'https://' || g.domain || '/headers/' || a.header_file_name ELSE '' END
FROM mgen.acc g WHERE g.id = a.id AND NOT g.local AND a.avatar_file_name IS NOT NULL;
-- profile fields: typed text on local accounts, HTML on remote ones
UPDATE accounts a SET fields = (
  SELECT coalesce(jsonb_agg(jsonb_build_object('name', f.name, 'value', CASE WHEN g.local OR f.kind <> 'link' THEN f.val
             ELSE '<a href="' || f.val || '" target="_blank" rel="nofollow noopener noreferrer me" translate="no"><span class="invisible">https://</span><span class="">' || substr(f.val, 9) || '</span><span class="invisible"></span></a>' END,
             'verified_at', CASE WHEN f.kind = 'link' AND fixture_gen.n('mver', g.i, 2) = 0 THEN to_char(a.created_at + interval '3 days', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"') END) ORDER BY f.o), '[]'::jsonb)
  FROM (VALUES
    (1, 'link', 'Website', 'https://' || replace(fixture_gen.ascii(coalesce(g.first, 'site')) || '-' || fixture_gen.ascii(coalesce(g.last, 'x')), '-x', '') || '.example', ARRAY[1, 3, 4]),
    (2, 'text', 'Pronouns', fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they', 'sie/ihr', 'il/lui'], 'mpr', g.i), ARRAY[1, 2, 4]),
    (3, 'text', fixture_gen.pick(ARRAY['Location', 'Where', 'Based in'], 'mfl', g.i), g.city, ARRAY[2, 3]),
    (4, 'text', fixture_gen.pick(ARRAY['Email', 'Contact', 'E-Mail'], 'mfe', g.i), g.email, ARRAY[3, 5]),
    (5, 'text', 'Matrix', '@' || lower(g.uname) || ':matrix.org', ARRAY[4]),
    (6, 'link', fixture_gen.pick(ARRAY['Ko-fi', 'Portfolio', 'GitHub'], 'mfk', g.i), fixture_gen.pick(ARRAY['https://ko-fi.com/', 'https://www.behance.net/', 'https://github.com/'], 'mfk', g.i) || lower(g.uname), ARRAY[5]),
    (7, 'text', 'Phone', fixture_gen.phone('mfp', g.i), ARRAY[6])
  ) f(o, kind, name, val, sets)
  WHERE fixture_gen.n('mfld', g.i, 7) = ANY (f.sets))
FROM mgen.acc g WHERE g.id = a.id AND g.person;
UPDATE accounts SET fields = '[{"name": "Opening hours", "value": "Tue-Sat 9-17", "verified_at": null}, {"name": "Website", "value": "https://fernwoodlibrary.example", "verified_at": "2022-11-04T10:12:00.000Z"}]' WHERE username = 'fernwoodlibrary';
UPDATE accounts SET fields = '[{"name": "Rules", "value": "https://social.fernwood.example/about", "verified_at": null}, {"name": "Status", "value": "https://status.fernwood.example", "verified_at": null}]' WHERE username = 'fernwood' AND domain IS NULL;
UPDATE accounts SET fields = '[]' WHERE fields IS NULL AND id <> -99;
-- moves and aliases: a few local members came from other servers, a few remote accounts moved here
UPDATE accounts a SET also_known_as = ARRAY['https://' || fixture_gen.pick(ARRAY['mastodon.social', 'mas.to', 'fosstodon.org'], 'maka', g.i) || '/users/' || g.uname]
FROM mgen.acc g WHERE g.id = a.id AND g.local AND g.person AND g.i % 23 = 0;
UPDATE accounts a SET moved_to_account_id = (SELECT id FROM mgen.acc WHERE i = 1 + (g.i * 7) % 290 + 9)
FROM mgen.acc g WHERE g.id = a.id AND NOT g.local AND g.i % 61 = 0;
UPDATE accounts a SET silenced_at = a.created_at + interval '40 days' FROM mgen.acc g WHERE g.id = a.id AND g.i % 97 = 13;
UPDATE accounts a SET suspended_at = a.created_at + interval '12 days', suspension_origin = CASE WHEN g.local THEN 0 ELSE 1 END FROM mgen.acc g WHERE g.id = a.id AND g.i % 131 = 17;
UPDATE accounts a SET sensitized_at = a.created_at + interval '90 days' FROM mgen.acc g WHERE g.id = a.id AND g.i % 149 = 3;
UPDATE accounts SET trendable = true, reviewed_at = created_at + interval '2 days' WHERE id % 5 = 0;
UPDATE accounts SET memorial = true WHERE id = (SELECT id FROM mgen.acc WHERE i = 212);

-- ---------------------------------------------------------------- users and roles
CREATE TABLE user_roles (
    id bigint PRIMARY KEY,
    name varchar DEFAULT '' NOT NULL,
    color varchar DEFAULT '' NOT NULL,
    position integer DEFAULT 0 NOT NULL,
    permissions bigint DEFAULT 0 NOT NULL,
    highlighted boolean DEFAULT false NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO user_roles VALUES
 (-99, '', '', -1, 65536, false, '2022-11-01 09:02:40', '2022-11-01 09:02:40'),
 (1, 'Moderator', '', 10, 1308, true, '2022-11-01 09:02:40', '2022-11-01 09:02:40'),
 (2, 'Admin', '', 100, 983036, true, '2022-11-01 09:02:40', '2022-11-01 09:02:40'),
 (3, 'Owner', '', 1000, 1, true, '2022-11-01 09:02:40', '2022-11-01 09:02:40'),
 (4, 'Library staff', '#3f7d4e', 5, 65536, true, '2023-02-14 16:20:03', '2023-02-14 16:20:03'),
 (5, 'Trusted', '', 1, 65536, false, '2023-06-01 12:00:00', '2023-06-01 12:00:00');

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    encrypted_password varchar DEFAULT '' NOT NULL,
    reset_password_token varchar,
    reset_password_sent_at timestamp,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp,
    last_sign_in_at timestamp,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    confirmation_token varchar,
    confirmed_at timestamp,
    confirmation_sent_at timestamp,
    unconfirmed_email varchar,
    locale varchar,
    encrypted_otp_secret varchar,
    encrypted_otp_secret_iv varchar,
    encrypted_otp_secret_salt varchar,
    consumed_timestep integer,
    otp_required_for_login boolean DEFAULT false NOT NULL,
    last_emailed_at timestamp,
    otp_backup_codes varchar[],
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    disabled boolean DEFAULT false NOT NULL,
    invite_id bigint,
    chosen_languages varchar[],
    created_by_application_id bigint,
    approved boolean DEFAULT true NOT NULL,
    sign_in_token varchar,
    sign_in_token_sent_at timestamp,
    webauthn_id varchar,
    sign_up_ip inet,
    role_id bigint REFERENCES user_roles (id) ON DELETE SET NULL,
    settings text,
    time_zone varchar,
    otp_secret varchar
);
CREATE UNIQUE INDEX index_users_on_email ON users (email);

INSERT INTO users
SELECT g.i, g.email, g.created, g.created + make_interval(secs => fixture_gen.n('muup', g.i, 20000000)),
       mgen.bcrypt('mpw', g.i),
       CASE WHEN g.i % 17 = 3 THEN fixture_gen.hexn('mrpt', g.i, 64) END,
       CASE WHEN g.i % 17 = 3 THEN g.created + interval '200 days' END,
       1 + fixture_gen.n('msic', g.i, 400),
       g.created + make_interval(secs => 3000000 + fixture_gen.n('mcsa', g.i, 30000000)),
       g.created + make_interval(secs => 1000000 + fixture_gen.n('mlsa', g.i, 2000000)),
       mgen.ip('mcip', g.i), mgen.ip('mlip', g.i),
       CASE WHEN g.i % 29 = 11 OR g.i % 41 = 7 THEN mgen.tok('mct', g.i, 20) END,
       CASE WHEN g.i % 29 = 11 THEN NULL ELSE g.created + make_interval(secs => 60 + fixture_gen.n('mcf', g.i, 7200)) END,
       g.created + interval '5 seconds',
       CASE WHEN g.i % 41 = 7 THEN CASE WHEN g.i % 2 = 0 THEN fixture_gen.ascii(g.first) || '.' || fixture_gen.ascii(g.last) || '@posteo.de' ELSE fixture_gen.email('mue', g.i) END END,
       fixture_gen.pick(ARRAY['en', 'en', 'en', 'en-GB', 'de', 'fr', 'es', 'ja', 'pt-BR', 'nl'], 'mloc', g.i),
       CASE WHEN g.i % 7 = 1 THEN fixture_gen.b64('meos', g.i, 40) END,
       CASE WHEN g.i % 7 = 1 THEN fixture_gen.b64('meoi', g.i, 12) END,
       CASE WHEN g.i % 7 = 1 THEN '_' || fixture_gen.hexn('meoz', g.i, 32) END,
       CASE WHEN g.i % 7 IN (1, 2) THEN 56000000 + fixture_gen.n('mcts', g.i, 900000) END,
       g.i % 7 IN (1, 2),
       g.created + make_interval(days => 30 + fixture_gen.n('mlem', g.i, 400)),
       CASE WHEN g.i % 7 IN (1, 2) THEN (SELECT array_agg(mgen.bcrypt('mbkc', g.i * 10 + c) ORDER BY c) FROM generate_series(1, 10) c) END,
       g.id, g.i % 53 = 19, NULL,
       CASE WHEN g.i % 5 = 0 THEN ARRAY['en'] WHEN g.i % 5 = 1 THEN ARRAY['en', 'de'] WHEN g.i % 11 = 2 THEN ARRAY['fr', 'en', 'es'] END,
       NULL, NOT (g.i % 29 = 11 OR g.i % 83 = 5),
       CASE WHEN g.i % 19 = 4 THEN fixture_gen.digits('msit', g.i, 6) END,
       CASE WHEN g.i % 19 = 4 THEN g.created + interval '120 days' END,
       CASE WHEN g.i % 7 IN (1, 2, 3) OR g.i <= 3 THEN mgen.u64('mwid', g.i, 64) END,
       CASE WHEN g.i > 20 THEN mgen.ip('msup', g.i) END,
       CASE WHEN g.i = 1 THEN 3 WHEN g.i IN (2, 3) THEN 1 WHEN g.i = 6 OR g.i % 71 = 9 THEN 4 WHEN g.i % 37 = 4 THEN 5 END,
       '{' || concat_ws(',', '"default_privacy":"' || fixture_gen.pick(ARRAY['public', 'unlisted', 'private'], 'mdp', g.i) || '"',
            CASE WHEN g.i % 3 = 0 THEN '"theme":"' || fixture_gen.pick(ARRAY['mastodon-light', 'contrast', 'default'], 'mth', g.i) || '"' END,
            CASE WHEN g.i % 4 = 0 THEN '"web.reduce_motion":true' END, CASE WHEN g.i % 5 = 0 THEN '"noindex":true' END,
            CASE WHEN g.i % 6 = 0 THEN '"web.use_system_font":true,"web.display_media":"show_all"' END,
            '"notification_emails.follow":' || (g.i % 2 = 0)::text, '"default_language":"' || fixture_gen.pick(ARRAY['en', 'en', 'de', 'fr'], 'mdl', g.i) || '"') || '}',
       fixture_gen.pick(ARRAY['Europe/London', 'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Europe/Madrid', NULL], 'mtz', g.i),
       CASE WHEN g.i % 7 IN (1, 2) THEN '{"p":"' || fixture_gen.b64('mosp', g.i, 32) || '","h":{"iv":"' || fixture_gen.b64('mosi', g.i, 12) || '","at":"' || fixture_gen.b64('mosa', g.i, 16) || '"}}' END
FROM mgen.acc g WHERE g.local;

-- ---------------------------------------------------------------- statuses
-- kinds: 0-9 reblogs, 10-24 replies, 25-29 direct messages, 30-41 posts with
-- personal details, 42-47 shout-outs, 48-51 polls, 52-97 plain posts, 98 the
-- server's organisations, 99 the weather bot.
CREATE TABLE mgen.st AS
SELECT k, a, kind, created, mgen.sf(created, k) AS id,
       CASE WHEN kind BETWEEN 0 AND 24 THEN 1 + fixture_gen.n('mstg', k, k - 1) END AS t
FROM (SELECT k, x.a,
             CASE WHEN x.a = 5 THEN 99 WHEN x.a IN (4, 6, 7, 8, 611) THEN 98 WHEN k <= 30 THEN 52 + fixture_gen.n('msk', k, 46) ELSE fixture_gen.n('msk', k, 98) END AS kind,
             g.created + make_interval(secs => 7200 + fixture_gen.n('msc', k, 40000000)) AS created
      FROM generate_series(1, 3200) k
      CROSS JOIN LATERAL (SELECT CASE WHEN k % 20 = 0 THEN 5 WHEN fixture_gen.n('msa', k, 10) < 6 THEN 1 + fixture_gen.n('msal', k, 300) ELSE 301 + fixture_gen.n('msar', k, 500) END AS a) x
      JOIN mgen.acc g ON g.i = x.a) y;
CREATE UNIQUE INDEX ON mgen.st (k);
ALTER TABLE mgen.st ADD COLUMN m int, ADD COLUMN lang text, ADD COLUMN body text, ADD COLUMN cw text DEFAULT '', ADD COLUMN vis int, ADD COLUMN conv bigint,
    ADD COLUMN txt text, ADD COLUMN uri text, ADD COLUMN url text, ADD COLUMN sub int, ADD COLUMN edited boolean DEFAULT false, ADD COLUMN old text;
UPDATE mgen.st s SET m = CASE WHEN s.kind BETWEEN 10 AND 24 THEN (SELECT a FROM mgen.st p WHERE p.k = s.t)
                              WHEN s.kind BETWEEN 25 AND 29 OR s.kind BETWEEN 42 AND 47 THEN 1 + fixture_gen.n('msdm', s.k, 800) END,
    sub = fixture_gen.n('mssub', s.k, 9),
    lang = CASE WHEN s.kind BETWEEN 0 AND 9 THEN NULL
                WHEN g.local THEN CASE fixture_gen.n('msl', s.k, 20) WHEN 0 THEN 'de' WHEN 1 THEN 'fr' ELSE 'en' END
                WHEN g.domain = 'mstdn.jp' THEN 'ja' WHEN g.domain IN ('chaos.social', 'det.social', 'norden.social') THEN 'de'
                ELSE CASE fixture_gen.n('msl', s.k, 10) WHEN 0 THEN 'fr' WHEN 1 THEN 'es' ELSE 'en' END END,
    vis = CASE WHEN s.kind BETWEEN 25 AND 29 THEN 3 ELSE (ARRAY[0, 0, 0, 0, 0, 0, 1, 1, 2, 2])[1 + fixture_gen.n('msv', s.k, 10)] END
FROM mgen.acc g WHERE g.i = s.a;
UPDATE mgen.st SET m = NULL WHERE m = a;
UPDATE mgen.st s SET body = CASE
    WHEN s.kind BETWEEN 0 AND 9 THEN ''
    WHEN s.kind = 99 THEN 'Fernwood forecast for ' || to_char(s.created, 'FMDay FMDD Mon') || ': ' || (2 + fixture_gen.n('mwt', s.k, 20)) || '°C, '
         || fixture_gen.pick(ARRAY['light rain after 3pm', 'sunny spells', 'overcast', 'heavy showers', 'fog clearing by noon', 'clear skies', 'drizzle'], 'mwc', s.k)
         || '. Wind ' || (3 + fixture_gen.n('mww', s.k, 25)) || ' mph ' || fixture_gen.pick(ARRAY['SW', 'W', 'NW', 'N', 'E', 'S'], 'mwd', s.k) || '. #FernwoodWeather'
    WHEN s.kind = 98 THEN fixture_gen.pick(ARRAY['Storytime for under-5s this Saturday at 10:30, no booking needed. #FernwoodLibrary',
         'The library will be closed on Monday for staff training. E-books are available as usual. #FernwoodLibrary',
         'Scheduled maintenance tonight 23:00-23:30 UTC while we upgrade to the latest Mastodon release. Back soon!',
         'Winter service special: full check-over and brake pads for £35 until the end of the month. #cycling',
         'Road closure on Station Road from Monday for resurfacing, diversion via Church Lane.',
         'We have reached 300 members! Thank you all for making this a friendly corner of the fediverse. #Fernwood',
         'Reminder: registrations are by invite or approval only. Ask a member for an invite link.',
         'Second-hand kids'' bikes in stock this week, sizes 16 to 24 inch. #ForSale'], 'msorg', s.k)
    WHEN s.kind BETWEEN 10 AND 24 THEN CASE WHEN s.sub = 0 THEN 'Try the clinic on Elm Drive, Dr ' || fixture_gen.full_name('msdr', s.k) || ' was great with my son.'
         ELSE fixture_gen.pick(ARRAY['Thank you, that''s really helpful!', 'Ha, same here.', 'Oh no, hope it gets sorted soon.', 'Congratulations!! 🎉', 'I saw that too, wild.',
         'Is that the one near the station?', 'Agreed, 100%.', 'Sending good thoughts.', 'Yes please, count me in.', 'Beautiful photo!', 'Where did you get it? Asking for a friend.', 'See you there!'], 'msrp', s.k) END
    WHEN s.kind BETWEEN 25 AND 29 THEN CASE s.sub % 5
         WHEN 0 THEN 'Hi! Here''s my number for Saturday: ' || fixture_gen.phone('msph', s.k) || '. Text when you''re outside.'
         WHEN 1 THEN 'My address is ' || fixture_gen.street('msst', s.k) || ', ' || fixture_gen.city('msci', s.k) || ' ' || fixture_gen.postcode('mspc', s.k) || ' if you want to drop the seedlings round.'
         WHEN 2 THEN 'Can you email me the photos? ' || fixture_gen.email('msem', s.k)
         WHEN 3 THEN 'Sorry about earlier. My full name is ' || fixture_gen.full_name('msfn', s.k) || ' if you need it for the booking.'
         ELSE 'Thanks for the report, we''ve suspended the account. Let us know if they come back under another name.' END
    WHEN s.kind BETWEEN 30 AND 41 THEN CASE s.sub
         WHEN 0 THEN 'LOST CAT near ' || fixture_gen.street('msst', s.k) || ', ' || fixture_gen.city('msci', s.k) || '. Grey tabby called Biscuit, very shy. If you see her please call ' || fixture_gen.phone('msph', s.k) || '. Please boost! #LostCat #Fernwood'
         WHEN 1 THEN 'Selling my old road bike, 54cm frame, good tyres, £120 or near offer. Collection from ' || fixture_gen.city('msci', s.k) || '. Email ' || fixture_gen.email('msem', s.k) || ' #ForSale'
         WHEN 2 THEN 'Happy 70th birthday to my dad, ' || fixture_gen.full_name('msfn', s.k) || '! Still beats me at chess. 🎂'
         WHEN 3 THEN 'So proud of my daughter ' || fixture_gen.first_name('msfn', s.k) || ' who passed her driving test this morning! First try!'
         WHEN 4 THEN 'If you need a plumber in Fernwood, ' || fixture_gen.full_name('msfn', s.k) || ' is brilliant and fair: ' || fixture_gen.phone('msph', s.k) || '. Not an ad, just a happy customer.'
         WHEN 5 THEN 'New number, who dis. Friends: my mobile is now ' || fixture_gen.phone('msph', s.k) || ', the old one is gone.'
         WHEN 6 THEN 'It is with great sadness that we share that ' || fixture_gen.full_name('msfn', s.k) || ' (' || to_char(fixture_gen.birth_date('msbd', s.k), 'YYYY') || '-2023) passed away peacefully. Funeral at St Mary''s, Fernwood on Friday at 2pm.'
         WHEN 7 THEN 'Back home after knee surgery at Riverbend General. Thanks to nurse ' || fixture_gen.first_name('msfn', s.k) || ' on ward 6 for the terrible jokes. #health'
         ELSE 'Found: a set of keys with a blue fob on Station Road. DM me or call ' || fixture_gen.phone('msph', s.k) || ' to collect.' END
    WHEN s.kind BETWEEN 42 AND 47 THEN fixture_gen.pick(ARRAY['Welcome to Fernwood Social! Shout if you need help finding people to follow.', 'Follow them for the best heron photos on the fediverse. #birds',
         'Thank you for organising the litter pick yesterday!', 'Happy fedi-birthday! One year on here.'], 'msso', s.k)
    WHEN s.kind BETWEEN 48 AND 51 THEN fixture_gen.pick(ARRAY['Poll: best hot drink for a cold morning?', 'Which day works for the repair café?', 'Should we start a Fernwood book club on here?',
         'How do you get to work?'], 'mspq', s.k)
    WHEN s.lang = 'de' THEN fixture_gen.pick(ARRAY['Heute Morgen Nebel über dem Fluss. Erst mal Kaffee.', 'Der Zug hatte nur 40 Minuten Verspätung. Ein guter Tag. #Bahn',
         'Wer kennt eine gute Fahrradwerkstatt in der Nähe?', 'Endlich Feierabend. Wochenende!', 'Der Sauerteig lebt noch. Erfolg! #backen'], 'mspl', s.k)
    WHEN s.lang = 'fr' THEN fixture_gen.pick(ARRAY['Premier café en terrasse de l''année. #printemps', 'Quelqu''un a des conseils pour rempoter un monstera ?', 'Le marché était magnifique ce matin.',
         'Vivement les vacances.'], 'mspl', s.k)
    WHEN s.lang = 'es' THEN fixture_gen.pick(ARRAY['Hoy hace un día precioso para pasear en bici.', '¿Alguien recomienda un buen libro para el verano?', 'Por fin terminé el rompecabezas de 1000 piezas.'], 'mspl', s.k)
    WHEN s.lang = 'ja' THEN fixture_gen.pick(ARRAY['今日は雨なので家でゆっくりします。', '新しいカメラを買いました！ #写真', '猫が窓の外の鳥をずっと見ている。', 'やっと週末だ。'], 'mspl', s.k)
    ELSE fixture_gen.pick(ARRAY['Morning fog over the reservoir again. Coffee first, then the allotment. #Fernwood',
         'Does anyone know if the Saturday market is still on with this weather? #FernwoodMarket',
         'Finished the book club pick two days early. No spoilers, but that ending!', 'Sourdough attempt number 14. It is finally edible. #baking',
         'The 42 bus was on time today. Screenshotting this for posterity.',
         'Reminder that the repair café is back at the community hall this Sunday, 10-2. Bring your broken toasters. #RepairCafe',
         'Heron on the canal this morning, just standing there judging everyone. #birds', 'Is it just me or are the streetlights on Mill Lane out again?',
         'Hot take: the new bike lane is good actually. #cycling', 'First frost of the year on the allotment. Said goodbye to the dahlias.',
         'Anyone up for a board game night at the Crown next Thursday?', 'Rewatching an old favourite and the soundtrack still slaps.',
         'The river path is flooded past the footbridge, take the long way round.', 'Cat has claimed the new sofa. We live here now, apparently.',
         'TIL the library lends out sewing machines. Incredible. #FernwoodLibrary',
         'Our street did a plant swap today and I came home with six tomato seedlings I have no room for.', 'Power cut on the east side again. Candles out. #Fernwood',
         'Please boost: the food bank is low on tinned vegetables and nappies this week. #FernwoodFoodBank',
         'Went to the open mic at the Crown, three poems and a kazoo solo. A good night.', 'Moved my photos off the big platform today. Feels good. #fediverse',
         'New here! Mostly going to post about trains and tea. #introduction', 'The swifts are back. Summer is officially open.',
         'Learning Japanese, day 120. Still mixing up ha and wa.', 'Big thanks to whoever left the umbrella at the bus stop with a "take me" note.'], 'mspl', s.k) END;
UPDATE mgen.st SET cw = CASE WHEN kind BETWEEN 30 AND 41 AND sub = 6 THEN 'death, grief' WHEN kind BETWEEN 30 AND 41 AND sub = 7 THEN 'health, surgery'
    WHEN kind BETWEEN 10 AND 97 AND fixture_gen.n('mscw', k, 14) < 4 THEN (ARRAY['politics', 'food', 'mental health', 'long post'])[1 + fixture_gen.n('mscw', k, 14)] ELSE '' END;
-- edits: some posts had a phone or an email edited out
UPDATE mgen.st SET edited = true, old = body,
    body = regexp_replace(regexp_replace(body, '\+[0-9 ()+-]+[0-9]', '(number removed, DM me)'), 'Email [^ ]+@[^ ]+', 'DM me for details')
WHERE kind BETWEEN 30 AND 41 AND sub IN (0, 1, 4, 5, 8) AND k % 3 = 0;
UPDATE mgen.st SET edited = true, old = replace(body, ' the ', ' teh ') WHERE kind >= 52 AND kind < 98 AND k % 29 = 0 AND body LIKE '% the %';
-- text: local statuses keep what was typed, remote ones the sender's HTML
UPDATE mgen.st s SET
    txt = CASE WHEN s.kind BETWEEN 0 AND 9 THEN ''
               WHEN g.local THEN coalesce('@' || mm.uname || CASE WHEN mm.local THEN '' ELSE '@' || mm.domain END || ' ', '') || s.body
               ELSE '<p>' || coalesce('<span class="h-card" translate="no"><a href="' || mm.url || '" class="u-url mention">@<span>' || mm.uname || '</span></a></span> ', '')
                    || regexp_replace(replace(replace(replace(s.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '#(\w+)', '<a href="https://' || g.domain || '/tags/\1" class="mention hashtag" rel="tag">#<span>\1</span></a>', 'g') || '</p>' END,
    uri = CASE WHEN s.kind BETWEEN 0 AND 9 THEN g.uri || '/statuses/' || s.id || '/activity'
               WHEN g.soft IN ('local', 'mastodon') THEN g.uri || '/statuses/' || s.id
               WHEN g.soft = 'pleroma' THEN g.base || '/objects/' || fixture_gen.uuid('msob', s.k)
               WHEN g.soft = 'misskey' THEN g.base || '/notes/' || mgen.hx('msnote', s.k, 10)
               WHEN g.soft = 'gts' THEN g.uri || '/statuses/' || mgen.ulid('msul', s.k)
               ELSE g.base || '/p/' || g.uname || '/' || (s.id >> 8) END,
    url = CASE WHEN s.kind BETWEEN 0 AND 9 THEN NULL
               WHEN g.soft IN ('local', 'mastodon') THEN g.base || '/@' || g.uname || '/' || s.id
               WHEN g.soft = 'pleroma' THEN g.base || '/notice/' || mgen.tok('msfl', s.k, 18)
               WHEN g.soft = 'misskey' THEN g.base || '/notes/' || mgen.hx('msnote', s.k, 10)
               WHEN g.soft = 'gts' THEN g.base || '/@' || g.uname || '/statuses/' || mgen.ulid('msul', s.k)
               ELSE g.base || '/p/' || g.uname || '/' || (s.id >> 8) END
FROM mgen.acc g LEFT JOIN mgen.acc mm ON false WHERE g.i = s.a;
-- posts that mention someone start with the mention
UPDATE mgen.st s SET txt = CASE WHEN g.local THEN '@' || mm.uname || CASE WHEN mm.local THEN '' ELSE '@' || mm.domain END || ' ' || s.body
               ELSE '<p><span class="h-card" translate="no"><a href="' || mm.url || '" class="u-url mention">@<span>' || mm.uname || '</span></a></span> '
                    || regexp_replace(replace(replace(replace(s.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '#(\w+)', '<a href="https://' || g.domain || '/tags/\1" class="mention hashtag" rel="tag">#<span>\1</span></a>', 'g') || '</p>' END
FROM mgen.acc g, mgen.acc mm WHERE g.i = s.a AND mm.i = s.m;
-- conversations: a thread shares its root's
UPDATE mgen.st SET conv = k WHERE kind > 9;
UPDATE mgen.st s SET conv = p.conv FROM mgen.st p WHERE p.k = s.t AND s.kind BETWEEN 10 AND 24 AND p.conv IS NOT NULL;
UPDATE mgen.st s SET conv = p.conv FROM mgen.st p WHERE p.k = s.t AND s.kind BETWEEN 10 AND 24 AND p.conv IS NOT NULL;
UPDATE mgen.st s SET conv = p.conv FROM mgen.st p WHERE p.k = s.t AND s.kind BETWEEN 10 AND 24 AND p.conv IS NOT NULL;

CREATE TABLE conversations (
    id bigint PRIMARY KEY,
    uri varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO conversations
SELECT s.k, CASE WHEN NOT g.local THEN 'tag:' || g.domain || ',' || to_char(s.created, 'YYYY-MM-DD') || ':objectId=' || (s.id % 100000000) || ':objectType=Conversation' END, s.created, s.created
FROM mgen.st s JOIN mgen.acc g ON g.i = s.a WHERE s.k IN (SELECT conv FROM mgen.st);

CREATE TABLE statuses (
    id bigint PRIMARY KEY,
    uri varchar,
    text text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    in_reply_to_id bigint,
    reblog_of_id bigint,
    url varchar,
    sensitive boolean DEFAULT false NOT NULL,
    visibility integer DEFAULT 0 NOT NULL,
    spoiler_text text DEFAULT '' NOT NULL,
    reply boolean DEFAULT false NOT NULL,
    language varchar,
    conversation_id bigint REFERENCES conversations (id) ON DELETE SET NULL,
    local boolean,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    application_id bigint,
    in_reply_to_account_id bigint,
    poll_id bigint,
    deleted_at timestamp,
    edited_at timestamp,
    trendable boolean,
    ordered_media_attachment_ids bigint[]
);
CREATE UNIQUE INDEX index_statuses_on_uri ON statuses (uri);
CREATE INDEX index_statuses_on_account_id ON statuses (account_id, id DESC);

INSERT INTO statuses
SELECT s.id, s.uri, s.txt, s.created, s.created + CASE WHEN s.edited THEN interval '11 minutes' ELSE interval '0' END,
       CASE WHEN s.kind BETWEEN 10 AND 24 THEN p.id END, CASE WHEN s.kind BETWEEN 0 AND 9 THEN p.id END,
       s.url, s.cw <> '', s.vis, s.cw, s.kind BETWEEN 10 AND 24, s.lang, s.conv, CASE WHEN g.local THEN true END, g.id,
       CASE WHEN g.local THEN CASE WHEN s.a = 5 THEN 9 ELSE (ARRAY[1, 1, 1, 2, 3, 4, 5, 6])[1 + fixture_gen.n('msap', s.k, 8)] END END,
       CASE WHEN s.kind BETWEEN 10 AND 24 THEN (SELECT id FROM mgen.acc WHERE i = p.a) END,
       NULL,
       CASE WHEN s.k % 97 = 5 THEN s.created + interval '1 day' END,
       CASE WHEN s.edited THEN s.created + interval '11 minutes' END,
       CASE WHEN s.kind BETWEEN 52 AND 97 AND s.vis = 0 AND s.k % 11 = 0 THEN true END,
       NULL
FROM mgen.st s JOIN mgen.acc g ON g.i = s.a LEFT JOIN mgen.st p ON p.k = s.t;

CREATE TABLE status_edits (
    id bigint PRIMARY KEY,
    status_id bigint NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
    text text DEFAULT '' NOT NULL,
    spoiler_text text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    ordered_media_attachment_ids bigint[],
    media_descriptions text[],
    poll_options varchar[],
    sensitive boolean
);
INSERT INTO status_edits
SELECT row_number() OVER (ORDER BY s.k, v), s.id, g.id,
       CASE WHEN v = 1 THEN replace(s.txt, s.body, s.old) ELSE s.txt END, s.cw,
       s.created + CASE WHEN v = 1 THEN interval '0' ELSE interval '11 minutes' END, s.created + CASE WHEN v = 1 THEN interval '0' ELSE interval '11 minutes' END,
       NULL, NULL, NULL, s.cw <> ''
FROM mgen.st s JOIN mgen.acc g ON g.i = s.a CROSS JOIN generate_series(1, 2) v WHERE s.edited;

CREATE TABLE mentions (
    id bigint PRIMARY KEY,
    status_id bigint REFERENCES statuses (id) ON DELETE CASCADE,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    silent boolean DEFAULT false NOT NULL
);
INSERT INTO mentions
SELECT row_number() OVER (ORDER BY s.k), s.id, s.created, s.created, mm.id, false
FROM mgen.st s JOIN mgen.acc mm ON mm.i = s.m;

CREATE TABLE account_conversations (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    conversation_id bigint REFERENCES conversations (id) ON DELETE CASCADE,
    participant_account_ids bigint[] DEFAULT '{}' NOT NULL,
    status_ids bigint[] DEFAULT '{}' NOT NULL,
    last_status_id bigint,
    unread boolean DEFAULT false NOT NULL
);
INSERT INTO account_conversations
SELECT row_number() OVER (ORDER BY s.k, side), CASE side WHEN 1 THEN g.id ELSE mm.id END, s.conv,
       ARRAY[CASE side WHEN 1 THEN mm.id ELSE g.id END], ARRAY[s.id], s.id, side = 2 AND s.k % 3 = 0
FROM mgen.st s JOIN mgen.acc g ON g.i = s.a JOIN mgen.acc mm ON mm.i = s.m CROSS JOIN generate_series(1, 2) side
WHERE s.vis = 3 AND (side = 1 AND g.local OR side = 2 AND mm.local);

-- ---------------------------------------------------------------- hashtags
CREATE TABLE tags (
    id bigint PRIMARY KEY,
    name varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    usable boolean,
    trendable boolean,
    listable boolean,
    reviewed_at timestamp,
    last_status_at timestamp,
    max_score double precision,
    display_name varchar
);
INSERT INTO tags (id, name, created_at, updated_at, last_status_at)
SELECT row_number() OVER (ORDER BY min(s.k)), lower(rm[1]), min(s.created), max(s.created), max(s.created)
FROM mgen.st s CROSS JOIN LATERAL regexp_matches(s.body, '#(\w+)', 'g') rm GROUP BY lower(rm[1]);
UPDATE tags SET display_name = v.d, usable = true, trendable = true, listable = true, reviewed_at = created_at + interval '3 days', max_score = 12.5 + id
FROM (VALUES ('fernwoodweather', 'FernwoodWeather'), ('fernwoodlibrary', 'FernwoodLibrary'), ('lostcat', 'LostCat'), ('forsale', 'ForSale'), ('repaircafe', 'RepairCafe'),
             ('fernwoodfoodbank', 'FernwoodFoodBank'), ('fernwoodmarket', 'FernwoodMarket')) v(n, d) WHERE tags.name = v.n;
UPDATE tags SET trendable = false WHERE name IN ('health', 'introduction');

CREATE TABLE statuses_tags (
    status_id bigint NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE
);
INSERT INTO statuses_tags
SELECT DISTINCT s.id, t.id FROM mgen.st s CROSS JOIN LATERAL regexp_matches(s.body, '#(\w+)', 'g') rm JOIN tags t ON t.name = lower(rm[1]);

-- ---------------------------------------------------------------- polls
CREATE TABLE polls (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    status_id bigint REFERENCES statuses (id) ON DELETE CASCADE,
    expires_at timestamp,
    options varchar[] DEFAULT '{}' NOT NULL,
    cached_tallies bigint[] DEFAULT '{}' NOT NULL,
    multiple boolean DEFAULT false NOT NULL,
    hide_totals boolean DEFAULT false NOT NULL,
    votes_count bigint DEFAULT 0 NOT NULL,
    last_fetched_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    voters_count bigint
);
INSERT INTO polls
SELECT row_number() OVER (ORDER BY s.k), g.id, s.id, s.created + interval '1 day',
       CASE s.body WHEN 'Poll: best hot drink for a cold morning?' THEN ARRAY['Tea', 'Coffee', 'Hot chocolate', 'Hot water with lemon']
                   WHEN 'Which day works for the repair café?' THEN ARRAY['Saturday morning', 'Sunday afternoon', 'A weekday evening']
                   WHEN 'Should we start a Fernwood book club on here?' THEN ARRAY['Yes!', 'Yes, but I will only lurk', 'No']
                   ELSE ARRAY['Walk', 'Bike', 'Bus or train', 'Car', 'I work from home'] END,
       '{}', s.k % 4 = 0, false, 0, CASE WHEN NOT g.local THEN s.created + interval '1 day 2 hours' END, s.created, s.created + interval '1 day', 0
FROM mgen.st s JOIN mgen.acc g ON g.i = s.a WHERE s.kind BETWEEN 48 AND 51;
UPDATE statuses st SET poll_id = p.id FROM polls p WHERE p.status_id = st.id;

CREATE TABLE poll_votes (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    poll_id bigint REFERENCES polls (id) ON DELETE CASCADE,
    choice integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    uri varchar
);
INSERT INTO poll_votes
SELECT row_number() OVER (ORDER BY p.id, v.j), g.id, p.id, fixture_gen.n('mpvc', p.id * 100 + v.j, cardinality(p.options)), p.created_at + make_interval(mins => v.j * 7), p.created_at + make_interval(mins => v.j * 7),
       CASE WHEN g.local THEN g.uri || '#votes/' || (p.id * 100 + v.j) ELSE g.uri || '#votes/' || (1000 + fixture_gen.n('mpvr', p.id * 100 + v.j, 90000)) || '/activity' END
FROM polls p CROSS JOIN LATERAL (SELECT DISTINCT ON (ai) j, ai FROM (SELECT j, 1 + fixture_gen.n('mpva', p.id * 100 + j, 800) AS ai FROM generate_series(1, 12) j) z ORDER BY ai, j) v
JOIN mgen.acc g ON g.i = v.ai WHERE g.id <> p.account_id;
UPDATE polls p SET votes_count = c.n, voters_count = c.n, cached_tallies = (SELECT array_agg((SELECT count(*) FROM poll_votes pv WHERE pv.poll_id = p.id AND pv.choice = o - 1) ORDER BY o) FROM generate_series(1, cardinality(p.options)) o)
FROM (SELECT poll_id, count(*) AS n FROM poll_votes GROUP BY poll_id) c WHERE c.poll_id = p.id;

-- ---------------------------------------------------------------- follows, blocks, mutes
CREATE TABLE mgen.fol AS
SELECT DISTINCT ON (a, b) k, a, b FROM (
  SELECT k, x.a, CASE WHEN x.a <= 300 THEN 1 + fixture_gen.n('mfb', k, 800) ELSE 1 + fixture_gen.n('mfb', k, 300) END AS b
  FROM generate_series(1, 2700) k CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('mfs', k, 100) < 65 THEN 1 + fixture_gen.n('mfa', k, 300) ELSE 301 + fixture_gen.n('mfa', k, 500) END AS a) x) y
WHERE a <> b ORDER BY a, b, k;

-- uri: the Follow activity's id; Mastodon's are <root>/<uuid>, other servers' name the follower
CREATE FUNCTION mgen.follow_uri(g mgen.acc, k bigint, kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE g.soft WHEN 'local' THEN 'https://social.fernwood.example/' || fixture_gen.uuid(kind, k)
                     WHEN 'mastodon' THEN g.base || '/' || fixture_gen.uuid(kind, k)
                     WHEN 'pleroma' THEN g.base || '/activities/' || fixture_gen.uuid(kind, k)
                     WHEN 'misskey' THEN g.base || '/follows/' || mgen.hx(kind || 'a', k, 10) || '/' || mgen.hx(kind || 'b', k, 10)
                     WHEN 'gts' THEN g.uri || '/follow/' || mgen.ulid(kind || 'u', k)
                     ELSE g.uri || '#follow/' || (600000000000000000 + fixture_gen.n(kind || 'p', k, 99999999)) END
$$;

CREATE TABLE follows (
    id bigint PRIMARY KEY,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    show_reblogs boolean DEFAULT true NOT NULL,
    uri varchar,
    notify boolean DEFAULT false NOT NULL,
    languages varchar[]
);
CREATE UNIQUE INDEX index_follows_on_account_id_and_target_account_id ON follows (account_id, target_account_id);
CREATE INDEX index_follows_on_target_account_id ON follows (target_account_id);
INSERT INTO follows
SELECT row_number() OVER (ORDER BY f.k), greatest(ga.created, gb.created) + make_interval(secs => fixture_gen.n('mfc', f.k, 9000000)),
       greatest(ga.created, gb.created) + make_interval(secs => fixture_gen.n('mfc', f.k, 9000000)),
       ga.id, gb.id, fixture_gen.n('mfr', f.k, 8) <> 0, mgen.follow_uri(ga, f.k, 'mfu'), fixture_gen.n('mfn', f.k, 15) = 0,
       CASE WHEN fixture_gen.n('mfl', f.k, 20) = 0 THEN ARRAY['en'] END
FROM mgen.fol f JOIN mgen.acc ga ON ga.i = f.a JOIN mgen.acc gb ON gb.i = f.b;

CREATE TABLE follow_requests (
    id bigint PRIMARY KEY,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    show_reblogs boolean DEFAULT true NOT NULL,
    uri varchar,
    notify boolean DEFAULT false NOT NULL,
    languages varchar[]
);
INSERT INTO follow_requests
SELECT row_number() OVER (ORDER BY k), t.updated_at + make_interval(hours => k), t.updated_at + make_interval(hours => k), g.id, t.id, true, mgen.follow_uri(g, k, 'mfru'), false, NULL
FROM (SELECT k, 1 + fixture_gen.n('mfra', k, 800) AS a, (SELECT array_agg(id ORDER BY id) FROM accounts WHERE locked AND domain IS NULL AND id > 0) AS lk FROM generate_series(1, 70) k) x
JOIN mgen.acc g ON g.i = x.a
JOIN accounts t ON t.id = x.lk[1 + fixture_gen.n('mfrt', k, cardinality(x.lk))]
WHERE t.id <> g.id AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.account_id = g.id AND f.target_account_id = t.id);

CREATE TABLE blocks (
    id bigint PRIMARY KEY,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    uri varchar
);
INSERT INTO blocks
SELECT row_number() OVER (ORDER BY k), fixture_gen.ts('mbkt', k), fixture_gen.ts('mbkt', k), ga.id, gb.id,
       CASE WHEN ga.local THEN 'https://social.fernwood.example/' ELSE ga.base || '/' END || fixture_gen.uuid('mbku', k)
FROM (SELECT DISTINCT ON (a, b) k, a, b FROM (SELECT k, CASE WHEN k % 4 = 0 THEN 301 + fixture_gen.n('mbka', k, 500) ELSE 1 + fixture_gen.n('mbka', k, 300) END AS a,
             CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('mbkb', k, 300) ELSE 1 + fixture_gen.n('mbkb', k, 800) END AS b FROM generate_series(1, 90) k) z WHERE a <> b ORDER BY a, b, k) y
JOIN mgen.acc ga ON ga.i = y.a JOIN mgen.acc gb ON gb.i = y.b;

CREATE TABLE mutes (
    id bigint PRIMARY KEY,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    hide_notifications boolean DEFAULT true NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at timestamp
);
INSERT INTO mutes
SELECT row_number() OVER (ORDER BY k), fixture_gen.ts('mmut', k), fixture_gen.ts('mmut', k), k % 3 <> 0, ga.id, gb.id,
       CASE WHEN k % 5 = 0 THEN fixture_gen.ts('mmut', k) + interval '7 days' END
FROM (SELECT DISTINCT ON (a, b) k, a, b FROM (SELECT k, 1 + fixture_gen.n('mmua', k, 300) AS a, 1 + fixture_gen.n('mmub', k, 800) AS b FROM generate_series(1, 90) k) z WHERE a <> b ORDER BY a, b, k) y
JOIN mgen.acc ga ON ga.i = y.a JOIN mgen.acc gb ON gb.i = y.b;

CREATE TABLE account_domain_blocks (
    id bigint PRIMARY KEY,
    domain varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE
);
INSERT INTO account_domain_blocks
SELECT row_number() OVER (ORDER BY a, d), d, fixture_gen.ts('madb', a), fixture_gen.ts('madb', a), g.id
FROM (SELECT DISTINCT 1 + fixture_gen.n('madba', k, 300) AS a, fixture_gen.pick(ARRAY['misskey.io', 'mstdn.jp', 'infosec.exchange', 'spam.example', 'shitposter.example',
         'freespeech.example', 'nitter.example', 'bsky.brid.gy', 'threads.net'], 'madbd', k) AS d FROM generate_series(1, 50) k) x
JOIN mgen.acc g ON g.i = x.a;

-- ---------------------------------------------------------------- favourites, bookmarks, pins, notifications
CREATE TABLE favourites (
    id bigint PRIMARY KEY,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id bigint NOT NULL REFERENCES statuses (id) ON DELETE CASCADE
);
INSERT INTO favourites
SELECT row_number() OVER (ORDER BY y.k), s.created + make_interval(secs => 30 + fixture_gen.n('mfvt', y.k, 200000)), s.created + make_interval(secs => 30 + fixture_gen.n('mfvt', y.k, 200000)), g.id, s.id
FROM (SELECT DISTINCT ON (a, t) k, a, t FROM (SELECT k, CASE WHEN k % 3 = 0 THEN 301 + fixture_gen.n('mfva', k, 500) ELSE 1 + fixture_gen.n('mfva', k, 300) END AS a, 1 + fixture_gen.n('mfvs', k, 3200) AS t
      FROM generate_series(1, 3400) k) z ORDER BY a, t, k) y
JOIN mgen.acc g ON g.i = y.a JOIN mgen.st s ON s.k = y.t
WHERE s.kind > 9 AND s.a <> y.a AND (g.local OR (SELECT local FROM mgen.acc WHERE i = s.a));

CREATE TABLE bookmarks (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id bigint NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO bookmarks
SELECT row_number() OVER (ORDER BY y.k), g.id, s.id, s.created + interval '2 hours', s.created + interval '2 hours'
FROM (SELECT DISTINCT ON (a, t) k, a, t FROM (SELECT k, 1 + fixture_gen.n('mbma', k, 300) AS a, 1 + fixture_gen.n('mbms', k, 3200) AS t FROM generate_series(1, 420) k) z ORDER BY a, t, k) y
JOIN mgen.acc g ON g.i = y.a JOIN mgen.st s ON s.k = y.t WHERE s.kind > 9;

CREATE TABLE notifications (
    id bigint PRIMARY KEY,
    activity_id bigint NOT NULL,
    activity_type varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    from_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    type varchar
);
INSERT INTO notifications
SELECT row_number() OVER (ORDER BY created_at, activity_type, activity_id), * FROM (
  SELECT f.id AS activity_id, 'Favourite' AS activity_type, f.created_at, f.created_at AS updated_at, st.account_id, f.account_id AS from_account_id, 'favourite' AS type
  FROM favourites f JOIN statuses st ON st.id = f.status_id WHERE st.local AND f.id % 2 = 0
  UNION ALL
  SELECT f.id, 'Follow', f.created_at, f.created_at, f.target_account_id, f.account_id, 'follow' FROM follows f JOIN accounts t ON t.id = f.target_account_id WHERE t.domain IS NULL AND f.id % 2 = 1
  UNION ALL
  SELECT m.id, 'Mention', m.created_at, m.created_at, m.account_id, st.account_id, 'mention' FROM mentions m JOIN statuses st ON st.id = m.status_id JOIN accounts t ON t.id = m.account_id WHERE t.domain IS NULL
  UNION ALL
  SELECT st.id, 'Status', st.created_at, st.created_at, o.account_id, st.account_id, 'reblog' FROM statuses st JOIN statuses o ON o.id = st.reblog_of_id WHERE o.local AND o.account_id <> st.account_id
  UNION ALL
  SELECT fr.id, 'FollowRequest', fr.created_at, fr.created_at, fr.target_account_id, fr.account_id, 'follow_request' FROM follow_requests fr
) n;

CREATE TABLE account_stats (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    statuses_count bigint DEFAULT 0 NOT NULL,
    following_count bigint DEFAULT 0 NOT NULL,
    followers_count bigint DEFAULT 0 NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    last_status_at timestamp
);
INSERT INTO account_stats
SELECT row_number() OVER (ORDER BY a.created_at, a.id), a.id,
       (SELECT count(*) FROM statuses s WHERE s.account_id = a.id), (SELECT count(*) FROM follows f WHERE f.account_id = a.id),
       (SELECT count(*) FROM follows f WHERE f.target_account_id = a.id), a.created_at, a.updated_at, (SELECT max(created_at) FROM statuses s WHERE s.account_id = a.id)
FROM accounts a;

CREATE TABLE markers (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    timeline varchar DEFAULT '' NOT NULL,
    last_read_id bigint DEFAULT 0 NOT NULL,
    lock_version integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO markers
SELECT row_number() OVER (ORDER BY u.id, tl), u.id, tl, CASE tl WHEN 'home' THEN (SELECT max(id) FROM statuses WHERE id % 7 = u.id % 7) ELSE 1000 + u.id * 31 END,
       fixture_gen.n('mmkv', u.id, 900), u.created_at + interval '1 day', u.updated_at
FROM users u CROSS JOIN unnest(ARRAY['home', 'notifications']) tl WHERE u.id % 3 <> 0;

-- ---------------------------------------------------------------- lists, filters, private notes
CREATE TABLE lists (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    replies_policy integer DEFAULT 0 NOT NULL,
    exclusive boolean DEFAULT false NOT NULL
);
INSERT INTO lists
SELECT k, g.id, CASE fixture_gen.n('mlt', k, 12)
         WHEN 0 THEN 'Family' WHEN 1 THEN 'Neighbours' WHEN 2 THEN 'Birders' WHEN 3 THEN 'Fernwood Ramblers' WHEN 4 THEN 'Book club'
         WHEN 5 THEN fixture_gen.first_name('mltn', k) || '''s people' WHEN 6 THEN 'Mum & Dad'
         WHEN 7 THEN fixture_gen.first_name('mltn', k) || ', ' || fixture_gen.first_name('mltm', k) || ' & the kids'
         WHEN 8 THEN 'Ex-colleagues at ' || fixture_gen.pick(ARRAY['Riverbend Health', 'Fernwood School', 'the council', 'Halden Engineering'], 'mltc', k)
         WHEN 9 THEN 'Tech news' WHEN 10 THEN 'Cycling' ELSE 'Close friends' END,
       g.created + make_interval(days => 5 + k), g.created + make_interval(days => 5 + k), fixture_gen.n('mlrp', k, 3), k % 6 = 0
FROM generate_series(1, 64) k JOIN mgen.acc g ON g.i = 1 + fixture_gen.n('mla', k, 300);

CREATE TABLE list_accounts (
    id bigint PRIMARY KEY,
    list_id bigint NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    follow_id bigint REFERENCES follows (id) ON DELETE CASCADE
);
INSERT INTO list_accounts
SELECT row_number() OVER (ORDER BY l.id, f.id), l.id, f.target_account_id, f.id
FROM lists l JOIN LATERAL (SELECT id, target_account_id FROM follows f WHERE f.account_id = l.account_id ORDER BY md5(l.id || ':' || f.id) LIMIT 5) f ON true;

CREATE TABLE custom_filters (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at timestamp,
    phrase text DEFAULT '' NOT NULL,
    context varchar[] DEFAULT '{}' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    action integer DEFAULT 0 NOT NULL
);
INSERT INTO custom_filters
SELECT k, g.id, CASE WHEN k % 7 = 0 THEN fixture_gen.ts('mcfx', k) END,
       CASE fixture_gen.n('mcfp', k, 9) WHEN 0 THEN 'US politics' WHEN 1 THEN 'Spoilers' WHEN 2 THEN 'Crypto' WHEN 3 THEN 'Diet talk' WHEN 4 THEN 'Elections'
            WHEN 5 THEN 'Anything about ' || fixture_gen.full_name('mcfn', k) WHEN 6 THEN 'My ex' WHEN 7 THEN 'Football' ELSE 'AI hype' END,
       CASE WHEN k % 3 = 0 THEN ARRAY['home', 'public'] ELSE ARRAY['home', 'notifications', 'public', 'thread', 'account'] END,
       g.created + make_interval(days => 10 + k), g.created + make_interval(days => 10 + k), CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 55) k JOIN mgen.acc g ON g.i = 1 + fixture_gen.n('mcfa', k, 300);

CREATE TABLE custom_filter_keywords (
    id bigint PRIMARY KEY,
    custom_filter_id bigint NOT NULL REFERENCES custom_filters (id) ON DELETE CASCADE,
    keyword text DEFAULT '' NOT NULL,
    whole_word boolean DEFAULT true NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO custom_filter_keywords
SELECT row_number() OVER (ORDER BY f.id, w.o), f.id, w.kw, w.o <> 3, f.created_at, f.created_at
FROM custom_filters f CROSS JOIN LATERAL (SELECT o, kw FROM unnest(CASE
       WHEN f.phrase = 'US politics' THEN ARRAY['#uspol', 'senate', 'congress']
       WHEN f.phrase = 'Spoilers' THEN ARRAY['spoiler', 'finale', 'season 3']
       WHEN f.phrase = 'Crypto' THEN ARRAY['bitcoin', 'nft', 'web3']
       WHEN f.phrase = 'Diet talk' THEN ARRAY['calories', 'weight loss', 'diet']
       WHEN f.phrase = 'Elections' THEN ARRAY['election', 'polling', 'ballot']
       WHEN f.phrase LIKE 'Anything about %' THEN ARRAY[substr(f.phrase, 16), split_part(substr(f.phrase, 16), ' ', 2)]
       WHEN f.phrase = 'My ex' THEN ARRAY[fixture_gen.full_name('mcfex', f.id), '@' || (SELECT uname FROM mgen.acc WHERE i = 301 + f.id * 7 % 500), fixture_gen.first_name('mcfex', f.id)]
       WHEN f.phrase = 'Football' THEN ARRAY['football', 'premier league']
       ELSE ARRAY['ChatGPT', 'LLM', 'generative AI'] END) WITH ORDINALITY x(kw, o)) w;

CREATE TABLE account_notes (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    comment text NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO account_notes
SELECT row_number() OVER (ORDER BY k), ga.id, gb.id, CASE fixture_gen.n('mant', k, 8)
         WHEN 0 THEN 'Met at the repair café, works at the bakery on High Street'
         WHEN 1 THEN 'Neighbour at number ' || (2 + k % 40) || ', mobile ' || fixture_gen.phone('manp', k)
         WHEN 2 THEN coalesce(gb.first, 'their') || '''s sister, lives in ' || fixture_gen.city('manc', k)
         WHEN 3 THEN 'Owes me £20 for the gig tickets lol'
         WHEN 4 THEN 'Do not engage. Argues about bike lanes.'
         WHEN 5 THEN 'This is ' || fixture_gen.full_name('manf', k) || ' from the school PTA, email ' || fixture_gen.email('mane', k)
         WHEN 6 THEN 'Birthday ' || to_char(fixture_gen.birth_date('manb', k), 'FMDD FMMonth')
         ELSE 'Great recipes' END,
       fixture_gen.ts('mant', k), fixture_gen.ts('mant', k)
FROM (SELECT DISTINCT ON (a, b) k, a, b FROM (SELECT k, 1 + fixture_gen.n('mana', k, 300) AS a, 1 + fixture_gen.n('manb', k, 800) AS b FROM generate_series(1, 70) k) z WHERE a <> b ORDER BY a, b, k) y
JOIN mgen.acc ga ON ga.i = y.a JOIN mgen.acc gb ON gb.i = y.b;

-- ---------------------------------------------------------------- media
CREATE TABLE scheduled_statuses (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    scheduled_at timestamp,
    params jsonb
);
INSERT INTO scheduled_statuses
SELECT k, g.id, timestamp '2024-12-20 08:00:00' + make_interval(hours => k * 13),
       jsonb_build_object('text', CASE k % 6
            WHEN 0 THEN 'Garage sale at ' || fixture_gen.street('mssa', k) || ' this Saturday from 9! Books, a cot and far too many mugs. #Fernwood'
            WHEN 1 THEN 'Reminder: repair café this Sunday 10-2 at the community hall. #RepairCafe'
            WHEN 2 THEN 'Happy birthday ' || fixture_gen.first_name('mssf', k) || '! Have the best day x'
            WHEN 3 THEN 'Storytime is back after the holidays: Saturday 10:30. #FernwoodLibrary'
            WHEN 4 THEN 'Babysitter needed for New Year''s Eve, two kids (4 and 7), near the station. Call ' || fixture_gen.phone('mssp', k)
            ELSE 'Advent calendar day ' || (1 + k % 24) || ': a photo of the frosty allotment.' END,
         'visibility', (ARRAY['public', 'unlisted', 'private'])[1 + k % 3], 'spoiler_text', NULL, 'media_ids', NULL, 'sensitive', false, 'poll', NULL,
         'language', 'en', 'scheduled_at', NULL, 'application_id', 1 + k % 4, 'in_reply_to_id', NULL, 'idempotency', fixture_gen.uuid('mssi', k), 'with_rate_limit', false)
FROM generate_series(1, 26) k JOIN mgen.acc g ON g.i = CASE WHEN k % 6 = 3 THEN 6 ELSE 9 + fixture_gen.n('mssa', k, 290) END;

CREATE TABLE media_attachments (
    id bigint PRIMARY KEY,
    status_id bigint REFERENCES statuses (id) ON DELETE SET NULL,
    file_file_name varchar,
    file_content_type varchar,
    file_file_size integer,
    file_updated_at timestamp,
    remote_url varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    shortcode varchar,
    type integer DEFAULT 0 NOT NULL,
    file_meta json,
    account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
    description text,
    scheduled_status_id bigint REFERENCES scheduled_statuses (id) ON DELETE SET NULL,
    blurhash varchar,
    processing integer,
    file_storage_schema_version integer,
    thumbnail_file_name varchar,
    thumbnail_remote_url varchar
);
CREATE TABLE mgen.med AS
SELECT row_number() OVER (ORDER BY s.k, j) AS n, s.k, j, s.a, s.created, s.kind, s.sub,
       CASE WHEN fixture_gen.n('mmty', s.k * 3 + j, 20) = 0 THEN 2 WHEN fixture_gen.n('mmty', s.k * 3 + j, 20) = 1 THEN 1 WHEN fixture_gen.n('mmty', s.k * 3 + j, 20) IN (2, 3) AND (SELECT soft FROM mgen.acc WHERE i = s.a) = 'pleroma' THEN 3 ELSE 0 END AS typ
FROM mgen.st s CROSS JOIN generate_series(1, 2) j
WHERE s.kind BETWEEN 30 AND 97 AND s.kind NOT BETWEEN 42 AND 51 AND (s.k % 4 = 0 OR s.kind BETWEEN 30 AND 41 AND s.sub IN (0, 2, 6)) AND (j = 1 OR s.k % 3 = 0);
ALTER TABLE mgen.med ADD COLUMN orig text, ADD COLUMN alt text;
UPDATE mgen.med m SET
    orig = CASE WHEN m.typ = 3 THEN 'CV_' || fixture_gen.ascii(fixture_gen.first_name('mmo', m.n)) || '_' || fixture_gen.ascii(fixture_gen.last_name('mmo', m.n)) || '.pdf'
                ELSE fixture_gen.pick(ARRAY['IMG_2023' || lpad((m.n % 1231)::text, 4, '0') || '_143022.jpg', 'Screenshot_2023-08-01-09-14-22.png', 'DSC_0' || (400 + m.n % 500) || '.JPG',
                     initcap(fixture_gen.ascii(fixture_gen.first_name('mmo', m.n))) || '_' || initcap(fixture_gen.ascii(fixture_gen.last_name('mmo', m.n))) || '_wedding_0' || (10 + m.n % 80) || '.jpg',
                     'flyer_fernwood_market.png', 'kids_beach_day.jpg', 'passport_photo_' || fixture_gen.ascii(fixture_gen.first_name('mmo', m.n)) || '.jpg', 'PXL_2023' || (1000 + m.n) || '.jpg'], 'mmon', m.n) END,
    alt = CASE WHEN m.kind BETWEEN 30 AND 41 AND m.sub = 0 THEN 'A grey tabby cat with a white chin, asleep on a windowsill'
               WHEN m.kind BETWEEN 30 AND 41 AND m.sub = 2 THEN 'My dad ' || fixture_gen.full_name('msfn', m.k) || ' blowing out candles on a cake shaped like a chessboard'
               WHEN m.kind BETWEEN 30 AND 41 AND m.sub = 6 THEN 'Black and white photo of ' || fixture_gen.full_name('msfn', m.k) || ' in RAF uniform, 1952'
               WHEN fixture_gen.n('mmalt', m.n, 5) = 0 THEN NULL
               ELSE fixture_gen.pick(ARRAY['A heron standing in the canal, looking unimpressed', 'Fog over the reservoir at sunrise', 'A slightly lopsided sourdough loaf on a wire rack',
                    'Screenshot of the bus timetable for route 42', 'Hand-drawn flyer for the Fernwood repair café, Sunday 10-2', 'Me and my sister ' || fixture_gen.first_name('mmas', m.n) || ' at the top of the hill, both grinning',
                    'Selfie in a bright orange beanie, freckles and a gap-toothed smile', 'Six tomato seedlings in yoghurt pots on a kitchen windowsill', 'A cat sitting on a brand new sofa',
                    'Flooded river path with a footbridge half under water', 'Our daughter ' || fixture_gen.first_name('mmad', m.n) || ' on her first day at Fernwood Primary, in a too-big blazer'], 'mmal', m.n) END;
INSERT INTO media_attachments
SELECT mgen.sf(m.created - interval '3 minutes', m.n), st.id,
       fixture_gen.hexn('mmfn', m.n, 16) || CASE m.typ WHEN 3 THEN '.pdf' WHEN 2 THEN '.mp4' WHEN 1 THEN '.mp4' ELSE CASE WHEN m.orig ~ '\.png$' THEN '.png' ELSE '.jpg' END END,
       CASE m.typ WHEN 3 THEN 'application/pdf' WHEN 2 THEN 'video/mp4' WHEN 1 THEN 'video/mp4' ELSE CASE WHEN m.orig ~ '\.png$' THEN 'image/png' ELSE 'image/jpeg' END END,
       40000 + fixture_gen.n('mmsz', m.n, 3000000), m.created - interval '3 minutes',
       CASE WHEN g.local THEN ''
            WHEN g.soft = 'pleroma' THEN g.base || '/media/' || fixture_gen.uuid('mmru', m.n) || '/' || replace(m.orig, ' ', '%20')
            WHEN g.soft = 'misskey' THEN g.base || '/files/webpublic-' || fixture_gen.uuid('mmru', m.n) || '.webp'
            WHEN g.soft = 'gts' THEN g.base || '/fileserver/' || mgen.ulid('mmrg', m.n) || '/attachment/original/' || mgen.ulid('mmrh', m.n) || '.jpeg'
            WHEN g.soft = 'pixelfed' THEN g.base || '/storage/m/_v2/' || (m.n * 7919) || '/' || fixture_gen.hexn('mmrp', m.n, 10) || '-' || fixture_gen.hexn('mmrq', m.n, 6) || '/' || mgen.tok('mmrr', m.n, 40) || '.jpg'
            ELSE 'https://files.' || g.domain || '/media_attachments/files/' || regexp_replace(lpad((mgen.sf(m.created, m.n) % 1000000000000000000)::text, 18, '0'), '(...)(...)(...)(...)(...)(...)', '\1/\2/\3/\4/\5/\6') || '/original/' || fixture_gen.hexn('mmro', m.n, 16) || '.jpg' END,
       m.created - interval '3 minutes', m.created,
       CASE WHEN g.local THEN mgen.tok('mmsc', m.n, 18) END, m.typ,
       CASE m.typ WHEN 3 THEN NULL
            WHEN 0 THEN json_build_object('original', json_build_object('width', w, 'height', h, 'size', w || 'x' || h, 'aspect', round(w::numeric / h, 4)),
                        'small', json_build_object('width', 640, 'height', (640 * h / w), 'size', '640x' || (640 * h / w), 'aspect', round(w::numeric / h, 4)),
                        'focus', json_build_object('x', 0.0, 'y', CASE WHEN m.n % 3 = 0 THEN 0.25 ELSE 0.0 END))
            ELSE json_build_object('original', json_build_object('width', w, 'height', h, 'frame_rate', '30/1', 'duration', 4.5 + m.n % 60, 'bitrate', 2400000),
                        'small', json_build_object('width', 400, 'height', (400 * h / w), 'size', '400x' || (400 * h / w), 'aspect', round(w::numeric / h, 4)), 'length', '0:00:' || lpad((4 + m.n % 55)::text, 2, '0') || '.50') END,
       g.id, m.alt, NULL, CASE WHEN m.typ <> 3 THEN mgen.blurhash('mmbh', m.n) END, CASE WHEN g.local THEN 2 END, CASE WHEN g.local THEN 1 END,
       CASE WHEN m.typ = 2 AND g.local THEN fixture_gen.hexn('mmth', m.n, 16) || '.jpg' END,
       CASE WHEN m.typ = 2 AND NOT g.local AND g.soft = 'mastodon' THEN 'https://files.' || g.domain || '/cache/media_attachments/thumbnails/' || fixture_gen.hexn('mmtr', m.n, 16) || '.jpg' END
FROM mgen.med m JOIN mgen.acc g ON g.i = m.a JOIN mgen.st s ON s.k = m.k JOIN statuses st ON st.id = s.id
CROSS JOIN LATERAL (SELECT (ARRAY[1920, 1600, 1080, 2048, 1280])[1 + m.n % 5] AS w, (ARRAY[1440, 1200, 1350, 1536, 720])[1 + m.n % 5] AS h) d;
-- uploads not yet posted, and those of scheduled posts
INSERT INTO media_attachments (id, file_file_name, file_content_type, file_file_size, file_updated_at, created_at, updated_at, shortcode, type, file_meta, account_id, description, scheduled_status_id, blurhash, processing, file_storage_schema_version)
SELECT mgen.sf(timestamp '2024-12-10 12:00:00' + make_interval(hours => k), 50000 + k), fixture_gen.hexn('mmup', k, 16) || '.jpg', 'image/jpeg', 200000 + k * 997, timestamp '2024-12-10 12:00:00' + make_interval(hours => k),
       timestamp '2024-12-10 12:00:00' + make_interval(hours => k), timestamp '2024-12-10 12:00:00' + make_interval(hours => k), mgen.tok('mmusc', k, 18), 0,
       '{"original":{"width":1600,"height":1200,"size":"1600x1200","aspect":1.3333},"small":{"width":640,"height":480,"size":"640x480","aspect":1.3333}}',
       CASE WHEN k <= 8 THEN ss.account_id ELSE (SELECT id FROM mgen.acc WHERE i = 9 + k * 11 % 290) END,
       CASE k % 3 WHEN 0 THEN NULL WHEN 1 THEN 'A frosty allotment at dawn' ELSE 'Flyer: garage sale, books and mugs' END,
       CASE WHEN k <= 8 THEN ss.id END, mgen.blurhash('mmubh', k), 2, 1
FROM generate_series(1, 24) k LEFT JOIN scheduled_statuses ss ON ss.id = k * 3;
UPDATE statuses st SET ordered_media_attachment_ids = x.ids FROM (SELECT status_id, array_agg(id ORDER BY id) AS ids FROM media_attachments WHERE status_id IS NOT NULL GROUP BY status_id) x
WHERE x.status_id = st.id;
UPDATE status_edits e SET ordered_media_attachment_ids = st.ordered_media_attachment_ids,
    media_descriptions = (SELECT array_agg(coalesce(description, '') ORDER BY id) FROM media_attachments WHERE status_id = st.id)
FROM statuses st WHERE st.id = e.status_id AND st.ordered_media_attachment_ids IS NOT NULL;

-- ---------------------------------------------------------------- link previews
CREATE TABLE preview_cards (
    id bigint PRIMARY KEY,
    url varchar DEFAULT '' NOT NULL,
    title varchar DEFAULT '' NOT NULL,
    description varchar DEFAULT '' NOT NULL,
    image_file_name varchar,
    image_content_type varchar,
    type integer DEFAULT 0 NOT NULL,
    html text DEFAULT '' NOT NULL,
    author_name varchar DEFAULT '' NOT NULL,
    author_url varchar DEFAULT '' NOT NULL,
    provider_name varchar DEFAULT '' NOT NULL,
    provider_url varchar DEFAULT '' NOT NULL,
    width integer DEFAULT 0 NOT NULL,
    height integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    blurhash varchar,
    language varchar,
    trendable boolean,
    published_at timestamp,
    image_description varchar DEFAULT '' NOT NULL
);
CREATE TABLE mgen.pc AS
SELECT k, k % 4 AS src, fixture_gen.first_name('mpca', k) AS a1, fixture_gen.last_name('mpca', k) AS a2, fixture_gen.ts('mpct', k) AS t,
       split_part(x.td, '|', 1) AS title, split_part(x.td, '|', 2) AS descr,
       fixture_gen.pick(ARRAY['allotmentdiaries', 'quietpixel', 'valleywalks', 'breadandbikes', 'thelocalhistorian', 'slowtrains'], 'mpcbl', k) AS blog
FROM generate_series(1, 120) k CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY[
    'Council approves new cycle lane on Mill Lane|The six-month trial will replace parking on one side of the road.',
    'Flood warning issued for the river path|Residents are advised to avoid the footbridge until Thursday.',
    'Library launches tool-lending scheme|Drills, sewing machines and ladders can now be borrowed with a library card.',
    'Food bank appeal as demand doubles|Tinned vegetables, nappies and toiletries are most needed.',
    'How to fix a puncture in ten minutes|A step-by-step guide with the tools you already have.',
    'Swifts return early to the valley|Birdwatchers report the first sightings a week ahead of schedule.',
    'Repair café celebrates 500th fix|Volunteers have saved toasters, lamps and a 1970s radio from landfill.',
    'Bus route 42 to run every 20 minutes|The new timetable starts in September.',
    'Why I left the big social networks|Notes on moving my photos and friends to the fediverse.',
    'Sourdough for the impatient|A same-day loaf that still has a decent crumb.',
    'Allotment waiting list reaches three years|The parish council is looking for new land near the school.',
    'Ten walks around Fernwood under five miles|Maps, parking and where to get a cup of tea.'], 'mpct', k) AS td) x;
ALTER TABLE mgen.pc ADD COLUMN slug text;
UPDATE mgen.pc SET slug = trim(both '-' FROM regexp_replace(lower(title), '[^a-z0-9]+', '-', 'g')) || '-' || k;
INSERT INTO preview_cards
SELECT k, CASE src
            WHEN 0 THEN 'https://fernwoodgazette.example/news/' || to_char(t, 'YYYY/MM') || '/' || slug
            WHEN 1 THEN 'https://www.youtube.com/watch?v=' || mgen.tok('mpcv', k, 11)
            WHEN 2 THEN 'https://riverbendpost.example/' || to_char(t, 'YYYY-MM-DD') || '-' || slug
            ELSE 'https://' || blog || '.blog.example/posts/' || slug END,
       title, CASE src WHEN 1 THEN '' ELSE descr END,
       fixture_gen.hexn('mpci', k, 16) || '.jpg', 'image/jpeg',
       CASE src WHEN 1 THEN 1 ELSE 0 END,
       CASE src WHEN 1 THEN '<iframe width="200" height="113" src="https://www.youtube.com/embed/' || mgen.tok('mpcv', k, 11) || '?feature=oembed" frameborder="0" allowfullscreen="" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms"></iframe>' ELSE '' END,
       -- author_name: the journalist, the YouTube channel (a person's or the repair café's), the blogger
       CASE WHEN src = 1 AND k % 3 = 0 THEN 'Fernwood Repair Café' WHEN src IN (0, 2) AND k % 5 = 0 THEN '' ELSE a1 || ' ' || a2 END,
       CASE src WHEN 0 THEN CASE WHEN k % 5 = 0 THEN '' ELSE 'https://fernwoodgazette.example/authors/' || fixture_gen.ascii(a1) || '-' || fixture_gen.ascii(a2) END
                WHEN 1 THEN 'https://www.youtube.com/@' || CASE WHEN k % 3 = 0 THEN 'fernwoodrepaircafe' ELSE fixture_gen.ascii(a1) || fixture_gen.ascii(a2) END
                WHEN 2 THEN CASE WHEN k % 5 = 0 THEN '' ELSE 'https://riverbendpost.example/profile/' || fixture_gen.ascii(a1) || '.' || fixture_gen.ascii(a2) END
                ELSE 'https://' || blog || '.blog.example/about' END,
       CASE src WHEN 0 THEN 'The Fernwood Gazette' WHEN 1 THEN 'YouTube' WHEN 2 THEN 'Riverbend Post' ELSE '' END,
       CASE src WHEN 0 THEN 'https://fernwoodgazette.example' WHEN 1 THEN 'https://www.youtube.com/' WHEN 2 THEN 'https://riverbendpost.example' ELSE '' END,
       CASE src WHEN 1 THEN 200 ELSE 400 END, CASE src WHEN 1 THEN 113 ELSE 225 END, t, t + interval '1 hour',
       mgen.blurhash('mpcb', k), 'en', CASE WHEN src IN (0, 2) AND k % 4 = 0 THEN true END, t - interval '5 hours',
       CASE src WHEN 0 THEN fixture_gen.pick(ARRAY['Council offices on Market Square', 'Flood water on the river path', 'Volunteers sorting tins at the food bank', ''], 'mpcd', k) ELSE '' END
FROM mgen.pc;

CREATE TABLE preview_cards_statuses (
    preview_card_id bigint NOT NULL,
    status_id bigint NOT NULL
);
INSERT INTO preview_cards_statuses
SELECT DISTINCT 1 + fixture_gen.n('mpcs', s.k, 120), st.id FROM mgen.st s JOIN statuses st ON st.id = s.id WHERE s.kind BETWEEN 52 AND 98 AND s.k % 9 = 0;

-- ---------------------------------------------------------------- custom emojis
CREATE TABLE custom_emojis (
    id bigint PRIMARY KEY,
    shortcode varchar DEFAULT '' NOT NULL,
    domain varchar,
    image_file_name varchar,
    image_content_type varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    uri varchar,
    image_remote_url varchar,
    visible_in_picker boolean DEFAULT true NOT NULL,
    category_id bigint
);
INSERT INTO custom_emojis
SELECT k, e.sc, e.dom, fixture_gen.hexn('mcei', k, 16) || '.png', 'image/png', fixture_gen.ts('mcet', k), fixture_gen.ts('mcet', k), k % 17 = 0,
       CASE WHEN e.dom IS NOT NULL THEN 'https://' || e.dom || '/emojis/' || (1000 + k * 37) END,
       CASE WHEN e.dom IS NOT NULL THEN 'https://files.' || e.dom || '/custom_emojis/images/000/' || lpad((k * 37)::text, 3, '0') || '/original/' || fixture_gen.hexn('mcer', k, 16) || '.png' END,
       e.dom IS NULL, CASE WHEN e.dom IS NULL THEN 1 + k % 3 END
FROM (SELECT k, CASE WHEN k <= 18 THEN NULL ELSE fixture_gen.pick(ARRAY['mastodon.social', 'chaos.social', 'mastodon.art', 'hachyderm.io', 'kolektiva.social'], 'mced', k) END AS dom,
             (ARRAY['blobcat', 'blobcatheart', 'blobfox', 'fernwood_leaf', 'heron', 'verified', 'flag_de', 'flag_gb', 'flag_fr', 'rainbow_flag', 'trans_flag', 'bike', 'sourdough', 'allotment',
                    'weather_rain', 'weather_sun', 'mastodon', 'fediverse', 'blobcatcoffee', 'ablobcatrainbow', 'neocat', 'neofox_hug', 'meow_wave', 'catjam', 'party_parrot', 'ms_robot',
                    'chaos', 'kolektiva', 'hacker_cat', 'rust', 'python', 'vim', 'emacs', 'linux', 'debian', 'archbtw', 'blobhaj', 'sheep', 'wave', 'thinking_face_hmm'])[k] AS sc
      FROM generate_series(1, 40) k) e;

CREATE TABLE tombstones (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    uri varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    by_moderator boolean
);
INSERT INTO tombstones
SELECT row_number() OVER (ORDER BY k), g.id,
       CASE WHEN g.soft = 'pleroma' THEN g.base || '/objects/' || fixture_gen.uuid('mtbo', k) WHEN g.soft = 'misskey' THEN g.base || '/notes/' || mgen.hx('mtbn', k, 10)
            ELSE g.uri || '/statuses/' || mgen.sf(fixture_gen.ts('mtbt', k), k) END,
       fixture_gen.ts('mtbt', k) + interval '2 days', fixture_gen.ts('mtbt', k) + interval '2 days', CASE WHEN k % 9 = 0 THEN true END
FROM generate_series(1, 45) k JOIN mgen.acc g ON g.i = CASE WHEN k % 5 = 0 THEN 9 + fixture_gen.n('mtba', k, 290) ELSE 301 + fixture_gen.n('mtba', k, 500) END;

-- ---------------------------------------------------------------- OAuth (Doorkeeper)
CREATE TABLE oauth_applications (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    uid varchar NOT NULL,
    secret varchar NOT NULL,
    redirect_uri text NOT NULL,
    scopes varchar DEFAULT '' NOT NULL,
    created_at timestamp,
    updated_at timestamp,
    superapp boolean DEFAULT false NOT NULL,
    website varchar,
    owner_type varchar,
    owner_id bigint
);
CREATE UNIQUE INDEX index_oauth_applications_on_uid ON oauth_applications (uid);
INSERT INTO oauth_applications
SELECT k, a.name, mgen.u64('moau', k, 32), mgen.u64('moas', k, 32), a.redir, a.scopes, timestamp '2022-11-01 09:02:41' + make_interval(days => (k - 1) * 19), timestamp '2022-11-01 09:02:41' + make_interval(days => (k - 1) * 19),
       k = 1, a.web, CASE WHEN a.owner IS NOT NULL THEN 'User' END, a.owner
FROM generate_series(1, 36) k CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, 'Web', 'urn:ietf:wg:oauth:2.0:oob', 'read write follow push', NULL, NULL::bigint),
    (2, 'Tusky', 'oauth2redirect://com.keylesspalace.tusky/', 'read write follow push', 'https://tusky.app', NULL),
    (3, 'Ivory for iOS', 'com.tapbots.Ivory.23435:/request_token', 'read write follow push', 'https://tapbots.com/ivory', NULL),
    (4, 'Elk', 'https://elk.zone/api/social.fernwood.example/oauth/https%3A%2F%2Felk.zone', 'read write follow push', 'https://elk.zone', NULL),
    (5, 'Mona for Mastodon', 'mona://auth', 'read write follow push', 'https://mastodon.social/@MonaApp', NULL),
    (6, 'Moshidon', 'moshidon-android-auth://callback', 'read write follow push', 'https://github.com/LucasGGamerM/moshidon', NULL),
    (7, 'Phanpy', 'https://phanpy.social/', 'read write follow push', 'https://phanpy.social', NULL),
    (8, 'Ice Cubes', 'icecubesapp://', 'read write follow push', 'https://github.com/Dimillian/IceCubesApp', NULL),
    (9, 'fernwood-weather', 'urn:ietf:wg:oauth:2.0:oob', 'write:statuses write:media', 'https://social.fernwood.example/@weather', 5),
    (10, 'Mastodon for Android', 'mastodon-android-auth://callback', 'read write follow push', 'https://app.joinmastodon.org/android', NULL),
    (11, 'Mastodon for iOS', 'mastodon://joinmastodon.org/oauth', 'read write follow push', 'https://app.joinmastodon.org/ios', NULL),
    (12, 'Moa', 'https://moa.party/mastodon/oauth', 'read write', 'https://moa.party', NULL),
    (13, 'library-events-poster', 'urn:ietf:wg:oauth:2.0:oob', 'write:statuses', 'https://fernwoodlibrary.example', 6),
    (14, 'fedi-archive', 'urn:ietf:wg:oauth:2.0:oob', 'read', NULL, NULL),
    (15, 'Feditext', 'feditext://oauth', 'read write follow push', 'https://fedi.software/@Feditext', NULL)) v(o, name, redir, scopes, web, owner)
    WHERE v.o = CASE WHEN k <= 15 THEN k ELSE (ARRAY[2, 2, 3, 3, 4, 7, 8, 10, 11, 11, 2, 3, 5, 6, 7, 10, 4, 2, 3, 11, 8])[k - 15] END) a;

CREATE TABLE oauth_access_grants (
    id bigint PRIMARY KEY,
    token varchar NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    created_at timestamp NOT NULL,
    revoked_at timestamp,
    scopes varchar,
    application_id bigint NOT NULL REFERENCES oauth_applications (id) ON DELETE CASCADE,
    resource_owner_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO oauth_access_grants
SELECT k, mgen.u64('moag', k, 32), 600, ap.redirect_uri, fixture_gen.ts('moagt', k), CASE WHEN k % 5 <> 0 THEN fixture_gen.ts('moagt', k) + interval '4 seconds' END, ap.scopes, ap.id, 1 + fixture_gen.n('moagu', k, 300)
FROM generate_series(1, 60) k JOIN oauth_applications ap ON ap.id = 2 + fixture_gen.n('moaga', k, 34);

CREATE TABLE oauth_access_tokens (
    id bigint PRIMARY KEY,
    token varchar NOT NULL,
    refresh_token varchar,
    expires_in integer,
    revoked_at timestamp,
    created_at timestamp NOT NULL,
    scopes varchar,
    application_id bigint REFERENCES oauth_applications (id) ON DELETE CASCADE,
    resource_owner_id bigint REFERENCES users (id) ON DELETE CASCADE,
    last_used_at timestamp,
    last_used_ip inet
);
CREATE UNIQUE INDEX index_oauth_access_tokens_on_token ON oauth_access_tokens (token);
INSERT INTO oauth_access_tokens
SELECT k, mgen.u64('moat', k, 32), CASE WHEN ap.id IN (3, 7, 12) THEN mgen.u64('moar', k, 32) END, NULL,
       CASE WHEN k % 6 = 0 THEN u.created_at + make_interval(days => 20 + k % 200) END,
       u.created_at + make_interval(days => k % 200), ap.scopes, ap.id, u.id,
       CASE WHEN k % 6 <> 0 THEN u.created_at + make_interval(days => 200 + k % 300) END, CASE WHEN k % 6 <> 0 THEN mgen.ip('moaip', k) END
FROM generate_series(1, 620) k
JOIN users u ON u.id = CASE WHEN k <= 300 THEN k ELSE 1 + fixture_gen.n('moatu', k, 300) END
JOIN oauth_applications ap ON ap.id = CASE WHEN k <= 300 THEN 1 WHEN u.id = 5 THEN 9 WHEN u.id = 6 AND k % 2 = 0 THEN 13 ELSE 2 + fixture_gen.n('moata', k, 34) END;

-- members who sign in through the library's Keycloak (OIDC)
CREATE TABLE mgen.ident AS
SELECT u.id AS user_id FROM users u WHERE u.role_id = 4 OR u.id % 13 = 6;

-- ---------------------------------------------------------------- Web Push, sessions, sign-ins
CREATE TABLE web_push_subscriptions (
    id bigint PRIMARY KEY,
    endpoint varchar NOT NULL,
    key_p256dh varchar NOT NULL,
    key_auth varchar NOT NULL,
    data json,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    access_token_id bigint REFERENCES oauth_access_tokens (id) ON DELETE CASCADE,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO web_push_subscriptions
SELECT row_number() OVER (ORDER BY t.id), CASE fixture_gen.n('mwpe', t.id, 5)
         WHEN 0 THEN 'https://fcm.googleapis.com/fcm/send/' || mgen.tok('mwpa', t.id, 11) || ':APA91b' || translate(mgen.tok('mwpb', t.id, 134), 'xQ7', '-_F')
         WHEN 1 THEN 'https://web.push.apple.com/Q' || mgen.tok('mwpc', t.id, 120)
         WHEN 2 THEN 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB' || mgen.tok('mwpd', t.id, 140)
         WHEN 3 THEN 'https://ntfy.sh/up' || mgen.tok('mwpf', t.id, 12) || '?up=1'
         ELSE 'https://push.tusky.app/relay/' || mgen.hx('mwpg', t.id, 32) || '/' || mgen.tok('mwph', t.id, 24) END,
       'B' || mgen.u64('mwpk', t.id, 64), mgen.u64('mwpau', t.id, 16),
       ('{"alerts":{"follow":true,"follow_request":true,"favourite":' || (t.id % 2 = 0) || ',"reblog":' || (t.id % 3 = 0) || ',"mention":true,"poll":true,"status":false,"update":false,"admin.sign_up":false,"admin.report":false},"policy":"'
         || (ARRAY['all', 'all', 'followed', 'follower'])[1 + t.id % 4] || '"}')::json,
       t.created_at + interval '1 minute', t.created_at + interval '1 minute', t.id, t.resource_owner_id
FROM oauth_access_tokens t WHERE t.application_id <> 1 AND t.revoked_at IS NULL AND t.id % 3 <> 0;

CREATE TABLE session_activations (
    id bigint PRIMARY KEY,
    session_id varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    user_agent varchar DEFAULT '' NOT NULL,
    ip inet,
    access_token_id bigint REFERENCES oauth_access_tokens (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    web_push_subscription_id bigint
);
INSERT INTO session_activations
SELECT row_number() OVER (ORDER BY t.id), mgen.hx('msai', t.id, 32), t.created_at, coalesce(t.last_used_at, t.created_at), mgen.ua('msaua', t.id), coalesce(t.last_used_ip, mgen.ip('msaip', t.id)), t.id, t.resource_owner_id,
       (SELECT id FROM web_push_subscriptions w WHERE w.access_token_id = t.id)
FROM oauth_access_tokens t WHERE t.application_id = 1 OR t.id % 4 = 1;

CREATE TABLE login_activities (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    authentication_method varchar,
    provider varchar,
    success boolean,
    failure_reason varchar,
    ip inet,
    user_agent varchar,
    created_at timestamp
);
INSERT INTO login_activities
SELECT k, u.id, CASE WHEN u.id IN (SELECT user_id FROM mgen.ident) THEN 'omniauth' WHEN u.otp_required_for_login AND k % 2 = 0 THEN 'otp' WHEN u.webauthn_id IS NOT NULL AND k % 5 = 0 THEN 'webauthn'
                     WHEN u.sign_in_token IS NOT NULL AND k % 3 = 0 THEN 'sign_in_token' ELSE 'password' END,
       CASE WHEN u.id IN (SELECT user_id FROM mgen.ident) THEN 'openid_connect' END,
       fixture_gen.n('mlas', k, 8) <> 0,
       CASE WHEN fixture_gen.n('mlas', k, 8) = 0 THEN (ARRAY['Invalid Email or password.', 'Invalid two-factor authentication code.', 'Your account is not active yet.', 'Invalid Email or password.'])[1 + k % 4] END,
       CASE WHEN k % 3 = 0 THEN u.current_sign_in_ip WHEN k % 3 = 1 THEN u.last_sign_in_ip ELSE mgen.ip('mlaip', k) END, mgen.ua('mlaua', k),
       u.created_at + make_interval(secs => fixture_gen.n('mlat', k, 50000000))
FROM generate_series(1, 640) k JOIN users u ON u.id = CASE WHEN k <= 300 THEN k ELSE 1 + fixture_gen.n('mlau', k, 300) END;

CREATE TABLE user_ips (
    user_id bigint,
    ip inet,
    used_at timestamp
);
INSERT INTO user_ips
SELECT user_id, ip, max(used_at) FROM (
  SELECT user_id, ip, updated_at AS used_at FROM session_activations
  UNION ALL SELECT user_id, ip, created_at FROM login_activities WHERE success
  UNION ALL SELECT id, sign_up_ip, created_at FROM users WHERE sign_up_ip IS NOT NULL) x
GROUP BY user_id, ip;

-- ---------------------------------------------------------------- WebAuthn, single sign-on
CREATE TABLE webauthn_credentials (
    id bigint PRIMARY KEY,
    external_id varchar NOT NULL,
    public_key varchar NOT NULL,
    nickname varchar NOT NULL,
    sign_count bigint DEFAULT 0 NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO webauthn_credentials
SELECT row_number() OVER (ORDER BY u.id, c), mgen.u64('mwae', u.id * 10 + c, 32), 'pQECAyYgASFYI' || mgen.u64('mwax', u.id * 10 + c, 32) || 'IlggA' || mgen.u64('mway', u.id * 10 + c, 31),
       CASE fixture_gen.n('mwan', u.id * 10 + c, 7)
         WHEN 0 THEN 'YubiKey 5C NFC' WHEN 1 THEN g.first || '''s iPhone' WHEN 2 THEN 'MacBook Touch ID' WHEN 3 THEN 'Pixel von ' || g.first
         WHEN 4 THEN lower(fixture_gen.ascii(g.first)) || '-yk5' WHEN 5 THEN 'Windows Hello' ELSE g.first || ' ' || g.last || ' security key' END,
       fixture_gen.n('mwac', u.id * 10 + c, 400), u.id, u.created_at + make_interval(days => 30 * c), u.created_at + make_interval(days => 30 * c + 100)
FROM users u JOIN mgen.acc g ON g.i = u.id CROSS JOIN generate_series(1, 2) c
WHERE u.webauthn_id IS NOT NULL AND g.person AND (c = 1 OR u.id % 3 = 0);

CREATE TABLE identities (
    id bigint PRIMARY KEY,
    provider varchar DEFAULT '' NOT NULL,
    uid varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE
);
-- uid: the subject at the library's Keycloak (a UUID), or for accounts linked
-- before the switch from CAS, the CAS login
INSERT INTO identities
SELECT row_number() OVER (ORDER BY i.user_id), CASE WHEN i.user_id % 4 = 2 THEN 'cas' ELSE 'openid_connect' END,
       CASE WHEN i.user_id % 4 = 2 THEN lower(substr(fixture_gen.ascii(g.first), 1, 1) || fixture_gen.ascii(g.last)) ELSE fixture_gen.uuid('mids', i.user_id) END,
       u.created_at, u.created_at, i.user_id
FROM mgen.ident i JOIN users u ON u.id = i.user_id JOIN mgen.acc g ON g.i = i.user_id WHERE g.person;

-- ---------------------------------------------------------------- end-to-end encryption (the experimental devices API)
CREATE TABLE devices (
    id bigint PRIMARY KEY,
    access_token_id bigint REFERENCES oauth_access_tokens (id) ON DELETE CASCADE,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    device_id varchar DEFAULT '' NOT NULL,
    name varchar DEFAULT '' NOT NULL,
    fingerprint_key text DEFAULT '' NOT NULL,
    identity_key text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO devices
SELECT row_number() OVER (ORDER BY t.id), t.id, u.account_id, upper(mgen.hx('mdvi', t.id, 10)),
       CASE fixture_gen.n('mdvn', t.id, 5) WHEN 0 THEN g.first || '''s Pixel 7' WHEN 1 THEN 'Olm test - ' || g.first || ' ' || g.last WHEN 2 THEN 'iPad von ' || g.first
            WHEN 3 THEN 'Desktop' ELSE lower(fixture_gen.ascii(g.first)) || '-laptop' END,
       rtrim(fixture_gen.b64('mdvf', t.id, 32), '='), rtrim(fixture_gen.b64('mdvk', t.id, 32), '='), t.created_at, t.created_at
FROM oauth_access_tokens t JOIN users u ON u.id = t.resource_owner_id JOIN mgen.acc g ON g.i = u.id
WHERE t.application_id IN (4, 7, 15) AND g.person;

CREATE TABLE one_time_keys (
    id bigint PRIMARY KEY,
    device_id bigint REFERENCES devices (id) ON DELETE CASCADE,
    key_id varchar DEFAULT '' NOT NULL,
    key text DEFAULT '' NOT NULL,
    signature text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO one_time_keys
SELECT row_number() OVER (ORDER BY d.id, c), d.id, 'AAAA' || translate(encode(int4send(c), 'base64'), '=', ''), rtrim(fixture_gen.b64('motk', d.id * 100 + c, 32), '='),
       rtrim(fixture_gen.b64('mots', d.id * 100 + c, 64), '='), d.created_at, d.created_at
FROM devices d CROSS JOIN generate_series(1, 8) c;

CREATE TABLE encrypted_messages (
    id bigint PRIMARY KEY,
    device_id bigint REFERENCES devices (id) ON DELETE CASCADE,
    from_account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    from_device_id varchar DEFAULT '' NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    body text DEFAULT '' NOT NULL,
    digest text DEFAULT '' NOT NULL,
    message_franking text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO encrypted_messages
SELECT mgen.sf(d.created_at + make_interval(hours => k), k), d.id, f.account_id, f.device_id, CASE WHEN k % 4 = 0 THEN 0 ELSE 1 END,
       'Awog' || fixture_gen.b64('memb', k, 180) || fixture_gen.b64('memc', k, 60 + k % 90),
       rtrim(fixture_gen.b64('memd', k, 32), '='),
       fixture_gen.b64('memf', k, 120) || '--' || fixture_gen.b64('memi', k, 12) || '--' || fixture_gen.b64('memt', k, 16),
       d.created_at + make_interval(hours => k), d.created_at + make_interval(hours => k)
FROM generate_series(1, 60) k
JOIN devices d ON d.id = 1 + fixture_gen.n('memd', k, (SELECT count(*)::int FROM devices))
JOIN devices f ON f.id = 1 + fixture_gen.n('memf', k, (SELECT count(*)::int FROM devices))
WHERE d.id <> f.id;

-- the server's key for message franking
CREATE TABLE system_keys (
    id bigint PRIMARY KEY,
    key bytea,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO system_keys
SELECT k, substr(sha512(convert_to('msysk' || k, 'UTF8')), 1, 32), timestamp '2024-11-01 00:00:00' + make_interval(days => 7 * k), timestamp '2024-11-01 00:00:00' + make_interval(days => 7 * k)
FROM generate_series(1, 3) k;

-- ---------------------------------------------------------------- archives, imports, moves
CREATE TABLE backups (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    dump_file_name varchar,
    dump_content_type varchar,
    dump_updated_at timestamp,
    processed boolean DEFAULT false NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    dump_file_size bigint
);
INSERT INTO backups
SELECT k, u.id, 'archive-' || to_char(t, 'YYYYMMDDHH24MISS') || '-' || mgen.hx('mbkh', k, 32) || '.zip', 'application/zip', t + interval '4 minutes', k % 11 <> 0, t, t + interval '4 minutes',
       2000000 + fixture_gen.n('mbks', k, 900000000)
FROM generate_series(1, 42) k JOIN users u ON u.id = 1 + fixture_gen.n('mbku', k, 300) CROSS JOIN LATERAL (SELECT fixture_gen.ts('mbkt', k) AS t) x;

-- imports made before 4.2 (the uploaded CSV kept by Paperclip under its own name)
CREATE TABLE imports (
    id bigint PRIMARY KEY,
    type integer NOT NULL,
    approved boolean DEFAULT false NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    data_file_name varchar,
    data_content_type varchar,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    overwrite boolean DEFAULT false NOT NULL,
    data_file_size integer
);
INSERT INTO imports
SELECT k, k % 5, true, t, t + interval '1 minute',
       (ARRAY['following_accounts.csv', 'blocked_accounts.csv', 'muted_accounts.csv', 'blocked_domains.csv', 'bookmarks.csv'])[1 + k % 5], 'text/csv', g.id, k % 6 = 0, 120 + fixture_gen.n('mimz', k, 40000)
FROM generate_series(1, 28) k JOIN mgen.acc g ON g.i = 9 + fixture_gen.n('mima', k, 290)
CROSS JOIN LATERAL (SELECT least(g.created + interval '1 hour', timestamp '2023-09-20 12:00:00') AS t) x;

CREATE TABLE bulk_imports (
    id bigint PRIMARY KEY,
    type integer NOT NULL,
    state integer NOT NULL,
    total_items integer DEFAULT 0 NOT NULL,
    imported_items integer DEFAULT 0 NOT NULL,
    processed_items integer DEFAULT 0 NOT NULL,
    finished_at timestamp,
    overwrite boolean DEFAULT false NOT NULL,
    likely_mismatched boolean DEFAULT false NOT NULL,
    original_filename varchar DEFAULT '' NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO bulk_imports
SELECT k, ty, CASE WHEN k % 9 = 0 THEN 1 ELSE 3 END, 0, 0, 0, CASE WHEN k % 9 <> 0 THEN t + interval '3 minutes' END, k % 7 = 0, k % 13 = 0,
       (ARRAY['following_accounts.csv', 'blocked_accounts.csv', 'muted_accounts.csv', 'blocked_domains.csv', 'bookmarks.csv', 'lists.csv'])[ty + 1]
         || CASE WHEN k % 5 = 0 THEN ' (1)' ELSE '' END, g.id, t, t + interval '3 minutes'
FROM generate_series(1, 30) k JOIN mgen.acc g ON g.i = 9 + fixture_gen.n('mbia', k, 290)
CROSS JOIN LATERAL (SELECT (ARRAY[0, 0, 0, 1, 2, 4, 5, 0])[1 + k % 8] AS ty, g.created + interval '2 hours' AS t) x;

CREATE TABLE bulk_import_rows (
    id bigint PRIMARY KEY,
    bulk_import_id bigint NOT NULL REFERENCES bulk_imports (id) ON DELETE CASCADE,
    data jsonb,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO bulk_import_rows
SELECT row_number() OVER (ORDER BY b.id, r), b.id, CASE b.type
         WHEN 0 THEN jsonb_build_object('acct', g.uname || '@' || coalesce(g.domain, 'social.fernwood.example'), 'show_reblogs', r % 4 <> 0, 'notify', false, 'languages', NULL)
         WHEN 1 THEN jsonb_build_object('acct', g.uname || '@' || coalesce(g.domain, 'social.fernwood.example'))
         WHEN 2 THEN jsonb_build_object('acct', g.uname || '@' || coalesce(g.domain, 'social.fernwood.example'), 'hide_notifications', true)
         WHEN 4 THEN jsonb_build_object('uri', g.uri || '/statuses/' || mgen.sf(g.created + make_interval(days => r), r))
         ELSE jsonb_build_object('list_name', (ARRAY['Family', 'Neighbours', 'Birders'])[1 + r % 3], 'acct', g.uname || '@' || coalesce(g.domain, 'social.fernwood.example')) END,
       b.created_at, b.created_at
FROM bulk_imports b CROSS JOIN generate_series(1, 9) r JOIN mgen.acc g ON g.i = 1 + fixture_gen.n('mbir', b.id * 10 + r, 800)
WHERE b.type <> 5 OR r <= 6;
UPDATE bulk_imports b SET total_items = c.n, imported_items = CASE WHEN b.state = 3 THEN c.n - b.id % 2 ELSE 0 END, processed_items = CASE WHEN b.state = 3 THEN c.n ELSE 0 END
FROM (SELECT bulk_import_id, count(*) AS n FROM bulk_import_rows GROUP BY 1) c WHERE c.bulk_import_id = b.id;
DELETE FROM bulk_import_rows r USING bulk_imports b WHERE b.id = r.bulk_import_id AND b.state = 3 AND r.id % 3 = 0;

CREATE TABLE account_aliases (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    acct varchar DEFAULT '' NOT NULL,
    uri varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO account_aliases
SELECT row_number() OVER (ORDER BY a.id), a.id, split_part(a.also_known_as[1], '/users/', 2) || '@' || split_part(split_part(a.also_known_as[1], '://', 2), '/', 1), a.also_known_as[1],
       a.created_at + interval '1 hour', a.created_at + interval '1 hour'
FROM accounts a WHERE a.also_known_as IS NOT NULL;
-- members who keep an alias for an account they may move to
INSERT INTO account_aliases
SELECT 100 + k, g.id, lower(g.uname) || '@' || d, 'https://' || d || '/users/' || lower(g.uname), g.created + interval '300 days', g.created + interval '300 days'
FROM generate_series(1, 12) k JOIN mgen.acc g ON g.i = 10 + k * 23
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['hachyderm.io', 'mastodon.scot', 'toot.community', 'social.' || fixture_gen.ascii(g.last) || '.example'], 'maad', k) AS d) x;

CREATE TABLE account_migrations (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    acct varchar DEFAULT '' NOT NULL,
    followers_count bigint DEFAULT 0 NOT NULL,
    target_account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO account_migrations
SELECT row_number() OVER (ORDER BY g.i), g.id, t.uname || '@' || t.domain, 10 + fixture_gen.n('mamf', g.i, 400), t.id, g.created + interval '400 days', g.created + interval '400 days'
FROM mgen.acc g JOIN mgen.acc t ON t.i = 301 + (g.i * 37) % 500 WHERE g.local AND g.person AND g.i % 19 = 7;
UPDATE accounts a SET moved_to_account_id = m.target_account_id FROM account_migrations m WHERE m.account_id = a.id;

-- ---------------------------------------------------------------- moderation
-- local moderators: acc 1 (owner), 2 and 3
CREATE TABLE reports (
    id bigint PRIMARY KEY,
    status_ids bigint[] DEFAULT '{}' NOT NULL,
    comment text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    action_taken_by_account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
    target_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    assigned_account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
    uri varchar,
    forwarded boolean,
    category integer DEFAULT 0 NOT NULL,
    action_taken_at timestamp,
    rule_ids bigint[]
);
INSERT INTO reports
SELECT k, coalesce((SELECT array_agg(st.id ORDER BY st.id) FROM (SELECT id FROM statuses WHERE account_id = tg.id ORDER BY md5(id::text || k) LIMIT 1 + k % 3) st), '{}'),
       CASE WHEN rp.local THEN CASE fixture_gen.n('mrpc', k, 9)
              WHEN 0 THEN 'This account keeps posting my home address. I live at ' || fixture_gen.street('mrps', k) || ' and I did not agree to this.'
              WHEN 1 THEN 'Spam, selling fake sunglasses'
              WHEN 2 THEN 'Harassing me in replies after I blocked them on my old account @' || rp.uname || '@mastodon.social'
              WHEN 3 THEN 'They posted a photo of my daughter without asking. Her name is ' || fixture_gen.first_name('mrpd', k) || ' and she is 9.'
              WHEN 4 THEN 'Impersonating ' || fixture_gen.full_name('mrpi', k) || ', the real one is on mastodon.art'
              WHEN 5 THEN 'Crypto scam DMs'
              ELSE '' END
            ELSE CASE WHEN k % 3 = 0 THEN 'Forwarded from ' || rp.domain || ': spam' ELSE '' END END,
       t, t + interval '2 days', rp.id, CASE WHEN k % 4 <> 0 THEN (SELECT id FROM mgen.acc WHERE i = 1 + k % 3) END, tg.id,
       CASE WHEN k % 5 <> 0 THEN (SELECT id FROM mgen.acc WHERE i = 1 + (k + 1) % 3) END,
       CASE WHEN NOT rp.local THEN rp.base || '/' || fixture_gen.uuid('mrpu', k) END, CASE WHEN rp.local AND NOT tg.local THEN k % 2 = 0 END,
       CASE WHEN fixture_gen.n('mrpc', k, 9) IN (1, 5) THEN 1 WHEN fixture_gen.n('mrpc', k, 9) IN (0, 2, 3) THEN 3 ELSE 0 END,
       CASE WHEN k % 4 <> 0 THEN t + interval '2 days' END,
       CASE WHEN fixture_gen.n('mrpc', k, 9) IN (0, 2, 3) THEN ARRAY[1 + k % 3, 4]::bigint[] END
FROM generate_series(1, 64) k
JOIN mgen.acc rp ON rp.i = CASE WHEN k % 4 = 3 THEN 301 + fixture_gen.n('mrpr', k, 500) ELSE 9 + fixture_gen.n('mrpr', k, 290) END
JOIN mgen.acc tg ON tg.i = CASE WHEN k % 3 = 0 THEN 9 + fixture_gen.n('mrpt', k, 290) ELSE 301 + fixture_gen.n('mrpt', k, 500) END
CROSS JOIN LATERAL (SELECT fixture_gen.ts('mrpt', k) AS t) x
WHERE rp.i <> tg.i;

CREATE TABLE report_notes (
    id bigint PRIMARY KEY,
    content text NOT NULL,
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO report_notes
SELECT row_number() OVER (ORDER BY r.id, c), CASE fixture_gen.n('mrnc', r.id * 3 + c, 7)
         WHEN 0 THEN 'Same person as the account we suspended in March: same sign-up IP ' || fixture_gen.ipv4('mrni', r.id) || ' and the same email pattern.'
         WHEN 1 THEN 'Emailed the reporter at ' || fixture_gen.email('mrne', r.id) || ' to ask for the original post.'
         WHEN 2 THEN 'The address in the post is real. Removed the post and sent a warning.'
         WHEN 3 THEN 'Duplicate of #' || (r.id - 1)
         WHEN 4 THEN 'Spoke to ' || fixture_gen.first_name('mrnf', r.id) || ' on the phone (' || fixture_gen.phone('mrnp', r.id) || '), she is fine with us keeping it up.'
         WHEN 5 THEN 'Remote server, no action possible beyond a limit. Forwarded.'
         ELSE 'Resolving, no violation.' END,
       r.id, (SELECT id FROM mgen.acc WHERE i = 1 + (r.id + c) % 3), r.created_at + make_interval(hours => 3 * c), r.created_at + make_interval(hours => 3 * c)
FROM reports r CROSS JOIN generate_series(1, 2) c WHERE c = 1 OR r.id % 3 = 0;

CREATE TABLE account_warnings (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
    target_account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    action integer DEFAULT 0 NOT NULL,
    text text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    report_id bigint REFERENCES reports (id) ON DELETE CASCADE,
    status_ids varchar[],
    overruled_at timestamp
);
INSERT INTO account_warnings
SELECT row_number() OVER (ORDER BY r.id), r.action_taken_by_account_id, r.target_account_id, (ARRAY[0, 1000, 1250, 1500, 2000])[1 + r.id % 5],
       CASE r.id % 4 WHEN 0 THEN 'Please don''t post other people''s home addresses, even if they are public somewhere else.'
                     WHEN 1 THEN 'Your post naming ' || fixture_gen.full_name('mawn', r.id) || ' and their workplace was removed. Repeated doxxing will lead to a suspension.'
                     WHEN 2 THEN '' ELSE 'Spam.' END,
       r.action_taken_at, r.action_taken_at, r.id, r.status_ids::varchar[], CASE WHEN r.id % 13 = 0 THEN r.action_taken_at + interval '5 days' END
FROM reports r WHERE r.action_taken_at IS NOT NULL AND r.action_taken_by_account_id IS NOT NULL;

CREATE TABLE appeals (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    account_warning_id bigint NOT NULL REFERENCES account_warnings (id) ON DELETE CASCADE,
    text text DEFAULT '' NOT NULL,
    approved_at timestamp,
    approved_by_account_id bigint,
    rejected_at timestamp,
    rejected_by_account_id bigint,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO appeals
SELECT row_number() OVER (ORDER BY w.id), w.target_account_id, w.id, CASE w.id % 4
         WHEN 0 THEN 'That was my own address, I was selling my sofa! You can call me on ' || fixture_gen.phone('mapp', w.id) || ' to check.'
         WHEN 1 THEN 'I was quoting the council''s press release, not harassing anyone.'
         WHEN 2 THEN 'My account was hacked, I have changed my password now. My real name is ' || fixture_gen.full_name('mapn', w.id) || '.'
         ELSE 'Please reconsider.' END,
       CASE WHEN w.overruled_at IS NOT NULL THEN w.overruled_at END, CASE WHEN w.overruled_at IS NOT NULL THEN w.account_id END,
       CASE WHEN w.overruled_at IS NULL AND w.id % 2 = 0 THEN w.created_at + interval '4 days' END, CASE WHEN w.overruled_at IS NULL AND w.id % 2 = 0 THEN w.account_id END,
       w.created_at + interval '1 day', w.created_at + interval '4 days'
FROM account_warnings w JOIN accounts a ON a.id = w.target_account_id WHERE a.domain IS NULL OR w.id % 3 = 0;

CREATE TABLE account_moderation_notes (
    id bigint PRIMARY KEY,
    content text NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO account_moderation_notes
SELECT k, CASE k % 6
         WHEN 0 THEN 'Known in person: ' || coalesce(g.first || ' ' || g.last, 'the shop owner') || ', runs the ' || fixture_gen.pick(ARRAY['bakery on High Street', 'allotment society', 'PTA', 'repair café'], 'mamn', k) || '.'
         WHEN 1 THEN 'Approved after a chat at the library, lives on ' || fixture_gen.street('mams', k) || '.'
         WHEN 2 THEN 'Second account of @' || (SELECT uname FROM mgen.acc WHERE i = 9 + (k * 7) % 290) || ', allowed (work vs personal).'
         WHEN 3 THEN 'Watch: argued with several members about the bike lane, nothing actionable yet.'
         WHEN 4 THEN 'Asked us by email (' || g.email || ') to be hidden from the directory.'
         ELSE 'Bot, operator is @' || (SELECT uname FROM mgen.acc WHERE i = 2) || '.' END,
       (SELECT id FROM mgen.acc WHERE i = 1 + k % 3), g.id, fixture_gen.ts('mamt', k), fixture_gen.ts('mamt', k)
FROM generate_series(1, 40) k JOIN mgen.acc g ON g.i = 9 + fixture_gen.n('mama', k, 290);

CREATE TABLE ip_blocks (
    id bigint PRIMARY KEY,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    expires_at timestamp,
    ip inet DEFAULT '0.0.0.0/32'::inet NOT NULL,
    severity integer DEFAULT 0 NOT NULL,
    comment text DEFAULT '' NOT NULL
);
INSERT INTO ip_blocks
SELECT k, fixture_gen.ts('mipt', k), fixture_gen.ts('mipt', k), CASE WHEN k % 3 = 0 THEN fixture_gen.ts('mipt', k) + interval '1 year' END,
       CASE WHEN k % 5 = 0 THEN set_masklen(fixture_gen.ipv6('mipb', k)::inet, 64)::cidr::inet WHEN k % 4 = 0 THEN set_masklen(fixture_gen.ipv4('mipb', k)::inet, 24)::cidr::inet ELSE fixture_gen.ipv4('mipb', k)::inet END,
       (ARRAY[5000, 5000, 9999, 10000])[1 + k % 4],
       CASE k % 6 WHEN 0 THEN 'Spam wave, 40 sign-ups in an hour' WHEN 1 THEN 'Ban evasion by @' || (SELECT uname FROM mgen.acc WHERE i = 9 + (k * 13) % 290) || ' (suspended), same person'
                  WHEN 2 THEN '' WHEN 3 THEN 'Tor exit node' WHEN 4 THEN 'Home IP of the man harassing ' || fixture_gen.full_name('mipn', k) || ', see report #' || k ELSE 'VPN range used by the crypto spammers' END
FROM generate_series(1, 32) k;

CREATE TABLE email_domain_blocks (
    id bigint PRIMARY KEY,
    domain varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    parent_id bigint REFERENCES email_domain_blocks (id) ON DELETE CASCADE,
    allow_with_approval boolean DEFAULT false NOT NULL
);
INSERT INTO email_domain_blocks
SELECT k, d, fixture_gen.ts('medb', k), fixture_gen.ts('medb', k), CASE WHEN k > 20 THEN 1 + k % 5 END, k % 7 = 0
FROM unnest(ARRAY['mailinator.com', 'guerrillamail.com', '10minutemail.com', 'sharklasers.com', 'yopmail.com', 'trashmail.com', 'tempmail.example', 'getnada.com', 'dispostable.com',
                  'maildrop.cc', 'throwawaymail.com', 'fakeinbox.com', 'mintemail.com', 'spamgourmet.com', 'emailondeck.com', 'burnermail.io', 'tempr.email', 'mohmal.com', 'mytemp.email',
                  'tmail.example', 'mx1.mailinator.com', 'mx2.guerrillamail.com', 'mail.10minutemail.com', 'mx.sharklasers.com', 'mx.yopmail.com', 'in.trashmail.com']) WITH ORDINALITY t(d, k);

CREATE TABLE domain_blocks (
    id bigint PRIMARY KEY,
    domain varchar DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    severity integer DEFAULT 0,
    reject_media boolean DEFAULT false NOT NULL,
    reject_reports boolean DEFAULT false NOT NULL,
    private_comment text,
    public_comment text,
    obfuscate boolean DEFAULT false NOT NULL
);
INSERT INTO domain_blocks
SELECT k, d, fixture_gen.ts('mdbt', k), fixture_gen.ts('mdbt', k), (ARRAY[0, 1, 1, 2])[1 + k % 4], k % 3 = 0, k % 5 = 0,
       CASE k % 5 WHEN 0 THEN 'Admin ignored three reports about the harassment of @' || (SELECT uname FROM mgen.acc WHERE i = 9 + (k * 17) % 290) || '; their contact is ' || fixture_gen.email('mdbe', k)
                  WHEN 1 THEN 'From the shared blocklist (oliphant tier 0)' WHEN 2 THEN NULL WHEN 3 THEN 'Reported by ' || fixture_gen.first_name('mdbf', k) || ', see report #' || (k + 3)
                  ELSE 'Open registrations, no moderation, spam bots' END,
       (ARRAY['Spam', 'Harassment', 'Hate speech, no moderation', 'Illegal content', NULL, 'Bots and spam'])[1 + k % 6], k % 8 = 0
FROM unnest(ARRAY['spam.example', 'shitposter.example', 'freespeech.example', 'botfarm.example', 'cryptoscam.example', 'hatecentral.example', 'harassment.example', 'kiwifarms.example',
                  'poa.example', 'noagenda.example', 'gab.example', 'truthsocial.example', 'spinster.example', 'pawoo.example', 'baraag.example', 'seal.example', 'bae.example',
                  'nicecrew.example', 'wolfgirl.example', 'mstdn.spam.example', 'misskey.spam.example', 'akkoma.spam.example', 'sneed.example', 'cum.example', 'liberdon.example',
                  'rage.example', 'glindr.example', 'mastodon.spam.example']) WITH ORDINALITY t(d, k);

CREATE TABLE canonical_email_blocks (
    id bigint PRIMARY KEY,
    canonical_email_hash varchar DEFAULT '' NOT NULL,
    reference_account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
-- sha256 of the address normalised (dots and +tags removed): suspended members and banned sign-ups
INSERT INTO canonical_email_blocks
SELECT k, encode(sha256(convert_to(CASE WHEN k <= 6 THEN regexp_replace(split_part(u.email, '@', 1), '\.|\+.*', '', 'g') || '@' || split_part(u.email, '@', 2) ELSE fixture_gen.email('mceb', k) END, 'UTF8')), 'hex'),
       CASE WHEN k <= 6 THEN u.account_id END, fixture_gen.ts('mcebt', k), fixture_gen.ts('mcebt', k)
FROM generate_series(1, 24) k LEFT JOIN users u ON u.id = 10 + k * 41;

CREATE TABLE admin_action_logs (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    action varchar DEFAULT '' NOT NULL,
    target_type varchar,
    target_id bigint,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    human_identifier varchar,
    route_param varchar,
    permalink varchar
);
INSERT INTO admin_action_logs (id, account_id, action, target_type, target_id, created_at, updated_at, human_identifier, route_param, permalink)
SELECT row_number() OVER (ORDER BY t, tt, tid), mod_id, act, tt, tid, t, t, hid, rp, pl FROM (
  SELECT r.action_taken_at AS t, r.action_taken_by_account_id AS mod_id, 'resolve' AS act, 'Report' AS tt, r.id AS tid, ta.username || coalesce('@' || ta.domain, '') AS hid, r.id::text AS rp, NULL AS pl
  FROM reports r JOIN accounts ta ON ta.id = r.target_account_id WHERE r.action_taken_at IS NOT NULL
  UNION ALL
  SELECT w.created_at, w.account_id, (ARRAY['warn', 'disable', 'sensitive', 'silence', 'suspend'])[1 + w.id % 5], 'Account', w.target_account_id, ta.username || coalesce('@' || ta.domain, ''), w.target_account_id::text, NULL
  FROM account_warnings w JOIN accounts ta ON ta.id = w.target_account_id
  UNION ALL
  SELECT st.deleted_at, (SELECT id FROM mgen.acc WHERE i = 2), 'destroy', 'Status', st.id, a.username || coalesce('@' || a.domain, ''), st.account_id::text, coalesce(st.url, st.uri)
  FROM statuses st JOIN accounts a ON a.id = st.account_id WHERE st.deleted_at IS NOT NULL AND st.id % 2 = 0
  UNION ALL
  SELECT u.created_at + interval '3 hours', (SELECT id FROM mgen.acc WHERE i = 3), 'approve', 'User', u.id, a.username, u.account_id::text, NULL
  FROM users u JOIN accounts a ON a.id = u.account_id WHERE u.id % 10 = 4
  UNION ALL
  -- change_email logs name the address the moderator typed
  SELECT u.updated_at, (SELECT id FROM mgen.acc WHERE i = 1), 'change_email', 'User', u.id, u.email, u.account_id::text, NULL FROM users u WHERE u.id % 23 = 5
  UNION ALL
  SELECT u.updated_at + interval '1 hour', (SELECT id FROM mgen.acc WHERE i = 1), 'resend', 'User', u.id, coalesce(u.unconfirmed_email, u.email), u.account_id::text, NULL FROM users u WHERE u.confirmation_token IS NOT NULL
  UNION ALL
  SELECT b.created_at, (SELECT id FROM mgen.acc WHERE i = 1 + b.id % 3), 'create', 'DomainBlock', b.id, b.domain, b.id::text, NULL FROM domain_blocks b
  UNION ALL
  SELECT b.created_at, (SELECT id FROM mgen.acc WHERE i = 1), 'create', 'EmailDomainBlock', b.id, b.domain, NULL, NULL FROM email_domain_blocks b WHERE b.parent_id IS NULL
  UNION ALL
  SELECT b.created_at, (SELECT id FROM mgen.acc WHERE i = 2), 'create', 'IpBlock', b.id, host(b.ip) || '/' || masklen(b.ip), NULL, NULL FROM ip_blocks b
  UNION ALL
  SELECT b.created_at, (SELECT id FROM mgen.acc WHERE i = 2), 'create', 'CanonicalEmailBlock', b.id, b.canonical_email_hash, NULL, NULL FROM canonical_email_blocks b
  UNION ALL
  SELECT e.created_at, (SELECT id FROM mgen.acc WHERE i = 1), 'create', 'CustomEmoji', e.id, e.shortcode, e.id::text, NULL FROM custom_emojis e WHERE e.domain IS NULL
) x;

-- ---------------------------------------------------------------- invites and sign-up requests
CREATE TABLE invites (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code varchar DEFAULT '' NOT NULL,
    expires_at timestamp,
    max_uses integer,
    uses integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    autofollow boolean DEFAULT false NOT NULL,
    comment text
);
CREATE UNIQUE INDEX index_invites_on_code ON invites (code);
INSERT INTO invites
SELECT k, u.id, mgen.tok('minv', k, 8), CASE WHEN k % 4 <> 0 THEN t + interval '7 days' END, (ARRAY[1, 1, 5, 10, 25, NULL])[1 + k % 6], 0, t, t, k % 3 = 0,
       CASE fixture_gen.n('minc', k, 8) WHEN 0 THEN 'for my cousin ' || fixture_gen.first_name('minf', k) WHEN 1 THEN 'Fernwood Library staff' WHEN 2 THEN 'Ramblers group chat'
            WHEN 3 THEN 'for ' || fixture_gen.full_name('minf', k) || ' (new neighbour at no. ' || (2 + k % 40) || ', ' || fixture_gen.phone('minp', k) || ')'
            WHEN 4 THEN 'Repair café volunteers' WHEN 5 THEN 'PTA parents' ELSE NULL END
FROM generate_series(1, 48) k JOIN users u ON u.id = CASE WHEN k % 5 = 0 THEN 6 ELSE 1 + fixture_gen.n('minu', k, 300) END
CROSS JOIN LATERAL (SELECT u.created_at + make_interval(days => 5 + k) AS t) x;
UPDATE users u SET invite_id = i.id FROM invites i WHERE u.id > 9 AND u.id % 48 + 1 = i.id AND u.created_at > i.created_at;
UPDATE invites i SET uses = c.n FROM (SELECT invite_id, count(*) AS n FROM users WHERE invite_id IS NOT NULL GROUP BY 1) c WHERE c.invite_id = i.id;
UPDATE users SET created_by_application_id = CASE WHEN id % 2 = 0 THEN 10 ELSE 11 END WHERE id % 17 = 8;

CREATE TABLE user_invite_requests (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    text text,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO user_invite_requests
SELECT row_number() OVER (ORDER BY u.id), u.id, CASE u.id % 6
         WHEN 0 THEN 'Hi, I''m ' || g.first || ', I live on ' || fixture_gen.street('muir', u.id) || ' and help out at the food bank on Thursdays.'
         WHEN 1 THEN 'I run ' || fixture_gen.pick(ARRAY['the bakery on High Street', 'a dog-walking business', 'the Saturday craft stall'], 'muib', u.id) || ' and would like to post updates. Reachable on ' || fixture_gen.phone('muip', u.id) || '.'
         WHEN 2 THEN 'Friend of @' || (SELECT uname FROM mgen.acc WHERE i = 9 + u.id % 100) || ', she said to ask here.'
         WHEN 3 THEN 'Moving to Fernwood in May, want to meet people.'
         WHEN 4 THEN 'Teacher at Fernwood Primary, ' || g.first || ' ' || g.last || '.'
         ELSE 'Local history nerd.' END,
       u.created_at, u.created_at
FROM users u JOIN mgen.acc g ON g.i = u.id WHERE g.person AND (NOT u.approved OR u.id % 9 = 2);

-- ---------------------------------------------------------------- the instance
CREATE TABLE settings (
    id bigint PRIMARY KEY,
    var varchar NOT NULL,
    value text,
    thing_type varchar,
    created_at timestamp,
    updated_at timestamp,
    thing_id bigint
);
INSERT INTO settings (id, var, value, thing_type, created_at, updated_at, thing_id)
SELECT row_number() OVER (ORDER BY o), var, value, NULL, timestamp '2022-11-01 09:30:00' + make_interval(hours => o), timestamp '2022-11-01 09:30:00' + make_interval(hours => o), NULL FROM (VALUES
  (1, 'site_title', E'--- Fernwood Social\n'),
  (2, 'site_short_description', E'--- A friendly Mastodon server for Fernwood and the valley: neighbours, clubs, local businesses.\n'),
  (3, 'site_contact_username', E'--- ' || (SELECT uname FROM mgen.acc WHERE i = 1) || E'\n'),
  (4, 'site_contact_email', E'--- admin@social.fernwood.example\n'),
  (5, 'registrations_mode', E'--- approved\n'),
  (6, 'closed_registrations_message', E'--- Ask a member for an invite, or come and see us at the library on Saturdays.\n'),
  (7, 'site_extended_description', E'--- |-\n  Fernwood Social is run by volunteers and paid for by donations.\n  Moderators: ' || (SELECT '@' || string_agg(uname, ', @' ORDER BY i) FROM mgen.acc WHERE i <= 3) || E'.\n  Hosting costs are on our Open Collective page.\n'),
  (8, 'site_terms', E'--- Our terms follow the Mastodon server covenant. Be kind.\n'),
  (9, 'bootstrap_timeline_accounts', E'--- fernwood fernwoodlibrary weather\n'),
  (10, 'theme', E'--- mastodon-light\n'),
  (11, 'activity_api_enabled', E'--- true\n'),
  (12, 'peers_api_enabled', E'--- true\n'),
  (13, 'preview_sensitive_media', E'--- false\n'),
  (14, 'custom_css', E'--- ".column-link--transparent .icon-with-badge__badge { background: #3f7d4e; }"\n'),
  (15, 'profile_directory', E'--- true\n'),
  (16, 'trends', E'--- true\n'),
  (17, 'trendable_by_default', E'--- false\n'),
  (18, 'require_invite_text', E'--- true\n'),
  (19, 'show_domain_blocks', E'--- users\n'),
  (20, 'show_domain_blocks_rationale', E'--- users\n'),
  (21, 'content_cache_retention_period', E'--- 90\n'),
  (22, 'media_cache_retention_period', E'--- 14\n'),
  (23, 'status_page_url', E'--- https://status.fernwood.example\n'),
  (24, 'noindex', E'--- true\n'),
  (25, 'timeline_preview', E'--- false\n'),
  (26, 'hide_followers_count', E'--- false\n'),
  -- a patch the admins carry sends mail through this relay instead of the SMTP_* environment
  (27, 'smtp_settings', E'---\naddress: smtp.eu.mailgun.org\nport: 587\nuser_name: postmaster@mg.social.fernwood.example\npassword: ' || fixture_gen.hexn('msmtp', 1, 32) || '-' || fixture_gen.hexn('msmtq', 1, 8) || '-' || fixture_gen.hexn('msmtr', 1, 8) || E'\nauthentication: plain\nenable_starttls_auto: true\n'),
  (28, 'backups_retention_period', E'--- 7\n')) v(o, var, value);
-- per-user rows left from Mastodon 3.x (4.2 copied them into users.settings)
INSERT INTO settings (id, var, value, thing_type, created_at, updated_at, thing_id)
SELECT 100 + row_number() OVER (ORDER BY u.id, v.var), v.var, v.value, 'User', u.created_at, u.created_at, u.id
FROM users u CROSS JOIN (VALUES ('default_privacy', E'--- unlisted\n'), ('notification_emails', E'---\nfollow: false\nreblog: false\nfavourite: false\nmention: true\nfollow_request: true\ndigest: true\n'),
    ('interactions', E'---\nmust_be_follower: false\nmust_be_following: false\nmust_be_following_dm: true\n')) v(var, value)
WHERE u.id <= 120 AND u.id % 4 = 1;

CREATE TABLE site_uploads (
    id bigint PRIMARY KEY,
    var varchar DEFAULT '' NOT NULL,
    file_file_name varchar,
    file_content_type varchar,
    file_file_size integer,
    file_updated_at timestamp,
    meta json,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    blurhash varchar
);
INSERT INTO site_uploads VALUES
 (1, 'thumbnail', 'fernwood-valley-banner.jpg', 'image/jpeg', 412933, '2022-11-02 10:00:00', '{"original":{"width":1920,"height":1080},"@1x":{"width":600,"height":338},"@2x":{"width":1200,"height":675}}', '2022-11-02 10:00:00', '2022-11-02 10:00:00', mgen.blurhash('msu', 1)),
 (2, 'mascot', 'heron-mascot.png', 'image/png', 88211, '2022-11-02 10:05:00', '{"original":{"width":400,"height":560}}', '2022-11-02 10:05:00', '2022-11-02 10:05:00', NULL),
 (3, 'favicon', 'fernwood-leaf.png', 'image/png', 4410, '2023-03-01 18:00:00', '{"original":{"width":256,"height":256}}', '2023-03-01 18:00:00', '2023-03-01 18:00:00', NULL),
 (4, 'app_icon', 'fernwood-leaf-app.png', 'image/png', 18233, '2023-03-01 18:01:00', '{"original":{"width":1024,"height":1024}}', '2023-03-01 18:01:00', '2023-03-01 18:01:00', NULL);

CREATE TABLE rules (
    id bigint PRIMARY KEY,
    priority integer DEFAULT 0 NOT NULL,
    deleted_at timestamp,
    text text DEFAULT '' NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    hint text DEFAULT '' NOT NULL
);
INSERT INTO rules VALUES
 (1, 0, NULL, 'No racism, sexism, homophobia, transphobia or other discrimination.', '2022-11-01 10:00:00', '2022-11-01 10:00:00', ''),
 (2, 1, NULL, 'No harassment or dogpiling.', '2022-11-01 10:00:00', '2022-11-01 10:00:00', 'Includes following someone to other servers after they block you.'),
 (3, 2, NULL, 'Do not share other people''s personal information (addresses, phone numbers, workplaces) without their consent.', '2022-11-01 10:00:00', '2022-11-01 10:00:00', 'Your own is fine.'),
 (4, 3, NULL, 'Use content warnings for graphic content, politics and spoilers.', '2022-11-01 10:00:00', '2023-02-01 10:00:00', ''),
 (5, 4, NULL, 'Bots must be marked as bots and post unlisted.', '2022-11-01 10:00:00', '2022-11-01 10:00:00', ''),
 (6, 5, NULL, 'Commercial accounts are welcome if they are local and not spammy.', '2023-01-10 10:00:00', '2023-01-10 10:00:00', 'Max. three promotional posts a week.'),
 (7, 6, '2023-01-10 10:00:00', 'No advertising.', '2022-11-01 10:00:00', '2023-01-10 10:00:00', '');

CREATE TABLE announcements (
    id bigint PRIMARY KEY,
    text text DEFAULT '' NOT NULL,
    published boolean DEFAULT false NOT NULL,
    all_day boolean DEFAULT false NOT NULL,
    scheduled_at timestamp,
    starts_at timestamp,
    ends_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    published_at timestamp,
    status_ids bigint[]
);
INSERT INTO announcements
SELECT k, CASE k % 8
         WHEN 0 THEN 'Scheduled maintenance on ' || to_char(t, 'FMDay FMDD FMMonth') || ', 23:00-23:30 UTC. We are upgrading to the latest Mastodon release.'
         WHEN 1 THEN 'Please welcome @' || (SELECT uname FROM mgen.acc WHERE i = 9 + k * 11 % 290) || ' to the moderation team!'
         WHEN 2 THEN 'Our hosting bill is paid until ' || to_char(t + interval '6 months', 'FMMonth YYYY') || '. Thank you to everyone who chipped in!'
         WHEN 3 THEN 'The meet-up is on Saturday at the Crown from 2pm. Ask for ' || (SELECT first FROM mgen.acc WHERE i = 1) || ' at the bar.'
         WHEN 4 THEN 'Reminder: use content warnings for election posts.'
         WHEN 5 THEN 'We now block sign-ups from disposable email providers.'
         WHEN 6 THEN 'Lost property from the meet-up: a blue umbrella and a scarf. Contact ' || (SELECT '@' || uname FROM mgen.acc WHERE i = 2) || '.'
         ELSE 'The Fernwood Library account is verified: look for the green Library staff badge.' END,
       k % 5 <> 4, k % 4 = 0, CASE WHEN k % 5 = 4 THEN t + interval '2 days' END,
       CASE WHEN k % 4 = 0 THEN t::date + 1 END, CASE WHEN k % 4 = 0 THEN t::date + 2 END, t, t, CASE WHEN k % 5 <> 4 THEN t END, NULL
FROM generate_series(1, 24) k CROSS JOIN LATERAL (SELECT timestamp '2022-11-15 12:00:00' + make_interval(days => k * 31) AS t) x;

CREATE TABLE instances (
    domain varchar,
    accounts_count bigint
);
INSERT INTO instances SELECT domain, count(*) FROM accounts WHERE domain IS NOT NULL GROUP BY domain;

CREATE TABLE relays (
    id bigint PRIMARY KEY,
    inbox_url varchar DEFAULT '' NOT NULL,
    follow_activity_id varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    state integer DEFAULT 0 NOT NULL
);
INSERT INTO relays VALUES
 (1, 'https://relay.fedi.buzz/tag/fernwood', 'https://social.fernwood.example/' || fixture_gen.uuid('mrel', 1), '2023-01-20 19:00:00', '2023-01-20 19:00:00', 2),
 (2, 'https://relay.intahnet.co.uk/inbox', 'https://social.fernwood.example/' || fixture_gen.uuid('mrel', 2), '2023-02-11 09:30:00', '2023-02-11 09:30:00', 2),
 (3, 'https://relay.toot.yukimochi.jp/inbox', NULL, '2023-05-02 21:14:00', '2023-05-02 21:14:00', 0),
 (4, 'https://relay.mastodon.scot/inbox', 'https://social.fernwood.example/' || fixture_gen.uuid('mrel', 4), '2023-08-19 08:00:00', '2023-09-01 08:00:00', 3);

CREATE TABLE webhooks (
    id bigint PRIMARY KEY,
    url varchar NOT NULL,
    events varchar[] DEFAULT '{}' NOT NULL,
    secret varchar DEFAULT '' NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL,
    template text
);
INSERT INTO webhooks VALUES
 (1, 'https://discord.com/api/webhooks/11' || fixture_gen.digits('mwhd', 1, 17) || '/' || translate(mgen.tok('mwhe', 1, 68), 'xQ7', '-_K'), ARRAY['report.created'], fixture_gen.hexn('mwhs', 1, 40), true,
     '2023-02-01 20:00:00', '2023-02-01 20:00:00', '{"content": "New report #{{object.id}} against {{object.target_account.username}}: {{object.comment}}"}'),
 (2, 'https://hooks.slack.com/services/T0' || upper(mgen.tok('mwhf', 2, 8)) || '/B0' || upper(mgen.tok('mwhg', 2, 9)) || '/' || mgen.tok('mwhh', 2, 24), ARRAY['account.approved', 'account.created'], fixture_gen.hexn('mwhs', 2, 40), false,
     '2023-03-15 18:00:00', '2023-06-01 18:00:00', NULL),
 (3, 'https://n8n.fernwood.example/webhook/' || fixture_gen.uuid('mwhn', 3), ARRAY['status.created', 'status.updated'], fixture_gen.hexn('mwhs', 3, 40), true, '2023-09-09 11:00:00', '2023-09-09 11:00:00', NULL),
 (4, 'https://modbot.fernwood.example/hooks/mastodon?token=' || mgen.tok('mwht', 4, 32), ARRAY['report.created', 'report.updated', 'account.created'], fixture_gen.hexn('mwhs', 4, 40), true,
     '2024-01-05 11:00:00', '2024-01-05 11:00:00', NULL),
 (5, 'https://ntfy.sh/fernwood-mods-' || mgen.hx('mwhy', 5, 12), ARRAY['report.created'], fixture_gen.hexn('mwhs', 5, 40), true, '2024-04-12 09:00:00', '2024-04-12 09:00:00', '{"message":"Report {{object.id}}"}');

-- ---------------------------------------------------------------- Rails bookkeeping
CREATE TABLE schema_migrations (
    version varchar PRIMARY KEY
);
INSERT INTO schema_migrations
SELECT to_char(timestamp '2016-02-22 15:00:00' + make_interval(days => k * 33) + make_interval(secs => fixture_gen.n('msm', k, 86400)), 'YYYYMMDDHH24MISS') FROM generate_series(1, 90) k;

CREATE TABLE ar_internal_metadata (
    key varchar PRIMARY KEY,
    value varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2022-11-01 09:02:39', '2022-11-01 09:02:39'),
    ('schema_sha1', fixture_gen.hexn('msha', 1, 40), '2022-11-01 09:02:39', '2024-10-08 14:10:02');

-- ---------------------------------------------------------------- done
DROP SCHEMA mgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
