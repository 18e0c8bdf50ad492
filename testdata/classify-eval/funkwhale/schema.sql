-- classify-eval fixture (HOLDOUT 41: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Funkwhale 1.4 pod on PostgreSQL, audio.hafenklang.example, run by a
-- community radio collective in Hamburg, in the naming its Django
-- migrations create (users_, account_, federation_, music_, playlists_,
-- favorites_, history_, radios_, moderation_, common_, audio_, tags_,
-- dynamic_preferences_ and django_ tables), a subset of its tables with
-- their real columns and types: integer keys beside uuid and fid
-- (ActivityPub id URL) columns, creation_date timestamptz, jsonb fields.
-- Local users with Django pbkdf2 hashes, per-user secret keys and Subsonic
-- tokens, OAuth applications, grants, access and refresh tokens (allauth's
-- email addresses and confirmation keys); ActivityPub actors, local and on
-- other servers (Mastodon, Funkwhale, Pixelfed, a few single-user pods),
-- with bios, PEM keys and collection URLs built from usernames; instances'
-- nodeinfo; follows, activities with their JSON payloads, inbox items,
-- deliveries and fetches; the music catalogue (artists, albums, tracks,
-- licences: public catalogue data, nothing personal), libraries, uploads
-- whose source paths, original file names and tags name people, their
-- transcoded versions; playlists, favourites, listenings, radios and radio
-- sessions; moderation reports with what reporters wrote, anonymous
-- reporters' emails and snapshots of the reported objects, notes, filters,
-- instance policies and sign-up requests with the form's answers;
-- attachments, rich-text contents, mutations; the global and per-user
-- preference stores, plugin configurations with scrobbling credentials,
-- podcast channels whose metadata names the owner and whose RSS URLs may
-- carry a private feed token; tags; the Django session store and admin log.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA fw;

CREATE FUNCTION fw.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, least(len, 190)), '+/=', 'xQ7'), 1, len) $$;

CREATE FUNCTION fw.pem(label text, prefix text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----' || 'BEGIN ' || label || E'-----\n'
      || rtrim(regexp_replace(prefix || translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || b || ':' || i, 'UTF8')), ''::bytea ORDER BY b), 1, nbytes), 'base64'), E'\n', ''), '(.{64})', E'\\1\n', 'g'), E'\n')
      || E'\n-----' || 'END ' || label || E'-----\n'
  FROM generate_series(1, (nbytes + 63) / 64) b
$$;

