-- classify-eval fixture (HOLDOUT 15, with chatwoot: written by someone who
-- had not seen the classifier, labelled by what its columns hold; never tune
-- against it): a PeerTube video-hosting instance (5.2, migrated to 6.0) on
-- PostgreSQL in Sequelize's naming as PeerTube creates it: camelCase
-- singular tables ("user", actor, actorFollow, videoChannel, videoFile,
-- localVideoViewer, runnerJob), quoted camelCase columns ("createdAt",
-- "preferredUsername", "videoQuotaDaily", "pluginAuth", "otpSecret"),
-- serial integer keys, timestamptz, Sequelize enum types, jsonb settings.
-- "Hearth Tube" (tube.hearth.example), a community instance of makers,
-- teachers, musicians and families federating with other PeerTube servers
-- and with Mastodon, Misskey and Pleroma accounts. Users with bcrypt hashes,
-- usernames, emails and pending emails, encrypted OTP secrets, feed tokens,
-- NSFW policies, themes, LDAP and OpenID Connect logins; registration
-- requests whose reasons tell who the person is; ActivityPub actors (the
-- instance, people and channels, local and remote) whose URLs carry the
-- handle, with PEM public keys and, for local ones, PEM private keys;
-- accounts and channels with display names, bios with contact details,
-- channel copy and support text with donation links and an IBAN or two;
-- avatars; follows; videos with public titles and descriptions (some
-- naming people, a few with a phone or an email), licences, privacy,
-- originallyPublishedAt; the original upload file names; ffprobe metadata
-- in which phone recordings keep their GPS location; comments from local
-- and remote people; abuse reports quoting names, emails and addresses,
-- moderators' comments and the conversation with the reporter; blocklists;
-- aggregated views and local viewer stats with the viewer's country; OAuth
-- client and tokens; video imports from URLs with credentials in them,
-- magnet links and torrent names, import errors quoting those URLs; live
-- stream keys; video passwords; remote runners with their tokens and IPs
-- and jobs whose payload carries a stream key; plugins whose settings
-- hold an LDAP bind password, an OIDC client secret and an Akismet key and
-- whose storage maps identity-provider subjects to users; notification
-- settings, watch history, playlists, captions, storyboards, thumbnails,
-- trackers and redundancies that hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ptgen;
SET client_min_messages = warning;
-- Generating rows with many inlined functions makes the planner's costs
-- large enough for JIT, which then costs more than the queries.
SET jit = off;

-- ts: a Sequelize timestamp (milliseconds).
CREATE FUNCTION ptgen.ts(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.stamp(tag, i) + make_interval(secs => fixture_gen.n(tag || 'ms', i, 1000) / 1000.0)
$$;

-- u4: a version 4 UUID (what uuid's v4() returns).
CREATE FUNCTION ptgen.u4(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(md5('u4' || tag || ':' || i)::uuid::text placing '4' from 15 for 1)
                 placing translate(substr(md5('u4' || tag || ':' || i), 17, 1), '0123456789abcdef', '89ab89ab89ab89ab') from 20 for 1)
$$;

CREATE FUNCTION ptgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğÁÉÍÓÚÖÜÇŞİ-', 'aeiouaeiouaeiouaeiouaoncisgAEIOUOUCSI')), '[^a-z0-9]+', '', 'g')
$$;

-- bcrypt as the bcrypt package writes it (cost 10).
CREATE FUNCTION ptgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2b' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- pubkey and privkey: PEM RSA 2048 keys as Node's generateKeyPair writes
-- them (SPKI public, PKCS#1 private), 64 characters a line; the public key
-- ends with the exponent 65537 as real ones do.
CREATE FUNCTION ptgen.pubkey(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT E'-----BEGIN PUBLIC KEY-----\n'
      || regexp_replace('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || substr(fixture_gen.b64(tag || 'a', i, 240) || fixture_gen.b64(tag || 'b', i, 240), 1, 342) || 'IDAQAB',
                        '(.{64})', E'\\1\n', 'g')
      || E'\n-----END PUBLIC KEY-----\n'
$$;

CREATE FUNCTION ptgen.privkey(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT E'-----BEGIN RSA PRIVATE' || E' KEY-----\n'
      || regexp_replace('MIIEpAIBAAK' || 'CAQEA' || substr(fixture_gen.b64(tag || 'a', i, 240) || fixture_gen.b64(tag || 'b', i, 240) || fixture_gen.b64(tag || 'c', i, 240)
                        || fixture_gen.b64(tag || 'd', i, 240) || fixture_gen.b64(tag || 'e', i, 240), 1, 1572), '(.{64})', E'\\1\n', 'g')
      || E'\n-----END RSA PRIVATE' || E' KEY-----\n'
$$;

CREATE FUNCTION ptgen.sha1(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to(tag || '/' || i, 'UTF8')), 'hex')::varchar(40) $$;

CREATE FUNCTION ptgen.host() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'tube.hearth.example' $$;

-- Remote servers this instance knows: PeerTube instances, and the
-- Mastodon, Misskey and Pleroma servers of people who comment and follow.
CREATE TABLE ptgen.srv (id int PRIMARY KEY, host text, soft text);
INSERT INTO ptgen.srv VALUES
 (1, 'framatube.org', 'peertube'), (2, 'tilvids.com', 'peertube'), (3, 'video.blender.org', 'peertube'), (4, 'peertube.tv', 'peertube'),
 (5, 'kolektiva.media', 'peertube'), (6, 'diode.zone', 'peertube'), (7, 'makertube.net', 'peertube'), (8, 'spectra.video', 'peertube'),
 (9, 'tube.tchncs.de', 'peertube'), (10, 'peertube.linuxrocks.online', 'peertube'), (11, 'videos.lukesmith.xyz', 'peertube'), (12, 'tube.p2p.legal', 'peertube'),
 (13, 'peertube.uno', 'peertube'), (14, 'video.ploud.fr', 'peertube'), (15, 'peertube.social', 'peertube'), (16, 'tube.kockatoo.org', 'peertube'),
 (17, 'peertube.mastodon.host', 'peertube'), (18, 'videos.pair2jeux.tube', 'peertube'), (19, 'tube.shanti.cafe', 'peertube'), (20, 'video.liberta.vip', 'peertube'),
 (21, 'peertube.stream', 'peertube'), (22, 'tube.rebellion.global', 'peertube'), (23, 'peertube.cpy.re', 'peertube'), (24, 'media.fsfe.org', 'peertube'),
 (25, 'videos.trom.tf', 'peertube'), (26, 'tube.graz.social', 'peertube'), (27, 'peertube.debian.social', 'peertube'), (28, 'video.hardlimit.com', 'peertube'),
 (29, 'tube.aquilenet.fr', 'peertube'), (30, 'peertube.be', 'peertube'), (31, 'tube.bremen.social', 'peertube'), (32, 'v.basspistol.org', 'peertube'),
 (33, 'peertube.iriseden.eu', 'peertube'), (34, 'video.antopie.org', 'peertube'), (35, 'tube.nuagelibre.fr', 'peertube'), (36, 'peertube.gardeludwig.fr', 'peertube'),
 (37, 'vid.pretok.tv', 'peertube'), (38, 'tube.schule.social', 'peertube'), (39, 'peertube.uit.no', 'peertube'), (40, 'video.taskcards.eu', 'peertube'),
 (41, 'mastodon.social', 'mastodon'), (42, 'fosstodon.org', 'mastodon'), (43, 'mastodon.online', 'mastodon'), (44, 'framapiaf.org', 'mastodon'),
 (45, 'chaos.social', 'mastodon'), (46, 'social.tchncs.de', 'mastodon'), (47, 'mstdn.jp', 'mastodon'), (48, 'hachyderm.io', 'mastodon'),
 (49, 'misskey.io', 'misskey'), (50, 'pleroma.envs.net', 'pleroma'), (51, 'mas.to', 'mastodon'), (52, 'todon.eu', 'mastodon'),
 (53, 'piaille.fr', 'mastodon'), (54, 'social.vivaldi.net', 'mastodon');

-- Local users: 1 is root (the instance admin), 2-6 moderators.
CREATE TABLE ptgen.u AS
SELECT i, f, l, f || ' ' || l AS full_name,
       CASE WHEN i = 1 THEN 'root' ELSE
       CASE fixture_gen.n('usty', i, 8)
         WHEN 0 THEN ptgen.fold(f) || '.' || ptgen.fold(l)
         WHEN 1 THEN ptgen.fold(f) || '_' || ptgen.fold(l)
         WHEN 2 THEN ptgen.fold(f) || (i % 97)::text
         WHEN 3 THEN substr(ptgen.fold(f), 1, 1) || ptgen.fold(l)
         WHEN 4 THEN fixture_gen.pick(ARRAY['nightowl', 'pixelfox', 'coldbrew', 'tinkerer', 'birdwatcher', 'vinylcat', 'mossy', 'retrogamer', 'woodturner',
                     'trailrunner', 'lofi_girl', 'quietmoth', 'saltmarsh', 'tapedeck', 'kestrel', 'breadhead'], 'upsd', i) || (i % 89)::text
         WHEN 5 THEN ptgen.fold(f) || ptgen.fold(l) || (1970 + i % 35)::text
         WHEN 6 THEN ptgen.fold(l) || '_' || substr(ptgen.fold(f), 1, 1)
         ELSE ptgen.fold(f) END END AS uname,
       fixture_gen.n('ucity', i, 12) AS ci
FROM (SELECT k AS i, fixture_gen.first_name('uf', k) AS f, fixture_gen.last_name('ul', k) AS l FROM generate_series(1, 1200) k) x;
UPDATE ptgen.u u SET uname = u.uname || '_' || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) AS rn FROM ptgen.u) d WHERE d.i = u.i AND d.rn > 1;
UPDATE ptgen.u u SET uname = u.uname || 'x' FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) AS rn FROM ptgen.u) d WHERE d.i = u.i AND d.rn > 1;
ALTER TABLE ptgen.u ADD COLUMN email text, ADD COLUMN dname text, ADD COLUMN city text, ADD COLUMN cc text;
UPDATE ptgen.u SET
  email = CASE WHEN i = 1 THEN 'admin@hearth.example' WHEN i <= 6 THEN ptgen.fold(f) || '@hearth.example' ELSE
          CASE fixture_gen.n('uem', i, 6)
            WHEN 0 THEN ptgen.fold(f) || '.' || ptgen.fold(l)
            WHEN 1 THEN uname
            WHEN 2 THEN substr(ptgen.fold(f), 1, 1) || ptgen.fold(l) || (i % 100)::text
            WHEN 3 THEN ptgen.fold(f) || ptgen.fold(l)
            WHEN 4 THEN ptgen.fold(l) || '.' || ptgen.fold(f)
            ELSE ptgen.fold(f) || '_' || (1960 + i % 45)::text END
          || '@' || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'protonmail.com', 'laposte.net', 'free.fr', 'outlook.com', 'yahoo.com', 'gmx.de',
                    'riseup.net', 'disroot.org', 'mailbox.org', 'tutanota.com', 'web.de', 'orange.fr', 'hotmail.com', 'naver.com', 'yandex.ru'], 'udom', i) END,
  dname = CASE WHEN i = 1 THEN 'root' ELSE
          CASE fixture_gen.n('udn', i, 10) WHEN 0 THEN f WHEN 1 THEN uname WHEN 2 THEN f || ' ' || substr(l, 1, 1) || '.'
            WHEN 3 THEN fixture_gen.pick(ARRAY['The Dusty Workshop', 'Mx. Kestrel', 'Captain Sourdough', 'Tante Olga', 'El Profe', 'DJ Moss', 'Mama Ngozi', 'Bird Nerd'], 'udp', i)
            ELSE f || ' ' || l END END,
  city = (ARRAY['Lyon', 'Nantes', 'Berlin', 'Leipzig', 'Bristol', 'Glasgow', 'Montréal', 'Barcelona', 'Bologna', 'Osaka', 'Lagos', 'Porto'])[1 + ci],
  cc = (ARRAY['FR', 'FR', 'DE', 'DE', 'GB', 'GB', 'CA', 'ES', 'IT', 'JP', 'NG', 'PT'])[1 + ci];
UPDATE ptgen.u u SET email = replace(u.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM ptgen.u) d WHERE d.i = u.i AND d.rn > 1;
ALTER TABLE ptgen.u ADD COLUMN cr timestamptz;
UPDATE ptgen.u SET cr = CASE WHEN i = 1 THEN timestamptz '2021-02-11 18:04:13.301+00'
                             ELSE timestamptz '2021-02-20 00:00:00+00' + (i * interval '26 hours') + make_interval(secs => fixture_gen.n('ucr', i, 80000)) + (fixture_gen.n('ucrms', i, 1000) * interval '1 ms') END;
CREATE UNIQUE INDEX ON ptgen.u (i);

-- Remote accounts: 1-300 on PeerTube servers (each with a channel),
-- 301-420 on Mastodon, Misskey and Pleroma.
CREATE TABLE ptgen.ra AS
SELECT r, s.id AS sid, s.host, s.soft, f, l, f || ' ' || l AS full_name,
       CASE fixture_gen.n('rusty', r, 6)
         WHEN 0 THEN ptgen.fold(f) WHEN 1 THEN ptgen.fold(f) || '_' || ptgen.fold(l) WHEN 2 THEN ptgen.fold(f) || ptgen.fold(l)
         WHEN 3 THEN substr(ptgen.fold(f), 1, 1) || ptgen.fold(l) WHEN 4 THEN ptgen.fold(l) || (r % 77)::text
         ELSE fixture_gen.pick(ARRAY['solarpunk', 'foxglove', 'linuxgeek', 'chiptune', 'moth', 'riverbank', 'pigeon', 'synthwave'], 'rupsd', r) || (r % 50)::text END AS uname,
       CASE fixture_gen.n('rudn', r, 6) WHEN 0 THEN f WHEN 1 THEN f || ' ' || l || ' :verified:' ELSE f || ' ' || l END AS dname
FROM (SELECT k AS r, fixture_gen.first_name('rf', k) AS f, fixture_gen.last_name('rl', k) AS l FROM generate_series(1, 420) k) x
JOIN ptgen.srv s ON s.id = CASE WHEN r <= 300 THEN 1 + fixture_gen.n('rsrv', r, 40) ELSE 41 + fixture_gen.n('rsrv', r, 14) END;
UPDATE ptgen.ra a SET uname = a.uname || d.rn FROM (SELECT r, row_number() OVER (PARTITION BY uname, sid ORDER BY r) AS rn FROM ptgen.ra) d WHERE d.r = a.r AND d.rn > 1;
CREATE UNIQUE INDEX ON ptgen.ra (r);

