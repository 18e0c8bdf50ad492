-- classify-eval fixture (HOLDOUT 20: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- database of a Lemmy 0.19.7 instance on PostgreSQL, in the naming its Diesel
-- migrations create (singular snake_case tables in public, serial int keys,
-- timestamptz published/updated/when_ columns, the enums Lemmy defines,
-- __diesel_schema_migrations), a subset of its tables with their real
-- columns and types (comment.path, an ltree in Lemmy, is kept as text so the
-- fixture needs no extension). "lemmy.harbourside.example", the regional
-- link aggregator of a harbour town run by three volunteer admins: 190 local
-- accounts (admins, three bots, the public library, residents of many
-- cultures) beside 230 remote accounts of Lemmy, Mastodon, Mbin/kbin, PieFed,
-- Misskey and Friendica servers and four spammers; 30 local and 30 remote
-- communities. People: usernames (name-based and pseudonyms), display names,
-- bios with emails, phones, birth dates, spouses and workplaces, Matrix ids,
-- avatar URLs, actor/inbox URLs built from the username (Misskey's are random
-- ids), PEM private keys of local actors, communities and the site; local
-- users with emails, bcrypt hashes, TOTP secrets and UI settings; sign-up
-- applications whose answers say who the applicant is, where they live and
-- work; pending email verifications with their new address and token;
-- password-reset tokens; login tokens (the JWT itself) with IP and user
-- agent; the JWT signing secret; captcha answers; OAuth providers with their
-- client secrets and linked accounts' subject ids. Content: post titles and
-- bodies (lost pets with phones, items for sale with collection addresses,
-- a landlord named, obituaries, job ads with an owner's email), alt text
-- naming people, link metadata of news pages, comments with mentions,
-- addresses and phones, private messages, reports whose reasons name and
-- reach the reporter, the modlog's reasons (doxxing, harassment, GDPR
-- erasure requests naming the requester), ActivityPub ids that carry a
-- Mastodon user's handle, received activity ids, sent activities' JSON
-- (votes, comments with their text, private messages, profile updates with
-- bios, bans with reasons) and the inboxes they went to; the legal notice
-- with the operator's postal address and phone; site sidebars of other
-- instances naming their admins. Lookup, counter, rate-limit, image and
-- federation-state tables hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET client_min_messages = warning;
CREATE SCHEMA lgen;

-- fold: a name folded to ASCII for a username or an email address.
CREATE FUNCTION lgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđơưạảấầậắằặẻẽẹếềệỉịọỏốồộớờợụủứừựỳỹÁÉÍÓÚÖÜÇŞŁŚŻĐ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdouaaaaaaaaeeeeeeeiioooooooooouuuuuyyAEIOUOUCSLSZD')), '[^a-z0-9]+', '', 'g')
$$;

-- tok: len letters and digits; b64url: URL-safe unpadded base64 of len bytes.
CREATE FUNCTION lgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, 190), '+/=', ''), 1, len) $$;

CREATE FUNCTION lgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time between lo and hi, deterministic.
CREATE FUNCTION lgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- pem: a PEM block of the given label; the body starts with head and goes
-- on with chunks*192 pseudo-random bytes, tail closes it. The label is
-- passed in two pieces, so no line of this file is a key's first line.
CREATE FUNCTION lgen.pem(label text, head text, tag text, i bigint, chunks int, tail text DEFAULT '') RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || label || E'-----\n'
      || rtrim(regexp_replace(head || string_agg(fixture_gen.b64(tag || k, i, 192), '' ORDER BY k) || tail, '(.{64})', E'\\1\n', 'g'), E'\n')
      || E'\n-----END ' || label || E'-----\n'
  FROM generate_series(1, chunks) k
$$;

