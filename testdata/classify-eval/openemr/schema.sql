-- classify-eval fixture (HOLDOUT 7, with mautic: written after holdout 5,
-- by someone who had not seen the classifier, labelled by what the columns
-- hold; never tune against it): an OpenEMR 7 database ported to PostgreSQL
-- as it is, a subset of its tables and of their columns with their legacy
-- names (lowercased: dob, bmi) and types: patient_data with its run-together
-- and misleading names (ss, status for the marital status,
-- contact_relationship for the emergency contact's name, genericname1 and
-- genericval1, hipaa_* flags, monthly_income), race, ethnicity, religion and
-- sexual orientation as list option ids, users holding staff and the
-- address book alike (specialists, labs, imaging centres; 'NoLongerUsed' in
-- users.password, the hashes in users_secure), DEA numbers and NPIs with
-- their check digits, CryptoGen ciphertexts ('006' + base64) for secrets,
-- OAuth clients and API tokens (whose token column is the token's id),
-- patient portal accounts, encounters, vitals, SOAP notes, problem lists,
-- prescriptions, immunizations, lab results and billing codes (health
-- attributes), insurance policies with the subscriber's details, the public
-- addresses and phones of insurers and pharmacies, the practice's own
-- facilities, internal and portal messages, the audit log whose comments
-- hold the SQL that was run, the API log with FHIR bodies, documents named
-- after patients, the globals key/value table (SMTP, Direct messaging, SMS
-- gateway and e-prescribing credentials and payment keys among settings),
-- calendar events with PHP-serialized recurrence and location, C-CDA XML
-- documents, and the lookups: list options, layout options naming
-- demographics fields, translations. A family practice with three clinics
-- in Oregon and a multi-cultural patient population.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE FUNCTION fixture_gen.php_s(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(v) || ':"' || v || '";' $$;

-- cg: what OpenEMR's CryptoGen stores (version 006 + base64 of HMAC, IV and
-- ciphertext); bcr: PHP's password_hash().
CREATE FUNCTION fixture_gen.cg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '006' || fixture_gen.b64(tag, i, 64 + len) $$;

CREATE FUNCTION fixture_gen.bcr(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(fixture_gen.bcrypt(tag, i), '$2a' || '$12$', '$2y' || '$10$') $$;

CREATE FUNCTION fixture_gen.mailof(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '_', '', '.'], tag || 's', i) || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 100)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['mail.example', 'post.example', 'inbox.example', 'example.com', 'example.org', 'example.net', 'webmail.example'], tag || 'd', i)
$$;

-- usphone: a US phone as front desks type it.
CREATE FUNCTION fixture_gen.usphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 4) WHEN 0 THEN '(' || a || ') ' || p || '-' || s WHEN 1 THEN a || p || s ELSE a || '-' || p || '-' || s END
  FROM (SELECT fixture_gen.pick(ARRAY['503', '971', '541', '360', '458', '503', '503', '971'], tag || 'a', i) AS a, (201 + fixture_gen.n(tag || 'p', i, 780))::text AS p,
      fixture_gen.digits(tag || 's', i, 4) AS s) x
$$;

CREATE FUNCTION fixture_gen.usstreet(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (10 + fixture_gen.n(tag || 'n', i, 19000))::text || ' ' || fixture_gen.pick(ARRAY['NE ', 'SE ', 'N ', 'SW ', 'NW ', 'SE ', ''], tag || 'd', i)
      || fixture_gen.pick(ARRAY['Alberta', 'Division', 'Killingsworth', 'Hawthorne', 'Belmont', 'Sandy', 'Fremont', 'Powell', 'Foster', 'Glisan', 'Stark', 'Lombard',
         'Farmington', 'Canyon', 'Lancaster', 'Commercial', 'Oak Grove', 'Cedar Hills', 'Murray', 'Walker'], tag, i) || ' '
      || fixture_gen.pick(ARRAY['St', 'Ave', 'Blvd', 'Rd', 'Dr', 'St', 'Ct'], tag || 'x', i)
      || CASE WHEN fixture_gen.n(tag || 'u', i, 4) = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'u', i, 40)) || fixture_gen.pick(ARRAY['', 'A', 'B'], tag || 'v', i) ELSE '' END
$$;

CREATE FUNCTION fixture_gen.uscity(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Portland', 'Portland', 'Portland', 'Beaverton', 'Gresham', 'Hillsboro', 'Tigard', 'Salem', 'Salem', 'Lake Oswego', 'Milwaukie',
    'Tualatin', 'Keizer', 'Vancouver', 'Oregon City', 'Happy Valley'], tag, i)
$$;

