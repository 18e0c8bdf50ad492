-- classify-eval fixture (HOLDOUT 43: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- database of a diaspora* 0.7 pod upgraded to 0.9 on PostgreSQL, in the
-- application's own Rails naming (plural snake_case tables, serial integer
-- ids, created_at/updated_at without time zone, varchar(255) strings kept
-- from its MySQL days, text columns holding YAML and JSON), a subset of its
-- tables with their real names and types.
-- "pod.lindenhof.example", a community pod of a few hundred people: 200
-- local users and 300 remote people on other diaspora* pods and on
-- Friendica and Hubzilla servers, all known by their diaspora* handle
-- (user@pod). Users with emails, pending email changes, bcrypt hashes,
-- Devise reset tokens, the legacy API authentication_token, confirmation
-- tokens, sign-in IPs, PEM RSA private keys, OTP secrets (the 0.9 Rails
-- encrypted one and the plain one kept by the migration) and backup-code
-- hashes, and the file names of their profile and photo exports, which
-- carry the username. People with guids, handles and public keys; profiles
-- with names, avatars, birthdays, the gender people typed, bios (some with
-- a phone or an email) and locations. Aspects (the user's own lists, some
-- named after people), contacts; posts in markdown with @{Name; handle}
-- mentions (lost keys, flat swaps and parties with phones and addresses,
-- family news), reshares, Tumblr cross-post ids keyed by the blog name,
-- comments, likes, photos with captions, the places posts were written
-- from with their coordinates, polls, private conversations and their
-- messages, notifications, reports with the reporter's reasons, roles,
-- invitation codes, services connected to Twitter, Tumblr and WordPress
-- with their tokens and the account's nickname, oEmbed caches naming
-- Flickr and YouTube authors beside Open Graph caches of news sites,
-- relayable signatures, account deletions and migrations, tags, the chat's
-- contacts, offline messages and private XML (vCards), the OpenID Connect
-- provider's applications (client secrets, developers' contact emails),
-- authorizations with codes and refresh tokens, access tokens, ID tokens,
-- and the pairwise pseudonymous identifiers handed to relying parties; pods
-- whose hosts and errors are servers', and Rails bookkeeping.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA dgen;

-- tok: len letters and digits (Devise.friendly_token-like).
CREATE FUNCTION dgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, least(len, 190)), '+/=', 'xQ7'), 1, len) $$;

-- u64: URL-safe base64 of len bytes, unpadded.
CREATE FUNCTION dgen.u64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+/', '-_'), '=') $$;

-- hx: len (<= 64) lower-case hex digits.
CREATE FUNCTION dgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(md5(tag || ':' || i) || md5(tag || '+' || i), 1, len) $$;

-- pem: a PEM block of nbytes pseudo-random bytes after a DER prefix, in
-- 64-character lines; the armour is assembled so no line looks like a key.
CREATE FUNCTION dgen.pem(label text, prefix text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----' || 'BEGIN ' || label || E'-----\n'
      || rtrim(regexp_replace(prefix || translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || b || ':' || i, 'UTF8')), ''::bytea ORDER BY b), 1, nbytes), 'base64'), E'\n', ''), '(.{64})', E'\\1\n', 'g'), E'\n')
      || E'\n-----' || 'END ' || label || E'-----\n'
  FROM generate_series(1, (nbytes + 63) / 64) b
$$;

-- bcrypt: Devise's bcrypt at cost 10.
CREATE FUNCTION dgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || substr(translate(fixture_gen.b64(tag, i, 48), '+=', '.A'), 1, 53) $$;

-- b32: a base32 TOTP secret.
CREATE FUNCTION dgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- ip: an IPv4 address, or for one in four an IPv6 one.
CREATE FUNCTION dgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v', i, 4) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END
$$;

-- ---------------------------------------------------------------- the people
-- 1-200 local users of pod.lindenhof.example, 201-500 remote people.
CREATE TABLE dgen.pods AS
SELECT row_number() OVER () AS id, h AS host, s AS software FROM unnest(
  ARRAY['diasp.org', 'joindiaspora.com', 'framasphere.org', 'pluspora.com', 'diaspora-fr.org', 'despora.de', 'nerdpol.ch', 'diasp.eu',
        'diaspora.psyco.fr', 'pod.geraspora.de', 'social.isurf.ca', 'diaspote.org', 'iviv.hu', 'diaspod.de', 'sechat.org', 'diaspora.permutationsofchaos.com',
        'friendica.lowlands.example', 'libranet.de', 'hub.netzgemeinde.eu', 'squeet.me', 'nerdica.net', 'hubzilla.hampshire.example',
        'pod.dapor.net', 'diaspora.koehn.com', 'social.mrzyx.de', 'diaspora.subsignal.org', 'pod.orkz.net', 'diaspora.hofstede.it',
        'foobar.community', 'diasporing.ch', 'poddery.com', 'dia.manuelbichler.at', 'diaspora.ruhrcom.example', 'pod.alterpiece.co',
        'diaspora.town', 'diaspora.glasswings.com', 'diaspora.sceal.ie', 'pod.thing.org', 'the-federation.info.example', 'pod.hoth.example'],
  ARRAY['diaspora 0.7.18.2', 'diaspora 0.7.18.2', 'diaspora 0.7.17.0', 'diaspora 0.7.18.2', 'diaspora 0.7.16.0', 'diaspora 0.7.18.1', 'diaspora 0.7.18.2', 'diaspora 0.7.15.0',
        'diaspora 0.7.18.2', 'diaspora 0.7.18.2', 'diaspora 0.7.14.0', 'diaspora 0.7.18.2', 'diaspora 0.7.18.0', 'diaspora 0.7.18.2', 'diaspora 0.7.18.2', 'diaspora 0.7.12.0',
        'friendica 2023.12', 'friendica 2024.03', 'hubzilla 8.8.6', 'friendica 2023.05', 'friendica 2024.03', 'hubzilla 9.0',
        'diaspora 0.7.18.2', 'diaspora 0.7.17.0', 'diaspora 0.7.18.2', 'diaspora 0.7.6.1', 'diaspora 0.7.18.2', 'diaspora 0.7.9.0',
        'diaspora 0.7.18.2', 'diaspora 0.7.18.2', 'diaspora 0.7.18.2', 'diaspora 0.7.13.0', 'diaspora 0.9.0.0', 'diaspora 0.7.18.2',
        'diaspora 0.7.18.2', 'diaspora 0.7.18.2', 'diaspora 0.7.11.0', 'diaspora 0.7.18.2', '', 'diaspora 0.7.4.1']) AS x(h, s);

CREATE TABLE dgen.p AS
SELECT i, i <= 200 AS local, fixture_gen.first_name('dfn', i) AS first, fixture_gen.last_name('dln', i) AS last,
       fixture_gen.n('dus', i, 8) AS ustyle, CASE WHEN i > 200 THEN 1 + fixture_gen.n('dpod', i, 38) END AS pod_id
FROM generate_series(1, 500) i;
ALTER TABLE dgen.p ADD COLUMN uname text, ADD COLUMN host text, ADD COLUMN handle text, ADD COLUMN guid text, ADD COLUMN email text,
    ADD COLUMN created timestamp, ADD COLUMN name text;
UPDATE dgen.p SET uname = CASE ustyle
      WHEN 0 THEN fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last)
      WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last)
      WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
      WHEN 3 THEN fixture_gen.ascii(first) || (10 + fixture_gen.n('dusd', i, 89))::text
      WHEN 4 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
      WHEN 5 THEN fixture_gen.ascii(first)
      ELSE fixture_gen.pick(ARRAY['mossyfrog', 'quietpixel', 'nightjar', 'tidepool', 'rustbucket', 'larkspur', 'ferncat', 'oddsocks', 'bikeshed', 'inkwell',
           'pinecone', 'teapot', 'crowquill', 'saltmarsh', 'bramblefox', 'owlbear', 'kettle', 'hedgewitch', 'sourdough_sam', 'linuxlurker'], 'dps', i) END,
    name = first || ' ' || last,
    created = CASE WHEN i <= 200 THEN timestamp '2017-03-11 10:04:31' + make_interval(secs => (i - 1) * 3600 * 41 + fixture_gen.n('dcr', i, 86400))
                   ELSE fixture_gen.ts('dcr', i) END;
UPDATE dgen.p SET uname = replace(uname, '.', '_') WHERE local;
UPDATE dgen.p a SET uname = a.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY coalesce(pod_id, 0), uname ORDER BY i) AS rn FROM dgen.p) d
WHERE d.i = a.i AND d.rn > 1;
UPDATE dgen.p p SET host = coalesce((SELECT host FROM dgen.pods WHERE id = p.pod_id), 'pod.lindenhof.example'),
    guid = CASE WHEN i % 5 = 0 THEN dgen.hx('dgu', i, 16) ELSE replace(fixture_gen.uuid('dgu', i), '-', '') END,
    email = CASE i % 6 WHEN 0 THEN fixture_gen.ascii(first) || '@' || fixture_gen.ascii(last) || '.family.example'
                       WHEN 1 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@posteo.de'
                       ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || (i % 100)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'web.de', 'gmx.de', 'orange.fr',
                            'proton.me', 'icloud.com', 'libero.it', 'yahoo.co.uk', 'mailbox.org'], 'demd', i) END;
UPDATE dgen.p SET handle = uname || '@' || host;
-- the pod's own accounts
UPDATE dgen.p SET first = v.d, last = NULL, uname = v.u, handle = v.u || '@pod.lindenhof.example', name = v.d, email = v.e
FROM (VALUES (1, 'podmin', 'Lindenhof podmin', 'podmin@lindenhof.example'),
             (4, 'hq', 'Lindenhof Stadtteilzentrum', 'info@stadtteilzentrum-lindenhof.example'),
             (5, 'repaircafe', 'Repair Café Lindenhof', 'repaircafe@lindenhof.example')) v(i, u, d, e)
WHERE p.i = v.i;

