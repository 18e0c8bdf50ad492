-- classify-eval fixture (HOLDOUT 30: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): "Hoshizora" (hoshi.example), a Japanese Misskey instance started in
-- 2022 and upgraded through the 2024 releases to 2025.4, on PostgreSQL in
-- the naming its TypeORM migrations create: singular lower-case tables
-- ("user", user_profile, note, drive_file, access_token, meta), quoted
-- camelCase columns ("usernameLower", "avatarUrl", "twoFactorSecret"),
-- aid keys (10 characters: eight base-36 digits of milliseconds since
-- 2000 and two of noise) from which the creation time is read (most tables
-- have no "createdAt"), varchar arrays, jsonb, enum types.
-- Illustrators, students, office workers, cat owners and a few bots, in
-- Japanese and English, federating with Misskey, Mastodon and single-user
-- servers. Users with usernames, display names in kanji, kana and romaji
-- (some with emoji or "休止中"), native 16-character tokens, avatar URLs
-- (local ones in object storage, remote ones through the media proxy),
-- ActivityPub URIs and inboxes that name remote people; profiles with
-- locations, birthdays, bios with commission contacts, LINE ids and
-- phones, profile fields (website, pronouns, other accounts, an email),
-- rel=me verified links, emails, bcrypt hashes, TOTP secrets and backup
-- codes in clear, email verification codes, moderators' notes, the web
-- client's old clientData JSON with its memo widget, muted words naming
-- an ex; RSA keypairs; sign-ins whose headers keep the cookie with the
-- native token; IP logs; notes with mentions, phone numbers, addresses and
-- lost-and-found posts, content warnings, mentionedRemoteUsers JSON; drive
-- files named after people (履歴書, 運転免許証, passport scans) with alt
-- text, upload request headers and IPs; access tokens with their legacy
-- hashes and MiAuth sessions; apps with secrets; abuse reports and their
-- moderation notes; the moderation log, whose updateServerSettings rows
-- keep the whole meta row before and after, credentials included; the
-- single meta row with the maintainer, SMTP, object storage, captcha,
-- DeepL and VAPID keys beside hundreds of flags; invitation codes, pending
-- sign-ups, reset tokens; user memos; push subscriptions; webhooks to
-- Discord and Slack; security keys named after their owners; instances
-- with maintainers and moderators' notes; chat messages; the registry of
-- client settings (a DeepL key in a plugin's config, memo text with a
-- Wi-Fi password); announcements warning one user; pages with
-- self-introductions; clips, channels, antennas watching their owner's
-- names; polls; follows with inboxes; emoji with their artists' credits.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA mkgen;
SET client_min_messages = warning;
SET jit = off;

-- b36: a non-negative integer in base 36 (lower case), as aid writes it.
CREATE FUNCTION mkgen.b36(n bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE s text := ''; v bigint := n;
BEGIN
  IF v = 0 THEN RETURN '0'; END IF;
  WHILE v > 0 LOOP
    s := substr('0123456789abcdefghijklmnopqrstuvwxyz', (v % 36)::int + 1, 1) || s;
    v := v / 36;
  END LOOP;
  RETURN s;
END $$;

-- aid: Misskey's default id: base-36 milliseconds since 2000-01-01 (eight
-- digits) and two digits of noise.
CREATE FUNCTION mkgen.aid(t timestamptz, tag text, i bigint) RETURNS varchar
LANGUAGE sql IMMUTABLE AS $$
  SELECT lpad(mkgen.b36((extract(epoch FROM t) * 1000)::bigint - 946684800000), 8, '0')
      || fixture_gen.chars('aid' || tag, i, 2, '0123456789abcdefghijklmnopqrstuvwxyz')
$$;

-- at: a time between two dates.
CREATE FUNCTION mkgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM hi - lo)::bigint)::int))
       + fixture_gen.n(tag || 'ms', i, 1000) * interval '1 ms'
$$;

CREATE FUNCTION mkgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

CREATE FUNCTION mkgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- bcrypt as bcryptjs writes it with Misskey's 8 rounds.
CREATE FUNCTION mkgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$08$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- base32 TOTP secret as speakeasy writes it.
CREATE FUNCTION mkgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- PEM keys as Node's generateKeyPair writes them (SPKI public, PKCS#8 private).
CREATE FUNCTION mkgen.pubkey(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT E'-----BEGIN PUBLIC KEY-----\n'
      || regexp_replace('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || substr(fixture_gen.b64(tag || 'a', i, 240) || fixture_gen.b64(tag || 'b', i, 240), 1, 342) || 'IDAQAB',
                        '(.{64})', E'\\1\n', 'g')
      || E'\n-----END PUBLIC KEY-----\n'
$$;

CREATE FUNCTION mkgen.privkey(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT E'-----BEGIN PRIVATE' || E' KEY-----\n'
      || regexp_replace('MIIEvgIBADANBgkqhkiG9w0BAQEFAASC' || 'BKgwggSkAgEAAoIBAQ' || substr(fixture_gen.b64(tag || 'a', i, 240) || fixture_gen.b64(tag || 'b', i, 240) || fixture_gen.b64(tag || 'c', i, 240)
                        || fixture_gen.b64(tag || 'd', i, 240) || fixture_gen.b64(tag || 'e', i, 240), 1, 1570), '(.{64})', E'\\1\n', 'g')
      || E'\n-----END PRIVATE' || E' KEY-----\n'
$$;

CREATE FUNCTION mkgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.ascii(s) $$;

-- Remote servers: Misskey forks name users by id in their URIs, Mastodon by
-- username; 13-16 are single-user servers named after their owner.
CREATE TABLE mkgen.srv (k int PRIMARY KEY, host text, soft text, ver text, sname text);
INSERT INTO mkgen.srv VALUES
 (1, 'misskey.io', 'misskey', '2025.4.1-io.2a', 'Misskey.io'), (2, 'misskey.design', 'misskey', '2025.3.1', 'Misskey.design'),
 (3, 'nijimiss.moe', 'misskey', '2025.4.0', 'にじみす'), (4, 'mi.yumechi.jp', 'misskey', '2024.11.0', 'ゆめちのみすきー'),
 (5, 'mastodon.social', 'mastodon', '4.3.8', 'Mastodon'), (6, 'mstdn.jp', 'mastodon', '4.3.6', 'mstdn.jp'),
 (7, 'fedibird.com', 'mastodon', '3.4.1', 'Fedibird'), (8, 'pawoo.net', 'mastodon', '4.2.19', 'Pawoo'),
 (9, 'fosstodon.org', 'mastodon', '4.3.8', 'Fosstodon'), (10, 'social.vivaldi.net', 'mastodon', '4.3.7', 'Vivaldi Social'),
 (11, 'sharkey.world', 'sharkey', '2025.2.3', 'Sharkey World'), (12, 'mk.shrimpia.network', 'misskey', '2024.11.0-shrimpia', 'Shrimpia'),
 (13, NULL, 'misskey', '2024.10.1', NULL), (14, NULL, 'gotosocial', '0.18.3', NULL), (15, NULL, 'mastodon', '4.3.5', NULL), (16, NULL, 'misskey', '2025.2.0', NULL);

-- Japanese names: family and given names in kanji with their romaji.
CREATE TABLE mkgen.jn (k int, kanji text, romaji text, kana text);
INSERT INTO mkgen.jn VALUES
 (1, '佐藤', 'Sato', 'さとう'), (2, '鈴木', 'Suzuki', 'すずき'), (3, '高橋', 'Takahashi', 'たかはし'), (4, '田中', 'Tanaka', 'たなか'),
 (5, '伊藤', 'Ito', 'いとう'), (6, '渡辺', 'Watanabe', 'わたなべ'), (7, '山本', 'Yamamoto', 'やまもと'), (8, '中村', 'Nakamura', 'なかむら'),
 (9, '小林', 'Kobayashi', 'こばやし'), (10, '加藤', 'Kato', 'かとう'), (11, '吉田', 'Yoshida', 'よしだ'), (12, '山田', 'Yamada', 'やまだ'),
 (13, '佐々木', 'Sasaki', 'ささき'), (14, '松本', 'Matsumoto', 'まつもと'), (15, '井上', 'Inoue', 'いのうえ'), (16, '木村', 'Kimura', 'きむら');
CREATE TABLE mkgen.jg (k int, kanji text, romaji text, kana text);
INSERT INTO mkgen.jg VALUES
 (1, '陽翔', 'Haruto', 'はると'), (2, '葵', 'Aoi', 'あおい'), (3, '結衣', 'Yui', 'ゆい'), (4, '湊', 'Minato', 'みなと'),
 (5, '莉子', 'Riko', 'りこ'), (6, '蓮', 'Ren', 'れん'), (7, '美桜', 'Mio', 'みお'), (8, '大翔', 'Hiroto', 'ひろと'),
 (9, '陽菜', 'Hina', 'ひな'), (10, '悠真', 'Yuma', 'ゆうま'), (11, 'さくら', 'Sakura', 'さくら'), (12, '颯太', 'Sota', 'そうた'),
 (13, '芽依', 'Mei', 'めい'), (14, '拓海', 'Takumi', 'たくみ'), (15, '愛子', 'Aiko', 'あいこ'), (16, '健太', 'Kenta', 'けんた');

-- Users: 1 the admin (a person), 2-4 system accounts (instance.actor,
-- relay.actor, proxy), 5-260 local people and bots, 261-420 remote people.
CREATE TABLE mkgen.u AS
SELECT i,
       CASE WHEN i <= 260 THEN NULL ELSE 1 + fixture_gen.n('usrv', i, 16) END AS sk,
       fixture_gen.n('ujp', i, 10) < 6 AS jp,
       1 + fixture_gen.n('ujl', i, 16) AS jl, 1 + fixture_gen.n('ujf', i, 16) AS jf,
       fixture_gen.first_name('uf', i) AS wf, fixture_gen.last_name('ul', i) AS wl,
       CASE WHEN i = 1 THEN timestamptz '2022-03-04 11:20:41+00'
            WHEN i <= 4 THEN timestamptz '2022-03-04 11:21:02+00' + (i * interval '3 s')
            WHEN i <= 260 THEN timestamptz '2022-03-10 00:00:00+00' + (i - 4) * interval '3 days' + make_interval(secs => fixture_gen.n('ucr', i, 80000))
            ELSE mkgen.at('ucrr', i, '2022-04-01', '2025-04-20') END AS cr
FROM generate_series(1, 420) i;
ALTER TABLE mkgen.u ADD COLUMN f text, ADD COLUMN l text, ADD COLUMN kfull text, ADD COLUMN kana text,
  ADD COLUMN uname text, ADD COLUMN dname text, ADD COLUMN host text, ADD COLUMN soft text, ADD COLUMN id text, ADD COLUMN rid text,
  ADD COLUMN bot boolean DEFAULT false;
UPDATE mkgen.u u SET f = CASE WHEN jp THEN g.romaji ELSE u.wf END, l = CASE WHEN jp THEN n.romaji ELSE u.wl END,
                     kfull = CASE WHEN jp THEN n.kanji || ' ' || g.kanji END, kana = CASE WHEN jp THEN g.kana END
FROM mkgen.jn n, mkgen.jg g WHERE n.k = u.jl AND g.k = u.jf;
UPDATE mkgen.u SET uname = CASE fixture_gen.n('ust', i, 9)
         WHEN 0 THEN mkgen.fold(f) || '_' || mkgen.fold(l)
         WHEN 1 THEN mkgen.fold(f) || (1985 + i % 22)::text
         WHEN 2 THEN mkgen.fold(f) || '_' || substr(mkgen.fold(l), 1, 1)
         WHEN 3 THEN substr(mkgen.fold(f), 1, 1) || mkgen.fold(l)
         WHEN 4 THEN fixture_gen.pick(ARRAY['nekomimi', 'tofu_chan', 'mochi', 'hoshikuzu', 'yozora', 'kuma3', 'onigiri', 'natsuiro', 'sabaku', 'kitsune', 'usagi_p', 'ramen_daisuki'], 'upsd', i) || (i % 50)::text
         WHEN 5 THEN mkgen.fold(l) || mkgen.fold(f)
         WHEN 6 THEN mkgen.fold(f)
         WHEN 7 THEN mkgen.fold(f) || mkgen.fold(l)
         ELSE fixture_gen.pick(ARRAY['pixel', 'draw', 'sketch', 'neko', 'cafe'], 'upre', i) || '_' || mkgen.fold(f) END;
UPDATE mkgen.u u SET uname = u.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY lower(uname) ORDER BY i) AS rn FROM mkgen.u) d WHERE d.i = u.i AND d.rn > 1;
UPDATE mkgen.u SET uname = 'hoshino_aoi', f = 'Aoi', l = 'Hoshino', kfull = '星野 葵', kana = 'あおい', jp = true WHERE i = 1;
UPDATE mkgen.u SET uname = 'instance.actor', f = NULL, l = NULL, kfull = NULL, kana = NULL, bot = true WHERE i = 2;
UPDATE mkgen.u SET uname = 'relay.actor', f = NULL, l = NULL, kfull = NULL, kana = NULL, bot = true WHERE i = 3;
UPDATE mkgen.u SET uname = 'proxy', f = NULL, l = NULL, kfull = NULL, kana = NULL, bot = true WHERE i = 4;
UPDATE mkgen.u SET bot = true, uname = (ARRAY['tenki_bot', 'jishin_bot', 'rss_hoshi', 'nyan_bot', 'quiz_bot', 'trend_bot'])[1 + (i / 37) % 6], f = NULL, l = NULL, kfull = NULL, kana = NULL
WHERE i IN (37, 74, 111, 148, 185, 222);
UPDATE mkgen.u u SET host = CASE WHEN s.host IS NOT NULL THEN s.host
                              ELSE fixture_gen.pick(ARRAY['mi.', 'social.', 'mk.', ''], 'shp', u.i) || mkgen.fold(u.f) || mkgen.fold(u.l) || fixture_gen.pick(ARRAY['.net', '.jp', '.com', '.dev'], 'shs', u.i) END,
                     soft = s.soft
FROM mkgen.srv s WHERE s.k = u.sk;
UPDATE mkgen.u SET dname = CASE
    WHEN i = 1 THEN '星野 葵 (管理人)'
    WHEN i IN (2, 3, 4) THEN NULL
    WHEN bot THEN (ARRAY['天気予報bot', '地震情報bot', 'ほしぞらRSS', 'にゃんbot', 'クイズbot', 'トレンドbot'])[1 + (i / 37) % 6]
    WHEN jp THEN CASE fixture_gen.n('udn', i, 9)
       WHEN 0 THEN kfull WHEN 1 THEN kana WHEN 2 THEN kana || '🌸' WHEN 3 THEN f || ' ' || l
       WHEN 4 THEN kfull || '@休止中' WHEN 5 THEN kana || ' | 絵描き' WHEN 6 THEN NULL
       WHEN 7 THEN ':nekomimi: ' || kana ELSE replace(kfull, ' ', '') END
    ELSE CASE fixture_gen.n('udn', i, 6) WHEN 0 THEN f WHEN 1 THEN f || ' ' || l || ' (they/them)' WHEN 2 THEN NULL WHEN 3 THEN f || ' ' || substr(l, 1, 1) || '.' ELSE f || ' ' || l END END;
UPDATE mkgen.u SET id = mkgen.aid(cr, 'u', i), rid = CASE WHEN soft IN ('misskey', 'sharkey') THEN mkgen.aid(cr - interval '40 days', 'ru', i) END;
CREATE UNIQUE INDEX ON mkgen.u (i);
CREATE UNIQUE INDEX ON mkgen.u (id);

