-- classify-eval fixture (HOLDOUT 12, with discourse: written by someone who
-- had not seen the classifier, labelled by what its columns hold; never tune
-- against it): an OpenMRS 2.6 electronic medical record on PostgreSQL, in
-- OpenMRS's own Hibernate/Liquibase naming (singular lower snake_case tables,
-- integer <table>_id keys, a uuid char(38) on most tables, the audit columns
-- creator, date_created, voided, void_reason, retired...), a subset of the
-- core tables and of the appointments and idgen modules' tables, and of
-- their columns. "Kitagwe District Hospital", a government hospital in
-- western Uganda (Bunyangabu district) that also serves refugees from the
-- Kyaka II and Rwamwanja settlements and tourists of the Rwenzori: about
-- 1,200 patients, their relatives, 64 staff.
-- People in person / person_name / person_address / person_attribute
-- (given, middle and family names, Batooro pet names, second family names,
-- prefixes and degrees, soundex codes of the names, the village, parish and
-- sub-county hierarchy with physical addresses, postal addresses, household
-- numbers and VHTs' GPS points; attributes keyed by type: telephone numbers
-- in Ugandan and neighbouring countries' formats, mothers' and next of kin's
-- names, civil status as concept ids, birthplace, citizenship, tribe,
-- religion, occupation, health centre as a location id); patients with
-- identifiers (OpenMRS IDs with a Luhn mod-30 check character, NINs,
-- hospital, ART, TB and ANC numbers, UNHCR refugee numbers, passports),
-- merges whose XStream log keeps the loser's birth date and sex, programs,
-- relationships; users with SHA-512 hashes and salts, hashed secret answers,
-- activation keys, user_property key/values (login attempts, lockouts,
-- notification addresses, last viewed patients); providers with council
-- registration numbers and attributes (phones, signature files); the
-- concept dictionary (medical terms, in English and Swahili); visits with
-- attributes (insurance membership numbers, escorts, referral letters kept
-- in clob_datatype_storage); encounters, obs (vital signs, lab results,
-- coded diagnoses, clinician notes naming relatives with their phones,
-- treatment supporters' names and phones, LMP dates, scanned documents'
-- titles), orders, drug and test orders with instructions and comments to
-- the lab, conditions, encounter diagnoses, allergies; appointments with
-- comments and telehealth room links; cohorts (tracing lists), notes,
-- alerts naming patients, notification templates; global properties mixing
-- settings and copy with the SMTP app password, the scheduler's password,
-- DHIS2 and client registry credentials, an SMS gateway key and a backup
-- URL with its password; scheduler tasks and their properties; HL7 v2
-- results from the national lab in the queue, the archive and the error
-- table (PID segments with names, birth dates, addresses and phones; stack
-- traces quoting them); reporting definitions as XML; idgen's log.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA omgen;

-- uu: a UUID as OpenMRS stores it in char(38).
CREATE FUNCTION omgen.uu(tag text, i bigint) RETURNS char(38)
LANGUAGE sql IMMUTABLE AS $$ SELECT md5('om' || tag || ':' || i::text)::uuid::text $$;

-- ciel: a CIEL concept's uuid (the id padded with A to 36 characters).
CREATE FUNCTION omgen.ciel(id int) RETURNS char(38)
LANGUAGE sql IMMUTABLE AS $$ SELECT rpad(id::text, 36, 'A') $$;

-- h512: 128 hex digits, the shape of OpenMRS's Security.encodeString (SHA-512).
CREATE FUNCTION omgen.h512(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha512(convert_to('om' || tag || '#' || i, 'UTF8')), 'hex') $$;

-- b30 and luhn30: idgen's base-30 sequence and LuhnMod30 check character.
CREATE FUNCTION omgen.b30(n bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  a text := '0123456789ACDEFGHJKLMNPRTUVWXY';
  r text := '';
BEGIN
  LOOP
    r := substr(a, 1 + (n % 30)::int, 1) || r;
    n := n / 30;
    EXIT WHEN n = 0;
  END LOOP;
  RETURN r;
END $$;

CREATE FUNCTION omgen.luhn30(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  a text := '0123456789ACDEFGHJKLMNPRTUVWXY';
  f int := 2;
  total int := 0;
  v int;
BEGIN
  FOR k IN REVERSE length(s)..1 LOOP
    v := f * (strpos(a, substr(s, k, 1)) - 1);
    f := CASE WHEN f = 2 THEN 1 ELSE 2 END;
    total := total + v / 30 + v % 30;
  END LOOP;
  RETURN s || substr(a, 1 + (30 - total % 30) % 30, 1);
END $$;

-- East African given names (Christian, Muslim and local), Batooro pet
-- names (empaako), surnames of western Uganda and of refugees' countries.
CREATE FUNCTION omgen.fem(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Sarah', 'Joy', 'Grace', 'Esther', 'Brenda', 'Patience', 'Prossy', 'Sylvia', 'Harriet', 'Irene', 'Florence', 'Rebecca',
    'Allen', 'Annet', 'Dorcus', 'Winnie', 'Scovia', 'Immaculate', 'Peace', 'Gloria', 'Aisha', 'Fatuma', 'Zaina', 'Rehema', 'Mariam', 'Hadija',
    'Sharifa', 'Kemigisa', 'Kyomuhendo', 'Ainembabazi', 'Natukunda', 'Ninsiima', 'Mbabazi', 'Kabugho', 'Biira', 'Masika', 'Kahindo', 'Jovia',
    'Juliet', 'Agnes', 'Stella', 'Doreen', 'Milly', 'Lydia', 'Resty', 'Edith', 'Proscovia', 'Caroline', 'Mercy', 'Betty'], tag, i)
$$;

CREATE FUNCTION omgen.mal(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Robert', 'Moses', 'Isaac', 'Ronald', 'Emmanuel', 'Godfrey', 'Joseph', 'Patrick', 'Denis', 'Ivan', 'Brian', 'Samuel',
    'Julius', 'Fred', 'Richard', 'Geoffrey', 'Alex', 'Henry', 'Edward', 'Amos', 'Ramadhan', 'Hassan', 'Yusuf', 'Abdul', 'Musa', 'Swaib', 'Shafik',
    'Twaha', 'Mugisha', 'Tumusiime', 'Asiimwe', 'Byaruhanga', 'Ahimbisibwe', 'Arinaitwe', 'Bwambale', 'Masereka', 'Kule', 'Muhindo', 'Baluku',
    'Charles', 'Simon', 'Peter', 'John', 'Francis', 'Vincent', 'Stephen', 'Paul', 'Benon', 'Nelson', 'Hillary'], tag, i)
$$;

CREATE FUNCTION omgen.empaako(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Amooti', 'Akiiki', 'Abwooli', 'Adyeri', 'Atwooki', 'Araali', 'Apuuli', 'Acaali', 'Ateenyi', 'Okaali', 'Bbala', 'Abbooki'], tag, i)
$$;

CREATE FUNCTION omgen.sur(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mugisha', 'Tumwesigye', 'Byamukama', 'Kaahwa', 'Mwesige', 'Rwakaikara', 'Kabagambe', 'Bwambale', 'Masereka',
    'Kule', 'Biira', 'Muhindo', 'Kabugho', 'Okello', 'Opio', 'Akello', 'Auma', 'Ochieng', 'Otim', 'Nakimuli', 'Namutebi', 'Ssempijja', 'Lubega',
    'Ssali', 'Mukasa', 'Kiggundu', 'Nabukenya', 'Tusiime', 'Kusiima', 'Atuhaire', 'Kyaligonza', 'Isingoma', 'Kasaija', 'Nyakaisiki', 'Baguma',
    'Rwabuhinga', 'Kahwa', 'Katusiime', 'Asaba', 'Mbabazi', 'Kemigisa', 'Tibamanya', 'Bagonza', 'Kato', 'Wasswa', 'Nakato', 'Babirye', 'Namubiru',
    'Nsubuga', 'Twinomujuni', 'Ahabwe', 'Kyomugisha', 'Ruhweza', 'Baluku', 'Mumbere', 'Kabasinguzi'], tag, i)
$$;

CREATE FUNCTION omgen.refugee_first(tag text, i bigint, sex text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN sex = 'F' THEN fixture_gen.pick(ARRAY['Mapendo', 'Furaha', 'Neema', 'Esperance', 'Consolata', 'Nyandeng', 'Achol', 'Uwase', 'Irakoze', 'Kavira', 'Françoise', 'Claudine'], tag, i)
              ELSE fixture_gen.pick(ARRAY['Jean-Pierre', 'Amani', 'Bahati', 'Espoir', 'Dieudonné', 'Chance', 'Deng', 'Majok', 'Garang', 'Olivier', 'Innocent', 'Jean de Dieu'], tag, i) END
$$;

CREATE FUNCTION omgen.refugee_last(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Kasongo', 'Ilunga', 'Mukendi', 'Kabongo', 'Mwamba', 'Lukusa', 'Mutombo', 'Kahindo', 'Paluku', 'Kambale', 'Akech', 'Lual',
    'Niyonsaba', 'Habimana', 'Uwimana', 'Ndayisaba', 'Nshimirimana', 'Mukamana', 'Hakizimana', 'Bizimana'], tag, i)
$$;

-- ugphone: Ugandan mobiles as clerks type them; eaphone: with Kenyan,
-- Tanzanian, Rwandan, Congolese and South Sudanese numbers and visitors'.
-- dg: len (<= 12) decimal digits, cheaper than fixture_gen.digits.
CREATE FUNCTION omgen.dg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(((('x' || substr(md5(tag || '#' || i::text), 1, 12))::bit(48)::bigint) % (10::bigint ^ len)::bigint)::text, len, '0') $$;

CREATE FUNCTION omgen.ugphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 6)
    WHEN 0 THEN '0' || fixture_gen.pick(ARRAY['772', '782', '776', '701', '752', '703', '756', '774', '789', '757', '704', '785', '750', '775', '708', '760'], tag || 'p', i) || omgen.dg(tag, i, 6)
    WHEN 1 THEN '+256' || fixture_gen.pick(ARRAY['772', '782', '776', '701', '752', '703', '756', '774', '789', '757', '704', '785', '750', '775', '708', '760'], tag || 'p', i) || omgen.dg(tag, i, 6)
    WHEN 2 THEN '0' || fixture_gen.pick(ARRAY['772', '782', '776', '701', '752', '703', '756', '774', '789', '757', '704', '785', '750', '775', '708', '760'], tag || 'p', i) || ' ' || omgen.dg(tag, i, 3) || ' ' || omgen.dg(tag || 'b', i, 3)
    WHEN 3 THEN '+256 ' || fixture_gen.pick(ARRAY['772', '782', '776', '701', '752', '703', '756', '774', '789', '757', '704', '785', '750', '775', '708', '760'], tag || 'p', i) || ' ' || omgen.dg(tag, i, 6)
    WHEN 4 THEN '256' || fixture_gen.pick(ARRAY['772', '782', '776', '701', '752', '703', '756', '774', '789', '757', '704', '785', '750', '775', '708', '760'], tag || 'p', i) || omgen.dg(tag, i, 6)
    ELSE '0' || fixture_gen.pick(ARRAY['772', '782', '776', '701', '752', '703', '756', '774', '789', '757', '704', '785', '750', '775', '708', '760'], tag || 'p', i) || '-' || omgen.dg(tag, i, 6) END
$$;

CREATE FUNCTION omgen.eaphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'c', i, 20)
    WHEN 14 THEN fixture_gen.pick(ARRAY['+254 7', '07'], tag || 'k', i) || omgen.dg(tag, i, 2) || ' ' || omgen.dg(tag || 'k', i, 6)
    WHEN 15 THEN '+255 ' || fixture_gen.pick(ARRAY['754', '713', '767', '784'], tag || 't', i) || ' ' || omgen.dg(tag, i, 3) || ' ' || omgen.dg(tag || 't', i, 3)
    WHEN 16 THEN '+250 78' || omgen.dg(tag, i, 1) || ' ' || omgen.dg(tag || 'r', i, 3) || ' ' || omgen.dg(tag || 'q', i, 3)
    WHEN 17 THEN '+243 ' || fixture_gen.pick(ARRAY['81', '82', '97', '99'], tag || 'd', i) || ' ' || omgen.dg(tag, i, 3) || ' ' || omgen.dg(tag || 'd', i, 4)
    WHEN 18 THEN '+211 92' || omgen.dg(tag, i, 1) || ' ' || omgen.dg(tag || 's', i, 6)
    WHEN 19 THEN fixture_gen.phone(tag, i)
    ELSE omgen.ugphone(tag, i) END
$$;

-- nin: a Ugandan National Identification Number (C, M or F, two digits of
-- the birth year, seven digits, three letters).
CREATE FUNCTION omgen.nin(tag text, i bigint, sex text, born date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'C' || CASE WHEN sex = 'F' THEN 'F' ELSE 'M' END || to_char(born, 'YY') || omgen.dg(tag, i, 7) || fixture_gen.chars(tag, i, 3, 'ABCDEFGHJKLMNPQRTUVWXYZ')
$$;

CREATE FUNCTION omgen.umail(g text, f text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4)
    WHEN 0 THEN fixture_gen.ascii(g) || fixture_gen.ascii(f) || (i % 90 + 10)::text
    WHEN 1 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(g)
    WHEN 2 THEN left(fixture_gen.ascii(g), 1) || fixture_gen.ascii(f)
    ELSE fixture_gen.ascii(g) || '_' || fixture_gen.ascii(f) || (i % 9)::text END
    || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.co.uk', 'outlook.com', 'hotmail.com', 'mak.ac.ug', 'must.ac.ug'], tag || 'd', i)
$$;

-- fmail: a visitor's own address at an international provider.
CREATE FUNCTION omgen.fmail(g text, f text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(g) || fixture_gen.pick(ARRAY['.', '', '_'], tag || 's', i) || fixture_gen.ascii(f) || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['gmail.com', 'web.de', 'outlook.com', 'yahoo.co.uk', 'orange.fr', 'icloud.com', 'proton.me', 'libero.it', 'naver.com', 'gmx.de', 'hotmail.nl'], tag || 'd', i)
$$;

-- Places: western Uganda's districts, counties and sub-counties (with a
-- centre point), parishes and villages, and the refugee settlements.
CREATE TABLE omgen.sc (k int PRIMARY KEY, district text, county text, subcounty text, lat numeric, lon numeric);
INSERT INTO omgen.sc VALUES
  (0, 'Bunyangabu', 'Bunyangabu', 'Kibiito', 0.5480, 30.2310), (1, 'Bunyangabu', 'Bunyangabu', 'Rwimi', 0.3880, 30.2040),
  (2, 'Bunyangabu', 'Bunyangabu', 'Buheesi', 0.5800, 30.1720), (3, 'Bunyangabu', 'Bunyangabu', 'Kisomoro', 0.5190, 30.1850),
  (4, 'Bunyangabu', 'Bunyangabu', 'Kateebwa', 0.5650, 30.1260), (5, 'Bunyangabu', 'Bunyangabu', 'Kabonero', 0.4980, 30.2560),
  (6, 'Kabarole', 'Burahya', 'Karambi', 0.6870, 30.2290), (7, 'Kabarole', 'Burahya', 'Bukuku', 0.6420, 30.3290),
  (8, 'Kabarole', 'Burahya', 'Busoro', 0.6330, 30.2600), (9, 'Kabarole', 'Burahya', 'Hakibaale', 0.7330, 30.3500),
  (10, 'Kabarole', 'Burahya', 'Kicwamba', 0.6120, 30.1710), (11, 'Fort Portal City', 'North Division', 'Central Division', 0.6710, 30.2750),
  (12, 'Kasese', 'Busongora', 'Maliba', 0.2220, 30.0530), (13, 'Kasese', 'Bukonzo West', 'Kisinga', 0.0580, 30.0940),
  (14, 'Kamwenge', 'Kibale', 'Rukunyu', 0.2730, 30.4980), (15, 'Kyenjojo', 'Mwenge', 'Kyenjojo Town Council', 0.6330, 30.6210),
  (16, 'Kyegegwa', 'Kyaka', 'Kyaka II Settlement', 0.3710, 31.0050), (17, 'Kamwenge', 'Kibale', 'Rwamwanja Settlement', 0.2410, 30.5270);

CREATE FUNCTION omgen.village(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Kitagwe', 'Nyakabingo', 'Kyamukwenda', 'Rwankenzi', 'Kaburaisoke', 'Mitandi', 'Kasusu', 'Kagote', 'Mpanga', 'Nyabukara',
    'Kahangi', 'Rugombe', 'Nyamirima', 'Kigarama', 'Kihondo', 'Kabahango', 'Rwengoma', 'Kiteere', 'Nyakagongo', 'Kamengo', 'Butebe', 'Rusona'], tag, i)
$$;