CREATE FUNCTION fw.f(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.ascii(translate(s, 'ıİşŞğĞ', 'iIsSgG')) $$;

CREATE FUNCTION fw.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- People: 1-110 local users of the pod, 111-300 accounts on other servers.
CREATE TABLE fw.p (i int PRIMARY KEY, local boolean, first text, last text, full_name text, username text, email text, domain text,
  joined timestamptz, bio text, phone text, city text);
INSERT INTO fw.p (i, local, first, last, domain, joined)
SELECT i, i <= 110,
  CASE WHEN i % 4 = 0 THEN fixture_gen.pick(ARRAY['Hauke', 'Merle', 'Fiete', 'Swantje', 'Kofi', 'Efua', 'Tamar', 'Noam', 'Farid', 'Shirin', 'Björn', 'Liv', 'Kenji', 'Aiko', 'Dong-hyun', 'Ji-yeon', 'Tomasz', 'Agnieszka', 'Rui', 'Inês'], 'pf2', i)
       ELSE fixture_gen.first_name('pf', i) END,
  CASE WHEN i % 4 = 0 THEN fixture_gen.pick(ARRAY['Petersen', 'Jensen', 'Boateng', 'Asante', 'Levi', 'Cohen', 'Rahimi', 'Karimi', 'Lindqvist', 'Berg', 'Watanabe', 'Ito', 'Seo', 'Han', 'Wójcik', 'Mazur', 'Carvalho', 'Sousa', 'Mbeki', 'Hoang'], 'pl2', i)
       ELSE fixture_gen.last_name('pl', i) END,
  CASE WHEN i <= 110 THEN 'audio.hafenklang.example' ELSE
    CASE WHEN i % 23 = 0 THEN 'MINE' ELSE fixture_gen.pick(ARRAY['mastodon.social', 'mastodon.social', 'chaos.social', 'open.audio', 'open.audio', 'tanukitunes.com', 'funkwhale.it',
      'pixelfed.social', 'hachyderm.io', 'fosstodon.org', 'kolektiva.social', 'musician.social', 'sonomu.club', 'audio.gafamfree.party', 'mastodon.art'], 'pdom', i) END END,
  fw.at('pj', i, '2020-03-01 00:00:00+00', '2024-05-30 00:00:00+00')
FROM generate_series(1, 300) i;
UPDATE fw.p SET full_name = first || ' ' || last, last = last,
  username = CASE fixture_gen.n('pun', i, 6)
    WHEN 0 THEN fw.f(first) || '_' || fw.f(last)
    WHEN 1 THEN fw.f(first) || fw.f(last)
    WHEN 2 THEN fw.f(first) || (i % 90 + 10)::text
    WHEN 3 THEN substr(fw.f(first), 1, 1) || fw.f(last)
    WHEN 4 THEN fw.f(last) || '_' || fw.f(first)
    ELSE fixture_gen.pick(ARRAY['djnightowl', 'basslinebaker', 'synthfox', 'lofi_lotte', 'tapeloop', 'vinylkid', 'moogmaus', 'hafenbeats', 'noisepilot', 'kalimbaqueen'], 'pnick', i) || i::text END,
  phone = fixture_gen.phone('pph', i), city = fixture_gen.city('pcity', i);
UPDATE fw.p SET username = replace(username, '''', ''), domain = CASE WHEN domain = 'MINE' THEN fixture_gen.pick(ARRAY['music.', 'audio.', 'tunes.'], 'pmd', i) || fw.f(last) || '.example' ELSE domain END;
UPDATE fw.p SET email = CASE fixture_gen.n('pem', i, 4) WHEN 0 THEN username || '@posteo.de'
  WHEN 1 THEN fw.f(first) || '.' || fw.f(last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'web.de', 'gmx.net', 'proton.me', 'outlook.com', 'mailbox.org'], 'pemd', i)
  WHEN 2 THEN fw.f(first) || fw.f(last) || (i % 97)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.uk', 'icloud.com', 'hotmail.com', 'naver.com', 'orange.fr'], 'pemd', i)
  ELSE substr(fw.f(first), 1, 1) || '.' || fw.f(last) || '@' || fixture_gen.pick(ARRAY['gmx.de', 't-online.de', 'libero.it', 'hey.com', 'mail.ru'], 'pemd', i) END;
UPDATE fw.p SET email = replace(email, '@', i::text || '@') WHERE i % 37 = 5;
UPDATE fw.p SET bio = CASE fixture_gen.n('pbio', i, 9)
    WHEN 0 THEN 'Bassist in a garage band from ' || city || '. I upload our rehearsal recordings here, feedback welcome!'
    WHEN 1 THEN 'Hi, I''m ' || first || '. Field recordings, ambient, the occasional lo-fi beat. Bookings: ' || email
    WHEN 2 THEN 'Radio host at Hafenklang community radio (Tuesdays 20:00). Send demos to ' || email || ' or call ' || phone || '.'
    WHEN 3 THEN 'Collector of Afrobeat and highlife records. Based in ' || city || '. she/her'
    WHEN 4 THEN 'Music teacher, choir leader and dad of two. Born ' || to_char(fixture_gen.birth_date('pbd', i), 'DD.MM.YYYY') || ' in ' || fixture_gen.city('pbc', i) || ', do not ask about my age.'
    WHEN 5 THEN 'Just here for the podcasts.'
    WHEN 6 THEN ''
    WHEN 7 THEN first || ' ' || last || ' – composer, sound designer. Studio: ' || fixture_gen.street('pst', i) || ', ' || city || '.'
    ELSE 'Synths, drum machines and too many cables. he/him. Matrix: @' || fw.f(first) || ':matrix.org' END;
UPDATE fw.p SET username = username || i::text FROM (SELECT username AS u, min(i) AS mi FROM fw.p GROUP BY username, domain HAVING count(*) > 1) d WHERE fw.p.username = d.u AND fw.p.i > d.mi;

-- ---------------------------------------------------------------------------
-- Django plumbing.

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL, UNIQUE (app_label, model));
INSERT INTO django_content_type (id, app_label, model) VALUES (1, 'admin', 'logentry'), (2, 'auth', 'group'), (3, 'contenttypes', 'contenttype'), (4, 'sessions', 'session'),
  (5, 'users', 'user'), (6, 'users', 'invitation'), (7, 'federation', 'actor'), (8, 'federation', 'activity'), (9, 'federation', 'follow'), (10, 'federation', 'domain'),
  (11, 'music', 'artist'), (12, 'music', 'album'), (13, 'music', 'track'), (14, 'music', 'upload'), (15, 'music', 'library'), (16, 'playlists', 'playlist'),
  (17, 'favorites', 'trackfavorite'), (18, 'history', 'listening'), (19, 'radios', 'radio'), (20, 'moderation', 'report'), (21, 'moderation', 'userrequest'),
  (22, 'common', 'attachment'), (23, 'common', 'mutation'), (24, 'audio', 'channel'), (25, 'tags', 'tag'), (26, 'federation', 'libraryfollow'), (27, 'music', 'license');

-- ---------------------------------------------------------------------------
-- Instances and actors.

CREATE TABLE federation_domain (
    name varchar(255) PRIMARY KEY, creation_date timestamptz NOT NULL, nodeinfo_fetch_date timestamptz, nodeinfo jsonb NOT NULL,
    service_actor_id integer, allowed boolean
);
INSERT INTO federation_domain
SELECT d.name, fw.at('dcr', k, '2020-03-01 00:00:00+00', '2023-01-01 00:00:00+00'), fw.at('dnf', k, '2024-05-01 00:00:00+00', '2024-06-28 00:00:00+00'),
  CASE WHEN d.name = 'audio.hafenklang.example' OR d.sw = 'funkwhale' THEN jsonb_build_object('version', '2.0', 'software', jsonb_build_object('name', 'funkwhale', 'version', fixture_gen.pick(ARRAY['1.4.0', '1.3.4', '1.4.0'], 'dver', k)),
      'protocols', jsonb_build_array('activitypub'), 'openRegistrations', k % 2 = 0, 'usage', jsonb_build_object('users', jsonb_build_object('total', 3 + fixture_gen.n('dut', k, 800), 'activeMonth', 1 + fixture_gen.n('dum', k, 90))),
      'metadata', jsonb_build_object('nodeName', d.node, 'shortDescription', 'A Funkwhale pod', 'private', false, 'contactEmail', d.contact,
        'defaultUploadQuota', 1000, 'library', jsonb_build_object('federationEnabled', true, 'tracks', jsonb_build_object('total', fixture_gen.n('dtr', k, 90000))), 'supportedUploadExtensions', jsonb_build_array('mp3', 'ogg', 'flac', 'opus', 'm4a')))
    WHEN d.sw = 'none' THEN '{}'::jsonb
    ELSE jsonb_build_object('version', '2.0', 'software', jsonb_build_object('name', d.sw, 'version', fixture_gen.pick(ARRAY['4.2.8', '4.2.10', '0.12.1', '4.1.2'], 'dver', k)),
      'protocols', jsonb_build_array('activitypub'), 'openRegistrations', k % 3 = 0, 'usage', jsonb_build_object('users', jsonb_build_object('total', 100 + fixture_gen.n('dut', k, 900000))), 'metadata', '{}'::jsonb) END,
  NULL, CASE WHEN d.name IN ('spam.rocks.example', 'freespeechextremist.example') THEN false WHEN d.name = 'audio.hafenklang.example' THEN true ELSE NULL END
FROM (SELECT row_number() OVER (ORDER BY name) AS k, name,
        CASE WHEN name IN ('open.audio', 'tanukitunes.com', 'funkwhale.it', 'audio.gafamfree.party', 'audio.hafenklang.example') OR name ~ '^(music|audio|tunes)\.' THEN 'funkwhale'
             WHEN name = 'pixelfed.social' THEN 'pixelfed' WHEN name = 'spam.rocks.example' THEN 'none' ELSE 'mastodon' END AS sw,
        CASE WHEN name = 'audio.hafenklang.example' THEN 'Hafenklang Audio' WHEN name ~ '^(music|audio|tunes)\.' THEN initcap(split_part(name, '.', 2)) || '''s music' ELSE initcap(split_part(name, '.', 1)) END AS node,
        CASE WHEN name = 'audio.hafenklang.example' THEN 'moderation@hafenklang.example' WHEN name = 'open.audio' THEN 'contact@open.audio' WHEN name = 'tanukitunes.com' THEN 'admin@tanukitunes.com'
             WHEN name ~ '^(music|audio|tunes)\.' THEN (SELECT email FROM fw.p WHERE fw.p.domain = x.name LIMIT 1) ELSE 'admin@' || name END AS contact
      FROM (SELECT DISTINCT domain AS name FROM fw.p UNION SELECT 'spam.rocks.example' UNION SELECT 'freespeechextremist.example') x) d;

-- ---------------------------------------------------------------------------
-- Attachments (avatars of actors 1-300, covers of albums 301-420, channel
-- artwork 421-440) and rich-text contents (bios of actors 1-300,
-- descriptions of channels 301-320).

CREATE TABLE common_attachment (
    id serial PRIMARY KEY, url varchar(500), uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, last_fetch_date timestamptz,
    size integer, mimetype varchar(200), file varchar(100) NOT NULL, actor_id integer
);
INSERT INTO common_attachment
SELECT k, CASE WHEN k <= 300 AND NOT p.local THEN
         CASE WHEN p.domain LIKE '%mastodon%' OR p.domain IN ('chaos.social', 'hachyderm.io', 'fosstodon.org', 'kolektiva.social', 'musician.social', 'sonomu.club')
              THEN 'https://files.' || p.domain || '/accounts/avatars/' || substr(md5('av' || k), 1, 3) || '/' || substr(md5('av' || k), 4, 3) || '/' || substr(md5('av' || k), 7, 3) || '/original/' || substr(md5('avf' || k), 1, 16) || '.jpg'
              ELSE 'https://' || p.domain || '/media/attachments/' || substr(md5('av' || k), 1, 2) || '/' || substr(md5('av' || k), 3, 2) || '/' || fw.f(p.first) || '_' || fw.f(p.last) || '_profile.jpg' END
       WHEN k BETWEEN 301 AND 420 AND k % 5 = 0 THEN 'https://coverartarchive.org/release/' || fixture_gen.uuid('rel', k) || '/front-500.jpg' END,
  fixture_gen.uuid('att', k)::uuid, fw.at('atc', k, '2020-04-01 00:00:00+00', '2024-06-20 00:00:00+00'),
  CASE WHEN k <= 300 AND NOT p.local THEN fw.at('atf', k, '2024-04-01 00:00:00+00', '2024-06-20 00:00:00+00') END,
  20000 + fixture_gen.n('atsz', k, 900000), fixture_gen.pick(ARRAY['image/jpeg', 'image/jpeg', 'image/png', 'image/webp'], 'atm', k),
  CASE WHEN k <= 300 AND p.local AND k % 3 = 0 THEN 'attachments/' || to_char(fw.at('atc', k, '2020-04-01 00:00:00+00', '2024-06-20 00:00:00+00'), 'YYYY/MM/DD') || '/' || fw.f(p.first) || '-' || fw.f(p.last) || '-portrait.jpg'
       WHEN k <= 300 AND p.local THEN 'attachments/' || to_char(fw.at('atc', k, '2020-04-01 00:00:00+00', '2024-06-20 00:00:00+00'), 'YYYY/MM/DD') || '/' || substr(md5('atfile' || k), 1, 12) || '.jpg'
       WHEN k <= 300 THEN 'attachments/' || substr(md5('atr' || k), 1, 2) || '/' || substr(md5('atr' || k), 3, 2) || '/' || substr(md5('atr' || k), 5, 2) || '/' || substr(md5('atfile' || k), 1, 16) || '.jpg'
       WHEN k <= 420 THEN 'attachments/covers/' || substr(md5('cov' || k), 1, 12) || '.jpg'
       ELSE 'attachments/' || to_char(fw.at('atc', k, '2021-04-01 00:00:00+00', '2024-06-20 00:00:00+00'), 'YYYY/MM/DD') || '/channel-artwork-' || substr(md5('ch' || k), 1, 6) || '.png' END,
  CASE WHEN k <= 300 THEN k WHEN k > 420 THEN 301 + (k - 421) % 20 END
FROM generate_series(1, 440) k LEFT JOIN fw.p p ON p.i = k;

CREATE TABLE common_content (id serial PRIMARY KEY, text text, content_type varchar(100) NOT NULL);
INSERT INTO common_content
SELECT k, CASE WHEN k <= 300 THEN CASE WHEN NOT p.local THEN '<p>' || replace(p.bio, E'\n', '<br>') || '</p>' ELSE p.bio END
  ELSE fixture_gen.pick(ARRAY[
    'Weekly conversations about the Hamburg club scene, with a new guest every Thursday.',
    'Field recordings from the harbour, the Elbe beaches and the fish market at dawn.',
    'Our choir''s concert recordings. Hosted by ' || p2.full_name || ', questions to ' || p2.email || '.',
    'A bilingual (German/Turkish) show about music and migration. Produced by ' || p2.full_name || ' and friends.',
    'Live sets from the Hafenklang Tuesday jam sessions.',
    'Bedtime stories for kids, read by ' || p2.first || '. New episode every Sunday.'], 'cct', k) END,
  CASE WHEN k <= 300 AND NOT p.local THEN 'text/html' ELSE 'text/markdown' END
FROM generate_series(1, 320) k LEFT JOIN fw.p p ON p.i = k LEFT JOIN fw.p p2 ON p2.i = 1 + (k * 7) % 110;

-- Actors: 1-300 people (1-110 local), 301-320 the pod's podcast channels,
-- 321 the pod's service actor.
CREATE TABLE federation_actor (
    id serial PRIMARY KEY, fid varchar(500) NOT NULL UNIQUE, url varchar(500), outbox_url varchar(500), inbox_url varchar(500), following_url varchar(500),
    followers_url varchar(500), shared_inbox_url varchar(500), type varchar(25) NOT NULL, name varchar(200), domain_id varchar(255) NOT NULL,
    summary varchar(500), preferred_username varchar(200), public_key text, private_key text, creation_date timestamptz NOT NULL,
    last_fetch_date timestamptz NOT NULL, manually_approves_followers boolean, attachment_icon_id integer, summary_obj_id integer
);
CREATE TABLE fw.ch (k int PRIMARY KEY, title text, handle text, owner int);
INSERT INTO fw.ch SELECT k, t.title, t.handle, 1 + ((k - 300) * 13) % 110 FROM (VALUES
  (301, 'Hafenklang Talks', 'hafenklangtalks'), (302, 'Harbour Field Recordings', 'harbourfield'), (303, 'St. Pauli Choir Live', 'stpaulichoir'), (304, 'Gurbet Sesleri', 'gurbetsesleri'),
  (305, 'Tuesday Jam Sessions', 'tuesdayjam'), (306, 'Gute Nacht Geschichten', 'gutenacht'), (307, 'Lo-fi Beats to Pack Boxes To', 'lofiboxes'), (308, 'Deep Elbe Techno', 'deepelbe'),
  (309, 'The Synth Workbench', 'synthworkbench'), (310, 'Radio Ubuntu Hamburg', 'radioubuntu'), (311, 'Klassik für Anfänger', 'klassikanfaenger'), (312, 'Open Mic Altona', 'openmicaltona'),
  (313, 'Samba da Reeperbahn', 'sambareeperbahn'), (314, 'Highlife Hour', 'highlifehour'), (315, 'K-Indie Weekly', 'kindieweekly'), (316, 'Polka Punk Archive', 'polkapunk'),
  (317, 'Ambient Mornings', 'ambientmornings'), (318, 'Hafen Hörspiel', 'hafenhoerspiel'), (319, 'Jazz am Fleet', 'jazzamfleet'), (320, 'Modular Mayhem', 'modularmayhem')) t(k, title, handle);
INSERT INTO federation_actor
SELECT p.i,
  CASE WHEN p.local OR p.domain ~ '^(music|audio|tunes)\.' OR p.domain IN ('open.audio', 'tanukitunes.com', 'funkwhale.it', 'audio.gafamfree.party') THEN 'https://' || p.domain || '/federation/actors/' || p.username
       WHEN p.domain = 'pixelfed.social' THEN 'https://pixelfed.social/users/' || p.username ELSE 'https://' || p.domain || '/users/' || p.username END,
  'https://' || p.domain || '/@' || p.username, NULL, NULL, NULL, NULL,
  CASE WHEN p.domain = 'pixelfed.social' THEN 'https://pixelfed.social/f/inbox' WHEN p.local OR p.domain ~ '^(music|audio|tunes)\.' OR p.domain IN ('open.audio', 'tanukitunes.com', 'funkwhale.it', 'audio.gafamfree.party') THEN 'https://' || p.domain || '/federation/shared/inbox' ELSE 'https://' || p.domain || '/inbox' END,
  'Person', CASE WHEN p.i % 7 = 3 THEN p.first WHEN p.i % 11 = 4 THEN p.username ELSE p.full_name END, p.domain,
  CASE WHEN NOT p.local THEN left('<p>' || p.bio || '</p>', 500) END, p.username,
  fw.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'apub', p.i, 260),
  CASE WHEN p.local THEN fw.pem('RSA ' || 'PRIVATE KEY', 'MIIEowIBAAKCAQEA', 'apk', p.i, 1180) END,
  p.joined, CASE WHEN p.local THEN p.joined ELSE fw.at('alf', p.i, '2024-05-01 00:00:00+00', '2024-06-28 00:00:00+00') END,
  CASE WHEN p.i % 9 = 0 THEN true WHEN p.local THEN false END, CASE WHEN p.i % 4 <> 1 THEN p.i END, CASE WHEN p.bio <> '' THEN p.i END
FROM fw.p p;
UPDATE federation_actor SET outbox_url = fid || '/outbox', inbox_url = fid || '/inbox', following_url = fid || '/following', followers_url = fid || '/followers';
INSERT INTO federation_actor
SELECT c.k, 'https://audio.hafenklang.example/federation/actors/' || c.handle, 'https://audio.hafenklang.example/channels/' || c.handle,
  'https://audio.hafenklang.example/federation/actors/' || c.handle || '/outbox', 'https://audio.hafenklang.example/federation/actors/' || c.handle || '/inbox',
  'https://audio.hafenklang.example/federation/actors/' || c.handle || '/following', 'https://audio.hafenklang.example/federation/actors/' || c.handle || '/followers',
  'https://audio.hafenklang.example/federation/shared/inbox', 'Person', c.title, 'audio.hafenklang.example', NULL, c.handle,
  fw.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'apub', c.k, 260), fw.pem('RSA ' || 'PRIVATE KEY', 'MIIEowIBAAKCAQEA', 'apk', c.k, 1180),
  fw.at('chc', c.k, '2021-05-01 00:00:00+00', '2024-03-01 00:00:00+00'), fw.at('chc', c.k, '2021-05-01 00:00:00+00', '2024-03-01 00:00:00+00'), false, 421 + (c.k - 301), c.k
FROM fw.ch c;
INSERT INTO federation_actor VALUES (321, 'https://audio.hafenklang.example/federation/actors/service', NULL, 'https://audio.hafenklang.example/federation/actors/service/outbox',
  'https://audio.hafenklang.example/federation/actors/service/inbox', 'https://audio.hafenklang.example/federation/actors/service/following', 'https://audio.hafenklang.example/federation/actors/service/followers',
  'https://audio.hafenklang.example/federation/shared/inbox', 'Service', 'service', 'audio.hafenklang.example', NULL, 'service',
  fw.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'apub', 321, 260), fw.pem('RSA ' || 'PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 'apk', 321, 1180),
  '2020-03-01 09:12:00+00', '2020-03-01 09:12:00+00', false, NULL, NULL);
UPDATE federation_domain SET service_actor_id = 321 WHERE name = 'audio.hafenklang.example';

-- ---------------------------------------------------------------------------
-- Users, invitations, e-mail addresses.

