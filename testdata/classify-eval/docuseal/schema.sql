-- classify-eval fixture (HOLDOUT 47: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted DocuSeal document-signing service on PostgreSQL in the naming
-- its Rails migrations create (plural snake_case tables, bigint ids,
-- timestamp(6) created_at/updated_at, string slugs and uuids, JSON
-- serialized into text columns: template fields, submitters' values,
-- preferences, metadata and event data; Active Record encryption's JSON
-- envelopes in encrypted columns; Devise and Doorkeeper columns;
-- polymorphic record_type/record_id pairs; key/value config tables;
-- console1984's audit tables; Rails' own schema_migrations and
-- ar_internal_metadata), its tables with their real columns and types.
--
-- The instance is sign.kestrelpm.co.uk, run by Kestrel Property Management
-- Ltd, a lettings and block-management firm in Leeds. Account 1 is the
-- lettings business, account 2 its linked testing account, account 3 the
-- block-management arm. Its staff send assured shorthold tenancies (some
-- uploaded per tenancy, named after the flat and its tenants), guarantor
-- agreements, inventories, renewals, pet addenda, holding-deposit and
-- right-to-rent forms to tenants and applicants (students and
-- professionals of many nationalities), management agreements and
-- non-resident-landlord forms to landlords, services agreements and key
-- release forms to contractors, and leaseholder forms to flat owners.
-- DocuSeal keeps: users (staff, the integration user, leavers) with bcrypt
-- hashes, Devise reset and unlock token digests, OTP secrets and sign-in
-- IPs; API access tokens (encrypted, with their SHA-256); Doorkeeper's
-- OAuth applications, grants and tokens; encrypted account settings (SMTP,
-- S3 storage, signing certificates) and per-user encrypted settings;
-- account settings with email templates signed by staff and BCC
-- addresses; templates whose fields carry default values (landlords'
-- names, the flat's address) and whose submitters may be named people;
-- submissions copying the template, with custom messages and variables;
-- submitters with emails, names, phones, IPs, user agents and the values
-- they typed (dates of birth, NI and passport numbers, employers, incomes,
-- bank details, previous addresses); submission events with IPs, user
-- agents and session ids; email events with signing links and bounce
-- texts; custom email messages; Active Storage blobs named after tenants;
-- webhook URLs and secrets (encrypted), webhook events and the receivers'
-- responses; the search index as tsvectors; console1984 sessions with
-- typed reasons and the Ruby statements run in production.
--
-- NOT DocuSeal: the firm's own tables, in the schema "lettings" (same
-- naming: plural snake_case, bigint ids): staff, landlords with bank
-- details and tax references, properties, tenants with NI numbers, dates
-- of birth and right-to-rent share codes, guarantors, tenancies, rent
-- payments, referencing reports, contractors, work orders with access
-- notes, inspections, public listings, viewing requests from the website,
-- the log of DocuSeal webhooks it receives, and the credentials of its
-- integrations. DocuSeal alone holds 308 columns; these bring the fixture
-- past 400. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA dsgen;

-- b58: SecureRandom.base58 (DocuSeal's slugs and API tokens).
CREATE FUNCTION dsgen.b58(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') $$;

-- b64url: URL-safe unpadded base64 (Doorkeeper's tokens).
CREATE FUNCTION dsgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time between two instants, with microseconds, as Rails writes it.
CREATE FUNCTION dsgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
             + make_interval(secs => fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0))::timestamp(6)
$$;

-- arenc: an Active Record encryption envelope ({"p": ciphertext, "h": {iv, at}}).
CREATE FUNCTION dsgen.arenc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"p":"' || fixture_gen.b64(tag, i, len) || '","h":{"iv":"' || fixture_gen.b64(tag || 'iv', i, 12) || '","at":"' || fixture_gen.b64(tag || 'at', i, 16) || '"}}'
$$;

-- mob: a UK mobile in the shapes people type it.
CREATE FUNCTION dsgen.mob(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 3)
    WHEN 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 1 THEN '+447' || fixture_gen.digits(tag, i, 9)
    ELSE '07' || fixture_gen.digits(tag, i, 9) END
$$;

-- ua: browsers and mail clients of people signing on phones and laptops.
CREATE FUNCTION dsgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Linux; Android 13; Pixel 6a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/311.0.621065966 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36 OPR/80.4.4244.7786',
    'Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'], tag, i)
$$;

-- pc: a Leeds postcode of the areas the firm lets in.
CREATE FUNCTION dsgen.pc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['LS6', 'LS6', 'LS6', 'LS4', 'LS7', 'LS8', 'LS2', 'LS11', 'LS12', 'LS3'], tag, i) || ' '
      || (1 + fixture_gen.n(tag || 'd', i, 9))::text || fixture_gen.chars(tag || 'u', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
$$;

-- The firm's staff (DocuSeal users 1-18, by id).
CREATE TABLE dsgen.staff (i int PRIMARY KEY, first text, last text, email text, title text, account int, role text, ddi text);
INSERT INTO dsgen.staff VALUES
 (1, 'Priya', 'Sharma', 'priya.sharma@kestrelpm.co.uk', 'Lettings Manager', 1, 'admin', '0113 496 0142'),
 (2, 'Tom', 'Whitaker', 'tom@kestrelpm.co.uk', 'Director', 1, 'admin', '0113 496 0100'),
 (3, 'Aoife', 'Murphy', 'aoife.murphy@kestrelpm.co.uk', 'Senior Property Manager', 1, 'editor', '0113 496 0151'),
 (4, 'Kwame', 'Mensah', 'kwame.mensah@kestrelpm.co.uk', 'Property Manager', 1, 'editor', '0113 496 0153'),
 (5, 'Zofia', 'Nowak', 'zofia.nowak@kestrelpm.co.uk', 'Lettings Negotiator', 1, 'editor', '0113 496 0160'),
 (6, 'Daniel', 'Hughes', 'daniel.hughes@kestrelpm.co.uk', 'Lettings Negotiator', 1, 'editor', '0113 496 0161'),
 (7, 'Hannah', 'Johansson', 'accounts@kestrelpm.co.uk', 'Client Accounts', 1, 'viewer', '0113 496 0170'),
 (8, 'Omar', 'Haddad', 'omar.haddad@kestrelpm.co.uk', 'Maintenance Coordinator', 1, 'editor', '0113 496 0155'),
 (9, 'Mei', 'Wang', 'mei.wang@kestrelpm.co.uk', 'Compliance Officer', 1, 'editor', '0113 496 0158'),
 (10, 'Gareth', 'Pryce', 'gareth.pryce@kestrelpm.co.uk', 'Block Manager', 3, 'admin', '0113 496 0180'),
 (11, 'Leila', 'Benali', 'leila.benali@kestrelpm.co.uk', 'Block Management Assistant', 3, 'editor', '0113 496 0181'),
 (12, 'Dmitri', 'Petrov', 'dmitri@petrov-it.co.uk', 'IT contractor', 1, 'admin', NULL),
 (13, 'Sophie', 'Clarke', 'sophie.clarke@kestrelpm.co.uk', 'Lettings Negotiator', 1, 'editor', NULL),
 (14, 'Arjun', 'Reddy', 'arjun.reddy@kestrelpm.co.uk', 'Property Manager', 1, 'editor', '0113 496 0154'),
 (15, 'Chloé', 'Dubois', 'chloe.dubois@kestrelpm.co.uk', 'Lettings Administrator', 1, 'editor', '0113 496 0163'),
 (16, 'Lettings', 'Integration', 'integration@kestrelpm.co.uk', 'Service account', 1, 'integration', NULL),
 (17, 'QA', 'Kestrel', 'qa+docuseal@kestrelpm.co.uk', 'Testing', 2, 'admin', NULL),
 (18, 'Ngozi', 'Adeyemi', 'ngozi.adeyemi@kestrelpm.co.uk', 'Lettings Negotiator', 1, 'editor', '0113 496 0164');

-- Tenants and applicants: students and young professionals of many
-- nationalities, most in Leeds.
CREATE TABLE dsgen.ten (i int PRIMARY KEY, first text, last text, full_name text, email text, phone text, dob date, nat text, ni text, passport text,
  sharecode text, employer text, income int, prev text, prev_city text, prev_pc text, emerg text);
INSERT INTO dsgen.ten
SELECT i, f, l, f || ' ' || l,
       CASE fixture_gen.n('tem', i, 5)
         WHEN 0 THEN lower(substr(fixture_gen.ascii(f), 1, 2) || fixture_gen.ascii(l)) || (20 + i % 5)::text || '@leeds.ac.uk'
         WHEN 1 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@student.leedsbeckett.ac.uk'
         ELSE fixture_gen.ascii(f) || CASE WHEN i % 2 = 0 THEN '.' ELSE '_' END || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@'
              || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'yahoo.com', 'proton.me', 'qq.com', 'live.co.uk'], 'ted', i) END,
       CASE WHEN fixture_gen.n('tph', i, 8) = 0 THEN fixture_gen.phone('tph', i) ELSE dsgen.mob('tmo', i) END,
       date '1968-01-01' + fixture_gen.n('tdob', i, 365 * 38),
       nat,
       CASE WHEN nat = 'British' OR fixture_gen.n('tni', i, 3) = 0 THEN fixture_gen.nino('tni', i) END,
       CASE WHEN nat <> 'British' THEN fixture_gen.chars('tpp', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('tpp', i, 7) ELSE fixture_gen.digits('tpp', i, 9) END,
       CASE WHEN nat <> 'British' THEN fixture_gen.chars('tsc', i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || ' ' || fixture_gen.chars('tsc2', i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || ' ' || fixture_gen.chars('tsc3', i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') END,
       CASE WHEN fixture_gen.n('tst', i, 5) < 2 THEN NULL ELSE fixture_gen.pick(ARRAY['Leeds Teaching Hospitals NHS Trust', 'Sky Betting & Gaming', 'Asda Stores Ltd', 'NHS Digital', 'Arup', 'Leeds City Council',
         'BJSS Ltd', 'Channel 4', 'Deloitte LLP', 'KPMG LLP', 'University of Leeds', 'First Direct', 'Yorkshire Water', 'Self-employed (photographer)', 'Self-employed (tutor)'], 'temp', i) END,
       CASE WHEN fixture_gen.n('tst', i, 5) < 2 THEN NULL ELSE 19000 + 500 * fixture_gen.n('tinc', i, 80) END,
       fixture_gen.street('tpa', i), fixture_gen.city('tpa', i), fixture_gen.postcode('tpa', i),
       fixture_gen.full_name('tec', i) || ' (' || fixture_gen.pick(ARRAY['mother', 'father', 'partner', 'sister', 'brother', 'aunt', 'friend'], 'tecr', i) || ') ' || fixture_gen.phone('tecp', i)
FROM generate_series(1, 200) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('tf', i) AS f, fixture_gen.last_name('tl', i) AS l,
  fixture_gen.pick(ARRAY['British', 'British', 'British', 'British', 'Irish', 'Indian', 'Chinese', 'Nigerian', 'Polish', 'Spanish', 'Italian', 'Turkish', 'Ghanaian', 'Malaysian', 'Pakistani', 'French', 'German', 'Brazilian'], 'tnat', i) AS nat) x;

-- Guarantors (mostly parents), one per tenant who needed one.
CREATE TABLE dsgen.gua (i int PRIMARY KEY, tenant int, full_name text, rel text, email text, phone text, addr text, city text, pc text, dob date, employer text, income int);
INSERT INTO dsgen.gua
SELECT g, 1 + (g * 13) % 200, fixture_gen.first_name('gf', g) || ' ' || t.last,
       fixture_gen.pick(ARRAY['mother', 'father', 'father', 'mother', 'uncle', 'step-father', 'grandmother'], 'grel', g),
       fixture_gen.email('gem', g), fixture_gen.phone('gph', g), fixture_gen.street('gad', g), fixture_gen.city('gad', g), fixture_gen.postcode('gad', g),
       date '1955-01-01' + fixture_gen.n('gdob', g, 365 * 20),
       fixture_gen.pick(ARRAY['Retired', 'Self-employed', 'Tesco plc', 'Ministry of Defence', 'Siemens AG', 'Tata Consultancy Services', 'Banco Santander', 'Royal Mail', 'HSBC UK', 'Turkish Airlines'], 'gemp', g),
       28000 + 1000 * fixture_gen.n('ginc', g, 90)
FROM generate_series(1, 60) g JOIN dsgen.ten t ON t.i = 1 + (g * 13) % 200;

-- Landlords: individuals (some abroad), couples and small companies.
CREATE TABLE dsgen.ll (i int PRIMARY KEY, full_name text, company text, email text, phone text, addr text, city text, pc text, acct_name text, acct text, sort text, utr text, abroad boolean);
INSERT INTO dsgen.ll
SELECT i, n, CASE WHEN i % 6 = 0 THEN fixture_gen.last_name('lll', i) || ' Property Holdings Ltd' WHEN i % 11 = 0 THEN 'Aire Valley Residential Ltd' END,
       CASE WHEN i % 6 = 0 THEN 'lettings@' || fixture_gen.ascii(fixture_gen.last_name('lll', i)) || 'properties.co.uk' ELSE fixture_gen.email('lle', i) END,
       CASE WHEN i % 5 = 0 THEN fixture_gen.phone('llp', i) ELSE dsgen.mob('llm', i) END,
       fixture_gen.street('lla', i), fixture_gen.city('lla', i), fixture_gen.postcode('lla', i),
       CASE WHEN i % 6 = 0 THEN fixture_gen.last_name('lll', i) || ' Property Holdings Ltd' WHEN i % 4 = 0 THEN 'MR & MRS ' || upper(fixture_gen.last_name('lll', i)) ELSE upper(n) END,
       fixture_gen.digits('llac', i, 8),
       lpad(fixture_gen.n('llsc', i, 99)::text, 2, '0') || '-' || lpad(fixture_gen.n('llsc2', i, 99)::text, 2, '0') || '-' || lpad(fixture_gen.n('llsc3', i, 99)::text, 2, '0'),
       fixture_gen.digits('llutr', i, 10), i % 7 = 3
FROM generate_series(1, 30) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('llf', i) || ' ' || fixture_gen.last_name('lll', i) AS n) x;

-- Contractors: sole traders and small firms.
CREATE TABLE dsgen.con (i int PRIMARY KEY, contact text, trading text, trade text, email text, phone text, gassafe text, vat text, acct text, sort text, rate int, insurer text);
INSERT INTO dsgen.con
SELECT i, c, CASE WHEN i % 3 = 0 THEN split_part(c, ' ', 2) || ' & Sons ' || tr ELSE substr(c, 1, 1) || '. ' || split_part(c, ' ', 2) || ' ' || tr END,
       tr, CASE WHEN i % 3 = 0 THEN 'office@' || fixture_gen.ascii(split_part(c, ' ', 2)) || 'andsons.co.uk' ELSE fixture_gen.email('coe', i) END,
       dsgen.mob('com', i),
       CASE WHEN tr IN ('Plumbing & Heating', 'Gas Services') THEN fixture_gen.digits('cogs', i, 6) END,
       CASE WHEN i % 2 = 0 THEN 'GB' || fixture_gen.digits('covat', i, 9) END,
       fixture_gen.digits('coac', i, 8), '40-' || lpad(fixture_gen.n('cos', i, 99)::text, 2, '0') || '-' || lpad(fixture_gen.n('cos2', i, 99)::text, 2, '0'),
       28 + fixture_gen.n('cor', i, 40),
       fixture_gen.pick(ARRAY['Hiscox', 'AXA', 'Simply Business', 'Zurich'], 'coi', i) || ' policy ' || fixture_gen.chars('coip', i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') || fixture_gen.digits('coip', i, 7)
FROM generate_series(1, 25) i
CROSS JOIN LATERAL (SELECT fixture_gen.full_name('coc', i) AS c,
  fixture_gen.pick(ARRAY['Plumbing & Heating', 'Gas Services', 'Electrical', 'Locksmiths', 'Cleaning', 'Decorating', 'Roofing', 'Pest Control', 'Handyman Services'], 'cot', i) AS tr) x;

-- Properties: flats and shared houses.
CREATE TABLE dsgen.prop (i int PRIMARY KEY, line1 text, area text, pc text, ll int, beds int, rent int, ptype text);
INSERT INTO dsgen.prop
SELECT i, CASE WHEN fixture_gen.n('prf', i, 3) = 0 THEN (1 + fixture_gen.n('prh', i, 140))::text || ' ' || st
               ELSE 'Flat ' || (1 + fixture_gen.n('prfl', i, 12))::text || ', ' || (1 + fixture_gen.n('prh', i, 140))::text || ' ' || st END,
       fixture_gen.pick(ARRAY['Headingley', 'Hyde Park', 'Woodhouse', 'Chapel Allerton', 'Roundhay', 'Holbeck', 'Kirkstall', 'City Centre', 'Meanwood', 'Burley'], 'pra', i),
       dsgen.pc('prpc', i), 1 + (i * 7) % 30, 1 + fixture_gen.n('prb', i, 6), 595 + 25 * fixture_gen.n('prr', i, 60),
       fixture_gen.pick(ARRAY['flat', 'flat', 'HMO', 'terraced house', 'apartment', 'studio'], 'prt', i)
FROM generate_series(1, 70) i
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Cavendish Road', 'Brudenell Grove', 'Ash Road', 'Hessle Avenue', 'Harehills Lane', 'Granby Street', 'Regent Park Terrace', 'Chapeltown Road',
  'Victoria Road', 'Kirkstall Lane', 'Otley Road', 'Meanwood Road', 'Burley Lodge Road', 'Wharf Approach', 'Manor Mills', 'Leodis Court'], 'prs', i) AS st) x;

-- Leaseholders of the blocks the block-management arm runs.
CREATE TABLE dsgen.lh (i int PRIMARY KEY, full_name text, email text, phone text, flat text, emerg text);
INSERT INTO dsgen.lh
SELECT i, fixture_gen.full_name('lhn', i), fixture_gen.email('lhe', i), dsgen.mob('lhm', i),
       'Apartment ' || (1 + i % 24)::text || ', ' || fixture_gen.pick(ARRAY['Leodis Court, 21 Water Lane', 'Manor Mills, Ingram Street', 'The Boulevard, Clarence Dock'], 'lhb', i),
       fixture_gen.full_name('lhen', i) || ' ' || dsgen.mob('lhem', i)
FROM generate_series(1, 40) i;

-- Everyone who signs or sends, in one shape, for the form values below.
CREATE TABLE dsgen.party (ptype text, pid int, full_name text, first text, email text, phone text, dob date, addr text, employer text, income int, ni text, nat text,
  passport text, sharecode text, trading text, gassafe text, vat text, acct text, acct_name text, sort text, utr text, rel text, insurer text, emerg text, flat text,
  PRIMARY KEY (ptype, pid));