CREATE FUNCTION lgen.privkey(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT lgen.pem('PRIVATE' || ' KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', tag, i, 6, 'AgMBAAE=') $$;

CREATE FUNCTION lgen.pubkey(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT lgen.pem('PUBLIC' || ' KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', tag, i, 1, fixture_gen.b64(tag || 'x', i, 63) || 'IDAQAB') $$;

-- bcrypt as the Rust bcrypt crate writes it ($2b$, cost 12).
CREATE FUNCTION lgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2b' || '$12$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- The local instance; the snapshot was taken on 2024-12-02.
CREATE FUNCTION lgen.dom() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'lemmy.harbourside.example' $$;
CREATE FUNCTION lgen.snap() RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$ SELECT timestamptz '2024-12-02 06:00:00+00' $$;

-- ---------------------------------------------------------------- enums (as Lemmy's migrations create them)
CREATE TYPE listing_type_enum AS ENUM ('All', 'Local', 'Subscribed', 'ModeratorView');
CREATE TYPE sort_type_enum AS ENUM ('Active', 'Hot', 'New', 'Old', 'TopDay', 'TopWeek', 'TopMonth', 'TopYear', 'TopAll', 'MostComments', 'NewComments',
  'TopHour', 'TopSixHour', 'TopTwelveHour', 'TopThreeMonths', 'TopSixMonths', 'TopNineMonths', 'Controversial', 'Scaled');
CREATE TYPE registration_mode_enum AS ENUM ('Closed', 'RequireApplication', 'Open');
CREATE TYPE post_listing_mode_enum AS ENUM ('List', 'Card', 'SmallCard');
CREATE TYPE actor_type_enum AS ENUM ('site', 'community', 'person');
CREATE TYPE community_visibility AS ENUM ('Public', 'LocalOnly');

-- ---------------------------------------------------------------- diesel bookkeeping
CREATE TABLE __diesel_schema_migrations (
    version varchar(50) PRIMARY KEY,
    run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO __diesel_schema_migrations
SELECT v, CASE WHEN v < '20230620' THEN timestamp '2023-06-20 09:14:02' + make_interval(secs => k)
               ELSE to_timestamp(left(v, 8), 'YYYYMMDD')::timestamp + interval '3 days 04:10:00' + make_interval(secs => k) END
FROM (SELECT k, CASE WHEN k = 0 THEN '00000000000000' ELSE to_char(date '2019-02-27' + k * 22, 'YYYYMMDD') || lpad((fixture_gen.n('dmh', k, 24) * 10000 + fixture_gen.n('dmm', k, 60) * 100 + fixture_gen.n('dms', k, 60))::text, 6, '0') END AS v
      FROM generate_series(0, 95) k) x;

-- ---------------------------------------------------------------- instances and languages
CREATE TABLE instance (
    id serial PRIMARY KEY,
    domain varchar(255) NOT NULL UNIQUE,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    software varchar(255),
    version varchar(255)
);
INSERT INTO instance (id, domain, software, version, published, updated)
SELECT k, d, s, v, timestamptz '2023-06-20 09:20:00+00' + make_interval(hours => k * 37 + fixture_gen.n('ipub', k, 30)),
       CASE WHEN s IS NOT NULL THEN lgen.snap() - make_interval(secs => fixture_gen.n('iupd', k, 600000)) END
FROM (VALUES (1, 'lemmy.harbourside.example', 'lemmy', '0.19.7'), (2, 'lemmy.world', 'lemmy', '0.19.7'), (3, 'lemmy.ml', 'lemmy', '0.19.7'), (4, 'beehaw.org', 'lemmy', '0.19.5'),
  (5, 'sh.itjust.works', 'lemmy', '0.19.7'), (6, 'programming.dev', 'lemmy', '0.19.7'), (7, 'lemm.ee', 'lemmy', '0.19.7'), (8, 'feddit.org', 'lemmy', '0.19.7'),
  (9, 'feddit.nl', 'lemmy', '0.19.5'), (10, 'lemmy.ca', 'lemmy', '0.19.7'), (11, 'lemmy.blahaj.zone', 'lemmy', '0.19.5'), (12, 'discuss.tchncs.de', 'lemmy', '0.19.7'),
  (13, 'slrpnk.net', 'lemmy', '0.19.7'), (14, 'lemmy.dbzer0.com', 'lemmy', '0.19.7'), (15, 'startrek.website', 'lemmy', '0.19.5'), (16, 'lemmy.zip', 'lemmy', '0.19.7'),
  (17, 'sopuli.xyz', 'lemmy', '0.19.5'), (18, 'aussie.zone', 'lemmy', '0.19.7'), (19, 'lemmy.nz', 'lemmy', '0.19.5'), (20, 'jlai.lu', 'lemmy', '0.19.7'),
  (21, 'feddit.it', 'lemmy', '0.19.5'), (22, 'lemmy.eco.br', 'lemmy', '0.19.5'), (23, 'mastodon.social', 'mastodon', '4.3.1'), (24, 'fosstodon.org', 'mastodon', '4.3.1'),
  (25, 'mstdn.social', 'mastodon', '4.3.0'), (26, 'hachyderm.io', 'mastodon', '4.3.1'), (27, 'mastodon.art', 'mastodon', '4.2.13'), (28, 'kbin.earth', 'mbin', '1.7.3'),
  (29, 'fedia.io', 'mbin', '1.7.3'), (30, 'kbin.social', NULL, NULL), (31, 'piefed.social', 'piefed', '0.1.0'), (32, 'misskey.io', 'misskey', '2024.11.0'),
  (33, 'friendica.world', 'friendica', '2024.08'), (34, 'pixelfed.social', 'pixelfed', '0.12.4'), (35, 'lemmy.spamfarm.example', 'lemmy', '0.18.4'), (36, 'freshdeals4u.example', 'lemmy', '0.19.3'),
  (37, 'lemmygrad.ml', 'lemmy', '0.19.5'), (38, 'exploding-heads.com', NULL, NULL), (39, 'infosec.pub', 'lemmy', '0.19.7'), (40, 'lemmy.sdf.org', 'lemmy', '0.19.5'),
  (41, 'ani.social', 'lemmy', '0.19.7'), (42, 'reddthat.com', 'lemmy', '0.19.7'), (43, 'mander.xyz', 'lemmy', '0.19.7'), (44, 'lemmy.one', 'lemmy', '0.19.3')) v(k, d, s, v);

CREATE TABLE language (
    id serial PRIMARY KEY,
    code varchar(3) NOT NULL,
    name text NOT NULL
);
INSERT INTO language (id, code, name)
SELECT k - 1, c, n FROM unnest(ARRAY['und', 'ar', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'eo', 'es', 'fa', 'fi', 'fr', 'ga', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sv', 'sw', 'ta', 'th', 'tl', 'tr', 'uk', 'vi', 'yo', 'zh', 'ig', 'zu'],
  ARRAY['Undetermined', 'Arabic', 'Bengali', 'Catalan', 'Czech', 'Danish', 'German', 'Greek', 'English', 'Esperanto', 'Spanish', 'Persian', 'Finnish', 'French', 'Irish', 'Hebrew', 'Hindi', 'Hungarian',
        'Indonesian', 'Italian', 'Japanese', 'Korean', 'Dutch', 'Norwegian', 'Polish', 'Portuguese', 'Romanian', 'Russian', 'Swedish', 'Swahili', 'Tamil', 'Thai', 'Tagalog', 'Turkish',
        'Ukrainian', 'Vietnamese', 'Yoruba', 'Chinese', 'Igbo', 'Zulu']) WITH ORDINALITY u(c, n, k);

-- ---------------------------------------------------------------- people (generator)
-- 1-190 local accounts (1-3 the admins, 4-6 bots, 7 the library), 191-420
-- remote accounts of Lemmy, Mastodon, Mbin, PieFed, Misskey and Friendica
-- servers (421-424: spammers on the two blocked spam instances).
CREATE TABLE lgen.p (i int PRIMARY KEY, local boolean, inst int, domain text, soft text, first text, last text, uname text, dname text,
  email text, city text, phone text, actor text, published timestamptz, bot boolean);
INSERT INTO lgen.p (i, local, inst, first, last, bot)
SELECT i, i <= 190,
       CASE WHEN i <= 190 THEN 1 WHEN i > 420 THEN 35 + i % 2
            ELSE (ARRAY[2, 2, 2, 2, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23, 23, 24, 24, 25, 26, 27,
                   28, 29, 30, 31, 32, 33, 39, 40, 41, 42, 43, 44, 37])[1 + fixture_gen.n('pinst', i, 53)] END,
       fixture_gen.first_name('pf', i), fixture_gen.last_name('pl', i), i IN (4, 5, 6)
FROM generate_series(1, 424) i;
UPDATE lgen.p SET first = 'Ngozi', last = 'Adeyemi' WHERE i = 1;
UPDATE lgen.p SET first = 'Lars', last = 'Andersen' WHERE i = 2;
UPDATE lgen.p SET first = 'Priya', last = 'Sharma' WHERE i = 3;
UPDATE lgen.p p SET domain = t.domain, soft = coalesce(t.software, 'kbin') FROM instance t WHERE t.id = p.inst;

UPDATE lgen.p SET
  uname = CASE
    WHEN i = 1 THEN 'ngozi' WHEN i = 2 THEN 'lars_a' WHEN i = 3 THEN 'priya_sharma' WHEN i = 4 THEN 'harbourside_news_bot' WHEN i = 5 THEN 'ferrybot' WHEN i = 6 THEN 'tidewatch'
    WHEN i = 7 THEN 'harbourside_library' WHEN i > 420 THEN 'deals' || fixture_gen.digits('psp', i, 4)
    ELSE left(CASE fixture_gen.n('pun', i, 8)
      WHEN 0 THEN lgen.fold(first) || '_' || lgen.fold(last)
      WHEN 1 THEN lgen.fold(first) || lgen.fold(last) || (70 + fixture_gen.n('puy', i, 30))::text
      WHEN 2 THEN regexp_replace(translate(first || last, 'áéíóúöüçşıñãğ''', 'aeiououcsinag'), '[^A-Za-z0-9]', '', 'g')
      WHEN 3 THEN fixture_gen.pick(ARRAY['driftwood', 'owlbear', 'quietkestrel', 'saltyferry', 'tidepool', 'rustbucket', 'moss_piglet', 'nightheron', 'bluefinch', 'cinderwren',
                    'foghorn', 'brackish', 'lanternfish', 'sea_biscuit', 'capybara_fan', 'oatmilk', 'stormpetrel', 'gullwatcher', 'kelpforest', 'null_pointer', 'grumpy_toaster'], 'pps', i)
                  || CASE WHEN i % 3 = 0 THEN fixture_gen.digits('ppd', i, 2) ELSE '' END
      WHEN 4 THEN substr(lgen.fold(first), 1, 1) || lgen.fold(last)
      WHEN 5 THEN lgen.fold(first) || (1970 + fixture_gen.n('pby', i, 36))::text
      WHEN 6 THEN lgen.fold(first) || '_' || substr(lgen.fold(last), 1, 1)
      ELSE lgen.fold(last) || lgen.fold(first) END, 20) END,
  city = CASE WHEN local THEN fixture_gen.pick(ARRAY['Harbourside', 'Harbourside', 'Harbourside', 'Eastgate', 'Millbrook', 'Saltmarsh Quay', 'Kettle Point', 'Northfleet'], 'pcity', i) ELSE fixture_gen.city('pcity', i) END,
  phone = fixture_gen.phone('pph', i);
UPDATE lgen.p SET uname = uname || '_' || i WHERE uname IN (SELECT uname FROM lgen.p GROUP BY 1 HAVING count(*) > 1) AND i > 7;
UPDATE lgen.p SET
  dname = CASE
    WHEN i = 4 THEN 'Harbourside News (bot)' WHEN i = 5 THEN 'Ferry Status' WHEN i = 6 THEN 'Tide & Weather' WHEN i = 7 THEN 'Harbourside Public Library'
    WHEN i > 420 THEN 'Best Deals ' || fixture_gen.digits('pspd', i, 2)
    ELSE CASE fixture_gen.n('pdn', i, 9)
      WHEN 0 THEN NULL WHEN 1 THEN NULL WHEN 2 THEN NULL
      WHEN 3 THEN first || ' ' || last
      WHEN 4 THEN first || ' ' || last
      WHEN 5 THEN first
      WHEN 6 THEN first || ' ' || last || ' (' || fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them'], 'ppr', i) || ')'
      WHEN 7 THEN first || ' ' || substr(last, 1, 1) || '.'
      ELSE initcap(replace(uname, '_', ' ')) END END,
  email = CASE WHEN local THEN CASE
    WHEN i = 1 THEN 'ngozi@harbourside.example' WHEN i = 2 THEN 'lars.andersen@harbourside.example' WHEN i = 3 THEN 'priya@harbourside.example'
    WHEN i IN (4, 5, 6) THEN 'bots+' || uname || '@harbourside.example' WHEN i = 7 THEN 'digital@harbourside-library.example'
    ELSE CASE fixture_gen.n('pem', i, 5)
      WHEN 0 THEN lgen.fold(first) || '.' || lgen.fold(last) WHEN 1 THEN lgen.fold(first) || lgen.fold(last) || (i % 97)::text
      WHEN 2 THEN substr(lgen.fold(first), 1, 1) || lgen.fold(last) WHEN 3 THEN lower(uname) ELSE lgen.fold(last) || '_' || lgen.fold(first) END
      || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'posteo.de', 'yahoo.co.uk', 'icloud.com', 'gmx.de', 'hsu-students.example', 'tutanota.com', 'web.de', 'naver.com', 'orange.fr'], 'pemd', i) END END,
  published = CASE WHEN local THEN timestamptz '2023-06-20 10:00:00+00' + make_interval(hours => i * 50 + fixture_gen.n('ppub', i, 48))
                   ELSE lgen.at('ppub', i, timestamptz '2023-06-25 00:00:00+00', timestamptz '2024-11-30 00:00:00+00') END;
UPDATE lgen.p SET email = replace(email, '@', (i % 89)::text || '@') WHERE email IN (SELECT email FROM lgen.p GROUP BY 1 HAVING count(*) > 1) AND i > 7;
UPDATE lgen.p SET actor = CASE
    WHEN soft IN ('lemmy', 'piefed', 'mbin', 'kbin') THEN 'https://' || domain || '/u/' || uname
    WHEN soft IN ('mastodon', 'pixelfed') THEN 'https://' || domain || '/users/' || uname
    WHEN soft = 'misskey' THEN 'https://' || domain || '/users/' || fixture_gen.chars('pmk', i, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')
    ELSE 'https://' || domain || '/profile/' || lower(uname) END;

-- ---------------------------------------------------------------- person
CREATE TABLE person (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    display_name varchar(255),
    avatar text,
    banned boolean NOT NULL DEFAULT false,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    actor_id varchar(255) NOT NULL UNIQUE,
    bio text,
    local boolean NOT NULL DEFAULT true,
    private_key text,
    public_key text NOT NULL,
    last_refreshed_at timestamptz NOT NULL DEFAULT now(),
    banner text,
    deleted boolean NOT NULL DEFAULT false,
    inbox_url varchar(255) NOT NULL,
    shared_inbox_url varchar(255),
    matrix_user_id text,
    bot_account boolean NOT NULL DEFAULT false,
    ban_expires timestamptz,
    instance_id int NOT NULL REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE
);
INSERT INTO person
SELECT p.i, p.uname, p.dname,
       -- avatar: the profile photo, where the person's server stores it
       CASE WHEN fixture_gen.n('pav', p.i, 5) = 0 AND p.i > 7 THEN NULL
            WHEN p.soft IN ('lemmy', 'piefed') THEN 'https://' || p.domain || '/pictrs/image/' || fixture_gen.uuid('pavu', p.i) || fixture_gen.pick(ARRAY['.jpeg', '.png', '.webp'], 'pavx', p.i)
            WHEN p.soft IN ('mastodon', 'pixelfed') THEN 'https://files.' || p.domain || '/accounts/avatars/' || (109 + p.i % 4)::text || '/' || fixture_gen.digits('pavd', p.i, 3) || '/' || fixture_gen.digits('pave', p.i, 3) || '/original/' || fixture_gen.hexn('pavh', p.i, 16) || '.png'
            WHEN p.soft = 'misskey' THEN 'https://media.misskey.io/files/webpublic-' || fixture_gen.uuid('pavu', p.i) || '.webp'
            WHEN p.soft = 'friendica' THEN 'https://' || p.domain || '/photo/contact/320/' || fixture_gen.hexn('pavh', p.i, 32) || '?ts=' || (1700000000 + p.i * 997)::text
            ELSE 'https://' || p.domain || '/media/cache/resolve/avatar_thumb/' || fixture_gen.hexn('pavh', p.i, 2) || '/' || fixture_gen.hexn('pavg', p.i, 2) || '/' || fixture_gen.hexn('pavf', p.i, 40) || '.jpg' END,
       p.i IN (421, 422, 423, 424) OR p.i % 71 = 9,
       p.published,
       CASE WHEN p.i % 4 = 0 THEN p.published + make_interval(secs => fixture_gen.n('pupd', p.i, 20000000)) END,
       p.actor,
       -- bio
       CASE WHEN p.i = 1 THEN 'Admin of this instance. Software developer, sea swimmer, terrible at sourdough. If something is broken, DM me or write to admin@harbourside.example.'
            WHEN p.i = 2 THEN 'Admin and ops. I keep the servers in the basement of the Makerspace running. Matrix: @lars:harbourside.example'
            WHEN p.i = 3 THEN 'Community manager (volunteer). she/her. Ask me about the registration queue.'
            WHEN p.i = 4 THEN 'I post headlines from the Harbourside Gazette and the city council RSS feeds. Maintained by @ngozi.'
            WHEN p.i = 5 THEN 'Automatic status updates for the Quay ferries. Not affiliated with the ferry operator.'
            WHEN p.i = 6 THEN 'Tide tables and storm warnings for the estuary, twice a day.'
            WHEN p.i = 7 THEN 'Harbourside Public Library, 12 Market Square. Open Tue-Sat 9-17. Questions: 01632 960417 or digital@harbourside-library.example'
            WHEN p.i > 420 THEN 'Best prices on watches and sneakers!!! Contact on Telegram'
            ELSE CASE fixture_gen.n('pbio', p.i, 13)
              WHEN 0 THEN NULL WHEN 1 THEN NULL WHEN 2 THEN NULL
              WHEN 3 THEN fixture_gen.pick(ARRAY['Nurse', 'Dock worker', 'PhD student', 'Software developer', 'Teacher', 'Retired marine engineer', 'Illustrator', 'Bus driver', 'Barista', 'Librarian', 'Electrician'], 'pjob', p.i)
                     || ' in ' || p.city || '. ' || fixture_gen.pick(ARRAY['Cycling, sourdough and bad puns.', 'Birds, books and board games.', 'Parent of two, owner of one anxious dog.', 'Allotment plot 14.', 'Mostly here for the ferry memes.'], 'phob', p.i)
              WHEN 4 THEN fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them'], 'ppr', p.i) || ' · ' || fixture_gen.pick(ARRAY['Trying to doomscroll less.', 'Mostly lurking.', 'Photos of the river, sometimes.', 'Ex-redditor.'], 'phob', p.i)
              WHEN 5 THEN 'Freelance ' || fixture_gen.pick(ARRAY['illustrator', 'translator', 'photographer', 'web developer', 'copy editor'], 'pjob', p.i) || '. Commissions open, email me: ' || coalesce(p.email, lgen.fold(p.first) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'posteo.de'], 'pbd', p.i))
              WHEN 6 THEN 'Dog walking and pet sitting around ' || p.city || '. Text ' || p.phone || ' for rates.'
              WHEN 7 THEN 'Married to ' || fixture_gen.full_name('pspouse', p.i) || ', dad of two. Views my own.'
              WHEN 8 THEN 'Born ' || to_char(fixture_gen.birth_date('pbd', p.i), 'FMDD FMMonth YYYY') || ' in ' || fixture_gen.city('pbc', p.i) || ', living in ' || p.city || ' since forever.'
              WHEN 9 THEN fixture_gen.pick(ARRAY['Ich schreibe über Fahrräder und Politik.', 'Bibliothécaire, lectrice, jardinière.', 'Fotografía de calle y café.', '写真と猫。', 'Kod yazıyorum, çay içiyorum.'], 'phob', p.i)
              WHEN 10 THEN 'Also at @' || p.uname || '@mastodon.social and on Matrix as @' || lower(p.uname) || ':matrix.org'
              WHEN 11 THEN 'Just here for the cat pictures.'
              ELSE 'Hi, I''m ' || p.first || '! Moved to ' || p.city || ' from ' || fixture_gen.city('pfrom', p.i) || ' last year, work at ' || fixture_gen.pick(ARRAY['the hospital', 'Kestrel Marine', 'the university', 'Harbourside Council', 'a bakery on Dock Road'], 'pwork', p.i) || '. Say hi!' END END,
       p.local,
       CASE WHEN p.local THEN lgen.privkey('ppk', p.i) END,
       lgen.pubkey('ppub', p.i),
       CASE WHEN p.local THEN p.published ELSE lgen.snap() - make_interval(secs => fixture_gen.n('pref', p.i, 9000000)) END,
       CASE WHEN fixture_gen.n('pban', p.i, 5) = 0 THEN CASE WHEN p.soft IN ('lemmy', 'piefed') THEN 'https://' || p.domain || '/pictrs/image/' || fixture_gen.uuid('pbnu', p.i) || '.jpeg'
            WHEN p.soft = 'mastodon' THEN 'https://files.' || p.domain || '/accounts/headers/' || (109 + p.i % 4)::text || '/' || fixture_gen.digits('pbnd', p.i, 3) || '/original/' || fixture_gen.hexn('pbnh', p.i, 16) || '.jpg' END END,
       p.i % 53 = 17,
       p.actor || '/inbox',
       CASE WHEN p.soft = 'friendica' THEN 'https://' || p.domain || '/inbox' WHEN p.soft = 'misskey' THEN 'https://misskey.io/inbox' ELSE 'https://' || p.domain || '/inbox' END,
       CASE WHEN p.i = 2 THEN '@lars:harbourside.example' WHEN p.soft = 'lemmy' AND NOT p.bot AND fixture_gen.n('pmx', p.i, 7) = 0 THEN '@' || lower(p.uname) || ':' || fixture_gen.pick(ARRAY['matrix.org', 'tchncs.de', 'envs.net', 'harbourside.example'], 'pmxd', p.i) END,
       p.bot,
       CASE WHEN p.i % 71 = 9 THEN lgen.snap() + make_interval(days => 3 + p.i % 40) END,
       p.inst
FROM lgen.p p ORDER BY p.i;

-- ---------------------------------------------------------------- local users and their settings
CREATE TABLE local_user (
    id serial PRIMARY KEY,
    person_id int NOT NULL UNIQUE REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    password_encrypted text,
    email text UNIQUE,
    show_nsfw boolean NOT NULL DEFAULT false,
    theme text NOT NULL DEFAULT 'browser',
    default_sort_type sort_type_enum NOT NULL DEFAULT 'Active',
    default_listing_type listing_type_enum NOT NULL DEFAULT 'Local',
    interface_language varchar(20) NOT NULL DEFAULT 'browser',
    show_avatars boolean NOT NULL DEFAULT true,
    send_notifications_to_email boolean NOT NULL DEFAULT false,
    show_scores boolean NOT NULL DEFAULT true,
    show_bot_accounts boolean NOT NULL DEFAULT true,
    show_read_posts boolean NOT NULL DEFAULT true,
    email_verified boolean NOT NULL DEFAULT false,
    accepted_application boolean NOT NULL DEFAULT false,
    totp_2fa_secret text,
    open_links_in_new_tab boolean NOT NULL DEFAULT false,
    blur_nsfw boolean NOT NULL DEFAULT true,
    auto_expand boolean NOT NULL DEFAULT false,
    infinite_scroll_enabled boolean NOT NULL DEFAULT false,
    admin boolean NOT NULL DEFAULT false,
    post_listing_mode post_listing_mode_enum NOT NULL DEFAULT 'List',
    totp_2fa_enabled boolean NOT NULL DEFAULT false,
    enable_keyboard_navigation boolean NOT NULL DEFAULT false,
    enable_animated_images boolean NOT NULL DEFAULT true,
    collapse_bot_comments boolean NOT NULL DEFAULT false,
    last_donation_notification timestamptz NOT NULL DEFAULT now()
);
INSERT INTO local_user
SELECT p.i, p.i,
       lgen.bcrypt('lupw', p.i),
       p.email,
       fixture_gen.n('lunsfw', p.i, 4) = 0,
       fixture_gen.pick(ARRAY['browser', 'browser', 'browser', 'darkly', 'darkly', 'litely', 'darkly-red', 'vaporwave-dark', 'i386', 'darkly-compact'], 'luth', p.i),
       (ARRAY['Active', 'Active', 'Hot', 'New', 'TopDay', 'Scaled', 'TopWeek', 'Controversial'])[1 + fixture_gen.n('lusort', p.i, 8)]::sort_type_enum,
       (ARRAY['Local', 'Local', 'All', 'Subscribed', 'Subscribed'])[1 + fixture_gen.n('lulist', p.i, 5)]::listing_type_enum,
       fixture_gen.pick(ARRAY['browser', 'browser', 'browser', 'en', 'de', 'fr', 'es', 'ja', 'pt_BR', 'pl', 'tr', 'ko'], 'lulang', p.i),
       fixture_gen.n('luav', p.i, 9) <> 0, fixture_gen.n('lumail', p.i, 3) = 0, fixture_gen.n('lusc', p.i, 6) <> 0, fixture_gen.n('lubot', p.i, 4) <> 0, fixture_gen.n('lurd', p.i, 3) <> 0,
       p.i % 29 <> 13, p.i % 31 <> 7,
       CASE WHEN p.i IN (1, 2, 3) OR fixture_gen.n('lutotp', p.i, 7) = 0 THEN fixture_gen.chars('lutotps', p.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       fixture_gen.n('lunt', p.i, 5) = 0, fixture_gen.n('lublur', p.i, 6) <> 0, fixture_gen.n('luexp', p.i, 7) = 0, fixture_gen.n('luinf', p.i, 4) = 0,
       p.i IN (1, 2, 3),
       (ARRAY['List', 'List', 'List', 'Card', 'SmallCard'])[1 + fixture_gen.n('lulm', p.i, 5)]::post_listing_mode_enum,
       p.i IN (1, 2, 3) OR fixture_gen.n('lutotp', p.i, 7) = 0,
       fixture_gen.n('lukb', p.i, 10) = 0, fixture_gen.n('luani', p.i, 8) <> 0, fixture_gen.n('lucb', p.i, 5) = 0,
       greatest(p.published, timestamptz '2024-03-01 00:00:00+00') + make_interval(secs => fixture_gen.n('ludon', p.i, 20000000))
FROM lgen.p p WHERE p.local ORDER BY p.i;
UPDATE local_user SET last_donation_notification = least(last_donation_notification, lgen.snap() - make_interval(secs => fixture_gen.n('ludon2', id, 2000000)));

CREATE TABLE local_user_language (
    id serial PRIMARY KEY,
    local_user_id int NOT NULL REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE,
    language_id int NOT NULL REFERENCES language ON UPDATE CASCADE ON DELETE CASCADE,
    UNIQUE (local_user_id, language_id)
);
INSERT INTO local_user_language (local_user_id, language_id)
SELECT DISTINCT u.id, l FROM local_user u
CROSS JOIN LATERAL unnest(ARRAY[0, 8, (ARRAY[6, 13, 10, 20, 25, 24, 33, 21, 37, 16, 1, 36])[1 + fixture_gen.n('lul1', u.id, 12)], CASE WHEN u.id % 3 = 0 THEN (ARRAY[22, 19, 28, 35, 34, 27])[1 + fixture_gen.n('lul2', u.id, 6)] END]) l
WHERE l IS NOT NULL ORDER BY 1, 2;

CREATE TABLE local_user_vote_display_mode (
    local_user_id int PRIMARY KEY REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE,
    score boolean NOT NULL DEFAULT false,
    upvotes boolean NOT NULL DEFAULT true,
    downvotes boolean NOT NULL DEFAULT true,
    upvote_percentage boolean NOT NULL DEFAULT false
);
INSERT INTO local_user_vote_display_mode
SELECT id, fixture_gen.n('vds', id, 4) = 0, fixture_gen.n('vdu', id, 5) <> 0, fixture_gen.n('vdd', id, 3) <> 0, fixture_gen.n('vdp', id, 6) = 0 FROM local_user ORDER BY id;

-- ---------------------------------------------------------------- person bans, blocks, follows
CREATE TABLE person_ban (
    id serial PRIMARY KEY,
    person_id int NOT NULL UNIQUE REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now()
);
INSERT INTO person_ban (person_id, published)
SELECT id, lgen.at('pbp', id, published, lgen.snap()) FROM person WHERE banned ORDER BY id;

CREATE TABLE person_block (
    id serial PRIMARY KEY,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    target_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (person_id, target_id)
);
INSERT INTO person_block (person_id, target_id, published)
SELECT DISTINCT ON (a, b) a, b, lgen.at('pbk', k, timestamptz '2023-08-01 00:00:00+00', lgen.snap())
FROM (SELECT k, 8 + fixture_gen.n('pbka', k, 182) AS a, CASE WHEN k % 4 = 0 THEN 421 + k % 4 ELSE 191 + fixture_gen.n('pbkb', k, 230) END AS b FROM generate_series(1, 90) k) x ORDER BY a, b;

CREATE TABLE person_follower (
    id serial PRIMARY KEY,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    follower_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    pending boolean NOT NULL,
    UNIQUE (follower_id, person_id)
);
-- Lemmy users cannot follow people; these are Mastodon, Misskey and Friendica
-- accounts following local users.
INSERT INTO person_follower (person_id, follower_id, published, pending)
SELECT DISTINCT ON (a, b) a, b, lgen.at('pfo', k, timestamptz '2023-09-01 00:00:00+00', lgen.snap()), k % 37 = 0
FROM (SELECT k, 1 + fixture_gen.n('pfoa', k, 190) AS a, (SELECT i FROM lgen.p WHERE soft IN ('mastodon', 'misskey', 'friendica', 'pixelfed') ORDER BY md5(i::text || k) LIMIT 1) AS b FROM generate_series(1, 110) k) x
ORDER BY a, b;

-- ---------------------------------------------------------------- communities
CREATE TABLE lgen.c (i int PRIMARY KEY, name text, title text, inst int, domain text, soft text, descr text);
INSERT INTO lgen.c (i, name, title, inst, descr) VALUES
  (1, 'harbourside', 'Harbourside', 1, 'The general community for everything happening in and around Harbourside. Be kind, no politics flame wars, tag paywalled links with [paywall].'),
  (2, 'ferries', 'Quay Ferries', 1, 'Delays, timetable changes and ferry-spotting. Live status is posted by @ferrybot. Not affiliated with the operator.'),
  (3, 'lostandfound', 'Lost & Found', 1, 'Lost or found something in Harbourside? Post a photo and where/when. For pets please also ring the Harbourside Animal Shelter (01632 960 222). Do not post full addresses of finders; use DMs.'),
  (4, 'marketplace', 'Marketplace', 1, 'Buy, sell, swap and give away. Prices in GBP. Meet in public places. Disputes go to the mods (@lars_a, @' || 'tidepool' || '), not in the comments.'),
  (5, 'tenants', 'Harbourside Tenants Union', 1, 'Renters helping renters. Know your rights, share landlord experiences (no names of individual landlords in titles).' || E'\n\n' || 'Mods: @priya_sharma and Kwame Mensah. Urgent eviction advice: kwame.mensah@proton.me or 07700 900461 (evenings).'),
  (6, 'cycling', 'Cycling in Harbourside', 1, 'Routes, rides, bike theft alerts and infrastructure news. Sunday social ride leaves the Clock Tower at 9:30.'),
  (7, 'jobs', 'Harbourside Jobs', 1, 'Local job ads only. Include salary range. No recruiters without a company name.'),
  (8, 'gardening', 'Allotments & Gardens', 1, 'Seed swaps, allotment waiting-list gossip and pest emergencies.'),
  (9, 'localhistory', 'Local History', 1, 'Old photos and stories of the docks, the shipyards and the old town. Run with the Harbourside Historical Society; contact its archivist Olga Ivanova (olga.ivanova@harbourside-history.example) to donate photos.'),
  (10, 'foodtrucks', 'Food Trucks & Street Food', 1, 'Where is the dumpling truck today? Reviews welcome.'),
  (11, 'asklocals', 'Ask Harbourside', 1, 'Questions about living here: doctors, schools, plumbers, bin days.'),
  (12, 'photography', 'Harbourside Photography', 1, 'Your photos of the estuary, the city and the people in it (ask people before posting their faces).'),
  (13, 'birding', 'Estuary Birding', 1, 'Sightings from the mudflats and the reserve. Please do not share nest locations.'),
  (14, 'pets', 'Pets of Harbourside', 1, 'Dogs, cats, one very famous harbour seal.'),
  (15, 'events', 'What''s On', 1, 'Gigs, markets, meetups and festivals. Organisers welcome.'),
  (16, 'football', 'Harbourside Athletic FC', 1, 'Unofficial fan community of the Dockers. Match threads by @harbourside_news_bot.'),
  (17, 'transit', 'Buses & Trains', 1, 'Public transport in the region other than the ferries.'),
  (18, 'parenting', 'Parents of Harbourside', 1, 'Playgroups, schools, swaps of outgrown clothes. Do not post photos of other people''s children.'),
  (19, 'selfhosted_hb', 'Harbourside Self-Hosters', 1, 'Home servers, the Makerspace rack, monthly meetup at the library.'),
  (20, 'books', 'Book Club', 1, 'Monthly book club, meets at the library on the first Thursday.'),
  (21, 'music', 'Local Music', 1, 'Bands, open mics and rehearsal space.'),
  (22, 'stormwatch', 'Storm Watch', 1, 'Flood and storm warnings, sandbag points. Automatic posts by @tidewatch.'),
  (23, 'boats', 'Boats & Moorings', 1, 'Sailing, rowing, moorings for rent, engine troubles.'),
  (24, 'volunteering', 'Volunteering', 1, 'Beach cleans, food bank shifts, repair café.'),
  (25, 'meta', 'Instance Meta', 1, 'Announcements and feedback about lemmy.harbourside.example. Admins: @ngozi, @lars_a, @priya_sharma. Donations: see the sidebar.'),
  (26, 'university', 'Harbourside Uni', 1, 'Students and staff of Harbourside University. Not an official channel.'),
  (27, 'foodbank', 'Food Bank Updates', 1, 'Opening hours and what is most needed this week.'),
  (28, 'nightowls', 'Night Owls', 1, 'For the night-shift people. Nurses, dock workers, bakers.'),
  (29, 'housing_hb', 'Housing Market', 1, 'Prices, planning applications, new builds.'),
  (30, 'drafts_testing', 'Testing', 1, 'Admins test federation here. Hidden.'),
  (31, 'technology', 'Technology', 2, 'This is a most excellent place for technology news and articles.'),
  (32, 'world', 'World News', 2, 'A community for discussing events around the World.'),
  (33, 'asklemmy', 'Ask Lemmy', 3, 'A Fediverse community for open-ended, thought provoking questions.'),
  (34, 'linux', 'Linux', 3, 'From Wikipedia, the free encyclopedia. Linux is a family of open source Unix-like operating systems.'),
  (35, 'memes', 'memes', 2, 'Community rules: be civil, no spam, no reposts within a week.'),
  (36, 'fediverse', 'Fediverse', 3, 'A community to talk about the Fediverse and all its related services using ActivityPub.'),
  (37, 'nostupidquestions', 'No Stupid Questions', 2, 'No such thing. Ask away!'),
  (38, 'selfhosted', 'Selfhosted', 2, 'A place to share alternatives to popular online services that can be self-hosted without giving up privacy or locking you into a service you don''t control.'),
  (39, 'privacy', 'Privacy', 3, 'A place to discuss privacy and freedom in the digital world.'),
  (40, 'gaming', 'Gaming', 5, 'Video game news and discussion.'),
  (41, 'science', 'Science', 4, 'Studies, not press releases.'),
  (42, 'cycling', 'Cycling', 13, 'All things bike.'),
  (43, 'europe', 'Europe', 8, 'News and information from Europe.'),
  (44, 'uk', 'United Kingdom', 16, 'General UK discussion.'),
  (45, 'rust', 'Rust Programming', 6, 'Welcome to the Rust community!'),
  (46, 'programming', 'Programming', 6, 'All things programming and coding related.'),
  (47, 'mapporn', 'Map Porn', 2, 'Maps, maps, maps.'),
  (48, 'gardening', 'Gardening', 13, 'Solarpunk gardening.'),
  (49, 'canada', 'Canada', 10, 'What''s going on Canada?'),
  (50, 'deutschland', 'Deutschland', 8, 'Nachrichten und Diskussion über Deutschland.'),
  (51, 'france', 'France', 20, 'Communauté francophone.'),
  (52, 'brasil', 'Brasil', 22, 'Comunidade brasileira.'),
  (53, 'boardgames', 'Board Games', 5, 'Tabletop gaming.'),
  (54, 'photography', 'Photography', 7, 'Share your photos.'),
  (55, 'books', 'Books', 2, 'Reading and discussion.'),
  (56, 'fediverse', 'Fediverse', 29, 'Mbin magazine about the Fediverse.'),
  (57, 'news', 'News', 2, 'Serious news only.'),
  (58, 'aww', 'Aww', 2, 'Cute animals.'),
  (59, 'dealsdeals', 'HOT DEALS', 36, 'Best deals every day'),
  (60, 'piefed_meta', 'PieFed Meta', 31, 'Discussion about PieFed.');
UPDATE lgen.c c SET domain = t.domain, soft = t.software FROM instance t WHERE t.id = c.inst;

CREATE TABLE community (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    title varchar(255) NOT NULL,
    description text,
    removed boolean NOT NULL DEFAULT false,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    deleted boolean NOT NULL DEFAULT false,
    nsfw boolean NOT NULL DEFAULT false,
    actor_id varchar(255) NOT NULL UNIQUE,
    local boolean NOT NULL DEFAULT true,
    private_key text,
    public_key text NOT NULL,
    last_refreshed_at timestamptz NOT NULL DEFAULT now(),
    icon text,
    banner text,
    followers_url varchar(255),
    inbox_url varchar(255),
    shared_inbox_url varchar(255),
    hidden boolean NOT NULL DEFAULT false,
    posting_restricted_to_mods boolean NOT NULL DEFAULT false,
    instance_id int NOT NULL REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    moderators_url varchar(255),
    featured_url varchar(255),
    visibility community_visibility NOT NULL DEFAULT 'Public'
);
INSERT INTO community
SELECT c.i, c.name, c.title, c.descr, c.i = 59, timestamptz '2023-06-21 12:00:00+00' + make_interval(hours => c.i * 113 + fixture_gen.n('cpub', c.i, 100)),
       CASE WHEN c.i % 3 = 0 THEN timestamptz '2024-01-10 00:00:00+00' + make_interval(hours => fixture_gen.n('cupd', c.i, 7000)) END,
       FALSE, c.i = 59,
       'https://' || c.domain || CASE WHEN c.soft = 'mbin' THEN '/m/' ELSE '/c/' END || c.name,
       c.inst = 1,
       CASE WHEN c.inst = 1 THEN lgen.privkey('cpk', c.i) END,
       lgen.pubkey('cpub', c.i),
       CASE WHEN c.inst = 1 THEN timestamptz '2023-06-21 12:00:00+00' + make_interval(hours => c.i * 113) ELSE lgen.snap() - make_interval(secs => fixture_gen.n('cref', c.i, 86400 * 3)) END,
       CASE WHEN c.i % 4 <> 3 THEN 'https://' || c.domain || '/pictrs/image/' || fixture_gen.uuid('cicon', c.i) || '.png' END,
       CASE WHEN c.i % 3 = 1 THEN 'https://' || c.domain || '/pictrs/image/' || fixture_gen.uuid('cban', c.i) || '.jpeg' END,
       'https://' || c.domain || CASE WHEN c.soft = 'mbin' THEN '/m/' ELSE '/c/' END || c.name || '/followers',
       'https://' || c.domain || CASE WHEN c.soft = 'mbin' THEN '/m/' ELSE '/c/' END || c.name || '/inbox',
       'https://' || c.domain || '/inbox',
       c.i = 30, c.i IN (22, 25, 27),
       c.inst,
       'https://' || c.domain || CASE WHEN c.soft = 'mbin' THEN '/m/' ELSE '/c/' END || c.name || '/moderators',
       'https://' || c.domain || CASE WHEN c.soft = 'mbin' THEN '/m/' ELSE '/c/' END || c.name || '/featured',
       (CASE WHEN c.i = 30 THEN 'LocalOnly' ELSE 'Public' END)::community_visibility
FROM lgen.c c ORDER BY c.i;

CREATE TABLE community_language (
    id serial PRIMARY KEY,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    language_id int NOT NULL REFERENCES language ON UPDATE CASCADE ON DELETE CASCADE,
    UNIQUE (community_id, language_id)
);
INSERT INTO community_language (community_id, language_id)
SELECT DISTINCT c.id, l FROM community c CROSS JOIN LATERAL unnest(CASE c.id WHEN 50 THEN ARRAY[0, 6] WHEN 51 THEN ARRAY[0, 13] WHEN 52 THEN ARRAY[0, 25]
    ELSE ARRAY[0, 8] || CASE WHEN c.id <= 30 AND c.id % 4 = 0 THEN ARRAY[6, 24, 33, 20] ELSE ARRAY[]::int[] END END) l ORDER BY 1, 2;

CREATE TABLE community_follower (
    id serial PRIMARY KEY,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    pending boolean NOT NULL DEFAULT false,
    UNIQUE (community_id, person_id)
);
INSERT INTO community_follower (community_id, person_id, published, pending)
SELECT c.id, p.id, greatest(c.published, p.published) + make_interval(secs => fixture_gen.n('cfp', c.id * 1000 + p.id, 20000000)), c.id > 30 AND (c.id * 1000 + p.id) % 97 = 0
FROM community c JOIN person p ON (p.local OR c.local) AND fixture_gen.n('cf', c.id * 1000 + p.id, CASE WHEN c.local AND p.local THEN 11 WHEN c.local THEN 45 ELSE 24 END) = 0
WHERE p.id <= 420
ORDER BY 4, 1, 2;
UPDATE community_follower SET published = least(published, lgen.snap() - interval '1 hour');

CREATE TABLE community_moderator (
    id serial PRIMARY KEY,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (community_id, person_id)
);
INSERT INTO community_moderator (community_id, person_id, published)
SELECT DISTINCT ON (c, p) c, p, (SELECT published FROM community WHERE id = c) + make_interval(secs => fixture_gen.n('cmp', c * 10 + k, 5000000))
FROM (SELECT c, k, CASE WHEN c <= 30 THEN CASE WHEN k = 1 THEN 1 + (c % 3) ELSE 8 + fixture_gen.n('cmo', c * 10 + k, 182) END ELSE 191 + fixture_gen.n('cmr', c * 10 + k, 230) END AS p
      FROM generate_series(1, 60) c, generate_series(1, 3) k WHERE k = 1 OR fixture_gen.n('cmk', c * 10 + k, 3) <> 0) x
ORDER BY c, p;
UPDATE community_moderator m SET person_id = 5 WHERE community_id = 2 AND person_id = 3;

CREATE TABLE community_person_ban (
    id serial PRIMARY KEY,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    expires timestamptz,
    UNIQUE (community_id, person_id)
);
INSERT INTO community_person_ban (community_id, person_id, published, expires)
SELECT DISTINCT ON (c, p) c, p, t, CASE WHEN k % 3 = 0 THEN t + make_interval(days => 7 + k % 60) END
FROM (SELECT k, 1 + fixture_gen.n('cpbc', k, 29) AS c, CASE WHEN k % 5 = 0 THEN 421 + k % 4 ELSE 8 + fixture_gen.n('cpbp', k, 412) END AS p,
             lgen.at('cpbt', k, timestamptz '2023-09-01 00:00:00+00', lgen.snap()) AS t FROM generate_series(1, 45) k) x ORDER BY c, p;

CREATE TABLE community_block (
    id serial PRIMARY KEY,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (person_id, community_id)
);
INSERT INTO community_block (person_id, community_id, published)
SELECT DISTINCT ON (p, c) p, c, lgen.at('cbt', k, timestamptz '2023-08-01 00:00:00+00', lgen.snap())
FROM (SELECT k, 8 + fixture_gen.n('cbp', k, 182) AS p, (ARRAY[35, 35, 32, 57, 40, 16, 59, 47, 49, 58])[1 + fixture_gen.n('cbc', k, 10)] AS c FROM generate_series(1, 80) k) x ORDER BY p, c;

-- ---------------------------------------------------------------- posts
-- kind: 0 lost pet, 1 found item, 2 for sale, 3 news link (bot), 4 ferry
-- status (bot), 5 local question, 6 landscape photo, 7 family photo, 8 job ad,
-- 9 tenants, 10 tech link, 11 meme, 12 event, 13 obituary, 14 found wallet,
-- 15 self-hosting question
CREATE TABLE lgen.po (i int PRIMARY KEY, kind int, creator int, community int, t timestamptz, remote_form text);
INSERT INTO lgen.po (i, kind, t)
SELECT i, fixture_gen.n('pok', i, 16), timestamptz '2023-07-01 08:00:00+00' + make_interval(hours => i * 38 + fixture_gen.n('pot', i, 30), mins => fixture_gen.n('potm', i, 60))
FROM generate_series(1, 320) i;
UPDATE lgen.po SET community = CASE kind WHEN 0 THEN 3 WHEN 1 THEN 3 WHEN 14 THEN 3 WHEN 2 THEN 4 WHEN 3 THEN (ARRAY[1, 1, 16, 29])[1 + i % 4] WHEN 4 THEN 2 WHEN 5 THEN 11
    WHEN 6 THEN (ARRAY[12, 13, 54, 23])[1 + i % 4] WHEN 7 THEN (ARRAY[1, 12])[1 + i % 2] WHEN 8 THEN 7 WHEN 9 THEN 5 WHEN 10 THEN (ARRAY[31, 34, 38, 45, 46, 36, 39])[1 + i % 7]
    WHEN 11 THEN (ARRAY[35, 58, 37, 33])[1 + i % 4] WHEN 12 THEN (ARRAY[15, 24, 20, 6, 27])[1 + i % 5] WHEN 13 THEN (ARRAY[1, 9])[1 + i % 2] ELSE (ARRAY[38, 19, 56])[1 + i % 3] END;
UPDATE lgen.po SET creator = CASE WHEN kind = 3 THEN 4 WHEN kind = 4 THEN 5
    WHEN community <= 30 THEN CASE WHEN i % 6 = 0 THEN 191 + fixture_gen.n('poc', i, 230) ELSE 8 + fixture_gen.n('poc', i, 183) END
    ELSE CASE WHEN i % 3 = 0 THEN 8 + fixture_gen.n('poc', i, 183) ELSE 191 + fixture_gen.n('poc', i, 230) END END;
UPDATE lgen.po SET creator = 1 WHERE i IN (3, 77);
UPDATE lgen.po SET creator = 421 + i % 4, community = 59, kind = 2 WHERE i % 41 = 40;
UPDATE lgen.po SET t = least(t, lgen.snap() - interval '2 hours');

CREATE TABLE post (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    url varchar(2000),
    body text,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    removed boolean NOT NULL DEFAULT false,
    locked boolean NOT NULL DEFAULT false,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    deleted boolean NOT NULL DEFAULT false,
    nsfw boolean NOT NULL DEFAULT false,
    embed_title text,
    embed_description text,
    thumbnail_url text,
    ap_id varchar(255) NOT NULL UNIQUE,
    local boolean NOT NULL DEFAULT true,
    embed_video_url text,
    language_id int NOT NULL DEFAULT 0 REFERENCES language,
    featured_community boolean NOT NULL DEFAULT false,
    featured_local boolean NOT NULL DEFAULT false,
    url_content_type text,
    alt_text text
);
INSERT INTO post
SELECT o.i,
       -- name: the title
       left(CASE WHEN o.community = 59 THEN 'Rolex Submariner replica only $89 !!! free shipping'
         ELSE CASE o.kind
         WHEN 0 THEN 'Lost: ' || fixture_gen.pick(ARRAY['ginger cat', 'black labrador', 'grey tabby', 'border collie', 'white rabbit', 'tortoiseshell cat'], 'popet', o.i) || ' "' || fixture_gen.pick(ARRAY['Mochi', 'Biscuit', 'Luna', 'Pepper', 'Simba', 'Noodle'], 'ponm', o.i) || '" near ' || fixture_gen.street('post', o.i) || ', ' || CASE WHEN p.local THEN p.city ELSE 'Harbourside' END
         WHEN 1 THEN 'Found: ' || fixture_gen.pick(ARRAY['keys with a blue fob', 'a child''s scooter', 'prescription glasses in a red case', 'a hearing aid', 'a camera bag'], 'pofi', o.i) || ' on the ' || fixture_gen.pick(ARRAY['Q2 ferry', 'Clock Tower steps', 'No. 14 bus', 'beach by Kettle Point'], 'pofw', o.i)
         WHEN 2 THEN '[FS] ' || fixture_gen.pick(ARRAY['Kids'' bike, 20 inch', 'Sofa bed, grey', 'Sea kayak with paddle', 'Washing machine, 2 years old', 'Box of vinyl records'], 'pofs', o.i) || ' - £' || (20 + fixture_gen.n('popr', o.i, 280))::text
         WHEN 3 THEN fixture_gen.pick(ARRAY['Council approves new cycle lane on Dock Road', 'Harbourside Athletic sign new striker on loan', 'Shipyard redevelopment plans go on display', 'Bin collection days change from January',
                       'Estuary bird reserve extended by 40 hectares', 'Night bus N7 to be withdrawn, council confirms', 'New ferry pontoon opens at Saltmarsh Quay', 'Library extends Sunday opening hours'], 'ponw', o.i)
         WHEN 4 THEN 'Q' || (1 + o.i % 3)::text || ' ferry: ' || fixture_gen.pick(ARRAY['20 min delay (weather)', 'cancelled 17:40 sailing', 'back to normal timetable', 'reduced service, crew shortage'], 'pofy', o.i)
         WHEN 5 THEN fixture_gen.pick(ARRAY['Any recommendations for a dentist taking new patients?', 'Which broadband provider works in the old town?', 'Best place for dim sum?', 'Where do I recycle old paint?', 'Is the Eastgate pool open in winter?'], 'poq', o.i)
         WHEN 6 THEN fixture_gen.pick(ARRAY['Sunset over the estuary from Kettle Point', 'Fog rolling in at the Quay this morning', 'Avocets on the mudflats', 'The old crane at night', 'Storm waves at the harbour wall'], 'poph', o.i)
         WHEN 7 THEN fixture_gen.pick(ARRAY['Our neighbour ', 'My old teacher ', 'Our friend ', 'My godparent '], 'pofam', o.i) || fixture_gen.full_name('pofn', o.i) || fixture_gen.pick(ARRAY[' turned 90 today!', ' finally retired from the docks after 41 years', ' at their first parkrun, aged 78'], 'pofe', o.i)
         WHEN 8 THEN '[Hiring] ' || fixture_gen.pick(ARRAY['Barista at Kestrel Café', 'Deckhand, Quay Ferries', 'Junior developer at Tidewater Labs', 'Night porter, Harbour Hotel', 'Care assistant, Seaview Home'], 'pojob', o.i) || ', £' || (11 + fixture_gen.n('posal', o.i, 20))::text || '/h'
         WHEN 9 THEN fixture_gen.pick(ARRAY['Landlord keeping my deposit', 'Mould in the flat, agency ignoring us', 'Rent up 18% - is that legal?', 'Section 21 notice received'], 'poten', o.i)
         WHEN 10 THEN fixture_gen.pick(ARRAY['Firefox 132 released with new privacy features', 'Linux 6.12 is out', 'Lemmy 0.19.7 release notes', 'Immich v1.120 adds face search', 'EU fines big tech over dark patterns', 'Rust 1.83 released'], 'potech', o.i)
         WHEN 11 THEN fixture_gen.pick(ARRAY['Every time', 'Me on Monday', 'It do be like that', 'cat.exe has stopped working', 'Rule'], 'pomeme', o.i)
         WHEN 12 THEN fixture_gen.pick(ARRAY['Repair café this Saturday at the library', 'Beach clean Sunday 10am, Kettle Point', 'Open mic night at The Anchor', 'Book club: November pick', 'Food bank needs volunteers for Christmas'], 'poev', o.i)
         WHEN 13 THEN 'RIP ' || fixture_gen.full_name('porip', o.i) || ', ' || fixture_gen.pick(ARRAY['the harbour''s favourite busker', 'crossing warden at St Mary''s school for 30 years', 'who ran the chip shop on the Quay'], 'porw', o.i)
         WHEN 14 THEN 'Found a wallet near the station with ID of ' || fixture_gen.full_name('powal', o.i)
         ELSE fixture_gen.pick(ARRAY['How do I self-host Immich behind Caddy?', 'Backup strategy for a Raspberry Pi NAS?', 'Which Lemmy app do you use?', 'Tailscale vs WireGuard for a home lab'], 'posh', o.i) END END, 200),
       -- url
       CASE WHEN o.community = 59 THEN 'https://freshdeals4u.example/go/' || lgen.tok('posp', o.i, 8)
            WHEN o.kind = 3 THEN 'https://harbourside-gazette.example/news/' || to_char(o.t, 'YYYY/MM') || '/' || (400000 + o.i * 37)::text
            WHEN o.kind IN (6, 7, 11) OR (o.kind IN (0, 2) AND o.i % 2 = 0) THEN 'https://' || p.domain || '/pictrs/image/' || fixture_gen.uuid('pourl', o.i) || '.jpeg'
            WHEN o.kind = 10 THEN fixture_gen.pick(ARRAY['https://www.mozilla.org/en-US/firefox/132.0/releasenotes/', 'https://lwn.net/Articles/998765/', 'https://join-lemmy.org/news/2024-11-19_-_Lemmy_Release_v0.19.7', 'https://immich.app/blog/v1.120',
                 'https://www.theverge.com/2024/11/eu-dark-patterns-fine', 'https://blog.rust-lang.org/2024/11/28/Rust-1.83.0.html'], 'potech', o.i)
            WHEN o.kind = 12 AND o.i % 3 = 0 THEN 'https://www.youtube.com/watch?v=' || lgen.b64url('poyt', o.i, 8) END,
       -- body
       CASE WHEN o.community = 59 THEN 'Visit our store!!! WhatsApp +62 812 ' || fixture_gen.digits('pospb', o.i, 8)
         ELSE CASE o.kind
         WHEN 0 THEN 'She slipped out on ' || to_char(o.t, 'FMDay') || ' evening and has not come back. Chipped, very shy. If you see her please call or text me on ' || p.phone || ' any time, or DM. Thank you! - ' || p.first
         WHEN 1 THEN 'Handed in at the ticket office. Or message me and describe it.'
         WHEN 2 THEN 'Collection from ' || fixture_gen.street('pofs', o.i) || ', ' || CASE WHEN p.local THEN p.city ELSE 'Harbourside' END || '. Cash or bank transfer. Text ' || p.phone || '.'
         WHEN 4 THEN 'Source: operator status page. Next update in 30 minutes.'
         WHEN 5 THEN CASE WHEN o.i % 2 = 0 THEN 'Just moved here from ' || fixture_gen.city('pofrom', o.i) || ' and don''t know anyone yet. Thanks in advance!' END
         WHEN 7 THEN 'Grew up on ' || fixture_gen.street('pofst', o.i) || ' and still lives two doors down from the house she was born in (' || to_char(fixture_gen.birth_date('pobd', o.i), 'FMDD FMMonth YYYY') || '). Family photo with permission.'
         WHEN 8 THEN 'Part time, weekends included. Send your CV to ' || fixture_gen.first_name('pojc', o.i) || ' at ' || fixture_gen.email('pojc', o.i) || ' or drop by. ' || fixture_gen.sentence('pojs', o.i)
         WHEN 9 THEN 'Our landlord, ' || fixture_gen.full_name('polord', o.i) || ', still has our £' || (600 + fixture_gen.n('podep', o.i, 1400))::text || ' deposit from the flat at ' || fixture_gen.street('poten', o.i)
                     || '. The agency says it is not protected. Has anyone taken him to the small claims court? I can share the letters, email me at ' || coalesce(p.email, 'my profile address') || '.'
         WHEN 10 THEN CASE WHEN o.i % 3 = 0 THEN 'Long overdue. Changelog in the link.' END
         WHEN 12 THEN fixture_gen.pick(ARRAY['Everyone welcome, bring your broken toasters and torn jackets. Tea and cake provided.', 'Gloves and bags provided. Meet at the car park.', 'Sign-up sheet at the bar from 7pm. Acoustic only.',
                       'This month we read a novel about a lighthouse keeper. Discussion on the first Thursday.', 'Shifts of three hours, no experience needed.'], 'poev', o.i)
         WHEN 13 THEN 'Many of you will remember ' || split_part(fixture_gen.full_name('porip', o.i), ' ', 1) || ' from the Quay. Funeral is on Friday at St Mary''s, 11:00. The family asks for donations to the lifeboat station instead of flowers.'
         WHEN 14 THEN 'Handed it in to the police station on Victoria Road. Posting here in case they see it - the address on the card is in ' || fixture_gen.city('powc', o.i) || '.'
         WHEN 15 THEN 'I have a ' || fixture_gen.pick(ARRAY['Pi 5', 'NUC', 'old ThinkPad'], 'posh2', o.i) || ' with Docker. ' || fixture_gen.pick(ARRAY['Any tips?', 'What would you do?', 'Config below.'], 'posh3', o.i) END END,
       o.creator, o.community,
       o.i % 43 = 5 OR o.community = 59, o.i % 37 = 4, o.t,
       CASE WHEN o.i % 7 = 0 THEN o.t + make_interval(mins => 5 + fixture_gen.n('poupd', o.i, 3000)) END,
       o.i % 61 = 11, o.kind = 11 AND o.i % 9 = 0,
       -- embed: the linked page's metadata
       CASE WHEN o.kind = 3 THEN fixture_gen.pick(ARRAY['Council approves new cycle lane on Dock Road', 'Harbourside Athletic sign new striker on loan', 'Shipyard redevelopment plans go on display', 'Bin collection days change from January',
                       'Estuary bird reserve extended by 40 hectares', 'Night bus N7 to be withdrawn, council confirms', 'New ferry pontoon opens at Saltmarsh Quay', 'Library extends Sunday opening hours'], 'ponw', o.i) || ' | Harbourside Gazette'
            WHEN o.kind = 10 THEN fixture_gen.pick(ARRAY['Firefox 132.0, See All New Features, Updates and Fixes', 'Linux 6.12 released [LWN.net]', 'Lemmy Release v0.19.7 - Lemmy', 'Release v1.120.0 · immich-app/immich', 'EU fines Big Tech over dark patterns - The Verge', 'Announcing Rust 1.83.0 | Rust Blog'], 'potech', o.i)
            WHEN o.kind = 12 AND o.i % 3 = 0 THEN 'Harbourside Repair Café - how it works' END,
       CASE WHEN o.kind = 3 THEN fixture_gen.pick(ARRAY['The scheme will run from the Clock Tower to the ferry terminal and is expected to be finished next summer.', 'Councillors voted 31 to 9 in favour of the plans on Tuesday night.',
                       'Residents have until the end of the month to comment on the proposals.', 'The change affects about 40,000 households in the east of the city.'], 'pone', o.i)
            WHEN o.kind = 10 THEN 'Release notes and the list of changes in this version.' END,
       CASE WHEN o.kind IN (3, 6, 7, 10, 11) OR (o.kind = 12 AND o.i % 3 = 0) THEN 'https://' || lgen.dom() || '/pictrs/image/' || fixture_gen.uuid('pothumb', o.i) || '.webp' END,
       -- ap_id
       CASE WHEN o.creator <= 190 THEN 'https://' || lgen.dom() || '/post/' || o.i
            ELSE CASE p.soft WHEN 'mastodon' THEN p.actor || '/statuses/' || (113000000000000000 + o.i::bigint * 1000003 + fixture_gen.n('posf', o.i, 999))::text
                 WHEN 'pixelfed' THEN 'https://' || p.domain || '/p/' || p.uname || '/' || (700000000000000000 + o.i::bigint * 7919)::text
                 WHEN 'misskey' THEN 'https://misskey.io/notes/' || fixture_gen.chars('pomk', o.i, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')
                 WHEN 'friendica' THEN 'https://' || p.domain || '/objects/' || fixture_gen.uuid('pofr', o.i)
                 WHEN 'mbin' THEN 'https://' || p.domain || '/m/' || c.name || '/t/' || (100000 + o.i * 13)::text
                 WHEN 'kbin' THEN 'https://' || p.domain || '/m/' || c.name || '/t/' || (100000 + o.i * 13)::text
                 ELSE 'https://' || p.domain || '/post/' || (8000000 + o.i * 3917)::text END END,
       o.creator <= 190,
       CASE WHEN o.kind = 12 AND o.i % 3 = 0 THEN 'https://www.youtube.com/embed/' || lgen.b64url('poyt', o.i, 8) END,
       CASE WHEN c.id = 50 THEN 6 WHEN c.id = 51 THEN 13 WHEN c.id = 52 THEN 25 WHEN o.i % 5 = 0 THEN 0 ELSE 8 END,
       o.i IN (12, 140, 233), o.i IN (77, 3),
       NULL,
       -- alt_text of image posts
       CASE WHEN o.kind = 6 AND o.i % 2 = 0 THEN fixture_gen.pick(ARRAY['Orange sky over the mudflats, two boats at anchor', 'Grey fog hiding the ferry terminal, only the cranes visible', 'A flock of black and white wading birds with upturned beaks', 'A rusty dockside crane lit from below', 'Waves breaking over a stone wall, spray everywhere'], 'poph', o.i)
            WHEN o.kind = 7 THEN split_part(fixture_gen.full_name('pofn', o.i), ' ', 1) || ' in a blue cardigan, holding a cake, with ' || fixture_gen.first_name('poalk', o.i) || ' and ' || fixture_gen.first_name('poalj', o.i) || ' either side'
            WHEN o.kind = 0 AND o.i % 2 = 0 THEN 'Photo of the missing pet on our sofa' END
FROM lgen.po o JOIN lgen.p p ON p.i = o.creator JOIN community c ON c.id = o.community ORDER BY o.i;
UPDATE post SET url_content_type = CASE WHEN url LIKE '%/pictrs/%' THEN 'image/jpeg' WHEN url LIKE '%youtube%' THEN 'text/html; charset=utf-8' WHEN url IS NOT NULL THEN 'text/html; charset=UTF-8' END;

CREATE TABLE post_like (
    id serial PRIMARY KEY,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    score smallint NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (post_id, person_id)
);
INSERT INTO post_like (post_id, person_id, score, published)
SELECT DISTINCT ON (po, pe) po, pe, CASE WHEN fixture_gen.n('plsc', k, 9) = 0 THEN -1 ELSE 1 END, (SELECT published FROM post WHERE id = po) + make_interval(secs => 60 + fixture_gen.n('plt', k, 200000))
FROM (SELECT k, 1 + fixture_gen.n('plpo', k, 320) AS po, CASE WHEN k % 3 = 0 THEN 191 + fixture_gen.n('plpe', k, 230) ELSE 1 + fixture_gen.n('plpe', k, 190) END AS pe FROM generate_series(1, 700) k) x
ORDER BY po, pe;

CREATE TABLE post_saved (
    id serial PRIMARY KEY,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (post_id, person_id)
);
INSERT INTO post_saved (post_id, person_id, published)
SELECT DISTINCT ON (po, pe) po, pe, (SELECT published FROM post WHERE id = po) + make_interval(secs => 600 + fixture_gen.n('pst', k, 900000))
FROM (SELECT k, 1 + fixture_gen.n('pspo', k, 320) AS po, 1 + fixture_gen.n('pspe', k, 190) AS pe FROM generate_series(1, 160) k) x ORDER BY po, pe;

CREATE TABLE post_read (
    id serial PRIMARY KEY,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (post_id, person_id)
);
INSERT INTO post_read (post_id, person_id, published)
SELECT DISTINCT ON (po, pe) po, pe, (SELECT published FROM post WHERE id = po) + make_interval(secs => 30 + fixture_gen.n('prt', k, 400000))
FROM (SELECT k, 1 + fixture_gen.n('prpo', k, 320) AS po, 1 + fixture_gen.n('prpe', k, 190) AS pe FROM generate_series(1, 600) k) x ORDER BY po, pe;

CREATE TABLE post_hide (
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, post_id)
);
INSERT INTO post_hide (post_id, person_id, published)
SELECT DISTINCT ON (pe, po) po, pe, (SELECT published FROM post WHERE id = po) + make_interval(secs => 30 + fixture_gen.n('pht', k, 400000))
FROM (SELECT k, 1 + fixture_gen.n('phpo', k, 320) AS po, 1 + fixture_gen.n('phpe', k, 190) AS pe FROM generate_series(1, 70) k) x ORDER BY pe, po;

CREATE TABLE post_report (
    id serial PRIMARY KEY,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    original_post_name varchar(200) NOT NULL,
    original_post_url text,
    original_post_body text,
    reason text NOT NULL,
    resolved boolean NOT NULL DEFAULT false,
    resolver_id int REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    UNIQUE (post_id, creator_id)
);
INSERT INTO post_report (creator_id, post_id, original_post_name, original_post_url, original_post_body, reason, resolved, resolver_id, published, updated)
SELECT DISTINCT ON (x.po, x.rep) x.rep, x.po, p.name, p.url, p.body,
       CASE WHEN p.community_id = 59 THEN fixture_gen.pick(ARRAY['spam', 'Spam, counterfeit goods', 'bot spam again', 'scam link'], 'prr', k)
         WHEN k % 5 = 3 THEN fixture_gen.pick(ARRAY['Rule 3: no personal info', 'Breaks rule 1', 'Off topic', 'Misinformation'], 'prr', k)
         WHEN k % 11 = 6 THEN 'Harassment. This account keeps messaging my daughter ' || fixture_gen.first_name('prd', k) || ' (she is 15) about this post.'
         ELSE CASE o.kind
           WHEN 0 THEN 'This is my address, please take it down. I never agreed to it being posted.'
           WHEN 2 THEN 'Scam. The seller asked me to pay with gift cards and now blocks me. My name is ' || fixture_gen.full_name('prsc', k) || ' if the mods need it.'
           WHEN 7 THEN 'Photo of me posted without consent, I''m the one on the left. Please remove. You can reach me at ' || fixture_gen.email('prem', k)
           WHEN 9 THEN 'The landlord named here is my father, ' || trim(split_part(p.body, ',', 2)) || '. This is a private dispute and he is getting calls at home on ' || fixture_gen.phone('prph', k) || '. Doxxing.'
           WHEN 13 THEN 'The family has not announced this publicly yet. I am the grandson, ' || fixture_gen.first_name('prgs', k) || '. Please lock this until Friday.'
           WHEN 14 THEN 'The wallet is mine, I live at ' || fixture_gen.street('prws', k) || '. Please remove my name from the title, I have it back.'
           ELSE 'Off topic' END END,
       k % 4 <> 0, CASE WHEN k % 4 <> 0 THEN 1 + k % 3 END,
       p.published + make_interval(secs => 600 + fixture_gen.n('prt', k, 400000)),
       CASE WHEN k % 4 <> 0 THEN p.published + make_interval(secs => 500000 + fixture_gen.n('pru', k, 400000)) END
FROM (SELECT k, (SELECT id FROM post WHERE id IN (SELECT i FROM lgen.po WHERE kind IN (0, 2, 7, 9, 13, 14) OR community = 59) ORDER BY md5('prpo' || k || id) LIMIT 1) AS po,
             CASE WHEN k % 5 = 0 THEN 191 + fixture_gen.n('prre', k, 230) ELSE 8 + fixture_gen.n('prre', k, 182) END AS rep FROM generate_series(1, 50) k) x
JOIN post p ON p.id = x.po JOIN lgen.po o ON o.i = p.id ORDER BY x.po, x.rep;
UPDATE post_report SET published = least(published, lgen.snap() - interval '3 hours'), updated = least(updated, lgen.snap() - interval '1 hour');

-- ---------------------------------------------------------------- comments
-- 1-400 top-level comments, 401-620 replies to them, 621-720 replies to
-- replies. path is an ltree in Lemmy ('0.<ancestor ids>.<id>'); kept as text.
CREATE TABLE lgen.co (i int PRIMARY KEY, post int, parent int, creator int, t timestamptz, path text);
INSERT INTO lgen.co (i, post, creator)
SELECT i, 1 + fixture_gen.n('cop', i, 320), CASE WHEN i % 5 IN (1, 3) THEN 191 + fixture_gen.n('coc', i, 230) ELSE 1 + fixture_gen.n('coc', i, 190) END FROM generate_series(1, 400) i;
UPDATE lgen.co SET path = '0.' || i;
INSERT INTO lgen.co (i, parent, creator) SELECT i, 1 + fixture_gen.n('copa', i, 400), CASE WHEN i % 5 IN (1, 3) THEN 191 + fixture_gen.n('coc', i, 230) ELSE 1 + fixture_gen.n('coc', i, 190) END FROM generate_series(401, 620) i;
INSERT INTO lgen.co (i, parent, creator) SELECT i, 401 + fixture_gen.n('copa', i, 220), CASE WHEN i % 5 IN (1, 3) THEN 191 + fixture_gen.n('coc', i, 230) ELSE 1 + fixture_gen.n('coc', i, 190) END FROM generate_series(621, 720) i;
UPDATE lgen.co c SET post = p.post, path = p.path || '.' || c.i FROM lgen.co p WHERE p.i = c.parent AND c.i BETWEEN 401 AND 620;
UPDATE lgen.co c SET post = p.post, path = p.path || '.' || c.i FROM lgen.co p WHERE p.i = c.parent AND c.i > 620;
UPDATE lgen.co c SET t = least(p.published + make_interval(secs => 120 + fixture_gen.n('cot', c.i, 300000) + CASE WHEN c.i > 400 THEN 300000 ELSE 0 END + CASE WHEN c.i > 620 THEN 200000 ELSE 0 END), lgen.snap() - make_interval(mins => c.i % 50))
FROM post p WHERE p.id = c.post;

CREATE TABLE comment (
    id serial PRIMARY KEY,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    content text NOT NULL,
    removed boolean NOT NULL DEFAULT false,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    deleted boolean NOT NULL DEFAULT false,
    ap_id varchar(255) NOT NULL UNIQUE,
    local boolean NOT NULL DEFAULT true,
    path text NOT NULL DEFAULT '0',
    distinguished boolean NOT NULL DEFAULT false,
    language_id int NOT NULL DEFAULT 0 REFERENCES language
);
INSERT INTO comment
SELECT c.i, c.creator, c.post,
       CASE WHEN c.i % 67 = 3 THEN '*Permanently Deleted*'
         ELSE CASE WHEN p.soft IN ('mastodon', 'misskey', 'friendica', 'pixelfed') THEN '[@' || coalesce(pa.uname, 'someone') || '@' || coalesce(pa.domain, lgen.dom()) || '](' || coalesce(pa.actor, 'https://' || lgen.dom()) || ') ' ELSE '' END
         || CASE fixture_gen.n('cok', c.i, 15)
           WHEN 0 THEN fixture_gen.pick(ARRAY['Thanks, that''s really helpful!', 'This is the way.', 'Came here to say this.', 'Agreed, the council should have done this years ago.', 'Same here, no idea why.'], 'coa', c.i)
           WHEN 1 THEN fixture_gen.pick(ARRAY['Honestly the ferry has been worse since the new timetable.', 'I don''t think that is legal, check the tenancy agreement.', 'Beautiful shot! What lens?', 'Works fine for me on Firefox.', 'The dumpling truck was by the library on Tuesday.'], 'cob', c.i)
           WHEN 2 THEN 'I think I saw ' || fixture_gen.pick(ARRAY['her', 'him', 'it'], 'coc2', c.i) || ' this morning on ' || fixture_gen.street('cost', c.i) || '! Will keep an eye out.'
           WHEN 3 THEN '@' || coalesce(pa.uname, 'ngozi') || ' is right, you need to ask for it in writing.'
           WHEN 4 THEN 'My ' || fixture_gen.pick(ARRAY['brother', 'sister', 'cousin', 'flatmate'], 'corel', c.i) || ' ' || fixture_gen.full_name('corn', c.i) || ' works there, tell them I sent you.'
           WHEN 5 THEN 'Call the council housing line on 01632 960 000, they have to respond within 14 days.'
           WHEN 6 THEN 'DM''d you. My number is ' || pp.phone || ' if that is easier.'
           WHEN 7 THEN 'Try ' || fixture_gen.first_name('cotr', c.i) || ' at ' || fixture_gen.pick(ARRAY['Quayside Dental', 'Dockside Plumbing', 'the repair café', 'Mill Lane Cycles'], 'cobiz', c.i) || ', did ours last year. ' || fixture_gen.email('cotr', c.i)
           WHEN 8 THEN 'I live at ' || fixture_gen.street('coliv', c.i) || ' and can confirm, the whole street flooded again.'
           WHEN 9 THEN fixture_gen.pick(ARRAY['Use the docker compose file from the docs and put Caddy in front, it handles TLS for you.', 'Restic to a Backblaze bucket, nightly. Test your restores!', 'I use Voyager on iOS and Jerboa on Android.', 'WireGuard, no contest, if you can open a port.'], 'cotech', c.i)
           WHEN 10 THEN 'Happy birthday ' || fixture_gen.first_name('cohb', c.i) || '! Hope you had a good one.'
           WHEN 11 THEN 'Condolences to the family. ' || fixture_gen.first_name('corip', c.i) || ' always gave my kids free chips.'
           WHEN 12 THEN fixture_gen.pick(ARRAY['lol', 'This.', '^', '😂', '+1'], 'cosh', c.i)
           WHEN 13 THEN 'Source: https://harbourside-gazette.example/news/2024/' || lpad((1 + c.i % 11)::text, 2, '0') || '/' || (400000 + c.i * 31)::text
           ELSE 'Replying from ' || fixture_gen.city('cocity', c.i) || ', we have the same problem here. ' || fixture_gen.pick(ARRAY['Nobody fixes anything until the local paper writes about it.', 'Took them three months to reply.', 'Good luck!'], 'cosent', c.i) END END,
       c.i % 89 = 7, c.t, CASE WHEN c.i % 9 = 0 THEN c.t + make_interval(mins => 1 + fixture_gen.n('coupd', c.i, 600)) END, c.i % 67 = 3,
       CASE WHEN pp.local THEN 'https://' || lgen.dom() || '/comment/' || c.i
            ELSE CASE pp.soft WHEN 'mastodon' THEN pp.actor || '/statuses/' || (113000000000000000 + c.i::bigint * 100003 + fixture_gen.n('cosf', c.i, 999))::text
                 WHEN 'pixelfed' THEN 'https://' || pp.domain || '/p/' || pp.uname || '/' || (700000000000000000 + c.i::bigint * 7919)::text
                 WHEN 'misskey' THEN 'https://misskey.io/notes/' || fixture_gen.chars('comk', c.i, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')
                 WHEN 'friendica' THEN 'https://' || pp.domain || '/objects/' || fixture_gen.uuid('cofr', c.i)
                 WHEN 'mbin' THEN 'https://' || pp.domain || '/m/' || cm.name || '/t/' || (100000 + c.post * 13)::text || '/-/comment/' || (2000000 + c.i * 7)::text
                 WHEN 'kbin' THEN 'https://' || pp.domain || '/m/' || cm.name || '/t/' || (100000 + c.post * 13)::text || '/-/comment/' || (2000000 + c.i * 7)::text
                 ELSE 'https://' || pp.domain || '/comment/' || (5000000 + c.i * 2711)::text END END,
       pp.local, c.path, c.creator IN (1, 2, 3) AND c.i % 4 = 0,
       CASE WHEN cm.id = 50 THEN 6 WHEN cm.id = 51 THEN 13 WHEN c.i % 6 = 0 THEN 0 ELSE 8 END
FROM lgen.co c JOIN lgen.p pp ON pp.i = c.creator
JOIN lgen.p p ON p.i = c.creator
LEFT JOIN lgen.co par ON par.i = c.parent LEFT JOIN lgen.p pa ON pa.i = coalesce(par.creator, (SELECT creator_id FROM post WHERE id = c.post))
JOIN post po ON po.id = c.post JOIN community cm ON cm.id = po.community_id
ORDER BY c.i;

CREATE TABLE comment_like (
    id serial PRIMARY KEY,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    comment_id int NOT NULL REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    score smallint NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (comment_id, person_id)
);
INSERT INTO comment_like (person_id, comment_id, post_id, score, published)
SELECT DISTINCT ON (co, pe) pe, co, (SELECT post_id FROM comment WHERE id = co), CASE WHEN fixture_gen.n('clsc', k, 7) = 0 THEN -1 ELSE 1 END,
       (SELECT published FROM comment WHERE id = co) + make_interval(secs => 30 + fixture_gen.n('clt', k, 100000))
FROM (SELECT k, 1 + fixture_gen.n('clco', k, 720) AS co, CASE WHEN k % 3 = 0 THEN 191 + fixture_gen.n('clpe', k, 230) ELSE 1 + fixture_gen.n('clpe', k, 190) END AS pe FROM generate_series(1, 800) k) x
ORDER BY co, pe;

CREATE TABLE comment_saved (
    id serial PRIMARY KEY,
    comment_id int NOT NULL REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (comment_id, person_id)
);
INSERT INTO comment_saved (comment_id, person_id, published)
SELECT DISTINCT ON (co, pe) co, pe, (SELECT published FROM comment WHERE id = co) + make_interval(secs => 300 + fixture_gen.n('cst', k, 600000))
FROM (SELECT k, 1 + fixture_gen.n('csco', k, 720) AS co, 1 + fixture_gen.n('cspe', k, 190) AS pe FROM generate_series(1, 120) k) x ORDER BY co, pe;

CREATE TABLE comment_report (
    id serial PRIMARY KEY,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    comment_id int NOT NULL REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    original_comment_text text NOT NULL,
    reason text NOT NULL,
    resolved boolean NOT NULL DEFAULT false,
    resolver_id int REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    UNIQUE (comment_id, creator_id)
);
INSERT INTO comment_report (creator_id, comment_id, original_comment_text, reason, resolved, resolver_id, published, updated)
SELECT DISTINCT ON (x.co, x.rep) x.rep, x.co, c.content,
       CASE fixture_gen.n('crk', k, 8)
         WHEN 0 THEN 'That is my home address. Please delete.'
         WHEN 1 THEN 'Posting my sister''s phone number. She is ' || fixture_gen.full_name('crs', k) || ' and did not agree to this.'
         WHEN 2 THEN 'Rule 2: be civil'
         WHEN 3 THEN 'spam'
         WHEN 4 THEN 'This user is my ex and is using this to find where I live. Please ban. I am ' || fixture_gen.full_name('crx', k) || ', reachable at ' || fixture_gen.email('crx', k)
         WHEN 5 THEN 'Transphobia'
         WHEN 6 THEN 'Impersonating ' || fixture_gen.full_name('cri', k) || ', the real one is @' || (SELECT uname FROM lgen.p WHERE i = 8 + k % 180)
         ELSE 'Off topic' END,
       k % 3 <> 0, CASE WHEN k % 3 <> 0 THEN 1 + k % 3 END,
       least(c.published + make_interval(secs => 300 + fixture_gen.n('crt', k, 300000)), lgen.snap() - interval '2 hours'),
       CASE WHEN k % 3 <> 0 THEN least(c.published + make_interval(secs => 400000 + fixture_gen.n('cru', k, 300000)), lgen.snap() - interval '1 hour') END
FROM (SELECT k, (SELECT i FROM lgen.co WHERE i IN (SELECT id FROM comment WHERE content ~ '(DM''d|I live at|My (brother|sister|cousin|flatmate)|Try )') ORDER BY md5('crco' || k || i) LIMIT 1) AS co,
             CASE WHEN k % 5 = 0 THEN 191 + fixture_gen.n('crre', k, 230) ELSE 8 + fixture_gen.n('crre', k, 182) END AS rep FROM generate_series(1, 45) k) x
JOIN comment c ON c.id = x.co ORDER BY x.co, x.rep;

-- ---------------------------------------------------------------- inbox: mentions, replies, private messages
CREATE TABLE person_mention (
    id serial PRIMARY KEY,
    recipient_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    comment_id int NOT NULL REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    read boolean NOT NULL DEFAULT false,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (recipient_id, comment_id)
);
INSERT INTO person_mention (recipient_id, comment_id, read, published)
SELECT DISTINCT ON (r, c.id) r, c.id, c.id % 5 <> 0, c.published
FROM comment c CROSS JOIN LATERAL (SELECT i AS r FROM lgen.p WHERE local AND c.content LIKE '%@' || uname || '%' ORDER BY i LIMIT 1) m
ORDER BY c.id, r;
INSERT INTO person_mention (recipient_id, comment_id, read, published)
SELECT DISTINCT ON (r, co) r, co, k % 4 <> 0, (SELECT published FROM comment WHERE id = co)
FROM (SELECT k, 1 + fixture_gen.n('pmr', k, 190) AS r, 1 + fixture_gen.n('pmc', k, 720) AS co FROM generate_series(1, 90) k) x
WHERE NOT EXISTS (SELECT 1 FROM person_mention m WHERE m.recipient_id = x.r AND m.comment_id = x.co) ORDER BY co, r;

CREATE TABLE comment_reply (
    id serial PRIMARY KEY,
    recipient_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    comment_id int NOT NULL REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    read boolean NOT NULL DEFAULT false,
    published timestamptz NOT NULL DEFAULT now(),
    UNIQUE (recipient_id, comment_id)
);
INSERT INTO comment_reply (recipient_id, comment_id, read, published)
SELECT coalesce(par.creator, po.creator_id), c.i, c.i % 6 <> 0, cm.published
FROM lgen.co c JOIN comment cm ON cm.id = c.i JOIN post po ON po.id = c.post LEFT JOIN lgen.co par ON par.i = c.parent
WHERE coalesce(par.creator, po.creator_id) <= 190 AND coalesce(par.creator, po.creator_id) <> c.creator ORDER BY c.i;

CREATE TABLE private_message (
    id serial PRIMARY KEY,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    recipient_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    content text NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    read boolean NOT NULL DEFAULT false,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    ap_id varchar(255) NOT NULL UNIQUE,
    local boolean NOT NULL DEFAULT true,
    removed boolean NOT NULL DEFAULT false
);
INSERT INTO private_message
SELECT k, a.i, b.i,
       CASE WHEN a.i > 420 THEN 'Hello dear! I have very good offer for you, write me on Telegram @bestdeals' || fixture_gen.digits('pmsp', k, 3) || ' or WhatsApp +62 812 ' || fixture_gen.digits('pmsw', k, 8)
         ELSE CASE fixture_gen.n('pmk', k, 12)
         WHEN 0 THEN 'Hi! Is the ' || fixture_gen.pick(ARRAY['sofa bed', 'kayak', 'bike', 'washing machine'], 'pmit', k) || ' still available? I could pick it up Saturday. My number is ' || a.phone
         WHEN 1 THEN 'Yes, still here. Address is ' || fixture_gen.street('pmad', k) || ', ' || b.city || ', ring the top bell. Cash please.'
         WHEN 2 THEN 'I think I found your cat! She is in our garden at ' || fixture_gen.street('pmcat', k) || '. Call me: ' || a.phone
         WHEN 3 THEN 'Thanks for the tip about the dentist, ' || b.first || '. Booked for next week.'
         WHEN 4 THEN 'Hey, this is ' || a.first || ' ' || a.last || ' from the tenants meeting. Could you send me the letter template? My email is ' || coalesce(a.email, fixture_gen.email('pmem', k))
         WHEN 5 THEN 'Your application was approved, welcome to Harbourside! Read the rules in !meta first.'
         WHEN 6 THEN 'Please stop downvoting everything I post.'
         WHEN 7 THEN 'Sorry for your loss. If the family needs help with the wake, my restaurant can do the food, just ask for ' || a.first || ' on ' || a.phone || '.'
         WHEN 8 THEN 'Are you coming to the beach clean on Sunday?'
         WHEN 9 THEN 'My sister ' || fixture_gen.full_name('pmsis', k) || ' was at the same school, small world! She lives in ' || fixture_gen.city('pmsc', k) || ' now.'
         WHEN 10 THEN 'Got your message. I''m off on medical leave until the ' || (1 + k % 28)::text || 'th (surgery on my knee), will reply after.'
         ELSE 'ok' END END,
       k % 47 = 5, k % 4 <> 0,
       lgen.at('pmt', k, greatest(a.published, b.published), lgen.snap() - interval '1 hour'), NULL,
       CASE WHEN a.local THEN 'https://' || lgen.dom() || '/private_message/' || k
            WHEN a.soft = 'mastodon' THEN a.actor || '/statuses/' || (113100000000000000 + k::bigint * 100019)::text
            ELSE 'https://' || a.domain || '/private_message/' || (400000 + k * 37)::text END,
       a.local, k % 97 = 13
FROM generate_series(1, 150) k
JOIN lgen.p a ON a.i = CASE WHEN k % 31 = 0 THEN 421 + k % 4 WHEN k % 4 = 1 THEN 191 + fixture_gen.n('pma', k, 230) ELSE 1 + fixture_gen.n('pma', k, 190) END
JOIN lgen.p b ON b.i = CASE WHEN a.local AND k % 5 = 0 THEN 191 + fixture_gen.n('pmb', k, 230) ELSE 1 + fixture_gen.n('pmb', k, 190) END
ORDER BY k;
UPDATE private_message SET updated = published + make_interval(mins => 2 + id % 30) WHERE id % 11 = 0;

CREATE TABLE private_message_report (
    id serial PRIMARY KEY,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    private_message_id int NOT NULL REFERENCES private_message ON UPDATE CASCADE ON DELETE CASCADE,
    original_pm_text text NOT NULL,
    reason text NOT NULL,
    resolved boolean NOT NULL DEFAULT false,
    resolver_id int REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    UNIQUE (private_message_id, creator_id)
);
INSERT INTO private_message_report (creator_id, private_message_id, original_pm_text, reason, resolved, resolver_id, published, updated)
SELECT m.recipient_id, m.id, m.content,
       CASE WHEN m.creator_id > 420 THEN fixture_gen.pick(ARRAY['spam', 'Spam bot', 'scam DM'], 'pmrr', m.id)
            WHEN m.id % 3 = 0 THEN 'He keeps messaging me after I said no. Also sent the same to my friend ' || fixture_gen.full_name('pmrf', m.id) || '.'
            ELSE fixture_gen.pick(ARRAY['harassment', 'unwanted contact', 'threatening'], 'pmrr', m.id) END,
       m.id % 4 <> 0, CASE WHEN m.id % 4 <> 0 THEN 1 + m.id % 3 END,
       least(m.published + interval '3 hours', lgen.snap() - interval '1 hour'),
       CASE WHEN m.id % 4 <> 0 THEN least(m.published + interval '2 days', lgen.snap() - interval '30 minutes') END
FROM private_message m WHERE m.creator_id > 420 OR m.content LIKE 'Please stop%' OR m.id % 19 = 0 ORDER BY m.id;

-- ---------------------------------------------------------------- sign-up, verification, login
CREATE TABLE registration_application (
    id serial PRIMARY KEY,
    local_user_id int NOT NULL UNIQUE REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE,
    answer text NOT NULL,
    admin_id int REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    deny_reason text,
    published timestamptz NOT NULL DEFAULT now()
);
INSERT INTO registration_application (local_user_id, answer, admin_id, deny_reason, published)
SELECT u.id,
       CASE WHEN u.id % 31 = 7 AND u.id % 2 = 0 THEN 'I want to promote my business. Visit my website for the best crypto signals.'
         ELSE CASE fixture_gen.n('raa', u.id, 9)
         WHEN 0 THEN 'Hi, I''m ' || p.first || '. I live in ' || p.city || ' and work as a ' || fixture_gen.pick(ARRAY['nurse at Harbourside General', 'teacher at St Mary''s', 'deckhand on the ferries', 'student at the university', 'baker'], 'rajob', u.id) || '. A friend told me about this place.'
         WHEN 1 THEN 'Local. Left Reddit after the API thing.'
         WHEN 2 THEN 'My name is ' || p.first || ' ' || p.last || ', I grew up on ' || fixture_gen.street('rast', u.id) || ' and moved back last year. Interested in local history and the allotments.'
         WHEN 3 THEN 'Harbourside resident since 2009. You can check me on the electoral roll: ' || p.first || ' ' || p.last || ', ' || fixture_gen.postcode('rapc', u.id) || '.'
         WHEN 4 THEN 'I run ' || fixture_gen.pick(ARRAY['the dumpling truck', 'a cleaning business', 'the plant stall at the Saturday market', 'a small bike repair shop'], 'rabiz', u.id) || '! Would like to post news for customers. Phone ' || p.phone || ' if you need to verify.'
         WHEN 5 THEN 'Student at Harbourside Uni (' || fixture_gen.pick(ARRAY['marine biology', 'nursing', 'computer science', 'history'], 'rasub', u.id) || '), from ' || fixture_gen.city('rafrom', u.id) || ' originally.'
         WHEN 6 THEN 'Invited by @' || (SELECT uname FROM lgen.p WHERE i = 8 + (u.id * 7) % 180) || ', we are in the same rowing club.'
         WHEN 7 THEN 'I want to follow the ferry updates and the storm warnings.'
         ELSE 'Moving to ' || p.city || ' in ' || to_char(p.published + interval '60 days', 'FMMonth') || ' for a new job at ' || fixture_gen.pick(ARRAY['Kestrel Marine', 'the port authority', 'Tidewater Labs', 'the council'], 'raemp', u.id) || ' and want to get to know the area. Born ' || to_char(fixture_gen.birth_date('rabd', u.id), 'YYYY') || ', if that matters.' END END,
       CASE WHEN u.accepted_application OR u.id % 31 = 7 THEN 1 + u.id % 3 END,
       CASE WHEN u.id % 31 = 7 THEN CASE WHEN u.id % 2 = 0 THEN 'Spam' ELSE 'Please tell us how you are connected to Harbourside, ' || p.first || '. Reapply any time.' END END,
       p.published - make_interval(mins => 5 + fixture_gen.n('rapt', u.id, 600))
FROM local_user u JOIN lgen.p p ON p.i = u.person_id WHERE u.id > 7 ORDER BY u.id;

CREATE TABLE email_verification (
    id serial PRIMARY KEY,
    local_user_id int NOT NULL REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE,
    email text NOT NULL,
    verification_token text NOT NULL,
    published timestamptz NOT NULL DEFAULT now()
);
-- Rows left behind: sign-ups that never clicked the link, and email changes
-- whose new address waits for its confirmation.
INSERT INTO email_verification (local_user_id, email, verification_token, published)
SELECT u.id,
       CASE WHEN k % 3 = 0 THEN u.email ELSE lgen.fold(p.first) || CASE WHEN k % 2 = 0 THEN '.' || lgen.fold(p.last) ELSE fixture_gen.digits('evd', k, 2) END || '@' || fixture_gen.pick(ARRAY['proton.me', 'fastmail.com', 'gmail.com', 'kestrel-marine.example', 'nhs.example'], 'evdom', k) END,
       gen_random_uuid()::text, lgen.at('evt', k, p.published, lgen.snap())
FROM generate_series(1, 60) k JOIN local_user u ON u.id = 8 + fixture_gen.n('evu', k, 183) JOIN lgen.p p ON p.i = u.person_id ORDER BY 4;
UPDATE email_verification SET verification_token = fixture_gen.uuid('evtok', id);

CREATE TABLE password_reset_request (
    id serial PRIMARY KEY,
    token text NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    local_user_id int NOT NULL REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE
);
INSERT INTO password_reset_request (token, published, local_user_id)
SELECT lgen.tok('prrt', k, 30), lgen.at('prrp', k, timestamptz '2024-11-01 00:00:00+00', lgen.snap()), 8 + fixture_gen.n('prru', k, 183)
FROM generate_series(1, 40) k ORDER BY 2;

CREATE TABLE login_token (
    token text PRIMARY KEY,
    user_id int NOT NULL REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    ip text,
    user_agent text
);
-- token: the JWT the client sends as its bearer token (HS256, signed with
-- secret.jwt_secret; sub is the local_user id, iss the domain).
INSERT INTO login_token
SELECT rtrim(translate(encode(convert_to('{"alg":"HS256","typ":"JWT"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
       || rtrim(translate(encode(convert_to('{"sub":"' || u || '","iss":"' || lgen.dom() || '","iat":' || extract(epoch FROM t)::bigint || '}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
       || lgen.b64url('ltsig', k, 32),
       u, t,
       CASE WHEN k % 4 = 0 THEN fixture_gen.ipv6('ltip', u * 3 + k % 3) ELSE fixture_gen.ipv4('ltip', u * 3 + k % 3) END,
       CASE fixture_gen.n('ltua', k, 8)
         WHEN 0 THEN 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0'
         WHEN 1 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
         WHEN 2 THEN 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
         WHEN 3 THEN 'Jerboa/0.0.76 (Android 14; Pixel 8)'
         WHEN 4 THEN 'Voyager/2.19.0 (iOS 18.1)'
         WHEN 5 THEN 'Thunder/0.5.2 (Android 13; SM-A546B)'
         WHEN 6 THEN 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'
         ELSE 'Photon/1.31 (Linux; Android 14)' END
FROM (SELECT k, 1 + fixture_gen.n('ltu', k, 190) AS u, lgen.at('ltt', k, timestamptz '2024-01-15 00:00:00+00', lgen.snap()) AS t FROM generate_series(1, 300) k) x ORDER BY t;

CREATE TABLE secret (
    id serial PRIMARY KEY,
    jwt_secret varchar NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO secret VALUES (1, fixture_gen.uuid('jwtsecret', 1));

CREATE TABLE captcha_answer (
    uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    answer text NOT NULL,
    published timestamptz NOT NULL DEFAULT now()
);
INSERT INTO captcha_answer SELECT fixture_gen.uuid('capu', k)::uuid, fixture_gen.chars('capa', k, 6, 'abcdefghkmnpqrstuvwxyz23456789'), lgen.snap() - make_interval(secs => fixture_gen.n('capt', k, 600)) FROM generate_series(1, 25) k;

-- ---------------------------------------------------------------- federation
CREATE TABLE federation_allowlist (
    id serial PRIMARY KEY,
    instance_id int NOT NULL UNIQUE REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz
);
-- left from the first weeks, when the instance federated with a short list only
INSERT INTO federation_allowlist (instance_id, published, updated)
SELECT k, timestamptz '2023-06-20 11:00:00+00' + make_interval(mins => k * 3), CASE WHEN k % 3 = 0 THEN timestamptz '2023-07-02 10:00:00+00' END FROM unnest(ARRAY[2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 16, 23]) k;

CREATE TABLE federation_blocklist (
    id serial PRIMARY KEY,
    instance_id int NOT NULL UNIQUE REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    expires timestamptz
);
INSERT INTO federation_blocklist (instance_id, published, updated, expires)
SELECT k, timestamptz '2023-08-14 20:00:00+00' + make_interval(days => k * 5), NULL, CASE WHEN k = 30 THEN timestamptz '2025-01-01 00:00:00+00' END FROM unnest(ARRAY[35, 36, 37, 38, 30]) k;

CREATE TABLE admin_allow_instance (
    id serial PRIMARY KEY,
    instance_id int NOT NULL REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    admin_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    allowed boolean NOT NULL,
    reason text,
    published timestamptz NOT NULL DEFAULT now()
);
INSERT INTO admin_allow_instance (instance_id, admin_person_id, allowed, reason, published)
SELECT k, 1 + k % 2, k <> 23, CASE WHEN k = 23 THEN 'Opening up federation, allowlist no longer needed' ELSE 'Initial allowlist' END, timestamptz '2023-06-20 11:00:00+00' + make_interval(mins => k * 3)
FROM unnest(ARRAY[2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 16, 23]) k;

CREATE TABLE admin_block_instance (
    id serial PRIMARY KEY,
    instance_id int NOT NULL REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    admin_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    blocked boolean NOT NULL,
    reason text,
    expires timestamptz,
    published timestamptz NOT NULL DEFAULT now()
);
INSERT INTO admin_block_instance (instance_id, admin_person_id, blocked, reason, expires, published) VALUES
  (35, 1, true, 'Spam wave, 40 accounts in one night', NULL, '2023-09-08 20:00:00+00'),
  (36, 2, true, 'Spam. Same operator as lemmy.spamfarm.example', NULL, '2023-09-13 20:00:00+00'),
  (37, 1, true, 'Repeated harassment of our members; their admin refused to act after ' || fixture_gen.full_name('abi', 1) || ' was targeted', NULL, '2023-09-18 20:00:00+00'),
  (38, 3, true, 'Hate speech', NULL, '2023-09-23 20:00:00+00'),
  (30, 2, true, 'Server down for months, stops the federation queue', '2025-01-01 00:00:00+00', '2024-05-30 20:00:00+00'),
  (32, 1, true, 'Temporary: spam attack', '2024-02-20 00:00:00+00', '2024-02-16 08:12:00+00'),
  (32, 1, false, 'Spam attack over', NULL, '2024-02-20 00:00:00+00'),
  (44, 3, true, 'Our member ' || fixture_gen.full_name('abi', 2) || ' was doxxed from there, admin unreachable at ' || 'admin@lemmy.one', '2024-06-01 00:00:00+00', '2024-04-02 18:30:00+00'),
  (44, 3, false, NULL, NULL, '2024-06-01 00:00:00+00');

CREATE TABLE federation_queue_state (
    id serial PRIMARY KEY,
    instance_id int NOT NULL UNIQUE REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    last_successful_id bigint,
    fail_count int NOT NULL,
    last_retry timestamptz,
    last_successful_published_time timestamptz
);
INSERT INTO federation_queue_state (instance_id, last_successful_id, fail_count, last_retry, last_successful_published_time)
SELECT id, 300 - fixture_gen.n('fqs', id, 6), CASE WHEN id IN (30, 38) THEN 14 + id % 5 ELSE 0 END,
       CASE WHEN id IN (30, 38) THEN lgen.snap() - interval '3 hours' END, lgen.snap() - make_interval(secs => fixture_gen.n('fqt', id, 900))
FROM instance WHERE id > 1 AND id NOT IN (35, 36, 37) ORDER BY id;

-- received_activity: ids of activities received, kept to drop duplicates.
CREATE TABLE received_activity (
    ap_id text PRIMARY KEY,
    published timestamptz NOT NULL DEFAULT now()
);
INSERT INTO received_activity
SELECT DISTINCT ON (a) a, t FROM (
SELECT k, lgen.snap() - make_interval(secs => k * 211 + fixture_gen.n('rat', k, 200)) AS t,
       CASE WHEN p.soft IN ('lemmy', 'piefed') THEN 'https://' || p.domain || '/activities/' || fixture_gen.pick(ARRAY['like', 'like', 'create', 'announce/create', 'announce/like', 'dislike', 'update', 'follow', 'undo', 'delete'], 'rak', k) || '/' || fixture_gen.uuid('rau', k)
            WHEN p.soft IN ('mastodon', 'pixelfed') THEN CASE k % 3 WHEN 0 THEN p.actor || '#likes/' || (400000 + k * 17)::text WHEN 1 THEN p.actor || '/statuses/' || (113000000000000000 + k::bigint * 77003)::text || '/activity'
                 ELSE 'https://' || p.domain || '/' || fixture_gen.uuid('rau', k) END
            WHEN p.soft = 'misskey' THEN 'https://misskey.io/likes/' || fixture_gen.chars('ramk', k, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')
            WHEN p.soft = 'friendica' THEN 'https://' || p.domain || '/objects/' || fixture_gen.uuid('rau', k) || '#Create'
            ELSE 'https://' || p.domain || '/f/object/' || fixture_gen.uuid('rau', k) END AS a
FROM generate_series(1, 420) k JOIN lgen.p p ON p.i = 191 + fixture_gen.n('rap', k, 230)) x ORDER BY a;

-- sent_activity: every activity the instance sent, with its JSON payload
-- (votes, comments, private messages, follows, profile updates, bans)
-- and where it went.
CREATE TABLE sent_activity (
    id bigserial PRIMARY KEY,
    ap_id text NOT NULL UNIQUE,
    data json NOT NULL,
    sensitive boolean NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    send_inboxes text[] NOT NULL,
    send_community_followers_of int,
    send_all_instances boolean NOT NULL,
    actor_type actor_type_enum NOT NULL,
    actor_apub_id text
);
CREATE TABLE lgen.sa (k int PRIMARY KEY, kind int, ap text, actor text, atype text, data jsonb, inboxes text[], cfo int, allinst boolean, sensitive boolean);
WITH ctx AS (SELECT jsonb_build_array('https://join-lemmy.org/context.json', 'https://www.w3.org/ns/activitystreams') AS c),
     lp AS (SELECT * FROM lgen.p WHERE local AND i > 3),
     k AS (SELECT k, k % 10 AS kind, fixture_gen.uuid('sau', k) AS u FROM generate_series(1, 300) k)
INSERT INTO lgen.sa
SELECT k.k, k.kind, x.ap, x.actor, x.atype, jsonb_build_object('@context', (SELECT c FROM ctx)) || x.body, x.inboxes, x.cfo, x.allinst, x.sensitive
FROM k CROSS JOIN LATERAL (
  SELECT CASE
    WHEN k.kind IN (0, 1, 2) THEN (
      SELECT jsonb_build_object('ap', 'https://' || lgen.dom() || '/activities/' || CASE WHEN k.k % 7 = 0 THEN 'dislike' ELSE 'like' END || '/' || k.u, 'actor', p.actor, 'atype', 'person',
        'body', jsonb_build_object('id', 'https://' || lgen.dom() || '/activities/' || CASE WHEN k.k % 7 = 0 THEN 'dislike' ELSE 'like' END || '/' || k.u, 'actor', p.actor, 'object', po.ap_id,
          'type', CASE WHEN k.k % 7 = 0 THEN 'Dislike' ELSE 'Like' END, 'audience', cm.actor_id),
        'inboxes', ARRAY[cm.inbox_url], 'allinst', false, 'sensitive', false)
      FROM lp p, post po JOIN community cm ON cm.id = po.community_id
      WHERE p.i = 8 + fixture_gen.n('sap', k.k, 183) AND po.id = (SELECT id FROM post WHERE community_id > 30 ORDER BY md5('sapo' || k.k || id) LIMIT 1))
    WHEN k.kind IN (3, 4, 5) THEN (
      SELECT jsonb_build_object('ap', 'https://' || lgen.dom() || '/activities/' || CASE WHEN cm.local THEN 'announce/create/' ELSE 'create/' END || k.u,
        'actor', CASE WHEN cm.local THEN cm.actor_id ELSE a.actor END, 'atype', CASE WHEN cm.local THEN 'community' ELSE 'person' END,
        'body', CASE WHEN cm.local THEN jsonb_build_object('actor', cm.actor_id, 'to', jsonb_build_array('https://www.w3.org/ns/activitystreams#Public'),
            'object', jsonb_build_object('actor', a.actor, 'to', jsonb_build_array('https://www.w3.org/ns/activitystreams#Public'), 'cc', jsonb_build_array(cm.actor_id),
              'object', jsonb_build_object('type', 'Note', 'id', c.ap_id, 'attributedTo', a.actor, 'content', '<p>' || c.content || '</p>', 'mediaType', 'text/html',
                'source', jsonb_build_object('content', c.content, 'mediaType', 'text/markdown'), 'inReplyTo', po.ap_id, 'published', to_char(c.published AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'distinguished', false, 'audience', cm.actor_id),
              'type', 'Create', 'id', c.ap_id || '#create', 'audience', cm.actor_id),
            'cc', jsonb_build_array(cm.actor_id || '/followers'), 'type', 'Announce', 'id', 'https://' || lgen.dom() || '/activities/announce/create/' || k.u)
          ELSE jsonb_build_object('actor', a.actor, 'to', jsonb_build_array('https://www.w3.org/ns/activitystreams#Public'), 'cc', jsonb_build_array(cm.actor_id, pa.actor),
            'tag', jsonb_build_array(jsonb_build_object('href', pa.actor, 'type', 'Mention', 'name', '@' || pa.uname || '@' || pa.domain)),
            'object', jsonb_build_object('type', 'Note', 'id', c.ap_id, 'attributedTo', a.actor, 'content', '<p>' || c.content || '</p>', 'mediaType', 'text/html',
              'source', jsonb_build_object('content', c.content, 'mediaType', 'text/markdown'), 'inReplyTo', po.ap_id, 'published', to_char(c.published AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'language', jsonb_build_object('identifier', 'en', 'name', 'English')),
            'type', 'Create', 'id', 'https://' || lgen.dom() || '/activities/create/' || k.u, 'audience', cm.actor_id) END,
        'inboxes', CASE WHEN cm.local THEN ARRAY[]::text[] ELSE ARRAY[cm.inbox_url, pa.actor || '/inbox'] END, 'cfo', CASE WHEN cm.local THEN cm.id END, 'allinst', false, 'sensitive', false)
      FROM comment c JOIN post po ON po.id = c.post_id JOIN community cm ON cm.id = po.community_id JOIN lgen.p a ON a.i = c.creator_id JOIN lgen.p pa ON pa.i = po.creator_id
      WHERE c.id = (SELECT id FROM comment WHERE (local OR k.kind IN (3, 4)) AND NOT deleted ORDER BY md5('sac' || k.k || id) LIMIT 1))
    WHEN k.kind = 6 THEN (
      SELECT jsonb_build_object('ap', 'https://' || lgen.dom() || '/activities/create/' || k.u, 'actor', a.actor, 'atype', 'person',
        'body', jsonb_build_object('id', 'https://' || lgen.dom() || '/activities/create/' || k.u, 'actor', a.actor, 'to', jsonb_build_array(b.actor),
          'object', jsonb_build_object('type', 'ChatMessage', 'id', m.ap_id, 'attributedTo', a.actor, 'to', jsonb_build_array(b.actor), 'content', '<p>' || m.content || '</p>', 'mediaType', 'text/html',
            'source', jsonb_build_object('content', m.content, 'mediaType', 'text/markdown'), 'published', to_char(m.published AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
          'type', 'Create'),
        'inboxes', ARRAY[b.actor || '/inbox'], 'allinst', false, 'sensitive', true)
      FROM private_message m JOIN lgen.p a ON a.i = m.creator_id JOIN lgen.p b ON b.i = m.recipient_id
      WHERE m.id = (SELECT id FROM private_message WHERE local AND recipient_id > 190 ORDER BY md5('sam' || k.k || id) LIMIT 1))
    WHEN k.kind = 7 THEN (
      SELECT jsonb_build_object('ap', 'https://' || lgen.dom() || '/activities/follow/' || k.u, 'actor', p.actor, 'atype', 'person',
        'body', jsonb_build_object('actor', p.actor, 'object', cm.actor_id, 'to', jsonb_build_array(cm.actor_id), 'type', 'Follow', 'id', 'https://' || lgen.dom() || '/activities/follow/' || k.u),
        'inboxes', ARRAY[cm.inbox_url], 'allinst', false, 'sensitive', false)
      FROM lp p, community cm WHERE p.i = 8 + fixture_gen.n('saf', k.k, 183) AND cm.id = 31 + fixture_gen.n('safc', k.k, 29))
    WHEN k.kind = 8 THEN (
      SELECT jsonb_build_object('ap', 'https://' || lgen.dom() || '/activities/update/' || k.u, 'actor', p.actor, 'atype', 'person',
        'body', jsonb_build_object('actor', p.actor, 'to', jsonb_build_array('https://www.w3.org/ns/activitystreams#Public'),
          'object', jsonb_strip_nulls(jsonb_build_object('type', 'Person', 'id', p.actor, 'preferredUsername', p.uname, 'inbox', p.actor || '/inbox', 'outbox', p.actor || '/outbox',
            'name', pe.display_name, 'summary', CASE WHEN pe.bio IS NOT NULL THEN '<p>' || pe.bio || '</p>' END, 'source', CASE WHEN pe.bio IS NOT NULL THEN jsonb_build_object('content', pe.bio, 'mediaType', 'text/markdown') END,
            'icon', CASE WHEN pe.avatar IS NOT NULL THEN jsonb_build_object('type', 'Image', 'url', pe.avatar) END, 'matrixUserId', pe.matrix_user_id,
            'publicKey', jsonb_build_object('id', p.actor || '#main-key', 'owner', p.actor, 'publicKeyPem', pe.public_key),
            'endpoints', jsonb_build_object('sharedInbox', 'https://' || lgen.dom() || '/inbox'), 'published', to_char(pe.published AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))),
          'cc', jsonb_build_array(), 'type', 'Update', 'id', 'https://' || lgen.dom() || '/activities/update/' || k.u),
        'inboxes', ARRAY[]::text[], 'allinst', true, 'sensitive', false)
      FROM lp p JOIN person pe ON pe.id = p.i WHERE p.i = 8 + fixture_gen.n('sau2', k.k, 183))
    ELSE (
      SELECT jsonb_build_object('ap', 'https://' || lgen.dom() || '/activities/block/' || k.u, 'actor', CASE WHEN k.k % 20 = 9 THEN 'https://' || lgen.dom() || '/' ELSE cm.actor_id END,
        'atype', CASE WHEN k.k % 20 = 9 THEN 'site' ELSE 'community' END,
        'body', jsonb_build_object('actor', 'https://' || lgen.dom() || '/u/' || (SELECT uname FROM lgen.p WHERE i = 1 + k.k % 3), 'to', jsonb_build_array('https://www.w3.org/ns/activitystreams#Public'),
          'object', p.actor, 'target', CASE WHEN k.k % 20 = 9 THEN 'https://' || lgen.dom() || '/' ELSE cm.actor_id END,
          'type', 'Block', 'removeData', k.k % 3 = 0,
          'summary', fixture_gen.pick(ARRAY['Spam', 'Posted the home address of ' || fixture_gen.full_name('sabs', k.k) || ' in a comment', 'Harassing @' || (SELECT uname FROM lgen.p WHERE i = 8 + k.k % 150) || ' across several communities', 'Ban evasion'], 'sab', k.k),
          'id', 'https://' || lgen.dom() || '/activities/block/' || k.u, 'audience', cm.actor_id),
        'inboxes', ARRAY[]::text[], 'cfo', CASE WHEN k.k % 20 <> 9 THEN cm.id END, 'allinst', k.k % 20 = 9, 'sensitive', false)
      FROM lgen.p p, community cm WHERE p.i = 191 + fixture_gen.n('sabp', k.k, 234) AND cm.id = 1 + fixture_gen.n('sabc', k.k, 29))
    END AS j) j0
CROSS JOIN LATERAL (SELECT j0.j->>'ap' AS ap, j0.j->>'actor' AS actor, j0.j->>'atype' AS atype, j0.j->'body' AS body,
                           ARRAY(SELECT jsonb_array_elements_text(j0.j->'inboxes')) AS inboxes, (j0.j->>'cfo')::int AS cfo, (j0.j->>'allinst')::boolean AS allinst, (j0.j->>'sensitive')::boolean AS sensitive) x;
INSERT INTO sent_activity (id, ap_id, data, sensitive, published, send_inboxes, send_community_followers_of, send_all_instances, actor_type, actor_apub_id)
SELECT k, ap, ('{"@context":' || (data->'@context')::text || ',' || substr((data - '@context')::text, 2))::json, sensitive,
       lgen.snap() - make_interval(secs => (301 - k) * 1370 + fixture_gen.n('sat', k, 600)), inboxes, cfo, allinst, atype::actor_type_enum, actor
FROM lgen.sa ORDER BY k;

-- ---------------------------------------------------------------- sites: this instance's and those of the Lemmy and PieFed servers it knows
CREATE TABLE site (
    id serial PRIMARY KEY,
    name varchar(20) NOT NULL UNIQUE,
    sidebar text,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    icon text,
    banner text,
    description varchar(150),
    actor_id varchar(255) NOT NULL UNIQUE,
    last_refreshed_at timestamptz NOT NULL DEFAULT now(),
    inbox_url varchar(255) NOT NULL,
    private_key text,
    public_key text NOT NULL,
    instance_id int NOT NULL UNIQUE REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    content_warning text
);
INSERT INTO site
SELECT row_number() OVER (ORDER BY i.id), s.name,
       CASE i.id
         WHEN 1 THEN E'## Welcome to Harbourside\n\nA Lemmy instance for the people of Harbourside, Eastgate, Millbrook and the estuary.\n\n### Rules\n1. Be kind.\n2. No personal information of others (addresses, phone numbers, workplaces).\n3. No ads except in !marketplace.\n\n'
                  || E'Run by Ngozi Adeyemi, Lars Andersen and Priya Sharma, volunteers from the Harbourside Makerspace. Contact: admin@harbourside.example or Matrix #harbourside-lemmy:harbourside.example.\n\nDonations: https://opencollective.com/harbourside-lemmy'
         WHEN 2 THEN E'Lemmy.World is a general-purpose Lemmy instance.\n\n### Rules\n1. Be civil.\n2. No spam.\n\nContact: info@lemmy.world · Legal: legal@lemmy.world'
         WHEN 3 THEN 'The official flagship instance of Lemmy. Rules: no bigotry, be respectful.'
         WHEN 4 THEN 'We''re a collection of chill online communities. Be(e) nice.'
         WHEN 13 THEN 'A solarpunk instance. Hosted on solar power by ' || fixture_gen.full_name('sadm', 13) || ', email ' || fixture_gen.email('sadm', 13) || ' for anything.'
         WHEN 19 THEN 'Kia ora! A home for Kiwis on the fediverse. Admin: @' || 'aroha' || ' (Aroha Ngata), phone +64 21 ' || fixture_gen.digits('sadp', 19, 7) || ' for urgent legal matters only.'
         WHEN 40 THEN 'Lemmy instance of the SDF public access UNIX system.'
         WHEN 43 THEN 'Science and nature instance. Contact the admin, ' || fixture_gen.full_name('sadm', 43) || ', at ' || fixture_gen.email('sadm', 43) || '.'
         WHEN 44 THEN 'A Lemmy instance hosted in the basement of ' || fixture_gen.first_name('sadm', 44) || '. Contact: @' || lgen.fold(fixture_gen.first_name('sadm', 44)) || '@lemmy.one.'
         ELSE CASE WHEN i.id % 3 = 0 THEN NULL ELSE 'Rules: be nice, no spam, no bigotry. Reports are handled by the admin team within 24h.' END END,
       i.published, CASE WHEN i.id % 2 = 0 THEN i.published + interval '90 days' END,
       'https://' || i.domain || '/pictrs/image/' || fixture_gen.uuid('sicon', i.id) || '.png',
       CASE WHEN i.id % 3 = 1 THEN 'https://' || i.domain || '/pictrs/image/' || fixture_gen.uuid('sban', i.id) || '.jpeg' END,
       CASE i.id WHEN 1 THEN 'Local link aggregator and forum for Harbourside and the estuary' WHEN 2 THEN 'A generic Lemmy server for everyone to use.' WHEN 4 THEN 'A chill place to be' ELSE s.descr END,
       'https://' || i.domain || '/', CASE WHEN i.id = 1 THEN i.published ELSE lgen.snap() - make_interval(secs => fixture_gen.n('sref', i.id, 600000)) END,
       'https://' || i.domain || '/site_inbox',
       CASE WHEN i.id = 1 THEN lgen.privkey('spk', 1) END, lgen.pubkey('spub', i.id), i.id,
       CASE WHEN i.id = 14 THEN 'This instance allows NSFW content in some communities.' END
FROM instance i JOIN (VALUES (1, 'Harbourside', NULL), (2, 'Lemmy.World', NULL), (3, 'Lemmy', NULL), (4, 'Beehaw', NULL), (5, 'Shit Just Works', 'A general-purpose instance'), (6, 'programming.dev', 'A collection of programming communities'),
  (7, 'lemm.ee', 'A general-purpose Lemmy instance in the EU'), (8, 'feddit.org', 'Deutschsprachige Lemmy-Instanz'), (9, 'Feddit.nl', 'Nederlandse Lemmy'), (10, 'lemmy.ca', 'Canada''s Lemmy'),
  (11, 'Blåhaj Lemmy', 'A queer-friendly instance'), (12, 'discuss.tchncs.de', 'Lemmy by tchncs'), (13, 'slrpnk.net', 'Solarpunk'), (14, 'Divisions by zero', 'Anarchist instance'),
  (15, 'StarTrek.website', 'Star Trek fans'), (16, 'Lemmy.zip', 'General purpose'), (17, 'Sopuli', 'Finnish instance'), (18, 'Aussie Zone', 'For Australians'),
  (19, 'Lemmy NZ', 'For New Zealanders'), (20, 'Jlailu', 'Francophone'), (21, 'Feddit.it', 'Italiano'), (22, 'Lemmy.eco.br', 'Brasil'), (31, 'PieFed', 'PieFed flagship'),
  (39, 'Infosec.Pub', 'Security folks'), (40, 'SDF Lemmy', 'SDF'), (41, 'ani.social', 'Anime'), (42, 'Reddthat', 'Reddit alternative'), (43, 'Mander', 'Science'), (44, 'Lemmy.one', 'Hobby instance'),
  (35, 'Spamfarm', 'deals'), (37, 'Lemmygrad', 'Lemmygrad')) s(iid, name, descr) ON s.iid = i.id
ORDER BY i.id;

CREATE TABLE site_language (
    id serial PRIMARY KEY,
    site_id int NOT NULL REFERENCES site ON UPDATE CASCADE ON DELETE CASCADE,
    language_id int NOT NULL REFERENCES language ON UPDATE CASCADE ON DELETE CASCADE,
    UNIQUE (site_id, language_id)
);
INSERT INTO site_language (site_id, language_id)
SELECT 1, l FROM unnest(ARRAY[0, 8, 6, 13, 10, 24, 25, 33, 20, 21, 37, 1, 16, 36, 38]) l
UNION ALL SELECT s.id, l FROM site s, unnest(ARRAY[0, 8]) l WHERE s.id > 1 ORDER BY 1, 2;

CREATE TABLE local_site (
    id serial PRIMARY KEY,
    site_id int NOT NULL UNIQUE REFERENCES site ON UPDATE CASCADE ON DELETE CASCADE,
    site_setup boolean NOT NULL DEFAULT false,
    enable_downvotes boolean NOT NULL DEFAULT true,
    enable_nsfw boolean NOT NULL DEFAULT true,
    community_creation_admin_only boolean NOT NULL DEFAULT false,
    require_email_verification boolean NOT NULL DEFAULT false,
    application_question text DEFAULT 'to verify that you are human, please explain why you want to create an account on this site',
    private_instance boolean NOT NULL DEFAULT false,
    default_theme text NOT NULL DEFAULT 'browser',
    default_post_listing_type listing_type_enum NOT NULL DEFAULT 'Local',
    legal_information text,
    hide_modlog_mod_names boolean NOT NULL DEFAULT true,
    application_email_admins boolean NOT NULL DEFAULT false,
    slur_filter_regex text,
    actor_name_max_length int NOT NULL DEFAULT 20,
    federation_enabled boolean NOT NULL DEFAULT true,
    captcha_enabled boolean NOT NULL DEFAULT false,
    captcha_difficulty varchar(255) NOT NULL DEFAULT 'medium',
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    registration_mode registration_mode_enum NOT NULL DEFAULT 'RequireApplication',
    reports_email_admins boolean NOT NULL DEFAULT false,
    federation_signed_fetch boolean NOT NULL DEFAULT false,
    default_post_listing_mode post_listing_mode_enum NOT NULL DEFAULT 'List',
    default_sort_type sort_type_enum NOT NULL DEFAULT 'Active'
);
INSERT INTO local_site VALUES (1, 1, true, true, false, true, true,
  'Tell us a bit about yourself and how you are connected to Harbourside (you live, work or study here, or used to). One or two sentences is enough. Applications are read by volunteers, usually within a day.',
  false, 'browser', 'Local',
  E'## Legal notice\n\nThis service is run on a private, non-commercial basis by:\n\nNgozi Adeyemi\nFlat 4, 27 Dock Road\nHarbourside HB1 4QT\nUnited Kingdom\n\nEmail: ngozi@harbourside.example\nPhone: +44 7700 900183\n\n'
  || E'## Privacy\n\nWe store your email address, the IP address and browser of each login for 90 days, and everything you post. Data requests: privacy@harbourside.example. Our hosting provider is Hetzner Online GmbH, Gunzenhausen, Germany.',
  true, true, '(f[a@]gg[o0]t|n[i1]gg[e3]r|tr[a@]nn(y|ie)|\bretard(ed)?\b|k[i1]ke)', 20, true, true, 'medium',
  '2023-06-20 09:16:41+00', '2024-10-28 19:02:13+00', 'RequireApplication', true, true, 'List', 'Active');

CREATE TABLE local_site_rate_limit (
    id serial PRIMARY KEY,
    local_site_id int NOT NULL UNIQUE REFERENCES local_site ON UPDATE CASCADE ON DELETE CASCADE,
    message int NOT NULL DEFAULT 180,
    message_per_second int NOT NULL DEFAULT 60,
    post int NOT NULL DEFAULT 6,
    post_per_second int NOT NULL DEFAULT 600,
    register int NOT NULL DEFAULT 3,
    register_per_second int NOT NULL DEFAULT 3600,
    image int NOT NULL DEFAULT 6,
    image_per_second int NOT NULL DEFAULT 3600,
    comment int NOT NULL DEFAULT 6,
    comment_per_second int NOT NULL DEFAULT 600,
    search int NOT NULL DEFAULT 60,
    search_per_second int NOT NULL DEFAULT 600,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    import_user_settings int NOT NULL DEFAULT 1,
    import_user_settings_per_second int NOT NULL DEFAULT 86400
);
INSERT INTO local_site_rate_limit VALUES (1, 1, 999, 60, 6, 600, 3, 3600, 12, 3600, 12, 600, 60, 600, '2023-06-20 09:16:41+00', '2024-02-11 10:40:00+00', 1, 86400);

CREATE TABLE local_site_url_blocklist (
    id serial PRIMARY KEY,
    url text NOT NULL UNIQUE,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz
);
INSERT INTO local_site_url_blocklist (url, published)
SELECT u, timestamptz '2024-03-01 12:00:00+00' + make_interval(days => k::int * 9) FROM unnest(ARRAY['freshdeals4u.example', 'bestreplica-watches.example', 'crypto-signals.example', 'bit.ly', 'tinyurl.com',
  'grabify.link', 'iplogger.org', 'lemmy.spamfarm.example', 'free-followers.example', 'casino-bonus.example']) WITH ORDINALITY x(u, k);

CREATE TABLE tagline (
    id serial PRIMARY KEY,
    local_site_id int NOT NULL REFERENCES local_site ON UPDATE CASCADE ON DELETE CASCADE,
    content text NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz
);
INSERT INTO tagline (local_site_id, content, published, updated)
SELECT 1, c, timestamptz '2023-07-01 12:00:00+00' + make_interval(days => k::int * 23), CASE WHEN k % 4 = 0 THEN timestamptz '2024-08-01 12:00:00+00' END
FROM unnest(ARRAY['Mind the gap between the ferry and the pontoon.', 'Now with 40% more seagulls.', 'Powered by volunteers and tea.', 'The estuary''s front page.', 'Check !stormwatch before you go out.',
  'Be kind, it''s a small town.', 'No algorithms, just neighbours.', 'Tide''s out, Lemmy''s in.', 'Hosted in a basement, federated to the world.', 'Found a cat? !lostandfound',
  'Support the server: opencollective.com/harbourside-lemmy', 'Sunday ride leaves the Clock Tower at 9:30.']) WITH ORDINALITY x(c, k);

CREATE TABLE custom_emoji (
    id serial PRIMARY KEY,
    local_site_id int NOT NULL REFERENCES local_site ON UPDATE CASCADE ON DELETE CASCADE,
    shortcode varchar(128) NOT NULL UNIQUE,
    image_url text NOT NULL UNIQUE,
    alt_text text NOT NULL,
    category text NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz
);
INSERT INTO custom_emoji (local_site_id, shortcode, image_url, alt_text, category, published)
SELECT 1, sc, 'https://' || lgen.dom() || '/pictrs/image/' || fixture_gen.uuid('ceu', k) || CASE WHEN k % 3 = 0 THEN '.gif' ELSE '.png' END, alt, cat, timestamptz '2023-07-10 12:00:00+00' + make_interval(days => k::int * 11)
FROM unnest(ARRAY['ferry', 'seagull', 'seagull_angry', 'harbour_seal', 'crane', 'lighthouse', 'tide_in', 'tide_out', 'chips', 'dumpling', 'bike', 'rain', 'storm', 'anchor', 'dockers', 'dockers_goal',
                  'blobcat', 'blobcat_coffee', 'blobcat_heart', 'blobfox', 'blobfox_sleep', 'lemmy', 'lemmy_heart', 'party_parrot', 'this', 'sus', 'thinking_seal', 'avocet', 'oystercatcher', 'fog'],
            ARRAY['The Quay ferry', 'A seagull', 'An angry seagull', 'Sammy the harbour seal', 'Dockside crane', 'The lighthouse', 'Tide coming in', 'Tide going out', 'Chips in paper', 'A dumpling', 'Bicycle', 'Rain cloud', 'Storm cloud', 'Anchor',
                  'Harbourside Athletic crest', 'Football in a net', 'Blob cat', 'Blob cat with coffee', 'Blob cat holding a heart', 'Blob fox', 'Sleeping blob fox', 'Lemmy logo', 'Lemmy logo with heart', 'Party parrot', 'Arrow pointing up',
                  'Suspicious face', 'Seal thinking', 'An avocet', 'An oystercatcher', 'Fog'],
            ARRAY['harbour', 'harbour', 'harbour', 'harbour', 'harbour', 'harbour', 'weather', 'weather', 'food', 'food', 'misc', 'weather', 'weather', 'harbour', 'football', 'football',
                  'blobs', 'blobs', 'blobs', 'blobs', 'blobs', 'lemmy', 'lemmy', 'misc', 'misc', 'misc', 'harbour', 'birds', 'birds', 'weather']) WITH ORDINALITY x(sc, alt, cat, k);

CREATE TABLE custom_emoji_keyword (
    id serial PRIMARY KEY,
    custom_emoji_id int NOT NULL REFERENCES custom_emoji ON UPDATE CASCADE ON DELETE CASCADE,
    keyword varchar(128) NOT NULL,
    UNIQUE (custom_emoji_id, keyword)
);
INSERT INTO custom_emoji_keyword (custom_emoji_id, keyword)
SELECT DISTINCT e.id, kw FROM custom_emoji e CROSS JOIN LATERAL unnest(string_to_array(e.shortcode, '_') || ARRAY[e.category]) kw ORDER BY 1, 2;

-- ---------------------------------------------------------------- the modlog
-- reason: what the moderator typed; short rule numbers, but also the names,
-- handles, addresses and phone numbers the removed content exposed.
CREATE FUNCTION lgen.reason(tag text, k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, k, 12)
    WHEN 0 THEN 'Spam'
    WHEN 1 THEN 'Rule 1'
    WHEN 2 THEN 'Rule 2: personal information. Posted the home address of ' || fixture_gen.full_name(tag || 'n', k) || ' (' || fixture_gen.street(tag || 's', k) || ')'
    WHEN 3 THEN 'Doxxing: shared the phone number ' || fixture_gen.phone(tag || 'p', k) || ' of another member'
    WHEN 4 THEN 'Harassing @' || (SELECT uname FROM lgen.p WHERE i = 8 + k % 180) || ' in DMs and comments, see reports #' || (100 + k)::text
    WHEN 5 THEN NULL
    WHEN 6 THEN 'Ban evasion, alt of @' || (SELECT uname FROM lgen.p WHERE i = 191 + k % 230) || '@' || (SELECT domain FROM lgen.p WHERE i = 191 + k % 230)
    WHEN 7 THEN 'Off topic'
    WHEN 8 THEN 'Requested by the person pictured (' || fixture_gen.first_name(tag || 'f', k) || '), photo posted without consent'
    WHEN 9 THEN 'Scam: asked buyers to pay by gift card. Victim ' || fixture_gen.full_name(tag || 'v', k) || ' contacted the police'
    WHEN 10 THEN 'Bigotry'
    ELSE 'Duplicate' END
$$;

CREATE TABLE mod_add (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    other_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    removed boolean NOT NULL DEFAULT false,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_add (mod_person_id, other_person_id, removed, when_) VALUES
  (1, 2, false, '2023-06-20 10:02:00+00'), (1, 3, false, '2023-06-25 18:40:00+00'), (2, 41, false, '2023-11-02 19:00:00+00'), (1, 41, true, '2024-03-14 08:20:00+00'),
  (1, 88, false, '2024-05-01 12:00:00+00'), (2, 88, true, '2024-05-30 21:10:00+00');

CREATE TABLE mod_add_community (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    other_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    removed boolean NOT NULL DEFAULT false,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_add_community (mod_person_id, other_person_id, community_id, removed, when_)
SELECT CASE WHEN m.person_id <= 3 THEN 1 ELSE 1 + m.community_id % 3 END, m.person_id, m.community_id, false, m.published FROM community_moderator m WHERE m.community_id <= 30 ORDER BY m.published;
INSERT INTO mod_add_community (mod_person_id, other_person_id, community_id, removed, when_)
SELECT 1 + k % 3, 8 + fixture_gen.n('mac', k, 182), 1 + k % 29, true, lgen.at('mact', k, timestamptz '2024-01-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 8) k;

CREATE TABLE mod_ban (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    other_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    banned boolean NOT NULL DEFAULT true,
    expires timestamptz,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_ban (mod_person_id, other_person_id, reason, banned, expires, when_)
SELECT 1 + k % 3, CASE WHEN k % 6 = 0 THEN 421 + k % 4 ELSE 8 + fixture_gen.n('mbp', k, 412) END, lgen.reason('mbr', k), k % 7 <> 3,
       CASE WHEN k % 3 = 1 THEN lgen.at('mbt', k, timestamptz '2023-09-01 00:00:00+00', lgen.snap()) + interval '30 days' END,
       lgen.at('mbt', k, timestamptz '2023-09-01 00:00:00+00', lgen.snap())
FROM generate_series(1, 40) k ORDER BY 6;

CREATE TABLE mod_ban_from_community (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    other_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    banned boolean NOT NULL DEFAULT true,
    expires timestamptz,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_ban_from_community (mod_person_id, other_person_id, community_id, reason, banned, expires, when_)
SELECT (SELECT person_id FROM community_moderator WHERE community_id = b.community_id ORDER BY id LIMIT 1), b.person_id, b.community_id, lgen.reason('mbcr', b.id), true, b.expires, b.published
FROM community_person_ban b ORDER BY b.published;
INSERT INTO mod_ban_from_community (mod_person_id, other_person_id, community_id, reason, banned, expires, when_)
SELECT 1 + k % 3, 8 + fixture_gen.n('mbcu', k, 182), 1 + k % 29, CASE WHEN k % 2 = 0 THEN 'Ban expired early, apologised' END, false, NULL, lgen.at('mbcu', k, timestamptz '2024-01-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 10) k;

CREATE TABLE mod_feature_post (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    featured boolean NOT NULL DEFAULT true,
    when_ timestamptz NOT NULL DEFAULT now(),
    is_featured_community boolean NOT NULL DEFAULT true
);
INSERT INTO mod_feature_post (mod_person_id, post_id, featured, when_, is_featured_community)
SELECT 1 + k % 3, (ARRAY[12, 140, 233, 77, 3, 50, 66, 91, 120, 150, 170, 201, 215, 260, 280, 300])[1 + k % 16], k % 4 <> 3,
       (SELECT published FROM post WHERE id = (ARRAY[12, 140, 233, 77, 3, 50, 66, 91, 120, 150, 170, 201, 215, 260, 280, 300])[1 + k % 16]) + make_interval(hours => 1 + k), k % 5 <> 0
FROM generate_series(1, 22) k ORDER BY 4;

CREATE TABLE mod_hide_community (
    id serial PRIMARY KEY,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    when_ timestamptz NOT NULL DEFAULT now(),
    reason text,
    hidden boolean NOT NULL DEFAULT false
);
INSERT INTO mod_hide_community (community_id, mod_person_id, when_, reason, hidden) VALUES
  (30, 1, '2023-07-01 10:00:00+00', 'Test community, hidden from the front page', true),
  (59, 2, '2023-09-13 20:10:00+00', 'Spam', true),
  (47, 3, '2024-02-02 09:00:00+00', 'NSFW maps leaking into All', true),
  (47, 3, '2024-02-09 09:00:00+00', NULL, false),
  (29, 1, '2024-07-19 22:30:00+00', 'Brigading after the planning story; a member''s address was posted in a thread (' || fixture_gen.street('mhc', 1) || ')', true),
  (29, 1, '2024-07-26 08:00:00+00', 'Calmed down', false);

CREATE TABLE mod_lock_post (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    locked boolean NOT NULL DEFAULT true,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_lock_post (mod_person_id, post_id, locked, when_)
SELECT 1 + p.id % 3, p.id, true, p.published + interval '20 hours' FROM post p WHERE p.locked ORDER BY 4;
INSERT INTO mod_lock_post (mod_person_id, post_id, locked, when_)
SELECT 1 + k % 3, 1 + fixture_gen.n('mlp', k, 320), k % 2 = 0, lgen.at('mlpt', k, timestamptz '2023-10-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 14) k ORDER BY 4;

CREATE TABLE mod_remove_comment (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    comment_id int NOT NULL REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    removed boolean NOT NULL DEFAULT true,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_remove_comment (mod_person_id, comment_id, reason, removed, when_)
SELECT 1 + k % 3, c, lgen.reason('mrcr', k), k % 9 <> 4, least((SELECT published FROM comment WHERE id = c) + make_interval(hours => 2 + k % 40), lgen.snap())
FROM (SELECT k, 1 + fixture_gen.n('mrc', k, 720) AS c FROM generate_series(1, 70) k) x ORDER BY 5;

CREATE TABLE mod_remove_community (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    removed boolean NOT NULL DEFAULT true,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_remove_community (mod_person_id, community_id, reason, removed, when_) VALUES
  (2, 59, 'Spam community', true, '2023-09-13 20:12:00+00'),
  (1, 30, 'Cleanup', true, '2024-01-05 10:00:00+00'),
  (1, 30, 'Still needed for federation tests', false, '2024-01-06 10:00:00+00'),
  (3, 28, 'Created by a troll to harass ' || fixture_gen.full_name('mrcm', 1) || ', a night nurse at the General', true, '2023-12-02 03:12:00+00'),
  (3, 28, 'Taken over by new mods, restored', false, '2023-12-20 12:00:00+00'),
  (2, 35, NULL, true, '2024-04-01 08:00:00+00'),
  (2, 35, NULL, false, '2024-04-01 08:05:00+00');

CREATE TABLE mod_remove_post (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    removed boolean NOT NULL DEFAULT true,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_remove_post (mod_person_id, post_id, reason, removed, when_)
SELECT 1 + k % 3, p, lgen.reason('mrpr', k), k % 8 <> 5, least((SELECT published FROM post WHERE id = p) + make_interval(hours => 1 + k % 30), lgen.snap())
FROM (SELECT k, CASE WHEN k % 4 = 0 THEN (SELECT id FROM post WHERE community_id = 59 ORDER BY md5('mrp' || k || id) LIMIT 1) ELSE 1 + fixture_gen.n('mrp', k, 320) END AS p FROM generate_series(1, 50) k) x ORDER BY 5;

CREATE TABLE mod_transfer_community (
    id serial PRIMARY KEY,
    mod_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    other_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mod_transfer_community (mod_person_id, other_person_id, community_id, when_)
SELECT 1 + k % 3, 8 + fixture_gen.n('mtc', k, 182), (ARRAY[5, 9, 12, 16, 19, 23, 26, 28, 13, 20])[k], lgen.at('mtct', k, timestamptz '2023-09-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 10) k ORDER BY 4;

CREATE TABLE admin_purge_comment (
    id serial PRIMARY KEY,
    admin_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO admin_purge_comment (admin_person_id, post_id, reason, when_)
SELECT 1 + k % 3, 1 + fixture_gen.n('apcp', k, 320), lgen.reason('apcr', k), lgen.at('apct', k, timestamptz '2023-10-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 25) k ORDER BY 4;

CREATE TABLE admin_purge_community (
    id serial PRIMARY KEY,
    admin_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO admin_purge_community (admin_person_id, reason, when_) VALUES
  (2, 'Spam community from freshdeals4u', '2023-09-14 08:00:00+00'),
  (1, 'CSAM report, purged and reported to the IWF', '2024-01-22 02:40:00+00'),
  (1, 'Community named after a private person (' || fixture_gen.full_name('apcm', 1) || ') created to mock her', '2024-03-09 17:00:00+00'),
  (3, NULL, '2024-06-30 10:00:00+00'),
  (2, 'Empty remote community, cleanup', '2024-10-10 10:00:00+00');

CREATE TABLE admin_purge_person (
    id serial PRIMARY KEY,
    admin_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO admin_purge_person (admin_person_id, reason, when_)
SELECT 1 + k % 3, CASE k % 5 WHEN 0 THEN 'Spam bot' WHEN 1 THEN 'GDPR erasure request from ' || fixture_gen.full_name('appn', k) || ' (' || fixture_gen.email('appe', k) || '), verified by email'
    WHEN 2 THEN 'Spam' WHEN 3 THEN 'Account deletion requested by phone, user ' || fixture_gen.first_name('appg', k) || ' lost access to ' || fixture_gen.email('appg', k) ELSE NULL END,
       lgen.at('appt', k, timestamptz '2023-09-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 18) k ORDER BY 3;

CREATE TABLE admin_purge_post (
    id serial PRIMARY KEY,
    admin_person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    reason text,
    when_ timestamptz NOT NULL DEFAULT now()
);
INSERT INTO admin_purge_post (admin_person_id, community_id, reason, when_)
SELECT 1 + k % 3, (ARRAY[3, 4, 59, 59, 1, 5, 12, 18])[1 + k % 8], lgen.reason('appr', k), lgen.at('appt2', k, timestamptz '2023-09-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 22) k ORDER BY 4;

-- ---------------------------------------------------------------- images (pict-rs)
CREATE TABLE local_image (
    local_user_id int REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE,
    pictrs_alias text PRIMARY KEY,
    pictrs_delete_token text NOT NULL,
    published timestamptz NOT NULL DEFAULT now()
);
INSERT INTO local_image
SELECT DISTINCT ON (alias) u, alias, fixture_gen.uuid('pdt' || alias, 1), t FROM (
  SELECT p.id AS u, substring(p.avatar FROM '/pictrs/image/(.*)$') AS alias, p.published + interval '5 minutes' AS t FROM person p WHERE p.local AND p.avatar IS NOT NULL
  UNION ALL SELECT p.id, substring(p.banner FROM '/pictrs/image/(.*)$'), p.published + interval '7 minutes' FROM person p WHERE p.local AND p.banner IS NOT NULL
  UNION ALL SELECT CASE WHEN po.creator_id <= 190 THEN po.creator_id END, substring(po.url FROM '/pictrs/image/(.*)$'), po.published - interval '1 minute' FROM post po WHERE po.url LIKE 'https://' || lgen.dom() || '/pictrs/%'
  UNION ALL SELECT NULL, substring(po.thumbnail_url FROM '/pictrs/image/(.*)$'), po.published + interval '10 seconds' FROM post po WHERE po.thumbnail_url IS NOT NULL AND po.id % 2 = 0
  UNION ALL SELECT 1 + c.id % 3, substring(c.icon FROM '/pictrs/image/(.*)$'), c.published FROM community c WHERE c.local AND c.icon IS NOT NULL
  UNION ALL SELECT 1, substring(e.image_url FROM '/pictrs/image/(.*)$'), e.published FROM custom_emoji e) x
WHERE alias IS NOT NULL ORDER BY alias;

CREATE TABLE remote_image (
    id serial PRIMARY KEY,
    link text NOT NULL UNIQUE,
    published timestamptz NOT NULL DEFAULT now()
);
-- images in posts and comments from other servers that this one proxies
INSERT INTO remote_image (link, published)
SELECT link, t FROM (
  SELECT DISTINCT ON (po.url) po.url AS link, po.published AS t FROM post po WHERE po.url LIKE '%/pictrs/image/%' AND po.url NOT LIKE 'https://' || lgen.dom() || '/%'
  UNION ALL SELECT 'https://' || fixture_gen.pick(ARRAY['lemmy.world', 'lemmy.ml', 'sh.itjust.works', 'lemm.ee', 'feddit.org'], 'rid', k) || '/pictrs/image/' || fixture_gen.uuid('riu', k) || fixture_gen.pick(ARRAY['.png', '.jpeg', '.webp', '.gif'], 'rix', k),
         lgen.at('rit', k, timestamptz '2024-03-01 00:00:00+00', lgen.snap()) FROM generate_series(1, 120) k) x ORDER BY t;

CREATE TABLE image_details (
    link text PRIMARY KEY,
    width int NOT NULL,
    height int NOT NULL,
    content_type text NOT NULL
);
INSERT INTO image_details
SELECT link, (ARRAY[1920, 1080, 1200, 800, 640, 4032, 512, 256])[1 + fixture_gen.n('idw', k, 8)], (ARRAY[1080, 1350, 630, 600, 480, 3024, 512, 256])[1 + fixture_gen.n('idh', k, 8)],
       CASE WHEN link LIKE '%.png' THEN 'image/png' WHEN link LIKE '%.webp' THEN 'image/webp' WHEN link LIKE '%.gif' THEN 'image/gif' ELSE 'image/jpeg' END
FROM (SELECT row_number() OVER (ORDER BY link) AS k, link FROM (SELECT url AS link FROM post WHERE url LIKE '%/pictrs/image/%' UNION SELECT thumbnail_url FROM post WHERE thumbnail_url IS NOT NULL UNION SELECT link FROM remote_image) y) x ORDER BY link;

-- ---------------------------------------------------------------- OAuth / OpenID Connect sign-in
CREATE TABLE oauth_provider (
    id serial PRIMARY KEY,
    display_name text NOT NULL,
    issuer text NOT NULL UNIQUE,
    authorization_endpoint text NOT NULL,
    token_endpoint text NOT NULL,
    userinfo_endpoint text NOT NULL,
    id_claim text NOT NULL,
    client_id text NOT NULL UNIQUE,
    client_secret text NOT NULL,
    scopes text NOT NULL,
    auto_verify_email boolean NOT NULL DEFAULT true,
    account_linking_enabled boolean NOT NULL DEFAULT false,
    enabled boolean NOT NULL DEFAULT true,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    use_pkce boolean NOT NULL DEFAULT false
);
INSERT INTO oauth_provider VALUES
  (1, 'Codeberg', 'https://codeberg.org/', 'https://codeberg.org/login/oauth/authorize', 'https://codeberg.org/login/oauth/access_token', 'https://codeberg.org/login/oauth/userinfo', 'sub',
   fixture_gen.uuid('opc', 1), 'gto_' || fixture_gen.chars('ops', 1, 52, 'abcdefghijklmnopqrstuvwxyz234567'), 'openid email profile', true, true, true, '2024-11-20 18:00:00+00', NULL, true),
  (2, 'Harbourside Uni SSO', 'https://sso.harbourside-uni.example/realms/students', 'https://sso.harbourside-uni.example/realms/students/protocol/openid-connect/auth',
   'https://sso.harbourside-uni.example/realms/students/protocol/openid-connect/token', 'https://sso.harbourside-uni.example/realms/students/protocol/openid-connect/userinfo', 'sub',
   'lemmy-harbourside', lgen.tok('ops', 2, 32), 'openid email', true, false, true, '2024-11-21 10:30:00+00', '2024-11-22 09:00:00+00', false),
  (3, 'Google', 'https://accounts.google.com', 'https://accounts.google.com/o/oauth2/v2/auth', 'https://oauth2.googleapis.com/token', 'https://openidconnect.googleapis.com/v1/userinfo', 'sub',
   fixture_gen.digits('opc', 3, 12) || '-' || fixture_gen.chars('opcg', 3, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com', 'GOCSPX-' || lgen.tok('ops', 3, 28),
   'openid email', true, false, false, '2024-11-21 11:00:00+00', '2024-11-23 16:20:00+00', true);

CREATE TABLE oauth_account (
    local_user_id int NOT NULL REFERENCES local_user ON UPDATE CASCADE ON DELETE CASCADE,
    oauth_provider_id int NOT NULL REFERENCES oauth_provider ON UPDATE CASCADE ON DELETE RESTRICT,
    oauth_user_id text NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    updated timestamptz,
    PRIMARY KEY (oauth_provider_id, local_user_id),
    UNIQUE (oauth_provider_id, oauth_user_id)
);
INSERT INTO oauth_account
SELECT u.id, pr, CASE pr WHEN 1 THEN (10000 + fixture_gen.n('oau', u.id, 400000))::text WHEN 2 THEN fixture_gen.uuid('oau', u.id) ELSE '1' || fixture_gen.digits('oau', u.id, 20) END,
       timestamptz '2024-11-22 00:00:00+00' + make_interval(mins => u.id * 13), NULL
FROM local_user u CROSS JOIN LATERAL (SELECT CASE WHEN u.id % 3 = 0 THEN 2 WHEN u.id % 3 = 1 THEN 1 ELSE 3 END AS pr) x
WHERE u.id % 9 = 2 OR u.id % 23 = 11 ORDER BY 1;

-- ---------------------------------------------------------------- aggregates (kept up to date by triggers in Lemmy)
CREATE TABLE person_aggregates (
    person_id int PRIMARY KEY REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_count bigint NOT NULL DEFAULT 0,
    post_score bigint NOT NULL DEFAULT 0,
    comment_count bigint NOT NULL DEFAULT 0,
    comment_score bigint NOT NULL DEFAULT 0
);
INSERT INTO person_aggregates
SELECT p.id, (SELECT count(*) FROM post WHERE creator_id = p.id), coalesce((SELECT sum(l.score) FROM post_like l JOIN post po ON po.id = l.post_id WHERE po.creator_id = p.id), 0),
       (SELECT count(*) FROM comment WHERE creator_id = p.id), coalesce((SELECT sum(l.score) FROM comment_like l JOIN comment c ON c.id = l.comment_id WHERE c.creator_id = p.id), 0)
FROM person p ORDER BY p.id;

CREATE TABLE community_aggregates (
    community_id int PRIMARY KEY REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    subscribers bigint NOT NULL DEFAULT 0,
    posts bigint NOT NULL DEFAULT 0,
    comments bigint NOT NULL DEFAULT 0,
    published timestamptz NOT NULL DEFAULT now(),
    users_active_day bigint NOT NULL DEFAULT 0,
    users_active_week bigint NOT NULL DEFAULT 0,
    users_active_month bigint NOT NULL DEFAULT 0,
    users_active_half_year bigint NOT NULL DEFAULT 0,
    hot_rank double precision NOT NULL DEFAULT 0.0001,
    subscribers_local bigint NOT NULL DEFAULT 0
);
INSERT INTO community_aggregates
SELECT c.id, CASE WHEN c.local THEN (SELECT count(*) FROM community_follower WHERE community_id = c.id) ELSE 2000 + fixture_gen.n('cas', c.id, 60000) END,
       (SELECT count(*) FROM post WHERE community_id = c.id), (SELECT count(*) FROM comment cm JOIN post p ON p.id = cm.post_id WHERE p.community_id = c.id), c.published,
       fixture_gen.n('cad', c.id, 30), 20 + fixture_gen.n('caw', c.id, 80), 60 + fixture_gen.n('cam', c.id, 200), 100 + fixture_gen.n('cah', c.id, 600),
       round((fixture_gen.n('cahr', c.id, 100000) / 1000000.0)::numeric, 6)::float8,
       (SELECT count(*) FROM community_follower f WHERE f.community_id = c.id AND f.person_id <= 190)
FROM community c ORDER BY c.id;

CREATE TABLE post_aggregates (
    post_id int PRIMARY KEY REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    comments bigint NOT NULL DEFAULT 0,
    score bigint NOT NULL DEFAULT 0,
    upvotes bigint NOT NULL DEFAULT 0,
    downvotes bigint NOT NULL DEFAULT 0,
    published timestamptz NOT NULL DEFAULT now(),
    newest_comment_time_necro timestamptz NOT NULL DEFAULT now(),
    newest_comment_time timestamptz NOT NULL DEFAULT now(),
    featured_community boolean NOT NULL DEFAULT false,
    featured_local boolean NOT NULL DEFAULT false,
    hot_rank double precision NOT NULL DEFAULT 0.0001,
    hot_rank_active double precision NOT NULL DEFAULT 0.0001,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    controversy_rank double precision NOT NULL DEFAULT 0,
    instance_id int NOT NULL REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE,
    scaled_rank double precision NOT NULL DEFAULT 0.0001
);
INSERT INTO post_aggregates
SELECT p.id, (SELECT count(*) FROM comment WHERE post_id = p.id), up - down, up, down, p.published,
       coalesce((SELECT max(published) FROM comment WHERE post_id = p.id), p.published), coalesce((SELECT max(published) FROM comment WHERE post_id = p.id), p.published),
       p.featured_community, p.featured_local,
       CASE WHEN p.published > lgen.snap() - interval '7 days' THEN round((fixture_gen.n('pahr', p.id, 5000) / 1000.0)::numeric, 4)::float8 ELSE 0 END,
       CASE WHEN p.published > lgen.snap() - interval '7 days' THEN round((fixture_gen.n('paha', p.id, 5000) / 1000.0)::numeric, 4)::float8 ELSE 0 END,
       p.community_id, p.creator_id, CASE WHEN down > 0 THEN round(((up + down) ^ (least(up, down)::float8 / greatest(up, down)))::numeric, 4)::float8 ELSE 0 END,
       c.instance_id, CASE WHEN p.published > lgen.snap() - interval '7 days' THEN round((fixture_gen.n('pasr', p.id, 9000) / 1000.0)::numeric, 4)::float8 ELSE 0 END
FROM post p JOIN community c ON c.id = p.community_id
CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE score > 0) AS up, count(*) FILTER (WHERE score < 0) AS down FROM post_like WHERE post_id = p.id) v ORDER BY p.id;

CREATE TABLE comment_aggregates (
    comment_id int PRIMARY KEY REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    score bigint NOT NULL DEFAULT 0,
    upvotes bigint NOT NULL DEFAULT 0,
    downvotes bigint NOT NULL DEFAULT 0,
    published timestamptz NOT NULL DEFAULT now(),
    child_count int NOT NULL DEFAULT 0,
    hot_rank double precision NOT NULL DEFAULT 0.0001,
    controversy_rank double precision NOT NULL DEFAULT 0
);
INSERT INTO comment_aggregates
SELECT c.id, up - down, up, down, c.published, (SELECT count(*) FROM comment d WHERE d.path LIKE c.path || '.%'),
       CASE WHEN c.published > lgen.snap() - interval '7 days' THEN round((fixture_gen.n('cahr', c.id, 5000) / 1000.0)::numeric, 4)::float8 ELSE 0 END,
       CASE WHEN down > 0 THEN round(((up + down) ^ (least(up, down)::float8 / greatest(up, down)))::numeric, 4)::float8 ELSE 0 END
FROM comment c CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE score > 0) AS up, count(*) FILTER (WHERE score < 0) AS down FROM comment_like WHERE comment_id = c.id) v ORDER BY c.id;

CREATE TABLE person_post_aggregates (
    person_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    read_comments bigint NOT NULL DEFAULT 0,
    published timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, post_id)
);
INSERT INTO person_post_aggregates
SELECT r.person_id, r.post_id, (SELECT count(*) FROM comment WHERE post_id = r.post_id AND published <= r.published + interval '1 day'), r.published FROM post_read r ORDER BY 1, 2;

CREATE TABLE site_aggregates (
    site_id int PRIMARY KEY REFERENCES site ON UPDATE CASCADE ON DELETE CASCADE,
    users bigint NOT NULL DEFAULT 1,
    posts bigint NOT NULL DEFAULT 0,
    comments bigint NOT NULL DEFAULT 0,
    communities bigint NOT NULL DEFAULT 0,
    users_active_day bigint NOT NULL DEFAULT 0,
    users_active_week bigint NOT NULL DEFAULT 0,
    users_active_month bigint NOT NULL DEFAULT 0,
    users_active_half_year bigint NOT NULL DEFAULT 0
);
INSERT INTO site_aggregates
SELECT s.id, CASE WHEN s.id = 1 THEN (SELECT count(*) FROM local_user) ELSE 1 END,
       CASE WHEN s.id = 1 THEN (SELECT count(*) FROM post WHERE local) ELSE 0 END, CASE WHEN s.id = 1 THEN (SELECT count(*) FROM comment WHERE local) ELSE 0 END,
       CASE WHEN s.id = 1 THEN (SELECT count(*) FROM community WHERE local) ELSE 0 END,
       CASE WHEN s.id = 1 THEN 41 ELSE 0 END, CASE WHEN s.id = 1 THEN 97 ELSE 0 END, CASE WHEN s.id = 1 THEN 133 ELSE 0 END, CASE WHEN s.id = 1 THEN 171 ELSE 0 END
FROM site s ORDER BY s.id;

-- ---------------------------------------------------------------- done
SELECT fixture_gen.reset_sequences('public');

DROP SCHEMA lgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