CREATE TABLE users_invitation (
    id serial PRIMARY KEY, creation_date timestamptz NOT NULL, expiration_date timestamptz NOT NULL, code varchar(50) NOT NULL UNIQUE, owner_id integer NOT NULL
);
INSERT INTO users_invitation
SELECT k, fw.at('ivc', k, '2020-03-05 00:00:00+00', '2024-06-01 00:00:00+00'), fw.at('ivc', k, '2020-03-05 00:00:00+00', '2024-06-01 00:00:00+00') + interval '14 days',
  upper(fw.tok('ivcode', k, 12)), (ARRAY[1, 2, 3, 4, 12, 27])[1 + fixture_gen.n('ivo', k, 6)]
FROM generate_series(1, 60) k;

CREATE TABLE users_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL, email varchar(254) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL,
    date_joined timestamptz NOT NULL, name varchar(255) NOT NULL, uuid uuid NOT NULL UNIQUE, privacy_level varchar(30) NOT NULL,
    permission_library boolean NOT NULL, permission_moderation boolean NOT NULL, permission_settings boolean NOT NULL, secret_key varchar(32),
    subsonic_api_token varchar(255), last_activity timestamptz, invitation_id integer, upload_quota bigint, actor_id integer UNIQUE,
    instance_support_message_display_date timestamptz, funkwhale_support_message_display_date timestamptz, settings jsonb
);
INSERT INTO users_user
SELECT p.i, CASE WHEN p.i % 29 = 17 THEN '!' || fw.tok('unus', p.i, 40) ELSE fixture_gen.pbkdf2('uspw', p.i) END,
  fw.at('ull', p.i, greatest(p.joined, '2024-01-01 00:00:00+00'), '2024-06-28 12:00:00+00'), p.i = 1, p.username,
  CASE WHEN p.i % 5 = 0 THEN p.first ELSE '' END, CASE WHEN p.i % 5 = 0 THEN p.last ELSE '' END, p.email, p.i <= 3, p.i % 31 <> 8, p.joined,
  CASE WHEN p.i % 3 = 0 THEN p.full_name ELSE '' END, fixture_gen.uuid('uuid', p.i)::uuid,
  fixture_gen.pick(ARRAY['instance', 'instance', 'me', 'followers', 'everyone'], 'upriv', p.i), p.i <= 6, p.i <= 9, p.i <= 3,
  fw.tok('usk', p.i, 32), CASE WHEN p.i % 3 <> 1 THEN md5('subsonic:' || p.i || ':' || p.username) END,
  fw.at('ula', p.i, greatest(p.joined, '2024-03-01 00:00:00+00'), '2024-06-28 16:00:00+00'), CASE WHEN p.i > 20 AND p.i % 2 = 0 THEN 1 + (p.i % 60) END,
  CASE WHEN p.i % 10 = 0 THEN 10000 WHEN p.i % 10 = 1 THEN 2000 END, p.i,
  CASE WHEN p.i % 4 = 0 THEN p.joined + interval '15 days' END, CASE WHEN p.i % 6 = 0 THEN p.joined + interval '30 days' END,
  jsonb_build_object('language', fixture_gen.pick(ARRAY['de', 'en', 'en', 'fr', 'tr', 'pt_BR', 'ja'], 'ulang', p.i), 'theme', fixture_gen.pick(ARRAY['dark', 'light', 'system'], 'uth', p.i),
    'queue_autoplay', p.i % 2 = 0, 'content_filters_hidden', p.i % 7 = 0)
FROM fw.p p WHERE p.local;

CREATE TABLE account_emailaddress (id serial PRIMARY KEY, email varchar(254) NOT NULL, verified boolean NOT NULL, "primary" boolean NOT NULL, user_id integer NOT NULL);
INSERT INTO account_emailaddress SELECT p.i, p.email, p.i % 13 <> 6, true, p.i FROM fw.p p WHERE p.local;
INSERT INTO account_emailaddress SELECT 110 + p.i, fw.f(p.first) || '.' || fw.f(p.last) || '@' || fixture_gen.pick(ARRAY['uni-hamburg.example', 'haw-hamburg.example', 'ndr-freelance.example'], 'ea2', p.i), p.i % 2 = 0, false, p.i
FROM fw.p p WHERE p.local AND p.i % 8 = 2;

CREATE TABLE account_emailconfirmation (id serial PRIMARY KEY, created timestamptz NOT NULL, sent timestamptz, key varchar(64) NOT NULL UNIQUE, email_address_id integer NOT NULL);
INSERT INTO account_emailconfirmation
SELECT k, p.joined, p.joined + interval '2 seconds', lower(fw.tok('eck', k, 64)), e.id
FROM generate_series(1, 70) k JOIN account_emailaddress e ON e.id = 1 + (k * 3) % 110 JOIN fw.p p ON p.i = e.user_id;

-- ---------------------------------------------------------------------------
-- OAuth (django-oauth-toolkit's models, swapped into the users app).

CREATE TABLE users_application (
    id bigserial PRIMARY KEY, client_id varchar(100) NOT NULL UNIQUE, redirect_uris text NOT NULL, client_type varchar(32) NOT NULL,
    authorization_grant_type varchar(32) NOT NULL, client_secret varchar(255) NOT NULL, name varchar(255) NOT NULL, user_id integer,
    skip_authorization boolean NOT NULL, created timestamptz NOT NULL, updated timestamptz NOT NULL, scope text NOT NULL, token varchar(50) UNIQUE,
    algorithm varchar(5) NOT NULL
);
INSERT INTO users_application
SELECT k, fw.tok('appcid', k, 40), a.uris, 'confidential', 'authorization-code',
  'pbkdf2_' || 'sha256$720000$' || fw.tok('apps', k, 22) || '$' || translate(encode(sha256(convert_to('appsec' || k, 'UTF8')), 'base64'), E'\n', ''),
  a.name, a.owner, false, fw.at('appc', k, '2021-01-01 00:00:00+00', '2024-06-01 00:00:00+00'), fw.at('appu', k, '2024-01-01 00:00:00+00', '2024-06-20 00:00:00+00'),
  a.scope, CASE WHEN a.owner IS NOT NULL THEN fw.tok('apptok', k, 50) END, ''
FROM (VALUES (1, 'Funkwhale Android', 'urn:ietf:wg:oauth:2.0:oob', NULL::int, 'read write'), (2, 'Funkwhale CLI', 'urn:ietf:wg:oauth:2.0:oob', NULL, 'read write'),
  (3, 'Tempo', 'tempo://oauth-callback', NULL, 'read'), (4, 'My ListenBrainz sync script', 'urn:ietf:wg:oauth:2.0:oob', 4, 'read:listenings write:listenings'),
  (5, 'Radio automation (Liquidsoap)', 'http://localhost:8080/callback', 1, 'read:libraries write:libraries read:playlists'), (6, 'Upload bot', 'urn:ietf:wg:oauth:2.0:oob', 12, 'write:libraries'),
  (7, 'Funkwhale Web', 'https://audio.hafenklang.example/auth/callback', NULL, 'read write'), (8, 'Jellyfin bridge', 'http://192.168.178.20:8096/fw/callback', 27, 'read'),
  (9, 'Stats dashboard', 'https://stats.hafenklang.example/oauth/callback', 2, 'read:listenings read:favorites'), (10, 'Podcast publisher', 'urn:ietf:wg:oauth:2.0:oob', 33, 'write:libraries read:libraries'),
  (11, 'Otter (iOS)', 'otter://auth', NULL, 'read write'), (12, 'Test app', 'http://localhost:3000/callback', 45, 'read')) a(k, name, uris, owner, scope);

CREATE TABLE users_grant (
    id bigserial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, expires timestamptz NOT NULL, redirect_uri text NOT NULL, scope text NOT NULL,
    application_id bigint NOT NULL, user_id integer NOT NULL, created timestamptz NOT NULL, updated timestamptz NOT NULL,
    code_challenge varchar(128) NOT NULL, code_challenge_method varchar(10) NOT NULL, nonce varchar(255) NOT NULL, claims text NOT NULL
);
INSERT INTO users_grant
SELECT k, fw.tok('grc', k, 30), t + interval '10 minutes', a.redirect_uris, a.scope, a.id, 1 + (k * 7) % 110, t, t,
  CASE WHEN a.id IN (3, 11) THEN rtrim(translate(encode(sha256(convert_to('pkce' || k, 'UTF8')), 'base64'), '+/', '-_'), '=') ELSE '' END,
  CASE WHEN a.id IN (3, 11) THEN 'S256' ELSE '' END, '', ''
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT fw.at('grt', k, '2024-06-20 00:00:00+00', '2024-06-28 16:00:00+00') AS t) x
JOIN users_application a ON a.id = (ARRAY[1, 2, 3, 7, 7, 7, 11, 4, 9])[1 + fixture_gen.n('gra', k, 9)];

CREATE TABLE users_accesstoken (
    id bigserial PRIMARY KEY, token varchar(255) NOT NULL UNIQUE, expires timestamptz NOT NULL, scope text NOT NULL, application_id bigint, user_id integer,
    created timestamptz NOT NULL, updated timestamptz NOT NULL, source_refresh_token_id bigint UNIQUE, id_token_id bigint UNIQUE
);
INSERT INTO users_accesstoken
SELECT k, fw.tok('atk', k, 30), t + interval '10 hours', a.scope, a.id, 1 + (k * 11) % 110, t, t, NULL, NULL
FROM generate_series(1, 160) k CROSS JOIN LATERAL (SELECT fw.at('att', k, '2024-05-01 00:00:00+00', '2024-06-28 16:00:00+00') AS t) x
JOIN users_application a ON a.id = (ARRAY[1, 2, 3, 7, 7, 7, 7, 11, 4, 5, 9, 10])[1 + fixture_gen.n('ata', k, 12)];

CREATE TABLE users_refreshtoken (
    id bigserial PRIMARY KEY, token varchar(255) NOT NULL, access_token_id bigint UNIQUE, application_id bigint NOT NULL, user_id integer NOT NULL,
    created timestamptz NOT NULL, updated timestamptz NOT NULL, revoked timestamptz
);
INSERT INTO users_refreshtoken
SELECT t.id, fw.tok('rtk', t.id, 30), t.id, t.application_id, t.user_id, t.created, t.updated, CASE WHEN t.id % 9 = 0 THEN t.created + interval '10 hours' END
FROM users_accesstoken t;
UPDATE users_accesstoken SET source_refresh_token_id = id - 1 WHERE id % 5 = 0;

-- Plugins (1.3+): per-user and pod-wide configurations.
CREATE TABLE common_pluginconfiguration (
    id serial PRIMARY KEY, code varchar(100) NOT NULL, conf jsonb, enabled boolean NOT NULL, creation_date timestamptz NOT NULL, user_id integer,
    UNIQUE (user_id, code)
);
INSERT INTO common_pluginconfiguration
SELECT k, c.code, c.conf, k % 6 <> 0, fw.at('plc', k, '2023-02-01 00:00:00+00', '2024-06-20 00:00:00+00'), c.uid
FROM (
  SELECT 1 AS k, 'prune_skipped_uploads' AS code, '{}'::jsonb AS conf, NULL::int AS uid
  UNION ALL SELECT 2, 'fw_scan', jsonb_build_object('scan_interval', 60, 'paths', jsonb_build_array('/srv/funkwhale/data/music/radio-archive')), NULL
  UNION ALL SELECT 2 + u, CASE WHEN u % 3 = 0 THEN 'scrobbler' ELSE 'listenbrainz' END,
    CASE WHEN u % 3 = 0 THEN jsonb_build_object('url', 'https://ws.audioscrobbler.com/2.0/', 'username', p.username, 'password', initcap(fw.tok('lfpw', u, 6)) || (1970 + u % 40)::text || '!')
         ELSE jsonb_build_object('user_token', fixture_gen.uuid('lbtok', u), 'submit_listenings', true, 'submit_favorites', u % 2 = 0, 'sync_listenings', u % 4 = 1, 'sync_favorites', false) END,
    p.i
  FROM generate_series(1, 38) u JOIN fw.p p ON p.i = 1 + (u * 3) % 110) c;

-- ---------------------------------------------------------------------------
-- Preferences, sessions, the admin log.