-- uid: the id of user k; lu: a local person (5-260, not a bot); ru: a remote user.
CREATE FUNCTION mkgen.uid(k bigint) RETURNS varchar LANGUAGE sql STABLE AS $$ SELECT id FROM mkgen.u WHERE i = k $$;
CREATE FUNCTION mkgen.lu(tag text, k bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN x IN (37, 74, 111, 148, 185, 222) THEN x + 1 ELSE x END FROM (SELECT 5 + fixture_gen.n(tag, k, 256) AS x) y $$;
CREATE FUNCTION mkgen.ru(tag text, k bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 261 + fixture_gen.n(tag, k, 160) $$;

-- actor: a remote user's ActivityPub id (Misskey by id, others by username).
CREATE FUNCTION mkgen.actor(k bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN host IS NULL THEN 'https://hoshi.example/users/' || id
              WHEN soft IN ('misskey', 'sharkey') THEN 'https://' || host || '/users/' || rid
              WHEN soft = 'gotosocial' THEN 'https://' || host || '/users/' || lower(uname)
              ELSE 'https://' || host || '/users/' || uname END FROM mkgen.u WHERE i = k $$;

-- Details the people have: email, city, phone (Japanese mobile or another
-- format), birth date, an art site and an other-network handle.
ALTER TABLE mkgen.u ADD COLUMN email text, ADD COLUMN city text, ADD COLUMN phone text, ADD COLUMN bday date, ADD COLUMN site text, ADD COLUMN other text;
UPDATE mkgen.u SET
  email = CASE WHEN i = 1 THEN 'aoi.hoshino@hoshi.example' WHEN bot OR f IS NULL THEN NULL
          ELSE CASE fixture_gen.n('uem', i, 5)
            WHEN 0 THEN mkgen.fold(f) || '.' || mkgen.fold(l) WHEN 1 THEN lower(replace(uname, '.', '')) WHEN 2 THEN mkgen.fold(f) || mkgen.fold(l) || (i % 100)::text
            WHEN 3 THEN substr(mkgen.fold(f), 1, 1) || '.' || mkgen.fold(l) ELSE mkgen.fold(l) || '_' || mkgen.fold(f) END
          || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'proton.me', 'gmail.com', 'nifty.com', 'keio.jp', 'outlook.com'], 'ued', i) END,
  city = CASE WHEN jp THEN fixture_gen.pick(ARRAY['東京都世田谷区', '東京', '大阪府堺市', '札幌', '横浜市港北区', '名古屋', '京都', '福岡県', '仙台', '神戸', '那覇', 'さいたま市', 'Osaka, Japan', 'Tokyo'], 'uci', i)
         ELSE fixture_gen.city('uci', i) END,
  phone = CASE WHEN jp OR fixture_gen.n('uphj', i, 3) = 0 THEN fixture_gen.pick(ARRAY['090', '080', '070'], 'uph', i) || '-' || fixture_gen.digits('uph1', i, 4) || '-' || fixture_gen.digits('uph2', i, 4)
          ELSE fixture_gen.phone('uph', i) END,
  bday = fixture_gen.birth_date('ubd', i) + 6000,
  site = 'https://' || mkgen.fold(f) || mkgen.fold(l) || fixture_gen.pick(ARRAY['.art', '.com', '.jp', '.net', '.studio'], 'usi', i),
  other = fixture_gen.pick(ARRAY['@' || uname || '_art', '@' || mkgen.fold(f) || '_' || mkgen.fold(l), '@' || uname || '@misskey.io', '@' || mkgen.fold(f) || '@pawoo.net', 'pixiv id: ' || fixture_gen.digits('upx', i, 8), 'skeb.jp/@' || uname], 'uot', i);

CREATE TYPE "public"."user_profile_followingvisibility_enum" AS ENUM ('public', 'followers', 'private');
CREATE TYPE "public"."user_profile_followersvisibility_enum" AS ENUM ('public', 'followers', 'private');
CREATE TYPE "public"."note_visibility_enum" AS ENUM ('public', 'home', 'followers', 'specified');
CREATE TYPE "public"."instance_suspendedstate_enum" AS ENUM ('none', 'manuallySuspended', 'goneSuspended', 'autoSuspendedForNotResponding');

CREATE TABLE "user" (
  "id" varchar(32) NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE,
  "lastFetchedAt" TIMESTAMP WITH TIME ZONE,
  "lastActiveDate" TIMESTAMP WITH TIME ZONE,
  "hideOnlineStatus" boolean NOT NULL DEFAULT false,
  "username" character varying(128) NOT NULL,
  "usernameLower" character varying(128) NOT NULL,
  "name" character varying(128),
  "followersCount" integer NOT NULL DEFAULT 0,
  "followingCount" integer NOT NULL DEFAULT 0,
  "movedToUri" character varying(512),
  "movedAt" TIMESTAMP WITH TIME ZONE,
  "alsoKnownAs" text,
  "notesCount" integer NOT NULL DEFAULT 0,
  "avatarId" varchar(32),
  "bannerId" varchar(32),
  "avatarUrl" character varying(1024),
  "bannerUrl" character varying(512),
  "avatarBlurhash" character varying(128),
  "bannerBlurhash" character varying(128),
  "avatarDecorations" jsonb NOT NULL DEFAULT '[]',
  "tags" character varying(128) array NOT NULL DEFAULT '{}',
  "score" integer NOT NULL DEFAULT 0,
  "isSuspended" boolean NOT NULL DEFAULT false,
  "isLocked" boolean NOT NULL DEFAULT false,
  "isBot" boolean NOT NULL DEFAULT false,
  "isCat" boolean NOT NULL DEFAULT false,
  "isExplorable" boolean NOT NULL DEFAULT true,
  "isHibernated" boolean NOT NULL DEFAULT false,
  "requireSigninToViewContents" boolean NOT NULL DEFAULT false,
  "makeNotesFollowersOnlyBefore" integer,
  "makeNotesHiddenBefore" integer,
  "isDeleted" boolean NOT NULL DEFAULT false,
  "emojis" character varying(128) array NOT NULL DEFAULT '{}',
  "chatScope" character varying(128) NOT NULL DEFAULT 'mutual',
  "host" character varying(128),
  "inbox" character varying(512),
  "sharedInbox" character varying(512),
  "featured" character varying(512),
  "uri" character varying(512),
  "followersUri" character varying(512),
  "token" character(16),
  CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "IDX_5deb01ae162d1d70b80d064c27" ON "user" ("usernameLower", "host");
CREATE UNIQUE INDEX "UQ_a854e557b1b14814750c7c7b0c9" ON "user" ("token");

-- avatar/banner file ids: drive files 1-420 are users' avatars, 421-840 banners.
CREATE FUNCTION mkgen.fcr(k bigint) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN k <= 420 THEN (SELECT cr FROM mkgen.u WHERE i = k) + interval '2 hours' + make_interval(secs => fixture_gen.n('fcr', k, 600))
              WHEN k <= 840 THEN (SELECT cr FROM mkgen.u WHERE i = k - 420) + interval '3 hours' + make_interval(secs => fixture_gen.n('fcr', k, 600))
              ELSE mkgen.at('fcr', k, '2022-03-10', '2025-05-20') END $$;
CREATE FUNCTION mkgen.fid(k bigint) RETURNS varchar LANGUAGE sql STABLE AS $$ SELECT mkgen.aid(mkgen.fcr(k), 'f', k) $$;
CREATE FUNCTION mkgen.hasavatar(k bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT k NOT IN (2, 3, 4) AND fixture_gen.n('hav', k, 8) <> 0 $$;
CREATE FUNCTION mkgen.hasbanner(k bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT k NOT IN (2, 3, 4) AND fixture_gen.n('hbn', k, 3) = 0 $$;
-- remote media URL of a user's avatar (Mastodon's paths, Misskey's webpublic files).
CREATE FUNCTION mkgen.rmedia(k bigint, kind text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN soft IN ('misskey', 'sharkey') THEN 'https://' || CASE WHEN host = 'misskey.io' THEN 'media.misskeyusercontent.jp/io' ELSE 'files.' || host END || '/webpublic-' || fixture_gen.uuid('rm' || kind, k) || '.webp'
              WHEN soft = 'gotosocial' THEN 'https://' || host || '/fileserver/' || upper(fixture_gen.chars('gts', k, 26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')) || '/' || kind || '/original/' || upper(fixture_gen.chars('gts' || kind, k, 26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')) || '.jpeg'
              ELSE 'https://' || CASE WHEN host = 'mastodon.social' THEN 'files.mastodon.social' ELSE 'media.' || host END || CASE WHEN kind LIKE 'media%' THEN '/media_attachments/files/' ELSE '/accounts/' || kind || 's/' END || substr(fixture_gen.digits('rmd', k, 18), 1, 3) || '/' || substr(fixture_gen.digits('rmd', k, 18), 4, 3) || '/' || substr(fixture_gen.digits('rmd', k, 18), 7, 3) || '/original/' || fixture_gen.hexn('rmh' || kind, k, 16) || '.' || fixture_gen.pick(ARRAY['jpg', 'png', 'jpeg'], 'rmx', k) END
  FROM mkgen.u WHERE i = k $$;

INSERT INTO "user"
SELECT u.id,
       CASE WHEN u.i <= 4 THEN u.cr ELSE mkgen.at('uup', u.i, u.cr, '2025-05-28') END,
       CASE WHEN u.host IS NOT NULL THEN mkgen.at('ulf', u.i, '2025-04-20', '2025-05-30') END,
       CASE WHEN u.host IS NULL AND u.i > 4 AND NOT u.bot THEN mkgen.at('ula', u.i, '2024-09-01', '2025-05-31') WHEN u.bot THEN mkgen.at('ula', u.i, '2025-05-30', '2025-05-31') END,
       u.host IS NULL AND fixture_gen.n('hos', u.i, 7) = 0,
       u.uname, lower(u.uname), u.dname,
       CASE WHEN u.i BETWEEN 2 AND 4 THEN 0 ELSE fixture_gen.n('ufc', u.i, 900) END, CASE WHEN u.i BETWEEN 2 AND 4 THEN 0 ELSE fixture_gen.n('ufg', u.i, 700) END,
       CASE WHEN u.host IS NULL AND u.i > 4 AND u.i % 53 = 0 THEN 'https://misskey.io/users/' || mkgen.aid(timestamptz '2024-12-01' + u.i * interval '1 hour', 'mv', u.i) END,
       CASE WHEN u.host IS NULL AND u.i > 4 AND u.i % 53 = 0 THEN timestamptz '2024-12-01' + u.i * interval '1 hour' + interval '20 min' END,
       CASE WHEN u.i > 4 AND NOT u.bot AND fixture_gen.n('aka', u.i, 9) = 0 THEN
         fixture_gen.pick(ARRAY['https://mstdn.jp/users/', 'https://fedibird.com/users/', 'https://pawoo.net/users/'], 'akah', u.i) || u.uname END,
       CASE WHEN u.i BETWEEN 2 AND 4 THEN 0 ELSE fixture_gen.n('unc', u.i, 12000) END,
       CASE WHEN mkgen.hasavatar(u.i) THEN mkgen.fid(u.i) END,
       CASE WHEN mkgen.hasbanner(u.i) THEN mkgen.fid(u.i + 420) END,
       CASE WHEN NOT mkgen.hasavatar(u.i) THEN NULL
            WHEN u.host IS NULL THEN 'https://s3.hoshi.example/hoshizora/webpublic-' || fixture_gen.uuid('lav', u.i) || '.webp'
            ELSE 'https://hoshi.example/proxy/avatar.webp?url=' || replace(replace(mkgen.rmedia(u.i, 'avatar'), ':', '%3A'), '/', '%2F') || '&avatar=1' END,
       CASE WHEN NOT mkgen.hasbanner(u.i) THEN NULL
            WHEN u.host IS NULL THEN 'https://s3.hoshi.example/hoshizora/webpublic-' || fixture_gen.uuid('lbn', u.i) || '.webp'
            ELSE 'https://hoshi.example/proxy/image.webp?url=' || replace(replace(mkgen.rmedia(u.i, 'header'), ':', '%3A'), '/', '%2F') END,
       CASE WHEN mkgen.hasavatar(u.i) THEN fixture_gen.chars('abh', u.i, 28, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~') END,
       CASE WHEN mkgen.hasbanner(u.i) THEN fixture_gen.chars('bbh', u.i, 28, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~') END,
       CASE WHEN u.host IS NULL AND fixture_gen.n('adec', u.i, 5) = 0 THEN
         ('[{"id": "' || mkgen.aid(timestamptz '2023-10-14' + (fixture_gen.n('adid', u.i, 6) * interval '9 days'), 'ad', fixture_gen.n('adid', u.i, 6)) || '", "angle": ' || (fixture_gen.n('adan', u.i, 5) - 2) * 0.05 || ', "flipH": ' || (u.i % 2 = 0) || '}]')::jsonb ELSE '[]' END,
       CASE WHEN u.bot OR u.i <= 4 THEN '{}'::varchar[] ELSE (string_to_array((ARRAY['イラスト,絵描きさんと繋がりたい', '猫,ねこ', 'programming,rust', 'ゲーム,スプラトゥーン3', 'カメラ,写真',
                  'vtuber,個人勢', 'gardening,bonsai', '料理,お弁当', 'music,dtm', '読書,SF'])[1 + fixture_gen.n('utg', u.i, 10)], ','))[1:1 + fixture_gen.n('utgn', u.i, 2)] END,
       0,
       u.i IN (66, 133, 317), u.host IS NULL AND fixture_gen.n('ulk', u.i, 8) = 0, u.bot OR u.i = 4 OR u.i = 2 OR u.i = 3, u.host IS NULL AND fixture_gen.n('ucat', u.i, 4) = 0,
       u.i > 4 AND fixture_gen.n('uex', u.i, 10) <> 0, u.host IS NULL AND u.i > 4 AND fixture_gen.n('uhib', u.i, 12) = 0,
       u.host IS NULL AND fixture_gen.n('rsv', u.i, 15) = 0,
       CASE WHEN u.host IS NULL AND fixture_gen.n('mfo', u.i, 20) = 0 THEN -2592000 END,
       CASE WHEN u.host IS NULL AND fixture_gen.n('mhb', u.i, 25) = 0 THEN -31536000 END,
       u.i = 317,
       CASE WHEN u.dname LIKE '%:nekomimi:%' AND u.host IS NOT NULL THEN '{nekomimi}'::varchar[] ELSE '{}' END,
       fixture_gen.pick(ARRAY['mutual', 'mutual', 'mutual', 'followers', 'everyone', 'none'], 'ucs', u.i),
       u.host,
       CASE WHEN u.host IS NOT NULL THEN mkgen.actor(u.i) || '/inbox' END,
       CASE WHEN u.host IS NOT NULL THEN 'https://' || u.host || '/inbox' END,
       CASE WHEN u.host IS NOT NULL THEN mkgen.actor(u.i) || '/collections/featured' END,
       CASE WHEN u.host IS NOT NULL THEN mkgen.actor(u.i) END,
       CASE WHEN u.host IS NOT NULL THEN mkgen.actor(u.i) || '/followers' END,
       CASE WHEN u.host IS NULL THEN mkgen.rnd('utok', u.i, 16) END
FROM mkgen.u u ORDER BY u.i;

-- fill: a template with a user's details (%n full name, %f given name, %u
-- username, %c city, %p phone, %e email, %b birthday, %s site, %o other handle).
CREATE FUNCTION mkgen.fill(t text, k bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(t,
         '%n', coalesce(kfull, f || ' ' || l, uname)), '%f', coalesce(kana, f, uname)), '%u', uname), '%c', coalesce(city, '')), '%p', coalesce(phone, '')),
         '%e', coalesce(email, mkgen.fold(coalesce(f, uname)) || '@gmail.com')), '%b', to_char(bday, 'FMMM月FMDD日')), '%s', coalesce(site, '')), '%o', coalesce(other, ''))
  FROM mkgen.u WHERE i = k $$;

CREATE TABLE "user_profile" (
  "userId" varchar(32) NOT NULL,
  "location" character varying(128),
  "birthday" character(10),
  "description" character varying(2048),
  "followedMessage" character varying(256),
  "fields" jsonb NOT NULL DEFAULT '[]',
  "verifiedLinks" character varying array NOT NULL DEFAULT '{}',
  "lang" character varying(32),
  "url" character varying(512),
  "email" character varying(128),
  "emailVerifyCode" character varying(128),
  "emailVerified" boolean NOT NULL DEFAULT false,
  "emailNotificationTypes" jsonb NOT NULL DEFAULT '["follow", "receiveFollowRequest"]',
  "publicReactions" boolean NOT NULL DEFAULT true,
  "followingVisibility" "public"."user_profile_followingvisibility_enum" NOT NULL DEFAULT 'public',
  "followersVisibility" "public"."user_profile_followersvisibility_enum" NOT NULL DEFAULT 'public',
  "twoFactorTempSecret" character varying(128),
  "twoFactorSecret" character varying(128),
  "twoFactorBackupSecret" character varying array,
  "twoFactorEnabled" boolean NOT NULL DEFAULT false,
  "securityKeysAvailable" boolean NOT NULL DEFAULT false,
  "usePasswordLessLogin" boolean NOT NULL DEFAULT false,
  "password" character varying(128),
  "moderationNote" character varying(8192) NOT NULL DEFAULT '',
  "clientData" jsonb NOT NULL DEFAULT '{}',
  "room" jsonb NOT NULL DEFAULT '{}',
  "autoAcceptFollowed" boolean NOT NULL DEFAULT false,
  "noCrawle" boolean NOT NULL DEFAULT false,
  "preventAiLearning" boolean NOT NULL DEFAULT true,
  "alwaysMarkNsfw" boolean NOT NULL DEFAULT false,
  "autoSensitive" boolean NOT NULL DEFAULT false,
  "carefulBot" boolean NOT NULL DEFAULT false,
  "injectFeaturedNote" boolean NOT NULL DEFAULT true,
  "receiveAnnouncementEmail" boolean NOT NULL DEFAULT true,
  "pinnedPageId" varchar(32),
  "enableWordMute" boolean NOT NULL DEFAULT false,
  "mutedWords" jsonb NOT NULL DEFAULT '[]',
  "hardMutedWords" jsonb NOT NULL DEFAULT '[]',
  "mutedInstances" jsonb NOT NULL DEFAULT '[]',
  "notificationRecieveConfig" jsonb NOT NULL DEFAULT '{}',
  "loggedInDates" character varying(32) array NOT NULL DEFAULT '{}',
  "achievements" jsonb NOT NULL DEFAULT '[]',
  "userHost" character varying(128),
  CONSTRAINT "PK_51cb79b5555effaf7d69ba1cff9" PRIMARY KEY ("userId"),
  CONSTRAINT "UQ_6dc44f1ceb65b1e72bacef2ca27" UNIQUE ("pinnedPageId")
);

