-- classify-eval fixture (HOLDOUT 46: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- Ory identity stack on PostgreSQL, Ory Kratos 1.2 and Ory Hydra 2.2, in the
-- naming their migrations (gobuffalo/pop fizz files) create: plural
-- snake_case tables, UUID keys, a network id (nid) on every row, timestamp
-- without time zone, traits, UI nodes and contexts as jsonb, Hydra's
-- "|"-joined scopes and its JSON arrays kept in text columns. A subset of
-- their tables, with their real columns and types.
--
-- The instance is the sign-in of Kontor Pay GmbH, a Berlin fintech start-up
-- that gives freelancers and sole traders in Germany, France, the
-- Netherlands and Spain a business account with IBANs and cards (on a
-- banking-as-a-service partner). Kratos (public schema) holds the customers'
-- and the staff's identities: traits with email, phone and name, admin
-- metadata with the Stripe and KYC provider ids, credentials as JSON
-- (bcrypt, argon2 and imported PBKDF2 hashes, Google and Apple logins with
-- their encrypted provider tokens, TOTP URLs with their secrets, lookup
-- recovery codes in clear, WebAuthn keys named after their owners' phones,
-- passwordless code addresses), the identifiers those credentials log in
-- with, verifiable and recovery addresses (emails and phones), one-time
-- codes as HMACs, the self-service login, registration, settings, recovery
-- and verification flows with their UI nodes (what people typed, and in
-- settings flows the TOTP secret and the recovery codes shown to them),
-- internal contexts, sessions with their ory_st_ and ory_lo_ tokens,
-- session devices with IPs, user agents and locations, the courier's
-- e-mails and SMS with the codes in their bodies and template data, its
-- dispatch errors quoting recipients, OIDC continuity containers with
-- state and PKCE verifiers, and self-service errors.
--
-- Hydra lives in the same database in the schema "hydra" (its DSN sets
-- search_path=hydra, because both Kratos and Hydra create "networks"):
-- OAuth2 clients (Kontor's own apps, accounting-software partners and
-- PSD2 aggregators, with hashed secrets, owners and contacts, one partner
-- JWKS pasted with its private part), the signing keys (encrypted), login
-- and consent flows with the claims put in tokens, the login sessions,
-- pairwise subjects, logout requests with their id_token_hint, access,
-- refresh, authorization-code and OpenID Connect sessions whose
-- session_data is JSON with the ID token claims since session encryption
-- was switched off in 2023 (older rows are ciphertext), trusted JWT bearer
-- issuers and the JTI blacklist. Subjects are Kratos identity ids, but
-- staff still sign in to the back-office through the old ops-login app,
-- which accepts Hydra's login challenges with their e-mail as the subject.
--
-- NOT Ory: Kontor's own service keeps, in the schema "kontor" (a Go
-- service, plural snake_case, bigint identity keys, timestamptz), the
-- customers' KYC record (legal name, birth date, tax id, address,
-- occupation, income band), KYC checks with the provider's raw response
-- and reviewers' notes, bank accounts with IBANs and the nicknames
-- customers gave them, transactions with counterparties and remittance
-- text, support notes, an audit log of polymorphic subjects with before
-- and after JSON, and a key/value settings table with the SMTP and SMS
-- provider credentials among feature flags. Those 7 tables are beside the
-- 34 of Ory, which reach 400 columns on their own.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA oryg;