-- Channels. Every local user has a default channel (id = user id);
-- 1201-1380 are extra channels of uploaders; 1381-1680 remote channels.
-- Uploaders are the users whose id is a multiple of 4.
CREATE TABLE ptgen.ch AS
SELECT u.i AS id, 1201 + u.i AS actor, 1 + u.i AS account, true AS local, u.i AS owner,
       u.uname || '_channel' AS handle,
       CASE WHEN u.i % 4 = 0 AND fixture_gen.n('chdn', u.i, 3) = 0 THEN u.f || '''s videos' WHEN u.i % 4 = 0 AND fixture_gen.n('chdn', u.i, 3) = 1 THEN u.full_name
            ELSE 'Main ' || u.uname || ' channel' END AS dname,
       NULL::text AS topic
FROM ptgen.u u
UNION ALL
SELECT 1200 + k, 2401 + k, 1 + o.i, true, o.i,
       replace(replace(t.h, '%f', ptgen.fold(o.f)), '%c', lower(o.city)),
       replace(replace(t.d, '%f', o.f), '%c', o.city), t.topic
FROM generate_series(1, 180) k
JOIN ptgen.u o ON o.i = 4 * (1 + fixture_gen.n('xco', k, 300))
JOIN (VALUES (0, 'cooking_with_%f', 'Cooking with %f', 'cooking'), (1, 'the_wood_shed', 'The Wood Shed', 'wood'), (2, 'linux_tips', 'Linux Tips & Tricks', 'linux'),
             (3, 'chorale_%c', 'Chorale de %c', 'music'), (4, '%f_plays_piano', '%f plays piano', 'music'), (5, 'garden_diaries', 'Garden Diaries', 'garden'),
             (6, 'repair_cafe_%c', 'Repair Café %c', 'repair'), (7, 'math_with_%f', 'Maths avec %f', 'school'), (8, 'bike_rides_%c', 'Bike rides around %c', 'bike'),
             (9, 'birds_of_%c', 'Birds of %c', 'birds'), (10, 'retro_games', 'Retro Games Corner', 'games'), (11, 'family_%f', 'Family videos', 'family'),
             (12, 'synth_lab', 'Synth Lab', 'music'), (13, 'sourdough_club', 'Sourdough Club', 'cooking'), (14, 'climate_talks_%c', 'Climate Talks %c', 'talks'),
             (15, 'knit_and_natter', 'Knit & Natter', 'craft')) t(tk, h, d, topic) ON t.tk = fixture_gen.n('xct', k, 16)
UNION ALL
SELECT 1380 + a.r, 3001 + a.r, 1201 + a.r, false, a.r,
       CASE WHEN fixture_gen.n('rchh', a.r, 3) = 0 THEN a.uname || '_channel' ELSE fixture_gen.pick(ARRAY['open_source_weekly', 'permaculture', 'tiny_desk_covers', 'history_bites',
            'blender_tutorials', 'film_club', 'street_food', 'urban_sketching', 'fediverse_news', 'analog_photo', 'cat_videos', 'guitar_lessons'], 'rchn', a.r) END,
       CASE WHEN fixture_gen.n('rchh', a.r, 3) = 0 THEN 'Main ' || a.uname || ' channel' ELSE initcap(replace(fixture_gen.pick(ARRAY['open_source_weekly', 'permaculture', 'tiny_desk_covers', 'history_bites',
            'blender_tutorials', 'film_club', 'street_food', 'urban_sketching', 'fediverse_news', 'analog_photo', 'cat_videos', 'guitar_lessons'], 'rchn', a.r), '_', ' ')) END, NULL
FROM ptgen.ra a WHERE a.r <= 300;
UPDATE ptgen.ch c SET handle = c.handle || '_' || d.rn
FROM (SELECT c2.id, row_number() OVER (PARTITION BY c2.handle, CASE WHEN c2.local THEN 0 ELSE a.sid END ORDER BY c2.id) AS rn
      FROM ptgen.ch c2 LEFT JOIN ptgen.ra a ON NOT c2.local AND a.r = c2.owner) d
WHERE d.id = c.id AND d.rn > 1;
CREATE UNIQUE INDEX ON ptgen.ch (id);
ALTER TABLE ptgen.ch ADD COLUMN cr timestamptz;
UPDATE ptgen.ch c SET cr = CASE WHEN c.id <= 1200 THEN u.cr + interval '4 ms' WHEN c.local THEN u.cr + make_interval(days => 3 + fixture_gen.n('xchcr', c.id, 400), secs => fixture_gen.n('xchs', c.id, 86400))
                                ELSE ptgen.ts('rchcr', c.id) END
FROM ptgen.u u WHERE u.i = c.owner;

-- Videos: 1-1600 local (two thirds on default channels of uploaders, a
-- third on extra channels), 1601-2600 remote.
CREATE TABLE ptgen.v AS
SELECT v, CASE WHEN v <= 1600 THEN CASE WHEN v % 3 = 0 THEN 1201 + fixture_gen.n('vxc', v, 180) ELSE 4 * (1 + fixture_gen.n('vdc', v, 300)) END
               ELSE 1381 + fixture_gen.n('vrc', v, 300) END AS ch,
       v <= 1600 AS local, ptgen.u4('video', v) AS uuid, ptgen.ts('vcr', v) AS created
FROM generate_series(1, 2600) v;
ALTER TABLE ptgen.v ADD COLUMN account int, ADD COLUMN owner int, ADD COLUMN topic text, ADD COLUMN host text;
UPDATE ptgen.v v SET account = c.account, owner = c.owner, topic = c.topic,
       created = greatest(v.created, c.cr + make_interval(hours => 2 + fixture_gen.n('vcrch', v.v, 2000))),
       host = CASE WHEN c.local THEN ptgen.host() ELSE (SELECT host FROM ptgen.ra WHERE r = c.owner) END
FROM ptgen.ch c WHERE c.id = v.ch;
CREATE UNIQUE INDEX ON ptgen.v (v);

-- ---------------------------------------------------------------------
-- Sequelize's enum types.
CREATE TYPE "enum_actor_type" AS ENUM ('Group', 'Person', 'Application', 'Service', 'Organization');
CREATE TYPE "enum_actorFollow_state" AS ENUM ('pending', 'accepted', 'rejected');
CREATE TYPE "enum_accountVideoRate_type" AS ENUM ('like', 'dislike');
CREATE TYPE "enum_user_nsfwPolicy" AS ENUM ('do_not_list', 'blur', 'display');
CREATE TYPE "enum_videoChangeOwnership_status" AS ENUM ('WAITING', 'ACCEPTED', 'REFUSED');

-- The instance row: migration version and the versions it runs.
CREATE TABLE application (
    id serial PRIMARY KEY, "migrationVersion" integer NOT NULL DEFAULT 0, "latestPeerTubeVersion" varchar(255),
    "nodeVersion" varchar(255), "nodeABIVersion" integer,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO application VALUES (1, 795, '6.0.4', 'v18.19.1', 108, timestamptz '2021-02-11 18:04:12.551+00', timestamptz '2024-03-02 09:30:41.027+00');

CREATE TABLE server (
    id serial PRIMARY KEY, host varchar(255) NOT NULL UNIQUE, "redundancyAllowed" boolean NOT NULL DEFAULT false,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO server SELECT id, host, soft = 'peertube' AND id % 5 = 1, ptgen.ts('srvcr', id) - interval '1 year', ptgen.ts('srvcr', id) FROM ptgen.srv;

-- Actors: the instance (1), local people (2-1201), default channels
-- (1202-2401), extra channels (2402-2581), remote people (2582-3001),
-- remote channels (3002-3301), remote instances' application actors
-- (3302-3341).
CREATE TABLE ptgen.act AS
SELECT 1 AS id, 'Application'::"enum_actor_type" AS type, 'peertube' AS pu, 'https://' || ptgen.host() || '/accounts/peertube' AS url, NULL::int AS sid, true AS local, 'app' AS kind,
       timestamptz '2021-02-11 18:04:13.204+00' AS cr
UNION ALL SELECT 1 + i, 'Person', uname, 'https://' || ptgen.host() || '/accounts/' || uname, NULL, true, 'person', cr + interval '2 ms' FROM ptgen.u
UNION ALL SELECT actor, 'Group', handle, 'https://' || ptgen.host() || '/video-channels/' || handle, NULL, true, 'channel', cr FROM ptgen.ch WHERE local
UNION ALL SELECT 2581 + r, 'Person', uname,
       CASE soft WHEN 'peertube' THEN 'https://' || host || '/accounts/' || uname WHEN 'misskey' THEN 'https://' || host || '/users/9' || fixture_gen.chars('mkid', r, 9, 'abcdefghijklmnopqrstuvwxyz0123456789')
            ELSE 'https://' || host || '/users/' || uname END, sid, false, soft, ptgen.ts('racr', r)
FROM ptgen.ra
UNION ALL SELECT c.actor, 'Group', c.handle, 'https://' || a.host || '/video-channels/' || c.handle, a.sid, false, 'channel', c.cr FROM ptgen.ch c JOIN ptgen.ra a ON a.r = c.owner WHERE NOT c.local
UNION ALL SELECT 3301 + id, 'Application', 'peertube', 'https://' || host || '/accounts/peertube', id, false, 'app', ptgen.ts('srvcr', id) FROM ptgen.srv WHERE soft = 'peertube';

CREATE TABLE actor (
    id serial PRIMARY KEY, type "enum_actor_type" NOT NULL, "preferredUsername" varchar(255) NOT NULL, url varchar(2000) NOT NULL,
    "publicKey" varchar(5000), "privateKey" varchar(5000), "followersCount" integer NOT NULL, "followingCount" integer NOT NULL,
    "inboxUrl" varchar(2000) NOT NULL, "outboxUrl" varchar(2000) NOT NULL, "sharedInboxUrl" varchar(2000), "followersUrl" varchar(2000) NOT NULL,
    "followingUrl" varchar(2000) NOT NULL, "remoteCreatedAt" timestamptz, "serverId" integer REFERENCES server (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO actor
SELECT a.id, a.type, a.pu, a.url,
       ptgen.pubkey('apub', a.id),
       CASE WHEN a.local THEN ptgen.privkey('apriv', a.id) END,
       CASE WHEN a.kind = 'app' THEN 30 + fixture_gen.n('afc', a.id, 400) WHEN a.type = 'Group' THEN fixture_gen.n('afc', a.id, 250) ELSE fixture_gen.n('afc', a.id, 12) END,
       CASE WHEN a.kind = 'app' THEN 20 + fixture_gen.n('afg', a.id, 60) WHEN a.type = 'Group' THEN 0 ELSE fixture_gen.n('afg', a.id, 40) END,
       a.url || '/inbox', a.url || '/outbox',
       'https://' || coalesce(s.host, ptgen.host()) || '/inbox',
       a.url || '/followers', a.url || '/following',
       CASE WHEN NOT a.local THEN ptgen.ts('arcr', a.id) - interval '200 days' END,
       a.sid,
       a.cr, CASE WHEN a.id = 1 THEN timestamptz '2024-03-02 09:30:41.911+00' ELSE a.cr + make_interval(days => fixture_gen.n('aup', a.id, 300), secs => fixture_gen.n('aups', a.id, 86400)) END
FROM ptgen.act a LEFT JOIN ptgen.srv s ON s.id = a.sid
ORDER BY a.id;
SELECT setval('actor_id_seq', 3341);

CREATE TABLE "user" (
    id serial PRIMARY KEY, password varchar(255), username varchar(255) NOT NULL UNIQUE, email varchar(400) NOT NULL UNIQUE, "pendingEmail" varchar(400),
    "emailVerified" boolean, "emailPublic" boolean NOT NULL DEFAULT false, "nsfwPolicy" "enum_user_nsfwPolicy" NOT NULL,
    "p2pEnabled" boolean NOT NULL DEFAULT true, "videosHistoryEnabled" boolean NOT NULL DEFAULT true, "autoPlayVideo" boolean NOT NULL DEFAULT true,
    "autoPlayNextVideo" boolean NOT NULL DEFAULT false, "autoPlayNextVideoPlaylist" boolean NOT NULL DEFAULT true, "videoLanguages" varchar(255)[],
    "adminFlags" integer NOT NULL DEFAULT 0, blocked boolean NOT NULL DEFAULT false, "blockedReason" varchar(255), role integer NOT NULL,
    "videoQuota" bigint NOT NULL, "videoQuotaDaily" bigint NOT NULL, "pluginAuth" varchar(255), "lastLoginDate" timestamptz,
    theme varchar(255) NOT NULL DEFAULT 'instance-default', "noInstanceConfigWarningModal" boolean NOT NULL DEFAULT false,
    "noWelcomeModal" boolean NOT NULL DEFAULT false, "noAccountSetupWarningModal" boolean NOT NULL DEFAULT false,
    "feedToken" uuid, "otpSecret" varchar(255), "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "user"
SELECT u.i, ptgen.bcrypt('upw', u.i), u.uname, u.email,
       CASE WHEN u.i % 53 = 7 THEN ptgen.fold(u.f) || '.' || ptgen.fold(u.l) || '@' || fixture_gen.pick(ARRAY['posteo.net', 'proton.me', 'mailo.com', 'ik.me'], 'upend', u.i) END,
       CASE WHEN u.i <= 40 THEN NULL WHEN u.i % 29 = 3 THEN false ELSE true END,
       u.i % 17 = 2,
       (ARRAY['do_not_list', 'do_not_list', 'do_not_list', 'blur', 'blur', 'display'])[1 + fixture_gen.n('unsfw', u.i, 6)]::"enum_user_nsfwPolicy",
       u.i % 11 <> 4, u.i % 19 <> 5, u.i % 7 <> 3, u.i % 9 = 1, u.i % 13 <> 6,
       CASE WHEN u.i % 8 = 3 THEN ARRAY['fr', 'en'] WHEN u.i % 23 = 5 THEN ARRAY['de'] WHEN u.i % 31 = 9 THEN ARRAY['en', 'es', 'pt'] END,
       CASE WHEN u.i <= 6 OR u.i % 97 = 12 THEN 1 ELSE 0 END,
       u.i % 71 = 33,
       CASE WHEN u.i % 71 = 33 THEN fixture_gen.pick(ARRAY[
            'Spam: registered and uploaded 40 crypto ads in an hour',
            'Harassment of ' || fixture_gen.full_name('ubrv', u.i) || ' in comments, see abuse reports',
            'Account shared with someone banned before (same IP ' || fixture_gen.ipv4('ubrip', u.i) || ')',
            'Asked by the user himself, account compromised', 'Copyright violations, repeated'], 'ubr', u.i) END,
       CASE WHEN u.i = 1 THEN 0 WHEN u.i <= 6 THEN 1 ELSE 2 END,
       CASE WHEN u.i <= 6 THEN -1 WHEN u.i % 4 = 0 AND u.i % 12 = 0 THEN 21474836480 WHEN u.i % 4 = 0 THEN 10737418240 ELSE 5368709120 END,
       CASE WHEN u.i <= 6 THEN -1 WHEN u.i % 5 = 0 THEN 2147483648 ELSE -1 END,
       CASE WHEN u.i % 7 = 2 AND u.i > 6 THEN 'peertube-plugin-auth-ldap' WHEN u.i % 13 = 10 THEN 'peertube-plugin-auth-openid-connect' END,
       CASE WHEN u.i % 10 <> 9 THEN u.cr + make_interval(days => fixture_gen.n('ulast', u.i, 500), secs => fixture_gen.n('ulasts', u.i, 86400)) END,
       (ARRAY['instance-default', 'instance-default', 'instance-default', 'default', 'dark', 'background-red'])[1 + fixture_gen.n('uth', u.i, 6)],
       u.i <= 6, u.i % 3 <> 0, u.i % 4 = 0,
       CASE WHEN u.i % 6 <> 5 THEN ptgen.u4('ufeed', u.i)::uuid END,
       CASE WHEN u.i <= 6 OR u.i % 16 = 4 THEN fixture_gen.hexn('uotpiv', u.i, 32) || ':' || fixture_gen.hexn('uotpct', u.i, 96) END,
       u.cr, u.cr + make_interval(days => fixture_gen.n('uup', u.i, 520), secs => fixture_gen.n('uups', u.i, 86400))
FROM ptgen.u u;
SELECT setval('user_id_seq', 1200);

-- Accounts: the instance's (1), local people's (2-1201) and remote
-- people's (1202-1621). name is the display name; description the bio.
CREATE TABLE account (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, description varchar(1000),
    "actorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE, "userId" integer REFERENCES "user" (id) ON DELETE CASCADE,
    "applicationId" integer REFERENCES application (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO account VALUES (1, 'peertube', NULL, 1, NULL, 1, timestamptz '2021-02-11 18:04:13.298+00', timestamptz '2021-02-11 18:04:13.298+00');
INSERT INTO account
SELECT 1 + u.i, u.dname,
       CASE fixture_gen.n('bio', u.i, 26)
         WHEN 0 THEN 'Woodworker and dad of two in ' || u.city || '. Commissions welcome: ' || u.email
         WHEN 1 THEN 'Music teacher (piano, solfège). Lessons in ' || u.city || ' or online, call or text ' || fixture_gen.phone('bioph', u.i) || '.'
         WHEN 2 THEN 'I film birds, mostly from my balcony.'
         WHEN 3 THEN 'Linux sysadmin by day, synth nerd by night. Also @' || u.uname || '@fosstodon.org'
         WHEN 4 THEN 'Retired nurse. I post videos of the garden for my grandchildren ' || fixture_gen.first_name('biok1', u.i) || ' and ' || fixture_gen.first_name('biok2', u.i) || '.'
         WHEN 5 THEN 'Just here to watch.'
         WHEN 6 THEN 'Teacher at ' || fixture_gen.pick(ARRAY['Lycée Jean Moulin', 'Gesamtschule Nord', 'St Mary''s Academy', 'Instituto Miguel de Unamuno'], 'bios', u.i) || ', ' || u.city || '. Videos here are for my classes.'
         WHEN 7 THEN 'Repair café volunteer. Bring your broken toaster! Every second Saturday at ' || fixture_gen.street('biost', u.i) || ', ' || u.city || '.'
         WHEN 8 THEN 'He/him. Climber, cook, bad guitarist.'
         WHEN 9 THEN 'Hi, I''m ' || u.full_name || '. Contact: ' || u.email || ' / ' || fixture_gen.phone('bioph', u.i)
         WHEN 10 THEN 'Documentary filmmaker. Website: https://' || ptgen.fold(u.f) || ptgen.fold(u.l) || '.net. Signal: ' || fixture_gen.phone('bioph', u.i)
         WHEN 11 THEN 'Sourdough obsessive. 🍞'
         WHEN 12 THEN 'I lead the ' || u.city || ' community choir. Rehearsals on Tuesdays at 19:30, everyone welcome.'
         WHEN 13 THEN 'Ich lade hier Videos von unseren Familienfeiern hoch. Fragen an ' || u.email || '.'
         WHEN 14 THEN 'Born ' || to_char(fixture_gen.birth_date('biobd', u.i), 'DD/MM/YYYY') || ' in ' || u.city || '. Cyclist, father, amateur astronomer.'
         WHEN 15 THEN 'Ex-' || fixture_gen.pick(ARRAY['YouTube', 'Twitch', 'Vimeo'], 'bioyt', u.i) || '. Tutorials about Blender and Krita. She/her.'
         WHEN 16 THEN 'Je poste des vidéos de nos balades à vélo autour de ' || u.city || '.'
         ELSE NULL END,
       1 + u.i, u.i, NULL, u.cr + interval '3 ms', u.cr + make_interval(days => fixture_gen.n('accup', u.i, 200))
FROM ptgen.u u;
INSERT INTO account
SELECT 1201 + a.r, a.dname,
       CASE fixture_gen.n('rbio', a.r, 9)
         WHEN 0 THEN 'Free software, bikes and bread. Posts in English and ' || fixture_gen.pick(ARRAY['French', 'German', 'Spanish', 'Japanese'], 'rbl', a.r) || '.'
         WHEN 1 THEN 'Mother, teacher, gardener. DMs open. Matrix: @' || a.uname || ':matrix.org'
         WHEN 2 THEN 'Videographer in ' || fixture_gen.city('rbc', a.r) || '. Booking: ' || ptgen.fold(a.f) || '@' || ptgen.fold(a.f) || ptgen.fold(a.l) || '.com'
         WHEN 3 THEN 'Posting about open hardware and repair.'
         WHEN 4 THEN 'Historian. Opinions my own. #histodons'
         WHEN 5 THEN 'Musician ' || a.full_name || ' — concerts and bookings: ' || fixture_gen.phone('rbph', a.r)
         ELSE NULL END,
       2581 + a.r, NULL, NULL, ptgen.ts('racr', a.r), ptgen.ts('racr', a.r) + make_interval(days => fixture_gen.n('raup', a.r, 300))
FROM ptgen.ra a;
SELECT setval('account_id_seq', 1621);

-- Channels: name is the display name ("Main <username> channel" by
-- default), description the channel copy, support the donation text.
CREATE TABLE "videoChannel" (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, description varchar(1000), support varchar(1000),
    "actorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE, "accountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoChannel"
SELECT c.id, c.dname,
       CASE WHEN c.topic IS NOT NULL THEN
         CASE c.topic
           WHEN 'cooking' THEN fixture_gen.pick(ARRAY['Simple vegetarian recipes, one pot, under 30 minutes.', 'Bread, ferments and everything with flour. New video every other Sunday.',
                'Family recipes from ' || u.city || '. Private cooking classes: ' || u.email], 'chd', c.id)
           WHEN 'wood' THEN fixture_gen.pick(ARRAY['Hand tools, green wood and spoon carving.', 'Workshop builds and furniture restoration. Commissions: ' || fixture_gen.phone('chph', c.id)], 'chd', c.id)
           WHEN 'linux' THEN 'Short tutorials on Debian, Arch, the shell and self-hosting. No ads, no tracking.'
           WHEN 'music' THEN fixture_gen.pick(ARRAY['Concerts, rehearsals and covers.', 'Recordings of our choir. Want to sing with us? Write to ' || u.email || '.',
                'Piano pieces, mostly Satie and Chopin.', 'Modular synth patches and jams.'], 'chd', c.id)
           WHEN 'garden' THEN 'Permaculture on a 200 m² allotment, season by season.'
           WHEN 'repair' THEN 'The repair café of ' || u.city || ': volunteers fixing lamps, bikes and laptops every month. Contact the organiser ' || u.full_name || ' at ' || u.email || '.'
           WHEN 'school' THEN 'Lessons for my students (collège and lycée). Questions go through the school''s ENT, not the comments.'
           WHEN 'bike' THEN 'Gravel and touring rides around ' || u.city || ', GPX files in the descriptions.'
           WHEN 'birds' THEN 'Birdsong and nest cams from the local reserve.'
           WHEN 'games' THEN 'Let''s plays of 8 and 16-bit games, no commentary.'
           WHEN 'family' THEN 'Private family channel. Videos are unlisted, ask ' || u.f || ' for the links.'
           WHEN 'talks' THEN 'Recordings of the monthly climate meetups in ' || u.city || '.'
           ELSE 'Knitting patterns, yarn hauls and a lot of chatting.' END
         WHEN c.local AND c.id % 4 = 0 AND fixture_gen.n('chdd', c.id, 5) = 0 THEN fixture_gen.pick(ARRAY['My videos.', 'Whatever I film on weekends.',
              'Vlogs from ' || u.city || '. Business enquiries: ' || u.email, 'Tutorials and experiments.'], 'chdd2', c.id)
         WHEN NOT c.local AND c.id % 3 = 0 THEN fixture_gen.pick(ARRAY['Weekly videos about open source and the fediverse.', 'Analog photography: developing, scanning, printing.',
              'History in ten minutes.', 'Covers recorded in one take.'], 'rchd', c.id)
       END,
       CASE WHEN (c.local AND (c.topic IS NOT NULL OR c.id % 4 = 0) AND fixture_gen.n('chsup', c.id, 4) = 0) OR (NOT c.local AND c.id % 5 = 0) THEN
         CASE fixture_gen.n('chsupk', c.id, 6)
           WHEN 0 THEN 'Support me on Liberapay: https://liberapay.com/' || coalesce(u2.uname, c.handle)
           WHEN 1 THEN 'Buy me a coffee: https://ko-fi.com/' || coalesce(u2.uname, c.handle)
           WHEN 2 THEN 'Tips: https://www.paypal.me/' || ptgen.fold(u.f) || ptgen.fold(u.l)
           WHEN 3 THEN 'Virement bancaire : IBAN ' || fixture_gen.iban_for('chiban', c.id) || ' (' || u.full_name || '). Merci !'
           WHEN 4 THEN 'This channel is funded by its viewers: https://opencollective.com/' || replace(c.handle, '_', '-')
           ELSE 'Support the instance, not me: https://tube.hearth.example/about/instance#support' END END,
       c.actor, c.account, c.cr, c.cr + make_interval(days => fixture_gen.n('chup', c.id, 300))
FROM ptgen.ch c LEFT JOIN ptgen.u u2 ON c.local AND u2.i = c.owner LEFT JOIN ptgen.ra a ON NOT c.local AND a.r = c.owner
CROSS JOIN LATERAL (SELECT coalesce(u2.f, a.f) AS f, coalesce(u2.l, a.l) AS l, coalesce(u2.full_name, a.full_name) AS full_name, u2.city, u2.email) u
ORDER BY c.id;
SELECT setval('"videoChannel_id_seq"', 1680);

-- Avatars (type 1, two sizes for local ones) and banners (type 2). Local
-- files are named by a v4 UUID; remote ones keep the remote URL, and
-- Pleroma's keep the uploader's file name in ?name=.
CREATE TABLE "actorImage" (
    id serial PRIMARY KEY, filename varchar(255) NOT NULL, height integer, width integer, "fileUrl" varchar(255), "onDisk" boolean NOT NULL,
    type integer NOT NULL, "actorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "actorImage" (filename, height, width, "fileUrl", "onDisk", type, "actorId", "createdAt", "updatedAt")
SELECT x.filename, x.h, x.w, x.url, x.ondisk, x.type, x.actor, x.cr, x.cr
FROM (
  SELECT a.id AS actor, sz.w, sz.w AS h, ptgen.u4('avatar' || sz.w, a.id) || CASE WHEN a.id % 5 = 0 THEN '.png' ELSE '.jpg' END AS filename, NULL::text AS url, true AS ondisk, 1 AS type,
         a."createdAt" + make_interval(hours => 1 + fixture_gen.n('avcr', a.id, 2000)) AS cr, a.id * 10 + sz.k AS ord
  FROM actor a CROSS JOIN (VALUES (1, 120), (2, 600)) sz(k, w)
  WHERE a."serverId" IS NULL AND a.id > 1 AND fixture_gen.n('hasav', a.id, 10) < CASE WHEN a.type = 'Person' THEN 5 ELSE 3 END
  UNION ALL
  SELECT a.id, 1920, 317, ptgen.u4('banner', a.id) || '.jpg', NULL, true, 2, a."createdAt" + interval '2 days', a.id * 10 + 3
  FROM actor a WHERE a."serverId" IS NULL AND a.id BETWEEN 2402 AND 2581 AND a.id % 3 = 0
  UNION ALL
  SELECT a.id, CASE WHEN s.soft = 'peertube' THEN 120 END, CASE WHEN s.soft = 'peertube' THEN 120 END,
         ptgen.u4('ravatar', a.id) || '.jpg',
         CASE s.soft
           WHEN 'peertube' THEN 'https://' || s.host || '/lazy-static/avatars/' || ptgen.u4('ravatarr', a.id) || '.jpg'
           WHEN 'mastodon' THEN 'https://' || CASE WHEN s.host = 'mastodon.social' THEN 'files.mastodon.social' ELSE s.host || '/system' END || '/accounts/avatars/'
                || regexp_replace(fixture_gen.digits('mavid', a.id, 18), '(\d{3})', '\1/', 'g') || 'original/' || fixture_gen.hexn('mavf', a.id, 16) || '.' || (ARRAY['png', 'jpg', 'jpeg'])[1 + a.id % 3]
           WHEN 'misskey' THEN 'https://media.misskey.io/files/' || ptgen.u4('mkav', a.id) || '.webp'
           ELSE 'https://' || s.host || '/media/' || fixture_gen.hexn('plav', a.id, 64) || '.jpg?name=' ||
                CASE WHEN a.id % 2 = 0 THEN replace(p.full_name, ' ', '_') || '.jpg' ELSE 'IMG_' || fixture_gen.digits('plimg', a.id, 4) || '.jpg' END END,
         s.soft = 'peertube' AND a.id % 4 = 0, 1, a."createdAt" + interval '10 minutes', a.id * 10 + 1
  FROM actor a JOIN ptgen.srv s ON s.id = a."serverId" LEFT JOIN ptgen.ra p ON p.r = a.id - 2581
  WHERE a.type <> 'Application' AND fixture_gen.n('hasrav', a.id, 10) < 7
) x ORDER BY x.ord;

CREATE TABLE "actorFollow" (
    id serial PRIMARY KEY, state "enum_actorFollow_state" NOT NULL, url varchar(2000), score integer NOT NULL DEFAULT 20,
    "actorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE, "targetActorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL, UNIQUE ("actorId", "targetActorId")
);
-- Local people subscribed to channels, remote people following local
-- channels, and the instance following and followed by other instances.
-- A local Follow's id is the follower's actor URL plus /follows/<target>.
INSERT INTO "actorFollow" (state, url, score, "actorId", "targetActorId", "createdAt", "updatedAt")
SELECT y.state::"enum_actorFollow_state", y.url, y.score, y.f, y.t, y.cr, y.cr + make_interval(secs => fixture_gen.n('afup', y.k, 400000))
FROM (
  SELECT DISTINCT ON (f, t) * FROM (
    SELECT k, 1 + 1 + fixture_gen.n('fu', k, 1200) AS f,
           (SELECT actor FROM ptgen.ch WHERE id = CASE WHEN k % 3 = 0 THEN 1381 + fixture_gen.n('ft', k, 300) WHEN k % 3 = 1 THEN 4 * (1 + fixture_gen.n('ft', k, 300)) ELSE 1201 + fixture_gen.n('ft', k, 180) END) AS t,
           CASE WHEN k % 3 = 0 AND k % 41 = 0 THEN 'pending' ELSE 'accepted' END AS state, 20 AS score, ptgen.ts('afcr', k) AS cr, NULL::text AS url
    FROM generate_series(1, 2600) k
    UNION ALL
    SELECT 3000 + k, 2582 + fixture_gen.n('rfu', k, 420),
           (SELECT actor FROM ptgen.ch WHERE id = CASE WHEN k % 2 = 0 THEN 4 * (1 + fixture_gen.n('rft', k, 300)) ELSE 1201 + fixture_gen.n('rft', k, 180) END),
           'accepted', CASE WHEN k % 29 = 0 THEN 10 ELSE 20 END, ptgen.ts('rafcr', k), NULL
    FROM generate_series(1, 760) k
    UNION ALL
    SELECT 4000 + s.id, 1, 3301 + s.id, CASE WHEN s.id = 22 THEN 'rejected' WHEN s.id = 37 THEN 'pending' ELSE 'accepted' END, 20, ptgen.ts('iffcr', s.id), NULL
    FROM ptgen.srv s WHERE s.soft = 'peertube' AND s.id % 3 <> 2
    UNION ALL
    SELECT 4100 + s.id, 3301 + s.id, 1, 'accepted', CASE WHEN s.id = 12 THEN 5 ELSE 20 END, ptgen.ts('ifrcr', s.id), NULL
    FROM ptgen.srv s WHERE s.soft = 'peertube' AND s.id % 4 <> 3
  ) z ORDER BY f, t, k
) y;
UPDATE "actorFollow" af SET url = CASE
    WHEN fa."serverId" IS NULL OR s.soft = 'peertube' THEN fa.url || '/follows/' || af."targetActorId"
    WHEN s.soft = 'mastodon' THEN 'https://' || s.host || '/' || ptgen.u4('mfol', af.id)
    WHEN s.soft = 'misskey' THEN 'https://misskey.io/follows/' || substr(fa.url, length('https://misskey.io/users/') + 1) || '/' || fixture_gen.chars('mkfol', af.id, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')
    ELSE 'https://' || s.host || '/activities/' || ptgen.u4('plfol', af.id) END
FROM actor fa LEFT JOIN ptgen.srv s ON s.id = fa."serverId" WHERE fa.id = af."actorId";

-- The instance's home page (markdown, edited by the admins).
CREATE TABLE "actorCustomPage" (
    id serial PRIMARY KEY, content text, type varchar(255) NOT NULL, "actorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "actorCustomPage" VALUES (1, E'# Welcome to Hearth Tube\n\nA small, ad-free video home for makers, teachers, musicians and families. '
  || E'We run on donations and volunteer time.\n\n<peertube-videos-list data-count="8" data-sort="-publishedAt" data-only-local="true"></peertube-videos-list>\n\n'
  || E'## Trending on the instance\n\n<peertube-videos-list data-count="4" data-sort="-trending"></peertube-videos-list>\n\n'
  || E'## Want an account?\n\nRegistrations need approval: tell us a few words about what you want to upload. Please read the [code of conduct](/about/instance) first.',
  'homepage', 1, timestamptz '2022-05-03 20:11:09.117+00', timestamptz '2023-11-19 08:42:51.630+00');

-- Muted servers and accounts: the instance's own blocklist (account 1)
-- and people's personal ones.
CREATE TABLE "serverBlocklist" (
    id serial PRIMARY KEY, "accountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    "targetServerId" integer NOT NULL REFERENCES server (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL, UNIQUE ("accountId", "targetServerId")
);
INSERT INTO "serverBlocklist" ("accountId", "targetServerId", "createdAt", "updatedAt")
SELECT DISTINCT ON (a, t) a, t, cr, cr FROM (
  SELECT CASE WHEN k <= 5 THEN 1 ELSE 2 + fixture_gen.n('sba', k, 1200) END AS a, (ARRAY[20, 25, 37, 11, 49, 22, 53, 47, 30])[1 + fixture_gen.n('sbt', k, 9)] AS t, ptgen.ts('sbcr', k) AS cr
  FROM generate_series(1, 24) k) z ORDER BY a, t;

CREATE TABLE "accountBlocklist" (
    id serial PRIMARY KEY, "accountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    "targetAccountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL, UNIQUE ("accountId", "targetAccountId")
);
INSERT INTO "accountBlocklist" ("accountId", "targetAccountId", "createdAt", "updatedAt")
SELECT DISTINCT ON (a, t) a, t, cr, cr FROM (
  SELECT CASE WHEN k % 4 = 0 THEN 1 ELSE 2 + fixture_gen.n('aba', k, 1200) END AS a,
         CASE WHEN k % 3 = 0 THEN 2 + fixture_gen.n('abt', k, 1200) ELSE 1202 + fixture_gen.n('abt', k, 420) END AS t, ptgen.ts('abcr', k) AS cr
  FROM generate_series(1, 180) k) z WHERE a <> t ORDER BY a, t;

-- ---------------------------------------------------------------------
-- Videos. Titles are public listing copy; descriptions are typed by the
-- uploader: most plain, some crediting or naming people, a few with the
-- uploader's email or phone for bookings.
ALTER TABLE ptgen.v ADD COLUMN t text, ADD COLUMN title text, ADD COLUMN live boolean, ADD COLUMN state int, ADD COLUMN privacy int, ADD COLUMN phone_rec boolean;
UPDATE ptgen.v SET t = coalesce(topic, (ARRAY['cooking', 'wood', 'linux', 'music', 'garden', 'repair', 'school', 'bike', 'birds', 'games', 'family', 'talks', 'craft', 'misc', 'misc', 'misc'])[1 + fixture_gen.n('vtop', v, 16)]),
  live = local AND v % 40 = 7,
  phone_rec = local AND fixture_gen.n('vsrc', v, 12) IN (0, 1, 9);
UPDATE ptgen.v SET
  title = CASE t
    WHEN 'cooking' THEN fixture_gen.pick(ARRAY['One-pot lentil dal', 'Sourdough starter from scratch, day 1 to 7', 'Shakshuka for four', 'How I fold dumplings', 'Pickled red onions in 10 minutes',
         'Jollof rice, my way', 'Miso soup basics', 'Galette des rois', 'Focaccia with rosemary', 'Kimchi in a jar'], 'vti', v)
    WHEN 'wood' THEN fixture_gen.pick(ARRAY['Sharpening a chisel with water stones', 'Carving a spoon from green birch', 'Restoring a 1960s teak sideboard', 'Building a workbench with hand tools',
         'Dovetails for beginners', 'Making an end-grain cutting board', 'Turning a bowl on the lathe'], 'vti', v)
    WHEN 'linux' THEN fixture_gen.pick(ARRAY['Installing Debian 12 on an old ThinkPad', 'Self-hosting Nextcloud with Docker', 'Bash one-liners I use every day', 'Setting up WireGuard in 5 minutes',
         'Why I switched to Sway', 'Backups with restic and a Raspberry Pi', 'Writing your first systemd unit'], 'vti', v)
    WHEN 'music' THEN fixture_gen.pick(ARRAY['Gymnopédie No. 1 (Satie)', 'Choir rehearsal – Ave verum corpus', 'Modular jam', 'Cover: Hallelujah in one take', 'Chopin Nocturne Op. 9 No. 2',
         'Spring concert 2023 (full)', 'Drone for cello and tape loops'], 'vti', v)
    WHEN 'garden' THEN fixture_gen.pick(ARRAY['Planting garlic in October', 'No-dig beds, year two', 'A compost bay from pallets', 'Saving tomato seeds', 'Allotment tour – July'], 'vti', v)
    WHEN 'repair' THEN fixture_gen.pick(ARRAY['Fixing a toaster that does not pop up', 'Replacing a laptop hinge', 'Repair café – March session', 'Soldering 101', 'Reviving a dead phone battery (safely)'], 'vti', v)
    WHEN 'school' THEN fixture_gen.pick(ARRAY['Les fonctions affines – cours de 3e', 'Théorème de Pythagore, exercices corrigés', 'Photosynthesis explained', 'Révisions brevet : les fractions',
         'Lab safety rules', 'Die Französische Revolution in 10 Minuten'], 'vti', v)
    WHEN 'bike' THEN fixture_gen.pick(ARRAY['Gravel loop along the river (62 km)', 'Fixing a flat on the trail', 'Bikepacking kit list', 'Winter commute at -8°C', 'Truing a wheel without a stand'], 'vti', v)
    WHEN 'birds' THEN fixture_gen.pick(ARRAY['Blue tits fledging – nest cam', 'Dawn chorus in May', 'Kingfisher at the pond', 'Starling murmuration', 'Swifts returning'], 'vti', v)
    WHEN 'games' THEN fixture_gen.pick(ARRAY['Super Metroid 100% – part 1', 'Chrono Trigger longplay', 'Sonic 2 speedrun practice', 'Link''s Awakening – dungeon 4', 'Tetris 99 evening'], 'vti', v)
    WHEN 'family' THEN fixture_gen.pick(ARRAY['Summer holidays 2022', 'Grandma''s 80th birthday', 'First steps', 'Christmas morning', 'Wedding – the speeches', 'School play', 'Beach day'], 'vti', v)
    WHEN 'talks' THEN fixture_gen.pick(ARRAY['Climate meetup: heat pumps', 'Community energy cooperatives', 'Q&A with the city council on bike lanes', 'Monthly meetup – June', 'Repair, don''t replace'], 'vti', v)
    WHEN 'craft' THEN fixture_gen.pick(ARRAY['Knitting a cabled hat, part 2', 'Yarn haul + chat', 'Fixing a dropped stitch', 'Sock heel tutorial', 'Natural dyes with onion skins'], 'vti', v)
    ELSE fixture_gen.pick(ARRAY['PeerTube 6 is out!', 'This week in open source', 'Blender donut tutorial', 'Film club: Stalker (1979)', 'Developing Portra 400 at home',
         'History bites: the printing press', 'Cat vs. laser pointer', 'Guitar lesson 5: barre chords', 'Urban sketching in the rain', 'Street food tour', 'Timelapse: clouds over the bay'], 'vti', v) END
    || CASE WHEN fixture_gen.n('vtnum', v, 4) = 0 THEN ' #' || (1 + v % 23) ELSE '' END,
  state = CASE WHEN live THEN (ARRAY[4, 5, 1, 4])[1 + v % 4] WHEN local AND v % 97 = 3 THEN 2 WHEN local AND v % 151 = 8 THEN 3 ELSE 1 END,
  privacy = CASE WHEN NOT local THEN CASE WHEN v % 9 = 0 THEN 2 ELSE 1 END
                 WHEN t = 'family' THEN (ARRAY[2, 3, 5, 2, 4])[1 + fixture_gen.n('vpriv', v, 5)]
                 ELSE (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 4, 5, 1])[1 + fixture_gen.n('vpriv', v, 20)] END;

CREATE TABLE video (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, name varchar(255) NOT NULL, category integer, licence integer, language varchar(255),
    privacy integer NOT NULL, nsfw boolean NOT NULL, description varchar(10000), support varchar(1000), duration integer NOT NULL,
    views integer NOT NULL DEFAULT 0, likes integer NOT NULL DEFAULT 0, dislikes integer NOT NULL DEFAULT 0, remote boolean NOT NULL,
    "isLive" boolean NOT NULL DEFAULT false, url varchar(2000) NOT NULL, "commentsEnabled" boolean NOT NULL, "downloadEnabled" boolean NOT NULL,
    "waitTranscoding" boolean NOT NULL, state integer NOT NULL, "publishedAt" timestamptz NOT NULL, "originallyPublishedAt" timestamptz,
    "channelId" integer NOT NULL REFERENCES "videoChannel" (id) ON DELETE CASCADE, "inputFileUpdatedAt" timestamptz,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO video
SELECT v.v, v.uuid::uuid, v.title,
       CASE v.t WHEN 'cooking' THEN 18 WHEN 'wood' THEN 15 WHEN 'linux' THEN 15 WHEN 'music' THEN 1 WHEN 'garden' THEN 18 WHEN 'repair' THEN 15 WHEN 'school' THEN 13
                WHEN 'bike' THEN 5 WHEN 'birds' THEN 16 WHEN 'games' THEN 7 WHEN 'family' THEN 8 WHEN 'talks' THEN 14 WHEN 'craft' THEN 18 ELSE NULLIF(fixture_gen.n('vcat', v.v, 19), 0) END,
       CASE WHEN fixture_gen.n('vlic', v.v, 5) = 0 THEN NULL ELSE 1 + fixture_gen.n('vlic2', v.v, 8) END,
       CASE WHEN fixture_gen.n('vlang', v.v, 6) = 0 THEN NULL WHEN v.t = 'school' THEN fixture_gen.pick(ARRAY['fr', 'fr', 'de', 'en'], 'vlang2', v.v)
            ELSE fixture_gen.pick(ARRAY['en', 'en', 'en', 'fr', 'fr', 'de', 'es', 'it', 'pt', 'ja', 'nl', 'zxx'], 'vlang2', v.v) END,
       v.privacy, v.t <> 'family' AND fixture_gen.n('vnsfw', v.v, 60) = 0,
       CASE WHEN NOT v.local THEN
         CASE fixture_gen.n('rvdesc', v.v, 8)
           WHEN 0 THEN NULL
           WHEN 1 THEN 'New video! Subscribe from any fediverse account, and share it if you liked it.'
           WHEN 2 THEN 'Recorded live at ' || fixture_gen.pick(ARRAY['FOSDEM', 'Capitole du Libre', 'the Chaos Communication Camp', 'JRES'], 'rvev', v.v) || '. Speaker: ' || fixture_gen.full_name('rvsp', v.v) || '. Slides linked below.'
           WHEN 3 THEN E'Chapters\n00:00 Intro\n01:30 The problem\n07:45 What we tried\n15:10 Questions'
           WHEN 4 THEN 'Music by ' || fixture_gen.pick(ARRAY['Kai Engel', 'Ketsa', 'Blue Dot Sessions', 'Komiku'], 'rvmu', v.v) || ' (CC BY-NC). Thanks for watching!'
           ELSE 'Originally published on YouTube in ' || (2015 + v.v % 8) || '. Mirrored here so it stays available without ads.' END
       ELSE
         CASE fixture_gen.n('vdesc', v.v, 20)
           WHEN 0 THEN NULL WHEN 1 THEN NULL
           WHEN 2 THEN 'Recorded in ' || u.city || '. Music: "' || fixture_gen.pick(ARRAY['Morning Light', 'Riverbed', 'Slow Tide', 'Paper Boats'], 'vmus', v.v) || '" by '
                    || fixture_gen.pick(ARRAY['The Lantern Trio', 'Ana Ribeiro', 'Kai Engel', 'Los Pájaros'], 'vmua', v.v) || ' (CC BY 4.0).'
           WHEN 3 THEN 'Thanks to ' || fixture_gen.full_name('vthx', v.v) || ' for filming and to ' || fixture_gen.first_name('vthx2', v.v) || ' for the edit!'
           WHEN 4 THEN 'Worksheets and the full lesson plan: https://' || ptgen.host() || '/w/p/' || fixture_gen.chars('vwsp', v.v, 22) || ' – CC BY-SA, reuse freely.'
           WHEN 5 THEN 'Questions? Write to me at ' || u.email || ' or call ' || fixture_gen.phone('vph', v.v) || ' (weekdays only).'
           WHEN 6 THEN E'Timestamps:\n00:00 Intro\n02:15 Tools and materials\n06:40 The main part\n14:05 Mistakes I made\n17:30 Outro'
           WHEN 7 THEN 'In this video I show the whole process step by step, including the parts that went wrong. Comments and corrections welcome.'
           WHEN 8 THEN 'Workshops every Saturday at ' || fixture_gen.street('vst', v.v) || ', ' || u.city || '. Bookings by text message: ' || fixture_gen.phone('vph', v.v)
           WHEN 9 THEN 'Guest: ' || fixture_gen.full_name('vgst', v.v) || ', ' || fixture_gen.pick(ARRAY['beekeeper', 'nurse at the university hospital', 'retired mechanic', 'city councillor', 'luthier'], 'vgj', v.v)
                    || '. Thank you for your time!'
           WHEN 10 THEN 'Originally published on YouTube. Moved here in 2022.'
           WHEN 11 THEN 'Licence CC BY-SA 4.0. Project files: https://codeberg.org/' || u.uname || '/' || replace(lower(v.t), ' ', '-') || '-videos'
           WHEN 12 THEN 'Filmed by my daughter ' || fixture_gen.first_name('vdau', v.v) || '. Happy birthday Mum!'
           WHEN 13 THEN 'Shot on a phone, sorry for the sound. Next episode in two weeks.'
           WHEN 14 THEN 'If you want the GPX track or the recipe, ask in the comments.'
           WHEN 15 THEN 'Part of the series. All episodes are in the playlist on my channel.'
           WHEN 16 THEN 'Unlisted: for the family only. Password is the usual one, ask ' || u.f || ' if you forgot it.'
           WHEN 17 THEN 'Merci à ' || fixture_gen.full_name('vmerci', v.v) || ' et à toute l''équipe du ' || fixture_gen.pick(ARRAY['centre social', 'fablab', 'club vélo', 'collège'], 'vorg', v.v) || ' !'
           ELSE 'No talking, just the work. Enjoy.' END END,
       CASE WHEN v.local THEN ch.support END,
       CASE WHEN v.live THEN 0 ELSE 20 + fixture_gen.n('vdur', v.v, CASE WHEN v.t IN ('talks', 'music', 'games') THEN 5400 ELSE 1500 END) END,
       CASE WHEN v.privacy = 1 THEN fixture_gen.n('vviews', v.v, 3000) * (1 + fixture_gen.n('vviews2', v.v, 3)) ELSE fixture_gen.n('vviews', v.v, 40) END,
       CASE WHEN v.privacy = 1 THEN fixture_gen.n('vlikes', v.v, 80) ELSE fixture_gen.n('vlikes', v.v, 4) END, fixture_gen.n('vdisl', v.v, 3),
       NOT v.local, v.live, 'https://' || v.host || '/videos/watch/' || v.uuid,
       fixture_gen.n('vcom', v.v, 12) <> 0, fixture_gen.n('vdl', v.v, 8) <> 0, fixture_gen.n('vwt', v.v, 10) <> 0,
       v.state, v.created + make_interval(secs => 60 + fixture_gen.n('vpub', v.v, 7200)),
       CASE WHEN fixture_gen.n('vorig', v.v, 7) = 0 THEN (v.created - make_interval(days => 30 + fixture_gen.n('vorigd', v.v, 2500)))::date::timestamptz END,
       v.ch, CASE WHEN v.local AND NOT v.live THEN v.created + interval '3 seconds' END,
       v.created, v.created + make_interval(days => fixture_gen.n('vup', v.v, 200), secs => fixture_gen.n('vups', v.v, 86400))
FROM ptgen.v v JOIN "videoChannel" ch ON ch.id = v.ch LEFT JOIN ptgen.u u ON v.local AND u.i = v.owner
ORDER BY v.v;
SELECT setval('video_id_seq', 2600);

CREATE TABLE tag (id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL);
INSERT INTO tag (name, "createdAt", "updatedAt")
SELECT n, ptgen.ts('tagcr', k), ptgen.ts('tagcr', k)
FROM unnest(ARRAY['cooking', 'vegetarian', 'bread', 'sourdough', 'recipe', 'woodworking', 'handtools', 'spooncarving', 'furniture', 'linux', 'debian', 'selfhosting',
  'opensource', 'foss', 'bash', 'music', 'piano', 'choir', 'synth', 'cover', 'classical', 'garden', 'permaculture', 'nodig', 'compost', 'repair', 'repaircafe', 'righttorepair',
  'soldering', 'maths', 'cours', 'école', 'science', 'physique', 'bike', 'gravel', 'bikepacking', 'cycling', 'birds', 'birding', 'nature', 'wildlife', 'retrogaming', 'snes',
  'longplay', 'speedrun', 'family', 'climate', 'energy', 'meetup', 'knitting', 'crafts', 'yarn', 'peertube', 'fediverse', 'blender', '3d', 'film', 'analog', 'photography',
  'history', 'cats', 'guitar', 'tutorial', 'diy', 'howto', 'timelapse', 'travel', 'streetfood', 'sketching', 'art', 'education', 'lecture', 'conference', 'fosdem']) WITH ORDINALITY AS t(n, k);

CREATE TABLE "videoTag" (
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL,
    "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "tagId" integer NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY ("videoId", "tagId")
);
INSERT INTO "videoTag"
SELECT DISTINCT ON (v.id, t) v."createdAt", v."createdAt", v.id, t
FROM video v CROSS JOIN generate_series(1, 4) j
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('vtag' || j, v.id, 75) AS t) x
WHERE j <= fixture_gen.n('vntag', v.id, 5)
ORDER BY v.id, t;

-- HLS playlists: local files on disk (the first 900 videos) or in object
-- storage (the later ones, storage 1); remote ones by URL.
CREATE TABLE "videoStreamingPlaylist" (
    id serial PRIMARY KEY, type integer NOT NULL, "playlistUrl" varchar(2000), "playlistFilename" varchar(255) NOT NULL,
    "p2pMediaLoaderInfohashes" varchar(255)[] NOT NULL, "p2pMediaLoaderPeerVersion" integer NOT NULL, "segmentsSha256Url" varchar(2000),
    "segmentsSha256Filename" varchar(255) NOT NULL, "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, storage integer NOT NULL DEFAULT 0,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoStreamingPlaylist"
SELECT v.v, 1,
       CASE WHEN NOT v.local THEN 'https://' || v.host || '/static/streaming-playlists/hls/' || v.uuid || '/' || ptgen.u4('hlsm', v.v) || '-master.m3u8'
            WHEN v.v > 900 THEN 'https://hearth-streaming.s3.fr-par.scw.cloud/hls/' || v.uuid || '/' || ptgen.u4('hlsm', v.v) || '-master.m3u8' END,
       ptgen.u4('hlsm', v.v) || '-master.m3u8',
       ARRAY[ptgen.sha1('p2p720', v.v), ptgen.sha1('p2p480', v.v)] || CASE WHEN v.v % 3 = 0 THEN ARRAY[ptgen.sha1('p2p1080', v.v)] ELSE ARRAY[]::text[] END,
       2,
       CASE WHEN NOT v.local THEN 'https://' || v.host || '/static/streaming-playlists/hls/' || v.uuid || '/' || ptgen.u4('hlss', v.v) || '-segments-sha256.json'
            WHEN v.v > 900 THEN 'https://hearth-streaming.s3.fr-par.scw.cloud/hls/' || v.uuid || '/' || ptgen.u4('hlss', v.v) || '-segments-sha256.json' END,
       ptgen.u4('hlss', v.v) || '-segments-sha256.json', v.v, CASE WHEN v.local AND v.v > 900 THEN 1 ELSE 0 END,
       v.created + interval '5 minutes', v.created + interval '20 minutes'
FROM ptgen.v v WHERE v.state NOT IN (2, 3) AND NOT (v.live AND v.state = 4)
ORDER BY v.v;

-- Files: HLS fragments (720p, 480p, 1080p for some) and, for a fifth of
-- local videos, a web video file too. metadata is ffprobe's output: files
-- recorded with a phone keep the device and the place of recording.
CREATE TABLE ptgen.f AS
SELECT row_number() OVER (ORDER BY v.v, r.k) AS id, v.v, v.uuid, v.local, v.host, v.phone_rec, r.res, r.hls, v.created, v.t
FROM ptgen.v v JOIN "videoStreamingPlaylist" p ON p."videoId" = v.v
CROSS JOIN (VALUES (1, 1080, true), (2, 720, true), (3, 480, true), (4, 720, false)) r(k, res, hls)
WHERE (r.res <> 1080 OR v.v % 3 = 0) AND (r.hls OR (v.local AND v.v % 5 = 0));

CREATE TABLE "videoFile" (
    id serial PRIMARY KEY, resolution integer NOT NULL, size bigint NOT NULL, extname varchar(255) NOT NULL, "infoHash" varchar(255), fps integer NOT NULL DEFAULT -1,
    metadata jsonb, "metadataUrl" varchar(255), "fileUrl" varchar(255), filename varchar(255), "torrentUrl" varchar(255), "torrentFilename" varchar(255),
    "videoId" integer REFERENCES video (id) ON DELETE CASCADE, "videoStreamingPlaylistId" integer REFERENCES "videoStreamingPlaylist" (id) ON DELETE CASCADE,
    storage integer NOT NULL DEFAULT 0, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoFile"
SELECT f.id, f.res, vd.duration::bigint * f.res * (900 + fixture_gen.n('fsz', f.id, 600)), '.mp4', ptgen.sha1('infohash', f.id),
       (ARRAY[25, 30, 30, 60, 24])[1 + fixture_gen.n('ffps', f.v, 5)],
       CASE WHEN f.local THEN jsonb_build_object(
         'streams', jsonb_build_array(
            jsonb_build_object('index', 0, 'codec_name', 'h264', 'codec_long_name', 'H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10', 'profile', 'High', 'codec_type', 'video',
                               'width', f.res * 16 / 9, 'height', f.res, 'pix_fmt', 'yuv420p', 'level', 31, 'r_frame_rate', (ARRAY[25, 30, 30, 60, 24])[1 + fixture_gen.n('ffps', f.v, 5)] || '/1',
                               'time_base', '1/90000', 'duration', vd.duration || '.000000', 'bit_rate', (f.res * 2800)::text, 'tags', jsonb_build_object('language', 'und', 'handler_name', 'VideoHandler')),
            jsonb_build_object('index', 1, 'codec_name', 'aac', 'codec_type', 'audio', 'sample_rate', '48000', 'channels', 2, 'channel_layout', 'stereo', 'bit_rate', '256000',
                               'tags', jsonb_build_object('language', 'und', 'handler_name', 'SoundHandler'))),
         'format', jsonb_build_object('filename', '/var/www/peertube/storage/tmp/' || ptgen.u4('ffin', f.id) || '-' || f.res || '.mp4', 'nb_streams', 2, 'format_name', 'mov,mp4,m4a,3gp,3g2,mj2',
            'duration', vd.duration || '.000000', 'size', (vd.duration::bigint * f.res * 1200)::text, 'bit_rate', (f.res * 3000)::text,
            'tags', CASE WHEN f.phone_rec AND fixture_gen.n('ffos', f.v, 2) = 0 THEN jsonb_build_object('major_brand', 'qt  ', 'minor_version', '0', 'compatible_brands', 'qt  ',
                        'creation_time', to_char(f.created - interval '2 days', 'YYYY-MM-DD"T"HH24:MI:SS".000000Z"'), 'com.apple.quicktime.make', 'Apple',
                        'com.apple.quicktime.model', fixture_gen.pick(ARRAY['iPhone 12', 'iPhone 13 Pro', 'iPhone 14', 'iPhone SE (2nd generation)', 'iPhone 15 Pro Max'], 'ffmod', f.v),
                        'com.apple.quicktime.software', fixture_gen.pick(ARRAY['16.5', '17.1.2', '15.7', '17.4.1'], 'ffsw', f.v),
                        'com.apple.quicktime.location.ISO6709', to_char(c.lat + (fixture_gen.n('fflat', f.v, 2000) - 1000) / 100000.0, 'SG00.0000') || to_char(c.lon + (fixture_gen.n('fflon', f.v, 2000) - 1000) / 100000.0, 'SG000.0000') || '+' || lpad((20 + fixture_gen.n('ffalt', f.v, 180))::text, 3, '0') || '.000/',
                        'com.apple.quicktime.location.accuracy.horizontal', '4.748178', 'encoder', 'Lavf60.3.100')
                      WHEN f.phone_rec THEN jsonb_build_object('major_brand', 'mp42', 'minor_version', '0', 'compatible_brands', 'isommp42',
                        'creation_time', to_char(f.created - interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS".000000Z"'),
                        'location', to_char(c.lat + (fixture_gen.n('fflat', f.v, 2000) - 1000) / 100000.0, 'SG00.0000') || to_char(c.lon + (fixture_gen.n('fflon', f.v, 2000) - 1000) / 100000.0, 'SG000.0000') || '/',
                        'location-eng', to_char(c.lat + (fixture_gen.n('fflat', f.v, 2000) - 1000) / 100000.0, 'SG00.0000') || to_char(c.lon + (fixture_gen.n('fflon', f.v, 2000) - 1000) / 100000.0, 'SG000.0000') || '/',
                        'com.android.version', fixture_gen.pick(ARRAY['13', '14', '12'], 'ffand', f.v), 'com.android.manufacturer', fixture_gen.pick(ARRAY['Google', 'samsung', 'Fairphone', 'Xiaomi'], 'ffman', f.v),
                        'encoder', 'Lavf60.3.100')
                      ELSE jsonb_build_object('major_brand', 'isom', 'minor_version', '512', 'compatible_brands', 'isomiso2avc1mp41', 'encoder', 'Lavf60.3.100') END)) END,
       'https://' || f.host || '/api/v1/videos/' || f.uuid || '/metadata/' || f.id,
       CASE WHEN NOT f.local THEN 'https://' || f.host || CASE WHEN f.hls THEN '/static/streaming-playlists/hls/' || f.uuid || '/' ELSE '/static/web-videos/' END
                 || ptgen.u4('vf', f.id) || '-' || f.res || CASE WHEN f.hls THEN '-fragmented' ELSE '' END || '.mp4'
            WHEN f.v > 900 THEN 'https://hearth-' || CASE WHEN f.hls THEN 'streaming.s3.fr-par.scw.cloud/hls/' || f.uuid || '/' ELSE 'videos.s3.fr-par.scw.cloud/' END
                 || ptgen.u4('vf', f.id) || '-' || f.res || CASE WHEN f.hls THEN '-fragmented' ELSE '' END || '.mp4' END,
       ptgen.u4('vf', f.id) || '-' || f.res || CASE WHEN f.hls THEN '-fragmented' ELSE '' END || '.mp4',
       CASE WHEN NOT f.local THEN 'https://' || f.host || '/lazy-static/torrents/' || ptgen.u4('vft', f.id) || '-' || f.res || CASE WHEN f.hls THEN '-hls' ELSE '' END || '.torrent' END,
       ptgen.u4('vft', f.id) || '-' || f.res || CASE WHEN f.hls THEN '-hls' ELSE '' END || '.torrent',
       CASE WHEN NOT f.hls THEN f.v END, CASE WHEN f.hls THEN f.v END, CASE WHEN f.local AND f.v > 900 THEN 1 ELSE 0 END,
       f.created + interval '6 minutes', f.created + interval '21 minutes'
FROM ptgen.f f JOIN video vd ON vd.id = f.v
LEFT JOIN ptgen.v pv ON pv.v = f.v LEFT JOIN ptgen.u u ON pv.local AND u.i = pv.owner
LEFT JOIN (VALUES (0, 45.7640, 4.8357), (1, 47.2184, -1.5536), (2, 52.5200, 13.4050), (3, 51.3397, 12.3731), (4, 51.4545, -2.5879), (5, 55.8642, -4.2518),
                  (6, 45.5019, -73.5674), (7, 41.3874, 2.1686), (8, 44.4949, 11.3426), (9, 34.6937, 135.5023), (10, 6.5244, 3.3792), (11, 41.1579, -8.6291)) c(ci, lat, lon) ON c.ci = u.ci
ORDER BY f.id;

-- The file the uploader sent, by its original name.
CREATE TABLE "videoSource" (
    id serial PRIMARY KEY, filename varchar(255), "videoId" integer REFERENCES video (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoSource" ("filename", "videoId", "createdAt", "updatedAt")
SELECT CASE fixture_gen.n('vsrc', v.v, 12)
         WHEN 0 THEN 'VID_' || to_char(v.created - interval '2 days', 'YYYYMMDD_HH24MISS') || '.mp4'
         WHEN 1 THEN 'IMG_' || fixture_gen.digits('vsimg', v.v, 4) || '.MOV'
         WHEN 9 THEN 'PXL_' || to_char(v.created - interval '1 day', 'YYYYMMDD_HH24MISSMS') || '.mp4'
         WHEN 2 THEN 'Screen Recording ' || to_char(v.created, 'YYYY-MM-DD') || ' at ' || to_char(v.created, 'HH24.MI.SS') || '.mov'
         WHEN 3 THEN 'interview_' || ptgen.fold(fixture_gen.first_name('vsif', v.v)) || '_' || ptgen.fold(fixture_gen.last_name('vsil', v.v)) || '_final.mp4'
         WHEN 4 THEN replace(regexp_replace(v.title, '[^[:alnum:] ]', '', 'g'), ' ', '_') || '.mkv'
         WHEN 5 THEN 'GX01' || fixture_gen.digits('vsgp', v.v, 4) || '.MP4'
         WHEN 6 THEN 'wedding_' || ptgen.fold(fixture_gen.first_name('vswa', v.v)) || '_and_' || ptgen.fold(fixture_gen.first_name('vswb', v.v)) || '_' || ptgen.fold(fixture_gen.last_name('vswl', v.v)) || '.mp4'
         WHEN 7 THEN 'OBS ' || to_char(v.created, 'YYYY-MM-DD HH24-MI-SS') || '.mkv'
         WHEN 8 THEN u.full_name || ' - cours ' || (1 + v.v % 30) || '.mp4'
         WHEN 10 THEN 'export_v3_FINAL(1).mp4'
         ELSE 'lesson-' || (1 + v.v % 40) || '-' || ptgen.fold(u.l) || '.webm' END,
       v.v, v.created, v.created
FROM ptgen.v v JOIN ptgen.u u ON u.i = v.owner
WHERE v.local AND NOT v.live AND v.v > 120
ORDER BY v.v;

CREATE TABLE "videoJobInfo" (
    id serial PRIMARY KEY, "pendingMove" integer NOT NULL DEFAULT 0, "pendingTranscode" integer NOT NULL DEFAULT 0,
    "videoId" integer NOT NULL UNIQUE REFERENCES video (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoJobInfo" ("pendingMove", "pendingTranscode", "videoId", "createdAt", "updatedAt")
SELECT CASE WHEN v.v > 900 AND v.state = 2 THEN 1 ELSE 0 END, CASE WHEN v.state = 2 THEN 1 + v.v % 3 ELSE 0 END, v.v, v.created, v.created + interval '25 minutes'
FROM ptgen.v v WHERE v.local AND (v.v > 700 OR v.state = 2) ORDER BY v.v;

CREATE TABLE "videoStoryboard" (
    id serial PRIMARY KEY, filename varchar(255) NOT NULL, "totalHeight" integer NOT NULL, "totalWidth" integer NOT NULL, "spriteHeight" integer NOT NULL,
    "spriteWidth" integer NOT NULL, "spriteDuration" integer NOT NULL, "fileUrl" varchar(1024), "videoId" integer NOT NULL UNIQUE REFERENCES video (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoStoryboard" (filename, "totalHeight", "totalWidth", "spriteHeight", "spriteWidth", "spriteDuration", "fileUrl", "videoId", "createdAt", "updatedAt")
SELECT ptgen.u4('sb', v.id) || '.jpg', 108 * least(10, 1 + v.duration / 100 / 10), 1920, 108, 192, greatest(1, v.duration / 100),
       CASE WHEN v.remote THEN regexp_replace(v.url, '/videos/watch/.*$', '') || '/lazy-static/storyboards/' || ptgen.u4('sb', v.id) || '.jpg' END,
       v.id, greatest(v."createdAt", timestamptz '2023-11-28 10:00:00+00') + interval '30 minutes', greatest(v."createdAt", timestamptz '2023-11-28 10:00:00+00') + interval '30 minutes'
FROM video v WHERE NOT v."isLive" AND v.state = 1 AND (v."createdAt" > timestamptz '2023-11-28 00:00:00+00' OR v.id % 11 = 0)
ORDER BY v.id;

CREATE TABLE "videoCaption" (
    id serial PRIMARY KEY, language varchar(255) NOT NULL, filename varchar(255), "fileUrl" varchar(255),
    "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoCaption" (language, filename, "fileUrl", "videoId", "createdAt", "updatedAt")
SELECT DISTINCT ON (vid, lang) lang, ptgen.u4('cap', k) || '-' || lang || '.vtt',
       CASE WHEN vid > 1600 THEN 'https://' || (SELECT host FROM ptgen.v WHERE v = vid) || '/lazy-static/video-captions/' || ptgen.u4('cap', k) || '-' || lang || '.vtt' END,
       vid, ptgen.ts('capcr', k), ptgen.ts('capcr', k)
FROM (SELECT k, 1 + fixture_gen.n('capv', k, 2600) AS vid, fixture_gen.pick(ARRAY['en', 'en', 'fr', 'fr', 'de', 'es', 'it', 'pt', 'ja', 'ar', 'eo'], 'capl', k) AS lang
      FROM generate_series(1, 420) k) x
ORDER BY vid, lang, k;

-- Thumbnails: a miniature (type 1) and a preview (type 2) per video;
-- playlists get a miniature further down.
CREATE TABLE thumbnail (
    id serial PRIMARY KEY, filename varchar(255) NOT NULL, height integer, width integer, type integer NOT NULL, "fileUrl" varchar(255),
    "onDisk" boolean NOT NULL DEFAULT false, "automaticallyGenerated" boolean, "videoId" integer REFERENCES video (id) ON DELETE CASCADE,
    "videoPlaylistId" integer, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO thumbnail (filename, height, width, type, "fileUrl", "onDisk", "automaticallyGenerated", "videoId", "createdAt", "updatedAt")
SELECT ptgen.u4('thumb' || t.type, v.v) || '.jpg', t.h, t.w, t.type,
       CASE WHEN NOT v.local THEN 'https://' || v.host || '/lazy-static/' || CASE t.type WHEN 1 THEN 'thumbnails/' ELSE 'previews/' END || ptgen.u4('rthumb' || t.type, v.v) || '.jpg' END,
       v.local OR v.v % 6 = 0, CASE WHEN v.local THEN fixture_gen.n('thauto', v.v, 5) < 3 END, v.v, v.created + interval '1 minute', v.created + interval '1 minute'
FROM ptgen.v v CROSS JOIN (VALUES (1, 157, 280), (2, 480, 850)) t(type, h, w)
ORDER BY v.v, t.type;

CREATE TABLE tracker (id serial PRIMARY KEY, url varchar(255) NOT NULL UNIQUE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL);
INSERT INTO tracker (url, "createdAt", "updatedAt")
SELECT u, cr, cr FROM (
  SELECT 'wss://' || ptgen.host() || ':443/tracker/socket' AS u, timestamptz '2021-02-11 18:10:00+00' AS cr, 0 AS o
  UNION ALL SELECT 'https://' || ptgen.host() || '/tracker/announce', timestamptz '2021-02-11 18:10:00+00', 1
  UNION ALL SELECT 'wss://' || host || ':443/tracker/socket', ptgen.ts('trcr', id), 10 + id FROM ptgen.srv WHERE soft = 'peertube') t ORDER BY o;

CREATE TABLE "videoTracker" (
    "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "trackerId" integer NOT NULL REFERENCES tracker (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL, PRIMARY KEY ("videoId", "trackerId")
);
INSERT INTO "videoTracker"
SELECT v.v, t.id, v.created, v.created FROM ptgen.v v JOIN tracker t ON t.url LIKE 'wss://' || v.host || ':443/%' OR (v.local AND t.url = 'https://' || ptgen.host() || '/tracker/announce');

CREATE TABLE "scheduleVideoUpdate" (
    id serial PRIMARY KEY, "updateAt" timestamptz NOT NULL, privacy integer, "videoId" integer NOT NULL UNIQUE REFERENCES video (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "scheduleVideoUpdate" ("updateAt", privacy, "videoId", "createdAt", "updatedAt")
SELECT date_trunc('hour', v."createdAt") + make_interval(days => 1 + v.id % 9, hours => 8 + v.id % 10), CASE WHEN v.id % 4 = 0 THEN 2 ELSE 1 END, v.id, v."createdAt", v."createdAt"
FROM video v WHERE NOT v.remote AND v.privacy = 3 AND v.id % 3 = 0 ORDER BY v.id;

-- Lives: the stream key is what OBS pushes to rtmp://tube.hearth.example/live.
CREATE TABLE "videoLiveReplaySetting" (id serial PRIMARY KEY, privacy integer NOT NULL, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL);
INSERT INTO "videoLiveReplaySetting" SELECT k, (ARRAY[1, 2, 3, 1, 4])[1 + k % 5], ptgen.ts('lrscr', k), ptgen.ts('lrscr', k) FROM generate_series(1, 60) k;

CREATE TABLE "videoLive" (
    id serial PRIMARY KEY, "streamKey" varchar(255), "saveReplay" boolean NOT NULL DEFAULT false, "permanentLive" boolean NOT NULL DEFAULT false,
    "latencyMode" integer, "videoId" integer NOT NULL UNIQUE REFERENCES video (id) ON DELETE CASCADE,
    "replaySettingId" integer REFERENCES "videoLiveReplaySetting" (id) ON DELETE SET NULL, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoLive" ("streamKey", "saveReplay", "permanentLive", "latencyMode", "videoId", "replaySettingId", "createdAt", "updatedAt")
SELECT CASE WHEN v.state = 5 AND v.v % 3 = 0 THEN NULL ELSE ptgen.u4('streamkey', v.v) END, v.v % 2 = 0, v.v % 3 = 1, 1 + v.v % 3, v.v,
       CASE WHEN v.v % 2 = 0 THEN 1 + v.v / 40 END, v.created, v.created + interval '1 hour'
FROM ptgen.v v WHERE v.live ORDER BY v.v;

CREATE TABLE "videoLiveSession" (
    id serial PRIMARY KEY, "startDate" timestamptz NOT NULL, "endDate" timestamptz, error integer, "saveReplay" boolean NOT NULL,
    "endingProcessed" boolean NOT NULL, "replayVideoId" integer REFERENCES video (id) ON DELETE SET NULL,
    "liveVideoId" integer REFERENCES video (id) ON DELETE SET NULL, "replaySettingId" integer REFERENCES "videoLiveReplaySetting" (id) ON DELETE SET NULL,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoLiveSession" ("startDate", "endDate", error, "saveReplay", "endingProcessed", "replayVideoId", "liveVideoId", "replaySettingId", "createdAt", "updatedAt")
SELECT s.st, CASE WHEN NOT (l."permanentLive" AND k = 4) THEN s.st + make_interval(mins => 20 + fixture_gen.n('lsdur', l.id * 10 + k, 150)) END,
       CASE WHEN fixture_gen.n('lserr', l.id * 10 + k, 12) = 0 THEN 1 + fixture_gen.n('lserrk', l.id * 10 + k, 5) END,
       l."saveReplay", NOT (l."permanentLive" AND k = 4),
       CASE WHEN l."saveReplay" AND k % 2 = 1 THEN (SELECT min(v2.id) FROM video v2 WHERE v2."channelId" = vd."channelId" AND NOT v2."isLive" AND v2."createdAt" > s.st) END,
       l."videoId", l."replaySettingId", s.st, s.st + interval '3 hours'
FROM "videoLive" l JOIN video vd ON vd.id = l."videoId" CROSS JOIN generate_series(1, 4) k
CROSS JOIN LATERAL (SELECT vd."createdAt" + make_interval(days => k * (1 + fixture_gen.n('lsgap', l.id, 20)), hours => fixture_gen.n('lsh', l.id * 10 + k, 12)) AS st) s
WHERE k <= 1 + fixture_gen.n('lsn', l.id, 4)
ORDER BY s.st;

-- Passwords of password-protected videos (privacy 5), kept in clear so the
-- uploader can read them back.
CREATE TABLE "videoPassword" (
    id serial PRIMARY KEY, password varchar(255) NOT NULL, "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL, UNIQUE ("videoId", password)
);
INSERT INTO "videoPassword" (password, "videoId", "createdAt", "updatedAt")
SELECT CASE fixture_gen.n('vpw', v.id * 3 + k, 6)
         WHEN 0 THEN lower(fixture_gen.first_name('vpwn', v.id)) || (2019 + v.id % 6)
         WHEN 1 THEN fixture_gen.pick(ARRAY['Lycee-VH-3eB', 'choir!spring', 'famille2023', 'Klasse7c', 'repaircafe', 'mariage0708'], 'vpwk', v.id * 3 + k)
         WHEN 2 THEN fixture_gen.chars('vpwr', v.id * 3 + k, 12)
         WHEN 3 THEN fixture_gen.pick(ARRAY['correct-horse', 'sunflower', 'kiwi', 'blue-door'], 'vpww', v.id) || '-' || fixture_gen.digits('vpwd', v.id * 3 + k, 3)
         ELSE fixture_gen.chars('vpwr2', v.id * 3 + k, 8, 'abcdefghjkmnpqrstuvwxyz23456789') END,
       v.id, v."createdAt" + make_interval(mins => k), v."createdAt" + make_interval(mins => k)
FROM video v CROSS JOIN generate_series(1, 2) k
WHERE v.privacy = 5 AND (k = 1 OR v.id % 3 = 0) ORDER BY v.id, k
ON CONFLICT DO NOTHING;

-- Announces: local public videos are announced by their channel (the id is
-- the video URL plus /announces/<actor id>); remote people's boosts keep
-- their own ids.
CREATE TABLE "videoShare" (
    id serial PRIMARY KEY, url varchar(2000) NOT NULL UNIQUE, "actorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL,
    UNIQUE ("actorId", "videoId")
);
INSERT INTO "videoShare" (url, "actorId", "videoId", "createdAt", "updatedAt")
SELECT url, a, vid, cr, cr FROM (
  SELECT DISTINCT ON (a, vid) * FROM (
    SELECT v.url || '/announces/' || ch."actorId" AS url, ch."actorId" AS a, v.id AS vid, v."publishedAt" AS cr, 0 AS o
    FROM video v JOIN "videoChannel" ch ON ch.id = v."channelId" WHERE v.privacy = 1 AND NOT v.remote AND v.state = 1
    UNION ALL
    SELECT CASE s.soft WHEN 'peertube' THEN v.url || '/announces/' || ra.id
                       WHEN 'misskey' THEN 'https://misskey.io/notes/' || fixture_gen.chars('mkn', k, 10, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/activity'
                       ELSE ra.url || '/statuses/' || (109000000000000000 + fixture_gen.n('boost', k, 999999999)::bigint * 1000) || '/activity' END,
           ra.id, v.id, v."publishedAt" + make_interval(hours => 1 + fixture_gen.n('boosth', k, 400)), k
    FROM generate_series(1, 700) k
    JOIN actor ra ON ra.id = 2582 + fixture_gen.n('boosta', k, 420)
    JOIN ptgen.srv s ON s.id = ra."serverId"
    JOIN video v ON v.id = 1 + fixture_gen.n('boostv', k, 1600) AND v.privacy = 1
  ) z ORDER BY a, vid, o) y
ORDER BY cr;

-- ---------------------------------------------------------------------
-- Playlists: every local user has a private "Watch later" (type 2); the
-- others are made by uploaders and remote people.
CREATE TABLE "videoPlaylist" (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, description varchar(1000), privacy integer NOT NULL, url varchar(2000) NOT NULL,
    uuid uuid NOT NULL, type integer NOT NULL DEFAULT 1, "ownerAccountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    "videoChannelId" integer REFERENCES "videoChannel" (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoPlaylist"
SELECT u.i, 'Watch later', NULL, 3, 'https://' || ptgen.host() || '/video-playlists/' || ptgen.u4('wl', u.i), ptgen.u4('wl', u.i)::uuid, 2, 1 + u.i, NULL,
       u.cr + interval '6 ms', u.cr + make_interval(days => fixture_gen.n('wlup', u.i, 300))
FROM ptgen.u u ORDER BY u.i;
INSERT INTO "videoPlaylist"
SELECT 1200 + k, p.name,
       CASE fixture_gen.n('pldesc', k, 10)
         WHEN 0 THEN 'All the videos for the ' || fixture_gen.pick(ARRAY['3e B', '4e A', 'Terminale S2', 'Klasse 7c', 'Year 9'], 'plcls', k) || ' class, ' || (2021 + k % 3) || '-' || (2022 + k % 3) || '.'
         WHEN 1 THEN 'Videos of ' || fixture_gen.first_name('plk1', k) || ' and ' || fixture_gen.first_name('plk2', k) || ' growing up, for the family in ' || u.city || '.'
         WHEN 2 THEN 'The best talks of the meetup so far.'
         WHEN 3 THEN 'Clips to send to ' || fixture_gen.full_name('plsend', k) || ' (' || fixture_gen.email('plsend', k) || ') for the montage.'
         WHEN 4 THEN 'Everything you need to get started, in order.'
         WHEN 5 THEN 'Curated by the Hearth Tube moderators.'
         ELSE NULL END,
       CASE WHEN k % 5 = 0 THEN 3 WHEN k % 7 = 0 THEN 2 ELSE 1 END,
       'https://' || ptgen.host() || '/video-playlists/' || ptgen.u4('pl', k), ptgen.u4('pl', k)::uuid, 1, 1 + u.i,
       CASE WHEN k % 5 = 0 THEN NULL ELSE u.i END, u.cr + make_interval(days => 5 + fixture_gen.n('plcr', k, 500)), u.cr + make_interval(days => 505 + fixture_gen.n('plup', k, 200))
FROM generate_series(1, 360) k
JOIN ptgen.u u ON u.i = 4 * (1 + fixture_gen.n('plo', k, 300))
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Favourites', 'Woodworking basics', 'Lessons', 'For grandma', 'Concerts 2023', 'Recipes to try', 'Linux for beginners',
       'Bike trips', 'Family', 'Music for studying', 'Repair café sessions', 'Tutorials', 'Best of the channel', 'Bird season 2024'], 'plname', k) AS name) p
UNION ALL
SELECT 1560 + k, fixture_gen.pick(ARRAY['Season 1', 'Tutorials', 'Live recordings', 'Conference talks 2023', 'Short films'], 'rplname', k),
       CASE WHEN k % 3 = 0 THEN 'Playlist of the channel.' END, 1,
       'https://' || a.host || '/video-playlists/' || ptgen.u4('rpl', k), ptgen.u4('rpl', k)::uuid, 1, 1201 + a.r, 1380 + a.r,
       ptgen.ts('rplcr', k), ptgen.ts('rplcr', k) + interval '20 days'
FROM generate_series(1, 60) k JOIN ptgen.ra a ON a.r = 1 + fixture_gen.n('rplo', k, 300);
SELECT setval('"videoPlaylist_id_seq"', 1620);
ALTER TABLE thumbnail ADD FOREIGN KEY ("videoPlaylistId") REFERENCES "videoPlaylist" (id) ON DELETE CASCADE;
INSERT INTO thumbnail (filename, height, width, type, "fileUrl", "onDisk", "automaticallyGenerated", "videoPlaylistId", "createdAt", "updatedAt")
SELECT ptgen.u4('plthumb', p.id) || '.jpg', 157, 280, 1,
       CASE WHEN p.id > 1560 THEN regexp_replace(p.url, '/video-playlists/.*$', '') || '/lazy-static/thumbnails/' || ptgen.u4('rplthumb', p.id) || '.jpg' END,
       p.id <= 1560, p.id <= 1560 AND p.id % 3 <> 0, p.id, p."createdAt", p."createdAt"
FROM "videoPlaylist" p WHERE p.type = 1 AND p.id % 4 <> 1 ORDER BY p.id;

CREATE TABLE "videoPlaylistElement" (
    id serial PRIMARY KEY, url varchar(2000), position integer NOT NULL DEFAULT 1, "startTimestamp" integer, "stopTimestamp" integer,
    "videoPlaylistId" integer NOT NULL REFERENCES "videoPlaylist" (id) ON DELETE CASCADE, "videoId" integer REFERENCES video (id) ON DELETE SET NULL,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoPlaylistElement" (url, position, "startTimestamp", "stopTimestamp", "videoPlaylistId", "videoId", "createdAt", "updatedAt")
SELECT NULL, row_number() OVER (PARTITION BY pl ORDER BY k), CASE WHEN k % 11 = 0 THEN 30 + k % 120 END, CASE WHEN k % 22 = 0 THEN 200 + k % 300 END,
       pl, vid, cr, cr
FROM (SELECT DISTINCT ON (pl, vid) * FROM (
        SELECT k, CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('pepl', k, 1200) ELSE 1201 + fixture_gen.n('pepl', k, 420) END AS pl,
               1 + fixture_gen.n('pev', k, 2600) AS vid, ptgen.ts('pecr', k) AS cr
        FROM generate_series(1, 4200) k) z ORDER BY pl, vid, k) y
ORDER BY cr;
UPDATE "videoPlaylistElement" e SET url = CASE WHEN p.id > 1560 THEN regexp_replace(p.url, '/video-playlists/.*$', '') || '/video-playlists/' || p.uuid || '/videos/' || (e.id * 7 + 3)
                                              ELSE 'https://' || ptgen.host() || '/video-playlists/' || p.uuid || '/videos/' || e.id END
FROM "videoPlaylist" p WHERE p.id = e."videoPlaylistId";

-- Comments: local ones are plain text; remote ones arrive as HTML with
-- h-card mentions. A deleted comment keeps its row with no text and no
-- account.
CREATE TABLE "videoComment" (
    id serial PRIMARY KEY, url varchar(2000) NOT NULL UNIQUE, text text NOT NULL,
    "originCommentId" integer REFERENCES "videoComment" (id) ON DELETE CASCADE, "inReplyToCommentId" integer REFERENCES "videoComment" (id) ON DELETE CASCADE,
    "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "accountId" integer REFERENCES account (id) ON DELETE CASCADE,
    "deletedAt" timestamptz, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
CREATE TABLE ptgen.c AS
SELECT k AS id, CASE WHEN k <= 2200 THEN NULL ELSE 1 + fixture_gen.n('crep', k, 2200) END AS root,
       CASE WHEN fixture_gen.n('cloc', k, 10) < 7 THEN 2 + fixture_gen.n('cacc', k, 1200) ELSE 1202 + fixture_gen.n('cacc', k, 420) END AS acc,
       1 + fixture_gen.n('cvid', k, 2600) AS vid
FROM generate_series(1, 3400) k;
CREATE INDEX ON ptgen.c (id);
CREATE INDEX ON ptgen.c (root, id);
UPDATE ptgen.c c SET vid = r.vid FROM ptgen.c r WHERE r.id = c.root;
ALTER TABLE ptgen.c ADD COLUMN cr timestamptz, ADD COLUMN prev int;
UPDATE ptgen.c c SET prev = p.prev FROM (SELECT id, lag(id) OVER (PARTITION BY root ORDER BY id) AS prev FROM ptgen.c WHERE root IS NOT NULL) p WHERE p.id = c.id;
UPDATE ptgen.c c SET cr = v."publishedAt" + make_interval(hours => 1 + fixture_gen.n('ccr', c.id, 3000), secs => fixture_gen.n('ccrs', c.id, 3600)) FROM video v WHERE v.id = c.vid;
UPDATE ptgen.c c SET cr = greatest(c.cr, r.cr + make_interval(mins => 3 + fixture_gen.n('ccrr', c.id, 2000))) FROM ptgen.c r WHERE r.id = c.root;
INSERT INTO "videoComment"
SELECT c.id,
       CASE WHEN c.acc <= 1201 THEN 'https://' || ptgen.host() || '/videos/watch/' || v.uuid || '/comments/' || c.id
            WHEN s.soft = 'peertube' THEN 'https://' || s.host || '/videos/watch/' || v.uuid || '/comments/' || (10000 + c.id * 13)
            WHEN s.soft = 'misskey' THEN 'https://misskey.io/notes/' || fixture_gen.chars('mkc', c.id, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')
            WHEN s.soft = 'pleroma' THEN 'https://' || s.host || '/objects/' || ptgen.u4('plc', c.id)
            ELSE ra.url || '/statuses/' || (109000000000000000 + fixture_gen.n('mstc', c.id, 999999999)::bigint * 1000 + c.id % 1000) END,
       CASE WHEN c.id % 50 = 17 THEN '' ELSE
       CASE WHEN c.acc > 1201 AND s.soft <> 'peertube' THEN '<p>' ELSE '' END ||
       CASE WHEN c.root IS NOT NULL AND c.acc > 1201 AND s.soft <> 'peertube' THEN '<span class="h-card"><a href="' || ma.url || '" class="u-url mention">@<span>' || ma."preferredUsername" || '</span></a></span> '
            WHEN c.root IS NOT NULL AND fixture_gen.n('cment', c.id, 3) = 0 THEN '@' || ma."preferredUsername" || CASE WHEN ma."serverId" IS NOT NULL THEN '@' || ms.host ELSE '' END || ' '
            ELSE '' END ||
       CASE fixture_gen.n('ctext', c.id, 24)
         WHEN 0 THEN 'Great video, thanks!'
         WHEN 1 THEN 'Merci pour ce tuto, très clair.'
         WHEN 2 THEN 'Did you try this with oak? Mine split every time.'
         WHEN 3 THEN 'My grandmother ' || fixture_gen.full_name('cgm', c.id) || ' used to make it exactly like this, in ' || fixture_gen.city('cgmc', c.id) || '.'
         WHEN 4 THEN 'I have the same lathe for sale if anyone is interested, call me: ' || fixture_gen.phone('cph', c.id)
         WHEN 5 THEN 'What camera do you use?'
         WHEN 6 THEN 'Could you share the GPX? My email is ' || fixture_gen.email('cem', c.id)
         WHEN 7 THEN 'Hi ' || fixture_gen.first_name('chi', c.id) || ', we met at the repair café last month! Say hi to ' || fixture_gen.first_name('chi2', c.id) || '.'
         WHEN 8 THEN 'Best explanation of this I have seen. My students loved it.'
         WHEN 9 THEN 'Audio is a bit low at 3:20 but otherwise perfect.'
         WHEN 10 THEN 'Congratulations to ' || fixture_gen.full_name('ccg', c.id) || ' on the solo, what a voice!'
         WHEN 11 THEN 'Where is this? Looks like the path behind ' || fixture_gen.street('cst', c.id) || '.'
         WHEN 12 THEN 'Does this instance accept new users? I''d like to upload my choir''s concerts.'
         WHEN 13 THEN 'Watched it with my kids, they want to build one now 😄'
         WHEN 14 THEN 'You should see this!'
         WHEN 15 THEN 'The formula at 5:10 is missing a square.'
         WHEN 16 THEN 'Thank you! Could you do one on dovetails next?'
         WHEN 17 THEN 'Je suis la prof de ' || fixture_gen.first_name('cprof', c.id) || ', bravo pour ta vidéo ! Écris-moi sur ' || fixture_gen.email('cprof', c.id) || ' pour le projet.'
         WHEN 18 THEN 'Beautiful footage.'
         WHEN 19 THEN 'I''m organising a similar meetup in ' || fixture_gen.city('cmc', c.id) || ', ping me at ' || fixture_gen.email('cmm', c.id) || ' or ' || fixture_gen.phone('cmp', c.id)
         WHEN 20 THEN 'Subscribed from Mastodon 👋'
         WHEN 21 THEN 'Danke für das Video! Meine Nummer für die Werkstatt: ' || fixture_gen.phone('cdp', c.id)
         WHEN 22 THEN 'RIP ' || fixture_gen.full_name('crip', c.id) || ', he taught half of us to solder. The funeral is on Friday at St. Michael''s.'
         ELSE 'Thanks for keeping this ad-free.' END ||
       CASE WHEN c.acc > 1201 AND s.soft <> 'peertube' THEN '</p>' ELSE '' END END,
       c.root, CASE WHEN c.root IS NULL THEN NULL WHEN c.id % 3 = 0 THEN c.prev END,
       c.vid, CASE WHEN c.id % 50 = 17 THEN NULL ELSE c.acc END, CASE WHEN c.id % 50 = 17 THEN c.cr + interval '2 days' END, c.cr, c.cr + CASE WHEN c.id % 50 = 17 THEN interval '2 days' ELSE interval '0' END
FROM ptgen.c c JOIN video v ON v.id = c.vid
LEFT JOIN actor ra ON c.acc > 1201 AND ra.id = c.acc + 1380 LEFT JOIN ptgen.srv s ON s.id = ra."serverId"
LEFT JOIN ptgen.c rc ON rc.id = c.root LEFT JOIN account mac ON mac.id = rc.acc LEFT JOIN actor ma ON ma.id = mac."actorId" LEFT JOIN ptgen.srv ms ON ms.id = ma."serverId"
ORDER BY c.id;
UPDATE "videoComment" c SET "inReplyToCommentId" = coalesce(c."inReplyToCommentId", c."originCommentId") WHERE c."originCommentId" IS NOT NULL;
SELECT setval('"videoComment_id_seq"', 3400);

-- Likes and dislikes: a local rate's id is the rater's actor URL plus
-- /likes/<video id>; Mastodon's favourites are the actor URL plus #likes/<n>.
CREATE TABLE "accountVideoRate" (
    id serial PRIMARY KEY, type "enum_accountVideoRate_type" NOT NULL, url varchar(2000) NOT NULL UNIQUE,
    "accountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE, "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL, UNIQUE ("videoId", "accountId")
);
INSERT INTO "accountVideoRate" (type, url, "accountId", "videoId", "createdAt", "updatedAt")
SELECT y.ty::"enum_accountVideoRate_type",
       CASE WHEN a."serverId" IS NULL OR s.soft = 'peertube' THEN a.url || '/' || y.ty || 's/' || y.vid
            WHEN s.soft = 'misskey' THEN 'https://misskey.io/likes/' || fixture_gen.chars('mkl', y.k, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')
            ELSE a.url || '#likes/' || (4000000 + y.k) END,
       y.acc, y.vid, y.cr, y.cr
FROM (SELECT DISTINCT ON (acc, vid) * FROM (
        SELECT k, CASE WHEN k % 4 = 0 THEN 1202 + fixture_gen.n('rtacc', k, 420) ELSE 2 + fixture_gen.n('rtacc', k, 1200) END AS acc,
               1 + fixture_gen.n('rtvid', k, 2600) AS vid, CASE WHEN fixture_gen.n('rtty', k, 12) = 0 THEN 'dislike' ELSE 'like' END AS ty, ptgen.ts('rtcr', k) AS cr
        FROM generate_series(1, 3800) k) z ORDER BY acc, vid, k) y
JOIN account ac ON ac.id = y.acc JOIN actor a ON a.id = ac."actorId" LEFT JOIN ptgen.srv s ON s.id = a."serverId"
ORDER BY y.cr;

-- Views: hourly counters per video, and the viewers of local videos with
-- the country GeoIP found for them and the parts they watched.
CREATE TABLE "videoView" (
    id serial PRIMARY KEY, "startDate" timestamptz NOT NULL, "endDate" timestamptz NOT NULL, views integer NOT NULL,
    "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL
);
INSERT INTO "videoView" ("startDate", "endDate", views, "videoId", "createdAt")
SELECT h, h + interval '1 hour', 1 + fixture_gen.n('vvn', k, 40), vid, h + interval '1 hour 10 seconds'
FROM (SELECT DISTINCT ON (vid, h) k, vid, h FROM (
        SELECT k, 1 + fixture_gen.n('vvv', k, 2600) AS vid, date_trunc('hour', ptgen.ts('vvh', k)) AS h FROM generate_series(1, 6000) k) z ORDER BY vid, h, k) y
ORDER BY h, vid;

CREATE TABLE "localVideoViewer" (
    id serial PRIMARY KEY, "startDate" timestamptz NOT NULL, "endDate" timestamptz NOT NULL, "watchTime" integer NOT NULL, country varchar(255),
    uuid uuid NOT NULL, url varchar(255) NOT NULL, "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL
);
INSERT INTO "localVideoViewer" ("startDate", "endDate", "watchTime", country, uuid, url, "videoId", "createdAt")
SELECT st, st + make_interval(secs => wt + fixture_gen.n('lvvpause', k, 120)), wt,
       CASE WHEN k % 23 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['FR', 'FR', 'FR', 'DE', 'DE', 'GB', 'US', 'CA', 'ES', 'IT', 'BE', 'CH', 'NL', 'JP', 'NG', 'PT', 'PL', 'SE', 'BR', 'IN'], 'lvvc', k) END,
       ptgen.u4('lvv', k)::uuid, 'https://' || ptgen.host() || '/videos/local-viewer/' || ptgen.u4('lvv', k), vid, st + make_interval(secs => wt + 130)
FROM (SELECT k, v.id AS vid, v."publishedAt" + make_interval(hours => fixture_gen.n('lvvst', k, 8000), secs => fixture_gen.n('lvvs', k, 3600)) AS st,
             least(v.duration, 5 + fixture_gen.n('lvvwt', k, greatest(v.duration, 10))) AS wt
      FROM generate_series(1, 2600) k JOIN video v ON v.id = 1 + fixture_gen.n('lvvv', k, 1600) AND NOT v."isLive") x
ORDER BY st;

CREATE TABLE "localVideoViewerWatchSection" (
    id serial PRIMARY KEY, "watchStart" integer NOT NULL, "watchEnd" integer NOT NULL,
    "localVideoViewerId" integer NOT NULL REFERENCES "localVideoViewer" (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL
);
INSERT INTO "localVideoViewerWatchSection" ("watchStart", "watchEnd", "localVideoViewerId", "createdAt")
SELECT CASE WHEN j = 1 THEN 0 ELSE l."watchTime" * (j - 1) / 3 + 20 END, CASE WHEN j = n THEN l."watchTime" + CASE WHEN j = 1 THEN 0 ELSE 20 END ELSE l."watchTime" * j / 3 END,
       l.id, l."createdAt"
FROM "localVideoViewer" l CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('lvwn', l.id, 3) AS n) x CROSS JOIN generate_series(1, 3) j
WHERE j <= x.n ORDER BY l.id, j;

CREATE TABLE "userVideoHistory" (
    id serial PRIMARY KEY, "currentTime" integer NOT NULL, "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    "userId" integer NOT NULL REFERENCES "user" (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL,
    UNIQUE ("videoId", "userId")
);
INSERT INTO "userVideoHistory" ("currentTime", "videoId", "userId", "createdAt", "updatedAt")
SELECT least(v.duration, fixture_gen.n('uvhct', y.k, greatest(v.duration, 1) + 200)), y.vid, y.uid, y.cr, y.cr + make_interval(mins => fixture_gen.n('uvhup', y.k, 600))
FROM (SELECT DISTINCT ON (uid, vid) * FROM (
        SELECT k, 1 + fixture_gen.n('uvhu', k, 1200) AS uid, 1 + fixture_gen.n('uvhv', k, 2600) AS vid, ptgen.ts('uvhcr', k) AS cr FROM generate_series(1, 2800) k) z
      ORDER BY uid, vid, k) y
JOIN video v ON v.id = y.vid JOIN "user" u ON u.id = y.uid AND u."videosHistoryEnabled"
ORDER BY y.cr;

-- ---------------------------------------------------------------------
-- Moderation. Reports (1-95 on videos, 96-130 on comments, 131-150 on
-- accounts) whose reasons name the reporter, the people in the video and
-- where they live; moderators' comments; the conversation with the
-- reporter.
CREATE TABLE ptgen.ab AS
SELECT k, CASE WHEN k <= 95 THEN 'video' WHEN k <= 130 THEN 'comment' ELSE 'account' END AS kind,
       CASE WHEN k % 9 = 4 THEN 1202 + fixture_gen.n('abrep', k, 420) ELSE 8 + fixture_gen.n('abrep', k, 1190) END AS reporter,
       1 + fixture_gen.n('abvid', k, 1600) AS vid, 1 + fixture_gen.n('abcom', k, 3400) AS com, 1202 + fixture_gen.n('abacc', k, 420) AS acc,
       fixture_gen.n('abreason', k, 14) AS r, ptgen.ts('abcr', k) AS cr
FROM generate_series(1, 150) k;
UPDATE ptgen.ab SET com = com + 1 WHERE kind = 'comment' AND com % 50 = 17;

CREATE TABLE abuse (
    id serial PRIMARY KEY, reason varchar(3000) NOT NULL, "predefinedReasons" integer[], state integer NOT NULL, "moderationComment" varchar(3000),
    "reporterAccountId" integer REFERENCES account (id) ON DELETE SET NULL, "flaggedAccountId" integer REFERENCES account (id) ON DELETE SET NULL,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO abuse
SELECT b.k,
       CASE b.r
         WHEN 0 THEN 'This video shows my house and my car''s number plate. I am ' || fixture_gen.full_name('abn', b.k) || ', I live at ' || fixture_gen.street('abst', b.k) || ', '
                  || fixture_gen.city('abci', b.k) || '. Please take it down. You can reach me at ' || fixture_gen.email('abem', b.k) || '.'
         WHEN 1 THEN 'Spam, the description links to a crypto scam.'
         WHEN 2 THEN 'This is my song, uploaded without permission. I am the composer, ' || fixture_gen.full_name('abn', b.k) || ' (' || fixture_gen.email('abem', b.k) || ').'
         WHEN 3 THEN 'Hateful comments about my daughter ' || fixture_gen.first_name('abd', b.k) || ' under this video.'
         WHEN 4 THEN 'The woman in this video is my sister ' || fixture_gen.full_name('abx', b.k) || ' and it was filmed and posted without her consent.'
         WHEN 5 THEN 'Violent content without any warning.'
         WHEN 6 THEN 'Copyright: this is a full episode of a TV series.'
         WHEN 7 THEN 'This account keeps posting my phone number (' || fixture_gen.phone('abph', b.k) || ') in replies. Please ban it.'
         WHEN 8 THEN 'Misleading medical advice about vaccines.'
         WHEN 9 THEN 'This account impersonates ' || fixture_gen.full_name('abimp', b.k) || '. The real one is @' || ptgen.fold(fixture_gen.first_name('abimp', b.k)) || '@mastodon.social.'
         WHEN 10 THEN 'Thumbnail is pornographic.'
         WHEN 11 THEN 'My child ' || fixture_gen.first_name('abchild', b.k) || ' (9) appears at 02:14 with her school uniform and the name of her school. I did not agree to this. '
                  || 'Call me: ' || fixture_gen.phone('abph', b.k)
         WHEN 12 THEN 'Advertising for a shop, nothing else.'
         ELSE 'Captions contain insults.' END,
       CASE b.r WHEN 0 THEN ARRAY[4] WHEN 1 THEN ARRAY[3] WHEN 2 THEN ARRAY[5] WHEN 3 THEN ARRAY[2] WHEN 4 THEN ARRAY[4, 6] WHEN 5 THEN ARRAY[1] WHEN 6 THEN ARRAY[5]
                WHEN 7 THEN ARRAY[4, 2] WHEN 8 THEN ARRAY[3] WHEN 9 THEN ARRAY[6] WHEN 10 THEN ARRAY[7] WHEN 11 THEN ARRAY[4] WHEN 12 THEN ARRAY[3] ELSE ARRAY[8] END,
       CASE WHEN b.cr > timestamptz '2024-09-01' THEN 1 WHEN b.k % 4 = 0 THEN 2 ELSE 3 END,
       CASE WHEN b.k % 3 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY[
            'Removed the video and warned ' || (SELECT "preferredUsername" FROM actor WHERE id = 1 + (b.k * 7 % 1200) + 1) || ' by email.',
            'Duplicate of #' || greatest(1, b.k - 3) || '.',
            'Contacted the uploader, the plate is blurred now.',
            'Checked with the reporter by phone, she confirmed she is the person in the video.',
            'Not against our rules. Replied to the reporter.',
            'Blocked the remote account at instance level.',
            'Forwarded to the moderators of the remote instance.'], 'abmc', b.k) END,
       CASE WHEN b.k % 17 = 5 THEN NULL ELSE b.reporter END,
       CASE b.kind WHEN 'video' THEN (SELECT ch."accountId" FROM video v JOIN "videoChannel" ch ON ch.id = v."channelId" WHERE v.id = b.vid)
                   WHEN 'comment' THEN (SELECT "accountId" FROM "videoComment" WHERE id = b.com) ELSE b.acc END,
       b.cr, b.cr + make_interval(days => fixture_gen.n('abup', b.k, 20))
FROM ptgen.ab b ORDER BY b.k;
SELECT setval('abuse_id_seq', 150);

-- A deleted video keeps its details as JSON (the video, its channel and
-- its account with their names).
CREATE TABLE "videoAbuse" (
    id serial PRIMARY KEY, "startAt" integer, "endAt" integer, "deletedVideo" jsonb, "abuseId" integer NOT NULL REFERENCES abuse (id) ON DELETE CASCADE,
    "videoId" integer REFERENCES video (id) ON DELETE SET NULL, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoAbuse" ("startAt", "endAt", "deletedVideo", "abuseId", "videoId", "createdAt", "updatedAt")
SELECT CASE WHEN b.r IN (0, 11) THEN 120 + b.k % 60 END, CASE WHEN b.r IN (0, 11) THEN 180 + b.k % 60 END,
       CASE WHEN b.k % 6 = 1 THEN jsonb_build_object('id', v.id, 'uuid', v.uuid, 'shortUUID', fixture_gen.chars('suuid', v.id, 22, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'),
            'name', v.name, 'description', v.description, 'duration', v.duration, 'isLocal', true, 'nsfw', v.nsfw, 'privacy', jsonb_build_object('id', v.privacy),
            'channel', jsonb_build_object('id', ch.id, 'name', ca."preferredUsername", 'displayName', ch.name, 'url', ca.url, 'host', ptgen.host()),
            'account', jsonb_build_object('id', ac.id, 'name', aa."preferredUsername", 'displayName', ac.name, 'url', aa.url, 'host', ptgen.host()),
            'tags', '[]'::jsonb, 'language', jsonb_build_object('id', v.language), 'publishedAt', v."publishedAt") END,
       b.k, CASE WHEN b.k % 6 = 1 THEN NULL ELSE b.vid END, b.cr, b.cr
FROM ptgen.ab b JOIN video v ON v.id = b.vid JOIN "videoChannel" ch ON ch.id = v."channelId" JOIN actor ca ON ca.id = ch."actorId"
JOIN account ac ON ac.id = ch."accountId" JOIN actor aa ON aa.id = ac."actorId"
WHERE b.kind = 'video' ORDER BY b.k;

CREATE TABLE "commentAbuse" (
    id serial PRIMARY KEY, "abuseId" integer NOT NULL REFERENCES abuse (id) ON DELETE CASCADE,
    "videoCommentId" integer REFERENCES "videoComment" (id) ON DELETE SET NULL, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "commentAbuse" ("abuseId", "videoCommentId", "createdAt", "updatedAt")
SELECT b.k, b.com, b.cr, b.cr FROM ptgen.ab b WHERE b.kind = 'comment' ORDER BY b.k;

CREATE TABLE "abuseMessage" (
    id serial PRIMARY KEY, message varchar(3000) NOT NULL, "byModerator" boolean NOT NULL, "accountId" integer REFERENCES account (id) ON DELETE SET NULL,
    "abuseId" integer NOT NULL REFERENCES abuse (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "abuseMessage" (message, "byModerator", "accountId", "abuseId", "createdAt", "updatedAt")
SELECT CASE WHEN j % 2 = 1 THEN
         fixture_gen.pick(ARRAY['Thanks for the report, we are looking into it.',
           'Hello, could you tell us at which timestamp the problem appears?',
           'We removed the video. Sorry this happened to you.',
           'We contacted the uploader and asked them to blur the faces.',
           'The account is on another instance, we forwarded your report to their moderators.',
           'Can you confirm you are the person in the video? A reply from the address you gave (' || fixture_gen.email('abem', b.k) || ') is enough.'], 'ammod', b.k * 10 + j)
       ELSE
         fixture_gen.pick(ARRAY['Any news? It is still online.',
           'At 02:14 you can read the name of the street and our house number.',
           'Yes, it is me. My phone is ' || fixture_gen.phone('amph', b.k) || ' if you need to call.',
           'Thank you so much.',
           'He also sent me messages on Mastodon from @' || ptgen.fold(fixture_gen.first_name('amharr', b.k)) || '@' || fixture_gen.pick(ARRAY['mastodon.social', 'mas.to', 'todon.eu'], 'amhh', b.k) || '.',
           'My lawyer ' || fixture_gen.full_name('amlaw', b.k) || ' will contact you if it is not removed.'], 'amrep', b.k * 10 + j) END,
       j % 2 = 1, CASE WHEN j % 2 = 1 THEN 2 + fixture_gen.n('ammoda', b.k, 6) ELSE b.reporter END, b.k,
       b.cr + make_interval(hours => j * (2 + fixture_gen.n('amgap', b.k, 30))), b.cr + make_interval(hours => j * (2 + fixture_gen.n('amgap', b.k, 30)))
FROM ptgen.ab b CROSS JOIN generate_series(1, 4) j
WHERE b.reporter <= 1201 AND j <= fixture_gen.n('amn', b.k, 5) ORDER BY b.k, j;

CREATE TABLE "videoBlacklist" (
    id serial PRIMARY KEY, reason varchar(300), unfederated boolean NOT NULL, type integer NOT NULL,
    "videoId" integer NOT NULL UNIQUE REFERENCES video (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoBlacklist" (reason, unfederated, type, "videoId", "createdAt", "updatedAt")
SELECT DISTINCT ON (vid) CASE WHEN t = 2 THEN NULL ELSE fixture_gen.pick(ARRAY[
         'Copyright claim from ' || fixture_gen.full_name('vbl', k) || ' (' || fixture_gen.email('vbl', k) || '), waiting for the uploader''s answer',
         'Nudity without the NSFW flag', 'Spam', 'Privacy: shows a child''s face and school, see abuse report',
         'Remote video from a blocked instance', 'Hate speech', NULL], 'vblr', k) END,
       t = 1 AND k % 3 = 0, t, vid, ptgen.ts('vblcr', k), ptgen.ts('vblcr', k) + interval '2 days'
FROM (SELECT k, CASE WHEN k % 3 = 0 THEN 2 ELSE 1 END AS t, 1 + fixture_gen.n('vblv', k, 2600) AS vid FROM generate_series(1, 50) k) x
ORDER BY vid, k;

CREATE TABLE "videoChangeOwnership" (
    id serial PRIMARY KEY, status "enum_videoChangeOwnership_status" NOT NULL,
    "initiatorAccountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE, "nextOwnerAccountId" integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    "videoId" integer NOT NULL REFERENCES video (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoChangeOwnership" (status, "initiatorAccountId", "nextOwnerAccountId", "videoId", "createdAt", "updatedAt")
SELECT (ARRAY['WAITING', 'ACCEPTED', 'ACCEPTED', 'REFUSED'])[1 + k % 4]::"enum_videoChangeOwnership_status", ch."accountId", 2 + fixture_gen.n('vcon', k, 1200), v.id,
       v."createdAt" + make_interval(days => 10 + k), v."createdAt" + make_interval(days => 12 + k)
FROM generate_series(1, 16) k JOIN video v ON v.id = 1 + fixture_gen.n('vcov', k, 1600) JOIN "videoChannel" ch ON ch.id = v."channelId";

-- ---------------------------------------------------------------------
-- OAuth: the instance's single local client (its id and secret are served
-- to the web client by GET /api/v1/oauth-clients/local) and the bearer and
-- refresh tokens of logged-in users (40 hex, as oauth2-server makes them).
CREATE TABLE "oAuthClient" (
    id serial PRIMARY KEY, "clientId" varchar(255) NOT NULL, "clientSecret" varchar(255) NOT NULL, grants varchar(255)[], "redirectUris" varchar(255)[],
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "oAuthClient" VALUES (1, fixture_gen.chars('oacid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), fixture_gen.chars('oacsec', 1, 32),
  ARRAY['password', 'refresh_token'], NULL, timestamptz '2021-02-11 18:04:13.512+00', timestamptz '2021-02-11 18:04:13.512+00');

CREATE TABLE "oAuthToken" (
    id serial PRIMARY KEY, "accessToken" varchar(255) NOT NULL UNIQUE, "accessTokenExpiresAt" timestamptz NOT NULL, "refreshToken" varchar(255) NOT NULL UNIQUE,
    "refreshTokenExpiresAt" timestamptz NOT NULL, "authName" varchar(255), "userId" integer REFERENCES "user" (id) ON DELETE CASCADE,
    "oAuthClientId" integer REFERENCES "oAuthClient" (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "oAuthToken" ("accessToken", "accessTokenExpiresAt", "refreshToken", "refreshTokenExpiresAt", "authName", "userId", "oAuthClientId", "createdAt", "updatedAt")
SELECT fixture_gen.hexn('oatok', k, 40), cr + interval '1 day', fixture_gen.hexn('oaref', k, 40), cr + interval '14 days',
       CASE u."pluginAuth" WHEN 'peertube-plugin-auth-ldap' THEN 'ldap' WHEN 'peertube-plugin-auth-openid-connect' THEN 'openid-connect' END,
       u.id, 1, cr, cr
FROM (SELECT k, 1 + fixture_gen.n('oau', k, 1200) AS uid, timestamptz '2024-09-20 00:00:00+00' + make_interval(secs => fixture_gen.n('oacr', k, 8000000)) AS cr
      FROM generate_series(1, 1300) k) x JOIN "user" u ON u.id = x.uid AND NOT u.blocked
ORDER BY cr;

-- Plugins and themes (type 2). settings is what the admin typed in the
-- plugin's settings page; storage is the plugin's own key/value store.
CREATE TABLE plugin (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, type integer NOT NULL, version varchar(255) NOT NULL, "latestVersion" varchar(255),
    enabled boolean NOT NULL, uninstalled boolean NOT NULL, "peertubeEngine" varchar(255) NOT NULL, description varchar(255), homepage varchar(255) NOT NULL,
    settings jsonb, storage jsonb, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL, UNIQUE (name, type)
);
INSERT INTO plugin (name, type, version, "latestVersion", enabled, uninstalled, "peertubeEngine", description, homepage, settings, storage, "createdAt", "updatedAt")
VALUES
 ('auth-ldap', 1, '0.0.12', '0.0.12', true, false, '>=2.2.0', 'Add LDAP support to login form in PeerTube', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-auth-ldap',
  jsonb_build_object('weight', 100, 'url', 'ldaps://ldap.hearth.example:636', 'insecure-tls', false, 'bind-dn', 'cn=peertube,ou=services,dc=hearth,dc=example',
    'bind-credentials', fixture_gen.chars('ldappw', 1, 20), 'search-base', 'ou=people,dc=hearth,dc=example', 'search-filter', '(|(mail={{username}})(uid={{username}}))',
    'mail-property', 'mail', 'mail-property-index', 0, 'username-property', 'uid', 'group-base', 'ou=groups,dc=hearth,dc=example',
    'group-filter', '(member={{dn}})', 'group-admin', 'cn=tube-admins,ou=groups,dc=hearth,dc=example', 'group-mod', 'cn=tube-mods,ou=groups,dc=hearth,dc=example', 'group-user', ''),
  NULL, timestamptz '2021-09-02 19:44:10.201+00', timestamptz '2024-03-02 09:35:12.008+00'),
 ('auth-openid-connect', 1, '0.1.1', '0.1.1', true, false, '>=3.2.0', 'Add OpenID connect support to login form in PeerTube', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-auth-openid-connect',
  jsonb_build_object('auth-display-name', 'Sign in with Hearth Cloud', 'discover-url', 'https://id.hearth.example/realms/hearth', 'client-id', 'peertube',
    'client-secret', fixture_gen.chars('oidcsec', 1, 32), 'scope', 'openid email profile', 'username-property', 'preferred_username', 'mail-property', 'email',
    'display-name-property', 'name', 'role-property', 'tube_role', 'group-property', 'groups', 'allowed-group', 'tube-users', 'signature-algorithm', 'RS256'),
  (SELECT jsonb_build_object('subjects', jsonb_object_agg(ptgen.u4('oidcsub', u.id), u.username), 'last-sync', '2024-11-02T04:00:00.000Z')
     FROM "user" u WHERE u."pluginAuth" = 'peertube-plugin-auth-openid-connect'),
  timestamptz '2022-04-18 11:02:37.640+00', timestamptz '2024-03-02 09:35:12.512+00'),
 ('akismet', 1, '0.1.2', '0.1.2', true, false, '>=4.2.0', 'Reject local comments, remote comments and registrations based on Akismet service', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-akismet',
  jsonb_build_object('akismet-api-key', fixture_gen.chars('akis', 1, 12, 'abcdef0123456789'), 'akismet-blog-url', 'https://tube.hearth.example'),
  jsonb_build_object('checked-count', 48211, 'spam-count', 3120), timestamptz '2022-10-07 20:15:44.018+00', timestamptz '2024-03-02 09:35:13.105+00'),
 ('matomo', 1, '1.0.2', '1.0.2', false, false, '>=2.2.0', 'Matomo analytics for PeerTube', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-matomo',
  '{"matomo-site-id": "3", "matomo-url": "https://stats.hearth.example/"}'::jsonb, NULL, timestamptz '2021-03-01 08:12:00.114+00', timestamptz '2023-06-11 14:01:29.400+00'),
 ('livechat', 1, '10.0.2', '10.1.0', true, false, '>=5.2.0', 'PeerTube plugin livechat: create chat rooms for your Peertube lives! Comes with many features: federation, moderation tools, chat bot, chat persistence, OBS integration, ...',
  'https://github.com/JohnXLivingston/peertube-plugin-livechat',
  '{"chat-type": "builtin-prosody", "chat-per-live-video": true, "chat-all-lives": false, "chat-terms": "Be kind. No ads, no insults.", "prosody-port": "52800", "prosody-room-type": "video", "converse-theme": "peertube"}'::jsonb,
  NULL, timestamptz '2023-02-14 19:30:58.777+00', timestamptz '2024-06-03 21:10:05.920+00'),
 ('auto-block-videos', 1, '0.0.3', '0.0.3', true, false, '>=2.2.0', 'Auto block videos based on public blocklists', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-auto-block-videos',
  '{"blocklist-urls": "https://peertube-isolation.frama.io/blocklist.json", "check-seconds-interval": 3600}'::jsonb,
  '{"last-check-https://peertube-isolation.frama.io/blocklist.json": 1730689200000}'::jsonb, timestamptz '2021-05-20 07:15:00.001+00', timestamptz '2024-11-04 03:00:00.421+00'),
 ('auto-mute', 1, '0.0.6', '0.0.6', true, false, '>=2.2.0', 'Auto mute accounts or instances based on public blocklists', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-auto-mute',
  '{"blocklist-urls": "https://peertube_isolation.frama.io/list/peertube_isolation.json", "check-seconds-interval": 3600}'::jsonb, NULL,
  timestamptz '2021-05-20 07:16:03.522+00', timestamptz '2024-11-04 03:00:01.010+00'),
 ('transcoding-custom-quality', 1, '0.1.0', '0.1.0', true, false, '>=3.2.0', 'Set a custom quality for transcoding', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-transcoding-custom-quality',
  '{"crf": "23"}'::jsonb, NULL, timestamptz '2022-01-09 10:00:00.000+00', timestamptz '2022-01-09 10:00:00.000+00'),
 ('logo-framasoft', 1, '0.0.3', '0.0.3', false, true, '>=1.3.0', 'PeerTube plugin that displays the Framasoft logo', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-plugin-logo-framasoft',
  NULL, NULL, timestamptz '2021-02-12 12:00:00.000+00', timestamptz '2021-04-02 12:00:00.000+00'),
 ('dark', 2, '2.5.0', '2.5.0', true, false, '>=2.2.0', 'PeerTube dark theme', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-theme-dark',
  NULL, NULL, timestamptz '2021-02-12 12:05:00.000+00', timestamptz '2024-03-02 09:35:14.000+00'),
 ('background-red', 2, '1.0.2', '1.0.2', true, false, '>=2.2.0', 'PeerTube theme with red background', 'https://framagit.org/framasoft/peertube/official-plugins/tree/master/peertube-theme-background-red',
  NULL, NULL, timestamptz '2021-02-12 12:06:00.000+00', timestamptz '2021-02-12 12:06:00.000+00');

-- Remote runners that transcode for the instance: registration tokens,
-- runners with their own token and last IP, and the jobs given to them.
CREATE TABLE "runnerRegistrationToken" (
    id serial PRIMARY KEY, "registrationToken" varchar(255) NOT NULL UNIQUE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "runnerRegistrationToken" ("registrationToken", "createdAt", "updatedAt")
SELECT 'ptrrt-' || ptgen.u4('rrt', k), ptgen.ts('rrtcr', k) + interval '2 years', ptgen.ts('rrtcr', k) + interval '2 years' FROM generate_series(1, 3) k;

CREATE TABLE runner (
    id serial PRIMARY KEY, "runnerToken" varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL UNIQUE, description varchar(1000), "lastContact" timestamptz NOT NULL,
    ip varchar(255) NOT NULL, "runnerRegistrationTokenId" integer NOT NULL REFERENCES "runnerRegistrationToken" (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO runner ("runnerToken", name, description, "lastContact", ip, "runnerRegistrationTokenId", "createdAt", "updatedAt")
SELECT 'ptrt-' || ptgen.u4('rtok', k), n, d, timestamptz '2024-11-05 00:00:00+00' - make_interval(mins => k * k * 37), ip, 1 + k % 3,
       timestamptz '2023-08-01 10:00:00+00' + make_interval(days => k * 19), timestamptz '2024-11-05 00:00:00+00' - make_interval(mins => k * k * 37)
FROM (VALUES
  (1, 'hetzner-gpu-1', 'GEX44 at Hetzner, RTX 4000, paid by the association', '88.198.' || fixture_gen.n('rip1', 1, 256) || '.' || fixture_gen.n('rip2', 1, 256)),
  (2, 'scaleway-ca-1', NULL, '51.15.' || fixture_gen.n('rip1', 2, 256) || '.' || fixture_gen.n('rip2', 2, 256)),
  (3, 'lars-gaming-pc', 'Gaming PC in ' || fixture_gen.last_name('rnl', 3) || '''s living room, only at night. If it misbehaves call him on ' || fixture_gen.phone('rnph', 3), fixture_gen.ipv4('rip', 3)),
  (4, 'fablab-nuc', 'Intel NUC in the fablab, ' || fixture_gen.street('rnst', 4) || ', Lyon', fixture_gen.ipv4('rip', 4)),
  (5, 'ovh-vps-old', 'Old CPU runner, kept as a fallback', '2001:41d0:' || substr(md5('rv6' || 5), 1, 4) || ':' || substr(md5('rv6' || 5), 5, 4) || '::1'),
  (6, 'amara-macbook', 'Amara''s M2 for the big live nights', fixture_gen.ipv6('rip', 6))) r(k, n, d, ip);

