-- classify-eval fixture (HOLDOUT 9, with ghost: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): a Matrix Synapse 1.9x homeserver on PostgreSQL in Synapse's
-- own hand-written naming, a subset of its tables with their real columns
-- and types: text keys everywhere, user ids as the handle
-- (@localpart:chat.example.org) in columns named user_id, name, user_name,
-- sender, creator, state_key and other_user_id, room ids (!...), event ids
-- ($...), bigint epoch-millisecond times, stream orderings, JSON kept as
-- text. Users with bcrypt hashes, guests with numeric ids, Telegram puppets
-- and bots; access and refresh tokens in Synapse's syt_/syr_ shape, the
-- client IP log (which keeps the full access token beside the IP and user
-- agent), devices named after their owners ("Ngozi's iPhone"), profiles,
-- emails and phone numbers as third-party ids, SSO subject ids, rooms whose
-- name is a team's while member events carry people's display names and
-- avatars, events and their JSON with message bodies (some naming people,
-- phones, emails, a sick note), the full-text index, uploaded media whose
-- file names name people (passport scans, CVs, payslips), remote media,
-- pushers (push tokens, email pushers, gateway URLs), push rules whose
-- keywords are people's names, end-to-end keys (public device, one-time and
-- cross-signing keys that are not secret; key backups and secret storage
-- that are), to-device messages, account data, read receipts, presence
-- status messages, UI-auth sessions keeping a typed password, e-mail
-- validation sessions with client secrets and next_link URLs carrying them,
-- registration, login and OpenID tokens, the user directory and its
-- search vectors, abuse reports, server signing keys (public), application
-- service state, rate-limit overrides. The homeserver of a freight company
-- with offices in Hamburg, Kraków, Pune, Lagos, São Paulo, Osaka and Dubai,
-- federating with partners' servers.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

-- b64u: unpadded standard base64 of len pseudo-random bytes (Synapse's keys
-- and signatures); b64url: the URL-safe alphabet (event ids).
CREATE FUNCTION sgen.b64u(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(fixture_gen.b64(tag, i, len), '=') $$;

CREATE FUNCTION sgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- fold: a name folded to ASCII for a localpart or an address.
CREATE FUNCTION sgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçłśźżńęąćÁÉÍÓÚÖÜÇŁŚŻ', 'aeiouaeiouaeiouaeiouaonclszzneacAEIOUOUCLSZ')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION sgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') $$;

-- Names by culture, with the native script where one is used.
CREATE TABLE sgen.nm (c text, k int, first text, last text, first_native text, last_native text);
INSERT INTO sgen.nm
SELECT c, k, f[k], l[k], fn[k], ln[k] FROM (VALUES
  ('de', ARRAY['Jonas', 'Lena', 'Matthias', 'Katrin', 'Felix', 'Sabine', 'Lukas', 'Anja'], ARRAY['Schmidt', 'Müller', 'Becker', 'Hoffmann', 'Wagner', 'Schäfer', 'Krüger', 'Neumann'], NULL::text[], NULL::text[]),
  ('pl', ARRAY['Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Marek', 'Zofia', 'Jan', 'Małgorzata'], ARRAY['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Dudek', 'Kaczmarek', 'Pawlak'], NULL, NULL),
  ('in', ARRAY['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Deepika', 'Sanjay'], ARRAY['Sharma', 'Iyer', 'Nair', 'Reddy', 'Patel', 'Menon', 'Gupta', 'Banerjee'], NULL, NULL),
  ('ng', ARRAY['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Obi', 'Afolabi'], NULL, NULL),
  ('br', ARRAY['João', 'Beatriz', 'Thiago', 'Larissa', 'Rafael', 'Camila', 'Gustavo', 'Fernanda'], ARRAY['Silva', 'Oliveira', 'Souza', 'Pereira', 'Carvalho', 'Almeida', 'Ribeiro', 'Costa'], NULL, NULL),
  ('jp', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Kenji', 'Sakura'], ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
         ARRAY['陽翔', '結衣', '蒼太', '葵', '蓮', '陽菜', '健二', 'さくら'], ARRAY['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村']),
  ('ar', ARRAY['Omar', 'Layla', 'Youssef', 'Fatima', 'Khaled', 'Mariam', 'Tariq', 'Noor'], ARRAY['Haddad', 'Al-Sayed', 'Khalil', 'Nasser', 'Mansour', 'Farouk', 'Aziz', 'Hamdan'],
         ARRAY['عمر', 'ليلى', 'يوسف', 'فاطمة', 'خالد', 'مريم', 'طارق', 'نور'], ARRAY['حداد', 'السيد', 'خليل', 'ناصر', 'منصور', 'فاروق', 'عزيز', 'حمدان']),
  ('en', ARRAY['Amelia', 'Oliver', 'Siobhan', 'Liam', 'Ingrid', 'Lars', 'Aylin', 'Emre'], ARRAY['Walsh', 'Brennan', 'Lindqvist', 'Andersen', 'Yılmaz', 'Demir', 'Murphy', 'Clarke'], NULL, NULL)
) v(c, f, l, fn, ln), generate_series(1, 8) k;

CREATE FUNCTION sgen.first(tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT first FROM sgen.nm WHERE c = (ARRAY['de', 'pl', 'in', 'ng', 'br', 'jp', 'ar', 'en'])[1 + fixture_gen.n(tag || 'c', i, 8)] AND k = 1 + fixture_gen.n(tag || 'f', i, 8) $$;

CREATE FUNCTION sgen.full(tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT a.first || ' ' || b.last FROM sgen.nm a JOIN sgen.nm b ON b.c = a.c
  WHERE a.c = (ARRAY['de', 'pl', 'in', 'ng', 'br', 'jp', 'ar', 'en'])[1 + fixture_gen.n(tag || 'c', i, 8)] AND a.k = 1 + fixture_gen.n(tag || 'f', i, 8) AND b.k = 1 + fixture_gen.n(tag || 'l', i, 8)
$$;

-- People of the homeserver. 1-460 staff of Kestrel Freight, 461-475 guests
-- (numeric localparts), 476-505 Telegram puppets of customers and drivers,
-- 506-510 bots, the bridge bot and the admin account; 1001-1150 people on
-- partners' servers.
CREATE TABLE sgen.u (i int PRIMARY KEY, kind text, c text, first text, last text, dn text, lp text, uid text, server text, email text, msisdn text, created bigint);
INSERT INTO sgen.u (i, kind, c, first, last, dn, server)
SELECT i, 'staff', a.c, a.first, b.last,
       CASE WHEN a.c IN ('jp', 'ar') AND i % 3 = 0 THEN CASE WHEN a.c = 'jp' THEN b.last_native || ' ' || a.first_native ELSE a.first_native || ' ' || b.last_native END
            WHEN i % 11 = 0 THEN a.first || ' ' || substr(b.last, 1, 1) || '.'
            WHEN i % 13 = 0 THEN a.first || ' ' || b.last || ' (' || (ARRAY['Hamburg', 'Kraków', 'Pune', 'Lagos', 'São Paulo', 'Osaka', 'Dubai'])[1 + i % 7] || ')'
            WHEN i % 17 = 0 THEN a.first
            ELSE a.first || ' ' || b.last END,
       'chat.example.org'
FROM generate_series(1, 460) i
JOIN sgen.nm a ON a.c = (ARRAY['de', 'pl', 'in', 'ng', 'br', 'jp', 'ar', 'en'])[1 + fixture_gen.n('uc', i, 8)] AND a.k = 1 + fixture_gen.n('uf', i, 8)
JOIN sgen.nm b ON b.c = a.c AND b.k = 1 + fixture_gen.n('ul', i, 8);
INSERT INTO sgen.u (i, kind, c, first, last, dn, server)
SELECT i, 'remote', a.c, a.first, b.last, CASE WHEN i % 7 = 0 THEN a.first ELSE a.first || ' ' || b.last END,
       (ARRAY['matrix.org', 'chat.partner-logistik.example', 'matrix.tu-hamburg.example', 'im.aurora-portos.example', 'matrix.osaka-shipping.example', 'chat.lagos-hub.example'])[1 + fixture_gen.n('rsrv', i, 6)]
FROM generate_series(1001, 1150) i
JOIN sgen.nm a ON a.c = (ARRAY['de', 'pl', 'in', 'ng', 'br', 'jp', 'ar', 'en'])[1 + fixture_gen.n('ruc', i, 8)] AND a.k = 1 + fixture_gen.n('ruf', i, 8)
JOIN sgen.nm b ON b.c = a.c AND b.k = 1 + fixture_gen.n('rul', i, 8);
UPDATE sgen.u SET lp = CASE fixture_gen.n('lpf', i, 5)
    WHEN 0 THEN sgen.fold(first) || '.' || sgen.fold(last) WHEN 1 THEN substr(sgen.fold(first), 1, 1) || sgen.fold(last)
    WHEN 2 THEN sgen.fold(first) || '_' || sgen.fold(last) WHEN 3 THEN sgen.fold(first) || sgen.fold(last) ELSE sgen.fold(first) || (i % 97)::text END;
UPDATE sgen.u u SET lp = u.lp || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY lp, server ORDER BY i) AS rn FROM sgen.u) d WHERE d.i = u.i AND d.rn > 1;
INSERT INTO sgen.u (i, kind, lp, dn, server)
SELECT i, 'guest', (1 + (i - 461) * 3)::text, NULL, 'chat.example.org' FROM generate_series(461, 475) i;
INSERT INTO sgen.u (i, kind, c, first, last, dn, lp, server)
SELECT i, 'puppet', a.c, a.first, b.last, a.first || ' ' || b.last || ' (Telegram)', 'telegram_' || (1 + fixture_gen.n('tgd1', i, 9))::text || fixture_gen.digits('tgid', i, 9), 'chat.example.org'
FROM generate_series(476, 505) i
JOIN sgen.nm a ON a.c = (ARRAY['de', 'pl', 'in', 'ng', 'br', 'jp', 'ar', 'en'])[1 + fixture_gen.n('tuc', i, 8)] AND a.k = 1 + fixture_gen.n('tuf', i, 8)
JOIN sgen.nm b ON b.c = a.c AND b.k = 1 + fixture_gen.n('tul', i, 8);
INSERT INTO sgen.u (i, kind, lp, dn, server) VALUES
  (506, 'bridge', 'telegrambot', 'Telegram bridge bot', 'chat.example.org'),
  (507, 'bot', 'alertmanager', 'Alertmanager', 'chat.example.org'),
  (508, 'support', 'notices', 'Server Notices', 'chat.example.org'),
  (509, 'admin', 'admin', 'Homeserver admin', 'chat.example.org'),
  (510, 'bot', 'shipbot', 'Shipment tracker', 'chat.example.org');
UPDATE sgen.u SET uid = '@' || lp || ':' || server,
  email = CASE WHEN kind = 'staff' AND i % 5 <> 0 THEN sgen.fold(first) || '.' || sgen.fold(last) || '@kestrel-freight.example'
               WHEN kind = 'staff' THEN sgen.fold(first) || fixture_gen.pick(ARRAY['.', '_', ''], 'em', i) || sgen.fold(last) || (i % 90)::text || '@'
                    || fixture_gen.pick(ARRAY['mail.example', 'posteo.example', 'gmx.example', 'example.com', 'inbox.example'], 'emd', i) END,
  msisdn = CASE WHEN kind = 'staff' THEN CASE c WHEN 'de' THEN '4915' || fixture_gen.digits('ms', i, 9) WHEN 'pl' THEN '48' || (5 + i % 3)::text || fixture_gen.digits('ms', i, 8)
      WHEN 'in' THEN '91' || (7 + i % 3)::text || fixture_gen.digits('ms', i, 9) WHEN 'ng' THEN '234' || (ARRAY['803', '806', '813', '905'])[1 + i % 4] || fixture_gen.digits('ms', i, 7)
      WHEN 'br' THEN '5511' || '9' || fixture_gen.digits('ms', i, 8) WHEN 'jp' THEN '8190' || fixture_gen.digits('ms', i, 8)
      WHEN 'ar' THEN '9715' || (ARRAY['0', '2', '5', '6'])[1 + i % 4] || fixture_gen.digits('ms', i, 7) ELSE '447' || fixture_gen.digits('ms', i, 9) END END,
  created = 1577836800000 + fixture_gen.n('ucr', i, 60000) * 1000000::bigint + fixture_gen.n('ucrm', i, 1000000);
UPDATE sgen.u SET email = replace(email, '@', d.rn || '@') FROM (SELECT i AS j, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM sgen.u WHERE email IS NOT NULL) d WHERE d.j = i AND d.rn > 1;