CREATE FUNCTION omgen.parish(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Kitagwe', 'Kateebwa', 'Nyantabooma', 'Kibiito', 'Mugusu', 'Kasusu', 'Kiguma', 'Rwimi', 'Kyamiyaga', 'Kahinju', 'Nyabweya', 'Bukara'], tag, i)
$$;

-- People: 1 the Super User, 2-65 staff, 66-67 shared accounts, 68-1267
-- patients, 1268-1417 relatives who are not patients.
CREATE TABLE omgen.p (i int PRIMARY KEY, kind text, sex text, given text, middle text, family text, born date, est boolean, origin text, sc int);
INSERT INTO omgen.p
SELECT i, kind, sex,
       CASE WHEN origin = 'ref' THEN omgen.refugee_first('pgr', i, sex)
            WHEN origin = 'for' AND sex = 'F' THEN fixture_gen.pick(ARRAY['Amelia', 'Sofía', 'Chloé', 'Hannah', 'Aoife', 'Priya', 'Mei', 'Yuki', 'Minji', 'Fatima', 'Aylin', 'Olga',
                 'Zofia', 'Ingrid', 'Beatriz', 'Giulia', 'Linh', 'Ananya', 'Elif', 'Leila', 'Sanna'], 'pgf', i)
            WHEN origin = 'for' THEN fixture_gen.pick(ARRAY['Oliver', 'Mateo', 'Lucas', 'Jonas', 'Cian', 'Arjun', 'Wei', 'Hiroshi', 'Joon-ho', 'Omar', 'Emre', 'Chidi', 'Kwame',
                 'Dmitri', 'Piotr', 'Lars', 'João', 'Marco', 'Rahul', 'Youssef', 'Mikael'], 'pgf', i)
            WHEN sex = 'F' THEN omgen.fem('pgn', i) ELSE omgen.mal('pgn', i) END,
       CASE WHEN origin = 'ug' AND fixture_gen.n('pmid', i, 10) < 3 THEN omgen.empaako('pem', i)
            WHEN origin = 'ug' AND fixture_gen.n('pmid', i, 10) = 3 THEN CASE WHEN sex = 'F' THEN omgen.fem('pmn', i) ELSE omgen.mal('pmn', i) END
            WHEN origin = 'for' AND fixture_gen.n('pmid', i, 10) < 2 THEN CASE WHEN sex = 'F' THEN fixture_gen.pick(ARRAY['Marie', 'Anne', 'Louise', 'Rose'], 'pmf', i) ELSE fixture_gen.pick(ARRAY['James', 'Alexander', 'Karl', 'Jan'], 'pmf', i) END END,
       CASE WHEN origin = 'ref' THEN omgen.refugee_last('pfr', i) WHEN origin = 'for' THEN fixture_gen.last_name('pff', i) ELSE omgen.sur('pfn', i) END,
       born, est, origin, sc
FROM (SELECT i, kind, sex, origin,
             CASE WHEN kind = 'staff' THEN date '1962-01-01' + fixture_gen.n('pbs', i, 365 * 38)
                  WHEN fixture_gen.n('pbe', i, 10) < 2 AND kind <> 'staff' THEN make_date(1940 + fixture_gen.n('pby', i, 60), 1 + 6 * fixture_gen.n('pbm', i, 2), 1)
                  ELSE date '2024-06-30' - (CASE fixture_gen.n('pba', i, 20) WHEN 0 THEN fixture_gen.n('pbd', i, 365 * 2) WHEN 1 THEN fixture_gen.n('pbd', i, 365 * 5)
                        WHEN 2 THEN 365 * 5 + fixture_gen.n('pbd', i, 365 * 10) WHEN 3 THEN 365 * 5 + fixture_gen.n('pbd', i, 365 * 10)
                        WHEN 17 THEN 365 * 50 + fixture_gen.n('pbd', i, 365 * 35) WHEN 18 THEN 365 * 50 + fixture_gen.n('pbd', i, 365 * 30)
                        WHEN 19 THEN 365 * 60 + fixture_gen.n('pbd', i, 365 * 25) ELSE 365 * 15 + fixture_gen.n('pbd', i, 365 * 35) END) END AS born,
             kind <> 'staff' AND fixture_gen.n('pbe', i, 10) < 2 AS est,
             CASE WHEN kind = 'staff' THEN 6 + fixture_gen.n('psc', i, 6) WHEN origin = 'ref' THEN 16 + fixture_gen.n('psc', i, 2) ELSE fixture_gen.n('psc', i, 16) END AS sc
      FROM (SELECT i, kind,
                   CASE WHEN kind = 'staff' THEN CASE WHEN fixture_gen.n('psx', i, 10) < 6 THEN 'F' ELSE 'M' END
                        ELSE CASE WHEN fixture_gen.n('psx', i, 100) < 58 THEN 'F' ELSE 'M' END END AS sex,
                   CASE WHEN kind = 'staff' AND i IN (9, 23, 37, 44, 58) THEN 'for' WHEN kind = 'staff' THEN 'ug'
                        WHEN fixture_gen.n('por', i, 100) < 9 THEN 'ref' WHEN fixture_gen.n('por', i, 100) < 13 THEN 'for' ELSE 'ug' END AS origin
            FROM (SELECT i, CASE WHEN i BETWEEN 2 AND 65 THEN 'staff' WHEN i BETWEEN 68 AND 1267 THEN 'patient' ELSE 'kin' END AS kind
                  FROM generate_series(2, 1417) i WHERE i NOT IN (66, 67)) a) b) c;
INSERT INTO omgen.p VALUES (1, 'system', 'M', 'Super', NULL, 'User', NULL, false, 'ug', 11),
  (66, 'system', 'M', 'Lab', NULL, 'Interface', NULL, false, 'ug', 11), (67, 'system', 'F', 'Registration', NULL, 'Desk', NULL, false, 'ug', 11);

-- Staff roles: the cadre shapes names, usernames, roles and providers.
CREATE TABLE omgen.st AS
SELECT p.i, p.i + 1 AS user_id, p.i - 1 AS provider_id,
       CASE WHEN p.i = 2 THEN 'superintendent' WHEN p.i <= 8 THEN 'doctor' WHEN p.i IN (9, 23) THEN 'doctor' WHEN p.i <= 17 THEN 'clinical officer'
            WHEN p.i <= 36 THEN 'nurse' WHEN p.i = 37 THEN 'pharmacist' WHEN p.i <= 43 THEN 'lab' WHEN p.i <= 46 THEN 'pharmacist'
            WHEN p.i <= 52 THEN 'records' WHEN p.i <= 56 THEN 'counsellor' WHEN p.i <= 58 THEN 'hmis' WHEN p.i = 59 THEN 'radiographer'
            WHEN p.i <= 62 THEN 'intern' ELSE 'it' END AS cadre
FROM omgen.p p WHERE p.kind = 'staff';

-- soundex: the phonetic code OpenMRS keeps beside each name part.
CREATE FUNCTION omgen.soundex(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  u text := upper(fixture_gen.ascii(coalesce(s, '')));
  r text;
  prev text;
  c text;
  d text;
BEGIN
  IF u = '' THEN RETURN NULL; END IF;
  r := substr(u, 1, 1);
  prev := translate(r, 'BFPVCGJKQSXZDTLMNRAEIOUYHW', '11112222222233455600000000');
  FOR k IN 2..length(u) LOOP
    c := substr(u, k, 1);
    d := translate(c, 'BFPVCGJKQSXZDTLMNRAEIOUYHW', '11112222222233455600000000');
    IF d ~ '[1-6]' AND d <> prev THEN r := r || d; END IF;
    IF c NOT IN ('H', 'W') THEN prev := d; END IF;
    EXIT WHEN length(r) = 4;
  END LOOP;
  RETURN rpad(r, 4, '0');
END $$;

-- The creators: records clerks (users 48-53) and the registration desk (68).
CREATE FUNCTION omgen.clerk(tag text, i bigint) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT (ARRAY[48, 49, 50, 51, 52, 53, 68, 68, 68])[1 + fixture_gen.n(tag, i, 9)] $$;

-- When each person was registered.
CREATE TABLE omgen.reg AS
SELECT i, CASE WHEN i = 1 THEN timestamp '2019-06-03 08:12:44' WHEN i <= 67 THEN timestamp '2019-06-03 09:00:00' + make_interval(days => fixture_gen.n('rgs', i, 1400), secs => fixture_gen.n('rgt', i, 30000))
               ELSE timestamp '2019-06-10 08:00:00' + make_interval(days => (i - 68) * 1820 / 1350, secs => fixture_gen.n('rgt', i, 30000)) END AS at
FROM omgen.p;
-- Nobody was born after being registered.
UPDATE omgen.p p SET born = r.at::date - fixture_gen.n('pbfix', p.i, 700) FROM omgen.reg r WHERE r.i = p.i AND p.born >= r.at::date;

CREATE TABLE person (
    person_id serial PRIMARY KEY,
    gender varchar(50) DEFAULT '',
    birthdate date,
    birthdate_estimated boolean DEFAULT false NOT NULL,
    dead boolean DEFAULT false NOT NULL,
    death_date timestamp,
    cause_of_death integer,
    creator integer,
    date_created timestamp NOT NULL,
    changed_by integer,
    date_changed timestamp,
    voided boolean DEFAULT false NOT NULL,
    voided_by integer,
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    deathdate_estimated boolean DEFAULT false NOT NULL,
    birthtime time,
    cause_of_death_non_coded varchar(255)
);
INSERT INTO person
SELECT p.i, CASE WHEN p.i = 1 THEN '' ELSE p.sex END, p.born, p.est, d.dead,
       CASE WHEN d.dead THEN least(r.at + make_interval(days => 30 + fixture_gen.n('pdd', p.i, 900)), timestamp '2024-06-20') + make_interval(secs => fixture_gen.n('pds', p.i, 86000)) END,
       CASE WHEN d.dead THEN d.cod END, CASE WHEN p.kind = 'patient' THEN omgen.clerk('pcr', p.i) ELSE 1 END, r.at,
       CASE WHEN d.dead OR p.i % 9 = 0 THEN (ARRAY[48, 49, 50, 51, 52, 53])[1 + fixture_gen.n('pch', p.i, 6)] END,
       CASE WHEN d.dead OR p.i % 9 = 0 THEN least(r.at + make_interval(days => 30 + fixture_gen.n('pdd', p.i, 900)), timestamp '2024-06-20') + make_interval(secs => 3600 + fixture_gen.n('pds', p.i, 86000)) END,
       m.i IS NOT NULL, CASE WHEN m.i IS NOT NULL THEN 58 END, CASE WHEN m.i IS NOT NULL THEN r.at + make_interval(days => 20 + fixture_gen.n('pvd', p.i, 200)) END,
       CASE WHEN m.i IS NOT NULL THEN 'Merged with patient #' || (p.i - 1) END,
       CASE WHEN p.i = 1 THEN '1a7ae1d4-2d43-4b5e-9c1c-0f6c3b3e2a11' ELSE omgen.uu('person', p.i) END,
       d.dead AND fixture_gen.n('pde', p.i, 4) = 0,
       CASE WHEN p.kind = 'patient' AND p.born > date '2022-06-30' AND fixture_gen.n('pbt', p.i, 3) = 0 THEN time '00:00' + make_interval(mins => fixture_gen.n('pbtm', p.i, 1440)) END,
       CASE WHEN d.dead AND d.cod = 5622 THEN fixture_gen.pick(ARRAY['Road traffic accident (boda boda)', 'Severe anaemia secondary to malaria', 'Snake bite', 'Postpartum haemorrhage',
            'Burns, 40% TBSA', 'Drowning, Lake Nyamirima', 'Head injury after fall from tree', 'Cryptococcal meningitis', 'Brought in dead, cause unknown', 'Kidney failure'], 'pcod', p.i) END
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i
CROSS JOIN LATERAL (SELECT p.kind = 'patient' AND fixture_gen.n('pdead', p.i, 100) < 3 AS dead,
                           (ARRAY[116128, 114100, 138405, 112141, 5622, 5622, 5622, 1067, 117399, 119481])[1 + fixture_gen.n('pcodc', p.i, 10)] AS cod) d
LEFT JOIN (SELECT i FROM omgen.p WHERE kind = 'patient' AND i % 60 = 7) m ON m.i = p.i;
UPDATE person SET dead = false, death_date = NULL, cause_of_death = NULL, cause_of_death_non_coded = NULL, deathdate_estimated = false WHERE voided;

-- Unknown patients the emergency ward registered before anyone knew them.
CREATE TABLE omgen.unk AS SELECT i FROM omgen.p WHERE kind = 'patient' AND i % 250 = 101;

CREATE TABLE person_name (
    person_name_id serial PRIMARY KEY,
    preferred boolean DEFAULT false NOT NULL,
    person_id integer NOT NULL REFERENCES person,
    prefix varchar(50),
    given_name varchar(50),
    middle_name varchar(50),
    family_name_prefix varchar(50),
    family_name varchar(50),
    family_name2 varchar(50),
    family_name_suffix varchar(50),
    degree varchar(50),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO person_name (preferred, person_id, prefix, given_name, middle_name, family_name_prefix, family_name, family_name2, family_name_suffix, degree, creator, date_created, uuid)
SELECT true, p.i,
       CASE WHEN s.cadre IN ('doctor', 'superintendent') THEN 'Dr.' WHEN s.cadre = 'nurse' AND p.sex = 'F' AND p.i % 3 = 0 THEN 'Sr.'
            WHEN p.kind = 'patient' AND fixture_gen.n('ppx', p.i, 30) = 0 THEN fixture_gen.pick(ARRAY['Mr', 'Mrs', 'Hajji', 'Hajjat', 'Rev.', 'Fr.', 'Mzee', 'Pastor'], 'ppxv', p.i) END,
       CASE WHEN u.i IS NOT NULL THEN 'UNKNOWN' ELSE p.given END, CASE WHEN u.i IS NULL THEN p.middle END,
       CASE WHEN p.family LIKE 'van der %' THEN 'van der' WHEN p.family LIKE 'de %' THEN 'de' END,
       CASE WHEN u.i IS NOT NULL THEN 'UNKNOWN' WHEN p.family LIKE 'van der %' THEN substr(p.family, 9) WHEN p.family LIKE 'de %' THEN substr(p.family, 4) ELSE p.family END,
       CASE WHEN u.i IS NULL AND p.sex = 'F' AND p.origin = 'ug' AND p.born < date '2004-01-01' AND fixture_gen.n('pf2', p.i, 12) = 0 THEN omgen.sur('pf2n', p.i) END,
       CASE WHEN p.sex = 'M' AND p.kind = 'patient' AND fixture_gen.n('psf', p.i, 150) = 0 THEN fixture_gen.pick(ARRAY['Jr', 'II', 'Snr'], 'psfv', p.i) END,
       CASE s.cadre WHEN 'doctor' THEN fixture_gen.pick(ARRAY['MBChB', 'MBChB, MMed', 'MD'], 'pdg', p.i) WHEN 'superintendent' THEN 'MBChB, MPH' WHEN 'clinical officer' THEN 'Dip. Clin. Med.'
            WHEN 'nurse' THEN fixture_gen.pick(ARRAY['RN', 'RM', 'BNS', 'EN', 'Dip. Nursing'], 'pdg', p.i) WHEN 'lab' THEN 'Dip. MLT' WHEN 'pharmacist' THEN fixture_gen.pick(ARRAY['B.Pharm', 'Dip. Pharm'], 'pdg', p.i) END,
       CASE WHEN p.kind = 'patient' THEN omgen.clerk('pcr', p.i) ELSE 1 END, r.at, omgen.uu('pname', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i LEFT JOIN omgen.st s ON s.i = p.i LEFT JOIN omgen.unk u ON u.i = p.i
ORDER BY p.i;
-- Second names: maiden names, aliases, the real names of the unknown patients.
INSERT INTO person_name (preferred, person_id, given_name, middle_name, family_name, creator, date_created, voided, void_reason, uuid)
SELECT u.i IS NOT NULL, p.i, p.given, CASE WHEN u.i IS NOT NULL OR p.origin = 'ref' THEN p.middle ELSE omgen.empaako('pa2', p.i) END,
       CASE WHEN u.i IS NOT NULL THEN p.family WHEN p.sex = 'F' AND p.origin = 'ref' THEN omgen.refugee_last('pmaiden', p.i) WHEN p.sex = 'F' THEN omgen.sur('pmaiden', p.i) ELSE p.family END,
       omgen.clerk('pcr2', p.i), r.at + make_interval(days => 1 + fixture_gen.n('pn2', p.i, 300)),
       p.i % 5 = 0 AND u.i IS NULL,
       CASE WHEN p.i % 5 = 0 AND u.i IS NULL THEN fixture_gen.pick(ARRAY['Misspelt name', 'Entered in error', 'Duplicate name', 'wrong patient'], 'pn2v', p.i) END,
       omgen.uu('pname2', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i LEFT JOIN omgen.unk u ON u.i = p.i
WHERE p.kind = 'patient' AND (u.i IS NOT NULL OR (p.origin <> 'for' AND fixture_gen.n('pn2x', p.i, 12) = 0));
UPDATE person_name n SET preferred = false FROM omgen.unk u WHERE n.person_id = u.i AND n.given_name = 'UNKNOWN';

CREATE TABLE person_name_code (
    person_name_code_id serial PRIMARY KEY,
    person_name_id integer REFERENCES person_name,
    given_name_code varchar(50),
    middle_name_code varchar(50),
    family_name_code varchar(50),
    family_name2_code varchar(50)
);
INSERT INTO person_name_code (person_name_id, given_name_code, middle_name_code, family_name_code, family_name2_code)
SELECT person_name_id, omgen.soundex(given_name), omgen.soundex(middle_name), omgen.soundex(family_name), omgen.soundex(family_name2)
FROM person_name WHERE NOT voided AND person_id > 1 ORDER BY person_name_id;

-- Addresses in the district's template: state_province the district,
-- county_district the county, address3 the sub-county, address4 the
-- parish, city_village the village (LC1), address1 the physical address,
-- address2 a postal address, address6 the VHT's household number.
CREATE TABLE person_address (
    person_address_id serial PRIMARY KEY,
    person_id integer REFERENCES person,
    preferred boolean DEFAULT false NOT NULL,
    address1 varchar(255),
    address2 varchar(255),
    city_village varchar(255),
    state_province varchar(255),
    postal_code varchar(50),
    country varchar(50),
    latitude varchar(50),
    longitude varchar(50),
    start_date timestamp,
    end_date timestamp,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    county_district varchar(255),
    address3 varchar(255),
    address4 varchar(255),
    address5 varchar(255),
    address6 varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    address7 varchar(255),
    address8 varchar(255),
    address9 varchar(255),
    address10 varchar(255),
    address11 varchar(255),
    address12 varchar(255),
    address13 varchar(255),
    address14 varchar(255),
    address15 varchar(255)
);
INSERT INTO person_address (person_id, preferred, address1, address2, city_village, state_province, postal_code, country, latitude, longitude, start_date,
    creator, date_created, county_district, address3, address4, address5, address6, uuid)
SELECT p.i, true,
       CASE WHEN p.origin = 'for' AND p.kind = 'patient' THEN fixture_gen.pick(ARRAY['Rwenzori Backpackers, Fort Portal', 'Kyaninga Lodge, Fort Portal', 'Ruboni Community Camp', 'Mountains of the Moon Hotel, Room ', 'Kluge''s Guest Farm', 'c/o MSF base, Kasese'], 'pa1f', p.i)
                || CASE WHEN fixture_gen.n('pa1f', p.i, 6) = 3 THEN (100 + fixture_gen.n('parm', p.i, 60))::text ELSE '' END
            WHEN p.origin = 'ref' THEN 'Block ' || chr(65 + fixture_gen.n('pblk', p.i, 8)) || ', Plot ' || (1 + fixture_gen.n('pplt', p.i, 240))
            WHEN fixture_gen.n('pa1', p.i, 10) < 2 THEN NULL
            ELSE fixture_gen.pick(ARRAY['Near ' || v.village || ' Primary School', 'Plot ' || (1 + fixture_gen.n('pplt', p.i, 90)) || ', ' || v.village || ' Road',
                   'Behind ' || fixture_gen.pick(ARRAY['St. Peter''s Catholic Church', 'the mosque', 'the trading centre', 'Kitagwe SS', 'the tea factory', 'the health centre'], 'pbh', p.i),
                   v.village || ' cell, house no. ' || (1 + fixture_gen.n('phn', p.i, 120)), 'Opposite ' || fixture_gen.pick(ARRAY['Total petrol station', 'Centenary Bank', 'the police post', 'Kagote market'], 'pop', p.i),
                   'Home of ' || omgen.mal('pa1h', p.i) || ' ' || omgen.sur('pa1hs', p.i) || ', ' || v.village], 'pa1k', p.i) END,
       CASE WHEN p.kind = 'staff' OR fixture_gen.n('pa2', p.i, 12) = 0 THEN 'P.O. Box ' || (10 + fixture_gen.n('pbox', p.i, 900)) || ', ' || fixture_gen.pick(ARRAY['Fort Portal', 'Kasese', 'Kyenjojo', 'Kibiito'], 'pboxt', p.i) END,
       CASE WHEN p.origin = 'for' AND p.kind = 'patient' THEN 'Fort Portal' WHEN p.origin = 'ref' THEN 'Village ' || (1 + fixture_gen.n('prv', p.i, 14)) ELSE v.village END,
       s.district, NULL, 'Uganda',
       CASE WHEN fixture_gen.n('pgps', p.i, 100) < 35 AND p.kind = 'patient' THEN round(s.lat + (fixture_gen.n('plat', p.i, 4000) - 2000) / 100000.0, 6)::text END,
       CASE WHEN fixture_gen.n('pgps', p.i, 100) < 35 AND p.kind = 'patient' THEN round(s.lon + (fixture_gen.n('plon', p.i, 4000) - 2000) / 100000.0, 6)::text END,
       r.at, CASE WHEN p.kind = 'patient' THEN omgen.clerk('pcr', p.i) ELSE 1 END, r.at, s.county,
       s.subcounty, CASE WHEN p.origin = 'ref' THEN fixture_gen.pick(ARRAY['Bukere Zone', 'Byabakora Zone', 'Mukondo Zone', 'Kaborogota Zone', 'Base Camp'], 'pzone', p.i) ELSE omgen.parish('ppar', p.i) END,
       NULL, CASE WHEN p.kind = 'patient' AND fixture_gen.n('phh', p.i, 4) = 0 THEN 'HH-' || lpad((1 + fixture_gen.n('phhn', p.i, 2400))::text, 4, '0') END,
       omgen.uu('paddr', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i JOIN omgen.sc s ON s.k = p.sc
CROSS JOIN LATERAL (SELECT omgen.village('pvil', p.i) AS village) v
WHERE p.kind IN ('patient', 'staff') AND p.i NOT IN (SELECT i FROM omgen.unk)
ORDER BY p.i;
-- Visitors' home addresses abroad, and earlier addresses of people who moved.
INSERT INTO person_address (person_id, preferred, address1, city_village, state_province, postal_code, country, start_date, end_date, creator, date_created, uuid)
SELECT p.i, false, fixture_gen.street('pfst', p.i), fixture_gen.city('pfst', p.i), NULL, fixture_gen.postcode('pfpc', p.i),
       fixture_gen.pick(ARRAY['Germany', 'United Kingdom', 'Netherlands', 'United States', 'France', 'Italy', 'Spain', 'India', 'Japan'], 'pfco', p.i),
       NULL, NULL, omgen.clerk('pcr', p.i), r.at, omgen.uu('paddrf', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i WHERE p.origin = 'for';
INSERT INTO person_address (person_id, preferred, address1, city_village, state_province, country, county_district, address3, address4, start_date, end_date, creator, date_created, voided, void_reason, uuid)
SELECT p.i, false, CASE WHEN p.i % 3 = 0 THEN 'Near ' || omgen.village('pold', p.i) || ' trading centre' END, omgen.village('pold', p.i), s.district, 'Uganda', s.county, s.subcounty, omgen.parish('pold', p.i),
       r.at - interval '2 years', r.at + make_interval(days => 200 + fixture_gen.n('pold', p.i, 500)), omgen.clerk('pcr', p.i), r.at,
       p.i % 11 = 0, CASE WHEN p.i % 11 = 0 THEN 'Entered in error' END,
       omgen.uu('paddro', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i JOIN omgen.sc s ON s.k = (p.sc + 3) % 16 WHERE p.kind = 'patient' AND p.origin = 'ug' AND fixture_gen.n('pmove', p.i, 15) = 0;

CREATE TABLE person_attribute_type (
    person_attribute_type_id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    description text,
    format varchar(50),
    foreign_key integer,
    searchable boolean DEFAULT false NOT NULL,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    retired boolean DEFAULT false NOT NULL,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    sort_weight double precision
);
INSERT INTO person_attribute_type (person_attribute_type_id, name, description, format, foreign_key, searchable, creator, date_created, retired, retire_reason, uuid, sort_weight) VALUES
  (1, 'Race', 'Group of persons related by common descent or heredity', 'java.lang.String', 0, false, 1, '2007-05-04 09:59:23', true, 'Not collected in Uganda', '8d871386-c2cc-11de-8d13-0010c6dffd0f', 6),
  (2, 'Birthplace', 'Location of persons birth', 'java.lang.String', 0, false, 1, '2007-05-04 09:59:23', false, NULL, '8d8718c2-c2cc-11de-8d13-0010c6dffd0f', 0),
  (3, 'Citizenship', 'Country of which this person is a member', 'java.lang.String', 0, false, 1, '2007-05-04 09:59:23', false, NULL, '8d871afc-c2cc-11de-8d13-0010c6dffd0f', 1),
  (4, 'Mother''s Name', 'First or last name of this person''s mother', 'java.lang.String', 0, true, 1, '2007-05-04 09:59:23', false, NULL, '8d871d18-c2cc-11de-8d13-0010c6dffd0f', 2),
  (5, 'Civil Status', 'Marriage status of this person', 'org.openmrs.Concept', 1054, false, 1, '2007-05-04 09:59:23', false, NULL, '8d871f2a-c2cc-11de-8d13-0010c6dffd0f', 3),
  (6, 'Health District', 'District/region in which this patient''s home health center resides', 'java.lang.String', 0, false, 1, '2007-05-04 09:59:23', false, NULL, '8d872150-c2cc-11de-8d13-0010c6dffd0f', 4),
  (7, 'Health Center', 'Specific Location of this person''s home health center.', 'org.openmrs.Location', 0, false, 1, '2007-05-04 09:59:23', false, NULL, '8d87236c-c2cc-11de-8d13-0010c6dffd0f', 5),
  (8, 'Telephone Number', 'The telephone number for the person', 'java.lang.String', 0, true, 1, '2019-06-03 10:05:40', false, NULL, '14d4f066-15f5-102d-96e4-000c29c2a5d7', 7),
  (9, 'Next of Kin Name', 'Name of the person to contact in an emergency', 'java.lang.String', 0, true, 1, '2019-06-03 10:05:40', false, NULL, omgen.uu('pat', 9), 8),
  (10, 'Next of Kin Contact', 'Telephone number of the next of kin', 'java.lang.String', 0, false, 1, '2019-06-03 10:05:40', false, NULL, omgen.uu('pat', 10), 9),
  (11, 'Next of Kin Relationship', 'How the next of kin is related to the patient', 'java.lang.String', 0, false, 1, '2019-06-03 10:05:40', false, NULL, omgen.uu('pat', 11), 10),
  (12, 'Occupation', 'The patient''s main occupation', 'java.lang.String', 0, false, 1, '2019-06-03 10:05:40', false, NULL, omgen.uu('pat', 12), 11),
  (13, 'Tribe', 'Ethnic group, as stated by the patient', 'java.lang.String', 0, false, 1, '2019-06-03 10:05:40', false, NULL, omgen.uu('pat', 13), 12),
  (14, 'Religion', NULL, 'java.lang.String', 0, false, 1, '2019-06-03 10:05:40', false, NULL, omgen.uu('pat', 14), 13),
  (15, 'Email Address', 'Personal email, used for visitors and staff', 'java.lang.String', 0, false, 1, '2021-02-11 14:22:09', false, NULL, omgen.uu('pat', 15), 14),
  (16, 'Unknown patient', 'Used to flag patients that cannot be identified during the check-in process', 'java.lang.String', 0, false, 1, '2019-06-03 10:05:41', false, NULL, '8b56eac7-5c76-4b9c-8c6f-1deab8d3fc47', 15),
  (17, 'Test Patient', 'Flag for records created for training and testing', 'java.lang.Boolean', 0, false, 1, '2019-06-03 10:05:41', false, NULL, '4f07985c-88a5-4abd-aa0c-f3ec8324d8e7', 16);
SELECT setval('person_attribute_type_person_attribute_type_id_seq', 17);

CREATE TABLE person_attribute (
    person_attribute_id serial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES person,
    value varchar(50) NOT NULL,
    person_attribute_type_id integer NOT NULL REFERENCES person_attribute_type,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO person_attribute (person_id, value, person_attribute_type_id, creator, date_created, uuid)
SELECT a.i, a.v, a.t, CASE WHEN a.kind = 'staff' THEN 1 ELSE omgen.clerk('pcr', a.i) END, a.at, omgen.uu('pattr' || a.t, a.i)
FROM (SELECT p.i, p.kind, r.at, t.t, CASE t.t
  WHEN 2 THEN CASE WHEN p.kind = 'patient' AND fixture_gen.n('abp', p.i, 10) < 3 THEN
        CASE p.origin WHEN 'ref' THEN fixture_gen.pick(ARRAY['Goma', 'Beni', 'Bunia', 'Butembo', 'Rutshuru', 'Juba', 'Yei', 'Kigali', 'Bujumbura', 'Ngozi'], 'abpr', p.i)
                      WHEN 'for' THEN fixture_gen.city('abpf', p.i)
                      ELSE fixture_gen.pick(ARRAY[omgen.village('abpv', p.i), 'Fort Portal', 'Kasese', 'Kyenjojo', 'Mulago Hospital', 'Kibiito HC IV', 'Virika Hospital'], 'abpu', p.i) END END
  WHEN 3 THEN CASE WHEN p.origin = 'ref' AND p.kind = 'patient' THEN fixture_gen.pick(ARRAY['Congolese', 'Congolese', 'Congolese', 'South Sudanese', 'Rwandan', 'Burundian'], 'acit', p.i)
           WHEN p.origin = 'for' AND p.kind = 'patient' THEN fixture_gen.pick(ARRAY['German', 'British', 'Dutch', 'American', 'Indian', 'Japanese', 'Italian', 'Kenyan', 'Tanzanian'], 'acit', p.i)
           WHEN p.kind = 'patient' AND fixture_gen.n('acit', p.i, 10) < 4 THEN 'Ugandan' END
  WHEN 4 THEN CASE WHEN p.kind = 'patient' AND p.origin <> 'for' AND ((g.age < 15 AND fixture_gen.n('amn', p.i, 100) < 85) OR fixture_gen.n('amn', p.i, 100) < 12) THEN
        CASE WHEN p.origin = 'ref' THEN omgen.refugee_first('amnf', p.i, 'F') || ' ' || omgen.refugee_last('amnl', p.i) ELSE omgen.fem('amnf', p.i) || ' ' || omgen.sur('amnl', p.i) END END
  WHEN 5 THEN CASE WHEN p.kind = 'patient' AND g.age >= 16 AND fixture_gen.n('acs', p.i, 10) < 6 THEN fixture_gen.pick(ARRAY['5555', '5555', '5555', '1057', '1058', '1059', '1060', '1060'], 'acsv', p.i) END
  WHEN 6 THEN CASE WHEN p.kind = 'patient' AND fixture_gen.n('ahd', p.i, 10) < 2 THEN s.district END
  WHEN 7 THEN CASE WHEN p.kind = 'patient' AND fixture_gen.n('ahc', p.i, 10) < 5 THEN fixture_gen.pick(ARRAY['2', '18', '19', '20', '21', '2'], 'ahcv', p.i) END
  WHEN 8 THEN CASE WHEN p.kind = 'staff' OR (p.kind IN ('patient', 'kin') AND fixture_gen.n('atel', p.i, 100) < 85) THEN
        CASE WHEN p.kind = 'staff' THEN omgen.ugphone('atel', p.i) WHEN p.origin = 'for' THEN fixture_gen.phone('atelf', p.i) ELSE omgen.eaphone('atel', p.i) END END
  WHEN 9 THEN CASE WHEN p.kind = 'patient' AND g.age >= 15 AND fixture_gen.n('anok', p.i, 10) < 6 THEN
        CASE WHEN p.origin = 'for' THEN fixture_gen.full_name('anokf', p.i) WHEN fixture_gen.n('anoks', p.i, 2) = 0 THEN omgen.fem('anokf', p.i) || ' ' || omgen.sur('anokl', p.i)
             ELSE omgen.mal('anokm', p.i) || ' ' || omgen.sur('anokl', p.i) END END
  WHEN 10 THEN CASE WHEN p.kind = 'patient' AND g.age >= 15 AND fixture_gen.n('anok', p.i, 100) < 55 THEN CASE WHEN p.origin = 'for' THEN fixture_gen.phone('anokp', p.i) ELSE omgen.ugphone('anokp', p.i) END END
  WHEN 11 THEN CASE WHEN p.kind = 'patient' AND g.age >= 15 AND fixture_gen.n('anok', p.i, 10) < 6 THEN fixture_gen.pick(ARRAY['Mother', 'Husband', 'Wife', 'Brother', 'Sister', 'Son', 'Daughter', 'Aunt', 'Friend', 'Father', 'Employer', 'Tour operator'], 'anokr', p.i) END
  WHEN 12 THEN CASE WHEN p.kind = 'patient' AND fixture_gen.n('aocc', p.i, 10) < 5 THEN
        CASE WHEN g.age < 6 THEN 'Child' WHEN g.age < 19 THEN fixture_gen.pick(ARRAY['Pupil', 'Student', 'Pupil, P.6'], 'aoccv', p.i) WHEN p.origin = 'for' THEN fixture_gen.pick(ARRAY['Tourist', 'Volunteer teacher', 'Researcher, Kibale forest', 'Software engineer'], 'aoccv', p.i)
             ELSE fixture_gen.pick(ARRAY['Peasant farmer', 'Peasant farmer', 'Teacher', 'Boda boda rider', 'Business woman', 'Housewife', 'Tea plantation worker', 'Civil servant', 'Casual labourer', 'Mechanic', 'Tour guide', 'Retired', 'Tailor', 'Shopkeeper', 'Police officer', 'Fisherman', 'Brick maker'], 'aoccv', p.i) END END
  WHEN 13 THEN CASE WHEN p.kind = 'patient' AND p.origin = 'ug' AND fixture_gen.n('atr', p.i, 10) < 3 THEN fixture_gen.pick(ARRAY['Mutooro', 'Mutooro', 'Mukonzo', 'Mukiga', 'Munyankole', 'Munyoro', 'Muganda', 'Mwamba'], 'atrv', p.i)
            WHEN p.kind = 'patient' AND p.origin = 'ref' AND fixture_gen.n('atr', p.i, 10) < 3 THEN fixture_gen.pick(ARRAY['Munyarwanda', 'Mukongo', 'Nande', 'Dinka', 'Murundi'], 'atrv', p.i) END
  WHEN 14 THEN CASE WHEN p.kind = 'patient' AND fixture_gen.n('arel', p.i, 100) < 35 THEN fixture_gen.pick(ARRAY['Catholic', 'Anglican', 'Muslim', 'Pentecostal', 'Seventh-day Adventist', 'Orthodox', 'Born again'], 'arelv', p.i) END
  WHEN 15 THEN CASE WHEN (p.kind = 'staff' AND fixture_gen.n('aeml', p.i, 10) < 6) OR (p.kind = 'patient' AND p.origin = 'for' AND fixture_gen.n('aeml', p.i, 10) < 6)
              OR (p.kind = 'patient' AND fixture_gen.n('aeml', p.i, 100) < 4) THEN
        CASE WHEN p.origin = 'for' THEN omgen.fmail(p.given, p.family, 'aemlf', p.i) ELSE omgen.umail(p.given, p.family, 'aeml', p.i) END END
  WHEN 16 THEN CASE WHEN p.i IN (SELECT i FROM omgen.unk) THEN 'true' END END AS v
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i JOIN omgen.sc s ON s.k = p.sc
CROSS JOIN LATERAL (SELECT extract(year FROM age(date '2024-06-30', coalesce(p.born, date '1980-01-01')))::int AS age) g
CROSS JOIN generate_series(2, 16) t(t) OFFSET 0) a
WHERE a.v IS NOT NULL
ORDER BY a.i, a.t;
-- Telephone numbers replaced at a later visit.
INSERT INTO person_attribute (person_id, value, person_attribute_type_id, creator, date_created, voided, date_voided, void_reason, uuid)
SELECT p.i, omgen.eaphone('atelold', p.i), 8, omgen.clerk('pcr', p.i), r.at - interval '1 day', true, r.at + make_interval(days => 60 + fixture_gen.n('atov', p.i, 400)),
       fixture_gen.pick(ARRAY['New number', 'Phone lost', 'Changed line', 'old number not going through'], 'atovr', p.i), omgen.uu('pattrold', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i WHERE p.kind = 'patient' AND fixture_gen.n('atold', p.i, 100) < 7;

CREATE TABLE patient (
    patient_id integer PRIMARY KEY REFERENCES person,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    changed_by integer,
    date_changed timestamp,
    voided boolean DEFAULT false NOT NULL,
    voided_by integer,
    date_voided timestamp,
    void_reason varchar(255),
    allergy_status varchar(50) DEFAULT 'Unknown' NOT NULL
);
INSERT INTO patient
SELECT p.person_id, p.creator, p.date_created, p.changed_by, p.date_changed, p.voided, p.voided_by, p.date_voided, p.void_reason,
       CASE WHEN fixture_gen.n('palg', p.person_id, 10) < 4 THEN 'No known allergies' ELSE 'Unknown' END
FROM person p JOIN omgen.p g ON g.i = p.person_id WHERE g.kind = 'patient' ORDER BY 1;

CREATE TABLE person_merge_log (
    person_merge_log_id serial PRIMARY KEY,
    winner_person_id integer NOT NULL REFERENCES person,
    loser_person_id integer NOT NULL REFERENCES person,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    merged_data text NOT NULL,
    uuid char(38) NOT NULL UNIQUE,
    voided boolean DEFAULT false NOT NULL
);
INSERT INTO person_merge_log (winner_person_id, loser_person_id, creator, date_created, merged_data, uuid)
SELECT l.person_id - 1, l.person_id, 58, l.date_voided,
       E'<org.openmrs.person.PersonMergeLogData>\n  <movedEncounters>\n' ||
       (SELECT string_agg('    <string>' || omgen.uu('mle' || k, l.person_id) || E'</string>\n', '') FROM generate_series(1, 1 + l.person_id % 3) k) ||
       E'  </movedEncounters>\n  <movedVisits>\n    <string>' || omgen.uu('mlv', l.person_id) || E'</string>\n  </movedVisits>\n  <voidedLoserIdentifiers/>\n' ||
       E'  <createdIdentifiers>\n    <string>' || omgen.uu('mli', l.person_id) || E'</string>\n  </createdIdentifiers>\n' ||
       E'  <createdNames>\n    <string>' || omgen.uu('mln', l.person_id) || E'</string>\n  </createdNames>\n  <createdAddresses/>\n' ||
       E'  <createdAttributes>\n    <string>' || omgen.uu('mla', l.person_id) || E'</string>\n  </createdAttributes>\n  <createdRelationships/>\n  <voidedRelationships/>\n' ||
       E'  <movedIndependentObservations/>\n  <createdOrders/>\n  <movedUsers/>\n  <priorCauseOfDeath/>\n' ||
       '  <priorDateOfBirth>' || to_char(w.birthdate, 'YYYY-MM-DD') || E' 00:00:00.0 EAT</priorDateOfBirth>\n' ||
       '  <priorDateOfBirthEstimated>' || w.birthdate_estimated || E'</priorDateOfBirthEstimated>\n' ||
       '  <priorGender>' || w.gender || E'</priorGender>\n  <priorDateOfDeath/>\n  <priorDateOfDeathEstimated>false</priorDateOfDeathEstimated>\n</org.openmrs.person.PersonMergeLogData>',
       omgen.uu('pml', l.person_id)
FROM person l JOIN person w ON w.person_id = l.person_id - 1 WHERE l.voided ORDER BY l.date_voided;

-- The hospital, its wards and clinics, and the health centres that refer to it.
CREATE TABLE location (
    location_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    address1 varchar(255),
    address2 varchar(255),
    city_village varchar(255),
    state_province varchar(255),
    postal_code varchar(50),
    country varchar(50),
    latitude varchar(50),
    longitude varchar(50),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    county_district varchar(255),
    address3 varchar(255),
    address4 varchar(255),
    retired boolean DEFAULT false NOT NULL,
    retire_reason varchar(255),
    parent_location integer REFERENCES location,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO location (location_id, name, description, address1, address2, city_village, state_province, country, latitude, longitude, creator, date_created, county_district, address3, address4, retired, retire_reason, parent_location, uuid)
SELECT k, name, descr, CASE WHEN k = 2 OR par = 2 THEN 'Plot 2-8, Hospital Road' END, CASE WHEN k = 2 THEN 'P.O. Box 130, Kibiito' END,
       CASE WHEN k = 1 THEN NULL WHEN k >= 18 THEN town ELSE 'Kitagwe' END, CASE WHEN k = 1 THEN NULL WHEN k = 21 THEN 'Kyegegwa' WHEN k = 20 THEN 'Kabarole' ELSE 'Bunyangabu' END,
       CASE WHEN k = 1 THEN NULL ELSE 'Uganda' END, lat, lon, 1, timestamp '2019-06-03 09:41:00' + make_interval(mins => k * 3), CASE WHEN k = 1 THEN NULL WHEN k = 21 THEN 'Kyaka' WHEN k = 20 THEN 'Burahya' ELSE 'Bunyangabu' END,
       CASE WHEN k = 1 THEN NULL WHEN k >= 18 THEN sub ELSE 'Kibiito' END, CASE WHEN k BETWEEN 2 AND 17 THEN 'Kitagwe' END,
       k = 22, CASE WHEN k = 22 THEN 'Merged into OPD (2022-02-01)' END,
       par, CASE WHEN k = 1 THEN '8d6c993e-c2cc-11de-8d13-0010c6dffd0f' ELSE omgen.uu('loc', k) END
FROM (VALUES
  (1, 'Unknown Location', NULL, NULL, NULL, NULL, NULL, NULL),
  (2, 'Kitagwe District Hospital', 'Government district hospital, 120 beds, HMIS code KTG-DH', NULL, '0.549512', '30.226403', NULL, NULL),
  (3, 'Outpatient Department', 'OPD, general and specialist clinics', 2, NULL, NULL, NULL, NULL),
  (4, 'Casualty', 'Emergency and trauma, open 24 hours', 2, NULL, NULL, NULL, NULL),
  (5, 'Maternity Ward', 'Labour suite, postnatal ward and kangaroo mother care', 2, NULL, NULL, NULL, NULL),
  (6, 'Paediatric Ward', 'Children''s ward and nutrition unit (ITC)', 2, NULL, NULL, NULL, NULL),
  (7, 'Medical Ward', 'Male and female medical wards', 2, NULL, NULL, NULL, NULL),
  (8, 'Surgical Ward', 'Male and female surgical wards', 2, NULL, NULL, NULL, NULL),
  (9, 'ART Clinic', 'HIV care and treatment clinic (Mondays to Thursdays)', 2, NULL, NULL, NULL, NULL),
  (10, 'TB Clinic', 'TB diagnostic and treatment unit, DOTS corner', 2, NULL, NULL, NULL, NULL),
  (11, 'Laboratory', 'Main laboratory: haematology, chemistry, microbiology, GeneXpert', 2, NULL, NULL, NULL, NULL),
  (12, 'Pharmacy', 'Dispensary and main store', 2, NULL, NULL, NULL, NULL),
  (13, 'Medical Records', 'Registration and records office', 2, NULL, NULL, NULL, NULL),
  (14, 'Theatre', 'Main theatre and minor theatre', 2, NULL, NULL, NULL, NULL),
  (15, 'Radiology', 'X-ray and ultrasound', 2, NULL, NULL, NULL, NULL),
  (16, 'NCD Clinic', 'Hypertension and diabetes clinic (Fridays)', 2, NULL, NULL, NULL, NULL),
  (17, 'MCH Clinic', 'Antenatal care, immunisation and family planning', 2, NULL, NULL, NULL, NULL),
  (18, 'Kibiito HC IV', 'Referring facility (sub-county HC IV)', NULL, '0.552871', '30.218840', 'Kibiito', 'Kibiito'),
  (19, 'Rwimi HC III', 'Referring facility', NULL, '0.388104', '30.204513', 'Rwimi', 'Rwimi'),
  (20, 'Bukuku HC III', 'Referring facility', NULL, '0.642318', '30.329105', 'Bukuku', 'Bukuku'),
  (21, 'Kyaka II HC III', 'Settlement health centre (UNHCR implementing partner)', NULL, '0.371220', '31.004987', 'Bukere', 'Kyaka II Settlement'),
  (22, 'Private Wing', 'Private consultation rooms (closed 2022)', 2, NULL, NULL, NULL, NULL)) v(k, name, descr, par, lat, lon, town, sub);
SELECT setval('location_location_id_seq', 22);

CREATE TABLE location_attribute (
    location_attribute_id serial PRIMARY KEY,
    location_id integer NOT NULL REFERENCES location,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
-- Types: 1 DHIS2 org unit, 2 in-charge, 3 telephone, 4 label printer, 5 mailbox.
INSERT INTO location_attribute (location_id, attribute_type_id, value_reference, creator, date_created, voided, void_reason, uuid)
SELECT l.k, t.t,
       CASE t.t WHEN 1 THEN chr(97 + fixture_gen.n('ladu', l.k, 26)) || fixture_gen.chars('ladhis', l.k, 10)
                WHEN 2 THEN CASE WHEN l.k IN (5, 6, 7, 8, 17) THEN 'Sr. ' ELSE '' END || s.given || ' ' || s.family || ' (' || omgen.ugphone('lainc', l.k) || ')'
                WHEN 3 THEN '+256 483 ' || (422100 + l.k)::text
                WHEN 4 THEN '10.20.' || (1 + l.k % 3) || '.' || (40 + l.k) || ':9100'
                ELSE fixture_gen.pick(ARRAY['records', 'maternity', 'artclinic', 'lab', 'pharmacy', 'opd'], 'lamb', l.k) || '@kitagwedh.go.ug' END,
       1, timestamp '2019-07-01 10:00:00' + make_interval(days => l.k * 11 + t.t), t.t = 2 AND l.k % 4 = 1,
       CASE WHEN t.t = 2 AND l.k % 4 = 1 THEN 'In-charge transferred' END, omgen.uu('locattr' || t.t, l.k)
FROM generate_series(2, 21) l(k) CROSS JOIN generate_series(1, 5) t(t)
JOIN omgen.p s ON s.i = 10 + (l.k * 7 + t.t) % 30
WHERE (t.t = 1 AND l.k IN (2, 18, 19, 20, 21)) OR (t.t = 2 AND l.k BETWEEN 3 AND 17) OR (t.t = 3 AND l.k BETWEEN 3 AND 17 AND l.k % 2 = 1)
   OR (t.t = 4 AND l.k IN (3, 9, 11, 12, 13)) OR (t.t = 5 AND l.k IN (9, 11, 12, 13, 5, 3));

-- Programs and who is enrolled in them.
CREATE TABLE program (
    program_id serial PRIMARY KEY,
    concept_id integer NOT NULL,
    outcome_concept_id integer,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    retired boolean DEFAULT false NOT NULL,
    name varchar(50) NOT NULL,
    description text,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO program (program_id, concept_id, outcome_concept_id, creator, date_created, retired, name, description, uuid) VALUES
  (1, 160541, 161630, 1, '2019-06-03 11:20:00', false, 'HIV Care and Treatment', 'Pre-ART and ART follow-up, including differentiated service delivery models', omgen.uu('prog', 1)),
  (2, 160540, 159786, 1, '2019-06-03 11:21:00', false, 'TB Program', 'Drug-susceptible TB treatment (2RHZE/4RH) under DOTS', omgen.uu('prog', 2)),
  (3, 161641, 161630, 1, '2019-06-03 11:22:00', false, 'PMTCT / Antenatal Care', 'Elimination of mother-to-child transmission, ANC follow-up to 18 months post partum', omgen.uu('prog', 3)),
  (4, 160170, NULL, 1, '2021-03-15 09:02:00', false, 'NCD Clinic', 'Hypertension and diabetes follow-up', omgen.uu('prog', 4)),
  (5, 161650, 161630, 1, '2021-03-15 09:03:00', false, 'Nutrition (OTC/ITC)', 'Outpatient and inpatient therapeutic care of malnourished children', omgen.uu('prog', 5));
SELECT setval('program_program_id_seq', 5);

CREATE TABLE omgen.prog AS
SELECT p.i, g.program_id, r.at + make_interval(days => fixture_gen.n('pge' || g.program_id, p.i, 200)) AS enrolled,
       CASE WHEN g.program_id = 2 THEN 180 WHEN g.program_id = 3 THEN 300 WHEN g.program_id = 5 THEN 90 END AS dur
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i JOIN person ps ON ps.person_id = p.i
CROSS JOIN LATERAL (SELECT extract(year FROM age(date '2024-06-30', p.born))::int AS age) a
CROSS JOIN generate_series(1, 5) g(program_id)
WHERE p.kind = 'patient' AND NOT ps.voided AND CASE g.program_id
  WHEN 1 THEN a.age >= 2 AND fixture_gen.n('phiv', p.i, 100) < 17
  WHEN 2 THEN a.age >= 5 AND fixture_gen.n('ptb', p.i, 100) < 3
  WHEN 3 THEN p.sex = 'F' AND a.age BETWEEN 16 AND 44 AND fixture_gen.n('panc', p.i, 100) < 25
  WHEN 4 THEN a.age >= 35 AND fixture_gen.n('pncd', p.i, 100) < 25
  ELSE a.age <= 5 AND fixture_gen.n('pnut', p.i, 100) < 15 END;

CREATE TABLE patient_program (
    patient_program_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patient,
    program_id integer NOT NULL REFERENCES program,
    date_enrolled timestamp,
    date_completed timestamp,
    location_id integer REFERENCES location,
    outcome_concept_id integer,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO patient_program (patient_id, program_id, date_enrolled, date_completed, location_id, outcome_concept_id, creator, date_created, uuid)
SELECT g.i, g.program_id, g.enrolled, c.done, CASE g.program_id WHEN 1 THEN 9 WHEN 2 THEN 10 WHEN 3 THEN 17 WHEN 4 THEN 16 ELSE 6 END,
       CASE WHEN c.done IS NOT NULL THEN CASE WHEN g.program_id = 2 THEN fixture_gen.pick(ARRAY['159791', '159791', '159791', '160034', '5240', '159492'], 'ppo', g.i)::int
                                          ELSE fixture_gen.pick(ARRAY['1267', '1267', '159492', '5240', '160034'], 'ppo', g.i)::int END
            WHEN g.program_id = 1 AND fixture_gen.n('ppo1', g.i, 20) = 0 THEN 5240 END,
       s.user_id, g.enrolled, omgen.uu('pp' || g.program_id, g.i)
FROM omgen.prog g
JOIN omgen.st s ON s.i = CASE g.program_id WHEN 1 THEN 53 + fixture_gen.n('ppc', g.i, 4) WHEN 3 THEN 18 + fixture_gen.n('ppc', g.i, 10) ELSE 10 + fixture_gen.n('ppc', g.i, 8) END
CROSS JOIN LATERAL (SELECT CASE WHEN g.dur IS NOT NULL AND g.enrolled + make_interval(days => g.dur) < timestamp '2024-06-01' THEN g.enrolled + make_interval(days => g.dur + fixture_gen.n('ppd', g.i, 30)) END AS done) c
ORDER BY g.enrolled;

CREATE TABLE patient_identifier_type (
    patient_identifier_type_id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    description text,
    format varchar(255),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    required boolean DEFAULT false NOT NULL,
    format_description varchar(255),
    validator varchar(200),
    location_behavior varchar(50),
    uniqueness_behavior varchar(50),
    retired boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO patient_identifier_type VALUES
  (1, 'OpenMRS ID', 'OpenMRS patient identifier, with check-digit', NULL, 1, '2019-06-03 09:40:00', true, NULL, 'org.openmrs.module.idgen.validator.LuhnMod30IdentifierValidator', 'NOT_USED', 'UNIQUE', false, '05a29f94-c0ed-11e2-94be-8c13b969e334'),
  (2, 'Old Identification Number', 'Number given out prior to the OpenMRS system (No check digit)', NULL, 1, '2005-09-22 00:00:00', false, NULL, NULL, NULL, NULL, false, '8d79403a-c2cc-11de-8d13-0010c6dffd0f'),
  (3, 'OpenMRS Identification Number', 'Unique number used in OpenMRS', NULL, 1, '2005-09-22 00:00:00', false, NULL, 'org.openmrs.patient.impl.LuhnIdentifierValidator', NULL, NULL, true, '8d793bee-c2cc-11de-8d13-0010c6dffd0f'),
  (4, 'National ID (NIN)', 'National Identification Number from the Ndaga Muntu card (NIRA)', '^C[MF][0-9]{9}[A-Z]{3}$', 1, '2019-06-03 09:45:00', false, '14 characters, e.g. CM + year + 7 digits + 3 letters', NULL, 'NOT_USED', 'UNIQUE', false, omgen.uu('pit', 4)),
  (5, 'Hospital Number', 'Inpatient and outpatient file number', '^KDH-[0-9]{4}-[0-9]{5}$', 1, '2019-06-03 09:46:00', false, 'KDH-YYYY-NNNNN', NULL, 'NOT_USED', 'UNIQUE', false, omgen.uu('pit', 5)),
  (6, 'ART Number', 'Unique ART number of the HIV clinic', '^KDH-ART-[0-9]{5}$', 1, '2019-06-03 09:47:00', false, 'KDH-ART-NNNNN', NULL, 'NOT_USED', 'UNIQUE', false, omgen.uu('pit', 6)),
  (7, 'TB Unit Number', 'District TB register number', '^KDH/TB/[0-9]{4}/[0-9]{1,4}$', 1, '2019-06-03 09:48:00', false, 'KDH/TB/YYYY/N', NULL, 'NOT_USED', 'UNIQUE', false, omgen.uu('pit', 7)),
  (8, 'ANC Number', 'Antenatal register number, per pregnancy', NULL, 1, '2019-06-03 09:49:00', false, 'ANC/YY/NNNN', NULL, 'NOT_USED', 'NON_UNIQUE', false, omgen.uu('pit', 8)),
  (9, 'Refugee ID (UNHCR)', 'Individual number on the refugee attestation (proGres)', '^[0-9]{3}-[0-9]{8}$', 1, '2020-02-17 14:10:00', false, 'NNN-NNNNNNNN', NULL, 'NOT_USED', 'UNIQUE', false, omgen.uu('pit', 9)),
  (10, 'Passport Number', 'For foreign nationals without a Ugandan ID', NULL, 1, '2020-02-17 14:11:00', false, NULL, NULL, 'NOT_USED', 'UNIQUE', false, omgen.uu('pit', 10));
SELECT setval('patient_identifier_type_patient_identifier_type_id_seq', 10);

CREATE TABLE patient_identifier (
    patient_identifier_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patient,
    identifier varchar(50) NOT NULL,
    identifier_type integer NOT NULL REFERENCES patient_identifier_type,
    preferred boolean DEFAULT false NOT NULL,
    location_id integer REFERENCES location,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    voided_by integer,
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    patient_program_id integer REFERENCES patient_program
);
INSERT INTO patient_identifier (patient_id, identifier, identifier_type, preferred, location_id, creator, date_created, voided, voided_by, date_voided, void_reason, uuid, patient_program_id)
SELECT x.i, x.ident, x.t, x.t = 1, 2, x.creator, x.at, x.pvoid, CASE WHEN x.pvoid THEN 58 END, x.vat, CASE WHEN x.pvoid THEN x.vreason END, omgen.uu('pid' || x.t, x.i), x.ppid
FROM (
  SELECT p.i, t.t, ps.voided AS pvoid, ps.date_voided AS vat, ps.void_reason AS vreason, omgen.clerk('pcr', p.i) AS creator,
         CASE WHEN t.t IN (6, 7, 8) THEN pp.date_enrolled ELSE r.at END AS at, pp.patient_program_id AS ppid,
         CASE t.t
           WHEN 1 THEN omgen.luhn30(omgen.b30(810000 + (p.i - 68) * 3 + fixture_gen.n('pidskip', p.i, 3)))
           WHEN 2 THEN CASE WHEN r.at < timestamp '2020-06-01' AND fixture_gen.n('pold', p.i, 10) < 4 THEN lpad((1 + fixture_gen.n('poldn', p.i, 9000))::text, 5, '0') || '/' || fixture_gen.pick(ARRAY['17', '18', '19'], 'poldy', p.i) END
           WHEN 4 THEN CASE WHEN p.origin = 'ug' AND extract(year FROM age(date '2024-06-30', p.born)) >= 16 AND fixture_gen.n('pnin', p.i, 10) < 5 THEN omgen.nin('pnin', p.i, p.sex, p.born) END
           WHEN 5 THEN CASE WHEN fixture_gen.n('phosp', p.i, 10) < 7 THEN 'KDH-' || extract(year FROM r.at) || '-' || lpad((p.i * 3 + fixture_gen.n('phn', p.i, 3))::text, 5, '0') END
           WHEN 6 THEN CASE WHEN pp.program_id = 1 THEN 'KDH-ART-' || lpad((p.i / 3 + 100)::text, 5, '0') END
           WHEN 7 THEN CASE WHEN pp.program_id = 2 THEN 'KDH/TB/' || extract(year FROM pp.date_enrolled) || '/' || (1 + p.i % 240) END
           WHEN 8 THEN CASE WHEN pp.program_id = 3 THEN 'ANC/' || to_char(pp.date_enrolled, 'YY') || '/' || lpad((1 + p.i % 900)::text, 4, '0') END
           WHEN 9 THEN CASE WHEN p.origin = 'ref' AND fixture_gen.n('pref', p.i, 10) < 8 THEN fixture_gen.pick(ARRAY['386', '338', '412'], 'prefg', p.i) || '-' || omgen.dg('prefn', p.i, 8) END
           WHEN 10 THEN CASE WHEN p.origin = 'for' AND fixture_gen.n('ppas', p.i, 10) < 7 THEN CASE fixture_gen.n('ppasf', p.i, 4)
                          WHEN 0 THEN 'C' || fixture_gen.chars('ppas', p.i, 8, 'CFGHJKLMNPRTVWXYZ0123456789') WHEN 1 THEN omgen.dg('ppas', p.i, 9)
                          WHEN 2 THEN fixture_gen.chars('ppas', p.i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.chars('ppasb', p.i, 7, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')
                          ELSE fixture_gen.chars('ppas', p.i, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ') || omgen.dg('ppas', p.i, 7) END END END AS ident
  FROM omgen.p p JOIN omgen.reg r ON r.i = p.i JOIN person ps ON ps.person_id = p.i
  CROSS JOIN generate_series(1, 10) t(t)
  LEFT JOIN patient_program pp ON pp.patient_id = p.i AND pp.program_id = CASE t.t WHEN 6 THEN 1 WHEN 7 THEN 2 WHEN 8 THEN 3 END
  WHERE p.kind = 'patient' AND t.t <> 3 OFFSET 0) x
WHERE x.ident IS NOT NULL
ORDER BY x.at, x.t;
-- The legacy OpenMRS Identification Number of the first patients, retired with its type.
INSERT INTO patient_identifier (patient_id, identifier, identifier_type, preferred, location_id, creator, date_created, voided, voided_by, date_voided, void_reason, uuid)
SELECT p.i, (p.i - 67)::text || '-' || right(fixture_gen.luhn((p.i - 67)::text), 1), 3, false, 2, 49, r.at, true, 58, timestamp '2019-09-30 16:00:00', 'Identifier type retired', omgen.uu('pid3', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i WHERE p.kind = 'patient' AND r.at < timestamp '2019-09-30';

CREATE TABLE relationship_type (
    relationship_type_id serial PRIMARY KEY,
    a_is_to_b varchar(50) NOT NULL,
    b_is_to_a varchar(50) NOT NULL,
    preferred boolean DEFAULT false NOT NULL,
    weight integer DEFAULT 0 NOT NULL,
    description varchar(255),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE,
    retired boolean DEFAULT false NOT NULL
);
INSERT INTO relationship_type VALUES
  (1, 'Doctor', 'Patient', false, 0, 'Relationship from a primary care provider to the patient', 1, '2007-05-04 09:59:23', '8d919b58-c2cc-11de-8d13-0010c6dffd0f', false),
  (2, 'Sibling', 'Sibling', false, 0, 'Relationship between brother/sister, brother/brother, and sister/sister', 1, '2007-05-04 09:59:23', '8d91a01c-c2cc-11de-8d13-0010c6dffd0f', false),
  (3, 'Parent', 'Child', false, 0, 'Relationship from a mother/father to the child', 1, '2007-05-04 09:59:23', '8d91a210-c2cc-11de-8d13-0010c6dffd0f', false),
  (4, 'Aunt/Uncle', 'Niece/Nephew', false, 0, 'Relationship from a parent''s sibling to a child of that parent', 1, '2007-05-04 09:59:23', '8d91a3dc-c2cc-11de-8d13-0010c6dffd0f', false),
  (5, 'Spouse', 'Spouse', true, 1, 'Husband, wife or cohabiting partner (partner notification)', 1, '2019-06-03 10:30:00', omgen.uu('rt', 5), false),
  (6, 'Treatment Supporter', 'Patient', true, 2, 'Person who supports adherence to ART or TB treatment', 1, '2019-06-03 10:30:00', omgen.uu('rt', 6), false),
  (7, 'Guardian', 'Dependant', false, 3, 'Legal guardian or caretaker of a minor or orphan', 1, '2019-06-03 10:30:00', omgen.uu('rt', 7), false);
SELECT setval('relationship_type_relationship_type_id_seq', 7);

CREATE TABLE relationship (
    relationship_id serial PRIMARY KEY,
    person_a integer NOT NULL REFERENCES person,
    relationship integer NOT NULL REFERENCES relationship_type,
    person_b integer NOT NULL REFERENCES person,
    start_date timestamp,
    end_date timestamp,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO relationship (person_a, relationship, person_b, start_date, end_date, creator, date_created, voided, void_reason, uuid)
SELECT a, t, b, sd, NULL, cr, at, v, CASE WHEN v THEN 'Wrong person linked' END, omgen.uu('rel' || src, k)
FROM (
  -- Relatives who are not patients: parents, spouses, treatment supporters, guardians, siblings.
  SELECT 1 AS src, k.i AS k, k.i AS a, CASE WHEN age(date '2024-06-30', pt.born) < interval '15 years' THEN CASE WHEN k.i % 4 = 0 THEN 7 ELSE 3 END
                                           ELSE (ARRAY[5, 5, 6, 6, 2, 3])[1 + fixture_gen.n('relt', k.i, 6)] END AS t,
         pt.i AS b, CASE WHEN k.i % 5 = 0 THEN r.at::date::timestamp END AS sd, omgen.clerk('relc', k.i) AS cr, r.at, k.i % 37 = 0 AS v
  FROM omgen.p k JOIN omgen.p pt ON pt.i = 68 + fixture_gen.n('relp', k.i, 1200) JOIN omgen.reg r ON r.i = k.i WHERE k.kind = 'kin'
  UNION ALL
  -- Mothers and children who are both patients.
  SELECT 2, c.i, m.i, 3, c.i, NULL, omgen.clerk('relc2', c.i), greatest(rc.at, rm.at), false
  FROM omgen.p c JOIN omgen.reg rc ON rc.i = c.i
  JOIN LATERAL (SELECT m.i FROM omgen.p m WHERE m.kind = 'patient' AND m.sex = 'F' AND m.born BETWEEN c.born - interval '40 years' AND c.born - interval '17 years' AND m.i <> c.i
                ORDER BY md5(m.i::text || ':' || c.i) LIMIT 1) m ON true
  JOIN omgen.reg rm ON rm.i = m.i
  WHERE c.kind = 'patient' AND c.born > date '2009-07-01' AND fixture_gen.n('relm', c.i, 100) < 30
  UNION ALL
  -- Clinicians following ART and NCD clients.
  SELECT 3, g.i * 10 + g.program_id, 3 + fixture_gen.n('reld', g.i, 14), 1, g.i, g.enrolled, 4 + fixture_gen.n('reld', g.i, 14), g.enrolled, false
  FROM omgen.prog g WHERE g.program_id IN (1, 4) AND fixture_gen.n('relg', g.i, 3) = 0
) x
ORDER BY at;

-- Users: admin and daemon (the Super User's person), staff, two shared accounts.
CREATE TABLE users (
    user_id serial PRIMARY KEY,
    system_id varchar(50) NOT NULL,
    username varchar(50),
    password varchar(128),
    salt varchar(128),
    secret_question varchar(255),
    secret_answer varchar(255),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    changed_by integer,
    date_changed timestamp,
    person_id integer NOT NULL REFERENCES person,
    retired boolean DEFAULT false NOT NULL,
    retired_by integer,
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    activation_key varchar(255),
    email varchar(255)
);
INSERT INTO users VALUES
  (1, 'admin', 'admin', omgen.h512('pw', 1), omgen.h512('salt', 1), NULL, NULL, 1, '2019-06-03 08:12:44', 1, '2024-02-19 15:07:31', 1, false, NULL, NULL, NULL, omgen.uu('user', 1), NULL, 'it.support@kitagwedh.go.ug'),
  (2, 'daemon', 'daemon', NULL, NULL, NULL, NULL, 1, '2010-04-26 13:25:00', NULL, NULL, 1, false, NULL, NULL, NULL, 'A4F30A1B-5EB9-11DF-A648-37A07F9C90FB', NULL, NULL);
INSERT INTO users
SELECT s.user_id, s.user_id::text || '-' || right(fixture_gen.luhn(s.user_id::text), 1),
       CASE fixture_gen.n('uname', s.i, 5)
         WHEN 0 THEN left(fixture_gen.ascii(p.given), 1) || fixture_gen.ascii(p.family)
         WHEN 1 THEN fixture_gen.ascii(p.given) || '.' || fixture_gen.ascii(p.family)
         WHEN 2 THEN CASE WHEN s.cadre IN ('doctor', 'superintendent') THEN 'dr.' ELSE '' END || fixture_gen.ascii(p.family)
         WHEN 3 THEN fixture_gen.ascii(p.family) || left(fixture_gen.ascii(p.given), 1)
         ELSE fixture_gen.ascii(p.given) || fixture_gen.ascii(p.family) END || CASE WHEN s.i % 13 = 0 THEN (s.i % 10)::text ELSE '' END,
       CASE WHEN s.i % 11 = 4 THEN encode(sha256(convert_to('legacy' || s.i, 'UTF8')), 'hex') ELSE omgen.h512('pw', s.user_id) END,
       CASE WHEN s.i % 11 = 4 THEN NULL ELSE omgen.h512('salt', s.user_id) END,
       CASE WHEN fixture_gen.n('usq', s.i, 5) = 0 THEN fixture_gen.pick(ARRAY['What is your mother''s maiden name?', 'Name of your first school?', 'What was the name of your first pet?',
            'In which town were you born?', 'What is your favourite food?'], 'usqv', s.i) END,
       CASE WHEN fixture_gen.n('usq', s.i, 5) = 0 THEN omgen.h512('sa', s.user_id) END,
       1, r.at, CASE WHEN s.i % 3 = 0 THEN 1 END, CASE WHEN s.i % 3 = 0 THEN r.at + make_interval(days => 30 + fixture_gen.n('uch', s.i, 900)) END,
       s.i, s.cadre = 'intern' OR s.i IN (14, 29, 41), CASE WHEN s.cadre = 'intern' OR s.i IN (14, 29, 41) THEN 1 END,
       CASE WHEN s.cadre = 'intern' OR s.i IN (14, 29, 41) THEN timestamp '2024-01-15 09:00:00' + make_interval(days => s.i) END,
       CASE WHEN s.cadre = 'intern' THEN 'Internship ended' WHEN s.i IN (14, 29, 41) THEN fixture_gen.pick(ARRAY['Transferred to Fort Portal RRH', 'Left for further studies', 'Resigned'], 'uret', s.i) END,
       omgen.uu('user', s.user_id),
       CASE WHEN s.i IN (12, 27, 33, 48, 61) THEN omgen.h512('act', s.user_id) || ':' || (1717000000000 + s.i * 3600000)::text END,
       CASE WHEN fixture_gen.n('uem', s.i, 10) < 6 THEN
         CASE WHEN p.origin = 'for' THEN omgen.fmail(p.given, p.family, 'uemf', s.i) WHEN fixture_gen.n('uemo', s.i, 2) = 0 THEN left(fixture_gen.ascii(p.given), 1) || '.' || fixture_gen.ascii(p.family) || '@kitagwedh.go.ug'
              ELSE omgen.umail(p.given, p.family, 'uem', s.i) END END
FROM omgen.st s JOIN omgen.p p ON p.i = s.i JOIN omgen.reg r ON r.i = s.i ORDER BY s.user_id;
INSERT INTO users VALUES
  (67, '67-' || right(fixture_gen.luhn('67'), 1), 'lab.interface', omgen.h512('pw', 67), omgen.h512('salt', 67), NULL, NULL, 1, '2020-02-14 11:30:00', NULL, NULL, 66, false, NULL, NULL, NULL, omgen.uu('user', 67), NULL, NULL),
  (68, '68-' || right(fixture_gen.luhn('68'), 1), 'registration', omgen.h512('pw', 68), omgen.h512('salt', 68), NULL, NULL, 1, '2019-06-05 08:00:00', 1, '2023-03-01 08:15:00', 67, false, NULL, NULL, NULL, omgen.uu('user', 68), NULL, 'records@kitagwedh.go.ug');
SELECT setval('users_user_id_seq', 68);
-- Duplicate usernames get the next free digit, as administrators do by hand.
UPDATE users u SET username = u.username || d.rn FROM (SELECT user_id, row_number() OVER (PARTITION BY username ORDER BY user_id) AS rn FROM users) d WHERE d.user_id = u.user_id AND d.rn > 1;

CREATE TABLE user_property (
    user_id integer NOT NULL REFERENCES users,
    property varchar(100) NOT NULL,
    property_value text,
    PRIMARY KEY (user_id, property)
);
INSERT INTO user_property
SELECT u.user_id, k.prop,
       CASE k.prop
         WHEN 'loginAttempts' THEN fixture_gen.pick(ARRAY['0', '0', '0', '0', '1', '2', '5'], 'upla', u.user_id)
         WHEN 'lockoutTimestamp' THEN CASE WHEN u.user_id % 17 = 5 THEN (1716800000000 + u.user_id * 7919000)::text END
         WHEN 'defaultLocation' THEN CASE WHEN s.cadre IN ('records', 'hmis') THEN '13' WHEN s.cadre = 'lab' THEN '11' WHEN s.cadre = 'counsellor' THEN '9' WHEN s.cadre = 'pharmacist' THEN '12'
                                          WHEN s.cadre = 'nurse' THEN (3 + u.user_id % 6)::text ELSE '3' END
         WHEN 'defaultLocale' THEN CASE WHEN p.origin = 'for' AND u.user_id % 2 = 0 THEN 'fr' ELSE fixture_gen.pick(ARRAY['en_GB', 'en_GB', 'en', 'en_GB', 'sw'], 'upll', u.user_id) END
         WHEN 'proficientLocales' THEN fixture_gen.pick(ARRAY['en_GB', 'en_GB, sw', 'en, sw', 'en_GB, fr'], 'uplp', u.user_id)
         WHEN 'showRetired' THEN 'false'
         WHEN 'verbose' THEN 'false'
         WHEN 'notification' THEN CASE WHEN u.email IS NOT NULL AND u.user_id % 3 = 0 THEN 'email' ELSE 'internal' END
         WHEN 'notificationAddress' THEN CASE WHEN u.email IS NOT NULL AND u.user_id % 3 = 0 THEN u.email
                                              WHEN u.user_id % 7 = 2 THEN omgen.umail(p.given, p.family, 'upna', u.user_id)
                                              WHEN u.user_id % 7 = 3 THEN omgen.ugphone('upnp', u.user_id) END
         WHEN 'emrapi.lastViewedPatientIds' THEN CASE WHEN s.cadre NOT IN ('it', 'hmis') THEN
                (SELECT string_agg((68 + fixture_gen.n('uplv' || j, u.user_id, 1200))::text, ',') FROM generate_series(1, 3 + u.user_id % 8) j) END
         WHEN 'forcePassword' THEN CASE WHEN u.user_id % 9 = 1 THEN 'true' END
         WHEN 'appointments.defaultServiceUuid' THEN CASE WHEN s.cadre IN ('counsellor', 'nurse') AND u.user_id % 2 = 0 THEN omgen.uu('apsvc', 1 + u.user_id % 8) END
       END
FROM users u LEFT JOIN omgen.st s ON s.user_id = u.user_id JOIN omgen.p p ON p.i = u.person_id
CROSS JOIN unnest(ARRAY['loginAttempts', 'lockoutTimestamp', 'defaultLocation', 'defaultLocale', 'proficientLocales', 'showRetired', 'verbose', 'notification',
                        'notificationAddress', 'emrapi.lastViewedPatientIds', 'forcePassword', 'appointments.defaultServiceUuid']) k(prop)
WHERE u.user_id <> 2;
DELETE FROM user_property WHERE property_value IS NULL;

CREATE TABLE role (
    role varchar(50) PRIMARY KEY,
    description varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO role VALUES
  ('Anonymous', 'Privileges for non-authenticated users.', '774b2af3-6437-4e5a-a310-547554c7c65c'),
  ('Authenticated', 'Privileges gained once authentication has been established.', 'f7fd42ef-880e-40c5-972d-e4ae7c990de2'),
  ('Provider', 'All users with the ''Provider'' role will appear as options in the default Infopath', '8d94f280-c2cc-11de-8d13-0010c6dffd0f'),
  ('System Developer', 'Developers of the OpenMRS .. have additional access to change fundamental structure of the database model.', '8d94f852-c2cc-11de-8d13-0010c6dffd0f'),
  ('Organizational: Doctor', 'Clinicians: medical officers and clinical officers', omgen.uu('role', 5)),
  ('Organizational: Nurse', 'Nurses and midwives', omgen.uu('role', 6)),
  ('Organizational: Registration Clerk', 'Registers patients and starts visits', omgen.uu('role', 7)),
  ('Organizational: Hospital Administrator', 'Runs reports, manages appointments and users', omgen.uu('role', 8)),
  ('Organizational: System Administrator', 'Manages the server, modules and settings', omgen.uu('role', 9)),
  ('Lab Technician', 'Receives orders, enters and verifies results', omgen.uu('role', 10)),
  ('Pharmacist', 'Dispenses drug orders', omgen.uu('role', 11)),
  ('HIV Counsellor', 'HTS, adherence counselling and linkage', omgen.uu('role', 12)),
  ('Data Manager', 'HMIS reports, DHIS2 submissions, data cleaning and merges', omgen.uu('role', 13)),
  ('Interface', 'Machine accounts posting HL7 and FHIR messages', omgen.uu('role', 14));

CREATE TABLE privilege (
    privilege varchar(255) PRIMARY KEY,
    description text,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO privilege
SELECT v, CASE WHEN v LIKE 'App: %' OR v LIKE 'Task: %' THEN 'Able to access the ' || substr(v, strpos(v, ':') + 2) || ' ' || lower(left(v, strpos(v, ':') - 1))
               ELSE 'Able to ' || lower(split_part(v, ' ', 1)) || ' ' || lower(substr(v, strpos(v, ' ') + 1)) END, omgen.uu('priv', k)
FROM unnest(ARRAY['Add Patients', 'Edit Patients', 'Get Patients', 'Delete Patients', 'Purge Patients', 'Add Encounters', 'Edit Encounters', 'Get Encounters', 'Add Observations',
  'Edit Observations', 'Get Observations', 'Add Orders', 'Edit Orders', 'Get Orders', 'Add Visits', 'Edit Visits', 'Get Visits', 'Add Allergies', 'Edit Allergies', 'Get Allergies',
  'Get Users', 'Manage Users', 'Get Providers', 'Manage Providers', 'Get Concepts', 'Manage Concepts', 'Get Locations', 'Manage Locations', 'Get Global Properties', 'Manage Global Properties',
  'Manage Scheduler', 'Get Patient Cohorts', 'Add Cohorts', 'Get HL7 Inbound Queue', 'Update HL7 Inbound Queue', 'Get HL7 Inbound Exception', 'Manage Alerts', 'Get Notes', 'Add Notes',
  'View Administration Functions', 'Edit Patient Identifiers', 'App: coreapps.findPatient', 'App: registrationapp.registerPatient', 'App: coreapps.systemAdministration',
  'App: appointments.manageAppointments', 'App: coreapps.dataManagement', 'Task: coreapps.createVisit', 'Task: coreapps.mergePatients', 'Task: emr.enterClinicalForms']) WITH ORDINALITY u(v, k);

CREATE TABLE user_role (
    user_id integer NOT NULL REFERENCES users,
    role varchar(50) NOT NULL REFERENCES role,
    PRIMARY KEY (user_id, role)
);
INSERT INTO user_role VALUES (1, 'System Developer'), (1, 'Provider'), (67, 'Interface'), (68, 'Organizational: Registration Clerk');
INSERT INTO user_role
SELECT s.user_id, r.role FROM omgen.st s
CROSS JOIN LATERAL unnest(CASE s.cadre
  WHEN 'superintendent' THEN ARRAY['Organizational: Doctor', 'Organizational: Hospital Administrator', 'Provider']
  WHEN 'doctor' THEN ARRAY['Organizational: Doctor', 'Provider'] WHEN 'clinical officer' THEN ARRAY['Organizational: Doctor', 'Provider']
  WHEN 'intern' THEN ARRAY['Organizational: Doctor', 'Provider'] WHEN 'nurse' THEN ARRAY['Organizational: Nurse', 'Provider']
  WHEN 'radiographer' THEN ARRAY['Provider'] WHEN 'lab' THEN ARRAY['Lab Technician', 'Provider'] WHEN 'pharmacist' THEN ARRAY['Pharmacist', 'Provider']
  WHEN 'counsellor' THEN ARRAY['HIV Counsellor', 'Provider'] WHEN 'records' THEN ARRAY['Organizational: Registration Clerk']
  WHEN 'hmis' THEN ARRAY['Data Manager', 'Organizational: Hospital Administrator'] ELSE ARRAY['Organizational: System Administrator', 'System Developer'] END) r(role);

-- Providers: clinical staff (council registration numbers as identifiers),
-- and providers with no person record.
CREATE TABLE provider (
    provider_id serial PRIMARY KEY,
    person_id integer REFERENCES person,
    name varchar(255),
    identifier varchar(255),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    retired boolean DEFAULT false NOT NULL,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    role_id integer,
    speciality_id integer
);
INSERT INTO provider (provider_id, person_id, name, identifier, creator, date_created, retired, retire_reason, uuid, role_id, speciality_id)
SELECT s.provider_id, s.i, NULL,
       CASE s.cadre WHEN 'superintendent' THEN 'UMDPC/' || (3000 + fixture_gen.n('prid', s.i, 4000))
                    WHEN 'doctor' THEN CASE WHEN p.origin = 'for' THEN 'GMC ' || (7000000 + fixture_gen.n('prid', s.i, 999999)) ELSE 'UMDPC/' || (3000 + fixture_gen.n('prid', s.i, 9000)) END
                    WHEN 'clinical officer' THEN 'AHPC/CO/' || lpad(fixture_gen.n('prid', s.i, 9999)::text, 4, '0')
                    WHEN 'nurse' THEN 'UNMC/' || fixture_gen.pick(ARRAY['RN', 'RM', 'EN', 'EM'], 'prnc', s.i) || '/' || (10000 + fixture_gen.n('prid', s.i, 40000))
                    WHEN 'lab' THEN 'AHPC/LAB/' || lpad(fixture_gen.n('prid', s.i, 9999)::text, 4, '0')
                    WHEN 'pharmacist' THEN CASE WHEN p.origin = 'for' THEN 'PCI-' || omgen.dg('prid', s.i, 6) ELSE 'PSU/' || (800 + fixture_gen.n('prid', s.i, 2000)) END
                    WHEN 'radiographer' THEN 'AHPC/RAD/' || lpad(fixture_gen.n('prid', s.i, 999)::text, 3, '0')
                    ELSE 'KDH-P-' || lpad(s.provider_id::text, 3, '0') END,
       1, r.at, s.cadre = 'intern' OR s.i IN (14, 29, 41), CASE WHEN s.cadre = 'intern' OR s.i IN (14, 29, 41) THEN 'Left the facility' END, omgen.uu('prov', s.provider_id),
       CASE WHEN s.cadre IN ('doctor', 'superintendent', 'clinical officer', 'intern') THEN 165272 WHEN s.cadre = 'nurse' THEN 165273 END,
       CASE WHEN s.i IN (3, 4) THEN 165275 WHEN s.i = 5 THEN 165276 WHEN s.i = 9 THEN 165277 END
FROM omgen.st s JOIN omgen.p p ON p.i = s.i JOIN omgen.reg r ON r.i = s.i WHERE s.cadre NOT IN ('records', 'hmis', 'it') ORDER BY s.provider_id;
INSERT INTO provider (provider_id, person_id, name, identifier, creator, date_created, uuid) VALUES
  (70, NULL, 'Unknown Provider', 'UNKNOWN', 1, '2019-06-03 10:12:00', 'f9badd80-ab76-11e2-9e96-0800200c9a66'),
  (71, NULL, 'MSF outreach team (Kyaka II)', 'EXT-MSF-01', 1, '2020-03-02 12:00:00', omgen.uu('prov', 71)),
  (72, NULL, 'Dr. ' || fixture_gen.full_name('prext', 72) || ' (visiting surgeon)', 'EXT-0072', 1, '2022-08-22 09:30:00', omgen.uu('prov', 72)),
  (73, NULL, 'Dr. Wanjiru Kamau (locum, Nairobi)', 'KMPDC A' || omgen.dg('prext', 73, 5), 1, '2023-05-08 08:10:00', omgen.uu('prov', 73)),
  (74, NULL, 'Referring clinician, Kibiito HC IV', 'EXT-KHC4', 1, '2021-01-11 10:00:00', omgen.uu('prov', 74));
SELECT setval('provider_provider_id_seq', 74);

CREATE TABLE provider_attribute (
    provider_attribute_id serial PRIMARY KEY,
    provider_id integer NOT NULL REFERENCES provider,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
-- Types: 1 phone, 2 qualification, 3 licence expiry, 4 signature image.
INSERT INTO provider_attribute (provider_id, attribute_type_id, value_reference, creator, date_created, uuid)
SELECT v.provider_id, t.t,
       CASE t.t WHEN 1 THEN omgen.ugphone('prph', v.provider_id)
                WHEN 2 THEN CASE s.cadre WHEN 'doctor' THEN fixture_gen.pick(ARRAY['MBChB (Makerere)', 'MBChB (MUST), MMed Surgery', 'MBChB (Gulu), MMed Paediatrics', 'MD (Heidelberg)'], 'prq', v.provider_id)
                                        WHEN 'superintendent' THEN 'MBChB (Makerere), MPH' WHEN 'clinical officer' THEN 'Diploma in Clinical Medicine and Community Health'
                                        WHEN 'nurse' THEN fixture_gen.pick(ARRAY['Certificate in Nursing', 'Diploma in Midwifery', 'BSc Nursing (Aga Khan)', 'Diploma in Nursing'], 'prq', v.provider_id)
                                        WHEN 'lab' THEN 'Diploma in Medical Laboratory Technology' WHEN 'pharmacist' THEN 'Bachelor of Pharmacy' ELSE 'Certificate in HIV Counselling' END
                WHEN 3 THEN to_char(date '2024-12-31' + (fixture_gen.n('prle', v.provider_id, 3) * 365), 'YYYY-MM-DD')
                ELSE 'provider_signatures/' || fixture_gen.ascii(p.family) || '_' || fixture_gen.ascii(p.given) || '.png' END,
       1, v.date_created + make_interval(days => t.t), omgen.uu('prattr' || t.t, v.provider_id)
FROM provider v JOIN omgen.st s ON s.provider_id = v.provider_id JOIN omgen.p p ON p.i = v.person_id
CROSS JOIN generate_series(1, 4) t(t)
WHERE t.t = 2 OR (t.t = 1 AND v.provider_id % 3 <> 0) OR (t.t = 3 AND s.cadre IN ('doctor', 'superintendent', 'clinical officer', 'nurse')) OR (t.t = 4 AND s.cadre IN ('doctor', 'superintendent', 'clinical officer') AND v.provider_id % 2 = 0);

-- The concept dictionary: a slice of CIEL as the hospital uses it.
CREATE TABLE concept_class (
    concept_class_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    retired boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO concept_class VALUES
  (1, 'Test', 'Acq. during patient encounter (vitals, labs, etc.)', false, '8d4907b2-c2cc-11de-8d13-0010c6dffd0f'),
  (2, 'Procedure', 'Describes a clinical procedure', false, '8d490bf4-c2cc-11de-8d13-0010c6dffd0f'),
  (3, 'Drug', 'Drug', false, '8d490dfc-c2cc-11de-8d13-0010c6dffd0f'),
  (4, 'Diagnosis', 'Conclusion drawn through findings', false, '8d4918b0-c2cc-11de-8d13-0010c6dffd0f'),
  (5, 'Finding', 'Practitioner observation/finding', false, '8d491a9a-c2cc-11de-8d13-0010c6dffd0f'),
  (6, 'Anatomy', 'Anatomic sites / descriptors', false, '8d491c7a-c2cc-11de-8d13-0010c6dffd0f'),
  (7, 'Question', 'Question (eg, patient history, SF36 items)', false, '8d491e50-c2cc-11de-8d13-0010c6dffd0f'),
  (8, 'LabSet', 'Term to describe laboratory sets', false, '8d492026-c2cc-11de-8d13-0010c6dffd0f'),
  (9, 'MedSet', 'Term to describe medication sets', false, '8d4923b4-c2cc-11de-8d13-0010c6dffd0f'),
  (10, 'ConvSet', 'Term to describe convenience sets', false, '8d492594-c2cc-11de-8d13-0010c6dffd0f'),
  (11, 'Misc', 'Terms which don''t fit other categories', false, '8d492774-c2cc-11de-8d13-0010c6dffd0f'),
  (12, 'Symptom', 'Patient-reported observation', false, '8d492954-c2cc-11de-8d13-0010c6dffd0f'),
  (13, 'Symptom/Finding', 'Observation that can be reported from patient or found on exam', false, '8d492b2a-c2cc-11de-8d13-0010c6dffd0f'),
  (14, 'Specimen', 'Body or fluid specimen', false, '8d492d0a-c2cc-11de-8d13-0010c6dffd0f'),
  (15, 'Misc Order', 'Orderable items that aren''t tests or drugs', false, '8d492ee0-c2cc-11de-8d13-0010c6dffd0f'),
  (16, 'Program', 'Programs and their outcomes', false, omgen.uu('cclass', 16));

CREATE TABLE concept_datatype (
    concept_datatype_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    hl7_abbreviation varchar(3),
    description varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO concept_datatype VALUES
  (1, 'Numeric', 'NM', 'Numeric value, including integer or float (e.g., creatinine, weight)', '8d4a4488-c2cc-11de-8d13-0010c6dffd0f'),
  (2, 'Coded', 'CWE', 'Value determined by term dictionary lookup (i.e., term identifier)', '8d4a48b6-c2cc-11de-8d13-0010c6dffd0f'),
  (3, 'Text', 'ST', 'Free text', '8d4a4ab4-c2cc-11de-8d13-0010c6dffd0f'),
  (4, 'N/A', 'ZZ', 'Not associated with a datatype (e.g., term answers, sets)', '8d4a4c94-c2cc-11de-8d13-0010c6dffd0f'),
  (5, 'Document', 'RP', 'Pointer to a binary or text-based document (e.g., clinical document, RTF, XML, EKG, image, etc.) stored in complex_obs table', '8d4a4e74-c2cc-11de-8d13-0010c6dffd0f'),
  (6, 'Date', 'DT', 'Absolute date', '8d4a505e-c2cc-11de-8d13-0010c6dffd0f'),
  (7, 'Time', 'TM', 'Absolute time of day', '8d4a591e-c2cc-11de-8d13-0010c6dffd0f'),
  (8, 'Datetime', 'TS', 'Absolute date and time', '8d4a5af4-c2cc-11de-8d13-0010c6dffd0f'),
  (10, 'Boolean', 'BIT', 'Boolean value (yes/no, true/false)', '8d4a5cca-c2cc-11de-8d13-0010c6dffd0f'),
  (11, 'Rule', 'ZZ', 'Value derived from other data', '8d4a5e96-c2cc-11de-8d13-0010c6dffd0f'),
  (12, 'Structured Numeric', 'SN', 'Complex numeric values possible (ie, <5, 1-10, etc.)', '8d4a606c-c2cc-11de-8d13-0010c6dffd0f'),
  (13, 'Complex', 'ED', 'Complex value.  Analogous to HL7 Embedded Datatype', '8d4a6242-c2cc-11de-8d13-0010c6dffd0f');

CREATE TABLE omgen.cpt (id int PRIMARY KEY, name text, short text, cls int, dt int, sw text, descr text);
INSERT INTO omgen.cpt VALUES
  (5089, 'Weight (kg)', 'WT', 5, 1, 'Uzito (kg)', 'Patient''s weight in kilograms.'),
  (5090, 'Height (cm)', 'HT', 5, 1, 'Urefu (cm)', 'Height in centimetres, measured standing (length for infants).'),
  (5085, 'Systolic blood pressure', 'SBP', 5, 1, NULL, 'Systolic blood pressure in mmHg.'),
  (5086, 'Diastolic blood pressure', 'DBP', 5, 1, NULL, 'Diastolic blood pressure in mmHg.'),
  (5087, 'Pulse', 'Pulse', 5, 1, 'Mapigo ya moyo', 'Heart rate in beats per minute.'),
  (5088, 'Temperature (c)', 'Temp', 5, 1, 'Joto la mwili', 'Axillary temperature in degrees Celsius.'),
  (5242, 'Respiratory rate', 'RR', 5, 1, NULL, 'Breaths per minute.'),
  (5092, 'Arterial blood oxygen saturation (pulse oximeter)', 'SpO2', 5, 1, NULL, NULL),
  (1343, 'Mid-upper arm circumference', 'MUAC', 5, 1, NULL, 'MUAC in centimetres, children 6-59 months.'),
  (856, 'HIV viral load', 'VL', 1, 1, NULL, 'Copies of HIV RNA per millilitre of plasma or DBS.'),
  (5497, 'CD4 count', 'CD4', 1, 1, NULL, 'Cells per cubic millimetre.'),
  (21, 'Haemoglobin', 'Hb', 1, 1, NULL, 'Grams per decilitre.'),
  (887, 'Serum glucose', 'RBS', 1, 1, 'Sukari katika damu', 'Random blood sugar, mmol/L.'),
  (790, 'Serum creatinine', 'Creat', 1, 1, NULL, 'Micromoles per litre.'),
  (32, 'Malarial smear', 'B/S', 1, 2, NULL, 'Microscopy for malaria parasites.'),
  (1643, 'Malaria rapid diagnostic test', 'mRDT', 1, 2, NULL, NULL),
  (1040, 'HIV rapid test 1, qualitative', 'HIV RDT', 1, 2, NULL, 'Determine, first test of the national algorithm.'),
  (307, 'Sputum for acid fast bacilli', 'ZN', 1, 2, NULL, NULL),
  (162202, 'GeneXpert MTB/RIF', 'Xpert', 1, 2, NULL, 'MTB detection and rifampicin resistance.'),
  (45, 'Urine pregnancy test', 'UPT', 1, 2, NULL, NULL),
  (1019, 'Full blood count', 'FBC', 8, 4, NULL, 'Haematology panel.'),
  (12, 'X-ray, chest', 'CXR', 2, 4, NULL, NULL),
  (1427, 'Date of last menstrual period', 'LMP', 7, 6, NULL, NULL),
  (5596, 'Estimated date of confinement', 'EDD', 7, 6, NULL, 'Expected delivery date.'),
  (5272, 'Patient pregnant', NULL, 7, 2, 'Mjamzito', NULL),
  (1054, 'Civil status', NULL, 7, 2, 'Hali ya ndoa', NULL),
  (162169, 'Clinician note', NULL, 11, 3, NULL, 'Free-text note of the consultation.'),
  (161011, 'Free text comment', NULL, 11, 3, NULL, 'General comment by the person filling the form.'),
  (159635, 'Phone number', NULL, 7, 3, 'Namba ya simu', 'Contact phone number confirmed at the visit.'),
  (160638, 'Treatment supporter name', NULL, 7, 3, NULL, 'Name of the person supporting adherence.'),
  (160642, 'Treatment supporter telephone number', NULL, 7, 3, NULL, NULL),
  (1284, 'Problem list', NULL, 7, 2, NULL, 'Coded diagnosis or problem.'),
  (1271, 'Tests ordered', NULL, 7, 2, NULL, NULL),
  (1088, 'Current antiretroviral drugs used for treatment', 'ART regimen', 7, 2, NULL, NULL),
  (163138, 'Scanned document', NULL, 11, 13, NULL, 'Scanned paper form, referral letter or consent.'),
  (159947, 'Visit diagnoses', NULL, 10, 4, NULL, NULL),
  (1065, 'Yes', NULL, 11, 4, 'Ndiyo', NULL), (1066, 'No', NULL, 11, 4, 'Hapana', NULL), (1067, 'Unknown', NULL, 11, 4, 'Haijulikani', NULL),
  (703, 'Positive', 'POS', 11, 4, 'Chanya', NULL), (664, 'Negative', 'NEG', 11, 4, 'Hasi', NULL), (1138, 'Indeterminate', NULL, 11, 4, NULL, NULL),
  (1107, 'None', NULL, 11, 4, 'Hakuna', NULL), (5622, 'Other non-coded', 'Other', 11, 4, 'Nyingine', NULL), (1118, 'Not done', NULL, 11, 4, NULL, NULL),
  (5555, 'Married monogamous', 'Married', 11, 4, 'Ameoa/Ameolewa', NULL), (1057, 'Never married', 'Single', 11, 4, NULL, NULL),
  (1058, 'Divorced', NULL, 11, 4, NULL, NULL), (1059, 'Widowed', NULL, 11, 4, NULL, NULL), (1060, 'Living with partner', NULL, 11, 4, NULL, NULL),
  (1498, 'Mild', NULL, 11, 4, NULL, NULL), (1499, 'Moderate', NULL, 11, 4, NULL, NULL), (1500, 'Severe', NULL, 11, 4, NULL, NULL),
  (116128, 'Malaria', NULL, 4, 4, 'Malaria', 'Uncomplicated malaria, clinical or confirmed.'),
  (160155, 'Severe malaria', NULL, 4, 4, NULL, NULL),
  (117399, 'Hypertension', 'HTN', 4, 4, 'Shinikizo la damu', NULL),
  (119481, 'Diabetes mellitus', 'DM', 4, 4, 'Kisukari', NULL),
  (138405, 'HIV disease', NULL, 4, 4, NULL, NULL),
  (112141, 'Tuberculosis', 'TB', 4, 4, 'Kifua kikuu', NULL),
  (114100, 'Pneumonia', NULL, 4, 4, 'Nimonia', NULL),
  (142412, 'Diarrhoea', NULL, 4, 4, 'Kuhara', NULL),
  (121629, 'Anaemia', NULL, 4, 4, 'Upungufu wa damu', NULL),
  (111633, 'Urinary tract infection', 'UTI', 4, 4, NULL, NULL),
  (126960, 'Peptic ulcer disease', 'PUD', 4, 4, NULL, NULL),
  (155, 'Epilepsy', NULL, 4, 4, 'Kifafa', NULL),
  (119537, 'Depression', NULL, 4, 4, NULL, NULL),
  (117543, 'Injury', NULL, 4, 4, NULL, 'Any injury, including road traffic and assault.'),
  (134561, 'Sickle cell disease', 'SCD', 4, 4, NULL, NULL),
  (117703, 'Schistosomiasis', NULL, 4, 4, NULL, NULL),
  (114413, 'Asthma', NULL, 4, 4, 'Pumu', NULL),
  (140238, 'Fever', NULL, 12, 4, 'Homa', NULL), (143264, 'Cough', NULL, 12, 4, 'Kikohozi', NULL), (139084, 'Headache', NULL, 12, 4, 'Maumivu ya kichwa', NULL),
  (122983, 'Vomiting', NULL, 12, 4, 'Kutapika', NULL), (512, 'Rash', NULL, 13, 4, 'Upele', NULL), (879, 'Pruritus', 'Itching', 13, 4, 'Kuwashwa', NULL),
  (148888, 'Anaphylaxis', NULL, 13, 4, NULL, NULL), (139581, 'Hives', NULL, 13, 4, NULL, NULL), (5978, 'Nausea', NULL, 12, 4, NULL, NULL),
  (164505, 'Tenofovir / Lamivudine / Dolutegravir', 'TLD', 3, 4, NULL, NULL), (161364, 'Tenofovir / Lamivudine / Efavirenz', 'TLE', 3, 4, NULL, NULL),
  (162199, 'Abacavir / Lamivudine', 'ABC/3TC', 3, 4, NULL, NULL), (105281, 'Cotrimoxazole', 'CTX', 3, 4, NULL, NULL), (70116, 'Paracetamol', NULL, 3, 4, NULL, NULL),
  (71617, 'Amoxicillin', NULL, 3, 4, NULL, NULL), (79650, 'Artemether / Lumefantrine', 'AL', 3, 4, NULL, NULL), (71184, 'Artesunate', NULL, 3, 4, NULL, NULL),
  (78280, 'Isoniazid', 'INH', 3, 4, NULL, NULL), (79651, 'Metformin', NULL, 3, 4, NULL, NULL), (80066, 'Nifedipine', NULL, 3, 4, NULL, NULL),
  (77696, 'Hydrochlorothiazide', 'HCTZ', 3, 4, NULL, NULL), (78218, 'Ferrous sulphate / Folic acid', NULL, 3, 4, NULL, NULL), (75018, 'Ceftriaxone', NULL, 3, 4, NULL, NULL),
  (83392, 'Sulfadoxine / Pyrimethamine', 'SP', 3, 4, NULL, NULL), (1131, 'Rifampicin / Isoniazid / Pyrazinamide / Ethambutol', 'RHZE', 3, 4, NULL, NULL),
  (78071, 'Insulin, soluble', NULL, 3, 4, NULL, NULL), (351, 'Oral rehydration salts', 'ORS', 3, 4, NULL, NULL),
  (162297, 'Sulfonamides', 'Sulfa drugs', 3, 4, NULL, NULL), (162298, 'Penicillins', NULL, 3, 4, NULL, NULL), (162299, 'Aspirin and NSAIDs', NULL, 3, 4, NULL, NULL),
  (162301, 'Peanuts', NULL, 11, 4, NULL, NULL), (162302, 'Eggs', NULL, 11, 4, NULL, NULL), (162303, 'Bee stings', NULL, 11, 4, NULL, NULL), (162304, 'Dust', NULL, 11, 4, NULL, NULL),
  (1513, 'Tablet', NULL, 11, 4, NULL, NULL), (1519, 'Injection', NULL, 11, 4, NULL, NULL), (1517, 'Suspension', NULL, 11, 4, NULL, NULL),
  (160541, 'HIV care program', NULL, 16, 4, NULL, NULL), (160540, 'TB program', NULL, 16, 4, NULL, NULL), (161641, 'PMTCT program', NULL, 16, 4, NULL, NULL),
  (160170, 'NCD program', NULL, 16, 4, NULL, NULL), (161650, 'Nutrition program', NULL, 16, 4, NULL, NULL),
  (161630, 'Program outcome', NULL, 7, 2, NULL, NULL), (159786, 'TB treatment outcome', NULL, 7, 2, NULL, NULL),
  (1267, 'Completed', NULL, 11, 4, NULL, NULL), (159791, 'Treatment complete', NULL, 11, 4, NULL, NULL), (160034, 'Died', NULL, 11, 4, 'Amefariki', NULL),
  (5240, 'Lost to follow-up', 'LTFU', 11, 4, NULL, NULL), (159492, 'Transferred out', NULL, 11, 4, NULL, NULL),
  (165272, 'Clinician', NULL, 11, 4, NULL, NULL), (165273, 'Nurse', NULL, 11, 4, NULL, NULL), (165275, 'General surgery', NULL, 11, 4, NULL, NULL),
  (165276, 'Obstetrics and gynaecology', NULL, 11, 4, NULL, NULL), (165277, 'Paediatrics', NULL, 11, 4, NULL, NULL);

CREATE TABLE concept (
    concept_id serial PRIMARY KEY,
    retired boolean DEFAULT false NOT NULL,
    short_name varchar(255),
    datatype_id integer NOT NULL REFERENCES concept_datatype,
    class_id integer NOT NULL REFERENCES concept_class,
    is_set boolean DEFAULT false NOT NULL,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO concept SELECT id, false, '', dt, cls, cls IN (8, 10), timestamp '2019-06-03 12:00:00' + make_interval(secs => id % 5000), omgen.ciel(id) FROM omgen.cpt ORDER BY id;

CREATE TABLE concept_name (
    concept_name_id serial PRIMARY KEY,
    concept_id integer REFERENCES concept,
    name varchar(255) NOT NULL,
    locale varchar(50) NOT NULL,
    locale_preferred boolean DEFAULT false,
    concept_name_type varchar(50),
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO concept_name (concept_id, name, locale, locale_preferred, concept_name_type, date_created, uuid)
SELECT c.id, v.name, v.loc, v.pref, v.typ, timestamp '2019-06-03 12:00:00' + make_interval(secs => c.id % 5000), omgen.uu('cn' || v.k, c.id)
FROM omgen.cpt c CROSS JOIN LATERAL (SELECT 1 AS k, c.name AS name, 'en' AS loc, true AS pref, 'FULLY_SPECIFIED' AS typ UNION ALL
                                     SELECT 2, c.short, 'en', false, 'SHORT' WHERE c.short IS NOT NULL UNION ALL
                                     SELECT 3, c.sw, 'sw', true, 'FULLY_SPECIFIED' WHERE c.sw IS NOT NULL UNION ALL
                                     SELECT 4, upper(c.name), 'en', false, NULL WHERE c.cls IN (1, 4, 5)) v
ORDER BY c.id, v.k;

CREATE TABLE concept_description (
    concept_description_id serial PRIMARY KEY,
    concept_id integer NOT NULL REFERENCES concept,
    description text NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO concept_description (concept_id, description, uuid)
SELECT id, descr, omgen.uu('cd', id) FROM omgen.cpt WHERE descr IS NOT NULL ORDER BY id;

CREATE TABLE drug (
    drug_id serial PRIMARY KEY,
    concept_id integer NOT NULL REFERENCES concept,
    name varchar(255),
    combination boolean DEFAULT false NOT NULL,
    dosage_form integer REFERENCES concept,
    strength varchar(255),
    retired boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO drug VALUES
  (1, 164505, 'TDF/3TC/DTG 300/300/50mg tablet', true, 1513, '300/300/50mg', false, omgen.uu('drug', 1)),
  (2, 105281, 'Cotrimoxazole 960mg tablet', true, 1513, '960mg', false, omgen.uu('drug', 2)),
  (3, 70116, 'Paracetamol 500mg tablet', false, 1513, '500mg', false, omgen.uu('drug', 3)),
  (4, 71617, 'Amoxicillin 250mg dispersible tablet', false, 1513, '250mg', false, omgen.uu('drug', 4)),
  (5, 79650, 'Artemether/Lumefantrine 20/120mg tablet', true, 1513, '20/120mg', false, omgen.uu('drug', 5)),
  (6, 78280, 'Isoniazid 300mg tablet', false, 1513, '300mg', false, omgen.uu('drug', 6)),
  (7, 79651, 'Metformin 500mg tablet', false, 1513, '500mg', false, omgen.uu('drug', 7)),
  (8, 80066, 'Nifedipine 20mg retard tablet', false, 1513, '20mg', false, omgen.uu('drug', 8)),
  (9, 77696, 'Hydrochlorothiazide 25mg tablet', false, 1513, '25mg', false, omgen.uu('drug', 9)),
  (10, 78218, 'Ferrous sulphate/Folic acid 200/0.4mg tablet', true, 1513, '200mg/400mcg', false, omgen.uu('drug', 10)),
  (11, 75018, 'Ceftriaxone 1g injection', false, 1519, '1g', false, omgen.uu('drug', 11)),
  (12, 83392, 'Sulfadoxine/Pyrimethamine 500/25mg tablet', true, 1513, '500/25mg', false, omgen.uu('drug', 12)),
  (13, 1131, 'RHZE 150/75/400/275mg FDC tablet', true, 1513, '150/75/400/275mg', false, omgen.uu('drug', 13)),
  (14, 71617, 'Amoxicillin 125mg/5ml suspension', false, 1517, '125mg/5ml', false, omgen.uu('drug', 14)),
  (15, 70116, 'Paracetamol 120mg/5ml syrup', false, 1517, '120mg/5ml', false, omgen.uu('drug', 15)),
  (16, 71184, 'Artesunate 60mg injection', false, 1519, '60mg', false, omgen.uu('drug', 16)),
  (17, 161364, 'TDF/3TC/EFV 300/300/600mg tablet', true, 1513, '300/300/600mg', true, omgen.uu('drug', 17)),
  (18, 162199, 'ABC/3TC 120/60mg dispersible tablet', true, 1513, '120/60mg', false, omgen.uu('drug', 18)),
  (19, 78071, 'Insulin soluble 100 IU/ml, 10ml vial', false, 1519, '100 IU/ml', false, omgen.uu('drug', 19)),
  (20, 351, 'ORS/Zinc co-pack', true, NULL, '20.5g sachets + 20mg tablets', false, omgen.uu('drug', 20));

CREATE TABLE encounter_type (
    encounter_type_id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    description text,
    retired boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE,
    view_privilege varchar(255)
);
INSERT INTO encounter_type VALUES
  (1, 'Check In', 'Indicates the patient has checked in at the facility.', false, '55a0d3ea-a4d7-4e88-8f01-5aceb2d3c61b', NULL),
  (2, 'Vitals', 'For capturing vital signs', false, '67a71486-1a54-468f-ac3e-7091a9a79584', NULL),
  (3, 'Visit Note', 'Encounter where a full or abbreviated examination is done, usually leading to a presumptive or confirmed diagnosis', false, 'd7151f82-c1f3-4152-a605-2f9ea7414a79', NULL),
  (4, 'Lab Results', 'Results entered by the laboratory or received from CPHL', false, omgen.uu('et', 4), NULL),
  (5, 'ART Card', 'HIV care and ART follow-up (page 2 of the HMIS ART card)', false, omgen.uu('et', 5), 'Get HIV Encounters'),
  (6, 'ANC Visit', 'Antenatal care visit', false, omgen.uu('et', 6), NULL),
  (7, 'Admission', 'Indicates that the patient has been admitted for inpatient care', false, 'e22e39fd-7db2-45e7-80f1-60fa0d5a4378', NULL),
  (8, 'Discharge', 'Indicates that the patient has been discharged from inpatient care', false, '181820aa-88c9-479b-9077-af92f5364329', NULL),
  (9, 'TB Follow-up', 'DOTS follow-up and sputum monitoring', false, omgen.uu('et', 9), NULL),
  (10, 'NCD Follow-up', 'Hypertension and diabetes review', false, omgen.uu('et', 10), NULL),
  (11, 'Scanned Documents', 'Referral letters, consent forms and paper records attached to the chart', false, omgen.uu('et', 11), NULL),
  (12, 'Radiology', 'X-ray and ultrasound reports', true, omgen.uu('et', 12), NULL);

CREATE TABLE form (
    form_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    version varchar(50) NOT NULL,
    description text,
    encounter_type integer REFERENCES encounter_type,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO form VALUES
  (1, 'Vitals', '1.0', 'Vital signs, weight, height and MUAC', 2, omgen.uu('form', 1)),
  (2, 'Visit Note', '1.2', 'Presenting complaints, examination, diagnoses and plan', 3, omgen.uu('form', 2)),
  (3, 'HIV Care / ART Card', '3.1', 'HMIS 055: ART card follow-up page', 5, omgen.uu('form', 3)),
  (4, 'ANC Card', '2.0', 'HMIS 071: antenatal register entry', 6, omgen.uu('form', 4)),
  (5, 'TB Treatment Card', '1.0', 'HMIS 096a: TB treatment card', 9, omgen.uu('form', 5)),
  (6, 'NCD Follow-up', '1.1', 'Blood pressure, blood sugar and medication adherence', 10, omgen.uu('form', 6)),
  (7, 'Lab Result Entry', '1.0', 'Manual entry of results not received by HL7', 4, omgen.uu('form', 7)),
  (8, 'Admission (Simple)', '1.0', 'Admission note', 7, omgen.uu('form', 8)),
  (9, 'Discharge (Simple)', '1.0', 'Discharge summary', 8, omgen.uu('form', 9)),
  (10, 'Patient Registration (paper, legacy)', '0.9', 'Retyped registration book, 2019', 1, omgen.uu('form', 10));

CREATE TABLE field (
    field_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description text,
    field_type integer,
    concept_id integer REFERENCES concept,
    table_name varchar(50),
    attribute_name varchar(50),
    default_value text
);
INSERT INTO field (name, description, field_type, concept_id, table_name, attribute_name, default_value) VALUES
  ('PATIENT.PATIENT_ID', NULL, 2, NULL, 'patient', 'patient_id', '$!{patient.getPatientId()}'),
  ('PATIENT_NAME.GIVEN_NAME', 'Given name of the patient', 2, NULL, 'patient_name', 'given_name', '$!{patient.getPersonName().getGivenName()}'),
  ('PATIENT_NAME.MIDDLE_NAME', NULL, 2, NULL, 'patient_name', 'middle_name', '$!{patient.getPersonName().getMiddleName()}'),
  ('PATIENT_NAME.FAMILY_NAME', 'Family name (surname) of the patient', 2, NULL, 'patient_name', 'family_name', '$!{patient.getPersonName().getFamilyName()}'),
  ('PATIENT.BIRTHDATE', NULL, 2, NULL, 'patient', 'birthdate', '$!{date.format($patient.getBirthdate())}'),
  ('PATIENT.SEX', NULL, 2, NULL, 'patient', 'gender', '$!{patient.getGender()}'),
  ('PATIENT_ADDRESS.ADDRESS1', 'Physical address line', 2, NULL, 'person_address', 'address1', '$!{patient.getPersonAddress().getAddress1()}'),
  ('PATIENT.MEDICAL_RECORD_NUMBER', NULL, 2, NULL, 'patient_identifier', 'identifier', '$!{patient.getPatientIdentifier()}'),
  ('PERSON_ATTRIBUTE.TELEPHONE_NUMBER', 'Phone number shown on the ART card header', 2, NULL, 'person_attribute', 'value', '$!{patient.getAttribute(''Telephone Number'')}'),
  ('ENCOUNTER.ENCOUNTER_DATETIME', NULL, 2, NULL, 'encounter', 'encounter_datetime', '$!{date.format($encounter.getEncounterDatetime())}'),
  ('ENCOUNTER.LOCATION_ID', NULL, 2, NULL, 'encounter', 'location_id', '$!{encounter.getLocation().getLocationId()}'),
  ('ENCOUNTER.PROVIDER_ID', NULL, 2, NULL, 'encounter', 'provider_id', '$!{user.getPerson().getPersonId()}'),
  ('WEIGHT (KG)', NULL, 1, 5089, NULL, NULL, NULL),
  ('HEIGHT (CM)', NULL, 1, 5090, NULL, NULL, NULL),
  ('TEMPERATURE (C)', NULL, 1, 5088, NULL, NULL, NULL),
  ('HIV VIRAL LOAD', NULL, 1, 856, NULL, NULL, NULL),
  ('CLINICIAN NOTE', 'Free-text note', 1, 162169, NULL, NULL, NULL),
  ('TREATMENT SUPPORTER NAME', NULL, 1, 160638, NULL, NULL, NULL),
  ('TREATMENT SUPPORTER TELEPHONE NUMBER', NULL, 1, 160642, NULL, NULL, NULL),
  ('PROBLEM LIST', NULL, 3, 1284, NULL, NULL, NULL),
  ('VISIT DIAGNOSES', 'Section', 5, 159947, NULL, NULL, NULL);

-- Visits: every patient came at least once; clients of the HIV, NCD, ANC
-- and TB clinics came back.
CREATE TABLE omgen.vis AS
SELECT row_number() OVER (ORDER BY start, i) AS visit_id, *
FROM (SELECT p.i, k, p.sex, p.born, p.origin,
             date_trunc('minute', r.at + make_interval(days => (k - 1) * (35 + fixture_gen.n('vgap', p.i, 60)))) + make_interval(mins => fixture_gen.n('vmin', p.i * 31 + k, 40)) AS start,
             EXISTS (SELECT 1 FROM omgen.prog g WHERE g.i = p.i AND g.program_id = 1) AS hiv,
             EXISTS (SELECT 1 FROM omgen.prog g WHERE g.i = p.i AND g.program_id = 2) AS tb,
             EXISTS (SELECT 1 FROM omgen.prog g WHERE g.i = p.i AND g.program_id = 3) AS anc,
             EXISTS (SELECT 1 FROM omgen.prog g WHERE g.i = p.i AND g.program_id = 4) AS ncd,
             fixture_gen.n('vadm', p.i * 31 + k, 100) < 4 AS admitted
      FROM omgen.p p JOIN omgen.reg r ON r.i = p.i JOIN person ps ON ps.person_id = p.i
      CROSS JOIN generate_series(1, 9) k
      WHERE p.kind = 'patient' AND NOT ps.voided) x
WHERE start < timestamp '2024-06-29'
  AND k <= 1 + fixture_gen.n('vnv', i, 2) + CASE WHEN hiv THEN 4 ELSE 0 END + CASE WHEN ncd THEN 2 ELSE 0 END + CASE WHEN anc THEN 2 ELSE 0 END + CASE WHEN tb THEN 2 ELSE 0 END;

CREATE TABLE visit (
    visit_id serial PRIMARY KEY,
    patient_id integer NOT NULL,
    visit_type_id integer NOT NULL,
    date_started timestamp NOT NULL,
    date_stopped timestamp,
    indication_concept_id integer,
    location_id integer,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO visit
SELECT v.visit_id, v.i, CASE WHEN v.admitted THEN 3 WHEN fixture_gen.n('vtyp', v.visit_id, 100) < 5 THEN 4 WHEN v.hiv AND fixture_gen.n('vtyp', v.visit_id, 100) < 8 THEN 5 ELSE 1 END,
       v.start, CASE WHEN v.start > timestamp '2024-06-27' THEN NULL WHEN v.admitted THEN v.start + make_interval(days => 2 + fixture_gen.n('vlos', v.visit_id, 7), hours => 3) ELSE v.start + make_interval(mins => 120 + fixture_gen.n('vdur', v.visit_id, 300)) END,
       CASE WHEN v.admitted THEN fixture_gen.pick(ARRAY['160155', '114100', '121629', '117543', '142412'], 'vind', v.visit_id)::int END,
       CASE WHEN v.admitted THEN 7 WHEN v.hiv AND v.k % 2 = 0 THEN 9 WHEN v.anc AND v.k <= 3 THEN 17 WHEN v.ncd THEN 16 WHEN v.tb THEN 10 ELSE 3 END,
       omgen.clerk('vcr', v.visit_id), v.start, v.visit_id % 97 = 0, CASE WHEN v.visit_id % 97 = 0 THEN fixture_gen.pick(ARRAY['Duplicate visit', 'Opened for the wrong patient', 'Patient left before being seen'], 'vvr', v.visit_id) END,
       omgen.uu('visit', v.visit_id)
FROM omgen.vis v ORDER BY v.visit_id;

-- Visit attributes: 1 payment method, 2 insurance membership, 3 escort, 4
-- referred from, 5 referral letter (LongFreeText, kept in clob_datatype_storage).
CREATE TABLE clob_datatype_storage (
    id serial PRIMARY KEY,
    uuid char(38) NOT NULL UNIQUE,
    value text NOT NULL
);
INSERT INTO clob_datatype_storage (uuid, value)
SELECT omgen.uu('clob', v.visit_id),
       'KIBIITO HEALTH CENTRE IV' || E'\n' || 'Ref. No. ' || 'KHC4/REF/' || (100 + v.visit_id % 800) || E'\n\n' || 'Dear Medical Officer,' || E'\n\n' ||
       'RE: ' || upper(p.family) || ' ' || p.given || ', ' || extract(year FROM age(v.start, p.born))::int || ' years, ' || CASE WHEN p.sex = 'F' THEN 'female' ELSE 'male' END ||
       ', of ' || omgen.village('cvil', v.visit_id) || ' village.' || E'\n\n' ||
       fixture_gen.pick(ARRAY['The above patient presented with high grade fever for 5 days, vomiting and convulsions at home. mRDT positive. Given IV artesunate 1st dose. Referred for further management.',
         'Presented with BP 168/112, severe headache and blurred vision. Given nifedipine 20mg stat. Kindly review.',
         'Known client on ART since 2017, now with cough for 3 weeks and weight loss. GeneXpert not available here.',
         'Child with severe acute malnutrition and oedema +++, not tolerating RUTF. Mother is alone, father works in Kampala.',
         'Patient was knocked by a boda boda, suspected fracture of the left femur. Splinted and given analgesics.'], 'cref', v.visit_id) || E'\n\n' ||
       'Escort: ' || omgen.fem('cesc', v.visit_id) || ' ' || p.family || ', ' || omgen.ugphone('cesc', v.visit_id) || E'\n\n' ||
       'Yours faithfully,' || E'\n' || omgen.mal('cdoc', v.visit_id) || ' ' || omgen.sur('cdoc', v.visit_id) || ', Clinical Officer'
FROM omgen.vis v JOIN omgen.p p ON p.i = v.i WHERE fixture_gen.n('vref', v.visit_id, 100) < 3 ORDER BY v.visit_id;

CREATE TABLE visit_attribute (
    visit_attribute_id serial PRIMARY KEY,
    visit_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO visit_attribute (visit_id, attribute_type_id, value_reference, creator, date_created, uuid)
SELECT x.visit_id, x.t, x.v, omgen.clerk('vacr', x.visit_id), x.start + interval '5 minutes', omgen.uu('va' || x.t, x.visit_id)
FROM (SELECT v.visit_id, v.start, t.t,
             CASE t.t
               WHEN 1 THEN CASE WHEN fixture_gen.n('vapay', v.visit_id, 100) < 12 THEN fixture_gen.pick(ARRAY['Private wing - cash', 'Insurance', 'Mobile money', 'Insurance'], 'vapm', v.visit_id)
                                WHEN fixture_gen.n('vapay', v.visit_id, 100) < 40 THEN 'Free (Government)' END
               WHEN 2 THEN CASE WHEN fixture_gen.n('vapay', v.visit_id, 100) < 12 AND fixture_gen.n('vapm', v.visit_id, 4) IN (1, 3) THEN
                    fixture_gen.pick(ARRAY['Jubilee Health JH/' || omgen.dg('vains', v.visit_id, 7) || '/0' || (1 + v.visit_id % 4), 'AAR ' || omgen.dg('vains', v.visit_id, 3) || '-' || omgen.dg('vainb', v.visit_id, 4) || '-' || omgen.dg('vainc', v.visit_id, 2),
                                          'UAP Old Mutual KTG/' || extract(year FROM v.start) || '/' || omgen.dg('vains', v.visit_id, 5), 'Prudential ' || omgen.dg('vains', v.visit_id, 9) || ' (employer: Mpanga Tea Estate)'], 'vaint', v.visit_id) END
               WHEN 3 THEN CASE WHEN (v.born > v.start - interval '12 years' OR v.admitted) AND fixture_gen.n('vaesc', v.visit_id, 10) < 6 THEN
                    omgen.fem('vaesc', v.visit_id) || ' ' || omgen.sur('vaescl', v.visit_id) || ' (' || fixture_gen.pick(ARRAY['mother', 'sister', 'aunt', 'grandmother', 'husband', 'neighbour', 'son'], 'vaesr', v.visit_id) || ') ' || omgen.ugphone('vaesc', v.visit_id) END
               WHEN 4 THEN CASE WHEN fixture_gen.n('varef', v.visit_id, 100) < 10 THEN fixture_gen.pick(ARRAY['Kibiito HC IV', 'Rwimi HC III', 'Bukuku HC III', 'Kyaka II HC III', 'Self referral', 'VHT ' || omgen.fem('vavht', v.visit_id) || ' ' || omgen.sur('vavhtl', v.visit_id) || ' (' || omgen.village('vavhtv', v.visit_id) || ')', 'Virika Hospital', 'Private clinic, Fort Portal'], 'varefv', v.visit_id) END
               WHEN 5 THEN CASE WHEN fixture_gen.n('vref', v.visit_id, 100) < 3 THEN 'clob:' || omgen.uu('clob', v.visit_id) END END AS v
      FROM omgen.vis v CROSS JOIN generate_series(1, 5) t(t) OFFSET 0) x
WHERE x.v IS NOT NULL ORDER BY x.visit_id, x.t;

ANALYZE omgen.vis, visit;

-- Encounters: vitals, the clinical form of the clinic, lab results,
-- admission and discharge, scanned documents.
CREATE TABLE omgen.enc AS
SELECT row_number() OVER (ORDER BY at, visit_id, t) AS encounter_id, *
FROM (SELECT v.visit_id, v.i, v.k, v.hiv, v.tb, v.anc, v.ncd, v.born, v.sex, e.t,
             CASE e.t WHEN 1 THEN 2 WHEN 2 THEN CASE WHEN v.hiv AND v.k % 2 = 0 THEN 5 WHEN v.anc AND v.k <= 3 THEN 6 WHEN v.tb AND v.k <= 3 THEN 9 WHEN v.ncd THEN 10 ELSE 3 END
                      WHEN 3 THEN 4 WHEN 4 THEN 7 WHEN 5 THEN 8 ELSE 11 END AS etype,
             v.start + CASE e.t WHEN 1 THEN interval '20 minutes' WHEN 2 THEN interval '65 minutes' WHEN 3 THEN interval '190 minutes' WHEN 4 THEN interval '150 minutes'
                                WHEN 5 THEN interval '2 days 26 hours' ELSE interval '100 minutes' END AS at,
             vv.location_id
      FROM omgen.vis v JOIN visit vv ON vv.visit_id = v.visit_id CROSS JOIN generate_series(1, 6) e(t)
      WHERE NOT vv.voided AND CASE e.t WHEN 1 THEN fixture_gen.n('ev', v.visit_id, 100) < 90 WHEN 2 THEN true
                        WHEN 3 THEN fixture_gen.n('elab', v.visit_id, 100) < CASE WHEN v.hiv OR v.tb OR v.ncd THEN 45 ELSE 30 END
                        WHEN 4 THEN v.admitted WHEN 5 THEN v.admitted AND vv.date_stopped IS NOT NULL ELSE fixture_gen.n('escan', v.visit_id, 100) < 2 END) x;
ALTER TABLE omgen.enc ADD COLUMN provider_id int, ADD COLUMN role_id int, ADD COLUMN creator int, ADD COLUMN form_id int;
UPDATE omgen.enc SET
  provider_id = CASE WHEN etype = 2 THEN 17 + fixture_gen.n('epn', encounter_id, 19) WHEN etype = 4 THEN CASE WHEN encounter_id % 3 = 0 THEN 37 + fixture_gen.n('epl', encounter_id, 6) END
                     WHEN etype = 5 AND encounter_id % 2 = 0 THEN 52 + fixture_gen.n('epc', encounter_id, 4) WHEN etype = 6 THEN 17 + fixture_gen.n('epm', encounter_id, 19)
                     WHEN etype = 11 THEN 70 ELSE 1 + fixture_gen.n('epd', encounter_id, 16) END,
  role_id = CASE WHEN etype IN (2, 6) THEN 3 WHEN etype = 4 THEN 4 WHEN etype = 5 AND encounter_id % 2 = 0 THEN 5 WHEN etype = 11 THEN 1 ELSE 2 END,
  form_id = CASE etype WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 5 THEN 3 WHEN 6 THEN 4 WHEN 9 THEN 5 WHEN 10 THEN 6 WHEN 4 THEN CASE WHEN encounter_id % 3 = 0 THEN 7 END WHEN 7 THEN 8 WHEN 8 THEN 9 END;
UPDATE omgen.enc SET creator = CASE WHEN etype = 4 AND provider_id IS NULL THEN 67 WHEN etype = 11 THEN omgen.clerk('ecl', encounter_id) ELSE provider_id + 1 END;
UPDATE omgen.enc e SET provider_id = 70 WHERE e.provider_id IS NULL AND e.etype = 4 AND e.encounter_id % 5 = 0;

CREATE TABLE encounter (
    encounter_id serial PRIMARY KEY,
    encounter_type integer NOT NULL,
    patient_id integer NOT NULL,
    location_id integer,
    form_id integer,
    encounter_datetime timestamp NOT NULL,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    date_voided timestamp,
    void_reason varchar(255),
    visit_id integer,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO encounter
SELECT e.encounter_id, e.etype, e.i, CASE WHEN e.etype = 4 THEN 11 WHEN e.etype = 2 AND e.location_id = 3 THEN 3 ELSE e.location_id END, e.form_id, e.at, e.creator,
       e.at + CASE WHEN e.etype = 4 AND e.creator = 67 THEN make_interval(days => 5 + fixture_gen.n('elag', e.encounter_id, 20)) ELSE make_interval(mins => fixture_gen.n('elag', e.encounter_id, 30)) END,
       e.encounter_id % 151 = 0, CASE WHEN e.encounter_id % 151 = 0 THEN e.at + interval '1 day' END, CASE WHEN e.encounter_id % 151 = 0 THEN 'Entered for the wrong patient' END,
       e.visit_id, omgen.uu('enc', e.encounter_id)
FROM omgen.enc e ORDER BY e.encounter_id;

CREATE TABLE encounter_provider (
    encounter_provider_id serial PRIMARY KEY,
    encounter_id integer NOT NULL,
    provider_id integer NOT NULL,
    encounter_role_id integer NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO encounter_provider (encounter_id, provider_id, encounter_role_id, uuid)
SELECT e.encounter_id, e.provider_id, e.role_id, omgen.uu('encp', e.encounter_id) FROM omgen.enc e WHERE e.provider_id IS NOT NULL ORDER BY e.encounter_id;
INSERT INTO encounter_provider (encounter_id, provider_id, encounter_role_id, uuid)
SELECT e.encounter_id, 60 + fixture_gen.n('epi', e.encounter_id, 2), 2, omgen.uu('encp2', e.encounter_id)
FROM omgen.enc e WHERE e.etype IN (3, 7) AND e.at BETWEEN timestamp '2023-07-01' AND timestamp '2024-01-10' AND e.encounter_id % 4 = 0;

-- Orders: the tests behind each lab encounter, ordered at the clinical
-- encounter of the same visit, and the drugs prescribed there.
CREATE TABLE omgen.clin AS
SELECT DISTINCT ON (e.visit_id) e.visit_id, e.encounter_id, e.at, e.provider_id, e.etype, e.i, e.hiv, e.tb, e.anc, e.ncd, e.born, e.sex, v.admitted, v.k
FROM omgen.enc e JOIN omgen.vis v ON v.visit_id = e.visit_id WHERE e.t = 2 ORDER BY e.visit_id;

CREATE TABLE omgen.tst AS
SELECT l.encounter_id AS lab_enc, l.at AS lab_at, c.encounter_id AS ord_enc, c.at AS ord_at, c.provider_id, c.i, c.hiv, c.tb, c.anc, c.ncd, c.admitted, c.sex, x.cid
FROM omgen.enc l JOIN omgen.clin c ON c.visit_id = l.visit_id
CROSS JOIN LATERAL (SELECT (ARRAY[856, 5497, 21, 887, 32, 1643, 1040, 162202, 45, 790])[g] AS cid FROM generate_series(1, 10) g
  WHERE CASE g WHEN 1 THEN c.hiv AND fixture_gen.n('tvl', l.encounter_id, 100) < 70 WHEN 2 THEN c.hiv AND fixture_gen.n('tcd4', l.encounter_id, 100) < 20
               WHEN 3 THEN fixture_gen.n('thb', l.encounter_id, 100) < 35 WHEN 4 THEN (c.ncd AND fixture_gen.n('trbs', l.encounter_id, 100) < 80) OR fixture_gen.n('trbs', l.encounter_id, 100) < 6
               WHEN 5 THEN NOT c.hiv AND fixture_gen.n('tbs', l.encounter_id, 100) < 35 WHEN 6 THEN fixture_gen.n('trdt', l.encounter_id, 100) < 22
               WHEN 7 THEN NOT c.hiv AND fixture_gen.n('thiv', l.encounter_id, 100) < 20 WHEN 8 THEN c.tb AND fixture_gen.n('txp', l.encounter_id, 100) < 70
               WHEN 9 THEN c.anc AND fixture_gen.n('tupt', l.encounter_id, 100) < 30 ELSE (c.ncd OR c.hiv) AND fixture_gen.n('tcr', l.encounter_id, 100) < 12 END) x
WHERE l.etype = 4;
INSERT INTO omgen.tst
SELECT l.encounter_id, l.at, c.encounter_id, c.at, c.provider_id, c.i, c.hiv, c.tb, c.anc, c.ncd, c.admitted, c.sex, 21
FROM omgen.enc l JOIN omgen.clin c ON c.visit_id = l.visit_id WHERE l.etype = 4 AND NOT EXISTS (SELECT 1 FROM omgen.tst t WHERE t.lab_enc = l.encounter_id);

CREATE TABLE omgen.drx AS
SELECT c.encounter_id AS ord_enc, c.at AS ord_at, c.provider_id, c.i, c.admitted, c.born, c.k, d.slot, d.drug_id
FROM omgen.clin c
CROSS JOIN LATERAL (SELECT g AS slot, CASE
    WHEN c.etype = 5 THEN (ARRAY[1, 2, 1, 18])[g + CASE WHEN c.born > c.at - interval '10 years' THEN 2 ELSE 0 END]
    WHEN c.etype = 9 THEN (ARRAY[13, 6])[g]
    WHEN c.etype = 10 THEN (ARRAY[8, 7, 9, 19])[1 + (fixture_gen.n('dncd', c.encounter_id, 4) + g - 1) % 4]
    WHEN c.etype = 6 THEN (ARRAY[10, 12])[g]
    WHEN c.admitted THEN (ARRAY[16, 11, 3, 20])[1 + (fixture_gen.n('dadm', c.encounter_id, 4) + g - 1) % 4]
    WHEN c.born > c.at - interval '6 years' THEN (ARRAY[15, 14, 5, 20])[1 + (fixture_gen.n('dkid', c.encounter_id, 4) + g - 1) % 4]
    ELSE (ARRAY[3, 5, 4, 3, 7, 2])[1 + (fixture_gen.n('dgen', c.encounter_id, 6) + g - 1) % 6] END AS drug_id
  FROM generate_series(1, 2) g
  WHERE g = 1 OR fixture_gen.n('d2', c.encounter_id, 100) < CASE WHEN c.etype = 5 THEN 30 ELSE 45 END) d
WHERE fixture_gen.n('drx', c.encounter_id, 100) < CASE WHEN c.etype IN (5, 9, 10) THEN 85 WHEN c.etype = 6 THEN 60 ELSE 55 END;

CREATE TABLE omgen.ord AS
SELECT row_number() OVER (ORDER BY ord_at, kind, x.ord_enc, x.n) + 1000 AS order_id, x.*
FROM (SELECT 't' AS kind, t.ord_enc, t.ord_at, t.provider_id, t.i, t.admitted, t.cid AS concept_id, NULL::int AS drug_id, t.lab_enc, t.lab_at, t.cid AS n FROM omgen.tst t
      UNION ALL
      SELECT 'd', d.ord_enc, d.ord_at, d.provider_id, d.i, d.admitted, CASE WHEN fixture_gen.n('dnc', d.ord_enc * 3 + d.slot, 100) < 2 THEN 5622 ELSE dr.concept_id END, dr.drug_id, NULL, NULL, d.slot
      FROM omgen.drx d JOIN drug dr ON dr.drug_id = d.drug_id) x;
UPDATE omgen.ord SET drug_id = NULL WHERE kind = 'd' AND concept_id = 5622;

CREATE TABLE orders (
    order_id serial PRIMARY KEY,
    order_type_id integer NOT NULL,
    concept_id integer NOT NULL,
    orderer integer NOT NULL,
    instructions text,
    date_activated timestamp,
    date_stopped timestamp,
    order_reason integer,
    order_reason_non_coded varchar(255),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    patient_id integer NOT NULL,
    accession_number varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    urgency varchar(50) DEFAULT 'ROUTINE' NOT NULL,
    order_number varchar(50) NOT NULL,
    order_action varchar(50) NOT NULL,
    comment_to_fulfiller varchar(1024),
    care_setting integer NOT NULL,
    encounter_id integer NOT NULL,
    fulfiller_comment varchar(1024),
    fulfiller_status varchar(50)
);
INSERT INTO orders
SELECT o.order_id, CASE o.kind WHEN 'd' THEN 2 ELSE 3 END, o.concept_id, o.provider_id,
       CASE WHEN o.kind = 'd' AND fixture_gen.n('oins', o.order_id, 100) < 25 THEN fixture_gen.pick(ARRAY['Take after meals', 'Counselled on adherence and side effects', 'Refill for 3 months (MMD)',
              'Pick next refill from Kibiito HC IV', 'Avoid alcohol', 'Complete the full dose even when feeling better', 'Continue until review in 2 weeks',
              'Daughter to supervise the evening dose', 'Patient prefers syrup, tablets crushed for now', 'Explained to the caretaker in Rutooro'], 'oinsv', o.order_id) END,
       o.ord_at + interval '3 minutes',
       CASE WHEN o.kind = 't' THEN o.lab_at + interval '10 minutes' WHEN o.order_id % 23 = 0 THEN o.ord_at + make_interval(days => 5 + (o.order_id % 20)::int) END,
       CASE WHEN o.kind = 'd' AND o.concept_id IN (164505, 105281) THEN 138405 WHEN o.kind = 'd' AND o.concept_id = 1131 THEN 112141 WHEN o.kind = 'd' AND o.concept_id = 79650 THEN 116128 END,
       CASE WHEN o.kind = 't' AND o.concept_id = 856 THEN fixture_gen.pick(ARRAY['Routine VL, 6 months on ART', 'Routine annual VL', 'Suspected treatment failure', 'Repeat VL after 3 IAC sessions',
                 'Pregnant, VL at first ANC', 'Client reports missed doses while in Kasese for 2 months'], 'orvl', o.order_id)
            WHEN o.kind = 't' AND fixture_gen.n('orr', o.order_id, 100) < 12 THEN fixture_gen.pick(ARRAY['Fever for 4 days, vomiting', 'Pallor, on ART', 'Pre-op work-up', 'Cough > 2 weeks and night sweats',
                 'Known diabetic, polyuria', 'Pt says her co-wife was treated for TB last year', 'Child feverish since Sunday per mother', 'Headache and joint pains after travel to Kasese'], 'orrv', o.order_id)
            WHEN o.kind = 'd' AND o.concept_id = 5622 THEN 'Not in the formulary' END,
       o.provider_id + 1, o.ord_at + interval '3 minutes', false, o.i,
       CASE WHEN o.kind = 't' THEN 'KDH-' || to_char(o.ord_at, 'YYMM') || '-' || lpad((o.order_id % 10000)::text, 4, '0') END,
       omgen.uu('order', o.order_id), CASE WHEN o.admitted AND o.order_id % 3 = 0 THEN 'STAT' ELSE 'ROUTINE' END, 'ORD-' || o.order_id, 'NEW',
       CASE WHEN fixture_gen.n('octf', o.order_id, 100) < 6 THEN fixture_gen.pick(ARRAY['Patient is a staff member: discreet dispensing please', 'Give 2 months supply, patient travelling to Kasese',
              'Call Sr. ' || omgen.fem('octfn', o.order_id) || ' on ext ' || (200 + o.order_id % 40) || ' when the result is back', 'Urgent: patient pregnant', 'Sample collected 10:40 at the ART clinic',
              'Mother will return with the child tomorrow', 'Results to be sent to ' || omgen.umail(omgen.mal('octfm', o.order_id), omgen.sur('octfs', o.order_id), 'octfe', o.order_id) || ' (referring clinician)',
              'Patient hard of hearing, speak to the escort', 'Repeat if haemolysed, do not call the patient''s husband'], 'octfv', o.order_id) END,
       CASE WHEN o.admitted THEN 2 ELSE 1 END, o.ord_enc,
       CASE WHEN o.kind = 't' AND fixture_gen.n('ofc', o.order_id, 100) < 15 THEN fixture_gen.pick(ARRAY['Sample received 10:40', 'DBS sent to CPHL by hub rider', 'Reagent stock-out, sample referred to Fort Portal RRH',
              'Sample haemolysed, recollected', 'Results released to ' || 'Dr. ' || omgen.sur('ofcd', o.order_id), 'Insufficient sample', 'Machine down (GeneXpert module 2)'], 'ofcv', o.order_id) END,
       CASE WHEN o.kind = 't' THEN CASE WHEN o.order_id % 41 = 0 THEN 'EXCEPTION' WHEN o.lab_at > timestamp '2024-06-27' THEN 'IN_PROGRESS' ELSE 'COMPLETED' END END
FROM omgen.ord o ORDER BY o.order_id;

CREATE TABLE drug_order (
    order_id integer PRIMARY KEY,
    drug_inventory_id integer,
    dose double precision,
    as_needed boolean DEFAULT false,
    quantity double precision,
    as_needed_condition varchar(255),
    dosing_instructions text,
    duration integer,
    frequency integer,
    route integer,
    dose_units integer,
    brand_name varchar(255),
    drug_non_coded varchar(255)
);
INSERT INTO drug_order
SELECT o.order_id, o.drug_id,
       CASE WHEN o.drug_id IN (14, 15) THEN 5 WHEN o.drug_id = 5 THEN 4 WHEN o.drug_id = 19 THEN 10 WHEN o.drug_id = 12 THEN 3 WHEN o.drug_id = 3 THEN 2 WHEN o.drug_id IS NULL THEN NULL ELSE 1 END,
       o.drug_id = 3 AND o.order_id % 2 = 0,
       CASE WHEN o.drug_id IN (1, 2, 7, 8, 9) THEN (ARRAY[30, 60, 90, 180])[1 + fixture_gen.n('dqty', o.order_id, 4)] WHEN o.drug_id = 5 THEN 24 WHEN o.drug_id = 13 THEN 56 WHEN o.drug_id = 3 THEN 18 WHEN o.drug_id IS NULL THEN NULL ELSE 10 END,
       CASE WHEN o.drug_id = 3 AND o.order_id % 2 = 0 THEN fixture_gen.pick(ARRAY['for pain', 'if fever above 38', 'for headache', 'when needed for pain, max 4 doses a day'], 'dprn', o.order_id) END,
       CASE WHEN fixture_gen.n('ddi', o.order_id, 100) < 35 OR o.drug_id IS NULL THEN CASE o.drug_id
              WHEN 1 THEN fixture_gen.pick(ARRAY['1 tab once daily at 8pm', '1 tablet nocte, same time every day', '1 od; treatment supporter ' || omgen.fem('ddits', o.order_id) || ' to remind her by phone'], 'ddiv', o.order_id)
              WHEN 5 THEN '4 tabs bd x 3/7 with food or milk; 1st dose given at OPD'
              WHEN 14 THEN 'Mother to give 5ml tds for 5 days'
              WHEN 15 THEN '5ml tds for 3 days, shake well'
              WHEN 13 THEN '3 tabs od on an empty stomach, DOT by ' || fixture_gen.pick(ARRAY['wife', 'husband', 'mother', 'VHT ' || omgen.fem('ddivht', o.order_id) || ' ' || omgen.sur('ddivhs', o.order_id)], 'ddot', o.order_id)
              WHEN 19 THEN '10 IU sc mane, 6 IU nocte; check RBS at home'
              WHEN 12 THEN '3 tabs stat under DOT at ANC'
              WHEN NULL THEN NULL
              ELSE fixture_gen.pick(ARRAY['1 tab bd', '1 tab tds x 5/7', '1 od in the morning', '2 tabs stat then 1 bd'], 'ddig', o.order_id) END END,
       CASE WHEN o.drug_id IN (1, 2, 7, 8, 9) THEN 30 * (1 + fixture_gen.n('ddur', o.order_id, 3)) WHEN o.drug_id = 5 THEN 3 WHEN o.drug_id = 13 THEN 56 ELSE 5 END,
       CASE WHEN o.drug_id IN (1, 2, 8, 9, 13) THEN 1 WHEN o.drug_id IN (5, 7) THEN 2 ELSE 3 END,
       CASE WHEN o.drug_id IN (11, 16) THEN 160242 WHEN o.drug_id = 19 THEN 160245 ELSE 160240 END,
       CASE WHEN o.drug_id IN (14, 15) THEN 1513 ELSE 1513 END,
       CASE WHEN fixture_gen.n('dbr', o.order_id, 100) < 10 THEN CASE o.drug_id WHEN 5 THEN fixture_gen.pick(ARRAY['Coartem', 'Lumartem', 'Lonart'], 'dbrv', o.order_id) WHEN 3 THEN 'Panadol'
              WHEN 2 THEN 'Septrin' WHEN 8 THEN 'Nifecard' WHEN 1 THEN 'Dolutegravir/Lamivudine/TDF (Macleods)' WHEN 4 THEN 'Amoxil' END END,
       CASE WHEN o.drug_id IS NULL THEN fixture_gen.pick(ARRAY['Diclofenac gel (bought at a drug shop)', 'Herbal mixture from a traditional healer', 'Chlorpheniramine 4mg', 'Prednisolone 5mg (private clinic)',
              'Mebendazole 500mg', 'Omeprazole 20mg'], 'dnc', o.order_id) END
FROM omgen.ord o WHERE o.kind = 'd' ORDER BY o.order_id;

CREATE TABLE test_order (
    order_id integer PRIMARY KEY,
    specimen_source integer,
    laterality varchar(20),
    clinical_history text
);
INSERT INTO test_order
SELECT o.order_id, CASE WHEN o.concept_id IN (45) THEN 159994 WHEN o.concept_id IN (162202) THEN 159995 WHEN o.concept_id = 856 THEN 1002 ELSE 1000 END, NULL,
       CASE WHEN fixture_gen.n('tch', o.order_id, 100) < 28 THEN fixture_gen.pick(ARRAY['On ART since 2016, TLD since 2020, adherence good per client',
              'Fever 39.2, no focus. Recent travel to Kasese.', 'G3P2 at 24 weeks, pallor', 'Weight loss 6kg in 2 months, night sweats; wife ' || omgen.fem('tchw', o.order_id) || ' on TB treatment',
              'Polyuria and polydipsia, RBS 14 at OPD', 'Child with convulsions x2 at home per grandmother', 'Lives with HIV+ partner, last test 6 months ago', 'Pre-op, elective hernia repair',
              'Tea estate worker, cough 3 weeks', 'Previous VL 1,240 copies/ml (March)'], 'tchv', o.order_id) END
FROM omgen.ord o WHERE o.kind = 't' ORDER BY o.order_id;

ANALYZE omgen.enc, omgen.ord, omgen.p, encounter, orders, form;

CREATE FUNCTION omgen.note(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 24)
    WHEN 0 THEN 'Pt c/o fever and headache x3/7, no vomiting. mRDT positive. Started on AL. Review if no improvement in 48 hrs.'
    WHEN 1 THEN 'Known hypertensive on nifedipine 20mg bd. BP still high today, adherence counselling done, HCTZ 25mg od added.'
    WHEN 2 THEN 'Child brought by mother ' || omgen.fem(tag || 'm', i) || ' ' || omgen.sur(tag || 'ms', i) || ' (' || omgen.ugphone(tag || 'mp', i) || '). Cough x1/52, fast breathing, no chest indrawing. Dx pneumonia, amoxicillin DT.'
    WHEN 3 THEN 'ANC revisit. FH 28cm, FHR 142 regular, no oedema. IPTp-SP given. Husband ' || omgen.mal(tag || 'h', i) || ' ' || omgen.sur(tag || 'hs', i) || ' tested HIV negative today.'
    WHEN 4 THEN 'Client reports missing 4 doses of TLD last month while working in Kasese. Adherence counselling session 2. VHT to follow up at home.'
    WHEN 5 THEN 'VL 1,250 copies/ml, unsuppressed. IAC started. Treatment supporter: ' || omgen.fem(tag || 't', i) || ' ' || omgen.sur(tag || 'ts', i) || ', ' || omgen.ugphone(tag || 'tp', i) || '.'
    WHEN 6 THEN 'Wound dressing done, wound clean and granulating. Review in 2 days.'
    WHEN 7 THEN 'Discharged in stable condition on oral medication. Review in OPD after 1 week.'
    WHEN 8 THEN 'Referred to Fort Portal RRH for obstetric ultrasound, referral letter given.'
    WHEN 9 THEN 'Lives with her daughter in ' || omgen.village(tag || 'v', i) || ' (near the primary school); daughter reachable on ' || omgen.ugphone(tag || 'dp', i) || '.'
    WHEN 10 THEN 'GeneXpert MTB detected, RIF resistance not detected. Notified the DTLS. Contacts to screen: wife ' || omgen.fem(tag || 'w', i) || ' and 3 children.'
    WHEN 11 THEN 'Reports drinking 4-5 bottles of beer daily. Brief intervention done, agreed to cut down.'
    WHEN 12 THEN 'Prefers to be called on her sister''s phone ' || omgen.ugphone(tag || 'sp', i) || ' as her husband does not know her status.'
    WHEN 13 THEN 'No complaints today. Vitals normal. Refill given for 3 months (MMD).'
    WHEN 14 THEN 'Moving to Nairobi next month, requested a transfer letter. New contact: ' || omgen.umail(omgen.fem(tag || 'e', i), omgen.sur(tag || 'es', i), tag || 'em', i) || '.'
    WHEN 15 THEN 'Epigastric pain after meals x2 months, no alarm signs. Started omeprazole, lifestyle advice.'
    WHEN 16 THEN 'Fell from a boda boda, abrasions on the left arm and knee. Cleaned and dressed, TT given.'
    WHEN 17 THEN 'RBS 12.4 mmol/L today, on metformin 500mg bd. Diet counselling, review in 1 month.'
    WHEN 18 THEN 'Mother reports the child has not eaten well for 2 weeks; father ' || omgen.mal(tag || 'f', i) || ' works at the tea estate and comes home on Sundays.'
    WHEN 19 THEN 'Seen with an interpreter (Kiswahili). Arrived from Kyaka II settlement three days ago.'
    WHEN 20 THEN 'PHQ-9 score 14. Referred to the mental health nurse, follow up in 2 weeks.'
    WHEN 21 THEN 'Dog bite on the right leg yesterday, dog not vaccinated (owner ' || omgen.mal(tag || 'o', i) || ' ' || omgen.sur(tag || 'os', i) || ' of ' || omgen.village(tag || 'ov', i) || '). Anti-rabies vaccine day 0 given.'
    WHEN 22 THEN 'Chest clear, abdomen soft, no organomegaly. Plan: FBC, B/S, review with results.'
    ELSE 'Counselled on family planning, chose implant. Consent given, procedure done under local anaesthesia.' END
$$;

CREATE TABLE obs (
    obs_id serial PRIMARY KEY,
    person_id integer NOT NULL,
    concept_id integer NOT NULL,
    encounter_id integer,
    order_id integer,
    obs_datetime timestamp NOT NULL,
    location_id integer,
    obs_group_id integer,
    accession_number varchar(255),
    value_coded integer,
    value_drug integer,
    value_datetime timestamp,
    value_numeric double precision,
    value_modifier varchar(2),
    value_text text,
    value_complex varchar(1000),
    comments varchar(255),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    previous_version integer,
    form_namespace_and_path varchar(255),
    status varchar(16) DEFAULT 'FINAL' NOT NULL,
    interpretation varchar(32)
);
INSERT INTO obs (person_id, concept_id, encounter_id, order_id, obs_datetime, location_id, accession_number, value_coded, value_drug, value_datetime, value_numeric, value_modifier,
                 value_text, value_complex, comments, creator, date_created, voided, void_reason, uuid, form_namespace_and_path, status, interpretation)
SELECT x.i, x.cid, x.encounter_id, x.order_id, x.at, x.loc, x.acc, x.vc, x.vd, x.vdt, x.vn, x.vm, x.vt, x.vx, x.cm, x.creator, x.at + interval '4 minutes',
       x.ev, CASE WHEN x.ev THEN 'Entered for the wrong patient' END, omgen.uu('obs' || x.cid, x.encounter_id), x.fnp, x.st, x.interp
FROM (
  -- Vital signs.
  SELECT e.i, v.cid, e.encounter_id, NULL::int AS order_id, e.at, en.location_id AS loc, NULL::text AS acc, NULL::int AS vc, NULL::int AS vd, NULL::timestamp AS vdt, v.vn, NULL::text AS vm,
         NULL::text AS vt, NULL::text AS vx,
         CASE WHEN v.slot = 1 AND fixture_gen.n('ocm', e.encounter_id, 100) < 5 THEN fixture_gen.pick(ARRAY['Weighed with clothes on', 'Could not stand, estimated', 'Scale recalibrated',
              'Child crying during measurement', 'Weighed on the baby scale'], 'ocmv', e.encounter_id) END AS cm,
         e.creator, en.voided AS ev, 'HtmlFormEntry^Vitals.1.0/' || (ARRAY['weight', 'height', 'bp-systolic', 'bp-diastolic', 'pulse', 'temperature', 'resp-rate', 'spo2', 'muac'])[v.slot] || '-0' AS fnp,
         'FINAL' AS st, CASE WHEN v.slot = 3 AND v.vn >= 140 THEN 'ABNORMAL' WHEN v.slot = 6 AND v.vn >= 38 THEN 'ABNORMAL' WHEN v.slot = 8 AND v.vn < 92 THEN 'CRITICALLY_ABNORMAL' END AS interp, v.slot AS ord
  FROM omgen.enc e JOIN encounter en ON en.encounter_id = e.encounter_id
  CROSS JOIN LATERAL (SELECT extract(epoch FROM e.at - e.born) / 31557600.0 AS age) a
  CROSS JOIN LATERAL (SELECT s AS slot, (ARRAY[5089, 5090, 5085, 5086, 5087, 5088, 5242, 5092, 1343])[s] AS cid,
        CASE s WHEN 1 THEN round((CASE WHEN a.age < 1 THEN 3.2 + a.age * 6 WHEN a.age < 5 THEN 9 + a.age * 2 WHEN a.age < 15 THEN 15 + (a.age - 5) * 3.5 ELSE 48 + (e.i % 40) END
                                  + fixture_gen.n('ow', e.encounter_id, 40) / 10.0)::numeric, 1)::float8
               WHEN 2 THEN CASE WHEN a.age < 15 THEN round((50 + least(a.age, 14) * 7.5 + fixture_gen.n('oh', e.encounter_id, 80) / 10.0)::numeric, 1)::float8 ELSE 148 + e.i % 35 END
               WHEN 3 THEN 100 + fixture_gen.n('osb', e.encounter_id, CASE WHEN e.ncd THEN 80 ELSE 45 END)
               WHEN 4 THEN 60 + fixture_gen.n('odb', e.encounter_id, CASE WHEN e.ncd THEN 45 ELSE 30 END)
               WHEN 5 THEN 60 + fixture_gen.n('opr', e.encounter_id, 60)
               WHEN 6 THEN round((36.0 + fixture_gen.n('otp', e.encounter_id, 36) / 10.0)::numeric, 1)::float8
               WHEN 7 THEN CASE WHEN a.age < 5 THEN 24 + fixture_gen.n('orr', e.encounter_id, 30) ELSE 14 + fixture_gen.n('orr', e.encounter_id, 12) END
               WHEN 8 THEN 88 + fixture_gen.n('osp', e.encounter_id, 13)
               ELSE round((11.0 + fixture_gen.n('omu', e.encounter_id, 50) / 10.0)::numeric, 1)::float8 END AS vn
      FROM generate_series(1, 9) s
      WHERE CASE s WHEN 2 THEN a.age < 15 OR fixture_gen.n('ohx', e.encounter_id, 10) < 3 WHEN 3 THEN a.age >= 15 WHEN 4 THEN a.age >= 15 WHEN 7 THEN a.age < 15 OR fixture_gen.n('orx', e.encounter_id, 10) < 3
                   WHEN 8 THEN fixture_gen.n('ospx', e.encounter_id, 10) < 4 WHEN 9 THEN a.age BETWEEN 0.5 AND 5 ELSE true END) v
  WHERE e.etype = 2
  UNION ALL
  -- Clinical forms: notes, comments, problems, the ART card and the ANC card.
  SELECT e.i, c.cid, e.encounter_id, NULL, e.at, en.location_id, NULL, c.vc, c.vd, c.vdt, NULL, NULL, c.vt, NULL, NULL, e.creator, en.voided,
         'HtmlFormEntry^' || f.name || '.' || f.version || '/' || c.path, 'FINAL', NULL, 10 + c.slot
  FROM omgen.enc e JOIN encounter en ON en.encounter_id = e.encounter_id JOIN form f ON f.form_id = e.form_id
  CROSS JOIN LATERAL (SELECT s AS slot, (ARRAY[162169, 161011, 1284, 1088, 159635, 160638, 160642, 1427, 5596, 5272])[s] AS cid,
        CASE s WHEN 3 THEN CASE WHEN e.hiv THEN 138405 WHEN e.ncd THEN (ARRAY[117399, 119481])[1 + e.i % 2] WHEN e.tb THEN 112141
                                ELSE (ARRAY[116128, 114100, 142412, 121629, 111633, 126960, 117543, 143264, 140238, 117703, 114413, 155])[1 + fixture_gen.n('opl', e.encounter_id, 12)] END
               WHEN 4 THEN CASE WHEN e.born > e.at - interval '10 years' THEN 162199 WHEN e.at < timestamp '2020-10-01' AND e.i % 3 = 0 THEN 161364 ELSE 164505 END
               WHEN 10 THEN 1065 END AS vc,
        CASE s WHEN 4 THEN CASE WHEN e.born > e.at - interval '10 years' THEN 18 WHEN e.at < timestamp '2020-10-01' AND e.i % 3 = 0 THEN 17 ELSE 1 END END AS vd,
        CASE s WHEN 8 THEN date_trunc('day', e.at) - make_interval(days => 60 + fixture_gen.n('olmp', e.encounter_id, 150))
               WHEN 9 THEN date_trunc('day', e.at) - make_interval(days => 60 + fixture_gen.n('olmp', e.encounter_id, 150)) + interval '280 days' END AS vdt,
        CASE s WHEN 1 THEN omgen.note('onote', e.encounter_id)
               WHEN 2 THEN fixture_gen.pick(ARRAY['Patient anxious about the results', 'Referred to the nutritionist', 'BP repeated after 10 minutes of rest', 'Escort: ' || omgen.fem('ocme', e.encounter_id) || ' ' || omgen.sur('ocmes', e.encounter_id) || ' (sister)',
                        'Will come with her husband ' || omgen.mal('ocmh', e.encounter_id) || ' next visit', 'Temperature taken after paracetamol at home', 'Health education on malaria prevention given',
                        'Given an appointment card', 'Patient could not afford transport, given the VHT''s number'], 'ocmv', e.encounter_id)
               WHEN 5 THEN omgen.eaphone('ophn', e.encounter_id)
               WHEN 6 THEN CASE WHEN e.i % 2 = 0 THEN omgen.fem('otsn', e.i) ELSE omgen.mal('otsn', e.i) END || ' ' || omgen.sur('otsl', e.i)
               WHEN 7 THEN omgen.ugphone('otsp', e.i) END AS vt,
        (ARRAY['clinician-note-0', 'comment-0', 'problem-added-0', 'art-regimen-0', 'phone-confirmed-0', 'ts-name-0', 'ts-phone-0', 'lmp-0', 'edd-0', 'pregnant-0'])[s] AS path
      FROM generate_series(1, 10) s
      WHERE CASE s WHEN 1 THEN fixture_gen.n('onx', e.encounter_id, 100) < 55 WHEN 2 THEN fixture_gen.n('ocx', e.encounter_id, 100) < 12
                   WHEN 3 THEN fixture_gen.n('oplx', e.encounter_id, 100) < 40 WHEN 4 THEN e.etype = 5 AND fixture_gen.n('oartx', e.encounter_id, 100) < 60
                   WHEN 5 THEN e.etype = 5 AND fixture_gen.n('ophx', e.encounter_id, 100) < 15 WHEN 6 THEN e.etype = 5 AND fixture_gen.n('otsx', e.encounter_id, 100) < 12
                   WHEN 7 THEN e.etype = 5 AND fixture_gen.n('otsx', e.encounter_id, 100) < 11 ELSE e.etype = 6 END) c
  WHERE e.etype IN (3, 5, 6, 7, 8, 9, 10) AND e.form_id IS NOT NULL
  UNION ALL
  -- Lab results, linked to their orders.
  SELECT o.i, o.concept_id, o.lab_enc, o.order_id, o.lab_at, 11, od.accession_number, r.vc, NULL, NULL, r.vn, r.vm, NULL, NULL,
         CASE WHEN fixture_gen.n('olc', o.order_id, 100) < 9 THEN fixture_gen.pick(ARRAY['Verified by ' || s.given || ' ' || s.family, 'Repeat done, same result', 'Hb by HemoCue',
              'Called to the ward, Sr. ' || omgen.fem('olcs', o.order_id) || ' informed', 'Sample from Bukuku HC III hub', 'Result phoned to the patient on ' || omgen.ugphone('olcp', o.order_id),
              'Slight haemolysis', 'Result from CPHL, received by HL7'], 'olcv', o.order_id) END,
         en.creator, en.voided, CASE WHEN en.form_id = 7 THEN 'HtmlFormEntry^Lab Result Entry.1.0/result-' || o.concept_id ELSE NULL END,
         CASE WHEN o.lab_at > timestamp '2024-06-20' THEN 'PRELIMINARY' WHEN o.order_id % 53 = 0 THEN 'AMENDED' ELSE 'FINAL' END, r.interp, 30
  FROM omgen.ord o JOIN orders od ON od.order_id = o.order_id JOIN encounter en ON en.encounter_id = o.lab_enc JOIN omgen.p s ON s.i = 38 + o.order_id % 6
  CROSS JOIN LATERAL (SELECT
        CASE WHEN o.concept_id IN (32, 1643, 1040, 162202, 45) THEN CASE WHEN fixture_gen.n('olr', o.order_id, 100) < CASE o.concept_id WHEN 32 THEN 35 WHEN 1643 THEN 40 WHEN 1040 THEN 4 WHEN 162202 THEN 25 ELSE 50 END THEN 703 ELSE 664 END END AS vc,
        CASE o.concept_id WHEN 856 THEN CASE WHEN fixture_gen.n('ovl', o.order_id, 100) < 70 THEN 50 WHEN fixture_gen.n('ovl', o.order_id, 100) < 88 THEN 50 + fixture_gen.n('ovlv', o.order_id, 950) ELSE 1000 + fixture_gen.n('ovlv', o.order_id, 150000) END
                          WHEN 5497 THEN 50 + fixture_gen.n('ocd4', o.order_id, 1150) WHEN 21 THEN round((6 + fixture_gen.n('ohb', o.order_id, 105) / 10.0)::numeric, 1)::float8
                          WHEN 887 THEN round((3.5 + fixture_gen.n('orbs', o.order_id, 185) / 10.0)::numeric, 1)::float8 WHEN 790 THEN 45 + fixture_gen.n('ocr', o.order_id, 255) END AS vn,
        CASE WHEN o.concept_id = 856 AND fixture_gen.n('ovl', o.order_id, 100) < 70 THEN '<' END AS vm,
        CASE o.concept_id WHEN 856 THEN CASE WHEN fixture_gen.n('ovl', o.order_id, 100) >= 88 THEN 'ABNORMAL' END WHEN 21 THEN CASE WHEN fixture_gen.n('ohb', o.order_id, 105) < 20 THEN 'CRITICALLY_LOW' WHEN fixture_gen.n('ohb', o.order_id, 105) < 50 THEN 'LOW' ELSE 'NORMAL' END
                          WHEN 887 THEN CASE WHEN fixture_gen.n('orbs', o.order_id, 185) > 75 THEN 'HIGH' ELSE 'NORMAL' END WHEN 5497 THEN CASE WHEN fixture_gen.n('ocd4', o.order_id, 1150) < 150 THEN 'LOW' END END AS interp) r
  WHERE o.kind = 't' AND od.fulfiller_status IN ('COMPLETED', 'IN_PROGRESS')
  UNION ALL
  -- Scanned documents (complex obs: title|file name in the complex obs directory).
  SELECT e.i, 163138, e.encounter_id, NULL, e.at, e.location_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         fixture_gen.pick(ARRAY['Referral letter from Kibiito HC IV', 'Consent for surgery signed by ' || omgen.mal('oxs', e.encounter_id) || ' ' || omgen.sur('oxss', e.encounter_id) || ' (father)',
           'Old paper ART card', 'Photo of the wound', 'Copy of the national ID', 'Lab report from a private clinic', 'Police form 3 (assault)'], 'oxt', e.encounter_id)
         || '|' || fixture_gen.pick(ARRAY['scan', 'IMG', 'doc'], 'oxf', e.encounter_id) || '_' || to_char(e.at, 'YYYYMMDD_HH24MISS') || '.' || fixture_gen.pick(ARRAY['pdf', 'jpg', 'jpg'], 'oxe', e.encounter_id),
         NULL, e.creator, false, NULL, 'FINAL', NULL, 40
  FROM omgen.enc e WHERE e.etype = 11
) x
ORDER BY x.at, x.encounter_id, x.ord, x.cid;

-- Edited observations: the first value voided, the new one pointing back to it.
INSERT INTO obs (person_id, concept_id, encounter_id, obs_datetime, location_id, value_numeric, creator, date_created, voided, void_reason, uuid, form_namespace_and_path, status)
SELECT person_id, concept_id, encounter_id, obs_datetime, location_id, value_numeric * 10, creator, date_created, true, 'Corrected: decimal point', omgen.uu('obsprev', obs_id), form_namespace_and_path, 'FINAL'
FROM obs WHERE concept_id IN (5089, 5088) AND obs_id % 89 = 0 ORDER BY obs_id;
UPDATE obs o SET previous_version = p.obs_id, status = 'AMENDED' FROM obs p
WHERE p.voided AND p.void_reason = 'Corrected: decimal point' AND p.encounter_id = o.encounter_id AND p.concept_id = o.concept_id AND NOT o.voided;

-- Conditions (the problem list), diagnoses of encounters and their attributes.
CREATE TABLE conditions (
    condition_id serial PRIMARY KEY,
    additional_detail varchar(255),
    condition_coded integer,
    condition_non_coded varchar(255),
    clinical_status varchar(50) NOT NULL,
    verification_status varchar(50),
    onset_date timestamp,
    end_date timestamp,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE,
    creator integer NOT NULL,
    patient_id integer NOT NULL
);
INSERT INTO conditions (additional_detail, condition_coded, condition_non_coded, clinical_status, verification_status, onset_date, end_date, date_created, voided, uuid, creator, patient_id)
SELECT CASE WHEN fixture_gen.n('cad', x.i * 7 + x.src, 100) < 40 THEN CASE x.src
         WHEN 1 THEN fixture_gen.pick(ARRAY['Tested positive at Kibiito HC IV in ' || (2010 + x.i % 12) || ', transferred in on TLE', 'Disclosed to her husband ' || omgen.mal('cadh', x.i) || ' in 2022, he is on ART at Virika',
                     'Does not want the status shared with family; contact only on ' || omgen.ugphone('cadp', x.i), 'Perinatally infected, mother ' || omgen.fem('cadm', x.i) || ' also in care here', 'WHO stage III at enrolment (oral candidiasis)'], 'cadv1', x.i)
         WHEN 2 THEN fixture_gen.pick(ARRAY['Completed 6 months RHZE/RH, cured', 'Contact of ' || omgen.mal('cadt', x.i) || ' ' || omgen.sur('cadts', x.i) || ' (index case, 2021)', 'Bacteriologically confirmed (GeneXpert)'], 'cadv2', x.i)
         WHEN 3 THEN fixture_gen.pick(ARRAY['Diagnosed at Mulago in 2015, on insulin since 2020', 'Family history: mother and two brothers', 'Poorly controlled, lives alone, granddaughter ' || omgen.fem('cadg', x.i) || ' collects the drugs',
                     'BP first found high at a workplace screening (tea estate)', 'On nifedipine since 2018'], 'cadv3', x.i)
         ELSE fixture_gen.pick(ARRAY['Per mother, fits since early childhood', 'Uses salbutamol inhaler bought in Fort Portal', 'Sickle cell confirmed by HbE at Fort Portal RRH, 2017', 'Since a fall from a jackfruit tree in 2019',
                     'Followed at Ruharo Mission Hospital eye clinic'], 'cadv4', x.i) END END,
       x.cc, x.cn, CASE WHEN x.src = 2 AND x.enrolled < timestamp '2024-01-01' THEN 'INACTIVE' ELSE 'ACTIVE' END, CASE WHEN x.src = 4 AND x.i % 3 = 0 THEN 'PROVISIONAL' ELSE 'CONFIRMED' END,
       x.enrolled - make_interval(days => fixture_gen.n('con', x.i * 7 + x.src, 700)), CASE WHEN x.src = 2 AND x.enrolled < timestamp '2024-01-01' THEN x.enrolled + interval '183 days' END,
       x.enrolled + interval '1 hour', x.i % 101 = 0, omgen.uu('cond' || x.src, x.i), 4 + fixture_gen.n('ccr', x.i, 14), x.i
FROM (SELECT g.i, CASE g.program_id WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 3 END AS src, g.enrolled,
             CASE g.program_id WHEN 1 THEN 138405 WHEN 2 THEN 112141 ELSE (ARRAY[117399, 119481, 117399])[1 + g.i % 3] END AS cc, NULL::text AS cn
      FROM omgen.prog g WHERE g.program_id IN (1, 2, 4)
      UNION ALL
      SELECT p.i, 4, r.at, CASE WHEN fixture_gen.n('ccx', p.i, 5) = 0 THEN 5622 ELSE (ARRAY[155, 114413, 134561, 119537])[1 + fixture_gen.n('ccc', p.i, 4)] END,
             CASE WHEN fixture_gen.n('ccx', p.i, 5) = 0 THEN fixture_gen.pick(ARRAY['Post-polio paralysis, left leg', 'Hearing impairment', 'Rheumatic heart disease', 'Cleft lip (repaired 2016)', 'Cataract, right eye', 'Podoconiosis'], 'ccn', p.i) END
      FROM omgen.p p JOIN omgen.reg r ON r.i = p.i WHERE p.kind = 'patient' AND fixture_gen.n('ccond', p.i, 100) < 7) x
ORDER BY x.enrolled;
UPDATE conditions SET condition_coded = NULL WHERE condition_coded = 5622;

CREATE TABLE encounter_diagnosis (
    diagnosis_id serial PRIMARY KEY,
    diagnosis_coded integer,
    diagnosis_non_coded varchar(255),
    encounter_id integer NOT NULL,
    patient_id integer NOT NULL,
    condition_id integer REFERENCES conditions,
    certainty varchar(255) NOT NULL,
    dx_rank integer NOT NULL,
    uuid char(38) NOT NULL UNIQUE,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL
);
INSERT INTO encounter_diagnosis (diagnosis_coded, diagnosis_non_coded, encounter_id, patient_id, condition_id, certainty, dx_rank, uuid, creator, date_created, voided)
SELECT CASE WHEN d.nc IS NULL THEN d.cc END, d.nc, c.encounter_id, c.i, cd.condition_id, CASE WHEN fixture_gen.n('dxc', c.encounter_id * 2 + d.r, 10) < 7 THEN 'CONFIRMED' ELSE 'PROVISIONAL' END,
       d.r, omgen.uu('dx' || d.r, c.encounter_id), c.provider_id + 1, c.at + interval '20 minutes', en.voided
FROM omgen.clin c JOIN encounter en ON en.encounter_id = c.encounter_id
CROSS JOIN LATERAL (SELECT r, CASE WHEN r = 1 AND c.hiv AND c.etype = 5 THEN 138405 WHEN r = 1 AND c.etype = 10 THEN (ARRAY[117399, 119481])[1 + c.i % 2] WHEN r = 1 AND c.etype = 9 THEN 112141
                                   ELSE (ARRAY[116128, 114100, 142412, 121629, 111633, 126960, 117543, 160155, 117703, 114413, 140238, 143264])[1 + fixture_gen.n('dxg', c.encounter_id * 2 + r, 12)] END AS cc,
                           CASE WHEN fixture_gen.n('dxn', c.encounter_id * 2 + r, 100) < 6 THEN fixture_gen.pick(ARRAY['Snake bite, left foot', 'Jigger infestation', 'Burns from a paraffin lamp', 'Alcohol intoxication',
                                  'Assault injuries (reported by patient)', 'Dental caries', 'Acute otitis media', 'Threatened abortion', 'Hernia, inguinal', 'Conjunctivitis'], 'dxnv', c.encounter_id * 2 + r) END AS nc
                    FROM generate_series(1, 2) r WHERE r = 1 OR fixture_gen.n('dx2', c.encounter_id, 100) < 30) d
LEFT JOIN (SELECT DISTINCT ON (patient_id, condition_coded) patient_id, condition_coded, condition_id FROM conditions ORDER BY patient_id, condition_coded, condition_id) cd ON cd.patient_id = c.i AND cd.condition_coded = d.cc
WHERE c.etype IN (3, 5, 7, 9, 10) AND fixture_gen.n('dxx', c.encounter_id, 100) < 70
ORDER BY c.at, c.encounter_id, d.r;

-- Attributes: 1 notifiable disease reported (IDSR), 2 date reported, 3 source of the diagnosis.
CREATE TABLE diagnosis_attribute (
    diagnosis_attribute_id serial PRIMARY KEY,
    diagnosis_id integer NOT NULL REFERENCES encounter_diagnosis,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid char(38) NOT NULL UNIQUE,
    date_created timestamp NOT NULL
);
INSERT INTO diagnosis_attribute (diagnosis_id, attribute_type_id, value_reference, uuid, date_created)
SELECT d.diagnosis_id, t.t, CASE t.t WHEN 1 THEN 'true' WHEN 2 THEN to_char(d.date_created + interval '1 day', 'YYYY-MM-DD')
                                     ELSE fixture_gen.pick(ARRAY['Clinical', 'Laboratory (mRDT)', 'Laboratory (microscopy)', 'Laboratory (GeneXpert)', 'Radiological', 'Referral note'], 'dasrc', d.diagnosis_id) END,
       omgen.uu('da' || t.t, d.diagnosis_id), d.date_created
FROM encounter_diagnosis d CROSS JOIN generate_series(1, 3) t(t)
WHERE (t.t IN (1, 2) AND d.diagnosis_coded IN (160155, 112141, 117703) AND d.certainty = 'CONFIRMED') OR (t.t = 3 AND d.diagnosis_id % 4 = 0)
ORDER BY d.diagnosis_id, t.t;

-- Allergies, with the patient's allergy_status kept in step.
CREATE TABLE allergy (
    allergy_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patient,
    severity_concept_id integer,
    coded_allergen integer NOT NULL,
    non_coded_allergen varchar(255),
    allergen_type varchar(50) NOT NULL,
    comments varchar(1024),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO allergy (patient_id, severity_concept_id, coded_allergen, non_coded_allergen, allergen_type, comments, creator, date_created, voided, uuid)
SELECT p.i, (ARRAY[1498, 1499, 1500, 1498])[1 + fixture_gen.n('alsev', p.i, 4)], a.cc, a.nc, a.typ,
       CASE WHEN fixture_gen.n('alcm', p.i, 100) < 45 THEN CASE a.typ
         WHEN 'DRUG' THEN fixture_gen.pick(ARRAY['Developed a rash after the first dose in 2019 (per daughter ' || omgen.fem('alcd', p.i) || ')',
              'Reaction seen at Kibiito HC IV, documented on the referral note', 'Patient not sure of the drug name, "the white injection"', 'Mother reports hives after the syrup',
              'Confirmed by Dr. ' || omgen.sur('alcdr', p.i) || ' on admission', 'Avoid in pregnancy, use alternatives'], 'alcmv', p.i)
         WHEN 'FOOD' THEN fixture_gen.pick(ARRAY['Swelling of the face after eating as a child', 'Vomits every time per mother ' || omgen.fem('alcf', p.i), 'Mild, itching only'], 'alcmv', p.i)
         ELSE fixture_gen.pick(ARRAY['Stung by bees while harvesting honey, collapsed', 'Sneezing and wheeze in the dry season', 'Rash from gloves used at the tea estate'], 'alcmv', p.i) END END,
       20 + fixture_gen.n('alcr', p.i, 30), r.at + make_interval(days => fixture_gen.n('aldt', p.i, 300)), p.i % 61 = 0, omgen.uu('allergy', p.i)
FROM omgen.p p JOIN omgen.reg r ON r.i = p.i JOIN person ps ON ps.person_id = p.i
CROSS JOIN LATERAL (SELECT CASE WHEN k < 5 THEN (ARRAY[162297, 162298, 162299, 162297, 162298])[k + 1] WHEN k < 7 THEN (ARRAY[162301, 162302])[k - 4] WHEN k < 9 THEN (ARRAY[162303, 162304])[k - 6] ELSE 5622 END AS cc,
                           CASE WHEN k >= 9 THEN fixture_gen.pick(ARRAY['Chloroquine', 'Fansidar', 'Local herbs (omuhoko)', 'Cassava', 'Latex gloves', 'Quinine'], 'alnc', p.i) END AS nc,
                           CASE WHEN k < 5 OR (k >= 9 AND fixture_gen.n('alnc', p.i, 6) IN (0, 1, 5)) THEN 'DRUG' WHEN k < 7 OR (k >= 9 AND fixture_gen.n('alnc', p.i, 6) = 3) THEN 'FOOD' ELSE 'ENVIRONMENT' END AS typ
                    FROM (SELECT fixture_gen.n('alk', p.i, 11) AS k) kk) a
WHERE p.kind = 'patient' AND NOT ps.voided AND fixture_gen.n('alx', p.i, 100) < 8
ORDER BY 9;
UPDATE patient p SET allergy_status = 'See list' FROM allergy a WHERE a.patient_id = p.patient_id AND NOT a.voided;

CREATE TABLE allergy_reaction (
    allergy_reaction_id serial PRIMARY KEY,
    allergy_id integer NOT NULL REFERENCES allergy,
    reaction_concept_id integer NOT NULL,
    reaction_non_coded varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO allergy_reaction (allergy_id, reaction_concept_id, reaction_non_coded, uuid)
SELECT a.allergy_id, x.rc, CASE WHEN x.rc = 5622 THEN fixture_gen.pick(ARRAY['Swelling of the lips', 'Stevens-Johnson syndrome (2018)', 'Fainted', 'Difficulty breathing', 'Peeling skin'], 'arnc', a.allergy_id * 2 + x.r) END,
       omgen.uu('ar' || x.r, a.allergy_id)
FROM allergy a CROSS JOIN LATERAL (SELECT r, (ARRAY[512, 879, 139581, 148888, 5978, 5622, 512, 139581])[1 + fixture_gen.n('arc', a.allergy_id * 2 + r, 8)] AS rc
                                   FROM generate_series(1, 2) r WHERE r = 1 OR a.allergy_id % 3 = 0) x
ORDER BY a.allergy_id, x.r;

-- Appointments (the appointments module).
CREATE TABLE appointment_service (
    appointment_service_id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    description varchar(255),
    start_time time,
    end_time time,
    location_id integer REFERENCES location,
    max_appointments_limit integer,
    duration_mins integer,
    color varchar(8),
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO appointment_service VALUES
  (1, 'ART Refill', 'Drug refill and adherence check, ART clinic', '08:00', '13:00', 9, 80, 15, '#2E7D32', omgen.uu('apsvc', 1)),
  (2, 'Viral Load Bleeding', 'Sample collection for VL, sent to CPHL on Tuesdays', '08:00', '11:00', 11, 40, 10, '#C62828', omgen.uu('apsvc', 2)),
  (3, 'ANC', 'Antenatal care revisits', '08:30', '16:00', 17, 60, 20, '#AD1457', omgen.uu('apsvc', 3)),
  (4, 'NCD Review', 'Hypertension and diabetes, Fridays', '09:00', '15:00', 16, 45, 20, '#1565C0', omgen.uu('apsvc', 4)),
  (5, 'TB DOTS Review', 'Monthly review and sputum follow-up', '09:00', '12:00', 10, 20, 15, '#6D4C41', omgen.uu('apsvc', 5)),
  (6, 'Post-discharge Review', 'Review one to two weeks after discharge', '09:00', '16:00', 3, 30, 20, '#F9A825', omgen.uu('apsvc', 6)),
  (7, 'Immunisation', 'EPI schedule, MCH clinic', '08:00', '14:00', 17, 100, 10, '#00838F', omgen.uu('apsvc', 7)),
  (8, 'Family Planning', NULL, '08:00', '16:00', 17, 30, 20, '#7B1FA2', omgen.uu('apsvc', 8)),
  (9, 'Telehealth Consultation', 'Phone or video follow-up for stable clients', '14:00', '17:00', 9, 20, 15, '#455A64', omgen.uu('apsvc', 9)),
  (10, 'Surgical Camp', 'Visiting surgeon, quarterly', '08:00', '17:00', 14, 25, 45, '#37474F', omgen.uu('apsvc', 10));

CREATE TABLE patient_appointment (
    patient_appointment_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patient,
    appointment_number varchar(50) NOT NULL,
    start_date_time timestamp,
    end_date_time timestamp,
    appointment_service_id integer REFERENCES appointment_service,
    status varchar(45) NOT NULL,
    location_id integer REFERENCES location,
    appointment_kind varchar(45) NOT NULL,
    comments varchar(255),
    uuid char(38) NOT NULL UNIQUE,
    date_created timestamp NOT NULL,
    creator integer NOT NULL,
    voided boolean DEFAULT false,
    tele_health_video_link varchar(255),
    provider_id integer REFERENCES provider
);
INSERT INTO patient_appointment (patient_id, appointment_number, start_date_time, end_date_time, appointment_service_id, status, location_id, appointment_kind, comments, uuid, date_created, creator, voided, tele_health_video_link, provider_id)
SELECT a.i, '0000', a.st, a.st + make_interval(mins => s.duration_mins), a.svc,
       CASE WHEN a.st > timestamp '2024-06-28' THEN 'Scheduled' WHEN fixture_gen.n('aps', a.visit_id, 100) < 12 THEN 'Missed' WHEN fixture_gen.n('aps', a.visit_id, 100) < 16 THEN 'Cancelled' ELSE 'Completed' END,
       s.location_id, CASE WHEN a.svc = 9 THEN 'Virtual' WHEN fixture_gen.n('apk', a.visit_id, 100) < 5 THEN 'WalkIn' ELSE 'Scheduled' END,
       CASE WHEN fixture_gen.n('apc', a.visit_id, 100) < 28 THEN fixture_gen.pick(ARRAY['Bring VL results', 'Come fasting for RBS', 'Refill for 3 months', 'Call caretaker ' || omgen.fem('apcn', a.visit_id) || ' ' || omgen.sur('apcs', a.visit_id) || ' on ' || omgen.ugphone('apcp', a.visit_id) || ' a day before',
              'Bring the child''s immunisation card', 'Patient works night shifts, prefers afternoon', 'IAC session 3', 'Wants to come with her partner for couple testing', 'Reminder SMS bounced, number changed?',
              'Transport refund approved (MSF)', 'Review post-op wound'], 'apcv', a.visit_id) END,
       omgen.uu('appt', a.visit_id), a.vat + interval '2 hours', CASE WHEN a.svc IN (1, 2, 9) THEN 54 + a.visit_id % 4 ELSE omgen.clerk('apcr', a.visit_id) END,
       a.visit_id % 83 = 0,
       CASE WHEN a.svc = 9 THEN 'https://meet.jit.si/kdh-' || fixture_gen.chars('apvl', a.visit_id, 24, 'abcdefghijkmnopqrstuvwxyz23456789') END,
       CASE WHEN a.svc IN (4, 6, 10) THEN CASE WHEN a.svc = 10 THEN 72 ELSE 1 + fixture_gen.n('appr', a.visit_id, 16) END END
FROM (SELECT v.visit_id, v.i, v.start AS vat,
             date_trunc('day', v.start) + make_interval(days => CASE WHEN v.hiv THEN 28 * (1 + fixture_gen.n('apd', v.visit_id, 3)) ELSE 14 + fixture_gen.n('apd', v.visit_id, 40) END, hours => 8 + fixture_gen.n('aph', v.visit_id, 7)) AS st,
             CASE WHEN v.hiv AND fixture_gen.n('apsv', v.visit_id, 10) = 0 THEN 9 WHEN v.hiv AND v.k % 3 = 0 THEN 2 WHEN v.hiv THEN 1 WHEN v.anc AND v.k <= 3 THEN 3 WHEN v.ncd THEN 4 WHEN v.tb THEN 5
                  WHEN v.admitted THEN 6 WHEN v.born > v.start - interval '2 years' THEN 7 WHEN fixture_gen.n('apsv', v.visit_id, 30) = 0 THEN 10 WHEN v.sex = 'F' AND fixture_gen.n('apsv', v.visit_id, 20) = 1 THEN 8 END AS svc
      FROM omgen.vis v) a
JOIN appointment_service s ON s.appointment_service_id = a.svc
ORDER BY a.vat, a.visit_id;
UPDATE patient_appointment SET appointment_number = lpad(patient_appointment_id::text, 6, '0');

-- Cohorts (tracing lists, audit samples).
CREATE TABLE cohort (
    cohort_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(1000),
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    voided boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO cohort VALUES
  (1, 'Unsuppressed VL - IAC list Q1 2024', 'Clients with VL >= 1000 copies/ml for intensive adherence counselling', 55, '2024-01-08 10:12:00', false, omgen.uu('cohort', 1)),
  (2, 'Missed ART appointment > 14 days', 'Tracing list for the VHT ' || (SELECT given || ' ' || family FROM omgen.p WHERE i = 1290) || ' (' || omgen.ugphone('coh', 2) || '), Kateebwa and Kibiito parishes', 55, '2023-11-20 09:30:00', false, omgen.uu('cohort', 2)),
  (3, 'Pregnant women on ART', 'PMTCT line list for the mentor mother', 29, '2023-09-04 11:00:00', false, omgen.uu('cohort', 3)),
  (4, 'Hypertensives not controlled', 'BP >= 160/100 at the last two visits', 4, '2023-06-16 15:45:00', false, omgen.uu('cohort', 4)),
  (5, 'TB contacts to screen - Kibiito', 'Household contacts of index cases; call Sr. ' || (SELECT given || ' ' || family FROM omgen.p WHERE i = 30) || ' before the home visit', 12, '2022-10-03 08:20:00', false, omgen.uu('cohort', 5)),
  (6, 'PEPFAR DQA sample 2023', 'Random sample for the data quality assessment, shared with ' || omgen.umail('Ivan', 'Tumwesigye', 'cohm', 6) || ' (IP M&E officer)', 58, '2023-08-21 14:02:00', false, omgen.uu('cohort', 6)),
  (7, 'Research: KDH-HTN pilot participants', 'Consented participants of the task-shifting pilot (approval KDH-REC-2022-014)', 4, '2022-04-11 09:00:00', false, omgen.uu('cohort', 7)),
  (8, 'Defaulters for home visits', 'Old list, replaced by cohort 2', 55, '2021-05-10 10:00:00', true, omgen.uu('cohort', 8));
SELECT setval('cohort_cohort_id_seq', 8);

CREATE TABLE cohort_member (
    cohort_member_id serial PRIMARY KEY,
    cohort_id integer NOT NULL REFERENCES cohort,
    patient_id integer NOT NULL REFERENCES patient,
    start_date timestamp NOT NULL,
    end_date timestamp,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO cohort_member (cohort_id, patient_id, start_date, end_date, uuid)
SELECT c.cohort_id, g.i, c.date_created, CASE WHEN g.i % 4 = 0 THEN c.date_created + interval '60 days' END, omgen.uu('cm' || c.cohort_id, g.i)
FROM cohort c JOIN omgen.prog g ON g.program_id = CASE c.cohort_id WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN 3 WHEN 4 THEN 4 WHEN 5 THEN 2 WHEN 6 THEN 1 WHEN 7 THEN 4 ELSE 1 END
WHERE fixture_gen.n('cmx' || c.cohort_id, g.i, 100) < CASE c.cohort_id WHEN 5 THEN 100 WHEN 3 THEN 40 WHEN 6 THEN 30 ELSE 15 END
ORDER BY c.cohort_id, g.i;

-- Notes (social work, counselling, tracing).
CREATE TABLE note (
    note_id serial PRIMARY KEY,
    note_type varchar(50),
    patient_id integer REFERENCES patient,
    obs_id integer,
    encounter_id integer,
    text text NOT NULL,
    priority integer,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO note (note_type, patient_id, encounter_id, text, priority, creator, date_created, uuid)
SELECT fixture_gen.pick(ARRAY['Counselling', 'Tracing', 'Social work', 'Nursing'], 'ntyp', c.encounter_id), c.i, c.encounter_id,
       CASE fixture_gen.n('ntx', c.encounter_id, 12)
         WHEN 0 THEN 'Home visit done with VHT ' || omgen.fem('nv', c.encounter_id) || '. Client found at her mother''s place in ' || omgen.village('nvv', c.encounter_id) || ', agreed to return to care.'
         WHEN 1 THEN 'Phone tracing: ' || omgen.ugphone('np', c.encounter_id) || ' switched off x3. Alternative number from the neighbour: ' || omgen.ugphone('np2', c.encounter_id) || '.'
         WHEN 2 THEN 'Disclosure counselling. Client plans to tell her partner ' || omgen.mal('nd', c.encounter_id) || ' this weekend; offered couple testing.'
         WHEN 3 THEN 'Gender-based violence screening positive. Referred to the probation officer and Kibiito police (CPS). Do not call the home number.'
         WHEN 4 THEN 'Waiver of fees approved by the medical superintendent.'
         WHEN 5 THEN 'Orphan, lives with grandmother ' || omgen.fem('ng', c.encounter_id) || ' ' || omgen.sur('ngs', c.encounter_id) || '. School fees support requested from the OVC programme.'
         WHEN 6 THEN 'Client relocated to Kasese, transfer-out letter given to Bwera Hospital.'
         WHEN 7 THEN 'Patient counselled on the new DTG-based regimen, no questions.'
         WHEN 8 THEN 'Escorted by LC1 chairman ' || omgen.mal('nlc', c.encounter_id) || ' ' || omgen.sur('nlcs', c.encounter_id) || ' after being found unconscious by the road.'
         WHEN 9 THEN 'Nutrition counselling given, RUTF for 2 weeks.'
         WHEN 10 THEN 'Client requested that results be sent by email to ' || omgen.umail(omgen.fem('ne', c.encounter_id), omgen.sur('nes', c.encounter_id), 'nem', c.encounter_id) || '.'
         ELSE 'Reviewed the file, nothing new.' END,
       CASE WHEN c.encounter_id % 7 = 0 THEN 1 END, c.provider_id + 1, c.at + interval '30 minutes', omgen.uu('note', c.encounter_id)
FROM omgen.clin c WHERE (c.hiv OR c.tb) AND fixture_gen.n('nx', c.encounter_id, 100) < 18
ORDER BY c.at;

-- Alerts and their recipients, notification templates.
CREATE TABLE notification_alert (
    alert_id serial PRIMARY KEY,
    text varchar(512) NOT NULL,
    alert_read boolean DEFAULT false NOT NULL,
    date_to_expire timestamp,
    creator integer NOT NULL,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO notification_alert (text, alert_read, date_to_expire, creator, date_created, uuid)
SELECT CASE fixture_gen.n('altx', k, 8)
         WHEN 0 THEN 'Patient ' || n.given_name || ' ' || n.family_name || ' (' || pi.identifier || ') missed the ART refill appointment of ' || to_char(a.start_date_time, 'DD-Mon-YYYY')
         WHEN 1 THEN 'VL result ready for ' || n.given_name || ' ' || n.family_name || ': ' || (1000 + fixture_gen.n('alvl', k, 90000)) || ' copies/ml (unsuppressed). Schedule IAC.'
         WHEN 2 THEN 'HL7 message from CPHL could not be processed: patient ' || pi.identifier || ' not found'
         WHEN 3 THEN 'Your password will expire in 5 days'
         WHEN 4 THEN 'Scheduled task "Send SMS Appointment Reminders" failed: 401 Unauthorized'
         WHEN 5 THEN 'Stock of TDF/3TC/DTG 300/300/50mg below 2 months of consumption'
         WHEN 6 THEN 'Duplicate patient suspected: ' || n.given_name || ' ' || n.family_name || ' registered twice on ' || to_char(a.start_date_time, 'DD/MM/YYYY')
         ELSE 'HMIS 105 for ' || to_char(date '2021-01-01' + (k % 40) * interval '1 month', 'Mon YYYY') || ' posted to DHIS2' END,
       k % 5 <> 0, timestamp '2021-01-01' + make_interval(days => k * 9 + 30), CASE WHEN fixture_gen.n('altx', k, 8) IN (2, 4, 7) THEN 2 ELSE 1 END,
       timestamp '2021-01-01' + make_interval(days => k * 9, secs => fixture_gen.n('alt', k, 80000)), omgen.uu('alert', k)
FROM generate_series(1, 140) k
JOIN patient_appointment a ON a.patient_appointment_id = 1 + (k * 13) % 2000
JOIN person_name n ON n.person_id = a.patient_id AND n.preferred AND NOT n.voided
JOIN patient_identifier pi ON pi.patient_id = a.patient_id AND pi.identifier_type = 1
ORDER BY k;

CREATE TABLE notification_alert_recipient (
    alert_id integer NOT NULL REFERENCES notification_alert,
    user_id integer NOT NULL REFERENCES users,
    alert_read boolean DEFAULT false NOT NULL,
    uuid char(38) NOT NULL UNIQUE,
    PRIMARY KEY (alert_id, user_id)
);
INSERT INTO notification_alert_recipient
SELECT a.alert_id, u, a.alert_read AND u % 2 = 0, omgen.uu('alrec' || u, a.alert_id)
FROM notification_alert a CROSS JOIN LATERAL (SELECT DISTINCT unnest(ARRAY[54 + a.alert_id % 4, CASE WHEN a.alert_id % 3 = 0 THEN 58 ELSE 3 + a.alert_id % 16 END]) AS u) r
ORDER BY 1, 2;

CREATE TABLE notification_template (
    template_id serial PRIMARY KEY,
    name varchar(50),
    template text,
    subject varchar(100),
    sender varchar(255),
    recipients varchar(512),
    ordinal integer DEFAULT 0
);
INSERT INTO notification_template (name, template, subject, sender, recipients, ordinal) VALUES
  ('Appointment reminder (SMS)', 'Dear ${patientName}, you have an appointment at Kitagwe District Hospital on ${appointmentDate} (${serviceName}). For changes call ${facilityPhone}.', NULL, 'KDH-EMR', '${patientPhone}', 1),
  ('Missed appointment (SMS)', 'Hello ${patientName}, we missed you at the clinic on ${appointmentDate}. Please come back or call ${facilityPhone}. KDH', NULL, 'KDH-EMR', '${patientPhone}', 2),
  ('VL result ready', 'The viral load result for ${patientIdentifier} is available: ${result}. Please review at the next visit.', 'VL result available', 'emr-noreply@kitagwedh.go.ug', 'artclinic@kitagwedh.go.ug', 3),
  ('Password reset', 'Hello ${userName},<br/>Use the link below to reset your OpenMRS password. It expires in 24 hours.<br/><a href="${resetLink}">${resetLink}</a>', 'OpenMRS password reset', 'emr-noreply@kitagwedh.go.ug', '${userEmail}', 4),
  ('Weekly HMIS 033b submitted', 'HMIS 033b for week ${week} was submitted to DHIS2 by ${userName}.', 'HMIS 033b submitted', 'emr-noreply@kitagwedh.go.ug',
   'dhobunyangabu@gmail.com, ' || (SELECT email FROM users WHERE user_id = 58) || ', ' || omgen.umail('Julius', 'Baguma', 'ntr', 5), 5);

-- Settings: global properties mix site settings, copy, module flags and
-- credentials (SMTP, DHIS2, the client registry, the SMS gateway, backups).
CREATE TABLE global_property (
    property varchar(255) PRIMARY KEY,
    property_value text,
    description text,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO global_property
SELECT k, v, d, omgen.uu('gp', n) FROM (VALUES
  (1, 'default_locale', 'en_GB', 'Specifies the default locale. You can specify both the language code(ISO-639) and the country code(ISO-3166), e.g. ''en_GB'' or just country: e.g. ''en'''),
  (2, 'locale.allowed.list', 'en, en_GB, sw, fr', 'Comma delimited list of locales allowed for use on system'),
  (3, 'default_location', 'Kitagwe District Hospital', 'The name of the location to use as a system default'),
  (4, 'mail.smtp_host', 'smtp.gmail.com', 'SMTP host name'),
  (5, 'mail.smtp_port', '587', 'SMTP port'),
  (6, 'mail.smtp_auth', 'true', 'true/false whether the smtp host requires authentication'),
  (7, 'mail.smtp.starttls.enable', 'true', 'Set to true to enable TLS encryption, else set to false'),
  (8, 'mail.transport_protocol', 'smtp', 'Transport protocol for the messaging engine. Valid values: smtp'),
  (9, 'mail.user', 'kitagwedh.emr@gmail.com', 'Username of the SMTP user (if smtp_auth is enabled)'),
  (10, 'mail.password', fixture_gen.chars('gpmail', 1, 4, 'abcdefghijklmnopqrstuvwxyz') || ' ' || fixture_gen.chars('gpmail', 2, 4, 'abcdefghijklmnopqrstuvwxyz') || ' ' || fixture_gen.chars('gpmail', 3, 4, 'abcdefghijklmnopqrstuvwxyz') || ' ' || fixture_gen.chars('gpmail', 4, 4, 'abcdefghijklmnopqrstuvwxyz'), 'Password for the SMTP user (if smtp_auth is enabled)'),
  (11, 'mail.from', 'emr-noreply@kitagwedh.go.ug', 'Email address to use as the default from address'),
  (12, 'mail.debug', 'false', 'true/false whether to print debugging information during mailing'),
  (13, 'mail.default_content_type', 'text/plain', 'Content type to append to the mail messages'),
  (14, 'security.passwordMinimumLength', '8', 'Configure the minimum length required of all passwords'),
  (15, 'security.passwordRequiresUpperAndLowerCase', 'true', 'Configure whether passwords must contain both upper and lower case characters'),
  (16, 'security.passwordRequiresDigit', 'true', 'Configure whether passwords must contain at least one digit'),
  (17, 'security.passwordCannotMatchUsername', 'true', 'Configure whether passwords must not match user''s username or system id'),
  (18, 'security.allowedFailedLoginsBeforeLockout', '7', 'Maximum number of failed logins allowed after which username is locked out'),
  (19, 'security.passwordCustomRegex', '', 'Configure a custom regular expression that a password must match'),
  (20, 'scheduler.username', 'admin', 'Username for the OpenMRS user that will perform the scheduler activities'),
  (21, 'scheduler.password', 'Kdh' || fixture_gen.chars('gpsch', 1, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') || '@' || omgen.dg('gpsch', 1, 4), 'Password for the OpenMRS user that will perform the scheduler activities'),
  (22, 'hl7_processor.ignore_missing_patient_non_local', 'false', 'If true, hl7 messages for patients that are not found and are non-local will silently be dropped/ignored'),
  (23, 'hl7_archive.dir', 'hl7_archives', 'The default name or absolute path for the folder where to write the hl7_in_archives.'),
  (24, 'visits.enabled', 'true', 'Set to true to enable the Visits feature.'),
  (25, 'visits.autoCloseVisitType', 'Facility Visit, Outreach, Telehealth', 'comma-separated list of the visit type(s) to automatically close'),
  (26, 'order.nextOrderNumberSeed', '7105', 'The next order number available for assignment'),
  (27, 'concept.weight', '5089', 'Concept id of the concept defining the WEIGHT concept'),
  (28, 'concept.height', '5090', 'Concept id of the concept defining the HEIGHT concept'),
  (29, 'layout.address.format', E'<org.openmrs.layout.address.AddressTemplate>\n  <nameMappings class="properties">\n    <property name="country" value="Location.country"/>\n    <property name="stateProvince" value="Location.district"/>\n    <property name="countyDistrict" value="Location.county"/>\n    <property name="address3" value="Location.subcounty"/>\n    <property name="address4" value="Location.parish"/>\n    <property name="cityVillage" value="Location.village"/>\n    <property name="address1" value="Location.address1"/>\n    <property name="address2" value="Location.postalAddress"/>\n    <property name="address6" value="Location.householdNumber"/>\n  </nameMappings>\n  <sizeMappings class="properties">\n    <property name="address1" value="40"/>\n    <property name="cityVillage" value="20"/>\n  </sizeMappings>\n  <lineByLineFormat>\n    <string>address1</string>\n    <string>cityVillage address4</string>\n    <string>address3 countyDistrict</string>\n    <string>stateProvince country</string>\n  </lineByLineFormat>\n  <requiredElements/>\n</org.openmrs.layout.address.AddressTemplate>', 'XML description of address formats'),
  (30, 'layout.name.format', 'given', 'Format in which to display the person names.  Valid values are short, long'),
  (31, 'emr.primaryIdentifierType', '05a29f94-c0ed-11e2-94be-8c13b969e334', 'Primary identifier type for looking up patients, generating barcodes, etc'),
  (32, 'emrapi.lastViewedPatientSizeLimit', '50', 'Specifies the maximum number of last viewed patients to store per user'),
  (33, 'webservices.rest.maxResultsDefault', '50', 'The default max results limit if the user does not provide a maximum when making the web service call.'),
  (34, 'webservices.rest.allowedips', '10.20.0.0/16, 196.43.182.10', 'A comma-separated list of IP addresses that are allowed to access the web services.'),
  (35, 'htmlformentry.dateFormat', 'dd/MM/yyyy', 'Always display dates in HTML Forms in this (Java) date format.'),
  (36, 'log.level', 'org.openmrs.api:info,org.openmrs.module.dhisconnector:debug', 'Logging levels for log4j2.xml.'),
  (37, 'dhisconnector.url', 'https://hmis.health.go.ug', 'URL of the DHIS2 instance to post to'),
  (38, 'dhisconnector.user', 'kdh_emr_' || fixture_gen.chars('gpdu', 1, 4, 'abcdefghijklmnopqrstuvwxyz'), 'DHIS2 username'),
  (39, 'dhisconnector.pass', fixture_gen.chars('gpdp', 1, 6) || '#' || fixture_gen.chars('gpdp', 2, 7), 'DHIS2 password'),
  (40, 'registrationcore.mpi.url', 'https://cr.health.go.ug/fhir', 'Client registry (MPI) endpoint'),
  (41, 'registrationcore.mpi.username', 'kdh-openmrs', 'Client registry user'),
  (42, 'registrationcore.mpi.password', fixture_gen.chars('gpmpi', 1, 20), 'Client registry password'),
  (43, 'kdhemr.smsGateway.url', 'https://api.africastalking.com/version1/messaging', 'SMS gateway endpoint used by the appointment reminders'),
  (44, 'kdhemr.smsGateway.username', 'kitagwedh', 'SMS gateway account'),
  (45, 'kdhemr.smsGateway.apiKey', 'atsk_' || fixture_gen.hexn('gpat', 1, 64), 'SMS gateway API key'),
  (46, 'kdhemr.smsGateway.senderId', 'KDH-EMR', 'Alphanumeric sender id shown on the phone'),
  (47, 'kdhemr.facilityName', 'Kitagwe District Hospital', 'Shown on reports, labels and letters'),
  (48, 'kdhemr.facilityPhone', '+256 483 422100', 'Main line printed on appointment cards'),
  (49, 'kdhemr.medicalSuperintendent', (SELECT 'Dr. ' || given || ' ' || family FROM omgen.p WHERE i = 2), 'Signs discharge summaries and referral letters'),
  (50, 'kdhemr.hmisFocalPerson', (SELECT given || ' ' || family FROM omgen.p WHERE i = 57) || ', ' || omgen.ugphone('gphmis', 1), 'Contact printed on HMIS reports'),
  (51, 'kdhemr.reportRecipients', 'dhobunyangabu@gmail.com, ' || (SELECT email FROM users WHERE email IS NOT NULL AND user_id BETWEEN 3 AND 10 ORDER BY user_id LIMIT 1) || ', ' || omgen.umail('Julius', 'Baguma', 'ntr', 5), 'Who receives the monthly reports by email'),
  (52, 'kdhemr.backup.target', 'sftp://kdhbackup:' || fixture_gen.chars('gpbk', 1, 14) || '@10.20.1.5:22/srv/backups/openmrs', 'Where the nightly backup is copied'),
  (53, 'kdhemr.labelPrinter.default', '10.20.1.43:9100', 'Zebra printer for wristbands and specimen labels'),
  (54, 'webservices.rest.started', 'true', 'DO NOT MODIFY. true/false whether or not the webservices.rest module has been started.'),
  (55, 'idgen.started', 'true', 'DO NOT MODIFY. true/false whether or not the idgen module has been started.'),
  (56, 'htmlformentry.started', 'true', 'DO NOT MODIFY. true/false whether or not the htmlformentry module has been started.'),
  (57, 'appointments.started', 'true', 'DO NOT MODIFY. true/false whether or not the appointments module has been started.'),
  (58, 'fhir2.started', 'true', 'DO NOT MODIFY. true/false whether or not the fhir2 module has been started.'),
  (59, 'dhisconnector.started', 'true', 'DO NOT MODIFY. true/false whether or not the dhisconnector module has been started.'),
  (60, 'registrationcore.started', 'true', 'DO NOT MODIFY. true/false whether or not the registrationcore module has been started.'),
  (61, 'kdhemr.started', 'true', 'DO NOT MODIFY. true/false whether or not the kdhemr module has been started.'),
  (62, 'fhir2.paging.default', '10', 'Set the default page size for FHIR results'),
  (63, 'kdhemr.patientDashboard.welcomeText', 'Welcome to the Kitagwe District Hospital EMR. Report problems to the IT office (ext. 120).', 'Shown on the home page'),
  (64, 'search.caseSensitiveDatabaseStringComparison', 'false', 'Indicates whether database string comparison is case sensitive or not.'),
  (65, 'minSearchCharacters', '2', 'Number of characters user must input before searching is started.')
) v(n, k, v, d) ORDER BY n;

CREATE TABLE scheduler_task_config (
    task_config_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(1024),
    schedule_class text,
    start_time timestamp,
    repeat_interval integer DEFAULT 0 NOT NULL,
    start_on_startup boolean DEFAULT false NOT NULL,
    started boolean DEFAULT false NOT NULL,
    last_execution_time timestamp,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO scheduler_task_config VALUES
  (1, 'Auto Close Visits Task', 'Stops all active visits that match the visit type(s) specified by the value of the global property ''visits.autoCloseVisitType''', 'org.openmrs.scheduler.tasks.AutoCloseVisitsTask', '2019-06-03 23:59:59', 86400, true, true, '2024-06-28 23:59:59', '8c17b376-1a2b-11e1-a51a-00248140a5eb'),
  (2, 'Process Hl7 Task', 'Processes HL7 messages in the hl7_in_queue table', 'org.openmrs.scheduler.tasks.ProcessHL7InQueueTask', '2020-02-14 12:00:00', 60, true, true, '2024-06-28 16:41:00', omgen.uu('task', 2)),
  (3, 'Update Concept Index', 'Iterates through the concept dictionary, re-creating the concept index', 'org.openmrs.scheduler.tasks.ConceptIndexUpdateTask', NULL, 0, false, false, '2023-02-10 21:14:05', '7c75911e-0310-11e0-8222-18a905e044dc'),
  (4, 'Alert Reminder Task', 'Sends an email to users who have not checked their alerts', 'org.openmrs.scheduler.tasks.AlertReminderTask', '2021-05-01 07:00:00', 86400, false, false, '2022-01-11 07:00:00', omgen.uu('task', 4)),
  (5, 'Check Internet Connectivity', 'Checks the link to CPHL and DHIS2 and raises an alert when it is down', 'org.openmrs.scheduler.tasks.CheckInternetConnectivityTask', '2020-02-14 12:00:00', 3600, true, true, '2024-06-28 16:00:00', omgen.uu('task', 5)),
  (6, 'Send SMS Appointment Reminders', 'Sends an SMS the day before each scheduled appointment', 'org.openmrs.module.kdhemr.tasks.AppointmentReminderSmsTask', '2021-06-01 18:00:00', 86400, true, true, '2024-06-27 18:00:00', omgen.uu('task', 6)),
  (7, 'Pull CPHL Results', 'Pulls viral load and EID results from the CPHL dashboard API and queues them as HL7', 'org.openmrs.module.kdhemr.tasks.CphlResultsPullTask', '2020-02-14 12:00:00', 3600, true, true, '2024-06-28 16:00:00', omgen.uu('task', 7)),
  (8, 'DHIS2 HMIS 105 Auto Post', 'Posts the monthly HMIS 105 data set to DHIS2 on the 5th', 'org.openmrs.module.dhisconnector.api.scheduler.AutomatedPostingTask', '2021-03-05 02:00:00', 2592000, true, true, '2024-06-05 02:00:00', omgen.uu('task', 8)),
  (9, 'Nightly Backup', 'Dumps the database, encrypts it and copies it to the backup server', 'org.openmrs.module.kdhemr.tasks.BackupTask', '2019-07-01 01:30:00', 86400, true, true, '2024-06-28 01:30:00', omgen.uu('task', 9));
SELECT setval('scheduler_task_config_task_config_id_seq', 9);

CREATE TABLE scheduler_task_config_property (
    task_config_property_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    value text,
    task_config_id integer REFERENCES scheduler_task_config
);
INSERT INTO scheduler_task_config_property (name, value, task_config_id) VALUES
  ('url', 'https://hmis.health.go.ug', 5),
  ('timeout', '30', 5),
  ('apiKey', 'atsk_' || fixture_gen.hexn('gpat', 1, 64), 6),
  ('username', 'kitagwedh', 6),
  ('senderId', 'KDH-EMR', 6),
  ('testRecipient', omgen.ugphone('stp', 6), 6),
  ('endpoint', 'https://vldash.cphluganda.org/api/results', 7),
  ('username', 'kdh.lab', 7),
  ('password', fixture_gen.chars('stpcphl', 1, 10) || '!' || omgen.dg('stpcphl', 1, 2), 7),
  ('facilityCode', 'KTG-DH', 7),
  ('dataSetUid', 'q7mBzKSXjV3', 8),
  ('period', 'LAST_MONTH', 8),
  ('encryptionPassphrase', fixture_gen.chars('stpbk', 1, 8) || '-' || fixture_gen.chars('stpbk', 2, 8) || '-' || fixture_gen.chars('stpbk', 3, 8), 9),
  ('notifyEmail', (SELECT email FROM users WHERE user_id = 66), 9),
  ('retentionDays', '14', 9);

-- HL7: CPHL's viral load results and the lab middleware's, archived once
-- processed, queued, or in error.
CREATE TABLE hl7_source (
    hl7_source_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description text,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO hl7_source VALUES
  (1, 'LOCAL', '', '8d6b8bb6-c2cc-11de-8d13-0010c6dffd0f'),
  (2, 'CPHL', 'Central Public Health Laboratories: viral load and EID results', omgen.uu('hl7src', 2)),
  (3, 'KDH-LIS', 'Laboratory analyser middleware (haematology, chemistry, GeneXpert)', omgen.uu('hl7src', 3));

ANALYZE obs, orders, encounter, person, person_name, patient_identifier, person_address, person_attribute, omgen.ord;
CREATE TABLE omgen.hl7 AS
SELECT o.order_id, o.i, o.lab_at, o.concept_id, CASE WHEN o.concept_id = 856 THEN 2 ELSE 3 END AS src,
       CASE WHEN o.concept_id = 856 THEN 'CPHL' ELSE 'LIS' END || to_char(o.lab_at, 'YYYYMMDDHH24MISS') || lpad((o.order_id % 1000)::text, 3, '0') AS ctrl,
       'MSH|^~\&|' || CASE WHEN o.concept_id = 856 THEN 'CPHL_VL|CPHL' ELSE 'LIS|KDH_LAB' END || '|OPENMRS|KDH|' || to_char(o.lab_at, 'YYYYMMDDHH24MISS') || '||ORU^R01|'
         || CASE WHEN o.concept_id = 856 THEN 'CPHL' ELSE 'LIS' END || to_char(o.lab_at, 'YYYYMMDDHH24MISS') || lpad((o.order_id % 1000)::text, 3, '0') || '|P|2.5' || E'\r'
         || 'PID|1||' || pid.identifier || '^^^OpenMRS ID^PI' || coalesce('~' || nin.identifier || '^^^NIN^NI', '') || coalesce('~' || art.identifier || '^^^ART^MR', '')
         || '||' || upper(n.family_name) || '^' || upper(n.given_name) || coalesce('^' || upper(n.middle_name), '') || '||' || to_char(ps.birthdate, 'YYYYMMDD') || '|' || ps.gender
         || '|||' || coalesce(a.address1, '') || '^^' || coalesce(a.city_village, '') || '^' || coalesce(a.state_province, '') || '^^UG||' || coalesce(ph.value, '') || E'\r'
         || 'PV1|1|O|' || CASE WHEN o.concept_id = 856 THEN 'ART Clinic' ELSE 'Laboratory' END || '^^^KDH' || E'\r'
         || 'ORC|RE|ORD-' || o.order_id || '|' || od.accession_number || E'\r'
         || 'OBR|1|ORD-' || o.order_id || '|' || od.accession_number || '|' || o.concept_id || '^' || upper(c.name) || '^99DCT|||' || to_char(od.date_activated, 'YYYYMMDDHH24MI') || E'\r'
         || 'OBX|1|' || CASE WHEN r.value_numeric IS NOT NULL THEN 'NM' ELSE 'CWE' END || '|' || o.concept_id || '^' || upper(c.name) || '^99DCT||'
         || coalesce(r.value_modifier, '') || coalesce(r.value_numeric::text, r.value_coded || '^' || CASE r.value_coded WHEN 703 THEN 'POSITIVE' ELSE 'NEGATIVE' END || '^99DCT', '')
         || '|' || CASE o.concept_id WHEN 856 THEN 'copies/ml' WHEN 21 THEN 'g/dL' WHEN 887 THEN 'mmol/L' WHEN 5497 THEN 'cells/uL' WHEN 790 THEN 'umol/L' ELSE '' END
         || '|||||F|||' || to_char(o.lab_at, 'YYYYMMDDHH24MI') AS msg
FROM omgen.ord o JOIN encounter le ON le.encounter_id = o.lab_enc AND le.creator = 67
JOIN orders od ON od.order_id = o.order_id JOIN omgen.cpt c ON c.id = o.concept_id
JOIN obs r ON r.order_id = o.order_id AND NOT r.voided
JOIN person ps ON ps.person_id = o.i
JOIN person_name n ON n.person_id = o.i AND n.preferred AND NOT n.voided
JOIN patient_identifier pid ON pid.patient_id = o.i AND pid.identifier_type = 1
LEFT JOIN patient_identifier nin ON nin.patient_id = o.i AND nin.identifier_type = 4
LEFT JOIN patient_identifier art ON art.patient_id = o.i AND art.identifier_type = 6
LEFT JOIN person_address a ON a.person_id = o.i AND a.preferred AND NOT a.voided
LEFT JOIN (SELECT DISTINCT ON (person_id) person_id, value FROM person_attribute WHERE person_attribute_type_id = 8 AND NOT voided ORDER BY person_id, person_attribute_id) ph ON ph.person_id = o.i
WHERE o.kind = 't' AND o.lab_at > timestamp '2023-01-01';

CREATE TABLE hl7_in_archive (
    hl7_in_archive_id serial PRIMARY KEY,
    hl7_source integer NOT NULL REFERENCES hl7_source,
    hl7_source_key varchar(255),
    hl7_data text NOT NULL,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO hl7_in_archive (hl7_source, hl7_source_key, hl7_data, date_created, uuid)
SELECT h.src, h.ctrl, h.msg, h.lab_at + interval '2 minutes', omgen.uu('hl7a', h.order_id) FROM omgen.hl7 h WHERE h.lab_at < timestamp '2024-06-12' ORDER BY h.lab_at;

CREATE TABLE hl7_in_queue (
    hl7_in_queue_id serial PRIMARY KEY,
    hl7_source integer NOT NULL REFERENCES hl7_source,
    hl7_source_key text,
    hl7_data text NOT NULL,
    message_state integer DEFAULT 0 NOT NULL,
    date_processed timestamp,
    error_msg text,
    date_created timestamp,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO hl7_in_queue (hl7_source, hl7_source_key, hl7_data, message_state, date_processed, error_msg, date_created, uuid)
SELECT h.src, h.ctrl, h.msg, CASE WHEN h.order_id % 4 = 0 THEN 4 WHEN h.order_id % 5 = 0 THEN 1 ELSE 0 END,
       CASE WHEN h.order_id % 4 = 0 THEN h.lab_at + interval '1 hour' END,
       CASE WHEN h.order_id % 4 = 0 THEN 'Deferred: patient ' || split_part(split_part(h.msg, 'PID|1||', 2), '^', 1) || ' has an open lab encounter being edited' END,
       h.lab_at + interval '2 minutes', omgen.uu('hl7q', h.order_id)
FROM omgen.hl7 h WHERE h.lab_at >= timestamp '2024-06-12' ORDER BY h.lab_at;
-- Messages from CPHL for patients the hospital could not match.
INSERT INTO hl7_in_queue (hl7_source, hl7_source_key, hl7_data, message_state, date_processed, error_msg, date_created, uuid)
SELECT 2, 'CPHL' || to_char(at, 'YYYYMMDDHH24MISS') || lpad(k::text, 3, '0'),
       'MSH|^~\&|CPHL_VL|CPHL|OPENMRS|KDH|' || to_char(at, 'YYYYMMDDHH24MISS') || '||ORU^R01|CPHL' || to_char(at, 'YYYYMMDDHH24MISS') || lpad(k::text, 3, '0') || '|P|2.5' || E'\r'
       || 'PID|1||KDH-ART-' || lpad((2000 + k)::text, 5, '0') || '^^^ART^MR||' || upper(omgen.sur('hqf', k)) || '^' || upper(omgen.fem('hqg', k)) || '||' || to_char(date '1975-01-01' + k * 211, 'YYYYMMDD') || '|F|||^^'
       || omgen.village('hqv', k) || '^Bunyangabu^^UG||' || omgen.ugphone('hqp', k) || E'\r' || 'OBR|1|||856^HIV VIRAL LOAD^99DCT' || E'\r' || 'OBX|1|NM|856^HIV VIRAL LOAD^99DCT||' || (200 + k * 731) || '|copies/ml|||||F',
       3, at + interval '1 minute', 'org.openmrs.hl7.HL7Exception: Could not resolve patient by identifier KDH-ART-' || lpad((2000 + k)::text, 5, '0') || ' (' || upper(omgen.sur('hqf', k)) || '^' || upper(omgen.fem('hqg', k)) || ')',
       at, omgen.uu('hl7qe', k)
FROM (SELECT k, timestamp '2024-05-02 09:00:00' + make_interval(days => k * 2, mins => k * 17) AS at FROM generate_series(1, 12) k) x;

CREATE TABLE hl7_in_error (
    hl7_in_error_id serial PRIMARY KEY,
    hl7_source integer NOT NULL REFERENCES hl7_source,
    hl7_source_key text,
    hl7_data text NOT NULL,
    error varchar(255) NOT NULL,
    error_details text,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO hl7_in_error (hl7_source, hl7_source_key, hl7_data, error, error_details, date_created, uuid)
SELECT h.src, h.ctrl,
       CASE WHEN k % 3 = 0 THEN replace(h.msg, '^^^OpenMRS ID^PI', 'X^^^OpenMRS ID^PI') WHEN k % 3 = 1 THEN replace(h.msg, '^99DCT||', '^CPHL||') ELSE h.msg END,
       CASE k % 3 WHEN 0 THEN 'Error while processing HL7 message' WHEN 1 THEN 'Invalid concept code in OBX' ELSE 'Duplicate message control id' END,
       CASE k % 3
         WHEN 0 THEN 'org.openmrs.hl7.HL7Exception: Could not resolve patient by identifier ' || split_part(split_part(h.msg, 'PID|1||', 2), '^', 1) || 'X (' || split_part(split_part(h.msg, E'\r', 2), '|', 6) || ', born ' || split_part(split_part(h.msg, E'\r', 2), '|', 8) || E')\n'
                     || E'\tat org.openmrs.hl7.handler.ORUR01Handler.getPatient(ORUR01Handler.java:1136)\n\tat org.openmrs.hl7.handler.ORUR01Handler.processORU_R01(ORUR01Handler.java:175)\n\tat org.openmrs.hl7.handler.ORUR01Handler.processMessage(ORUR01Handler.java:132)\n\tat org.openmrs.hl7.impl.HL7ServiceImpl.processHL7Message(HL7ServiceImpl.java:758)'
         WHEN 1 THEN 'org.openmrs.hl7.HL7Exception: Unable to find concept for OBX-3 ' || h.concept_id || E'^^CPHL\n\tat org.openmrs.hl7.handler.ORUR01Handler.getConcept(ORUR01Handler.java:1012)\n\tat org.openmrs.hl7.handler.ORUR01Handler.parseObs(ORUR01Handler.java:604)'
         ELSE 'ca.uhn.hl7v2.HL7Exception: Message with control id ' || h.ctrl || E' was already processed (hl7_in_archive)\n\tat org.openmrs.hl7.impl.HL7ServiceImpl.processHL7InQueue(HL7ServiceImpl.java:691)' END,
       h.lab_at + interval '3 minutes', omgen.uu('hl7e', h.order_id)
FROM (SELECT h.*, row_number() OVER (ORDER BY h.lab_at) AS k FROM omgen.hl7 h WHERE h.order_id % 29 = 0) h
ORDER BY h.lab_at;

-- Reporting definitions, serialized by the reporting module.
CREATE TABLE serialized_object (
    serialized_object_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(5000),
    type varchar(255) NOT NULL,
    subtype varchar(255) NOT NULL,
    serialization_class varchar(255) NOT NULL,
    serialized_data text NOT NULL,
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);
INSERT INTO serialized_object (name, description, type, subtype, serialization_class, serialized_data, date_created, uuid)
SELECT v.name, v.descr, 'org.openmrs.module.reporting.' || v.typ, 'org.openmrs.module.reporting.' || v.sub, 'org.openmrs.module.serialization.xstream.XStreamSerializer',
       '<org.openmrs.module.reporting.' || v.sub || ' id="1" uuid="' || omgen.uu('sobj', v.k) || E'">\n  <name>' || v.name || E'</name>\n  <description>' || coalesce(v.descr, '') || E'</description>\n'
       || E'  <creator id="2" uuid="' || omgen.uu('user', 58) || E'"/>\n  <dateCreated id="3">' || to_char(v.at, 'YYYY-MM-DD HH24:MI:SS') || E'.0 EAT</dateCreated>\n  <retired>false</retired>\n'
       || E'  <parameters id="4">\n    <org.openmrs.module.reporting.evaluation.parameter.Parameter id="5">\n      <name>startDate</name>\n      <label>Start Date</label>\n      <type>java.util.Date</type>\n      <required>true</required>\n    </org.openmrs.module.reporting.evaluation.parameter.Parameter>\n'
       || E'    <org.openmrs.module.reporting.evaluation.parameter.Parameter id="6">\n      <name>endDate</name>\n      <label>End Date</label>\n      <type>java.util.Date</type>\n      <required>true</required>\n    </org.openmrs.module.reporting.evaluation.parameter.Parameter>\n  </parameters>\n'
       || CASE WHEN v.sub LIKE '%ReportDefinition' THEN E'  <dataSetDefinitions id="7">\n    <entry>\n      <string>' || v.ds || E'</string>\n      <org.openmrs.module.reporting.evaluation.parameter.Mapped id="8">\n        <parameterizable class="org.openmrs.module.reporting.dataset.definition.' || v.dsc || '" uuid="' || omgen.uu('sobjds', v.k) || E'"/>\n        <parameterMappings id="9">\n          <entry><string>startDate</string><string>${startDate}</string></entry>\n          <entry><string>endDate</string><string>${endDate}</string></entry>\n        </parameterMappings>\n      </org.openmrs.module.reporting.evaluation.parameter.Mapped>\n    </entry>\n  </dataSetDefinitions>\n'
               ELSE E'  <query>' || v.ds || E'</query>\n' END
       || '</org.openmrs.module.reporting.' || v.sub || '>',
       v.at, omgen.uu('sobj', v.k)
FROM (VALUES
  (1, 'HMIS 105 Monthly OPD Report', 'Outpatient attendances, diagnoses and referrals by age group and sex', 'report.definition.ReportDefinition', 'report.definition.ReportDefinition', 'OPD', 'CohortIndicatorDataSetDefinition', timestamp '2021-03-15 09:12:00'),
  (2, 'HMIS 106a Quarterly ART Report', 'Cohort analysis of clients on ART, TX_CURR, TX_NEW and VL suppression', 'report.definition.ReportDefinition', 'report.definition.ReportDefinition', 'ART', 'CohortIndicatorDataSetDefinition', timestamp '2021-04-02 10:40:00'),
  (3, 'Line list: unsuppressed viral load', 'Clients whose last VL was 1000 copies/ml or more', 'report.definition.ReportDefinition', 'report.definition.ReportDefinition', 'LINELIST', 'SqlDataSetDefinition', timestamp '2022-01-20 14:05:00'),
  (4, 'Appointments due this week', 'For the ART clinic front desk', 'report.definition.ReportDefinition', 'report.definition.ReportDefinition', 'APPOINTMENTS', 'SqlDataSetDefinition', timestamp '2022-05-09 08:30:00'),
  (5, 'Missed appointments (tracing list)', 'Missed by 14 days or more, with the last known phone number', 'report.definition.ReportDefinition', 'report.definition.ReportDefinition', 'TRACING', 'SqlDataSetDefinition', timestamp '2022-05-09 08:45:00'),
  (6, 'TB case finding', 'Presumptive TB cases and GeneXpert results', 'report.definition.ReportDefinition', 'report.definition.ReportDefinition', 'TB', 'CohortIndicatorDataSetDefinition', timestamp '2022-09-12 11:00:00'),
  (7, 'Patients on ART', NULL, 'cohort.definition.CohortDefinition', 'cohort.definition.SqlCohortDefinition', 'select patient_id from patient_program where program_id = 1 and date_completed is null and voided = false', NULL, timestamp '2021-04-02 10:10:00'),
  (8, 'Females 15-49', 'Women of reproductive age', 'cohort.definition.CohortDefinition', 'cohort.definition.SqlCohortDefinition', 'select person_id from person where gender = ''F'' and timestampdiff(YEAR, birthdate, :endDate) between 15 and 49', NULL, timestamp '2021-03-15 09:00:00'),
  (9, 'Seen in OPD during period', NULL, 'cohort.definition.CohortDefinition', 'cohort.definition.SqlCohortDefinition', 'select patient_id from encounter where encounter_type = 3 and encounter_datetime between :startDate and :endDate', NULL, timestamp '2021-03-15 09:05:00'),
  (10, 'Weekly HMIS 033b (epidemiological)', 'Notifiable diseases for the weekly surveillance report', 'report.definition.ReportDefinition', 'report.definition.ReportDefinition', '033B', 'CohortIndicatorDataSetDefinition', timestamp '2023-02-06 09:00:00')
) v(k, name, descr, typ, sub, ds, dsc, at)
ORDER BY v.k;

-- Identifiers handed out by idgen, one per registration, and a batch printed for outreach.
CREATE TABLE idgen_log_entry (
    id serial PRIMARY KEY,
    source integer NOT NULL,
    identifier varchar(50) NOT NULL,
    date_generated timestamp NOT NULL,
    generated_by integer NOT NULL,
    comment varchar(255)
);
INSERT INTO idgen_log_entry (source, identifier, date_generated, generated_by, comment)
SELECT 1, pi.identifier, pi.date_created - interval '1 minute', pi.creator, NULL
FROM patient_identifier pi WHERE pi.identifier_type = 1 AND pi.date_created >= timestamp '2022-01-01'
UNION ALL
SELECT 1, omgen.luhn30(omgen.b30(850000 + k)), timestamp '2023-08-14 10:02:00', 58, 'Batch of 60 for the Kyaka II outreach (printed on stickers)'
FROM generate_series(1, 60) k
ORDER BY 3;

-- Foreign keys of the large tables, added once they are filled.
ALTER TABLE person_name ADD FOREIGN KEY (person_id) REFERENCES person;
ALTER TABLE person_address ADD FOREIGN KEY (person_id) REFERENCES person;
ALTER TABLE person_attribute ADD FOREIGN KEY (person_id) REFERENCES person;
ALTER TABLE patient_identifier ADD FOREIGN KEY (patient_id) REFERENCES patient;
ALTER TABLE visit ADD FOREIGN KEY (patient_id) REFERENCES patient, ADD FOREIGN KEY (location_id) REFERENCES location, ADD FOREIGN KEY (indication_concept_id) REFERENCES concept;
ALTER TABLE visit_attribute ADD FOREIGN KEY (visit_id) REFERENCES visit;
ALTER TABLE encounter ADD FOREIGN KEY (patient_id) REFERENCES patient, ADD FOREIGN KEY (visit_id) REFERENCES visit, ADD FOREIGN KEY (encounter_type) REFERENCES encounter_type,
  ADD FOREIGN KEY (location_id) REFERENCES location, ADD FOREIGN KEY (form_id) REFERENCES form;
ALTER TABLE encounter_provider ADD FOREIGN KEY (encounter_id) REFERENCES encounter, ADD FOREIGN KEY (provider_id) REFERENCES provider;
ALTER TABLE orders ADD FOREIGN KEY (patient_id) REFERENCES patient, ADD FOREIGN KEY (encounter_id) REFERENCES encounter, ADD FOREIGN KEY (concept_id) REFERENCES concept,
  ADD FOREIGN KEY (orderer) REFERENCES provider;
ALTER TABLE drug_order ADD FOREIGN KEY (order_id) REFERENCES orders, ADD FOREIGN KEY (drug_inventory_id) REFERENCES drug;
ALTER TABLE test_order ADD FOREIGN KEY (order_id) REFERENCES orders;
ALTER TABLE obs ADD FOREIGN KEY (person_id) REFERENCES person, ADD FOREIGN KEY (encounter_id) REFERENCES encounter, ADD FOREIGN KEY (concept_id) REFERENCES concept,
  ADD FOREIGN KEY (order_id) REFERENCES orders, ADD FOREIGN KEY (value_coded) REFERENCES concept, ADD FOREIGN KEY (value_drug) REFERENCES drug,
  ADD FOREIGN KEY (previous_version) REFERENCES obs, ADD FOREIGN KEY (location_id) REFERENCES location;
ALTER TABLE encounter_diagnosis ADD FOREIGN KEY (encounter_id) REFERENCES encounter, ADD FOREIGN KEY (patient_id) REFERENCES patient, ADD FOREIGN KEY (diagnosis_coded) REFERENCES concept;
ALTER TABLE conditions ADD FOREIGN KEY (patient_id) REFERENCES patient, ADD FOREIGN KEY (condition_coded) REFERENCES concept;
ALTER TABLE users ADD FOREIGN KEY (creator) REFERENCES users;
CREATE INDEX ON obs (person_id);
CREATE INDEX ON obs (encounter_id);
CREATE INDEX ON encounter (patient_id);
CREATE INDEX ON person_attribute (person_id);
CREATE INDEX ON patient_identifier (identifier);

SET client_min_messages = warning;
DROP SCHEMA omgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
