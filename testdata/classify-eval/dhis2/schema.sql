-- classify-eval fixture (HOLDOUT 65: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- DHIS2 2.39 (2.39.x, District Health Information Software 2, Java and
-- Hibernate) database on PostgreSQL, in the naming its Hibernate mappings
-- and Flyway migrations create: lowercase run-together names, bigint keys
-- named <table>id drawn from one hibernate_sequence, an 11-character uid,
-- code, created, lastupdated, lastupdatedby, timestamps without time zone,
-- translations, attributevalues and sharing as jsonb, enums stored as their
-- names. A subset of its tables (44 of several hundred) and of the columns
-- of the metadata tables.
--
-- The data is that of the national maternal, newborn and child health and
-- immunisation tracker run by the Management Information System of the
-- Directorate General of Health Services (MIS-DGHS), Bangladesh, with HISP
-- Bangladesh, in five districts: Cox's Bazar (Ukhiya and Teknaf, with
-- health posts of the Rohingya camps run by NGO partners), Rangamati
-- (Chakma, Marma and Tripura communities), Sunamganj, Joypurhat and
-- Kishoreganj. Staff users of the DGHS, field workers (health assistants,
-- family welfare assistants and visitors, community health care
-- providers, midwives), NGO staff and international advisers (HISP Centre
-- Oslo, HISP India, WHO, UNICEF, JICA, MSF), with UI locales bn, en, nb,
-- fr. Tracked persons are women and their children: attribute values with
-- names in Latin and Bengali script, husbands', mothers' and fathers'
-- names, NIDs and birth registration numbers (encrypted, as confidential
-- attributes), mobile numbers, villages, camp block and shelter numbers,
-- FCN and UNHCR ids of Rohingya refugees, dates of birth. Enrollments and
-- events with jsonb data values keyed by data element uid (vitals,
-- vaccines, clinical and counselling notes, delivery attendants, outreach
-- sites at people's homes), the users who stored them by username and as
-- createdbyuserinfo JSON, household GPS points; notes, break-the-glass
-- reasons, potential duplicates, audits of attribute and data values;
-- aggregate monthly EPI and MNCH data values with comments, a "name of
-- reporting officer" text element and remarks; messages between health
-- workers, interpretations with @mentions; file resources named after
-- people; the data store with RapidPro and WhatsApp integration tokens;
-- SMS reminders to mothers and SMS received from the field; the audit
-- table; OAuth2 clients, personal access tokens, SQL views and system
-- settings with the SMTP, SMS gateway and remote-instance credentials.
-- Metadata (data elements, attributes, programs, stages, roles, groups,
-- SMS commands, SQL views) holds nothing personal; facilities are public,
-- but their contact people, personal mobiles and some satellite-clinic
-- addresses (held in villagers' homes) are personal.
--
-- Written from memory of the published 2.39 schema (Hibernate mappings and
-- Flyway migrations), with a few spot checks; what may differ: column
-- order and lengths; the users table is gone (2.38 merged it into
-- userinfo, which now has username, password, secret, openid, ldapid,
-- restoretoken, idtoken and the rest), so there is no users table; there
-- is no userapitoken table in DHIS2, personal access tokens are api_token,
-- whose key is stored as a SHA-256 hex hash here (the exact hashing of
-- 2.39 not checked); audit.data is gzip-compressed JSON in the real
-- application, stored here as the plain UTF-8 JSON bytes; usersetting
-- values are Java-serialized objects (strings and Booleans), as here;
-- PostGIS geometry columns are a text domain named geometry holding the
-- hex EWKB that PostGIS prints (the evaluation database has no PostGIS);
-- keyjsonvalue keeps its value in jbplainvalue (jsonb) and, when
-- encrypted, encrypted_value (Jasypt AES, base64); link tables such as
-- programinstancecomments, interpretation_comments, usergroupmembers and
-- usermembership are left out.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- uid: DHIS2's 11-character uid (a letter, then ten letters or digits).
CREATE FUNCTION pgen.uid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.chars(tag || '#0', i, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') || fixture_gen.chars(tag || '#1', i, 10)
$$;

-- at: a time between two instants, with milliseconds.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
            + fixture_gen.n(tag || 'ms', i, 1000) * interval '1 millisecond'
$$;

-- rnd: random-looking characters; fold: a name folded to ASCII for logins.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãåéèêëíìîïóòôöõøúùûüýñçÅÄÖåäöæÆøØ', 'aaaaaaeeeeiiiiooooooouuuuyncAAOaaoaAoO')), '[^a-z0-9]+', '', 'g')
$$;

-- bcrypt as DHIS2 stores passwords (Spring's BCryptPasswordEncoder, cost 10).
CREATE FUNCTION pgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- geometry: a text domain standing in for PostGIS geometry; pt: a point as
-- the hex EWKB (SRID 4326) PostGIS prints.
CREATE DOMAIN geometry AS text;
CREATE FUNCTION pgen.le8(x float8) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(substr(h, 15 - 2 * k, 2), '' ORDER BY k) FROM (SELECT encode(float8send(x), 'hex') AS h) s CROSS JOIN generate_series(0, 7) k
$$;
CREATE FUNCTION pgen.pt(lon float8, lat float8) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '0101000020E6100000' || upper(pgen.le8(round(lon::numeric, 6)::float8) || pgen.le8(round(lat::numeric, 6)::float8)) $$;

-- Bangladeshi mobile numbers (013-019 operators), as people write them.
CREATE FUNCTION pgen.mob(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '01' || fixture_gen.pick(ARRAY['3', '4', '5', '6', '7', '7', '8', '9', '9'], tag || 'op', i) || fixture_gen.digits(tag, i, 8)
$$;
CREATE FUNCTION pgen.mobf(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'fmt', i, 6) WHEN 0 THEN '+88' || m WHEN 1 THEN substr(m, 1, 5) || '-' || substr(m, 6) WHEN 2 THEN '880' || substr(m, 2)
              ELSE m END FROM (SELECT pgen.mob(tag, i) AS m) x
$$;

-- NID: 10-digit smart card numbers, 13-digit and 17-digit (birth year first)
-- laminated-card numbers; district codes of the five districts.
CREATE FUNCTION pgen.nid(tag text, i bigint, byear int, dcode text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'k', i, 3)
    WHEN 0 THEN (1 + fixture_gen.n(tag || 'a', i, 9))::text || fixture_gen.digits(tag, i, 9)
    WHEN 1 THEN dcode || fixture_gen.digits(tag, i, 11)
    ELSE byear::text || dcode || fixture_gen.digits(tag, i, 11) END
$$;
-- BRN: the 17-digit birth registration number (birth year, district code, serial).
CREATE FUNCTION pgen.brn(tag text, i bigint, byear int, dcode text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT byear::text || dcode || fixture_gen.digits(tag, i, 11) $$;

-- aes: what Jasypt's AES encryptor writes (base64 of salt, IV and ciphertext).
CREATE FUNCTION pgen.aes(tag text, i bigint, plainlen int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag, i, 32 + 16 * (1 + plainlen / 16)) $$;

-- jser: a Java-serialized String (TC_STRING) and Boolean, as usersetting stores them.
CREATE FUNCTION pgen.jstr(s text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\xaced000574'::bytea || decode(lpad(to_hex(length(convert_to(s, 'UTF8'))), 4, '0'), 'hex') || convert_to(s, 'UTF8')
$$;
CREATE FUNCTION pgen.jbool(b boolean) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT ('\xaced0005737200116a6176612e6c616e672e426f6f6c65616ecd207280d59cfaee0200015a000576616c7565787' || CASE WHEN b THEN '001' ELSE '000' END)::bytea
$$;

-- ---------------------------------------------------------------------------
-- Places: upazilas, unions, facilities and camps.

CREATE TABLE pgen.upz (id int PRIMARY KEY, name text, bn text, code text, did int, dname text, dcode text, lon float8, lat float8);
INSERT INTO pgen.upz VALUES
  (11, 'Ukhiya', 'উখিয়া', 'CXB-UKH', 6, 'Cox''s Bazar', '22', 92.1035, 21.2838),
  (12, 'Teknaf', 'টেকনাফ', 'CXB-TEK', 6, 'Cox''s Bazar', '22', 92.3040, 20.8622),
  (13, 'Baghaichari', 'বাঘাইছড়ি', 'RNG-BAG', 7, 'Rangamati', '84', 92.2010, 23.0580),
  (14, 'Kaptai', 'কাপ্তাই', 'RNG-KAP', 7, 'Rangamati', '84', 92.2170, 22.4960),
  (15, 'Derai', 'দিরাই', 'SUN-DER', 8, 'Sunamganj', '90', 91.3560, 24.7940),
  (16, 'Tahirpur', 'তাহিরপুর', 'SUN-TAH', 8, 'Sunamganj', '90', 91.1790, 25.0830),
  (17, 'Kalai', 'কালাই', 'JOY-KAL', 9, 'Joypurhat', '38', 89.1790, 25.0700),
  (18, 'Itna', 'ইটনা', 'KIS-ITN', 10, 'Kishoreganj', '48', 91.0850, 24.5330),
  (19, 'Mithamoin', 'মিঠামইন', 'KIS-MIT', 10, 'Kishoreganj', '48', 91.0440, 24.4290);

CREATE TABLE pgen.un (n int PRIMARY KEY, upz int, name text, village text);
INSERT INTO pgen.un VALUES
  (1, 11, 'Rajapalong', 'Kutupalong'), (2, 11, 'Palongkhali', 'Thaingkhali'), (3, 11, 'Jaliapalong', 'Sonarpara'),
  (4, 12, 'Whykong', 'Unchiprang'), (5, 12, 'Hnila', 'Leda'), (6, 12, 'Sabrang', 'Shahporir Dwip'),
  (7, 13, 'Sajek', 'Ruilui Para'), (8, 13, 'Marishya', 'Tintila'), (9, 13, 'Khedarmara', 'Baghaihat'),
  (10, 14, 'Chandraghona', 'Kodala'), (11, 14, 'Raikhali', 'Narichha'), (12, 14, 'Wagga', 'Ramphahar'),
  (13, 15, 'Rafinagar', 'Shyamarchar'), (14, 15, 'Bhatipara', 'Kalikapur'), (15, 15, 'Karimpur', 'Shantipur'),
  (16, 16, 'Badaghat', 'Jadukata'), (17, 16, 'Sreepur', 'Tanguar'), (18, 16, 'Balijuri', 'Bangla Bazar'),
  (19, 17, 'Matrai', 'Matrai Hat'), (20, 17, 'Ahammedabad', 'Pachgram'), (21, 17, 'Punat', 'Punat Bazar'),
  (22, 18, 'Dhanpur', 'Chhilni'), (23, 18, 'Elongjuri', 'Rajibpur'), (24, 18, 'Badla', 'Badla Bazar'),
  (25, 19, 'Ghagra', 'Ghagra Bazar'), (26, 19, 'Katkhal', 'Kathal Bari'), (27, 19, 'Gopdighi', 'Dhaki');

-- Facilities: 20-28 upazila health complexes, 29-82 a union health and family
-- welfare centre (odd) and a community clinic (even) per union, 83-88 camp
-- health posts run by NGOs.
CREATE TABLE pgen.fac (id int PRIMARY KEY, upz int, un int, kind text, name text, short text, camp text, ngo text, lon float8, lat float8);
INSERT INTO pgen.fac
SELECT 19 + (u.id - 10), u.id, NULL, 'UHC', u.name || ' Upazila Health Complex', u.name || ' UHC', NULL, NULL, u.lon + 0.004, u.lat - 0.003 FROM pgen.upz u;
INSERT INTO pgen.fac
SELECT 27 + 2 * un.n, un.upz, un.n, 'UHFWC', un.name || ' Union Health and Family Welfare Centre', un.name || ' UH&FWC', NULL, NULL,
       u.lon + (fixture_gen.n('fx', un.n, 900) - 450) / 10000.0, u.lat + (fixture_gen.n('fy', un.n, 900) - 450) / 10000.0
FROM pgen.un un JOIN pgen.upz u ON u.id = un.upz
UNION ALL
SELECT 28 + 2 * un.n, un.upz, un.n, 'CC', un.village || ' Community Clinic', un.village || ' CC', NULL, NULL,
       u.lon + (fixture_gen.n('cx', un.n, 1200) - 600) / 10000.0, u.lat + (fixture_gen.n('cy', un.n, 1200) - 600) / 10000.0
FROM pgen.un un JOIN pgen.upz u ON u.id = un.upz;
INSERT INTO pgen.fac VALUES
  (83, 11, 1, 'CAMP', 'Camp 1E Kutupalong Health Post (MSF)', 'Camp 1E HP', 'Camp 1E', 'MSF', 92.1470, 21.2120),
  (84, 11, 1, 'CAMP', 'Camp 4 Extension Primary Health Centre (BRAC)', 'Camp 4 Ext PHC', 'Camp 4 Ext', 'BRAC', 92.1530, 21.2010),
  (85, 11, 2, 'CAMP', 'Camp 13 Thaingkhali Health Post (Gonoshasthaya Kendra)', 'Camp 13 HP', 'Camp 13', 'Gonoshasthaya Kendra', 92.1610, 21.1810),
  (86, 11, 2, 'CAMP', 'Camp 15 Jamtoli Primary Health Centre (IOM)', 'Camp 15 PHC', 'Camp 15', 'IOM', 92.1560, 21.1660),
  (87, 12, 5, 'CAMP', 'Camp 24 Leda Primary Health Centre (Mukti)', 'Camp 24 PHC', 'Camp 24', 'Mukti Cox''s Bazar', 92.2420, 20.9830),
  (88, 12, 4, 'CAMP', 'Camp 26 Nayapara Health Post (RTMI)', 'Camp 26 HP', 'Camp 26', 'RTMI', 92.2600, 20.9560);

-- ---------------------------------------------------------------------------
-- Names of the communities: Bengali Muslims and Hindus, Chakma, Marma and
-- Tripura of the hill tracts, Rohingya; Bengali script beside the Latin
-- spellings where registers are kept in Bangla.
CREATE TABLE pgen.nm (grp text, sex text, firsts text[], lasts text[], firsts_bn text[], lasts_bn text[]);
INSERT INTO pgen.nm VALUES
 ('bdm', 'F', ARRAY['Rahima', 'Nasrin', 'Shirin', 'Sharmin', 'Rokeya', 'Hasina', 'Fatema', 'Jannatul Ferdous', 'Sumaiya', 'Taslima', 'Morjina', 'Ayesha', 'Rupa', 'Salma',
   'Nazma', 'Shahnaz', 'Sabina', 'Khadiza', 'Mahmuda', 'Rehana', 'Lovely', 'Mitu', 'Tania', 'Shapla', 'Kulsum', 'Rabeya', 'Jesmin', 'Moriom'],
  ARRAY['Begum', 'Akter', 'Khatun', 'Sultana', 'Parvin', 'Nahar', 'Yasmin', 'Islam', 'Ferdousi', 'Jahan', 'Akhter', 'Bibi'],
  ARRAY['রহিমা', 'নাসরিন', 'শিরিন', 'শারমিন', 'রোকেয়া', 'হাসিনা', 'ফাতেমা', 'জান্নাতুল ফেরদৌস', 'সুমাইয়া', 'তাসলিমা', 'মর্জিনা', 'আয়েশা', 'রুপা', 'সালমা',
   'নাজমা', 'শাহনাজ', 'সাবিনা', 'খাদিজা', 'মাহমুদা', 'রেহানা', 'লাভলী', 'মিতু', 'তানিয়া', 'শাপলা', 'কুলসুম', 'রাবেয়া', 'জেসমিন', 'মরিয়ম'],
  ARRAY['বেগম', 'আক্তার', 'খাতুন', 'সুলতানা', 'পারভীন', 'নাহার', 'ইয়াসমিন', 'ইসলাম', 'ফেরদৌসী', 'জাহান', 'আখতার', 'বিবি']),
 ('bdm', 'M', ARRAY['Md. Abdul', 'Md. Rafiqul', 'Md. Jahangir', 'Kamrul', 'Md. Shafiqul', 'Mizanur', 'Habibur', 'Nurul', 'Anwar', 'Rezaul', 'Mahbubur', 'Saiful', 'Tanvir',
   'Imran', 'Sohel', 'Mominul', 'Abu Bakar', 'Faruk', 'Delwar', 'Jashim', 'Nazrul', 'Aminul'],
  ARRAY['Karim', 'Islam', 'Alam', 'Hasan', 'Rahman', 'Amin', 'Hossain', 'Ahmed', 'Rana', 'Uddin', 'Miah', 'Sarker', 'Chowdhury', 'Talukder', 'Bhuiyan', 'Sheikh',
   'Haque', 'Siddique', 'Mollah', 'Kabir'], NULL, NULL),
 ('bdh', 'F', ARRAY['Shyamoli', 'Pritilata', 'Anjali', 'Dipali', 'Mousumi', 'Shikha', 'Sabita', 'Rina', 'Putul', 'Laxmi', 'Tumpa', 'Papiya', 'Chandana', 'Gita'],
  ARRAY['Rani Das', 'Sarkar', 'Dey', 'Ghosh', 'Paul', 'Biswas', 'Roy', 'Saha', 'Debnath', 'Rani Mondal', 'Rani Barman', 'Talukdar'],
  ARRAY['শ্যামলী', 'প্রীতিলতা', 'অঞ্জলি', 'দিপালী', 'মৌসুমী', 'শিখা', 'সবিতা', 'রিনা', 'পুতুল', 'লক্ষ্মী', 'টুম্পা', 'পাপিয়া', 'চন্দনা', 'গীতা'],
  ARRAY['রানী দাস', 'সরকার', 'দে', 'ঘোষ', 'পাল', 'বিশ্বাস', 'রায়', 'সাহা', 'দেবনাথ', 'রানী মন্ডল', 'রানী বর্মন', 'তালুকদার']),
 ('bdh', 'M', ARRAY['Gopal', 'Subrata', 'Tapan', 'Bikash', 'Pradip', 'Nirmal', 'Uttam', 'Shankar', 'Dipankar', 'Ratan', 'Sujit', 'Ashoke'],
  ARRAY['Das', 'Dey', 'Ghosh', 'Saha', 'Roy', 'Paul', 'Biswas', 'Mondal', 'Barman', 'Sarkar', 'Debnath', 'Chandra Das'], NULL, NULL),
 ('cht', 'F', ARRAY['Jyoti', 'Mraching', 'Sabita', 'Aungmraching', 'Nuching', 'Priti', 'Ushamong', 'Kohinoor', 'Sumitra', 'Rupna', 'Mayarani', 'Ching Ching'],
  ARRAY['Chakma', 'Marma', 'Tripura', 'Tanchangya', 'Chakma', 'Marma'], NULL, NULL),
 ('cht', 'M', ARRAY['Aung Thowai', 'Kyaw Sing', 'Mongsanu', 'Jatan', 'Bodhisattwa', 'Shanti Jibon', 'Uchai', 'Prasanta', 'Mong Shwe', 'Jibon'],
  ARRAY['Marma', 'Chakma', 'Tripura', 'Chakma', 'Tanchangya'], NULL, NULL),
 ('roh', 'F', ARRAY['Rashida', 'Nur Kalima', 'Hamida', 'Sanjida', 'Umme Salma', 'Rokiya', 'Dildar', 'Nur Jahan', 'Bibi Aysha', 'Shomira', 'Minara', 'Jannat Ara', 'Sufaida', 'Rahena'],
  ARRAY['Begum', 'Khatun', 'Bibi', 'Hatun'], NULL, NULL),
 ('roh', 'M', ARRAY['Mohammed Ayas', 'Sayed Alam', 'Nur Hossain', 'Abul Kalam', 'Mohammed Rafique', 'Ruhul Amin', 'Jafar Alam', 'Kabir Ahmed', 'Mohammed Yunus', 'Dil Mohammed',
   'Shafi Alam', 'Hamid Hussain'], ARRAY[''], NULL, NULL);

CREATE FUNCTION pgen.fn(g text, s text, tag text, i bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT firsts[1 + fixture_gen.n(tag, i, cardinality(firsts))] FROM pgen.nm WHERE grp = g AND sex = s $$;
CREATE FUNCTION pgen.ln(g text, s text, tag text, i bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT lasts[1 + fixture_gen.n(tag, i, cardinality(lasts))] FROM pgen.nm WHERE grp = g AND sex = s $$;
CREATE FUNCTION pgen.full(g text, s text, tag text, i bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT btrim(pgen.fn(g, s, tag || 'f', i) || ' ' || pgen.ln(g, s, tag || 'l', i)) $$;

-- ---------------------------------------------------------------------------
-- Women registered in the tracker (1-220) and their children (1-180).
CREATE TABLE pgen.w (i int PRIMARY KEY, grp text, fac int, upz int, un int, dcode text, village text, first text, last text, bn boolean,
  husband text, mother text, dob date, nid text, phone text, hh text, mnch text, address text, fcn text, unhcr text, edu text, blood text, lon float8, lat float8);
INSERT INTO pgen.w (i, fac, upz, un, dcode, grp)
SELECT i, f.id, f.upz, f.un, u.dcode,
       CASE WHEN f.kind = 'CAMP' THEN 'roh'
            WHEN f.upz IN (13, 14) THEN CASE WHEN fixture_gen.n('wg', i, 10) < 7 THEN 'cht' ELSE 'bdm' END
            WHEN f.upz IN (15, 16, 17, 18, 19) THEN CASE WHEN fixture_gen.n('wg', i, 10) < 3 THEN 'bdh' ELSE 'bdm' END
            ELSE CASE WHEN fixture_gen.n('wg', i, 10) < 1 THEN 'bdh' ELSE 'bdm' END END
FROM generate_series(1, 220) i
JOIN pgen.fac f ON f.id = CASE WHEN i % 5 = 0 THEN 83 + (i / 5) % 6 ELSE 29 + fixture_gen.n('wf', i, 54) END
JOIN pgen.upz u ON u.id = f.upz;
UPDATE pgen.w SET un = (SELECT f.un FROM pgen.fac f WHERE f.id = w.fac) WHERE un IS NULL;

UPDATE pgen.w w SET
  first = pgen.fn(grp, 'F', 'wfn', i), last = pgen.ln(grp, 'F', 'wln', i),
  bn = grp IN ('bdm', 'bdh') AND fixture_gen.n('wbn', i, 7) = 0,
  husband = CASE WHEN grp = 'roh' THEN pgen.fn('roh', 'M', 'whf', i) ELSE pgen.full(grp, 'M', 'wh', i) END,
  mother = pgen.full(grp, 'F', 'wm', i),
  dob = date '1982-01-01' + fixture_gen.n('wdob', i, 365 * 24),
  village = CASE WHEN grp = 'roh' THEN (SELECT camp FROM pgen.fac WHERE id = w.fac)
                 WHEN grp = 'cht' THEN fixture_gen.pick(ARRAY['Chakma Para', 'Marma Para', 'Tripura Para', 'Ruilui Para', 'Kongolak Para', 'Hazachara', 'Machalong'], 'wv', i)
                 ELSE fixture_gen.pick(ARRAY['Uttar Para', 'Dakshin Para', 'Purba Para', 'Paschim Para', 'Char Para', 'Kazi Para', 'Bazar Para', 'Hindu Para', 'Madhya Para'], 'wv', i)
                      || CASE WHEN i % 3 = 0 THEN ', ' || (SELECT village FROM pgen.un WHERE n = w.un) ELSE '' END END,
  phone = CASE WHEN fixture_gen.n('wph', i, 10) < CASE WHEN grp = 'roh' THEN 5 ELSE 9 END THEN pgen.mobf('wph', i) END,
  hh = 'HH-' || lpad((1 + fixture_gen.n('whh', i, 2400))::text, 4, '0'),
  edu = fixture_gen.pick(CASE WHEN grp = 'roh' THEN ARRAY['No schooling', 'No schooling', 'Maktab only', 'Class 3'] ELSE ARRAY['No schooling', 'Class 5', 'Class 8', 'SSC', 'HSC', 'Dakhil (Madrasa)', 'Graduate'] END, 'wedu', i),
  blood = CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['A+', 'B+', 'O+', 'AB+', 'O-', 'B-'], 'wbl', i) END;
UPDATE pgen.w w SET
  first = CASE WHEN bn THEN (SELECT firsts_bn[array_position(firsts, w.first)] FROM pgen.nm WHERE grp = w.grp AND sex = 'F')
               WHEN grp = 'bdm' AND i % 6 = 1 THEN 'Mst. ' || first ELSE first END,
  last = CASE WHEN bn THEN (SELECT lasts_bn[array_position(lasts, w.last)] FROM pgen.nm WHERE grp = w.grp AND sex = 'F') ELSE last END,
  nid = CASE WHEN grp <> 'roh' AND fixture_gen.n('wnid', i, 10) < 7 THEN pgen.nid('wnid', i, extract(year FROM dob)::int, dcode) END,
  fcn = CASE WHEN grp = 'roh' THEN 'FCN-' || (100000 + fixture_gen.n('wfcn', i, 800000))::text END,
  unhcr = CASE WHEN grp = 'roh' AND i % 2 = 0 THEN '18' || fixture_gen.pick(ARRAY['1', '3', '4', '5'], 'wun', i) || '-' || fixture_gen.digits('wun', i, 2) || 'C' || fixture_gen.digits('wunb', i, 6) END,
  address = CASE WHEN grp = 'roh' THEN (SELECT camp FROM pgen.fac WHERE id = w.fac) || ', Block ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'wblk', i) || '-' || (1 + fixture_gen.n('wblkn', i, 12))
                      || ', Shelter ' || (1 + fixture_gen.n('wsh', i, 480))
                 WHEN grp = 'cht' THEN 'House ' || (1 + fixture_gen.n('whn', i, 60)) || ', ' || village || ', ' || (SELECT name FROM pgen.un WHERE n = w.un) || ' Union'
                 ELSE fixture_gen.pick(ARRAY['Mollah', 'Kazi', 'Sheikh', 'Munshi', 'Sarkar', 'Chowdhury', 'Bepari', 'Howlader', 'Mia', 'Master'], 'wbari', i) || ' Bari, Ward '
                      || (1 + fixture_gen.n('wwd', i, 9)) || ', ' || village || ', ' || (SELECT name FROM pgen.un WHERE n = w.un) END,
  lon = (SELECT lon FROM pgen.fac WHERE id = w.fac) + (fixture_gen.n('wlo', i, 400) - 200) / 10000.0,
  lat = (SELECT lat FROM pgen.fac WHERE id = w.fac) + (fixture_gen.n('wla', i, 400) - 200) / 10000.0;
UPDATE pgen.w w SET mnch = 'MNCH-' || (SELECT code FROM pgen.upz WHERE id = w.upz) || '-' || lpad((4000 + i * 7)::text, 6, '0');

CREATE TABLE pgen.c (k int PRIMARY KEY, m int, sex text, first text, last text, dob date, brn text, father text, mother text, phone text);
INSERT INTO pgen.c (k, m, sex)
SELECT k, 1 + ((k * 37) % 220), CASE WHEN fixture_gen.n('cs', k, 2) = 0 THEN 'Female' ELSE 'Male' END FROM generate_series(1, 180) k;
UPDATE pgen.c c SET
  dob = date '2021-03-01' + fixture_gen.n('cdob', k, 1150),
  father = w.husband,
  mother = btrim(w.first || ' ' || coalesce(w.last, '')),
  phone = w.phone,
  first = CASE WHEN k % 7 = 3 THEN 'Baby'
               WHEN w.grp = 'roh' THEN fixture_gen.pick(CASE WHEN c.sex = 'Male' THEN ARRAY['Mohammed Yunus', 'Jubair', 'Anwar Sadek', 'Noor Mohammed', 'Faisal', 'Mohammed Idris'] ELSE ARRAY['Nur Fatema', 'Asma', 'Rukaiya', 'Tahera', 'Nur Ankis', 'Sokina'] END, 'cfn', k)
               WHEN w.grp = 'cht' THEN fixture_gen.pick(CASE WHEN c.sex = 'Male' THEN ARRAY['Aungsing', 'Milon', 'Jewel', 'Sumon', 'Thowai Ching'] ELSE ARRAY['Nuching', 'Priyanka', 'Ching Mra', 'Rumi', 'Dipika'] END, 'cfn', k)
               WHEN w.grp = 'bdh' THEN fixture_gen.pick(CASE WHEN c.sex = 'Male' THEN ARRAY['Arnob', 'Joy', 'Utsho', 'Pritom', 'Shuvo', 'Rudra'] ELSE ARRAY['Priya', 'Orpa', 'Puja', 'Trisha', 'Rupkotha'] END, 'cfn', k)
               ELSE fixture_gen.pick(CASE WHEN c.sex = 'Male' THEN ARRAY['Md. Arif', 'Rayhan', 'Tahsin', 'Sakib', 'Nayeem', 'Rafi', 'Ayaan', 'Mahin', 'Zayan', 'Abdullah', 'Tamim', 'Siam']
                                         ELSE ARRAY['Tasnim', 'Mim', 'Nusrat', 'Jannat', 'Raisa', 'Ayesha', 'Sadia', 'Anika', 'Marium', 'Fariha'] END, 'cfn', k) END,
  last = CASE WHEN k % 7 = 3 THEN 'of ' || btrim(w.first || ' ' || coalesce(w.last, ''))
              WHEN w.grp = 'roh' THEN CASE WHEN c.sex = 'Female' THEN 'Begum' END
              WHEN w.grp IN ('cht', 'bdh') THEN split_part(w.husband, ' ', array_length(string_to_array(w.husband, ' '), 1))
              ELSE fixture_gen.pick(CASE WHEN c.sex = 'Male' THEN ARRAY['Hossain', 'Islam', 'Rahman', 'Ahmed', 'Hasan', 'Uddin'] ELSE ARRAY['Akter', 'Khatun', 'Islam', 'Jahan'] END, 'cln', k) END
FROM pgen.w w WHERE w.i = c.m;
UPDATE pgen.c c SET brn = pgen.brn('cbrn', k, extract(year FROM c.dob)::int, w.dcode) FROM pgen.w w WHERE w.i = c.m AND w.grp <> 'roh' AND fixture_gen.n('cbrn', k, 10) < 6;

-- ---------------------------------------------------------------------------
-- Staff users: 1-3 the admin and service accounts, 4-18 national staff and
-- advisers, 19-27 upazila statisticians, 28-36 EPI technologists, 37-82 field
-- workers of the union centres and community clinics, 83-90 camp NGO staff.
CREATE TABLE pgen.u (i int PRIMARY KEY, grp text, sex text, first text, last text, username text, email text, phone text, job text, employer text, nat text,
  locale text, ou int, dob date, intro text, edu text, interests text, langs text, whatsapp text, telegram text, skype text, twitter text, fbm text,
  openid text, ldapid text, hris text, bkash text);
INSERT INTO pgen.u (i, grp, sex, first, last, username, email, phone, job, employer, nat, locale, ou, dob, edu, langs) VALUES
  (1, NULL, NULL, 'admin', 'admin', 'admin', NULL, NULL, NULL, NULL, NULL, 'en', 1, NULL, NULL, NULL),
  (2, NULL, NULL, 'RapidPro', 'Integration', 'rapidpro-sync', 'hmis.integration@dghs.gov.bd', NULL, 'Service account', NULL, NULL, 'en', 1, NULL, NULL, NULL),
  (3, NULL, NULL, 'HMIS Dashboard', 'API', 'api-dashboard', 'mis.dashboard@dghs.gov.bd', NULL, 'Service account', NULL, NULL, 'en', 1, NULL, NULL, NULL),
  (4, 'bdm', 'M', 'Md. Shahadat', 'Hossain', 'shahadat.mis', 'shahadat.hossain@dghs.gov.bd', '01711-523408', 'Deputy Director (MIS)', 'Directorate General of Health Services', 'Bangladeshi', 'bn', 1, '1971-04-12', 'MBBS, MPH (NIPSOM)', 'Bangla, English'),
  (5, 'bdm', 'F', 'Farhana', 'Yasmin', 'farhana.y', 'farhanayasmin.cse@gmail.com', '01819447206', 'Programmer, MIS-DGHS', 'Directorate General of Health Services', 'Bangladeshi', 'en', 1, '1990-11-02', 'BSc in CSE (KUET)', 'Bangla, English'),
  (6, 'bdm', 'M', 'Tanvir', 'Ahmed', 'tanvir.hispbd', 'tanvir@hispbangladesh.org', '+8801730018822', 'DHIS2 Implementer', 'HISP Bangladesh Foundation', 'Bangladeshi', 'en', 1, '1988-06-19', 'MSc in Health Informatics', 'Bangla, English, Hindi'),
  (7, 'bdm', 'F', 'Nusrat', 'Jahan', 'nusrat.mnch', 'nusrat.jahan.stat@yahoo.com', '01556-309174', 'Statistician, MNC&AH programme', 'Directorate General of Health Services', 'Bangladeshi', 'bn', 1, '1986-01-25', 'MSc in Statistics (DU)', 'Bangla, English'),
  (8, 'bdm', 'F', 'Dr. Khaleda', 'Parvin', 'khaleda.pm', 'drkhaleda.parvin@dghs.gov.bd', '01713-002915', 'Programme Manager, MNC&AH', 'Directorate General of Health Services', 'Bangladeshi', 'bn', 1, '1969-09-30', 'MBBS, FCPS (Obs & Gynae)', 'Bangla, English'),
  (9, 'bdh', 'M', 'Dr. Ashoke Kumar', 'Saha', 'ashoke.epi', 'ashoke.saha.epi@gmail.com', '01715-660241', 'Deputy Programme Manager, EPI', 'Directorate General of Health Services', 'Bangladeshi', 'bn', 1, '1974-02-14', 'MBBS, MPH', 'Bangla, English'),
  (10, 'bdm', 'F', 'Sabrina', 'Chowdhury', 'schowdhury', 'schowdhury@unicef.org', '+880 1730 327 514', 'Health Information Officer', 'UNICEF Bangladesh', 'Bangladeshi', 'en', 1, NULL, 'MPH (BRAC University)', 'Bangla, English'),
  (11, 'intl', 'F', 'Ingrid', 'Solberg', 'ingrid.solberg', 'ingrid.solberg@medisin.uio.no', '+47 924 18 305', 'Tracker implementation adviser', 'HISP Centre, University of Oslo', 'Norwegian', 'nb', 1, '1984-08-08', 'PhD in Informatics (UiO)', 'Norwegian, English, some Bangla'),
  (12, 'intl', 'M', 'Eirik', 'Haugen', 'eirikh', 'e.haugen@uio.no', '+47 481 22 907', 'Software developer', 'HISP Centre, University of Oslo', 'Norwegian', 'nb', 1, NULL, NULL, 'Norwegian, English'),
  (13, 'intl', 'M', 'Arvind Kumar', 'Singh', 'arvind.hispindia', 'arvind.singh@hispindia.org', '+91 98100 46217', 'Senior DHIS2 consultant', 'HISP India', 'Indian', 'en', 1, '1979-12-01', 'MCA', 'Hindi, English, Bangla'),
  (14, 'intl', 'F', 'Dr. Grace Wanjiru', 'Kamau', 'gkamau', 'kamaug@who.int', '+254 722 408 116', 'EPI data consultant', 'WHO Bangladesh', 'Kenyan', 'en', 1, NULL, 'MBChB, MSc Epidemiology (LSHTM)', 'English, Kiswahili'),
  (15, 'intl', 'F', 'Maria Cristina', 'Santos', 'mcsantos', 'mcsantos@unicef.org', '+63 917 552 0913', 'Health Officer, Cox''s Bazar', 'UNICEF', 'Filipino', 'en', 6, '1982-05-17', 'RN, MPH', 'Filipino, English'),
  (16, 'intl', 'M', 'Kenji', 'Watanabe', 'k.watanabe', 'watanabe.kenji@jica.go.jp', '+81 90-4417-2286', 'Chief Advisor, MNCH project', 'JICA', 'Japanese', 'en', 1, NULL, NULL, 'Japanese, English'),
  (17, 'intl', 'F', 'Sophie', 'Laurent', 'slaurent', 'msfocb-kutupalong-medco@brussels.msf.org', '+880 1847 020 415', 'Medical coordinator', 'Médecins Sans Frontières', 'French', 'fr', 83, '1987-03-03', 'Docteur en médecine (Lyon)', 'French, English'),
  (18, 'intl', 'M', 'Ahmad Farid', 'Noori', 'anoori', 'nooria@who.int', '+93 79 912 4403', 'Health cluster IM officer', 'WHO Cox''s Bazar', 'Afghan', 'en', 6, '1983-10-21', 'MD (Kabul Medical University)', 'Dari, Pashto, English');

INSERT INTO pgen.u (i, ou) SELECT k, CASE WHEN k <= 27 THEN k + 1 WHEN k <= 36 THEN k - 8 WHEN k <= 82 THEN 29 + (k - 37) ELSE 83 + (k - 83) % 6 END FROM generate_series(19, 90) k;
UPDATE pgen.u u SET
  job = CASE WHEN i <= 27 THEN 'Statistician' WHEN i <= 36 THEN 'Medical Technologist (EPI)'
             WHEN i <= 82 AND f.kind = 'UHFWC' THEN fixture_gen.pick(ARRAY['Family Welfare Visitor', 'Family Welfare Assistant', 'Sub-Assistant Community Medical Officer'], 'ujob', i)
             WHEN i <= 82 THEN fixture_gen.pick(ARRAY['Community Health Care Provider', 'Health Assistant', 'Family Welfare Assistant', 'Community Health Care Provider'], 'ujob', i)
             ELSE fixture_gen.pick(ARRAY['Midwife', 'Community Health Worker supervisor', 'Data Officer', 'Nurse'], 'ujob', i) END,
  grp = CASE WHEN f.upz IN (13, 14) AND i % 2 = 0 THEN 'cht' WHEN i % 4 = 1 THEN 'bdh' ELSE 'bdm' END,
  employer = CASE WHEN f.kind = 'CAMP' THEN f.ngo END
FROM pgen.fac f WHERE f.id = u.ou AND u.i >= 19;
UPDATE pgen.u SET
  sex = CASE WHEN job IN ('Family Welfare Visitor', 'Family Welfare Assistant', 'Midwife', 'Nurse') THEN 'F' WHEN job = 'Medical Technologist (EPI)' THEN 'M'
             WHEN fixture_gen.n('usex', i, 2) = 0 THEN 'F' ELSE 'M' END,
  employer = coalesce(employer, CASE WHEN job IN ('Family Welfare Visitor', 'Family Welfare Assistant') THEN 'Directorate General of Family Planning' ELSE 'Directorate General of Health Services' END)
WHERE i >= 19;
UPDATE pgen.u u SET first = pgen.fn(grp, sex, 'ufn', i), last = pgen.ln(grp, sex, 'uln', i) WHERE i >= 19;
UPDATE pgen.u u SET
  username = CASE i % 5
      WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last)
      WHEN 1 THEN CASE WHEN job LIKE 'Community Health Care%' THEN 'chcp' WHEN job LIKE 'Family Welfare A%' THEN 'fwa' WHEN job LIKE 'Family Welfare V%' THEN 'fwv'
                       WHEN job = 'Statistician' THEN 'stat' WHEN job LIKE 'Medical Tech%' THEN 'mtepi' WHEN job = 'Health Assistant' THEN 'ha' WHEN job LIKE 'Sub-Assistant%' THEN 'sacmo' ELSE 'ngo' END || '.' || pgen.fold(coalesce(un.name, z.name)) || CASE WHEN i > 60 THEN (i % 10)::text ELSE '' END
      WHEN 2 THEN pgen.fold(first) || pgen.fold(last) || (i % 90)::text
      WHEN 3 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || '_' || lower(split_part(z.code, '-', 2))
      ELSE pgen.fold(split_part(first, ' ', array_length(string_to_array(first, ' '), 1))) || '_' || lower(replace(z.code, '-', '')) END,
  email = CASE WHEN i % 3 = 0 THEN NULL WHEN f.kind = 'CAMP' THEN pgen.fold(first) || '.' || pgen.fold(last) || '@' || fixture_gen.pick(ARRAY['brac.net', 'gkbd.org', 'iom.int', 'mukticxb.org', 'rtmi-bd.org'], 'uem', i)
               ELSE pgen.fold(first) || fixture_gen.pick(ARRAY['.', '', '_'], 'uemd', i) || pgen.fold(last) || CASE WHEN i % 2 = 0 THEN (1970 + fixture_gen.n('uey', i, 30))::text ELSE '' END
                    || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com'], 'uemh', i) END,
  phone = CASE WHEN i % 11 = 4 THEN NULL ELSE pgen.mobf('uph', i) END,
  nat = CASE WHEN i % 3 <> 2 THEN 'Bangladeshi' END,
  locale = CASE WHEN i % 4 = 0 THEN 'en' ELSE 'bn' END,
  dob = CASE WHEN i % 5 <> 2 THEN date '1968-01-01' + fixture_gen.n('udob', i, 365 * 30) END,
  edu = CASE WHEN i % 4 <> 3 THEN CASE WHEN job = 'Statistician' THEN 'MSc in Statistics' WHEN job LIKE 'Medical Tech%' THEN 'Diploma in Medical Technology'
             WHEN job = 'Midwife' THEN 'Diploma in Midwifery (BNMC)' WHEN job = 'Nurse' THEN 'BSc in Nursing'
             WHEN job LIKE 'Sub-Assistant%' THEN 'Diploma in Medical Faculty (SACMO)' ELSE fixture_gen.pick(ARRAY['HSC', 'SSC', 'BA (Pass)', 'BSS', 'HSC, FWV training (FWVTI Chattogram)'], 'uedu', i) END END,
  langs = CASE WHEN grp = 'cht' THEN 'Bangla, ' || last || ', English' WHEN z.did = 6 THEN 'Bangla, Chittagonian' || CASE WHEN f.kind = 'CAMP' THEN ', Rohingya' ELSE '' END
               WHEN i % 3 = 0 THEN 'Bangla' ELSE 'Bangla, English' END,
  hris = CASE WHEN f.kind <> 'CAMP' AND i % 6 <> 5 THEN fixture_gen.digits('uhris', i, 8) END,
  bkash = CASE WHEN i >= 37 AND i % 4 <> 0 THEN pgen.mob('ubk', i) END
FROM pgen.fac f JOIN pgen.upz z ON z.id = f.upz LEFT JOIN pgen.un un ON un.n = f.un
WHERE f.id = u.ou AND u.i >= 19;
UPDATE pgen.u u SET
  whatsapp = CASE WHEN i >= 4 AND i % 5 IN (0, 2, 3) AND phone IS NOT NULL THEN CASE WHEN phone LIKE '+%' THEN phone WHEN phone LIKE '880%' THEN '+' || phone ELSE '+88' || regexp_replace(phone, '[^0-9]', '', 'g') END END,
  telegram = CASE WHEN i IN (6, 11, 13, 18) OR i % 13 = 5 THEN '@' || pgen.fold(first) || '_' || substr(pgen.fold(last), 1, 4) END,
  skype = CASE WHEN i IN (11, 12, 13, 16) OR (i % 17 = 3 AND i > 3) THEN CASE WHEN i % 2 = 0 THEN 'live:.cid.' || fixture_gen.hexn('usky', i, 16) ELSE pgen.fold(first) || '.' || pgen.fold(last) END END,
  twitter = CASE WHEN i IN (4, 6, 14, 15) OR i % 19 = 7 THEN '@' || initcap(pgen.fold(first)) || initcap(substr(pgen.fold(last), 1, 6)) END,
  fbm = CASE WHEN i >= 19 AND i % 4 = 1 THEN 'https://m.me/' || pgen.fold(first) || '.' || pgen.fold(last) || '.' || (i * 7) END,
  openid = CASE WHEN i IN (10, 14, 15, 18) THEN email END,
  ldapid = CASE WHEN i BETWEEN 4 AND 9 THEN 'uid=' || username || ',ou=staff,ou=mis,dc=dghs,dc=gov,dc=bd' END,
  interests = CASE WHEN i % 6 = 1 THEN fixture_gen.pick(ARRAY['Cricket, gardening', 'Rabindra sangeet', 'Reading, travelling', 'Data visualisation', 'Football (Abahani fan)', 'Cooking pitha'], 'uint', i) END;
UPDATE pgen.u u SET intro = CASE
    WHEN i = 8 THEN 'Programme Manager MNC&AH. Please send tracker issues through your upazila statistician first.'
    WHEN i = 11 THEN 'Working with MIS-DGHS on the MNCH tracker since 2021. Reachable on Telegram ' || telegram || ' or +47 924 18 305.'
    WHEN i = 17 THEN 'MedCo MSF OCB Kutupalong. For urgent referrals call the medical emergency line, not me directly.'
    WHEN i >= 19 AND i % 4 = 2 THEN fixture_gen.pick(ARRAY[
      'Working in ' || (SELECT name FROM pgen.fac WHERE id = u.ou) || ' since 20' || (10 + i % 12) || '. Satellite clinics on Sunday and Wednesday. Mobile ' || coalesce(phone, 'n/a') || '.',
      'Responsible for EPI sessions in wards 1-3. Outreach schedule is on the CC notice board.',
      'For data correction requests call me or mail ' || coalesce(email, 'the UH&FPO office') || '.',
      'আমি ' || (SELECT name FROM pgen.fac WHERE id = u.ou) || '-এ কর্মরত। জরুরি প্রয়োজনে ' || coalesce(phone, 'অফিসে') || ' নম্বরে যোগাযোগ করুন।',
      'Data entry on tablet, sync every evening from the union parishad wifi.'], 'uintro', i) END;

UPDATE pgen.u SET hris = fixture_gen.digits('uhris', i, 8) WHERE i IN (4, 5, 7, 8, 9);
UPDATE pgen.u SET bkash = pgen.mob('ubk', i), whatsapp = coalesce(whatsapp, '+88' || regexp_replace(phone, '[^0-9]', '', 'g')) WHERE i IN (4, 5, 7, 9);

-- fw: the user who registers and visits people of a facility (its field
-- worker, else the upazila statistician); ui: a user as DHIS2 writes it into
-- createdbyuserinfo and the event data values.
CREATE FUNCTION pgen.fw(f int) RETURNS int LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN f BETWEEN 29 AND 74 THEN f + 8 WHEN f >= 83 THEN f ELSE 19 + ((SELECT x.upz FROM pgen.fac x WHERE x.id = f) - 11) END $$;
CREATE FUNCTION pgen.ui(ui bigint) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('uid', pgen.uid('user', u.i), 'surname', u.last, 'username', u.username, 'firstName', u.first) FROM pgen.u u WHERE u.i = ui $$;
CREATE FUNCTION pgen.uname(ui bigint) RETURNS text LANGUAGE sql STABLE AS $$ SELECT username FROM pgen.u WHERE i = ui $$;
CREATE FUNCTION pgen.jts(t timestamp) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS') $$;

-- ---------------------------------------------------------------------------
-- The hierarchy: country, divisions, districts, upazilas, facilities.
CREATE TABLE organisationunit (
    organisationunitid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL, shortname varchar(50) NOT NULL, parentid bigint REFERENCES organisationunit, path varchar(255) UNIQUE,
    hierarchylevel integer, description text, openingdate date, closeddate date, comment text, url varchar(255), contactperson varchar(255), address varchar(255),
    email varchar(150), phonenumber varchar(150), geometry geometry, image bigint, userid bigint, translations jsonb DEFAULT '[]'::jsonb, attributevalues jsonb DEFAULT '{}'::jsonb
);
CREATE TABLE pgen.ou (id int PRIMARY KEY, parent int, lvl int, name text, short text, code text, bn text, kind text, lon float8, lat float8, upz int, un int);
INSERT INTO pgen.ou VALUES
  (1, NULL, 1, 'Bangladesh', 'Bangladesh', 'BD', 'বাংলাদেশ', 'COUNTRY', NULL, NULL, NULL, NULL),
  (2, 1, 2, 'Chattogram Division', 'Chattogram', 'BD-B', 'চট্টগ্রাম বিভাগ', 'DIV', NULL, NULL, NULL, NULL),
  (3, 1, 2, 'Sylhet Division', 'Sylhet', 'BD-G', 'সিলেট বিভাগ', 'DIV', NULL, NULL, NULL, NULL),
  (4, 1, 2, 'Rajshahi Division', 'Rajshahi', 'BD-E', 'রাজশাহী বিভাগ', 'DIV', NULL, NULL, NULL, NULL),
  (5, 1, 2, 'Dhaka Division', 'Dhaka', 'BD-C', 'ঢাকা বিভাগ', 'DIV', NULL, NULL, NULL, NULL),
  (6, 2, 3, 'Cox''s Bazar District', 'Cox''s Bazar', 'BD-11', 'কক্সবাজার জেলা', 'DIST', 91.9847, 21.4272, NULL, NULL),
  (7, 2, 3, 'Rangamati District', 'Rangamati', 'BD-56', 'রাঙ্গামাটি জেলা', 'DIST', 92.1753, 22.6533, NULL, NULL),
  (8, 3, 3, 'Sunamganj District', 'Sunamganj', 'BD-61', 'সুনামগঞ্জ জেলা', 'DIST', 91.3990, 25.0658, NULL, NULL),
  (9, 4, 3, 'Joypurhat District', 'Joypurhat', 'BD-24', 'জয়পুরহাট জেলা', 'DIST', 89.0200, 25.0968, NULL, NULL),
  (10, 5, 3, 'Kishoreganj District', 'Kishoreganj', 'BD-26', 'কিশোরগঞ্জ জেলা', 'DIST', 90.7829, 24.4449, NULL, NULL);
INSERT INTO pgen.ou SELECT id, did, 4, name || ' Upazila', name, code, bn || ' উপজেলা', 'UPZ', lon, lat, id, NULL FROM pgen.upz;
INSERT INTO pgen.ou SELECT f.id, f.upz, 5, f.name, left(f.short, 50), z.code || '-' || f.kind || lpad(f.id::text, 3, '0'), NULL, f.kind, f.lon, f.lat, f.upz, f.un
FROM pgen.fac f JOIN pgen.upz z ON z.id = f.upz;

INSERT INTO organisationunit (organisationunitid, uid, code, created, lastupdated, lastupdatedby, name, shortname, parentid, hierarchylevel, description, openingdate, closeddate,
  comment, url, contactperson, address, email, phonenumber, geometry, image, userid, translations, attributevalues)
SELECT o.id, pgen.uid('ou', o.id), o.code, pgen.at('ouc', o.id, '2020-11-01', '2021-02-01'), pgen.at('oul', o.id, '2022-01-01', '2024-05-01'),
       CASE WHEN o.lvl >= 4 THEN 5 ELSE 6 END, o.name, o.short, o.parent, o.lvl,
       CASE o.kind WHEN 'UHC' THEN 'Upazila Health Complex, 50 beds' WHEN 'UHFWC' THEN 'Union Health and Family Welfare Centre (DGFP)' WHEN 'CC' THEN 'Community Clinic (CBHC)'
                   WHEN 'CAMP' THEN 'Health facility in the Rohingya camps, run by an NGO partner under the health sector' END,
       CASE WHEN o.lvl < 5 THEN date '1972-01-01' WHEN o.kind = 'CAMP' THEN date '2017-09-15' + fixture_gen.n('ouop', o.id, 500) ELSE date '1985-01-01' + fixture_gen.n('ouop', o.id, 12000) END,
       CASE WHEN o.id = 88 THEN date '2023-12-31' END,
       CASE o.id % 9
         WHEN 1 THEN CASE WHEN o.lvl = 5 THEN 'Cold chain: ILR and deep freezer at UHC only; vaccines carried in cold box on session days.' END
         WHEN 2 THEN CASE WHEN o.kind = 'CC' THEN 'CHCP on maternity leave until Sept 2023, cover by HA ' || pgen.full('bdm', 'M', 'occ', o.id) || ' (' || pgen.mobf('occ', o.id) || ').' END
         WHEN 4 THEN CASE WHEN o.lvl = 5 THEN 'Road cut off during monsoon (June-Sept); sessions shifted to the union parishad building.' END
         WHEN 5 THEN CASE WHEN o.kind IN ('UHFWC', 'CC') THEN 'Tablet stolen 12/02/2023, GD filed at thana. New tablet issued to ' || pgen.full('bdm', 'F', 'otb', o.id) || '.' END
         WHEN 7 THEN CASE WHEN o.kind = 'CAMP' THEN 'Partner changed in 2023; historic data migrated from KoBo.' END
         ELSE NULL END,
       CASE WHEN o.lvl = 1 THEN 'https://dghs.gov.bd' WHEN o.lvl = 3 THEN 'https://' || lower(replace(replace(o.short, '''', ''), ' ', '')) || '.gov.bd' END,
       CASE WHEN o.kind = 'UHC' THEN 'Dr. ' || pgen.full('bdm', CASE WHEN o.id % 3 = 0 THEN 'F' ELSE 'M' END, 'ocp', o.id) || ' (UH&FPO)'
            WHEN o.kind = 'UHFWC' THEN pgen.full(CASE WHEN o.upz IN (13, 14) THEN 'cht' ELSE 'bdm' END, 'F', 'ocp', o.id) || ', FWV'
            WHEN o.kind = 'CC' THEN CASE WHEN o.id % 4 = 0 THEN 'CHCP: ' ELSE '' END || pgen.full(CASE WHEN o.upz IN (13, 14) THEN 'cht' WHEN o.id % 5 = 0 THEN 'bdh' ELSE 'bdm' END, CASE WHEN o.id % 2 = 0 THEN 'F' ELSE 'M' END, 'ocp', o.id)
            WHEN o.kind = 'CAMP' THEN fixture_gen.pick(ARRAY['Health post focal point', 'Site manager'], 'ocpr', o.id) || ' ' || pgen.full('bdm', 'M', 'ocp', o.id) END,
       CASE WHEN o.kind = 'UHC' THEN (SELECT name FROM pgen.upz WHERE id = o.upz) || ' Sadar, ' || (SELECT dname FROM pgen.upz WHERE id = o.upz)
            WHEN o.kind = 'UHFWC' THEN (SELECT name FROM pgen.un WHERE n = o.un) || ' Union Parishad complex, ' || (SELECT name FROM pgen.upz WHERE id = o.upz)
            WHEN o.kind = 'CC' AND o.id % 3 = 0 THEN 'On land donated by ' || pgen.full('bdm', 'M', 'odon', o.id) || ', Ward ' || (1 + o.id % 9) || ', ' || (SELECT village FROM pgen.un WHERE n = o.un)
            WHEN o.kind = 'CC' AND o.id % 3 = 1 THEN 'Satellite sessions in the house of ' || pgen.full('bdm', 'M', 'odon', o.id) || ', ' || fixture_gen.pick(ARRAY['Uttar Para', 'Bazar Para', 'Dakshin Para'], 'opara', o.id)
            WHEN o.kind = 'CC' THEN 'Ward ' || (1 + o.id % 9) || ', ' || (SELECT village FROM pgen.un WHERE n = o.un)
            WHEN o.kind = 'CAMP' THEN (SELECT camp FROM pgen.fac WHERE id = o.id) || ', Block ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], 'oblk', o.id) || ', ' || (SELECT name FROM pgen.upz WHERE id = o.upz) END,
       CASE WHEN o.kind = 'UHC' THEN 'uhfpo.' || lower((SELECT name FROM pgen.upz WHERE id = o.upz)) || '@ghs.gov.bd'
            WHEN o.kind = 'UHFWC' AND o.id % 3 = 0 THEN pgen.fold(pgen.fn('bdm', 'F', 'ocpf', o.id)) || '.fwv' || (o.id % 50) || '@gmail.com'
            WHEN o.kind = 'CC' AND o.id % 4 = 0 THEN 'cc.' || pgen.fold((SELECT village FROM pgen.un WHERE n = o.un)) || '@gmail.com'
            WHEN o.kind = 'CAMP' THEN 'health.' || lower(replace((SELECT camp FROM pgen.fac WHERE id = o.id), ' ', '')) || '@' || (SELECT CASE f.ngo WHEN 'MSF' THEN 'msf.org' WHEN 'BRAC' THEN 'brac.net' WHEN 'IOM' THEN 'iom.int' WHEN 'RTMI' THEN 'rtmi-bd.org' WHEN 'Gonoshasthaya Kendra' THEN 'gkbd.org' ELSE 'mukticxb.org' END FROM pgen.fac f WHERE f.id = o.id)
            WHEN o.lvl = 3 THEN 'cs' || lower(replace(replace(o.short, '''', ''), ' ', '')) || '@ghs.gov.bd' END,
       CASE WHEN o.kind = 'UHC' THEN '0' || (300 + o.id * 7) || '-' || fixture_gen.digits('oph', o.id, 6) || ', ' || pgen.mobf('ophm', o.id)
            WHEN o.kind IN ('UHFWC', 'CC', 'CAMP') AND o.id % 5 <> 0 THEN pgen.mobf('oph', o.id) WHEN o.lvl = 3 THEN '0' || (300 + o.id * 11) || '-' || fixture_gen.digits('oph', o.id, 5) END,
       CASE WHEN o.lon IS NOT NULL THEN pgen.pt(o.lon, o.lat) END,
       NULL, 5,
       CASE WHEN o.bn IS NOT NULL THEN jsonb_build_array(jsonb_build_object('locale', 'bn', 'property', 'NAME', 'value', o.bn)) ELSE '[]'::jsonb END,
       CASE WHEN o.lvl = 5 THEN jsonb_build_object('xDfR9ogHL1q', jsonb_build_object('value', (10000000 + o.id * 1373)::text)) ELSE '{}'::jsonb END
FROM pgen.ou o ORDER BY o.lvl, o.id;
UPDATE organisationunit c SET path = (WITH RECURSIVE a(id, parent, p) AS (SELECT c.organisationunitid, c.parentid, '/' || c.uid
    UNION ALL SELECT o.organisationunitid, o.parentid, '/' || o.uid || a.p FROM a JOIN organisationunit o ON o.organisationunitid = a.parent) SELECT p FROM a WHERE parent IS NULL);

-- ---------------------------------------------------------------------------
-- Users (userinfo holds the credentials since 2.38), roles, groups, settings.
CREATE TABLE userinfo (
    userinfoid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, code varchar(50) UNIQUE, created timestamp, lastupdated timestamp, lastupdatedby bigint,
    creatoruserid bigint, surname varchar(160) NOT NULL, firstname varchar(160) NOT NULL, email varchar(160), phonenumber varchar(80), jobtitle varchar(160),
    introduction text, gender varchar(50), birthday date, nationality varchar(160), employer varchar(160), education text, interests text, languages text,
    welcomemessage varchar(255), lastcheckedinterpretations timestamp, whatsapp varchar(255), facebookmessenger varchar(255), skype varchar(255), telegram varchar(255),
    twitter varchar(255), avatar bigint, dataviewmaxorgunitlevel integer, attributevalues jsonb DEFAULT '{}'::jsonb, username varchar(255) NOT NULL UNIQUE,
    password varchar(60), secret text, twofa boolean, requires2fa boolean DEFAULT false, externalauth boolean, openid text, ldapid text,
    passwordlastupdated timestamp, lastlogin timestamp, restoretoken varchar(255), restoreexpiry timestamp, selfregistered boolean, invitation boolean,
    disabled boolean, uuid uuid, accountexpiry timestamp, idtoken varchar(255)
);
INSERT INTO userinfo
SELECT u.i, pgen.uid('user', u.i), u.hris, pgen.at('usc', u.i, '2021-01-10', '2023-06-01'), pgen.at('usl', u.i, '2023-06-01', '2024-06-28'),
       CASE WHEN u.i <= 18 THEN 1 ELSE 4 + u.i % 3 END, CASE WHEN u.i <= 3 THEN NULL WHEN u.i <= 18 THEN 1 ELSE 4 + u.i % 3 END,
       u.last, u.first, u.email, u.phone, u.job, u.intro,
       CASE u.sex WHEN 'F' THEN 'gender_female' WHEN 'M' THEN 'gender_male' END, u.dob, u.nat, u.employer, u.edu, u.interests, u.langs,
       CASE WHEN u.i IN (37, 52, 71) THEN 'Welcome to the MNCH tracker. Please sync your tablet before the monthly meeting.' END,
       CASE WHEN u.i % 3 <> 1 THEN pgen.at('ulci', u.i, '2024-01-01', '2024-06-28') END,
       u.whatsapp, u.fbm, u.skype, u.telegram, u.twitter,
       NULL, CASE WHEN u.i BETWEEN 19 AND 36 THEN 4 END,
       CASE WHEN u.bkash IS NOT NULL THEN jsonb_build_object('Bk7xQ2mPa4s', jsonb_build_object('value', u.bkash, 'attribute', jsonb_build_object('id', 'Bk7xQ2mPa4s'))) ELSE '{}'::jsonb END,
       u.username,
       pgen.bcrypt('upw', u.i),
       CASE WHEN u.i IN (1, 4, 5, 6, 11, 12, 13) OR u.i % 7 = 2 THEN fixture_gen.chars('utotp', u.i, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       u.i IN (1, 4, 5, 6, 11, 12, 13), u.i IN (1, 4, 5, 6), u.openid IS NOT NULL OR u.ldapid IS NOT NULL, u.openid, u.ldapid,
       pgen.at('upwl', u.i, '2023-01-01', '2024-06-01'),
       CASE WHEN u.i % 9 <> 4 THEN pgen.at('ull', u.i, '2024-04-01', '2024-06-30') END,
       CASE WHEN u.i IN (27, 44, 63, 79) THEN pgen.bcrypt('urst', u.i) END,
       CASE WHEN u.i IN (27, 44, 63, 79) THEN pgen.at('urex', u.i, '2024-06-25', '2024-07-05') END,
       false, u.i IN (63, 79, 90),
       u.i IN (2, 33, 48, 71) OR (u.i BETWEEN 83 AND 90 AND u.i % 4 = 0),
       fixture_gen.uuid('uuuid', u.i)::uuid,
       CASE WHEN u.i BETWEEN 83 AND 90 OR u.i IN (14, 16) THEN timestamp '2024-12-31 23:59:59' END,
       CASE WHEN u.i IN (27, 44, 63, 79, 90) THEN fixture_gen.chars('uidt', u.i, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') END
FROM pgen.u u ORDER BY u.i;

CREATE TABLE userrole (
    userroleid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL, lastupdatedby bigint,
    name varchar(255) NOT NULL UNIQUE, description text, userid bigint, translations jsonb DEFAULT '[]'::jsonb, sharing jsonb DEFAULT '[]'::jsonb
);
INSERT INTO userrole
SELECT r, pgen.uid('urole', r), NULL, pgen.at('urc', r, '2021-01-05', '2021-03-01'), pgen.at('url', r, '2022-01-01', '2024-03-01'), 6, n, d, 1,
       CASE WHEN r IN (2, 3) THEN jsonb_build_array(jsonb_build_object('locale', 'bn', 'property', 'NAME', 'value', bn)) ELSE '[]'::jsonb END,
       jsonb_build_object('owner', pgen.uid('user', 1), 'public', 'r-------', 'external', false, 'users', '{}'::jsonb, 'userGroups', '{}'::jsonb)
FROM (VALUES (1, 'Superuser', 'All authorities', NULL), (2, 'MNCH Tracker data entry', 'Register women and children, enter ANC, delivery, PNC and immunisation events', 'এমএনসিএইচ ট্র্যাকার ডাটা এন্ট্রি'),
  (3, 'EPI aggregate data entry', 'Monthly EPI and MNCH reporting forms', 'ইপিআই মাসিক রিপোর্ট'), (4, 'Tracker supervisor (upazila)', 'Data entry, audit log, potential duplicates, break the glass', NULL),
  (5, 'National data viewer', 'Dashboards, data visualizer, maps; no data entry', NULL), (6, 'SMS reporter', 'Report through SMS commands', NULL),
  (7, 'Camp partner data entry', 'Camp health posts: tracker and aggregate', NULL), (8, 'Integration (API)', 'Service accounts for RapidPro and the dashboard', NULL)) v(r, n, d, bn);

CREATE TABLE userrolemembers (userroleid bigint NOT NULL REFERENCES userrole, userid bigint NOT NULL REFERENCES userinfo, PRIMARY KEY (userid, userroleid));
INSERT INTO userrolemembers
SELECT DISTINCT r, i FROM pgen.u u CROSS JOIN LATERAL (VALUES
  (CASE WHEN i IN (1, 4, 5, 6, 12, 13) THEN 1 WHEN i IN (2, 3) THEN 8 WHEN i BETWEEN 7 AND 18 AND i <> 17 THEN 5 WHEN i BETWEEN 19 AND 36 THEN 4 WHEN i BETWEEN 37 AND 82 THEN 2 ELSE 7 END),
  (CASE WHEN i BETWEEN 28 AND 82 AND job <> 'Family Welfare Visitor' THEN 3 WHEN i BETWEEN 19 AND 27 THEN 5 END),
  (CASE WHEN job = 'Community Health Care Provider' THEN 6 END)) v(r)
WHERE r IS NOT NULL;

CREATE TABLE usergroup (
    usergroupid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL, lastupdatedby bigint,
    name varchar(230) NOT NULL UNIQUE, uuid uuid, userid bigint, translations jsonb DEFAULT '[]'::jsonb, sharing jsonb DEFAULT '[]'::jsonb
);
INSERT INTO usergroup
SELECT g, pgen.uid('ugrp', g), c, pgen.at('ugc', g, '2021-01-05', '2022-01-01'), pgen.at('ugl', g, '2022-01-01', '2024-06-01'), 6, n, fixture_gen.uuid('uguuid', g)::uuid, 1,
       '[]'::jsonb,
       jsonb_build_object('owner', pgen.uid('user', 6), 'public', 'r-------', 'external', false, 'users', '{}'::jsonb,
         'userGroups', jsonb_build_object(pgen.uid('ugrp', g), jsonb_build_object('id', pgen.uid('ugrp', g), 'access', 'rw------')))
FROM (VALUES (1, 'MIS_ADMIN', 'MIS-DGHS administrators'), (2, 'CXB_MNCH', 'Cox''s Bazar MNCH team'), (3, 'RNG_MNCH', 'Rangamati MNCH team'), (4, 'SUN_EPI', 'Sunamganj EPI team'),
  (5, 'JOY_EPI', 'Joypurhat EPI team'), (6, 'KIS_HAOR', 'Kishoreganj haor upazilas'), (7, 'CAMP_HEALTH', 'Camp health sector partners'), (8, NULL, 'Interpretation reviewers'),
  (9, 'SMS_CHCP', 'SMS reporters (CHCP)'), (10, NULL, 'Development partners (read only)')) v(g, c, n);

-- usersetting values are Java-serialized objects.
CREATE TABLE usersetting (userinfoid bigint NOT NULL REFERENCES userinfo, name varchar(255) NOT NULL, value bytea, PRIMARY KEY (userinfoid, name));
INSERT INTO usersetting
SELECT u.i, s.name, s.value FROM pgen.u u CROSS JOIN LATERAL (VALUES
  ('keyUiLocale', CASE WHEN u.i % 5 <> 3 THEN pgen.jstr(u.locale) END),
  ('keyDbLocale', CASE WHEN u.locale = 'bn' AND u.i % 3 = 0 THEN pgen.jstr('bn') END),
  ('keyMessageEmailNotification', CASE WHEN u.i % 4 = 1 THEN pgen.jbool(u.email IS NOT NULL) END),
  ('keyMessageSmsNotification', CASE WHEN u.i % 4 = 2 THEN pgen.jbool(u.i % 8 = 2) END),
  ('keyAnalysisDisplayProperty', CASE WHEN u.i % 3 = 1 THEN pgen.jstr(CASE WHEN u.i % 2 = 0 THEN 'shortName' ELSE 'name' END) END),
  ('keyStyle', CASE WHEN u.i % 6 = 0 THEN pgen.jstr(fixture_gen.pick(ARRAY['light_blue/light_blue.css', 'green/green.css', 'india/india.css'], 'usty', u.i)) END),
  ('keyTrackerDashboardLayout', CASE WHEN u.i IN (11, 19, 22) THEN pgen.jstr('{"widgets":["enrollment","feedback","notes","relationships"]}') END)) s(name, value)
WHERE s.value IS NOT NULL;

CREATE TABLE previouspasswords (userid bigint NOT NULL REFERENCES userinfo, list_index integer NOT NULL, previouspassword text, PRIMARY KEY (userid, list_index));
INSERT INTO previouspasswords
SELECT u.i, k, pgen.bcrypt('uppw' || k, u.i) FROM pgen.u u CROSS JOIN generate_series(0, 2) k WHERE u.i >= 4 AND u.i % 3 = 0 AND k <= u.i % 4;

-- ---------------------------------------------------------------------------
-- Metadata: data elements, tracked entity attributes, programs, stages, periods.
CREATE TABLE dataelement (
    dataelementid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL UNIQUE, shortname varchar(50) NOT NULL UNIQUE, formname text, description text, valuetype varchar(50) NOT NULL,
    domaintype varchar(255) NOT NULL, aggregationtype varchar(50) NOT NULL, categorycomboid bigint NOT NULL, userid bigint,
    translations jsonb DEFAULT '[]'::jsonb, sharing jsonb DEFAULT '[]'::jsonb
);
CREATE TABLE pgen.de (id int PRIMARY KEY, code text, name text, short text, form text, vt text, dom text, agg text, bn text);
INSERT INTO pgen.de VALUES
  (1, 'MNCH_ANC_VISIT_NO', 'MNCH - ANC visit number', 'ANC visit number', 'ANC visit no.', 'INTEGER_POSITIVE', 'TRACKER', 'NONE', 'এএনসি ভিজিট নম্বর'),
  (2, 'MNCH_GA_WEEKS', 'MNCH - Gestational age (weeks)', 'Gestational age (weeks)', 'Gestational age (weeks)', 'INTEGER_POSITIVE', 'TRACKER', 'AVERAGE', 'গর্ভকাল (সপ্তাহ)'),
  (3, 'MNCH_WEIGHT', 'MNCH - Mother weight (kg)', 'Mother weight (kg)', 'Weight (kg)', 'NUMBER', 'TRACKER', 'AVERAGE', 'ওজন (কেজি)'),
  (4, 'MNCH_BP_SYS', 'MNCH - Blood pressure systolic', 'BP systolic', 'BP systolic (mmHg)', 'INTEGER_POSITIVE', 'TRACKER', 'AVERAGE', NULL),
  (5, 'MNCH_BP_DIA', 'MNCH - Blood pressure diastolic', 'BP diastolic', 'BP diastolic (mmHg)', 'INTEGER_POSITIVE', 'TRACKER', 'AVERAGE', NULL),
  (6, 'MNCH_HB', 'MNCH - Haemoglobin (g/dL)', 'Haemoglobin', 'Hb (g/dL)', 'NUMBER', 'TRACKER', 'AVERAGE', 'হিমোগ্লোবিন'),
  (7, 'MNCH_TD_DOSE', 'MNCH - Td dose given', 'Td dose given', 'Td dose', 'TEXT', 'TRACKER', 'NONE', NULL),
  (8, 'MNCH_IFA', 'MNCH - IFA tablets given', 'IFA tablets given', 'IFA tablets', 'INTEGER_ZERO_OR_POSITIVE', 'TRACKER', 'SUM', 'আয়রন-ফলিক এসিড ট্যাবলেট'),
  (9, 'MNCH_DANGER_SIGNS', 'MNCH - Danger signs', 'Danger signs', 'Danger signs observed', 'TEXT', 'TRACKER', 'NONE', 'বিপদচিহ্ন'),
  (10, 'MNCH_CLINICAL_NOTES', 'MNCH - Clinical notes', 'Clinical notes', 'Notes', 'LONG_TEXT', 'TRACKER', 'NONE', 'মন্তব্য'),
  (11, 'MNCH_REFERRED_TO', 'MNCH - Referred to', 'Referred to', 'Referred to (facility)', 'TEXT', 'TRACKER', 'NONE', NULL),
  (12, 'MNCH_DELIVERY_PLACE', 'MNCH - Place of delivery', 'Place of delivery', 'Place of delivery', 'TEXT', 'TRACKER', 'NONE', 'প্রসবের স্থান'),
  (13, 'MNCH_DELIVERY_ATTENDANT', 'MNCH - Delivery attended by', 'Delivery attended by', 'Delivery attended by (name, cadre)', 'TEXT', 'TRACKER', 'NONE', NULL),
  (14, 'MNCH_BIRTH_WEIGHT', 'MNCH - Birth weight (g)', 'Birth weight (g)', 'Birth weight (grams)', 'INTEGER_POSITIVE', 'TRACKER', 'AVERAGE', 'জন্ম ওজন'),
  (15, 'MNCH_BREASTFED_1H', 'MNCH - Breastfed within 1 hour', 'Breastfed within 1h', 'Breastfed within first hour?', 'BOOLEAN', 'TRACKER', 'NONE', NULL),
  (16, 'EPI_VACCINES_GIVEN', 'EPI - Vaccines given', 'Vaccines given', 'Vaccines given today', 'TEXT', 'TRACKER', 'NONE', 'প্রদত্ত টিকা'),
  (17, 'EPI_BATCH', 'EPI - Vaccine batch number', 'Vaccine batch number', 'Batch no.', 'TEXT', 'TRACKER', 'NONE', NULL),
  (18, 'EPI_NEXT_DUE', 'EPI - Next due date', 'Next due date', 'Next visit date', 'DATE', 'TRACKER', 'NONE', 'পরবর্তী তারিখ'),
  (19, 'EPI_MISSED_REASON', 'EPI - Reason for missed or delayed dose', 'Reason missed dose', 'Reason for missed/delayed dose', 'TEXT', 'TRACKER', 'NONE', NULL),
  (20, 'GM_WEIGHT', 'GM - Child weight (kg)', 'Child weight (kg)', 'Weight (kg)', 'NUMBER', 'TRACKER', 'AVERAGE', NULL),
  (21, 'GM_MUAC', 'GM - MUAC (mm)', 'MUAC (mm)', 'MUAC (mm)', 'INTEGER_POSITIVE', 'TRACKER', 'AVERAGE', NULL),
  (22, 'GM_COUNSELLING', 'GM - Counselling given', 'Counselling given', 'Counselling notes', 'LONG_TEXT', 'TRACKER', 'NONE', NULL),
  (23, 'OUT_SESSION_SITE', 'EPI outreach - Session site', 'Session site', 'Where was the session held?', 'TEXT', 'TRACKER', 'NONE', 'সেশনের স্থান'),
  (24, 'OUT_CHILDREN_VACC', 'EPI outreach - Children vaccinated', 'Children vaccinated', 'Children vaccinated at session', 'INTEGER_ZERO_OR_POSITIVE', 'TRACKER', 'SUM', NULL),
  (25, 'OUT_VACCINATOR', 'EPI outreach - Vaccinator', 'Vaccinator', 'Vaccinator (name)', 'TEXT', 'TRACKER', 'NONE', NULL),
  (26, 'EPI_BCG', 'EPI - BCG doses given <1y', 'BCG doses <1y', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', 'বিসিজি'),
  (27, 'EPI_PENTA1', 'EPI - Penta-1 doses given <1y', 'Penta-1 doses <1y', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (28, 'EPI_PENTA3', 'EPI - Penta-3 doses given <1y', 'Penta-3 doses <1y', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (29, 'EPI_MR1', 'EPI - MR-1 doses given <1y', 'MR-1 doses <1y', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (30, 'EPI_MR2', 'EPI - MR-2 doses given 15-23m', 'MR-2 doses 15-23m', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (31, 'EPI_OPV3', 'EPI - OPV-3 doses given <1y', 'OPV-3 doses <1y', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (32, 'MNCH_ANC1', 'MNCH - ANC-1 visits', 'ANC-1 visits', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (33, 'MNCH_ANC4', 'MNCH - ANC-4 visits', 'ANC-4 visits', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (34, 'MNCH_FAC_DELIV', 'MNCH - Facility deliveries', 'Facility deliveries', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (35, 'MNCH_PNC1', 'MNCH - PNC-1 within 48 hours', 'PNC-1 within 48h', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (36, 'MNCH_MAT_DEATH', 'MNCH - Maternal deaths', 'Maternal deaths', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (37, 'MNCH_NEO_DEATH', 'MNCH - Neonatal deaths', 'Neonatal deaths', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (38, 'EPI_BCG_STOCKOUT', 'EPI - BCG stock-out days', 'BCG stock-out days', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (39, 'EPI_SESSIONS_HELD', 'EPI - Outreach sessions held', 'Outreach sessions held', NULL, 'INTEGER_ZERO_OR_POSITIVE', 'AGGREGATE', 'SUM', NULL),
  (40, 'RPT_OFFICER', 'Report - Name of reporting officer', 'Reporting officer', 'Name and mobile of reporting officer', 'TEXT', 'AGGREGATE', 'NONE', 'প্রতিবেদনকারীর নাম'),
  (41, 'RPT_REMARKS', 'Report - Remarks', 'Remarks', 'Remarks', 'LONG_TEXT', 'AGGREGATE', 'NONE', 'মন্তব্য');
INSERT INTO dataelement
SELECT id, pgen.uid('de', id), code, pgen.at('dec', id, '2021-01-10', '2021-06-01'), pgen.at('del', id, '2022-01-01', '2024-02-01'), 6, name, short, form,
       CASE WHEN id = 13 THEN 'Name and cadre of the person who conducted the delivery (e.g. FWV, midwife, TBA)' WHEN id = 40 THEN 'Person responsible for the monthly report'
            WHEN dom = 'AGGREGATE' THEN 'Monthly EPI/MNCH facility report' END,
       vt, dom, agg, CASE WHEN id IN (26, 27, 28, 29, 31) THEN 22 ELSE 16 END, 6,
       CASE WHEN bn IS NOT NULL THEN jsonb_build_array(jsonb_build_object('locale', 'bn', 'property', 'FORM_NAME', 'value', bn)) ELSE '[]'::jsonb END,
       jsonb_build_object('owner', pgen.uid('user', 6), 'public', 'rwrw----', 'external', false, 'users', '{}'::jsonb, 'userGroups', '{}'::jsonb)
FROM pgen.de ORDER BY id;

CREATE TABLE trackedentityattribute (
    trackedentityattributeid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL UNIQUE, shortname varchar(50) NOT NULL, formname text, description text, valuetype varchar(36) NOT NULL,
    confidential boolean, uniquefield boolean, generated boolean, textpattern jsonb, userid bigint,
    translations jsonb DEFAULT '[]'::jsonb, sharing jsonb DEFAULT '[]'::jsonb
);
CREATE TABLE pgen.tea (id int PRIMARY KEY, code text, name text, short text, vt text, conf boolean, uniq boolean, bn text);
INSERT INTO pgen.tea VALUES
  (1, 'MNCH_FIRST_NAME', 'First name', 'First name', 'TEXT', false, false, 'নামের প্রথম অংশ'), (2, 'MNCH_LAST_NAME', 'Last name', 'Last name', 'TEXT', false, false, 'নামের শেষ অংশ'),
  (3, 'MNCH_DOB', 'Date of birth', 'Date of birth', 'DATE', false, false, 'জন্ম তারিখ'), (4, 'MNCH_SEX', 'Sex', 'Sex', 'TEXT', false, false, 'লিঙ্গ'),
  (5, 'MNCH_NID', 'National ID (NID)', 'NID', 'TEXT', true, true, 'জাতীয় পরিচয়পত্র নম্বর'), (6, 'MNCH_BRN', 'Birth registration number', 'BRN', 'TEXT', true, true, 'জন্ম নিবন্ধন নম্বর'),
  (7, 'MNCH_MOBILE', 'Mobile number', 'Mobile', 'PHONE_NUMBER', false, false, 'মোবাইল নম্বর'), (8, 'MNCH_HUSBAND', 'Husband''s name', 'Husband', 'TEXT', false, false, 'স্বামীর নাম'),
  (9, 'MNCH_MOTHER', 'Mother''s name', 'Mother', 'TEXT', false, false, 'মায়ের নাম'), (10, 'MNCH_FATHER', 'Father''s name', 'Father', 'TEXT', false, false, 'পিতার নাম'),
  (11, 'MNCH_VILLAGE', 'Village / para', 'Village', 'TEXT', false, false, 'গ্রাম / পাড়া'), (12, 'MNCH_UNION', 'Union', 'Union', 'TEXT', false, false, 'ইউনিয়ন'),
  (13, 'MNCH_HH_NO', 'Household number', 'Household no.', 'TEXT', false, false, 'খানা নম্বর'), (14, 'MNCH_ID', 'MNCH ID', 'MNCH ID', 'TEXT', false, true, NULL),
  (15, 'MNCH_FCN', 'Family counting number (FCN)', 'FCN', 'TEXT', false, false, NULL), (16, 'MNCH_UNHCR_ID', 'UNHCR individual ID', 'UNHCR ID', 'TEXT', false, true, NULL),
  (17, 'MNCH_ADDRESS', 'Address (bari, ward / camp block, shelter)', 'Address', 'LONG_TEXT', false, false, 'ঠিকানা'), (18, 'MNCH_AGE', 'Age at registration (years)', 'Age (years)', 'INTEGER_ZERO_OR_POSITIVE', false, false, 'বয়স'),
  (19, 'MNCH_EDUCATION', 'Education of mother', 'Education', 'TEXT', false, false, 'শিক্ষাগত যোগ্যতা'), (20, 'MNCH_BLOOD_GROUP', 'Blood group', 'Blood group', 'TEXT', false, false, 'রক্তের গ্রুপ'),
  (21, 'MNCH_PHOTO', 'Photo', 'Photo', 'IMAGE', false, false, 'ছবি');
INSERT INTO trackedentityattribute
SELECT id, pgen.uid('tea', id), code, pgen.at('teac', id, '2021-01-10', '2021-06-01'), pgen.at('teal', id, '2022-01-01', '2024-02-01'), 6, name, short, name,
       CASE WHEN conf THEN 'Confidential: stored encrypted, not shown in search results' WHEN id = 14 THEN 'Generated: upazila code and a sequence' END,
       vt, conf, uniq, id = 14,
       CASE WHEN id = 14 THEN '{"segments": [{"parameter": "MNCH-", "method": "TEXT"}, {"parameter": ".......", "method": "ORG_UNIT_CODE"}, {"parameter": "######", "method": "SEQUENTIAL"}]}'::jsonb END, 6,
       CASE WHEN bn IS NOT NULL THEN jsonb_build_array(jsonb_build_object('locale', 'bn', 'property', 'FORM_NAME', 'value', bn)) ELSE '[]'::jsonb END,
       jsonb_build_object('owner', pgen.uid('user', 6), 'public', 'rwrw----', 'external', false, 'users', '{}'::jsonb, 'userGroups', '{}'::jsonb)
FROM pgen.tea ORDER BY id;

CREATE TABLE program (
    programid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL UNIQUE, shortname varchar(50) NOT NULL, description text, version integer, enrollmentdatelabel text,
    incidentdatelabel text, type varchar(255) NOT NULL, displayincidentdate boolean, onlyenrollonce boolean, trackedentitytypeid bigint, userid bigint,
    accesslevel varchar(100), translations jsonb DEFAULT '[]'::jsonb, sharing jsonb DEFAULT '[]'::jsonb
);
INSERT INTO program VALUES
  (1, pgen.uid('prog', 1), 'MNCH_MATERNAL', timestamp '2021-02-01 09:12:44.210', timestamp '2024-02-14 11:03:10.552', 6, 'MNCH - Maternal health (ANC, delivery, PNC)', 'Maternal health',
   'Registration of pregnant women; ANC, delivery and PNC contacts', 14, 'Date of registration', 'LMP date', 'WITH_REGISTRATION', true, false, 1, 6, 'PROTECTED',
   '[{"locale": "bn", "property": "NAME", "value": "মাতৃস্বাস্থ্য (গর্ভকালীন, প্রসব ও প্রসবোত্তর সেবা)"}]', ('{"owner": "' || pgen.uid('user', 6) || '", "public": "rwrw----", "external": false, "users": {}, "userGroups": {}}')::jsonb),
  (2, pgen.uid('prog', 2), 'MNCH_CHILD_EPI', timestamp '2021-02-01 09:40:02.118', timestamp '2024-03-02 08:51:29.904', 6, 'MNCH - Child health and EPI', 'Child health and EPI',
   'Birth registration, immunisation schedule and growth monitoring of children under 2', 11, 'Date of registration', 'Date of birth', 'WITH_REGISTRATION', true, true, 1, 6, 'PROTECTED',
   '[{"locale": "bn", "property": "NAME", "value": "শিশু স্বাস্থ্য ও ইপিআই"}]', ('{"owner": "' || pgen.uid('user', 6) || '", "public": "rwrw----", "external": false, "users": {}, "userGroups": {}}')::jsonb),
  (3, pgen.uid('prog', 3), 'MNCH_CAMP', timestamp '2021-09-20 10:05:51.760', timestamp '2023-12-11 15:20:44.031', 13, 'MNCH - Rohingya camps maternal health', 'Camps maternal health',
   'ANC and PNC at camp health posts run by health sector partners', 6, 'Date of registration', 'LMP date', 'WITH_REGISTRATION', true, false, 1, 13, 'CLOSED',
   '[]', ('{"owner": "' || pgen.uid('user', 13) || '", "public": "--------", "external": false, "users": {}, "userGroups": {}}')::jsonb),
  (4, pgen.uid('prog', 4), 'EPI_OUTREACH', timestamp '2022-01-12 07:45:00.000', timestamp '2023-08-30 10:10:10.312', 6, 'EPI outreach session report', 'EPI outreach session',
   'One event per outreach (satellite) vaccination session', 4, NULL, NULL, 'WITHOUT_REGISTRATION', false, false, NULL, 6, 'OPEN',
   '[]', ('{"owner": "' || pgen.uid('user', 6) || '", "public": "rwrw----", "external": false, "users": {}, "userGroups": {}}')::jsonb);

CREATE TABLE programstage (
    programstageid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL, description text, programid bigint NOT NULL REFERENCES program,
    repeatable boolean NOT NULL, userid bigint, translations jsonb DEFAULT '[]'::jsonb, sharing jsonb DEFAULT '[]'::jsonb
);
INSERT INTO programstage
SELECT s, pgen.uid('pstage', s), NULL, pgen.at('psc', s, '2021-02-01', '2021-10-01'), pgen.at('psl', s, '2022-06-01', '2024-02-01'), 6, n, d, p, r, 6,
       CASE WHEN bn IS NOT NULL THEN jsonb_build_array(jsonb_build_object('locale', 'bn', 'property', 'NAME', 'value', bn)) ELSE '[]'::jsonb END,
       jsonb_build_object('owner', pgen.uid('user', 6), 'public', 'rwrw----', 'external', false, 'users', '{}'::jsonb, 'userGroups', '{}'::jsonb)
FROM (VALUES (1, 'ANC visit', 'Antenatal care contact', 1, 0, true, 'Visit date', 1, 'গর্ভকালীন সেবা'), (2, 'Delivery', 'Delivery and newborn outcome', 1, 270, false, 'Date of delivery', 2, 'প্রসব'),
  (3, 'PNC visit', 'Postnatal care contact (facility or home)', 1, 271, true, 'Visit date', 3, 'প্রসবোত্তর সেবা'), (4, 'Birth details', 'Newborn details at registration', 2, 0, false, 'Date', 1, NULL),
  (5, 'Immunisation', 'EPI vaccination contact', 2, 0, true, 'Vaccination date', 2, 'টিকা'), (6, 'Growth monitoring', 'Weight and MUAC', 2, 60, true, 'Date', 3, NULL),
  (7, 'Camp ANC visit', NULL, 3, 0, true, 'Visit date', 1, NULL), (8, 'Camp PNC visit', NULL, 3, 271, true, 'Visit date', 2, NULL),
  (9, 'Outreach session', 'EPI outreach session', 4, 0, true, 'Session date', 1, NULL)) v(s, n, d, p, m, r, l, o, bn);

CREATE TABLE period (periodid bigint NOT NULL PRIMARY KEY, periodtypeid integer NOT NULL, startdate date NOT NULL, enddate date NOT NULL, UNIQUE (periodtypeid, startdate, enddate));
INSERT INTO period SELECT k, 3, d::date, (d + interval '1 month' - interval '1 day')::date FROM generate_series(1, 30) k, LATERAL (SELECT date '2022-01-01' + make_interval(months => k - 1) AS d) x;

-- ---------------------------------------------------------------------------
-- Tracked entities: women 1-220, children 221-400 (tracked entity type 1,
-- Person), registered by the field worker of their facility.
CREATE TABLE pgen.t (id int PRIMARY KEY, w int, c int, fac int, ui int, reg timestamp);
INSERT INTO pgen.t SELECT i, i, NULL, fac, pgen.fw(fac), pgen.at('treg', i, '2022-01-05', '2024-05-20') FROM pgen.w;
INSERT INTO pgen.t SELECT 220 + c.k, NULL, c.k, w.fac, pgen.fw(w.fac), greatest(c.dob + fixture_gen.n('creg', c.k, 20), timestamp '2022-01-05') + make_interval(secs => 28800 + fixture_gen.n('cregs', c.k, 30000))
FROM pgen.c c JOIN pgen.w w ON w.i = c.m;
ALTER TABLE pgen.t ADD upd timestamp;
UPDATE pgen.t SET upd = least(reg + make_interval(days => fixture_gen.n('tlu', id, 200)), timestamp '2024-06-29 17:40:00' - make_interval(mins => fixture_gen.n('tlu2', id, 9000)));
UPDATE pgen.t SET upd = reg + interval '10 minutes' WHERE upd < reg;

CREATE TABLE trackedentityinstance (
    trackedentityinstanceid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    createdatclient timestamp, lastupdatedatclient timestamp, inactive boolean NOT NULL DEFAULT false, deleted boolean NOT NULL DEFAULT false, lastsynchronized timestamp NOT NULL,
    geometry geometry, organisationunitid bigint NOT NULL REFERENCES organisationunit, trackedentitytypeid bigint, potentialduplicate boolean NOT NULL DEFAULT false,
    storedby varchar(255), createdbyuserinfo jsonb, lastupdatedbyuserinfo jsonb
);
INSERT INTO trackedentityinstance
SELECT t.id, pgen.uid('tei', t.id), t.reg, t.upd,
       CASE WHEN t.id % 3 <> 0 THEN t.reg - make_interval(mins => 5 + fixture_gen.n('tcac', t.id, 600)) END,
       CASE WHEN t.id % 3 <> 0 THEN t.upd - make_interval(mins => 3) END,
       t.id % 53 = 7, t.id % 71 = 12, t.upd + interval '1 minute',
       CASE WHEN t.w IS NOT NULL AND t.id % 5 IN (1, 2) THEN pgen.pt(w.lon, w.lat) END,
       t.fac, 1, t.id IN (17, 52, 96, 143, 188, 233, 301),
       pgen.uname(t.ui), pgen.ui(t.ui), pgen.ui(CASE WHEN t.id % 4 = 0 THEN 19 + ((SELECT upz FROM pgen.fac WHERE id = t.fac) - 11) ELSE t.ui END)
FROM pgen.t t LEFT JOIN pgen.w w ON w.i = t.w ORDER BY t.id;

-- Attribute values: the EAV of names, ids, phones and places.
CREATE TABLE pgen.av (tei int, tea int, v text, PRIMARY KEY (tei, tea));
INSERT INTO pgen.av
SELECT w.i, a.tea, a.v FROM pgen.w w CROSS JOIN LATERAL (VALUES
  (1, w.first), (2, w.last), (3, w.dob::text), (4, 'Female'), (5, w.nid), (7, w.phone), (8, CASE WHEN w.i % 9 <> 4 THEN w.husband END), (9, CASE WHEN w.i % 3 = 0 THEN w.mother END),
  (11, w.village), (12, (SELECT name FROM pgen.un WHERE n = w.un)), (13, CASE WHEN w.grp <> 'roh' THEN w.hh END), (14, w.mnch), (15, w.fcn), (16, w.unhcr),
  (17, CASE WHEN w.i % 4 <> 3 THEN w.address END), (18, CASE WHEN w.i % 2 = 0 THEN extract(year FROM age(date '2023-01-01', w.dob))::int::text END),
  (19, CASE WHEN w.i % 3 <> 2 THEN w.edu END), (20, w.blood), (21, CASE WHEN w.i % 8 = 5 THEN pgen.uid('frphoto', w.i) END)) a(tea, v)
WHERE a.v IS NOT NULL;
INSERT INTO pgen.av
SELECT 220 + c.k, a.tea, a.v FROM pgen.c c JOIN pgen.w w ON w.i = c.m CROSS JOIN LATERAL (VALUES
  (1, c.first), (2, c.last), (3, c.dob::text), (4, c.sex), (6, c.brn), (7, CASE WHEN c.k % 5 <> 0 THEN c.phone END), (9, c.mother), (10, c.father),
  (11, w.village), (12, (SELECT name FROM pgen.un WHERE n = w.un)), (14, 'MNCH-' || (SELECT code FROM pgen.upz WHERE id = w.upz) || '-' || lpad((6000 + c.k * 11)::text, 6, '0')),
  (15, w.fcn), (17, CASE WHEN c.k % 3 = 0 THEN w.address END)) a(tea, v)
WHERE a.v IS NOT NULL;

CREATE TABLE trackedentityattributevalue (
    trackedentityinstanceid bigint NOT NULL REFERENCES trackedentityinstance, trackedentityattributeid bigint NOT NULL REFERENCES trackedentityattribute,
    value varchar(1200), encryptedvalue varchar(50000), created timestamp, lastupdated timestamp, storedby varchar(255),
    PRIMARY KEY (trackedentityinstanceid, trackedentityattributeid)
);
INSERT INTO trackedentityattributevalue
SELECT a.tei, a.tea, CASE WHEN ta.conf THEN NULL ELSE a.v END, CASE WHEN ta.conf THEN pgen.aes('teaenc', a.tei * 100 + a.tea, length(a.v)) END,
       t.reg, t.reg + CASE WHEN (a.tei + a.tea) % 11 = 0 THEN make_interval(days => 3 + fixture_gen.n('avl', a.tei * 100 + a.tea, 200)) ELSE interval '0' END,
       pgen.uname(CASE WHEN (a.tei + a.tea) % 11 = 0 AND a.tei % 2 = 0 THEN 19 + ((SELECT upz FROM pgen.fac WHERE id = t.fac) - 11) ELSE t.ui END)
FROM pgen.av a JOIN pgen.t t ON t.id = a.tei JOIN pgen.tea ta ON ta.id = a.tea ORDER BY a.tei, a.tea;

-- Audit of attribute values: earlier spellings, old phone numbers and
-- villages, reads of confidential values by supervisors.
CREATE TABLE trackedentityattributevalueaudit (
    trackedentityattributevalueauditid bigint NOT NULL PRIMARY KEY, trackedentityinstanceid bigint, trackedentityattributeid bigint, value varchar(50000),
    encryptedvalue varchar(50000), created timestamp, modifiedby varchar(255), audittype varchar(100) NOT NULL
);
INSERT INTO trackedentityattributevalueaudit
SELECT row_number() OVER (ORDER BY v.created, v.trackedentityinstanceid, v.trackedentityattributeid), v.trackedentityinstanceid, v.trackedentityattributeid,
       CASE WHEN ta.conf THEN NULL
            WHEN v.trackedentityattributeid = 7 THEN pgen.mobf('oldph', v.trackedentityinstanceid)
            WHEN v.trackedentityattributeid = 1 THEN CASE WHEN v.value LIKE 'Mst. %' THEN substr(v.value, 6) ELSE replace(replace(replace(v.value, 'i', 'ee'), 'ph', 'f'), 'z', 'j') END
            WHEN v.trackedentityattributeid = 2 THEN replace(replace(v.value, 'Akter', 'Akhter'), 'Begum', 'Begom')
            WHEN v.trackedentityattributeid = 11 THEN fixture_gen.pick(ARRAY['Uttar Para', 'Dakshin Para', 'Camp 4 Ext', 'Camp 13', 'Madhya Para'], 'oldv', v.trackedentityinstanceid)
            WHEN v.trackedentityattributeid = 3 THEN (v.value::date - (365 * (1 + v.trackedentityinstanceid % 3))::int)::text
            ELSE v.value END,
       CASE WHEN ta.conf THEN pgen.aes('teaencold', v.trackedentityinstanceid * 100 + v.trackedentityattributeid, 13) END,
       CASE WHEN v.lastupdated > v.created THEN v.lastupdated ELSE v.created + make_interval(days => 2 + fixture_gen.n('tvad', v.trackedentityinstanceid, 90)) END,
       CASE WHEN v.trackedentityinstanceid % 3 = 0 THEN v.storedby ELSE pgen.uname(19 + v.trackedentityinstanceid % 9) END,
       CASE WHEN ta.conf AND v.trackedentityinstanceid % 2 = 0 THEN 'READ' WHEN v.trackedentityinstanceid % 17 = 3 THEN 'DELETE' ELSE 'UPDATE' END
FROM trackedentityattributevalue v JOIN pgen.tea ta ON ta.id = v.trackedentityattributeid
WHERE (v.trackedentityattributeid IN (1, 2, 3, 7, 11) AND (v.trackedentityinstanceid * 7 + v.trackedentityattributeid) % 5 = 0)
   OR (ta.conf AND v.trackedentityinstanceid % 4 = 1);

-- ---------------------------------------------------------------------------
-- Enrollments (programinstance) and events (programstageinstance).
CREATE TABLE pgen.en (id serial PRIMARY KEY, tei int, prog int, fac int, ui int, enr timestamp, inc date, status text, endd timestamp);
INSERT INTO pgen.en (tei, prog, fac, ui, enr, inc)
SELECT t.id, CASE WHEN w.grp = 'roh' THEN 3 ELSE 1 END, t.fac, t.ui, t.reg, (t.reg - make_interval(days => 40 + fixture_gen.n('einc', t.id, 130)))::date
FROM pgen.t t JOIN pgen.w w ON w.i = t.w ORDER BY t.reg;
INSERT INTO pgen.en (tei, prog, fac, ui, enr, inc)
SELECT en.tei, en.prog, en.fac, en.ui, x.e, (x.e - make_interval(days => 50 + fixture_gen.n('einc2', en.tei, 60)))::date
FROM pgen.en en CROSS JOIN LATERAL (SELECT (en.inc + 610 + fixture_gen.n('e2', en.tei, 60))::timestamp + make_interval(secs => 30000 + fixture_gen.n('e2s', en.tei, 20000)) AS e) x
WHERE en.tei % 6 = 0 AND x.e < timestamp '2024-06-01';
INSERT INTO pgen.en (tei, prog, fac, ui, enr, inc)
SELECT t.id, 2, t.fac, t.ui, t.reg, c.dob FROM pgen.t t JOIN pgen.c c ON c.k = t.c ORDER BY t.reg;
INSERT INTO pgen.en (tei, prog, fac, ui, enr, inc) VALUES (NULL, 4, NULL, 6, timestamp '2022-01-12 07:45:00', date '2022-01-12');
UPDATE pgen.en SET status = CASE
    WHEN prog = 4 THEN 'ACTIVE'
    WHEN tei % 37 = 11 THEN 'CANCELLED'
    WHEN prog IN (1, 3) AND inc + 322 < date '2024-06-29' THEN 'COMPLETED'
    WHEN prog = 2 AND inc < date '2022-10-01' THEN 'COMPLETED'
    ELSE 'ACTIVE' END;
UPDATE pgen.en SET endd = CASE WHEN status = 'COMPLETED' AND prog IN (1, 3) THEN (inc + 322)::timestamp + make_interval(secs => 36000 + fixture_gen.n('eend', id, 20000))
                               WHEN status = 'COMPLETED' THEN (inc + 460)::timestamp + make_interval(secs => 36000 + fixture_gen.n('eend', id, 20000))
                               WHEN status = 'CANCELLED' THEN enr + make_interval(days => 30 + fixture_gen.n('eend', id, 90)) END;

CREATE TABLE pgen.ev (id serial PRIMARY KEY, en int, stage int, seq int, due date, ex timestamp, status text, fac int, ui int);
-- ANC contacts (camp ANC in the camps)
INSERT INTO pgen.ev (en, stage, seq, due, fac, ui)
SELECT en.id, CASE WHEN en.prog = 1 THEN 1 ELSE 7 END, j, en.enr::date + (j - 1) * (28 + fixture_gen.n('ancg', en.id, 14)), en.fac, en.ui
FROM pgen.en en CROSS JOIN generate_series(1, 1 + fixture_gen.n('anc', en.id, 4)) j WHERE en.prog IN (1, 3);
-- Delivery
INSERT INTO pgen.ev (en, stage, seq, due, fac, ui)
SELECT en.id, 2, 1, en.inc + 266 + fixture_gen.n('deld', en.id, 24), en.fac, en.ui FROM pgen.en en WHERE en.prog = 1 AND en.inc + 290 < date '2024-06-29' AND en.status <> 'CANCELLED';
-- PNC contacts (camp PNC in the camps)
INSERT INTO pgen.ev (en, stage, seq, due, fac, ui)
SELECT en.id, CASE WHEN en.prog = 1 THEN 3 ELSE 8 END, j, en.inc + 290 + (ARRAY[1, 3, 7, 42])[j], en.fac, en.ui
FROM pgen.en en CROSS JOIN generate_series(1, 4) j WHERE en.prog IN (1, 3) AND en.status = 'COMPLETED' AND j <= 1 + fixture_gen.n('pnc', en.id, 3);
-- Child: birth details, immunisation contacts, growth monitoring
INSERT INTO pgen.ev (en, stage, seq, due, fac, ui)
SELECT en.id, 4, 1, en.enr::date, en.fac, en.ui FROM pgen.en en WHERE en.prog = 2;
INSERT INTO pgen.ev (en, stage, seq, due, fac, ui)
SELECT en.id, 5, j, en.inc + (ARRAY[0, 42, 70, 98, 270, 450])[j] + fixture_gen.n('immd', en.id * 10 + j, 9), en.fac, en.ui
FROM pgen.en en CROSS JOIN generate_series(1, 6) j WHERE en.prog = 2 AND en.inc + (ARRAY[0, 42, 70, 98, 270, 450])[j] < date '2024-07-20';
INSERT INTO pgen.ev (en, stage, seq, due, fac, ui)
SELECT en.id, 6, j, en.inc + 60 * j, en.fac, en.ui FROM pgen.en en CROSS JOIN generate_series(1, 2) j WHERE en.prog = 2 AND en.id % 2 = 0 AND en.inc + 60 * j < date '2024-06-20';
-- EPI outreach sessions (the event program)
INSERT INTO pgen.ev (en, stage, seq, due, fac, ui)
SELECT (SELECT id FROM pgen.en WHERE prog = 4), 9, k, date '2022-02-01' + fixture_gen.n('outd', k, 870), f, pgen.fw(f)
FROM generate_series(1, 70) k CROSS JOIN LATERAL (SELECT 29 + 2 * fixture_gen.n('outf', k, 27) + 1 AS f) x;

UPDATE pgen.ev SET ex = CASE WHEN due <= date '2024-06-29' THEN due + make_interval(secs => 30600 + fixture_gen.n('evx', id, 27000)) + fixture_gen.n('evms', id, 1000) * interval '1 ms' END;
UPDATE pgen.ev SET status = CASE WHEN ex IS NULL THEN 'SCHEDULE' WHEN ex > timestamp '2024-06-20' THEN 'ACTIVE' WHEN id % 41 = 7 AND stage IN (1, 3, 5, 7) THEN 'SKIPPED' ELSE 'COMPLETED' END;
UPDATE pgen.ev SET ex = NULL WHERE status = 'SKIPPED';
DELETE FROM pgen.ev e WHERE e.status = 'SCHEDULE' AND EXISTS (SELECT 1 FROM pgen.ev x WHERE x.en = e.en AND x.stage = e.stage AND x.status = 'SCHEDULE' AND x.seq < e.seq);
DELETE FROM pgen.ev e USING pgen.en en WHERE en.id = e.en AND en.status = 'CANCELLED' AND e.due > en.endd;

CREATE TABLE programinstance (
    programinstanceid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    createdatclient timestamp, lastupdatedatclient timestamp, incidentdate timestamp, enrollmentdate timestamp NOT NULL, enddate timestamp,
    programid bigint NOT NULL REFERENCES program, trackedentityinstanceid bigint REFERENCES trackedentityinstance, organisationunitid bigint REFERENCES organisationunit,
    status varchar(50), followup boolean, completedby varchar(255), deleted boolean NOT NULL DEFAULT false, storedby varchar(255), geometry geometry,
    lastsynchronized timestamp NOT NULL, createdbyuserinfo jsonb, lastupdatedbyuserinfo jsonb
);
INSERT INTO programinstance
SELECT en.id, pgen.uid('pi', en.id), en.enr, least(coalesce(en.endd, en.enr) + make_interval(days => fixture_gen.n('pilu', en.id, 30)), timestamp '2024-06-29 16:00'),
       CASE WHEN en.id % 3 <> 0 THEN en.enr - make_interval(mins => 2 + fixture_gen.n('picac', en.id, 300)) END,
       CASE WHEN en.id % 3 <> 0 THEN least(coalesce(en.endd, en.enr) + make_interval(days => fixture_gen.n('pilu', en.id, 30)), timestamp '2024-06-29 16:00') - interval '4 minutes' END,
       en.inc::timestamp, en.enr::date::timestamp, en.endd, en.prog, en.tei, en.fac, en.status, en.prog IN (1, 3) AND en.id % 13 = 4,
       CASE WHEN en.status = 'COMPLETED' THEN pgen.uname(CASE WHEN en.id % 5 = 0 THEN 19 + ((SELECT upz FROM pgen.fac WHERE id = en.fac) - 11) ELSE en.ui END) END,
       en.id % 97 = 50, pgen.uname(en.ui),
       CASE WHEN en.prog IN (1, 3) AND en.id % 4 = 1 THEN (SELECT pgen.pt(w.lon + 0.0003, w.lat - 0.0002) FROM pgen.t t JOIN pgen.w w ON w.i = t.w WHERE t.id = en.tei) END,
       least(coalesce(en.endd, en.enr) + make_interval(days => fixture_gen.n('pilu', en.id, 30)), timestamp '2024-06-29 16:00') + interval '1 minute',
       pgen.ui(en.ui), pgen.ui(CASE WHEN en.status = 'COMPLETED' AND en.id % 5 = 0 AND en.fac IS NOT NULL THEN 19 + ((SELECT upz FROM pgen.fac WHERE id = en.fac) - 11) ELSE en.ui END)
FROM pgen.en en ORDER BY en.id;

CREATE TABLE trackedentityprogramowner (
    trackedentityprogramownerid bigint NOT NULL PRIMARY KEY, trackedentityinstanceid bigint NOT NULL REFERENCES trackedentityinstance, programid bigint NOT NULL REFERENCES program,
    created timestamp NOT NULL, lastupdated timestamp NOT NULL, organisationunitid bigint NOT NULL REFERENCES organisationunit, createdby varchar(255) NOT NULL,
    UNIQUE (trackedentityinstanceid, programid)
);
INSERT INTO trackedentityprogramowner
SELECT row_number() OVER (ORDER BY min(en.id)), en.tei, en.prog, min(en.enr), max(en.enr) + CASE WHEN en.tei % 29 = 3 THEN interval '40 days' ELSE interval '0' END,
       CASE WHEN en.tei % 29 = 3 AND en.prog IN (1, 2) THEN (SELECT 20 + (upz - 11) FROM pgen.fac WHERE id = min(en.fac)) ELSE min(en.fac) END,
       pgen.uname(min(en.ui))
FROM pgen.en en WHERE en.tei IS NOT NULL GROUP BY en.tei, en.prog;

-- Free text: notes typed into the events, with and without personal data.
CREATE FUNCTION pgen.tpl(t text, h text, p text, f text, w text, m text, v text, b text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(t, '{H}', coalesce(h, 'her husband')), '{P}', coalesce(p, '')), '{F}', coalesce(f, 'the UHC')), '{W}', coalesce(w, 'the CHW')), '{M}', coalesce(m, 'the mother')), '{V}', coalesce(v, 'the village')), '{B}', coalesce(b, 'the shelter'))
$$;
CREATE TABLE pgen.notes (kind text, t text[]);
INSERT INTO pgen.notes VALUES
 ('anc', ARRAY['Normal ANC. Advised 4 ANC visits, IFA daily and rest.', 'Mild pallor, Hb low. Double dose IFA advised, review in 2 weeks.',
   'Oedema of feet, BP normal. Counselled on danger signs and birth preparedness.', 'No complaints. Fundal height corresponds to dates.',
   'Fever for 2 days, RDT for malaria negative. Paracetamol given.', 'Breech suspected on palpation, advised ultrasound at {F}.',
   'BP high with severe headache. Referred to {F}; husband {H} informed on {P}.', 'Staying at her father''s house in {V} until delivery. New contact number {P}.',
   'Previous baby died on day 3 (2021). Mother-in-law against facility delivery; spoke with husband {H}.', 'Bleeding since morning, sent by CNG with {W} to {F}.',
   'Husband {H} works in Chattogram, mother-in-law accompanies her. Call {P} to confirm next visit.', 'রক্তচাপ বেশি, {F}-এ রেফার করা হলো। স্বামী {H}, মোবাইল {P}।',
   'Twin pregnancy suspected. Birth plan discussed with {H}; money for transport kept with a neighbour.', 'Did not come for ANC-2, home visit done. She was in {V} for a wedding.',
   'Counselled on nutrition and rest.', 'Gestational diabetes screening advised at {F}.']),
 ('camp', ARRAY['Majhi of the block informed about referral. Follow-up by CHW {W}.', 'Interpreter used (Rohingya). Husband {H} not in camp, brother-in-law accompanied.',
   'Lives at {B}. Came with a neighbour; next ANC at the health post on Thursday.', 'Normal ANC. Td-2 given.', 'Severe anaemia, referred to {F} with CHW {W}.',
   'Says she does not want more children after this one; FP counselling given.', 'Moved from {V}; old ANC card lost.']),
 ('deliv', ARRAY['Normal vaginal delivery, baby cried immediately.', 'PPH managed with misoprostol by {W}; referred to {F} by ambulance.',
   'Home delivery by TBA, cord cut with new blade. Baby weighed next day at CC.', 'Caesarean section at {F}. Husband {H} paid Tk 18,000 at the private clinic.',
   'Prolonged labour, delivered at {F}. Baby admitted to SCANU for 3 days.', 'Delivery at mother''s house in {V}; informed by phone {P}.']),
 ('pnc', ARRAY['Mother and baby well. Exclusive breastfeeding.', 'Mother has fever and foul-smelling discharge, referred to {F}.',
   'Home visit: baby jaundiced on day 5, advised sunlight and referral if worse.', 'Mother sad and not eating, screening positive; husband {H} counselled. Follow up on {P}.',
   'Cord care and thermal care explained.', 'FP method chosen: injectable (Depo), next dose due in 3 months.']),
 ('missed', ARRAY['Family travelled to Chattogram for work', 'Child had fever on session day', 'Mother-in-law afraid of side effects after Penta-1',
   'Vaccine not available at outreach (stock-out)', 'Moved to {V}, new address given by father {H}', 'Father {H} refused, said he will go to a private clinic',
   'No one informed the mother about the date; CHCP {W} to call {P}', 'Session cancelled due to flood']),
 ('counsel', ARRAY['Exclusive breastfeeding counselling given.', 'Complementary feeding: khichuri with egg and vegetables 3 times a day.',
   '{M} advised to bring the child to the CC on Sunday for weighing.', 'MUAC yellow; referred to OTP at {F}.', 'Hand washing and ORS demonstration.',
   'Grandmother {M} looks after the child while the mother works in the garment factory; counselled both.']),
 ('outreach', ARRAY['Session held, 3 dropouts traced by phone.', 'Cold box temperature 6°C at end of session.',
   'Only 4 children came due to rain; next session at the house of {H}.', 'Session started late, vaccinator came from {F}.', 'Mothers asked for Vitamin A; not available.']);
CREATE FUNCTION pgen.note(k text, tag text, i bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT t[1 + fixture_gen.n(tag, i, cardinality(t))] FROM pgen.notes WHERE kind = k $$;
CREATE FUNCTION pgen.ref(upz int, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN upz IN (11, 12) THEN fixture_gen.pick(ARRAY['Cox''s Bazar District Sadar Hospital', 'Ukhiya UHC', 'MSF Kutupalong Hospital', 'Teknaf UHC'], 'ref', i)
              WHEN upz IN (13, 14) THEN fixture_gen.pick(ARRAY['Rangamati General Hospital', 'Chattogram Medical College Hospital'], 'ref', i)
              WHEN upz IN (15, 16) THEN fixture_gen.pick(ARRAY['Sunamganj 250-bed District Hospital', 'Sylhet MAG Osmani Medical College Hospital'], 'ref', i)
              WHEN upz = 17 THEN 'Joypurhat 250-bed District Hospital' ELSE 'Kishoreganj 250-bed General Hospital' END $$;

-- ev2: each event with its person, worker and the values typed.
CREATE TABLE pgen.ev2 AS
SELECT e.*, en.prog, en.tei, en.inc, f.upz, w.i AS wi, w.grp, coalesce(w.husband, c.father) AS husband, coalesce(btrim(w.first || ' ' || coalesce(w.last, '')), c.mother) AS mother,
       w.address, w.lon, w.lat, u.first || ' ' || u.last AS worker, c.k AS ck, c.dob,
       pgen.mobf('notep', e.id) AS ph,
       fixture_gen.pick(ARRAY['Uttar Para', 'Ramu', 'Chakaria', 'Teknaf Sadar', 'Bandarban', 'Sylhet town', 'Bhairab', 'Narayanganj'], 'notev', e.id) AS vil
FROM pgen.ev e JOIN pgen.en en ON en.id = e.en LEFT JOIN pgen.fac f ON f.id = e.fac LEFT JOIN pgen.t t ON t.id = en.tei
LEFT JOIN pgen.w w ON w.i = t.w LEFT JOIN pgen.c c ON c.k = t.c LEFT JOIN pgen.w cm ON cm.i = c.m JOIN pgen.u u ON u.i = e.ui;
UPDATE pgen.ev2 e SET address = w.address, lon = w.lon, lat = w.lat, grp = w.grp FROM pgen.c c JOIN pgen.w w ON w.i = c.m WHERE c.k = e.ck;

CREATE TABLE pgen.dv (ev int, de int, v text);
INSERT INTO pgen.dv
SELECT e.id, d.de, d.v FROM pgen.ev2 e CROSS JOIN LATERAL (VALUES
  (1, CASE WHEN e.stage IN (1, 7) THEN e.seq::text END),
  (2, CASE WHEN e.stage IN (1, 7) THEN (10 + e.seq * 6 + fixture_gen.n('ga', e.id, 4))::text END),
  (3, CASE WHEN e.stage IN (1, 3, 7, 8) AND e.id % 5 <> 0 THEN (40 + fixture_gen.n('wt', e.id, 26))::text || '.' || fixture_gen.n('wtd', e.id, 10) END),
  (4, CASE WHEN e.stage IN (1, 3, 7, 8) THEN (96 + fixture_gen.n('bps', e.id, 58))::text END),
  (5, CASE WHEN e.stage IN (1, 3, 7, 8) THEN (58 + fixture_gen.n('bpd', e.id, 38))::text END),
  (6, CASE WHEN e.stage IN (1, 7) AND e.id % 3 <> 1 THEN round(7.5 + fixture_gen.n('hb', e.id, 50) / 10.0, 1)::text END),
  (7, CASE WHEN e.stage IN (1, 7) AND e.seq <= 2 THEN 'Td' || e.seq END),
  (8, CASE WHEN e.stage IN (1, 7) THEN (30 * (1 + fixture_gen.n('ifa', e.id, 3)))::text END),
  (9, CASE WHEN e.stage IN (1, 3, 7, 8) AND fixture_gen.n('dng', e.id, 6) = 0 THEN fixture_gen.pick(ARRAY['Severe headache', 'Blurred vision', 'Swelling of face and hands', 'Vaginal bleeding', 'Fever', 'Reduced fetal movement', 'Convulsion'], 'dngs', e.id) END),
  (10, CASE WHEN e.stage IN (1, 2, 3, 7, 8, 9) AND fixture_gen.n('nt', e.id, 20) < CASE WHEN e.stage = 9 THEN 8 ELSE 11 END THEN
         pgen.tpl(pgen.note(CASE WHEN e.stage = 1 THEN 'anc' WHEN e.stage = 7 THEN 'camp' WHEN e.stage = 2 THEN 'deliv' WHEN e.stage = 9 THEN 'outreach' ELSE 'pnc' END, 'ntx', e.id),
                  CASE WHEN e.stage = 9 THEN pgen.full('bdm', 'M', 'h2', e.id) ELSE e.husband END, e.ph, pgen.ref(e.upz, e.id), e.worker, e.mother, e.vil, e.address) END),
  (11, CASE WHEN e.stage IN (1, 3, 7, 8) AND fixture_gen.n('dng', e.id, 6) = 0 THEN pgen.ref(e.upz, e.id) END),
  (12, CASE WHEN e.stage IN (2, 4) THEN fixture_gen.pick(CASE WHEN e.grp = 'roh' THEN ARRAY['Shelter (home)', 'Camp PHC', 'MSF Kutupalong Hospital'] ELSE ARRAY['Home', 'Home', 'UHC', 'UH&FWC', 'District hospital', 'Private clinic'] END, 'dpl', coalesce(e.ck, e.wi)) END),
  (13, CASE WHEN e.stage = 2 THEN fixture_gen.pick(ARRAY['FWV ' || pgen.full('bdm', 'F', 'att', e.id), 'Midwife ' || pgen.full('bdm', 'F', 'att', e.id), 'TBA ' || pgen.full('bdm', 'F', 'tba', e.id),
         'CSBA ' || pgen.full('bdh', 'F', 'att', e.id), 'Doctor (private clinic)', 'Relatives', 'Dr. ' || pgen.full('bdm', 'F', 'doc', e.id) || ', ' || pgen.ref(e.upz, e.id)], 'datt', e.id) END),
  (14, CASE WHEN e.stage IN (2, 4) THEN (1900 + 10 * fixture_gen.n('bw', coalesce(e.ck, e.wi), 200))::text END),
  (15, CASE WHEN e.stage = 4 THEN (fixture_gen.n('bf', e.id, 5) <> 0)::text END),
  (16, CASE WHEN e.stage = 5 THEN (ARRAY['BCG, OPV-0', 'Penta-1, OPV-1, PCV-1', 'Penta-2, OPV-2, PCV-2', 'Penta-3, OPV-3, PCV-3, fIPV-1', 'MR-1, fIPV-2', 'MR-2'])[e.seq] END),
  (17, CASE WHEN e.stage = 5 THEN fixture_gen.pick(ARRAY['0327N', '4521X', 'EJ47', '1284L', 'MR2201'], 'bat', e.seq) || fixture_gen.digits('batn', e.id / 20, 3) END),
  (18, CASE WHEN e.stage = 5 AND e.seq < 6 THEN (e.dob + (ARRAY[42, 70, 98, 270, 450, 450])[e.seq])::text END),
  (19, CASE WHEN e.stage = 5 AND e.ex IS NOT NULL AND e.ex::date - e.due > 4 OR e.stage = 5 AND fixture_gen.n('mis', e.id, 9) = 0 THEN
         pgen.tpl(pgen.note('missed', 'msx', e.id), e.husband, e.ph, pgen.ref(e.upz, e.id), e.worker, e.mother, e.vil, e.address) END),
  (20, CASE WHEN e.stage = 6 THEN round(3.2 + fixture_gen.n('gw', e.id, 60) / 10.0, 1)::text END),
  (21, CASE WHEN e.stage = 6 THEN (105 + fixture_gen.n('muac', e.id, 40))::text END),
  (22, CASE WHEN e.stage = 6 AND e.id % 5 < 3 THEN pgen.tpl(pgen.note('counsel', 'csx', e.id), e.husband, e.ph, pgen.ref(e.upz, e.id), e.worker,
         CASE WHEN e.id % 2 = 0 THEN e.mother ELSE pgen.full('bdm', 'F', 'gm', e.id) END, e.vil, e.address) END),
  (23, CASE WHEN e.stage = 9 THEN fixture_gen.pick(ARRAY['Bari of ' || pgen.full('bdm', 'M', 'h2', e.id) || ', Ward ' || (1 + e.id % 9), 'Uttar Para Government Primary School',
         'Madrasa field', 'House of UP member ' || pgen.full('bdm', 'M', 'upm', e.id), 'Community clinic verandah', 'Courtyard of ' || pgen.full('bdh', 'M', 'h3', e.id) || '''s house'], 'site', e.id) END),
  (24, CASE WHEN e.stage = 9 THEN (4 + fixture_gen.n('ocv', e.id, 38))::text END),
  (25, CASE WHEN e.stage = 9 THEN CASE WHEN e.id % 2 = 0 THEN 'HA ' ELSE 'MT-EPI ' END || pgen.full('bdm', 'M', 'vac', e.id % 12) END)) d(de, v)
WHERE d.v IS NOT NULL AND e.ex IS NOT NULL;

CREATE TABLE programstageinstance (
    programstageinstanceid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    createdatclient timestamp, lastupdatedatclient timestamp, programinstanceid bigint NOT NULL REFERENCES programinstance, programstageid bigint NOT NULL REFERENCES programstage,
    attributeoptioncomboid bigint, organisationunitid bigint REFERENCES organisationunit, duedate timestamp, executiondate timestamp, status varchar(25),
    storedby varchar(255), completedby varchar(255), completeddate timestamp, deleted boolean NOT NULL DEFAULT false, eventdatavalues jsonb DEFAULT '{}'::jsonb,
    geometry geometry, assigneduserid bigint REFERENCES userinfo, lastsynchronized timestamp NOT NULL, createdbyuserinfo jsonb, lastupdatedbyuserinfo jsonb
);
INSERT INTO programstageinstance
SELECT e.id, pgen.uid('psi', e.id), coalesce(e.ex, e.due::timestamp) + interval '7 minutes', coalesce(e.ex, e.due::timestamp) + interval '9 minutes'
         + CASE WHEN e.id % 6 = 0 THEN make_interval(days => 1 + fixture_gen.n('psil', e.id, 20)) ELSE interval '0' END,
       CASE WHEN e.id % 3 <> 0 AND e.ex IS NOT NULL THEN e.ex + interval '2 minutes' END, CASE WHEN e.id % 3 <> 0 AND e.ex IS NOT NULL THEN e.ex + interval '6 minutes' END,
       e.en, e.stage, 16, e.fac, e.due::timestamp, e.ex, e.status, pgen.uname(e.ui),
       CASE WHEN e.status = 'COMPLETED' THEN pgen.uname(e.ui) END, CASE WHEN e.status = 'COMPLETED' THEN e.ex + interval '8 minutes' END,
       e.id % 211 = 17,
       coalesce((SELECT jsonb_object_agg(pgen.uid('de', d.de), jsonb_build_object('value', d.v, 'created', pgen.jts(e.ex + interval '5 minutes'), 'storedBy', pgen.uname(e.ui),
                    'lastUpdated', pgen.jts(e.ex + CASE WHEN e.id % 6 = 0 AND d.de IN (3, 10, 16) THEN make_interval(days => 1 + fixture_gen.n('psil', e.id, 20)) ELSE interval '5 minutes' END),
                    'providedElsewhere', d.de = 16 AND e.id % 23 = 1, 'createdByUserInfo', pgen.ui(e.ui),
                    'lastUpdatedByUserInfo', pgen.ui(CASE WHEN e.id % 6 = 0 AND d.de IN (3, 10, 16) THEN 19 + e.upz - 11 ELSE e.ui END)))
                 FROM pgen.dv d WHERE d.ev = e.id), '{}'::jsonb),
       CASE WHEN e.stage IN (3, 8) AND e.seq > 1 AND e.lon IS NOT NULL AND e.ex IS NOT NULL THEN pgen.pt(e.lon + (e.id % 7) / 100000.0, e.lat - (e.id % 5) / 100000.0)
            WHEN e.stage = 9 THEN (SELECT pgen.pt(f.lon + 0.002, f.lat + 0.001) FROM pgen.fac f WHERE f.id = e.fac) END,
       CASE WHEN e.status = 'SCHEDULE' OR (e.stage IN (3, 8) AND e.id % 3 = 0) THEN e.ui END,
       coalesce(e.ex, e.due::timestamp) + interval '12 minutes',
       pgen.ui(e.ui), pgen.ui(CASE WHEN e.id % 6 = 0 THEN 19 + e.upz - 11 ELSE e.ui END)
FROM pgen.ev2 e ORDER BY e.id;

-- Audit of event data values: values created, changed and deleted.
CREATE TABLE trackedentitydatavalueaudit (
    trackedentitydatavalueauditid bigint NOT NULL PRIMARY KEY, programstageinstanceid bigint REFERENCES programstageinstance, dataelementid bigint REFERENCES dataelement,
    value varchar(50000), created timestamp, providedelsewhere boolean, modifiedby varchar(255), audittype varchar(100) NOT NULL
);
INSERT INTO trackedentitydatavalueaudit
SELECT row_number() OVER (ORDER BY x.created, x.ev, x.de), x.ev, x.de, x.v, x.created, false, x.who, x.t FROM (
  SELECT d.ev, d.de,
         CASE WHEN d.de = 3 THEN (d.v::numeric + 1 + fixture_gen.n('aw', d.ev, 5))::text
              WHEN d.de = 10 THEN CASE WHEN d.ev % 4 = 0 THEN left(d.v, 24) ELSE replace(replace(d.v, 'Referred to', 'Advised to go to'), 'husband', 'her husband') END
              WHEN d.de = 16 THEN 'Penta-1, OPV-1' ELSE d.v END AS v,
         e.ex + interval '5 minutes' AS created, pgen.uname(e.ui) AS who, 'UPDATE' AS t
  FROM pgen.dv d JOIN pgen.ev2 e ON e.id = d.ev WHERE e.id % 6 = 0 AND d.de IN (3, 10, 16)
  UNION ALL
  SELECT d.ev, d.de, d.v, e.ex + make_interval(days => 2 + fixture_gen.n('adel', d.ev, 40)), pgen.uname(19 + e.upz - 11), 'DELETE'
  FROM pgen.dv d JOIN pgen.ev2 e ON e.id = d.ev WHERE e.id % 29 = 3 AND d.de IN (9, 11, 13, 19, 22)
  UNION ALL
  SELECT d.ev, d.de, d.v, e.ex + interval '5 minutes', pgen.uname(e.ui), 'CREATE'
  FROM pgen.dv d JOIN pgen.ev2 e ON e.id = d.ev WHERE e.id % 9 = 2 AND d.de IN (1, 4, 5, 10, 13, 16, 19, 23)) x;

-- Notes on enrollments.
CREATE TABLE trackedentitycomment (
    trackedentitycommentid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, commenttext text, creator varchar(255), created timestamp, lastupdated timestamp, lastupdatedby bigint
);
INSERT INTO trackedentitycomment
SELECT row_number() OVER (ORDER BY c.ts, c.en), pgen.uid('tec', c.en * 10 + c.j), c.txt, pgen.uname(c.ui), c.ts, c.ts + CASE WHEN c.en % 7 = 0 THEN interval '2 days' ELSE interval '0' END, c.ui
FROM (SELECT en.id AS en, j, CASE WHEN j = 2 THEN 19 + f.upz - 11 ELSE en.ui END AS ui,
             en.enr + make_interval(days => 10 + fixture_gen.n('tecd', en.id * 10 + j, 200)) AS ts,
             pgen.tpl(fixture_gen.pick(CASE WHEN en.prog = 2 THEN ARRAY[
                 'Child moved with family to Dhaka (garment work); tracing by phone {P} failed.', 'Father {H} asked for the vaccination card to be reissued.',
                 'Mother says the child got BCG at the private clinic in {V}; card not seen.', 'Twin of another registered child, check the mother''s record before merging.',
                 'Grandmother {M} brings the child; mother abroad (Saudi Arabia).', 'Missed Penta-2 and 3. Home visit by {W} on Sunday.']
               ELSE ARRAY['Home visit done by {W}; she is at her father''s house in {V}. New number {P}.', 'Husband {H} called asking for the delivery date at the UHC.',
                 'Transferred to {F} for delivery; ownership to be changed.', 'TT card lost, verbal history only.',
                 'Reports violence at home; referred to the One-Stop Crisis Centre with her consent. Do not call the husband.', 'Follow-up flagged: Hb 7.2 at ANC-2.',
                 'ফোন নম্বর পরিবর্তন: নতুন নম্বর {P}', 'Checked against a possible duplicate ({M}), different husband and village.', 'Camp relocation: now at {B}.',
                 'High-risk pregnancy (age below 18). Supervisor informed.', 'Birth plan done, transport arranged.'] END, 'tect', en.id * 10 + j),
               w.husband, pgen.mobf('tecp', en.id * 10 + j), pgen.ref(f.upz, en.id), u.first || ' ' || u.last, pgen.full(w.grp, 'F', 'tecm', en.id),
               fixture_gen.pick(ARRAY['Ramu', 'Chakaria', 'Bandarban', 'Sylhet town', 'Bhairab', 'Narayanganj'], 'tecv', en.id), w.address) AS txt
      FROM pgen.en en CROSS JOIN generate_series(1, 2) j JOIN pgen.fac f ON f.id = en.fac JOIN pgen.t t ON t.id = en.tei
      LEFT JOIN pgen.c c ON c.k = t.c JOIN pgen.w w ON w.i = coalesce(t.w, c.m) JOIN pgen.u u ON u.i = en.ui
      WHERE en.id % 3 = 0 AND (j = 1 OR en.id % 9 = 0)) c;

-- Break the glass: temporary ownership with the reason typed.
CREATE TABLE programtempowner (
    programtempownerid bigint NOT NULL PRIMARY KEY, programid bigint NOT NULL REFERENCES program, trackedentityinstanceid bigint NOT NULL REFERENCES trackedentityinstance,
    validtill timestamp NOT NULL, userid bigint NOT NULL REFERENCES userinfo, reason varchar(50000)
);
INSERT INTO programtempowner
SELECT g.k, en.prog, en.tei, least(en.enr + make_interval(days => 20 + fixture_gen.n('bgd', g.k, 200), hours => 3), timestamp '2024-06-29 11:00' - make_interval(days => g.k)), ui.u,
       pgen.tpl(fixture_gen.pick(ARRAY['Emergency delivery at {F}, need ANC history', 'Referred from {F}, checking previous BP readings',
         'Came from the camp; searched by phone {P}', 'Data quality check for duplicates ({M})', 'Child vaccinated at outreach in another union',
         'Mother admitted with eclampsia, husband {H} gave her name only', 'Audit request from district', 'emergency'], 'bgr', g.k),
         w.husband, pgen.mobf('bgp', g.k), pgen.ref(f.upz, g.k), NULL, btrim(w.first || ' ' || coalesce(w.last, '')), NULL, NULL)
FROM generate_series(1, 42) AS g(k)
JOIN pgen.en en ON en.id = 1 + fixture_gen.n('bge', g.k, 430) JOIN pgen.fac f ON f.id = coalesce(en.fac, 20) JOIN pgen.t t ON t.id = en.tei
LEFT JOIN pgen.c cc ON cc.k = t.c JOIN pgen.w w ON w.i = coalesce(t.w, cc.m)
CROSS JOIN LATERAL (SELECT CASE WHEN g.k % 3 = 0 THEN 19 + f.upz - 11 WHEN g.k % 3 = 1 THEN 28 + f.upz - 11 ELSE 37 + fixture_gen.n('bgu', g.k, 46) END AS u) ui;

CREATE TABLE potentialduplicate (
    potentialduplicateid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatebyusername varchar(255) NOT NULL, createdbyusername varchar(255) NOT NULL, original varchar(11) NOT NULL, duplicate varchar(11) NOT NULL, status varchar(255) NOT NULL
);
INSERT INTO potentialduplicate
SELECT k, pgen.uid('pdup', k), ts, ts + CASE WHEN k % 3 = 0 THEN interval '0' ELSE make_interval(days => 1 + fixture_gen.n('pdl', k, 30)) END,
       pgen.uname(CASE WHEN k % 3 = 0 THEN ui ELSE 19 + fixture_gen.n('pdsu', k, 9) END), pgen.uname(ui), pgen.uid('tei', a), pgen.uid('tei', b),
       CASE WHEN k % 3 = 0 THEN 'OPEN' WHEN k % 3 = 1 THEN 'INVALID' ELSE 'MERGED' END
FROM (SELECT k, 1 + fixture_gen.n('pda', k, 220) AS a, 1 + fixture_gen.n('pdb', k, 400) AS b, pgen.at('pdc', k, '2022-06-01', '2024-06-20') AS ts, 37 + fixture_gen.n('pdu', k, 46) AS ui
      FROM generate_series(1, 32) k) x WHERE a <> b;

-- Relationships: each child to its mother.
CREATE TABLE relationship (
    relationshipid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL, lastupdatedby bigint,
    relationshiptypeid bigint NOT NULL, from_relationshipitemid bigint, to_relationshipitemid bigint, key varchar(255) NOT NULL, inverted_key varchar(255) NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);
CREATE TABLE relationshipitem (
    relationshipitemid bigint NOT NULL PRIMARY KEY, relationshipid bigint REFERENCES relationship, trackedentityinstanceid bigint REFERENCES trackedentityinstance,
    programinstanceid bigint REFERENCES programinstance, programstageinstanceid bigint REFERENCES programstageinstance
);
INSERT INTO relationship
SELECT c.k, pgen.uid('rel', c.k), t.reg + interval '3 minutes', t.reg + interval '3 minutes', t.ui, 1, 2 * c.k - 1, 2 * c.k,
       'HnpTyRltMC1_' || pgen.uid('tei', c.m) || '_' || pgen.uid('tei', 220 + c.k), 'HnpTyRltMC1_' || pgen.uid('tei', 220 + c.k) || '_' || pgen.uid('tei', c.m), c.k % 61 = 5
FROM pgen.c c JOIN pgen.t t ON t.id = 220 + c.k WHERE c.k % 10 <> 9;
INSERT INTO relationshipitem
SELECT 2 * r.relationshipid - 1, r.relationshipid, c.m, NULL::bigint, NULL::bigint FROM relationship r JOIN pgen.c c ON c.k = r.relationshipid
UNION ALL SELECT 2 * r.relationshipid, r.relationshipid, 220 + c.k, NULL, NULL FROM relationship r JOIN pgen.c c ON c.k = r.relationshipid;
ALTER TABLE relationship ADD FOREIGN KEY (from_relationshipitemid) REFERENCES relationshipitem, ADD FOREIGN KEY (to_relationshipitemid) REFERENCES relationshipitem;

-- ---------------------------------------------------------------------------
-- Aggregate data: monthly EPI and MNCH reports of facilities.
CREATE TABLE datavalue (
    dataelementid bigint NOT NULL REFERENCES dataelement, periodid bigint NOT NULL REFERENCES period, sourceid bigint NOT NULL REFERENCES organisationunit,
    categoryoptioncomboid bigint NOT NULL, attributeoptioncomboid bigint NOT NULL, value varchar(50000), storedby varchar(255), created timestamp NOT NULL,
    lastupdated timestamp NOT NULL, comment varchar(50000), followup boolean, deleted boolean NOT NULL DEFAULT false,
    PRIMARY KEY (dataelementid, periodid, sourceid, categoryoptioncomboid, attributeoptioncomboid)
);
CREATE TABLE pgen.agg AS
SELECT d.id AS de, p.periodid AS pe, f.id AS ou, coc, f.upz, f.kind, p.enddate,
       (d.id * 100000 + p.periodid * 1000 + f.id) * 10 + coc - 20 AS h
FROM pgen.de d CROSS JOIN period p CROSS JOIN pgen.fac f
CROSS JOIN LATERAL unnest(CASE WHEN d.id IN (26, 27, 28, 29, 31) THEN ARRAY[23, 24] ELSE ARRAY[16] END) coc
WHERE d.dom = 'AGGREGATE' AND f.kind IN ('UHC', 'UHFWC', 'CC', 'CAMP')
  AND fixture_gen.n('aggsel', (d.id * 100000 + p.periodid * 1000 + f.id), 100) < CASE WHEN d.id IN (40, 41) THEN 8 ELSE 3 END;
INSERT INTO datavalue
SELECT a.de, a.pe, a.ou, a.coc, 16,
       CASE WHEN a.de = 40 THEN fixture_gen.pick(ARRAY[
              pgen.full('bdm', 'M', 'rpo', a.h) || ', ' || pgen.mobf('rpop', a.h), pgen.full('bdm', 'F', 'rpo', a.h) || ' (FWV)', pgen.full('bdh', 'M', 'rpo', a.h),
              'Statistician ' || pgen.full('bdm', 'M', 'rpo', a.h % 9), pgen.full('cht', 'F', 'rpo', a.h) || ' / CHCP', 'UH&FPO office'], 'rpok', a.h)
            WHEN a.de = 41 THEN fixture_gen.pick(ARRAY['No remarks', 'Satellite clinic in Ward 5 not held (flood).', 'BCG stock-out 12-18 March, supply from district received 19 March.',
              'Tally sheets checked by ' || pgen.full('bdm', 'M', 'rmk', a.h) || ', MT-EPI.', 'Includes 6 children from the camps vaccinated at the CC.',
              'Report delayed: CHCP ' || pgen.full('bdm', 'F', 'rmk', a.h) || ' on leave, mobile ' || pgen.mobf('rmkp', a.h) || '.', 'Cold chain OK.', 'Data entered from paper register by statistician.'], 'rmkk', a.h)
            WHEN a.de IN (36, 37) THEN (CASE WHEN fixture_gen.n('agd', a.h, 12) = 0 THEN 1 ELSE 0 END)::text
            WHEN a.de = 38 THEN (CASE WHEN fixture_gen.n('agso', a.h, 6) = 0 THEN 1 + fixture_gen.n('agsd', a.h, 9) ELSE 0 END)::text
            WHEN a.de = 39 THEN (2 + fixture_gen.n('agss', a.h, 10))::text
            ELSE (CASE a.kind WHEN 'UHC' THEN 20 WHEN 'CAMP' THEN 12 ELSE 2 END + fixture_gen.n('agv', a.h, CASE a.kind WHEN 'UHC' THEN 90 WHEN 'CAMP' THEN 60 ELSE 25 END))::text END,
       pgen.uname(CASE WHEN a.kind = 'UHC' OR a.ou > 74 AND a.ou < 83 THEN 19 + a.upz - 11 ELSE pgen.fw(a.ou) END),
       a.enddate + make_interval(days => 2 + fixture_gen.n('agc', a.h, 12), secs => 30000 + fixture_gen.n('agcs', a.h, 30000)),
       a.enddate + make_interval(days => 2 + fixture_gen.n('agc', a.h, 12), secs => 30000 + fixture_gen.n('agcs', a.h, 30000))
         + CASE WHEN a.h % 7 = 0 THEN make_interval(days => 1 + fixture_gen.n('agl', a.h, 20)) ELSE interval '0' END,
       CASE WHEN a.de NOT IN (40, 41) AND fixture_gen.n('agcm', a.h, 9) = 0 THEN fixture_gen.pick(ARRAY['Figure corrected after recount of the register',
              'Includes children from the neighbouring union', 'Stock-out, see remarks', 'Reported by phone by ' || pgen.full('bdm', 'F', 'agcn', a.h) || ' (' || pgen.mobf('agcp', a.h) || ')',
              'Tally sheet lost in flood; estimate', 'Outreach at the house of ' || pgen.full('bdm', 'M', 'agch', a.h) || ' cancelled', 'Verified by MT-EPI'], 'agct', a.h) END,
       a.h % 23 = 0, a.h % 97 = 3
FROM pgen.agg a ORDER BY a.pe, a.ou, a.de, a.coc;

CREATE TABLE datavalueaudit (
    datavalueauditid bigint NOT NULL PRIMARY KEY, dataelementid bigint NOT NULL, periodid bigint NOT NULL, organisationunitid bigint NOT NULL, categoryoptioncomboid bigint NOT NULL,
    attributeoptioncomboid bigint NOT NULL, value varchar(50000), created timestamp, modifiedby varchar(100), audittype varchar(100) NOT NULL
);
INSERT INTO datavalueaudit
SELECT row_number() OVER (ORDER BY v.lastupdated, v.dataelementid, v.sourceid), v.dataelementid, v.periodid, v.sourceid, v.categoryoptioncomboid, v.attributeoptioncomboid,
       CASE WHEN v.dataelementid = 40 THEN pgen.full('bdm', 'M', 'dvao', v.periodid * 100 + v.sourceid)
            WHEN v.dataelementid = 41 THEN 'Report delayed.'
            ELSE (v.value::int + 1 + fixture_gen.n('dva', v.periodid * 100 + v.sourceid, 7))::text END,
       v.lastupdated, CASE WHEN v.sourceid % 2 = 0 THEN v.storedby ELSE pgen.uname(19 + fixture_gen.n('dvam', v.sourceid, 9)) END,
       CASE WHEN v.deleted THEN 'DELETE' ELSE 'UPDATE' END
FROM datavalue v WHERE v.lastupdated > v.created OR v.deleted;

-- ---------------------------------------------------------------------------
-- Messages between health workers, system messages, feedback tickets.
CREATE TABLE messageconversation (
    messageconversationid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, messagecount integer, subject varchar(255) NOT NULL, messagetype varchar(255) NOT NULL, lastsendersurname varchar(255),
    lastsenderfirstname varchar(255), lastmessage timestamp, priority varchar(255), status varchar(255), user_assigned bigint REFERENCES userinfo,
    userid bigint REFERENCES userinfo
);
CREATE TABLE message (
    messageid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL, lastupdatedby bigint,
    messagetext text, internal boolean, metadata varchar(255), userid bigint REFERENCES userinfo
);
CREATE TABLE messageconversation_messages (
    messageconversationid bigint NOT NULL REFERENCES messageconversation, sort_order integer NOT NULL, messageid bigint NOT NULL REFERENCES message,
    PRIMARY KEY (messageconversationid, sort_order)
);
CREATE TABLE pgen.mc (id int PRIMARY KEY, a int, b int, kind text, subj text, w int, ts timestamp, n int);
INSERT INTO pgen.mc
SELECT k, a, b, kind,
       CASE kind
         WHEN 'SYSTEM' THEN fixture_gen.pick(ARRAY['Validation rule violations: ' || (SELECT name FROM pgen.fac WHERE id = 29 + k % 54), 'Job failed: Analytics table generation',
                                                  'Data set completed: EPI monthly report', 'Program rule notification: high-risk pregnancy'], 'mcs', k)
         WHEN 'FEEDBACK' THEN fixture_gen.pick(ARRAY['Cannot find woman by NID', 'Tablet not syncing since update', 'Wrong village list for ' || (SELECT name FROM pgen.un WHERE n = 1 + k % 27),
                                                    'Request: add MR-2 to outreach form', 'Duplicate registration ' || btrim(w1.first || ' ' || coalesce(w1.last, '')) || ' / ' || btrim(w2.first || ' ' || coalesce(w2.last, ''))], 'mcf', k)
         ELSE fixture_gen.pick(ARRAY['Defaulter list Ward ' || (1 + k % 9), 'Penta-3 drop in ' || (SELECT name FROM pgen.un WHERE n = 1 + k % 27), 'Referral of ' || btrim(w1.first || ' ' || coalesce(w1.last, '')),
                                    'Correction request: NID of ' || btrim(w1.first || ' ' || coalesce(w1.last, '')), 'Monthly report ' || to_char(date '2022-02-01' + k * 17, 'Mon YYYY'),
                                    'Tracker refresher training', 'MR campaign microplan', 'Maternal death review: ' || btrim(w1.first || ' ' || coalesce(w1.last, '')) || ', ' || w1.village,
                                    'Data for the UNICEF review', 'Re: password reset', 'বকেয়া টিকার তালিকা', 'Outreach session schedule July'], 'mcp', k) END,
       w1.i, pgen.at('mcts', k, '2022-03-01', '2024-06-20'), 1 + fixture_gen.n('mcn', k, 4)
FROM generate_series(1, 64) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 8 = 0 THEN 'SYSTEM' WHEN k % 8 = 3 THEN 'FEEDBACK' ELSE 'PRIVATE' END AS kind,
                           CASE WHEN k % 8 = 0 THEN 1 ELSE 19 + fixture_gen.n('mca', k, 72) END AS a,
                           CASE WHEN k % 8 = 3 THEN 6 WHEN k % 5 = 0 THEN 4 + fixture_gen.n('mcb', k, 15) ELSE 19 + fixture_gen.n('mcb', k, 18) END AS b) x
JOIN pgen.w w1 ON w1.i = 1 + fixture_gen.n('mcw', k, 220) JOIN pgen.w w2 ON w2.i = 1 + fixture_gen.n('mcw2', k, 220);

CREATE TABLE pgen.msg AS
SELECT row_number() OVER (ORDER BY mc.id, j) AS id, mc.id AS mc, j, CASE WHEN mc.kind = 'SYSTEM' THEN NULL WHEN j % 2 = 1 THEN mc.a ELSE mc.b END AS sender,
       mc.ts + make_interval(hours => (j - 1) * (3 + fixture_gen.n('msgh', mc.id * 10 + j, 40))) AS ts,
       CASE WHEN mc.kind = 'SYSTEM' THEN fixture_gen.pick(ARRAY['Validation rule "ANC-4 <= ANC-1" violated for ' || to_char(mc.ts, 'FMMonth YYYY') || '. Left side 14, right side 11.',
                 'Analytics table generation failed: relation "analytics_temp_2023" already exists. Please contact your administrator.',
                 'The EPI monthly report for ' || to_char(mc.ts, 'FMMonth YYYY') || ' has been completed.',
                 'High-risk pregnancy registered: BP 160/110 at ANC visit. Please follow up within 24 hours.'], 'msys', mc.id)
            WHEN j = 1 THEN pgen.tpl(fixture_gen.pick(ARRAY[
                 'Apa, please update the defaulter list before Thursday. {M} (husband {H}) still has not come for ANC-3, her number {P} is switched off.',
                 'Sir, Penta-3 in our union dropped because the outreach at {V} was cancelled twice. Vaccinator {W} was on leave.',
                 'Referred {M} to {F} today with bleeding. Husband {H} is with her, his phone {P}. Please inform the duty doctor.',
                 'Please correct the NID of {M}: registered as ' || fixture_gen.digits('mcnid', mc.id, 10) || ', on the card it is ' || fixture_gen.digits('mcnid2', mc.id, 13) || '.',
                 'Monthly report submitted. 3 children from Camp 13 were vaccinated at our CC, I added them in the remarks.',
                 'Training will be at the UHC conference room, 10 am. Bring your tablet and charger.',
                 'Maternal death on ' || to_char(mc.ts - interval '4 days', 'DD/MM') || ': {M}, 19 years, G2P1, eclampsia at home. Family contact: {H} {P}. Verbal autopsy by FWV {W} next week.',
                 'Can you share the MNCH data for Q1 by district? Aggregated only, no names please.',
                 'আপা, {V}-এর বকেয়া শিশুদের তালিকা পাঠালাম। {M}-এর বাচ্চার পেন্টা-২ বাকি, ফোন {P}।',
                 'I tried to log in from the new tablet but it says account locked. My username is the same. Please help.'], 'mtx', mc.id),
                 w.husband, pgen.mobf('mph', mc.id), pgen.ref(f.upz, mc.id), (SELECT first || ' ' || last FROM pgen.u WHERE i = 19 + fixture_gen.n('mw', mc.id, 60)),
                 btrim(w.first || ' ' || coalesce(w.last, '')), w.village, w.address)
            ELSE fixture_gen.pick(ARRAY['Thank you, noted.', 'Ok apa, will do tomorrow.', 'Done. Please check and confirm.', 'I called {P}, the husband picked up. She will come on Sunday.',
                 'Her father-in-law says she went to her mother''s house in {V}.', 'Please send the list in Excel, I cannot open the PDF on the tablet.',
                 'Reset done. Your temporary password was sent by SMS, change it after login.', 'Forwarded to the UH&FPO.', 'ঠিক আছে, দেখছি।', 'The verbal autopsy form is attached.'], 'mrp', mc.id * 10 + j) END AS txt
FROM pgen.mc mc CROSS JOIN generate_series(1, 5) j JOIN pgen.w w ON w.i = mc.w JOIN pgen.fac f ON f.id = w.fac
WHERE j <= mc.n;
UPDATE pgen.msg SET txt = replace(replace(txt, '{P}', pgen.mobf('mph2', id)), '{V}', fixture_gen.pick(ARRAY['Ramu', 'Chakaria', 'Sylhet town', 'Bhairab'], 'mv', id));

INSERT INTO message
SELECT m.id, pgen.uid('msg', m.id), m.ts, m.ts, m.sender, m.txt, mc.kind = 'FEEDBACK' AND m.j = 3,
       CASE WHEN m.sender IS NULL THEN NULL ELSE fixture_gen.pick(ARRAY[
         'Mozilla/5.0 (Linux; Android 10; SM-T295) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
         'Mozilla/5.0 (Linux; Android 11; Lenovo TB-8505X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 Safari/537.36',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
         'okhttp/4.10.0 (DHIS2 Android Capture 2.9.1; Walton Primo RX8)'], 'mua', m.sender * 7 + m.mc % 2) END,
       m.sender
FROM pgen.msg m JOIN pgen.mc mc ON mc.id = m.mc ORDER BY m.id;
INSERT INTO messageconversation
SELECT mc.id, pgen.uid('mconv', mc.id), mc.ts, last.ts, coalesce(last.sender, 1), mc.n, left(mc.subj, 255), mc.kind,
       CASE WHEN last.sender IS NOT NULL THEN (SELECT last FROM pgen.u WHERE i = last.sender) END, CASE WHEN last.sender IS NOT NULL THEN (SELECT first FROM pgen.u WHERE i = last.sender) END,
       last.ts, CASE WHEN mc.kind = 'FEEDBACK' THEN fixture_gen.pick(ARRAY['LOW', 'MEDIUM', 'HIGH'], 'mcpr', mc.id) ELSE 'NONE' END,
       CASE WHEN mc.kind = 'FEEDBACK' THEN fixture_gen.pick(ARRAY['OPEN', 'PENDING', 'SOLVED'], 'mcst', mc.id) ELSE 'NONE' END,
       CASE WHEN mc.kind = 'FEEDBACK' AND mc.id % 2 = 1 THEN 5 END, CASE WHEN mc.kind = 'SYSTEM' THEN NULL ELSE mc.a END
FROM pgen.mc mc CROSS JOIN LATERAL (SELECT m.ts, m.sender FROM pgen.msg m WHERE m.mc = mc.id ORDER BY m.j DESC LIMIT 1) last;
INSERT INTO messageconversation_messages SELECT m.mc, m.j - 1, m.id FROM pgen.msg m;

-- ---------------------------------------------------------------------------
-- Interpretations of charts and maps, with @mentions.
CREATE TABLE interpretation (
    interpretationid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL, lastupdatedby bigint,
    visualizationid bigint, mapid bigint, periodid bigint REFERENCES period, organisationunitid bigint REFERENCES organisationunit, interpretationtext text,
    userid bigint REFERENCES userinfo, likes integer, sharing jsonb DEFAULT '[]'::jsonb, mentions jsonb
);
CREATE TABLE interpretationcomment (
    interpretationcommentid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, commenttext text, userid bigint REFERENCES userinfo, mentions jsonb
);
INSERT INTO interpretation
SELECT k, pgen.uid('intp', k), ts, ts + make_interval(days => fixture_gen.n('intl', k, 10)), ui,
       CASE WHEN k % 4 <> 0 THEN 1 + fixture_gen.n('intv', k, 25) END, CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('intm', k, 6) END,
       CASE WHEN k % 3 = 0 THEN 1 + fixture_gen.n('intpe', k, 29) END, CASE WHEN k % 2 = 0 THEN (ARRAY[1, 6, 7, 8, 9, 10, 11, 12, 13, 15, 17, 18])[1 + k % 12] END,
       txt, ui, fixture_gen.n('intlk', k, 6), '{"owner": null, "public": "r-------", "external": false, "users": {}, "userGroups": {}}'::jsonb,
       CASE WHEN txt LIKE '%@%' THEN jsonb_build_array(jsonb_build_object('username', m, 'created', pgen.jts(ts))) ELSE '[]'::jsonb END
FROM (SELECT k, pgen.at('intc', k, '2022-04-01', '2024-06-25') AS ts, (ARRAY[4, 7, 8, 9, 10, 11, 13, 14, 15, 18, 19, 20, 21, 22, 23, 24, 25])[1 + fixture_gen.n('intu', k, 17)] AS ui,
             CASE WHEN k % 3 <> 1 THEN pgen.uname((ARRAY[6, 5, 19, 20, 21, 22, 23, 28, 29, 31])[1 + fixture_gen.n('intmu', k, 10)]) END AS m, fixture_gen.n('intt', k, 10) AS t
      FROM generate_series(1, 44) k) s
CROSS JOIN LATERAL (SELECT CASE t
    WHEN 0 THEN 'Penta-3 coverage fell to 71% in Teknaf in June.' || coalesce(' @' || m || ' could this be the sync backlog from Hnila?', '')
    WHEN 1 THEN 'ANC-4 completion is above 60% for the first time in Rangamati. Well done to the CHCPs of Sajek.'
    WHEN 2 THEN 'Facility deliveries in Derai remain low during the monsoon months; boats not available.' || coalesce(' @' || m || ' please add the union breakdown.', '')
    WHEN 3 THEN 'MR-2 dropout rate is high in the camps. Partners to review defaulter tracing with the majhis.'
    WHEN 4 THEN coalesce('@' || m || ' ', '') || 'the map shows 4 CCs with no reports for May. Please check tablets.'
    WHEN 5 THEN 'Neonatal deaths reported from Itna in April are all home deliveries. Verbal autopsies pending.'
    WHEN 6 THEN 'BCG stock-out days reduced after the new ILR in Kalai.'
    WHEN 7 THEN 'Numbers for Kutupalong look doubled in March, probably entered both in tracker and aggregate.' || coalesce(' @' || m, '')
    WHEN 8 THEN 'Coverage above 100% in Ukhiya because of the refugee population not in the denominator.'
    ELSE 'Good progress on ANC-1 registration in the first trimester.' END AS txt) x;
INSERT INTO interpretationcomment
SELECT k, pgen.uid('intc', k), ts, ts, ui, txt, ui,
       CASE WHEN txt LIKE '%@%' THEN jsonb_build_array(jsonb_build_object('username', m, 'created', pgen.jts(ts))) ELSE '[]'::jsonb END
FROM (SELECT k, pgen.at('icc', k, '2022-05-01', '2024-06-28') AS ts, (ARRAY[4, 5, 6, 7, 8, 9, 11, 13, 14, 19, 20, 21, 22, 23, 28, 29])[1 + fixture_gen.n('icu', k, 16)] AS ui,
             pgen.uname((ARRAY[19, 20, 21, 22, 23, 24, 25, 26, 27, 6])[1 + fixture_gen.n('icm', k, 10)]) AS m FROM generate_series(1, 86) k) s
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Agree.', 'Checked: two CHCP tablets were not synced, now fixed.', '@' || m || ' please verify with the register.',
    'The Hnila backlog is 46 events, will sync tomorrow.', 'This is a data entry error, corrected by ' || (SELECT first || ' ' || last FROM pgen.u WHERE i = 19 + k % 60) || '.',
    'We need the denominator from the camp population figures (ISCG).', 'ধন্যবাদ। আমরা দেখছি।', '@' || m || ' can you share the list of home deliveries?', 'Noted for the district meeting.'], 'ict', k) AS txt) x;

-- ---------------------------------------------------------------------------
-- File resources: avatars, photos of tracked persons, attachments, documents.
CREATE TABLE fileresource (
    fileresourceid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL, contenttype varchar(255) NOT NULL, contentlength bigint NOT NULL, contentmd5 varchar(32) NOT NULL,
    storagekey varchar(1024) NOT NULL UNIQUE, isassigned boolean NOT NULL, domain varchar(40), userid bigint, hasmultiplestoragefiles boolean, fileresourceowner varchar(255)
);
CREATE TABLE pgen.fr (id serial PRIMARY KEY, uid text, name text, ctype text, dom text, ui int, owner text, ts timestamp, usr int);
INSERT INTO pgen.fr (uid, name, ctype, dom, ui, owner, ts, usr)
SELECT pgen.uid('fravatar', u.i), fixture_gen.pick(ARRAY[u.first || ' ' || u.last || '.jpg', 'IMG_' || to_char(pgen.at('frd', u.i, '2022-01-01', '2024-01-01'), 'YYYYMMDD_HH24MISS') || '.jpg',
         'profile.png', 'WhatsApp Image ' || to_char(pgen.at('frd', u.i, '2022-01-01', '2024-01-01'), 'YYYY-MM-DD "at" HH24.MI.SS') || '.jpeg', pgen.fold(u.first) || '_' || pgen.fold(u.last) || '_passport_photo.jpg'], 'frn', u.i),
       'image/jpeg', 'USER_AVATAR', u.i, pgen.uid('user', u.i), pgen.at('frt', u.i, '2022-01-01', '2024-06-01'), u.i
FROM pgen.u u WHERE u.i IN (4, 6, 8, 10, 11, 13, 15, 17, 19, 22, 25, 30, 38, 41, 45, 50, 53, 60, 66, 72, 77, 85, 89);
INSERT INTO pgen.fr (uid, name, ctype, dom, ui, owner, ts, usr)
SELECT pgen.uid('frphoto', w.i), fixture_gen.pick(ARRAY['photo_' || w.mnch || '.jpg', 'IMG_' || to_char(t.reg, 'YYYYMMDD_HH24MISS') || '.jpg',
         pgen.fold(w.first) || '_' || pgen.fold(coalesce(w.last, '')) || '.jpg', 'image.jpg'], 'frpn', w.i), 'image/jpeg', 'DATA_VALUE', t.ui, pgen.uid('tei', w.i), t.reg, t.ui
FROM pgen.w w JOIN pgen.t t ON t.id = w.i WHERE w.i % 8 = 5;
INSERT INTO pgen.fr (uid, name, ctype, dom, ui, owner, ts, usr)
SELECT pgen.uid('fratt', m.id), fixture_gen.pick(ARRAY['ANC_card_' || pgen.fold(w.first) || '_' || pgen.fold(coalesce(w.last, '')) || '.jpg',
         'Referral slip - ' || btrim(w.first || ' ' || coalesce(w.last, '')) || '.pdf', 'EPI_microplan_' || (SELECT name FROM pgen.upz WHERE id = w.upz) || '_2024.xlsx',
         'Verbal autopsy form ' || to_char(m.ts, 'DD-MM-YYYY') || '.pdf', 'defaulters_ward' || (1 + m.id % 9) || '.xlsx', 'Screenshot_' || to_char(m.ts, 'YYYYMMDD-HH24MISS') || '.png'], 'frat', m.id),
       'application/octet-stream', 'MESSAGE_ATTACHMENT', m.sender, pgen.uid('msg', m.id), m.ts, m.sender
FROM pgen.msg m JOIN pgen.mc mc ON mc.id = m.mc JOIN pgen.w w ON w.i = mc.w WHERE m.sender IS NOT NULL AND m.id % 4 = 1;
INSERT INTO pgen.fr (uid, name, ctype, dom, ui, owner, ts, usr) VALUES
  (pgen.uid('frdoc', 1), 'MNCH_tracker_user_guide_bn_v3.pdf', 'application/pdf', 'DOCUMENT', 5, NULL, timestamp '2022-02-14 10:11:12.131', 5),
  (pgen.uid('frdoc', 2), 'Data_dictionary_MNCH_tracker_2023.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'DOCUMENT', 6, NULL, timestamp '2023-01-09 15:20:00.412', 6),
  (pgen.uid('frdoc', 3), 'EPI_schedule_Bangladesh_2023.pdf', 'application/pdf', 'DOCUMENT', 9, NULL, timestamp '2023-03-01 09:00:41.870', 9),
  (pgen.uid('frdoc', 4), 'Android_Capture_setup_SOP.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCUMENT', 13, NULL, timestamp '2022-05-22 12:44:09.001', 13),
  (pgen.uid('frorg', 1), 'Thaingkhali_CC_front.jpg', 'image/jpeg', 'ORG_UNIT', 19, pgen.uid('ou', 32), timestamp '2022-08-03 11:02:51.515', 19),
  (pgen.uid('frorg', 2), 'Sajek_UHFWC.jpg', 'image/jpeg', 'ORG_UNIT', 21, pgen.uid('ou', 41), timestamp '2022-11-13 08:42:10.020', 21),
  (pgen.uid('frjob', 1), 'dataValueImport_2024-05-03.json', 'application/json', 'JOB_DATA', 4, NULL, timestamp '2024-05-03 02:00:04.911', 4);
UPDATE pgen.fr SET ctype = CASE WHEN name LIKE '%.pdf' THEN 'application/pdf' WHEN name LIKE '%.xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                                WHEN name LIKE '%.png' THEN 'image/png' ELSE 'image/jpeg' END WHERE dom = 'MESSAGE_ATTACHMENT';
UPDATE pgen.fr SET ctype = 'image/png' WHERE name LIKE '%.png';
INSERT INTO fileresource
SELECT id, uid, ts, ts, usr, name, ctype, 20000 + fixture_gen.n('frl', id, 2400000), fixture_gen.hexn('frmd5', id, 32),
       CASE dom WHEN 'USER_AVATAR' THEN 'userAvatar/' WHEN 'DATA_VALUE' THEN 'dataValue/' WHEN 'MESSAGE_ATTACHMENT' THEN 'messageAttachment/' WHEN 'DOCUMENT' THEN 'document/'
                WHEN 'ORG_UNIT' THEN 'orgUnit/' ELSE 'jobData/' END || uid,
       dom <> 'JOB_DATA', dom, usr, dom IN ('USER_AVATAR', 'DATA_VALUE', 'ORG_UNIT'), owner
FROM pgen.fr ORDER BY id;
UPDATE userinfo u SET avatar = f.fileresourceid FROM fileresource f WHERE f.domain = 'USER_AVATAR' AND f.fileresourceowner = u.uid;
UPDATE organisationunit o SET image = f.fileresourceid FROM fileresource f WHERE f.domain = 'ORG_UNIT' AND f.fileresourceowner = o.uid;

-- ---------------------------------------------------------------------------
-- The data store (keyjsonvalue): app settings, integration configuration
-- with tokens, lists kept by custom apps.
CREATE TABLE keyjsonvalue (
    keyjsonvalueid bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, userid bigint, namespace varchar(255) NOT NULL, namespacekey varchar(255) NOT NULL, jbplainvalue jsonb, encrypted_value text,
    encrypted boolean, sharing jsonb DEFAULT '[]'::jsonb, UNIQUE (namespace, namespacekey)
);
CREATE TABLE pgen.kv (id serial PRIMARY KEY, ns text, k text, v jsonb, enc boolean DEFAULT false, ui int, ts timestamp);
INSERT INTO pgen.kv (ns, k, v, ui, ts) VALUES
  ('dhis2-rapidpro', 'settings', jsonb_build_object('rapidProUrl', 'https://rapidpro.dghs.gov.bd', 'apiToken', fixture_gen.hexn('rpk', 1, 40), 'dhis2Username', 'rapidpro-sync',
     'ancFlowUuid', fixture_gen.uuid('rpf', 1), 'epiFlowUuid', fixture_gen.uuid('rpf', 2), 'syncIntervalMinutes', 30, 'contactFields', jsonb_build_array('mnch_id', 'village', 'edd')), 6, '2022-03-02 11:20:31.402'),
  ('whatsapp-reminders', 'config', jsonb_build_object('provider', 'meta-cloud-api', 'phoneNumberId', fixture_gen.digits('wapn', 1, 15), 'wabaId', fixture_gen.digits('waba', 1, 15),
     'accessToken', 'EA' || 'AG' || pgen.rnd('watok', 1, 180), 'templates', jsonb_build_object('anc_reminder', 'anc_reminder_bn_v2', 'epi_reminder', 'epi_due_bn_v3'),
     'testRecipient', '+88' || pgen.mob('watr', 1)), 13, '2023-05-17 16:02:45.110'),
  ('sms-reminders', 'gateway-credentials', NULL, 6, '2023-02-08 09:31:12.000'),
  ('ANDROID_SETTING_APP', 'general_settings', jsonb_build_object('encryptDB', true, 'reservedValues', 40, 'smsGateway', '+8801730000451', 'smsResultSender', '+8801730000452',
     'matomoID', NULL, 'matomoURL', NULL, 'allowScreenCapture', false, 'lastUpdated', '2024-01-10T09:12:44.000'), 13, '2022-04-11 08:00:12.312'),
  ('ANDROID_SETTING_APP', 'synchronization', '{"dataSync": "1h", "metadataSync": "24h", "trackerImporterVersion": "V2", "fileMaxLengthBytes": 5000000, "programSettings": {"globalSettings": {"settingDownload": "PER_ORG_UNIT", "teiDownload": 500, "eventsDownload": 500}}}', 13, '2022-04-11 08:00:40.001'),
  ('ANDROID_SETTING_APP', 'appearance', '{"filterSorting": {"home": {"SYNC_STATUS": {"filter": true, "sort": true}}}, "completionSpinner": {"globalSettings": {"visible": true}}}', 13, '2022-04-11 08:01:02.777'),
  ('capture', 'useNewDashboard', jsonb_build_object(pgen.uid('prog', 1), true, pgen.uid('prog', 2), true, pgen.uid('prog', 3), false), 6, '2023-09-01 10:00:00.000'),
  ('scorecard', 'MNCH_Q2_2024', '{"header": {"title": "MNCH scorecard Q2 2024", "subtitle": "Upazila performance", "template": {"display": "NONE"}}, "periodType": "Quarterly", "highlightedIndicators": [], "options": {"averageDisplayType": "ALL", "legend": true, "showHierarchy": false}}', 7, '2024-07-01 00:00:00.000'),
  ('scorecard', 'EPI_2023', '{"header": {"title": "EPI scorecard 2023", "subtitle": "Penta-3, MR-1, MR-2 coverage and dropout"}, "periodType": "Monthly", "options": {"legend": true}}', 9, '2023-02-01 09:40:00.000'),
  ('dataqualitytool', 'settings', '{"thresholds": {"outlierZScore": 3, "completeness": 80}, "groups": ["EPI", "MNCH"], "lastRun": "2024-06-02T03:00:00"}', 5, '2023-06-10 12:00:00.000'),
  ('menu-management', 'menus', '{"apps": ["capture", "dashboard", "data-visualizer", "maps", "messaging"], "pinned": ["capture"]}', 5, '2022-02-01 09:00:00.000');
UPDATE pgen.kv SET ts = timestamp '2024-06-28 23:10:00' WHERE ts > timestamp '2024-06-28';
UPDATE pgen.kv SET enc = true WHERE ns = 'sms-reminders';
-- Defaulter lists of a custom app: names, phones and villages of mothers.
INSERT INTO pgen.kv (ns, k, v, ui, ts)
SELECT 'mnch-defaulters', z.code || '-' || to_char(mm.mon, 'YYYY-MM'),
       (SELECT jsonb_agg(jsonb_build_object('tei', pgen.uid('tei', 220 + c.k), 'child', btrim(c.first || ' ' || coalesce(c.last, '')), 'mother', c.mother,
               'phone', c.phone, 'village', w.village, 'due', (ARRAY['Penta-2', 'Penta-3', 'MR-1', 'MR-2', 'PCV-3'])[1 + c.k % 5], 'assignedTo', pgen.uname(pgen.fw(w.fac))) ORDER BY c.k)
        FROM pgen.c c JOIN pgen.w w ON w.i = c.m WHERE w.upz = z.id AND (c.k + extract(month FROM mm.mon)::int) % 3 = 0),
       19 + z.id - 11, (mm.mon + interval '2 days' + interval '9 hours')::timestamp
FROM pgen.upz z CROSS JOIN (VALUES (timestamp '2024-04-01'), (timestamp '2024-05-01'), (timestamp '2024-06-01')) mm(mon);
DELETE FROM pgen.kv WHERE ns = 'mnch-defaulters' AND v IS NULL;
-- Maternal death review notes kept by the MNCH programme's review app.
INSERT INTO pgen.kv (ns, k, v, ui, ts)
SELECT 'mnch-mdsr', pgen.uid('tei', w.i), jsonb_build_object('deceased', btrim(w.first || ' ' || coalesce(w.last, '')), 'age', 2023 - extract(year FROM w.dob)::int, 'dateOfDeath', (date '2023-01-10' + w.i * 3)::text,
         'respondent', w.husband, 'relation', 'husband', 'respondentPhone', coalesce(w.phone, pgen.mobf('mdph', w.i)), 'placeOfDeath', fixture_gen.pick(ARRAY['Home', 'On the way to hospital', 'District hospital'], 'mdpl', w.i),
         'narrative', 'Started bleeding after home delivery, the TBA could not stop it. Family looked for a CNG for two hours; she died on the way to ' || pgen.ref(w.upz, w.i) || '.',
         'reviewedBy', pgen.uname(8)), 8, (date '2023-01-20' + w.i * 3)::timestamp + interval '11 hours'
FROM pgen.w w WHERE w.i IN (14, 57, 101, 163);
INSERT INTO keyjsonvalue
SELECT kv.id, pgen.uid('kjv', kv.id), kv.ts, kv.ts + CASE WHEN kv.id % 3 = 0 THEN interval '3 days' ELSE interval '0' END, kv.ui, kv.ui, kv.ns, kv.k,
       CASE WHEN kv.enc THEN NULL ELSE kv.v END,
       CASE WHEN kv.enc THEN pgen.aes('kjvenc', kv.id, 220) END, kv.enc,
       jsonb_build_object('owner', pgen.uid('user', kv.ui), 'public', CASE WHEN kv.ns IN ('ANDROID_SETTING_APP', 'capture', 'menu-management') THEN 'r-------' ELSE '--------' END,
                          'external', false, 'users', '{}'::jsonb, 'userGroups', '{}'::jsonb)
FROM pgen.kv kv ORDER BY kv.id;

-- ---------------------------------------------------------------------------
-- SMS: reminders and broadcasts sent, program messages, SMS received.
CREATE TABLE outbound_sms (id bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, date timestamp NOT NULL, message varchar(500), status varchar(255) NOT NULL, sender varchar(255));
CREATE TABLE outbound_sms_recipients (outbound_sms_id bigint NOT NULL REFERENCES outbound_sms, elt text);
CREATE TABLE pgen.sms AS
SELECT g.k AS k, e.id AS ev, CASE WHEN g.k % 6 = 0 THEN 'staff' ELSE 'remind' END AS kind, e.stage, e.seq, e.due, e.mother, c.first || coalesce(' ' || c.last, '') AS child,
       coalesce(c.phone, w.phone) AS phone, f.short AS fac, u.first || ' ' || u.last AS worker, u.phone AS wphone, e.ui,
       pgen.at('smsd', g.k, '2022-02-01', '2024-06-28') AS ts
FROM generate_series(1, 280) AS g(k)
JOIN pgen.ev2 e ON e.id = 1 + fixture_gen.n('smse', g.k, 2440) LEFT JOIN pgen.c c ON c.k = e.ck LEFT JOIN pgen.w w ON w.i = coalesce(e.wi, c.m)
LEFT JOIN pgen.fac f ON f.id = e.fac LEFT JOIN pgen.u u ON u.i = e.ui;
DELETE FROM pgen.sms WHERE kind = 'remind' AND (phone IS NULL OR stage = 9);
INSERT INTO outbound_sms
SELECT s.k, pgen.uid('osms', s.k), s.ts,
       CASE WHEN s.kind = 'staff' THEN fixture_gen.pick(ARRAY['Monthly EPI meeting at the UHC on 3 July, 10am. -UH&FPO', 'Tracker app update 2.9 available; sync all data before updating.',
              'MR campaign starts 12 Feb. Microplans due by Thursday. -MT-EPI', 'Your DHIS2 password expires in 7 days. Change it from the profile page.',
              'Vaccine collection from the UHC on Saturday 9am. Bring cold boxes.', 'সকল সিএইচসিপি: মাসিক রিপোর্ট ৫ তারিখের মধ্যে পাঠাবেন।'], 'smst', s.k)
            WHEN s.stage IN (5, 6, 4) AND s.k % 3 = 0 THEN 'Priyo ' || s.mother || ', apnar shishu ' || s.child || ' er tika ' || to_char(s.due + 28, 'DD/MM') || ' tarikh ' || s.fac || '-e deya hobe. -DGHS'
            WHEN s.stage IN (5, 6, 4) AND s.k % 3 = 1 THEN 'Your child ' || s.child || ' missed the vaccine due on ' || to_char(s.due, 'DD Mon') || '. Please come to ' || s.fac || ' on Sunday. -EPI'
            WHEN s.stage IN (5, 6, 4) THEN 'প্রিয় ' || s.mother || ', ' || s.child || '-এর পরবর্তী টিকা ' || to_char(s.due + 28, 'DD/MM/YYYY') || ' তারিখে ' || s.fac || '-এ। -স্বাস্থ্য অধিদপ্তর'
            WHEN s.k % 2 = 0 THEN 'ANC reminder: ' || s.mother || ', your next visit is on ' || to_char(s.due + 30, 'DD Mon') || ' at ' || s.fac || '. Call ' || s.worker || ' ' || coalesce(s.wphone, '') || ' if you need help.'
            ELSE 'প্রিয় ' || s.mother || ', আপনার পরবর্তী গর্ভকালীন সেবার তারিখ ' || to_char(s.due + 30, 'DD/MM/YYYY') || ', ' || s.fac || '।' END,
       CASE WHEN s.k % 13 = 0 THEN 'FAILED' WHEN s.k % 17 = 0 THEN 'OUTBOUND' WHEN s.k % 5 = 0 THEN 'DELIVERED' ELSE 'SENT' END,
       CASE WHEN s.kind = 'staff' THEN pgen.uname((ARRAY[4, 7, 9, 19, 20, 24, 28, 29, 33])[1 + s.k % 9]) WHEN s.k % 4 = 0 THEN pgen.uname(s.ui) END
FROM pgen.sms s ORDER BY s.k;
INSERT INTO outbound_sms_recipients
SELECT s.k, s.phone FROM pgen.sms s WHERE s.kind = 'remind'
UNION ALL SELECT s.k, coalesce(u.phone, pgen.mobf('smsr', s.k * 10 + j)) FROM pgen.sms s CROSS JOIN generate_series(1, 3) j JOIN pgen.u u ON u.i = 37 + fixture_gen.n('smsru', s.k * 10 + j, 46)
  WHERE s.kind = 'staff' AND j <= 1 + s.k % 3;

CREATE TABLE programmessage (
    id bigint NOT NULL PRIMARY KEY, uid varchar(11) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL, text varchar(500) NOT NULL,
    subject varchar(200), processeddate timestamp, messagestatus varchar(50), trackedentityinstanceid bigint REFERENCES trackedentityinstance,
    organisationunitid bigint REFERENCES organisationunit, programinstanceid bigint REFERENCES programinstance, programstageinstanceid bigint REFERENCES programstageinstance,
    notificationtemplate varchar(255), storecopy boolean
);
CREATE TABLE programmessage_phonenumbers (programmessagephonenumberid bigint NOT NULL REFERENCES programmessage, phonenumber text);
INSERT INTO programmessage
SELECT row_number() OVER (ORDER BY e.due, e.id), pgen.uid('pmsg', e.id), (e.due - 3)::timestamp + interval '6 hours', (e.due - 3)::timestamp + interval '6 hours 1 minute',
       CASE WHEN e.stage = 5 THEN 'Priyo ' || e.mother || ', ' || btrim(c.first || ' ' || coalesce(c.last, '')) || ' er ' || split_part((ARRAY['BCG, OPV-0', 'Penta-1', 'Penta-2', 'Penta-3', 'MR-1', 'MR-2'])[e.seq], ',', 1)
                 || ' tika ' || to_char(e.due, 'DD/MM') || ' tarikh ' || f.short || '-e. -DGHS'
            ELSE 'প্রিয় ' || e.mother || ', আপনার গর্ভকালীন সেবার তারিখ ' || to_char(e.due, 'DD/MM/YYYY') || ', ' || f.short || '। প্রশ্ন থাকলে ' || coalesce(u.phone, '16263') || ' নম্বরে ফোন করুন।' END,
       CASE WHEN e.id % 9 = 0 THEN 'Appointment reminder' END,
       CASE WHEN e.id % 11 <> 0 THEN (e.due - 3)::timestamp + interval '6 hours 2 minutes' END,
       CASE WHEN e.id % 11 = 0 THEN 'OUTBOUND' WHEN e.id % 7 = 0 THEN 'FAILED' ELSE 'SENT' END,
       e.tei, e.fac, e.en, e.id, CASE WHEN e.stage = 5 THEN 'EpiRemind01' ELSE 'AncRemind01' END, true
FROM pgen.ev2 e JOIN pgen.fac f ON f.id = e.fac JOIN pgen.u u ON u.i = e.ui LEFT JOIN pgen.c c ON c.k = e.ck LEFT JOIN pgen.w w ON w.i = coalesce(e.wi, c.m)
WHERE e.stage IN (1, 5) AND e.id % 5 = 2 AND coalesce(c.phone, w.phone) IS NOT NULL AND e.due > date '2022-06-01';
INSERT INTO programmessage_phonenumbers
SELECT pm.id, coalesce(c.phone, w.phone) FROM programmessage pm JOIN pgen.ev2 e ON e.id = pm.programstageinstanceid LEFT JOIN pgen.c c ON c.k = e.ck LEFT JOIN pgen.w w ON w.i = coalesce(e.wi, c.m);

CREATE TABLE incomingsms (
    id bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, originator varchar(255) NOT NULL, encoding varchar(255) NOT NULL, sentdate timestamp NOT NULL,
    receiveddate timestamp NOT NULL, text varchar(255), gatewayid varchar(255) NOT NULL, status varchar(255) NOT NULL, parsed boolean, statusmessage varchar(255),
    userid bigint REFERENCES userinfo
);
INSERT INTO incomingsms
SELECT k, pgen.uid('isms', k),
       CASE WHEN kind = 'cmd' THEN coalesce(u.phone, pgen.mobf('isu', k)) WHEN kind = 'promo' THEN fixture_gen.pick(ARRAY['16216', 'GP', 'Robi', 'bKash'], 'ispr', k)
            ELSE coalesce(w.phone, pgen.mobf('isw', k)) END,
       CASE WHEN txt ~ '[^\x01-\x7F]' THEN 'ENCODING_UCS2' ELSE 'ENCODING_7BIT' END, ts, ts + make_interval(secs => 2 + fixture_gen.n('isrd', k, 200)), txt,
       fixture_gen.pick(ARRAY['ssl-wireless', 'ssl-wireless', 'android-gateway-cxb'], 'isg', k),
       CASE WHEN kind = 'cmd' AND k % 7 <> 3 THEN 'PROCESSED' WHEN kind = 'cmd' THEN 'FAILED' ELSE 'UNHANDLED' END,
       kind = 'cmd' AND k % 7 <> 3,
       CASE WHEN kind = 'cmd' AND k % 7 <> 3 THEN 'Command has been processed successfully' WHEN kind = 'cmd' THEN 'Wrong format for command ''' || upper(split_part(txt, ' ', 1)) || ''''
            ELSE 'No command found' END,
       CASE WHEN kind = 'cmd' THEN u.i END
FROM (SELECT k, CASE WHEN k % 3 = 0 THEN 'reply' WHEN k % 11 = 5 THEN 'promo' WHEN k % 3 = 1 THEN 'cmd' ELSE 'reply' END AS kind, pgen.at('isd', k, '2022-03-01', '2024-06-29') AS ts,
             37 + fixture_gen.n('isu', k, 46) AS ui, 1 + fixture_gen.n('isw', k, 220) AS wi FROM generate_series(1, 210) k) s
JOIN pgen.u u ON u.i = s.ui JOIN pgen.w w ON w.i = s.wi
CROSS JOIN LATERAL (SELECT CASE s.kind
    WHEN 'cmd' THEN CASE WHEN k % 7 = 3 THEN 'epi bcg' || (3 + k % 20) || 'p1 ' || (2 + k % 15)
                         WHEN k % 2 = 0 THEN 'epi bcg ' || (3 + k % 20) || ' p1 ' || (2 + k % 15) || ' p3 ' || (2 + k % 13) || ' mr1 ' || (1 + k % 11) || ' mr2 ' || (k % 9) ELSE 'anc ' || (4 + k % 9) || ' anc4 ' || (1 + k % 5) || ' del ' || (k % 6) || ' pnc ' || (k % 5) END
    WHEN 'promo' THEN 'Recharge 49tk & get 2GB for 3 days. Dial *121*3# now.'
    ELSE fixture_gen.pick(ARRAY['ok', 'Ami asbo', 'amar baccha jor, kal ashbo', 'আমার বাচ্চার জ্বর, পরে আসবো', 'Who is this?', 'STOP', 'ধন্যবাদ',
      btrim(w.first || ' ' || coalesce(w.last, '')) || ' er baby hoyeche, meye 3.1 kg', 'My number changed, new ' || pgen.mob('isnew', k) || ' - ' || w.first,
      'Apa ami ' || w.first || ', ' || w.village || ' theke. Amar shami ' || coalesce(w.husband, '') || ' Dubai te, ami ki ekai ashte pari?', 'Kon din tika?', 'Hospital e achi'], 'istx', k) END AS txt) x;

CREATE TABLE smscommands (
    smscommandid bigint NOT NULL PRIMARY KEY, name text, parsertype varchar(255), separatorkey text, codevalueseparator text, defaultmessage text, receivedmessage text,
    wrongformatmessage text, nousermessage text, morethanoneorgunitmessage text, successmessage text, currentperiodusedforreporting boolean,
    completenessmethod varchar(255), datasetid bigint, usergroupid bigint REFERENCES usergroup, programid bigint REFERENCES program, programstageid bigint REFERENCES programstage
);
INSERT INTO smscommands VALUES
  (1, 'epi', 'KEY_VALUE_PARSER', ' ', ' ', NULL, 'EPI report received', 'Wrong format. Send: epi bcg <n> p1 <n> p3 <n> mr1 <n> mr2 <n>', 'Your number is not registered. Contact your upazila statistician.',
   'Your number is linked to more than one facility.', 'Thank you, EPI report saved.', false, 'AT_LEAST_ONE_DATAVALUE', 2, 9, NULL, NULL),
  (2, 'anc', 'KEY_VALUE_PARSER', ' ', ' ', NULL, 'MNCH report received', 'Wrong format. Send: anc <n> anc4 <n> del <n> pnc <n>', 'Your number is not registered.',
   'Your number is linked to more than one facility.', 'Thank you, MNCH report saved.', false, 'ALL_DATAVALUE', 3, 9, NULL, NULL),
  (3, 'reg', 'TRACKED_ENTITY_REGISTRATION_PARSER', ' ', '=', NULL, NULL, 'Wrong format. Send: reg fn=<first name> ln=<last name> mob=<mobile>', 'Your number is not registered.',
   NULL, 'Woman registered.', false, NULL, NULL, NULL, 1, NULL),
  (4, 'alert', 'ALERT_PARSER', NULL, NULL, NULL, NULL, NULL, 'Your number is not registered.', NULL, 'Alert sent to the upazila team.', false, NULL, NULL, 2, NULL, NULL),
  (5, 'epiev', 'EVENT_REGISTRATION_PARSER', ' ', '=', NULL, NULL, 'Wrong format.', NULL, NULL, 'Outreach session saved.', false, NULL, NULL, NULL, 4, 9);

-- ---------------------------------------------------------------------------
-- The audit table: tracker, metadata and aggregate audits with their payload.
CREATE TABLE audit (
    auditid bigint NOT NULL PRIMARY KEY, audittype varchar(100) NOT NULL, auditscope varchar(100) NOT NULL, klass varchar(255) NOT NULL, attributes jsonb DEFAULT '{}'::jsonb,
    data bytea, createdat timestamp NOT NULL, createdby varchar(255) NOT NULL, uid varchar(11), code varchar(50)
);
INSERT INTO audit
SELECT row_number() OVER (ORDER BY x.ts, x.k), x.typ, x.scope, x.klass, x.attrs, convert_to(x.data::text, 'UTF8'), x.ts, x.who, x.uid, x.code
FROM (
  -- tracked entities created, read and searched
  SELECT t.id AS k, CASE WHEN t.id % 3 = 0 THEN 'READ' ELSE 'CREATE' END AS typ, 'TRACKER' AS scope, 'org.hisp.dhis.trackedentity.TrackedEntityInstance' AS klass,
         jsonb_build_object('orgUnit', pgen.uid('ou', t.fac), 'trackedEntityType', 'nEenWmSyUEp') AS attrs,
         jsonb_build_object('trackedEntityInstance', pgen.uid('tei', t.id), 'orgUnit', pgen.uid('ou', t.fac), 'created', pgen.jts(t.reg),
           'attributes', (SELECT jsonb_agg(jsonb_build_object('attribute', pgen.uid('tea', a.tea), 'displayName', ta.name, 'value', a.v) ORDER BY a.tea)
                          FROM pgen.av a JOIN pgen.tea ta ON ta.id = a.tea WHERE a.tei = t.id AND a.tea IN (1, 2, 3, 7, 8, 11, 14))) AS data,
         t.reg + CASE WHEN t.id % 3 = 0 THEN make_interval(days => 10 + fixture_gen.n('aud', t.id, 100)) ELSE interval '1 second' END AS ts,
         pgen.uname(CASE WHEN t.id % 3 = 0 THEN 19 + fixture_gen.n('audu', t.id, 9) ELSE t.ui END) AS who, pgen.uid('tei', t.id) AS uid, NULL::text AS code
  FROM pgen.t t WHERE t.id % 2 = 1
  UNION ALL
  SELECT 1000 + k, 'SEARCH', 'TRACKER', 'org.hisp.dhis.trackedentity.TrackedEntityInstance', jsonb_build_object('program', pgen.uid('prog', 1 + k % 3)),
         jsonb_build_object('query', CASE WHEN k % 3 = 0 THEN 'LIKE:' || w.first WHEN k % 3 = 1 THEN 'EQ:' || coalesce(w.phone, w.mnch) ELSE 'EQ:' || w.mnch END,
           'ou', pgen.uid('ou', w.fac), 'ouMode', 'ACCESSIBLE', 'program', pgen.uid('prog', 1 + k % 3), 'pageSize', 50),
         pgen.at('ausd', k, '2022-06-01', '2024-06-29'), pgen.uname(37 + fixture_gen.n('ausu', k, 46)), NULL, NULL
  FROM generate_series(1, 60) k JOIN pgen.w w ON w.i = 1 + fixture_gen.n('ausw', k, 220)
  UNION ALL
  -- users created and updated (metadata audits)
  SELECT 2000 + u.i, CASE WHEN u.i % 3 = 0 THEN 'UPDATE' ELSE 'CREATE' END, 'METADATA', 'org.hisp.dhis.user.User', jsonb_build_object('klass', 'org.hisp.dhis.user.User'),
         jsonb_build_object('id', pgen.uid('user', u.i), 'code', u.hris, 'username', u.username, 'firstName', u.first, 'surname', u.last, 'email', u.email, 'phoneNumber', u.phone,
           'jobTitle', u.job, 'disabled', false, 'externalAuth', u.openid IS NOT NULL, 'userRoles', jsonb_build_array(jsonb_build_object('id', pgen.uid('urole', CASE WHEN u.i BETWEEN 37 AND 82 THEN 2 ELSE 4 END))),
           'organisationUnits', jsonb_build_array(jsonb_build_object('id', pgen.uid('ou', u.ou)))),
         pgen.at('auu', u.i, '2021-01-10', '2024-06-01'), pgen.uname(CASE WHEN u.i <= 18 THEN 1 ELSE 4 + u.i % 3 END), pgen.uid('user', u.i), u.hris
  FROM pgen.u u WHERE u.i >= 4
  UNION ALL
  -- aggregate data values changed
  SELECT 3000 + row_number() OVER (ORDER BY v.lastupdated), 'UPDATE', 'AGGREGATE', 'org.hisp.dhis.datavalue.DataValue', jsonb_build_object('orgUnit', pgen.uid('ou', v.sourceid)),
         jsonb_build_object('dataElement', pgen.uid('de', v.dataelementid), 'period', to_char(p.startdate, 'YYYYMM'), 'orgUnit', pgen.uid('ou', v.sourceid), 'value', v.value,
           'comment', v.comment, 'storedBy', v.storedby, 'followup', v.followup),
         v.lastupdated, v.storedby, NULL, NULL
  FROM datavalue v JOIN period p ON p.periodid = v.periodid WHERE v.lastupdated > v.created AND (v.sourceid + v.periodid) % 2 = 0
  UNION ALL
  -- attribute value changes
  SELECT 4000 + a.trackedentityattributevalueauditid, a.audittype, 'TRACKER', 'org.hisp.dhis.trackedentityattributevalue.TrackedEntityAttributeValue',
         jsonb_build_object('trackedEntityInstance', pgen.uid('tei', a.trackedentityinstanceid), 'attribute', pgen.uid('tea', a.trackedentityattributeid)),
         jsonb_build_object('attribute', pgen.uid('tea', a.trackedentityattributeid), 'value', v.value, 'storedBy', v.storedby, 'lastUpdated', pgen.jts(a.created)),
         a.created, a.modifiedby, NULL, NULL
  FROM trackedentityattributevalueaudit a JOIN trackedentityattributevalue v USING (trackedentityinstanceid, trackedentityattributeid)
  WHERE a.audittype = 'UPDATE' AND a.trackedentityattributevalueauditid % 3 = 0
) x;

-- ---------------------------------------------------------------------------
-- OAuth2 clients, personal access tokens, SQL views, system settings.
CREATE TABLE oauth2client (
    oauth2clientid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL, cid varchar(230) NOT NULL UNIQUE, secret varchar(512) NOT NULL, userid bigint
);
INSERT INTO oauth2client
SELECT k, pgen.uid('oac', k), NULL, pgen.at('oacc', k, '2021-06-01', '2023-06-01'), pgen.at('oacl', k, '2023-06-01', '2024-06-01'), 6, n, cid, fixture_gen.uuid('oasec', k), 6
FROM (VALUES (1, 'RapidPro (DGHS)', 'rapidpro-dghs'), (2, 'Power BI gateway', 'powerbi-mis'), (3, 'Health sector 4W dashboard', 'hs-4w-cxb'),
  (4, 'MSF data warehouse', 'msf-ocb-dwh'), (5, 'Android Capture (MDM)', 'capture-mdm')) v(k, n, cid);

CREATE TABLE api_token (
    apitokenid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, createdby bigint REFERENCES userinfo, version integer NOT NULL, type varchar(50) NOT NULL, expire bigint NOT NULL, key varchar(255) NOT NULL UNIQUE,
    attributes jsonb DEFAULT '[]'::jsonb, translations jsonb DEFAULT '[]'::jsonb, sharing jsonb DEFAULT '[]'::jsonb
);
INSERT INTO api_token
SELECT k, pgen.uid('apit', k), NULL, c, c, u, u, CASE WHEN k <= 3 THEN 1 ELSE 2 END, 'PERSONAL_ACCESS_TOKEN', (extract(epoch FROM c + make_interval(days => d)) * 1000)::bigint,
       encode(sha256(convert_to('d2p' || 'at_' || pgen.rnd('apitok', k, 36) || fixture_gen.digits('apichk', k, 10), 'UTF8')), 'hex'),
       CASE WHEN k % 3 = 0 THEN jsonb_build_array(jsonb_build_object('type', 'IpAllowedList', 'allowedIps', jsonb_build_array('103.48.16.' || (10 + k), '203.112.218.' || (40 + k))))
            WHEN k % 3 = 1 THEN jsonb_build_array(jsonb_build_object('type', 'MethodAllowedList', 'allowedMethods', jsonb_build_array('GET')))
            ELSE jsonb_build_array(jsonb_build_object('type', 'RefererAllowedList', 'allowedReferrers', jsonb_build_array('https://dashboard.dghs.gov.bd'))) END,
       '[]'::jsonb, jsonb_build_object('owner', pgen.uid('user', u), 'public', '--------', 'external', false, 'users', '{}'::jsonb, 'userGroups', '{}'::jsonb)
FROM (SELECT k, pgen.at('apic', k, '2022-06-01', '2024-06-20') AS c, (ARRAY[2, 3, 6, 5, 13, 12, 10, 15, 18, 2, 3, 6])[k] AS u, (ARRAY[30, 60, 90, 365])[1 + k % 4] AS d FROM generate_series(1, 12) k) s;

CREATE TABLE sqlview (
    sqlviewid bigint NOT NULL PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE, code varchar(50) UNIQUE, created timestamp NOT NULL, lastupdated timestamp NOT NULL,
    lastupdatedby bigint, name varchar(230) NOT NULL UNIQUE, description text, sqlquery text NOT NULL, type varchar(40) NOT NULL, cachestrategy varchar(40) NOT NULL,
    userid bigint, sharing jsonb DEFAULT '[]'::jsonb
);
INSERT INTO sqlview
SELECT k, pgen.uid('sqlv', k), NULL, pgen.at('sqc', k, '2021-06-01', '2023-06-01'), pgen.at('sql', k, '2023-06-01', '2024-06-01'), u, n, d, q, t, 'RESPECT_SYSTEM_SETTING', u,
       jsonb_build_object('owner', pgen.uid('user', u), 'public', '--------', 'external', false, 'users', '{}'::jsonb, 'userGroups', '{}'::jsonb)
FROM (VALUES
  (1, 6, 'MNCH - Users not logged in for 30 days', 'For the upazila statisticians', 'select u.username, u.lastlogin, ou.name from userinfo u join usermembership um on um.userinfoid = u.userinfoid join organisationunit ou on ou.organisationunitid = um.organisationunitid where u.lastlogin < now() - interval ''30 days'' and u.disabled = false order by u.lastlogin', 'QUERY'),
  (2, 6, 'MNCH - Duplicate NIDs', 'Confidential attribute, compares encrypted values only', 'select encryptedvalue, count(*) from trackedentityattributevalue where trackedentityattributeid = (select trackedentityattributeid from trackedentityattribute where code = ''MNCH_NID'') group by 1 having count(*) > 1', 'QUERY'),
  (3, 5, 'EPI - Events per facility per month', NULL, 'select ou.name, date_trunc(''month'', psi.executiondate) as month, count(*) from programstageinstance psi join organisationunit ou using (organisationunitid) where psi.programstageid = 5 and psi.deleted = false group by 1, 2', 'VIEW'),
  (4, 5, 'EPI - Defaulters ${ou}', 'Children with overdue vaccines in an org unit (variable ou)', 'select tei.uid, psi.duedate from programstageinstance psi join programinstance pi using (programinstanceid) join trackedentityinstance tei using (trackedentityinstanceid) join organisationunit ou on ou.organisationunitid = psi.organisationunitid where psi.status = ''SCHEDULE'' and psi.duedate < now() and ou.path like ''%${ou}%''', 'QUERY'),
  (5, 6, 'Data store namespaces', NULL, 'select namespace, count(*) from keyjsonvalue group by 1', 'QUERY'),
  (6, 13, 'Tracker - Sync backlog by user', 'Events created on the client more than 7 days before reaching the server', 'select storedby, count(*) from programstageinstance where created - createdatclient > interval ''7 days'' group by 1 order by 2 desc', 'MATERIALIZED_VIEW'),
  (7, 7, 'MNCH - Completeness of aggregate reports', NULL, 'select sourceid, periodid, count(*) from datavalue where dataelementid in (select dataelementid from dataelement where domaintype = ''AGGREGATE'') group by 1, 2', 'VIEW'),
  (8, 6, 'SMS - Unhandled incoming', NULL, 'select receiveddate, gatewayid, status from incomingsms where status in (''UNHANDLED'', ''FAILED'') order by receiveddate desc limit 500', 'QUERY')) v(k, u, n, d, q, t);

CREATE TABLE systemsetting (systemsettingid bigint NOT NULL PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, value text, translations jsonb DEFAULT '[]'::jsonb);
INSERT INTO systemsetting (systemsettingid, name, value, translations)
SELECT row_number() OVER (ORDER BY n), n, v, coalesce(tr, '[]'::jsonb) FROM (VALUES
  ('keyApplicationTitle', to_json('MNCH & EPI Tracker – DGHS Bangladesh'::text)::text, '[{"locale": "bn", "property": "applicationTitle", "value": "এমএনসিএইচ ও ইপিআই ট্র্যাকার – স্বাস্থ্য অধিদপ্তর"}]'::jsonb),
  ('keyApplicationIntro', to_json('Maternal, newborn and child health and immunisation tracker of the Directorate General of Health Services.'::text)::text, NULL),
  ('keyApplicationFooter', to_json('Management Information System, DGHS, Mohakhali, Dhaka 1212. Help desk: 16263'::text)::text, NULL),
  ('keyApplicationNotification', to_json('Server maintenance on Friday 02:00-05:00. Please sync your tablets before Thursday evening.'::text)::text, NULL),
  ('keyFlag', '"bangladesh"', NULL), ('keyUiLocale', '"en"', NULL), ('keyDbLocale', '"en"', NULL), ('keyStyle', '"light_blue/light_blue.css"', NULL),
  ('keyEmailHostName', '"mail.dghs.gov.bd"', NULL), ('keyEmailPort', '587', NULL), ('keyEmailTls', 'true', NULL),
  ('keyEmailUsername', '"dhis2.noreply@dghs.gov.bd"', NULL), ('keyEmailSender', '"dhis2.noreply@dghs.gov.bd"', NULL),
  ('keyEmailPassword', to_json(pgen.aes('ssmtp', 1, 18))::text, NULL),
  ('keySystemNotificationsEmail', '"mis.dhis2.alerts@dghs.gov.bd"', NULL),
  ('keyRemoteInstanceUrl', '"https://central.dghs.gov.bd/dhis"', NULL), ('keyRemoteInstanceUsername', '"mnch-sync"', NULL),
  ('keyRemoteInstancePassword', to_json(pgen.aes('sremote', 1, 20))::text, NULL),
  ('keyGoogleMapsApiKey', to_json('AI' || 'za' || translate(pgen.rnd('gmk', 1, 35), 'xX', '-_'))::text, NULL),
  ('keyBingMapsApiKey', to_json('Ag' || pgen.rnd('bmk', 1, 62))::text, NULL),
  ('keyRecaptchaSite', to_json('6L' || pgen.rnd('rcs', 1, 38))::text, NULL), ('keyRecaptchaSecret', to_json('6L' || pgen.rnd('rck', 1, 38))::text, NULL),
  ('keySmsSetting', jsonb_build_object('enabled', true, 'gateways', jsonb_build_array(
      jsonb_build_object('type', 'http', 'uid', pgen.uid('smsgw', 1), 'name', 'SSL Wireless', 'isDefault', true, 'urlTemplate', 'https://smsplus.sslwireless.com/api/v3/send-sms',
        'useGet', false, 'contentType', 'APPLICATION_JSON', 'configurationTemplate', '{"api_token": "${api_token}", "sid": "${sid}", "msisdn": "${recipients}", "sms": "${text}", "csms_id": "${uid}"}',
        'parameters', jsonb_build_array(jsonb_build_object('key', 'api_token', 'value', pgen.lower('sslk', 1, 8) || '-' || pgen.lower('sslk2', 1, 4) || '-' || pgen.lower('sslk3', 1, 12) || '-' || pgen.lower('sslk4', 1, 12), 'header', false, 'encode', false, 'confidential', true),
                                        jsonb_build_object('key', 'sid', 'value', 'DGHSMNCHNONMASK', 'header', false, 'encode', false, 'confidential', false))),
      jsonb_build_object('type', 'bulksms', 'uid', pgen.uid('smsgw', 2), 'name', 'BulkSMS (backup)', 'isDefault', false, 'username', 'dghs_mnch', 'password', pgen.rnd('bulkpw', 1, 14)),
      jsonb_build_object('type', 'smpp', 'uid', pgen.uid('smsgw', 3), 'name', 'Teletalk SMPP', 'isDefault', false, 'systemId', 'dghsmnch', 'host', 'smpp.teletalk.com.bd', 'port', 2775,
        'password', pgen.rnd('smpppw', 1, 8), 'systemType', 'cp', 'numberPlanIndicator', 'ISDN', 'typeOfNumber', 'INTERNATIONAL', 'bindType', 'TRANSMITTER', 'compressed', false))
    )::text, NULL),
  ('keyAccountRecovery', 'true', NULL), ('keyLockMultipleFailedLogins', 'true', NULL), ('keyMinPasswordLength', '8', NULL), ('keyCredentialsExpires', '6', NULL),
  ('keyCacheStrategy', '"CACHE_6AM_TOMORROW"', NULL), ('keyAnalyticsMaxLimit', '100000', NULL), ('keySqlViewMaxLimit', '-1', NULL),
  ('keyLastSuccessfulAnalyticsTablesUpdate', '"2024-06-29T02:14:11.402"', NULL), ('keyLastSuccessfulDataSynch', '"2024-06-29T03:00:02.119"', NULL),
  ('keyHelpPageLink', '"https://docs.dhis2.org/en/use/user-guides/dhis-core-version-239/"', NULL), ('keyRequireAddToView', 'false', NULL),
  ('keyIgnoreAnalyticsApprovalYearThreshold', '-1', NULL), ('keyTrackerDashboardLayout', '"DEFAULT"', NULL), ('keyCountUserAccountUsage', 'true', NULL),
  ('keyCustomLoginPageLogo', 'true', NULL), ('keyUseCustomLogoBanner', 'true', NULL), ('keyEmbeddedDashboardsEnabled', 'false', NULL)) v(n, v, tr);

-- ---------------------------------------------------------------------------
CREATE SEQUENCE hibernate_sequence;
DO $$ BEGIN PERFORM setval('hibernate_sequence', 250000); END $$;

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