CREATE TABLE "runnerJob" (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, type varchar(255) NOT NULL, payload jsonb NOT NULL, "privatePayload" jsonb NOT NULL, state integer NOT NULL,
    failures integer NOT NULL DEFAULT 0, error varchar(5000), priority integer NOT NULL, "processingJobToken" varchar(255), progress integer,
    "startedAt" timestamptz, "finishedAt" timestamptz, "dependsOnRunnerJobId" integer REFERENCES "runnerJob" (id) ON DELETE CASCADE,
    "runnerId" integer REFERENCES runner (id) ON DELETE SET NULL, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "runnerJob" (uuid, type, payload, "privatePayload", state, failures, error, priority, "processingJobToken", progress, "startedAt", "finishedAt", "dependsOnRunnerJobId", "runnerId", "createdAt", "updatedAt")
SELECT ptgen.u4('rjob', k)::uuid, j.type,
       CASE WHEN j.type = 'live-rtmp-hls-transcoding' THEN
              jsonb_build_object('input', jsonb_build_object('rtmpUrl', 'rtmp://' || ptgen.host() || ':1935/live/' || coalesce(l."streamKey", ptgen.u4('streamkey', v.id))),
                                 'output', jsonb_build_object('toTranscode', '[{"resolution":720,"fps":30},{"resolution":480,"fps":30},{"resolution":360,"fps":30}]'::jsonb, 'segmentDuration', 4, 'segmentListSize', 15))
            ELSE jsonb_build_object('input', jsonb_build_object('videoFileUrl', 'https://' || ptgen.host() || '/api/v1/runners/jobs/' || ptgen.u4('rjob', k) || '/files/videos/' || v.uuid || '/max-quality'),
                                    'output', jsonb_build_object('resolution', j.res, 'fps', 30) || CASE WHEN j.type = 'vod-hls-transcoding' THEN '{"deleteWebVideoFiles": false}'::jsonb ELSE '{}'::jsonb END) END,
       CASE WHEN j.type = 'live-rtmp-hls-transcoding' THEN jsonb_build_object('videoUUID', v.uuid, 'masterPlaylistName', ptgen.u4('rjmp', k) || '-master.m3u8',
                 'outputDirectory', '/var/www/peertube/storage/tmp-persistent/' || ptgen.u4('rjod', k), 'sessionId', ptgen.u4('rjsess', k))
            ELSE jsonb_build_object('videoUUID', v.uuid, 'isNewVideo', k % 5 <> 0) END,
       j.state, CASE WHEN j.state = 4 THEN 5 WHEN k % 13 = 0 THEN 1 ELSE 0 END,
       CASE WHEN j.state = 4 THEN fixture_gen.pick(ARRAY['ffmpeg exited with code 1: Conversion failed!', 'Error: connect ETIMEDOUT ' || ptgen.host() || ':443',
            'Runner job update timed out', 'ffmpeg exited with code 255: Input/output error'], 'rjerr', k) END,
       j.prio, CASE WHEN j.state IN (2, 3, 4) THEN 'ptrjt-' || ptgen.u4('rjtok', k) END,
       CASE WHEN j.state = 2 THEN fixture_gen.n('rjprog', k, 100) WHEN j.state = 3 THEN 100 END,
       CASE WHEN j.state IN (2, 3, 4) THEN j.cr + interval '20 seconds' END, CASE WHEN j.state IN (3, 4) THEN j.cr + make_interval(secs => 60 + fixture_gen.n('rjdur', k, 3000)) END,
       NULL, CASE WHEN j.state IN (2, 3, 4) THEN 1 + fixture_gen.n('rjrun', k, 6) END, j.cr, j.cr + make_interval(secs => 60 + fixture_gen.n('rjdur', k, 3000))
FROM generate_series(1, 450) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 15 = 0 THEN 'live-rtmp-hls-transcoding' WHEN k % 4 = 0 THEN 'vod-web-video-transcoding' WHEN k % 31 = 0 THEN 'vod-audio-merge-transcoding' ELSE 'vod-hls-transcoding' END AS type,
                           (ARRAY[720, 480, 1080, 360])[1 + k % 4] AS res,
                           CASE WHEN k > 440 THEN 1 WHEN k > 436 THEN 2 WHEN k % 29 = 0 THEN 4 WHEN k % 37 = 0 THEN 6 ELSE 3 END AS state,
                           50 + fixture_gen.n('rjprio', k, 100) AS prio,
                           timestamptz '2023-08-05 00:00:00+00' + make_interval(mins => k * 690 + fixture_gen.n('rjcr', k, 600)) AS cr) j
