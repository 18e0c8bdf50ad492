-- classify-eval fixture (HOLDOUT 44: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- wallabag 2.6 read-it-later service on PostgreSQL in the naming its Doctrine
-- migrations create (wallabag_ tables, singular snake_case, integer ids,
-- created_at/updated_at, Doctrine "array" columns as PHP-serialized text,
-- json columns, the 2FA columns folded to lower case as PostgreSQL folds
-- unquoted names), a subset of its tables with their real columns and types.
--
-- The instance is app.readlater.coop, run by Readlater, a small cooperative
-- in Lyon that hosts wallabag for paying readers and for a few teams. The
-- application's own tables (public schema): users with bcrypt and sodium
-- hashes (and a few salted SHA-512 ones from the 2.0 days), confirmation
-- tokens, TOTP secrets and hashed backup codes; their reading settings with
-- feed tokens and Pocket consumer keys; saved entries (articles from
-- newspapers and blogs beside personal pages: booking confirmations,
-- shared documents, newsletters whose links carry subscriber tokens, a
-- relative's blog), their authors as serialized arrays, the response
-- headers kept with them, public share ids; tags, tagging rules and
-- ignore-origin rules; annotations with the passage highlighted and what
-- the reader wrote; site credentials encrypted with the app secret; the
-- FOSOAuthServer tables of API clients, access and refresh tokens and
-- auth codes; the internal settings; Doctrine's migration versions; and
-- the Doctrine transport table of Symfony Messenger, which this deployment
-- uses for asynchronous Pocket and Instapaper imports (bodies hold the
-- exported items).
--
-- NOT wallabag: the cooperative's own tables, in the schema "hosting"
-- (same naming: singular snake_case, integer ids, created_at): customers
-- and their billing details, plans, subscriptions, invoices, payments,
-- coupons, referrals, the weekly digest's send log, a sharing audit, a
-- login audit, an API request log, support tickets and replies, GDPR
-- requests, staff, the mail log, abuse reports, dedicated team instances
-- with their secrets, backup runs, daily usage counts, fetch errors and
-- feature flags. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA wgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION wgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION wgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- ps: a PHP-serialized string; pa: a PHP-serialized list of strings.
CREATE FUNCTION wgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;

CREATE FUNCTION wgen.pa(arr text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || coalesce(cardinality(arr), 0) || ':{' || coalesce((SELECT string_agg('i:' || (k - 1) || ';' || wgen.ps(arr[k]), '' ORDER BY k) FROM generate_subscripts(arr, 1) k), '') || '}'
$$;

-- pk: a PHP-serialized map of string keys to strings.
CREATE FUNCTION wgen.pk(keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || cardinality(keys) || ':{' || (SELECT string_agg(wgen.ps(keys[k]) || wgen.ps(vals[k]), '' ORDER BY k) FROM generate_subscripts(keys, 1) k) || '}'
$$;

-- FOSOAuthServer's tokens: base64 of a hex SHA-256, URL-safe and unpadded
-- (86 characters); its client random ids and secrets: base36 of a SHA-1.
CREATE FUNCTION wgen.oauth_token(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(translate(encode(convert_to(encode(sha256(convert_to(tag || '#' || i, 'UTF8')), 'hex'), 'UTF8'), 'base64'), E'\n', ''), '='), '+/', '-_') $$;

CREATE FUNCTION wgen.b36(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 1, 'abcdefghijklmnopqrstuvwxyz0123456789') || fixture_gen.chars(tag || 'r', i, 30 + fixture_gen.n(tag || 'l', i, 3), 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- Symfony's password hashers: bcrypt ($2y$13$) and sodium (argon2id).
CREATE FUNCTION wgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$13$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

CREATE FUNCTION wgen.argon(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || 'argon2id' || '$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=') $$;

-- enc: defuse/php-encryption ciphertext as wallabag's CryptoProxy stores it.
CREATE FUNCTION wgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'def50200' || fixture_gen.hexn(tag, i, 160 + 2 * len) $$;

-- sha1: a 40-hex digest of a URL, as wallabag's UrlHasher stores it
-- (PostgreSQL has no sha1() without pgcrypto: the digest's shape is what
-- matters here).
CREATE FUNCTION wgen.sha1(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(encode(sha256(convert_to(v, 'UTF8')), 'hex'), 1, 40) $$;

-- base32: a TOTP secret.
CREATE FUNCTION wgen.base32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- at: a time between two instants.
CREATE FUNCTION wgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- ua: a browser or app user agent.
CREATE FUNCTION wgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36',
    'wallabag/2.6.0 (Android 13; SM-A536B) okhttp/4.12.0',
    'Wallabagger/1.18.0 Firefox/123.0',
    'KOReader/2024.01 (Kobo Clara HD) wallabag plugin',
    'wallabag-ios/2.3.1 CFNetwork/1494.0.7 Darwin/23.4.0',
    'python-requests/2.31.0'], tag, i)
$$;

-- The readers: people of several cultures, most in France, Germany,
-- Belgium and the UK.
CREATE TABLE wgen.p (i int PRIMARY KEY, first text, last text, username text, email text, name text, country text, city text, street text, postcode text, phone text);
INSERT INTO wgen.p
SELECT i, f, l,
       CASE i % 5 WHEN 0 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) WHEN 1 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l)
                  WHEN 2 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (i % 90)::text WHEN 3 THEN initcap(fixture_gen.ascii(f)) || '_' || (1970 + i % 40)::text
                  ELSE fixture_gen.ascii(l) || '-' || fixture_gen.ascii(f) END,
       fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 100)::text ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'orange.fr', 'proton.me', 'free.fr', 'outlook.com', 'mailbox.org', 'telenet.be', 'icloud.com', 'fastmail.com'], 'pd', i),
       CASE WHEN i % 6 = 0 THEN f ELSE f || ' ' || l END,
       c, fixture_gen.pick(CASE c WHEN 'FR' THEN ARRAY['Lyon', 'Paris', 'Grenoble', 'Nantes', 'Lille'] WHEN 'DE' THEN ARRAY['Berlin', 'Leipzig', 'Köln', 'Freiburg'] WHEN 'BE' THEN ARRAY['Bruxelles', 'Gent', 'Liège'] ELSE ARRAY['London', 'Bristol', 'Leeds', 'Edinburgh'] END, 'pc', i),
       CASE c WHEN 'FR' THEN (1 + i % 90)::text || ' ' || fixture_gen.pick(ARRAY['rue de la Charité', 'cours Gambetta', 'rue Oberkampf', 'avenue Jean Jaurès', 'rue des Tanneurs'], 'ps', i)
              WHEN 'DE' THEN fixture_gen.pick(ARRAY['Kastanienallee', 'Karl-Heine-Straße', 'Venloer Straße', 'Wiehre Straße'], 'ps', i) || ' ' || (1 + i % 120)::text
              WHEN 'BE' THEN fixture_gen.pick(ARRAY['Rue de Flandre', 'Veldstraat', 'Rue Saint-Gilles'], 'ps', i) || ' ' || (1 + i % 80)::text
              ELSE (1 + i % 140)::text || ' ' || fixture_gen.pick(ARRAY['Church Lane', 'Station Road', 'Gloucester Road', 'Leith Walk'], 'ps', i) END,
       CASE c WHEN 'FR' THEN '69' || lpad((i % 10)::text, 3, '0') WHEN 'DE' THEN fixture_gen.digits('pz', i, 5) WHEN 'BE' THEN (1000 + i % 9000)::text ELSE fixture_gen.pick(ARRAY['BS7 8AA', 'LS6 2QD', 'EH6 5QT', 'N16 7HY'], 'pz', i) END,
       CASE c WHEN 'FR' THEN '+33 6 ' || fixture_gen.digits('ph', i, 2) || ' ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2)
              WHEN 'DE' THEN '+49 15' || fixture_gen.digits('ph', i, 1) || ' ' || fixture_gen.digits('ph2', i, 7)
              WHEN 'BE' THEN '+32 47' || fixture_gen.digits('ph', i, 1) || ' ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2)
              ELSE '07' || fixture_gen.digits('ph', i, 3) || ' ' || fixture_gen.digits('ph2', i, 6) END
FROM generate_series(1, 60) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('pf', i) AS f, fixture_gen.last_name('pl', i) AS l,
                           fixture_gen.pick(ARRAY['FR', 'FR', 'FR', 'FR', 'DE', 'DE', 'DE', 'BE', 'BE', 'GB', 'GB'], 'pcy', i) AS c) x;

UPDATE wgen.p SET postcode = CASE city WHEN 'Lyon' THEN '6900' || (1 + i % 9) WHEN 'Paris' THEN '750' || lpad((1 + i % 20)::text, 2, '0') WHEN 'Grenoble' THEN '38000'
  WHEN 'Nantes' THEN '44000' ELSE '59000' END WHERE country = 'FR';
UPDATE wgen.p SET postcode = CASE city WHEN 'Bristol' THEN 'BS7 8AA' WHEN 'Leeds' THEN 'LS6 2QD' WHEN 'Edinburgh' THEN 'EH6 5QT' ELSE 'N16 7HY' END WHERE country = 'GB';

-- ---------------------------------------------------------------------------
-- wallabag: users and their settings.

CREATE TABLE wallabag_user (
  id serial PRIMARY KEY,
  username varchar(180) NOT NULL,
  username_canonical varchar(180) NOT NULL,
  email varchar(180) NOT NULL,
  email_canonical varchar(180) NOT NULL,
  enabled boolean NOT NULL,
  salt varchar(255) DEFAULT NULL,
  password varchar(255) NOT NULL,
  last_login timestamp(0) DEFAULT NULL,
  confirmation_token varchar(180) DEFAULT NULL,
  password_requested_at timestamp(0) DEFAULT NULL,
  roles text NOT NULL,
  name text DEFAULT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) NOT NULL,
  authcode integer DEFAULT NULL,
  emailtwofactor boolean NOT NULL,
  googleauthenticatorsecret varchar(191) DEFAULT NULL,
  backupcodes json DEFAULT NULL
);
COMMENT ON COLUMN wallabag_user.roles IS '(DC2Type:array)';
CREATE UNIQUE INDEX uniq_1d63e7e592fc23a8 ON wallabag_user (username_canonical);
CREATE UNIQUE INDEX uniq_1d63e7e5a0d96fbf ON wallabag_user (email_canonical);
CREATE UNIQUE INDEX uniq_1d63e7e5c05fb297 ON wallabag_user (confirmation_token);

INSERT INTO wallabag_user (username, username_canonical, email, email_canonical, enabled, salt, password, last_login, confirmation_token, password_requested_at,
  roles, name, created_at, updated_at, authcode, emailtwofactor, googleauthenticatorsecret, backupcodes)
SELECT CASE WHEN p.i = 1 THEN 'admin' WHEN p.i = 2 THEN 'wallabag' ELSE p.username END,
       lower(CASE WHEN p.i = 1 THEN 'admin' WHEN p.i = 2 THEN 'wallabag' ELSE p.username END),
       CASE WHEN p.i = 1 THEN 'ops@readlater.coop' WHEN p.i = 2 THEN 'demo@readlater.coop' WHEN p.i % 11 = 0 THEN initcap(split_part(p.email, '@', 1)) || '@' || split_part(p.email, '@', 2) ELSE p.email END,
       CASE WHEN p.i = 1 THEN 'ops@readlater.coop' WHEN p.i = 2 THEN 'demo@readlater.coop' ELSE lower(p.email) END,
       p.i % 17 <> 0,
       CASE WHEN p.i <= 8 THEN fixture_gen.b64('usalt', p.i, 32) END,
       CASE WHEN p.i <= 8 THEN fixture_gen.b64('usha', p.i, 64) WHEN p.i % 3 = 0 THEN wgen.argon('uarg', p.i) ELSE wgen.bcrypt('ubc', p.i) END,
       CASE WHEN p.i % 17 <> 0 THEN wgen.at('ull', p.i, '2024-03-01', '2024-06-28') END,
       CASE WHEN p.i % 7 = 0 OR p.i % 17 = 0 THEN wgen.b64url('uct', p.i, 32) END,
       CASE WHEN p.i % 7 = 0 THEN wgen.at('upr', p.i, '2024-05-01', '2024-06-28') END,
       CASE WHEN p.i = 1 THEN 'a:1:{i:0;s:16:"ROLE_SUPER_ADMIN";}' WHEN p.i = 9 THEN 'a:1:{i:0;s:16:"ROLE_SUPER_ADMIN";}' ELSE 'a:0:{}' END,
       CASE WHEN p.i = 1 THEN 'Readlater Ops' WHEN p.i = 2 THEN 'Demo account' WHEN p.i % 13 = 0 THEN NULL ELSE p.name END,
       wgen.at('uca', p.i, '2017-05-01', '2024-02-01'),
       wgen.at('uua', p.i, '2024-02-01', '2024-06-28'),
       CASE WHEN p.i % 4 = 1 AND p.i > 2 THEN 100000 + fixture_gen.n('uac', p.i, 899999) END,
       p.i % 4 = 1 AND p.i > 2,
       CASE WHEN p.i % 5 = 2 THEN wgen.base32('uga', p.i, 52) END,
       CASE WHEN p.i % 5 = 2 THEN json_build_array(wgen.bcrypt('ubk1', p.i), wgen.bcrypt('ubk2', p.i), wgen.bcrypt('ubk3', p.i), wgen.bcrypt('ubk4', p.i), wgen.bcrypt('ubk5', p.i)) END
FROM wgen.p p ORDER BY p.i;

CREATE TABLE wallabag_config (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id),
  items_per_page integer NOT NULL,
  language varchar(255) NOT NULL,
  feed_token varchar(255) DEFAULT NULL,
  feed_limit integer DEFAULT NULL,
  reading_speed double precision DEFAULT NULL,
  pocket_consumer_key varchar(255) DEFAULT NULL,
  action_mark_as_read integer DEFAULT 0,
  list_mode integer DEFAULT NULL,
  display_thumbnails integer DEFAULT 1 NOT NULL,
  font text DEFAULT NULL,
  fontsize double precision DEFAULT NULL,
  line_height double precision DEFAULT NULL,
  max_width double precision DEFAULT NULL,
  custom_css text DEFAULT NULL
);
CREATE UNIQUE INDEX uniq_87e64c53a76ed395 ON wallabag_config (user_id);
INSERT INTO wallabag_config (user_id, items_per_page, language, feed_token, feed_limit, reading_speed, pocket_consumer_key, action_mark_as_read, list_mode,
  display_thumbnails, font, fontsize, line_height, max_width, custom_css)
