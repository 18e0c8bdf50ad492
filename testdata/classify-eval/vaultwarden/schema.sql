-- classify-eval fixture (HOLDOUT 25: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of a recent Vaultwarden server with its OpenID Connect
-- SSO tables (the Bitwarden-compatible password manager written in Rust),
-- in the naming its Diesel migrations create (plural snake_case tables in
-- public, CHAR(36) text uuid keys, TIMESTAMP without time zone, TEXT columns
-- holding JSON, BYTEA password hashes, __diesel_schema_migrations), all of
-- its tables with their real columns and types, beside the small `ops` schema its owner keeps:
-- Brightwater Engineering, a civil-engineering consultancy of ~150 staff
-- that self-hosts vault.brightwater-eng.example for its staff and lets them
-- keep personal vaults there too.
--
-- People: users with names of several cultures and work or personal
-- emails, pending invitations (placeholder users with an empty hash),
-- server-side PBKDF2 hashes of the client's master-password hash and their
-- salts, password hints (some spell the password out), the user key wrapped
-- by the master key (akey, an EncString "2.<iv>|<ct>|<mac>"), the RSA
-- private key as an EncString and the public key as base64 SPKI, recovery
-- codes, API keys, new emails awaiting confirmation with their token,
-- directory ids (Entra object ids and AD distinguished names naming the
-- person); devices with refresh tokens, remember-me tokens and push tokens;
-- two-factor data as JSON (TOTP secrets, e-mail codes with the address,
-- WebAuthn credentials, Duo keys, YubiKey ids); the Duo and SSO login
-- contexts; emergency access with the grantee's email and the wrapped key;
-- login-with-device requests with the requester's IP and the wrapped key;
-- the event log with IPs; invitations by email; organizations with billing
-- emails. The vault itself is end-to-end encrypted: item names, notes,
-- folder and collection names, attachment names and the login/card/identity
-- JSON are EncStrings the server cannot read.
-- Beside it, `ops`: the config.json history (SMTP, push relay, Duo, SSO and
-- admin-token secrets), the SIEM export of the event log enriched with
-- names and emails, the SSO/Entra mapping with job titles and managers,
-- the reverse proxy's access log (websocket URLs carrying the access token),
-- fail2ban bans with the username typed, the outgoing mail log, backups,
-- a register of shared accounts, lock-out support requests and leavers.
-- EncStrings are labelled by what they are: wrapped keys (akey, private
-- keys, item, attachment and Send keys, key_encrypted, reset_password_key,
-- enc_key) are key material, secret; the encrypted login data, custom
-- fields and password history hold credentials, secret; encrypted names,
-- notes, folder, collection and file names and Send contents are
-- ciphertext the server cannot read and hold no key, none.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET client_min_messages = warning;
CREATE SCHEMA vwgen;

-- at: a timestamp between lo and hi, deterministic.
CREATE FUNCTION vwgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- The snapshot was taken on 2025-03-14.
CREATE FUNCTION vwgen.snap() RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2025-03-14 05:30:00' $$;
CREATE FUNCTION vwgen.dom() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'brightwater-eng.example' $$;

-- b64long: base64 of len pseudo-random bytes (any length); b64url: URL-safe, unpadded.
CREATE FUNCTION vwgen.b64long(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || k || ':' || i, 'UTF8')), ''::bytea ORDER BY k), 1, len), 'base64'), E'\n', '')
  FROM generate_series(1, (len + 63) / 64) k
$$;

CREATE FUNCTION vwgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(vwgen.b64long(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION vwgen.bytes(tag text, i bigint, len int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || '+' || i, 'UTF8')), 1, len) $$;

-- enc: a Bitwarden EncString of type 2 (AES-256-CBC + HMAC-SHA256):
-- "2.<iv>|<ciphertext>|<mac>", for a plaintext of about ptlen bytes.
CREATE FUNCTION vwgen.enc(tag text, i bigint, ptlen int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '2.' || fixture_gen.b64(tag || 'iv', i, 16) || '|' || vwgen.b64long(tag || 'ct', i, ((ptlen / 16) + 1) * 16) || '|' || fixture_gen.b64(tag || 'mac', i, 32)
$$;

-- rsa: an EncString of type 4 (RSA-2048-OAEP-SHA1): "4.<256 bytes>".
CREATE FUNCTION vwgen.rsa(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '4.' || fixture_gen.b64(tag, i, 256) $$;

-- spki: a base64 DER RSA-2048 public key (SubjectPublicKeyInfo).
CREATE FUNCTION vwgen.spki(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64(tag, i, 255) || 'AgMBAAE='
$$;

-- b32: base32 (RFC 4648) characters, as TOTP secrets and recovery codes.
CREATE FUNCTION vwgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- iso: a timestamp as the JSON the Bitwarden API writes.
CREATE FUNCTION vwgen.iso(t timestamp) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- ---------------------------------------------------------------- diesel bookkeeping
CREATE TABLE __diesel_schema_migrations (
    version VARCHAR(50) PRIMARY KEY NOT NULL,
    run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO __diesel_schema_migrations
SELECT v, CASE WHEN k <= 28 THEN timestamp '2021-03-02 19:44:10' + make_interval(secs => k)
               ELSE to_timestamp(left(v, 10), 'YYYY-MM-DD')::timestamp + interval '9 days 21:03:00' + make_interval(secs => k) END
FROM (SELECT k, to_char(date '2019-09-12' + k * 24, 'YYYY-MM-DD') || '-' || lpad((fixture_gen.n('dmh', k, 24) * 10000 + fixture_gen.n('dmm', k, 6) * 1000)::text, 6, '0') AS v
      FROM generate_series(0, 72) k) x;

-- ---------------------------------------------------------------- people (a generator table, dropped with vwgen)
-- 1..138 staff (work emails), 139..150 personal accounts of staff's family
-- and friends, 151..160 invited and not yet registered (placeholder users).
CREATE TABLE vwgen.person AS
SELECT i, f, l, f || ' ' || l AS full_name,
       CASE WHEN i <= 138 OR i IN (151, 152, 153, 154, 155, 156)
            THEN fixture_gen.ascii(fa) || '.' || fixture_gen.ascii(la) || CASE WHEN row_number() OVER (PARTITION BY fixture_gen.ascii(fa), fixture_gen.ascii(la), i <= 138 OR i IN (151, 152, 153, 154, 155, 156) ORDER BY i) > 1 THEN (row_number() OVER (PARTITION BY fixture_gen.ascii(fa), fixture_gen.ascii(la), i <= 138 OR i IN (151, 152, 153, 154, 155, 156) ORDER BY i))::text ELSE '' END || '@' || vwgen.dom()
            ELSE fixture_gen.ascii(fa) || CASE WHEN i % 2 = 0 THEN '.' ELSE '' END || fixture_gen.ascii(la) || (i % 97)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'icloud.com', 'yahoo.co.uk', 'naver.com', 'orange.fr'], 'vwd', i) END AS email,
       fixture_gen.pick(ARRAY['Structural', 'Geotechnical', 'Water & Drainage', 'Transport', 'Surveying', 'IT', 'Finance', 'HR', 'Bid Management', 'BIM', 'Directors'], 'vwdep', i) AS dept,
       i > 150 AS placeholder
FROM (SELECT i, fixture_gen.first_name('vwf', i) AS f, fixture_gen.last_name('vwl', i) AS l FROM generate_series(1, 160) i) x0
CROSS JOIN LATERAL (SELECT replace(f, 'ı', 'i') AS fa, replace(l, 'ı', 'i') AS la) x;

-- ---------------------------------------------------------------- users
CREATE TABLE users (
    uuid                CHAR(36) NOT NULL PRIMARY KEY,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    email               VARCHAR(255) NOT NULL UNIQUE,
    name                TEXT     NOT NULL,
    password_hash       BYTEA    NOT NULL,
    salt                BYTEA    NOT NULL,
    password_iterations INTEGER  NOT NULL,
    password_hint       TEXT,
    akey                TEXT     NOT NULL,
    private_key         TEXT,
    public_key          TEXT,
    totp_secret         TEXT,
    totp_recover        TEXT,
    security_stamp      TEXT     NOT NULL,
    equivalent_domains  TEXT     NOT NULL,
    excluded_globals    TEXT     NOT NULL,
    client_kdf_type     INTEGER  NOT NULL DEFAULT 0,
    client_kdf_iter     INTEGER  NOT NULL DEFAULT 100000,
    verified_at         TIMESTAMP DEFAULT NULL,
    last_verifying_at   TIMESTAMP DEFAULT NULL,
    login_verify_count  INTEGER  NOT NULL DEFAULT 0,
    email_new           VARCHAR(255) DEFAULT NULL,
    email_new_token     VARCHAR(16) DEFAULT NULL,
    enabled             BOOLEAN  NOT NULL DEFAULT true,
    stamp_exception     TEXT     DEFAULT NULL,
    api_key             TEXT,
    avatar_color        TEXT,
    client_kdf_memory   INTEGER  DEFAULT NULL,
    client_kdf_parallelism INTEGER DEFAULT NULL,
    external_id         TEXT
);
INSERT INTO users
SELECT fixture_gen.uuid('vwuser', p.i), c, u,
       p.email,
       CASE WHEN p.placeholder THEN p.email  -- an invited user's name is their email until they register
            WHEN p.i % 23 = 5 THEN p.f      -- some typed only a first name
            WHEN p.i % 29 = 7 THEN upper(left(p.f, 1)) || '. ' || p.l
            ELSE p.full_name END,
       CASE WHEN p.placeholder THEN ''::bytea ELSE vwgen.bytes('vwph', p.i, 32) END,
       CASE WHEN p.placeholder THEN vwgen.bytes('vwps', p.i, 64) ELSE vwgen.bytes('vwps', p.i, 64) END,
       600000,
       CASE WHEN p.placeholder THEN NULL
            WHEN p.i % 6 = 1 THEN fixture_gen.pick(ARRAY[
              'the usual one with the year on the end', 'first car + mum''s birthday', 'same as the laptop',
              'Tromso!2019 with a capital T', 'street I grew up on, reversed', 'pw is Kestrel-Lane-4471',
              'song from the wedding', 'dog''s name twice then 88', 'bridge project code + my initials',
              'Chidi''s nickname and the flat number', 'Summer2021! but with a 4', 'ask Priya'], 'vwhint', p.i) END,
       CASE WHEN p.placeholder THEN '' ELSE vwgen.enc('vwakey', p.i, 64) END,
       CASE WHEN p.placeholder THEN NULL ELSE vwgen.enc('vwpriv', p.i, 1218) END,
       CASE WHEN p.placeholder THEN NULL ELSE vwgen.spki('vwpub', p.i) END,
       NULL,
       CASE WHEN NOT p.placeholder AND (p.i <= 138 OR p.i % 3 = 0) AND p.i % 9 <> 4 THEN vwgen.b32('vwrec', p.i, 32) END,
       fixture_gen.uuid('vwstamp', p.i),
       CASE WHEN p.i % 11 = 0 THEN '[["brightwater-eng.example","brightwater-eng.co.uk","bw-eng.example"]]'
            WHEN p.i % 17 = 3 THEN '[["tesco.com","tesco.co.uk"],["bbc.co.uk","bbc.com"]]' ELSE '[]' END,
       CASE WHEN p.i % 13 = 2 THEN '[6,24,58]' WHEN p.i % 19 = 4 THEN '[2]' ELSE '[]' END,
       CASE WHEN p.i % 5 = 2 THEN 1 ELSE 0 END,
       CASE WHEN p.i % 5 = 2 THEN 3 WHEN c < timestamp '2023-02-01' THEN 100000 ELSE 600000 END,
       CASE WHEN p.placeholder THEN NULL ELSE c + interval '4 minutes' + make_interval(secs => fixture_gen.n('vwver', p.i, 3000)) END,
       CASE WHEN p.placeholder THEN c ELSE c + interval '1 minute' END,
       CASE WHEN p.placeholder THEN 1 + fixture_gen.n('vwlvc', p.i, 3) ELSE 0 END,
       CASE WHEN p.i IN (12, 47, 88, 121, 144) THEN fixture_gen.ascii(replace(p.f, 'ı', 'i')) || '.' || fixture_gen.ascii(replace(p.l, 'ı', 'i')) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'outlook.com'], 'vwnew', p.i) END,
       CASE WHEN p.i IN (12, 47, 88, 121, 144) THEN fixture_gen.digits('vwnewtok', p.i, 6) END,
       NOT (p.i IN (31, 64, 99, 117, 130)),
       CASE WHEN p.i IN (8, 71, 109) THEN '{"routes":["post_rotatekey","put_rotatekey"],"security_stamp":"' || fixture_gen.uuid('vwstamp_old', p.i) || '","expire":' || (1741900000 + p.i * 37)::text || '}' END,
       CASE WHEN p.i % 4 = 1 AND NOT p.placeholder THEN fixture_gen.chars('vwapikey', p.i, 30) END,
       CASE WHEN p.placeholder THEN NULL ELSE '#' || substr(md5('vwav' || p.i), 1, 6) END,
       CASE WHEN p.i % 5 = 2 THEN 64 END,
       CASE WHEN p.i % 5 = 2 THEN 4 END,
       CASE WHEN p.i > 138 AND p.i <= 150 THEN NULL
            WHEN p.i % 3 = 0 THEN 'CN=' || p.full_name || ',OU=' || replace(p.dept, '&', 'and') || ',OU=Staff,DC=brightwater,DC=local'
            WHEN p.i % 7 = 3 THEN NULL
            ELSE fixture_gen.uuid('vwentra', p.i) END