-- npi: 10 digits, Luhn over 80840 + the first nine; dea: two letters, six
-- digits and the DEA check digit; ein: an IRS employer number.
CREATE FUNCTION fixture_gen.npi(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(fixture_gen.luhn('80840' || (1 + fixture_gen.n(tag || '1', i, 2))::text || fixture_gen.digits(tag, i, 8)), 6) $$;

CREATE FUNCTION fixture_gen.dea(t text, lname text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT t || upper(substr(fixture_gen.ascii(lname), 1, 1)) || d
      || ((substr(d, 1, 1)::int + substr(d, 3, 1)::int + substr(d, 5, 1)::int + 2 * (substr(d, 2, 1)::int + substr(d, 4, 1)::int + substr(d, 6, 1)::int)) % 10)::text
  FROM (SELECT fixture_gen.digits(tag, i, 6) AS d) x
$$;

CREATE FUNCTION fixture_gen.ein(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.pick(ARRAY['93', '91', '20', '26', '47', '81', '84', '45'], tag, i) || '-' || fixture_gen.digits(tag, i, 7) $$;

CREATE FUNCTION fixture_gen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36'], tag, i)
$$;

-- The patients: 600, a third of them children or teenagers with a guardian
-- on file, the rest adults.
CREATE TABLE fixture_gen.pt AS
SELECT i, f, l, m, dob, sex,
       fixture_gen.mailof(f, l, 'pem', i) AS email,
       fixture_gen.usphone('pph', i) AS cell
FROM (SELECT i, fixture_gen.first_name('pfn', i) AS f, fixture_gen.last_name('pln', i) AS l,
             CASE WHEN i % 3 = 0 THEN fixture_gen.first_name('pmn', i) WHEN i % 3 = 1 THEN substr(fixture_gen.first_name('pmn', i), 1, 1) ELSE '' END AS m,
             CASE WHEN i % 3 = 0 THEN date '2006-07-01' + fixture_gen.n('pdob', i, 6200) ELSE date '1931-01-01' + fixture_gen.n('pdob', i, 27000) END AS dob,
             fixture_gen.pick(ARRAY['Female', 'Male', 'Female', 'Male', 'Female', 'UNK'], 'psex', i) AS sex
      FROM generate_series(1, 600) i) x;

-- Staff 1-18 (1 the administrator, 2-8 physicians, 9-11 nurse
-- practitioners and a PA, 12-18 nurses, front desk and billing) and the
-- address book 19-60 (specialists, labs, imaging centres, vendors).
CREATE TABLE fixture_gen.st AS
SELECT k, f, l, substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || CASE WHEN k IN (7, 15) THEN '2' ELSE '' END AS login,
       CASE WHEN k BETWEEN 2 AND 8 THEN fixture_gen.pick(ARRAY['MD', 'MD', 'DO'], 'sval', k) WHEN k BETWEEN 9 AND 10 THEN 'NP' WHEN k = 11 THEN 'PA-C'
            WHEN k BETWEEN 12 AND 14 THEN 'RN' WHEN k BETWEEN 15 AND 16 THEN 'MA' ELSE '' END AS val
FROM (SELECT k, fixture_gen.first_name('sfn', k) AS f, fixture_gen.last_name('sln', k) AS l FROM generate_series(2, 18) k) x;

-- ── Patients ─────────────────────────────────────────────────────────────

CREATE TABLE patient_data (
    id bigserial PRIMARY KEY,
    uuid bytea,
    title varchar(255) DEFAULT '' NOT NULL,
    language varchar(255) DEFAULT '' NOT NULL,
    fname varchar(255) DEFAULT '' NOT NULL,
    lname varchar(255) DEFAULT '' NOT NULL,
    mname varchar(255) DEFAULT '' NOT NULL,
    dob date,
    street varchar(255) DEFAULT '' NOT NULL,
    postal_code varchar(255) DEFAULT '' NOT NULL,
    city varchar(255) DEFAULT '' NOT NULL,
    state varchar(255) DEFAULT '' NOT NULL,
    country_code varchar(255) DEFAULT '' NOT NULL,
    drivers_license varchar(255) DEFAULT '' NOT NULL,
    ss varchar(255) DEFAULT '' NOT NULL,
    occupation text,
    phone_home varchar(255) DEFAULT '' NOT NULL,
    phone_biz varchar(255) DEFAULT '' NOT NULL,
    phone_contact varchar(255) DEFAULT '' NOT NULL,
    phone_cell varchar(255) DEFAULT '' NOT NULL,
    status varchar(255) DEFAULT '' NOT NULL,
    contact_relationship varchar(255) DEFAULT '' NOT NULL,
    date timestamp,
    sex varchar(255) DEFAULT '' NOT NULL,
    referrer varchar(255) DEFAULT '' NOT NULL,
    email varchar(255) DEFAULT '' NOT NULL,
    email_direct varchar(255) DEFAULT '' NOT NULL,
    race varchar(255) DEFAULT '' NOT NULL,
    ethnicity varchar(255) DEFAULT '' NOT NULL,
    religion varchar(40) DEFAULT '' NOT NULL,
    monthly_income varchar(255) DEFAULT '' NOT NULL,
    billing_note text,
    pubpid varchar(255) DEFAULT '' NOT NULL,
    pid bigint DEFAULT 0 NOT NULL,
    genericname1 varchar(255) DEFAULT '' NOT NULL,
    genericval1 varchar(255) DEFAULT '' NOT NULL,
    hipaa_mail varchar(3) DEFAULT '' NOT NULL,
    mothersname varchar(255) DEFAULT '' NOT NULL,
    guardiansname text,
    guardianphone text,
    deceased_date timestamp,
    deceased_reason varchar(255) DEFAULT '' NOT NULL,
    county varchar(40) DEFAULT '' NOT NULL,
    industry text,
    sexual_orientation text,
    care_team_provider text,
    regdate date
);
INSERT INTO patient_data (uuid, title, language, fname, lname, mname, dob, street, postal_code, city, state, country_code, drivers_license, ss, occupation,
    phone_home, phone_biz, phone_contact, phone_cell, status, contact_relationship, date, sex, referrer, email, email_direct, race, ethnicity, religion,
    monthly_income, billing_note, pubpid, pid, genericname1, genericval1, hipaa_mail, mothersname, guardiansname, guardianphone,
    deceased_date, deceased_reason, county, industry, sexual_orientation, care_team_provider, regdate)
SELECT decode(md5('puuid' || p.i), 'hex'),
       CASE WHEN a.minor THEN '' WHEN p.sex = 'Female' THEN fixture_gen.pick(ARRAY['Ms.', 'Mrs.', '', 'Ms.'], 'pti', p.i) WHEN p.sex = 'Male' THEN fixture_gen.pick(ARRAY['Mr.', '', 'Mr.', 'Dr.'], 'pti', p.i) ELSE '' END,
       fixture_gen.pick(ARRAY['english', 'english', 'english', 'english', 'spanish', 'spanish', 'vietnamese', 'russian', 'chinese', 'arabic', 'somali', ''], 'plang', p.i),
       p.f, p.l, p.m, p.dob, fixture_gen.usstreet('pst', p.i), '97' || lpad(fixture_gen.n('pzip', p.i, 400)::text, 3, '0'), fixture_gen.uscity('pcity', p.i),
       CASE WHEN p.i % 17 = 0 THEN 'WA' ELSE 'OR' END, CASE WHEN p.i % 29 = 0 THEN '' ELSE 'USA' END,
       CASE WHEN a.minor OR p.i % 3 = 1 THEN '' WHEN p.i % 17 = 0 THEN 'WDL' || fixture_gen.chars('pdlw', p.i, 9, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') ELSE fixture_gen.digits('pdl', p.i, 7) END,
       CASE WHEN p.i % 4 = 0 THEN '' WHEN p.i % 4 = 1 THEN replace(fixture_gen.ssn('pss', p.i), '-', '') ELSE fixture_gen.ssn('pss', p.i) END,
       CASE WHEN a.minor THEN 'Student' ELSE fixture_gen.pick(ARRAY['Teacher', 'Retired', 'Software engineer', 'Registered nurse', 'Warehouse associate', 'Line cook', 'Unemployed',
           'Truck driver', 'Dental hygienist', 'Homemaker', 'Barista', 'Construction laborer', 'Accountant', 'Disabled', '', 'Graduate student', 'Pastor'], 'pocc', p.i) END,
       CASE WHEN p.i % 3 = 2 THEN fixture_gen.usphone('phh', p.i) ELSE '' END,
       CASE WHEN NOT a.minor AND p.i % 5 = 0 THEN fixture_gen.usphone('pbz', p.i) || CASE WHEN p.i % 10 = 0 THEN ' x' || (100 + p.i % 800) ELSE '' END ELSE '' END,
       CASE WHEN p.i % 2 = 0 THEN fixture_gen.usphone('pec', p.i) ELSE '' END,
       p.cell,
       CASE WHEN a.minor THEN '' ELSE fixture_gen.pick(ARRAY['married', 'single', 'divorced', 'widowed', 'domestic partner', 'separated', '', 'married'], 'pmar', p.i) END,
       CASE WHEN p.i % 2 = 0 THEN fixture_gen.first_name('pecn', p.i) || ' ' || CASE WHEN p.i % 6 = 0 THEN p.l ELSE fixture_gen.last_name('pecl', p.i) END
            || fixture_gen.pick(ARRAY['', ' (wife)', ' (husband)', ' (mother)', ' (son)', ' - sister', ''], 'pecr', p.i) ELSE '' END,
       fixture_gen.ts('pdate', p.i) + interval '1 year', p.sex,
       CASE WHEN p.i % 7 = 0 THEN fixture_gen.pick(ARRAY['Dr. ' || fixture_gen.last_name('pref', p.i), 'self', 'Website', 'friend - ' || fixture_gen.full_name('preff', p.i), 'ED follow-up',
           fixture_gen.full_name('preff', p.i) || ', NP'], 'pref', p.i) ELSE '' END,
       CASE WHEN p.i % 6 = 5 THEN '' ELSE p.email END,
       CASE WHEN p.i % 23 = 0 THEN fixture_gen.ascii(p.f) || '.' || fixture_gen.ascii(p.l) || '@direct.healthvault-hisp.example' ELSE '' END,
       fixture_gen.pick(ARRAY['white', 'white', 'white', 'black_or_afri_amer', 'asian', 'asian', 'amer_ind_or_alaska_native', 'native_hawai_or_pac_island', 'declne_to_specfy', ''], 'prace', p.i),
       fixture_gen.pick(ARRAY['not_hisp_or_latin', 'not_hisp_or_latin', 'hisp_or_latin', 'declne_to_specfy', ''], 'peth', p.i),
       fixture_gen.pick(ARRAY['', '', 'christian', 'catholic', 'muslim', 'jewish', 'buddhist', 'hindu', 'agnostic', 'atheist', 'latter_day_saints'], 'prel', p.i),
       CASE WHEN p.i % 5 = 0 THEN (800 + fixture_gen.n('pinc', p.i, 52) * 100)::text ELSE '' END,
       CASE WHEN p.i % 9 = 0 THEN fixture_gen.pick(ARRAY['Sliding fee 50% approved until 12/2024', 'Send statements to daughter ' || fixture_gen.full_name('pbn', p.i) || ', ' || fixture_gen.usstreet('pbns', p.i),
           'Collections - do not schedule until balance paid', 'Payment plan $25/month, card on file', 'Workers comp claim #' || fixture_gen.digits('pwc', p.i, 8) || ', adjuster ' || fixture_gen.full_name('pbna', p.i),
           'Pt says statements go to old address, verify each visit'], 'pbn', p.i) ELSE '' END,
       'SFH' || lpad((1000 + p.i)::text, 6, '0'), p.i,
       CASE WHEN p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Caregiver', 'Interpreter', 'Case manager', 'Preferred pharmacy', 'Previous PCP', 'POA'], 'pgn', p.i) ELSE '' END,
       CASE WHEN p.i % 4 = 0 THEN CASE fixture_gen.pick(ARRAY['Caregiver', 'Interpreter', 'Case manager', 'Preferred pharmacy', 'Previous PCP', 'POA'], 'pgn', p.i)
           WHEN 'Caregiver' THEN fixture_gen.full_name('pgv', p.i) || ' ' || fixture_gen.usphone('pgvp', p.i) WHEN 'Interpreter' THEN fixture_gen.pick(ARRAY['Vietnamese', 'Spanish', 'Somali', 'ASL'], 'pgvi', p.i)
           WHEN 'Case manager' THEN fixture_gen.full_name('pgv', p.i) || ' (CareOregon)' WHEN 'Preferred pharmacy' THEN 'Walgreens on ' || fixture_gen.pick(ARRAY['Sandy', 'Hawthorne', 'Canyon'], 'pgvr', p.i)
           WHEN 'Previous PCP' THEN 'Dr. ' || fixture_gen.full_name('pgv', p.i) ELSE fixture_gen.full_name('pgv', p.i) END ELSE '' END,
       fixture_gen.pick(ARRAY['YES', 'YES', 'NO', ''], 'phm', p.i),
       CASE WHEN a.minor OR p.i % 8 = 0 THEN fixture_gen.first_name('pmo', p.i) || ' ' || CASE WHEN p.i % 2 = 0 THEN p.l ELSE fixture_gen.last_name('pmol', p.i) END ELSE '' END,
       CASE WHEN a.minor THEN fixture_gen.first_name('pgd', p.i) || ' ' || p.l END,
       CASE WHEN a.minor THEN fixture_gen.usphone('pgdp', p.i) END,
       CASE WHEN p.i % 41 = 0 THEN fixture_gen.ts('pdec', p.i) + interval '2 years' END,
       CASE WHEN p.i % 41 = 0 THEN fixture_gen.pick(ARRAY['Metastatic pancreatic cancer', 'Cardiac arrest at home', 'Complications of COPD', 'MVA', 'unknown - notified by family'], 'pdr', p.i) ELSE '' END,
       fixture_gen.pick(ARRAY['Multnomah', 'Multnomah', 'Washington', 'Clackamas', 'Marion', 'Clark', ''], 'pcty', p.i),
       CASE WHEN a.minor THEN '' ELSE fixture_gen.pick(ARRAY['Education', 'Health care', 'Retail trade', 'Construction', 'Transportation and warehousing', 'Food services',
           'Professional services', '', 'Public administration', 'Manufacturing'], 'pind', p.i) END,
       CASE WHEN a.minor THEN '' ELSE fixture_gen.pick(ARRAY['20430005', '20430005', '20430005', '38628009', '42035005', 'ASKU', '', 'UNK'], 'psor', p.i) END,
       '|' || (2 + p.i % 10) || '|',
       (fixture_gen.ts('pdate', p.i))::date
FROM fixture_gen.pt p, LATERAL (SELECT p.dob > date '2006-06-30' AS minor) a
ORDER BY p.i;

-- Social and family history, one row per review.
CREATE TABLE history_data (
    id bigserial PRIMARY KEY,
    tobacco text,
    alcohol text,
    recreational_drugs text,
    history_mother text,
    history_father text,
    date timestamp,
    pid bigint DEFAULT 0 NOT NULL
);
INSERT INTO history_data (tobacco, alcohol, recreational_drugs, history_mother, history_father, date, pid)
SELECT fixture_gen.pick(ARRAY['|nevertobacco||', '|nevertobacco||', '1/2 ppd|currenttobacco|2003-05-01|', 'quit 2015|quittobacco|2015-09-01|', 'vapes daily|currenttobacco||', '||'], 'hto', h),
       fixture_gen.pick(ARRAY['|neveralcohol||', '2-3 beers on weekends|currentalcohol||', 'glass of wine with dinner|currentalcohol||', 'sober since 2019|quitalcohol|2019-02-14|', '||'], 'hal', h),
       fixture_gen.pick(ARRAY['|neverrecreational_drugs||', '|neverrecreational_drugs||', 'cannabis edibles for sleep|currentrecreational_drugs||', 'hx IVDU, in recovery|quitrecreational_drugs|2017-01-01|', '||'], 'hrd', h),
       fixture_gen.pick(ARRAY['', '', 'HTN, T2DM', 'breast ca at 62, living', 'died 2011 stroke', 'depression; alive and well', 'unknown (adopted)', 'Alzheimer''s dx at 74'], 'hmo', h),
       fixture_gen.pick(ARRAY['', '', 'MI at 58, deceased', 'colon cancer', 'HTN, high cholesterol', 'alcoholism', 'not in contact', 'prostate ca, treated 2018'], 'hfa', h),
       fixture_gen.ts('hdt', h), 1 + fixture_gen.n('hpid', h, 600)
FROM generate_series(1, 450) h;

-- ── Users: staff and the address book ───────────────────────────────────

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    username varchar(255),
    password text,
    info text,
    fname varchar(255),
    lname varchar(255),
    federaltaxid varchar(255),
    federaldrugid varchar(255),
    npi varchar(15),
    specialty varchar(255),
    email varchar(255),
    url varchar(255),
    assistant varchar(255),
    organization varchar(255),
    valedictory varchar(255),
    street varchar(60),
    city varchar(30),
    zip varchar(20),
    phone varchar(30),
    fax varchar(30),
    phonecell varchar(30),
    notes text,
    abook_type varchar(31) DEFAULT '' NOT NULL,
    state_license_number varchar(25),
    google_signin_email varchar(255)
);
INSERT INTO users (id, username, password, info, fname, lname, federaltaxid, federaldrugid, npi, specialty, email, url, assistant, organization, valedictory,
    street, city, zip, phone, fax, phonecell, notes, abook_type, state_license_number, google_signin_email)
VALUES (1, 'admin', 'NoLongerUsed', '', 'Administrator', 'Administrator', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', NULL);
INSERT INTO users (id, username, password, info, fname, lname, federaltaxid, federaldrugid, npi, specialty, email, url, assistant, organization, valedictory,
    street, city, zip, phone, fax, phonecell, notes, abook_type, state_license_number, google_signin_email)
SELECT s.k, s.login, 'NoLongerUsed',
       CASE WHEN s.k = 4 THEN 'Covers for Dr. ' || (SELECT l FROM fixture_gen.st WHERE k = 6) || ' on Fridays' WHEN s.k = 9 THEN 'Spanish speaking' WHEN s.k = 12 THEN 'Part time, Mon/Wed/Thu' ELSE '' END,
       s.f, s.l,
       CASE WHEN s.k BETWEEN 2 AND 11 AND s.k % 3 = 0 THEN fixture_gen.ssn('usss', s.k) WHEN s.k BETWEEN 2 AND 11 AND s.k % 3 = 1 THEN fixture_gen.ein('uein', s.k) ELSE '' END,
       CASE WHEN s.k BETWEEN 2 AND 8 THEN fixture_gen.dea(fixture_gen.pick(ARRAY['A', 'B', 'F'], 'udt', s.k), s.l, 'udea', s.k) WHEN s.k BETWEEN 9 AND 11 THEN fixture_gen.dea('M', s.l, 'udea', s.k) ELSE '' END,
       CASE WHEN s.k BETWEEN 2 AND 11 THEN fixture_gen.npi('unpi', s.k) ELSE '' END,
       CASE WHEN s.k BETWEEN 2 AND 8 THEN fixture_gen.pick(ARRAY['Family Medicine', 'Family Medicine', 'Internal Medicine', 'Pediatrics'], 'usp', s.k)
            WHEN s.k BETWEEN 9 AND 11 THEN 'Family Nurse Practitioner' WHEN s.k BETWEEN 12 AND 14 THEN 'Nursing' WHEN s.k BETWEEN 15 AND 16 THEN 'Medical Assistant'
            WHEN s.k = 17 THEN 'Front Desk' ELSE 'Billing' END,
       fixture_gen.ascii(s.f) || '.' || fixture_gen.ascii(s.l) || '@sunrisefh.example', '',
       CASE WHEN s.k BETWEEN 2 AND 8 THEN fixture_gen.full_name('uasst', s.k) ELSE '' END, '', s.val,
       '', '', '', '', '', CASE WHEN s.k <= 14 THEN fixture_gen.usphone('ucell', s.k) ELSE '' END,
       CASE WHEN s.k = 3 THEN 'DEA renewal due 09/2025' WHEN s.k = 10 THEN 'On leave ' || to_char(fixture_gen.ts('ulv', s.k), 'MM/YYYY') || ' - ' || fixture_gen.first_name('ulvc', s.k) || ' covering' ELSE '' END,
       '', CASE WHEN s.k BETWEEN 2 AND 11 THEN CASE WHEN s.k BETWEEN 9 AND 10 THEN 'NP' || fixture_gen.digits('ulic', s.k, 8) WHEN s.k = 11 THEN 'PA' || fixture_gen.digits('ulic', s.k, 6) ELSE 'MD' || fixture_gen.digits('ulic', s.k, 6) END ELSE '' END,
       CASE WHEN s.k % 4 = 0 THEN fixture_gen.ascii(s.f) || '.' || fixture_gen.ascii(s.l) || '@sunrisefh.example' END
FROM fixture_gen.st s;
INSERT INTO users (id, username, password, info, fname, lname, federaltaxid, federaldrugid, npi, specialty, email, url, assistant, organization, valedictory,
    street, city, zip, phone, fax, phonecell, notes, abook_type, state_license_number, google_signin_email)
SELECT k, '', '', '', CASE WHEN b.person THEN fixture_gen.first_name('abf', k) ELSE '' END, CASE WHEN b.person THEN fixture_gen.last_name('abl', k) ELSE '' END,
       CASE WHEN b.person AND k % 3 = 0 THEN fixture_gen.ein('abein', k) ELSE '' END, '',
       CASE WHEN b.person OR b.ty IN ('ord_lab', 'ord_img') THEN fixture_gen.npi('abnpi', k) ELSE '' END,
       CASE WHEN b.person THEN (ARRAY['Cardiology', 'Dermatology', 'Orthopedic Surgery', 'Psychiatry', 'Gastroenterology', 'Obstetrics & Gynecology', 'Endocrinology', 'Physical Therapy'])[b.o]
            WHEN b.ty = 'ord_lab' THEN 'Laboratory' WHEN b.ty = 'ord_img' THEN 'Radiology' ELSE '' END,
       CASE WHEN b.person AND k % 2 = 0 THEN fixture_gen.mailof(fixture_gen.first_name('abf', k), fixture_gen.last_name('abl', k), 'abm', k)
            WHEN b.person THEN 'referrals@' || b.dom || '.example'
            WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['clientservices@', 'orders@', 'support@'], 'abrm', k) || b.dom || '.example' ELSE '' END,
       CASE WHEN k % 2 = 0 THEN 'https://www.' || b.dom || '.example' ELSE '' END,
       CASE WHEN b.person AND k % 4 = 0 THEN fixture_gen.first_name('abas', k) || ' (scheduling)' ELSE '' END,
       b.org, CASE WHEN b.person AND b.o = 8 THEN 'DPT' WHEN b.person THEN fixture_gen.pick(ARRAY['MD', 'MD', 'DO'], 'abv', k) ELSE '' END,
       regexp_replace(fixture_gen.usstreet('abst', k), ' Apt .*$', '') || CASE WHEN k % 3 = 0 THEN ' Suite ' || (100 + k * 7) ELSE '' END, fixture_gen.uscity('abc', k), '97' || lpad(fixture_gen.n('abz', k, 400)::text, 3, '0'),
       fixture_gen.usphone('abph', k), fixture_gen.usphone('abfx', k), CASE WHEN b.person AND k % 5 = 0 THEN fixture_gen.usphone('abcl', k) ELSE '' END,
       fixture_gen.pick(ARRAY['', '', 'Fax referrals only; include last two visit notes', 'Accepts OHP', 'Not taking new patients until spring',
           'Ask for ' || fixture_gen.first_name('abnt', k) || ' in scheduling', 'Courier pickup 4pm weekdays', 'Needs prior auth for MRI'], 'abnt', k),
       b.ty, CASE WHEN b.person AND b.o = 8 THEN 'PT' || fixture_gen.digits('ablic', k, 6) WHEN b.person THEN 'MD' || fixture_gen.digits('ablic', k, 6) ELSE '' END, NULL
FROM generate_series(19, 60) k,
LATERAL (SELECT (ARRAY['spe', 'spe', 'spe', 'ord_lab', 'ord_img', 'spe', 'vendor', 'spe', 'dist', 'spe'])[1 + k % 10] AS ty) t,
LATERAL (SELECT 1 + fixture_gen.n('abo', k, 8) AS o) oi,
LATERAL (SELECT t.ty, t.ty = 'spe' AS person, oi.o,
    CASE t.ty WHEN 'ord_lab' THEN fixture_gen.pick(ARRAY['Quest Diagnostics', 'LabCorp', 'OHSU Lab', 'Legacy Laboratory Services'], 'abo', k)
        WHEN 'ord_img' THEN fixture_gen.pick(ARRAY['Providence Imaging Center', 'EPIC Imaging', 'Northwest Radiology'], 'abo', k)
        WHEN 'vendor' THEN fixture_gen.pick(ARRAY['Henry Schein Medical', 'McKesson Medical-Surgical'], 'abo', k)
        WHEN 'dist' THEN fixture_gen.pick(ARRAY['Cardinal Health', 'Medline'], 'abo', k)
        ELSE (ARRAY['Cascade Heart Clinic', 'Rose City Dermatology', 'Willamette Orthopedics', 'Bridgeview Psychiatry', 'Eastside GI Associates',
            'Laurelhurst Women''s Health', 'Columbia Endocrine', 'Pearl District Physical Therapy'])[oi.o] END AS org) b0,
LATERAL (SELECT b0.*, regexp_replace(lower(b0.org), '[^a-z0-9]+', '', 'g') AS dom) b;

CREATE TABLE users_secure (
    id bigint PRIMARY KEY,
    username varchar(255),
    password varchar(255),
    last_update_password timestamp,
    login_fail_counter integer DEFAULT 0,
    password_history1 varchar(255),
    password_history2 varchar(255)
);
INSERT INTO users_secure
SELECT 1, 'admin', fixture_gen.bcr('usp', 1), timestamp '2023-11-02 08:14:09', 0, fixture_gen.bcr('uph1', 1), fixture_gen.bcr('uph2', 1)
UNION ALL
SELECT k, login, fixture_gen.bcr('usp', k), fixture_gen.ts('uslu', k), CASE WHEN k % 5 = 0 THEN 1 + k % 3 ELSE 0 END,
       CASE WHEN k % 2 = 0 THEN fixture_gen.bcr('uph1', k) ELSE '' END, CASE WHEN k % 4 = 0 THEN fixture_gen.bcr('uph2', k) ELSE '' END
FROM fixture_gen.st;

-- Two-factor registrations: TOTP secrets (encrypted) and U2F keys.
CREATE TABLE login_mfa_registrations (
    user_id bigint NOT NULL,
    name varchar(30) NOT NULL,
    last_challenge timestamp,
    method varchar(31) NOT NULL,
    var1 text NOT NULL,
    PRIMARY KEY (user_id, name)
);
INSERT INTO login_mfa_registrations
SELECT k, CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['YubiKey 5C', 'Office key', 'Titan key'], 'mfn', k) ELSE 'App Based 2FA' END, fixture_gen.ts('mfc', k),
       CASE WHEN k % 3 = 0 THEN 'U2F' ELSE 'TOTP' END,
       CASE WHEN k % 3 = 0 THEN '{"keyHandle":"' || rtrim(translate(fixture_gen.b64('mfkh', k, 64), '+/', '-_'), '=') || '","publicKey":"' || fixture_gen.b64('mfpk', k, 65)
           || '","certificate":"' || fixture_gen.b64('mfct', k, 180) || '","counter":' || (k * 13) || '}'
            ELSE fixture_gen.cg('mftotp', k, 32) END
FROM generate_series(1, 14) k WHERE k NOT IN (5, 12);

-- ── API and OAuth 2 ──────────────────────────────────────────────────────

CREATE TABLE oauth_clients (
    client_id varchar(80) PRIMARY KEY,
    client_role varchar(20),
    client_name varchar(255) NOT NULL,
    client_secret text,
    registration_token varchar(80),
    register_date timestamp,
    contacts text,
    redirect_uri text,
    jwks text
);
INSERT INTO oauth_clients
SELECT rtrim(translate(fixture_gen.b64('occ', k, 32), '+/', '-_'), '='), r, n,
       CASE WHEN r = 'patient' AND k <> 6 THEN NULL ELSE fixture_gen.cg('ocs', k, 64) END,
       rtrim(translate(fixture_gen.b64('ocr', k, 32), '+/', '-_'), '='), fixture_gen.ts('ocd', k), c, u,
       CASE WHEN r = 'system' THEN '{"keys":[{"kty":"RSA","e":"AQAB","use":"sig","kid":"' || fixture_gen.hexn('kid', k, 16) || '","alg":"RS384","n":"'
           || rtrim(translate(fixture_gen.b64('ocn', k, 256), '+/', '-_'), '=') || '"}]}' END
FROM (VALUES (1, 'patient', 'Sunrise Patient App', 'mobile-team@sunrisefh.example', 'com.sunrisefh.app://callback'),
    (2, 'user', 'Care Gaps Dashboard', 'it@sunrisefh.example|' || fixture_gen.mailof('Piotr', 'Nowak', 'occm', 2), 'https://dashboard.sunrisefh.example/oauth/callback'),
    (3, 'system', 'Oregon ALERT IIS Bulk Export', 'iis-support@oha.state.or.example', ''),
    (4, 'patient', 'Apple Health Records', 'healthrecords@apple.example', 'https://apple.example/health/callback'),
    (5, 'user', 'inferno test kit', fixture_gen.mailof('Aylin', 'Demir', 'occm', 5), 'http://localhost:4567/inferno/oauth2/static/redirect'),
    (6, 'patient', 'MyMeds Reminder', 'dev@mymeds-app.example', 'https://mymeds-app.example/smart/redirect')) v(k, r, n, c, u);

-- The access tokens issued: token is the token's identifier (its jti); the
-- bearer token itself is a signed JWT that OpenEMR does not keep.
CREATE TABLE api_token (
    id bigserial PRIMARY KEY,
    user_id varchar(40),
    token varchar(128),
    expiry timestamp,
    client_id varchar(80),
    scope text
);
INSERT INTO api_token (user_id, token, expiry, client_id, scope)
SELECT CASE WHEN c.k IN (1, 4, 6) THEN md5('puuid' || (1 + fixture_gen.n('atp', t, 600)))::uuid::text ELSE md5('uuuid' || (2 + t % 10))::uuid::text END,
       fixture_gen.hexn('atok', t, 80), fixture_gen.ts('atx', t), rtrim(translate(fixture_gen.b64('occ', c.k, 32), '+/', '-_'), '='),
       CASE WHEN c.k IN (1, 4, 6) THEN 'openid offline_access patient/Patient.read patient/Observation.read patient/MedicationRequest.read launch/patient'
            WHEN c.k = 3 THEN 'system/Patient.$export system/Immunization.read system/*.$bulkdata-status' ELSE 'openid fhirUser user/Patient.read user/Encounter.read user/Condition.read' END
FROM generate_series(1, 140) t, LATERAL (SELECT (ARRAY[1, 1, 2, 2, 3, 4, 1, 6, 5, 2])[1 + t % 10] AS k) c;

-- ── Patient portal ───────────────────────────────────────────────────────

CREATE TABLE patient_access_onsite (
    id bigserial PRIMARY KEY,
    pid bigint,
    portal_username varchar(100),
    portal_pwd varchar(255),
    portal_pwd_status smallint DEFAULT 1,
    portal_login_username varchar(100),
    portal_onetime varchar(255)
);
INSERT INTO patient_access_onsite (pid, portal_username, portal_pwd, portal_pwd_status, portal_login_username, portal_onetime)
SELECT p.i, p.f || p.l || (p.i % 100), fixture_gen.bcr('ppw', p.i), CASE WHEN p.i % 11 = 0 THEN 0 ELSE 1 END,
       CASE WHEN p.i % 2 = 0 THEN p.email ELSE lower(fixture_gen.ascii(p.f)) || (1960 + p.i % 50) END,
       CASE WHEN p.i % 11 = 0 THEN fixture_gen.cg('pot', p.i, 48) ELSE '' END
FROM fixture_gen.pt p WHERE p.i % 5 IN (0, 2);

-- ── Encounters and clinical forms ────────────────────────────────────────

CREATE TABLE form_encounter (
    id bigserial PRIMARY KEY,
    date timestamp,
    reason text,
    facility text,
    pid bigint,
    encounter bigint,
    onset_date timestamp,
    sensitivity varchar(30),
    provider_id integer DEFAULT 0
);
INSERT INTO form_encounter (date, reason, facility, pid, encounter, onset_date, sensitivity, provider_id)
SELECT fixture_gen.ts('fed', e), fixture_gen.pick(ARRAY['Annual physical', 'F/u HTN', 'Med refill', 'Cough x 3 weeks, low grade fever', 'Knee pain after fall at work',
           'Depression f/u, PHQ-9 14', 'Well child check', 'DM2 f/u, A1c', 'UTI symptoms', 'Rash on arms since camping trip', 'Anxiety, trouble sleeping since divorce',
           'Pre-op clearance for knee replacement', 'ED follow-up (chest pain, ruled out)', 'Contraception counseling', 'Back pain', 'Telehealth: COVID positive, mild symptoms'], 'fer', e),
       (ARRAY['Sunrise Family Health - Portland', 'Sunrise Family Health - Beaverton', 'Sunrise Family Health - Salem'])[1 + e % 3],
       1 + fixture_gen.n('fep', e, 600), 100000 + e,
       CASE WHEN e % 4 = 0 THEN fixture_gen.ts('fed', e) - make_interval(days => 1 + e % 60) END,
       CASE WHEN e % 13 = 0 THEN 'high' ELSE 'normal' END, 2 + e % 10
FROM generate_series(1, 1800) e;

CREATE TABLE forms (
    id bigserial PRIMARY KEY,
    date timestamp,
    encounter bigint,
    form_name text,
    form_id bigint,
    pid bigint,
    "user" varchar(255),
    formdir text
);
INSERT INTO forms (date, encounter, form_name, form_id, pid, "user", formdir)
SELECT fe.date, fe.encounter, f.name, CASE WHEN f.dir = 'newpatient' THEN fe.id ELSE fe.id * 10 + f.k END, fe.pid,
       (SELECT login FROM fixture_gen.st WHERE k = CASE WHEN f.dir IN ('vitals', 'ros') THEN 12 + fe.id % 5 ELSE fe.provider_id END), f.dir
FROM form_encounter fe, (VALUES (1, 'New Patient Encounter', 'newpatient'), (2, 'Vitals', 'vitals'), (3, 'SOAP', 'soap'), (4, 'Review Of Systems', 'ros')) f(k, name, dir)
WHERE fe.id <= 800 AND (f.k = 1 OR (f.k = 2 AND fe.id % 4 <> 3) OR (f.k = 3 AND fe.id % 2 = 0) OR (f.k = 4 AND fe.id % 9 = 0));

CREATE TABLE form_vitals (
    id bigserial PRIMARY KEY,
    date timestamp,
    pid bigint,
    "user" varchar(255),
    bps varchar(40),
    bpd varchar(40),
    weight numeric(12, 6),
    height numeric(12, 6),
    temperature numeric(12, 6),
    note varchar(255),
    bmi numeric(12, 1),
    bmi_status varchar(255)
);
INSERT INTO form_vitals (date, pid, "user", bps, bpd, weight, height, temperature, note, bmi, bmi_status)
SELECT fe.date, fe.pid, (SELECT login FROM fixture_gen.st WHERE k = 12 + fe.id % 5), (104 + fixture_gen.n('vbs', fe.id, 60))::text, (62 + fixture_gen.n('vbd', fe.id, 34))::text,
       w.wt, w.ht, 97.2 + fixture_gen.n('vtp', fe.id, 30) / 10.0,
       fixture_gen.pick(ARRAY['', '', '', '', 'repeat BP ' || (120 + fe.id % 40) || '/' || (70 + fe.id % 20) || ' after 5 min', 'pt declined weight', 'weighed in clothes and shoes',
           'pt anxious, white coat HTN?', 'BP L arm, large cuff'], 'vnt', fe.id),
       round(703 * w.wt / (w.ht * w.ht), 1),
       CASE WHEN 703 * w.wt / (w.ht * w.ht) < 18.5 THEN 'Underweight' WHEN 703 * w.wt / (w.ht * w.ht) < 25 THEN 'Normal BL' WHEN 703 * w.wt / (w.ht * w.ht) < 30 THEN 'Overweight' ELSE 'Obesity III' END
FROM form_encounter fe, LATERAL (SELECT (110 + fixture_gen.n('vwt', fe.pid, 150) + fixture_gen.n('vwd', fe.id, 8))::numeric AS wt, (59 + fixture_gen.n('vht', fe.pid, 16))::numeric + 0.5 AS ht) w
WHERE fe.id % 4 <> 3;

CREATE TABLE form_soap (
    id bigserial PRIMARY KEY,
    pid bigint,
    "user" varchar(255),
    activity smallint DEFAULT 1,
    subjective text,
    objective text,
    assessment text,
    plan text
);
INSERT INTO form_soap (pid, "user", activity, subjective, objective, assessment, plan)
SELECT fe.pid, (SELECT login FROM fixture_gen.st WHERE k = fe.provider_id), 1,
       extract(year FROM age(date '2024-06-01', p.dob))::int || ' y/o ' || CASE WHEN p.sex = 'Female' THEN 'F' ELSE 'M' END || ' presents for ' || lower(fe.reason) || '. '
           || fixture_gen.pick(ARRAY['Reports good adherence to meds.', 'Accompanied by daughter ' || fixture_gen.first_name('sdau', fe.id) || ', who helps with meds.',
              'Works nights at ' || fixture_gen.pick(ARRAY['the Fred Meyer DC', 'Providence St. Vincent', 'the Intel Hillsboro fab'], 'swk', fe.id) || ', poor sleep.',
              'Denies chest pain, SOB, palpitations.', 'Recently moved in with partner ' || fixture_gen.full_name('sprt', fe.id) || '.', 'Lost job in March, no insurance until May.',
              'States stress at home; husband drinking again.', ''], 'ssub', fe.id),
       'BP ' || (110 + fe.id % 40) || '/' || (68 + fe.id % 20) || ', HR ' || (58 + fe.id % 40) || '. ' || fixture_gen.pick(ARRAY['Lungs CTA bilat.', 'RRR, no murmur.', 'Mild TTP L knee, no effusion.',
           'Erythematous papules on forearms.', 'Alert, flat affect.', 'TMs clear, throat erythematous.'], 'sobj', fe.id),
       fixture_gen.pick(ARRAY['Essential hypertension, controlled.', 'T2DM with hyperglycemia (E11.65).', 'Major depressive disorder, recurrent, moderate.', 'Acute bronchitis.',
           'Contact dermatitis.', 'Knee sprain, L.', 'Generalized anxiety disorder.', 'Well visit, no concerns.'], 'sass', fe.id),
       fixture_gen.pick(ARRAY['Continue lisinopril 10 mg daily. RTC 3 mo.', 'Increase metformin to 1000 mg BID. A1c in 3 mo.', 'Start sertraline 50 mg. Referral to Bridgeview Psychiatry. Crisis line given.',
           'Supportive care, albuterol PRN.', 'Triamcinolone cream BID x 2 wk.', 'RICE, PT referral. Work note for 1 week.', 'Call if worse. Pt to bring glucose log.',
           'Labs: CMP, lipid panel. Pt will call ' || fixture_gen.usphone('spln', fe.id) || ' (cell) with results.'], 'spln', fe.id)
FROM form_encounter fe JOIN fixture_gen.pt p ON p.i = fe.pid WHERE fe.id % 2 = 0;

-- Medical problems, allergies and medications of each patient.
CREATE TABLE lists (
    id bigserial PRIMARY KEY,
    type varchar(255),
    title varchar(255),
    begdate timestamp,
    diagnosis varchar(255),
    comments text,
    pid bigint,
    "user" varchar(255),
    reaction varchar(255) DEFAULT '' NOT NULL
);
INSERT INTO lists (type, title, begdate, diagnosis, comments, pid, "user", reaction)
SELECT t.ty, t.title, CASE WHEN li % 5 = 0 THEN NULL ELSE fixture_gen.ts('lbd', li) - interval '3 years' END, t.dx,
       fixture_gen.pick(ARRAY['', '', '', 'dx by Dr. ' || fixture_gen.last_name('lcd', li) || ' at Legacy ' || (2010 + li % 13), 'pt reports', 'per outside records',
           'mother (' || fixture_gen.full_name('lcm', li) || ') says reaction as infant', 'confirmed on echo'], 'lcm', li),
       1 + fixture_gen.n('lpid', li, 600), (SELECT login FROM fixture_gen.st WHERE k = 2 + li % 15), t.re
FROM generate_series(1, 1500) li,
LATERAL (SELECT * FROM (VALUES
    (0, 'medical_problem', 'Essential hypertension', 'ICD10:I10', ''), (1, 'medical_problem', 'Type 2 diabetes mellitus without complications', 'ICD10:E11.9', ''),
    (2, 'medical_problem', 'Major depressive disorder, recurrent', 'ICD10:F33.1', ''), (3, 'medical_problem', 'Asthma, mild persistent', 'ICD10:J45.30', ''),
    (4, 'medical_problem', 'HIV disease', 'ICD10:B20', ''), (5, 'medical_problem', 'Hyperlipidemia', 'ICD10:E78.5', ''),
    (6, 'medical_problem', 'Opioid use disorder, in remission', 'ICD10:F11.21', ''), (7, 'medical_problem', 'Pregnancy, second trimester', 'ICD10:Z33.1', ''),
    (8, 'allergy', 'Penicillin', '', 'hives'), (9, 'allergy', 'Sulfa drugs', '', 'rash'), (10, 'allergy', 'Peanuts', '', 'anaphylaxis'), (11, 'allergy', 'Latex', '', 'rash'),
    (12, 'medication', 'Lisinopril 10 mg tablet', '', ''), (13, 'medication', 'Metformin 500 mg tablet', '', ''), (14, 'medication', 'Sertraline 50 mg tablet', '', ''),
    (15, 'medication', 'Buprenorphine-naloxone 8-2 mg film', '', ''), (16, 'surgery', 'Appendectomy', 'CPT4:44950', ''), (17, 'medical_problem', 'Generalized anxiety disorder', 'ICD10:F41.1', '')
) v(k, ty, title, dx, re) WHERE v.k = fixture_gen.n('lty', li, 18)) t;

CREATE TABLE prescriptions (
    id bigserial PRIMARY KEY,
    patient_id bigint,
    provider_id integer,
    date_added timestamp,
    drug varchar(150),
    rxnorm_drugcode varchar(25),
    quantity varchar(31) DEFAULT '',
    refills integer DEFAULT 0,
    note text,
    active integer DEFAULT 1 NOT NULL
);
INSERT INTO prescriptions (patient_id, provider_id, date_added, drug, rxnorm_drugcode, quantity, refills, note, active)
SELECT 1 + fixture_gen.n('rxp', r, 600), 2 + r % 10, fixture_gen.ts('rxd', r), d.drug, d.code, (30 * (1 + r % 3))::text, r % 6,
       fixture_gen.pick(ARRAY['', '', '', 'pt prefers generic', 'send to Walgreens on Sandy', 'PDMP checked', 'daughter ' || fixture_gen.first_name('rxn', r) || ' picks up',
           'prior auth approved, ref #' || fixture_gen.digits('rxpa', r, 9), 'do not fill before ' || to_char(fixture_gen.ts('rxd', r) + interval '25 days', 'MM/DD')], 'rxn', r),
       CASE WHEN r % 7 = 0 THEN 0 ELSE 1 END
FROM generate_series(1, 900) r,
LATERAL (SELECT * FROM (VALUES (0, 'Lisinopril 10 MG Oral Tablet', '314076'), (1, 'Metformin hydrochloride 500 MG Oral Tablet', '860975'), (2, 'Sertraline 50 MG Oral Tablet', '312940'),
    (3, 'Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', '745679'), (4, 'Atorvastatin 20 MG Oral Tablet', '617310'), (5, 'Amoxicillin 500 MG Oral Capsule', '308191'),
    (6, 'Buprenorphine 8 MG / Naloxone 2 MG Sublingual Film', '1010606'), (7, 'Bictegravir 50 MG / Emtricitabine 200 MG / Tenofovir alafenamide 25 MG Oral Tablet', '1999667'),
    (8, 'Levothyroxine Sodium 0.05 MG Oral Tablet', '966222'), (9, 'Norethindrone 0.35 MG Oral Tablet', '198042')) v(k, drug, code) WHERE v.k = fixture_gen.n('rxk', r, 10)) d;

CREATE TABLE immunizations (
    id bigserial PRIMARY KEY,
    patient_id bigint,
    administered_date timestamp,
    cvx_code varchar(64),
    lot_number varchar(50),
    administered_by varchar(255),
    note text
);
INSERT INTO immunizations (patient_id, administered_date, cvx_code, lot_number, administered_by, note)
SELECT 1 + fixture_gen.n('imp', m, 600), fixture_gen.ts('imd', m), fixture_gen.pick(ARRAY['208', '141', '150', '115', '133', '187', '20', '03', '62'], 'imc', m),
       upper(fixture_gen.chars('iml', m, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')) || fixture_gen.digits('iml', m, 4),
       CASE WHEN m % 4 = 0 THEN fixture_gen.pick(ARRAY['Walgreens pharmacist', 'Multnomah County Health Dept', 'outside clinic', fixture_gen.full_name('imab', m) || ', RN (school clinic)',
           fixture_gen.full_name('imab', m) || ', PharmD'], 'imab', m) ELSE '' END,
       fixture_gen.pick(ARRAY['', '', '', 'VIS given', 'mild soreness with last dose', 'per ALERT IIS record', 'mom declined HPV today, revisit next WCC', 'fainted after last shot, given lying down'], 'imn', m)
FROM generate_series(1, 700) m;

CREATE TABLE procedure_result (
    procedure_result_id bigserial PRIMARY KEY,
    procedure_report_id bigint NOT NULL,
    result_code varchar(31) DEFAULT '' NOT NULL,
    result_text varchar(255) DEFAULT '' NOT NULL,
    date timestamp,
    units varchar(31) DEFAULT '' NOT NULL,
    result varchar(255) DEFAULT '' NOT NULL,
    abnormal varchar(31) DEFAULT '' NOT NULL,
    comments text
);
INSERT INTO procedure_result (procedure_report_id, result_code, result_text, date, units, result, abnormal, comments)
SELECT 5000 + q / 3, t.code, t.txt, fixture_gen.ts('prd', q / 3), t.units, t.val, CASE WHEN t.hi THEN 'high' WHEN q % 9 = 0 THEN 'low' ELSE 'no' END,
       fixture_gen.pick(ARRAY['', '', '', '', 'Specimen slightly hemolyzed.', 'Fasting: N', 'Called to ' || fixture_gen.full_name('prcm', q) || ' RN at ' || to_char(fixture_gen.ts('prd', q / 3), 'HH24:MI'),
           'Result confirmed by repeat analysis.'], 'prcm', q)
FROM generate_series(1, 1200) q,
LATERAL (SELECT * FROM (VALUES (0, '4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '%', (5 + fixture_gen.n('prv', q, 60) / 10.0)::text, fixture_gen.n('prv', q, 60) > 15),
    (1, '2345-7', 'Glucose [Mass/volume] in Serum or Plasma', 'mg/dL', (70 + fixture_gen.n('prv', q, 150))::text, fixture_gen.n('prv', q, 150) > 29),
    (2, '2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 'mg/dL', (140 + fixture_gen.n('prv', q, 140))::text, fixture_gen.n('prv', q, 140) > 60),
    (3, '20447-9', 'HIV 1 RNA [#/volume] (viral load) in Serum or Plasma', 'copies/mL', CASE WHEN q % 4 = 0 THEN (40 + fixture_gen.n('prv', q, 9000))::text ELSE '<20' END, q % 4 = 0),
    (4, '1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', 'mg/L', (fixture_gen.n('prv', q, 300) / 10.0)::text, fixture_gen.n('prv', q, 300) > 100),
    (5, '3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', 'm[IU]/L', (fixture_gen.n('prv', q, 80) / 10.0)::text, fixture_gen.n('prv', q, 80) > 45),
    (6, '2106-3', 'Choriogonadotropin (pregnancy test) [Presence] in Urine', '', fixture_gen.pick(ARRAY['Negative', 'Positive'], 'prv', q), false)
) v(k, code, txt, units, val, hi) WHERE v.k = q % 7) t;

CREATE TABLE billing (
    id bigserial PRIMARY KEY,
    date timestamp,
    code_type varchar(15),
    code varchar(20),
    pid bigint,
    code_text text,
    modifier varchar(12),
    justify varchar(255),
    process_file varchar(255)
);
INSERT INTO billing (date, code_type, code, pid, code_text, modifier, justify, process_file)
SELECT fe.date, c.ty, c.code, fe.pid, c.txt, CASE WHEN c.ty = 'CPT4' AND fe.id % 5 = 0 THEN '25' ELSE '' END,
       CASE WHEN c.ty = 'CPT4' THEN 'ICD10|' || dx.code || ':' || CASE WHEN fe.id % 3 = 0 THEN 'ICD10|Z00.00:' ELSE '' END ELSE '' END,
       CASE WHEN fe.id < 800 THEN '837P-' || to_char(fe.date + interval '2 days', 'YYYYMMDD') || '-' || (1 + fe.id % 3) || '.txt' ELSE '' END
FROM form_encounter fe,
LATERAL (SELECT (ARRAY['I10', 'E11.9', 'F33.1', 'J20.9', 'L23.9', 'S83.92XA', 'F41.1', 'Z00.00', 'B20', 'N39.0'])[1 + fixture_gen.n('bdx', fe.id, 10)] AS code) dx,
LATERAL (SELECT * FROM (VALUES (1, 'CPT4', (ARRAY['99213', '99214', '99203', '99395', '99442'])[1 + fe.id % 5], (ARRAY['Office visit, est. patient, low MDM', 'Office visit, est. patient, moderate MDM',
        'Office visit, new patient, low MDM', 'Preventive visit, est., 18-39', 'Telephone E/M, 11-20 min'])[1 + fe.id % 5]),
    (2, 'ICD10', dx.code, (SELECT txt FROM (VALUES ('I10', 'Essential (primary) hypertension'), ('E11.9', 'Type 2 diabetes mellitus without complications'),
        ('F33.1', 'Major depressive disorder, recurrent, moderate'), ('J20.9', 'Acute bronchitis, unspecified'), ('L23.9', 'Allergic contact dermatitis, unspecified cause'),
        ('S83.92XA', 'Sprain of unspecified site of left knee, initial encounter'), ('F41.1', 'Generalized anxiety disorder'), ('Z00.00', 'Encounter for general adult medical examination'),
        ('B20', 'Human immunodeficiency virus [HIV] disease'), ('N39.0', 'Urinary tract infection, site not specified')) d(c, txt) WHERE d.c = dx.code)),
    (3, 'HCPCS', 'G0444', 'Annual depression screening, 5 to 15 minutes')) v(k, ty, code, txt)
    WHERE v.k IN (1, 2) OR (v.k = 3 AND fe.id % 11 = 0)) c
WHERE fe.id <= 950;

-- ── Insurance ────────────────────────────────────────────────────────────

CREATE TABLE insurance_companies (
    id bigint PRIMARY KEY,
    name varchar(255),
    attn varchar(255),
    cms_id varchar(15),
    inactive smallint DEFAULT 0 NOT NULL
);
INSERT INTO insurance_companies VALUES (1, 'Medicare Part B (Noridian JF)', 'Claims', '02402', 0), (2, 'Oregon Health Plan (Medicaid)', 'Provider Services', 'OROHP', 0),
    (3, 'Regence BlueCross BlueShield of Oregon', '', '00851', 0), (4, 'Providence Health Plan', 'Claims Department', '93221', 0), (5, 'Kaiser Permanente Northwest', '', '93079', 0),
    (6, 'Moda Health', 'Attn: Medical Claims', '93200', 0), (7, 'Aetna', '', '60054', 0), (8, 'UnitedHealthcare', 'Appeals Unit', '87726', 0), (9, 'Cigna', '', '62308', 0),
    (10, 'Pacific Source Health Plans', 'Claims', '93029', 1), (11, 'CareOregon', 'Claims', 'COHP1', 0), (12, 'SAIF Corporation (workers comp)', 'Claims Intake', '93059', 0);

CREATE TABLE insurance_data (
    id bigserial PRIMARY KEY,
    type varchar(20),
    provider varchar(255),
    plan_name varchar(255),
    policy_number varchar(255),
    group_number varchar(255),
    subscriber_lname varchar(255),
    subscriber_fname varchar(255),
    subscriber_ss varchar(255),
    subscriber_dob date,
    subscriber_street varchar(255),
    subscriber_phone varchar(255),
    subscriber_employer varchar(255),
    subscriber_employer_street varchar(255),
    subscriber_sex varchar(25),
    pid bigint
);
INSERT INTO insurance_data (type, provider, plan_name, policy_number, group_number, subscriber_lname, subscriber_fname, subscriber_ss, subscriber_dob, subscriber_street,
    subscriber_phone, subscriber_employer, subscriber_employer_street, subscriber_sex, pid)
SELECT CASE WHEN s = 1 THEN 'primary' ELSE 'secondary' END, ic::text,
       (ARRAY['', 'OHP Plus', 'Regence Innova PPO', 'Providence Choice', 'KP Silver 2500', 'Moda Beacon', 'Aetna Choice POS II', 'UHC Choice Plus', 'Cigna OAP', '', 'CareOregon Advantage', ''])[ic],
       CASE ic WHEN 1 THEN (1 + fixture_gen.n('idmb', p.i, 9))::text || fixture_gen.chars('idmb1', p.i, 1, 'ACDEFGHJKMNPQRTUVWXY') || fixture_gen.chars('idmb2', p.i, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')
               || fixture_gen.digits('idmb3', p.i, 1) || fixture_gen.chars('idmb4', p.i, 1, 'ACDEFGHJKMNPQRTUVWXY') || fixture_gen.chars('idmb5', p.i, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')
               || fixture_gen.digits('idmb6', p.i, 1) || fixture_gen.chars('idmb7', p.i, 2, 'ACDEFGHJKMNPQRTUVWXY') || fixture_gen.digits('idmb8', p.i, 2)
           WHEN 2 THEN 'OR' || fixture_gen.digits('idoh', p.i, 6) || upper(fixture_gen.chars('idoh', p.i, 1, 'ABCDEFGHJK'))
           WHEN 12 THEN 'SAIF-' || fixture_gen.digits('idsf', p.i, 7)
           ELSE upper(fixture_gen.chars('idpf', p.i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')) || fixture_gen.digits('idpn', p.i, 9) END,
       CASE WHEN ic IN (1, 2, 11, 12) THEN '' ELSE fixture_gen.digits('idgn', e.k, 6) END,
       CASE WHEN sub.self THEN p.l ELSE sub.l END, CASE WHEN sub.self THEN p.f ELSE sub.f END,
       CASE WHEN p.i % 5 = 0 THEN fixture_gen.ssn('idss', p.i) ELSE '' END,
       CASE WHEN sub.self THEN p.dob ELSE date '1955-01-01' + fixture_gen.n('idsd', p.i, 14000) END,
       fixture_gen.usstreet('pst', p.i), CASE WHEN sub.self THEN p.cell ELSE fixture_gen.usphone('idsp', p.i) END,
       CASE WHEN ic IN (1, 2, 11) THEN '' ELSE e.name END, CASE WHEN ic IN (1, 2, 11) OR p.i % 3 = 0 THEN '' ELSE e.street END,
       CASE WHEN sub.self THEN p.sex ELSE fixture_gen.pick(ARRAY['Female', 'Male'], 'idsx', p.i) END, p.i
FROM fixture_gen.pt p, generate_series(1, 2) s,
LATERAL (SELECT CASE WHEN s = 2 THEN 2 WHEN p.dob < date '1959-01-01' THEN 1 WHEN p.i % 12 = 7 THEN 12 ELSE (ARRAY[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 2])[1 + fixture_gen.n('idic', p.i, 11)] END AS ic) c,
LATERAL (SELECT p.dob < date '2006-07-01' AND p.i % 5 <> 1 AS self, fixture_gen.first_name('idsf', p.i) AS f, CASE WHEN p.i % 2 = 0 THEN p.l ELSE fixture_gen.last_name('idsl', p.i) END AS l) sub,
LATERAL (SELECT k, (ARRAY['Intel Corporation', 'Nike, Inc.', 'Providence Health & Services', 'Portland Public Schools', 'Fred Meyer Stores', 'Oregon Health & Science University',
        'Daimler Truck North America', 'Lucky Lab Brewing Co.', 'Ramirez Landscaping LLC', 'City of Beaverton', 'Salem-Keizer School District', 'Nguyen Family Dental'])[k] AS name,
    (ARRAY['2501 NE Century Blvd', 'One Bowerman Dr', '1801 Lind Ave SW', '501 N Dixon St', '1014 SW Vista Ave', '3181 SW Sam Jackson Park Rd', '4555 N Channel Ave',
        '915 SE Hawthorne Blvd', '8220 SE Foster Rd', '12725 SW Millikan Way', '2450 Lancaster Dr NE', '3300 Commercial St SE Suite 2'])[k] AS street
    FROM (SELECT 1 + fixture_gen.n('idem', p.i, 12) AS k) x) e
WHERE (s = 1 AND p.i % 10 <> 0) OR (s = 2 AND c.ic = 2 AND p.i % 9 = 0 AND p.dob < date '1959-01-01');

-- Addresses and phones of the insurers and pharmacies (foreign_id).
CREATE TABLE addresses (
    id bigint PRIMARY KEY,
    line1 varchar(255),
    city varchar(255),
    state varchar(35),
    zip varchar(10),
    foreign_id integer
);
INSERT INTO addresses VALUES (1, 'PO Box 6774', 'Fargo', 'ND', '58108', 1), (2, '500 Summer St NE E-44', 'Salem', 'OR', '97301', 2), (3, 'PO Box 30805', 'Salt Lake City', 'UT', '84130', 3),
    (4, 'PO Box 3125', 'Portland', 'OR', '97208', 4), (5, 'PO Box 373150', 'Denver', 'CO', '80237', 5), (6, 'PO Box 40384', 'Portland', 'OR', '97240', 6),
    (7, 'PO Box 981106', 'El Paso', 'TX', '79998', 7), (8, 'PO Box 30555', 'Salt Lake City', 'UT', '84130', 8), (9, 'PO Box 188061', 'Chattanooga', 'TN', '37422', 9),
    (10, 'PO Box 7068', 'Springfield', 'OR', '97475', 10), (11, '315 SW Fifth Ave', 'Portland', 'OR', '97204', 11), (12, '400 High St SE', 'Salem', 'OR', '97312', 12),
    (13, '3930 NE Sandy Blvd', 'Portland', 'OR', '97232', 101), (14, '4101 SE Hawthorne Blvd', 'Portland', 'OR', '97214', 102), (15, '11667 SW Canyon Rd', 'Beaverton', 'OR', '97005', 103),
    (16, '1125 Lancaster Dr NE', 'Salem', 'OR', '97301', 104), (17, '5300 SW Macadam Ave', 'Portland', 'OR', '97239', 105), (18, '2838 E Burnside St', 'Portland', 'OR', '97214', 106);

CREATE TABLE phone_numbers (
    id bigint PRIMARY KEY,
    area_code char(3),
    prefix char(3),
    number varchar(4),
    type integer,
    foreign_id integer
);
INSERT INTO phone_numbers
SELECT k, a, p, n, CASE WHEN k > 18 THEN 5 ELSE 2 END, f
FROM (VALUES (1, '877', '908', '8431', 1), (2, '800', '273', '0557', 2), (3, '888', '675', '6570', 3), (4, '800', '878', '4445', 4), (5, '800', '813', '2000', 5),
    (6, '888', '217', '2363', 6), (7, '888', '632', '3862', 7), (8, '877', '842', '3210', 8), (9, '800', '997', '1654', 9), (10, '800', '431', '4135', 10),
    (11, '503', '416', '4100', 11), (12, '800', '285', '8525', 12), (13, '503', '288', '5211', 101), (14, '503', '236', '0531', 102), (15, '503', '644', '5180', 103),
    (16, '503', '581', '8811', 104), (17, '503', '244', '3050', 105), (18, '503', '231', '1040', 106), (19, '503', '288', '5299', 101), (20, '503', '236', '0588', 102),
    (21, '503', '644', '5199', 103), (22, '503', '581', '8890', 104)) v(k, a, p, n, f);

CREATE TABLE pharmacies (
    id bigint PRIMARY KEY,
    name varchar(255),
    email varchar(255),
    ncpdp integer,
    npi bigint
);
INSERT INTO pharmacies
SELECT 100 + k, n, CASE WHEN k IN (2, 5) THEN 'rx' || (3800000 + k * 1117) || '@pharmacy.fredmeyer.example' WHEN k = 6 THEN 'info@burnsiderx.example' ELSE '' END,
       3800000 + k * 1117, fixture_gen.npi('phnpi', k)::bigint
FROM (VALUES (1, 'Walgreens #10542 (NE Sandy Blvd)'), (2, 'Fred Meyer Pharmacy #374 (Hawthorne)'), (3, 'Walgreens #7183 (Canyon Rd)'), (4, 'Safeway Pharmacy #1554 (Salem)'),
    (5, 'Fred Meyer Pharmacy #651 (Macadam)'), (6, 'Burnside Apothecary')) v(k, n);

-- The practice's own sites.
CREATE TABLE facility (
    id bigint PRIMARY KEY,
    name varchar(255),
    phone varchar(30),
    street varchar(255),
    postal_code varchar(11),
    federal_ein varchar(15),
    email varchar(255),
    facility_npi varchar(15),
    attn varchar(65),
    info text
);
INSERT INTO facility VALUES
    (3, 'Sunrise Family Health - Portland', '(503) 555-0142', '4400 NE Alberta St', '97211', '93-1849203', 'frontdesk.portland@sunrisefh.example', fixture_gen.npi('fnpi', 3), 'Billing Office', 'Main site. Lab draws until 4 pm.'),
    (4, 'Sunrise Family Health - Beaverton', '(503) 555-0187', '12600 SW Farmington Rd Suite 110', '97005', '93-1849203', 'frontdesk.beaverton@sunrisefh.example', fixture_gen.npi('fnpi', 4),
        fixture_gen.full_name('fatn', 4), 'Office manager: ' || fixture_gen.full_name('fatn', 4) || ', cell ' || fixture_gen.usphone('fom', 4)),
    (5, 'Sunrise Family Health - Salem', '(971) 555-0119', '1990 Commercial St SE', '97302', '93-1849203', 'salem@sunrisefh.example', fixture_gen.npi('fnpi', 5), fixture_gen.full_name('fatn', 5), '');

-- ── Messages ─────────────────────────────────────────────────────────────

-- Patient notes: internal messages between staff about a patient.
CREATE TABLE pnotes (
    id bigserial PRIMARY KEY,
    date timestamp,
    body text,
    pid bigint,
    "user" varchar(255),
    title varchar(255) DEFAULT 'Unassigned' NOT NULL,
    assigned_to varchar(255),
    message_status varchar(20) DEFAULT 'New' NOT NULL
);
INSERT INTO pnotes (date, body, pid, "user", title, assigned_to, message_status)
SELECT x.d, to_char(x.d, 'YYYY-MM-DD HH24:MI') || ' (' || a.login || ' to ' || b.login || ') '
       || fixture_gen.pick(ARRAY['Pt called requesting refill of ' || fixture_gen.pick(ARRAY['lisinopril', 'sertraline', 'metformin'], 'pnd', n) || '. Pharmacy: Walgreens NE Sandy. Callback ' || p.cell,
           'Lab results ready, please review and call pt.', 'Insurance denied MRI, needs peer-to-peer. Pt aware.', p.f || '''s wife ' || fixture_gen.first_name('pnw', n) || ' called, pt was admitted to Providence last night.',
           'Pt no-showed 3rd time, dismissal letter?', 'Pharmacy called: duplicate therapy alert for ' || p.f || ' ' || p.l || ' (DOB ' || to_char(p.dob, 'MM/DD/YYYY') || ').',
           'Please fax records to Cascade Heart Clinic, ROI signed.', 'Pt moved to ' || fixture_gen.usstreet('pnst', n) || ', update chart', 'Called back, LVM.'], 'pnb', n),
       p.i, a.login, fixture_gen.pick(ARRAY['Unassigned', 'Lab Results', 'Pharmacy', 'Insurance', 'Bill/Collect', 'Other', 'Referral', 'Prior Auth'], 'pnt', n),
       CASE WHEN n % 9 = 0 THEN '' ELSE b.login END, fixture_gen.pick(ARRAY['New', 'Read', 'Done', 'Done', 'Forwarded'], 'pns', n)
FROM generate_series(1, 800) n JOIN fixture_gen.pt p ON p.i = 1 + fixture_gen.n('pnp', n, 600)
JOIN fixture_gen.st a ON a.k = 12 + n % 7 JOIN fixture_gen.st b ON b.k = 2 + n % 10,
LATERAL (SELECT fixture_gen.ts('pndt', n) AS d) x;

-- Secure messages through the patient portal.
CREATE TABLE onsite_mail (
    id bigserial PRIMARY KEY,
    date timestamp,
    owner bigint,
    title varchar(255),
    body text,
    recipient_name varchar(255),
    sender_name varchar(255),
    message_status varchar(20) DEFAULT 'New' NOT NULL
);
INSERT INTO onsite_mail (date, owner, title, body, recipient_name, sender_name, message_status)
SELECT fixture_gen.ts('omd', o), CASE WHEN o % 2 = 0 THEN p.i ELSE s.k END,
       fixture_gen.pick(ARRAY['Refill request', 'Question about my labs', 'Appointment', 'Side effects?', 'Form for work', 'Re: your visit', 'billing question', 'FMLA paperwork'], 'omt', o),
       '<p>' || CASE WHEN o % 2 = 0 THEN fixture_gen.pick(ARRAY['Hi, I have been feeling dizzy since starting the new medication. Should I stop it?',
           'Can you send my vaccine record to my daughter''s school? Her name is ' || fixture_gen.first_name('omk', o) || ' ' || p.l || '.',
           'My new address is ' || fixture_gen.usstreet('oma', o) || ', ' || fixture_gen.uscity('omc', o) || '. Please update.', 'I need a note for my employer, ' || fixture_gen.pick(ARRAY['Nike', 'Fred Meyer', 'OHSU'], 'ome', o) || ', for last week.',
           'Thank you!', 'My insurance changed to Moda, member id ' || upper(fixture_gen.chars('omi', o, 3, 'ABCDEFGHJK')) || fixture_gen.digits('omi', o, 9) || '.'], 'omb', o)
           ELSE fixture_gen.pick(ARRAY['Hi ' || p.f || ', your results are normal. See you at your next visit.', 'Please schedule a follow-up in 2 weeks.', 'Your prescription was sent to your pharmacy.',
           'Dr. ' || s.l || ' would like you to stop the medication and come in tomorrow.'], 'omb', o) END || '</p>',
       CASE WHEN o % 2 = 0 THEN 'Dr. ' || s.f || ' ' || s.l ELSE p.f || ' ' || p.l END, CASE WHEN o % 2 = 0 THEN p.f || ' ' || p.l ELSE s.f || ' ' || s.l END,
       fixture_gen.pick(ARRAY['New', 'Read', 'Read', 'Archived'], 'oms', o)
FROM generate_series(1, 300) o JOIN fixture_gen.pt p ON p.i = 5 * (fixture_gen.n('omp', o, 120)) + 5 JOIN fixture_gen.st s ON s.k = 2 + o % 10;

-- ── Audit ────────────────────────────────────────────────────────────────

CREATE TABLE log (
    id bigserial PRIMARY KEY,
    date timestamp,
    event varchar(255),
    "user" varchar(255),
    groupname varchar(255),
    comments text,
    patient_id bigint,
    success smallint DEFAULT 1,
    checksum text
);
INSERT INTO log (date, event, "user", groupname, comments, patient_id, success, checksum)
SELECT fixture_gen.ts('lgd', g), v.ev, s.login, 'Default', v.cm, v.pid, v.ok, encode(sha256(convert_to('lgc' || g, 'UTF8')), 'hex')
FROM generate_series(1, 2000) g JOIN fixture_gen.st s ON s.k = 2 + fixture_gen.n('lgu', g, 17) JOIN fixture_gen.pt p ON p.i = 1 + fixture_gen.n('lgp', g, 600),
LATERAL (SELECT * FROM (VALUES
    (0, 'login', CASE WHEN g % 11 = 0 THEN 'failure: ' ELSE 'success: ' END || '10.20.' || (1 + g % 3) || '.' || (10 + fixture_gen.n('lgip', g, 200)), NULL::bigint, CASE WHEN g % 11 = 0 THEN 0 ELSE 1 END),
    (1, 'logout', 'success', NULL, 1),
    (2, 'patient-record-select', 'select * from patient_data where pid=' || p.i, p.i::bigint, 1),
    (3, 'patient-record-update', 'UPDATE patient_data SET `phone_cell`=''' || p.cell || ''', `street`=''' || replace(fixture_gen.usstreet('lgs', g), '''', '''''') || ''', `email`=''' || p.email || ''' WHERE pid=''' || p.i || '''', p.i::bigint, 1),
    (4, 'patient-record-insert', 'INSERT INTO patient_data SET `fname`=''' || replace(p.f, '''', '''''') || ''', `lname`=''' || replace(p.l, '''', '''''') || ''', `DOB`=''' || p.dob || ''', `ss`=''' || fixture_gen.ssn('pss', p.i) || '''', p.i::bigint, 1),
    (5, 'view', 'ccda document viewed', p.i::bigint, 1),
    (6, 'security-administration-update', 'UPDATE users SET active=1 WHERE id=' || (2 + g % 16), NULL, 1),
    (7, 'scheduling-select', 'select pc_eid, pc_title from openemr_postcalendar_events where pc_pid=' || p.i, p.i::bigint, 1)
) t(k, ev, cm, pid, ok) WHERE t.k = fixture_gen.n('lgk', g, 8)) v;

CREATE TABLE api_log (
    id bigserial PRIMARY KEY,
    user_id bigint,
    patient_id bigint,
    ip_address varchar(255),
    request_url text,
    request_body text,
    response text,
    created_time timestamp
);
INSERT INTO api_log (user_id, patient_id, ip_address, request_url, request_body, response, created_time)
SELECT CASE WHEN v.k = 2 THEN 0 ELSE 2 + a % 10 END, CASE WHEN v.k IN (0, 1) THEN NULL ELSE p.i END,
       CASE WHEN a % 3 = 0 THEN fixture_gen.ipv6('alip', a) ELSE fixture_gen.ipv4('alip', a) END, v.url, v.body, v.resp, fixture_gen.ts('alt', a)
FROM generate_series(1, 400) a JOIN fixture_gen.pt p ON p.i = 1 + fixture_gen.n('alp', a, 600),
LATERAL (SELECT * FROM (VALUES
    (0, 'https://ehr.sunrisefh.example/apis/default/fhir/Patient?family=' || replace(p.l, ' ', '%20') || '&birthdate=' || p.dob, '',
        '{"resourceType":"Bundle","type":"collection","total":1,"entry":[{"resource":{"resourceType":"Patient","id":"' || md5('puuid' || p.i)::uuid || '","name":[{"family":' || to_json(p.l)
        || ',"given":[' || to_json(p.f) || ']}],"birthDate":"' || p.dob || '","telecom":[{"system":"phone","value":"' || p.cell || '","use":"mobile"}]}}]}'),
    (1, 'https://ehr.sunrisefh.example/apis/default/api/patient', '{"title":"","fname":' || to_json(p.f) || ',"lname":' || to_json(p.l) || ',"DOB":"' || p.dob || '","sex":"' || p.sex
        || '","street":' || to_json(fixture_gen.usstreet('pst', p.i)) || ',"city":"Portland","postal_code":"97211","phone_cell":"' || p.cell || '","email":"' || p.email || '"}',
        '{"validationErrors":[],"internalErrors":[],"data":{"pid":"' || p.i || '","uuid":"' || md5('puuid' || p.i)::uuid || '"}}'),
    (2, 'https://ehr.sunrisefh.example/apis/default/fhir/Observation?patient=' || md5('puuid' || p.i)::uuid || '&category=vital-signs', '', ''),
    (3, 'https://ehr.sunrisefh.example/apis/default/fhir/MedicationRequest?patient=' || md5('puuid' || p.i)::uuid, '', '{"resourceType":"Bundle","type":"collection","total":0,"link":[]}')
) t(k, url, body, resp) WHERE t.k = a % 4) v;

-- ── Documents ────────────────────────────────────────────────────────────

CREATE TABLE documents (
    id bigserial PRIMARY KEY,
    date timestamp,
    url text,
    mimetype varchar(255),
    foreign_id bigint,
    hash varchar(255),
    name varchar(255)
);
INSERT INTO documents (date, url, mimetype, foreign_id, hash, name)
SELECT fixture_gen.ts('ddt', d),
       'file:///var/www/localhost/htdocs/openemr/sites/default/documents/' || p.i || '/' || x.nm, CASE WHEN x.nm LIKE '%.pdf' THEN 'application/pdf' ELSE 'image/jpeg' END, p.i,
       fixture_gen.hexn('dhash', d, 128), x.nm
FROM generate_series(1, 900) d JOIN fixture_gen.pt p ON p.i = 1 + fixture_gen.n('dpt', d, 600),
LATERAL (SELECT fixture_gen.pick(ARRAY['Insurance_card_front.jpg', 'DL_' || fixture_gen.ascii(p.f) || '_' || fixture_gen.ascii(p.l) || '.jpg', 'lab_results_' || to_char(fixture_gen.ts('ddt', d), 'YYYY-MM-DD') || '.pdf',
    'referral_letter.pdf', fixture_gen.ascii(p.l) || '_' || fixture_gen.ascii(p.f) || '_consent_signed.pdf', 'scan' || (1000 + d) || '.pdf', 'ROI_' || fixture_gen.ascii(p.l) || '.pdf',
    'photo_id.jpg', 'IMG_' || (2000 + d) || '.jpg'], 'dnm', d) AS nm) x;

-- ── Settings ─────────────────────────────────────────────────────────────

CREATE TABLE globals (
    gl_name varchar(63) NOT NULL,
    gl_index integer DEFAULT 0 NOT NULL,
    gl_value varchar(255) DEFAULT '' NOT NULL,
    PRIMARY KEY (gl_name, gl_index)
);
INSERT INTO globals (gl_name, gl_index, gl_value) VALUES
    ('openemr_name', 0, 'Sunrise Family Health'), ('language_default', 0, 'English (Standard)'), ('gbl_time_zone', 0, 'America/Los_Angeles'), ('date_display_format', 0, '1'),
    ('units_of_measurement', 0, '2'), ('default_tab_1', 0, 'dashboard.php'), ('css_header', 0, 'style_light.css'), ('enable_help', 0, '1'), ('timeout', 0, '7200'),
    ('secure_password', 0, '1'), ('password_expiration_days', 0, '180'), ('password_history', 0, '1'), ('password_max_failed_logins', 0, '5'), ('gbl_minimum_password_length', 0, '12'),
    ('SMTP_HOST', 0, 'smtp.office365.example'), ('SMTP_PORT', 0, '587'), ('SMTP_USER', 0, 'notifications@sunrisefh.example'), ('SMTP_PASS', 0, fixture_gen.cg('smtp', 1, 24)),
    ('SMTP_SECURE', 0, 'tls'), ('patient_reminder_sender_name', 0, 'Sunrise Family Health'), ('patient_reminder_sender_email', 0, 'reminders@sunrisefh.example'),
    ('practice_return_email_path', 0, 'frontdesk.portland@sunrisefh.example'), ('Emergency_Login_email_id', 0, fixture_gen.mailof('Chidi', 'Okafor', 'glem', 1)),
    ('phimail_enable', 0, '1'), ('phimail_server_address', 0, 'ssl://phimail.emrdirect.example:32541'), ('phimail_username', 0, 'sunrisefh@direct.emrdirect.example'),
    ('phimail_password', 0, fixture_gen.cg('phim', 1, 20)), ('phimail_notify', 0, 'it@sunrisefh.example'), ('SMS_GATEWAY_USENAME', 0, 'sunrisefh'),
    ('SMS_GATEWAY_PASSWORD', 0, fixture_gen.chars('smsgw', 1, 14) || '!'), ('SMS_GATEWAY_APIKEY', 0, fixture_gen.hexn('smsak', 1, 32)), ('payment_gateway', 0, 'Stripe'),
    ('gateway_public_key', 0, 'pk' || '_live_' || fixture_gen.chars('gwpk', 1, 40)), ('gateway_api_key', 0, fixture_gen.cg('gwsk', 1, 48)),
    ('google_recaptcha_site_key', 0, '6Lc' || fixture_gen.chars('grs', 1, 37)), ('google_recaptcha_secret_key', 0, fixture_gen.cg('grk', 1, 40)),
    ('portal_onsite_two_enable', 0, '1'), ('portal_onsite_two_address', 0, 'https://ehr.sunrisefh.example/portal'), ('rest_api', 0, '1'), ('rest_fhir_api', 0, '1'),
    ('oauth_password_grant', 0, '0'), ('site_addr_oath', 0, 'https://ehr.sunrisefh.example'), ('api_log_option', 0, '2'), ('enable_auditlog', 0, '1'), ('audit_events_query', 0, '1'),
    ('hylafax_server', 0, 'fax.sunrisefh.internal'), ('hylafax_basedir', 0, '/var/spool/fax'), ('scanner_output_directory', 0, '/mnt/scan_docs'),
    ('erx_enable', 0, '0'), ('weno_rx_enable', 0, '1'), ('weno_admin_username', 0, fixture_gen.mailof('Mei', 'Wang', 'glwe', 1)), ('weno_admin_password', 0, fixture_gen.cg('weno', 1, 20)),
    ('weno_encryption_key', 0, fixture_gen.cg('wenok', 1, 32)), ('ccda_alt_service_enable', 0, '3'), ('state_list', 0, 'state'), ('country_list', 0, 'country'),
    ('css_header', 1, 'style_light.css'), ('lang_description', 0, 'English (Standard)'), ('lang_description', 1, 'Spanish'), ('lang_description', 2, 'Vietnamese'),
    ('first_day_week', 0, '1'), ('schedule_start', 0, '7'), ('schedule_end', 0, '18'), ('calendar_interval', 0, '15');

-- ── Calendar ─────────────────────────────────────────────────────────────

CREATE TABLE openemr_postcalendar_events (
    pc_eid bigserial PRIMARY KEY,
    pc_aid varchar(255),
    pc_pid varchar(11),
    pc_title varchar(150),
    pc_hometext text,
    pc_eventdate date,
    pc_recurrspec text,
    pc_location text,
    pc_apptstatus varchar(15) DEFAULT '-' NOT NULL
);
INSERT INTO openemr_postcalendar_events (pc_aid, pc_pid, pc_title, pc_hometext, pc_eventdate, pc_recurrspec, pc_location, pc_apptstatus)
SELECT (2 + c % 10)::text, CASE WHEN x.pt THEN (1 + fixture_gen.n('cpid', c, 600))::text ELSE '' END,
       CASE WHEN x.pt THEN fixture_gen.pick(ARRAY['Office Visit', 'Established Patient', 'New Patient', 'Telehealth', 'Health and Behavioral Assessment', 'Preventive Care Services'], 'ctt', c)
            ELSE fixture_gen.pick(ARRAY['Lunch', 'In Office', 'Out Of Office', 'Reserved', 'Staff meeting'], 'ctt', c) END,
       CASE WHEN x.pt THEN fixture_gen.pick(ARRAY['', '', '', '', 'Pt requests female provider', 'Interpreter needed - Vietnamese', 'Ride via TriMet LIFT, call ' || fixture_gen.usphone('chp', c) || ' when ready',
           'f/u BP, bring glucose log', 'Mom ' || fixture_gen.full_name('chm', c) || ' will bring him', 'work injury, SAIF claim', 'wants to discuss gender-affirming care', 'new pt, transferring from Kaiser'], 'cht', c)
            ELSE fixture_gen.pick(ARRAY['', 'CME conference', 'Vacation'], 'cht', c) END,
       fixture_gen.ts('cdt', c)::date,
       'a:6:{' || fixture_gen.php_s('event_repeat_freq') || fixture_gen.php_s(CASE WHEN x.pt THEN '0' ELSE '1' END) || fixture_gen.php_s('event_repeat_freq_type') || fixture_gen.php_s(CASE WHEN x.pt THEN '0' ELSE '1' END)
           || fixture_gen.php_s('event_repeat_on_num') || fixture_gen.php_s('1') || fixture_gen.php_s('event_repeat_on_day') || fixture_gen.php_s('0') || fixture_gen.php_s('event_repeat_on_freq') || fixture_gen.php_s('0')
           || fixture_gen.php_s('exdate') || fixture_gen.php_s('') || '}',
       'a:6:{' || fixture_gen.php_s('event_location') || fixture_gen.php_s('') || fixture_gen.php_s('event_street1') || fixture_gen.php_s('') || fixture_gen.php_s('event_street2') || fixture_gen.php_s('')
           || fixture_gen.php_s('event_city') || fixture_gen.php_s('') || fixture_gen.php_s('event_state') || fixture_gen.php_s('') || fixture_gen.php_s('event_postal') || fixture_gen.php_s('') || '}',
       CASE WHEN x.pt THEN fixture_gen.pick(ARRAY['-', '-', '>', '@', '~', 'x', '?', '%'], 'cst', c) ELSE '-' END
FROM generate_series(1, 1500) c, LATERAL (SELECT c % 8 <> 0 AS pt) x;

-- ── Summaries of care ────────────────────────────────────────────────────

CREATE TABLE ccda (
    id bigserial PRIMARY KEY,
    pid bigint,
    ccda_data text,
    date timestamp,
    hash varchar(255)
);
INSERT INTO ccda (pid, ccda_data, date, hash)
SELECT p.i, '<?xml version="1.0" encoding="UTF-8"?><ClinicalDocument xmlns="urn:hl7-org:v3"><templateId root="2.16.840.1.113883.10.20.22.1.1"/><title>Sunrise Family Health - Continuity of Care Document</title>'
       || '<recordTarget><patientRole><id extension="' || p.i || '" root="2.16.840.1.113883.3.6218"/><addr use="HP"><streetAddressLine>' || fixture_gen.usstreet('pst', p.i)
       || '</streetAddressLine><city>' || fixture_gen.uscity('pcity', p.i) || '</city><state>OR</state><country>US</country></addr><telecom use="MC" value="tel:' || p.cell || '"/>'
       || '<patient><name use="L"><given>' || p.f || '</given><family>' || p.l || '</family></name><administrativeGenderCode code="' || left(p.sex, 1) || '"/><birthTime value="' || to_char(p.dob, 'YYYYMMDD') || '"/></patient>'
       || '</patientRole></recordTarget><component><structuredBody><component><section><title>Problems</title><text>' || fixture_gen.pick(ARRAY['Essential hypertension', 'Type 2 diabetes mellitus', 'Asthma'], 'ccp', c)
       || '</text></section></component></structuredBody></component></ClinicalDocument>',
       fixture_gen.ts('ccd', c), fixture_gen.hexn('cch', c, 40)
FROM generate_series(1, 150) c JOIN fixture_gen.pt p ON p.i = 1 + fixture_gen.n('ccpt', c, 600);

-- ── Lookups and translations ─────────────────────────────────────────────

CREATE TABLE lang_constants (
    cons_id bigserial PRIMARY KEY,
    constant_name text
);
INSERT INTO lang_constants (constant_name)
SELECT unnest(ARRAY['Patient Name', 'First Name', 'Last Name', 'Middle Name', 'DOB', 'Date of Birth', 'S.S.', 'Social Security Number', 'License/ID', 'Street', 'City', 'State', 'Postal Code',
    'Home Phone', 'Work Phone', 'Mobile Phone', 'Emergency Contact', 'Emergency Phone', 'Contact Email', 'Marital Status', 'Sex', 'Race', 'Ethnicity', 'Religion', 'Occupation',
    'Employer Name', 'Mother''s Name', 'Guardian''s Name', 'Monthly Income', 'Deceased Date', 'Insurance', 'Policy Number', 'Group Number', 'Subscriber', 'Subscriber Employer (SE)',
    'Username', 'Password', 'Login', 'Logout', 'Save', 'Cancel', 'Encounter', 'Vitals', 'Blood Pressure', 'Weight', 'Height', 'Temperature', 'Allergies', 'Medications', 'Medical Problems',
    'Immunizations', 'Prescriptions', 'Messages', 'Calendar', 'Documents', 'Reports', 'Fees', 'Billing', 'Administration', 'Portal', 'Your password has expired.',
    'Invalid username or password', 'Send SMS reminder', 'Patient Finder', 'Add New Patient', 'Demographics', 'History', 'Amendments', 'Referral', 'Pharmacy', 'Address Book']);

CREATE TABLE lang_definitions (
    def_id bigserial PRIMARY KEY,
    cons_id integer DEFAULT 0 NOT NULL,
    lang_id integer DEFAULT 0 NOT NULL,
    definition text
);
INSERT INTO lang_definitions (cons_id, lang_id, definition)
SELECT c.cons_id, l.lang_id, CASE l.lang_id
    WHEN 2 THEN CASE c.constant_name WHEN 'Patient Name' THEN 'Nombre del paciente' WHEN 'First Name' THEN 'Nombre' WHEN 'Last Name' THEN 'Apellido' WHEN 'DOB' THEN 'Fecha de nacimiento'
        WHEN 'Date of Birth' THEN 'Fecha de nacimiento' WHEN 'Social Security Number' THEN 'Número de Seguro Social' WHEN 'Street' THEN 'Calle' WHEN 'City' THEN 'Ciudad' WHEN 'Home Phone' THEN 'Teléfono de casa'
        WHEN 'Mobile Phone' THEN 'Teléfono celular' WHEN 'Emergency Contact' THEN 'Contacto de emergencia' WHEN 'Contact Email' THEN 'Correo electrónico' WHEN 'Marital Status' THEN 'Estado civil'
        WHEN 'Sex' THEN 'Sexo' WHEN 'Occupation' THEN 'Ocupación' WHEN 'Password' THEN 'Contraseña' WHEN 'Username' THEN 'Nombre de usuario' WHEN 'Save' THEN 'Guardar' WHEN 'Cancel' THEN 'Cancelar'
        WHEN 'Allergies' THEN 'Alergias' WHEN 'Medications' THEN 'Medicamentos' WHEN 'Weight' THEN 'Peso' WHEN 'Invalid username or password' THEN 'Usuario o contraseña no válidos'
        ELSE c.constant_name || ' (es)' END
    WHEN 3 THEN CASE c.constant_name WHEN 'Patient Name' THEN 'Tên bệnh nhân' WHEN 'First Name' THEN 'Tên' WHEN 'Last Name' THEN 'Họ' WHEN 'Date of Birth' THEN 'Ngày sinh' WHEN 'Street' THEN 'Đường'
        WHEN 'City' THEN 'Thành phố' WHEN 'Home Phone' THEN 'Điện thoại nhà' WHEN 'Password' THEN 'Mật khẩu' WHEN 'Save' THEN 'Lưu' WHEN 'Allergies' THEN 'Dị ứng' ELSE c.constant_name || ' (vi)' END
    ELSE c.constant_name END
FROM lang_constants c, (VALUES (1), (2), (3)) l(lang_id)
WHERE l.lang_id <> 3 OR c.cons_id % 2 = 0;

CREATE TABLE list_options (
    list_id varchar(100) NOT NULL,
    option_id varchar(100) NOT NULL,
    title varchar(255) DEFAULT '' NOT NULL,
    seq integer DEFAULT 0 NOT NULL,
    is_default smallint DEFAULT 0 NOT NULL,
    notes text,
    codes varchar(255) DEFAULT '' NOT NULL,
    PRIMARY KEY (list_id, option_id)
);
INSERT INTO list_options (list_id, option_id, title, seq, is_default, notes, codes)
SELECT l, o, t, row_number() OVER (PARTITION BY l ORDER BY k)::int * 10, CASE WHEN o IN ('english', 'OR', 'USA') THEN 1 ELSE 0 END, n, c
FROM (SELECT row_number() OVER () AS k, * FROM (VALUES
    ('lists', 'race', 'Race', '', ''), ('lists', 'ethrace', 'Ethnicity', '', ''), ('lists', 'marital', 'Marital Status', '', ''), ('lists', 'sex', 'Sex', '', ''),
    ('lists', 'religious_affiliation', 'Religious Affiliation', '', ''), ('lists', 'language', 'Language', '', ''), ('lists', 'sexual_orientation', 'Sexual Orientation', '', ''),
    ('race', 'white', 'White', '', 'CDCREC:2106-3'), ('race', 'black_or_afri_amer', 'Black or African American', '', 'CDCREC:2054-5'), ('race', 'asian', 'Asian', '', 'CDCREC:2028-9'),
    ('race', 'amer_ind_or_alaska_native', 'American Indian or Alaska Native', '', 'CDCREC:1002-5'), ('race', 'native_hawai_or_pac_island', 'Native Hawaiian or Other Pacific Islander', '', 'CDCREC:2076-8'),
    ('race', 'declne_to_specfy', 'Declined To Specify', '', ''), ('ethnicity', 'hisp_or_latin', 'Hispanic or Latino', '', 'CDCREC:2135-2'),
    ('ethnicity', 'not_hisp_or_latin', 'Not Hispanic or Latino', '', 'CDCREC:2186-5'), ('ethnicity', 'declne_to_specfy', 'Declined To Specify', '', ''),
    ('marital', 'married', 'Married', '', ''), ('marital', 'single', 'Single', '', ''), ('marital', 'divorced', 'Divorced', '', ''), ('marital', 'widowed', 'Widowed', '', ''),
    ('marital', 'separated', 'Separated', '', ''), ('marital', 'domestic partner', 'Domestic Partner', '', ''), ('sex', 'Female', 'Female', '', 'HL7:F'), ('sex', 'Male', 'Male', '', 'HL7:M'),
    ('sex', 'UNK', 'Unknown', '', 'HL7:UNK'), ('religious_affiliation', 'christian', 'Christian', '', ''), ('religious_affiliation', 'catholic', 'Roman Catholic', '', ''),
    ('religious_affiliation', 'muslim', 'Muslim', '', ''), ('religious_affiliation', 'jewish', 'Jewish', '', ''), ('religious_affiliation', 'buddhist', 'Buddhist', '', ''),
    ('religious_affiliation', 'hindu', 'Hindu', '', ''), ('religious_affiliation', 'agnostic', 'Agnostic', '', ''), ('religious_affiliation', 'atheist', 'Atheist', '', ''),
    ('religious_affiliation', 'latter_day_saints', 'Latter Day Saints', '', ''), ('language', 'english', 'English', '', 'eng'), ('language', 'spanish', 'Spanish', '', 'spa'),
    ('language', 'vietnamese', 'Vietnamese', '', 'vie'), ('language', 'russian', 'Russian', '', 'rus'), ('language', 'chinese', 'Chinese', '', 'zho'), ('language', 'arabic', 'Arabic', '', 'ara'),
    ('language', 'somali', 'Somali', '', 'som'), ('sexual_orientation', '20430005', 'Straight or heterosexual', '', 'SNOMED-CT:20430005'),
    ('sexual_orientation', '38628009', 'Lesbian, gay or homosexual', '', 'SNOMED-CT:38628009'), ('sexual_orientation', '42035005', 'Bisexual', '', 'SNOMED-CT:42035005'),
    ('sexual_orientation', 'ASKU', 'Choose not to disclose', '', 'DataAbsentReason:asked-declined'), ('sexual_orientation', 'UNK', 'Unknown', '', 'DataAbsentReason:unknown'),
    ('state', 'OR', 'Oregon', '', ''), ('state', 'WA', 'Washington', '', ''), ('state', 'CA', 'California', '', ''), ('state', 'ID', 'Idaho', '', ''),
    ('country', 'USA', 'USA', '', ''), ('country', 'MEX', 'Mexico', '', ''), ('country', 'CAN', 'Canada', '', ''),
    ('note_type', 'Unassigned', 'Unassigned', '', ''), ('note_type', 'Lab Results', 'Lab Results', '', ''), ('note_type', 'Prior Auth', 'Prior Auth', 'Insurer asks for a peer-to-peer: book 15 min', ''),
    ('apptstat', '-', '- None', '', ''), ('apptstat', '@', '@ Arrived', '', ''), ('apptstat', '>', '> Checked out', '', ''), ('apptstat', 'x', 'x Canceled', '', ''),
    ('apptstat', '?', '? No show', 'Counts toward the three-strikes policy', ''), ('apptstat', '~', '~ Arrived late', '', ''), ('apptstat', '%', '% Canceled < 24h', '', ''),
    ('abook_type', 'spe', 'Specialist', '', ''), ('abook_type', 'ord_lab', 'Lab Service', '', ''), ('abook_type', 'ord_img', 'Imaging Service', '', ''), ('abook_type', 'vendor', 'Vendor', '', ''),
    ('abook_type', 'dist', 'Distributor', '', ''), ('reaction', 'hives', 'Hives', '', 'SNOMED-CT:247472004'), ('reaction', 'rash', 'Rash', '', 'SNOMED-CT:271807003'),
    ('reaction', 'anaphylaxis', 'Anaphylaxis', '', 'SNOMED-CT:39579001')
) v(l, o, t, n, c)) x;

-- Layout of the demographics form: which patient_data field is shown
-- under which label.
CREATE TABLE layout_options (
    form_id varchar(255) NOT NULL,
    field_id varchar(255) NOT NULL,
    group_id varchar(31) DEFAULT '' NOT NULL,
    title text,
    seq integer DEFAULT 0 NOT NULL,
    description text,
    PRIMARY KEY (form_id, field_id, seq)
);
INSERT INTO layout_options (form_id, field_id, group_id, title, seq, description)
SELECT 'DEM', f, g, t, k * 10, d
FROM (SELECT row_number() OVER () AS k, * FROM (VALUES ('title', '1', 'Name', 'Title'), ('fname', '1', '', 'First Name'), ('mname', '1', '', 'Middle Name'), ('lname', '1', '', 'Last Name'),
    ('pubpid', '1', 'External ID', 'External identifier'), ('DOB', '1', 'DOB', 'Date of Birth'), ('sex', '1', 'Sex', 'Sex'), ('ss', '1', 'S.S.', 'Social Security Number'),
    ('drivers_license', '1', 'License/ID', 'Drivers License or State ID'), ('status', '1', 'Marital Status', 'Marital Status'), ('genericname1', '1', 'User Defined', 'User Defined Field'),
    ('genericval1', '1', '', 'User Defined Field'), ('street', '2', 'Address', 'Street and Number'), ('city', '2', 'City', 'City Name'), ('state', '2', 'State', 'State/Locality'),
    ('postal_code', '2', 'Postal Code', 'Postal Code'), ('county', '2', 'County', 'County'), ('contact_relationship', '2', 'Emergency Contact', 'Emergency Contact Person'),
    ('phone_contact', '2', 'Emergency Phone', 'Emergency Contact Phone Number'), ('phone_home', '2', 'Home Phone', 'Home Phone Number'), ('phone_biz', '2', 'Work Phone', 'Work Phone Number'),
    ('phone_cell', '2', 'Mobile Phone', 'Cell Phone Number'), ('email', '2', 'Contact Email', 'Contact Email Address'), ('email_direct', '2', 'Trusted Email', 'Trusted (Direct) Email Address'),
    ('occupation', '4', 'Occupation', 'Occupation'), ('industry', '4', 'Industry', 'Industry'), ('language', '5', 'Language', 'Preferred Language'), ('ethnicity', '5', 'Ethnicity', 'Ethnicity'),
    ('race', '5', 'Race', 'Race'), ('religion', '5', 'Religion', 'Patient Religion'), ('sexual_orientation', '5', 'Sexual Orientation', 'Sexual orientation'),
    ('monthly_income', '5', 'Monthly Income', 'Monthly Income'), ('referrer', '5', 'Referrer', 'Referring Provider'), ('mothersname', '6', 'Mother''s Name', ''),
    ('guardiansname', '6', 'Guardian''s Name', ''), ('deceased_date', '6', 'Date Deceased', 'If person is deceased, then enter date of death.'),
    ('deceased_reason', '6', 'Reason Deceased', 'Reason for Death'), ('billing_note', '6', 'Billing Note', 'Patient Level Billing Note (Collections)')) v(f, g, t, d)) x;

CREATE TABLE sequences (id integer DEFAULT 0 NOT NULL);
INSERT INTO sequences VALUES (5312);

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
