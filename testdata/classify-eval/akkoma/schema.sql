-- classify-eval fixture (HOLDOUT 27: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- database of an Akkoma 3.x instance (the Pleroma fork: an ActivityPub
-- microblogging server in Elixir) on PostgreSQL, in the naming its Ecto
-- migrations create (plural snake_case tables, FlakeId keys stored as uuid,
-- bigserial keys elsewhere, inserted_at/updated_at timestamps without time
-- zone, much jsonb, varchar[] and text[]), a subset of its tables with their
-- real columns and types.
-- "akko.lanternworks.example", the server of Lanternworks, a hackerspace and
-- makers' community: 150 local users (the admin, two moderators, the
-- space's own account, a door-status bot, members) beside 250 remote
-- accounts of Mastodon, Pleroma/Akkoma, Misskey and GoToSocial servers.
-- users holds handles, display names, emails, pbkdf2-sha512 hashes, bios in
-- HTML and as typed (raw_bio) giving phones, emails and birthplaces, avatar
-- JSON whose uploaded file names name people, PEM RSA private keys in
-- `keys`, actor URLs and collections built from the nickname, profile
-- fields (website, pronouns, Matrix id, phone, location) rendered and raw,
-- also_known_as of earlier accounts, birthdays, registration reasons,
-- confirmation tokens, the Pleroma-FE settings store with highlighted
-- handles and muted names, and MFA settings JSON with the TOTP secret and
-- backup-code hashes. activities and objects hold the ActivityPub JSON:
-- notes with mentions, phones, emails and addresses, attachments named
-- after people with alt text, reports (Flag) with the reporter's comment,
-- profile updates; recipients arrays of actor URLs. OAuth apps, codes,
-- tokens and MFA tokens; reset and invite tokens; SSO registrations with
-- the provider's profile JSON; filters and lists naming people; chats;
-- scheduled posts; moderators' report notes and the moderation log; users'
-- private notes on others; the config table's Erlang terms holding the
-- SMTP password, an S3 secret and the welcome message; instances with
-- nodeinfo naming staff; push subscriptions; backups named after the
-- nickname; link preview cards of personal pages; signing keys; Oban jobs
-- whose args keep encoded emails with reset links and incoming activities.
-- Lookup and bookkeeping tables (hashtags, counters, markers, data
-- migrations) hold nothing personal. hashtags.name is citext in Akkoma and
-- varchar here (the fixtures use no extensions). Beside them, an `lw_ops`
-- schema the admins keep for the space (member sign-ups with door-fob
-- numbers, IBANs and emergency contacts, donations, the abuse mailbox, the
-- servers, a media purge log): tables Akkoma does not create, added so the
-- fixture reaches 400 columns (Akkoma's own tables here hold 359).
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA xgen;

-- flake: a FlakeId (64-bit milliseconds, 48-bit worker, 16-bit sequence)
-- in the uuid form Akkoma stores it in.
CREATE FUNCTION xgen.flake(t timestamp, k bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 16, '0') || '3f1c9a02be71' || lpad(to_hex(k % 65536), 4, '0'))::uuid
$$;

-- fid: the same FlakeId in its base62 text form (as in URLs and markers).
CREATE FUNCTION xgen.fid(t timestamp, k bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'A' || fixture_gen.chars('fid' || extract(epoch FROM t)::bigint, k, 17)
$$;

-- tok: URL-safe unpadded base64 of len bytes (Base.url_encode64 of
-- :crypto.strong_rand_bytes, as Pleroma makes its tokens).
CREATE FUNCTION xgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+/', '-_'), '=') $$;

-- ab64: adapted base64 ('.' for '+', no padding) as in modular crypt hashes.
CREATE FUNCTION xgen.ab64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+', '.'), '=') $$;

-- pw: a Pbkdf2 hash in the format Pleroma's Pbkdf2 module writes.
CREATE FUNCTION xgen.pw(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$pbkdf2' || '-sha512$160000$' || xgen.ab64(tag || 's', i, 16) || '$' || xgen.ab64(tag || 'h', i, 64)
$$;

-- pem: a PEM block of nbytes pseudo-random bytes after a DER prefix, in
-- 64-character lines; the armour is assembled so no line looks like a key.
CREATE FUNCTION xgen.pem(label text, prefix text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----' || 'BEGIN ' || label || E'-----\n'
      || rtrim(regexp_replace(prefix || translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || b || ':' || i, 'UTF8')), ''::bytea ORDER BY b), 1, nbytes), 'base64'), E'\n', ''), '(.{64})', E'\\1\n', 'g'), E'\n')
      || E'\n-----' || 'END ' || label || E'-----\n'
  FROM generate_series(1, (nbytes + 63) / 64) b
$$;

CREATE FUNCTION xgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

CREATE FUNCTION xgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v', i, 4) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END
$$;

CREATE FUNCTION xgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Husky/1.7.3 Android/14', 'Tusky/25.2 Android/13', 'Fedilab/3.27.1 Android/14', 'Mangane/1.1 (iPad; iPadOS 17.3)',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'], tag, i)
$$;

-- ht: HTML-escape a text.
CREATE FUNCTION xgen.ht(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') $$;

-- People behind the accounts: 1-150 local, 151-400 remote.
CREATE TABLE xgen.p AS
SELECT i, i <= 150 AS local,
       CASE WHEN i <= 150 THEN 'local' ELSE (ARRAY['mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'mastodon', 'akkoma', 'akkoma', 'pleroma',
            'misskey', 'misskey', 'gts'])[1 + fixture_gen.n('xsoft', i, 12)] END AS soft,
       fixture_gen.first_name('xfn', i) AS first, fixture_gen.last_name('xln', i) AS last,
       fixture_gen.n('xus', i, 7) AS ustyle, true AS person
FROM generate_series(1, 400) i;
ALTER TABLE xgen.p ADD COLUMN domain text, ADD COLUMN nick text, ADD COLUMN uname text, ADD COLUMN dname text, ADD COLUMN created timestamp, ADD COLUMN id uuid,
    ADD COLUMN ap text, ADD COLUMN url text, ADD COLUMN base text, ADD COLUMN city text, ADD COLUMN email text, ADD COLUMN phone text;
UPDATE xgen.p SET domain = CASE soft
      WHEN 'local' THEN 'akko.lanternworks.example'
      WHEN 'mastodon' THEN fixture_gen.pick(ARRAY['mastodon.social', 'hachyderm.io', 'chaos.social', 'fosstodon.org', 'mastodon.ie', 'det.social', 'mstdn.jp', 'toot.cat'], 'xdom', i)
      WHEN 'akkoma' THEN fixture_gen.pick(ARRAY['akko.wtf', 'fedi.kittenhaus.example', 'social.tinkerers.example'], 'xdom', i)
      WHEN 'pleroma' THEN fixture_gen.pick(ARRAY['pleroma.envs.net', 'pl.moss-garden.example'], 'xdom', i)
      WHEN 'misskey' THEN fixture_gen.pick(ARRAY['misskey.io', 'sharkey.yarn.example'], 'xdom', i)
      ELSE 'gts.' || fixture_gen.ascii(first) || fixture_gen.ascii(last) || '.example' END,
    uname = CASE ustyle
      WHEN 0 THEN fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last)
      WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last)
      WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
      WHEN 3 THEN fixture_gen.ascii(first) || (10 + fixture_gen.n('xusd', i, 89))::text
      WHEN 4 THEN fixture_gen.ascii(first)
      ELSE fixture_gen.pick(ARRAY['solderfox', 'lathe_witch', 'bitflip', 'kilnmouse', 'resistorcat', 'bramblebot', 'fluxcapa', 'tinkerjay', 'wirewren',
           'pcbpunk', 'vacuumtube', 'sawdustsam', 'loomlark', 'ohmygoat', 'crochetcrow', 'gcode_gremlin'], 'xps', i) END,
    city = fixture_gen.city('xcity', i),
    phone = fixture_gen.phone('xph', i),
    created = CASE WHEN i <= 150 THEN timestamp '2022-11-06 10:00:00' + make_interval(secs => (i - 1) * 3600 * 31 + fixture_gen.n('xcr', i, 86400))
                   ELSE timestamp '2022-11-10 00:00:00' + make_interval(secs => fixture_gen.n('xcr', i, 50000000)) END;
UPDATE xgen.p SET person = false, first = NULL, last = NULL, uname = v.u, dname = v.d
FROM (VALUES (3, 'lanternworks', 'Lanternworks Hackerspace'), (4, 'doorbot', 'Lanternworks door status 🚪'), (5, 'relay', 'relay'),
             (171, 'fosstodon', 'Fosstodon Admins'), (212, 'akkoma_news', 'Akkoma Releases')) v(i, u, d)
WHERE p.i = v.i;
UPDATE xgen.p a SET uname = a.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY domain, uname ORDER BY i) AS rn FROM xgen.p) d
WHERE d.i = a.i AND d.rn > 1;
UPDATE xgen.p SET nick = CASE WHEN local THEN uname ELSE uname || '@' || domain END,
    dname = CASE WHEN NOT person THEN dname ELSE CASE fixture_gen.n('xdn', i, 9)
      WHEN 0 THEN first
      WHEN 1 THEN first || ' ' || last || ' (' || fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they', 'any/all'], 'xpr', i) || ')'
      WHEN 2 THEN ':' || fixture_gen.pick(ARRAY['blobcat', 'neocat', 'flag_ie', 'trans_flag', 'soldering_iron'], 'xde', i) || ': ' || first || ' ' || last
      WHEN 3 THEN CASE WHEN ustyle >= 5 THEN initcap(replace(uname, '_', ' ')) ELSE first || ' ' || last END
      WHEN 4 THEN upper(substr(first, 1, 1)) || '. ' || last
      ELSE first || ' ' || last END END,
    email = CASE WHEN NOT local THEN NULL ELSE CASE fixture_gen.n('xem', i, 5)
      WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'posteo.de', 'fastmail.com', 'outlook.com', 'icloud.com'], 'xed', i)
      WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'hotmail.com'], 'xed', i)
      WHEN 2 THEN uname || '@' || fixture_gen.pick(ARRAY['riseup.net', 'disroot.org', 'tutanota.com'], 'xed', i)
      WHEN 3 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['uni-kestrel.example', 'northgate-hospital.example', 'gmx.net'], 'xed', i)
      ELSE fixture_gen.ascii(first) || '@' || fixture_gen.ascii(last) || '.example' END END;
UPDATE xgen.p SET email = v.e FROM (VALUES (3, 'hello@lanternworks.example'), (4, 'doorbot@lanternworks.example'), (5, NULL)) v(i, e) WHERE p.i = v.i;
UPDATE xgen.p SET email = replace(email, '@', d.rn || '@') FROM (SELECT i AS j, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM xgen.p WHERE local) d
WHERE d.j = p.i AND d.rn > 1;
UPDATE xgen.p SET id = xgen.flake(created, i), base = 'https://' || domain;
UPDATE xgen.p SET ap = base || '/users/' || CASE WHEN soft = 'misskey' THEN substr(md5('xaid' || i), 1, 10) ELSE uname END,
    url = base || CASE soft WHEN 'mastodon' THEN '/@' || uname WHEN 'misskey' THEN '/@' || uname WHEN 'gts' THEN '/@' || uname ELSE '/users/' || uname END;
CREATE UNIQUE INDEX ON xgen.p (i);

-- ---------------------------------------------------------------- users
CREATE TABLE users (
    id uuid PRIMARY KEY,
    email varchar(255),
    password_hash varchar(255),
    name varchar(255),
    nickname varchar(255),
    bio text,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    ap_id varchar(255),
    avatar jsonb,
    local boolean DEFAULT true,
    follower_address varchar(255),
    last_refreshed_at timestamp(0),
    tags varchar(255)[] DEFAULT '{}' NOT NULL,
    last_digest_emailed_at timestamp(0),
    following_address varchar(255),
    keys text,
    banner jsonb DEFAULT '{}',
    background jsonb DEFAULT '{}',
    note_count integer DEFAULT 0 NOT NULL,
    follower_count integer DEFAULT 0 NOT NULL,
    following_count integer DEFAULT 0 NOT NULL,
    is_locked boolean DEFAULT false NOT NULL,
    is_confirmed boolean DEFAULT true NOT NULL,
    password_reset_pending boolean DEFAULT false NOT NULL,
    is_approved boolean DEFAULT true NOT NULL,
    registration_reason text,
    confirmation_token text,
    default_scope varchar(255) DEFAULT 'public',
    domain_blocks text[] DEFAULT '{}' NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    no_rich_text boolean DEFAULT false NOT NULL,
    ap_enabled boolean DEFAULT false NOT NULL,
    is_moderator boolean DEFAULT false NOT NULL,
    is_admin boolean DEFAULT false NOT NULL,
    show_role boolean DEFAULT true NOT NULL,
    uri text,
    hide_followers_count boolean DEFAULT false NOT NULL,
    hide_follows_count boolean DEFAULT false NOT NULL,
    hide_followers boolean DEFAULT false NOT NULL,
    hide_follows boolean DEFAULT false NOT NULL,
    hide_favorites boolean DEFAULT true NOT NULL,
    email_notifications jsonb DEFAULT '{"digest": false}',
    mascot jsonb,
    emoji jsonb DEFAULT '{}',
    pleroma_settings_store jsonb DEFAULT '{}',
    fields jsonb DEFAULT '[]',
    raw_fields jsonb DEFAULT '[]',
    is_discoverable boolean DEFAULT false NOT NULL,
    invisible boolean DEFAULT false NOT NULL,
    allow_following_move boolean DEFAULT true NOT NULL,
    skip_thread_containment boolean DEFAULT false NOT NULL,
    actor_type varchar(255) DEFAULT 'Person' NOT NULL,
    also_known_as text[] DEFAULT '{}',
    inbox text,
    shared_inbox text,
    accepts_chat_messages boolean,
    last_active_at timestamp(0),
    disclose_client boolean DEFAULT true,
    pinned_objects jsonb DEFAULT '{}' NOT NULL,
    is_suggested boolean DEFAULT false NOT NULL,
    last_status_at timestamp(0),
    birthday date,
    show_birthday boolean DEFAULT false NOT NULL,
    language varchar(255),
    status_ttl_days integer,
    notification_settings jsonb DEFAULT '{}' NOT NULL,
    multi_factor_authentication_settings jsonb DEFAULT '{}',
    raw_bio text,
    featured_address varchar(255),
    public_key text,
    permit_followback boolean DEFAULT false,
    mastofe_settings jsonb,
    unread_conversation_count integer DEFAULT 0
);
CREATE UNIQUE INDEX users_ap_id_index ON users (ap_id);
CREATE UNIQUE INDEX users_nickname_index ON users (nickname);