FROM vwgen.person p
CROSS JOIN LATERAL (SELECT vwgen.at('vwuc', p.i, timestamp '2021-03-05 09:00:00', timestamp '2024-12-20 18:00:00') AS c) cc
CROSS JOIN LATERAL (SELECT LEAST(vwgen.snap(), c + make_interval(secs => fixture_gen.n('vwuu', p.i, 60000000))) AS u) uu
ORDER BY p.i;

-- ---------------------------------------------------------------- organizations
CREATE TABLE organizations (
    uuid          VARCHAR(40) NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL,
    billing_email TEXT NOT NULL,
    private_key   TEXT,
    public_key    TEXT
);
INSERT INTO organizations
SELECT fixture_gen.uuid('vworg', k), n, e, vwgen.enc('vworgpriv', k, 1218), vwgen.spki('vworgpub', k)
FROM (VALUES (1, 'Brightwater Engineering', 'it-admin@brightwater-eng.example'),
             (2, 'Brightwater IT Operations', 'it-admin@brightwater-eng.example'),
             (3, 'Brightwater Finance', 'accounts@brightwater-eng.example'),
             (4, 'Brightwater Engineering Ltd (Ireland)', 'dublin.office@brightwater-eng.example'),
             (5, 'Okafor Family', 'chidi.okafor.home@gmail.com'),
             (6, 'Haddad & Tanaka household', 'leila.haddad@proton.me'),
             (7, 'Riverside Cycling Club', 'treasurer@riverside-cc.example')) v(k, n, e);

-- ---------------------------------------------------------------- devices
CREATE TABLE devices (
    uuid               CHAR(36) NOT NULL,
    created_at         TIMESTAMP NOT NULL,
    updated_at         TIMESTAMP NOT NULL,
    user_uuid          CHAR(36) NOT NULL REFERENCES users (uuid),
    name               TEXT     NOT NULL,
    atype              INTEGER  NOT NULL,
    push_uuid          TEXT,
    push_token         TEXT,
    refresh_token      TEXT     NOT NULL,
    twofactor_remember TEXT,
    PRIMARY KEY (uuid, user_uuid)
);
-- atype: 0 Android, 1 iOS, 2 Chrome extension, 3 Firefox extension, 6 Windows
-- desktop, 7 macOS desktop, 8 Linux desktop, 9 Chrome web vault, 10 Firefox
-- web vault, 14 Edge extension, 23 Windows CLI, 25 Linux CLI. The name is
-- what the client reports: a browser, an OS or a phone model.
INSERT INTO devices
SELECT fixture_gen.uuid('vwdev', d.i * 10 + d.k), c, LEAST(vwgen.snap(), c + make_interval(secs => fixture_gen.n('vwdevu', d.i * 10 + d.k, 40000000))),
       fixture_gen.uuid('vwuser', d.i),
       CASE t WHEN 0 THEN fixture_gen.pick(ARRAY['Pixel 8', 'SM-S911B', 'Pixel 7a', 'SM-A546B', 'moto g84 5G', 'CPH2451', '2201116SG'], 'vwdm', d.i * 10 + d.k)
              WHEN 1 THEN fixture_gen.pick(ARRAY['iPhone', 'iPhone', 'iPad'], 'vwdm', d.i * 10 + d.k)
              WHEN 2 THEN 'chrome' WHEN 3 THEN 'firefox' WHEN 6 THEN 'windows' WHEN 7 THEN 'macos' WHEN 8 THEN 'linux'
              WHEN 9 THEN 'chrome' WHEN 10 THEN 'firefox' WHEN 14 THEN 'edge' WHEN 23 THEN 'windows' ELSE 'linux' END,
       t,
       fixture_gen.uuid('vwpush', d.i * 10 + d.k),
       CASE WHEN t = 0 THEN vwgen.b64url('vwfcm1', d.i * 10 + d.k, 16) || ':APA91b' || vwgen.b64url('vwfcm2', d.i * 10 + d.k, 100)
            WHEN t = 1 THEN fixture_gen.hexn('vwapns', d.i * 10 + d.k, 64) END,
       vwgen.b64url('vwrefresh', d.i * 10 + d.k, 64),
       CASE WHEN fixture_gen.n('vwrem', d.i * 10 + d.k, 3) = 0 THEN vwgen.b64long('vwremember', d.i * 10 + d.k, 180) END
FROM (SELECT p.i, k FROM vwgen.person p CROSS JOIN generate_series(1, 4) k WHERE NOT p.placeholder AND k <= 1 + fixture_gen.n('vwdc', p.i, 4)) d
CROSS JOIN LATERAL (SELECT (ARRAY[0, 1, 1, 2, 2, 2, 3, 6, 7, 8, 9, 9, 10, 14, 23, 25])[1 + fixture_gen.n('vwdt', d.i * 10 + d.k, 16)] AS t,
                           vwgen.at('vwdevc', d.i * 10 + d.k, timestamp '2021-03-10 08:00:00', timestamp '2025-03-10 18:00:00') AS c) x
ORDER BY d.i, d.k;

-- ---------------------------------------------------------------- folders (names are EncStrings)
CREATE TABLE folders (
    uuid       CHAR(36) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    user_uuid  CHAR(36) NOT NULL REFERENCES users (uuid),
    name       TEXT     NOT NULL
);
INSERT INTO folders
SELECT fixture_gen.uuid('vwfold', p.i * 10 + k), c, c + make_interval(secs => fixture_gen.n('vwfoldu', p.i * 10 + k, 9000000)),
       fixture_gen.uuid('vwuser', p.i), vwgen.enc('vwfoldn', p.i * 10 + k, 12 + fixture_gen.n('vwfl', p.i * 10 + k, 20))
FROM vwgen.person p CROSS JOIN generate_series(1, 4) k
CROSS JOIN LATERAL (SELECT vwgen.at('vwfoldc', p.i * 10 + k, timestamp '2021-04-01 08:00:00', timestamp '2024-10-01 18:00:00') AS c) x
WHERE NOT p.placeholder AND k <= fixture_gen.n('vwfc', p.i, 5)
ORDER BY p.i, k;

-- ---------------------------------------------------------------- ciphers (the vault items: everything the user typed is an EncString)
CREATE TABLE ciphers (
    uuid              CHAR(36) NOT NULL PRIMARY KEY,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    user_uuid         CHAR(36) REFERENCES users (uuid),
    organization_uuid CHAR(36) REFERENCES organizations (uuid),
    key               TEXT,
    atype             INTEGER  NOT NULL,
    name              TEXT     NOT NULL,
    notes             TEXT,
    fields            TEXT,
    data              TEXT     NOT NULL,
    password_history  TEXT,
    deleted_at        TIMESTAMP,
    reprompt          INTEGER
);
-- 1..560 personal items of users 1..150; 561..720 items of organizations 1..7.
CREATE TABLE vwgen.item AS
SELECT j, CASE WHEN j <= 560 THEN 1 + (j * 7919) % 150 END AS owner,
       CASE WHEN j > 560 THEN (ARRAY[1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7])[1 + fixture_gen.n('vwio', j, 14)] END AS org,
       (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5])[1 + fixture_gen.n('vwit', j, 21)] AS t
FROM generate_series(1, 720) j;

INSERT INTO ciphers
SELECT fixture_gen.uuid('vwcipher', it.j), c, LEAST(vwgen.snap(), c + make_interval(secs => fixture_gen.n('vwcu', it.j, 50000000))),
       CASE WHEN it.owner IS NOT NULL THEN fixture_gen.uuid('vwuser', it.owner) END,
       CASE WHEN it.org IS NOT NULL THEN fixture_gen.uuid('vworg', it.org) END,
       CASE WHEN fixture_gen.n('vwck', it.j, 10) < 3 THEN vwgen.enc('vwckey', it.j, 64) END,
       it.t,
       vwgen.enc('vwcn', it.j, 8 + fixture_gen.n('vwcnl', it.j, 24)),
       CASE WHEN it.t = 2 OR fixture_gen.n('vwcno', it.j, 4) = 0 THEN vwgen.enc('vwcnotes', it.j, 20 + fixture_gen.n('vwcnol', it.j, 400)) END,
       CASE WHEN it.t = 1 AND fixture_gen.n('vwcf', it.j, 6) = 0 THEN
         '[{"LinkedId":null,"Name":"' || vwgen.enc('vwcfn', it.j, 10) || '","Type":' || (fixture_gen.n('vwcft', it.j, 2))::text || ',"Value":"' || vwgen.enc('vwcfv', it.j, 24) || '"}'
         || CASE WHEN it.j % 2 = 0 THEN ',{"LinkedId":null,"Name":"' || vwgen.enc('vwcfn2', it.j, 12) || '","Type":1,"Value":"' || vwgen.enc('vwcfv2', it.j, 40) || '"}' ELSE '' END || ']' END,
       CASE it.t
         WHEN 1 THEN '{"AutofillOnPageLoad":null,"Fido2Credentials":null,"Name":"' || vwgen.enc('vwcn', it.j, 8) || '","Notes":null,"Password":"' || vwgen.enc('vwcpw', it.j, 20)
              || '","PasswordRevisionDate":' || CASE WHEN it.j % 3 = 0 THEN '"' || vwgen.iso(c + interval '40 days') || '"' ELSE 'null' END
              || ',"Totp":' || CASE WHEN it.j % 7 = 0 THEN '"' || vwgen.enc('vwctotp', it.j, 32) || '"' ELSE 'null' END
              || ',"Uri":"' || vwgen.enc('vwcuri', it.j, 30) || '","Uris":[{"Match":null,"Uri":"' || vwgen.enc('vwcuri', it.j, 30) || '","UriChecksum":"' || vwgen.enc('vwcuric', it.j, 44)
              || '"}],"Username":"' || vwgen.enc('vwcuser', it.j, 24) || '"}'
         WHEN 2 THEN '{"Name":"' || vwgen.enc('vwcn', it.j, 8) || '","Notes":"' || vwgen.enc('vwcnotes', it.j, 120) || '","Type":0}'
         WHEN 3 THEN '{"Brand":"' || vwgen.enc('vwccb', it.j, 4) || '","CardholderName":"' || vwgen.enc('vwcch', it.j, 18) || '","Code":"' || vwgen.enc('vwccv', it.j, 3)
              || '","ExpMonth":"' || vwgen.enc('vwcem', it.j, 2) || '","ExpYear":"' || vwgen.enc('vwcey', it.j, 4) || '","Name":"' || vwgen.enc('vwcn', it.j, 8)
              || '","Notes":null,"Number":"' || vwgen.enc('vwccn', it.j, 16) || '"}'
         WHEN 4 THEN '{"Address1":"' || vwgen.enc('vwia1', it.j, 24) || '","Address2":null,"Address3":null,"City":"' || vwgen.enc('vwicity', it.j, 10) || '","Company":null,"Country":"'
              || vwgen.enc('vwictry', it.j, 2) || '","Email":"' || vwgen.enc('vwiem', it.j, 28) || '","FirstName":"' || vwgen.enc('vwifn', it.j, 8) || '","LastName":"' || vwgen.enc('vwiln', it.j, 10)
              || '","LicenseNumber":null,"MiddleName":null,"Name":"' || vwgen.enc('vwcn', it.j, 8) || '","Notes":null,"PassportNumber":"' || vwgen.enc('vwipp', it.j, 9) || '","Phone":"'
              || vwgen.enc('vwiph', it.j, 14) || '","PostalCode":"' || vwgen.enc('vwipc', it.j, 8) || '","SSN":"' || vwgen.enc('vwissn', it.j, 11) || '","State":null,"Title":"'
              || vwgen.enc('vwiti', it.j, 3) || '","Username":null}'
         ELSE '{"KeyFingerprint":"' || vwgen.enc('vwskf', it.j, 50) || '","Name":"' || vwgen.enc('vwcn', it.j, 8) || '","Notes":null,"PrivateKey":"' || vwgen.enc('vwskp', it.j, 400)
              || '","PublicKey":"' || vwgen.enc('vwskq', it.j, 90) || '"}' END,
       CASE WHEN it.t = 1 AND fixture_gen.n('vwcph', it.j, 4) = 0 THEN
         '[{"LastUsedDate":"' || vwgen.iso(c + interval '12 days') || '","Password":"' || vwgen.enc('vwcph1', it.j, 18) || '"}'
         || CASE WHEN it.j % 2 = 1 THEN ',{"LastUsedDate":"' || vwgen.iso(c + interval '200 days') || '","Password":"' || vwgen.enc('vwcph2', it.j, 22) || '"}' ELSE '' END || ']' END,
       CASE WHEN fixture_gen.n('vwcdel', it.j, 25) = 0 THEN c + interval '300 days' END,
       CASE WHEN it.t IN (3, 4) OR fixture_gen.n('vwcrp', it.j, 12) = 0 THEN 1 ELSE 0 END