-- A local person (staff) by a deterministic draw.
CREATE FUNCTION sgen.staff(tag text, i bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 1 + fixture_gen.n(tag, i, 460) $$;

-- Sign-in: a third of the staff sign in through the company's Keycloak
-- (OIDC), some IT staff through GitHub; they have no password.
ALTER TABLE sgen.u ADD COLUMN sso text, ADD COLUMN deact boolean DEFAULT false;
UPDATE sgen.u SET sso = CASE WHEN i % 5 IN (1, 2) THEN 'oidc-kestrel' WHEN i % 31 = 4 THEN 'oidc-github' END, deact = (i % 23 = 0) WHERE kind = 'staff';
-- Local users: the people, guests, puppets and bots.
CREATE VIEW sgen.lu AS SELECT * FROM sgen.u WHERE server = 'chat.example.org';

CREATE FUNCTION sgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.55 Chrome/120.0.6099.56 Electron/28.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.57 Chrome/120.0.6099.109 Electron/28.1.0 Safari/537.36',
    'Element/1.11.5 (iPhone; iOS 17.2.1; Scale/3.00)',
    'Element/1.11.4 (iPad; iOS 16.7.4; Scale/2.00)',
    'Element/1.6.10 (Samsung SM-S911B; Android 14; UP1A.231005.007; Flavour GPlay; MatrixAndroidSdk2 1.6.10)',
    'Element/1.6.8 (Google Pixel 7; Android 14; UQ1A.240105.004; Flavour FDroid; MatrixAndroidSdk2 1.6.8)',
    'Element X/1.5.4 (iPhone14,5; iOS 17.3; Scale/3.00)',
    'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:122.0) Gecko/20100101 Firefox/122.0'], tag, i)
$$;

CREATE FUNCTION sgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN fixture_gen.n(tag || 'v6', i, 5) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END $$;