INSERT INTO "user_profile"
SELECT u.id,
       CASE WHEN u.i BETWEEN 2 AND 4 OR u.bot THEN NULL WHEN u.i = 1 THEN '東京都杉並区' WHEN fixture_gen.n('ploc', u.i, 3) <> 0 THEN u.city END,
       CASE WHEN u.i > 4 AND NOT u.bot AND (u.host IS NULL OR u.soft = 'misskey') AND fixture_gen.n('pbd', u.i, 5) < 2 THEN to_char(u.bday, 'YYYY-MM-DD') END,
       CASE WHEN u.i = 2 THEN NULL WHEN u.i = 3 THEN NULL WHEN u.i = 4 THEN 'Proxy account of hoshi.example (used to fetch remote content).'
            WHEN u.i = 1 THEN 'ほしぞら (hoshi.example) の管理人です。問い合わせは aoi.hoshino@hoshi.example か DM まで。緊急時: 080-4417-2093'
            WHEN u.bot THEN (ARRAY['気象庁の発表をもとに毎朝7時に天気予報を投稿します。運営: @hoshino_aoi', '緊急地震速報・地震情報を自動で投稿します。', 'ほしぞらのお知らせRSS', '1時間ごとに猫の画像を投稿するbotです', '毎日クイズを出題します！', 'ローカルTLのトレンドを集計しています'])[1 + (u.i / 37) % 6]
            ELSE mkgen.fill((ARRAY[
              '%c在住の絵描き。依頼はskebかメール(%e)でお願いします。無断転載禁止。',
              'ねこと暮らしてます🐈 %b生まれ。%cの片隅で会社員。',
              '大学生です。DMはフォロー外からも歓迎。LINE: %u',
              'Illustrator based in %c. Commissions open! Contact: %e',
              '趣味垢です。リアルの知り合いはブロックします。',
              'Software engineer. Rust, Go, TypeScript. Opinions are my own. %s',
              '二児の母。%cで小さなパン屋をしています。ご予約は %p まで。',
              '$[x2 🌸] $[fg.color=ff69b4 %f] です！ VTuber活動中 / 中の人: %n',
              'ゲームとアニメ。%o でも活動中。',
              'Photographer. Prints & workshops: %s — %c',
              '',
              'ただの猫好き。'])[1 + fixture_gen.n('pds', u.i, 12)], u.i) END,
       CASE WHEN u.host IS NULL AND u.i > 4 AND fixture_gen.n('pfm', u.i, 9) = 0 THEN mkgen.fill((ARRAY['フォローありがとうございます！ 仕事のご依頼は %e まで。', 'Thanks for the follow! DMs open.', 'フォローありがとう〜 LINEも気軽にどうぞ (ID: %u)'])[1 + fixture_gen.n('pfmt', u.i, 3)], u.i) END,
       CASE WHEN u.i BETWEEN 2 AND 4 OR u.bot OR fixture_gen.n('pfl', u.i, 3) = 0 THEN '[]'::jsonb
            ELSE jsonb_build_array(
              jsonb_build_object('name', fixture_gen.pick(ARRAY['Website', 'ホームページ', 'Portfolio', 'Web'], 'pfw', u.i), 'value', u.site),
              jsonb_build_object('name', fixture_gen.pick(ARRAY['Pronouns', '代名詞', 'X (Twitter)', 'pixiv', 'Mail', 'Birthday'], 'pf2', u.i),
                                 'value', CASE fixture_gen.pick(ARRAY['Pronouns', '代名詞', 'X (Twitter)', 'pixiv', 'Mail', 'Birthday'], 'pf2', u.i)
                                           WHEN 'Pronouns' THEN fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them'], 'pfp', u.i) WHEN '代名詞' THEN fixture_gen.pick(ARRAY['she/her', 'he/him'], 'pfp', u.i)
                                           WHEN 'X (Twitter)' THEN 'https://x.com/' || u.uname || '_art' WHEN 'pixiv' THEN 'https://www.pixiv.net/users/' || fixture_gen.digits('pfx', u.i, 8)
                                           WHEN 'Mail' THEN u.email ELSE to_char(u.bday, 'YYYY/MM/DD') END),
              jsonb_build_object('name', 'Location', 'value', u.city)) END,
       CASE WHEN u.i > 4 AND NOT u.bot AND fixture_gen.n('pfl', u.i, 3) <> 0 AND fixture_gen.n('pvl', u.i, 2) = 0 THEN ARRAY[u.site]::varchar[] ELSE '{}' END,
       CASE WHEN u.host IS NOT NULL THEN NULL WHEN u.jp OR u.i <= 4 THEN 'ja-JP' ELSE fixture_gen.pick(ARRAY['en-US', 'en-US', 'de-DE', 'ko-KR', 'zh-CN'], 'plg', u.i) END,
       CASE WHEN u.host IS NULL THEN NULL WHEN u.soft IN ('misskey', 'sharkey') THEN 'https://' || u.host || '/@' || u.uname ELSE 'https://' || u.host || '/@' || u.uname END,
       CASE WHEN u.host IS NULL AND u.i NOT IN (2, 3) AND NOT u.bot THEN CASE WHEN u.i = 4 THEN NULL ELSE u.email END WHEN u.bot THEN 'admin@hoshi.example' END,
       CASE WHEN u.host IS NULL AND u.i > 4 AND NOT u.bot AND fixture_gen.n('pev', u.i, 10) = 0 THEN mkgen.rnd('pevc', u.i, 16) END,
       u.host IS NULL AND u.i NOT IN (2, 3, 4) AND fixture_gen.n('pev', u.i, 10) <> 0,
       CASE WHEN u.host IS NULL AND fixture_gen.n('pent', u.i, 4) = 0 THEN '["follow", "receiveFollowRequest", "groupInvited"]'::jsonb WHEN u.host IS NULL THEN '["follow", "receiveFollowRequest"]' ELSE '[]' END,
       fixture_gen.n('ppr', u.i, 6) <> 0,
       fixture_gen.pick(ARRAY['public', 'public', 'public', 'followers', 'private'], 'pfv', u.i)::user_profile_followingvisibility_enum,
       fixture_gen.pick(ARRAY['public', 'public', 'public', 'followers', 'private'], 'pfr', u.i)::user_profile_followersvisibility_enum,
       CASE WHEN u.host IS NULL AND u.i > 4 AND fixture_gen.n('p2t', u.i, 25) = 0 THEN mkgen.b32('p2ts', u.i, 32) END,
       CASE WHEN u.host IS NULL AND (u.i = 1 OR (u.i > 4 AND fixture_gen.n('p2f', u.i, 5) = 0)) THEN mkgen.b32('p2fs', u.i, 32) END,
       CASE WHEN u.host IS NULL AND (u.i = 1 OR (u.i > 4 AND fixture_gen.n('p2f', u.i, 5) = 0)) THEN ARRAY[mkgen.b32('p2b1', u.i, 32), mkgen.b32('p2b2', u.i, 32), mkgen.b32('p2b3', u.i, 32), mkgen.b32('p2b4', u.i, 32), mkgen.b32('p2b5', u.i, 32)]::varchar[] END,
       u.host IS NULL AND (u.i = 1 OR (u.i > 4 AND fixture_gen.n('p2f', u.i, 5) = 0)),
       u.host IS NULL AND (u.i = 1 OR (u.i > 4 AND fixture_gen.n('p2f', u.i, 5) = 0 AND u.i % 2 = 0)),
       u.host IS NULL AND u.i > 4 AND fixture_gen.n('p2f', u.i, 5) = 0 AND u.i % 4 = 0,
       CASE WHEN u.host IS NULL AND u.i NOT IN (2, 3) THEN mkgen.bcrypt('ppw', u.i) END,
       CASE WHEN u.i = 66 THEN 'スパム報告多数。2024-08-02 凍結。本人から 090-3381-7720 に電話あり、別アカウント @onigiri_kai で復帰を希望。'
            WHEN u.i = 133 THEN '他ユーザーの住所(' || fixture_gen.street('mnst', 133) || ')を晒したため凍結。被害者: ' || mkgen.fill('%n', 140) || ' さん。'
            WHEN u.i = 317 THEN 'Remote account impersonating ' || mkgen.fill('%n', 20) || ' (@' || mkgen.fill('%u', 20) || '). Reported by her sister. Suspended.'
            WHEN u.i > 4 AND fixture_gen.n('pmn', u.i, 14) = 0 THEN mkgen.fill((ARRAY['本名 %n。オフ会の幹事。連絡先 %p', '未成年の可能性あり(本人申告 %b生まれ)。保護者の連絡先: %e', 'Real name %n, works at a school in %c. Asked us to hide her from search.', '招待コードを転売していた疑い。メール: %e'])[1 + fixture_gen.n('pmnt', u.i, 4)], u.i)
            ELSE '' END,
       CASE WHEN u.host IS NULL AND u.i > 4 AND u.i < 120 AND fixture_gen.n('pcd', u.i, 2) = 0 THEN
         jsonb_build_object('lightTheme', 'l-light', 'darkTheme', 'd-dark', 'reactions', jsonb_build_array('👍', '❤', '😆', '🤔', '🎉', ':nekomimi:'),
           'widgets', jsonb_build_array(jsonb_build_object('name', 'memo', 'id', 'a' || fixture_gen.digits('pcw', u.i, 6), 'place', 'right',
                        'data', jsonb_build_object('text', mkgen.fill((ARRAY['病院 %p 火曜 15時', '引っ越し先: %c ' || fixture_gen.street('pcst', u.i) || ' 〒' || fixture_gen.digits('pczp', u.i, 3) || '-' || fixture_gen.digits('pczq', u.i, 4),
                          'todo: 確定申告、マイナンバー ' || fixture_gen.digits('pcmy', u.i, 4) || ' ' || fixture_gen.digits('pcmz', u.i, 4) || ' ' || fixture_gen.digits('pcmw', u.i, 4) || ' を控える', 'commission queue: @' || mkgen.fill('%u', u.i + 7) || ', @' || mkgen.fill('%u', u.i + 11), 'たまご、牛乳、猫砂'])[1 + fixture_gen.n('pcmt', u.i, 5)], u.i))),
                        jsonb_build_object('name', 'calendar', 'id', 'b' || fixture_gen.digits('pcv', u.i, 6), 'place', 'right', 'data', '{"transparent": false}'::jsonb)),
           'tl', jsonb_build_object('src', 'home'), 'showFullAcct', false)
            ELSE '{}' END,
       CASE WHEN u.host IS NULL AND u.i > 4 AND fixture_gen.n('prm', u.i, 8) = 0 THEN
         jsonb_build_object('roomType', 'default', 'carpetColor', '#85CAF0', 'furnitures', jsonb_build_array(jsonb_build_object('id', fixture_gen.uuid('prf', u.i), 'type', 'plant', 'position', jsonb_build_object('x', 1.2, 'y', 0, 'z', -0.4), 'rotation', jsonb_build_object('x', 0, 'y', 0, 'z', 0))))
            ELSE '{}' END,
       u.host IS NULL AND fixture_gen.n('paaf', u.i, 3) = 0, fixture_gen.n('pnc', u.i, 6) = 0, fixture_gen.n('pai', u.i, 5) <> 0,
       fixture_gen.n('pnsf', u.i, 20) = 0, fixture_gen.n('pas', u.i, 15) = 0, fixture_gen.n('pcb', u.i, 10) = 0, fixture_gen.n('pif', u.i, 7) <> 0, fixture_gen.n('pra', u.i, 9) <> 0,
       NULL,
       u.host IS NULL AND fixture_gen.n('pwm', u.i, 4) = 0,
       CASE WHEN u.host IS NULL AND fixture_gen.n('pwm', u.i, 4) = 0 THEN
         CASE fixture_gen.n('pwmt', u.i, 4) WHEN 0 THEN '[["ネタバレ"], ["spoiler"]]'::jsonb WHEN 1 THEN ('[["' || mkgen.fill('%n', u.i + 3) || '"], ["@' || mkgen.fill('%u', u.i + 3) || '"]]')::jsonb
              WHEN 2 THEN '[["政治"], ["選挙"], ["/株価|FX/"]]'::jsonb ELSE ('[["' || mkgen.fill('%f', u.i + 9) || '", "元カレ"], ["地震"]]')::jsonb END ELSE '[]' END,
       CASE WHEN u.host IS NULL AND fixture_gen.n('phm', u.i, 10) = 0 THEN '[["/(副業|稼げる)/"], ["crypto airdrop"]]'::jsonb ELSE '[]' END,
       CASE WHEN u.host IS NULL AND fixture_gen.n('pmi', u.i, 9) = 0 THEN '["pawoo.net", "mstdn.jp"]'::jsonb ELSE '[]' END,
       CASE WHEN u.host IS NULL AND fixture_gen.n('pnr', u.i, 5) = 0 THEN '{"reaction": {"type": "following"}, "renote": {"type": "all"}, "app": {"type": "never"}}'::jsonb ELSE '{}' END,
       CASE WHEN u.host IS NULL AND u.i NOT IN (2, 3, 4) THEN ARRAY(SELECT to_char(date '2025-05-31' - d * (1 + fixture_gen.n('pld', u.i, 3)), 'YYYY/MM/DD') FROM generate_series(0, fixture_gen.n('pldn', u.i, 6)) d ORDER BY d DESC)::varchar[] ELSE '{}' END,
       CASE WHEN u.host IS NULL AND u.i NOT IN (2, 3, 4) THEN ('[{"name": "notes1", "unlockedAt": ' || (extract(epoch FROM u.cr) * 1000)::bigint + 600000 || '}, {"name": "login3", "unlockedAt": ' || (extract(epoch FROM u.cr) * 1000)::bigint + 259200000 || '}' ||
                  CASE WHEN u.i % 3 = 0 THEN ', {"name": "markedAsCat", "unlockedAt": ' || (extract(epoch FROM u.cr) * 1000)::bigint + 7200000 || '}' ELSE '' END || ']')::jsonb ELSE '[]' END,
       u.host
FROM mkgen.u u ORDER BY u.i;

CREATE TABLE "user_keypair" (
  "userId" varchar(32) NOT NULL,
  "publicKey" character varying(4096) NOT NULL,
  "privateKey" character varying(4096) NOT NULL,
  CONSTRAINT "PK_f4853eb41ab722fe05f81cedeb6" PRIMARY KEY ("userId")
);
INSERT INTO "user_keypair" SELECT id, mkgen.pubkey('kp', i), mkgen.privkey('kp', i) FROM mkgen.u WHERE host IS NULL ORDER BY i;

CREATE TABLE "user_publickey" (
  "userId" varchar(32) NOT NULL,
  "keyId" character varying(256) NOT NULL,
  "keyPem" character varying(4096) NOT NULL,
  CONSTRAINT "PK_10c146e4b39b443ede016f6736d" PRIMARY KEY ("userId")
);
INSERT INTO "user_publickey" SELECT id, mkgen.actor(i) || CASE WHEN soft = 'gotosocial' THEN '/main-key' ELSE '#main-key' END, mkgen.pubkey('rpk', i) FROM mkgen.u WHERE host IS NOT NULL ORDER BY i;