CREATE TABLE dynamic_preferences_globalpreferencemodel (id serial PRIMARY KEY, section varchar(150), name varchar(150) NOT NULL, raw_value text, UNIQUE (section, name));
INSERT INTO dynamic_preferences_globalpreferencemodel (section, name, raw_value) VALUES
  ('instance', 'name', 'Hafenklang Audio'),
  ('instance', 'short_description', 'Community audio pod of the Hafenklang radio collective, Hamburg'),
  ('instance', 'long_description', E'Hafenklang Audio is run by volunteers of the Hafenklang community radio.\n\nAdmins: Sipho Yılmaz (@yilmaz_sipho) and Ingrid Schmidt (@ingrid12). For urgent moderation issues call Ingrid on ' || (SELECT phone FROM fw.p WHERE i = 2) || '.'),
  ('instance', 'rules', E'1. No hate speech.\n2. Upload only what you have the rights to.\n3. Tag your uploads properly.'),
  ('instance', 'terms', 'Hafenklang e.V., Große Elbstraße 84, 22767 Hamburg. Vereinsregister VR 23541. Data protection officer: ' || (SELECT full_name || ' <' || email || '>' FROM fw.p WHERE i = 3)),
  ('instance', 'contact_email', 'moderation@hafenklang.example'),
  ('instance', 'funkwhale_support_message_enabled', 'True'),
  ('instance', 'support_message', 'Please consider a donation to keep the server running: IBAN ' || fixture_gen.iban('DE', '20050550' || fixture_gen.digits('clubiban', 1, 10)) || ' (Hafenklang e.V.)'),
  ('instance', 'nodeinfo_stats_enabled', 'True'),
  ('users', 'registration_enabled', 'False'),
  ('users', 'upload_quota', '1000'),
  ('users', 'default_permissions', '["library"]'),
  ('moderation', 'allow_list_enabled', 'False'),
  ('moderation', 'signup_approval_enabled', 'True'),
  ('moderation', 'signup_form_customization', '{"help_text": {"text": "Tell us who you are and why you want to join.", "content_type": "text/markdown"}, "fields": [{"label": "Your real name", "required": true, "input_type": "short_text"}, {"label": "Why do you want to join?", "required": true, "input_type": "long_text"}, {"label": "Phone number (optional)", "required": false, "input_type": "short_text"}]}'),
  ('moderation', 'unauthenticated_report_types', '["takedown_request", "illegal_content"]'),
  ('federation', 'enabled', 'True'),
  ('federation', 'music_needs_approval', 'True'),
  ('music', 'transcoding_enabled', 'True'),
  ('music', 'transcoding_cache_duration', '10080'),
  ('providers_acoustid', 'api_key', fw.tok('acoustid', 1, 10)),
  ('subsonic', 'enabled', 'True'),
  ('ui', 'custom_css', '.logo { filter: hue-rotate(200deg); } #footer a[href^="mailto"] { display: none; }'),
  ('common', 'api_authentication_required', 'True'),
  ('playlists', 'max_tracks', '250'),
  ('federation', 'collection_page_size', '50'),
  ('instance', 'banner', 'https://audio.hafenklang.example/media/attachments/banner-harbour.jpg');

CREATE TABLE dynamic_preferences_users_userpreferencemodel (id serial PRIMARY KEY, section varchar(150), name varchar(150) NOT NULL, raw_value text, instance_id integer NOT NULL,
  UNIQUE (instance_id, section, name));
INSERT INTO dynamic_preferences_users_userpreferencemodel (section, name, raw_value, instance_id)
SELECT 'common', 'api_permissions', '{"library": ' || lower((u % 2 = 0)::text) || ', "moderation": false}', u FROM generate_series(1, 110) u WHERE u % 3 <> 2
UNION ALL SELECT 'notifications', 'email_on_follow', CASE WHEN u % 4 = 0 THEN 'False' ELSE 'True' END, u FROM generate_series(1, 110) u WHERE u % 2 = 0
UNION ALL SELECT 'ui', 'default_home', fixture_gen.pick(ARRAY['library', 'explore', 'radios', 'podcasts'], 'uph', u), u FROM generate_series(1, 110) u WHERE u % 5 < 2;

CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT lower(fw.tok('sk', k, 32)),
  translate(encode(convert_to(CASE WHEN k % 3 = 0 THEN '{"radio_session_id":' || k || '}' ELSE '{"_auth_user_id":"' || (1 + (k * 7) % 110) || '","_auth_user_backend":"funkwhale_api.users.auth_backends.ModelBackend","_auth_user_hash":"' || fixture_gen.hexn('sh', k, 64) || '"}' END, 'UTF8'), 'base64'), E'\n', '')
    || ':' || fw.tok('sks', k, 6) || ':' || rtrim(translate(fixture_gen.b64('sksig', k, 32), '+/', '-_'), '='),
  fw.at('ske', k, '2024-06-28 00:00:00+00', '2024-07-12 00:00:00+00')
FROM generate_series(1, 150) k;

CREATE TABLE django_admin_log (
    id serial PRIMARY KEY, action_time timestamptz NOT NULL, object_id text, object_repr varchar(200) NOT NULL, action_flag smallint NOT NULL CHECK (action_flag >= 0),
    change_message text NOT NULL, content_type_id integer, user_id integer NOT NULL
);
INSERT INTO django_admin_log
SELECT k, fw.at('alt', k, '2021-01-01 00:00:00+00', '2024-06-28 00:00:00+00'), CASE WHEN k % 3 = 0 THEN p.i::text ELSE (1 + k % 300)::text END,
  CASE WHEN k % 3 = 0 THEN p.username WHEN k % 3 = 1 THEN 'Upload ' || fixture_gen.uuid('up', 1 + k % 300) ELSE p.email END,
  (ARRAY[1, 2, 2, 2, 3])[1 + fixture_gen.n('alf', k, 5)],
  CASE WHEN k % 3 = 0 THEN '[{"changed": {"fields": ["Permission moderation", "Upload quota"]}}]' WHEN k % 3 = 1 THEN '[{"changed": {"fields": ["Import status"]}}]' ELSE '[{"changed": {"fields": ["Verified"]}}]' END,
  CASE WHEN k % 3 = 0 THEN 5 WHEN k % 3 = 1 THEN 14 ELSE 5 END, (ARRAY[1, 2, 3])[1 + k % 3]
FROM generate_series(1, 90) k JOIN fw.p p ON p.i = 1 + (k * 13) % 110;

-- ---------------------------------------------------------------------------
-- The catalogue: licences, artists (1-60 music from MusicBrainz, 61-80 the
-- channels' own artists), albums (1-100 releases, 101-120 the channels'
-- series), tracks. Public catalogue data.

CREATE TABLE music_license (
    code varchar(100) PRIMARY KEY, url varchar(500) NOT NULL, commercial boolean NOT NULL, attribution boolean NOT NULL, copyleft boolean NOT NULL,
    derivative boolean NOT NULL, redistribute boolean NOT NULL
);
INSERT INTO music_license VALUES
  ('cc0-1.0', 'https://creativecommons.org/publicdomain/zero/1.0/', true, false, false, true, true),
  ('cc-by-4.0', 'https://creativecommons.org/licenses/by/4.0/', true, true, false, true, true),
  ('cc-by-sa-4.0', 'https://creativecommons.org/licenses/by-sa/4.0/', true, true, true, true, true),
  ('cc-by-nc-4.0', 'https://creativecommons.org/licenses/by-nc/4.0/', false, true, false, true, true),
  ('cc-by-nc-sa-4.0', 'https://creativecommons.org/licenses/by-nc-sa/4.0/', false, true, true, true, true),
  ('cc-by-nd-4.0', 'https://creativecommons.org/licenses/by-nd/4.0/', true, true, false, false, true),
  ('cc-by-nc-nd-4.0', 'https://creativecommons.org/licenses/by-nc-nd/4.0/', false, true, false, false, true),
  ('cc-by-3.0', 'https://creativecommons.org/licenses/by/3.0/', true, true, false, true, true),
  ('cc-by-sa-3.0', 'https://creativecommons.org/licenses/by-sa/3.0/', true, true, true, true, true),
  ('licence-art-libre-1.3', 'http://artlibre.org/licence/lal', true, true, true, true, true);

CREATE TABLE fw.ar (k int PRIMARY KEY, name text);
INSERT INTO fw.ar SELECT row_number() OVER (), n FROM unnest(ARRAY['Fela Kuti', 'Nina Simone', 'Ryuichi Sakamoto', 'Hildegard Knef', 'Tinariwen', 'Kraftwerk', 'Einstürzende Neubauten',
  'Ebo Taylor', 'Mulatu Astatke', 'Alice Coltrane', 'Caetano Veloso', 'Gal Costa', 'Haruomi Hosono', 'Mariya Takeuchi', 'Sanjeev Abhyankar', 'Anoushka Shankar', 'Selda Bağcan',
  'Barış Manço', 'Kayhan Kalhor', 'Googoosh', 'Czesław Niemen', 'Sidsel Endresen', 'Jan Garbarek', 'Amadou & Mariam', 'Oumou Sangaré', 'Sona Jobarteh', 'Bonobo', 'Nils Frahm',
  'Moderat', 'Deichkind', 'Die Goldenen Zitronen', 'Tocotronic', 'Jeanette Biedermann', 'The Comet Is Coming', 'Sault', 'Khruangbin', 'Altın Gün', 'Bombino', 'Kokoroko',
  'Ólafur Arnalds', 'Hania Rani', 'Joep Beving', 'Kiasmos', 'Jon Hopkins', 'Floating Points', 'Four Tet', 'Kelly Lee Owens', 'Jlin', 'Hiroshi Yoshimura', 'Midori Takada',
  'Chancha Vía Circuito', 'Nicola Cruz', 'Mdou Moctar', 'Songhoy Blues', 'BADBADNOTGOOD', 'Ezra Collective', 'Nubya Garcia', 'Shabaka', 'Emma-Jean Thackray', 'Yussef Dayes']) n;
INSERT INTO fw.ar SELECT c.k - 240, c.title FROM fw.ch c;

CREATE TABLE music_artist (
    id serial PRIMARY KEY, mbid uuid UNIQUE, name varchar(255) NOT NULL, creation_date timestamptz NOT NULL, fid varchar(500) UNIQUE, from_activity_id integer,
    uuid uuid NOT NULL UNIQUE, attributed_to_id integer, description_id integer UNIQUE, attachment_cover_id integer, content_category varchar(30) NOT NULL,
    modification_date timestamptz
);
INSERT INTO music_artist
SELECT a.k, CASE WHEN a.k <= 60 THEN fixture_gen.uuid('mbart', a.k)::uuid END, a.name, fw.at('arc', a.k, '2020-03-05 00:00:00+00', '2024-06-01 00:00:00+00'),
  'https://audio.hafenklang.example/federation/music/artists/' || fixture_gen.uuid('aru', a.k), NULL, fixture_gen.uuid('aru', a.k)::uuid,
  CASE WHEN a.k > 60 THEN a.k + 240 END, CASE WHEN a.k > 60 THEN a.k + 240 END, CASE WHEN a.k > 60 THEN 421 + a.k - 61 END,
  CASE WHEN a.k <= 60 THEN 'music' WHEN a.k IN (66, 78) THEN 'other' ELSE 'podcast' END, fw.at('arm', a.k, '2024-01-01 00:00:00+00', '2024-06-20 00:00:00+00')
FROM fw.ar a;