-- Synapse's token shapes: <prefix>_<unpadded base64 of the localpart>_<20 random>_<6 base62 check>.
CREATE FUNCTION sgen.tok(prefix text, lp text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT prefix || '_' || CASE WHEN lp IS NULL THEN '' ELSE rtrim(translate(encode(convert_to(lp, 'UTF8'), 'base64'), E'\n', ''), '=') || '_' END
      || sgen.rnd(tag, i, 20) || '_' || fixture_gen.chars(tag || 'crc', i, 6)
$$;

CREATE TABLE users (
    name text, password_hash text, creation_ts bigint, admin smallint DEFAULT 0 NOT NULL, upgrade_ts bigint, is_guest smallint DEFAULT 0 NOT NULL,
    appservice_id text, consent_version text, consent_server_notice_sent text, user_type text DEFAULT NULL, deactivated smallint DEFAULT 0 NOT NULL,
    shadow_banned boolean, consent_ts bigint, approved boolean, locked boolean DEFAULT false NOT NULL, suspended boolean DEFAULT false NOT NULL,
    UNIQUE (name)
);
INSERT INTO users
SELECT uid,
       CASE WHEN kind IN ('staff', 'admin') AND sso IS NULL AND NOT deact THEN '$2' || 'b$12$' || fixture_gen.chars('pwh', i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       created / 1000, CASE WHEN kind = 'admin' OR i IN (7, 42, 118) THEN 1 ELSE 0 END,
       CASE WHEN kind = 'staff' AND i % 41 = 0 THEN created / 1000 + 3600 END, CASE WHEN kind = 'guest' THEN 1 ELSE 0 END,
       CASE WHEN kind IN ('puppet', 'bridge') THEN 'telegram' END,
       CASE WHEN kind = 'staff' THEN CASE WHEN created > 1640995200000 THEN '2.0' ELSE '1.0' END END,
       CASE WHEN kind = 'staff' AND i % 6 = 0 THEN '2.0' END,
       CASE kind WHEN 'bot' THEN 'bot' WHEN 'support' THEN 'support' WHEN 'bridge' THEN 'bot' END,
       CASE WHEN deact THEN 1 ELSE 0 END, CASE WHEN kind = 'guest' AND i = 468 THEN true ELSE false END,
       CASE WHEN kind = 'staff' THEN created + 86400000 END, true, i = 133, false
FROM sgen.lu ORDER BY i;

CREATE TABLE user_external_ids (auth_provider text NOT NULL, external_id text NOT NULL, user_id text NOT NULL, UNIQUE (auth_provider, external_id));
INSERT INTO user_external_ids
SELECT sso, CASE sso WHEN 'oidc-kestrel' THEN fixture_gen.uuid('kcsub', i) ELSE (1000000 + fixture_gen.n('ghid', i, 90000000))::text END, uid
FROM sgen.lu WHERE sso IS NOT NULL
UNION ALL
SELECT 'saml-partners', lp || '@partner-logistik.example', uid FROM sgen.lu WHERE kind = 'staff' AND i % 37 = 5;

CREATE TABLE user_threepids (user_id text NOT NULL, medium text NOT NULL, address text NOT NULL, validated_at bigint NOT NULL, added_at bigint NOT NULL, UNIQUE (medium, address));
INSERT INTO user_threepids
SELECT uid, 'email', email, created + 120000 + i, created + 120000 + i FROM sgen.lu WHERE email IS NOT NULL AND NOT deact
UNION ALL
SELECT uid, 'msisdn', msisdn, created + 86400000::bigint * (3 + i % 40), created + 86400000::bigint * (3 + i % 40) FROM sgen.lu WHERE msisdn IS NOT NULL AND i % 3 = 0 AND NOT deact;

CREATE TABLE profiles (user_id text NOT NULL, displayname text, avatar_url text, full_user_id text, UNIQUE (user_id));
INSERT INTO profiles
SELECT lp, CASE WHEN deact THEN NULL ELSE dn END,
       CASE WHEN NOT deact AND kind IN ('staff', 'puppet', 'bot', 'bridge') AND i % 5 <> 3 THEN 'mxc://chat.example.org/' || sgen.rnd('avm', i, 24) END,
       uid
FROM sgen.lu WHERE kind <> 'guest' OR i % 2 = 0 ORDER BY i;

-- Devices: one to three per person (Element on the phone, the desktop app,
-- a browser), one per guest and bot. Many are named after their owner.
CREATE TABLE sgen.dev AS
SELECT row_number() OVER (ORDER BY u.i, k) AS d, u.i AS u, k, u.uid, u.lp, u.first, u.kind,
       fixture_gen.chars('devid', u.i * 10 + k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') AS device_id,
       CASE WHEN u.kind = 'staff' THEN k ELSE 3 END AS form
FROM sgen.lu u, generate_series(1, 3) k
WHERE (u.kind = 'staff' AND NOT u.deact AND k <= 1 + fixture_gen.n('ndev', u.i, 3)) OR (u.kind IN ('guest', 'bot', 'support', 'admin', 'bridge') AND k = 1);
ALTER TABLE sgen.dev ADD COLUMN ua text, ADD COLUMN ip text, ADD COLUMN name text, ADD COLUMN seen bigint;
UPDATE sgen.dev SET
  ua = CASE WHEN kind = 'bridge' THEN 'mautrix-telegram/0.15.1 mautrix-python/0.20.4 aiohttp/3.9.1 Python/3.11'
            WHEN kind = 'bot' THEN 'matrix-nio/0.24.0 aiohttp/3.9.1 Python/3.11' WHEN kind = 'support' THEN 'Synapse/1.98.0'
            WHEN form = 1 THEN (ARRAY['Element/1.11.5 (iPhone; iOS 17.2.1; Scale/3.00)', 'Element/1.6.10 (Samsung SM-S911B; Android 14; UP1A.231005.007; Flavour GPlay; MatrixAndroidSdk2 1.6.10)',
                                     'Element/1.6.8 (Google Pixel 7; Android 14; UQ1A.240105.004; Flavour FDroid; MatrixAndroidSdk2 1.6.8)', 'Element X/1.5.4 (iPhone14,5; iOS 17.3; Scale/3.00)'])[1 + fixture_gen.n('dua1', d, 4)]
            ELSE (ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
                        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.55 Chrome/120.0.6099.56 Electron/28.0.0 Safari/537.36',
                        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.57 Chrome/120.0.6099.109 Electron/28.1.0 Safari/537.36',
                        'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
                        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:122.0) Gecko/20100101 Firefox/122.0'])[1 + fixture_gen.n('dua', d, 5)] END,
  ip = CASE WHEN kind IN ('bridge', 'bot', 'support') THEN '10.20.0.' || (10 + d % 5) ELSE sgen.ip('dip', d) END,
  name = CASE WHEN kind = 'bridge' THEN NULL WHEN kind IN ('bot', 'support') THEN lp || ' bot'
              WHEN kind = 'guest' THEN 'chat.example.org: Firefox on Windows'
              WHEN form = 1 THEN (ARRAY[first || '''s iPhone', first || '''s Pixel', 'iPhone von ' || first, 'Element iOS', 'Element Android', 'Work phone', first || ' S23', 'Telefon ' || first])[1 + fixture_gen.n('dnm1', d, 8)]
              ELSE (ARRAY['chat.example.org: Chrome on Windows', 'chat.example.org: Firefox on macOS', 'Element Desktop: macOS', 'Element Desktop: Windows', first || '''s MacBook Pro', 'Laptop ' || first,
                          first || ' work laptop', 'Hamburg office PC', 'MacBook Air de ' || first])[1 + fixture_gen.n('dnm2', d, 9)] END,
  seen = 1704067200000 + fixture_gen.n('dseen', d, 15000000) * 1000::bigint;

CREATE TABLE devices (user_id text NOT NULL, device_id text NOT NULL, display_name text, last_seen bigint, ip text, user_agent text, hidden boolean DEFAULT false, UNIQUE (user_id, device_id));
INSERT INTO devices SELECT uid, device_id, name, seen, ip, ua, false FROM sgen.dev ORDER BY d;
-- Hidden devices: the cross-signing keys are stored as devices of their own.
INSERT INTO devices SELECT uid, sgen.b64u('msk', u, 32), NULL, NULL, NULL, NULL, true FROM sgen.dev WHERE k = 1 AND kind = 'staff' AND u % 2 = 0;

CREATE TABLE access_tokens (
    id bigint PRIMARY KEY, user_id text NOT NULL, device_id text, token text NOT NULL, valid_until_ms bigint, puppets_user_id text, last_validated bigint,
    refresh_token_id bigint, used boolean, UNIQUE (token)
);
CREATE TABLE refresh_tokens (
    id bigint PRIMARY KEY, user_id text NOT NULL, device_id text NOT NULL, token text NOT NULL, next_token_id bigint, expiry_ts bigint, ultimate_session_expiry_ts bigint, UNIQUE (token)
);
-- Element X sessions use refresh tokens; the others long-lived access tokens.
INSERT INTO refresh_tokens
SELECT 5000 + d, uid, device_id, sgen.tok('sy' || 'r', lp, 'rtk', d), NULL, seen + 604800000, CASE WHEN d % 2 = 0 THEN seen + 2592000000 END
FROM sgen.dev WHERE ua LIKE 'Element X%';
INSERT INTO access_tokens
SELECT 100 + d, uid, device_id, sgen.tok('sy' || 't', lp, 'atk', d), CASE WHEN ua LIKE 'Element X%' THEN seen + 300000 END, NULL, seen - fixture_gen.n('alv', d, 86400000),
       CASE WHEN ua LIKE 'Element X%' THEN 5000 + d END, CASE WHEN ua LIKE 'Element X%' THEN false END
FROM sgen.dev ORDER BY d;
-- The admin's puppeting tokens (admin API "login as user" for support cases).
INSERT INTO access_tokens
SELECT 90 + k, u.uid, NULL, sgen.tok('sy' || 't', u.lp, 'patk', k), 1704067200000 + k * 86400000::bigint, '@admin:chat.example.org', 1704067200000 + k * 86400000::bigint - 3600000, NULL, NULL
FROM generate_series(1, 6) k JOIN sgen.u u ON u.i = sgen.staff('pupu', k);

-- The client IP log: a row per token, IP and user agent seen.
CREATE TABLE user_ips (user_id text NOT NULL, access_token text NOT NULL, device_id text, ip text NOT NULL, user_agent text NOT NULL, last_seen bigint NOT NULL, UNIQUE (user_id, access_token, ip));
INSERT INTO user_ips
SELECT a.user_id, a.token, a.device_id, CASE WHEN n = 1 THEN d.ip ELSE sgen.ip('uip', d.d * 10 + n) END, d.ua, d.seen - (n - 1) * fixture_gen.n('uips', d.d * 10 + k, 2000000000)::bigint
FROM sgen.dev d JOIN access_tokens a ON a.id = 100 + d.d, generate_series(1, 4) n
WHERE n <= 1 + fixture_gen.n('nuip', d.d, 4);

-- Rooms: 1-34 team rooms (names are teams', topics typed by members), 35-94
-- direct messages with no name. Members are drawn per room.
CREATE TABLE sgen.rm AS
SELECT r, '!' || sgen.rnd('rid', r, 18) || ':chat.example.org' AS room_id,
       CASE WHEN r <= 34 THEN (ARRAY['General', 'Hamburg Dispatch', 'Kraków Dispatch', 'Pune Engineering', 'Lagos Hub Ops', 'São Paulo Sales', 'Osaka Customs', 'Dubai Freight Desk',
         'IT Helpdesk', 'Incidents', 'Deployments', 'Random', 'Fleet Maintenance', 'Customs & Compliance', 'HR Announcements', 'Payroll Questions', 'Partner: Logistik Nord',
         'Partner: Aurora Portos', 'Warehouse Safety', 'Tracking API', 'Invoice Automation', 'Book club', 'Running group', 'Kestrel Social', 'Management', 'Finance', 'Legal',
         'Procurement', 'Lagos drivers (Telegram)', 'Customer support (Telegram)', 'Security', 'On-call', 'Onboarding', 'Alerts'])[r] END AS name,
       r IN (15, 16, 25, 26, 27, 31) OR r > 34 AS enc, r IN (1, 12, 22, 23, 24) AS public,
       CASE WHEN r = 1 THEN 35 WHEN r IN (2, 3, 4, 5, 9, 10, 11, 12) THEN 9 WHEN r <= 34 THEN 5 END AS pct
FROM generate_series(1, 94) r;
ALTER TABLE sgen.rm ADD COLUMN members int[], ADD COLUMN alias text, ADD COLUMN topic text, ADD COLUMN created bigint, ADD COLUMN avatar text;
UPDATE sgen.rm SET members = ARRAY(
    SELECT i FROM sgen.u WHERE ((kind = 'staff' AND NOT deact) AND fixture_gen.n('mem' || r, i, 100) < pct)
       OR (kind = 'remote' AND r IN (17, 18, 14, 7) AND fixture_gen.n('rmem' || r, i, 100) < 25)
       OR (kind = 'puppet' AND r IN (29, 30) AND fixture_gen.n('pmem' || r, i, 100) < 70)
       OR (kind = 'bridge' AND r IN (29, 30)) OR (kind = 'bot' AND r IN (10, 34, 11, 5)) OR (kind = 'guest' AND r = 22)
    ORDER BY fixture_gen.n('memo' || r, i, 100000)) WHERE r <= 34;
UPDATE sgen.rm SET members = ARRAY[sgen.staff('dma', r), CASE WHEN r % 4 = 0 THEN 1001 + fixture_gen.n('dmb', r, 150) ELSE sgen.staff('dmb', r) END] WHERE r > 34;
UPDATE sgen.rm SET members = array_remove(members, 509) || 509 WHERE r = 9;
UPDATE sgen.rm SET members = ARRAY[members[1], 1 + (members[1] + 17) % 460] WHERE r > 34 AND members[1] = members[2];
UPDATE sgen.rm SET members = ARRAY(SELECT m FROM unnest(members) WITH ORDINALITY x(m, o) JOIN sgen.u ON i = m WHERE NOT deact OR o > 1 ORDER BY o) WHERE r > 34;
UPDATE sgen.rm SET members = ARRAY[509, 1 + r * 7] || members WHERE coalesce(cardinality(members), 0) < 2;
UPDATE sgen.rm SET
  alias = CASE WHEN r <= 34 THEN '#' || regexp_replace(sgen.fold(replace(replace(name, ' ', '-'), ':', '')), '', '') || ':chat.example.org' END,
  created = 1640995200000 + r * 604800000::bigint + fixture_gen.n('rcr', r, 86400000),
  avatar = CASE WHEN r <= 34 AND r % 3 = 0 THEN 'mxc://chat.example.org/' || sgen.rnd('ravm', r, 24) END;
UPDATE sgen.rm SET alias = '#' || lower(regexp_replace(translate(name, 'ãóáé', 'aoae'), '[^A-Za-z0-9]+', '-', 'g')) || ':chat.example.org' WHERE r <= 34;
UPDATE sgen.rm SET alias = replace(alias, '-:', ':') WHERE alias LIKE '%-:%';
UPDATE sgen.rm SET topic = CASE r
    WHEN 1 THEN 'Company-wide announcements and chat. Be kind.' WHEN 2 THEN 'Daily dispatch for the Hamburg depot. Shift lead this week: ' || (SELECT dn FROM sgen.u WHERE i = members[2]) || ', mobile +' || (SELECT msisdn FROM sgen.u WHERE i = members[2])
    WHEN 5 THEN 'Lagos hub operations. Urgent? Call ' || (SELECT first || ' ' || last FROM sgen.u WHERE i = members[1]) || ' on +' || (SELECT msisdn FROM sgen.u WHERE i = members[1])
    WHEN 9 THEN 'Password resets, laptops, VPN. Ticket first, then ping here.' WHEN 10 THEN 'Production incidents. Runbook: https://wiki.kestrel-freight.example/ops/incidents'
    WHEN 11 THEN 'Release announcements from CI' WHEN 12 THEN 'Anything goes' WHEN 15 THEN 'Announcements from People & Culture'
    WHEN 16 THEN 'Questions about payslips go to ' || (SELECT first || ' ' || last || ' (' || email || ')' FROM sgen.u WHERE i = members[1])
    WHEN 17 THEN 'Shared room with Logistik Nord (federated)' WHEN 22 THEN 'This month: "The Remains of the Day"'
    WHEN 23 THEN 'Sunday 8am at the Alster, ask ' || (SELECT first FROM sgen.u WHERE i = members[1]) || ' for the route'
    WHEN 29 THEN 'Bridged from the Telegram group "Kestrel Lagos Drivers"' WHEN 30 THEN 'Bridged customer support chat'
    WHEN 32 THEN 'On call this week: ' || (SELECT dn FROM sgen.u WHERE i = members[1]) || ' (+' || (SELECT msisdn FROM sgen.u WHERE i = members[1]) || '), backup ' || (SELECT first FROM sgen.u WHERE i = members[2])
    WHEN 33 THEN 'Welcome! Start here: handbook, IT setup, who is who.' WHEN 34 THEN 'Alertmanager notifications (prod)'
    ELSE NULL END;

-- Uploaded files: documents naming people, photos, screenshots, voice notes.
CREATE TABLE sgen.media AS
SELECT k, sgen.rnd('mid', k, 24) AS media_id, p.i AS owner, q.i AS about,
  (ARRAY['passport_scan_' || replace(q.first || q.last, ' ', '') || '.pdf', 'CV_' || q.first || '_' || q.last || '.pdf', 'Payslip_2024-0' || (1 + k % 9) || '_' || q.last || '.pdf',
    'IMG_2024' || lpad((1 + k % 12)::text, 2, '0') || lpad((1 + k % 28)::text, 2, '0') || '_' || fixture_gen.digits('imgn', k, 6) || '.jpg',
    'Screenshot 2024-02-' || lpad((1 + k % 28)::text, 2, '0') || ' at 10.' || lpad((k % 60)::text, 2, '0') || '.13.png', 'customs_declaration_KF-2024-' || lpad(k::text, 4, '0') || '.pdf',
    'route_plan_week' || (1 + k % 52) || '.xlsx', 'Sick_note_' || q.first || '_' || q.last || '.jpg', 'Arbeitsvertrag_' || q.last || '.pdf', 'delivery_photo_' || fixture_gen.digits('dph', k, 4) || '.jpg',
    'invoice_INV-2024-' || fixture_gen.digits('inv', k, 4) || '.pdf', 'Voice message.ogg', 'image.png', 'driving_licence_' || sgen.fold(q.first) || '.jpg'])[mk] AS name,
  (ARRAY['application/pdf', 'application/pdf', 'application/pdf', 'image/jpeg', 'image/png', 'application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'image/jpeg', 'application/pdf', 'image/jpeg', 'application/pdf', 'audio/ogg', 'image/png', 'image/jpeg'])[mk] AS mime,
  20000 + fixture_gen.n('msz', k, 4000000) AS size
FROM generate_series(1, 320) k
JOIN sgen.u p ON p.i = sgen.staff('mown', k) JOIN sgen.u q ON q.i = sgen.staff('mabt', k),
LATERAL (SELECT 1 + fixture_gen.n('mkind', k, 14) AS mk) x;

-- Room events before the messages: create, power levels, join rules, name,
-- topic, alias, encryption, then each member's invite or join.
CREATE TABLE sgen.ev0 (r int, ord int, type text, state_key text, sender int, content jsonb, ts bigint);
INSERT INTO sgen.ev0
SELECT r, 1, 'm.room.create', '', members[1], jsonb_build_object('creator', (SELECT uid FROM sgen.u WHERE i = members[1]), 'room_version', '10'), created FROM sgen.rm
UNION ALL SELECT r, 2, 'm.room.member', (SELECT uid FROM sgen.u WHERE i = members[1]), members[1],
  (SELECT jsonb_strip_nulls(jsonb_build_object('membership', 'join', 'displayname', u.dn, 'avatar_url', p.avatar_url)) FROM sgen.u u LEFT JOIN profiles p ON p.full_user_id = u.uid WHERE u.i = members[1]), created + 1000 FROM sgen.rm
UNION ALL SELECT r, 3, 'm.room.power_levels', '', members[1], jsonb_build_object('users', jsonb_build_object((SELECT uid FROM sgen.u WHERE i = members[1]), 100), 'events_default', 0, 'state_default', 50, 'invite', 0), created + 2000 FROM sgen.rm
UNION ALL SELECT r, 4, 'm.room.join_rules', '', members[1], jsonb_build_object('join_rule', CASE WHEN public THEN 'public' ELSE 'invite' END), created + 3000 FROM sgen.rm
UNION ALL SELECT r, 5, 'm.room.history_visibility', '', members[1], jsonb_build_object('history_visibility', 'shared'), created + 4000 FROM sgen.rm
UNION ALL SELECT r, 6, 'm.room.name', '', members[1], jsonb_build_object('name', name), created + 5000 FROM sgen.rm WHERE name IS NOT NULL
UNION ALL SELECT r, 7, 'm.room.topic', '', members[1], jsonb_build_object('topic', topic), created + 6000 FROM sgen.rm WHERE topic IS NOT NULL
UNION ALL SELECT r, 8, 'm.room.canonical_alias', '', members[1], jsonb_build_object('alias', alias), created + 7000 FROM sgen.rm WHERE alias IS NOT NULL
UNION ALL SELECT r, 9, 'm.room.encryption', '', members[1], '{"algorithm": "m.megolm.v1.aes-sha2"}'::jsonb, created + 8000 FROM sgen.rm WHERE enc
UNION ALL SELECT r, 10, 'm.room.avatar', '', members[1], jsonb_build_object('url', avatar), created + 9000 FROM sgen.rm WHERE avatar IS NOT NULL
UNION ALL SELECT rm.r, 100 + o::int, 'm.room.member', u.uid, u.i,
  jsonb_strip_nulls(jsonb_build_object('membership', 'join', 'displayname', u.dn, 'avatar_url', p.avatar_url)), rm.created + 3600000 * o
FROM sgen.rm rm, unnest(rm.members) WITH ORDINALITY m(mi, o) JOIN sgen.u u ON u.i = m.mi LEFT JOIN profiles p ON p.full_user_id = u.uid WHERE o > 1;

-- Messages: mostly work chat without personal data; some give a phone, an
-- email, a home address, a colleague's sick leave; files and photos.
INSERT INTO sgen.ev0
SELECT rm.r, 1000 + k, CASE WHEN rm.enc THEN 'm.room.encrypted' ELSE 'm.room.message' END, NULL, s.i,
  CASE WHEN rm.enc THEN jsonb_build_object('algorithm', 'm.megolm.v1.aes-sha2', 'ciphertext', 'AwgA' || sgen.b64u('mct', k, 120 + k % 90), 'device_id', fixture_gen.chars('devid', s.i * 10 + 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
         'sender_key', sgen.b64u('dcurve', s.i * 10 + 1, 32), 'session_id', sgen.b64u('megs', rm.r * 10 + k % 3, 32))
       WHEN fixture_gen.n('mfile', k, 9) = 0 THEN (SELECT jsonb_build_object('msgtype', CASE WHEN mime LIKE 'image/%' THEN 'm.image' WHEN mime LIKE 'audio/%' THEN 'm.audio' ELSE 'm.file' END, 'body', name,
         'url', 'mxc://chat.example.org/' || media_id, 'info', jsonb_build_object('mimetype', mime, 'size', size)) FROM sgen.media WHERE media.k = 1 + fixture_gen.n('mfk', k, 320))
       ELSE jsonb_build_object('msgtype', 'm.text', 'body', b.body) END,
  greatest(rm.created + 3456000000, 1672531200000) + k * 1000000::bigint + fixture_gen.n('mts', k, 900000)
FROM generate_series(1, 1700) k
JOIN sgen.rm rm ON rm.r = CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('mrm', k, 94) WHEN k % 4 = 1 THEN 35 + fixture_gen.n('mrd', k, 60) ELSE 1 + fixture_gen.n('mrg', k, 34) END
JOIN sgen.u s ON s.i = rm.members[1 + fixture_gen.n('msnd', k, cardinality(rm.members))]
JOIN sgen.u p ON p.i = sgen.staff('mpers', k),
LATERAL (SELECT CASE fixture_gen.n('mbody', k, 40)
    WHEN 0 THEN 'You can reach me on +' || coalesce(s.msisdn, p.msisdn) || ' while I am at the depot.'
    WHEN 1 THEN 'Please send the signed contract to ' || coalesce(s.email, p.email) || ', not to my work address.'
    WHEN 2 THEN p.first || ' is off sick this week (' || fixture_gen.pick(ARRAY['flu', 'back surgery', 'COVID', 'migraine'], 'sick', k) || '), I am covering the shipments.'
    WHEN 3 THEN 'New starter on Monday: ' || p.first || ' ' || p.last || ', joining the ' || fixture_gen.pick(ARRAY['Kraków', 'Pune', 'Lagos', 'Osaka'], 'nsc', k) || ' team. Please say hi!'
    WHEN 4 THEN 'My new home address for the payslip: ' || fixture_gen.street('mhs', k) || ', ' || fixture_gen.postcode('mhp', k) || ' ' || fixture_gen.city('mhc', k)
    WHEN 5 THEN 'Can you add ' || p.first || ' ' || p.last || ' (' || p.email || ') to the customer portal?'
    WHEN 6 THEN 'Driver ' || p.first || ' ' || p.last || ' had an accident near ' || fixture_gen.city('acc', k) || ', he is in hospital but stable.'
    WHEN 7 THEN '@' || p.lp || ' can you call the customer back? Her number is ' || fixture_gen.phone('mcph', k)
    WHEN 8 THEN 'Happy birthday ' || p.first || '! 🎂'
    WHEN 9 THEN 'I will be out for my daughter''s surgery on Thursday, ' || p.first || ' is my backup.'
    WHEN 10 THEN 'Customer ' || fixture_gen.full_name('mcust', k) || ' called about consignment KF-2024-' || fixture_gen.digits('kfn', k, 4) || ', wants delivery after 18:00.'
    ELSE (ARRAY['Morning all, the Hamburg warehouse sync is moved to 10:30.', 'Deploy of the tracking service is done, please report anything odd.',
      'Can someone review the customs declaration template before Friday?', 'Lunch order closes at 11:45 today 🍜', 'The VPN will be down for maintenance tonight between 22:00 and 23:00 CET.',
      'Thanks, that fixed it!', 'Shipment KF-2024-' || fixture_gen.digits('kfs', k, 4) || ' cleared customs this morning.', 'Reminder: quarterly safety training is mandatory for all warehouse staff.',
      'I pushed the fix for the invoice rounding bug, PR is up.', '👍', 'Sounds good to me.', 'Meeting notes are in the shared drive under Q3/Planning.', 'ok', 'On my way',
      'Truck 14 is back from the workshop, brakes replaced.', 'Who took the last pallet jack from bay 3?', 'The new rate card for Rotterdam is live.', 'Can we move the standup to 9:15?',
      'Alert resolved: disk usage on db-2 back under 70%.', 'Container MSKU' || fixture_gen.digits('cont', k, 7) || ' is delayed by two days at the port.', 'Forklift certification renewals are due next month.'])[1 + fixture_gen.n('mneu', k, 21)] END AS body) b;

-- Reactions, and redactions of a few messages.
CREATE TABLE sgen.ev AS
SELECT row_number() OVER (ORDER BY ts, r, ord) AS so, r, ord, type, state_key, sender, content, ts,
       row_number() OVER (PARTITION BY r ORDER BY ts, ord) AS depth
FROM sgen.ev0;
CREATE INDEX ON sgen.ev (so);
ALTER TABLE sgen.ev ADD COLUMN event_id text;
UPDATE sgen.ev SET event_id = '$' || sgen.b64url('evid', so, 32);
INSERT INTO sgen.ev (so, r, ord, type, state_key, sender, content, ts, event_id)
SELECT 100000 + k, e.r, 5000 + k, 'm.reaction', NULL, rm.members[1 + fixture_gen.n('rsnd', k, cardinality(rm.members))],
       jsonb_build_object('m.relates_to', jsonb_build_object('rel_type', 'm.annotation', 'event_id', e.event_id, 'key', fixture_gen.pick(ARRAY['👍', '❤️', '😂', '🎉', '👀', '✅'], 'rkey', k))),
       e.ts + 60000 + fixture_gen.n('rts', k, 3600000), '$' || sgen.b64url('reid', k, 32)
FROM generate_series(1, 260) k JOIN sgen.ev e ON e.so = (SELECT min(so) FROM sgen.ev WHERE type = 'm.room.message' AND so >= 1 + fixture_gen.n('rtg', k, 3000)) JOIN sgen.rm rm ON rm.r = e.r;
INSERT INTO sgen.ev (so, r, ord, type, state_key, sender, content, ts, event_id)
SELECT 200000 + k, e.r, 6000 + k, 'm.room.redaction', NULL, e.sender, jsonb_build_object('redacts', e.event_id) || CASE WHEN k % 3 = 0 THEN '{"reason": "posted in the wrong room"}'::jsonb ELSE '{}' END,
       e.ts + 120000, '$' || sgen.b64url('rdid', k, 32)
FROM generate_series(1, 30) k JOIN sgen.ev e ON e.so = (SELECT min(so) FROM sgen.ev WHERE type IN ('m.room.message', 'm.room.encrypted') AND so >= 1 + fixture_gen.n('rdtg', k, 3000));
-- Some members left later.
INSERT INTO sgen.ev (so, r, ord, type, state_key, sender, content, ts, event_id)
SELECT 300000 + k, rm.r, 7000 + k, 'm.room.member', u.uid, u.i, '{"membership": "leave"}'::jsonb, 1725000000000 + k * 3600000::bigint, '$' || sgen.b64url('lvid', k, 32)
FROM generate_series(1, 60) k JOIN sgen.rm rm ON rm.r = 1 + fixture_gen.n('lvr', k, 34) JOIN sgen.u u ON u.i = rm.members[2 + fixture_gen.n('lvm', k, cardinality(rm.members) - 1)];
DELETE FROM sgen.ev a USING sgen.ev b WHERE a.so > 300000 AND b.so > a.so AND b.r = a.r AND b.state_key = a.state_key AND b.type = 'm.room.member';
CREATE TABLE sgen.ev2 AS
SELECT row_number() OVER (ORDER BY ts, r, ord) AS so, r, type, state_key, sender, content, ts, event_id,
       row_number() OVER (PARTITION BY r ORDER BY ts, ord) AS depth
FROM sgen.ev;
CREATE INDEX ON sgen.ev2 (r, depth);
CREATE INDEX ON sgen.ev2 (so);
ANALYZE sgen.ev2;
ALTER TABLE sgen.ev2 ADD COLUMN uid text, ADD COLUMN server text, ADD COLUMN room_id text, ADD COLUMN json jsonb, ADD COLUMN prev text;
UPDATE sgen.ev2 e SET uid = u.uid, server = u.server, room_id = rm.room_id FROM sgen.u u, sgen.rm rm WHERE u.i = e.sender AND rm.r = e.r;
CREATE INDEX ON sgen.ev2 (room_id, so);
UPDATE sgen.ev2 e SET prev = p.event_id FROM sgen.ev2 p WHERE p.r = e.r AND p.depth = e.depth - 1;
UPDATE sgen.ev2 e SET json = jsonb_strip_nulls(jsonb_build_object(
    'auth_events', CASE WHEN e.type = 'm.room.create' THEN '[]'::jsonb ELSE jsonb_build_array((SELECT c.event_id FROM sgen.ev2 c WHERE c.r = e.r AND c.depth = 1), (SELECT c.event_id FROM sgen.ev2 c WHERE c.r = e.r AND c.depth = 3)) END,
    'content', e.content, 'depth', e.depth, 'hashes', jsonb_build_object('sha256', sgen.b64u('evh', e.so, 32)), 'origin', e.server, 'origin_server_ts', e.ts,
    'prev_events', CASE WHEN e.prev IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(e.prev) END, 'room_id', e.room_id, 'sender', e.uid,
    'signatures', jsonb_build_object(e.server, jsonb_build_object(CASE WHEN e.server = 'chat.example.org' THEN 'ed25519:a_Kx9f' ELSE 'ed25519:auto' END, sgen.b64u('evsig', e.so, 64))),
    'state_key', e.state_key, 'type', e.type, 'unsigned', jsonb_build_object('age_ts', e.ts)));
UPDATE sgen.ev2 SET type = type WHERE false;

CREATE TABLE rooms (room_id text NOT NULL, is_public boolean, creator text, room_version text, has_auth_chain_index boolean, UNIQUE (room_id));
INSERT INTO rooms SELECT rm.room_id, rm.public, u.uid, '10', true FROM sgen.rm rm JOIN sgen.u u ON u.i = rm.members[1] ORDER BY rm.r;

CREATE TABLE events (
    topological_ordering bigint NOT NULL, event_id text NOT NULL, type text NOT NULL, room_id text NOT NULL, processed boolean, outlier boolean NOT NULL,
    depth bigint DEFAULT 0 NOT NULL, origin_server_ts bigint, received_ts bigint, sender text, contains_url boolean, instance_name text, stream_ordering bigint,
    state_key text, rejection_reason text, UNIQUE (event_id)
);
INSERT INTO events
SELECT depth, event_id, type, room_id, true, false, depth, ts, ts + CASE WHEN server = 'chat.example.org' THEN 4 + so % 40 ELSE 180 + so % 2500 END, uid,
       content ? 'url', CASE WHEN so % 3 = 0 THEN 'event_persister1' ELSE 'master' END, so, state_key, NULL
FROM sgen.ev2 ORDER BY so;

CREATE TABLE event_json (event_id text NOT NULL, room_id text NOT NULL, internal_metadata text NOT NULL, json text NOT NULL, format_version integer, UNIQUE (event_id));
INSERT INTO event_json
SELECT e.event_id, e.room_id,
       CASE WHEN e.server <> 'chat.example.org' THEN '{}' WHEN e.type IN ('m.room.message', 'm.room.encrypted', 'm.reaction') AND a.id IS NOT NULL
            THEN jsonb_build_object('token_id', a.id, 'txn_id', 'm' || e.ts || '.' || (e.so % 50), 'device_id', a.device_id)::text ELSE '{}' END,
       e.json::text, 3
FROM sgen.ev2 e LEFT JOIN LATERAL (SELECT id, device_id FROM access_tokens WHERE user_id = e.uid ORDER BY id LIMIT 1) a ON true ORDER BY e.so;

CREATE TABLE event_search (event_id text, room_id text, sender text, key text, vector tsvector, origin_server_ts bigint, stream_ordering bigint);
INSERT INTO event_search
SELECT event_id, room_id, uid, k.key, to_tsvector('english', content->>substr(k.key, 9)), ts, so
FROM sgen.ev2 JOIN (VALUES ('m.room.message', 'content.body'), ('m.room.name', 'content.name'), ('m.room.topic', 'content.topic')) k(t, key) ON k.t = type
WHERE content->>substr(k.key, 9) IS NOT NULL ORDER BY so;

CREATE TABLE current_state_events (event_id text NOT NULL, room_id text NOT NULL, type text NOT NULL, state_key text NOT NULL, membership text, event_stream_ordering bigint, UNIQUE (room_id, type, state_key));
INSERT INTO current_state_events
SELECT DISTINCT ON (r, type, state_key) event_id, room_id, type, state_key, content->>'membership', so FROM sgen.ev2 WHERE state_key IS NOT NULL ORDER BY r, type, state_key, so DESC;

CREATE TABLE room_memberships (
    event_id text NOT NULL, user_id text NOT NULL, sender text NOT NULL, room_id text NOT NULL, membership text NOT NULL, forgotten integer DEFAULT 0,
    display_name text, avatar_url text, event_stream_ordering bigint, participant boolean DEFAULT false, UNIQUE (event_id)
);
INSERT INTO room_memberships
SELECT e.event_id, e.state_key, e.uid, e.room_id, e.content->>'membership', CASE WHEN e.content->>'membership' = 'leave' AND e.so % 4 = 0 THEN 1 ELSE 0 END,
       e.content->>'displayname', e.content->>'avatar_url', e.so,
       pa.r IS NOT NULL
FROM sgen.ev2 e LEFT JOIN (SELECT DISTINCT r, uid FROM sgen.ev2 WHERE type IN ('m.room.message', 'm.room.encrypted')) pa ON pa.r = e.r AND pa.uid = e.state_key
WHERE e.type = 'm.room.member' ORDER BY e.so;

CREATE TABLE local_current_membership (room_id text NOT NULL, user_id text NOT NULL, event_id text NOT NULL, membership text NOT NULL, event_stream_ordering bigint);
INSERT INTO local_current_membership
SELECT room_id, state_key, event_id, membership, event_stream_ordering FROM current_state_events WHERE type = 'm.room.member' AND state_key LIKE '%:chat.example.org' ORDER BY event_stream_ordering;

CREATE TABLE room_stats_state (
    room_id text NOT NULL, name text, canonical_alias text, join_rules text, history_visibility text, encryption text, avatar text, guest_access text,
    is_federatable boolean, topic text, room_type text, UNIQUE (room_id)
);
INSERT INTO room_stats_state
SELECT room_id, name, alias, CASE WHEN public THEN 'public' ELSE 'invite' END, 'shared', CASE WHEN enc THEN 'm.megolm.v1.aes-sha2' END, avatar,
       CASE WHEN r = 22 THEN 'can_join' END, r NOT IN (15, 16, 25, 26, 27), topic, CASE WHEN r = 33 THEN 'm.space' END
FROM sgen.rm ORDER BY r;

CREATE TABLE room_stats_current (
    room_id text NOT NULL, current_state_events integer NOT NULL, joined_members integer NOT NULL, invited_members integer NOT NULL, left_members integer NOT NULL,
    banned_members integer NOT NULL, local_users_in_room integer NOT NULL, completed_delta_stream_id bigint NOT NULL, knocked_members integer, UNIQUE (room_id)
);
INSERT INTO room_stats_current
SELECT c.room_id, count(*), count(*) FILTER (WHERE membership = 'join'), 0, count(*) FILTER (WHERE membership = 'leave'), 0,
       count(*) FILTER (WHERE membership = 'join' AND state_key LIKE '%:chat.example.org'), max(event_stream_ordering), 0
FROM current_state_events c GROUP BY c.room_id ORDER BY c.room_id;

CREATE TABLE room_aliases (room_alias text NOT NULL, room_id text NOT NULL, creator text, UNIQUE (room_alias));
INSERT INTO room_aliases SELECT rm.alias, rm.room_id, u.uid FROM sgen.rm rm JOIN sgen.u u ON u.i = rm.members[1] WHERE rm.alias IS NOT NULL ORDER BY rm.r;

CREATE TABLE event_relations (event_id text NOT NULL, relates_to_id text NOT NULL, relation_type text NOT NULL, aggregation_key text, UNIQUE (event_id));
INSERT INTO event_relations
SELECT event_id, content->'m.relates_to'->>'event_id', content->'m.relates_to'->>'rel_type', content->'m.relates_to'->>'key' FROM sgen.ev2 WHERE type = 'm.reaction' ORDER BY so;

CREATE TABLE redactions (event_id text NOT NULL, redacts text NOT NULL, have_censored boolean DEFAULT false NOT NULL, received_ts bigint, UNIQUE (event_id));
INSERT INTO redactions SELECT event_id, content->>'redacts', ts < 1720000000000, ts + 5 FROM sgen.ev2 WHERE type = 'm.room.redaction' ORDER BY so;

-- Read receipts: each local member's latest read event in a room.
CREATE TABLE receipts_linearized (
    stream_id bigint NOT NULL, room_id text NOT NULL, receipt_type text NOT NULL, user_id text NOT NULL, event_id text NOT NULL, thread_id text,
    data text NOT NULL, instance_name text, event_stream_ordering bigint
);
INSERT INTO receipts_linearized
SELECT row_number() OVER (ORDER BY x.so) + 40000, x.room_id, CASE WHEN x.so % 7 = 0 THEN 'm.read.private' ELSE 'm.read' END, x.user_id, x.event_id, NULL,
       jsonb_build_object('ts', x.ts + 60000 + x.so % 5000000)::text, NULL, x.so
FROM (SELECT m.room_id, m.state_key AS user_id, e.event_id, e.so, e.ts
      FROM current_state_events m JOIN LATERAL (SELECT e.event_id, e.so, e.ts FROM sgen.ev2 e WHERE e.room_id = m.room_id AND e.type IN ('m.room.message', 'm.room.encrypted')
        ORDER BY e.so DESC LIMIT 1 OFFSET fixture_gen.n('rcpt', m.event_stream_ordering, 6)) e ON true
      WHERE m.type = 'm.room.member' AND m.membership = 'join' AND m.state_key LIKE '%:chat.example.org') x;

-- Abuse reports: typed by the reporter.
CREATE TABLE event_reports (id bigint NOT NULL, received_ts bigint NOT NULL, room_id text NOT NULL, event_id text NOT NULL, user_id text NOT NULL, reason text, content text, UNIQUE (id));
INSERT INTO event_reports
SELECT k, e.ts + 86400000, e.room_id, e.event_id, u.uid, x.reason, jsonb_build_object('reason', x.reason, 'score', -100)::text
FROM generate_series(1, 45) k
JOIN sgen.ev2 e ON e.so = (SELECT min(so) FROM sgen.ev2 WHERE type IN ('m.room.message', 'm.room.encrypted') AND so >= 1 + fixture_gen.n('rpte', k, 3000))
JOIN sgen.rm rm ON rm.r = e.r JOIN sgen.u u ON u.i = rm.members[1 + fixture_gen.n('rptu', k, cardinality(rm.members))]
JOIN sgen.u v ON v.i = sgen.staff('rptv', k),
LATERAL (SELECT (ARRAY['Spam', 'Offensive', 'This is spam from a Telegram account', 'He keeps posting my private phone number here, please remove it',
    'This photo shows ' || v.first || ' ' || v.last || '''s passport, it should not be in this room', 'Harassment. ' || v.first || ' has been sending me messages like this every night.',
    'Posted a customer''s home address (' || fixture_gen.street('rpts', k) || ')', 'Wrong room', 'Inappropriate joke about ' || v.first || '''s illness',
    'Phishing link pretending to be the IT helpdesk'])[1 + fixture_gen.n('rptr', k, 10)] AS reason) x
ORDER BY k;

-- Media: the files posted in rooms, avatars, room avatars, link previews.
CREATE TABLE local_media_repository (
    media_id text, media_type text, media_length integer, created_ts bigint, upload_name text, user_id text, quarantined_by text, url_cache text,
    last_access_ts bigint, safe_from_quarantine boolean DEFAULT false NOT NULL, authenticated boolean DEFAULT false NOT NULL, sha256 text, UNIQUE (media_id)
);
INSERT INTO local_media_repository
SELECT m.media_id, m.mime, m.size, 1672531200000 + m.k * 5400000::bigint, m.name, u.uid, CASE WHEN m.k % 53 = 0 THEN '@admin:chat.example.org' END, NULL,
       1704067200000 + fixture_gen.n('mla', m.k, 2000000) * 10000::bigint, false, m.k > 250, encode(sha256(convert_to('media' || m.k, 'UTF8')), 'hex')
FROM sgen.media m JOIN sgen.u u ON u.i = m.owner
UNION ALL
SELECT substr(p.avatar_url, 24), CASE WHEN u.i % 4 = 0 THEN 'image/png' ELSE 'image/jpeg' END, 30000 + fixture_gen.n('avsz', u.i, 400000), u.created + 600000,
       CASE u.i % 6 WHEN 0 THEN 'avatar.jpg' WHEN 1 THEN 'IMG_' || fixture_gen.digits('avimg', u.i, 4) || '.JPG' WHEN 2 THEN u.first || '_' || u.last || '_portrait.jpg' WHEN 3 THEN 'profile.png'
            WHEN 4 THEN 'photo_' || sgen.fold(u.first) || '.jpg' ELSE NULL END,
       u.uid, NULL, NULL, 1704067200000 + fixture_gen.n('avla', u.i, 2000000) * 10000::bigint, false, false, encode(sha256(convert_to('avatar' || u.i, 'UTF8')), 'hex')
FROM profiles p JOIN sgen.u u ON u.uid = p.full_user_id WHERE p.avatar_url IS NOT NULL
UNION ALL
SELECT substr(avatar, 24), 'image/png', 12000 + r * 31, created + 9000, 'room-avatar-' || r || '.png', (SELECT uid FROM sgen.u WHERE i = members[1]), NULL, NULL, created + 9000, false, false,
       encode(sha256(convert_to('ravatar' || r, 'UTF8')), 'hex')
FROM sgen.rm WHERE avatar IS NOT NULL
UNION ALL
SELECT sgen.rnd('pvid', k, 24), 'image/jpeg', 40000 + k * 17, 1690000000000 + k * 7200000::bigint, NULL, NULL, NULL,
       (ARRAY['https://www.example.com/news/port-of-hamburg-expands-container-terminal', 'https://github.com/kestrel-freight/tracking-api/pull/' || (300 + k),
              'https://docs.kestrel-freight.example/handbook/onboarding', 'https://www.example.org/shipping-rates-2024', 'https://status.example.net/incidents/' || fixture_gen.hexn('pvu', k, 12)])[1 + k % 5],
       1700000000000 + k * 7200000::bigint, false, false, encode(sha256(convert_to('preview' || k, 'UTF8')), 'hex')
FROM generate_series(1, 60) k;

CREATE TABLE remote_media_cache (
    media_origin text, media_id text, media_type text, created_ts bigint, upload_name text, media_length integer, filesystem_id text, last_access_ts bigint,
    quarantined_by text, authenticated boolean DEFAULT false NOT NULL, sha256 text, UNIQUE (media_origin, media_id)
);
INSERT INTO remote_media_cache
SELECT u.server, sgen.rnd('rmid', k, 24), x.mime, 1690000000000 + k * 3600000::bigint, x.name, 15000 + fixture_gen.n('rmsz', k, 3000000), sgen.rnd('rmfs', k, 24),
       1704067200000 + fixture_gen.n('rmla', k, 2000000) * 10000::bigint, NULL, k % 3 = 0, encode(sha256(convert_to('rmedia' || k, 'UTF8')), 'hex')
FROM generate_series(1, 240) k JOIN sgen.u u ON u.i = 1001 + fixture_gen.n('rmu', k, 150),
LATERAL (SELECT (ARRAY['avatar.jpg', 'Lieferschein_' || fixture_gen.digits('rmls', k, 6) || '.pdf', 'Rechnung_' || u.last || '_2024.pdf', 'ID_card_' || u.first || '_' || u.last || '.jpg',
                      'IMG_' || fixture_gen.digits('rmimg', k, 4) || '.jpg', 'signal-2024-03-' || lpad((1 + k % 28)::text, 2, '0') || '-101214.jpg', 'Bill_of_lading_BL' || fixture_gen.digits('rmbl', k, 7) || '.pdf', NULL])[1 + k % 8] AS name,
                (ARRAY['image/jpeg', 'application/pdf', 'application/pdf', 'image/jpeg', 'image/jpeg', 'image/jpeg', 'application/pdf', 'image/png'])[1 + k % 8] AS mime) x;

-- Pushers: the phone apps' push tokens (APNs, FCM, UnifiedPush endpoints) and
-- e-mail notifications, whose pushkey and device_display_name are the address.
CREATE TABLE pushers (
    id bigint NOT NULL, user_name text NOT NULL, access_token bigint, profile_tag text NOT NULL, kind text NOT NULL, app_id text NOT NULL, app_display_name text NOT NULL,
    device_display_name text NOT NULL, pushkey text NOT NULL, ts bigint NOT NULL, lang text, data text, last_stream_ordering bigint, last_success bigint, failing_since bigint,
    enabled boolean, device_id text, UNIQUE (app_id, pushkey, user_name)
);
INSERT INTO pushers
SELECT d.d, d.uid, 100 + d.d, CASE WHEN d.ua LIKE '%Android%' THEN 'mobile_' || fixture_gen.digits('ptag', d.d, 10) ELSE '' END, 'http',
       CASE WHEN d.ua LIKE 'Element X%' THEN 'io.element.elementx.ios' WHEN d.ua LIKE '%iPhone%' OR d.ua LIKE '%iPad%' THEN 'im.vector.app.ios.prod' ELSE 'im.vector.app.android' END,
       CASE WHEN d.ua LIKE 'Element X%' THEN 'Element X' ELSE 'Element' END, coalesce(d.name, 'Element'),
       CASE WHEN d.ua LIKE '%FDroid%' THEN 'https://ntfy.kestrel-freight.example/up' || sgen.rnd('upt', d.d, 12) || '?up=1'
            WHEN d.ua LIKE '%Android%' THEN sgen.rnd('fcm1', d.d, 11) || ':APA91b' || fixture_gen.chars('fcm2', d.d, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
            ELSE rtrim(fixture_gen.b64('apns', d.d, 32), '=') END,
       d.seen - 86400000 * 30::bigint, (ARRAY['en', 'de', 'pl', 'en-IN', 'en', 'pt-BR', 'ja', 'ar', 'en'])[1 + fixture_gen.n('plang', d.u, 9)],
       CASE WHEN d.ua LIKE '%FDroid%' THEN '{"url": "https://ntfy.kestrel-freight.example/_matrix/push/v1/notify"}'
            WHEN d.ua LIKE 'Element X%' THEN '{"url": "https://matrix.org/_matrix/push/v1/notify", "format": "event_id_only", "default_payload": {"aps": {"mutable-content": 1}}}'
            ELSE '{"url": "https://matrix.org/_matrix/push/v1/notify", "format": "event_id_only"}' END,
       3900 - d.d % 200, d.seen - d.d % 100000, CASE WHEN d.d % 29 = 0 THEN d.seen - 86400000 END, true, d.device_id
FROM sgen.dev d WHERE d.form = 1 AND d.kind = 'staff'
UNION ALL
SELECT 5000 + u.i, u.uid, NULL, '', 'email', 'm.email', 'Email Notifications', u.email, u.email, u.created + 86400000, 'en', '{"brand": "Kestrel Chat"}', 3500, NULL, NULL, true, NULL
FROM sgen.lu u WHERE u.kind = 'staff' AND u.i % 4 = 0 AND u.email IS NOT NULL AND NOT u.deact;

-- Push rules a user added: keywords (their own name, nicknames, words that
-- matter to them), rooms muted, senders; and built-in rules switched.
CREATE TABLE push_rules (id bigint NOT NULL, user_name text NOT NULL, rule_id text NOT NULL, priority_class smallint NOT NULL, priority integer DEFAULT 0 NOT NULL, conditions text NOT NULL, actions text NOT NULL, UNIQUE (user_name, rule_id));
INSERT INTO push_rules
SELECT row_number() OVER (ORDER BY ui, k), uid, rid, cls, k, cond, act FROM (
SELECT DISTINCT ON (u.uid, x.rid) u.i AS ui, u.uid, x.rid, x.cls, k, x.cond, x.act
FROM sgen.lu u, generate_series(1, 3) k,
LATERAL (SELECT fixture_gen.n('prk', u.i * 10 + k, 5) AS t) t,
LATERAL (SELECT CASE WHEN t.t <= 1 THEN (ARRAY[u.last, u.first, lower(u.first), sgen.fold(u.first) || 'y', 'urgent', 'KF-2024', 'customs', 'payroll'])[1 + fixture_gen.n('prkw', u.i * 10 + k, 8)]
                     WHEN t.t = 2 THEN (SELECT room_id FROM sgen.rm WHERE r = 1 + fixture_gen.n('prr', u.i * 10 + k, 34))
                     WHEN t.t = 3 THEN (SELECT v.uid FROM sgen.u v WHERE v.i = sgen.staff('prs', u.i * 10 + k)) ELSE 'org.kestrel.rule.' || k END AS rid,
                CASE WHEN t.t <= 1 THEN 4 WHEN t.t = 2 THEN 3 WHEN t.t = 3 THEN 2 ELSE 5 END AS cls) y,
LATERAL (SELECT y.rid, y.cls,
                CASE y.cls WHEN 4 THEN jsonb_build_array(jsonb_build_object('kind', 'event_match', 'key', 'content.body', 'pattern', y.rid))
                           WHEN 3 THEN jsonb_build_array(jsonb_build_object('kind', 'event_match', 'key', 'room_id', 'pattern', y.rid))
                           WHEN 2 THEN jsonb_build_array(jsonb_build_object('kind', 'event_match', 'key', 'user_id', 'pattern', y.rid))
                           ELSE '[{"kind": "event_match", "key": "type", "pattern": "m.room.server_acl"}]'::jsonb END::text AS cond,
                CASE WHEN y.cls = 4 THEN '["notify", {"set_tweak": "sound", "value": "default"}, {"set_tweak": "highlight"}]' WHEN y.cls = 3 THEN '["dont_notify"]' ELSE '["notify"]' END AS act) x
WHERE u.kind = 'staff' AND NOT u.deact AND k <= fixture_gen.n('nprk', u.i, 4)) z;

CREATE TABLE push_rules_enable (id bigint NOT NULL, user_name text NOT NULL, rule_id text NOT NULL, enabled smallint, UNIQUE (user_name, rule_id));
INSERT INTO push_rules_enable
SELECT row_number() OVER (ORDER BY u.i, k), u.uid, (ARRAY['global/override/.m.rule.suppress_notices', 'global/underride/.m.rule.encrypted_room_one_to_one', 'global/override/.m.rule.master',
       'global/underride/.m.rule.call', 'global/content/.m.rule.contains_user_name', 'global/override/.m.rule.roomnotif'])[k], (k = 3 AND u.i % 5 = 0 OR k = 1)::int
FROM sgen.lu u, generate_series(1, 6) k WHERE u.kind = 'staff' AND fixture_gen.n('pre' || k, u.i, 4) = 0;

-- End-to-end encryption: device keys, one-time keys and cross-signing keys
-- are public keys signed by the user; key backups and secret storage hold
-- private keys encrypted with a key derived from the user's passphrase.
CREATE TABLE e2e_device_keys_json (user_id text NOT NULL, device_id text NOT NULL, ts_added_ms bigint NOT NULL, key_json text NOT NULL, UNIQUE (user_id, device_id));
INSERT INTO e2e_device_keys_json
SELECT d.uid, d.device_id, d.seen - 86400000 * 20::bigint,
       jsonb_build_object('algorithms', '["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"]'::jsonb, 'device_id', d.device_id,
         'keys', jsonb_build_object('curve25519:' || d.device_id, sgen.b64u('dcurve', d.u * 10 + d.k, 32), 'ed25519:' || d.device_id, sgen.b64u('ded', d.u * 10 + d.k, 32)),
         'signatures', jsonb_build_object(d.uid, jsonb_build_object('ed25519:' || d.device_id, sgen.b64u('dsig', d.d, 64))), 'user_id', d.uid)::text
FROM sgen.dev d WHERE d.kind IN ('staff', 'bot', 'admin') ORDER BY d.d;

CREATE TABLE e2e_one_time_keys_json (user_id text NOT NULL, device_id text NOT NULL, algorithm text NOT NULL, key_id text NOT NULL, ts_added_ms bigint NOT NULL, key_json text NOT NULL, UNIQUE (user_id, device_id, algorithm, key_id));
INSERT INTO e2e_one_time_keys_json
SELECT d.uid, d.device_id, 'signed_curve25519', 'AAAAAAAAA' || fixture_gen.chars('otkid', d.d * 10 + n, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), d.seen - n * 1000,
       jsonb_build_object('key', sgen.b64u('otk', d.d * 10 + n, 32), 'signatures', jsonb_build_object(d.uid, jsonb_build_object('ed25519:' || d.device_id, sgen.b64u('otks', d.d * 10 + n, 64))))::text
FROM sgen.dev d, generate_series(1, 3) n WHERE d.kind = 'staff' AND d.d % 2 = 0 ORDER BY d.d, n;

CREATE TABLE e2e_cross_signing_keys (user_id text NOT NULL, keytype text NOT NULL, keydata text NOT NULL, stream_id bigint NOT NULL, updatable_without_uia_before_ms bigint);
INSERT INTO e2e_cross_signing_keys
SELECT u.uid, t.kt, jsonb_build_object('keys', jsonb_build_object('ed25519:' || sgen.b64u('xs' || t.kt, u.i, 32), sgen.b64u('xs' || t.kt, u.i, 32)), 'usage', jsonb_build_array(t.kt), 'user_id', u.uid)
         || CASE WHEN t.kt <> 'master' THEN jsonb_build_object('signatures', jsonb_build_object(u.uid, jsonb_build_object('ed25519:' || sgen.b64u('xsmaster', u.i, 32), sgen.b64u('xss' || t.kt, u.i, 64)))) ELSE '{}' END,
       u.i * 3 + t.o, CASE WHEN u.i % 19 = 0 THEN u.created + 600000 END
FROM sgen.lu u, (VALUES (1, 'master'), (2, 'self_signing'), (3, 'user_signing')) t(o, kt) WHERE u.kind = 'staff' AND NOT u.deact AND u.i % 2 = 0 ORDER BY u.i, t.o;

CREATE TABLE e2e_cross_signing_signatures (user_id text NOT NULL, key_id text NOT NULL, target_user_id text NOT NULL, target_device_id text NOT NULL, signature text NOT NULL);
INSERT INTO e2e_cross_signing_signatures
SELECT d.uid, 'ed25519:' || sgen.b64u('xsself_signing', d.u, 32), d.uid, d.device_id, sgen.b64u('xsdsig', d.d, 64) FROM sgen.dev d WHERE d.kind = 'staff' AND d.u % 2 = 0
UNION ALL
SELECT u.uid, 'ed25519:' || sgen.b64u('xsuser_signing', u.i, 32), v.uid, sgen.b64u('xsmaster', v.i, 32), sgen.b64u('xsusig', u.i * 1000 + v.i, 64)
FROM sgen.lu u JOIN sgen.u v ON v.i = 2 * (1 + fixture_gen.n('xsv', u.i, 229)) WHERE u.kind = 'staff' AND u.i % 2 = 0 AND NOT u.deact AND NOT v.deact AND v.i <> u.i;

CREATE TABLE e2e_room_keys_versions (user_id text NOT NULL, version bigint NOT NULL, algorithm text NOT NULL, auth_data text NOT NULL, deleted smallint DEFAULT 0 NOT NULL, etag bigint);
INSERT INTO e2e_room_keys_versions
SELECT u.uid, v, 'm.megolm_backup.v1.curve25519-aes-sha2',
       jsonb_build_object('public_key', sgen.b64u('bkpub', u.i * 10 + v, 32), 'signatures', jsonb_build_object(u.uid, jsonb_build_object('ed25519:' || sgen.b64u('xsmaster', u.i, 32), sgen.b64u('bksig', u.i * 10 + v, 64))))::text,
       CASE WHEN v = 1 AND u.i % 4 = 0 THEN 1 ELSE 0 END, 3 + u.i % 40
FROM sgen.lu u, generate_series(1, 2) v WHERE u.kind = 'staff' AND NOT u.deact AND u.i % 2 = 0 AND (v = 1 OR u.i % 4 = 0);

CREATE TABLE e2e_room_keys (user_id text NOT NULL, room_id text NOT NULL, session_id text NOT NULL, version bigint NOT NULL, first_message_index integer, forwarded_count integer, is_verified boolean, session_data text NOT NULL);
INSERT INTO e2e_room_keys
SELECT v.user_id, rm.room_id, sgen.b64u('megs', rm.r * 10 + s, 32), v.version, fixture_gen.n('fmi', rm.r * 10 + s, 40), CASE WHEN s = 2 THEN 1 ELSE 0 END, s <> 2,
       jsonb_build_object('ephemeral', sgen.b64u('bkeph', rm.r * 100 + s * 10 + v.version, 32), 'ciphertext', sgen.b64u('bkct', length(v.user_id) * 1000 + rm.r * 10 + s, 180), 'mac', sgen.b64u('bkmac', rm.r * 10 + s, 8))::text
FROM e2e_room_keys_versions v JOIN sgen.u u ON u.uid = v.user_id JOIN sgen.rm rm ON rm.enc AND u.i = ANY (rm.members), generate_series(0, 2) s
WHERE v.deleted = 0;

-- To-device messages waiting for a device: Olm-encrypted room keys and
-- secrets, key requests and verification requests naming the sender.
CREATE TABLE device_inbox (user_id text NOT NULL, device_id text NOT NULL, stream_id bigint NOT NULL, message_json text NOT NULL, instance_name text);
INSERT INTO device_inbox
SELECT d.uid, d.device_id, 60000 + n, CASE fixture_gen.n('dit', n, 5)
    WHEN 3 THEN jsonb_build_object('content', jsonb_build_object('action', 'request', 'body', jsonb_build_object('algorithm', 'm.megolm.v1.aes-sha2', 'room_id', rm.room_id, 'sender_key', sgen.b64u('dcurve', s.i * 10 + 1, 32),
                  'session_id', sgen.b64u('megs', rm.r * 10 + 1, 32)), 'request_id', sgen.rnd('dreq', n, 12), 'requesting_device_id', d.device_id), 'sender', d.uid, 'type', 'm.room_key_request')
    WHEN 4 THEN jsonb_build_object('content', jsonb_build_object('from_device', fixture_gen.chars('devid', s.i * 10 + 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), 'methods', '["m.sas.v1", "m.qr_code.show.v1", "m.reciprocate.v1"]'::jsonb,
                  'timestamp', 1704067200000 + n * 60000, 'transaction_id', sgen.rnd('dtx', n, 16)), 'sender', s.uid, 'type', 'm.key.verification.request')
    ELSE jsonb_build_object('content', jsonb_build_object('algorithm', 'm.olm.v1.curve25519-aes-sha2', 'ciphertext', jsonb_build_object(sgen.b64u('dcurve', d.u * 10 + d.k, 32),
                  jsonb_build_object('body', 'Awog' || sgen.b64u('olm', n, 300), 'type', n % 2)), 'sender_key', sgen.b64u('dcurve', s.i * 10 + 1, 32)),
                  'org.matrix.msgid', sgen.rnd('dmid', n, 32), 'sender', s.uid, 'type', 'm.room.encrypted') END::text,
       CASE WHEN n % 2 = 0 THEN 'master' ELSE 'generic_worker1' END
FROM generate_series(1, 700) n JOIN sgen.dev d ON d.d = 1 + fixture_gen.n('did', n, 780) JOIN sgen.u s ON s.i = sgen.staff('dis', n) JOIN sgen.rm rm ON rm.r = 35 + n % 60
WHERE d.kind = 'staff';

-- Device lists of users on other servers: their keys and device names.
CREATE TABLE device_lists_remote_cache (user_id text NOT NULL, device_id text NOT NULL, content text NOT NULL);
INSERT INTO device_lists_remote_cache
SELECT u.uid, dv.id, jsonb_build_object('algorithms', '["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"]'::jsonb, 'device_id', dv.id,
         'keys', jsonb_build_object('curve25519:' || dv.id, sgen.b64u('rdc', u.i * 10 + k, 32), 'ed25519:' || dv.id, sgen.b64u('rde', u.i * 10 + k, 32)),
         'signatures', jsonb_build_object(u.uid, jsonb_build_object('ed25519:' || dv.id, sgen.b64u('rds', u.i * 10 + k, 64))), 'user_id', u.uid,
         'unsigned', jsonb_build_object('device_display_name', (ARRAY[u.first || '''s Android', u.first || '''s iPhone', 'Element Desktop: Windows', 'app.element.io: Firefox on Linux', 'FluffyChat ' || u.first, 'Laptop'])[1 + fixture_gen.n('rdn', u.i * 10 + k, 6)]))::text
FROM sgen.u u, generate_series(1, 2) k, LATERAL (SELECT fixture_gen.chars('rdid', u.i * 10 + k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') AS id) dv
WHERE u.kind = 'remote' AND (k = 1 OR u.i % 3 = 0);

-- Account data: direct-message maps naming the other person, breadcrumbs,
-- an analytics id, settings, and secret storage: the key's PBKDF2 salt and
-- check value, and the cross-signing and backup private keys encrypted with it.
CREATE TABLE account_data (user_id text NOT NULL, account_data_type text NOT NULL, stream_id bigint NOT NULL, content text NOT NULL, instance_name text, UNIQUE (user_id, account_data_type));
INSERT INTO account_data
SELECT u.uid, t.typ, row_number() OVER (ORDER BY u.i, t.o) + 7000, CASE t.typ
    WHEN 'm.direct' THEN coalesce((SELECT jsonb_object_agg(o.uid, jsonb_build_array(rm.room_id)) FROM sgen.rm rm JOIN sgen.u o ON o.i = ANY (rm.members) AND o.i <> u.i WHERE rm.r > 34 AND u.i = ANY (rm.members)), '{}')::text
    WHEN 'im.vector.setting.breadcrumbs' THEN jsonb_build_object('recent_rooms', coalesce((SELECT jsonb_agg(room_id) FROM sgen.rm WHERE u.i = ANY (members) AND r % 3 = u.i % 3), '[]'))::text
    WHEN 'im.vector.analytics' THEN jsonb_build_object('id', fixture_gen.uuid('anid', u.i), 'pseudonymousAnalyticsOptIn', u.i % 3 = 0)::text
    WHEN 'im.vector.web.settings' THEN jsonb_build_object('language', (ARRAY['en', 'de', 'pl', 'pt-BR', 'ja', 'ar'])[1 + u.i % 6], 'theme', CASE WHEN u.i % 2 = 0 THEN 'dark' ELSE 'light' END, 'useCompactLayout', u.i % 5 = 0)::text
    WHEN 'io.element.recent_emoji' THEN '{"recent_emoji": [["👍", ' || (3 + u.i % 40) || '], ["😂", ' || (1 + u.i % 9) || '], ["🎉", 2]]}'
    WHEN 'm.secret_storage.default_key' THEN jsonb_build_object('key', sgen.rnd('ssk', u.i, 32))::text
    WHEN 'm.secret_storage.key.' || sgen.rnd('ssk', u.i, 32) THEN jsonb_build_object('algorithm', 'm.secret_storage.v1.aes-hmac-sha2', 'iv', sgen.b64u('ssiv', u.i, 16), 'mac', sgen.b64u('ssmac', u.i, 32),
        'passphrase', jsonb_build_object('algorithm', 'm.pbkdf2', 'iterations', 500000, 'salt', sgen.rnd('sssalt', u.i, 32)))::text
    WHEN 'm.ignored_user_list' THEN jsonb_build_object('ignored_users', jsonb_build_object((SELECT v.uid FROM sgen.u v WHERE v.i = 476 + u.i % 30), '{}'::jsonb))::text
    ELSE jsonb_build_object('encrypted', jsonb_build_object(sgen.rnd('ssk', u.i, 32), jsonb_build_object('iv', sgen.b64u('enciv' || t.typ, u.i, 16),
        'ciphertext', sgen.b64u('encct' || t.typ, u.i, 48), 'mac', sgen.b64u('encmac' || t.typ, u.i, 32))))::text END,
    NULL
FROM sgen.lu u,
LATERAL (VALUES (1, 'm.direct'), (2, 'im.vector.setting.breadcrumbs'), (3, 'im.vector.analytics'), (4, 'im.vector.web.settings'), (5, 'io.element.recent_emoji'),
                (6, 'm.secret_storage.default_key'), (7, 'm.secret_storage.key.' || sgen.rnd('ssk', u.i, 32)), (8, 'm.cross_signing.master'), (9, 'm.cross_signing.self_signing'),
                (10, 'm.cross_signing.user_signing'), (11, 'm.megolm_backup.v1'), (12, 'm.ignored_user_list')) t(o, typ)
WHERE u.kind = 'staff' AND NOT u.deact AND (t.o <= 5 AND fixture_gen.n('adt' || t.o, u.i, 3) > 0 OR t.o BETWEEN 6 AND 10 AND u.i % 2 = 0 OR t.o = 11 AND u.i % 2 = 0 OR t.o = 12 AND u.i % 17 = 0);

CREATE TABLE room_account_data (user_id text NOT NULL, room_id text NOT NULL, account_data_type text NOT NULL, stream_id bigint NOT NULL, content text NOT NULL, instance_name text, UNIQUE (user_id, room_id, account_data_type));
INSERT INTO room_account_data
SELECT x.user_id, x.room_id, t.typ, row_number() OVER (ORDER BY x.so, t.typ) + 9000,
       CASE t.typ WHEN 'm.fully_read' THEN jsonb_build_object('event_id', x.event_id)::text
                  WHEN 'm.tag' THEN CASE WHEN x.so % 2 = 0 THEN '{"tags": {"m.favourite": {"order": 0.5}}}' ELSE '{"tags": {"m.lowpriority": {}}}' END
                  ELSE '{"unread": true}' END, NULL
FROM (SELECT user_id, room_id, event_id, event_stream_ordering AS so FROM receipts_linearized WHERE receipt_type = 'm.read') x,
     (VALUES ('m.fully_read'), ('m.tag'), ('m.marked_unread')) t(typ)
WHERE t.typ = 'm.fully_read' OR t.typ = 'm.tag' AND x.so % 5 = 0 OR t.typ = 'm.marked_unread' AND x.so % 11 = 0;

-- Presence, with the status messages people set.
CREATE TABLE presence_stream (
    stream_id bigint, user_id text, state text, last_active_ts bigint, last_federation_update_ts bigint, last_user_sync_ts bigint, status_msg text, currently_active boolean, instance_name text
);
INSERT INTO presence_stream
SELECT 20000 + u.i, u.uid, (ARRAY['online', 'unavailable', 'offline', 'offline'])[1 + fixture_gen.n('pst', u.i, 4)], 1718000000000 + fixture_gen.n('pla', u.i, 1000000) * 1000::bigint,
       1718000000000 + fixture_gen.n('pla', u.i, 1000000) * 1000::bigint + 30000, 1718000000000 + fixture_gen.n('pla', u.i, 1000000) * 1000::bigint + 1000,
       CASE fixture_gen.n('psm', u.i, 12)
         WHEN 0 THEN 'In Lagos until Friday' WHEN 1 THEN 'On parental leave until March, ask ' || (SELECT v.first FROM sgen.u v WHERE v.i = sgen.staff('psb', u.i))
         WHEN 2 THEN 'WFH' WHEN 3 THEN 'At the doctor, back at 14:00' WHEN 4 THEN '🌴 Vacation' WHEN 5 THEN 'Call me: +' || u.msisdn
         WHEN 6 THEN 'Sick leave' WHEN 7 THEN 'Focus time, DMs only' ELSE NULL END,
       fixture_gen.n('pst', u.i, 4) = 0, 'master'
FROM sgen.lu u WHERE u.kind IN ('staff', 'admin') AND NOT u.deact;

CREATE TABLE user_filters (user_id text NOT NULL, filter_id bigint NOT NULL, filter_json bytea NOT NULL, full_user_id text);
INSERT INTO user_filters
SELECT d.lp, row_number() OVER (PARTITION BY d.u ORDER BY d.d) - 1,
       convert_to(CASE WHEN d.ua LIKE 'Element X%' THEN '{"room":{"state":{"lazy_load_members":true},"timeline":{"limit":20}}}'
                       WHEN d.ua LIKE 'Element/%' THEN '{"room":{"state":{"lazy_load_members":true}},"presence":{"not_types":["*"]}}'
                       ELSE '{"room":{"timeline":{"unread_thread_notifications":true,"limit":20},"state":{"lazy_load_members":true}}}' END, 'UTF8'), d.uid
FROM sgen.dev d WHERE d.kind IN ('staff', 'guest');

-- E-mail validation (adding an address, registering): the client's secret
-- and the link the e-mail points at, which carries it.
CREATE TABLE threepid_validation_session (session_id text PRIMARY KEY, medium text NOT NULL, address text NOT NULL, client_secret text NOT NULL, last_send_attempt integer NOT NULL, validated_at bigint);
INSERT INTO threepid_validation_session
SELECT sgen.rnd('tvsid', k, 16), 'email', CASE WHEN k % 3 = 0 THEN fixture_gen.email('tvem', k) ELSE u.email END, fixture_gen.chars('tvcs', k, 32),
       1 + k % 3, CASE WHEN k % 4 <> 0 THEN 1700000000000 + k * 3600000::bigint END
FROM generate_series(1, 160) k JOIN sgen.u u ON u.i = sgen.staff('tvu', k) WHERE u.email IS NOT NULL;

CREATE TABLE threepid_validation_token (token text PRIMARY KEY, session_id text NOT NULL, next_link text, expires bigint NOT NULL);
INSERT INTO threepid_validation_token
SELECT sgen.rnd('tvtok', row_number() OVER (ORDER BY s.session_id), 32), s.session_id,
       CASE WHEN s.last_send_attempt = 1 THEN 'https://chat.example.org/#/register?client_secret=' || s.client_secret || '&hs_url=https%3A%2F%2Fmatrix.chat.example.org&is_url=&session_id=' || sgen.rnd('tvsess', length(s.address), 24) || '&sid=' || s.session_id
            WHEN s.last_send_attempt = 2 THEN 'https://chat.example.org/#/settings' END,
       1700000000000 + 86400000 + fixture_gen.n('tvx', length(s.session_id) + ascii(s.session_id), 90000000)::bigint * 100
FROM threepid_validation_session s;

CREATE TABLE registration_tokens (token text NOT NULL, uses_allowed integer, pending integer NOT NULL, completed integer NOT NULL, expiry_time bigint, UNIQUE (token));
INSERT INTO registration_tokens
SELECT fixture_gen.chars('regt', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-'), CASE WHEN k % 3 = 0 THEN NULL ELSE 1 + k % 25 END, k % 2, k % 7,
       CASE WHEN k % 4 = 0 THEN 1700000000000 + k * 604800000::bigint END
FROM generate_series(1, 24) k;

-- User-interactive authentication: the request being authorised as the
-- client sent it (registrations with the typed password, password changes,
-- 3PID binds with the client secret), what the server kept between stages
-- (the new user's password hash), and each stage's result.
CREATE TABLE ui_auth_sessions (session_id text NOT NULL, creation_time bigint NOT NULL, serverdict text NOT NULL, clientdict text NOT NULL, uri text NOT NULL, method text NOT NULL, description text NOT NULL, UNIQUE (session_id));
CREATE TABLE sgen.uia AS
SELECT k, sgen.rnd('uias', k, 24) AS sid, fixture_gen.n('uiat', k, 5) AS t, u.i AS ui, u.uid, u.lp, u.first, u.email, 1715000000000 + k * 1800000::bigint AS ts,
       (ARRAY['Sommer', 'Kestrel', 'Lagos', 'Sakura', 'Warszawa', 'Fussball', 'Mumbai', 'Saudade', 'Hamburg', 'Dubai'])[1 + fixture_gen.n('uipw', k, 10)] || fixture_gen.digits('uipd', k, 4)
         || (ARRAY['!', '#', '?', '.', ''])[1 + fixture_gen.n('uipx', k, 5)] AS pw
FROM generate_series(1, 180) k JOIN sgen.u u ON u.i = sgen.staff('uiau', k);
INSERT INTO ui_auth_sessions
SELECT sid, ts,
       CASE t WHEN 0 THEN CASE WHEN k % 2 = 0 THEN jsonb_build_object('registered_user_id', uid, 'password_hash', '$2' || 'b$12$' || fixture_gen.chars('uiph', k, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))::text ELSE '{}' END
              ELSE jsonb_build_object('request_user_id', uid)::text END,
       CASE t WHEN 0 THEN jsonb_build_object('username', lp, 'password', pw, 'initial_device_display_name', first || '''s iPhone', 'inhibit_login', false)::text
              WHEN 1 THEN jsonb_build_object('new_password', pw, 'logout_devices', k % 2 = 0)::text
              WHEN 2 THEN jsonb_build_object('devices', jsonb_build_array(fixture_gen.chars('devid', ui * 10 + 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')))::text
              WHEN 3 THEN jsonb_build_object('sid', sgen.rnd('tvsid', k, 16), 'client_secret', fixture_gen.chars('tvcs', k, 32))::text
              ELSE jsonb_build_object('master_key', jsonb_build_object('keys', jsonb_build_object('ed25519:' || sgen.b64u('xsmaster', ui, 32), sgen.b64u('xsmaster', ui, 32)), 'usage', '["master"]'::jsonb, 'user_id', uid))::text END,
       'https://matrix.chat.example.org/_matrix/client/v3/' || (ARRAY['register', 'account/password', 'delete_devices', 'account/3pid/add', 'keys/device_signing/upload'])[1 + t],
       'POST', (ARRAY['register a new account', 'modify your account password', 'remove device(s) from your account', 'add a third-party identifier to your account', 'add a device signing key to your account'])[1 + t]
FROM sgen.uia ORDER BY k;

CREATE TABLE ui_auth_sessions_credentials (session_id text NOT NULL, stage_type text NOT NULL, result text NOT NULL, UNIQUE (session_id, stage_type));
INSERT INTO ui_auth_sessions_credentials
SELECT sid, 'm.login.registration_token', to_json(fixture_gen.chars('regt', 1 + k % 24, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-'))::text FROM sgen.uia WHERE t = 0 AND k % 3 <> 2
UNION ALL SELECT sid, 'm.login.email.identity', jsonb_build_object('medium', 'email', 'address', email, 'validated_at', ts + 120000)::text FROM sgen.uia WHERE t = 0 AND email IS NOT NULL
UNION ALL SELECT sid, 'm.login.dummy', 'true' FROM sgen.uia WHERE t = 0 AND k % 3 = 2
UNION ALL SELECT sid, 'm.login.password', to_json(uid)::text FROM sgen.uia WHERE t IN (1, 2, 3) AND k % 5 <> 0
UNION ALL SELECT sid, 'm.login.sso', to_json(uid)::text FROM sgen.uia WHERE t = 4 OR t IN (1, 2, 3) AND k % 5 = 0;

CREATE TABLE ui_auth_sessions_ips (session_id text NOT NULL, ip text NOT NULL, user_agent text NOT NULL, UNIQUE (session_id, ip, user_agent));
INSERT INTO ui_auth_sessions_ips SELECT sid, sgen.ip('uiip', k), sgen.ua('uiua', k) FROM sgen.uia ORDER BY k;

-- Deactivated users who asked to be forgotten.
CREATE TABLE erased_users (user_id text NOT NULL, UNIQUE (user_id));
INSERT INTO erased_users SELECT uid FROM sgen.lu WHERE deact AND i % 2 = 1;

CREATE TABLE users_who_share_private_rooms (user_id text NOT NULL, other_user_id text NOT NULL, room_id text NOT NULL, UNIQUE (user_id, other_user_id, room_id));
INSERT INTO users_who_share_private_rooms
SELECT DISTINCT a.state_key, b.state_key, a.room_id
FROM current_state_events a JOIN current_state_events b ON b.room_id = a.room_id AND b.type = 'm.room.member' AND b.membership = 'join' AND b.state_key <> a.state_key
JOIN sgen.rm rm ON rm.room_id = a.room_id AND NOT rm.public AND (rm.r > 34 OR rm.r IN (25, 26, 27, 16))
WHERE a.type = 'm.room.member' AND a.membership = 'join' AND a.state_key LIKE '%:chat.example.org';

-- The user directory: local users and the remote users sharing a room.
CREATE TABLE user_directory (user_id text NOT NULL, room_id text, display_name text, avatar_url text);
INSERT INTO user_directory
SELECT u.uid, NULL, coalesce(p.displayname, u.dn), p.avatar_url FROM sgen.u u LEFT JOIN profiles p ON p.full_user_id = u.uid
WHERE NOT coalesce(u.deact, false) AND u.kind IN ('staff', 'puppet', 'bot', 'remote', 'admin') ORDER BY u.i;
UPDATE user_directory d SET avatar_url = 'mxc://' || u.server || '/' || sgen.rnd('ravu', u.i, 24) FROM sgen.u u WHERE u.uid = d.user_id AND u.kind = 'remote' AND u.i % 3 = 0;

CREATE TABLE user_directory_search (user_id text NOT NULL, vector tsvector, UNIQUE (user_id));
INSERT INTO user_directory_search
SELECT d.user_id, setweight(to_tsvector('simple', u.lp), 'A') || setweight(to_tsvector('simple', u.server), 'D') || setweight(to_tsvector('simple', coalesce(d.display_name, '')), 'B')
FROM user_directory d JOIN sgen.u u ON u.uid = d.user_id;

CREATE TABLE user_stats_current (user_id text NOT NULL, joined_rooms bigint NOT NULL, completed_delta_stream_id bigint NOT NULL, UNIQUE (user_id));
INSERT INTO user_stats_current
SELECT u.uid, count(c.event_id), coalesce(max(c.event_stream_ordering), 0) FROM sgen.lu u LEFT JOIN current_state_events c ON c.type = 'm.room.member' AND c.state_key = u.uid AND c.membership = 'join'
GROUP BY u.i, u.uid ORDER BY u.i;

CREATE TABLE user_daily_visits (user_id text NOT NULL, device_id text, timestamp bigint NOT NULL, user_agent text);
INSERT INTO user_daily_visits
SELECT d.uid, d.device_id, 1717200000000 + day * 86400000::bigint, d.ua
FROM sgen.dev d, generate_series(0, 13) day WHERE d.kind IN ('staff', 'guest') AND fixture_gen.n('udv', d.d * 100 + day, 7) = 0;

CREATE TABLE ratelimit_override (user_id text NOT NULL, messages_per_second bigint, burst_count bigint, UNIQUE (user_id));
INSERT INTO ratelimit_override
SELECT uid, CASE WHEN kind IN ('bridge', 'bot') THEN 0 ELSE 10 END, CASE WHEN kind IN ('bridge', 'bot') THEN 0 ELSE 50 END FROM sgen.lu WHERE kind IN ('bridge', 'bot', 'support', 'admin')
UNION ALL SELECT uid, 5, 30 FROM sgen.lu WHERE i IN (7, 42, 118, 301);

-- Signing keys of this server and of the servers it federates with: public
-- ed25519 verify keys, as fetched and as the notary vouched for them.
CREATE TABLE sgen.srv AS
SELECT row_number() OVER () AS s, name, kid FROM (VALUES ('chat.example.org', 'ed25519:a_Kx9f'), ('matrix.org', 'ed25519:a_RXGa'), ('matrix.org', 'ed25519:auto'), ('chat.partner-logistik.example', 'ed25519:auto'),
    ('matrix.tu-hamburg.example', 'ed25519:a_wXpQ'), ('im.aurora-portos.example', 'ed25519:auto'), ('matrix.osaka-shipping.example', 'ed25519:a_jpOs'), ('chat.lagos-hub.example', 'ed25519:auto')) v(name, kid);
CREATE TABLE server_keys_json (server_name text NOT NULL, key_id text NOT NULL, from_server text NOT NULL, ts_added_ms bigint NOT NULL, ts_valid_until_ms bigint NOT NULL, key_json bytea NOT NULL, UNIQUE (server_name, key_id, from_server));
INSERT INTO server_keys_json
SELECT s.name, s.kid, f.fs, 1718000000000 + s.s * 60000, 1718604800000 + s.s * 60000,
       convert_to(jsonb_build_object('old_verify_keys', '{}'::jsonb, 'server_name', s.name,
         'signatures', jsonb_build_object(s.name, jsonb_build_object(s.kid, sgen.b64u('sksig', s.s, 64))) || CASE WHEN f.fs = 'matrix.org' THEN jsonb_build_object('matrix.org', jsonb_build_object('ed25519:a_RXGa', sgen.b64u('sknsig', s.s, 64))) ELSE '{}' END,
         'valid_until_ts', 1718604800000 + s.s * 60000, 'verify_keys', jsonb_build_object(s.kid, jsonb_build_object('key', sgen.b64u('skpub', s.s, 32))))::text, 'UTF8')
FROM sgen.srv s, (VALUES ('self'), ('matrix.org')) f0(fs0), LATERAL (SELECT CASE WHEN f0.fs0 = 'self' THEN s.name ELSE 'matrix.org' END AS fs) f WHERE s.name <> 'matrix.org' OR f0.fs0 = 'self';
CREATE TABLE server_signature_keys (server_name text, key_id text, from_server text, ts_added_ms bigint, verify_key bytea, ts_valid_until_ms bigint, UNIQUE (server_name, key_id));
INSERT INTO server_signature_keys SELECT name, kid, CASE WHEN s % 2 = 0 THEN 'matrix.org' ELSE name END, 1718000000000 + s * 60000, decode(sgen.b64u('skpub', s, 32) || '=', 'base64'), 1718604800000 + s * 60000 FROM sgen.srv;

CREATE TABLE application_services_state (as_id text PRIMARY KEY, state varchar(5), read_receipt_stream_id bigint, presence_stream_id bigint, to_device_stream_id bigint, device_list_stream_id bigint);
INSERT INTO application_services_state VALUES ('telegram', 'up', 41180, 20460, 60700, 3120), ('hookshot', 'up', 41175, 20460, NULL, 3120), ('signal', 'down', 40990, 20311, 60412, 3044);

-- Short-lived tokens: OpenID tokens for widgets (Jitsi), SSO login tokens
-- with the identity provider's session id, and the session store.
CREATE TABLE open_id_tokens (token text NOT NULL, ts_valid_until_ms bigint NOT NULL, user_id text NOT NULL, UNIQUE (token));
INSERT INTO open_id_tokens SELECT sgen.rnd('oidt', k, 24), 1718000000000 + k * 1200000::bigint, u.uid FROM generate_series(1, 150) k JOIN sgen.u u ON u.i = sgen.staff('oidu', k);

CREATE TABLE login_tokens (token text PRIMARY KEY, user_id text NOT NULL, expiry_ts bigint NOT NULL, used_ts bigint, auth_provider_id text, auth_provider_session_id text);
INSERT INTO login_tokens
SELECT sgen.tok('sy' || 'l', NULL, 'lgt', k), u.uid, 1718000000000 + k * 3000000::bigint + 120000, CASE WHEN k % 6 <> 0 THEN 1718000000000 + k * 3000000::bigint + 2100 END,
       u.sso, CASE WHEN u.sso = 'oidc-kestrel' THEN fixture_gen.uuid('kcsid', k) END
FROM generate_series(1, 200) k JOIN sgen.u u ON u.i = 5 * fixture_gen.n('lgu', k, 92) + 1 + k % 2 WHERE u.sso IS NOT NULL;

CREATE TABLE sessions (session_type text NOT NULL, session_id text NOT NULL, value text NOT NULL, expiry_time_ms bigint NOT NULL, UNIQUE (session_type, session_id));
INSERT INTO sessions
SELECT 'username_mapping_session', sgen.rnd('umss', k, 24),
       jsonb_build_object('auth_provider_id', 'oidc-kestrel', 'remote_user_id', fixture_gen.uuid('umsub', k), 'display_name', sgen.full('umdn', k),
         'emails', jsonb_build_array(sgen.fold(split_part(sgen.full('umdn', k), ' ', 1)) || '.' || sgen.fold(split_part(sgen.full('umdn', k), ' ', 2)) || '@kestrel-freight.example'),
         'client_redirect_url', 'https://chat.example.org/', 'ui_auth_session_id', CASE WHEN k % 3 = 0 THEN sgen.rnd('uias', k, 24) END, 'chosen_localpart', CASE WHEN k % 2 = 0 THEN sgen.fold(split_part(sgen.full('umdn', k), ' ', 1)) END)::text,
       1718000000000 + k * 900000::bigint
FROM generate_series(1, 40) k;

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
