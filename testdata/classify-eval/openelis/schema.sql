-- classify-eval fixture (HOLDOUT 70: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- OpenELIS Global 2.8 laboratory information system (the Java, Spring and
-- Hibernate release whose Liquibase changesets build the clinlims schema) in
-- the naming those changesets create: snake_case singular tables with
-- numeric ids, lastupdated timestamps, one-letter flags kept as varchar(1)
-- ('Y'/'N', status letters), dictionary ids kept as text in result values,
-- and the history table's XML diffs kept as bytea. The tables are created
-- here in public rather than clinlims so that the evaluation finds them.
--
-- The data is that of a fictional national reference laboratory for HIV and
-- tuberculosis in Abidjan, Côte d'Ivoire (Laboratoire National de Référence
-- VIH-TB, Treichville; accession prefix LNR): patients of several Ivorian
-- cultures (Akan, Mandé, Krou, Sénoufo) and of Burkina Faso, Mali, Guinea,
-- Ghana, Nigeria, Lebanon and France with their CNI numbers, ART patient
-- codes, mothers' names, nicknames, occupations and nationalities in
-- patient_identity, addresses by commune and quartier in person_address;
-- infants of the early-infant-diagnosis programme linked to their mothers
-- as patient contacts; clinicians and nurses who request tests, the health
-- facilities (CHU, CHR, CAT, district hospitals, NGO clinics) and their lab
-- heads; samples, sample items with the collector's name, analyses, HIV
-- viral-load, CD4, EID PCR, GeneXpert, smear and culture results and their
-- signatures; notes typed by technicians (some name patients, phone numbers
-- or clinicians, most do not); referrals to the Institut Pasteur and a
-- supranational TB laboratory; electronic orders received from the national
-- EMR as HL7 v2 ORM messages and FHIR ServiceRequest bundles with the
-- patient's name, birth date, CNI and phone inside; observation history
-- (ARV regimen, pregnancy, reason for the viral load, the doctor's name);
-- the audit history whose XML keeps old names and phones; lab staff in
-- system_user and their bcrypt (and a few legacy) password hashes in
-- login_user; the site_information store mixing display settings with the
-- lab director's name, the SMTP password, the FHIR server and patient
-- search credentials and the aggregation server's password; analyzer
-- results imported from the Roche, Abbott and GeneXpert instruments; the
-- aggregate indicator exports. Catalogue tables (test, test_result, panel,
-- method, dictionary, type_of_sample, qa_event, system_module, system_role,
-- reference_tables) hold nothing personal.
--
-- What could not be checked: the tables and columns are written from memory
-- of the published clinlims schema of the 2.x line (and of RETRO-CI's
-- Côte d'Ivoire configuration); column widths, a few later additions
-- (fhir_uuid, name_localization_id, the AMR flags on test, rejected and
-- reject_reason_id on sample_item, priority on electronic_order) and the
-- exact set of site_information names may differ from a given release. The
-- brief's report_queue is, as remembered, report_queue_type plus
-- report_external_export; only the latter is kept (its type column is the
-- report_queue_type id). SMTP and FHIR settings are often kept in
-- properties files rather than site_information; here a site keeps them
-- in site_information. Numeric ids are kept as numeric(10) as the
-- changesets do; foreign keys are plain columns here, without the
-- constraints and indexes the changesets add.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÓ''',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDO')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking characters; at: a time between two instants.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(3)
$$;

-- ciphone: an Ivorian mobile number (10 digits since 2021) in the ways
-- people write it; fixed: an Ivorian fixed line of a town.
CREATE FUNCTION pgen.ciphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 4)
    WHEN 0 THEN p || ' ' || substr(d, 1, 2) || ' ' || substr(d, 3, 2) || ' ' || substr(d, 5, 2) || ' ' || substr(d, 7, 2)
    WHEN 1 THEN '+225 ' || p || d
    WHEN 2 THEN p || d
    ELSE '+225 ' || p || ' ' || substr(d, 1, 2) || ' ' || substr(d, 3, 2) || ' ' || substr(d, 5, 2) || ' ' || substr(d, 7, 2) END
  FROM (SELECT fixture_gen.pick(ARRAY['07', '07', '07', '05', '05', '01'], tag || 'p', i) AS p, fixture_gen.digits(tag, i, 8) AS d) x
$$;

CREATE FUNCTION pgen.fixed(city text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '27 ' || CASE city WHEN 'Bouaké' THEN '31 63' WHEN 'Daloa' THEN '32 78' WHEN 'Korhogo' THEN '36 86' WHEN 'San-Pédro' THEN '34 71'
      WHEN 'Man' THEN '33 79' WHEN 'Yamoussoukro' THEN '30 64' WHEN 'Abengourou' THEN '35 91' WHEN 'Gagnoa' THEN '32 77'
      ELSE fixture_gen.pick(ARRAY['21 24', '21 75', '22 44', '22 48', '23 45', '24 39'], tag || 'a', i) END
    || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2)
$$;

-- Cultures: names by sex, middle names (M: and F:), the places people come from.
CREATE TABLE pgen.cu (c text PRIMARY KEY, nat text, fm text[], ff text[], mid text[], lasts text[], births text[]);
INSERT INTO pgen.cu VALUES
 ('akan', 'Ivoirienne', ARRAY['Kouadio', 'Kouassi', 'Konan', 'Yao', 'Koffi', 'Kouamé', 'Amani', 'Brou', 'Kouakou', 'Ahoussou'],
   ARRAY['Adjoua', 'Amenan', 'Affoué', 'Akissi', 'Aya', 'Ahou', 'Amoin', 'Ama', 'Amlan', 'Akoua'],
   ARRAY['M:Jean-Marc', 'M:Paul', 'M:Éric', 'M:Patrice', 'M:Hyacinthe', 'F:Marie-Claire', 'F:Esther', 'F:Rose', 'F:Jeanne', 'F:Béatrice'],
   ARRAY['Kouassi', 'Konan', 'Kouamé', 'N''Guessan', 'Koffi', 'Yao', 'Aka', 'Brou', 'Kouadio', 'Assi', 'N''Dri', 'Yapi', 'Kra', 'Ehui', 'Anoh'],
   ARRAY['Bouaké', 'Yamoussoukro', 'Abengourou', 'Dimbokro', 'Toumodi', 'Abidjan', 'Bondoukou', 'Daoukro']),
 ('mande', 'Ivoirienne', ARRAY['Adama', 'Moussa', 'Ibrahim', 'Seydou', 'Lassina', 'Souleymane', 'Bakary', 'Mamadou', 'Drissa', 'Karim'],
   ARRAY['Mariam', 'Fatoumata', 'Awa', 'Aminata', 'Bintou', 'Salimata', 'Kadiatou', 'Massandjé', 'Assétou', 'Djeneba'],
   ARRAY['M:Abdoulaye', 'M:Ibrahima', 'M:Moustapha', 'F:Aïcha', 'F:Zénab', 'F:Hawa'],
   ARRAY['Traoré', 'Coulibaly', 'Koné', 'Ouattara', 'Diabaté', 'Bamba', 'Touré', 'Cissé', 'Diomandé', 'Fofana', 'Doumbia', 'Sanogo', 'Kamagaté', 'Dosso'],
   ARRAY['Odienné', 'Séguéla', 'Touba', 'Abidjan', 'Mankono', 'Kong', 'Boundiali']),
 ('krou', 'Ivoirienne', ARRAY['Serge', 'Didier', 'Arsène', 'Hervé', 'Jean-Baptiste', 'Gervais', 'Blaise', 'Armand', 'Guy-Roland', 'Landry'],
   ARRAY['Christelle', 'Nadège', 'Marie-Laure', 'Grâce', 'Solange', 'Edwige', 'Prisca', 'Sandrine', 'Josiane', 'Flore'],
   ARRAY['M:Olivier', 'M:Simplice', 'M:Rodrigue', 'F:Bernadette', 'F:Colette', 'F:Pélagie'],
   ARRAY['Gnahoré', 'Zadi', 'Séri', 'Dago', 'Tapé', 'Guéi', 'Kipré', 'Djédjé', 'Zokou', 'Gbaka', 'Digbeu', 'Tiémoko'],
   ARRAY['Gagnoa', 'Daloa', 'Soubré', 'Issia', 'Sassandra', 'Divo', 'Guiglo', 'Duékoué']),
 ('senoufo', 'Ivoirienne', ARRAY['Nanga', 'Zié', 'Kolotioloma', 'Yacouba', 'Ousmane', 'Navigué', 'Pélibien', 'Siaka'],
   ARRAY['Nabintou', 'Tenin', 'Kadidia', 'Mariétou', 'Nahoua', 'Kafana', 'Yalourgo', 'Tchewa'],
   ARRAY['M:Abou', 'M:Jacques', 'F:Alimata', 'F:Madeleine'],
   ARRAY['Soro', 'Silué', 'Yéo', 'Tuo', 'Sékongo', 'Coulibaly', 'Koné', 'Ouattara', 'Soro', 'Kouyaté'],
   ARRAY['Korhogo', 'Ferkessédougou', 'Boundiali', 'Katiola', 'Tingréla']),
 ('bf', 'Burkinabè', ARRAY['Boukary', 'Issouf', 'Salif', 'Hamidou', 'Rasmané', 'Abdoulaye', 'Idrissa', 'Wendkouni'],
   ARRAY['Safiatou', 'Rasmata', 'Aïssata', 'Alimata', 'Pauline', 'Zalissa', 'Mariam', 'Wendyam'],
   ARRAY['M:Inoussa', 'M:Théophile', 'F:Haoua', 'F:Adjaratou'],
   ARRAY['Ouédraogo', 'Sawadogo', 'Kaboré', 'Compaoré', 'Zongo', 'Ilboudo', 'Nikiéma', 'Tapsoba', 'Zoungrana', 'Kiemdé'],
   ARRAY['Ouagadougou', 'Koudougou', 'Bobo-Dioulasso', 'Ouahigouya', 'Soubré', 'Abidjan']),
 ('ml', 'Malienne', ARRAY['Mamadou', 'Alpha', 'Oumar', 'Modibo', 'Boubacar', 'Sékou', 'Amadou', 'Thierno'],
   ARRAY['Kadiatou', 'Oumou', 'Hawa', 'Mariama', 'Fanta', 'Djénéba', 'Néné', 'Rokia'],
   ARRAY['M:Saliou', 'M:Ousmane', 'F:Aminata', 'F:Fanta'],
   ARRAY['Diallo', 'Barry', 'Bah', 'Keïta', 'Diarra', 'Sangaré', 'Camara', 'Sylla', 'Sow', 'Kanté'],
   ARRAY['Bamako', 'Sikasso', 'Conakry', 'Labé', 'Kankan', 'Mopti']),
 ('gh', 'Ghanéenne', ARRAY['Kwame', 'Kofi', 'Emeka', 'Chinedu', 'Yaw', 'Tunde', 'Kwabena', 'Ifeanyi'],
   ARRAY['Abena', 'Efua', 'Ngozi', 'Adaeze', 'Akosua', 'Funmilayo', 'Esi', 'Chiamaka'],
   ARRAY['M:Emmanuel', 'M:Samuel', 'F:Grace', 'F:Blessing'],
   ARRAY['Mensah', 'Asante', 'Boateng', 'Owusu', 'Okafor', 'Adeyemi', 'Eze', 'Appiah', 'Nwosu', 'Darko'],
   ARRAY['Kumasi', 'Accra', 'Takoradi', 'Lagos', 'Enugu', 'Ibadan']),
 ('lb', 'Libanaise', ARRAY['Ali', 'Hassan', 'Karim', 'Rami', 'Hussein', 'Fadi'],
   ARRAY['Rania', 'Nour', 'Layla', 'Mira', 'Zeinab', 'Hiba'],
   ARRAY['M:Mohamad', 'M:Georges', 'F:Fatima', 'F:Maryam'],
   ARRAY['Haddad', 'Fakhoury', 'Khalil', 'Nasser', 'Hammoud', 'Saab', 'Bazzi', 'Cherri'],
   ARRAY['Tyr', 'Beyrouth', 'Abidjan', 'Nabatieh']),
 ('fr', 'Française', ARRAY['Julien', 'Thomas', 'Nicolas', 'Pierre', 'Mathieu'],
   ARRAY['Camille', 'Élodie', 'Pauline', 'Claire', 'Sophie'],
   ARRAY['M:Louis', 'M:Jean-Marie', 'F:Anne', 'F:Marie'],
   ARRAY['Martin', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Roux', 'Fournier'],
   ARRAY['Lyon', 'Marseille', 'Bordeaux', 'Paris', 'Rennes']),
 ('us', 'Américaine', ARRAY['Michael', 'David', 'James', 'Brian'],
   ARRAY['Emily', 'Sarah', 'Jennifer', 'Megan'],
   ARRAY['M:Robert', 'M:James', 'F:Lynn', 'F:Ann'],
   ARRAY['Johnson', 'Walsh', 'Nguyen', 'Patel', 'Brown', 'Okonkwo'],
   ARRAY['Atlanta', 'Seattle', 'Baltimore']);

-- Where people live: commune (city column), quartier and address lines.
CREATE TABLE pgen.place (k int PRIMARY KEY, city text, commune text, dept text, quartiers text[]);
INSERT INTO pgen.place VALUES
 (1, 'Abidjan', 'Yopougon', 'Abidjan', ARRAY['Yopougon Maroc', 'Yopougon Sicogi', 'Niangon Nord', 'Selmer', 'Toits Rouges', 'Wassakara']),
 (2, 'Abidjan', 'Abobo', 'Abidjan', ARRAY['Abobo Avocatier', 'Abobo Baoulé', 'PK18', 'Abobo Gare', 'Anonkoua-Kouté']),
 (3, 'Abidjan', 'Cocody', 'Abidjan', ARRAY['Angré 8e tranche', 'Riviera Palmeraie', 'II Plateaux Vallon', 'Blockhaus', 'Riviera 3']),
 (4, 'Abidjan', 'Treichville', 'Abidjan', ARRAY['Avenue 16', 'Arras', 'Belleville', 'Biafra']),
 (5, 'Abidjan', 'Adjamé', 'Abidjan', ARRAY['Williamsville', 'Adjamé 220 Logements', 'Bracodi', 'Mairie II']),
 (6, 'Abidjan', 'Koumassi', 'Abidjan', ARRAY['Remblais', 'Sicogi', 'Grand Campement', 'Soweto']),
 (7, 'Abidjan', 'Marcory', 'Abidjan', ARRAY['Zone 4', 'Anoumabo', 'Résidentiel', 'Marcory Sans-Fil']),
 (8, 'Abidjan', 'Port-Bouët', 'Abidjan', ARRAY['Gonzagueville', 'Vridi Cité', 'Derrière Wharf', 'Adjahui']),
 (9, 'Bingerville', 'Bingerville', 'Abidjan', ARRAY['Cité Feh Kessé', 'Quartier Résidentiel', 'Akouai-Santai']),
 (10, 'Bouaké', 'Bouaké', 'Gbêkê', ARRAY['Air France 2', 'Koko', 'Dar-es-Salam', 'Sokoura', 'Belleville']),
 (11, 'Daloa', 'Daloa', 'Haut-Sassandra', ARRAY['Lobia', 'Tazibouo', 'Orly', 'Kennedy']),
 (12, 'Korhogo', 'Korhogo', 'Poro', ARRAY['Petit Paris', 'Soba', 'Haoussabougou', 'Résidentiel']),
 (13, 'San-Pédro', 'San-Pédro', 'San-Pédro', ARRAY['Bardot', 'Séwéké', 'Lac', 'Cité']),
 (14, 'Man', 'Man', 'Tonkpi', ARRAY['Libreville', 'Domoraud', 'Grand Gbapleu']),
 (15, 'Yamoussoukro', 'Yamoussoukro', 'Yamoussoukro', ARRAY['Habitat', 'Millionnaire', 'Dioulakro', '220 Logements']),
 (16, 'Anyama', 'Anyama', 'Abidjan', ARRAY['Anyama Zossonkoi', 'Ebimpé', 'Anyama Château']),
 (17, 'Grand-Bassam', 'Grand-Bassam', 'Sud-Comoé', ARRAY['Quartier France', 'Moossou', 'Impérial']),
 (18, 'Gagnoa', 'Gagnoa', 'Gôh', ARRAY['Dioulabougou', 'Garahio', 'Libreville']);

-- People. 1-280 patients, 281-320 infants of the early-infant-diagnosis
-- programme (their mothers are patients), 1001-1080 patients' contacts,
-- 2001-2060 requesting clinicians and nurses, 3001-3025 facilities' lab
-- heads, 4001-4042 laboratory staff (system users, not in person).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, sex text, first text, middle text, last text, place int, quartier text, street text, unit text, city text,
  phone text, phone2 text, fixed text, email text, dob date, nat text, birthplace text, cni text, art text);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, sex, first, middle, last, place, nat, birthplace)
  SELECT i, cu.c, s, CASE s WHEN 'F' THEN cu.ff[1 + fixture_gen.n('pff', i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('pfm', i, cardinality(cu.fm))] END,
         CASE WHEN fixture_gen.n('pmid', i, 10) < 3 THEN (SELECT substr(x, 3) FROM unnest(cu.mid) x WHERE left(x, 1) = s ORDER BY md5('pmn' || i || x) LIMIT 1) END,
         cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))],
         (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18])[1 + fixture_gen.n('pplace', i, 27)],
         cu.nat, cu.births[1 + fixture_gen.n('pbirth', i, cardinality(cu.births))]
  FROM generate_series(lo, hi) i
  CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('psex', i, 100) < 58 THEN 'F' ELSE 'M' END AS s) sx
  JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
$$;
DO $$ BEGIN
  PERFORM pgen.add_people(1, 320, ARRAY['akan', 'akan', 'akan', 'akan', 'akan', 'mande', 'mande', 'mande', 'mande', 'krou', 'krou', 'krou', 'senoufo', 'senoufo', 'bf', 'bf', 'bf', 'ml', 'ml', 'gh', 'lb', 'fr']);
  PERFORM pgen.add_people(1001, 1080, ARRAY['akan', 'akan', 'akan', 'mande', 'mande', 'krou', 'senoufo', 'bf', 'ml', 'gh']);
  PERFORM pgen.add_people(2001, 2060, ARRAY['akan', 'akan', 'akan', 'mande', 'mande', 'krou', 'krou', 'senoufo', 'bf', 'lb', 'fr']);
  PERFORM pgen.add_people(3001, 3025, ARRAY['akan', 'akan', 'mande', 'mande', 'krou', 'senoufo']);
  PERFORM pgen.add_people(4001, 4042, ARRAY['akan', 'akan', 'akan', 'mande', 'mande', 'krou', 'krou', 'senoufo', 'bf', 'us']);
END $$;

UPDATE pgen.p p SET
  city = pl.city,
  quartier = pl.quartiers[1 + fixture_gen.n('pq', p.i, cardinality(pl.quartiers))],
  street = CASE fixture_gen.n('pstr', p.i, 6)
    WHEN 0 THEN pl.quartiers[1 + fixture_gen.n('pq', p.i, cardinality(pl.quartiers))] || ', îlot ' || (1 + fixture_gen.n('pil', p.i, 120)) || ' lot ' || (100 + fixture_gen.n('plot', p.i, 2400))
    WHEN 1 THEN pl.quartiers[1 + fixture_gen.n('pq', p.i, cardinality(pl.quartiers))] || ', près de ' || fixture_gen.pick(ARRAY['la pharmacie Ste Rita', 'l''église Sainte-Thérèse', 'la grande mosquée', 'l''école primaire publique', 'la gare routière', 'le marché', 'la station Total'], 'pnear', p.i)
    WHEN 2 THEN 'Rue ' || (1 + fixture_gen.n('prue', p.i, 40)) || ', ' || pl.quartiers[1 + fixture_gen.n('pq', p.i, cardinality(pl.quartiers))]
    WHEN 3 THEN 'Cité ' || fixture_gen.pick(ARRAY['SIB', 'Sicogi', 'des Arts', 'Verte', 'Policière', 'BAE'], 'pcite', p.i) || ' villa ' || (1 + fixture_gen.n('pvil', p.i, 300))
    WHEN 4 THEN pl.commune || ' ' || pl.quartiers[1 + fixture_gen.n('pq', p.i, cardinality(pl.quartiers))]
    ELSE 'Lot ' || (10 + fixture_gen.n('plot2', p.i, 900)) || ' ' || pl.quartiers[1 + fixture_gen.n('pq', p.i, cardinality(pl.quartiers))] END,
  unit = CASE WHEN fixture_gen.n('punit', p.i, 5) = 0 THEN 'Bât. ' || chr(65 + fixture_gen.n('pbat', p.i, 8)) || ' porte ' || (1 + fixture_gen.n('pport', p.i, 60))
              WHEN fixture_gen.n('punit', p.i, 5) = 1 THEN lpad((1 + fixture_gen.n('pbp', p.i, 28))::text, 2, '0') || ' BP ' || (100 + fixture_gen.n('pbpn', p.i, 8000)) END,
  phone = CASE WHEN p.c IN ('fr', 'us') AND p.i > 4000 THEN CASE p.c WHEN 'fr' THEN '+33 6 ' || fixture_gen.digits('pfph', p.i, 2) || ' ' || fixture_gen.digits('pfph2', p.i, 2) || ' ' || fixture_gen.digits('pfph3', p.i, 2) || ' ' || fixture_gen.digits('pfph4', p.i, 2)
                    ELSE '+1 404 ' || (200 + fixture_gen.n('puph', p.i, 700)) || ' ' || fixture_gen.digits('puph2', p.i, 4) END
               WHEN p.c = 'bf' AND p.i % 7 = 0 THEN '+226 7' || fixture_gen.digits('pbph', p.i, 1) || ' ' || fixture_gen.digits('pbph2', p.i, 2) || ' ' || fixture_gen.digits('pbph3', p.i, 2) || ' ' || fixture_gen.digits('pbph4', p.i, 2)
               WHEN p.c = 'ml' AND p.i % 5 = 0 THEN '+223 7' || fixture_gen.digits('pmph', p.i, 1) || ' ' || fixture_gen.digits('pmph2', p.i, 2) || ' ' || fixture_gen.digits('pmph3', p.i, 2) || ' ' || fixture_gen.digits('pmph4', p.i, 2)
               WHEN p.c = 'gh' AND p.i % 4 = 0 THEN '+233 24 ' || fixture_gen.digits('pgph', p.i, 3) || ' ' || fixture_gen.digits('pgph2', p.i, 4)
               ELSE pgen.ciphone('pph', p.i) END,
  phone2 = CASE WHEN fixture_gen.n('pph2x', p.i, 3) = 0 THEN pgen.ciphone('pph2', p.i) END,
  fixed = pgen.fixed(pl.city, 'pfix', p.i),
  dob = CASE WHEN p.i BETWEEN 281 AND 320 THEN date '2023-03-01' + fixture_gen.n('pdobi', p.i, 440)
             WHEN p.i BETWEEN 2001 AND 4999 THEN date '1962-01-01' + fixture_gen.n('pdobs', p.i, 365 * 36)
             ELSE date '1951-01-01' + fixture_gen.n('pdob', p.i, 365 * 57) END,
  cni = CASE WHEN fixture_gen.n('pcnif', p.i, 3) = 0 THEN 'C ' || fixture_gen.digits('pcni', p.i, 4) || ' ' || fixture_gen.digits('pcni2', p.i, 4) || ' ' || fixture_gen.digits('pcni3', p.i, 2)
             ELSE 'CI' || (0 + fixture_gen.n('pcni4', p.i, 2)) || fixture_gen.digits('pcni5', p.i, 8) END,
  art = fixture_gen.pick(ARRAY['0133', '0147', '0205', '0311', '0412', '0127', '0520'], 'part', p.i) || '/' || (14 + fixture_gen.n('party', p.i, 11)) || '/' || lpad((1 + fixture_gen.n('partn', p.i, 4800))::text, 5, '0')
FROM pgen.place pl WHERE pl.k = p.place;

-- Infants share their mother's family name often; mothers are female adult patients.
CREATE TABLE pgen.mother (child int PRIMARY KEY, mother int);
INSERT INTO pgen.mother
SELECT c.i, m.i FROM generate_series(281, 320) c(i)
CROSS JOIN LATERAL (SELECT i FROM pgen.p WHERE sex = 'F' AND i <= 280 AND dob > date '1980-01-01' ORDER BY md5('mom' || c.i || ':' || i) LIMIT 1) m;
UPDATE pgen.p p SET last = CASE WHEN p.i % 3 = 0 THEN m.last ELSE p.last END, place = m.place, city = m.city, quartier = m.quartier, street = m.street,
  phone = m.phone, c = m.c, nat = m.nat, birthplace = m.city, middle = NULL
FROM pgen.mother mo JOIN pgen.p m ON m.i = mo.mother WHERE p.i = mo.child;
UPDATE pgen.p p SET first = CASE p.sex WHEN 'F' THEN cu.ff[1 + fixture_gen.n('piff', p.i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('pifm', p.i, cardinality(cu.fm))] END
FROM pgen.cu cu WHERE cu.c = p.c AND p.i BETWEEN 281 AND 320;

UPDATE pgen.p SET email = CASE
    WHEN i BETWEEN 2001 AND 3999 THEN CASE fixture_gen.n('pem', i, 4)
      WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) || '@gmail.com'
      WHEN 1 THEN 'dr' || pgen.fold(last) || pgen.fold(first) || '@yahoo.fr'
      WHEN 2 THEN pgen.fold(last) || (i % 97) || '@hotmail.fr'
      ELSE substr(pgen.fold(first), 1, 1) || pgen.fold(last) || '@sante.gouv.ci' END
    WHEN fixture_gen.n('pemx', i, 10) < 3 THEN pgen.fold(first) || CASE WHEN i % 2 = 0 THEN '.' ELSE '' END || pgen.fold(last) || (i % 89)::text || '@'
      || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'yahoo.fr', 'hotmail.fr', 'outlook.fr', 'live.fr', 'aviso.ci'], 'pemd', i)
  END;

-- ---------------------------------------------------------------------------
-- Catalogue: dictionary, sample types, sections, methods, panels, tests and
-- their possible results, non-conformities, referral reasons, modules,
-- roles, reference tables, observation and identity types, address parts.

CREATE TABLE dictionary_category (
    id numeric(10) PRIMARY KEY, description varchar(60), local_abbrev varchar(10), name varchar(50), lastupdated timestamp
);
INSERT INTO dictionary_category VALUES
  (1, 'Résultats qualitatifs VIH et sérologies', 'QUAL', 'Qualitative results', '2019-03-12 10:14:02'),
  (2, 'Résultats GeneXpert MTB/RIF Ultra', 'XPERT', 'Xpert results', '2019-03-12 10:14:02'),
  (3, 'Résultats de bacilloscopie', 'BAAR', 'Smear results', '2019-03-12 10:14:02'),
  (4, 'Résultats de culture mycobactérienne', 'CULT', 'Culture results', '2019-03-12 10:14:02'),
  (5, 'Résultats LPA', 'LPA', 'Line probe assay', '2020-06-02 08:40:11'),
  (6, 'Motif de la demande de charge virale', 'VLMOT', 'VL reason', '2019-03-12 10:14:02'),
  (7, 'Régions sanitaires', 'REG', 'Health regions', '2019-03-12 10:14:02'),
  (8, 'Oui / Non / Inconnu', 'YN', 'Yes no', '2019-03-12 10:14:02'),
  (9, 'Type de référence', 'REFT', 'Referral type', '2021-01-18 16:02:45'),
  (10, 'Statut des ordres électroniques', 'EOSTAT', 'Electronic order status', '2022-09-05 11:30:00');

CREATE TABLE dictionary (
    id numeric(10) PRIMARY KEY, is_active varchar(1), dict_entry varchar(4000), lastupdated timestamp, local_abbrev varchar(10),
    dictionary_category_id numeric(10), display_key varchar(60), sort_order numeric, name_localization_id numeric(10)
);
INSERT INTO dictionary (id, is_active, dict_entry, lastupdated, local_abbrev, dictionary_category_id, display_key, sort_order, name_localization_id)
SELECT d.id, CASE WHEN d.id IN (1018, 1045) THEN 'N' ELSE 'Y' END, d.e, timestamp '2019-03-12 10:14:02' + make_interval(days => fixture_gen.n('dlu', d.id, 1500)), d.ab, d.cat,
       'dictionary.' || d.ab, row_number() OVER (PARTITION BY d.cat ORDER BY d.id), 5000 + d.id
FROM (VALUES
  (1001, 'Détecté', 'DET', 1), (1002, 'Non détecté', 'NDET', 1), (1003, 'Invalide', 'INV', 1), (1004, 'Réactif', 'REA', 1), (1005, 'Non réactif', 'NREA', 1),
  (1006, 'Indéterminé', 'IND', 1), (1007, 'Positif', 'POS', 1), (1008, 'Négatif', 'NEG', 1),
  (1011, 'MTB détecté élevé; résistance RIF non détectée', 'XHI', 2), (1012, 'MTB détecté moyen; résistance RIF non détectée', 'XMED', 2),
  (1013, 'MTB détecté faible; résistance RIF non détectée', 'XLOW', 2), (1014, 'MTB détecté très faible; résistance RIF non détectée', 'XVLOW', 2),
  (1015, 'MTB détecté traces; RIF indéterminé', 'XTRC', 2), (1016, 'MTB détecté; résistance RIF détectée', 'XRR', 2), (1017, 'MTB non détecté', 'XNEG', 2),
  (1018, 'Erreur / invalide / pas de résultat', 'XERR', 2),
  (1021, 'Négatif', 'BNEG', 3), (1022, '1-9 BAAR / 100 champs', 'BRARE', 3), (1023, '1+', 'B1', 3), (1024, '2+', 'B2', 3), (1025, '3+', 'B3', 3),
  (1031, 'Positif - complexe M. tuberculosis', 'CMTB', 4), (1032, 'Positif - mycobactérie non tuberculeuse', 'CMNT', 4), (1033, 'Négatif', 'CNEG', 4), (1034, 'Contaminé', 'CCONT', 4),
  (1041, 'Sensible INH et RIF', 'LSS', 5), (1042, 'Résistant RIF, sensible INH', 'LRR', 5), (1043, 'Résistant INH, sensible RIF', 'LHR', 5), (1044, 'Résistant INH et RIF (MDR)', 'LMDR', 5),
  (1045, 'Non interprétable', 'LNI', 5),
  (1051, 'Suivi de routine (6 mois)', 'VL6', 6), (1052, 'Suivi de routine (12 mois)', 'VL12', 6), (1053, 'Suspicion d''échec thérapeutique', 'VLECH', 6),
  (1054, 'Contrôle après renforcement de l''observance', 'VLRO', 6), (1055, 'Femme enceinte ou allaitante', 'VLFE', 6), (1056, 'Autre', 'VLAUT', 6),
  (1061, 'Abidjan 1', 'ABJ1', 7), (1062, 'Abidjan 2', 'ABJ2', 7), (1063, 'Gbêkê', 'GBK', 7), (1064, 'Haut-Sassandra', 'HSAS', 7), (1065, 'Poro', 'PORO', 7),
  (1066, 'San-Pédro', 'SPD', 7), (1067, 'Tonkpi', 'TKP', 7), (1068, 'Bélier', 'BEL', 7), (1069, 'Sud-Comoé', 'SCOM', 7), (1070, 'Gôh', 'GOH', 7),
  (1091, 'Oui', 'OUI', 8), (1092, 'Non', 'NON', 8), (1093, 'Inconnu', 'INC', 8),
  (1101, 'Confirmation', 'CONF', 9), (1102, 'Analyse non disponible', 'NDISP', 9), (1103, 'Panne d''équipement', 'PANNE', 9),
  (1111, 'Reçu', 'EOREC', 10), (1112, 'Réalisé', 'EOREAL', 10), (1113, 'Annulé', 'EOANN', 10), (1114, 'Non traité', 'EONT', 10)) d(id, e, ab, cat);

CREATE TABLE type_of_sample (
    id numeric(10) PRIMARY KEY, description varchar(40) NOT NULL, domain varchar(1), lastupdated timestamp, local_abbrev varchar(10),
    display_key varchar(60), is_active boolean, sort_order integer
);
INSERT INTO type_of_sample VALUES
  (1, 'Plasma EDTA', 'H', '2019-03-12 10:14:02', 'PLA', 'sample.type.plasma', true, 1),
  (2, 'Sang total EDTA', 'H', '2019-03-12 10:14:02', 'ST', 'sample.type.wholeBlood', true, 2),
  (3, 'DBS (papier buvard)', 'H', '2019-03-12 10:14:02', 'DBS', 'sample.type.dbs', true, 3),
  (4, 'Sérum', 'H', '2019-03-12 10:14:02', 'SER', 'sample.type.serum', true, 4),
  (5, 'Crachat', 'H', '2019-03-12 10:14:02', 'CRA', 'sample.type.sputum', true, 5),
  (6, 'Urine', 'H', '2019-03-12 10:14:02', 'URI', 'sample.type.urine', true, 6),
  (7, 'LCR', 'H', '2020-02-11 09:01:44', 'LCR', 'sample.type.csf', true, 7),
  (8, 'Liquide pleural', 'H', '2020-02-11 09:01:44', 'LPL', 'sample.type.pleural', true, 8),
  (9, 'Tubage gastrique', 'H', '2020-02-11 09:01:44', 'TUB', 'sample.type.gastric', true, 9),
  (10, 'Selles', 'H', '2021-07-19 14:22:10', 'SEL', 'sample.type.stool', false, 10);

CREATE TABLE test_section (
    id numeric(10) PRIMARY KEY, name varchar(20) NOT NULL, description varchar(60) NOT NULL, org_id numeric(10), is_external varchar(1), lastupdated timestamp,
    parent_test_section numeric(10), display_key varchar(60), sort_order integer, is_active varchar(1)
);
INSERT INTO test_section VALUES
  (1, 'Biologie Moléculaire', 'Charge virale, PCR ADN (DIP), génotypage', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.molecular', 1, 'Y'),
  (2, 'Immunologie', 'Numération des lymphocytes CD4', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.immunology', 2, 'Y'),
  (3, 'Sérologie', 'Tests rapides VIH, Ag HBs, RPR, CrAg', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.serology', 3, 'Y'),
  (4, 'Mycobactériologie', 'Bacilloscopie, GeneXpert, culture, LPA', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.mycobacteriology', 4, 'Y'),
  (5, 'Hématologie', 'NFS, hémoglobine', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.hematology', 5, 'Y'),
  (6, 'Biochimie', 'Créatinine, transaminases, glycémie', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.biochemistry', 6, 'Y'),
  (7, 'Séquençage', 'Génotypage de résistance (sous-traité)', 34, 'Y', '2021-01-18 16:02:45', 1, 'test.section.sequencing', 7, 'Y'),
  (8, 'Réception', 'Réception et tri des échantillons', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.reception', 0, 'Y'),
  (9, 'Culture MGIT', 'Culture liquide BSL3', 1, 'N', '2020-06-02 08:40:11', 4, 'test.section.mgit', 8, 'Y'),
  (10, 'Parasitologie', 'Goutte épaisse (inactif)', 1, 'N', '2019-03-12 10:14:02', NULL, 'test.section.parasitology', 9, 'N');

CREATE TABLE method (
    id numeric(10) PRIMARY KEY, name varchar(20) NOT NULL, description varchar(60) NOT NULL, reporting_description varchar(60), is_active varchar(1),
    active_begin timestamp, active_end timestamp, lastupdated timestamp, display_key varchar(60)
);
INSERT INTO method VALUES
  (1, 'RT-PCR', 'PCR en temps réel', 'PCR temps réel', 'Y', '2019-01-01', NULL, '2019-03-12 10:14:02', 'method.rtpcr'),
  (2, 'Cytométrie', 'Cytométrie en flux (FACSCount / PIMA)', 'Cytométrie en flux', 'Y', '2019-01-01', NULL, '2019-03-12 10:14:02', 'method.flow'),
  (3, 'TDR', 'Test de diagnostic rapide immunochromatographique', 'Immunochromatographie', 'Y', '2019-01-01', NULL, '2019-03-12 10:14:02', 'method.rdt'),
  (4, 'Microscopie ZN', 'Coloration de Ziehl-Neelsen', 'Microscopie', 'Y', '2019-01-01', NULL, '2019-03-12 10:14:02', 'method.zn'),
  (5, 'Microscopie LED', 'Auramine, microscopie à fluorescence LED', 'Microscopie fluorescence', 'Y', '2019-01-01', NULL, '2019-03-12 10:14:02', 'method.led'),
  (6, 'MGIT', 'Culture liquide BACTEC MGIT 960', 'Culture liquide', 'Y', '2020-06-01', NULL, '2020-06-02 08:40:11', 'method.mgit'),
  (7, 'LJ', 'Culture solide Löwenstein-Jensen', 'Culture solide', 'Y', '2019-01-01', NULL, '2019-03-12 10:14:02', 'method.lj'),
  (8, 'LPA', 'Hybridation inverse GenoType MTBDR', 'Line probe assay', 'Y', '2020-06-01', NULL, '2020-06-02 08:40:11', 'method.lpa'),
  (9, 'Spectrophotométrie', 'Automate de biochimie', 'Spectrophotométrie', 'Y', '2019-01-01', NULL, '2019-03-12 10:14:02', 'method.spectro'),
  (10, 'Séquençage', 'Séquençage Sanger (ViroSeq)', 'Séquençage', 'Y', '2021-01-18', NULL, '2021-01-18 16:02:45', 'method.sanger');

CREATE TABLE panel (
    id numeric(10) PRIMARY KEY, name varchar(64) NOT NULL, description varchar(64) NOT NULL, lastupdated timestamp, display_key varchar(60),
    sort_order integer, is_active varchar(1), loinc varchar(10), name_localization_id numeric(10)
);
INSERT INTO panel VALUES
  (1, 'Bilan initial ARV', 'CD4, charge virale, Hb, créatinine, ALAT, Ag HBs', '2019-03-12 10:14:02', 'panel.name.initialArv', 1, 'Y', NULL, 6001),
  (2, 'Suivi ARV', 'Charge virale, CD4', '2019-03-12 10:14:02', 'panel.name.followupArv', 2, 'Y', NULL, 6002),
  (3, 'Diagnostic précoce (DIP)', 'PCR ADN VIH-1 sur DBS', '2019-03-12 10:14:02', 'panel.name.eid', 3, 'Y', NULL, 6003),
  (4, 'Diagnostic TB', 'GeneXpert, bacilloscopie', '2019-03-12 10:14:02', 'panel.name.tbDiagnosis', 4, 'Y', NULL, 6004),
  (5, 'Suivi TB-MR', 'Bacilloscopie, culture MGIT, LPA', '2020-06-02 08:40:11', 'panel.name.mdrFollowup', 5, 'Y', NULL, 6005),
  (6, 'Bilan hépatique', 'ALAT, ASAT', '2019-03-12 10:14:02', 'panel.name.liver', 6, 'Y', '24325-3', 6006),
  (7, 'Dépistage VIH', 'Algorithme national : Determine puis SD Bioline', '2019-03-12 10:14:02', 'panel.name.hivScreening', 7, 'Y', NULL, 6007),
  (8, 'Méningite à cryptocoque', 'CrAg LFA sérum et LCR', '2021-07-19 14:22:10', 'panel.name.crag', 8, 'N', NULL, 6008);

-- Tests: t(id, name, section, method, sample type, result type, loinc, unit).
CREATE TABLE pgen.t (id int PRIMARY KEY, name text, sect int, meth int, tos int, rt text, loinc text, unit text, code text);
INSERT INTO pgen.t VALUES
  (1, 'Charge virale VIH-1 (Abbott m2000)', 1, 1, 1, 'A', '25836-8', 'copies/mL', 'CVABB'),
  (2, 'Charge virale VIH-1 (Cobas 6800)', 1, 1, 1, 'A', '25836-8', 'copies/mL', 'CVCOB'),
  (3, 'Charge virale VIH-1 sur DBS', 1, 1, 3, 'A', '25836-8', 'copies/mL', 'CVDBS'),
  (4, 'PCR ADN VIH-1 qualitative (DIP)', 1, 1, 3, 'D', '44871-2', NULL, 'PCRDIP'),
  (5, 'Génotypage de résistance VIH-1', 7, 10, 1, 'R', '29591-5', NULL, 'GENO'),
  (6, 'CD4 absolu', 2, 2, 2, 'N', '24467-3', 'cellules/µL', 'CD4'),
  (7, 'CD4 pourcentage', 2, 2, 2, 'N', '8123-2', '%', 'CD4P'),
  (8, 'Sérologie VIH Determine', 3, 3, 4, 'D', '68961-2', NULL, 'DETER'),
  (9, 'Sérologie VIH SD Bioline 1/2', 3, 3, 4, 'D', '68961-2', NULL, 'BIOL'),
  (10, 'Sérologie VIH Stat-Pak', 3, 3, 4, 'D', '68961-2', NULL, 'STATP'),
  (11, 'GeneXpert MTB/RIF Ultra', 4, 1, 5, 'D', '89371-0', NULL, 'XPERT'),
  (12, 'Bacilloscopie Ziehl-Neelsen', 4, 4, 5, 'D', '11545-1', NULL, 'ZN'),
  (13, 'Microscopie auramine (LED)', 4, 5, 5, 'D', '11545-1', NULL, 'AURA'),
  (14, 'Culture MGIT 960', 9, 6, 5, 'D', '543-9', NULL, 'MGIT'),
  (15, 'Culture Löwenstein-Jensen', 4, 7, 5, 'D', '543-9', NULL, 'LJ'),
  (16, 'LPA MTBDRplus (1ère ligne)', 4, 8, 5, 'D', '38379-4', NULL, 'LPA1'),
  (17, 'LPA MTBDRsl (2nde ligne)', 4, 8, 5, 'D', '38379-4', NULL, 'LPA2'),
  (18, 'TB-LAM urinaire', 3, 3, 6, 'D', '88876-1', NULL, 'LAM'),
  (19, 'CrAg LFA', 3, 3, 4, 'D', '31788-3', NULL, 'CRAG'),
  (20, 'Ag HBs', 3, 3, 4, 'D', '5196-1', NULL, 'AGHBS'),
  (21, 'RPR syphilis', 3, 3, 4, 'D', '20507-0', NULL, 'RPR'),
  (22, 'Hémoglobine', 5, 9, 2, 'N', '718-7', 'g/dL', 'HB'),
  (23, 'Globules blancs', 5, 9, 2, 'N', '6690-2', '10^3/µL', 'GB'),
  (24, 'Plaquettes', 5, 9, 2, 'N', '777-3', '10^3/µL', 'PLQ'),
  (25, 'Créatininémie', 6, 9, 4, 'N', '2160-0', 'µmol/L', 'CREA'),
  (26, 'ALAT', 6, 9, 4, 'N', '1742-6', 'UI/L', 'ALAT'),
  (27, 'ASAT', 6, 9, 4, 'N', '1920-8', 'UI/L', 'ASAT'),
  (28, 'Glycémie à jeun', 6, 9, 4, 'N', '1558-6', 'mmol/L', 'GLY'),
  (29, 'Test de grossesse urinaire', 3, 3, 6, 'D', '2106-3', NULL, 'HCG'),
  (30, 'Charge virale VHB', 1, 1, 1, 'A', '42595-9', 'UI/mL', 'CVVHB'),
  (31, 'Goutte épaisse', 10, 4, 2, 'R', '32700-7', NULL, 'GE');

CREATE TABLE test (
    id numeric(10) PRIMARY KEY, method_id numeric(10), uom_id numeric(10), description varchar(120) NOT NULL, loinc varchar(240), reporting_description varchar(120),
    sticker_req_flag varchar(1), is_active varchar(1), active_begin timestamp, active_end timestamp, is_reportable varchar(1), time_holding numeric, time_wait numeric,
    time_ta_average numeric, time_ta_warning numeric, time_ta_max numeric, label_qty numeric, lastupdated timestamp, label_id numeric(10), test_trailer_id numeric(10),
    test_section_id numeric(10), scriptlet_id numeric(10), test_format_id numeric(10), local_code varchar(10), sort_order integer, name varchar(60) NOT NULL,
    orderable boolean, guid varchar(128), name_localization_id numeric(10), reporting_name_localization_id numeric(10), notify_results boolean NOT NULL DEFAULT false,
    in_lab_only boolean NOT NULL DEFAULT false, antimicrobial_resistance boolean NOT NULL DEFAULT false
);
INSERT INTO test
SELECT t.id, t.meth, CASE WHEN t.unit IS NOT NULL THEN 100 + t.id END, t.name || '(' || ts.description || ')', t.loinc, t.name, 'N', CASE WHEN t.id IN (10, 31) THEN 'N' ELSE 'Y' END,
       timestamp '2019-03-12', CASE WHEN t.id IN (10, 31) THEN timestamp '2022-12-31' END, 'Y', CASE WHEN t.sect = 4 THEN 72 ELSE 24 END, NULL,
       CASE t.sect WHEN 1 THEN 120 WHEN 4 THEN 48 WHEN 9 THEN 1008 ELSE 24 END, CASE t.sect WHEN 1 THEN 240 WHEN 9 THEN 1200 ELSE 48 END, CASE t.sect WHEN 1 THEN 336 WHEN 9 THEN 1344 ELSE 72 END,
       1, timestamp '2019-03-12 10:14:02' + make_interval(days => fixture_gen.n('tlu', t.id, 1800)), NULL, NULL, t.sect, NULL, NULL, t.code, t.id * 10, t.name,
       t.id NOT IN (23, 24), fixture_gen.uuid('tguid', t.id), 7000 + t.id, 7100 + t.id, t.id IN (1, 2, 4, 11), false, t.id IN (16, 17)
FROM pgen.t t JOIN type_of_sample ts ON ts.id = t.tos;

-- Possible results: dictionary answers for D tests, one row for others.
CREATE TABLE test_result (
    id numeric(10) PRIMARY KEY, test_id numeric(10) NOT NULL, result_group numeric, flags varchar(10), tst_rslt_type varchar(1), value varchar(80),
    significant_digits numeric(2), quant_limit varchar(30), cont_level varchar(30), lastupdated timestamp, scriptlet_id numeric(10), sort_order numeric(22),
    abnormal boolean, is_active boolean
);
INSERT INTO test_result
SELECT row_number() OVER (ORDER BY t.id, d.id), t.id, 1, NULL, 'D', d.id::text, NULL, NULL, NULL, timestamp '2019-03-12 10:14:02', NULL,
       row_number() OVER (PARTITION BY t.id ORDER BY d.id), d.id IN (1001, 1004, 1007, 1011, 1012, 1013, 1014, 1015, 1016, 1022, 1023, 1024, 1025, 1031, 1042, 1043, 1044), d.id NOT IN (1018)
FROM pgen.t t JOIN dictionary d ON d.dictionary_category_id = CASE WHEN t.id IN (4) THEN 1 WHEN t.id IN (11) THEN 2 WHEN t.id IN (12, 13) THEN 3 WHEN t.id IN (14, 15) THEN 4
    WHEN t.id IN (16, 17) THEN 5 ELSE 1 END
  AND (t.id NOT IN (4) OR d.id IN (1001, 1002, 1003)) AND (t.id NOT IN (8, 9, 10, 20, 21, 19) OR d.id IN (1004, 1005, 1006)) AND (t.id NOT IN (18, 29) OR d.id IN (1007, 1008))
WHERE t.rt = 'D';
INSERT INTO test_result
SELECT 200 + t.id, t.id, 1, NULL, t.rt, NULL, CASE t.rt WHEN 'N' THEN CASE WHEN t.id IN (22, 28) THEN 1 ELSE 0 END END,
       CASE WHEN t.id IN (1, 2) THEN '40' WHEN t.id = 3 THEN '839' WHEN t.id = 30 THEN '10' END, NULL, timestamp '2019-03-12 10:14:02', NULL, 1, NULL, t.id <> 31
FROM pgen.t t WHERE t.rt <> 'D';

CREATE TABLE qa_event (
    id numeric(10) PRIMARY KEY, name varchar(60), description varchar(120), is_billable varchar(1), reporting_sequence numeric(10), reporting_text varchar(1000),
    test_id numeric(10), is_holdable varchar(1) NOT NULL, lastupdated timestamp, type numeric(10), category numeric(10), display_key varchar(60)
);
INSERT INTO qa_event VALUES
  (1, 'Échantillon hémolysé', 'Plasma ou sérum hémolysé', 'N', 1, 'Échantillon hémolysé : résultat non rendu, prière de refaire le prélèvement.', NULL, 'Y', '2019-03-12 10:14:02', 1, 1, 'qa_event.hemolyzed'),
  (2, 'Tube non étiqueté', 'Absence d''identification sur le tube', 'N', 2, 'Échantillon non identifié, rejeté.', NULL, 'N', '2019-03-12 10:14:02', 1, 1, 'qa_event.unlabeled'),
  (3, 'Quantité insuffisante', 'Volume insuffisant pour l''analyse', 'N', 3, 'Quantité insuffisante.', NULL, 'Y', '2019-03-12 10:14:02', 1, 1, 'qa_event.insufficient'),
  (4, 'Délai d''acheminement dépassé', 'Plasma reçu plus de 24 h après prélèvement', 'N', 4, 'Délai de transport dépassé, résultat à interpréter avec prudence.', 1, 'Y', '2019-03-12 10:14:02', 1, 2, 'qa_event.delay'),
  (5, 'Échantillon coagulé', 'Sang total EDTA coagulé', 'N', 5, 'Échantillon coagulé, CD4 non réalisable.', 6, 'N', '2019-03-12 10:14:02', 1, 1, 'qa_event.clotted'),
  (6, 'Fiche de demande incomplète', 'Renseignements cliniques ou identité manquants', 'N', 6, NULL, NULL, 'Y', '2019-03-12 10:14:02', 2, 3, 'qa_event.incompleteForm'),
  (7, 'Rupture de la chaîne du froid', 'Température de transport hors limites', 'N', 7, 'Chaîne du froid non respectée.', NULL, 'Y', '2019-03-12 10:14:02', 1, 2, 'qa_event.coldChain'),
  (8, 'DBS mal séché', 'Taches superposées ou humides', 'N', 8, 'Buvard non conforme.', 4, 'N', '2019-03-12 10:14:02', 1, 1, 'qa_event.dbs'),
  (9, 'Salive au lieu de crachat', 'Crachat salivaire', 'N', 9, 'Crachat salivaire : prière d''envoyer un crachat purulent du matin.', 12, 'Y', '2020-02-11 09:01:44', 1, 1, 'qa_event.saliva'),
  (10, 'Tube cassé', 'Tube cassé ou fuyant à la réception', 'N', 10, 'Échantillon perdu (tube cassé).', NULL, 'N', '2019-03-12 10:14:02', 1, 1, 'qa_event.broken'),
  (11, 'Discordance identité', 'Nom sur le tube différent de la fiche', 'N', 11, 'Discordance d''identité, rejeté.', NULL, 'N', '2019-03-12 10:14:02', 2, 3, 'qa_event.idMismatch'),
  (12, 'Erreur instrument', 'Erreur de l''automate, reprise', 'N', 12, NULL, NULL, 'Y', '2021-07-19 14:22:10', 3, 4, 'qa_event.instrument');

CREATE TABLE referral_reason (
    id numeric(10) PRIMARY KEY, name varchar(30) NOT NULL, description varchar(60), display_key varchar(60), lastupdated timestamp
);
INSERT INTO referral_reason VALUES
  (1, 'Test non disponible', 'Analyse non réalisée au LNR', 'referral.reason.notAvailable', '2019-03-12 10:14:02'),
  (2, 'Confirmation', 'Confirmation par le laboratoire supranational', 'referral.reason.confirmation', '2019-03-12 10:14:02'),
  (3, 'Panne d''équipement', 'Automate en panne', 'referral.reason.equipment', '2019-03-12 10:14:02'),
  (4, 'Rupture de réactifs', 'Réactifs en rupture', 'referral.reason.stockout', '2021-01-18 16:02:45'),
  (5, 'Contrôle qualité externe', 'Échantillon envoyé pour CQE', 'referral.reason.eqa', '2021-01-18 16:02:45');

CREATE TABLE system_module (
    id numeric(10) PRIMARY KEY, name varchar(40) NOT NULL, description varchar(80), has_select_flag varchar(1), has_add_flag varchar(1), has_update_flag varchar(1),
    has_delete_flag varchar(1)
);
INSERT INTO system_module
SELECT row_number() OVER (), m, d, 'Y', CASE WHEN m LIKE '%View%' OR m LIKE '%Report%' THEN 'N' ELSE 'Y' END, CASE WHEN m LIKE '%Report%' THEN 'N' ELSE 'Y' END, 'N'
FROM (VALUES ('SampleEntry', 'Saisie d''échantillon'), ('SampleEntryByProject:initial', 'Saisie ARV initial'), ('SampleEntryByProject:followup', 'Saisie ARV suivi'),
  ('SampleEntryByProject:VL', 'Saisie charge virale'), ('SampleEntryByProject:EID', 'Saisie DIP'), ('SampleEdit', 'Modifier un échantillon'),
  ('SamplePatientEntry', 'Saisie patient et échantillon'), ('PatientManagement', 'Gestion des patients'), ('PatientResults', 'Résultats par patient'),
  ('LogbookResults', 'Résultats par unité'), ('AccessionResults', 'Résultats par numéro d''accession'), ('ResultValidation', 'Validation des résultats'),
  ('ReferredOutTests', 'Analyses sous-traitées'), ('ElectronicOrders', 'Ordres électroniques'), ('AnalyzerResults', 'Résultats des automates'),
  ('QaEvents', 'Non-conformités'), ('NonConformityReport', 'Rapport de non-conformité'), ('PatientReport', 'Compte rendu patient'),
  ('ReportUserDetail', 'Rapport activité utilisateur'), ('ReportIndicators', 'Indicateurs'), ('ReportExport', 'Export CSV'), ('TestManagement', 'Gestion des tests'),
  ('DictionaryMenu', 'Dictionnaire'), ('OrganizationMenu', 'Sites et organisations'), ('ProviderMenu', 'Prescripteurs'), ('UnifiedSystemUser', 'Utilisateurs'),
  ('SiteInformation', 'Informations du site'), ('ResultConfiguration', 'Configuration des résultats'), ('PrintBarcode', 'Étiquettes code-barres'),
  ('AuditTrailView', 'Piste d''audit'), ('BatchTestReassignment', 'Réaffectation de tests'), ('WorkPlanByTest', 'Plan de travail par test'),
  ('WorkPlanByPanel', 'Plan de travail par panel'), ('StudyReport', 'Rapport d''étude'), ('ExternalConnections', 'Connexions externes'),
  ('MenuStatementConfig', 'Configuration des menus'), ('DataSubmission', 'Soumission de données agrégées'), ('ValidationView', 'Vue validation')) v(m, d);

CREATE TABLE system_role (
    id numeric(10) PRIMARY KEY, name varchar(40) NOT NULL, description varchar(80), is_grouping_role boolean DEFAULT false, grouping_parent numeric(10),
    display_key varchar(60), active boolean DEFAULT true, editable boolean DEFAULT false
);
INSERT INTO system_role VALUES
  (1, 'Maintenance Admin', 'Administration du système', false, NULL, 'role.maintenance', true, false),
  (2, 'Reception', 'Réception des échantillons', false, NULL, 'role.reception', true, false),
  (3, 'Results', 'Saisie des résultats', false, NULL, 'role.results', true, false),
  (4, 'Validation', 'Validation biologique', false, NULL, 'role.validation', true, false),
  (5, 'Reports', 'Impression des comptes rendus', false, NULL, 'role.reports', true, false),
  (6, 'Audit Trail', 'Consultation de la piste d''audit', false, NULL, 'role.audit', true, false),
  (7, 'Global Administrator', 'Tous les droits', false, NULL, 'role.globalAdmin', true, false),
  (8, 'Lab Unit Roles', 'Rôles par unité', true, NULL, 'role.labUnit', true, false),
  (9, 'Mycobactériologie - saisie', 'Saisie des résultats TB', false, 8, NULL, true, true),
  (10, 'Biologie moléculaire - saisie', 'Saisie CV et DIP', false, 8, NULL, true, true),
  (11, 'Data Manager', 'Saisie des fiches et ordres électroniques', false, NULL, NULL, true, true),
  (12, 'Lecture seule (partenaires)', 'Consultation sans modification', false, NULL, NULL, false, true);

CREATE TABLE reference_tables (
    id numeric(10) PRIMARY KEY, name varchar(40) NOT NULL, keep_history varchar(1), is_hl7_encoded varchar(1), lastupdated timestamp
);
INSERT INTO reference_tables
SELECT row_number() OVER (), n, CASE WHEN n IN ('PATIENT', 'PERSON', 'SAMPLE', 'ANALYSIS', 'RESULT', 'PATIENT_IDENTITY', 'SAMPLE_ITEM', 'NOTE', 'REFERRAL', 'SYSTEM_USER', 'ORGANIZATION', 'PROVIDER') THEN 'Y' ELSE 'N' END,
       'N', timestamp '2019-03-12 10:14:02'
FROM unnest(ARRAY['PATIENT', 'PERSON', 'SAMPLE', 'ANALYSIS', 'RESULT', 'PATIENT_IDENTITY', 'SAMPLE_ITEM', 'NOTE', 'REFERRAL', 'SYSTEM_USER', 'ORGANIZATION',
  'PROVIDER', 'TEST', 'TEST_RESULT', 'DICTIONARY', 'PANEL', 'TYPE_OF_SAMPLE', 'QA_EVENT', 'SAMPLE_QAEVENT', 'OBSERVATION_HISTORY', 'ELECTRONIC_ORDER', 'SITE_INFORMATION',
  'ANALYZER', 'TEST_SECTION', 'METHOD', 'REFERRAL_RESULT', 'SAMPLE_HUMAN', 'SAMPLE_REQUESTER', 'LOGIN_USER', 'DOCUMENT_TRACK']) n;

CREATE TABLE observation_history_type (
    id numeric(10) PRIMARY KEY, type_name varchar(30) NOT NULL, description varchar(60), lastupdated timestamp
);
INSERT INTO observation_history_type
SELECT row_number() OVER (), n, d, timestamp '2019-03-12 10:14:02'
FROM (VALUES ('projectFormName', 'Formulaire de saisie du projet'), ('hivStatus', 'Statut VIH'), ('vlPregnancy', 'Grossesse en cours'), ('vlSuckle', 'Allaitement'),
  ('currentARVTreatment', 'Sous traitement ARV'), ('currentARVTreatmentINNs', 'Régime ARV actuel (DCI)'), ('arvTreatmentInitDate', 'Date de début du traitement ARV'),
  ('vlReasonForRequest', 'Motif de la demande de CV'), ('vlOtherReasonForRequest', 'Autre motif (préciser)'), ('initcd4Count', 'CD4 initial'),
  ('priorVLValue', 'Dernière charge virale'), ('priorVLDate', 'Date de la dernière CV'), ('nameOfDoctor', 'Nom du médecin prescripteur'),
  ('nameOfSampler', 'Nom du préleveur'), ('service', 'Service demandeur'), ('hospitalPatient', 'Patient hospitalisé'), ('whichPCR', 'PCR 1 ou PCR 2'),
  ('eidInfantPTME', 'Prophylaxie PTME de l''enfant'), ('eidTypeOfClinic', 'Point d''entrée DIP'), ('tbPatientCategory', 'Catégorie de patient TB'),
  ('tbTreatmentMonth', 'Mois de traitement TB'), ('patientPhone', 'Téléphone du patient (rappel)')) v(n, d);

CREATE TABLE patient_identity_type (
    id numeric(10) PRIMARY KEY, identity_type varchar(30) NOT NULL, description varchar(400), lastupdated timestamp
);
INSERT INTO patient_identity_type VALUES
  (1, 'NATIONAL', 'Numéro de la carte nationale d''identité (CNI)', '2019-03-12 10:14:02'),
  (2, 'ST', 'Code patient ARV (site/année/numéro)', '2019-03-12 10:14:02'),
  (3, 'SUBJECT', 'Numéro de sujet (étude)', '2019-03-12 10:14:02'),
  (4, 'GUID', 'Identifiant unique interne', '2019-03-12 10:14:02'),
  (5, 'AKA', 'Surnom', '2019-03-12 10:14:02'),
  (6, 'MOTHER', 'Nom de la mère', '2019-03-12 10:14:02'),
  (7, 'MOTHERS_INITIAL', 'Initiales de la mère', '2019-03-12 10:14:02'),
  (8, 'INSURANCE', 'Numéro d''assuré CMU', '2021-01-18 16:02:45'),
  (9, 'OCCUPATION', 'Profession', '2019-03-12 10:14:02'),
  (10, 'ORG_SITE', 'Code du site de prise en charge', '2019-03-12 10:14:02'),
  (11, 'EDUCATION', 'Niveau d''instruction', '2019-03-12 10:14:02'),
  (12, 'MARITIAL', 'Situation matrimoniale', '2019-03-12 10:14:02'),
  (13, 'NATIONALITY', 'Nationalité', '2019-03-12 10:14:02'),
  (14, 'OTHER NATIONALITY', 'Autre nationalité (préciser)', '2019-03-12 10:14:02'),
  (15, 'HEALTH REGION', 'Région sanitaire', '2019-03-12 10:14:02'),
  (16, 'HEALTH DISTRICT', 'District sanitaire', '2019-03-12 10:14:02'),
  (17, 'OB_NUMBER', 'Numéro de registre maternité', '2019-03-12 10:14:02'),
  (18, 'PC_NUMBER', 'Numéro de registre consultation prénatale', '2019-03-12 10:14:02'),
  (19, 'TB_REGISTER', 'Numéro au registre TB du CAT', '2020-02-11 09:01:44');

CREATE TABLE address_part (
    id numeric(10) PRIMARY KEY, part_name varchar(20) NOT NULL, display_order numeric(4), display_key varchar(60)
);
INSERT INTO address_part VALUES (1, 'department', 1, 'address.department'), (2, 'commune', 2, 'address.commune'), (3, 'village', 3, 'address.village');

CREATE TABLE analyzer (
    id numeric(10) PRIMARY KEY, scrip_id numeric(10), name varchar(20), machine_id varchar(20), description varchar(60), analyzer_type varchar(30),
    is_active boolean DEFAULT false, location varchar(60), lastupdated timestamp
);
INSERT INTO analyzer VALUES
  (1, NULL, 'Abbott m2000rt', 'M2000-275013', 'Abbott RealTime HIV-1 (charge virale)', 'MOLECULAR', true, 'Salle PCR 2, bâtiment B', '2019-05-06 09:12:00'),
  (2, NULL, 'Cobas 6800', 'C6800-0413', 'Roche cobas HIV-1 (plasma et DBS)', 'MOLECULAR', true, 'Plateau moléculaire, bâtiment B', '2022-03-21 15:40:00'),
  (3, NULL, 'GeneXpert XVI', '804511', 'Cepheid GeneXpert 16 modules (Xpert MTB/RIF Ultra)', 'MOLECULAR', true, 'Laboratoire TB, BSL2+', '2019-05-06 09:12:00'),
  (4, NULL, 'FACSCount', 'FC-30122', 'BD FACSCount CD4', 'FLOW_CYTOMETRY', true, 'Immunologie', '2019-05-06 09:12:00'),
  (5, NULL, 'BACTEC MGIT 960', 'MGIT-1187', 'BD BACTEC MGIT 960 (culture liquide)', 'CULTURE', true, 'BSL3', '2020-06-02 08:40:11'),
  (6, NULL, 'Cobas c311', 'C311-2201', 'Roche cobas c311 biochimie', 'CHEMISTRY', true, 'Biochimie', '2019-05-06 09:12:00'),
  (7, NULL, 'Sysmex XN-350', 'XN-14552', 'Hématologie NFS', 'HEMATOLOGY', true, 'Hématologie', '2021-07-19 14:22:10'),
  (8, NULL, 'Pima CD4', 'PIMA-0931', 'Alere Pima (point of care, prêt au CHR)', 'FLOW_CYTOMETRY', false, 'Prêté au CHR de Daloa', '2023-02-13 10:00:00');

-- ---------------------------------------------------------------------------
-- Health facilities, reference laboratories and programmes.

CREATE TABLE organization (
    id numeric(10) PRIMARY KEY, name varchar(80) NOT NULL, city varchar(30), zip_code varchar(10), mls_sentinel_lab_flag varchar(1), org_mlt_org_mls_id numeric(10),
    org_id numeric(10), short_name varchar(15), multiple_unit varchar(30), street_address varchar(60), state varchar(2), internet_address varchar(60), clia_num varchar(12),
    pws_id varchar(15), lastupdated timestamp, mls_lab_flag varchar(1), is_active varchar(1), local_abbrev varchar(10), fhir_uuid uuid
);
INSERT INTO organization (id, name, short_name, city, street_address, multiple_unit, zip_code, internet_address, org_id, local_abbrev)
VALUES
  (1, 'Laboratoire National de Référence VIH-TB', 'LNR', 'Abidjan', 'Boulevard de Marseille, Treichville', 'Bâtiment B', '01 BP 1492', 'secretariat.lnr.vihtb@gmail.com', NULL, '0001'),
  (2, 'CHU de Treichville', 'CHU-T', 'Abidjan', 'Boulevard de Marseille, Treichville', NULL, '01 BP V3', 'laboratoire.chutreichville@gmail.com', NULL, '0101'),
  (3, 'CHU de Cocody', 'CHU-C', 'Abidjan', 'Boulevard de l''Université, Cocody', NULL, '01 BP V13', NULL, NULL, '0102'),
  (4, 'CHU de Yopougon', 'CHU-Y', 'Abidjan', 'Yopougon Attié, face à la SIR', NULL, '21 BP 632', 'labo.chuyop@yahoo.fr', NULL, '0103'),
  (5, 'CHU d''Angré', 'CHU-A', 'Abidjan', 'Cocody Angré, 8e tranche', NULL, NULL, NULL, NULL, '0104'),
  (6, 'CHU de Bouaké', 'CHU-B', 'Bouaké', 'Quartier Air France', NULL, '01 BP 1174', NULL, NULL, '0201'),
  (7, 'CHR de Daloa', 'CHR-DAL', 'Daloa', 'Quartier Tazibouo', NULL, 'BP 184', 'chr.daloa.labo@gmail.com', NULL, '0311'),
  (8, 'CHR de Korhogo', 'CHR-KOR', 'Korhogo', 'Route de Ferkessédougou', NULL, 'BP 236', NULL, NULL, '0412'),
  (9, 'CHR de San-Pédro', 'CHR-SPD', 'San-Pédro', 'Quartier Cité', NULL, 'BP 1480', NULL, NULL, '0520'),
  (10, 'CHR de Man', 'CHR-MAN', 'Man', 'Quartier Libreville', NULL, 'BP 331', NULL, NULL, '0601'),
  (11, 'CHR de Yamoussoukro', 'CHR-YAM', 'Yamoussoukro', 'Quartier Habitat', NULL, 'BP 1121', NULL, NULL, '0701'),
  (12, 'CHR de Gagnoa', 'CHR-GAG', 'Gagnoa', 'Quartier Garahio', NULL, 'BP 142', NULL, NULL, '0702'),
  (13, 'Hôpital Général d''Abobo Nord', 'HG-ABN', 'Abidjan', 'Abobo Plaque 1, près de la mairie', NULL, NULL, 'hg.abobonord@gmail.com', NULL, '0133'),
  (14, 'Hôpital Général de Port-Bouët', 'HG-PB', 'Abidjan', 'Route de Bassam, Port-Bouët', NULL, NULL, NULL, NULL, '0134'),
  (15, 'Hôpital Général de Koumassi', 'HG-KOU', 'Abidjan', 'Koumassi Grand Campement', NULL, NULL, NULL, NULL, '0135'),
  (16, 'Hôpital Général d''Anyama', 'HG-ANY', 'Anyama', 'Anyama Château', NULL, NULL, NULL, NULL, '0136'),
  (17, 'Hôpital Général de Bingerville', 'HG-BNG', 'Bingerville', 'Quartier Résidentiel', NULL, NULL, NULL, NULL, '0137'),
  (18, 'Centre Antituberculeux d''Adjamé', 'CAT-ADJ', 'Abidjan', 'Adjamé 220 Logements', NULL, NULL, 'cat.adjame@gmail.com', 38, '0147'),
  (19, 'Centre Antituberculeux de Treichville', 'CAT-TRE', 'Abidjan', 'Avenue 21, Treichville', NULL, NULL, NULL, 38, '0148'),
  (20, 'Centre Antituberculeux de Yopougon', 'CAT-YOP', 'Abidjan', 'Yopougon Toits Rouges', NULL, NULL, NULL, 38, '0149'),
  (21, 'Centre Antituberculeux de Bouaké', 'CAT-BKE', 'Bouaké', 'Quartier Koko', NULL, NULL, NULL, 38, '0205'),
  (22, 'Centre SAS de Bouaké', 'SAS-BKE', 'Bouaké', 'Quartier Dar-es-Salam', NULL, 'BP 1542', 'contact@centre-sas.example', NULL, '0206'),
  (23, 'CePReF Yopougon', 'CEPREF', 'Abidjan', 'Yopougon Attié, rue des Jardins', NULL, NULL, NULL, NULL, '0127'),
  (24, 'USAC CHU de Treichville', 'USAC', 'Abidjan', 'CHU de Treichville, pavillon 12', NULL, NULL, NULL, 2, '0128'),
  (25, 'FSU Com d''Anonkoua-Kouté', 'FSU-AK', 'Abidjan', 'Abobo Anonkoua-Kouté', NULL, NULL, NULL, NULL, '0138'),
  (26, 'FSU Com de Wassakara', 'FSU-WAS', 'Abidjan', 'Yopougon Wassakara', NULL, NULL, NULL, NULL, '0139'),
  (27, 'CSU de Koumassi Campement', 'CSU-KC', 'Abidjan', 'Koumassi Campement', NULL, NULL, NULL, NULL, '0140'),
  (28, 'ESPC de Gonzagueville', 'ESPC-GZ', 'Abidjan', 'Port-Bouët Gonzagueville', NULL, NULL, NULL, NULL, '0141'),
  (29, 'PMI de Cocody', 'PMI-COC', 'Abidjan', 'Cocody, rue des Jardins', NULL, NULL, NULL, NULL, '0142'),
  (30, 'Clinique Médicale Les Grâces', 'CLI-GRACES', 'Abidjan', 'Marcory Zone 4, rue Paul Langevin', 'Immeuble Les Grâces', NULL, 'cliniquelesgraces@gmail.com', NULL, '0311'),
  (31, 'Polyclinique Internationale Sainte Anne-Marie', 'PISAM', 'Abidjan', 'Cocody, boulevard Latrille', NULL, '01 BP 1463', 'laboratoire@pisam.example', NULL, '0312'),
  (32, 'Espace Confiance', 'ESP-CONF', 'Abidjan', 'Cocody II Plateaux', NULL, NULL, NULL, NULL, '0313'),
  (33, 'Hôpital Militaire d''Abidjan', 'HMA', 'Abidjan', 'Yopougon Camp Militaire', NULL, NULL, NULL, NULL, '0143'),
  (34, 'Institut Pasteur de Côte d''Ivoire', 'IPCI', 'Abidjan', 'Cocody, route de l''Université', NULL, '01 BP 490', 'https://www.pasteur-ci.example', NULL, 'IPCI'),
  (35, 'CeDReS', 'CEDRES', 'Abidjan', 'CHU de Treichville', NULL, '01 BP 1712', 'cedres.secretariat@gmail.com', 2, 'CEDRES'),
  (36, 'Laboratoire supranational TB, Institut de Médecine Tropicale', 'SRL-ITM', 'Antwerpen', 'Nationalestraat 155', NULL, '2000', 'https://www.itg.example', NULL, 'SRL'),
  (37, 'Programme National de Lutte contre le Sida', 'PNLS', 'Abidjan', 'Plateau, Cité administrative tour C', NULL, NULL, 'https://www.pnls.example', NULL, 'PNLS'),
  (38, 'Programme National de Lutte contre la Tuberculose', 'PNLT', 'Abidjan', 'Adjamé, INHP', NULL, NULL, NULL, NULL, 'PNLT'),
  (39, 'Centre Médico-Social El Rapha', 'CMS-RAPHA', 'Abidjan', 'Yopougon Niangon Nord', NULL, NULL, NULL, NULL, '0144'),
  (40, 'Hôpital Général de Dabou (ancien code)', 'HG-DAB', 'Dabou', 'Route d''Abidjan', NULL, NULL, NULL, NULL, '0145');
UPDATE organization SET mls_sentinel_lab_flag = 'N', mls_lab_flag = CASE WHEN id IN (1, 34, 35, 36) THEN 'Y' ELSE 'N' END, is_active = CASE WHEN id = 40 THEN 'N' ELSE 'Y' END,
  lastupdated = timestamp '2019-03-12 10:14:02' + make_interval(days => fixture_gen.n('olu', id::int, 1700), secs => fixture_gen.n('olus', id::int, 86000)),
  fhir_uuid = fixture_gen.uuid('ofhir', id::int)::uuid;

-- ---------------------------------------------------------------------------
-- Persons: patients, their contacts, clinicians, facilities' lab heads.

CREATE TABLE person (
    id numeric(10) PRIMARY KEY, last_name varchar(40), first_name varchar(40), middle_name varchar(40), multiple_unit varchar(20), street_address varchar(100),
    city varchar(30), state varchar(2), zip_code varchar(10), country varchar(20), work_phone varchar(21), home_phone varchar(21), cell_phone varchar(21), fax varchar(20),
    email varchar(60), lastupdated timestamp
);
INSERT INTO person
SELECT p.i,
       CASE WHEN p.i BETWEEN 2001 AND 2999 AND p.i % 5 = 0 THEN 'Dr ' || upper(p.last) WHEN fixture_gen.n('pup', p.i, 10) < 7 THEN upper(p.last) ELSE p.last END,
       CASE WHEN p.i BETWEEN 281 AND 320 AND p.i % 6 = 0 THEN 'Bébé' ELSE p.first END,
       p.middle,
       CASE WHEN p.i < 2000 THEN p.unit END,
       CASE WHEN p.i < 2000 AND fixture_gen.n('pnost', p.i, 10) > 0 THEN p.street END,
       CASE WHEN p.i < 2000 OR p.i % 3 = 0 THEN p.city END,
       NULL, NULL,
       CASE WHEN p.i < 2000 THEN CASE WHEN p.c = 'bf' AND p.i % 7 = 0 THEN 'Burkina Faso' WHEN p.c = 'ml' AND p.i % 5 = 0 THEN 'Mali' WHEN p.c = 'gh' AND p.i % 4 = 0 THEN 'Ghana'
                                  WHEN fixture_gen.n('pctry', p.i, 6) = 0 THEN NULL ELSE 'Côte d''Ivoire' END END,
       CASE WHEN p.i >= 2000 THEN p.fixed WHEN fixture_gen.n('pwork', p.i, 12) = 0 THEN p.fixed END,
       CASE WHEN p.i < 2000 THEN p.phone2 END,
       CASE WHEN p.i BETWEEN 281 AND 320 THEN p.phone WHEN fixture_gen.n('pnocell', p.i, 15) = 0 THEN NULL ELSE p.phone END,
       CASE WHEN p.i >= 2000 AND fixture_gen.n('pfax', p.i, 6) = 0 THEN '27 22 ' || fixture_gen.digits('pfaxn', p.i, 2) || ' ' || fixture_gen.digits('pfaxm', p.i, 2) || ' ' || fixture_gen.digits('pfaxo', p.i, 2) END,
       CASE WHEN p.i BETWEEN 281 AND 320 THEN NULL ELSE p.email END,
       pgen.at('perlu', p.i, '2019-06-01', '2024-06-27')
FROM pgen.p p WHERE p.i < 4000 ORDER BY p.i;

-- Patient programmes: HIV follow-up, early infant diagnosis, TB, HIV
-- screening, chemistry only.
CREATE TABLE pgen.pat (i int PRIMARY KEY, prog text, site int, prov int);
INSERT INTO pgen.pat
SELECT i, CASE WHEN i BETWEEN 281 AND 320 THEN 'EID' ELSE fixture_gen.pick(ARRAY['VL', 'VL', 'VL', 'VL', 'VL', 'TB', 'TB', 'TB', 'DX', 'BIL'], 'prog', i) END, 0, 0
FROM generate_series(1, 320) i;
UPDATE pgen.pat SET site = CASE prog
    WHEN 'TB' THEN fixture_gen.pick(ARRAY['18', '18', '19', '20', '21', '2', '3', '13', '7', '8'], 'psite', i)::int
    WHEN 'EID' THEN fixture_gen.pick(ARRAY['29', '25', '26', '27', '28', '13', '15', '11'], 'psite', i)::int
    ELSE fixture_gen.pick(ARRAY['24', '24', '23', '23', '22', '13', '14', '15', '16', '17', '25', '26', '27', '32', '33', '39', '6', '7', '8', '9', '10', '11', '12', '30', '31', '4', '5'], 'psite', i)::int END,
  prov = 2001 + fixture_gen.n('pprov', i, 60);

CREATE TABLE patient (
    id numeric(10) PRIMARY KEY, person_id numeric(10) NOT NULL, race varchar(5), gender varchar(1), birth_date timestamp, epi_first_name varchar(25), epi_middle_name varchar(25),
    epi_last_name varchar(240), birth_time timestamp, death_date timestamp, national_id varchar(20), ethnicity varchar(1), school_attend varchar(1), medicare_id varchar(20),
    medicaid_id varchar(20), birth_place varchar(35), lastupdated timestamp, external_id varchar(20), chart_number varchar(20), entered_birth_date varchar(10), fhir_uuid uuid
);
INSERT INTO patient
SELECT p.i, p.i, NULL, p.sex,
       CASE WHEN fixture_gen.n('pyonly', p.i, 7) = 0 AND p.i < 281 THEN make_date(extract(year FROM p.dob)::int, 1, 1)::timestamp ELSE p.dob::timestamp END,
       NULL, NULL, NULL,
       CASE WHEN p.i BETWEEN 281 AND 320 AND p.i % 2 = 0 THEN p.dob + make_interval(mins => fixture_gen.n('pbt', p.i, 1440)) END,
       CASE WHEN fixture_gen.n('pdeath', p.i, 60) = 0 AND p.i < 281 THEN pgen.at('pdd', p.i, '2023-03-01', '2024-06-20') END,
       CASE WHEN p.i < 281 AND fixture_gen.n('pnid', p.i, 10) < 7 THEN p.cni END,
       NULL, NULL, NULL, NULL,
       CASE WHEN fixture_gen.n('pbpl', p.i, 10) < 4 THEN p.birthplace END,
       pgen.at('patlu', p.i, '2022-01-01', '2024-06-27'),
       CASE WHEN pt.prog IN ('VL', 'DX') AND fixture_gen.n('pext', p.i, 5) > 0 THEN p.art
            WHEN pt.prog = 'TB' THEN (SELECT short_name FROM organization o WHERE o.id = pt.site) || '/' || (22 + fixture_gen.n('ptby', p.i, 3)) || '/' || lpad((1 + fixture_gen.n('ptbn', p.i, 900))::text, 4, '0')
            WHEN pt.prog = 'EID' THEN 'DIP-' || (SELECT local_abbrev FROM organization o WHERE o.id = pt.site) || '-' || lpad((1 + fixture_gen.n('peid', p.i, 700))::text, 4, '0') END,
       CASE WHEN fixture_gen.n('pchart', p.i, 7) = 0 THEN 'DOS ' || (1000 + fixture_gen.n('pchn', p.i, 30000)) END,
       CASE WHEN fixture_gen.n('pyonly', p.i, 7) = 0 AND p.i < 281 THEN 'xx/xx/' || extract(year FROM p.dob) ELSE to_char(p.dob, 'DD/MM/YYYY') END,
       fixture_gen.uuid('pfhir', p.i)::uuid
FROM pgen.p p JOIN pgen.pat pt ON pt.i = p.i ORDER BY p.i;

CREATE TABLE patient_identity (
    id numeric(10) PRIMARY KEY, identity_type_id numeric(10) NOT NULL, patient_id numeric(10) NOT NULL, identity_data varchar(255), lastupdated timestamp
);
INSERT INTO patient_identity (id, identity_type_id, patient_id, identity_data, lastupdated)
SELECT row_number() OVER (ORDER BY x.i, x.t), x.t, x.i, x.d, pgen.at('pilu', x.i * 100 + x.t, '2022-01-01', '2024-06-27')
FROM (
  SELECT p.i, k.t, CASE k.t
      WHEN 1 THEN pa.national_id
      WHEN 2 THEN CASE WHEN pt.prog IN ('VL', 'DX') THEN p.art END
      WHEN 3 THEN CASE WHEN fixture_gen.n('pisub', p.i, 4) = 0 THEN 'SUB-' || fixture_gen.digits('pisubn', p.i, 5) END
      WHEN 4 THEN fixture_gen.uuid('piguid', p.i)
      WHEN 5 THEN CASE WHEN fixture_gen.n('piaka', p.i, 7) = 0 THEN fixture_gen.pick(ARRAY['Vieux Père', 'Tantie Ama', 'Djo', 'La Grâce', 'Ablo', 'Tonton ' || p.first, 'Maman ' || p.first, 'Petit ' || p.last, 'Bébé Aya', 'Doyen'], 'piakav', p.i) END
      WHEN 6 THEN CASE WHEN p.i BETWEEN 281 AND 320 THEN (SELECT upper(m.last) || ' ' || m.first FROM pgen.mother mo JOIN pgen.p m ON m.i = mo.mother WHERE mo.child = p.i)
                       WHEN fixture_gen.n('pimom', p.i, 10) < 3 THEN upper((SELECT cu.lasts[1 + fixture_gen.n('pimoml', p.i, cardinality(cu.lasts))] FROM pgen.cu cu WHERE cu.c = p.c)) || ' '
                         || (SELECT cu.ff[1 + fixture_gen.n('pimomf', p.i, cardinality(cu.ff))] FROM pgen.cu cu WHERE cu.c = p.c) END
      WHEN 7 THEN CASE WHEN p.i BETWEEN 281 AND 320 THEN (SELECT substr(m.first, 1, 1) || '.' || substr(m.last, 1, 1) || '.' FROM pgen.mother mo JOIN pgen.p m ON m.i = mo.mother WHERE mo.child = p.i) END
      WHEN 8 THEN CASE WHEN fixture_gen.n('picmu', p.i, 10) = 0 THEN 'CMU' || fixture_gen.digits('picmun', p.i, 10) END
      WHEN 9 THEN CASE WHEN p.i < 281 AND fixture_gen.n('piocc', p.i, 10) < 6 THEN CASE WHEN p.sex = 'F'
            THEN fixture_gen.pick(ARRAY['Commerçante', 'Ménagère', 'Couturière', 'Coiffeuse', 'Élève', 'Étudiante', 'Enseignante', 'Vendeuse d''attiéké', 'Infirmière', 'Restauratrice', 'Sans emploi', 'Aide-soignante'], 'piocf', p.i)
            ELSE fixture_gen.pick(ARRAY['Chauffeur de gbaka', 'Planteur de cacao', 'Mécanicien', 'Commerçant', 'Enseignant', 'Élève', 'Maçon', 'Gendarme', 'Menuisier', 'Chauffeur de taxi', 'Comptable', 'Sans emploi', 'Orpailleur'], 'piocm', p.i) END END
      WHEN 10 THEN CASE WHEN fixture_gen.n('piorg', p.i, 10) < 3 THEN (SELECT local_abbrev FROM organization o WHERE o.id = pt.site) END
      WHEN 11 THEN CASE WHEN p.i < 281 AND fixture_gen.n('piedu', p.i, 10) < 3 THEN fixture_gen.pick(ARRAY['Aucun', 'Primaire', 'Secondaire', 'Supérieur', 'Coranique'], 'piedv', p.i) END
      WHEN 12 THEN CASE WHEN p.i < 281 AND fixture_gen.n('pimar', p.i, 10) < 5 THEN fixture_gen.pick(ARRAY['Marié(e)', 'Célibataire', 'Concubinage', 'Veuf(ve)', 'Divorcé(e)'], 'pimav', p.i) END
      WHEN 13 THEN CASE WHEN fixture_gen.n('pinat', p.i, 10) < 7 THEN p.nat END
      WHEN 14 THEN CASE WHEN p.c IN ('lb', 'fr') AND p.i % 2 = 0 THEN 'Ivoirienne' END
      WHEN 15 THEN CASE WHEN fixture_gen.n('pireg', p.i, 10) < 4 THEN (SELECT CASE pl.dept WHEN 'Abidjan' THEN CASE WHEN pl.k IN (1, 3, 16) THEN 'Abidjan 2' ELSE 'Abidjan 1' END ELSE pl.dept END FROM pgen.place pl WHERE pl.k = p.place) END
      WHEN 16 THEN CASE WHEN fixture_gen.n('pireg', p.i, 10) < 4 THEN (SELECT CASE pl.k WHEN 1 THEN 'Yopougon Est' WHEN 2 THEN 'Abobo Est' WHEN 3 THEN 'Cocody-Bingerville' WHEN 4 THEN 'Treichville-Marcory'
           WHEN 7 THEN 'Treichville-Marcory' WHEN 5 THEN 'Adjamé-Plateau-Attécoubé' WHEN 6 THEN 'Koumassi' WHEN 8 THEN 'Port-Bouët-Vridi' WHEN 9 THEN 'Cocody-Bingerville' ELSE pl.commune END FROM pgen.place pl WHERE pl.k = p.place) END
      WHEN 17 THEN CASE WHEN p.i BETWEEN 281 AND 320 AND p.i % 4 = 0 THEN 'MAT/' || (2023 + p.i % 2) || '/' || (100 + fixture_gen.n('piob', p.i, 2000)) END
      WHEN 18 THEN CASE WHEN p.i BETWEEN 281 AND 320 AND p.i % 5 = 0 THEN 'CPN-' || (100 + fixture_gen.n('pipc', p.i, 3000)) END
      WHEN 19 THEN CASE WHEN pt.prog = 'TB' THEN pa.external_id END END AS d
  FROM pgen.p p JOIN pgen.pat pt ON pt.i = p.i JOIN patient pa ON pa.id = p.i CROSS JOIN generate_series(1, 19) k(t)
) x WHERE x.d IS NOT NULL;

-- Contacts: the infants' mothers; next of kin of some adults.
CREATE TABLE patient_contact (
    id numeric(10) PRIMARY KEY, patient_id numeric(10) NOT NULL, person_id numeric(10) NOT NULL, lastupdated timestamp
);
INSERT INTO patient_contact
SELECT row_number() OVER (ORDER BY pid), pid, per, pgen.at('pclu', pid, '2022-01-01', '2024-06-27') FROM (
  SELECT mo.child AS pid, mo.mother AS per FROM pgen.mother mo
  UNION ALL
  SELECT 1 + fixture_gen.n('pcpat', k, 280), k FROM generate_series(1001, 1080) k) x;

CREATE TABLE person_address (
    person_id numeric(10) NOT NULL, address_part_id numeric(10) NOT NULL, type varchar(1), value varchar(200), lastupdated timestamp, PRIMARY KEY (person_id, address_part_id)
);
INSERT INTO person_address
SELECT p.i, a.k, CASE a.k WHEN 1 THEN 'D' ELSE 'T' END,
       CASE a.k WHEN 1 THEN (SELECT d.id::text FROM dictionary d WHERE d.dictionary_category_id = 7 AND d.dict_entry = CASE pl.dept WHEN 'Abidjan' THEN CASE WHEN pl.k IN (1, 3, 16) THEN 'Abidjan 2' ELSE 'Abidjan 1' END
                   WHEN 'Yamoussoukro' THEN 'Bélier' ELSE pl.dept END)
                WHEN 2 THEN pl.commune ELSE p.quartier END,
       pgen.at('palu', p.i, '2022-01-01', '2024-06-27')
FROM pgen.p p JOIN pgen.place pl ON pl.k = p.place CROSS JOIN generate_series(1, 3) a(k)
WHERE p.i <= 320 AND fixture_gen.n('pahas', p.i * 10 + a.k, 10) < 8;

CREATE TABLE organization_contact (
    id numeric(10) PRIMARY KEY, organization_id numeric(10) NOT NULL, person_id numeric(10) NOT NULL, position varchar(32), lastupdated timestamp
);
INSERT INTO organization_contact
SELECT k - 3000, (ARRAY[2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 24, 30, 31, 34, 35, 36])[k - 3000], k,
       fixture_gen.pick(ARRAY['Chef de laboratoire', 'Biologiste', 'Responsable qualité', 'Major du laboratoire', 'Pharmacien biologiste', 'Technicien supérieur', 'Point focal DIP', 'Médecin chef'], 'ocpos', k),
       pgen.at('oclu', k, '2019-06-01', '2024-06-27')
FROM generate_series(3001, 3025) k;
UPDATE person SET first_name = 'Koen', last_name = 'Vermeulen', email = 'kvermeulen@itg.example', work_phone = '+32 3 247 66 11', cell_phone = NULL, city = 'Antwerpen' WHERE id = 3025;

CREATE TABLE provider (
    id numeric(10) PRIMARY KEY, npi varchar(10), person_id numeric(10) NOT NULL, external_id varchar(50), provider_type varchar(1), lastupdated timestamp,
    active boolean NOT NULL DEFAULT true, fhir_uuid uuid
);
INSERT INTO provider
SELECT k - 2000, NULL, k, CASE WHEN fixture_gen.n('prext', k, 10) < 6 THEN fixture_gen.uuid('prextu', k) END, CASE WHEN k % 5 = 0 THEN 'M' WHEN k % 5 IN (1, 2) THEN 'N' ELSE 'M' END,
       pgen.at('prlu', k, '2019-06-01', '2024-06-27'), k % 23 <> 0, fixture_gen.uuid('prfhir', k)::uuid
FROM generate_series(2001, 2060) k;

-- ---------------------------------------------------------------------------
-- Laboratory staff: system users (1 is the installer's admin, 44 the EMR
-- interface account) and their logins.

CREATE TABLE system_user (
    id numeric(10) PRIMARY KEY, external_id varchar(20), login_name varchar(20) NOT NULL, last_name varchar(30) NOT NULL, first_name varchar(20) NOT NULL,
    initials varchar(3), is_active varchar(1) NOT NULL, is_employee varchar(1) NOT NULL, lastupdated timestamp
);
INSERT INTO system_user VALUES (1, NULL, 'admin', 'Open', 'ELIS', 'OE', 'Y', 'N', '2019-03-12 10:14:02');
INSERT INTO system_user
SELECT p.i - 3999,
       CASE WHEN p.c = 'us' THEN NULL WHEN fixture_gen.n('suext', p.i, 5) > 0 THEN fixture_gen.digits('sumat', p.i, 6) || '-' || fixture_gen.chars('sumatl', p.i, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ') END,
       CASE WHEN p.c = 'us' THEN substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) || '_cdc'
            ELSE CASE fixture_gen.n('sulog', p.i, 4) WHEN 0 THEN substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) WHEN 1 THEN pgen.fold(p.last) || '.' || substr(pgen.fold(p.first), 1, 1)
                 WHEN 2 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) ELSE pgen.fold(p.first) || (p.i % 10) END END,
       CASE WHEN fixture_gen.n('suup', p.i, 3) = 0 THEN upper(p.last) ELSE p.last END, p.first,
       upper(substr(p.first, 1, 1) || coalesce(substr(p.middle, 1, 1), '') || substr(p.last, 1, 1)),
       CASE WHEN p.i % 9 = 4 THEN 'N' ELSE 'Y' END, CASE WHEN p.c = 'us' THEN 'N' ELSE 'Y' END, pgen.at('sulu', p.i, '2019-03-12', '2024-06-27')
FROM pgen.p p WHERE p.i BETWEEN 4001 AND 4042 ORDER BY p.i;
INSERT INTO system_user VALUES (44, NULL, 'dmi_interface', 'DMI', 'Interface', NULL, 'Y', 'N', '2022-09-05 11:30:00');

CREATE TABLE login_user (
    id numeric(10) PRIMARY KEY, login_name varchar(20) NOT NULL UNIQUE, password varchar(256) NOT NULL, password_expired_dt date, account_locked varchar(1),
    account_disabled varchar(1), is_admin varchar(1), user_time_out varchar(3)
);
INSERT INTO login_user
SELECT su.id, su.login_name,
       CASE WHEN su.id IN (7, 15, 22, 31, 38) THEN fixture_gen.b64('legacypw', su.id::int, 12) ELSE replace(fixture_gen.bcrypt('lupw', su.id::int), '$12$', '$10$') END,
       (timestamp '2024-01-01' + make_interval(days => fixture_gen.n('lupe', su.id::int, 400)))::date,
       CASE WHEN su.id::int % 13 = 5 THEN 'Y' ELSE 'N' END, CASE WHEN su.is_active = 'N' THEN 'Y' ELSE 'N' END,
       CASE WHEN su.id IN (1, 2, 3, 44) THEN 'Y' ELSE 'N' END, CASE WHEN su.id = 44 THEN '999' ELSE '480' END
FROM system_user su WHERE su.id NOT IN (12, 27, 40) ORDER BY su.id;

-- ---------------------------------------------------------------------------
-- Samples. 1-320: one per patient; 321-400: follow-up samples of HIV and TB
-- patients. Received 2023-01 to 2024-06; accession LNR + year + number.

CREATE TABLE pgen.s (s int PRIMARY KEY, pat int, prog text, site int, prov int, coll timestamp, recv timestamp, ent timestamp, acc text, done boolean, recep int, prio text);
INSERT INTO pgen.s (s, pat, prog, site, prov, coll)
SELECT pt.i, pt.i, pt.prog, pt.site, pt.prov, pgen.at('scoll', pt.i, '2023-01-05 07:00', '2024-06-24 12:00') FROM pgen.pat pt;
INSERT INTO pgen.s (s, pat, prog, site, prov, coll)
SELECT 320 + row_number() OVER (ORDER BY md5('fu' || pt.i)), pt.i, pt.prog, pt.site,
       CASE WHEN fixture_gen.n('sfuprov', pt.i, 3) = 0 THEN 2001 + fixture_gen.n('sfuprv', pt.i, 60) ELSE pt.prov END,
       CASE WHEN f.coll + interval '150 days' < timestamp '2024-06-24' THEN f.coll + make_interval(days => 120 + fixture_gen.n('sfud', pt.i, 60)) ELSE f.coll - make_interval(days => 160 + fixture_gen.n('sfud', pt.i, 60)) END
FROM pgen.pat pt JOIN pgen.s f ON f.s = pt.i WHERE pt.prog IN ('VL', 'TB') ORDER BY md5('fu' || pt.i) LIMIT 80;
UPDATE pgen.s SET coll = date_trunc('day', coll) + make_interval(mins => 410 + fixture_gen.n('scollm', s, 560));
UPDATE pgen.s SET
  recv = date_trunc('minute', coll + CASE WHEN prog = 'EID' THEN make_interval(days => 2 + fixture_gen.n('srecv', s, 12), mins => fixture_gen.n('srecm', s, 400))
                                          WHEN site IN (6, 7, 8, 9, 10, 11, 12, 21, 22) THEN make_interval(days => 1 + fixture_gen.n('srecv', s, 4), mins => fixture_gen.n('srecm', s, 400))
                                          ELSE make_interval(mins => 90 + fixture_gen.n('srecm', s, 1500)) END),
  recep = (ARRAY[4, 9, 13, 16, 21, 26, 33, 36])[1 + fixture_gen.n('srecep', s, 8)],
  prio = CASE WHEN fixture_gen.n('sprio', s, 20) = 0 THEN 'STAT' WHEN fixture_gen.n('sprio', s, 20) < 3 THEN 'ASAP' ELSE 'ROUTINE' END;
UPDATE pgen.s SET ent = recv + make_interval(mins => 5 + fixture_gen.n('sent', s, 200)), done = recv < timestamp '2024-06-08' OR fixture_gen.n('sdone', s, 3) = 0;
UPDATE pgen.s x SET acc = 'LNR' || to_char(x.recv, 'YY') || lpad((y.rn * 97 + fixture_gen.n('sacc', x.s, 96))::text, 6, '0')
FROM (SELECT s, row_number() OVER (PARTITION BY extract(year FROM recv) ORDER BY recv, s) AS rn FROM pgen.s) y WHERE y.s = x.s;

-- Items (it) and analyses (an) of each sample.
CREATE TABLE pgen.it (id serial PRIMARY KEY, s int, so int, tos int);
CREATE TABLE pgen.an (id serial PRIMARY KEY, s int, so int, test int, panel int);
INSERT INTO pgen.it (s, so, tos)
SELECT s.s, k.so, k.tos FROM pgen.s s CROSS JOIN LATERAL (VALUES
   (1, CASE s.prog WHEN 'VL' THEN CASE WHEN s.site IN (7, 8, 9, 10, 12) THEN 3 ELSE 1 END WHEN 'EID' THEN 3 WHEN 'TB' THEN 5 WHEN 'DX' THEN 4 ELSE 2 END),
   (2, CASE WHEN s.prog = 'VL' AND fixture_gen.n('sit2', s.s, 10) < 3 THEN 2 WHEN s.prog = 'TB' AND fixture_gen.n('sit2', s.s, 2) = 0 THEN 5 WHEN s.prog = 'BIL' THEN 4 END),
   (3, CASE WHEN s.prog = 'VL' AND fixture_gen.n('sit3', s.s, 10) = 0 THEN 4 WHEN s.prog = 'TB' AND fixture_gen.n('sit3', s.s, 12) = 0 THEN 6 WHEN s.prog = 'DX' AND fixture_gen.n('sit3', s.s, 8) = 0 THEN 6 END)) k(so, tos)
WHERE k.tos IS NOT NULL ORDER BY s.s, k.so;
INSERT INTO pgen.an (s, so, test, panel)
SELECT it.s, it.so, t.test, t.panel FROM pgen.it it JOIN pgen.s s ON s.s = it.s CROSS JOIN LATERAL (VALUES
   (CASE WHEN s.prog = 'VL' AND it.so = 1 THEN CASE WHEN it.tos = 3 THEN 3 WHEN s.coll > timestamp '2023-09-01' AND fixture_gen.n('avlm', s.s, 3) > 0 THEN 2 ELSE 1 END END, CASE WHEN s.s <= 320 THEN 1 ELSE 2 END),
   (CASE WHEN s.prog = 'VL' AND it.so = 1 AND fixture_gen.n('ageno', s.s, 40) = 0 THEN 5 END, NULL),
   (CASE WHEN s.prog = 'VL' AND it.so = 2 THEN 6 END, 2),
   (CASE WHEN s.prog = 'VL' AND it.so = 2 AND fixture_gen.n('acd4p', s.s, 3) = 0 THEN 7 END, 2),
   (CASE WHEN s.prog = 'VL' AND it.so = 3 THEN 25 END, 1),
   (CASE WHEN s.prog = 'VL' AND it.so = 3 THEN 26 END, 1),
   (CASE WHEN s.prog = 'VL' AND it.so = 3 AND fixture_gen.n('ahbs', s.s, 2) = 0 THEN 20 END, 1),
   (CASE WHEN s.prog = 'EID' THEN 4 END, 3),
   (CASE WHEN s.prog = 'TB' AND it.so = 1 AND s.s <= 320 THEN 11 END, 4),
   (CASE WHEN s.prog = 'TB' AND it.so IN (1, 2) THEN CASE WHEN fixture_gen.n('azn', s.s * 3 + it.so, 4) = 0 THEN 13 ELSE 12 END END, CASE WHEN s.s <= 320 THEN 4 ELSE 5 END),
   (CASE WHEN s.prog = 'TB' AND it.so = 1 AND (s.s > 320 OR fixture_gen.n('amgit', s.s, 10) < 3) THEN 14 END, 5),
   (CASE WHEN s.prog = 'TB' AND it.so = 1 AND fixture_gen.n('alpa', s.s, 10) = 0 THEN 16 END, 5),
   (CASE WHEN s.prog = 'TB' AND it.so = 1 AND fixture_gen.n('alpa', s.s, 10) = 0 AND s.s % 2 = 0 THEN 17 END, 5),
   (CASE WHEN s.prog = 'TB' AND it.tos = 6 THEN 18 END, NULL),
   (CASE WHEN s.prog = 'DX' AND it.so = 1 THEN 8 END, 7),
   (CASE WHEN s.prog = 'DX' AND it.so = 1 AND fixture_gen.n('adxr', s.s, 10) < 3 THEN 9 END, 7),
   (CASE WHEN s.prog = 'DX' AND it.so = 1 AND fixture_gen.n('acrag', s.s, 10) = 0 THEN 19 END, NULL),
   (CASE WHEN s.prog = 'DX' AND it.so = 1 AND fixture_gen.n('arpr', s.s, 5) = 0 THEN 21 END, NULL),
   (CASE WHEN s.prog = 'DX' AND it.tos = 6 THEN 29 END, NULL),
   (CASE WHEN s.prog = 'BIL' AND it.so = 1 THEN 22 END, NULL),
   (CASE WHEN s.prog = 'BIL' AND it.so = 1 AND fixture_gen.n('anfs', s.s, 2) = 0 THEN 23 END, NULL),
   (CASE WHEN s.prog = 'BIL' AND it.so = 1 AND fixture_gen.n('anfs', s.s, 2) = 0 THEN 24 END, NULL),
   (CASE WHEN s.prog = 'BIL' AND it.so = 2 THEN 25 END, 6),
   (CASE WHEN s.prog = 'BIL' AND it.so = 2 THEN 26 END, 6),
   (CASE WHEN s.prog = 'BIL' AND it.so = 2 THEN 27 END, 6),
   (CASE WHEN s.prog = 'BIL' AND it.so = 2 AND fixture_gen.n('agly', s.s, 3) = 0 THEN 28 END, NULL),
   (CASE WHEN s.prog = 'BIL' AND it.so = 2 AND fixture_gen.n('avhb', s.s, 6) = 0 THEN 30 END, NULL)) t(test, panel)
WHERE t.test IS NOT NULL ORDER BY it.s, it.so, t.test;

CREATE TABLE sample (
    id numeric(10) PRIMARY KEY, accession_number varchar(20) UNIQUE, package_id numeric(10), domain varchar(1), next_item_sequence numeric(10), revision numeric,
    entered_date timestamp NOT NULL, received_date timestamp, collection_date timestamp, client_reference varchar(50), status varchar(1), released_date timestamp,
    sticker_rcvd_flag varchar(1), sys_user_id numeric(10), barcode varchar(20), transmission_date timestamp, lastupdated timestamp, spec_or_isolate varchar(1),
    priority varchar(20), status_id numeric(10), uuid varchar(40), fhir_uuid uuid
);
INSERT INTO sample
SELECT s.s, s.acc, NULL, 'H', (SELECT count(*) + 1 FROM pgen.it it WHERE it.s = s.s), 0, s.ent, s.recv, s.coll,
       CASE WHEN fixture_gen.n('scref', s.s, 10) < 3 THEN (SELECT short_name FROM organization o WHERE o.id = s.site) || '-' || to_char(s.coll, 'YYMM') || '-' || lpad((1 + fixture_gen.n('scrn', s.s, 900))::text, 3, '0') END,
       CASE WHEN s.done THEN 'F' ELSE 'E' END,
       CASE WHEN s.done THEN s.recv + make_interval(days => CASE s.prog WHEN 'VL' THEN 5 + fixture_gen.n('srel', s.s, 16) WHEN 'EID' THEN 7 + fixture_gen.n('srel', s.s, 20)
                             WHEN 'TB' THEN CASE WHEN s.s > 320 THEN 44 + fixture_gen.n('srel', s.s, 10) ELSE 1 + fixture_gen.n('srel', s.s, 4) END ELSE 1 + fixture_gen.n('srel', s.s, 3) END, hours => fixture_gen.n('srelh', s.s, 9)) END,
       'N', s.recep, NULL, NULL, NULL, 'N', s.prio, CASE WHEN s.done THEN 6 ELSE 2 END, fixture_gen.uuid('suuid', s.s), fixture_gen.uuid('sfhir', s.s)::uuid
FROM pgen.s s ORDER BY s.s;
UPDATE sample SET lastupdated = coalesce(released_date, entered_date) + make_interval(mins => fixture_gen.n('slu', id::int, 90)),
  transmission_date = CASE WHEN released_date IS NOT NULL AND fixture_gen.n('stx', id::int, 3) = 0 THEN released_date + interval '2 hours' END;

CREATE TABLE sample_human (
    id numeric(10) PRIMARY KEY, samp_id numeric(10) NOT NULL, provider_id numeric(10), patient_id numeric(10) NOT NULL, lastupdated timestamp
);
INSERT INTO sample_human SELECT s.s, s.s, CASE WHEN fixture_gen.n('shpr', s.s, 10) > 0 THEN s.prov - 2000 END, s.pat, s.ent FROM pgen.s s ORDER BY s.s;

CREATE TABLE sample_requester (
    sample_id numeric(10) NOT NULL, requester_id numeric(10) NOT NULL, requester_type_id numeric(10) NOT NULL, lastupdated timestamp,
    PRIMARY KEY (sample_id, requester_id, requester_type_id)
);
INSERT INTO sample_requester
SELECT s.s, s.site, 1, s.ent FROM pgen.s s
UNION ALL
SELECT s.s, s.prov - 2000, 2, s.ent FROM pgen.s s WHERE fixture_gen.n('shpr', s.s, 10) > 0
ORDER BY 1, 3;

CREATE TABLE sample_item (
    id numeric(10) PRIMARY KEY, samp_id numeric(10) NOT NULL, sort_order numeric NOT NULL, typeosamp_id numeric(10), source_id numeric(10), source_other varchar(40),
    quantity numeric, uom_id numeric(10), external_id varchar(20), collection_date timestamp, status_id numeric(10), collector varchar(60), lastupdated timestamp,
    rejected boolean NOT NULL DEFAULT false, reject_reason_id numeric(10), fhir_uuid uuid
);
INSERT INTO sample_item
SELECT it.id, it.s, it.so, it.tos, NULL,
       CASE WHEN it.tos = 5 AND fixture_gen.n('sisrc', it.id, 5) = 0 THEN 'Crachat induit' WHEN it.tos = 5 AND fixture_gen.n('sisrc', it.id, 5) = 1 THEN 'Crachat du matin' END,
       CASE WHEN it.tos IN (1, 2, 4) THEN (ARRAY[2, 3, 4, 5])[1 + fixture_gen.n('siq', it.id, 4)] END, CASE WHEN it.tos IN (1, 2, 4) THEN 3 END,
       s.acc || '-' || it.so, s.coll + make_interval(mins => (it.so - 1) * CASE WHEN it.tos = 5 THEN 720 ELSE 2 END), CASE WHEN s.done THEN 6 ELSE 2 END,
       CASE WHEN fixture_gen.n('sicol', it.id, 10) < 6 THEN
         CASE fixture_gen.n('sicolf', it.id, 4)
           WHEN 0 THEN 'Inf. ' || c.first || ' ' || upper(c.last) WHEN 1 THEN upper(c.last) || ' ' || c.first WHEN 2 THEN 'SF ' || c.last || ' ' || substr(c.first, 1, 1) || '.'
           ELSE c.first || ' ' || c.last END END,
       s.ent, fixture_gen.n('sirej', it.id, 40) = 0, CASE WHEN fixture_gen.n('sirej', it.id, 40) = 0 THEN (ARRAY[1, 3, 8, 9])[1 + fixture_gen.n('sirejr', it.id, 4)] END,
       fixture_gen.uuid('sifhir', it.id)::uuid
FROM pgen.it it JOIN pgen.s s ON s.s = it.s
JOIN pgen.cu cu ON cu.c = fixture_gen.pick(ARRAY['akan', 'akan', 'mande', 'krou', 'senoufo'], 'sicc', it.id)
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('sicsex', it.id, 3) > 0 THEN cu.ff[1 + fixture_gen.n('sicf', it.id, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('sicf', it.id, cardinality(cu.fm))] END AS first,
                           cu.lasts[1 + fixture_gen.n('sicl', it.id, cardinality(cu.lasts))] AS last) c
ORDER BY it.id;

-- ---------------------------------------------------------------------------
-- Analyses, results and signatures. Staff 2-43 by bench: reception, the
-- molecular, immunology and serology, TB, chemistry benches, biologists.

CREATE TABLE pgen.ar (id int PRIMARY KEY, s int, it int, test int, panel int, stat int, started timestamp, completed timestamp, released timestamp, parent int, tech int, bio int, r int);
INSERT INTO pgen.ar (id, s, it, test, panel, r)
SELECT an.id, an.s, it.id, an.test, an.panel, fixture_gen.n('rv', an.id, 100) FROM pgen.an an JOIN pgen.it it ON it.s = an.s AND it.so = an.so;
UPDATE pgen.ar a SET
  stat = CASE WHEN sm.done AND NOT (a.test IN (14, 15) AND sm.recv > timestamp '2024-05-10') THEN CASE WHEN fixture_gen.n('acanc', a.id, 60) = 0 THEN 15 ELSE 6 END
              WHEN fixture_gen.n('astat', a.id, 2) = 0 THEN 4 ELSE 1 END,
  started = sm.recv + make_interval(mins => 30 + fixture_gen.n('astart', a.id, 150)),
  completed = sm.recv + make_interval(hours => CASE WHEN a.test IN (1, 2, 3, 4) THEN 96 + fixture_gen.n('acomp', a.id, 360) WHEN a.test = 5 THEN 720 + fixture_gen.n('acomp', a.id, 700)
      WHEN a.test IN (14, 15) THEN 1000 + fixture_gen.n('acomp', a.id, 340) WHEN a.test IN (16, 17) THEN 1100 + fixture_gen.n('acomp', a.id, 240) ELSE 3 + fixture_gen.n('acomp', a.id, 44) END),
  tech = CASE WHEN a.test IN (1, 2, 3, 4, 5, 30) THEN (ARRAY[2, 5, 8, 14, 17, 24])[1 + fixture_gen.n('atech', a.id, 6)]
              WHEN a.test BETWEEN 11 AND 18 THEN (ARRAY[6, 10, 18, 25, 30, 34])[1 + fixture_gen.n('atech', a.id, 6)]
              WHEN a.test IN (6, 7, 8, 9, 10, 19, 20, 21, 29) THEN (ARRAY[7, 11, 15, 22, 28, 31])[1 + fixture_gen.n('atech', a.id, 6)]
              ELSE (ARRAY[12, 23, 29, 32, 37, 41])[1 + fixture_gen.n('atech', a.id, 6)] END,
  bio = (ARRAY[3, 19, 35, 39, 42, 43])[1 + fixture_gen.n('abio', a.id, 6)]
FROM pgen.s sm WHERE sm.s = a.s;
UPDATE pgen.ar SET released = CASE WHEN stat = 6 THEN completed + make_interval(hours => 2 + fixture_gen.n('arel', id, 40)) END;
UPDATE pgen.ar c SET parent = p.id FROM pgen.ar p WHERE p.s = c.s AND ((c.test = 9 AND p.test = 8) OR (c.test IN (16, 17) AND p.test = 14) OR (c.test = 7 AND p.test = 6));

CREATE TABLE analysis (
    id numeric(10) PRIMARY KEY, sampitem_id numeric(10) NOT NULL, test_sect_id numeric(10), test_id numeric(10), revision numeric, status varchar(1), analysis_type varchar(10),
    started_date timestamp, completed_date timestamp, released_date timestamp, printed_date timestamp, is_reportable varchar(1), so_send_ready_date timestamp,
    so_client_reference varchar(20), so_notify_received_date timestamp, so_notify_send_date timestamp, so_send_date timestamp, so_send_entry_by varchar(20),
    so_send_entry_date timestamp, parent_analysis_id numeric(10), parent_result_id numeric(10), reflex_trigger varchar(1), status_id numeric(10), lastupdated timestamp,
    entry_date timestamp, panel_id numeric(10), triggered_reflex boolean DEFAULT false, resolved_reflex boolean DEFAULT false, sample_type_name varchar(40),
    corrected_since_patient_report boolean DEFAULT false, referred_out boolean DEFAULT false, fhir_uuid uuid
);
INSERT INTO analysis
SELECT a.id, a.it, t.test_section_id, a.test, CASE WHEN fixture_gen.n('arev', a.id, 25) = 0 THEN 1 ELSE 0 END, NULL,
       CASE WHEN a.test IN (1, 2, 3, 4, 6, 11, 14, 22, 23, 24, 25, 26, 27, 28, 30) THEN 'AUTO' ELSE 'MANUAL' END,
       CASE WHEN a.stat <> 1 THEN a.started END, CASE WHEN a.stat IN (4, 6) THEN a.completed END, a.released,
       CASE WHEN a.stat = 6 AND fixture_gen.n('aprint', a.id, 4) > 0 THEN a.released + make_interval(hours => 1 + fixture_gen.n('aprh', a.id, 30)) END,
       'Y', NULL, NULL, NULL, NULL, NULL, NULL, NULL, a.parent, NULL, CASE WHEN a.test IN (8, 14) THEN 'Y' ELSE 'N' END, a.stat,
       coalesce(a.released, a.completed, sm.ent) + make_interval(mins => fixture_gen.n('alu', a.id, 50)), sm.ent, a.panel,
       a.test IN (8, 14) AND EXISTS (SELECT 1 FROM pgen.ar c WHERE c.parent = a.id), a.test IN (8, 14) AND EXISTS (SELECT 1 FROM pgen.ar c WHERE c.parent = a.id AND c.stat = 6),
       tos.description, a.stat = 6 AND fixture_gen.n('acorr', a.id, 80) = 0, false, fixture_gen.uuid('afhir', a.id)::uuid
FROM pgen.ar a JOIN test t ON t.id = a.test JOIN pgen.s sm ON sm.s = a.s JOIN pgen.it it ON it.id = a.it JOIN type_of_sample tos ON tos.id = it.tos ORDER BY a.id;

-- Results of analyses that have one (entered or validated).
CREATE TABLE result (
    id numeric(10) PRIMARY KEY, analysis_id numeric(10) NOT NULL, analyte_id numeric(10), result_type varchar(1) NOT NULL, value varchar(300), test_result_id numeric(10),
    sort_order numeric NOT NULL, is_reportable varchar(1), lastupdated timestamp, min_normal double precision, max_normal double precision, parent_id numeric(10),
    abnormal boolean DEFAULT false, significant_digits integer, fhir_uuid uuid
);
INSERT INTO result (id, analysis_id, analyte_id, result_type, value, test_result_id, sort_order, is_reportable, lastupdated, min_normal, max_normal, parent_id, abnormal, significant_digits, fhir_uuid)
SELECT 10000 + a.id, a.id, NULL, pt.rt, v.value,
       coalesce((SELECT tr.id FROM test_result tr WHERE tr.test_id = a.test AND tr.value = v.value), 200 + a.test), 1, 'Y',
       a.completed + make_interval(mins => fixture_gen.n('rlu', a.id, 300)), rng.lo, rng.hi, NULL,
       CASE WHEN pt.rt = 'D' THEN coalesce((SELECT tr.abnormal FROM test_result tr WHERE tr.test_id = a.test AND tr.value = v.value), false)
            WHEN pt.rt = 'N' THEN v.value::numeric < rng.lo OR v.value::numeric > rng.hi
            WHEN pt.rt = 'A' THEN v.value ~ '^[0-9]+$' AND v.value::numeric >= 1000 ELSE false END,
       CASE WHEN pt.rt = 'N' THEN CASE WHEN a.test IN (22, 23, 28) THEN 1 ELSE 0 END END, fixture_gen.uuid('rfhir', a.id)::uuid
FROM pgen.ar a JOIN pgen.t pt ON pt.id = a.test
CROSS JOIN LATERAL (SELECT CASE
    WHEN a.test IN (1, 2, 3) THEN CASE WHEN a.r < 52 THEN CASE a.test WHEN 1 THEN '< 40' WHEN 2 THEN '< 20' ELSE '< 839' END WHEN a.r < 60 THEN 'Non détecté'
         WHEN a.r < 74 THEN (40 + fixture_gen.n('rvl1', a.id, 960))::text WHEN a.r < 91 THEN (1000 + fixture_gen.n('rvl2', a.id, 99000))::text ELSE (100000 + fixture_gen.n('rvl3', a.id, 2900000))::text END
    WHEN a.test = 4 THEN CASE WHEN a.r < 88 THEN '1002' WHEN a.r < 96 THEN '1001' ELSE '1003' END
    WHEN a.test = 5 THEN fixture_gen.pick(ARRAY[
         'Mutations INNTI : K103N. Mutations INTI : M184V. Résistance élevée EFV/NVP et 3TC/FTC ; sensible TDF, AZT ; INI non séquencé.',
         'Aucune mutation de résistance majeure détectée (RT, PR). Échec probablement lié à l''observance.',
         'Mutations INTI : M184V, K65R. INNTI : Y181C, G190A. Résistance élevée 3TC/FTC, TDF ; résistance intermédiaire ETR.',
         'Intégrase : R263K. Résistance faible au DTG. Sous-type CRF02_AG.',
         'Amplification échouée (CV insuffisante), nouvel échantillon à envoyer si CV > 1000 copies/mL.'], 'rgeno', a.id)
    WHEN a.test = 6 THEN (15 + fixture_gen.n('rcd4', a.id, 700) + fixture_gen.n('rcd4b', a.id, 700))::text
    WHEN a.test = 7 THEN (2 + fixture_gen.n('rcd4p', a.id, 44))::text
    WHEN a.test = 8 THEN CASE WHEN a.r < 35 OR EXISTS (SELECT 1 FROM pgen.ar c WHERE c.parent = a.id) THEN '1004' ELSE '1005' END
    WHEN a.test = 9 THEN CASE WHEN a.r < 85 THEN '1004' WHEN a.r < 95 THEN '1005' ELSE '1006' END
    WHEN a.test = 11 THEN CASE WHEN a.r < 68 THEN '1017' WHEN a.r < 74 THEN '1011' WHEN a.r < 80 THEN '1012' WHEN a.r < 86 THEN '1013' WHEN a.r < 90 THEN '1014' WHEN a.r < 94 THEN '1015' WHEN a.r < 98 THEN '1016' ELSE '1018' END
    WHEN a.test IN (12, 13) THEN CASE WHEN a.r < 74 THEN '1021' WHEN a.r < 80 THEN '1022' WHEN a.r < 88 THEN '1023' WHEN a.r < 94 THEN '1024' ELSE '1025' END
    WHEN a.test IN (14, 15) THEN CASE WHEN EXISTS (SELECT 1 FROM pgen.ar c WHERE c.parent = a.id) OR (a.r BETWEEN 58 AND 81) THEN '1031' WHEN a.r < 58 THEN '1033' WHEN a.r < 88 THEN '1032' ELSE '1034' END
    WHEN a.test IN (16, 17) THEN CASE WHEN a.r < 65 THEN '1041' WHEN a.r < 75 THEN '1042' WHEN a.r < 85 THEN '1043' ELSE '1044' END
    WHEN a.test = 18 THEN CASE WHEN a.r < 25 THEN '1007' ELSE '1008' END
    WHEN a.test = 29 THEN CASE WHEN a.r < 20 THEN '1007' ELSE '1008' END
    WHEN a.test IN (19, 20, 21) THEN CASE WHEN a.r < 12 THEN '1004' ELSE '1005' END
    WHEN a.test = 22 THEN to_char(6.0 + fixture_gen.n('rhb', a.id, 110) / 10.0, 'FM990.0')
    WHEN a.test = 23 THEN to_char(2.0 + fixture_gen.n('rgb', a.id, 130) / 10.0, 'FM990.0')
    WHEN a.test = 24 THEN (60 + fixture_gen.n('rplq', a.id, 420))::text
    WHEN a.test = 25 THEN (45 + fixture_gen.n('rcrea', a.id, 120) + fixture_gen.n('rcreb', a.id, 3) * fixture_gen.n('rcrec', a.id, 120))::text
    WHEN a.test = 26 THEN (6 + fixture_gen.n('ralat', a.id, 70) + fixture_gen.n('ralab', a.id, 4) * fixture_gen.n('ralac', a.id, 30))::text
    WHEN a.test = 27 THEN (8 + fixture_gen.n('rasat', a.id, 70) + fixture_gen.n('rasab', a.id, 4) * fixture_gen.n('rasac', a.id, 30))::text
    WHEN a.test = 28 THEN to_char(3.5 + fixture_gen.n('rgly', a.id, 110) / 10.0, 'FM990.0')
    WHEN a.test = 30 THEN CASE WHEN a.r < 40 THEN '< 10' ELSE (10 + fixture_gen.n('rvhb', a.id, 5000000))::text END END AS value) v
CROSS JOIN LATERAL (SELECT CASE a.test WHEN 22 THEN 12.0 WHEN 23 THEN 4.0 WHEN 24 THEN 150 WHEN 25 THEN 53 WHEN 26 THEN 0 WHEN 27 THEN 0 WHEN 28 THEN 3.9 WHEN 6 THEN 500 WHEN 7 THEN 29 END AS lo,
                           CASE a.test WHEN 22 THEN 16.5 WHEN 23 THEN 10.0 WHEN 24 THEN 400 WHEN 25 THEN 115 WHEN 26 THEN 40 WHEN 27 THEN 40 WHEN 28 THEN 6.1 WHEN 6 THEN 1500 WHEN 7 THEN 60 END AS hi) rng
WHERE a.stat IN (4, 6) ORDER BY a.id;

CREATE TABLE result_signature (
    id numeric(10) PRIMARY KEY, result_id numeric(10) NOT NULL, system_user_id numeric(10), is_supervisor boolean NOT NULL, lastupdated timestamp, non_user_name varchar(60)
);
INSERT INTO result_signature (id, result_id, system_user_id, is_supervisor, lastupdated, non_user_name)
SELECT row_number() OVER (ORDER BY x.rid, x.sup), x.rid, x.uid, x.sup, x.lu, x.nun FROM (
  SELECT r.id AS rid, CASE WHEN a.test = 5 OR fixture_gen.n('rsnu', a.id, 30) = 0 THEN NULL ELSE a.tech END AS uid, false AS sup, r.lastupdated AS lu,
         CASE WHEN a.test = 5 THEN fixture_gen.pick(ARRAY['Dr Aka Brou-Kouassi (IPCI)', 'Pr Élise Kacou-N''Dri', 'Dr Koffi Anoh Ehui'], 'rsgeno', a.id)
              WHEN fixture_gen.n('rsnu', a.id, 30) = 0 THEN fixture_gen.pick(ARRAY['Stagiaire Yapi Kra', 'Stagiaire Sanogo Djeneba', 'M. Gbaka Serge (intérim)', 'Mlle Cissé Awa (INFAS)'], 'rsnun', a.id) END AS nun
  FROM result r JOIN pgen.ar a ON a.id = r.analysis_id
  UNION ALL
  SELECT r.id, a.bio, true, a.released, NULL FROM result r JOIN pgen.ar a ON a.id = r.analysis_id WHERE a.stat = 6 AND fixture_gen.n('rssup', a.id, 10) < 7) x;

-- ---------------------------------------------------------------------------
-- Referrals: genotyping to the Institut Pasteur or CeDReS, second-line LPA
-- to the supranational laboratory, viral loads during the November 2023
-- breakdown of the m2000.

CREATE TABLE pgen.rf (id serial PRIMARY KEY, a int, org int, reason int);
INSERT INTO pgen.rf (a, org, reason)
SELECT a.id, CASE WHEN a.test = 5 THEN CASE WHEN a.id % 2 = 0 THEN 34 ELSE 35 END WHEN a.test = 17 THEN 36 ELSE 35 END,
       CASE WHEN a.test = 5 THEN 1 WHEN a.test = 17 THEN 2 ELSE 3 END
FROM pgen.ar a JOIN pgen.s s ON s.s = a.s
WHERE a.test = 5 OR (a.test = 17 AND a.id % 3 <> 0) OR (a.test = 1 AND s.recv BETWEEN timestamp '2023-10-20' AND timestamp '2023-12-10') OR (a.test IN (6, 11) AND fixture_gen.n('rfx', a.id, 40) = 0)
ORDER BY a.id;
UPDATE pgen.rf SET reason = 4 WHERE reason = 3 AND a IN (SELECT id FROM pgen.ar WHERE test IN (6, 11));

CREATE TABLE referral (
    id numeric(10) PRIMARY KEY, analysis_id numeric(10) NOT NULL, organization_id numeric(10), organization_name varchar(60), send_ready_date timestamp, sent_date timestamp,
    result_recieved_date timestamp, referral_reason_id numeric(10), referral_type_id numeric(10), requester_name varchar(60), lastupdated timestamp, canceled boolean DEFAULT false,
    referral_request_date timestamp
);
INSERT INTO referral
SELECT rf.id, rf.a, rf.org, o.name, a.started, a.started + make_interval(hours => 20 + fixture_gen.n('rfsent', rf.id, 50)),
       CASE WHEN a.stat IN (4, 6) THEN greatest(a.completed, a.started + make_interval(days => 3 + fixture_gen.n('rfrecd', rf.id, 9), hours => 20 + fixture_gen.n('rfsent', rf.id, 50))) END, rf.reason, CASE rf.reason WHEN 2 THEN 1101 WHEN 3 THEN 1103 ELSE 1102 END,
       CASE WHEN fixture_gen.n('rfreq', rf.id, 3) = 0 THEN su.first_name || ' ' || su.last_name
            ELSE 'Dr ' || pr.first || ' ' || upper(pr.last) END,
       coalesce(greatest(a.completed, a.started + make_interval(days => 3 + fixture_gen.n('rfrecd', rf.id, 9), hours => 20 + fixture_gen.n('rfsent', rf.id, 50))), a.started) + interval '3 hours', a.stat = 15, sm.recv
FROM pgen.rf rf JOIN pgen.ar a ON a.id = rf.a JOIN organization o ON o.id = rf.org JOIN pgen.s sm ON sm.s = a.s JOIN pgen.p pr ON pr.i = sm.prov
JOIN system_user su ON su.id = a.bio ORDER BY rf.id;

UPDATE analysis an SET referred_out = true, so_send_ready_date = r.send_ready_date,
  so_client_reference = (SELECT short_name FROM organization o WHERE o.id = r.organization_id) || '-' || to_char(r.sent_date, 'YY') || '-' || lpad((10 + fixture_gen.n('soref', r.id::int, 980))::text, 4, '0'),
  so_notify_received_date = r.result_recieved_date, so_notify_send_date = r.result_recieved_date + interval '1 day', so_send_date = r.sent_date,
  so_send_entry_by = (SELECT login_name FROM system_user su WHERE su.id = (SELECT tech FROM pgen.ar WHERE id = an.id::int)), so_send_entry_date = r.sent_date
FROM referral r WHERE r.analysis_id = an.id;

CREATE TABLE referral_result (
    id numeric(10) PRIMARY KEY, referral_id numeric(10) NOT NULL, test_id numeric(10), result_id numeric(10), referral_report_date timestamp, lastupdated timestamp
);
INSERT INTO referral_result
SELECT r.id, r.id, a.test_id, res.id, r.result_recieved_date - interval '1 day', coalesce(r.result_recieved_date, r.lastupdated)
FROM referral r JOIN analysis a ON a.id = r.analysis_id LEFT JOIN result res ON res.analysis_id = a.id ORDER BY r.id;

-- ---------------------------------------------------------------------------
-- Non-conformities and notes.

CREATE TABLE sample_qaevent (
    id numeric(10) PRIMARY KEY, qa_event_id numeric(10) NOT NULL, sample_id numeric(10) NOT NULL, completed_date timestamp, lastupdated timestamp, sampleitem_id numeric(10),
    entered_date timestamp
);
INSERT INTO sample_qaevent
SELECT row_number() OVER (ORDER BY x.s, x.q), x.q, x.s, x.cd, x.cd + interval '10 minutes', x.it, x.ed FROM (
  SELECT si.samp_id AS s, si.reject_reason_id AS q, si.id AS it, s.ent AS ed, s.ent + interval '2 hours' AS cd FROM sample_item si JOIN pgen.s s ON s.s = si.samp_id WHERE si.rejected
  UNION ALL
  SELECT s.s, (ARRAY[4, 6, 6, 7, 11, 12, 4, 6])[1 + fixture_gen.n('sqq', s.s, 8)], NULL, s.ent, CASE WHEN fixture_gen.n('sqc', s.s, 4) > 0 THEN s.ent + make_interval(hours => 1 + fixture_gen.n('sqch', s.s, 48)) END
  FROM pgen.s s WHERE fixture_gen.n('sqa', s.s, 12) = 0) x;

CREATE TABLE note (
    id numeric(10) PRIMARY KEY, sys_user_id numeric(10), reference_id numeric(10) NOT NULL, reference_table numeric(10) NOT NULL, note_type varchar(1), subject varchar(60),
    text varchar(1000), lastupdated timestamp
);
INSERT INTO note (id, sys_user_id, reference_id, reference_table, note_type, subject, text, lastupdated)
SELECT row_number() OVER (ORDER BY x.lu, x.ref), x.uid, x.ref, x.tbl, x.nt, x.subj, x.txt, x.lu FROM (
  SELECT CASE WHEN k.tp IN (0, 2, 3, 7, 9, 11, 13) THEN s.recep ELSE (SELECT tech FROM pgen.ar a WHERE a.s = s.s ORDER BY a.id LIMIT 1) END AS uid,
         CASE WHEN k.tp IN (4, 5, 6, 10, 12) AND EXISTS (SELECT 1 FROM result r JOIN pgen.ar a ON a.id = r.analysis_id WHERE a.s = s.s)
              THEN (SELECT min(r.id) FROM result r JOIN pgen.ar a ON a.id = r.analysis_id WHERE a.s = s.s) WHEN k.tp = 9 THEN s.pat ELSE s.s END AS ref,
         CASE WHEN k.tp IN (4, 5, 6, 10, 12) AND EXISTS (SELECT 1 FROM result r JOIN pgen.ar a ON a.id = r.analysis_id WHERE a.s = s.s) THEN 5 WHEN k.tp = 9 THEN 1 ELSE 3 END AS tbl,
         CASE WHEN k.tp IN (1, 4, 7, 13, 15) AND fixture_gen.n('nex', s.s, 2) = 0 THEN 'E' ELSE 'I' END AS nt,
         CASE WHEN k.tp IN (4, 5, 6, 10, 12) THEN 'Result Note' WHEN k.tp IN (0, 7, 13, 15) THEN 'QaEvent Note' WHEN k.tp = 9 THEN 'Patient Note' ELSE 'Sample Note' END AS subj,
         CASE k.tp
           WHEN 0 THEN 'Patient rappelé au ' || p.phone || ' pour nouveau prélèvement (échantillon hémolysé).'
           WHEN 1 THEN 'Dr ' || pr.first || ' ' || pr.last || ' (' || o.short_name || ') informé(e) par téléphone du résultat le ' || to_char(s.recv + interval '3 days', 'DD/MM/YYYY') || '.'
           WHEN 2 THEN 'Nom sur le tube : ' || upper(p.last) || ' ' || substr(p.first, 1, 3) || '., sur la fiche : ' || upper(p.last) || ' ' || p.first || '. Identité confirmée par le site.'
           WHEN 3 THEN 'Échantillon reçu à température ambiante, accepté après avis du biologiste.'
           WHEN 4 THEN 'Résultat contrôlé : répétition concordante.'
           WHEN 5 THEN 'Série relancée suite à une erreur de l''automate (code ' || (5001 + fixture_gen.n('ncode', s.s, 20)) || ').'
           WHEN 6 THEN 'Volume limite, analyse réalisée sans répétition.'
           WHEN 7 THEN 'Délai de transport de ' || (26 + fixture_gen.n('nh', s.s, 30)) || ' h, résultat à interpréter avec prudence.'
           WHEN 8 THEN CASE WHEN s.prog = 'EID' THEN 'La mère, Mme ' || m.first || ' ' || upper(m.last) || ', signale que l''enfant a reçu la névirapine à la naissance. Tél. ' || m.phone
                            ELSE 'Fiche reçue sans code ST, complétée par le site le ' || to_char(s.recv + interval '1 day', 'DD/MM/YYYY') || '.' END
           WHEN 9 THEN 'Résultat remis en main propre à ' || c.first || ' ' || upper(c.last) || ' (' || fixture_gen.pick(ARRAY['frère', 'époux', 'épouse', 'fille', 'sœur', 'oncle'], 'nrel', s.s)
                       || ') sur présentation de la CNI ' || c.cni || '.'
           WHEN 10 THEN CASE WHEN s.prog = 'VL' THEN 'Patient(e) ' || p.first || ' ' || upper(p.last) || ' à convoquer pour renforcement de l''observance (CV > 1000 copies/mL), prévenir le conseiller de ' || o.short_name || '.'
                             ELSE 'Valeur critique communiquée au service à ' || to_char(s.recv + interval '5 hours', 'HH24:MI') || '.' END
           WHEN 11 THEN 'Fiche sans renseignements cliniques ; demande complétée par téléphone avec l''infirmière ' || nu.first || ' ' || nu.last || ' (' || nu.phone || ').'
           WHEN 12 THEN 'Lot de réactif en fin de validité, contrôle interne conforme.'
           WHEN 13 THEN 'Crachat salivaire, bacilloscopie réalisée sous réserve.'
           WHEN 14 THEN 'Patiente enceinte (' || (12 + fixture_gen.n('nsa', s.s, 26)) || ' SA) selon la sage-femme, charge virale prioritaire.'
           ELSE 'Contamination de la culture, nouvel échantillon demandé au ' || o.name || '.' END AS txt,
         s.ent + make_interval(hours => 1 + fixture_gen.n('nlu', s.s, 120)) AS lu
  FROM pgen.s s JOIN pgen.p p ON p.i = s.pat JOIN pgen.p pr ON pr.i = s.prov JOIN organization o ON o.id = s.site
  JOIN pgen.p nu ON nu.i = 1001 + fixture_gen.n('nnu', s.s, 80)
  JOIN pgen.p c ON c.i = 1001 + fixture_gen.n('ncon', s.s, 80)
  LEFT JOIN pgen.mother mo ON mo.child = s.pat LEFT JOIN pgen.p m ON m.i = mo.mother
  CROSS JOIN LATERAL (SELECT CASE WHEN s.prog = 'EID' AND fixture_gen.n('neid', s.s, 2) = 0 THEN 8 WHEN s.prog = 'TB' AND fixture_gen.n('ntb', s.s, 3) = 0 THEN (ARRAY[13, 15, 1])[1 + fixture_gen.n('ntbt', s.s, 3)]
                              WHEN s.prog = 'VL' AND p.sex = 'F' AND fixture_gen.n('npr', s.s, 6) = 0 THEN 14 ELSE fixture_gen.n('ntpl', s.s, 13) END AS tp) k
  WHERE fixture_gen.n('nhas', s.s, 20) < 9
) x;

-- ---------------------------------------------------------------------------
-- Observation history: the request form's answers, per sample.

CREATE TABLE observation_history (
    id numeric(10) PRIMARY KEY, patient_id numeric(10), sample_id numeric(10), observation_history_type_id numeric(10) NOT NULL, value_type varchar(5), value varchar(255),
    lastupdated timestamp, sample_item_id numeric(10)
);
INSERT INTO observation_history (id, patient_id, sample_id, observation_history_type_id, value_type, value, lastupdated, sample_item_id)
SELECT row_number() OVER (ORDER BY x.s, x.t), x.pat, x.s, x.t, x.vt, x.v, x.lu, NULL FROM (
  SELECT s.s, s.pat, o.t, CASE WHEN o.v ~ '^10[0-9][0-9]$' THEN 'D' ELSE 'L' END AS vt, o.v, s.ent AS lu
  FROM pgen.s s JOIN pgen.p p ON p.i = s.pat JOIN pgen.p pr ON pr.i = s.prov JOIN pgen.p sp ON sp.i = 1001 + fixture_gen.n('ohsp', s.s, 80)
  CROSS JOIN LATERAL (VALUES
    (1, CASE s.prog WHEN 'VL' THEN CASE WHEN s.s <= 320 THEN 'VL_Id' ELSE 'FollowUpARV_Id' END WHEN 'EID' THEN 'EID_Id' WHEN 'TB' THEN 'TB_Id' WHEN 'DX' THEN 'Routine_Id' END),
    (2, CASE WHEN s.prog = 'TB' THEN (ARRAY['1091', '1092', '1093', '1092'])[1 + fixture_gen.n('ohhiv', s.s, 4)] END),
    (3, CASE WHEN s.prog = 'VL' AND p.sex = 'F' AND p.dob > date '1976-01-01' THEN CASE WHEN fixture_gen.n('ohpreg', s.s, 8) = 0 THEN '1091' ELSE '1092' END END),
    (4, CASE WHEN s.prog = 'EID' OR (s.prog = 'VL' AND p.sex = 'F' AND fixture_gen.n('ohsuck', s.s, 10) = 0) THEN (ARRAY['1091', '1092', '1091'])[1 + fixture_gen.n('ohsk', s.s, 3)] END),
    (5, CASE WHEN s.prog = 'VL' THEN '1091' END),
    (6, CASE WHEN s.prog = 'VL' THEN fixture_gen.pick(ARRAY['TDF+3TC+DTG', 'TDF+3TC+DTG', 'TDF+3TC+DTG', 'TDF+3TC+EFV', 'AZT+3TC+NVP', 'ABC+3TC+DTG', 'AZT+3TC+LPV/r', 'TDF+3TC+ATV/r'], 'ohreg', s.s) END),
    (7, CASE WHEN s.prog = 'VL' AND fixture_gen.n('ohinit', s.s, 10) < 7 THEN to_char(date '2006-01-01' + fixture_gen.n('ohinitd', s.pat, 6200), 'DD/MM/YYYY') END),
    (8, CASE WHEN s.prog = 'VL' THEN (ARRAY['1051', '1051', '1052', '1052', '1053', '1054', '1055', '1056'])[1 + fixture_gen.n('ohvlr', s.s, 8)] END),
    (9, CASE WHEN s.prog = 'VL' AND fixture_gen.n('ohvlr', s.s, 8) = 7 THEN fixture_gen.pick(ARRAY['Bilan avant changement de ligne', 'Demande du médecin traitant',
         'Patient transféré de ' || (SELECT name FROM organization WHERE id = 6), 'Contrôle après hospitalisation pour tuberculose', 'Suspicion de mauvaise observance, vit seul chez son oncle'], 'ohvlo', s.s) END),
    (10, CASE WHEN s.prog = 'VL' AND s.s <= 320 AND fixture_gen.n('ohcd4', s.s, 3) = 0 THEN (20 + fixture_gen.n('ohcd4v', s.s, 600))::text END),
    (11, CASE WHEN s.prog = 'VL' AND fixture_gen.n('ohpvl', s.s, 2) = 0 THEN CASE WHEN fixture_gen.n('ohpvlv', s.s, 3) = 0 THEN (1000 + fixture_gen.n('ohpvln', s.s, 90000))::text ELSE 'Indétectable' END END),
    (12, CASE WHEN s.prog = 'VL' AND fixture_gen.n('ohpvl', s.s, 2) = 0 THEN to_char(s.coll - make_interval(days => 150 + fixture_gen.n('ohpvld', s.s, 250)), 'DD/MM/YYYY') END),
    (13, CASE WHEN s.prog <> 'BIL' AND fixture_gen.n('ohdoc', s.s, 10) < 6 THEN CASE WHEN s.s % 3 = 0 THEN 'Dr ' || upper(pr.last) || ' ' || pr.first ELSE pr.first || ' ' || pr.last END END),
    (14, CASE WHEN s.prog IN ('VL', 'EID') AND fixture_gen.n('ohsamp', s.s, 10) < 2 THEN sp.first || ' ' || upper(sp.last) END),
    (15, CASE WHEN fixture_gen.n('ohsvc', s.s, 10) < 3 THEN fixture_gen.pick(ARRAY['Médecine interne', 'Pédiatrie', 'Maternité', 'USAC', 'Consultation externe', 'Pneumo-phtisiologie', 'Maladies infectieuses', 'PTME'], 'ohsvcv', s.s) END),
    (16, CASE WHEN fixture_gen.n('ohsvc', s.s, 10) < 3 THEN CASE WHEN fixture_gen.n('ohhosp', s.s, 4) = 0 THEN '1091' ELSE '1092' END END),
    (17, CASE WHEN s.prog = 'EID' THEN CASE WHEN fixture_gen.n('ohpcr', s.s, 4) = 0 THEN 'PCR2' ELSE 'PCR1' END END),
    (18, CASE WHEN s.prog = 'EID' THEN fixture_gen.pick(ARRAY['Névirapine sirop', 'AZT + NVP', 'Aucune', 'Névirapine sirop', 'Inconnue'], 'ohptme', s.s) END),
    (19, CASE WHEN s.prog = 'EID' THEN fixture_gen.pick(ARRAY['PTME', 'Vaccination', 'Pédiatrie', 'Malnutrition', 'Consultation enfant sain'], 'ohclin', s.s) END),
    (20, CASE WHEN s.prog = 'TB' THEN fixture_gen.pick(ARRAY['Nouveau cas', 'Nouveau cas', 'Nouveau cas', 'Rechute', 'Échec', 'Repris après perdu de vue', 'Contact TB-MR'], 'ohtbc', s.pat) END),
    (21, CASE WHEN s.prog = 'TB' THEN CASE WHEN s.s <= 320 THEN 'M0' ELSE fixture_gen.pick(ARRAY['M2', 'M5', 'M6'], 'ohtbm', s.s) END END),
    (22, CASE WHEN s.prog IN ('VL', 'EID', 'TB') AND fixture_gen.n('ohtel', s.s, 10) = 0 THEN p.phone END)) o(t, v)
  WHERE o.v IS NOT NULL) x;

-- ---------------------------------------------------------------------------
-- Electronic orders from the national EMR (DMI): HL7 v2 ORM^O01 messages
-- until July 2023, FHIR transaction bundles afterwards; some never matched.

CREATE TABLE pgen.eo (id serial PRIMARY KEY, s int, pat int, prov int, site int, ts timestamp, prog text, matched boolean);
INSERT INTO pgen.eo (s, pat, prov, site, ts, prog, matched)
SELECT s.s, s.pat, s.prov, s.site, s.coll - make_interval(mins => 20 + fixture_gen.n('eots', s.s, 600)), s.prog, true
FROM pgen.s s WHERE s.prog IN ('VL', 'EID') AND s.site IN (24, 23, 13, 22, 25, 26, 6, 29, 31) AND fixture_gen.n('eohas', s.s, 10) < 9 ORDER BY s.coll;
INSERT INTO pgen.eo (s, pat, prov, site, ts, prog, matched)
SELECT NULL, 1 + fixture_gen.n('eoup', k, 280), 2001 + fixture_gen.n('eouprov', k, 60), (ARRAY[24, 23, 13, 22, 25])[1 + fixture_gen.n('eousite', k, 5)],
       pgen.at('eouts', k, '2023-01-10', '2024-06-26'), 'VL', false
FROM generate_series(1, 22) k;

CREATE TABLE electronic_order (
    id numeric(10) PRIMARY KEY, external_id varchar(60) NOT NULL, status_id numeric(10), order_timestamp timestamp, data text, lastupdated timestamp,
    patient_id numeric(10), type varchar(20), priority varchar(20)
);
INSERT INTO electronic_order
SELECT e.id, CASE WHEN e.ts < timestamp '2023-07-01' THEN 'ORD' || fixture_gen.digits('eoext', e.id, 9) ELSE fixture_gen.uuid('eosr', e.id) END,
       CASE WHEN e.matched THEN 1112 WHEN e.id % 3 = 0 THEN 1113 ELSE 1114 END, e.ts,
       CASE WHEN e.ts < timestamp '2023-07-01' THEN
         'MSH|^~\&|DMI|' || o.local_abbrev || '|OpenELIS|LNR|' || to_char(e.ts, 'YYYYMMDDHH24MISS') || '||ORM^O01|MSG' || fixture_gen.digits('eomsg', e.id, 8) || '|P|2.5' || chr(13)
         || 'PID|1||' || CASE WHEN e.prog = 'EID' THEN pa.external_id || '^^^DMI^PI' ELSE coalesce(p.art || '^^^DMI^PI', '') END
         || CASE WHEN pa.national_id IS NOT NULL THEN '~' || replace(pa.national_id, ' ', '') || '^^^ONECI^NI' ELSE '' END
         || '||' || upper(p.last) || '^' || p.first || coalesce('^' || p.middle, '') || '||' || to_char(p.dob, 'YYYYMMDD') || '|' || p.sex || '|||' || coalesce(p.street, '') || '^^' || p.city || '^^^CI||' || p.phone || chr(13)
         || CASE WHEN e.prog = 'EID' THEN 'NK1|1|' || upper(m.last) || '^' || m.first || '|MTH^Mère^HL70063|||' || m.phone || chr(13) ELSE '' END
         || 'PV1|1|O|' || o.short_name || chr(13)
         || 'ORC|NW|' || 'ORD' || fixture_gen.digits('eoext', e.id, 9) || '|||||||' || to_char(e.ts, 'YYYYMMDDHH24MISS') || '|||' || (e.prov - 2000) || '^' || upper(pr.last) || '^' || pr.first || chr(13)
         || 'OBR|1|' || 'ORD' || fixture_gen.digits('eoext', e.id, 9) || '||' || CASE WHEN e.prog = 'EID' THEN '44871-2^PCR ADN VIH-1^LN' ELSE '25836-8^Charge virale VIH-1^LN' END || '|||' || to_char(e.ts, 'YYYYMMDDHH24MISS') || chr(13)
       ELSE jsonb_build_object('resourceType', 'Bundle', 'type', 'transaction', 'timestamp', to_char(e.ts, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'), 'entry', jsonb_build_array(
           jsonb_build_object('fullUrl', 'urn:uuid:' || fixture_gen.uuid('eopat', e.id), 'resource', jsonb_strip_nulls(jsonb_build_object('resourceType', 'Patient', 'id', fixture_gen.uuid('eopat', e.id),
             'identifier', jsonb_build_array(jsonb_build_object('system', 'http://dmi.sante.example/fhir/identifier/code-patient', 'value', CASE WHEN e.prog = 'EID' THEN pa.external_id ELSE p.art END))
               || CASE WHEN pa.national_id IS NOT NULL THEN jsonb_build_array(jsonb_build_object('system', 'http://oneci.example/fhir/identifier/cni', 'value', pa.national_id)) ELSE '[]'::jsonb END,
             'name', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('family', upper(p.last), 'given', CASE WHEN p.middle IS NULL THEN jsonb_build_array(p.first) ELSE jsonb_build_array(p.first, p.middle) END))),
             'gender', CASE p.sex WHEN 'F' THEN 'female' ELSE 'male' END, 'birthDate', to_char(p.dob, 'YYYY-MM-DD'),
             'telecom', jsonb_build_array(jsonb_build_object('system', 'phone', 'value', p.phone, 'use', 'mobile')),
             'address', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('line', CASE WHEN p.street IS NOT NULL THEN jsonb_build_array(p.street) END, 'district', p.quartier, 'city', p.city, 'country', 'CI'))),
             'contact', CASE WHEN e.prog = 'EID' THEN jsonb_build_array(jsonb_build_object('relationship', jsonb_build_array(jsonb_build_object('text', 'Mère')),
                 'name', jsonb_build_object('family', upper(m.last), 'given', jsonb_build_array(m.first)), 'telecom', jsonb_build_array(jsonb_build_object('system', 'phone', 'value', m.phone)))) END))),
           jsonb_build_object('fullUrl', 'urn:uuid:' || fixture_gen.uuid('eosr', e.id), 'resource', jsonb_build_object('resourceType', 'ServiceRequest', 'id', fixture_gen.uuid('eosr', e.id), 'status', 'active', 'intent', 'order',
             'priority', CASE WHEN e.id % 17 = 0 THEN 'stat' ELSE 'routine' END,
             'code', jsonb_build_object('coding', jsonb_build_array(jsonb_build_object('system', 'http://loinc.org', 'code', CASE WHEN e.prog = 'EID' THEN '44871-2' ELSE '25836-8' END,
                'display', CASE WHEN e.prog = 'EID' THEN 'PCR ADN VIH-1' ELSE 'Charge virale VIH-1' END))),
             'subject', jsonb_build_object('reference', 'urn:uuid:' || fixture_gen.uuid('eopat', e.id)), 'authoredOn', to_char(e.ts, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
             'requester', jsonb_build_object('reference', 'Practitioner/' || fixture_gen.uuid('prextu', e.prov), 'display', 'Dr ' || pr.first || ' ' || upper(pr.last)),
             'locationCode', jsonb_build_array(jsonb_build_object('text', o.name)))),
           jsonb_build_object('fullUrl', 'urn:uuid:' || fixture_gen.uuid('eotask', e.id), 'resource', jsonb_build_object('resourceType', 'Task', 'id', fixture_gen.uuid('eotask', e.id), 'status', 'requested', 'intent', 'order',
             'basedOn', jsonb_build_array(jsonb_build_object('reference', 'ServiceRequest/' || fixture_gen.uuid('eosr', e.id))), 'owner', jsonb_build_object('reference', 'Organization/' || (SELECT fhir_uuid FROM organization WHERE id = 1)))))
         )::text END,
       e.ts + make_interval(hours => 2 + fixture_gen.n('eolu', e.id, 200)), CASE WHEN e.matched OR e.id % 2 = 0 THEN e.pat END,
       CASE WHEN e.ts < timestamp '2023-07-01' THEN 'HL7_V2' ELSE 'FHIR' END, CASE WHEN e.id % 17 = 0 THEN 'STAT' ELSE 'ROUTINE' END
FROM pgen.eo e JOIN pgen.p p ON p.i = e.pat JOIN patient pa ON pa.id = e.pat JOIN pgen.p pr ON pr.i = e.prov JOIN organization o ON o.id = e.site
LEFT JOIN pgen.mother mo ON mo.child = e.pat LEFT JOIN pgen.p m ON m.i = mo.mother
ORDER BY e.id;

-- ---------------------------------------------------------------------------
-- Audit history: the old values of a changed row, as XML in a bytea.

CREATE TABLE history (
    id numeric(10) PRIMARY KEY, sys_user_id numeric(10) NOT NULL, reference_id numeric(10) NOT NULL, reference_table numeric(10) NOT NULL, timestamp timestamp NOT NULL,
    activity varchar(1) NOT NULL, changes bytea
);
INSERT INTO history
SELECT k, (ARRAY[4, 9, 13, 16, 21, 26, 33, 36, 3, 19])[1 + fixture_gen.n('hu', k, 10)],
       CASE t WHEN 1 THEN pid WHEN 2 THEN pid WHEN 3 THEN sid WHEN 4 THEN (SELECT min(id) FROM pgen.ar WHERE s = sid) WHEN 5 THEN (SELECT min(r.id) FROM result r JOIN pgen.ar a ON a.id = r.analysis_id WHERE a.s = sid) ELSE
         (SELECT min(pi.id) FROM patient_identity pi WHERE pi.patient_id = pid) END,
       t, pgen.at('hts', k, '2023-01-20', '2024-06-27'), CASE WHEN t = 6 THEN 'D' ELSE 'U' END,
       convert_to(CASE t
         WHEN 1 THEN '<patient><nationalId>' || coalesce(p.cni, '') || '</nationalId><birthDate>' || to_char(p.dob - 365 * (1 + k % 3), 'YYYY-MM-DD') || ' 00:00:00.0</birthDate><gender>' || p.sex || '</gender>'
                     || '<externalId>' || p.art || '</externalId></patient>'
         WHEN 2 THEN '<person><lastName>' || upper(p.last) || '</lastName><firstName>' || p.first || '</firstName><cellPhone>' || pgen.ciphone('hold', k) || '</cellPhone>'
                     || '<streetAddress>' || coalesce(p.street, '') || '</streetAddress><city>' || p.city || '</city></person>'
         WHEN 3 THEN '<sample><collectionDate>' || to_char((SELECT coll - interval '1 day' FROM pgen.s WHERE s = sid), 'YYYY-MM-DD HH24:MI:SS') || '.0</collectionDate><statusId>2</statusId></sample>'
         WHEN 4 THEN '<analysis><statusId>4</statusId><revision>0</revision></analysis>'
         WHEN 5 THEN '<result><value>' || (SELECT r.value FROM result r JOIN pgen.ar a ON a.id = r.analysis_id WHERE a.s = sid ORDER BY r.id LIMIT 1) || '</value><abnormal>false</abnormal></result>'
         ELSE '<patientIdentity><identityTypeId>' || (SELECT pi.identity_type_id FROM patient_identity pi WHERE pi.patient_id = pid ORDER BY pi.id LIMIT 1) || '</identityTypeId><identityData>'
                     || (SELECT pi.identity_data FROM patient_identity pi WHERE pi.patient_id = pid ORDER BY pi.id LIMIT 1) || '</identityData></patientIdentity>' END, 'UTF8')
FROM generate_series(1, 230) k
CROSS JOIN LATERAL (SELECT (ARRAY[1, 2, 2, 3, 4, 5, 5, 6, 2, 5])[1 + fixture_gen.n('ht', k, 10)] AS t, 1 + fixture_gen.n('hs', k, 320) AS sid) x
JOIN pgen.s s ON s.s = x.sid
CROSS JOIN LATERAL (SELECT s.pat AS pid) y
JOIN pgen.p p ON p.i = y.pid
WHERE t <> 5 OR EXISTS (SELECT 1 FROM result r JOIN pgen.ar a ON a.id = r.analysis_id WHERE a.s = sid);

-- ---------------------------------------------------------------------------
-- Aggregate indicator exports to the programme's server, printed reports.

CREATE TABLE report_external_export (
    id numeric(10) PRIMARY KEY, event_date timestamp NOT NULL, collection_date timestamp NOT NULL, sent_date timestamp, type numeric(10) NOT NULL, data text,
    lastupdated timestamp, send_flag boolean DEFAULT false, bookkeeping text
);
INSERT INTO report_external_export
SELECT k, d, d + interval '1 day 2 hours', CASE WHEN k < 70 THEN d + interval '1 day 2 hours 5 minutes' END, CASE WHEN k % 4 = 0 THEN 2 ELSE 1 END,
       CASE WHEN k % 4 = 0 THEN jsonb_build_object('siteCode', '0001', 'week', to_char(d, 'IYYY-"W"IW'), 'testUsage', jsonb_build_array(
             jsonb_build_object('test', 'CVABB', 'count', 40 + fixture_gen.n('rexa', k, 160)), jsonb_build_object('test', 'CVCOB', 'count', 60 + fixture_gen.n('rexb', k, 300)),
             jsonb_build_object('test', 'XPERT', 'count', 30 + fixture_gen.n('rexc', k, 90)), jsonb_build_object('test', 'CD4', 'count', 10 + fixture_gen.n('rexd', k, 60))))::text
            ELSE '<indicators site="0001" date="' || to_char(d, 'YYYY-MM-DD') || '"><received>' || (80 + fixture_gen.n('rexr', k, 200)) || '</received><completed>' || (70 + fixture_gen.n('rexcmp', k, 190))
              || '</completed><rejected>' || fixture_gen.n('rexrj', k, 9) || '</rejected><vlSuppressed>' || (60 + fixture_gen.n('rexs', k, 120)) || '</vlSuppressed><mtbDetected>' || fixture_gen.n('rexm', k, 14)
              || '</mtbDetected><rifResistant>' || fixture_gen.n('rexrr', k, 2) || '</rifResistant><turnaroundDaysMedian>' || (4 + fixture_gen.n('rext', k, 9)) || '</turnaroundDaysMedian></indicators>' END,
       d + interval '1 day 2 hours 6 minutes', k < 70, CASE WHEN k < 70 THEN 'HTTP 200; attempts=' || (1 + fixture_gen.n('rexatt', k, 3)) ELSE 'HTTP 503; retry scheduled' END
FROM generate_series(1, 74) k CROSS JOIN LATERAL (SELECT timestamp '2023-01-02' + make_interval(days => 7 * k) AS d) z;

CREATE TABLE document_track (
    id numeric(10) PRIMARY KEY, table_id numeric(10) NOT NULL, row_id numeric(10) NOT NULL, document_type_id numeric(10) NOT NULL, parent_id numeric(10),
    report_generation_time timestamp, lastupdated timestamp, document_name varchar(80)
);
INSERT INTO document_track
SELECT row_number() OVER (ORDER BY x.t, x.sid), 3, x.sid, x.dt, NULL, x.t, x.t, x.nm FROM (
  SELECT s.s AS sid, 1 AS dt, (SELECT max(released) FROM pgen.ar a WHERE a.s = s.s) + interval '3 hours' AS t,
         CASE s.prog WHEN 'VL' THEN 'patientHIVVL' WHEN 'EID' THEN 'patientEID' WHEN 'TB' THEN 'patientTB' ELSE 'patientRoutine' END AS nm
  FROM pgen.s s WHERE s.done AND fixture_gen.n('dtp', s.s, 10) < 7 AND EXISTS (SELECT 1 FROM pgen.ar a WHERE a.s = s.s AND a.released IS NOT NULL)
  UNION ALL
  SELECT q.sample_id::int, 2, q.entered_date + interval '4 hours', 'nonConformityNotification' FROM sample_qaevent q) x;
UPDATE document_track d SET parent_id = p.id FROM document_track p
WHERE p.row_id = d.row_id AND p.document_type_id = 1 AND d.document_type_id = 1 AND p.id < d.id;
INSERT INTO document_track
SELECT 1000 + d.id, 3, d.row_id, 1, d.id, d.report_generation_time + make_interval(days => 1 + fixture_gen.n('dtr', d.id::int, 20)), d.report_generation_time + make_interval(days => 1 + fixture_gen.n('dtr', d.id::int, 20)), d.document_name
FROM document_track d WHERE d.document_type_id = 1 AND fixture_gen.n('dtre', d.id::int, 8) = 0;

-- ---------------------------------------------------------------------------
-- Site configuration: one name/value store for display settings, the lab
-- director, mail, FHIR, patient search and aggregation credentials.

CREATE TABLE site_information (
    id numeric(10) PRIMARY KEY, name varchar(60) NOT NULL, lastupdated timestamp, description varchar(120), value varchar(200), encrypted boolean DEFAULT false,
    domain_id numeric(10), value_type varchar(10) NOT NULL DEFAULT 'text', instruction_key varchar(80), "group" integer NOT NULL DEFAULT 0, schedule_id numeric(10),
    tag varchar(20), dictionary_category_id numeric(10)
);
INSERT INTO site_information (id, name, description, value, encrypted, domain_id, value_type, instruction_key, "group", schedule_id, tag, dictionary_category_id, lastupdated)
SELECT row_number() OVER (), v.n, v.d, v.v, v.enc, v.dom, v.vt, CASE WHEN v.ik THEN 'instructions.' || replace(lower(v.n), ' ', '.') END, v.g, v.sch, v.tag, v.dc,
       timestamp '2019-05-06 09:00:00' + make_interval(days => fixture_gen.n('silu', length(v.n) * 31 + ascii(v.n), 1850), mins => fixture_gen.n('silum', ascii(v.n), 600))
FROM (VALUES
  ('siteNumber', 'Code du site', '0001', false, 1, 'text', true, 0, NULL::int, 'siteIdentity', NULL::int),
  ('SiteName', 'Nom du laboratoire', 'Laboratoire National de Référence VIH-TB', false, 1, 'text', true, 0, NULL, 'siteIdentity', NULL),
  ('appName', 'Nom de la configuration', 'CI LNR', false, 1, 'text', false, 0, NULL, 'siteIdentity', NULL),
  ('configuration name', 'Nom affiché dans l''en-tête', 'LNR VIH-TB - Abidjan', false, 1, 'text', true, 0, NULL, 'siteIdentity', NULL),
  ('Accession number prefix', 'Préfixe des numéros d''accession', 'LNR', false, 4, 'text', true, 0, NULL, 'sampleEntry', NULL),
  ('acessionFormat', 'Format du numéro d''accession', 'SITEYEARNUM', false, 4, 'text', true, 0, NULL, 'sampleEntry', NULL),
  ('lab director', 'Directeur du laboratoire (signature des comptes rendus)', 'Pr Amenan Rose Yapi-Ehui', false, 3, 'text', true, 0, NULL, 'printedReport', NULL),
  ('additional site info', 'Texte sous l''en-tête des comptes rendus', 'BP V 3 Abidjan - Tél. 27 21 24 90 17 - secretariat.lnr.vihtb@gmail.com', false, 3, 'text', true, 0, NULL, 'printedReport', NULL),
  ('headerLeftImage', 'Logo gauche', 'logo_ministere_sante.png', false, 3, 'logoUpload', false, 0, NULL, 'printedReport', NULL),
  ('headerRightImage', 'Logo droit', 'logo_lnr.png', false, 3, 'logoUpload', false, 0, NULL, 'printedReport', NULL),
  ('reportPageNumbers', 'Numéroter les pages', 'true', false, 3, 'boolean', false, 0, NULL, 'printedReport', NULL),
  ('default language locale', 'Langue par défaut', 'fr-FR', false, 1, 'text', true, 0, NULL, 'localization', NULL),
  ('default date locale', 'Format de date', 'fr-FR', false, 1, 'text', true, 0, NULL, 'localization', NULL),
  ('phone format', 'Format des numéros de téléphone', 'xx xx xx xx xx', false, 4, 'text', true, 0, NULL, 'sampleEntry', NULL),
  ('TrainingInstallation', 'Instance de formation', 'false', false, 1, 'boolean', true, 0, NULL, 'siteIdentity', NULL),
  ('validateAllResults', 'Valider tous les résultats', 'true', false, 2, 'boolean', true, 0, NULL, 'resultConfig', NULL),
  ('modify results', 'Autoriser la modification des résultats validés', 'true', false, 2, 'boolean', true, 0, NULL, 'resultConfig', NULL),
  ('modify results note required', 'Note obligatoire lors d''une modification', 'true', false, 2, 'boolean', true, 0, NULL, 'resultConfig', NULL),
  ('autoFillTechNameBox', 'Préremplir le nom du technicien', 'true', false, 2, 'boolean', true, 0, NULL, 'resultConfig', NULL),
  ('alertWhenInvalidResult', 'Alerte sur résultat hors limites', 'true', false, 2, 'boolean', true, 0, NULL, 'resultConfig', NULL),
  ('restrictFreeTextRefSiteEntry', 'Sites demandeurs : liste fermée', 'true', false, 4, 'boolean', true, 0, NULL, 'sampleEntry', NULL),
  ('restrictFreeTextProviderEntry', 'Prescripteurs : liste fermée', 'false', false, 4, 'boolean', true, 0, NULL, 'sampleEntry', NULL),
  ('ResultsResendTime', 'Délai de renvoi des résultats (minutes)', '30', false, 5, 'text', false, 0, NULL, 'externalConnection', NULL),
  ('useExternalPatientSource', 'Rechercher les patients dans le DMI', 'true', false, 5, 'boolean', true, 1, NULL, 'externalConnection', NULL),
  ('patientSearchURL', 'URL de recherche des patients', 'https://dmi.sante.example/openmrs/ws/rest/v1/patient', false, 5, 'text', true, 1, NULL, 'externalConnection', NULL),
  ('patientSearchLogOnUser', 'Compte de recherche des patients', 'openelis_lnr', false, 5, 'text', true, 1, NULL, 'externalConnection', NULL),
  ('patientSearchPassword', 'Mot de passe de recherche des patients', '@@pspw@@', true, 5, 'text', true, 1, NULL, 'externalConnection', NULL),
  ('testUsageReporting', 'Envoyer l''utilisation des tests', 'true', false, 5, 'boolean', true, 2, 1, 'externalConnection', NULL),
  ('testUsageAggregationUrl', 'Serveur d''agrégation', 'https://dhis2.pnls.example/api/dataValueSets', false, 5, 'text', true, 2, 1, 'externalConnection', NULL),
  ('testUsageAggregationUserName', 'Compte du serveur d''agrégation', 'lnr_sync', false, 5, 'text', true, 2, 1, 'externalConnection', NULL),
  ('testUsageAggregationPassword', 'Mot de passe du serveur d''agrégation', '@@aggpw@@', false, 5, 'text', true, 2, 1, 'externalConnection', NULL),
  ('resultReportingURL', 'Envoi des résultats au SIG du PNLS', '@@resurl@@', false, 5, 'text', true, 2, 2, 'externalConnection', NULL),
  ('smtp.server', 'Serveur SMTP', 'smtp.gmail.com', false, 6, 'text', false, 3, NULL, 'smtp', NULL),
  ('smtp.port', 'Port SMTP', '587', false, 6, 'text', false, 3, NULL, 'smtp', NULL),
  ('smtp.username', 'Compte SMTP', 'lnr.vihtb.notifications@gmail.com', false, 6, 'text', false, 3, NULL, 'smtp', NULL),
  ('smtp.password', 'Mot de passe d''application SMTP', '@@smtppw@@', false, 6, 'text', false, 3, NULL, 'smtp', NULL),
  ('smtp.from', 'Expéditeur des notifications', 'LNR VIH-TB <lnr.vihtb.notifications@gmail.com>', false, 6, 'text', false, 3, NULL, 'smtp', NULL),
  ('fhirServerUrl', 'Entrepôt FHIR local', 'https://fhir.lnr.example/fhir/', false, 7, 'text', false, 4, NULL, 'fhir', NULL),
  ('fhirServerUsername', 'Compte de l''entrepôt FHIR', 'openelis', false, 7, 'text', false, 4, NULL, 'fhir', NULL),
  ('fhirServerPassword', 'Mot de passe de l''entrepôt FHIR', '@@fhirpw@@', true, 7, 'text', false, 4, NULL, 'fhir', NULL),
  ('fhirSubscriber', 'Registre partagé abonné aux résultats', 'https://shr.sante.example/fhir', false, 7, 'text', false, 4, NULL, 'fhir', NULL),
  ('fhirSubscriberAuthorization', 'En-tête Authorization vers le registre partagé', '@@fhirauth@@', false, 7, 'text', false, 4, NULL, 'fhir', NULL),
  ('vlReasonDictionary', 'Motifs de demande de CV', '6', false, 4, 'dictionary', false, 0, NULL, 'sampleEntry', 6),
  ('healthRegionDictionary', 'Régions sanitaires', '7', false, 4, 'dictionary', false, 0, NULL, 'sampleEntry', 7)) v(n, d, v, enc, dom, vt, ik, g, sch, tag, dc);
UPDATE site_information SET value = replace(replace(replace(replace(replace(replace(value,
    '@@pspw@@', fixture_gen.b64('sipsps', 1, 24)),
    '@@aggpw@@', 'Lnr' || pgen.rnd('siagg', 1, 9) || '#2023'),
    '@@resurl@@', 'https://lnr_push:' || pgen.rnd('sires', 1, 14) || '@sig.pnls.example/api/v1/results'),
    '@@smtppw@@', fixture_gen.chars('sismtp', 1, 4, 'abcdefghijklmnopqrstuvwxyz') || ' ' || fixture_gen.chars('sismtp2', 1, 4, 'abcdefghijklmnopqrstuvwxyz') || ' '
                  || fixture_gen.chars('sismtp3', 1, 4, 'abcdefghijklmnopqrstuvwxyz') || ' ' || fixture_gen.chars('sismtp4', 1, 4, 'abcdefghijklmnopqrstuvwxyz')),
    '@@fhirpw@@', fixture_gen.b64('sifhir', 1, 32)),
    '@@fhirauth@@', 'Basic ' || translate(encode(convert_to('lnr-openelis:' || pgen.rnd('sishr', 1, 20), 'UTF8'), 'base64'), E'\n', ''));

-- ---------------------------------------------------------------------------
-- Results imported from the instruments, awaiting acceptance, and controls.

CREATE TABLE analyzer_results (
    id numeric(10) PRIMARY KEY, analyzer_id numeric(10) NOT NULL, accession_number varchar(20) NOT NULL, test_name varchar(40) NOT NULL, result varchar(120), units varchar(20),
    is_read_only boolean DEFAULT false, test_id numeric(10), duplicate_id numeric(10), positive boolean DEFAULT false, complete_date timestamp, lastupdated timestamp,
    test_result_type varchar(1)
);
INSERT INTO analyzer_results
SELECT row_number() OVER (ORDER BY x.cd, x.acc, x.tn), x.an, x.acc, x.tn, x.res, x.u, x.ro, x.tid, NULL, x.pos, x.cd, x.cd + interval '7 minutes', x.trt FROM (
  SELECT CASE a.test WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 2 WHEN 4 THEN 2 WHEN 11 THEN 3 WHEN 6 THEN 4 WHEN 22 THEN 7 WHEN 23 THEN 7 WHEN 24 THEN 7 ELSE 6 END AS an,
         s.acc, CASE a.test WHEN 1 THEN 'HIV1' WHEN 2 THEN 'HIV-1' WHEN 3 THEN 'HIV-1 DBS' WHEN 4 THEN 'HIV-1 Qual' WHEN 11 THEN 'Xpert MTB-RIF Ultra' WHEN 6 THEN 'CD4 Abs'
              WHEN 22 THEN 'HGB' WHEN 23 THEN 'WBC' WHEN 24 THEN 'PLT' WHEN 25 THEN 'CREJ2' WHEN 26 THEN 'ALTL' WHEN 27 THEN 'ASTL' ELSE 'GLUC3' END AS tn,
         CASE WHEN a.test IN (1, 2, 3) THEN CASE WHEN r.value LIKE '<%' THEN '< ' || CASE a.test WHEN 1 THEN '40' WHEN 2 THEN '20' ELSE '839' END || ' cp/mL' WHEN r.value = 'Non détecté' THEN 'Target Not Detected' ELSE r.value END
              WHEN a.test = 4 THEN CASE r.value WHEN '1001' THEN 'HIV-1 DETECTED' WHEN '1002' THEN 'HIV-1 NOT DETECTED' ELSE 'INVALID' END
              WHEN a.test = 11 THEN CASE r.value WHEN '1017' THEN 'MTB NOT DETECTED' WHEN '1016' THEN 'MTB DETECTED MEDIUM;Rif Resistance DETECTED' WHEN '1018' THEN 'ERROR 5007'
                   WHEN '1015' THEN 'MTB Trace DETECTED;Rif Resistance INDETERMINATE' ELSE 'MTB DETECTED ' || CASE r.value WHEN '1011' THEN 'HIGH' WHEN '1012' THEN 'MEDIUM' WHEN '1013' THEN 'LOW' ELSE 'VERY LOW' END || ';Rif Resistance NOT DETECTED' END
              ELSE r.value END AS res,
         CASE WHEN a.test IN (1, 2, 3) THEN 'cp/mL' WHEN a.test = 6 THEN 'cells/uL' WHEN a.test = 22 THEN 'g/dL' WHEN a.test IN (23, 24) THEN '10^3/uL' WHEN a.test = 25 THEN 'umol/L'
              WHEN a.test IN (26, 27) THEN 'U/L' WHEN a.test = 28 THEN 'mmol/L' END AS u,
         a.stat = 6 AS ro, a.test AS tid, coalesce(r.abnormal, false) AS pos, a.completed - interval '20 minutes' AS cd, CASE WHEN a.test IN (4, 11) THEN 'D' WHEN a.test IN (1, 2, 3) THEN 'A' ELSE 'N' END AS trt
  FROM pgen.ar a JOIN pgen.s s ON s.s = a.s JOIN result r ON r.analysis_id = a.id
  WHERE a.test IN (1, 2, 3, 4, 6, 11, 22, 23, 24, 25, 26, 27, 28) AND s.recv >= timestamp '2023-12-01'
  UNION ALL
  SELECT CASE WHEN k % 3 = 0 THEN 1 WHEN k % 3 = 1 THEN 2 ELSE 3 END,
         CASE WHEN k % 3 = 2 THEN 'QC-XPERT-' ELSE CASE WHEN k % 2 = 0 THEN 'HIV-LPC-' ELSE 'HIV-HPC-' END END || to_char(timestamp '2023-12-04' + make_interval(days => 7 * k), 'MMDD'),
         CASE k % 3 WHEN 0 THEN 'HIV1' WHEN 1 THEN 'HIV-1' ELSE 'Xpert MTB-RIF Ultra' END,
         CASE WHEN k % 3 = 2 THEN CASE WHEN k % 2 = 0 THEN 'MTB NOT DETECTED' ELSE 'MTB DETECTED LOW;Rif Resistance NOT DETECTED' END
              WHEN k % 2 = 0 THEN (2500 + fixture_gen.n('qcl', k, 2500))::text ELSE (1800000 + fixture_gen.n('qch', k, 900000))::text END,
         CASE WHEN k % 3 = 2 THEN NULL ELSE 'cp/mL' END, true, CASE k % 3 WHEN 0 THEN 1 WHEN 1 THEN 2 ELSE 11 END, k % 3 <> 2 OR k % 2 = 1,
         timestamp '2023-12-04 08:30' + make_interval(days => 7 * k, mins => fixture_gen.n('qcm', k, 300)), CASE WHEN k % 3 = 2 THEN 'D' ELSE 'A' END
  FROM generate_series(0, 29) k) x;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