FROM vwgen.item it
CROSS JOIN LATERAL (SELECT vwgen.at('vwcc', it.j, timestamp '2021-04-01 08:00:00', timestamp '2025-02-20 18:00:00') AS c) x
ORDER BY it.j;

CREATE TABLE favorites (
    user_uuid   CHAR(36) NOT NULL REFERENCES users (uuid),
    cipher_uuid CHAR(36) NOT NULL REFERENCES ciphers (uuid),
    PRIMARY KEY (user_uuid, cipher_uuid)
);
INSERT INTO favorites
SELECT fixture_gen.uuid('vwuser', owner), fixture_gen.uuid('vwcipher', j) FROM vwgen.item WHERE owner IS NOT NULL AND fixture_gen.n('vwfav', j, 4) = 0 ORDER BY j;

CREATE TABLE folders_ciphers (
    cipher_uuid CHAR(36) NOT NULL REFERENCES ciphers (uuid),
    folder_uuid CHAR(36) NOT NULL REFERENCES folders (uuid),
    PRIMARY KEY (cipher_uuid, folder_uuid)
);
INSERT INTO folders_ciphers
SELECT fixture_gen.uuid('vwcipher', it.j), f.uuid
FROM vwgen.item it
CROSS JOIN LATERAL (SELECT uuid FROM folders WHERE user_uuid = fixture_gen.uuid('vwuser', it.owner) ORDER BY md5(uuid || it.j) LIMIT 1) f
WHERE it.owner IS NOT NULL AND fixture_gen.n('vwfci', it.j, 3) > 0
ORDER BY it.j;

-- ---------------------------------------------------------------- attachments (id is also the file name on disk)
CREATE TABLE attachments (
    id          CHAR(36) NOT NULL PRIMARY KEY,
    cipher_uuid CHAR(36) NOT NULL REFERENCES ciphers (uuid),
    file_name   TEXT    NOT NULL,
    file_size   BIGINT  NOT NULL,
    akey        TEXT
);
INSERT INTO attachments
SELECT fixture_gen.hexn('vwatt', k, 20), fixture_gen.uuid('vwcipher', 1 + (k * 389) % 720), vwgen.enc('vwattn', k, 14 + fixture_gen.n('vwattl', k, 30)),
       2000 + fixture_gen.n('vwatts', k, 4000000), vwgen.enc('vwattk', k, 64)
FROM generate_series(1, 90) k ORDER BY k;

-- ---------------------------------------------------------------- organizations' membership
CREATE TABLE users_organizations (
    uuid               CHAR(36) NOT NULL PRIMARY KEY,
    user_uuid          CHAR(36) NOT NULL REFERENCES users (uuid),
    org_uuid           CHAR(36) NOT NULL REFERENCES organizations (uuid),
    access_all         BOOLEAN  NOT NULL,
    akey               TEXT     NOT NULL,
    status             INTEGER  NOT NULL,
    atype              INTEGER  NOT NULL,
    reset_password_key TEXT,
    external_id        TEXT,
    invited_by_email   TEXT     DEFAULT NULL,
    UNIQUE (user_uuid, org_uuid)
);
-- status: -1 revoked, 0 invited, 1 accepted, 2 confirmed; atype: 0 owner,
-- 1 admin, 2 user, 3 manager. akey is the organization key wrapped with
-- the member's public key (empty until confirmed); reset_password_key the
-- member's user key wrapped with the organization's public key (account
-- recovery). external_id comes from the Directory Connector.
CREATE TABLE vwgen.member AS
SELECT p.i, o AS org FROM vwgen.person p CROSS JOIN generate_series(1, 7) o
WHERE (o = 1 AND (p.i <= 138 OR p.i BETWEEN 151 AND 156))
   OR (o = 2 AND p.dept = 'IT')
   OR (o = 3 AND p.dept IN ('Finance', 'Directors'))
   OR (o = 4 AND p.i <= 138 AND p.i % 9 = 4)
   OR (o = 5 AND (p.i IN (139, 140, 141, 142, 157) OR p.i = 27))
   OR (o = 6 AND p.i IN (143, 144, 145, 158, 51))
   OR (o = 7 AND p.i IN (146, 147, 148, 149, 150, 159, 160, 19, 83));

INSERT INTO users_organizations
SELECT fixture_gen.uuid('vwuo', m.i * 10 + m.org), fixture_gen.uuid('vwuser', m.i), fixture_gen.uuid('vworg', m.org),
       rl IN (0, 1) OR (m.org >= 5),
       CASE WHEN st = 2 THEN vwgen.rsa('vwuokey', m.i * 10 + m.org) ELSE '' END,
       st, rl,
       CASE WHEN m.org = 1 AND st = 2 AND m.i % 8 <> 3 THEN vwgen.rsa('vwuoreset', m.i) END,
       CASE WHEN m.org IN (1, 4) THEN u.external_id END,
       CASE WHEN st IN (0, 1) THEN (SELECT email FROM vwgen.person WHERE i = CASE m.org WHEN 1 THEN 7 WHEN 5 THEN 27 WHEN 6 THEN 51 WHEN 7 THEN 19 ELSE 7 END) END
FROM vwgen.member m JOIN users u ON u.uuid = fixture_gen.uuid('vwuser', m.i)
CROSS JOIN LATERAL (SELECT CASE WHEN m.i > 150 THEN 0 WHEN m.i IN (31, 64, 99) THEN -1 WHEN fixture_gen.n('vwuost', m.i * 10 + m.org, 40) = 0 THEN 1 ELSE 2 END AS st,
                           CASE WHEN m.i IN (7, 27, 51, 19) OR (m.org = 2 AND m.i % 4 = 0) THEN 0 WHEN m.org = 2 THEN 1
                                WHEN fixture_gen.n('vwuort', m.i * 10 + m.org, 12) = 0 THEN 3 ELSE 2 END AS rl) x
ORDER BY m.org, m.i;

-- ---------------------------------------------------------------- collections, groups
CREATE TABLE collections (
    uuid        VARCHAR(40) NOT NULL PRIMARY KEY,
    org_uuid    VARCHAR(40) NOT NULL REFERENCES organizations (uuid),
    name        TEXT NOT NULL,
    external_id TEXT
);
INSERT INTO collections
SELECT fixture_gen.uuid('vwcol', k), fixture_gen.uuid('vworg', o), vwgen.enc('vwcoln', k, 10 + fixture_gen.n('vwcolnl', k, 20)),
       CASE WHEN o = 1 AND k % 3 <> 0 THEN fixture_gen.uuid('vwcolext', k) END
FROM (SELECT k, (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 7])[k] AS o FROM generate_series(1, 26) k) x ORDER BY k;

CREATE TABLE users_collections (
    user_uuid       CHAR(36) NOT NULL REFERENCES users (uuid),
    collection_uuid CHAR(36) NOT NULL REFERENCES collections (uuid),
    read_only       BOOLEAN NOT NULL DEFAULT false,
    hide_passwords  BOOLEAN NOT NULL DEFAULT false,
    manage          BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (user_uuid, collection_uuid)
);
INSERT INTO users_collections
SELECT DISTINCT ON (uo.user_uuid, c.uuid) uo.user_uuid, c.uuid, fixture_gen.n('vwucro', hashtext(uo.uuid || c.uuid), 3) = 0,
       fixture_gen.n('vwuchp', hashtext(uo.uuid || c.uuid), 7) = 0, uo.atype = 3
FROM users_organizations uo JOIN collections c ON c.org_uuid = uo.org_uuid
WHERE NOT uo.access_all AND fixture_gen.n('vwuc', hashtext(uo.uuid || c.uuid), 5) = 0
ORDER BY uo.user_uuid, c.uuid;

CREATE TABLE ciphers_collections (
    cipher_uuid     CHAR(36) NOT NULL REFERENCES ciphers (uuid),
    collection_uuid CHAR(36) NOT NULL REFERENCES collections (uuid),
    PRIMARY KEY (cipher_uuid, collection_uuid)
);
INSERT INTO ciphers_collections
SELECT fixture_gen.uuid('vwcipher', it.j), c.uuid
FROM vwgen.item it
CROSS JOIN LATERAL (SELECT uuid FROM collections WHERE org_uuid = fixture_gen.uuid('vworg', it.org) ORDER BY md5(uuid || it.j) LIMIT 1 + (it.j % 5 = 0)::int) c
WHERE it.org IS NOT NULL
ORDER BY it.j;

CREATE TABLE groups (
    uuid               CHAR(36) NOT NULL PRIMARY KEY,
    organizations_uuid VARCHAR(40) NOT NULL REFERENCES organizations (uuid),
    name               VARCHAR(100) NOT NULL,
    access_all         BOOLEAN NOT NULL,
    external_id        VARCHAR(300) NULL,
    creation_date      TIMESTAMP NOT NULL,
    revision_date      TIMESTAMP NOT NULL
);
-- group names are plain text (the Bitwarden API does not encrypt them).
INSERT INTO groups
SELECT fixture_gen.uuid('vwgrp', k), fixture_gen.uuid('vworg', o), n, k IN (1, 9),
       CASE WHEN o = 1 THEN ext END,
       timestamp '2022-02-14 10:00:00' + make_interval(days => k * 11), timestamp '2024-06-03 15:20:00' + make_interval(days => k * 7)
FROM (VALUES (1, 1, 'All Staff', 'CN=SG-Vault-AllStaff,OU=Groups,DC=brightwater,DC=local'),
             (2, 1, 'Structural', 'CN=SG-Structural,OU=Groups,DC=brightwater,DC=local'),
             (3, 1, 'Geotechnical', 'CN=SG-Geotech,OU=Groups,DC=brightwater,DC=local'),
             (4, 1, 'Water & Drainage', 'CN=SG-Water,OU=Groups,DC=brightwater,DC=local'),
             (5, 1, 'Transport', 'CN=SG-Transport,OU=Groups,DC=brightwater,DC=local'),
             (6, 1, 'Surveying field kit', '5b0e2f1c-8d4e-4d39-9a4f-0e2c7b9d1a61'),
             (7, 1, 'BIM licences', '9f3c1a77-2b6e-4c0a-8e51-6d2f4b3a9c08'),
             (8, 1, 'Directors', 'CN=SG-Directors,OU=Groups,DC=brightwater,DC=local'),
             (9, 2, 'Infra admins', NULL),
             (10, 2, 'Helpdesk', NULL),
             (11, 3, 'Payroll', NULL),
             (12, 3, 'Accounts payable', NULL),
             (13, 4, 'Dublin office', NULL)) v(k, o, n, ext);

CREATE TABLE groups_users (
    groups_uuid              CHAR(36) NOT NULL REFERENCES groups (uuid),
    users_organizations_uuid VARCHAR(36) NOT NULL REFERENCES users_organizations (uuid),
    UNIQUE (groups_uuid, users_organizations_uuid)
);
INSERT INTO groups_users
SELECT g.uuid, uo.uuid FROM groups g JOIN users_organizations uo ON uo.org_uuid = g.organizations_uuid
WHERE g.name = 'All Staff' OR fixture_gen.n('vwgu', hashtext(g.uuid || uo.uuid), 6) = 0
ORDER BY g.uuid, uo.uuid;

CREATE TABLE collections_groups (
    collections_uuid VARCHAR(40) NOT NULL REFERENCES collections (uuid),
    groups_uuid      CHAR(36) NOT NULL REFERENCES groups (uuid),
    read_only        BOOLEAN NOT NULL,
    hide_passwords   BOOLEAN NOT NULL,
    manage           BOOLEAN NOT NULL DEFAULT false,
    UNIQUE (collections_uuid, groups_uuid)
);
INSERT INTO collections_groups
SELECT c.uuid, g.uuid, fixture_gen.n('vwcgro', hashtext(c.uuid || g.uuid), 2) = 0, fixture_gen.n('vwcghp', hashtext(c.uuid || g.uuid), 5) = 0, g.name = 'Directors'
FROM collections c JOIN groups g ON g.organizations_uuid = c.org_uuid
WHERE NOT g.access_all AND fixture_gen.n('vwcg', hashtext(c.uuid || g.uuid), 3) = 0
ORDER BY c.uuid, g.uuid;

