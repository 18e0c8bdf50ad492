-- classify-eval fixture (HOLDOUT 48: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Request Tracker help desk on PostgreSQL in the naming its etc/schema.Pg
-- creates (RT 5.0, upgraded in place to 6.0 last summer): unquoted
-- CamelCase names (Users, Principals, Groups, GroupMembers, ACL, Queues,
-- Tickets, Transactions, Attachments ...) that PostgreSQL folds to lower
-- case, integer ids shared by users and groups through Principals, role
-- groups per queue, ticket and asset, polymorphic ObjectType/ObjectId
-- pairs, Perl Storable blobs (nfreeze, base64) in Attributes, SavedSearches,
-- Dashboards and Configurations, Apache::Session rows as bytea, MIME
-- messages split into Attachments rows with their headers, custom field
-- values in ObjectCustomFieldValues, and the old/new values of changes in
-- Transactions.
--
-- The instance is help.it.kingsbridge.ac.uk, run by Kingsbridge University's
-- IT Service Desk for its students, staff and suppliers. Students and staff
-- sign in through SAML (RT::Authen::ExternalAuth keeps '*NO-PASSWORD*' for
-- them); desk analysts and admins have local passwords (bcrypt, a few old
-- salted SHA-512 ones). Requesters who write from a personal mailbox are
-- created by the mail gateway with their address as their name. Tickets
-- cover password resets with identity checks, new starters and leavers,
-- eduroam and VPN faults, teaching-room AV, research storage, phishing
-- reports, laptop loans (some for students awaiting Disabled Students'
-- Allowance equipment) and supplier quotes and RMAs; mail bodies carry
-- signatures, student numbers and phones, and some attachments are scans
-- of ID documents. Articles are the public knowledge base. Configurations
-- holds database-managed settings, among them the LDAP bind password and a
-- Slack webhook; one scrip posts to Slack with a hard-coded webhook URL.
--
-- RT's own tables (public schema, 37 of them) hold 390 columns, short of
-- the 400 this fixture needs, so beside them sit 9 tables of the desk's.
--
-- NOT Request Tracker: the desk's own tables, in the schema "servicedesk"
-- (snake_case, serial ids): the nightly feed of students and staff from
-- the student record system and HR, identity checks made before password
-- resets, laptop loans, supplier contacts with their portal logins, the
-- mail gateway's log, satisfaction survey answers, the on-call rota,
-- integration credentials and the reverse proxy's access log. Loaded after
-- ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA rtgen;

-- rnd: random-looking alphanumerics of a given length.
CREATE FUNCTION rtgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;

-- be4: a 32-bit big-endian length, as Storable's network order writes it.
CREATE FUNCTION rtgen.be4(n int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(lpad(to_hex(n), 8, '0'), 'hex') $$;

-- sscalar: one Storable scalar (SX_SCALAR with a byte length, SX_LSCALAR
-- with a 32-bit one, SX_UNDEF for NULL).
CREATE FUNCTION rtgen.sscalar(v text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN '\x0e'::bytea
              WHEN octet_length(convert_to(v, 'UTF8')) < 256 THEN '\x0a'::bytea || decode(lpad(to_hex(octet_length(convert_to(v, 'UTF8'))), 2, '0'), 'hex') || convert_to(v, 'UTF8')
              ELSE '\x01'::bytea || rtgen.be4(octet_length(convert_to(v, 'UTF8'))) || convert_to(v, 'UTF8') END
$$;

-- frozen: Storable nfreeze of a flat hash of strings (header 5.11, SX_HASH).
CREATE FUNCTION rtgen.frozen(keys text[], vals text[]) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x050b03'::bytea || rtgen.be4(cardinality(keys))
      || coalesce((SELECT string_agg(rtgen.sscalar(vals[k]) || rtgen.be4(octet_length(convert_to(keys[k], 'UTF8'))) || convert_to(keys[k], 'UTF8'), ''::bytea ORDER BY k)
                   FROM generate_subscripts(keys, 1) k), ''::bytea)
$$;

-- storable: the same, base64 as RT keeps it in a text column.
CREATE FUNCTION rtgen.storable(keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(rtgen.frozen(keys, vals), 'base64'), E'\n', '') $$;

-- RT's password formats: bcrypt and the older salted SHA-512.
CREATE FUNCTION rtgen.rtbcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '!bcrypt!12!' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

CREATE FUNCTION rtgen.rtsha512(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '!sha512!' || fixture_gen.hexn(tag || 's', i, 8) || '!' || translate(fixture_gen.b64(tag, i, 64), E'\n', '') $$;

-- at: a time between two instants, to the second.
CREATE FUNCTION rtgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- ua: a browser, mail client or script user agent.
CREATE FUNCTION rtgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'rt-client/0.3 libwww-perl/6.72',
    'python-requests/2.31.0',
    'PowerShell/7.4.2 (Microsoft Windows 10.0.22631)'], tag, i)
$$;

-- The people the desk serves: students (1-95), staff (96-135, of whom
-- 96-115 work in IT Services) and suppliers' contacts (136-150).
CREATE TABLE rtgen.p (
  i int PRIMARY KEY, kind text, first text, last text, realname text, login text, email text, personal_email text,
  mobile text, street text, street2 text, city text, postcode text, country text, org text, dept text, title text,
  studentno text, dob date, uid int
);

INSERT INTO rtgen.p
SELECT i, k, f, l, f || ' ' || l,
       CASE k WHEN 'student' THEN lower(substr(fixture_gen.ascii(f), 1, 1) || substr(fixture_gen.ascii(l), 1, 1)) || (100 + fixture_gen.n('plog', i, 900))::text
              WHEN 'staff' THEN substr(substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l), 1, 8)
              ELSE NULL END,
       CASE k WHEN 'student' THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 10)::text ELSE '' END || '@student.kingsbridge.ac.uk'
              WHEN 'staff' THEN substr(fixture_gen.ascii(f), 1, 1) || '.' || fixture_gen.ascii(l) || '@kingsbridge.ac.uk'
              ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || split_part(sup, '|', 2) END,
       CASE i % 4 WHEN 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || (i % 100)::text WHEN 1 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l)
                  WHEN 2 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (1990 + i % 15)::text ELSE fixture_gen.ascii(l) || '_' || fixture_gen.ascii(f) END
         || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com', 'qq.com', 'web.de', 'orange.fr', 'proton.me'], 'ppd', i),
       CASE fixture_gen.n('pmc', i, 5) WHEN 0 THEN '+44 7' || fixture_gen.digits('pm1', i, 3) || ' ' || fixture_gen.digits('pm2', i, 6)
            WHEN 1 THEN '07' || fixture_gen.digits('pm1', i, 3) || ' ' || fixture_gen.digits('pm2', i, 6)
            WHEN 2 THEN '07' || fixture_gen.digits('pm1', i, 9)
            ELSE fixture_gen.phone('pmf', i) END,
       CASE fixture_gen.n('pst', i, 3) WHEN 0 THEN (1 + fixture_gen.n('psn', i, 140))::text || ' ' || fixture_gen.pick(ARRAY['Harbour Road', 'St Anne''s Terrace', 'Mill Lane', 'Coronation Street', 'Quayside', 'Albert Road', 'Priory Close'], 'ps1', i)
            WHEN 1 THEN 'Flat ' || (1 + fixture_gen.n('psf', i, 40))::text || ', ' || fixture_gen.pick(ARRAY['Tamar House', 'Exe Court', 'Dart Hall', 'Brunel Halls Block C', 'Meridian Point'], 'ps2', i)
            ELSE fixture_gen.street('pso', i) END,
       CASE WHEN i % 5 = 0 THEN fixture_gen.pick(ARRAY['Stoke', 'Mutley', 'c/o ' || fixture_gen.full_name('pco', i), 'Ground floor', 'Room 12'], 'ps3', i) END,
       NULL, NULL, NULL,
       CASE k WHEN 'supplier' THEN split_part(sup, '|', 1) ELSE 'Kingsbridge University' END,
       CASE k WHEN 'student' THEN fixture_gen.pick(ARRAY['School of Computing', 'School of Law', 'School of Chemistry', 'School of Art and Design', 'School of Nursing', 'School of History', 'School of Engineering'], 'pdp', i)
              WHEN 'staff' THEN CASE WHEN i <= 115 THEN 'IT Services' ELSE fixture_gen.pick(ARRAY['Library', 'Finance', 'School of Law', 'School of Chemistry', 'Estates', 'Registry', 'Human Resources', 'School of Nursing'], 'pds', i) END
              ELSE 'Account management' END,
       CASE k WHEN 'student' THEN fixture_gen.pick(ARRAY['BSc Computer Science', 'LLB Law', 'MChem Chemistry', 'BA Fine Art', 'BSc Adult Nursing', 'MA History', 'BEng Civil Engineering', 'PhD Chemistry', 'MSc Data Science'], 'ptp', i)
              WHEN 'staff' THEN CASE WHEN i <= 115 THEN fixture_gen.pick(ARRAY['Service Desk Analyst', 'Senior Service Desk Analyst', 'Network Engineer', 'AV Technician', 'Research Computing Engineer', 'Service Desk Manager', 'Information Security Officer'], 'pts', i)
                                    ELSE fixture_gen.pick(ARRAY['Lecturer', 'Senior Lecturer', 'Professor', 'Library Assistant', 'Finance Officer', 'Estates Supervisor', 'Registry Officer', 'HR Adviser'], 'ptt', i) END
              ELSE fixture_gen.pick(ARRAY['Account Manager', 'Inside Sales Executive', 'Customer Success Manager', 'Field Engineer'], 'ptu', i) END,
       CASE k WHEN 'student' THEN '2' || (1 + fixture_gen.n('psy', i, 4))::text || fixture_gen.digits('psd', i, 6) WHEN 'staff' THEN 'E' || fixture_gen.digits('pse', i, 6) END,
       CASE k WHEN 'student' THEN date '1996-01-01' + fixture_gen.n('pdb', i, 365 * 9) WHEN 'staff' THEN fixture_gen.birth_date('pdb', i) END,
       20 + i
FROM generate_series(1, 150) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('pf', i) AS f, fixture_gen.last_name('pl', i) AS l,
                           CASE WHEN i <= 95 THEN 'student' WHEN i <= 135 THEN 'staff' ELSE 'supplier' END AS k,
                           fixture_gen.pick(ARRAY['Dell Technologies|dell.com', 'Softcat plc|softcat.com', 'Jisc Services Ltd|jisc.ac.uk', 'Ricoh UK Ltd|ricoh.co.uk',
                             'CDW UK|uk.cdw.com', 'Crestron EMEA|crestron.eu', 'Computacenter UK|computacenter.com'], 'psup', i) AS sup) x;

UPDATE rtgen.p SET city = fixture_gen.pick(ARRAY['Plymouth', 'Plymouth', 'Plymouth', 'Exeter', 'Truro', 'Torquay', 'Bristol', 'Tavistock'], 'pcy', i),
                   postcode = fixture_gen.pick(ARRAY['PL1 2AB', 'PL4 6DX', 'PL4 8AA', 'PL2 3QT', 'EX4 4QJ', 'TR1 2HE', 'TQ1 1EG', 'BS8 1TH', 'PL19 0AE'], 'ppc', i),
                   country = 'United Kingdom'
 WHERE kind <> 'supplier' AND fixture_gen.n('pcx', i, 10) < 8;
UPDATE rtgen.p SET city = split_part(cc, '|', 2), postcode = fixture_gen.postcode('pcw', i), country = split_part(cc, '|', 1)
  FROM (SELECT i AS j, fixture_gen.pick(ARRAY['Germany|München', 'France|Lyon', 'India|Pune', 'India|Bengaluru', 'Nigeria|Lagos', 'China|Guangzhou', 'Spain|Sevilla', 'Poland|Kraków', 'Brazil|Curitiba'], 'pcn', i) AS cc FROM rtgen.p) c
 WHERE c.j = i AND kind <> 'supplier' AND city IS NULL;
-- Logins are unique: a second fdlamini becomes fdlamini2.
UPDATE rtgen.p p SET login = p.login || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) AS rn FROM rtgen.p WHERE login IS NOT NULL) d
 WHERE d.i = p.i AND d.rn > 1;
-- Desk staff known by name on the desk.
UPDATE rtgen.p SET login = 'sd-' || login WHERE i IN (97, 98);

-- ---------------------------------------------------------------------------
-- Request Tracker: principals, users and groups.

CREATE SEQUENCE principals_id_seq;
CREATE TABLE Principals (
  id INTEGER DEFAULT nextval('principals_id_seq') not null,
  PrincipalType VARCHAR(16) not null,
  Disabled integer NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);