SELECT p.i, fixture_gen.pick(ARRAY['12', '12', '24', '50'], 'cip', p.i)::int,
       CASE p.country WHEN 'FR' THEN 'fr' WHEN 'DE' THEN 'de' WHEN 'BE' THEN fixture_gen.pick(ARRAY['fr', 'nl', 'en'], 'cl', p.i) ELSE 'en' END,
       CASE WHEN p.i % 3 <> 0 THEN wgen.rnd('cft', p.i, 30) END,
       CASE WHEN p.i % 3 <> 0 THEN fixture_gen.pick(ARRAY['50', '100', '20'], 'cfl', p.i)::int END,
       fixture_gen.pick(ARRAY['200', '200', '300', '100', '400'], 'crs', p.i)::double precision,
       CASE WHEN p.i % 4 = 0 THEN (10000 + p.i * 37)::text || '-' || fixture_gen.hexn('cpk', p.i, 24) END,
       fixture_gen.n('cam', p.i, 3), fixture_gen.n('clm', p.i, 2), CASE WHEN p.i % 5 = 0 THEN 0 ELSE 1 END,
       fixture_gen.pick(ARRAY['sans-serif', 'serif', 'Atkinson Hyperlegible', 'OpenDyslexicRegular', 'Literata', 'system-ui'], 'cfo', p.i),
       fixture_gen.pick(ARRAY['1', '1.1', '1.2', '1.4', '0.9'], 'cfs', p.i)::double precision,
       fixture_gen.pick(ARRAY['1.4', '1.5', '1.6', '1.8'], 'clh', p.i)::double precision,
       fixture_gen.pick(ARRAY['36', '40', '45', '50'], 'cmw', p.i)::double precision,
       CASE fixture_gen.n('ccs', p.i, 5) WHEN 0 THEN 'article { hyphens: auto; }' || E'\n' || 'img { max-width: 100%; filter: grayscale(40%); }'
         WHEN 1 THEN '/* dark mode tweaks */' || E'\n' || 'body.dark-theme #article { background: #1e1e1e; color: #d4d4d4; }'
         WHEN 2 THEN '#article blockquote { border-left: 4px solid #b58900; font-style: italic; }' ELSE NULL END
FROM wgen.p p ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- wallabag: entries. Most are articles of newspapers, magazines and blogs;
-- some are newsletters whose links carry the subscriber's token, booking
-- and order confirmations, shared documents, a relative's blog, forum
-- threads and PDFs of personal papers.

CREATE TABLE wgen.pub (k int PRIMARY KEY, domain text, lang text, base text, img text);
INSERT INTO wgen.pub VALUES
 (0, 'www.lemonde.fr', 'fr', 'https://www.lemonde.fr/planete/article/2024/', 'https://img.lemde.fr/2024/'),
 (1, 'www.theguardian.com', 'en', 'https://www.theguardian.com/environment/2024/', 'https://i.guim.co.uk/img/media/'),
 (2, 'www.zeit.de', 'de', 'https://www.zeit.de/wissen/2024-', 'https://img.zeit.de/wissen/2024-'),
 (3, 'lwn.net', 'en', 'https://lwn.net/Articles/', NULL),
 (4, 'arstechnica.com', 'en', 'https://arstechnica.com/science/2024/', 'https://cdn.arstechnica.net/wp-content/uploads/2024/'),
 (5, 'www.mediapart.fr', 'fr', 'https://www.mediapart.fr/journal/france/', 'https://www.mediapart.fr/images/'),
 (6, 'www.lesoir.be', 'fr', 'https://www.lesoir.be/5', 'https://www.lesoir.be/sites/default/files/dpistyles_v2/'),
 (7, 'www.heise.de', 'de', 'https://www.heise.de/news/', 'https://heise.cloudimg.io/v7/_www-heise-de_/imgs/18/4/'),
 (8, 'www.bbc.co.uk', 'en', 'https://www.bbc.co.uk/news/science-environment-', 'https://ichef.bbci.co.uk/news/1024/branded_news/'),
 (9, 'www.nature.com', 'en', 'https://www.nature.com/articles/d41586-024-', 'https://media.nature.com/lw767/magazine-assets/d41586-024-'),
 (10, 'www.liberation.fr', 'fr', 'https://www.liberation.fr/societe/', 'https://www.liberation.fr/resizer/'),
 (11, 'www.spiegel.de', 'de', 'https://www.spiegel.de/wissenschaft/', 'https://cdn.prod.www.spiegel.de/images/');

CREATE TABLE wgen.hl (k int PRIMARY KEY, lang text, t text);
INSERT INTO wgen.hl VALUES
 (0, 'fr', 'Canicule : les villes face au défi de la végétalisation'),
 (1, 'fr', 'Le train de nuit Paris-Berlin, un an après son retour'),
 (2, 'fr', 'Pourquoi le prix du cacao a triplé en un an'),
 (3, 'fr', 'Dans les Alpes, les glaciers reculent plus vite que prévu'),
 (4, 'fr', 'La réforme de l''assurance chômage expliquée en cinq points'),
 (5, 'fr', 'Cinq romans à lire cet été'),
 (6, 'en', 'The quiet revolution in heat pumps'),
 (7, 'en', 'How a small Welsh town rebuilt its high street'),
 (8, 'en', 'Rust in the Linux kernel: where things stand'),
 (9, 'en', 'Why the ocean is getting greener'),
 (10, 'en', 'A guide to the 2024 Paris Olympics venues'),
 (11, 'en', 'The long fight over right-to-repair laws'),
 (12, 'en', 'What we learned from a year of four-day weeks'),
 (13, 'en', 'A deep dive into the CrowdStrike outage'),
 (14, 'de', 'Wie das Deutschlandticket den Nahverkehr verändert'),
 (15, 'de', 'Wärmepumpen im Altbau: Was wirklich funktioniert'),
 (16, 'de', 'Die Rückkehr des Wolfs in die Eifel'),
 (17, 'de', 'Warum Stadtbäume so schnell sterben'),
 (18, 'de', 'Open Source in der Verwaltung: Schleswig-Holstein macht ernst'),
 (19, 'en', 'The James Webb telescope finds a surprisingly early galaxy');

CREATE TABLE wgen.e (e int PRIMARY KEY, uid int, kind text, pk int, title text, url text, given_url text, origin_url text, domain text, lang text,
  authors text[], content text, mime text, img text, at timestamp, pub_at timestamp, cookie text);
INSERT INTO wgen.e
SELECT e, u, kind, pk, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'text/html', NULL,
       wgen.at('eat', e, '2022-01-01', '2024-06-28'), NULL, NULL
FROM generate_series(1, 420) e
CROSS JOIN LATERAL (SELECT 2 + fixture_gen.n('eu', e, 59) AS u, fixture_gen.n('epk', e, 12) AS pk,
  CASE fixture_gen.n('ek', e, 20) WHEN 12 THEN 'newsletter' WHEN 13 THEN 'newsletter' WHEN 14 THEN 'newsletter' WHEN 15 THEN 'booking' WHEN 16 THEN 'shared'
    WHEN 17 THEN 'blog' WHEN 18 THEN 'forum' WHEN 19 THEN 'pdf' ELSE 'news' END AS kind) x;

-- news articles
UPDATE wgen.e SET title = h.t, domain = pb.domain, lang = pb.lang,
       url = pb.base || CASE pb.k WHEN 3 THEN (960000 + e)::text || '/' WHEN 9 THEN lpad((e * 7)::text, 5, '0') WHEN 6 THEN (70000 + e)::text || '/article/2024-0' || (1 + e % 6) || '-1' || (e % 9) || '/' || lower(regexp_replace(fixture_gen.ascii(h.t), '(.{24}).*', '\1'))
         ELSE '0' || (1 + e % 6) || '/' || (10 + e % 18) || '/' || lower(regexp_replace(translate(h.t, ' :,''', '----'), '[^A-Za-z0-9-]', '', 'g')) || '_' || (6200000 + e * 13)::text || '.html' END,
       authors = CASE WHEN e % 9 = 0 THEN NULL WHEN e % 4 = 0 THEN ARRAY[fixture_gen.full_name('ea1', e), fixture_gen.full_name('ea2', e)] ELSE ARRAY[fixture_gen.full_name('ea1', e)] END,
       img = CASE WHEN pb.img IS NOT NULL THEN pb.img || fixture_gen.hexn('eimg', e, 16) || '.jpg' END,
       pub_at = at - make_interval(hours => 2 + fixture_gen.n('epa', e, 300)),
       cookie = CASE WHEN pb.k IN (5, 0) AND e % 3 = 0 THEN CASE pb.k WHEN 5 THEN 'MPSESSID=' || fixture_gen.hexn('eck', e, 32) || '; path=/; secure; HttpOnly' ELSE 'lmd_a_s=' || wgen.b64url('eck', e, 48) || '; domain=.lemonde.fr; path=/; secure' END END
FROM wgen.pub pb, wgen.hl h
WHERE kind = 'news' AND pb.k = e.pk AND h.k = (CASE pb.lang WHEN 'fr' THEN ARRAY[0, 1, 2, 3, 4, 5] WHEN 'de' THEN ARRAY[14, 15, 16, 17, 18] ELSE ARRAY[6, 7, 8, 9, 10, 11, 12, 13, 19] END)[1 + fixture_gen.n('eh', e, CASE pb.lang WHEN 'fr' THEN 6 WHEN 'de' THEN 5 ELSE 9 END)];
UPDATE wgen.e SET given_url = url || CASE WHEN e % 5 = 0 THEN '?utm_source=rss&utm_medium=feed' WHEN e % 7 = 0 THEN '?xtor=RSS-3208' ELSE '' END,
  content = '<p class="byline">' || coalesce('By ' || array_to_string(authors, ' and '), '') || '</p><p>' || title || '. '
            || fixture_gen.pick(ARRAY['Experts say the trend will continue over the next decade, with cities and regions adapting their plans.',
                 'Les chercheurs appellent à une meilleure coordination entre les collectivités et l''État.',
                 'Fachleute fordern mehr Investitionen und eine schnellere Umsetzung der bestehenden Pläne.',
                 'The report, published on Tuesday, draws on data from more than forty countries.'], 'ec', e)
            || '</p><p>' || fixture_gen.pick(ARRAY['The numbers tell a mixed story.', 'Le gouvernement n''a pas encore réagi.', 'Die Kosten bleiben umstritten.', 'Critics remain unconvinced.'], 'ec2', e) || '</p>'
WHERE kind = 'news';

-- newsletters: links carry the subscriber's token (Substack's JWT, Ghost's
-- member uuid and key, Buttondown's subscriber id)
UPDATE wgen.e SET domain = d.dom, lang = 'en', title = d.t, authors = ARRAY[d.author],
       url = 'https://' || d.dom || '/p/' || d.slug || CASE WHEN e % 3 = 0 THEN '?token=' || fixture_gen.jwt('ent', e) ELSE '' END,
       given_url = 'https://' || d.dom || '/p/' || d.slug || CASE d.k
          WHEN 0 THEN '?utm_source=post-email-title&publication_id=' || (1000000 + e) || '&post_id=' || (140000000 + e * 31) || '&utm_campaign=email-post-title&isFreemail=true&r=' || wgen.rnd('enr', e, 6) || '&token=' || fixture_gen.jwt('ent', e)
          WHEN 1 THEN '?ref=newsletter&uuid=' || fixture_gen.uuid('enu', e) || '&key=' || fixture_gen.hexn('enk', e, 64)
          ELSE '?utm_source=buttondown&subscriber_id=' || fixture_gen.uuid('enb', e) || '&email=' || replace(p.email, '@', '%40') END,
       content = '<p>Hi ' || p.first || ',</p><p>' || d.t || ' - this week''s issue is about ' || fixture_gen.pick(ARRAY['burnout in open source', 'cycling infrastructure', 'the economics of local news', 'home batteries'], 'enc', e)
            || '.</p><p>Thanks for being a paid subscriber! Manage your subscription: https://' || d.dom || '/account?email=' || replace(p.email, '@', '%40') || '</p><p>- ' || d.author || '</p>',
       img = 'https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/' || fixture_gen.hexn('eni', e, 24) || '.png',
       pub_at = at - make_interval(hours => 1 + fixture_gen.n('epa', e, 40)),
       cookie = CASE WHEN e % 4 = 0 THEN 'substack.sid=s%3A' || wgen.b64url('esid', e, 32) || '.' || wgen.b64url('esig', e, 32) || '; Path=/; Expires=Sat, 28 Sep 2024 10:00:00 GMT; HttpOnly; Secure' END
FROM wgen.p p,
     (SELECT k, dom, t, author, slug FROM (VALUES
        (0, 'platformer.news', 'The week the algorithm changed', 'Casey Newton', 'the-week-the-algorithm-changed'),
        (1, 'www.citationneeded.news', 'Issue 58: The crypto lobby goes to Brussels', 'Molly White', 'issue-58'),
        (2, 'buttondown.com/lowtechmag', 'Bicycle-powered workshops, revisited', 'Kris De Decker', 'bicycle-powered-workshops'),
        (0, 'annehelen.substack.com', 'Culture Study: the childcare cliff', 'Anne Helen Petersen', 'the-childcare-cliff'),
        (1, 'www.404media.co', 'Inside the data broker that sells your location', 'Joseph Cox', 'data-broker-location')) v(k, dom, t, author, slug)) d
WHERE kind = 'newsletter' AND p.i = e.uid AND d.slug = (ARRAY['the-week-the-algorithm-changed', 'issue-58', 'bicycle-powered-workshops', 'the-childcare-cliff', 'data-broker-location'])[1 + fixture_gen.n('end', e, 5)];

-- booking and order confirmations saved from the browser
UPDATE wgen.e SET lang = CASE WHEN b.k = 2 THEN 'en' ELSE 'fr' END, domain = b.dom, authors = NULL,
       title = b.ttl || ' - ' || upper(p.last) || ' ' || p.first,
       url = 'https://' || b.dom || b.path || b.ref || CASE b.k WHEN 0 THEN '&name=' || upper(fixture_gen.ascii(p.last)) WHEN 1 THEN '&email=' || replace(p.email, '@', '%40') ELSE '&token=' || wgen.b64url('ebt', e, 24) END,
       content = '<h1>' || b.ttl || '</h1><p>Passager / Guest: ' || p.first || ' ' || upper(p.last) || '</p><p>Référence: ' || b.ref || '</p><p>E-mail: ' || p.email || '<br>Téléphone: ' || p.phone
            || '</p><p>Adresse de facturation: ' || p.street || ', ' || p.postcode || ' ' || p.city || '</p>',
       img = NULL, pub_at = NULL
FROM wgen.p p,
     (SELECT k, dom, path, ttl, ref FROM (VALUES
        (0, 'www.sncf-connect.com', '/app/trips/details?pnr=', 'Confirmation de votre voyage Lyon Part-Dieu → Paris Gare de Lyon', ''),
        (1, 'www.booking.com', '/confirmation.fr.html?bn=', 'Votre réservation est confirmée : Hôtel des Arts, Bruxelles', ''),
        (2, 'www.eurostar.com', '/uk-en/manage-booking?pnr=', 'Your Eurostar booking', '')) v(k, dom, path, ttl, ref)) b0
CROSS JOIN LATERAL (SELECT b0.k, b0.dom, b0.path, b0.ttl, upper(wgen.rnd('ebr', 0, 6)) AS ref) b
WHERE kind = 'booking' AND p.i = e.uid AND b.k = fixture_gen.n('ebk', e, 3);
UPDATE wgen.e SET given_url = url WHERE kind = 'booking';
UPDATE wgen.e SET url = replace(url, upper(wgen.rnd('ebr', 0, 6)), upper(wgen.rnd('ebr', e, 6))), given_url = replace(given_url, upper(wgen.rnd('ebr', 0, 6)), upper(wgen.rnd('ebr', e, 6))),
  content = replace(content, upper(wgen.rnd('ebr', 0, 6)), upper(wgen.rnd('ebr', e, 6))) WHERE kind = 'booking';