-- user agents and request headers of the web client.
CREATE FUNCTION mkgen.ua(tag text, k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0'], tag, k) $$;

CREATE FUNCTION mkgen.ip(tag text, k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v6', k, 4) = 0 THEN fixture_gen.ipv6(tag, k)
              ELSE fixture_gen.pick(ARRAY['126.', '133.', '153.', '180.', '219.', '106.', '49.', '60.'], tag || 'p', k) || fixture_gen.n(tag || 'b', k, 256) || '.' || fixture_gen.n(tag || 'c', k, 256) || '.' || (1 + fixture_gen.n(tag || 'd', k, 254)) END $$;

CREATE TABLE "signin" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "ip" character varying(128) NOT NULL,
  "headers" jsonb NOT NULL,
  "success" boolean NOT NULL,
  CONSTRAINT "PK_9e96ddc025712616fc492b3b588" PRIMARY KEY ("id")
);
CREATE INDEX "IDX_2c308dbdc50d94dc625670055f" ON "signin" ("userId");
INSERT INTO "signin"
SELECT mkgen.aid(t, 'si', k), u.id, ip,
       jsonb_build_object('host', 'hoshi.example', 'connection', 'upgrade', 'x-real-ip', ip, 'x-forwarded-for', ip, 'x-forwarded-proto', 'https',
         'content-type', 'application/json', 'user-agent', mkgen.ua('siua', u.i + k % 3), 'accept', '*/*', 'origin', 'https://hoshi.example', 'referer', 'https://hoshi.example/',
         'accept-language', CASE WHEN u.jp THEN 'ja,en-US;q=0.9,en;q=0.8' ELSE 'en-US,en;q=0.9' END, 'accept-encoding', 'gzip, deflate, br')
       || CASE WHEN fixture_gen.n('sick', k, 2) = 0 THEN jsonb_build_object('cookie', 'token=' || mkgen.rnd('utok', u.i, 16) || '; _pk_id.1.c3a2=' || fixture_gen.hexn('pk', u.i, 16) || '.' || (1650000000 + u.i * 1000)) ELSE '{}' END,
       fixture_gen.n('sisc', k, 6) <> 0
FROM generate_series(1, 500) k
CROSS JOIN LATERAL (SELECT * FROM mkgen.u WHERE i = CASE WHEN k <= 60 THEN 1 ELSE mkgen.lu('silu', k) END) u
CROSS JOIN LATERAL (SELECT greatest(u.cr, mkgen.at('sit', k, '2024-06-01', '2025-05-31')) AS t, mkgen.ip('siip', u.i * 3 + k % 3) AS ip) x
ORDER BY t;

CREATE TABLE "user_ip" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "userId" varchar(32) NOT NULL,
  "ip" character varying(128) NOT NULL,
  CONSTRAINT "PK_2c44ddfbf7c0464d028dcef325e" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "IDX_361b500e06721013c124b7b6c5" ON "user_ip" ("userId", "ip");
INSERT INTO "user_ip" ("createdAt", "userId", "ip")
SELECT min(t), uid, ip FROM (
  SELECT mkgen.at('uipt', k, '2024-01-01', '2025-05-31') AS t, mkgen.uid(mkgen.lu('uipu', k)) AS uid, mkgen.ip('siip', mkgen.lu('uipu', k) * 3 + k % 3) AS ip
  FROM generate_series(1, 400) k) x
GROUP BY uid, ip ORDER BY min(t);

-- Notes: 1-900, one every ~13 hours from 2024-01; a quarter from remote
-- users; some renotes, replies, polls, channel posts and files.
CREATE FUNCTION mkgen.ncr(k bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamptz '2024-01-01 00:00:00+00' + k * interval '13 hours' + make_interval(secs => fixture_gen.n('ncr', k, 40000)) + fixture_gen.n('ncrms', k, 1000) * interval '1 ms' $$;
CREATE FUNCTION mkgen.nid(k bigint) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT mkgen.aid(mkgen.ncr(k), 'n', k) $$;
CREATE FUNCTION mkgen.chid(c bigint) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT mkgen.aid(timestamptz '2022-05-01 10:00:00+00' + c * interval '37 days', 'ch', c) $$;

CREATE TABLE mkgen.nt AS
SELECT k, a, m, mkgen.ncr(k) AS cr, mkgen.nid(k) AS id,
       CASE WHEN k > 20 AND fixture_gen.n('nren', k, 7) = 0 THEN 'renote' WHEN k > 20 AND fixture_gen.n('nrep', k, 5) = 0 THEN 'reply' ELSE 'note' END AS kind,
       fixture_gen.n('ntpl', k, 24) AS tpl
FROM (SELECT k, CASE WHEN fixture_gen.n('nrem', k, 4) = 0 THEN mkgen.ru('nau', k) WHEN k % 97 = 0 THEN 1 ELSE mkgen.lu('nau', k) END AS a,
             CASE WHEN fixture_gen.n('nmr', k, 3) = 0 THEN mkgen.ru('nmu', k) ELSE mkgen.lu('nmu', k) END AS m
      FROM generate_series(1, 900) k) x;
UPDATE mkgen.nt SET a = mkgen.lu('nau2', k) WHERE a IN (SELECT i FROM mkgen.u WHERE bot);
UPDATE mkgen.nt SET a = 1 + (k / 37) % 6 * 37 + 37 - 37, tpl = 100 WHERE k % 23 = 0;
UPDATE mkgen.nt SET a = (ARRAY[37, 74, 111, 148, 185, 222])[1 + (k / 23) % 6] WHERE tpl = 100;
CREATE UNIQUE INDEX ON mkgen.nt (k);

-- mtext: the mention of user k as written in a note (@user or @user@host).
CREATE FUNCTION mkgen.mtext(k bigint) RETURNS text LANGUAGE sql STABLE AS $$ SELECT '@' || uname || coalesce('@' || host, '') FROM mkgen.u WHERE i = k $$;

CREATE TABLE "note" (
  "id" varchar(32) NOT NULL,
  "replyId" varchar(32),
  "renoteId" varchar(32),
  "threadId" character varying(256),
  "text" text,
  "name" character varying(256),
  "cw" character varying(512),
  "userId" varchar(32) NOT NULL,
  "localOnly" boolean NOT NULL DEFAULT false,
  "reactionAcceptance" character varying(64),
  "renoteCount" smallint NOT NULL DEFAULT 0,
  "repliesCount" smallint NOT NULL DEFAULT 0,
  "clippedCount" smallint NOT NULL DEFAULT 0,
  "reactions" jsonb NOT NULL DEFAULT '{}',
  "visibility" "public"."note_visibility_enum" NOT NULL,
  "uri" character varying(512),
  "url" character varying(512),
  "fileIds" varchar(32) array NOT NULL DEFAULT '{}',
  "attachedFileTypes" character varying(256) array NOT NULL DEFAULT '{}',
  "visibleUserIds" varchar(32) array NOT NULL DEFAULT '{}',
  "mentions" varchar(32) array NOT NULL DEFAULT '{}',
  "mentionedRemoteUsers" text NOT NULL DEFAULT '[]',
  "reactionAndUserPairCache" character varying(1024) array NOT NULL DEFAULT '{}',
  "emojis" character varying(128) array NOT NULL DEFAULT '{}',
  "tags" character varying(128) array NOT NULL DEFAULT '{}',
  "hasPoll" boolean NOT NULL DEFAULT false,
  "channelId" varchar(32),
  "userHost" character varying(128),
  "replyUserId" varchar(32),
  "replyUserHost" character varying(128),
  "renoteUserId" varchar(32),
  "renoteUserHost" character varying(128),
  "renoteChannelId" varchar(32),
  CONSTRAINT "PK_96d0c172a4fba276b1bbed43058" PRIMARY KEY ("id")
);
CREATE INDEX "IDX_5b87d9d19127bd5d92026017a7" ON "note" ("userId");

-- the note a reply or renote points at (an earlier note of another kind).
CREATE FUNCTION mkgen.target(k bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(1, k - 1 - fixture_gen.n('ntgt', k, 15)) $$;

INSERT INTO "note"
SELECT n.id,
       CASE WHEN n.kind = 'reply' THEN mkgen.nid(mkgen.target(n.k)) END,
       CASE WHEN n.kind = 'renote' THEN mkgen.nid(mkgen.target(n.k)) END,
       CASE WHEN n.kind = 'reply' THEN mkgen.nid(greatest(1, mkgen.target(n.k) - fixture_gen.n('nthr', n.k, 3))) END,
       CASE WHEN n.kind = 'renote' THEN NULL
            WHEN n.tpl = 100 THEN (ARRAY['【天気】東京 晴れ 最高24℃ 最低15℃ / 大阪 くもり 最高23℃', '【地震情報】震源: 千葉県東方沖 M4.2 最大震度3', '【ほしぞら】メンテナンスのお知らせ 6/2 3:00-4:00', 'にゃーん 🐈 #cat', 'Q. 日本で一番高い山は？', 'ローカルTLのトレンド: #イラスト #ゲーム #お弁当'])[1 + (n.k / 23) % 6]
            ELSE (CASE WHEN n.kind = 'reply' THEN mkgen.mtext((SELECT a FROM mkgen.nt t WHERE t.k = mkgen.target(n.k))) || ' ' ELSE '' END) ||
              replace(replace(replace(mkgen.fill((ARRAY[
              'おはようございます☀️ 今日も一日がんばろ',
              '%M 誕生日おめでとう🎉🎂',
              '【拡散希望】%cで三毛猫を保護しました。飼い主さんは %p (%n) までご連絡ください。',
              '財布を拾って交番に届けました。中に %X さんの免許証が入ってたので、心当たりのある方は警察へ',
              'コミッション納品しました！ %M さんありがとうございました✨ #イラスト',
              '引っ越しました。新住所は %A です。年賀状よろしく〜',
              '新作イラスト描きました #イラスト #絵描きさんと繋がりたい',
              'Met %M at the meetup today, so nice! If anyone else got lost, call me at %p',
              'The weather in %c is lovely today.',
              'ラーメン食べた🍜 うまい',
              'オフ会の集合場所は %A の前です。遅れる人は %e か %p へ連絡を',
              'Just shipped a new release of my side project 🎉 %s',
              '$[x2 わーい] 新しいデコ届いた',
              '母が入院しました。%c の病院です。しばらく浮上少なめになります',
              '%M 先日はありがとうございました！またお茶しましょう',
              'Looking for a flatmate in %c, DM me or email %e',
              'スプラやる人〜？ フレコード SW-' || fixture_gen.digits('nsw', n.k, 4) || '-' || fixture_gen.digits('nsw2', n.k, 4) || '-' || fixture_gen.digits('nsw3', n.k, 4),
              '今日のお弁当 #お弁当',
              'Happy birthday to my little sister %X 🎂',
              '推しのライブ最高だった…',
              '%M DMの件、電話番号は %p です。夜なら出られます',
              'Rust のライフタイムやっと分かってきた',
              '夜勤明け。おやすみなさい',
              '猫が膝から降りてくれない'])[1 + n.tpl], n.a),
              '%M', mkgen.mtext(n.m)), '%X', (SELECT coalesce(kfull, f || ' ' || l, uname) FROM mkgen.u WHERE i = n.m)),
              '%A', fixture_gen.pick(ARRAY['東京都世田谷区北沢2-' || fixture_gen.n('nad1', n.k, 40) || '-' || fixture_gen.n('nad2', n.k, 20), '大阪市北区梅田1丁目' || fixture_gen.n('nad1', n.k, 12) || '-' || fixture_gen.n('nad2', n.k, 30), fixture_gen.street('nad', n.k) || ', ' || fixture_gen.city('nad', n.k)], 'nadp', n.k)) END,
       CASE WHEN n.k % 61 = 0 AND EXISTS (SELECT 1 FROM mkgen.u WHERE i = n.a AND host IS NOT NULL) THEN fixture_gen.pick(ARRAY['My homelab in 2024', '近況報告', 'Notes on moving to Misskey'], 'nnm', n.k) END,
       CASE WHEN n.kind <> 'renote' AND fixture_gen.n('ncw', n.k, 9) = 0 THEN fixture_gen.pick(ARRAY['ネタバレ注意', '体調の話', 'Long post', 'センシティブ', '愚痴', 'health, surgery', '家族の話', 'mental health'], 'ncwt', n.k) END,
       u.id,
       u.host IS NULL AND fixture_gen.n('nlo', n.k, 10) = 0,
       CASE WHEN u.host IS NULL THEN fixture_gen.pick(ARRAY[NULL, 'likeOnly', 'likeOnlyForRemote', 'nonSensitiveOnly', NULL, NULL], 'nra', n.k) END,
       fixture_gen.n('nrc', n.k, 4), fixture_gen.n('nrpc', n.k, 3), fixture_gen.n('ncc', n.k, 2),
       CASE WHEN n.kind = 'renote' THEN '{}'::jsonb ELSE ('{"👍": ' || fixture_gen.n('nr1', n.k, 9) || ', ":nekomimi:": ' || fixture_gen.n('nr2', n.k, 5) || ', "❤": ' || fixture_gen.n('nr3', n.k, 7) || '}')::jsonb END,
       CASE WHEN n.tpl IN (5, 20) THEN 'followers' WHEN n.tpl = 14 AND n.k % 2 = 0 THEN 'specified' ELSE fixture_gen.pick(ARRAY['public', 'public', 'public', 'home', 'followers'], 'nvis', n.k) END::note_visibility_enum,
       CASE WHEN u.host IS NULL THEN NULL WHEN u.soft IN ('misskey', 'sharkey') THEN 'https://' || u.host || '/notes/' || mkgen.aid(n.cr - interval '3 s', 'rn', n.k)
            ELSE mkgen.actor(u.i) || '/statuses/' || (110000000000000000 + n.k * 9876543210)::text END,
       CASE WHEN u.host IS NULL THEN NULL WHEN u.soft IN ('misskey', 'sharkey') THEN 'https://' || u.host || '/notes/' || mkgen.aid(n.cr - interval '3 s', 'rn', n.k)
            ELSE 'https://' || u.host || '/@' || u.uname || '/' || (110000000000000000 + n.k * 9876543210)::text END,
       CASE WHEN n.kind <> 'renote' AND (n.tpl IN (4, 6, 17) OR fixture_gen.n('nfl', n.k, 10) = 0) THEN ARRAY[mkgen.fid(841 + n.k % 460)]::varchar[] ELSE '{}' END,
       CASE WHEN n.kind <> 'renote' AND (n.tpl IN (4, 6, 17) OR fixture_gen.n('nfl', n.k, 10) = 0) THEN '{image/jpeg}'::varchar[] ELSE '{}' END,
       CASE WHEN n.tpl = 14 AND n.k % 2 = 0 THEN ARRAY[mkgen.uid(n.m)]::varchar[] ELSE '{}' END,
       CASE WHEN n.kind = 'renote' THEN '{}'::varchar[]
            WHEN n.tpl IN (1, 4, 7, 14, 20) THEN ARRAY[mkgen.uid(n.m)]::varchar[] ELSE '{}' END,
       CASE WHEN n.kind <> 'renote' AND n.tpl IN (1, 4, 7, 14, 20) AND n.m > 260 THEN
              (SELECT jsonb_build_array(jsonb_build_object('uri', mkgen.actor(m.i), 'url', 'https://' || m.host || '/@' || m.uname, 'username', m.uname, 'host', m.host))::text FROM mkgen.u m WHERE m.i = n.m)
            ELSE '[]' END,
       CASE WHEN n.kind = 'renote' THEN '{}'::varchar[] ELSE ARRAY[mkgen.uid(mkgen.lu('nrp', n.k)) || '/👍', mkgen.uid(mkgen.lu('nrq', n.k)) || '/:nekomimi@.:']::varchar[] END,
       CASE WHEN n.tpl = 12 THEN '{}'::varchar[] ELSE '{}' END,
       CASE n.tpl WHEN 4 THEN '{イラスト}'::varchar[] WHEN 6 THEN '{イラスト,絵描きさんと繋がりたい}' WHEN 17 THEN '{お弁当}' ELSE '{}' END,
       n.kind = 'note' AND n.k % 29 = 0,
       CASE WHEN n.kind = 'note' AND n.k % 17 = 0 THEN mkgen.chid(1 + n.k % 12) END,
       u.host,
       CASE WHEN n.kind = 'reply' THEN mkgen.uid((SELECT a FROM mkgen.nt t WHERE t.k = mkgen.target(n.k))) END,
       CASE WHEN n.kind = 'reply' THEN (SELECT host FROM mkgen.u WHERE i = (SELECT a FROM mkgen.nt t WHERE t.k = mkgen.target(n.k))) END,
       CASE WHEN n.kind = 'renote' THEN mkgen.uid((SELECT a FROM mkgen.nt t WHERE t.k = mkgen.target(n.k))) END,
       CASE WHEN n.kind = 'renote' THEN (SELECT host FROM mkgen.u WHERE i = (SELECT a FROM mkgen.nt t WHERE t.k = mkgen.target(n.k))) END,
       NULL
FROM mkgen.nt n JOIN mkgen.u u ON u.i = n.a
ORDER BY n.k;

-- Drive files: 1-420 avatars, 421-840 banners (of the users that have one),
-- 841-1300 uploads and cached remote media.
CREATE TABLE mkgen.df AS
SELECT k, mkgen.fid(k) AS id, mkgen.fcr(k) AS cr,
       CASE WHEN k <= 420 THEN k WHEN k <= 840 THEN k - 420 WHEN fixture_gen.n('dfrm', k, 5) = 0 THEN mkgen.ru('dfo', k) ELSE mkgen.lu('dfo', k) END AS o,
       CASE WHEN k <= 420 THEN 'avatar' WHEN k <= 840 THEN 'banner' ELSE 'upload' END AS kind,
       fixture_gen.n('dfnm', k, 20) AS nt
FROM generate_series(1, 1300) k
WHERE (k <= 420 AND mkgen.hasavatar(k)) OR (k > 420 AND k <= 840 AND mkgen.hasbanner(k - 420)) OR k > 840;
ALTER TABLE mkgen.df ADD COLUMN remote boolean, ADD COLUMN fname text, ADD COLUMN mime text, ADD COLUMN ext text;
UPDATE mkgen.df d SET remote = u.host IS NOT NULL FROM mkgen.u u WHERE u.i = d.o;
UPDATE mkgen.df d SET
  fname = CASE WHEN d.remote AND d.kind = 'avatar' THEN regexp_replace(mkgen.rmedia(d.o, 'avatar'), '^.*/', '')
               WHEN d.remote AND d.kind = 'banner' THEN regexp_replace(mkgen.rmedia(d.o, 'header'), '^.*/', '')
               WHEN d.remote THEN regexp_replace(mkgen.rmedia(d.o, 'media' || d.k), '^.*/', '')
               WHEN d.kind = 'avatar' THEN mkgen.fill((ARRAY['avatar.png', 'IMG_' || fixture_gen.digits('dfa', d.k, 4) || '.JPG', 'アイコン_%n.png', 'icon_%u.jpg', '%n 自撮り.jpg', 'profile.jpg'])[1 + d.nt % 6], d.o)
               WHEN d.kind = 'banner' THEN (ARRAY['header.png', 'banner.jpg', 'IMG_' || fixture_gen.digits('dfb', d.k, 4) || '.JPG', 'ヘッダー.png'])[1 + d.nt % 4]
               ELSE mkgen.fill((ARRAY['IMG_2024' || fixture_gen.digits('dfi', d.k, 4) || '_' || fixture_gen.digits('dfj', d.k, 6) || '.jpg', 'スクリーンショット 2024-' || lpad((1 + d.k % 12)::text, 2, '0') || '-1' || d.k % 10 || ' 18.30.22.png',
                  '履歴書_%n.pdf', '運転免許証_表.jpg', 'passport_%f.jpg', 'commission_for_' || (SELECT uname FROM mkgen.u WHERE i = mkgen.lu('dfc', d.k)) || '.png', 'cat.jpg', 'ねこ.jpg',
                  '見積書_' || (SELECT coalesce(kfull, f || ' ' || l) FROM mkgen.u WHERE i = mkgen.lu('dfc', d.k)) || '様.pdf', 'Screenshot_20240601-1010' || d.k % 60 || '.png', 'お弁当.jpg', 'ラフ.png',
                  '%n_証明写真.jpg', 'wedding_%f_and_' || (SELECT f FROM mkgen.u WHERE i = mkgen.lu('dfw', d.k)) || '.jpg', 'image.png', 'IMG_' || fixture_gen.digits('dfk', d.k, 4) || '.HEIC',
                  'map.png', 'meme.gif', '保険証.jpg', 'sketch.png'])[1 + d.nt], d.o) END;
UPDATE mkgen.df SET ext = lower(regexp_replace(fname, '^.*\.', '')), mime = CASE lower(regexp_replace(fname, '^.*\.', '')) WHEN 'png' THEN 'image/png' WHEN 'pdf' THEN 'application/pdf' WHEN 'gif' THEN 'image/gif'
  WHEN 'webp' THEN 'image/webp' WHEN 'heic' THEN 'image/heic' ELSE 'image/jpeg' END;
UPDATE mkgen.df SET ext = 'jpg' WHERE ext NOT IN ('png', 'pdf', 'gif', 'webp', 'heic', 'jpg', 'jpeg');

CREATE TABLE "drive_folder" (
  "id" varchar(32) NOT NULL,
  "name" character varying(128) NOT NULL,
  "userId" varchar(32),
  "parentId" varchar(32),
  CONSTRAINT "PK_7a0c089191f5ebdc214e0af808a" PRIMARY KEY ("id")
);
INSERT INTO "drive_folder"
SELECT mkgen.aid(mkgen.at('dfd', k, '2022-06-01', '2025-05-01'), 'dfd', k),
       CASE WHEN k % 4 = 0 THEN 'ご依頼_' || (SELECT coalesce(kfull, f || ' ' || l) FROM mkgen.u WHERE i = mkgen.lu('dfdc', k)) || '様'
            ELSE fixture_gen.pick(ARRAY['イラスト', '資料', 'Commission refs', 'スクショ', 'ねこ', 'Memes', '写真', 'アイコン'], 'dfdn', k) END,
       mkgen.uid(mkgen.lu('dfdu', k)),
       CASE WHEN k > 40 AND k % 3 = 0 THEN mkgen.aid(mkgen.at('dfd', k - 40, '2022-06-01', '2025-05-01'), 'dfd', k - 40) END
FROM generate_series(1, 80) k;

CREATE TABLE "drive_file" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32),
  "userHost" character varying(128),
  "md5" character varying(32) NOT NULL,
  "name" character varying(256) NOT NULL,
  "type" character varying(128) NOT NULL,
  "size" integer NOT NULL,
  "comment" character varying(512),
  "blurhash" character varying(128),
  "properties" jsonb NOT NULL DEFAULT '{}',
  "storedInternal" boolean NOT NULL,
  "url" character varying(1024) NOT NULL,
  "thumbnailUrl" character varying(512),
  "webpublicUrl" character varying(512),
  "webpublicType" character varying(128),
  "accessKey" character varying(256),
  "thumbnailAccessKey" character varying(256),
  "webpublicAccessKey" character varying(256),
  "uri" character varying(1024),
  "src" character varying(1024),
  "folderId" varchar(32),
  "isSensitive" boolean NOT NULL DEFAULT false,
  "maybeSensitive" boolean NOT NULL DEFAULT false,
  "maybePorn" boolean NOT NULL DEFAULT false,
  "isLink" boolean NOT NULL DEFAULT false,
  "requestHeaders" jsonb DEFAULT '{}',
  "requestIp" character varying(128),
  CONSTRAINT "PK_43ddaaaf18c9e68029b7cbb032e" PRIMARY KEY ("id")
);
CREATE INDEX "IDX_860fa6f6c7df5bb887249fba22" ON "drive_file" ("userId");

INSERT INTO "drive_file"
SELECT d.id, u.id, u.host, md5('df' || d.k), d.fname, d.mime,
       CASE WHEN d.mime = 'application/pdf' THEN 80000 + fixture_gen.n('dfsz', d.k, 400000) ELSE 20000 + fixture_gen.n('dfsz', d.k, 4000000) END,
       CASE WHEN d.kind <> 'upload' OR d.remote AND fixture_gen.n('dfcr', d.k, 3) <> 0 THEN NULL
            WHEN fixture_gen.n('dfcm', d.k, 3) = 0 THEN mkgen.fill((ARRAY['うちの猫（ミケ）が寝ているところ', 'Photo of me and my sister ' || (SELECT f FROM mkgen.u WHERE i = d.o + 1) || ' at the beach in %c', '%nさんの似顔絵、依頼品です',
                 '手書きの地図。最寄りは %c 駅', 'Screenshot of a chat with ' || (SELECT coalesce(kfull, f || ' ' || l) FROM mkgen.u WHERE i = mkgen.lu('dfcc', d.k)) || ' showing the address', '今日のお弁当: 卵焼き、唐揚げ、ブロッコリー'])[1 + fixture_gen.n('dfct', d.k, 6)], d.o) END,
       CASE WHEN d.mime LIKE 'image/%' THEN fixture_gen.chars('dfbh', d.k, 28, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~') END,
       CASE WHEN d.mime LIKE 'image/%' THEN jsonb_build_object('width', 400 + fixture_gen.n('dfw', d.k, 3600), 'height', 400 + fixture_gen.n('dfh', d.k, 3600), 'orientation', 1 + fixture_gen.n('dfor', d.k, 8) / 7 * 5,
                 'avgColor', 'rgb(' || fixture_gen.n('dfr', d.k, 256) || ',' || fixture_gen.n('dfg', d.k, 256) || ',' || fixture_gen.n('dfb', d.k, 256) || ')') ELSE '{}' END,
       false,
       CASE WHEN d.remote THEN CASE d.kind WHEN 'avatar' THEN mkgen.rmedia(d.o, 'avatar') WHEN 'banner' THEN mkgen.rmedia(d.o, 'header') ELSE mkgen.rmedia(d.o, 'media' || d.k) END
            ELSE 'https://s3.hoshi.example/hoshizora/' || fixture_gen.uuid('dfk', d.k) || '.' || d.ext END,
       CASE WHEN d.remote OR d.mime NOT LIKE 'image/%' THEN NULL ELSE 'https://s3.hoshi.example/hoshizora/thumbnail-' || fixture_gen.uuid('dft', d.k) || '.webp' END,
       CASE WHEN d.remote OR d.mime NOT LIKE 'image/%' THEN NULL ELSE 'https://s3.hoshi.example/hoshizora/webpublic-' || fixture_gen.uuid('dfp', d.k) || '.webp' END,
       CASE WHEN d.remote OR d.mime NOT LIKE 'image/%' THEN NULL ELSE 'image/webp' END,
       CASE WHEN d.remote THEN fixture_gen.uuid('dfk', d.k) ELSE 'hoshizora/' || fixture_gen.uuid('dfk', d.k) || '.' || d.ext END,
       CASE WHEN d.remote THEN 'thumbnail-' || fixture_gen.uuid('dft', d.k) WHEN d.mime LIKE 'image/%' THEN 'hoshizora/thumbnail-' || fixture_gen.uuid('dft', d.k) || '.webp' END,
       CASE WHEN d.remote THEN 'webpublic-' || fixture_gen.uuid('dfp', d.k) WHEN d.mime LIKE 'image/%' THEN 'hoshizora/webpublic-' || fixture_gen.uuid('dfp', d.k) || '.webp' END,
       CASE WHEN d.remote THEN CASE d.kind WHEN 'avatar' THEN mkgen.rmedia(d.o, 'avatar') WHEN 'banner' THEN mkgen.rmedia(d.o, 'header') ELSE mkgen.rmedia(d.o, 'media' || d.k) END END,
       CASE WHEN d.remote THEN CASE d.kind WHEN 'avatar' THEN mkgen.rmedia(d.o, 'avatar') WHEN 'banner' THEN mkgen.rmedia(d.o, 'header') ELSE mkgen.rmedia(d.o, 'media' || d.k) END END,
       CASE WHEN NOT d.remote AND d.kind = 'upload' AND fixture_gen.n('dffd', d.k, 4) = 0 THEN mkgen.aid(mkgen.at('dfd', 1 + fixture_gen.n('dffk', d.k, 80), '2022-06-01', '2025-05-01'), 'dfd', 1 + fixture_gen.n('dffk', d.k, 80)) END,
       fixture_gen.n('dfse', d.k, 15) = 0, fixture_gen.n('dfms', d.k, 20) = 0, fixture_gen.n('dfmp', d.k, 40) = 0,
       d.remote,
       CASE WHEN d.remote THEN '{}'::jsonb ELSE jsonb_build_object('user-agent', mkgen.ua('dfua', d.o), 'accept-language', 'ja,en-US;q=0.9,en;q=0.8', 'x-forwarded-for', mkgen.ip('siip', d.o * 3 + d.k % 3), 'referer', 'https://hoshi.example/my/drive', 'sec-ch-ua-platform', '"' || fixture_gen.pick(ARRAY['Windows', 'macOS', 'Android', 'iOS'], 'dfpl', d.o) || '"') END,
       CASE WHEN d.remote THEN NULL ELSE mkgen.ip('siip', d.o * 3 + d.k % 3) END
FROM mkgen.df d JOIN mkgen.u u ON u.i = d.o
ORDER BY d.cr;

-- Apps: third-party clients registered through the legacy app API, a few
-- of them bots written by members.
CREATE TABLE "app" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32),
  "secret" character varying(64) NOT NULL,
  "name" character varying(128) NOT NULL,
  "description" character varying(512) NOT NULL,
  "permission" character varying(64) array NOT NULL,
  "callbackUrl" character varying(512),
  CONSTRAINT "PK_9478629fc093d229df09e560aea" PRIMARY KEY ("id")
);
INSERT INTO "app"
SELECT mkgen.aid(mkgen.at('app', k, '2022-04-01', '2025-04-01'), 'app', k),
       CASE WHEN k > 10 THEN mkgen.uid(mkgen.lu('appu', k)) END,
       mkgen.rnd('appsec', k, 32),
       CASE WHEN k <= 10 THEN (ARRAY['Aria', 'Miria', 'Kimis', 'Tokimeki', 'Milktea', 'Riria', 'Misskey Flutter', 'Ikemen', 'Sharkey Web', 'Mastodon bridge'])[k]
            ELSE fixture_gen.pick(ARRAY['天気bot', 'my-rss-bot', 'ノート自動削除', 'Misskey Stats', 'backup-script', 'おみくじbot'], 'appn', k) END,
       CASE WHEN k <= 10 THEN 'Misskey client app' ELSE fixture_gen.pick(ARRAY['個人用のbotです', 'Deletes my old notes every night', 'Posts daily stats', 'バックアップ用スクリプト'], 'appd', k) END,
       CASE WHEN k <= 10 THEN '{read:account,write:notes,read:drive,write:drive,read:notifications,write:reactions,read:reactions,write:following,read:following}'::varchar[] ELSE '{write:notes,read:account}' END,
       CASE WHEN k <= 10 THEN fixture_gen.pick(ARRAY['https://aria.example.app/callback', 'miria://callback', 'kimis://auth', 'https://tokimeki.example.com/auth/callback'], 'appcb', k) ELSE 'http://localhost:' || (3000 + k) || '/callback' END