-- at: a time between two instants, to the second.
CREATE FUNCTION oryg.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- u: a deterministic uuid; nid: the one network both Kratos and Hydra use.
CREATE FUNCTION oryg.u(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid(tag, i)::uuid $$;

CREATE FUNCTION oryg.nid() RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid('kontor-network', 1)::uuid $$;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64;
-- hex: lower-case hex digits; b32: a base32 TOTP secret.
CREATE FUNCTION oryg.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;

CREATE FUNCTION oryg.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION oryg.hex(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;

CREATE FUNCTION oryg.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- Kratos' session and logout tokens (ory_st_, ory_lo_ and 32 characters),
-- assembled here so that no line of the file looks like one.
CREATE FUNCTION oryg.tok(kind text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'ory' || '_' || kind || '_' || oryg.rnd(tag, i, 32) $$;

-- enc: a value encrypted with Kratos' or Hydra's cipher secret (XChaCha20
-- or AES-GCM, hex or base64 of nonce and ciphertext).
CREATE FUNCTION oryg.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT oryg.hex(tag, i, 48 + 2 * len) $$;

-- argon2id and PBKDF2 hashes in the formats Kratos verifies.
CREATE FUNCTION oryg.argon(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || 'argon2id' || '$v=19$m=131072,t=2,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=') $$;

CREATE FUNCTION oryg.pbkdf2(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || 'pbkdf2-sha256' || '$i=100000,l=32$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=') $$;

-- ua: user agents of Kontor's apps and of browsers.
CREATE FUNCTION oryg.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Kontor/4.12.0 (iPhone15,3; iOS 17.6.1) Alamofire/5.9.1',
    'Kontor/4.12.1 (Android 14; SM-S921B) okhttp/4.12.0',
    'Kontor/4.11.3 (Android 13; Pixel 7) okhttp/4.12.0',
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.2792.89'], tag, i)
$$;

-- node: one Kratos UI node (an input, with its value when it has one).
CREATE FUNCTION oryg.node(grp text, name text, typ text, val text, label_id int, label text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('type', 'input', 'group', grp,
    'attributes', jsonb_strip_nulls(jsonb_build_object('name', name, 'type', typ, 'value', val, 'required', typ NOT IN ('submit', 'hidden') OR name = 'csrf_token',
                                    'disabled', false, 'node_type', 'input')),
    'messages', '[]'::jsonb,
    'meta', CASE WHEN label IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('label', jsonb_build_object('id', label_id, 'text', label, 'type', 'info')) END)
$$;

-- textnode: a Kratos UI text node (secrets shown once, lookup codes).
CREATE FUNCTION oryg.textnode(grp text, id text, txt text, label_id int, label text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('type', 'text', 'group', grp,
    'attributes', jsonb_build_object('id', id, 'text', jsonb_build_object('id', 1050006, 'text', txt, 'type', 'info'), 'node_type', 'text'),
    'messages', '[]'::jsonb, 'meta', jsonb_build_object('label', jsonb_build_object('id', label_id, 'text', label, 'type', 'info')))
$$;

-- ---------------------------------------------------------------------------
-- The people: 240 customers, freelancers and sole traders in DE, FR, NL
-- and ES, and 12 of Kontor's staff.

CREATE TABLE oryg.p (i int PRIMARY KEY, iid uuid, first text, last text, email text, phone text, country text, city text, street text, postcode text,
  dob date, locale text, created timestamp, tax_id text, iban text, occupation text);

CREATE FUNCTION oryg.es_nif(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + (d::int % 23), 1) FROM (SELECT (1 + fixture_gen.n(tag || 'f', i, 9))::text || fixture_gen.digits(tag, i, 7) AS d) x
$$;

-- de_idnr: an 11-digit German tax id with its ISO 7064 mod 11,10 check.
CREATE FUNCTION oryg.de_idnr(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text := (1 + fixture_gen.n(tag || 'f', i, 9))::text || fixture_gen.digits(tag, i, 9); p int := 10; s int;
BEGIN
  FOR k IN 1..10 LOOP
    s := (substr(d, k, 1)::int + p) % 10;
    IF s = 0 THEN s := 10; END IF;
    p := (2 * s) % 11;
  END LOOP;
  RETURN d || ((11 - p) % 10)::text;
END $$;

-- nl_bsn: a Dutch BSN passing the eleven test.
CREATE FUNCTION oryg.nl_bsn(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text; s int; k int := 0;
BEGIN
  LOOP
    d := (1 + fixture_gen.n(tag || 'f' || k, i, 6))::text || fixture_gen.digits(tag || k, i, 7);
    s := 0;
    FOR j IN 1..8 LOOP s := s + substr(d, j, 1)::int * (10 - j); END LOOP;
    IF s % 11 < 10 THEN RETURN d || (s % 11)::text; END IF;
    k := k + 1;
  END LOOP;
END $$;

INSERT INTO oryg.p
SELECT i, oryg.u('identity', i), f, l,
       CASE WHEN i % 13 = 0 THEN 'hallo@' || fixture_gen.ascii(l) || fixture_gen.pick(ARRAY['-design.de', '-studio.com', '.photo', '-consulting.eu'], 'pdm', i)
            WHEN i % 19 = 0 THEN fixture_gen.ascii(f) || '@' || fixture_gen.ascii(f) || fixture_gen.ascii(l) || '.' || lower(c)
            ELSE fixture_gen.ascii(f) || CASE WHEN i % 2 = 0 THEN '.' ELSE '' END || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 90 + 10)::text ELSE '' END || '@'
              || fixture_gen.pick(CASE c WHEN 'DE' THEN ARRAY['gmail.com', 'gmx.de', 'web.de', 'posteo.de', 't-online.de', 'icloud.com']
                                         WHEN 'FR' THEN ARRAY['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'proton.me']
                                         WHEN 'NL' THEN ARRAY['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com']
                                         ELSE ARRAY['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'] END, 'pd', i) END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE
       CASE c WHEN 'DE' THEN '+4915' || (1 + fixture_gen.n('ph1', i, 9))::text || fixture_gen.digits('ph', i, 8)
              WHEN 'FR' THEN '+336' || fixture_gen.digits('ph', i, 8)
              WHEN 'NL' THEN '+316' || fixture_gen.digits('ph', i, 8)
              ELSE '+346' || fixture_gen.digits('ph', i, 8) END END,
       c, ct,
       CASE c WHEN 'DE' THEN fixture_gen.pick(ARRAY['Kastanienallee', 'Weserstraße', 'Lindenauer Markt', 'Schanzenstraße', 'Zülpicher Straße', 'Gärtnerplatz'], 'pst', i) || ' ' || (1 + fixture_gen.n('pn', i, 120))::text
              WHEN 'FR' THEN (1 + fixture_gen.n('pn', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue de la Roquette', 'cours Victor Hugo', 'rue Oberkampf', 'quai de la Fosse', 'rue Sainte-Catherine'], 'pst', i)
              WHEN 'NL' THEN fixture_gen.pick(ARRAY['Javastraat', 'Oudegracht', 'Witte de Withstraat', 'Kinkerstraat'], 'pst', i) || ' ' || (1 + fixture_gen.n('pn', i, 200))::text || CASE WHEN i % 4 = 0 THEN '-II' ELSE '' END
              ELSE fixture_gen.pick(ARRAY['Calle de Fuencarral', 'Carrer de Verdi', 'Calle Feria', 'Avinguda del Port'], 'pst', i) || ', ' || (1 + fixture_gen.n('pn', i, 150))::text || CASE WHEN i % 3 = 0 THEN ', 3º B' ELSE '' END END,
       CASE c WHEN 'DE' THEN fixture_gen.digits('ppc', i, 5)
              WHEN 'FR' THEN lpad((1 + fixture_gen.n('ppc', i, 95))::text, 2, '0') || fixture_gen.digits('ppc2', i, 3)
              WHEN 'NL' THEN (1000 + fixture_gen.n('ppc', i, 8999))::text || ' ' || fixture_gen.chars('ppl', i, 2, 'ABCDEFGHJKLMNPRSTVWXZ')
              ELSE lpad((1 + fixture_gen.n('ppc', i, 52))::text, 2, '0') || fixture_gen.digits('ppc2', i, 3) END,
       date '1958-01-01' + fixture_gen.n('pdob', i, 365 * 44),
       lower(c),
       oryg.at('pcr', i, '2022-03-01', '2024-10-31'),
       CASE c WHEN 'DE' THEN oryg.de_idnr('ptx', i) WHEN 'FR' THEN fixture_gen.pick(ARRAY['0', '1', '2', '3'], 'ptf', i) || fixture_gen.digits('ptx', i, 12)
              WHEN 'NL' THEN oryg.nl_bsn('ptx', i) ELSE oryg.es_nif('ptx', i) END,
       fixture_gen.iban('DE', '11010100' || fixture_gen.digits('pib', i, 10)),
       fixture_gen.pick(ARRAY['Graphic designer', 'Software developer', 'Photographer', 'Translator', 'Physiotherapist', 'Copywriter', 'Architect', 'UX consultant',
         'Carpenter', 'Yoga teacher', 'Tax adviser', 'Video editor', 'Illustrator', 'Data engineer', 'Interior designer', 'Sound engineer', 'Midwife', 'Journalist'], 'pocc', i)
FROM generate_series(1, 240) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('pf', i) AS f, fixture_gen.last_name('pl', i) AS l,
                           fixture_gen.pick(ARRAY['DE', 'DE', 'DE', 'DE', 'FR', 'FR', 'NL', 'NL', 'ES', 'ES'], 'pcy', i) AS c) x
CROSS JOIN LATERAL (SELECT fixture_gen.pick(CASE x.c WHEN 'DE' THEN ARRAY['Berlin', 'Hamburg', 'Leipzig', 'München', 'Köln'] WHEN 'FR' THEN ARRAY['Paris', 'Lyon', 'Bordeaux', 'Nantes']
                           WHEN 'NL' THEN ARRAY['Amsterdam', 'Utrecht', 'Rotterdam'] ELSE ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla'] END, 'pct', i) AS ct) y;

-- Two people may pick the same address pattern: the later sign-up adds a number.
UPDATE oryg.p SET email = split_part(email, '@', 1) || (i % 100)::text || '@' || split_part(email, '@', 2)
WHERE i NOT IN (SELECT min(i) FROM oryg.p GROUP BY lower(email));

-- Staff (identities 1001..1012, schema "staff").
CREATE TABLE oryg.s (i int PRIMARY KEY, iid uuid, first text, last text, email text, dept text);
INSERT INTO oryg.s VALUES
 (1001, oryg.u('identity', 1001), 'Lena', 'Hoffmann', 'lena.hoffmann@kontorpay.eu', 'engineering'),
 (1002, oryg.u('identity', 1002), 'Tobias', 'Brandt', 'tobias.brandt@kontorpay.eu', 'engineering'),
 (1003, oryg.u('identity', 1003), 'Amara', 'Okafor', 'amara.okafor@kontorpay.eu', 'compliance'),
 (1004, oryg.u('identity', 1004), 'Julien', 'Mercier', 'julien.mercier@kontorpay.eu', 'support'),
 (1005, oryg.u('identity', 1005), 'Sanne', 'de Vries', 'sanne.devries@kontorpay.eu', 'support'),
 (1006, oryg.u('identity', 1006), 'Carlos', 'Ibáñez', 'carlos.ibanez@kontorpay.eu', 'support'),
 (1007, oryg.u('identity', 1007), 'Mei', 'Wang', 'mei.wang@kontorpay.eu', 'compliance'),
 (1008, oryg.u('identity', 1008), 'Emre', 'Yılmaz', 'emre.yilmaz@kontorpay.eu', 'engineering'),
 (1009, oryg.u('identity', 1009), 'Ingrid', 'Johansson', 'ingrid.johansson@kontorpay.eu', 'finance'),
 (1010, oryg.u('identity', 1010), 'Piotr', 'Nowak', 'piotr.nowak@kontorpay.eu', 'risk'),
 (1011, oryg.u('identity', 1011), 'Chloé', 'Dubois', 'chloe.dubois@kontorpay.eu', 'support'),
 (1012, oryg.u('identity', 1012), 'Kwame', 'Mensah', 'kwame.mensah@kontorpay.eu', 'risk');

-- Credential types: ids as Kratos' migrations seed them (uuids of their own).
CREATE TABLE oryg.ct (name text PRIMARY KEY, id uuid);
INSERT INTO oryg.ct SELECT n, oryg.u('credtype', k) FROM unnest(ARRAY['password', 'oidc', 'totp', 'lookup_secret', 'webauthn', 'code', 'passkey']) WITH ORDINALITY t(n, k);

-- ---------------------------------------------------------------------------
-- Ory Kratos (public schema): networks, identities and credentials.

CREATE TABLE networks (
  id UUID NOT NULL PRIMARY KEY,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
INSERT INTO networks VALUES (oryg.nid(), '2022-02-14 09:31:07', '2022-02-14 09:31:07');

CREATE TABLE identities (
  id UUID NOT NULL PRIMARY KEY,
  schema_id VARCHAR(2048) NOT NULL,
  traits jsonb NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  state VARCHAR(255) NOT NULL DEFAULT 'active',
  state_changed_at timestamp NULL,
  metadata_public jsonb NULL,
  metadata_admin jsonb NULL,
  available_aal VARCHAR(4) NULL,
  organization_id UUID NULL
);
CREATE INDEX identities_nid_id_idx ON identities (id, nid);

INSERT INTO identities (id, schema_id, traits, created_at, updated_at, nid, state, state_changed_at, metadata_public, metadata_admin, available_aal, organization_id)
SELECT p.iid, 'customer',
       jsonb_strip_nulls(jsonb_build_object('email', p.email, 'phone', p.phone, 'name', jsonb_build_object('first', p.first, 'last', p.last), 'locale', p.locale,
         'consent', jsonb_build_object('marketing', p.i % 3 = 0, 'terms_version', CASE WHEN p.created < '2023-09-01' THEN '2022-02' ELSE '2023-09' END))),
       p.created, oryg.at('iup', p.i, p.created, '2024-11-30'), oryg.nid(),
       CASE WHEN p.i % 29 = 0 THEN 'inactive' ELSE 'active' END,
       CASE WHEN p.i % 29 = 0 THEN oryg.at('isc', p.i, '2024-06-01', '2024-11-30') ELSE p.created END,
       CASE WHEN p.i % 23 = 0 THEN NULL ELSE jsonb_build_object('plan', fixture_gen.pick(ARRAY['solo', 'solo', 'plus', 'team'], 'ipl', p.i), 'customer_number', 'K-' || lpad((100000 + p.i * 37)::text, 7, '0'), 'onboarding_completed', p.i % 11 <> 0) END,
       CASE WHEN p.i % 23 = 0 THEN NULL ELSE jsonb_strip_nulls(jsonb_build_object(
         'stripe_customer_id', CASE WHEN fixture_gen.pick(ARRAY['solo', 'solo', 'plus', 'team'], 'ipl', p.i) <> 'solo' THEN 'cus_' || oryg.rnd('istr', p.i, 14) END,
         'idnow_ident_id', 'KPY-' || upper(oryg.rnd('iidn', p.i, 6)),
         'risk_score', fixture_gen.n('irs', p.i, 100),
         'legacy_user_id', CASE WHEN p.created < '2022-06-01' THEN 4000 + p.i END)) END,
       CASE WHEN p.i % 4 = 0 OR p.i % 9 = 0 THEN 'aal2' ELSE 'aal1' END,
       NULL::uuid
FROM oryg.p p
UNION ALL
SELECT s.iid, 'staff',
       jsonb_build_object('email', s.email, 'name', jsonb_build_object('first', s.first, 'last', s.last), 'department', s.dept),
       timestamp '2022-02-14 10:00:00' + make_interval(days => (s.i - 1000) * 31), timestamp '2024-09-02 08:00:00' + make_interval(hours => s.i - 1000), oryg.nid(),
       'active', timestamp '2022-02-14 10:00:00' + make_interval(days => (s.i - 1000) * 31), NULL, jsonb_build_object('role', CASE s.dept WHEN 'engineering' THEN 'admin' ELSE s.dept END), 'aal2', NULL
FROM oryg.s s;

CREATE TABLE identity_credential_types (
  id UUID NOT NULL PRIMARY KEY,
  name VARCHAR(32) NOT NULL
);
CREATE UNIQUE INDEX identity_credential_types_name_idx ON identity_credential_types (name);
INSERT INTO identity_credential_types SELECT id, name FROM oryg.ct;

CREATE TABLE identity_credentials (
  id UUID NOT NULL PRIMARY KEY,
  config jsonb NOT NULL,
  identity_credential_type_id UUID NOT NULL REFERENCES identity_credential_types (id) ON DELETE CASCADE,
  identity_id UUID NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  version INT NOT NULL DEFAULT 0
);

-- The credentials, one row per identity and method, with the identifier
-- each one logs in with.
CREATE TABLE oryg.cred (n serial PRIMARY KEY, i int, iid uuid, typ text, config jsonb, identifiers text[], created timestamp, version int);
INSERT INTO oryg.cred (i, iid, typ, config, identifiers, created, version)
SELECT i, iid, typ, config, identifiers, created, version FROM (
  SELECT p.i, p.iid, 'password' AS typ,
         CASE WHEN p.created < '2022-06-01' AND p.i % 2 = 0 THEN jsonb_build_object('hashed_password', '', 'use_password_migration_hook', true)
              WHEN p.created < '2022-06-01' THEN jsonb_build_object('hashed_password', oryg.pbkdf2('cpb', p.i))
              WHEN p.i % 3 = 0 THEN jsonb_build_object('hashed_password', oryg.argon('car', p.i))
              ELSE jsonb_build_object('hashed_password', fixture_gen.bcrypt('cbc', p.i)) END AS config,
         ARRAY[lower(p.email)] AS identifiers, p.created, 0 AS version
  FROM oryg.p p WHERE p.i % 6 <> 0
  UNION ALL
  SELECT s.i, s.iid, 'password', jsonb_build_object('hashed_password', fixture_gen.bcrypt('cbs', s.i)), ARRAY[s.email], timestamp '2022-02-14 10:00:00' + make_interval(days => (s.i - 1000) * 31), 0 FROM oryg.s s
  UNION ALL
  SELECT p.i, p.iid, 'oidc',
         jsonb_build_object('providers', jsonb_build_array(jsonb_build_object(
           'subject', sub, 'provider', prov,
           'initial_id_token', oryg.enc('coi', p.i, 620), 'initial_access_token', oryg.enc('coa', p.i, 160), 'initial_refresh_token', CASE WHEN prov = 'google' THEN oryg.enc('cor', p.i, 100) ELSE '' END,
           'organization', ''))),
         ARRAY[prov || ':' || sub], p.created + interval '40 seconds', 1
  FROM oryg.p p
  CROSS JOIN LATERAL (SELECT CASE WHEN p.i % 4 = 2 THEN 'apple' ELSE 'google' END AS prov) pv
  CROSS JOIN LATERAL (SELECT CASE WHEN pv.prov = 'google' THEN '1' || fixture_gen.digits('cgs', p.i, 20)
                                  ELSE '00' || fixture_gen.digits('cas', p.i, 4) || '.' || oryg.hex('cas', p.i, 32) || '.' || fixture_gen.digits('cat', p.i, 4) END AS sub) sb
  WHERE p.i % 6 = 0 OR p.i % 7 = 0
  UNION ALL
  SELECT p.i, p.iid, 'totp',
         jsonb_build_object('totp_url', 'otpauth://totp/Kontor:' || replace(p.email, '@', '%40') || '?algorithm=SHA1&digits=6&issuer=Kontor&period=30&secret=' || oryg.b32('ctt', p.i, 32)),
         ARRAY[p.iid::text], oryg.at('ctc', p.i, p.created, '2024-11-30'), 0
  FROM oryg.p p WHERE p.i % 4 = 0
  UNION ALL
  SELECT s.i, s.iid, 'totp',
         jsonb_build_object('totp_url', 'otpauth://totp/Kontor%20Back-office:' || replace(s.email, '@', '%40') || '?algorithm=SHA1&digits=6&issuer=Kontor%20Back-office&period=30&secret=' || oryg.b32('cts', s.i, 32)),
         ARRAY[s.iid::text], timestamp '2022-02-14 11:00:00' + make_interval(days => (s.i - 1000) * 31), 0 FROM oryg.s s
  UNION ALL
  SELECT p.i, p.iid, 'lookup_secret',
         jsonb_build_object('recovery_codes', (SELECT jsonb_agg(jsonb_build_object('code', oryg.rnd('clk' || k, p.i, 8), 'used_at', CASE WHEN k <= p.i % 3 THEN to_char(oryg.at('clu' || k, p.i, p.created, '2024-11-30'), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END) ORDER BY k) FROM generate_series(1, 12) k)),
         ARRAY[p.iid::text], oryg.at('clc', p.i, p.created, '2024-11-30'), 0
  FROM oryg.p p WHERE p.i % 8 = 0
  UNION ALL
  SELECT p.i, p.iid, 'webauthn',
         jsonb_build_object('credentials', jsonb_build_array(jsonb_build_object(
           'id', fixture_gen.b64('cwi', p.i, 32), 'public_key', fixture_gen.b64('cwp', p.i, 77), 'attestation_type', 'none',
           'authenticator', jsonb_build_object('aaguid', fixture_gen.b64('cwa', p.i, 16), 'sign_count', fixture_gen.n('cws', p.i, 40), 'clone_warning', false),
           'display_name', CASE p.i % 4 WHEN 0 THEN 'iPhone von ' || p.first WHEN 1 THEN 'YubiKey 5C NFC' WHEN 2 THEN 'MacBook de ' || p.first ELSE p.first || '''s Pixel 8' END,
           'added_at', to_char(oryg.at('cwd', p.i, p.created, '2024-11-30'), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'is_passwordless', p.i % 2 = 0)),
           'user_handle', fixture_gen.b64('cwu', p.i, 16)),
         ARRAY[lower(p.email)], oryg.at('cwc', p.i, p.created, '2024-11-30'), 1
  FROM oryg.p p WHERE p.i % 9 = 0
  UNION ALL
  SELECT p.i, p.iid, 'code',
         jsonb_build_object('addresses', jsonb_build_array(jsonb_build_object('channel', 'email', 'address', lower(p.email)))),
         ARRAY[lower(p.email)], p.created + interval '5 seconds', 1
  FROM oryg.p p WHERE p.i % 11 = 0
) c ORDER BY created, i, typ;

INSERT INTO identity_credentials (id, config, identity_credential_type_id, identity_id, created_at, updated_at, nid, version)
SELECT oryg.u('cred', c.n), c.config, ct.id, c.iid, c.created, CASE WHEN c.typ = 'password' AND c.n % 5 = 0 THEN oryg.at('cup', c.n, c.created, '2024-11-30') ELSE c.created END, oryg.nid(), c.version
FROM oryg.cred c JOIN oryg.ct ct ON ct.name = c.typ ORDER BY c.n;

CREATE TABLE identity_credential_identifiers (
  id UUID NOT NULL PRIMARY KEY,
  identifier VARCHAR(255) NOT NULL,
  identity_credential_id UUID NOT NULL REFERENCES identity_credentials (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  identity_credential_type_id UUID NOT NULL REFERENCES identity_credential_types (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX identity_credential_identifiers_identifier_nid_type_uq_idx ON identity_credential_identifiers (nid, identity_credential_type_id, identifier);

INSERT INTO identity_credential_identifiers (id, identifier, identity_credential_id, created_at, updated_at, nid, identity_credential_type_id)
SELECT oryg.u('cident', c.n), c.identifiers[1], oryg.u('cred', c.n), c.created, c.created, oryg.nid(), ct.id
FROM oryg.cred c JOIN oryg.ct ct ON ct.name = c.typ ORDER BY c.n;

CREATE TABLE identity_verifiable_addresses (
  id UUID NOT NULL PRIMARY KEY,
  status VARCHAR(16) NOT NULL,
  via VARCHAR(16) NOT NULL,
  verified bool NOT NULL,
  value VARCHAR(400) NOT NULL,
  verified_at timestamp NULL,
  identity_id UUID NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE
);
CREATE UNIQUE INDEX identity_verifiable_addresses_status_via_uq_idx ON identity_verifiable_addresses (nid, via, value);

INSERT INTO identity_verifiable_addresses (id, status, via, verified, value, verified_at, identity_id, created_at, updated_at, nid)
SELECT oryg.u('iva', k), CASE WHEN v THEN 'completed' WHEN k % 2 = 0 THEN 'sent' ELSE 'pending' END, via, v, val,
       CASE WHEN v THEN created + make_interval(secs => 60 + fixture_gen.n('ivv', k, 90000)) END, iid, created, created + make_interval(secs => 60 + fixture_gen.n('ivv', k, 90000)), oryg.nid()
FROM (
  SELECT row_number() OVER (ORDER BY created, via, iid) AS k, * FROM (
    SELECT p.iid, 'email' AS via, lower(p.email) AS val, p.created, p.i % 14 <> 0 AS v FROM oryg.p p
    UNION ALL SELECT p.iid, 'sms', p.phone, p.created + interval '2 minutes', p.i % 5 <> 0 FROM oryg.p p WHERE p.phone IS NOT NULL AND p.i % 3 <> 1
    UNION ALL SELECT s.iid, 'email', s.email, timestamp '2022-02-14 10:00:00' + make_interval(days => (s.i - 1000) * 31), true FROM oryg.s s
  ) a
) b ORDER BY k;

CREATE TABLE identity_recovery_addresses (
  id UUID NOT NULL PRIMARY KEY,
  via VARCHAR(16) NOT NULL,
  value VARCHAR(400) NOT NULL,
  identity_id UUID NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE
);
CREATE UNIQUE INDEX identity_recovery_addresses_status_via_uq_idx ON identity_recovery_addresses (nid, via, value);

INSERT INTO identity_recovery_addresses (id, via, value, identity_id, created_at, updated_at, nid)
SELECT oryg.u('ira', k), via, val, iid, created, created, oryg.nid()
FROM (
  SELECT row_number() OVER (ORDER BY created, via, iid) AS k, * FROM (
    SELECT p.iid, 'email' AS via, lower(p.email) AS val, p.created FROM oryg.p p
    UNION ALL SELECT p.iid, 'sms', p.phone, p.created + interval '2 minutes' FROM oryg.p p WHERE p.phone IS NOT NULL AND p.i % 3 = 0
    UNION ALL SELECT s.iid, 'email', s.email, timestamp '2022-02-14 10:00:00' + make_interval(days => (s.i - 1000) * 31) FROM oryg.s s
  ) a
) b ORDER BY k;

-- ---------------------------------------------------------------------------
-- Kratos: self-service flows. Flows of the last weeks (Kratos' cleanup
-- deletes older ones); UI nodes keep what was typed into them, never the
-- password.

CREATE TABLE selfservice_login_flows (
  id UUID NOT NULL PRIMARY KEY,
  request_url TEXT NOT NULL,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at timestamp NOT NULL,
  active_method VARCHAR(32) NOT NULL,
  csrf_token VARCHAR(255) NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  forced bool NOT NULL DEFAULT false,
  type VARCHAR(16) NOT NULL DEFAULT 'browser',
  ui jsonb,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  requested_aal VARCHAR(4) NOT NULL DEFAULT 'aal1',
  internal_context jsonb NOT NULL,
  oauth2_login_challenge TEXT NULL,
  oauth2_login_challenge_data TEXT NULL,
  state VARCHAR(255) NULL,
  submit_count INT NOT NULL DEFAULT 0,
  organization_id UUID NULL
);

-- The login flows of the last weeks: who, how, when.
CREATE TABLE oryg.lf AS
SELECT k, pi, email, phone, iid, typ, meth, aal, t, sc, ok, hyd, refresh,
       CASE WHEN typ = 'browser' THEN oryg.b64url('lfcs', k, 64) ELSE '' END AS csrf
FROM (
  SELECT k, p.i AS pi, coalesce(s.email, lower(p.email)) AS email, p.phone, coalesce(s.iid, p.iid) AS iid,
         CASE WHEN k % 3 = 0 THEN 'api' ELSE 'browser' END AS typ,
         CASE WHEN k % 11 = 7 THEN '' WHEN k % 10 = 4 THEN 'code' WHEN k % 9 = 5 THEN 'oidc' WHEN k % 8 = 3 THEN 'totp' ELSE 'password' END AS meth,
         CASE WHEN k % 8 = 3 THEN 'aal2' ELSE 'aal1' END AS aal,
         oryg.at('lft', k, '2024-11-01', '2024-11-30 20:00') AS t,
         CASE WHEN k % 11 = 7 THEN 0 WHEN k % 6 = 1 THEN 2 + k % 3 ELSE 1 END AS sc,
         k % 11 <> 7 AND k % 17 <> 0 AS ok,
         k % 4 = 1 AND k % 3 <> 0 AS hyd,
         k % 14 = 0 AS refresh
  FROM generate_series(1, 220) k
  JOIN oryg.p p ON p.i = 1 + fixture_gen.n('lfp', k, 240)
  LEFT JOIN oryg.s s ON k % 25 = 0 AND s.i = 1001 + k % 12
) x;

INSERT INTO selfservice_login_flows (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type, ui, nid,
  requested_aal, internal_context, oauth2_login_challenge, oauth2_login_challenge_data, state, submit_count, organization_id)
SELECT oryg.u('lf', f.k),
       CASE WHEN f.typ = 'api' THEN 'https://auth.kontorpay.eu/self-service/login/api' || CASE WHEN f.refresh THEN '?refresh=true' WHEN f.aal = 'aal2' THEN '?aal=aal2' ELSE '' END
            WHEN f.hyd THEN 'https://auth.kontorpay.eu/self-service/login/browser?login_challenge=' || oryg.b64url('hch', f.k, 300)
            WHEN f.aal = 'aal2' THEN 'https://auth.kontorpay.eu/self-service/login/browser?aal=aal2&return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fpayments%2Fnew'
            WHEN f.refresh THEN 'https://auth.kontorpay.eu/self-service/login/browser?refresh=true&return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fsettings%2Fsecurity'
            ELSE 'https://auth.kontorpay.eu/self-service/login/browser' || fixture_gen.pick(ARRAY['', '?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fdashboard', '?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Finvoices', '?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Faccounts%2Fstatements'], 'lfrt', f.k) END,
       f.t, f.t + interval '1 hour', f.meth, f.csrf, f.t, f.t + make_interval(secs => 4 + f.sc * fixture_gen.n('lfs', f.k, 40)), f.refresh, f.typ,
       jsonb_build_object('action', 'https://auth.kontorpay.eu/self-service/login?flow=' || oryg.u('lf', f.k), 'method', 'POST',
         'nodes', CASE WHEN f.typ = 'browser' THEN jsonb_build_array(oryg.node('default', 'csrf_token', 'hidden', f.csrf, NULL, NULL)) ELSE '[]'::jsonb END
           || CASE WHEN f.aal = 'aal2' THEN jsonb_build_array(oryg.node('totp', 'totp_code', 'text', '', 1070006, 'Verify code'), oryg.node('totp', 'method', 'submit', 'totp', 1010009, 'Use Authenticator'),
                                                             oryg.node('lookup_secret', 'lookup_secret', 'text', '', 1010010, 'Backup recovery code'), oryg.node('lookup_secret', 'method', 'submit', 'lookup_secret', 1010010, 'Use backup recovery code'))
                   WHEN f.meth = 'code' AND f.sc > 0 THEN jsonb_build_array(oryg.node('code', 'identifier', 'hidden', f.email, NULL, NULL), oryg.node('code', 'code', 'text', '', 1070012, 'Login code'), oryg.node('code', 'method', 'submit', 'code', 1010009, 'Continue'))
                   ELSE jsonb_build_array(oryg.node('default', 'identifier', 'text', CASE WHEN f.sc > 0 AND f.meth = 'password' THEN CASE WHEN f.k % 7 = 0 THEN upper(substr(f.email, 1, 1)) || substr(f.email, 2) ELSE f.email END ELSE '' END, 1070004, 'E-Mail'),
                                          oryg.node('password', 'password', 'password', NULL, 1070001, 'Password'), oryg.node('password', 'method', 'submit', 'password', 1010001, 'Sign in'),
                                          oryg.node('code', 'method', 'submit', 'code', 1010015, 'Send sign in code'),
                                          oryg.node('oidc', 'provider', 'submit', 'google', 1010002, 'Sign in with Google'), oryg.node('oidc', 'provider', 'submit', 'apple', 1010002, 'Sign in with Apple')) END,
         'messages', CASE WHEN f.sc > 1 AND f.meth = 'password' THEN jsonb_build_array(jsonb_build_object('id', 4000006, 'text', 'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.', 'type', 'error'))
                          WHEN f.meth = 'code' AND f.sc > 0 THEN jsonb_build_array(jsonb_build_object('id', 1010014, 'text', 'A code has been sent to the address you provided. If you have not received an message, check the spelling of the address and retry the login.', 'type', 'info'))
                          ELSE '[]'::jsonb END),
       oryg.nid(), f.aal,
       CASE WHEN f.meth = 'oidc' AND f.k % 2 = 1 THEN jsonb_build_object('duplicate_identifier', f.email,
              'link_credentials', jsonb_build_object('type', 'oidc', 'credentials', jsonb_build_object('providers', jsonb_build_array(jsonb_build_object(
                'subject', '1' || fixture_gen.digits('lfsub', f.k, 20), 'provider', 'google', 'initial_id_token', oryg.enc('lfit', f.k, 600), 'initial_access_token', oryg.enc('lfat', f.k, 160),
                'initial_refresh_token', oryg.enc('lfrt', f.k, 100), 'organization', ''))), 'providers', jsonb_build_array('google')))
            WHEN f.meth = 'oidc' THEN jsonb_build_object('oidc_provider', 'apple')
            ELSE '{}'::jsonb END,
       CASE WHEN f.hyd THEN oryg.b64url('hch', f.k, 300) END,
       NULL,
       CASE WHEN f.ok AND f.meth <> '' THEN 'passed_challenge' WHEN f.meth = 'code' AND f.sc > 0 THEN 'sent_email' ELSE 'choose_method' END,
       f.sc, NULL::uuid
FROM oryg.lf f ORDER BY f.t, f.k;

CREATE TABLE selfservice_registration_flows (
  id UUID NOT NULL PRIMARY KEY,
  request_url TEXT NOT NULL,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at timestamp NOT NULL,
  active_method VARCHAR(32) NOT NULL,
  csrf_token VARCHAR(255) NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  type VARCHAR(16) NOT NULL DEFAULT 'browser',
  ui jsonb,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  internal_context jsonb NOT NULL,
  oauth2_login_challenge TEXT NULL,
  oauth2_login_challenge_data TEXT NULL,
  state VARCHAR(255) NULL,
  submit_count INT NOT NULL DEFAULT 0,
  organization_id UUID NULL
);

-- Registrations of the last weeks: people who signed up (some of them
-- invited to a team account by a colleague) and people who gave up.
CREATE TABLE oryg.rg AS
SELECT k, i, f, l, email, phone, t, meth, sc, typ, invite, hyd,
       CASE WHEN typ = 'browser' THEN oryg.b64url('rgcs', k, 64) ELSE '' END AS csrf
FROM (
  SELECT k, 2000 + k AS i, fixture_gen.first_name('rgf', k) AS f, fixture_gen.last_name('rgl', k) AS l,
         fixture_gen.email('rge', k) AS email,
         CASE WHEN k % 3 = 0 THEN '+4917' || fixture_gen.digits('rgp', k, 9) WHEN k % 3 = 1 THEN '+336' || fixture_gen.digits('rgp', k, 8) END AS phone,
         oryg.at('rgt', k, '2024-11-01', '2024-11-30 20:00') AS t,
         CASE WHEN k % 9 = 4 THEN 'oidc' WHEN k % 6 = 5 THEN '' WHEN k % 13 = 2 THEN 'webauthn' ELSE 'password' END AS meth,
         CASE WHEN k % 6 = 5 THEN 0 WHEN k % 5 = 1 THEN 2 ELSE 1 END AS sc,
         CASE WHEN k % 4 = 0 THEN 'api' ELSE 'browser' END AS typ,
         k % 7 = 3 AS invite, k % 8 = 1 AS hyd
  FROM generate_series(1, 130) k
) x;

INSERT INTO selfservice_registration_flows (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui, nid,
  internal_context, oauth2_login_challenge, oauth2_login_challenge_data, state, submit_count, organization_id)
SELECT oryg.u('rf', r.k),
       CASE WHEN r.typ = 'api' THEN 'https://auth.kontorpay.eu/self-service/registration/api'
            WHEN r.invite THEN 'https://auth.kontorpay.eu/self-service/registration/browser?return_to=' || replace(replace(replace('https://app.kontorpay.eu/team/join?invite=' || oryg.rnd('rginv', r.k, 24) || '&email=' || r.email, ':', '%3A'), '/', '%2F'), '@', '%40')
            WHEN r.hyd THEN 'https://auth.kontorpay.eu/self-service/registration/browser?login_challenge=' || oryg.b64url('rgch', r.k, 300)
            ELSE 'https://auth.kontorpay.eu/self-service/registration/browser' || fixture_gen.pick(ARRAY['', '?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fonboarding', '?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fonboarding%3Fplan%3Dplus'], 'rgrt', r.k) END,
       r.t, r.t + interval '1 hour', r.meth, r.csrf, r.t, r.t + make_interval(secs => 20 + r.sc * fixture_gen.n('rgs', r.k, 200)), r.typ,
       jsonb_build_object('action', 'https://auth.kontorpay.eu/self-service/registration?flow=' || oryg.u('rf', r.k), 'method', 'POST',
         'nodes', CASE WHEN r.typ = 'browser' THEN jsonb_build_array(oryg.node('default', 'csrf_token', 'hidden', r.csrf, NULL, NULL)) ELSE '[]'::jsonb END
           || jsonb_build_array(oryg.node('default', 'traits.email', 'email', CASE WHEN r.sc > 0 OR r.invite THEN r.email ELSE '' END, 1070002, 'E-Mail'),
                                oryg.node('default', 'traits.name.first', 'text', CASE WHEN r.sc > 0 THEN r.f ELSE '' END, 1070002, 'First name'),
                                oryg.node('default', 'traits.name.last', 'text', CASE WHEN r.sc > 0 THEN r.l ELSE '' END, 1070002, 'Last name'),
                                oryg.node('default', 'traits.phone', 'tel', CASE WHEN r.sc > 0 THEN coalesce(r.phone, '') ELSE '' END, 1070002, 'Mobile number'),
                                oryg.node('password', 'password', 'password', NULL, 1070001, 'Password'), oryg.node('password', 'method', 'submit', 'password', 1040001, 'Sign up'),
                                oryg.node('oidc', 'provider', 'submit', 'google', 1040002, 'Sign up with Google'), oryg.node('oidc', 'provider', 'submit', 'apple', 1040002, 'Sign up with Apple')),
         'messages', CASE WHEN r.sc > 1 THEN jsonb_build_array(jsonb_build_object('id', 4000032, 'text', 'The password must be at least 10 characters long, but got 8.', 'type', 'error')) ELSE '[]'::jsonb END),
       oryg.nid(),
       CASE WHEN r.meth = 'oidc' THEN jsonb_build_object('oidc', jsonb_build_object('provider', CASE WHEN r.k % 2 = 0 THEN 'google' ELSE 'apple' END,
              'subject', CASE WHEN r.k % 2 = 0 THEN '1' || fixture_gen.digits('rgsub', r.k, 20) ELSE '00' || fixture_gen.digits('rgsa', r.k, 4) || '.' || oryg.hex('rgsa', r.k, 32) || '.' || fixture_gen.digits('rgsb', r.k, 4) END,
              'traits', jsonb_build_object('email', r.email, 'name', jsonb_build_object('first', r.f, 'last', r.l))))
            WHEN r.meth = 'webauthn' THEN jsonb_build_object('webauthn_session', jsonb_build_object('challenge', oryg.b64url('rgwc', r.k, 32), 'user_id', fixture_gen.b64('rgwu', r.k, 16), 'user_verification', 'preferred'))
            ELSE '{}'::jsonb END,
       CASE WHEN r.hyd THEN oryg.b64url('rgch', r.k, 300) END, NULL,
       CASE WHEN r.sc = 1 THEN 'passed_challenge' ELSE 'choose_method' END, r.sc, NULL::uuid
FROM oryg.rg r ORDER BY r.t, r.k;

CREATE TABLE selfservice_settings_flows (
  id UUID NOT NULL PRIMARY KEY,
  request_url TEXT NOT NULL,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at timestamp NOT NULL,
  identity_id UUID NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  active_method VARCHAR(32) NULL,
  state VARCHAR(255) NULL,
  type VARCHAR(16) NOT NULL DEFAULT 'browser',
  ui jsonb,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  internal_context jsonb NOT NULL
);

INSERT INTO selfservice_settings_flows (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, type, ui, nid, internal_context)
SELECT oryg.u('sf', k), CASE WHEN typ = 'api' THEN 'https://auth.kontorpay.eu/self-service/settings/api' ELSE 'https://auth.kontorpay.eu/self-service/settings/browser?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fsettings%2F' || CASE WHEN m IN ('totp', 'lookup_secret', 'webauthn', 'password') THEN 'security' ELSE 'profile' END END,
       t, t + interval '1 hour', p.iid, t, t + make_interval(secs => 30 + fixture_gen.n('sfu', k, 600)), NULLIF(m, 'none'), CASE WHEN k % 4 = 0 THEN 'show_form' ELSE 'success' END, typ,
       jsonb_build_object('action', 'https://auth.kontorpay.eu/self-service/settings?flow=' || oryg.u('sf', k), 'method', 'POST',
         'nodes', CASE WHEN typ = 'browser' THEN jsonb_build_array(oryg.node('default', 'csrf_token', 'hidden', oryg.b64url('sfcs', k, 64), NULL, NULL)) ELSE '[]'::jsonb END
           || jsonb_build_array(oryg.node('profile', 'traits.email', 'email', lower(p.email), 1070002, 'E-Mail'), oryg.node('profile', 'traits.name.first', 'text', p.first, 1070002, 'First name'),
                                oryg.node('profile', 'traits.name.last', 'text', p.last, 1070002, 'Last name'), oryg.node('profile', 'traits.phone', 'tel', coalesce(p.phone, ''), 1070002, 'Mobile number'),
                                oryg.node('profile', 'method', 'submit', 'profile', 1050003, 'Save'), oryg.node('password', 'password', 'password', NULL, 1070001, 'Password'), oryg.node('password', 'method', 'submit', 'password', 1050003, 'Save'))
           || CASE WHEN m = 'totp' THEN jsonb_build_array(
                     jsonb_build_object('type', 'img', 'group', 'totp', 'attributes', jsonb_build_object('src', 'data:image/png;base64,' || fixture_gen.b64('sfqr', k, 180), 'id', 'totp_qr', 'width', 256, 'height', 256, 'node_type', 'img'), 'messages', '[]'::jsonb, 'meta', jsonb_build_object('label', jsonb_build_object('id', 1050005, 'text', 'Authenticator app QR code', 'type', 'info'))),
                     oryg.textnode('totp', 'totp_secret_key', oryg.b32('sftt', k, 32), 1050017, 'This is your authenticator app secret. Use it if you can not scan the QR code.'),
                     oryg.node('totp', 'totp_code', 'text', '', 1070006, 'Verify code'), oryg.node('totp', 'method', 'submit', 'totp', 1050003, 'Save'))
                   WHEN m = 'lookup_secret' THEN jsonb_build_array(
                     oryg.textnode('lookup_secret', 'lookup_secret_codes', (SELECT string_agg(oryg.rnd('sflk' || j, k, 8), ', ' ORDER BY j) FROM generate_series(1, 12) j), 1050015, 'These are your back up recovery codes. Please keep them in a safe place!'),
                     oryg.node('lookup_secret', 'lookup_secret_confirm', 'submit', 'true', 1050011, 'Confirm backup recovery codes'))
                   ELSE '[]'::jsonb END,
         'messages', CASE WHEN k % 4 <> 0 THEN jsonb_build_array(jsonb_build_object('id', 1050001, 'text', 'Your changes have been saved!', 'type', 'success')) ELSE '[]'::jsonb END),
       oryg.nid(),
       CASE WHEN m = 'totp' THEN jsonb_build_object('totp_url', 'otpauth://totp/Kontor:' || replace(lower(p.email), '@', '%40') || '?algorithm=SHA1&digits=6&issuer=Kontor&period=30&secret=' || oryg.b32('sftt', k, 32))
            WHEN m = 'lookup_secret' THEN jsonb_build_object('lookup_secret_codes', (SELECT jsonb_agg(jsonb_build_object('code', oryg.rnd('sflk' || j, k, 8)) ORDER BY j) FROM generate_series(1, 12) j))
            WHEN m = 'webauthn' THEN jsonb_build_object('webauthn_session', jsonb_build_object('challenge', oryg.b64url('sfwc', k, 32), 'user_id', fixture_gen.b64('sfwu', k, 16), 'user_verification', 'preferred'))
            ELSE '{}'::jsonb END
FROM generate_series(1, 96) k
JOIN oryg.p p ON p.i = 1 + fixture_gen.n('sfp', k, 240)
CROSS JOIN LATERAL (SELECT oryg.at('sft', k, '2024-11-01', '2024-11-30 20:00') AS t, CASE WHEN k % 5 = 0 THEN 'api' ELSE 'browser' END AS typ,
                           (ARRAY['profile', 'password', 'totp', 'profile', 'lookup_secret', 'none', 'webauthn', 'profile'])[1 + k % 8] AS m) x
ORDER BY t, k;

CREATE TABLE selfservice_recovery_flows (
  id UUID NOT NULL PRIMARY KEY,
  request_url TEXT NOT NULL,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at timestamp NOT NULL,
  active_method VARCHAR(32) NULL,
  csrf_token VARCHAR(255) NOT NULL,
  state VARCHAR(32) NOT NULL,
  recovered_identity_id UUID NULL REFERENCES identities (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  type VARCHAR(16) NOT NULL DEFAULT 'browser',
  ui jsonb,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  submit_count INT NOT NULL DEFAULT 0,
  skip_csrf_check bool NOT NULL DEFAULT false
);

-- Recovery attempts: some for addresses with a typo, which match nobody.
CREATE TABLE oryg.rc AS
SELECT k, p.i AS pi, p.iid, CASE WHEN k % 9 = 0 THEN replace(replace(lower(p.email), 'gmail', 'gmial'), '.com', '.con') ELSE lower(p.email) END AS typed, lower(p.email) AS email,
       oryg.at('rct', k, '2024-11-01', '2024-11-30 20:00') AS t,
       CASE WHEN k % 7 = 3 THEN 'choose_method' WHEN k % 9 = 0 THEN 'sent_email' WHEN k % 3 = 0 THEN 'sent_email' ELSE 'passed_challenge' END AS st,
       k % 10 = 0 AS admin
FROM generate_series(1, 84) k JOIN oryg.p p ON p.i = 1 + fixture_gen.n('rcp', k, 240);

INSERT INTO selfservice_recovery_flows (id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, type, ui, nid, submit_count, skip_csrf_check)
SELECT oryg.u('rcf', r.k),
       CASE WHEN r.admin THEN 'https://auth.kontorpay.eu/self-service/recovery/browser' ELSE 'https://auth.kontorpay.eu/self-service/recovery/browser' || CASE WHEN r.k % 2 = 0 THEN '?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fsettings%2Fsecurity' ELSE '' END END,
       r.t, r.t + interval '1 hour', CASE WHEN r.st = 'choose_method' THEN NULL ELSE 'code' END, oryg.b64url('rccs', r.k, 64), r.st,
       CASE WHEN r.st = 'passed_challenge' THEN r.iid END, r.t, r.t + make_interval(secs => 40 + fixture_gen.n('rcu', r.k, 400)), 'browser',
       jsonb_build_object('action', 'https://auth.kontorpay.eu/self-service/recovery?flow=' || oryg.u('rcf', r.k), 'method', 'POST',
         'nodes', jsonb_build_array(oryg.node('default', 'csrf_token', 'hidden', oryg.b64url('rccs', r.k, 64), NULL, NULL))
           || CASE WHEN r.st = 'choose_method' THEN jsonb_build_array(oryg.node('code', 'email', 'email', '', 1070007, 'Email'), oryg.node('code', 'method', 'submit', 'code', 1070005, 'Submit'))
                   ELSE jsonb_build_array(oryg.node('code', 'code', 'text', '', 1070010, 'Recovery code'), oryg.node('code', 'method', 'hidden', 'code', NULL, NULL),
                                          oryg.node('code', 'email', 'submit', r.typed, 1070008, 'Resend code')) END,
         'messages', CASE WHEN r.st = 'sent_email' THEN jsonb_build_array(jsonb_build_object('id', 1060003, 'text', 'An email containing a recovery code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.', 'type', 'info')) ELSE '[]'::jsonb END),
       oryg.nid(), CASE WHEN r.st = 'choose_method' THEN 0 WHEN r.st = 'sent_email' THEN 1 ELSE 2 END, r.admin
FROM oryg.rc r ORDER BY r.t, r.k;

CREATE TABLE selfservice_verification_flows (
  id UUID NOT NULL PRIMARY KEY,
  request_url TEXT NOT NULL,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at timestamp NOT NULL,
  csrf_token VARCHAR(255) NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  type VARCHAR(16) NOT NULL DEFAULT 'browser',
  state VARCHAR(255) NOT NULL DEFAULT 'show_form',
  active_method VARCHAR(32) NULL,
  ui jsonb,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  submit_count INT NOT NULL DEFAULT 0,
  oauth2_login_challenge TEXT NULL,
  session_id UUID NULL,
  identity_id UUID NULL,
  authentication_methods jsonb NULL
);

CREATE TABLE oryg.vf AS
SELECT k, p.i AS pi, p.iid, lower(p.email) AS email, oryg.at('vft', k, '2024-11-01', '2024-11-30 20:00') AS t,
       CASE WHEN k % 6 = 0 THEN 'choose_method' WHEN k % 4 = 1 THEN 'sent_email' ELSE 'passed_challenge' END AS st,
       k % 3 = 0 AS after_reg, k % 10 = 3 AS hyd
FROM generate_series(1, 96) k JOIN oryg.p p ON p.i = 1 + fixture_gen.n('vfp', k, 240);

INSERT INTO selfservice_verification_flows (id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, type, state, active_method, ui, nid, submit_count,
  oauth2_login_challenge, session_id, identity_id, authentication_methods)
SELECT oryg.u('vff', v.k),
       'https://auth.kontorpay.eu/self-service/verification/browser' || CASE WHEN v.hyd THEN '?login_challenge=' || oryg.b64url('vfch', v.k, 300) WHEN v.after_reg THEN '?return_to=https%3A%2F%2Fapp.kontorpay.eu%2Fonboarding' ELSE '' END,
       v.t, v.t + interval '1 hour', oryg.b64url('vfcs', v.k, 64), v.t, v.t + make_interval(secs => 30 + fixture_gen.n('vfu', v.k, 900)), 'browser', v.st,
       CASE WHEN v.st = 'choose_method' THEN NULL ELSE 'code' END,
       jsonb_build_object('action', 'https://auth.kontorpay.eu/self-service/verification?flow=' || oryg.u('vff', v.k), 'method', 'POST',
         'nodes', jsonb_build_array(oryg.node('default', 'csrf_token', 'hidden', oryg.b64url('vfcs', v.k, 64), NULL, NULL))
           || CASE WHEN v.st = 'passed_challenge' THEN jsonb_build_array(jsonb_build_object('type', 'a', 'group', 'code', 'attributes', jsonb_build_object('href', 'https://app.kontorpay.eu/onboarding', 'title', jsonb_build_object('id', 1070009, 'text', 'Continue', 'type', 'info'), 'id', 'continue', 'node_type', 'a'), 'messages', '[]'::jsonb, 'meta', '{}'::jsonb))
                   ELSE jsonb_build_array(oryg.node('code', 'email', CASE WHEN v.st = 'sent_email' THEN 'submit' ELSE 'email' END, CASE WHEN v.st = 'sent_email' OR v.after_reg THEN v.email ELSE '' END, 1070007, 'Email'),
                                          oryg.node('code', 'code', 'text', '', 1070011, 'Verification code'), oryg.node('code', 'method', 'submit', 'code', 1070005, 'Submit')) END,
         'messages', CASE WHEN v.st = 'passed_challenge' THEN jsonb_build_array(jsonb_build_object('id', 1080002, 'text', 'You successfully verified your email address.', 'type', 'success'))
                          WHEN v.st = 'sent_email' THEN jsonb_build_array(jsonb_build_object('id', 1080003, 'text', 'An email containing a verification code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.', 'type', 'info'))
                          ELSE '[]'::jsonb END),
       oryg.nid(), CASE v.st WHEN 'choose_method' THEN 0 WHEN 'sent_email' THEN 1 ELSE 2 END,
       CASE WHEN v.hyd THEN oryg.b64url('vfch', v.k, 300) END,
       CASE WHEN v.after_reg THEN oryg.u('vfsess', v.k) END,
       CASE WHEN v.after_reg OR v.st <> 'choose_method' THEN v.iid END,
       CASE WHEN v.after_reg THEN jsonb_build_array(jsonb_build_object('method', 'password', 'aal', 'aal1', 'completed_at', to_char(v.t - interval '3 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))) END
FROM oryg.vf v ORDER BY v.t, v.k;

-- ---------------------------------------------------------------------------
-- Kratos: one-time codes (kept as HMACs of the code sent).

CREATE TABLE identity_recovery_codes (
  id UUID NOT NULL PRIMARY KEY,
  code VARCHAR(64) NOT NULL,
  used_at timestamp NULL,
  identity_recovery_address_id UUID NULL REFERENCES identity_recovery_addresses (id) ON DELETE CASCADE,
  code_type INT NOT NULL,
  expires_at timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  issued_at timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  selfservice_recovery_flow_id UUID NULL REFERENCES selfservice_recovery_flows (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID NOT NULL REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  identity_id UUID NOT NULL REFERENCES identities (id) ON DELETE CASCADE
);

INSERT INTO identity_recovery_codes (id, code, used_at, identity_recovery_address_id, code_type, expires_at, issued_at, selfservice_recovery_flow_id, created_at, updated_at, nid, identity_id)
SELECT oryg.u('rcc', r.k), oryg.hex('rcch', r.k, 64), CASE WHEN r.st = 'passed_challenge' THEN r.t + make_interval(secs => 40 + fixture_gen.n('rcu', r.k, 400)) END,
       CASE WHEN r.admin THEN NULL ELSE a.id END, CASE WHEN r.admin THEN 1 ELSE 2 END, r.t + interval '1 hour', r.t + interval '2 seconds', oryg.u('rcf', r.k),
       r.t + interval '2 seconds', r.t + interval '2 seconds', oryg.nid(), r.iid
FROM oryg.rc r JOIN identity_recovery_addresses a ON a.identity_id = r.iid AND a.via = 'email'
WHERE r.st <> 'choose_method' AND r.typed = r.email ORDER BY r.t, r.k;

CREATE TABLE identity_verification_codes (
  id UUID NOT NULL PRIMARY KEY,
  code_hmac VARCHAR(64) NOT NULL,
  used_at timestamp NULL,
  identity_verifiable_address_id UUID NOT NULL REFERENCES identity_verifiable_addresses (id) ON DELETE CASCADE,
  expires_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  selfservice_verification_flow_id UUID NOT NULL REFERENCES selfservice_verification_flows (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID NOT NULL REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE
);

INSERT INTO identity_verification_codes (id, code_hmac, used_at, identity_verifiable_address_id, expires_at, issued_at, selfservice_verification_flow_id, created_at, updated_at, nid)
SELECT oryg.u('vfc', v.k), oryg.hex('vfch', v.k, 64), CASE WHEN v.st = 'passed_challenge' THEN v.t + make_interval(secs => 30 + fixture_gen.n('vfu', v.k, 900)) END,
       a.id, v.t + interval '1 hour', v.t + interval '1 second', oryg.u('vff', v.k), v.t + interval '1 second', v.t + interval '1 second', oryg.nid()
FROM oryg.vf v JOIN identity_verifiable_addresses a ON a.identity_id = v.iid AND a.via = 'email'
WHERE v.st <> 'choose_method' ORDER BY v.t, v.k;

CREATE TABLE identity_login_codes (
  id UUID NOT NULL PRIMARY KEY,
  code VARCHAR(64) NOT NULL,
  address VARCHAR(255) NOT NULL,
  address_type CHAR(36) NOT NULL,
  used_at timestamp NULL,
  expires_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  selfservice_login_flow_id UUID NOT NULL REFERENCES selfservice_login_flows (id) ON DELETE CASCADE,
  identity_id UUID NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  nid UUID NOT NULL REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE
);

INSERT INTO identity_login_codes (id, code, address, address_type, used_at, expires_at, issued_at, selfservice_login_flow_id, identity_id, created_at, updated_at, nid)
SELECT oryg.u('lfc', f.k), oryg.hex('lfch', f.k, 64), CASE WHEN f.k % 20 = 14 AND f.phone IS NOT NULL THEN f.phone ELSE f.email END,
       CASE WHEN f.k % 20 = 14 AND f.phone IS NOT NULL THEN 'sms' ELSE 'email' END,
       CASE WHEN f.ok THEN f.t + make_interval(secs => 30 + fixture_gen.n('lfcu', f.k, 200)) END, f.t + interval '15 minutes', f.t + interval '3 seconds',
       oryg.u('lf', f.k), f.iid, f.t + interval '3 seconds', f.t + interval '3 seconds', oryg.nid()
FROM oryg.lf f WHERE f.meth = 'code' AND f.sc > 0 ORDER BY f.t, f.k;

CREATE TABLE selfservice_errors (
  id UUID NOT NULL PRIMARY KEY,
  errors jsonb NOT NULL,
  seen_at timestamp NULL,
  was_seen bool NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  csrf_token VARCHAR(255) NOT NULL DEFAULT '',
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE
);

INSERT INTO selfservice_errors (id, errors, seen_at, was_seen, created_at, updated_at, csrf_token, nid)
SELECT oryg.u('sse', k), e.err, CASE WHEN k % 4 <> 0 THEN t + interval '1 second' END, k % 4 <> 0, t, t, '', oryg.nid()
FROM generate_series(1, 36) k
CROSS JOIN LATERAL (SELECT oryg.at('sset', k, '2024-11-01', '2024-11-30 20:00') AS t) x
CROSS JOIN LATERAL (SELECT CASE k % 6
  WHEN 0 THEN jsonb_build_object('id', 'security_csrf_violation', 'code', 403, 'status', 'Forbidden', 'reason', 'Please retry the flow and optionally clear your cookies. The request was rejected to protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking personal information, and other serious security issues.', 'details', jsonb_build_object('docs', 'https://www.ory.sh/kratos/docs/debug/csrf', 'hint', 'The anti-CSRF cookie was found but the CSRF token was not included in the HTTP request body (csrf_token) nor in the HTTP Header (X-CSRF-Token).', 'reject_reason', 'The HTTP Cookie Header was set and a CSRF token was sent but they do not match. We recommend deleting all cookies for this domain and retrying the flow.'), 'message', 'the request was rejected to protect you from Cross-Site-Request-Forgery')
  WHEN 1 THEN jsonb_build_object('id', 'self_service_flow_return_to_forbidden', 'code', 400, 'status', 'Bad Request', 'reason', 'Requested return_to URL "https://kontorpay-app.vercel.app/preview/pr-' || (400 + k) || '" is not allowed.', 'message', 'The request was malformed or contained invalid parameters')
  WHEN 2 THEN jsonb_build_object('code', 500, 'status', 'Internal Server Error', 'reason', 'Unable to complete OpenID Connect flow because the OpenID Provider returned error "access_denied": The user denied the request', 'message', 'An internal server error occurred, please contact the system administrator')
  WHEN 3 THEN jsonb_build_object('id', 'session_aal2_required', 'code', 403, 'status', 'Forbidden', 'reason', 'An active session was found but it does not fulfill the Authenticator Assurance Level, implying that the session must first be authenticated using a second factor.', 'message', 'Session does not fulfill the requested Authenticator Assurance Level')
  WHEN 4 THEN jsonb_build_object('code', 502, 'status', 'Bad Gateway', 'reason', 'A third-party upstream service could not be reached. Please try again later.', 'debug', 'Post "http://kontor-api.internal:8080/hooks/kratos/after-registration": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'message', 'Unable to call webhook')
  ELSE jsonb_build_object('id', 'self_service_flow_expired', 'code', 410, 'status', 'Gone', 'reason', 'The self-service flow expired 14.52 minutes ago, initialize a new one.', 'message', 'self-service flow expired') END AS err) e
ORDER BY t, k;

-- ---------------------------------------------------------------------------
-- Kratos: sessions and the devices that used them.

CREATE TABLE sessions (
  id UUID NOT NULL PRIMARY KEY,
  issued_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at timestamp NOT NULL,
  authenticated_at timestamp NOT NULL,
  identity_id UUID NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  token VARCHAR(39) NULL,
  active bool NULL DEFAULT false,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  logout_token VARCHAR(39) NULL,
  aal VARCHAR(4) NOT NULL DEFAULT 'aal1',
  authentication_methods jsonb NOT NULL
);
CREATE UNIQUE INDEX sessions_token_uq_idx ON sessions (token);
CREATE UNIQUE INDEX sessions_logout_token_uq_idx ON sessions (logout_token);

CREATE TABLE oryg.ss AS
SELECT k, coalesce(s.iid, p.iid) AS iid, p.i AS pi, p.city, p.country, (s.i IS NOT NULL) AS staff,
       oryg.at('sst', k, '2024-10-20', '2024-11-30 20:00') AS t,
       CASE WHEN k % 3 = 0 THEN 'app' ELSE 'browser' END AS kind,
       CASE WHEN s.i IS NOT NULL OR k % 4 = 0 THEN 'aal2' ELSE 'aal1' END AS aal,
       CASE WHEN k % 9 = 2 THEN 'oidc' WHEN k % 10 = 4 THEN 'code' ELSE 'password' END AS meth
FROM generate_series(1, 320) k
JOIN oryg.p p ON p.i = 1 + fixture_gen.n('ssp', k, 240)
LEFT JOIN oryg.s s ON k % 20 = 0 AND s.i = 1001 + k % 12;

INSERT INTO sessions (id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid, logout_token, aal, authentication_methods)
SELECT oryg.u('sess', s.k), s.t, s.t + CASE WHEN s.kind = 'app' THEN interval '30 days' ELSE interval '12 hours' END, s.t, s.iid, s.t,
       s.t + make_interval(secs => fixture_gen.n('ssu', s.k, 40000)),
       oryg.tok('st', 'sstk', s.k), s.k % 13 <> 0 AND s.t + CASE WHEN s.kind = 'app' THEN interval '30 days' ELSE interval '12 hours' END > '2024-11-30 20:00', oryg.nid(),
       oryg.tok('lo', 'sslo', s.k), s.aal,
       jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('method', s.meth, 'aal', 'aal1', 'provider', CASE WHEN s.meth = 'oidc' THEN CASE WHEN s.k % 2 = 0 THEN 'google' ELSE 'apple' END END,
                                                                'completed_at', to_char(s.t - interval '2 seconds', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))))
       || CASE WHEN s.aal = 'aal2' THEN jsonb_build_array(jsonb_build_object('method', CASE WHEN s.k % 12 = 0 THEN 'webauthn' ELSE 'totp' END, 'aal', 'aal2', 'completed_at', to_char(s.t, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))) ELSE '[]'::jsonb END
FROM oryg.ss s ORDER BY s.t, s.k;

CREATE TABLE session_devices (
  id UUID NOT NULL PRIMARY KEY,
  ip_address VARCHAR(50) DEFAULT '',
  user_agent VARCHAR(512) DEFAULT '',
  location VARCHAR(512) DEFAULT '',
  nid UUID NOT NULL REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  session_id UUID NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
CREATE UNIQUE INDEX unique_session_device ON session_devices (nid, session_id, ip_address, user_agent);

INSERT INTO session_devices (id, ip_address, user_agent, location, nid, session_id, created_at, updated_at)
SELECT oryg.u('sdev', s.k * 10 + d), CASE WHEN (s.k + d) % 5 = 0 THEN fixture_gen.ipv6('sdip', s.k * 10 + d) ELSE fixture_gen.ipv4('sdip', s.k * 10 + d) END,
       CASE WHEN s.kind = 'app' THEN fixture_gen.pick(ARRAY['Kontor/4.12.0 (iPhone15,3; iOS 17.6.1) Alamofire/5.9.1', 'Kontor/4.12.1 (Android 14; SM-S921B) okhttp/4.12.0', 'Kontor/4.11.3 (Android 13; Pixel 7) okhttp/4.12.0', 'Kontor/4.12.0 (iPhone13,2; iOS 18.1) Alamofire/5.9.1'], 'sdua', s.k)
            ELSE oryg.ua('sdua', s.k + d) END,
       CASE WHEN s.k % 17 = 0 THEN '' WHEN d = 2 THEN fixture_gen.pick(ARRAY['Lisbon, PT', 'Vienna, AT', 'London, GB', 'Milan, IT', 'Prague, CZ'], 'sdloc', s.k)
            ELSE s.city || ', ' || s.country END,
       oryg.nid(), oryg.u('sess', s.k), s.t + make_interval(secs => (d - 1) * 3600 * (1 + s.k % 5)), s.t + make_interval(secs => (d - 1) * 3600 * (1 + s.k % 5))
FROM oryg.ss s CROSS JOIN generate_series(1, 2) d
WHERE d = 1 OR s.k % 8 = 0 ORDER BY s.t, s.k, d;

-- ---------------------------------------------------------------------------
-- Kratos: the courier's queue (Kontor's own templates) and its attempts.

CREATE TABLE oryg.msg AS
SELECT row_number() OVER (ORDER BY t, src, k) AS n, * FROM (
  SELECT 'rc' AS src, r.k, r.t + interval '2 seconds' AS t, r.pi, CASE WHEN r.typed = r.email THEN 'recovery_code_valid' ELSE 'recovery_code_invalid' END AS tt, 'email' AS ch, r.typed AS rcpt, oryg.u('rcf', r.k) AS flow
  FROM oryg.rc r WHERE r.st <> 'choose_method'
  UNION ALL
  SELECT 'vf', v.k, v.t + interval '1 second', v.pi, 'verification_code_valid', 'email', v.email, oryg.u('vff', v.k) FROM oryg.vf v WHERE v.st <> 'choose_method'
  UNION ALL
  SELECT 'lf', f.k, f.t + interval '3 seconds', f.pi, 'login_code_valid', CASE WHEN f.k % 20 = 14 AND f.phone IS NOT NULL THEN 'sms' ELSE 'email' END,
         CASE WHEN f.k % 20 = 14 AND f.phone IS NOT NULL THEN f.phone ELSE f.email END, oryg.u('lf', f.k)
  FROM oryg.lf f WHERE f.meth = 'code' AND f.sc > 0
  UNION ALL
  SELECT 'sms', k, oryg.at('smst', k, '2024-11-01', '2024-11-30 20:00'), p.i, 'verification_code_valid', 'sms', p.phone, oryg.u('smsf', k)
  FROM generate_series(1, 24) k JOIN oryg.p p ON p.i = 1 + fixture_gen.n('smsp', k, 240) WHERE p.phone IS NOT NULL
) m;

CREATE TABLE courier_messages (
  id UUID NOT NULL PRIMARY KEY,
  type INT NOT NULL,
  status INT NOT NULL,
  body TEXT NOT NULL,
  subject VARCHAR(255) NOT NULL,
  recipient VARCHAR(255) NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  template_type VARCHAR(255) NOT NULL DEFAULT '',
  template_data BYTEA,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  send_count INT NOT NULL DEFAULT 0,
  channel VARCHAR(32) NULL
);

INSERT INTO courier_messages (id, type, status, body, subject, recipient, created_at, updated_at, template_type, template_data, nid, send_count, channel)
SELECT oryg.u('cm', m.n), CASE WHEN m.ch = 'sms' THEN 2 ELSE 1 END,
       CASE WHEN m.n % 23 = 0 THEN 4 WHEN m.t > '2024-11-30 19:58' THEN 1 ELSE 2 END,
       CASE m.tt
         WHEN 'recovery_code_valid' THEN CASE WHEN p.locale = 'de' THEN 'Hallo ' || p.first || E',\n\njemand möchte den Zugang zu deinem Kontor-Konto wiederherstellen. Gib dazu diesen Code ein:\n\n' || code || E'\n\nDer Code ist 60 Minuten gültig. Warst du das nicht? Dann ignoriere diese E-Mail oder schreib uns an support@kontorpay.eu.\n\nDein Kontor-Team'
                                          ELSE 'Hi ' || p.first || E',\n\nsomeone asked to recover access to your Kontor account. Enter this code to continue:\n\n' || code || E'\n\nThe code is valid for 60 minutes. If this wasn''t you, ignore this email or write to support@kontorpay.eu.\n\nYour Kontor team' END
         WHEN 'recovery_code_invalid' THEN E'Hi,\n\nsomeone asked to recover access to a Kontor account with the email address ' || m.rcpt || E', but we could not find an account for it.\n\nIf this was you, check whether you signed up with a different address.\n\nYour Kontor team'
         WHEN 'verification_code_valid' THEN CASE WHEN m.ch = 'sms' THEN 'Kontor: ' || code || ' ist dein Bestätigungscode. / is your verification code.'
                                              ELSE 'Hi ' || p.first || E',\n\nplease confirm your email address for Kontor by entering this code:\n\n' || code || E'\n\nor open this link: https://auth.kontorpay.eu/self-service/verification?code=' || code || '&flow=' || m.flow || E'\n\nYour Kontor team' END
         ELSE CASE WHEN m.ch = 'sms' THEN 'Kontor: ' || code || ' is your sign-in code. Never share it, not even with our support team.'
                   ELSE 'Hi ' || p.first || E',\n\nyour Kontor sign-in code is ' || code || E'. It is valid for 15 minutes.\n\nNever share this code, not even with our support team.\n\nYour Kontor team' END END,
       CASE WHEN m.ch = 'sms' THEN '' ELSE CASE m.tt WHEN 'recovery_code_valid' THEN CASE WHEN p.locale = 'de' THEN 'Zugang zu deinem Kontor-Konto wiederherstellen' ELSE 'Recover access to your Kontor account' END
                                                     WHEN 'recovery_code_invalid' THEN 'Account access attempted' WHEN 'verification_code_valid' THEN 'Please verify your email address' ELSE 'Your Kontor sign-in code' END END,
       m.rcpt, m.t, m.t + make_interval(secs => 1 + fixture_gen.n('cmu', m.n, 20)), m.tt,
       convert_to(jsonb_strip_nulls(jsonb_build_object('to', m.rcpt, CASE WHEN m.tt LIKE 'recovery%' THEN 'recovery_code' WHEN m.tt LIKE 'verification%' THEN 'verification_code' ELSE 'login_code' END,
                  CASE WHEN m.tt = 'recovery_code_invalid' THEN NULL ELSE code END,
                  'identity', CASE WHEN m.tt = 'recovery_code_invalid' THEN NULL ELSE jsonb_build_object('id', p.iid, 'schema_id', 'customer', 'traits', i.traits, 'state', 'active') END,
                  'request_url', CASE WHEN m.src = 'rc' THEN 'https://auth.kontorpay.eu/self-service/recovery/browser' WHEN m.src = 'lf' THEN 'https://auth.kontorpay.eu/self-service/login/browser' ELSE 'https://auth.kontorpay.eu/self-service/verification/browser' END,
                  'transient_payload', '{}'::jsonb))::text, 'UTF8'),
       oryg.nid(), CASE WHEN m.n % 23 = 0 THEN 5 WHEN m.t > '2024-11-30 19:58' THEN 0 WHEN m.n % 9 = 0 THEN 2 ELSE 1 END, m.ch
FROM oryg.msg m JOIN oryg.p p ON p.i = m.pi JOIN identities i ON i.id = p.iid
CROSS JOIN LATERAL (SELECT fixture_gen.digits('cmcode', m.n, 6) AS code) c
ORDER BY m.n;

CREATE TABLE courier_message_dispatches (
  id UUID NOT NULL PRIMARY KEY,
  message_id UUID NOT NULL REFERENCES courier_messages (id) ON DELETE CASCADE,
  status VARCHAR(7) NOT NULL,
  error json NULL,
  nid UUID NOT NULL REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);

INSERT INTO courier_message_dispatches (id, message_id, status, error, nid, created_at, updated_at)
SELECT oryg.u('cmd', c.n * 10 + a), oryg.u('cm', c.n), CASE WHEN a = c.send_count AND c.status = 2 THEN 'success' ELSE 'failed' END,
       CASE WHEN a = c.send_count AND c.status = 2 THEN NULL
            WHEN c.channel = 'sms' AND c.status = 4 THEN json_build_object('message', 'upstream server replied with status code 400 and body {"code": 21211, "message": "The ''To'' number ' || c.recipient || ' is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}')
            WHEN c.status = 4 THEN json_build_object('message', 'failed to send email via smtp: 550 5.1.1 <' || c.recipient || '>: Recipient address rejected: User unknown in virtual mailbox table')
            WHEN c.channel = 'sms' THEN json_build_object('message', 'upstream server replied with status code 503 and body {"code": 20503, "message": "Service unavailable"}')
            ELSE json_build_object('message', 'failed to send email via smtp: dial tcp 10.20.3.14:587: i/o timeout') END,
       oryg.nid(), c.created_at + make_interval(secs => 1 + (a - 1) * 60), c.created_at + make_interval(secs => 1 + (a - 1) * 60)
FROM (SELECT row_number() OVER (ORDER BY created_at, id) AS n0, * FROM courier_messages) c0
JOIN oryg.msg mm ON oryg.u('cm', mm.n) = c0.id
CROSS JOIN LATERAL (SELECT mm.n, c0.send_count, c0.status, c0.channel, c0.recipient, c0.created_at) c
CROSS JOIN generate_series(1, 5) a
WHERE a <= c.send_count ORDER BY c.n, a;

CREATE TABLE continuity_containers (
  id UUID NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  payload jsonb NULL,
  expires_at timestamp NOT NULL,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  identity_id UUID NULL REFERENCES identities (id) ON DELETE CASCADE,
  nid UUID REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE
);

INSERT INTO continuity_containers (id, name, payload, expires_at, created_at, updated_at, identity_id, nid)
SELECT oryg.u('cc', k), 'ory_kratos_oidc_auth_code_session',
       jsonb_build_object('flow_id', CASE WHEN k % 3 = 0 THEN oryg.u('rf', k) ELSE oryg.u('lf', k) END, 'state', oryg.b64url('ccst', k, 48), 'pkce_verifier', oryg.b64url('ccpk', k, 32),
         'traits', CASE WHEN k % 3 = 0 THEN jsonb_build_object('email', lower(p.email), 'name', jsonb_build_object('first', p.first, 'last', p.last)) END,
         'transient_payload', '{}'::jsonb),
       t + interval '30 minutes', t, t, CASE WHEN k % 5 = 1 THEN p.iid END, oryg.nid()
FROM generate_series(1, 48) k JOIN oryg.p p ON p.i = 1 + fixture_gen.n('ccp', k, 240)
CROSS JOIN LATERAL (SELECT oryg.at('cct', k, '2024-11-29', '2024-11-30 20:00') AS t) x
ORDER BY t, k;

-- ---------------------------------------------------------------------------
-- Ory Hydra, in the schema "hydra" (its DSN sets search_path=hydra).

CREATE SCHEMA hydra;

CREATE TABLE hydra.networks (
  id UUID NOT NULL PRIMARY KEY,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
INSERT INTO hydra.networks VALUES (oryg.nid(), '2022-02-14 09:33:51', '2022-02-14 09:33:51');

CREATE TABLE hydra.hydra_client (
  id VARCHAR(255) NOT NULL,
  client_name TEXT NOT NULL,
  client_secret TEXT NOT NULL,
  scope TEXT NOT NULL,
  owner TEXT NOT NULL,
  policy_uri TEXT NOT NULL,
  tos_uri TEXT NOT NULL,
  client_uri TEXT NOT NULL,
  logo_uri TEXT NOT NULL,
  client_secret_expires_at INTEGER NOT NULL DEFAULT 0,
  sector_identifier_uri TEXT NOT NULL,
  jwks TEXT NOT NULL,
  jwks_uri TEXT NOT NULL,
  token_endpoint_auth_method VARCHAR(25) NOT NULL DEFAULT '',
  request_object_signing_alg VARCHAR(10) NOT NULL DEFAULT '',
  userinfo_signed_response_alg VARCHAR(10) NOT NULL DEFAULT '',
  subject_type VARCHAR(15) NOT NULL DEFAULT '',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  frontchannel_logout_uri TEXT NOT NULL DEFAULT '',
  frontchannel_logout_session_required BOOL NOT NULL DEFAULT false,
  backchannel_logout_uri TEXT NOT NULL DEFAULT '',
  backchannel_logout_session_required BOOL NOT NULL DEFAULT false,
  metadata TEXT NOT NULL DEFAULT '{}',
  token_endpoint_auth_signing_alg VARCHAR(10) NOT NULL DEFAULT '',
  authorization_code_grant_access_token_lifespan BIGINT NULL DEFAULT NULL,
  authorization_code_grant_id_token_lifespan BIGINT NULL DEFAULT NULL,
  authorization_code_grant_refresh_token_lifespan BIGINT NULL DEFAULT NULL,
  client_credentials_grant_access_token_lifespan BIGINT NULL DEFAULT NULL,
  implicit_grant_access_token_lifespan BIGINT NULL DEFAULT NULL,
  implicit_grant_id_token_lifespan BIGINT NULL DEFAULT NULL,
  jwt_bearer_grant_access_token_lifespan BIGINT NULL DEFAULT NULL,
  password_grant_access_token_lifespan BIGINT NULL DEFAULT NULL,
  password_grant_refresh_token_lifespan BIGINT NULL DEFAULT NULL,
  refresh_token_grant_id_token_lifespan BIGINT NULL DEFAULT NULL,
  refresh_token_grant_access_token_lifespan BIGINT NULL DEFAULT NULL,
  refresh_token_grant_refresh_token_lifespan BIGINT NULL DEFAULT NULL,
  pk UUID NOT NULL,
  registration_access_token_signature VARCHAR(128) NOT NULL DEFAULT '',
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  redirect_uris TEXT NOT NULL DEFAULT '[]',
  grant_types TEXT NOT NULL DEFAULT '[]',
  response_types TEXT NOT NULL DEFAULT '[]',
  audience TEXT NOT NULL DEFAULT '[]',
  allowed_cors_origins TEXT NOT NULL DEFAULT '[]',
  contacts TEXT NOT NULL DEFAULT '[]',
  request_uris TEXT NOT NULL DEFAULT '[]',
  post_logout_redirect_uris TEXT NOT NULL DEFAULT '[]',
  access_token_strategy VARCHAR(10) NOT NULL DEFAULT '',
  skip_consent BOOLEAN NOT NULL DEFAULT false,
  skip_logout_consent BOOLEAN NULL,
  PRIMARY KEY (id, nid)
);

-- The clients: kind is own (Kontor's apps), svc (machine clients), partner
-- (accounting software and tax offices) or tpp (PSD2 aggregators).
CREATE TABLE oryg.cl (c int PRIMARY KEY, id text, name text, kind text, public bool, owner text, contacts text[], site text, redirect text, meta jsonb, pairwise bool, skip bool, created timestamp);
INSERT INTO oryg.cl VALUES
 (1, 'kontor-web', 'Kontor Web', 'own', false, 'Kontor Platform Team', ARRAY['platform@kontorpay.eu'], 'https://app.kontorpay.eu', 'https://app.kontorpay.eu/auth/callback', '{"team":"platform","pagerduty_service":"PKTR3X9"}', false, true, '2022-02-15 10:12:00'),
 (2, 'kontor-ios', 'Kontor for iPhone', 'own', true, 'Kontor Mobile Team', ARRAY['mobile@kontorpay.eu'], 'https://kontorpay.eu/app', 'eu.kontorpay.app://oauth/callback', '{"team":"mobile","bundle_id":"eu.kontorpay.app"}', false, true, '2022-02-15 10:20:00'),
 (3, 'kontor-android', 'Kontor for Android', 'own', true, 'Kontor Mobile Team', ARRAY['mobile@kontorpay.eu'], 'https://kontorpay.eu/app', 'eu.kontorpay.app:/oauth/callback', '{"team":"mobile","package":"eu.kontorpay.app"}', false, true, '2022-02-15 10:21:00'),
 (4, 'kontor-backoffice', 'Kontor Back-office', 'own', false, 'lena.hoffmann@kontorpay.eu', ARRAY['lena.hoffmann@kontorpay.eu', 'tobias.brandt@kontorpay.eu'], 'https://ops.kontorpay.eu', 'https://ops.kontorpay.eu/oidc/callback', '{"team":"platform","login_provider":"ops-login"}', false, true, '2022-03-01 09:00:00'),
 (5, 'kontor-helpdesk', 'Kontor Help Center SSO', 'own', false, 'julien.mercier@kontorpay.eu', ARRAY['support@kontorpay.eu'], 'https://help.kontorpay.eu', 'https://kontorpay.helpdesk-cloud.com/access/jwt/callback', '{"team":"support"}', false, true, '2022-09-12 14:30:00'),
 (6, 'kontor-cli', 'kontorctl', 'own', true, 'Kontor Platform Team', ARRAY['platform@kontorpay.eu'], 'https://github.com/kontorpay/kontorctl', 'http://127.0.0.1:4446/callback', '{"team":"platform"}', false, false, '2023-01-20 11:00:00'),
 (7, '0b0c8a4e-ledger-svc', 'ledger-service', 'svc', false, 'Kontor Platform Team', ARRAY['platform@kontorpay.eu'], '', '', '{"k8s_namespace":"ledger"}', false, false, '2022-02-15 11:00:00'),
 (8, '1f3d6c2a-notify-svc', 'notification-service', 'svc', false, 'Kontor Platform Team', ARRAY['platform@kontorpay.eu'], '', '', '{"k8s_namespace":"notify"}', false, false, '2022-02-15 11:05:00'),
 (9, '5e9a1b7d-kyc-svc', 'kyc-webhook-receiver', 'svc', false, 'amara.okafor@kontorpay.eu', ARRAY['compliance@kontorpay.eu'], '', '', '{"k8s_namespace":"kyc"}', false, false, '2022-04-04 08:45:00'),
 (10, '7c2e0f11-9a4b-4d2e-8f6a-3b1c5d7e9f01', 'Buchhalter Cloud', 'partner', false, 'Buchhalter Cloud GmbH', ARRAY['api@buchhalter-cloud.de', 'Felix Wagner <f.wagner@buchhalter-cloud.de>'], 'https://www.buchhalter-cloud.de', 'https://app.buchhalter-cloud.de/banking/kontor/callback', '{"partner_id":"P-0007","contract":"2022-11","tech_contact":{"name":"Felix Wagner","phone":"+49 89 21093847"}}', true, false, '2022-11-03 15:00:00'),
 (11, 'a41d9e23-5c7f-4b08-9e12-6d3f8a0b2c45', 'FacturaFácil', 'partner', false, 'FacturaFácil S.L.', ARRAY['integraciones@facturafacil.es'], 'https://facturafacil.es', 'https://app.facturafacil.es/bancos/oauth/kontor', '{"partner_id":"P-0011","tech_contact":{"name":"Lucía Romero","phone":"+34 911 234 567"}}', true, false, '2023-02-14 10:00:00'),
 (12, 'c9e8f7a6-1b2c-4d3e-8f9a-0b1c2d3e4f5a', 'Compta Rapide', 'partner', false, 'dev@compta-rapide.fr', ARRAY['dev@compta-rapide.fr'], 'https://compta-rapide.fr', 'https://compta-rapide.fr/connect/kontor/retour', '{"partner_id":"P-0014"}', true, false, '2023-04-03 09:30:00'),
 (13, 'e2f4a6c8-0d1e-4f2a-9b3c-5d6e7f8a9b0c', 'Boekhoud Direct', 'partner', false, 'Boekhoud Direct B.V.', ARRAY['techniek@boekhouddirect.nl', 'sanne@boekhouddirect.nl'], 'https://boekhouddirect.nl', 'https://app.boekhouddirect.nl/koppelingen/kontor', '{"partner_id":"P-0016","tech_contact":{"name":"Daan Visser","phone":"+31 20 794 1182"}}', true, false, '2023-06-19 13:10:00'),
 (14, 'f0a1b2c3-d4e5-4f60-8192-a3b4c5d6e7f8', 'Steuerkanzlei Brandt & Partner – DATEV-Export', 'partner', false, 'Martina Brandt', ARRAY['m.brandt@stb-brandt.de'], 'https://stb-brandt.de', 'https://export.stb-brandt.de/kontor/callback', '{"partner_id":"P-0021","note":"Small tax office, exports for 14 mandates; contact Martina Brandt, mobile +49 171 5550132"}', true, false, '2023-09-08 16:40:00'),
 (15, '13579bdf-2468-4ace-9bdf-13579bdf2468', 'Gestoría Ruiz', 'partner', false, 'Javier Ruiz Ortega', ARRAY['javier@gestoriaruiz.es'], 'https://gestoriaruiz.es', 'https://gestoriaruiz.es/oauth/kontor', ('{"partner_id":"P-0024","billing":{"nif":"' || oryg.es_nif('clnif', 15) || '","iban":"' || fixture_gen.iban('ES', fixture_gen.digits('clib', 15, 20)) || '"}}')::jsonb, true, false, '2024-01-22 12:00:00'),
 (16, '2468ace0-1357-4bdf-8ace-02468ace1357', 'TaxPal', 'partner', false, 'TaxPal Ltd', ARRAY['partners@taxpal.io'], 'https://taxpal.io', 'https://taxpal.io/integrations/kontor/callback', '{"partner_id":"P-0026"}', true, false, '2024-03-11 10:30:00'),
 (17, '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', 'InvoiceBird', 'partner', false, 'InvoiceBird B.V.', ARRAY['oauth@invoicebird.com'], 'https://invoicebird.com', 'https://app.invoicebird.com/oauth2/kontor', '{"partner_id":"P-0029"}', true, false, '2024-05-02 14:20:00'),
 (18, '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a', 'Quickledger (sandbox)', 'partner', false, 'tom@quickledger.dev', ARRAY['tom@quickledger.dev'], 'https://quickledger.dev', 'http://localhost:3000/api/kontor/callback', '{"partner_id":"P-0031","sandbox":true}', false, false, '2024-08-27 17:05:00'),
 (19, '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', 'OpenAggreg8 AISP', 'tpp', false, 'OpenAggreg8 Ltd', ARRAY['psd2-ops@openaggreg8.io'], 'https://openaggreg8.io', 'https://connect.openaggreg8.io/callback/kontor', '{"psd2_role":"AISP","eidas_qseal_serial":"4F1A09B2C7","nca":"FCA","authorisation_number":"FRN 912345"}', false, false, '2022-12-01 09:00:00'),
 (20, '6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c', 'Bankfluss PSD2', 'tpp', false, 'Bankfluss GmbH', ARRAY['psd2@bankfluss.de'], 'https://bankfluss.de', 'https://api.bankfluss.de/xs2a/redirect/kontor', '{"psd2_role":"AISP,PISP","nca":"BaFin","authorisation_number":"ZAG 150812"}', false, false, '2023-03-15 11:15:00'),
 (21, '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', 'Kontoblick', 'tpp', false, 'Kontoblick UG', ARRAY['dev@kontoblick.app', 'Jana Koch <jana@kontoblick.app>'], 'https://kontoblick.app', 'https://kontoblick.app/psd2/kontor/return', '{"psd2_role":"AISP","nca":"BaFin"}', false, false, '2024-02-06 10:45:00'),
 (22, 'kontor-status', 'Kontor Status Page', 'svc', false, 'Kontor Platform Team', ARRAY['platform@kontorpay.eu'], 'https://status.kontorpay.eu', '', '{}', false, false, '2022-06-30 08:00:00'),
 (23, '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e', 'Flowmatic', 'partner', false, 'Flowmatic Inc.', ARRAY['integrations@flowmatic.io'], 'https://flowmatic.io', 'https://flowmatic.io/oauth/callback', '{"partner_id":"P-0033"}', false, false, '2024-07-15 15:30:00'),
 (24, 'kontor-web-staging', 'Kontor Web (staging)', 'own', false, 'tobias.brandt@kontorpay.eu', ARRAY['platform@kontorpay.eu'], 'https://app.staging.kontorpay.eu', 'https://app.staging.kontorpay.eu/auth/callback', '{"team":"platform","env":"staging"}', false, true, '2022-05-10 09:40:00');

-- jwk_pub: a public RSA JWK (n is 342 characters of base64url).
CREATE FUNCTION oryg.jwk_pub(tag text, i bigint) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_build_object('kty', 'RSA', 'use', 'sig', 'alg', 'PS256', 'kid', tag || '-' || i, 'e', 'AQAB', 'n', oryg.b64url(tag || 'n', i, 256)) $$;

INSERT INTO hydra.hydra_client (id, client_name, client_secret, scope, owner, policy_uri, tos_uri, client_uri, logo_uri, client_secret_expires_at, sector_identifier_uri, jwks, jwks_uri,
  token_endpoint_auth_method, request_object_signing_alg, userinfo_signed_response_alg, subject_type, created_at, updated_at, frontchannel_logout_uri, frontchannel_logout_session_required,
  backchannel_logout_uri, backchannel_logout_session_required, metadata, token_endpoint_auth_signing_alg,
  authorization_code_grant_access_token_lifespan, authorization_code_grant_id_token_lifespan, authorization_code_grant_refresh_token_lifespan, client_credentials_grant_access_token_lifespan,
  implicit_grant_access_token_lifespan, implicit_grant_id_token_lifespan, jwt_bearer_grant_access_token_lifespan, password_grant_access_token_lifespan, password_grant_refresh_token_lifespan,
  refresh_token_grant_id_token_lifespan, refresh_token_grant_access_token_lifespan, refresh_token_grant_refresh_token_lifespan,
  pk, registration_access_token_signature, nid, redirect_uris, grant_types, response_types, audience, allowed_cors_origins, contacts, request_uris, post_logout_redirect_uris,
  access_token_strategy, skip_consent, skip_logout_consent)
SELECT c.id, c.name,
       CASE WHEN c.public OR c.kind = 'tpp' THEN '' ELSE fixture_gen.bcrypt('hcsec', c.c) END,
       CASE c.kind WHEN 'own' THEN 'openid offline_access email profile phone accounts:read accounts:write transactions:read payments:write cards:write'
                   WHEN 'svc' THEN CASE c.c WHEN 7 THEN 'ledger:write ledger:read' WHEN 8 THEN 'identities:read notifications:send' WHEN 9 THEN 'kyc:write' ELSE 'status:read' END
                   WHEN 'tpp' THEN 'openid offline_access accounts:read transactions:read' || CASE WHEN c.c = 20 THEN ' payments:write' ELSE '' END
                   ELSE 'openid offline_access email accounts:read transactions:read' || CASE WHEN c.c IN (10, 13) THEN ' invoices:write' ELSE '' END END,
       c.owner,
       CASE WHEN c.kind IN ('partner', 'tpp') AND c.site <> '' THEN c.site || '/privacy' ELSE '' END,
       CASE WHEN c.kind IN ('partner', 'tpp') AND c.site <> '' THEN c.site || '/terms' ELSE '' END,
       c.site, CASE WHEN c.kind IN ('partner', 'tpp') THEN c.site || '/static/logo-256.png' WHEN c.kind = 'own' THEN 'https://kontorpay.eu/static/brand/kontor-app-icon.png' ELSE '' END,
       0, CASE WHEN c.pairwise THEN c.site || '/.well-known/kontor-redirect-uris.json' ELSE '' END,
       CASE WHEN c.c = 19 THEN jsonb_build_object('keys', jsonb_build_array(oryg.jwk_pub('oa8', 1), oryg.jwk_pub('oa8', 2)))::text
            WHEN c.c = 21 THEN jsonb_build_object('keys', jsonb_build_array(oryg.jwk_pub('kbk', 1) || jsonb_build_object('d', oryg.b64url('kbkd', 1, 256), 'p', oryg.b64url('kbkp', 1, 128), 'q', oryg.b64url('kbkq', 1, 128),
                                                   'dp', oryg.b64url('kbkdp', 1, 128), 'dq', oryg.b64url('kbkdq', 1, 128), 'qi', oryg.b64url('kbkqi', 1, 128))))::text
            ELSE '{}' END,
       CASE WHEN c.c = 20 THEN 'https://api.bankfluss.de/.well-known/jwks.json' ELSE '' END,
       CASE WHEN c.public THEN 'none' WHEN c.kind = 'tpp' THEN 'private_key_jwt' WHEN c.c IN (11, 16) THEN 'client_secret_post' ELSE 'client_secret_basic' END,
       '', 'none', CASE WHEN c.pairwise THEN 'pairwise' ELSE 'public' END,
       c.created, c.created + make_interval(days => fixture_gen.n('hcup', c.c, 400)),
       '', false,
       CASE WHEN c.c IN (1, 4) THEN replace(c.redirect, '/callback', '/backchannel-logout') ELSE '' END, c.c IN (1, 4),
       c.meta::text, CASE WHEN c.kind = 'tpp' THEN 'PS256' ELSE '' END,
       CASE WHEN c.kind = 'tpp' THEN 300000000000 END, NULL, CASE WHEN c.kind = 'tpp' THEN 7776000000000000 WHEN c.c IN (2, 3) THEN 2592000000000000 END,
       CASE WHEN c.kind = 'svc' THEN 900000000000 END, NULL, NULL, CASE WHEN c.kind = 'tpp' THEN 600000000000 END, NULL, NULL,
       NULL, CASE WHEN c.kind = 'tpp' THEN 300000000000 END, CASE WHEN c.kind = 'tpp' THEN 7776000000000000 WHEN c.c IN (2, 3) THEN 2592000000000000 END,
       oryg.u('hcpk', c.c), CASE WHEN c.c IN (18, 23) THEN oryg.b64url('hcrat', c.c, 32) ELSE '' END, oryg.nid(),
       CASE WHEN c.redirect = '' THEN '[]' ELSE jsonb_build_array(c.redirect)::text END,
       CASE WHEN c.kind = 'svc' THEN '["client_credentials"]' WHEN c.kind = 'tpp' THEN '["authorization_code","refresh_token","urn:ietf:params:oauth:grant-type:jwt-bearer"]' ELSE '["authorization_code","refresh_token"]' END,
       CASE WHEN c.kind = 'svc' THEN '["token"]' ELSE '["code"]' END,
       CASE WHEN c.kind = 'svc' THEN '["https://api.kontorpay.eu"]' ELSE '[]' END,
       CASE WHEN c.c IN (1, 24) THEN jsonb_build_array(c.site)::text ELSE '[]' END,
       to_jsonb(c.contacts)::text, '[]',
       CASE WHEN c.kind = 'own' AND c.redirect LIKE 'https%' THEN jsonb_build_array(c.site || '/logged-out')::text ELSE '[]' END,
       CASE WHEN c.kind IN ('svc', 'tpp') THEN 'jwt' ELSE 'opaque' END, c.skip, CASE WHEN c.kind = 'own' THEN true END
FROM oryg.cl c ORDER BY c.c;

CREATE TABLE hydra.hydra_jwk (
  sid VARCHAR(255) NOT NULL,
  kid VARCHAR(255) NOT NULL,
  version INTEGER DEFAULT 0 NOT NULL,
  keydata TEXT NOT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  pk UUID NOT NULL PRIMARY KEY,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE
);
CREATE UNIQUE INDEX hydra_jwk_sid_kid_nid_key ON hydra.hydra_jwk (sid, kid, nid);

-- Hydra's own signing keys (rotated) and the trusted issuers' public keys,
-- all kept encrypted with the system secret.
INSERT INTO hydra.hydra_jwk (sid, kid, version, keydata, created_at, pk, nid)
SELECT sid, kid, 0, fixture_gen.b64('hjwk', k, 240) || fixture_gen.b64('hjwk2', k, 240), created, oryg.u('hjwkpk', k), oryg.nid()
FROM (VALUES
 (1, 'hydra.openid.id-token', 'public:' || oryg.u('hkid', 1)::text, timestamp '2022-02-14 09:34:02'),
 (2, 'hydra.openid.id-token', 'private:' || oryg.u('hkid', 1)::text, timestamp '2022-02-14 09:34:02'),
 (3, 'hydra.openid.id-token', oryg.u('hkid', 3)::text, timestamp '2023-02-14 09:00:00'),
 (4, 'hydra.openid.id-token', oryg.u('hkid', 4)::text, timestamp '2024-02-14 09:00:00'),
 (5, 'hydra.jwt.access-token', oryg.u('hkid', 5)::text, timestamp '2022-12-01 08:30:00'),
 (6, 'hydra.jwt.access-token', oryg.u('hkid', 6)::text, timestamp '2024-06-01 08:30:00'),
 (7, 'hydra.jwt.access-token', oryg.u('hkid', 7)::text, timestamp '2024-11-15 08:30:00')) v(k, sid, kid, created)
UNION ALL
SELECT 'trust-' || iss || '-' || j, iss || '-key-' || j, 0, fixture_gen.b64('hjwkt', j * 10 + n, 200) || fixture_gen.b64('hjwkt2', j * 10 + n, 160), timestamp '2023-01-10 10:00:00' + make_interval(days => 37 * (j * 10 + n)), oryg.u('hjwkpk', 100 + j * 10 + n), oryg.nid()
FROM (VALUES (1, 'openaggreg8'), (2, 'bankfluss'), (3, 'buchhalter-cloud'), (4, 'kontoblick'), (5, 'stb-brandt')) t(n, iss)
CROSS JOIN generate_series(1, 3) j WHERE NOT (n = 5 AND j > 1);

-- Hydra: login and consent flows.

CREATE TABLE hydra.hydra_oauth2_flow (
  login_challenge VARCHAR(40) NOT NULL PRIMARY KEY,
  requested_scope jsonb NOT NULL DEFAULT '[]',
  login_verifier VARCHAR(40) NOT NULL,
  login_csrf VARCHAR(40) NOT NULL,
  subject VARCHAR(255) NOT NULL,
  request_url TEXT NOT NULL,
  login_skip BOOL NOT NULL,
  client_id VARCHAR(255) NOT NULL,
  requested_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  login_initialized_at timestamp NULL DEFAULT NULL,
  oidc_context jsonb NOT NULL DEFAULT '{}',
  login_session_id VARCHAR(40) NULL,
  requested_at_audience jsonb NULL DEFAULT '[]',
  state INTEGER NOT NULL,
  login_remember BOOL NOT NULL DEFAULT false,
  login_remember_for INTEGER NOT NULL,
  login_error TEXT NULL,
  acr TEXT NOT NULL DEFAULT '',
  login_authenticated_at timestamp NULL DEFAULT NULL,
  login_was_used BOOL NOT NULL DEFAULT false,
  forced_subject_identifier VARCHAR(255) NULL DEFAULT '',
  context jsonb NOT NULL DEFAULT '{}',
  amr jsonb NULL DEFAULT '[]',
  consent_challenge_id VARCHAR(40) NULL,
  consent_skip BOOL NOT NULL DEFAULT false,
  consent_verifier VARCHAR(40) NULL,
  consent_csrf VARCHAR(40) NULL,
  granted_scope jsonb NOT NULL DEFAULT '[]',
  granted_at_audience jsonb NULL DEFAULT '[]',
  consent_remember BOOL NOT NULL DEFAULT false,
  consent_remember_for INTEGER NULL,
  consent_handled_at timestamp NULL,
  consent_error TEXT NULL,
  session_access_token jsonb DEFAULT '{}' NOT NULL,
  session_id_token jsonb DEFAULT '{}' NOT NULL,
  consent_was_used BOOL NOT NULL DEFAULT false,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  login_extend_session_lifespan BOOL NOT NULL DEFAULT false,
  identity_provider_session_id VARCHAR(40) NULL
);

CREATE TABLE oryg.hf AS
SELECT k, c.c, c.id AS client, c.kind, c.pairwise, c.redirect, p.i AS pi, p.iid, st.email AS staff_email, st.first AS sf, st.last AS sl, p.first, p.last, lower(p.email) AS email, p.phone,
       coalesce(st.email, p.iid::text) AS subject,
       CASE WHEN k % 4 = 0 THEN oryg.at('hft', k, '2023-08-01', '2024-06-30') ELSE oryg.at('hft', k, '2024-09-01', '2024-11-30 20:00') END AS t,
       CASE WHEN k % 19 = 0 THEN 128 WHEN k % 23 = 0 AND c.kind IN ('partner', 'tpp') THEN 129 WHEN k % 29 = 0 THEN 2 ELSE 6 END AS st,
       k % 3 = 0 AS skip,
       (SELECT jsonb_agg(s ORDER BY o) FROM unnest(string_to_array(CASE c.kind WHEN 'own' THEN 'openid offline_access email profile accounts:read transactions:read payments:write'
                                                                    WHEN 'tpp' THEN 'openid offline_access accounts:read transactions:read'
                                                                    ELSE 'openid offline_access email accounts:read transactions:read' END, ' ')) WITH ORDINALITY u(s, o)) AS scopes,
       oryg.hex('hflc', k, 32) AS lc, oryg.hex('hfcc', k, 32) AS cc, oryg.hex('hfls', 1 + k / 3, 32) AS ls, oryg.u('sess', 1 + fixture_gen.n('hfks', k, 320)) AS kratos_sess,
       'K-' || lpad((100000 + p.i * 37)::text, 7, '0') AS custno
FROM generate_series(1, 220) k
JOIN oryg.cl c ON c.c = (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 23, 24])[1 + fixture_gen.n('hfc', k, 30)]
JOIN oryg.p p ON p.i = 1 + fixture_gen.n('hfp', k, 240)
LEFT JOIN oryg.s st ON c.c = 4 AND st.i = 1001 + k % 12;

INSERT INTO hydra.hydra_oauth2_flow (login_challenge, requested_scope, login_verifier, login_csrf, subject, request_url, login_skip, client_id, requested_at, login_initialized_at,
  oidc_context, login_session_id, requested_at_audience, state, login_remember, login_remember_for, login_error, acr, login_authenticated_at, login_was_used, forced_subject_identifier,
  context, amr, consent_challenge_id, consent_skip, consent_verifier, consent_csrf, granted_scope, granted_at_audience, consent_remember, consent_remember_for, consent_handled_at,
  consent_error, session_access_token, session_id_token, consent_was_used, nid, login_extend_session_lifespan, identity_provider_session_id)
SELECT f.lc, f.scopes, oryg.hex('hflv', f.k, 32), oryg.hex('hflx', f.k, 32), CASE WHEN f.st = 2 THEN '' ELSE f.subject END,
       'https://login.kontorpay.eu/oauth2/auth?client_id=' || f.client || '&redirect_uri=' || replace(replace(f.redirect, ':', '%3A'), '/', '%2F') || '&response_type=code&scope='
         || replace(replace((SELECT string_agg(s, '+') FROM jsonb_array_elements_text(f.scopes) s), ':', '%3A'), '_', '_') || '&state=' || oryg.rnd('hfst', f.k, 24) || '&nonce=' || oryg.rnd('hfno', f.k, 24)
         || '&code_challenge=' || oryg.b64url('hfpk', f.k, 32) || '&code_challenge_method=S256'
         || CASE WHEN f.k % 6 = 0 AND f.staff_email IS NULL THEN '&login_hint=' || replace(f.email, '@', '%40') ELSE '' END || CASE WHEN f.k % 5 = 0 THEN '&ui_locales=de' ELSE '' END,
       f.skip, f.client, f.t, f.t,
       jsonb_strip_nulls(jsonb_build_object('login_hint', CASE WHEN f.k % 6 = 0 AND f.staff_email IS NULL THEN f.email END, 'ui_locales', CASE WHEN f.k % 5 = 0 THEN jsonb_build_array('de') END)),
       CASE WHEN f.st = 2 THEN NULL ELSE f.ls END, '[]'::jsonb, f.st, f.k % 2 = 0, CASE WHEN f.k % 2 = 0 THEN 2592000 ELSE 0 END,
       CASE WHEN f.st = 128 THEN '{"error":"login_required","error_description":"The Authorization Server requires End-User authentication.","error_hint":"The user aborted the sign-in.","status_code":401,"valid":true}'
            ELSE '{"error":"","error_description":"","error_hint":"","status_code":0,"error_debug":"","valid":false}' END,
       CASE WHEN f.staff_email IS NOT NULL THEN 'urn:kontor:acr:staff' WHEN f.k % 4 = 0 THEN 'aal2' ELSE 'aal1' END,
       CASE WHEN f.st IN (6, 129) THEN f.t + make_interval(secs => 5 + fixture_gen.n('hfla', f.k, 60)) END, f.st IN (6, 129),
       CASE WHEN f.pairwise AND f.st IN (6, 129) THEN encode(sha256(convert_to(f.client || f.subject, 'UTF8')), 'hex') ELSE '' END,
       CASE WHEN f.staff_email IS NOT NULL THEN jsonb_build_object('ops_login', jsonb_build_object('ldap_dn', 'uid=' || split_part(f.staff_email, '@', 1) || ',ou=staff,dc=kontorpay,dc=eu', 'display_name', f.sf || ' ' || f.sl, 'groups', jsonb_build_array('ops', 'backoffice-' || (f.k % 3)::text)))
            WHEN f.kind IN ('partner', 'tpp') AND f.st = 6 THEN jsonb_build_object('kratos_session_id', f.kratos_sess, 'customer_number', f.custno, 'accounts_shared', jsonb_build_array(oryg.u('acct', f.pi)))
            ELSE '{}'::jsonb END,
       CASE WHEN f.staff_email IS NOT NULL THEN '["pwd","hwk"]'::jsonb WHEN f.k % 4 = 0 THEN '["pwd","otp"]'::jsonb ELSE '["pwd"]'::jsonb END,
       CASE WHEN f.st IN (6, 129) THEN f.cc END, f.skip AND f.kind = 'own', CASE WHEN f.st IN (6, 129) THEN oryg.hex('hfcv', f.k, 32) END, CASE WHEN f.st IN (6, 129) THEN oryg.hex('hfcx', f.k, 32) END,
       CASE WHEN f.st = 6 THEN f.scopes ELSE '[]'::jsonb END, '[]'::jsonb, f.st = 6 AND f.kind = 'own', CASE WHEN f.st = 6 AND f.kind = 'own' THEN 0 END,
       CASE WHEN f.st IN (6, 129) THEN f.t + make_interval(secs => 8 + fixture_gen.n('hfch', f.k, 90)) END,
       CASE WHEN f.st = 129 THEN '{"error":"access_denied","error_description":"The resource owner denied the request","error_hint":"The customer declined to share their accounts.","status_code":403,"valid":true}'
            ELSE '{"error":"","error_description":"","error_hint":"","status_code":0,"error_debug":"","valid":false}' END,
       CASE WHEN f.st <> 6 THEN '{}'::jsonb WHEN f.staff_email IS NOT NULL THEN jsonb_build_object('email', f.staff_email, 'roles', jsonb_build_array('ops'))
            ELSE jsonb_build_object('customer_number', f.custno, 'kyc_level', CASE WHEN f.pi % 7 = 0 THEN 'basic' ELSE 'full' END) END,
       CASE WHEN f.st <> 6 THEN '{}'::jsonb WHEN f.staff_email IS NOT NULL THEN jsonb_build_object('email', f.staff_email, 'name', f.sf || ' ' || f.sl)
            WHEN f.kind = 'tpp' THEN '{}'::jsonb
            ELSE jsonb_strip_nulls(jsonb_build_object('email', f.email, 'email_verified', f.pi % 14 <> 0, 'name', CASE WHEN f.kind = 'own' THEN f.first || ' ' || f.last END,
                                                      'given_name', CASE WHEN f.kind = 'own' THEN f.first END, 'family_name', CASE WHEN f.kind = 'own' THEN f.last END,
                                                      'phone_number', CASE WHEN f.kind = 'own' THEN f.phone END)) END,
       f.st = 6, oryg.nid(), false,
       CASE WHEN f.staff_email IS NOT NULL OR f.st = 2 THEN '' ELSE f.kratos_sess::text END
FROM oryg.hf f ORDER BY f.t, f.k;

CREATE TABLE hydra.hydra_oauth2_authentication_session (
  id VARCHAR(40) NOT NULL PRIMARY KEY,
  authenticated_at timestamp NULL,
  subject VARCHAR(255) NOT NULL,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  remember BOOL NOT NULL DEFAULT false,
  identity_provider_session_id VARCHAR(40) NULL
);

INSERT INTO hydra.hydra_oauth2_authentication_session (id, authenticated_at, subject, nid, remember, identity_provider_session_id)
SELECT DISTINCT ON (f.ls) f.ls, f.t + interval '5 seconds', f.subject, oryg.nid(), f.k % 2 = 0, CASE WHEN f.staff_email IS NOT NULL THEN '' ELSE f.kratos_sess::text END
FROM oryg.hf f WHERE f.st <> 2 ORDER BY f.ls, f.k;

CREATE TABLE hydra.hydra_oauth2_obfuscated_authentication_session (
  subject VARCHAR(255) NOT NULL,
  client_id VARCHAR(255) NOT NULL,
  subject_obfuscated VARCHAR(255) NOT NULL,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  PRIMARY KEY (subject, client_id, nid)
);

INSERT INTO hydra.hydra_oauth2_obfuscated_authentication_session (subject, client_id, subject_obfuscated, nid)
SELECT DISTINCT ON (f.subject, f.client) f.subject, f.client, encode(sha256(convert_to(f.client || f.subject, 'UTF8')), 'hex'), oryg.nid()
FROM oryg.hf f WHERE f.pairwise AND f.st IN (6, 129) ORDER BY f.subject, f.client;

CREATE TABLE hydra.hydra_oauth2_logout_request (
  challenge VARCHAR(36) NOT NULL PRIMARY KEY,
  verifier VARCHAR(36) NOT NULL,
  subject VARCHAR(255) NOT NULL,
  sid VARCHAR(36) NOT NULL,
  client_id VARCHAR(255) NULL,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  request_url TEXT NOT NULL,
  redir_url TEXT NOT NULL,
  was_used BOOL NOT NULL DEFAULT false,
  accepted BOOL NOT NULL DEFAULT false,
  rejected BOOL NOT NULL DEFAULT false,
  rp_initiated BOOL NOT NULL DEFAULT false,
  expires_at timestamp NULL,
  requested_at timestamp NULL
);

INSERT INTO hydra.hydra_oauth2_logout_request (challenge, verifier, subject, sid, client_id, nid, request_url, redir_url, was_used, accepted, rejected, rp_initiated, expires_at, requested_at)
SELECT oryg.hex('hlrc', f.k, 32), oryg.hex('hlrv', f.k, 32), f.subject, f.ls, CASE WHEN f.k % 5 = 0 THEN NULL ELSE f.client END, oryg.nid(),
       CASE WHEN f.k % 5 = 0 THEN 'https://login.kontorpay.eu/oauth2/sessions/logout'
            ELSE 'https://login.kontorpay.eu/oauth2/sessions/logout?id_token_hint=' || fixture_gen.jwt('hlrj', f.k) || '&post_logout_redirect_uri=' || replace(replace(coalesce(nullif(split_part(f.redirect, '/auth', 1), ''), 'https://app.kontorpay.eu') || '/logged-out', ':', '%3A'), '/', '%2F') || '&state=' || oryg.rnd('hlrs', f.k, 16) END,
       CASE WHEN f.k % 5 = 0 THEN 'https://login.kontorpay.eu/oauth2/fallbacks/logout' ELSE coalesce(nullif(split_part(f.redirect, '/auth', 1), ''), 'https://app.kontorpay.eu') || '/logged-out?state=' || oryg.rnd('hlrs', f.k, 16) END,
       f.k % 7 <> 0, f.k % 7 <> 0, false, f.k % 5 <> 0, lt + interval '1 hour', lt
FROM oryg.hf f CROSS JOIN LATERAL (SELECT f.t + make_interval(secs => 600 + fixture_gen.n('hlrt', f.k, 30000)) AS lt) x
WHERE f.st = 6 AND f.kind = 'own' AND f.k % 3 <> 1 ORDER BY lt, f.k;

-- Hydra: the token sessions. session_data is JSON since session encryption
-- was switched off in November 2023, ciphertext before.
CREATE FUNCTION oryg.sdata(f oryg.hf, tag text, salt int) RETURNS text
LANGUAGE sql AS $$
  SELECT CASE WHEN f.t < '2023-11-15' THEN fixture_gen.b64(tag || 'enc', f.k * 10 + salt, 240) || fixture_gen.b64(tag || 'enc2', f.k * 10 + salt, 200)
  ELSE jsonb_build_object(
    'id_token', jsonb_build_object(
      'id_token_claims', jsonb_build_object('jti', '', 'iss', 'https://login.kontorpay.eu/', 'sub', CASE WHEN f.pairwise THEN encode(sha256(convert_to(f.client || f.subject, 'UTF8')), 'hex') ELSE f.subject END,
        'aud', jsonb_build_array(f.client), 'nonce', oryg.rnd('hfno', f.k, 24), 'exp', '0001-01-01T00:00:00Z', 'iat', to_char(f.t, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'rat', to_char(f.t, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'auth_time', to_char(f.t + interval '5 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'acr', CASE WHEN f.staff_email IS NOT NULL THEN 'urn:kontor:acr:staff' WHEN f.k % 4 = 0 THEN 'aal2' ELSE 'aal1' END,
        'amr', CASE WHEN f.staff_email IS NOT NULL THEN '["pwd","hwk"]'::jsonb WHEN f.k % 4 = 0 THEN '["pwd","otp"]'::jsonb ELSE '["pwd"]'::jsonb END, 'c_hash', '', 'at_hash', '',
        'ext', fl.session_id_token),
      'headers', jsonb_build_object('extra', jsonb_build_object('kid', oryg.u('hkid', 4)::text)),
      'expires_at', jsonb_build_object('access_token', to_char(f.t + interval '1 hour', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'refresh_token', to_char(f.t + interval '90 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
      'username', '', 'subject', f.subject),
    'extra', fl.session_access_token, 'kid', oryg.u('hkid', 6)::text, 'client_id', f.client, 'consent_challenge', f.cc, 'exclude_not_before_claim', false, 'allowed_top_level_claims', '[]'::jsonb)::text END
  FROM hydra.hydra_oauth2_flow fl WHERE fl.login_challenge = f.lc
$$;

CREATE FUNCTION oryg.form(f oryg.hf) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'client_id=' || f.client || '&code_challenge=' || oryg.b64url('hfpk', f.k, 32) || '&code_challenge_method=S256'
      || CASE WHEN f.k % 6 = 0 AND f.staff_email IS NULL THEN '&login_hint=' || replace(f.email, '@', '%40') ELSE '' END
      || '&nonce=' || oryg.rnd('hfno', f.k, 24) || '&redirect_uri=' || replace(replace(f.redirect, ':', '%3A'), '/', '%2F') || '&response_type=code&scope='
      || replace((SELECT string_agg(s, '+') FROM jsonb_array_elements_text(f.scopes) s), ':', '%3A') || '&state=' || oryg.rnd('hfst', f.k, 24)
      || CASE WHEN f.k % 5 = 0 THEN '&ui_locales=de' ELSE '' END
$$;

CREATE TABLE hydra.hydra_oauth2_access (
  signature VARCHAR(255) NOT NULL PRIMARY KEY,
  request_id VARCHAR(40) NOT NULL,
  requested_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  client_id VARCHAR(255) NOT NULL,
  scope TEXT NOT NULL,
  granted_scope TEXT NOT NULL,
  form_data TEXT NOT NULL,
  session_data TEXT NOT NULL,
  subject VARCHAR(255) NOT NULL DEFAULT '',
  active BOOL NOT NULL DEFAULT true,
  requested_audience TEXT NULL DEFAULT '',
  granted_audience TEXT NULL DEFAULT '',
  challenge_id VARCHAR(40) NULL,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  expires_at timestamp NULL
);

CREATE TABLE hydra.hydra_oauth2_refresh (
  signature VARCHAR(255) NOT NULL PRIMARY KEY,
  request_id VARCHAR(40) NOT NULL,
  requested_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  client_id VARCHAR(255) NOT NULL,
  scope TEXT NOT NULL,
  granted_scope TEXT NOT NULL,
  form_data TEXT NOT NULL,
  session_data TEXT NOT NULL,
  subject VARCHAR(255) NOT NULL DEFAULT '',
  active BOOL NOT NULL DEFAULT true,
  requested_audience TEXT NULL DEFAULT '',
  granted_audience TEXT NULL DEFAULT '',
  challenge_id VARCHAR(40) NULL,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  expires_at timestamp NULL,
  access_token_signature VARCHAR(255) NULL
);

CREATE TABLE hydra.hydra_oauth2_code (
  signature VARCHAR(255) NOT NULL PRIMARY KEY,
  request_id VARCHAR(40) NOT NULL,
  requested_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  client_id VARCHAR(255) NOT NULL,
  scope TEXT NOT NULL,
  granted_scope TEXT NOT NULL,
  form_data TEXT NOT NULL,
  session_data TEXT NOT NULL,
  subject VARCHAR(255) NOT NULL DEFAULT '',
  active BOOL NOT NULL DEFAULT true,
  requested_audience TEXT NULL DEFAULT '',
  granted_audience TEXT NULL DEFAULT '',
  challenge_id VARCHAR(40) NULL,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  expires_at timestamp NULL
);

CREATE TABLE hydra.hydra_oauth2_oidc (
  signature VARCHAR(255) NOT NULL PRIMARY KEY,
  request_id VARCHAR(40) NOT NULL,
  requested_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  client_id VARCHAR(255) NOT NULL,
  scope TEXT NOT NULL,
  granted_scope TEXT NOT NULL,
  form_data TEXT NOT NULL,
  session_data TEXT NOT NULL,
  subject VARCHAR(255) NOT NULL DEFAULT '',
  active BOOL NOT NULL DEFAULT true,
  requested_audience TEXT NULL DEFAULT '',
  granted_audience TEXT NULL DEFAULT '',
  challenge_id VARCHAR(40) NULL,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  expires_at timestamp NULL
);

-- Authorization codes kept after their exchange (inactive) until the janitor
-- runs, and the OpenID Connect sessions stored under the same signature.
INSERT INTO hydra.hydra_oauth2_code
SELECT oryg.b64url('hcode', f.k, 32), oryg.u('hreq', f.k)::text, f.t + interval '9 seconds', f.client, array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'),
       array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'), oryg.form(f), oryg.sdata(f, 'code', 1), f.subject, f.k % 14 = 0, '', '', f.cc, oryg.nid(), f.t + interval '10 minutes 9 seconds'
FROM oryg.hf f WHERE f.st = 6 AND f.k % 2 = 0 ORDER BY f.t, f.k;

INSERT INTO hydra.hydra_oauth2_oidc
SELECT oryg.b64url('hcode', f.k, 32), oryg.u('hreq', f.k)::text, f.t + interval '9 seconds', f.client, array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'),
       array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'), oryg.form(f), oryg.sdata(f, 'oidc', 2), f.subject, f.k % 14 = 0, '', '', f.cc, oryg.nid(), f.t + interval '10 minutes 9 seconds'
FROM oryg.hf f WHERE f.st = 6 AND (f.k % 2 = 0 OR f.k % 5 = 1) ORDER BY f.t, f.k;

-- Access tokens: the first of each grant and those from refreshes (r > 1),
-- and the machine clients' client-credentials tokens.
INSERT INTO hydra.hydra_oauth2_access
SELECT oryg.b64url('hat', f.k * 10 + r, 32), oryg.u('hreq', f.k)::text, at, f.client, array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'),
       array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'), CASE WHEN r = 1 THEN oryg.form(f) ELSE 'grant_type=refresh_token' END, oryg.sdata(f, 'at', 2 + r), f.subject,
       r = 1 + f.k % 3, '', '', f.cc, oryg.nid(), at + CASE WHEN f.kind = 'tpp' THEN interval '5 minutes' ELSE interval '1 hour' END
FROM oryg.hf f CROSS JOIN generate_series(1, 3) r
CROSS JOIN LATERAL (SELECT f.t + interval '10 seconds' + make_interval(secs => (r - 1) * (3600 + fixture_gen.n('hatr', f.k * 10 + r, 86400))) AS at) x
WHERE f.st = 6 AND r <= 1 + f.k % 3
UNION ALL
SELECT oryg.b64url('hatc', k, 32), oryg.u('hreqc', k)::text, at, c.id, sc, sc, 'grant_type=client_credentials&scope=' || replace(replace(sc, '|', '+'), ':', '%3A'),
       jsonb_build_object('id_token', NULL, 'extra', '{}'::jsonb, 'kid', oryg.u('hkid', 7)::text, 'client_id', c.id, 'consent_challenge', '', 'exclude_not_before_claim', false, 'allowed_top_level_claims', '[]'::jsonb)::text,
       c.id, true, 'https://api.kontorpay.eu', 'https://api.kontorpay.eu', NULL, oryg.nid(), at + interval '15 minutes'
FROM generate_series(1, 40) k
JOIN oryg.cl c ON c.c = (ARRAY[7, 8, 9, 22])[1 + k % 4]
CROSS JOIN LATERAL (SELECT oryg.at('hatct', k, '2024-11-30 08:00', '2024-11-30 20:00') AS at,
                           CASE c.c WHEN 7 THEN 'ledger:write|ledger:read' WHEN 8 THEN 'identities:read|notifications:send' WHEN 9 THEN 'kyc:write' ELSE 'status:read' END AS sc) y
ORDER BY 3, 1;

INSERT INTO hydra.hydra_oauth2_refresh
SELECT oryg.b64url('hrt', f.k * 10 + r, 32), oryg.u('hreq', f.k)::text, at, f.client, array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'),
       array_to_string(ARRAY(SELECT jsonb_array_elements_text(f.scopes)), '|'), CASE WHEN r = 1 THEN oryg.form(f) ELSE 'grant_type=refresh_token' END, oryg.sdata(f, 'rt', 5 + r), f.subject,
       r = 1 + f.k % 3 AND f.k % 31 <> 0, '', '', f.cc, oryg.nid(), at + interval '90 days', oryg.b64url('hat', f.k * 10 + r, 32)
FROM oryg.hf f CROSS JOIN generate_series(1, 3) r
CROSS JOIN LATERAL (SELECT f.t + interval '10 seconds' + make_interval(secs => (r - 1) * (3600 + fixture_gen.n('hatr', f.k * 10 + r, 86400))) AS at) x
WHERE f.st = 6 AND r <= 1 + f.k % 3 AND f.scopes ? 'offline_access' AND f.client <> 'kontor-helpdesk'
ORDER BY at, 1;

CREATE TABLE hydra.hydra_oauth2_jti_blacklist (
  signature VARCHAR(64) NOT NULL,
  expires_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  PRIMARY KEY (signature, nid)
);
INSERT INTO hydra.hydra_oauth2_jti_blacklist (signature, expires_at, nid)
SELECT encode(sha256(convert_to('jti-' || oryg.u('hjti', k)::text, 'UTF8')), 'hex'), oryg.at('hjtie', k, '2024-11-30 20:00', '2024-12-01 20:00'), oryg.nid()
FROM generate_series(1, 36) k ORDER BY 2;

CREATE TABLE hydra.hydra_oauth2_trusted_jwt_bearer_issuer (
  id UUID NOT NULL PRIMARY KEY,
  issuer VARCHAR(255) NOT NULL,
  subject VARCHAR(255) NOT NULL,
  scope TEXT NOT NULL,
  key_set varchar(255) NOT NULL,
  key_id varchar(255) NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  nid UUID NOT NULL REFERENCES hydra.networks (id) ON UPDATE RESTRICT ON DELETE CASCADE,
  allow_any_subject BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX hydra_oauth2_trusted_jwt_bearer_issuer_nid_uq_idx ON hydra.hydra_oauth2_trusted_jwt_bearer_issuer (nid, key_id, issuer, subject);

-- Trust relationships: PSD2 aggregators may assert any subject; the
-- accounting partners and the tax office only their service accounts or
-- the person who set the export up.
INSERT INTO hydra.hydra_oauth2_trusted_jwt_bearer_issuer (id, issuer, subject, scope, key_set, key_id, created_at, expires_at, nid, allow_any_subject)
SELECT oryg.u('htrust', j.jid), j.issuer, j.subject, j.scope, j.key_set, j.key_id, j.created, j.created + interval '365 days', oryg.nid(), j.subject = ''
FROM (
  SELECT n * 10 + k AS jid, iss AS issuer, CASE WHEN iss LIKE '%openaggreg8%' OR iss LIKE '%bankfluss%' OR iss LIKE '%kontoblick%' THEN '' ELSE sub END AS subject,
         '["accounts:read","transactions:read"]' AS scope, 'trust-' || ks || '-' || k AS key_set, ks || '-key-' || k AS key_id,
         timestamp '2023-01-10 10:00:00' + make_interval(days => 37 * (k * 10 + n)) AS created
  FROM (VALUES (1, 'https://auth.openaggreg8.io', 'openaggreg8', ''),
               (2, 'https://sso.bankfluss.de', 'bankfluss', ''),
               (3, 'https://id.buchhalter-cloud.de', 'buchhalter-cloud', 'svc-kontor-sync@buchhalter-cloud.de'),
               (4, 'https://kontoblick.app', 'kontoblick', ''),
               (5, 'https://export.stb-brandt.de', 'stb-brandt', 'm.brandt@stb-brandt.de')) t(n, iss, ks, sub)
  CROSS JOIN generate_series(1, 3) k WHERE NOT (n = 5 AND k > 1)
  UNION ALL
  SELECT 100 + k, 'https://id.buchhalter-cloud.de', s, '["accounts:read","transactions:read","invoices:write"]', 'trust-buchhalter-cloud-3', 'buchhalter-cloud-key-3', timestamp '2024-03-01 09:00:00' + make_interval(days => k::int * 11)
  FROM unnest(ARRAY['kanzlei-weber@buchhalter-cloud.de', 'a.ivanova@buchhalter-cloud.de', 'svc-datev-bridge@buchhalter-cloud.de', 'jonas.kowalski@steuer-kowalski.de']) WITH ORDINALITY u(s, k)
) j ORDER BY j.created, j.jid;

-- ---------------------------------------------------------------------------
-- NOT Ory: Kontor's own service, in the schema "kontor".

CREATE SCHEMA kontor;

CREATE TABLE kontor.customers (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  identity_id uuid NOT NULL UNIQUE,
  customer_number text NOT NULL UNIQUE,
  legal_name text NOT NULL,
  date_of_birth date,
  nationality char(2),
  tax_id text,
  occupation text,
  monthly_income_band text,
  address_line1 text,
  address_line2 text,
  postal_code text,
  city text,
  country char(2) NOT NULL,
  kyc_status text NOT NULL DEFAULT 'pending',
  risk_rating text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

INSERT INTO kontor.customers (id, identity_id, customer_number, legal_name, date_of_birth, nationality, tax_id, occupation, monthly_income_band, address_line1, address_line2,
  postal_code, city, country, kyc_status, risk_rating, created_at, updated_at)
SELECT p.i, p.iid, 'K-' || lpad((100000 + p.i * 37)::text, 7, '0'),
       CASE WHEN p.i % 9 = 0 THEN p.first || ' ' || fixture_gen.first_name('cmid', p.i) || ' ' || p.last ELSE p.first || ' ' || p.last END,
       p.dob, CASE WHEN p.i % 6 = 0 THEN fixture_gen.pick(ARRAY['PL', 'TR', 'NG', 'IN', 'BR', 'IT', 'PT', 'UA'], 'cnat', p.i) ELSE p.country END,
       CASE WHEN p.i % 15 = 0 THEN NULL ELSE p.tax_id END, p.occupation,
       fixture_gen.pick(ARRAY['< 2,000 EUR', '2,000-4,000 EUR', '2,000-4,000 EUR', '4,000-7,000 EUR', '> 7,000 EUR'], 'cinc', p.i),
       p.street,
       CASE WHEN p.i % 10 = 0 THEN 'c/o ' || fixture_gen.full_name('cco', p.i) WHEN p.i % 10 = 3 AND p.country = 'DE' THEN 'Hinterhaus, 3. OG' WHEN p.i % 10 = 5 THEN '' ELSE NULL END,
       p.postcode, p.city, p.country,
       CASE WHEN p.i % 15 = 0 THEN 'pending' WHEN p.i % 29 = 0 THEN 'rejected' WHEN p.i % 21 = 0 THEN 'review' ELSE 'approved' END,
       CASE WHEN fixture_gen.n('irs', p.i, 100) > 85 THEN 'high' WHEN fixture_gen.n('irs', p.i, 100) > 55 THEN 'medium' ELSE 'low' END,
       p.created + interval '4 minutes', oryg.at('cup', p.i, p.created + interval '1 day', '2024-11-30')
FROM oryg.p p ORDER BY p.i;

CREATE TABLE kontor.kyc_checks (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES kontor.customers (id),
  provider text NOT NULL,
  provider_ref text NOT NULL,
  document_type text,
  document_number text,
  result text NOT NULL,
  payload jsonb,
  reviewer text,
  review_note text,
  created_at timestamptz NOT NULL
);

INSERT INTO kontor.kyc_checks (customer_id, provider, provider_ref, document_type, document_number, result, payload, reviewer, review_note, created_at)
SELECT c.id, prov, ref, dt, dn, res,
       CASE WHEN prov = 'idnow' THEN jsonb_build_object('identificationprocess', jsonb_build_object('result', CASE res WHEN 'clear' THEN 'SUCCESS' WHEN 'consider' THEN 'REVIEW_PENDING' ELSE 'FRAUD_SUSPICION_CONFIRMED' END, 'id', ref, 'transactionnumber', oryg.u('kyctx', k)::text),
                                                 'userdata', jsonb_build_object('firstname', jsonb_build_object('value', p.first, 'status', 'MATCH'), 'lastname', jsonb_build_object('value', p.last, 'status', 'MATCH'),
                                                                                'birthday', jsonb_build_object('value', p.dob::text, 'status', 'MATCH'), 'nationality', jsonb_build_object('value', c.nationality),
                                                                                'address', jsonb_build_object('street', p.street, 'zipcode', p.postcode, 'city', p.city, 'country', p.country)),
                                                 'identificationdocument', jsonb_build_object('type', jsonb_build_object('value', upper(dt)), 'number', jsonb_build_object('value', dn), 'validuntil', jsonb_build_object('value', (date '2026-01-01' + fixture_gen.n('kycv', k, 3000))::text)))
            ELSE jsonb_build_object('applicant_id', ref, 'status', 'complete', 'result', res, 'breakdown', jsonb_build_object('document', jsonb_build_object('result', res), 'facial_similarity_photo', jsonb_build_object('result', CASE WHEN k % 11 = 0 THEN 'consider' ELSE 'clear' END)),
                                    'properties', jsonb_build_object('first_name', p.first, 'last_name', p.last, 'date_of_birth', p.dob::text, 'document_numbers', jsonb_build_array(jsonb_build_object('type', 'document_number', 'value', dn)),
                                                                     'issuing_country', CASE p.country WHEN 'DE' THEN 'DEU' WHEN 'FR' THEN 'FRA' WHEN 'NL' THEN 'NLD' ELSE 'ESP' END)) END,
       CASE WHEN res <> 'clear' THEN (SELECT email FROM oryg.s WHERE s.i = 1003 + (k % 2) * 4) END,
       CASE WHEN res = 'consider' THEN fixture_gen.pick(ARRAY['Selfie blurry, asked customer to repeat the video call.', 'Address on ID differs from the one entered (moved recently), accepted with a utility bill.',
                                                               'Name mismatch: ID shows the maiden name ' || fixture_gen.last_name('kycm', k) || ', married name in the app. Accepted with marriage certificate.',
                                                               'Document expires in 3 weeks, customer informed.', 'PEP hit on a namesake, cleared after checking the date of birth.'], 'kycn', k)
            WHEN res = 'rejected' THEN fixture_gen.pick(ARRAY['Photo of a photo. Rejected, no second attempt offered.', 'Document reported lost in the SIS database.', 'Customer refused to show the back of the ID card.'], 'kycn', k) END,
       c.created_at + make_interval(mins => 10 + a * 1440)
FROM generate_series(1, 2) a
JOIN kontor.customers c ON a = 1 OR c.id % 4 = 0
JOIN oryg.p p ON p.i = c.id
CROSS JOIN LATERAL (SELECT c.id * 10 + a AS k) kk
CROSS JOIN LATERAL (SELECT CASE WHEN c.created_at < '2023-05-01' THEN 'idnow' ELSE 'onfido' END AS prov,
                           CASE WHEN a = 2 THEN 'consider' WHEN c.kyc_status = 'rejected' THEN 'rejected' WHEN c.kyc_status = 'review' THEN 'consider' ELSE 'clear' END AS res,
                           CASE WHEN c.id % 5 = 0 THEN 'passport' WHEN c.id % 11 = 0 THEN 'residence_permit' ELSE 'id_card' END AS dt) x
CROSS JOIN LATERAL (SELECT CASE WHEN x.prov = 'idnow' THEN 'KPY-' || upper(oryg.rnd('iidn', c.id, 6)) ELSE oryg.u('onfido', k)::text END AS ref,
                           CASE p.country WHEN 'DE' THEN fixture_gen.chars('kdoc', k, 1, 'CFGHJKLMNPRTVWXYZ') || fixture_gen.chars('kdoc2', k, 8, 'CFGHJKLMNPRTVWXYZ0123456789')
                                          WHEN 'FR' THEN fixture_gen.digits('kdoc', k, 2) || fixture_gen.chars('kdoc2', k, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') || fixture_gen.digits('kdoc3', k, 5)
                                          WHEN 'NL' THEN fixture_gen.chars('kdoc', k, 2, 'BCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.chars('kdoc2', k, 6, 'BCDEFGHJKLMNPRSTUVWXYZ0123456789') || fixture_gen.digits('kdoc3', k, 1)
                                          ELSE CASE WHEN x.dt = 'id_card' THEN oryg.es_nif('kdoc', k) ELSE 'PA' || fixture_gen.digits('kdoc', k, 7) END END AS dn) y
ORDER BY c.created_at + make_interval(mins => 10 + a * 1440), c.id;

CREATE TABLE kontor.bank_accounts (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES kontor.customers (id),
  iban text NOT NULL UNIQUE,
  bic text NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  nickname text,
  balance_minor bigint NOT NULL DEFAULT 0,
  opened_at timestamptz NOT NULL
);

INSERT INTO kontor.bank_accounts (customer_id, iban, bic, currency, nickname, balance_minor, opened_at)
SELECT c.id, CASE WHEN a = 1 THEN p.iban ELSE fixture_gen.iban('DE', '11010100' || fixture_gen.digits('bib' || a, c.id, 10)) END, 'SOBKDEB2XXX', 'EUR',
       CASE WHEN a = 1 THEN CASE WHEN c.id % 4 = 0 THEN NULL ELSE fixture_gen.pick(CASE p.country WHEN 'DE' THEN ARRAY['Hauptkonto', 'Geschäftskonto', 'Main'] WHEN 'FR' THEN ARRAY['Compte pro', 'Principal'] WHEN 'NL' THEN ARRAY['Zakelijk', 'Main'] ELSE ARRAY['Cuenta principal', 'Negocio'] END, 'bnn', c.id) END
            ELSE fixture_gen.pick(ARRAY['Steuerrücklage', 'Tax pot', 'Umsatzsteuer', 'Urlaub 2025', 'Konto für ' || fixture_gen.first_name('bkid', c.id * a), 'Miete Atelier', 'Réserve TVA',
                                        'Cuenta de ' || fixture_gen.first_name('bkid', c.id * a), 'Spaarpot', 'Savings', 'Rücklage Krankenversicherung', 'Pocket money ' || fixture_gen.first_name('bkid', c.id * a) || ' & ' || fixture_gen.first_name('bkid2', c.id * a)], 'bnn', c.id * a) END,
       (fixture_gen.n('bbal', c.id * 10 + a, 2500000) - CASE WHEN a = 1 THEN 200000 ELSE 0 END)::bigint, c.created_at + make_interval(days => (a - 1) * (10 + c.id::int % 200))
FROM kontor.customers c JOIN oryg.p p ON p.i = c.id CROSS JOIN generate_series(1, 3) a
WHERE c.kyc_status IN ('approved', 'review') AND (a = 1 OR (a = 2 AND c.id % 3 = 0) OR (a = 3 AND c.id % 8 = 0))
ORDER BY c.created_at + make_interval(days => (a - 1) * (10 + c.id::int % 200)), c.id;

CREATE TABLE kontor.transactions (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES kontor.bank_accounts (id),
  amount_minor bigint NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  counterparty text,
  counterparty_iban text,
  remittance text,
  mcc char(4),
  booked_at timestamptz NOT NULL,
  status text NOT NULL,
  end_to_end_id text
);

INSERT INTO kontor.transactions (account_id, amount_minor, currency, counterparty, counterparty_iban, remittance, mcc, booked_at, status, end_to_end_id)
SELECT ba.id,
       CASE kind WHEN 'in' THEN 20000 + fixture_gen.n('tamt', k, 600000) WHEN 'card' THEN -(300 + fixture_gen.n('tamt', k, 30000)) ELSE -(5000 + fixture_gen.n('tamt', k, 200000)) END,
       'EUR',
       CASE kind WHEN 'card' THEN merchant
                 WHEN 'in' THEN CASE WHEN k % 3 = 0 THEN fixture_gen.full_name('tcp', k) ELSE fixture_gen.pick(ARRAY['Studio Nord GmbH', 'Agence Lumière SARL', 'Bureau Vos B.V.', 'Hoffmann & Söhne KG', 'Editorial Sur S.L.', 'Pixelwerk UG', 'Brasserie du Port', 'Stichting Open Kaart'], 'tco', k) END
                 ELSE CASE WHEN k % 4 = 0 THEN fixture_gen.full_name('tcp', k) WHEN k % 4 = 1 THEN fixture_gen.pick(ARRAY['Finanzamt Berlin-Mitte/Tiergarten', 'Finanzamt Hamburg-Altona', 'DGFiP Paris', 'Belastingdienst', 'Agencia Tributaria'], 'tfa', k)
                           ELSE fixture_gen.pick(ARRAY['Techniker Krankenkasse', 'Vattenfall Europe Sales GmbH', 'Coworking Kiez eG', 'URSSAF Île-de-France', 'Hausverwaltung Krüger GmbH'], 'tcr', k) END END,
       CASE WHEN kind = 'card' THEN NULL ELSE fixture_gen.iban_for('tcib', k) END,
       CASE kind
         WHEN 'card' THEN NULL
         WHEN 'in' THEN fixture_gen.pick(ARRAY['Rechnung ' || (2024)::text || '-' || (100 + k % 200)::text, 'Invoice INV-' || lpad((k % 999)::text, 4, '0') || ' website redesign', 'Facture F' || (k % 900)::text || ' traduction',
                                               'Honorar Fotoshooting Hochzeit ' || fixture_gen.last_name('trl', k) || '/' || fixture_gen.last_name('trl2', k), 'Factuur ' || (k % 700)::text, 'Anzahlung Projekt Relaunch',
                                               'Reembolso gastos viaje Madrid', 'Yoga Kurs Oktober - ' || fixture_gen.full_name('trn', k), ''], 'trem', k)
         ELSE fixture_gen.pick(ARRAY['Miete November Atelier', 'ESt-Vorauszahlung Q4 2024 Steuer-Nr. ' || fixture_gen.digits('tstn', k, 2) || '/' || fixture_gen.digits('tstn2', k, 3) || '/' || fixture_gen.digits('tstn3', k, 5),
                                     'Beitrag 11/2024 Versichertennr. ' || fixture_gen.chars('tkv', k, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') || fixture_gen.digits('tkv', k, 9), 'Rückzahlung Darlehen an ' || fixture_gen.first_name('trp', k),
                                     'Abschlag Strom', 'Cotisations trimestrielles', 'Coworking Desk November', 'Geburtstagsgeschenk für Mama', NULL], 'trem', k) END,
       CASE WHEN kind = 'card' THEN mcc END,
       bt, CASE WHEN bt > '2024-11-29' THEN 'pending' WHEN k % 41 = 0 THEN 'returned' ELSE 'booked' END,
       CASE WHEN kind = 'card' THEN NULL WHEN k % 3 = 0 THEN 'NOTPROVIDED' ELSE upper(oryg.rnd('te2e', k, 20)) END
FROM generate_series(1, 640) k
JOIN kontor.bank_accounts ba ON ba.id = 1 + fixture_gen.n('tacc', k, (SELECT count(*)::int FROM kontor.bank_accounts))
CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 IN (0, 1) THEN 'in' WHEN k % 5 IN (2, 3) THEN 'card' ELSE 'out' END AS kind,
                           oryg.at('tbk', k, '2024-06-01', '2024-11-30 20:00') AS bt,
                           (ARRAY['REWE SAGT DANKE 4402', 'DB Vertrieb GmbH', 'ADOBE *CREATIVE CLOUD', 'AMZN Mktp DE', 'SNCF CONNECT', 'ALBERT HEIJN 1403', 'MERCADONA VALENCIA', 'Apple.com/bill', 'SHELL 5321', 'Notion Labs'])[1 + fixture_gen.n('tmer', k, 10)] AS merchant,
                           (ARRAY['5411', '4112', '5734', '5999', '4112', '5411', '5411', '5818', '5541', '5734'])[1 + fixture_gen.n('tmer', k, 10)] AS mcc) x
ORDER BY x.bt, k;

CREATE TABLE kontor.support_notes (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES kontor.customers (id),
  author text NOT NULL,
  body text NOT NULL,
  channel text NOT NULL,
  created_at timestamptz NOT NULL
);

INSERT INTO kontor.support_notes (customer_id, author, body, channel, created_at)
SELECT c.id, s.first || ' ' || s.last,
       fixture_gen.pick(ARRAY[
         'Customer called: card blocked after three wrong PINs. Identity confirmed with date of birth and last transaction, card unblocked.',
         'Chat: asked whether Apple Pay works with the card in the Netherlands. Yes, sent the help article.',
         'Kundin bittet um Kontoauszüge Q1-Q3 für ihre Steuerberaterin ' || fixture_gen.full_name('snsb', k) || ', sollen direkt an die Kanzlei gehen. Abgelehnt, nur an Kontoinhaberin.',
         'Lost phone, 2FA reset requested. Video ident repeated, TOTP removed, new session forced. Customer now at ' || fixture_gen.phone('snph', k) || ' until the SIM is replaced.',
         'Asked how to export transactions to DATEV. Explained the Buchhalter Cloud connection.',
         'Incoming transfer of ' || (1000 + k % 9000)::text || ' EUR from ' || fixture_gen.full_name('snpy', k) || ' returned (name mismatch). Customer will ask the payer to resend.',
         'Complaint about the monthly fee after the plan change. Refunded one month as goodwill.',
         'Moved to ' || fixture_gen.street('snst', k) || ', ' || fixture_gen.city('snst', k) || '. Address changed after proof of address.',
         'Customer asked about the new instant SEPA limits. No personal issue.',
         'Customer reports a card payment she did not make (SHELL 5321). Card frozen, chargeback form sent.',
         'Wants to add her business partner ' || fixture_gen.full_name('snbp', k) || ' as a second card holder. Team plan needed, sent the offer.',
         'Verification e-mail never arrived: typo in the address at sign-up, corrected after ID check.'], 'snb', k),
       fixture_gen.pick(ARRAY['phone', 'chat', 'email', 'chat'], 'snch', k),
       oryg.at('snt', k, '2024-03-01', '2024-11-30 20:00')
FROM generate_series(1, 150) k
JOIN kontor.customers c ON c.id = 1 + fixture_gen.n('snc', k, 240)
JOIN oryg.s s ON s.i = (ARRAY[1004, 1005, 1006, 1011, 1003])[1 + fixture_gen.n('sna', k, 5)]
ORDER BY oryg.at('snt', k, '2024-03-01', '2024-11-30 20:00'), k;

CREATE TABLE kontor.audit_events (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  actor text NOT NULL,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  ip inet,
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL
);

INSERT INTO kontor.audit_events (actor, action, subject_type, subject_id, ip, changes, created_at)
SELECT CASE WHEN k % 3 = 0 THEN s.email WHEN k % 3 = 1 THEN 'identity:' || p.iid ELSE 'system:' || fixture_gen.pick(ARRAY['kyc-webhook', 'ledger', 'scheduler'], 'aesys', k) END,
       act.a, act.st,
       CASE act.st WHEN 'customer' THEN c.id::text WHEN 'identity' THEN p.iid::text WHEN 'bank_account' THEN coalesce((SELECT min(id) FROM kontor.bank_accounts b WHERE b.customer_id = c.id), 0)::text ELSE (c.id * 10 + 1)::text END,
       CASE WHEN k % 3 = 2 THEN NULL ELSE fixture_gen.ipv4('aeip', k)::inet END,
       CASE act.a
         WHEN 'customer.address_changed' THEN jsonb_build_object('address_line1', jsonb_build_object('old', fixture_gen.street('aeold', k), 'new', p.street), 'postal_code', jsonb_build_object('old', fixture_gen.postcode('aeold', k), 'new', p.postcode))
         WHEN 'identity.email_changed' THEN jsonb_build_object('traits.email', jsonb_build_object('old', fixture_gen.email('aeoe', k), 'new', lower(p.email)))
         WHEN 'identity.phone_changed' THEN jsonb_build_object('traits.phone', jsonb_build_object('old', fixture_gen.phone('aeop', k), 'new', p.phone))
         WHEN 'kyc.status_changed' THEN jsonb_build_object('kyc_status', jsonb_build_object('old', 'pending', 'new', c.kyc_status))
         WHEN 'bank_account.limit_changed' THEN jsonb_build_object('daily_limit_minor', jsonb_build_object('old', 200000, 'new', 500000))
         WHEN 'card.frozen' THEN jsonb_build_object('reason', 'customer_request')
         ELSE '{}'::jsonb END,
       oryg.at('aet', k, '2024-05-01', '2024-11-30 20:00')
FROM generate_series(1, 380) k
JOIN kontor.customers c ON c.id = 1 + fixture_gen.n('aec', k, 240)
JOIN oryg.p p ON p.i = c.id
JOIN oryg.s s ON s.i = 1001 + k % 12
CROSS JOIN LATERAL (SELECT (ARRAY['customer.address_changed', 'identity.email_changed', 'identity.phone_changed', 'kyc.status_changed', 'bank_account.limit_changed', 'card.frozen', 'identity.sessions_revoked', 'customer.viewed'])[1 + fixture_gen.n('aea', k, 8)] AS a) a0
CROSS JOIN LATERAL (SELECT a0.a, CASE split_part(a0.a, '.', 1) WHEN 'customer' THEN 'customer' WHEN 'identity' THEN 'identity' WHEN 'kyc' THEN 'customer' WHEN 'bank_account' THEN 'bank_account' ELSE 'card' END AS st) act
ORDER BY oryg.at('aet', k, '2024-05-01', '2024-11-30 20:00'), k;

CREATE TABLE kontor.settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL
);

INSERT INTO kontor.settings (key, value, updated_at) VALUES
 ('kratos.public_url', 'https://auth.kontorpay.eu', '2022-02-14 10:00:00+00'),
 ('kratos.admin_url', 'http://kratos-admin.ory.svc.cluster.local:4434', '2022-02-14 10:00:00+00'),
 ('hydra.admin_url', 'http://hydra-admin.ory.svc.cluster.local:4445', '2022-02-14 10:00:00+00'),
 ('kratos.webhook.after_registration.api_key', oryg.rnd('setwh', 1, 40), '2024-02-01 09:00:00+00'),
 ('smtp.host', 'smtp.eu.mailprovider.net', '2023-05-10 12:00:00+00'),
 ('smtp.username', 'postmaster@mg.kontorpay.eu', '2023-05-10 12:00:00+00'),
 ('smtp.password', oryg.rnd('setsmtp', 1, 32), '2024-08-12 07:30:00+00'),
 ('sms.twilio.account_sid', 'AC' || oryg.hex('settw', 1, 32), '2022-03-02 11:00:00+00'),
 ('sms.twilio.auth_token', oryg.hex('settw', 2, 32), '2024-08-12 07:31:00+00'),
 ('sms.sender', 'Kontor', '2022-03-02 11:00:00+00'),
 ('baas.client_id', 'kontor-prod-' || oryg.hex('setbc', 1, 8), '2022-02-20 09:00:00+00'),
 ('baas.client_secret', oryg.b64url('setbs', 1, 48), '2024-09-30 16:00:00+00'),
 ('onfido.api_token', 'api_' || 'live_' || oryg.b64url('setonf', 1, 30), '2023-05-01 10:00:00+00'),
 ('alerts.slack_webhook', 'https://hooks.slack.com/' || 'services/T' || upper(oryg.rnd('setsl', 1, 8)) || '/B' || upper(oryg.rnd('setsl', 2, 10)) || '/' || oryg.rnd('setsl', 3, 24), '2023-11-20 14:00:00+00'),
 ('feature.instant_sepa', 'true', '2024-10-09 08:00:00+00'),
 ('feature.passkeys', 'false', '2024-11-04 08:00:00+00'),
 ('feature.team_accounts', 'true', '2023-06-01 08:00:00+00'),
 ('support.phone_public', '+49 30 5683 2200', '2022-02-14 10:00:00+00'),
 ('support.email_public', 'support@kontorpay.eu', '2022-02-14 10:00:00+00'),
 ('limits.default_daily_minor', '500000', '2024-01-15 08:00:00+00'),
 ('kyc.provider', 'onfido', '2023-05-01 10:00:00+00'),
 ('legal.imprint_address', 'Kontor Pay GmbH, Chausseestraße 86, 10115 Berlin', '2022-02-14 10:00:00+00'),
 ('oauth.partner_review_contact', 'amara.okafor@kontorpay.eu', '2023-09-01 09:00:00+00'),
 ('session.browser_lifespan', '12h', '2022-02-14 10:00:00+00');

SELECT fixture_gen.reset_sequences('kontor');

SET client_min_messages = warning;
DROP SCHEMA oryg CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
