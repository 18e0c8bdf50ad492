-- classify-eval fixture (HOLDOUT 56: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- SORMAS (Surveillance Outbreak Response Management and Analysis System)
-- database on PostgreSQL, in the naming of sormas-backend's schema.sql as it
-- stood around the 1.9x releases (2023-2024): lowercase run-together table
-- and column names, bigint id plus a SORMAS uuid (four base32 groups) per
-- row, changedate/creationdate timestamps, enums kept as varchar(255)
-- (YES/NO/UNKNOWN for symptoms), JSON kept as text or jsonb. A subset of
-- the tables with a subset of their real columns, written from memory of
-- the schema: left out are the _history tables and sys_period columns,
-- change_user_id, foreign keys and check constraints, the many rarely used
-- symptom, exposure and case columns, clinical visits,
-- maternal history, treatments, campaigns, aggregate and weekly reports,
-- outbreaks, documents, SORMAS-to-SORMAS share tables, feature and disease
-- configuration, population data and area/continent/subcontinent
-- infrastructure. The invented deployment: the Gesundheitsamt (district
-- public-health office) of the fictional Landkreis Muldental-Elster in
-- Saxony, Germany, running SORMAS for its own district through a measles
-- season (January to June 2024: an outbreak in a refugee shared
-- accommodation in Trebsenau and in the Grundschule Am Mühlgraben and Kita
-- Pusteblume in Elstermünde) and an mpox season (June to December 2024: a
-- clade IIb cluster after the "Elsterwelle" festival and a party scene in
-- Leipzig, and one travel-associated case from Kinshasa), with a few
-- pertussis and COVID-19 cases besides. Its users are case officers,
-- contact tracers, supervisors, lab users of the labs that report to it, a
-- point-of-entry user at Leipzig/Halle airport and a DEMIS import user.
-- The data: persons (cases, contacts, event participants, travellers) with
-- names, parents' and guardians' names, birth dates, sex, occupations,
-- passport numbers and health-insurance numbers (KVNR, valid check digit),
-- external file references; their home addresses with geocodes; phone and
-- e-mail contact details (third parties such as parents too); cases with
-- disease, classification, vaccination and pregnancy status, outcome,
-- notifying clinicians and the notes officers typed; contacts and their
-- follow-up visits with symptom records; health conditions and
-- hospitalisations; exposures with places, trains and flights; samples and
-- pathogen tests (IgM, PCR, Ct values, genotypes and clades); immunizations
-- and vaccinations (MMR, Imvanex); events (outbreak clusters) with the
-- people who signalled them, their participants and actions; tasks with
-- comments and replies and the GPS position where they were closed; travel
-- entries with the DEA (digital entry registration) JSON; prescriptions;
-- port health info (flights and seats); DEMIS lab messages with the
-- patient's identity and the raw notification JSON; a manual message log
-- of e-mails and SMS sent to persons; users with SHA-256 password hashes
-- and their seeds; user roles and their rights; countries, regions,
-- districts, communities, facilities (hospitals, labs, schools, kitas,
-- care homes, shared accommodations, with their contact persons) and
-- points of entry, partly real (Saxony's districts, airports), partly
-- invented (the Landkreis, its communities and facilities). Notes are in
-- German, a few in English; most hold nothing personal, some name a
-- person, a phone or an e-mail address. What could not be checked: the
-- exact column list and types of the release followed (written from
-- memory, no access to the source), which enum values that release has
-- (OccupationType, FacilityType and Vaccine values may differ), how the
-- release hashes passwords (SHA-256 of password and seed assumed, as
-- older releases did; newer ones delegate to Keycloak) and what a German
-- deployment keeps in externalid/externaltoken.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

-- su: a SORMAS uuid as DataHelper.createUuid makes them (XXXXXX-XXXXXX-XXXXXX-XXXXXXXX),
-- base32 characters from the SHA-256 of a tag and a row number.
CREATE FUNCTION sgen.su(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(s, 1, 6) || '-' || substr(s, 7, 6) || '-' || substr(s, 13, 6) || '-' || substr(s, 19, 8)
  FROM (SELECT translate(upper(encode(sha256(convert_to(tag || ':' || i::text, 'UTF8')), 'base64')), '+/=0189', '234567Q') AS s) x
$$;

-- at: a timestamp (to the millisecond) between two instants.
CREATE FUNCTION sgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM hi - lo)::int)) + fixture_gen.n(tag || 'ms', i, 1000) / 1000.0))::timestamp(3)
$$;