FROM generate_series(1, 24) k;

CREATE TABLE "access_token" (
  "id" varchar(32) NOT NULL,
  "lastUsedAt" TIMESTAMP WITH TIME ZONE,
  "token" character varying(128) NOT NULL,
  "session" character varying(128),
  "hash" character varying(128) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "appId" varchar(32),
  "name" character varying(128),
  "description" character varying(512),
  "iconUrl" character varying(512),
  "permission" character varying(64) array NOT NULL DEFAULT '{}',
  "fetched" boolean NOT NULL DEFAULT false,
  CONSTRAINT "PK_f20f028607b2603deabd8182d12" PRIMARY KEY ("id")
);
CREATE INDEX "IDX_70ba8f6af34bc924fc9e12adb8" ON "access_token" ("token");
-- Legacy app tokens: hash is sha256(token + app secret), what the app sends as i.
INSERT INTO "access_token"
SELECT mkgen.aid(t, 'at', k), mkgen.at('atlu', k, t, '2025-05-31'), tok, sess,
       CASE WHEN app IS NULL THEN tok ELSE encode(sha256(convert_to(tok || mkgen.rnd('appsec', app, 32), 'UTF8')), 'hex') END,
       mkgen.uid(mkgen.lu('atu', k)),
       CASE WHEN app IS NOT NULL THEN mkgen.aid(mkgen.at('app', app, '2022-04-01', '2025-04-01'), 'app', app) END,
       CASE WHEN app IS NULL THEN fixture_gen.pick(ARRAY['Miria', 'Aria', 'MissCat', 'Misskey Tools', 'note backup', 'IFTTT連携', 'mkstats', 'Misskey for Shortcuts'], 'atn', k) END,
       CASE WHEN app IS NULL AND k % 3 = 0 THEN 'MiAuth' END,
       CASE WHEN app IS NULL AND k % 2 = 0 THEN 'https://' || fixture_gen.pick(ARRAY['miria.example.app', 'aria.example.app', 'tools.example.net'], 'atic', k) || '/icon.png' END,
       CASE WHEN k % 4 = 0 THEN '{read:account,write:notes}'::varchar[] ELSE '{read:account,write:notes,read:drive,write:drive,read:notifications,write:reactions}' END,
       sess IS NULL OR k % 5 <> 0
FROM generate_series(1, 160) k
CROSS JOIN LATERAL (SELECT mkgen.at('atc', k, '2023-01-01', '2025-05-20') AS t,
                           CASE WHEN k % 3 = 1 THEN 1 + fixture_gen.n('atapp', k, 24) END AS app,
                           mkgen.rnd('attok', k, 32) AS tok,
                           CASE WHEN k % 3 <> 1 THEN fixture_gen.uuid('atses', k) END AS sess) x
ORDER BY t;

CREATE TABLE "auth_session" (
  "id" varchar(32) NOT NULL,
  "token" character varying(128) NOT NULL,
  "userId" varchar(32),
  "appId" varchar(32) NOT NULL,
  CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id")
);
INSERT INTO "auth_session"
SELECT mkgen.aid(mkgen.at('as', k, '2025-05-20', '2025-05-31'), 'as', k), fixture_gen.uuid('astok', k),
       CASE WHEN k % 3 <> 0 THEN mkgen.uid(mkgen.lu('asu', k)) END,
       mkgen.aid(mkgen.at('app', 1 + fixture_gen.n('asapp', k, 24), '2022-04-01', '2025-04-01'), 'app', 1 + fixture_gen.n('asapp', k, 24))
FROM generate_series(1, 30) k;

CREATE TABLE "abuse_user_report" (
  "id" varchar(32) NOT NULL,
  "targetUserId" varchar(32) NOT NULL,
  "reporterId" varchar(32) NOT NULL,
  "assigneeId" varchar(32),
  "resolved" boolean NOT NULL DEFAULT false,
  "forwarded" boolean NOT NULL DEFAULT false,
  "comment" character varying(2048) NOT NULL,
  "moderationNote" character varying(8192) NOT NULL DEFAULT '',
  "resolvedAs" character varying(128),
  "targetUserHost" character varying(128),
  "reporterHost" character varying(128),
  CONSTRAINT "PK_87873f5f5cc5c321a1306b2d18c" PRIMARY KEY ("id")
);
INSERT INTO "abuse_user_report"
SELECT mkgen.aid(mkgen.at('ar', k, '2023-06-01', '2025-05-30'), 'ar', k), tu.id, ru.id,
       CASE WHEN k % 4 <> 0 THEN mkgen.uid(1) END,
       k % 4 <> 0, tu.host IS NOT NULL AND k % 3 = 0,
       CASE fixture_gen.n('arc', k, 8)
         WHEN 0 THEN 'スパムです'
         WHEN 1 THEN 'この人が私の本名（' || coalesce(ru.kfull, ru.f || ' ' || ru.l) || '）と勤務先を晒しています。削除してください。'
         WHEN 2 THEN 'Note: https://hoshi.example/notes/' || mkgen.nid(1 + fixture_gen.n('arn', k, 900)) || E'\n' || 'He posted my home address (' || fixture_gen.street('arst', k) || ') and my phone ' || ru.phone || '.'
         WHEN 3 THEN '無断転載です。元絵は私の ' || coalesce(ru.site, '') || ' にあります'
         WHEN 4 THEN 'Impersonating my friend ' || (SELECT coalesce(kfull, f || ' ' || l) FROM mkgen.u WHERE i = mkgen.lu('arf', k)) || ', her real account is @' || (SELECT uname FROM mkgen.u WHERE i = mkgen.lu('arf', k))
         WHEN 5 THEN '未成年への不適切なDMを送っています。スクショあります。連絡先: ' || coalesce(ru.email, '')
         WHEN 6 THEN 'Harassment in replies'
         ELSE '出会い系の勧誘です' END,
       CASE WHEN k % 4 = 0 THEN '' ELSE fixture_gen.pick(ARRAY['凍結済み。', '通報者にメールで連絡済み (' || coalesce(ru.email, '') || ')', 'Checked IPs: same as @' || (SELECT uname FROM mkgen.u WHERE i = mkgen.lu('arip', k)) || ' (' || mkgen.ip('siip', k) || '). Suspended both.', '相手サーバー管理者に転送', '問題なし'], 'armn', k) END,
       CASE WHEN k % 4 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['accept', 'reject', NULL], 'arra', k) END,
       tu.host, ru.host
FROM generate_series(1, 70) k
JOIN mkgen.u tu ON tu.i = CASE WHEN k % 2 = 0 THEN mkgen.ru('art', k) ELSE mkgen.lu('art', k) END
JOIN mkgen.u ru ON ru.i = CASE WHEN k % 7 = 0 THEN mkgen.ru('arr', k) ELSE mkgen.lu('arr', k) END;