INSERT INTO dsgen.party (ptype, pid, full_name, first, email, phone, dob, addr, employer, income, ni, nat, passport, sharecode, emerg)
SELECT 'tenant', i, full_name, first, email, phone, dob, prev || ', ' || prev_city || ' ' || prev_pc, employer, income, ni, nat, passport, sharecode, emerg FROM dsgen.ten;
INSERT INTO dsgen.party (ptype, pid, full_name, first, email, phone, dob, addr, employer, income, rel)
SELECT 'guarantor', i, full_name, split_part(full_name, ' ', 1), email, phone, dob, addr || ', ' || city || ' ' || pc, employer, income, rel FROM dsgen.gua;
INSERT INTO dsgen.party (ptype, pid, full_name, first, email, phone, addr, acct, acct_name, sort, utr)
SELECT 'landlord', i, full_name, split_part(full_name, ' ', 1), email, phone, addr || ', ' || city || ' ' || pc, acct, acct_name, sort, utr FROM dsgen.ll;
INSERT INTO dsgen.party (ptype, pid, full_name, first, email, phone, trading, gassafe, vat, acct, sort, insurer)
SELECT 'contractor', i, contact, split_part(contact, ' ', 1), email, phone, trading, gassafe, vat, acct, sort, insurer FROM dsgen.con;
INSERT INTO dsgen.party (ptype, pid, full_name, first, email, phone, emerg, flat)
SELECT 'leaseholder', i, full_name, split_part(full_name, ' ', 1), email, phone, emerg, flat FROM dsgen.lh;
INSERT INTO dsgen.party (ptype, pid, full_name, first, email, phone)
SELECT 'staff', i, first || ' ' || last, first, email, ddi FROM dsgen.staff;

-- ===========================================================================
-- DocuSeal (public schema), as db/schema.rb creates it on PostgreSQL.

CREATE TABLE schema_migrations (version character varying NOT NULL PRIMARY KEY);

CREATE TABLE ar_internal_metadata (
  key character varying NOT NULL PRIMARY KEY,
  value character varying,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE accounts (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  timezone character varying NOT NULL,
  locale character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  uuid character varying NOT NULL,
  archived_at timestamp(6) without time zone
);
CREATE UNIQUE INDEX index_accounts_on_uuid ON accounts (uuid);

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  first_name character varying,
  last_name character varying,
  email character varying NOT NULL,
  role character varying NOT NULL,
  encrypted_password character varying NOT NULL,
  account_id bigint NOT NULL REFERENCES accounts (id),
  reset_password_token character varying,
  reset_password_sent_at timestamp(6) without time zone,
  remember_created_at timestamp(6) without time zone,
  sign_in_count integer DEFAULT 0 NOT NULL,
  current_sign_in_at timestamp(6) without time zone,
  last_sign_in_at timestamp(6) without time zone,
  current_sign_in_ip character varying,
  last_sign_in_ip character varying,
  failed_attempts integer DEFAULT 0 NOT NULL,
  unlock_token character varying,
  locked_at timestamp(6) without time zone,
  archived_at timestamp(6) without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  uuid text NOT NULL,
  otp_secret character varying,
  consumed_timestep integer,
  otp_required_for_login boolean DEFAULT false NOT NULL
);
CREATE INDEX index_users_on_account_id ON users (account_id);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON users (reset_password_token);
CREATE UNIQUE INDEX index_users_on_unlock_token ON users (unlock_token);
CREATE UNIQUE INDEX index_users_on_uuid ON users (uuid);