INSERT INTO users
SELECT p.id,
    p.email,
    CASE WHEN p.local AND p.i <> 5 THEN xgen.pw('xpw', p.i) END,
    p.dname,
    p.nick,
    CASE WHEN NOT p.person THEN CASE p.i WHEN 3 THEN '<p>Hackerspace on Quay Street. Open nights Tue &amp; Thu 18:00–23:00. Laser cutter, lathe, 3D printers, a very old oscilloscope.</p>'
                                         WHEN 4 THEN '<p>I post when the space opens and closes. Beep.</p>' ELSE '' END
         ELSE CASE fixture_gen.n('xbio', p.i, 9)
      WHEN 0 THEN '<p>Maker, tinkerer. Mostly ' || fixture_gen.pick(ARRAY['mechanical keyboards', 'retro computers', 'knitting machines', 'ham radio', 'woodturning', 'synths'], 'xbt', p.i) || ' and bad puns.</p>'
      WHEN 1 THEN '<p>' || p.city || ' · ' || fixture_gen.pick(ARRAY['nurse', 'teacher', 'PhD student', 'electrician', 'sysadmin', 'bike mechanic'], 'xjob', p.i) || ' · Signal: ' || p.phone || '</p>'
      WHEN 2 THEN '<p>Born ' || to_char(fixture_gen.birth_date('xbd', p.i), 'DD Mon YYYY') || ' in ' || fixture_gen.city('xbc', p.i) || '. Married to <span class="h-card"><a class="u-url mention" href="https://akko.lanternworks.example/users/' || fixture_gen.ascii(fixture_gen.first_name('xsp', p.i)) || '">@<span>' || fixture_gen.ascii(fixture_gen.first_name('xsp', p.i)) || '</span></a></span>.</p>'
      WHEN 3 THEN '<p>Commissions open! Email me: <a href="mailto:' || coalesce(p.email, p.uname || '@gmail.com') || '">' || coalesce(p.email, p.uname || '@gmail.com') || '</a></p>'
      WHEN 4 THEN ''
      WHEN 5 THEN '<p>' || fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them'], 'xpr', p.i) || '. Works at ' || fixture_gen.pick(ARRAY['Northgate Hospital', 'Kestrel University', 'the city library', 'a bakery on Mill Road'], 'xwk', p.i) || '. Opinions my cat''s.</p>'
      WHEN 6 THEN '<p>Fixing things since 1987. Repair café volunteer every first Saturday.</p>'
      ELSE '<p>' || p.first || ', ' || (19 + fixture_gen.n('xage', p.i, 50))::text || ', ' || p.city || '. Queer, disabled, tired. No DMs from strangers please.</p>' END END,
    p.created,
    p.created + make_interval(days => fixture_gen.n('xup', p.i, 500)),
    p.ap,
    CASE WHEN fixture_gen.n('xav', p.i, 6) = 0 THEN NULL ELSE jsonb_build_object('id', p.base || '/media/' || fixture_gen.uuid('xavu', p.i), 'type', 'Image',
         'name', CASE fixture_gen.n('xavn', p.i, 4) WHEN 0 THEN fixture_gen.ascii(coalesce(p.first, p.uname)) || '_' || fixture_gen.ascii(coalesce(p.last, '')) || '_portrait.jpg'
                  WHEN 1 THEN 'IMG_' || fixture_gen.digits('xavd', p.i, 8) || '_' || fixture_gen.digits('xave', p.i, 6) || '.jpg'
                  WHEN 2 THEN coalesce(p.first || ' ' || p.last, p.dname) || ' 2023.png' ELSE 'avatar.png' END,
         'url', jsonb_build_array(jsonb_build_object('href', p.base || '/media/' || fixture_gen.hexn('xavh', p.i, 64) || '.' || CASE WHEN fixture_gen.n('xavn', p.i, 4) = 2 THEN 'png' ELSE 'jpg' END,
              'mediaType', 'image/jpeg', 'type', 'Link'))) END,
    p.local,
    p.ap || '/followers',
    CASE WHEN NOT p.local THEN timestamp '2024-05-01 00:00:00' + make_interval(secs => fixture_gen.n('xlr', p.i, 5000000)) END,
    CASE WHEN p.i IN (61, 97, 233, 301) THEN ARRAY['mrf_tag:media-force-nsfw']::varchar[] WHEN p.i IN (288, 354) THEN ARRAY['mrf_tag:force-unlisted', 'mrf_tag:sandbox']::varchar[] ELSE '{}' END,
    CASE WHEN p.local AND fixture_gen.n('xdg', p.i, 3) = 0 THEN timestamp '2024-06-01 06:00:00' + make_interval(secs => fixture_gen.n('xdgt', p.i, 2000000)) END,
    p.ap || '/following',
    CASE WHEN p.local THEN xgen.pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 'xkey', p.i, 1180) END,
    CASE WHEN fixture_gen.n('xbn', p.i, 3) = 0 THEN '{}'::jsonb ELSE jsonb_build_object('id', p.base || '/media/' || fixture_gen.uuid('xbnu', p.i), 'type', 'Image',
         'name', fixture_gen.pick(ARRAY['header.jpg', 'IMG_20230812_181233.jpg', 'moorland-panorama.jpg', 'workbench.png', 'Screenshot 2024-01-03 at 21.14.09.png', 'sunset.jpeg'], 'xbnn', p.i),
         'url', jsonb_build_array(jsonb_build_object('href', p.base || '/media/' || fixture_gen.hexn('xbnh', p.i, 64) || '.jpg', 'mediaType', 'image/jpeg', 'type', 'Link'))) END,
    CASE WHEN p.local AND fixture_gen.n('xbg', p.i, 8) = 0 THEN jsonb_build_object('type', 'Image', 'url', jsonb_build_array(jsonb_build_object('href', p.base || '/media/' || fixture_gen.hexn('xbgh', p.i, 64) || '.png', 'mediaType', 'image/png', 'type', 'Link'))) ELSE '{}'::jsonb END,
    fixture_gen.n('xnc', p.i, 4000), fixture_gen.n('xfc', p.i, 900), fixture_gen.n('xgc', p.i, 600),
    fixture_gen.n('xlk', p.i, 7) = 0,
    NOT (p.local AND p.i IN (141, 146, 149)),
    p.local AND p.i IN (38, 122),
    NOT (p.local AND p.i IN (144, 147, 150)),
    CASE WHEN p.local AND p.i > 5 THEN CASE fixture_gen.n('xrr', p.i, 6)
      WHEN 0 THEN 'I''m a member of Lanternworks since last spring, my fob number is ' || (1000 + p.i)::text || '. ' || p.first || ' from the Tuesday electronics night.'
      WHEN 1 THEN 'Friend of ' || fixture_gen.full_name('xrf', p.i) || ', who said I should join. I do embroidery and want to learn the laser cutter.'
      WHEN 2 THEN 'Local to ' || p.city || ', I run the repair café at St Anne''s. You can call me on ' || p.phone || ' if you need to check.'
      WHEN 3 THEN 'hackerspace member'
      WHEN 4 THEN 'I want to move from mastodon.social to somewhere smaller and local.'
      ELSE NULL END END,
    CASE WHEN p.local AND p.i IN (141, 146, 149) THEN xgen.tok('xct', p.i, 32) END,
    fixture_gen.pick(ARRAY['public', 'public', 'unlisted', 'private'], 'xds', p.i),
    CASE WHEN p.local AND fixture_gen.n('xdb', p.i, 5) = 0 THEN ARRAY['freespeechextremist.example', 'poa.example', 'brighteon.example'] ELSE '{}' END,
    NOT (p.i IN (57, 233, 288, 390)),
    p.local AND fixture_gen.n('xnr', p.i, 15) = 0,
    true,
    p.i IN (6, 7),
    p.i IN (1, 2),
    true,
    CASE WHEN NOT p.local THEN p.url END,
    false, false, fixture_gen.n('xhf', p.i, 6) = 0, fixture_gen.n('xhg', p.i, 6) = 0, true,
    CASE WHEN p.local THEN jsonb_build_object('digest', fixture_gen.n('xdg', p.i, 3) = 0) ELSE '{"digest": false}'::jsonb END,
    CASE WHEN p.local AND fixture_gen.n('xmc', p.i, 4) = 0 THEN jsonb_build_object('id', 'default-mascot', 'url', '/images/pleroma-fox-tan-smol.png', 'type', 'image',
         'pleroma', jsonb_build_object('mime_type', 'image/png')) END,
    CASE WHEN NOT p.local AND fixture_gen.n('xemj', p.i, 3) = 0 THEN jsonb_build_object(fixture_gen.pick(ARRAY['blobcat', 'neocat_heart', 'verified', 'rainbow', 'soldering_iron'], 'xde', p.i),
         p.base || '/emoji/' || fixture_gen.pick(ARRAY['blobcat', 'neocat_heart', 'verified', 'rainbow', 'soldering_iron'], 'xde', p.i) || '.png') ELSE '{}'::jsonb END,
    CASE WHEN p.local AND fixture_gen.n('xps', p.i, 5) < 3 THEN jsonb_build_object('pleroma-fe', jsonb_build_object(
         'theme', fixture_gen.pick(ARRAY['pleroma-dark', 'pleroma-light', 'redmond-xx', 'breezy-dark'], 'xth', p.i),
         'hideMutedPosts', true, 'collapseMessageWithSubject', fixture_gen.n('xcm', p.i, 2) = 0,
         'muteWords', CASE fixture_gen.n('xmw', p.i, 4) WHEN 0 THEN jsonb_build_array('crypto', 'nft') WHEN 1 THEN jsonb_build_array(fixture_gen.full_name('xmwn', p.i), 'elon')
                       WHEN 2 THEN jsonb_build_array('uspol', fixture_gen.last_name('xmwl', p.i)) ELSE '[]'::jsonb END,
         'highlight', CASE WHEN fixture_gen.n('xhl', p.i, 2) = 0 THEN jsonb_build_object(
              (SELECT q.nick FROM xgen.p q WHERE q.i = 151 + fixture_gen.n('xhlu', p.i, 250)), jsonb_build_object('type', 'striped', 'color', '#a4c2f4'),
              (SELECT q.nick FROM xgen.p q WHERE q.i = 6 + fixture_gen.n('xhlv', p.i, 140)), jsonb_build_object('type', 'solid', 'color', '#f4cccc')) ELSE '{}'::jsonb END,
         'notificationVisibility', jsonb_build_object('follows', true, 'mentions', true, 'likes', fixture_gen.n('xnl', p.i, 2) = 0, 'repeats', true))) ELSE '{}'::jsonb END,
    '[]'::jsonb, '[]'::jsonb,
    fixture_gen.n('xdi', p.i, 3) > 0,
    p.i = 5,
    true,
    false,
    CASE WHEN p.i IN (4, 212) THEN 'Service' WHEN p.i = 5 THEN 'Application' WHEN p.i IN (3, 171) THEN 'Group' ELSE 'Person' END,
    '{}',
    p.ap || '/inbox',
    p.base || '/inbox',
    p.local OR fixture_gen.n('xacm', p.i, 2) = 0,
    CASE WHEN p.local THEN timestamp '2024-06-20 00:00:00' + make_interval(secs => fixture_gen.n('xla', p.i, 700000)) END,
    fixture_gen.n('xdcl', p.i, 4) > 0,
    '{}'::jsonb,
    p.i IN (3, 12, 40),
    CASE WHEN fixture_gen.n('xnc', p.i, 4000) > 0 THEN timestamp '2024-05-01 00:00:00' + make_interval(secs => fixture_gen.n('xls', p.i, 5000000)) END,
    CASE WHEN p.person AND fixture_gen.n('xbday', p.i, 4) = 0 THEN fixture_gen.birth_date('xbd', p.i) END,
    p.person AND fixture_gen.n('xbday', p.i, 8) = 0,
    CASE WHEN p.local THEN fixture_gen.pick(ARRAY['en', 'en', 'en', 'de', 'fr', 'ja', 'pt-BR', 'pl'], 'xlang', p.i) END,
    CASE WHEN p.local AND fixture_gen.n('xttl', p.i, 9) = 0 THEN (ARRAY[30, 90, 365])[1 + fixture_gen.n('xttd', p.i, 3)] END,
    CASE WHEN p.local THEN jsonb_build_object('block_from_strangers', fixture_gen.n('xbs', p.i, 5) = 0, 'hide_notification_contents', fixture_gen.n('xhn', p.i, 6) = 0) ELSE '{}'::jsonb END,
    CASE WHEN p.local AND fixture_gen.n('xmfa', p.i, 4) = 0 THEN jsonb_build_object('enabled', true,
         'backup_codes', (SELECT jsonb_agg(xgen.pw('xbc' || k, p.i)) FROM generate_series(1, 5) k),
         'totp', jsonb_build_object('secret', xgen.b32('xtotp', p.i, 32), 'confirmed', true, 'delivery_type', 'app'))
         WHEN p.local THEN '{"enabled": false, "backup_codes": [], "totp": {"secret": null, "confirmed": false, "delivery_type": "app"}}'::jsonb ELSE '{}'::jsonb END,
    NULL,
    p.ap || '/collections/featured',
    xgen.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'xpub', p.i, 270),
    p.local AND fixture_gen.n('xpf', p.i, 4) = 0,
    CASE WHEN p.local AND fixture_gen.n('xmfe', p.i, 4) = 0 THEN jsonb_build_object('onboarded', true, 'introductionVersion', 20181216044202,
         'home', jsonb_build_object('shows', jsonb_build_object('reblog', true, 'reply', fixture_gen.n('xmfr', p.i, 2) = 0)),
         'columns', jsonb_build_array(jsonb_build_object('id', 'COMPOSE', 'uuid', fixture_gen.uuid('xmfc', p.i)), jsonb_build_object('id', 'HOME', 'uuid', fixture_gen.uuid('xmfh', p.i)),
              jsonb_build_object('id', 'HASHTAG', 'uuid', fixture_gen.uuid('xmft', p.i), 'params', jsonb_build_object('id', fixture_gen.pick(ARRAY['3dprinting', 'electronics', 'knitting', 'retrocomputing'], 'xmfx', p.i))))) END,
    fixture_gen.n('xucc', p.i, 4)
FROM xgen.p p ORDER BY p.i;

-- bios typed locally, profile fields, aliases, pins
UPDATE users u SET raw_bio = regexp_replace(regexp_replace(replace(replace(u.bio, '&amp;', '&'), '</p>', ''), '<[^>]+>', '', 'g'), '&[a-z]+;', '', 'g')
FROM xgen.p p WHERE p.id = u.id AND p.local;
UPDATE users u SET fields = f.fields, raw_fields = f.raw
FROM (SELECT p.id,
        jsonb_agg(jsonb_build_object('name', x.n, 'value', x.h) ORDER BY x.o) AS fields,
        jsonb_agg(jsonb_build_object('name', x.n, 'value', x.v) ORDER BY x.o) AS raw
      FROM xgen.p p CROSS JOIN LATERAL (VALUES
          (1, 'Website', 'https://' || fixture_gen.ascii(coalesce(p.first, '')) || '-' || fixture_gen.ascii(coalesce(p.last, p.uname)) || '.example',
              '<a href="https://' || fixture_gen.ascii(coalesce(p.first, '')) || '-' || fixture_gen.ascii(coalesce(p.last, p.uname)) || '.example" rel="me nofollow noopener noreferrer" target="_blank">' || fixture_gen.ascii(coalesce(p.first, '')) || '-' || fixture_gen.ascii(coalesce(p.last, p.uname)) || '.example</a>'),
          (2, 'Pronouns', fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they'], 'xpr', p.i), fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they'], 'xpr', p.i)),
          (3, 'Matrix', '@' || p.uname || ':matrix.org', '@' || p.uname || ':matrix.org'),
          (4, CASE WHEN fixture_gen.n('xf4', p.i, 2) = 0 THEN 'Phone' ELSE 'Location' END, CASE WHEN fixture_gen.n('xf4', p.i, 2) = 0 THEN p.phone ELSE p.city END, CASE WHEN fixture_gen.n('xf4', p.i, 2) = 0 THEN p.phone ELSE p.city END)
        ) x(o, n, v, h)
      WHERE p.person AND fixture_gen.n('xfld', p.i, 3) > 0 AND x.o <= 1 + fixture_gen.n('xfnum', p.i, 4)
      GROUP BY p.id) f