CREATE TABLE music_album (
    id serial PRIMARY KEY, mbid uuid UNIQUE, title varchar(255) NOT NULL, creation_date timestamptz NOT NULL, release_date date, type varchar(30) NOT NULL,
    artist_id integer NOT NULL, fid varchar(500) UNIQUE, from_activity_id integer, uuid uuid NOT NULL UNIQUE, attributed_to_id integer,
    description_id integer UNIQUE, attachment_cover_id integer
);
INSERT INTO music_album
SELECT k, CASE WHEN k <= 100 THEN fixture_gen.uuid('mbalb', k)::uuid END,
  CASE WHEN k <= 100 THEN fixture_gen.pick(ARRAY['Live at the Roundhouse', 'Expensive Shit', 'Pastel Blues', 'async', 'Tassili', 'Die Mensch-Maschine', 'Afrobeat Airways', 'Mulatu of Ethiopia',
      'Journey in Satchidananda', 'Transa', 'Índia', 'Hosono House', 'Variety', 'Traveling Light', 'Yol', 'Ghosts', 'Re:member', 'Spaces', 'All Melody', 'Migration',
      'Kosmos', 'Tag der Arbeit', 'Schall & Wahn', 'Nordic Nights', 'Dimanche à Bamako', 'Timbuktu', 'Black Focus', 'Source', 'Immunity', 'Elaenia', 'Green', 'Through the Looking Glass',
      'Sahel', 'Sixteen Oceans', 'Home', 'Inner Song', 'Black Origami', 'Yellow Magic', 'Esperanza', 'Nunca Más'], 'alt', k) || CASE WHEN k > 40 THEN ' (' || fixture_gen.pick(ARRAY['Deluxe Edition', 'Remastered', 'Live', 'Expanded', 'Vol. 2'], 'alx', k) || ')' ELSE '' END
    ELSE fixture_gen.pick(ARRAY['Season 1', 'Season 2', 'Episodes', 'Archive 2023', 'Specials'], 'als', k) END,
  fw.at('alc', k, '2020-03-05 00:00:00+00', '2024-06-01 00:00:00+00'), CASE WHEN k <= 100 THEN date '1965-01-01' + fixture_gen.n('alr', k, 21000) END,
  CASE WHEN k > 100 THEN 'podcast' ELSE fixture_gen.pick(ARRAY['album', 'album', 'album', 'single', 'ep', 'compilation'], 'aty', k) END,
  CASE WHEN k <= 100 THEN 1 + (k * 7) % 60 ELSE 61 + (k - 101) END,
  'https://audio.hafenklang.example/federation/music/albums/' || fixture_gen.uuid('alu', k), NULL, fixture_gen.uuid('alu', k)::uuid,
  CASE WHEN k > 100 THEN 301 + (k - 101) END, NULL, CASE WHEN k <= 100 THEN 300 + k WHEN k <= 120 THEN 421 + (k - 101) END
FROM generate_series(1, 120) k;

CREATE TABLE music_track (
    id serial PRIMARY KEY, mbid uuid UNIQUE, title varchar(255) NOT NULL, creation_date timestamptz NOT NULL, position integer, album_id integer,
    artist_id integer NOT NULL, fid varchar(500) UNIQUE, from_activity_id integer, uuid uuid NOT NULL UNIQUE, disc_number integer, copyright varchar(500),
    license_id varchar(100), attributed_to_id integer, description_id integer UNIQUE, attachment_cover_id integer, modification_date timestamptz
);
INSERT INTO music_track
SELECT k, CASE WHEN al.id <= 100 AND k % 6 <> 0 THEN fixture_gen.uuid('mbtrk', k)::uuid END,
  CASE WHEN al.id <= 100 THEN fixture_gen.pick(ARRAY['Water No Get Enemy', 'Sinnerman', 'Merry Christmas Mr. Lawrence', 'Für mich soll''s rote Rosen regnen', 'Tenere Taqqim Tossam',
      'Das Model', 'Yègellé Tezeta', 'Love and Death', 'Plastic Love', 'Yalan Dünya', 'Gönül Dağı', 'Says', 'Ode to Doubt', 'Lost Souls', 'Open Eye Signal', 'Bird of Paradise',
      'Baby', 'Sabali', 'Chiwoniso', 'Intro', 'Outro', 'Interlude', 'Untitled #4', 'Track 01', 'Morning Dew', 'Mi Rumba', 'Afrikan Sciences', 'Nomad', 'Tokyo Night',
      'Agadez', 'Kel Tamasheq', 'Silence', 'Rain', 'Dusk', 'Harbour Lights'], 'trt', k)
    ELSE 'Episode ' || (1 + k % 40)::text || ': ' || fixture_gen.pick(ARRAY['Club culture after the pandemic', 'Recording the fish market', 'Rehearsal night', 'Memories of Izmir',
      'Open mic highlights', 'The little lighthouse', 'Building a Eurorack case', 'Highlife in Hamburg', 'Interview with a luthier', 'Street noise and silence'], 'tep', k) END,
  fw.at('trc', k, '2020-03-05 00:00:00+00', '2024-06-20 00:00:00+00'), 1 + k % 14, al.id, al.artist_id,
  'https://audio.hafenklang.example/federation/music/tracks/' || fixture_gen.uuid('tru', k), NULL, fixture_gen.uuid('tru', k)::uuid,
  CASE WHEN al.id <= 100 THEN 1 + (k % 10 = 0)::int END,
  CASE WHEN al.id <= 100 AND k % 3 = 0 THEN '℗ ' || extract(year FROM al.release_date)::int || ' ' || fixture_gen.pick(ARRAY['Strut Records', 'Erased Tapes', 'Warp Records', 'Nonesuch', 'Sahel Sounds', 'Brownswood Recordings', 'Ninja Tune'], 'trcp', k)
       WHEN al.id > 100 THEN '© Hafenklang e.V., CC BY-NC-SA' END,
  CASE WHEN al.id > 100 THEN 'cc-by-nc-sa-4.0' WHEN k % 9 = 0 THEN fixture_gen.pick(ARRAY['cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0', 'cc-by-nc-4.0'], 'trl', k) END,
  al.attributed_to_id, NULL, NULL, fw.at('trm', k, '2024-01-01 00:00:00+00', '2024-06-20 00:00:00+00')
FROM generate_series(1, 300) k JOIN music_album al ON al.id = CASE WHEN k <= 240 THEN 1 + (k * 3) % 100 ELSE 101 + (k % 20) END;