-- The single row of instance settings.
CREATE TABLE "meta" (
  "id" character varying(32) NOT NULL,
  "name" character varying(1024),
  "shortName" character varying(64),
  "description" character varying(1024),
  "maintainerName" character varying(1024),
  "maintainerEmail" character varying(1024),
  "disableRegistration" boolean NOT NULL DEFAULT false,
  "langs" character varying(1024) array NOT NULL DEFAULT '{}',
  "pinnedUsers" character varying(1024) array NOT NULL DEFAULT '{}',
  "hiddenTags" character varying(1024) array NOT NULL DEFAULT '{}',
  "blockedHosts" character varying(1024) array NOT NULL DEFAULT '{}',
  "sensitiveWords" character varying(1024) array NOT NULL DEFAULT '{}',
  "prohibitedWords" character varying(1024) array NOT NULL DEFAULT '{}',
  "silencedHosts" character varying(1024) array NOT NULL DEFAULT '{}',
  "bannedEmailDomains" character varying(1024) array NOT NULL DEFAULT '{}',
  "preservedUsernames" character varying(1024) array NOT NULL DEFAULT '{admin,administrator,root,system,maintainer,host,mod,moderator,owner,superuser,staff,auth,i,me,everyone,all,mention,mentions,example,user,users,account,accounts,official,help,helps,support,supports,info,information,informations,announce,announces,announcement,announcements,notice,notification,notifications,dev,developer,developers,tech,misskey}',
  "mascotImageUrl" character varying(1024),
  "bannerUrl" character varying(1024),
  "backgroundImageUrl" character varying(1024),
  "logoImageUrl" character varying(1024),
  "iconUrl" character varying(1024),
  "app192IconUrl" character varying(1024),
  "app512IconUrl" character varying(1024),
  "serverErrorImageUrl" character varying(1024),
  "notFoundImageUrl" character varying(1024),
  "infoImageUrl" character varying(1024),
  "cacheRemoteFiles" boolean NOT NULL DEFAULT false,
  "cacheRemoteSensitiveFiles" boolean NOT NULL DEFAULT true,
  "proxyAccountId" varchar(32),
  "rootUserId" varchar(32),
  "emailRequiredForSignup" boolean NOT NULL DEFAULT false,
  "enableHcaptcha" boolean NOT NULL DEFAULT false,
  "hcaptchaSiteKey" character varying(1024),
  "hcaptchaSecretKey" character varying(1024),
  "enableRecaptcha" boolean NOT NULL DEFAULT false,
  "recaptchaSiteKey" character varying(1024),
  "recaptchaSecretKey" character varying(1024),
  "enableTurnstile" boolean NOT NULL DEFAULT false,
  "turnstileSiteKey" character varying(1024),
  "turnstileSecretKey" character varying(1024),
  "sensitiveMediaDetection" character varying(128) NOT NULL DEFAULT 'none',
  "summalyProxy" character varying(1024),
  "enableEmail" boolean NOT NULL DEFAULT false,
  "email" character varying(1024),
  "smtpSecure" boolean NOT NULL DEFAULT false,
  "smtpHost" character varying(1024),
  "smtpPort" integer,
  "smtpUser" character varying(1024),
  "smtpPass" character varying(1024),
  "enableServiceWorker" boolean NOT NULL DEFAULT false,
  "swPublicKey" character varying(1024),
  "swPrivateKey" character varying(1024),
  "tosUrl" character varying(1024),
  "repositoryUrl" character varying(1024) DEFAULT 'https://github.com/misskey-dev/misskey',
  "feedbackUrl" character varying(1024) DEFAULT 'https://github.com/misskey-dev/misskey/issues/new',
  "impressumUrl" character varying(1024),
  "privacyPolicyUrl" character varying(1024),
  "inquiryUrl" character varying(1024),
  "useObjectStorage" boolean NOT NULL DEFAULT false,
  "objectStorageBucket" character varying(1024),
  "objectStoragePrefix" character varying(1024),
  "objectStorageBaseUrl" character varying(1024),
  "objectStorageEndpoint" character varying(1024),
  "objectStorageRegion" character varying(1024),
  "objectStoragePort" integer,
  "objectStorageAccessKey" character varying(1024),
  "objectStorageSecretKey" character varying(1024),
  "objectStorageUseSSL" boolean NOT NULL DEFAULT true,
  "objectStorageUseProxy" boolean NOT NULL DEFAULT true,
  "objectStorageSetPublicRead" boolean NOT NULL DEFAULT false,
  "objectStorageS3ForcePathStyle" boolean NOT NULL DEFAULT true,
  "enableIpLogging" boolean NOT NULL DEFAULT false,
  "enableActiveEmailValidation" boolean NOT NULL DEFAULT true,
  "enableVerifymailApi" boolean NOT NULL DEFAULT false,
  "verifymailAuthKey" character varying(1024),
  "enableChartsForRemoteUser" boolean NOT NULL DEFAULT true,
  "enableServerMachineStats" boolean NOT NULL DEFAULT false,
  "enableIdenticonGeneration" boolean NOT NULL DEFAULT true,
  "serverRules" character varying(280) array NOT NULL DEFAULT '{}',
  "themeColor" character varying(1024),
  "defaultLightTheme" character varying(8192),
  "defaultDarkTheme" character varying(8192),
  "deeplAuthKey" character varying(1024),
  "deeplIsPro" boolean NOT NULL DEFAULT false,
  "policies" jsonb NOT NULL DEFAULT '{}',
  "manifestJsonOverride" character varying(8192) NOT NULL DEFAULT '{}',
  "notesPerOneAd" integer NOT NULL DEFAULT 0,
  "urlPreviewEnabled" boolean NOT NULL DEFAULT true,
  CONSTRAINT "PK_c4c17a6c2bd7651338b60fc590b" PRIMARY KEY ("id")
);
INSERT INTO "meta" ("id", "name", "shortName", "description", "maintainerName", "maintainerEmail", "disableRegistration", "langs", "pinnedUsers", "hiddenTags", "blockedHosts",
  "sensitiveWords", "prohibitedWords", "silencedHosts", "bannedEmailDomains", "mascotImageUrl", "bannerUrl", "backgroundImageUrl", "logoImageUrl", "iconUrl", "app192IconUrl", "app512IconUrl",
  "serverErrorImageUrl", "notFoundImageUrl", "infoImageUrl", "cacheRemoteFiles", "cacheRemoteSensitiveFiles", "proxyAccountId", "rootUserId", "emailRequiredForSignup",
  "enableHcaptcha", "hcaptchaSiteKey", "hcaptchaSecretKey", "enableRecaptcha", "recaptchaSiteKey", "recaptchaSecretKey", "enableTurnstile", "turnstileSiteKey", "turnstileSecretKey",
  "sensitiveMediaDetection", "summalyProxy", "enableEmail", "email", "smtpSecure", "smtpHost", "smtpPort", "smtpUser", "smtpPass", "enableServiceWorker", "swPublicKey", "swPrivateKey",
  "tosUrl", "impressumUrl", "privacyPolicyUrl", "inquiryUrl", "useObjectStorage", "objectStorageBucket", "objectStoragePrefix", "objectStorageBaseUrl", "objectStorageEndpoint",
  "objectStorageRegion", "objectStoragePort", "objectStorageAccessKey", "objectStorageSecretKey", "objectStorageSetPublicRead", "enableIpLogging", "enableVerifymailApi", "verifymailAuthKey",
  "enableServerMachineStats", "serverRules", "themeColor", "defaultLightTheme", "defaultDarkTheme", "deeplAuthKey", "deeplIsPro", "policies", "manifestJsonOverride", "notesPerOneAd")