-- ---------------------------------------------------------------- policies, API keys, invitations
CREATE TABLE org_policies (
    uuid     CHAR(36) NOT NULL PRIMARY KEY,
    org_uuid CHAR(36) NOT NULL REFERENCES organizations (uuid),
    atype    INTEGER  NOT NULL,
    enabled  BOOLEAN  NOT NULL,
    data     TEXT     NOT NULL,
    UNIQUE (org_uuid, atype)
);
-- atype: 0 TwoFactorAuthentication, 1 MasterPassword, 2 PasswordGenerator,
-- 3 SingleOrg, 5 PersonalOwnership, 6 DisableSend, 7 SendOptions,
-- 8 ResetPassword, 11 ActivateAutofill.
INSERT INTO org_policies
SELECT fixture_gen.uuid('vwpol', o * 100 + t), fixture_gen.uuid('vworg', o), t, NOT (o = 2 AND t = 6), d
FROM (VALUES (1, 0, 'null'),
             (1, 1, '{"minComplexity":3,"minLength":14,"requireUpper":true,"requireLower":true,"requireNumbers":true,"requireSpecial":false,"enforceOnLogin":true}'),
             (1, 2, '{"overridePasswordType":"passphrase","minLength":16,"useUpper":true,"useLower":true,"useNumbers":true,"useSpecial":true,"minNumbers":2,"minSpecial":1,"minNumberWords":4,"capitalize":true,"includeNumber":true}'),
             (1, 3, 'null'),
             (1, 7, '{"disableHideEmail":true}'),
             (1, 8, '{"autoEnrollEnabled":true}'),
             (1, 11, 'null'),
             (2, 0, 'null'),
             (2, 1, '{"minComplexity":4,"minLength":20,"requireUpper":true,"requireLower":true,"requireNumbers":true,"requireSpecial":true,"enforceOnLogin":true}'),
             (2, 6, 'null'),
             (3, 0, 'null'),
             (3, 5, 'null'),
             (4, 8, '{"autoEnrollEnabled":false}'),
             (5, 1, '{"minComplexity":2,"minLength":12,"requireUpper":false,"requireLower":true,"requireNumbers":false,"requireSpecial":false,"enforceOnLogin":false}')) v(o, t, d);

CREATE TABLE organization_api_key (
    uuid          CHAR(36) NOT NULL,
    org_uuid      CHAR(36) NOT NULL REFERENCES organizations (uuid),
    atype         INTEGER NOT NULL,
    api_key       VARCHAR(255),
    revision_date TIMESTAMP NOT NULL,
    PRIMARY KEY (uuid, org_uuid)
);
INSERT INTO organization_api_key
SELECT fixture_gen.uuid('vwoak', o), fixture_gen.uuid('vworg', o), 0, fixture_gen.chars('vwoakey', o, 30), timestamp '2023-05-02 11:12:13' + make_interval(days => o * 40)
FROM generate_series(1, 4) o;

CREATE TABLE invitations (
    email VARCHAR(255) NOT NULL PRIMARY KEY
);
INSERT INTO invitations
SELECT email FROM vwgen.person WHERE placeholder ORDER BY i;