-- shared documents: capability links
UPDATE wgen.e SET lang = 'en', authors = NULL, img = NULL, pub_at = NULL,
       domain = CASE WHEN e % 2 = 0 THEN 'docs.google.com' ELSE 'cloud.' || fixture_gen.pick(ARRAY['zaclys.com', 'disroot.org', 'murena.io'], 'esd', e) END,
       title = fixture_gen.pick(ARRAY['CV - ', 'Lettre de motivation - ', 'Wedding seating plan - ', 'Flat share budget - ', 'Notes de réunion copro - '], 'est', e) || p.first || ' ' || p.last,
       url = CASE WHEN e % 2 = 0 THEN 'https://docs.google.com/document/d/' || wgen.b64url('esg', e, 33) || '/edit?usp=sharing'
                  ELSE 'https://cloud.' || fixture_gen.pick(ARRAY['zaclys.com', 'disroot.org', 'murena.io'], 'esd', e) || '/s/' || wgen.rnd('esn', e, 15) END,
       content = '<h2>' || p.first || ' ' || p.last || '</h2><p>' || p.street || ', ' || p.postcode || ' ' || p.city || ' - ' || p.phone || ' - ' || p.email || '</p><p>'
            || fixture_gen.pick(ARRAY['Born 14/03/1988. Experience: product designer at Atelier Nord (2019-2024).', 'Table 4: ' || fixture_gen.full_name('esx', e) || ', ' || fixture_gen.full_name('esy', e) || ' (vegetarian), ' || fixture_gen.full_name('esz', e),
                 'Loyer 1 240 € : ' || p.first || ' 620 €, ' || fixture_gen.first_name('esx', e) || ' 620 €. IBAN pour le virement : ' || fixture_gen.iban_for('esi', e),
                 'Présents : ' || fixture_gen.full_name('esx', e) || ' (lot 12), ' || fixture_gen.full_name('esy', e) || ' (lot 7). Fuite au 3e étage chez M. ' || fixture_gen.last_name('esz', e) || '.'], 'esc', e) || '</p>'
FROM wgen.p p WHERE kind = 'shared' AND p.i = e.uid;
UPDATE wgen.e SET given_url = url WHERE kind = 'shared';

-- a relative's or friend's blog, and forum threads
UPDATE wgen.e SET lang = 'en', img = b.url || '/wp-content/uploads/2024/0' || (1 + e % 6) || '/IMG_' || (2000 + e * 3) || '.jpg',
       domain = regexp_replace(b.url, '^https://', ''), title = fixture_gen.pick(ARRAY['Our trip to Porto', 'Grandma turns 90!', 'First month in the new flat', 'Running my first marathon', 'Garden diary, week 12'], 'ebt', e) || ' - ' || b.fn || '''s blog',
       url = b.url || '/2024/0' || (1 + e % 6) || '/' || (e % 28 + 1) || '/post-' || e || '/', authors = ARRAY[b.fn || ' ' || b.ln],
       content = '<p>Hello everyone! ' || b.fn || ' here. ' || fixture_gen.pick(ARRAY['Aunt ' || fixture_gen.first_name('ebx', e) || ' picked us up at the airport.', 'Mum is recovering well after her hip operation at Hôpital Édouard-Herriot.',
                  'We finally moved into 4 ' || fixture_gen.pick(ARRAY['rue Mercière', 'Kastanienallee', 'Church Lane'], 'eby', e) || ' - come and visit!', 'Thanks to ' || fixture_gen.full_name('ebz', e) || ' for the lovely photos.'], 'ebc', e) || '</p>',
       pub_at = at - interval '3 days'
FROM (SELECT e AS ee, fixture_gen.first_name('ebf', e) AS fn, fixture_gen.last_name('ebl', e) AS ln,
             'https://' || fixture_gen.pick(ARRAY['blog.', 'www.', ''], 'ebp', e) || fixture_gen.pick(ARRAY['carnetsdevoyage', 'thekitchengarden', 'mehr-als-marmelade', 'slowtravelnotes', 'lepetitpotager', 'rainydaysinleeds', 'unterwegsmitkind', 'brusselsbites'], 'ebn', e) || fixture_gen.pick(ARRAY['.net', '.fr', '.blog', '.de'], 'ebd', e) AS url
      FROM generate_series(1, 420) e) b
WHERE kind = 'blog' AND b.ee = e.e;
UPDATE wgen.e SET lang = 'en', img = NULL, authors = ARRAY[h1, h2], pub_at = at - interval '11 hours',
       domain = CASE WHEN e % 2 = 0 THEN 'github.com' ELSE 'forum.f-droid.org' END,
       title = CASE WHEN e % 2 = 0 THEN 'Import from Pocket fails with 429 · Issue #' || (7000 + e) || ' · wallabag/wallabag' ELSE 'Which read-later app do you use? - F-Droid Forum' END,
       url = CASE WHEN e % 2 = 0 THEN 'https://github.com/wallabag/wallabag/issues/' || (7000 + e) ELSE 'https://forum.f-droid.org/t/which-read-later-app/' || (20000 + e) END,
       content = '<p><strong>' || h1 || '</strong> commented: I get the same error since the update, logs attached.</p><p><strong>' || h2 || '</strong>: @' || h1 || ' try clearing the Redis queue first.</p>'
FROM (SELECT e AS ee, fixture_gen.ascii(fixture_gen.first_name('efh', e)) || fixture_gen.pick(ARRAY['dev', '42', '_', 'x'], 'efs', e) AS h1, fixture_gen.ascii(fixture_gen.last_name('efg', e)) || (e % 97) AS h2 FROM generate_series(1, 420) e) f
WHERE kind = 'forum' AND f.ee = e.e;
UPDATE wgen.e SET given_url = url WHERE kind IN ('blog', 'forum');

-- PDFs of personal papers, opened from a mail and saved
UPDATE wgen.e SET lang = 'fr', mime = 'application/pdf', img = NULL, authors = NULL, pub_at = NULL, domain = 'files.' || fixture_gen.pick(ARRAY['agence-rhone-immo.fr', 'notaires-lyon.fr', 'mutuelle-alpes.fr'], 'epd', e),
       title = fixture_gen.pick(ARRAY['Bail_habitation_', 'Attestation_mutuelle_', 'Avis_imposition_2023_'], 'ept', e) || upper(fixture_gen.ascii(p.last)) || '.pdf',
       url = 'https://files.' || fixture_gen.pick(ARRAY['agence-rhone-immo.fr', 'notaires-lyon.fr', 'mutuelle-alpes.fr'], 'epd', e) || '/download/' || fixture_gen.uuid('epu', e) || '?sig=' || fixture_gen.hexn('eps', e, 64) || '&expires=1719' || fixture_gen.digits('epx', e, 6),
       content = '<p>Locataire / Assuré : ' || p.first || ' ' || upper(p.last) || ', né(e) le ' || to_char(fixture_gen.birth_date('epb', e), 'DD/MM/YYYY') || '</p><p>Adresse : ' || p.street || ', ' || p.postcode || ' ' || p.city
            || '</p><p>N° de sécurité sociale : ' || (1 + e % 2) || ' ' || fixture_gen.digits('epn', e, 2) || ' ' || fixture_gen.digits('epn2', e, 2) || ' 69 ' || fixture_gen.digits('epn3', e, 3) || ' ' || fixture_gen.digits('epn4', e, 3) || '</p>'
FROM wgen.p p WHERE kind = 'pdf' AND p.i = e.uid;
UPDATE wgen.e SET given_url = url WHERE kind = 'pdf';

-- where some were found: a Mastodon post, a Hacker News thread, a friend's
-- newsletter
UPDATE wgen.e SET origin_url = CASE fixture_gen.n('eo', e, 4) WHEN 0 THEN 'https://' || fixture_gen.pick(ARRAY['mastodon.social', 'piaille.fr', 'chaos.social', 'mamot.fr'], 'eoi', e) || '/@' || fixture_gen.ascii(fixture_gen.first_name('eoh', e)) || fixture_gen.pick(ARRAY['', '_', '42'], 'eos', e) || '/' || (111000000000000000 + e * 7919)::text
  WHEN 1 THEN 'https://news.ycombinator.com/item?id=' || (39000000 + e * 17) WHEN 2 THEN 'https://www.reddit.com/r/' || fixture_gen.pick(ARRAY['france', 'de', 'selfhosted', 'CasualUK'], 'eor', e) || '/comments/' || wgen.rnd('eoc', e, 7) ELSE 'https://lobste.rs/s/' || lower(wgen.rnd('eol', e, 6)) END
WHERE e % 4 = 1 AND kind IN ('news', 'newsletter', 'forum');

CREATE TABLE wallabag_entry (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id),
  title text DEFAULT NULL,
  url text DEFAULT NULL,
  is_archived boolean NOT NULL,
  is_starred boolean NOT NULL,
  content text DEFAULT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) NOT NULL,
  mimetype text DEFAULT NULL,
  language varchar(20) DEFAULT NULL,
  reading_time integer NOT NULL,
  domain_name text DEFAULT NULL,
  preview_picture text DEFAULT NULL,
  uid varchar(23) DEFAULT NULL,
  http_status varchar(3) DEFAULT NULL,
  published_at timestamp(0) DEFAULT NULL,
  published_by text DEFAULT NULL,
  starred_at timestamp(0) DEFAULT NULL,
  origin_url text DEFAULT NULL,
  archived_at timestamp(0) DEFAULT NULL,
  hashed_url varchar(40) DEFAULT NULL,
  given_url text DEFAULT NULL,
  hashed_given_url varchar(40) DEFAULT NULL,
  headers text DEFAULT NULL,
  is_not_parsed boolean DEFAULT false NOT NULL
);
COMMENT ON COLUMN wallabag_entry.published_by IS '(DC2Type:array)';
COMMENT ON COLUMN wallabag_entry.headers IS '(DC2Type:array)';
CREATE INDEX idx_f4d18282a76ed395 ON wallabag_entry (user_id);
CREATE INDEX hashed_url_user_id ON wallabag_entry (user_id, hashed_url);
CREATE INDEX hashed_given_url_user_id ON wallabag_entry (user_id, hashed_given_url);
CREATE INDEX created_at ON wallabag_entry (created_at);
CREATE INDEX uid ON wallabag_entry (uid);

INSERT INTO wallabag_entry (id, user_id, title, url, is_archived, is_starred, content, created_at, updated_at, mimetype, language, reading_time, domain_name,
  preview_picture, uid, http_status, published_at, published_by, starred_at, origin_url, archived_at, hashed_url, given_url, hashed_given_url, headers, is_not_parsed)
SELECT e.e, e.uid, e.title, e.url, e.e % 3 <> 0, e.e % 8 = 0, e.content, e.at, e.at + make_interval(hours => fixture_gen.n('eup', e.e, 2000)),
       e.mime, CASE WHEN e.lang = 'fr' AND e.e % 5 = 0 THEN 'fr_FR' WHEN e.lang = 'de' AND e.e % 4 = 0 THEN 'de-DE' ELSE e.lang END,
       CASE WHEN e.kind IN ('booking', 'shared') THEN 1 ELSE 2 + fixture_gen.n('ert', e.e, 24) END,
       e.domain,
       CASE WHEN e.img IS NOT NULL AND e.e % 6 = 0 THEN '/assets/images/' || substr(md5('eim' || e.e), 1, 2) || '/' || substr(md5('eim' || e.e), 3, 2) || '/' || substr(md5('eim' || e.e), 5, 8) || '.jpeg' ELSE e.img END,
       CASE WHEN e.e % 10 = 3 THEN substr(md5('euid' || e.e), 1, 14) || '.' || fixture_gen.digits('euid', e.e, 8) END,
       CASE WHEN e.e % 50 = 7 THEN '403' WHEN e.kind = 'pdf' OR e.e % 23 = 0 THEN NULL ELSE '200' END,
       e.pub_at,
       CASE WHEN e.authors IS NOT NULL THEN wgen.pa(e.authors) END,
       CASE WHEN e.e % 8 = 0 THEN e.at + make_interval(hours => 1 + fixture_gen.n('est', e.e, 100)) END,
       e.origin_url,
       CASE WHEN e.e % 3 <> 0 THEN e.at + make_interval(hours => 1 + fixture_gen.n('eas', e.e, 600)) END,
       wgen.sha1(e.url), e.given_url, wgen.sha1(e.given_url),
       CASE WHEN e.e > 120 AND e.kind <> 'pdf' THEN wgen.pk(
              ARRAY['server', 'content-type', 'date', 'cache-control', 'x-cache'] || CASE WHEN e.cookie IS NOT NULL THEN ARRAY['set-cookie'] ELSE ARRAY[]::text[] END,
              ARRAY[fixture_gen.pick(ARRAY['nginx', 'cloudflare', 'Apache', 'Varnish', 'AmazonS3'], 'ehs', e.e), 'text/html; charset=utf-8',
                    to_char(e.at, 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT', fixture_gen.pick(ARRAY['max-age=300, public', 'no-cache, private', 'max-age=60'], 'ehc', e.e), fixture_gen.pick(ARRAY['HIT', 'MISS'], 'ehx', e.e)]
              || CASE WHEN e.cookie IS NOT NULL THEN ARRAY[e.cookie] ELSE ARRAY[]::text[] END) END,
       e.e % 50 = 7
FROM wgen.e e ORDER BY e.e;

-- ---------------------------------------------------------------------------
-- wallabag: tags, tagging rules and ignore-origin rules.

CREATE TABLE wallabag_tag (id serial PRIMARY KEY, label text NOT NULL, slug varchar(128) NOT NULL);
CREATE UNIQUE INDEX uniq_4ca58a8c989d9b62 ON wallabag_tag (slug);
CREATE TABLE wallabag_entry_tag (entry_id integer NOT NULL REFERENCES wallabag_entry (id) ON DELETE CASCADE, tag_id integer NOT NULL REFERENCES wallabag_tag (id) ON DELETE CASCADE, PRIMARY KEY (entry_id, tag_id));
CREATE INDEX idx_c9f0dd7cba364942 ON wallabag_entry_tag (entry_id);
CREATE INDEX idx_c9f0dd7cbad26311 ON wallabag_entry_tag (tag_id);
INSERT INTO wallabag_tag (label, slug)
SELECT t, trim(both '-' FROM lower(regexp_replace(translate(t, 'àéèêçÉ', 'aeeecE'), '[^A-Za-z0-9]+', '-', 'g')))
FROM unnest(ARRAY['climat', 'long read', 'à lire', 'tech', 'linux', 'rust', 'science', 'politique', 'économie', 'cuisine', 'voyage', 'travel', 'Reisen', 'Wissenschaft',
  'Energie', 'heat pumps', 'cycling', 'open source', 'privacy', 'newsletter', 'podcast', 'recipes', 'books', 'kindle', 'work', 'admin', 'paperwork', 'family',
  'housing', 'jobs', 'health', 'education', 'urbanisme', 'transport', 'Olympics', 'security', 'AI', 'archives', 't:short reading', 't:long reading', 'read later',
  'favourites', 'to share', 'selfhosted', 'wallabag', 'music', 'cinéma', 'photographie', 'history', 'philosophy', 'design', 'startup', 'finance', 'cryptocurrency',
  'gardening', 'parenting', 'sport', 'running', 'bd', 'manga']) WITH ORDINALITY AS x(t, k) ORDER BY k;
INSERT INTO wallabag_entry_tag (entry_id, tag_id)
SELECT DISTINCT e, 1 + fixture_gen.n('et', e * 10 + n, 60) FROM generate_series(1, 420) e CROSS JOIN generate_series(1, 1 + fixture_gen.n('etn', e, 4)) n ORDER BY 1, 2;

CREATE TABLE wallabag_tagging_rule (id serial PRIMARY KEY, config_id integer DEFAULT NULL REFERENCES wallabag_config (id), rule varchar(255) NOT NULL, tags text NOT NULL);
COMMENT ON COLUMN wallabag_tagging_rule.tags IS '(DC2Type:simple_array)';
CREATE INDEX idx_2d9b3c5424db0683 ON wallabag_tagging_rule (config_id);
INSERT INTO wallabag_tagging_rule (config_id, rule, tags)
SELECT 3 + fixture_gen.n('trc', r, 57), x.rule, x.tags
FROM generate_series(1, 48) r
CROSS JOIN LATERAL (SELECT (ARRAY['readingTime <= 3', 'readingTime >= 15', 'domainName = "lwn.net"', 'domainName = "www.lemonde.fr" or domainName = "www.liberation.fr"',
   'title matches "Rust"', 'content matches "Linux" and readingTime > 5', 'mimetype = "application/pdf"', 'domainName matches "substack.com"', 'language = "de"',
   'url matches "github.com"', 'title matches "recette" or title matches "recipe"', 'isStarred = true and readingTime >= 10'])[1 + fixture_gen.n('trr', r, 12)] AS rule,
   (ARRAY['t:short reading', 'long read', 'linux', 'politique', 'rust', 'tech,linux', 'paperwork', 'newsletter', 'Wissenschaft', 'tech,open source', 'cuisine,recipes', 'favourites'])[1 + fixture_gen.n('trr', r, 12)] AS tags) x
ORDER BY r;

CREATE TABLE wallabag_ignore_origin_user_rule (id serial PRIMARY KEY, config_id integer NOT NULL REFERENCES wallabag_config (id), rule varchar(255) NOT NULL);
CREATE INDEX idx_5fd4d47524db0683 ON wallabag_ignore_origin_user_rule (config_id);
INSERT INTO wallabag_ignore_origin_user_rule (config_id, rule)
SELECT 3 + fixture_gen.n('iuc', r, 57), (ARRAY['host = "feeds.feedburner.com"', 'host = "t.co"', '_all ~ "https?://www\.facebook\.com/l\.php.*"', 'host = "l.facebook.com"',
   'host = "click.convertkit-mail.com"', '_all ~ "https?://news\.google\.com/articles/.*"', 'host = "substack.com"', 'host = "lnkd.in"'])[1 + fixture_gen.n('iur', r, 8)]
FROM generate_series(1, 30) r ORDER BY r;

CREATE TABLE wallabag_ignore_origin_instance_rule (id serial PRIMARY KEY, rule varchar(255) NOT NULL);
INSERT INTO wallabag_ignore_origin_instance_rule (rule) VALUES ('host = "feedproxy.google.com"'), ('host = "feeds.reuters.com"'), ('_all ~ "https?://www\.lemonde\.fr/tiny.*"'),
  ('host = "t.co"'), ('host = "bit.ly"'), ('host = "getpocket.com"'), ('_all ~ "https?://l\.instagram\.com/.*"');

-- ---------------------------------------------------------------------------
-- wallabag: annotations (the passage highlighted and what the reader wrote).

CREATE TABLE wallabag_annotation (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id),
  entry_id integer DEFAULT NULL REFERENCES wallabag_entry (id) ON DELETE CASCADE,
  text text NOT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) NOT NULL,
  quote text NOT NULL,
  ranges json NOT NULL
);
CREATE INDEX idx_a7aed006a76ed395 ON wallabag_annotation (user_id);
CREATE INDEX idx_a7aed006ba364942 ON wallabag_annotation (entry_id);
INSERT INTO wallabag_annotation (user_id, entry_id, text, created_at, updated_at, quote, ranges)
SELECT en.user_id, en.id,
       CASE WHEN e.kind = 'booking' THEN fixture_gen.pick(ARRAY['Send the ref to ' || fixture_gen.first_name('ant', a) || ' before Friday', 'à rembourser par ' || fixture_gen.full_name('ant', a) || ' (' || fixture_gen.phone('anp', a) || ')', 'check-in 15:00, code porte 4812B'], 'anb', a)
            WHEN e.kind IN ('shared', 'pdf') THEN fixture_gen.pick(ARRAY['wrong date of birth here, ask the agency to fix', 'Mon numéro a changé : ' || fixture_gen.phone('anp', a), 'forward to ' || fixture_gen.email('ane', a) || ' for the guarantor file', 'signed copy sent 12/04'], 'ans', a)
            ELSE fixture_gen.pick(ARRAY['Key point.', 'Source for the report?', 'à relire', 'Compare with the 2019 figures', 'Interesting, but the methodology is thin.', 'Send this to ' || fixture_gen.first_name('ann', a) || ', she was asking about it', 'Genau das hat ' || fixture_gen.first_name('ann', a) || ' neulich gesagt.',
                 'Reminds me of my dad''s treatment at the Hôpital de la Croix-Rousse last year.', '', 'Quote for my thesis, ch. 3', 'Rappeler ' || fixture_gen.full_name('ann', a) || ' au ' || fixture_gen.phone('anp', a) || ' à ce sujet'], 'ann', a) END,
       en.created_at + make_interval(hours => 1 + fixture_gen.n('anc', a, 500)), en.created_at + make_interval(hours => 501 + fixture_gen.n('anu', a, 500)),
       CASE WHEN e.kind IN ('news', 'newsletter', 'forum', 'blog') THEN substr(regexp_replace(e.content, '<[^>]+>', ' ', 'g'), 1 + fixture_gen.n('anq', a, 20), 40 + fixture_gen.n('anl', a, 80))
            ELSE substr(regexp_replace(e.content, '<[^>]+>', ' ', 'g'), 1, 60 + fixture_gen.n('anl', a, 60)) END,
       json_build_array(json_build_object('start', '/div[1]/p[' || (1 + a % 3) || ']', 'startOffset', fixture_gen.n('ans', a, 80), 'end', '/div[1]/p[' || (1 + a % 3) || ']', 'endOffset', 80 + fixture_gen.n('ane', a, 120)))
FROM generate_series(1, 230) a
JOIN wallabag_entry en ON en.id = 1 + fixture_gen.n('ana', a, 420) JOIN wgen.e e ON e.e = en.id
ORDER BY a;

-- ---------------------------------------------------------------------------
-- wallabag: credentials for paywalled sites, encrypted with the app secret.

CREATE TABLE wallabag_site_credential (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES wallabag_user (id),
  host varchar(255) NOT NULL,
  username text NOT NULL,
  password text NOT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) DEFAULT NULL
);
CREATE INDEX idx_5c9f3b1ea76ed395 ON wallabag_site_credential (user_id);
INSERT INTO wallabag_site_credential (user_id, host, username, password, created_at, updated_at)
SELECT 3 + fixture_gen.n('scu', s, 57), fixture_gen.pick(ARRAY['lemonde.fr', 'mediapart.fr', 'lesoir.be', 'zeit.de', 'spiegel.de', 'nytimes.com', 'ft.com', 'lwn.net', 'theatlantic.com', 'liberation.fr'], 'sch', s),
       wgen.enc('scn', s, 24 + s % 10), wgen.enc('scp', s, 16 + s % 8),
       wgen.at('scc', s, '2020-01-01', '2024-04-01'), CASE WHEN s % 3 = 0 THEN wgen.at('scm', s, '2024-04-01', '2024-06-28') END
FROM generate_series(1, 46) s ORDER BY s;

-- ---------------------------------------------------------------------------
-- wallabag: FOSOAuthServerBundle's API clients and tokens.

CREATE TABLE wallabag_oauth2_clients (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE CASCADE,
  random_id varchar(255) NOT NULL,
  redirect_uris text NOT NULL,
  secret varchar(255) NOT NULL,
  allowed_grant_types text NOT NULL,
  name text NOT NULL
);
COMMENT ON COLUMN wallabag_oauth2_clients.redirect_uris IS '(DC2Type:array)';
COMMENT ON COLUMN wallabag_oauth2_clients.allowed_grant_types IS '(DC2Type:array)';
CREATE INDEX idx_635d765ea76ed395 ON wallabag_oauth2_clients (user_id);
INSERT INTO wallabag_oauth2_clients (user_id, random_id, redirect_uris, secret, allowed_grant_types, name)
SELECT CASE WHEN c <= 2 THEN 1 ELSE 2 + fixture_gen.n('ocu', c, 59) END, wgen.b36('ocr', c),
       CASE WHEN c % 9 = 0 THEN wgen.pa(ARRAY['https://' || fixture_gen.pick(ARRAY['readwise.io/wallabag/callback', 'omnivore.app/oauth/wallabag', 'localhost:8080/callback'], 'ocru', c)]) ELSE 'a:0:{}' END,
       wgen.b36('ocs', c),
       CASE WHEN c % 9 = 0 THEN wgen.pa(ARRAY['authorization_code', 'password', 'refresh_token']) ELSE wgen.pa(ARRAY['token', 'password', 'refresh_token']) END,
       CASE WHEN c = 1 THEN 'Readlater mobile' WHEN c = 2 THEN 'Readlater digest mailer'
            ELSE fixture_gen.pick(ARRAY['Android app', 'Wallabagger', 'KOReader', 'Kobo Clara', 'iPhone', 'Readwise import', 'Wallabag iOS', 'Client of ' || fixture_gen.first_name('ocn', c),
                   fixture_gen.first_name('ocn', c) || '''s Kindle', 'Pixel de ' || fixture_gen.first_name('ocn', c), 'laptop ' || fixture_gen.ascii(fixture_gen.first_name('ocn', c)), 'Omnivore sync', 'Home Assistant'], 'ocnm', c) END