VALUES ('x', 'ほしぞら', 'ほしぞら', 'ゆるく楽しく、星空の下でおしゃべりするMisskeyサーバーです。絵描きさん・猫好きさん歓迎。', '星野 葵', 'hoshino.aoi.0302@gmail.com', false,
  '{ja-JP,en-US}', ARRAY['@hoshino_aoi', '@tenki_bot', '@' || mkgen.fill('%u', 9), '@' || mkgen.fill('%u', 21)], '{}', '{spam.example,badnews.example,mstdn.example.xyz}',
  '{nsfw,r18}', '{/ｷﾀ━+/,casino-bonus}', '{pawoo.example}', '{mailinator.com,guerrillamail.com}',
  'https://s3.hoshi.example/hoshizora/mascot.png', 'https://s3.hoshi.example/hoshizora/banner.jpg', NULL, NULL, 'https://s3.hoshi.example/hoshizora/icon.png',
  'https://s3.hoshi.example/hoshizora/icon-192.png', 'https://s3.hoshi.example/hoshizora/icon-512.png', NULL, NULL, NULL, false, false, mkgen.uid(4), mkgen.uid(1), true,
  false, NULL, NULL, false, NULL, NULL, true, '0x4AAAAAAA' || fixture_gen.chars('mtsk', 1, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  '0x4AAAAAAA' || fixture_gen.chars('mtss', 1, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  'none', NULL, true, 'noreply@hoshi.example', true, 'smtp.mailgun.org', 465, 'postmaster@mg.hoshi.example', mkgen.rnd('msmtp', 1, 32) || '-' || fixture_gen.hexn('msmtp2', 1, 8) || '-' || fixture_gen.hexn('msmtp3', 1, 8),
  true, 'B' || mkgen.b64url('mswpub', 1, 64), mkgen.b64url('mswpriv', 1, 32),
  'https://hoshi.example/@hoshino_aoi/pages/tos', NULL, 'https://hoshi.example/@hoshino_aoi/pages/privacy', 'https://forms.gle/' || fixture_gen.chars('mfrm', 1, 17),
  true, 'hoshizora', 'hoshizora', 'https://s3.hoshi.example', fixture_gen.hexn('mr2', 1, 32) || '.r2.cloudflarestorage.com', 'auto', NULL,
  fixture_gen.hexn('mak', 1, 32), fixture_gen.hexn('msk', 1, 64), false, true, false, NULL, false,
  '{他のユーザーの個人情報を投稿しないでください,無断転載は禁止です,センシティブな画像にはNSFWを設定してください,日本の法律に違反する投稿は禁止です}', '#86b300', NULL, NULL,
  fixture_gen.uuid('mdpl', 1) || ':fx', false,
  '{"gtlAvailable": true, "ltlAvailable": true, "canPublicNote": true, "canInvite": false, "inviteLimit": 0, "canManageCustomEmojis": false, "canSearchNotes": true, "canUseTranslator": true, "driveCapacityMb": 1024, "alwaysMarkNsfw": false, "pinLimit": 5, "antennaLimit": 5, "wordMuteLimit": 200, "webhookLimit": 3, "clipLimit": 10, "noteEachClipsLimit": 200, "userListLimit": 10, "userEachUserListsLimit": 50, "rateLimitFactor": 1, "avatarDecorationLimit": 1}',
  '{"short_name": "ほしぞら", "theme_color": "#86b300"}', 20);

-- The moderation log: updateServerSettings keeps the whole meta row
-- before and after the change, credentials included.
CREATE TABLE "moderation_log" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "type" character varying(128) NOT NULL,
  "info" jsonb NOT NULL,
  CONSTRAINT "PK_d0adca6ecfd068db83e4526cc26" PRIMARY KEY ("id")
);
INSERT INTO "moderation_log"
SELECT mkgen.aid(t, 'ml', k), mkgen.uid(CASE WHEN k % 5 = 0 THEN mkgen.lu('mlmod', k) ELSE 1 END), ty,
       CASE ty
         WHEN 'updateServerSettings' THEN jsonb_build_object('before', to_jsonb(m) - 'policies', 'after', (to_jsonb(m) - 'policies') || jsonb_build_object('smtpPass', mkgen.rnd('msmtp', k, 32) || '-' || fixture_gen.hexn('msmtp2', k, 8) || '-' || fixture_gen.hexn('msmtp3', k, 8), 'disableRegistration', k % 2 = 0))
         WHEN 'suspend' THEN jsonb_build_object('userId', tu.id, 'userUsername', tu.uname, 'userHost', tu.host)
         WHEN 'unsuspend' THEN jsonb_build_object('userId', tu.id, 'userUsername', tu.uname, 'userHost', tu.host)
         WHEN 'updateUserNote' THEN jsonb_build_object('userId', tu.id, 'userUsername', tu.uname, 'userHost', tu.host, 'before', '', 'after', '本名 ' || coalesce(tu.kfull, tu.f || ' ' || tu.l, '') || '、連絡先 ' || coalesce(tu.phone, ''))
         WHEN 'resolveAbuseReport' THEN jsonb_build_object('reportId', mkgen.aid(mkgen.at('ar', k % 70 + 1, '2023-06-01', '2025-05-30'), 'ar', k % 70 + 1), 'report', jsonb_build_object('targetUserId', tu.id, 'comment', 'この人が私の住所を晒しています: ' || fixture_gen.street('mlst', k)), 'forward', false, 'resolvedAs', 'accept')
         WHEN 'createInvitation' THEN jsonb_build_object('invitations', jsonb_build_array(jsonb_build_object('id', mkgen.aid(t, 'rt', k), 'code', upper(fixture_gen.chars('rtc', k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')), 'expiresAt', t + interval '7 days')))
         WHEN 'deleteDriveFile' THEN jsonb_build_object('fileId', mkgen.fid(841 + k), 'fileUserId', tu.id, 'fileUserUsername', tu.uname, 'fileUserHost', tu.host)
         WHEN 'addCustomEmoji' THEN jsonb_build_object('emojiId', mkgen.aid(t, 'em', k), 'emoji', jsonb_build_object('name', 'blobcat_' || k, 'category', '猫'))
         ELSE jsonb_build_object('host', fixture_gen.pick(ARRAY['spam.example', 'mstdn.example.xyz'], 'mlh', k)) END
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT mkgen.at('mlt', k, '2023-01-01', '2025-05-30') AS t,
                           (ARRAY['updateServerSettings', 'suspend', 'unsuspend', 'updateUserNote', 'resolveAbuseReport', 'createInvitation', 'deleteDriveFile', 'addCustomEmoji', 'suspendRemoteInstance'])[1 + fixture_gen.n('mlty', k, 9)] AS ty) x
JOIN mkgen.u tu ON tu.i = CASE WHEN k % 3 = 0 THEN mkgen.ru('mltu', k) ELSE mkgen.lu('mltu', k) END
CROSS JOIN "meta" m
ORDER BY t;

CREATE TABLE "registration_ticket" (
  "id" varchar(32) NOT NULL,
  "expiresAt" TIMESTAMP WITH TIME ZONE,
  "code" character varying(64) NOT NULL,
  "usedAt" TIMESTAMP WITH TIME ZONE,
  "pendingUserId" varchar(32),
  "createdById" varchar(32),
  "usedById" varchar(32),
  CONSTRAINT "PK_f11696b6fafcf3662d4292734f8" PRIMARY KEY ("id")
);
INSERT INTO "registration_ticket"
SELECT mkgen.aid(t, 'rt', k), t + interval '7 days', upper(fixture_gen.chars('rtc', k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
       CASE WHEN k % 3 <> 0 THEN t + make_interval(hours => 1 + fixture_gen.n('rtu', k, 100)) END, NULL,
       mkgen.uid(CASE WHEN k % 4 = 0 THEN mkgen.lu('rtcb', k) ELSE 1 END),
       CASE WHEN k % 3 <> 0 THEN mkgen.uid(mkgen.lu('rtub', k)) END
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT mkgen.at('rtt', k, '2023-03-01', '2025-05-25') AS t) x;

-- sign-ups waiting for their email to be confirmed
CREATE TABLE "user_pending" (
  "id" varchar(32) NOT NULL,
  "code" character varying(128) NOT NULL,
  "username" character varying(128) NOT NULL,
  "email" character varying(128) NOT NULL,
  "password" character varying(128) NOT NULL,
  CONSTRAINT "PK_d4c84e013c98ec02d19b8fbbafa" PRIMARY KEY ("id")
);
INSERT INTO "user_pending"
SELECT mkgen.aid(mkgen.at('up', k, '2025-05-01', '2025-05-31'), 'up', k), mkgen.rnd('upc', k, 16),
       mkgen.fold(f) || '_' || mkgen.fold(l) || (k % 90), mkgen.fold(f) || '.' || mkgen.fold(l) || (k % 90) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.com'], 'upd', k), mkgen.bcrypt('upp', k)
FROM (SELECT k, fixture_gen.first_name('upf', k) AS f, fixture_gen.last_name('upl', k) AS l FROM generate_series(1, 25) k) x;

CREATE TABLE "password_reset_request" (
  "id" varchar(32) NOT NULL,
  "token" character varying(256) NOT NULL,
  "userId" varchar(32) NOT NULL,
  CONSTRAINT "PK_fcf4b02eae1403a2edaf87fd074" PRIMARY KEY ("id")
);
INSERT INTO "password_reset_request"
SELECT mkgen.aid(mkgen.at('prr', k, '2025-05-25', '2025-05-31'), 'prr', k), mkgen.rnd('prrt', k, 64), mkgen.uid(mkgen.lu('prru', k))
FROM generate_series(1, 20) k;

-- private memos one user keeps about another
CREATE TABLE "user_memo" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "targetUserId" varchar(32) NOT NULL,
  "memo" character varying(2048) NOT NULL,
  CONSTRAINT "PK_e9aaa58f7d3699a84d79078f4d9" PRIMARY KEY ("id")
);
INSERT INTO "user_memo"
SELECT mkgen.aid(mkgen.at('um', k, '2023-07-01', '2025-05-30'), 'um', k), mkgen.uid(mkgen.lu('umu', k)), mkgen.uid(t),
       mkgen.fill((ARRAY['大学の同期の%n。誕生日 %b', 'リアルの知り合い。本名 %n', 'Commissioned me twice, pays on time. %e', '%c在住、オフ会で会った', '電話 %p', 'ブロック候補', '絵柄が好き', 'Met at RustFest, works in %c'])[1 + fixture_gen.n('umt', k, 8)], t)
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT CASE WHEN k % 3 = 0 THEN mkgen.ru('umt', k) ELSE mkgen.lu('umt', k) END AS t) x;

CREATE TABLE "sw_subscription" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "endpoint" character varying(512) NOT NULL,
  "auth" character varying(256) NOT NULL,
  "publickey" character varying(128) NOT NULL,
  "sendReadMessage" boolean NOT NULL DEFAULT false,
  CONSTRAINT "PK_e8f763631530051b95eb6279b91" PRIMARY KEY ("id")
);
INSERT INTO "sw_subscription"
SELECT mkgen.aid(mkgen.at('sw', k, '2023-01-01', '2025-05-30'), 'sw', k), mkgen.uid(mkgen.lu('swu', k)),
       CASE k % 3 WHEN 0 THEN 'https://fcm.googleapis.com/fcm/send/' || mkgen.b64url('swe1', k, 8) || ':APA91b' || mkgen.b64url('swe2', k, 105)
                  WHEN 1 THEN 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB' || mkgen.b64url('swe3', k, 140)
                  ELSE 'https://web.push.apple.com/Q' || mkgen.b64url('swe4', k, 100) END,
       mkgen.b64url('swa', k, 16), 'B' || mkgen.b64url('swp', k, 64), k % 4 = 0
FROM generate_series(1, 110) k;

CREATE TABLE "webhook" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "name" character varying(128) NOT NULL,
  "on" character varying(128) array NOT NULL DEFAULT '{}',
  "url" character varying(1024) NOT NULL,
  "secret" character varying(1024) NOT NULL,
  "active" boolean NOT NULL DEFAULT true,
  "latestSentAt" TIMESTAMP WITH TIME ZONE,
  "latestStatus" integer,
  CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id")
);
INSERT INTO "webhook"
SELECT mkgen.aid(mkgen.at('wh', k, '2023-01-01', '2025-05-01'), 'wh', k), mkgen.uid(mkgen.lu('whu', k)),
       fixture_gen.pick(ARRAY['Discord通知', 'mention to slack', 'n8n', 'backup', 'リプ通知'], 'whn', k),
       CASE fixture_gen.n('whon', k, 3) WHEN 0 THEN '{mention,reply}'::varchar[] WHEN 1 THEN '{follow,followed,note}' ELSE '{reaction,mention}' END,
       CASE k % 4 WHEN 0 THEN 'https://discord.com/api/webhooks/' || fixture_gen.digits('whd', k, 19) || '/' || mkgen.b64url('whdt', k, 51)
                  WHEN 1 THEN 'https://hooks.slack.com/services/T' || upper(fixture_gen.chars('whs1', k, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) || '/B' || upper(fixture_gen.chars('whs2', k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) || '/' || mkgen.rnd('whs3', k, 24)
                  WHEN 2 THEN 'https://n8n.' || mkgen.fill('%u', mkgen.lu('whu', k)) || '.dev/webhook/' || fixture_gen.uuid('whn8', k)
                  ELSE 'https://script.google.com/macros/s/AKfycb' || mkgen.b64url('whg', k, 60) || '/exec' END,
       mkgen.rnd('whsec', k, 24), k % 7 <> 0, mkgen.at('whls', k, '2025-04-01', '2025-05-31'), (ARRAY[200, 200, 204, 404, 500])[1 + fixture_gen.n('whst', k, 5)]
FROM generate_series(1, 30) k;

CREATE TABLE "system_webhook" (
  "id" varchar(32) NOT NULL,
  "isActive" boolean NOT NULL DEFAULT true,
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "latestSentAt" TIMESTAMP WITH TIME ZONE,
  "latestStatus" integer,
  "name" character varying(255) NOT NULL,
  "on" character varying(128) array NOT NULL DEFAULT '{}',
  "url" character varying(1024) NOT NULL,
  "secret" character varying(1024) NOT NULL,
  CONSTRAINT "PK_d9ecc0b6c1f6b1f1e7d2e1c5f7a" PRIMARY KEY ("id")
);
INSERT INTO "system_webhook" VALUES
 (mkgen.aid('2024-07-20 10:00:00+00', 'swh', 1), true, '2024-07-20 10:05:00+00', '2025-05-30 22:14:05+00', 204, '通報をDiscordのモデレーターchへ', '{abuseReport,abuseReportResolved}',
  'https://discord.com/api/webhooks/' || fixture_gen.digits('swhd', 1, 19) || '/' || mkgen.b64url('swhdt', 1, 51), mkgen.rnd('swhs', 1, 32)),
 (mkgen.aid('2024-09-02 03:00:00+00', 'swh', 2), true, '2024-09-02 03:00:00+00', '2025-05-31 01:02:44+00', 200, 'new user → Slack', '{userCreated}',
  'https://hooks.slack.com/services/T' || upper(fixture_gen.chars('swhs1', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) || '/B' || upper(fixture_gen.chars('swhs2', 2, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) || '/' || mkgen.rnd('swhs3', 2, 24), mkgen.rnd('swhs', 2, 32)),
 (mkgen.aid('2025-01-11 12:00:00+00', 'swh', 3), false, '2025-02-01 09:00:00+00', NULL, NULL, 'test', '{abuseReport}', 'https://webhook.site/' || fixture_gen.uuid('swhw', 3), mkgen.rnd('swhs', 3, 32));

CREATE TABLE "user_security_key" (
  "id" character varying NOT NULL,
  "userId" varchar(32) NOT NULL,
  "publicKey" character varying NOT NULL,
  "lastUsed" TIMESTAMP WITH TIME ZONE NOT NULL,
  "name" character varying(30) NOT NULL,
  "counter" bigint NOT NULL DEFAULT 0,
  "credentialDeviceType" character varying(32),
  "credentialBackedUp" boolean,
  "transports" character varying(32) array,
  CONSTRAINT "PK_3e508571121ab39c5f85d10c166" PRIMARY KEY ("id")
);
INSERT INTO "user_security_key"
SELECT mkgen.b64url('skid', k, 32), mkgen.uid(u), 'pQECAyYgASFYI' || mkgen.b64url('skpk', k, 64), mkgen.at('sklu', k, '2024-01-01', '2025-05-31'),
       CASE fixture_gen.n('skn', k, 5) WHEN 0 THEN mkgen.fill('%fのiPhone', u) WHEN 1 THEN (SELECT coalesce(f, uname) FROM mkgen.u WHERE i = u) || '''s YubiKey' WHEN 2 THEN 'YubiKey 5C NFC' WHEN 3 THEN 'Windows Hello' ELSE mkgen.fill('%u-pixel', u) END,
       fixture_gen.n('skc', k, 300), CASE WHEN k % 2 = 0 THEN 'multiDevice' ELSE 'singleDevice' END, k % 2 = 0,
       CASE WHEN k % 2 = 0 THEN '{internal,hybrid}'::varchar[] ELSE '{usb,nfc}' END
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN 1 ELSE mkgen.lu('sku', k) END AS u) x;

CREATE TABLE "instance" (
  "id" varchar(32) NOT NULL,
  "firstRetrievedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "host" character varying(128) NOT NULL,
  "usersCount" integer NOT NULL DEFAULT 0,
  "notesCount" integer NOT NULL DEFAULT 0,
  "followingCount" integer NOT NULL DEFAULT 0,
  "followersCount" integer NOT NULL DEFAULT 0,
  "latestRequestReceivedAt" TIMESTAMP WITH TIME ZONE,
  "isNotResponding" boolean NOT NULL DEFAULT false,
  "notRespondingSince" TIMESTAMP WITH TIME ZONE,
  "suspendedState" "public"."instance_suspendedstate_enum" NOT NULL DEFAULT 'none',
  "softwareName" character varying(64),
  "softwareVersion" character varying(64),
  "openRegistrations" boolean,
  "name" character varying(256),
  "description" character varying(4096),
  "maintainerName" character varying(128),
  "maintainerEmail" character varying(256),
  "iconUrl" character varying(256),
  "faviconUrl" character varying(256),
  "themeColor" character varying(64),
  "infoUpdatedAt" TIMESTAMP WITH TIME ZONE,
  "moderationNote" character varying(16384) NOT NULL DEFAULT '',
  CONSTRAINT "PK_eaf60e4a0c399c9935413e06474" PRIMARY KEY ("id")
);
-- Servers: the twelve shared ones, the single-user ones of remote users,
-- and a few spam servers.
INSERT INTO "instance"
SELECT mkgen.aid(t, 'in', k), t, h, uc, fixture_gen.n('innc', k, 900000), fixture_gen.n('infg', k, 300), fixture_gen.n('infr', k, 300),
       mkgen.at('inlr', k, '2025-05-01', '2025-05-31'), h LIKE '%spam%', CASE WHEN h LIKE '%spam%' THEN timestamptz '2024-11-02 00:00:00+00' END,
       CASE WHEN h LIKE '%spam%' THEN 'manuallySuspended' ELSE 'none' END::instance_suspendedstate_enum,
       sw, ver, uc > 1, nm, ds, mn, me,
       CASE WHEN uc > 1 THEN 'https://' || h || '/static-assets/icon.png' END, 'https://' || h || '/favicon.ico', fixture_gen.pick(ARRAY['#86b300', '#6364ff', '#ff7f50', NULL], 'intc', k),
       mkgen.at('iniu', k, '2025-05-01', '2025-05-31'), coalesce(note, '')
FROM (
  SELECT s.k, s.host AS h, s.soft AS sw, s.ver, s.sname AS nm, mkgen.at('inf', s.k, '2022-03-10', '2023-06-01') AS t,
         10000 + fixture_gen.n('inuc', s.k, 500000) AS uc,
         CASE s.soft WHEN 'mastodon' THEN 'A Mastodon server' ELSE s.sname || ' は Misskey サーバーです。' END AS ds,
         CASE WHEN s.soft IN ('misskey', 'sharkey') THEN fixture_gen.full_name('inmn', s.k) END AS mn,
         CASE WHEN s.soft IN ('misskey', 'sharkey') THEN fixture_gen.pick(ARRAY['admin@', 'support@', 'contact@'], 'inme', s.k) || s.host ELSE NULL END AS me,
         CASE WHEN s.k = 8 THEN 'ロリ系画像が多いのでメディアをサイレンス検討。管理者 ' || fixture_gen.full_name('inmo', s.k) || ' (admin@pawoo.net) に連絡済み' END AS note
  FROM mkgen.srv s WHERE s.host IS NOT NULL
  UNION ALL
  SELECT 100 + u.i, u.host, u.soft, s.ver, coalesce(u.dname, u.uname) || CASE WHEN u.soft = 'mastodon' THEN '''s Mastodon' ELSE 'のおうち' END,
         u.cr, 1, 'おひとりさまサーバー', coalesce(u.kfull, u.f || ' ' || u.l), u.email,
         CASE WHEN u.i % 5 = 0 THEN '管理者は ' || coalesce(u.kfull, u.f || ' ' || u.l) || '。以前ローカルにいた @' || u.uname || ' と同一人物' END
  FROM (SELECT DISTINCT ON (host) * FROM mkgen.u WHERE sk > 12 ORDER BY host, i) u JOIN mkgen.srv s ON s.k = u.sk
  UNION ALL
  SELECT 900 + k, (ARRAY['spam.example', 'mstdn.example.xyz', 'spam-relay.example'])[k], 'misskey', '2023.12.2', 'spam', mkgen.at('inf', 900 + k, '2024-10-01', '2024-11-01'), 3, NULL, NULL, NULL,
         '2024-11 スパム波の発信元。IP ' || mkgen.ip('insp', k) || ' も Cloudflare で遮断'
  FROM generate_series(1, 3) k) x;

CREATE TABLE "chat_message" (
  "id" varchar(32) NOT NULL,
  "fromUserId" varchar(32) NOT NULL,
  "toUserId" varchar(32),
  "toRoomId" varchar(32),
  "text" character varying(4096),
  "uri" character varying(512),
  "reads" varchar(32) array NOT NULL DEFAULT '{}',
  "fileId" varchar(32),
  "reactions" character varying(1024) array NOT NULL DEFAULT '{}',
  CONSTRAINT "PK_c8e4ed5e29a4fc7e6b2b1e0b6d3" PRIMARY KEY ("id")
);
INSERT INTO "chat_message"
SELECT mkgen.aid(mkgen.at('cm', k, '2025-04-15', '2025-05-31'), 'cm', k), mkgen.uid(a), CASE WHEN k % 9 <> 0 THEN mkgen.uid(b) END,
       CASE WHEN k % 9 = 0 THEN mkgen.aid(timestamptz '2025-04-16 12:00:00+00' + (k % 3) * interval '1 day', 'crm', k % 3) END,
       mkgen.fill((ARRAY['こんばんは！先日のオフ会ありがとうございました', '住所送ります → 〒' || fixture_gen.digits('cmz', k, 3) || '-' || fixture_gen.digits('cmz2', k, 4) || ' %c ' || fixture_gen.street('cmst', k) || ' %n 宛でお願いします',
          'My number is %p, text me when you arrive', '了解です👍', 'コミッションの件、お支払いは PayPay で大丈夫ですか？ ID: %u', 'LINE交換しませんか？ ID は %u です', 'Sure, send it to %e', 'おやすみなさい〜'])[1 + fixture_gen.n('cmt', k, 8)], a),
       NULL,
       CASE WHEN k % 4 <> 0 THEN ARRAY[mkgen.uid(b)]::varchar[] ELSE '{}' END,
       CASE WHEN k % 17 = 0 THEN mkgen.fid(841 + k % 460) END,
       CASE WHEN k % 5 = 0 THEN ARRAY[mkgen.uid(b) || '/👍']::varchar[] ELSE '{}' END
FROM generate_series(1, 160) k CROSS JOIN LATERAL (SELECT mkgen.lu('cma', k) AS a, mkgen.lu('cmb', k) AS b) x;

CREATE TABLE "announcement" (
  "id" varchar(32) NOT NULL,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE,
  "text" character varying(8192) NOT NULL,
  "title" character varying(256) NOT NULL,
  "imageUrl" character varying(1024),
  "icon" character varying(256) NOT NULL DEFAULT 'info',
  "display" character varying(256) NOT NULL DEFAULT 'normal',
  "needConfirmationToRead" boolean NOT NULL DEFAULT false,
  "isActive" boolean NOT NULL DEFAULT true,
  "forExistingUsers" boolean NOT NULL DEFAULT false,
  "silence" boolean NOT NULL DEFAULT false,
  "userId" varchar(32),
  CONSTRAINT "PK_e0ef0550174fd1099a308fd18a0" PRIMARY KEY ("id")
);
-- site-wide announcements, and warnings addressed to one user
INSERT INTO "announcement"
SELECT mkgen.aid(t, 'an', k), t, CASE WHEN k % 3 = 0 THEN t + interval '2 hours' END,
       CASE WHEN k <= 24 THEN (ARRAY['6/2 3:00〜4:00 にサーバーメンテナンスを行います。', 'Misskey 2025.4.1 にアップデートしました。チャット機能が使えるようになりました！', '新しいカスタム絵文字を追加しました :blobcat_heart:',
                                   'スパムアカウントが増えています。怪しいDMのリンクは開かないでください。', 'サーバー費用のご支援ありがとうございます。今月の収支は固定ページをご覧ください。', '利用規約を改定しました。'])[1 + k % 6]
            ELSE (SELECT '@' || uname || ' さん、' || fixture_gen.pick(ARRAY['他のユーザーの個人情報（' || coalesce(kfull, f || ' ' || l, '') || ' さんの電話番号）を含む投稿を削除しました。次回は凍結となります。',
                   'センシティブな画像にNSFW設定がされていません。ご注意ください。', 'Your account was reported for sharing another member''s home address. Please read the rules.'], 'ant', k) FROM mkgen.u WHERE i = mkgen.lu('anu', k)) END,
       CASE WHEN k <= 24 THEN (ARRAY['メンテナンスのお知らせ', 'アップデートのお知らせ', '絵文字追加', 'スパムにご注意ください', 'ご支援のお礼', '利用規約改定'])[1 + k % 6] ELSE '運営からのお知らせ' END,
       CASE WHEN k % 6 = 2 THEN 'https://s3.hoshi.example/hoshizora/announce/emoji-' || k || '.png' END,
       CASE WHEN k > 24 THEN 'warning' ELSE (ARRAY['info', 'info', 'success', 'warning', 'info', 'info'])[1 + k % 6] END,
       CASE WHEN k > 24 THEN 'dialog' ELSE 'normal' END, k > 24, k > 12, k % 4 = 0, false,
       CASE WHEN k > 24 THEN mkgen.uid(mkgen.lu('anu', k)) END
FROM generate_series(1, 34) k CROSS JOIN LATERAL (SELECT mkgen.at('ant', k, '2022-06-01', '2025-05-30') AS t) x;

CREATE TYPE "public"."page_visibility_enum" AS ENUM ('public', 'followers', 'specified');
CREATE TABLE "page" (
  "id" varchar(32) NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "title" character varying(256) NOT NULL,
  "name" character varying(256) NOT NULL,
  "summary" character varying(256),
  "alignCenter" boolean NOT NULL,
  "hideTitleWhenPinned" boolean NOT NULL DEFAULT false,
  "font" character varying(32) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "eyeCatchingImageId" varchar(32),
  "content" jsonb NOT NULL DEFAULT '[]',
  "variables" jsonb NOT NULL DEFAULT '[]',
  "visibility" "public"."page_visibility_enum" NOT NULL,
  "visibleUserIds" varchar(32) array NOT NULL DEFAULT '{}',
  "likedCount" integer NOT NULL DEFAULT 0,
  "script" character varying(16384) NOT NULL DEFAULT '',
  CONSTRAINT "PK_742f4117e065c5b6ad21b37ba1f" PRIMARY KEY ("id")
);
INSERT INTO "page"
SELECT mkgen.aid(t, 'pg', k), t + interval '3 days',
       CASE WHEN k <= 2 THEN (ARRAY['利用規約', 'プライバシーポリシー'])[k] ELSE (ARRAY['自己紹介', 'Commission info', 'うちの子紹介', 'リンク集', 'Contact', 'おすすめ絵文字'])[1 + k % 6] END,
       CASE WHEN k <= 2 THEN (ARRAY['tos', 'privacy'])[k] ELSE (ARRAY['about', 'commission', 'ocs', 'links', 'contact', 'emoji'])[1 + k % 6] END,
       CASE WHEN k <= 2 THEN 'ほしぞらの' || (ARRAY['利用規約', 'プライバシーポリシー'])[k] ELSE mkgen.fill((ARRAY['%cに住んでる%fのこと', 'Prices and how to order', 'オリキャラの設定', NULL, 'How to reach me', NULL])[1 + k % 6], a) END,
       k % 2 = 0, false, fixture_gen.pick(ARRAY['sans-serif', 'serif'], 'pgf', k), mkgen.uid(a),
       CASE WHEN k % 5 = 0 THEN mkgen.fid(841 + k) END,
       CASE WHEN k <= 2 THEN jsonb_build_array(jsonb_build_object('id', fixture_gen.uuid('pgb', k), 'type', 'text', 'text', '個人情報の取り扱い: 当サーバーはIPアドレスとメールアドレスを不正利用防止のために保存します。お問い合わせは hoshino.aoi.0302@gmail.com まで。'))
            ELSE jsonb_build_array(jsonb_build_object('id', fixture_gen.uuid('pgb', k), 'type', 'text', 'text',
                   mkgen.fill((ARRAY['%n です。%b生まれ、%c在住。会社員をしながら絵を描いています。', 'Commissions: icon ¥5,000 / full body ¥15,000. Email %e with your reference. Payment via PayPal.', 'うちの子の名前はミケ。設定資料は下に', '- %s' || E'\n' || '- %o', 'Email: %e / Phone (work hours only): %p', ':blobcat: :nekomimi:'])[1 + k % 6], a)),
                   jsonb_build_object('id', fixture_gen.uuid('pgi', k), 'type', 'image', 'fileId', mkgen.fid(841 + k))) END,
       CASE WHEN k % 7 = 0 THEN '[{"id": "v1", "name": "count", "type": "number", "value": 0}]'::jsonb ELSE '[]' END,
       CASE WHEN k % 8 = 0 THEN 'followers' ELSE 'public' END::page_visibility_enum, '{}', fixture_gen.n('pglk', k, 40),
       CASE WHEN k % 7 = 0 THEN '/// @ 0.19.0' || E'\n' || 'var count = 0' || E'\n' || 'Ui:render([Ui:C:button({ text: "click", onClick: @() { count += 1 } })])' ELSE '' END
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT mkgen.at('pgt', k, '2022-05-01', '2025-05-01') AS t, CASE WHEN k <= 2 THEN 1 ELSE mkgen.lu('pgu', k) END AS a) x;
UPDATE "user_profile" SET "pinnedPageId" = p.id FROM "page" p WHERE p."userId" = "user_profile"."userId" AND p.name IN ('about', 'commission')
  AND p.id = (SELECT min(id) FROM "page" q WHERE q."userId" = p."userId" AND q.name IN ('about', 'commission'));

CREATE TABLE "clip" (
  "id" varchar(32) NOT NULL,
  "lastClippedAt" TIMESTAMP WITH TIME ZONE,
  "userId" varchar(32) NOT NULL,
  "name" character varying(128) NOT NULL,
  "isPublic" boolean NOT NULL DEFAULT false,
  "description" character varying(2048),
  CONSTRAINT "PK_f0685dac8d4dd056d7255670b75" PRIMARY KEY ("id")
);
INSERT INTO "clip"
SELECT mkgen.aid(mkgen.at('cl', k, '2023-01-01', '2025-04-01'), 'cl', k), mkgen.at('cll', k, '2025-04-01', '2025-05-31'), mkgen.uid(a),
       fixture_gen.pick(ARRAY['あとで読む', 'レシピ', '資料', 'Funny', '推し', '作業用', 'お気に入り'], 'cln', k), k % 3 = 0,
       CASE WHEN k % 4 = 0 THEN mkgen.fill((ARRAY['作りたい料理', '%nさんの絵まとめ', 'threads to reply to later', 'オフ会の連絡まとめ。幹事 %p'])[1 + fixture_gen.n('cld', k, 4)], mkgen.lu('cldu', k)) END
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT mkgen.lu('clu', k) AS a) x;

CREATE TABLE "channel" (
  "id" varchar(32) NOT NULL,
  "lastNotedAt" TIMESTAMP WITH TIME ZONE,
  "userId" varchar(32),
  "name" character varying(128) NOT NULL,
  "description" character varying(2048),
  "bannerId" varchar(32),
  "pinnedNoteIds" character varying(128) array NOT NULL DEFAULT '{}',
  "color" character varying(16) NOT NULL DEFAULT '#86b300',
  "isArchived" boolean NOT NULL DEFAULT false,
  "notesCount" integer NOT NULL DEFAULT 0,
  "usersCount" integer NOT NULL DEFAULT 0,
  "isSensitive" boolean NOT NULL DEFAULT false,
  "allowRenoteToExternal" boolean NOT NULL DEFAULT true,
  CONSTRAINT "PK_590f33ee6ee7d76437acf362e39" PRIMARY KEY ("id")
);
INSERT INTO "channel"
SELECT mkgen.chid(c), mkgen.at('chl', c, '2025-05-01', '2025-05-31'), mkgen.uid(CASE WHEN c <= 3 THEN 1 ELSE mkgen.lu('chu', c) END),
       (ARRAY['お絵描き', '猫', 'プログラミング', 'スプラトゥーン', '今日のごはん', 'Fediverse English', 'カメラ部', '雑談', '地震速報', '読書会', 'DTM', '自宅サーバー'])[c],
       (ARRAY['絵を描く人・見る人のチャンネル', '猫の写真をどうぞ', 'Programming talk, any language', '一緒に遊ぶ人募集', 'ごはんの写真', 'For English speakers on Hoshizora', '撮った写真をシェア', 'なんでも', '地震情報bot の投稿先', '月一回の読書会', '作った曲をシェア', 'Home lab and self-hosting'])[c],
       CASE WHEN c % 3 = 0 THEN mkgen.fid(1290 - c) END,
       CASE WHEN c % 4 = 0 THEN ARRAY[mkgen.nid(c * 17)]::varchar[] ELSE '{}' END,
       fixture_gen.pick(ARRAY['#86b300', '#ff7f50', '#6495ed', '#9370db'], 'chc', c), c = 11, fixture_gen.n('chnc', c, 3000), fixture_gen.n('chuc', c, 150), false, c <> 9
FROM generate_series(1, 12) c;

CREATE TABLE "following" (
  "id" varchar(32) NOT NULL,
  "followeeId" varchar(32) NOT NULL,
  "followerId" varchar(32) NOT NULL,
  "isFollowerHibernated" boolean NOT NULL DEFAULT false,
  "withReplies" boolean NOT NULL DEFAULT false,
  "notify" character varying(32),
  "followerHost" character varying(128),
  "followerInbox" character varying(512),
  "followerSharedInbox" character varying(512),
  "followeeHost" character varying(128),
  "followeeInbox" character varying(512),
  "followeeSharedInbox" character varying(512),
  CONSTRAINT "PK_c76c6e044bdf76ecf8bfb82a645" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "IDX_307be5f1d1252e0388662acb96" ON "following" ("followerId", "followeeId");
INSERT INTO "following"
SELECT DISTINCT ON (fr.id, fe.id) mkgen.aid(mkgen.at('fl', k, greatest(fr.cr, fe.cr), '2025-05-31'), 'fl', k), fe.id, fr.id, false, k % 5 = 0, CASE WHEN k % 11 = 0 THEN 'normal' END,
       fr.host, CASE WHEN fr.host IS NOT NULL THEN mkgen.actor(fr.i) || '/inbox' END, CASE WHEN fr.host IS NOT NULL THEN 'https://' || fr.host || '/inbox' END,
       fe.host, CASE WHEN fe.host IS NOT NULL THEN mkgen.actor(fe.i) || '/inbox' END, CASE WHEN fe.host IS NOT NULL THEN 'https://' || fe.host || '/inbox' END
FROM generate_series(1, 500) k
JOIN mkgen.u fr ON fr.i = CASE WHEN k % 4 = 0 THEN mkgen.ru('flr', k) ELSE mkgen.lu('flr', k) END
JOIN mkgen.u fe ON fe.i = CASE WHEN k % 4 = 0 THEN mkgen.lu('fle', k) WHEN k % 3 = 0 THEN mkgen.ru('fle', k) ELSE mkgen.lu('fle', k) END
WHERE fr.i <> fe.i
ORDER BY fr.id, fe.id, k;

CREATE TYPE "public"."antenna_src_enum" AS ENUM ('home', 'all', 'users', 'list', 'users_blacklist');
CREATE TABLE "antenna" (
  "id" varchar(32) NOT NULL,
  "userId" varchar(32) NOT NULL,
  "name" character varying(128) NOT NULL,
  "src" "public"."antenna_src_enum" NOT NULL,
  "userListId" varchar(32),
  "keywords" jsonb NOT NULL DEFAULT '[]',
  "excludeKeywords" jsonb NOT NULL DEFAULT '[]',
  "users" character varying(1024) array NOT NULL DEFAULT '{}',
  "caseSensitive" boolean NOT NULL DEFAULT false,
  "withReplies" boolean NOT NULL DEFAULT false,
  "withFile" boolean NOT NULL,
  "localOnly" boolean NOT NULL DEFAULT false,
  "excludeBots" boolean NOT NULL DEFAULT false,
  "isActive" boolean NOT NULL DEFAULT true,
  "lastUsedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "excludeNotesInSensitiveChannel" boolean NOT NULL DEFAULT false,
  CONSTRAINT "PK_c170b99775e1dccca947c9f2d5f" PRIMARY KEY ("id")
);
-- egosearch antennas watch the owner's own names and handles
INSERT INTO "antenna"
SELECT mkgen.aid(mkgen.at('ant', k, '2023-01-01', '2025-05-01'), 'ant', k), u.id,
       CASE s WHEN 0 THEN 'エゴサ' WHEN 1 THEN fixture_gen.pick(ARRAY['推し', 'Friends', '絵師さん'], 'antn', k) ELSE fixture_gen.pick(ARRAY['ゲーム情報', 'Rust', '地震', '猫'], 'antn', k) END,
       CASE s WHEN 1 THEN 'users' ELSE 'all' END::antenna_src_enum, NULL,
       CASE s WHEN 0 THEN jsonb_build_array(jsonb_build_array(coalesce(u.kfull, u.f || ' ' || u.l, u.uname)), jsonb_build_array(u.uname), jsonb_build_array(coalesce(u.kana, u.f, u.uname), 'さん'))
              WHEN 1 THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_array(fixture_gen.pick(ARRAY['スプラ', 'rust', '地震', '猫'], 'antk', k))) END,
       CASE WHEN s = 2 AND k % 2 = 0 THEN '[["PR"], ["広告"]]'::jsonb ELSE '[]' END,
       CASE WHEN s = 1 THEN ARRAY[mkgen.mtext(mkgen.ru('antu1', k)), mkgen.mtext(mkgen.lu('antu2', k)), mkgen.mtext(mkgen.ru('antu3', k))]::varchar[] ELSE '{}' END,
       false, k % 3 = 0, k % 4 = 0, k % 5 = 0, k % 2 = 0, k % 9 <> 0, mkgen.at('antl', k, '2025-04-01', '2025-05-31'), false
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT fixture_gen.n('ants', k, 3) AS s) x JOIN mkgen.u u ON u.i = mkgen.lu('antu', k);

CREATE TYPE "public"."poll_notevisibility_enum" AS ENUM ('public', 'home', 'followers', 'specified');
CREATE TABLE "poll" (
  "noteId" varchar(32) NOT NULL,
  "expiresAt" TIMESTAMP WITH TIME ZONE,
  "multiple" boolean NOT NULL,
  "choices" character varying(256) array NOT NULL DEFAULT '{}',
  "votes" integer array NOT NULL,
  "noteVisibility" "public"."poll_notevisibility_enum" NOT NULL,
  "userId" varchar(32) NOT NULL,
  "userHost" character varying(128),
  "channelId" varchar(32),
  CONSTRAINT "PK_da851e06d0dfe2ef397d8b1bf1b" PRIMARY KEY ("noteId")
);
INSERT INTO "poll"
SELECT n.id, CASE WHEN t.k % 2 = 0 THEN mkgen.ncr(t.k) + interval '1 day' END, t.k % 3 = 0,
       (ARRAY['{きのこ,たけのこ}', '{朝型,夜型}', '{Vim,Emacs,VS Code}', '{犬,猫,どっちも}', '{iPhone,Android}'])[1 + t.k % 5]::varchar[],
       CASE WHEN t.k % 5 = 2 THEN ARRAY[fixture_gen.n('pv1', t.k, 40), fixture_gen.n('pv2', t.k, 40), fixture_gen.n('pv3', t.k, 40)] ELSE ARRAY[fixture_gen.n('pv1', t.k, 40), fixture_gen.n('pv2', t.k, 40)] END
       || CASE WHEN t.k % 5 = 3 THEN ARRAY[fixture_gen.n('pv3', t.k, 40)] ELSE '{}'::int[] END,
       n.visibility::text::poll_notevisibility_enum, n."userId", n."userHost", n."channelId"
FROM "note" n JOIN mkgen.nt t ON t.id = n.id WHERE n."hasPoll";

CREATE TABLE "emoji" (
  "id" varchar(32) NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE,
  "name" character varying(128) NOT NULL,
  "host" character varying(128),
  "originalUrl" character varying(512) NOT NULL,
  "publicUrl" character varying(512) NOT NULL DEFAULT '',
  "uri" character varying(512),
  "type" character varying(64),
  "aliases" character varying(128) array NOT NULL DEFAULT '{}',
  "category" character varying(128),
  "license" character varying(1024),
  "localOnly" boolean NOT NULL DEFAULT false,
  "isSensitive" boolean NOT NULL DEFAULT false,
  "roleIdsThatCanBeUsedThisEmojiAsReaction" character varying(128) array NOT NULL DEFAULT '{}',
  CONSTRAINT "PK_df74ce05e24999ee01ea0bc50a3" PRIMARY KEY ("id")
);
INSERT INTO "emoji"
SELECT mkgen.aid(mkgen.at('em', k, '2022-04-01', '2025-05-01'), 'em', k), mkgen.at('emu', k, '2025-01-01', '2025-05-20'), nm,
       CASE WHEN k > 50 THEN h END,
       CASE WHEN k > 50 THEN 'https://' || h || '/files/' || fixture_gen.uuid('emo', k) || '.png' ELSE 'https://s3.hoshi.example/hoshizora/' || fixture_gen.uuid('emo', k) || '.png' END,
       CASE WHEN k > 50 THEN 'https://' || h || '/files/' || fixture_gen.uuid('emo', k) || '.png' ELSE 'https://s3.hoshi.example/hoshizora/webpublic-' || fixture_gen.uuid('emp', k) || '.png' END,
       CASE WHEN k > 50 THEN 'https://' || h || '/emojis/' || nm END, 'image/png',
       CASE WHEN k <= 50 THEN ARRAY[replace(nm, '_', ''), 'ねこ']::varchar[] ELSE '{}' END,
       CASE WHEN k <= 50 THEN fixture_gen.pick(ARRAY['猫', 'リアクション', '文字', 'ほしぞら'], 'emc', k) END,
       CASE WHEN k <= 50 THEN fixture_gen.pick(ARRAY['CC BY-NC-SA 4.0', 'Apache-2.0 (blobcat by Volpeon)', '作者: @' || mkgen.fill('%u', mkgen.lu('eml', k)) || ' (' || mkgen.fill('%n', mkgen.lu('eml', k)) || ') / 再配布禁止', 'CC0', 'Copyright ' || mkgen.fill('%n', mkgen.lu('eml2', k)) || ', used with permission'], 'emlt', k) END,
       k % 13 = 0, k % 17 = 0, '{}'
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['blobcat', 'nekomimi', 'igyo', 'naruhodo', 'arigato', 'otsukare', 'ablobcat_dance', 'kusa', 'tasukaru', 'yosasou', 'shiran_kedo', 'doya'], 'emn', k) || '_' || k AS nm,
                           fixture_gen.pick(ARRAY['misskey.io', 'misskey.design', 'nijimiss.moe', 'sharkey.world'], 'emh', k) AS h) x;

