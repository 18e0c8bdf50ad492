-- classify-eval fixture (HOLDOUT 63: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- OpenClinica 3.14 community edition database (the Java EDC for clinical
-- trials) on PostgreSQL, in the naming its Liquibase changelogs create:
-- singular snake_case tables, integer serial keys named <table>_id (id in
-- the later rule, authorities, configuration and audit_user_login tables),
-- DATE columns beside a few timestamps, booleans, no JSON (OpenClinica keeps
-- no JSON in 3.x; form answers are one varchar per item in item_data, the
-- scheduler keeps serialized Java JobDataMaps in bytea). A subset of its
-- tables: users, roles and login audit; the study and its sites with their
-- parameters; subjects, study subjects, groups; event definitions, events,
-- CRFs, versions, sections, items, groups and form metadata, response sets;
-- item data; discrepancy notes and their maps; the audit_log_event trail;
-- datasets and their archived extract files; rules; the configuration
-- key/value store; the Quartz job store (oc_qrtz_ prefix).
--
-- Whose data: HF-START, an investigator-initiated phase IV trial (early
-- empagliflozin after hospitalisation for acute heart failure, randomised,
-- open label, blinded end-point), sponsored by the Hartwerk Research
-- Foundation and run by the Clinical Trial Unit of Rijnland UMC in Leiden.
-- Six sites in three countries: Rijnland UMC (Leiden) and Ziekenhuis
-- Maasoever (Rotterdam) in the Netherlands, Universitaetsklinikum Rhein-Main
-- (Frankfurt am Main) and Klinikum Foerde (Kiel) in Germany, Hospital
-- Universitario Virgen de la Vega (Sevilla) and Hospital Clinic del Besos
-- (Barcelona) in Spain; all fictional. Users are the CTU's data managers,
-- monitors, statistician and admins, the site investigators, research
-- nurses and data entry staff (SHA-1 password hashes as OpenClinica 3.x
-- stores them, plaintext answers to the password challenge question, API
-- keys), a randomisation web-service account, the DSMB statistician and
-- former staff. 240 participants: study labels (NL01-0001 ...), at Leiden
-- the hospital number as secondary label, at Rotterdam the BSN as person id, at
-- Frankfurt the hospital PID and at Kiel a few case numbers as secondary
-- label, in Sevilla the DNI/NIE as person id and the NHC as secondary
-- label, in Barcelona the DNI/NIE as secondary label and for some also as
-- person id; dates of birth and sex. Form answers in Dutch, German,
-- Spanish and English: consent dates, vitals, NYHA class, LVEF, labs
-- (NT-proBNP, creatinine, eGFR, potassium, HbA1c), concomitant medications
-- (generic and local brand names), adverse events with free-text
-- descriptions (some naming the participant, a spouse or a child, a GP, a
-- phone number), telephone follow-ups saying who was reached, end-of-study
-- comments. Discrepancy note threads between CTU data managers, monitors
-- and sites, some quoting dates of birth, hospital numbers and relatives.
-- The audit trail keeps every change with old and new values: item values,
-- dates of birth, person ids, secondary labels, event statuses, group
-- assignments, with reasons for change. Login audits with mistyped user
-- names. Datasets (extract definitions) with descriptions naming who asked
-- for them, their archived files, rules with e-mail actions to monitors and
-- the CTU mailbox, Quartz jobs whose job data carries the requester's
-- e-mail, the configuration table of password and lockout policy.
-- Lookups (status, discrepancy note types, resolution status, audit event
-- types) hold nothing personal; CRF metadata (items, sections, response
-- sets, form metadata) is study design.
--
-- What I could not check: written from memory of the OpenClinica 3.x
-- Liquibase changelogs and the Hibernate mappings, checked against public
-- copies of the 2.5 base changelog and a later 3.x-derived schema dump. The
-- columns a particular 3.x minor release added may differ: time_zone on
-- user_account and study_subject, access_code, enable_api_key and api_key,
-- study.mail_notification and contact_email, crf.source_study_id,
-- dn_item_data_map.study_subject_id and activated, the rule tables'
-- version, run_schedule and email_subject columns, and the Quartz 2
-- columns appended to oc_qrtz_job_details (sched_name, is_nonconcurrent,
-- is_update_data) are as I remember 3.14; the xform, Participate
-- (participant_form, submission_url) and LibreClinica two-factor columns are
-- left out. Column types follow the changelogs (DATE where the 2.5 base
-- said DATE, timestamp where later changesets widened them), not
-- necessarily every later ALTER. OpenClinica 3.x logs no client IP address
-- in audit_user_login (user name, account id, time, status code, details),
-- so this fixture has no IP column rather than inventing one. The job_data
-- blobs are shaped like Java-serialized JobDataMaps (the magic, class names
-- and the keys OpenClinica's extract jobs set), not byte-exact ones.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- at: a timestamp between two instants; d: a date between two dates.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;
CREATE FUNCTION pgen.d(tag text, i bigint, lo date, hi date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo)) $$;

-- work: a weekday working-hours timestamp (07:30-19:30) between two dates.
CREATE FUNCTION pgen.work(tag text, i bigint, lo date, hi date) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (d + CASE extract(isodow FROM d)::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)::timestamp
         + make_interval(mins => 450 + fixture_gen.n(tag || 'm', i, 720), secs => fixture_gen.n(tag || 's', i, 60))
  FROM (SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo)) AS d) x
$$;