FROM generate_series(1, 72) c ORDER BY c;

CREATE TABLE wallabag_oauth2_access_tokens (
  id serial PRIMARY KEY,
  client_id integer NOT NULL REFERENCES wallabag_oauth2_clients (id) ON DELETE CASCADE,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE CASCADE,
  token varchar(255) NOT NULL,
  expires_at integer DEFAULT NULL,
  scope varchar(255) DEFAULT NULL
);
CREATE UNIQUE INDEX uniq_368a42095f37a13b ON wallabag_oauth2_access_tokens (token);
CREATE TABLE wallabag_oauth2_refresh_tokens (
  id serial PRIMARY KEY,
  client_id integer NOT NULL REFERENCES wallabag_oauth2_clients (id) ON DELETE CASCADE,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE CASCADE,
  token varchar(255) NOT NULL,
  expires_at integer DEFAULT NULL,
  scope varchar(255) DEFAULT NULL
);
CREATE UNIQUE INDEX uniq_20c9fb245f37a13b ON wallabag_oauth2_refresh_tokens (token);
CREATE TABLE wallabag_oauth2_auth_codes (
  id serial PRIMARY KEY,
  client_id integer NOT NULL REFERENCES wallabag_oauth2_clients (id) ON DELETE CASCADE,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE CASCADE,
  token varchar(255) NOT NULL,
  redirect_uri text NOT NULL,
  expires_at integer DEFAULT NULL,
  scope varchar(255) DEFAULT NULL
);
CREATE UNIQUE INDEX uniq_ee52e3fa5f37a13b ON wallabag_oauth2_auth_codes (token);
INSERT INTO wallabag_oauth2_access_tokens (client_id, user_id, token, expires_at, scope)
SELECT c.id, coalesce(c.user_id, 3), wgen.oauth_token('oat', t), 1717200000 + t * 2311, CASE WHEN t % 4 = 0 THEN 'read write' END
FROM generate_series(1, 160) t JOIN wallabag_oauth2_clients c ON c.id = 1 + fixture_gen.n('oac', t, 72) ORDER BY t;
INSERT INTO wallabag_oauth2_refresh_tokens (client_id, user_id, token, expires_at, scope)
SELECT client_id, user_id, wgen.oauth_token('ort', id), expires_at + 1206000, scope FROM wallabag_oauth2_access_tokens ORDER BY id;
INSERT INTO wallabag_oauth2_auth_codes (client_id, user_id, token, redirect_uri, expires_at, scope)
SELECT c.id, 2 + fixture_gen.n('ocu2', t, 59), wgen.oauth_token('oac', t), coalesce(substring(c.redirect_uris FROM '"(https://[^"]+)"'), 'https://readwise.io/wallabag/callback'), 1717200000 + t * 9001, NULL
FROM generate_series(1, 30) t JOIN wallabag_oauth2_clients c ON c.id = 9 * (1 + fixture_gen.n('occ', t, 8)) ORDER BY t;

-- ---------------------------------------------------------------------------
-- wallabag: internal settings, Doctrine's migration versions.

CREATE TABLE wallabag_internal_setting (name varchar(255) NOT NULL PRIMARY KEY, value varchar(255) DEFAULT NULL, section varchar(255) NOT NULL);
INSERT INTO wallabag_internal_setting (name, value, section) VALUES
 ('share_public', '1', 'entry'), ('carrot', '0', 'entry'), ('share_diaspora', '0', 'entry'), ('diaspora_url', 'https://diasp.org', 'entry'),
 ('share_shaarli', '1', 'entry'), ('shaarli_url', 'https://myshaarli.com', 'entry'), ('shaarli_share_origin_url', '0', 'entry'), ('share_mail', '1', 'entry'),
 ('share_twitter', '0', 'entry'), ('share_unmark', '0', 'entry'), ('unmark_url', 'https://unmark.it', 'entry'), ('show_printlink', '1', 'entry'),
 ('export_epub', '1', 'export'), ('export_pdf', '1', 'export'), ('export_csv', '1', 'export'), ('export_json', '1', 'export'), ('export_txt', '1', 'export'), ('export_xml', '1', 'export'),
 ('import_with_redis', '0', 'import'), ('import_with_rabbitmq', '0', 'import'),
 ('matomo_enabled', '1', 'analytics'), ('matomo_host', 'stats.readlater.coop', 'analytics'), ('matomo_site_id', '3', 'analytics'),
 ('demo_mode_enabled', '0', 'misc'), ('demo_mode_username', 'wallabag', 'misc'), ('download_images_enabled', '1', 'misc'), ('restricted_access', '1', 'entry'),
 ('api_user_registration', '0', 'api'), ('store_article_headers', '1', 'entry'), ('wallabag_support_url', 'https://readlater.coop/support', 'misc'),
 ('wallabag_url', 'https://app.readlater.coop', 'misc');

CREATE TABLE migration_versions (version varchar(191) NOT NULL PRIMARY KEY, executed_at timestamp(0) DEFAULT NULL, execution_time integer DEFAULT NULL);
INSERT INTO migration_versions (version, executed_at, execution_time)
SELECT 'Application\Migrations\Version' || v, timestamp '2017-05-01 09:00:00' + (k * interval '23 days') + make_interval(secs => fixture_gen.n('mvs', k, 600)), 20 + fixture_gen.n('mvt', k, 900)
FROM unnest(ARRAY['20160401000000', '20160410190541', '20160812120952', '20160911214952', '20160916201049', '20161001072726', '20161022134138', '20161024212538',
  '20161031132655', '20161104073720', '20161106113822', '20161117071626', '20161118134328', '20161122144743', '20161122203647', '20161128084725', '20161128131503',
  '20161214094402', '20161214094403', '20170127093841', '20170327194233', '20170405105106', '20170407200919', '20170420134133', '20170501115751', '20170510082609',
  '20170511115400', '20170511211659', '20170602075214', '20170606155640', '20170719231144', '20170824113337', '20171008195606', '20171105202000', '20171120163128',
  '20171125164500', '20180405182455', '20181128203230', '20190129120000', '20190401105353', '20190425115043', '20190510141130', '20190511165128', '20190601125843',
  '20190619093534', '20190708122957', '20190806131006', '20190808124957', '20190826204730', '20191109104013', '20200414120227', '20220402120000', '20221123132612', '20230613121354', '20230728093912'])
  WITH ORDINALITY AS x(v, k) ORDER BY k;