-- ---------------------------------------------------------------- two-factor
CREATE TABLE twofactor (
    uuid      CHAR(36) NOT NULL PRIMARY KEY,
    user_uuid CHAR(36) NOT NULL REFERENCES users (uuid),
    atype     INTEGER  NOT NULL,
    enabled   BOOLEAN  NOT NULL,
    data      TEXT     NOT NULL,
    last_used BIGINT   NOT NULL DEFAULT 0,
    UNIQUE (user_uuid, atype)
);
-- atype: 0 authenticator (data: the TOTP secret), 1 email (JSON with the
-- address and the last code sent), 2 Duo (the user's own Duo app keys),
-- 3 YubiKey OTP (key ids), 7 WebAuthn (registrations named by the user),
-- 1004 a WebAuthn login challenge in progress, 2000 a protected-action
-- code sent by email.
INSERT INTO twofactor
SELECT fixture_gen.uuid('vw2fa', p.i * 10000 + t), fixture_gen.uuid('vwuser', p.i), t, t < 1000,
       CASE t
         WHEN 0 THEN vwgen.b32('vwtotp', p.i, 32)
         WHEN 1 THEN '{"email":"' || CASE WHEN p.i % 4 = 0 THEN fixture_gen.ascii(replace(p.f, 'ı', 'i')) || fixture_gen.ascii(replace(p.l, 'ı', 'i')) || '@gmail.com' ELSE p.email END
                     || '","last_token":' || CASE WHEN p.i % 3 = 0 THEN '"' || fixture_gen.digits('vw2fem', p.i, 6) || '"' ELSE 'null' END
                     || ',"token_sent":' || (1730000000 + p.i * 8123)::text || ',"attempts":' || (p.i % 2)::text || '}'
         WHEN 2 THEN '{"host":"api-' || substr(md5('vwduoh' || p.i), 1, 8) || '.duosecurity.com","ik":"DI' || fixture_gen.chars('vwduoik', p.i, 18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
                     || '","sk":"' || fixture_gen.chars('vwduosk', p.i, 40) || '"}'
         WHEN 3 THEN '{"yubikeys":["' || fixture_gen.chars('vwyk', p.i, 12, 'bcdefghijklnrtuv') || '"' || CASE WHEN p.i % 2 = 0 THEN ',"' || fixture_gen.chars('vwyk2', p.i, 12, 'bcdefghijklnrtuv') || '"' ELSE '' END || '],"nfc":' || (p.i % 3 = 0)::text || '}'
         WHEN 7 THEN '[{"id":1,"name":"' || fixture_gen.pick(ARRAY['YubiKey 5C', 'Titan key', p.f || '''s YubiKey', 'work key ' || p.f, 'Windows Hello', 'MacBook Touch ID', 'backup key (safe at home)'], 'vwwan', p.i)
                     || '","migrated":false,"credential":{"cred":{"cred_id":"' || vwgen.b64url('vwwcid', p.i, 48) || '","cred":{"type_":"ES256","key":{"EC_EC2":{"curve":"SECP256R1","x":"'
                     || vwgen.b64url('vwwx', p.i, 32) || '","y":"' || vwgen.b64url('vwwy', p.i, 32) || '"}}},"counter":' || (p.i * 3)::text
                     || ',"transports":null,"user_verified":false,"backup_eligible":false,"backup_state":false,"registration_policy":"preferred","extensions":{"cred_protect":"NotRequested","hmac_create_secret":"NotRequested","appid":"NotRequested","cred_props":"Ignored"},"attestation":{"data":"None","metadata":"None"},"attestation_format":"None"}}}]'
         WHEN 1004 THEN '{"ast":{"credentials":[{"cred_id":"' || vwgen.b64url('vwwcid', p.i, 48) || '"}],"policy":"discouraged","challenge":"' || vwgen.b64url('vwwch', p.i, 32)
                     || '","appid":null,"allow_backup_eligible_upgrade":true}}'
         ELSE '{"token":"' || fixture_gen.digits('vw2fpa', p.i, 6) || '","token_sent":' || (1741800000 + p.i * 61)::text || ',"attempts":0}' END,
       CASE WHEN t = 0 THEN 58040000 + fixture_gen.n('vwlu', p.i, 90000) WHEN t IN (1, 2, 3, 7) THEN 1740000000 + fixture_gen.n('vwlu2', p.i, 1300000) ELSE 0 END
FROM vwgen.person p
CROSS JOIN LATERAL (VALUES (0), (1), (2), (3), (7), (1004), (2000)) tt(t)
WHERE NOT p.placeholder
  AND ((t = 0 AND p.i % 9 <> 4 AND (p.i <= 138 OR p.i % 3 = 0))
    OR (t = 1 AND p.i % 5 = 1)
    OR (t = 2 AND p.i IN (7, 33, 91))
    OR (t = 3 AND p.i % 14 = 6)
    OR (t = 7 AND p.i % 6 = 2)
    OR (t = 1004 AND p.i IN (14, 62, 110))
    OR (t = 2000 AND p.i IN (8, 71, 109, 122)))
ORDER BY p.i, t;

CREATE TABLE twofactor_incomplete (
    user_uuid   CHAR(36) NOT NULL REFERENCES users (uuid),
    device_uuid CHAR(36) NOT NULL,
    device_name TEXT     NOT NULL,
    device_type INTEGER  NOT NULL,
    login_time  TIMESTAMP NOT NULL,
    ip_address  TEXT     NOT NULL,
    PRIMARY KEY (user_uuid, device_uuid)
);
INSERT INTO twofactor_incomplete
SELECT fixture_gen.uuid('vwuser', 1 + (k * 53) % 150), fixture_gen.uuid('vwtfi', k),
       (ARRAY['chrome', 'firefox', 'iPhone', 'Pixel 8', 'windows', 'edge', 'linux'])[1 + k % 7], (ARRAY[9, 10, 1, 0, 6, 14, 25])[1 + k % 7],
       vwgen.snap() - make_interval(secs => 300 + fixture_gen.n('vwtfit', k, 800000)),
       CASE WHEN k % 4 = 0 THEN fixture_gen.ipv6('vwtfip', k) ELSE fixture_gen.ipv4('vwtfip', k) END
FROM generate_series(1, 24) k ORDER BY k;

CREATE TABLE twofactor_duo_ctx (
    state      VARCHAR(64) NOT NULL PRIMARY KEY,
    user_email VARCHAR(255) NOT NULL,
    nonce      VARCHAR(64) NOT NULL,
    exp        BIGINT NOT NULL
);
INSERT INTO twofactor_duo_ctx
SELECT fixture_gen.chars('vwduost', k, 64), (SELECT email FROM vwgen.person WHERE i = (ARRAY[7, 33, 91, 2, 5, 40, 77, 118, 12])[k]),
       fixture_gen.chars('vwduon', k, 64), 1741930000 + k * 173
FROM generate_series(1, 9) k;

-- ---------------------------------------------------------------- emergency access
CREATE TABLE emergency_access (
    uuid                  CHAR(36) NOT NULL PRIMARY KEY,
    grantor_uuid          CHAR(36) REFERENCES users (uuid),
    grantee_uuid          CHAR(36) REFERENCES users (uuid),
    email                 VARCHAR(255),
    key_encrypted         TEXT,
    atype                 INTEGER  NOT NULL,
    status                INTEGER  NOT NULL,
    wait_time_days        INTEGER  NOT NULL,
    recovery_initiated_at TIMESTAMP,
    last_notification_at  TIMESTAMP,
    updated_at            TIMESTAMP NOT NULL,
    created_at            TIMESTAMP NOT NULL
);
-- status: 0 invited (grantee known only by email), 1 accepted, 2 confirmed,
-- 3 recovery initiated, 4 recovery approved; atype 0 view, 1 takeover.
INSERT INTO emergency_access
SELECT fixture_gen.uuid('vwea', k), fixture_gen.uuid('vwuser', g),
       CASE WHEN st > 0 THEN fixture_gen.uuid('vwuser', e) END,
       CASE WHEN st = 0 THEN CASE WHEN k % 3 = 0 THEN (SELECT email FROM vwgen.person WHERE i = e)
                                  ELSE fixture_gen.email('vweamail', k) END END,
       CASE WHEN st >= 2 THEN vwgen.rsa('vweakey', k) END,
       k % 2, st, (ARRAY[1, 2, 3, 7, 14, 30])[1 + fixture_gen.n('vweaw', k, 6)],
       CASE WHEN st >= 3 THEN vwgen.snap() - make_interval(days => 1 + k % 6, secs => fixture_gen.n('vwear', k, 80000)) END,
       CASE WHEN st >= 3 THEN vwgen.snap() - make_interval(hours => 2 + k % 20) END,
       c + make_interval(days => 3 + k % 40), c
FROM (SELECT k, 1 + (k * 37) % 150 AS g, 1 + (k * 61 + 17) % 150 AS e,
             (ARRAY[0, 0, 1, 2, 2, 2, 2, 2, 3, 4])[1 + fixture_gen.n('vweast', k, 10)] AS st,
             vwgen.at('vweac', k, timestamp '2022-01-10 10:00:00', timestamp '2025-01-30 10:00:00') AS c
      FROM generate_series(1, 32) k) x
ORDER BY k;

-- ---------------------------------------------------------------- sends
CREATE TABLE sends (
    uuid              CHAR(36) NOT NULL PRIMARY KEY,
    user_uuid         CHAR(36) REFERENCES users (uuid),
    organization_uuid CHAR(36) REFERENCES organizations (uuid),
    name              TEXT    NOT NULL,
    notes             TEXT,
    atype             INTEGER NOT NULL,
    data              TEXT    NOT NULL,
    akey              TEXT    NOT NULL,
    password_hash     BYTEA,
    password_salt     BYTEA,
    password_iter     INTEGER,
    max_access_count  INTEGER,
    access_count      INTEGER NOT NULL,
    creation_date     TIMESTAMP NOT NULL,
    revision_date     TIMESTAMP NOT NULL,
    expiration_date   TIMESTAMP,
    deletion_date     TIMESTAMP NOT NULL,
    disabled          BOOLEAN NOT NULL,
    hide_email        BOOLEAN
);
-- atype 0 text, 1 file. The text, the file name, the name and the notes are
-- encrypted with the Send's key (in the link's fragment); akey is that key
-- wrapped with the sender's user key; the access password is hashed.
INSERT INTO sends
SELECT fixture_gen.uuid('vwsend', k), fixture_gen.uuid('vwuser', 1 + (k * 29) % 138), NULL,
       vwgen.enc('vwsn', k, 10 + k % 20),
       CASE WHEN k % 3 = 0 THEN vwgen.enc('vwsnote', k, 30 + k % 60) END,
       t,
       CASE WHEN t = 0 THEN '{"Hidden":' || (k % 2 = 0)::text || ',"Text":"' || vwgen.enc('vwstext', k, 20 + fixture_gen.n('vwstl', k, 300)) || '"}'
            ELSE '{"FileName":"' || vwgen.enc('vwsfn', k, 22) || '","Id":"' || fixture_gen.hexn('vwsfid', k, 32) || '","Size":' || sz::text || ',"SizeName":"'
                 || CASE WHEN sz >= 1048576 THEN round(sz / 1048576.0, 2)::text || ' MB' ELSE round(sz / 1024.0, 2)::text || ' KB' END || '"}' END,
       vwgen.enc('vwskey', k, 64),
       CASE WHEN k % 4 = 1 THEN vwgen.bytes('vwsph', k, 32) END,
       CASE WHEN k % 4 = 1 THEN vwgen.bytes('vwsps', k, 64) END,
       CASE WHEN k % 4 = 1 THEN 100000 END,
       CASE WHEN k % 3 = 1 THEN 1 + k % 5 END, k % 7,
       c, c + interval '2 minutes', CASE WHEN k % 2 = 0 THEN c + make_interval(days => 1 + k % 7) END, c + make_interval(days => 7 + k % 24),
       k % 17 = 0, k % 5 = 0
FROM (SELECT k, CASE WHEN fixture_gen.n('vwst', k, 4) = 0 THEN 1 ELSE 0 END AS t, 4000 + fixture_gen.n('vwssz', k, 9000000) AS sz,
             vwgen.at('vwsc', k, timestamp '2024-11-01 08:00:00', timestamp '2025-03-13 18:00:00') AS c FROM generate_series(1, 70) k) x
ORDER BY k;

-- ---------------------------------------------------------------- the event log (organizations' events; user events of members)
CREATE TABLE event (
    uuid               CHAR(36) NOT NULL PRIMARY KEY,
    event_type         INTEGER  NOT NULL,
    user_uuid          CHAR(36),
    org_uuid           CHAR(36),
    cipher_uuid        CHAR(36),
    collection_uuid    CHAR(36),
    group_uuid         CHAR(36),
    org_user_uuid      CHAR(36),
    act_user_uuid      CHAR(36),
    device_type        INTEGER,
    ip_address         TEXT,
    event_date         TIMESTAMP NOT NULL,
    policy_uuid        CHAR(36),
    provider_uuid      CHAR(36),
    provider_user_uuid CHAR(36),
    provider_org_uuid  CHAR(36),
    UNIQUE (uuid)
);
-- event_type: 1000 logged in, 1001 changed password, 1002 updated 2FA,
-- 1005 failed login, 1006 failed 2FA, 1007 exported the vault, 1100 item
-- created, 1101 updated, 1107 viewed, 1108 password shown, 1111 password
-- copied, 1300 collection created, 1400 group created, 1500 member invited,
-- 1501 confirmed, 1502 updated, 1503 removed, 1600 organization updated,
-- 1700 policy updated.
INSERT INTO event
SELECT fixture_gen.uuid('vwev', k), et,
       CASE WHEN et < 1100 THEN fixture_gen.uuid('vwuser', u) END,
       fixture_gen.uuid('vworg', CASE WHEN k % 9 = 0 THEN 2 WHEN k % 13 = 0 THEN 3 ELSE 1 END),
       CASE WHEN et BETWEEN 1100 AND 1199 THEN fixture_gen.uuid('vwcipher', 561 + k % 160) END,
       CASE WHEN et = 1300 THEN fixture_gen.uuid('vwcol', 1 + k % 12) END,
       CASE WHEN et = 1400 THEN fixture_gen.uuid('vwgrp', 1 + k % 8) END,
       CASE WHEN et BETWEEN 1500 AND 1599 THEN fixture_gen.uuid('vwuo', (1 + (k * 17) % 138) * 10 + 1) END,
       fixture_gen.uuid('vwuser', CASE WHEN et BETWEEN 1300 AND 1799 THEN (ARRAY[7, 20, 44])[1 + k % 3] ELSE u END),
       (ARRAY[9, 10, 2, 2, 0, 1, 6, 7, 14, 25])[1 + fixture_gen.n('vwevd', k, 10)],
       CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('vwevip', u) ELSE fixture_gen.ipv4('vwevip', u * 3 + k % 3) END,
       vwgen.at('vwevt', k, timestamp '2024-06-01 00:00:00', timestamp '2025-03-14 05:00:00'),
       CASE WHEN et = 1700 THEN fixture_gen.uuid('vwpol', 100 + (ARRAY[1, 2, 7, 8])[1 + k % 4]) END,
       NULL, NULL, NULL
FROM (SELECT k, 1 + (k * 7) % 138 AS u,
             (ARRAY[1000, 1000, 1000, 1000, 1000, 1000, 1005, 1006, 1001, 1002, 1007, 1100, 1101, 1101, 1107, 1107, 1107, 1108, 1111, 1111, 1111,
                    1300, 1400, 1500, 1501, 1502, 1503, 1600, 1700])[1 + fixture_gen.n('vwevty', k, 29)] AS et
      FROM generate_series(1, 900) k) x
ORDER BY k;

-- ---------------------------------------------------------------- login with device
CREATE TABLE auth_requests (
    uuid                      CHAR(36) NOT NULL PRIMARY KEY,
    user_uuid                 CHAR(36) NOT NULL,
    organization_uuid         CHAR(36),
    request_device_identifier CHAR(36) NOT NULL,
    device_type               INTEGER  NOT NULL,
    request_ip                TEXT     NOT NULL,
    response_device_id        CHAR(36),
    access_code               TEXT     NOT NULL,
    public_key                TEXT     NOT NULL,
    enc_key                   TEXT,
    master_password_hash      TEXT,
    approved                  BOOLEAN,
    creation_date             TIMESTAMP NOT NULL,
    response_date             TIMESTAMP,
    authentication_date       TIMESTAMP,
    FOREIGN KEY (user_uuid) REFERENCES users (uuid),
    FOREIGN KEY (organization_uuid) REFERENCES organizations (uuid)
);
-- enc_key: the approving device's user key wrapped with the requester's
-- public key; master_password_hash: set when the approver's client sends it.
INSERT INTO auth_requests
SELECT fixture_gen.uuid('vwar', k), fixture_gen.uuid('vwuser', u), NULL, fixture_gen.uuid('vwardev', k), (ARRAY[9, 10, 2, 6, 7])[1 + k % 5],
       CASE WHEN k % 3 = 0 THEN fixture_gen.ipv6('vwarip', k) ELSE fixture_gen.ipv4('vwarip', k) END,
       CASE WHEN ap IS NOT NULL THEN (SELECT uuid FROM devices d WHERE d.user_uuid = fixture_gen.uuid('vwuser', u) ORDER BY d.uuid LIMIT 1) END,
       fixture_gen.chars('vwarac', k, 25),
       vwgen.spki('vwarpub', k),
       CASE WHEN ap THEN vwgen.rsa('vwarenc', k) END,
       CASE WHEN ap AND k % 4 = 0 THEN vwgen.rsa('vwarmph', k) END,
       ap, c, CASE WHEN ap IS NOT NULL THEN c + make_interval(secs => 20 + k % 90) END,
       CASE WHEN ap THEN c + make_interval(secs => 40 + k % 120) END
FROM (SELECT k, 1 + (k * 43) % 138 AS u, (ARRAY[true, true, true, false, NULL])[1 + fixture_gen.n('vwarap', k, 5)] AS ap,
             vwgen.at('vwarc', k, timestamp '2024-09-01 07:00:00', timestamp '2025-03-14 05:00:00') AS c FROM generate_series(1, 44) k) x
ORDER BY k;

-- ---------------------------------------------------------------- SSO (OpenID Connect against Entra ID)
CREATE TABLE sso_nonce (
    state        TEXT NOT NULL PRIMARY KEY,
    nonce        TEXT NOT NULL,
    verifier     TEXT,
    redirect_uri TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL DEFAULT now()
);
INSERT INTO sso_nonce
SELECT vwgen.b64url('vwssost', k, 32), vwgen.b64url('vwsson', k, 32), vwgen.b64url('vwssov', k, 32),
       CASE WHEN k % 3 = 0 THEN 'bitwarden://sso-callback' WHEN k % 3 = 1 THEN 'https://vault.' || vwgen.dom() || '/sso-connector.html' ELSE 'http://localhost:8065' END,
       vwgen.snap() - make_interval(secs => 30 + fixture_gen.n('vwssoc', k, 600))
FROM generate_series(1, 12) k;

CREATE TABLE sso_users (
    user_uuid  CHAR(36) NOT NULL PRIMARY KEY REFERENCES users (uuid),
    identifier TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);
-- identifier: the subject ("sub") the IdP issues for the person (Entra's
-- pairwise subject).
INSERT INTO sso_users
SELECT fixture_gen.uuid('vwuser', p.i), vwgen.b64url('vwssosub', p.i, 32), timestamp '2024-10-07 09:00:00' + make_interval(secs => fixture_gen.n('vwssouc', p.i, 9000000))
FROM vwgen.person p WHERE p.i <= 138 AND p.i % 7 <> 3 ORDER BY p.i;

-- ================================================================ ops: what Brightwater's IT keeps beside the vault
CREATE SCHEMA ops;

-- config.json as the admin panel saved it, one row per changed key.
CREATE TABLE ops.vw_config_history (
    id             serial PRIMARY KEY,
    changed_at     timestamptz NOT NULL,
    changed_by     text NOT NULL,
    source         text NOT NULL,
    key            text NOT NULL,
    value          text,
    previous_value text
);
INSERT INTO ops.vw_config_history (changed_at, changed_by, source, key, value, previous_value)
SELECT timestamptz '2023-01-09 10:00:00+00' + make_interval(days => k * 9, secs => fixture_gen.n('vwcfgt', k, 30000)),
       CASE WHEN k % 3 = 0 THEN 'deploy (ansible)' ELSE (SELECT email FROM vwgen.person WHERE i = CASE WHEN k % 2 = 0 THEN 7 ELSE 44 END) END,
       CASE WHEN k % 3 = 0 THEN 'env' ELSE 'admin panel' END, key, val, prev
FROM (VALUES
  (1, 'domain', 'https://vault.brightwater-eng.example', 'https://vault.bw-eng.example'),
  (2, 'signups_allowed', 'false', 'true'),
  (3, 'signups_domains_whitelist', 'brightwater-eng.example,bw-eng.example', 'brightwater-eng.example'),
  (4, 'invitation_org_name', 'Brightwater Vault', 'Vaultwarden'),
  (5, 'smtp_host', 'smtp.eu.mailgun.org', 'smtp.office365.com'),
  (6, 'smtp_from', 'vault@brightwater-eng.example', 'vault@brightwater-eng.example'),
  (7, 'smtp_username', 'postmaster@mg.brightwater-eng.example', 'svc-vault@brightwater-eng.example'),
  (8, 'smtp_password', 'SMTPPW', 'SMTPOLD'),
  (9, 'admin_token', 'ARGON', NULL),
  (10, 'push_enabled', 'true', 'false'),
  (11, 'push_installation_id', 'PUSHID', NULL),
  (12, 'push_installation_key', 'PUSHKEY', NULL),
  (13, 'yubico_client_id', '88412', NULL),
  (14, 'yubico_secret_key', 'YUBI', NULL),
  (15, '_enable_duo', 'true', 'false'),
  (16, 'duo_ikey', 'DUOIK', NULL),
  (17, 'duo_skey', 'DUOSK', NULL),
  (18, 'duo_host', 'api-4b7d19c2.duosecurity.com', NULL),
  (19, 'sso_enabled', 'true', 'false'),
  (20, 'sso_authority', 'https://login.microsoftonline.com/3f6b2a91-77c4-4d0e-9a1b-5e8c2d7f4a10/v2.0', NULL),
  (21, 'sso_client_id', '0c4e7b9a-13f2-4a8d-b6e5-2f1d9c8a7e34', NULL),
  (22, 'sso_client_secret', 'SSOSECRET', NULL),
  (23, 'org_creation_users', 'OCU', ''),
  (24, 'database_url', 'DBURL', NULL),
  (25, 'org_events_enabled', 'true', 'false'),
  (26, 'events_days_retain', '400', NULL),
  (27, 'emergency_access_allowed', 'true', 'true'),
  (28, 'helo_name', 'vault.brightwater-eng.example', NULL),
  (29, 'smtp_password', 'SMTPPW2', 'SMTPPW'),
  (30, 'admin_token', 'ARGON2', 'ARGON'),
  (31, 'hibp_api_key', 'HIBP', NULL),
  (32, 'ip_header', 'X-Real-IP', 'X-Forwarded-For')) v(k, key, v0, p0)
CROSS JOIN LATERAL (SELECT CASE v0
    WHEN 'SMTPPW' THEN fixture_gen.chars('vwsmtp', 1, 32) || '-' || fixture_gen.chars('vwsmtp2', 1, 8) || '-' || fixture_gen.chars('vwsmtp3', 1, 8)
    WHEN 'SMTPPW2' THEN fixture_gen.chars('vwsmtp', 2, 32) || '-' || fixture_gen.chars('vwsmtp2', 2, 8) || '-' || fixture_gen.chars('vwsmtp3', 2, 8)
    WHEN 'SMTPOLD' THEN 'Brightwater' || fixture_gen.digits('vwsmtpo', 1, 4) || '!'
    WHEN 'ARGON' THEN '$argon2id' || '$v=19$m=65540,t=3,p=4$' || rtrim(fixture_gen.b64('vwadms', 1, 32), '=') || '$' || rtrim(fixture_gen.b64('vwadmh', 1, 32), '=')
    WHEN 'ARGON2' THEN '$argon2id' || '$v=19$m=65540,t=3,p=4$' || rtrim(fixture_gen.b64('vwadms', 2, 32), '=') || '$' || rtrim(fixture_gen.b64('vwadmh', 2, 32), '=')
    WHEN 'PUSHID' THEN fixture_gen.uuid('vwpushinst', 1)
    WHEN 'PUSHKEY' THEN fixture_gen.chars('vwpushkey', 1, 20)
    WHEN 'YUBI' THEN rtrim(fixture_gen.b64('vwyubi', 1, 20), '=') || '='
    WHEN 'DUOIK' THEN 'DI' || fixture_gen.chars('vwduoik0', 1, 18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    WHEN 'DUOSK' THEN fixture_gen.chars('vwduosk0', 1, 40)
    WHEN 'SSOSECRET' THEN fixture_gen.chars('vwssocs', 1, 3) || '8Q~' || fixture_gen.chars('vwssocs2', 1, 34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-')
    WHEN 'OCU' THEN (SELECT string_agg(email, ',' ORDER BY i) FROM vwgen.person WHERE i IN (7, 20, 44))
    WHEN 'DBURL' THEN 'postgresql://vaultwarden:' || fixture_gen.chars('vwdbpw', 1, 24) || '@db.internal.brightwater-eng.example:5432/vaultwarden'
    WHEN 'HIBP' THEN fixture_gen.hexn('vwhibp', 1, 32)
    ELSE v0 END AS val,
  CASE p0 WHEN 'SMTPPW' THEN fixture_gen.chars('vwsmtp', 1, 32) || '-' || fixture_gen.chars('vwsmtp2', 1, 8) || '-' || fixture_gen.chars('vwsmtp3', 1, 8)
          WHEN 'SMTPOLD' THEN 'Brightwater' || fixture_gen.digits('vwsmtpo', 1, 4) || '!'
          WHEN 'ARGON' THEN '$argon2id' || '$v=19$m=65540,t=3,p=4$' || rtrim(fixture_gen.b64('vwadms', 1, 32), '=') || '$' || rtrim(fixture_gen.b64('vwadmh', 1, 32), '=')
          ELSE p0 END AS prev) x
ORDER BY k;

-- the event log as exported nightly to the SIEM, joined to names and emails.
CREATE TABLE ops.siem_event_export (
    id               bigserial PRIMARY KEY,
    batch_id         text NOT NULL,
    exported_at      timestamptz NOT NULL,
    event_uuid       char(36) NOT NULL,
    event_type       integer NOT NULL,
    event_name       text NOT NULL,
    occurred_at      timestamptz NOT NULL,
    actor_email      text,
    actor_name       text,
    member_email     text,
    org_name         text,
    item_id          char(36),
    device_type_name text,
    ip_address       inet,
    geo_city         text,
    geo_country      text,
    user_agent       text,
    raw_json         jsonb NOT NULL
);
INSERT INTO ops.siem_event_export (batch_id, exported_at, event_uuid, event_type, event_name, occurred_at, actor_email, actor_name, member_email, org_name,
                                   item_id, device_type_name, ip_address, geo_city, geo_country, user_agent, raw_json)
SELECT 'vw-' || to_char(e.event_date::date, 'YYYYMMDD'), (e.event_date::date + interval '1 day 02:15:00') AT TIME ZONE 'UTC', e.uuid, e.event_type, nm, e.event_date AT TIME ZONE 'UTC',
       a.email, a.name, mu.email, o.name, e.cipher_uuid, dn, e.ip_address::inet, city, ctry, ua,
       jsonb_build_object('type', e.event_type, 'name', nm, 'date', vwgen.iso(e.event_date), 'actingUser', jsonb_build_object('id', a.uuid, 'email', a.email, 'name', a.name),
                          'member', CASE WHEN mu.email IS NOT NULL THEN jsonb_build_object('email', mu.email, 'name', mu.name) END,
                          'organization', o.name, 'itemId', e.cipher_uuid, 'device', dn, 'ipAddress', e.ip_address, 'geo', jsonb_build_object('city', city, 'country', ctry))
FROM (SELECT * FROM event ORDER BY event_date LIMIT 420) e
JOIN users a ON a.uuid = e.act_user_uuid
JOIN organizations o ON o.uuid = e.org_uuid
LEFT JOIN users_organizations uo ON uo.uuid = e.org_user_uuid
LEFT JOIN users mu ON mu.uuid = uo.user_uuid
CROSS JOIN LATERAL (SELECT CASE e.event_type WHEN 1000 THEN 'User_LoggedIn' WHEN 1001 THEN 'User_ChangedPassword' WHEN 1002 THEN 'User_Updated2fa' WHEN 1005 THEN 'User_FailedLogIn'
          WHEN 1006 THEN 'User_FailedLogIn2fa' WHEN 1007 THEN 'User_ClientExportedVault' WHEN 1100 THEN 'Cipher_Created' WHEN 1101 THEN 'Cipher_Updated'
          WHEN 1107 THEN 'Cipher_ClientViewed' WHEN 1108 THEN 'Cipher_ClientToggledPasswordVisible' WHEN 1111 THEN 'Cipher_ClientCopiedPassword'
          WHEN 1300 THEN 'Collection_Created' WHEN 1400 THEN 'Group_Created' WHEN 1500 THEN 'OrganizationUser_Invited' WHEN 1501 THEN 'OrganizationUser_Confirmed'
          WHEN 1502 THEN 'OrganizationUser_Updated' WHEN 1503 THEN 'OrganizationUser_Removed' WHEN 1600 THEN 'Organization_Updated' ELSE 'Policy_Updated' END AS nm,
       CASE e.device_type WHEN 0 THEN 'Android' WHEN 1 THEN 'iOS' WHEN 2 THEN 'ChromeExtension' WHEN 6 THEN 'WindowsDesktop' WHEN 7 THEN 'MacOsDesktop' WHEN 9 THEN 'ChromeBrowser'
          WHEN 10 THEN 'FirefoxBrowser' WHEN 14 THEN 'EdgeExtension' ELSE 'LinuxCLI' END AS dn,
       fixture_gen.city('vwgeo', hashtext(e.ip_address)) AS city,
       fixture_gen.pick(ARRAY['GB', 'DE', 'IE', 'FR', 'IN', 'NL', 'ES'], 'vwgeoc', hashtext(e.ip_address)) AS ctry,
       CASE e.device_type WHEN 0 THEN 'Bitwarden_Mobile/2025.2.0 (Android 14; SDK 34; Model Pixel 8)' WHEN 1 THEN 'Bitwarden_Mobile/2025.2.0 (iOS 18.3; Model iPhone15,2)'
          WHEN 6 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Bitwarden/2025.2.1 Chrome/130.0.6723.191 Electron/33.3.1 Safari/537.36'
          WHEN 7 THEN 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Bitwarden/2025.2.1 Chrome/130.0.6723.191 Electron/33.3.1 Safari/537.36'
          WHEN 10 THEN 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0'
          WHEN 25 THEN 'Bitwarden_CLI/2025.1.3 (LINUX)'
          ELSE 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36' END AS ua) x
ORDER BY e.event_date, e.uuid;

-- the SSO mapping the IT team's sync script keeps (Microsoft Graph -> Vaultwarden).
CREATE TABLE ops.entra_user_map (
    id                   serial PRIMARY KEY,
    vaultwarden_user_uuid char(36) REFERENCES public.users (uuid),
    entra_object_id      uuid NOT NULL,
    user_principal_name  text NOT NULL,
    sam_account_name     text,
    display_name         text NOT NULL,
    given_name           text,
    surname              text,
    employee_id          text,
    department           text,
    job_title            text,
    manager_upn          text,
    office_location      text,
    mobile_phone         text,
    account_enabled      boolean NOT NULL,
    last_synced_at       timestamptz NOT NULL,
    raw_graph_json       jsonb
);
INSERT INTO ops.entra_user_map (vaultwarden_user_uuid, entra_object_id, user_principal_name, sam_account_name, display_name, given_name, surname, employee_id,
                                department, job_title, manager_upn, office_location, mobile_phone, account_enabled, last_synced_at, raw_graph_json)
SELECT CASE WHEN p.i <= 138 OR p.placeholder THEN fixture_gen.uuid('vwuser', p.i) END, fixture_gen.uuid('vwentra', p.i)::uuid, p.email,
       lower(left(fixture_gen.ascii(replace(p.f, 'ı', 'i')), 1) || left(fixture_gen.ascii(replace(p.l, 'ı', 'i')), 10)) || CASE WHEN p.i % 31 = 0 THEN p.i::text ELSE '' END,
       p.full_name, p.f, p.l, 'BW-' || lpad((1000 + p.i * 7)::text, 5, '0'), p.dept, jt,
       (SELECT email FROM vwgen.person WHERE i = 1 + (p.i * 5) % 20), off,
       CASE WHEN p.i % 3 <> 0 THEN fixture_gen.phone('vwmob', p.i) END,
       p.i NOT IN (31, 64, 99, 117, 130), timestamptz '2025-03-14 04:00:00+00' + make_interval(secs => p.i * 3),
       jsonb_build_object('id', fixture_gen.uuid('vwentra', p.i), 'userPrincipalName', p.email, 'displayName', p.full_name, 'givenName', p.f, 'surname', p.l,
                          'mail', p.email, 'jobTitle', jt, 'department', p.dept, 'officeLocation', off, 'employeeId', 'BW-' || lpad((1000 + p.i * 7)::text, 5, '0'),
                          'mobilePhone', CASE WHEN p.i % 3 <> 0 THEN fixture_gen.phone('vwmob', p.i) END, 'businessPhones', jsonb_build_array('+44 161 496 ' || lpad((p.i * 7)::text, 4, '0')),
                          'employeeHireDate', to_char(date '2008-01-07' + fixture_gen.n('vwhire', p.i, 6000), 'YYYY-MM-DD') || 'T00:00:00Z',
                          'onPremisesSamAccountName', lower(left(fixture_gen.ascii(replace(p.f, 'ı', 'i')), 1) || left(fixture_gen.ascii(replace(p.l, 'ı', 'i')), 10)))
FROM vwgen.person p
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Graduate Engineer', 'Senior Engineer', 'Principal Engineer', 'Associate Director', 'CAD Technician', 'BIM Coordinator',
                        'Site Surveyor', 'IT Systems Administrator', 'Payroll Officer', 'HR Business Partner', 'Bid Writer', 'Office Manager'], 'vwjt', p.i) AS jt,
                        fixture_gen.pick(ARRAY['Manchester - Piccadilly', 'Leeds - Wellington St', 'Dublin - Grand Canal', 'Remote'], 'vwoff', p.i) AS off) x
WHERE p.i <= 138 OR p.i BETWEEN 151 AND 156
ORDER BY p.i;

-- the reverse proxy's access log of the vault, kept 30 days.
CREATE TABLE ops.proxy_access_log (
    id              bigserial PRIMARY KEY,
    ts              timestamptz NOT NULL,
    client_ip       inet NOT NULL,
    x_forwarded_for text,
    host            text NOT NULL,
    method          text NOT NULL,
    uri             text NOT NULL,
    status          smallint NOT NULL,
    bytes_sent      integer NOT NULL,
    request_time_ms integer NOT NULL,
    referer         text,
    user_agent      text,
    upstream        text NOT NULL,
    tls_protocol    text
);
-- /notifications/hub carries the user's access token (a JWT) in the query
-- string, as SignalR does for websockets; /icons/ show which sites people
-- keep logins for; /api/sends/access/ the Send's id.
INSERT INTO ops.proxy_access_log (ts, client_ip, x_forwarded_for, host, method, uri, status, bytes_sent, request_time_ms, referer, user_agent, upstream, tls_protocol)
SELECT timestamptz '2025-03-13 00:00:00+00' + make_interval(secs => k * 143 + fixture_gen.n('vwpxt', k, 140)), ip::inet,
       CASE WHEN k % 6 = 0 THEN ip || ', 10.20.0.' || (2 + k % 3)::text END,
       'vault.' || vwgen.dom(), m, uri, st, 200 + fixture_gen.n('vwpxb', k, 90000), 2 + fixture_gen.n('vwpxr', k, 400),
       CASE WHEN k % 4 = 0 THEN 'https://vault.' || vwgen.dom() || '/' END, ua, 'vaultwarden:80', CASE WHEN k % 9 = 0 THEN 'TLSv1.2' ELSE 'TLSv1.3' END
FROM generate_series(1, 360) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('vwevip', 1 + (k * 7) % 138) ELSE fixture_gen.ipv4('vwevip', (1 + (k * 7) % 138) * 3 + k % 3) END AS ip,
                           CASE k % 10 WHEN 0 THEN 'POST' WHEN 1 THEN 'PUT' ELSE 'GET' END AS m, k % 10 AS r) a
CROSS JOIN LATERAL (SELECT CASE
      WHEN r = 0 THEN '/identity/connect/token'
      WHEN r = 1 THEN '/api/ciphers/' || fixture_gen.uuid('vwcipher', 1 + (k * 13) % 720)
      WHEN r = 2 THEN '/notifications/hub?access_token=' || fixture_gen.jwt('vwpxjwt', k)
      WHEN r = 3 THEN '/icons/' || fixture_gen.pick(ARRAY['accounts.google.com', 'www.hsbc.co.uk', 'login.microsoftonline.com', 'github.com', 'www.paypal.com', 'my.vodafone.co.uk',
                          'portal.autodesk.com', 'www.bupa.co.uk', 'www.tinder.com', 'www.monzo.com', 'app.hibob.com', 'www.gov.uk'], 'vwpxi', k) || '/icon.png'
      WHEN r = 4 THEN '/api/sync?excludeDomains=true'
      WHEN r = 5 THEN '/api/sends/access/' || vwgen.b64url('vwpxsend', k, 16)
      WHEN r = 6 THEN '/api/accounts/revision-date'
      WHEN r = 7 THEN '/notifications/hub/negotiate?negotiateVersion=1'
      WHEN r = 8 THEN '/api/config'
      ELSE '/app/main.' || substr(md5('vwpxjs' || k), 1, 20) || '.js' END AS uri,
    CASE WHEN r = 0 AND k % 7 = 0 THEN 400 WHEN r = 2 THEN 101 ELSE 200 END AS st,
    fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
                           'Bitwarden_Mobile/2025.2.0 (Android 14; SDK 34; Model SM-S911B)', 'Bitwarden_Mobile/2025.2.0 (iOS 18.3; Model iPhone16,1)',
                           'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0', 'Bitwarden_CLI/2025.1.3 (LINUX)',
                           'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15'], 'vwpxua', k) AS ua) b
ORDER BY k;

-- fail2ban's bans of the vaultwarden and vaultwarden-admin jails.
CREATE TABLE ops.fail2ban_bans (
    id             serial PRIMARY KEY,
    banned_at      timestamptz NOT NULL,
    unbanned_at    timestamptz,
    jail           text NOT NULL,
    ip             inet NOT NULL,
    failures       integer NOT NULL,
    username_tried text,
    matched_line   text NOT NULL,
    country_code   char(2),
    asn_org        text
);
INSERT INTO ops.fail2ban_bans (banned_at, unbanned_at, jail, ip, failures, username_tried, matched_line, country_code, asn_org)
SELECT b, b + interval '4 hours', CASE WHEN adm THEN 'vaultwarden-admin' ELSE 'vaultwarden' END, ip::inet, 5 + k % 4,
       CASE WHEN NOT adm THEN un END,
       '[' || to_char(b AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') || '][vaultwarden::api::identity][ERROR] '
         || CASE WHEN adm THEN 'Invalid admin token. IP: ' || ip
                 ELSE 'Username or password is incorrect. Try again. IP: ' || ip || '. Username: ' || un || '.' END,
       cc, asn
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT timestamptz '2024-12-01 00:00:00+00' + make_interval(secs => k * 85000 + fixture_gen.n('vwf2b', k, 80000)) AS b, k % 6 = 0 AS adm,
                           fixture_gen.ipv4('vwf2bip', k) AS ip,
                           CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['admin@brightwater-eng.example', 'test@test.com', 'info@brightwater-eng.example', 'root'], 'vwf2bu', k)
                                ELSE (SELECT email FROM vwgen.person WHERE i = 1 + (k * 11) % 150) END AS un,
                           fixture_gen.pick(ARRAY['GB', 'CN', 'RU', 'US', 'NL', 'DE', 'BR', 'VN'], 'vwf2bc', k) AS cc,
                           fixture_gen.pick(ARRAY['DIGITALOCEAN-ASN', 'CHINANET-BACKBONE', 'OVH SAS', 'Hetzner Online GmbH', 'BT-UK-AS British Telecommunications PLC', 'Sky UK Limited', 'VIETTEL-AS-VN'], 'vwf2ba', k) AS asn) x
ORDER BY k;

-- the outgoing mail relay's log of what Vaultwarden sent.
CREATE TABLE ops.mail_log (
    id         bigserial PRIMARY KEY,
    queued_at  timestamptz NOT NULL,
    queue_id   text NOT NULL,
    message_id text NOT NULL,
    mail_from  text NOT NULL,
    rcpt_to    text NOT NULL,
    subject    text NOT NULL,
    template   text NOT NULL,
    relay      text NOT NULL,
    dsn        text NOT NULL,
    status     text NOT NULL,
    response   text,
    size_bytes integer NOT NULL
);
INSERT INTO ops.mail_log (queued_at, queue_id, message_id, mail_from, rcpt_to, subject, template, relay, dsn, status, response, size_bytes)
SELECT q, upper(fixture_gen.hexn('vwmlq', k, 11)), '<' || fixture_gen.uuid('vwmlm', k) || '@vault.' || vwgen.dom() || '>', 'vault@brightwater-eng.example',
       CASE WHEN t = 'email/emergency_access_invite' THEN fixture_gen.email('vweamail', k) ELSE r.email END,
       CASE t WHEN 'email/twofactor_email' THEN 'Vaultwarden Login Verification Code'
              WHEN 'email/new_device_logged_in' THEN 'New Device Logged In From ' || fixture_gen.pick(ARRAY['Chrome', 'Firefox', 'Android', 'iOS', 'Windows'], 'vwmld', k)
              WHEN 'email/send_org_invite' THEN 'Join Brightwater Engineering'
              WHEN 'email/emergency_access_invite' THEN 'Emergency access invitation from ' || g.name
              WHEN 'email/emergency_access_recovery_initiated' THEN 'Emergency access initiated by ' || g.name
              WHEN 'email/change_email' THEN 'Your Email Change'
              WHEN 'email/protected_action' THEN 'Your Vaultwarden Verification Code'
              WHEN 'email/incomplete_2fa_login' THEN 'Incomplete Two-Step Login From ' || fixture_gen.pick(ARRAY['chrome', 'firefox', 'edge'], 'vwmld', k)
              ELSE 'Your master password hint' END,
       t, 'smtp.eu.mailgun.org[35.156.' || (10 + k % 200)::text || '.' || (1 + k % 250)::text || ']:587',
       CASE WHEN k % 29 = 0 THEN '5.1.1' ELSE '2.0.0' END, CASE WHEN k % 29 = 0 THEN 'bounced' ELSE 'sent' END,
       CASE WHEN k % 29 = 0 THEN '550 5.1.1 <' || r.email || '>: Recipient address rejected: User unknown in virtual mailbox table'
            ELSE '250 Great success' END,
       4000 + fixture_gen.n('vwmls', k, 30000)
FROM generate_series(1, 240) k
CROSS JOIN LATERAL (SELECT timestamptz '2024-11-15 00:00:00+00' + make_interval(secs => k * 29000 + fixture_gen.n('vwmlt', k, 25000)) AS q,
                           (ARRAY['email/twofactor_email', 'email/twofactor_email', 'email/new_device_logged_in', 'email/new_device_logged_in', 'email/send_org_invite',
                                  'email/emergency_access_invite', 'email/emergency_access_recovery_initiated', 'email/change_email', 'email/protected_action',
                                  'email/incomplete_2fa_login', 'email/pw_hint_some'])[1 + fixture_gen.n('vwmlty', k, 11)] AS t) x
JOIN vwgen.person r ON r.i = 1 + (k * 19) % 160
JOIN users g ON g.uuid = fixture_gen.uuid('vwuser', 1 + (k * 23) % 150)
ORDER BY k;

-- nightly backups of the database and the data folder (restic).
CREATE TABLE ops.backup_runs (
    id                   serial PRIMARY KEY,
    started_at           timestamptz NOT NULL,
    finished_at          timestamptz,
    host                 text NOT NULL,
    tool                 text NOT NULL,
    repository_url       text NOT NULL,
    snapshot_id          text,
    files_new            integer,
    bytes_added          bigint,
    total_bytes          bigint,
    status               text NOT NULL,
    log_tail             text,
    encryption_recipient text
);
-- the off-site repository is a REST server whose URL carries its HTTP
-- basic-auth password; the age recipient is a public key.
INSERT INTO ops.backup_runs (started_at, finished_at, host, tool, repository_url, snapshot_id, files_new, bytes_added, total_bytes, status, log_tail, encryption_recipient)
SELECT s, CASE WHEN NOT fail THEN s + make_interval(secs => 60 + fixture_gen.n('vwbkd', k, 600)) END, 'vault01.internal.brightwater-eng.example', 'restic 0.17.3',
       CASE WHEN k % 2 = 0 THEN 's3:https://s3.eu-west-2.amazonaws.com/bw-vaultwarden-backup/restic'
            ELSE 'rest:https://vaultbackup:' || fixture_gen.chars('vwbkpw', 1, 28) || '@backup.offsite.brightwater-eng.example:8000/vault/' END,
       CASE WHEN NOT fail THEN substr(md5('vwbksn' || k), 1, 8) END,
       CASE WHEN NOT fail THEN 3 + fixture_gen.n('vwbkf', k, 60) END, CASE WHEN NOT fail THEN 40000 + fixture_gen.n('vwbkb', k, 9000000) END,
       CASE WHEN NOT fail THEN 1800000000 + k * 4100000 END,
       CASE WHEN fail THEN 'failed' ELSE 'ok' END,
       CASE WHEN fail THEN 'Fatal: unable to open repository at ' || CASE WHEN k % 2 = 0 THEN 's3:https://s3.eu-west-2.amazonaws.com/bw-vaultwarden-backup/restic' ELSE 'rest:https://backup.offsite.brightwater-eng.example:8000/vault/' END || ': context deadline exceeded'
            ELSE 'Files: ' || (3 + fixture_gen.n('vwbkf', k, 60))::text || ' new, 12 changed, 1841 unmodified' || E'\n' || 'snapshot ' || substr(md5('vwbksn' || k), 1, 8) || ' saved' END,
       'age1' || fixture_gen.chars('vwage', 1, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')
FROM generate_series(1, 60) k
CROSS JOIN LATERAL (SELECT timestamptz '2025-01-13 02:30:00+00' + make_interval(days => k) + make_interval(secs => fixture_gen.n('vwbks', k, 300)) AS s, k % 23 = 0 AS fail) x
ORDER BY k;

-- what the IT team knows about the shared accounts kept in the organization
-- vault (the credentials themselves are only in the vault).
CREATE TABLE ops.shared_account_register (
    id                     serial PRIMARY KEY,
    service                text NOT NULL,
    url                    text,
    login_name             text,
    vault_cipher_uuid      char(36),
    collection             text,
    owner_email            text NOT NULL,
    deputy_name            text,
    mfa_method             text,
    mfa_device_holder      text,
    last_rotated_on        date,
    rotation_interval_days integer,
    notes                  text
);
INSERT INTO ops.shared_account_register (service, url, login_name, vault_cipher_uuid, collection, owner_email, deputy_name, mfa_method, mfa_device_holder, last_rotated_on, rotation_interval_days, notes)
SELECT svc, url, lg, fixture_gen.uuid('vwcipher', 560 + k * 3), col, o.email, d.full_name, mfa,
       CASE WHEN mfa = 'SMS' THEN h.full_name || ' (' || fixture_gen.phone('vwsarph', k) || ')' WHEN mfa = 'hardware key' THEN 'safe in Manchester office, key #' || k::text END,
       date '2024-01-15' + fixture_gen.n('vwsarr', k, 400), (ARRAY[90, 180, 365])[1 + k % 3], nt
FROM (VALUES
  (1, 'AWS root account (production)', 'https://console.aws.amazon.com', 'aws-root@brightwater-eng.example', 'Infrastructure', 'hardware key', 'Break-glass only. Two people present when used.'),
  (2, 'Microsoft 365 global admin (break glass)', 'https://admin.microsoft.com', 'breakglass01@brightwatereng.onmicrosoft.com', 'Infrastructure', 'hardware key', NULL),
  (3, 'Companies House WebFiling', 'https://ewf.companieshouse.gov.uk', 'company auth code holder', 'Finance', 'none', 'Authentication code is in the item notes, not here.'),
  (4, 'HMRC PAYE online', 'https://www.gov.uk/log-in-register-hmrc-online-services', 'Government Gateway user ID ending 4471', 'Finance', 'SMS', 'SMS goes to the payroll phone.'),
  (5, 'Barclays.Net corporate banking', 'https://www.barclays.net', 'BWENG-ADMIN', 'Finance', 'hardware key', 'PINsentry card readers with the FD and the office manager.'),
  (6, 'Autodesk account (BIM licences)', 'https://manage.autodesk.com', 'licences@brightwater-eng.example', 'BIM', 'authenticator app', NULL),
  (7, 'Ordnance Survey Data Hub', 'https://osdatahub.os.uk', 'survey@brightwater-eng.example', 'Surveying field kit', 'none', 'API project key also stored in the item.'),
  (8, 'Trimble Connect', 'https://connect.trimble.com', 'survey@brightwater-eng.example', 'Surveying field kit', 'authenticator app', NULL),
  (9, 'Mailgun', 'https://app.eu.mailgun.com', 'it-admin@brightwater-eng.example', 'Infrastructure', 'authenticator app', 'SMTP credentials for the vault and the intranet.'),
  (10, 'Cloudflare', 'https://dash.cloudflare.com', 'it-admin@brightwater-eng.example', 'Infrastructure', 'hardware key', NULL),
  (11, 'Office door access controller', 'https://10.20.4.15', 'admin', 'Infrastructure', 'none', 'Local admin of the Paxton Net2 server.'),
  (12, 'Xero', 'https://login.xero.com', 'accounts@brightwater-eng.example', 'Finance', 'SMS', NULL),
  (13, 'HiBob HR', 'https://app.hibob.com', 'hr@brightwater-eng.example', 'HR', 'authenticator app', 'Payroll exports go to the Finance collection.'),
  (14, 'Building site CCTV (Salford Quays job)', 'https://cctv.site-salford.example', 'bwviewer', 'Structural', 'none', 'Client asked us to rotate after each phase.'),
  (15, 'LinkedIn company page', 'https://www.linkedin.com/company/brightwater-eng', 'marketing@brightwater-eng.example', 'All Staff', 'SMS', NULL),
  (16, 'Tender portal (Delta eSourcing)', 'https://www.delta-esourcing.com', 'bids@brightwater-eng.example', 'Bid Management', 'none', NULL),
  (17, 'Wi-Fi guest network', NULL, NULL, 'All Staff', 'none', 'Printed on the meeting room cards; rotate monthly.'),
  (18, 'Domain registrar (Gandi)', 'https://admin.gandi.net', 'BW1234-GANDI', 'Infrastructure', 'authenticator app', NULL)
) v(k, svc, url, lg, col, mfa, n0)
JOIN vwgen.person o ON o.i = (ARRAY[7, 20, 44])[1 + k % 3]
JOIN vwgen.person d ON d.i = 1 + (k * 13) % 138
JOIN vwgen.person h ON h.i = 1 + (k * 17) % 138
CROSS JOIN LATERAL (SELECT CASE
    WHEN k = 4 THEN 'Payroll phone is kept by ' || h.full_name || ' (' || fixture_gen.phone('vwsarph', k) || '); ask her if the SMS does not arrive.'
    WHEN k = 14 THEN 'Site contact: ' || d.full_name || ', ' || fixture_gen.phone('vwsarsc', k) || '. Client asked us to rotate after each phase.'
    ELSE n0 END AS nt) x
ORDER BY k;

-- the helpdesk's vault lock-out and recovery requests (identity is checked
-- before a 2FA reset or an account recovery).
CREATE TABLE ops.lockout_requests (
    id                serial PRIMARY KEY,
    opened_at         timestamptz NOT NULL,
    related_user_uuid char(36) REFERENCES public.users (uuid),
    requester_email   text NOT NULL,
    requester_name    text NOT NULL,
    callback_phone    text,
    kind              text NOT NULL,
    description       text NOT NULL,
    identity_check    text,
    verified_by       text,
    resolution        text,
    closed_at         timestamptz
);
INSERT INTO ops.lockout_requests (opened_at, related_user_uuid, requester_email, requester_name, callback_phone, kind, description, identity_check, verified_by, resolution, closed_at)
SELECT o, fixture_gen.uuid('vwuser', p.i), CASE WHEN k % 4 = 0 THEN fixture_gen.ascii(replace(p.f, 'ı', 'i')) || '.' || fixture_gen.ascii(replace(p.l, 'ı', 'i')) || '@gmail.com' ELSE p.email END,
       p.full_name, fixture_gen.phone('vwlrph', k), kind,
       CASE kind
         WHEN '2FA reset' THEN fixture_gen.pick(ARRAY[
           'Lost my phone on the train home, the authenticator app was on it. I am in the Leeds office tomorrow.',
           'New phone, did not move the authenticator. Old one was traded in. Can someone reset it please?',
           'My YubiKey went through the wash. I still have my master password.',
           'Phone stolen in Barcelona, police report number ' || fixture_gen.digits('vwlrpol', k, 8) || '. Need vault access for the bid due Friday.'], 'vwlrd', k)
         WHEN 'forgotten master password' THEN fixture_gen.pick(ARRAY[
           'Back from maternity leave and cannot remember my master password. The hint did not help.',
           'Changed my master password on Friday evening and cannot remember the new one.',
           'I think my son changed something on the laptop; the vault will not accept my password any more.'], 'vwlrd', k)
         WHEN 'account recovery' THEN 'Manager asked for access to ' || p.f || '''s work items while ' || CASE WHEN k % 2 = 0 THEN 'they are on long-term sick leave' ELSE 'they are on parental leave' END || '. Approved by ' || (SELECT full_name FROM vwgen.person WHERE i = 20) || '.'
         ELSE 'Locked out after too many attempts from home, IP ' || fixture_gen.ipv4('vwlrip', k) || '.' END,
       CASE WHEN k % 3 = 0 THEN 'video call, photo ID shown (UK driving licence)' WHEN k % 3 = 1 THEN 'in person at the Manchester office' ELSE 'callback to the mobile number in HiBob' END,
       (SELECT full_name FROM vwgen.person WHERE i = (ARRAY[7, 44])[1 + k % 2]),
       CASE WHEN k % 7 = 0 THEN NULL
            WHEN kind = '2FA reset' THEN 'Two-step login removed from the admin panel; user re-enrolled with a new authenticator.'
            WHEN kind = 'forgotten master password' THEN 'Account recovery via the organization; temporary master password given by phone, changed at next login.'
            WHEN kind = 'account recovery' THEN 'Items moved to the team collection; personal vault left untouched.'
            ELSE 'fail2ban ban lifted, user told to use the office VPN.' END,
       CASE WHEN k % 7 <> 0 THEN o + make_interval(secs => 1800 + fixture_gen.n('vwlrc', k, 200000)) END
FROM generate_series(1, 36) k
JOIN vwgen.person p ON p.i = 1 + (k * 41) % 138
CROSS JOIN LATERAL (SELECT timestamptz '2023-03-01 08:00:00+00' + make_interval(days => k * 20, secs => fixture_gen.n('vwlro', k, 30000)) AS o,
                           (ARRAY['2FA reset', '2FA reset', 'forgotten master password', 'account recovery', 'locked out'])[1 + fixture_gen.n('vwlrk', k, 5)] AS kind) x
ORDER BY k;

-- leavers: the offboarding checklist's vault part.
CREATE TABLE ops.leavers (
    id                      serial PRIMARY KEY,
    user_uuid               char(36) REFERENCES public.users (uuid),
    employee_name           text NOT NULL,
    employee_id             text NOT NULL,
    last_working_day        date NOT NULL,
    manager_email           text NOT NULL,
    vault_access_revoked_at timestamptz,
    items_reassigned        integer NOT NULL DEFAULT 0,
    personal_export_to      text,
    reason                  text,
    notes                   text
);
INSERT INTO ops.leavers (user_uuid, employee_name, employee_id, last_working_day, manager_email, vault_access_revoked_at, items_reassigned, personal_export_to, reason, notes)
SELECT CASE WHEN p.has_user THEN fixture_gen.uuid('vwuser', p.i) END, p.full_name, 'BW-' || lpad((1000 + p.i * 7)::text, 5, '0'), lwd,
       (SELECT email FROM vwgen.person WHERE i = 1 + (p.i * 5) % 20),
       (lwd + interval '17 hours 30 minutes') AT TIME ZONE 'Europe/London', 2 + fixture_gen.n('vwlvi', p.i, 30),
       CASE WHEN p.i % 2 = 1 THEN fixture_gen.ascii(replace(p.f, 'ı', 'i')) || fixture_gen.ascii(replace(p.l, 'ı', 'i')) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com'], 'vwlvd', p.i) END,
       CASE p.i WHEN 31 THEN 'resignation' WHEN 64 THEN 'end of fixed-term contract' WHEN 99 THEN 'dismissal' WHEN 117 THEN 'retirement'
                ELSE fixture_gen.pick(ARRAY['resignation', 'resignation', 'end of fixed-term contract', 'redundancy', 'retirement'], 'vwlvr', p.i) END,
       CASE p.i
         WHEN 31 THEN 'Moving to Arup. Personal vault kept; export sent to the private address on request.'
         WHEN 64 THEN 'Contract ended. Took the site laptop home over the weekend, collected by ' || (SELECT full_name FROM vwgen.person WHERE i = 44) || ' on Monday.'
         WHEN 99 THEN 'Disciplinary: access cut before the meeting. Do not re-enable without HR (' || (SELECT email FROM vwgen.person WHERE i = 20) || ').'
         WHEN 117 THEN 'Retiring after 22 years. Wants to keep the personal account; moved to the private address.'
         WHEN 163 THEN 'Went back to Lagos; asked that the farewell card be posted to ' || fixture_gen.street('vwlvst', p.i) || ', ' || fixture_gen.city('vwlvct', p.i) || '.'
         WHEN 168 THEN 'Account deleted after the 90-day hold. Emergency access to their vault had been granted to their partner.'
         WHEN 172 THEN NULL
         ELSE 'Shared items moved to the ' || fixture_gen.pick(ARRAY['Structural', 'Transport', 'Finance', 'BIM'], 'vwlvcol', p.i) || ' collection.' END
FROM (SELECT i, f, l, full_name, true AS has_user FROM vwgen.person WHERE i IN (31, 64, 99, 117, 130)
      UNION ALL  -- earlier leavers, whose accounts were deleted
      SELECT i, fixture_gen.first_name('vwf', i), fixture_gen.last_name('vwl', i), fixture_gen.first_name('vwf', i) || ' ' || fixture_gen.last_name('vwl', i), false
      FROM generate_series(161, 176) i) p
CROSS JOIN LATERAL (SELECT CASE WHEN p.has_user THEN date '2024-02-01' + fixture_gen.n('vwlvd', p.i, 380) ELSE date '2021-06-01' + fixture_gen.n('vwlvd', p.i, 900) END AS lwd) x
ORDER BY lwd, p.i;

-- ---------------------------------------------------------------- done
SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('ops');

DROP SCHEMA vwgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