-- sha1: 40 hex digits, the shape of OpenClinica 3.x's SHA-1 password hashes.
CREATE FUNCTION pgen.sha1(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(md5('pw:' || tag || i) || md5('sa:' || i || tag), 1, 40) $$;

-- bsn: a Dutch citizen service number that passes the 11-test.
CREATE FUNCTION pgen.bsn(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text;
  s int;
BEGIN
  FOR j IN 0..20 LOOP
    d := (1 + fixture_gen.n(tag || 'f' || j, i, 6))::text || fixture_gen.digits(tag || j, i, 7);
    s := 0;
    FOR k IN 1..8 LOOP s := s + substr(d, k, 1)::int * (10 - k); END LOOP;
    IF s % 11 < 10 THEN RETURN d || (s % 11)::text; END IF;
  END LOOP;
  RETURN '123456782';
END $$;

-- dni: a Spanish DNI with its check letter; nie: a foreigner's NIE.
CREATE FUNCTION pgen.dni(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('TRWAGMYFPDXBNJZSQVHLCKE', d::int % 23 + 1, 1)
  FROM (SELECT (1 + fixture_gen.n(tag || 'a', i, 5))::text || fixture_gen.digits(tag, i, 7) AS d) x
$$;
CREATE FUNCTION pgen.nie(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['X', 'Y', 'Z'])[p + 1] || d || substr('TRWAGMYFPDXBNJZSQVHLCKE', (p::text || d)::int % 23 + 1, 1)
  FROM (SELECT fixture_gen.n(tag || 'p', i, 3) AS p, fixture_gen.digits(tag, i, 7) AS d) x
$$;

-- Participant cultures: elder first names by sex, surnames, younger names
-- (children), the site countries they live in.
CREATE TABLE pgen.cu (cu text PRIMARY KEY, cc text, m text[], f text[], lasts text[], young_f text[], young_m text[]);
INSERT INTO pgen.cu VALUES
 ('nl', 'nl', ARRAY['Jan', 'Willem', 'Hendrik', 'Gerrit', 'Cornelis', 'Pieter', 'Johannes', 'Kees', 'Henk', 'Ad', 'Bert', 'Theo'],
   ARRAY['Maria', 'Johanna', 'Cornelia', 'Anna', 'Wilhelmina', 'Gerda', 'Ria', 'Ineke', 'Truus', 'Annie', 'Els', 'Marja'],
   ARRAY['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'van der Meer', 'Kuijpers'],
   ARRAY['Sanne', 'Linda', 'Marieke', 'Anouk', 'Esther'], ARRAY['Mark', 'Dennis', 'Jeroen', 'Bas', 'Ruben']),
 ('nl_tr', 'nl', ARRAY['Mehmet', 'Mustafa', 'Ahmet', 'Hüseyin', 'İbrahim', 'Hasan'], ARRAY['Fatma', 'Ayşe', 'Emine', 'Hatice', 'Zeynep', 'Hülya'],
   ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Doğan', 'Aydın', 'Arslan'], ARRAY['Esra', 'Büşra', 'Merve'], ARRAY['Emre', 'Burak', 'Volkan']),
 ('nl_ma', 'nl', ARRAY['Mohamed', 'Ahmed', 'Abdelkader', 'Driss', 'Mustapha', 'Hassan'], ARRAY['Fatima', 'Khadija', 'Malika', 'Rachida', 'Naima', 'Aicha'],
   ARRAY['El Amrani', 'Bouzid', 'Ouali', 'El Idrissi', 'Benali', 'Ait Taleb', 'Azzouzi', 'El Khattabi'], ARRAY['Nadia', 'Samira', 'Ikram'], ARRAY['Yassine', 'Bilal', 'Anouar']),
 ('nl_sr', 'nl', ARRAY['Ramesh', 'Rajesh', 'Errol', 'Glenn', 'Ronald', 'Harold'], ARRAY['Sunita', 'Sharmila', 'Gerda', 'Ingrid', 'Shanti', 'Marlene'],
   ARRAY['Ramdin', 'Soekhoe', 'Ramsaran', 'Biharie', 'Kromodimedjo', 'Pinas', 'Held', 'Jankipersadsing'], ARRAY['Priya', 'Shirley', 'Chantal'], ARRAY['Anand', 'Dinesh', 'Rishi']),
 ('de', 'de', ARRAY['Klaus', 'Wolfgang', 'Jürgen', 'Dieter', 'Manfred', 'Günter', 'Peter', 'Uwe', 'Horst', 'Rainer', 'Bernd', 'Hans-Jürgen'],
   ARRAY['Ursula', 'Helga', 'Renate', 'Monika', 'Ingrid', 'Brigitte', 'Gisela', 'Karin', 'Erika', 'Sabine', 'Christa', 'Elke'],
   ARRAY['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann', 'Lange', 'Petersen', 'Hansen'],
   ARRAY['Sandra', 'Nicole', 'Katrin', 'Stefanie', 'Julia'], ARRAY['Thomas', 'Stefan', 'Michael', 'Andreas', 'Jan']),
 ('de_tr', 'de', ARRAY['Ali', 'Mehmet', 'Hasan', 'Osman', 'Yusuf', 'Kemal'], ARRAY['Ayşe', 'Fatma', 'Gülsen', 'Sevim', 'Leyla', 'Meryem'],
   ARRAY['Öztürk', 'Yıldız', 'Özdemir', 'Kılıç', 'Aksoy', 'Polat', 'Koç', 'Kurt'], ARRAY['Derya', 'Elif', 'Canan'], ARRAY['Murat', 'Serkan', 'Deniz']),
 ('de_pl', 'de', ARRAY['Andrzej', 'Krzysztof', 'Tadeusz', 'Jerzy', 'Stanisław'], ARRAY['Barbara', 'Krystyna', 'Danuta', 'Teresa', 'Halina'],
   ARRAY['Nowak', 'Kowalski', 'Wiśniewski', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański', 'Woźniak'], ARRAY['Agnieszka', 'Katarzyna', 'Magdalena'], ARRAY['Piotr', 'Marek', 'Tomasz']),
 ('de_ru', 'de', ARRAY['Viktor', 'Alexander', 'Waldemar', 'Nikolai', 'Jakob'], ARRAY['Lydia', 'Olga', 'Valentina', 'Irina', 'Nelli'],
   ARRAY['Schäfer', 'Dück', 'Friesen', 'Penner', 'Iwanow', 'Kusnezow', 'Wiebe', 'Reimer'], ARRAY['Natalie', 'Olesja', 'Viktoria'], ARRAY['Eugen', 'Artur', 'Dimitri']),
 ('es', 'es', ARRAY['José', 'Antonio', 'Manuel', 'Francisco', 'Juan', 'Rafael', 'Miguel', 'Jesús', 'Ángel', 'Pedro', 'Jordi', 'Josep'],
   ARRAY['María', 'Carmen', 'Dolores', 'Josefa', 'Isabel', 'Pilar', 'Concepción', 'Rosario', 'Ana', 'Francisca', 'Montserrat', 'Núria'],
   ARRAY['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Serrano', 'Ramos', 'Puig', 'Ferrer', 'Vidal', 'Soler', 'Roca'],
   ARRAY['Laura', 'Cristina', 'Marta', 'Lucía', 'Elena'], ARRAY['David', 'Javier', 'Sergio', 'Pablo', 'Marc']),
 ('es_la', 'es', ARRAY['Luis Alberto', 'Jorge', 'Carlos', 'Wilson', 'Édgar'], ARRAY['Gladys', 'Rosa María', 'Maritza', 'Yolanda', 'Luz Marina'],
   ARRAY['Quispe', 'Mamani', 'Castillo', 'Vargas', 'Rojas', 'Herrera', 'Guzmán', 'Cárdenas'], ARRAY['Milagros', 'Jennifer', 'Yesenia'], ARRAY['Kevin', 'Brayan', 'Jhon']),
 ('es_ma', 'es', ARRAY['Mohamed', 'Abdellah', 'Rachid', 'Said'], ARRAY['Fatima', 'Zohra', 'Khadija', 'Naima'],
   ARRAY['El Amrani', 'Bennani', 'Tahiri', 'El Ouardi', 'Alaoui', 'Chaoui'], ARRAY['Salma', 'Imane', 'Hajar'], ARRAY['Youssef', 'Hamza', 'Ayoub']),
 ('es_ro', 'es', ARRAY['Ion', 'Gheorghe', 'Vasile', 'Constantin'], ARRAY['Maria', 'Elena', 'Ioana', 'Mariana'],
   ARRAY['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Stoica'], ARRAY['Andreea', 'Alina', 'Cristina'], ARRAY['Mihai', 'Florin', 'Adrian']);

-- Sites: study_id, code, country, the places their participants live in.
CREATE TABLE pgen.site (sid int PRIMARY KEY, code text, cc text, lo int, hi int, mix text[], towns text[], streets text[]);
INSERT INTO pgen.site VALUES
 (2, 'NL01', 'nl', 1, 70, ARRAY['nl', 'nl', 'nl', 'nl', 'nl', 'nl_ma', 'nl_tr', 'nl_sr'], ARRAY['Leiden', 'Leiderdorp', 'Oegstgeest', 'Katwijk', 'Alphen aan den Rijn', 'Voorschoten'],
   ARRAY['Hooigracht', 'Rijnsburgerweg', 'Lammenschansweg', 'Zwart Janstraat', 'Kagerstraat', 'Boerhaavelaan']),
 (3, 'NL02', 'nl', 71, 115, ARRAY['nl', 'nl', 'nl', 'nl_tr', 'nl_ma', 'nl_sr', 'nl_sr'], ARRAY['Rotterdam', 'Capelle aan den IJssel', 'Schiedam', 'Barendrecht', 'Spijkenisse'],
   ARRAY['Beijerlandselaan', 'Groene Hilledijk', 'Slinge', 'Dordtsestraatweg', 'Noordsingel', 'Zuidplein']),
 (4, 'DE01', 'de', 116, 170, ARRAY['de', 'de', 'de', 'de', 'de_tr', 'de_tr', 'de_pl', 'de_ru'], ARRAY['Frankfurt am Main', 'Offenbach am Main', 'Bad Homburg', 'Hanau', 'Neu-Isenburg'],
   ARRAY['Berger Straße', 'Leipziger Straße', 'Schweizer Straße', 'Mainzer Landstraße', 'Eckenheimer Landstraße']),
 (5, 'DE02', 'de', 171, 200, ARRAY['de', 'de', 'de', 'de', 'de_pl', 'de_ru'], ARRAY['Kiel', 'Eckernförde', 'Plön', 'Rendsburg', 'Preetz'],
   ARRAY['Holtenauer Straße', 'Gaardener Ring', 'Eckernförder Straße', 'Kieler Straße', 'Dorfstraße']),
 (6, 'ES01', 'es', 201, 225, ARRAY['es', 'es', 'es', 'es', 'es_ma', 'es_la', 'es_ro'], ARRAY['Sevilla', 'Dos Hermanas', 'Alcalá de Guadaíra', 'Mairena del Aljarafe', 'Utrera'],
   ARRAY['Calle Feria', 'Avenida de la Cruz del Campo', 'Calle Pagés del Corro', 'Calle San Jacinto', 'Avenida de Andalucía']),
 (7, 'ES02', 'es', 226, 240, ARRAY['es', 'es', 'es', 'es_la', 'es_ma', 'es_ro'], ARRAY['Barcelona', 'L''Hospitalet de Llobregat', 'Badalona', 'Santa Coloma de Gramenet', 'Sant Adrià de Besòs'],
   ARRAY['Carrer de Pere IV', 'Rambla de Prim', 'Carrer del Taulat', 'Avinguda Meridiana', 'Carrer de Sant Joan']);

-- Participants 1-240. rel: a relative (spouse or a child) named in free text.
CREATE TABLE pgen.pt (
  i int PRIMARY KEY, sid int, code text, cc text, cu text, sex text, first text, last text, dob date, enrol date, label text,
  rel text, rel_first text, rel_last text, town text, street text, phone text, hosp text, natid text, arm int, dm boolean,
  gp text, withdrawn boolean, died boolean
);
INSERT INTO pgen.pt (i, sid, code, cc, cu, sex, town, street, enrol, dm, arm)
SELECT i, s.sid, s.code, s.cc, fixture_gen.pick(s.mix, 'ptcu', i), CASE WHEN fixture_gen.n('ptsex', i, 100) < 64 THEN 'm' ELSE 'f' END,
       fixture_gen.pick(s.towns, 'pttown', i), fixture_gen.pick(s.streets, 'ptstr', i),
       pgen.d('ptenr', i, date '2022-04-04' + (s.sid - 2) * 21, date '2024-03-29'), fixture_gen.n('ptdm', i, 100) < 41, 1 + fixture_gen.n('ptarm', i, 2)
FROM generate_series(1, 240) i JOIN pgen.site s ON i BETWEEN s.lo AND s.hi;
UPDATE pgen.pt p SET
  first = CASE p.sex WHEN 'm' THEN c.m[1 + fixture_gen.n('ptf', p.i, cardinality(c.m))] ELSE c.f[1 + fixture_gen.n('ptf', p.i, cardinality(c.f))] END,
  last = CASE WHEN p.cc = 'es' THEN c.lasts[1 + fixture_gen.n('ptl', p.i, cardinality(c.lasts))] || ' ' || c.lasts[1 + (fixture_gen.n('ptl', p.i, cardinality(c.lasts)) + 1 + fixture_gen.n('ptl2', p.i, cardinality(c.lasts) - 1)) % cardinality(c.lasts)]
              ELSE c.lasts[1 + fixture_gen.n('ptl', p.i, cardinality(c.lasts))] END,
  dob = pgen.d('ptdob', p.i, date '1934-01-01', date '1979-12-31'),
  rel = (ARRAY['spouse', 'spouse', 'daughter', 'son', 'daughter'])[1 + fixture_gen.n('ptrel', p.i, 5)]
FROM pgen.cu c WHERE c.cu = p.cu;
UPDATE pgen.pt p SET
  rel_first = CASE WHEN p.rel = 'spouse' AND p.sex = 'm' THEN c.f[1 + fixture_gen.n('ptrf', p.i, cardinality(c.f))]
                   WHEN p.rel = 'spouse' THEN c.m[1 + fixture_gen.n('ptrf', p.i, cardinality(c.m))]
                   WHEN p.rel = 'daughter' THEN c.young_f[1 + fixture_gen.n('ptrf', p.i, cardinality(c.young_f))]
                   ELSE c.young_m[1 + fixture_gen.n('ptrf', p.i, cardinality(c.young_m))] END,
  rel_last = CASE WHEN p.rel = 'spouse' AND p.sex = 'm' AND p.cc = 'nl' AND p.i % 3 = 0 THEN split_part(p.last, ' ', 1) || '-' || c.lasts[1 + fixture_gen.n('ptrl', p.i, cardinality(c.lasts))]
                  WHEN p.rel = 'spouse' AND p.cc = 'es' THEN c.lasts[1 + fixture_gen.n('ptrl', p.i, cardinality(c.lasts))] || ' ' || c.lasts[1 + fixture_gen.n('ptrl2', p.i, cardinality(c.lasts))]
                  WHEN p.rel = 'spouse' AND p.sex = 'f' THEN c.lasts[1 + fixture_gen.n('ptrl', p.i, cardinality(c.lasts))]
                  ELSE p.last END,
  street = CASE p.cc WHEN 'nl' THEN p.street || ' ' || (1 + fixture_gen.n('pthn', p.i, 180)) || CASE WHEN p.i % 5 = 0 THEN '-B' ELSE '' END
                     WHEN 'de' THEN p.street || ' ' || (1 + fixture_gen.n('pthn', p.i, 220)) || CASE WHEN p.i % 6 = 0 THEN 'a' ELSE '' END
                     ELSE p.street || ', ' || (1 + fixture_gen.n('pthn', p.i, 140)) || ', ' || (1 + fixture_gen.n('ptfl', p.i, 6)) || CASE WHEN p.sid = 7 THEN 'r ' || (1 + fixture_gen.n('ptdr', p.i, 4)) || 'a' ELSE 'º ' || (ARRAY['A', 'B', 'C', 'D'])[1 + fixture_gen.n('ptdr', p.i, 4)] END END,
  phone = CASE p.cc WHEN 'nl' THEN CASE WHEN p.i % 3 = 0 THEN (CASE p.sid WHEN 2 THEN '071-' ELSE '010-' END) || fixture_gen.digits('ptph', p.i, 7) ELSE '06-' || fixture_gen.digits('ptph', p.i, 8) END
                    WHEN 'de' THEN CASE WHEN p.i % 3 = 0 THEN (CASE p.sid WHEN 4 THEN '069 ' ELSE '0431 ' END) || fixture_gen.digits('ptph', p.i, 6) ELSE '01' || (ARRAY['51', '60', '70', '71', '76'])[1 + fixture_gen.n('ptpp', p.i, 5)] || ' ' || fixture_gen.digits('ptph', p.i, 7) END
                    ELSE CASE WHEN p.i % 3 = 0 AND p.sid = 6 THEN '954 ' || fixture_gen.digits('ptph', p.i, 3) || ' ' || fixture_gen.digits('ptpx', p.i, 3)
                              WHEN p.i % 3 = 0 THEN '93 ' || fixture_gen.digits('ptph', p.i, 3) || ' ' || fixture_gen.digits('ptpx', p.i, 2) || ' ' || fixture_gen.digits('ptpz', p.i, 2) ELSE '6' || fixture_gen.digits('ptph', p.i, 2) || ' ' || fixture_gen.digits('ptpx', p.i, 3) || ' ' || fixture_gen.digits('ptpz', p.i, 3) END END,
  hosp = CASE p.sid WHEN 2 THEN fixture_gen.digits('pthosp', p.i, 7) WHEN 3 THEN fixture_gen.digits('pthosp', p.i, 8) WHEN 4 THEN '40' || fixture_gen.digits('pthosp', p.i, 8)
                    WHEN 5 THEN '7' || fixture_gen.digits('pthosp', p.i, 6) WHEN 6 THEN fixture_gen.digits('pthosp', p.i, 6) ELSE fixture_gen.digits('pthosp', p.i, 7) END,
  natid = CASE p.cc WHEN 'nl' THEN pgen.bsn('ptbsn', p.i) WHEN 'es' THEN CASE WHEN p.cu IN ('es_ma', 'es_la', 'es_ro') THEN pgen.nie('ptnie', p.i) ELSE pgen.dni('ptdni', p.i) END END,
  gp = CASE p.cc WHEN 'nl' THEN fixture_gen.pick(ARRAY['dr. Verbeek', 'huisarts Van Rijn', 'dr. M. Haddou', 'huisartsenpraktijk De Vliet', 'dr. Oosterhuis'], 'ptgp', p.i)
                 WHEN 'de' THEN fixture_gen.pick(ARRAY['Dr. Bernd Albrecht', 'Hausärztin Dr. Anja Vogt', 'Praxis Dr. Yilmaz', 'Dr. med. Frank Lorenz'], 'ptgp', p.i)
                 ELSE fixture_gen.pick(ARRAY['Dra. Inmaculada Parra (CS Polígono Norte)', 'Dr. Rafael Cuesta', 'Dra. Mercè Bosch (CAP Besòs)', 'su médico de cabecera, Dr. Lozano'], 'ptgp', p.i) END,
  withdrawn = fixture_gen.n('ptwd', p.i, 100) < 5,
  died = fixture_gen.n('ptdd', p.i, 100) BETWEEN 5 AND 10,
  label = p.code || '-' || lpad((p.i - (SELECT lo FROM pgen.site s WHERE s.sid = p.sid) + 1)::text, 4, '0')
FROM pgen.cu c WHERE c.cu = p.cu;

-- Polish surnames agree with sex.
UPDATE pgen.pt SET last = CASE WHEN sex = 'f' THEN regexp_replace(last, '(sk|ck)i$', '\1a') ELSE regexp_replace(last, '(sk|ck)a$', '\1i') END WHERE cu = 'de_pl';
UPDATE pgen.pt SET rel_last = CASE WHEN rel IN ('daughter', 'spouse') AND (rel = 'daughter' OR sex = 'm') THEN regexp_replace(rel_last, '(sk|ck)i$', '\1a') ELSE regexp_replace(rel_last, '(sk|ck)a$', '\1i') END WHERE cu = 'de_pl';

-- Number participants in the order they were enrolled (the ids and labels
-- OpenClinica hands out grow with time).
UPDATE pgen.pt p SET i = -o.rn FROM (SELECT i, row_number() OVER (ORDER BY enrol, i) AS rn FROM pgen.pt) o WHERE o.i = p.i;
UPDATE pgen.pt SET i = -i;
UPDATE pgen.pt p SET label = p.code || '-' || lpad(o.rn::text, 4, '0') FROM (SELECT i, row_number() OVER (PARTITION BY sid ORDER BY enrol, i) AS rn FROM pgen.pt) o WHERE o.i = p.i;

-- rel_word: the relation in the site's language.
CREATE FUNCTION pgen.rel_word(cc text, rel text, sex text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'nl' THEN CASE rel WHEN 'spouse' THEN CASE sex WHEN 'm' THEN 'echtgenote' ELSE 'echtgenoot' END WHEN 'daughter' THEN 'dochter' ELSE 'zoon' END
    WHEN 'de' THEN CASE rel WHEN 'spouse' THEN CASE sex WHEN 'm' THEN 'Ehefrau' ELSE 'Ehemann' END WHEN 'daughter' THEN 'Tochter' ELSE 'Sohn' END
    ELSE CASE rel WHEN 'spouse' THEN CASE sex WHEN 'm' THEN 'esposa' ELSE 'esposo' END WHEN 'daughter' THEN 'hija' ELSE 'hijo' END END
$$;

-- ---------------------------------------------------------------------------
-- Lookups.

CREATE TABLE status (status_id serial PRIMARY KEY, name varchar(255), description varchar(1000));
INSERT INTO status VALUES (1, 'available', 'this is the active status'), (2, 'unavailable', 'this is the inactive status'),
  (3, 'private', 'this is the private status'), (4, 'pending', 'this is the pending status'), (5, 'removed', 'this indicates that a record is specifically removed by user'),
  (6, 'locked', 'this indicates that a record is locked'), (7, 'auto-removed', 'this indicates that a record is removed due to the removal of its parent record'),
  (8, 'signed', 'this indicates that a record is signed'), (9, 'frozen', 'this indicates that a record is frozen');

CREATE TABLE discrepancy_note_type (discrepancy_note_type_id serial PRIMARY KEY, name varchar(50), description varchar(255));
INSERT INTO discrepancy_note_type VALUES (1, 'Failed Validation Check', 'Failed Validation Check'), (2, 'Incomplete', 'Incomplete'),
  (3, 'Unclear/Unreadable', 'Unclear/Unreadable'), (4, 'Annotation', 'Annotation'), (5, 'Other', 'Other'), (6, 'Query', 'Query'), (7, 'Reason for Change', 'Reason for Change');

CREATE TABLE resolution_status (resolution_status_id serial PRIMARY KEY, name varchar(50), description varchar(255));
INSERT INTO resolution_status VALUES (1, 'New', ''), (2, 'Updated', ''), (3, 'Resolution Proposed', ''), (4, 'Closed', ''), (5, 'Not Applicable', '');

CREATE TABLE audit_log_event_type (audit_log_event_type_id serial PRIMARY KEY, name varchar(255));
INSERT INTO audit_log_event_type VALUES (1, 'Item data value updated'), (2, 'Study subject created'), (3, 'Study subject status changed'),
  (4, 'Study subject value changed'), (5, 'Subject created'), (6, 'Subject status changed'), (7, 'Subject global value changed'),
  (8, 'Event CRF marked complete'), (9, 'Event CRF properties changed'), (10, 'Event CRF Initial Data Entry Complete'), (11, 'Event CRF Double Data Entry Complete'),
  (12, 'Item data status changed'), (13, 'Item data deleted'), (14, 'Event CRF Initial Data Entry Complete'), (15, 'Study event scheduled'),
  (16, 'Study event data entry started'), (17, 'Study event completed'), (18, 'Study event stopped'), (19, 'Study event skipped'), (20, 'Study event locked'),
  (21, 'Study event removed'), (22, 'Study event start date changed'), (23, 'Study event end date changed'), (24, 'Study event location changed'),
  (25, 'Subject site assignment'), (26, 'Subject group assignment'), (27, 'Subject group changed'), (28, 'Subject group assignment'), (29, 'Subject group changed'),
  (30, 'Item data inserted for repeating row'), (31, 'Study event signed'), (32, 'Event CRF sdv status'), (33, 'Study event restored'), (35, 'Event CRF deleted');

-- ---------------------------------------------------------------------------
-- Users. 1-12 the CTU in Leiden (admins, data managers, the coordinating
-- investigator, the statistician, monitors, the randomisation web service),
-- 13-37 site staff, 38-40 former staff, 41 the DSMB statistician.

CREATE TABLE pgen.st (uid int PRIMARY KEY, uname text, first text, last text, email text, sid int, role text, aff text, phone text, utype int, status int, q text, a text, created date);
INSERT INTO pgen.st VALUES
 (1, 'root', 'Root', 'User', 'edc-support@rijnlandumc.example', 1, 'coordinator', 'Rijnland UMC', '', 1, 1, '', '', '2021-11-02'),
 (2, 'mvanderlinden', 'Marieke', 'van der Linden', 'm.vanderlinden@rijnlandumc.example', 1, 'coordinator', 'Rijnland UMC - Clinical Trial Unit', '+31 71 526 4418', 1, 1, 'Favorite Pet', 'Guus', '2021-11-02'),
 (3, 'dm_jbakker', 'Jeroen', 'Bakker', 'j.bakker2@rijnlandumc.example', 1, 'coordinator', 'Rijnland UMC - Clinical Trial Unit', '+31 71 526 4420', 2, 1, 'Mother''s Maiden Name', 'Hoekstra', '2021-11-15'),
 (4, 'dm_selamrani', 'Samira', 'El Amrani', 's.el-amrani@rijnlandumc.example', 1, 'coordinator', 'Rijnland UMC - Clinical Trial Unit', '+31 71 526 4423', 2, 1, 'City of Birth', 'Den Haag', '2022-01-10'),
 (5, 'yozturk', 'Yusuf', 'Öztürk', 'y.ozturk@rijnlandumc.example', 1, 'coordinator', 'Rijnland UMC - Clinical Trial Unit', '+31 6 2841 7730', 2, 1, '', '', '2023-02-01'),
 (6, 'pvisser', 'Pieter', 'Visser', 'p.visser@rijnlandumc.example', 1, 'director', 'Rijnland UMC - Afdeling Cardiologie', '+31 71 526 2020', 2, 1, 'Favorite Pet', 'Bobbie', '2021-11-02'),
 (7, 'hnguyen', 'Hoa', 'Nguyen', 'h.t.nguyen@rijnlandumc.example', 1, 'monitor', 'Rijnland UMC - Medische Statistiek en Bioinformatica', '', 2, 1, 'City of Birth', 'Huế', '2022-02-21'),
 (8, 'mon_lkowalczyk', 'Łucja', 'Kowalczyk', 'l.kowalczyk@rijnlandumc.example', 1, 'monitor', 'Rijnland UMC - Clinical Trial Unit (monitoring)', '+31 6 4120 8873', 2, 1, 'Mother''s Maiden Name', 'Zawadzka', '2022-03-01'),
 (9, 'mon_tbrenner', 'Tobias', 'Brenner', 'tobias.brenner@kks-rheinmain.example', 1, 'monitor', 'KKS Rhein-Main (Monitoring)', '+49 170 5542 118', 2, 1, 'Favorite Pet', 'Bello', '2022-04-20'),
 (10, 'mon_aruiz', 'Ana', 'Ruiz Castaño', 'ana.ruiz@fibvv.example', 1, 'monitor', 'Fundación de Investigación Biomédica Virgen de la Vega', '+34 655 210 983', 2, 1, 'City of Birth', 'Jaén', '2022-05-09'),
 (11, 'sysadm_rkuipers', 'Rik', 'Kuipers', 'r.kuipers@rijnlandumc.example', 1, 'coordinator', 'Rijnland UMC - ICT Onderzoek', '', 3, 1, '', '', '2021-11-02'),
 (12, 'ws_randomisatie', 'Randomisatie', 'Webservice', 'edc-support@rijnlandumc.example', 1, 'coordinator', 'HF-START randomisation service', '', 2, 1, '', '', '2022-03-28'),
 (13, 'evdberg', 'Esther', 'van den Berg', 'e.van_den_berg@rijnlandumc.example', 2, 'investigator', 'Rijnland UMC - Cardiologie', '+31 71 526 9312', 2, 1, 'Favorite Pet', 'Minoes', '2022-03-14'),
 (14, 'tbouzid', 'Tarik', 'Bouzid', 't.bouzid@rijnlandumc.example', 2, 'investigator', 'Rijnland UMC - Cardiologie', '+31 6 1187 4420', 2, 1, '', '', '2022-03-14'),
 (15, 'ljanssen', 'Lotte', 'Janssen', 'l.janssen@rijnlandumc.example', 2, 'ra', 'Rijnland UMC - Trialbureau Cardiologie', '071-5269330', 2, 1, 'Mother''s Maiden Name', 'Verhoeven', '2022-03-14'),
 (16, 'awiersma', 'Anouk', 'Wiersma', 'a.wiersma@rijnlandumc.example', 2, 'ra', 'Rijnland UMC - Trialbureau Cardiologie', '071-5269331', 2, 1, 'City of Birth', 'Groningen', '2022-06-01'),
 (17, 'dsoekhoe', 'Dewi', 'Soekhoe', 'd.soekhoe@rijnlandumc.example', 2, 'ra', 'Rijnland UMC - Trialbureau Cardiologie', '', 2, 1, 'Favorite Pet', 'Snoopy', '2023-01-09'),
 (18, 'kdewit', 'Koen', 'de Wit', 'k.dewit@maasoever.example', 3, 'investigator', 'Ziekenhuis Maasoever, afdeling Cardiologie', '010-2912000 (sein 4471)', 2, 1, '', '', '2022-04-25'),
 (19, 'nyilmaz', 'Nurcan', 'Yılmaz', 'n.yilmaz@maasoever.example', 3, 'ra', 'Ziekenhuis Maasoever, Wetenschapsbureau', '010-2914475', 2, 1, 'Mother''s Maiden Name', 'Korkmaz', '2022-04-25'),
 (20, 'rbrouwer', 'Ruud', 'Brouwer', 'r.brouwer@maasoever.example', 3, 'ra', 'Ziekenhuis Maasoever, Wetenschapsbureau', '', 2, 1, '', '', '2022-09-12'),
 (21, 'fmohan', 'Farida', 'Mohan', 'farida.mohan78@gmail.com', 3, 'ra', 'Ziekenhuis Maasoever', '06-41829937', 2, 1, 'Favorite Pet', 'Lucky', '2023-05-15'),
 (22, 'khoffmann', 'Katrin', 'Hoffmann', 'katrin.hoffmann@ukrm.example', 4, 'investigator', 'Universitätsklinikum Rhein-Main, Medizinische Klinik III - Kardiologie', '+49 69 6301 7744', 2, 1, 'City of Birth', 'Kassel', '2022-05-16'),
 (23, 'mschulz', 'Markus', 'Schulz', 'markus.schulz@ukrm.example', 4, 'investigator', 'Universitätsklinikum Rhein-Main, Medizinische Klinik III - Kardiologie', '+49 69 6301 7748', 2, 1, '', '', '2022-05-16'),
 (24, 'aandreeva', 'Anastasia', 'Andreeva', 'anastasia.andreeva@ukrm.example', 4, 'ra', 'Universitätsklinikum Rhein-Main, Studienzentrale Kardiologie', '069 6301 7790', 2, 1, 'Mother''s Maiden Name', 'Sokolova', '2022-05-16'),
 (25, 'jweiss', 'Julia', 'Weiß', 'julia.weiss@ukrm.example', 4, 'ra', 'Universitätsklinikum Rhein-Main, Studienzentrale Kardiologie', '069 6301 7791', 2, 1, 'Favorite Pet', 'Krümel', '2022-11-07'),
 (26, 'okaya', 'Orhan', 'Kaya', 'orhan.kaya@ukrm.example', 4, 'ra', 'Universitätsklinikum Rhein-Main, Studienzentrale Kardiologie', '', 2, 1, '', '', '2023-03-20'),
 (27, 'hpetersen', 'Hauke', 'Petersen', 'h.petersen@klinikum-foerde.example', 5, 'investigator', 'Klinikum Förde Kiel - Klinik für Kardiologie', '+49 431 1697 2210', 2, 1, 'City of Birth', 'Husum', '2022-06-13'),
 (28, 'sjensen', 'Silke', 'Jensen', 's.jensen@klinikum-foerde.example', 5, 'ra', 'Klinikum Förde Kiel - Studienambulanz', '0431 1697 2234', 2, 1, 'Favorite Pet', 'Finja', '2022-06-13'),
 (29, 'mnowak', 'Marta', 'Nowak', 'm.nowak@klinikum-foerde.example', 5, 'ra', 'Klinikum Förde Kiel - Studienambulanz', '', 2, 1, 'Mother''s Maiden Name', 'Wójcik', '2023-02-27'),
 (30, 'jmgarcia', 'José Manuel', 'García Ortega', 'josemanuel.garcia.ortega@huvv.example', 6, 'investigator', 'Hospital Universitario Virgen de la Vega - UGC Cardiología', '+34 955 013 400', 2, 1, 'City of Birth', 'Écija', '2022-07-04'),
 (31, 'cjimenez', 'Carmen', 'Jiménez Ruiz', 'carmen.jimenez.ruiz@huvv.example', 6, 'investigator', 'Hospital Universitario Virgen de la Vega - UGC Cardiología', '', 2, 1, '', '', '2022-07-04'),
 (32, 'lromero', 'Lucía', 'Romero Díaz', 'lucia.romero@huvv.example', 6, 'ra', 'Hospital Universitario Virgen de la Vega - Unidad de Ensayos Clínicos', '+34 678 441 209', 2, 1, 'Favorite Pet', 'Canela', '2022-07-04'),
 (33, 'ielidrissi', 'Imane', 'El Idrissi', 'imane.elidrissi@huvv.example', 6, 'ra', 'Hospital Universitario Virgen de la Vega - Unidad de Ensayos Clínicos', '', 2, 1, '', '', '2023-04-17'),
 (34, 'mpuig', 'Montserrat', 'Puig i Ferrer', 'mpuig@hcbesos.example', 7, 'investigator', 'Hospital Clínic del Besòs - Servei de Cardiologia', '+34 93 248 30 00', 2, 1, 'Mother''s Maiden Name', 'Ferrer', '2022-09-05'),
 (35, 'jvidal', 'Jordi', 'Vidal Soler', 'jvidal@hcbesos.example', 7, 'investigator', 'Hospital Clínic del Besòs - Servei de Cardiologia', '', 2, 1, '', '', '2022-09-05'),
 (36, 'apopescu', 'Andreea', 'Popescu', 'apopescu@hcbesos.example', 7, 'ra', 'Hospital Clínic del Besòs - Unitat d''Assaigs Clínics', '+34 622 908 114', 2, 1, 'City of Birth', 'Cluj-Napoca', '2022-09-05'),
 (37, 'dcastillo', 'Daniela', 'Castillo Rojas', 'dcastillo@hcbesos.example', 7, 'ra', 'Hospital Clínic del Besòs - Unitat d''Assaigs Clínics', '', 2, 1, 'Favorite Pet', 'Toby', '2023-06-12'),
 (38, 'gdeboer', 'Gerrit', 'de Boer', 'g.deboer@rijnlandumc.example', 2, 'ra', 'Rijnland UMC - Trialbureau Cardiologie', '071-5269332', 2, 5, 'City of Birth', 'Zwolle', '2022-03-14'),
 (39, 'cmueller', 'Christian', 'Müller', 'christian.mueller@ukrm.example', 4, 'ra', 'Universitätsklinikum Rhein-Main, Studienzentrale Kardiologie', '069 6301 7792', 2, 6, 'Favorite Pet', 'Rex', '2022-05-16'),
 (40, 'pfernandez', 'Pablo', 'Fernández Gil', 'pablo.fernandez@huvv.example', 6, 'investigator', 'Hospital Universitario Virgen de la Vega - UGC Cardiología', '', 2, 5, '', '', '2022-07-04'),
 (41, 'dsmb_jnovak', 'Jakub', 'Novák', 'jakub.novak@biostat-consult.example', 1, 'monitor', 'Independent statistician to the DSMB', '+420 603 118 472', 2, 1, '', '', '2022-10-03');

CREATE TABLE user_account (
    user_id serial PRIMARY KEY, user_name varchar(64), passwd varchar(255), first_name varchar(50), last_name varchar(50), email varchar(120),
    active_study integer, institutional_affiliation varchar(255), status_id integer REFERENCES status, owner_id integer, date_created date, date_updated date,
    date_lastvisit timestamp, passwd_timestamp date, passwd_challenge_question varchar(64), passwd_challenge_answer varchar(255), phone varchar(64),
    user_type_id integer, update_id integer, enabled boolean NOT NULL DEFAULT true, account_non_locked boolean NOT NULL DEFAULT true,
    lock_counter integer NOT NULL DEFAULT 0, run_webservices boolean NOT NULL DEFAULT false, access_code varchar(64), time_zone varchar(255) DEFAULT '',
    enable_api_key boolean DEFAULT false, api_key varchar(255)
);
INSERT INTO user_account
SELECT s.uid, s.uname, pgen.sha1('upw', s.uid), s.first, s.last, s.email, s.sid, s.aff, s.status, CASE WHEN s.uid = 1 THEN 1 WHEN s.uid <= 12 THEN 1 ELSE 2 END,
       s.created, CASE WHEN s.status <> 1 THEN pgen.d('uaend', s.uid, date '2023-06-01', date '2024-02-01') WHEN s.uid % 3 = 0 THEN pgen.d('uaupd', s.uid, s.created, date '2024-06-20') END,
       CASE WHEN s.status = 1 THEN pgen.work('ualv', s.uid, date '2024-06-10', date '2024-06-28') ELSE pgen.work('ualv', s.uid, date '2023-05-01', date '2023-12-20') END,
       CASE WHEN s.uid = 12 THEN s.created ELSE pgen.d('uapwt', s.uid, date '2024-01-05', date '2024-06-25') END,
       s.q, s.a, s.phone, s.utype, CASE WHEN s.uid % 3 = 0 OR s.status <> 1 THEN 2 END,
       s.status = 1, s.status <> 6, CASE WHEN s.status = 6 THEN 3 WHEN s.uid % 11 = 4 THEN 1 ELSE 0 END, s.uid = 12,
       CASE WHEN s.uid % 4 = 0 THEN NULL ELSE '' END, CASE WHEN s.uid IN (9, 22, 24, 30) THEN (CASE s.sid WHEN 4 THEN 'Europe/Berlin' WHEN 6 THEN 'Europe/Madrid' ELSE 'Europe/Berlin' END) ELSE '' END,
       s.uid = 12 OR s.created >= date '2022-05-01', CASE WHEN s.uid = 1 OR s.created < date '2022-04-01' AND s.uid <> 12 THEN NULL ELSE replace(fixture_gen.uuid('uaapi', s.uid), '-', '') END
FROM pgen.st s ORDER BY s.uid;

CREATE TABLE authorities (id serial PRIMARY KEY, username varchar(64) NOT NULL, authority varchar(50) NOT NULL, version integer);
INSERT INTO authorities (username, authority, version) SELECT user_name, 'ROLE_USER', 1 FROM user_account ORDER BY user_id;

-- ---------------------------------------------------------------------------
-- The study (1) and its six sites (2-7).

CREATE TABLE study (
    study_id serial PRIMARY KEY, parent_study_id integer REFERENCES study, unique_identifier varchar(30), secondary_identifier varchar(255), name varchar(255),
    summary varchar(255), date_planned_start date, date_planned_end date, date_created date, date_updated date, owner_id integer REFERENCES user_account,
    update_id integer, type_id integer, status_id integer REFERENCES status, principal_investigator varchar(255), facility_name varchar(255), facility_city varchar(255),
    facility_state varchar(20), facility_zip varchar(64), facility_country varchar(64), facility_recruitment_status varchar(60), facility_contact_name varchar(255),
    facility_contact_degree varchar(255), facility_contact_phone varchar(255), facility_contact_email varchar(255), protocol_type varchar(30),
    protocol_description varchar(1000), protocol_date_verification date, phase varchar(30), expected_total_enrollment integer, sponsor varchar(255),
    collaborators varchar(1000), medline_identifier varchar(255), url varchar(255), url_description varchar(255), conditions varchar(500), keywords varchar(255),
    eligibility varchar(500), gender varchar(30), age_max varchar(3), age_min varchar(3), healthy_volunteer_accepted boolean, purpose varchar(64),
    allocation varchar(64), masking varchar(30), control varchar(30), assignment varchar(30), endpoint varchar(64), interventions varchar(1000),
    duration varchar(30), selection varchar(30), timing varchar(30), official_title varchar(255), results_reference boolean, oc_oid varchar(40) NOT NULL UNIQUE,
    old_status_id integer DEFAULT 1, mail_notification varchar(255) NOT NULL DEFAULT 'DISABLED', contact_email varchar(255)
);
INSERT INTO study VALUES
 (1, NULL, 'HF-START', 'EudraCT 2021-004417-31 / NL78204.058.21', 'HF-START: Early SGLT2 inhibition after hospitalisation for acute heart failure',
  'Multicentre, randomised, open-label, blinded end-point trial of empagliflozin 10 mg started in hospital versus after discharge in patients admitted with acute heart failure.',
  '2022-04-01', '2025-03-31', '2021-11-02', '2024-02-12', 2, 2, 2, 1, 'Prof. dr. Pieter Visser', 'Rijnland UMC - Clinical Trial Unit', 'Leiden', 'Zuid-Holland', '2333 ZA',
  'Netherlands', 'Recruiting', 'Marieke van der Linden', 'MSc', '+31 71 526 4418', 'hfstart@rijnlandumc.example', 'interventional',
  'Patients hospitalised for acute heart failure (de novo or decompensated chronic HF, any ejection fraction) are randomised 1:1 to start empagliflozin 10 mg once daily during the index admission or to usual care with optional initiation after 90 days. Primary end point: hierarchical composite of death, heart failure events and change in KCCQ score at 90 days. Follow-up visits at 30 and 90 days, telephone contact at 180 days.',
  '2024-01-15', 'phaseIV', 600, 'Hartwerk Research Foundation',
  'Universitätsklinikum Rhein-Main; Fundación de Investigación Biomédica Virgen de la Vega; Hospital Clínic del Besòs; Ziekenhuis Maasoever; Klinikum Förde Kiel',
  '', 'https://hf-start-trial.example', 'Trial website', 'Acute heart failure; Heart failure with reduced, mildly reduced or preserved ejection fraction',
  'SGLT2 inhibitor, empagliflozin, acute heart failure, readmission, KCCQ',
  'Adults hospitalised with acute heart failure, NT-proBNP >= 1600 pg/mL (>= 2400 pg/mL in atrial fibrillation), haemodynamically stable, eGFR >= 20 mL/min/1.73m2. Exclusions: type 1 diabetes, cardiogenic shock, current SGLT2 inhibitor use, pregnancy.',
  'both', '', '18', false, 'treatment', 'randomized', 'open label', 'active', 'parallel', 'efficacy', 'Drug: empagliflozin 10 mg once daily, started in hospital',
  'longitudinal', 'convenience sample', 'prospective', 'Early in-hospital initiation of empagliflozin versus usual care in acute heart failure: a pragmatic randomised trial (HF-START)',
  false, 'S_HFSTART', 1, 'ENABLED', 'hfstart@rijnlandumc.example'),
 (2, 1, 'HFSTART-NL01', 'METC-LDD P21.144', 'HF-START NL01 Leiden', '', '2022-04-01', '2025-03-31', '2022-03-10', '2023-09-04', 2, 2, 2, 1,
  'dr. Esther van den Berg', 'Rijnland UMC', 'Leiden', 'Zuid-Holland', '2333 ZA', 'Netherlands', 'Recruiting', 'Lotte Janssen', 'RN, research nurse', '071-5269330',
  'trialbureau.cardiologie@rijnlandumc.example', 'interventional', '', '2024-01-15', 'phaseIV', 180, 'Hartwerk Research Foundation', '', '', '', '', '', '', '', 'both', '', '18',
  false, '', '', '', '', '', '', '', '', '', '', '', false, 'S_HFSTNL01', 1, 'ENABLED', 'trialbureau.cardiologie@rijnlandumc.example'),
 (3, 1, 'HFSTART-NL02', 'MEC-U 22-0113 (lokale uitvoerbaarheid)', 'HF-START NL02 Rotterdam', '', '2022-05-01', '2025-03-31', '2022-04-20', '2023-11-20', 2, 3, 2, 1,
  'dr. Koen de Wit', 'Ziekenhuis Maasoever', 'Rotterdam', 'Zuid-Holland', '3079 DZ', 'Netherlands', 'Recruiting', 'Nurcan Yılmaz', 'Research verpleegkundige', '010-2914475',
  'n.yilmaz@maasoever.example', 'interventional', '', '2024-01-15', 'phaseIV', 100, 'Hartwerk Research Foundation', '', '', '', '', '', '', '', 'both', '', '18',
  false, '', '', '', '', '', '', '', '', '', '', '', false, 'S_HFSTNL02', 1, 'DISABLED', 'n.yilmaz@maasoever.example'),
 (4, 1, 'HFSTART-DE01', 'Ethik-Kommission FB Medizin 2022-133-f-S', 'HF-START DE01 Frankfurt', '', '2022-05-23', '2025-03-31', '2022-05-12', '2024-01-08', 2, 3, 2, 1,
  'Prof. Dr. med. Katrin Hoffmann', 'Universitätsklinikum Rhein-Main', 'Frankfurt am Main', 'Hessen', '60590', 'Germany', 'Recruiting', 'Anastasia Andreeva', 'Study Nurse',
  '069 6301 7790', 'studienzentrale.kardio@ukrm.example', 'interventional', '', '2024-01-15', 'phaseIV', 150, 'Hartwerk Research Foundation', '', '', '', '', '', '', '', 'both', '', '18',
  false, '', '', '', '', '', '', '', '', '', '', '', false, 'S_HFSTDE01', 1, 'ENABLED', 'studienzentrale.kardio@ukrm.example'),
 (5, 1, 'HFSTART-DE02', 'Ethikkommission Kiel D 542/22', 'HF-START DE02 Kiel', '', '2022-06-13', '2025-03-31', '2022-06-08', '2023-06-30', 2, 4, 2, 1,
  'Dr. med. Hauke Petersen', 'Klinikum Förde', 'Kiel', 'Schleswig-Holstein', '24105', 'Germany', 'Recruiting', 'Silke Jensen', 'Study Nurse', '0431 1697 2234',
  's.jensen@klinikum-foerde.example', 'interventional', '', '2024-01-15', 'phaseIV', 80, 'Hartwerk Research Foundation', '', '', '', '', '', '', '', 'both', '', '18',
  false, '', '', '', '', '', '', '', '', '', '', '', false, 'S_HFSTDE02', 1, 'DISABLED', 's.jensen@klinikum-foerde.example'),
 (6, 1, 'HFSTART-ES01', 'CEIm Sevilla Sur 1452-N-22', 'HF-START ES01 Sevilla', '', '2022-07-04', '2025-03-31', '2022-06-29', '2024-03-04', 2, 4, 2, 1,
  'Dr. José Manuel García Ortega', 'Hospital Universitario Virgen de la Vega', 'Sevilla', 'Andalucía', '41013', 'Spain', 'Recruiting', 'Lucía Romero Díaz', 'Enfermera de investigación',
  '+34 678 441 209', 'ensayos.cardiologia.huvv@huvv.example', 'interventional', '', '2024-01-15', 'phaseIV', 60, 'Hartwerk Research Foundation', '', '', '', '', '', '', '', 'both', '', '18',
  false, '', '', '', '', '', '', '', '', '', '', '', false, 'S_HFSTES01', 1, 'ENABLED', 'ensayos.cardiologia.huvv@huvv.example'),
 (7, 1, 'HFSTART-ES02', 'HCB/2022/0751', 'HF-START ES02 Barcelona', '', '2022-09-05', '2025-03-31', '2022-09-01', '2023-10-16', 2, 10, 2, 1,
  'Dra. Montserrat Puig i Ferrer', 'Hospital Clínic del Besòs', 'Barcelona', 'Cataluña', '08019', 'Spain', 'Recruiting', 'Andreea Popescu', 'Coordinadora de estudios',
  '+34 622 908 114', 'apopescu@hcbesos.example', 'interventional', '', '2024-01-15', 'phaseIV', 30, 'Hartwerk Research Foundation', '', '', '', '', '', '', '', 'both', '', '18',
  false, '', '', '', '', '', '', '', '', '', '', '', false, 'S_HFSTES02', 1, 'DISABLED', 'apopescu@hcbesos.example');

CREATE TABLE study_user_role (
    role_name varchar(40), study_id integer REFERENCES study, status_id integer REFERENCES status, owner_id integer REFERENCES user_account, date_created date,
    date_updated date, update_id integer, user_name varchar(64)
);
INSERT INTO study_user_role
SELECT s.role, s.sid, CASE WHEN s.status = 1 THEN 1 ELSE 5 END, CASE WHEN s.uid = 1 THEN 1 ELSE 2 END, s.created,
       CASE WHEN s.status <> 1 THEN pgen.d('surend', s.uid, date '2023-06-01', date '2024-02-01') END, CASE WHEN s.status <> 1 THEN 2 END, s.uname
FROM pgen.st s
UNION ALL
SELECT 'monitor', sid, 1, 2, date '2022-07-11', NULL, NULL, 'mon_' || m FROM (VALUES (2, 'lkowalczyk'), (3, 'lkowalczyk'), (4, 'tbrenner'), (5, 'tbrenner'), (6, 'aruiz'), (7, 'aruiz')) v(sid, m)
UNION ALL
SELECT 'ra', 3, 1, 2, date '2022-04-25', NULL, NULL, 'ljanssen'
ORDER BY 5, 8;

CREATE TABLE study_parameter_value (study_parameter_value_id serial PRIMARY KEY, study_id integer REFERENCES study, value varchar(50), parameter varchar(50));
INSERT INTO study_parameter_value (study_id, value, parameter)
SELECT s.study_id, v.value, v.parameter
FROM study s CROSS JOIN LATERAL (VALUES
  (1, CASE WHEN s.study_id IN (1, 2, 4, 5) THEN 'not used' WHEN s.study_id = 7 THEN 'optional' ELSE 'required' END, 'subjectPersonIdRequired'),
  (2, '1', 'collectDob'), (3, 'true', 'genderRequired'), (4, 'manual', 'subjectIdGeneration'), (5, 'true', 'subjectIdPrefixSuffix'),
  (6, 'optional', 'interviewerNameRequired'), (7, 'pre-populated from active user', 'interviewerNameDefault'), (8, 'true', 'interviewerNameEditable'),
  (9, 'required', 'interviewDateRequired'), (10, 'pre-populated from SE', 'interviewDateDefault'), (11, 'true', 'interviewDateEditable'),
  (12, 'false', 'personIdShownOnCRF'), (13, CASE WHEN s.study_id IN (2, 4, 6, 7) THEN 'true' ELSE 'false' END, 'secondaryLabelViewable'),
  (14, 'true', 'adminForcedReasonsForChange'), (15, 'optional', 'eventLocationRequired'), (16, 'true', 'discrepancyManagement'),
  (17, 'false', 'allowAdministrativeEditing'), (18, 'both', 'markCRFcomplete')) v(n, value, parameter)
ORDER BY s.study_id, v.n;

CREATE TABLE audit_user_login (
    id serial PRIMARY KEY, user_name varchar(255), user_account_id integer, login_attempt_date timestamp, login_status_code integer, version integer, details varchar(255)
);
-- Each user's sessions (1 login, 4 logout), failed attempts (2) with the
-- name typed, lock-outs (3); a few names nobody has.
INSERT INTO audit_user_login (user_name, user_account_id, login_attempt_date, login_status_code, version, details)
SELECT x.typed, CASE WHEN x.typed = u.user_name THEN u.user_id END, x.t, x.code, 1, NULL
FROM user_account u
CROSS JOIN LATERAL generate_series(1, CASE WHEN u.user_id IN (3, 4, 5, 15, 19, 24, 28, 32, 36) THEN 55 WHEN u.user_id = 12 THEN 2 WHEN u.user_id IN (38, 39, 40) THEN 12 ELSE 22 END) k
CROSS JOIN LATERAL (SELECT pgen.work('aul', u.user_id * 1000 + k, u.date_created, coalesce(CASE WHEN u.status_id <> 1 THEN u.date_updated END, date '2024-06-28')) AS t0,
                           fixture_gen.n('aulf', u.user_id * 1000 + k, 100) AS r) y
CROSS JOIN LATERAL (
  SELECT u.user_name AS typed, y.t0 AS t, 1 AS code
  UNION ALL SELECT u.user_name, y.t0 + make_interval(mins => 20 + fixture_gen.n('aullo', u.user_id * 1000 + k, 200)), 4 WHERE y.r < 45
  UNION ALL SELECT CASE fixture_gen.n('aulty', u.user_id * 1000 + k, 5) WHEN 0 THEN upper(substr(u.user_name, 1, 1)) || substr(u.user_name, 2)
                        WHEN 1 THEN u.email WHEN 2 THEN u.user_name || '1' WHEN 3 THEN replace(u.user_name, '_', '.') ELSE u.user_name END,
                   y.t0 - make_interval(secs => 40 + fixture_gen.n('aulfs', u.user_id * 1000 + k, 300)), 2 WHERE y.r >= 90
  UNION ALL SELECT u.user_name, y.t0 - make_interval(secs => 10), 3 WHERE y.r = 99 OR (u.user_id = 39 AND k = 12)) x
WHERE u.user_id <> 1 OR k <= 8
UNION ALL
SELECT v.typed, NULL, pgen.work('aulx', v.n, date '2022-06-01', date '2024-06-28'), 2, 1, NULL
FROM (VALUES (1, 'admin'), (2, 'e.vandenberg'), (3, 'Katrin.Hoffmann'), (4, 'lucia.romero@huvv.example'), (5, 'test'), (6, 'jmgarcia.huvv'),
  (7, 'nurcan'), (8, 'openclinica'), (9, 'hpetersen@klinikum-foerde.example'), (10, 'montse.puig')) v(n, typed)
ORDER BY 3;

-- ---------------------------------------------------------------------------
-- Subjects (the person, shared across studies) and study subjects (the
-- person in this study at one site).

-- Staff per site: investigators and research staff who enter data.
CREATE TABLE pgen.sstaff (sid int PRIMARY KEY, inv int[], ra int[]);
INSERT INTO pgen.sstaff VALUES (2, ARRAY[13, 14], ARRAY[15, 16, 17, 15, 16]), (3, ARRAY[18], ARRAY[19, 20, 21, 19]), (4, ARRAY[22, 23], ARRAY[24, 25, 26, 24]),
  (5, ARRAY[27], ARRAY[28, 29, 28]), (6, ARRAY[30, 31], ARRAY[32, 33, 32]), (7, ARRAY[34, 35], ARRAY[36, 37]);
CREATE FUNCTION pgen.ra(sid int, tag text, i bigint) RETURNS int
LANGUAGE sql STABLE AS $$ SELECT s.ra[1 + fixture_gen.n(tag, i, cardinality(s.ra))] FROM pgen.sstaff s WHERE s.sid = $1 $$;
CREATE FUNCTION pgen.inv(sid int, tag text, i bigint) RETURNS int
LANGUAGE sql STABLE AS $$ SELECT s.inv[1 + fixture_gen.n(tag, i, cardinality(s.inv))] FROM pgen.sstaff s WHERE s.sid = $1 $$;

-- Events of the study and dates: withdrawal and death days after enrolment.
ALTER TABLE pgen.pt ADD COLUMN wd_day int, ADD COLUMN death_day int, ADD COLUMN w0 numeric, ADD COLUMN h int, ADD COLUMN uid int;
UPDATE pgen.pt SET wd_day = CASE WHEN withdrawn THEN 20 + fixture_gen.n('ptwdd', i, 80) END, death_day = CASE WHEN died THEN 8 + fixture_gen.n('ptdth', i, 165) END,
  w0 = round((CASE sex WHEN 'm' THEN 68 ELSE 56 END + fixture_gen.n('ptw0', i, 45) + fixture_gen.n('ptw1', i, 10) / 10.0)::numeric, 1),
  h = CASE sex WHEN 'm' THEN 164 + fixture_gen.n('pth', i, 30) ELSE 152 + fixture_gen.n('pth', i, 25) END, uid = pgen.ra(sid, 'ptuid', i);

CREATE TABLE subject (
    subject_id serial PRIMARY KEY, father_id integer, mother_id integer, status_id integer REFERENCES status, date_of_birth date, gender char(1),
    unique_identifier varchar(255), date_created timestamptz, owner_id integer REFERENCES user_account, date_updated timestamptz, update_id integer, dob_collected boolean
);
INSERT INTO subject
SELECT p.i, NULL, NULL, 1, p.dob, p.sex,
       CASE WHEN p.sid IN (3, 6) THEN p.natid WHEN p.sid = 7 AND p.i % 3 = 0 THEN p.natid ELSE '' END,
       p.enrol + time '09:00' + make_interval(mins => fixture_gen.n('sucr', p.i, 480)), p.uid,
       CASE WHEN p.i % 7 = 0 THEN p.enrol + make_interval(days => 1 + fixture_gen.n('suup', p.i, 60), hours => 10) END, CASE WHEN p.i % 7 = 0 THEN p.uid END, true
FROM pgen.pt p ORDER BY p.i;

CREATE TABLE study_subject (
    study_subject_id serial PRIMARY KEY, label varchar(30), secondary_label varchar(30), subject_id integer REFERENCES subject, study_id integer REFERENCES study,
    status_id integer REFERENCES status, enrollment_date date, date_created timestamptz, date_updated timestamptz, owner_id integer REFERENCES user_account,
    update_id integer, oc_oid varchar(40) NOT NULL UNIQUE, time_zone varchar(255) DEFAULT ''
);
INSERT INTO study_subject
SELECT p.i, p.label,
       CASE p.sid WHEN 2 THEN p.hosp WHEN 3 THEN '' WHEN 4 THEN 'PID ' || p.hosp WHEN 5 THEN CASE WHEN p.i % 4 = 0 THEN 'Fall ' || p.hosp ELSE '' END
                  WHEN 6 THEN 'NHC ' || p.hosp ELSE CASE WHEN p.i % 3 = 0 THEN '' ELSE p.natid END END,
       p.i, p.sid, CASE WHEN p.withdrawn AND p.i % 2 = 0 THEN 8 ELSE 1 END, p.enrol,
       p.enrol + time '09:05' + make_interval(mins => fixture_gen.n('sucr', p.i, 480)),
       CASE WHEN p.i % 5 = 0 THEN p.enrol + make_interval(days => 2 + fixture_gen.n('ssup', p.i, 200), hours => 11) END, p.uid, CASE WHEN p.i % 5 = 0 THEN p.uid END,
       'SS_' || replace(p.label, '-', ''), ''
FROM pgen.pt p ORDER BY p.i;

CREATE TABLE study_group_class (
    study_group_class_id serial PRIMARY KEY, name varchar(30), study_id integer REFERENCES study, owner_id integer REFERENCES user_account, date_created date,
    group_class_type_id integer, status_id integer REFERENCES status, date_updated date, update_id integer, subject_assignment varchar(30)
);
INSERT INTO study_group_class VALUES (1, 'Treatment arm', 1, 2, '2022-03-10', 1, 1, NULL, NULL, 'Required'), (2, 'Diabetes at baseline', 1, 2, '2022-03-10', 3, 1, '2022-03-28', 3, 'Required');

CREATE TABLE study_group (study_group_id serial PRIMARY KEY, name varchar(255), description varchar(1000), study_group_class_id integer REFERENCES study_group_class);
INSERT INTO study_group VALUES (1, 'Early empagliflozin', 'Empagliflozin 10 mg once daily started during the index admission', 1),
  (2, 'Usual care', 'No SGLT2 inhibitor before day 90; start afterwards at the treating physician''s discretion', 1),
  (3, 'Type 2 diabetes', 'Known type 2 diabetes or HbA1c >= 48 mmol/mol at screening (stratification factor)', 2), (4, 'No diabetes', '', 2);

CREATE TABLE subject_group_map (
    subject_group_map_id serial PRIMARY KEY, study_group_class_id integer REFERENCES study_group_class, study_subject_id integer REFERENCES study_subject,
    study_group_id integer REFERENCES study_group, status_id integer REFERENCES status, owner_id integer REFERENCES user_account, date_created date, date_updated date,
    update_id integer, notes varchar(255)
);
INSERT INTO subject_group_map (study_group_class_id, study_subject_id, study_group_id, status_id, owner_id, date_created, date_updated, update_id, notes)
SELECT g.c, p.i, CASE g.c WHEN 1 THEN p.arm ELSE CASE WHEN p.dm THEN 3 ELSE 4 END END, 1, CASE WHEN g.c = 1 AND fixture_gen.n('sgmws', p.i, 10) < 8 THEN 12 ELSE p.uid END, p.enrol,
       CASE WHEN g.c = 2 AND p.i % 29 = 3 THEN p.enrol + 3 END, CASE WHEN g.c = 2 AND p.i % 29 = 3 THEN 3 END,
       CASE WHEN g.c = 2 THEN CASE WHEN p.i % 29 = 3 THEN CASE p.cc WHEN 'nl' THEN 'Stratum gecorrigeerd: HbA1c 51 bij huisarts (brief 12-01), niet in eigen lab' WHEN 'de' THEN 'Stratum korrigiert nach HbA1c vom Hausarzt' ELSE 'Estrato corregido: HbA1c 52 en analítica de primaria' END ELSE '' END
            WHEN fixture_gen.n('sgmws', p.i, 10) < 8 THEN 'R-' || lpad((p.i * 7 % 997)::text, 4, '0') || ' via webservice'
            WHEN p.cc = 'nl' THEN fixture_gen.pick(ARRAY['Webservice storing, telefonisch gerandomiseerd bij CTU (J. Bakker)', 'Telefonisch gerandomiseerd, bevestigd per mail door S. El Amrani',
                 'Randomisatie na overleg met ' || pgen.rel_word(p.cc, p.rel, p.sex) || ' ' || p.rel_first || ' (wilsbekwaamheid besproken)'], 'sgmn', p.i)
            WHEN p.cc = 'de' THEN fixture_gen.pick(ARRAY['Randomisierung telefonisch über CTU Leiden (Hr. Bakker)', 'Webservice down, Randomisierung per Fax bestätigt',
                 'Randomisiert nach Aufklärung im Beisein von ' || p.rel_first || ' ' || p.rel_last], 'sgmn', p.i)
            ELSE fixture_gen.pick(ARRAY['Aleatorizado por teléfono con el CTU (Sr. Bakker)', 'Caída del webservice; aleatorización confirmada por correo',
                 'Aleatorizado tras informar a su ' || pgen.rel_word(p.cc, p.rel, p.sex) || ', ' || p.rel_first || ' ' || p.rel_last], 'sgmn', p.i) END
FROM pgen.pt p CROSS JOIN (VALUES (1), (2)) g(c) ORDER BY p.i, g.c;

-- ---------------------------------------------------------------------------
-- Event definitions and the events of each participant.

CREATE TABLE study_event_definition (
    study_event_definition_id serial PRIMARY KEY, study_id integer REFERENCES study, name varchar(2000), description varchar(2000), repeating boolean,
    type varchar(20), category varchar(2000), owner_id integer REFERENCES user_account, status_id integer REFERENCES status, date_created date, date_updated date,
    update_id integer, ordinal integer, oc_oid varchar(40) NOT NULL UNIQUE
);
INSERT INTO study_event_definition VALUES
 (1, 1, 'Baseline / randomisation', 'Screening, informed consent, randomisation during the index admission', false, 'scheduled', 'Visits', 2, 1, '2022-03-10', NULL, NULL, 1, 'SE_BASELINE'),
 (2, 1, 'Day 30 visit', 'Outpatient visit 30 (+/- 5) days after randomisation', false, 'scheduled', 'Visits', 2, 1, '2022-03-10', NULL, NULL, 2, 'SE_DAY30'),
 (3, 1, 'Day 90 visit', 'Outpatient visit 90 (+/- 7) days after randomisation; primary end point', false, 'scheduled', 'Visits', 2, 1, '2022-03-10', '2022-11-14', 3, 3, 'SE_DAY90'),
 (4, 1, 'Telephone follow-up day 180', 'Telephone contact 180 (+/- 14) days after randomisation', false, 'scheduled', 'Follow-up', 2, 1, '2022-03-10', NULL, NULL, 4, 'SE_TELFU180'),
 (5, 1, 'Adverse event', 'Any adverse event from randomisation to day 180', true, 'unscheduled', 'Safety', 2, 1, '2022-03-10', NULL, NULL, 5, 'SE_AE'),
 (6, 1, 'End of study', 'Completion, withdrawal or death', false, 'unscheduled', 'Study conclusion', 2, 1, '2022-03-10', NULL, NULL, 6, 'SE_EOS');

CREATE TABLE pgen.ev (se serial PRIMARY KEY, i int, sed int, ord int, d date, loc text, ses int);
INSERT INTO pgen.ev (i, sed, ord, d, loc, ses)
SELECT i, sed, ord, d, loc, ses FROM (
  SELECT p.i, v.sed, 1 AS ord, p.enrol + v.off + CASE WHEN v.sed > 1 THEN fixture_gen.n('evoff' || v.sed, p.i, 9) - 4 ELSE 0 END AS d,
         CASE WHEN v.sed = 4 THEN CASE p.cc WHEN 'nl' THEN 'telefonisch' WHEN 'de' THEN 'telefonisch' ELSE 'telefónica' END
              WHEN v.sed = 3 AND fixture_gen.n('evhome', p.i, 100) < 6 THEN CASE p.cc WHEN 'nl' THEN 'Huisbezoek: ' WHEN 'de' THEN 'Hausbesuch: ' ELSE 'Visita domiciliaria: ' END || p.street || ', ' || p.town
              WHEN fixture_gen.n('evloc' || v.sed, p.i, 100) < 45 THEN ''
              WHEN v.sed = 1 THEN CASE p.sid WHEN 2 THEN 'Afdeling Cardiologie C5' WHEN 3 THEN 'CCU / afd. 4 Noord' WHEN 4 THEN 'Station 23-2 Kardiologie' WHEN 5 THEN 'Station K3'
                                             WHEN 6 THEN 'Planta 4ª Cardiología' ELSE 'Sala 7, Cardiologia' END
              ELSE CASE p.sid WHEN 2 THEN 'Polikliniek Cardiologie' WHEN 3 THEN 'Polikliniek hartfalen' WHEN 4 THEN 'Studienambulanz Haus 23' WHEN 5 THEN 'Studienambulanz'
                              WHEN 6 THEN 'Consultas externas Cardiología' ELSE 'Consultes externes' END END AS loc,
         4 AS ses, p.wd_day, p.death_day, v.off
  FROM pgen.pt p CROSS JOIN (VALUES (1, 0), (2, 30), (3, 90), (4, 180)) v(sed, off)
  UNION ALL
  SELECT p.i, 5, k, p.enrol + 3 + fixture_gen.n('evae', p.i * 10 + k, coalesce(least(p.death_day, p.wd_day), 175)), '', 4, p.wd_day, p.death_day, 0
  FROM pgen.pt p CROSS JOIN LATERAL generate_series(1, (ARRAY[0, 0, 0, 1, 1, 1, 2, 2, 3, 4])[1 + fixture_gen.n('evaen', p.i, 10)]) k
  UNION ALL
  SELECT p.i, 6, 1, p.enrol + coalesce(p.death_day, p.wd_day, 180 + fixture_gen.n('evoff4', p.i, 9) - 4), '', 4, p.wd_day, p.death_day, 0
  FROM pgen.pt p) x
WHERE x.d <= date '2024-06-28' AND (x.off = 0 OR x.off < coalesce(least(x.death_day, x.wd_day), 999))
ORDER BY x.d, x.i, x.sed, x.ord;
-- The latest visits are still being entered.
UPDATE pgen.ev SET ses = CASE WHEN d > date '2024-06-24' THEN 1 WHEN d > date '2024-06-14' THEN 3 ELSE ses END;
UPDATE pgen.ev SET ses = 8 WHERE sed = 6 AND d < date '2023-12-01' AND i % 3 = 0;

CREATE TABLE study_event (
    study_event_id serial PRIMARY KEY, study_event_definition_id integer REFERENCES study_event_definition, study_subject_id integer REFERENCES study_subject,
    location varchar(2000), sample_ordinal integer, date_start timestamp, date_end timestamp, owner_id integer REFERENCES user_account, status_id integer REFERENCES status,
    date_created timestamptz, date_updated timestamptz, update_id integer, subject_event_status_id integer, start_time_flag boolean, end_time_flag boolean
);
INSERT INTO study_event
SELECT e.se, e.sed, e.i, e.loc, e.ord, e.d + CASE WHEN e.sed IN (2, 3) AND e.se % 3 = 0 THEN time '09:00' + make_interval(mins => 15 * fixture_gen.n('setm', e.se, 28)) ELSE time '00:00' END,
       NULL, p.uid, CASE WHEN e.ses = 8 THEN 8 ELSE 1 END, e.d + time '08:00' + make_interval(mins => fixture_gen.n('secr', e.se, 600)),
       CASE WHEN e.ses <> 1 THEN e.d + make_interval(days => fixture_gen.n('seup', e.se, 12), hours => 14) END, CASE WHEN e.ses <> 1 THEN pgen.ra(p.sid, 'seupd', e.se) END,
       e.ses, e.sed IN (2, 3) AND e.se % 3 = 0, false
FROM pgen.ev e JOIN pgen.pt p ON p.i = e.i ORDER BY e.se;

-- ---------------------------------------------------------------------------
-- CRFs, versions, sections, items, groups and their form metadata.

CREATE TABLE crf (
    crf_id serial PRIMARY KEY, status_id integer REFERENCES status, name varchar(255), description varchar(2048), owner_id integer REFERENCES user_account,
    date_created date, date_updated date, update_id integer, oc_oid varchar(40) NOT NULL UNIQUE, source_study_id integer
);
INSERT INTO crf VALUES
 (1, 1, 'Demographics and eligibility', 'Baseline characteristics, index admission, heart failure history', 3, '2022-02-14', NULL, NULL, 'F_DEMOGRAPHICSA', 1),
 (2, 1, 'Vital signs', 'Blood pressure, heart rate, body weight', 3, '2022-02-14', '2023-01-12', 4, 'F_VITALSIGNS', 1),
 (3, 1, 'Laboratory', 'Local laboratory: NT-proBNP, renal function, potassium, HbA1c', 3, '2022-02-14', '2022-10-28', 4, 'F_LABORATORY', 1),
 (4, 1, 'Concomitant medication', 'Heart failure and other relevant medication, one row per drug', 3, '2022-02-15', NULL, NULL, 'F_CONCOMITANTM', 1),
 (5, 1, 'Adverse event', 'One form per adverse event; serious adverse events also reported on paper SAE form within 24 h', 3, '2022-02-15', '2023-02-24', 3, 'F_ADVERSEEVENT', 1),
 (6, 1, 'Telephone follow-up', 'Day 180 telephone contact', 4, '2022-02-16', NULL, NULL, 'F_TELEPHONEFOL', 1),
 (7, 1, 'End of study', 'Study completion, withdrawal, death', 4, '2022-02-16', NULL, NULL, 'F_ENDOFSTUDY', 1);

CREATE TABLE crf_version (
    crf_version_id serial PRIMARY KEY, crf_id integer NOT NULL REFERENCES crf, name varchar(255), description varchar(4000), revision_notes varchar(255),
    status_id integer REFERENCES status, date_created date, date_updated date, owner_id integer REFERENCES user_account, update_id integer, oc_oid varchar(40) NOT NULL UNIQUE
);
INSERT INTO crf_version VALUES
 (1, 1, 'v1.0', 'Demographics and eligibility', 'Initial version', 1, '2022-02-14', NULL, 3, NULL, 'F_DEMOGRAPHICSA_V10'),
 (2, 2, 'v1.0', 'Vital signs', 'Initial version', 1, '2022-02-14', NULL, 3, NULL, 'F_VITALSIGNS_V10'),
 (3, 3, 'v1.0', 'Laboratory', 'Initial version', 1, '2022-02-14', NULL, 3, NULL, 'F_LABORATORY_V10'),
 (4, 4, 'v1.0', 'Concomitant medication', 'Initial version', 1, '2022-02-15', NULL, 3, NULL, 'F_CONCOMITANTM_V10'),
 (5, 5, 'v1.0', 'Adverse event', 'Initial version', 1, '2022-02-15', NULL, 3, NULL, 'F_ADVERSEEVENT_V10'),
 (6, 6, 'v1.0', 'Telephone follow-up', 'Initial version', 1, '2022-02-16', NULL, 4, NULL, 'F_TELEPHONEFOL_V10'),
 (7, 7, 'v1.0', 'End of study', 'Initial version', 1, '2022-02-16', NULL, 4, NULL, 'F_ENDOFSTUDY_V10'),
 (8, 2, 'v1.1', 'Vital signs', 'Weight with one decimal; comment field widened to 500 characters', 1, '2023-01-12', NULL, 4, NULL, 'F_VITALSIGNS_V11'),
 (9, 3, 'v1.1', 'Laboratory', 'HbA1c added for the diabetes stratum check (amendment 1)', 1, '2022-10-28', NULL, 4, NULL, 'F_LABORATORY_V11'),
 (10, 5, 'v2.0', 'Adverse event', 'Four-point relatedness scale and outcome list per amendment 2', 1, '2023-02-24', NULL, 3, NULL, 'F_ADVERSEEVENT_V20');

CREATE TABLE event_definition_crf (
    event_definition_crf_id serial PRIMARY KEY, study_event_definition_id integer REFERENCES study_event_definition, study_id integer REFERENCES study,
    crf_id integer REFERENCES crf, required_crf boolean, double_entry boolean, require_all_text_filled boolean, decision_conditions boolean, null_values varchar(255),
    default_version_id integer REFERENCES crf_version, status_id integer REFERENCES status, owner_id integer REFERENCES user_account, date_created date, date_updated date,
    update_id integer, ordinal integer, electronic_signature boolean DEFAULT false, hide_crf boolean DEFAULT false, source_data_verification_code integer,
    selected_version_ids varchar(150), parent_id integer
);
INSERT INTO event_definition_crf VALUES
 (1, 1, 1, 1, true, false, false, false, 'NI,UNK', 1, 1, 3, '2022-03-10', NULL, NULL, 1, false, false, 1, '', NULL),
 (2, 1, 1, 2, true, false, false, false, '', 8, 1, 3, '2022-03-10', '2023-01-12', 4, 2, false, false, 1, '', NULL),
 (3, 1, 1, 3, true, false, false, false, 'NA,UNK', 9, 1, 3, '2022-03-10', '2022-10-28', 4, 3, false, false, 1, '', NULL),
 (4, 1, 1, 4, true, false, false, false, '', 4, 1, 3, '2022-03-10', NULL, NULL, 4, false, false, 2, '', NULL),
 (5, 2, 1, 2, true, false, false, false, '', 8, 1, 3, '2022-03-10', '2023-01-12', 4, 1, false, false, 3, '', NULL),
 (6, 2, 1, 3, true, false, false, false, 'NA,UNK', 9, 1, 3, '2022-03-10', '2022-10-28', 4, 2, false, false, 3, '', NULL),
 (7, 3, 1, 2, true, false, false, false, '', 8, 1, 3, '2022-03-10', '2023-01-12', 4, 1, false, false, 1, '', NULL),
 (8, 3, 1, 3, true, false, false, false, 'NA,UNK', 9, 1, 3, '2022-03-10', '2022-10-28', 4, 2, false, false, 1, '', NULL),
 (9, 3, 1, 4, true, false, false, false, '', 4, 1, 3, '2022-03-10', NULL, NULL, 3, false, false, 2, '', NULL),
 (10, 4, 1, 6, true, false, false, false, 'UNK,ASKU', 6, 1, 4, '2022-03-10', NULL, NULL, 1, false, false, 3, '', NULL),
 (11, 5, 1, 5, true, false, false, false, 'UNK', 10, 1, 3, '2022-03-10', '2023-02-24', 3, 1, false, false, 1, '', NULL),
 (12, 6, 1, 7, true, false, false, false, '', 7, 1, 4, '2022-03-10', NULL, NULL, 1, true, false, 1, '', NULL),
 (13, 2, 5, 3, false, false, false, false, 'NA,UNK', 9, 1, 2, '2022-06-20', NULL, NULL, 2, false, true, 3, '9', 6),
 (14, 1, 7, 3, true, false, false, false, 'NA,UNK', 9, 1, 2, '2022-09-05', NULL, NULL, 3, false, false, 1, '9', 3),
 (15, 3, 6, 2, true, false, false, false, '', 8, 1, 2, '2023-01-16', NULL, NULL, 1, false, false, 1, '8', 7);

CREATE TABLE section (
    section_id serial PRIMARY KEY, crf_version_id integer NOT NULL REFERENCES crf_version, status_id integer REFERENCES status, label varchar(2000), title varchar(2000),
    subtitle varchar(2000), instructions varchar(2000), page_number_label varchar(5), ordinal integer, parent_id integer, date_created date, date_updated date,
    owner_id integer NOT NULL REFERENCES user_account, update_id integer, borders integer
);
INSERT INTO section
SELECT cv.crf_version_id, cv.crf_version_id, 1, c.label, c.title, '', c.instr, '1', 1, NULL, cv.date_created, NULL, cv.owner_id, NULL, 0
FROM crf_version cv JOIN (VALUES
  (1, 'DM', 'Demographics and eligibility', 'Complete at randomisation. Do not enter names, addresses or hospital numbers in this form.'),
  (2, 'VS', 'Vital signs', 'Seated, after 5 minutes rest. Weight without shoes.'),
  (3, 'LB', 'Laboratory', 'Local laboratory values from the same day as the visit (+/- 3 days). Enter NT-proBNP in pg/mL.'),
  (4, 'CM', 'Concomitant medication', 'One row per medication. Use the generic name where possible.'),
  (5, 'AE', 'Adverse event', 'Report SAEs within 24 hours on the paper SAE form as well.'),
  (6, 'FU', 'Telephone follow-up', 'Ask about hospital admissions since the last visit and administer the KCCQ-12 by telephone.'),
  (7, 'EOS', 'End of study', 'Complete at day 180, at withdrawal or after death.')) c(crf_id, label, title, instr) ON c.crf_id = cv.crf_id
ORDER BY cv.crf_version_id;

CREATE TABLE item (
    item_id serial PRIMARY KEY, name varchar(255), description varchar(4000), units varchar(64), phi_status boolean, item_data_type_id integer,
    item_reference_type_id integer, status_id integer REFERENCES status, owner_id integer REFERENCES user_account, date_created date, date_updated date,
    update_id integer, oc_oid varchar(40) NOT NULL UNIQUE
);
-- pgen.it: the items with their CRF, group, response set and question.
CREATE TABLE pgen.it (item_id int PRIMARY KEY, crf int, name text, descr text, units text, dtype int, grp int, rs text, q text, req boolean, phi boolean);
INSERT INTO pgen.it VALUES
 (1, 1, 'DM_ICDATE', 'Date of informed consent', '', 9, 1, 'text', 'Date informed consent signed', true, false),
 (2, 1, 'DM_ADMDATE', 'Date of index admission', '', 9, 1, 'text', 'Date of admission for acute heart failure', true, false),
 (3, 1, 'DM_AGE', 'Age at consent', 'years', 6, 1, 'text', 'Age at informed consent', true, false),
 (4, 1, 'DM_HEIGHT', 'Height', 'cm', 6, 1, 'text', 'Height', true, false),
 (5, 1, 'DM_WEIGHT', 'Weight at discharge', 'kg', 7, 1, 'text', 'Body weight on the day of randomisation', true, false),
 (6, 1, 'DM_NYHA', 'NYHA class', '', 6, 1, 'NYHA', 'NYHA class at randomisation', true, false),
 (7, 1, 'DM_LVEF', 'Left ventricular ejection fraction', '%', 6, 1, 'text', 'Most recent LVEF (echo or MRI, within 12 months)', true, false),
 (8, 1, 'DM_HFTYPE', 'Heart failure presentation', '', 6, 1, 'HFTYPE', 'Presentation', true, false),
 (9, 1, 'DM_T2DM', 'Type 2 diabetes', '', 6, 1, 'YESNO', 'Known type 2 diabetes', true, false),
 (10, 1, 'DM_ETHNIC', 'Ethnic origin', '', 6, 1, 'ETHNIC', 'Ethnic origin (as reported by the participant)', false, false),
 (11, 1, 'DM_COMMENT', 'Comments', '', 5, 1, 'textarea', 'Comments', false, false),
 (12, 2, 'VS_DATE', 'Date of measurement', '', 9, 2, 'text', 'Date of measurement', true, false),
 (13, 2, 'VS_SBP', 'Systolic blood pressure', 'mmHg', 6, 2, 'text', 'Systolic blood pressure', true, false),
 (14, 2, 'VS_DBP', 'Diastolic blood pressure', 'mmHg', 6, 2, 'text', 'Diastolic blood pressure', true, false),
 (15, 2, 'VS_HR', 'Heart rate', 'bpm', 6, 2, 'text', 'Heart rate', true, false),
 (16, 2, 'VS_WEIGHT', 'Body weight', 'kg', 7, 2, 'text', 'Body weight', true, false),
 (17, 2, 'VS_COMMENT', 'Comments', '', 5, 2, 'textarea', 'Comments', false, false),
 (18, 3, 'LB_DATE', 'Date of blood sample', '', 9, 3, 'text', 'Date of blood sample', true, false),
 (19, 3, 'LB_NTPROBNP', 'NT-proBNP', 'pg/mL', 6, 3, 'text', 'NT-proBNP', true, false),
 (20, 3, 'LB_CREAT', 'Serum creatinine', 'umol/L', 6, 3, 'text', 'Creatinine', true, false),
 (21, 3, 'LB_EGFR', 'eGFR (CKD-EPI)', 'mL/min/1.73m2', 6, 3, 'text', 'eGFR', true, false),
 (22, 3, 'LB_K', 'Potassium', 'mmol/L', 7, 3, 'text', 'Potassium', true, false),
 (23, 3, 'LB_HBA1C', 'HbA1c', 'mmol/mol', 6, 3, 'text', 'HbA1c (if available)', false, false),
 (24, 3, 'LB_COMMENT', 'Comments', '', 5, 3, 'textarea', 'Comments', false, false),
 (25, 4, 'CM_TRT', 'Medication name', '', 5, 4, 'text', 'Medication (generic name)', true, false),
 (26, 4, 'CM_DOSE', 'Dose', '', 7, 4, 'text', 'Dose', true, false),
 (27, 4, 'CM_UNIT', 'Dose unit', '', 5, 4, 'UNIT', 'Unit', true, false),
 (28, 4, 'CM_FREQ', 'Frequency', '', 6, 4, 'FREQ', 'Frequency', true, false),
 (29, 4, 'CM_START', 'Start date', '', 10, 4, 'text', 'Start date (year and month are enough)', false, false),
 (30, 5, 'AE_TERM', 'Adverse event term', '', 5, 5, 'text', 'Adverse event (diagnosis if known)', true, false),
 (31, 5, 'AE_DESC', 'Description', '', 5, 5, 'textarea', 'Description of the event, course and treatment', true, false),
 (32, 5, 'AE_START', 'Onset date', '', 9, 5, 'text', 'Onset date', true, false),
 (33, 5, 'AE_SERIOUS', 'Serious', '', 6, 5, 'YESNO', 'Serious adverse event?', true, false),
 (34, 5, 'AE_SEV', 'Severity', '', 6, 5, 'SEV', 'Severity', true, false),
 (35, 5, 'AE_REL', 'Relationship to study drug', '', 6, 5, 'REL', 'Relationship to empagliflozin', true, false),
 (36, 5, 'AE_OUTCOME', 'Outcome', '', 6, 5, 'OUTCOME', 'Outcome', true, false),
 (37, 6, 'FU_DATE', 'Date of contact', '', 9, 6, 'text', 'Date of telephone contact', true, false),
 (38, 6, 'FU_CONTACT', 'Person spoken to', '', 5, 6, 'text', 'Contact with (participant or proxy)', true, true),
 (39, 6, 'FU_HOSP', 'Hospital admission since last visit', '', 6, 6, 'YESNO', 'Admitted to hospital since the day 90 visit?', true, false),
 (40, 6, 'FU_KCCQ', 'KCCQ-12 summary score', '', 7, 6, 'text', 'KCCQ-12 overall summary score', false, false),
 (41, 6, 'FU_NOTES', 'Notes', '', 5, 6, 'textarea', 'Notes', false, false),
 (42, 7, 'EOS_DATE', 'Date of end of study', '', 9, 7, 'text', 'Date of last contact', true, false),
 (43, 7, 'EOS_REASON', 'Reason', '', 6, 7, 'EOSREASON', 'Reason for end of study', true, false),
 (44, 7, 'EOS_DEATHDATE', 'Date of death', '', 9, 7, 'text', 'Date of death (if applicable)', false, false),
 (45, 7, 'EOS_COMMENT', 'Comments', '', 5, 7, 'textarea', 'Comments', false, false);
INSERT INTO item
SELECT it.item_id, it.name, it.descr, it.units, it.phi, it.dtype, 1, 1, CASE WHEN it.crf <= 5 THEN 3 ELSE 4 END, c.date_created, NULL, NULL,
       'I_' || upper(split_part(it.name, '_', 1)) || '_' || it.name
FROM pgen.it it JOIN crf c ON c.crf_id = it.crf ORDER BY it.item_id;
-- The versions each item is on.
CREATE TABLE pgen.iv AS
SELECT it.*, cv.crf_version_id AS cv, row_number() OVER (PARTITION BY cv.crf_version_id ORDER BY it.item_id) AS ord
FROM pgen.it it JOIN crf_version cv ON cv.crf_id = it.crf
WHERE NOT (it.name = 'LB_HBA1C' AND cv.crf_version_id = 3);

CREATE TABLE item_group (
    item_group_id serial PRIMARY KEY, name varchar(255), crf_id integer NOT NULL REFERENCES crf, status_id integer REFERENCES status, date_created date,
    date_updated date, owner_id integer REFERENCES user_account, update_id integer, oc_oid varchar(40) NOT NULL UNIQUE
);
INSERT INTO item_group VALUES (1, 'Ungrouped', 1, 1, '2022-02-14', NULL, 3, NULL, 'IG_DEMOG_UNGROUPED'), (2, 'Ungrouped', 2, 1, '2022-02-14', NULL, 3, NULL, 'IG_VITAL_UNGROUPED'),
  (3, 'Ungrouped', 3, 1, '2022-02-14', NULL, 3, NULL, 'IG_LABOR_UNGROUPED'), (4, 'CM_MEDS', 4, 1, '2022-02-15', NULL, 3, NULL, 'IG_CONCO_CM_MEDS'),
  (5, 'AE_EVENT', 5, 1, '2022-02-15', NULL, 3, NULL, 'IG_ADVER_AE_EVENT'), (6, 'Ungrouped', 6, 1, '2022-02-16', NULL, 4, NULL, 'IG_TELEP_UNGROUPED'),
  (7, 'Ungrouped', 7, 1, '2022-02-16', NULL, 4, NULL, 'IG_ENDOF_UNGROUPED');

CREATE TABLE item_group_metadata (
    item_group_metadata_id serial PRIMARY KEY, item_group_id integer NOT NULL REFERENCES item_group, header varchar(255), subheader varchar(255), layout varchar(100),
    repeat_number integer, repeat_max integer, repeat_array varchar(255), row_start_number integer, crf_version_id integer NOT NULL REFERENCES crf_version,
    item_id integer NOT NULL REFERENCES item, ordinal integer NOT NULL, borders integer, show_group boolean DEFAULT true, repeating_group boolean NOT NULL DEFAULT true
);
INSERT INTO item_group_metadata (item_group_id, header, subheader, layout, repeat_number, repeat_max, repeat_array, row_start_number, crf_version_id, item_id, ordinal, borders, show_group, repeating_group)
SELECT iv.grp, CASE iv.grp WHEN 4 THEN 'Medication at this visit' ELSE '' END, '', CASE WHEN iv.grp = 4 THEN 'Horizontal' ELSE '' END,
       CASE WHEN iv.grp = 4 THEN 3 ELSE 1 END, CASE WHEN iv.grp = 4 THEN 25 ELSE 1 END, '', 0, iv.cv, iv.item_id, iv.ord, 0, true, iv.grp = 4
FROM pgen.iv iv ORDER BY iv.cv, iv.ord;

CREATE TABLE response_set (
    response_set_id serial PRIMARY KEY, response_type_id integer, label varchar(80), options_text varchar(4000), options_values varchar(4000), version_id integer REFERENCES crf_version
);
CREATE TABLE pgen.rs (rs text, cv int, type int, txt text, vals text);
INSERT INTO pgen.rs VALUES
 ('text', NULL, 1, 'text', 'text'), ('textarea', NULL, 2, 'text', 'text'), ('YESNO', NULL, 5, 'Yes,No', '1,0'), ('NYHA', NULL, 5, 'I,II,III,IV', '1,2,3,4'),
 ('HFTYPE', NULL, 5, 'De novo heart failure,Decompensated chronic heart failure', '1,2'),
 ('ETHNIC', NULL, 6, 'White European,North African,Turkish,Sub-Saharan African,South Asian,Latin American,Other,Not reported', '1,2,3,4,5,6,7,9'),
 ('UNIT', NULL, 6, 'mg,microgram,IU,mL,puff', 'mg,ug,IU,mL,puff'), ('FREQ', NULL, 6, 'once daily,twice daily,three times daily,as needed,other', '1,2,3,4,9'),
 ('SEV', NULL, 5, 'Mild,Moderate,Severe', '1,2,3'), ('REL', 5, 5, 'Not related,Related', '1,2'), ('REL', 10, 5, 'Not related,Unlikely,Possible,Probable', '1,2,3,4'),
 ('OUTCOME', 5, 6, 'Recovered,Not recovered,Fatal', '1,3,5'), ('OUTCOME', 10, 6, 'Recovered,Recovering,Not recovered,Recovered with sequelae,Fatal,Unknown', '1,2,3,4,5,9'),
 ('EOSREASON', NULL, 6, 'Completed day 180,Withdrew consent,Lost to follow-up,Death,Investigator decision', '1,2,3,4,5');
INSERT INTO response_set (response_type_id, label, options_text, options_values, version_id)
SELECT DISTINCT ON (iv.cv, iv.rs) rs.type, rs.rs, rs.txt, rs.vals, iv.cv
FROM pgen.iv iv JOIN pgen.rs rs ON rs.rs = iv.rs AND (rs.cv IS NULL OR rs.cv = iv.cv)
ORDER BY iv.cv, iv.rs;

CREATE TABLE item_form_metadata (
    item_form_metadata_id serial PRIMARY KEY, item_id integer NOT NULL REFERENCES item, crf_version_id integer REFERENCES crf_version, header varchar(2000),
    subheader varchar(240), parent_id integer, parent_label varchar(120), column_number integer, page_number_label varchar(5), question_number_label varchar(20),
    left_item_text varchar(4000), right_item_text varchar(2000), section_id integer NOT NULL REFERENCES section, decision_condition_id integer,
    response_set_id integer NOT NULL REFERENCES response_set, regexp varchar(1000), regexp_error_msg varchar(255), ordinal integer NOT NULL, required boolean,
    default_value varchar(4000), response_layout varchar(255), width_decimal varchar(10), show_item boolean DEFAULT true
);
INSERT INTO item_form_metadata (item_id, crf_version_id, header, subheader, parent_id, parent_label, column_number, page_number_label, question_number_label,
  left_item_text, right_item_text, section_id, decision_condition_id, response_set_id, regexp, regexp_error_msg, ordinal, required, default_value, response_layout, width_decimal, show_item)
SELECT iv.item_id, iv.cv, CASE WHEN iv.ord = 1 THEN (SELECT title FROM section WHERE section_id = iv.cv) ELSE '' END, '', 0, '', 1, '1', iv.ord::text,
       iv.q, CASE WHEN iv.units <> '' THEN iv.units ELSE '' END, iv.cv, NULL, rs.response_set_id,
       CASE iv.name WHEN 'VS_SBP' THEN 'func: range(60, 250)' WHEN 'VS_DBP' THEN 'func: range(30, 150)' WHEN 'VS_HR' THEN 'func: range(30, 200)' WHEN 'DM_LVEF' THEN 'func: range(5, 80)'
                    WHEN 'LB_K' THEN 'func: range(2, 8)' WHEN 'DM_HEIGHT' THEN 'func: range(120, 215)' ELSE '' END,
       CASE WHEN iv.name IN ('VS_SBP', 'VS_DBP', 'VS_HR', 'DM_LVEF', 'LB_K', 'DM_HEIGHT') THEN 'Value outside the expected range, please check' ELSE '' END,
       iv.ord, iv.req, CASE iv.name WHEN 'CM_UNIT' THEN 'mg' ELSE '' END, CASE WHEN iv.rs IN ('YESNO', 'SEV') THEN 'Horizontal' ELSE '' END,
       CASE WHEN iv.dtype = 7 THEN CASE WHEN iv.cv = 2 AND iv.name = 'VS_WEIGHT' THEN '5(0)' ELSE '5(1)' END ELSE '' END, true
FROM pgen.iv iv JOIN response_set rs ON rs.version_id = iv.cv AND rs.label = iv.rs
ORDER BY iv.cv, iv.ord;

-- ---------------------------------------------------------------------------
-- Form answers. fill: put a participant's details into a note template.

CREATE FUNCTION pgen.fill(t text, p pgen.pt) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t,
    '{first}', p.first), '{last}', p.last), '{relw}', pgen.rel_word(p.cc, p.rel, p.sex)), '{rel_first}', p.rel_first), '{rel_last}', p.rel_last),
    '{gp}', p.gp), '{phone}', p.phone), '{town}', p.town), '{street}', p.street), '{hosp}', p.hosp), '{title}',
    CASE p.cc WHEN 'nl' THEN CASE p.sex WHEN 'm' THEN 'Dhr.' ELSE 'Mw.' END WHEN 'de' THEN CASE p.sex WHEN 'm' THEN 'Herr' ELSE 'Frau' END ELSE CASE p.sex WHEN 'm' THEN 'Sr.' ELSE 'Sra.' END END)