-- ---------------------------------------------------------------- pods, people, users, profiles
CREATE TABLE pods (
    id serial PRIMARY KEY,
    host varchar(255) NOT NULL,
    ssl boolean,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    status integer DEFAULT 0,
    checked_at timestamp DEFAULT '1970-01-01 00:00:00',
    offline_since timestamp,
    response_time integer DEFAULT -1,
    software varchar(255),
    error varchar(255),
    port integer,
    blocked boolean DEFAULT false,
    scheduled_check boolean DEFAULT false NOT NULL
);
CREATE UNIQUE INDEX index_pods_on_host_and_port ON pods (host, port);
INSERT INTO pods
SELECT id, host, id <> 27, fixture_gen.ts('dpc', id), fixture_gen.ts('dpc', id) + interval '400 days',
       CASE WHEN id % 9 = 4 THEN 5 WHEN id % 13 = 7 THEN 3 WHEN id % 11 = 2 THEN 7 ELSE 1 END,
       timestamp '2024-10-07 03:00:00' + make_interval(secs => fixture_gen.n('dpk', id, 86400)),
       CASE WHEN id % 9 = 4 OR id % 13 = 7 OR id % 11 = 2 THEN fixture_gen.ts('dpo', id) END,
       CASE WHEN id % 9 = 4 THEN -1 ELSE 80 + fixture_gen.n('dprt', id, 1900) END,
       nullif(software, ''),
       CASE WHEN id % 9 = 4 THEN 'ConnectionFailed: Failed to open TCP connection to ' || host || ':443 (getaddrinfo: Name or service not known)'
            WHEN id % 13 = 7 THEN 'SSLError: SSL_connect returned=1 errno=0 peeraddr=' || fixture_gen.ipv4('dpip', id) || ':443 state=error: certificate verify failed (certificate has expired)'
            WHEN id % 11 = 2 THEN 'HTTPFailed: ' || host || ' returned HTTP status 502'
            WHEN id = 39 THEN 'VersionMismatch: no nodeinfo found on ' || host END,
       CASE WHEN id = 27 THEN 3000 END, id IN (22, 39), id % 17 = 5
FROM dgen.pods;