WHERE f.id = u.id;
UPDATE users u SET fields = '[{"name": "Open nights", "value": "Tue & Thu 18:00–23:00"}, {"name": "Website", "value": "<a href=\"https://lanternworks.example\" rel=\"me nofollow noopener noreferrer\" target=\"_blank\">lanternworks.example</a>"}]',
    raw_fields = '[{"name": "Open nights", "value": "Tue & Thu 18:00–23:00"}, {"name": "Website", "value": "https://lanternworks.example"}]'
FROM xgen.p p WHERE p.id = u.id AND p.i = 3;
UPDATE users u SET also_known_as = ARRAY['https://' || fixture_gen.pick(ARRAY['mastodon.social', 'mastodon.online', 'twitter-bridge.example', 'pleroma.envs.net'], 'xaka', p.i) || '/users/' || p.uname]
FROM xgen.p p WHERE p.id = u.id AND p.person AND fixture_gen.n('xaka', p.i, 7) = 0;
UPDATE users u SET pinned_objects = jsonb_build_object(
    CASE WHEN p.local THEN p.base || '/objects/' || fixture_gen.uuid('xpin', p.i) WHEN p.soft = 'mastodon' THEN p.ap || '/statuses/' || (110000000000000000 + fixture_gen.n('xpin', p.i, 999999999))::text
         ELSE p.base || '/notes/' || substr(md5('xpin' || p.i), 1, 10) END,
    to_char(p.created + make_interval(days => 3 + fixture_gen.n('xpind', p.i, 200)), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
FROM xgen.p p WHERE p.id = u.id AND fixture_gen.n('xpinq', p.i, 5) = 0;

-- ---------------------------------------------------------------- objects
-- Notes: 1-700, by local users (two in three) and remote ones.
CREATE TABLE xgen.o AS
SELECT k, CASE WHEN k % 3 = 0 THEN 151 + fixture_gen.n('xoa', k, 250) ELSE 6 + fixture_gen.n('xoa', k, 145) END AS a,
       CASE WHEN k % 3 = 0 THEN 151 + fixture_gen.n('xob', k, 250) ELSE 1 + fixture_gen.n('xob', k, 150) END AS b,
       fixture_gen.n('xok', k, 14) AS kind,
       timestamp '2023-01-05 08:00:00' + make_interval(secs => k * 60000 + fixture_gen.n('xot', k, 50000)) AS t
FROM generate_series(1, 700) k;
ALTER TABLE xgen.o ADD COLUMN ap text, ADD COLUMN actor text, ADD COLUMN bap text, ADD COLUMN bnick text, ADD COLUMN aid uuid, ADD COLUMN txt text, ADD COLUMN html text,
    ADD COLUMN vis text, ADD COLUMN ctx text, ADD COLUMN followers text, ADD COLUMN local boolean, ADD COLUMN aid_user uuid;
UPDATE xgen.o o SET actor = a.ap, local = a.local, aid_user = a.id, bap = b.ap, bnick = b.nick, followers = a.ap || '/followers',
    ap = CASE WHEN a.local THEN a.base || '/objects/' || fixture_gen.uuid('xobj', o.k) WHEN a.soft = 'mastodon' THEN a.ap || '/statuses/' || (110500000000000000 + o.k * 1000003)::text
              WHEN a.soft = 'misskey' THEN a.base || '/notes/' || substr(md5('xmn' || o.k), 1, 10) ELSE a.base || '/objects/' || fixture_gen.uuid('xobj', o.k) END,
    ctx = CASE WHEN a.local OR a.soft IN ('akkoma', 'pleroma') THEN a.base || '/contexts/' || fixture_gen.uuid('xctx', o.k / 3) ELSE 'tag:' || a.domain || ',' || to_char(o.t, 'YYYY-MM-DD') || ':objectId=' || (o.k * 17)::text || ':objectType=Conversation' END,
    vis = CASE WHEN o.kind IN (8, 12) THEN 'direct' WHEN o.k % 11 = 0 THEN 'private' WHEN o.k % 7 = 0 THEN 'unlisted' ELSE 'public' END,
    txt = CASE o.kind
      WHEN 0 THEN 'Lost a black power bank at the space on Thursday night. If you find it, text me on ' || a.phone || ' 🙏'
      WHEN 1 THEN 'Selling my old Prusa Mk3S with spare nozzles and a PEI sheet, 250 ono. Email ' || coalesce(a.email, a.uname || '@gmail.com') || ' or DM.'
      WHEN 2 THEN 'New batch of PCBs arrived and they look great. Solder paste stencil next. #electronics'
      WHEN 3 THEN '@' || b.nick || ' happy birthday!! 🎂 See you at the space on Tuesday.'
      WHEN 4 THEN 'Zine swap! Send yours to ' || fixture_gen.full_name('xzn', o.k) || ', ' || fixture_gen.street('xzs', o.k) || ', ' || fixture_gen.postcode('xzp', o.k) || ' ' || fixture_gen.city('xzc', o.k) || ' and I''ll post mine back. #zines'
      WHEN 5 THEN 'Reminder: the laser cutter is booked all Saturday for the beginners'' workshop. #lanternworks'
      WHEN 6 THEN 'My daughter ' || fixture_gen.first_name('xkid', o.k) || ' (' || (6 + fixture_gen.n('xkage', o.k, 8))::text || ') soldered her first kit today and it blinks! #makerkids'
      WHEN 7 THEN fixture_gen.sentence('xsn', o.k)
      WHEN 8 THEN '@' || b.nick || ' my new number is ' || fixture_gen.phone('xnn', o.k) || ', the old phone was stolen at the station'
      WHEN 9 THEN 'RIP ' || fixture_gen.full_name('xrip', o.k) || ' (' || (1940 + fixture_gen.n('xripy', o.k, 40))::text || '–2024), who taught half of us to weld. Funeral at St Anne''s on Friday at 11.'
      WHEN 10 THEN 'Anyone know a good cheap oscilloscope for audio work? Budget is tight.'
      WHEN 11 THEN 'Door is open 🔓 — ' || (2 + fixture_gen.n('xdoor', o.k, 9))::text || ' people in. #spacestatus'
      WHEN 12 THEN '@' || b.nick || ' I''m at ' || fixture_gen.street('xdm', o.k) || ', flat buzzer says ' || fixture_gen.last_name('xdml', o.k) || '. Come round after 7.'
      ELSE 'Knitted a case for my pocket synth. Pattern is free on my blog. #knitting' END
FROM xgen.p a, xgen.p b WHERE a.i = o.a AND b.i = o.b;
UPDATE xgen.o SET html = '<p>' || regexp_replace(xgen.ht(txt), '@([A-Za-z0-9_]+(@[A-Za-z0-9.\-]+)?)', '<span class="h-card"><a class="u-url mention" data-user="x" href="' || bap || '" rel="ugc">@<span>\1</span></a></span>') || '</p>';
UPDATE xgen.o SET html = regexp_replace(html, '#([a-z]+)', '<a class="hashtag" data-tag="\1" href="https://akko.lanternworks.example/tag/\1" rel="tag ugc">#\1</a>', 'g');

CREATE TABLE objects (
    id bigserial PRIMARY KEY,
    data jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
CREATE UNIQUE INDEX objects_unique_apid_index ON objects ((data ->> 'id'));
INSERT INTO objects (id, data, inserted_at, updated_at)
SELECT o.k,
    jsonb_strip_nulls(jsonb_build_object('id', o.ap, 'type', 'Note', 'actor', o.actor, 'attributedTo', o.actor,
        'to', CASE o.vis WHEN 'direct' THEN jsonb_build_array(o.bap) WHEN 'private' THEN jsonb_build_array(o.followers) ELSE jsonb_build_array('https://www.w3.org/ns/activitystreams#Public') END,
        'cc', CASE o.vis WHEN 'direct' THEN '[]'::jsonb WHEN 'public' THEN jsonb_build_array(o.followers) || CASE WHEN o.txt LIKE '@%' THEN jsonb_build_array(o.bap) ELSE '[]'::jsonb END
                  WHEN 'unlisted' THEN jsonb_build_array('https://www.w3.org/ns/activitystreams#Public') ELSE '[]'::jsonb END,
        'content', o.html,
        'source', CASE WHEN o.local THEN jsonb_build_object('content', o.txt, 'mediaType', 'text/plain') END,
        'summary', CASE WHEN o.kind = 9 THEN 'death' WHEN o.k % 13 = 0 THEN fixture_gen.pick(ARRAY['food', 'mental health', 'uspol', 'eye contact'], 'xcw', o.k) ELSE '' END,
        'sensitive', o.k % 13 = 0,
        'context', o.ctx, 'conversation', o.ctx,
        'published', to_char(o.t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'tag', CASE WHEN o.txt LIKE '@%' THEN jsonb_build_array(jsonb_build_object('type', 'Mention', 'href', o.bap, 'name', '@' || o.bnick)) ELSE '[]'::jsonb END
             || coalesce((SELECT jsonb_agg(jsonb_build_object('type', 'Hashtag', 'name', m[1], 'href', 'https://akko.lanternworks.example/tags/' || substr(m[1], 2))) FROM regexp_matches(o.txt, '(#[a-z]+)', 'g') m), '[]'::jsonb),
        'attachment', CASE WHEN o.kind IN (1, 6, 13) OR o.k % 9 = 0 THEN jsonb_build_array(jsonb_build_object('type', 'Document', 'mediaType', 'image/jpeg',
              'url', jsonb_build_array(jsonb_build_object('type', 'Link', 'mediaType', 'image/jpeg', 'href', 'https://akko.lanternworks.example/media/' || fixture_gen.hexn('xatt', o.k, 64) || '.jpg')),
              'name', CASE fixture_gen.n('xattn', o.k, 4) WHEN 0 THEN 'Photo of ' || fixture_gen.full_name('xattp', o.k) || ' holding the finished lamp at the workbench'
                      WHEN 1 THEN 'A 3D printer on a wooden table' WHEN 2 THEN fixture_gen.first_name('xkid', o.k) || ' with the blinking badge' ELSE '' END,
              'blurhash', 'L' || fixture_gen.chars('xblur', o.k, 27))) ELSE '[]'::jsonb END,
        'inReplyTo', CASE WHEN o.k % 5 = 0 AND o.k > 5 THEN (SELECT q.ap FROM xgen.o q WHERE q.k = o.k - 3) END,
        'directMessage', o.vis = 'direct',
        'like_count', fixture_gen.n('xolc', o.k, 25), 'announcement_count', fixture_gen.n('xoac', o.k, 8),
        'likes', '[]'::jsonb, 'announcements', '[]'::jsonb)),
    o.t, o.t + make_interval(mins => fixture_gen.n('xoup', o.k, 600))
FROM xgen.o o ORDER BY o.k;
-- poll questions and a tombstone
INSERT INTO objects (id, data, inserted_at, updated_at)
SELECT 700 + k,
    jsonb_build_object('id', 'https://akko.lanternworks.example/objects/' || fixture_gen.uuid('xq', k), 'type', 'Question', 'actor', 'https://akko.lanternworks.example/users/lanternworks',
        'attributedTo', 'https://akko.lanternworks.example/users/lanternworks', 'content', fixture_gen.pick(ARRAY['Which night should the beginners'' soldering class move to?', 'What should we buy with the donation pot?', 'Name for the new CNC router?'], 'xqc', k),
        'oneOf', jsonb_build_array(jsonb_build_object('type', 'Note', 'name', 'Monday', 'replies', jsonb_build_object('type', 'Collection', 'totalItems', fixture_gen.n('xqa', k, 20))),
                                   jsonb_build_object('type', 'Note', 'name', 'Wednesday', 'replies', jsonb_build_object('type', 'Collection', 'totalItems', fixture_gen.n('xqb', k, 20)))),
        'closed', to_char(timestamp '2024-03-01 00:00:00' + make_interval(days => k * 9), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'to', jsonb_build_array('https://www.w3.org/ns/activitystreams#Public'), 'cc', jsonb_build_array('https://akko.lanternworks.example/users/lanternworks/followers'),
        'published', to_char(timestamp '2024-02-20 00:00:00' + make_interval(days => k * 9), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    timestamp '2024-02-20 00:00:00' + make_interval(days => k * 9), timestamp '2024-02-20 00:00:00' + make_interval(days => k * 9)
FROM generate_series(1, 12) k;
INSERT INTO objects (id, data, inserted_at, updated_at)
SELECT 720 + k, jsonb_build_object('id', 'https://akko.lanternworks.example/objects/' || fixture_gen.uuid('xtomb', k), 'type', 'Tombstone', 'formerType', 'Note',
        'deleted', to_char(timestamp '2024-01-01 00:00:00' + make_interval(days => k * 5), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    timestamp '2023-12-01 00:00:00' + make_interval(days => k * 5), timestamp '2024-01-01 00:00:00' + make_interval(days => k * 5)
FROM generate_series(1, 15) k;

-- ---------------------------------------------------------------- activities
CREATE TABLE activities (
    id uuid PRIMARY KEY,
    data jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    local boolean DEFAULT true NOT NULL,
    actor varchar(255),
    recipients varchar(255)[]
);
CREATE TABLE xgen.a AS
SELECT o.k AS k, 'Create' AS typ, o.aid_user AS uid, o.actor, o.local, o.t,
       CASE WHEN o.local THEN 'https://akko.lanternworks.example/activities/' || fixture_gen.uuid('xact', o.k) ELSE o.ap || '/activity' END AS ap,
       to_jsonb(o.ap) AS obj, o.vis, o.followers, o.bap, NULL::text AS content
FROM xgen.o o;
INSERT INTO xgen.a
SELECT 1000 + k, t.typ, a.id, a.ap, a.local, timestamp '2023-02-01 00:00:00' + make_interval(secs => k * 90000 + fixture_gen.n('xat', k, 80000)),
       CASE WHEN a.local OR a.soft IN ('akkoma', 'pleroma') THEN a.base || '/activities/' || fixture_gen.uuid('xact2', k)
            WHEN a.soft = 'mastodon' THEN a.ap || '#' || lower(t.typ) || 's/' || (1000 + k)::text ELSE a.base || '/' || lower(t.typ) || 's/' || substr(md5('xmk' || k), 1, 12) END,
       CASE t.typ WHEN 'Follow' THEN to_jsonb(b.ap) WHEN 'Update' THEN NULL WHEN 'Flag' THEN jsonb_build_array(b.ap, (SELECT o.ap FROM xgen.o o WHERE o.k = 1 + fixture_gen.n('xflo', a.i * 1000 + b.i, 700)))
            ELSE (SELECT to_jsonb(o.ap) FROM xgen.o o WHERE o.k = 1 + fixture_gen.n('xlo', a.i * 1000 + b.i, 700)) END,
       'public', a.ap || '/followers', b.ap,
       CASE t.typ WHEN 'EmojiReact' THEN fixture_gen.pick(ARRAY['🔥', '❤️', ':blobcat_heart:', '🎉'], 'xer', k)
            WHEN 'Flag' THEN fixture_gen.pick(ARRAY['spam', 'This account keeps posting my home address and my kids'' school. Please remove.', 'harassment, see thread',
                 'He DMed me four times after I blocked his alt, my name is ' || fixture_gen.full_name('xfl', k) || ' if you need it', ''], 'xflc', k) END
FROM generate_series(1, 300) k
CROSS JOIN LATERAL (SELECT (ARRAY['Like', 'Like', 'Like', 'Announce', 'Announce', 'Follow', 'Follow', 'EmojiReact', 'Update', 'Flag', 'Accept', 'Delete'])[1 + fixture_gen.n('xaty', k, 12)] AS typ) t
JOIN xgen.p a ON a.i = CASE WHEN k % 2 = 0 THEN 6 + fixture_gen.n('xaa', k, 145) ELSE 151 + fixture_gen.n('xaa', k, 250) END
JOIN xgen.p b ON b.i = CASE WHEN k % 2 = 1 THEN 6 + fixture_gen.n('xab', k, 145) ELSE 151 + fixture_gen.n('xab', k, 250) END;
UPDATE xgen.a a SET obj = jsonb_build_object('id', a.actor, 'type', 'Person', 'name', p.dname, 'preferredUsername', p.uname, 'summary', u.bio,
        'attachment', (SELECT coalesce(jsonb_agg(jsonb_build_object('type', 'PropertyValue', 'name', f ->> 'name', 'value', f ->> 'value')), '[]'::jsonb) FROM jsonb_array_elements(u.fields) f),
        'icon', CASE WHEN u.avatar IS NOT NULL THEN jsonb_build_object('type', 'Image', 'url', u.avatar #>> '{url,0,href}') END,
        'inbox', a.actor || '/inbox', 'outbox', a.actor || '/outbox', 'followers', a.actor || '/followers', 'following', a.actor || '/following',
        'publicKey', jsonb_build_object('id', a.actor || '#main-key', 'owner', a.actor, 'publicKeyPem', u.public_key))
FROM xgen.p p JOIN users u ON u.id = p.id WHERE a.typ = 'Update' AND p.ap = a.actor;
UPDATE xgen.a SET typ = 'Undo' WHERE typ = 'Delete' AND k % 2 = 0;

INSERT INTO activities
SELECT xgen.flake(a.t, a.k),
    jsonb_strip_nulls(jsonb_build_object('id', a.ap, 'type', a.typ, 'actor', a.actor,
        'to', CASE WHEN a.typ IN ('Follow', 'Flag', 'Accept') THEN jsonb_build_array(a.bap) WHEN a.vis = 'direct' THEN jsonb_build_array(a.bap) WHEN a.vis = 'private' THEN jsonb_build_array(a.followers)
                   ELSE jsonb_build_array('https://www.w3.org/ns/activitystreams#Public') END,
        'cc', CASE WHEN a.typ IN ('Follow', 'Flag', 'Accept') OR a.vis IN ('direct', 'private') THEN '[]'::jsonb ELSE jsonb_build_array(a.followers) END,
        'object', a.obj, 'content', a.content,
        'state', CASE WHEN a.typ = 'Follow' THEN 'accept' END,
        'context', CASE WHEN a.typ IN ('Create', 'Like', 'Announce', 'EmojiReact') THEN 'https://akko.lanternworks.example/contexts/' || fixture_gen.uuid('xctx', a.k / 3) END,
        'published', to_char(a.t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'directMessage', CASE WHEN a.typ = 'Create' THEN a.vis = 'direct' END)),
    a.t, a.t, a.local, a.actor,
    (CASE WHEN a.typ IN ('Follow', 'Flag', 'Accept') OR a.vis = 'direct' THEN ARRAY[a.bap] WHEN a.vis = 'private' THEN ARRAY[a.followers, a.actor]
          ELSE ARRAY['https://www.w3.org/ns/activitystreams#Public', a.followers] || CASE WHEN a.bap IS NOT NULL AND a.k % 4 = 0 THEN ARRAY[a.bap] ELSE '{}' END END)::varchar[]
FROM xgen.a a ORDER BY a.t;

-- ---------------------------------------------------------------- hashtags
CREATE TABLE hashtags (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL, -- citext in Akkoma; no extensions in the fixtures
    data jsonb DEFAULT '{}' NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO hashtags (id, name, inserted_at, updated_at)
SELECT k, t, timestamp '2023-01-05 08:00:00' + make_interval(days => k::int * 7), timestamp '2023-01-05 08:00:00' + make_interval(days => k::int * 7)
FROM unnest(ARRAY['electronics', 'zines', 'lanternworks', 'makerkids', 'spacestatus', 'knitting', '3dprinting', 'retrocomputing', 'ham', 'repaircafe', 'woodworking', 'synth',
                  'fediverse', 'akkoma', 'caturday', 'mastoart', 'gardening', 'cycling', 'photography', 'solarpunk']) WITH ORDINALITY x(t, k);

CREATE TABLE hashtags_objects (
    hashtag_id bigint NOT NULL REFERENCES hashtags (id) ON DELETE CASCADE,
    object_id bigint NOT NULL REFERENCES objects (id) ON DELETE CASCADE,
    PRIMARY KEY (hashtag_id, object_id)
);
INSERT INTO hashtags_objects
SELECT DISTINCT h.id, o.id FROM objects o CROSS JOIN LATERAL jsonb_array_elements(o.data -> 'tag') t JOIN hashtags h ON '#' || h.name = t ->> 'name'
WHERE t ->> 'type' = 'Hashtag';

-- ---------------------------------------------------------------- bookmarks, notifications, deliveries
CREATE TABLE bookmarks (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_id uuid NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO bookmarks
SELECT xgen.flake(a.inserted_at + interval '2 hours', k), p.id, a.id, a.inserted_at + interval '2 hours', a.inserted_at + interval '2 hours'
FROM generate_series(1, 120) k
JOIN xgen.p p ON p.i = 6 + fixture_gen.n('xbku', k, 145)
JOIN LATERAL (SELECT id, inserted_at FROM activities WHERE data ->> 'type' = 'Create' ORDER BY inserted_at OFFSET fixture_gen.n('xbka', k, 700) LIMIT 1) a ON true;

CREATE TABLE notifications (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    activity_id uuid REFERENCES activities (id) ON DELETE CASCADE,
    seen boolean DEFAULT false,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    type varchar(255)
);
INSERT INTO notifications (user_id, activity_id, seen, inserted_at, updated_at, type)
SELECT u.id, a.id, a.inserted_at < timestamp '2024-06-01 00:00:00', a.inserted_at, a.inserted_at,
    CASE a.data ->> 'type' WHEN 'Create' THEN 'mention' WHEN 'Like' THEN 'favourite' WHEN 'Announce' THEN 'reblog' WHEN 'Follow' THEN 'follow'
         WHEN 'EmojiReact' THEN 'pleroma:emoji_reaction' WHEN 'Flag' THEN 'pleroma:report' WHEN 'Update' THEN 'update' ELSE 'status' END
FROM activities a JOIN users u ON u.ap_id = ANY (a.recipients) AND u.local
WHERE a.data ->> 'type' NOT IN ('Delete', 'Undo', 'Accept')
ORDER BY a.inserted_at;

CREATE TABLE deliveries (
    id bigserial PRIMARY KEY,
    object_id bigint NOT NULL REFERENCES objects (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO deliveries (object_id, user_id)
SELECT o.k, p.id FROM xgen.o o JOIN xgen.p p ON p.i = 151 + fixture_gen.n('xdlv', o.k, 250) WHERE o.local AND o.k % 2 = 0;

-- ---------------------------------------------------------------- relationships and notes
CREATE TABLE following_relationships (
    id uuid PRIMARY KEY,
    follower_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    following_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    state integer NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO following_relationships
SELECT xgen.flake(t, k), a.id, b.id, CASE WHEN k % 17 = 0 THEN 1 WHEN k % 29 = 0 THEN 3 ELSE 2 END, t, t
FROM (SELECT DISTINCT ON (x.a, x.b) k, x.a, x.b, timestamp '2022-12-01 00:00:00' + make_interval(secs => k * 40000) AS t
      FROM generate_series(1, 500) k CROSS JOIN LATERAL (SELECT 6 + fixture_gen.n('xfra', k, 145) AS a, CASE WHEN k % 2 = 0 THEN 6 + fixture_gen.n('xfrb', k, 145) ELSE 151 + fixture_gen.n('xfrb', k, 250) END AS b) x
      WHERE x.a <> x.b ORDER BY x.a, x.b, k) f
JOIN xgen.p a ON a.i = f.a JOIN xgen.p b ON b.i = f.b;

CREATE TABLE user_relationships (
    id uuid PRIMARY KEY,
    source_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    relationship_type smallint NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    expires_at timestamp(0)
);
INSERT INTO user_relationships
SELECT xgen.flake(t, k), a.id, b.id, (ARRAY[1, 1, 2, 2, 2, 3, 4, 5])[1 + fixture_gen.n('xurt', k, 8)], t, t,
    CASE WHEN k % 9 = 0 THEN t + interval '7 days' END
FROM generate_series(1, 160) k
CROSS JOIN LATERAL (SELECT timestamp '2023-01-01 00:00:00' + make_interval(secs => k * 180000) AS t) tt
JOIN xgen.p a ON a.i = 6 + fixture_gen.n('xura', k, 145)
JOIN xgen.p b ON b.i = 151 + fixture_gen.n('xurb', k, 250);

CREATE TABLE user_notes (
    id uuid PRIMARY KEY,
    source_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    comment varchar(2000),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO user_notes
SELECT xgen.flake(t, k), a.id, b.id,
    CASE fixture_gen.n('xun', k, 7)
      WHEN 0 THEN 'Met at the repair café, lives near ' || fixture_gen.street('xuns', k) || '. Mobile ' || fixture_gen.phone('xunp', k)
      WHEN 1 THEN b.first || '''s sister, moved to ' || fixture_gen.city('xunc', k) || ' in March'
      WHEN 2 THEN 'works with me at Northgate Hospital (ward 7)'
      WHEN 3 THEN 'birthday ' || to_char(fixture_gen.birth_date('xunb', k), 'FMDD FMMonth') || ', likes fountain pens'
      WHEN 4 THEN 'owes me £40 for the filament'
      WHEN 5 THEN 'email: ' || fixture_gen.email('xune', k)
      ELSE 'reply guy, do not engage' END,
    t, t
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT timestamp '2023-03-01 00:00:00' + make_interval(secs => k * 300000) AS t) tt
JOIN xgen.p a ON a.i = 6 + fixture_gen.n('xuna', k, 145)
JOIN xgen.p b ON b.i = CASE WHEN k % 2 = 0 THEN 6 + fixture_gen.n('xunb2', k, 145) ELSE 151 + fixture_gen.n('xunb2', k, 250) END;

CREATE TABLE thread_mutes (
    id bigserial PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    context varchar(255) NOT NULL
);
INSERT INTO thread_mutes (user_id, context)
SELECT DISTINCT p.id, o.ctx FROM generate_series(1, 60) j JOIN xgen.p p ON p.i = 6 + fixture_gen.n('xtmu', j, 145) JOIN xgen.o o ON o.k = 1 + fixture_gen.n('xtmo', j, 700);

-- ---------------------------------------------------------------- OAuth
CREATE TABLE apps (
    id bigserial PRIMARY KEY,
    client_name varchar(255),
    redirect_uris varchar(255),
    scopes varchar(255)[] DEFAULT '{}' NOT NULL,
    website varchar(255),
    client_id varchar(255),
    client_secret varchar(255),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    trusted boolean DEFAULT false,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO apps (id, client_name, redirect_uris, scopes, website, client_id, client_secret, inserted_at, updated_at, trusted, user_id)
SELECT k, v.n, v.r, v.s::varchar[], v.w, xgen.tok('xcid', k, 32), xgen.tok('xcsec', k, 32),
    timestamp '2022-11-06 10:00:00' + make_interval(secs => k * 400000), timestamp '2022-11-06 10:00:00' + make_interval(secs => k * 400000), k IN (1, 2),
    CASE WHEN v.own IS NOT NULL THEN (SELECT id FROM xgen.p WHERE i = v.own) END
FROM (VALUES
    (1, 'Pleroma FE', 'https://akko.lanternworks.example/oauth-callback', '{read,write,follow,push,admin}', 'https://akko.lanternworks.example', NULL::int),
    (2, 'Mastodon-FE', 'https://akko.lanternworks.example/web', '{read,write,follow,push}', NULL, NULL),
    (3, 'Tusky', 'oauth2redirect://com.keylesspalace.tusky/', '{read,write,follow,push}', 'https://tusky.app', NULL),
    (4, 'Husky', 'oauth2redirect://su.xash.husky/', '{read,write,follow,push}', 'https://husky.adol.pw', NULL),
    (5, 'Fedilab', 'fedilab://backtofedilab', '{read,write,follow,push}', 'https://fedilab.app', NULL),
    (6, 'Pinafore', 'https://pinafore.social/settings/instances/add', '{read,write,follow,push}', 'https://pinafore.social', NULL),
    (7, 'Mangane', 'https://mangane.example/login/external', '{read,write,follow,push,admin}', 'https://github.com/BDX-town/Mangane', NULL),
    (8, 'Ice Cubes', 'icecubesapp://', '{read,write,follow,push}', 'https://github.com/Dimillian/IceCubesApp', NULL),
    (9, 'Phanpy', 'https://phanpy.social/', '{read,write,follow}', 'https://phanpy.social', NULL),
    (10, 'doorbot', 'urn:ietf:wg:oauth:2.0:oob', '{write:statuses}', 'https://git.lanternworks.example/infra/doorbot', 4),
    (11, 'fedifetcher', 'urn:ietf:wg:oauth:2.0:oob', '{read}', 'https://github.com/nanos/FediFetcher', 1),
    (12, 'Semaphore', 'https://semaphore.social/settings/instances/add', '{read,write,follow,push}', 'https://semaphore.social', NULL),
    (13, 'Elk', 'https://elk.zone/api/akko.lanternworks.example/oauth/https%3A%2F%2Felk.zone', '{read,write,follow,push}', 'https://elk.zone', NULL),
    (14, 'Feditext', 'feditext://oauth_callback', '{read,write,follow,push}', 'https://github.com/feditext/feditext', NULL),
    (15, 'mastodon-archive', 'urn:ietf:wg:oauth:2.0:oob', '{read}', 'https://github.com/kensanata/mastodon-archive', 33)
) v(k, n, r, s, w, own);
-- apps registered by clients on each login, as Pleroma keeps them
INSERT INTO apps (id, client_name, redirect_uris, scopes, website, client_id, client_secret, inserted_at, updated_at, trusted)
SELECT k, (ARRAY['Tusky', 'Husky', 'Fedilab', 'Pinafore', 'Elk', 'Phanpy', 'Ice Cubes', 'Mangane'])[1 + fixture_gen.n('xapn', k, 8)],
    'urn:ietf:wg:oauth:2.0:oob', '{read,write,follow,push}', NULL, xgen.tok('xcid', k, 32), xgen.tok('xcsec', k, 32),
    timestamp '2023-01-01 00:00:00' + make_interval(secs => k * 300000), timestamp '2023-01-01 00:00:00' + make_interval(secs => k * 300000), false
FROM generate_series(16, 60) k;

CREATE TABLE oauth_authorizations (
    id bigserial PRIMARY KEY,
    app_id bigint REFERENCES apps (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    token varchar(255),
    valid_until timestamp(0),
    used boolean DEFAULT false,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    scopes varchar(255)[] DEFAULT '{}' NOT NULL
);
INSERT INTO oauth_authorizations (app_id, user_id, token, valid_until, used, inserted_at, updated_at, scopes)
SELECT 1 + fixture_gen.n('xoaa', k, 60), p.id, xgen.tok('xoat', k, 32), t + interval '10 minutes', k % 6 <> 0, t, t, '{read,write,follow,push}'
FROM generate_series(1, 180) k CROSS JOIN LATERAL (SELECT timestamp '2023-01-01 00:00:00' + make_interval(secs => k * 170000) AS t) tt
JOIN xgen.p p ON p.i = 1 + fixture_gen.n('xoau', k, 150);

CREATE TABLE oauth_tokens (
    id bigserial PRIMARY KEY,
    app_id bigint REFERENCES apps (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    token varchar(255),
    refresh_token varchar(255),
    valid_until timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    scopes varchar(255)[] DEFAULT '{}' NOT NULL
);
INSERT INTO oauth_tokens (app_id, user_id, token, refresh_token, valid_until, inserted_at, updated_at, scopes)
SELECT CASE WHEN k <= 3 THEN 9 + k ELSE 1 + fixture_gen.n('xota', k, 60) END,
    CASE WHEN k <= 3 THEN (SELECT id FROM xgen.p WHERE i = (ARRAY[4, 1, 33])[k]) ELSE p.id END,
    xgen.tok('xott', k, 32), xgen.tok('xotr', k, 32), t + interval '30 days', t, t,
    (CASE WHEN k = 1 THEN '{write:statuses}' WHEN k % 10 = 0 THEN '{read,write,follow,push,admin}' ELSE '{read,write,follow,push}' END)::varchar[]
FROM generate_series(1, 220) k CROSS JOIN LATERAL (SELECT timestamp '2023-01-01 00:00:00' + make_interval(secs => k * 140000) AS t) tt
JOIN xgen.p p ON p.i = 1 + fixture_gen.n('xotu', k, 150);

CREATE TABLE mfa_tokens (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    authorization_id bigint REFERENCES oauth_authorizations (id) ON DELETE CASCADE,
    token varchar(255),
    valid_until timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO mfa_tokens (user_id, authorization_id, token, valid_until, inserted_at, updated_at)
SELECT a.user_id, a.id, xgen.tok('xmft', a.id, 32), a.inserted_at + interval '15 minutes', a.inserted_at, a.inserted_at
FROM oauth_authorizations a WHERE a.id % 5 = 0;

-- ---------------------------------------------------------------- account tokens
CREATE TABLE password_reset_tokens (
    id bigserial PRIMARY KEY,
    token varchar(255),
    user_id uuid REFERENCES users (id),
    used boolean DEFAULT false,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO password_reset_tokens (token, user_id, used, inserted_at, updated_at)
SELECT xgen.tok('xprt', k, 32), p.id, k % 4 <> 0, t, t + CASE WHEN k % 4 <> 0 THEN interval '14 minutes' ELSE interval '0' END
FROM generate_series(1, 45) k CROSS JOIN LATERAL (SELECT timestamp '2023-02-01 00:00:00' + make_interval(secs => k * 700000) AS t) tt
JOIN xgen.p p ON p.i = 6 + fixture_gen.n('xpru', k, 145);

CREATE TABLE user_invite_tokens (
    id bigserial PRIMARY KEY,
    token varchar(255),
    used boolean DEFAULT false,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    max_use integer,
    expires_at date,
    uses integer DEFAULT 0,
    invite_type varchar(255)
);
INSERT INTO user_invite_tokens (token, used, inserted_at, updated_at, max_use, expires_at, uses, invite_type)
SELECT xgen.tok('xinv', k, 32), ty = 'one_time' AND k % 3 <> 0, t, t, CASE WHEN ty LIKE 'reusable%' THEN (ARRAY[5, 10, 25])[1 + k % 3] END,
    CASE WHEN ty LIKE '%date_limited' THEN (t + interval '30 days')::date END, CASE WHEN ty LIKE 'reusable%' THEN k % 6 ELSE 0 END, ty
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT timestamp '2022-11-10 00:00:00' + make_interval(secs => k * 1200000) AS t,
    (ARRAY['one_time', 'one_time', 'reusable', 'date_limited', 'reusable_date_limited'])[1 + fixture_gen.n('xinvt', k, 5)] AS ty) tt;

CREATE TABLE registrations (
    id uuid PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    provider varchar(255),
    uid varchar(255),
    info jsonb DEFAULT '{}',
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO registrations
SELECT xgen.flake(p.created, p.i + 7000), p.id, pr,
    CASE pr WHEN 'keycloak' THEN fixture_gen.uuid('xkcs', p.i) WHEN 'github' THEN (1000000 + fixture_gen.n('xghu', p.i, 90000000))::text ELSE '1' || fixture_gen.digits('xgou', p.i, 20) END,
    jsonb_build_object('name', p.first || ' ' || p.last, 'email', p.email, 'nickname', p.uname, 'first_name', p.first, 'last_name', p.last,
        'image', CASE pr WHEN 'github' THEN 'https://avatars.githubusercontent.com/u/' || (1000000 + fixture_gen.n('xghu', p.i, 90000000))::text || '?v=4'
                         WHEN 'google' THEN 'https://lh3.googleusercontent.com/a/' || xgen.tok('xgoi', p.i, 40) || '=s96-c' END,
        'urls', CASE pr WHEN 'github' THEN jsonb_build_object('html_url', 'https://github.com/' || p.uname) ELSE '{}'::jsonb END,
        'location', CASE WHEN pr = 'github' THEN p.city END, 'description', NULL),
    p.created, p.created
FROM xgen.p p CROSS JOIN LATERAL (SELECT (ARRAY['keycloak', 'keycloak', 'github', 'google'])[1 + fixture_gen.n('xrgp', p.i, 4)] AS pr) x
WHERE p.local AND p.person AND fixture_gen.n('xreg', p.i, 3) = 0;

-- ---------------------------------------------------------------- filters, lists, mutes
CREATE TABLE filters (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    filter_id integer,
    hide boolean,
    whole_word boolean DEFAULT true,
    phrase text,
    context varchar(255)[],
    expires_at timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO filters (user_id, filter_id, hide, whole_word, phrase, context, expires_at, inserted_at, updated_at)
SELECT p.id, row_number() OVER (PARTITION BY p.id ORDER BY k)::int, k % 3 = 0, k % 4 <> 0,
    CASE fixture_gen.n('xflt', k, 8) WHEN 0 THEN 'crypto' WHEN 1 THEN 'uspol' WHEN 2 THEN fixture_gen.full_name('xfltn', k) WHEN 3 THEN 'election'
         WHEN 4 THEN '@' || (SELECT q.nick FROM xgen.p q WHERE q.i = 151 + fixture_gen.n('xflth', k, 250)) WHEN 5 THEN 'AI art'
         WHEN 6 THEN fixture_gen.last_name('xfltl', k) ELSE 'twitter' END,
    CASE WHEN k % 2 = 0 THEN '{home,notifications,public,thread}' ELSE '{home,public}' END::varchar[],
    CASE WHEN k % 7 = 0 THEN t + interval '7 days' END, t, t
FROM generate_series(1, 110) k CROSS JOIN LATERAL (SELECT timestamp '2023-01-20 00:00:00' + make_interval(secs => k * 250000) AS t) tt
JOIN xgen.p p ON p.i = 6 + fixture_gen.n('xfltu', k, 145);

CREATE TABLE lists (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    title varchar(255),
    following varchar(255)[],
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    ap_id varchar(255)
);
INSERT INTO lists (id, user_id, title, following, inserted_at, updated_at, ap_id)
SELECT k, p.id,
    CASE fixture_gen.n('xlst', k, 7) WHEN 0 THEN 'Family' WHEN 1 THEN 'Makers' WHEN 2 THEN fixture_gen.first_name('xlstn', k) || ' & the kids'
         WHEN 3 THEN 'Ex-colleagues at Northgate' WHEN 4 THEN 'Tuesday crew' WHEN 5 THEN 'Oma, Opa, ' || fixture_gen.first_name('xlsto', k) ELSE 'News' END,
    (SELECT array_agg(q.ap ORDER BY q.i) FROM xgen.p q WHERE q.i IN (6 + fixture_gen.n('xlf1', k, 145), 151 + fixture_gen.n('xlf2', k, 250), 151 + fixture_gen.n('xlf3', k, 250)))::varchar[],
    t, t, 'https://akko.lanternworks.example/lists/' || k
FROM generate_series(1, 70) k CROSS JOIN LATERAL (SELECT timestamp '2023-01-15 00:00:00' + make_interval(secs => k * 400000) AS t) tt
JOIN xgen.p p ON p.i = 6 + fixture_gen.n('xlstu', k, 145);

-- ---------------------------------------------------------------- conversations and chats
CREATE TABLE conversations (
    id bigserial PRIMARY KEY,
    ap_id varchar(255) NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO conversations (ap_id, inserted_at, updated_at)
SELECT o.ctx, min(o.t), max(o.t) FROM xgen.o o WHERE o.vis = 'direct' GROUP BY o.ctx ORDER BY min(o.t);

CREATE TABLE conversation_participations (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    conversation_id bigint REFERENCES conversations (id) ON DELETE CASCADE,
    read boolean DEFAULT false,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO conversation_participations (user_id, conversation_id, read, inserted_at, updated_at)
SELECT DISTINCT ON (u.uid, c.id) u.uid, c.id, c.id % 3 <> 0, c.inserted_at, c.updated_at
FROM conversations c JOIN xgen.o o ON o.ctx = c.ap_id AND o.vis = 'direct'
CROSS JOIN LATERAL (VALUES (o.aid_user), ((SELECT id FROM xgen.p WHERE ap = o.bap))) u(uid)
JOIN xgen.p p ON p.id = u.uid AND p.local
ORDER BY u.uid, c.id;

CREATE TABLE conversation_participation_recipient_ships (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    participation_id bigint REFERENCES conversation_participations (id) ON DELETE CASCADE
);
INSERT INTO conversation_participation_recipient_ships (user_id, participation_id)
SELECT DISTINCT q.user_id, cp.id FROM conversation_participations cp JOIN conversation_participations q ON q.conversation_id = cp.conversation_id
ORDER BY cp.id;

CREATE TABLE chats (
    id uuid PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    recipient varchar(255),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO chats
SELECT DISTINCT ON (a.id, b.ap) xgen.flake(t, k), a.id, b.ap, t, t + make_interval(days => fixture_gen.n('xchu', k, 90))
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT timestamp '2023-02-10 00:00:00' + make_interval(secs => k * 300000) AS t) tt
JOIN xgen.p a ON a.i = 6 + fixture_gen.n('xcha', k, 145)
JOIN xgen.p b ON b.i = CASE WHEN k % 2 = 0 THEN 6 + fixture_gen.n('xchb', k, 145) ELSE 151 + fixture_gen.n('xchb', k, 250) END
WHERE b.soft IN ('local', 'akkoma', 'pleroma') AND a.i <> b.i
ORDER BY a.id, b.ap, k;

-- chat messages are ChatMessage objects
INSERT INTO objects (id, data, inserted_at, updated_at)
SELECT 800 + row_number() OVER (ORDER BY c.inserted_at, m), jsonb_build_object('id', 'https://akko.lanternworks.example/objects/' || fixture_gen.uuid('xcm' || m, extract(epoch FROM c.inserted_at)::bigint), 'type', 'ChatMessage',
        'actor', u.ap_id, 'attributedTo', u.ap_id, 'to', jsonb_build_array(c.recipient),
        'content', CASE (m + extract(day FROM c.inserted_at)::int) % 5 WHEN 0 THEN 'can you bring the multimeter on Tuesday?' WHEN 1 THEN 'my number is ' || fixture_gen.phone('xcmp', m * 100 + extract(day FROM c.inserted_at)::int) || ', call when you''re outside'
                   WHEN 2 THEN 'thanks!! 💛' WHEN 3 THEN 'the parcel goes to ' || fixture_gen.street('xcms', m * 100 + extract(day FROM c.inserted_at)::int) || ', ' || fixture_gen.city('xcmc', m) ELSE 'see you at the space' END,
        'published', to_char(c.inserted_at + make_interval(mins => m * 7), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    c.inserted_at + make_interval(mins => m * 7), c.inserted_at + make_interval(mins => m * 7)
FROM chats c JOIN users u ON u.id = c.user_id CROSS JOIN generate_series(1, 3) m;
UPDATE objects SET data = jsonb_set(data, '{id}', to_jsonb('https://akko.lanternworks.example/objects/' || fixture_gen.uuid('xcmid', id))) WHERE data ->> 'type' = 'ChatMessage';

CREATE TABLE chat_message_references (
    id uuid PRIMARY KEY,
    chat_id uuid NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    object_id bigint NOT NULL REFERENCES objects (id) ON DELETE CASCADE,
    unread boolean DEFAULT true NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO chat_message_references
SELECT xgen.flake(o.inserted_at, o.id), c.id, o.id, o.id % 4 = 0, o.inserted_at, o.inserted_at
FROM objects o JOIN users u ON u.ap_id = o.data ->> 'actor' JOIN chats c ON c.user_id = u.id AND c.recipient = o.data #>> '{to,0}'
WHERE o.data ->> 'type' = 'ChatMessage';

-- ---------------------------------------------------------------- scheduled posts
CREATE TABLE scheduled_activities (
    id uuid PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    params jsonb,
    scheduled_at timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO scheduled_activities
SELECT xgen.flake(t, k), p.id,
    jsonb_build_object('status', CASE fixture_gen.n('xsch', k, 6)
          WHEN 0 THEN 'Happy birthday ' || fixture_gen.first_name('xschn', k) || '! 30 looks good on you 🎉 (born ' || to_char(fixture_gen.birth_date('xschb', k), 'FMDD FMMonth YYYY') || ', never forget)'
          WHEN 1 THEN 'Reminder: soldering class tonight 19:00, bring your own iron if you have one. #lanternworks'
          WHEN 2 THEN 'Flat viewing Saturday at ' || fixture_gen.street('xschs', k) || ', ask for ' || fixture_gen.full_name('xschf', k) || ' at the door, ' || fixture_gen.phone('xschp', k)
          WHEN 3 THEN 'Door is open 🔓 #spacestatus'
          WHEN 4 THEN 'Monthly reminder to back up your 3D models!'
          ELSE 'Our new member ' || fixture_gen.full_name('xschm', k) || ' is running the knitting-machine night next week.' END,
        'visibility', (ARRAY['public', 'unlisted', 'private'])[1 + k % 3], 'sensitive', false, 'spoiler_text', '', 'media_ids', '[]'::jsonb,
        'in_reply_to_id', NULL, 'poll', NULL, 'content_type', 'text/plain', 'language', 'en', 'expires_in', NULL, 'scheduled_at', to_char(t + interval '3 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
    t + interval '3 days', t, t
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT timestamp '2024-06-20 00:00:00' + make_interval(secs => k * 20000) AS t) tt
JOIN xgen.p p ON p.i = CASE WHEN k % 4 = 0 THEN 4 ELSE 6 + fixture_gen.n('xschu', k, 145) END;

-- ---------------------------------------------------------------- moderation
CREATE TABLE report_notes (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id),
    activity_id uuid REFERENCES activities (id),
    content varchar(255),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO report_notes (user_id, activity_id, content, inserted_at, updated_at)
SELECT (SELECT id FROM xgen.p WHERE i = 1 + k % 2 * 5 + (k % 3 = 0)::int), a.id,
    CASE fixture_gen.n('xrn', k, 6)
      WHEN 0 THEN 'Spoke to ' || fixture_gen.full_name('xrnn', k) || ' on the phone (' || fixture_gen.phone('xrnp', k) || '), she confirms the posts are her address.'
      WHEN 1 THEN 'Spam, suspended the remote account and blocked the instance.'
      WHEN 2 THEN 'Reporter is the ex-partner, see the user note. Sign-up IP ' || fixture_gen.ipv4('xrni', k) || ' matches the alt.'
      WHEN 3 THEN 'No action, disagreement not abuse.'
      WHEN 4 THEN 'Forwarded to the remote admin at ' || fixture_gen.email('xrne', k)
      ELSE 'Duplicate of the earlier report.' END,
    a.inserted_at + interval '5 hours', a.inserted_at + interval '5 hours'
FROM (SELECT id, inserted_at, row_number() OVER (ORDER BY inserted_at) AS k FROM activities WHERE data ->> 'type' = 'Flag') a
CROSS JOIN generate_series(1, 2) r WHERE r = 1 OR a.k % 2 = 0;

CREATE TABLE moderation_log (
    id bigserial PRIMARY KEY,
    data jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO moderation_log (data, inserted_at, updated_at)
SELECT jsonb_build_object('actor', jsonb_build_object('id', m.id, 'nickname', m.nick, 'type', 'user'),
        'action', act,
        'subject', CASE WHEN act IN ('deactivate', 'activate', 'tag', 'grant', 'approve', 'confirm_email', 'force_password_reset') THEN jsonb_build_array(jsonb_build_object('id', s.id, 'nickname', s.nick, 'type', 'user'))
                        WHEN act = 'report_note' THEN jsonb_build_object('id', k, 'state', 'open', 'type', 'report') ELSE NULL END,
        'subject_actor', CASE WHEN act = 'report_note' THEN jsonb_build_object('id', s.id, 'nickname', s.nick, 'type', 'user') END,
        'text', CASE WHEN act = 'report_note' THEN 'Reporter says he is stalking her at the space on Tuesdays; her number ' || fixture_gen.phone('xmlp', k) END,
        'permission', CASE WHEN act = 'grant' THEN 'moderator' END,
        'tags', CASE WHEN act = 'tag' THEN jsonb_build_array('mrf_tag:media-force-nsfw') END,
        'instance', CASE WHEN act = 'config_update' THEN NULL END,
        'message', '@' || m.nick || ' ' || CASE act WHEN 'deactivate' THEN 'deactivated users: @' || s.nick WHEN 'activate' THEN 'activated users: @' || s.nick
             WHEN 'tag' THEN 'added tags: mrf_tag:media-force-nsfw to users: @' || s.nick WHEN 'grant' THEN 'made @' || s.nick || ' moderator'
             WHEN 'approve' THEN 'approved users: @' || s.nick WHEN 'confirm_email' THEN 'confirmed email for users: @' || s.nick
             WHEN 'force_password_reset' THEN 'forced password reset for users: @' || s.nick WHEN 'report_note' THEN 'added note ''...'' to report #' || k || ' on user @' || s.nick
             ELSE 'updated instance config' END),
    t, t
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT timestamp '2022-12-01 00:00:00' + make_interval(secs => k * 600000) AS t,
    (ARRAY['deactivate', 'activate', 'tag', 'grant', 'approve', 'approve', 'approve', 'confirm_email', 'force_password_reset', 'report_note', 'config_update'])[1 + fixture_gen.n('xmla', k, 11)] AS act) tt
JOIN xgen.p m ON m.i = (ARRAY[1, 2, 6, 7])[1 + k % 4]
JOIN xgen.p s ON s.i = CASE WHEN k % 3 = 0 THEN 151 + fixture_gen.n('xmls', k, 250) ELSE 8 + fixture_gen.n('xmls', k, 143) END;
UPDATE moderation_log SET data = jsonb_strip_nulls(data);

CREATE TABLE markers (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    timeline varchar(255) DEFAULT '' NOT NULL,
    last_read_id varchar(255) DEFAULT '' NOT NULL,
    lock_version integer DEFAULT 0 NOT NULL,
    unread_count integer DEFAULT 0 NOT NULL,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO markers (user_id, timeline, last_read_id, lock_version, unread_count, inserted_at, updated_at)
SELECT p.id, tl, CASE WHEN tl = 'home' THEN xgen.fid(p.created, p.i) ELSE (100 + fixture_gen.n('xmkn', p.i, 200))::text END,
    fixture_gen.n('xmkv' || tl, p.i, 400), CASE WHEN tl = 'notifications' THEN fixture_gen.n('xmku', p.i, 30) ELSE 0 END,
    p.created + interval '1 day', timestamp '2024-06-01 00:00:00' + make_interval(secs => fixture_gen.n('xmkt' || tl, p.i, 2000000))
FROM xgen.p p CROSS JOIN unnest(ARRAY['home', 'notifications']) tl WHERE p.local AND p.person AND p.i % 3 <> 0;

-- ---------------------------------------------------------------- config (Erlang terms)
-- etf: a keyword list in Erlang's external term format, as
-- :erlang.term_to_binary writes it; values prefixed s: (binary), a: (atom),
-- i: (integer) or l: (a list of binaries, comma-separated).
CREATE FUNCTION xgen.etf_atom(a text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT '\x77'::bytea || set_byte('\x00'::bytea, 0, octet_length(convert_to(a, 'UTF8'))) || convert_to(a, 'UTF8') $$;
CREATE FUNCTION xgen.etf_len(n int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(lpad(to_hex(n), 8, '0'), 'hex') $$;
CREATE FUNCTION xgen.etf_bin(s text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT '\x6d'::bytea || xgen.etf_len(octet_length(convert_to(s, 'UTF8'))) || convert_to(s, 'UTF8') $$;
CREATE FUNCTION xgen.etf_val(v text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE left(v, 2)
    WHEN 's:' THEN xgen.etf_bin(substr(v, 3))
    WHEN 'a:' THEN xgen.etf_atom(substr(v, 3))
    WHEN 'i:' THEN '\x62'::bytea || xgen.etf_len(substr(v, 3)::int)
    ELSE '\x6c'::bytea || xgen.etf_len(cardinality(string_to_array(substr(v, 3), ',')))
         || (SELECT string_agg(xgen.etf_bin(e), ''::bytea ORDER BY o) FROM unnest(string_to_array(substr(v, 3), ',')) WITH ORDINALITY x(e, o)) || '\x6a'::bytea END
$$;
CREATE FUNCTION xgen.etf(kv text[]) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x836c'::bytea || xgen.etf_len(cardinality(kv) / 2)
      || (SELECT string_agg('\x6802'::bytea || xgen.etf_atom(kv[2 * g - 1]) || xgen.etf_val(kv[2 * g]), ''::bytea ORDER BY g) FROM generate_series(1, cardinality(kv) / 2) g)
      || '\x6a'::bytea
$$;

CREATE TABLE config (
    id bigserial PRIMARY KEY,
    key varchar(255),
    value bytea,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    "group" varchar(255)
);
INSERT INTO config (key, value, inserted_at, updated_at, "group")
SELECT v.k, xgen.etf(v.kv), timestamp '2022-11-06 10:30:00' + make_interval(days => v.o), timestamp '2022-11-06 10:30:00' + make_interval(days => v.o * 3), v.g
FROM (VALUES
  (1, ':pleroma', ':instance', ARRAY['name', 's:Lanternworks Social', 'email', 's:admin@lanternworks.example', 'notify_email', 's:noreply@lanternworks.example',
       'description', 's:The fediverse home of Lanternworks hackerspace', 'limit', 'i:5000', 'registrations_open', 'a:false', 'account_approval_required', 'a:true',
       'invites_enabled', 'a:true', 'federating', 'a:true', 'static_dir', 's:instance/static/']),
  (2, ':pleroma', 'Pleroma.Emails.Mailer', ARRAY['adapter', 'a:Elixir.Swoosh.Adapters.SMTP', 'relay', 's:smtp.mailbox.example', 'username', 's:akkoma@lanternworks.example',
       'password', 's:' || xgen.tok('xsmtp', 1, 18), 'port', 'i:587', 'tls', 'a:always', 'auth', 'a:always', 'enabled', 'a:true']),
  (3, ':pleroma', ':welcome', ARRAY['direct_message', 's:enabled=true;sender_nickname=lanternworks;message=Hi, welcome to Lanternworks Social! Read the rules at https://lanternworks.example/rules. Questions? Ask Amelia (@kilnmouse) or write to admin@lanternworks.example.',
       'email', 's:enabled=false']),
  (4, ':pleroma', 'Pleroma.Upload', ARRAY['uploader', 'a:Elixir.Pleroma.Uploaders.S3', 'filters', 'l:Pleroma.Upload.Filter.Dedupe,Pleroma.Upload.Filter.Exiftool.StripLocation',
       'base_url', 's:https://media.lanternworks.example/akkoma']),
  (5, ':ex_aws', ':s3', ARRAY['access_key_id', 's:AKIA' || upper(fixture_gen.chars('xs3a', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')), 'secret_access_key', 's:' || fixture_gen.b64('xs3s', 1, 30),
       'host', 's:s3.eu-central-2.wasabisys.example', 'bucket', 's:lanternworks-akkoma']),
  (6, ':pleroma', ':mrf', ARRAY['policies', 'l:Pleroma.Web.ActivityPub.MRF.SimplePolicy,Pleroma.Web.ActivityPub.MRF.TagPolicy,Pleroma.Web.ActivityPub.MRF.HashtagPolicy',
       'transparency', 'a:true']),
  (7, ':pleroma', ':mrf_simple', ARRAY['reject', 'l:freespeechextremist.example,poa.example,brighteon.example', 'media_nsfw', 'l:pawoo.example',
       'federated_timeline_removal', 'l:mastodon.social,misskey.io', 'report_removal', 'l:spamfarm.example']),
  (8, ':web_push_encryption', ':vapid_details', ARRAY['subject', 's:mailto:admin@lanternworks.example', 'public_key', 's:B' || xgen.tok('xvapub', 1, 64), 'private_key', 's:' || xgen.tok('xvapriv', 1, 32)]),
  (9, ':joken', ':default_signer', ARRAY['signer', 's:' || fixture_gen.b64('xjoken', 1, 48)]),
  (10, ':pleroma', ':frontend_configurations', ARRAY['pleroma_fe', 's:theme=pleroma-dark;logo=/static/logo.svg;showInstanceSpecificPanel=true;redirectRootNoLogin=/main/all', 'masto_fe', 's:showInstanceSpecificPanel=true']),
  (11, ':pleroma', ':admin_token', ARRAY['admin_token', 's:' || xgen.tok('xadmt', 1, 32)]),
  (12, ':pleroma', 'Pleroma.Captcha', ARRAY['enabled', 'a:true', 'method', 'a:Elixir.Pleroma.Captcha.Native', 'seconds_valid', 'i:300']),
  (13, ':pleroma', ':instances_favicons', ARRAY['enabled', 'a:true']),
  (14, ':pleroma', ':restrict_unauthenticated', ARRAY['timelines', 's:local=false;federated=true', 'profiles', 's:local=false;remote=true', 'activities', 's:local=false;remote=true']),
  (15, ':pleroma', 'Pleroma.Web.Metadata', ARRAY['providers', 'l:Pleroma.Web.Metadata.Providers.OpenGraph,Pleroma.Web.Metadata.Providers.TwitterCard', 'unfurl_nsfw', 'a:false']),
  (16, ':pleroma', ':database', ARRAY['rum_enabled', 'a:false', 'improved_hashtag_timeline', 'a:true']),
  (17, ':pleroma', ':http', ARRAY['proxy_url', 's:http://akkoma-proxy:' || xgen.tok('xproxy', 1, 20) || '@10.8.0.4:3128', 'adapter', 's:pool_timeout=10000']),
  (18, ':pleroma', 'Pleroma.Web.Plugs.RemoteIp', ARRAY['enabled', 'a:true', 'proxies', 'l:10.8.0.2/32,10.8.0.3/32']),
  (19, ':logger', ':ex_syslogger', ARRAY['level', 'a:warning', 'ident', 's:akkoma'])
) v(o, g, k, kv);

-- ---------------------------------------------------------------- instances
CREATE TABLE instances (
    id bigserial PRIMARY KEY,
    host varchar(255),
    unreachable_since timestamp(0),
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    favicon varchar(255),
    favicon_updated_at timestamp(0),
    nodeinfo jsonb DEFAULT '{}',
    metadata_updated_at timestamp(0),
    has_request_signatures boolean DEFAULT false NOT NULL,
    metadata jsonb
);
INSERT INTO instances (host, unreachable_since, inserted_at, updated_at, favicon, favicon_updated_at, nodeinfo, metadata_updated_at, has_request_signatures, metadata)
SELECT d.domain, CASE WHEN d.o % 9 = 0 THEN timestamp '2024-04-01 00:00:00' + make_interval(days => d.o::int) END,
    timestamp '2022-11-10 00:00:00' + make_interval(days => d.o::int * 5), timestamp '2024-06-01 00:00:00' + make_interval(hours => d.o::int),
    'https://' || d.domain || '/favicon.ico', timestamp '2024-06-01 00:00:00' + make_interval(hours => d.o::int),
    jsonb_build_object('version', '2.0', 'software', jsonb_build_object('name', CASE d.soft WHEN 'gts' THEN 'gotosocial' WHEN 'misskey' THEN CASE WHEN d.domain LIKE 'sharkey%' THEN 'sharkey' ELSE 'misskey' END ELSE d.soft END,
             'version', CASE d.soft WHEN 'mastodon' THEN '4.2.10' WHEN 'akkoma' THEN '3.13.2' WHEN 'pleroma' THEN '2.6.3' WHEN 'misskey' THEN '2024.5.0' ELSE '0.16.0 git-8f1c2e3' END),
        'protocols', jsonb_build_array('activitypub'), 'openRegistrations', d.soft = 'mastodon',
        'usage', jsonb_build_object('users', jsonb_build_object('total', CASE WHEN d.soft = 'gts' THEN 1 ELSE 200 + fixture_gen.n('xiu', d.o, 90000) END)),
        'metadata', jsonb_strip_nulls(jsonb_build_object('nodeName', d.node_name, 'nodeDescription', CASE WHEN d.soft = 'gts' THEN 'Personal instance of ' || d.owner ELSE 'A fediverse server' END,
             'staffAccounts', CASE WHEN d.soft IN ('akkoma', 'pleroma') THEN jsonb_build_array('https://' || d.domain || '/users/' || d.admin) END,
             'maintainer', CASE WHEN d.soft = 'misskey' THEN jsonb_build_object('name', d.owner, 'email', 'mailto:' || d.mail) END))),
    timestamp '2024-06-01 00:00:00' + make_interval(hours => d.o::int), d.soft IN ('akkoma', 'pleroma', 'gts'),
    jsonb_build_object('name', d.node_name, 'favicon', 'https://' || d.domain || '/favicon.ico', 'description', CASE WHEN d.soft = 'gts' THEN 'Personal instance of ' || d.owner ELSE 'A fediverse server' END)
FROM (SELECT row_number() OVER (ORDER BY min(p.i)) AS o, p.domain, min(p.soft) AS soft,
             CASE WHEN min(p.soft) = 'gts' THEN min(p.first) || ' ' || min(p.last) ELSE fixture_gen.full_name('xiad', min(p.i)) END AS owner,
             fixture_gen.email('xiad', min(p.i)) AS mail, fixture_gen.ascii(fixture_gen.first_name('xiad', min(p.i))) AS admin,
             CASE WHEN min(p.soft) = 'gts' THEN min(p.first) || '''s place' ELSE initcap(split_part(p.domain, '.', 1)) END AS node_name
      FROM xgen.p p WHERE NOT p.local GROUP BY p.domain) d;
INSERT INTO instances (host, inserted_at, updated_at, nodeinfo, has_request_signatures)
VALUES ('freespeechextremist.example', '2022-11-20 00:00:00', '2022-11-20 00:00:00', '{}', false), ('spamfarm.example', '2023-05-02 00:00:00', '2023-05-02 00:00:00', '{}', false);

-- ---------------------------------------------------------------- announcements
CREATE TABLE announcements (
    id uuid PRIMARY KEY,
    data jsonb,
    starts_at timestamp(0),
    ends_at timestamp(0),
    rendered jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO announcements
SELECT xgen.flake(t, k), jsonb_build_object('content', c, 'all_day', k % 2 = 0), t, t + interval '14 days',
    jsonb_build_object('content', '<p>' || xgen.ht(c) || '</p>', 'all_day', k % 2 = 0), t, t
FROM (VALUES (1, 'Server upgrade to Akkoma 3.10 on Sunday morning, expect 30 minutes of downtime.'),
             (2, 'Registrations are by invite only from now on. Ask a member at the space for a link.'),
             (3, 'The space is closed over the holidays; the server keeps running.'),
             (4, 'We now strip location data from uploaded photos.'),
             (5, 'New rule: no posting other people''s photos without asking them first.'),
             (6, 'Media storage moved to a new bucket, old attachments may load slowly for a day.'),
             (7, 'Donations covered hosting for the whole year. Thank you!'),
             (8, 'Scheduled maintenance of the database on Tuesday 02:00 UTC.')) v(k, c)
CROSS JOIN LATERAL (SELECT timestamp '2023-01-10 00:00:00' + make_interval(days => k * 60) AS t) tt;

CREATE TABLE announcement_read_relationships (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    announcement_id uuid REFERENCES announcements (id) ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO announcement_read_relationships (user_id, announcement_id, inserted_at, updated_at)
SELECT p.id, a.id, a.starts_at + make_interval(hours => fixture_gen.n('xarr', p.i, 200)), a.starts_at + make_interval(hours => fixture_gen.n('xarr', p.i, 200))
FROM xgen.p p CROSS JOIN announcements a WHERE p.local AND fixture_gen.n('xarq' || a.id, p.i, 6) = 0;

-- ---------------------------------------------------------------- backups, link previews, push
CREATE TABLE backups (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    file_name varchar(255) NOT NULL,
    content_type varchar(255) NOT NULL,
    processed boolean DEFAULT false NOT NULL,
    file_size bigint,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO backups (user_id, file_name, content_type, processed, file_size, inserted_at, updated_at)
SELECT p.id, 'archive-' || p.uname || '-' || to_char(t, 'YYYYMMDD"T"HH24MISS') || '.zip', 'application/zip', k % 11 <> 0, CASE WHEN k % 11 <> 0 THEN 40000 + fixture_gen.n('xbks', k, 90000000) END,
    t, t + interval '20 minutes'
FROM generate_series(1, 45) k CROSS JOIN LATERAL (SELECT timestamp '2023-03-01 00:00:00' + make_interval(secs => k * 650000) AS t) tt
JOIN xgen.p p ON p.i = 6 + fixture_gen.n('xbku', k, 145);

CREATE TABLE rich_media_card (
    id bigserial PRIMARY KEY,
    url_hash bytea,
    fields jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO rich_media_card (url_hash, fields, inserted_at, updated_at)
SELECT sha256(convert_to(u, 'UTF8')), jsonb_strip_nulls(jsonb_build_object('url', u, 'title', ti, 'description', de, 'image', im, 'site_name', sn, 'type', 'link')), t, t
FROM (SELECT k, timestamp '2023-01-10 00:00:00' + make_interval(secs => k * 350000) AS t, x.*
      FROM generate_series(1, 80) k CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('xrmc', k, 6)
        WHEN 0 THEN 'https://www.theguardian.example/technology/2024/' || (k * 13)::text || '/right-to-repair-law-passes'
        WHEN 1 THEN 'https://' || fixture_gen.ascii(fixture_gen.first_name('xrmp', k)) || '-' || fixture_gen.ascii(fixture_gen.last_name('xrmp', k)) || '.example/blog/' || (2020 + k % 5)::text || '/building-a-tube-amp'
        WHEN 2 THEN 'https://www.gofundme.example/f/help-' || fixture_gen.ascii(fixture_gen.first_name('xrmg', k)) || '-' || fixture_gen.ascii(fixture_gen.last_name('xrmg', k)) || '-rebuild-the-workshop'
        WHEN 3 THEN 'https://github.com/akkoma/akkoma/releases/tag/v3.' || (k % 14)::text || '.0'
        WHEN 4 THEN 'https://www.youtube.example/watch?v=' || xgen.tok('xrmy', k, 8)
        ELSE 'https://www.linkedin.example/in/' || fixture_gen.ascii(fixture_gen.first_name('xrml', k)) || '-' || fixture_gen.ascii(fixture_gen.last_name('xrml', k)) || '-' || fixture_gen.hexn('xrml', k, 8) END AS u,
        CASE fixture_gen.n('xrmc', k, 6) WHEN 0 THEN 'Right-to-repair law passes after years of campaigning' WHEN 1 THEN 'Building a tube amp from scrap – ' || fixture_gen.full_name('xrmp', k)
             WHEN 2 THEN 'Help ' || fixture_gen.full_name('xrmg', k) || ' rebuild the workshop after the fire' WHEN 3 THEN 'Release v3.' || (k % 14)::text || '.0 · akkoma/akkoma'
             WHEN 4 THEN 'How to solder SMD parts by hand' ELSE fixture_gen.full_name('xrml', k) || ' – Electrical Engineer – Northgate Hospital | LinkedIn' END AS ti,
        CASE fixture_gen.n('xrmc', k, 6) WHEN 2 THEN fixture_gen.first_name('xrmg', k) || ' lost everything in the fire at ' || fixture_gen.street('xrms', k) || '. Every bit helps.'
             WHEN 5 THEN 'View ' || fixture_gen.full_name('xrml', k) || '''s profile. Location: ' || fixture_gen.city('xrmlc', k) || '. 500+ connections.'
             WHEN 1 THEN 'Notes from my workbench.' ELSE 'A short description from the page.' END AS de,
        CASE WHEN fixture_gen.n('xrmc', k, 6) IN (1, 5) THEN 'https://media.example/profile-photos/' || fixture_gen.hexn('xrmi', k, 16) || '.jpg' END AS im,
        CASE fixture_gen.n('xrmc', k, 6) WHEN 0 THEN 'The Guardian' WHEN 2 THEN 'GoFundMe' WHEN 3 THEN 'GitHub' WHEN 4 THEN 'YouTube' WHEN 5 THEN 'LinkedIn' ELSE NULL END AS sn) x) y;

CREATE TABLE push_subscriptions (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    token_id bigint REFERENCES oauth_tokens (id) ON DELETE CASCADE,
    endpoint varchar(255),
    key_p256dh varchar(255),
    key_auth varchar(255),
    data jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO push_subscriptions (user_id, token_id, endpoint, key_p256dh, key_auth, data, inserted_at, updated_at)
SELECT t.user_id, t.id,
    CASE t.id % 4 WHEN 0 THEN 'https://fcm.googleapis.com/fcm/send/' || xgen.tok('xfcm', t.id, 16) || ':APA91b' || xgen.tok('xfcn', t.id, 100)
         WHEN 1 THEN 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB' || xgen.tok('xmoz', t.id, 110)
         WHEN 2 THEN 'https://ntfy.sh/up' || fixture_gen.chars('xntfy', t.id, 12)
         ELSE 'https://web.push.apple.com/Q' || xgen.tok('xapl', t.id, 100) END,
    'B' || xgen.tok('xp256', t.id, 64), xgen.tok('xpauth', t.id, 16),
    jsonb_build_object('alerts', jsonb_build_object('follow', true, 'favourite', t.id % 3 <> 0, 'mention', true, 'reblog', true, 'poll', false, 'pleroma:emoji_reaction', t.id % 2 = 0), 'policy', 'all'),
    t.inserted_at, t.inserted_at
FROM oauth_tokens t WHERE t.id % 3 = 0;

-- ---------------------------------------------------------------- data migrations
CREATE TABLE data_migrations (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    state smallint DEFAULT 1,
    feature_lock boolean DEFAULT false,
    params jsonb DEFAULT '{}',
    data jsonb DEFAULT '{}',
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO data_migrations (name, state, feature_lock, params, data, inserted_at, updated_at) VALUES
 ('populate_hashtags_table', 4, false, '{}', '{"total_processed_records": 700, "processed_records": 700, "failed_count": 3, "last_processed_object_id": 727}', '2023-02-10 12:00:00', '2023-02-10 12:41:09'),
 ('delete_context_objects', 4, false, '{}', '{"total_processed_records": 2210, "failed_count": 0}', '2023-02-10 12:00:00', '2023-02-10 12:05:55'),
 ('move_keys_to_signing_keys', 4, false, '{}', '{"processed_records": 400}', '2024-05-18 09:00:00', '2024-05-18 09:02:40');

CREATE TABLE data_migration_failed_ids (
    data_migration_id bigint REFERENCES data_migrations (id) ON DELETE CASCADE,
    record_id bigint,
    PRIMARY KEY (data_migration_id, record_id)
);
INSERT INTO data_migration_failed_ids VALUES (1, 212), (1, 459), (1, 688);

-- ---------------------------------------------------------------- Oban
CREATE TYPE oban_job_state AS ENUM ('available', 'scheduled', 'executing', 'retryable', 'completed', 'discarded', 'cancelled');
CREATE TABLE oban_jobs (
    id bigserial PRIMARY KEY,
    state oban_job_state DEFAULT 'available' NOT NULL,
    queue text DEFAULT 'default' NOT NULL,
    worker text NOT NULL,
    args jsonb DEFAULT '{}' NOT NULL,
    errors jsonb[] DEFAULT ARRAY[]::jsonb[] NOT NULL,
    attempt integer DEFAULT 0 NOT NULL,
    max_attempts integer DEFAULT 20 NOT NULL,
    inserted_at timestamp NOT NULL,
    scheduled_at timestamp NOT NULL,
    attempted_at timestamp,
    completed_at timestamp,
    attempted_by text[],
    discarded_at timestamp,
    priority integer DEFAULT 0 NOT NULL,
    tags varchar(255)[] DEFAULT ARRAY[]::varchar[],
    meta jsonb DEFAULT '{}',
    cancelled_at timestamp
);
CREATE TABLE xgen.j AS
SELECT k, timestamp '2024-06-25 00:00:00' + make_interval(secs => k * 300) AS t, fixture_gen.n('xjk', k, 10) AS kind,
       6 + fixture_gen.n('xju', k, 145) AS ui, 151 + fixture_gen.n('xjr', k, 250) AS ri, 1 + fixture_gen.n('xjo', k, 700) AS oi
FROM generate_series(1, 240) k;
INSERT INTO oban_jobs (state, queue, worker, args, errors, attempt, max_attempts, inserted_at, scheduled_at, attempted_at, completed_at, attempted_by, discarded_at, priority, tags, meta)
SELECT (CASE WHEN j.kind = 2 AND j.k % 3 = 0 THEN 'discarded' WHEN j.kind = 2 AND j.k % 3 = 1 THEN 'retryable' WHEN j.k > 230 THEN 'available' ELSE 'completed' END)::oban_job_state,
    CASE j.kind WHEN 0 THEN 'mailer' WHEN 1 THEN 'federator_incoming' WHEN 2 THEN 'federator_outgoing' WHEN 3 THEN 'remote_fetcher' WHEN 4 THEN 'backup'
         WHEN 5 THEN 'web_push' WHEN 6 THEN 'activity_expiration' WHEN 7 THEN 'nodeinfo_fetcher' WHEN 8 THEN 'federator_incoming' ELSE 'search_indexing' END,
    CASE j.kind WHEN 0 THEN 'Pleroma.Workers.MailerWorker' WHEN 1 THEN 'Pleroma.Workers.ReceiverWorker' WHEN 2 THEN 'Pleroma.Workers.PublisherWorker' WHEN 3 THEN 'Pleroma.Workers.RemoteFetcherWorker'
         WHEN 4 THEN 'Pleroma.Workers.BackupWorker' WHEN 5 THEN 'Pleroma.Workers.WebPusherWorker' WHEN 6 THEN 'Pleroma.Workers.PurgeExpiredActivity' WHEN 7 THEN 'Pleroma.Workers.NodeInfoFetcherWorker'
         WHEN 8 THEN 'Pleroma.Workers.ReceiverWorker' ELSE 'Pleroma.Workers.SearchIndexingWorker' END,
    CASE j.kind
      WHEN 0 THEN jsonb_build_object('op', 'email', 'config', NULL, 'encoded_email', translate(encode(xgen.etf(ARRAY[
            'to', 'l:' || u.dname || ' <' || u.email || '>', 'from', 's:Lanternworks Social <noreply@lanternworks.example>',
            'subject', CASE WHEN j.k % 2 = 0 THEN 's:Password reset' ELSE 's:Confirm your email' END,
            'html_body', CASE WHEN j.k % 2 = 0 THEN 's:Hey ' || u.uname || ', someone requested a password reset. <a href="https://akko.lanternworks.example/api/v1/pleroma/password_reset/' || xgen.tok('xprt', j.k, 32) || '">Reset your password</a>'
                              ELSE 's:Welcome ' || u.uname || '! <a href="https://akko.lanternworks.example/api/account/confirm_email/' || replace(u.id::text, '-', '') || '/' || xgen.tok('xjct', j.k, 32) || '">Confirm</a>' END]), 'base64'), E'\n', ''))
      WHEN 1 THEN jsonb_build_object('op', 'incoming_ap_doc', 'params', jsonb_build_object('id', r.ap || '#likes/' || j.k, 'type', 'Like', 'actor', r.ap, 'object', o.ap,
            'to', jsonb_build_array(o.actor), '@context', 'https://www.w3.org/ns/activitystreams'))
      WHEN 8 THEN jsonb_build_object('op', 'incoming_ap_doc', 'params', jsonb_build_object('id', r.ap || '/statuses/' || (111000000000000000 + j.k)::text || '/activity', 'type', 'Create', 'actor', r.ap,
            'object', jsonb_build_object('type', 'Note', 'attributedTo', r.ap, 'content', '<p><span class="h-card"><a href="' || u.ap || '" class="u-url mention">@<span>' || u.uname || '</span></a></span> ' ||
                CASE j.k % 3 WHEN 0 THEN 'my flat is ' || fixture_gen.street('xjst', j.k) || ', ring twice' WHEN 1 THEN 'call me: ' || fixture_gen.phone('xjph', j.k) ELSE 'thanks for the parts!' END || '</p>',
                'to', jsonb_build_array(u.ap)), 'to', jsonb_build_array(u.ap)))
      WHEN 2 THEN jsonb_build_object('op', 'publish_one', 'params', jsonb_build_object('inbox', r.ap || '/inbox', 'actor_id', u.id, 'id', 'https://akko.lanternworks.example/activities/' || fixture_gen.uuid('xjpa', j.k),
            'json', '{"type":"Create","actor":"' || u.ap || '","object":{"content":"' || replace(o.html, '"', '\"') || '"}}', 'unreachable_since', NULL))
      WHEN 3 THEN jsonb_build_object('op', 'fetch_remote', 'id', o.ap, 'depth', 1)
      WHEN 4 THEN jsonb_build_object('op', 'process', 'backup_id', 1 + j.k % 45, 'admin_user_id', NULL)
      WHEN 5 THEN jsonb_build_object('op', 'web_push', 'notification_id', 1 + j.k % 230)
      WHEN 6 THEN jsonb_build_object('activity_id', xgen.flake(j.t, j.k)::text, 'expires_at', to_char(j.t + interval '90 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
      WHEN 7 THEN jsonb_build_object('op', 'process', 'source_url', 'https://' || r.domain)
      ELSE jsonb_build_object('op', 'add_to_index', 'activity', xgen.flake(j.t, j.k)::text) END,
    CASE WHEN j.kind = 2 AND j.k % 3 IN (0, 1) THEN ARRAY[jsonb_build_object('at', to_char(j.t + interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'attempt', 1,
            'error', '** (RuntimeError) {:error, %Tesla.Env{method: :post, url: "' || r.ap || '/inbox", status: ' || CASE WHEN j.k % 2 = 0 THEN '410' ELSE '502' END || ', body: ""}}')] ELSE ARRAY[]::jsonb[] END,
    CASE WHEN j.kind = 2 AND j.k % 3 = 0 THEN 5 WHEN j.k > 230 THEN 0 ELSE 1 END, CASE WHEN j.kind = 2 THEN 5 ELSE 20 END,
    j.t, j.t, CASE WHEN j.k <= 230 THEN j.t + interval '1 second' END,
    CASE WHEN j.k <= 230 AND NOT (j.kind = 2 AND j.k % 3 IN (0, 1)) THEN j.t + interval '2 seconds' END,
    CASE WHEN j.k <= 230 THEN ARRAY['akkoma@10.8.0.5', fixture_gen.uuid('xjnode', j.k % 3)] END,
    CASE WHEN j.kind = 2 AND j.k % 3 = 0 THEN j.t + interval '2 hours' END,
    0, ARRAY[]::varchar[], '{}'::jsonb
FROM xgen.j j JOIN xgen.p u ON u.i = j.ui JOIN xgen.p r ON r.i = j.ri JOIN xgen.o o ON o.k = j.oi
ORDER BY j.k;

CREATE TABLE oban_peers (
    name text PRIMARY KEY,
    node text NOT NULL,
    started_at timestamp NOT NULL,
    expires_at timestamp NOT NULL
);
INSERT INTO oban_peers VALUES ('Oban', 'akkoma@10.8.0.5', '2024-06-24 03:12:09', '2024-06-25 20:01:30');

-- ---------------------------------------------------------------- counters, front-end profiles, followed tags, keys
CREATE TABLE counter_cache (
    id bigserial PRIMARY KEY,
    instance varchar(255),
    public bigint DEFAULT 0,
    unlisted bigint DEFAULT 0,
    private bigint DEFAULT 0,
    direct bigint DEFAULT 0
);
INSERT INTO counter_cache (instance, public, unlisted, private, direct)
SELECT host, fixture_gen.n('xccp', id, 20000), fixture_gen.n('xccu', id, 3000), fixture_gen.n('xccr', id, 2000), fixture_gen.n('xccd', id, 800) FROM instances ORDER BY id;
INSERT INTO counter_cache (instance, public, unlisted, private, direct) VALUES ('akko.lanternworks.example', 18423, 2210, 1340, 655);

CREATE TABLE user_frontend_setting_profiles (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    frontend_name varchar(255) NOT NULL,
    profile_name varchar(255) NOT NULL,
    version integer,
    settings jsonb,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL,
    PRIMARY KEY (user_id, frontend_name, profile_name)
);
INSERT INTO user_frontend_setting_profiles
SELECT u.id, 'pleroma-fe', pn, 1 + fixture_gen.n('xufv', p.i, 40),
    jsonb_build_object('theme', u.pleroma_settings_store #>> '{pleroma-fe,theme}', 'muteWords', coalesce(u.pleroma_settings_store #> '{pleroma-fe,muteWords}', '[]'::jsonb),
        'highlight', coalesce(u.pleroma_settings_store #> '{pleroma-fe,highlight}', '{}'::jsonb), 'hideAttachments', false, 'streaming', true,
        'notificationVisibility', u.pleroma_settings_store #> '{pleroma-fe,notificationVisibility}', 'interfaceLanguage', u.language),
    p.created + interval '2 days', timestamp '2024-06-01 00:00:00' + make_interval(secs => fixture_gen.n('xufu', p.i, 2000000))
FROM users u JOIN xgen.p p ON p.id = u.id CROSS JOIN unnest(ARRAY['default', 'phone']) pn
WHERE u.pleroma_settings_store <> '{}' AND (pn = 'default' OR p.i % 3 = 0);

CREATE TABLE user_follows_hashtag (
    id bigserial PRIMARY KEY,
    hashtag_id bigint REFERENCES hashtags (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO user_follows_hashtag (hashtag_id, user_id)
SELECT DISTINCT 1 + fixture_gen.n('xufh', k, 20), p.id FROM generate_series(1, 120) k JOIN xgen.p p ON p.i = 6 + fixture_gen.n('xufhu', k, 145);

CREATE TABLE signing_keys (
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    public_key text,
    private_key text,
    key_id text PRIMARY KEY,
    inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL
);
INSERT INTO signing_keys
SELECT u.id, u.public_key, u.keys, u.ap_id || '#main-key', timestamp '2024-05-18 09:00:00', timestamp '2024-05-18 09:02:40' FROM users u ORDER BY u.inserted_at;

CREATE TABLE schema_migrations (
    version bigint PRIMARY KEY,
    inserted_at timestamp(0)
);
INSERT INTO schema_migrations
SELECT to_char(timestamp '2017-03-20 10:00:00' + make_interval(days => k * 7) + make_interval(secs => fixture_gen.n('xsm', k, 86400)), 'YYYYMMDDHH24MISS')::bigint,
    timestamp '2022-11-06 09:58:00' + make_interval(secs => k)
FROM generate_series(1, 380) k;

-- ---------------------------------------------------------------- the admins' own schema
-- Not Akkoma's: tables the space's admins keep in the same database (member
-- sign-ups for the door system and the direct debit, donations, the abuse
-- mailbox, servers, media purges).
CREATE SCHEMA lw_ops;

CREATE TABLE lw_ops.member_signups (
    id serial PRIMARY KEY,
    akkoma_user_id uuid,
    akkoma_nickname text,
    full_name text NOT NULL,
    email text,
    phone text,
    date_of_birth date,
    emergency_contact text,
    fob_number text,
    membership_tier text,
    iban text,
    invite_token text,
    signed_at timestamptz,
    notes text
);
INSERT INTO lw_ops.member_signups (akkoma_user_id, akkoma_nickname, full_name, email, phone, date_of_birth, emergency_contact, fob_number, membership_tier, iban, invite_token, signed_at, notes)
SELECT p.id, p.uname, p.first || ' ' || p.last, p.email, p.phone, fixture_gen.birth_date('xbd', p.i),
    fixture_gen.full_name('xmsec', p.i) || ' (' || fixture_gen.pick(ARRAY['partner', 'mum', 'brother', 'flatmate'], 'xmsr', p.i) || ') ' || fixture_gen.phone('xmsep', p.i),
    '04:' || upper(fixture_gen.hexn('xfob', p.i, 2)) || ':' || upper(fixture_gen.hexn('xfob2', p.i, 2)) || ':' || upper(fixture_gen.hexn('xfob3', p.i, 2)) || ':' || upper(fixture_gen.hexn('xfob4', p.i, 2)),
    fixture_gen.pick(ARRAY['standard', 'concession', 'supporter', 'student'], 'xmst', p.i),
    CASE WHEN fixture_gen.n('xmsi', p.i, 3) > 0 THEN fixture_gen.iban_for('xmsib', p.i) END,
    xgen.tok('xinv', 1 + p.i % 40, 32),
    p.created::timestamptz - interval '2 days',
    CASE fixture_gen.n('xmsn', p.i, 5) WHEN 0 THEN 'Wheelchair user, needs the ground-floor fob zone.' WHEN 1 THEN 'Paid first month in cash to ' || fixture_gen.first_name('xmsp', p.i) || '.'
         WHEN 2 THEN 'Trained on the laser cutter by ' || fixture_gen.full_name('xmsl', p.i) || '.' ELSE NULL END
FROM xgen.p p WHERE p.local AND p.person;

CREATE TABLE lw_ops.donations (
    id serial PRIMARY KEY,
    provider text NOT NULL,
    external_txn_id text,
    donor_name text,
    donor_email text,
    amount_cents integer NOT NULL,
    currency char(3) NOT NULL,
    message text,
    anonymous boolean DEFAULT false NOT NULL,
    received_at timestamptz NOT NULL,
    payout_batch text
);
INSERT INTO lw_ops.donations (provider, external_txn_id, donor_name, donor_email, amount_cents, currency, message, anonymous, received_at, payout_batch)
SELECT pr, CASE pr WHEN 'liberapay' THEN 'lp_' || fixture_gen.digits('xdlp', k, 8) WHEN 'ko-fi' THEN fixture_gen.uuid('xdkf', k) ELSE 'oc-' || fixture_gen.digits('xdoc', k, 7) END,
    CASE WHEN k % 6 = 0 THEN NULL ELSE fixture_gen.full_name('xdon', k) END, CASE WHEN k % 6 = 0 THEN NULL ELSE fixture_gen.email('xdon', k) END,
    (ARRAY[300, 500, 1000, 2500, 5000])[1 + fixture_gen.n('xdam', k, 5)], (ARRAY['EUR', 'GBP', 'USD'])[1 + k % 3],
    CASE fixture_gen.n('xdmsg', k, 5) WHEN 0 THEN 'For the new 3D printer!' WHEN 1 THEN 'In memory of ' || fixture_gen.full_name('xdmm', k) || ', who loved the space.'
         WHEN 2 THEN 'Keep it running 💛' ELSE NULL END,
    k % 6 = 0, timestamptz '2023-01-01 00:00:00+00' + make_interval(secs => k * 260000), 'PB-' || to_char(timestamptz '2023-01-01 00:00:00+00' + make_interval(secs => k * 260000), 'YYYY-MM')
FROM generate_series(1, 120) k CROSS JOIN LATERAL (SELECT (ARRAY['liberapay', 'ko-fi', 'opencollective'])[1 + fixture_gen.n('xdpr', k, 3)] AS pr) x;

CREATE TABLE lw_ops.abuse_inbox (
    id serial PRIMARY KEY,
    received_at timestamptz NOT NULL,
    from_address text,
    subject text,
    body text,
    reported_handle text,
    reporter_ip inet,
    status text DEFAULT 'open' NOT NULL,
    handled_by text,
    ticket_ref text
);
INSERT INTO lw_ops.abuse_inbox (received_at, from_address, subject, body, reported_handle, reporter_ip, status, handled_by, ticket_ref)
SELECT timestamptz '2023-02-01 00:00:00+00' + make_interval(secs => k * 900000), fixture_gen.email('xabf', k),
    (ARRAY['Harassment from one of your users', 'DMCA notice', 'Spam', 'Please remove my photo'])[1 + fixture_gen.n('xabs', k, 4)],
    CASE fixture_gen.n('xabs', k, 4)
      WHEN 0 THEN 'Hello, your user @' || b.nick || ' keeps messaging me after I blocked them. My name is ' || fixture_gen.full_name('xabf', k) || ', you can reach me on ' || fixture_gen.phone('xabp', k) || '.'
      WHEN 1 THEN 'The attached image is my copyrighted work. Regards, ' || fixture_gen.full_name('xabf', k) || ', ' || fixture_gen.street('xabst', k) || ', ' || fixture_gen.city('xabc', k)
      WHEN 2 THEN 'Your server is relaying spam from a bot account.'
      ELSE 'A photo of me and my kids was posted without permission by @' || b.nick || '. Please take it down.' END,
    b.nick, xgen.ip('xabip', k)::inet, (ARRAY['open', 'closed', 'closed', 'forwarded'])[1 + k % 4], (SELECT uname FROM xgen.p WHERE i = (ARRAY[1, 2, 6, 7])[1 + k % 4]),
    'ABUSE-' || lpad(k::text, 4, '0')
FROM generate_series(1, 40) k JOIN xgen.p b ON b.i = 6 + fixture_gen.n('xabb', k, 145);

CREATE TABLE lw_ops.server_hosts (
    id serial PRIMARY KEY,
    hostname text NOT NULL,
    address inet NOT NULL,
    role text NOT NULL,
    provider text,
    ssh_user text,
    ssh_host_key_fingerprint text,
    last_backup_at timestamptz
);
INSERT INTO lw_ops.server_hosts (hostname, address, role, provider, ssh_user, ssh_host_key_fingerprint, last_backup_at) VALUES
 ('akkoma-app-1', '10.8.0.5', 'akkoma', 'Hetzner', 'deploy', 'SHA256:' || rtrim(fixture_gen.b64('xssh', 1, 32), '='), '2024-06-25 03:00:00+00'),
 ('akkoma-db-1', '10.8.0.6', 'postgres', 'Hetzner', 'deploy', 'SHA256:' || rtrim(fixture_gen.b64('xssh', 2, 32), '='), '2024-06-25 03:10:00+00'),
 ('proxy-1', '10.8.0.2', 'nginx', 'Hetzner', 'deploy', 'SHA256:' || rtrim(fixture_gen.b64('xssh', 3, 32), '='), NULL),
 ('proxy-2', '10.8.0.3', 'nginx', 'Hetzner', 'deploy', 'SHA256:' || rtrim(fixture_gen.b64('xssh', 4, 32), '='), NULL),
 ('squid-1', '10.8.0.4', 'egress proxy', 'Hetzner', 'deploy', 'SHA256:' || rtrim(fixture_gen.b64('xssh', 5, 32), '='), NULL),
 ('media', '203.0.113.40', 's3 gateway', 'Wasabi', NULL, NULL, '2024-06-24 23:00:00+00'),
 ('backup-nas', '192.168.20.9', 'restic target', 'in the space', 'restic', 'SHA256:' || rtrim(fixture_gen.b64('xssh', 7, 32), '='), '2024-06-25 04:00:00+00');

CREATE TABLE lw_ops.media_purge_log (
    id serial PRIMARY KEY,
    media_url text NOT NULL,
    requested_by text,
    reason text,
    purged_at timestamptz NOT NULL,
    bytes bigint
);
INSERT INTO lw_ops.media_purge_log (media_url, requested_by, reason, purged_at, bytes)
SELECT 'https://media.lanternworks.example/akkoma/' || fixture_gen.hexn('xmp', k, 64) || '.jpg', (SELECT uname FROM xgen.p WHERE i = (ARRAY[1, 2, 6, 7])[1 + k % 4]),
    CASE k % 4 WHEN 0 THEN 'Photo of ' || fixture_gen.full_name('xmpn', k) || '''s children posted without consent (abuse ticket ABUSE-' || lpad((1 + k % 40)::text, 4, '0') || ')'
         WHEN 1 THEN 'CSAM hash match, reported to the hotline' WHEN 2 THEN 'Copyright claim' ELSE 'Shows a home address on an envelope' END,
    timestamptz '2023-03-01 00:00:00+00' + make_interval(secs => k * 1500000), 20000 + fixture_gen.n('xmpb', k, 4000000)
FROM generate_series(1, 24) k;

-- ---------------------------------------------------------------- done
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