-- yn: a SORMAS SymptomState / YesNoUnknown value with pyes percent YES and punk percent UNKNOWN.
CREATE FUNCTION sgen.yn(tag text, i bigint, pyes int, punk int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN x < pyes THEN 'YES' WHEN x < pyes + punk THEN 'UNKNOWN' ELSE 'NO' END FROM (SELECT fixture_gen.n(tag, i, 100) AS x) y
$$;

-- fold: a name folded for a login or an e-mail address, umlauts spelled out.
CREATE FUNCTION sgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(translate(replace(replace(replace(replace(replace(replace(replace(s, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'łıńśżźćęąŁŚŻ', 'linszzceaLSZ'))
$$;

-- mobile / landline: German numbers in the formats people type them in.
CREATE FUNCTION sgen.mobile(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 5)
    WHEN 0 THEN '0' || pre || ' ' || d WHEN 1 THEN '+49 ' || pre || ' ' || d WHEN 2 THEN '0' || pre || '/' || d
    WHEN 3 THEN '0' || pre || d ELSE '+49' || pre || d END
  FROM (SELECT fixture_gen.pick(ARRAY['151', '152', '157', '160', '162', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179', '1512', '1520', '1590'], tag, i) AS pre,
               fixture_gen.digits(tag, i, 7 + fixture_gen.n(tag || 'l', i, 2)) AS d) x
$$;
CREATE FUNCTION sgen.landline(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'f', i, 3) = 0 THEN '+49 34' || a || ' ' || d ELSE '034' || a || ' ' || d END
  FROM (SELECT fixture_gen.pick(ARRAY['25', '33', '37', '21', '22', '24', '26', '35', '38', '92', '93'], tag, i) AS a, fixture_gen.digits(tag, i, 5 + fixture_gen.n(tag || 'l', i, 2)) AS d) x
$$;

-- kvnr: a German health-insurance number (Krankenversichertennummer): a
-- letter, eight digits and the check digit over the letter's two digits
-- and the eight (weights 1,2,1,2..., digit sums, mod 10).
CREATE FUNCTION sgen.kvnr(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT l || d || (sum(CASE WHEN k % 2 = 0 THEN (v * 2) / 10 + (v * 2) % 10 ELSE v END) % 10)::text
  FROM (SELECT l, d, k, substr(lpad((ascii(l) - 64)::text, 2, '0') || d, k, 1)::int AS v
        FROM (SELECT fixture_gen.chars(tag || 'l', i, 1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') AS l, fixture_gen.digits(tag, i, 8) AS d) a, generate_series(1, 10) k) b
  GROUP BY l, d
$$;

-- Origins of the people in the district: given names by sex, family names.
CREATE TABLE sgen.o (o text PRIMARY KEY, fem text[], mal text[], lasts text[], country int);
INSERT INTO sgen.o VALUES
 ('de', ARRAY['Anna', 'Lena', 'Marie', 'Sophie', 'Emma', 'Mia', 'Hannah', 'Laura', 'Julia', 'Katrin', 'Sabine', 'Petra', 'Claudia', 'Franziska', 'Juliane', 'Ines', 'Carolin', 'Jana', 'Susanne', 'Heike', 'Lea', 'Charlotte'],
        ARRAY['Lukas', 'Jonas', 'Felix', 'Paul', 'Leon', 'Maximilian', 'Tobias', 'Stefan', 'Michael', 'Thomas', 'Andreas', 'Daniel', 'Sebastian', 'Florian', 'Matthias', 'Jens', 'Uwe', 'Rico', 'Martin', 'Christian', 'Ben', 'Elias'],
        ARRAY['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Richter', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann', 'Lange',
              'Werner', 'Lehmann', 'Köhler', 'Walther', 'Herrmann', 'König', 'Kaiser', 'Fuchs', 'Seidel', 'Vogel', 'Böhme', 'Kühn', 'Ulbricht', 'Kretzschmar'], 101),
 ('tr', ARRAY['Elif', 'Zeynep', 'Ayşe', 'Merve', 'Büşra', 'Selin'], ARRAY['Mehmet', 'Emre', 'Murat', 'Can', 'Burak', 'Yusuf'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'], 104),
 ('ar', ARRAY['Fatima', 'Amal', 'Rania', 'Layla', 'Nour', 'Hiba'], ARRAY['Mohammed', 'Ahmad', 'Omar', 'Khaled', 'Yousef', 'Hassan'], ARRAY['Al-Hassan', 'Haddad', 'Khalil', 'Darwish', 'Ibrahim', 'Mansour', 'Al-Khatib', 'Nasser'], 107),
 ('pl', ARRAY['Agnieszka', 'Katarzyna', 'Zofia', 'Magdalena'], ARRAY['Paweł', 'Krzysztof', 'Tomasz', 'Piotr'], ARRAY['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowski'], 102),
 ('ua', ARRAY['Olena', 'Iryna', 'Oksana', 'Tetiana', 'Nataliia'], ARRAY['Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Mykola'], ARRAY['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko'], 106),
 ('ro', ARRAY['Ioana', 'Elena', 'Andreea'], ARRAY['Andrei', 'Mihai', 'Florin'], ARRAY['Popescu', 'Ionescu', 'Constantin', 'Stan', 'Dumitru'], 105),
 ('vn', ARRAY['Linh', 'Thu', 'Mai', 'Huong'], ARRAY['Minh', 'Tuan', 'Duc', 'Hung'], ARRAY['Nguyen', 'Tran', 'Pham', 'Le', 'Hoang', 'Vu'], 108),
 ('ng', ARRAY['Ngozi', 'Chiamaka', 'Funmilayo', 'Amara'], ARRAY['Chinedu', 'Emeka', 'Oluwaseun', 'Tunde'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Nwosu', 'Balogun'], 109),
 ('cd', ARRAY['Grâce', 'Esther', 'Mireille'], ARRAY['Patrick', 'Jean-Claude', 'Christian'], ARRAY['Mbuyi', 'Tshibangu', 'Kalala', 'Ilunga', 'Mukendi'], 110);

-- The communities (Gemeinden) of the invented Landkreis Muldental-Elster.
CREATE TABLE sgen.c (k int PRIMARY KEY, name text, zip text, lat float8, lon float8);
INSERT INTO sgen.c VALUES
 (1, 'Elstermünde', '04808', 51.3612, 12.7413), (2, 'Trebsenau', '04687', 51.2871, 12.7552), (3, 'Kranichau', '04838', 51.4520, 12.6903),
 (4, 'Lindenhain', '04821', 51.3104, 12.6511), (5, 'Mühlau an der Mulde', '04668', 51.2330, 12.8014), (6, 'Falkenhain-Rödgen', '04808', 51.3981, 12.8262),
 (7, 'Rabenstein', '04683', 51.2620, 12.5983), (8, 'Sandersdorf am Wald', '04849', 51.4952, 12.7440), (9, 'Wendischbora', '04828', 51.3301, 12.5794),
 (10, 'Grünhain an der Elster', '04862', 51.4273, 12.8720), (11, 'Thalheim (Mulde)', '04688', 51.2052, 12.7181), (12, 'Birkwitz', '04824', 51.3530, 12.5202),
 (13, 'Großzschepa', '04808', 51.3880, 12.7751), (14, 'Schönbach', '04680', 51.1811, 12.6220), (15, 'Dahlenberg', '04774', 51.3722, 12.9381),
 (16, 'Belgershain-Nord', '04683', 51.2280, 12.5520), (17, 'Püchau', '04828', 51.3480, 12.6200), (18, 'Lossatal-West', '04808', 51.4120, 12.8030);

-- The people pool: 1-1400 the persons of the database (1-170 measles
-- cases, 171-320 mpox cases, 321-360 other cases, 361-1100 contacts,
-- 1101-1250 event participants, 1251-1400 travellers); 2001-2200 staff
-- and professionals (2001-2052 users, 2060-2100 clinicians, 2101-2140
-- facility contact persons, 2141-2200 people who signal events, parents).
CREATE TABLE sgen.p (i int PRIMARY KEY, o text, sex text, first text, last text, bd date, street text, hnr text, comm int, zip text, city text,
  lat float8, lon float8, phone text, landline text, email text, mother text, father text, gu boolean);
INSERT INTO sgen.p (i, o, sex)
SELECT i,
  CASE WHEN i <= 170 THEN fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'de', 'de', 'ar', 'ar', 'ar', 'ua', 'ua', 'ro', 'ro', 'cd', 'tr'], 'po', i)
       WHEN i <= 320 THEN fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'pl', 'tr', 'ar', 'ua', 'ro', 'vn', 'ng', 'cd'], 'po', i)
       WHEN i BETWEEN 1251 AND 1400 THEN fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'de', 'de', 'tr', 'tr', 'pl', 'ro', 'vn', 'ua', 'ng', 'cd'], 'po', i)
       WHEN i > 2000 THEN fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'tr', 'pl', 'ar', 'ua', 'vn', 'ng'], 'po', i)
       ELSE fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'tr', 'ar', 'pl', 'ua', 'ua', 'ro', 'vn', 'ng'], 'po', i) END,
  CASE WHEN i BETWEEN 171 AND 320 THEN CASE WHEN fixture_gen.n('sx', i, 100) < 95 THEN 'MALE' ELSE 'FEMALE' END
       WHEN fixture_gen.n('sx', i, 200) = 0 THEN 'OTHER' WHEN fixture_gen.n('sx', i, 2) = 0 THEN 'FEMALE' ELSE 'MALE' END
FROM (SELECT generate_series(1, 1400) UNION ALL SELECT generate_series(2001, 2200)) g(i);

UPDATE sgen.p p SET
  first = CASE WHEN p.sex = 'FEMALE' THEN fixture_gen.pick(o.fem, 'pf', p.i) ELSE fixture_gen.pick(o.mal, 'pf', p.i) END,
  last = fixture_gen.pick(o.lasts, 'pl', p.i),
  bd = CASE WHEN p.i <= 170 THEN CASE WHEN fixture_gen.n('bdk', p.i, 100) < 70 THEN date '2012-01-01' + fixture_gen.n('bd', p.i, 365 * 12) ELSE date '1978-01-01' + fixture_gen.n('bd', p.i, 365 * 27) END
            WHEN p.i <= 320 THEN date '1970-01-01' + fixture_gen.n('bd', p.i, 365 * 33)
            WHEN p.i <= 360 THEN date '1938-01-01' + fixture_gen.n('bd', p.i, 365 * 85)
            WHEN p.i <= 1100 THEN CASE WHEN fixture_gen.n('bdk', p.i, 100) < 30 THEN date '2008-01-01' + fixture_gen.n('bd', p.i, 365 * 16) ELSE fixture_gen.birth_date('bd', p.i) END
            WHEN p.i <= 1250 THEN CASE WHEN fixture_gen.n('bdk', p.i, 100) < 45 THEN date '2010-01-01' + fixture_gen.n('bd', p.i, 365 * 10) ELSE date '1975-01-01' + fixture_gen.n('bd', p.i, 365 * 30) END
            WHEN p.i <= 1400 THEN date '1955-01-01' + fixture_gen.n('bd', p.i, 365 * 50)
            ELSE date '1960-01-01' + fixture_gen.n('bd', p.i, 365 * 38) END,
  comm = CASE WHEN fixture_gen.n('cmb', p.i, 3) = 0 THEN 1 ELSE 1 + fixture_gen.n('cm', p.i, 18) END,
  street = fixture_gen.pick(ARRAY['Bahnhofstraße', 'Hauptstraße', 'Lindenstraße', 'Schulstraße', 'Gartenstraße', 'Dorfstraße', 'Leipziger Straße', 'Am Mühlgraben', 'Karl-Liebknecht-Straße',
       'Rosa-Luxemburg-Straße', 'Friedensstraße', 'Bergstraße', 'Wurzener Straße', 'Ringstraße', 'Am Anger', 'Feldweg', 'Birkenweg', 'Thomas-Müntzer-Straße', 'August-Bebel-Straße', 'Goethestraße',
       'Schillerstraße', 'Kirchplatz', 'Rathausstraße', 'Mühlenweg', 'Straße der Jugend', 'Ernst-Thälmann-Straße', 'Am Sportplatz', 'Grimmaische Straße', 'Parkstraße', 'Muldenweg'], 'pst', p.i),
  hnr = (1 + fixture_gen.n('phn', p.i, 80))::text || CASE WHEN fixture_gen.n('phna', p.i, 9) = 0 THEN 'a' WHEN fixture_gen.n('phna', p.i, 9) = 1 THEN 'b' ELSE '' END,
  gu = p.i <= 170 AND p.o IN ('ar', 'ua', 'cd', 'ro') AND p.i % 3 <> 0
FROM sgen.o o WHERE o.o = p.o;

UPDATE sgen.p SET street = 'Am Güterbahnhof', hnr = '7', comm = 2 WHERE gu;
UPDATE sgen.p SET o = 'cd', sex = 'MALE', first = 'Patrick', last = 'Mukendi' WHERE i = 320;
UPDATE sgen.p p SET zip = c.zip, city = c.name,
  lat = round((c.lat + (fixture_gen.n('pla', p.i, 2000) - 1000) / 100000.0)::numeric, 6)::float8,
  lon = round((c.lon + (fixture_gen.n('plo', p.i, 2000) - 1000) / 70000.0)::numeric, 6)::float8
FROM sgen.c c WHERE c.k = p.comm;
UPDATE sgen.p p SET
  phone = CASE WHEN p.o <> 'de' AND fixture_gen.n('pfor', p.i, 5) = 0 THEN
      CASE p.o WHEN 'ua' THEN '+380 ' || fixture_gen.pick(ARRAY['67', '50', '63', '93'], 'pph', p.i) || ' ' || fixture_gen.digits('pph', p.i, 3) || ' ' || fixture_gen.digits('pphx', p.i, 4)
               WHEN 'pl' THEN '+48 ' || fixture_gen.digits('pph', p.i, 3) || ' ' || fixture_gen.digits('pphy', p.i, 3) || ' ' || fixture_gen.digits('pphx', p.i, 3)
               WHEN 'ro' THEN '+40 7' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pphx', p.i, 3) || ' ' || fixture_gen.digits('pphy', p.i, 3)
               WHEN 'tr' THEN '+90 53' || fixture_gen.digits('pph', p.i, 1) || ' ' || fixture_gen.digits('pphx', p.i, 3) || ' ' || fixture_gen.digits('pphy', p.i, 4)
               ELSE fixture_gen.phone('pph', p.i) END
    ELSE sgen.mobile('pph', p.i) END,
  landline = sgen.landline('pll', p.i),
  email = CASE fixture_gen.n('pem', p.i, 5)
      WHEN 0 THEN sgen.fold(p.first) || '.' || sgen.fold(p.last) WHEN 1 THEN sgen.fold(p.first) || sgen.fold(p.last) || (extract(year FROM p.bd)::int % 100)::text
      WHEN 2 THEN substr(sgen.fold(p.first), 1, 1) || '.' || sgen.fold(p.last) WHEN 3 THEN sgen.fold(p.last) || '.' || sgen.fold(p.first) || (p.i % 97)::text
      ELSE fixture_gen.pick(ARRAY['sonnenblume', 'mausi', 'kickerking', 'elsterfan', 'biker', 'tiger', 'blume', 'handballer'], 'pnick', p.i) || extract(year FROM p.bd)::int::text END
    || '@' || CASE p.o WHEN 'ua' THEN fixture_gen.pick(ARRAY['gmail.com', 'ukr.net', 'i.ua'], 'pdom', p.i) WHEN 'pl' THEN fixture_gen.pick(ARRAY['wp.pl', 'onet.pl', 'gmail.com'], 'pdom', p.i)
        ELSE fixture_gen.pick(ARRAY['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'yahoo.de', 'freenet.de', 'outlook.de', 'icloud.com', 'posteo.de', 'gmx.net'], 'pdom', p.i) END,
  mother = o.fem[1 + (fixture_gen.n('pmo', p.i, cardinality(o.fem)) + CASE WHEN fixture_gen.pick(o.fem, 'pmo', p.i) = p.first THEN 1 ELSE 0 END) % cardinality(o.fem)] || ' ' || p.last,
  father = o.mal[1 + (fixture_gen.n('pfa', p.i, cardinality(o.mal)) + CASE WHEN fixture_gen.pick(o.mal, 'pfa', p.i) = p.first THEN 1 ELSE 0 END) % cardinality(o.mal)] || ' '
           || CASE WHEN fixture_gen.n('pfal', p.i, 6) = 0 THEN fixture_gen.pick(o.lasts, 'pfal', p.i) ELSE p.last END
FROM sgen.o o WHERE o.o = p.o;
UPDATE sgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM sgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Note templates by kind: {n} a person's name ({nf} a woman's, {nm} a man's), {l} a family
-- name, {p} a phone, {e} an e-mail.
CREATE TABLE sgen.t (kind text, k int, tpl text, PRIMARY KEY (kind, k));
CREATE TABLE sgen.tk (kind text PRIMARY KEY, cnt int);
CREATE FUNCTION sgen.txt(pkind text, ptag text, pi bigint) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  c int;
  t text;
  r sgen.p;
  rf sgen.p;
  rm sgen.p;
BEGIN
  SELECT tk.cnt INTO c FROM sgen.tk WHERE tk.kind = pkind;
  SELECT x.tpl INTO t FROM sgen.t x WHERE x.kind = pkind AND x.k = fixture_gen.n(ptag || 'tpl', pi, c);
  SELECT * INTO r FROM sgen.p WHERE sgen.p.i = 2141 + fixture_gen.n(ptag || 'p', pi, 60);
  SELECT * INTO rf FROM sgen.p WHERE sgen.p.i BETWEEN 2141 AND 2200 AND sgen.p.sex = 'FEMALE' ORDER BY sgen.p.i OFFSET fixture_gen.n(ptag || 'pf', pi, 20) LIMIT 1;
  SELECT * INTO rm FROM sgen.p WHERE sgen.p.i BETWEEN 2141 AND 2200 AND sgen.p.sex = 'MALE' ORDER BY sgen.p.i OFFSET fixture_gen.n(ptag || 'pm', pi, 20) LIMIT 1;
  RETURN replace(replace(replace(replace(replace(replace(t, '{nf}', rf.first || ' ' || rf.last), '{nm}', rm.first || ' ' || rm.last),
         '{n}', r.first || ' ' || r.last), '{l}', r.last), '{p}', r.phone), '{e}', r.email);
END
$$;

-- d: the disease a template belongs to (M measles, X mpox, P pertussis, C COVID-19, A any);
-- kind:DISEASE holds a disease's own templates and those of any disease.
CREATE TABLE sgen.t0 (kind text, d text, ord int, tpl text);
INSERT INTO sgen.t0 VALUES
 ('case_add', 'A', 1, 'Patient in häuslicher Isolation, Symptome rückläufig.'),
 ('case_add', 'M', 2, 'Kind besucht die Kita, Einrichtung informiert, Betretungsverbot bis einschließlich Tag 4 nach Exanthembeginn.'),
 ('case_add', 'M', 3, 'Impfstatus laut Impfausweis: 1x MMR, 2. Dosis fehlt.'),
 ('case_add', 'M', 4, 'Kein Impfausweis vorhanden, Angaben der Mutter nicht belastbar.'),
 ('case_add', 'A', 5, 'Sprachmittlung (Arabisch) für alle Gespräche notwendig, über den Sprachmittlerpool angefragt.'),
 ('case_add', 'X', 6, 'Läsionen perianal und genital, Behandlung über die infektiologische Schwerpunktpraxis.'),
 ('case_add', 'X', 7, 'Pat. macht keine Angaben zu Sexualkontakten, Kontaktpersonen nicht ermittelbar.'),
 ('case_add', 'A', 8, 'Bitte Rückruf beim Vater, {nm}, unter {p}.'),
 ('case_add', 'A', 9, 'Pat. möchte nur per E-Mail kontaktiert werden: {e}'),
 ('case_add', 'A', 10, 'Arbeitgeber (ambulanter Pflegedienst) informiert, Tätigkeitsverbot nach § 31 IfSG ausgesprochen.'),
 ('case_add', 'A', 11, 'Fall vom Nachbarlandkreis übernommen, Wohnsitz seit 03/2024 bei uns.'),
 ('case_add', 'A', 12, 'Case speaks English only; reached via WhatsApp, daughter translates.'),
 ('case_add', 'A', 13, 'Laut Hausärztin seit drei Tagen fieberfrei.'),
 ('case_add', 'M', 14, 'Wohnt in der GU Trebsenau, Zimmer mit Familie geteilt. Heimleitung ({n}) informiert.'),
 ('case_add', 'A', 15, 'Geschwisterkind ebenfalls erkrankt, siehe Kontakt.'),
 ('case_add', 'A', 16, 'Angaben zur Reise unvollständig, Nachfrage bei Rückkehr aus dem Urlaub.'),
 ('case_add', 'A', 17, 'Erreichbar über die Schwester {nf} ({p}).'),
 ('case_add', 'M', 18, 'Behandelnde Klinik meldet Otitis media als Komplikation.'),
 ('case_cls', 'M', 1, 'Labordiagnostisch bestätigt (IgM positiv).'),
 ('case_cls', 'A', 2, 'PCR positiv, klinisches Bild passend.'),
 ('case_cls', 'A', 3, 'Epidemiologisch bestätigt über den Indexfall im Haushalt.'),
 ('case_cls', 'A', 4, 'Klinisch-epidemiologisch, Labor ausstehend.'),
 ('case_cls', 'M', 5, 'Kein Fall: IgG positiv bei Impfung 2019, PCR negativ.'),
 ('case_cls', 'M', 6, 'Bestätigung durch NRZ, Genotyp D8.'),
 ('case_cls', 'A', 7, 'Verdacht vom Hausarzt gemeldet, Abstrich veranlasst.'),
 ('case_cls', 'X', 8, 'Klade IIb laut Konsiliarlabor.'),
 ('case_cls', 'A', 9, 'Nach Rücksprache mit {n} (Labor) als bestätigt eingestuft.'),
 ('case_fu', 'A', 1, 'Tägliche telefonische Abfrage, Pat. kooperativ.'),
 ('case_fu', 'A', 2, 'Nicht erreichbar, Brief versandt.'),
 ('case_fu', 'X', 3, 'Isolierung bis zur Abheilung aller Läsionen (Krusten abgefallen).'),
 ('case_fu', 'A', 4, 'Nachverfolgung beendet, genesen.'),
 ('case_fu', 'A', 5, 'Rückmeldung über die Mutter, {p}.'),
 ('case_fu', 'A', 6, 'Pat. ist verzogen, Abgabe an das zuständige Gesundheitsamt.'),
 ('case_fu', 'A', 7, 'Follow-up via e-mail to {e} as agreed.'),
 ('hf_det', 'A', 1, 'Hausarztpraxis in Trebsenau'),
 ('hf_det', 'A', 2, 'Kinderarztpraxis am Markt, Elstermünde'),
 ('hf_det', 'A', 3, 'Notaufnahme Uniklinik, ambulant'),
 ('hf_det', 'A', 4, 'Bereitschaftspraxis der KV'),
 ('hf_det', 'A', 5, 'Hautarztpraxis {l}, Leipzig'),
 ('hf_det', 'A', 6, 'Betriebsarzt'),
 ('qhelp', 'A', 1, 'Einkäufe werden von Nachbarn erledigt.'),
 ('qhelp', 'A', 2, 'Benötigt Unterstützung bei der Kinderbetreuung.'),
 ('qhelp', 'A', 3, 'Medikamente müssen aus der Apotheke gebracht werden, Tochter {nf} kümmert sich ({p}).'),
 ('qhelp', 'A', 4, 'Keine Hilfe nötig.'),
 ('qhelp', 'A', 5, 'Verpflegung über die Heimleitung der GU.'),
 ('qhelp', 'A', 6, 'Bescheinigung für den Arbeitgeber erbeten.'),
 ('contact_desc', 'A', 1, 'Gleicher Haushalt.'),
 ('contact_desc', 'M', 2, 'Sitznachbar in der Klasse 3b.'),
 ('contact_desc', 'M', 3, 'Gemeinsame Gruppe in der Kita (Igelgruppe).'),
 ('contact_desc', 'X', 4, 'Sexualkontakt am Festivalwochenende.'),
 ('contact_desc', 'A', 5, 'Gemeinsames Zimmer in der Unterkunft.'),
 ('contact_desc', 'M', 6, 'Wartezimmer der Kinderarztpraxis, ca. 45 Minuten.'),
 ('contact_desc', 'A', 7, 'Behandelnde Pflegekraft ohne FFP2-Maske.'),
 ('contact_desc', 'A', 8, 'Geburtstagsfeier bei Familie {l}, ca. 20 Gäste.'),
 ('contact_desc', 'A', 9, 'Mitfahrer im Auto von Leipzig nach Elstermünde.'),
 ('contact_desc', 'A', 10, 'Arbeitskollege, gleiches Büro.'),
 ('rel_desc', 'A', 1, 'Mutter'), ('rel_desc', 'A', 2, 'Bruder'), ('rel_desc', 'A', 3, 'Mitschülerin'), ('rel_desc', 'A', 4, 'Partner'), ('rel_desc', 'A', 5, 'Mitbewohner'),
 ('rel_desc', 'A', 6, 'Großmutter'), ('rel_desc', 'A', 7, 'Erzieherin'), ('rel_desc', 'A', 8, 'Arbeitskollege'), ('rel_desc', 'A', 9, 'Freund, Name bekannt: {n}'),
 ('contact_add', 'A', 1, 'Impfausweis wird nachgereicht.'),
 ('contact_add', 'M', 2, 'Postexpositionelle MMR-Impfung am Folgetag beim Hausarzt.'),
 ('contact_add', 'X', 3, 'Imvanex-Impfung angeboten, abgelehnt.'),
 ('contact_add', 'M', 4, 'Kontaktperson ist schwanger (20. SSW), Immunglobulin besprochen.'),
 ('contact_add', 'A', 5, 'Telefonisch nicht erreichbar, Anschreiben per Post.'),
 ('contact_add', 'A', 6, 'Kontakt über die Mutter {nf}, {p}.'),
 ('contact_add', 'A', 7, 'Kontaktdaten vom Indexfall nur Vorname und Instagram-Name.'),
 ('contact_add', 'A', 8, 'Wohnt im LK Leipzig, Übergabe an das dortige GA.'),
 ('visit_rem', 'A', 1, 'Keine Symptome.'),
 ('visit_rem', 'A', 2, 'Beschwerdefrei, Temperatur normal.'),
 ('visit_rem', 'A', 3, 'Leichter Schnupfen seit gestern, Abstrich empfohlen.'),
 ('visit_rem', 'A', 4, 'Nicht erreicht, Mailbox besprochen.'),
 ('visit_rem', 'A', 5, 'Mutter berichtet Fieber 38,9 und Husten.'),
 ('visit_rem', 'A', 6, 'Hautausschlag im Gesicht, Foto per Mail an {e} angefordert.'),
 ('visit_rem', 'A', 7, 'Angaben über den Symptom-Tagebuch-Export.'),
 ('visit_rem', 'A', 8, 'Neue Nummer: {p}.'),
 ('sym_com', 'M', 1, 'Exanthem zuerst hinter den Ohren, dann Ausbreitung auf den Stamm.'),
 ('sym_com', 'X', 2, 'Bläschen genital, schmerzhaft, Lymphknoten inguinal geschwollen.'),
 ('sym_com', 'P', 3, 'Hustenanfälle vor allem nachts, mit Erbrechen.'),
 ('sym_com', 'M', 4, 'Fieber seit 3 Tagen, Koplik-Flecken durch Kinderärztin gesehen.'),
 ('sym_com', 'X', 5, 'Einzelne Läsionen an der Hand, Angabe des Patienten.'),
 ('sym_com', 'C', 6, 'Geschmacksverlust, sonst mild.'),
 ('hosp_desc', 'A', 1, 'Stationäre Aufnahme wegen Dehydratation.'),
 ('hosp_desc', 'A', 2, 'Isolierzimmer, Aufnahme über die Notaufnahme.'),
 ('hosp_desc', 'A', 3, 'Pneumonie als Komplikation, Verlegung auf ITS.'),
 ('hosp_desc', 'X', 4, 'Aufnahme zur Schmerztherapie (proktitische Beschwerden).'),
 ('hosp_desc', 'A', 5, 'Entlassung nach Hause, Nachsorge über die Hausärztin.'),
 ('exp_desc', 'M', 1, 'Unterricht in der Klasse des Indexfalls.'),
 ('exp_desc', 'X', 2, 'Festival Elsterwelle, Campingbereich C.'),
 ('exp_desc', 'X', 3, 'Party in einem Club in Leipzig-Plagwitz.'),
 ('exp_desc', 'M', 4, 'Gemeinsame Küche und Sanitärbereich in der GU.'),
 ('exp_desc', 'X', 5, 'Besuch bei Verwandten in Kinshasa.'),
 ('exp_desc', 'M', 6, 'Urlaub in Rumänien, Rückreise per Bus.'),
 ('exp_desc', 'A', 7, 'Kontakt zu {n} auf einer Feier, Name laut Pat.'),
 ('exp_desc', 'M', 8, 'Kita-Gruppe, gemeinsamer Mittagsschlaf.'),
 ('exp_desc', 'X', 9, 'Saunabesuch, genauer Ort nicht angegeben.'),
 ('sample_com', 'A', 1, 'Probe auf Kühlakku verschickt.'),
 ('sample_com', 'A', 2, 'Rachenabstrich und Urin für PCR.'),
 ('sample_com', 'A', 3, 'Abstrich aus Läsion am Oberschenkel.'),
 ('sample_com', 'A', 4, 'Nachforderung: Serum für IgG.'),
 ('sample_com', 'A', 5, 'Entnahme durch Hausarzt, Kurier über {n}.'),
 ('sample_com', 'A', 6, 'Probenröhrchen unvollständig beschriftet, Rückfrage beim Einsender.'),
 ('test_note', 'A', 1, 'Befund telefonisch vorab an {n} (GA) übermittelt.'),
 ('test_note', 'A', 2, 'Vorbefund per Fax an die einsendende Praxis.'),
 ('test_note', 'A', 3, 'Rückfragen an {n}, {p}.'),
 ('test_note', 'A', 4, 'Material hämolytisch, Ergebnis eingeschränkt beurteilbar.'),
 ('imm_add', 'A', 1, 'Angaben laut Impfausweis.'),
 ('imm_add', 'M', 2, 'Impfung im Rahmen der Riegelungsimpfung an der Grundschule.'),
 ('imm_add', 'X', 3, 'Imvanex, 2 Dosen im Abstand von 28 Tagen.'),
 ('imm_add', 'M', 4, 'Durchgemachte Masern 1989 laut Pat., kein Nachweis.'),
 ('imm_add', 'A', 5, 'Impfung durch Hausarzt {nm} bestätigt.'),
 ('ep_inv', 'A', 1, 'Schüler der Klasse 3b.'),
 ('ep_inv', 'A', 2, 'Kind der Igelgruppe.'),
 ('ep_inv', 'A', 3, 'Bewohner der GU, Haus B.'),
 ('ep_inv', 'A', 4, 'Festivalbesucher, Camping.'),
 ('ep_inv', 'A', 5, 'Lehrerin, unterrichtet Klasse 3a und 3b.'),
 ('ep_inv', 'A', 6, 'Mitarbeiter des Sicherheitsdienstes.'),
 ('ep_inv', 'A', 7, 'Gast der Party, Kontakt über {n}.'),
 ('ep_inv', 'A', 8, 'Erzieherin.'),
 ('task_cc', 'A', 1, 'Bitte Erstgespräch führen und Kontaktpersonen erfassen.'),
 ('task_cc', 'A', 2, 'Quarantäneanordnung versenden.'),
 ('task_cc', 'A', 3, 'Impfstatus prüfen, Impfausweis anfordern.'),
 ('task_cc', 'A', 4, 'Mutter zurückrufen: {p}'),
 ('task_cc', 'A', 5, 'Probe nachfordern, Labor hat nur Serum erhalten.'),
 ('task_cc', 'A', 6, 'Sprachmittlung Ukrainisch organisieren.'),
 ('task_cc', 'A', 7, 'Kontakt per Mail: {e}'),
 ('task_cc', 'A', 8, 'Abschlussgespräch, Isolierung beenden wenn alle Krusten abgefallen.'),
 ('task_cc', 'A', 9, 'Schule informieren (Schulleitung {n}).'),
 ('task_ar', 'A', 1, 'Erledigt.'),
 ('task_ar', 'A', 2, 'Nicht erreicht, zweiter Versuch morgen.'),
 ('task_ar', 'A', 3, 'Anordnung per Post raus.'),
 ('task_ar', 'A', 4, 'Impfausweis liegt vor, 2x MMR.'),
 ('task_ar', 'A', 5, 'Mit {n} gesprochen, alles geklärt.'),
 ('task_ar', 'A', 6, 'Pat. bittet um Rückruf nach 16 Uhr.'),
 ('task_ar', 'A', 7, 'Done, contact list received by e-mail.'),
 ('person_add', 'A', 1, 'Sorgerecht liegt beim Jugendamt.'),
 ('person_add', 'A', 2, 'Gehörlos, Kommunikation schriftlich.'),
 ('person_add', 'A', 3, 'Spricht nur Ukrainisch und Russisch.'),
 ('person_add', 'A', 4, 'Wohnungslos, postalisch über die Bahnhofsmission.'),
 ('person_add', 'A', 5, 'Betreuer: {n}, {p}.'),
 ('person_add', 'A', 6, 'Zweitwohnsitz in Leipzig.'),
 ('pcd_add', 'A', 1, 'Nur nach 17 Uhr erreichbar.'),
 ('pcd_add', 'A', 2, 'Diensthandy'),
 ('pcd_add', 'A', 3, 'WhatsApp bevorzugt'),
 ('pcd_add', 'A', 4, 'Nummer vom Indexfall angegeben, nicht bestätigt.'),
 ('pcd_add', 'A', 5, 'Mailbox voll'),
 ('loc_add', 'A', 1, 'Hinterhaus, 2. OG'),
 ('loc_add', 'A', 2, 'Klingel defekt, bitte anrufen'),
 ('loc_add', 'A', 3, 'bei {l}'),
 ('loc_add', 'A', 4, 'Wohnung im Erdgeschoss links'),
 ('loc_add', 'A', 5, 'Gartengrundstück, Zufahrt über den Feldweg');
INSERT INTO sgen.t0 VALUES
 ('sym_com', 'A', 7, 'Angaben telefonisch, Mutter übersetzt.'),
 ('exp_desc', 'A', 10, 'Genaue Exposition unklar.'),
 ('exp_desc', 'A', 11, 'Angaben des Patienten, nicht überprüfbar.');
INSERT INTO sgen.t (kind, k, tpl)
SELECT kind, row_number() OVER (PARTITION BY kind ORDER BY ord) - 1, tpl FROM (
  SELECT kind, ord, tpl FROM sgen.t0 WHERE d = 'A'
  UNION ALL
  SELECT t.kind || ':' || dd.dis, t.ord, t.tpl FROM sgen.t0 t JOIN (VALUES ('M', 'MEASLES'), ('X', 'MONKEYPOX'), ('P', 'PERTUSSIS'), ('C', 'CORONAVIRUS')) dd(d, dis) ON t.d IN ('A', dd.d)
) x;

INSERT INTO sgen.tk SELECT kind, count(*) FROM sgen.t GROUP BY kind;

-- ---------------------------------------------------------------------------
-- Infrastructure: countries, regions (Bundesländer), districts (Kreise),
-- communities (Gemeinden), facilities and points of entry.

CREATE TABLE country (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    defaultname varchar(255), isocode varchar(3), archived boolean NOT NULL DEFAULT false
);
INSERT INTO country SELECT 100 + k, sgen.su('cty', k), timestamp '2023-02-14 09:12:31.114' + k * interval '3 minutes', timestamp '2021-03-02 11:40:07.220', nm, iso, false
FROM (VALUES (1, 'Deutschland', 'DEU'), (2, 'Polen', 'POL'), (3, 'Tschechien', 'CZE'), (4, 'Türkei', 'TUR'), (5, 'Rumänien', 'ROU'), (6, 'Ukraine', 'UKR'), (7, 'Syrien', 'SYR'),
  (8, 'Vietnam', 'VNM'), (9, 'Nigeria', 'NGA'), (10, 'Kongo, Demokratische Republik', 'COD'), (11, 'Thailand', 'THA'), (12, 'Spanien', 'ESP'), (13, 'Österreich', 'AUT'), (14, 'Afghanistan', 'AFG')) v(k, nm, iso);

CREATE TABLE region (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    name varchar(512), epidcode varchar(255), externalid varchar(512), archived boolean NOT NULL DEFAULT false
);
INSERT INTO region SELECT 200 + c, sgen.su('reg', c), timestamp '2023-02-14 09:20:00.000' + c * interval '1 minute', timestamp '2021-03-02 11:41:00.000', nm, ep, lpad(c::text, 2, '0'), false
FROM (VALUES (1, 'Schleswig-Holstein', 'SH'), (2, 'Hamburg', 'HH'), (3, 'Niedersachsen', 'NI'), (4, 'Bremen', 'HB'), (5, 'Nordrhein-Westfalen', 'NW'), (6, 'Hessen', 'HE'),
  (7, 'Rheinland-Pfalz', 'RP'), (8, 'Baden-Württemberg', 'BW'), (9, 'Bayern', 'BY'), (10, 'Saarland', 'SL'), (11, 'Berlin', 'BE'), (12, 'Brandenburg', 'BB'),
  (13, 'Mecklenburg-Vorpommern', 'MV'), (14, 'Sachsen', 'SN'), (15, 'Sachsen-Anhalt', 'ST'), (16, 'Thüringen', 'TH')) v(c, nm, ep);

CREATE TABLE district (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    name varchar(512), region_id bigint, epidcode varchar(255), archived boolean NOT NULL DEFAULT false
);
INSERT INTO district SELECT 300 + k, sgen.su('dis', k), timestamp '2023-02-14 09:30:00.000' + k * interval '1 minute', timestamp '2021-03-02 11:42:00.000', nm, reg, ep, false
FROM (VALUES (1, 'SK Chemnitz', 214, 'C'), (2, 'LK Erzgebirgskreis', 214, 'ERZ'), (3, 'LK Mittelsachsen', 214, 'FG'), (4, 'LK Vogtlandkreis', 214, 'V'), (5, 'LK Zwickau', 214, 'Z'),
  (6, 'SK Dresden', 214, 'DD'), (7, 'LK Bautzen', 214, 'BZ'), (8, 'LK Görlitz', 214, 'GR'), (9, 'LK Meißen', 214, 'MEI'), (10, 'LK Sächsische Schweiz-Osterzgebirge', 214, 'PIR'),
  (11, 'SK Leipzig', 214, 'L'), (12, 'LK Leipzig', 214, 'LL'), (13, 'LK Nordsachsen', 214, 'TDO'), (14, 'LK Muldental-Elster', 214, 'MUE'), (15, 'SK Berlin Mitte', 211, 'B')) v(k, nm, reg, ep);

CREATE TABLE community (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    name varchar(512), district_id bigint, archived boolean NOT NULL DEFAULT false
);
INSERT INTO community SELECT 400 + k, sgen.su('com', k), timestamp '2023-02-14 09:40:00.000' + k * interval '1 minute', timestamp '2021-03-02 11:43:00.000', name, 314, false FROM sgen.c;

CREATE TABLE facility (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    name varchar(512), type varchar(255), district_id bigint, community_id bigint, city varchar(512), postalcode varchar(512), street varchar(4096), housenumber varchar(512),
    latitude double precision, longitude double precision, contactpersonfirstname varchar(512), contactpersonlastname varchar(512), contactpersonphone varchar(512), contactpersonemail varchar(512)
);
INSERT INTO facility
SELECT 500 + k, coalesce(cu, sgen.su('fac', k)), timestamp '2023-11-20 14:02:00.000' + k * interval '17 minutes', timestamp '2021-03-02 11:50:00.000' + k * interval '1 second',
       nm, ty, di, CASE WHEN di = 314 THEN 400 + cm END, ci, zp, st, hn, la, lo,
       CASE WHEN cp THEN p.first END, CASE WHEN cp THEN p.last END, CASE WHEN cp THEN sgen.landline('facph', k) END,
       CASE WHEN cp THEN CASE WHEN k % 3 = 0 THEN sgen.fold(p.first) || '.' || sgen.fold(p.last) ELSE 'leitung' END || '@' || dom END
FROM (VALUES
  (1, NULL, 'Kreiskrankenhaus Elstermünde', 'HOSPITAL', 314, 1, 'Elstermünde', '04808', 'Klinikstraße', '1', 51.3655, 12.7470, false, 'kkh-elstermuende.example'),
  (2, NULL, 'Muldentalklinikum Trebsenau', 'HOSPITAL', 314, 2, 'Trebsenau', '04687', 'Am Klinikum', '3', 51.2902, 12.7611, false, 'muldentalklinikum.example'),
  (3, NULL, 'Universitätsklinikum Leipzig, Klinik für Infektiologie', 'HOSPITAL', 311, NULL, 'Leipzig', '04103', 'Liebigstraße', '20', 51.3313, 12.3876, false, 'uniklinik-leipzig.example'),
  (4, NULL, 'Klinikum St. Georg Leipzig', 'HOSPITAL', 311, NULL, 'Leipzig', '04129', 'Delitzscher Straße', '141', 51.3710, 12.3910, false, 'sanktgeorg.example'),
  (5, NULL, 'MVZ Labor Leipzig-Süd', 'LABORATORY', 311, NULL, 'Leipzig', '04277', 'Bornaische Straße', '52', 51.3080, 12.3900, false, 'labor-leipzig-sued.example'),
  (6, NULL, 'Landesuntersuchungsanstalt Sachsen, Standort Leipzig', 'LABORATORY', 311, NULL, 'Leipzig', '04129', 'Bahnhofstraße', '58', 51.3650, 12.4010, false, 'lua-sachsen.example'),
  (7, NULL, 'Nationales Referenzzentrum Masern, Mumps, Röteln', 'LABORATORY', 315, NULL, 'Berlin', '13353', 'Seestraße', '10', 52.5430, 13.3490, false, 'rki.example'),
  (8, NULL, 'Konsiliarlabor für Pockenviren', 'LABORATORY', 315, NULL, 'Berlin', '13353', 'Seestraße', '10', 52.5430, 13.3490, false, 'rki.example'),
  (9, NULL, 'Medizinisches Labor Ostsachsen MVZ', 'LABORATORY', 306, NULL, 'Dresden', '01069', 'Budapester Straße', '31', 51.0420, 13.7270, false, 'labor-ostsachsen.example'),
  (10, NULL, 'Grundschule Am Mühlgraben', 'SCHOOL', 314, 1, 'Elstermünde', '04808', 'Am Mühlgraben', '12', 51.3588, 12.7390, true, 'gs-muehlgraben.example'),
  (11, NULL, 'Oberschule Kranichau', 'SCHOOL', 314, 3, 'Kranichau', '04838', 'Schulstraße', '4', 51.4533, 12.6921, true, 'os-kranichau.example'),
  (12, NULL, 'Gymnasium Elstermünde', 'SCHOOL', 314, 1, 'Elstermünde', '04808', 'Goethestraße', '30', 51.3630, 12.7350, true, 'gymnasium-elstermuende.example'),
  (13, NULL, 'Grundschule Trebsenau', 'SCHOOL', 314, 2, 'Trebsenau', '04687', 'Schulweg', '2', 51.2860, 12.7530, true, 'gs-trebsenau.example'),
  (14, NULL, 'Kita Pusteblume', 'KINDERGARTEN', 314, 1, 'Elstermünde', '04808', 'Lindenstraße', '8', 51.3601, 12.7442, true, 'kita-pusteblume.example'),
  (15, NULL, 'Kita Sonnenschein', 'KINDERGARTEN', 314, 2, 'Trebsenau', '04687', 'Gartenstraße', '15', 51.2888, 12.7570, true, 'kita-sonnenschein-trebsenau.example'),
  (16, NULL, 'Kita Regenbogen', 'KINDERGARTEN', 314, 4, 'Lindenhain', '04821', 'Dorfstraße', '22', 51.3110, 12.6500, true, 'kita-regenbogen.example'),
  (17, NULL, 'Kinderhaus Wirbelwind', 'KINDERGARTEN', 314, 3, 'Kranichau', '04838', 'Am Anger', '3', 51.4510, 12.6880, true, 'wirbelwind-kranichau.example'),
  (18, NULL, 'Gemeinschaftsunterkunft Trebsenau', 'REFUGEE_ACCOMMODATION', 314, 2, 'Trebsenau', '04687', 'Am Güterbahnhof', '7', 51.2850, 12.7490, true, 'gu-trebsenau.example'),
  (19, NULL, 'Erstaufnahme-Außenstelle Kranichau', 'REFUGEE_ACCOMMODATION', 314, 3, 'Kranichau', '04838', 'Kasernenstraße', '1', 51.4490, 12.6990, true, 'lds-sachsen.example'),
  (20, NULL, 'Seniorenresidenz Am Schlosspark', 'ELDERLY_CARE', 314, 1, 'Elstermünde', '04808', 'Parkstraße', '5', 51.3620, 12.7480, true, 'schlosspark-senioren.example'),
  (21, NULL, 'Pflegeheim Haus Abendsonne', 'ELDERLY_CARE', 314, 4, 'Lindenhain', '04821', 'Birkenweg', '11', 51.3095, 12.6530, true, 'haus-abendsonne.example'),
  (22, NULL, 'Infektiologische Schwerpunktpraxis Leipzig Zentrum', 'OUTPATIENT_TREATMENT_FACILITY', 311, NULL, 'Leipzig', '04109', 'Katharinenstraße', '11', 51.3410, 12.3750, false, 'isp-leipzig.example'),
  (23, NULL, 'Medizinisches Versorgungszentrum Elstermünde', 'OUTPATIENT_TREATMENT_FACILITY', 314, 1, 'Elstermünde', '04808', 'Bahnhofstraße', '40', 51.3570, 12.7400, false, 'mvz-elstermuende.example'),
  (24, NULL, 'Berufsschulzentrum Elstermünde', 'SCHOOL', 314, 1, 'Elstermünde', '04808', 'Straße der Jugend', '18', 51.3660, 12.7310, true, 'bsz-elstermuende.example'),
  (25, NULL, 'Ambulanter Pflegedienst Trebsenau', 'MOBILE_NURSING_SERVICE', 314, 2, 'Trebsenau', '04687', 'Leipziger Straße', '27', 51.2880, 12.7520, true, 'pflegedienst-trebsenau.example'),
  (26, 'SORMAS-CONSTID-OTHERS-FACILITY', 'OTHER_FACILITY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL),
  (27, 'SORMAS-CONSTID-ISNONE-FACILITY', 'NO_FACILITY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL),
  (28, 'SORMAS-CONSTID-OTHERS-LABORATO', 'OTHER_LABORATORY', 'LABORATORY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL)
) v(k, cu, nm, ty, di, cm, ci, zp, st, hn, la, lo, cp, dom)
JOIN sgen.p p ON p.i = 2100 + k;

CREATE TABLE pointofentry (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    pointofentrytype varchar(255), name varchar(512), region_id bigint, latitude double precision, longitude double precision
);
INSERT INTO pointofentry SELECT 600 + k, coalesce(cu, sgen.su('poe', k)), timestamp '2022-05-10 08:00:00.000' + k * interval '1 hour', timestamp '2021-03-02 12:00:00.000', ty, nm, rg, la, lo
FROM (VALUES (1, NULL, 'AIRPORT', 'Flughafen Leipzig/Halle', 214, 51.4239, 12.2364), (2, NULL, 'AIRPORT', 'Flughafen Dresden', 214, 51.1328, 13.7672),
  (3, NULL, 'AIRPORT', 'Flughafen Berlin Brandenburg', 212, 52.3667, 13.5033), (4, NULL, 'GROUND_CROSSING', 'Grenzübergang Görlitz (A4)', 214, 51.1378, 15.0064),
  (5, 'SORMAS-CONSTID-OTHERS-AIRPORTX', 'AIRPORT', 'OTHER_AIRPORT', NULL, NULL, NULL), (6, 'SORMAS-CONSTID-OTHERS-GROUNDCR', 'GROUND_CROSSING', 'OTHER_GROUND_CROSSING', NULL, NULL, NULL),
  (7, 'SORMAS-CONSTID-OTHERS-POENTRY', 'OTHER', 'OTHER_POE', NULL, NULL, NULL)) v(k, cu, ty, nm, rg, la, lo);

-- ---------------------------------------------------------------------------
-- Users and their roles.

CREATE TABLE userroles (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    caption varchar(512), description varchar(4096), enabled boolean NOT NULL DEFAULT true, jurisdictionlevel varchar(255), linkeddefaultuserrole varchar(255)
);
INSERT INTO userroles SELECT 700 + k, sgen.su('role', k), timestamp '2023-06-01 10:00:00.000' + k * interval '5 minutes', timestamp '2022-11-15 08:30:00.000', cap, dsc, en, jl, ldr
FROM (VALUES
  (1, 'Admin', 'Administration der Instanz, Benutzer und Infrastruktur.', true, 'NONE', 'ADMIN'),
  (2, 'Surveillance Supervisor', 'Leitung Infektionsschutz: Fälle, Kontakte und Ereignisse im Landkreis.', true, 'DISTRICT', 'SURVEILLANCE_SUPERVISOR'),
  (3, 'Surveillance Officer', 'Fallbearbeitung (Ermittlung, Isolierung, Meldung).', true, 'DISTRICT', 'SURVEILLANCE_OFFICER'),
  (4, 'Contact Supervisor', 'Koordination der Kontaktpersonennachverfolgung.', true, 'DISTRICT', 'CONTACT_SUPERVISOR'),
  (5, 'Contact Officer', 'Kontaktpersonennachverfolgung und Symptomabfrage.', true, 'DISTRICT', 'CONTACT_OFFICER'),
  (6, 'Containment Scout', 'Befristet eingesetzte Unterstützungskräfte für Telefonabfragen.', true, 'DISTRICT', 'CONTACT_OFFICER'),
  (7, 'Lab User', 'Labore mit eigenem Zugang: Proben und Testergebnisse.', true, 'LABORATORY', 'LAB_USER'),
  (8, 'External Lab User', 'Externe Referenzlabore, nur zugewiesene Proben.', true, 'EXTERNAL_LABORATORY', 'EXTERNAL_LAB_USER'),
  (9, 'Point of Entry Supervisor', 'Einreisen und Meldungen vom Flughafen.', true, 'POINT_OF_ENTRY', 'POE_SUPERVISOR'),
  (10, 'Import User', 'Technischer Benutzer für DEMIS-Labormeldungen.', true, 'NONE', 'IMPORT_USER'),
  (11, 'Community Officer', 'Außendienst der Gemeinden (Hausbesuche).', true, 'COMMUNITY', 'COMMUNITY_OFFICER'),
  (12, 'Case Supervisor', 'Veraltet, durch Surveillance Supervisor ersetzt.', false, 'DISTRICT', 'CASE_SUPERVISOR')
) v(k, cap, dsc, en, jl, ldr);

CREATE TABLE userroles_userrights (userrole_id bigint NOT NULL, userright varchar(255) NOT NULL, PRIMARY KEY (userrole_id, userright));
INSERT INTO userroles_userrights
SELECT 700 + r, unnest(CASE
  WHEN r IN (1) THEN ARRAY['USER_CREATE', 'USER_EDIT', 'USER_VIEW', 'USER_ROLE_EDIT', 'USER_ROLE_VIEW', 'INFRASTRUCTURE_CREATE', 'INFRASTRUCTURE_EDIT', 'INFRASTRUCTURE_VIEW', 'INFRASTRUCTURE_IMPORT', 'INFRASTRUCTURE_EXPORT', 'DEV_MODE', 'SEE_PERSONAL_DATA_IN_JURISDICTION']
  WHEN r IN (2, 3, 12) THEN ARRAY['CASE_VIEW', 'CASE_CREATE', 'CASE_EDIT', 'CASE_CLASSIFY', 'CASE_INVESTIGATE', 'CASE_EXPORT', 'CASE_ARCHIVE', 'CONTACT_VIEW', 'CONTACT_CREATE', 'CONTACT_EDIT', 'EVENT_VIEW', 'EVENT_CREATE', 'EVENT_EDIT',
    'EVENTPARTICIPANT_VIEW', 'SAMPLE_VIEW', 'SAMPLE_CREATE', 'TASK_VIEW', 'TASK_CREATE', 'TASK_EDIT', 'TASK_ASSIGN', 'IMMUNIZATION_VIEW', 'IMMUNIZATION_CREATE', 'TRAVEL_ENTRY_VIEW', 'EXTERNAL_MESSAGE_VIEW', 'EXTERNAL_MESSAGE_PROCESS',
    'SEE_PERSONAL_DATA_IN_JURISDICTION', 'SEE_SENSITIVE_DATA_IN_JURISDICTION', 'PERSON_VIEW', 'PERSON_EDIT', 'SEND_MANUAL_EXTERNAL_MESSAGES']
  WHEN r IN (4, 5, 6) THEN ARRAY['CONTACT_VIEW', 'CONTACT_CREATE', 'CONTACT_EDIT', 'CONTACT_EXPORT', 'VISIT_CREATE', 'VISIT_EDIT', 'TASK_VIEW', 'TASK_EDIT', 'CASE_VIEW', 'PERSON_VIEW', 'PERSON_EDIT',
    'SEE_PERSONAL_DATA_IN_JURISDICTION', 'SEND_MANUAL_EXTERNAL_MESSAGES']
  WHEN r IN (7, 8) THEN ARRAY['SAMPLE_VIEW', 'SAMPLE_EDIT', 'SAMPLE_EDIT_NOT_OWNED', 'PATHOGEN_TEST_CREATE', 'PATHOGEN_TEST_EDIT', 'SEE_PERSONAL_DATA_IN_JURISDICTION']
  WHEN r = 9 THEN ARRAY['TRAVEL_ENTRY_VIEW', 'TRAVEL_ENTRY_CREATE', 'TRAVEL_ENTRY_EDIT', 'PORT_HEALTH_INFO_VIEW', 'PORT_HEALTH_INFO_EDIT', 'CASE_VIEW']
  WHEN r = 10 THEN ARRAY['EXTERNAL_MESSAGE_VIEW', 'EXTERNAL_MESSAGE_PROCESS', 'CASE_CREATE', 'SAMPLE_CREATE', 'PATHOGEN_TEST_CREATE', 'PERSON_VIEW']
  ELSE ARRAY['CASE_VIEW', 'CONTACT_VIEW', 'VISIT_CREATE', 'TASK_VIEW', 'TASK_EDIT'] END)
FROM generate_series(1, 12) r;

CREATE TABLE users (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    username varchar(512) NOT NULL, password varchar(64) NOT NULL, seed varchar(16) NOT NULL, active boolean NOT NULL,
    firstname varchar(512), lastname varchar(512), useremail varchar(512), phone varchar(512),
    region_id bigint, district_id bigint, healthfacility_id bigint, laboratory_id bigint, associatedofficer_id bigint, language varchar(255)
);
CREATE TABLE sgen.u (u int PRIMARY KEY, role int, lab bigint, dom text);
INSERT INTO sgen.u SELECT u,
  CASE WHEN u <= 2 THEN 1 WHEN u <= 4 THEN 2 WHEN u <= 16 THEN 3 WHEN u <= 18 THEN 4 WHEN u <= 30 THEN 5 WHEN u <= 38 THEN 6 WHEN u <= 42 THEN 7 WHEN u <= 45 THEN 8
       WHEN u = 46 THEN 9 WHEN u = 47 THEN 10 WHEN u <= 50 THEN 11 ELSE 6 END,
  CASE WHEN u IN (39, 40) THEN 505 WHEN u IN (41, 42) THEN 506 WHEN u = 43 THEN 507 WHEN u = 44 THEN 508 WHEN u = 45 THEN 509 END,
  CASE WHEN u IN (39, 40) THEN 'labor-leipzig-sued.example' WHEN u IN (41, 42) THEN 'lua-sachsen.example' WHEN u IN (43, 44) THEN 'rki.example' WHEN u = 45 THEN 'labor-ostsachsen.example'
       WHEN u = 46 THEN 'leipzig-airport.example' ELSE 'lk-muldental-elster.example' END
FROM generate_series(1, 52) u;
INSERT INTO users
SELECT 1000 + u.u, sgen.su('usr', u.u), sgen.at('usrc', u.u, '2024-06-01', '2025-02-28'), sgen.at('usrk', u.u, '2022-11-20', '2024-01-10'),
       CASE WHEN u.u = 47 THEN 'demis-import' WHEN u.u % 7 = 3 THEN substr(sgen.fold(p.first), 1, 1) || sgen.fold(p.last) ELSE sgen.fold(p.first) || '.' || sgen.fold(p.last) END,
       encode(sha256(convert_to(fixture_gen.chars('upw', u.u, 14) || fixture_gen.chars('useed', u.u, 16), 'UTF8')), 'hex'),
       fixture_gen.chars('useed', u.u, 16), u.u <= 50,
       CASE WHEN u.u = 47 THEN 'DEMIS' ELSE p.first END, CASE WHEN u.u = 47 THEN 'Schnittstelle' ELSE p.last END,
       CASE WHEN u.u = 47 THEN 'sormas-technik@lk-muldental-elster.example' WHEN u.u BETWEEN 31 AND 38 OR u.u > 50 THEN 'scout' || (u.u - 30)::text || '@lk-muldental-elster.example'
            ELSE sgen.fold(p.first) || '.' || sgen.fold(p.last) || '@' || u.dom END,
       CASE WHEN u.u = 47 THEN NULL WHEN u.dom = 'lk-muldental-elster.example' THEN '03425 9867-' || (200 + u.u * 3)::text ELSE sgen.landline('uph', u.u) END,
       CASE WHEN u.role IN (8, 1, 10) THEN NULL ELSE 214 END, CASE WHEN u.role IN (2, 3, 4, 5, 6, 11) THEN 314 END,
       NULL, u.lab, CASE WHEN u.role = 11 THEN 1005 + u.u % 12 END, CASE WHEN u.u IN (12, 27, 44) THEN 'EN' ELSE 'DE' END
FROM sgen.u u JOIN sgen.p p ON p.i = 2000 + u.u;
UPDATE users u SET username = u.username || d.rn::text, useremail = CASE WHEN u.useremail LIKE 'scout%' THEN u.useremail ELSE replace(u.useremail, '@', d.rn::text || '@') END
FROM (SELECT id, row_number() OVER (PARTITION BY username ORDER BY id) AS rn FROM users) d WHERE d.id = u.id AND d.rn > 1;
ALTER TABLE users ADD UNIQUE (username);

CREATE TABLE users_userroles (user_id bigint NOT NULL, userrole_id bigint NOT NULL, PRIMARY KEY (user_id, userrole_id));
INSERT INTO users_userroles SELECT 1000 + u, 700 + role FROM sgen.u
UNION ALL SELECT 1000 + u, 703 FROM sgen.u WHERE u IN (3, 4, 17)
UNION ALL SELECT 1000 + u, 705 FROM sgen.u WHERE u BETWEEN 5 AND 9;

-- ---------------------------------------------------------------------------
-- Persons, their addresses and contact details.

CREATE TABLE location (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    details varchar(512), city varchar(512), district_id bigint, community_id bigint, latitude double precision, longitude double precision,
    postalcode varchar(512), street varchar(4096), housenumber varchar(512), additionalinformation varchar(512), addresstype varchar(255),
    facility_id bigint, facilitydetails varchar(512), person_id bigint, contactpersonfirstname varchar(512), contactpersonlastname varchar(512), contactpersonphone varchar(512)
);

-- cr: when a person entered the database, by the part of the pool and
-- the outbreak they belong to; pcreated looks it up.
ALTER TABLE sgen.p ADD COLUMN cr timestamp;
UPDATE sgen.p SET cr = CASE
  WHEN i <= 170 AND gu THEN sgen.at('pcr', i, '2024-01-15', '2024-03-25')
  WHEN i <= 170 AND bd >= date '2017-09-01' THEN sgen.at('pcr', i, '2024-03-15', '2024-05-10')
  WHEN i <= 170 AND bd >= date '2012-01-01' THEN sgen.at('pcr', i, '2024-03-01', '2024-04-20')
  WHEN i <= 170 THEN sgen.at('pcr', i, '2024-01-10', '2024-06-28')
  WHEN i <= 230 THEN sgen.at('pcr', i, '2024-07-02', '2024-08-15')
  WHEN i <= 280 THEN sgen.at('pcr', i, '2024-08-05', '2024-10-20')
  WHEN i <= 300 THEN sgen.at('pcr', i, '2024-09-08', '2024-11-05')
  WHEN i < 320 THEN sgen.at('pcr', i, '2024-06-14', '2024-12-20')
  WHEN i = 320 THEN timestamp '2024-11-04 10:17:42.311'
  WHEN i IN (333, 337, 352) THEN sgen.at('pcr', i, '2024-09-20', '2024-10-12')
  WHEN i <= 340 THEN sgen.at('pcr', i, '2024-02-01', '2024-11-30')
  WHEN i <= 350 THEN sgen.at('pcr', i, '2025-01-03', '2025-01-20')
  WHEN i <= 360 THEN sgen.at('pcr', i, '2024-10-01', '2025-02-20')
  WHEN i <= 1100 THEN sgen.at('pcr', i, '2024-01-15', '2025-02-25')
  WHEN i <= 1250 THEN sgen.at('pcr', i, '2024-02-01', '2024-09-30')
  ELSE sgen.at('pcr', i, '2024-03-01', '2025-01-31') END;
CREATE FUNCTION sgen.pcreated(pi int) RETURNS timestamp
LANGUAGE sql STABLE AS $$ SELECT cr FROM sgen.p WHERE i = pi $$;

INSERT INTO location (id, uuid, changedate, creationdate, details, city, district_id, community_id, latitude, longitude, postalcode, street, housenumber, additionalinformation, addresstype, facility_id)
SELECT 10000 + p.i, sgen.su('loc', p.i), sgen.pcreated(p.i) + make_interval(mins => fixture_gen.n('locc', p.i, 40000)), sgen.pcreated(p.i),
       CASE WHEN fixture_gen.n('locd', p.i, 40) = 0 THEN fixture_gen.pick(ARRAY['Adresse laut Meldeamt', 'Adresse vom Indexfall angegeben', 'Anschrift der Eltern'], 'locd2', p.i) END,
       CASE WHEN p.i > 1250 AND p.i % 5 = 0 THEN 'Leipzig' ELSE p.city END, CASE WHEN p.i > 1250 AND p.i % 5 = 0 THEN 311 ELSE 314 END,
       CASE WHEN p.i > 1250 AND p.i % 5 = 0 THEN NULL ELSE 400 + p.comm END,
       CASE WHEN fixture_gen.n('locg', p.i, 10) < 7 THEN p.lat END, CASE WHEN fixture_gen.n('locg', p.i, 10) < 7 THEN p.lon END,
       CASE WHEN p.i > 1250 AND p.i % 5 = 0 THEN '04' || (100 + fixture_gen.n('lzl', p.i, 260))::text ELSE p.zip END, p.street, p.hnr,
       CASE WHEN p.gu THEN 'Haus ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'gh', p.i) || ', Zimmer ' || (1 + fixture_gen.n('gz', p.i, 48))::text
            WHEN fixture_gen.n('loca', p.i, 8) = 0 THEN sgen.txt('loc_add', 'loca', p.i) END,
       'HOME', CASE WHEN p.gu THEN 518 END
FROM sgen.p p WHERE p.i <= 1400;

CREATE TABLE person (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    firstname varchar(512) NOT NULL, lastname varchar(512) NOT NULL, salutation varchar(255), nickname varchar(512), mothersname varchar(512), fathersname varchar(512),
    namesofguardians varchar(512), birthdate_dd integer, birthdate_mm integer, birthdate_yyyy integer, approximateage integer, sex varchar(255),
    presentcondition varchar(255), deathdate timestamp, causeofdeath varchar(255), causeofdeathdetails varchar(512), address_id bigint,
    occupationtype varchar(255), occupationdetails varchar(512), passportnumber varchar(512), nationalhealthid varchar(512), externalid varchar(512), externaltoken varchar(512),
    birthcountry_id bigint, citizenship_id bigint, additionaldetails varchar(4096)
);
UPDATE sgen.p SET bd = date '1941-03-17' WHERE i = 345;
UPDATE sgen.p SET bd = date '1937-11-02' WHERE i = 352;
INSERT INTO person
SELECT 20000 + p.i, sgen.su('per', p.i), sgen.pcreated(p.i) + make_interval(mins => fixture_gen.n('perc', p.i, 60000)), sgen.pcreated(p.i),
       p.first, p.last,
       CASE WHEN age >= 18 AND fixture_gen.n('sal', p.i, 10) < 4 THEN CASE p.sex WHEN 'FEMALE' THEN 'MRS' WHEN 'MALE' THEN 'MR' ELSE 'OTHER' END
            WHEN age < 18 AND fixture_gen.n('sal', p.i, 10) < 2 THEN 'GUARDIAN_OF_MINOR' END,
       CASE WHEN fixture_gen.n('nick', p.i, 33) = 0 THEN fixture_gen.pick(ARRAY['Mo', 'Leni', 'Kalle', 'Jojo', 'Basti', 'Steffi', 'Sascha', 'Mimi', 'Danny', 'Olli'], 'nick2', p.i) END,
       CASE WHEN age < 16 AND fixture_gen.n('mot', p.i, 100) < 55 THEN p.mother END,
       CASE WHEN age < 16 AND fixture_gen.n('fat', p.i, 100) < 35 THEN p.father END,
       CASE WHEN age < 18 AND p.gu AND fixture_gen.n('grd', p.i, 10) < 3 THEN 'Vormund: Amtsvormundschaft Jugendamt, ' || g.first || ' ' || g.last
            WHEN age < 18 AND fixture_gen.n('grd', p.i, 30) = 0 THEN 'Eltern: ' || p.mother || ' und ' || p.father END,
       CASE WHEN bdk < 95 THEN extract(day FROM p.bd)::int END, CASE WHEN bdk < 95 THEN extract(month FROM p.bd)::int END, CASE WHEN bdk < 98 THEN extract(year FROM p.bd)::int END,
       age, CASE WHEN fixture_gen.n('sxu', p.i, 100) = 0 THEN 'UNKNOWN' ELSE p.sex END,
       CASE WHEN p.i IN (345, 352) THEN 'DEAD' WHEN fixture_gen.n('pcond', p.i, 100) < 85 THEN 'ALIVE' WHEN fixture_gen.n('pcond', p.i, 100) < 98 THEN 'UNKNOWN' END,
       CASE p.i WHEN 345 THEN date_trunc('day', sgen.pcreated(p.i)) + interval '9 days' WHEN 352 THEN date_trunc('day', sgen.pcreated(p.i)) + interval '23 days' END,
       CASE p.i WHEN 345 THEN 'EPIDEMIC_DISEASE' WHEN 352 THEN 'OTHER_CAUSE' END,
       CASE p.i WHEN 345 THEN 'Pneumonie bei COVID-19, Vorerkrankung COPD' WHEN 352 THEN 'Herz-Kreislauf-Versagen, kein Zusammenhang mit Pertussis' END,
       10000 + p.i,
       CASE WHEN age < 6 THEN 'CHILD' WHEN age < 19 THEN 'STUDENT'
            ELSE fixture_gen.pick(ARRAY['OTHER', 'OTHER', 'OTHER', 'HEALTHCARE_WORKER', 'BUSINESSMAN_WOMAN', 'HOUSEWIFE', 'TRANSPORTER', 'LABORATORY_STAFF', 'FARMER', 'UNKNOWN', 'CHILDCARE_WORKER', 'TEACHER'], 'occ', p.i) END,
       CASE WHEN age >= 18 AND fixture_gen.n('occd', p.i, 10) < 3 THEN fixture_gen.pick(ARRAY['Erzieherin in der Kita Pusteblume', 'Pflegefachkraft, Kreiskrankenhaus Elstermünde', 'Lehrer an der Grundschule Am Mühlgraben',
         'Lagerarbeiter im Logistikzentrum am Flughafen', 'Student, Universität Leipzig', 'Busfahrer im Regionalverkehr', 'Barkeeper in Leipzig', 'Rentner', 'Koch in einer Kantine', 'Softwareentwickler',
         'Friseurin', 'arbeitslos', 'Kassiererin im Supermarkt', 'Altenpfleger, Haus Abendsonne', 'Bauarbeiter', 'Sicherheitsdienst (Festival)', 'Medizinische Fachangestellte, Kinderarztpraxis'], 'occd2', p.i) END,
       CASE WHEN (p.i > 1250 AND fixture_gen.n('pass', p.i, 10) < 4) OR (p.gu AND fixture_gen.n('pass', p.i, 10) < 3) OR fixture_gen.n('pass', p.i, 50) = 0 THEN
         CASE p.o WHEN 'de' THEN fixture_gen.pick(ARRAY['C', 'F', 'G', 'H', 'J', 'K'], 'pas1', p.i) || fixture_gen.chars('pas', p.i, 8, 'CFGHJKLMNPRTVWXYZ0123456789')
                  WHEN 'ua' THEN fixture_gen.pick(ARRAY['FE', 'FK', 'FA', 'GB'], 'pas1', p.i) || fixture_gen.digits('pas', p.i, 6)
                  WHEN 'ar' THEN 'N' || fixture_gen.digits('pas', p.i, 9) WHEN 'cd' THEN 'OB' || fixture_gen.digits('pas', p.i, 7)
                  WHEN 'tr' THEN 'U' || fixture_gen.digits('pas', p.i, 8) ELSE fixture_gen.chars('pas1', p.i, 2, 'ABCEFGHKLMNPRSTUVX') || fixture_gen.digits('pas', p.i, 7) END END,
       CASE WHEN NOT p.gu AND fixture_gen.n('kv', p.i, 100) < CASE WHEN p.o = 'de' THEN 45 ELSE 20 END THEN sgen.kvnr('kv', p.i) END,
       CASE WHEN fixture_gen.n('pxid', p.i, 12) = 0 THEN 'PID' || fixture_gen.digits('pxid', p.i, 8) END,
       CASE WHEN p.i <= 360 AND fixture_gen.n('ptok', p.i, 10) < 9 THEN 'GA-MUE/' || CASE WHEN p.i <= 170 THEN 'MA' WHEN p.i <= 320 THEN 'MPX' WHEN p.i <= 340 THEN 'PER' ELSE 'COV' END || '/'
              || to_char(sgen.pcreated(p.i), 'YY') || '/' || lpad((p.i * 7 % 997)::text, 4, '0')
            WHEN p.i BETWEEN 361 AND 1100 AND fixture_gen.n('ptok', p.i, 10) < 3 THEN 'GA-MUE/KP/' || to_char(sgen.pcreated(p.i), 'YY') || '/' || lpad((p.i * 13 % 9973)::text, 5, '0') END,
       CASE WHEN fixture_gen.n('bco', p.i, 10) < 7 THEN CASE WHEN p.o <> 'de' AND age < 5 AND fixture_gen.n('bcok', p.i, 2) = 0 THEN 101 ELSE o.country END END,
       CASE WHEN fixture_gen.n('cit', p.i, 10) < 6 THEN o.country END,
       CASE WHEN fixture_gen.n('padd', p.i, 16) = 0 THEN sgen.txt('person_add', 'padd', p.i) END
FROM (SELECT p.*, extract(year FROM age(date '2024-06-01', p.bd))::int AS age, fixture_gen.n('bdk', p.i + 7, 100) AS bdk FROM sgen.p p WHERE p.i <= 1400) p
JOIN sgen.o o ON o.o = p.o JOIN sgen.p g ON g.i = 2141 + p.i % 60;

-- Second addresses of some persons (work, isolation), kept with person_id.
INSERT INTO location (id, uuid, changedate, creationdate, city, district_id, community_id, postalcode, street, housenumber, additionalinformation, addresstype, person_id)
SELECT 11700 + x.k, sgen.su('loc2', x.k), sgen.pcreated(pi) + interval '2 days', sgen.pcreated(pi) + interval '1 day', c.name, 314, 400 + c.k, c.zip,
       fixture_gen.pick(ARRAY['Industriestraße', 'Am Gewerbepark', 'Hauptstraße', 'Lindenstraße', 'Bahnhofstraße'], 'l2s', x.k), (1 + fixture_gen.n('l2h', x.k, 60))::text,
       CASE WHEN x.k % 4 = 0 THEN 'Isolierung bei der Freundin ' || g.first || ' ' || g.last END,
       CASE WHEN x.k % 4 = 0 THEN 'PLACE_OF_ISOLATION' WHEN x.k % 4 = 1 THEN 'PLACE_OF_WORK' ELSE 'OTHER_ADDRESS' END, 20000 + pi
FROM (SELECT k, 1 + fixture_gen.n('l2p', k, 1100) AS pi FROM generate_series(1, 60) k) x JOIN sgen.c c ON c.k = 1 + fixture_gen.n('l2c', x.k, 18) JOIN sgen.p g ON g.i = 2141 + x.k % 60;

CREATE TABLE personcontactdetail (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    person_id bigint NOT NULL, primarycontact boolean NOT NULL DEFAULT false, personcontactdetailtype varchar(255), phonenumbertype varchar(255), details varchar(512),
    contactinformation varchar(512), additionalinformation varchar(512), thirdparty boolean NOT NULL DEFAULT false, thirdpartyname varchar(512)
);
INSERT INTO personcontactdetail
SELECT 30000 + row_number() OVER (ORDER BY pi, kind), sgen.su('pcd', pi * 10 + kind), cr + interval '3 hours', cr, 20000 + pi, prim, ty, pnt, det, info,
       CASE WHEN fixture_gen.n('pcda', pi * 10 + kind, 12) = 0 THEN sgen.txt('pcd_add', 'pcda', pi * 10 + kind) END, tp, tpn
FROM (
  SELECT p.i AS pi, 1 AS kind, sgen.pcreated(p.i) AS cr, true AS prim, 'PHONE' AS ty, 'MOBILE' AS pnt, NULL AS det, p.phone AS info, false AS tp, NULL AS tpn
  FROM sgen.p p WHERE p.i <= 1400 AND p.bd < date '2010-06-01' AND fixture_gen.n('pcd1', p.i, 100) < 88
  UNION ALL
  SELECT p.i, 2, sgen.pcreated(p.i), false, 'PHONE', 'LANDLINE', NULL, p.landline, false, NULL
  FROM sgen.p p WHERE p.i <= 1400 AND fixture_gen.n('pcd2', p.i, 100) < 15
  UNION ALL
  SELECT p.i, 3, sgen.pcreated(p.i), true, 'EMAIL', NULL, NULL, p.email, false, NULL
  FROM sgen.p p WHERE p.i <= 1400 AND p.bd < date '2008-06-01' AND fixture_gen.n('pcd3', p.i, 100) < 55
  UNION ALL
  SELECT p.i, 4, sgen.pcreated(p.i), true, 'PHONE', 'MOBILE', NULL, sgen.mobile('parph', p.i), true, CASE WHEN fixture_gen.n('pcd4', p.i, 3) = 0 THEN p.father ELSE p.mother END
  FROM sgen.p p WHERE p.i <= 1400 AND p.bd >= date '2010-06-01'
  UNION ALL
  SELECT p.i, 5, sgen.pcreated(p.i), false, 'OTHER', NULL, fixture_gen.pick(ARRAY['Signal', 'Telegram', 'Instagram', 'Threema'], 'pcd5d', p.i),
         CASE WHEN fixture_gen.n('pcd5d', p.i, 4) = 3 THEN fixture_gen.chars('thr', p.i, 8, 'ABCDEFGHJKMNPRSTUVWXYZ23456789')
              WHEN fixture_gen.n('pcd5d', p.i, 4) = 2 THEN '@' || sgen.fold(p.first) || '_' || (p.i % 100)::text ELSE p.phone END, false, NULL
  FROM sgen.p p WHERE p.i <= 1400 AND fixture_gen.n('pcd5', p.i, 100) < 4
) x;

-- ---------------------------------------------------------------------------
-- Cases and the records SORMAS creates with each case.

-- The case plan: case c belongs to person c.
CREATE TABLE sgen.cs (c int PRIMARY KEY, dis text, rd timestamp, hosp boolean, travel boolean, cls text, vac text, outcome text, off int, sup int, fac bigint);
INSERT INTO sgen.cs
SELECT c, dis, rd, fixture_gen.n('hosp', c, 100) < CASE dis WHEN 'MEASLES' THEN 12 WHEN 'MONKEYPOX' THEN 6 WHEN 'PERTUSSIS' THEN 10 ELSE 25 END OR c IN (345),
       c % 29 = 0 OR c IN (171, 320),
       CASE WHEN c = 320 THEN 'CONFIRMED'
            WHEN dis = 'MEASLES' THEN fixture_gen.pick(ARRAY['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'PROBABLE', 'PROBABLE', 'SUSPECT', 'NO_CASE', 'NOT_CLASSIFIED'], 'cls', c)
            WHEN dis = 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'PROBABLE', 'SUSPECT', 'NO_CASE'], 'cls', c)
            ELSE fixture_gen.pick(ARRAY['CONFIRMED', 'CONFIRMED', 'CONFIRMED_NO_SYMPTOMS', 'PROBABLE', 'NOT_CLASSIFIED'], 'cls', c) END,
       CASE WHEN dis = 'MEASLES' THEN fixture_gen.pick(ARRAY['UNVACCINATED', 'UNVACCINATED', 'UNVACCINATED', 'VACCINATED', 'UNKNOWN', 'UNKNOWN'], 'vac', c)
            WHEN dis = 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['UNVACCINATED', 'UNVACCINATED', 'UNVACCINATED', 'VACCINATED', 'UNKNOWN'], 'vac', c)
            ELSE fixture_gen.pick(ARRAY['VACCINATED', 'UNVACCINATED', 'UNKNOWN'], 'vac', c) END,
       CASE WHEN c = 345 THEN 'DECEASED' WHEN rd > timestamp '2025-02-01' THEN 'NO_OUTCOME'
            ELSE fixture_gen.pick(ARRAY['RECOVERED', 'RECOVERED', 'RECOVERED', 'RECOVERED', 'RECOVERED', 'NO_OUTCOME', 'UNKNOWN'], 'out', c) END,
       1005 + fixture_gen.n('coff', c, 12), 1003 + fixture_gen.n('csup', c, 2),
       CASE WHEN dis = 'MONKEYPOX' THEN 503 WHEN dis = 'CORONAVIRUS' THEN 501 ELSE fixture_gen.pick(ARRAY['501', '502'], 'chf', c)::bigint END
FROM (SELECT c, CASE WHEN c <= 170 THEN 'MEASLES' WHEN c <= 320 THEN 'MONKEYPOX' WHEN c <= 340 THEN 'PERTUSSIS' ELSE 'CORONAVIRUS' END AS dis, sgen.pcreated(c) AS rd
      FROM generate_series(1, 360) c) x;

CREATE TABLE symptoms (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    onsetdate timestamp, onsetsymptom varchar(255), symptomatic boolean, temperature real, fever varchar(255), skinrash varchar(255), conjunctivitis varchar(255),
    cough varchar(255), runnynose varchar(255), kopliksspots varchar(255), headache varchar(255), fatigueweakness varchar(255), lesions varchar(255),
    lesionsthatitch varchar(255), lesionsface varchar(255), lesionsgenitals varchar(255), lesionsonsetdate timestamp, lymphadenopathyinguinal varchar(255),
    othernonhemorrhagicsymptomstext varchar(512), symptomscomments varchar(4096)
);
INSERT INTO symptoms
SELECT 60000 + c, sgen.su('sym', c), rd + make_interval(hours => 1 + fixture_gen.n('symc', c, 300)), rd,
       (rd - make_interval(days => 1 + fixture_gen.n('ons', c, 7)))::date,
       CASE WHEN cls = 'CONFIRMED_NO_SYMPTOMS' THEN NULL WHEN dis = 'MEASLES' THEN fixture_gen.pick(ARRAY['Fieber', 'Fieber', 'Hautausschlag', 'Husten', 'Konjunktivitis'], 'onss', c)
            WHEN dis = 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['Läsionen', 'Läsionen', 'Fieber', 'Lymphknotenschwellung', 'Hautausschlag'], 'onss', c)
            WHEN dis = 'PERTUSSIS' THEN 'Husten' ELSE fixture_gen.pick(ARRAY['Fieber', 'Husten', 'Halsschmerzen'], 'onss', c) END,
       cls <> 'CONFIRMED_NO_SYMPTOMS',
       CASE WHEN fixture_gen.n('tmp', c, 10) < 6 AND cls <> 'CONFIRMED_NO_SYMPTOMS' THEN (365 + fixture_gen.n('tmpv', c, CASE WHEN dis = 'MEASLES' THEN 40 ELSE 30 END)) / 10.0 END,
       CASE WHEN cls = 'CONFIRMED_NO_SYMPTOMS' THEN 'NO' ELSE sgen.yn('sf', c, CASE dis WHEN 'MEASLES' THEN 95 WHEN 'MONKEYPOX' THEN 55 WHEN 'PERTUSSIS' THEN 20 ELSE 60 END, 5) END,
       CASE WHEN dis IN ('MEASLES', 'MONKEYPOX') THEN sgen.yn('sr', c, CASE dis WHEN 'MEASLES' THEN 92 ELSE 45 END, 3) END,
       CASE WHEN dis IN ('MEASLES', 'MONKEYPOX', 'CORONAVIRUS') THEN sgen.yn('sc', c, CASE dis WHEN 'MEASLES' THEN 60 ELSE 4 END, 6) END,
       sgen.yn('sco', c, CASE dis WHEN 'MEASLES' THEN 70 WHEN 'MONKEYPOX' THEN 5 WHEN 'PERTUSSIS' THEN 100 ELSE 70 END, 3),
       CASE WHEN dis <> 'MONKEYPOX' THEN sgen.yn('srn', c, CASE dis WHEN 'MEASLES' THEN 65 WHEN 'PERTUSSIS' THEN 50 ELSE 40 END, 5) END,
       CASE WHEN dis = 'MEASLES' THEN sgen.yn('sko', c, 30, 25) END,
       sgen.yn('she', c, CASE dis WHEN 'MONKEYPOX' THEN 40 WHEN 'CORONAVIRUS' THEN 50 ELSE 25 END, 10),
       sgen.yn('sfa', c, 50, 10),
       CASE WHEN dis = 'MONKEYPOX' THEN sgen.yn('sl', c, 95, 0) END,
       CASE WHEN dis = 'MONKEYPOX' THEN sgen.yn('slt', c, 50, 15) END,
       CASE WHEN dis = 'MONKEYPOX' THEN sgen.yn('slf', c, 20, 5) END,
       CASE WHEN dis = 'MONKEYPOX' THEN sgen.yn('slg', c, 70, 8) END,
       CASE WHEN dis = 'MONKEYPOX' THEN (rd - make_interval(days => fixture_gen.n('lons', c, 6)))::date END,
       CASE WHEN dis = 'MONKEYPOX' THEN sgen.yn('sly', c, 50, 12) END,
       CASE WHEN fixture_gen.n('sot', c, 10) = 0 THEN fixture_gen.pick(ARRAY['Lichtempfindlichkeit', 'Halsschmerzen', 'Proktitis', 'Gelenkschmerzen', 'Appetitlosigkeit', 'Erbrechen nach Hustenanfällen', 'Geschmacksverlust'], 'sot2', c) END,
       CASE WHEN fixture_gen.n('scm', c, 7) = 0 THEN sgen.txt('sym_com:' || dis, 'scm', c) END
FROM sgen.cs;

CREATE TABLE healthconditions (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    hiv varchar(255), hivart varchar(255), diabetes varchar(255), chronicheartfailure varchar(255), chronicpulmonarydisease varchar(255),
    immunodeficiencyotherthanhiv varchar(255), obesity varchar(255), otherconditions varchar(4096)
);
INSERT INTO healthconditions
SELECT 70000 + c, sgen.su('hc', c), rd + interval '1 day', rd,
       CASE WHEN filled THEN sgen.yn('hiv', c, CASE WHEN dis = 'MONKEYPOX' THEN 35 ELSE 1 END, 10) END,
       CASE WHEN filled AND dis = 'MONKEYPOX' AND sgen.yn('hiv', c, 35, 10) = 'YES' THEN sgen.yn('hart', c, 90, 5) END,
       CASE WHEN filled THEN sgen.yn('dia', c, CASE WHEN dis = 'CORONAVIRUS' THEN 25 ELSE 3 END, 5) END,
       CASE WHEN filled THEN sgen.yn('chf', c, CASE WHEN dis = 'CORONAVIRUS' THEN 15 ELSE 1 END, 5) END,
       CASE WHEN filled THEN sgen.yn('cpd', c, CASE WHEN dis = 'CORONAVIRUS' THEN 20 ELSE 2 END, 5) END,
       CASE WHEN filled THEN sgen.yn('imm', c, 3, 8) END,
       CASE WHEN filled THEN sgen.yn('obe', c, 8, 10) END,
       CASE WHEN filled AND fixture_gen.n('hco', c, 12) = 0 THEN fixture_gen.pick(ARRAY['Asthma bronchiale seit Kindheit', 'Z. n. Nierentransplantation 2019, Immunsuppression', 'Neurodermitis',
         'Schwangerschaft 24. SSW', 'Hepatitis C (ausgeheilt)', 'Frühgeborenes (32. SSW)', 'PrEP-Nutzer', 'COPD GOLD III'], 'hco2', c) END
FROM (SELECT cs.*, fixture_gen.n('hcf', c, 10) < 6 AS filled FROM sgen.cs) x;

CREATE TABLE clinicalcourse (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL, healthconditions_id bigint
);
INSERT INTO clinicalcourse SELECT 73000 + c, sgen.su('cc', c), rd, rd, 70000 + c FROM sgen.cs;

CREATE TABLE hospitalization (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    admittedtohealthfacility varchar(255), admissiondate timestamp, dischargedate timestamp, isolated varchar(255), intensivecareunit varchar(255),
    hospitalizationreason varchar(255), description varchar(512)
);
INSERT INTO hospitalization
SELECT 72000 + c, sgen.su('hos', c), rd + make_interval(days => CASE WHEN hosp THEN 6 ELSE 0 END), rd,
       CASE WHEN hosp THEN 'YES' WHEN fixture_gen.n('hadm', c, 3) = 0 THEN NULL ELSE 'NO' END,
       CASE WHEN hosp THEN (rd + make_interval(days => fixture_gen.n('had', c, 3)))::date END,
       CASE WHEN hosp AND c <> 345 THEN (rd + make_interval(days => 3 + fixture_gen.n('hdd', c, 12)))::date END,
       CASE WHEN hosp THEN sgen.yn('hiso', c, 90, 0) END,
       CASE WHEN hosp THEN CASE WHEN c = 345 OR fixture_gen.n('icu', c, 10) = 0 THEN 'YES' ELSE 'NO' END END,
       CASE WHEN hosp THEN fixture_gen.pick(ARRAY['REPORTED_DISEASE', 'REPORTED_DISEASE', 'REPORTED_DISEASE', 'ISOLATION', 'OTHER', 'UNKNOWN'], 'hrs', c) END,
       CASE WHEN hosp AND fixture_gen.n('hds', c, 2) = 0 THEN sgen.txt('hosp_desc:' || dis, 'hds', c) END
FROM sgen.cs;

CREATE TABLE epidata (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    exposuredetailsknown varchar(255), contactwithsourcecaseknown varchar(255)
);
INSERT INTO epidata SELECT 74000 + c, sgen.su('epi', c), rd + interval '2 days', rd, sgen.yn('edk', c, 70, 20), sgen.yn('csk', c, 55, 25) FROM sgen.cs;

CREATE TABLE therapy (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL, directlyobservedtreatment boolean NOT NULL DEFAULT false
);
INSERT INTO therapy SELECT 96000 + c, sgen.su('thr', c), rd, rd, false FROM sgen.cs;

CREATE TABLE porthealthinfo (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    airlinename varchar(512), flightnumber varchar(512), departuredatetime timestamp, arrivaldatetime timestamp, seatnumber varchar(512),
    departureairport varchar(512), conveyancetype varchar(255), details varchar(4096)
);
INSERT INTO porthealthinfo
SELECT 98000 + c, sgen.su('phi', c), rd + CASE WHEN travel THEN interval '1 day' ELSE interval '0' END, rd,
       CASE WHEN air THEN fl[1] END, CASE WHEN air THEN fl[2] END,
       CASE WHEN travel THEN rd - make_interval(days => 4 + fixture_gen.n('phd', c, 8), hours => fixture_gen.n('phh', c, 20)) END,
       CASE WHEN travel THEN rd - make_interval(days => 3 + fixture_gen.n('phd', c, 8)) END,
       CASE WHEN air AND fixture_gen.n('seat', c, 4) > 0 THEN (8 + fixture_gen.n('seatr', c, 30))::text || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D', 'E', 'F'], 'seatl', c) END,
       CASE WHEN air THEN fl[3] END, CASE WHEN travel THEN CASE WHEN air THEN 'AIRCRAFT' ELSE 'BUS' END END,
       CASE WHEN travel AND fixture_gen.n('phdt', c, 2) = 0 THEN CASE WHEN air
              THEN fixture_gen.pick(ARRAY['Umstieg mit 3 Stunden Aufenthalt.', 'Sitzplatz laut Bordkarte, reiste mit der Ehefrau.', 'Passagierliste bei der Airline angefragt.'], 'phdt2', c)
              ELSE fixture_gen.pick(ARRAY['Reisebus, Sitzplatz unbekannt.', 'Fahrgastliste beim Busunternehmen angefragt.'], 'phdt2', c) END END
FROM (SELECT cs.*, travel AND dis <> 'MEASLES' AS air,
             CASE WHEN c = 320 THEN ARRAY['Brussels Airlines', 'SN 358', 'Kinshasa (FIH)'] WHEN c % 4 = 0 THEN ARRAY['Turkish Airlines', 'TK 1635', 'Istanbul (IST)'] WHEN c % 4 = 1 THEN ARRAY['Eurowings', 'EW 9061', 'Palma de Mallorca (PMI)']
                  WHEN c % 4 = 2 THEN ARRAY['Qatar Airways', 'QR 081', 'Doha (DOH)'] ELSE ARRAY['Wizz Air', 'W6 2357', 'Bukarest (OTP)'] END AS fl
      FROM sgen.cs) x;

CREATE TABLE cases (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    person_id bigint NOT NULL, disease varchar(255), caseclassification varchar(255), classificationcomment varchar(512), investigationstatus varchar(255),
    reportdate timestamp NOT NULL, reportinguser_id bigint, reportlat double precision, reportlon double precision, responsibledistrict_id bigint,
    healthfacility_id bigint, healthfacilitydetails varchar(512), surveillanceofficer_id bigint, caseofficer_id bigint,
    symptoms_id bigint, hospitalization_id bigint, epidata_id bigint, therapy_id bigint, clinicalcourse_id bigint, porthealthinfo_id bigint,
    outcome varchar(255), epidnumber varchar(512), externalid varchar(512), pregnant varchar(255), vaccinationstatus varchar(255), pointofentry_id bigint,
    followupcomment varchar(4096), quarantine varchar(255), quarantineto timestamp, quarantinehelpneeded varchar(512),
    clinicianname varchar(512), clinicianphone varchar(512), clinicianemail varchar(512), additionaldetails varchar(4096), archived boolean NOT NULL DEFAULT false
);
INSERT INTO cases
SELECT 40000 + cs.c, sgen.su('cas', cs.c), cs.rd + make_interval(days => fixture_gen.n('casc', cs.c, 40), mins => fixture_gen.n('cascm', cs.c, 1440)), cs.rd,
       20000 + cs.c, cs.dis, cs.cls, CASE WHEN fixture_gen.n('ccom', cs.c, 4) = 0 THEN sgen.txt('case_cls:' || cs.dis, 'ccom', cs.c) END,
       CASE WHEN cs.cls = 'NO_CASE' THEN 'DISCARDED' WHEN cs.rd > timestamp '2025-01-25' OR fixture_gen.n('inv', cs.c, 10) < 2 THEN 'PENDING' ELSE 'DONE' END,
       cs.rd, CASE WHEN fixture_gen.n('rusr', cs.c, 10) < 3 THEN 1047 ELSE cs.off END,
       CASE WHEN fixture_gen.n('rgps', cs.c, 100) < 12 THEN round((p.lat + (fixture_gen.n('rgla', cs.c, 600) - 300) / 100000.0)::numeric, 6)::float8 END,
       CASE WHEN fixture_gen.n('rgps', cs.c, 100) < 12 THEN round((p.lon + (fixture_gen.n('rglo', cs.c, 600) - 300) / 70000.0)::numeric, 6)::float8 END,
       314,
       CASE WHEN cs.hosp THEN cs.fac WHEN fixture_gen.n('hfo', cs.c, 5) = 0 THEN 526 ELSE 527 END,
       CASE WHEN NOT cs.hosp AND fixture_gen.n('hfo', cs.c, 5) = 0 THEN sgen.txt('hf_det', 'hfd', cs.c) END,
       cs.off, CASE WHEN fixture_gen.n('cof', cs.c, 10) < 7 THEN 1019 + fixture_gen.n('cofi', cs.c, 12) END,
       60000 + cs.c, 72000 + cs.c, 74000 + cs.c, 96000 + cs.c, 73000 + cs.c, 98000 + cs.c,
       cs.outcome,
       'DEU-SN-MUE-' || to_char(cs.rd, 'YY') || '-' || lpad((row_number() OVER (PARTITION BY extract(year FROM cs.rd) ORDER BY cs.rd))::text, 4, '0'),
       CASE WHEN fixture_gen.n('cext', cs.c, 10) < 7 THEN 'SN' || fixture_gen.digits('cext', cs.c, 9) END,
       CASE WHEN p.sex = 'FEMALE' AND p.bd BETWEEN date '1979-01-01' AND date '2009-01-01' THEN fixture_gen.pick(ARRAY['NO', 'NO', 'NO', 'NO', 'NO', 'NO', 'NO', 'YES', 'UNKNOWN', 'UNKNOWN'], 'preg', cs.c) END,
       cs.vac,
       CASE WHEN cs.travel THEN CASE WHEN cs.c = 320 THEN 603 WHEN cs.dis = 'MEASLES' THEN 604 ELSE 601 END END,
       CASE WHEN fixture_gen.n('cfu', cs.c, 5) = 0 THEN sgen.txt('case_fu:' || cs.dis, 'cfu', cs.c) END,
       CASE WHEN cs.cls = 'NO_CASE' THEN 'NONE' WHEN cs.hosp THEN 'INSTITUTIONELL' WHEN fixture_gen.n('qua', cs.c, 20) = 0 THEN 'UNKNOWN' ELSE 'HOME' END,
       CASE WHEN cs.cls <> 'NO_CASE' THEN (cs.rd + make_interval(days => CASE cs.dis WHEN 'MONKEYPOX' THEN 21 WHEN 'MEASLES' THEN 7 ELSE 10 END))::date END,
       CASE WHEN fixture_gen.n('qhlp', cs.c, 12) = 0 THEN sgen.txt('qhelp', 'qhlp', cs.c) END,
       CASE WHEN fixture_gen.n('clin', cs.c, 100) < 35 THEN fixture_gen.pick(ARRAY['Dr. med. ', 'Dr. ', '', 'Dipl.-Med. '], 'clt', cs.c) || d.first || ' ' || d.last END,
       CASE WHEN fixture_gen.n('clin', cs.c, 100) < 30 THEN sgen.landline('clph', 2060 + fixture_gen.n('cld', cs.c, 40)) END,
       CASE WHEN fixture_gen.n('clin', cs.c, 100) < 15 THEN CASE WHEN cs.c % 2 = 0 THEN 'praxis.' || sgen.fold(d.last) || '@t-online.de' ELSE sgen.fold(d.first) || '.' || sgen.fold(d.last) || '@kkh-elstermuende.example' END END,
       CASE WHEN fixture_gen.n('cadd', cs.c, 100) < 35 THEN sgen.txt('case_add:' || cs.dis, 'cadd', cs.c) END,
       cs.rd < timestamp '2024-07-01' AND fixture_gen.n('arch', cs.c, 10) < 4
FROM sgen.cs cs JOIN sgen.p p ON p.i = cs.c JOIN sgen.p d ON d.i = 2060 + fixture_gen.n('cld', cs.c, 40);

-- ---------------------------------------------------------------------------
-- Contacts, their follow-up visits and the visits' symptoms.

-- The contact plan: contacts 1-740 are persons 361-1100, 741-760 a second
-- contact of persons 361-380, 761-780 contacts who became cases (persons
-- of measles cases 8, 16, ..., 160).
CREATE TABLE sgen.ct (k int PRIMARY KEY, pi int, caze int, dis text, rd timestamp, lcd date, fus text, res int);
INSERT INTO sgen.ct
SELECT k, pi, caze, cs.dis, cs.rd + make_interval(days => 1 + fixture_gen.n('ctrd', k, 4), mins => fixture_gen.n('ctrm', k, 600)),
       (cs.rd - make_interval(days => fixture_gen.n('ctlc', k, 6)))::date,
       CASE WHEN res IS NOT NULL THEN 'CANCELED' WHEN cs.rd > timestamp '2025-02-10' THEN 'FOLLOW_UP'
            ELSE fixture_gen.pick(ARRAY['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELED', 'LOST', 'NO_FOLLOW_UP'], 'ctfu', k) END, res
FROM (SELECT k, CASE WHEN k <= 740 THEN 360 + k WHEN k <= 760 THEN 361 + (k - 741) ELSE (k - 760) * 8 END AS pi,
             CASE WHEN k > 760 THEN 1 + ((k - 760) * 8 + 3) % 7
                  WHEN k % 10 < 5 THEN 1 + fixture_gen.n('ctc', k, 170) WHEN k % 10 < 8 THEN 171 + fixture_gen.n('ctc', k, 150)
                  WHEN k % 10 = 8 THEN 321 + fixture_gen.n('ctc', k, 20) ELSE 341 + fixture_gen.n('ctc', k, 20) END AS caze,
             CASE WHEN k > 760 THEN (k - 760) * 8 END AS res
      FROM generate_series(1, 780) k) x JOIN sgen.cs cs ON cs.c = x.caze;

CREATE TABLE contact (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    person_id bigint NOT NULL, caze_id bigint, disease varchar(255), reportdatetime timestamp NOT NULL, reportinguser_id bigint, lastcontactdate timestamp,
    contactproximity varchar(255), contactclassification varchar(255), contactstatus varchar(255), followupstatus varchar(255), followupuntil timestamp,
    followupcomment varchar(4096), contactofficer_id bigint, description varchar(4096), relationtocase varchar(255), relationdescription varchar(512),
    resultingcase_id bigint, quarantine varchar(255), quarantineto timestamp, quarantinehelpneeded varchar(512), additionaldetails varchar(4096)
);
INSERT INTO contact
SELECT 45000 + k, sgen.su('con', k), rd + make_interval(days => fixture_gen.n('ctch', k, 25), mins => fixture_gen.n('ctcm', k, 900)), rd,
       20000 + pi, 40000 + caze, dis, rd, CASE WHEN fixture_gen.n('ctru', k, 3) = 0 THEN 1019 + fixture_gen.n('ctrus', k, 20) ELSE 1005 + fixture_gen.n('ctrus', k, 12) END,
       lcd,
       CASE dis WHEN 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['PHYSICAL_CONTACT', 'PHYSICAL_CONTACT', 'TOUCHED_FLUID', 'FACE_TO_FACE_LONG', 'SAME_ROOM', 'MEDICAL_UNSAFE'], 'prox', k)
                ELSE fixture_gen.pick(ARRAY['FACE_TO_FACE_LONG', 'SAME_ROOM', 'SAME_ROOM', 'CLOSE_CONTACT', 'FACE_TO_FACE_SHORT', 'AEROSOL', 'MEDICAL_SAFE', 'AIRPLANE'], 'prox', k) END,
       CASE WHEN fixture_gen.n('ccl', k, 20) < 16 THEN 'CONFIRMED' WHEN fixture_gen.n('ccl', k, 20) < 19 THEN 'UNCONFIRMED' ELSE 'NO_CONTACT' END,
       CASE WHEN res IS NOT NULL THEN 'CONVERTED' WHEN fus = 'FOLLOW_UP' THEN 'ACTIVE' ELSE 'DROPPED' END,
       fus, (lcd + CASE dis WHEN 'CORONAVIRUS' THEN 10 WHEN 'PERTUSSIS' THEN 20 ELSE 21 END)::timestamp,
       CASE WHEN fixture_gen.n('cfuc', k, 10) = 0 THEN sgen.txt('case_fu:' || dis, 'cfuc', k) END,
       1019 + fixture_gen.n('coff', k, 20),
       CASE WHEN fixture_gen.n('cdsc', k, 10) < 4 THEN sgen.txt('contact_desc:' || dis, 'cdsc', k) END,
       fixture_gen.pick(ARRAY['SAME_HOUSEHOLD', 'SAME_HOUSEHOLD', 'FAMILY_MEMBER_OR_FRIEND', 'SAME_ENVIRONMENT', 'SAME_ENVIRONMENT', 'MEDICAL_CARE', 'OTHER'], 'rel', k),
       CASE WHEN fixture_gen.n('rdsc', k, 10) < 3 THEN sgen.txt('rel_desc', 'rdsc', k) END,
       CASE WHEN res IS NOT NULL THEN 40000 + res END,
       CASE WHEN dis = 'MEASLES' AND fixture_gen.n('cq', k, 10) < 6 THEN 'HOME' WHEN dis = 'CORONAVIRUS' THEN 'HOME' ELSE 'NONE' END,
       CASE WHEN (dis = 'MEASLES' AND fixture_gen.n('cq', k, 10) < 6) OR dis = 'CORONAVIRUS' THEN (lcd + CASE dis WHEN 'CORONAVIRUS' THEN 5 ELSE 21 END)::timestamp END,
       CASE WHEN fixture_gen.n('cqh', k, 25) = 0 THEN sgen.txt('qhelp', 'cqh', k) END,
       CASE WHEN fixture_gen.n('cad', k, 4) = 0 THEN sgen.txt('contact_add:' || dis, 'cad', k) END
FROM sgen.ct;

-- The visit plan: one to four visits for each contact followed up.
CREATE TABLE sgen.vi (v int PRIMARY KEY, k int, pi int, dis text, ts timestamp, sy boolean);
INSERT INTO sgen.vi
SELECT row_number() OVER (ORDER BY k, j), k, pi, dis,
       (lcd + (2 + j * 5 + fixture_gen.n('vday', k * 10 + j, 3)))::timestamp + make_interval(hours => 8 + fixture_gen.n('vh', k * 10 + j, 10), mins => fixture_gen.n('vm', k * 10 + j, 60)),
       fixture_gen.n('vsy', k * 10 + j, 100) < 6
FROM sgen.ct, generate_series(0, 3) j
WHERE fus IN ('COMPLETED', 'FOLLOW_UP', 'LOST') AND j <= fixture_gen.n('nvis', k, 4);

INSERT INTO symptoms
SELECT 61000 + v, sgen.su('symv', v), ts + interval '5 minutes', ts, CASE WHEN sy THEN ts::date - 1 END,
       CASE WHEN sy THEN fixture_gen.pick(ARRAY['Fieber', 'Husten', 'Schnupfen', 'Hautausschlag'], 'vons', v) END,
       sy, CASE WHEN fixture_gen.n('vtmp', v, 4) = 0 THEN (362 + fixture_gen.n('vtmpv', v, CASE WHEN sy THEN 30 ELSE 12 END)) / 10.0 END,
       CASE WHEN sy THEN sgen.yn('vsf', v, 50, 0) ELSE 'NO' END, CASE WHEN dis IN ('MEASLES', 'MONKEYPOX') THEN CASE WHEN sy THEN sgen.yn('vsr', v, 40, 0) ELSE 'NO' END END,
       CASE WHEN dis = 'MEASLES' THEN 'NO' END, CASE WHEN sy THEN sgen.yn('vsc', v, 50, 0) ELSE 'NO' END,
       CASE WHEN dis <> 'MONKEYPOX' THEN CASE WHEN sy THEN sgen.yn('vsn', v, 60, 0) ELSE 'NO' END END,
       CASE WHEN dis = 'MEASLES' THEN 'NO' END, 'NO', CASE WHEN sy THEN sgen.yn('vsfa', v, 40, 0) ELSE 'NO' END,
       CASE WHEN dis = 'MONKEYPOX' THEN CASE WHEN sy THEN sgen.yn('vsl', v, 50, 0) ELSE 'NO' END END, NULL, NULL, NULL, NULL,
       CASE WHEN dis = 'MONKEYPOX' THEN 'NO' END, NULL, CASE WHEN sy AND v % 3 = 0 THEN sgen.txt('sym_com:' || dis, 'vscm', v) END
FROM sgen.vi;

CREATE TABLE visit (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    person_id bigint NOT NULL, disease varchar(255), visitdatetime timestamp NOT NULL, visituser_id bigint, visitstatus varchar(255), visitremarks varchar(512),
    symptoms_id bigint, origin varchar(255)
);
INSERT INTO visit
SELECT 50000 + v, sgen.su('vis', v), ts + interval '6 minutes', ts, 20000 + pi, dis, ts,
       CASE WHEN fixture_gen.n('vor', v, 10) = 0 THEN NULL ELSE 1019 + fixture_gen.n('vusr', v, 20) END,
       CASE WHEN fixture_gen.n('vst', v, 20) < 16 THEN 'COOPERATIVE' WHEN fixture_gen.n('vst', v, 20) < 19 THEN 'UNAVAILABLE' ELSE 'UNCOOPERATIVE' END,
       CASE WHEN sy THEN sgen.txt('visit_rem', 'vrm', v) WHEN fixture_gen.n('vrm', v, 4) = 0 THEN sgen.txt('visit_rem', 'vrm', v) END,
       61000 + v, CASE WHEN fixture_gen.n('vor', v, 10) = 0 THEN 'EXTERNAL_JOURNAL' ELSE 'USER' END
FROM sgen.vi;

CREATE TABLE contacts_visits (contact_id bigint NOT NULL, visit_id bigint NOT NULL, PRIMARY KEY (contact_id, visit_id));
INSERT INTO contacts_visits SELECT 45000 + k, 50000 + v FROM sgen.vi;

-- ---------------------------------------------------------------------------
-- Exposures of the cases, each with its own location row.

CREATE TABLE sgen.ex (e int PRIMARY KEY, c int, j int, scen text);
INSERT INTO sgen.ex
SELECT row_number() OVER (ORDER BY c, j), c, j,
  CASE WHEN j = 1 THEN CASE WHEN cs.dis = 'MONKEYPOX' THEN 'private' ELSE 'visit' END
       WHEN cs.c = 320 THEN 'travel_air'
       WHEN cs.dis = 'MEASLES' THEN CASE WHEN p.gu THEN 'gu' WHEN cs.travel THEN 'travel_bus' WHEN p.bd >= date '2017-09-01' THEN 'kita' WHEN p.bd >= date '2012-01-01' THEN 'school' ELSE 'visit' END
       WHEN cs.dis = 'MONKEYPOX' THEN CASE WHEN cs.c <= 230 THEN 'festival' WHEN cs.c <= 280 THEN 'party' WHEN cs.c <= 300 THEN 'sauna' ELSE 'private' END
       WHEN cs.dis = 'PERTUSSIS' THEN CASE WHEN cs.c IN (352, 333, 337) THEN 'care' ELSE 'household' END
       ELSE CASE WHEN cs.c % 2 = 0 THEN 'work' ELSE 'household' END END
FROM sgen.cs cs JOIN sgen.p p ON p.i = cs.c, generate_series(0, 1) j
WHERE (j = 0 AND fixture_gen.n('exn', cs.c, 10) < 8) OR (j = 1 AND fixture_gen.n('exn2', cs.c, 10) < 2);

INSERT INTO location (id, uuid, changedate, creationdate, details, city, district_id, community_id, latitude, longitude, postalcode, street, housenumber,
                      additionalinformation, addresstype, facility_id, facilitydetails, contactpersonfirstname, contactpersonlastname, contactpersonphone)
SELECT 12000 + x.e, sgen.su('lex', x.e), cs.rd + interval '2 days', cs.rd + interval '1 day',
       CASE scen WHEN 'gu' THEN 'Gemeinschaftsunterkunft' WHEN 'travel_bus' THEN 'Rumänien, Besuch bei Familie' WHEN 'visit' THEN fixture_gen.pick(ARRAY['Wohnung der Großeltern', 'Geburtstagsfeier', 'Besuch bei Freunden'], 'lexd', x.e)
                 WHEN 'festival' THEN 'Festivalgelände Kiesgrube Falkenhain ("Elsterwelle")' WHEN 'party' THEN 'Club Kesselhaus, Leipzig-Plagwitz' WHEN 'sauna' THEN 'Saunaclub, Leipzig-Zentrum-Ost'
                 WHEN 'private' THEN 'Privatwohnung' WHEN 'travel_air' THEN 'Kinshasa, DR Kongo' WHEN 'household' THEN 'eigene Wohnung' WHEN 'care' THEN 'Pflegeheim' WHEN 'work' THEN 'Arbeitsplatz' END,
       CASE scen WHEN 'gu' THEN 'Trebsenau' WHEN 'school' THEN 'Elstermünde' WHEN 'kita' THEN 'Elstermünde' WHEN 'travel_bus' THEN 'Bukarest' WHEN 'festival' THEN 'Falkenhain-Rödgen'
                 WHEN 'party' THEN 'Leipzig' WHEN 'sauna' THEN 'Leipzig' WHEN 'private' THEN CASE WHEN x.e % 3 = 0 THEN g.city ELSE 'Leipzig' END WHEN 'travel_air' THEN 'Kinshasa'
                 WHEN 'household' THEN p.city WHEN 'care' THEN 'Lindenhain' ELSE g.city END,
       CASE WHEN scen IN ('travel_bus', 'travel_air') THEN NULL WHEN scen IN ('party', 'sauna') OR (scen = 'private' AND x.e % 3 <> 0) THEN 311 ELSE 314 END,
       CASE scen WHEN 'gu' THEN 402 WHEN 'school' THEN 401 WHEN 'kita' THEN 401 WHEN 'festival' THEN 406 WHEN 'household' THEN 400 + p.comm WHEN 'care' THEN 404 WHEN 'visit' THEN 400 + g.comm END,
       CASE scen WHEN 'gu' THEN 51.2850 WHEN 'school' THEN 51.3588 WHEN 'kita' THEN 51.3601 WHEN 'festival' THEN 51.4012 WHEN 'party' THEN 51.3303 WHEN 'household' THEN p.lat END,
       CASE scen WHEN 'gu' THEN 12.7490 WHEN 'school' THEN 12.7390 WHEN 'kita' THEN 12.7442 WHEN 'festival' THEN 12.8420 WHEN 'party' THEN 12.3360 WHEN 'household' THEN p.lon END,
       CASE scen WHEN 'gu' THEN '04687' WHEN 'school' THEN '04808' WHEN 'kita' THEN '04808' WHEN 'festival' THEN '04808' WHEN 'party' THEN '04229' WHEN 'household' THEN p.zip
                 WHEN 'visit' THEN g.zip WHEN 'care' THEN '04821' WHEN 'private' THEN CASE WHEN x.e % 3 = 0 THEN g.zip ELSE '04' || (103 + fixture_gen.n('lexz', x.e, 250))::text END END,
       CASE scen WHEN 'gu' THEN 'Am Güterbahnhof' WHEN 'school' THEN 'Am Mühlgraben' WHEN 'kita' THEN 'Lindenstraße' WHEN 'festival' THEN 'An der Kiesgrube' WHEN 'party' THEN 'Karl-Heine-Straße'
                 WHEN 'household' THEN p.street WHEN 'visit' THEN g.street WHEN 'private' THEN g.street WHEN 'care' THEN 'Birkenweg' END,
       CASE scen WHEN 'gu' THEN '7' WHEN 'school' THEN '12' WHEN 'kita' THEN '8' WHEN 'party' THEN '93' WHEN 'household' THEN p.hnr WHEN 'visit' THEN g.hnr WHEN 'private' THEN g.hnr WHEN 'care' THEN '11' END,
       CASE WHEN scen = 'festival' THEN 'Campingbereich ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'lexa', x.e) WHEN scen = 'private' AND x.e % 4 = 0 THEN '3. OG, Klingel ' || g.last END,
       'PLACE_OF_EXPOSURE',
       CASE scen WHEN 'gu' THEN 518 WHEN 'school' THEN 510 WHEN 'kita' THEN 514 WHEN 'care' THEN 521 WHEN 'party' THEN 526 END,
       CASE WHEN scen = 'party' THEN 'Club Kesselhaus' END,
       CASE WHEN scen = 'festival' THEN o.first WHEN scen IN ('visit', 'private') AND x.e % 2 = 0 THEN g.first END,
       CASE WHEN scen = 'festival' THEN o.last WHEN scen IN ('visit', 'private') AND x.e % 2 = 0 THEN g.last END,
       CASE WHEN scen = 'festival' THEN o.phone WHEN scen IN ('visit', 'private') AND x.e % 4 = 0 THEN g.phone END
FROM sgen.ex x JOIN sgen.cs cs ON cs.c = x.c JOIN sgen.p p ON p.i = x.c JOIN sgen.p g ON g.i = 361 + fixture_gen.n('lexg', x.e, 740) JOIN sgen.p o ON o.i = 2150;

CREATE TABLE exposures (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    epidata_id bigint NOT NULL, reportinguser_id bigint, startdate timestamp, enddate timestamp, description varchar(4096), exposuretype varchar(255), exposuretypedetails varchar(512),
    location_id bigint, exposurerole varchar(255), typeofplace varchar(255), gatheringtype varchar(255), meansoftransport varchar(255), connectionnumber varchar(512),
    contacttobodyfluids varchar(255), contacttocase_id bigint
);
INSERT INTO exposures
SELECT 76000 + x.e, sgen.su('exp', x.e), cs.rd + interval '2 days', cs.rd + interval '1 day', 74000 + x.c, cs.off,
       st, st + make_interval(days => CASE WHEN scen IN ('gu', 'school', 'kita', 'household', 'care', 'work') THEN 5 + fixture_gen.n('exdl', x.e, 10) WHEN scen = 'festival' THEN 3 WHEN scen LIKE 'travel%' THEN 14 ELSE 0 END),
       CASE WHEN fixture_gen.n('exds', x.e, 10) < 4 THEN sgen.txt('exp_desc:' || cs.dis, 'exds', x.e) END,
       CASE scen WHEN 'gu' THEN 'HABITATION' WHEN 'household' THEN 'HABITATION' WHEN 'school' THEN 'OTHER' WHEN 'kita' THEN 'OTHER' WHEN 'travel_bus' THEN 'TRAVEL' WHEN 'travel_air' THEN 'TRAVEL'
                 WHEN 'visit' THEN 'VISIT' WHEN 'festival' THEN 'GATHERING' WHEN 'party' THEN 'GATHERING' WHEN 'sauna' THEN 'PERSONAL_SERVICES' WHEN 'private' THEN 'OTHER' WHEN 'care' THEN 'HABITATION' ELSE 'WORK' END,
       CASE scen WHEN 'school' THEN 'Schulbesuch' WHEN 'kita' THEN 'Kita-Besuch' WHEN 'private' THEN 'Sexualkontakt' END,
       12000 + x.e,
       CASE scen WHEN 'school' THEN 'PUPIL' WHEN 'kita' THEN 'OTHER' WHEN 'festival' THEN 'GUEST' WHEN 'party' THEN 'GUEST' WHEN 'sauna' THEN 'CUSTOMER' WHEN 'travel_air' THEN 'PASSENGER'
                 WHEN 'travel_bus' THEN 'PASSENGER' WHEN 'visit' THEN 'VISITOR' WHEN 'care' THEN 'PATIENT' WHEN 'work' THEN 'STAFF' ELSE 'UNKNOWN' END,
       CASE scen WHEN 'gu' THEN 'FACILITY' WHEN 'school' THEN 'FACILITY' WHEN 'kita' THEN 'FACILITY' WHEN 'care' THEN 'FACILITY' WHEN 'festival' THEN 'FESTIVITIES' WHEN 'party' THEN 'FESTIVITIES'
                 WHEN 'sauna' THEN 'PUBLIC_PLACE' WHEN 'travel_air' THEN 'MEANS_OF_TRANSPORT' WHEN 'travel_bus' THEN 'MEANS_OF_TRANSPORT' WHEN 'work' THEN 'OTHER' ELSE 'HOME' END,
       CASE scen WHEN 'festival' THEN 'MUSICAL' WHEN 'party' THEN 'PARTY' WHEN 'visit' THEN CASE WHEN x.e % 3 = 0 THEN 'PARTY' END END,
       CASE scen WHEN 'travel_air' THEN 'PLANE' WHEN 'travel_bus' THEN 'BUS' END,
       CASE scen WHEN 'travel_air' THEN 'SN 358 / SN 2587' WHEN 'travel_bus' THEN 'FlixBus N1071' END,
       CASE WHEN cs.dis = 'MONKEYPOX' THEN sgen.yn('exbf', x.e, 40, 40) END,
       CASE WHEN scen = 'household' AND fixture_gen.n('exct', x.e, 3) = 0 THEN 45000 + 1 + fixture_gen.n('exctk', x.e, 780) END
FROM (SELECT x.*, cs.rd - make_interval(days => CASE WHEN scen LIKE 'travel%' THEN 18 ELSE 7 + fixture_gen.n('exst', x.e, 14) END) AS st FROM sgen.ex x JOIN sgen.cs cs ON cs.c = x.c) x
JOIN sgen.cs cs ON cs.c = x.c;

-- ---------------------------------------------------------------------------
-- Samples and pathogen tests.

CREATE TABLE sgen.sa (s int PRIMARY KEY, c int, ck int, dis text, st timestamp, lab bigint, res text, mat text);
INSERT INTO sgen.sa
SELECT row_number() OVER (ORDER BY st, c, ck), c, ck, dis, st,
       CASE dis WHEN 'MEASLES' THEN fixture_gen.pick(ARRAY['505', '505', '506', '506', '507'], 'slab', coalesce(c, 0) * 7 + coalesce(ck, 0))::bigint
                WHEN 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['505', '506', '506', '508'], 'slab', coalesce(c, 0) * 7 + coalesce(ck, 0))::bigint
                WHEN 'PERTUSSIS' THEN 505 ELSE fixture_gen.pick(ARRAY['505', '509'], 'slab', coalesce(c, 0) * 7 + coalesce(ck, 0))::bigint END,
       res,
       CASE dis WHEN 'MEASLES' THEN fixture_gen.pick(ARRAY['SERA', 'SERA', 'THROAT_SWAB', 'URINE'], 'smat', coalesce(c, 0) * 7 + coalesce(ck, 0))
                WHEN 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['CRUST', 'OTHER', 'OTHER', 'THROAT_SWAB'], 'smat', coalesce(c, 0) * 7 + coalesce(ck, 0))
                WHEN 'PERTUSSIS' THEN 'NP_SWAB' ELSE fixture_gen.pick(ARRAY['NP_SWAB', 'THROAT_SWAB'], 'smat', coalesce(c, 0) * 7 + coalesce(ck, 0)) END
FROM (
  SELECT cs.c, NULL::int AS ck, cs.dis, cs.rd + make_interval(days => j * 4 + fixture_gen.n('sday', cs.c * 3 + j, 3), hours => fixture_gen.n('shr', cs.c * 3 + j, 9)) AS st,
         CASE WHEN cs.rd + make_interval(days => j * 4) > timestamp '2025-02-24' THEN 'PENDING' WHEN cs.cls IN ('CONFIRMED', 'CONFIRMED_NO_SYMPTOMS') THEN CASE WHEN j = 1 AND cs.c % 3 = 0 THEN 'NEGATIVE' ELSE 'POSITIVE' END
              WHEN cs.cls = 'NO_CASE' THEN 'NEGATIVE' WHEN cs.cls = 'PROBABLE' THEN 'INDETERMINATE' ELSE 'PENDING' END AS res
  FROM sgen.cs cs, generate_series(0, 1) j WHERE (j = 0 AND fixture_gen.n('sam', cs.c, 100) < 85) OR (j = 1 AND fixture_gen.n('sam2', cs.c, 100) < 30)
  UNION ALL
  SELECT NULL, ct.k, ct.dis, ct.rd + make_interval(days => 2 + fixture_gen.n('scd', ct.k, 5)), CASE WHEN ct.res IS NOT NULL THEN 'POSITIVE' WHEN fixture_gen.n('scr', ct.k, 20) = 0 THEN 'INDETERMINATE' ELSE 'NEGATIVE' END
  FROM sgen.ct ct WHERE ct.res IS NOT NULL OR fixture_gen.n('scs', ct.k, 100) < 8
) x;

CREATE TABLE sample (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    associatedcase_id bigint, associatedcontact_id bigint, labsampleid varchar(512), fieldsampleid varchar(512), sampledatetime timestamp NOT NULL, reportdatetime timestamp NOT NULL,
    reportinguser_id bigint, samplematerial varchar(255), lab_id bigint, shipmentdate timestamp, receiveddate timestamp, comment varchar(4096), samplepurpose varchar(255),
    pathogentestresult varchar(255)
);
INSERT INTO sample
SELECT 80000 + s, sgen.su('smp', s), st + make_interval(days => 3, hours => fixture_gen.n('smch', s, 40)), st + interval '40 minutes',
       CASE WHEN c IS NOT NULL THEN 40000 + c END, CASE WHEN ck IS NOT NULL THEN 45000 + ck END,
       CASE WHEN res = 'PENDING' AND s % 3 = 0 THEN NULL
            WHEN lab = 505 THEN 'LS' || to_char(st, 'YY') || fixture_gen.digits('lsid', s, 7) WHEN lab = 506 THEN 'LUA-L-' || to_char(st, 'YY') || '-' || fixture_gen.digits('lsid', s, 5)
            WHEN lab = 507 THEN 'NRZ-MMR-' || to_char(st, 'YYYY') || '-' || fixture_gen.digits('lsid', s, 4) WHEN lab = 508 THEN 'KL-POX/' || to_char(st, 'YY') || '/' || fixture_gen.digits('lsid', s, 4)
            ELSE to_char(st, 'YYMMDD') || '-' || fixture_gen.digits('lsid', s, 4) END,
       CASE WHEN fixture_gen.n('fsid', s, 10) < 4 THEN 'MUE-' || CASE dis WHEN 'MEASLES' THEN 'MA' WHEN 'MONKEYPOX' THEN 'MPX' WHEN 'PERTUSSIS' THEN 'PER' ELSE 'COV' END || '-' || lpad(s::text, 4, '0') END,
       st, st + interval '40 minutes',
       CASE WHEN fixture_gen.n('srep', s, 4) = 0 THEN 1047 ELSE 1005 + fixture_gen.n('sru', s, 12) END,
       mat, lab, CASE WHEN res <> 'PENDING' OR s % 2 = 0 THEN (st + make_interval(hours => 4 + fixture_gen.n('sshp', s, 20)))::date END,
       CASE WHEN res <> 'PENDING' THEN (st + make_interval(days => 1 + fixture_gen.n('srcv', s, 2)))::date END,
       CASE WHEN fixture_gen.n('scom', s, 7) = 0 THEN sgen.txt('sample_com', 'scom', s) END,
       CASE WHEN fixture_gen.n('spur', s, 20) = 0 THEN 'INTERNAL' ELSE 'EXTERNAL' END, res
FROM sgen.sa;

CREATE TABLE pathogentest (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    sample_id bigint NOT NULL, testtype varchar(255), testtypetext varchar(512), testeddisease varchar(255), testresult varchar(255), testresulttext varchar(4096),
    testdatetime timestamp, lab_id bigint, labuser_id bigint, cqvalue real, typingid varchar(512)
);
INSERT INTO pathogentest
SELECT 82000 + row_number() OVER (ORDER BY s, j), sgen.su('pt', s * 2 + j), st + make_interval(days => 2 + j * 5, hours => 3), st + make_interval(days => 2 + j * 5),
       80000 + s, tt, CASE WHEN tt = 'PCR_RT_PCR' AND dis = 'MONKEYPOX' AND fixture_gen.n('ttt', s, 3) = 0 THEN 'Orthopoxvirus-PCR (generisch) mit MPXV-spezifischer Bestätigung' END,
       dis, CASE WHEN tt = 'SEQUENCING' THEN 'POSITIVE' ELSE res END,
       CASE WHEN fixture_gen.n('ptxt', s * 2 + j, 10) < 4 THEN
         CASE WHEN tt = 'SEQUENCING' THEN 'Sequenzierung abgeschlossen, siehe Typisierung.' WHEN res = 'NEGATIVE' THEN 'Kein Nachweis.'
              WHEN res = 'INDETERMINATE' THEN 'Grenzwertiger Befund, Kontrolle in 10 bis 14 Tagen empfohlen.'
              WHEN tt = 'IGM_SERUM_ANTIBODY' THEN fixture_gen.pick(ARRAY['IgM positiv.', 'IgM positiv, IgG grenzwertig.', 'IgM und IgG positiv.'], 'pigm', s)
              WHEN dis = 'MEASLES' THEN 'Masernvirus-RNA nachgewiesen.' WHEN dis = 'MONKEYPOX' THEN 'MPXV-DNA nachgewiesen.'
              WHEN dis = 'PERTUSSIS' THEN 'Bordetella-pertussis-DNA nachgewiesen.' WHEN tt = 'ANTIGEN_DETECTION' THEN 'SARS-CoV-2-Antigen positiv.' ELSE 'SARS-CoV-2-RNA nachgewiesen.' END
         || CASE WHEN fixture_gen.n('ptxn', s * 2 + j, 3) = 0 THEN ' ' || sgen.txt('test_note', 'ptxn', s * 2 + j) ELSE '' END END,
       st + make_interval(days => 1 + j * 5, hours => fixture_gen.n('pth', s, 10)),
       CASE WHEN tt = 'SEQUENCING' THEN CASE dis WHEN 'MEASLES' THEN 507 ELSE 508 END ELSE lab END,
       CASE WHEN lab IN (505, 506) AND fixture_gen.n('plu', s, 3) > 0 THEN CASE lab WHEN 505 THEN 1039 + s % 2 ELSE 1041 + s % 2 END END,
       CASE WHEN tt = 'PCR_RT_PCR' AND res = 'POSITIVE' THEN (180 + fixture_gen.n('ct', s, 160)) / 10.0 END,
       CASE WHEN tt = 'SEQUENCING' THEN CASE dis WHEN 'MEASLES' THEN 'MVs/Elstermuende.DEU/' || to_char(st, 'IW') || '.24/' || (1 + s % 4)::text || ' [D8]'
                                              ELSE CASE WHEN c = 320 THEN 'MPXV Klade Ib' ELSE 'MPXV Klade IIb, Lineage ' || fixture_gen.pick(ARRAY['C.1.1', 'C.1', 'B.1.20', 'F.2'], 'lin', s) END END END
FROM (SELECT sa.*, j, CASE WHEN j = 1 THEN 'SEQUENCING' WHEN dis = 'MEASLES' AND mat = 'SERA' THEN 'IGM_SERUM_ANTIBODY'
                          WHEN dis = 'CORONAVIRUS' AND s % 4 = 0 THEN 'ANTIGEN_DETECTION' ELSE 'PCR_RT_PCR' END AS tt
      FROM sgen.sa sa, generate_series(0, 1) j
      WHERE res <> 'PENDING' AND (j = 0 OR (res = 'POSITIVE' AND dis IN ('MEASLES', 'MONKEYPOX') AND c IS NOT NULL AND (fixture_gen.n('seq', s, 10) < 3 OR c = 320)))) x;

-- ---------------------------------------------------------------------------
-- Immunizations and vaccinations.

CREATE TABLE sgen.im (m int PRIMARY KEY, pi int, dis text, rd timestamp, doses int, pep boolean);
INSERT INTO sgen.im
SELECT row_number() OVER (ORDER BY rd, pi, dis), pi, dis, rd, doses, pep FROM (
  SELECT cs.c AS pi, cs.dis, cs.rd + interval '3 hours' AS rd, CASE WHEN cs.dis = 'CORONAVIRUS' THEN 2 + fixture_gen.n('imd', cs.c, 3) ELSE 1 END AS doses, false AS pep
  FROM sgen.cs cs WHERE cs.vac = 'VACCINATED'
  UNION ALL
  SELECT DISTINCT ON (ct.pi, ct.dis) ct.pi, ct.dis, ct.rd + make_interval(days => 1 + fixture_gen.n('imr', ct.k, 3)),
         CASE WHEN ct.dis = 'MONKEYPOX' THEN 1 + fixture_gen.n('imd', ct.k, 2) WHEN fixture_gen.n('imp', ct.k, 3) = 0 THEN 1 ELSE 2 END,
         ct.dis = 'MONKEYPOX' OR fixture_gen.n('imp', ct.k, 3) = 0
  FROM sgen.ct ct WHERE ct.res IS NULL AND ct.dis IN ('MEASLES', 'MONKEYPOX') AND fixture_gen.n('imc', ct.k, 100) < CASE WHEN ct.dis = 'MEASLES' THEN 40 ELSE 35 END
) x;

CREATE TABLE immunization (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    disease varchar(255) NOT NULL, person_id bigint NOT NULL, reportdate timestamp NOT NULL, reportinguser_id bigint, immunizationstatus varchar(255), meansofimmunization varchar(255),
    responsibledistrict_id bigint, healthfacility_id bigint, startdate timestamp, numberofdoses integer, additionaldetails varchar(4096)
);
INSERT INTO immunization
SELECT 84000 + m, sgen.su('imm', m), rd + make_interval(days => fixture_gen.n('imch', m, 30)), rd, dis, 20000 + pi, rd, 1005 + fixture_gen.n('imu', m, 34),
       CASE WHEN pep AND dis = 'MONKEYPOX' AND doses = 1 THEN 'PENDING' WHEN pep AND dis = 'MONKEYPOX' THEN 'ACQUIRED' WHEN fixture_gen.n('ims', m, 20) = 0 THEN 'NOT_ACQUIRED' ELSE 'ACQUIRED' END,
       CASE WHEN fixture_gen.n('imm', m, 25) = 0 THEN 'VACCINATION_RECOVERY' ELSE 'VACCINATION' END,
       314, CASE WHEN pep AND dis = 'MONKEYPOX' THEN 522 WHEN pep THEN 523 END,
       CASE WHEN pep THEN rd::date WHEN dis = 'CORONAVIRUS' THEN date '2021-05-01' + fixture_gen.n('imsd', m, 300)
            ELSE least(date '2024-01-01', greatest(p.bd + 330, date '1975-01-01') + fixture_gen.n('vdd', m * 10 + 1, 60)) END,
       doses, CASE WHEN fixture_gen.n('imad', m, 5) = 0 THEN sgen.txt('imm_add:' || dis, 'imad', m) END
FROM sgen.im JOIN sgen.p p ON p.i = sgen.im.pi;

CREATE TABLE vaccination (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    immunization_id bigint NOT NULL, reportinguser_id bigint, vaccinationdate timestamp, vaccinename varchar(255), othervaccinename varchar(512), vaccinemanufacturer varchar(255),
    vaccinebatchnumber varchar(512), vaccinedose varchar(512), vaccinationinfosource varchar(255), pregnant varchar(255)
);
INSERT INTO vaccination
SELECT 86000 + row_number() OVER (ORDER BY m.m, d), sgen.su('vac', m.m * 10 + d), m.rd + make_interval(days => d), m.rd,
       84000 + m.m, 1005 + fixture_gen.n('imu', m.m, 34),
       CASE WHEN m.pep THEN (m.rd + make_interval(days => (d - 1) * 28))::date
            WHEN fixture_gen.n('vdk', m.m * 10 + d, 8) = 0 THEN NULL
            WHEN m.dis = 'CORONAVIRUS' THEN date '2021-05-01' + fixture_gen.n('imsd', m.m, 300) + (d - 1) * 42 + (CASE WHEN d > 2 THEN 180 ELSE 0 END)
            ELSE least(date '2024-01-01', greatest(p.bd + 330, date '1975-01-01') + (d - 1) * 300 + fixture_gen.n('vdd', m.m * 10 + d, 60)) END,
       CASE m.dis WHEN 'CORONAVIRUS' THEN fixture_gen.pick(ARRAY['COMIRNATY', 'COMIRNATY', 'MRNA_1273', 'UNKNOWN'], 'vcn', m.m * 10 + d) ELSE 'OTHER' END,
       CASE m.dis WHEN 'MEASLES' THEN fixture_gen.pick(ARRAY['M-M-RvaxPro', 'Priorix', 'Priorix-Tetra', 'MMR (unbekannt)'], 'von', m.m * 10 + d) WHEN 'MONKEYPOX' THEN 'Imvanex' END,
       CASE m.dis WHEN 'CORONAVIRUS' THEN 'BIONTECH_PFIZER' WHEN 'MONKEYPOX' THEN 'OTHER' ELSE fixture_gen.pick(ARRAY['OTHER', 'UNKNOWN'], 'vcm', m.m * 10 + d) END,
       CASE WHEN fixture_gen.n('vbn', m.m * 10 + d, 10) < 6 THEN CASE m.dis WHEN 'MEASLES' THEN fixture_gen.pick(ARRAY['U0', 'A69C', 'T02'], 'vbp', m.m * 10 + d) || fixture_gen.digits('vbn', m.m * 10 + d, 4) || fixture_gen.chars('vbs', m.m * 10 + d, 1, 'ABCDEFX')
                                                                WHEN 'MONKEYPOX' THEN 'FDP000' || fixture_gen.digits('vbn', m.m * 10 + d, 2) ELSE fixture_gen.pick(ARRAY['FL', 'FF', 'EW', 'HX'], 'vbp', m.m * 10 + d) || fixture_gen.digits('vbn', m.m * 10 + d, 4) END END,
       d::text,
       CASE WHEN m.pep THEN 'VACCINATION_CARD' ELSE fixture_gen.pick(ARRAY['VACCINATION_CARD', 'VACCINATION_CARD', 'VACCINATION_CARD', 'ORAL_COMMUNICATION', 'ORAL_COMMUNICATION', 'NO_EVIDENCE', 'UNKNOWN'], 'vsrc', m.m * 10 + d) END,
       CASE WHEN m.pep AND p.sex = 'FEMALE' AND p.bd BETWEEN date '1979-01-01' AND date '2009-01-01' THEN CASE WHEN fixture_gen.n('vpr', m.m * 10 + d, 30) = 0 THEN 'YES' ELSE 'NO' END END
FROM sgen.im m JOIN sgen.p p ON p.i = m.pi, generate_series(1, 4) d WHERE d <= m.doses;

-- ---------------------------------------------------------------------------
-- Events (outbreak clusters and signals), their locations, participants and actions.

CREATE TABLE sgen.ev (e int PRIMARY KEY, title text, status text, risk text, dis text, st timestamp, place text, src text, media text, loc text, fac bigint, descr text, evo text);
INSERT INTO sgen.ev VALUES
 (1, 'Masern-Ausbruch GU Trebsenau', 'CLUSTER', 'HIGH', 'MEASLES', '2024-01-22 09:00', 'FACILITY', 'INSTITUTIONAL_PARTNER', NULL, 'gu', 518,
  'Mehrere Masernfälle unter Bewohnern der Gemeinschaftsunterkunft Am Güterbahnhof, überwiegend Kinder ohne Impfnachweis. Riegelungsimpfung mit der Landesdirektion abgestimmt, Aufnahmestopp bis auf Weiteres.',
  'Seit KW 12 keine neuen Fälle, Aufnahmestopp aufgehoben.'),
 (2, 'Masern Grundschule Am Mühlgraben', 'CLUSTER', 'HIGH', 'MEASLES', '2024-03-04 08:00', 'FACILITY', 'HOTLINE_PERSON', NULL, 'school', 510,
  'Meldung durch die Schulleiterin: drei Kinder der Klasse 3b mit Fieber und Ausschlag. Impfbuchkontrolle aller Klassen, Betretungsverbot für Kinder ohne Nachweis.',
  'Nachimpfung von 41 Kindern, letzter Fall am 12.04.'),
 (3, 'Masern Kita Pusteblume', 'CLUSTER', 'MODERATE', 'MEASLES', '2024-03-18 07:30', 'FACILITY', 'HOTLINE_PERSON', NULL, 'kita', 514,
  'Zwei Fälle in der Igelgruppe, Geschwisterkinder der Grundschule. Elternbrief versandt, Betreuung der ungeimpften Kinder ausgesetzt.', NULL),
 (4, 'Masern Familie Kaya, Elstermünde', 'EVENT', 'MODERATE', 'MEASLES', '2024-04-09 10:00', 'HOME', 'HOTLINE_PERSON', NULL, 'home', NULL,
  'Vier Erkrankte in einem Haushalt, Großeltern zu Besuch aus Bursa. Vater Murat Kaya erreichbar unter 0176 48822917.', NULL),
 (5, 'Masern Wartezimmer Kinderarztpraxis', 'SCREENING', 'LOW', 'MEASLES', '2024-04-15 11:00', 'FACILITY', 'INSTITUTIONAL_PARTNER', NULL, 'praxis', 523,
  'Infektiöses Kind am 11.04. zwischen 9 und 11 Uhr im Wartezimmer. Patientenliste der Praxis angefordert.', 'Liste mit 23 Patienten erhalten, Abgleich Impfstatus läuft.'),
 (6, 'Masern-Verdacht Oberschule Kranichau', 'DROPPED', 'LOW', 'MEASLES', '2024-05-06 09:30', 'FACILITY', 'HOTLINE_PERSON', NULL, 'os', 511,
  'Verdacht durch Elternhinweis, Ausschlag nach Antibiotikagabe. Kein Masernfall.', 'Verworfen nach negativem IgM.'),
 (7, 'Mpox nach Festival "Elsterwelle"', 'CLUSTER', 'HIGH', 'MONKEYPOX', '2024-07-12 12:00', 'FESTIVITIES', 'INSTITUTIONAL_PARTNER', NULL, 'festival', NULL,
  'Festival vom 28.06. bis 30.06. mit ca. 4.000 Besuchern. Mehrere Mpox-Fälle mit Exposition im Campingbereich. Veranstalter stellt Besucherinformation über Ticketshop-Newsletter bereit.',
  'Impfangebot Imvanex für Kontaktpersonen über die Schwerpunktpraxis; Fallzahlen ab KW 32 rückläufig.'),
 (8, 'Mpox Club Kesselhaus', 'CLUSTER', 'MODERATE', 'MONKEYPOX', '2024-08-20 14:00', 'FESTIVITIES', 'HOTLINE_PERSON', NULL, 'club', NULL,
  'Fälle mit Exposition bei Partys im Club Kesselhaus (Leipzig-Plagwitz), Zuständigkeit mit dem GA Leipzig abgestimmt.', NULL),
 (9, 'Mpox Saunaclub Leipzig-Ost', 'EVENT', 'MODERATE', 'MONKEYPOX', '2024-09-16 10:00', 'PUBLIC_PLACE', 'NOT_APPLICABLE', NULL, 'sauna', NULL,
  'Drei Fälle nennen denselben Saunaclub als Expositionsort. Betreiber kooperativ, Aushang zu Symptomen.', NULL),
 (10, 'Mpox Klade Ib, reiseassoziiert (Kinshasa)', 'EVENT', 'HIGH', 'MONKEYPOX', '2024-11-05 16:00', 'MEANS_OF_TRANSPORT', 'INSTITUTIONAL_PARTNER', NULL, 'air', NULL,
  'Erster Fall von Klade Ib im Landkreis nach Reise aus Kinshasa über Brüssel. Passagierliste über die Luftverkehrsgesellschaft angefragt, Meldung an RKI und Landesuntersuchungsanstalt.',
  'Haushaltskontakte geimpft, keine Folgefälle.'),
 (11, 'Pertussis Pflegeheim Haus Abendsonne', 'CLUSTER', 'MODERATE', 'PERTUSSIS', '2024-10-01 09:00', 'FACILITY', 'INSTITUTIONAL_PARTNER', NULL, 'care', 521,
  'Drei Bewohner und eine Pflegekraft mit Keuchhusten. Pflegedienstleitung informiert das GA täglich.', NULL),
 (12, 'COVID-19 Seniorenresidenz Am Schlosspark', 'CLUSTER', 'MODERATE', 'CORONAVIRUS', '2025-01-08 08:00', 'FACILITY', 'INSTITUTIONAL_PARTNER', NULL, 'senior', 520,
  'Ausbruch auf Wohnbereich 2, Besuchseinschränkung für eine Woche.', NULL),
 (13, 'Pressemeldung: Masernfälle im Nachbarlandkreis', 'SIGNAL', 'LOW', 'MEASLES', '2024-02-20 13:00', 'UNKNOWN', 'MEDIA_NEWS', 'Leipziger Volkszeitung', NULL, NULL,
  'Zeitungsbericht über Masern an einer Schule im LK Leipzig, Prüfung auf Bezüge zu unseren Fällen.', NULL),
 (14, 'Hinweis Bürgertelefon: Ausschlag bei mehreren Kindern, Kita Regenbogen', 'DROPPED', 'LOW', 'MEASLES', '2024-05-21 15:00', 'FACILITY', 'HOTLINE_PERSON', NULL, 'kita2', 516,
  'Anruferin berichtet über Ausschlag bei mehreren Kindern. Rücksprache mit der Kita: Hand-Fuß-Mund-Krankheit.', NULL),
 (15, 'Riegelungsimpfung Grundschule Trebsenau', 'SCREENING', 'LOW', 'MEASLES', '2024-02-05 08:00', 'FACILITY', 'NOT_APPLICABLE', NULL, 'gs2', 513,
  'Vorsorgliche Impfbuchkontrolle nach Fällen in der GU, Impfangebot in der Schule.', NULL),
 (16, 'Mpox Privatparty Leipzig-Connewitz (Gastgeber Herr Okafor)', 'EVENT', 'MODERATE', 'MONKEYPOX', '2024-08-02 18:00', 'HOME', 'HOTLINE_PERSON', NULL, 'home2', NULL,
  'Zwei Fälle nennen dieselbe Privatparty. Gastgeber gibt Gästeliste nur teilweise heraus.', NULL),
 (17, 'Masern Berufsschulzentrum', 'EVENT', 'MODERATE', 'MEASLES', '2024-05-13 09:00', 'FACILITY', 'INSTITUTIONAL_PARTNER', NULL, 'bsz', 524,
  'Ein Fall in einer Pflegeklasse, Praxiseinsätze der Klasse ausgesetzt.', NULL),
 (18, 'Mpox Kontaktpersonen Fitnessstudio', 'DROPPED', 'LOW', 'MONKEYPOX', '2024-10-14 12:00', 'PUBLIC_PLACE', 'HOTLINE_PERSON', NULL, NULL, NULL,
  'Anonymer Hinweis, keine bestätigten Fälle.', NULL),
 (19, 'Masern Reiserückkehrer Rumänien (Bus)', 'EVENT', 'MODERATE', 'MEASLES', '2024-04-22 10:00', 'MEANS_OF_TRANSPORT', 'INSTITUTIONAL_PARTNER', NULL, 'bus', NULL,
  'Infektiöser Fall in einem Fernbus Bukarest–Leipzig. Fahrgastliste über das Busunternehmen angefordert.', NULL),
 (20, 'Pertussis Familie Schröder / Grundschule', 'EVENT', 'LOW', 'PERTUSSIS', '2024-06-10 09:00', 'HOME', 'HOTLINE_PERSON', NULL, 'home3', NULL,
  'Säugling und zwei Geschwister erkrankt. Mutter Katrin Schröder (katrin.schroeder83@gmx.de) meldet sich selbst.', NULL),
 (21, 'COVID-19 Station 3 Kreiskrankenhaus', 'CLUSTER', 'MODERATE', 'CORONAVIRUS', '2024-12-02 07:00', 'FACILITY', 'INSTITUTIONAL_PARTNER', NULL, 'kkh', 501,
  'Nosokomiale Häufung, Hygienefachkraft des KKH koordiniert.', NULL),
 (22, 'Signal: Hautausschlag nach Festival (Social Media)', 'SIGNAL', 'LOW', 'MONKEYPOX', '2024-07-08 20:00', 'FESTIVITIES', 'MEDIA_NEWS', 'Instagram', NULL, NULL,
  'Mehrere Beiträge über Hautausschlag nach dem Festival, Abgleich mit Meldungen.', NULL);

INSERT INTO location (id, uuid, changedate, creationdate, details, city, district_id, community_id, latitude, longitude, postalcode, street, housenumber, addresstype, facility_id,
                      contactpersonfirstname, contactpersonlastname, contactpersonphone)
SELECT 13000 + e, sgen.su('lev', e), st + interval '1 day', st,
       CASE loc WHEN 'festival' THEN 'Festivalgelände Kiesgrube Falkenhain' WHEN 'club' THEN 'Club Kesselhaus' WHEN 'sauna' THEN 'Saunaclub' WHEN 'air' THEN 'Flug SN 358 / SN 2587'
                WHEN 'bus' THEN 'Fernbus Bukarest–Leipzig' WHEN 'home' THEN 'Wohnung der Familie' WHEN 'home2' THEN 'Privatwohnung des Gastgebers' WHEN 'home3' THEN 'Wohnung der Familie' END,
       coalesce(f.city, CASE loc WHEN 'festival' THEN 'Falkenhain-Rödgen' WHEN 'club' THEN 'Leipzig' WHEN 'sauna' THEN 'Leipzig' WHEN 'home' THEN 'Elstermünde' WHEN 'home2' THEN 'Leipzig' WHEN 'home3' THEN 'Kranichau' WHEN 'bus' THEN 'Leipzig' END),
       CASE WHEN loc IS NULL OR loc = 'air' THEN NULL WHEN loc IN ('club', 'sauna', 'home2', 'bus') THEN 311 ELSE 314 END,
       CASE loc WHEN 'festival' THEN 406 WHEN 'home' THEN 401 WHEN 'home3' THEN 403 ELSE f.community_id END,
       coalesce(f.latitude, CASE loc WHEN 'festival' THEN 51.4012 WHEN 'club' THEN 51.3303 END), coalesce(f.longitude, CASE loc WHEN 'festival' THEN 12.8420 WHEN 'club' THEN 12.3360 END),
       coalesce(f.postalcode, CASE loc WHEN 'festival' THEN '04808' WHEN 'club' THEN '04229' WHEN 'home' THEN '04808' WHEN 'home2' THEN '04277' WHEN 'home3' THEN '04838' END),
       coalesce(f.street, CASE loc WHEN 'festival' THEN 'An der Kiesgrube' WHEN 'club' THEN 'Karl-Heine-Straße' WHEN 'home' THEN 'Thomas-Müntzer-Straße' WHEN 'home2' THEN 'Bornaische Straße' WHEN 'home3' THEN 'Lindenstraße' END),
       coalesce(f.housenumber, CASE loc WHEN 'club' THEN '93' WHEN 'home' THEN '14' WHEN 'home2' THEN '118' WHEN 'home3' THEN '3a' END),
       'EVENT_LOCATION', ev.fac,
       CASE WHEN loc IN ('festival', 'club', 'sauna', 'home2') OR ev.fac IS NOT NULL THEN g.first END, CASE WHEN loc IN ('festival', 'club', 'sauna', 'home2') OR ev.fac IS NOT NULL THEN g.last END,
       CASE WHEN loc IN ('festival', 'club', 'sauna', 'home2') OR ev.fac IS NOT NULL THEN CASE WHEN e % 2 = 0 THEN g.phone ELSE g.landline END END
FROM sgen.ev ev LEFT JOIN facility f ON f.id = ev.fac JOIN sgen.p g ON g.i = CASE WHEN ev.fac IS NOT NULL THEN 2100 + (ev.fac - 500)::int ELSE 2150 + e END;

CREATE TABLE events (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    eventstatus varchar(255), risklevel varchar(255), eventtitle varchar(512), eventdesc varchar(4096), disease varchar(255), startdate timestamp, reportdatetime timestamp NOT NULL,
    reportinguser_id bigint, responsibleuser_id bigint, eventlocation_id bigint, typeofplace varchar(255), srctype varchar(255), srcfirstname varchar(512), srclastname varchar(512),
    srctelno varchar(512), srcemail varchar(512), srcmedianame varchar(512), externalid varchar(512), evolutioncomment varchar(4096), archived boolean NOT NULL DEFAULT false
);
INSERT INTO events
SELECT 88000 + e, sgen.su('evt', e), st + make_interval(days => 10 + fixture_gen.n('evch', e, 60)), st + interval '2 hours', status, risk, title, descr, dis, st - interval '3 days', st + interval '2 hours',
       1003 + e % 2, 1005 + fixture_gen.n('evru', e, 12), CASE WHEN loc IS NOT NULL THEN 13000 + e END, place, src,
       CASE WHEN src IN ('HOTLINE_PERSON', 'INSTITUTIONAL_PARTNER') THEN g.first END, CASE WHEN src IN ('HOTLINE_PERSON', 'INSTITUTIONAL_PARTNER') THEN g.last END,
       CASE WHEN src IN ('HOTLINE_PERSON', 'INSTITUTIONAL_PARTNER') THEN CASE WHEN e % 3 = 0 THEN g.landline ELSE g.phone END END,
       CASE WHEN src = 'INSTITUTIONAL_PARTNER' OR (src = 'HOTLINE_PERSON' AND e % 2 = 0) THEN g.email END,
       media, CASE WHEN status IN ('CLUSTER', 'EVENT') THEN 'SN-AUSB-' || to_char(st, 'YYYY') || '-' || lpad((e * 37)::text, 4, '0') END,
       evo, st < timestamp '2024-06-01' AND status = 'DROPPED'
FROM sgen.ev JOIN sgen.p g ON g.i = 2170 + e;

CREATE TABLE eventparticipant (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    event_id bigint NOT NULL, person_id bigint NOT NULL, involvementdescription varchar(512), resultingcase_id bigint, reportinguser_id bigint, vaccinationstatus varchar(255)
);
INSERT INTO eventparticipant
SELECT 88500 + row_number() OVER (ORDER BY e, pi), sgen.su('evp', e * 10000 + pi), ev.st + make_interval(days => fixture_gen.n('epcr', e * 10000 + pi, 5) + 1 + fixture_gen.n('epch', e * 10000 + pi, 20)), ev.st + make_interval(days => fixture_gen.n('epcr', e * 10000 + pi, 5)),
       88000 + e, 20000 + pi, CASE WHEN fixture_gen.n('epi', e * 10000 + pi, 10) < 4 THEN sgen.txt('ep_inv', 'epi', e * 10000 + pi) END,
       CASE WHEN pi <= 360 THEN 40000 + pi END, 1005 + fixture_gen.n('epu', e * 10000 + pi, 12),
       fixture_gen.pick(ARRAY['VACCINATED', 'UNVACCINATED', 'UNKNOWN', 'UNKNOWN'], 'epv', e * 10000 + pi)
FROM (
  SELECT x.e, x.c AS pi FROM (SELECT CASE scen WHEN 'gu' THEN 1 WHEN 'school' THEN 2 WHEN 'kita' THEN 3 WHEN 'festival' THEN 7 WHEN 'party' THEN 8 WHEN 'sauna' THEN 9 WHEN 'travel_air' THEN 10
                                              WHEN 'care' THEN 11 WHEN 'travel_bus' THEN 19 END AS e, c FROM sgen.ex WHERE j = 0) x WHERE x.e IS NOT NULL
  UNION SELECT 12, c FROM sgen.cs WHERE c BETWEEN 341 AND 350
  UNION SELECT CASE WHEN i <= 1140 THEN 1 WHEN i <= 1180 THEN 2 WHEN i <= 1200 THEN 3 WHEN i <= 1240 THEN 7 ELSE 11 END, i FROM generate_series(1101, 1250) i
  UNION SELECT 10, pi FROM sgen.ct WHERE caze = 320
) x JOIN sgen.ev ev USING (e);

CREATE TABLE action (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    event_id bigint, title varchar(512), description varchar(4096), reply varchar(4096), actionstatus varchar(255), actionmeasure varchar(255), creatoruser_id bigint
);
INSERT INTO action
SELECT 99500 + row_number() OVER (ORDER BY ev.e, a.k), sgen.su('act', ev.e * 10 + a.k), ev.st + make_interval(days => a.k * 3 + 5), ev.st + make_interval(days => a.k * 2),
       88000 + ev.e, a.title, a.descr,
       CASE WHEN fixture_gen.n('acr', ev.e * 10 + a.k, 3) > 0 THEN replace(replace(a.reply, '{n}', g.first || ' ' || g.last), '{e}', g.email) END,
       CASE WHEN ev.st < timestamp '2025-01-01' THEN 'DONE' ELSE fixture_gen.pick(ARRAY['PENDING', 'IN_PROGRESS', 'DONE'], 'acs', ev.e * 10 + a.k) END, a.measure,
       1003 + fixture_gen.n('acu', ev.e * 10 + a.k, 14)
FROM sgen.ev ev JOIN (VALUES
  (1, 'Betretungsverbot aussprechen', 'Betretungsverbot für Erkrankte und ungeimpfte Kontaktpersonen nach § 28a IfSG.', 'Bescheide zugestellt.', 'PROHIBITION_OF_ENTRY_AND_WORK_CASES'),
  (2, 'Teilnehmer- bzw. Bewohnerliste anfordern', 'Liste mit Namen, Geburtsdatum und Erreichbarkeit anfordern.', 'Liste von {n} per Mail ({e}) erhalten.', 'SEARCH_MORE_CASES'),
  (3, 'Proben an das Referenzlabor', 'Positive Proben zur Genotypisierung weiterleiten.', 'Versand am Folgetag, Begleitschein beigelegt.', 'FORWARDING_TO_NATIONAL_REFERENCE_CENTER'),
  (4, 'Impfangebot organisieren', 'Riegelungs- bzw. Postexpositionsimpfung mit den Hausärzten abstimmen.', 'Termin mit {n} vereinbart.', 'OTHER')
) a(k, title, descr, reply, measure) ON ev.e <= 12 AND (a.k <= 2 OR ev.status = 'CLUSTER')
JOIN sgen.p g ON g.i = 2141 + (ev.e * 7 + a.k) % 60;

-- ---------------------------------------------------------------------------
-- Tasks.

CREATE TABLE task (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    tasktype varchar(255), taskcontext varchar(255), taskstatus varchar(255), priority varchar(255), duedate timestamp, assigneeuser_id bigint, assigneereply varchar(4096),
    creatoruser_id bigint, creatorcomment varchar(4096), caze_id bigint, contact_id bigint, event_id bigint, closedlat double precision, closedlon double precision
);
CREATE TABLE sgen.tp (t int PRIMARY KEY, ty text, ctx text, cr timestamp, caze int, ck int, ev int, asg int, lat float8, lon float8);
INSERT INTO sgen.tp
SELECT row_number() OVER (ORDER BY cr, ty, caze, ck, ev), ty, ctx, cr, caze, ck, ev, asg, lat, lon FROM (
  SELECT 'CASE_INVESTIGATION' AS ty, 'CASE' AS ctx, cs.rd + interval '10 minutes' AS cr, cs.c AS caze, NULL::int AS ck, NULL::int AS ev, cs.off AS asg, p.lat, p.lon FROM sgen.cs cs JOIN sgen.p p ON p.i = cs.c
  UNION ALL SELECT 'QUARANTINE_ORDER_SEND', 'CASE', cs.rd + interval '1 day', cs.c, NULL, NULL, cs.off, p.lat, p.lon FROM sgen.cs cs JOIN sgen.p p ON p.i = cs.c WHERE fixture_gen.n('tq', cs.c, 2) = 0
  UNION ALL SELECT 'SAMPLE_COLLECTION', 'CASE', cs.rd + interval '2 hours', cs.c, NULL, NULL, cs.off, p.lat, p.lon FROM sgen.cs cs JOIN sgen.p p ON p.i = cs.c WHERE fixture_gen.n('tsc', cs.c, 10) < 3
  UNION ALL SELECT 'CONTACT_FOLLOW_UP', 'CONTACT', ct.rd + interval '30 minutes', NULL, ct.k, NULL, 1019 + fixture_gen.n('coff', ct.k, 20), p.lat, p.lon FROM sgen.ct ct JOIN sgen.p p ON p.i = ct.pi WHERE fixture_gen.n('tcf', ct.k, 10) < 6
  UNION ALL SELECT 'EVENT_INVESTIGATION', 'EVENT', st + interval '3 hours', NULL, NULL, e, 1005 + fixture_gen.n('evru', e, 12), NULL, NULL FROM sgen.ev
  UNION ALL SELECT 'OTHER', 'GENERAL', sgen.at('tgen', g, '2024-01-15', '2025-02-25'), NULL, NULL, NULL, 1003 + fixture_gen.n('tga', g, 16), NULL, NULL FROM generate_series(1, 24) g
) x;
INSERT INTO task
SELECT 90000 + t, sgen.su('tsk', t), cr + make_interval(days => fixture_gen.n('tch', t, 6), mins => fixture_gen.n('tchm', t, 600)), cr, ty, ctx, st,
       CASE WHEN ty IN ('CASE_INVESTIGATION', 'EVENT_INVESTIGATION') THEN 'HIGH' WHEN fixture_gen.n('tpr', t, 10) = 0 THEN 'LOW' ELSE 'NORMAL' END,
       cr + make_interval(days => CASE ty WHEN 'CONTACT_FOLLOW_UP' THEN 21 WHEN 'OTHER' THEN 7 ELSE 1 END),
       asg, CASE WHEN st IN ('DONE', 'NOT_EXECUTABLE') AND fixture_gen.n('tar', t, 10) < 4 THEN sgen.txt('task_ar', 'tar', t) END,
       CASE WHEN ctx = 'GENERAL' THEN 1003 + t % 2 WHEN fixture_gen.n('tcu', t, 5) = 0 THEN 1047 ELSE 1003 + fixture_gen.n('tcu', t, 16) END,
       CASE WHEN ctx = 'GENERAL' THEN fixture_gen.pick(ARRAY['Wochenbericht an die LUA senden', 'Impfstoffbestellung Imvanex prüfen', 'Schulung neuer Containment Scouts', 'Dienstplan Wochenenddienst',
              'Statistik Masern für den Kreistag', 'Vorlagen Quarantäneanordnung aktualisieren'], 'tgc', t)
            WHEN fixture_gen.n('tcc', t, 10) < 3 THEN sgen.txt('task_cc', 'tcc', t) END,
       CASE WHEN caze IS NOT NULL THEN 40000 + caze END, CASE WHEN ck IS NOT NULL THEN 45000 + ck END, CASE WHEN ev IS NOT NULL THEN 88000 + ev END,
       CASE WHEN st = 'DONE' AND lat IS NOT NULL AND fixture_gen.n('tgps', t, 100) < 7 THEN round((lat + (fixture_gen.n('tgla', t, 400) - 200) / 100000.0)::numeric, 6)::float8 END,
       CASE WHEN st = 'DONE' AND lat IS NOT NULL AND fixture_gen.n('tgps', t, 100) < 7 THEN round((lon + (fixture_gen.n('tglo', t, 400) - 200) / 70000.0)::numeric, 6)::float8 END
FROM (SELECT tp.*, CASE WHEN cr > timestamp '2025-02-15' THEN fixture_gen.pick(ARRAY['PENDING', 'PENDING', 'IN_PROGRESS', 'DONE'], 'tst', t)
                        ELSE fixture_gen.pick(ARRAY['DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'NOT_EXECUTABLE', 'REMOVED', 'PENDING'], 'tst', t) END AS st FROM sgen.tp) x;

-- ---------------------------------------------------------------------------
-- Travel entries: travellers reported by the airport and by other
-- countries' IHR focal points (mpox clade Ib areas from August 2024,
-- measles exposures on flights), persons 1251-1400.

CREATE TABLE travelentry (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    person_id bigint NOT NULL, reportdate timestamp NOT NULL, reportinguser_id bigint, disease varchar(255), responsibledistrict_id bigint, pointofentry_id bigint,
    pointofentrydetails varchar(512), resultingcase_id bigint, externalid varchar(512), vaccinated boolean, deacontent jsonb,
    quarantine varchar(255), quarantinefrom timestamp, quarantineto timestamp, dateofarrival timestamp NOT NULL, archived boolean NOT NULL DEFAULT false
);
INSERT INTO travelentry
SELECT 95000 + (p.i - 1250), sgen.su('tre', p.i), x.rd + make_interval(days => fixture_gen.n('trch', p.i, 10)), x.rd, 20000 + p.i, x.rd,
       CASE WHEN fixture_gen.n('tru', p.i, 3) = 0 THEN 1046 ELSE 1005 + fixture_gen.n('trus', p.i, 12) END, x.dis, 314,
       CASE WHEN x.poe = 1 THEN 601 WHEN x.poe = 2 THEN 603 WHEN x.poe = 3 THEN 604 ELSE 605 END,
       CASE WHEN x.poe = 4 OR fixture_gen.n('trpd', p.i, 4) = 0 THEN CASE
         WHEN x.poe = 3 THEN fixture_gen.pick(ARRAY['Einreise per Fernbus über Görlitz', 'Reisebus aus Bukarest, Ankunft Leipzig ZOB', 'Mit dem Auto über die A4'], 'trpd2', p.i)
         WHEN x.poe = 4 THEN fixture_gen.pick(ARRAY['Einreise mit dem Auto über Frankfurt (Oder)', 'Ankunft per Bahn über Wien', 'Flughafen München, weiter mit dem Zug'], 'trpd2', p.i)
         WHEN x.dis = 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['Flug aus Kinshasa über Brüssel', 'Flug aus Entebbe über Istanbul', 'Flug aus Kigali über Amsterdam', 'Flug aus Nairobi über Doha'], 'trpd2', p.i)
         ELSE fixture_gen.pick(ARRAY['Flug TK 1635 aus Istanbul', 'Flug aus Bangkok über Doha', 'Rückflug aus Antalya', 'Flug aus Bukarest'], 'trpd2', p.i) END END,
       NULL, CASE WHEN x.dea THEN 'DEA-' || upper(substr(md5('dea' || p.i), 1, 8)) || '-' || upper(substr(md5('dea' || p.i), 9, 4)) END,
       CASE WHEN fixture_gen.n('trv', p.i, 3) = 0 THEN NULL ELSE fixture_gen.n('trv', p.i, 3) = 1 END,
       CASE WHEN x.dea THEN jsonb_build_array(
         jsonb_build_object('caption', 'Vorname', 'value', p.first), jsonb_build_object('caption', 'Nachname', 'value', p.last),
         jsonb_build_object('caption', 'Geburtsdatum', 'value', to_char(p.bd, 'DD.MM.YYYY')),
         jsonb_build_object('caption', 'Telefon', 'value', CASE WHEN p.o = 'de' THEN p.phone ELSE fixture_gen.phone('trph', p.i) END),
         jsonb_build_object('caption', 'E-Mail', 'value', p.email),
         jsonb_build_object('caption', 'Aufenthaltsadresse', 'value', p.street || ' ' || p.hnr || ', ' || p.zip || ' ' || p.city),
         jsonb_build_object('caption', 'Heimatadresse', 'value', CASE WHEN p.o = 'de' THEN p.street || ' ' || p.hnr || ', ' || p.zip || ' ' || p.city ELSE fixture_gen.street('trst', p.i) || ', ' || fixture_gen.city('trst', p.i) END),
         jsonb_build_object('caption', 'Abreiseland', 'value', x.from_country),
         jsonb_build_object('caption', 'Flugnummer', 'value', x.flight),
         jsonb_build_object('caption', 'Sitzplatz', 'value', CASE WHEN x.poe IN (1, 2) THEN (5 + fixture_gen.n('trseat', p.i, 30))::text || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D', 'E', 'F'], 'trseatl', p.i) END),
         jsonb_build_object('caption', 'Ankunftsdatum', 'value', to_char(x.arr, 'DD.MM.YYYY'))) END,
       CASE WHEN x.dis = 'MONKEYPOX' THEN 'NONE' ELSE fixture_gen.pick(ARRAY['HOME', 'NONE', 'NONE'], 'trq', p.i) END,
       CASE WHEN x.dis <> 'MONKEYPOX' AND fixture_gen.n('trq', p.i, 3) = 0 THEN x.arr END,
       CASE WHEN x.dis <> 'MONKEYPOX' AND fixture_gen.n('trq', p.i, 3) = 0 THEN x.arr + interval '21 days' END,
       x.arr, x.rd < timestamp '2024-10-01' AND fixture_gen.n('tra', p.i, 2) = 0
FROM sgen.p p JOIN LATERAL (
  SELECT dis, arr, arr + make_interval(days => 1 + fixture_gen.n('trrd', p.i, 4), hours => fixture_gen.n('trrh', p.i, 12)) AS rd, poe, dea,
         CASE WHEN dis = 'MONKEYPOX' THEN fixture_gen.pick(ARRAY['Demokratische Republik Kongo', 'Uganda', 'Ruanda', 'Burundi', 'Kenia'], 'trfc', p.i)
              ELSE fixture_gen.pick(ARRAY['Rumänien', 'Türkei', 'Österreich', 'Thailand'], 'trfc', p.i) END AS from_country,
         CASE poe WHEN 1 THEN fixture_gen.pick(ARRAY['TK 1635', 'QR 081', 'FR 4512', 'LH 166'], 'trfl', p.i) WHEN 2 THEN fixture_gen.pick(ARRAY['SN 2587', 'ET 708', 'KL 1779'], 'trfl', p.i) ELSE NULL END AS flight
  FROM (SELECT CASE WHEN fixture_gen.n('trd', p.i, 10) < 6 THEN 'MONKEYPOX' WHEN fixture_gen.n('trd', p.i, 10) < 9 THEN 'MEASLES' ELSE 'CORONAVIRUS' END AS dis,
               CASE WHEN fixture_gen.n('trd', p.i, 10) < 6 THEN sgen.at('tra', p.i, '2024-08-16', '2025-02-20') ELSE sgen.at('tra', p.i, '2024-02-01', '2024-12-15') END AS arr,
               1 + fixture_gen.n('trpoe', p.i, 4) AS poe, fixture_gen.n('trdea', p.i, 10) < 6 AS dea) y
) x ON true
WHERE p.i BETWEEN 1251 AND 1400;

-- ---------------------------------------------------------------------------
-- Prescriptions of the cases' therapies.

CREATE TABLE prescription (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    therapy_id bigint NOT NULL, prescriptiontype varchar(255), prescriptiondetails varchar(512), typeofdrug varchar(255), prescriptiondate timestamp, prescribingclinician varchar(512),
    frequency varchar(512), dose varchar(512), route varchar(255), additionalnotes varchar(4096)
);
INSERT INTO prescription
SELECT 97000 + row_number() OVER (ORDER BY cs.c, r.k), sgen.su('rx', cs.c * 10 + r.k), cs.rd + interval '3 days', cs.rd + interval '2 days', 96000 + cs.c,
       r.ptype, r.details, r.drug, (cs.rd + interval '1 day')::date,
       CASE WHEN fixture_gen.n('rxc', cs.c, 3) > 0 THEN fixture_gen.pick(ARRAY['Dr. ', 'Dr. med. ', ''], 'rxt', cs.c) || d.first || ' ' || d.last END,
       r.freq, r.dose, r.route,
       CASE WHEN fixture_gen.n('rxn', cs.c * 10 + r.k, 4) = 0 THEN r.note WHEN fixture_gen.n('rxn', cs.c * 10 + r.k, 12) = 1 THEN 'Rücksprache mit Dr. ' || d.last || ' wegen Dosierung.' END
FROM sgen.cs cs JOIN sgen.p p ON p.i = cs.c JOIN sgen.p d ON d.i = 2060 + fixture_gen.n('cld', cs.c, 40)
JOIN (VALUES
  ('MONKEYPOX', 1, 'DRUG_INTAKE', 'Tecovirimat (TPOXX) 200 mg Kapseln', 'ANTIVIRAL', '2x täglich für 14 Tage', '600 mg', 'ORAL', 12, 'Einnahme mit einer fettreichen Mahlzeit. Über das Notfalldepot der Uniklinik bezogen.'),
  ('MONKEYPOX', 2, 'DRUG_INTAKE', 'Ibuprofen 600 mg', 'OTHER', 'bis 3x täglich bei Bedarf', '600 mg', 'ORAL', 30, 'Bei starken Schmerzen zusätzlich Metamizol.'),
  ('MONKEYPOX', 3, 'OTHER', 'Lidocain-Gel 2 % lokal', 'OTHER', 'bei Bedarf', 'dünn auftragen', 'TOPICAL', 15, 'Nicht auf offene Läsionen im Gesicht.'),
  ('MEASLES', 1, 'DRUG_INTAKE', 'Vitamin A', 'OTHER', '1x täglich an 2 Tagen', '200.000 IE', 'ORAL', 10, 'Dosis nach WHO-Empfehlung für Kinder über 12 Monate.'),
  ('MEASLES', 2, 'DRUG_INTAKE', 'Amoxicillin Saft (Otitis media)', 'ANTIMICROBIAL', '3x täglich für 7 Tage', '50 mg/kg KG/Tag', 'ORAL', 7, 'Kontrolle beim HNO-Arzt nach Abschluss.'),
  ('MEASLES', 3, 'IV_FLUID_THERAPY', 'Ringer-Lösung', 'OTHER', 'kontinuierlich', '1000 ml/24 h', 'IV', 5, 'Bilanzierung.'),
  ('PERTUSSIS', 1, 'DRUG_INTAKE', 'Azithromycin', 'ANTIMICROBIAL', '1x täglich für 3 Tage', '10 mg/kg KG', 'ORAL', 70, 'Auch für Haushaltskontakte verordnet.'),
  ('CORONAVIRUS', 1, 'DRUG_INTAKE', 'Nirmatrelvir/Ritonavir (Paxlovid)', 'ANTIVIRAL', '2x täglich für 5 Tage', '300 mg/100 mg', 'ORAL', 20, 'Wechselwirkungen mit Statinen geprüft.'),
  ('CORONAVIRUS', 2, 'OXYGEN_THERAPY', 'Sauerstoff über Nasenbrille', NULL, 'kontinuierlich', '2 l/min', 'OTHER', 15, 'Zielsättigung 92 bis 96 %.')
) r(dis, k, ptype, details, drug, freq, dose, route, pct, note) ON r.dis = cs.dis AND fixture_gen.n('rx' || r.k, cs.c, 100) < r.pct + CASE WHEN cs.hosp THEN 40 ELSE 0 END;

-- ---------------------------------------------------------------------------
-- DEMIS lab messages: one for each sample the reporting labs finished,
-- with the patient as the lab sent it and the notification bundle.

CREATE TABLE externalmessage (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    type varchar(255), disease varchar(255), messagedatetime timestamp, labsampleid varchar(512), reportername varchar(512),
    personfirstname varchar(512), personlastname varchar(512), personsex varchar(255), personbirthdatedd integer, personbirthdatemm integer, personbirthdateyyyy integer,
    personpostalcode varchar(512), personcity varchar(512), personstreet varchar(512), personhousenumber varchar(512), personphone varchar(512), personemail varchar(512),
    externalmessagedetails text, status varchar(255), assignee_id bigint, sample_id bigint
);
INSERT INTO externalmessage
SELECT 99000 + row_number() OVER (ORDER BY s.id), sgen.su('xm', s.id), s.reportdatetime + make_interval(days => 3, hours => fixture_gen.n('xmch', s.id, 48)), s.reportdatetime + interval '2 days',
       'LAB_MESSAGE', sa.dis, s.reportdatetime + interval '2 days', s.labsampleid, f.name,
       CASE WHEN fixture_gen.n('xmf', s.id, 30) = 0 THEN upper(p.first) ELSE p.first END, p.last, p.sex,
       extract(day FROM p.bd)::int, extract(month FROM p.bd)::int, extract(year FROM p.bd)::int,
       p.zip, p.city, p.street, p.hnr, CASE WHEN fixture_gen.n('xmph', s.id, 10) < 6 THEN p.phone END, CASE WHEN fixture_gen.n('xmem', s.id, 10) < 3 THEN p.email END,
       jsonb_build_object('resourceType', 'Bundle', 'type', 'document',
         'meta', jsonb_build_object('profile', jsonb_build_array('https://demis.rki.de/fhir/StructureDefinition/NotificationBundleLaboratory')),
         'identifier', jsonb_build_object('system', 'https://demis.rki.de/fhir/NamingSystem/NotificationBundleId', 'value', fixture_gen.uuid('xmb', s.id)),
         'entry', jsonb_build_array(
           jsonb_build_object('resource', jsonb_build_object('resourceType', 'Patient', 'gender', lower(p.sex), 'birthDate', to_char(p.bd, 'YYYY-MM-DD'),
             'name', jsonb_build_array(jsonb_build_object('use', 'official', 'family', p.last, 'given', jsonb_build_array(p.first))),
             'telecom', CASE WHEN fixture_gen.n('xmph', s.id, 10) < 6 THEN jsonb_build_array(jsonb_build_object('system', 'phone', 'value', p.phone)) ELSE '[]'::jsonb END,
             'address', jsonb_build_array(jsonb_build_object('line', jsonb_build_array(p.street || ' ' || p.hnr), 'postalCode', p.zip, 'city', p.city, 'country', 'DE')))),
           jsonb_build_object('resource', jsonb_build_object('resourceType', 'Organization', 'name', f.name, 'address', jsonb_build_array(jsonb_build_object('line', jsonb_build_array(f.street || ' ' || f.housenumber), 'postalCode', f.postalcode, 'city', f.city)))),
           jsonb_build_object('resource', jsonb_build_object('resourceType', 'Observation', 'status', 'final',
             'code', jsonb_build_object('text', CASE sa.dis WHEN 'MEASLES' THEN CASE WHEN sa.mat = 'SERA' THEN 'Masernvirus IgM' ELSE 'Masernvirus RNA' END WHEN 'MONKEYPOX' THEN 'Monkeypox virus DNA'
                                                             WHEN 'PERTUSSIS' THEN 'Bordetella pertussis DNA' ELSE 'SARS-CoV-2 RNA' END),
             'interpretation', jsonb_build_array(jsonb_build_object('text', CASE sa.res WHEN 'POSITIVE' THEN 'positiv' WHEN 'NEGATIVE' THEN 'negativ' ELSE 'grenzwertig' END)))),
           jsonb_build_object('resource', jsonb_build_object('resourceType', 'Specimen', 'accessionIdentifier', jsonb_build_object('value', s.labsampleid),
             'collection', jsonb_build_object('collectedDateTime', to_char(s.sampledatetime, 'YYYY-MM-DD"T"HH24:MI:SS')))))
       )::text,
       CASE WHEN fixture_gen.n('xms', s.id, 100) < 85 THEN 'PROCESSED' WHEN fixture_gen.n('xms', s.id, 100) < 93 THEN 'UNPROCESSED' WHEN fixture_gen.n('xms', s.id, 100) < 97 THEN 'UNCLEAR' ELSE 'FORWARDED' END,
       CASE WHEN fixture_gen.n('xma', s.id, 3) > 0 THEN 1005 + fixture_gen.n('xmau', s.id, 12) END,
       CASE WHEN fixture_gen.n('xms', s.id, 100) < 85 THEN s.id END
FROM sample s JOIN sgen.sa sa ON sa.s = s.id - 80000 JOIN facility f ON f.id = s.lab_id
JOIN sgen.p p ON p.i = coalesce(sa.c, (SELECT pi FROM sgen.ct WHERE ct.k = sa.ck))
WHERE s.lab_id IN (505, 506, 509) AND sa.res <> 'PENDING';

-- ---------------------------------------------------------------------------
-- Manual message log: orders and leaflets sent to persons by e-mail or SMS.

CREATE TABLE manualmessagelog (
    id bigint NOT NULL PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, changedate timestamp NOT NULL, creationdate timestamp NOT NULL,
    messagetype varchar(255), sentdate timestamp NOT NULL, sendinguser_id bigint, recipientperson_id bigint, emailaddress varchar(512), usedtemplate varchar(512)
);
INSERT INTO manualmessagelog
SELECT 100000 + row_number() OVER (ORDER BY sent, pi, kind), sgen.su('mml', row_number() OVER (ORDER BY sent, pi, kind)), sent, sent, CASE WHEN em IS NULL THEN 'SMS' ELSE 'EMAIL' END, sent, usr, 20000 + pi, em,
       CASE WHEN em IS NULL THEN NULL ELSE tpl END
FROM (
  SELECT cs.c AS pi, 1 AS kind, cs.rd + make_interval(days => 1, hours => fixture_gen.n('mmh', cs.c, 8)) AS sent, cs.off AS usr,
         (SELECT contactinformation FROM personcontactdetail d WHERE d.person_id = 20000 + cs.c AND d.personcontactdetailtype = 'EMAIL' LIMIT 1) AS em,
         CASE cs.dis WHEN 'MEASLES' THEN 'Absonderung_Masern.docx' WHEN 'MONKEYPOX' THEN 'Absonderung_Mpox.docx' WHEN 'PERTUSSIS' THEN 'Merkblatt_Keuchhusten.docx' ELSE 'Absonderung_COVID-19.docx' END AS tpl
  FROM sgen.cs cs WHERE fixture_gen.n('mmc', cs.c, 10) < 6
  UNION ALL
  SELECT ct.pi, 2, ct.rd + make_interval(hours => 3 + fixture_gen.n('mmh', ct.k, 20)), 1019 + fixture_gen.n('coff', ct.k, 20),
         (SELECT contactinformation FROM personcontactdetail d WHERE d.person_id = 20000 + ct.pi AND d.personcontactdetailtype = 'EMAIL' LIMIT 1),
         CASE ct.dis WHEN 'MEASLES' THEN 'Quarantaeneanordnung_Masern_Kontaktperson.docx' WHEN 'MONKEYPOX' THEN 'Merkblatt_Mpox_Kontaktperson.docx' ELSE 'Merkblatt_Kontaktperson.docx' END
  FROM sgen.ct ct WHERE fixture_gen.n('mmk', ct.k, 10) < 3
) x;

-- ---------------------------------------------------------------------------

-- SORMAS draws every table's id from one sequence: set it past the largest id.
CREATE SEQUENCE entity_seq;
DO $$
DECLARE r record; m bigint := 0; x bigint;
BEGIN
  FOR r IN SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' LOOP
    EXECUTE format('SELECT max(id) FROM %I', r.table_name) INTO x;
    m := greatest(m, coalesce(x, 0));
  END LOOP;
  PERFORM setval('entity_seq', m + 1, false);
END $$;

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