-- The registry: the web client's settings per account (scope client/base),
-- the deck, plugins with their configuration, and the memo widget's text.
CREATE TABLE "registry_item" (
  "id" varchar(32) NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "userId" varchar(32) NOT NULL,
  "key" character varying(1024) NOT NULL,
  "scope" character varying(1024) array NOT NULL DEFAULT '{}',
  "domain" character varying(512),
  "value" jsonb DEFAULT '{}',
  CONSTRAINT "PK_64b3f7e6008b4d89b826cd3af95" PRIMARY KEY ("id")
);
INSERT INTO "registry_item"
SELECT mkgen.aid(mkgen.at('ri', k, '2023-01-01', '2025-05-01'), 'ri', k), mkgen.at('riu', k, '2025-03-01', '2025-05-31'), mkgen.uid(a), key,
       CASE WHEN key IN ('profiles', 'default') THEN '{client,deck,profiles}'::varchar[] WHEN key = 'state' THEN '{client,aiscript}' ELSE '{client,base}' END,
       CASE WHEN key = 'state' THEN 'play:' || mkgen.aid(mkgen.at('rip', k, '2024-01-01', '2025-01-01'), 'flash', k) END,
       CASE key
         WHEN 'memo' THEN to_jsonb(mkgen.fill((ARRAY['病院 %p (火) 15:00', '実家の住所: %c ' || fixture_gen.street('rist', k), 'Wi-Fi: hoshi-guest / pass: ' || mkgen.rnd('riwf', k, 12), 'コミッション待ち: @' || mkgen.fill('%u', a + 3) || ' アイコン ¥5000', 'マイナンバー ' || fixture_gen.digits('rimy', k, 12)])[1 + fixture_gen.n('rimt', k, 5)], a))
         WHEN 'plugins' THEN jsonb_build_array(jsonb_build_object('id', fixture_gen.uuid('ripl', k), 'name', 'DeepL翻訳プラグイン', 'version', '1.2.0', 'author', '@' || mkgen.fill('%u', mkgen.lu('ripa', k)), 'active', true,
                    'configData', jsonb_build_object('apiKey', fixture_gen.uuid('ridk', k) || ':fx', 'targetLang', 'JA')))
         WHEN 'widgets' THEN '[{"name": "clock", "id": "a1", "place": "left", "data": {"size": "medium"}}, {"name": "notifications", "id": "a2", "place": "right", "data": {}}]'::jsonb
         WHEN 'profiles' THEN '[{"name": "default", "columns": [{"type": "main", "id": "m1"}, {"type": "notifications", "id": "n1"}]}]'::jsonb
         WHEN 'state' THEN jsonb_build_object('score', fixture_gen.n('ris', k, 1000), 'playerName', mkgen.fill('%f', a))
         WHEN 'themes' THEN '[{"id": "c9f8e2", "name": "Hoshizora Night", "base": "dark", "props": {"accent": "#86b300"}}]'::jsonb
         ELSE jsonb_build_object('tl', jsonb_build_object('src', 'home'), 'showFixedPostForm', k % 2 = 0, 'overridedDeviceKind', NULL, 'visibility', 'public') END
FROM generate_series(1, 220) k
CROSS JOIN LATERAL (SELECT mkgen.lu('riu', k) AS a, (ARRAY['memo', 'plugins', 'widgets', 'profiles', 'state', 'themes', 'defaultStore', 'defaultStore', 'widgets', 'memo'])[1 + fixture_gen.n('rik', k, 10)] AS key) x;

-- ---------------------------------------------------------------------
SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA mkgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