-- ---------------------------------------------------------------------------
-- Symfony Messenger's Doctrine transport, which this deployment uses for
-- asynchronous imports: each message is one item of a Pocket export (the
-- item as Pocket's API returns it, authors and tags included) or one row
-- of an Instapaper CSV (with the passage the reader had selected),
-- serialized as JSON by the Symfony serializer.

CREATE TABLE messenger_messages (
  id bigserial PRIMARY KEY,
  body text NOT NULL,
  headers text NOT NULL,
  queue_name varchar(190) NOT NULL,
  created_at timestamp(0) NOT NULL,
  available_at timestamp(0) NOT NULL,
  delivered_at timestamp(0) DEFAULT NULL
);
COMMENT ON COLUMN messenger_messages.created_at IS '(DC2Type:datetime_immutable)';
COMMENT ON COLUMN messenger_messages.available_at IS '(DC2Type:datetime_immutable)';
COMMENT ON COLUMN messenger_messages.delivered_at IS '(DC2Type:datetime_immutable)';
CREATE INDEX idx_75ea56e0fb7336f0 ON messenger_messages (queue_name);
CREATE INDEX idx_75ea56e0e3bd61ce ON messenger_messages (available_at);
CREATE INDEX idx_75ea56e016ba31db ON messenger_messages (delivered_at);
INSERT INTO messenger_messages (body, headers, queue_name, created_at, available_at, delivered_at)
SELECT CASE WHEN m % 3 <> 0 THEN
         json_build_object('userId', e.uid, 'source', 'pocket', 'item', json_build_object(
           'item_id', (3100000000 + m * 7)::text, 'resolved_id', (3100000000 + m * 7)::text, 'given_url', e.given_url, 'given_title', coalesce(e.title, ''),
           'favorite', (m % 5 = 0)::int::text, 'status', (m % 2)::text, 'time_added', extract(epoch FROM e.at)::bigint::text,
           'resolved_title', coalesce(e.title, ''), 'resolved_url', e.url, 'excerpt', left(regexp_replace(coalesce(e.content, ''), '<[^>]+>', ' ', 'g'), 160),
           'is_article', '1', 'word_count', (300 + fixture_gen.n('mwc', m, 4000))::text, 'lang', coalesce(e.lang, 'en'),
           'tags', json_build_object(t.label, json_build_object('item_id', (3100000000 + m * 7)::text, 'tag', t.label)),
           'authors', CASE WHEN e.authors IS NOT NULL THEN json_build_object((80000000 + m)::text, json_build_object('item_id', (3100000000 + m * 7)::text, 'author_id', (80000000 + m)::text, 'name', e.authors[1], 'url', ''))
                           ELSE '{}'::json END))::text
       ELSE
         json_build_object('userId', e.uid, 'source', 'instapaper', 'item', json_build_object(
           'url', e.given_url, 'title', coalesce(e.title, ''), 'selection', CASE WHEN m % 2 = 0 THEN left(regexp_replace(coalesce(e.content, ''), '<[^>]+>', ' ', 'g'), 120) ELSE '' END,
           'folder', fixture_gen.pick(ARRAY['Unread', 'Archive', 'Starred', 'Travel', 'Job hunt'], 'mf', m), 'timestamp', extract(epoch FROM e.at)::bigint::text, 'tags', '[]'))::text END,
       json_build_object('type', CASE WHEN m % 3 <> 0 THEN 'Readlater\ImportBundle\Message\ImportPocketItem' ELSE 'Readlater\ImportBundle\Message\ImportInstapaperItem' END,
         'X-Message-Stamp-Symfony\Component\Messenger\Stamp\BusNameStamp', '[{"busName":"messenger.bus.default"}]', 'Content-Type', 'application/json')::text,
       CASE WHEN m % 3 <> 0 THEN 'import_pocket' ELSE 'import_instapaper' END,
       timestamp '2024-06-20 08:00:00' + m * interval '17 minutes', timestamp '2024-06-20 08:00:00' + m * interval '17 minutes',
       CASE WHEN m % 4 = 0 THEN timestamp '2024-06-20 08:00:05' + m * interval '17 minutes' END
FROM generate_series(1, 130) m
JOIN wgen.e e ON e.e = 1 + fixture_gen.n('mme', m, 420)
JOIN wallabag_tag t ON t.id = 1 + fixture_gen.n('mmt', m, 60)
ORDER BY m;

-- ===========================================================================
-- NOT wallabag: the cooperative's own tables, in the schema hosting.

CREATE SCHEMA hosting;

CREATE TABLE hosting.staff (
  id serial PRIMARY KEY,
  full_name varchar(255) NOT NULL,
  email varchar(180) NOT NULL,
  role varchar(32) NOT NULL,
  password varchar(255) NOT NULL,
  totp_secret varchar(64) DEFAULT NULL,
  phone varchar(32) DEFAULT NULL,
  last_login_at timestamp(0) DEFAULT NULL,
  last_login_ip varchar(45) DEFAULT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.staff (full_name, email, role, password, totp_secret, phone, last_login_at, last_login_ip, active, created_at)
SELECT n, lower(split_part(fixture_gen.ascii(split_part(n, ' ', 1)), ' ', 1)) || '@readlater.coop', r, wgen.argon('stp', k), wgen.base32('stt', k, 32),
       '+33 6 ' || fixture_gen.digits('sph', k, 2) || ' ' || fixture_gen.digits('sph2', k, 2) || ' ' || fixture_gen.digits('sph3', k, 2) || ' ' || fixture_gen.digits('sph4', k, 2),
       wgen.at('stl', k, '2024-06-01', '2024-06-28'), fixture_gen.ipv4('sti', k), k <> 6, wgen.at('stc', k, '2019-01-01', '2023-01-01')
FROM (VALUES (1, 'Camille Rousseau', 'admin'), (2, 'Karim Benali', 'admin'), (3, 'Mai Nguyen', 'support'), (4, 'Théo Lambert', 'support'), (5, 'Ewa Nowak', 'billing'), (6, 'Julien Faure', 'support')) v(k, n, r)
ORDER BY k;

CREATE TABLE hosting.plan (
  id serial PRIMARY KEY,
  code varchar(32) NOT NULL,
  name varchar(255) NOT NULL,
  description text DEFAULT NULL,
  price_cents integer NOT NULL,
  currency varchar(3) NOT NULL,
  max_entries integer DEFAULT NULL,
  max_users integer NOT NULL,
  features json NOT NULL,
  active boolean NOT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.plan (code, name, description, price_cents, currency, max_entries, max_users, features, active, created_at) VALUES
 ('solo_monthly', 'Solo', 'One reader, unlimited articles, Kobo and KOReader sync, weekly digest.', 300, 'EUR', NULL, 1, '{"digest":true,"api":true,"custom_domain":false,"support":"email"}', true, '2019-03-01 10:00:00'),
 ('solo_yearly', 'Solo (annual)', 'One reader, billed yearly: two months free.', 3000, 'EUR', NULL, 1, '{"digest":true,"api":true,"custom_domain":false,"support":"email"}', true, '2019-03-01 10:00:00'),
 ('team', 'Team', 'A dedicated instance for a newsroom, a lab or a library, up to 25 readers.', 4900, 'EUR', NULL, 25, '{"digest":true,"api":true,"custom_domain":true,"sso":false,"support":"priority"}', true, '2021-09-01 10:00:00'),
 ('legacy_free', 'Free (legacy)', 'Closed to new sign-ups since 2021.', 0, 'EUR', 2000, 1, '{"digest":false,"api":true}', false, '2017-05-01 10:00:00');

CREATE TABLE hosting.customer (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE SET NULL,
  first_name varchar(100) NOT NULL,
  last_name varchar(100) NOT NULL,
  company_name varchar(255) DEFAULT NULL,
  vat_number varchar(32) DEFAULT NULL,
  email varchar(180) NOT NULL,
  billing_email varchar(180) DEFAULT NULL,
  phone varchar(32) DEFAULT NULL,
  street varchar(255) DEFAULT NULL,
  street2 varchar(255) DEFAULT NULL,
  postcode varchar(16) DEFAULT NULL,
  city varchar(100) DEFAULT NULL,
  country varchar(2) NOT NULL,
  locale varchar(5) NOT NULL,
  stripe_customer_id varchar(64) DEFAULT NULL,
  newsletter_optin boolean NOT NULL DEFAULT false,
  referral_code varchar(16) NOT NULL,
  signup_ip varchar(45) DEFAULT NULL,
  signup_user_agent text DEFAULT NULL,
  notes text DEFAULT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) NOT NULL
);
CREATE UNIQUE INDEX uniq_customer_referral ON hosting.customer (referral_code);
INSERT INTO hosting.customer (user_id, first_name, last_name, company_name, vat_number, email, billing_email, phone, street, street2, postcode, city, country, locale,
  stripe_customer_id, newsletter_optin, referral_code, signup_ip, signup_user_agent, notes, created_at, updated_at)
SELECT p.i, p.first, p.last,
       CASE WHEN p.i % 10 = 4 THEN fixture_gen.pick(ARRAY['Rédaction du Progrès Social', 'Laboratoire LIRIS', 'Bibliothèque municipale de Gent', 'Kowalski Architekci', 'Studio ' || p.last], 'ccn', p.i)
            WHEN p.i % 10 = 7 THEN p.first || ' ' || p.last || ' - traduction' END,
       CASE WHEN p.i % 10 IN (4, 7) THEN fixture_gen.vat('cvat', p.i) END,
       p.email, CASE WHEN p.i % 10 = 4 THEN 'compta@' || fixture_gen.pick(ARRAY['progres-social.fr', 'liris.cnrs.fr', 'gent.be', 'kowalski-arch.pl'], 'cbe', p.i) WHEN p.i % 6 = 0 THEN fixture_gen.email('cbm', p.i) END,
       CASE WHEN p.i % 3 <> 0 THEN p.phone END, p.street, CASE WHEN p.i % 8 = 0 THEN fixture_gen.pick(ARRAY['Bâtiment B, 3e étage', 'Apt 12', 'c/o ' || fixture_gen.full_name('cs2', p.i), 'Hinterhaus, 2. OG'], 'cs2', p.i) END,
       p.postcode, p.city, p.country,
       CASE p.country WHEN 'FR' THEN 'fr_FR' WHEN 'DE' THEN 'de_DE' WHEN 'BE' THEN 'fr_BE' ELSE 'en_GB' END,
       CASE WHEN p.i % 9 <> 0 THEN 'cus_' || wgen.rnd('ccus', p.i, 14) END, p.i % 3 = 1,
       'RL-' || upper(wgen.rnd('crf', p.i, 6)), fixture_gen.ipv4('cip', p.i), wgen.ua('cua', p.i),
       CASE fixture_gen.n('cno', p.i, 6) WHEN 0 THEN 'Asked for an invoice in her maiden name (' || fixture_gen.last_name('cnm', p.i) || ') for the employer refund.'
         WHEN 1 THEN 'Moved from Pocket, 14k items. Called on ' || p.phone || ' about the import stalling.' WHEN 2 THEN 'Team plan trial extended by Karim until end of month.'
         WHEN 3 THEN 'Blind user, uses a screen reader: keep the digest in plain text.' ELSE NULL END,
       wgen.at('cca', p.i, '2019-03-01', '2024-02-01'), wgen.at('cup', p.i, '2024-02-01', '2024-06-28')
FROM wgen.p p WHERE p.i >= 3 ORDER BY p.i;

CREATE TABLE hosting.subscription (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES hosting.customer (id),
  plan_id integer NOT NULL REFERENCES hosting.plan (id),
  status varchar(20) NOT NULL,
  stripe_subscription_id varchar(64) DEFAULT NULL,
  price_cents integer NOT NULL,
  currency varchar(3) NOT NULL,
  trial_ends_at timestamp(0) DEFAULT NULL,
  current_period_start timestamp(0) DEFAULT NULL,
  current_period_end timestamp(0) DEFAULT NULL,
  cancel_at_period_end boolean NOT NULL DEFAULT false,
  cancelled_at timestamp(0) DEFAULT NULL,
  cancellation_reason text DEFAULT NULL,
  coupon_code varchar(32) DEFAULT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) NOT NULL
);
INSERT INTO hosting.subscription (customer_id, plan_id, status, stripe_subscription_id, price_cents, currency, trial_ends_at, current_period_start, current_period_end,
  cancel_at_period_end, cancelled_at, cancellation_reason, coupon_code, created_at, updated_at)
SELECT c.id, pl.id, CASE WHEN c.id % 11 = 0 THEN 'canceled' WHEN c.id % 13 = 0 THEN 'past_due' WHEN pl.code = 'legacy_free' THEN 'active' ELSE 'active' END,
       CASE WHEN pl.price_cents > 0 THEN 'sub_' || wgen.rnd('ssub', c.id, 24) END, pl.price_cents, 'EUR',
       c.created_at + interval '14 days', timestamp '2024-06-01 00:00:00', CASE WHEN pl.code = 'solo_yearly' THEN timestamp '2025-06-01 00:00:00' ELSE timestamp '2024-07-01 00:00:00' END,
       c.id % 7 = 0, CASE WHEN c.id % 11 = 0 THEN wgen.at('sca', c.id, '2024-03-01', '2024-06-20') END,
       CASE WHEN c.id % 11 = 0 THEN fixture_gen.pick(ARRAY['Too expensive for how little I read now.', 'Moving to a self-hosted instance on my NAS.', 'My employer ' || coalesce(c.company_name, 'now') || ' pays for Readwise, switching.',
              'I lost my job and need to cut costs, will come back.', 'My husband ' || fixture_gen.first_name('scr', c.id) || ' has an account, we will share his.'], 'scr', c.id) END,
       CASE WHEN c.id % 5 = 0 THEN fixture_gen.pick(ARRAY['BIENVENUE', 'POCKETEXIT', 'LIBRARY50'], 'scc', c.id) END,
       c.created_at, c.updated_at
FROM hosting.customer c JOIN hosting.plan pl ON pl.id = CASE WHEN c.company_name IS NOT NULL AND c.id % 10 = 2 THEN 3 WHEN c.id % 12 = 0 THEN 4 WHEN c.id % 3 = 0 THEN 2 ELSE 1 END
ORDER BY c.id;

CREATE TABLE hosting.coupon (
  id serial PRIMARY KEY,
  code varchar(32) NOT NULL,
  description varchar(255) DEFAULT NULL,
  percent_off integer DEFAULT NULL,
  amount_off_cents integer DEFAULT NULL,
  max_redemptions integer DEFAULT NULL,
  times_redeemed integer NOT NULL DEFAULT 0,
  valid_until timestamp(0) DEFAULT NULL,
  created_by_staff_id integer DEFAULT NULL REFERENCES hosting.staff (id),
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.coupon (code, description, percent_off, amount_off_cents, max_redemptions, times_redeemed, valid_until, created_by_staff_id, created_at) VALUES
 ('BIENVENUE', 'First month free for new readers', 100, NULL, NULL, 212, NULL, 1, '2019-03-01 10:00:00'),
 ('POCKETEXIT', 'Half price for three months after Pocket''s shutdown announcement', 50, NULL, 500, 187, '2025-09-30 23:59:59', 2, '2024-05-23 09:00:00'),
 ('LIBRARY50', 'Public libraries and schools, team plan', 50, NULL, NULL, 9, NULL, 5, '2022-01-10 10:00:00'),
 ('FOSDEM24', 'FOSDEM 2024 booth', NULL, 300, 200, 41, '2024-03-31 23:59:59', 3, '2024-01-25 10:00:00'),
 ('PODCAST', 'Sponsorship of the Libre à vous podcast', 30, NULL, 300, 57, '2024-12-31 23:59:59', 1, '2023-10-02 10:00:00'),
 ('STUDENT', 'Students, on proof of enrolment', 40, NULL, NULL, 73, NULL, 5, '2020-09-01 10:00:00'),
 ('BLACKFRIDAY23', 'Annual plan discount', 25, NULL, 1000, 118, '2023-11-28 23:59:59', 2, '2023-11-20 10:00:00'),
 ('MASTODON', 'Fediverse launch post', 20, NULL, 500, 96, '2023-06-30 23:59:59', 4, '2023-03-01 10:00:00'),
 ('TEAMTRIAL', 'Extended trial for teams', NULL, 4900, 50, 12, NULL, 2, '2022-05-01 10:00:00'),
 ('SORRY0224', 'Apology for the February 2024 outage', NULL, 300, NULL, 164, '2024-04-30 23:59:59', 1, '2024-02-16 10:00:00');

CREATE TABLE hosting.referral (
  id serial PRIMARY KEY,
  referrer_customer_id integer NOT NULL REFERENCES hosting.customer (id),
  referee_email varchar(180) NOT NULL,
  code varchar(16) NOT NULL,
  status varchar(16) NOT NULL,
  reward_cents integer NOT NULL DEFAULT 0,
  invited_at timestamp(0) NOT NULL,
  converted_at timestamp(0) DEFAULT NULL
);
INSERT INTO hosting.referral (referrer_customer_id, referee_email, code, status, reward_cents, invited_at, converted_at)
SELECT c.id, fixture_gen.email('rfe', r), c.referral_code, CASE WHEN r % 3 = 0 THEN 'converted' WHEN r % 5 = 0 THEN 'expired' ELSE 'invited' END, CASE WHEN r % 3 = 0 THEN 300 ELSE 0 END,
       wgen.at('rfi', r, '2023-01-01', '2024-06-01'), CASE WHEN r % 3 = 0 THEN wgen.at('rfc', r, '2024-06-01', '2024-06-28') END
FROM generate_series(1, 44) r JOIN hosting.customer c ON c.id = 1 + fixture_gen.n('rfr', r, 58) ORDER BY r;

CREATE TABLE hosting.invoice (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES hosting.customer (id),
  subscription_id integer DEFAULT NULL REFERENCES hosting.subscription (id),
  number varchar(32) NOT NULL,
  issued_at timestamp(0) NOT NULL,
  due_at timestamp(0) NOT NULL,
  paid_at timestamp(0) DEFAULT NULL,
  amount_net integer NOT NULL,
  vat_rate numeric(5, 2) NOT NULL,
  amount_vat integer NOT NULL,
  amount_gross integer NOT NULL,
  currency varchar(3) NOT NULL,
  billing_name varchar(255) NOT NULL,
  billing_address text NOT NULL,
  billing_vat_number varchar(32) DEFAULT NULL,
  pdf_path varchar(255) DEFAULT NULL,
  hosted_invoice_url text DEFAULT NULL,
  status varchar(16) NOT NULL,
  created_at timestamp(0) NOT NULL
);
CREATE UNIQUE INDEX uniq_invoice_number ON hosting.invoice (number);
INSERT INTO hosting.invoice (customer_id, subscription_id, number, issued_at, due_at, paid_at, amount_net, vat_rate, amount_vat, amount_gross, currency, billing_name,
  billing_address, billing_vat_number, pdf_path, hosted_invoice_url, status, created_at)
SELECT c.id, s.id, 'RL-' || to_char(d, 'YYYY') || '-' || lpad(k::text, 5, '0'), d, d + interval '14 days', CASE WHEN k % 17 <> 0 THEN d + make_interval(mins => 1 + fixture_gen.n('ipd', k, 3000)) END,
       net, CASE WHEN c.vat_number IS NOT NULL AND c.country <> 'FR' THEN 0 ELSE 20 END,
       CASE WHEN c.vat_number IS NOT NULL AND c.country <> 'FR' THEN 0 ELSE round(net * 0.2)::int END, net + CASE WHEN c.vat_number IS NOT NULL AND c.country <> 'FR' THEN 0 ELSE round(net * 0.2)::int END, 'EUR',
       coalesce(c.company_name, c.first_name || ' ' || c.last_name),
       coalesce(c.company_name || E'\n' || 'Attn: ' || c.first_name || ' ' || c.last_name || E'\n', '') || c.street || coalesce(E'\n' || c.street2, '') || E'\n' || c.postcode || ' ' || c.city || E'\n' || c.country,
       c.vat_number,
       'invoices/' || to_char(d, 'YYYY/MM') || '/RL-' || to_char(d, 'YYYY') || '-' || lpad(k::text, 5, '0') || '_' || fixture_gen.ascii(c.last_name) || '_' || fixture_gen.ascii(c.first_name) || '.pdf',
       CASE WHEN s.stripe_subscription_id IS NOT NULL THEN 'https://invoice.stripe.com/i/acct_1Mq' || wgen.rnd('iac', 0, 13) || '/live_' || wgen.rnd('ihu', k, 110) || '?s=ap' END,
       CASE WHEN k % 17 = 0 THEN 'open' ELSE 'paid' END, d
FROM generate_series(1, 320) k
CROSS JOIN LATERAL (SELECT timestamp '2022-07-01 06:00:00' + make_interval(days => (k * 2.2)::int, secs => fixture_gen.n('iis', k, 20000)) AS d) dd
JOIN hosting.subscription s ON s.id = 1 + fixture_gen.n('isb', k, 58) JOIN hosting.customer c ON c.id = s.customer_id
CROSS JOIN LATERAL (SELECT greatest(s.price_cents - CASE WHEN s.coupon_code IS NOT NULL AND k % 4 = 0 THEN s.price_cents / 2 ELSE 0 END, 300) AS net) nn
ORDER BY k;

CREATE TABLE hosting.payment (
  id serial PRIMARY KEY,
  invoice_id integer NOT NULL REFERENCES hosting.invoice (id),
  provider varchar(16) NOT NULL,
  provider_reference varchar(64) DEFAULT NULL,
  method varchar(16) NOT NULL,
  card_brand varchar(16) DEFAULT NULL,
  card_last4 varchar(4) DEFAULT NULL,
  payer_name varchar(255) DEFAULT NULL,
  payer_email varchar(180) DEFAULT NULL,
  amount integer NOT NULL,
  currency varchar(3) NOT NULL,
  status varchar(16) NOT NULL,
  failure_message varchar(255) DEFAULT NULL,
  raw_response json DEFAULT NULL,
  paid_at timestamp(0) DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.payment (invoice_id, provider, provider_reference, method, card_brand, card_last4, payer_name, payer_email, amount, currency, status, failure_message, raw_response, paid_at, created_at)
SELECT i.id, CASE WHEN i.hosted_invoice_url IS NULL THEN 'transfer' ELSE 'stripe' END,
       CASE WHEN i.hosted_invoice_url IS NULL THEN 'VIR ' || i.number ELSE 'pi_' || wgen.rnd('ppi', i.id, 24) END,
       x.method, CASE WHEN x.method = 'card' THEN fixture_gen.pick(ARRAY['visa', 'mastercard', 'cartes_bancaires', 'amex'], 'pcb', i.id) END,
       CASE WHEN x.method = 'card' THEN right(fixture_gen.card('pcn', i.id), 4) END,
       CASE WHEN x.method = 'card' AND i.id % 5 = 0 THEN upper(fixture_gen.full_name('pcd', i.id)) ELSE c.first_name || ' ' || c.last_name END,
       c.email, i.amount_gross, i.currency, CASE WHEN i.status = 'open' THEN 'failed' ELSE 'succeeded' END,
       CASE WHEN i.status = 'open' THEN fixture_gen.pick(ARRAY['Your card was declined.', 'Your card has insufficient funds.', 'Your card has expired.'], 'pfm', i.id) END,
       CASE WHEN i.hosted_invoice_url IS NOT NULL THEN json_build_object('id', 'pi_' || wgen.rnd('ppi', i.id, 24), 'object', 'payment_intent', 'amount', i.amount_gross, 'currency', 'eur',
         'client_secret', 'pi_' || wgen.rnd('ppi', i.id, 24) || '_secret_' || wgen.rnd('pcs', i.id, 25), 'customer', c.stripe_customer_id,
         'status', CASE WHEN i.status = 'open' THEN 'requires_payment_method' ELSE 'succeeded' END,
         'latest_charge', json_build_object('id', 'ch_' || wgen.rnd('pch', i.id, 24), 'billing_details', json_build_object('name', c.first_name || ' ' || c.last_name, 'email', c.email, 'phone', c.phone,
             'address', json_build_object('line1', c.street, 'postal_code', c.postcode, 'city', c.city, 'country', c.country)),
           'payment_method_details', CASE WHEN x.method = 'card' THEN json_build_object('type', 'card', 'card', json_build_object('last4', right(fixture_gen.card('pcn', i.id), 4), 'exp_month', 1 + i.id % 12, 'exp_year', 2025 + i.id % 4, 'country', c.country))
                                     ELSE json_build_object('type', 'sepa_debit', 'sepa_debit', json_build_object('last4', right(fixture_gen.iban_for('psi', i.id), 4), 'country', c.country, 'mandate', 'mandate_' || wgen.rnd('pmd', i.id, 24))) END,
           'receipt_email', c.email, 'receipt_url', 'https://pay.stripe.com/receipts/invoices/' || wgen.rnd('prc', i.id, 80) || '?s=ap')) END,
       i.paid_at, i.issued_at
FROM hosting.invoice i JOIN hosting.customer c ON c.id = i.customer_id
CROSS JOIN LATERAL (SELECT CASE WHEN i.hosted_invoice_url IS NULL THEN 'transfer' WHEN i.id % 6 = 0 THEN 'sepa_debit' ELSE 'card' END AS method) x
ORDER BY i.id;

CREATE TABLE hosting.newsletter_digest_log (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES wallabag_user (id) ON DELETE CASCADE,
  recipient_email varchar(180) NOT NULL,
  digest_date date NOT NULL,
  entry_ids json NOT NULL,
  entry_count integer NOT NULL,
  subject varchar(255) NOT NULL,
  message_id varchar(255) NOT NULL,
  smtp_response varchar(255) DEFAULT NULL,
  unsubscribe_token varchar(64) NOT NULL,
  opened_at timestamp(0) DEFAULT NULL,
  open_ip varchar(45) DEFAULT NULL,
  open_user_agent text DEFAULT NULL,
  sent_at timestamp(0) NOT NULL
);
INSERT INTO hosting.newsletter_digest_log (user_id, recipient_email, digest_date, entry_ids, entry_count, subject, message_id, smtp_response, unsubscribe_token, opened_at, open_ip, open_user_agent, sent_at)
SELECT u.id, u.email_canonical, d::date, json_build_array(1 + fixture_gen.n('dg1', k, 420), 1 + fixture_gen.n('dg2', k, 420), 1 + fixture_gen.n('dg3', k, 420)), 3 + fixture_gen.n('dgc', k, 9),
       CASE WHEN c.language = 'fr' THEN 'Vos lectures de la semaine : ' ELSE 'Your reading week: ' END || (3 + fixture_gen.n('dgc', k, 9)) || CASE WHEN c.language = 'fr' THEN ' articles en attente' ELSE ' articles waiting' END,
       '<' || to_char(d, 'YYYYMMDDHH24MISS') || '.' || substr(md5('dgm' || k), 1, 16) || '@mail.readlater.coop>',
       '250 2.0.0 Ok: queued as ' || upper(substr(md5('dgq' || k), 1, 11)), wgen.b64url('dgu', k, 32),
       CASE WHEN k % 3 <> 0 THEN d + make_interval(mins => 5 + fixture_gen.n('dgo', k, 3000)) END,
       CASE WHEN k % 3 <> 0 THEN CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('dgi', k) ELSE fixture_gen.ipv4('dgi', k) END END,
       CASE WHEN k % 3 <> 0 THEN fixture_gen.pick(ARRAY['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0',
              'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0', 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0 Mobile Safari/537.36 K-9 Mail'], 'dga', k) END,
       d
FROM generate_series(1, 260) k
CROSS JOIN LATERAL (SELECT timestamp '2024-01-07 07:00:00' + make_interval(days => 7 * (k % 25), secs => fixture_gen.n('dgs', k, 900)) AS d) dd
JOIN wallabag_user u ON u.id = 3 + fixture_gen.n('dgu', k, 58) JOIN wallabag_config c ON c.user_id = u.id
ORDER BY k;

CREATE TABLE hosting.share_audit (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES wallabag_user (id) ON DELETE CASCADE,
  entry_id integer DEFAULT NULL REFERENCES wallabag_entry (id) ON DELETE SET NULL,
  action varchar(16) NOT NULL,
  share_uid varchar(23) DEFAULT NULL,
  shared_url text DEFAULT NULL,
  channel varchar(16) NOT NULL,
  recipient_email varchar(180) DEFAULT NULL,
  ip_address varchar(45) DEFAULT NULL,
  user_agent text DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.share_audit (user_id, entry_id, action, share_uid, shared_url, channel, recipient_email, ip_address, user_agent, created_at)
SELECT en.user_id, en.id, CASE WHEN k % 7 = 0 THEN 'unshare' ELSE 'share' END, x.uid,
       CASE WHEN x.ch = 'public' THEN 'https://app.readlater.coop/share/' || x.uid WHEN x.ch = 'shaarli' THEN 'https://myshaarli.com/?post=' || replace(replace(en.url, ':', '%3A'), '/', '%2F') ELSE en.url END,
       x.ch, CASE WHEN x.ch = 'mail' THEN fixture_gen.email('sar', k) END, fixture_gen.ipv4('sai', k), wgen.ua('saa', k), en.created_at + make_interval(hours => 2 + fixture_gen.n('sac', k, 200))
FROM generate_series(1, 130) k
JOIN wallabag_entry en ON en.id = 1 + fixture_gen.n('sae', k, 420)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['public', 'public', 'mail', 'shaarli', 'mastodon'], 'sach', k) AS ch, coalesce(en.uid, substr(md5('sau' || k), 1, 14) || '.' || fixture_gen.digits('sau', k, 8)) AS uid) x0
CROSS JOIN LATERAL (SELECT x0.ch, CASE WHEN x0.ch = 'public' THEN x0.uid END AS uid) x
ORDER BY k;

CREATE TABLE hosting.login_audit (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE SET NULL,
  username_attempted varchar(180) NOT NULL,
  success boolean NOT NULL,
  failure_reason varchar(64) DEFAULT NULL,
  ip_address varchar(45) NOT NULL,
  user_agent text DEFAULT NULL,
  country_code varchar(2) DEFAULT NULL,
  city varchar(100) DEFAULT NULL,
  two_factor_method varchar(16) DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.login_audit (user_id, username_attempted, success, failure_reason, ip_address, user_agent, country_code, city, two_factor_method, created_at)
SELECT CASE WHEN k % 19 = 0 THEN NULL ELSE u.id END,
       CASE WHEN k % 19 = 0 THEN fixture_gen.pick(ARRAY['admin', 'root', 'test', 'wallabag', 'info@readlater.coop'], 'lau', k) WHEN k % 4 = 0 THEN u.email ELSE u.username END,
       k % 6 <> 0 AND k % 19 <> 0, CASE WHEN k % 19 = 0 THEN 'unknown_user' WHEN k % 6 = 0 THEN fixture_gen.pick(ARRAY['bad_credentials', 'bad_credentials', '2fa_code_invalid', 'account_disabled'], 'laf', k) END,
       CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('lai', k) ELSE fixture_gen.ipv4('lai', k) END, wgen.ua('laa', k),
       CASE WHEN k % 19 = 0 THEN fixture_gen.pick(ARRAY['CN', 'RU', 'US', 'NL'], 'lcc', k) ELSE p.country END,
       CASE WHEN k % 19 = 0 THEN NULL ELSE p.city END,
       CASE WHEN u.googleauthenticatorsecret IS NOT NULL THEN 'totp' WHEN u.emailtwofactor THEN 'email' END,
       wgen.at('lat', k, '2024-04-01', '2024-06-28')
FROM generate_series(1, 300) k JOIN wallabag_user u ON u.id = 3 + fixture_gen.n('lau', k, 58) JOIN wgen.p p ON p.i = u.id
ORDER BY k;

CREATE TABLE hosting.api_request_log (
  id bigserial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE SET NULL,
  client_id integer DEFAULT NULL REFERENCES wallabag_oauth2_clients (id) ON DELETE SET NULL,
  method varchar(8) NOT NULL,
  path varchar(255) NOT NULL,
  query_string text DEFAULT NULL,
  status_code integer NOT NULL,
  duration_ms integer NOT NULL,
  ip_address varchar(45) NOT NULL,
  user_agent text DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.api_request_log (user_id, client_id, method, path, query_string, status_code, duration_ms, ip_address, user_agent, created_at)
SELECT t.user_id, t.client_id, x.m, x.path,
       CASE WHEN k % 4 = 0 THEN 'access_token=' || t.token || '&perPage=30&page=' || (1 + k % 5)
            WHEN x.path = '/api/entries.json' AND x.m = 'GET' THEN 'perPage=' || fixture_gen.pick(ARRAY['30', '50', '100'], 'apq', k) || '&page=' || (1 + k % 5) || '&since=' || (1717000000 + k * 600) || '&detail=metadata'
            WHEN x.path = '/oauth/v2/token' AND k % 3 = 0 THEN 'grant_type=refresh_token&client_id=' || t.client_id || '_' || c.random_id || '&client_secret=' || c.secret || '&refresh_token=' || wgen.oauth_token('ort', t.id)
            WHEN x.path = '/api/entries/exists.json' THEN 'url=' || replace(replace(en.url, ':', '%3A'), '/', '%2F') END,
       CASE WHEN k % 23 = 0 THEN 401 WHEN k % 31 = 0 THEN 429 ELSE 200 END, 12 + fixture_gen.n('apd', k, 900), fixture_gen.ipv4('api', k), wgen.ua('apa', k),
       wgen.at('apt', k, '2024-06-01', '2024-06-28')
FROM generate_series(1, 320) k
JOIN wallabag_oauth2_access_tokens t ON t.id = 1 + fixture_gen.n('apk', k, 160) JOIN wallabag_oauth2_clients c ON c.id = t.client_id
JOIN wallabag_entry en ON en.id = 1 + fixture_gen.n('ape', k, 420)
CROSS JOIN LATERAL (SELECT (ARRAY['GET', 'GET', 'GET', 'POST', 'PATCH', 'GET', 'POST'])[1 + fixture_gen.n('apm', k, 7)] AS m) mm
CROSS JOIN LATERAL (SELECT mm.m, CASE mm.m WHEN 'POST' THEN CASE WHEN k % 3 = 0 THEN '/oauth/v2/token' ELSE '/api/entries.json' END WHEN 'PATCH' THEN '/api/entries/' || en.id || '.json'
                     ELSE (ARRAY['/api/entries.json', '/api/entries/exists.json', '/api/tags.json', '/api/version', '/api/user.json'])[1 + fixture_gen.n('app', k, 5)] END AS path) x
ORDER BY k;

CREATE TABLE hosting.support_ticket (
  id serial PRIMARY KEY,
  customer_id integer DEFAULT NULL REFERENCES hosting.customer (id) ON DELETE SET NULL,
  requester_name varchar(255) NOT NULL,
  requester_email varchar(180) NOT NULL,
  subject varchar(255) NOT NULL,
  body text NOT NULL,
  status varchar(16) NOT NULL,
  priority varchar(8) NOT NULL,
  assigned_to varchar(255) DEFAULT NULL,
  internal_note text DEFAULT NULL,
  last_reply_at timestamp(0) DEFAULT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) NOT NULL
);
INSERT INTO hosting.support_ticket (customer_id, requester_name, requester_email, subject, body, status, priority, assigned_to, internal_note, last_reply_at, created_at, updated_at)
SELECT CASE WHEN t % 9 = 0 THEN NULL ELSE c.id END,
       CASE WHEN t % 9 = 0 THEN fixture_gen.full_name('tkn', t) ELSE c.first_name || ' ' || c.last_name END,
       CASE WHEN t % 9 = 0 THEN fixture_gen.email('tkn', t) ELSE c.email END,
       x.subj,
       CASE x.k
         WHEN 0 THEN 'Hello, my Pocket import has been stuck at 40% since yesterday. I have about 9,000 items. Username ' || coalesce(u.username, '?') || '. Thanks, ' || c.first_name
         WHEN 1 THEN 'I no longer have my phone with the authenticator app (it was stolen in Lisbon). Can you disable 2FA? You can call me on ' || coalesce(c.phone, 'my mobile') || '.'
         WHEN 2 THEN 'Please send the invoice to our accounts department instead, and put our purchase order PO-2024-' || (100 + t) || ' on it. Our address changed to ' || fixture_gen.street('tks', t) || '.'
         WHEN 3 THEN 'The Kobo sync shows "invalid_grant" every morning. I attach a screenshot.'
         WHEN 4 THEN 'I want to close my account and have all my data deleted. I also used the address ' || fixture_gen.email('tko', t) || ' in the past.'
         ELSE 'Articles from lemonde.fr only show the first paragraph even though I saved my subscription login in site credentials.' END,
       CASE WHEN t % 4 = 0 THEN 'open' WHEN t % 4 = 1 THEN 'pending' ELSE 'closed' END, CASE WHEN x.k = 1 THEN 'high' ELSE 'normal' END,
       CASE WHEN t % 5 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['Mai Nguyen', 'Théo Lambert', 'Julien Faure', 'Karim Benali'], 'tka', t) END,
       CASE x.k WHEN 1 THEN 'Identity checked by video call, ID card shown (' || fixture_gen.pick(ARRAY['carte d''identité', 'Personalausweis', 'passport'], 'tki', t) || ' ending ' || fixture_gen.digits('tkd', t, 4) || '). 2FA reset.'
                WHEN 4 THEN 'GDPR erasure: see request in gdpr_request.' WHEN 0 THEN 'Redis queue was full, restarted workers.' ELSE NULL END,
       wgen.at('tkl', t, '2024-05-01', '2024-06-28'), wgen.at('tkc', t, '2023-09-01', '2024-05-01'), wgen.at('tku', t, '2024-05-01', '2024-06-28')
FROM generate_series(1, 54) t
JOIN hosting.customer c ON c.id = 1 + fixture_gen.n('tkc2', t, 58) LEFT JOIN wallabag_user u ON u.id = c.user_id
CROSS JOIN LATERAL (SELECT fixture_gen.n('tkk', t, 6) AS k) kk
CROSS JOIN LATERAL (SELECT kk.k, (ARRAY['Pocket import stuck', 'Lost my 2FA device, please call ' || coalesce(c.phone, c.first_name), 'Invoice address for ' || coalesce(c.company_name, c.first_name || ' ' || c.last_name),
  'Kobo sync error', 'Delete my account (' || c.email || ')', 'Paywalled articles truncated'])[kk.k + 1] AS subj) x
ORDER BY t;

CREATE TABLE hosting.support_reply (
  id serial PRIMARY KEY,
  ticket_id integer NOT NULL REFERENCES hosting.support_ticket (id) ON DELETE CASCADE,
  author_type varchar(8) NOT NULL,
  author_name varchar(255) NOT NULL,
  body text NOT NULL,
  is_internal boolean NOT NULL DEFAULT false,
  attachment_name varchar(255) DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.support_reply (ticket_id, author_type, author_name, body, is_internal, attachment_name, created_at)
SELECT t.id, CASE WHEN r % 2 = 0 THEN 'staff' ELSE 'customer' END, CASE WHEN r % 2 = 0 THEN coalesce(t.assigned_to, 'Camille Rousseau') ELSE t.requester_name END,
       CASE WHEN r % 2 = 0 THEN fixture_gen.pick(ARRAY['Thanks, we are looking into it and will get back to you today.', 'Done - you should be able to log in now. Please set up 2FA again.', 'Could you tell us which device and app version you use?',
                 'Bonjour ' || split_part(t.requester_name, ' ', 1) || ', c''est corrigé. Bonne lecture !'], 'rpb', r)
            ELSE fixture_gen.pick(ARRAY['Thanks! It works now.', 'Still the same here, screenshot attached.', 'My new number is ' || fixture_gen.phone('rpp', r) || ' if you need to call.', 'Merci beaucoup, ' || split_part(t.requester_name, ' ', 1)], 'rpc', r) END,
       r % 7 = 0,
       CASE WHEN r % 5 = 1 THEN fixture_gen.pick(ARRAY['Screenshot 2024-05-12 at 08.14.03.png', 'IMG_' || (4000 + r) || '.jpg', 'carte_identite_' || fixture_gen.ascii(split_part(t.requester_name, ' ', 2)) || '.pdf',
              'kobo-log-' || fixture_gen.ascii(split_part(t.requester_name, ' ', 1)) || '.txt', 'bon_de_commande_PO-2024.pdf'], 'rpa', r) END,
       t.created_at + make_interval(hours => r % 4 * 5 + 1)
FROM generate_series(1, 130) r JOIN hosting.support_ticket t ON t.id = 1 + fixture_gen.n('rpt', r, 54)
ORDER BY r;

CREATE TABLE hosting.gdpr_request (
  id serial PRIMARY KEY,
  customer_id integer DEFAULT NULL REFERENCES hosting.customer (id) ON DELETE SET NULL,
  requester_name varchar(255) NOT NULL,
  requester_email varchar(180) NOT NULL,
  kind varchar(16) NOT NULL,
  received_at timestamp(0) NOT NULL,
  identity_verified_by varchar(255) DEFAULT NULL,
  verification_document varchar(255) DEFAULT NULL,
  notes text DEFAULT NULL,
  export_path varchar(255) DEFAULT NULL,
  export_download_token varchar(64) DEFAULT NULL,
  completed_at timestamp(0) DEFAULT NULL
);
INSERT INTO hosting.gdpr_request (customer_id, requester_name, requester_email, kind, received_at, identity_verified_by, verification_document, notes, export_path, export_download_token, completed_at)
SELECT c.id, c.first_name || ' ' || c.last_name, c.email, x.kind, wgen.at('gdr', g, '2022-01-01', '2024-06-01'),
       CASE WHEN g % 4 <> 0 THEN fixture_gen.pick(ARRAY['Camille Rousseau', 'Karim Benali'], 'gdv', g) END,
       CASE WHEN g % 4 <> 0 THEN 'gdpr/' || g || '/' || fixture_gen.pick(ARRAY['cni_', 'passeport_', 'ausweis_'], 'gdd', g) || fixture_gen.ascii(c.last_name) || '_' || fixture_gen.ascii(c.first_name) || '.jpg' END,
       fixture_gen.pick(ARRAY['Wants a copy of everything incl. annotations and the digest log.', 'Erasure after the death of her father ' || fixture_gen.full_name('gdn', g) || ', requested by the daughter; death certificate received.',
         'Asked to correct the name on invoices: now ' || fixture_gen.full_name('gdm', g) || '.', 'Objected to the weekly digest tracking pixel.'], 'gdn', g),
       CASE WHEN x.kind = 'access' THEN 'exports/gdpr/' || to_char(wgen.at('gdr', g, '2022-01-01', '2024-06-01'), 'YYYY') || '/' || fixture_gen.ascii(c.first_name) || '.' || fixture_gen.ascii(c.last_name) || '-export.zip' END,
       CASE WHEN x.kind = 'access' THEN wgen.b64url('gdt', g, 32) END,
       CASE WHEN g % 5 <> 0 THEN wgen.at('gdc', g, '2024-06-01', '2024-06-28') END
FROM generate_series(1, 18) g JOIN hosting.customer c ON c.id = 1 + fixture_gen.n('gdc2', g, 58)
CROSS JOIN LATERAL (SELECT (ARRAY['access', 'erasure', 'rectification', 'objection'])[1 + fixture_gen.n('gdk', g, 4)] AS kind) x
ORDER BY g;

CREATE TABLE hosting.mail_log (
  id bigserial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES wallabag_user (id) ON DELETE SET NULL,
  to_address varchar(180) NOT NULL,
  from_address varchar(180) NOT NULL,
  subject varchar(255) NOT NULL,
  template varchar(64) NOT NULL,
  message_id varchar(255) NOT NULL,
  status varchar(16) NOT NULL,
  smtp_response varchar(255) DEFAULT NULL,
  bounce_reason text DEFAULT NULL,
  queued_at timestamp(0) NOT NULL,
  sent_at timestamp(0) DEFAULT NULL
);
INSERT INTO hosting.mail_log (user_id, to_address, from_address, subject, template, message_id, status, smtp_response, bounce_reason, queued_at, sent_at)
SELECT u.id, u.email_canonical, CASE WHEN x.tpl IN ('invoice', 'payment_failed') THEN 'billing@readlater.coop' ELSE 'no-reply@readlater.coop' END,
       CASE x.tpl WHEN 'welcome' THEN 'Welcome to Readlater, ' || coalesce(split_part(u.name, ' ', 1), u.username) || '!' WHEN 'reset' THEN 'Reset your password'
         WHEN 'invoice' THEN 'Your invoice RL-2024-' || lpad((k % 320)::text, 5, '0') WHEN 'payment_failed' THEN 'Payment failed - action needed'
         WHEN 'auth_code' THEN 'Your authentication code' ELSE 'Your import from Pocket is complete' END,
       x.tpl, '<' || substr(md5('mlm' || k), 1, 24) || '@mail.readlater.coop>', CASE WHEN k % 29 = 0 THEN 'bounced' ELSE 'sent' END,
       CASE WHEN k % 29 = 0 THEN '550 5.1.1 User unknown' ELSE '250 2.0.0 Ok: queued as ' || upper(substr(md5('mlq' || k), 1, 11)) END,
       CASE WHEN k % 29 = 0 THEN '<' || u.email_canonical || '>: host ' || split_part(u.email_canonical, '@', 2) || '[' || fixture_gen.ipv4('mlb', k) || '] said: 550 5.1.1 <' || u.email_canonical || '>: Recipient address rejected: User unknown in virtual mailbox table' END,
       wgen.at('mlq', k, '2024-01-01', '2024-06-28'), CASE WHEN k % 29 <> 0 THEN wgen.at('mlq', k, '2024-01-01', '2024-06-28') + interval '2 seconds' END
FROM generate_series(1, 260) k JOIN wallabag_user u ON u.id = 3 + fixture_gen.n('mlu', k, 58)
CROSS JOIN LATERAL (SELECT (ARRAY['welcome', 'reset', 'invoice', 'invoice', 'invoice', 'payment_failed', 'auth_code', 'auth_code', 'import_done'])[1 + fixture_gen.n('mlt', k, 9)] AS tpl) x
ORDER BY k;

CREATE TABLE hosting.abuse_report (
  id serial PRIMARY KEY,
  entry_uid varchar(23) DEFAULT NULL,
  reported_url text NOT NULL,
  reporter_email varchar(180) DEFAULT NULL,
  reporter_ip varchar(45) DEFAULT NULL,
  reason varchar(32) NOT NULL,
  details text DEFAULT NULL,
  status varchar(16) NOT NULL,
  handled_by varchar(255) DEFAULT NULL,
  handled_at timestamp(0) DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.abuse_report (entry_uid, reported_url, reporter_email, reporter_ip, reason, details, status, handled_by, handled_at, created_at)
SELECT en.uid, 'https://app.readlater.coop/share/' || en.uid, CASE WHEN a % 3 = 0 THEN 'legal@' || fixture_gen.pick(ARRAY['lemonde.fr', 'mediapart.fr', 'spiegel.de'], 'abl', a) ELSE fixture_gen.email('abe', a) END,
       fixture_gen.ipv4('abi', a), fixture_gen.pick(ARRAY['copyright', 'copyright', 'personal_data', 'spam'], 'abr', a),
       fixture_gen.pick(ARRAY['This is our paywalled article republished in full. Please remove it.', 'This public page shows my home address and phone number, I never agreed to that. ' || fixture_gen.full_name('abd', a),
         'Spam link posted on Mastodon pointing to this share.', 'Cette page reproduit intégralement un article réservé à nos abonnés.'], 'abd', a),
       CASE WHEN a % 4 = 0 THEN 'open' ELSE 'resolved' END, CASE WHEN a % 4 <> 0 THEN fixture_gen.pick(ARRAY['Camille Rousseau', 'Mai Nguyen'], 'abh', a) END,
       CASE WHEN a % 4 <> 0 THEN wgen.at('abh', a, '2024-04-01', '2024-06-28') END, wgen.at('abc', a, '2023-06-01', '2024-04-01')
FROM generate_series(1, 16) a JOIN (SELECT uid, row_number() OVER (ORDER BY id) AS rn FROM wallabag_entry WHERE uid IS NOT NULL) en ON en.rn = 1 + fixture_gen.n('abu', a, 42)
ORDER BY a;

-- Dedicated wallabag instances of team-plan customers, with what the
-- provisioning scripts need to run them.
CREATE TABLE hosting.instance (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES hosting.customer (id),
  hostname varchar(255) NOT NULL,
  admin_email varchar(180) NOT NULL,
  db_host varchar(45) NOT NULL,
  db_name varchar(64) NOT NULL,
  db_user varchar(64) NOT NULL,
  db_password varchar(255) NOT NULL,
  app_secret varchar(64) NOT NULL,
  smtp_dsn text NOT NULL,
  php_version varchar(8) NOT NULL,
  wallabag_version varchar(16) NOT NULL,
  region varchar(16) NOT NULL,
  storage_bytes bigint NOT NULL,
  status varchar(16) NOT NULL,
  created_at timestamp(0) NOT NULL,
  updated_at timestamp(0) NOT NULL
);
INSERT INTO hosting.instance (customer_id, hostname, admin_email, db_host, db_name, db_user, db_password, app_secret, smtp_dsn, php_version, wallabag_version, region, storage_bytes, status, created_at, updated_at)
SELECT c.id, x.slug || '.readlater.coop', c.email, '10.20.' || (1 + k % 3) || '.' || (10 + k), 'wb_' || replace(x.slug, '-', '_'), 'wb_' || replace(x.slug, '-', '_'),
       wgen.rnd('idp', k, 32), fixture_gen.hexn('ias', k, 32),
       'smtp://' || x.slug || '%40readlater.coop:' || wgen.rnd('ism', k, 20) || '@smtp.readlater.coop:587',
       fixture_gen.pick(ARRAY['8.1', '8.2', '8.2'], 'iph', k), fixture_gen.pick(ARRAY['2.6.9', '2.6.10', '2.6.8'], 'iwv', k), fixture_gen.pick(ARRAY['fr-lyon-1', 'de-fra-1'], 'irg', k),
       (200 + fixture_gen.n('isz', k, 20000))::bigint * 1048576, CASE WHEN k = 7 THEN 'suspended' ELSE 'running' END,
       wgen.at('ica', k, '2021-09-01', '2024-01-01'), wgen.at('iua', k, '2024-05-01', '2024-06-28')
FROM generate_series(1, 12) k
JOIN hosting.customer c ON c.id = 1 + (k * 5) % 58
CROSS JOIN LATERAL (SELECT (ARRAY['progres-social', 'liris-veille', 'bib-gent', 'kowalski-arch', 'cafe-philo-lyon', 'redaction-rue89lyon', 'lab-ens-bio', 'lesoir-docu',
  'atelier-nord', 'mediatheque-villeurbanne', 'studio-klang', 'ong-alternatives'])[k] AS slug) x
ORDER BY k;

CREATE TABLE hosting.backup_run (
  id serial PRIMARY KEY,
  instance_id integer DEFAULT NULL REFERENCES hosting.instance (id),
  started_at timestamp(0) NOT NULL,
  finished_at timestamp(0) DEFAULT NULL,
  status varchar(16) NOT NULL,
  size_bytes bigint DEFAULT NULL,
  s3_bucket varchar(64) NOT NULL,
  s3_key varchar(255) NOT NULL,
  checksum_sha256 varchar(64) DEFAULT NULL,
  encryption_key_id varchar(128) NOT NULL,
  error_message text DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.backup_run (instance_id, started_at, finished_at, status, size_bytes, s3_bucket, s3_key, checksum_sha256, encryption_key_id, error_message, created_at)
SELECT CASE WHEN b % 13 = 0 THEN NULL ELSE 1 + b % 12 END, s, CASE WHEN b % 31 <> 0 THEN s + make_interval(secs => 60 + fixture_gen.n('bkd', b, 1800)) END,
       CASE WHEN b % 31 = 0 THEN 'failed' ELSE 'ok' END, CASE WHEN b % 31 <> 0 THEN (50 + fixture_gen.n('bks', b, 9000))::bigint * 1048576 END,
       'readlater-backups-' || CASE WHEN b % 2 = 0 THEN 'lyon' ELSE 'fra' END,
       CASE WHEN b % 13 = 0 THEN 'main/' ELSE 'instances/' || (1 + b % 12) || '/' END || to_char(s, 'YYYY-MM-DD"T"HH24MI"Z"') || '.sql.zst.age',
       CASE WHEN b % 31 <> 0 THEN fixture_gen.hexn('bkc', b, 64) END, 'age1' || lower(fixture_gen.chars('bkk', b % 3, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')),
       CASE WHEN b % 31 = 0 THEN 'pg_dump: error: connection to server at "10.20.1.' || (10 + b % 12) || '", port 5432 failed: timeout expired' END, s
FROM generate_series(1, 130) b CROSS JOIN LATERAL (SELECT timestamp '2024-05-01 02:00:00' + make_interval(hours => b * 11, secs => fixture_gen.n('bkt', b, 600)) AS s) ss
ORDER BY b;

CREATE TABLE hosting.usage_daily (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES wallabag_user (id) ON DELETE CASCADE,
  day date NOT NULL,
  entries_saved integer NOT NULL,
  entries_read integer NOT NULL,
  annotations_created integer NOT NULL,
  api_calls integer NOT NULL,
  storage_bytes bigint NOT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.usage_daily (user_id, day, entries_saved, entries_read, annotations_created, api_calls, storage_bytes, created_at)
SELECT 3 + (k % 58), date '2024-06-01' + (k / 58), fixture_gen.n('uds', k, 12), fixture_gen.n('udr', k, 9), fixture_gen.n('uda', k, 4), fixture_gen.n('udc', k, 400),
       (1000 + fixture_gen.n('udb', k, 500000))::bigint * 1024, (date '2024-06-02' + (k / 58))::timestamp + interval '3 hours 5 minutes'
FROM generate_series(0, 289) k ORDER BY k;

CREATE TABLE hosting.fetch_error (
  id serial PRIMARY KEY,
  entry_id integer DEFAULT NULL REFERENCES wallabag_entry (id) ON DELETE CASCADE,
  url text NOT NULL,
  http_status integer DEFAULT NULL,
  error text NOT NULL,
  proxy_used varchar(64) DEFAULT NULL,
  server_ip varchar(45) DEFAULT NULL,
  created_at timestamp(0) NOT NULL
);
INSERT INTO hosting.fetch_error (entry_id, url, http_status, error, proxy_used, server_ip, created_at)
SELECT en.id, en.given_url, x.st, x.err, CASE WHEN f % 3 = 0 THEN 'squid-fr-lyon-2:3128' END, CASE WHEN x.st IS NOT NULL THEN fixture_gen.pick(ARRAY['151.101.1.', '104.18.22.', '185.15.59.', '13.224.77.'], 'fsi', f) || (1 + f % 250) END,
       en.created_at + interval '4 seconds'
FROM generate_series(1, 64) f JOIN wallabag_entry en ON en.id = 1 + fixture_gen.n('fse', f, 420)
CROSS JOIN LATERAL (SELECT (ARRAY[403, 429, NULL, 500, 404, NULL])[1 + fixture_gen.n('fst', f, 6)] AS st) s0
CROSS JOIN LATERAL (SELECT s0.st, CASE WHEN s0.st IS NULL THEN fixture_gen.pick(ARRAY['cURL error 28: Operation timed out after 10001 milliseconds', 'cURL error 6: Could not resolve host', 'cURL error 60: SSL certificate problem: certificate has expired'], 'fer', f)
  ELSE 'Graby: HTTP ' || s0.st || ' from remote server, falling back to the given content' END AS err) x
ORDER BY f;

CREATE TABLE hosting.feature_flag (
  id serial PRIMARY KEY,
  name varchar(64) NOT NULL,
  description text DEFAULT NULL,
  enabled boolean NOT NULL,
  rollout_percent integer NOT NULL DEFAULT 100,
  updated_by varchar(180) DEFAULT NULL,
  updated_at timestamp(0) NOT NULL
);
INSERT INTO hosting.feature_flag (name, description, enabled, rollout_percent, updated_by, updated_at) VALUES
 ('digest_v2', 'New weekly digest layout with reading time per article', true, 100, 'camille@readlater.coop', '2024-03-04 10:12:00'),
 ('pocket_async_import', 'Pocket imports through the Messenger queue instead of Redis', true, 100, 'karim@readlater.coop', '2024-05-24 08:40:00'),
 ('instapaper_async_import', 'Instapaper CSV imports through the Messenger queue', true, 50, 'karim@readlater.coop', '2024-06-12 15:02:00'),
 ('share_audit', 'Record public shares and e-mail shares in hosting.share_audit', true, 100, 'camille@readlater.coop', '2023-11-02 09:00:00'),
 ('login_geo', 'Resolve login IPs to a country and city with the GeoLite2 database', true, 100, 'karim@readlater.coop', '2024-02-19 11:30:00'),
 ('tts_reader', 'Text-to-speech player on the article page', false, 10, 'julien@readlater.coop', '2024-06-20 17:45:00'),
 ('fediverse_share', 'Share to any Mastodon instance', true, 100, 'mai@readlater.coop', '2023-06-01 09:00:00'),
 ('proxy_fetch_paywalls', 'Fetch paywalled sites through the Lyon proxy when site credentials exist', true, 100, 'karim@readlater.coop', '2024-01-08 14:20:00'),
 ('annotations_export_md', 'Export annotations as Markdown', false, 0, 'theo@readlater.coop', '2024-06-25 10:00:00'),
 ('team_sso', 'OIDC login for team instances', false, 0, 'camille@readlater.coop', '2024-04-11 16:00:00'),
 ('digest_tracking_pixel', 'Open tracking in the weekly digest (opt-out honoured)', true, 100, 'ewa@readlater.coop', '2023-09-15 12:00:00'),
 ('maintenance_banner', 'Show the maintenance banner', false, 100, 'karim@readlater.coop', '2024-02-16 07:00:00');

-- Incidents as published on status.readlater.coop.
CREATE TABLE hosting.status_incident (
  id serial PRIMARY KEY,
  title varchar(255) NOT NULL,
  body text NOT NULL,
  severity varchar(16) NOT NULL,
  started_at timestamp(0) NOT NULL,
  resolved_at timestamp(0) DEFAULT NULL,
  postmortem_url varchar(255) DEFAULT NULL,
  created_by_staff_id integer DEFAULT NULL REFERENCES hosting.staff (id)
);
INSERT INTO hosting.status_incident (title, body, severity, started_at, resolved_at, postmortem_url, created_by_staff_id) VALUES
 ('Degraded article fetching', 'Fetching new articles is slower than usual because a large number of imports are queued. Reading and the API are not affected.', 'minor', '2024-05-23 09:10:00', '2024-05-23 16:40:00', NULL, 2),
 ('Outage of app.readlater.coop', 'The main database server ran out of disk space during the nightly backup. The service was unavailable for 3 hours.', 'major', '2024-02-16 02:05:00', '2024-02-16 05:12:00', 'https://blog.readlater.coop/2024/02/postmortem-disk-full', 1),
 ('Weekly digest delayed', 'This Sunday''s digest will arrive a few hours late while our mail provider resolves a delivery issue.', 'minor', '2024-04-07 07:00:00', '2024-04-07 13:20:00', NULL, 3),
 ('Planned maintenance: PHP 8.2 upgrade', 'All instances will be upgraded to PHP 8.2 between 06:00 and 07:00 CEST. Expect short interruptions.', 'maintenance', '2024-03-12 04:00:00', '2024-03-12 04:48:00', NULL, 2),
 ('Kobo sync failing for some readers', 'Readers using the Kobo sync may see invalid_grant errors. Refresh tokens are being reissued.', 'minor', '2024-06-03 06:30:00', '2024-06-03 11:00:00', NULL, 4),
 ('Team instances in de-fra-1 unreachable', 'A network issue at our Frankfurt provider made team instances in that region unreachable for 40 minutes.', 'major', '2023-11-28 14:02:00', '2023-11-28 14:44:00', 'https://blog.readlater.coop/2023/11/frankfurt-network-incident', 1),
 ('Images not displayed in saved articles', 'A misconfigured cache rule stopped downloaded images from loading. Fixed, no data was lost.', 'minor', '2023-09-04 18:20:00', '2023-09-04 21:00:00', NULL, 6),
 ('Planned maintenance: wallabag 2.6.9', 'Upgrade of all instances to wallabag 2.6.9 with security fixes.', 'maintenance', '2024-05-02 04:00:00', '2024-05-02 04:30:00', NULL, 2),
 ('Login errors for accounts with two-factor e-mail codes', 'Authentication code e-mails were rejected by one provider for two hours.', 'minor', '2024-01-22 08:15:00', '2024-01-22 10:20:00', NULL, 3),
 ('Pocket imports paused', 'Pocket imports are paused while Pocket''s API rate-limits us. Queued imports will resume automatically.', 'minor', '2024-06-21 12:00:00', NULL, NULL, 2);

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('hosting');

SET client_min_messages = warning;
DROP SCHEMA wgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