$$;

-- txt: a free-text answer in the site's language; about a third carry
-- personal details of the participant or a relative.
CREATE FUNCTION pgen.txt(kind text, p pgen.pt, k bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT pgen.fill(fixture_gen.pick(CASE kind || ':' || p.cc
    WHEN 'dm:nl' THEN ARRAY['Opname via SEH, eerder bekend met HFrEF sinds 2019.', 'Geen bijzonderheden.', 'Pt. woont alleen, thuiszorg 2x per dag.',
      'Patiënt spreekt beperkt Nederlands; {relw} {rel_first} tolkt tijdens de bezoeken.', 'Toestemming ook besproken met {relw} ({rel_first} {rel_last}).',
      'Eerdere deelname aan andere trial (2019), afgesloten.', '{title} {last} wil alleen gebeld worden via {relw}: {phone}.', 'LVEF uit echo van verwijzend ziekenhuis (Alrijne).']
    WHEN 'dm:de' THEN ARRAY['Aufnahme über die ZNA, bekannte HFrEF.', 'Keine Besonderheiten.', 'Lebt allein, Pflegedienst 1x täglich.',
      'Patient spricht wenig Deutsch, {relw} {rel_first} übersetzt.', 'Einwilligung im Beisein von {relw} {rel_first} {rel_last} unterschrieben.',
      'Vorbefunde vom Hausarzt {gp} angefordert.', 'Rückrufe bitte an {relw} unter {phone}.', 'LVEF aus Kardio-MRT 02/2023.']
    WHEN 'dm:es' THEN ARRAY['Ingreso por urgencias, IC conocida desde 2018.', 'Sin incidencias.', 'Vive sola, tiene teleasistencia.',
      'Acompañado por su {relw} {rel_first}, que firma como testigo.', 'Consentimiento explicado también a su {relw} ({rel_first} {rel_last}).',
      'FEVI de ecocardiograma del hospital comarcal.', 'Prefiere que se contacte con su {relw} al {phone}.', 'Paciente en diálisis peritoneal? No, descartado.']
    WHEN 'vs:nl' THEN ARRAY['Meting herhaald na 5 min rust.', 'Gewicht zonder schoenen, met kleding.', 'RR rechterarm, links shunt.', 'Pt. zeer gespannen, eerste meting 182/95.', 'Weegschaal polikliniek defect, gewogen op afdeling.']
    WHEN 'vs:de' THEN ARRAY['Messung nach 5 Minuten Ruhe wiederholt.', 'Gewicht mit Kleidung.', 'RR rechts gemessen (Shunt links).', 'Patient sehr aufgeregt, erste Messung 178/96.', 'Gewicht vom Hausarzt übernommen.']
    WHEN 'vs:es' THEN ARRAY['Tensión tomada en sedestación tras 5 minutos.', 'Peso con ropa ligera.', 'TA brazo derecho.', 'Paciente nervioso, primera toma 175/98.', 'Peso referido por la familia (no acude).']
    WHEN 'lb:nl' THEN ARRAY['Lab van huisarts (Saltro), uitslag in dossier.', 'NT-proBNP extern bepaald, omgerekend van pmol/L.', 'Hemolytisch, kalium herhaald: 4.6.', 'Bloed afgenomen bij trombosedienst.']
    WHEN 'lb:de' THEN ARRAY['Laborwerte vom Hausarzt (Labor Dr. Fenner).', 'Probe hämolytisch, Kalium nicht verwertbar.', 'NT-proBNP aus Aufnahmelabor übernommen.', 'HbA1c vom Diabetologen.']
    WHEN 'lb:es' THEN ARRAY['Analítica del centro de salud.', 'Muestra hemolizada, potasio repetido.', 'NT-proBNP del ingreso.', 'HbA1c del endocrino, marzo.']
    WHEN 'ae:nl' THEN ARRAY['Opgenomen voor IV diuretica, 4 dagen, in goede conditie ontslagen.', 'Duizelig bij opstaan, RR 95/60. Dosis bisoprolol gehalveerd, klachten verdwenen.',
      'Pt. gevallen in de badkamer, door {relw} {rel_first} gevonden. SEH: geen fracturen, wond gehecht.',
      'Melding van {relw} ({rel_first} {rel_last}, tel. {phone}): toenemende kortademigheid en oedeem; {gp} verhoogde furosemide naar 80 mg.',
      '{title} {last} belde zelf: branderig gevoel bij plassen, kweek E. coli, nitrofurantoïne 5 dagen.', 'Kalium 5.9 bij controle, spironolacton gestopt, herhaling 4.8.',
      'Opname elders (Groene Hart Ziekenhuis) gemeld door {relw}; ontslagbrief opgevraagd.', 'Jeuk en roodheid genitaal, lokaal miconazol, hersteld.']
    WHEN 'ae:de' THEN ARRAY['Stationäre Aufnahme zur i.v.-Diurese, Entlassung nach 5 Tagen.', 'Genitale Pilzinfektion, lokal behandelt, abgeheilt.',
      'Sturz zu Hause, {relw} {rel_first} {rel_last} rief den Rettungsdienst. Platzwunde, genäht.', 'Hausarzt ({gp}) meldet Kalium 6,1 mmol/l; Spironolacton pausiert.',
      'Rückruf von {relw} {rel_first} unter {phone}: {title} {last} seit 3 Tagen verwirrt, Aufnahme im Kreiskrankenhaus.', 'Symptomatische Hypotonie, Entresto reduziert.',
      '{title} {last} berichtet Gichtanfall re. Großzehe, Colchicin durch Hausarzt.', 'Vorhofflimmern mit schneller Überleitung, Kardioversion am Folgetag.']
    WHEN 'ae:es' THEN ARRAY['Ingreso por insuficiencia cardiaca descompensada, diurético iv, alta a los 6 días.', 'Hipotensión sintomática, se reduce sacubitrilo/valsartán.',
      'Caída en domicilio; su {relw} {rel_first} avisa al 112. Sin fractura.', 'Infección urinaria tratada por su médico de cabecera ({gp}).',
      '{first} {last} refiere mareos; la familia ({relw} {rel_first}, tel. {phone}) pide cambiar la visita.', 'Hiperpotasemia 6,0 en analítica de primaria, se suspende espironolactona.',
      'Neumonía adquirida en la comunidad, ingreso en el hospital comarcal de {town}.', 'Candidiasis genital leve, tratamiento tópico.']
    WHEN 'fu:nl' THEN ARRAY['', '', '', 'Nieuw telefoonnummer: {phone}.', 'Pt. verhuisd naar {street}, {town}.', 'KCCQ afgenomen met hulp van {relw}.', 'Bereikbaar na 16:00.', 'Twee keer geen gehoor, derde poging gelukt.']
    WHEN 'fu:de' THEN ARRAY['', '', '', 'Neue Telefonnummer: {phone}.', 'Umgezogen: {street}, {town}.', 'KCCQ mit Hilfe von {relw} {rel_first} ausgefüllt.', 'Nur abends erreichbar.', 'Zweimal nicht erreicht.']
    WHEN 'fu:es' THEN ARRAY['', '', '', 'Nuevo teléfono: {phone}.', 'Se ha mudado a {street}, {town}.', 'KCCQ respondido con ayuda de su {relw}.', 'Solo disponible por las tardes.', 'No contesta dos veces; contacto al tercer intento.']
    ELSE ARRAY[''] END, 'txt' || kind, k), p)
$$;

-- val: the answer to one item for a participant at a visit.
CREATE FUNCTION pgen.val(name text, p pgen.pt, d date, sed int, k bigint, ord int) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  r int := fixture_gen.n('v' || name, k, 100);
  meds text[];
  m text;
BEGIN
  CASE name
  WHEN 'DM_ICDATE' THEN RETURN to_char(d, 'YYYY-MM-DD');
  WHEN 'DM_ADMDATE' THEN RETURN to_char(d - (1 + fixture_gen.n('adm', p.i, 6)), 'YYYY-MM-DD');
  WHEN 'DM_AGE' THEN RETURN extract(year FROM age(d, p.dob))::int::text;
  WHEN 'DM_HEIGHT' THEN RETURN p.h::text;
  WHEN 'DM_WEIGHT' THEN RETURN p.w0::text;
  WHEN 'DM_NYHA' THEN RETURN (2 + fixture_gen.n('nyha', p.i, 3))::text;
  WHEN 'DM_LVEF' THEN RETURN (15 + fixture_gen.n('lvef', p.i, 50))::text;
  WHEN 'DM_HFTYPE' THEN RETURN (1 + fixture_gen.n('hft', p.i, 2))::text;
  WHEN 'DM_T2DM' THEN RETURN CASE WHEN p.dm THEN '1' ELSE '0' END;
  WHEN 'DM_ETHNIC' THEN RETURN CASE p.cu WHEN 'nl_tr' THEN '3' WHEN 'de_tr' THEN '3' WHEN 'nl_ma' THEN '2' WHEN 'es_ma' THEN '2' WHEN 'nl_sr' THEN CASE WHEN p.i % 2 = 0 THEN '5' ELSE '4' END
                                    WHEN 'es_la' THEN '6' ELSE CASE WHEN r < 8 THEN '9' ELSE '1' END END;
  WHEN 'DM_COMMENT' THEN RETURN CASE WHEN r < 30 THEN pgen.txt('dm', p, k) ELSE '' END;
  WHEN 'VS_DATE', 'LB_DATE' THEN RETURN to_char(d, 'YYYY-MM-DD');
  WHEN 'VS_SBP' THEN RETURN (95 + fixture_gen.n('sbp', k, 60) - CASE WHEN sed > 1 THEN 5 ELSE 0 END)::text;
  WHEN 'VS_DBP' THEN RETURN (55 + fixture_gen.n('dbp', k, 35))::text;
  WHEN 'VS_HR' THEN RETURN (56 + fixture_gen.n('hr', k, 50))::text;
  WHEN 'VS_WEIGHT' THEN RETURN round(p.w0 - CASE sed WHEN 1 THEN 0 WHEN 2 THEN 1.5 ELSE 2.2 END + (fixture_gen.n('wt', k, 40) - 20) / 10.0, 1)::text;
  WHEN 'VS_COMMENT' THEN RETURN CASE WHEN r < 12 THEN pgen.txt('vs', p, k) ELSE '' END;
  WHEN 'LB_NTPROBNP' THEN RETURN ((1600 + fixture_gen.n('bnp', p.i, 9000)) * CASE sed WHEN 1 THEN 100 WHEN 2 THEN 62 ELSE 48 END / 100 + fixture_gen.n('bnpv', k, 400))::text;
  WHEN 'LB_CREAT' THEN RETURN (62 + fixture_gen.n('crea', p.i, 120) + fixture_gen.n('creav', k, 20))::text;
  WHEN 'LB_EGFR' THEN RETURN greatest(18, 95 - fixture_gen.n('crea', p.i, 120) / 2 - fixture_gen.n('creav', k, 20) / 3)::text;
  WHEN 'LB_K' THEN RETURN round(3.5 + fixture_gen.n('kal', k, 23) / 10.0, 1)::text;
  WHEN 'LB_HBA1C' THEN RETURN CASE WHEN r < 20 THEN '' WHEN p.dm THEN (48 + fixture_gen.n('hba', p.i, 30))::text ELSE (34 + fixture_gen.n('hba', p.i, 9))::text END;
  WHEN 'LB_COMMENT' THEN RETURN CASE WHEN r < 9 THEN pgen.txt('lb', p, k) ELSE '' END;
  WHEN 'CM_TRT' THEN
    meds := ARRAY['Furosemide', 'Bumetanide', 'Torasemide', 'Sacubitril/valsartan', 'Bisoprolol', 'Metoprolol succinate', 'Spironolactone', 'Eplerenone', 'Apixaban',
      'Rivaroxaban', 'Edoxaban', 'Atorvastatin', 'Rosuvastatin', 'Metformin', 'Insulin glargine', 'Acetylsalicylic acid', 'Pantoprazole', 'Levothyroxine', 'Allopurinol',
      'Amiodarone', 'Digoxin', 'Ramipril', 'Candesartan'] || CASE p.cc WHEN 'nl' THEN ARRAY['Burinex', 'Entresto', 'Selokeen ZOC', 'Eliquis', 'Acenocoumarol (trombosedienst)', 'Lasix 40']
      WHEN 'de' THEN ARRAY['Torem 10', 'Entresto', 'Beloc-Zok mite', 'Marcumar nach INR', 'Xarelto', 'ASS 100', 'Pantozol'] ELSE ARRAY['Seguril', 'Sintrom', 'Entresto', 'Emconcor', 'Adiro 100', 'Omeprazol', 'Eutirox'] END;
    RETURN meds[1 + fixture_gen.n('med', k, cardinality(meds))];
  WHEN 'CM_DOSE' THEN RETURN (ARRAY['40', '1', '2.5', '5', '10', '20', '25', '49/51', '97/103', '80', '100', '0.125', '500', '1000'])[1 + fixture_gen.n('dose', k, 14)];
  WHEN 'CM_UNIT' THEN RETURN CASE WHEN r < 92 THEN 'mg' WHEN r < 96 THEN 'IU' ELSE 'ug' END;
  WHEN 'CM_FREQ' THEN RETURN (ARRAY['1', '1', '1', '2', '2', '3', '4', '9'])[1 + fixture_gen.n('freq', k, 8)];
  WHEN 'CM_START' THEN RETURN CASE WHEN r < 15 THEN '' WHEN r < 55 THEN to_char(d - (30 * fixture_gen.n('cms', k, 80)), 'YYYY-MM') ELSE to_char(d - fixture_gen.n('cms', k, 2000), 'YYYY-MM-DD') END;
  WHEN 'AE_TERM' THEN RETURN (ARRAY['Worsening heart failure', 'Hypotension', 'Acute kidney injury', 'Hyperkalaemia', 'Genital mycotic infection', 'Urinary tract infection',
      'Dizziness', 'Fall', 'Atrial fibrillation with rapid ventricular response', 'Pneumonia', 'Gout flare', 'Dehydration', 'COVID-19', 'Hypoglycaemia', 'Syncope'])[1 + fixture_gen.n('aet', k, 15)];
  WHEN 'AE_DESC' THEN RETURN CASE WHEN r < 6 THEN '' ELSE pgen.txt('ae', p, k) END;
  WHEN 'AE_START' THEN RETURN to_char(d - fixture_gen.n('aes', k, 4), 'YYYY-MM-DD');
  WHEN 'AE_SERIOUS' THEN RETURN CASE WHEN r < 35 THEN '1' ELSE '0' END;
  WHEN 'AE_SEV' THEN RETURN (1 + fixture_gen.n('sev', k, 3))::text;
  WHEN 'AE_REL' THEN RETURN (1 + fixture_gen.n('rel', k, 2))::text;
  WHEN 'AE_OUTCOME' THEN RETURN (ARRAY['1', '1', '1', '3'])[1 + fixture_gen.n('out', k, 4)];
  WHEN 'FU_DATE' THEN RETURN to_char(d, 'YYYY-MM-DD');
  WHEN 'FU_CONTACT' THEN RETURN pgen.fill(fixture_gen.pick(CASE p.cc
      WHEN 'nl' THEN ARRAY['patiënt zelf', 'patiënt zelf', 'patiënt', '{relw} ({rel_first})', '{relw} {rel_first} {rel_last}', 'huisarts ({gp})']
      WHEN 'de' THEN ARRAY['Patient selbst', 'Patient/in', 'Patient', '{relw} {rel_first}', '{relw} ({rel_first} {rel_last})', 'Hausarzt {gp}']
      ELSE ARRAY['el propio paciente', 'paciente', 'paciente', 'su {relw} {rel_first}', '{relw}: {rel_first} {rel_last}', '{gp}'] END, 'fuc', k), p);
  WHEN 'FU_HOSP' THEN RETURN CASE WHEN r < 22 THEN '1' ELSE '0' END;
  WHEN 'FU_KCCQ' THEN RETURN CASE WHEN r < 10 THEN '' ELSE round(25 + fixture_gen.n('kccq', k, 700) / 10.0, 1)::text END;
  WHEN 'FU_NOTES' THEN RETURN pgen.txt('fu', p, k);
  WHEN 'EOS_DATE' THEN RETURN to_char(d, 'YYYY-MM-DD');
  WHEN 'EOS_REASON' THEN RETURN CASE WHEN p.died THEN '4' WHEN p.withdrawn THEN CASE WHEN p.i % 4 = 0 THEN '3' ELSE '2' END ELSE '1' END;
  WHEN 'EOS_DEATHDATE' THEN RETURN CASE WHEN p.died THEN to_char(d, 'YYYY-MM-DD') ELSE '' END;
  WHEN 'EOS_COMMENT' THEN RETURN CASE
      WHEN p.died THEN pgen.fill(fixture_gen.pick(CASE p.cc
        WHEN 'nl' THEN ARRAY['Overleden thuis, bevestigd door {gp}. Plotse dood, geen obductie.', 'Overleden tijdens heropname (pneumonie). {relw} {rel_first} heeft ons gebeld.', 'Overlijden gemeld door {relw} ({phone}).']
        WHEN 'de' THEN ARRAY['Verstorben im Pflegeheim, Mitteilung durch {gp}.', 'Tod während Wiederaufnahme, {relw} {rel_first} {rel_last} informiert.', 'Verstorben, Totenschein liegt vor.']
        ELSE ARRAY['Fallece en domicilio, comunicado por su {relw} {rel_first}.', 'Éxitus durante reingreso por IC.', 'Fallecimiento confirmado por {gp}.'] END, 'eosd', k), p)
      WHEN p.withdrawn THEN pgen.fill(fixture_gen.pick(CASE p.cc
        WHEN 'nl' THEN ARRAY['Trekt toestemming in, wil niet meer naar het ziekenhuis komen. {relw} {rel_first} belde namens patiënt.', 'Verhuisd naar Curaçao (bij zoon), follow-up niet mogelijk.', 'Niet meer bereikbaar, brief naar {street} onbeantwoord.']
        WHEN 'de' THEN ARRAY['Einwilligung widerrufen, möchte keine Termine mehr.', 'Umzug zur Tochter nach Polen, keine Nachbeobachtung möglich.', 'Nicht mehr erreichbar (Tel. {phone} abgemeldet).']
        ELSE ARRAY['Retira el consentimiento; no quiere más visitas.', 'Se traslada a Marruecos con su familia.', 'Ilocalizable; carta a {street} devuelta.'] END, 'eosw', k), p)
      WHEN r < 85 THEN '' ELSE 'Study completed as planned.' END;
  ELSE RETURN '';
  END CASE;
END $$;

CREATE TABLE pgen.ec (ec serial PRIMARY KEY, se int, i int, sed int, crf int, cv int, d date, ses int, n int);
INSERT INTO pgen.ec (se, i, sed, crf, cv, d, ses, n)
SELECT e.se, e.i, e.sed, c.crf,
       CASE c.crf WHEN 2 THEN CASE WHEN e.d < date '2023-01-16' THEN 2 ELSE 8 END WHEN 3 THEN CASE WHEN e.d < date '2022-10-28' THEN 3 ELSE 9 END
                  WHEN 5 THEN CASE WHEN e.d < date '2023-02-24' THEN 5 ELSE 10 END ELSE c.crf END,
       e.d, e.ses, CASE c.crf WHEN 4 THEN 2 + fixture_gen.n('ncm', e.se, 7) ELSE 1 END
FROM pgen.ev e JOIN pgen.pt p ON p.i = e.i
JOIN (VALUES (1, 1), (1, 2), (1, 3), (1, 4), (2, 2), (2, 3), (3, 2), (3, 3), (3, 4), (4, 6), (5, 5), (6, 7)) c(sed, crf) ON c.sed = e.sed
WHERE e.ses IN (3, 4, 8) AND NOT (e.ses = 3 AND c.crf IN (3, 4)) AND NOT (p.sid = 5 AND e.sed = 2 AND c.crf = 3)
ORDER BY e.d, e.se, c.crf;

CREATE TABLE event_crf (
    event_crf_id serial PRIMARY KEY, study_event_id integer REFERENCES study_event, crf_version_id integer REFERENCES crf_version, date_interviewed date,
    interviewer_name varchar(255), completion_status_id integer, status_id integer REFERENCES status, annotations varchar(4000), date_completed timestamp,
    validator_id integer, date_validate date, date_validate_completed timestamp, validator_annotations varchar(4000), validate_string varchar(256),
    owner_id integer REFERENCES user_account, date_created timestamptz, study_subject_id integer REFERENCES study_subject, date_updated timestamptz, update_id integer,
    electronic_signature_status boolean DEFAULT false, sdv_status boolean NOT NULL DEFAULT false, old_status_id integer DEFAULT 1, sdv_update_id integer DEFAULT 0
);
INSERT INTO event_crf
SELECT c.ec, c.se, c.cv, c.d,
       CASE WHEN fixture_gen.n('ecin', c.ec, 100) < 10 THEN '' WHEN fixture_gen.n('ecin', c.ec, 100) < 18 THEN substr(u.first_name, 1, 1) || '. ' || u.last_name
            WHEN fixture_gen.n('ecin', c.ec, 100) < 24 THEN (SELECT i.first_name || ' ' || i.last_name FROM user_account i WHERE i.user_id = pgen.inv(p.sid, 'ecinv', c.ec))
            WHEN fixture_gen.n('ecin', c.ec, 100) < 28 THEN u.user_name ELSE u.first_name || ' ' || u.last_name END,
       1, CASE WHEN c.ses = 3 THEN 1 ELSE 2 END,
       CASE WHEN fixture_gen.n('ecann', c.ec, 100) < 94 THEN '' ELSE pgen.fill(fixture_gen.pick(CASE p.cc
         WHEN 'nl' THEN ARRAY['Gegevens overgenomen uit HiX.', 'Bron: ontslagbrief cardiologie.', 'Pt. {first} {last} kon niet komen, gegevens telefonisch via {relw}.']
         WHEN 'de' THEN ARRAY['Quelle: Arztbrief.', 'Daten aus ORBIS übernommen.', 'Termin durch {relw} {rel_first} abgesagt, Werte vom Hausarzt.']
         ELSE ARRAY['Datos de la historia clínica electrónica (Diraya).', 'Fuente: informe de alta.', 'No acude; datos facilitados por su {relw} {rel_first}.'] END, 'ecann', c.ec), p) END,
       CASE WHEN c.ses <> 3 THEN c.d + make_interval(days => fixture_gen.n('ecdc', c.ec, 10), hours => 9 + fixture_gen.n('ecdh', c.ec, 9), mins => fixture_gen.n('ecdm', c.ec, 60)) END,
       0, NULL, NULL, '', '', u.user_id, c.d + make_interval(hours => 9 + fixture_gen.n('eccr', c.ec, 8), mins => fixture_gen.n('eccm', c.ec, 60)), c.i,
       CASE WHEN c.ses <> 3 THEN c.d + make_interval(days => fixture_gen.n('ecdc', c.ec, 10), hours => 17) END, CASE WHEN c.ses <> 3 THEN u.user_id END,
       false, c.ses <> 3 AND c.d < date '2024-03-01' AND fixture_gen.n('ecsdv', c.ec, 100) < 70, 1,
       CASE WHEN c.ses <> 3 AND c.d < date '2024-03-01' AND fixture_gen.n('ecsdv', c.ec, 100) < 70 THEN CASE p.cc WHEN 'nl' THEN 8 WHEN 'de' THEN 9 ELSE 10 END ELSE 0 END
FROM pgen.ec c JOIN pgen.pt p ON p.i = c.i JOIN user_account u ON u.user_id = pgen.ra(p.sid, 'ecown', c.ec)
ORDER BY c.ec;

CREATE TABLE item_data (
    item_data_id serial PRIMARY KEY, item_id integer NOT NULL REFERENCES item, event_crf_id integer REFERENCES event_crf, status_id integer REFERENCES status,
    value varchar(4000), date_created date, date_updated date, owner_id integer REFERENCES user_account, update_id integer, ordinal integer, old_status_id integer,
    deleted boolean DEFAULT false
);
INSERT INTO item_data (item_id, event_crf_id, status_id, value, date_created, date_updated, owner_id, update_id, ordinal, old_status_id, deleted)
SELECT iv.item_id, c.ec, ec.status_id, pgen.val(iv.name, p, c.d, c.sed, c.ec * 100 + g.o, g.o::int), ec.date_created::date, NULL, ec.owner_id, NULL, g.o, NULL, false
FROM pgen.ec c JOIN event_crf ec ON ec.event_crf_id = c.ec JOIN pgen.pt p ON p.i = c.i JOIN pgen.iv iv ON iv.cv = c.cv
CROSS JOIN LATERAL generate_series(1, c.n) g(o)
ORDER BY c.ec, g.o, iv.ord;

-- ---------------------------------------------------------------------------
-- Discrepancy notes: threads between the CTU's data managers and monitors
-- and the sites. Each thread is a parent note and its child notes (the first
-- child repeats the parent, as OpenClinica writes them); every note is
-- mapped to the item, subject, study subject or event CRF it is about.

CREATE TABLE pgen.th (t serial PRIMARY KEY, kind text, etype text, eid int, col text, sid int, i int, val text, d0 timestamp, opener int, site_user int, closer int, steps int);
INSERT INTO pgen.th (kind, etype, eid, col, sid, i, val, d0, opener, site_user, closer, steps)
SELECT kind, etype, eid, col, sid, i, val, d0, opener, site_user, closer, steps FROM (
  SELECT CASE WHEN it.name IN ('VS_SBP', 'VS_HR', 'LB_K', 'LB_NTPROBNP', 'DM_LVEF') AND fixture_gen.n('thk', d.item_data_id, 3) = 0 THEN 'fvc'
              WHEN it.name IN ('VS_SBP', 'VS_HR', 'LB_K', 'LB_NTPROBNP', 'DM_LVEF', 'VS_WEIGHT') THEN 'range' WHEN it.name = 'CM_TRT' THEN 'med' WHEN it.name = 'AE_START' THEN 'aestart'
              WHEN it.name = 'FU_CONTACT' THEN 'ann' ELSE 'missing' END AS kind,
         'itemData' AS etype, d.item_data_id AS eid, 'value' AS col, p.sid, p.i, d.value AS val,
         pgen.work('thd', d.item_data_id, (ec.date_created + interval '2 days')::date, least(date '2024-06-27', (ec.date_created + interval '60 days')::date)) AS d0,
         CASE WHEN it.name = 'FU_CONTACT' THEN ec.owner_id WHEN fixture_gen.n('thop', d.item_data_id, 3) = 0 THEN CASE p.cc WHEN 'nl' THEN 8 WHEN 'de' THEN 9 ELSE 10 END
              ELSE (ARRAY[3, 4, 5, 3])[1 + fixture_gen.n('thdm', d.item_data_id, 4)] END AS opener,
         ec.owner_id AS site_user, (ARRAY[3, 4, 5])[1 + fixture_gen.n('thcl', d.item_data_id, 3)] AS closer,
         CASE WHEN it.name = 'FU_CONTACT' THEN 1 WHEN ec.date_created > timestamptz '2024-06-01' THEN 1 + fixture_gen.n('thst', d.item_data_id, 2) ELSE 3 END AS steps
  FROM item_data d JOIN item it ON it.item_id = d.item_id JOIN event_crf ec ON ec.event_crf_id = d.event_crf_id JOIN pgen.pt p ON p.i = ec.study_subject_id
  WHERE (it.name IN ('VS_SBP', 'VS_HR', 'LB_K', 'LB_NTPROBNP', 'DM_LVEF', 'VS_WEIGHT') AND fixture_gen.n('thsel', d.item_data_id, 100) < 4)
     OR (it.name = 'CM_TRT' AND d.value IN ('Lasix 40', 'Torem 10', 'Marcumar nach INR', 'Acenocoumarol (trombosedienst)', 'Beloc-Zok mite') AND fixture_gen.n('thsel', d.item_data_id, 100) < 25)
     OR (it.name = 'AE_START' AND fixture_gen.n('thsel', d.item_data_id, 100) < 10)
     OR (it.name = 'FU_CONTACT' AND d.value NOT LIKE 'pat%' AND d.value NOT LIKE 'Pat%' AND d.value NOT LIKE '%paciente%' AND fixture_gen.n('thsel', d.item_data_id, 100) < 30)
     OR (it.name = 'LB_HBA1C' AND d.value = '' AND fixture_gen.n('thsel', d.item_data_id, 100) < 30)
  UNION ALL
  SELECT CASE WHEN p.cc = 'nl' AND p.sid = 3 AND p.i % 2 = 0 THEN 'pid' ELSE 'dob' END, 'subject', p.i, CASE WHEN p.cc = 'nl' AND p.sid = 3 AND p.i % 2 = 0 THEN 'unique_identifier' ELSE 'date_of_birth' END,
         p.sid, p.i, to_char(p.dob, 'YYYY-MM-DD'), pgen.work('thsd', p.i, p.enrol + 3, least(date '2024-06-27', p.enrol + 40)), (ARRAY[3, 4, 8])[1 + p.i % 3], p.uid, 3, 3
  FROM pgen.pt p WHERE fixture_gen.n('thdob', p.i, 100) < 9 AND p.enrol < date '2024-05-15'
  UNION ALL
  SELECT 'enrol', 'studySub', p.i, 'enrollment_date', p.sid, p.i, to_char(p.enrol, 'YYYY-MM-DD'), pgen.work('thse', p.i, p.enrol + 5, least(date '2024-06-27', p.enrol + 50)), 4, p.uid, 4, 3
  FROM pgen.pt p WHERE fixture_gen.n('thenr', p.i, 100) < 5 AND p.enrol < date '2024-05-01'
  UNION ALL
  SELECT 'interviewer', 'eventCrf', ec.event_crf_id, 'interviewer_name', p.sid, p.i, ec.interviewer_name,
         pgen.work('thec', ec.event_crf_id, (ec.date_created + interval '3 days')::date, least(date '2024-06-27', (ec.date_created + interval '30 days')::date)), 3, ec.owner_id, 3, 3
  FROM event_crf ec JOIN pgen.pt p ON p.i = ec.study_subject_id WHERE ec.interviewer_name = '' AND fixture_gen.n('thint', ec.event_crf_id, 100) < 10 AND ec.date_created < timestamptz '2024-05-20') x
ORDER BY d0, eid;

CREATE TABLE pgen.dnr (t int, k int, who int, st int, dtype int, descr text, note text, dt timestamp, id int);
INSERT INTO pgen.dnr (t, k, who, st, dtype, descr, note, dt)
SELECT th.t, s.k, s.who, s.st, s.dtype, s.descr, s.note, s.dt
FROM pgen.th th JOIN pgen.pt p ON p.i = th.i
CROSS JOIN LATERAL (SELECT
   CASE th.kind WHEN 'fvc' THEN 1 WHEN 'ann' THEN 4 WHEN 'missing' THEN 2 ELSE 6 END AS dtype,
   CASE th.kind
     WHEN 'fvc' THEN 'Value outside the expected range, please check'
     WHEN 'range' THEN fixture_gen.pick(ARRAY['Please verify value', 'Implausible change since previous visit', 'Value differs from source document', 'Unit check'], 'thdesc', th.t)
     WHEN 'med' THEN 'Medication name unclear: "' || th.val || '"'
     WHEN 'aestart' THEN 'AE onset before randomisation?'
     WHEN 'ann' THEN CASE p.cc WHEN 'nl' THEN 'Contact via familie' WHEN 'de' THEN 'Kontakt über Angehörige' ELSE 'Contacto a través de familiar' END
     WHEN 'missing' THEN 'HbA1c missing'
     WHEN 'dob' THEN CASE WHEN th.t % 2 = 0 THEN 'DOB ' || th.val || ' does not match age at consent' ELSE 'Date of birth does not match age at consent' END
     WHEN 'pid' THEN 'BSN ' || substr(p.natid, 1, 4) || substr(p.natid, 6, 1) || substr(p.natid, 5, 1) || substr(p.natid, 7) || ' fails the 11-test'
     WHEN 'enrol' THEN 'Enrollment date differs from randomisation date'
     ELSE 'Interviewer name missing' END AS d,
   CASE th.kind
     WHEN 'fvc' THEN 'Value ' || th.val || ' is outside the range defined for this item.'
     WHEN 'range' THEN 'Value ' || th.val || ' looks implausible compared with the previous visit. Please check against the source and correct or confirm.'
     WHEN 'med' THEN 'Please enter the generic name only and put dose and frequency in their own fields ("' || th.val || '").'
     WHEN 'aestart' THEN 'Onset date ' || th.val || ' is before the date of informed consent. Pre-existing condition? If so, please remove the AE and record it as medical history.'
     WHEN 'ann' THEN pgen.fill(CASE p.cc WHEN 'nl' THEN 'Pt. zelf niet bereikbaar, gesproken met {relw} {rel_first} {rel_last} ({phone}).'
                                         WHEN 'de' THEN '{title} {last} nicht erreichbar, Auskunft durch {relw} {rel_first} {rel_last}, Tel. {phone}.'
                                         ELSE 'No se localiza al paciente; información facilitada por su {relw}, {rel_first} {rel_last} ({phone}).' END, p)
     WHEN 'missing' THEN 'HbA1c is required for the diabetes stratum check from LB v1.1 on. Please enter the value or the reason it is missing.'
     WHEN 'dob' THEN 'Age at consent on the DM form does not fit the date of birth ' || th.val || '. Please check the date of birth in the hospital record.'
     WHEN 'pid' THEN 'The BSN entered as person ID does not pass the 11-test. Please check it against the ID document.'
     WHEN 'enrol' THEN 'Enrollment date ' || th.val || ' differs from the randomisation date in the webservice log. Please correct or explain.'
     ELSE 'Please enter the name of the person who completed this form.' END AS n1,
   CASE th.kind
     WHEN 'fvc' THEN CASE p.cc WHEN 'nl' THEN 'Klopt, gecontroleerd in HiX.' WHEN 'de' THEN 'Wert laut Befund korrekt.' ELSE 'Valor correcto según la historia.' END
     WHEN 'range' THEN fixture_gen.pick(CASE p.cc WHEN 'nl' THEN ARRAY['Typfout, gecorrigeerd.', 'Gecontroleerd in EPD: waarde klopt, pt. was net ontslagen.', 'Aangepast volgens bron (polibrief).']
                                                  WHEN 'de' THEN ARRAY['Übertragungsfehler, korrigiert.', 'Wert laut Arztbrief korrekt.', 'Korrigiert nach Quelldokument.']
                                                  ELSE ARRAY['Error de transcripción, corregido.', 'Comprobado en la historia: correcto.', 'Corregido según informe.'] END, 'thr2', th.t)
     WHEN 'med' THEN CASE p.cc WHEN 'nl' THEN 'Aangepast naar generieke naam.' WHEN 'de' THEN 'Geändert auf Wirkstoffname.' ELSE 'Cambiado al nombre genérico.' END
     WHEN 'aestart' THEN pgen.fill(CASE p.cc WHEN 'nl' THEN 'Klachten begonnen inderdaad de week voor opname (bevestigd door {relw} {rel_first}). AE verwijderd.'
                                             WHEN 'de' THEN 'Beschwerden bestanden schon vor Aufnahme (lt. {relw} {rel_first}). AE gelöscht.'
                                             ELSE 'Los síntomas empezaron antes del ingreso, según su {relw} {rel_first}. Se elimina el AE.' END, p)
     WHEN 'missing' THEN CASE p.cc WHEN 'nl' THEN 'Niet bepaald tijdens opname, wordt bij volgende visite afgenomen.' WHEN 'de' THEN 'Nicht bestimmt, wird nachgeholt.' ELSE 'No se determinó; se pedirá en la próxima visita.' END
     WHEN 'dob' THEN pgen.fill(CASE p.cc WHEN 'nl' THEN 'Volgens het EPD (patiëntnummer {hosp}) is de geboortedatum ' || to_char(p.dob, 'DD-MM-YYYY') || '. Gecorrigeerd.'
                                         WHEN 'de' THEN 'Laut Stammdaten (PID {hosp}) geboren am ' || to_char(p.dob, 'DD.MM.YYYY') || ', korrigiert.'
                                         ELSE 'Según la historia (NHC {hosp}) nació el ' || to_char(p.dob, 'DD/MM/YYYY') || '. Corregido.' END, p)
     WHEN 'pid' THEN 'Cijfers verwisseld, juiste BSN is ' || p.natid || ' (gecontroleerd op ID-kaart).'
     WHEN 'enrol' THEN CASE p.cc WHEN 'nl' THEN 'Gerandomiseerd na middernacht, datum aangepast.' WHEN 'de' THEN 'Randomisierung nach Mitternacht, Datum angepasst.'
                                 ELSE 'Aleatorizado pasada la medianoche, fecha corregida.' END
     ELSE (SELECT u.first_name || ' ' || u.last_name FROM user_account u WHERE u.user_id = th.site_user)
          || CASE p.cc WHEN 'nl' THEN ' - aangevuld.' WHEN 'de' THEN ' - ergänzt.' ELSE ' - completado.' END END AS n2) txt
CROSS JOIN LATERAL (VALUES
  (1, th.opener, 1, txt.dtype, txt.d, txt.n1, th.d0),
  (2, th.site_user, 3, txt.dtype, txt.d, txt.n2, th.d0 + make_interval(days => 1 + fixture_gen.n('thr', th.t, 12), hours => fixture_gen.n('thrh', th.t, 5))),
  (3, th.closer, 4, txt.dtype, txt.d, fixture_gen.pick(ARRAY['Closed.', 'Thank you, closed.', 'OK, query closed.', 'Confirmed, closing.'], 'thc', th.t),
     th.d0 + make_interval(days => 14 + fixture_gen.n('thc', th.t, 20), hours => fixture_gen.n('thch', th.t, 4)))) s(k, who, st, dtype, descr, note, dt)
WHERE s.k <= th.steps;

-- Ids in the order the notes were written: the parent and its first child together.
CREATE TABLE pgen.dnid AS
SELECT t, k, is_parent, row_number() OVER (ORDER BY dt, t, k, is_parent DESC) AS id FROM (
  SELECT t, k, dt, false AS is_parent FROM pgen.dnr UNION ALL SELECT t, 1, dt, true FROM pgen.dnr WHERE k = 1) x;

CREATE TABLE discrepancy_note (
    discrepancy_note_id serial PRIMARY KEY, description varchar(255), discrepancy_note_type_id integer REFERENCES discrepancy_note_type,
    resolution_status_id integer REFERENCES resolution_status, detailed_notes varchar(1000), date_created timestamptz, owner_id integer REFERENCES user_account,
    parent_dn_id integer, entity_type varchar(30), study_id integer REFERENCES study, assigned_user_id integer REFERENCES user_account
);
INSERT INTO discrepancy_note
SELECT n.id, r.descr, r.dtype,
       CASE WHEN n.is_parent THEN (SELECT max(r2.st) FROM pgen.dnr r2 WHERE r2.t = r.t) ELSE r.st END,
       r.note, r.dt, r.who, CASE WHEN n.is_parent THEN NULL ELSE (SELECT p.id FROM pgen.dnid p WHERE p.t = r.t AND p.is_parent) END, th.etype, th.sid,
       CASE WHEN th.kind = 'ann' THEN NULL WHEN r.k = 1 OR n.is_parent THEN th.site_user WHEN r.k = 2 THEN th.opener END
FROM pgen.dnid n JOIN pgen.dnr r ON r.t = n.t AND r.k = n.k JOIN pgen.th th ON th.t = n.t
ORDER BY n.id;

CREATE TABLE dn_item_data_map (item_data_id integer REFERENCES item_data, discrepancy_note_id integer REFERENCES discrepancy_note, column_name varchar(255), study_subject_id integer, activated boolean DEFAULT true);
INSERT INTO dn_item_data_map SELECT th.eid, n.id, th.col, th.i, true FROM pgen.dnid n JOIN pgen.th th ON th.t = n.t WHERE th.etype = 'itemData' ORDER BY n.id;
CREATE TABLE dn_subject_map (subject_id integer REFERENCES subject, discrepancy_note_id integer REFERENCES discrepancy_note, column_name varchar(255));
INSERT INTO dn_subject_map SELECT th.eid, n.id, th.col FROM pgen.dnid n JOIN pgen.th th ON th.t = n.t WHERE th.etype = 'subject' ORDER BY n.id;
CREATE TABLE dn_study_subject_map (study_subject_id integer REFERENCES study_subject, discrepancy_note_id integer REFERENCES discrepancy_note, column_name varchar(255));
INSERT INTO dn_study_subject_map SELECT th.eid, n.id, th.col FROM pgen.dnid n JOIN pgen.th th ON th.t = n.t WHERE th.etype = 'studySub' ORDER BY n.id;
CREATE TABLE dn_event_crf_map (event_crf_id integer REFERENCES event_crf, discrepancy_note_id integer REFERENCES discrepancy_note, column_name varchar(255));
INSERT INTO dn_event_crf_map SELECT th.eid, n.id, th.col FROM pgen.dnid n JOIN pgen.th th ON th.t = n.t WHERE th.etype = 'eventCrf' ORDER BY n.id;

-- ---------------------------------------------------------------------------
-- The audit trail, as OpenClinica's triggers write it: who, when, which
-- table and row, the field's display name, old and new value, and the
-- reason for change the user had to give once a form was complete.

-- rfc: a reason for change in the site's language, some naming people.
CREATE FUNCTION pgen.rfc(p pgen.pt, k bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT pgen.fill(fixture_gen.pick(CASE p.cc
    WHEN 'nl' THEN ARRAY['Typfout', 'Typfout', 'typefout', 'Correctie na SDV', 'Correctie na SDV', 'Aangepast volgens bron (EPD)', 'Op verzoek van monitor (query)', '{relw} {rel_first} bracht de medicatielijst mee', 'Waarde uit ontslagbrief', 'Verkeerde patiënt geselecteerd bij invoer']
    WHEN 'de' THEN ARRAY['Übertragungsfehler', 'Tippfehler', 'Tippfehler', 'Korrektur nach SDV', 'Korrektur nach SDV', 'Laut Arztbrief', 'Nach Query des Monitors', '{relw} {rel_first} brachte den Medikamentenplan', 'Wert laut {gp}', 'Falscher Patient ausgewählt']
    ELSE ARRAY['Error de transcripción', 'Error de transcripción', 'errata', 'Corrección tras SDV', 'Corrección tras SDV', 'Según informe de alta', 'A petición del monitor', 'Su {relw} {rel_first} aportó la lista de medicación', 'Dato de atención primaria', 'Paciente equivocado al introducir'] END, 'rfc', k), p)
$$;

-- wrong: the value a user first typed before correcting it.
CREATE FUNCTION pgen.wrong(v text, k bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN v ~ '^\d{4}-\d{2}-\d{2}$' THEN CASE WHEN fixture_gen.n('wr', k, 2) = 0 AND substr(v, 9, 2)::int <= 12 THEN substr(v, 1, 5) || substr(v, 9, 2) || '-' || substr(v, 6, 2)
                                             ELSE to_char(v::date - (1 + fixture_gen.n('wrd', k, 30)), 'YYYY-MM-DD') END
    WHEN v ~ '^\d+$' THEN CASE WHEN length(v) >= 2 AND fixture_gen.n('wr', k, 2) = 0 THEN substr(v, 1, length(v) - 2) || substr(v, length(v), 1) || substr(v, length(v) - 1, 1)
                               ELSE (v::bigint + 1 + fixture_gen.n('wrn', k, 19))::text END
    WHEN v ~ '^\d+\.\d$' THEN round(v::numeric + CASE WHEN fixture_gen.n('wr', k, 2) = 0 THEN 1 ELSE -1 END * (1 + fixture_gen.n('wrn', k, 9)) / 10.0, 1)::text
    ELSE '' END
$$;

CREATE TABLE pgen.al (d timestamp, tbl text, uid int, eid int, ename text, rfc text, typ int, old text, new text, ec int, se int, cv int);

-- Subjects and study subjects created, group assignments.
INSERT INTO pgen.al
SELECT s.date_created AT TIME ZONE 'UTC', 'subject', s.owner_id, s.subject_id, 'Subject', NULL, 5, NULL, s.unique_identifier, NULL::int, NULL::int, NULL::int FROM subject s
UNION ALL
SELECT ss.date_created AT TIME ZONE 'UTC', 'study_subject', ss.owner_id, ss.study_subject_id, 'Study Subject ID', NULL, 2, NULL, ss.label, NULL, NULL, NULL FROM study_subject ss
UNION ALL
SELECT ss.date_created AT TIME ZONE 'UTC' + interval '40 seconds', 'subject_group_map', g.owner_id, g.study_subject_id, c.name, NULL, 28, '', sg.name, NULL, NULL, NULL
FROM subject_group_map g JOIN study_subject ss ON ss.study_subject_id = g.study_subject_id JOIN study_group_class c ON c.study_group_class_id = g.study_group_class_id
JOIN study_group sg ON sg.study_group_id = g.study_group_id;

-- Corrections of dates of birth, person ids, sex, secondary labels and
-- enrolment dates: those the notes asked for and some without a note.
INSERT INTO pgen.al
SELECT CASE WHEN th.t IS NOT NULL THEN th.d0 + interval '2 days 3 hours' ELSE pgen.work('aldob', p.i, p.enrol + 1, least(date '2024-06-27', p.enrol + 60)) END,
       'subject', coalesce(th.site_user, p.uid), p.i, 'Date of Birth',
       CASE WHEN p.i % 3 = 0 THEN pgen.fill(CASE p.cc WHEN 'nl' THEN 'Geboortedatum volgens ID-kaart' WHEN 'de' THEN 'Geburtsdatum laut Personalausweis von {title} {last}' ELSE 'Fecha según DNI ' || coalesce(p.natid, '') END, p) ELSE pgen.rfc(p, p.i) END,
       7, CASE WHEN p.i % 2 = 0 AND extract(day FROM p.dob) <= 12 THEN to_char(make_date(extract(year FROM p.dob)::int, extract(day FROM p.dob)::int, extract(month FROM p.dob)::int), 'YYYY-MM-DD')
               ELSE to_char(make_date((substr(extract(year FROM p.dob)::text, 1, 2) || reverse(substr(extract(year FROM p.dob)::text, 3, 2)))::int, extract(month FROM p.dob)::int,
                                    least(28, extract(day FROM p.dob)::int)), 'YYYY-MM-DD') END,
       to_char(p.dob, 'YYYY-MM-DD'), NULL::int, NULL::int, NULL::int
FROM pgen.pt p LEFT JOIN pgen.th th ON th.kind = 'dob' AND th.i = p.i AND th.steps >= 2
WHERE th.t IS NOT NULL OR fixture_gen.n('aldobx', p.i, 100) < 5
UNION ALL
SELECT th.d0 + interval '1 day 2 hours', 'subject', th.site_user, p.i, 'Person ID', 'BSN gecontroleerd op ID-kaart', 7,
       substr(p.natid, 1, 4) || substr(p.natid, 6, 1) || substr(p.natid, 5, 1) || substr(p.natid, 7), p.natid, NULL, NULL, NULL
FROM pgen.th th JOIN pgen.pt p ON p.i = th.i WHERE th.kind = 'pid' AND th.steps >= 2
UNION ALL
SELECT pgen.work('alpid', p.i, p.enrol, least(date '2024-06-27', p.enrol + 20)), 'subject', p.uid, p.i, 'Person ID', pgen.rfc(p, p.i + 7), 7,
       CASE WHEN p.i % 2 = 0 THEN '' ELSE substr(p.natid, 1, 8) END, p.natid, NULL, NULL, NULL
FROM pgen.pt p WHERE p.sid IN (3, 6) AND fixture_gen.n('alpidx', p.i, 100) < 12
UNION ALL
SELECT pgen.work('alsex', p.i, p.enrol, least(date '2024-06-27', p.enrol + 10)), 'subject', p.uid, p.i, 'Sex', CASE p.cc WHEN 'nl' THEN 'Typfout' WHEN 'de' THEN 'Tippfehler' ELSE 'Error de transcripción' END, 7,
       CASE p.sex WHEN 'm' THEN 'f' ELSE 'm' END, p.sex, NULL, NULL, NULL
FROM pgen.pt p WHERE fixture_gen.n('alsexx', p.i, 100) < 2
UNION ALL
SELECT pgen.work('alsl', ss.study_subject_id, ss.enrollment_date, least(date '2024-06-27', ss.enrollment_date + 30)), 'study_subject', ss.owner_id, ss.study_subject_id,
       'Secondary Subject ID', pgen.rfc(p, p.i + 11), 4,
       CASE WHEN fixture_gen.n('alslo', ss.study_subject_id, 3) = 0 THEN '' ELSE pgen.wrong(regexp_replace(ss.secondary_label, '^\D+', ''), ss.study_subject_id) END,
       ss.secondary_label, NULL, NULL, NULL
FROM study_subject ss JOIN pgen.pt p ON p.i = ss.study_subject_id WHERE ss.secondary_label <> '' AND fixture_gen.n('alslx', ss.study_subject_id, 100) < 12
UNION ALL
SELECT th.d0 + interval '1 day 4 hours', 'study_subject', th.site_user, th.i, 'Enrollment Date', 'Op verzoek van monitor (query)', 4,
       to_char(p.enrol + 1, 'YYYY-MM-DD'), to_char(p.enrol, 'YYYY-MM-DD'), NULL, NULL, NULL
FROM pgen.th th JOIN pgen.pt p ON p.i = th.i WHERE th.kind = 'enrol' AND th.steps >= 2
UNION ALL
SELECT ss.date_created AT TIME ZONE 'UTC' + interval '3 minutes', 'study_subject', ss.owner_id, ss.study_subject_id, 'Study Subject ID', 'Nummering volgens screeninglog', 4,
       regexp_replace(ss.label, '-0', '-'), ss.label, NULL, NULL, NULL
FROM study_subject ss WHERE ss.study_id IN (2, 3) AND fixture_gen.n('allab', ss.study_subject_id, 100) < 4;

-- Item values: every free-text answer as entered, and corrections of
-- numbers and dates (those the queries asked for and others).
INSERT INTO pgen.al
SELECT ec.date_created AT TIME ZONE 'UTC' + make_interval(mins => 5 + fixture_gen.n('alit', d.item_data_id, 40)), 'item_data', ec.owner_id, d.item_data_id, it.name, NULL, 1,
       '', d.value, ec.event_crf_id, ec.study_event_id, ec.crf_version_id
FROM item_data d JOIN item it ON it.item_id = d.item_id JOIN event_crf ec ON ec.event_crf_id = d.event_crf_id
WHERE it.name IN ('DM_COMMENT', 'VS_COMMENT', 'LB_COMMENT', 'AE_TERM', 'AE_DESC', 'FU_CONTACT', 'FU_NOTES', 'EOS_COMMENT', 'CM_TRT') AND d.value <> ''
  AND (it.name <> 'CM_TRT' OR fixture_gen.n('alcm', d.item_data_id, 100) < 15)
UNION ALL
SELECT coalesce(th.d0 + interval '1 day 1 hour', ec.date_completed + make_interval(days => 1 + fixture_gen.n('alfix', d.item_data_id, 40))), 'item_data',
       coalesce(th.site_user, ec.owner_id), d.item_data_id, it.name,
       CASE WHEN th.t IS NOT NULL THEN CASE p.cc WHEN 'nl' THEN 'Query ' || th.t || ': ' WHEN 'de' THEN 'Query ' || th.t || ': ' ELSE 'Consulta ' || th.t || ': ' END || pgen.rfc(p, d.item_data_id)
            WHEN ec.date_completed IS NOT NULL THEN pgen.rfc(p, d.item_data_id) END,
       1, pgen.wrong(d.value, d.item_data_id), d.value, ec.event_crf_id, ec.study_event_id, ec.crf_version_id
FROM item_data d JOIN item it ON it.item_id = d.item_id JOIN event_crf ec ON ec.event_crf_id = d.event_crf_id JOIN pgen.pt p ON p.i = ec.study_subject_id
LEFT JOIN pgen.th th ON th.etype = 'itemData' AND th.eid = d.item_data_id AND th.kind IN ('range', 'fvc') AND th.steps >= 2
WHERE ec.date_completed IS NOT NULL AND d.value ~ '^[0-9.-]+$' AND pgen.wrong(d.value, d.item_data_id) <> ''
  AND it.name NOT IN ('DM_NYHA', 'DM_HFTYPE', 'DM_T2DM', 'DM_ETHNIC', 'CM_FREQ', 'AE_SERIOUS', 'AE_SEV', 'AE_REL', 'AE_OUTCOME', 'FU_HOSP', 'EOS_REASON')
  AND (th.t IS NOT NULL OR fixture_gen.n('alnum', d.item_data_id, 100) < 4);

-- Events and forms: status changes, start dates moved, SDV.
INSERT INTO pgen.al
SELECT se.date_updated AT TIME ZONE 'UTC', 'study_event', se.update_id, se.study_event_id, 'Status', NULL, 17, 'data entry started', 'completed', NULL::int, se.study_event_id, NULL::int
FROM study_event se WHERE se.subject_event_status_id IN (4, 8)
UNION ALL
SELECT se.date_created AT TIME ZONE 'UTC' + interval '12 minutes', 'study_event', se.owner_id, se.study_event_id, 'Status', NULL, 16, 'scheduled', 'data entry started', NULL, se.study_event_id, NULL
FROM study_event se WHERE se.subject_event_status_id IN (3, 4, 8) AND se.study_event_id % 2 = 0
UNION ALL
SELECT se.date_created AT TIME ZONE 'UTC' + interval '1 day', 'study_event', se.owner_id, se.study_event_id, 'Start date', NULL, 22,
       to_char(se.date_start - make_interval(days => 1 + fixture_gen.n('alsd', se.study_event_id, 5)), 'YYYY-MM-DD HH24:MI'), to_char(se.date_start, 'YYYY-MM-DD HH24:MI'), NULL, se.study_event_id, NULL
FROM study_event se WHERE fixture_gen.n('alsdx', se.study_event_id, 100) < 3
UNION ALL
SELECT se.date_updated AT TIME ZONE 'UTC' + interval '1 hour', 'study_event', 2, se.study_event_id, 'Status', NULL, 31, 'completed', 'signed', NULL, se.study_event_id, NULL
FROM study_event se WHERE se.subject_event_status_id = 8
UNION ALL
SELECT ec.date_completed, 'event_crf', ec.owner_id, ec.event_crf_id, 'Status', NULL, 8, 'initial data entry', 'completed', ec.event_crf_id, ec.study_event_id, ec.crf_version_id
FROM event_crf ec WHERE ec.date_completed IS NOT NULL AND ec.event_crf_id % 3 = 0
UNION ALL
SELECT pgen.work('alsdv', ec.event_crf_id, (ec.date_completed + interval '7 days')::date, date '2024-06-27'), 'event_crf', ec.sdv_update_id, ec.event_crf_id, 'SDV Status', NULL, 32,
       'false', 'true', ec.event_crf_id, ec.study_event_id, ec.crf_version_id
FROM event_crf ec WHERE ec.sdv_status AND ec.event_crf_id % 4 = 0;

CREATE TABLE audit_log_event (
    audit_id serial PRIMARY KEY, audit_date timestamp NOT NULL, audit_table varchar(500) NOT NULL, user_id integer, entity_id integer, entity_name varchar(500),
    reason_for_change varchar(1000), audit_log_event_type_id integer REFERENCES audit_log_event_type, old_value varchar(4000), new_value varchar(4000),
    event_crf_id integer, study_event_id integer, event_crf_version_id integer
);
INSERT INTO audit_log_event (audit_date, audit_table, user_id, entity_id, entity_name, reason_for_change, audit_log_event_type_id, old_value, new_value, event_crf_id, study_event_id, event_crf_version_id)
SELECT d::timestamp(0), tbl, uid, eid, ename, rfc, typ, old, new, ec, se, cv FROM pgen.al WHERE d <= timestamp '2024-06-28 18:00' ORDER BY d, tbl, eid, typ;

-- ---------------------------------------------------------------------------
-- Datasets (extract definitions) and the files their runs produced.

CREATE TABLE dataset (
    dataset_id serial PRIMARY KEY, study_id integer REFERENCES study, status_id integer REFERENCES status, name varchar(255), description varchar(2000), sql_statement text,
    num_runs integer, date_start date, date_end date, date_created date, date_updated date, date_last_run date, owner_id integer REFERENCES user_account,
    approver_id integer, update_id integer, show_event_location boolean DEFAULT false, show_event_start boolean DEFAULT false, show_event_end boolean DEFAULT false,
    show_subject_dob boolean DEFAULT false, show_subject_gender boolean DEFAULT false, show_event_status boolean DEFAULT false, show_subject_status boolean DEFAULT false,
    show_subject_unique_id boolean DEFAULT false, show_subject_age_at_event boolean DEFAULT false, show_crf_status boolean DEFAULT false, show_crf_version boolean DEFAULT false,
    show_crf_int_name boolean DEFAULT false, show_crf_int_date boolean DEFAULT false, show_group_info boolean DEFAULT false, show_disc_info boolean DEFAULT false,
    odm_metadataversion_name varchar(255), odm_metadataversion_oid varchar(255), odm_prior_study_oid varchar(255), odm_prior_metadataversion_oid varchar(255),
    show_secondary_id boolean DEFAULT false, dataset_item_status_id integer
);
INSERT INTO dataset
SELECT v.id, 1, v.st, v.name, v.descr,
       'select distinct * from extract_data_table where item_id in (' || (SELECT string_agg(item_id::text, ',' ORDER BY item_id) FROM item WHERE split_part(name, '_', 1) = ANY (v.crfs))
         || ') and study_event_definition_id in (' || v.seds || ')',
       v.runs, '1900-01-01', '2100-12-31', v.created, v.created + 30, v.lastrun, v.owner, NULL, CASE WHEN v.id % 2 = 0 THEN v.owner END,
       v.loc, true, false, v.dob, true, true, true, v.uid, v.age, true, true, v.intname, true, v.grp, v.dn, 'MetaDataVersion_v1.0.0', 'v1.0.0', '', '', v.secid, v.itemst
FROM (VALUES
  (1, 1, 'AE_listing_DSMB', 'All adverse events, unblinded by arm, for the DSMB closed session. Requested by Jakub Novák (DSMB statistician); send only via the secure file transfer, never by e-mail.',
      ARRAY['AE'], '5', 14, date '2022-11-21', date '2024-06-03', 41, false, true, false, true, false, true, true, false, 1),
  (2, 1, 'Primary_endpoint_D90', 'Variables for the primary end point (hierarchical composite at day 90) - H. Nguyen', ARRAY['VS', 'LB', 'FU', 'EOS'], '1,2,3,4,6', 9, date '2023-02-06', date '2024-05-27', 7, false, true, false, false, true, true, false, false, 1),
  (3, 1, 'Table1_baseline', 'Baseline characteristics for the ESC Heart Failure 2024 abstract', ARRAY['DM', 'VS', 'LB'], '1', 4, date '2023-11-13', date '2024-01-22', 7, false, false, false, true, true, false, false, false, 1),
  (4, 1, 'Weekly_missing_data', 'Weekly completeness report for the data managers (Monday 07:00)', ARRAY['DM', 'VS', 'LB', 'CM', 'AE', 'FU', 'EOS'], '1,2,3,4,5,6', 92, date '2022-06-13', date '2024-06-24', 3, false, false, false, false, true, false, true, true, 3),
  (5, 1, 'Vitals_DE_sites', 'Vital signs of the German sites for the investigators'' meeting in Frankfurt, at the request of Prof. Katrin Hoffmann (katrin.hoffmann@ukrm.example)', ARRAY['VS'], '1,2,3', 2, date '2023-09-18', date '2023-09-25', 4, true, false, false, false, false, true, false, true, 2),
  (6, 1, 'SAE_reconciliation', 'SAE reconciliation with the safety database (Lareb / BfArM / AEMPS reports); contact hfstart-safety@rijnlandumc.example', ARRAY['AE'], '5', 21, date '2022-09-05', date '2024-06-10', 4, false, true, true, true, false, true, true, true, 1),
  (7, 1, 'NTproBNP_all_visits', 'NT-proBNP and renal function over time', ARRAY['LB'], '1,2,3', 6, date '2023-03-20', date '2024-04-15', 5, false, false, false, false, false, false, false, false, 1),
  (8, 1, 'test_export_samira', 'test, can be removed', ARRAY['DM'], '1', 1, date '2022-05-30', date '2022-05-30', 4, true, true, true, true, true, true, true, true, 1),
  (9, 1, 'KCCQ_day180', 'KCCQ-12 summary scores from the telephone follow-up', ARRAY['FU'], '4', 3, date '2024-01-29', date '2024-05-06', 7, false, false, false, false, false, false, false, false, 1)
) v(id, st, name, descr, crfs, seds, runs, created, lastrun, owner, loc, dob, uid, age, intname, grp, dn, secid, itemst);
UPDATE dataset SET status_id = 5 WHERE dataset_id = 8;

CREATE TABLE archived_dataset_file (
    archived_dataset_file_id serial PRIMARY KEY, name varchar(255), dataset_id integer REFERENCES dataset, export_format_id integer, file_reference varchar(1000),
    run_time integer, file_size integer, date_created timestamp(6), owner_id integer REFERENCES user_account
);
INSERT INTO archived_dataset_file (name, dataset_id, export_format_id, file_reference, run_time, file_size, date_created, owner_id)
SELECT f.fname, d.dataset_id, f.fmt, '/usr/local/tomcat/openclinica.data/datasets/' || d.name || '/' || f.fname, 900 + fixture_gen.n('adfrt', d.dataset_id * 100 + k, 40000),
       20000 + fixture_gen.n('adfsz', d.dataset_id * 100 + k, 3000000), f.t, d.owner_id
FROM dataset d CROSS JOIN LATERAL generate_series(1, least(d.num_runs, 8)) k
CROSS JOIN LATERAL (SELECT pgen.work('adft', d.dataset_id * 100 + k, d.date_created, d.date_last_run) AS t, (ARRAY[1, 5, 8, 9, 3])[1 + fixture_gen.n('adff', d.dataset_id * 100 + k, 5)] AS fmt) y
CROSS JOIN LATERAL (SELECT y.t, y.fmt, d.name || '_' || (ARRAY['odm1.3_full', 'tab', 'spss', 'odm1.3_clinical_ext', 'html'])[1 + fixture_gen.n('adff', d.dataset_id * 100 + k, 5)]
                           || '_' || to_char(y.t, 'YYYY-MM-DD-HH24MISS') || lpad(fixture_gen.n('adfms', d.dataset_id * 100 + k, 1000)::text, 3, '0') || '.zip' AS fname) f
ORDER BY f.t;

-- ---------------------------------------------------------------------------
-- Rules: expressions, rules, rule sets and their actions (discrepancy notes
-- and e-mails to the safety desk and the monitors).

CREATE TABLE rule_expression (
    id serial PRIMARY KEY, value varchar(2040) NOT NULL, context integer NOT NULL, owner_id integer REFERENCES user_account, date_created date, date_updated date,
    update_id integer, status_id integer REFERENCES status, version integer
);
INSERT INTO rule_expression (value, context, owner_id, date_created, date_updated, update_id, status_id, version) VALUES
 ('SE_BASELINE.F_VITALSIGNS.IG_VITAL_UNGROUPED.I_VS_VS_SBP', 1, 3, '2022-03-21', NULL, NULL, 1, 1),
 ('I_VS_VS_SBP gt 200 or I_VS_VS_SBP lt 80', 1, 3, '2022-03-21', NULL, NULL, 1, 1),
 ('SE_AE.F_ADVERSEEVENT.IG_ADVER_AE_EVENT.I_AE_AE_SERIOUS', 1, 3, '2022-03-21', NULL, NULL, 1, 1),
 ('I_AE_AE_SERIOUS eq 1', 1, 3, '2022-03-21', NULL, NULL, 1, 1),
 ('SE_DAY30.F_LABORATORY.IG_LABOR_UNGROUPED.I_LB_LB_K', 1, 4, '2022-06-07', NULL, NULL, 1, 1),
 ('I_LB_LB_K gt 6.0', 1, 4, '2022-06-07', NULL, NULL, 1, 1),
 ('SE_BASELINE.F_LABORATORY.IG_LABOR_UNGROUPED.I_LB_LB_EGFR', 1, 4, '2022-06-07', NULL, NULL, 1, 1),
 ('I_LB_LB_EGFR lt 20', 1, 4, '2022-06-07', NULL, NULL, 1, 1),
 ('SE_EOS.F_ENDOFSTUDY.IG_ENDOF_UNGROUPED.I_EOS_EOS_REASON', 1, 3, '2022-09-12', NULL, NULL, 1, 1),
 ('I_EOS_EOS_REASON eq 4', 1, 3, '2022-09-12', NULL, NULL, 1, 1),
 ('SE_BASELINE.F_DEMOGRAPHICSA.IG_DEMOG_UNGROUPED.I_DM_DM_ICDATE', 1, 3, '2022-03-21', NULL, NULL, 1, 1),
 ('I_DM_DM_ICDATE lt I_DM_DM_ADMDATE', 1, 3, '2022-03-21', '2022-04-11', 3, 1, 2);

CREATE TABLE rule (
    id serial PRIMARY KEY, name varchar(255), description varchar(255), oc_oid varchar(40), enabled boolean, rule_expression_id integer NOT NULL REFERENCES rule_expression,
    owner_id integer REFERENCES user_account, date_created date, date_updated date, update_id integer, status_id integer REFERENCES status, version integer, study_id integer REFERENCES study
);
INSERT INTO rule (name, description, oc_oid, enabled, rule_expression_id, owner_id, date_created, date_updated, update_id, status_id, version, study_id) VALUES
 ('SBP range', 'Systolic blood pressure between 80 and 200 mmHg', 'R_SBP_RANGE', true, 2, 3, '2022-03-21', NULL, NULL, 1, 1, 1),
 ('SAE notification', 'Notify the safety desk and the coordinating investigator of a serious AE', 'R_SAE_NOTIFY', true, 4, 3, '2022-03-21', NULL, NULL, 1, 1, 1),
 ('Potassium high', 'Potassium above 6.0 mmol/L', 'R_K_HIGH', true, 6, 4, '2022-06-07', NULL, NULL, 1, 1, 1),
 ('eGFR below inclusion', 'eGFR below 20 at baseline violates inclusion criterion', 'R_EGFR_INCL', true, 8, 4, '2022-06-07', NULL, NULL, 1, 1, 1),
 ('Death reported', 'Notify CTU and the site PI of a death', 'R_DEATH', true, 10, 3, '2022-09-12', NULL, NULL, 1, 1, 1),
 ('Consent before admission', 'Consent date cannot precede the admission date', 'R_IC_ADM', true, 12, 3, '2022-03-21', '2022-04-11', 3, 1, 2, 1);

CREATE TABLE rule_set (
    id serial PRIMARY KEY, rule_expression_id integer NOT NULL REFERENCES rule_expression, study_event_definition_id integer REFERENCES study_event_definition,
    crf_id integer REFERENCES crf, crf_version_id integer, study_id integer NOT NULL REFERENCES study, owner_id integer REFERENCES user_account, date_created date,
    date_updated date, update_id integer, status_id integer REFERENCES status, version integer, item_id integer REFERENCES item, item_group_id integer REFERENCES item_group,
    run_schedule boolean DEFAULT false, run_time varchar(255)
);
INSERT INTO rule_set (rule_expression_id, study_event_definition_id, crf_id, crf_version_id, study_id, owner_id, date_created, date_updated, update_id, status_id, version, item_id, item_group_id, run_schedule, run_time) VALUES
 (1, 1, 2, NULL, 1, 3, '2022-03-21', NULL, NULL, 1, 1, 13, 2, false, NULL),
 (3, 5, 5, NULL, 1, 3, '2022-03-21', NULL, NULL, 1, 1, 33, 5, false, NULL),
 (5, 2, 3, NULL, 1, 4, '2022-06-07', NULL, NULL, 1, 1, 22, 3, false, NULL),
 (7, 1, 3, NULL, 1, 4, '2022-06-07', NULL, NULL, 1, 1, 21, 3, false, NULL),
 (9, 6, 7, NULL, 1, 3, '2022-09-12', NULL, NULL, 1, 1, 43, 7, true, '23:00'),
 (11, 1, 1, NULL, 1, 3, '2022-03-21', '2022-04-11', 3, 1, 2, 1, 1, false, NULL);

CREATE TABLE rule_set_rule (
    id serial PRIMARY KEY, rule_set_id integer NOT NULL REFERENCES rule_set, rule_id integer NOT NULL REFERENCES rule, owner_id integer REFERENCES user_account,
    date_created date, date_updated date, update_id integer, status_id integer REFERENCES status, version integer
);
INSERT INTO rule_set_rule (rule_set_id, rule_id, owner_id, date_created, date_updated, update_id, status_id, version)
SELECT id, id, owner_id, date_created, date_updated, update_id, 1, version FROM rule_set ORDER BY id;

CREATE TABLE rule_action (
    id serial PRIMARY KEY, rule_set_rule_id integer NOT NULL REFERENCES rule_set_rule, action_type integer NOT NULL, expression_evaluates_to boolean NOT NULL,
    message varchar(2040), email_to varchar(255), owner_id integer REFERENCES user_account, date_created date, date_updated date, update_id integer,
    status_id integer REFERENCES status, version integer, rule_action_run_id integer, oc_oid_reference varchar(4000), email_subject varchar(1020)
);
INSERT INTO rule_action (rule_set_rule_id, action_type, expression_evaluates_to, message, email_to, owner_id, date_created, date_updated, update_id, status_id, version, rule_action_run_id, oc_oid_reference, email_subject) VALUES
 (1, 1, true, 'Systolic blood pressure outside 80-200 mmHg, please verify.', NULL, 3, '2022-03-21', NULL, NULL, 1, 1, 1, NULL, NULL),
 (2, 2, true, 'A serious adverse event was entered. Please check that the paper SAE form reached the safety desk within 24 hours.', 'hfstart-safety@rijnlandumc.example,p.visser@rijnlandumc.example', 3, '2022-03-21', NULL, NULL, 1, 1, 2, NULL, 'HF-START: SAE entered in OpenClinica'),
 (2, 2, true, 'SAE entered at your site; monitoring visit follow-up needed.', 'l.kowalczyk@rijnlandumc.example,tobias.brenner@kks-rheinmain.example,ana.ruiz@fibvv.example', 3, '2022-05-09', NULL, NULL, 1, 1, 3, NULL, 'HF-START SAE - monitor copy'),
 (3, 1, true, 'Potassium above 6.0 mmol/L: please confirm and report as AE if clinically relevant.', NULL, 4, '2022-06-07', NULL, NULL, 1, 1, 4, NULL, NULL),
 (3, 2, true, 'Potassium above 6.0 mmol/L entered.', 's.el-amrani@rijnlandumc.example', 4, '2022-06-07', '2023-02-01', 5, 1, 2, 5, NULL, 'HF-START: hyperkalaemia'),
 (4, 1, true, 'eGFR below 20 at baseline: inclusion criterion not met? Contact the CTU.', NULL, 4, '2022-06-07', NULL, NULL, 1, 1, 6, NULL, NULL),
 (5, 2, true, 'A death was recorded on the End of study form.', 'hfstart@rijnlandumc.example,p.visser@rijnlandumc.example,katrin.hoffmann@ukrm.example,mpuig@hcbesos.example', 3, '2022-09-12', '2023-10-02', 3, 1, 2, 7, NULL, 'HF-START: death reported'),
 (6, 1, true, 'Date of informed consent is before the date of admission.', NULL, 3, '2022-03-21', NULL, NULL, 1, 1, 8, NULL, NULL);

-- ---------------------------------------------------------------------------
-- The configuration store and the Quartz job store.

CREATE TABLE configuration (id serial PRIMARY KEY, key varchar(255), value varchar(255), description varchar(512), version integer);
INSERT INTO configuration (key, value, description, version) VALUES
 ('pwd.chars.min', '12', 'Minimum password length', 3), ('pwd.chars.max', '0', 'Maximum password length (0 = no limit)', 1),
 ('pwd.chars.case.lower', 'true', 'Password must contain lower case letters', 1), ('pwd.chars.case.upper', 'true', 'Password must contain upper case letters', 1),
 ('pwd.chars.digits', 'true', 'Password must contain digits', 1), ('pwd.chars.specials', 'true', 'Password must contain special characters', 2),
 ('pwd.expiration.days', '180', 'Password expires after this many days', 2), ('pwd.change.required', '1', 'Users must change their password at first login', 1),
 ('user.lock.switch', 'TRUE', 'Lock accounts after failed logins', 1), ('user.lock.allowedFailedConsecutiveLoginAttempts', '3', 'Failed logins before the account is locked', 1);

-- jser: bytes shaped like a Java-serialized org.quartz.JobDataMap holding
-- string keys and values.
CREATE FUNCTION pgen.utf(x text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(lpad(to_hex(octet_length(convert_to(x, 'UTF8'))), 4, '0'), 'hex') || convert_to(x, 'UTF8') $$;
CREATE FUNCTION pgen.jser(kv text[]) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT decode('aced00057372', 'hex') || pgen.utf('org.quartz.JobDataMap') || decode('9fb083e8bfa9b0cb0200007872', 'hex')
         || pgen.utf('org.quartz.utils.StringKeyDirtyFlagMap') || decode('820808c3fbc55d280200015a', 'hex') || pgen.utf('allowsTransientData')
         || decode('7872', 'hex') || pgen.utf('org.quartz.utils.DirtyFlagMap') || decode('13e62ead28760ace', 'hex') || decode('0200025a', 'hex') || pgen.utf('dirty')
         || decode('4c', 'hex') || pgen.utf('map') || decode('74', 'hex') || pgen.utf('Ljava/util/Map;') || decode('7870017372', 'hex')
         || pgen.utf('java.util.HashMap') || decode('0507dac1c31660d1', 'hex') || decode('03000246', 'hex') || pgen.utf('loadFactor') || decode('49', 'hex')
         || pgen.utf('threshold') || decode('78703f400000', 'hex') || decode('0000000c7708', 'hex') || decode('0000001000000008', 'hex')
         || string_agg(decode('74', 'hex') || pgen.utf(x), ''::bytea ORDER BY n) || decode('7800', 'hex')
  FROM unnest(kv) WITH ORDINALITY u(x, n)
$$;

CREATE TABLE oc_qrtz_job_details (
    job_name varchar(200) NOT NULL, job_group varchar(200) NOT NULL, description varchar(250), job_class_name varchar(250) NOT NULL, is_durable boolean NOT NULL,
    requests_recovery boolean NOT NULL, sched_name varchar(120) NOT NULL DEFAULT 'TestScheduler', is_nonconcurrent boolean, is_update_data boolean, job_data bytea,
    PRIMARY KEY (sched_name, job_name, job_group)
);
INSERT INTO oc_qrtz_job_details
SELECT j.name, j.grp, j.descr, j.cls, true, false, 'TestScheduler', true, true,
       pgen.jser(ARRAY['contactEmail', u.email, 'user_id', u.user_id::text, 'userName', u.user_name, 'dsId', coalesce(j.ds::text, ''), 'extractFormat', j.fmt,
         'studyOid', 'S_HFSTART', 'locale', j.loc, 'job_name', j.name, 'exportFileName', replace(j.name, ' ', '_')])
FROM (VALUES
  ('Weekly missing data', 'XsltTriggersExportJobs', 'Weekly completeness report', 'org.akaza.openclinica.job.XsltStatefulJob', 4, 3, 'tab', 'en_US'),
  ('SAE reconciliation monthly', 'XsltTriggersExportJobs', 'Monthly SAE listing for the safety desk', 'org.akaza.openclinica.job.XsltStatefulJob', 6, 4, 'odm1.3_full', 'en_US'),
  ('DSMB AE listing', 'XsltTriggersExportJobs', 'AE listing before each DSMB meeting', 'org.akaza.openclinica.job.XsltStatefulJob', 1, 41, 'spss', 'en_US'),
  ('NTproBNP export', 'XsltTriggersExportJobs', '', 'org.akaza.openclinica.job.XsltStatefulJob', 7, 5, 'tab', 'nl_NL'),
  ('Vitals DE', 'XsltTriggersExportJobs', 'Für das Prüfertreffen', 'org.akaza.openclinica.job.XsltStatefulJob', 5, 22, 'tab', 'de_DE'),
  ('Lab import Sevilla', 'importTrigger', 'Import de analíticas (ODM) desde el LIS del hospital', 'org.akaza.openclinica.web.job.ImportStatefulJob', NULL, 32, 'odm1.3', 'es_ES'),
  ('Lab import Leiden', 'importTrigger', 'Import lab ODM uit GLIMS', 'org.akaza.openclinica.web.job.ImportStatefulJob', NULL, 15, 'odm1.3', 'nl_NL')
) j(name, grp, descr, cls, ds, uid, fmt, loc) JOIN user_account u ON u.user_id = j.uid;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