JOIN video v ON v.id = CASE WHEN j.type = 'live-rtmp-hls-transcoding' THEN 7 + 40 * fixture_gen.n('rjlv', k, 40) ELSE 901 + fixture_gen.n('rjv', k, 700) END
LEFT JOIN "videoLive" l ON l."videoId" = v.id
ORDER BY k;
UPDATE "runnerJob" SET "dependsOnRunnerJobId" = id - 1, state = CASE WHEN state = 3 THEN 3 ELSE 5 END WHERE id % 4 = 2 AND type = 'vod-hls-transcoding';

-- Channel syncs: the owner's channel on another platform, mirrored here.
CREATE TABLE "videoChannelSync" (
    id serial PRIMARY KEY, "externalChannelUrl" varchar(2000) NOT NULL, "videoChannelId" integer NOT NULL REFERENCES "videoChannel" (id) ON DELETE CASCADE,
    state integer NOT NULL, "lastSyncAt" timestamptz, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoChannelSync" ("externalChannelUrl", "videoChannelId", state, "lastSyncAt", "createdAt", "updatedAt")
SELECT CASE k % 4
         WHEN 0 THEN 'https://www.youtube.com/@' || ptgen.fold(u.f) || ptgen.fold(u.l)
         WHEN 1 THEN 'https://www.youtube.com/channel/UC' || fixture_gen.chars('ytch', k, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
         WHEN 2 THEN 'https://vimeo.com/' || ptgen.fold(u.f) || ptgen.fold(u.l)
         ELSE 'https://www.youtube.com/@' || replace(c.handle, '_', '') END,
       c.id, (ARRAY[1, 2, 2, 3, 4])[1 + k % 5], CASE WHEN k % 5 <> 0 THEN timestamptz '2024-11-04 00:00:00+00' - make_interval(hours => k * 5) END,
       timestamptz '2023-01-10 00:00:00+00' + make_interval(days => k * 23), timestamptz '2024-11-04 00:00:00+00' - make_interval(hours => k * 5)
FROM generate_series(1, 26) k JOIN ptgen.ch c ON c.id = CASE WHEN k % 2 = 0 THEN 4 * (1 + fixture_gen.n('vcs', k, 300)) ELSE 1201 + fixture_gen.n('vcs', k, 180) END
JOIN ptgen.u u ON u.i = c.owner;

-- Imports: from a URL (YouTube and Vimeo pages, but also direct links to
-- private storage with credentials or presigned signatures in them), a
-- magnet link or an uploaded torrent file. yt-dlp's error quotes the URL.
CREATE TABLE ptgen.imp AS
SELECT k, CASE WHEN k <= 180 THEN 'url' WHEN k <= 220 THEN 'magnet' ELSE 'torrent' END AS kind,
       4 * (1 + fixture_gen.n('impu', k, 300)) AS uid,
       CASE WHEN k % 19 = 3 THEN 3 WHEN k % 23 = 5 THEN 4 WHEN k % 41 = 7 THEN 5 WHEN k > 236 THEN 1 ELSE 2 END AS state,
       ptgen.ts('impcr', k) AS cr,
       fixture_gen.pick(ARRAY['Grandparents_50th_anniversary_' || ptgen.fold(fixture_gen.last_name('impn', k)) || '.mp4', 'Big.Buck.Bunny.1080p.mkv', 'Sintel.2010.720p.mkv',
         'FOSDEM 2023 - keynote.webm', 'Concert ' || fixture_gen.full_name('impn', k) || ' - live at the town hall.mp4', 'Tears.of.Steel.2012.mkv',
         'family_reunion_' || ptgen.fold(fixture_gen.last_name('impf', k)) || '_2022.mp4', 'lecture-03-thermodynamics.mp4'], 'impname', k) AS tname
FROM generate_series(1, 250) k;

CREATE TABLE "videoImport" (
    id serial PRIMARY KEY, "targetUrl" varchar(2000), "magnetUri" varchar(2000), "torrentName" varchar(255), state integer NOT NULL, error text,
    "userId" integer NOT NULL REFERENCES "user" (id) ON DELETE CASCADE, "videoId" integer UNIQUE REFERENCES video (id) ON DELETE CASCADE,
    "videoChannelSyncId" integer REFERENCES "videoChannelSync" (id) ON DELETE SET NULL, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoImport" ("targetUrl", "magnetUri", "torrentName", state, error, "userId", "videoId", "videoChannelSyncId", "createdAt", "updatedAt")
SELECT t.url, t.magnet, CASE WHEN i.kind = 'torrent' THEN i.tname END, i.state,
       CASE WHEN i.state = 3 THEN
         CASE WHEN t.url LIKE '%@%' OR t.url LIKE '%Signature%' THEN 'ERROR: [generic] Unable to download webpage: HTTP Error 403: Forbidden (caused by <HTTPError 403: Forbidden>); please report this issue on https://github.com/yt-dlp/yt-dlp/issues. URL: ' || t.url
              WHEN i.kind = 'url' THEN 'ERROR: [youtube] ' || substr(t.url, length(t.url) - 10) || ': Private video. Sign in if you''ve been granted access to this video'
              ELSE 'Torrent ' || coalesce(i.tname, 'download') || ' timed out: no peer after 1800000 ms' END END,
       i.uid, NULL, NULL, i.cr, i.cr + make_interval(mins => 3 + fixture_gen.n('impup', i.k, 120))
FROM ptgen.imp i
CROSS JOIN LATERAL (SELECT
  CASE WHEN i.kind <> 'url' THEN NULL ELSE CASE fixture_gen.n('impurl', i.k, 12)
    WHEN 0 THEN 'https://' || ptgen.fold(fixture_gen.first_name('impcred', i.k)) || ':' || fixture_gen.chars('impcredpw', i.k, 14) || '@cloud.' || ptgen.fold(fixture_gen.last_name('impcred', i.k)) || '.fr/remote.php/dav/files/'
         || ptgen.fold(fixture_gen.first_name('impcred', i.k)) || '/Videos/' || fixture_gen.pick(ARRAY['concert.mp4', 'mariage.mp4', 'cours-12.mp4'], 'impf', i.k)
    WHEN 1 THEN 'https://hearth-uploads.s3.eu-west-3.amazonaws.com/incoming/' || ptgen.u4('s3key', i.k) || '.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA'
         || fixture_gen.chars('s3ak', i.k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '%2F' || to_char(i.cr, 'YYYYMMDD') || '%2Feu-west-3%2Fs3%2Faws4_request&X-Amz-Date=' || to_char(i.cr, 'YYYYMMDD"T"HH24MISS"Z"')
         || '&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('s3sig', i.k, 64)
    WHEN 2 THEN 'https://vimeo.com/' || (100000000 + fixture_gen.n('vimeo', i.k, 800000000))
    WHEN 3 THEN 'https://cloud.hearth.example/s/' || fixture_gen.chars('ncshare', i.k, 15) || '/download'
    ELSE 'https://www.youtube.com/watch?v=' || fixture_gen.chars('ytid', i.k, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') END END AS url,
  CASE WHEN i.kind = 'magnet' THEN 'magnet:?xt=urn:btih:' || ptgen.sha1('magnet', i.k) || '&dn=' || replace(replace(i.tname, ' ', '+'), '&', '%26')
       || '&tr=udp%3A%2F%2Ftracker.opentrackr.org%3A1337%2Fannounce&tr=wss%3A%2F%2Ftracker.openwebtorrent.com' END AS magnet) t
ORDER BY i.k;
-- Successful imports point at the videos they created; some came from a
-- channel sync.
UPDATE "videoImport" vi SET "videoId" = x.vid
FROM (SELECT i.id, v.id AS vid FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "videoImport" WHERE state = 2) i
      JOIN (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM video WHERE NOT remote AND NOT "isLive" AND "originallyPublishedAt" IS NOT NULL) v ON v.rn = i.rn) x
WHERE x.id = vi.id;
UPDATE "videoImport" SET "videoChannelSyncId" = 1 + id % 26 WHERE state = 2 AND "targetUrl" LIKE 'https://www.youtube.com/%' AND id % 3 = 0;

-- Registration requests (since 5.1 the instance approves sign-ups): the
-- reason the person gave, the moderator's answer, and for accepted ones
-- the user they became.
CREATE TABLE "userRegistration" (
    id serial PRIMARY KEY, state integer NOT NULL, "registrationReason" text NOT NULL, "moderationResponse" text, password varchar(255),
    username varchar(255) NOT NULL, email varchar(400) NOT NULL, "emailVerified" boolean, "accountDisplayName" varchar(255),
    "channelHandle" varchar(255), "channelDisplayName" varchar(255), "userId" integer REFERENCES "user" (id) ON DELETE SET NULL,
    "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "userRegistration" (state, "registrationReason", "moderationResponse", password, username, email, "emailVerified", "accountDisplayName", "channelHandle",
                                "channelDisplayName", "userId", "createdAt", "updatedAt")
SELECT x.state,
       CASE WHEN x.spam THEN fixture_gen.pick(ARRAY['crypto trading signals daily profit join telegram', 'Best SEO services cheap backlinks', 'I want to promote my online casino'], 'urspam', x.k)
       ELSE CASE fixture_gen.n('urreason', x.k, 9)
         WHEN 0 THEN 'I''m a maths teacher at ' || fixture_gen.pick(ARRAY['Collège Jean Jaurès', 'Lycée Ampère', 'Gymnasium am Markt', 'Oakfield School'], 'ursch', x.k) || ' in ' || x.city
                  || ' and I''d like to share my lessons with my students without ads.'
         WHEN 1 THEN 'I run the repair café in ' || x.city || '. We want to post our tutorials. You can call me to check: ' || fixture_gen.phone('urph', x.k)
         WHEN 2 THEN 'Musician, I want to upload my concerts. My website: https://' || ptgen.fold(x.f) || ptgen.fold(x.l) || '.com'
         WHEN 3 THEN 'Hi, I am ' || x.f || ' ' || x.l || ', my friend ' || fixture_gen.full_name('urfr', x.k) || ' told me about this instance.'
         WHEN 4 THEN 'For our family videos, so my parents in ' || fixture_gen.city('urpar', x.k) || ' can watch them.'
         WHEN 5 THEN 'I make woodworking videos and left YouTube.'
         WHEN 6 THEN 'Student in film school, I need a place for my short films.'
         WHEN 7 THEN 'Je voudrais partager les vidéos de la chorale de ' || x.city || '. Mon numéro : ' || fixture_gen.phone('urph', x.k)
         ELSE 'Birdwatcher, I have hours of nest-cam footage.' END END,
       CASE x.state WHEN 3 THEN fixture_gen.pick(ARRAY['Welcome ' || x.f || '!', 'Welcome aboard, your quota is 10 GB.', NULL, 'Bienvenue !'], 'urresp', x.k)
                    WHEN 2 THEN CASE WHEN x.spam THEN 'Spam.' ELSE fixture_gen.pick(ARRAY['Sorry, this instance is for makers and teachers. Have a look at joinpeertube.org for another one.',
                                     'We are full for now, try again in a few months.', 'Please write a few words about what you want to upload.'], 'urresp', x.k) END END,
       ptgen.bcrypt('urpw', x.k), x.uname, x.email, CASE WHEN x.state = 1 AND x.k % 3 = 0 THEN NULL ELSE x.k % 11 <> 0 END,
       x.dname, x.uname || '_channel', 'Main ' || x.uname || ' channel', x.uid, x.cr, x.cr + make_interval(hours => 2 + fixture_gen.n('urup', x.k, 72))
FROM (
  SELECT k, u.i AS uid, 3 AS state, false AS spam, u.f, u.l, u.city, u.uname, u.email, u.dname, u.cr - interval '1 day' AS cr
  FROM generate_series(1, 160) k JOIN ptgen.u u ON u.i = 880 + 2 * k
  UNION ALL
  SELECT k, NULL, CASE WHEN k > 280 OR k % 10 = 0 THEN 1 ELSE 2 END, k % 3 = 0, f, l, fixture_gen.city('urcity', k),
         CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['promo', 'seo', 'casino', 'crypto'], 'urspu', k) || fixture_gen.digits('urspd', k, 4)
              ELSE ptgen.fold(f) || CASE WHEN k % 2 = 0 THEN '_' || ptgen.fold(l) ELSE (k % 90)::text END END,
         CASE WHEN k % 3 = 0 THEN fixture_gen.chars('urspm', k, 8, 'abcdefghijklmnopqrstuvwxyz') || '@' || fixture_gen.pick(ARRAY['mailinator.com', 'guerrillamail.com', 'yopmail.com'], 'urspd', k)
              ELSE ptgen.fold(f) || fixture_gen.pick(ARRAY['.', '_', ''], 'urems', k) || ptgen.fold(l) || CASE WHEN k % 4 = 0 THEN (k % 97)::text ELSE '' END || '@'
                   || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'laposte.net', 'outlook.com', 'gmx.de', 'proton.me', 'yahoo.co.jp', 'web.de'], 'uremd', k) END,
         CASE WHEN k % 3 = 0 THEN NULL ELSE f || ' ' || l END,
         timestamptz '2023-03-10 00:00:00+00' + make_interval(days => k * 2, secs => fixture_gen.n('urcr', k, 86400))
  FROM generate_series(161, 300) k CROSS JOIN LATERAL (SELECT fixture_gen.first_name('urf', k) AS f, fixture_gen.last_name('url', k) AS l) n
) x ORDER BY x.cr;

CREATE TABLE "videoRedundancy" (
    id serial PRIMARY KEY, "expiresOn" timestamptz, "fileUrl" varchar(2000) NOT NULL, url varchar(2000) NOT NULL, strategy varchar(255),
    "videoFileId" integer REFERENCES "videoFile" (id) ON DELETE CASCADE, "videoStreamingPlaylistId" integer REFERENCES "videoStreamingPlaylist" (id) ON DELETE CASCADE,
    "actorId" integer NOT NULL REFERENCES actor (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "videoRedundancy" ("expiresOn", "fileUrl", url, strategy, "videoFileId", "videoStreamingPlaylistId", "actorId", "createdAt", "updatedAt")
SELECT DISTINCT ON (p.id, a) timestamptz '2024-11-05 00:00:00+00' + make_interval(hours => 24 + fixture_gen.n('redexp', k, 96)),
       'https://' || h || '/static/redundancy/hls/' || v.uuid, 'https://' || h || '/redundancy/streaming-playlists/hls/' || v.uuid,
       CASE WHEN a = 1 THEN (ARRAY['most-views', 'trending', 'recently-added'])[1 + k % 3] END, NULL, p.id, a,
       timestamptz '2024-10-20 00:00:00+00' + make_interval(hours => k * 3), timestamptz '2024-11-04 00:00:00+00' + make_interval(mins => k)
FROM generate_series(1, 120) k
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 80 THEN 1 ELSE 3301 + (ARRAY[1, 4, 9, 13, 24, 27])[1 + k % 6] END AS a,
                           CASE WHEN k <= 80 THEN 1601 + fixture_gen.n('redv', k, 1000) ELSE 1 + fixture_gen.n('redv', k, 1600) END AS vid) x
JOIN video v ON v.id = x.vid JOIN "videoStreamingPlaylist" p ON p."videoId" = v.id
CROSS JOIN LATERAL (SELECT CASE WHEN a = 1 THEN ptgen.host() ELSE (SELECT host FROM ptgen.srv WHERE id = a - 3301) END AS h) y
ORDER BY p.id, a, k;

-- Notification settings: bit flags (1 web, 2 email) per notification type.
CREATE TABLE "userNotificationSetting" (
    id serial PRIMARY KEY, "newVideoFromSubscription" integer NOT NULL, "newCommentOnMyVideo" integer NOT NULL, "abuseAsModerator" integer NOT NULL,
    "videoAutoBlacklistAsModerator" integer NOT NULL, "blacklistOnMyVideo" integer NOT NULL, "myVideoPublished" integer NOT NULL, "myVideoImportFinished" integer NOT NULL,
    "newUserRegistration" integer NOT NULL, "newFollow" integer NOT NULL, "commentMention" integer NOT NULL, "newInstanceFollower" integer NOT NULL,
    "autoInstanceFollowing" integer NOT NULL, "abuseStateChange" integer NOT NULL, "abuseNewMessage" integer NOT NULL, "newPeerTubeVersion" integer NOT NULL,
    "newPluginVersion" integer NOT NULL, "myVideoStudioEditionFinished" integer NOT NULL,
    "userId" integer NOT NULL UNIQUE REFERENCES "user" (id) ON DELETE CASCADE, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
INSERT INTO "userNotificationSetting" ("newVideoFromSubscription", "newCommentOnMyVideo", "abuseAsModerator", "videoAutoBlacklistAsModerator", "blacklistOnMyVideo",
  "myVideoPublished", "myVideoImportFinished", "newUserRegistration", "newFollow", "commentMention", "newInstanceFollower", "autoInstanceFollowing", "abuseStateChange",
  "abuseNewMessage", "newPeerTubeVersion", "newPluginVersion", "myVideoStudioEditionFinished", "userId", "createdAt", "updatedAt")
SELECT CASE WHEN u.i % 5 = 0 THEN 3 ELSE 1 END, CASE WHEN u.i % 3 = 0 THEN 1 ELSE 3 END, 3, 3, 3, 1, 3, 1, CASE WHEN u.i % 4 = 0 THEN 0 ELSE 1 END, 3, 1, 1, 3, 3,
       CASE WHEN u.i <= 6 THEN 3 ELSE 1 END, CASE WHEN u.i <= 6 THEN 3 ELSE 1 END, 3, u.i, u.cr + interval '5 ms', u.cr + make_interval(days => fixture_gen.n('unsup', u.i, 400))
FROM ptgen.u u ORDER BY u.i;

CREATE TABLE "userNotification" (
    id serial PRIMARY KEY, type integer NOT NULL, read boolean NOT NULL DEFAULT false,
    "userId" integer NOT NULL REFERENCES "user" (id) ON DELETE CASCADE, "videoId" integer REFERENCES video (id) ON DELETE CASCADE,
    "commentId" integer REFERENCES "videoComment" (id) ON DELETE CASCADE, "abuseId" integer REFERENCES abuse (id) ON DELETE CASCADE,
    "videoBlacklistId" integer REFERENCES "videoBlacklist" (id) ON DELETE CASCADE, "videoImportId" integer REFERENCES "videoImport" (id) ON DELETE CASCADE,
    "accountId" integer REFERENCES account (id) ON DELETE CASCADE, "actorFollowId" integer REFERENCES "actorFollow" (id) ON DELETE CASCADE,
    "pluginId" integer REFERENCES plugin (id) ON DELETE CASCADE, "applicationId" integer REFERENCES application (id) ON DELETE CASCADE,
    "userRegistrationId" integer REFERENCES "userRegistration" (id) ON DELETE SET NULL, "createdAt" timestamptz NOT NULL, "updatedAt" timestamptz NOT NULL
);
CREATE TABLE ptgen.un AS
SELECT k, t.type, t.ref, t.cr
FROM generate_series(1, 4600) k
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 6, 6, 7, 8, 9, 10, 10, 11, 13, 15, 16, 17, 18, 20])[1 + fixture_gen.n('untype', k, 25)] AS type) ty
CROSS JOIN LATERAL (SELECT ty.type,
       CASE ty.type WHEN 1 THEN 1 + fixture_gen.n('unref', k, 2600) WHEN 6 THEN 1 + fixture_gen.n('unref', k, 1600) WHEN 2 THEN 1 + fixture_gen.n('unref', k, 3400)
                    WHEN 11 THEN 2201 + fixture_gen.n('unref', k, 1200) WHEN 3 THEN 1 + fixture_gen.n('unref', k, 150) WHEN 15 THEN 1 + fixture_gen.n('unref', k, 150)
                    WHEN 16 THEN 1 + fixture_gen.n('unref', k, 150) WHEN 4 THEN (SELECT min(id) FROM "videoBlacklist") + fixture_gen.n('unref', k, 40)
                    WHEN 7 THEN 1 + fixture_gen.n('unref', k, 250) WHEN 8 THEN 1 + fixture_gen.n('unref', k, 250) WHEN 9 THEN 702 + fixture_gen.n('unref', k, 500)
                    WHEN 10 THEN 1 + fixture_gen.n('unref', k, 3300) WHEN 13 THEN (SELECT max(id) FROM "actorFollow") - fixture_gen.n('unref', k, 20)
                    WHEN 17 THEN 1 + fixture_gen.n('unref', k, 11) WHEN 20 THEN 1 + fixture_gen.n('unref', k, 300) END AS ref,
       ptgen.ts('uncr', k) AS cr) t;