CREATE SEQUENCE users_id_seq;
CREATE TABLE Users (
  id INTEGER DEFAULT nextval('users_id_seq'),
  Name varchar(200) NOT NULL,
  Password varchar(256) NULL,
  AuthToken varchar(16) NULL,
  Comments text NULL,
  Signature text NULL,
  EmailAddress varchar(120) NULL,
  FreeformContactInfo text NULL,
  Organization varchar(200) NULL,
  RealName varchar(120) NULL,
  NickName varchar(16) NULL,
  Lang varchar(16) NULL,
  Gecos varchar(16) NULL,
  HomePhone varchar(30) NULL,
  WorkPhone varchar(30) NULL,
  MobilePhone varchar(30) NULL,
  PagerPhone varchar(30) NULL,
  Address1 varchar(200) NULL,
  Address2 varchar(200) NULL,
  City varchar(100) NULL,
  State varchar(100) NULL,
  Zip varchar(16) NULL,
  Country varchar(50) NULL,
  Timezone varchar(50) NULL,
  SMIMECertificate text NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX Users1 ON Users (LOWER(Name));
CREATE INDEX Users4 ON Users (LOWER(EmailAddress));

INSERT INTO Users (id, Name, Password, AuthToken, Comments, Signature, EmailAddress, FreeformContactInfo, Organization, RealName, NickName, Lang, Gecos,
  HomePhone, WorkPhone, MobilePhone, PagerPhone, Address1, Address2, City, State, Zip, Country, Timezone, SMIMECertificate, Creator, Created, LastUpdatedBy, LastUpdated) VALUES
 (1, 'RT_System', '*NO-PASSWORD*', NULL, 'Do not delete or modify this user. It is integral to RT''s internal database structures', NULL, NULL, NULL, NULL, 'The RT System itself', NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2016-08-30 10:12:01', 1, '2016-08-30 10:12:01'),
 (6, 'Nobody', '*NO-PASSWORD*', NULL, 'Do not delete or modify this user. It is integral to RT''s internal data structures', NULL, '', NULL, NULL, 'Nobody in particular', NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2016-08-30 10:12:01', 1, '2016-08-30 10:12:01'),
 (14, 'root', NULL, NULL, 'SuperUser', NULL, 'rt-admins@kingsbridge.ac.uk', NULL, NULL, 'Enoch Root', NULL, NULL, 'root',
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2016-08-30 10:12:01', 14, '2024-01-09 08:30:00');
UPDATE Users SET Password = rtgen.rtsha512('rootpw', 1) WHERE id = 14;

INSERT INTO Users (id, Name, Password, AuthToken, Comments, Signature, EmailAddress, FreeformContactInfo, Organization, RealName, NickName, Lang, Gecos,
  HomePhone, WorkPhone, MobilePhone, PagerPhone, Address1, Address2, City, State, Zip, Country, Timezone, SMIMECertificate, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT p.uid,
       CASE WHEN p.kind = 'supplier' OR (p.kind = 'student' AND p.i % 3 = 0) THEN (CASE WHEN p.kind = 'supplier' THEN p.email ELSE p.personal_email END) ELSE p.login END,
       CASE WHEN p.i BETWEEN 96 AND 115 AND p.i % 7 = 3 THEN rtgen.rtsha512('upw', p.i)
            WHEN p.i BETWEEN 96 AND 115 THEN rtgen.rtbcrypt('upw', p.i)
            WHEN p.i % 4 = 1 THEN NULL ELSE '*NO-PASSWORD*' END,
       CASE WHEN p.i BETWEEN 96 AND 115 OR p.i % 6 = 0 THEN rtgen.rnd('uat', p.i, 16) END,
       CASE WHEN p.i = 12 THEN 'Prefers phone contact, not email. Uses a screen reader (JAWS) - send plain-text replies.'
            WHEN p.i = 27 THEN 'Intercalating 2024/25 for health reasons; account kept open at Registry''s request.'
            WHEN p.i = 44 THEN 'Has had repeated MFA lockouts - phone ' || p.mobile || ' confirmed by video call 12/03.'
            WHEN p.i = 61 THEN 'Merged duplicate user created from personal address.'
            WHEN p.i = 88 THEN 'Deaf student, contact by email or text relay only.'
            WHEN p.i = 118 THEN 'VIP - Head of School. Escalate to Tier 2 directly.'
            WHEN p.i = 124 THEN 'On long-term sick leave until further notice; line manager has delegated mailbox access (ticket 1187).'
            WHEN p.i = 140 THEN 'Account manager at ' || p.org || ' for the loan-pool laptops.'
            WHEN p.i IN (101, 106) THEN 'Works Tue-Thu.'
            WHEN p.i % 17 = 0 THEN '' END,
       CASE WHEN p.i BETWEEN 96 AND 115 THEN E'Kind regards,\n' || p.first || E'\n' || p.title || E'\nIT Service Desk, Kingsbridge University\nTel: +44 1752 58' || fixture_gen.digits('uws', p.i, 4)
                 || CASE WHEN p.i % 3 = 0 THEN E'\nMobile: ' || p.mobile ELSE '' END || E'\nhttps://help.it.kingsbridge.ac.uk' END,
       CASE WHEN p.kind = 'student' AND p.i % 3 = 0 THEN p.personal_email ELSE p.email END,
       CASE WHEN p.i IN (118, 121, 127, 131) THEN 'Office ' || fixture_gen.pick(ARRAY['Portland Square B214', 'Davy 3.07', 'Roland Levinsky 602', 'Babbage 112'], 'uff', p.i) || ', ext. ' || fixture_gen.digits('ufe', p.i, 4) || '. Personal mobile for emergencies: ' || p.mobile
            WHEN p.i = 140 THEN 'Escalations via the partner portal; out of hours ' || p.mobile END,
       CASE p.kind WHEN 'student' THEN CASE WHEN p.i % 2 = 0 THEN p.dept ELSE 'Kingsbridge University' END WHEN 'staff' THEN CASE WHEN p.i % 3 = 0 THEN p.dept ELSE 'Kingsbridge University' END ELSE p.org END,
       CASE WHEN p.kind = 'student' AND p.i % 9 = 0 THEN upper(p.realname) WHEN p.i = 33 THEN NULL ELSE p.realname END,
       CASE WHEN p.i IN (14, 29, 53, 99, 104, 129) THEN fixture_gen.pick(ARRAY['Sasha', 'Jo', 'Kit', 'Mo', 'Bea', 'Kemi'], 'unk', p.i) END,
       CASE WHEN p.i % 5 = 0 THEN 'en_GB' WHEN p.i % 23 = 0 THEN 'zh_CN' WHEN p.i % 19 = 0 THEN 'de' END,
       CASE WHEN p.i BETWEEN 96 AND 115 THEN p.login END,
       CASE WHEN p.kind = 'student' AND p.i % 11 = 0 THEN '01752 ' || fixture_gen.digits('uhp', p.i, 6) END,
       CASE WHEN p.kind = 'staff' THEN '+44 1752 58' || fixture_gen.digits('uws', p.i, 4) WHEN p.kind = 'supplier' AND p.i % 2 = 0 THEN fixture_gen.phone('uwp', p.i) END,
       CASE WHEN p.i % 3 <> 2 THEN p.mobile END,
       CASE WHEN p.i IN (101, 103, 108, 112) THEN '07623 ' || fixture_gen.digits('upg', p.i, 6) END,
       CASE WHEN p.kind = 'student' AND p.i % 2 = 1 THEN p.street WHEN p.i IN (140, 143) THEN fixture_gen.pick(ARRAY['Dell House, The Boulevard', 'Solar House, Fieldhouse Lane'], 'usa', p.i) END,
       CASE WHEN p.kind = 'student' AND p.i % 2 = 1 THEN p.street2 END,
       CASE WHEN p.kind = 'student' AND p.i % 2 = 1 THEN p.city WHEN p.i IN (140, 143) THEN fixture_gen.pick(ARRAY['Bracknell', 'Marlow'], 'usc', p.i) END,
       CASE WHEN p.kind = 'student' AND p.i % 2 = 1 AND p.country = 'United Kingdom' THEN fixture_gen.pick(ARRAY['Devon', 'Cornwall', 'Devon', ''], 'ust', p.i)
            WHEN p.kind = 'student' AND p.i % 2 = 1 THEN CASE p.country WHEN 'Germany' THEN 'Bayern' WHEN 'India' THEN CASE p.city WHEN 'Pune' THEN 'Maharashtra' ELSE 'Karnataka' END
                                                                         WHEN 'Nigeria' THEN 'Lagos State' WHEN 'China' THEN 'Guangdong' WHEN 'Brazil' THEN 'Paraná' ELSE '' END END,
       CASE WHEN p.kind = 'student' AND p.i % 2 = 1 THEN p.postcode WHEN p.i IN (140, 143) THEN fixture_gen.pick(ARRAY['RG12 1LF', 'SL7 1TB'], 'usz', p.i) END,
       CASE WHEN p.kind = 'student' AND p.i % 2 = 1 THEN p.country WHEN p.i IN (140, 143) THEN 'United Kingdom' END,
       CASE WHEN p.i BETWEEN 96 AND 115 OR p.i % 13 = 0 THEN fixture_gen.pick(ARRAY['Europe/London', 'Europe/London', 'Europe/London', 'Asia/Shanghai', 'Europe/Berlin'], 'utz', p.i) END,
       CASE WHEN p.i IN (96, 102, 109) THEN E'-----BEGIN CERTIFICATE-----\n' || fixture_gen.b64('usm1', p.i, 48) || E'\n' || fixture_gen.b64('usm2', p.i, 48) || E'\n' || fixture_gen.b64('usm3', p.i, 48) || E'\n' || fixture_gen.b64('usm4', p.i, 30) || E'\n-----END CERTIFICATE-----' END,
       CASE WHEN p.kind = 'staff' AND p.i <= 115 THEN 14 ELSE 1 END,
       rtgen.at('ucr', p.i, '2017-01-01', '2024-09-30'),
       CASE WHEN p.i % 4 = 0 THEN 14 ELSE 1 END,
       rtgen.at('uup', p.i, '2024-10-01', '2025-05-31')
FROM rtgen.p p;

-- Groups: the three system groups, the desk's own, one ACL-equivalence group
-- per user, the role groups of queues, tickets and assets.
CREATE SEQUENCE groups_id_seq;
CREATE TABLE Groups (
  id INTEGER DEFAULT nextval('groups_id_seq'),
  Name varchar(200) NULL,
  Description varchar(255) NULL,
  Domain varchar(64),
  Instance integer,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX Groups1 ON Groups (LOWER(Domain), LOWER(Name), Instance);
CREATE INDEX Groups2 On Groups (Instance);

INSERT INTO Groups (id, Name, Description, Domain, Instance, Creator, Created, LastUpdatedBy, LastUpdated) VALUES
 (2, 'Everyone', 'Pseudogroup for internal use', 'SystemInternal', 0, 1, '2016-08-30 10:12:01', 1, '2016-08-30 10:12:01'),
 (3, 'Privileged', 'Pseudogroup for internal use', 'SystemInternal', 0, 1, '2016-08-30 10:12:01', 1, '2016-08-30 10:12:01'),
 (4, 'Unprivileged', 'Pseudogroup for internal use', 'SystemInternal', 0, 1, '2016-08-30 10:12:01', 1, '2016-08-30 10:12:01'),
 (200, 'Service Desk Tier 1', 'First-line analysts and student helpers', 'UserDefined', 0, 14, '2016-09-02 09:00:00', 14, '2023-08-14 10:20:00'),
 (201, 'Service Desk Tier 2', 'Second-line desktop and accounts support', 'UserDefined', 0, 14, '2016-09-02 09:01:00', 14, '2022-02-01 11:00:00'),
 (202, 'Networks', 'Network and Wi-Fi engineering', 'UserDefined', 0, 14, '2016-09-02 09:02:00', 14, '2021-05-10 15:00:00'),
 (203, 'AV and Teaching Rooms', 'Audio-visual technicians', 'UserDefined', 0, 14, '2017-01-16 10:00:00', 14, '2017-01-16 10:00:00'),
 (204, 'Research Computing', 'HPC and research storage', 'UserDefined', 0, 14, '2018-03-05 12:00:00', 14, '2018-03-05 12:00:00'),
 (205, 'Procurement', 'IT purchasing and supplier management', 'UserDefined', 0, 14, '2018-06-11 09:30:00', 14, '2018-06-11 09:30:00'),
 (206, 'Information Security', 'Phishing, incidents, account compromise', 'UserDefined', 0, 14, '2019-10-01 08:45:00', 14, '2024-02-20 09:00:00'),
 (207, 'Supplier: Dell', 'Dell account team (unprivileged, Cc on RMAs)', 'UserDefined', 0, 14, '2020-09-07 14:00:00', 14, '2020-09-07 14:00:00'),
 (208, 'Supplier: Softcat', 'Softcat licensing desk', 'UserDefined', 0, 14, '2021-03-15 11:10:00', 14, '2021-03-15 11:10:00'),
 (209, 'IT Managers', 'Approvers for purchases over 5k', 'UserDefined', 0, 14, '2016-09-02 09:05:00', 14, '2024-06-03 16:00:00'),
 (210, 'Student Helpers', 'Term-time student staff on the library desk', 'UserDefined', 0, 14, '2022-09-19 09:00:00', 14, '2024-09-16 09:00:00'),
 (211, 'Library Systems', 'Alma, Primo and reading lists', 'UserDefined', 0, 14, '2019-01-07 10:00:00', 14, '2019-01-07 10:00:00');

INSERT INTO Groups (id, Name, Description, Domain, Instance, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT 1000 + u.id, 'UserEquiv', 'ACL equiv. for user ' || u.id, 'ACLEquivalence', u.id, 1, u.Created, 1, u.Created FROM Users u;

-- ---------------------------------------------------------------------------
-- Request Tracker: queues and tickets.

CREATE SEQUENCE queues_id_seq;
CREATE TABLE Queues (
  id INTEGER DEFAULT nextval('queues_id_seq'),
  Name varchar(200) NOT NULL,
  Description varchar(255) NULL,
  CorrespondAddress varchar(120) NULL,
  CommentAddress varchar(120) NULL,
  Lifecycle varchar(32) NULL,
  SubjectTag varchar(120) NULL,
  SortOrder integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  SLADisabled integer NOT NULL DEFAULT 1,
  Disabled integer NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX Queues1 ON Queues (LOWER(Name));

INSERT INTO Queues (id, Name, Description, CorrespondAddress, CommentAddress, Lifecycle, SubjectTag, SortOrder, Creator, Created, LastUpdatedBy, LastUpdated, SLADisabled, Disabled) VALUES
 (1, 'General', 'The default queue', '', '', 'default', NULL, 0, 1, '2016-08-30 10:12:01', 14, '2016-09-02 09:10:00', 1, 0),
 (2, 'Service Desk', 'First point of contact for all IT requests', 'servicedesk@kingsbridge.ac.uk', 'servicedesk-comment@kingsbridge.ac.uk', 'default', 'KU IT', 10, 14, '2016-09-02 09:10:00', 14, '2024-08-01 12:00:00', 0, 0),
 (3, 'Accounts and Passwords', 'Resets, MFA, new starters and leavers', 'accounts@it.kingsbridge.ac.uk', 'accounts-comment@it.kingsbridge.ac.uk', 'default', 'KU IT', 20, 14, '2016-09-02 09:12:00', 14, '2023-07-12 09:00:00', 0, 0),
 (4, 'Networks and Wi-Fi', 'eduroam, halls network, VPN, wired ports', 'network@it.kingsbridge.ac.uk', 'network-comment@it.kingsbridge.ac.uk', 'default', 'KU NET', 30, 14, '2016-09-02 09:14:00', 14, '2021-05-10 15:05:00', 0, 0),
 (5, 'Teaching Rooms AV', 'Projectors, lecture capture, microphones', 'av-support@kingsbridge.ac.uk', 'av-support-comment@kingsbridge.ac.uk', 'default', 'KU AV', 40, 14, '2017-01-16 10:05:00', 14, '2017-01-16 10:05:00', 0, 0),
 (6, 'Research Computing', 'HPC, research data storage, specialist software', 'research-computing@kingsbridge.ac.uk', 'research-computing-comment@kingsbridge.ac.uk', 'default', 'KU RC', 50, 14, '2018-03-05 12:05:00', 14, '2023-11-20 10:00:00', 1, 0),
 (7, 'Procurement', 'Quotes, orders, renewals and RMAs with suppliers', 'it-purchasing@kingsbridge.ac.uk', 'it-purchasing-comment@kingsbridge.ac.uk', 'approvals', 'KU PO', 60, 14, '2018-06-11 09:35:00', 14, '2022-04-04 14:30:00', 1, 0),
 (8, 'Security Incidents', 'Phishing reports and account compromise', 'phishing@kingsbridge.ac.uk', 'infosec-comment@kingsbridge.ac.uk', 'incidents', 'KU SEC', 70, 14, '2019-10-01 08:50:00', 14, '2024-02-20 09:05:00', 0, 0),
 (9, 'Laptop Loans', 'Short and long loans from the student laptop pool', 'laptoploans@kingsbridge.ac.uk', 'laptoploans-comment@kingsbridge.ac.uk', 'default', 'KU LOAN', 80, 14, '2020-09-07 14:05:00', 14, '2024-09-02 08:00:00', 0, 0),
 (10, 'Printing', 'Retired 2023: printing moved to the Ricoh portal', 'print@kingsbridge.ac.uk', '', 'default', 'KU PRINT', 90, 14, '2016-09-02 09:16:00', 14, '2023-07-31 17:00:00', 1, 1);

-- The tickets' plan: queue, requester, owner, status, times.
CREATE TABLE rtgen.t AS
SELECT t, q, r, o, st, cr, cr + make_interval(mins => 20 + fixture_gen.n('tres', t, 9000)) AS rs, cc, typ
FROM (
  SELECT t,
         CASE WHEN t % 17 = 0 THEN 'reminder' ELSE 'ticket' END AS typ,
         fixture_gen.pick(ARRAY['2', '2', '2', '2', '3', '3', '3', '4', '4', '5', '6', '7', '8', '8', '9', '9', '10', '1'], 'tq', t)::int AS q,
         rtgen.at('tcr', t, '2023-09-01', '2025-05-20') AS cr,
         fixture_gen.pick(ARRAY['resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'open', 'open', 'new', 'stalled', 'rejected'], 'tst', t) AS st,
         CASE WHEN t % 7 = 0 THEN 96 + fixture_gen.n('tcc', t, 40) END AS cc,
         NULL::int AS r, NULL::int AS o
  FROM generate_series(1, 140) t) x;
UPDATE rtgen.t SET r = CASE WHEN q = 7 THEN CASE WHEN t % 2 = 0 THEN 136 + fixture_gen.n('trs', t, 15) ELSE 116 + fixture_gen.n('trf', t, 20) END
                            WHEN q IN (5, 6) THEN 116 + fixture_gen.n('trf', t, 20)
                            WHEN fixture_gen.n('trk', t, 5) = 0 THEN 116 + fixture_gen.n('trf', t, 20)
                            ELSE 1 + fixture_gen.n('trp', t, 95) END,
                   o = CASE WHEN st = 'new' THEN 6 ELSE 116 + fixture_gen.n('tow', t, 20) END;

CREATE SEQUENCE tickets_id_seq;
CREATE TABLE Tickets (
  id INTEGER DEFAULT nextval('tickets_id_seq'),
  EffectiveId integer NOT NULL DEFAULT 0,
  IsMerged smallint NULL DEFAULT NULL,
  Queue integer NOT NULL DEFAULT 0,
  Type varchar(16) NULL,
  Owner integer NOT NULL DEFAULT 0,
  Subject varchar(200) NULL DEFAULT '[no subject]',
  Description text NULL,
  InitialPriority integer NOT NULL DEFAULT 0,
  FinalPriority integer NOT NULL DEFAULT 0,
  Priority integer NOT NULL DEFAULT 0,
  TimeEstimated integer NOT NULL DEFAULT 0,
  TimeWorked integer NOT NULL DEFAULT 0,
  Status varchar(64) NULL,
  SLA varchar(64) NULL,
  TimeLeft integer NOT NULL DEFAULT 0,
  Told TIMESTAMP NULL,
  Starts TIMESTAMP NULL,
  Started TIMESTAMP NULL,
  Due TIMESTAMP NULL,
  Resolved TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX Tickets1 ON Tickets (Queue, Status);
CREATE INDEX Tickets2 ON Tickets (Owner);
CREATE INDEX Tickets3 ON Tickets (EffectiveId);

INSERT INTO Tickets (id, EffectiveId, IsMerged, Queue, Type, Owner, Subject, Description, InitialPriority, FinalPriority, Priority, TimeEstimated, TimeWorked,
  Status, SLA, TimeLeft, Told, Starts, Started, Due, Resolved, LastUpdatedBy, LastUpdated, Creator, Created)
SELECT t.t + 1000,
       CASE WHEN t.t IN (23, 58, 91) THEN t.t + 999 ELSE t.t + 1000 END,
       NULL,
       t.q, t.typ, CASE WHEN t.typ = 'reminder' THEN 20 + 96 + fixture_gen.n('tow', t.t, 20) ELSE t.o END,
       CASE WHEN t.typ = 'reminder' THEN fixture_gen.pick(ARRAY['Chase Dell for the RMA', 'Call back ' || p.first || ' about the loan laptop', 'Check MFA reset worked', 'Collect laptop from ' || p.realname, 'Renew certificate before it expires'], 'trm', t.t)
       ELSE CASE t.q
         WHEN 1 THEN fixture_gen.pick(ARRAY['Hello', 'Question', 'Re: your request', 'Feedback about the desk', '(no subject)'], 'ts1', t.t)
         WHEN 2 THEN fixture_gen.pick(ARRAY['Outlook keeps asking for my password', 'Moodle page for LAW2031 not loading', 'Teams meeting audio drops every few minutes', 'Cannot install Office on my MacBook',
                      'Turnitin submission failed before the deadline', 'OneDrive not syncing', 'Access to the School shared drive for ' || p.realname, 'Re: [KU IT #' || (1000 + t.t - 3)::text || '] Outlook on my phone'], 'ts2', t.t)
         WHEN 3 THEN fixture_gen.pick(ARRAY['Password reset', 'Locked out after changing my phone (MFA)', 'Password reset for ' || p.realname || ' (' || coalesce(p.studentno, p.login) || ')',
                      'New starter account: ' || p.realname || ', ' || p.dept, 'Leaver: disable the account of ' || p.realname, 'Mailbox access while ' || p.first || ' is on long-term sick leave', 'Forgot my password'], 'ts3', t.t)
         WHEN 4 THEN fixture_gen.pick(ARRAY['Cannot connect to eduroam in the library', 'Wi-Fi dead spot in Brunel Halls block C', 'VPN disconnects every 10 minutes', 'Register my games console for the halls network', 'Slow network in Davy 3.07'], 'ts4', t.t)
         WHEN 5 THEN fixture_gen.pick(ARRAY['Projector in Portland Square A001 shows no signal', 'Lecture capture did not record NUR1002 on Tuesday', 'Radio microphone battery flat in RLB 101', 'HDMI cable missing from room G.14'], 'ts5', t.t)
         WHEN 6 THEN fixture_gen.pick(ARRAY['Request: 2 TB additional research storage', 'HPC job stuck in the queue since Friday', 'Access to RDS share for PhD student ' || p.realname, 'Software request: Gaussian 16'], 'ts6', t.t)
         WHEN 7 THEN fixture_gen.pick(ARRAY['Quote for 30 Latitude 5440 laptops', 'RMA for failed WD19 docking stations', 'Renewal: Adobe Creative Cloud site licence', 'Invoice query PO 45000' || fixture_gen.digits('tpo', t.t, 5), 'Delivery note for order KU-' || fixture_gen.digits('tpo2', t.t, 6)], 'ts7', t.t)
         WHEN 8 THEN fixture_gen.pick(ARRAY['Phishing email reported: "Payroll update"', 'Suspicious sign-in from abroad', 'Compromised account: ' || coalesce(p.login, p.email), 'Lost laptop with unencrypted USB stick', 'FW: Your mailbox is almost full'], 'ts8', t.t)
         WHEN 9 THEN fixture_gen.pick(ARRAY['Laptop loan request', 'Laptop loan for ' || p.realname || ' - DSA assessment pending', 'Loan laptop returned damaged', 'Extend my laptop loan until June'], 'ts9', t.t)
         ELSE fixture_gen.pick(ARRAY['Printer on level 3 jams constantly', 'Print credit not applied', 'Cannot print from my own laptop'], 'ts10', t.t) END END,
       CASE WHEN t.t % 4 = 1 AND t.typ = 'ticket' THEN fixture_gen.pick(ARRAY[
              'Submitted through the self-service form. Category: ' || fixture_gen.pick(ARRAY['Email', 'Wi-Fi', 'Moodle', 'Hardware'], 'tdc', t.t) || '. Location: ' || fixture_gen.pick(ARRAY['Library level 2', 'Halls', 'Off campus', 'Davy building'], 'tdl', t.t) || '.',
              'I have tried restarting and it still does not work. Best number to reach me is ' || p.mobile || '.',
              fixture_gen.sentence('tds', t.t),
              'My name is ' || p.realname || ', student number ' || coalesce(p.studentno, 'n/a') || '. I am dyslexic and have extra time in exams, so the laptop needs Read&Write installed.',
              'Please see attached screenshot.',
              ''], 'tdp', t.t) END,
       0, 0, fixture_gen.pick(ARRAY['0', '10', '20', '50'], 'tpr', t.t)::int, 0,
       CASE WHEN t.st IN ('resolved', 'open') THEN 5 * (1 + fixture_gen.n('ttw', t.t, 24)) ELSE 0 END,
       t.st,
       CASE WHEN t.q IN (2, 3, 4, 5, 8, 9) THEN fixture_gen.pick(ARRAY['4h', '1 business day', '3 business days'], 'tsla', t.t) END,
       0,
       CASE WHEN t.st <> 'new' THEN t.cr + make_interval(mins => 5 + fixture_gen.n('ttold', t.t, 600)) END,
       NULL,
       CASE WHEN t.st <> 'new' THEN t.cr + make_interval(mins => 3 + fixture_gen.n('tstd', t.t, 300)) END,
       CASE WHEN t.q IN (2, 3, 4, 5, 8, 9) THEN t.cr + interval '1 day' END,
       CASE WHEN t.st IN ('resolved', 'rejected') THEN t.rs END,
       t.o, CASE WHEN t.st IN ('resolved', 'rejected') THEN t.rs ELSE t.cr + interval '2 hours' END,
       p.uid, t.cr
FROM rtgen.t t JOIN rtgen.p p ON p.i = t.r;
UPDATE Tickets SET IsMerged = 1, Status = 'resolved' WHERE id IN (1022, 1057, 1090);

-- ---------------------------------------------------------------------------
-- Request Tracker: assets and their catalogs.

CREATE SEQUENCE catalogs_id_seq;
CREATE TABLE Catalogs (
  id integer DEFAULT nextval('catalogs_id_seq'),
  Name varchar(255) NOT NULL DEFAULT '',
  Lifecycle varchar(32) NOT NULL DEFAULT 'assets',
  Description varchar(255) NOT NULL DEFAULT '',
  Disabled integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created timestamp DEFAULT NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated timestamp DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX CatalogsName ON Catalogs (LOWER(Name));

INSERT INTO Catalogs (id, Name, Lifecycle, Description, Disabled, Creator, Created, LastUpdatedBy, LastUpdated) VALUES
 (1, 'General assets', 'assets', 'The default catalog', 0, 1, '2016-08-30 10:12:01', 1, '2016-08-30 10:12:01'),
 (2, 'Student laptop loan pool', 'loans', 'Dell Latitude laptops lent from the library desk', 0, 14, '2020-09-07 14:10:00', 14, '2024-09-02 08:05:00'),
 (3, 'Teaching room AV', 'assets', 'Projectors, capture appliances and microphones', 0, 14, '2017-01-16 10:10:00', 14, '2017-01-16 10:10:00'),
 (4, 'Staff devices', 'assets', 'University-owned laptops and desktops issued to staff', 0, 14, '2019-04-01 09:00:00', 14, '2023-04-03 09:00:00');

CREATE TABLE rtgen.a AS
SELECT a, CASE WHEN a <= 50 THEN 2 WHEN a <= 70 THEN 3 ELSE 4 END AS cat,
       CASE WHEN a <= 50 THEN 1 + fixture_gen.n('ahold', a, 95) WHEN a > 70 THEN 116 + fixture_gen.n('ahs', a, 20) END AS holder,
       rtgen.at('acr', a, '2019-04-01', '2024-09-01') AS cr
FROM generate_series(1, 90) a;

CREATE SEQUENCE assets_id_seq;
CREATE TABLE Assets (
  id integer DEFAULT nextval('assets_id_seq'),
  Name varchar(255) NOT NULL DEFAULT '',
  Catalog integer NOT NULL DEFAULT 0,
  Status varchar(64) NOT NULL DEFAULT '',
  Description varchar(255) NOT NULL DEFAULT '',
  Creator integer NOT NULL DEFAULT 0,
  Created timestamp DEFAULT NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated timestamp DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX AssetsName ON Assets (LOWER(Name));
CREATE INDEX AssetsStatus ON Assets (Status);
CREATE INDEX AssetsCatalog ON Assets (Catalog);

INSERT INTO Assets (id, Name, Catalog, Status, Description, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT a.a,
       CASE a.cat WHEN 2 THEN 'KU-LN-' || lpad(a.a::text, 4, '0')
                  WHEN 3 THEN fixture_gen.pick(ARRAY['PSQ-A001', 'PSQ-B214', 'RLB-101', 'RLB-602', 'DAVY-G14', 'DAVY-307', 'BAB-112', 'SMEATON-LT'], 'anr', a.a) || '-' || fixture_gen.pick(ARRAY['PROJ', 'CAPTURE', 'MIC1', 'MIC2', 'DISPLAY'], 'ank', a.a)
                  ELSE 'KU-ST-' || fixture_gen.digits('ans', a.a, 5) || CASE WHEN a.a % 3 = 0 THEN ' (' || p.login || ')' WHEN a.a % 3 = 1 THEN ' ' || p.first || '''s MacBook' ELSE '' END END,
       a.cat,
       CASE a.cat WHEN 2 THEN fixture_gen.pick(ARRAY['on-loan', 'on-loan', 'available', 'available', 'in-repair', 'lost'], 'ast', a.a)
                  ELSE fixture_gen.pick(ARRAY['in-use', 'in-use', 'in-use', 'allocated', 'retired', 'stolen'], 'ast2', a.a) END,
       CASE a.cat WHEN 2 THEN fixture_gen.pick(ARRAY['Dell Latitude 5440, i5, 16 GB, Windows 11 Education', 'Dell Latitude 3540, i5, 8 GB', 'Dell Latitude 5440 with Read&Write and Dragon preinstalled'], 'ads', a.a)
                  WHEN 3 THEN fixture_gen.pick(ARRAY['Epson EB-L630U laser projector', 'Panopto capture appliance', 'Shure ULXD2 handheld microphone', 'Samsung 75" QM75C display'], 'ads3', a.a)
                  ELSE fixture_gen.pick(ARRAY['MacBook Pro 14" M3', 'Dell Latitude 7440', 'Dell OptiPlex 7010 Micro', 'Surface Laptop 5'], 'ads4', a.a) END,
       14, a.cr, CASE WHEN a.a % 2 = 0 THEN 14 ELSE 20 + 96 + fixture_gen.n('alu', a.a, 20) END, a.cr + make_interval(days => fixture_gen.n('alud', a.a, 200))
FROM rtgen.a a LEFT JOIN rtgen.p p ON p.i = a.holder;

-- Role groups of queues, tickets and assets.
INSERT INTO Groups (id, Name, Description, Domain, Instance, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT 2000 + q.id * 10 + k, (ARRAY['Cc', 'AdminCc', 'Requestor', 'Owner'])[k], '', 'RT::Queue-Role', q.id, q.Creator, q.Created, q.Creator, q.Created
FROM Queues q CROSS JOIN generate_series(1, 4) k;

INSERT INTO Groups (id, Name, Description, Domain, Instance, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT 10000 + (t.id - 1000) * 10 + k, (ARRAY['Cc', 'AdminCc', 'Requestor', 'Owner'])[k], '', 'RT::Ticket-Role', t.id, t.Creator, t.Created, t.Creator, t.Created
FROM Tickets t CROSS JOIN generate_series(1, 4) k;

INSERT INTO Groups (id, Name, Description, Domain, Instance, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT 50000 + a.id * 10 + k, (ARRAY['Owner', 'HeldBy', 'Contact'])[k], '', 'RT::Asset-Role', a.id, a.Creator, a.Created, a.Creator, a.Created
FROM Assets a CROSS JOIN generate_series(1, 3) k;

CREATE SEQUENCE groupmembers_id_seq;
CREATE TABLE GroupMembers (
  id INTEGER DEFAULT nextval('groupmembers_id_seq'),
  GroupId integer NOT NULL DEFAULT 0,
  MemberId integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX GroupMembers1 ON GroupMembers (GroupId, MemberId);

INSERT INTO GroupMembers (GroupId, MemberId, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT g, m, c, cr, c, cr FROM (
  SELECT 1000 + u.id AS g, u.id AS m, 1 AS c, u.Created AS cr, 1 AS o FROM Users u
  UNION ALL SELECT 2, u.id, 1, u.Created, 2 FROM Users u
  UNION ALL SELECT CASE WHEN u.id IN (1, 14) OR u.id BETWEEN 116 AND 135 THEN 3 ELSE 4 END, u.id, 1, u.Created, 3 FROM Users u
  UNION ALL SELECT 200 + fixture_gen.n('gmu', p.i, 8), p.uid, 14, rtgen.at('gmc', p.i, '2017-01-01', '2024-09-01'), 4 FROM rtgen.p p WHERE p.i BETWEEN 96 AND 115
  UNION ALL SELECT 209, p.uid, 14, '2019-02-01 09:00:00', 5 FROM rtgen.p p WHERE p.i IN (99, 107, 113)
  UNION ALL SELECT 210, p.uid, 14, '2024-09-16 09:00:00', 6 FROM rtgen.p p WHERE p.i IN (5, 18, 36, 72)
  UNION ALL SELECT CASE WHEN p.org LIKE 'Dell%' THEN 207 ELSE 208 END, p.uid, 14, '2021-03-15 11:20:00', 7 FROM rtgen.p p WHERE p.org LIKE 'Dell%' OR p.org LIKE 'Softcat%'
  UNION ALL SELECT 2000 + q * 10 + 2, gid, 14, '2018-06-11 09:40:00', 8 FROM (VALUES (2, 200), (3, 201), (4, 202), (5, 203), (6, 204), (7, 205), (8, 206), (9, 210)) v(q, gid)
  UNION ALL SELECT 10000 + t.t * 10 + 3, p.uid, p.uid, t.cr, 9 FROM rtgen.t t JOIN rtgen.p p ON p.i = t.r
  UNION ALL SELECT 10000 + t.t * 10 + 4, t.o, 1, t.cr, 10 FROM rtgen.t t WHERE t.o <> 6
  UNION ALL SELECT 10000 + t.t * 10 + 1, 20 + t.cc, t.o, t.cr + interval '1 hour', 11 FROM rtgen.t t WHERE t.cc IS NOT NULL
  UNION ALL SELECT 10000 + t.t * 10 + 2, 209, 14, t.cr, 12 FROM rtgen.t t WHERE t.q = 7
  UNION ALL SELECT 50000 + a.a * 10 + CASE WHEN a.cat = 2 THEN 2 ELSE 1 END, 20 + a.holder, 14, a.cr, 13 FROM rtgen.a a WHERE a.holder IS NOT NULL
  UNION ALL SELECT 50000 + a.a * 10 + 3, 20 + 96 + fixture_gen.n('acn', a.a, 20), 14, a.cr, 14 FROM rtgen.a a WHERE a.a % 4 = 0
) x ORDER BY o, g, m;

CREATE SEQUENCE cachedgroupmembers_id_seq;
CREATE TABLE CachedGroupMembers (
  id int DEFAULT nextval('cachedgroupmembers_id_seq'),
  GroupId int,
  MemberId int,
  Via int,
  ImmediateParentId int,
  Disabled integer NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
CREATE INDEX CachedGroupMembers2 on CachedGroupMembers (MemberId, GroupId, Disabled);
CREATE INDEX DisGrouMem on CachedGroupMembers (GroupId, MemberId, Disabled);
CREATE INDEX CachedGroupMembers3 on CachedGroupMembers (MemberId, ImmediateParentId);

INSERT INTO CachedGroupMembers (GroupId, MemberId, Via, ImmediateParentId, Disabled)
SELECT g.id, g.id, NULL, g.id, 0 FROM Groups g WHERE g.Domain IN ('SystemInternal', 'UserDefined', 'RT::Queue-Role') ORDER BY g.id;
INSERT INTO CachedGroupMembers (GroupId, MemberId, Via, ImmediateParentId, Disabled)
SELECT gm.GroupId, gm.MemberId, NULL, gm.GroupId, CASE WHEN gm.MemberId IN (67, 101, 144) THEN 1 ELSE 0 END FROM GroupMembers gm ORDER BY gm.id;
UPDATE CachedGroupMembers SET Via = id WHERE Via IS NULL;
-- Members of a group that is itself a member (queue AdminCc groups).
INSERT INTO CachedGroupMembers (GroupId, MemberId, Via, ImmediateParentId, Disabled)
SELECT outer_gm.GroupId, inner_gm.MemberId, c.id, inner_gm.GroupId, 0
FROM GroupMembers outer_gm JOIN GroupMembers inner_gm ON inner_gm.GroupId = outer_gm.MemberId
JOIN CachedGroupMembers c ON c.GroupId = outer_gm.GroupId AND c.MemberId = outer_gm.MemberId
WHERE outer_gm.MemberId BETWEEN 200 AND 211 ORDER BY outer_gm.id, inner_gm.id;

CREATE SEQUENCE acl_id_seq;
CREATE TABLE ACL (
  id INTEGER DEFAULT nextval('acl_id_seq'),
  PrincipalType varchar(25) NOT NULL,
  PrincipalId integer NOT NULL,
  RightName varchar(25) NOT NULL,
  ObjectType varchar(25) NOT NULL,
  ObjectId integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ACL1 on ACL (RightName, ObjectType, ObjectId, PrincipalType, PrincipalId);

INSERT INTO ACL (PrincipalType, PrincipalId, RightName, ObjectType, ObjectId, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT pt, pid, rn, ot, oid, 14, rtgen.at('aclc', k, '2016-09-02', '2024-06-01'), 14, rtgen.at('aclc', k, '2016-09-02', '2024-06-01')
FROM (
  SELECT row_number() OVER () AS k, * FROM (
    SELECT 'Group' AS pt, 1014 AS pid, 'SuperUser' AS rn, 'RT::System' AS ot, 1 AS oid
    UNION ALL SELECT 'Group', 1001, 'SuperUser', 'RT::System', 1
    UNION ALL SELECT 'Group', 2, 'CreateTicket', 'RT::System', 1
    UNION ALL SELECT 'Group', 2, 'ReplyToTicket', 'RT::System', 1
    UNION ALL SELECT 'Group', 4, 'SeeQueue', 'RT::System', 1
    UNION ALL SELECT 'Requestor', 2000 + q * 10 + 3, r, 'RT::Queue', q FROM generate_series(2, 9) q, unnest(ARRAY['ShowTicket', 'ReplyToTicket']) r
    UNION ALL SELECT 'Group', g, r, 'RT::Queue', q FROM (VALUES (2, 200), (2, 201), (3, 201), (4, 202), (5, 203), (6, 204), (7, 205), (8, 206), (9, 200), (9, 210)) v(q, g),
                     unnest(ARRAY['SeeQueue', 'ShowTicket', 'OwnTicket', 'ReplyToTicket', 'CommentOnTicket', 'ModifyTicket']) r
    UNION ALL SELECT 'Group', 3, 'ShowArticle', 'RT::Class', c FROM generate_series(1, 3) c
    UNION ALL SELECT 'Group', 2, 'ShowArticle', 'RT::Class', 1
    UNION ALL SELECT 'Group', 200, 'ShowAsset', 'RT::Catalog', 2
    UNION ALL SELECT 'Group', 200, 'ModifyAsset', 'RT::Catalog', 2
    UNION ALL SELECT 'Group', 203, 'ModifyAsset', 'RT::Catalog', 3
    UNION ALL SELECT 'Group', 209, 'SuperUser', 'RT::System', 1
  ) y) x;

-- ---------------------------------------------------------------------------
-- Request Tracker: custom fields and their values; article classes.

CREATE SEQUENCE customfields_id_seq;
CREATE TABLE CustomFields (
  id INTEGER DEFAULT nextval('customfields_id_seq'),
  Name varchar(200) NULL,
  Type varchar(200) NULL,
  RenderType varchar(64) NULL,
  MaxValues integer NOT NULL DEFAULT 0,
  ValuesClass varchar(64) NULL,
  BasedOn integer NULL,
  Pattern varchar(65536) NULL,
  LookupType varchar(255) NOT NULL,
  EntryHint varchar(255) NULL,
  ValidationHint varchar(255) NULL,
  Description varchar(255) NULL,
  SortOrder integer NOT NULL DEFAULT 0,
  UniqueValues integer NOT NULL DEFAULT 0,
  CanonicalizeClass varchar(64) NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  Disabled integer NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);

INSERT INTO CustomFields (id, Name, Type, RenderType, MaxValues, ValuesClass, BasedOn, Pattern, LookupType, EntryHint, ValidationHint, Description, SortOrder, UniqueValues, CanonicalizeClass,
  Creator, Created, LastUpdatedBy, LastUpdated, Disabled) VALUES
 (1, 'Student number', 'Freeform', NULL, 1, NULL, NULL, '(?#Eight digits starting with 2)^2\d{7}$', 'RT::Queue-RT::Ticket', 'Enter one value', 'Eight digits starting with 2', 'From the front of the student card', 1, 0, NULL, 14, '2016-09-05 10:00:00', 14, '2021-08-02 09:00:00', 0),
 (2, 'Contact phone', 'Freeform', NULL, 1, NULL, NULL, '', 'RT::Queue-RT::Ticket', 'Enter one value', NULL, 'A number we can call you back on', 2, 0, NULL, 14, '2016-09-05 10:01:00', 14, '2016-09-05 10:01:00', 0),
 (3, 'Building and room', 'Freeform', NULL, 1, NULL, NULL, '', 'RT::Queue-RT::Ticket', 'e.g. Davy 3.07', NULL, 'Where the problem is', 3, 0, NULL, 14, '2016-09-05 10:02:00', 14, '2016-09-05 10:02:00', 0),
 (4, 'Category', 'Select', 'Dropdown', 1, NULL, NULL, '', 'RT::Queue-RT::Ticket', 'Select one value', NULL, 'Reporting category', 4, 0, NULL, 14, '2016-09-05 10:03:00', 14, '2023-07-12 09:10:00', 0),
 (5, 'Impact', 'Select', 'Select box', 1, NULL, NULL, '', 'RT::Queue-RT::Ticket', 'Select one value', NULL, 'How many people are affected', 5, 0, NULL, 14, '2016-09-05 10:04:00', 14, '2016-09-05 10:04:00', 0),
 (6, 'Device MAC address', 'Freeform', NULL, 0, NULL, NULL, '^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$', 'RT::Queue-RT::Ticket', 'Enter multiple values', 'Six pairs of hex digits separated by colons', 'Consoles and smart TVs registered for the halls network', 6, 0, NULL, 14, '2018-09-10 09:00:00', 14, '2018-09-10 09:00:00', 0),
 (7, 'Asset tag', 'Freeform', NULL, 1, NULL, NULL, '^KU-[A-Z]{2}-\d{4,5}$', 'RT::Queue-RT::Ticket', 'Enter one value', 'KU-LN-0000', 'Sticker on the base of the device', 7, 0, NULL, 14, '2020-09-07 14:20:00', 14, '2020-09-07 14:20:00', 0),
 (8, 'Date of birth (ID check)', 'Date', NULL, 1, NULL, NULL, '', 'RT::Queue-RT::Ticket', 'Select date', NULL, 'Confirmed against the student record before a reset', 8, 0, NULL, 14, '2019-02-04 11:00:00', 14, '2019-02-04 11:00:00', 0),
 (9, 'Supplier reference', 'Freeform', NULL, 1, NULL, NULL, '', 'RT::Queue-RT::Ticket', 'Enter one value', NULL, 'Quote, case or RMA number at the supplier', 9, 0, NULL, 14, '2018-06-11 09:45:00', 14, '2018-06-11 09:45:00', 0),
 (10, 'Faculty', 'Select', 'Dropdown', 1, NULL, NULL, '', 'RT::User', 'Select one value', NULL, 'From the nightly feed', 1, 0, NULL, 14, '2017-02-01 09:00:00', 14, '2017-02-01 09:00:00', 0),
 (11, 'Staff or student ID', 'Freeform', NULL, 1, NULL, NULL, '^(2\d{7}|E\d{6})$', 'RT::User', 'Enter one value', NULL, 'From the nightly feed', 2, 1, NULL, 14, '2017-02-01 09:01:00', 14, '2017-02-01 09:01:00', 0),
 (12, 'Reasonable adjustments', 'Text', NULL, 1, NULL, NULL, '', 'RT::User', 'Enter one value', NULL, 'Agreed with Disability Services; visible to the desk only', 3, 0, NULL, 14, '2021-10-04 10:00:00', 14, '2021-10-04 10:00:00', 0),
 (13, 'Content', 'HTML', NULL, 1, NULL, NULL, '', 'RT::Class-RT::Article', 'Enter one value', NULL, 'Article body', 1, 0, NULL, 14, '2016-09-05 11:00:00', 14, '2016-09-05 11:00:00', 0),
 (14, 'Serial number', 'Freeform', NULL, 1, NULL, NULL, '', 'RT::Catalog-RT::Asset', 'Enter one value', NULL, 'Service tag or serial', 1, 1, NULL, 14, '2019-04-01 09:10:00', 14, '2019-04-01 09:10:00', 0),
 (15, 'Purchase order', 'Freeform', NULL, 1, NULL, NULL, '^45\d{8}$', 'RT::Catalog-RT::Asset', 'Enter one value', NULL, 'Agresso PO number', 2, 0, NULL, 14, '2019-04-01 09:11:00', 14, '2019-04-01 09:11:00', 0),
 (16, 'Warranty expires', 'Date', NULL, 1, NULL, NULL, '', 'RT::Catalog-RT::Asset', 'Select date', NULL, NULL, 3, 0, NULL, 14, '2019-04-01 09:12:00', 14, '2019-04-01 09:12:00', 0),
 (17, 'Screenshot', 'Image', NULL, 0, NULL, NULL, '', 'RT::Queue-RT::Ticket', 'Upload multiple images', NULL, 'Retired: screenshots now come as attachments', 10, 0, NULL, 14, '2017-05-02 09:00:00', 14, '2020-01-06 09:00:00', 1);

CREATE SEQUENCE customfieldvalues_id_seq;
CREATE TABLE CustomFieldValues (
  id INTEGER DEFAULT nextval('customfieldvalues_id_seq'),
  CustomField int NOT NULL,
  Name varchar(200) NULL,
  Description varchar(255) NULL,
  SortOrder integer NOT NULL DEFAULT 0,
  Category varchar(255) NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX CustomFieldValues1 ON CustomFieldValues (CustomField);

INSERT INTO CustomFieldValues (CustomField, Name, Description, SortOrder, Category, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT cf, nm, ds, so, ct, 14, '2016-09-05 10:30:00'::timestamp + make_interval(mins => so), 14, '2023-07-12 09:10:00'::timestamp FROM (VALUES
 (4, 'Accounts and passwords', 'Resets, MFA, lockouts', 1, 'Identity'), (4, 'Email and calendar', 'Outlook, shared mailboxes', 2, 'Collaboration'),
 (4, 'Microsoft Teams', NULL, 3, 'Collaboration'), (4, 'Moodle', 'VLE access and modules', 4, 'Teaching'), (4, 'Wi-Fi and network', 'eduroam, halls, VPN', 5, 'Infrastructure'),
 (4, 'Printing', 'Retired', 6, 'Infrastructure'), (4, 'Hardware fault', NULL, 7, 'Devices'), (4, 'Software request', 'Licensed and free software', 8, 'Devices'),
 (4, 'Teaching room AV', NULL, 9, 'Teaching'), (4, 'Security', 'Phishing and compromise', 10, 'Identity'), (4, 'Purchasing', NULL, 11, 'Business'),
 (5, 'Just me', NULL, 1, NULL), (5, 'My team or class', NULL, 2, NULL), (5, 'A whole building', NULL, 3, NULL), (5, 'Everyone', NULL, 4, NULL),
 (10, 'Faculty of Arts, Humanities and Business', NULL, 1, NULL), (10, 'Faculty of Health', NULL, 2, NULL), (10, 'Faculty of Science and Engineering', NULL, 3, NULL),
 (10, 'Professional services', NULL, 4, NULL), (10, 'External', 'Suppliers and visitors', 5, NULL)) v(cf, nm, ds, so, ct);

CREATE SEQUENCE objectcustomfields_id_s;
CREATE TABLE ObjectCustomFields (
  id INTEGER DEFAULT nextval('objectcustomfields_id_s'),
  CustomField integer NOT NULL,
  ObjectId integer NOT NULL,
  SortOrder integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ObjectCustomFields1 ON ObjectCustomFields (ObjectId);

INSERT INTO ObjectCustomFields (CustomField, ObjectId, SortOrder, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT cf, oid, row_number() OVER (PARTITION BY oid ORDER BY cf), 14, c.Created, 14, c.Created
FROM (VALUES (1, 3), (1, 9), (2, 0), (3, 2), (3, 5), (4, 0), (5, 0), (6, 4), (7, 9), (7, 5), (8, 3), (9, 7), (10, 0), (11, 0), (12, 0),
             (13, 1), (13, 2), (13, 3), (14, 2), (14, 4), (15, 2), (15, 4), (16, 2), (16, 4), (17, 2)) v(cf, oid)
JOIN CustomFields c ON c.id = v.cf;

-- Articles and their classes.
CREATE TABLE Classes (
  id SERIAL,
  Name varchar(255) NOT NULL DEFAULT '',
  Description varchar(255) NOT NULL DEFAULT '',
  SortOrder integer NOT NULL DEFAULT 0,
  Disabled smallint NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
INSERT INTO Classes (Name, Description, SortOrder, Disabled, Creator, Created, LastUpdatedBy, LastUpdated) VALUES
 ('Knowledge base', 'Published on the self-service portal', 1, 0, 14, '2016-09-05 11:00:00', 14, '2022-01-10 09:00:00'),
 ('Canned replies', 'Inserted into replies from the ticket page', 2, 0, 14, '2016-09-05 11:01:00', 14, '2016-09-05 11:01:00'),
 ('Internal runbooks', 'Desk procedures, not public', 3, 0, 14, '2018-01-08 09:00:00', 14, '2024-02-20 10:00:00'),
 ('Archive', 'Superseded articles', 4, 1, 14, '2020-07-01 09:00:00', 14, '2020-07-01 09:00:00');

CREATE TABLE Articles (
  id SERIAL,
  Name varchar(255) NOT NULL DEFAULT '',
  Summary varchar(255) NOT NULL DEFAULT '',
  SortOrder integer NOT NULL DEFAULT 0,
  Class integer NOT NULL DEFAULT 0,
  Parent integer NOT NULL DEFAULT 0,
  URI varchar(255),
  Disabled smallint NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);

INSERT INTO Articles (Name, Summary, SortOrder, Class, Parent, URI, Disabled, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT nm, sm, k, cl, 0, NULL, CASE WHEN cl = 4 THEN 1 ELSE 0 END, 20 + 96 + fixture_gen.n('arc', k, 20), rtgen.at('arcr', k, '2017-01-01', '2024-06-01'),
       20 + 96 + fixture_gen.n('aru', k, 20), rtgen.at('arup', k, '2024-06-01', '2025-05-01')
FROM (SELECT row_number() OVER () AS k, * FROM (VALUES
 ('Connect to eduroam on Windows 11', 'Install the eduroam profile with geteduroam', 1),
 ('Connect to eduroam on Android', 'Use the geteduroam app; do not pick PEAP by hand', 1),
 ('Connect to eduroam on iPhone and iPad', 'Install the configuration profile', 1),
 ('Set up multi-factor authentication', 'Microsoft Authenticator or a hardware token', 1),
 ('Reset your password with self-service', 'Register two methods first', 1),
 ('Install Microsoft 365 on a personal device', 'Five installs per person', 1),
 ('Use the VPN (GlobalProtect)', 'Needed for the research shares off campus', 1),
 ('Borrow a laptop from the library', 'Loans of up to four weeks, deposit waived for hardship', 1),
 ('Report a phishing email', 'Use the Report button in Outlook', 1),
 ('Register a games console in halls', 'Find the MAC address and raise a ticket', 1),
 ('Request research data storage', 'RDS allocations above 1 TB need a data plan', 1),
 ('Teaching room AV quick start', 'Touch panel, HDMI and lecture capture', 1),
 ('Print from your own device', 'Retired with the move to Ricoh', 4),
 ('Password reset: identity check passed', 'Reply after a successful check at the desk', 2),
 ('Password reset: cannot verify identity', 'Ask the requester to come to the desk with photo ID', 2),
 ('Laptop loan agreement', 'Terms the borrower accepts', 2),
 ('Phishing report acknowledged', 'Thanks and what we did', 2),
 ('New starter account ready', 'Credentials go to the line manager', 2),
 ('Leaver account disabled', 'Mailbox kept for 30 days', 2),
 ('We need more information', 'Generic request for details', 2),
 ('Ticket resolved - please confirm', 'Sent with the satisfaction survey link', 2),
 ('Runbook: disabling a leaver', 'AD, Entra, mailbox forwarding, licences', 3),
 ('Runbook: compromised account', 'Revoke sessions, reset, check inbox rules', 3),
 ('Runbook: identity check before a reset', 'Photo ID at the desk, or video call with ID', 3),
 ('Runbook: laptop loan issue and return', 'Wipe, re-image, condition photos', 3),
 ('Runbook: Dell RMA via TechDirect', 'Log the case, attach diagnostics, Cc procurement', 3),
 ('Runbook: out-of-hours escalation', 'Call the on-call engineer from the rota', 3),
 ('Runbook: mailbox delegation for absent staff', 'Needs HR approval in writing', 3),
 ('Runbook: MAC registration for halls', 'ClearPass guest device portal', 3),
 ('Runbook: lecture capture failure', 'Check Panopto scheduler, re-queue recording', 3),
 ('Eduroam setup (old)', 'Superseded by geteduroam', 4),
 ('Office 2016 activation', 'Superseded', 4),
 ('Outlook keeps asking for a password', 'Clear cached credentials, check MFA', 1),
 ('Moodle: module not visible', 'Enrolment sync runs nightly', 1),
 ('Turnitin submission problems', 'File types, size limit, deadline extensions via the module leader', 1),
 ('OneDrive sync stuck', 'Reset OneDrive', 1)) v(nm, sm, cl)) x;
UPDATE Articles SET URI = 'fsck.com-article://kingsbridge.ac.uk/article/' || id;

CREATE TABLE ObjectClasses (
  id SERIAL,
  Class integer NOT NULL,
  ObjectType varchar(255) NOT NULL DEFAULT '',
  ObjectId integer NOT NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
INSERT INTO ObjectClasses (Class, ObjectType, ObjectId, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT c, 'RT::Queue', q, 14, '2018-01-08 09:10:00', 14, '2018-01-08 09:10:00' FROM (VALUES (1, 0), (2, 0), (3, 2), (3, 3), (3, 4), (3, 8), (3, 9)) v(c, q);

CREATE TABLE Topics (
  id SERIAL,
  Parent integer NOT NULL DEFAULT 0,
  Name varchar(255) NOT NULL DEFAULT '',
  Description varchar(255) NOT NULL DEFAULT '',
  ObjectType varchar(64) NOT NULL DEFAULT '',
  ObjectId integer NOT NULL,
  PRIMARY KEY (id)
);
INSERT INTO Topics (Parent, Name, Description, ObjectType, ObjectId) VALUES
 (0, 'Accounts', 'Passwords, MFA, access', 'RT::Class', 1), (0, 'Network', 'Wi-Fi, VPN, halls', 'RT::Class', 1), (0, 'Software', 'Microsoft 365, Moodle, Turnitin', 'RT::Class', 1),
 (0, 'Devices', 'Loans and hardware', 'RT::Class', 1), (0, 'Teaching', 'Rooms and capture', 'RT::Class', 1), (1, 'MFA', '', 'RT::Class', 1), (2, 'eduroam', '', 'RT::Class', 1),
 (0, 'Identity', 'Checks before resets', 'RT::Class', 3), (0, 'Suppliers', 'RMAs and orders', 'RT::Class', 3), (0, 'Security', 'Incidents', 'RT::Class', 3),
 (0, 'Replies', '', 'RT::Class', 2), (0, 'Archive', '', 'RT::Class', 4);

CREATE TABLE ObjectTopics (
  id SERIAL,
  Topic integer NOT NULL,
  ObjectType varchar(64) NOT NULL DEFAULT '',
  ObjectId integer NOT NULL,
  PRIMARY KEY (id)
);
INSERT INTO ObjectTopics (Topic, ObjectType, ObjectId)
SELECT CASE a.Class WHEN 1 THEN 1 + fixture_gen.n('otp', a.id, 7) WHEN 2 THEN 11 WHEN 3 THEN 8 + fixture_gen.n('otp3', a.id, 3) ELSE 12 END, 'RT::Article', a.id FROM Articles a
UNION ALL SELECT 7, 'RT::Article', id FROM Articles WHERE Name LIKE '%eduroam%'
UNION ALL SELECT 6, 'RT::Article', id FROM Articles WHERE Name LIKE '%multi-factor%' OR Name LIKE '%MFA%';

-- ---------------------------------------------------------------------------
-- Request Tracker: custom field values of tickets, users, articles and assets.

CREATE SEQUENCE objectcustomfieldvalues_id_s;
CREATE TABLE ObjectCustomFieldValues (
  id INTEGER DEFAULT nextval('objectcustomfieldvalues_id_s'),
  CustomField int NOT NULL,
  ObjectType varchar(255) NULL,
  ObjectId bigint NOT NULL,
  SortOrder integer NOT NULL DEFAULT 0,
  Content varchar(255) NULL,
  LargeContent text NULL,
  ContentType varchar(80) NULL,
  ContentEncoding varchar(80) NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  Disabled integer NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
CREATE INDEX ObjectCustomFieldValues1 ON ObjectCustomFieldValues (CustomField, ObjectType, ObjectId, Content);
CREATE INDEX ObjectCustomFieldValues2 ON ObjectCustomFieldValues (CustomField, ObjectType, ObjectId);

INSERT INTO ObjectCustomFieldValues (CustomField, ObjectType, ObjectId, SortOrder, Content, LargeContent, ContentType, ContentEncoding, Creator, Created, LastUpdatedBy, LastUpdated, Disabled)
SELECT cf, ot, oid, 0, c, lc, ct, ce, cr, at, cr, at, dis FROM (
  -- Tickets.
  SELECT 1 AS o, 4 AS cf, 'RT::Ticket' AS ot, 1000 + t.t AS oid,
         (ARRAY['Accounts and passwords', 'Accounts and passwords', 'Email and calendar', 'Microsoft Teams', 'Moodle', 'Wi-Fi and network', 'Printing', 'Hardware fault', 'Software request', 'Teaching room AV', 'Security', 'Purchasing'])
           [CASE t.q WHEN 3 THEN 1 WHEN 4 THEN 6 WHEN 5 THEN 10 WHEN 6 THEN 9 WHEN 7 THEN 12 WHEN 8 THEN 11 WHEN 9 THEN 8 WHEN 10 THEN 7 ELSE 3 + fixture_gen.n('ocat', t.t, 3) END] AS c,
         NULL AS lc, 'text/plain' AS ct, 'none' AS ce, 20 + t.r AS cr, t.cr + interval '2 seconds' AS at, 0 AS dis
  FROM rtgen.t t WHERE t.typ = 'ticket'
  UNION ALL SELECT 2, 5, 'RT::Ticket', 1000 + t.t, fixture_gen.pick(ARRAY['Just me', 'Just me', 'My team or class', 'A whole building'], 'oimp', t.t), NULL, 'text/plain', 'none', t.o, t.cr + interval '40 minutes', 0
  FROM rtgen.t t WHERE t.t % 3 = 0 AND t.o <> 6
  UNION ALL SELECT 3, 1, 'RT::Ticket', 1000 + t.t, p.studentno, NULL, 'text/plain', 'none', p.uid, t.cr + interval '2 seconds', 0
  FROM rtgen.t t JOIN rtgen.p p ON p.i = t.r WHERE t.q IN (3, 9) AND p.kind = 'student'
  UNION ALL SELECT 4, 2, 'RT::Ticket', 1000 + t.t, CASE WHEN t.t % 8 = 2 THEN 'ext ' || fixture_gen.digits('ocx', t.t, 4) ELSE p.mobile END, NULL, 'text/plain', 'none', p.uid, t.cr + interval '2 seconds', 0
  FROM rtgen.t t JOIN rtgen.p p ON p.i = t.r WHERE t.t % 4 = 2
  UNION ALL SELECT 5, 3, 'RT::Ticket', 1000 + t.t, fixture_gen.pick(ARRAY['Davy 3.07', 'PSQ A001', 'RLB 101', 'Library level 2, desk 14', 'Brunel Halls C-214', 'Babbage 112', 'Home'], 'orm', t.t), NULL, 'text/plain', 'none', 20 + t.r, t.cr + interval '2 seconds', 0
  FROM rtgen.t t WHERE t.q IN (2, 4, 5) AND t.t % 2 = 1
  UNION ALL SELECT 6, 6, 'RT::Ticket', 1000 + t.t, upper(regexp_replace(fixture_gen.hexn('omac', t.t * 10 + k, 12), '(..)(?!$)', '\1:', 'g')), NULL, 'text/plain', 'none', 20 + t.r, t.cr + interval '2 seconds', 0
  FROM rtgen.t t CROSS JOIN generate_series(1, 2) k WHERE t.q = 4 AND (k = 1 OR t.t % 3 = 0)
  UNION ALL SELECT 7, 7, 'RT::Ticket', 1000 + t.t, 'KU-LN-' || lpad((1 + fixture_gen.n('otag', t.t, 50))::text, 4, '0'), NULL, 'text/plain', 'none', t.o, t.cr + interval '1 hour', 0
  FROM rtgen.t t WHERE t.q = 9 AND t.o <> 6
  UNION ALL SELECT 8, 8, 'RT::Ticket', 1000 + t.t, to_char(p.dob, 'YYYY-MM-DD'), NULL, 'text/plain', 'none', t.o, t.cr + interval '25 minutes', 0
  FROM rtgen.t t JOIN rtgen.p p ON p.i = t.r WHERE t.q = 3 AND p.dob IS NOT NULL AND t.o <> 6
  UNION ALL SELECT 9, 9, 'RT::Ticket', 1000 + t.t, fixture_gen.pick(ARRAY['RMA ', 'Quote ', 'Case ', ''], 'osr', t.t) || fixture_gen.digits('osrn', t.t, 9), NULL, 'text/plain', 'none', t.o, t.cr + interval '3 hours', 0
  FROM rtgen.t t WHERE t.q = 7
  UNION ALL SELECT 10, 17, 'RT::Ticket', 1000 + t.t, 'Screenshot ' || to_char(t.cr, 'YYYY-MM-DD "at" HH24.MI.SS') || '.png', 'iVBORw0KGgoAAAANSUhEUgAA' || fixture_gen.b64('oimg', t.t, 240), 'image/png', 'base64', 20 + t.r, t.cr, 1
  FROM rtgen.t t WHERE t.t <= 12 AND t.q = 2
  -- Users.
  UNION ALL SELECT 11, 10, 'RT::User', p.uid, CASE WHEN p.kind = 'supplier' THEN 'External' WHEN p.dept IN ('School of Law', 'School of Art and Design', 'School of History') THEN 'Faculty of Arts, Humanities and Business'
                                            WHEN p.dept = 'School of Nursing' THEN 'Faculty of Health' WHEN p.dept LIKE 'School%' THEN 'Faculty of Science and Engineering' ELSE 'Professional services' END,
         NULL, 'text/plain', 'none', 1, rtgen.at('oufc', p.i, '2023-09-01', '2024-09-01'), 0
  FROM rtgen.p p WHERE p.i % 5 <> 4
  UNION ALL SELECT 12, 11, 'RT::User', p.uid, coalesce(p.studentno, ''), NULL, 'text/plain', 'none', 1, rtgen.at('ouid', p.i, '2023-09-01', '2024-09-01'), 0
  FROM rtgen.p p WHERE p.kind <> 'supplier'
  UNION ALL SELECT 13, 12, 'RT::User', p.uid, '', fixture_gen.pick(ARRAY[
      'Dyslexia and dyspraxia. Please give written summaries after any phone call, allow extra time to respond, and install Read&Write on loan laptops. Agreed with Disability Services on ' || to_char(rtgen.at('oadj', p.i, '2022-09-01', '2024-10-01'), 'DD/MM/YYYY') || '.',
      'Wheelchair user. Hand-overs of loan equipment at the accessible counter on Library level 1, not at the main desk.',
      'Anxiety disorder: prefers email, please avoid unannounced calls. If a call is needed, email first to agree a time.',
      'Visual impairment (registered blind). Large-print loan agreement; JAWS and ZoomText on loan laptops. Screen-reader friendly replies, no screenshots.',
      'Type 1 diabetes - may need to step away during desk appointments. No IT action needed; noted at student''s request.',
      'Deaf, BSL user. Contact by email or via the text relay service only; book an interpreter for desk visits through Disability Services.',
      'ADHD. Short step-by-step instructions, one action per message, please.'], 'oadt', p.i),
         'text/plain', 'none', 20 + 96 + fixture_gen.n('oadc', p.i, 20), rtgen.at('oadj', p.i, '2022-09-01', '2024-10-01'), 0
  FROM rtgen.p p WHERE p.kind = 'student' AND p.i % 8 IN (1, 4)
  -- Articles.
  UNION ALL SELECT 14, 13, 'RT::Article', a.id, '', '<h2>' || a.Name || '</h2><p>' || a.Summary || '.</p>'
         || CASE a.Class WHEN 3 THEN '<ol><li>Check the requester''s identity as described in the identity runbook.</li><li>Record what you did as a comment on the ticket, not a reply.</li><li>If in doubt, escalate to Tier 2 in Teams.</li></ol>'
                         WHEN 2 THEN '<p>Hello {$Ticket->Requestors->UserMembersObj->First->FirstName},</p><p>' || a.Summary || '.</p><p>Kind regards,<br/>IT Service Desk</p>'
                         ELSE '<ol><li>Open the Settings app.</li><li>Follow the steps shown on screen.</li><li>If it still does not work, raise a ticket at <a href="https://help.it.kingsbridge.ac.uk">help.it.kingsbridge.ac.uk</a> or call the desk on 01752 588588.</li></ol>' END,
         'text/html', 'none', a.Creator, a.Created, 0
  FROM Articles a
  -- Assets.
  UNION ALL SELECT 15, 14, 'RT::Asset', a.a, CASE WHEN a.cat = 4 AND a.a % 4 = 1 THEN 'C02' || fixture_gen.chars('oasn', a.a, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') ELSE fixture_gen.chars('oasn', a.a, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') END,
         NULL, 'text/plain', 'none', 14, a.cr, 0
  FROM rtgen.a a
  UNION ALL SELECT 16, 15, 'RT::Asset', a.a, '45' || fixture_gen.digits('oapo', a.a / 10, 8), NULL, 'text/plain', 'none', 14, a.cr, 0
  FROM rtgen.a a WHERE a.cat IN (2, 4)
  UNION ALL SELECT 17, 16, 'RT::Asset', a.a, to_char(a.cr + interval '3 years', 'YYYY-MM-DD'), NULL, 'text/plain', 'none', 14, a.cr, 0
  FROM rtgen.a a WHERE a.cat IN (2, 4)
) x ORDER BY at, o;

-- Old values, kept disabled as RT keeps them when a value is replaced.
INSERT INTO ObjectCustomFieldValues (CustomField, ObjectType, ObjectId, SortOrder, Content, LargeContent, ContentType, ContentEncoding, Creator, Created, LastUpdatedBy, LastUpdated, Disabled)
SELECT 2, 'RT::Ticket', 1000 + t.t, 0, fixture_gen.phone('ocold', t.t), NULL, 'text/plain', 'none', 20 + t.r, t.cr, t.o, t.cr + interval '1 day', 1
FROM rtgen.t t WHERE t.t % 4 = 2 AND t.t % 3 = 0;

-- ---------------------------------------------------------------------------
-- Request Tracker: transactions (every change and message) and attachments
-- (the messages, part by part).

CREATE TABLE rtgen.tx AS
SELECT row_number() OVER (ORDER BY created, ot, oid, tk) AS id, * FROM (
  SELECT 'RT::Ticket'::text AS ot, 1000 + t.t AS oid, tk, ty, fld, ov, nv, rt, oref, nref, dat, crt, created, tt, t.t AS tno FROM rtgen.t t
  JOIN rtgen.p p ON p.i = t.r
  CROSS JOIN LATERAL (VALUES
    (1, 'Create', NULL, NULL, NULL, NULL, NULL::int, NULL::int, NULL, p.uid, t.cr, 0),
    (2, CASE WHEN t.typ = 'ticket' THEN 'EmailRecord' END, NULL, NULL, NULL, NULL, NULL, NULL, '<rt-5.0.5-' || (2000 + t.t * 7)::text || '-' || extract(epoch FROM t.cr)::bigint || '-' || (100 + t.t % 900)::text || '.' || (1000 + t.t) || '-5-0@kingsbridge.ac.uk>', 1, t.cr + interval '1 second', 0),
    (3, CASE WHEN t.typ = 'ticket' THEN 'CustomField' END, '4', NULL, NULL, 'RT::ObjectCustomFieldValue', NULL, (SELECT min(id) FROM ObjectCustomFieldValues v WHERE v.CustomField = 4 AND v.ObjectId = 1000 + t.t), NULL, p.uid, t.cr + interval '2 seconds', 0),
    (4, CASE WHEN t.o <> 6 THEN 'Set' END, 'Owner', '6', t.o::text, NULL, NULL, NULL, NULL, t.o, t.cr + make_interval(mins => 5 + fixture_gen.n('txo', t.t, 120)), 0),
    (5, CASE WHEN t.st <> 'new' THEN 'Status' END, 'Status', 'new', 'open', NULL, NULL, NULL, NULL, t.o, t.cr + make_interval(mins => 6 + fixture_gen.n('txo', t.t, 120)), 0),
    (6, CASE WHEN t.st <> 'new' AND t.typ = 'ticket' THEN 'Correspond' END, NULL, NULL, NULL, NULL, NULL, NULL, NULL, t.o, t.cr + make_interval(mins => 30 + fixture_gen.n('txc', t.t, 600)), 5 * fixture_gen.n('txtt', t.t, 4)),
    (7, CASE WHEN t.st <> 'new' AND t.typ = 'ticket' THEN 'EmailRecord' END, NULL, NULL, NULL, NULL, NULL, NULL, '<rt-5.0.5-' || (2000 + t.t * 7 + 3)::text || '-' || (extract(epoch FROM t.cr)::bigint + 1800) || '-' || (100 + t.t % 900)::text || '.' || (1000 + t.t) || '-7-0@kingsbridge.ac.uk>', 1, t.cr + make_interval(mins => 30 + fixture_gen.n('txc', t.t, 600), secs => 1), 0),
    (8, CASE WHEN t.st <> 'new' AND t.t % 2 = 0 AND t.typ = 'ticket' THEN 'Correspond' END, NULL, NULL, NULL, NULL, NULL, NULL, NULL, p.uid, t.cr + make_interval(mins => 700 + fixture_gen.n('txr', t.t, 900)), 0),
    (9, CASE WHEN t.t % 3 = 0 AND t.o <> 6 THEN 'Comment' END, NULL, NULL, NULL, NULL, NULL, NULL, NULL, t.o, t.cr + make_interval(mins => 45 + fixture_gen.n('txm', t.t, 600)), 5),
    (10, CASE WHEN t.cc IS NOT NULL THEN 'AddWatcher' END, 'Cc', NULL, (20 + t.cc)::text, NULL, NULL, NULL, NULL, t.o, t.cr + interval '1 hour', 0),
    (11, CASE WHEN t.t % 11 = 0 AND t.typ = 'ticket' THEN 'Set' END, 'Subject', fixture_gen.pick(ARRAY['help', 'URGENT!!!', '(no subject)', 'Fwd: ' || p.realname, 'question from ' || p.first], 'txs', t.t), NULL, NULL, NULL, NULL, NULL, t.o, t.cr + interval '50 minutes', 0),
    (12, CASE WHEN t.st IN ('resolved', 'rejected', 'stalled') THEN 'Status' END, 'Status', 'open', t.st, NULL, NULL, NULL, NULL, t.o, t.rs, 0),
    (13, CASE WHEN t.t % 4 = 3 AND t.o <> 6 THEN 'Set' END, 'TimeWorked', '0', (5 * (1 + fixture_gen.n('ttw', t.t, 24)))::text, NULL, NULL, NULL, NULL, t.o, t.cr + interval '3 hours', 0),
    (14, CASE WHEN t.q = 3 AND t.o <> 6 AND t.t % 2 = 1 THEN 'CustomField' END, '8', NULL, NULL, 'RT::ObjectCustomFieldValue', NULL, (SELECT min(id) FROM ObjectCustomFieldValues v WHERE v.CustomField = 8 AND v.ObjectId = 1000 + t.t), NULL, t.o, t.cr + interval '25 minutes', 0),
    (15, CASE WHEN t.t % 4 = 2 AND t.t % 3 = 0 THEN 'CustomField' END, '2', NULL, NULL, 'RT::ObjectCustomFieldValue',
         (SELECT min(id) FROM ObjectCustomFieldValues v WHERE v.CustomField = 2 AND v.ObjectId = 1000 + t.t AND v.Disabled = 1), (SELECT min(id) FROM ObjectCustomFieldValues v WHERE v.CustomField = 2 AND v.ObjectId = 1000 + t.t AND v.Disabled = 0), NULL, t.o, t.cr + interval '1 day', 0)
  ) v(tk, ty, fld, ov, nv, rt, oref, nref, dat, crt, created, tt)
  WHERE ty IS NOT NULL
  UNION ALL
  -- Changes to users: the feed and analysts correcting contact details.
  SELECT 'RT::User', p.uid, tk, ty, fld, ov, nv, NULL, NULL, NULL, NULL, crt, created, 0, NULL FROM rtgen.p p
  CROSS JOIN LATERAL (VALUES
    (1, 'Create', NULL, NULL, NULL, 1, rtgen.at('ucr', p.i, '2017-01-01', '2024-09-30')),
    (2, CASE WHEN p.kind = 'student' AND p.i % 3 = 1 THEN 'Set' END, 'EmailAddress', p.personal_email, p.email, 1, rtgen.at('utx2', p.i, '2024-10-01', '2025-05-01')),
    (3, CASE WHEN p.i % 7 = 2 THEN 'Set' END, 'MobilePhone', fixture_gen.phone('uoldm', p.i), p.mobile, 20 + 96 + fixture_gen.n('utxa', p.i, 20), rtgen.at('utx3', p.i, '2024-10-01', '2025-05-01')),
    (4, CASE WHEN p.i % 13 = 5 THEN 'Set' END, 'RealName', p.first || ' ' || fixture_gen.last_name('uoldn', p.i), p.realname, 1, rtgen.at('utx4', p.i, '2024-10-01', '2025-05-01')),
    (5, CASE WHEN p.kind = 'student' AND p.i % 10 = 3 THEN 'Set' END, 'Address1', fixture_gen.street('uolda', p.i), p.street, 1, rtgen.at('utx5', p.i, '2024-10-01', '2025-05-01'))
  ) v(tk, ty, fld, ov, nv, crt, created)
  WHERE ty IS NOT NULL
  UNION ALL
  -- Group membership changes.
  SELECT 'RT::Group', gm.GroupId, 1, 'AddMember', NULL, NULL, gm.MemberId::text, NULL, NULL, NULL, NULL, gm.Creator, gm.Created, 0, NULL
  FROM GroupMembers gm WHERE gm.GroupId BETWEEN 200 AND 211
  UNION ALL
  -- Assets.
  SELECT 'RT::Asset', a.a, 1, 'Create', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 14, a.cr, 0, NULL FROM rtgen.a a
  UNION ALL
  SELECT 'RT::Asset', a.a, 2, 'AddWatcher', CASE WHEN a.cat = 2 THEN 'HeldBy' ELSE 'Owner' END, NULL, (20 + a.holder)::text, NULL, NULL, NULL, NULL, 14, a.cr + interval '1 day', 0, NULL FROM rtgen.a a WHERE a.holder IS NOT NULL
) x;

CREATE SEQUENCE transactions_id_seq;
CREATE TABLE Transactions (
  id BIGINT DEFAULT nextval('transactions_id_seq'),
  ObjectType varchar(255) NOT NULL,
  ObjectId integer NOT NULL DEFAULT 0,
  TimeTaken integer NOT NULL DEFAULT 0,
  Type varchar(20) NULL,
  Field varchar(255) NULL,
  OldValue varchar(255) NULL,
  NewValue varchar(255) NULL,
  ReferenceType varchar(255) NULL,
  OldReference integer NULL,
  NewReference integer NULL,
  Data varchar(255) NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX Transactions1 ON Transactions (ObjectType, ObjectId);

INSERT INTO Transactions (id, ObjectType, ObjectId, TimeTaken, Type, Field, OldValue, NewValue, ReferenceType, OldReference, NewReference, Data, Creator, Created)
SELECT id, ot, oid, tt, ty, fld, ov, nv, rt, oref, nref, dat, crt, created FROM rtgen.tx ORDER BY id;
-- The subject change's new value is the ticket's subject.
UPDATE Transactions x SET NewValue = t.Subject FROM Tickets t WHERE x.ObjectType = 'RT::Ticket' AND x.ObjectId = t.id AND x.Field = 'Subject';

CREATE SEQUENCE attachments_id_seq;
CREATE TABLE Attachments (
  id BIGINT DEFAULT nextval('attachments_id_seq'),
  TransactionId bigint NOT NULL,
  Parent bigint NOT NULL DEFAULT 0,
  MessageId varchar(160) NULL,
  Subject varchar(255) NULL,
  Filename varchar(255) NULL,
  ContentType varchar(80) NULL,
  ContentEncoding varchar(80) NULL,
  Content text NULL,
  Headers text NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX Attachments1 ON Attachments (Parent);
CREATE INDEX Attachments2 ON Attachments (TransactionId);
CREATE INDEX Attachments4 ON Attachments (Filename);

-- The messages' plan: who wrote, how, and what.
CREATE TABLE rtgen.msg AS
SELECT x.id AS txid, x.ty, x.tno, x.created, x.crt, x.dat, tk.id AS ticket, tk.Subject AS subj, t.q,
       rq.first AS rfirst, rq.realname AS rname, CASE WHEN rq.kind = 'student' AND rq.i % 3 = 0 THEN rq.personal_email ELSE rq.email END AS remail, rq.mobile AS rmobile,
       rq.studentno AS rstudentno, rq.kind AS rkind, rq.org AS rorg, rq.title AS rtitle, rq.i AS ri,
       ow.realname AS oname, ow.email AS oemail, u.Signature AS osig,
       CASE WHEN x.ty = 'Create' AND (x.tno % 4 = 1) THEN 'Web' WHEN x.ty IN ('Create') OR (x.ty = 'Correspond' AND x.crt = rq.uid) THEN 'Email' WHEN x.ty = 'EmailRecord' THEN 'Out' ELSE 'Web' END AS iface,
       CASE WHEN x.tno % 6 = 0 AND x.ty IN ('Create', 'Correspond') AND x.crt = rq.uid THEN fixture_gen.pick(ARRAY[
              'screenshot.png', 'image001.png', 'IMG_' || fixture_gen.digits('mfn', x.id, 4) || '.jpg', 'error.PNG', 'Screenshot 2024-03-12 101522.png',
              CASE WHEN t.q IN (3, 8) THEN 'passport_' || fixture_gen.ascii(rq.first) || '_' || fixture_gen.ascii(rq.last) || '.jpg' ELSE 'photo.jpg' END,
              CASE WHEN t.q = 9 THEN 'DSA needs assessment - ' || rq.realname || '.pdf' ELSE 'error-log.txt' END,
              CASE WHEN t.q = 7 THEN 'Quote KU-' || fixture_gen.digits('mfq', x.id, 6) || '.pdf' ELSE 'IMG_' || fixture_gen.digits('mfn2', x.id, 4) || '.HEIC' END,
              CASE WHEN rq.studentno IS NOT NULL THEN 'student-card-' || rq.studentno || '.jpg' ELSE 'scan0001.pdf' END], 'mfp', x.id) END AS fname,
       fixture_gen.ipv4('mip', x.id) AS ip
FROM rtgen.tx x JOIN rtgen.t t ON t.t = x.tno JOIN Tickets tk ON tk.id = 1000 + t.t JOIN rtgen.p rq ON rq.i = t.r
LEFT JOIN rtgen.p ow ON ow.uid = t.o LEFT JOIN Users u ON u.id = t.o
WHERE x.ot = 'RT::Ticket' AND x.ty IN ('Create', 'Correspond', 'Comment', 'EmailRecord');

ALTER TABLE rtgen.msg ADD COLUMN body text, ADD COLUMN msgid text;
UPDATE rtgen.msg m SET msgid = CASE WHEN m.iface = 'Out' THEN m.dat
                                    WHEN m.iface = 'Web' THEN '<rt-5.0.5-' || (3000 + m.txid)::text || '-' || extract(epoch FROM m.created)::bigint || '-' || (m.txid % 97)::text || '.' || m.ticket || '-0-0@kingsbridge.ac.uk>'
                                    WHEN m.remail LIKE '%gmail.com' THEN '<CA' || fixture_gen.chars('mgm', m.txid, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-') || '@mail.gmail.com>'
                                    WHEN m.remail LIKE '%kingsbridge.ac.uk' THEN '<' || upper(fixture_gen.hexn('mol', m.txid, 8)) || '.' || upper(fixture_gen.hexn('mo2', m.txid, 16)) || '@LO2P265MB' || fixture_gen.digits('mo3', m.txid, 4) || '.GBRP265.PROD.OUTLOOK.COM>'
                                    ELSE '<' || fixture_gen.hexn('mmi', m.txid, 24) || '@' || split_part(m.remail, '@', 2) || '>' END;
UPDATE rtgen.msg m SET body = CASE
  WHEN m.ty = 'EmailRecord' THEN E'Greetings,\n\nThis message has been automatically generated in response to the creation of a trouble ticket regarding:\n\t"' || m.subj
       || E'",\na summary of which appears below.\n\nThere is no need to reply to this message right now. Your ticket has been assigned an ID of [KU IT #' || m.ticket
       || E'].\n\nPlease include the string:\n\n         [KU IT #' || m.ticket || E']\n\nin the subject line of all future correspondence about this issue. To do so, you may reply to this message.\n\n                        Thank you,\n                        IT Service Desk\n                        servicedesk@kingsbridge.ac.uk'
  WHEN m.ty = 'Comment' THEN fixture_gen.pick(ARRAY[
       'Checked Entra sign-in logs: 14 failed attempts from ' || m.ip || ' (Lagos) before the lockout. Revoked sessions, reset MFA.',
       'Called ' || m.rfirst || ' on ' || m.rmobile || ', no answer. Left voicemail.',
       'Waiting on Dell, RMA logged in TechDirect.',
       'ID seen at the desk (UK driving licence), matches SITS record. OK to reset.',
       'Duplicate of the ticket raised by the module leader - merging.',
       'Needs approval from IT Managers before ordering.',
       'Known issue with the Davy access point, see change CHG0041.',
       'Student says the laptop was dropped in halls. Charge the damage fee per the loan agreement.'], 'mcm', m.txid)
  WHEN m.crt = 20 + m.ri THEN
       fixture_gen.pick(ARRAY['Hi,', 'Hello,', 'Dear IT Service Desk,', 'Hi there', 'Good morning,', ''], 'mgr', m.txid) || E'\n\n'
       || CASE WHEN m.ty = 'Correspond' THEN fixture_gen.pick(ARRAY['Thanks, that worked.', 'It still does not work, I get the same error.', 'I can come to the desk tomorrow at 10 with my passport.', 'Sorry, I was away. Is the laptop still available?', 'Please close this, sorted now.'], 'mcr', m.txid)
               WHEN m.q = 7 THEN fixture_gen.pick(ARRAY['Please find attached our quote as requested, valid for 30 days.', 'The replacement units were dispatched today, tracking to follow.', 'Your renewal is due on 31 July; let me know if the seat count changes.'], 'mq7', m.txid)
               ELSE fixture_gen.pick(ARRAY['I cannot log in since this morning, it says my password is wrong but I have not changed it.', 'My laptop will not connect to eduroam in the library, it keeps asking for a certificate.',
                      'I have an essay due on Friday and Turnitin keeps failing with an error.', 'I need a laptop on loan while I wait for my DSA equipment, my needs assessment is attached.',
                      'I got an email asking me to confirm my payroll details, it looks fake.', 'The projector in my lecture room shows no signal from the lectern PC.',
                      'I changed my phone and now the Authenticator app does not have my account.', fixture_gen.sentence('msn', m.txid)], 'mbd', m.txid) END
       || E'\n\n' || CASE WHEN m.rkind = 'supplier' THEN E'Best regards,\n' || m.rname || E'\n' || m.rtitle || ' | ' || m.rorg || E'\nT: ' || m.rmobile || E'\nE: ' || m.remail
                          ELSE fixture_gen.pick(ARRAY[E'Thanks,\n' || m.rfirst, E'Kind regards,\n' || m.rname || coalesce(E'\nStudent number: ' || m.rstudentno, ''), E'Thanks\n' || m.rname || E'\n' || m.rmobile, E'Sent from my iPhone', E'Cheers', E'Many thanks,\n' || m.rname], 'msg', m.txid) END
  ELSE 'Hi ' || m.rfirst || E',\n\n' || fixture_gen.pick(ARRAY['Thanks for getting in touch. I have reset your password; you will be asked to change it when you next sign in.',
                      'Could you send us a screenshot of the error, and tell us which building you are in?', 'Your loan laptop is ready to collect from the Library desk. Please bring your student card.',
                      'We have removed the old MFA method; please register the Authenticator app again at aka.ms/mfasetup.', 'The projector has been replaced, let us know if there are further problems.',
                      'Thanks for reporting this phishing email. We have blocked the sender and removed the message from all mailboxes.'], 'mst', m.txid)
       || E'\n\n' || coalesce(m.osig, 'IT Service Desk') END;

INSERT INTO Attachments (TransactionId, Parent, MessageId, Subject, Filename, ContentType, ContentEncoding, Content, Headers, Creator, Created)
SELECT m.txid, 0, m.msgid,
       CASE WHEN m.ty = 'EmailRecord' THEN '[KU IT #' || m.ticket || '] AutoReply: ' || m.subj WHEN m.ty = 'Correspond' AND m.iface = 'Email' THEN 'Re: [KU IT #' || m.ticket || '] ' || m.subj WHEN m.ty = 'Create' THEN m.subj ELSE '' END,
       NULL,
       CASE WHEN m.ty = 'EmailRecord' THEN 'text/plain' WHEN m.fname IS NOT NULL THEN 'multipart/mixed' ELSE 'multipart/alternative' END,
       CASE WHEN m.ty = 'EmailRecord' THEN 'none' END,
       CASE WHEN m.ty = 'EmailRecord' THEN m.body END,
       CASE m.iface
         WHEN 'Out' THEN 'MIME-Version: 1.0' || E'\nX-Mailer: MIME-tools 5.509 (Entity 5.509)\nContent-Type: text/plain; charset="utf-8"\nX-RT-Loop-Prevention: KU IT\nRT-Ticket: KU IT #' || m.ticket
              || E'\nManaged-BY: RT 5.0.5 (http://www.bestpractical.com/rt/)\nRT-Originator: servicedesk@kingsbridge.ac.uk\nTo: ' || m.remail || E'\nFrom: "IT Service Desk" <servicedesk@kingsbridge.ac.uk>\nSubject: [KU IT #' || m.ticket || '] AutoReply: ' || m.subj
              || E'\nMessage-ID: ' || m.msgid || E'\nPrecedence: bulk\nAuto-Submitted: auto-replied\nContent-Transfer-Encoding: 8bit\nContent-Length: ' || octet_length(m.body)
         WHEN 'Email' THEN 'Return-Path: <' || m.remail || E'>\nReceived: from ' || CASE WHEN m.remail LIKE '%kingsbridge.ac.uk' THEN 'GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2101.outbound.protection.outlook.com [40.107.' || (m.txid % 250) || '.' || (m.txid % 200) || '])'
              ELSE 'mail-ej1-f' || (m.txid % 90) || '.google.com (mail-ej1-f' || (m.txid % 90) || '.google.com [' || m.ip || '])' END
              || E'\n\tby mx1.kingsbridge.ac.uk (Postfix) with ESMTPS id ' || upper(fixture_gen.hexn('mqid', m.txid, 11)) || E'\n\tfor <servicedesk@kingsbridge.ac.uk>; ' || to_char(m.created, 'Dy, DD Mon YYYY HH24:MI:SS') || ' +0000'
              || E'\nFrom: ' || CASE WHEN m.txid % 5 = 0 THEN m.remail ELSE '"' || m.rname || '" <' || m.remail || '>' END || E'\nTo: "IT Service Desk" <servicedesk@kingsbridge.ac.uk>'
              || CASE WHEN m.txid % 7 = 0 THEN E'\nCc: ' || m.oemail ELSE '' END || E'\nSubject: ' || m.subj || E'\nDate: ' || to_char(m.created, 'Dy, DD Mon YYYY HH24:MI:SS') || ' +0000'
              || E'\nMessage-ID: ' || m.msgid || E'\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="0000000000' || fixture_gen.hexn('mbnd', m.txid, 16) || '"'
              || CASE WHEN m.txid % 3 = 0 THEN E'\nX-Originating-IP: [' || m.ip || ']' ELSE '' END || E'\nX-RT-Interface: Email\nX-RT-Mail-Extension: servicedesk\nContent-Length: 0'
         ELSE 'MIME-Version: 1.0' || E'\nX-Mailer: MIME-tools 5.509 (Entity 5.509)\nContent-Type: multipart/mixed; boundary="----------=_' || extract(epoch FROM m.created)::bigint || '-' || (4000 + m.txid % 5000) || '-0"'
              || E'\nX-RT-Interface: Web\nMessage-ID: ' || m.msgid || E'\nRT-Originator: ' || coalesce(CASE WHEN m.ty = 'Create' THEN m.remail ELSE m.oemail END, '') || E'\nContent-Length: 0' END,
       m.crt, m.created
FROM rtgen.msg m ORDER BY m.txid;

INSERT INTO Attachments (TransactionId, Parent, MessageId, Subject, Filename, ContentType, ContentEncoding, Content, Headers, Creator, Created)
SELECT m.txid, a.id, NULL, '', NULL, 'text/plain', 'none', m.body,
       'Content-Type: text/plain; charset="utf-8"' || E'\nContent-Disposition: inline\nContent-Transfer-Encoding: 8bit\nX-RT-Original-Encoding: utf-8\nContent-Length: ' || octet_length(m.body),
       m.crt, m.created
FROM rtgen.msg m JOIN Attachments a ON a.TransactionId = m.txid AND a.Parent = 0 WHERE m.ty <> 'EmailRecord' ORDER BY m.txid;

INSERT INTO Attachments (TransactionId, Parent, MessageId, Subject, Filename, ContentType, ContentEncoding, Content, Headers, Creator, Created)
SELECT m.txid, a.id, NULL, '', m.fname,
       CASE WHEN m.fname ~* '\.pdf$' THEN 'application/pdf' WHEN m.fname ~* '\.txt$' THEN 'text/plain' WHEN m.fname ~* '\.png$' THEN 'image/png' WHEN m.fname ~* '\.heic$' THEN 'image/heic' ELSE 'image/jpeg' END,
       CASE WHEN m.fname ~* '\.txt$' THEN 'none' ELSE 'base64' END,
       CASE WHEN m.fname ~* '\.txt$' THEN 'Error 0x80190001: An unexpected error occurred during sign-in. Correlation ID ' || fixture_gen.uuid('mcid', m.txid) || ', timestamp ' || to_char(m.created, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            ELSE fixture_gen.b64('mfile1', m.txid, 240) || fixture_gen.b64('mfile2', m.txid, 240) END,
       'Content-Type: ' || CASE WHEN m.fname ~* '\.pdf$' THEN 'application/pdf' WHEN m.fname ~* '\.png$' THEN 'image/png' ELSE 'image/jpeg' END || '; name="' || m.fname || '"'
         || E'\nContent-Disposition: attachment; filename="' || m.fname || E'"\nContent-Transfer-Encoding: base64\nContent-Length: 480',
       m.crt, m.created
FROM rtgen.msg m JOIN Attachments a ON a.TransactionId = m.txid AND a.Parent = 0 WHERE m.fname IS NOT NULL ORDER BY m.txid;

-- Links between tickets, and to assets and outside pages.
CREATE SEQUENCE links_id_seq;
CREATE TABLE Links (
  id INTEGER DEFAULT nextval('links_id_seq'),
  Base varchar(240) NULL,
  Target varchar(240) NULL,
  Type varchar(20) NOT NULL,
  LocalTarget integer NOT NULL DEFAULT 0,
  LocalBase integer NOT NULL DEFAULT 0,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX Links1 ON Links (Base);
CREATE INDEX Links2 ON Links (Target);

INSERT INTO Links (Base, Target, Type, LocalTarget, LocalBase, LastUpdatedBy, LastUpdated, Creator, Created)
SELECT 'fsck.com-rt://kingsbridge.ac.uk/ticket/' || (1000 + t.t), tg, ty, lt, 1000 + t.t, t.o, t.cr + interval '2 hours', t.o, t.cr + interval '2 hours'
FROM rtgen.t t CROSS JOIN LATERAL (VALUES
  (CASE WHEN t.t % 5 = 0 AND t.t > 5 THEN 'fsck.com-rt://kingsbridge.ac.uk/ticket/' || (1000 + t.t - 1 - fixture_gen.n('lk', t.t, 4)) END, 'RefersTo', 1000 + t.t - 1 - fixture_gen.n('lk', t.t, 4)),
  (CASE WHEN t.q = 9 AND t.o <> 6 THEN 'asset://kingsbridge.ac.uk/' || (1 + fixture_gen.n('otag', t.t, 50)) END, 'RefersTo', 0),
  (CASE WHEN t.q = 7 AND t.t % 2 = 1 THEN 'fsck.com-rt://kingsbridge.ac.uk/ticket/' || (1000 + greatest(1, t.t - 3)) END, 'DependsOn', 1000 + greatest(1, t.t - 3)),
  (CASE WHEN t.q = 4 AND t.t % 3 = 1 THEN 'https://status.kingsbridge.ac.uk/incidents/' || fixture_gen.chars('lst', t.t, 12, 'abcdefghijklmnopqrstuvwxyz0123456789') END, 'RefersTo', 0),
  (CASE WHEN t.t IN (23, 58, 91) THEN 'fsck.com-rt://kingsbridge.ac.uk/ticket/' || (999 + t.t) END, 'MergedInto', 999 + t.t),
  (CASE WHEN t.typ = 'reminder' THEN 'fsck.com-rt://kingsbridge.ac.uk/ticket/' || (1000 + t.t - 1) END, 'RefersTo', 1000 + t.t - 1)
) v(tg, ty, lt) WHERE tg IS NOT NULL ORDER BY t.cr;

-- ---------------------------------------------------------------------------
-- Request Tracker: templates, scrips and custom roles.

CREATE SEQUENCE templates_id_seq;
CREATE TABLE Templates (
  id INTEGER DEFAULT nextval('templates_id_seq'),
  Queue integer NOT NULL DEFAULT 0,
  Name varchar(200) NOT NULL,
  Description varchar(255) NULL,
  Type varchar(16) NULL,
  Content text NULL,
  LastUpdated TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  PRIMARY KEY (id)
);

INSERT INTO Templates (Queue, Name, Description, Type, Content, LastUpdated, LastUpdatedBy, Creator, Created)
SELECT q, nm, ds, ty, ct, '2016-08-30 10:12:01'::timestamp + make_interval(days => (k * 37)::int), CASE WHEN q = 0 THEN 1 ELSE 14 END, CASE WHEN q = 0 THEN 1 ELSE 14 END, '2016-08-30 10:12:01'::timestamp + make_interval(mins => k::int)
FROM (SELECT row_number() OVER () AS k, * FROM (VALUES
 (0, 'Blank', 'A blank template', 'Perl', ''),
 (0, 'Autoreply', 'Plain text Autoresponse template', 'Perl', E'Subject: AutoReply: {$Ticket->Subject}\n\nGreetings,\n\nThis message has been automatically generated in response to the\ncreation of a trouble ticket regarding:\n\t"{$Ticket->Subject()}",\na summary of which appears below.\n\nThere is no need to reply to this message right now.  Your ticket has been\nassigned an ID of { $Ticket->SubjectTag }.\n\nPlease include the string:\n\n         { $Ticket->SubjectTag }\n\nin the subject line of all future correspondence about this issue. To do so,\nyou may reply to this message.\n\n                        Thank you,\n                        {$Ticket->QueueObj->CorrespondAddress()}\n\n-------------------------------------------------------------------------\n{$Transaction->Content()}\n'),
 (0, 'Autoreply in HTML', 'HTML Autoresponse template', 'Perl', E'Subject: AutoReply: {$Ticket->Subject}\nContent-Type: text/html\n\n<p>Greetings,</p>\n<p>This message has been automatically generated in response to the creation of a trouble ticket regarding <b>{$Ticket->Subject()}</b>, a summary of which appears below.</p>\n<p>Your ticket has been assigned an ID of <b>{$Ticket->SubjectTag}</b>.</p>\n<p>Thank you,<br/>{$Ticket->QueueObj->CorrespondAddress()}</p>\n<hr/>\n{$Transaction->Content(Type => ''text/html'')}\n'),
 (0, 'Transaction', 'Default transaction template', 'Perl', E'RT-Attach-Message: yes\n\n\n{$Transaction->CreatedAsString}: Request {$Ticket->id} was acted upon.\n Transaction: {$Transaction->Description}\n       Queue: {$Ticket->QueueObj->Name}\n     Subject: {$Transaction->Subject || $Ticket->Subject || "(No subject given)"}\n       Owner: {$Ticket->OwnerObj->Name}\n  Requestors: {$Ticket->RequestorAddresses}\n      Status: {$Ticket->Status}\n Ticket <URL: {RT->Config->Get(''WebURL'')}Ticket/Display.html?id={$Ticket->id} >\n\n\n{$Transaction->Content()}\n'),
 (0, 'Admin Correspondence', 'Admin Correspondence template', 'Perl', E'RT-Attach-Message: yes\n\n\n<URL: {RT->Config->Get(''WebURL'')}Ticket/Display.html?id={$Ticket->id} >\n\n{$Transaction->Content()}\n'),
 (0, 'Correspondence', 'Default correspondence template', 'Perl', E'RT-Attach-Message: yes\n\n{$Transaction->Content()}\n'),
 (0, 'Admin Comment', 'Default admin comment template', 'Perl', E'Subject: [Comment] {my $s=($Transaction->Subject||$Ticket->Subject||""); $s =~ s/\\[Comment\\]\\s*//g; $s =~ s/^Re:\\s*//i; $s;}\nRT-Attach-Message: yes\n\n\n{RT->Config->Get(''WebURL'')}Ticket/Display.html?id={$Ticket->id}\nThis is a comment.  It is not sent to the Requestor(s):\n\n{$Transaction->Content()}\n'),
 (0, 'Status Change', 'Ticket status changed', 'Perl', E'Subject: Status Changed to: {$Transaction->NewValue}\n\n\n{RT->Config->Get(''WebURL'')}Ticket/Display.html?id={$Ticket->id}\n\n{$Transaction->Content()}\n'),
 (0, 'Resolved', 'Ticket Resolved', 'Perl', E'Subject: Resolved: {$Ticket->Subject}\n\nAccording to our records, your request has been resolved. If you have any\nfurther questions or concerns, please respond to this message.\n\nHow did we do? {RT->Config->Get(''WebURL'')}survey/{$Ticket->id}\n'),
 (0, 'Forward', 'Forwarded message', 'Perl', E'\n\n{ $ForwardTransaction->Content =~ /\\S/ ? $ForwardTransaction->Content : "This is a forward of transaction #".$Transaction->id." of ticket #". $Ticket->id }\n'),
 (0, 'Email Digest', 'Email template for periodic notification digests', 'Perl', E'Subject: RT Email Digest\n\n{ $Argument }\n'),
 (0, 'Error: bad encrypted data', 'Inform user that a message he sent has invalid encryption data', 'Perl', E'Subject: We received a message we cannot decrypt\n\nYour message was received but cannot be decrypted.\n'),
 (0, 'Error to RT owner: public key', 'Inform RT owner that user''s key has problems', 'Perl', E'Subject: Some users have problems with public keys\n\nYou received this message as RT has problems with public keys of the following user:\n{ foreach my $e ( @BadRecipients ) { $OUT .= "* ". $e->{''Message''} ."\\n"; } }'),
 (3, 'Password reset instructions', 'Sent after an identity check', 'Perl', E'Subject: Your password has been reset\n\nHello {$Ticket->Requestors->UserMembersObj->First->RealName},\n\nYour password has been reset. Sign in at https://login.kingsbridge.ac.uk with the temporary password given to you at the desk; you will be asked to choose a new one.\n\nIT Service Desk\n'),
 (3, 'New starter credentials to manager', 'To the line manager custom role', 'Perl', E'Subject: Account ready for {$Ticket->FirstCustomFieldValue(''Staff or student ID'')}\n\nThe account is ready. The temporary password will be sent by SMS to the number HR holds.\n'),
 (8, 'Phishing acknowledgement', 'Autoreply for phishing reports', 'Perl', E'Subject: Thanks for reporting: {$Ticket->Subject}\n\nThank you for reporting this message. Do not click links in it or reply to it. If you entered your password, reset it now at https://passwordreset.microsoftonline.com and tell us in reply to this email.\n'),
 (9, 'Laptop loan agreement', 'Sent when a loan laptop is issued', 'Perl', E'Subject: Your loan laptop {$Ticket->FirstCustomFieldValue(''Asset tag'')}\n\nYou have borrowed a university laptop. Return it by the due date to the Library desk. Loss or damage may be charged at up to 350 GBP. Do not store personal data on the local disk; use OneDrive.\n'),
 (9, 'Laptop overdue', 'Reminder for overdue loans', 'Perl', E'Subject: Overdue loan laptop\n\nOur records show your loan laptop is overdue. Please return it to the Library desk or reply to arrange an extension.\n'),
 (7, 'Supplier quote request', 'Sent to suppliers with the spec', 'Perl', E'Subject: Quote request {$Ticket->SubjectTag}\n\nPlease quote for the items below, delivered to Goods In, Kingsbridge University, quoting our reference.\n\n{$Transaction->Content()}\n'),
 (2, 'Out of hours autoreply', 'Weekend and holiday closures', 'Simple', E'Subject: We are closed: {$Ticket->Subject}\n\nThe Service Desk is closed. We will reply on the next working day. For urgent account lockouts, call 01752 588588.\n'),
 (0, 'Slack notification', 'Body posted to the desk channel', 'Perl', E'{$Ticket->QueueObj->Name} #{$Ticket->id}: {$Ticket->Subject} ({$Ticket->Priority})\n')
) v(q, nm, ds, ty, ct)) x;

CREATE SEQUENCE scripconditions_id_seq;
CREATE TABLE ScripConditions (
  id INTEGER DEFAULT nextval('scripconditions_id_seq'),
  Name varchar(200) NULL,
  Description varchar(255) NULL,
  ExecModule varchar(60) NULL,
  Argument varchar(255) NULL,
  ApplicableTransTypes varchar(60) NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
INSERT INTO ScripConditions (Name, Description, ExecModule, Argument, ApplicableTransTypes, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT nm, ds, em, ar, tt, 1, '2016-08-30 10:12:01'::timestamp, 1, '2016-08-30 10:12:01'::timestamp FROM (VALUES
 ('On Create', 'When a ticket is created', 'AnyTransaction', NULL, 'Create'),
 ('On Transaction', 'When anything happens', 'AnyTransaction', NULL, 'Any'),
 ('On Correspond', 'Whenever correspondence comes in', 'AnyTransaction', NULL, 'Correspond'),
 ('On Forward', 'Whenever a ticket or transaction is forwarded', 'AnyTransaction', NULL, 'Forward Transaction,Forward Ticket'),
 ('On Comment', 'Whenever comments come in', 'AnyTransaction', NULL, 'Comment'),
 ('On Status Change', 'Whenever a ticket''s status changes', 'AnyTransaction', NULL, 'Status'),
 ('On Priority Change', 'Whenever a ticket''s priority changes', 'PriorityChange', NULL, 'Set'),
 ('On Owner Change', 'Whenever a ticket''s owner changes', 'OwnerChange', NULL, 'Any'),
 ('On Queue Change', 'Whenever a ticket''s queue changes', 'QueueChange', NULL, 'Set'),
 ('On Resolve', 'Whenever a ticket is resolved', 'StatusChange', 'resolved', 'Status'),
 ('On Reject', 'Whenever a ticket is rejected', 'StatusChange', 'rejected', 'Status'),
 ('User Defined', 'Whenever a user-defined condition occurs', 'UserDefined', NULL, 'Any'),
 ('On Close', 'Whenever a ticket is closed', 'CloseTicket', NULL, 'Status,Set'),
 ('On Reopen', 'Whenever a ticket is reopened', 'ReopenTicket', NULL, 'Status,Set'),
 ('On Out Of Hours Create', 'Created outside 08:30-17:00 Mon-Fri', 'UserDefined', NULL, 'Create')) v(nm, ds, em, ar, tt);

CREATE SEQUENCE scripactions_id_seq;
CREATE TABLE ScripActions (
  id INTEGER DEFAULT nextval('scripactions_id_seq'),
  Name varchar(200) NULL,
  Description varchar(255) NULL,
  ExecModule varchar(60) NULL,
  Argument varchar(255) NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
INSERT INTO ScripActions (Name, Description, ExecModule, Argument, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT nm, ds, em, ar, 1, '2016-08-30 10:12:01'::timestamp, 1, '2016-08-30 10:12:01'::timestamp FROM (VALUES
 ('Autoreply To Requestors', 'Always sends a message to the requestors independent of message sender', 'Autoreply', 'Requestor'),
 ('Notify Requestors', 'Sends a message to the requestors', 'Notify', 'Requestor'),
 ('Notify Owner, Requestors, Ccs and AdminCcs', 'Send mail to owner and all watchers', 'Notify', 'All'),
 ('Notify Owner or AdminCcs', 'Sends mail to the Owner. If there''s no owner, to AdminCcs.', 'NotifyOwnerOrAdminCc', NULL),
 ('Notify Owner', 'Sends mail to the owner', 'Notify', 'Owner'),
 ('Notify Ccs', 'Sends mail to the Ccs', 'Notify', 'Cc'),
 ('Notify AdminCcs', 'Sends mail to the administrative Ccs', 'Notify', 'AdminCc'),
 ('Notify AdminCcs as Comment', 'Sends mail to the administrative Ccs as a comment', 'NotifyAsComment', 'AdminCc'),
 ('Notify Other Recipients', 'Sends mail to explicitly listed Ccs and Bccs', 'NotifyAsComment', 'OtherRecipients'),
 ('User Defined', 'Perform a user-defined action', 'UserDefined', NULL),
 ('Create Tickets', 'Create new tickets based on this scrip''s template', 'CreateTickets', NULL),
 ('Open Tickets', 'Open tickets on correspondence', 'AutoOpen', NULL),
 ('Set status to resolved', 'Set the status of a ticket to resolved', 'SetStatus', 'resolved'),
 ('Send Forward', 'Send forwarded message', 'SendForward', NULL),
 ('Notify Line manager', 'Sends mail to the Line manager custom role', 'Notify', 'RT::CustomRole-1')) v(nm, ds, em, ar);

CREATE SEQUENCE scrips_id_seq;
CREATE TABLE Scrips (
  id INTEGER DEFAULT nextval('scrips_id_seq'),
  Description varchar(255),
  ScripCondition integer NOT NULL DEFAULT 0,
  ScripAction integer NOT NULL DEFAULT 0,
  CustomIsApplicableCode text NULL,
  CustomPrepareCode text NULL,
  CustomCommitCode text NULL,
  Disabled integer NOT NULL DEFAULT 0,
  Template varchar(200) NOT NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
INSERT INTO Scrips (Description, ScripCondition, ScripAction, CustomIsApplicableCode, CustomPrepareCode, CustomCommitCode, Disabled, Template, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT ds, sc, sa, ia, pc, cc, di, tp, cr, '2016-08-30 10:12:01'::timestamp + make_interval(days => (k * 29)::int), cr, '2016-08-30 10:12:01'::timestamp + make_interval(days => (k * 61)::int)
FROM (SELECT row_number() OVER () AS k, * FROM (VALUES
 ('On Correspond Open Inactive Tickets', 3, 12, NULL, NULL, NULL, 0, 'Blank', 1),
 ('On Create Autoreply To Requestors', 1, 1, NULL, NULL, NULL, 0, 'Autoreply in HTML', 1),
 ('On Create Notify AdminCcs', 1, 7, NULL, NULL, NULL, 0, 'Transaction in HTML', 1),
 ('On Correspond Notify Requestors and Ccs', 3, 3, NULL, NULL, NULL, 0, 'Correspondence in HTML', 1),
 ('On Correspond Notify Owner or AdminCcs', 3, 4, NULL, NULL, NULL, 0, 'Admin Correspondence in HTML', 1),
 ('On Comment Notify AdminCcs as Comment', 5, 8, NULL, NULL, NULL, 0, 'Admin Comment in HTML', 1),
 ('On Comment Notify Other Recipients as Comment', 5, 9, NULL, NULL, NULL, 0, 'Correspondence in HTML', 1),
 ('On Correspond Notify Other Recipients', 3, 9, NULL, NULL, NULL, 0, 'Correspondence in HTML', 1),
 ('On Owner Change Notify Owner', 8, 5, NULL, NULL, NULL, 0, 'Transaction in HTML', 1),
 ('On Resolve Notify Requestors', 10, 2, NULL, NULL, NULL, 0, 'Resolved in HTML', 1),
 ('On Forward Ticket Send forwarded message', 4, 14, NULL, NULL, NULL, 0, 'Forward Ticket', 1),
 ('On Create in Phishing: acknowledge', 1, 1, NULL, NULL, NULL, 0, 'Phishing acknowledgement', 14),
 ('On Create out of hours: closed notice', 15, 1,
   E'my $t = $self->TransactionObj->CreatedObj;\nmy ($h, $wday) = ($t->Localtime(''user''))[2,6];\nreturn 1 if $wday == 0 || $wday == 6;\nreturn ($h < 8 || $h >= 17) ? 1 : 0;', NULL, NULL, 0, 'Out of hours autoreply', 14),
 ('Set Category from subject keywords', 12, 10,
   E'return $self->TransactionObj->Type eq ''Create'';',
   E'my $s = $self->TicketObj->Subject // '''';\nmy %map = (qr/eduroam|wi-?fi|vpn/i => ''Wi-Fi and network'', qr/password|mfa|locked/i => ''Accounts and passwords'', qr/moodle|turnitin/i => ''Moodle'');\nfor my $re (keys %map) { if ($s =~ $re) { $self->{cat} = $map{$re}; last } }\nreturn 1;',
   E'return 1 unless $self->{cat};\n$self->TicketObj->AddCustomFieldValue(Field => ''Category'', Value => $self->{cat}, RecordTransaction => 0);\nreturn 1;', 0, 'Blank', 14),
 ('Post new P1 tickets to Slack', 12, 10,
   E'return $self->TicketObj->Priority >= 50 && $self->TransactionObj->Type eq ''Create'';', NULL, NULL, 0, 'Slack notification', 14),
 ('Move student card photos to Accounts', 12, 10,
   E'my $a = $self->TransactionObj->Attachments->First or return 0;\nreturn $self->TicketObj->QueueObj->Name eq ''Service Desk'' && ($a->Filename // '''') =~ /student-card|passport/i;', NULL,
   E'$self->TicketObj->SetQueue(''Accounts and Passwords'');\n$self->TicketObj->Comment(Content => ''Moved: contains an ID document.'');\nreturn 1;', 0, 'Blank', 14),
 ('Notify line manager of new starter', 1, 15, NULL, NULL, NULL, 0, 'New starter credentials to manager', 14),
 ('Auto-resolve Dell RMA shipped notices', 3, 13,
   E'my $c = $self->TransactionObj->Content // '''';\nreturn $self->TicketObj->QueueObj->Name eq ''Procurement'' && $c =~ /has been shipped|dispatched today/i;', NULL, NULL, 1, 'Blank', 14),
 ('On Create Notify Line manager (disabled test)', 1, 15, NULL, NULL, NULL, 1, 'Transaction', 14)
) v(ds, sc, sa, ia, pc, cc, di, tp, cr)) x;
-- The Slack post keeps its webhook in the code, as the desk wrote it.
UPDATE Scrips SET CustomCommitCode = E'use LWP::UserAgent; use JSON;\nmy $hook = ''https://hooks.slack.com/services/T' || fixture_gen.chars('slk1', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B'
    || fixture_gen.chars('slk2', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || rtgen.rnd('slk3', 1, 24)
    || E''';\nmy $t = $self->TicketObj;\nmy $text = $self->TemplateObj->MIMEObj->stringify_body;\nLWP::UserAgent->new(timeout => 5)->post($hook, Content_Type => ''application/json'', Content => encode_json({ text => $text }));\nreturn 1;',
  CustomPrepareCode = 'return 1;'
WHERE Description = 'Post new P1 tickets to Slack';

CREATE SEQUENCE objectscrips_id_seq;
CREATE TABLE ObjectScrips (
  id INTEGER DEFAULT nextval('objectscrips_id_seq'),
  Scrip integer NOT NULL,
  Stage varchar(32) NOT NULL DEFAULT 'TransactionCreate',
  ObjectId integer NOT NULL,
  SortOrder integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ObjectScrips1 ON ObjectScrips (ObjectId, Scrip);
INSERT INTO ObjectScrips (Scrip, Stage, ObjectId, SortOrder, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT s.id, CASE WHEN s.id IN (14, 16) THEN 'TransactionBatch' ELSE 'TransactionCreate' END, o, row_number() OVER (PARTITION BY o ORDER BY s.id), s.Creator, s.Created, s.Creator, s.Created
FROM Scrips s CROSS JOIN LATERAL (SELECT unnest(CASE WHEN s.id <= 11 THEN ARRAY[0] WHEN s.id = 12 THEN ARRAY[8] WHEN s.id = 13 THEN ARRAY[2, 3] WHEN s.id IN (14, 15) THEN ARRAY[0]
                                                    WHEN s.id = 16 THEN ARRAY[2] WHEN s.id = 17 THEN ARRAY[3] WHEN s.id = 18 THEN ARRAY[7] ELSE ARRAY[3, 9] END) AS o) x;

CREATE SEQUENCE customroles_id_seq;
CREATE TABLE CustomRoles (
  id INTEGER DEFAULT nextval('customroles_id_seq'),
  Name varchar(200) NULL,
  Description varchar(255) NULL,
  MaxValues integer NOT NULL DEFAULT 0,
  EntryHint varchar(255) NULL,
  LookupType varchar(255) NOT NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  Disabled integer NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
INSERT INTO CustomRoles (Name, Description, MaxValues, EntryHint, LookupType, Creator, Created, LastUpdatedBy, LastUpdated, Disabled) VALUES
 ('Line manager', 'Approves new starter and leaver requests', 1, 'Manager''s email address', 'RT::Queue-RT::Ticket', 14, '2019-02-04 11:30:00', 14, '2019-02-04 11:30:00', 0),
 ('Supplier contact', 'Copied on quotes and RMAs', 0, 'Supplier''s email address', 'RT::Queue-RT::Ticket', 14, '2019-02-04 11:31:00', 14, '2019-02-04 11:31:00', 0),
 ('Academic supervisor', 'For research storage requests by PhD students', 1, NULL, 'RT::Queue-RT::Ticket', 14, '2020-01-13 10:00:00', 14, '2020-01-13 10:00:00', 0),
 ('Disability adviser', 'Replaced by the Reasonable adjustments field', 1, NULL, 'RT::Queue-RT::Ticket', 14, '2020-09-07 14:30:00', 14, '2021-10-04 10:05:00', 1),
 ('Asset custodian', 'School technician responsible for a teaching room', 1, NULL, 'RT::Catalog-RT::Asset', 14, '2021-01-11 09:00:00', 14, '2021-01-11 09:00:00', 0);

CREATE SEQUENCE objectcustomroles_id_seq;
CREATE TABLE ObjectCustomRoles (
  id INTEGER DEFAULT nextval('objectscrips_id_seq'),
  CustomRole integer NOT NULL,
  ObjectId integer NOT NULL,
  SortOrder integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ObjectCustomRoles1 ON ObjectCustomRoles (ObjectId, CustomRole);
INSERT INTO ObjectCustomRoles (CustomRole, ObjectId, SortOrder, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT cr, oid, so, 14, c.Created, 14, c.Created FROM (VALUES (1, 3, 1), (2, 7, 1), (3, 6, 1), (4, 9, 1), (5, 3, 1), (1, 7, 2)) v(cr, oid, so) JOIN CustomRoles c ON c.id = v.cr;

-- ---------------------------------------------------------------------------
-- Request Tracker: attributes (Storable, base64), sessions, configuration,
-- tokens, shortened search links, and the tables 6.0 added.

CREATE SEQUENCE attributes_id_seq;
CREATE TABLE Attributes (
  id INTEGER DEFAULT nextval('attributes_id_seq'),
  Name varchar(255) NOT NULL,
  Description varchar(255) NULL,
  Content text,
  ContentType varchar(16),
  ObjectType varchar(64),
  ObjectId integer,
  Creator integer NOT NULL DEFAULT 0,
  Created TIMESTAMP NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP NULL,
  PRIMARY KEY (id)
);
CREATE INDEX Attributes1 on Attributes (Name);
CREATE INDEX Attributes2 on Attributes (ObjectType, ObjectId);

INSERT INTO Attributes (Name, Description, Content, ContentType, ObjectType, ObjectId, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT nm, ds, ct, cty, ot, oid, cr, at, cr, at + interval '30 days' FROM (
  SELECT 1 AS o, 'Pref-RT::System-1' AS nm, NULL AS ds,
         rtgen.storable(ARRAY['DefaultQueue', 'Timezone', 'MessageBoxRichText', 'ShowHistory', 'EmailFrequency', 'WebDefaultStylesheet'],
                        ARRAY[(2 + fixture_gen.n('apq', p.i, 8))::text, 'Europe/London', (p.i % 2)::text, fixture_gen.pick(ARRAY['delay', 'click', 'always'], 'aph', p.i), 'Individual messages', 'elevator-light']) AS ct,
         'storable' AS cty, 'RT::User' AS ot, p.uid AS oid, p.uid AS cr, rtgen.at('apc', p.i, '2020-01-01', '2024-12-01') AS at
  FROM rtgen.p p WHERE p.i BETWEEN 96 AND 115
  UNION ALL
  SELECT 2, 'RecentlyViewedTickets', NULL,
         rtgen.storable(ARRAY[(1000 + 1 + fixture_gen.n('arv1', p.i, 140))::text, (1000 + 1 + fixture_gen.n('arv2', p.i, 140))::text, (1000 + 1 + fixture_gen.n('arv3', p.i, 140))::text],
                        ARRAY[fixture_gen.ep('arvt1', p.i)::text, fixture_gen.ep('arvt2', p.i)::text, fixture_gen.ep('arvt3', p.i)::text]),
         'storable', 'RT::User', p.uid, p.uid, rtgen.at('arc', p.i, '2025-01-01', '2025-05-20')
  FROM rtgen.p p WHERE p.i BETWEEN 96 AND 115
  UNION ALL
  SELECT 3, 'Bookmarks', NULL,
         rtgen.storable(ARRAY[(1000 + 1 + fixture_gen.n('abm', p.i, 140))::text], ARRAY['1']),
         'storable', 'RT::User', p.uid, p.uid, rtgen.at('abc', p.i, '2024-01-01', '2025-05-20')
  FROM rtgen.p p WHERE p.i BETWEEN 96 AND 115 AND p.i % 2 = 0
  UNION ALL
  -- Dashboard subscriptions kept from RT 4, with the recipients as typed.
  SELECT 4, 'Subscription', 'Subscription to dashboard ' || (1 + fixture_gen.n('asd', p.i, 6)),
         rtgen.storable(ARRAY['DashboardId', 'Frequency', 'Hour', 'Dow', 'Recipients', 'Context'],
                        ARRAY[(1 + fixture_gen.n('asd', p.i, 6))::text, 'weekly', '08:00', 'Monday',
                              p.email || ', ' || (SELECT q.email FROM rtgen.p q WHERE q.i = 96 + fixture_gen.n('asr', p.i, 40)) || CASE WHEN p.i % 3 = 0 THEN ', it-managers@kingsbridge.ac.uk' ELSE '' END, 'subscriber']),
         'storable', 'RT::User', p.uid, p.uid, rtgen.at('asc', p.i, '2018-01-01', '2022-12-01')
  FROM rtgen.p p WHERE p.i IN (99, 103, 107, 111, 113, 118)
  UNION ALL
  -- RT::Extension::MergeUsers.
  SELECT 5, 'EffectiveId', NULL, (20 + p.i + 1)::text, '', 'RT::User', 20 + p.i, 14, rtgen.at('amu', p.i, '2023-01-01', '2025-01-01')
  FROM rtgen.p p WHERE p.i IN (60, 84, 132)
  UNION ALL
  SELECT 6, 'MergedUsers', NULL, rtgen.storable(ARRAY['0'], ARRAY[(20 + p.i - 1)::text]), 'storable', 'RT::User', 20 + p.i, 14, rtgen.at('amu', p.i - 1, '2023-01-01', '2025-01-01')
  FROM rtgen.p p WHERE p.i IN (61, 85, 133)
  UNION ALL
  SELECT 7, nm, ds, ct, cty, 'RT::System', 1, 14, at FROM (VALUES
    ('BrandedSubjectTag', 'Subject tags per queue', rtgen.storable(ARRAY['2', '3', '4', '5', '6', '7', '8', '9'], ARRAY['KU IT', 'KU IT', 'KU NET', 'KU AV', 'KU RC', 'KU PO', 'KU SEC', 'KU LOAN']), 'storable', '2019-10-01 09:00:00'::timestamp),
    ('HomepageSettings', 'HomepageSettings', rtgen.storable(ARRAY['body', 'sidebar'], ARRAY['system-My Tickets,system-Unowned Tickets,system-Bookmarked Tickets,component-QuickCreate', 'component-MyReminders,component-QueueList,component-Dashboards,component-RefreshHomepage']), 'storable', '2016-08-30 10:12:01'),
    ('UpgradeHistory', NULL, rtgen.storable(ARRAY['RT', 'RT::Extension::MergeUsers', 'RT::Authen::ExternalAuth'], ARRAY['4.2.12 -> 4.4.4 (2019-07-22); 4.4.4 -> 5.0.1 (2021-03-08); 5.0.1 -> 5.0.5 (2023-11-13); 5.0.5 -> 6.0.0 (2025-07-14)', '1.09', 'core since 4.4']), 'storable', '2025-07-14 06:40:00'),
    ('CustomFieldOrder', NULL, rtgen.storable(ARRAY['RT::Ticket'], ARRAY['4,5,2,3,1,7,6,8,9']), 'storable', '2021-10-04 10:10:00'),
    ('DashboardsInMenu', 'Dashboards in menu', rtgen.storable(ARRAY['dashboards'], ARRAY['1,2']), 'storable', '2022-05-09 11:00:00'),
    ('RecentlyViewedTickets', NULL, rtgen.storable(ARRAY[]::text[], ARRAY[]::text[]), 'storable', '2021-03-08 07:00:00')) v(nm, ds, ct, cty, at)
  UNION ALL
  SELECT 8, 'SavedSearch', 'Legacy: ' || fixture_gen.pick(ARRAY['my loans', 'unowned', 'stalled'], 'als', p.i),
         rtgen.storable(ARRAY['Query', 'Format', 'OrderBy', 'Order', 'SearchType'], ARRAY['Queue = ''Laptop Loans'' AND Status = ''__Active__''', '''<a href="__WebPath__/Ticket/Display.html?id=__id__">__id__</a>/TITLE:#'', __Subject__, __Requestors__, __Due__', 'Due', 'ASC', 'Ticket']),
         'storable', 'RT::User', p.uid, p.uid, rtgen.at('alsc', p.i, '2019-01-01', '2023-01-01')
  FROM rtgen.p p WHERE p.i IN (100, 105)
) x ORDER BY at, o;

-- Apache::Session rows: Storable-frozen sessions of signed-in users.
CREATE TABLE sessions (
  id char(32) NOT NULL,
  a_session bytea,
  LastUpdated TIMESTAMP not null default current_timestamp,
  PRIMARY KEY (id)
);
INSERT INTO sessions (id, a_session, LastUpdated)
SELECT s.sid,
       rtgen.frozen(ARRAY['_session_id', 'CurrentUser', 'CurrentUserRealName', 'CSRF', 'i', 'WebDefaultQueue', 'NotifyMessage'],
                    ARRAY[s.sid, u.Name, u.RealName, fixture_gen.hexn('scsrf', k, 32), (1 + fixture_gen.n('si', k, 400))::text, '2', NULL]),
       rtgen.at('slu', k, '2025-05-01', '2025-05-31')
FROM generate_series(1, 45) k
CROSS JOIN LATERAL (SELECT md5('rt-session:' || k) AS sid) s
JOIN Users u ON u.id = CASE WHEN k % 3 = 0 THEN 20 + 1 + fixture_gen.n('sus', k, 95) ELSE 116 + fixture_gen.n('sus2', k, 20) END;

-- Settings managed from the web UI (RT 5's database configuration).
CREATE SEQUENCE configurations_id_seq;
CREATE TABLE Configurations (
  id integer DEFAULT nextval('configurations_id_seq'),
  Name varchar(255) NOT NULL,
  Content text NULL,
  ContentType varchar(80) NULL,
  Disabled integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created timestamp DEFAULT NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated timestamp DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX Configurations1 ON Configurations (LOWER(Name), Disabled);

INSERT INTO Configurations (Name, Content, ContentType, Disabled, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT nm, ct, cty, di, 14, at, 14, at FROM (VALUES
 ('rtname', 'kingsbridge.ac.uk', 'string', 0, '2021-03-08 09:00:00'::timestamp),
 ('Organization', 'kingsbridge.ac.uk', 'string', 0, '2021-03-08 09:00:01'),
 ('CorrespondAddress', 'servicedesk@kingsbridge.ac.uk', 'string', 0, '2021-03-08 09:00:02'),
 ('CommentAddress', 'servicedesk-comment@kingsbridge.ac.uk', 'string', 0, '2021-03-08 09:00:03'),
 ('OwnerEmail', 'rt-admins@kingsbridge.ac.uk', 'string', 0, '2021-03-08 09:00:04'),
 ('Timezone', 'Europe/London', 'string', 0, '2021-03-08 09:00:05'),
 ('DefaultQueue', 'Service Desk', 'string', 0, '2021-03-08 09:00:06'),
 ('WebDefaultStylesheet', 'elevator-light', 'string', 0, '2021-03-08 09:00:07'),
 ('MaxAttachmentSize', '20971520', 'string', 0, '2021-03-08 09:00:08'),
 ('AutocompleteOwners', '1', 'string', 0, '2021-03-08 09:00:09'),
 ('MailCommand', 'sendmailpipe', 'string', 0, '2021-03-08 09:00:10'),
 ('SendmailArguments', '-oi -ODeliveryMode=b -OErrorMode=m', 'string', 0, '2021-03-08 09:00:11'),
 ('LogToSyslog', 'warning', 'string', 0, '2021-03-08 09:00:12'),
 ('ServiceAgreements', NULL, 'storable', 0, '2021-03-08 09:05:00'),
 ('ExternalSettings', NULL, 'storable', 1, '2021-03-08 09:10:00'),
 ('ExternalSettings', NULL, 'storable', 0, '2024-02-20 09:30:00'),
 ('ExternalStorage', NULL, 'storable', 0, '2022-11-07 10:00:00'),
 ('SlackWebhookURL', NULL, 'string', 0, '2023-05-15 14:00:00'),
 ('AutoLogoff', '480', 'string', 0, '2023-05-15 14:01:00'),
 ('WebSecureCookies', '1', 'string', 0, '2023-05-15 14:02:00'),
 ('ShowRemoteImages', '0', 'string', 0, '2023-05-15 14:03:00')) v(nm, ct, cty, di, at);
UPDATE Configurations SET Content = rtgen.storable(ARRAY['Default', 'Levels'], ARRAY['1 business day', '4h: Response 240 InHours; 1 business day: Resolve 480 InHours; 3 business days: Resolve 1440 InHours']) WHERE Name = 'ServiceAgreements';
UPDATE Configurations SET Content = rtgen.storable(ARRAY['type', 'server', 'base', 'user', 'pass', 'filter', 'tls', 'attr_match_list', 'attr_map'],
    ARRAY['ldap', 'ldaps://dc01.ad.kingsbridge.ac.uk', 'OU=People,DC=ad,DC=kingsbridge,DC=ac,DC=uk', 'CN=svc-rt-ldap,OU=Service Accounts,DC=ad,DC=kingsbridge,DC=ac,DC=uk',
          CASE WHEN Disabled = 1 THEN rtgen.rnd('ldpo', 1, 14) ELSE rtgen.rnd('ldp', 1, 20) END, '(objectClass=person)', '1', 'Name,EmailAddress', 'Name=sAMAccountName,EmailAddress=mail,RealName=cn,WorkPhone=telephoneNumber,Organization=department'])
 WHERE Name = 'ExternalSettings';
UPDATE Configurations SET Content = rtgen.storable(ARRAY['Type', 'AccessKeyId', 'SecretAccessKey', 'Bucket', 'Host'],
    ARRAY['AmazonS3', 'AKIA' || fixture_gen.chars('s3k', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), rtgen.rnd('s3s', 1, 40), 'ku-rt-attachments', 's3.eu-west-2.amazonaws.com']) WHERE Name = 'ExternalStorage';
UPDATE Configurations SET Content = 'https://hooks.slack.com/services/T' || fixture_gen.chars('slk1', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slk4', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || rtgen.rnd('slk5', 1, 24)
 WHERE Name = 'SlackWebhookURL';

-- REST 2 tokens, kept as password hashes.
CREATE SEQUENCE authtokens_id_seq;
CREATE TABLE AuthTokens (
  id integer DEFAULT nextval('authtokens_id_seq'),
  Owner integer NOT NULL DEFAULT 0,
  Token varchar(256) NULL,
  Description varchar(255) NOT NULL DEFAULT '',
  LastUsed timestamp DEFAULT NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created timestamp DEFAULT NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated timestamp DEFAULT NULL,
  Expires timestamp DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX AuthTokensOwner ON AuthTokens (Owner);
INSERT INTO AuthTokens (Owner, Token, Description, LastUsed, Creator, Created, LastUpdatedBy, LastUpdated, Expires)
SELECT u, CASE WHEN k % 6 = 0 THEN rtgen.rtsha512('atk', k) ELSE rtgen.rtbcrypt('atk', k) END,
       fixture_gen.pick(ARRAY['rt-cli on my laptop', 'PowerShell onboarding script', 'Grafana desk dashboard', 'Power Automate flow for HR leavers', p.first || '''s test token',
                              'SITS nightly feed', 'Moodle help block', 'Jamf Pro webhook', 'Zabbix alerts to Networks queue', 'token for ' || p.login || ' - delete after term', ''], 'atd', k),
       CASE WHEN k % 5 <> 0 THEN rtgen.at('atl', k, '2025-03-01', '2025-05-31') END,
       u, c, u, c, CASE WHEN k % 3 = 0 THEN c + interval '1 year' END
FROM generate_series(1, 26) k
CROSS JOIN LATERAL (SELECT 116 + fixture_gen.n('atu', k, 20) AS u, rtgen.at('atc', k, '2021-03-08', '2025-04-30') AS c) x
JOIN rtgen.p p ON p.uid = x.u
ORDER BY c;

-- Shortened search links: the query string of a search page.
CREATE SEQUENCE shorteners_id_seq;
CREATE TABLE Shorteners (
  id INTEGER DEFAULT nextval('shorteners_id_seq'),
  Code VARCHAR(40) NOT NULL,
  Content TEXT NOT NULL,
  Permanent INTEGER NOT NULL DEFAULT 0,
  Creator INTEGER NOT NULL DEFAULT 0,
  Created TIMESTAMP DEFAULT NULL,
  LastUpdatedBy INTEGER NOT NULL DEFAULT 0,
  LastUpdated TIMESTAMP DEFAULT NULL,
  LastAccessedBy INTEGER NOT NULL DEFAULT 0,
  LastAccessed TIMESTAMP DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX Shorteners1 ON Shorteners (Code);
INSERT INTO Shorteners (Code, Content, Permanent, Creator, Created, LastUpdatedBy, LastUpdated, LastAccessedBy, LastAccessed)
SELECT fixture_gen.hexn('shc', k, 40),
       'Format=' || replace(replace('''__id__'',''__Subject__'',''__Status__'',''__Requestors__''', '''', '%27'), ',', '%2C')
         || '&Order=DESC&OrderBy=LastUpdated&Page=1&Query='
         || replace(replace(replace(replace(q, ' ', '%20'), '''', '%27'), '=', '%3D'), '@', '%40') || '&RowsPerPage=50&SavedChartSearchId=&SavedSearchId=',
       CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END, u, c, u, c, u, c + make_interval(days => fixture_gen.n('sha', k, 90))
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT 116 + fixture_gen.n('shu', k, 20) AS u, rtgen.at('shcr', k, '2023-01-01', '2025-05-20') AS c) x
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY[
    'Queue = ''Service Desk'' AND Status = ''__Active__''',
    'Owner = ''__CurrentUser__'' AND Status = ''__Active__''',
    'Requestor.EmailAddress = ''' || (SELECT CASE WHEN p.i % 3 = 0 THEN p.personal_email ELSE p.email END FROM rtgen.p p WHERE p.i = 1 + fixture_gen.n('shp', k, 95)) || '''',
    'Requestor.RealName LIKE ''' || (SELECT p.last FROM rtgen.p p WHERE p.i = 1 + fixture_gen.n('shp', k, 95)) || '''',
    'CF.{Student number} = ''' || (SELECT p.studentno FROM rtgen.p p WHERE p.i = 1 + fixture_gen.n('shp', k, 95)) || '''',
    'Queue = ''Laptop Loans'' AND Due < ''today''',
    'Subject LIKE ''phishing'' AND Created > ''-7 days''',
    'Status = ''stalled'' AND LastUpdated < ''-14 days'''], 'shq', k) AS q) y
ORDER BY c;

-- RT 6.0: the content of objects kept apart, here tickets' descriptions
-- and their earlier versions.
CREATE SEQUENCE objectcontents_id_seq;
CREATE TABLE ObjectContents (
  id BIGINT DEFAULT nextval('objectcontents_id_seq'),
  ObjectType varchar(64) NOT NULL,
  ObjectId integer NOT NULL,
  ContentEncoding varchar(64) NULL,
  Content text NULL,
  Creator integer NOT NULL DEFAULT 0,
  Created timestamp DEFAULT NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated timestamp DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ObjectContents1 ON ObjectContents (ObjectType, ObjectId);
INSERT INTO ObjectContents (ObjectType, ObjectId, ContentEncoding, Content, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT 'RT::Ticket', t.id, 'none', c, t.Creator, at, t.Creator, at FROM (
  SELECT t.*, t.Description AS c, t.Created AS at FROM Tickets t WHERE t.Description IS NOT NULL AND t.Description <> ''
  UNION ALL
  SELECT t.*, '<p>' || replace(t.Description, '. ', '.</p><p>') || '</p><p>Update: ' || fixture_gen.pick(ARRAY['still happening this morning.', 'works on my phone but not the laptop.', 'my mobile is now ' || fixture_gen.phone('ocup', t.id) || '.', 'please ignore, fixed.'], 'ocu', t.id) || '</p>',
         t.Created + interval '3 hours' FROM Tickets t WHERE t.Description IS NOT NULL AND t.Description <> '' AND t.id % 3 = 0
) t ORDER BY at;

-- RT 6.0: saved searches and dashboards moved out of Attributes.
CREATE SEQUENCE savedsearches_id_seq;
CREATE TABLE SavedSearches (
  id INTEGER DEFAULT nextval('savedsearches_id_seq'),
  Name varchar(255) NOT NULL,
  Description varchar(255) NULL,
  Type varchar(64) NOT NULL DEFAULT 'Ticket',
  PrincipalId integer NOT NULL,
  Content text NULL,
  Disabled integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created timestamp DEFAULT NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated timestamp DEFAULT NULL,
  PRIMARY KEY (id)
);
INSERT INTO SavedSearches (Name, Description, Type, PrincipalId, Content, Disabled, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT nm, ds, ty, pid, rtgen.storable(ARRAY['Query', 'Format', 'OrderBy', 'Order', 'RowsPerPage'], ARRAY[q, '''__id__'', ''__Subject__'', ''__Requestors__'', ''__Status__'', ''__LastUpdated__''', 'LastUpdated', 'DESC', '50']),
       CASE WHEN k % 9 = 0 THEN 1 ELSE 0 END, cr, c, cr, c + interval '10 days'
FROM (
  SELECT k, x.u AS cr, x.c, CASE WHEN k % 4 = 0 THEN 200 + fixture_gen.n('ssg', k, 12) ELSE x.u END AS pid,
         CASE WHEN k % 6 = 5 THEN 'TicketChart' WHEN k % 11 = 0 THEN 'Asset' ELSE 'Ticket' END AS ty,
         CASE k % 8 WHEN 0 THEN 'Unowned in Service Desk' WHEN 1 THEN 'My open tickets' WHEN 2 THEN 'Tickets from ' || r.realname WHEN 3 THEN 'Loans overdue'
                    WHEN 4 THEN r.first || ' - repeat lockouts' WHEN 5 THEN 'Created per week by queue' WHEN 6 THEN 'Phishing this week' ELSE 'All of ' || coalesce(r.studentno, r.email) END AS nm,
         CASE WHEN k % 5 = 0 THEN 'Keep an eye on ' || r.first || ' - see ticket ' || (1000 + k) WHEN k % 5 = 1 THEN '' END AS ds,
         CASE k % 8 WHEN 0 THEN 'Queue = ''Service Desk'' AND Owner = ''Nobody'' AND Status = ''__Active__''' WHEN 1 THEN 'Owner = ''__CurrentUser__'' AND Status = ''__Active__'''
                    WHEN 2 THEN 'Requestor.EmailAddress = ''' || r.email || '''' WHEN 3 THEN 'Queue = ''Laptop Loans'' AND Due < ''today'' AND Status = ''__Active__'''
                    WHEN 4 THEN 'Requestor.Name = ''' || coalesce(r.login, r.email) || ''' AND Subject LIKE ''MFA''' WHEN 5 THEN 'Created > ''-90 days'''
                    WHEN 6 THEN 'Queue = ''Security Incidents'' AND Created > ''-7 days''' ELSE 'CF.{Student number} = ''' || coalesce(r.studentno, '') || ''' OR Requestor.EmailAddress = ''' || r.email || '''' END AS q
  FROM generate_series(1, 36) k
  CROSS JOIN LATERAL (SELECT 116 + fixture_gen.n('ssu', k, 20) AS u, rtgen.at('ssc', k, '2020-01-01', '2025-05-01') AS c) x
  JOIN rtgen.p r ON r.i = 1 + fixture_gen.n('ssr', k, 95)) s
ORDER BY c;

CREATE SEQUENCE dashboards_id_seq;
CREATE TABLE Dashboards (
  id INTEGER DEFAULT nextval('dashboards_id_seq'),
  Name varchar(255) NOT NULL,
  PrincipalId integer NOT NULL,
  Content text NULL,
  Disabled integer NOT NULL DEFAULT 0,
  Creator integer NOT NULL DEFAULT 0,
  Created timestamp DEFAULT NULL,
  LastUpdatedBy integer NOT NULL DEFAULT 0,
  LastUpdated timestamp DEFAULT NULL,
  PRIMARY KEY (id)
);
INSERT INTO Dashboards (Name, PrincipalId, Content, Disabled, Creator, Created, LastUpdatedBy, LastUpdated)
SELECT nm, pid, rtgen.storable(ARRAY['body', 'sidebar', 'Width'], ARRAY['SavedSearch-' || (1 + k) || ',SavedSearch-' || (8 + k) || ',SavedSearch-' || (17 + k), 'component-MyReminders,component-RefreshHomepage', '8']),
       CASE WHEN k = 9 THEN 1 ELSE 0 END, 14, c, 14, c + interval '60 days'
FROM (SELECT k, nm, pid, rtgen.at('dbc', k, '2018-01-01', '2025-03-01') AS c FROM (VALUES
  (1, 'Service Desk overview', 200), (2, 'Loans desk', 210), (3, 'Security weekly', 206), (4, 'Procurement pipeline', 205), (5, 'Networks on call', 202),
  (6, 'Managers: SLA breaches', 209), (7, 'AV: rooms this week', 203), (8, 'Research storage requests', 204), (9, 'Old homepage (RT 4)', 3), (10, 'My day', 120), (11, 'Term start', 200)) v(k, nm, pid)) d
ORDER BY c;

-- Principals: every user and group, one id space.
INSERT INTO Principals (id, PrincipalType, Disabled)
SELECT id, 'User', CASE WHEN id IN (67, 101, 144) THEN 1 ELSE 0 END FROM Users
UNION ALL SELECT id, 'Group', 0 FROM Groups
ORDER BY 1;

-- ---------------------------------------------------------------------------
-- NOT Request Tracker: the service desk's own tables.

CREATE SCHEMA servicedesk;

-- The nightly feed from SITS (students) and CoreHR (staff) that creates and
-- updates RT users.
CREATE TABLE servicedesk.directory_feed (
  id serial PRIMARY KEY,
  rt_user_id integer,
  source varchar(16) NOT NULL,
  person_number varchar(12) NOT NULL,
  given_name varchar(100) NOT NULL,
  family_name varchar(100) NOT NULL,
  preferred_name varchar(100),
  date_of_birth date,
  department varchar(120),
  role_title varchar(120),
  campus_email varchar(200),
  personal_email varchar(200),
  mobile varchar(30),
  start_date date,
  end_date date,
  imported_at timestamp(0) NOT NULL
);
INSERT INTO servicedesk.directory_feed (rt_user_id, source, person_number, given_name, family_name, preferred_name, date_of_birth, department, role_title, campus_email, personal_email,
  mobile, start_date, end_date, imported_at)
SELECT p.uid, CASE p.kind WHEN 'student' THEN 'SITS' ELSE 'CoreHR' END, p.studentno, p.first, p.last,
       CASE WHEN p.i % 9 = 4 THEN fixture_gen.pick(ARRAY['Sasha', 'Jo', 'Kit', 'Mo', 'Bea', 'Kemi', 'Alex'], 'dfpn', p.i) END,
       p.dob, p.dept, p.title, p.email, CASE WHEN p.kind = 'student' OR p.i % 4 = 0 THEN p.personal_email END,
       CASE WHEN p.i % 6 <> 5 THEN p.mobile END,
       CASE p.kind WHEN 'student' THEN make_date(2021 + (p.i % 4), 9, 16) ELSE date '2008-01-07' + fixture_gen.n('dfsd', p.i, 5800) END,
       CASE p.kind WHEN 'student' THEN make_date(2024 + (p.i % 4), 6, 30) ELSE CASE WHEN p.i % 10 = 3 THEN date '2025-07-31' END END,
       timestamp '2025-05-30 02:15:00' - make_interval(days => p.i % 3)
FROM rtgen.p p WHERE p.kind <> 'supplier' ORDER BY p.i;

-- Identity checks before a password or MFA reset.
CREATE TABLE servicedesk.identity_checks (
  id serial PRIMARY KEY,
  ticket_id integer NOT NULL,
  rt_user_id integer NOT NULL,
  method varchar(32) NOT NULL,
  document_type varchar(32),
  document_ref varchar(64),
  dob_confirmed boolean NOT NULL DEFAULT false,
  checked_by varchar(64) NOT NULL,
  notes text,
  temp_password varchar(64),
  created_at timestamp(0) NOT NULL
);
INSERT INTO servicedesk.identity_checks (ticket_id, rt_user_id, method, document_type, document_ref, dob_confirmed, checked_by, notes, temp_password, created_at)
SELECT 1000 + t.t, 20 + t.r, m, dt,
       CASE dt WHEN 'passport' THEN fixture_gen.digits('icpp', t.t, 9)
               WHEN 'UK driving licence' THEN upper(substr(fixture_gen.ascii(p.last) || '99999', 1, 5)) || fixture_gen.digits('icdl', t.t, 6) || upper(substr(fixture_gen.ascii(p.first), 1, 2)) || '9AB'
               WHEN 'student card' THEN p.studentno
               WHEN 'BRP' THEN 'ZU' || fixture_gen.digits('icbrp', t.t, 7)
               ELSE 'seen' END,
       t.t % 5 <> 0,
       (SELECT o.login FROM rtgen.p o WHERE o.uid = t.o),
       fixture_gen.pick(ARRAY['', 'Photo matched.', 'Came to the desk with a friend who vouched; ID matched anyway.', 'Video call on Teams, showed ' || lower(dt) || ' to camera.',
                              'Could not confirm date of birth - student says SITS has it wrong. Sent to Registry.', NULL, 'Name on passport is ' || p.first || ' ' || fixture_gen.last_name('icmn', t.t) || ' (maiden name).'], 'icn', t.t),
       CASE WHEN t.t % 5 <> 0 THEN fixture_gen.pick(ARRAY['Winter', 'Harbour', 'Granite', 'Meadow', 'Falcon', 'Copper'], 'ictp', t.t) || fixture_gen.digits('ictd', t.t, 4) || fixture_gen.pick(ARRAY['!', '#', '?', '%'], 'icts', t.t) END,
       t.cr + interval '25 minutes'
FROM rtgen.t t JOIN rtgen.p p ON p.i = t.r
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['in person', 'in person', 'video call', 'call-back to SITS number'], 'icm', t.t) AS m,
                           fixture_gen.pick(ARRAY['passport', 'UK driving licence', 'student card', 'BRP', 'national ID card'], 'icd', t.t) AS dt) x
WHERE t.q IN (3, 8) AND t.o <> 6
ORDER BY t.cr;

-- Laptop loans from the pool (assets of catalog 2).
CREATE TABLE servicedesk.laptop_loans (
  id serial PRIMARY KEY,
  asset_id integer NOT NULL,
  borrower_id integer NOT NULL,
  student_number varchar(12),
  loan_reason varchar(40) NOT NULL,
  deposit_pence integer NOT NULL DEFAULT 0,
  issued_at timestamp(0) NOT NULL,
  due_back date NOT NULL,
  returned_at timestamp(0),
  condition_notes text,
  signature_svg text
);
INSERT INTO servicedesk.laptop_loans (asset_id, borrower_id, student_number, loan_reason, deposit_pence, issued_at, due_back, returned_at, condition_notes, signature_svg)
SELECT 1 + fixture_gen.n('llas', k, 50), p.uid, p.studentno, r,
       CASE WHEN r IN ('hardship fund', 'DSA equipment pending') THEN 0 ELSE 5000 END, at, (at + make_interval(days => CASE WHEN r = 'exam' THEN 3 ELSE 28 END))::date,
       CASE WHEN k % 4 <> 0 THEN at + make_interval(days => 2 + fixture_gen.n('llrt', k, 40)) END,
       fixture_gen.pick(ARRAY['', 'Good', 'Scuff on lid, noted at issue', 'Returned with cracked screen - student says it was dropped in halls', 'Charger missing', NULL, 'Keyboard sticky (spilt drink), charged 35 GBP'], 'llcn', k),
       CASE WHEN k % 3 <> 0 THEN '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80"><path d="M' || (10 + fixture_gen.n('lls1', k, 20)) || ' ' || (40 + fixture_gen.n('lls2', k, 20))
            || (SELECT string_agg(' C' || fixture_gen.n('lx' || j, k, 300) || ' ' || fixture_gen.n('ly' || j, k, 80) || ' ' || fixture_gen.n('lz' || j, k, 300) || ' ' || fixture_gen.n('lw' || j, k, 80) || ' ' || fixture_gen.n('lv' || j, k, 300) || ' ' || fixture_gen.n('lu' || j, k, 80), '') FROM generate_series(1, 6) j)
            || '" stroke="#000" fill="none" stroke-width="2"/></svg>' END
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('llb', k, 95) AS pi, rtgen.at('llat', k, '2023-09-15', '2025-05-15') AS at,
                           fixture_gen.pick(ARRAY['hardship fund', 'DSA equipment pending', 'own laptop in repair', 'exam', 'placement', 'DSA equipment pending'], 'llr', k) AS r) x
JOIN rtgen.p p ON p.i = x.pi
ORDER BY at;

-- Suppliers' contacts and the desk's logins to their portals.
CREATE TABLE servicedesk.supplier_contacts (
  id serial PRIMARY KEY,
  supplier varchar(120) NOT NULL,
  account_ref varchar(40),
  contact_name varchar(120),
  contact_email varchar(200),
  contact_phone varchar(40),
  vat_number varchar(20),
  remittance_iban varchar(40),
  portal_username varchar(120),
  portal_password varchar(120),
  notes text
);
INSERT INTO servicedesk.supplier_contacts (supplier, account_ref, contact_name, contact_email, contact_phone, vat_number, remittance_iban, portal_username, portal_password, notes)
SELECT p.org, fixture_gen.pick(ARRAY['KINGSB01', 'UK-EDU-', 'CUST-'], 'scar', p.i) || fixture_gen.digits('scan', p.i, 6), p.realname, p.email,
       CASE WHEN p.i % 3 = 0 THEN '0' || fixture_gen.pick(ARRAY['1344', '1628', '3330', '1908'], 'scph', p.i) || ' ' || fixture_gen.digits('scpn', p.i, 6) ELSE p.mobile END,
       CASE WHEN p.i % 4 = 0 THEN fixture_gen.vat('scvat', p.i) ELSE 'GB' || fixture_gen.digits('scgb', p.i, 9) END,
       CASE WHEN p.i % 2 = 0 THEN fixture_gen.iban('GB', fixture_gen.pick(ARRAY['NWBK', 'BARC', 'LOYD', 'HBUK'], 'scbk', p.i) || fixture_gen.digits('scib', p.i, 14)) ELSE fixture_gen.iban_for('scib2', p.i) END,
       CASE WHEN p.i % 2 = 0 THEN 'it-purchasing@kingsbridge.ac.uk' ELSE 'kingsbridge.' || fixture_gen.pick(ARRAY['procurement', 'itsd', 'rhill'], 'scpu', p.i) END,
       fixture_gen.pick(ARRAY['Spring', 'Tamar', 'Plym', 'Dartmoor'], 'scpw1', p.i) || '-' || rtgen.rnd('scpw', p.i, 10),
       fixture_gen.pick(ARRAY['Account manager since 2022; prefers Teams calls.', 'Escalate RMAs over 5 units to her manager.', 'Out of office Fridays.', NULL, 'Framework: NEPO IT hardware lot 2.', ''], 'scno', p.i)
FROM rtgen.p p WHERE p.kind = 'supplier' ORDER BY p.i;

-- The mail gateway's log (rt-mailgate behind Postfix).
CREATE TABLE servicedesk.mailgate_log (
  id serial PRIMARY KEY,
  received_at timestamp(0) NOT NULL,
  envelope_from varchar(255),
  rcpt_to varchar(255) NOT NULL,
  message_id varchar(255),
  subject varchar(255),
  client_ip varchar(45),
  spam_score numeric(5, 2),
  action varchar(16) NOT NULL,
  ticket_id integer,
  queue_name varchar(64)
);
INSERT INTO servicedesk.mailgate_log (received_at, envelope_from, rcpt_to, message_id, subject, client_ip, spam_score, action, ticket_id, queue_name)
SELECT a.Created, substring(a.Headers FROM 'Return-Path: <([^>]*)>'), q.CorrespondAddress, a.MessageId, a.Subject, substring(a.Headers FROM '\[([0-9.]+)\]'),
       round((fixture_gen.n('mgs', a.id, 500) / 100.0 - 1)::numeric, 2), CASE WHEN x.Type = 'Create' THEN 'create' ELSE 'correspond' END, x.ObjectId, q.Name
FROM Attachments a JOIN Transactions x ON x.id = a.TransactionId JOIN Tickets t ON t.id = x.ObjectId JOIN Queues q ON q.id = t.Queue
WHERE a.Parent = 0 AND a.Headers LIKE 'Return-Path:%'
UNION ALL
SELECT rtgen.at('mgr', k, '2024-01-01', '2025-05-30'), fixture_gen.pick(ARRAY['noreply@' || fixture_gen.chars('mgd', k, 8, 'abcdefghijklmnopqrstuvwxyz') || '.top', 'MAILER-DAEMON', 'payroll-update@' || fixture_gen.chars('mgd2', k, 7, 'abcdefghijklmnopqrstuvwxyz') || '.xyz', ''], 'mgf', k),
       fixture_gen.pick(ARRAY['servicedesk@kingsbridge.ac.uk', 'phishing@kingsbridge.ac.uk', 'accounts@it.kingsbridge.ac.uk'], 'mgt', k), NULL,
       fixture_gen.pick(ARRAY['Your invoice is ready', 'Undelivered Mail Returned to Sender', 'Action required: mailbox quota', 'Re: [KU IT #1044] Password reset', 'Out of Office: ' || fixture_gen.pick(ARRAY['Re: laptop', 'your request'], 'mgo', k)], 'mgsj', k),
       fixture_gen.ipv4('mgip', k), round((5 + fixture_gen.n('mgs2', k, 2000) / 100.0)::numeric, 2), fixture_gen.pick(ARRAY['reject', 'discard', 'quarantine', 'loop'], 'mga', k), NULL, NULL
FROM generate_series(1, 60) k
ORDER BY 1;

-- Satisfaction survey answers (link in the Resolved template).
CREATE TABLE servicedesk.csat_responses (
  id serial PRIMARY KEY,
  ticket_id integer NOT NULL,
  survey_token varchar(64) NOT NULL,
  rating smallint,
  comment text,
  respondent_ip varchar(45),
  submitted_at timestamp(0)
);
INSERT INTO servicedesk.csat_responses (ticket_id, survey_token, rating, comment, respondent_ip, submitted_at)
SELECT 1000 + t.t, replace(replace(rtgen.rnd('cst', t.t, 43), '+', '-'), '/', '_'),
       CASE WHEN t.t % 6 <> 5 THEN 1 + fixture_gen.n('csr', t.t, 5) END,
       fixture_gen.pick(ARRAY['', NULL, 'Quick and friendly, thanks!', 'Took three days to get a reply.', fixture_gen.sentence('csc', t.t),
                              p.first || ' at the library desk was brilliant.', 'I had to explain my disability needs again even though they are on file.', 'Fixed first time.',
                              'Please call me back on ' || p.mobile || ', the laptop is still not working.'], 'csm', t.t),
       CASE WHEN t.t % 6 <> 5 THEN CASE WHEN t.t % 4 = 0 THEN fixture_gen.ipv6('csi6', t.t) ELSE fixture_gen.ipv4('csi', t.t) END END,
       CASE WHEN t.t % 6 <> 5 THEN t.rs + make_interval(hours => 1 + fixture_gen.n('csh', t.t, 72)) END
FROM rtgen.t t JOIN rtgen.p p ON p.i = t.r WHERE t.st = 'resolved' AND t.typ = 'ticket' ORDER BY t.rs;

-- Out-of-hours on-call rota.
CREATE TABLE servicedesk.oncall_rota (
  id serial PRIMARY KEY,
  week_starting date NOT NULL,
  engineer_id integer NOT NULL,
  engineer_name varchar(120) NOT NULL,
  personal_mobile varchar(30),
  backup_engineer varchar(120),
  notes text
);
INSERT INTO servicedesk.oncall_rota (week_starting, engineer_id, engineer_name, personal_mobile, backup_engineer, notes)
SELECT date '2024-09-02' + 7 * k, e.uid, e.realname, e.mobile, b.realname,
       fixture_gen.pick(ARRAY['', NULL, 'Swapped with ' || b.first || ' (family wedding).', 'Clearing week: extra cover 08:00-20:00.', 'Network change window Sat 06:00.', e.first || ' on leave Wed, ' || b.first || ' covers.'], 'ocn', k)
FROM generate_series(0, 39) k
JOIN rtgen.p e ON e.i = 96 + fixture_gen.n('oce', k, 20)
JOIN rtgen.p b ON b.i = 96 + (fixture_gen.n('oce', k, 20) + 1 + fixture_gen.n('ocb', k, 18)) % 20;

-- Credentials of the integrations around RT.
CREATE TABLE servicedesk.integration_credentials (
  id serial PRIMARY KEY,
  system varchar(64) NOT NULL,
  endpoint_url varchar(255),
  client_id varchar(128),
  secret_value text,
  rotated_at timestamp(0),
  rotated_by varchar(64)
);
INSERT INTO servicedesk.integration_credentials (system, endpoint_url, client_id, secret_value, rotated_at, rotated_by) VALUES
 ('SITS student record API', 'https://sits-api.kingsbridge.ac.uk/v2/students', 'svc-rt-feed', NULL, '2025-01-06 09:00:00', NULL),
 ('CoreHR staff feed', 'sftp://sftp.corehr.kingsbridge.ac.uk/outbound/', 'rtfeed', NULL, '2024-09-02 10:00:00', NULL),
 ('Microsoft Graph (Entra ID)', 'https://graph.microsoft.com/v1.0', fixture_gen.uuid('icg', 1), NULL, '2025-03-03 11:00:00', NULL),
 ('Dell TechDirect', 'https://tdm.dell.com/portal/api', 'l7' || fixture_gen.hexn('icd', 1, 30), NULL, '2024-11-11 14:00:00', NULL),
 ('Jamf Pro', 'https://kingsbridge.jamfcloud.com/api', 'rt-integration', NULL, '2024-06-17 09:30:00', NULL),
 ('Slack incoming webhook', NULL, NULL, NULL, '2023-05-15 14:00:00', NULL),
 ('Amazon S3 (RT attachments)', 'https://s3.eu-west-2.amazonaws.com/ku-rt-attachments', NULL, NULL, '2022-11-07 10:00:00', NULL),
 ('RT REST2 (Power Automate)', 'https://help.it.kingsbridge.ac.uk/REST/2.0/', 'svc-powerautomate', NULL, '2025-02-10 08:45:00', NULL);
UPDATE servicedesk.integration_credentials SET
  secret_value = CASE system
    WHEN 'SITS student record API' THEN rtgen.rnd('icsits', 1, 32)
    WHEN 'CoreHR staff feed' THEN '-----BEGIN OPENSSH ' || E'PRIVATE KEY-----\n' || fixture_gen.b64('icssh1', 1, 51) || E'\n' || fixture_gen.b64('icssh2', 1, 51) || E'\n' || fixture_gen.b64('icssh3', 1, 30) || E'\n-----END OPENSSH ' || 'PRIVATE KEY-----'
    WHEN 'Microsoft Graph (Entra ID)' THEN rtgen.rnd('icgr', 1, 3) || '8Q~' || rtgen.rnd('icgr2', 1, 34)
    WHEN 'Dell TechDirect' THEN fixture_gen.hexn('icds', 1, 32)
    WHEN 'Jamf Pro' THEN rtgen.rnd('icjf', 1, 28)
    WHEN 'Slack incoming webhook' THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('slk1', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slk4', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || rtgen.rnd('slk5', 1, 24)
    WHEN 'Amazon S3 (RT attachments)' THEN 'AKIA' || fixture_gen.chars('s3k', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || ':' || rtgen.rnd('s3s', 1, 40)
    ELSE rtgen.rnd('icrt', 1, 40) END,
  rotated_by = (SELECT login FROM rtgen.p WHERE i = 96 + (id * 3) % 20);

-- The reverse proxy's access log in front of RT.
CREATE TABLE servicedesk.web_access_log (
  id bigserial PRIMARY KEY,
  logged_at timestamp(0) NOT NULL,
  remote_addr varchar(45) NOT NULL,
  rt_user varchar(200),
  method varchar(8) NOT NULL,
  uri text NOT NULL,
  status smallint NOT NULL,
  bytes integer NOT NULL,
  user_agent text,
  referer text
);
INSERT INTO servicedesk.web_access_log (logged_at, remote_addr, rt_user, method, uri, status, bytes, user_agent, referer)
SELECT rtgen.at('wal', k, '2025-05-01', '2025-05-31'),
       CASE WHEN k % 5 = 0 THEN '10.' || (20 + k % 30) || '.' || fixture_gen.n('wa3', k, 256) || '.' || (1 + fixture_gen.n('wa4', k, 250)) WHEN k % 7 = 0 THEN fixture_gen.ipv6('wa6', k) ELSE fixture_gen.ipv4('wa', k) END,
       CASE WHEN k % 9 = 0 THEN NULL ELSE u.Name END,
       CASE WHEN k % 6 = 1 THEN 'POST' ELSE 'GET' END,
       CASE k % 10
         WHEN 0 THEN '/Ticket/Display.html?id=' || (1001 + fixture_gen.n('wat', k, 140))
         WHEN 1 THEN '/Ticket/Update.html'
         WHEN 2 THEN '/Search/Results.html?Query=' || replace(replace(replace('Requestor.EmailAddress = ''' || r.email || '''', ' ', '%20'), '''', '%27'), '@', '%40') || '&Rows=50'
         WHEN 3 THEN '/REST/2.0/tickets?query=Queue%3D%27Service%20Desk%27&token=' || rtgen.rnd('wtok', k, 32)
         WHEN 4 THEN '/SelfService/Display.html?id=' || (1001 + fixture_gen.n('wat', k, 140))
         WHEN 5 THEN '/REST/1.0/ticket/' || (1001 + fixture_gen.n('wat', k, 140)) || '/show?user=svc-zabbix&pass=' || rtgen.rnd('wpass', 1, 14)
         WHEN 6 THEN '/index.html'
         WHEN 7 THEN '/Helpers/Autocomplete/Users?term=' || lower(substr(r.last, 1, 4)) || '&return=EmailAddress'
         WHEN 8 THEN '/NoAuth/css/elevator-light/squished-' || fixture_gen.hexn('wcss', 1, 32) || '.css'
         ELSE '/Ticket/Attachment/' || (2000 + k) || '/' || (3000 + k) || '/screenshot.png' END,
       CASE WHEN k % 23 = 0 THEN 403 WHEN k % 17 = 0 THEN 302 ELSE 200 END, 300 + fixture_gen.n('wab', k, 90000),
       rtgen.ua('waua', k),
       CASE WHEN k % 4 = 0 THEN 'https://help.it.kingsbridge.ac.uk/Search/Results.html?Query=' || replace(replace(replace('Requestor.EmailAddress = ''' || r.email || '''', ' ', '%20'), '''', '%27'), '@', '%40')
            WHEN k % 4 = 1 THEN 'https://help.it.kingsbridge.ac.uk/Ticket/Display.html?id=' || (1001 + fixture_gen.n('war', k, 140))
            WHEN k % 4 = 2 THEN '-' END
FROM generate_series(1, 260) k
JOIN Users u ON u.id = 116 + fixture_gen.n('wau', k, 20)
JOIN rtgen.p r ON r.i = 1 + fixture_gen.n('war2', k, 95)
ORDER BY 1;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('servicedesk');
SELECT setval('users_id_seq', (SELECT max(id) FROM Users) + 1, false);
SELECT setval('groups_id_seq', (SELECT max(id) FROM Groups) + 1, false);
SELECT setval('principals_id_seq', (SELECT max(id) FROM Principals) + 1, false);
SELECT setval('queues_id_seq', (SELECT max(id) FROM Queues) + 1, false);
SELECT setval('tickets_id_seq', (SELECT max(id) FROM Tickets) + 1, false);
SELECT setval('transactions_id_seq', (SELECT max(id) FROM Transactions) + 1, false);
SELECT setval('catalogs_id_seq', (SELECT max(id) FROM Catalogs) + 1, false);
SELECT setval('assets_id_seq', (SELECT max(id) FROM Assets) + 1, false);
SELECT setval('customfields_id_seq', (SELECT max(id) FROM CustomFields) + 1, false);
SELECT setval('objectscrips_id_seq', greatest((SELECT max(id) FROM ObjectScrips), (SELECT max(id) FROM ObjectCustomRoles)) + 1, false);

SET client_min_messages = warning;
DROP SCHEMA rtgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