CREATE TABLE people (
    id serial PRIMARY KEY,
    guid varchar(255) NOT NULL,
    diaspora_handle varchar(255) NOT NULL,
    serialized_public_key text NOT NULL,
    owner_id integer,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    closed_account boolean DEFAULT false,
    fetch_status integer DEFAULT 0,
    pod_id integer REFERENCES pods (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX index_people_on_guid ON people (guid);
CREATE UNIQUE INDEX index_people_on_diaspora_handle ON people (diaspora_handle);
INSERT INTO people
SELECT i, guid, handle, dgen.pem('PUBLIC KEY', 'MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA', 'dpub', i, 480),
       CASE WHEN local THEN i END, created, created + make_interval(secs => fixture_gen.n('dpu', i, 40000000)),
       i % 47 = 13, CASE WHEN local THEN 0 WHEN i % 31 = 3 THEN 2 ELSE 1 END, pod_id
FROM dgen.p;

CREATE TABLE users (
    id serial PRIMARY KEY,
    username varchar(255),
    serialized_private_key text,
    getting_started boolean DEFAULT true NOT NULL,
    disable_mail boolean DEFAULT false NOT NULL,
    language varchar(255),
    email varchar(255) DEFAULT '' NOT NULL,
    encrypted_password varchar(255) DEFAULT '' NOT NULL,
    reset_password_token varchar(255),
    remember_created_at timestamp,
    sign_in_count integer DEFAULT 0,
    current_sign_in_at timestamp,
    last_sign_in_at timestamp,
    current_sign_in_ip varchar(255),
    last_sign_in_ip varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    invited_by_id integer,
    authentication_token varchar(30),
    unconfirmed_email varchar(255),
    confirm_email_token varchar(30),
    locked_at timestamp,
    show_community_spotlight_in_stream boolean DEFAULT true NOT NULL,
    auto_follow_back boolean DEFAULT false,
    auto_follow_back_aspect_id integer,
    hidden_shareables text,
    reset_password_sent_at timestamp,
    last_seen timestamp,
    remove_after timestamp,
    export varchar(255),
    exported_at timestamp,
    exporting boolean DEFAULT false,
    strip_exif boolean DEFAULT true,
    exported_photos_file varchar(255),
    exported_photos_at timestamp,
    exporting_photos boolean DEFAULT false,
    color_theme varchar(255),
    post_default_public boolean DEFAULT false,
    consumed_timestep integer,
    otp_required_for_login boolean,
    otp_backup_codes text,
    plain_otp_secret varchar(255),
    otp_secret text
);
CREATE UNIQUE INDEX index_users_on_username ON users (username);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
INSERT INTO users
SELECT i, uname, dgen.pem('RSA PRIVATE KEY', 'MIIJKQIBAAKCAgEA', 'dpriv', i, 1600),
       i % 23 = 9, i % 5 = 3,
       fixture_gen.pick(ARRAY['de', 'de', 'en', 'en', 'fr', 'es', 'nl', 'pt-BR', 'it', 'ja', 'tr'], 'dlang', i),
       email, dgen.bcrypt('dpw', i),
       CASE WHEN i % 17 = 3 THEN encode(sha256(convert_to('drpt' || i, 'UTF8')), 'hex') END,
       CASE WHEN i % 3 = 0 THEN created + make_interval(days => 100 + fixture_gen.n('drem', i, 900)) END,
       1 + fixture_gen.n('dsic', i, 600),
       created + make_interval(secs => 30000000 + fixture_gen.n('dcsa', i, 90000000)),
       created + make_interval(secs => 20000000 + fixture_gen.n('dlsa', i, 9000000)),
       dgen.ip('dcip', i), dgen.ip('dlip', i),
       created, created + make_interval(secs => fixture_gen.n('duup', i, 90000000)),
       CASE WHEN i > 10 AND i % 4 = 1 THEN 1 + fixture_gen.n('dinv', i, i - 1) END,
       CASE WHEN i % 6 = 2 THEN dgen.tok('datk', i, 30) END,
       CASE WHEN i % 37 = 8 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@mailbox.org' END,
       CASE WHEN i % 37 = 8 THEN dgen.tok('dcet', i, 30) END,
       CASE WHEN i % 53 = 21 THEN created + interval '900 days' END,
       i % 7 <> 4, i % 11 = 6, CASE WHEN i % 11 = 6 THEN i * 4 - 3 END,
       CASE WHEN i % 4 = 2 THEN E'---\nPost:\n' || (SELECT string_agg('- ''' || (1 + fixture_gen.n('dhs', i * 10 + k, 1500))::text || '''', E'\n' ORDER BY k) FROM generate_series(1, 1 + i % 3) k)
                || CASE WHEN i % 8 = 2 THEN E'\nPhoto:\n- ''' || (1 + fixture_gen.n('dhp', i, 300))::text || '''' ELSE '' END || E'\n' END,
       CASE WHEN i % 17 = 3 THEN created + interval '600 days' END,
       timestamp '2024-09-01 00:00:00' + make_interval(secs => fixture_gen.n('dls', i, 3456000)),
       CASE WHEN i % 47 = 13 THEN timestamp '2024-11-20 00:00:00' END,
       CASE WHEN i % 9 = 4 THEN uname || '_diaspora_data_' || dgen.hx('dexp', i, 12) || '.json.gz' END,
       CASE WHEN i % 9 = 4 THEN fixture_gen.ts('dexa', i) END, false, i % 13 <> 5,
       CASE WHEN i % 18 = 4 THEN uname || '_photos_' || dgen.hx('dexph', i, 12) || '.zip' END,
       CASE WHEN i % 18 = 4 THEN fixture_gen.ts('dexpa', i) END, false,
       fixture_gen.pick(ARRAY['original', 'original', 'original', 'dark_green', 'magenta', 'egyptian_blue', 'dark', 'original_gray', 'candy'], 'dct', i),
       i % 5 = 1,
       CASE WHEN i % 8 IN (1, 6) THEN 56000000 + fixture_gen.n('dcts', i, 900000) END,
       i % 8 IN (1, 6),
       CASE WHEN i % 8 IN (1, 6) THEN E'---\n' || (SELECT string_agg('- "' || dgen.bcrypt('dbkc', i * 10 + c) || '"', E'\n' ORDER BY c) FROM generate_series(1, 10) c) || E'\n' END,
       CASE WHEN i % 8 IN (1, 6) THEN dgen.b32('dpotp', i, 32) END,
       CASE WHEN i % 8 IN (1, 6) THEN '{"p":"' || fixture_gen.b64('dotp', i, 32) || '","h":{"iv":"' || fixture_gen.b64('doti', i, 12) || '","at":"' || fixture_gen.b64('dota', i, 16) || '"}}' END
FROM dgen.p WHERE local;
UPDATE users SET getting_started = true, sign_in_count = 1 WHERE id % 23 = 9;

CREATE TABLE profiles (
    id serial PRIMARY KEY,
    diaspora_handle varchar(255),
    first_name varchar(127),
    last_name varchar(127),
    image_url varchar(255),
    image_url_small varchar(255),
    image_url_medium varchar(255),
    birthday date,
    gender varchar(255),
    bio text,
    searchable boolean DEFAULT true NOT NULL,
    person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    location varchar(255),
    full_name varchar(70),
    nsfw boolean DEFAULT false,
    public_details boolean DEFAULT false
);
CREATE INDEX index_profiles_on_full_name ON profiles (full_name);
INSERT INTO profiles
SELECT i, CASE WHEN NOT local AND i % 3 = 0 THEN handle END,
       CASE WHEN i % 19 = 7 THEN NULL WHEN i % 10 = 9 THEN first ELSE first END,
       CASE WHEN i % 19 = 7 OR i % 10 = 9 OR last IS NULL THEN NULL ELSE last END,
       CASE WHEN i % 7 = 5 THEN NULL
            WHEN soft LIKE 'friendica%' THEN 'https://' || p.host || '/photo/profile/' || uname || '.jpg?ts=' || (1600000000 + fixture_gen.n('dts', i, 90000000))::text
            ELSE 'https://' || p.host || '/uploads/images/thumb_large_' || dgen.hx('dimg', i, 20) || '.jpg' END,
       CASE WHEN i % 7 = 5 THEN NULL
            WHEN soft LIKE 'friendica%' THEN 'https://' || p.host || '/photo/avatar/' || uname || '.jpg?ts=' || (1600000000 + fixture_gen.n('dts', i, 90000000))::text
            ELSE 'https://' || p.host || '/uploads/images/thumb_small_' || dgen.hx('dimg', i, 20) || '.jpg' END,
       CASE WHEN i % 7 = 5 THEN NULL
            WHEN soft LIKE 'friendica%' THEN 'https://' || p.host || '/photo/medium/' || uname || '.jpg?ts=' || (1600000000 + fixture_gen.n('dts', i, 90000000))::text
            ELSE 'https://' || p.host || '/uploads/images/thumb_medium_' || dgen.hx('dimg', i, 20) || '.jpg' END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.birth_date('dbd', i)
            WHEN i % 5 = 1 THEN make_date(1004, 1 + fixture_gen.n('dbm', i, 12), 1 + fixture_gen.n('dbdd', i, 28)) END,
       CASE WHEN i % 4 = 0 THEN fixture_gen.pick(ARRAY['female', 'male', 'Female', 'Male', 'weiblich', 'männlich', 'Frau', 'Mann', 'femme', 'homme', 'non-binary', 'nonbinary',
            'they/them', 'she/her', 'he/him', 'trans woman', 'genderqueer', 'agender', 'mujer', 'hombre', 'Kater 🐈', 'yes', 'none of your business', 'f', 'm', 'w'], 'dgen', i) END,
       NULL, i % 29 <> 3, i, created, created + make_interval(secs => fixture_gen.n('dpru', i, 60000000)),
       CASE WHEN i % 3 = 1 THEN fixture_gen.pick(ARRAY['Mannheim', 'Mannheim-Lindenhof', 'Heidelberg', 'Berlin', 'Berlin-Neukölln', 'Hamburg', 'Lyon', 'Toulouse', 'Brussels', 'Zürich',
            'near Freiburg', 'Leeds, UK', 'Porto', 'Kraków', 'Lagos', 'Osaka', 'Pune', 'Wien', 'Earth', 'the internet', 'somewhere in Bavaria', 'Göteborg', 'Curitiba, PR', 'Nowhere'], 'dloc', i) END,
       CASE WHEN i % 19 = 7 THEN '' ELSE lower(coalesce(first, '') || coalesce(' ' || last, '')) END,
       i % 41 = 5, i % 3 = 2
FROM dgen.p p LEFT JOIN dgen.pods d ON d.id = p.pod_id, LATERAL (SELECT coalesce(d.software, 'diaspora') AS soft) s;
-- bios: typed by the person (markdown), some with a phone, an email, a partner's name
UPDATE profiles pr SET bio = CASE fixture_gen.n('dbio', p.i, 12)
    WHEN 0 THEN 'Gardener, cyclist, occasional baker. Mostly posting about #gardening and #foss.'
    WHEN 1 THEN 'Teacher in ' || fixture_gen.city('dbc', p.i) || '. Married to ' || fixture_gen.first_name('dbsp', p.i) || ', two kids, one cat.'
    WHEN 2 THEN 'Freelance translator (DE/EN/FR). Contact: ' || p.email || ' or ' || fixture_gen.phone('dbph', p.i)
    WHEN 3 THEN 'Born ' || to_char(fixture_gen.birth_date('dbd2', p.i), 'DD.MM.YYYY') || ' in ' || fixture_gen.city('dbc2', p.i) || '. Nurse at the Universitätsklinikum, night shifts, so I post at odd hours.'
    WHEN 4 THEN 'Software developer at ' || fixture_gen.pick(ARRAY['SAP', 'Bosch', 'a small agency in Mannheim', 'Roche', 'the city council'], 'dbemp', p.i) || '. Views my own. XMPP: ' || p.uname || '@jabber.de'
    WHEN 5 THEN 'Photography, mostly analog. Prints for sale, write me: ' || p.email
    WHEN 6 THEN '🌱 vegan | 🚲 | 📚 | she/her'
    WHEN 7 THEN 'Refugee from G+. Also on Mastodon as @' || p.uname || '@mastodon.social'
    WHEN 8 THEN 'Retired engineer. Grandfather of ' || fixture_gen.first_name('dbg1', p.i) || ' and ' || fixture_gen.first_name('dbg2', p.i) || '. Signal: ' || fixture_gen.phone('dbsig', p.i)
    WHEN 9 THEN NULL
    WHEN 10 THEN 'Musician. Booking: ' || fixture_gen.phone('dbbk', p.i) || ' (ask for ' || fixture_gen.first_name('dbag', p.i) || ')'
    ELSE '' END
FROM dgen.p p WHERE p.i = pr.person_id AND p.i NOT IN (1, 4, 5);
UPDATE profiles SET first_name = 'Lindenhof podmin', last_name = NULL, full_name = 'lindenhof podmin', bio = 'Admin of this pod. Questions about the pod: podmin@lindenhof.example. Pod rules: https://pod.lindenhof.example/terms', gender = NULL, birthday = NULL WHERE person_id = 1;
UPDATE profiles SET first_name = 'Stadtteilzentrum', last_name = 'Lindenhof', full_name = 'stadtteilzentrum lindenhof', bio = 'Community centre of Lindenhof. Opening hours Mon-Fri 9-18, Meerfeldstraße 5. Tel. 0621 123450', gender = NULL, birthday = NULL, location = 'Mannheim' WHERE person_id = 4;
UPDATE profiles SET first_name = 'Repair Café', last_name = 'Lindenhof', full_name = 'repair café lindenhof', bio = 'Every first Saturday 14-17h. Bring your broken toaster!', gender = NULL, birthday = NULL WHERE person_id = 5;
UPDATE profiles SET full_name = lower(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) WHERE person_id NOT IN (1, 4, 5);

-- mention: diaspora*'s markdown mention of person j (0.7 writes the name too, 0.7.3 on only the handle).
CREATE FUNCTION dgen.m(j bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT CASE WHEN j % 2 = 0 THEN '@{' || name || '; ' || handle || '}' ELSE '@{' || handle || '}' END FROM dgen.p WHERE i = j $$;

-- ---------------------------------------------------------------- aspects and contacts
CREATE TABLE aspects (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    order_id integer,
    chat_enabled boolean DEFAULT false,
    post_default boolean DEFAULT true
);
INSERT INTO aspects
SELECT (u.id - 1) * 4 + k, CASE
         WHEN k = 1 THEN fixture_gen.pick(ARRAY['Family', 'Familie', 'Famille', 'Family'], 'dan1', u.id)
         WHEN k = 2 THEN fixture_gen.pick(ARRAY['Friends', 'Freunde', 'Amis', 'Friends'], 'dan2', u.id)
         WHEN k = 3 THEN fixture_gen.pick(ARRAY['Work', 'Arbeit', 'Acquaintances', 'Bekannte', 'Colleagues'], 'dan3', u.id)
         ELSE fixture_gen.pick(ARRAY['Following', 'Book club', 'Choir', 'FOSS people', 'Neighbours', 'Climbing', 'Photography', 'Repair Café',
                fixture_gen.first_name('dan4', u.id) || '''s friends', 'Ex-colleagues at ' || fixture_gen.pick(ARRAY['SAP', 'Bosch', 'BASF', 'Roche'], 'dan5', u.id),
                'The ' || fixture_gen.last_name('dan6', u.id) || 's', fixture_gen.first_name('dan7', u.id) || ' & ' || fixture_gen.first_name('dan8', u.id),
                'Kita parents (' || fixture_gen.first_name('dan9', u.id) || '''s group)', 'Oma & Opa'], 'dan4k', u.id) END,
       u.id, u.created_at + make_interval(secs => k), u.created_at + make_interval(secs => k + fixture_gen.n('dau', u.id * 4 + k, 9000000)),
       k, k = 4 AND u.id % 3 = 0, k <> 3
FROM users u CROSS JOIN generate_series(1, 4) k;

CREATE TABLE contacts (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    sharing boolean DEFAULT false NOT NULL,
    receiving boolean DEFAULT false NOT NULL
);
CREATE UNIQUE INDEX index_contacts_on_user_id_and_person_id ON contacts (user_id, person_id);
INSERT INTO contacts (user_id, person_id, created_at, updated_at, sharing, receiving)
SELECT DISTINCT ON (u, pid) u, pid, ts, ts + interval '3 days', f % 5 <> 1, f % 5 <> 2
FROM (SELECT u.id AS u, 1 + fixture_gen.n('dcp', u.id * 100 + k, 500) AS pid, fixture_gen.ts('dcts', u.id * 100 + k) AS ts, fixture_gen.n('dcf', u.id * 100 + k, 100) AS f
      FROM users u CROSS JOIN generate_series(1, 8) k) x
WHERE pid <> u ORDER BY u, pid;

CREATE TABLE aspect_memberships (
    id serial PRIMARY KEY,
    aspect_id integer NOT NULL REFERENCES aspects (id) ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO aspect_memberships (aspect_id, contact_id, created_at, updated_at)
SELECT (c.user_id - 1) * 4 + 1 + fixture_gen.n('damb', c.id, 4), c.id, c.created_at, c.created_at FROM contacts c WHERE c.receiving;

-- ---------------------------------------------------------------- posts
CREATE TABLE dgen.post AS
SELECT i, CASE WHEN i % 3 = 0 THEN 201 + fixture_gen.n('dpa', i, 300) ELSE 1 + fixture_gen.n('dpa', i, 200) END AS author,
       fixture_gen.n('dpkind', i, 100) AS kind, timestamp '2017-06-01 08:00:00' + make_interval(secs => i * 78000 + fixture_gen.n('dpt', i, 70000)) AS created
FROM generate_series(1, 1500) i;
UPDATE dgen.post SET kind = 50 WHERE author IN (4, 5) AND kind < 50;

CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    public boolean DEFAULT false NOT NULL,
    guid varchar(255) NOT NULL,
    type varchar(40) NOT NULL,
    text text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    provider_display_name varchar(255),
    root_guid varchar(255),
    likes_count integer DEFAULT 0,
    comments_count integer DEFAULT 0,
    o_embed_cache_id integer,
    reshares_count integer DEFAULT 0,
    interacted_at timestamp,
    tweet_id varchar(255),
    open_graph_cache_id integer,
    tumblr_ids text
);
CREATE UNIQUE INDEX index_posts_on_guid ON posts (guid);
INSERT INTO posts
SELECT q.i, q.author, q.kind < 10 OR q.kind >= 40 OR q.i % 4 = 0, replace(fixture_gen.uuid('dpg', q.i), '-', ''),
       CASE WHEN q.kind < 10 THEN 'Reshare' ELSE 'StatusMessage' END,
       CASE
         WHEN q.kind < 10 THEN NULL
         WHEN q.kind < 14 THEN 'Lost my keys somewhere between the Lindenhof bakery and the Rheinpromenade 🙈 Black key ring with a small bike tag. If you find them, call me: ' || fixture_gen.phone('dpph', q.i) || ' #lostandfound #mannheim'
         WHEN q.kind < 17 THEN 'Flat swap! Our 3-room flat at ' || fixture_gen.street('dpst', q.i) || ' for something bigger in Neckarstadt. Write me at ' || p.email || ' #wohnungstausch'
         WHEN q.kind < 20 THEN 'Happy birthday ' || dgen.m(1 + fixture_gen.n('dpm1', q.i, 500)) || '! 🎂 Party tonight at ours, ' || fixture_gen.street('dpst2', q.i) || ', bring something for the grill.'
         WHEN q.kind < 24 THEN 'Our daughter ' || fixture_gen.first_name('dpkid', q.i) || ' was born on ' || to_char(q.created::date - 2, 'DD Month') || ', 3.4 kg. Mother and baby are well. Thank you ' || dgen.m(1 + fixture_gen.n('dpm2', q.i, 500)) || ' for driving us to the hospital!'
         WHEN q.kind < 27 THEN 'Looking for a babysitter on Friday evenings for ' || fixture_gen.first_name('dpbs', q.i) || ' (6). Anyone? Ping me or text ' || fixture_gen.phone('dpph2', q.i)
         WHEN q.kind < 30 THEN 'In memory of my father ' || fixture_gen.first_name('dpob', q.i) || ' ' || p.last || ' (' || (1930 + fixture_gen.n('dpoy', q.i, 30))::text || '-' || extract(year FROM q.created)::text || '). The funeral is on Friday at the Hauptfriedhof, 11:00.'
         WHEN q.kind < 34 THEN dgen.m(1 + fixture_gen.n('dpm3', q.i, 500)) || ' ' || dgen.m(1 + fixture_gen.n('dpm4', q.i, 500)) || ' are you coming to the climbing gym on Thursday? I can pick you up.'
         WHEN q.kind < 37 THEN 'Thanks ' || dgen.m(1 + fixture_gen.n('dpm5', q.i, 500)) || ' for fixing my bike at the #repaircafe today!'
         WHEN q.kind < 40 THEN 'Moving out of my place, selling the sofa and a washing machine. Pick-up ' || fixture_gen.street('dpst3', q.i) || ', ' || fixture_gen.postcode('dppc', q.i) || ' Mannheim. Signal/WhatsApp ' || fixture_gen.phone('dpph3', q.i)
         WHEN q.kind < 45 THEN '### New pod release' || E'\n\n' || 'The pod was updated to diaspora* ' || fixture_gen.pick(ARRAY['0.7.18.2', '0.9.0.0'], 'dprel', q.i) || '. Please report any bugs in the #podmin tag. #diaspora #release'
         WHEN q.kind < 55 THEN fixture_gen.pick(ARRAY['Spring is finally here. First tomatoes planted today! #gardening', 'Anyone else reading *The Left Hand of Darkness* this month? #bookclub',
                'Reminder: Repair Café this Saturday, 14-17h at the Stadtteilzentrum. #repaircafe', 'Finished my first 100 km ride 🚲 #cycling', 'Switched my laptop to Debian today. So far so good. #linux #foss',
                'The Rhine was so high today. #mannheim #hochwasser', 'Sourdough attempt number seven. It is edible. #baking', 'Who else misses Google+ circles? Aspects are nicer anyway. #diaspora'], 'dpplain', q.i)
         WHEN q.kind < 62 THEN 'Interesting read: https://www.' || fixture_gen.pick(ARRAY['theguardian.com/technology/2023/may/12/fediverse-explained', 'heise.de/news/Diaspora-Das-dezentrale-Netzwerk-4567890.html',
                'lemonde.fr/pixels/article/2022/11/10/les-reseaux-decentralises_6149321_4408996.html', 'spiegel.de/netzwelt/web/soziale-netzwerke-a-1234567.html'], 'dpnews', q.i) || ' #news'
         WHEN q.kind < 68 THEN 'Great talk: https://www.youtube.com/watch?v=' || dgen.u64('dpyt', fixture_gen.n('dpytk', q.i, 12), 8)
         WHEN q.kind < 74 THEN 'Photos from our weekend in the Pfälzerwald #hiking #photography'
         WHEN q.kind < 78 THEN 'Where should the book club meet next?'
         WHEN q.kind < 82 THEN 'Feeling much better after the surgery. Thanks everyone for the messages, especially ' || dgen.m(1 + fixture_gen.n('dpm6', q.i, 500)) || ' for the soup 🍲'
         ELSE fixture_gen.sentence('dpsen', q.i) END,
       q.created, q.created + make_interval(secs => fixture_gen.n('dpup', q.i, 3600)),
       CASE WHEN q.kind % 7 = 0 THEN fixture_gen.pick(ARRAY['dandelion*', 'Friendica', 'Hubzilla', 'diaspora* for Android', 'Insporation', 'Poduptime', 'IFTTT'], 'dppdn', q.i) END,
       CASE WHEN q.kind < 10 THEN replace(fixture_gen.uuid('dpg', 1 + fixture_gen.n('dproot', q.i, greatest(q.i - 1, 1))), '-', '') END,
       fixture_gen.n('dplc', q.i, 14), 0, NULL, 0,
       q.created + make_interval(secs => fixture_gen.n('dpia', q.i, 400000)),
       CASE WHEN q.author <= 200 AND q.kind >= 40 AND q.i % 9 = 0 THEN (1500000000000000000 + fixture_gen.n('dptw', q.i, 2000000000)::bigint * 1000 + q.i)::text END,
       NULL,
       CASE WHEN q.author <= 200 AND q.kind >= 40 AND q.i % 11 = 0 THEN
            '{"' || replace(p.uname, '_', '-') || '.tumblr.com":' || (600000000000 + q.i * 7919)::text || '}' END
FROM dgen.post q JOIN dgen.p p ON p.i = q.author;
UPDATE posts SET text = 'We want a neighbourhood BBQ in June. Which Saturday works for you? ' || dgen.m(1 + fixture_gen.n('dppoll', id, 200)) WHERE id IN (SELECT i FROM dgen.post WHERE kind BETWEEN 74 AND 77 AND i % 2 = 0);

CREATE TABLE aspect_visibilities (
    id serial PRIMARY KEY,
    shareable_id integer NOT NULL,
    aspect_id integer NOT NULL REFERENCES aspects (id) ON DELETE CASCADE,
    shareable_type varchar(255) DEFAULT 'Post' NOT NULL
);
INSERT INTO aspect_visibilities (shareable_id, aspect_id, shareable_type)
SELECT p.id, (p.author_id - 1) * 4 + k, 'Post' FROM posts p CROSS JOIN generate_series(1, 2) k WHERE NOT p.public AND p.author_id <= 200 AND (k = 1 OR p.id % 3 = 0);

CREATE TABLE share_visibilities (
    id serial PRIMARY KEY,
    shareable_id integer NOT NULL,
    hidden boolean DEFAULT false NOT NULL,
    shareable_type varchar(60) DEFAULT 'Post' NOT NULL,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO share_visibilities (shareable_id, hidden, shareable_type, user_id)
SELECT p.id, p.id % 41 = 3, 'Post', c.user_id FROM posts p JOIN contacts c ON c.person_id = p.author_id AND c.receiving
WHERE NOT p.public AND p.author_id > 200 AND c.id % 2 = 0;

-- ---------------------------------------------------------------- comments, likes, participations, mentions
CREATE TABLE comments (
    id serial PRIMARY KEY,
    text text NOT NULL,
    commentable_id integer NOT NULL,
    author_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    guid varchar(255) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    likes_count integer DEFAULT 0 NOT NULL,
    commentable_type varchar(60) DEFAULT 'Post' NOT NULL
);
CREATE UNIQUE INDEX index_comments_on_guid ON comments (guid);
INSERT INTO comments
SELECT c, CASE fixture_gen.n('dcmk', c, 14)
         WHEN 0 THEN 'Congratulations!! 🎉'
         WHEN 1 THEN 'I think I saw them at the bakery, ask for ' || fixture_gen.first_name('dcm1', c) || ', she works mornings.'
         WHEN 2 THEN 'Count me in. ' || dgen.m(1 + fixture_gen.n('dcm2', c, 500)) || ' is coming too.'
         WHEN 3 THEN 'My number changed, it is ' || fixture_gen.phone('dcmph', c) || ' now.'
         WHEN 4 THEN 'So sorry for your loss. Thinking of you and ' || fixture_gen.first_name('dcm3', c) || '.'
         WHEN 5 THEN 'Great photo!'
         WHEN 6 THEN 'Thanks for sharing.'
         WHEN 7 THEN 'Send me your address and I will drop it off, or come by ' || fixture_gen.street('dcmst', c) || ' after 6.'
         WHEN 8 THEN '+1'
         WHEN 9 THEN 'Interesting, the federation part is the best.'
         WHEN 10 THEN 'Get well soon ' || dgen.m(1 + fixture_gen.n('dcm4', c, 500)) || '!'
         WHEN 11 THEN 'My wife ' || fixture_gen.first_name('dcm5', c) || ' can babysit, mail her at ' || fixture_gen.email('dcmem', c)
         WHEN 12 THEN 'Saturday 17th works for us.'
         ELSE fixture_gen.sentence('dcmse', c) END,
       1 + fixture_gen.n('dcmp', c, 1500), 1 + fixture_gen.n('dcma', c, 500), replace(fixture_gen.uuid('dcmg', c), '-', ''),
       fixture_gen.ts('dcmt', c), fixture_gen.ts('dcmt', c) + interval '5 seconds', fixture_gen.n('dcml', c, 4), 'Post'
FROM generate_series(1, 1200) c;
UPDATE posts p SET comments_count = x.n FROM (SELECT commentable_id, count(*) AS n FROM comments GROUP BY 1) x WHERE x.commentable_id = p.id;

CREATE TABLE likes (
    id serial PRIMARY KEY,
    positive boolean DEFAULT true,
    target_id integer,
    author_id integer REFERENCES people (id) ON DELETE CASCADE,
    guid varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    target_type varchar(60) NOT NULL
);
CREATE UNIQUE INDEX index_likes_on_guid ON likes (guid);
INSERT INTO likes
SELECT l, true, CASE WHEN l % 6 = 0 THEN 1 + fixture_gen.n('dlt', l, 1200) ELSE 1 + fixture_gen.n('dlt', l, 1500) END, 1 + fixture_gen.n('dla', l, 500),
       replace(fixture_gen.uuid('dlg', l), '-', ''), fixture_gen.ts('dlts', l), fixture_gen.ts('dlts', l), CASE WHEN l % 6 = 0 THEN 'Comment' ELSE 'Post' END
FROM generate_series(1, 1800) l;

CREATE TABLE participations (
    id serial PRIMARY KEY,
    guid varchar(255),
    target_id integer,
    target_type varchar(60) NOT NULL,
    author_id integer REFERENCES people (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    count integer DEFAULT 1 NOT NULL
);
INSERT INTO participations (guid, target_id, target_type, author_id, created_at, updated_at, count)
SELECT replace(fixture_gen.uuid('dpag', commentable_id * 1000 + author_id), '-', ''), commentable_id, 'Post', author_id, min(created_at), max(created_at), count(*)
FROM comments GROUP BY commentable_id, author_id;

CREATE TABLE mentions (
    id serial PRIMARY KEY,
    mentions_container_id integer NOT NULL,
    person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    mentions_container_type varchar(255) NOT NULL
);
INSERT INTO mentions (mentions_container_id, person_id, mentions_container_type)
SELECT DISTINCT t.id, pe.id, t.typ FROM (SELECT id, text, 'Post' AS typ FROM posts UNION ALL SELECT id, text, 'Comment' FROM comments) t
CROSS JOIN LATERAL regexp_matches(t.text, '@\{(?:[^;}]*; )?([^}]+)\}', 'g') m JOIN people pe ON pe.diaspora_handle = m[1];

-- ---------------------------------------------------------------- photos, locations, polls
CREATE TABLE photos (
    id serial PRIMARY KEY,
    tmp_old_id integer,
    author_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    public boolean DEFAULT false NOT NULL,
    guid varchar(255) NOT NULL,
    pending boolean DEFAULT false NOT NULL,
    text text,
    remote_photo_path text,
    remote_photo_name varchar(255),
    random_string varchar(255),
    processed_image varchar(255),
    created_at timestamp,
    updated_at timestamp,
    unprocessed_image varchar(255),
    status_message_guid varchar(255),
    comments_count integer,
    height integer,
    width integer
);
INSERT INTO photos
SELECT ph, NULL, p.author_id, p.public, replace(fixture_gen.uuid('dphg', ph), '-', ''), ph % 37 = 5,
       CASE fixture_gen.n('dphk', ph, 6) WHEN 0 THEN 'Me and ' || fixture_gen.first_name('dph1', ph) || ' at the Trifels' WHEN 1 THEN 'Our new kitchen'
            WHEN 2 THEN fixture_gen.first_name('dph2', ph) || '''s first day at school' WHEN 3 THEN 'Sunset over the Rhine' ELSE NULL END,
       'https://' || pp.host || '/uploads/images/', rs || '.jpg', rs, rs || '.jpg', p.created_at, p.created_at,
       rs || '.jpg', p.guid, 0, 600 + fixture_gen.n('dphh', ph, 3000), 800 + fixture_gen.n('dphw', ph, 3200)
FROM generate_series(1, 300) ph
JOIN posts p ON p.id = (SELECT i FROM dgen.post WHERE kind BETWEEN 68 AND 73 ORDER BY i OFFSET (ph - 1) % 90 LIMIT 1)
JOIN dgen.p pp ON pp.i = p.author_id,
LATERAL (SELECT dgen.hx('dphr', ph, 20) AS rs) r;

CREATE TABLE locations (
    id serial PRIMARY KEY,
    address varchar(255),
    lat varchar(255),
    lng varchar(255),
    status_message_id integer,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO locations (address, lat, lng, status_message_id, created_at, updated_at)
SELECT CASE WHEN k % 4 = 0 THEN fixture_gen.pick(ARRAY['Café Rheinblick, Rheinpromenade, Mannheim', 'Luisenpark, Mannheim', 'Trifels, Annweiler am Trifels', 'Hauptbahnhof, Mannheim'], 'dlca', k)
            ELSE fixture_gen.pick(ARRAY['Meerfeldstraße', 'Lindenhofstraße', 'Eichelsheimer Straße', 'Gontardstraße', 'Bellenstraße', 'Waldparkstraße'], 'dlcs', k) || ' ' || (1 + fixture_gen.n('dlcn', k, 90))::text
                 || ', ' || (68159 + fixture_gen.n('dlcz', k, 4) * 4)::text || ' Mannheim, Deutschland' END,
       (49.47 + fixture_gen.n('dlat', k, 20000) / 1000000.0)::numeric(9, 6)::text, (8.45 + fixture_gen.n('dlng', k, 30000) / 1000000.0)::numeric(9, 6)::text,
       p.id, p.created_at, p.created_at
FROM (SELECT i AS k FROM dgen.post WHERE kind >= 10 AND author <= 200 AND i % 9 = 1) s JOIN posts p ON p.id = s.k;

CREATE TABLE polls (
    id serial PRIMARY KEY,
    question varchar(255) NOT NULL,
    status_message_id integer NOT NULL,
    status boolean,
    guid varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO polls (question, status_message_id, status, guid, created_at, updated_at)
SELECT CASE WHEN q.i % 2 = 0 THEN 'Which Saturday for the BBQ at ' || fixture_gen.first_name('dpoq', q.i) || '''s garden?' ELSE 'Next book for the club?' END,
       q.i, true, replace(fixture_gen.uuid('dpog', q.i), '-', ''), q.created, q.created
FROM dgen.post q WHERE q.kind BETWEEN 74 AND 77;

CREATE TABLE poll_answers (
    id serial PRIMARY KEY,
    answer varchar(255) NOT NULL,
    poll_id integer NOT NULL REFERENCES polls (id),
    guid varchar(255),
    vote_count integer DEFAULT 0
);
INSERT INTO poll_answers (answer, poll_id, guid, vote_count)
SELECT CASE WHEN po.question LIKE 'Which%' THEN (ARRAY['14 June', '21 June', '28 June', 'Not at ' || fixture_gen.first_name('dpan', po.id) || '''s, at the park'])[k]
            ELSE (ARRAY['The Dispossessed', 'Piranesi', 'Klara and the Sun', 'Whatever ' || fixture_gen.first_name('dpan2', po.id) || ' suggests'])[k] END,
       po.id, replace(fixture_gen.uuid('dpang', po.id * 10 + k), '-', ''), fixture_gen.n('dpav', po.id * 10 + k, 9)
FROM polls po CROSS JOIN generate_series(1, 4) k;

CREATE TABLE poll_participations (
    id serial PRIMARY KEY,
    poll_answer_id integer NOT NULL,
    author_id integer NOT NULL,
    poll_id integer NOT NULL,
    guid varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO poll_participations (poll_answer_id, author_id, poll_id, guid, created_at, updated_at)
SELECT (po.id - 1) * 4 + 1 + fixture_gen.n('dppa', po.id * 10 + v, 4), 1 + fixture_gen.n('dppp', po.id * 10 + v, 500), po.id,
       replace(fixture_gen.uuid('dppg', po.id * 10 + v), '-', ''), po.created_at + make_interval(hours => v), po.created_at + make_interval(hours => v)
FROM polls po CROSS JOIN generate_series(1, 6) v;

-- ---------------------------------------------------------------- conversations
CREATE TABLE conversations (
    id serial PRIMARY KEY,
    subject varchar(255),
    guid varchar(255) NOT NULL,
    author_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO conversations
SELECT c, CASE fixture_gen.n('dcvk', c, 8)
         WHEN 0 THEN 'Surprise party for ' || fixture_gen.first_name('dcv1', c) || ' 🤫'
         WHEN 1 THEN 'Your flat swap post'
         WHEN 2 THEN 'Re: sofa'
         WHEN 3 THEN 'Book club'
         WHEN 4 THEN 'Contact details for ' || fixture_gen.full_name('dcv2', c)
         WHEN 5 THEN 'Pod account problem'
         WHEN 6 THEN NULL
         ELSE 'Carpool to the climbing gym' END,
       replace(fixture_gen.uuid('dcvg', c), '-', ''), 1 + fixture_gen.n('dcva', c, 200), fixture_gen.ts('dcvt', c), fixture_gen.ts('dcvt', c) + interval '2 days'
FROM generate_series(1, 160) c;

CREATE TABLE conversation_visibilities (
    id serial PRIMARY KEY,
    conversation_id integer NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    unread integer DEFAULT 0 NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO conversation_visibilities (conversation_id, person_id, unread, created_at, updated_at)
SELECT c.id, CASE WHEN k = 1 THEN c.author_id ELSE 1 + fixture_gen.n('dcvp', c.id * 10 + k, 500) END, CASE WHEN k = 1 THEN 0 ELSE fixture_gen.n('dcvu', c.id * 10 + k, 3) END,
       c.created_at, c.updated_at
FROM conversations c CROSS JOIN generate_series(1, 3) k WHERE k < 3 OR c.id % 3 = 0;

CREATE TABLE messages (
    id serial PRIMARY KEY,
    conversation_id integer NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    author_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    guid varchar(255) NOT NULL,
    text text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO messages (conversation_id, author_id, guid, text, created_at, updated_at)
SELECT c.id, CASE WHEN k % 2 = 1 THEN c.author_id ELSE 1 + fixture_gen.n('dcvp', c.id * 10 + 2, 500) END, replace(fixture_gen.uuid('dmg', c.id * 10 + k), '-', ''),
       CASE fixture_gen.n('dmk', c.id * 10 + k, 10)
         WHEN 0 THEN 'Hi! Here is my number: ' || fixture_gen.phone('dmph', c.id * 10 + k) || '. Call me after 6.'
         WHEN 1 THEN 'The address is ' || fixture_gen.street('dmst', c.id * 10 + k) || ', ' || fixture_gen.postcode('dmpc', c.id * 10 + k) || ' ' || fixture_gen.city('dmci', c.id * 10 + k) || ', ring at "' || fixture_gen.last_name('dmln', c.id * 10 + k) || '".'
         WHEN 2 THEN 'Please don''t tell ' || fixture_gen.first_name('dmfn', c.id * 10 + k) || ', it is a surprise. Her birthday is on the ' || (1 + fixture_gen.n('dmd', c.id * 10 + k, 28))::text || 'th.'
         WHEN 3 THEN 'Sure, see you Thursday!'
         WHEN 4 THEN 'My email is ' || fixture_gen.email('dmem', c.id * 10 + k) || ', send me the PDF there.'
         WHEN 5 THEN 'Sorry, I have been in hospital, ' || fixture_gen.pick(ARRAY['broken wrist', 'appendicitis', 'long covid again'], 'dmh', c.id * 10 + k) || '. Back home now.'
         WHEN 6 THEN 'I can''t log in since I enabled two-factor. Can you reset it? My username is ' || (SELECT uname FROM dgen.p WHERE i = c.author_id)
         WHEN 7 THEN 'Thanks, the sofa is still available.'
         ELSE fixture_gen.sentence('dmse', c.id * 10 + k) END,
       c.created_at + make_interval(hours => k * 3), c.created_at + make_interval(hours => k * 3)
FROM conversations c CROSS JOIN generate_series(1, 4) k WHERE k <= 2 + c.id % 3;

-- ---------------------------------------------------------------- notifications
CREATE TABLE notifications (
    id serial PRIMARY KEY,
    target_type varchar(255),
    target_id integer,
    recipient_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    unread boolean DEFAULT true NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    type varchar(255)
);
INSERT INTO notifications
SELECT n, CASE k WHEN 0 THEN 'Post' WHEN 1 THEN 'Post' WHEN 2 THEN 'Person' WHEN 3 THEN 'Mention' WHEN 4 THEN 'Conversation' ELSE 'Post' END,
       CASE k WHEN 2 THEN 1 + fixture_gen.n('dnt', n, 500) WHEN 3 THEN 1 + fixture_gen.n('dnt', n, 500) WHEN 4 THEN 1 + fixture_gen.n('dnt', n, 160) ELSE 1 + fixture_gen.n('dnt', n, 1500) END,
       1 + fixture_gen.n('dnr', n, 200), n % 4 = 0, fixture_gen.ts('dnts', n), fixture_gen.ts('dnts', n),
       (ARRAY['Notifications::Liked', 'Notifications::CommentOnPost', 'Notifications::StartedSharing', 'Notifications::MentionedInPost', 'Notifications::PrivateMessage',
              'Notifications::Reshared', 'Notifications::AlsoCommented', 'Notifications::ContactsBirthday'])[1 + k]
FROM generate_series(1, 900) n, LATERAL (SELECT fixture_gen.n('dnk', n, 8) AS k) x;

CREATE TABLE notification_actors (
    id serial PRIMARY KEY,
    notification_id integer REFERENCES notifications (id) ON DELETE CASCADE,
    person_id integer REFERENCES people (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO notification_actors (notification_id, person_id, created_at, updated_at)
SELECT n.id, 1 + fixture_gen.n('dnap', n.id * 10 + k, 500), n.created_at, n.created_at FROM notifications n CROSS JOIN generate_series(1, 2) k WHERE k = 1 OR n.id % 3 = 0;

-- ---------------------------------------------------------------- moderation, invitations, roles
CREATE TABLE invitation_codes (
    id serial PRIMARY KEY,
    token varchar(255),
    user_id integer,
    count integer,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO invitation_codes SELECT id, dgen.tok('dic', id, 24), id, fixture_gen.n('dicc', id, 26), created_at, updated_at FROM users;

CREATE TABLE blocks (
    id serial PRIMARY KEY,
    user_id integer,
    person_id integer
);
INSERT INTO blocks (user_id, person_id) SELECT 1 + fixture_gen.n('dbu', b, 200), 201 + fixture_gen.n('dbp', b, 300) FROM generate_series(1, 60) b;

CREATE TABLE reports (
    id serial PRIMARY KEY,
    item_id integer NOT NULL,
    item_type varchar(255) NOT NULL,
    reviewed boolean DEFAULT false,
    text text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    user_id integer NOT NULL
);
INSERT INTO reports (item_id, item_type, reviewed, text, created_at, updated_at, user_id)
SELECT CASE WHEN r % 3 = 0 THEN 1 + fixture_gen.n('dri', r, 1200) ELSE 1 + fixture_gen.n('dri', r, 1500) END, CASE WHEN r % 3 = 0 THEN 'Comment' ELSE 'Post' END, r % 4 <> 0,
       CASE fixture_gen.n('drk', r, 7)
         WHEN 0 THEN 'Spam'
         WHEN 1 THEN 'This post publishes my home address and phone number without my consent. I am ' || fixture_gen.full_name('drn', r) || ', please remove it.'
         WHEN 2 THEN 'Harassment. This person keeps mentioning me after I blocked them.'
         WHEN 3 THEN 'Nazi propaganda'
         WHEN 4 THEN 'He is posting photos of my daughter ' || fixture_gen.first_name('drd', r) || ' without asking us.'
         WHEN 5 THEN 'Fake account impersonating ' || fixture_gen.full_name('dri2', r) || ', the real one is on framasphere.org'
         ELSE 'Crypto scam link' END,
       fixture_gen.ts('drt', r), fixture_gen.ts('drt', r) + interval '1 day', 1 + fixture_gen.n('dru', r, 200)
FROM generate_series(1, 45) r;

CREATE TABLE roles (
    id serial PRIMARY KEY,
    person_id integer,
    name varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO roles (person_id, name, created_at, updated_at) VALUES
 (1, 'admin', '2017-03-11 10:05:00', '2017-03-11 10:05:00'), (2, 'moderator', '2018-01-02 12:00:00', '2018-01-02 12:00:00'),
 (12, 'moderator', '2019-05-20 18:30:00', '2019-05-20 18:30:00'), (4, 'spotlight', '2017-04-01 09:00:00', '2017-04-01 09:00:00'),
 (5, 'spotlight', '2017-04-01 09:00:00', '2017-04-01 09:00:00'), (33, 'spotlight', '2020-02-10 09:00:00', '2020-02-10 09:00:00'),
 (3, 'admin', '2021-07-01 20:00:00', '2021-07-01 20:00:00');

CREATE TABLE account_deletions (
    id serial PRIMARY KEY,
    person_id integer,
    completed_at timestamp
);
INSERT INTO account_deletions (person_id, completed_at) SELECT id, updated_at FROM people WHERE closed_account;

CREATE TABLE account_migrations (
    id serial PRIMARY KEY,
    old_person_id integer NOT NULL,
    new_person_id integer NOT NULL,
    completed_at timestamp
);
INSERT INTO account_migrations (old_person_id, new_person_id, completed_at)
SELECT 201 + fixture_gen.n('damo', m, 300), 6 + m * 9, fixture_gen.ts('damt', m) FROM generate_series(1, 12) m;

CREATE TABLE user_preferences (
    id serial PRIMARY KEY,
    email_type varchar(255),
    user_id integer,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO user_preferences (email_type, user_id, created_at, updated_at)
SELECT t, u.id, u.created_at, u.created_at FROM users u CROSS JOIN unnest(ARRAY['mentioned', 'comment_on_post', 'private_message', 'started_sharing', 'also_commented',
       'liked', 'reshared', 'contacts_birthday', 'mentioned_in_comment']) WITH ORDINALITY t(t, o)
WHERE fixture_gen.n('dupf', u.id * 10 + o, 5) = 0;

-- ---------------------------------------------------------------- services (cross-posting)
CREATE TABLE services (
    id serial PRIMARY KEY,
    type varchar(127) NOT NULL,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    uid varchar(127),
    access_token varchar(255),
    access_secret varchar(255),
    nickname varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO services (type, user_id, uid, access_token, access_secret, nickname, created_at, updated_at)
SELECT t, p.i,
       CASE t WHEN 'Services::Twitter' THEN (10000000 + fixture_gen.n('dsvu', p.i, 2000000000))::text
              WHEN 'Services::Tumblr' THEN 't:' || dgen.tok('dsvtu', p.i, 22)
              WHEN 'Services::Wordpress' THEN (100000000 + fixture_gen.n('dsvw', p.i, 90000000))::text
              ELSE (100000000000000 + fixture_gen.n('dsvf', p.i, 900000000)::bigint * 1000)::text END,
       CASE t WHEN 'Services::Twitter' THEN (10000000 + fixture_gen.n('dsvu', p.i, 2000000000))::text || '-' || dgen.tok('dsvat', p.i, 40)
              WHEN 'Services::Tumblr' THEN dgen.tok('dsvtt', p.i, 50)
              WHEN 'Services::Wordpress' THEN dgen.tok('dsvwt', p.i, 64)
              ELSE 'EAAG' || dgen.tok('dsvfb', p.i, 180) END,
       CASE t WHEN 'Services::Twitter' THEN dgen.tok('dsvas', p.i, 45) WHEN 'Services::Tumblr' THEN dgen.tok('dsvts', p.i, 50) END,
       CASE t WHEN 'Services::Twitter' THEN initcap(fixture_gen.ascii(p.first)) || initcap(fixture_gen.ascii(coalesce(p.last, '')))
              WHEN 'Services::Tumblr' THEN replace(p.uname, '_', '-')
              WHEN 'Services::Wordpress' THEN fixture_gen.ascii(p.first) || fixture_gen.ascii(coalesce(p.last, '')) || '.wordpress.com'
              ELSE p.name END,
       p.created + interval '30 days', p.created + interval '300 days'
FROM dgen.p p, LATERAL (SELECT (ARRAY['Services::Twitter', 'Services::Tumblr', 'Services::Wordpress', 'Services::Facebook'])[1 + fixture_gen.n('dsvk', p.i, 4)] AS t) x
WHERE p.local AND p.i % 4 = 1;

-- ---------------------------------------------------------------- link previews
CREATE TABLE o_embed_caches (
    id serial PRIMARY KEY,
    url varchar(1024) NOT NULL,
    data text NOT NULL
);
INSERT INTO o_embed_caches
SELECT k,
       CASE WHEN k <= 12 THEN 'https://www.youtube.com/watch?v=' || dgen.u64('dpyt', k - 1, 8)
            WHEN k <= 24 THEN 'https://www.flickr.com/photos/' || fixture_gen.ascii(fixture_gen.first_name('doef', k)) || fixture_gen.ascii(fixture_gen.last_name('doef', k)) || '/' || (50000000000 + k * 7717)::text
            ELSE 'https://soundcloud.com/' || fixture_gen.ascii(fixture_gen.first_name('doef', k)) || '-' || fixture_gen.ascii(fixture_gen.last_name('doef', k)) || '/' || fixture_gen.pick(ARRAY['demo-2021', 'rainy-sunday', 'live-at-the-alte-feuerwache'], 'does', k) END,
       E'---\n' || CASE WHEN k <= 12 THEN
            'title: ' || fixture_gen.pick(ARRAY['Federated social networks explained', 'How to bake sourdough bread', 'Repairing a bicycle hub', 'Rhine cycle path, part 3'], 'doet', k) || E'\n'
            || 'author_name: ' || fixture_gen.full_name('doef', k) || E'\nauthor_url: https://www.youtube.com/@' || fixture_gen.ascii(fixture_gen.first_name('doef', k)) || fixture_gen.ascii(fixture_gen.last_name('doef', k))
            || E'\ntype: video\nheight: 113\nwidth: 200\nversion: ''1.0''\nprovider_name: YouTube\nprovider_url: https://www.youtube.com/\nthumbnail_height: 360\nthumbnail_width: 480\n'
            || 'thumbnail_url: https://i.ytimg.com/vi/' || dgen.u64('dpyt', k - 1, 8) || E'/hqdefault.jpg\nhtml: <iframe width="200" height="113" src="https://www.youtube.com/embed/' || dgen.u64('dpyt', k - 1, 8)
            || E'?feature=oembed" frameborder="0" allowfullscreen></iframe>\ntrusted_endpoint_url: https://www.youtube.com/oembed\n'
          WHEN k <= 24 THEN
            'type: photo' || E'\ntitle: ' || fixture_gen.pick(ARRAY['Wedding day', 'Grandma''s 90th', 'Rhine at dusk', 'Kids at the lake'], 'doeft', k) || E'\nauthor_name: ' || fixture_gen.full_name('doef', k)
            || E'\nauthor_url: https://www.flickr.com/photos/' || fixture_gen.ascii(fixture_gen.first_name('doef', k)) || fixture_gen.ascii(fixture_gen.last_name('doef', k))
            || E'/\nwidth: 1024\nheight: 683\nurl: https://live.staticflickr.com/65535/' || (50000000000 + k * 7717)::text || '_' || dgen.hx('doefs', k, 10) || E'_b.jpg\nprovider_name: Flickr\nversion: ''1.0''\n'
          ELSE
            'type: rich' || E'\ntitle: ' || fixture_gen.pick(ARRAY['Demo 2021', 'Rainy Sunday', 'Live at the Alte Feuerwache'], 'does', k) || ' by ' || fixture_gen.full_name('doef', k)
            || E'\nauthor_name: ' || fixture_gen.full_name('doef', k) || E'\nprovider_name: SoundCloud\nhtml: <iframe width="100%" height="400" scrolling="no" frameborder="no" src="https://w.soundcloud.com/player/?visual=true&url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F'
            || (900000000 + k)::text || E'"></iframe>\n' END
FROM generate_series(1, 30) k;
UPDATE posts p SET o_embed_cache_id = o.id FROM o_embed_caches o WHERE p.text LIKE 'Great talk: %' AND o.url = substr(p.text, 13);

CREATE TABLE open_graph_caches (
    id serial PRIMARY KEY,
    title varchar(255),
    ob_type varchar(255),
    image text,
    url text,
    description text,
    video_url text
);
INSERT INTO open_graph_caches (title, ob_type, image, url, description, video_url) VALUES
 ('What is the fediverse? The decentralised social networks explained', 'article', 'https://i.guim.co.uk/img/media/4f2c1a/master/2000.jpg', 'https://www.theguardian.com/technology/2023/may/12/fediverse-explained',
  'Mastodon, diaspora and Friendica let users leave the big platforms. How do they work?', NULL),
 ('Diaspora: Das dezentrale Netzwerk wird 13', 'article', 'https://heise.cloudimg.io/width/1200/q50.png-lossy-50.webp-lossy-50.foil1/_www-heise-de_/imgs/18/3/4/5/diaspora.jpg', 'https://www.heise.de/news/Diaspora-Das-dezentrale-Netzwerk-4567890.html',
  'Das soziale Netzwerk ohne zentrale Server feiert Geburtstag.', NULL),
 ('Les réseaux sociaux décentralisés séduisent', 'article', 'https://img.lemde.fr/2022/11/10/0/0/1200/800/1440/960/60/0/reseaux.jpg', 'https://www.lemonde.fr/pixels/article/2022/11/10/les-reseaux-decentralises_6149321_4408996.html',
  'Depuis le rachat de Twitter, de nombreux utilisateurs rejoignent des alternatives.', NULL),
 ('Soziale Netzwerke: Die Alternativen', 'article', 'https://cdn.prod.www.spiegel.de/images/a1b2c3.jpg', 'https://www.spiegel.de/netzwelt/web/soziale-netzwerke-a-1234567.html',
  'Welche Plattformen gibt es jenseits der großen Konzerne?', NULL);
INSERT INTO open_graph_caches (title, ob_type, image, url, description, video_url)
SELECT fixture_gen.pick(ARRAY['Hochwasser am Rhein: Pegel steigt weiter', 'Neue Radwege in der Innenstadt', 'Stadtbibliothek verlängert Öffnungszeiten', 'Linux 6.8 released',
         'Debian 12 "Bookworm" released', 'Tomato blight: how to protect your plants', 'Nationaltheater: Spielplan der neuen Saison', 'Heatwave warning for Baden-Württemberg'], 'dogt', k),
       CASE WHEN k % 7 = 0 THEN 'video' ELSE 'article' END,
       'https://www.' || fixture_gen.pick(ARRAY['mannheimer-morgen.de', 'swr.de', 'tagesschau.de', 'lwn.net', 'debian.org', 'bbc.co.uk'], 'dogs', k) || '/media/' || dgen.hx('dogi', k, 16) || '.jpg',
       'https://www.' || fixture_gen.pick(ARRAY['mannheimer-morgen.de', 'swr.de', 'tagesschau.de', 'lwn.net', 'debian.org', 'bbc.co.uk'], 'dogs', k) || '/' || fixture_gen.pick(ARRAY['region', 'news', 'articles', 'inland'], 'dogp', k) || '/' || (100000 + k * 313)::text,
       fixture_gen.pick(ARRAY['Die Lage am Rhein bleibt angespannt.', 'The kernel brings new drivers and scheduler changes.', 'Mehr Platz für Radfahrende zwischen Ring und Neckar.', 'Tips from the Royal Horticultural Society.'], 'dogd', k),
       CASE WHEN k % 7 = 0 THEN 'https://www.swr.de/video/' || (7000 + k)::text || '.mp4' END
FROM generate_series(5, 40) k;
UPDATE posts p SET open_graph_cache_id = o.id FROM open_graph_caches o WHERE p.text LIKE 'Interesting read: %' AND p.text LIKE '%' || substr(o.url, 13) || '%';

-- ---------------------------------------------------------------- relayable signatures
CREATE TABLE signature_orders (
    id serial PRIMARY KEY,
    "order" varchar(255) NOT NULL
);
INSERT INTO signature_orders ("order") VALUES ('author guid parent_guid text'), ('author guid parent_guid positive'), ('author guid parent_guid parent_type positive'),
    ('author guid parent_guid poll_answer_guid'), ('author created_at guid parent_guid text'), ('author guid parent_guid text edited_at');

CREATE TABLE comment_signatures (
    comment_id integer NOT NULL,
    author_signature text NOT NULL,
    signature_order_id integer NOT NULL REFERENCES signature_orders (id),
    additional_data text
);
CREATE UNIQUE INDEX index_comment_signatures_on_comment_id ON comment_signatures (comment_id);
INSERT INTO comment_signatures SELECT id, fixture_gen.b64('dcsig', id, 256) || fixture_gen.b64('dcsig2', id, 256), CASE WHEN id % 5 = 0 THEN 6 ELSE 1 END,
    CASE WHEN id % 5 = 0 THEN E'---\nedited_at: ''' || to_char(created_at + interval '10 minutes', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || E'''\n' ELSE E'--- {}\n' END
FROM comments WHERE author_id > 200;

CREATE TABLE like_signatures (
    like_id integer NOT NULL,
    author_signature text NOT NULL,
    signature_order_id integer NOT NULL REFERENCES signature_orders (id),
    additional_data text
);
CREATE UNIQUE INDEX index_like_signatures_on_like_id ON like_signatures (like_id);
INSERT INTO like_signatures SELECT id, fixture_gen.b64('dlsig', id, 256) || fixture_gen.b64('dlsig2', id, 256), CASE WHEN target_type = 'Comment' THEN 3 ELSE 2 END, E'--- {}\n'
FROM likes WHERE author_id > 200;

CREATE TABLE poll_participation_signatures (
    poll_participation_id integer NOT NULL,
    author_signature text NOT NULL,
    signature_order_id integer NOT NULL REFERENCES signature_orders (id),
    additional_data text
);
INSERT INTO poll_participation_signatures SELECT id, fixture_gen.b64('dppsig', id, 256) || fixture_gen.b64('dppsig2', id, 256), 4, E'--- {}\n'
FROM poll_participations WHERE author_id > 200;

-- ---------------------------------------------------------------- tags
CREATE TABLE tags (
    id serial PRIMARY KEY,
    name varchar(255),
    taggings_count integer DEFAULT 0
);
CREATE UNIQUE INDEX index_tags_on_name ON tags (name);
INSERT INTO tags (name) SELECT DISTINCT lower(m[1]) FROM posts, regexp_matches(text, '#([[:alnum:]_]+)', 'g') m ORDER BY 1;
INSERT INTO tags (name) VALUES ('fediverse'), ('kochen'), ('photography_de'), ('katzen'), ('nsfw'), ('climbing'), ('vegan'), ('mastodon');

CREATE TABLE taggings (
    id serial PRIMARY KEY,
    tag_id integer,
    taggable_id integer,
    taggable_type varchar(255),
    tagger_id integer,
    tagger_type varchar(255),
    context varchar(128),
    created_at timestamp
);
INSERT INTO taggings (tag_id, taggable_id, taggable_type, tagger_id, tagger_type, context, created_at)
SELECT DISTINCT t.id, p.id, 'Post', NULL::integer, NULL, 'tags', p.created_at FROM posts p, regexp_matches(p.text, '#([[:alnum:]_]+)', 'g') m JOIN tags t ON t.name = lower(m[1]);
UPDATE tags t SET taggings_count = (SELECT count(*) FROM taggings WHERE tag_id = t.id);

CREATE TABLE tag_followings (
    id serial PRIMARY KEY,
    tag_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO tag_followings (tag_id, user_id, created_at, updated_at)
SELECT DISTINCT ON (tg, u.id) tg, u.id, u.created_at + interval '1 day', u.created_at + interval '1 day'
FROM users u CROSS JOIN generate_series(1, 3) k, LATERAL (SELECT 1 + fixture_gen.n('dtf', u.id * 10 + k, (SELECT count(*)::int FROM tags)) AS tg) x;

-- ---------------------------------------------------------------- chat (Prosody's storage in diaspora*'s database)
CREATE TABLE chat_contacts (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    jid varchar(255) NOT NULL,
    name varchar(255),
    ask varchar(128),
    subscription varchar(128) NOT NULL
);
INSERT INTO chat_contacts (user_id, jid, name, ask, subscription)
SELECT c.user_id, p.handle, CASE WHEN c.id % 3 = 0 THEN p.first ELSE p.name END, CASE WHEN NOT c.sharing THEN 'subscribe' END,
       CASE WHEN c.sharing AND c.receiving THEN 'both' WHEN c.sharing THEN 'from' WHEN c.receiving THEN 'to' ELSE 'none' END
FROM contacts c JOIN dgen.p p ON p.i = c.person_id JOIN aspect_memberships am ON am.contact_id = c.id JOIN aspects a ON a.id = am.aspect_id AND a.chat_enabled;
INSERT INTO chat_contacts (user_id, jid, name, ask, subscription)
SELECT c.user_id, p.handle, p.name, NULL, 'both' FROM contacts c JOIN dgen.p p ON p.i = c.person_id WHERE c.id % 9 = 0;

CREATE TABLE chat_offline_messages (
    id serial PRIMARY KEY,
    "from" varchar(255) NOT NULL,
    "to" varchar(255) NOT NULL,
    message text NOT NULL,
    created_at timestamp NOT NULL
);
INSERT INTO chat_offline_messages ("from", "to", message, created_at)
SELECT a.handle, b.handle,
       CASE fixture_gen.n('dcok', k, 6) WHEN 0 THEN 'are you home? I''m outside'
            WHEN 1 THEN 'call me when you see this ' || fixture_gen.phone('dcoph', k)
            WHEN 2 THEN 'the door code is ' || fixture_gen.digits('dcodc', k, 4) || ', 3rd floor, name on the bell is ' || b.last
            WHEN 3 THEN 'ok 👍'
            WHEN 4 THEN 'did ' || fixture_gen.first_name('dcofn', k) || ' get home alright?'
            ELSE 'see you at the repair café' END,
       fixture_gen.ts('dcot', k)
FROM generate_series(1, 70) k JOIN dgen.p a ON a.i = 1 + fixture_gen.n('dcoa', k, 500) JOIN dgen.p b ON b.i = 1 + fixture_gen.n('dcob', k, 200);

CREATE TABLE chat_fragments (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    root varchar(256) NOT NULL,
    namespace varchar(256) NOT NULL,
    xml text NOT NULL
);
INSERT INTO chat_fragments (user_id, root, namespace, xml)
SELECT p.i, CASE WHEN p.i % 2 = 0 THEN 'vCard' ELSE 'storage' END, CASE WHEN p.i % 2 = 0 THEN 'vcard-temp' ELSE 'storage:bookmarks' END,
       CASE WHEN p.i % 2 = 0 THEN '<vCard xmlns="vcard-temp"><FN>' || p.name || '</FN><N><FAMILY>' || coalesce(p.last, '') || '</FAMILY><GIVEN>' || p.first || '</GIVEN></N><NICKNAME>' || p.uname
                || '</NICKNAME><TEL><CELL/><NUMBER>' || fixture_gen.phone('dcfph', p.i) || '</NUMBER></TEL><EMAIL><INTERNET/><USERID>' || p.email || '</USERID></EMAIL><BDAY>'
                || fixture_gen.birth_date('dbd', p.i)::text || '</BDAY></vCard>'
            ELSE '<storage xmlns="storage:bookmarks"><conference name="Lindenhof pod chat" autojoin="true" jid="lindenhof@conference.pod.lindenhof.example"><nick>' || p.uname || '</nick></conference></storage>' END
FROM dgen.p p WHERE p.local AND p.i % 5 IN (0, 1, 2);

-- ---------------------------------------------------------------- the OpenID Connect provider (API)
CREATE TABLE o_auth_applications (
    id serial PRIMARY KEY,
    user_id integer REFERENCES users (id),
    client_id varchar(255),
    client_secret varchar(255),
    client_name varchar(255),
    redirect_uris text,
    response_types text,
    grant_types text,
    application_type varchar(255) DEFAULT 'web',
    contacts text,
    logo_uri text,
    client_uri text,
    policy_uri text,
    tos_uri text,
    sector_identifier_uri varchar(255),
    token_endpoint_auth_method varchar(255),
    jwks text,
    jwks_uri varchar(255),
    ppid boolean DEFAULT false,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
CREATE UNIQUE INDEX index_o_auth_applications_on_client_id ON o_auth_applications (client_id);
INSERT INTO o_auth_applications (user_id, client_id, client_secret, client_name, redirect_uris, response_types, grant_types, application_type, contacts, logo_uri, client_uri, policy_uri, tos_uri,
    sector_identifier_uri, token_endpoint_auth_method, jwks, jwks_uri, ppid, created_at, updated_at)
SELECT CASE k WHEN 3 THEN 20 WHEN 4 THEN 1 WHEN 5 THEN 37 WHEN 8 THEN 61 WHEN 9 THEN 88 WHEN 12 THEN 143 END, dgen.hx('doac', k, 32), dgen.hx('doas', k, 64) || dgen.hx('doas2', k, 64),
       v.name, '["' || v.redirect || '"]', '["code","id_token","id_token token"]', '["authorization_code","implicit","refresh_token"]', v.apptype,
       '["' || v.contact || '"]', v.site || '/logo.png', v.site, v.site || '/privacy', v.site || '/terms',
       CASE WHEN k % 3 = 0 THEN v.site || '/sector.json' END, CASE WHEN k % 4 = 0 THEN 'private_key_jwt' ELSE 'client_secret_basic' END,
       CASE WHEN k % 4 = 0 THEN '{"keys":[{"kty":"RSA","e":"AQAB","use":"sig","kid":"' || dgen.hx('doak', k, 16) || '","alg":"RS256","n":"' || dgen.u64('doan', k, 256) || '"}]}' END,
       CASE WHEN k % 5 = 0 THEN v.site || '/.well-known/jwks.json' END, k % 3 = 0, fixture_gen.ts('doat', k), fixture_gen.ts('doat', k) + interval '90 days'
FROM (VALUES (1, 'dandelion*', 'com.github.dfa.diaspora_android://oauth', 'native', 'dandelion@gsantner.example', 'https://gsantner.example/dandelion'),
             (2, 'Insporation', 'https://insporation.example/oauth/callback', 'web', 'hello@insporation.example', 'https://insporation.example'),
             (3, 'diaspora-cli', 'http://localhost:8080/callback', 'native', 'jonas.muller@posteo.de', 'https://codeberg.org/jmueller/diaspora-cli'),
             (4, 'Pod statistics dashboard', 'https://stats.lindenhof.example/auth/callback', 'web', 'podmin@lindenhof.example', 'https://stats.lindenhof.example'),
             (5, 'Photo backup script', 'http://127.0.0.1:9999/cb', 'native', 'amara.okafor@gmail.com', 'https://github.com/aokafor/d-backup'),
             (6, 'Nextcloud social bridge', 'https://cloud.lindenhof.example/apps/social/oauth', 'web', 'it@stadtteilzentrum-lindenhof.example', 'https://cloud.lindenhof.example'),
             (7, 'Friendica connector', 'https://libranet.de/diaspora/oauth', 'web', 'admin@libranet.de', 'https://libranet.de'),
             (8, 'Kalender-Sync', 'https://kalender.example/oidc/cb', 'web', 'priya.sharma@mailbox.org', 'https://kalender.example'),
             (9, 'Test app', 'http://localhost:3000/callback', 'native', 'hiroshi.tanaka@proton.me', 'http://localhost:3000'),
             (10, 'RSS exporter', 'https://rss.example.net/callback', 'web', 'dev@rss.example.net', 'https://rss.example.net'),
             (11, 'diaspora* for iOS (beta)', 'org.diasporafoundation.ios://callback', 'native', 'team@diasporafoundation.example', 'https://diasporafoundation.example'),
             (12, 'Event poster', 'https://events.lindenhof.example/cb', 'web', 'zofia.kowalski@web.de', 'https://events.lindenhof.example')) v(k, name, redirect, apptype, contact, site);

CREATE TABLE authorizations (
    id serial PRIMARY KEY,
    user_id integer REFERENCES users (id),
    o_auth_application_id integer REFERENCES o_auth_applications (id),
    refresh_token varchar(255),
    code varchar(255),
    redirect_uri varchar(255),
    nonce varchar(255),
    scopes text,
    code_used boolean DEFAULT false,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO authorizations (user_id, o_auth_application_id, refresh_token, code, redirect_uri, nonce, scopes, code_used, created_at, updated_at)
SELECT 1 + fixture_gen.n('dazu', a, 200), 1 + fixture_gen.n('daza', a, 12), dgen.hx('dazr', a, 64), CASE WHEN a % 5 = 0 THEN dgen.hx('dazc', a, 64) END,
       (SELECT trim(both '"[]' FROM redirect_uris) FROM o_auth_applications WHERE id = 1 + fixture_gen.n('daza', a, 12)),
       dgen.hx('dazn', a, 32), fixture_gen.pick(ARRAY['["openid","profile","public:read"]', '["openid","public:read","public:modify","private:read","private:modify","contacts:read","conversations","notifications"]',
       '["openid","profile","name","nickname","picture","sub"]', '["openid","public:read","contacts:read"]'], 'dazs', a), a % 5 <> 0,
       fixture_gen.ts('dazt', a), fixture_gen.ts('dazt', a) + interval '1 hour'
FROM generate_series(1, 90) a;

CREATE TABLE o_auth_access_tokens (
    id serial PRIMARY KEY,
    authorization_id integer REFERENCES authorizations (id),
    token varchar(255),
    expires_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
CREATE UNIQUE INDEX index_o_auth_access_tokens_on_token ON o_auth_access_tokens (token);
INSERT INTO o_auth_access_tokens (authorization_id, token, expires_at, created_at, updated_at)
SELECT a.id, dgen.hx('datk', a.id * 10 + k, 64), a.created_at + make_interval(days => k) + interval '1 day', a.created_at + make_interval(days => k), a.created_at + make_interval(days => k)
FROM authorizations a CROSS JOIN generate_series(0, 2) k WHERE k <= a.id % 3;

CREATE TABLE id_tokens (
    id serial PRIMARY KEY,
    authorization_id integer REFERENCES authorizations (id),
    expires_at timestamp,
    nonce varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO id_tokens (authorization_id, expires_at, nonce, created_at, updated_at)
SELECT id, created_at + interval '1 day', nonce, created_at, created_at FROM authorizations;

CREATE TABLE pairwise_pseudonymous_identifiers (
    id serial PRIMARY KEY,
    o_auth_application_id integer REFERENCES o_auth_applications (id),
    user_id integer REFERENCES users (id),
    guid varchar(32),
    identifier varchar(255)
);
INSERT INTO pairwise_pseudonymous_identifiers (o_auth_application_id, user_id, guid, identifier)
SELECT DISTINCT ON (a.o_auth_application_id, a.user_id) a.o_auth_application_id, a.user_id, dgen.hx('dppid', a.id, 32), o.client_uri
FROM authorizations a JOIN o_auth_applications o ON o.id = a.o_auth_application_id WHERE o.ppid;

-- ---------------------------------------------------------------- small bookkeeping tables
CREATE TABLE "references" (
    id serial PRIMARY KEY,
    source_id integer NOT NULL,
    source_type varchar(60) NOT NULL,
    target_id integer NOT NULL,
    target_type varchar(60) NOT NULL
);
INSERT INTO "references" (source_id, source_type, target_id, target_type)
SELECT 1 + fixture_gen.n('drfs', r, 1500), CASE WHEN r % 4 = 0 THEN 'Comment' ELSE 'Post' END, 1 + fixture_gen.n('drft', r, 1500), 'Post' FROM generate_series(1, 80) r;

CREATE TABLE simple_captcha_data (
    id serial PRIMARY KEY,
    key varchar(40),
    value varchar(12),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO simple_captcha_data (key, value, created_at, updated_at)
SELECT dgen.hx('dsck', s, 40), fixture_gen.chars('dscv', s, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), fixture_gen.ts('dsct', s), fixture_gen.ts('dsct', s) FROM generate_series(1, 40) s;

CREATE TABLE schema_migrations (
    version varchar(255) NOT NULL PRIMARY KEY
);
INSERT INTO schema_migrations
SELECT to_char(timestamp '2010-06-20 12:00:00' + make_interval(days => k * 31) + make_interval(secs => fixture_gen.n('dsm', k, 86400)), 'YYYYMMDDHH24MISS') FROM generate_series(1, 150) k;

CREATE TABLE ar_internal_metadata (
    key varchar NOT NULL PRIMARY KEY,
    value varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2017-03-11 10:02:39', '2017-03-11 10:02:39');

-- ---------------------------------------------------------------- done
SELECT fixture_gen.reset_sequences('public');
DROP SCHEMA dgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