CREATE TABLE access_tokens (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  token text NOT NULL,
  sha256 text NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_access_tokens_on_sha256 ON access_tokens (sha256);
CREATE INDEX index_access_tokens_on_user_id ON access_tokens (user_id);

CREATE TABLE account_accesses (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  user_id bigint NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_account_accesses_on_account_id_and_user_id ON account_accesses (account_id, user_id);

CREATE TABLE account_configs (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  key character varying NOT NULL,
  value text NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_account_configs_on_account_id_and_key ON account_configs (account_id, key);

CREATE TABLE account_linked_accounts (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  linked_account_id bigint NOT NULL REFERENCES accounts (id),
  account_type text NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX idx_on_account_id_linked_account_id_48ab9f79d2 ON account_linked_accounts (account_id, linked_account_id);

CREATE TABLE active_storage_blobs (
  id bigserial PRIMARY KEY,
  key character varying NOT NULL,
  filename character varying NOT NULL,
  content_type character varying,
  metadata text,
  service_name character varying NOT NULL,
  byte_size bigint NOT NULL,
  checksum character varying,
  created_at timestamp(6) without time zone NOT NULL,
  uuid character varying
);
CREATE UNIQUE INDEX index_active_storage_blobs_on_key ON active_storage_blobs (key);
CREATE UNIQUE INDEX index_active_storage_blobs_on_uuid ON active_storage_blobs (uuid);

CREATE TABLE active_storage_attachments (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  uuid character varying NOT NULL,
  record_type character varying NOT NULL,
  record_id bigint NOT NULL,
  blob_id bigint NOT NULL REFERENCES active_storage_blobs (id),
  created_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX idx_on_record_type_record_id_name_blob_id_0be5805727 ON active_storage_attachments (record_type, record_id, name, blob_id);
CREATE INDEX index_active_storage_attachments_on_uuid ON active_storage_attachments (uuid);

CREATE TABLE active_storage_variant_records (
  id bigserial PRIMARY KEY,
  blob_id bigint NOT NULL REFERENCES active_storage_blobs (id),
  variation_digest character varying NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_variant_records_uniqueness ON active_storage_variant_records (blob_id, variation_digest);

CREATE TABLE template_folders (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  author_id bigint NOT NULL REFERENCES users (id),
  account_id bigint NOT NULL REFERENCES accounts (id),
  archived_at timestamp(6) without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  parent_folder_id bigint REFERENCES template_folders (id)
);

CREATE TABLE templates (
  id bigserial PRIMARY KEY,
  slug character varying NOT NULL,
  name character varying NOT NULL,
  schema text NOT NULL,
  fields text NOT NULL,
  submitters text NOT NULL,
  author_id bigint NOT NULL REFERENCES users (id),
  account_id bigint NOT NULL REFERENCES accounts (id),
  archived_at timestamp(6) without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  source text NOT NULL,
  folder_id bigint NOT NULL REFERENCES template_folders (id),
  external_id character varying,
  preferences text NOT NULL,
  shared_link boolean DEFAULT false NOT NULL,
  variables_schema text
);
CREATE UNIQUE INDEX index_templates_on_slug ON templates (slug);
CREATE INDEX index_templates_on_external_id ON templates (external_id);

CREATE TABLE template_accesses (
  id bigserial PRIMARY KEY,
  template_id bigint NOT NULL REFERENCES templates (id),
  user_id bigint NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_template_accesses_on_template_id_and_user_id ON template_accesses (template_id, user_id);

CREATE TABLE template_sharings (
  id bigserial PRIMARY KEY,
  template_id bigint NOT NULL REFERENCES templates (id),
  account_id bigint NOT NULL,
  ability character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_template_sharings_on_account_id_and_template_id ON template_sharings (account_id, template_id);

CREATE TABLE submissions (
  id bigserial PRIMARY KEY,
  template_id bigint REFERENCES templates (id),
  created_by_user_id bigint REFERENCES users (id),
  archived_at timestamp(6) without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  template_fields text,
  template_schema text,
  template_submitters text,
  source text NOT NULL,
  submitters_order character varying NOT NULL,
  slug character varying NOT NULL,
  preferences text NOT NULL,
  account_id bigint NOT NULL,
  expire_at timestamp(6) without time zone,
  name text,
  variables_schema text,
  variables text
);
CREATE UNIQUE INDEX index_submissions_on_slug ON submissions (slug);
CREATE INDEX index_submissions_on_account_id_and_id ON submissions (account_id, id);

CREATE TABLE submitters (
  id bigserial PRIMARY KEY,
  submission_id bigint NOT NULL REFERENCES submissions (id),
  uuid character varying NOT NULL,
  email character varying,
  slug character varying NOT NULL,
  values text NOT NULL,
  ua character varying,
  ip character varying,
  sent_at timestamp(6) without time zone,
  opened_at timestamp(6) without time zone,
  completed_at timestamp(6) without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  name character varying,
  phone character varying,
  external_id character varying,
  preferences text NOT NULL,
  metadata text NOT NULL,
  account_id bigint NOT NULL,
  declined_at timestamp(6) without time zone,
  timezone character varying
);
CREATE UNIQUE INDEX index_submitters_on_slug ON submitters (slug);
CREATE INDEX index_submitters_on_email ON submitters (email);
CREATE INDEX index_submitters_on_external_id ON submitters (external_id);

CREATE TABLE submission_events (
  id bigserial PRIMARY KEY,
  submission_id bigint NOT NULL REFERENCES submissions (id),
  submitter_id bigint REFERENCES submitters (id),
  data text NOT NULL,
  event_type character varying NOT NULL,
  event_timestamp timestamp(6) without time zone NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_submission_events_on_submission_id ON submission_events (submission_id);

CREATE TABLE completed_submitters (
  id bigserial PRIMARY KEY,
  submitter_id bigint NOT NULL,
  submission_id bigint NOT NULL,
  account_id bigint NOT NULL,
  template_id bigint,
  source character varying NOT NULL,
  sms_count integer NOT NULL,
  completed_at timestamp(6) without time zone NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_completed_submitters_on_submitter_id ON completed_submitters (submitter_id);

CREATE TABLE completed_documents (
  id bigserial PRIMARY KEY,
  submitter_id bigint NOT NULL,
  sha256 character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_completed_documents_on_sha256 ON completed_documents (sha256);

CREATE TABLE document_generation_events (
  id bigserial PRIMARY KEY,
  submitter_id bigint NOT NULL REFERENCES submitters (id),
  event_name character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE lock_events (
  id bigserial PRIMARY KEY,
  event_name character varying NOT NULL,
  key character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_lock_events_on_key ON lock_events (key);

CREATE TABLE email_messages (
  id bigserial PRIMARY KEY,
  uuid character varying NOT NULL,
  author_id bigint NOT NULL REFERENCES users (id),
  account_id bigint NOT NULL REFERENCES accounts (id),
  subject text NOT NULL,
  body text NOT NULL,
  sha1 character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE email_events (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  emailable_type character varying NOT NULL,
  emailable_id bigint NOT NULL,
  message_id character varying NOT NULL,
  tag character varying NOT NULL,
  event_type character varying NOT NULL,
  email character varying NOT NULL,
  data text NOT NULL,
  event_datetime timestamp(6) without time zone NOT NULL,
  created_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_email_events_on_email ON email_events (email);
CREATE INDEX index_email_events_on_emailable ON email_events (emailable_type, emailable_id);

CREATE TABLE encrypted_configs (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  key character varying NOT NULL,
  value text NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_encrypted_configs_on_account_id_and_key ON encrypted_configs (account_id, key);

CREATE TABLE encrypted_user_configs (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  key character varying NOT NULL,
  value text NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_encrypted_user_configs_on_user_id_and_key ON encrypted_user_configs (user_id, key);

CREATE TABLE user_configs (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  key character varying NOT NULL,
  value text NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_user_configs_on_user_id_and_key ON user_configs (user_id, key);

CREATE TABLE oauth_applications (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  uid character varying NOT NULL,
  secret character varying NOT NULL,
  redirect_uri text,
  scopes character varying DEFAULT '' NOT NULL,
  confidential boolean DEFAULT true NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_oauth_applications_on_uid ON oauth_applications (uid);

CREATE TABLE oauth_access_grants (
  id bigserial PRIMARY KEY,
  resource_owner_id bigint NOT NULL REFERENCES users (id),
  application_id bigint NOT NULL REFERENCES oauth_applications (id),
  token character varying NOT NULL,
  expires_in integer NOT NULL,
  redirect_uri text NOT NULL,
  scopes character varying DEFAULT '' NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  revoked_at timestamp(6) without time zone
);
CREATE UNIQUE INDEX index_oauth_access_grants_on_token ON oauth_access_grants (token);

CREATE TABLE oauth_access_tokens (
  id bigserial PRIMARY KEY,
  resource_owner_id bigint REFERENCES users (id),
  application_id bigint NOT NULL REFERENCES oauth_applications (id),
  token character varying NOT NULL,
  refresh_token character varying,
  expires_in integer,
  scopes character varying,
  created_at timestamp(6) without time zone NOT NULL,
  revoked_at timestamp(6) without time zone,
  previous_refresh_token character varying DEFAULT '' NOT NULL
);
CREATE UNIQUE INDEX index_oauth_access_tokens_on_token ON oauth_access_tokens (token);
CREATE UNIQUE INDEX index_oauth_access_tokens_on_refresh_token ON oauth_access_tokens (refresh_token);

CREATE TABLE webhook_urls (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  url text NOT NULL,
  events text NOT NULL,
  sha1 character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  secret text NOT NULL
);

CREATE TABLE webhook_events (
  id bigserial PRIMARY KEY,
  uuid character varying NOT NULL,
  webhook_url_id bigint NOT NULL,
  account_id bigint NOT NULL,
  record_id bigint NOT NULL,
  record_type character varying NOT NULL,
  event_type character varying NOT NULL,
  status character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_webhook_events_on_uuid_and_webhook_url_id ON webhook_events (uuid, webhook_url_id);

CREATE TABLE webhook_attempts (
  id bigserial PRIMARY KEY,
  webhook_event_id bigint NOT NULL,
  response_body text,
  response_status_code integer NOT NULL,
  attempt integer NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_webhook_attempts_on_webhook_event_id ON webhook_attempts (webhook_event_id);

CREATE TABLE search_entries (
  id bigserial PRIMARY KEY,
  record_type character varying NOT NULL,
  record_id bigint NOT NULL,
  account_id bigint NOT NULL,
  tsvector tsvector NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  ngram tsvector
);
CREATE UNIQUE INDEX index_search_entries_on_record_id_and_record_type ON search_entries (record_id, record_type);

CREATE TABLE console1984_users (
  id bigserial PRIMARY KEY,
  username character varying NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE console1984_sessions (
  id bigserial PRIMARY KEY,
  reason text,
  user_id bigint NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE console1984_sensitive_accesses (
  id bigserial PRIMARY KEY,
  justification text,
  session_id bigint NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE console1984_commands (
  id bigserial PRIMARY KEY,
  statements text,
  sensitive_access_id bigint,
  session_id bigint NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);

-- ---------------------------------------------------------------------------
-- Rails' bookkeeping.

INSERT INTO schema_migrations (version) VALUES
 ('20230515182743'), ('20230515182744'), ('20230515193039'), ('20230515205356'), ('20230516180929'), ('20230519144036'), ('20230612182744'),
 ('20230701075115'), ('20230726062428'), ('20230803200825'), ('20230805124454'), ('20230806140534'), ('20230815190540'), ('20230819113427'),
 ('20230819190316'), ('20230902171216'), ('20230909213212'), ('20230910084410'), ('20230915200635'), ('20230920195319'), ('20230920202947'),
 ('20230922072041'), ('20230924184657'), ('20231007052818'), ('20231017213639'), ('20231102171817'), ('20231112224432'), ('20231119222105'),
 ('20231122203341'), ('20231122203347'), ('20231122212612'), ('20231130132129'), ('20231229220819'), ('20240120192055'), ('20240131212010'),
 ('20240201210319'), ('20240203113454'), ('20240203113455'), ('20240218082157'), ('20240228074821'), ('20240228083356'), ('20240405165329'),
 ('20240416170023'), ('20240428072623'), ('20240428112400'), ('20240604070648'), ('20240624102526'), ('20240714172222'), ('20240720063826'),
 ('20240720063827'), ('20240801125558'), ('20240816064633'), ('20240816072859'), ('20240816075917'), ('20240816121641'), ('20240820180922'),
 ('20241018115034'), ('20241022125135'), ('20241026161207'), ('20241028162000'), ('20241029192232'), ('20241207172237'), ('20250225111255'),
 ('20250518070555'), ('20250523121121'), ('20250527102542'), ('20250527102550'), ('20250530080846'), ('20250531085328'), ('20250603105556'),
 ('20250608163157'), ('20250613160132'), ('20250615091654'), ('20250617072547'), ('20250617074820'), ('20250617075609'), ('20250618085322'),
 ('20250627130628'), ('20250718121133'), ('20250912090605');

INSERT INTO ar_internal_metadata (key, value, created_at, updated_at) VALUES
 ('environment', 'production', '2023-06-02 09:14:03.512006', '2023-06-02 09:14:03.512006'),
 ('schema_sha1', substr(encode(sha256(convert_to('docuseal-schema-20250912090605', 'UTF8')), 'hex'), 1, 40), '2023-06-02 09:14:03.519873', '2025-09-20 06:02:44.102231');

-- ---------------------------------------------------------------------------
-- Accounts and users.

INSERT INTO accounts (id, name, timezone, locale, created_at, updated_at, uuid, archived_at) VALUES
 (1, 'Kestrel Property Management', 'London', 'en-GB', '2023-06-02 09:20:11.004312', '2025-03-11 16:02:55.117204', fixture_gen.uuid('acc', 1), NULL),
 (2, 'Kestrel Property Management (Testing)', 'London', 'en-GB', '2024-01-22 10:41:07.881530', '2024-01-22 10:41:07.881530', fixture_gen.uuid('acc', 2), NULL),
 (3, 'Kestrel Block Management', 'London', 'en-GB', '2024-04-29 08:03:39.270114', '2025-01-06 11:45:12.663008', fixture_gen.uuid('acc', 3), NULL);

INSERT INTO users (id, first_name, last_name, email, role, encrypted_password, account_id, reset_password_token, reset_password_sent_at, remember_created_at,
  sign_in_count, current_sign_in_at, last_sign_in_at, current_sign_in_ip, last_sign_in_ip, failed_attempts, unlock_token, locked_at, archived_at,
  created_at, updated_at, uuid, otp_secret, consumed_timestep, otp_required_for_login)
SELECT s.i, s.first, s.last, s.email, s.role, fixture_gen.bcrypt('upw', s.i), s.account,
       CASE WHEN s.i IN (5, 11, 13, 18) THEN fixture_gen.hexn('urpt', s.i, 64) END,
       CASE WHEN s.i IN (5, 11, 13, 18) THEN dsgen.at('urps', s.i, '2025-01-01', '2025-09-15') END,
       CASE WHEN s.i % 3 <> 0 AND s.i NOT IN (12, 13, 16) THEN dsgen.at('urc', s.i, '2025-08-01', '2025-09-19') END,
       CASE WHEN s.i = 16 THEN 0 ELSE 4 + fixture_gen.n('usc', s.i, 600) END,
       CASE WHEN s.i <> 16 THEN dsgen.at('ucs', s.i, '2025-09-01', '2025-09-19') END,
       CASE WHEN s.i <> 16 THEN dsgen.at('uls', s.i, '2025-07-01', '2025-08-31') END,
       CASE WHEN s.i = 16 THEN NULL WHEN s.i IN (12, 17) THEN fixture_gen.ipv4('uci', s.i) WHEN s.i % 4 = 0 THEN fixture_gen.ipv6('uci', s.i) ELSE '81.134.' || (20 + s.i % 3)::text || '.' || (40 + s.i)::text END,
       CASE WHEN s.i = 16 THEN NULL WHEN s.i % 2 = 0 THEN fixture_gen.ipv4('uli', s.i) ELSE '81.134.' || (20 + s.i % 3)::text || '.' || (40 + s.i)::text END,
       CASE WHEN s.i = 13 THEN 7 WHEN s.i = 5 THEN 2 ELSE 0 END,
       CASE WHEN s.i = 13 THEN fixture_gen.hexn('uunl', s.i, 64) END,
       CASE WHEN s.i = 13 THEN timestamp '2024-10-14 08:12:40.551902' END,
       CASE WHEN s.i IN (12, 13) THEN dsgen.at('uarch', s.i, '2024-10-01', '2025-02-28') END,
       CASE WHEN s.i <= 3 THEN dsgen.at('ucr', s.i, '2023-06-02', '2023-06-30') WHEN s.i = 17 THEN timestamp '2024-01-22 10:41:08.224015' ELSE dsgen.at('ucr', s.i, '2023-07-01', '2025-02-01') END,
       dsgen.at('uup', s.i, '2025-08-01', '2025-09-19'),
       fixture_gen.uuid('usr', s.i),
       CASE WHEN s.i IN (1, 2, 3, 9, 10, 12) THEN fixture_gen.chars('uotp', s.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       CASE WHEN s.i IN (1, 2, 3, 9, 10, 12) THEN 57300000 + fixture_gen.n('uct', s.i, 300000) END,
       s.i IN (1, 2, 3, 9, 10, 12)
FROM dsgen.staff s ORDER BY s.i;

INSERT INTO account_accesses (account_id, user_id, created_at, updated_at)
SELECT a, u, dsgen.at('aac', a * 100 + u, '2024-05-01', '2025-01-31'), dsgen.at('aac', a * 100 + u, '2024-05-01', '2025-01-31')
FROM (VALUES (3, 1), (3, 2), (3, 3), (3, 9), (1, 10), (2, 1), (2, 2), (2, 12), (2, 9)) v(a, u);

INSERT INTO account_linked_accounts (account_id, linked_account_id, account_type, created_at, updated_at) VALUES
 (1, 2, 'testing', '2024-01-22 10:41:08.301577', '2024-01-22 10:41:08.301577'),
 (3, 2, 'testing', '2024-04-29 08:05:02.118840', '2024-04-29 08:05:02.118840');

-- Account settings: serialized JSON values. Email templates carry the
-- sender's signature block; BCC lists name staff and a landlord's mailbox.
INSERT INTO account_configs (account_id, key, value, created_at, updated_at)
SELECT a, k, v, dsgen.at('acc' || k, a, '2023-06-05', '2024-06-01'), dsgen.at('acu' || k, a, '2024-06-01', '2025-09-01')
FROM (VALUES
 (1, 'submitter_invitation_email', json_build_object('subject', 'Kestrel Lettings: please sign {{template.name}}',
    'body', E'Hi {{submitter.first_name}},\n\nPlease review and sign {{template.name}} using the secure link below:\n\n{{submitter.link}}\n\nIf anything in the document looks wrong, reply to this email before signing.\n\nKind regards,\nPriya Sharma\nLettings Manager, Kestrel Property Management\nDirect line 0113 496 0142 | Mobile 07700 918 442')::text),
 (1, 'submitter_invitation_reminder_email', json_build_object('subject', 'Reminder: {{template.name}} is waiting for your signature',
    'body', E'Hi {{submitter.first_name}},\n\nJust a reminder that {{template.name}} still needs your signature: {{submitter.link}}\n\nThe property is held for you for 7 days from the date of the holding deposit.\n\nThanks,\nThe Kestrel Lettings team')::text),
 (1, 'submitter_completed_email', json_build_object('subject', '{{template.name}} has been signed by {{submission.submitters}}',
    'body', E'Hi {{sender.first_name}},\n\n{{template.name}} has been completed by {{submission.submitters}}.\n\n{{submission.link}}')::text),
 (1, 'submitter_documents_copy_email', json_build_object('subject', 'Your signed copy: {{template.name}}',
    'body', E'Dear {{submitter.name}},\n\nThank you for signing. Your copy is attached and can be downloaded here: {{documents.link}}\n\nKestrel Property Management Ltd, 4th Floor, 12 East Parade, Leeds LS1 2BH. Registered in England No. 08812345.')::text),
 (1, 'bcc_emails', to_json('compliance@kestrelpm.co.uk, priya.sharma@kestrelpm.co.uk, ' || (SELECT email FROM dsgen.ll WHERE i = 6))::text),
 (1, 'force_mfa', 'true'), (1, 'allow_typed_signature', 'false'), (1, 'allow_to_resubmit', 'false'), (1, 'allow_to_decline', 'true'),
 (1, 'submitter_reminders', '{"first_duration":"two_days","second_duration":"four_days","third_duration":"eight_days"}'),
 (1, 'enforce_signing_order', 'true'),
 (1, 'form_completed_message', '{"title":"Thank you for signing","body":"Your signed copy will arrive by email. Keys are released once all tenants and guarantors have signed and the first month''s rent has cleared."}'),
 (1, 'form_completed_button', '{"title":"Back to kestrelpm.co.uk","url":"https://www.kestrelpm.co.uk/tenants"}'),
 (1, 'form_with_confetti', 'false'), (1, 'download_links_expire', 'true'), (1, 'flatten_result_pdf', 'true'), (1, 'with_signature_id', 'true'),
 (1, 'with_audit_values', 'true'), (1, 'with_submitter_timezone', 'true'), (1, 'with_timestamp_seconds', 'false'), (1, 'reuse_signature', 'false'),
 (1, 'document_filename_format', '"{document.name} - {submitter.name}"'),
 (1, 'policy_links', '{"privacy":"https://www.kestrelpm.co.uk/privacy","terms":"https://www.kestrelpm.co.uk/terms-of-business"}'),
 (1, 'template_custom_fields', '[{"name":"Tenancy ref","type":"text"},{"name":"Negotiator","type":"text"},{"name":"Deposit scheme","type":"select","options":["DPS","TDS","mydeposits"]}]'),
 (2, 'force_mfa', 'false'), (2, 'allow_typed_signature', 'true'),
 (2, 'bcc_emails', '"dmitri@petrov-it.co.uk"'),
 (2, 'submitter_invitation_email', '{"subject":"[TEST] please sign {{template.name}}","body":"This is a test from the staging copy. {{submitter.link}}"}'),
 (3, 'submitter_invitation_email', json_build_object('subject', 'Kestrel Block Management: {{template.name}}',
    'body', E'Dear {{submitter.name}},\n\nAs managing agent for your building we need your response to {{template.name}}: {{submitter.link}}\n\nYours sincerely,\nGareth Pryce MIRPM\nBlock Manager\n07700 918 730')::text),
 (3, 'bcc_emails', '"blocks@kestrelpm.co.uk"'), (3, 'allow_to_decline', 'true'), (3, 'force_mfa', 'true'),
 (3, 'submitter_reminders', '{"first_duration":"seven_days","second_duration":"fourteen_days","third_duration":""}'),
 (3, 'with_signature_id', 'false'), (3, 'allow_typed_signature', 'true'),
 (3, 'form_completed_message', '{"title":"Response received","body":"Thank you. The consultation closes 30 days after the notice date."}')
) v(a, k, v);

-- Encrypted account settings: SMTP, S3 storage, the signing certificate
-- and its key, the app URL. One legacy row of the testing account was
-- saved before encryption was configured and is still in clear.
INSERT INTO encrypted_configs (account_id, key, value, created_at, updated_at)
SELECT a, k, CASE WHEN a = 2 AND k = 'action_mailer_smtp' THEN
         json_build_object('host', 'sandbox.smtp.mailtrap.io', 'port', '2525', 'username', fixture_gen.hexn('smtpu', 2, 14), 'password', fixture_gen.hexn('smtpp', 2, 14),
           'domain', 'kestrelpm.co.uk', 'authentication', 'plain', 'security', 'tls', 'from_email', 'qa@kestrelpm.co.uk')::text
       ELSE dsgen.arenc('ec' || k, a, CASE k WHEN 'esign_certs' THEN 256 WHEN 'active_storage' THEN 180 WHEN 'action_mailer_smtp' THEN 150 ELSE 48 END) END,
       dsgen.at('ecc' || k, a, '2023-06-02', '2024-05-01'), dsgen.at('ecu' || k, a, '2024-05-01', '2025-09-01')
FROM (VALUES (1, 'action_mailer_smtp'), (1, 'active_storage'), (1, 'esign_certs'), (1, 'app_url'), (1, 'timestamp_server_url'),
             (2, 'action_mailer_smtp'), (2, 'app_url'), (3, 'action_mailer_smtp'), (3, 'esign_certs'), (3, 'app_url')) v(a, k);

-- Encrypted per-user settings: OAuth tokens of the cloud drives staff
-- pick documents from.
INSERT INTO encrypted_user_configs (user_id, key, value, created_at, updated_at)
SELECT u, k, dsgen.arenc('euc' || k, u, 220), dsgen.at('eucc', u, '2024-03-01', '2025-03-01'), dsgen.at('eucu', u, '2025-03-01', '2025-09-19')
FROM (VALUES (1, 'microsoft_365_oauth'), (2, 'microsoft_365_oauth'), (3, 'microsoft_365_oauth'), (5, 'google_drive_oauth'), (6, 'google_drive_oauth'),
             (9, 'microsoft_365_oauth'), (10, 'microsoft_365_oauth'), (14, 'google_drive_oauth'), (18, 'microsoft_365_oauth')) v(u, k);

-- Per-user settings: the saved signature and initials point at attachments
-- by uuid; the rest are flags.
INSERT INTO user_configs (user_id, key, value, created_at, updated_at)
SELECT u, k, CASE k WHEN 'signature' THEN to_json(fixture_gen.uuid('usig', u))::text WHEN 'initials' THEN to_json(fixture_gen.uuid('uini', u))::text
                    WHEN 'receive_completed_email' THEN CASE WHEN u % 4 = 0 THEN 'false' ELSE 'true' END ELSE 'false' END,
       dsgen.at('ucc' || k, u, '2023-07-01', '2025-01-01'), dsgen.at('ucu' || k, u, '2025-01-01', '2025-09-19')
FROM (SELECT i AS u FROM dsgen.staff WHERE i NOT IN (16, 17)) s
CROSS JOIN (VALUES ('signature'), ('initials'), ('receive_completed_email'), ('show_app_tour')) v(k)
WHERE k <> 'initials' OR u % 2 = 1
ORDER BY u, k;

-- API tokens: encrypted, looked up by their SHA-256.
INSERT INTO access_tokens (user_id, token, sha256, created_at, updated_at)
SELECT u, dsgen.arenc('atk', u, 43), encode(sha256(convert_to(dsgen.b58('atkp', u, 43), 'UTF8')), 'hex'),
       dsgen.at('atc', u, '2023-08-10', '2025-06-01'), dsgen.at('atu', u, '2025-06-01', '2025-09-19')
FROM unnest(ARRAY[1, 2, 3, 9, 10, 12, 16, 17]) u;

-- Doorkeeper: the firm's CRM and Zapier connect as OAuth clients.
INSERT INTO oauth_applications (name, uid, secret, redirect_uri, scopes, confidential, created_at, updated_at) VALUES
 ('Kestrel Lettings CRM', dsgen.b64url('oau', 1, 32), dsgen.b64url('oas', 1, 32), 'https://crm.kestrelpm.co.uk/auth/docuseal/callback', 'read write', true, '2024-07-22 13:10:05.221840', '2024-07-22 13:10:05.221840'),
 ('Zapier', dsgen.b64url('oau', 2, 32), dsgen.b64url('oas', 2, 32), 'https://zapier.com/dashboard/auth/oauth/return/DocuSealCLIAPI/', 'read write', true, '2024-08-01 09:00:41.004119', '2024-08-01 09:00:41.004119'),
 ('Make.com (block management)', dsgen.b64url('oau', 3, 32), dsgen.b64url('oas', 3, 32), 'https://www.integromat.com/oauth/cb/docuseal', 'read', true, '2025-01-06 11:40:27.917321', '2025-01-06 11:40:27.917321');

INSERT INTO oauth_access_grants (resource_owner_id, application_id, token, expires_in, redirect_uri, scopes, created_at, revoked_at)
SELECT u, a, dsgen.b64url('oag', g, 32), 600,
       CASE a WHEN 1 THEN 'https://crm.kestrelpm.co.uk/auth/docuseal/callback' WHEN 2 THEN 'https://zapier.com/dashboard/auth/oauth/return/DocuSealCLIAPI/' ELSE 'https://www.integromat.com/oauth/cb/docuseal' END,
       CASE a WHEN 3 THEN 'read' ELSE 'read write' END, c, c + interval '20 seconds'
FROM generate_series(1, 18) g
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('oaga', g, 3) AS a) x
CROSS JOIN LATERAL (SELECT CASE a WHEN 3 THEN 10 ELSE (ARRAY[1, 2, 12, 16])[1 + fixture_gen.n('oagu', g, 4)] END AS u, dsgen.at('oagc', g, '2024-07-22', '2025-09-15') AS c) y
ORDER BY g;

INSERT INTO oauth_access_tokens (resource_owner_id, application_id, token, refresh_token, expires_in, scopes, created_at, revoked_at, previous_refresh_token)
SELECT u, a, dsgen.b64url('oat', t, 32), dsgen.b64url('oar', t, 32), 7200, CASE a WHEN 3 THEN 'read' ELSE 'read write' END, c,
       CASE WHEN t % 4 = 0 THEN c + interval '2 hours' END,
       CASE WHEN t % 3 = 0 THEN dsgen.b64url('oar', t - 1, 32) ELSE '' END
FROM generate_series(1, 40) t
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('oata', t, 3) AS a) x
CROSS JOIN LATERAL (SELECT CASE a WHEN 3 THEN 10 ELSE (ARRAY[1, 2, 12, 16])[1 + fixture_gen.n('oatu', t, 4)] END AS u, dsgen.at('oatc', t, '2024-07-22', '2025-09-19') AS c) y
ORDER BY t;

-- ---------------------------------------------------------------------------
-- Templates: the firm's standard forms, and tenancy agreements uploaded per
-- let (named after the flat and its tenants, tenants as the parties).

-- Roles of each kind of form, and who fills them.
CREATE TABLE dsgen.kr (kind text, r int, role text, ptype text, PRIMARY KEY (kind, r));
INSERT INTO dsgen.kr VALUES
 ('ast_single', 0, 'Tenant', 'tenant'), ('ast_single', 1, 'Kestrel (Agent)', 'staff'),
 ('ast_joint', 0, 'Tenant 1', 'tenant'), ('ast_joint', 1, 'Tenant 2', 'tenant'), ('ast_joint', 2, 'Kestrel (Agent)', 'staff'),
 ('guarantor', 0, 'Guarantor', 'guarantor'), ('guarantor', 1, 'Kestrel (Agent)', 'staff'),
 ('inventory', 0, 'Tenant', 'tenant'),
 ('renewal', 0, 'Tenant', 'tenant'), ('renewal', 1, 'Kestrel (Agent)', 'staff'),
 ('pet', 0, 'Tenant', 'tenant'),
 ('holding', 0, 'Applicant', 'tenant'),
 ('rtr', 0, 'Tenant', 'tenant'),
 ('contractor', 0, 'Contractor', 'contractor'), ('contractor', 1, 'Kestrel (Agent)', 'staff'),
 ('keyrel', 0, 'Contractor', 'contractor'),
 ('mgmt', 0, 'Landlord', 'landlord'), ('mgmt', 1, 'Kestrel (Agent)', 'staff'),
 ('nrl1', 0, 'Landlord', 'landlord'),
 ('lease_info', 0, 'Leaseholder', 'leaseholder'),
 ('s20', 0, 'Leaseholder', 'leaseholder');

-- Fields of each kind: label, DocuSeal type, and what the value is.
CREATE TABLE dsgen.kf (kind text, r int, ord int, label text, ftype text, fkind text, PRIMARY KEY (kind, r, ord));
INSERT INTO dsgen.kf VALUES
 ('ast_single', 0, 1, 'Tenant full name', 'text', 'name'), ('ast_single', 0, 2, 'Date of birth', 'date', 'dob'), ('ast_single', 0, 3, 'Mobile', 'phone', 'phone'),
 ('ast_single', 0, 4, 'Email', 'text', 'email'), ('ast_single', 0, 5, 'Previous address', 'text', 'address'), ('ast_single', 0, 6, 'Tenant initials', 'initials', 'sig'),
 ('ast_single', 0, 7, 'Tenant signature', 'signature', 'sig'), ('ast_single', 0, 8, 'Date signed', 'date', 'date'),
 ('ast_single', 1, 1, 'Signed for the Agent', 'signature', 'sig'), ('ast_single', 1, 2, 'Agent name', 'text', 'name'), ('ast_single', 1, 3, 'Date', 'date', 'date'),
 ('ast_joint', 0, 1, 'Tenant 1 full name', 'text', 'name'), ('ast_joint', 0, 2, 'Tenant 1 date of birth', 'date', 'dob'), ('ast_joint', 0, 3, 'Tenant 1 mobile', 'phone', 'phone'),
 ('ast_joint', 0, 4, 'Tenant 1 signature', 'signature', 'sig'), ('ast_joint', 0, 5, 'Date', 'date', 'date'),
 ('ast_joint', 1, 1, 'Tenant 2 full name', 'text', 'name'), ('ast_joint', 1, 2, 'Tenant 2 date of birth', 'date', 'dob'), ('ast_joint', 1, 3, 'Tenant 2 mobile', 'phone', 'phone'),
 ('ast_joint', 1, 4, 'Tenant 2 signature', 'signature', 'sig'), ('ast_joint', 1, 5, 'Date', 'date', 'date'),
 ('ast_joint', 2, 1, 'Signed for the Agent', 'signature', 'sig'), ('ast_joint', 2, 2, 'Agent name', 'text', 'name'),
 ('guarantor', 0, 1, 'Guarantor full name', 'text', 'name'), ('guarantor', 0, 2, 'Home address', 'text', 'address'), ('guarantor', 0, 3, 'Date of birth', 'date', 'dob'),
 ('guarantor', 0, 4, 'Relationship to tenant', 'text', 'rel'), ('guarantor', 0, 5, 'Employer', 'text', 'employer'), ('guarantor', 0, 6, 'Annual income (£)', 'number', 'income'),
 ('guarantor', 0, 7, 'Guarantor signature', 'signature', 'sig'),
 ('guarantor', 1, 1, 'Signed for the Agent', 'signature', 'sig'), ('guarantor', 1, 2, 'Agent name', 'text', 'name'),
 ('inventory', 0, 1, 'Tenant name', 'text', 'name'), ('inventory', 0, 2, 'Comments on condition', 'text', 'comment'), ('inventory', 0, 3, 'Signature', 'signature', 'sig'),
 ('inventory', 0, 4, 'Date', 'date', 'date'),
 ('renewal', 0, 1, 'Tenant name', 'text', 'name'), ('renewal', 0, 2, 'New monthly rent (£)', 'number', 'rent'), ('renewal', 0, 3, 'Signature', 'signature', 'sig'),
 ('renewal', 1, 1, 'Signed for the Agent', 'signature', 'sig'),
 ('pet', 0, 1, 'Tenant name', 'text', 'name'), ('pet', 0, 2, 'Pet details (species, breed, age, name)', 'text', 'pet'), ('pet', 0, 3, 'Signature', 'signature', 'sig'),
 ('holding', 0, 1, 'Applicant full name', 'text', 'name'), ('holding', 0, 2, 'Email', 'text', 'email'), ('holding', 0, 3, 'Mobile', 'phone', 'phone'),
 ('holding', 0, 4, 'Current address', 'text', 'address'), ('holding', 0, 5, 'Signature', 'signature', 'sig'), ('holding', 0, 6, 'Date', 'date', 'date'),
 ('rtr', 0, 1, 'Full name', 'text', 'name'), ('rtr', 0, 2, 'Nationality', 'text', 'nat'), ('rtr', 0, 3, 'Passport / BRP number', 'text', 'passport'),
 ('rtr', 0, 4, 'Home Office share code', 'text', 'sharecode'), ('rtr', 0, 5, 'Date of birth', 'date', 'dob'), ('rtr', 0, 6, 'Upload passport or BRP (photo page)', 'file', 'upload'),
 ('rtr', 0, 7, 'I consent to an online right to rent check', 'checkbox', 'check'), ('rtr', 0, 8, 'Signature', 'signature', 'sig'),
 ('contractor', 0, 1, 'Trading name', 'text', 'trading'), ('contractor', 0, 2, 'Contact name', 'text', 'name'), ('contractor', 0, 3, 'Gas Safe registration no. (if applicable)', 'text', 'gassafe'),
 ('contractor', 0, 4, 'VAT number', 'text', 'vat'), ('contractor', 0, 5, 'Public liability insurance', 'text', 'insurer'), ('contractor', 0, 6, 'Bank account number', 'text', 'acct'),
 ('contractor', 0, 7, 'Sort code', 'text', 'sort'), ('contractor', 0, 8, 'Signature', 'signature', 'sig'),
 ('contractor', 1, 1, 'Signed for Kestrel', 'signature', 'sig'), ('contractor', 1, 2, 'Name', 'text', 'name'),
 ('keyrel', 0, 1, 'Contractor name', 'text', 'name'), ('keyrel', 0, 2, 'Key tag number', 'text', 'keyno'), ('keyrel', 0, 3, 'Signature', 'signature', 'sig'), ('keyrel', 0, 4, 'Date', 'date', 'date'),
 ('mgmt', 0, 1, 'Landlord name(s)', 'text', 'name'), ('mgmt', 0, 2, 'Correspondence address', 'text', 'address'), ('mgmt', 0, 3, 'Email', 'text', 'email'),
 ('mgmt', 0, 4, 'Phone', 'phone', 'phone'), ('mgmt', 0, 5, 'Account name', 'text', 'acct_name'), ('mgmt', 0, 6, 'Account number', 'text', 'acct'),
 ('mgmt', 0, 7, 'Sort code', 'text', 'sort'), ('mgmt', 0, 8, 'HMRC UTR', 'text', 'utr'), ('mgmt', 0, 9, 'Landlord signature', 'signature', 'sig'),
 ('mgmt', 1, 1, 'Signed for the Agent', 'signature', 'sig'), ('mgmt', 1, 2, 'Agent name', 'text', 'name'),
 ('nrl1', 0, 1, 'Landlord name', 'text', 'name'), ('nrl1', 0, 2, 'Overseas address', 'text', 'address'), ('nrl1', 0, 3, 'UTR', 'text', 'utr'), ('nrl1', 0, 4, 'Signature', 'signature', 'sig'),
 ('lease_info', 0, 1, 'Leaseholder name', 'text', 'name'), ('lease_info', 0, 2, 'Apartment', 'text', 'flat'), ('lease_info', 0, 3, 'Email', 'text', 'email'),
 ('lease_info', 0, 4, 'Phone', 'phone', 'phone'), ('lease_info', 0, 5, 'Emergency contact (name and number)', 'text', 'emerg'), ('lease_info', 0, 6, 'Signature', 'signature', 'sig'),
 ('s20', 0, 1, 'Leaseholder name', 'text', 'name'), ('s20', 0, 2, 'Apartment', 'text', 'flat'), ('s20', 0, 3, 'I consent to the proposed works', 'checkbox', 'check'),
 ('s20', 0, 4, 'Observations', 'text', 'comment'), ('s20', 0, 5, 'Signature', 'signature', 'sig');

CREATE TABLE dsgen.tpl (id int PRIMARY KEY, account int, folder int, author int, kind text, name text, docname text, shared boolean, ext text, archived boolean,
  t1 int, t2 int, prop int, created timestamp);
INSERT INTO dsgen.tpl (id, account, folder, author, kind, name, docname, shared, ext, archived) VALUES
 (1, 1, 2, 1, 'ast_single', 'Assured Shorthold Tenancy – single tenant (2024)', 'AST single tenant v2024.3', false, 'KPM-AST-S', false),
 (2, 1, 2, 1, 'ast_joint', 'Assured Shorthold Tenancy – joint tenants', 'AST joint tenants v2024.3', false, 'KPM-AST-J', false),
 (3, 1, 2, 5, 'ast_joint', 'Student HMO Tenancy 2024/25 (joint and several)', 'Student HMO AST 2024-25', false, 'KPM-AST-HMO', false),
 (4, 1, 3, 1, 'guarantor', 'Deed of Guarantee', 'Deed of Guarantee v3', false, 'KPM-GUA', false),
 (5, 1, 2, 3, 'inventory', 'Inventory & Schedule of Condition – check-in sign-off', 'Inventory sign-off', false, NULL, false),
 (6, 1, 7, 3, 'renewal', 'Tenancy Renewal – Memorandum of Agreement', 'Renewal memorandum', false, NULL, false),
 (7, 1, 8, 3, 'renewal', 'Renewal 2025 – rent review acknowledgement', 'Rent review 2025', false, NULL, false),
 (8, 1, 2, 4, 'pet', 'Pet Addendum', 'Pet addendum', false, NULL, false),
 (9, 1, 3, 5, 'holding', 'Holding Deposit Agreement', 'Holding deposit agreement', false, 'KPM-HDA', false),
 (10, 1, 3, 9, 'rtr', 'Right to Rent – declaration and consent to check', 'Right to Rent declaration', false, 'KPM-RTR', false),
 (11, 1, 4, 8, 'contractor', 'Contractor Services Agreement', 'Contractor Services Agreement 2024', false, NULL, false),
 (12, 1, 4, 8, 'keyrel', 'Key Release Form', 'Key release', false, NULL, false),
 (13, 1, 5, 2, 'mgmt', 'Landlord Management Agreement – Fully Managed', 'Terms of Business - Fully Managed', false, NULL, false),
 (14, 1, 5, 2, 'mgmt', 'Let Only Terms of Business', 'Terms of Business - Let Only', false, NULL, false),
 (15, 1, 5, 9, 'nrl1', 'Non-Resident Landlord declaration (NRL1 supplement)', 'NRL declaration', false, NULL, false),
 (16, 1, 15, 1, 'ast_single', 'AST single tenant (2022 wording)', 'AST single tenant 2022', false, NULL, true),
 (17, 2, 9, 17, 'ast_single', 'TEST – AST single', 'AST single tenant v2024.3', true, NULL, false),
 (18, 3, 11, 10, 'lease_info', 'Leaseholder Information Form', 'Leaseholder information form', false, NULL, false),
 (19, 3, 12, 10, 's20', 'Section 20 – Notice of Intention: roof works, Leodis Court', 'S20 NOI Leodis Court roof', false, NULL, false),
 (20, 3, 12, 11, 's20', 'Section 20 – lift replacement, Manor Mills: response form', 'S20 Manor Mills lift', false, NULL, false),
 (21, 1, 4, 8, 'contractor', 'Contractor Health & Safety and Insurance Declaration', 'Contractor H&S declaration', false, NULL, false),
 (22, 1, 3, 5, 'holding', 'Application & Holding Deposit – student houses', 'Student application form', true, NULL, false);
UPDATE dsgen.tpl SET created = dsgen.at('tplc', id, '2023-06-05', '2025-02-01');

-- Per-let uploads: the lease PDF as drafted for that flat and its tenants.
INSERT INTO dsgen.tpl (id, account, folder, author, kind, name, docname, shared, ext, archived, t1, t2, prop, created)
SELECT 22 + k, 1, CASE WHEN k % 6 = 0 THEN 13 WHEN k % 6 = 3 THEN 14 ELSE 6 END, (ARRAY[5, 6, 18, 15, 14])[1 + k % 5], kd,
       'AST – ' || p.line1 || ', ' || split_part(p.pc, ' ', 1) || ' – ' || t1.last || CASE WHEN kd = 'ast_joint' THEN ' & ' || t2.last ELSE '' END,
       'AST ' || replace(p.line1, ',', '') || ' ' || t1.last || CASE WHEN kd = 'ast_joint' THEN ' ' || t2.last ELSE '' END || ' FINAL',
       false, 'TEN-' || (400 + k * 7)::text, false, t1.i, t2.i, p.i, dsgen.at('tplc', 22 + k, '2024-06-01', '2025-09-10')
FROM generate_series(1, 18) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 3 = 0 THEN 'ast_single' ELSE 'ast_joint' END AS kd) x
JOIN dsgen.prop p ON p.i = 1 + (k * 11) % 70
JOIN dsgen.ten t1 ON t1.i = 1 + (k * 17) % 200
JOIN dsgen.ten t2 ON t2.i = 1 + (k * 17 + 5) % 200;

-- Per-template fields, with uuids; per-let uploads prefill the tenants'
-- names, and agent names default to the negotiator.
CREATE TABLE dsgen.tf (tpl int, r int, ord int, fuuid text, label text, ftype text, fkind text, dflt text, PRIMARY KEY (tpl, r, ord));
INSERT INTO dsgen.tf
SELECT t.id, f.r, f.ord, fixture_gen.uuid('fld', t.id * 1000 + f.r * 100 + f.ord), f.label, f.ftype, f.fkind,
       CASE WHEN t.t1 IS NOT NULL AND f.fkind = 'name' AND f.r = 0 THEN (SELECT full_name FROM dsgen.ten WHERE i = t.t1)
            WHEN t.t2 IS NOT NULL AND f.fkind = 'name' AND f.r = 1 AND t.kind = 'ast_joint' THEN (SELECT full_name FROM dsgen.ten WHERE i = t.t2)
            WHEN f.label IN ('Agent name', 'Name') AND t.id % 2 = 0 THEN (SELECT first || ' ' || last FROM dsgen.staff WHERE i = t.author)
            WHEN f.label = 'Agent name' THEN 'Kestrel Property Management Ltd' END
FROM dsgen.tpl t JOIN dsgen.kf f ON f.kind = t.kind;

CREATE FUNCTION dsgen.tpl_fields(t int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT json_agg(json_strip_nulls(json_build_object('uuid', f.fuuid, 'submitter_uuid', fixture_gen.uuid('tsu', t * 10 + f.r), 'name', f.label, 'type', f.ftype,
           'required', f.ftype NOT IN ('checkbox', 'file') AND f.fkind NOT IN ('gassafe', 'vat', 'comment'),
           'readonly', CASE WHEN f.dflt IS NOT NULL THEN true END, 'default_value', f.dflt,
           'preferences', CASE f.ftype WHEN 'date' THEN json_build_object('format', 'DD/MM/YYYY') WHEN 'signature' THEN json_build_object('format', 'drawn') ELSE '{}'::json END,
           'areas', json_build_array(json_build_object('x', round((0.08 + fixture_gen.n('fx', f.ord, 50) / 100.0)::numeric, 4), 'y', round((0.1 + fixture_gen.n('fy', f.ord + f.r * 10, 80) / 100.0)::numeric, 4),
             'w', CASE f.ftype WHEN 'signature' THEN 0.28 WHEN 'checkbox' THEN 0.02 ELSE 0.36 END, 'h', CASE f.ftype WHEN 'signature' THEN 0.05 ELSE 0.022 END,
             'attachment_uuid', fixture_gen.uuid('tdoc', t), 'page', CASE WHEN f.ftype IN ('signature', 'date') THEN 11 ELSE f.ord % 3 END))))
           ORDER BY f.r, f.ord)::text
  FROM dsgen.tf f WHERE f.tpl = t
$$;

CREATE FUNCTION dsgen.tpl_submitters(t int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT json_agg(json_build_object('name', CASE WHEN tp.t1 IS NOT NULL AND kr.ptype = 'tenant' THEN (SELECT full_name FROM dsgen.ten WHERE i = CASE kr.r WHEN 0 THEN tp.t1 ELSE tp.t2 END) ELSE kr.role END,
           'uuid', fixture_gen.uuid('tsu', t * 10 + kr.r)) ORDER BY kr.r)::text
  FROM dsgen.tpl tp JOIN dsgen.kr ON kr.kind = tp.kind WHERE tp.id = t
$$;

CREATE FUNCTION dsgen.tpl_schema(t int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT json_build_array(json_build_object('attachment_uuid', fixture_gen.uuid('tdoc', t), 'name', docname))::text FROM dsgen.tpl WHERE id = t
$$;

INSERT INTO template_folders (id, name, author_id, account_id, archived_at, created_at, updated_at, parent_folder_id) VALUES
 (1, 'Default', 1, 1, NULL, '2023-06-02 09:20:11.120447', '2023-06-02 09:20:11.120447', NULL),
 (2, 'Residential tenancies', 1, 1, NULL, '2023-06-05 10:02:44.631209', '2024-09-02 08:15:30.004271', NULL),
 (3, 'Applications, guarantors & referencing', 1, 1, NULL, '2023-06-05 10:03:09.981554', '2024-03-11 12:40:02.339190', NULL),
 (4, 'Contractors', 8, 1, NULL, '2023-09-18 14:22:51.300182', '2023-09-18 14:22:51.300182', NULL),
 (5, 'Landlords', 2, 1, NULL, '2023-06-12 16:47:20.710836', '2023-06-12 16:47:20.710836', NULL),
 (6, 'Per-tenancy uploads', 5, 1, NULL, '2024-06-03 09:11:38.442907', '2024-06-03 09:11:38.442907', NULL),
 (7, 'Renewals 2024', 3, 1, NULL, '2024-01-08 11:30:12.019384', '2024-01-08 11:30:12.019384', 2),
 (8, 'Renewals 2025', 3, 1, NULL, '2025-01-06 09:05:57.867215', '2025-01-06 09:05:57.867215', 2),
 (9, 'Default', 17, 2, NULL, '2024-01-22 10:41:08.402118', '2024-01-22 10:41:08.402118', NULL),
 (10, 'Default', 10, 3, NULL, '2024-04-29 08:03:39.390421', '2024-04-29 08:03:39.390421', NULL),
 (11, 'Leaseholders', 10, 3, NULL, '2024-04-29 08:20:15.555732', '2024-04-29 08:20:15.555732', NULL),
 (12, 'Section 20 consultations', 11, 3, NULL, '2024-05-13 13:51:44.091367', '2024-05-13 13:51:44.091367', 11),
 (13, (SELECT full_name FROM dsgen.ll WHERE i = 3) || ' – portfolio', 4, 1, NULL, '2024-07-15 15:02:06.227781', '2024-07-15 15:02:06.227781', 6),
 (14, 'Portfolio: ' || (SELECT full_name FROM dsgen.ll WHERE i = 9) || ' (overseas)', 14, 1, NULL, '2024-08-20 10:12:33.830016', '2024-08-20 10:12:33.830016', 6),
 (15, 'Archive 2023', 2, 1, '2024-02-01 09:00:14.712553', '2023-12-29 17:31:02.600118', '2024-02-01 09:00:14.712553', NULL);

INSERT INTO templates (id, slug, name, schema, fields, submitters, author_id, account_id, archived_at, created_at, updated_at, source, folder_id, external_id,
  preferences, shared_link, variables_schema)
SELECT t.id, dsgen.b58('tslug', t.id, 14), t.name, dsgen.tpl_schema(t.id), dsgen.tpl_fields(t.id), dsgen.tpl_submitters(t.id), t.author, t.account,
       CASE WHEN t.archived THEN t.created + interval '200 days' END, t.created, t.created + make_interval(days => fixture_gen.n('tplu', t.id, 120)),
       CASE WHEN t.t1 IS NOT NULL THEN 'native' WHEN t.id = 17 THEN 'api' ELSE 'native' END, t.folder, t.ext,
       CASE WHEN t.t1 IS NOT NULL AND t.id % 2 = 0 THEN json_build_object('submitters_order', 'preserved', 'bcc_completed', (SELECT email FROM dsgen.ll WHERE i = (SELECT ll FROM dsgen.prop WHERE i = t.prop)),
                 'request_email_subject', 'Your tenancy agreement for ' || (SELECT line1 FROM dsgen.prop WHERE i = t.prop))::text
            WHEN t.kind IN ('ast_single', 'ast_joint') THEN '{"submitters_order":"preserved","completed_redirect_url":"https://www.kestrelpm.co.uk/tenants/next-steps"}'
            WHEN t.kind = 'mgmt' THEN '{"submitters_order":"preserved","bcc_completed":"tom@kestrelpm.co.uk"}'
            WHEN t.kind = 's20' THEN '{"request_email_subject":"Section 20 consultation: your response","documents_copy_email_enabled":true}'
            ELSE '{}' END,
       t.shared,
       CASE WHEN t.id IN (1, 2, 3, 9) THEN '{"tenant_name":{"type":"text","required":true},"property_address":{"type":"text","required":true},"rent_pcm":{"type":"number"},"start_date":{"type":"date"},"deposit_scheme":{"type":"text"}}' END
FROM dsgen.tpl t ORDER BY t.id;

INSERT INTO template_accesses (template_id, user_id, created_at, updated_at)
SELECT t, u, dsgen.at('tac', t * 100 + u, '2024-12-07', '2025-06-01'), dsgen.at('tac', t * 100 + u, '2024-12-07', '2025-06-01')
FROM (VALUES (13, 2), (13, 7), (14, 2), (14, 7), (15, 9), (11, 8), (11, 3), (21, 8), (10, 9), (10, 5), (10, 6), (10, 18), (4, 7), (35, 4), (29, 14), (23, 5), (24, 6)) v(t, u);

INSERT INTO template_sharings (template_id, account_id, ability, created_at, updated_at)
SELECT t, a, ab, dsgen.at('tsh', t * 10 + a, '2024-02-03', '2025-03-01'), dsgen.at('tsh', t * 10 + a, '2024-02-03', '2025-03-01')
FROM (VALUES (1, 2, 'manage'), (2, 2, 'manage'), (4, 2, 'read'), (11, 3, 'read'), (21, 3, 'read'), (12, 3, 'read'), (1, 3, 'read'), (10, 2, 'read')) v(t, a, ab);

-- ---------------------------------------------------------------------------
-- Submissions and their submitters.

CREATE TABLE dsgen.sub (id int PRIMARY KEY, tpl int, account int, kind text, by_user int, source text, st text, created timestamp, prop int, custom boolean, archived boolean);
INSERT INTO dsgen.sub
SELECT s, t.id, t.account, t.kind,
       CASE t.account WHEN 2 THEN 17 WHEN 3 THEN (ARRAY[10, 11, 10])[1 + fixture_gen.n('sbu', s, 3)]
         ELSE CASE WHEN t.t1 IS NOT NULL THEN t.author ELSE (ARRAY[1, 3, 4, 5, 6, 14, 15, 18, 16, 5, 6, 18, 13, 16])[1 + fixture_gen.n('sbu', s, 14)] END END,
       NULL, CASE WHEN s > 146 THEN 'pending' ELSE (ARRAY['completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed',
         'completed', 'pending', 'pending', 'pending', 'declined', 'expired', 'partial', 'partial'])[1 + fixture_gen.n('sst', s, 20)] END,
       CASE WHEN t.t1 IS NOT NULL THEN t.created + interval '37 minutes' ELSE dsgen.at('scr', s, greatest(t.created, timestamp '2023-07-01'), '2025-09-18') END,
       coalesce(t.prop, 1 + fixture_gen.n('spr', s, 70)), false, false
FROM generate_series(1, 150) s
JOIN dsgen.tpl t ON t.id = CASE WHEN s > 132 THEN 22 + (s - 132)
  ELSE (ARRAY[1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 9, 9, 9, 10, 10, 10, 11, 11, 12, 12, 13, 13, 14, 15, 16, 17, 18, 18, 18, 19, 19, 19, 20, 20, 21, 22, 22])[1 + fixture_gen.n('stp', s, 51)] END;
UPDATE dsgen.sub SET source = CASE WHEN by_user = 16 THEN 'api' WHEN tpl = 22 THEN 'link' WHEN tpl IN (19, 20) THEN 'bulk' WHEN tpl = 17 THEN 'embed' ELSE 'invite' END,
                     custom = (id % 4 = 1 AND account = 1 AND by_user <> 16 AND tpl <> 22),
                     archived = (st = 'completed' AND created < '2024-06-01' AND id % 5 = 0);
UPDATE dsgen.sub SET by_user = 5 WHERE by_user = 13 AND created > '2024-10-01';

-- Custom invitation messages typed by the sender.
INSERT INTO email_messages (uuid, author_id, account_id, subject, body, sha1, created_at, updated_at)
SELECT fixture_gen.uuid('emsg', s.id), s.by_user, s.account,
       CASE fixture_gen.n('emsj', s.id, 4) WHEN 0 THEN 'Tenancy paperwork – ' || p.line1 WHEN 1 THEN 'Documents to sign for ' || p.line1 || ', Leeds'
         WHEN 2 THEN 'Action needed: your ' || lower(split_part(t.name, ' – ', 1)) ELSE 'Please sign today – keys on ' || to_char(s.created + interval '10 days', 'DD/MM') END,
       'Hi ' || tn.first || E',\n\n' ||
       CASE fixture_gen.n('emsb', s.id, 5)
         WHEN 0 THEN 'Great news, the landlord has accepted your offer on ' || p.line1 || '. Please sign the agreement below; your guarantor ' || g.full_name || ' will receive the deed separately.'
         WHEN 1 THEN 'As discussed on the phone, here is the renewal for ' || p.line1 || '. The rent stays at £' || p.rent || ' pcm until next August.'
         WHEN 2 THEN 'Please sign the documents below. I still need a copy of your passport and your last three payslips from ' || coalesce(tn.employer, 'your employer') || ' before move-in.'
         WHEN 3 THEN 'Please complete this before Friday so we can book the check-in. If the time doesn''t suit, text me on 07700 918 ' || (400 + s.id)::text || '.'
         ELSE 'Attached is the agreement for ' || p.line1 || '. Let me know if you have any questions.' END
       || E'\n\nThanks,\n' || st.first || E'\n' || st.title || ', Kestrel Property Management' || coalesce(E'\n' || st.ddi, ''),
       substr(encode(sha256(convert_to('emsg' || s.id, 'UTF8')), 'hex'), 1, 40), s.created, s.created
FROM dsgen.sub s JOIN dsgen.tpl t ON t.id = s.tpl JOIN dsgen.prop p ON p.i = s.prop JOIN dsgen.staff st ON st.i = s.by_user
JOIN dsgen.ten tn ON tn.i = coalesce(t.t1, 1 + fixture_gen.n('stn0', s.id, 200)) JOIN dsgen.gua g ON g.i = 1 + s.id % 60
WHERE s.custom ORDER BY s.id;

-- Submitters: one per role of each submission, and who they are.
CREATE TABLE dsgen.sm (id int PRIMARY KEY, sub int, tpl int, r int, ptype text, pid int, st text, sent timestamp, opened timestamp, completed timestamp, declined timestamp);
INSERT INTO dsgen.sm (id, sub, tpl, r, ptype, pid, st)
SELECT row_number() OVER (ORDER BY s.id, kr.r), s.id, s.tpl, kr.r, kr.ptype,
       CASE kr.ptype
         WHEN 'tenant' THEN CASE WHEN t.t1 IS NOT NULL THEN CASE kr.r WHEN 0 THEN t.t1 ELSE t.t2 END
                                 WHEN kr.r = 0 THEN 1 + fixture_gen.n('stn0', s.id, 200) ELSE 1 + (fixture_gen.n('stn0', s.id, 200) + 1 + fixture_gen.n('stn1', s.id, 198)) % 200 END
         WHEN 'guarantor' THEN 1 + s.id % 60
         WHEN 'landlord' THEN 1 + fixture_gen.n('sll', s.id, 30)
         WHEN 'contractor' THEN 1 + fixture_gen.n('sco', s.id, 25)
         WHEN 'leaseholder' THEN 1 + fixture_gen.n('slh', s.id, 40)
         ELSE CASE WHEN s.by_user = 16 THEN 5 ELSE s.by_user END END,
       CASE s.st WHEN 'completed' THEN 'completed'
         WHEN 'partial' THEN CASE WHEN kr.r = 0 THEN 'completed' WHEN kr.r = 1 THEN CASE WHEN s.id % 2 = 0 THEN 'opened' ELSE 'sent' END ELSE 'awaiting' END
         WHEN 'pending' THEN CASE WHEN kr.r = 0 THEN CASE WHEN s.id % 3 = 0 THEN 'sent' ELSE 'opened' END ELSE 'awaiting' END
         WHEN 'declined' THEN CASE WHEN kr.r = 0 THEN 'declined' ELSE 'awaiting' END
         ELSE CASE WHEN kr.r = 0 THEN 'sent' ELSE 'awaiting' END END
FROM dsgen.sub s JOIN dsgen.tpl t ON t.id = s.tpl JOIN dsgen.kr ON kr.kind = s.kind;
UPDATE dsgen.sm m SET sent = CASE WHEN m.st <> 'awaiting' THEN s.created + make_interval(hours => m.r * (5 + fixture_gen.n('smg', m.id, 50)), secs => 3 + fixture_gen.n('sms', m.id, 20)) END
FROM dsgen.sub s WHERE s.id = m.sub;
UPDATE dsgen.sm SET opened = CASE WHEN st IN ('opened', 'completed', 'declined') THEN sent + make_interval(mins => 2 + fixture_gen.n('smo', id, 900), secs => fixture_gen.n('smo2', id, 60)) END;
UPDATE dsgen.sm SET completed = CASE WHEN st = 'completed' THEN opened + make_interval(mins => 1 + fixture_gen.n('smc', id, 25), secs => fixture_gen.n('smc2', id, 60)) END,
                    declined = CASE WHEN st = 'declined' THEN opened + make_interval(mins => 3 + fixture_gen.n('smd', id, 30)) END;

INSERT INTO submissions (id, template_id, created_by_user_id, archived_at, created_at, updated_at, template_fields, template_schema, template_submitters, source,
  submitters_order, slug, preferences, account_id, expire_at, name, variables_schema, variables)
SELECT s.id, s.tpl, s.by_user, CASE WHEN s.archived THEN s.created + interval '120 days' END, s.created,
       coalesce((SELECT max(coalesce(completed, declined, opened, sent)) FROM dsgen.sm WHERE sub = s.id), s.created),
       dsgen.tpl_fields(s.tpl), dsgen.tpl_schema(s.tpl), dsgen.tpl_submitters(s.tpl), s.source,
       CASE WHEN s.kind IN ('ast_single', 'ast_joint', 'mgmt', 'guarantor', 'renewal', 'contractor') THEN 'preserved' ELSE 'random' END,
       dsgen.b58('subslug', s.id, 14),
       json_strip_nulls(json_build_object('send_email', true, 'send_sms', s.id % 7 = 0,
         'bcc_completed', CASE WHEN s.kind IN ('ast_single', 'ast_joint', 'renewal') AND s.id % 3 = 0 THEN (SELECT email FROM dsgen.ll WHERE i = p.ll) END,
         'reply_to', CASE WHEN s.account = 1 AND s.by_user <> 16 THEN st.email END))::text,
       s.account,
       CASE WHEN s.st = 'expired' OR s.id % 3 = 0 THEN s.created + interval '14 days' END,
       CASE WHEN s.created >= '2025-05-27' THEN
         CASE WHEN s.kind IN ('ast_single', 'ast_joint') AND t.t1 IS NULL THEN 'Tenancy – ' || p.line1
              WHEN s.kind = 'guarantor' THEN 'Guarantor for ' || (SELECT full_name FROM dsgen.ten WHERE i = (SELECT tenant FROM dsgen.gua WHERE i = 1 + s.id % 60))
              WHEN s.kind = 'rtr' THEN 'RTR check – ' || (SELECT first FROM dsgen.ten WHERE i = 1 + fixture_gen.n('stn0', s.id, 200)) || ' (visa ends ' || to_char(s.created + interval '400 days', 'Mon YYYY') || ')'
              WHEN s.kind = 'renewal' THEN 'Renewal ' || p.line1
              WHEN s.kind = 'contractor' THEN 'Contractor onboarding'
              ELSE NULL END END,
       CASE WHEN s.by_user = 16 AND s.tpl IN (1, 2, 3, 9) THEN (SELECT variables_schema FROM templates WHERE id = s.tpl) END,
       CASE WHEN s.by_user = 16 AND s.tpl IN (1, 2, 3, 9) THEN json_build_object('tenant_name', tn.full_name, 'property_address', p.line1 || ', Leeds ' || p.pc, 'rent_pcm', p.rent,
         'start_date', to_char(s.created + interval '21 days', 'YYYY-MM-DD'), 'deposit_scheme', 'DPS')::text END
FROM dsgen.sub s JOIN dsgen.tpl t ON t.id = s.tpl JOIN dsgen.prop p ON p.i = s.prop JOIN dsgen.staff st ON st.i = s.by_user
JOIN dsgen.ten tn ON tn.i = 1 + fixture_gen.n('stn0', s.id, 200)
ORDER BY s.id;

-- What each signer typed, keyed by field uuid (values autosaved while the
-- form is open, so an opened form holds its first answers).
CREATE TABLE dsgen.smv (id int PRIMARY KEY, vals text);
INSERT INTO dsgen.smv
SELECT m.id, coalesce((
  SELECT json_object_agg(f.fuuid, v ORDER BY f.ord) FILTER (WHERE v IS NOT NULL)
  FROM dsgen.tf f CROSS JOIN LATERAL (SELECT CASE f.fkind
      WHEN 'name' THEN to_json(coalesce(f.dflt, p.full_name))
      WHEN 'dob' THEN to_json(to_char(p.dob, 'YYYY-MM-DD'))
      WHEN 'phone' THEN to_json(p.phone)
      WHEN 'email' THEN to_json(p.email)
      WHEN 'address' THEN to_json(p.addr)
      WHEN 'sig' THEN to_json(fixture_gen.uuid('sig', m.id * 100 + f.ord))
      WHEN 'upload' THEN to_json(fixture_gen.uuid('upl', m.id * 100 + f.ord))
      WHEN 'date' THEN to_json(to_char(m.completed, 'YYYY-MM-DD'))
      WHEN 'rel' THEN to_json(p.rel)
      WHEN 'employer' THEN to_json(p.employer)
      WHEN 'income' THEN to_json(p.income)
      WHEN 'rent' THEN to_json((SELECT rent + 25 * (m.id % 3) FROM dsgen.prop WHERE i = (SELECT prop FROM dsgen.sub WHERE id = m.sub)))
      WHEN 'pet' THEN to_json(fixture_gen.pick(ARRAY['Cat, domestic shorthair, 3 years, "Miso"', 'Dog – cockapoo, 2 yrs, Biscuit', 'Two indoor rabbits',
                         'Assistance dog (guide dog) – Hugo, labrador, 6 years', 'Leopard gecko in a vivarium', 'Cat (Bengal), 5, called Tiger – neutered, vaccinated'], 'pet', m.id))
      WHEN 'comment' THEN CASE WHEN fixture_gen.n('cmt', m.id, 3) = 0 THEN NULL ELSE to_json(fixture_gen.pick(ARRAY[
                         'Carpet in bedroom 2 stained by the window, photo sent to Omar. Smoke alarms tested OK.',
                         'No issues.',
                         'Back door key missing – my partner ' || fixture_gen.full_name('cmtp', m.id) || ' has the spare and will drop it in.',
                         'I object to the cost. My mother in flat 12 is 84 and cannot pay the levy in one go, please call me on ' || p.phone,
                         'Oven door hinge loose. Damp patch in bathroom ceiling (already there at viewing).',
                         'Fine by me, but please use a contractor who speaks to leaseholders first.',
                         'Fridge freezer not cold, reported to the office on the day of check-in.'], 'cmt', m.id)) END
      WHEN 'nat' THEN to_json(p.nat)
      WHEN 'passport' THEN to_json(p.passport)
      WHEN 'sharecode' THEN to_json(coalesce(p.sharecode, 'N/A – British citizen'))
      WHEN 'check' THEN 'true'::json
      WHEN 'trading' THEN to_json(p.trading)
      WHEN 'gassafe' THEN to_json(p.gassafe)
      WHEN 'vat' THEN to_json(p.vat)
      WHEN 'insurer' THEN to_json(p.insurer)
      WHEN 'acct' THEN to_json(p.acct)
      WHEN 'acct_name' THEN to_json(p.acct_name)
      WHEN 'sort' THEN to_json(p.sort)
      WHEN 'utr' THEN to_json(p.utr)
      WHEN 'keyno' THEN to_json('K' || fixture_gen.digits('key', m.id, 3))
      WHEN 'flat' THEN to_json(p.flat)
      WHEN 'emerg' THEN to_json(p.emerg) END AS v) x
  WHERE f.tpl = m.tpl AND f.r = m.r AND (m.st = 'completed' OR (m.st = 'opened' AND f.ord <= 2 AND f.ftype NOT IN ('signature', 'initials')))
)::text, '{}')
FROM dsgen.sm m JOIN dsgen.party p ON p.ptype = m.ptype AND p.pid = m.pid;

INSERT INTO submitters (id, submission_id, uuid, email, slug, values, ua, ip, sent_at, opened_at, completed_at, created_at, updated_at, name, phone, external_id,
  preferences, metadata, account_id, declined_at, timezone)
SELECT m.id, m.sub, fixture_gen.uuid('tsu', m.tpl * 10 + m.r),
       CASE WHEN m.ptype = 'tenant' AND m.id % 29 = 0 THEN NULL ELSE p.email END,
       dsgen.b58('smslug', m.id, 14), v.vals,
       CASE WHEN m.opened IS NOT NULL THEN CASE WHEN m.ptype = 'staff' THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' ELSE dsgen.ua('smua', m.id) END END,
       CASE WHEN m.opened IS NOT NULL THEN CASE WHEN m.ptype = 'staff' THEN '81.134.2' || (m.id % 3)::text || '.' || (40 + m.pid)::text WHEN m.id % 5 = 0 THEN fixture_gen.ipv6('smip', m.id) ELSE fixture_gen.ipv4('smip', m.id) END END,
       m.sent, m.opened, m.completed, s.created, coalesce(m.completed, m.declined, m.opened, m.sent, s.created),
       CASE WHEN m.ptype <> 'staff' AND m.id % 5 = 2 THEN NULL ELSE p.full_name END,
       CASE WHEN (m.ptype = 'tenant' AND (m.id % 29 = 0 OR m.id % 3 = 0)) OR (m.ptype = 'leaseholder' AND m.id % 5 = 0) THEN
         CASE WHEN p.phone LIKE '07%' THEN '+44' || substr(replace(p.phone, ' ', ''), 2) ELSE replace(p.phone, ' ', '') END END,
       CASE WHEN s.source = 'api' THEN upper(substr(m.ptype, 1, 3)) || '-' || lpad(m.pid::text, 5, '0') WHEN t.t1 IS NOT NULL AND m.ptype = 'tenant' THEN 'TEN-' || lpad(m.pid::text, 5, '0') END,
       json_strip_nulls(json_build_object('send_email', NOT (m.ptype = 'tenant' AND m.id % 29 = 0), 'send_sms', (m.ptype = 'tenant' AND (m.id % 29 = 0 OR m.id % 3 = 0)),
         'email_message_uuid', CASE WHEN s.custom AND m.r = 0 THEN fixture_gen.uuid('emsg', s.id) END))::text,
       CASE WHEN s.source = 'api' THEN json_build_object('tenancy_id', 3000 + s.id, 'property_ref', 'KPM-P' || lpad(s.prop::text, 4, '0'), 'negotiator', (SELECT email FROM dsgen.staff WHERE i = (ARRAY[5, 6, 18])[1 + s.id % 3]),
              'crm_contact', p.full_name || ' <' || coalesce(p.email, '') || '>')::text
            WHEN s.source = 'embed' THEN '{"env":"staging","test":true}'
            ELSE '{}' END,
       s.account, m.declined,
       CASE WHEN m.completed IS NOT NULL THEN CASE WHEN m.ptype = 'staff' OR m.id % 7 <> 0 THEN 'Europe/London'
         ELSE CASE p.nat WHEN 'Chinese' THEN 'Asia/Shanghai' WHEN 'Indian' THEN 'Asia/Kolkata' WHEN 'Nigerian' THEN 'Africa/Lagos' WHEN 'Malaysian' THEN 'Asia/Kuala_Lumpur'
           WHEN 'Polish' THEN 'Europe/Warsaw' WHEN 'Spanish' THEN 'Europe/Madrid' WHEN 'Brazilian' THEN 'America/Sao_Paulo' WHEN 'Turkish' THEN 'Europe/Istanbul' ELSE 'Europe/Dublin' END END END
FROM dsgen.sm m JOIN dsgen.sub s ON s.id = m.sub JOIN dsgen.tpl t ON t.id = m.tpl JOIN dsgen.party p ON p.ptype = m.ptype AND p.pid = m.pid JOIN dsgen.smv v ON v.id = m.id
ORDER BY m.id;

-- ---------------------------------------------------------------------------
-- The audit trail: submission events (IP, user agent and the Rails session
-- id of each view, start and completion; decline reasons; phones
-- verified), and email events (sends, opens, clicks on the signing link,
-- bounces quoting the address).

CREATE TABLE dsgen.ev (sm int, sub int, ord int, typ text, at timestamp, data text);
INSERT INTO dsgen.ev
SELECT m.id, m.sub, e.ord, e.typ, e.at, e.data
FROM dsgen.sm m JOIN submitters su ON su.id = m.id JOIN dsgen.sub s ON s.id = m.sub JOIN dsgen.party p ON p.ptype = m.ptype AND p.pid = m.pid
CROSS JOIN LATERAL (SELECT json_build_object('ip', su.ip, 'ua', su.ua, 'sid', fixture_gen.hexn('sid', m.id, 32)) AS trk) k
CROSS JOIN LATERAL (VALUES
  (1, CASE WHEN m.sent IS NOT NULL AND su.email IS NOT NULL THEN 'send_email' END, m.sent,
      json_strip_nulls(json_build_object('email', su.email, 'uid', CASE WHEN s.source <> 'api' THEN s.by_user END))::text),
  (2, CASE WHEN m.sent IS NOT NULL AND su.phone IS NOT NULL THEN 'send_sms' END, m.sent + interval '2 seconds', json_build_object('phone', su.phone)::text),
  (3, CASE WHEN m.opened IS NOT NULL AND su.email IS NOT NULL AND m.id % 2 = 0 THEN 'click_email' END, m.opened - interval '1 second', k.trk::text),
  (4, CASE WHEN m.opened IS NOT NULL THEN 'view_form' END, m.opened,
      CASE WHEN m.ptype = 'staff' THEN json_build_object('ip', su.ip, 'ua', su.ua, 'sid', fixture_gen.hexn('sid', m.id, 32), 'uid', m.pid)::text ELSE k.trk::text END),
  (5, CASE WHEN m.opened IS NOT NULL AND m.st <> 'declined' THEN 'start_form' END, m.opened + interval '31 seconds', k.trk::text),
  (6, CASE WHEN m.completed IS NOT NULL AND su.phone IS NOT NULL THEN 'phone_verified' END, m.completed - interval '40 seconds', json_build_object('phone', su.phone)::text),
  (7, CASE WHEN m.completed IS NOT NULL THEN 'complete_form' END, m.completed, k.trk::text),
  (8, CASE WHEN m.declined IS NOT NULL THEN 'decline_form' END, m.declined,
      json_build_object('ip', su.ip, 'ua', su.ua, 'sid', fixture_gen.hexn('sid', m.id, 32), 'reason', fixture_gen.pick(ARRAY[
        'The rent in clause 3 is wrong, we agreed £' || (SELECT rent - 50 FROM dsgen.prop WHERE i = s.prop) || ' with the negotiator.',
        'My name is spelled wrong, it should be ' || upper(p.full_name) || ' as on my passport.',
        'Found another place, sorry.',
        'My dad (' || fixture_gen.first_name('dcl', m.id) || ' ' || split_part(p.full_name, ' ', 2) || ') is my guarantor and he is in hospital, can we wait two weeks?',
        'I do not agree to the cost of the works.'], 'dcl', m.id))::text),
  (9, CASE WHEN m.st IN ('sent', 'opened') AND su.email IS NOT NULL THEN 'send_reminder_email' END, m.sent + interval '2 days', json_build_object('email', su.email)::text),
  (10, CASE WHEN m.sent IS NOT NULL AND su.email IS NOT NULL AND m.id % 41 = 0 THEN 'bounce_email' END, m.sent + interval '9 seconds',
      json_build_object('email', su.email, 'reason', '550 5.1.1 <' || su.email || '>: Recipient address rejected: User unknown')::text)
) e(ord, typ, at, data)
WHERE e.typ IS NOT NULL;

INSERT INTO submission_events (submission_id, submitter_id, data, event_type, event_timestamp, created_at, updated_at)
SELECT sub, sm, data, typ, at, at, at FROM dsgen.ev ORDER BY at, sm, ord;

-- Admin-side events without a submitter: parties invited by the sender.
INSERT INTO submission_events (submission_id, submitter_id, data, event_type, event_timestamp, created_at, updated_at)
SELECT s.id, NULL, json_build_object('uid', s.by_user)::text, 'invite_party', s.created, s.created, s.created
FROM dsgen.sub s WHERE s.kind IN ('ast_joint', 'guarantor') AND s.id % 4 = 2 ORDER BY s.id;

INSERT INTO email_events (account_id, emailable_type, emailable_id, message_id, tag, event_type, email, data, event_datetime, created_at)
SELECT s.account, 'Submitter', m.id, '<' || fixture_gen.hexn('mid' || e.tag, m.id, 24) || '@sign.kestrelpm.co.uk>', e.tag, e.typ, su.email, e.data, e.at, e.at
FROM dsgen.sm m JOIN submitters su ON su.id = m.id JOIN dsgen.sub s ON s.id = m.sub
CROSS JOIN LATERAL (VALUES
  ('submitter_invitation', 'send', m.sent, json_build_object('smtp_address', CASE s.account WHEN 3 THEN 'smtp.sendgrid.net' ELSE 'smtp.office365.com' END,
      'response', '250 2.0.0 OK <' || fixture_gen.hexn('mid', m.id, 16) || '@' || CASE s.account WHEN 3 THEN 'geopod-ismtpd-3' ELSE 'LO2P265MB5039.GBRP265.PROD.OUTLOOK.COM' END || '>')::text, m.sent IS NOT NULL),
  ('submitter_invitation', 'open', m.opened - interval '3 minutes', json_build_object('ip', su.ip, 'ua', su.ua)::text, m.opened IS NOT NULL AND m.id % 3 = 0),
  ('submitter_invitation', 'click', m.opened - interval '1 second', json_build_object('url', 'https://sign.kestrelpm.co.uk/s/' || su.slug || '?t=' || dsgen.b64url('trk', m.id, 8), 'ip', su.ip, 'ua', su.ua)::text,
      m.opened IS NOT NULL AND m.id % 2 = 0),
  ('submitter_invitation', 'bounce', m.sent + interval '9 seconds', json_build_object('diagnostic_code', 'smtp; 550 5.1.1 <' || su.email || '>: Recipient address rejected: User unknown in virtual mailbox table',
      'status', '5.1.1', 'reporting_mta', 'dns; ' || split_part(su.email, '@', 2))::text, m.sent IS NOT NULL AND m.id % 41 = 0),
  ('submitter_documents_copy', 'send', m.completed + interval '20 seconds', json_build_object('smtp_address', CASE s.account WHEN 3 THEN 'smtp.sendgrid.net' ELSE 'smtp.office365.com' END,
      'response', '250 2.0.0 OK <' || fixture_gen.hexn('midc', m.id, 16) || '@LO2P265MB5039.GBRP265.PROD.OUTLOOK.COM>')::text, m.completed IS NOT NULL AND m.ptype <> 'staff')
) e(tag, typ, at, data, keep)
WHERE e.keep AND su.email IS NOT NULL
ORDER BY e.at, m.id, e.tag, e.typ;

INSERT INTO completed_submitters (submitter_id, submission_id, account_id, template_id, source, sms_count, completed_at, created_at, updated_at)
SELECT m.id, m.sub, s.account, s.tpl, s.source, CASE WHEN su.phone IS NOT NULL THEN 1 ELSE 0 END, m.completed, m.completed, m.completed
FROM dsgen.sm m JOIN dsgen.sub s ON s.id = m.sub JOIN submitters su ON su.id = m.id WHERE m.completed IS NOT NULL ORDER BY m.completed, m.id;

INSERT INTO completed_documents (submitter_id, sha256, created_at, updated_at)
SELECT m.id, encode(sha256(convert_to('signed-doc:' || m.id, 'UTF8')), 'hex'), m.completed + interval '4 seconds', m.completed + interval '4 seconds'
FROM dsgen.sm m WHERE m.completed IS NOT NULL ORDER BY m.completed, m.id;

INSERT INTO document_generation_events (submitter_id, event_name, created_at, updated_at)
SELECT m.id, e, m.completed + CASE e WHEN 'start' THEN interval '1 second' ELSE interval '4 seconds' END, m.completed + CASE e WHEN 'start' THEN interval '1 second' ELSE interval '4 seconds' END
FROM dsgen.sm m CROSS JOIN (VALUES ('start'), ('complete')) v(e) WHERE m.completed >= '2024-09-01' ORDER BY m.completed, m.id, e DESC;

INSERT INTO lock_events (event_name, key, created_at, updated_at)
SELECT e, 'submitter:' || m.id || ':results', m.completed + interval '1 second', m.completed + interval '4 seconds'
FROM dsgen.sm m CROSS JOIN (VALUES ('start'), ('complete')) v(e) WHERE m.completed >= '2025-06-01'
UNION ALL
SELECT 'retry', 'submitter:' || m.id || ':results', m.completed + interval '30 seconds', m.completed + interval '30 seconds' FROM dsgen.sm m WHERE m.completed >= '2025-06-01' AND m.id % 9 = 0
ORDER BY 3, 2, 1;

-- ---------------------------------------------------------------------------
-- Files: template PDFs, signatures, ID uploads, signed copies named after
-- the signer, audit logs, staff signatures, the logo.

CREATE TABLE dsgen.att (n serial PRIMARY KEY, name text, record_type text, record_id bigint, uuid text, filename text, ctype text, meta text, at timestamp);
INSERT INTO dsgen.att (name, record_type, record_id, uuid, filename, ctype, meta, at)
SELECT * FROM (
SELECT 'logo', 'Account', 1, fixture_gen.uuid('logo', 1), 'kestrel-logo-2023.png', 'image/png', '{"identified":true,"width":640,"height":160,"analyzed":true}', timestamp '2023-06-05 10:11:09.220431'
UNION ALL
SELECT 'documents', 'Template', t.id, fixture_gen.uuid('tdoc', t.id), t.docname || '.pdf', 'application/pdf', '{"identified":true,"analyzed":true,"pdf":{"number_of_pages":' || (2 + fixture_gen.n('pg', t.id, 20)) || '}}', t.created
FROM dsgen.tpl t
UNION ALL
SELECT CASE k WHEN 'usig' THEN 'signature' ELSE 'initials' END, 'User', u.user_id, fixture_gen.uuid(k, u.user_id), CASE k WHEN 'usig' THEN 'signature.png' ELSE 'initials.png' END, 'image/png',
       '{"identified":true,"width":800,"height":240,"analyzed":true}', u.created_at
FROM user_configs u CROSS JOIN LATERAL (SELECT CASE u.key WHEN 'signature' THEN 'usig' ELSE 'uini' END AS k) x WHERE u.key IN ('signature', 'initials')
UNION ALL
SELECT 'attachments', 'Submitter', m.id, fixture_gen.uuid(CASE f.fkind WHEN 'upload' THEN 'upl' ELSE 'sig' END, m.id * 100 + f.ord),
       CASE WHEN f.fkind = 'upload' THEN fixture_gen.pick(ARRAY['IMG_' || fixture_gen.digits('upf', m.id, 4) || '.jpeg', 'passport_' || lower(fixture_gen.ascii(p.first)) || '.jpg',
              p.full_name || ' BRP.pdf', 'Scan ' || to_char(m.completed, 'YYYY-MM-DD HH24.MI') || '.pdf', 'WhatsApp Image ' || to_char(m.completed, 'YYYY-MM-DD') || ' at 09.14.22.jpeg',
              fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(split_part(p.full_name, ' ', 2)) || '_passport_photo_page.jpg'], 'upf', m.id)
            WHEN f.ftype = 'initials' THEN 'initials.png' ELSE 'signature.png' END,
       CASE WHEN f.fkind = 'upload' THEN 'image/jpeg' ELSE 'image/png' END,
       CASE WHEN f.fkind = 'upload' THEN '{"identified":true,"width":3024,"height":4032,"analyzed":true}' ELSE '{"identified":true,"width":1000,"height":300,"analyzed":true}' END,
       m.completed - interval '10 seconds'
FROM dsgen.sm m JOIN dsgen.tf f ON f.tpl = m.tpl AND f.r = m.r AND f.fkind IN ('sig', 'upload') JOIN dsgen.party p ON p.ptype = m.ptype AND p.pid = m.pid
WHERE m.completed IS NOT NULL
UNION ALL
SELECT 'documents', 'Submitter', m.id, fixture_gen.uuid('sdoc', m.id), t.docname || ' - ' || p.full_name || '.pdf', 'application/pdf',
       '{"identified":true,"analyzed":true,"sha256":"' || fixture_gen.b64('sdsha', m.id, 32) || '","pdf":{"number_of_pages":' || (2 + fixture_gen.n('pg', t.id, 20)) || '}}', m.completed + interval '4 seconds'
FROM dsgen.sm m JOIN dsgen.tpl t ON t.id = m.tpl JOIN dsgen.party p ON p.ptype = m.ptype AND p.pid = m.pid WHERE m.completed IS NOT NULL
UNION ALL
SELECT 'audit_trail', 'Submission', s.id, fixture_gen.uuid('aud', s.id), 'Audit Log - ' || t.name || '.pdf', 'application/pdf', '{"identified":true,"analyzed":true,"pdf":{"number_of_pages":2}}',
       (SELECT max(completed) FROM dsgen.sm WHERE sub = s.id) + interval '6 seconds'
FROM dsgen.sub s JOIN dsgen.tpl t ON t.id = s.tpl WHERE s.st = 'completed'
) u ORDER BY 8, 2, 3, 1, 4;

INSERT INTO active_storage_blobs (id, key, filename, content_type, metadata, service_name, byte_size, checksum, created_at, uuid)
SELECT a.n, fixture_gen.chars('bkey', a.n, 28, 'abcdefghijklmnopqrstuvwxyz0123456789'), a.filename, a.ctype, a.meta,
       CASE WHEN a.at < '2023-09-01' THEN 'disk' ELSE 'aws_s3' END,
       CASE a.ctype WHEN 'application/pdf' THEN 80000 + fixture_gen.n('bsz', a.n, 900000) WHEN 'image/jpeg' THEN 900000 + fixture_gen.n('bsz', a.n, 3000000) ELSE 4000 + fixture_gen.n('bsz', a.n, 30000) END,
       fixture_gen.b64('bck', a.n, 16), a.at, fixture_gen.uuid('blob', a.n)
FROM dsgen.att a ORDER BY a.n;

INSERT INTO active_storage_attachments (name, uuid, record_type, record_id, blob_id, created_at)
SELECT a.name, a.uuid, a.record_type, a.record_id, a.n, a.at FROM dsgen.att a ORDER BY a.n;

INSERT INTO active_storage_variant_records (blob_id, variation_digest)
SELECT a.n, fixture_gen.b64('vd', a.n, 20) FROM dsgen.att a WHERE a.filename IN ('signature.png', 'kestrel-logo-2023.png') AND a.n % 4 = 0 ORDER BY a.n;

-- ---------------------------------------------------------------------------
-- Webhooks: the URLs and secrets are encrypted; events and the receivers'
-- answers are not.

INSERT INTO webhook_urls (account_id, url, events, sha1, created_at, updated_at, secret) VALUES
 (1, dsgen.arenc('whu', 1, 110), '["form.completed","form.declined","submission.completed"]', substr(encode(sha256(convert_to('whu1', 'UTF8')), 'hex'), 1, 40),
  '2024-07-14 17:30:02.118243', '2024-11-04 09:12:40.660185', dsgen.arenc('whs', 1, 60)),
 (1, dsgen.arenc('whu', 2, 70), '["form.completed"]', substr(encode(sha256(convert_to('whu2', 'UTF8')), 'hex'), 1, 40),
  '2024-08-01 09:05:55.091842', '2024-08-01 09:05:55.091842', dsgen.arenc('whs', 2, 4)),
 (3, dsgen.arenc('whu', 3, 64), '["form.completed","form.declined","submission.expired"]', substr(encode(sha256(convert_to('whu3', 'UTF8')), 'hex'), 1, 40),
  '2025-01-06 11:44:18.570337', '2025-01-06 11:44:18.570337', dsgen.arenc('whs', 3, 48)),
 (2, dsgen.arenc('whu', 4, 70), '["form.viewed","form.started","form.completed","form.declined"]', substr(encode(sha256(convert_to('whu4', 'UTF8')), 'hex'), 1, 40),
  '2024-01-23 12:00:37.302415', '2024-01-23 12:00:37.302415', dsgen.arenc('whs', 4, 4));

CREATE TABLE dsgen.whe (n serial PRIMARY KEY, url int, account int, record_id bigint, record_type text, typ text, status text, at timestamp);
INSERT INTO dsgen.whe (url, account, record_id, record_type, typ, status, at)
SELECT w, s.account, r, rt, typ, CASE WHEN fixture_gen.n('whst', r * 10 + w, 13) = 0 THEN 'error' ELSE 'success' END, at
FROM (
  SELECT CASE s.account WHEN 1 THEN 1 WHEN 3 THEN 3 ELSE 4 END AS w, m.sub, m.id AS r, 'Submitter' AS rt, CASE WHEN m.declined IS NOT NULL THEN 'form.declined' ELSE 'form.completed' END AS typ,
         coalesce(m.completed, m.declined) + interval '2 seconds' AS at
  FROM dsgen.sm m JOIN dsgen.sub s ON s.id = m.sub WHERE (m.completed IS NOT NULL OR m.declined IS NOT NULL) AND coalesce(m.completed, m.declined) >= '2024-07-14'
  UNION ALL
  SELECT 2, m.sub, m.id, 'Submitter', 'form.completed', m.completed + interval '2 seconds' FROM dsgen.sm m JOIN dsgen.sub s ON s.id = m.sub
  WHERE s.kind = 'holding' AND m.completed >= '2024-08-01'
  UNION ALL
  SELECT 1, s.id, s.id, 'Submission', 'submission.completed', (SELECT max(completed) FROM dsgen.sm WHERE sub = s.id) + interval '7 seconds' FROM dsgen.sub s
  WHERE s.account = 1 AND s.st = 'completed' AND (SELECT max(completed) FROM dsgen.sm WHERE sub = s.id) >= '2024-07-14'
) x JOIN dsgen.sub s ON s.id = x.sub
ORDER BY at, w, rt, r;

INSERT INTO webhook_events (uuid, webhook_url_id, account_id, record_id, record_type, event_type, status, created_at, updated_at)
SELECT fixture_gen.uuid('whe', n), url, account, record_id, record_type, typ, status, at, at + interval '1 second' FROM dsgen.whe ORDER BY n;

INSERT INTO webhook_attempts (webhook_event_id, response_body, response_status_code, attempt, created_at, updated_at)
SELECT e.n,
       CASE WHEN e.status = 'success' THEN
              CASE e.url WHEN 2 THEN '{"id":"' || fixture_gen.uuid('zid', e.n) || '","request_id":"' || fixture_gen.chars('zrq', e.n, 20, 'abcdefghijklmnopqrstuvwxyz0123456789') || '","attempt":"' || fixture_gen.uuid('zat', e.n) || '","status":"success"}'
                         WHEN 3 THEN 'Accepted'
                         WHEN 4 THEN ''
                         ELSE '{"ok":true,"tenancy_id":' || (3000 + e.record_id % 500) || '}' END
            WHEN a = 1 AND e.url = 1 AND e.record_type = 'Submitter' THEN
              '{"ok":false,"error":"No CRM contact matched ' || coalesce((SELECT email FROM submitters WHERE id = e.record_id), '') || ' (' || coalesce((SELECT name FROM submitters WHERE id = e.record_id), 'no name') || '); tenancy not updated"}'
            WHEN a = 2 THEN '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.24.0</center></body></html>'
            ELSE NULL END,
       CASE WHEN e.status = 'success' THEN 200 WHEN a = 1 THEN 422 WHEN a = 2 THEN 502 ELSE 500 END,
       a, e.at + make_interval(mins => (a - 1) * 5), e.at + make_interval(mins => (a - 1) * 5)
FROM dsgen.whe e CROSS JOIN generate_series(1, 3) a
WHERE a = 1 OR e.status = 'error'
ORDER BY e.n, a;

-- ---------------------------------------------------------------------------
-- The search index (tsvector of names, emails and phones; ngrams of them).

CREATE FUNCTION dsgen.ngrams(s text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_tsvector('simple', coalesce(string_agg(substr(w, k, 3), ' '), ''))
  FROM regexp_split_to_table(lower(coalesce(s, '')), '[^[:alnum:]@.+]+') w, generate_series(1, greatest(length(w) - 2, 0)) k
$$;

INSERT INTO search_entries (record_type, record_id, account_id, tsvector, created_at, updated_at, ngram)
SELECT 'Template', t.id, t.account_id, to_tsvector('simple', t.name), t.created_at, t.updated_at, dsgen.ngrams(t.name) FROM templates t
UNION ALL
SELECT 'Submitter', su.id, su.account_id, to_tsvector('simple', concat_ws(' ', su.name, su.email, su.phone, replace(su.phone, '+44', '0'))), su.created_at, su.updated_at,
       dsgen.ngrams(concat_ws(' ', su.name, su.email, su.phone)) FROM submitters su
UNION ALL
SELECT 'Submission', s.id, s.account_id, to_tsvector('simple', concat_ws(' ', s.name, (SELECT string_agg(concat_ws(' ', name, email, phone), ' ') FROM submitters WHERE submission_id = s.id))),
       s.created_at, s.updated_at, dsgen.ngrams(concat_ws(' ', s.name, (SELECT string_agg(concat_ws(' ', name, email), ' ') FROM submitters WHERE submission_id = s.id)))
FROM submissions s WHERE s.created_at >= '2025-06-03'
ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- console1984: who opened a production console, why, and what they ran.

INSERT INTO console1984_users (id, username, created_at, updated_at) VALUES
 (1, 'dmitri', '2025-02-25 14:02:11.530221', '2025-02-25 14:02:11.530221'),
 (2, 'tom.whitaker', '2025-03-03 09:40:27.004185', '2025-03-03 09:40:27.004185'),
 (3, 'deploy', '2025-02-25 13:58:40.117733', '2025-02-25 13:58:40.117733'),
 (4, 'r.okonkwo', '2025-04-14 10:21:55.902644', '2025-04-14 10:21:55.902644');

CREATE TABLE dsgen.cs (id int PRIMARY KEY, u int, reason text, at timestamp, sens text);
INSERT INTO dsgen.cs
SELECT k, CASE WHEN k < 6 THEN 1 WHEN k % 5 = 0 THEN 2 WHEN k % 7 = 0 THEN 3 ELSE 4 END,
       CASE k % 8
         WHEN 0 THEN 'Tenant ' || coalesce(su.name, su.email, su.phone) || ' says the invite never arrived, checking the submitter email'
         WHEN 1 THEN 'Re-send S20 notices for Manor Mills after the SendGrid outage'
         WHEN 2 THEN 'Rotate SMTP password after the Office 365 change'
         WHEN 3 THEN 'GDPR erasure request from ' || coalesce(su.name, 'tenant') || ' (' || coalesce(su.email, su.phone) || ')'
         WHEN 4 THEN 'Fix wrong mobile on submitter ' || su.id || ', tenant asked by phone'
         WHEN 5 THEN 'Count completed ASTs for the quarterly report'
         WHEN 6 THEN 'Unlock Sophie''s account'
         ELSE 'Webhook to CRM failing, replay events' END,
       dsgen.at('csa', k, '2025-02-25', '2025-09-18'),
       CASE WHEN k % 8 IN (0, 3, 4) THEN 'Need to read submitter values for ' || coalesce(split_part(su.name, ' ', 1) || '''s ', 'submitter ' || su.id || ', ') || CASE k % 8 WHEN 3 THEN 'erasure request' ELSE 'ticket' END END
FROM generate_series(1, 24) k JOIN submitters su ON su.id = 1 + (k * 37) % 269;

INSERT INTO console1984_sessions (id, reason, user_id, created_at, updated_at)
SELECT id, reason, u, at, at + interval '25 minutes' FROM dsgen.cs ORDER BY id;

INSERT INTO console1984_sensitive_accesses (id, justification, session_id, created_at, updated_at)
SELECT row_number() OVER (ORDER BY id), sens, id, at + interval '2 minutes', at + interval '2 minutes' FROM dsgen.cs WHERE sens IS NOT NULL ORDER BY id;

INSERT INTO console1984_commands (statements, sensitive_access_id, session_id, created_at, updated_at)
SELECT st, sa, c.id, c.at + make_interval(secs => 30 * o), c.at + make_interval(secs => 30 * o)
FROM dsgen.cs c JOIN submitters su ON su.id = 1 + (c.id * 37) % 269
LEFT JOIN console1984_sensitive_accesses a ON a.session_id = c.id
CROSS JOIN LATERAL (SELECT a.id AS sa) y
CROSS JOIN LATERAL (VALUES
  (1, CASE c.id % 8 WHEN 2 THEN 'c = EncryptedConfig.find_by(account_id: 1, key: ''action_mailer_smtp'')'
                    WHEN 5 THEN 'Submission.joins(:template).where(templates: { folder_id: [2, 6] }).where.not(completed_at: nil).where(created_at: 3.months.ago..).count'
                    WHEN 6 THEN 'u = User.find_by(email: ''sophie.clarke@kestrelpm.co.uk'')'
                    WHEN 7 THEN 'WebhookEvent.where(status: ''error'').where(created_at: 1.day.ago..).count'
                    ELSE CASE WHEN su.email IS NOT NULL THEN 's = Submitter.find_by(email: ''' || su.email || ''')' ELSE 's = Submitter.find_by(phone: ''' || su.phone || ''')' END END),
  (2, CASE c.id % 8 WHEN 2 THEN 'c.update!(value: c.value.merge(''password'' => ''' || fixture_gen.chars('smtpnew', c.id, 16, 'bcdfghjkmnpqrstvwxyz23456789') || '''))'
                    WHEN 0 THEN 's.slice(:id, :email, :sent_at, :opened_at)'
                    WHEN 3 THEN 's.update!(name: ''Erased'', email: nil, phone: nil, values: {}, ip: nil, ua: nil)'
                    WHEN 4 THEN 's.update!(phone: ''' || coalesce('+44' || fixture_gen.digits('cph', c.id, 10), '') || ''')'
                    WHEN 6 THEN 'u.update!(locked_at: nil, failed_attempts: 0)'
                    WHEN 7 THEN 'WebhookEvent.where(status: ''error'').find_each { |e| SendWebhookRequestJob.perform_async(''webhook_event_id'' => e.id) }'
                    ELSE NULL END),
  (3, CASE c.id % 8 WHEN 0 THEN 'SendSubmitterInvitationEmailJob.perform_async(''submitter_id'' => ' || su.id || ')'
                    WHEN 3 THEN 'SearchEntries.index_submitters([s])'
                    WHEN 1 THEN 'Submission.where(template_id: 20, completed_at: nil).find_each { |sub| sub.submitters.each { |x| SendSubmitterInvitationEmailJob.perform_async(''submitter_id'' => x.id) } }'
                    ELSE NULL END)
) v(o, st)
WHERE st IS NOT NULL
ORDER BY c.id, o;

-- ===========================================================================
-- NOT DocuSeal: Kestrel's own tables, in the schema "lettings".

CREATE SCHEMA lettings;

CREATE TABLE lettings.staff (
  id bigserial PRIMARY KEY,
  full_name character varying NOT NULL,
  email character varying NOT NULL,
  job_title character varying,
  docuseal_user_id bigint,
  direct_line character varying,
  active boolean DEFAULT true NOT NULL,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.staff (full_name, email, job_title, docuseal_user_id, direct_line, active, created_at)
SELECT first || ' ' || last, CASE WHEN i = 7 THEN 'hannah.johansson@kestrelpm.co.uk' ELSE email END, title, i, ddi, i NOT IN (12, 13), dsgen.at('lsc', i, '2019-03-01', '2024-06-01')
FROM dsgen.staff WHERE i NOT IN (16, 17)
UNION ALL SELECT 'Beatriz Silva', 'beatriz.silva@kestrelpm.co.uk', 'Office Manager', NULL, '0113 496 0101', true, '2018-09-03 09:00:00'
UNION ALL SELECT 'Sipho Dlamini', 'sipho.dlamini@kestrelpm.co.uk', 'Inventory Clerk', NULL, NULL, true, '2022-02-14 09:00:00';

CREATE TABLE lettings.landlords (
  id bigserial PRIMARY KEY,
  full_name character varying NOT NULL,
  company_name character varying,
  email character varying,
  phone character varying,
  correspondence_address text,
  bank_account_name character varying,
  sort_code character varying,
  account_number character varying,
  utr character varying,
  notes text,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.landlords (full_name, company_name, email, phone, correspondence_address, bank_account_name, sort_code, account_number, utr, notes, created_at)
SELECT l.full_name, l.company, l.email, l.phone,
       CASE WHEN l.abroad THEN fixture_gen.pick(ARRAY['Villa 14, Street 9, Al Barsha 2, Dubai, UAE', '22 Orchard Road #11-04, Singapore 238884', 'Calle de Serrano 41, 3ºB, 28001 Madrid, Spain',
              '1408 Lakeshore Blvd W, Toronto ON M8V 1A4, Canada'], 'lla', l.i) ELSE l.addr || E'\n' || l.city || E'\n' || l.pc END,
       l.acct_name, l.sort, l.acct, CASE WHEN l.i % 6 = 0 THEN NULL ELSE l.utr END,
       CASE l.i % 5
         WHEN 0 THEN 'Prefers WhatsApp. Co-owns with ' || fixture_gen.first_name('lln2', l.i) || ' ' || split_part(l.full_name, ' ', 2) || ', both must sign.'
         WHEN 1 THEN NULL
         WHEN 2 THEN 'Non-resident: HMRC approval number NA' || fixture_gen.digits('lnra', l.i, 6) || '. Statements by email only.'
         WHEN 3 THEN 'Do not call before 10am – works nights at the LGI.'
         ELSE '' END,
       dsgen.at('llc', l.i, '2016-01-01', '2025-03-01')
FROM dsgen.ll l ORDER BY l.i;

CREATE TABLE lettings.properties (
  id bigserial PRIMARY KEY,
  ref character varying NOT NULL,
  address_line1 character varying NOT NULL,
  address_line2 character varying,
  town character varying NOT NULL,
  postcode character varying NOT NULL,
  property_type character varying NOT NULL,
  bedrooms integer NOT NULL,
  landlord_id bigint NOT NULL REFERENCES lettings.landlords (id),
  epc_rating character(1),
  gas_cert_expiry date,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.properties (ref, address_line1, address_line2, town, postcode, property_type, bedrooms, landlord_id, epc_rating, gas_cert_expiry, created_at)
SELECT 'KPM-P' || lpad(p.i::text, 4, '0'), p.line1, p.area, 'Leeds', p.pc, p.ptype, p.beds, p.ll, fixture_gen.pick(ARRAY['B', 'C', 'C', 'D', 'D', 'E'], 'epc', p.i),
       CASE WHEN p.i % 9 <> 0 THEN date '2025-01-01' + fixture_gen.n('gce', p.i, 540) END, dsgen.at('prc', p.i, '2016-01-01', '2025-03-01')
FROM dsgen.prop p ORDER BY p.i;

CREATE TABLE lettings.tenants (
  id bigserial PRIMARY KEY,
  first_name character varying NOT NULL,
  last_name character varying NOT NULL,
  email character varying,
  mobile character varying,
  date_of_birth date,
  nationality character varying,
  ni_number character varying,
  previous_address text,
  employer character varying,
  annual_income integer,
  right_to_rent_expiry date,
  share_code character varying,
  emergency_contact text,
  notes text,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.tenants (first_name, last_name, email, mobile, date_of_birth, nationality, ni_number, previous_address, employer, annual_income, right_to_rent_expiry,
  share_code, emergency_contact, notes, created_at)
SELECT t.first, t.last, t.email, t.phone, t.dob, t.nat, t.ni, t.prev || ', ' || t.prev_city || ' ' || t.prev_pc, t.employer, t.income,
       CASE WHEN t.nat NOT IN ('British', 'Irish') THEN date '2025-06-01' + fixture_gen.n('rtre', t.i, 1400) END,
       CASE WHEN t.nat NOT IN ('British', 'Irish') THEN replace(t.sharecode, ' ', '') END,
       CASE WHEN t.i % 4 <> 0 THEN t.emerg END,
       CASE t.i % 9
         WHEN 0 THEN 'Student at Leeds Uni, parents pay rent from ' || fixture_gen.pick(ARRAY['Lagos', 'Shenzhen', 'Kuala Lumpur', 'Mumbai'], 'tnn', t.i) || '.'
         WHEN 1 THEN 'Has a guide dog, ground floor needed.'
         WHEN 2 THEN 'Late with rent twice in 2024 (job loss). Payment plan agreed with Hannah.'
         WHEN 4 THEN 'Partner ' || fixture_gen.full_name('tnp', t.i) || ' moving in from March – add as permitted occupier.'
         WHEN 6 THEN 'Prefers email, hard of hearing.'
         ELSE NULL END,
       dsgen.at('tnc', t.i, '2022-01-01', '2025-09-01')
FROM dsgen.ten t ORDER BY t.i;

CREATE TABLE lettings.guarantors (
  id bigserial PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES lettings.tenants (id),
  full_name character varying NOT NULL,
  relationship character varying,
  email character varying,
  phone character varying,
  home_address text,
  date_of_birth date,
  employer character varying,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.guarantors (tenant_id, full_name, relationship, email, phone, home_address, date_of_birth, employer, created_at)
SELECT g.tenant, g.full_name, g.rel, g.email, g.phone, g.addr || ', ' || g.city || ' ' || g.pc, g.dob, g.employer, dsgen.at('guc', g.i, '2022-01-01', '2025-09-01')
FROM dsgen.gua g ORDER BY g.i;

CREATE TABLE lettings.tenancies (
  id bigserial PRIMARY KEY,
  property_id bigint NOT NULL REFERENCES lettings.properties (id),
  lead_tenant_id bigint NOT NULL REFERENCES lettings.tenants (id),
  start_date date NOT NULL,
  end_date date,
  rent_pcm numeric(10,2) NOT NULL,
  deposit_amount numeric(10,2),
  deposit_scheme character varying,
  deposit_ref character varying,
  docuseal_submission_id bigint,
  status character varying NOT NULL,
  special_terms text,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.tenancies (property_id, lead_tenant_id, start_date, end_date, rent_pcm, deposit_amount, deposit_scheme, deposit_ref, docuseal_submission_id, status, special_terms, created_at)
SELECT x.prop, x.ten, x.start, x.start + interval '12 months' - interval '1 day', p.rent, round(p.rent * 12 / 52.0 * 5, 2),
       fixture_gen.pick(ARRAY['DPS', 'DPS', 'TDS', 'mydeposits'], 'tdsch', k), fixture_gen.pick(ARRAY['DPS', 'DPS', 'TDS', 'MYD'], 'tdsch', k) || '-' || fixture_gen.digits('tdref', k, 8),
       x.sub, CASE WHEN x.start + interval '12 months' < '2025-09-20' THEN 'ended' WHEN x.start > '2025-09-20' THEN 'pending' ELSE 'active' END,
       CASE k % 7
         WHEN 0 THEN 'The tenant may keep one cat. Professional clean at end of tenancy.'
         WHEN 1 THEN 'Rent paid by ' || fixture_gen.full_name('tst', k) || ' (parent) by standing order on the 1st.'
         WHEN 3 THEN 'Landlord to replace the kitchen worktop before 1 ' || to_char(x.start, 'FMMonth') || '.'
         WHEN 5 THEN 'Break clause after 6 months, 2 months'' notice, either party.'
         ELSE NULL END,
       x.start - interval '20 days'
FROM generate_series(1, 120) k
CROSS JOIN LATERAL (
  SELECT coalesce((SELECT s.prop FROM dsgen.sub s WHERE s.id = su.id), 1 + fixture_gen.n('typ', k, 70)) AS prop,
         coalesce((SELECT m.pid FROM dsgen.sm m WHERE m.sub = su.id AND m.r = 0), 1 + fixture_gen.n('tyt', k, 200)) AS ten,
         coalesce((SELECT (s.created + interval '21 days')::date FROM dsgen.sub s WHERE s.id = su.id), date '2022-06-01' + fixture_gen.n('tys', k, 1200)) AS start,
         su.id AS sub
  FROM (SELECT (SELECT s.id FROM dsgen.sub s WHERE s.kind IN ('ast_single', 'ast_joint') AND s.account = 1 ORDER BY s.id OFFSET k - 1 LIMIT 1) AS id) su) x
JOIN dsgen.prop p ON p.i = x.prop
ORDER BY k;

CREATE TABLE lettings.rent_payments (
  id bigserial PRIMARY KEY,
  tenancy_id bigint NOT NULL REFERENCES lettings.tenancies (id),
  amount numeric(10,2) NOT NULL,
  paid_on date NOT NULL,
  method character varying NOT NULL,
  payer_name character varying,
  bank_reference character varying,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.rent_payments (tenancy_id, amount, paid_on, method, payer_name, bank_reference, created_at)
SELECT ty.id, ty.rent_pcm, pd, CASE WHEN k % 11 = 0 THEN 'card' ELSE 'bank transfer' END,
       CASE WHEN k % 5 = 0 THEN g.full_name ELSE tn.first_name || ' ' || tn.last_name END,
       CASE k % 4 WHEN 0 THEN upper(tn.last_name) || ' ' || upper(left(tn.first_name, 1)) || ' RENT' WHEN 1 THEN 'KPM-P' || lpad(ty.property_id::text, 4, '0') || ' ' || to_char(pd, 'MON')
         WHEN 2 THEN upper(left(regexp_replace(pr.address_line1, '[^A-Za-z0-9 ]', '', 'g'), 18)) ELSE 'RENT ' || upper(tn.first_name) END,
       pd + interval '1 day 9 hours'
FROM generate_series(1, 300) k
JOIN lettings.tenancies ty ON ty.id = 1 + (k * 7) % 120
JOIN lettings.tenants tn ON tn.id = ty.lead_tenant_id
JOIN lettings.properties pr ON pr.id = ty.property_id
LEFT JOIN dsgen.gua g ON g.i = 1 + k % 60
CROSS JOIN LATERAL (SELECT (ty.start_date + make_interval(months => k % 12))::date AS pd) d
ORDER BY k;

CREATE TABLE lettings.reference_checks (
  id bigserial PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES lettings.tenants (id),
  provider character varying NOT NULL,
  provider_ref character varying,
  outcome character varying,
  credit_score integer,
  report_json jsonb,
  checked_at timestamp(6) without time zone
);
INSERT INTO lettings.reference_checks (tenant_id, provider, provider_ref, outcome, credit_score, report_json, checked_at)
SELECT t.i, fixture_gen.pick(ARRAY['Goodlord', 'HomeLet', 'Vouch'], 'rcp', k), upper(fixture_gen.chars('rcr', k, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')),
       o, CASE WHEN o <> 'pending' THEN 300 + fixture_gen.n('rcs', k, 700) END,
       CASE WHEN o <> 'pending' THEN jsonb_build_object('applicant', jsonb_build_object('name', t.full_name, 'dob', t.dob, 'email', t.email, 'mobile', t.phone),
         'address_history', jsonb_build_array(jsonb_build_object('address', t.prev || ', ' || t.prev_city || ' ' || t.prev_pc, 'from', '2021-09', 'to', '2024-08')),
         'employment', CASE WHEN t.employer IS NOT NULL THEN jsonb_build_object('employer', t.employer, 'salary', t.income, 'referee', fixture_gen.full_name('rce', k), 'referee_email', fixture_gen.email('rce', k)) END,
         'ccj_count', CASE WHEN k % 13 = 0 THEN 1 ELSE 0 END, 'adverse', CASE WHEN k % 13 = 0 THEN 'CCJ £1,240 Leeds County Court 2022' END,
         'guarantor_required', o = 'accept with guarantor') END,
       dsgen.at('rca', k, '2023-06-01', '2025-09-18')
FROM generate_series(1, 90) k
JOIN dsgen.ten t ON t.i = 1 + (k * 3) % 200
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['accept', 'accept', 'accept', 'accept with guarantor', 'accept with guarantor', 'decline', 'pending'], 'rco', k) AS o) x
ORDER BY k;

CREATE TABLE lettings.contractors (
  id bigserial PRIMARY KEY,
  trading_name character varying NOT NULL,
  contact_name character varying,
  email character varying,
  phone character varying,
  trade character varying NOT NULL,
  gas_safe_number character varying,
  insurance_expiry date,
  vat_number character varying,
  hourly_rate numeric(8,2),
  rating smallint,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.contractors (trading_name, contact_name, email, phone, trade, gas_safe_number, insurance_expiry, vat_number, hourly_rate, rating, created_at)
SELECT c.trading, c.contact, c.email, c.phone, c.trade, c.gassafe, date '2025-03-01' + fixture_gen.n('cie', c.i, 500), c.vat, c.rate, 2 + fixture_gen.n('crt', c.i, 4),
       dsgen.at('ctc', c.i, '2018-01-01', '2025-05-01')
FROM dsgen.con c ORDER BY c.i;

CREATE TABLE lettings.work_orders (
  id bigserial PRIMARY KEY,
  property_id bigint NOT NULL REFERENCES lettings.properties (id),
  contractor_id bigint REFERENCES lettings.contractors (id),
  reported_by_tenant_id bigint REFERENCES lettings.tenants (id),
  title character varying NOT NULL,
  description text,
  priority character varying NOT NULL,
  access_notes text,
  quote_amount numeric(10,2),
  invoice_ref character varying,
  status character varying NOT NULL,
  raised_at timestamp(6) without time zone NOT NULL,
  completed_at timestamp(6) without time zone
);
INSERT INTO lettings.work_orders (property_id, contractor_id, reported_by_tenant_id, title, description, priority, access_notes, quote_amount, invoice_ref, status, raised_at, completed_at)
SELECT pr, CASE WHEN k % 8 <> 0 THEN 1 + fixture_gen.n('woc', k, 25) END, CASE WHEN k % 3 <> 0 THEN tn.i END,
       CASE k % 6 WHEN 0 THEN fixture_gen.pick(ARRAY['Boiler not firing', 'Leak under kitchen sink', 'Front door lock sticking', 'Mould in bathroom', 'Mice in loft', 'Annual gas safety check'], 'wot', k)
         WHEN 1 THEN fixture_gen.pick(ARRAY['Boiler not firing', 'Leak under kitchen sink', 'Front door lock sticking', 'Mould in bathroom', 'Mice in loft', 'Annual gas safety check'], 'wot', k) || ' – ' || tn.first || ' ' || tn.last
         ELSE fixture_gen.pick(ARRAY['Boiler not firing', 'Leak under kitchen sink', 'Front door lock sticking', 'Mould in bathroom', 'Mice in loft', 'Annual gas safety check', 'Replace extractor fan', 'EICR remedials'], 'wot', k) END,
       CASE k % 5
         WHEN 0 THEN 'Reported by ' || tn.first || ' on ' || to_char(r, 'DD/MM') || '. No hot water since the weekend; tenant has a newborn, please prioritise.'
         WHEN 1 THEN 'See photos in the tenant portal.'
         WHEN 2 THEN 'Tenant says the landlord''s previous plumber left the pipe unclipped. Call ' || tn.first || ' on ' || tn.phone || ' before attending.'
         WHEN 3 THEN NULL
         ELSE 'Quote required before work. Landlord approval needed over £250.' END,
       fixture_gen.pick(ARRAY['urgent', 'high', 'normal', 'normal', 'low'], 'wop', k),
       CASE k % 6
         WHEN 0 THEN 'Key safe by the back door, code ' || fixture_gen.digits('wks', k, 4) || '. Alarm code ' || fixture_gen.digits('wal', k, 4) || '#.'
         WHEN 1 THEN 'Tenant home after 4pm, call ' || tn.phone || '.'
         WHEN 2 THEN 'Collect keys K' || fixture_gen.digits('wkk', k, 3) || ' from the office.'
         WHEN 3 THEN 'Dog in the house – ring first.'
         ELSE NULL END,
       CASE WHEN k % 4 = 0 THEN 80 + fixture_gen.n('woq', k, 1200) END,
       CASE WHEN k % 3 = 0 THEN 'INV-' || fixture_gen.digits('woi', k, 5) END,
       CASE WHEN r < '2025-08-15' THEN 'completed' WHEN k % 2 = 0 THEN 'in_progress' ELSE 'open' END, r,
       CASE WHEN r < '2025-08-15' THEN r + make_interval(days => 1 + fixture_gen.n('wocd', k, 20)) END
FROM generate_series(1, 160) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('wop', k, 70) AS pr, dsgen.at('wor', k, '2023-01-01', '2025-09-18') AS r) x
JOIN dsgen.ten tn ON tn.i = 1 + fixture_gen.n('wtn', k, 200)
ORDER BY k;

CREATE TABLE lettings.inspections (
  id bigserial PRIMARY KEY,
  property_id bigint NOT NULL REFERENCES lettings.properties (id),
  inspector_staff_id bigint REFERENCES lettings.staff (id),
  inspected_on date NOT NULL,
  summary text,
  photos_folder character varying,
  next_due date
);
INSERT INTO lettings.inspections (property_id, inspector_staff_id, inspected_on, summary, photos_folder, next_due)
SELECT pr, (ARRAY[3, 4, 14, 17, 8])[1 + k % 5], d,
       CASE k % 6
         WHEN 0 THEN 'Property clean and tidy. Smoke and CO alarms tested.'
         WHEN 1 THEN 'Condensation in bedroom 1; advised tenants to ventilate. ' || fixture_gen.first_name('ins', k) || ' mentioned she is pregnant and asked about the stairs gate.'
         WHEN 2 THEN 'Unauthorised occupant – a man introducing himself as ' || fixture_gen.full_name('ino', k) || ' appears to be living in the box room.'
         WHEN 3 THEN 'Garden overgrown; reminder letter to be sent.'
         WHEN 4 THEN NULL
         ELSE 'No issues. Tenant asked for a renewal.' END,
       'inspections/' || to_char(d, 'YYYY') || '/KPM-P' || lpad(pr::text, 4, '0') || '/',
       d + 180
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ipr', k, 70) AS pr, date '2023-01-01' + fixture_gen.n('idt', k, 990) AS d) x
ORDER BY k;

CREATE TABLE lettings.listings (
  id bigserial PRIMARY KEY,
  property_id bigint NOT NULL REFERENCES lettings.properties (id),
  headline character varying NOT NULL,
  description text,
  asking_rent numeric(10,2) NOT NULL,
  available_from date,
  portal character varying NOT NULL,
  portal_listing_id character varying,
  published boolean DEFAULT false NOT NULL
);
INSERT INTO lettings.listings (property_id, headline, description, asking_rent, available_from, portal, portal_listing_id, published)
SELECT p.i, p.beds || ' bedroom ' || p.ptype || ' to rent in ' || p.area,
       fixture_gen.pick(ARRAY['Well presented ', 'Spacious ', 'Recently refurbished ', 'Bright '], 'lsd', k) || p.ptype || ' in ' || p.area || ', close to the university, bus routes and local shops. '
         || CASE WHEN p.beds > 3 THEN 'Ideal for sharers or students. ' ELSE 'Suit a professional couple. ' END || 'Gas central heating, double glazing. Bills not included. EPC ' || fixture_gen.pick(ARRAY['C', 'D'], 'lse', k) || '.',
       p.rent, date '2024-06-01' + fixture_gen.n('laf', k, 480), fixture_gen.pick(ARRAY['Rightmove', 'Zoopla', 'OnTheMarket', 'kestrelpm.co.uk'], 'lpo', k),
       CASE WHEN k % 5 <> 0 THEN (140000000 + k * 7919)::text END, k % 4 <> 0
FROM generate_series(1, 60) k JOIN dsgen.prop p ON p.i = 1 + (k * 9) % 70
ORDER BY k;

CREATE TABLE lettings.viewing_requests (
  id bigserial PRIMARY KEY,
  property_id bigint REFERENCES lettings.properties (id),
  full_name character varying NOT NULL,
  email character varying,
  phone character varying,
  message text,
  preferred_slot character varying,
  source character varying NOT NULL,
  ip_address inet,
  created_at timestamp(6) without time zone NOT NULL
);
INSERT INTO lettings.viewing_requests (property_id, full_name, email, phone, message, preferred_slot, source, ip_address, created_at)
SELECT 1 + (k * 9 * 7) % 70, fixture_gen.full_name('vrn', k), CASE WHEN k % 7 <> 0 THEN fixture_gen.email('vrn', k) END, CASE WHEN k % 3 <> 1 THEN dsgen.mob('vrm', k) END,
       CASE k % 6
         WHEN 0 THEN 'Hi, is the flat still available? I start a job at ' || fixture_gen.pick(ARRAY['St James''s Hospital', 'Arup', 'Sky Betting & Gaming'], 'vrj', k) || ' in September.'
         WHEN 1 THEN 'We are a group of 4 second-year students, can we all view together?'
         WHEN 2 THEN 'Do you accept DSS / universal credit? I have a guarantor (my brother).'
         WHEN 3 THEN ''
         WHEN 4 THEN 'Please call me after 6pm, my number is ' || dsgen.mob('vrm2', k) || '. I have a small dog.'
         ELSE NULL END,
       fixture_gen.pick(ARRAY['Weekday evening', 'Saturday morning', 'Any time', 'Lunchtime', NULL], 'vrs', k),
       fixture_gen.pick(ARRAY['website', 'Rightmove', 'Zoopla', 'phone'], 'vrsrc', k),
       CASE WHEN k % 4 <> 3 THEN fixture_gen.ipv4('vrip', k)::inet END, dsgen.at('vrc', k, '2024-01-01', '2025-09-18')
FROM generate_series(1, 130) k
ORDER BY k;

-- DocuSeal's webhooks as the CRM received them: the payload (signer,
-- values, signed download links) and the request headers with the shared
-- token.
CREATE TABLE lettings.docuseal_webhooks (
  id bigserial PRIMARY KEY,
  event_type character varying NOT NULL,
  docuseal_submission_id bigint,
  payload jsonb NOT NULL,
  request_headers text,
  received_at timestamp(6) without time zone NOT NULL,
  processed_at timestamp(6) without time zone
);
INSERT INTO lettings.docuseal_webhooks (event_type, docuseal_submission_id, payload, request_headers, received_at, processed_at)
SELECT e.event_type, su.submission_id,
       jsonb_build_object('event_type', e.event_type, 'timestamp', to_char(e.created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
         'data', jsonb_build_object('id', su.id, 'submission_id', su.submission_id, 'email', su.email, 'name', su.name, 'phone', su.phone, 'ua', su.ua, 'ip', su.ip,
           'status', CASE WHEN su.declined_at IS NOT NULL THEN 'declined' ELSE 'completed' END, 'external_id', su.external_id, 'metadata', su.metadata::jsonb,
           'values', (SELECT jsonb_agg(jsonb_build_object('field', f.label, 'value', (su.values::jsonb) -> f.fuuid) ORDER BY f.ord) FROM dsgen.tf f JOIN dsgen.sm m ON m.tpl = f.tpl AND m.r = f.r WHERE m.id = su.id AND (su.values::jsonb) ? f.fuuid),
           'documents', jsonb_build_array(jsonb_build_object('name', (SELECT docname FROM dsgen.tpl WHERE id = (SELECT tpl FROM dsgen.sm WHERE id = su.id)),
             'url', 'https://sign.kestrelpm.co.uk/file/' || dsgen.b64url('sgid', su.id, 60) || '--' || fixture_gen.hexn('sgdg', su.id, 40) || '/' || replace((SELECT docname FROM dsgen.tpl WHERE id = (SELECT tpl FROM dsgen.sm WHERE id = su.id)), ' ', '%20') || '.pdf')),
           'submission', jsonb_build_object('id', su.submission_id, 'url', 'https://sign.kestrelpm.co.uk/e/' || (SELECT slug FROM submissions WHERE id = su.submission_id)))),
       E'Content-Type: application/json\nUser-Agent: DocuSeal Webhook\nX-Kestrel-Token: ' || dsgen.b58('whtok', 1, 40) || E'\nX-Request-Id: ' || fixture_gen.uuid('xrq', e.id),
       e.created_at + interval '1 second', CASE WHEN e.status = 'success' THEN e.created_at + interval '3 seconds' END
FROM webhook_events e JOIN submitters su ON su.id = e.record_id
WHERE e.webhook_url_id = 1 AND e.record_type = 'Submitter'
ORDER BY e.id;

CREATE TABLE lettings.integration_credentials (
  id bigserial PRIMARY KEY,
  service character varying NOT NULL,
  username character varying,
  secret text NOT NULL,
  endpoint character varying,
  rotated_at timestamp(6) without time zone,
  notes text
);
INSERT INTO lettings.integration_credentials (service, username, secret, endpoint, rotated_at, notes) VALUES
 ('docuseal_api', 'integration@kestrelpm.co.uk', dsgen.b58('atkp', 16, 43), 'https://sign.kestrelpm.co.uk/api', '2025-02-27 10:00:00', 'X-Auth-Token of the integration user. Rotated after Dmitri Petrov left.'),
 ('docuseal_webhook', NULL, dsgen.b58('whtok', 1, 40), 'https://crm.kestrelpm.co.uk/webhooks/docuseal', '2024-11-04 09:12:00', 'Shared token DocuSeal sends as X-Kestrel-Token.'),
 ('xero', 'hannah.johansson@kestrelpm.co.uk', fixture_gen.chars('xero', 1, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), 'https://api.xero.com/api.xro/2.0', '2025-05-12 08:30:00', 'OAuth client secret; client id in the password manager.'),
 ('rightmove_adf', 'kestrel-feed-52114', 'Rm' || fixture_gen.chars('rmpw', 1, 14, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 'https://adfapi.rightmove.co.uk/v1/property/sendpropertydetails', '2024-09-01 12:00:00', NULL),
 ('zoopla', 'kestrelpm', fixture_gen.hexn('zpk', 1, 32), 'https://realtime-listings-api.zoopla.co.uk/sandbox/v2/', NULL, ''),
 ('dps_custodial', 'kestrel-dps-api', fixture_gen.chars('dps', 1, 32, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 'https://api.depositprotection.com/v2', '2025-01-15 09:00:00', 'Ask Tom for the 2FA code on the portal login.'),
 ('office365_smtp', 'lettings@kestrelpm.co.uk', fixture_gen.chars('o365', 1, 16, 'bcdfghjkmnpqrstvwxyz'), 'smtp.office365.com:587', '2025-03-03 09:45:00', 'App password used by DocuSeal and the CRM.'),
 ('goodlord_referencing', 'mei.wang@kestrelpm.co.uk', 'gl_live_' || fixture_gen.chars('gl', 1, 30), 'https://api.goodlord.co/referencing/v1', NULL, NULL);

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('lettings');

SET client_min_messages = warning;
DROP SCHEMA dsgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