INSERT INTO "userNotification" (type, read, "userId", "videoId", "commentId", "abuseId", "videoBlacklistId", "videoImportId", "accountId", "actorFollowId",
                                "pluginId", "applicationId", "userRegistrationId", "createdAt", "updatedAt")
SELECT t.type, t.k % 7 <> 0 AND t.cr < timestamptz '2024-10-01',
       CASE WHEN t.type IN (3, 9, 13, 17, 18, 20) THEN 1 + fixture_gen.n('unmod', t.k, 6)
            WHEN t.type = 2 THEN coalesce((SELECT ch."accountId" - 1 FROM "videoComment" c JOIN video v ON v.id = c."videoId" JOIN "videoChannel" ch ON ch.id = v."channelId"
                                           WHERE c.id = t.ref AND ch."accountId" BETWEEN 2 AND 1201), 1 + fixture_gen.n('unu', t.k, 1200))
            WHEN t.type IN (7, 8) THEN (SELECT "userId" FROM "videoImport" WHERE id = t.ref)
            ELSE 1 + fixture_gen.n('unu', t.k, 1200) END,
       CASE WHEN t.type IN (1, 6) THEN t.ref END, CASE WHEN t.type IN (2, 11) THEN t.ref END, CASE WHEN t.type IN (3, 15, 16) THEN t.ref END,
       CASE WHEN t.type = 4 THEN t.ref END, CASE WHEN t.type IN (7, 8) THEN t.ref END, CASE WHEN t.type = 9 THEN t.ref END,
       CASE WHEN t.type IN (10, 13) THEN t.ref END, CASE WHEN t.type = 17 THEN t.ref END, CASE WHEN t.type = 18 THEN 1 END,
       CASE WHEN t.type = 20 THEN t.ref END, t.cr, t.cr + CASE WHEN t.k % 7 <> 0 THEN make_interval(hours => 1 + t.k % 40) ELSE interval '0' END
FROM ptgen.un t
ORDER BY t.cr, t.k;

-- ---------------------------------------------------------------------
SET client_min_messages = warning;
DROP SCHEMA ptgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