-- ---------------------------------------------------------------------------
-- Libraries (1-110 one per local user, 111-130 the channels'), uploads and
-- their transcoded versions, channels.

CREATE TABLE music_library (
    id serial PRIMARY KEY, fid varchar(500) NOT NULL UNIQUE, url varchar(500), uuid uuid NOT NULL UNIQUE, followers_url varchar(500) NOT NULL,
    creation_date timestamptz NOT NULL, modification_date timestamptz NOT NULL, name varchar(100) NOT NULL, description text, privacy_level varchar(25) NOT NULL,
    actor_id integer NOT NULL, uploads_count integer NOT NULL CHECK (uploads_count >= 0)
);
INSERT INTO music_library
SELECT g.k, 'https://audio.hafenklang.example/federation/music/libraries/' || fixture_gen.uuid('lib', g.k), NULL, fixture_gen.uuid('lib', g.k)::uuid,
  'https://audio.hafenklang.example/federation/music/libraries/' || fixture_gen.uuid('lib', g.k) || '/followers',
  fw.at('libc', g.k, '2020-03-05 00:00:00+00', '2024-05-01 00:00:00+00'), fw.at('libm', g.k, '2024-05-01 00:00:00+00', '2024-06-28 00:00:00+00'),
  CASE WHEN g.k > 110 THEN c.title || ' (channel)' ELSE fixture_gen.pick(ARRAY['My library', 'Music', 'Vinyl rips', 'Live recordings', 'Rehearsals', 'Podcasts', 'Jazz', 'Radio archive', 'Samples & loops', 'Bootlegs'], 'libn', g.k) END,
  CASE WHEN g.k > 110 THEN NULL ELSE fixture_gen.pick(ARRAY[NULL, '', 'Everything I own on vinyl, ripped at 320 kbps.',
      'Rehearsal recordings of our band. Members only, please ask ' || p.first || ' before sharing.',
      'My late father''s tape collection, digitised. He was a sailor and recorded the radio in every port.',
      'Demos. Contact me at ' || p.email || ' if you want to collaborate.',
      'Recordings from my daughter ' || fixture_gen.pick(ARRAY['Mia', 'Lina', 'Emma', 'Aylin', 'Yuna'], 'libd', g.k) || '''s piano lessons, for grandma.',
      'Public domain classical recordings.'], 'libdes', g.k) END,
  CASE WHEN g.k > 110 THEN 'everyone' ELSE fixture_gen.pick(ARRAY['me', 'instance', 'instance', 'everyone', 'me'], 'libp', g.k) END,
  CASE WHEN g.k > 110 THEN 301 + (g.k - 111) ELSE g.k END, 0
FROM generate_series(1, 130) g(k) LEFT JOIN fw.p p ON p.i = g.k LEFT JOIN fw.ch c ON c.k = 301 + (g.k - 111);

CREATE TABLE audio_channel (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, actor_id integer NOT NULL UNIQUE, attributed_to_id integer NOT NULL,
    library_id integer NOT NULL UNIQUE, rss_url varchar(500), metadata jsonb NOT NULL, artist_id integer NOT NULL UNIQUE
);
INSERT INTO audio_channel
SELECT c.k - 300, fixture_gen.uuid('chu', c.k)::uuid, a.creation_date, c.k, c.owner, 111 + (c.k - 301),
  CASE WHEN c.k = 304 THEN 'https://anchor.fm/s/' || substr(md5('anch' || c.k), 1, 8) || '/podcast/rss'
       WHEN c.k = 311 THEN 'https://www.patreon.com/rss/' || fw.f(p.first) || fw.f(p.last) || '?auth=' || fw.tok('patr', c.k, 32)
       WHEN c.k = 318 THEN 'https://feeds.hoerspiel-hamburg.example/private/' || fixture_gen.hexn('feedtok', c.k, 40) || '/feed.xml' END,
  jsonb_build_object('itunes_category', fixture_gen.pick(ARRAY['Music', 'Arts', 'Society & Culture', 'Kids & Family', 'Technology'], 'chcat', c.k),
    'itunes_subcategory', fixture_gen.pick(ARRAY['Music Commentary', 'Music Interviews', 'Performing Arts', NULL], 'chsub', c.k), 'language', fixture_gen.pick(ARRAY['de', 'en', 'tr', 'pt'], 'chl', c.k),
    'copyright', 'Hafenklang e.V.', 'owner_name', p.full_name, 'owner_email', p.email, 'explicit', c.k % 5 = 0),
  c.k - 240
FROM fw.ch c JOIN federation_actor a ON a.id = c.k JOIN fw.p p ON p.i = c.owner;

CREATE TABLE music_upload (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, fid varchar(500) UNIQUE, creation_date timestamptz NOT NULL, modification_date timestamptz,
    accessed_date timestamptz, audio_file varchar(255) NOT NULL, source varchar(500), duration integer, size integer, bitrate integer,
    mimetype varchar(200), library_id integer, track_id integer, from_activity_id integer, import_date timestamptz, import_details jsonb,
    import_status varchar(25) NOT NULL, import_metadata jsonb, import_reference varchar(50) NOT NULL, metadata jsonb
);
INSERT INTO music_upload
SELECT k, fixture_gen.uuid('up', k)::uuid, 'https://audio.hafenklang.example/federation/music/uploads/' || fixture_gen.uuid('up', k), t, t + interval '40 seconds',
  CASE WHEN k % 4 <> 0 THEN fw.at('upa', k, '2024-04-01 00:00:00+00', '2024-06-28 16:00:00+00') END,
  CASE WHEN x.kind = 'inplace' THEN '' ELSE 'tracks/' || to_char(t, 'YYYY/MM/DD') || '/' || substr(md5('upf' || k), 1, 22) || x.ext END,
  CASE x.kind
    WHEN 'inplace' THEN 'file:///srv/funkwhale/data/music/' || p.username || '/' || ar.name || '/' || al.title || '/' || lpad(tr.position::text, 2, '0') || ' ' || tr.title || x.ext
    WHEN 'channel' THEN 'upload://' || fixture_gen.pick(ARRAY['episode_' || tr.position || '_final.mp3', tr.title || ' (mix ' || fw.f(p.first) || ').wav',
        'Interview ' || fixture_gen.full_name('upint', k) || ' ' || to_char(t, 'YYYY-MM-DD') || '.m4a', 'ep' || tr.position || '-master-v2.mp3'], 'upcs', k)
    WHEN 'memo' THEN 'upload://' || fixture_gen.pick(ARRAY['Voice memo ' || p.first || ' ' || to_char(t, 'YYYY-MM-DD') || '.m4a', p.first || '_' || p.last || '_demo_' || (k % 9)::text || '.wav',
        'Hochzeit ' || p.last || ' – Tanz.mp3', 'Rehearsal ' || to_char(t, 'DD.MM.') || ' at ' || p.first || 's place.ogg'], 'upms', k)
    ELSE 'upload://' || lpad(tr.position::text, 2, '0') || ' - ' || tr.title || x.ext END,
  90 + fixture_gen.n('updur', k, 3400), 1000000 + fixture_gen.n('upsz', k, 90000000), (ARRAY[128000, 192000, 256000, 320000, 900000])[1 + fixture_gen.n('upbr', k, 5)],
  CASE x.ext WHEN '.mp3' THEN 'audio/mpeg' WHEN '.flac' THEN 'audio/x-flac' WHEN '.ogg' THEN 'audio/ogg' WHEN '.m4a' THEN 'audio/x-m4a' ELSE 'audio/x-wav' END,
  x.lib, CASE WHEN st = 'errored' THEN NULL ELSE tr.id END, NULL, CASE WHEN st = 'finished' THEN t + interval '40 seconds' END,
  CASE WHEN st = 'errored' THEN jsonb_build_object('error_code', fixture_gen.pick(ARRAY['invalid_metadata', 'track_uuid_not_found', 'unknown_error'], 'uperr', k),
         'detail', jsonb_build_object('title', jsonb_build_array('This field may not be blank.')), 'traceback', 'Traceback (most recent call last):\n  File "/app/funkwhale_api/music/tasks.py", line 287, in process_upload\n    final_metadata = metadata.get_metadata()')
       WHEN st = 'skipped' THEN jsonb_build_object('code', 'already_imported_in_owned_libraries', 'duplicates', jsonb_build_array(fixture_gen.uuid('up', k - 1)))
       ELSE '{}'::jsonb END,
  st, CASE WHEN x.kind = 'channel' THEN jsonb_build_object('title', tr.title, 'position', tr.position, 'tags', jsonb_build_array('podcast', 'hamburg'), 'album', tr.album_id, 'license', 'cc-by-nc-sa-4.0')
           WHEN k % 5 = 0 THEN jsonb_build_object('tags', jsonb_build_array(fixture_gen.pick(ARRAY['jazz', 'afrobeat', 'ambient', 'techno', 'folk'], 'upt', k))) ELSE '{}'::jsonb END,
  CASE WHEN x.kind = 'inplace' THEN 'cli-' || to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') WHEN k % 3 = 0 THEN 'Import launched via web UI on ' || to_char(t, 'YYYY-MM-DD') ELSE fixture_gen.uuid('upref', k / 10) END,
  jsonb_strip_nulls(jsonb_build_object('title', tr.title, 'artist', ar.name, 'album', al.title, 'tracknumber', tr.position::text, 'date', to_char(coalesce(al.release_date, t::date), 'YYYY'),
    'genre', fixture_gen.pick(ARRAY['Jazz', 'Afrobeat', 'Ambient', 'Electronic', 'Podcast', 'Folk', NULL], 'upg', k),
    'comment', CASE WHEN x.kind = 'memo' THEN fixture_gen.pick(ARRAY['Recorded by ' || p.full_name || ' on a Zoom H4n', 'For ' || fixture_gen.first_name('upc2', k) || ', happy birthday! Call me: ' || p.phone,
                                                               'Take 3, ' || p.first || ' on vocals, ' || fixture_gen.full_name('upc3', k) || ' on drums'], 'upcm', k)
                    WHEN x.kind = 'channel' THEN 'Produced by ' || p.full_name || ' <' || p.email || '>'
                    WHEN k % 7 = 0 THEN 'Ripped by ' || p.username || ' with EAC' WHEN k % 7 = 1 THEN 'Visit our Bandcamp page' END,
    'encoded_by', CASE WHEN k % 4 = 0 THEN 'LAME 3.100' WHEN x.kind = 'memo' THEN 'iPhone Voice Memos' END,
    'musicbrainz_recordingid', CASE WHEN tr.mbid IS NOT NULL AND x.kind <> 'memo' THEN tr.mbid::text END,
    'copyright', tr.copyright))
FROM generate_series(1, 400) k
CROSS JOIN LATERAL (SELECT fw.at('upc', k, '2020-04-01 00:00:00+00', '2024-06-28 12:00:00+00') AS t,
  CASE WHEN k % 19 = 0 THEN 'errored' WHEN k % 23 = 0 THEN 'skipped' WHEN k % 41 = 0 THEN 'pending' ELSE 'finished' END AS st) y
CROSS JOIN LATERAL (SELECT CASE WHEN k > 340 THEN 'channel' WHEN k % 11 = 0 THEN 'memo' WHEN k % 5 = 2 THEN 'inplace' ELSE 'upload' END AS kind,
  CASE WHEN k > 340 THEN 111 + k % 20 ELSE 1 + (k * 7) % 110 END AS lib,
  fixture_gen.pick(ARRAY['.mp3', '.mp3', '.flac', '.ogg', '.m4a'], 'upe', k) AS ext) x
JOIN music_track tr ON tr.id = CASE WHEN k > 340 THEN 241 + k % 60 ELSE 1 + (k * 13) % 240 END
JOIN music_album al ON al.id = tr.album_id JOIN music_artist ar ON ar.id = tr.artist_id
JOIN fw.p p ON p.i = CASE WHEN k > 340 THEN (SELECT owner FROM fw.ch WHERE fw.ch.k = 301 + x.lib - 111) ELSE x.lib END;
UPDATE music_library l SET uploads_count = (SELECT count(*) FROM music_upload u WHERE u.library_id = l.id);

CREATE TABLE music_uploadversion (
    id serial PRIMARY KEY, mimetype varchar(50) NOT NULL, creation_date timestamptz NOT NULL, accessed_date timestamptz, audio_file varchar(255) NOT NULL,
    bitrate integer NOT NULL CHECK (bitrate >= 0), size integer NOT NULL CHECK (size >= 0), upload_id integer NOT NULL, UNIQUE (upload_id, mimetype, bitrate)
);
INSERT INTO music_uploadversion
SELECT row_number() OVER (ORDER BY u.id), 'audio/mpeg', u.creation_date + interval '3 days', u.accessed_date,
  'transcoded/' || substr(md5('tv' || u.id), 1, 2) || '/' || substr(md5('tv' || u.id), 3, 2) || '/' || substr(md5('tv' || u.id), 5, 2) || '/' || substr(md5('tvf' || u.id), 1, 28) || '.mp3',
  320000, u.size / 3, u.id
FROM music_upload u WHERE u.id % 3 = 0 AND u.import_status = 'finished';

-- ---------------------------------------------------------------------------
-- Federation: follows, activities, inbox, deliveries, fetches.

CREATE TABLE federation_follow (
    id serial PRIMARY KEY, fid varchar(500) UNIQUE, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, modification_date timestamptz NOT NULL,
    approved boolean, actor_id integer NOT NULL, target_id integer NOT NULL, UNIQUE (actor_id, target_id)
);
INSERT INTO federation_follow
SELECT k, CASE WHEN a.domain_id = 'audio.hafenklang.example' OR a.fid LIKE '%/federation/actors/%' THEN 'https://' || a.domain_id || '/federation/follows/' || fixture_gen.uuid('fol', k)
               ELSE 'https://' || a.domain_id || '/' || fixture_gen.uuid('folm', k) END,
  fixture_gen.uuid('fol', k)::uuid, t, t + interval '2 seconds', CASE WHEN k % 17 = 0 THEN NULL WHEN k % 29 = 0 THEN false ELSE true END, a.id, 301 + k % 20
FROM generate_series(1, 200) k JOIN federation_actor a ON a.id = 1 + (k * 37) % 300
CROSS JOIN LATERAL (SELECT fw.at('folc', k, '2021-06-01 00:00:00+00', '2024-06-28 00:00:00+00') AS t) x
ON CONFLICT (actor_id, target_id) DO NOTHING;

CREATE TABLE federation_libraryfollow (
    id serial PRIMARY KEY, fid varchar(500) UNIQUE, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, modification_date timestamptz NOT NULL,
    approved boolean, actor_id integer NOT NULL, target_id integer NOT NULL, UNIQUE (actor_id, target_id)
);
INSERT INTO federation_libraryfollow
SELECT k, CASE WHEN a.fid LIKE '%/federation/actors/%' THEN 'https://' || a.domain_id || '/federation/follows/library/' || fixture_gen.uuid('lfol', k) ELSE 'https://' || a.domain_id || '/' || fixture_gen.uuid('lfolm', k) END,
  fixture_gen.uuid('lfol', k)::uuid, t, t + interval '1 day', CASE WHEN k % 7 = 0 THEN NULL WHEN k % 13 = 0 THEN false ELSE true END, a.id, 1 + (k * 11) % 110
FROM generate_series(1, 150) k JOIN federation_actor a ON a.id = 1 + (k * 53) % 300
CROSS JOIN LATERAL (SELECT fw.at('lfc', k, '2021-06-01 00:00:00+00', '2024-06-28 00:00:00+00') AS t) x
ON CONFLICT (actor_id, target_id) DO NOTHING;

CREATE TABLE federation_activity (
    id serial PRIMARY KEY, fid varchar(500) UNIQUE, uuid uuid NOT NULL UNIQUE, url varchar(500), type varchar(100), payload jsonb NOT NULL,
    creation_date timestamptz NOT NULL, actor_id integer NOT NULL, object_id integer, object_content_type_id integer, target_id integer,
    target_content_type_id integer, related_object_id integer, related_object_content_type_id integer
);
INSERT INTO federation_activity
SELECT k, x.fid, fixture_gen.uuid('act', k)::uuid, NULL, x.typ,
  CASE x.typ
    WHEN 'Follow' THEN jsonb_build_object('@context', jsonb_build_array('https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'), 'type', 'Follow', 'id', x.fid,
        'actor', a.fid, 'object', tg.fid)
    WHEN 'Update' THEN jsonb_build_object('@context', jsonb_build_array('https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'), 'type', 'Update', 'id', x.fid, 'actor', a.fid,
        'object', jsonb_build_object('id', a.fid, 'type', 'Person', 'name', a.name, 'preferredUsername', a.preferred_username, 'summary', coalesce(a.summary, p.bio),
          'inbox', a.inbox_url, 'outbox', a.outbox_url, 'url', jsonb_build_array(jsonb_build_object('type', 'Link', 'href', a.url, 'mediaType', 'text/html')),
          'publicKey', jsonb_build_object('id', a.fid || '#main-key', 'owner', a.fid, 'publicKeyPem', a.public_key)))
    WHEN 'Create' THEN jsonb_build_object('@context', 'https://www.w3.org/ns/activitystreams', 'type', 'Create', 'id', x.fid, 'actor', a.fid,
        'object', jsonb_build_object('type', 'Audio', 'id', 'https://audio.hafenklang.example/federation/music/uploads/' || fixture_gen.uuid('up', 1 + k % 400), 'library', 'https://audio.hafenklang.example/federation/music/libraries/' || fixture_gen.uuid('lib', 1 + k % 110),
          'name', (SELECT title FROM music_track WHERE id = 1 + k % 300), 'attributedTo', a.fid))
    WHEN 'Like' THEN jsonb_build_object('@context', 'https://www.w3.org/ns/activitystreams', 'type', 'Like', 'id', x.fid, 'actor', a.fid, 'object', 'https://audio.hafenklang.example/federation/music/tracks/' || fixture_gen.uuid('tru', 1 + k % 300))
    ELSE jsonb_build_object('@context', 'https://www.w3.org/ns/activitystreams', 'type', 'Accept', 'id', x.fid, 'actor', tg.fid,
        'object', jsonb_build_object('type', 'Follow', 'id', 'https://' || a.domain_id || '/' || fixture_gen.uuid('folm', k), 'actor', a.fid, 'object', tg.fid)) END,
  fw.at('actc', k, '2021-06-01 00:00:00+00', '2024-06-28 16:00:00+00'), a.id,
  CASE WHEN x.typ IN ('Follow', 'Accept') THEN tg.id WHEN x.typ = 'Update' THEN a.id WHEN x.typ = 'Create' THEN 1 + k % 400 ELSE 1 + k % 300 END,
  CASE WHEN x.typ IN ('Follow', 'Accept', 'Update') THEN 7 WHEN x.typ = 'Create' THEN 14 ELSE 13 END,
  CASE WHEN x.typ = 'Create' THEN 1 + k % 110 END, CASE WHEN x.typ = 'Create' THEN 15 END, NULL, NULL
FROM generate_series(1, 300) k
JOIN federation_actor a ON a.id = CASE WHEN k % 5 = 2 THEN 1 + k % 110 ELSE 1 + (k * 31) % 300 END
JOIN federation_actor tg ON tg.id = 301 + k % 20
LEFT JOIN fw.p p ON p.i = a.id
CROSS JOIN LATERAL (SELECT t.typ,
  CASE WHEN a.domain_id = 'audio.hafenklang.example' THEN 'https://audio.hafenklang.example/federation/activity/' || fixture_gen.uuid('act', k)
       WHEN a.fid LIKE '%/federation/actors/%' THEN 'https://' || a.domain_id || '/federation/activity/' || fixture_gen.uuid('act', k)
       WHEN t.typ = 'Like' THEN a.fid || '#likes/' || (100000 + k)::text
       WHEN t.typ = 'Update' THEN a.fid || '#updates/' || (1700000000 + k)::text
       ELSE 'https://' || a.domain_id || '/' || fixture_gen.uuid('actm', k) END AS fid
  FROM (SELECT CASE WHEN k % 5 = 2 THEN 'Create' ELSE (ARRAY['Follow', 'Update', 'Like', 'Update', 'Accept'])[1 + fixture_gen.n('actt', k, 5)] END AS typ) t) x;
UPDATE federation_activity SET url = payload->'object'->'url'->0->>'href' WHERE type = 'Update';

CREATE TABLE federation_inboxitem (
    id bigserial PRIMARY KEY, type varchar(10) NOT NULL, is_read boolean NOT NULL, activity_id integer NOT NULL, actor_id integer NOT NULL
);
INSERT INTO federation_inboxitem
SELECT row_number() OVER (ORDER BY a.id, r), CASE WHEN r = 1 THEN 'to' ELSE 'cc' END, (a.id + r) % 3 <> 0, a.id, CASE WHEN r = 1 THEN 301 + a.id % 20 ELSE 1 + (a.id * 7) % 110 END
FROM federation_activity a CROSS JOIN generate_series(1, 2) r WHERE a.actor_id > 110;

CREATE TABLE federation_delivery (
    id serial PRIMARY KEY, inbox_url varchar(500) NOT NULL, is_delivered boolean NOT NULL, attempts integer NOT NULL CHECK (attempts >= 0),
    last_attempt_date timestamptz, activity_id integer NOT NULL
);
INSERT INTO federation_delivery
SELECT row_number() OVER (ORDER BY a.id, r), CASE WHEN f.shared_inbox_url IS NOT NULL AND r % 2 = 0 THEN f.shared_inbox_url ELSE f.inbox_url END,
  (a.id + r) % 11 <> 0, CASE WHEN (a.id + r) % 11 = 0 THEN 5 ELSE 1 END, a.creation_date + interval '3 seconds', a.id
FROM federation_activity a CROSS JOIN generate_series(1, 2) r JOIN federation_actor f ON f.id = 111 + (a.id * 3 + r * 17) % 190
WHERE a.actor_id <= 110 OR a.actor_id > 300;

CREATE TABLE federation_fetch (
    id serial PRIMARY KEY, url varchar(500) NOT NULL, creation_date timestamptz NOT NULL, fetch_date timestamptz, status varchar(20) NOT NULL,
    detail jsonb NOT NULL, actor_id integer NOT NULL, object_id integer, object_content_type_id integer
);
INSERT INTO federation_fetch
SELECT k, CASE WHEN k % 3 = 0 THEN a.fid ELSE 'https://' || fixture_gen.pick(ARRAY['open.audio', 'tanukitunes.com', 'funkwhale.it'], 'ftd', k) || '/federation/music/' || fixture_gen.pick(ARRAY['uploads', 'tracks', 'albums', 'libraries'], 'ftk', k) || '/' || fixture_gen.uuid('ftu', k) END,
  t, CASE WHEN k % 8 <> 0 THEN t + interval '2 seconds' END, CASE WHEN k % 8 = 0 THEN 'pending' WHEN k % 9 = 0 THEN 'errored' WHEN k % 10 = 0 THEN 'skipped' ELSE 'finished' END,
  CASE WHEN k % 9 = 0 THEN jsonb_build_object('error_code', fixture_gen.pick(ARRAY['http', 'connection', 'timeout', 'validation'], 'fte', k), 'status_code', 404) ELSE '{}'::jsonb END,
  1 + (k * 7) % 110, CASE WHEN k % 3 = 0 AND k % 8 <> 0 THEN a.id END, CASE WHEN k % 3 = 0 AND k % 8 <> 0 THEN 7 END
FROM generate_series(1, 180) k JOIN federation_actor a ON a.id = 111 + (k * 13) % 190
CROSS JOIN LATERAL (SELECT fw.at('ftc', k, '2023-06-01 00:00:00+00', '2024-06-28 16:00:00+00') AS t) x;

-- ---------------------------------------------------------------------------
-- Listening: playlists, favourites, history, radios.

CREATE TABLE playlists_playlist (
    id serial PRIMARY KEY, name varchar(50) NOT NULL, creation_date timestamptz NOT NULL, modification_date timestamptz NOT NULL, privacy_level varchar(30) NOT NULL, user_id integer NOT NULL
);
INSERT INTO playlists_playlist
SELECT k, fixture_gen.pick(ARRAY['Road trip', 'Sunday morning', 'Workout', 'Favourites 2023', 'Sleep', 'Party mix', 'Radio show 14.05.', 'Cooking', 'Focus', 'Afrobeat essentials', 'Rainy days', 'Kids'], 'pln', k),
  t, t + make_interval(days => fixture_gen.n('plm', k, 300)), fixture_gen.pick(ARRAY['me', 'instance', 'everyone'], 'plp', k), 1 + (k * 17) % 110
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT fw.at('plc', k, '2021-01-01 00:00:00+00', '2024-05-01 00:00:00+00') AS t) x;

CREATE TABLE playlists_playlisttrack (
    id serial PRIMARY KEY, index integer CHECK (index >= 0), creation_date timestamptz NOT NULL, playlist_id integer NOT NULL, track_id integer NOT NULL
);
INSERT INTO playlists_playlisttrack
SELECT row_number() OVER (ORDER BY pl.id, r), r - 1, pl.creation_date + make_interval(mins => r * 3), pl.id, 1 + (pl.id * 31 + r * 7) % 300
FROM playlists_playlist pl CROSS JOIN generate_series(1, 4) r;

CREATE TABLE favorites_trackfavorite (id serial PRIMARY KEY, creation_date timestamptz NOT NULL, track_id integer NOT NULL, user_id integer NOT NULL, UNIQUE (track_id, user_id));
INSERT INTO favorites_trackfavorite
SELECT k, fw.at('fav', k, '2021-01-01 00:00:00+00', '2024-06-28 00:00:00+00'), 1 + (k * 23) % 300, 1 + (k * 7) % 110
FROM generate_series(1, 250) k ON CONFLICT DO NOTHING;

CREATE TABLE history_listening (
    id serial PRIMARY KEY, creation_date timestamptz NOT NULL, track_id integer NOT NULL, user_id integer, source varchar(100)
);
INSERT INTO history_listening
SELECT k, fw.at('lis', k, '2023-01-01 00:00:00+00', '2024-06-28 16:00:00+00'), 1 + (k * 29) % 300, 1 + (k * 11) % 110,
  fixture_gen.pick(ARRAY[NULL, NULL, 'Funkwhale', 'Listenbrainz', 'Subsonic: DSub', 'Subsonic: Symfonium', 'Funkwhale Android'], 'lss', k)
FROM generate_series(1, 400) k;

CREATE TABLE radios_radio (
    id serial PRIMARY KEY, name varchar(100) NOT NULL, description text NOT NULL, creation_date timestamptz NOT NULL, is_public boolean NOT NULL, config jsonb NOT NULL, user_id integer NOT NULL
);
INSERT INTO radios_radio
SELECT k, r.name, r.descr, fw.at('rac', k, '2021-01-01 00:00:00+00', '2024-05-01 00:00:00+00'), k % 3 <> 0, r.conf::jsonb, 1 + (k * 19) % 110
FROM (VALUES (1, 'Only jazz', 'Jazz from the fifties to now, no vocals.', '[{"type": "tag", "names": ["jazz"]}]'),
  (2, 'Afrobeat & highlife', 'West African grooves.', '[{"type": "tag", "names": ["afrobeat", "highlife"]}]'),
  (3, 'No Kraftwerk', '', '[{"type": "artist", "ids": [6], "not": true}]'),
  (4, 'Ambient for work', 'Calm music for the office.', '[{"type": "tag", "names": ["ambient"]}, {"type": "artist", "ids": [28, 40, 41]}]'),
  (5, 'Hafenklang podcasts', 'All podcast channels of the pod.', '[{"type": "library", "ids": [111, 112, 113]}]'),
  (6, 'Turkish psych', 'Anadolu rock and psychedelia.', '[{"type": "artist", "ids": [17, 18, 37]}]'),
  (7, 'Electronic', '', '[{"type": "tag", "names": ["techno", "electronic"]}]'),
  (8, 'Sleepy time', 'For the kids at bedtime.', '[{"type": "tag", "names": ["lullaby", "ambient"]}]'),
  (9, 'Nordic', 'Scandinavian jazz and neo-classical.', '[{"type": "artist", "ids": [22, 23, 40, 43]}]'),
  (10, 'Brazil', 'MPB and tropicália.', '[{"type": "artist", "ids": [11, 12]}]'),
  (11, 'Japanese city pop', '', '[{"type": "artist", "ids": [13, 14]}]'),
  (12, 'Our rehearsals', 'Band rehearsals from the shared library.', '[{"type": "library", "ids": [5]}]')) r(k, name, descr, conf);

CREATE TABLE radios_radiosession (
    id serial PRIMARY KEY, radio_type varchar(50) NOT NULL, creation_date timestamptz NOT NULL, custom_radio_id integer, user_id integer,
    session_key varchar(100), related_object_id integer, related_object_content_type_id integer, config jsonb
);
INSERT INTO radios_radiosession
SELECT k, x.rt, fw.at('rsc', k, '2023-01-01 00:00:00+00', '2024-06-28 16:00:00+00'), CASE WHEN x.rt = 'custom' THEN 1 + k % 12 END,
  CASE WHEN k % 4 = 0 THEN NULL ELSE 1 + (k * 13) % 110 END, CASE WHEN k % 4 = 0 THEN lower(fw.tok('sk', k, 32)) END,
  CASE WHEN x.rt = 'artist' THEN 1 + k % 60 WHEN x.rt = 'tag' THEN 1 + k % 20 END, CASE WHEN x.rt = 'artist' THEN 11 WHEN x.rt = 'tag' THEN 25 END,
  CASE WHEN x.rt = 'actor-content' THEN jsonb_build_object('actor', 1 + k % 110) END
FROM generate_series(1, 160) k CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['random', 'random', 'favorites', 'less-listened', 'custom', 'artist', 'tag', 'actor-content'], 'rst', k) AS rt) x;

CREATE TABLE radios_radiosessiontrack (id serial PRIMARY KEY, position integer NOT NULL, session_id integer NOT NULL, track_id integer NOT NULL);
INSERT INTO radios_radiosessiontrack
SELECT row_number() OVER (ORDER BY s.id, r), r, s.id, 1 + (s.id * 41 + r * 3) % 300 FROM radios_radiosession s CROSS JOIN generate_series(1, 3) r;

CREATE TABLE tags_tag (id serial PRIMARY KEY, name varchar(100) NOT NULL UNIQUE, creation_date timestamptz NOT NULL);
INSERT INTO tags_tag SELECT k, n, fw.at('tagc', k, '2020-03-05 00:00:00+00', '2024-06-01 00:00:00+00')
FROM unnest(ARRAY['jazz', 'afrobeat', 'highlife', 'ambient', 'techno', 'electronic', 'folk', 'podcast', 'hamburg', 'lullaby', 'mpb', 'citypop', 'psychedelic', 'neoclassical',
  'fieldrecording', 'choir', 'liveset', 'interview', 'kids', 'hoerspiel']) WITH ORDINALITY t(n, k);

CREATE TABLE tags_taggeditem (
    id serial PRIMARY KEY, creation_date timestamptz NOT NULL, object_id integer NOT NULL, content_type_id integer NOT NULL, tag_id integer NOT NULL
);
INSERT INTO tags_taggeditem
SELECT k, fw.at('tgi', k, '2020-03-05 00:00:00+00', '2024-06-01 00:00:00+00'), CASE WHEN k % 3 = 0 THEN 1 + k % 80 ELSE 1 + k % 300 END, CASE WHEN k % 3 = 0 THEN 11 ELSE 13 END, 1 + (k * 7) % 20
FROM generate_series(1, 200) k;

-- ---------------------------------------------------------------------------
-- Moderation.

CREATE TABLE moderation_report (
    id serial PRIMARY KEY, fid varchar(500) UNIQUE, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, summary text, handled_date timestamptz,
    is_handled boolean NOT NULL, type varchar(40) NOT NULL, submitter_email varchar(254), target_id integer, target_state jsonb,
    assigned_to_id integer, submitter_id integer, target_content_type_id integer, target_owner_id integer
);
INSERT INTO moderation_report
SELECT k, CASE WHEN k % 6 = 1 THEN 'https://' || s.domain_id || '/' || fixture_gen.uuid('repm', k) ELSE 'https://audio.hafenklang.example/federation/reports/' || fixture_gen.uuid('rep', k) END,
  fixture_gen.uuid('rep', k)::uuid, t,
  CASE x.typ
    WHEN 'takedown_request' THEN 'I am ' || fixture_gen.full_name('repn', k) || ', lawyer of the label. The upload "' || tr.title || '" infringes our rights. Contact me at ' || fixture_gen.email('repe', k) || ' or ' || fixture_gen.phone('repp', k) || '.'
    WHEN 'illegal_content' THEN 'This upload contains a private phone call recorded without consent. The person speaking is my neighbour ' || fixture_gen.full_name('reps', k) || '.'
    WHEN 'offensive_content' THEN 'The bio of @' || tp.username || ' contains slurs and harassment towards ' || fixture_gen.full_name('repv', k) || '.'
    WHEN 'spam' THEN 'Spam account, posts links to a crypto scam.'
    ELSE fixture_gen.pick(ARRAY['Wrong metadata, this is not the real artist.', 'Duplicate of another channel.', '', 'See attached screenshots, same person as the banned account ' || tp.username || '@' || tp.domain], 'repo', k) END,
  CASE WHEN k % 4 <> 0 THEN t + interval '2 days' END, k % 4 <> 0, x.typ,
  CASE WHEN k % 3 = 0 THEN fixture_gen.email('repe', k) END,
  CASE WHEN x.ct = 7 THEN tp.i ELSE 1 + k % 400 END,
  CASE WHEN x.ct = 7 THEN jsonb_build_object('_target', jsonb_build_object('type', 'account', 'id', tp.username || '@' || tp.domain), 'fid', ta.fid, 'name', ta.name,
         'preferred_username', tp.username, 'full_username', tp.username || '@' || tp.domain, 'summary', tp.bio, 'domain', tp.domain, 'is_local', tp.local, 'creation_date', to_char(tp.joined, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
       ELSE jsonb_build_object('_target', jsonb_build_object('type', 'upload', 'id', fixture_gen.uuid('up', 1 + k % 400)), 'title', tr.title, 'source', u.source,
         'library', jsonb_build_object('name', l.name, 'uuid', l.uuid), 'actor', jsonb_build_object('full_username', tp.username || '@' || tp.domain, 'name', ta.name)) END,
  CASE WHEN k % 4 <> 0 THEN (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9])[1 + k % 9] END,
  CASE WHEN k % 3 = 0 THEN NULL ELSE s.id END, x.ct, tp.i
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT (ARRAY['takedown_request', 'illegal_content', 'offensive_content', 'spam', 'other'])[1 + fixture_gen.n('rept', k, 5)] AS typ,
  CASE WHEN k % 2 = 0 THEN 7 ELSE 14 END AS ct, fw.at('repc', k, '2021-01-01 00:00:00+00', '2024-06-28 00:00:00+00') AS t) x
JOIN music_upload u ON u.id = 1 + k % 400 JOIN music_library l ON l.id = u.library_id JOIN music_track tr ON tr.id = coalesce(u.track_id, 1)
JOIN fw.p tp ON tp.i = CASE WHEN k % 2 = 0 THEN 1 + (k * 17) % 300 ELSE least(l.actor_id, 110) END
JOIN federation_actor ta ON ta.id = tp.i
JOIN federation_actor s ON s.id = CASE WHEN k % 6 = 1 THEN 111 + (k * 7) % 190 ELSE 1 + (k * 5) % 110 END;

CREATE TABLE moderation_note (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, summary text NOT NULL, target_id integer, author_id integer, target_content_type_id integer
);
INSERT INTO moderation_note
SELECT k, fixture_gen.uuid('note', k)::uuid, fw.at('ntc', k, '2021-01-01 00:00:00+00', '2024-06-28 00:00:00+00'),
  fixture_gen.pick(ARRAY['Warned by email, user promised to remove the uploads.', 'Called ' || p.first || ' on ' || p.phone || ', it was a misunderstanding.',
    'Same person as ' || fixture_gen.full_name('ntn', k) || ' who was banned from open.audio last year.', 'Domain hosts only spam, see report.',
    'Label confirmed the takedown in writing, files deleted.', 'User says she is 16, asked a parent to confirm. Address on file: ' || fixture_gen.street('nta', k) || ', ' || p.city || '.'], 'ntx', k),
  CASE WHEN k % 3 = 0 THEN 1 + k % 70 ELSE p.i END, (ARRAY[1, 2, 3, 9])[1 + k % 4], CASE WHEN k % 3 = 0 THEN 20 ELSE 7 END
FROM generate_series(1, 50) k JOIN fw.p p ON p.i = 1 + (k * 23) % 300;

CREATE TABLE moderation_userfilter (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, target_artist_id integer, user_id integer NOT NULL
);
INSERT INTO moderation_userfilter
SELECT k, fixture_gen.uuid('uf', k)::uuid, fw.at('ufc', k, '2021-01-01 00:00:00+00', '2024-06-28 00:00:00+00'), 1 + (k * 7) % 80, 1 + (k * 13) % 110 FROM generate_series(1, 40) k;

CREATE TABLE moderation_instancepolicy (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, is_active boolean NOT NULL, summary text, block_all boolean NOT NULL,
    silence_activity boolean NOT NULL, silence_notifications boolean NOT NULL, reject_media boolean NOT NULL, actor_id integer, target_actor_id integer,
    target_domain_id varchar(255)
);
INSERT INTO moderation_instancepolicy VALUES
  (1, fixture_gen.uuid('ip', 1)::uuid, '2021-03-02 10:00:00+00', true, 'Spam server, only bots.', true, false, false, true, 1, NULL, 'spam.rocks.example'),
  (2, fixture_gen.uuid('ip', 2)::uuid, '2021-05-12 18:30:00+00', true, 'Hate speech, harassed several of our members.', true, false, false, true, 2, NULL, 'freespeechextremist.example'),
  (3, fixture_gen.uuid('ip', 3)::uuid, '2022-11-20 09:00:00+00', true, 'Too much unsolicited promo.', false, true, true, false, 1, NULL, 'musician.social'),
  (4, fixture_gen.uuid('ip', 4)::uuid, '2023-02-14 21:15:00+00', true, 'Harassed ' || (SELECT full_name FROM fw.p WHERE i = 8) || ' after her show, see report 12.', true, false, false, true, 2, 233, NULL),
  (5, fixture_gen.uuid('ip', 5)::uuid, '2023-07-01 12:00:00+00', false, 'Temporary, uploaded copyrighted audiobooks.', false, false, false, true, 3, 187, NULL),
  (6, fixture_gen.uuid('ip', 6)::uuid, '2024-01-09 08:45:00+00', true, '', false, true, false, false, 9, 251, NULL),
  (7, fixture_gen.uuid('ip', 7)::uuid, '2024-03-11 16:20:00+00', true, 'Media from this pod are huge, reject to save disk space.', false, false, false, true, 1, NULL, 'audio.gafamfree.party');

CREATE TABLE moderation_userrequest (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, creation_date timestamptz NOT NULL, handled_date timestamptz, type varchar(40) NOT NULL,
    status varchar(40) NOT NULL, metadata jsonb, assigned_to_id integer, submitter_id integer NOT NULL
);
INSERT INTO moderation_userrequest
SELECT k, fixture_gen.uuid('ur', k)::uuid, p.joined, CASE WHEN k % 7 <> 0 THEN p.joined + interval '1 day' END, 'signup',
  CASE WHEN k % 7 = 0 THEN 'pending' WHEN k % 9 = 0 THEN 'refused' ELSE 'approved' END,
  jsonb_build_object('fields', jsonb_build_object('Your real name', p.full_name,
    'Why do you want to join?', fixture_gen.pick(ARRAY['I host a show on Hafenklang radio on Tuesdays.', 'My friend ' || fixture_gen.full_name('urf', k) || ' told me about it, I want to share our band''s demos.',
      'I am a music teacher at the Stadtteilschule Altona and want to share my students'' recordings.', 'To listen to the podcasts.', 'I record choirs in ' || p.city || '.'], 'urw', k),
    'Phone number (optional)', CASE WHEN k % 3 = 0 THEN p.phone ELSE '' END)),
  CASE WHEN k % 7 <> 0 THEN (ARRAY[1, 2, 3])[1 + k % 3] END, p.i
FROM generate_series(1, 110) k JOIN fw.p p ON p.i = k WHERE k > 12;

-- ---------------------------------------------------------------------------
-- Mutations (suggested edits of the catalogue and of channels).

CREATE TABLE common_mutation (
    id serial PRIMARY KEY, fid varchar(500) NOT NULL UNIQUE, uuid uuid NOT NULL UNIQUE, type varchar(100) NOT NULL, creation_date timestamptz NOT NULL,
    applied_date timestamptz, is_approved boolean, is_applied boolean, summary text, payload jsonb NOT NULL, previous_state jsonb,
    target_id integer, approved_by_id integer, created_by_id integer, target_content_type_id integer
);
INSERT INTO common_mutation
SELECT k, 'https://audio.hafenklang.example/federation/edits/' || fixture_gen.uuid('mut', k), fixture_gen.uuid('mut', k)::uuid, 'update', t,
  CASE WHEN k % 4 <> 0 THEN t + interval '1 day' END, CASE WHEN k % 4 = 0 THEN NULL ELSE k % 9 <> 0 END, k % 4 <> 0 AND k % 9 <> 0,
  fixture_gen.pick(ARRAY['Fixed the release year.', 'Typo in the title', '', 'Added the MusicBrainz id', 'Corrected artist credit as discussed with ' || fixture_gen.first_name('mutf', k), 'Better cover'], 'mus', k),
  CASE WHEN k % 3 = 0 THEN jsonb_build_object('release_date', '1973-01-01', 'tags', jsonb_build_array('afrobeat')) WHEN k % 3 = 1 THEN jsonb_build_object('title', tr.title, 'position', tr.position, 'license', 'cc-by-4.0')
       ELSE jsonb_build_object('name', ar.name, 'description', jsonb_build_object('text', 'Band from Lagos, founded in 1970.', 'content_type', 'text/markdown')) END,
  CASE WHEN k % 3 = 0 THEN jsonb_build_object('release_date', jsonb_build_object('value', '1972-01-01', 'repr', '1972-01-01')) WHEN k % 3 = 1 THEN jsonb_build_object('title', jsonb_build_object('value', lower(tr.title)))
       ELSE jsonb_build_object('name', jsonb_build_object('value', ar.name)) END,
  CASE WHEN k % 3 = 0 THEN 1 + k % 100 WHEN k % 3 = 1 THEN tr.id ELSE ar.id END, CASE WHEN k % 4 <> 0 THEN 1 + k % 3 END, 1 + (k * 7) % 110,
  CASE WHEN k % 3 = 0 THEN 12 WHEN k % 3 = 1 THEN 13 ELSE 11 END
FROM generate_series(1, 60) k JOIN music_track tr ON tr.id = 1 + (k * 5) % 240 JOIN music_artist ar ON ar.id = 1 + k % 60
CROSS JOIN LATERAL (SELECT fw.at('mutc', k, '2021-01-01 00:00:00+00', '2024-06-28 00:00:00+00') AS t) x;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA fw CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
