-- classify-eval fixture (HOLDOUT 69: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- slice of the PostgreSQL database of a CommCare HQ server. CommCare HQ is
-- Dimagi's open-source Django platform behind the CommCare mobile app, with
-- which community health workers register and follow up households,
-- pregnant women, children and patients; forms sync to HQ, which keeps the
-- cases they open and update, sends SMS reminders, forwards data to
-- national health information systems and bills the projects. Tables are
-- in the naming its Django models and migrations create (auth_, users_,
-- form_processor_, blobs_, locations_, sms_, repeaters_, motech_,
-- accounting_, data_interfaces_, registration_, hqadmin_, phonelog_,
-- hqwebapp_, domain_, django_ tables), as of the production deploy tagged
-- 2024-09-18_20.13-production-deploy: serial and bigserial keys, couch ids
-- kept as 32-digit hex text, case and form ids as UUID text, timestamptz,
-- jsonb for JSONFields, varchar and inet arrays for ArrayFields, enums as
-- the short codes or small integers the models store.
--
-- Three project spaces (domains) on the server, with the people of their
-- countries: lafiya-uwa-kano, the maternal, newborn and child health
-- programme of the Lafiya Uwa Initiative (an NGO in Kano) in Kano and
-- Jigawa states, northern Nigeria: volunteers and CHEWs register
-- households, pregnant women and newborns, refer danger signs, and case
-- properties keep names, husbands' names, phones, dates of birth, LMP and
-- EDD, HIV status and home GPS; ap-tb-adherence, TB treatment adherence of
-- the Sahaya Health Foundation in Guntur and Krishna districts, Andhra
-- Pradesh: ASHAs and treatment supervisors follow patients with their
-- Ni-kshay ids, phones, addresses, HIV and diabetes status and the bank
-- accounts their nutrition support is paid into; and mz-malaria-nampula,
-- community malaria case management of the Associação Saúde Comunitária
-- de Nampula, Mozambique, in Portuguese. Web users are the NGOs' staff,
-- the State Ministry of Health's HMIS officer, a funder, consultants and
-- Dimagi staff (several countries); mobile workers are Hausa, Telugu and
-- Makhuwa/Portuguese speakers. SMS go through Infobip, Karix and a
-- Telerivet Android gateway (credentials in the backends' extra fields);
-- data are forwarded to the Nigerian NHMIS DHIS2, Ni-kshay and Mozambique's
-- SIS-MA (connection settings with encrypted passwords and OAuth client
-- secrets, request logs with patients' data in bodies and the DHIS2
-- servers' session cookies in response headers). Billing accounts are
-- those of the three NGOs, a funder and other customers of the server, a
-- few of them individual consultants and a student.
--
-- What I could not check: this is written from memory of the published
-- commcare-hq models, not from its migrations; column order, lengths and
-- nullability will differ, and fields added or dropped during 2024 (the
-- FCM token on the reporting metadata staging table, the ConnectID link's
-- messaging fields, the invitation's email_status, the API key's
-- last_used) may not match that build. CommCare keeps users, domains and
-- applications in CouchDB and form XML in the blob store; they are not
-- here. form_processor_xformattachmentsql is left out: I believe it was
-- dropped when form attachments moved to blobs_blobmeta, well before 2024.
-- I do not remember a tax id on the billing contact, so there is none.
-- The partitioned form and case tables of the sharded setup are flattened
-- into single tables. Only a subset of each model's columns is kept where
-- a model has many (sms_sms, accounting_subscription).
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐ''',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZD')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking characters; lower: lower-case alphanumerics; hex: a couch id.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.hex(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT md5(tag || ':' || i::text) $$;

-- at: a time between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- aes: a value as CommCare's b64_aes_encrypt stores it ("${algo}$" prefix, base64 of IV and ciphertext).
CREATE FUNCTION pgen.aes(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || 'AES-CBC$' || fixture_gen.b64(tag, i, 16 + 16 * ((len + 15) / 16)) $$;

-- The project spaces.
CREATE TABLE pgen.dom (d int PRIMARY KEY, name text, cc text, tz text, lang text, app_id text, app_name text, hq text);
INSERT INTO pgen.dom VALUES
  (1, 'lafiya-uwa-kano', 'NG', 'Africa/Lagos', 'hau', pgen.hex('app', 1), 'Lafiya Uwa MNCH', 'lafiyauwa.example'),
  (2, 'ap-tb-adherence', 'IN', 'Asia/Kolkata', 'tel', pgen.hex('app', 2), 'Sahaya TB Care', 'sahayahealth.example'),
  (3, 'mz-malaria-nampula', 'MZ', 'Africa/Maputo', 'por', pgen.hex('app', 3), 'Malária Comunitária Nampula', 'ascnampula.example');

-- Names by project and sex.
CREATE TABLE pgen.nm (d int, sex text, names text[], PRIMARY KEY (d, sex));
INSERT INTO pgen.nm VALUES
  (1, 'f', ARRAY['Aisha', 'Hauwa', 'Zainab', 'Fatima', 'Amina', 'Hadiza', 'Maryam', 'Halima', 'Rabi', 'Safiya', 'Bilkisu', 'Ummi', 'Hafsat', 'Khadija', 'Sadiya', 'Jamila', 'Asma''u', 'Rukayya', 'Zulaihat', 'Balaraba', 'Fiddausi', 'Hussaina']),
  (1, 'm', ARRAY['Musa', 'Ibrahim', 'Abdullahi', 'Sani', 'Usman', 'Aminu', 'Yusuf', 'Bashir', 'Nasiru', 'Lawal', 'Garba', 'Mustapha', 'Auwalu', 'Kabiru', 'Salisu', 'Umar', 'Muhammad', 'Haruna', 'Ismail', 'Jibrin']),
  (1, 's', ARRAY['Bello', 'Musa', 'Abubakar', 'Ibrahim', 'Sani', 'Garba', 'Yusuf', 'Lawan', 'Danjuma', 'Aliyu', 'Idris', 'Umar', 'Shehu', 'Wada', 'Kabir', 'Dankano', 'Isah', 'Haruna', 'Tijjani', 'Sulaiman', 'Maikano', 'Adamu', 'Gambo', 'Inuwa']),
  (2, 'f', ARRAY['Lakshmi', 'Padmavathi', 'Sravani', 'Bhavani', 'Durga Devi', 'Swathi', 'Anusha', 'Rama Devi', 'Sujatha', 'Naga Mani', 'Ayesha', 'Mary Suneetha', 'Venkata Lakshmi', 'Kumari', 'Rajeswari', 'Vijaya']),
  (2, 'm', ARRAY['Venkata Ramana', 'Srinivasa Rao', 'Ravi Kumar', 'Naga Raju', 'Suresh Babu', 'Prasad', 'Koteswara Rao', 'Chandra Sekhar', 'Anjaneyulu', 'Mahaboob Basha', 'Yesu Babu', 'Sambasiva Rao', 'Ramesh', 'Nagendra']),
  (2, 's', ARRAY['Gunti', 'Kolli', 'Vemula', 'Bandaru', 'Pothula', 'Kondapalli', 'Shaik', 'Yarlagadda', 'Chinta', 'Puli', 'Mekala', 'Tadi', 'Guntupalli', 'Nallamothu', 'Bathula', 'Pinnamaneni', 'Katta', 'Jonnalagadda']),
  (3, 'f', ARRAY['Maria', 'Ana', 'Rosa', 'Fátima', 'Luísa', 'Isabel', 'Celeste', 'Amélia', 'Atija', 'Rabia', 'Felizarda', 'Teresa', 'Graça', 'Anifa', 'Joana', 'Albertina']),
  (3, 'm', ARRAY['João', 'Manuel', 'Armando', 'Abílio', 'Fernando', 'Joaquim', 'Alberto', 'Momade', 'Assane', 'Ernesto', 'Issufo', 'Cândido', 'Virgílio', 'Arlindo', 'Faustino']),
  (3, 's', ARRAY['Muhala', 'Nampuio', 'Mussa', 'Assane', 'Amisse', 'Ussene', 'Mutola', 'Namashulua', 'Cossa', 'Macuácua', 'Momade', 'Saide', 'Abacar', 'Napuanha', 'Tomás', 'Raimundo', 'Jamal', 'Muanacha']);

CREATE FUNCTION pgen.given(d int, sex text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT fixture_gen.pick(names, tag, i) FROM pgen.nm WHERE nm.d = $1 AND nm.sex = $2 $$;
CREATE FUNCTION pgen.family(d int, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT fixture_gen.pick(names, tag, i) FROM pgen.nm WHERE nm.d = $1 AND nm.sex = 's' $$;

-- Phones: local as people write them, and the E.164 digits CommCare stores.
CREATE FUNCTION pgen.local_phone(d int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE d
    WHEN 1 THEN '0' || fixture_gen.pick(ARRAY['803', '806', '813', '816', '703', '706', '802', '808', '812', '901', '907', '708'], tag, i) || fixture_gen.digits(tag, i, 7)
    WHEN 2 THEN fixture_gen.pick(ARRAY['9', '8', '7', '6'], tag || 'a', i) || fixture_gen.digits(tag, i, 9)
    ELSE fixture_gen.pick(ARRAY['84', '85', '86', '87', '82'], tag, i) || fixture_gen.digits(tag, i, 7) END
$$;
CREATE FUNCTION pgen.e164(d int, local text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE d WHEN 1 THEN '234' || substr(local, 2) WHEN 2 THEN '91' || local ELSE '258' || local END
$$;

-- Locations: Nigeria 1-56, Andhra Pradesh 57-71, Nampula 72-93.
CREATE TABLE pgen.loc (k int PRIMARY KEY, d int, lt int, name text, code text, parent int, lat numeric, lon numeric, ext text);
INSERT INTO pgen.loc VALUES
  (1, 1, 1, 'Kano', 'kano', NULL, 12.0022, 8.5920, 'dGx0TkSJ1uE'), (2, 1, 1, 'Jigawa', 'jigawa', NULL, 11.7565, 9.3389, 'Ki9TfGw3d2A'),
  (3, 1, 2, 'Dala', 'dala', 1, 12.0095, 8.4960, 'Lb3QwZp0rHs'), (4, 1, 2, 'Gwale', 'gwale', 1, 11.9870, 8.5010, 'mV8xNcT2kQe'),
  (5, 1, 2, 'Ungogo', 'ungogo', 1, 12.0900, 8.4960, 'Pz4RtYb7uWa'), (6, 1, 2, 'Kumbotso', 'kumbotso', 1, 11.8900, 8.5030, 'Qw1ErTy6uIo'),
  (7, 1, 2, 'Dutse', 'dutse', 2, 11.7590, 9.3380, 'Ax9SdFg4hJk'), (8, 1, 2, 'Hadejia', 'hadejia', 2, 12.4500, 10.0410, 'Zx2CvBn5mLp'),
  (9, 1, 3, 'Kabuwaya', 'kabuwaya', 3, 12.0151, 8.4877, NULL), (10, 1, 3, 'Kantudu', 'kantudu', 3, 12.0049, 8.5011, NULL),
  (11, 1, 3, 'Goron Dutse', 'goron_dutse', 4, 11.9938, 8.5082, NULL), (12, 1, 3, 'Dandago', 'dandago', 4, 11.9812, 8.4955, NULL),
  (13, 1, 3, 'Rangaza', 'rangaza', 5, 12.0833, 8.5167, NULL), (14, 1, 3, 'Bachirawa', 'bachirawa', 5, 12.0478, 8.4866, NULL),
  (15, 1, 3, 'Chalawa', 'chalawa', 6, 11.8851, 8.4622, NULL), (16, 1, 3, 'Panshekara', 'panshekara', 6, 11.9340, 8.4730, NULL),
  (17, 1, 3, 'Limawa', 'limawa', 7, 11.7700, 9.3350, NULL), (18, 1, 3, 'Kachi', 'kachi', 7, 11.7205, 9.3660, NULL),
  (19, 1, 3, 'Matsaro', 'matsaro', 8, 12.4560, 10.0380, NULL), (20, 1, 3, 'Kasuwar Kofa', 'kasuwar_kofa', 8, 12.4490, 10.0460, NULL),
  (21, 1, 4, 'PHC Kabuwaya', 'phc_kabuwaya', 9, NULL, NULL, 'uHb6RkX0aLs'), (22, 1, 4, 'Kantudu Health Post', 'hp_kantudu', 10, NULL, NULL, 'vJc7SlY1bMt'),
  (23, 1, 4, 'Goron Dutse PHC', 'phc_goron_dutse', 11, NULL, NULL, 'wKd8TmZ2cNu'), (24, 1, 4, 'Dandago MCH Clinic', 'mch_dandago', 12, NULL, NULL, 'xLe9UnA3dOv'),
  (25, 1, 4, 'Rangaza PHC', 'phc_rangaza', 13, NULL, NULL, 'yMf0VoB4ePw'), (26, 1, 4, 'Bachirawa Health Clinic', 'hc_bachirawa', 14, NULL, NULL, 'zNg1WpC5fQx'),
  (27, 1, 4, 'Chalawa PHC', 'phc_chalawa', 15, NULL, NULL, 'aOh2XqD6gRy'), (28, 1, 4, 'Panshekara Comprehensive Health Centre', 'chc_panshekara', 16, NULL, NULL, 'bPi3YrE7hSz'),
  (29, 1, 4, 'Limawa PHC', 'phc_limawa', 17, NULL, NULL, 'cQj4ZsF8iTa'), (30, 1, 4, 'Kachi Health Post', 'hp_kachi', 18, NULL, NULL, 'dRk5AtG9jUb'),
  (31, 1, 4, 'Matsaro PHC', 'phc_matsaro', 19, NULL, NULL, 'eSl6BuH0kVc'), (32, 1, 4, 'Kasuwar Kofa Maternity', 'mat_kasuwar_kofa', 20, NULL, NULL, 'fTm7CvI1lWd'),
  (57, 2, 6, 'Andhra Pradesh', 'ap', NULL, 15.9129, 79.7400, NULL), (58, 2, 7, 'Guntur', 'guntur', 57, 16.3067, 80.4365, NULL),
  (59, 2, 7, 'Krishna', 'krishna', 57, 16.1875, 81.1389, NULL), (60, 2, 8, 'Tenali TU', 'tu_tenali', 58, 16.2430, 80.6400, NULL),
  (61, 2, 8, 'Mangalagiri TU', 'tu_mangalagiri', 58, 16.4307, 80.5525, NULL), (62, 2, 8, 'Gudivada TU', 'tu_gudivada', 59, 16.4350, 80.9930, NULL),
  (63, 2, 8, 'Machilipatnam TU', 'tu_machilipatnam', 59, 16.1875, 81.1389, NULL),
  (64, 2, 9, 'PHC Kollipara', 'phi_kollipara', 60, NULL, NULL, '270914'), (65, 2, 9, 'UPHC Ithanagar, Tenali', 'phi_ithanagar', 60, NULL, NULL, '270918'),
  (66, 2, 9, 'PHC Duggirala', 'phi_duggirala', 61, NULL, NULL, '270931'), (67, 2, 9, 'PHC Tadepalle', 'phi_tadepalle', 61, NULL, NULL, '270935'),
  (68, 2, 9, 'PHC Nandivada', 'phi_nandivada', 62, NULL, NULL, '271104'), (69, 2, 9, 'UPHC Gudivada', 'phi_uphc_gudivada', 62, NULL, NULL, '271109'),
  (70, 2, 9, 'PHC Chilakalapudi', 'phi_chilakalapudi', 63, NULL, NULL, '271122'), (71, 2, 9, 'Area Hospital Machilipatnam', 'phi_ah_machilipatnam', 63, NULL, NULL, '271126'),
  (72, 3, 10, 'Nampula', 'nampula', NULL, -15.1165, 39.2666, 'MZnpL0vNc1a'), (73, 3, 11, 'Cidade de Nampula', 'cidade_nampula', 72, -15.1165, 39.2666, 'MZnpC1dAd2b'),
  (74, 3, 11, 'Mogovolas', 'mogovolas', 72, -15.7236, 39.3570, 'MZmgV2lSe3c'), (75, 3, 11, 'Monapo', 'monapo', 72, -14.9140, 40.3540, 'MZmnP3oAf4d'),
  (76, 3, 12, 'CS Namicopo', 'cs_namicopo', 73, NULL, NULL, 'MZus01Nmcp1'), (77, 3, 12, 'CS Muhala Expansão', 'cs_muhala_expansao', 73, NULL, NULL, 'MZus02Mhlx2'),
  (78, 3, 12, 'CS Nametil', 'cs_nametil', 74, NULL, NULL, 'MZus03Nmtl3'), (79, 3, 12, 'CS Iuluti', 'cs_iuluti', 74, NULL, NULL, 'MZus04Iult4'),
  (80, 3, 12, 'CS Monapo Sede', 'cs_monapo_sede', 75, NULL, NULL, 'MZus05Mnps5'), (81, 3, 12, 'CS Itoculo', 'cs_itoculo', 75, NULL, NULL, 'MZus06Itcl6');
-- Nigerian settlements, two per ward (facility k 21-32 sits in ward k-12).
INSERT INTO pgen.loc
SELECT 33 + s, 1, 5, v.name, 'stl_' || pgen.fold(v.name), 9 + s / 2, NULL, NULL, NULL
FROM unnest(ARRAY['Unguwar Gini', 'Kofar Mazugal', 'Yan Awaki', 'Gwammaja', 'Goron Dutse Gabas', 'Sharada Kwana', 'Dandago Tsakiya', 'Kofar Na''isa',
  'Rangaza Sabuwar Unguwa', 'Tudun Murtala', 'Bachirawa Layin Gwamna', 'Yar Gaya', 'Chalawa Kauye', 'Sabon Gari Chalawa', 'Panshekara Tashar Mota', 'Kauyen Alu',
  'Limawa Tsohuwar Kasuwa', 'Takur Site', 'Kachi Yamma', 'Fagoji', 'Matsaro Arewa', 'Gandun Sarki', 'Kasuwar Kofa Gabas', 'Yayari']) WITH ORDINALITY v(name, o)
CROSS JOIN LATERAL (SELECT (v.o - 1)::int AS s) x;
-- Mozambican communities, two per health centre.
INSERT INTO pgen.loc
SELECT 82 + s, 3, 13, v.name, 'com_' || pgen.fold(v.name), 76 + s / 2, NULL, NULL, NULL
FROM unnest(ARRAY['Namicopo Bairro A', 'Muatala', 'Muhala Expansão Q12', 'Napipine', 'Nametil Sede', 'Calipo', 'Iuluti Sede', 'Nacololo', 'Monapo Rio', 'Netia', 'Itoculo Sede', 'Namialo']) WITH ORDINALITY v(name, o)
CROSS JOIN LATERAL (SELECT (v.o - 1)::int AS s) x;
-- Facilities, settlements and communities lie near their parents.
UPDATE pgen.loc l SET lat = round(p.lat + (fixture_gen.n('llat', l.k, 400) - 200) / 20000.0, 6), lon = round(p.lon + (fixture_gen.n('llon', l.k, 400) - 200) / 20000.0, 6)
FROM pgen.loc p WHERE p.k = l.parent AND l.lat IS NULL AND l.lt IN (4, 5, 13);
UPDATE pgen.loc l SET lat = round(p.lat + (fixture_gen.n('llat', l.k, 1200) - 600) / 10000.0, 6), lon = round(p.lon + (fixture_gen.n('llon', l.k, 1200) - 600) / 10000.0, 6)
FROM pgen.loc p WHERE p.k = l.parent AND l.lat IS NULL AND l.lt IN (9, 12);
UPDATE pgen.loc l SET lat = round(p.lat + (fixture_gen.n('llat', l.k, 400) - 200) / 20000.0, 6), lon = round(p.lon + (fixture_gen.n('llon', l.k, 400) - 200) / 20000.0, 6)
FROM pgen.loc p WHERE p.k = l.parent AND l.lat IS NULL AND l.lt = 13;

-- ---------------------------------------------------------------------------
-- People. Web users (django ids 1-40): the NGOs' staff, the State Ministry
-- of Health, a funder, consultants and Dimagi staff.
CREATE TABLE pgen.wu (i int PRIMARY KEY, first text, last text, email text, org text, cc text, title text, doms int[], dimagi boolean, phone text, cid text, country text);
INSERT INTO pgen.wu (i, first, last, email, org, cc, title, doms, dimagi) VALUES
  (1, 'Rebecca', 'Thornton', 'rthornton@dimagi.com', 'Dimagi', 'US', 'Senior Project Manager', ARRAY[1, 2, 3], true),
  (2, 'Sizwe', 'Mahlangu', 'smahlangu@dimagi.com', 'Dimagi', 'ZA', 'Solutions Engineer', ARRAY[1, 3], true),
  (3, 'Priyanka', 'Deshmukh', 'pdeshmukh@dimagi.com', 'Dimagi', 'IN', 'Field Implementation Manager', ARRAY[2], true),
  (4, 'Kevin', 'O''Malley', 'komalley@dimagi.com', 'Dimagi', 'US', 'Support Engineer', ARRAY[1, 2, 3], true),
  (5, 'Nomvula', 'Khumalo', 'nkhumalo@dimagi.com', 'Dimagi', 'ZA', 'Account Manager', ARRAY[1, 3], true),
  (6, 'Rohit', 'Bansal', 'rbansal@dimagi.com', 'Dimagi', 'IN', 'Integration Engineer', ARRAY[2], true),
  (7, 'Jacob', 'Feldman', 'jfeldman@dimagi.com', 'Dimagi', 'US', 'Billing Operations', ARRAY[]::int[], true),
  (8, 'Hadiza', 'Abdulkadir', 'hadiza.abdulkadir@lafiyauwa.example', 'Lafiya Uwa Initiative', 'NG', 'Programme Director', ARRAY[1], false),
  (9, 'Ibrahim', 'Dankano', 'ibrahim.dankano@lafiyauwa.example', 'Lafiya Uwa Initiative', 'NG', 'M&E Manager', ARRAY[1], false),
  (10, 'Chinedu', 'Okafor', 'chinedu.okafor@lafiyauwa.example', 'Lafiya Uwa Initiative', 'NG', 'Data Manager', ARRAY[1], false),
  (11, 'Funmilayo', 'Adeyemi', 'f.adeyemi@lafiyauwa.example', 'Lafiya Uwa Initiative', 'NG', 'Finance and Admin Officer', ARRAY[1], false),
  (12, 'Zainab', 'Lawan', 'zainablawan88@gmail.com', 'Lafiya Uwa Initiative', 'NG', 'Field Supervisor, Dala and Gwale', ARRAY[1], false),
  (13, 'Auwalu', 'Maikano', 'auwalmaikano@yahoo.com', 'Lafiya Uwa Initiative', 'NG', 'Field Supervisor, Jigawa', ARRAY[1], false),
  (14, 'Maryam', 'Sulaiman', 'maryam.sulaiman@lafiyauwa.example', 'Lafiya Uwa Initiative', 'NG', 'Field Supervisor, Ungogo and Kumbotso', ARRAY[1], false),
  (15, 'Mustapha', 'Ado', 'mustapha.ado@kanosmoh.example', 'Kano State Ministry of Health', 'NG', 'State HMIS Officer', ARRAY[1], false),
  (16, 'Ngozi', 'Eze', 'ngozi.eze.consult@gmail.com', 'Independent consultant', 'NG', 'MNCH Consultant', ARRAY[1], false),
  (17, 'Srinivas', 'Yarlagadda', 'srinivas.y@sahayahealth.example', 'Sahaya Health Foundation', 'IN', 'Project Director', ARRAY[2], false),
  (18, 'Swathi', 'Kondapalli', 'swathi.k@sahayahealth.example', 'Sahaya Health Foundation', 'IN', 'M&E Officer', ARRAY[2], false),
  (19, 'Ravi Teja', 'Chinta', 'raviteja.chinta@sahayahealth.example', 'Sahaya Health Foundation', 'IN', 'Data Manager', ARRAY[2], false),
  (20, 'Mahaboob Basha', 'Shaik', 'shaik.basha@sahayahealth.example', 'Sahaya Health Foundation', 'IN', 'District Coordinator, Guntur', ARRAY[2], false),
  (21, 'Mary Suneetha', 'Vemula', 'suneetha.vemula@gmail.com', 'Sahaya Health Foundation', 'IN', 'District Coordinator, Krishna', ARRAY[2], false),
  (22, 'Naga Raju', 'Puli', 'nagaraju.puli.sts@gmail.com', 'District TB Centre Guntur', 'IN', 'Senior Treatment Supervisor, Tenali', ARRAY[2], false),
  (23, 'Anusha', 'Mekala', 'anusha.mekala@sahayahealth.example', 'Sahaya Health Foundation', 'IN', 'Senior Treatment Supervisor, Gudivada', ARRAY[2], false),
  (24, 'Koteswara Rao', 'Gunti', 'dto.guntur@aphealth.example', 'District TB Centre Guntur', 'IN', 'District TB Officer', ARRAY[2], false),
  (25, 'Celeste', 'Namashulua', 'celeste.namashulua@ascnampula.example', 'Associação Saúde Comunitária de Nampula', 'MZ', 'Coordenadora do Programa', ARRAY[3], false),
  (26, 'Ernesto', 'Macuácua', 'ernesto.macuacua@ascnampula.example', 'Associação Saúde Comunitária de Nampula', 'MZ', 'Oficial de Monitoria e Avaliação', ARRAY[3], false),
  (27, 'Atija', 'Momade', 'atijamomade@gmail.com', 'Associação Saúde Comunitária de Nampula', 'MZ', 'Supervisora, Mogovolas', ARRAY[3], false),
  (28, 'Fernando', 'Cossa', 'fernando.cossa@ascnampula.example', 'Associação Saúde Comunitária de Nampula', 'MZ', 'Gestor de Dados', ARRAY[3], false),
  (29, 'Inês', 'Carvalho', 'ines.carvalho@saudeglobal.example', 'Saúde Global Consultores', 'PT', 'Consultora de Sistemas de Informação', ARRAY[3], false),
  (30, 'Oliver', 'Bennett', 'oliver.bennett@childhealthfund.example', 'Child Health Fund', 'GB', 'Programme Officer', ARRAY[1, 3], false),
  (31, 'Wanjiru', 'Kamau', 'wanjiru.kamau@gmail.com', 'Independent evaluator', 'KE', 'Evaluation Consultant', ARRAY[1], false),
  (32, 'Tendai', 'Moyo', 'tmoyo@dimagi.com', 'Dimagi', 'ZA', 'Delivery Manager', ARRAY[3], true),
  (33, 'Ananya', 'Krishnan', 'akrishnan@dimagi.com', 'Dimagi', 'IN', 'Product Support', ARRAY[2], true),
  (34, 'Yusuf', 'Haruna', 'yusuf.haruna@lafiyauwa.example', 'Lafiya Uwa Initiative', 'NG', 'Logistics Officer', ARRAY[1], false),
  (35, 'Bhavani', 'Guntupalli', 'bhavani.g@sahayahealth.example', 'Sahaya Health Foundation', 'IN', 'Adherence Counsellor', ARRAY[2], false),
  (36, 'Armando', 'Saide', 'armando.saide@ascnampula.example', 'Associação Saúde Comunitária de Nampula', 'MZ', 'Supervisor, Monapo', ARRAY[3], false),
  (37, 'Emily', 'Carter', 'emily.carter@childhealthfund.example', 'Child Health Fund', 'US', 'Grants Finance Manager', ARRAY[1], false),
  (38, 'Grace', 'Achieng', 'gachieng@dimagi.com', 'Dimagi', 'KE', 'Project Manager', ARRAY[1], true),
  (39, 'Lucas', 'Ferreira', 'lucas.ferreira@saudeglobal.example', 'Saúde Global Consultores', 'BR', 'Analista de Dados', ARRAY[3], false),
  (40, 'Aisha', 'Garba-Yusuf', 'aisha.garba@kanosmoh.example', 'Kano State Ministry of Health', 'NG', 'State Reproductive Health Coordinator', ARRAY[1], false);
UPDATE pgen.wu SET cid = pgen.hex('wu', i), country = cc, phone = CASE cc
    WHEN 'NG' THEN '+234' || substr(pgen.local_phone(1, 'wuph', i), 2) WHEN 'IN' THEN '+91' || pgen.local_phone(2, 'wuph', i) WHEN 'MZ' THEN '+258' || pgen.local_phone(3, 'wuph', i)
    WHEN 'US' THEN '+1617555' || lpad((100 + i)::text, 4, '0') WHEN 'ZA' THEN '+278' || (2 + fixture_gen.n('wuza', i, 3)) || fixture_gen.digits('wuph', i, 7)
    WHEN 'GB' THEN '+447' || fixture_gen.digits('wuph', i, 9) WHEN 'KE' THEN '+2547' || fixture_gen.digits('wuph', i, 8) WHEN 'PT' THEN '+3519' || (1 + fixture_gen.n('wupt', i, 3)) || fixture_gen.digits('wuph', i, 7)
    ELSE '+55119' || fixture_gen.digits('wuph', i, 8) END;

-- Mobile workers (django ids 101-265): Nigeria 1-80 (volunteers at
-- settlements, CHEWs at facilities), Andhra Pradesh 81-130 (ASHAs and
-- treatment supporters at PHIs), Nampula 131-165 (APEs in communities).
CREATE TABLE pgen.mw (i int PRIMARY KEY, d int, sex text, first text, last text, full_name text, cadre text, loc int, username text, cid text, phone text, dob date, joined timestamptz, active boolean);
INSERT INTO pgen.mw (i, d, sex)
SELECT i, CASE WHEN i <= 80 THEN 1 WHEN i <= 130 THEN 2 ELSE 3 END,
       CASE WHEN i <= 80 THEN CASE WHEN i % 5 = 0 THEN 'm' ELSE 'f' END WHEN i <= 130 THEN CASE WHEN i % 4 = 0 THEN 'm' ELSE 'f' END ELSE CASE WHEN i % 3 = 0 THEN 'f' ELSE 'm' END END
FROM generate_series(1, 165) i;
UPDATE pgen.mw SET first = pgen.given(d, sex, 'mwf', i), last = pgen.family(d, 'mwl', i),
  cadre = CASE d WHEN 1 THEN CASE sex WHEN 'f' THEN 'Community Volunteer' ELSE 'CHEW' END WHEN 2 THEN CASE sex WHEN 'f' THEN 'ASHA' ELSE 'Treatment Supporter' END ELSE CASE WHEN i % 7 = 0 THEN 'Activista' ELSE 'APE' END END,
  loc = CASE d WHEN 1 THEN CASE sex WHEN 'f' THEN 33 + (i - 1) % 24 ELSE 21 + (i / 5 - 1) % 12 END WHEN 2 THEN 64 + (i - 81) % 8 ELSE 82 + (i - 131) % 12 END,
  cid = pgen.hex('mw', i), phone = pgen.local_phone(d, 'mwph', i), dob = date '1972-01-01' + fixture_gen.n('mwdob', i, 365 * 30),
  joined = pgen.at('mwj', i, '2021-03-01', '2024-07-31'), active = i % 13 <> 6;
UPDATE pgen.mw SET full_name = CASE WHEN d = 2 AND i % 3 <> 0 THEN last || ' ' || first ELSE first || ' ' || last END;
UPDATE pgen.mw m SET username = u.base || CASE WHEN u.rn > 1 THEN u.rn::text ELSE '' END || '@' || dm.name || '.commcarehq.org'
FROM (SELECT i, base, row_number() OVER (PARTITION BY base ORDER BY i) AS rn FROM (
        SELECT m.i, CASE WHEN m.d = 2 AND m.sex = 'f' THEN 'asha.' || replace(replace(l.code, 'phi_', ''), '_', '') || '.' || lpad((m.i - 80)::text, 3, '0')
                         WHEN m.d = 3 THEN 'ape.' || pgen.fold(m.first) || '.' || pgen.fold(m.last)
                         ELSE pgen.fold(split_part(m.first, ' ', 1)) || '.' || pgen.fold(m.last) END AS base
        FROM pgen.mw m JOIN pgen.loc l ON l.k = m.loc) b) u, pgen.dom dm
WHERE u.i = m.i AND dm.d = m.d;

-- ---------------------------------------------------------------------------
-- Django users, sessions and the users app's SQL tables.

CREATE TABLE auth_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL, email varchar(254) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL, date_joined timestamptz NOT NULL
);
INSERT INTO auth_user
SELECT w.i, CASE WHEN w.dimagi THEN '!' || pgen.rnd('unus', w.i, 40) ELSE fixture_gen.pbkdf2('wupw', w.i) END,
       pgen.at('wull', w.i, '2024-08-20', '2024-09-18'), w.dimagi AND w.i IN (1, 4, 7), w.email, w.first, w.last, w.email, w.dimagi, w.i <> 31,
       pgen.at('wudj', w.i, '2019-05-01', '2024-05-01')
FROM pgen.wu w ORDER BY w.i;
INSERT INTO auth_user
SELECT 100 + m.i, fixture_gen.pbkdf2('mwpw', m.i), CASE WHEN m.active THEN pgen.at('mwll', m.i, '2024-07-01', '2024-09-18') END, false, m.username, m.first, m.last,
       CASE WHEN m.i % 9 = 4 THEN pgen.fold(split_part(m.first, ' ', 1)) || pgen.fold(m.last) || (m.i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'gmail.com'], 'mwem', m.i) ELSE '' END,
       false, m.active, m.joined
FROM pgen.mw m ORDER BY m.i;

CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT pgen.lower('sesk', k, 32),
       translate(rtrim(encode(convert_to(jsonb_build_object('_auth_user_id', u::text, '_auth_user_backend', CASE WHEN u <= 7 OR u IN (32, 33, 38) THEN 'corehq.apps.sso.backends.SsoBackend' ELSE 'corehq.apps.domain.auth.HQModelBackend' END,
           '_auth_user_hash', fixture_gen.hexn('sesh', k, 64), 'last_request', jsonb_build_object('domain', d.name, 'timestamp', 1726000000 + k * 977), '_session_expiry', 1209600,
           'hq_session_security', jsonb_build_object('session_expiry', 1726600000 + k * 977), 'django_language', CASE WHEN d.d = 3 THEN 'pt' ELSE 'en' END)::text, 'UTF8'), 'base64'), '='), E'+/\n', '-_')
       || ':' || pgen.rnd('sests', k, 6) || ':' || translate(rtrim(fixture_gen.b64('sessig', k, 32), '='), '+/', '-_'),
       timestamptz '2024-09-18 21:00:00+00' + make_interval(hours => 1 + fixture_gen.n('sese', k, 330))
FROM generate_series(1, 64) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('sesu', k, 40) AS u) x JOIN pgen.wu w ON w.i = x.u
JOIN pgen.dom d ON d.d = coalesce(w.doms[1 + fixture_gen.n('sesd', k, greatest(1, cardinality(w.doms)))], 1);

CREATE TABLE users_userrole (
    id serial PRIMARY KEY, domain varchar(128), name varchar(128), default_landing_page varchar(64), is_non_admin_editable boolean NOT NULL, is_archived boolean NOT NULL,
    upstream_id varchar(32), couch_id varchar(126), created_at timestamptz NOT NULL, modified_on timestamptz NOT NULL, is_commcare_user boolean NOT NULL
);
INSERT INTO users_userrole (domain, name, default_landing_page, is_non_admin_editable, is_archived, upstream_id, couch_id, created_at, modified_on, is_commcare_user)
SELECT d.name, r.name, r.landing, r.edit, r.arch, NULL, pgen.hex('role', d.d * 10 + r.k), pgen.at('roc', d.d * 10 + r.k, '2021-02-01', '2022-06-01'),
       pgen.at('rom', d.d * 10 + r.k, '2023-01-01', '2024-09-01'), r.cc
FROM pgen.dom d JOIN (VALUES
  (1, 1, 'Admin', NULL, false, false, false), (1, 2, 'Field Supervisor', 'reports', true, false, false), (1, 3, 'Data Manager', 'reports', false, false, false),
  (1, 4, 'Volunteer', 'webapps', false, false, true), (1, 5, 'CHEW', 'webapps', false, false, true), (1, 6, 'Read only (SMoH and funder)', 'reports', false, false, false),
  (1, 7, 'Old supervisor role (2022)', NULL, false, true, false),
  (2, 1, 'Admin', NULL, false, false, false), (2, 2, 'STS / DTO', 'reports', true, false, false), (2, 3, 'ASHA', 'webapps', false, false, true),
  (2, 4, 'Treatment Supporter', 'webapps', false, false, true), (2, 5, 'Counsellor', 'webapps', false, false, false), (2, 6, 'Integration (API only)', NULL, false, false, false),
  (3, 1, 'Admin', NULL, false, false, false), (3, 2, 'Supervisor', 'reports', true, false, false), (3, 3, 'APE', 'webapps', false, false, true),
  (3, 4, 'Gestor de Dados', 'data', false, false, false), (3, 5, 'Leitura (Financiador)', 'reports', false, false, false)
) r(d, k, name, landing, edit, arch, cc) ON r.d = d.d ORDER BY d.d, r.k;

CREATE TABLE users_sqluserdata (
    id serial PRIMARY KEY, django_user_id integer NOT NULL UNIQUE, user_id varchar(36) NOT NULL, domain varchar(128) NOT NULL, profile_id integer, data jsonb NOT NULL, modified_on timestamptz NOT NULL
);
INSERT INTO users_sqluserdata (django_user_id, user_id, domain, profile_id, data, modified_on)
SELECT 100 + m.i, m.cid, d.name, CASE m.cadre WHEN 'Community Volunteer' THEN 1 WHEN 'CHEW' THEN 2 WHEN 'ASHA' THEN 3 WHEN 'APE' THEN 5 END,
       CASE m.d
         WHEN 1 THEN jsonb_build_object('commcare_project', d.name, 'commcare_location_id', pgen.hex('loc', m.loc), 'cadre', m.cadre, 'lga', lg.name, 'ward', wd.name,
              'date_of_birth', m.dob::text, 'nin', fixture_gen.digits('nin', m.i, 11), 'stipend_bank', fixture_gen.pick(ARRAY['Jaiz Bank', 'UBA', 'First Bank', 'Access Bank', 'Opay'], 'bank', m.i),
              'stipend_account_number', fixture_gen.digits('nuban', m.i, 10), 'next_of_kin', pgen.given(1, 'm', 'nok', m.i) || ' ' || m.last || ' (' || pgen.local_phone(1, 'nokph', m.i) || ')')
         WHEN 2 THEN jsonb_build_object('commcare_project', d.name, 'commcare_location_id', pgen.hex('loc', m.loc), 'designation', m.cadre, 'tu', lg.name, 'phi', l.name,
              'aadhaar_last4', fixture_gen.digits('aad', m.i, 4), 'upi_id', m.phone || '@' || fixture_gen.pick(ARRAY['ybl', 'okaxis', 'paytm', 'oksbi'], 'upi', m.i), 'date_of_joining', m.joined::date::text)
         ELSE jsonb_build_object('commcare_project', d.name, 'commcare_location_id', pgen.hex('loc', m.loc), 'tipo', m.cadre, 'distrito', lg.name,
              'numero_bi', '1101' || fixture_gen.digits('bi', m.i, 8) || fixture_gen.chars('bil', m.i, 1, 'ABCDEFGHIJKLMNPQ'), 'nuit', '1' || fixture_gen.digits('nuit', m.i, 8),
              'mpesa', '+258' || pgen.local_phone(3, 'mpesa', m.i), 'data_formacao', (m.joined::date - 30)::text) END,
       m.joined + make_interval(days => fixture_gen.n('udm', m.i, 300))
FROM pgen.mw m JOIN pgen.dom d ON d.d = m.d JOIN pgen.loc l ON l.k = m.loc
JOIN pgen.loc wd ON wd.k = CASE WHEN l.lt IN (4, 5) THEN l.parent ELSE l.parent END
JOIN pgen.loc lg ON lg.k = CASE WHEN m.d = 1 THEN wd.parent WHEN m.d = 2 THEN l.parent ELSE (SELECT parent FROM pgen.loc WHERE k = l.parent) END
ORDER BY m.i;

-- ---------------------------------------------------------------------------
-- Locations.

CREATE TABLE locations_locationtype (
    id serial PRIMARY KEY, domain varchar(255), name varchar(255) NOT NULL, code varchar(255), parent_type_id integer REFERENCES locations_locationtype (id), administrative boolean NOT NULL,
    shares_cases boolean NOT NULL, view_descendants boolean NOT NULL, _expand_from_root boolean NOT NULL, expand_to_id integer, last_modified timestamptz NOT NULL, has_users boolean NOT NULL
);
INSERT INTO locations_locationtype VALUES
  (1, 'lafiya-uwa-kano', 'State', 'state', NULL, true, false, false, false, NULL, '2021-03-02 10:14:00+00', false),
  (2, 'lafiya-uwa-kano', 'LGA', 'lga', 1, true, false, true, false, NULL, '2021-03-02 10:14:00+00', true),
  (3, 'lafiya-uwa-kano', 'Ward', 'ward', 2, true, false, false, false, NULL, '2021-03-02 10:15:00+00', false),
  (4, 'lafiya-uwa-kano', 'Health Facility', 'health_facility', 3, false, true, true, false, 5, '2022-11-17 09:41:00+00', true),
  (5, 'lafiya-uwa-kano', 'Settlement', 'settlement', 3, false, true, false, false, NULL, '2022-11-17 09:42:00+00', true),
  (6, 'ap-tb-adherence', 'State', 'state', NULL, true, false, false, false, NULL, '2021-06-21 05:30:00+00', false),
  (7, 'ap-tb-adherence', 'District', 'district', 6, true, false, true, false, NULL, '2021-06-21 05:30:00+00', true),
  (8, 'ap-tb-adherence', 'TB Unit', 'tu', 7, true, false, true, false, NULL, '2021-06-21 05:31:00+00', true),
  (9, 'ap-tb-adherence', 'PHI', 'phi', 8, false, true, false, false, NULL, '2023-02-08 07:12:00+00', true),
  (10, 'mz-malaria-nampula', 'Província', 'provincia', NULL, true, false, false, false, NULL, '2022-04-11 08:00:00+00', false),
  (11, 'mz-malaria-nampula', 'Distrito', 'distrito', 10, true, false, true, false, NULL, '2022-04-11 08:00:00+00', true),
  (12, 'mz-malaria-nampula', 'Unidade Sanitária', 'unidade_sanitaria', 11, false, true, true, false, NULL, '2022-04-11 08:02:00+00', true),
  (13, 'mz-malaria-nampula', 'Comunidade', 'comunidade', 12, false, true, false, false, NULL, '2023-09-29 12:20:00+00', true);

CREATE TABLE locations_sqllocation (
    id serial PRIMARY KEY, domain varchar(255) NOT NULL, name varchar(255), location_id varchar(100) NOT NULL UNIQUE, location_type_id integer NOT NULL REFERENCES locations_locationtype (id),
    site_code varchar(255) NOT NULL, external_id varchar(255), metadata jsonb NOT NULL, created_at timestamptz NOT NULL, last_modified timestamptz NOT NULL, is_archived boolean NOT NULL,
    archived_on timestamptz, latitude numeric(20, 10), longitude numeric(20, 10), parent_id integer REFERENCES locations_sqllocation (id), supply_point_id varchar(255), stocks_all_products boolean NOT NULL
);
INSERT INTO locations_sqllocation
SELECT l.k, d.name, l.name, pgen.hex('loc', l.k), l.lt, l.code, l.ext,
       CASE l.lt
         WHEN 2 THEN jsonb_build_object('hmis_uid', l.ext, 'lga_mnch_coordinator', pgen.given(1, CASE WHEN l.k % 2 = 0 THEN 'f' ELSE 'm' END, 'lgac', l.k) || ' ' || pgen.family(1, 'lgacl', l.k),
                                        'coordinator_phone', pgen.local_phone(1, 'lgaph', l.k))
         WHEN 3 THEN jsonb_build_object('ward_focal_person', pgen.given(1, 'm', 'wfp', l.k) || ' ' || pgen.family(1, 'wfpl', l.k), 'focal_person_phone', pgen.local_phone(1, 'wfph', l.k))
         WHEN 4 THEN jsonb_build_object('facility_type', CASE WHEN l.name LIKE '%Post%' THEN 'Health Post' WHEN l.name LIKE '%Comprehensive%' THEN 'CHC' WHEN l.name LIKE '%Maternity%' THEN 'Maternity' ELSE 'PHC' END,
                                        'ownership', 'Public', 'officer_in_charge', pgen.given(1, CASE WHEN l.k % 3 = 0 THEN 'm' ELSE 'f' END, 'oic', l.k) || ' ' || pgen.family(1, 'oicl', l.k),
                                        'oic_phone', pgen.local_phone(1, 'oicph', l.k), 'has_delivery_service', CASE WHEN l.name LIKE '%Post%' THEN 'no' ELSE 'yes' END, 'hf_code', 'KN/' || upper(substr(l.code, 1, 3)) || '/' || lpad(l.k::text, 3, '0'))
         WHEN 5 THEN jsonb_build_object('population_2023', (800 + fixture_gen.n('pop', l.k, 4200))::text, 'village_head', 'Mai Unguwa ' || pgen.given(1, 'm', 'vh', l.k) || ' ' || pgen.family(1, 'vhl', l.k),
                                        'hard_to_reach', CASE WHEN l.k % 6 = 0 THEN 'yes' ELSE 'no' END)
         WHEN 7 THEN jsonb_build_object('dtc', 'District TB Centre, ' || l.name, 'nikshay_district_id', (250 + l.k)::text)
         WHEN 8 THEN jsonb_build_object('nikshay_tu_id', (2700 + l.k)::text, 'sts_name', pgen.given(2, 'm', 'sts', l.k) || ' ' || pgen.family(2, 'stsl', l.k), 'sts_phone', pgen.local_phone(2, 'stsph', l.k))
         WHEN 9 THEN jsonb_build_object('nikshay_phi_id', l.ext, 'medical_officer', 'Dr. ' || pgen.family(2, 'mol', l.k) || ' ' || pgen.given(2, CASE WHEN l.k % 2 = 0 THEN 'f' ELSE 'm' END, 'mo', l.k),
                                        'mo_phone', pgen.local_phone(2, 'moph', l.k), 'phi_type', CASE WHEN l.name LIKE 'UPHC%' THEN 'UPHC' WHEN l.name LIKE 'Area%' THEN 'Area Hospital' ELSE 'PHC' END)
         WHEN 11 THEN jsonb_build_object('codigo_sisma', l.ext, 'sdsmas', 'SDSMAS de ' || l.name)
         WHEN 12 THEN jsonb_build_object('codigo_sisma', l.ext, 'tipo', 'Centro de Saúde Rural Tipo ' || CASE WHEN l.k % 2 = 0 THEN 'I' ELSE 'II' END,
                                        'responsavel', pgen.given(3, CASE WHEN l.k % 2 = 0 THEN 'f' ELSE 'm' END, 'usr', l.k) || ' ' || pgen.family(3, 'usrl', l.k), 'contacto', '+258' || pgen.local_phone(3, 'usph', l.k))
         WHEN 13 THEN jsonb_build_object('populacao', (600 + fixture_gen.n('popm', l.k, 3000))::text, 'lider_comunitario', 'Régulo ' || pgen.given(3, 'm', 'lc', l.k) || ' ' || pgen.family(3, 'lcl', l.k),
                                        'distancia_us_km', (2 + fixture_gen.n('dist', l.k, 18))::text)
         ELSE jsonb_build_object() END,
       pgen.at('lcr', l.k, CASE d.d WHEN 1 THEN timestamptz '2021-03-02' WHEN 2 THEN timestamptz '2021-06-21' ELSE timestamptz '2022-04-11' END, CASE d.d WHEN 1 THEN timestamptz '2022-12-01' WHEN 2 THEN timestamptz '2023-03-01' ELSE timestamptz '2023-10-01' END),
       pgen.at('llm', l.k, '2023-10-01', '2024-09-10'), l.k IN (30, 71), CASE WHEN l.k IN (30, 71) THEN pgen.at('larc', l.k, '2024-01-10', '2024-08-01') END,
       l.lat, l.lon, l.parent, CASE WHEN l.lt IN (4, 9, 12) THEN pgen.hex('sp', l.k) END, false
FROM pgen.loc l JOIN pgen.dom d ON d.d = l.d ORDER BY l.k;

-- ---------------------------------------------------------------------------
-- Invitations, API keys, ConnectID links, join requests, user history,
-- the reporting metadata of mobile workers.

CREATE TABLE users_sqlinvitation (
    uuid uuid PRIMARY KEY, email varchar(255) NOT NULL, email_status varchar(126), invited_by varchar(126) NOT NULL, invited_on timestamptz NOT NULL, is_accepted boolean NOT NULL,
    domain varchar(255) NOT NULL, role varchar(100), program varchar(126), primary_location_id varchar(100) REFERENCES locations_sqllocation (location_id), profile_id integer,
    custom_user_data jsonb NOT NULL, tableau_role varchar(32), tableau_group_ids varchar(36)[]
);
INSERT INTO users_sqlinvitation
SELECT fixture_gen.uuid('inv', k)::uuid, x.email, CASE WHEN x.acc THEN 'delivered' WHEN k % 9 = 4 THEN 'bounced' WHEN k % 5 = 0 THEN NULL ELSE 'delivered' END,
       ib.cid, x.inv_on, x.acc, dm.name, 'user-role:' || pgen.hex('role', dm.d * 10 + x.rk), NULL,
       CASE WHEN x.locn IS NOT NULL THEN pgen.hex('loc', x.locn) END, NULL, x.cud, CASE WHEN dm.d = 1 AND k % 4 = 1 THEN 'Viewer' END,
       CASE WHEN dm.d = 1 AND k % 4 = 1 THEN ARRAY[fixture_gen.uuid('tabg', 1)]::varchar(36)[] END
FROM (
  SELECT w.i AS k, w.email, true AS acc, w.doms[1] AS d, pgen.at('invo', w.i, '2021-01-01', '2024-04-20') AS inv_on,
         CASE WHEN w.title LIKE 'Field Supervisor%' OR w.title LIKE 'Supervisor%' OR w.title LIKE 'Senior Treatment%' THEN 2 WHEN w.title LIKE 'Data%' OR w.title LIKE 'Gestor%' THEN 3 ELSE 1 END AS rk,
         CASE WHEN w.i = 12 THEN 3 WHEN w.i = 13 THEN 7 WHEN w.i = 14 THEN 5 WHEN w.i = 22 THEN 60 WHEN w.i = 23 THEN 62 WHEN w.i = 27 THEN 74 WHEN w.i = 36 THEN 75 END AS locn,
         CASE WHEN w.i IN (12, 13, 14, 22, 23, 27, 36) THEN jsonb_build_object('designation', w.title, 'phone', w.phone) ELSE '{}'::jsonb END AS cud
  FROM pgen.wu w WHERE NOT w.dimagi AND cardinality(w.doms) > 0
  UNION ALL
  SELECT 100 + j, CASE WHEN j % 3 = 0 THEN pgen.fold(f) || '.' || pgen.fold(l) || '@' || dm.hq ELSE pgen.fold(f) || pgen.fold(l) || (j * 7 % 100)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'outlook.com'], 'invm', j) END,
         false, dm.d, pgen.at('invp', j, '2024-06-01', '2024-09-17'), CASE WHEN j % 4 = 0 THEN 6 WHEN j % 4 = 1 THEN 2 ELSE 3 END,
         NULL, CASE WHEN j % 4 = 1 THEN jsonb_build_object('designation', CASE dm.d WHEN 1 THEN 'LGA M&E Officer' WHEN 2 THEN 'STS' ELSE 'Supervisor' END) ELSE '{}'::jsonb END
  FROM generate_series(1, 14) j JOIN pgen.dom dm ON dm.d = 1 + j % 3
  CROSS JOIN LATERAL (SELECT pgen.given(dm.d, CASE WHEN j % 2 = 0 THEN 'f' ELSE 'm' END, 'invf', j) AS f, pgen.family(dm.d, 'invl', j) AS l) n
) x JOIN pgen.dom dm ON dm.d = x.d
JOIN pgen.wu ib ON ib.i = CASE x.d WHEN 1 THEN CASE WHEN x.k = 8 THEN 1 ELSE 8 END WHEN 2 THEN CASE WHEN x.k = 17 THEN 3 ELSE 17 END ELSE CASE WHEN x.k = 25 THEN 2 ELSE 25 END END
ORDER BY x.inv_on;

CREATE TABLE users_hqapikey (
    id serial PRIMARY KEY, key varchar(128) NOT NULL UNIQUE, name varchar(255) NOT NULL, created timestamptz NOT NULL, ip_allowlist inet[] NOT NULL, user_id integer NOT NULL REFERENCES auth_user (id),
    domain varchar(255) NOT NULL, role_id varchar(40), is_active boolean NOT NULL, deactivated_on timestamptz, expiration_date timestamptz, last_used timestamptz
);
INSERT INTO users_hqapikey (key, name, created, ip_allowlist, user_id, domain, role_id, is_active, deactivated_on, expiration_date, last_used)
SELECT fixture_gen.hexn('hqak', k, 40), v.name, pgen.at('akc', k, '2022-01-01', '2024-08-01'), v.ips::inet[], v.u, dm.name, CASE WHEN v.role THEN pgen.hex('role', dm.d * 10 + 6) END, v.act,
       CASE WHEN NOT v.act THEN pgen.at('akd', k, '2024-02-01', '2024-09-01') END, CASE WHEN k % 4 = 0 THEN timestamptz '2025-03-31 23:59:59+00' END,
       CASE WHEN v.act THEN pgen.at('aklu', k, '2024-09-01', '2024-09-18') END
FROM (VALUES
  (1, 'Power BI refresh', ARRAY[]::text[], 10, 1, false, true), (2, 'DHIS2 monthly sync script', ARRAY['102.134.14.21'], 10, 1, false, true),
  (3, 'Kano dashboard (SMoH)', ARRAY['41.190.12.66', '41.190.12.67'], 15, 1, false, true), (4, 'laptop exports', ARRAY[]::text[], 9, 1, false, false),
  (5, 'Tableau extract', ARRAY[]::text[], 10, 1, false, true), (6, 'Evaluation data pull', ARRAY['105.163.1.44'], 31, 1, false, false),
  (7, 'Ni-kshay reconciliation', ARRAY['49.205.160.17'], 19, 2, true, true), (8, 'Google Sheets adherence tracker', ARRAY[]::text[], 18, 2, false, true),
  (9, 'python scripts', ARRAY['106.51.78.203'], 19, 2, false, false), (10, 'NPY payments export', ARRAY['49.205.160.17', '49.205.160.18'], 17, 2, true, true),
  (11, 'SIS-MA importer', ARRAY['196.28.236.50'], 28, 3, false, true), (12, 'R scripts', ARRAY[]::text[], 29, 3, false, true),
  (13, 'Power BI', ARRAY[]::text[], 26, 3, false, true), (14, 'Kobo comparison', ARRAY[]::text[], 39, 3, false, false),
  (15, 'Support debugging', ARRAY[]::text[], 4, 1, false, false), (16, 'Integration test', ARRAY[]::text[], 6, 2, false, false),
  (17, 'CommCare Data Export Tool', ARRAY[]::text[], 9, 1, false, true), (18, 'CommCare Data Export Tool', ARRAY[]::text[], 18, 2, false, true),
  (19, 'CommCare Data Export Tool', ARRAY[]::text[], 28, 3, false, true), (20, 'Zapier', ARRAY[]::text[], 11, 1, false, true),
  (21, 'Make.com referral alerts', ARRAY[]::text[], 10, 1, false, true), (22, 'Metabase', ARRAY['102.134.14.21'], 10, 1, false, true),
  (23, 'old key 2022', ARRAY[]::text[], 26, 3, false, false), (24, 'Looker Studio', ARRAY[]::text[], 23, 2, false, true)
) v(k, name, ips, u, d, role, act) JOIN pgen.dom dm ON dm.d = v.d ORDER BY 3;

CREATE TABLE users_connectiduserlink (
    id serial PRIMARY KEY, connectid_username text NOT NULL, commcare_user_id integer NOT NULL REFERENCES auth_user (id), domain text NOT NULL, is_active boolean NOT NULL,
    messaging_consent boolean NOT NULL, channel_id varchar(255)
);
INSERT INTO users_connectiduserlink (connectid_username, commcare_user_id, domain, is_active, messaging_consent, channel_id)
SELECT pgen.lower('cidu', m.i, 12), 100 + m.i, d.name, m.active, m.i % 3 <> 0, CASE WHEN m.i % 3 <> 0 THEN fixture_gen.uuid('chan', m.i) END
FROM pgen.mw m JOIN pgen.dom d ON d.d = m.d WHERE (m.d = 1 AND m.i % 3 <> 2) OR (m.d = 3 AND m.i % 4 = 0) ORDER BY m.joined;

CREATE TABLE users_domainrequest (id serial PRIMARY KEY, email varchar(100) NOT NULL, full_name varchar(100), is_approved boolean NOT NULL, domain varchar(255) NOT NULL);
INSERT INTO users_domainrequest (email, full_name, is_approved, domain)
SELECT CASE WHEN j % 4 = 0 THEN pgen.fold(split_part(f, ' ', 1)) || '.' || pgen.fold(l) || '@' || dm.hq ELSE pgen.fold(split_part(f, ' ', 1)) || '.' || pgen.fold(l) || (j % 50)::text || '@gmail.com' END,
       CASE WHEN j % 7 = 3 THEN f ELSE f || ' ' || l END, j % 3 = 0, dm.name
FROM generate_series(1, 18) j JOIN pgen.dom dm ON dm.d = 1 + (j * 5) % 3
CROSS JOIN LATERAL (SELECT pgen.given(dm.d, CASE WHEN j % 2 = 0 THEN 'f' ELSE 'm' END, 'drf', j) AS f, pgen.family(dm.d, 'drl', j) AS l) n ORDER BY j;

CREATE TABLE users_userhistory (
    id bigserial PRIMARY KEY, by_domain varchar(255), for_domain varchar(255), user_type varchar(255) NOT NULL, user_id varchar(128) NOT NULL, user_repr varchar(255),
    changed_by varchar(128) NOT NULL, changed_by_repr varchar(255), changed_at timestamptz NOT NULL, action smallint NOT NULL, changed_via varchar(255), change_messages jsonb NOT NULL,
    changes jsonb NOT NULL, user_upload_record_id integer
);
-- Mobile workers created (one by one or by bulk upload), then updated.
CREATE TABLE pgen.uh (at timestamptz, dom text, utype text, uid text, urepr text, cby text, cbyrepr text, action int, via text, msgs jsonb, changes jsonb, upload int);
INSERT INTO pgen.uh
SELECT m.joined, d.name, 'CommCareUser', m.cid, m.username, w.cid, w.email, 1, CASE WHEN m.i % 4 = 0 THEN 'web' ELSE 'bulk_importer' END,
       CASE WHEN m.i % 4 = 0 THEN '{}'::jsonb ELSE jsonb_build_object('location', jsonb_build_object('set_primary_location', jsonb_build_object('id', pgen.hex('loc', m.loc), 'name', l.name))) END,
       jsonb_build_object('username', m.username, 'first_name', m.first, 'last_name', m.last, 'language', d.lang, 'phone_numbers', jsonb_build_array(pgen.e164(m.d, m.phone)),
         'user_data', jsonb_build_object('cadre', m.cadre, 'commcare_location_id', pgen.hex('loc', m.loc)), 'location_id', pgen.hex('loc', m.loc), 'is_active', true),
       CASE WHEN m.i % 4 = 0 THEN NULL ELSE 10 * m.d + (m.i % 3) END
FROM pgen.mw m JOIN pgen.dom d ON d.d = m.d JOIN pgen.loc l ON l.k = m.loc
JOIN pgen.wu w ON w.i = CASE m.d WHEN 1 THEN CASE WHEN m.i % 2 = 0 THEN 10 ELSE 9 END WHEN 2 THEN 19 ELSE 28 END;
INSERT INTO pgen.uh
SELECT m.joined + make_interval(days => 20 + fixture_gen.n('uhd', m.i * 7 + g.kk, 500)), d.name, 'CommCareUser', m.cid, m.username, w.cid, w.email, 2, 'web',
       CASE g.kk % 4
         WHEN 0 THEN jsonb_build_object('phone_numbers', jsonb_build_object('add_phone_numbers', jsonb_build_object('phone_numbers', jsonb_build_array('+' || pgen.e164(m.d, pgen.local_phone(m.d, 'uhph', m.i))))))
         WHEN 1 THEN jsonb_build_object('password', jsonb_build_object('set_password', jsonb_build_object()))
         WHEN 2 THEN jsonb_build_object('location', jsonb_build_object('set_primary_location', jsonb_build_object('id', pgen.hex('loc', m.loc), 'name', l.name)))
         ELSE jsonb_build_object('status', jsonb_build_object('set_status', jsonb_build_object('active', false, 'reason', fixture_gen.pick(ARRAY['Left the programme', 'Relocated', 'Moved to another LGA', 'Device stolen, account suspended'], 'uhr', m.i)))) END,
       CASE g.kk % 4
         WHEN 0 THEN jsonb_build_object('phone_numbers', jsonb_build_array(pgen.e164(m.d, m.phone), pgen.e164(m.d, pgen.local_phone(m.d, 'uhph', m.i))))
         WHEN 1 THEN '{}'::jsonb
         WHEN 2 THEN jsonb_build_object('location_id', pgen.hex('loc', m.loc), 'assigned_location_ids', jsonb_build_array(pgen.hex('loc', m.loc)))
         ELSE jsonb_build_object('is_active', false) END, NULL
FROM pgen.mw m JOIN pgen.dom d ON d.d = m.d JOIN pgen.loc l ON l.k = m.loc CROSS JOIN generate_series(0, 3) g(kk)
JOIN pgen.wu w ON w.i = CASE m.d WHEN 1 THEN (ARRAY[12, 13, 14, 10])[1 + g.kk] WHEN 2 THEN (ARRAY[22, 23, 19, 18])[1 + g.kk] ELSE (ARRAY[27, 36, 28, 26])[1 + g.kk] END
WHERE fixture_gen.n('uhk', m.i * 10 + g.kk, 5) = 0 OR (g.kk = 3 AND NOT m.active);
-- Web users joining through invitations.
INSERT INTO pgen.uh
SELECT i.invited_on + interval '2 days', i.domain, 'WebUser', w.cid, w.email, w.cid, w.email, 1, 'invitation', jsonb_build_object('role', jsonb_build_object('set_role', jsonb_build_object('id', i.role, 'name', r.name))),
       jsonb_build_object('username', w.email, 'first_name', w.first, 'last_name', w.last, 'email', w.email, 'phone_numbers', '[]'::jsonb), NULL
FROM users_sqlinvitation i JOIN pgen.wu w ON w.email = i.email JOIN users_userrole r ON 'user-role:' || r.couch_id = i.role WHERE i.is_accepted;
INSERT INTO users_userhistory (by_domain, for_domain, user_type, user_id, user_repr, changed_by, changed_by_repr, changed_at, action, changed_via, change_messages, changes, user_upload_record_id)
SELECT dom, dom, utype, uid, urepr, cby, cbyrepr, at, action, via, msgs, changes, upload FROM pgen.uh ORDER BY at, uid;

CREATE TABLE users_userreportingmetadatastaging (
    id serial PRIMARY KEY, domain text NOT NULL, user_id text NOT NULL, app_id text, modified_on timestamptz NOT NULL, created_on timestamptz NOT NULL, build_id text, xform_version integer,
    form_meta jsonb, received_on timestamptz, device_id text, sync_date timestamptz, fcm_token text, fcm_token_timestamp timestamptz, UNIQUE (domain, user_id, app_id)
);
INSERT INTO users_userreportingmetadatastaging (domain, user_id, app_id, modified_on, created_on, build_id, xform_version, form_meta, received_on, device_id, sync_date, fcm_token, fcm_token_timestamp)
SELECT d.name, m.cid, d.app_id, x.t, x.t, pgen.hex('build', m.d * 100 + x.v), x.v,
       CASE WHEN m.i % 6 <> 1 THEN jsonb_strip_nulls(jsonb_build_object('@xmlns', 'http://openrosa.org/jr/xforms', 'deviceID', x.dev, 'timeStart', to_char(x.t - interval '9 minutes', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'timeEnd', to_char(x.t - interval '2 minutes', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'username', split_part(m.username, '@', 1), 'userID', m.cid, 'instanceID', fixture_gen.uuid('rmi', m.i),
         'appVersion', 'CommCare Android, version "2.54.1"(' || (471000 + x.v) || '). App v' || x.v || '. CommCare Version 2.54.1. Build 471285, built on: 2024-08-05',
         'location', CASE WHEN m.d = 1 THEN round(l.lat + (fixture_gen.n('rmla', m.i, 200) - 100) / 50000.0, 6)::text || ' ' || round(l.lon + (fixture_gen.n('rmlo', m.i, 200) - 100) / 50000.0, 6)::text || ' ' || (400 + fixture_gen.n('rmal', m.i, 80)) || '.0 ' || (4 + fixture_gen.n('rmac', m.i, 20)) || '.0' END,
         'commcare_version', '2.54.1', 'app_build_version', x.v)) END,
       CASE WHEN m.i % 6 <> 1 THEN x.t + interval '40 seconds' END, x.dev, x.t - make_interval(hours => fixture_gen.n('rmsy', m.i, 96)),
       CASE WHEN m.i % 5 <> 2 THEN pgen.rnd('fcm1', m.i, 22) || ':APA91b' || translate(pgen.rnd('fcm2', m.i, 134), '+/', '-_') END,
       CASE WHEN m.i % 5 <> 2 THEN x.t - make_interval(days => fixture_gen.n('fcmt', m.i, 60)) END
FROM pgen.mw m JOIN pgen.dom d ON d.d = m.d JOIN pgen.loc l ON l.k = m.loc
CROSS JOIN LATERAL (SELECT pgen.at('rmt', m.i, '2024-07-15', '2024-09-18') AS t, CASE m.d WHEN 1 THEN 57 WHEN 2 THEN 31 ELSE 22 END - fixture_gen.n('rmv', m.i, 3) AS v,
                           CASE WHEN m.i % 11 = 5 THEN 'WebAppsLogin' ELSE fixture_gen.chars('dev', m.i, 25, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') END AS dev) x
WHERE m.active ORDER BY x.t;

-- ---------------------------------------------------------------------------
-- Beneficiaries and the cases that hold them. Nigeria: households 1-60,
-- mothers 101-180 (a few co-wives share a household), children 201-245,
-- referrals 261-275. Andhra Pradesh: TB patients 301-360, their household
-- contacts 371-395. Nampula: households 401-420, malaria cases 426-475.
-- User cases of mobile workers 501-520.
CREATE FUNCTION pgen.worker(dd int, tag text, k bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT i FROM pgen.mw WHERE mw.d = dd AND mw.cadre IN ('Community Volunteer', 'ASHA', 'APE', 'Activista') ORDER BY i
  OFFSET fixture_gen.n(tag, k, (SELECT count(*)::int FROM pgen.mw WHERE mw.d = dd AND mw.cadre IN ('Community Volunteer', 'ASHA', 'APE', 'Activista'))) LIMIT 1
$$;

CREATE TABLE pgen.ben (i int PRIMARY KEY, d int, kind text, ctype text, sex text, first text, last text, full_name text, cname text, dob date, phone text, loc int, mw int, parent int,
  opened timestamptz, closed timestamptz, ext text, props jsonb);

INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, dob, phone, mw, opened)
SELECT i, 1, 'household', 'household', 'm', pgen.given(1, 'm', 'hhf', i), pgen.family(1, 'hhl', i), date '1958-01-01' + fixture_gen.n('hhdob', i, 365 * 40),
       pgen.local_phone(1, 'hhph', i), pgen.worker(1, 'hhw', i), pgen.at('hho', i, '2022-02-01', '2024-06-30')
FROM generate_series(1, 60) i;
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, dob, phone, mw, parent, opened)
SELECT g.i, 1, 'mother', 'mother', 'f', pgen.given(1, 'f', 'mof', g.i), pgen.family(1, 'mol', g.i), date '1984-01-01' + fixture_gen.n('modob', g.i, 365 * 23),
       CASE WHEN g.i % 5 IN (1, 3) THEN h.phone ELSE pgen.local_phone(1, 'moph', g.i) END, h.mw, h.i, least(h.opened + make_interval(days => fixture_gen.n('moo', g.i, 200)), timestamptz '2024-09-12 10:00:00+00')
FROM generate_series(101, 180) g(i) JOIN pgen.ben h ON h.i = 1 + (g.i - 101) % 60;
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, dob, phone, mw, parent, opened)
SELECT g.i, 1, 'child', 'child', s.sex, pgen.given(1, s.sex, 'chf', g.i), h.first, x.dob, mo.phone, mo.mw, mo.i, least(x.dob + make_interval(hours => 20 + fixture_gen.n('cho', g.i, 300)), timestamptz '2024-09-17 16:00:00+00')
FROM generate_series(201, 245) g(i) CROSS JOIN LATERAL (SELECT CASE WHEN g.i % 2 = 0 THEN 'f' ELSE 'm' END AS sex) s
JOIN pgen.ben mo ON mo.i = 101 + fixture_gen.n('chm', g.i, 80) JOIN pgen.ben h ON h.i = mo.parent
CROSS JOIN LATERAL (SELECT least((mo.opened + make_interval(days => 100 + fixture_gen.n('chd', g.i, 160)))::date, date '2024-09-10') AS dob) x;
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, phone, mw, parent, opened)
SELECT g.i, 1, 'referral', 'referral', NULL, NULL, NULL, NULL, mo.mw, mo.i, least(mo.opened + make_interval(days => 30 + fixture_gen.n('rfo', g.i, 150)), timestamptz '2024-09-15 09:00:00+00')
FROM generate_series(261, 275) g(i) JOIN pgen.ben mo ON mo.i = 101 + fixture_gen.n('rfm', g.i, 80);
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, dob, phone, mw, opened, ext)
SELECT i, 2, 'tb', 'tb_patient', s.sex, pgen.given(2, s.sex, 'tbf', i), pgen.family(2, 'tbl', i), date '1950-01-01' + fixture_gen.n('tbdob', i, 365 * 55),
       pgen.local_phone(2, 'tbph', i), pgen.worker(2, 'tbw', i), pgen.at('tbo', i, '2023-06-01', '2024-09-10'), (1 + fixture_gen.n('nik1', i, 9))::text || fixture_gen.digits('nik', i, 7)
FROM generate_series(301, 360) i CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('tbs', i, 10) < 6 THEN 'm' ELSE 'f' END AS sex) s;
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, dob, phone, mw, parent, opened)
SELECT g.i, 2, 'contact', 'contact', s.sex, pgen.given(2, s.sex, 'ctf', g.i), p.last, date '1960-01-01' + fixture_gen.n('ctdob', g.i, 365 * 60),
       CASE WHEN g.i % 3 = 0 THEN pgen.local_phone(2, 'ctph', g.i) END, p.mw, p.i, p.opened + make_interval(days => 3 + fixture_gen.n('cto', g.i, 30))
FROM generate_series(371, 395) g(i) CROSS JOIN LATERAL (SELECT CASE WHEN g.i % 2 = 0 THEN 'f' ELSE 'm' END AS sex) s JOIN pgen.ben p ON p.i = 301 + fixture_gen.n('ctp', g.i, 60);
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, dob, phone, mw, opened)
SELECT i, 3, 'agregado', 'agregado', s.sex, pgen.given(3, s.sex, 'agf', i), pgen.family(3, 'agl', i), date '1960-01-01' + fixture_gen.n('agdob', i, 365 * 40),
       CASE WHEN i % 4 <> 0 THEN pgen.local_phone(3, 'agph', i) END, pgen.worker(3, 'agw', i), pgen.at('ago', i, '2023-03-01', '2024-05-01')
FROM generate_series(401, 420) i CROSS JOIN LATERAL (SELECT CASE WHEN i % 4 = 1 THEN 'f' ELSE 'm' END AS sex) s;
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, dob, phone, mw, parent, opened)
SELECT g.i, 3, 'malaria', 'caso_malaria', s.sex, pgen.given(3, s.sex, 'mlf', g.i), CASE WHEN g.i % 3 = 0 THEN pgen.family(3, 'mll', g.i) ELSE a.last END,
       least(date '2024-09-01', CASE WHEN g.i % 10 < 7 THEN date '2019-10-01' + fixture_gen.n('mldob', g.i, 365 * 5) ELSE date '1970-01-01' + fixture_gen.n('mldob', g.i, 365 * 40) END),
       a.phone, a.mw, a.i, greatest(a.opened, pgen.at('mlo', g.i, '2023-10-01', '2024-09-14'))
FROM generate_series(426, 475) g(i) CROSS JOIN LATERAL (SELECT CASE WHEN g.i % 2 = 0 THEN 'f' ELSE 'm' END AS sex) s JOIN pgen.ben a ON a.i = 401 + fixture_gen.n('mlp', g.i, 20);
INSERT INTO pgen.ben (i, d, kind, ctype, sex, first, last, phone, mw, opened)
SELECT 500 + j, m.d, 'usercase', 'commcare-user', m.sex, m.first, m.last, m.phone, m.i, m.joined + interval '1 hour'
FROM generate_series(1, 20) j JOIN pgen.mw m ON m.i = j * 8;

UPDATE pgen.ben b SET loc = m.loc FROM pgen.mw m WHERE m.i = b.mw;
UPDATE pgen.ben SET full_name = CASE WHEN d = 2 AND i % 4 <> 0 THEN last || ' ' || first ELSE first || ' ' || last END WHERE first IS NOT NULL;
UPDATE pgen.ben SET closed = CASE
    WHEN kind = 'mother' AND i % 4 = 0 THEN opened + make_interval(days => 200 + fixture_gen.n('moc', i, 60))
    WHEN kind = 'referral' AND i % 3 <> 0 THEN opened + make_interval(hours => 6 + fixture_gen.n('rfc', i, 90))
    WHEN kind = 'tb' AND opened < '2024-03-01' AND i % 3 <> 0 THEN opened + make_interval(days => 168 + fixture_gen.n('tbc', i, 14))
    WHEN kind = 'contact' AND i % 2 = 0 THEN opened + make_interval(days => 1 + fixture_gen.n('ctc', i, 20))
    WHEN kind = 'malaria' AND i % 5 <> 0 THEN opened + make_interval(days => 3 + fixture_gen.n('mlc', i, 4)) END;
UPDATE pgen.ben SET closed = NULL WHERE closed > '2024-09-18';
UPDATE pgen.ben SET cname = CASE kind
    WHEN 'household' THEN CASE WHEN i % 2 = 0 THEN 'Gidan ' || full_name ELSE full_name END
    WHEN 'child' THEN CASE WHEN i % 5 = 0 THEN 'Jaririn ' || (SELECT first FROM pgen.ben m WHERE m.i = ben.parent) ELSE full_name END
    WHEN 'agregado' THEN 'Agregado de ' || full_name
    WHEN 'usercase' THEN (SELECT split_part(username, '@', 1) FROM pgen.mw WHERE mw.i = ben.mw)
    WHEN 'referral' THEN 'Referral - ' || fixture_gen.pick(ARRAY['Vaginal bleeding', 'Severe headache / blurred vision', 'Convulsions', 'High fever', 'Prolonged labour', 'Newborn not feeding', 'Swelling of face and hands'], 'rfr', i)
    ELSE full_name END;
UPDATE pgen.ben SET ext = 'ANC/' || upper(substr((SELECT code FROM pgen.loc WHERE k = (SELECT parent FROM pgen.loc WHERE k = ben.loc)), 1, 3)) || '/' || to_char(opened, 'YY') || '/' || lpad((i * 37 % 1000)::text, 4, '0')
WHERE kind = 'mother' AND i % 6 <> 5;
UPDATE pgen.ben SET ext = (SELECT cid FROM pgen.mw WHERE mw.i = ben.mw) WHERE kind = 'usercase';

-- Case properties, as the apps write them (all values strings).
CREATE FUNCTION pgen.gps(lat numeric, lon numeric, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT round(lat + (fixture_gen.n(tag || 'a', i, 400) - 200) / 40000.0, 6)::text || ' ' || round(lon + (fixture_gen.n(tag || 'o', i, 400) - 200) / 40000.0, 6)::text || ' '
      || (300 + fixture_gen.n(tag || 'h', i, 200))::text || '.0 ' || (3 + fixture_gen.n(tag || 'c', i, 25))::text || '.0'
$$;
UPDATE pgen.ben b SET props = jsonb_build_object('hh_head_name', b.full_name, 'hh_head_phone', b.phone, 'settlement', l.name, 'ward', w.name, 'number_of_members', (3 + fixture_gen.n('hhm', b.i, 12))::text,
    'water_source', fixture_gen.pick(ARRAY['borehole', 'well', 'tap', 'water_vendor'], 'hhws', b.i), 'has_itn', CASE WHEN b.i % 4 = 0 THEN 'no' ELSE 'yes' END,
    'toilet_type', fixture_gen.pick(ARRAY['pit_latrine', 'pit_latrine', 'none', 'pour_flush'], 'hhtt', b.i), 'gps', pgen.gps(l.lat, l.lon, 'hhg', b.i),
    'house_description', fixture_gen.pick(ARRAY['Gida mai kofar kore bayan masallacin Juma''a', 'Opposite Alhaji ' || b.last || ' provision store, blue gate', 'Kusa da makarantar firamare, gidan farko a layi',
       'Behind the old dispensary, compound with two doors', 'Gidan ' || b.first || ' mai shago, kusa da rijiyar unguwa', 'Second compound after the mosque on the Kano road', ''], 'hhd', b.i))
FROM pgen.loc l JOIN pgen.loc w ON w.k = l.parent WHERE l.k = b.loc AND b.kind = 'household';
UPDATE pgen.ben b SET props = jsonb_build_object('first_name', b.first, 'last_name', b.last, 'husband_name', h.full_name, 'phone_number', b.phone, 'phone_owner', CASE WHEN b.phone = h.phone THEN 'husband' ELSE 'self' END,
    'dob', b.dob::text, 'age', extract(year FROM age(b.opened, b.dob::timestamptz))::int::text, 'settlement', l.name, 'lmp', x.lmp::text, 'edd', (x.lmp + 280)::text,
    'gravida', (1 + fixture_gen.n('mog', b.i, 7))::text, 'parity', fixture_gen.n('mop', b.i, 6)::text, 'anc_visits_completed', fixture_gen.n('moa', b.i, 5)::text,
    'hiv_status', fixture_gen.pick(ARRAY['negative', 'negative', 'negative', 'unknown', 'positive'], 'mohiv', b.i), 'high_risk', CASE WHEN b.i % 7 = 0 OR x.age < 18 THEN 'yes' ELSE 'no' END,
    'danger_signs', fixture_gen.pick(ARRAY['', '', '', 'bleeding', 'headache blurred_vision', 'swelling', 'fever'], 'mods', b.i),
    'delivery_plan', fixture_gen.pick(ARRAY['facility', 'facility', 'home_tba', 'home'], 'modp', b.i), 'mch_card_number', coalesce(b.ext, ''), 'consent_sms', CASE WHEN b.i % 6 = 2 THEN 'no' ELSE 'yes' END,
    'preferred_language', CASE WHEN b.i % 5 = 4 THEN 'eng' ELSE 'hau' END, 'pregnancy_status', CASE WHEN b.closed IS NOT NULL THEN 'delivered' ELSE 'pregnant' END,
    'home_gps', h.props ->> 'gps', 'household_id', fixture_gen.uuid('case', h.i))
FROM pgen.ben h, pgen.loc l, (SELECT m.i, (m.opened::date - 40 - fixture_gen.n('molmp', m.i, 150)) AS lmp, extract(year FROM age(m.opened, m.dob::timestamptz))::int AS age FROM pgen.ben m) x
WHERE h.i = b.parent AND l.k = b.loc AND x.i = b.i AND b.kind = 'mother';
UPDATE pgen.ben b SET props = jsonb_build_object('child_name', b.cname, 'sex', CASE b.sex WHEN 'f' THEN 'female' ELSE 'male' END, 'dob', b.dob::text, 'birth_weight_kg', round(2.1 + fixture_gen.n('chbw', b.i, 20) / 10.0, 1)::text,
    'place_of_birth', CASE WHEN b.i % 3 = 0 THEN 'home' ELSE 'facility' END, 'mother_name', m.full_name, 'caregiver_phone', b.phone, 'bcg_date', CASE WHEN b.i % 4 <> 0 THEN (b.dob + 1 + fixture_gen.n('chbcg', b.i, 10))::text ELSE '' END,
    'penta1_date', CASE WHEN b.dob < '2024-07-20' AND b.i % 3 <> 0 THEN (b.dob + 42 + fixture_gen.n('chp1', b.i, 10))::text ELSE '' END, 'muac_mm', CASE WHEN b.dob < '2024-03-01' THEN (112 + fixture_gen.n('chmu', b.i, 40))::text ELSE '' END)
FROM pgen.ben m WHERE m.i = b.parent AND b.kind = 'child';
UPDATE pgen.ben b SET props = jsonb_build_object('referral_reason', substr(b.cname, 12), 'referral_date', b.opened::date::text, 'referred_to', f.name,
    'transport', fixture_gen.pick(ARRAY['ETS', 'ETS', 'family', 'okada'], 'rft', b.i), 'referral_status', CASE WHEN b.closed IS NOT NULL THEN 'completed' ELSE 'pending' END,
    'notes', fixture_gen.pick(ARRAY['Mijinta ' || h.first || ' ya kai ta asibiti da mota', 'ETS driver Malam ' || pgen.given(1, 'm', 'etsd', b.i) || ' (' || pgen.local_phone(1, 'etsph', b.i) || ') took her at night',
      'Family refused at first, village head spoke to them', 'She was seen by the midwife and given oxytocin', 'Counterpart form not returned yet', ''], 'rfn', b.i))
FROM pgen.ben m JOIN pgen.ben h ON h.i = m.parent JOIN pgen.loc s ON s.k = m.loc JOIN pgen.loc f ON f.parent = s.parent AND f.lt = 4
WHERE m.i = b.parent AND b.kind = 'referral';
UPDATE pgen.ben b SET props = jsonb_build_object('nikshay_id', b.ext, 'full_name', b.full_name, 'age', extract(year FROM age(b.opened, b.dob::timestamptz))::int::text, 'sex', CASE b.sex WHEN 'f' THEN 'female' ELSE 'male' END,
    'phone_number', b.phone, 'alternate_phone', CASE WHEN b.i % 3 = 0 THEN pgen.local_phone(2, 'tbalt', b.i) ELSE '' END,
    'address', 'D.No ' || (1 + fixture_gen.n('tbdn', b.i, 30)) || '-' || (1 + fixture_gen.n('tbdn2', b.i, 150)) || ', ' || fixture_gen.pick(ARRAY['Gandhi Nagar', 'Bose Road', 'Ramalingeswara Peta', 'Ithanagar', 'Kothapeta', 'NTR Colony', 'Chinna Ravuru', 'Vaddera Colony'], 'tbst', b.i) || ', ' || replace(t.name, ' TU', ''),
    'village', fixture_gen.pick(ARRAY['Kollipara', 'Duggirala', 'Tadepalle', 'Nandivada', 'Chilakalapudi', 'Tenali', 'Gudivada', 'Pedana', 'Chebrolu'], 'tbv', b.i), 'phi', l.name,
    'diagnosis_date', (b.opened::date - 2 - fixture_gen.n('tbdx', b.i, 10))::text, 'treatment_start_date', b.opened::date::text,
    'tb_type', CASE WHEN b.i % 6 = 0 THEN 'extra_pulmonary' ELSE 'pulmonary' END, 'regimen', CASE WHEN b.i % 17 = 0 THEN 'DR-TB shorter oral regimen' ELSE 'DS-TB 2HRZE/4HRE' END,
    'hiv_status', fixture_gen.pick(ARRAY['non_reactive', 'non_reactive', 'non_reactive', 'reactive', 'unknown'], 'tbhiv', b.i), 'diabetic', CASE WHEN b.i % 4 = 0 THEN 'yes' ELSE 'no' END,
    'treatment_supporter_name', s.full_name, 'treatment_supporter_phone', s.phone, 'adherence_percent', (70 + fixture_gen.n('tbad', b.i, 31))::text,
    'doses_missed_last_30', fixture_gen.n('tbdm', b.i, 8)::text, 'weight_kg', (38 + fixture_gen.n('tbwt', b.i, 30))::text,
    'npy_bank_account', fixture_gen.digits('npyac', b.i, 11), 'npy_ifsc', fixture_gen.pick(ARRAY['SBIN0', 'UBIN0', 'APGB0', 'CNRB0'], 'ifsc', b.i) || fixture_gen.digits('ifscn', b.i, 6),
    'treatment_outcome', CASE WHEN b.closed IS NOT NULL THEN CASE WHEN b.i % 11 = 0 THEN 'lost_to_follow_up' ELSE 'treatment_completed' END ELSE '' END)
FROM pgen.loc l JOIN pgen.loc t ON t.k = l.parent, pgen.mw s WHERE l.k = b.loc AND s.i = b.mw AND b.kind = 'tb';
UPDATE pgen.ben b SET props = jsonb_build_object('contact_name', b.full_name, 'relation', fixture_gen.pick(ARRAY['spouse', 'son', 'daughter', 'mother', 'father', 'brother', 'daughter_in_law'], 'ctr', b.i),
    'age', extract(year FROM age(b.opened, b.dob::timestamptz))::int::text, 'sex', CASE b.sex WHEN 'f' THEN 'female' ELSE 'male' END, 'phone_number', coalesce(b.phone, ''),
    'screened', 'yes', 'symptoms', fixture_gen.pick(ARRAY['none', 'none', 'cough_2_weeks', 'fever weight_loss', 'none'], 'ctsy', b.i),
    'tpt_started', CASE WHEN b.i % 3 = 1 THEN 'yes' ELSE 'no' END, 'index_patient_nikshay_id', p.ext)
FROM pgen.ben p WHERE p.i = b.parent AND b.kind = 'contact';
UPDATE pgen.ben b SET props = jsonb_build_object('chefe_agregado', b.full_name, 'telefone', coalesce(b.phone, ''), 'bairro', l.name, 'num_membros', (3 + fixture_gen.n('agm', b.i, 9))::text,
    'criancas_menores_5', fixture_gen.n('agc', b.i, 4)::text, 'tem_rede_mosquiteira', CASE WHEN b.i % 3 = 0 THEN 'nao' ELSE 'sim' END, 'gps', pgen.gps(l.lat, l.lon, 'agg', b.i),
    'referencia_casa', fixture_gen.pick(ARRAY['Casa de caniço perto da escola primária', 'Ao lado da barraca do senhor ' || pgen.given(3, 'm', 'agr', b.i), 'Atrás da igreja Assembleia de Deus', 'Casa de blocos com portão azul', ''], 'agref', b.i))
FROM pgen.loc l WHERE l.k = b.loc AND b.kind = 'agregado';
UPDATE pgen.ben b SET props = jsonb_build_object('nome', b.full_name, 'idade_anos', extract(year FROM age(b.opened, b.dob::timestamptz))::int::text, 'sexo', CASE b.sex WHEN 'f' THEN 'F' ELSE 'M' END,
    'data_nascimento', b.dob::text, 'nome_responsavel', CASE WHEN b.dob > '2010-01-01' THEN a.full_name ELSE '' END, 'telefone_responsavel', coalesce(b.phone, ''), 'bairro', l.name,
    'febre_dias', (1 + fixture_gen.n('mlfd', b.i, 4))::text, 'resultado_tdr', CASE WHEN b.i % 4 = 0 THEN 'negativo' ELSE 'positivo' END,
    'tratamento', CASE WHEN b.i % 4 = 0 THEN '' WHEN b.dob > '2021-01-01' THEN 'AL 1x6' WHEN b.dob > '2016-01-01' THEN 'AL 2x6' ELSE 'AL 4x6' END,
    'sinais_perigo', CASE WHEN b.i % 9 = 0 THEN 'convulsoes' ELSE 'nenhum' END, 'referido', CASE WHEN b.i % 9 = 0 THEN 'sim' ELSE 'nao' END,
    'gravida', CASE WHEN b.sex = 'f' AND b.dob < '2008-01-01' AND b.i % 3 = 0 THEN 'sim' ELSE 'nao' END)
FROM pgen.ben a, pgen.loc l WHERE a.i = b.parent AND l.k = b.loc AND b.kind = 'malaria';
UPDATE pgen.ben b SET props = jsonb_build_object('hq_user_id', m.cid, 'first_name', m.first, 'last_name', m.last, 'phone_number', m.phone, 'cadre', m.cadre, 'location_name', l.name)
FROM pgen.mw m JOIN pgen.loc l ON l.k = m.loc WHERE m.i = b.mw AND b.kind = 'usercase';

-- Forms: one registration form per case (user cases come from user
-- records), follow-up visits for half the mothers, a third of the TB
-- patients and half the malaria cases.
CREATE TABLE pgen.ft (kind text PRIMARY KEY, d int, fname text, fu text, xmlns text, fxmlns text);
INSERT INTO pgen.ft VALUES
  ('household', 1, 'Household Registration', NULL, NULL, NULL), ('mother', 1, 'Register Pregnancy', 'ANC Visit', NULL, NULL), ('child', 1, 'Birth Registration', NULL, NULL, NULL),
  ('referral', 1, 'Refer Mother', NULL, NULL, NULL), ('tb', 2, 'Register TB Patient', 'Adherence Visit', NULL, NULL), ('contact', 2, 'Register Contact', NULL, NULL, NULL),
  ('agregado', 3, 'Registo do Agregado', NULL, NULL, NULL), ('malaria', 3, 'Caso de Malária', 'Seguimento (Dia 3)', NULL, NULL);
UPDATE pgen.ft SET xmlns = 'http://openrosa.org/formdesigner/' || upper(fixture_gen.uuid('xmlns', length(fname) * 100 + ascii(fname))), fxmlns = CASE WHEN fu IS NOT NULL THEN 'http://openrosa.org/formdesigner/' || upper(fixture_gen.uuid('xmlnsf', length(fu) * 100 + ascii(fu))) END;

CREATE TABLE pgen.fm (f int PRIMARY KEY, b int, d int, xmlns text, followup boolean, received timestamptz, mw int);
INSERT INTO pgen.fm
SELECT b.i, b.i, b.d, ft.xmlns, false, b.opened + make_interval(mins => 3 + fixture_gen.n('frr', b.i, 900)), b.mw FROM pgen.ben b JOIN pgen.ft ft ON ft.kind = b.kind;
INSERT INTO pgen.fm
SELECT 1000 + b.i, b.i, b.d, ft.fxmlns, true, coalesce(b.closed, least(b.opened + make_interval(days => 14 + fixture_gen.n('ffr', b.i, 120)), timestamptz '2024-09-18 12:00:00+00')) + make_interval(mins => fixture_gen.n('ffm', b.i, 600)),
       b.mw
FROM pgen.ben b JOIN pgen.ft ft ON ft.kind = b.kind
WHERE (b.kind = 'mother' AND b.i % 2 = 0) OR (b.kind = 'tb' AND b.i % 3 = 0) OR (b.kind = 'malaria' AND b.i % 2 = 0);
UPDATE pgen.fm SET received = timestamptz '2024-09-18 18:40:00+00' - make_interval(mins => f % 400) WHERE received > '2024-09-18 19:00:00+00';

CREATE TABLE form_processor_xforminstancesql (
    id serial PRIMARY KEY, form_id varchar(255) NOT NULL UNIQUE, domain varchar(255) NOT NULL, app_id varchar(255), xmlns varchar(255) NOT NULL, user_id varchar(255), received_on timestamptz NOT NULL,
    deleted_on timestamptz, deletion_id varchar(255), partial_submission boolean NOT NULL, submit_ip varchar(255), last_sync_token varchar(255), date_header timestamptz, build_id varchar(255),
    state integer NOT NULL, orig_id varchar(255), deprecated_form_id varchar(255), edited_on timestamptz, initial_processing_complete boolean NOT NULL, auth_context jsonb,
    openrosa_headers jsonb, problem text, server_modified_on timestamptz NOT NULL
);
INSERT INTO form_processor_xforminstancesql (form_id, domain, app_id, xmlns, user_id, received_on, deleted_on, deletion_id, partial_submission, submit_ip, last_sync_token, date_header, build_id,
    state, orig_id, deprecated_form_id, edited_on, initial_processing_complete, auth_context, openrosa_headers, problem, server_modified_on)
SELECT fixture_gen.uuid('form', f.f), d.name, d.app_id, f.xmlns, m.cid, f.received, NULL, NULL, false,
       CASE f.d WHEN 1 THEN fixture_gen.pick(ARRAY['102.89.', '197.210.', '105.112.', '102.91.'], 'ipng', f.f) || fixture_gen.n('ip3', f.f, 256) || '.' || (1 + fixture_gen.n('ip4', f.f, 254))
                WHEN 2 THEN fixture_gen.pick(ARRAY['49.37.', '106.208.', '157.48.', '223.187.'], 'ipin', f.f) || fixture_gen.n('ip3', f.f, 256) || '.' || (1 + fixture_gen.n('ip4', f.f, 254))
                ELSE fixture_gen.pick(ARRAY['41.220.', '197.218.', '196.28.'], 'ipmz', f.f) || fixture_gen.n('ip3', f.f, 256) || '.' || (1 + fixture_gen.n('ip4', f.f, 254)) END,
       pgen.hex('sync', f.mw * 100 + fixture_gen.n('syn', f.f, 40)), f.received - make_interval(secs => 2 + fixture_gen.n('dh', f.f, 40)),
       pgen.hex('build', f.d * 100 + CASE f.d WHEN 1 THEN 57 WHEN 2 THEN 31 ELSE 22 END - fixture_gen.n('fbv', f.f, 4)),
       CASE WHEN f.f IN (117, 149, 1104) THEN 2 WHEN f.f IN (233, 388) THEN 16 ELSE 1 END, NULL, NULL, NULL, true,
       jsonb_build_object('doc_type', 'AuthContext', 'domain', d.name, 'user_id', m.cid, 'authenticated', true),
       jsonb_build_object('HTTP_X_OPENROSA_VERSION', '3.0', 'HTTP_DATE', to_char((f.received - interval '3 seconds') AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT',
         'HTTP_ACCEPT_LANGUAGE', CASE f.d WHEN 1 THEN 'ha' WHEN 2 THEN 'te' ELSE 'pt' END),
       CASE WHEN f.f = 233 THEN 'IllegalCaseId: Bad case id' WHEN f.f = 388 THEN 'InvalidCaseIndex: Case index "parent" references a case that does not exist: ' || fixture_gen.uuid('case', 9999) END,
       f.received + CASE WHEN f.f IN (117, 149, 1104) THEN interval '9 days' ELSE interval '0' END
FROM pgen.fm f JOIN pgen.dom d ON d.d = f.d JOIN pgen.mw m ON m.i = f.mw ORDER BY f.received;

CREATE TABLE form_processor_commcarecasesql (
    id bigserial PRIMARY KEY, case_id varchar(255) NOT NULL UNIQUE, domain varchar(255) NOT NULL, type varchar(255) NOT NULL, owner_id varchar(255) NOT NULL, opened_on timestamptz,
    opened_by varchar(255), modified_on timestamptz NOT NULL, server_modified_on timestamptz NOT NULL, modified_by varchar(255) NOT NULL, closed boolean NOT NULL, closed_on timestamptz,
    closed_by varchar(255), deleted boolean NOT NULL, deleted_on timestamptz, deletion_id varchar(255), external_id varchar(255), location_id varchar(255), name varchar(255),
    case_json jsonb NOT NULL
);
INSERT INTO form_processor_commcarecasesql (case_id, domain, type, owner_id, opened_on, opened_by, modified_on, server_modified_on, modified_by, closed, closed_on, closed_by, deleted,
    deleted_on, deletion_id, external_id, location_id, name, case_json)
SELECT fixture_gen.uuid('case', b.i), d.name, b.ctype, CASE WHEN b.kind = 'usercase' OR b.d = 2 THEN m.cid ELSE pgen.hex('loc', b.loc) END, b.opened, m.cid,
       coalesce(x.last, b.opened), coalesce(x.last, b.opened) + interval '41 seconds', m.cid, b.closed IS NOT NULL, b.closed, CASE WHEN b.closed IS NOT NULL THEN m.cid END,
       b.i IN (117, 149), CASE WHEN b.i IN (117, 149) THEN b.opened + interval '9 days' END, CASE WHEN b.i IN (117, 149) THEN fixture_gen.uuid('del', b.i) END,
       b.ext, NULL, b.cname, b.props
FROM pgen.ben b JOIN pgen.dom d ON d.d = b.d JOIN pgen.mw m ON m.i = b.mw
LEFT JOIN LATERAL (SELECT max(received) AS last FROM pgen.fm WHERE fm.b = b.i) x ON true
ORDER BY b.opened;

CREATE TABLE form_processor_commcarecaseindexsql (
    id bigserial PRIMARY KEY, domain varchar(255) NOT NULL, case_id varchar(255) NOT NULL REFERENCES form_processor_commcarecasesql (case_id), identifier varchar(255) NOT NULL,
    referenced_type varchar(255) NOT NULL, referenced_id varchar(255) NOT NULL, relationship_id smallint NOT NULL
);
INSERT INTO form_processor_commcarecaseindexsql (domain, case_id, identifier, referenced_type, referenced_id, relationship_id)
SELECT d.name, fixture_gen.uuid('case', b.i), CASE WHEN b.kind = 'referral' THEN 'host' ELSE 'parent' END, p.ctype, fixture_gen.uuid('case', p.i), CASE WHEN b.kind = 'referral' THEN 2 ELSE 1 END
FROM pgen.ben b JOIN pgen.ben p ON p.i = b.parent JOIN pgen.dom d ON d.d = b.d ORDER BY b.opened;

CREATE TABLE form_processor_casetransaction (
    id serial PRIMARY KEY, case_id varchar(255) NOT NULL REFERENCES form_processor_commcarecasesql (case_id), form_id varchar(255), sync_log_id varchar(255), server_date timestamptz NOT NULL,
    type smallint NOT NULL, revoked boolean NOT NULL, details jsonb NOT NULL
);
INSERT INTO form_processor_casetransaction (case_id, form_id, sync_log_id, server_date, type, revoked, details)
SELECT case_id, form_id, sync_log_id, server_date, type, revoked, details FROM (
  SELECT fixture_gen.uuid('case', f.b) AS case_id, fixture_gen.uuid('form', f.f) AS form_id, pgen.hex('sync', f.mw * 100 + fixture_gen.n('syn', f.f, 40)) AS sync_log_id, f.received AS server_date,
         (1 + CASE WHEN NOT f.followup THEN 128 ELSE 0 END + CASE WHEN NOT f.followup AND b.parent IS NOT NULL THEN 512 ELSE 0 END
            + CASE WHEN b.closed IS NOT NULL AND (f.followup OR NOT EXISTS (SELECT 1 FROM pgen.fm g WHERE g.b = f.b AND g.followup)) THEN 256 ELSE 0 END
            + CASE WHEN NOT f.followup AND ((b.kind = 'mother' AND b.i % 4 = 1) OR (b.kind = 'tb' AND b.i % 4 = 2)) THEN 1024 ELSE 0 END)::smallint AS type,
         f.f IN (117, 149, 1104) AS revoked, '{}'::jsonb AS details
  FROM pgen.fm f JOIN pgen.ben b ON b.i = f.b
  UNION ALL
  SELECT fixture_gen.uuid('case', b.i), NULL, NULL, b.opened + interval '9 days', 16, false,
         jsonb_build_object('type', 'form_archive_rebuild', 'form_id', fixture_gen.uuid('form', CASE WHEN b.i = 104 THEN 1104 ELSE b.i END), 'archived', true)
  FROM pgen.ben b WHERE b.i IN (117, 149, 104)
  UNION ALL
  SELECT fixture_gen.uuid('case', b.i), NULL, NULL, timestamptz '2024-03-14 11:20:00+00' + make_interval(mins => b.i), 2, false,
         jsonb_build_object('type', 'rebuild_with_reason', 'reason', 'Owner reassignment after Mangalagiri PHI merge', 'original_user_id', m.cid)
  FROM pgen.ben b JOIN pgen.mw m ON m.i = b.mw WHERE b.kind = 'tb' AND b.loc = 67 AND b.opened < '2024-03-14'
) t ORDER BY server_date, case_id;

CREATE TABLE form_processor_caseattachmentsql (
    id serial PRIMARY KEY, case_id varchar(255) NOT NULL REFERENCES form_processor_commcarecasesql (case_id), attachment_id uuid NOT NULL UNIQUE, name varchar(255) NOT NULL,
    content_type varchar(255), content_length integer, blob_id varchar(255) NOT NULL, blob_bucket varchar(255) NOT NULL, md5 varchar(255) NOT NULL, properties jsonb NOT NULL
);
INSERT INTO form_processor_caseattachmentsql (case_id, attachment_id, name, content_type, content_length, blob_id, blob_bucket, md5, properties)
SELECT fixture_gen.uuid('case', b.i), fixture_gen.uuid('catt', b.i)::uuid, CASE b.kind WHEN 'mother' THEN 'anc_card_photo' ELSE 'xray_report' END, 'image/jpeg',
       90000 + fixture_gen.n('cal', b.i, 400000), pgen.hex('blob', 100000 + b.i), '', encode(md5(pgen.hex('blob', 100000 + b.i))::bytea, 'base64'),
       jsonb_build_object('width', CASE WHEN b.i % 2 = 0 THEN 960 ELSE 1280 END, 'height', CASE WHEN b.i % 2 = 0 THEN 1280 ELSE 960 END)
FROM pgen.ben b WHERE (b.kind = 'mother' AND b.i % 4 = 1) OR (b.kind = 'tb' AND b.i % 4 = 2) ORDER BY b.opened;

CREATE TABLE blobs_blobmeta (
    id bigserial PRIMARY KEY, domain varchar(255) NOT NULL, parent_id varchar(255) NOT NULL, type_code smallint NOT NULL, name varchar(255) NOT NULL, key varchar(255) NOT NULL UNIQUE,
    content_type varchar(255), content_length bigint NOT NULL, compressed_length bigint, properties jsonb, created_on timestamptz NOT NULL, expires_on timestamptz
);
INSERT INTO blobs_blobmeta (domain, parent_id, type_code, name, key, content_type, content_length, compressed_length, properties, created_on, expires_on)
SELECT domain, parent_id, type_code, name, key, content_type, content_length, compressed_length, properties, created_on, expires_on FROM (
  SELECT d.name AS domain, fixture_gen.uuid('form', f.f) AS parent_id, 2::smallint AS type_code, 'form.xml' AS name, pgen.hex('blob', f.f) AS key, 'text/xml' AS content_type,
         2200 + fixture_gen.n('bxl', f.f, 9000) AS content_length, 700 + fixture_gen.n('bxc', f.f, 2500) AS compressed_length, '{}'::jsonb AS properties, f.received AS created_on, NULL::timestamptz AS expires_on
  FROM pgen.fm f JOIN pgen.dom d ON d.d = f.d WHERE f.received >= '2024-03-01'
  UNION ALL
  SELECT d.name, fixture_gen.uuid('form', b.i), 3, (extract(epoch FROM b.opened) * 1000)::bigint::text || '.jpg', pgen.hex('blob', 100000 + b.i), 'image/jpeg', 90000 + fixture_gen.n('cal', b.i, 400000), NULL,
         '{}'::jsonb, b.opened + interval '10 minutes', NULL
  FROM pgen.ben b JOIN pgen.dom d ON d.d = b.d WHERE (b.kind = 'mother' AND b.i % 4 = 1) OR (b.kind = 'tb' AND b.i % 4 = 2)
  UNION ALL
  SELECT d.name, pgen.hex('export', d.d * 10 + k % 3), 4, e.fname, pgen.hex('blobx', d.d * 100 + k), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 40000 + fixture_gen.n('bex', k, 900000), NULL,
         '{}'::jsonb, timestamptz '2024-09-18 02:00:00+00' - make_interval(days => k), NULL
  FROM pgen.dom d CROSS JOIN generate_series(1, 6) k
  CROSS JOIN LATERAL (SELECT CASE d.d WHEN 1 THEN (ARRAY['Mothers (Kano and Jigawa)', 'Children and immunisation', 'Referrals'])[1 + k % 3] WHEN 2 THEN (ARRAY['TB patients - all', 'Adherence visits', 'Contacts screened'])[1 + k % 3]
                                      ELSE (ARRAY['Casos de malária', 'Agregados', 'Seguimentos'])[1 + k % 3] END || ' ' || to_char(timestamptz '2024-09-18' - make_interval(days => k), 'YYYY-MM-DD') || '.xlsx' AS fname) e
  UNION ALL
  SELECT d.name, pgen.hex('dl', d.d * 100 + k), 1, 'download-' || pgen.hex('dlf', d.d * 100 + k) || '.zip', pgen.hex('blobt', d.d * 100 + k), 'application/zip', 100000 + fixture_gen.n('btz', k, 4000000), NULL,
         '{}'::jsonb, timestamptz '2024-09-17 09:00:00+00' + make_interval(hours => k * 3), timestamptz '2024-09-18 09:00:00+00' + make_interval(hours => k * 3)
  FROM pgen.dom d CROSS JOIN generate_series(1, 4) k
) t ORDER BY created_on, key;

-- ---------------------------------------------------------------------------
-- Messaging: gateways, phone numbers, keywords, events, SMS and email.

CREATE TABLE sms_sqlmobilebackend (
    id serial PRIMARY KEY, couch_id varchar(126) UNIQUE, backend_type varchar(3) NOT NULL, hq_api_id varchar(126), is_global boolean NOT NULL, domain varchar(126), name varchar(126) NOT NULL,
    display_name varchar(126), description text, supported_countries jsonb NOT NULL, extra_fields jsonb NOT NULL, deleted boolean NOT NULL, load_balancing_numbers jsonb NOT NULL,
    reply_to_phone_number varchar(126), inbound_api_key varchar(126), opt_in_keywords varchar(126)[] NOT NULL, opt_out_keywords varchar(126)[] NOT NULL
);
INSERT INTO sms_sqlmobilebackend (couch_id, backend_type, hq_api_id, is_global, domain, name, display_name, description, supported_countries, extra_fields, deleted, load_balancing_numbers,
    reply_to_phone_number, inbound_api_key, opt_in_keywords, opt_out_keywords) VALUES
  (pgen.hex('be', 1), 'SMS', 'TWILIO', true, NULL, 'MOBILE_BACKEND_TWILIO', 'Twilio (global)', 'Global Twilio account used for projects without their own gateway.', '["*"]',
   '{"account_sid": "@@tw_sid@@", "auth_token": "@@tw_tok@@"}', false, '["+16175550110", "+16175550111", "+16175550112"]', NULL, NULL, ARRAY['START'], ARRAY['STOP']),
  (pgen.hex('be', 2), 'SMS', 'TEST', true, NULL, 'MOBILE_BACKEND_TEST', 'Test', 'Loopback backend for QA, never sends.', '["*"]', '{}', false, '[]', NULL, NULL, ARRAY[]::varchar[], ARRAY[]::varchar[]),
  (pgen.hex('be', 3), 'SMS', 'INFOBIP', false, 'lafiya-uwa-kano', 'INFOBIP_LAFIYA', 'Infobip - Lafiya Uwa', 'Infobip account paid from the Child Health Fund grant. Top-ups through Funmilayo in finance; Infobip Lagos account manager is Tobi Akinola (+234 802 118 4530).',
   '["234"]', '{"account_sid": "@@ib_sid@@", "auth_token": "@@ib_tok@@", "personalized_subdomain": "@@ib_sub@@", "scenario_key": "@@ib_scn@@"}', false, '[]', 'LAFIYAUWA', '@@ib_in@@', ARRAY['FARA', 'START'], ARRAY['TSAYA', 'STOP']),
  (pgen.hex('be', 4), 'SMS', 'HTTP', false, 'lafiya-uwa-kano', 'SMSLIVE247_OLD', 'SMSLive247 (old)', 'Old local aggregator, replaced by Infobip in March 2023.', '["234"]',
   '{"url": "https://api.smslive247.example/http/index.aspx", "message_param": "message", "number_param": "sendto", "include_plus": false, "method": "GET", "additional_params": {"cmd": "sendquickmsg", "owneremail": "ibrahim.dankano@lafiyauwa.example", "subacct": "LAFIYA", "subacctpwd": "@@sl_pw@@", "sender": "LAFIYAUWA"}}',
   true, '[]', NULL, NULL, ARRAY[]::varchar[], ARRAY['STOP']),
  (pgen.hex('be', 5), 'SMS', 'KARIX', false, 'ap-tb-adherence', 'KARIX_SAHAYA', 'Karix (DLT registered)', 'DLT entity SAHAYA, templates approved on Jio DLT portal. Sender id SAHAYA.', '["91"]',
   '{"username": "sahaya_trans", "password": "@@kx_pw@@", "sender_id": "SAHAYA"}', false, '[]', 'SAHAYA', '@@kx_in@@', ARRAY['START'], ARRAY['STOP']),
  (pgen.hex('be', 6), 'SMS', 'TELERIVET', false, 'mz-malaria-nampula', 'TELERIVET_NAMPULA', 'Telerivet - telemóvel do escritório', 'Android gateway phone in the Nampula office (Vodacom SIM). If it stops, call Fernando.', '["258"]',
   '{"api_key": "@@tr_key@@", "project_id": "@@tr_prj@@", "phone_id": "@@tr_ph@@", "webhook_secret": "@@tr_whs@@", "country_code": "258"}', false, '[]', '+258841230507', NULL, ARRAY['INICIAR'], ARRAY['PARAR']),
  (pgen.hex('be', 7), 'SMS', 'TURN', false, 'mz-malaria-nampula', 'TURN_WHATSAPP_PILOT', 'WhatsApp (Turn.io) pilot', 'Pilot with 3 APEs in Nampula city, paused.', '["258"]',
   '{"template_namespace": "@@tn_ns@@", "client_auth_token": "@@tn_cat@@", "business_id": "@@tn_bid@@", "business_auth_token": "@@tn_bat@@"}', false, '[]', NULL, NULL, ARRAY[]::varchar[], ARRAY['PARAR']),
  (pgen.hex('be', 8), 'SMS', 'TWILIO', false, 'lafiya-uwa-kano', 'TWILIO_WHATSAPP_TEST', 'Twilio WhatsApp sandbox', '', '["234"]',
   '{"account_sid": "@@tw2_sid@@", "auth_token": "@@tw2_tok@@"}', true, '["+14155550123"]', NULL, NULL, ARRAY['START'], ARRAY['STOP']);
UPDATE sms_sqlmobilebackend SET extra_fields = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(extra_fields::text,
    '@@tw_sid@@', 'AC' || fixture_gen.hexn('twsid', 1, 32)), '@@tw_tok@@', fixture_gen.hexn('twtok', 1, 32)), '@@ib_sid@@', pgen.rnd('ibsid', 3, 24)), '@@ib_tok@@', fixture_gen.hexn('ibtok', 3, 32) || '-' || fixture_gen.uuid('ibtk', 3)),
    '@@ib_sub@@', pgen.lower('ibsub', 3, 6)), '@@ib_scn@@', upper(fixture_gen.hexn('ibscn', 3, 32))), '@@sl_pw@@', pgen.rnd('slpw', 4, 12)), '@@kx_pw@@', pgen.rnd('kxpw', 5, 14)),
    '@@tr_key@@', pgen.rnd('trkey', 6, 32)), '@@tr_prj@@', 'PJ' || fixture_gen.hexn('trprj', 6, 14)), '@@tr_ph@@', 'PN' || fixture_gen.hexn('trph', 6, 14)), '@@tr_whs@@', pgen.rnd('trwhs', 6, 24)),
    '@@tn_ns@@', fixture_gen.uuid('tnns', 7)), '@@tn_cat@@', fixture_gen.jwt('tncat', 7)), '@@tn_bid@@', fixture_gen.digits('tnbid', 7, 15)), '@@tn_bat@@', fixture_gen.jwt('tnbat', 7)),
    '@@tw2_sid@@', 'AC' || fixture_gen.hexn('twsid', 8, 32)), '@@tw2_tok@@', fixture_gen.hexn('twtok', 8, 32))::jsonb;
UPDATE sms_sqlmobilebackend SET inbound_api_key = pgen.rnd('inak', id, 32) WHERE inbound_api_key IS NOT NULL;

CREATE TABLE sms_phonenumber (
    id serial PRIMARY KEY, couch_id varchar(126), domain varchar(126), owner_doc_type varchar(126), owner_id varchar(126), phone_number varchar(126), backend_id varchar(126),
    ivr_backend_id varchar(126), verified boolean, contact_last_modified timestamptz, is_two_way boolean NOT NULL, pending_verification boolean NOT NULL, created_on timestamptz NOT NULL
);
INSERT INTO sms_phonenumber (couch_id, domain, owner_doc_type, owner_id, phone_number, backend_id, ivr_backend_id, verified, contact_last_modified, is_two_way, pending_verification, created_on)
SELECT pgen.hex('pn', k), d.name, t, o, p, NULL, NULL, v, lm, tw, pv, c FROM (
  SELECT b.i AS k, b.d, 'CommCareCase' AS t, fixture_gen.uuid('case', b.i) AS o, pgen.e164(b.d, b.phone) AS p, true AS v, b.opened + interval '1 day' AS lm,
         b.i % 9 <> 0 AS tw, false AS pv, b.opened + interval '5 minutes' AS c
  FROM pgen.ben b WHERE b.phone IS NOT NULL AND ((b.kind = 'mother' AND b.i % 6 <> 2) OR b.kind = 'tb' OR (b.kind = 'agregado'))
  UNION ALL
  SELECT 1000 + m.i, m.d, 'CommCareUser', m.cid, pgen.e164(m.d, m.phone), true, m.joined + interval '2 days', true, m.i % 17 = 3, m.joined + interval '1 hour'
  FROM pgen.mw m WHERE m.i % 4 <> 3
) x JOIN pgen.dom d ON d.d = x.d ORDER BY c;

CREATE TABLE sms_keyword (
    id serial PRIMARY KEY, couch_id varchar(126), domain varchar(126) NOT NULL, keyword varchar(126) NOT NULL, description text, delimiter varchar(126), override_open_sessions boolean,
    initiator_doc_type_filter jsonb NOT NULL, last_modified timestamptz NOT NULL
);
INSERT INTO sms_keyword (couch_id, domain, keyword, description, delimiter, override_open_sessions, initiator_doc_type_filter, last_modified) VALUES
  (pgen.hex('kw', 1), 'lafiya-uwa-kano', 'ANC', 'Mother texts ANC <card number> to confirm her visit', NULL, false, '["CommCareCase"]', '2023-04-11 10:20:00+00'),
  (pgen.hex('kw', 2), 'lafiya-uwa-kano', 'TAIMAKO', 'Help: replies with the ETS hotline and the LGA numbers', NULL, true, '[]', '2023-04-11 10:24:00+00'),
  (pgen.hex('kw', 3), 'lafiya-uwa-kano', 'REG', 'Volunteer registers a pregnancy by SMS when the phone is broken: REG name age settlement', ' ', false, '["CommCareUser"]', '2023-07-02 08:02:00+00'),
  (pgen.hex('kw', 4), 'lafiya-uwa-kano', 'HADARI', 'Danger sign alert from a volunteer, forwards to supervisor', NULL, true, '["CommCareUser"]', '2023-09-19 14:45:00+00'),
  (pgen.hex('kw', 5), 'ap-tb-adherence', 'DOSE', 'Patient confirms the daily dose', NULL, false, '["CommCareCase"]', '2023-06-30 06:12:00+00'),
  (pgen.hex('kw', 6), 'ap-tb-adherence', '1', 'Shortcut for DOSE', NULL, false, '["CommCareCase"]', '2023-06-30 06:13:00+00'),
  (pgen.hex('kw', 7), 'ap-tb-adherence', 'REFILL', 'Patient asks for a medicine refill, opens a task for the ASHA', NULL, false, '["CommCareCase"]', '2024-01-08 09:40:00+00'),
  (pgen.hex('kw', 8), 'mz-malaria-nampula', 'TDR', 'APE reporta stock: TDR <n> AL <n>', ' ', false, '["CommCareUser"]', '2022-05-03 07:55:00+00'),
  (pgen.hex('kw', 9), 'mz-malaria-nampula', 'CASO', 'APE reporta caso positivo quando não tem internet', ' ', false, '["CommCareUser"]', '2022-05-03 07:58:00+00'),
  (pgen.hex('kw', 10), 'mz-malaria-nampula', 'AJUDA', 'Resposta com o número da supervisão', NULL, true, '[]', '2023-02-14 12:30:00+00');

-- The SMS log. Categories by k % 11: 0-3 reminders to Nigerian mothers,
-- 4 their replies, 5-6 reminders to TB patients, 7 their replies, 8
-- messages to Mozambican guardians, 9 their replies and APEs' reports, 10
-- due lists and alerts to mobile workers.
CREATE TABLE pgen.sq (k int PRIMARY KEY, d int, dir text, rtype text, rid text, phone text, txt text, at timestamptz, workflow text, backend int, chat int);
INSERT INTO pgen.sq
SELECT g.kk, x.d, x.dir, x.rtype, x.rid, x.phone, x.txt, x.at, x.wf, x.be, x.chat
FROM generate_series(1, 330) g(kk)
CROSS JOIN LATERAL (SELECT g.kk % 11 AS c, fixture_gen.n('sqt', g.kk, 4) AS t) c
JOIN LATERAL (
  SELECT 1 AS d, 'O' AS dir, 'CommCareCase' AS rtype, fixture_gen.uuid('case', b.i) AS rid, '+' || pgen.e164(1, b.phone) AS phone,
         CASE c.t WHEN 0 THEN 'Sannu ' || b.first || ', ki tuna ziyarar awon ciki (ANC) a ' || f.name || ' ranar ' || to_char(dt.at + interval '2 days', 'DD/MM') || '. Lafiya Uwa.'
                  WHEN 1 THEN 'Hello ' || b.first || ', your next ANC visit at ' || f.name || ' is on ' || to_char(dt.at + interval '3 days', 'DD Mon') || '. Bring your card. Reply TSAYA to stop.'
                  WHEN 2 THEN 'Alamomin hadari: zubar jini, ciwon kai mai tsanani, zazzabi, kumburin fuska. Ku garzaya asibiti nan take. Lafiya Uwa.'
                  ELSE 'Assalamu alaikum ' || b.first || '. Lokacin rigakafin jaririnki ya yi: ' || to_char(dt.at + interval '5 days', 'DD/MM') || ' a ' || f.name || '.' END AS txt,
         dt.at, CASE WHEN c.t = 2 THEN 'broadcast' ELSE 'reminder' END AS wf, 3 AS be, NULL::int AS chat
  FROM pgen.ben b JOIN pgen.loc s ON s.k = b.loc JOIN pgen.loc f ON f.parent = s.parent AND f.lt = 4
  CROSS JOIN LATERAL (SELECT pgen.at('sqd', g.kk, greatest(b.opened, timestamptz '2023-09-01'), timestamptz '2024-09-18 17:00:00+00') AS at) dt
  WHERE c.c <= 3 AND b.i = 101 + fixture_gen.n('sqm', g.kk, 80)
  UNION ALL
  SELECT 1, 'I', 'CommCareCase', fixture_gen.uuid('case', b.i), '+' || pgen.e164(1, b.phone),
         fixture_gen.pick(ARRAY['Na gode', 'Toh insha Allah zan je', 'TSAYA', 'Mijina baya gari, zan je ranar Litinin', 'Wanene wannan?', 'ANC ' || coalesce(b.ext, ''), 'Ina da ciwon kai sosai tun jiya, kafafuna sun kumbura',
           'Yarona yana da zazzabi tun shekaran jiya', 'TAIMAKO', 'Nagode sosai Allah ya saka da alheri', 'Wannan ba lambar ' || b.first || ' ba ce, ni mijinta ne ' || h.first], 'sqi', g.kk),
         pgen.at('sqd', g.kk, greatest(b.opened, timestamptz '2023-09-01'), timestamptz '2024-09-18 17:00:00+00'), 'default', 3, NULL
  FROM pgen.ben b JOIN pgen.ben h ON h.i = b.parent WHERE c.c = 4 AND b.i = 101 + fixture_gen.n('sqm', g.kk, 80)
  UNION ALL
  SELECT 2, 'O', 'CommCareCase', fixture_gen.uuid('case', b.i), '+' || pgen.e164(2, b.phone),
         CASE c.t WHEN 0 THEN 'Dear ' || split_part(b.first, ' ', 1) || ' garu, please take today''s TB medicines. If you miss doses call your treatment supporter ' || m.full_name || ' on ' || m.phone || '. - Sahaya'
                  WHEN 1 THEN split_part(b.first, ' ', 1) || ' గారు, ఈ రోజు మీ టీబీ మందులు వేసుకోండి. ఏదైనా సమస్య ఉంటే 1800-11-6666 కి కాల్ చేయండి. - సహాయ'
                  WHEN 2 THEN 'Ni-kshay Poshan Yojana: Rs 500 for ' || to_char(dt.at - interval '20 days', 'Mon YYYY') || ' credited to A/c XXXXXXX' || right(b.props ->> 'npy_bank_account', 4) || ' of ' || b.full_name || '. - Sahaya'
                  ELSE 'Reminder: sputum follow-up test at ' || l.name || ' on ' || to_char(dt.at + interval '2 days', 'DD-MM-YYYY') || '. Please come in the morning before food.' END,
         dt.at, CASE WHEN c.t = 2 THEN 'broadcast' ELSE 'reminder' END, 5, NULL
  FROM pgen.ben b JOIN pgen.mw m ON m.i = b.mw JOIN pgen.loc l ON l.k = b.loc
  CROSS JOIN LATERAL (SELECT pgen.at('sqd', g.kk, greatest(b.opened, timestamptz '2023-09-01'), coalesce(b.closed, timestamptz '2024-09-18 17:00:00+00')) AS at) dt
  WHERE c.c IN (5, 6) AND b.i = 301 + fixture_gen.n('sqt', g.kk, 60)
  UNION ALL
  SELECT 2, 'I', 'CommCareCase', fixture_gen.uuid('case', b.i), '+' || pgen.e164(2, b.phone),
         fixture_gen.pick(ARRAY['1', 'DOSE', 'taken', 'ok', 'మందులు వేసుకున్నాను', 'REFILL', 'Medicines finished, need refill. ASHA not picking phone', 'Stomach pain and vomiting after tablets, can I stop for 2 days?',
           'STOP', 'Patient admitted in GGH Guntur, this is his son ' || pgen.given(2, 'm', 'sqson', g.kk) || ' speaking', '1'], 'sqi', g.kk),
         pgen.at('sqd', g.kk, greatest(b.opened, timestamptz '2023-09-01'), coalesce(b.closed, timestamptz '2024-09-18 17:00:00+00')), 'default', 5, NULL
  FROM pgen.ben b WHERE c.c = 7 AND b.i = 301 + fixture_gen.n('sqt', g.kk, 60)
  UNION ALL
  SELECT 3, 'O', 'CommCareCase', fixture_gen.uuid('case', a.i), '+' || pgen.e164(3, a.phone),
         CASE c.t WHEN 0 THEN 'Olá ' || a.first || ', lembre-se: ' || b.first || ' deve tomar o AL de manhã e à noite durante 3 dias. ASC Nampula'
                  WHEN 1 THEN 'Caro/a ' || a.first || ', o APE ' || m.first || ' vai visitar a vossa casa amanhã para o seguimento do dia 3.'
                  WHEN 2 THEN 'Durma sempre debaixo da rede mosquiteira. Em caso de febre vá à unidade sanitária. ASC Nampula'
                  ELSE 'Olá ' || a.first || ', como está ' || b.first || ' hoje? Responda SIM se já não tem febre.' END,
         dt.at, CASE WHEN c.t = 2 THEN 'broadcast' ELSE 'reminder' END, 6, NULL
  FROM pgen.ben b JOIN pgen.ben a ON a.i = b.parent JOIN pgen.mw m ON m.i = b.mw
  CROSS JOIN LATERAL (SELECT b.opened + make_interval(hours => 6 + fixture_gen.n('sqz', g.kk, 60)) AS at) dt
  WHERE c.c = 8 AND b.i = 426 + fixture_gen.n('sqz', g.kk, 50) AND a.phone IS NOT NULL
  UNION ALL
  SELECT 3, 'I', CASE WHEN g.kk % 2 = 0 THEN 'CommCareUser' ELSE 'CommCareCase' END, CASE WHEN g.kk % 2 = 0 THEN m.cid ELSE fixture_gen.uuid('case', a.i) END,
         '+' || pgen.e164(3, CASE WHEN g.kk % 2 = 0 THEN m.phone ELSE a.phone END),
         CASE WHEN g.kk % 2 = 0 THEN fixture_gen.pick(ARRAY['TDR ' || (fixture_gen.n('tdr', g.kk, 40)) || ' AL ' || fixture_gen.n('al', g.kk, 30), 'CASO ' || b.first || ' ' || extract(year FROM age(b.opened, b.dob::timestamptz))::int || ' anos positivo', 'AJUDA'], 'sqa', g.kk)
              ELSE fixture_gen.pick(ARRAY['OK', 'Obrigada', 'SIM', 'A criança melhorou', 'Ainda tem febre e vomita', 'PARAR', 'Quem fala?'], 'sqi', g.kk) END,
         b.opened + make_interval(hours => 8 + fixture_gen.n('sqz', g.kk, 60)), 'default', 6, NULL
  FROM pgen.ben b JOIN pgen.ben a ON a.i = b.parent JOIN pgen.mw m ON m.i = b.mw
  WHERE c.c = 9 AND b.i = 426 + fixture_gen.n('sqz', g.kk, 50) AND (a.phone IS NOT NULL OR g.kk % 2 = 0)
  UNION ALL
  SELECT m.d, 'O', 'CommCareUser', m.cid, '+' || pgen.e164(m.d, m.phone),
         CASE m.d WHEN 1 THEN CASE WHEN g.kk % 2 = 0 THEN split_part(m.first, ' ', 1) || ', mata ' || cardinality(due.names) || ' suna da ANC wannan mako: ' || array_to_string(due.names, ', ') || '. Lafiya Uwa.'
                                   ELSE 'HADARI alert from ' || m.full_name || ': ' || due.names[1] || ' referred for bleeding. Supervisor please call ' || m.phone || '.' END
                  WHEN 2 THEN 'Dear ' || split_part(m.first, ' ', 1) || ', patients with missed doses: ' || array_to_string(due.names, ', ') || '. Please visit today. - Sahaya'
                  ELSE 'APE ' || m.first || ', casos para seguimento do dia 3: ' || array_to_string(due.names, ', ') || '. Stock de TDR baixo? Envie TDR <n> AL <n>.' END,
         pgen.at('sqw', g.kk, '2024-01-01', '2024-09-18 17:00:00+00'), CASE WHEN m.d = 1 AND g.kk % 2 = 1 THEN 'keyword' ELSE 'reminder' END, CASE m.d WHEN 1 THEN 3 WHEN 2 THEN 5 ELSE 6 END,
         CASE WHEN g.kk % 7 = 3 THEN CASE m.d WHEN 1 THEN 12 WHEN 2 THEN 22 ELSE 27 END END
  FROM pgen.mw m CROSS JOIN LATERAL (SELECT array_agg(b.full_name ORDER BY b.i) AS names FROM (SELECT b.i, b.full_name FROM pgen.ben b WHERE b.mw = m.i AND b.kind IN ('mother', 'tb', 'malaria') ORDER BY b.i LIMIT 3) b) due
  WHERE c.c = 10 AND m.i = (SELECT b.mw FROM pgen.ben b WHERE b.kind IN ('mother', 'tb', 'malaria') ORDER BY b.i OFFSET fixture_gen.n('sqwm', g.kk, 190) LIMIT 1)
) x ON true;

CREATE TABLE sms_messagingevent (
    id serial PRIMARY KEY, domain varchar(126) NOT NULL, date timestamptz NOT NULL, source varchar(3) NOT NULL, source_id varchar(126), content_type varchar(3) NOT NULL, app_id varchar(126),
    form_unique_id varchar(126), form_name text, status varchar(3) NOT NULL, error_code varchar(126), additional_error_text text, recipient_type varchar(3), recipient_id varchar(126),
    date_last_activity timestamptz
);
INSERT INTO sms_messagingevent (domain, date, source, source_id, content_type, app_id, form_unique_id, form_name, status, error_code, additional_error_text, recipient_type, recipient_id, date_last_activity)
SELECT d.name, q.at - interval '2 seconds', CASE q.workflow WHEN 'broadcast' THEN 'SBR' WHEN 'keyword' THEN 'KWD' WHEN 'reminder' THEN 'CRL' ELSE 'OTH' END,
       CASE q.workflow WHEN 'keyword' THEN pgen.hex('kw', 4) WHEN 'default' THEN NULL ELSE (100 + q.d * 10 + q.k % 3)::text END,
       CASE WHEN q.workflow = 'keyword' THEN 'SMS' WHEN q.chat IS NOT NULL THEN 'ADH' WHEN q.d = 3 AND q.k % 3 = 0 THEN 'SVY' ELSE 'SMS' END,
       CASE WHEN q.d = 3 AND q.k % 3 = 0 THEN d.app_id END, CASE WHEN q.d = 3 AND q.k % 3 = 0 THEN pgen.hex('svyform', 3) END,
       CASE WHEN q.d = 3 AND q.k % 3 = 0 THEN 'Inquérito SMS: febre no dia 3' END,
       CASE WHEN q.k % 29 = 7 THEN 'ERR' WHEN q.d = 3 AND q.k % 3 = 0 AND q.k % 2 = 0 THEN 'PRG' ELSE 'COM' END,
       CASE WHEN q.k % 29 = 7 THEN (ARRAY['GATEWAY_ERROR', 'GATEWAY_ERROR', 'PHONE_NUMBER_OPTED_OUT'])[1 + fixture_gen.n('mee', q.k, 3)] END,
       CASE WHEN q.k % 29 = 7 THEN (ARRAY['Gateway error: REJECTED_DESTINATION', 'Gateway error: 408 Request Timeout', NULL])[1 + fixture_gen.n('mee', q.k, 3)] END,
       CASE q.rtype WHEN 'CommCareCase' THEN 'CAS' ELSE 'MOB' END, q.rid, q.at + interval '3 seconds'
FROM pgen.sq q JOIN pgen.dom d ON d.d = q.d WHERE q.dir = 'O' ORDER BY q.at;

CREATE TABLE sms_sms (
    id serial PRIMARY KEY, couch_id varchar(126), domain varchar(126), date timestamptz, couch_recipient_doc_type varchar(126), couch_recipient varchar(126), phone_number varchar(126),
    direction varchar(1), text text, error boolean, system_error_message text, system_phone_number text, backend_api varchar(126), backend_id varchar(126), backend_message_id varchar(126),
    billed boolean, workflow varchar(126), xforms_session_couch_id varchar(126), location_id varchar(126), processed boolean, datetime_to_process timestamptz, date_modified timestamptz,
    messaging_subevent_id integer, custom_metadata jsonb, chat_user_id varchar(126), ignore_opt_out boolean
);
INSERT INTO sms_sms (couch_id, domain, date, couch_recipient_doc_type, couch_recipient, phone_number, direction, text, error, system_error_message, system_phone_number, backend_api, backend_id,
    backend_message_id, billed, workflow, xforms_session_couch_id, location_id, processed, datetime_to_process, date_modified, messaging_subevent_id, custom_metadata, chat_user_id, ignore_opt_out)
SELECT pgen.hex('sms', q.k), d.name, q.at, q.rtype, q.rid, q.phone, q.dir, q.txt, q.k % 29 = 7 AND q.dir = 'O',
       CASE WHEN q.k % 29 = 7 AND q.dir = 'O' THEN fixture_gen.pick(ARRAY['GATEWAY_ERROR', 'TOO_MANY_UNSUCCESSFUL_ATTEMPTS', 'PHONE_NUMBER_OPTED_OUT'], 'mee', q.k) END,
       CASE q.backend WHEN 3 THEN 'LAFIYAUWA' WHEN 5 THEN 'SAHAYA' ELSE '+258841230507' END, b.hq_api_id, b.couch_id,
       CASE WHEN q.dir = 'O' AND q.k % 29 <> 7 THEN CASE q.backend WHEN 3 THEN fixture_gen.uuid('ibm', q.k) WHEN 5 THEN fixture_gen.digits('kxm', q.k, 19) ELSE 'SM' || fixture_gen.hexn('trm', q.k, 16) END END,
       q.dir = 'O' AND q.k % 29 <> 7, q.workflow, CASE WHEN q.d = 3 AND q.k % 3 = 0 AND q.dir = 'O' THEN pgen.hex('xfs', q.k) END, NULL, true,
       q.at, q.at + interval '4 seconds', (SELECT e.id FROM sms_messagingevent e WHERE e.recipient_id = q.rid AND e.date = q.at - interval '2 seconds' LIMIT 1),
       CASE WHEN q.workflow = 'reminder' AND q.rtype = 'CommCareCase' THEN jsonb_build_object('case_id', q.rid, 'reminder_rule', CASE q.d WHEN 1 THEN 'ANC reminder 2 days before' WHEN 2 THEN 'Daily dose reminder 7am' ELSE 'Seguimento dia 3' END)
            WHEN q.chat IS NOT NULL THEN jsonb_build_object('chat_message_read', true) END,
       CASE WHEN q.chat IS NOT NULL THEN w.cid END, q.txt LIKE 'HADARI%'
FROM pgen.sq q JOIN pgen.dom d ON d.d = q.d JOIN sms_sqlmobilebackend b ON b.id = q.backend LEFT JOIN pgen.wu w ON w.i = q.chat
ORDER BY q.at;

CREATE TABLE sms_email (
    id serial PRIMARY KEY, domain varchar(126), date timestamptz NOT NULL, couch_recipient_doc_type varchar(126), couch_recipient varchar(126), messaging_subevent_id integer,
    recipient_address varchar(255), subject text, body text, date_modified timestamptz
);
INSERT INTO sms_email (domain, date, couch_recipient_doc_type, couch_recipient, messaging_subevent_id, recipient_address, subject, body, date_modified)
SELECT d.name, t.at, 'WebUser', w.cid, NULL, w.email,
       CASE b.kind WHEN 'referral' THEN 'Referral alert: ' || m.full_name || ' (' || substr(b.cname, 12) || ')'
                   WHEN 'tb' THEN 'Missed doses: ' || b.full_name || ', Ni-kshay ' || b.ext
                   ELSE 'Caso de malária grave referido: ' || b.full_name END,
       CASE b.kind WHEN 'referral' THEN 'Dear ' || w.first || E',\n\n' || mw.full_name || ' (' || mw.phone || ') referred ' || m.full_name || ', wife of ' || (m.props ->> 'husband_name') || ', settlement '
                                        || (m.props ->> 'settlement') || ', to ' || (b.props ->> 'referred_to') || ' for ' || lower(substr(b.cname, 12)) || E'.\nPhone on record: ' || m.phone || E'.\n\nPlease follow up within 24 hours.\nLafiya Uwa CommCare'
                   WHEN 'tb' THEN 'Dear ' || w.first || E',\n\nPatient ' || b.full_name || ' (Ni-kshay ' || b.ext || ', ' || (b.props ->> 'phi') || ') has missed ' || (b.props ->> 'doses_missed_last_30')
                                  || ' doses in the last 30 days. Treatment supporter: ' || mw.full_name || ', ' || mw.phone || E'.\nHIV status: ' || (b.props ->> 'hiv_status') || E'.\n\nSahaya TB Care'
                   ELSE 'Olá ' || w.first || E',\n\nO APE ' || mw.full_name || ' referiu ' || b.full_name || ' (' || (b.props ->> 'idade_anos') || ' anos, ' || (b.props ->> 'bairro') || ') com sinais de perigo: convulsões.'
                        || E'\nResponsável: ' || coalesce(nullif(b.props ->> 'nome_responsavel', ''), '-') || E'.\n\nASC Nampula' END,
       t.at + interval '1 minute'
FROM pgen.ben b JOIN pgen.mw mw ON mw.i = b.mw JOIN pgen.dom d ON d.d = b.d
LEFT JOIN pgen.ben m ON m.i = b.parent AND b.kind = 'referral'
JOIN pgen.wu w ON w.i = CASE b.d WHEN 1 THEN CASE WHEN b.i % 2 = 0 THEN 12 ELSE 14 END WHEN 2 THEN CASE WHEN b.loc < 68 THEN 22 ELSE 23 END ELSE 27 END
CROSS JOIN LATERAL (SELECT b.opened + interval '20 minutes' AS at) t
WHERE b.kind = 'referral' OR (b.kind = 'tb' AND (b.props ->> 'doses_missed_last_30')::int >= 4) OR (b.kind = 'malaria' AND b.i % 9 = 0)
ORDER BY t.at;

CREATE TABLE sms_selfregistrationinvitation (
    id serial PRIMARY KEY, domain varchar(126) NOT NULL, phone_number varchar(126) NOT NULL, token varchar(126) NOT NULL UNIQUE, app_id varchar(126), expiration_date date NOT NULL,
    created_date timestamptz NOT NULL, odk_url varchar(126), phone_type varchar(20), registered_date timestamptz, custom_user_data jsonb NOT NULL
);
INSERT INTO sms_selfregistrationinvitation (domain, phone_number, token, app_id, expiration_date, created_date, odk_url, phone_type, registered_date, custom_user_data)
SELECT d.name, pgen.e164(d.d, pgen.local_phone(d.d, 'srph', j)), fixture_gen.hexn('srtok', j, 32), d.app_id, (x.c + interval '30 days')::date, x.c,
       'https://www.commcarehq.org/a/' || d.name || '/apps/download/' || d.app_id || '/media_profile.ccpr', CASE WHEN j % 5 = 0 THEN 'other' ELSE 'android' END,
       CASE WHEN j % 3 <> 0 THEN x.c + make_interval(hours => 2 + fixture_gen.n('srr', j, 100)) END,
       CASE d.d WHEN 1 THEN jsonb_build_object('cadre', 'Community Volunteer', 'lga', (SELECT name FROM pgen.loc WHERE k = 3 + j % 6))
                WHEN 2 THEN jsonb_build_object('designation', 'ASHA', 'tu', (SELECT name FROM pgen.loc WHERE k = 60 + j % 4))
                ELSE jsonb_build_object('tipo', 'APE', 'distrito', (SELECT name FROM pgen.loc WHERE k = 73 + j % 3)) END
FROM generate_series(1, 26) j JOIN pgen.dom d ON d.d = 1 + (j * 7) % 3 CROSS JOIN LATERAL (SELECT pgen.at('src', j, '2023-05-01', '2024-09-15') AS c) x ORDER BY x.c;

-- ---------------------------------------------------------------------------
-- Integrations: connection settings, repeaters, repeat records and the
-- request log.

CREATE TABLE motech_connectionsettings (
    id serial PRIMARY KEY, domain varchar(126) NOT NULL, name varchar(255) NOT NULL, url varchar(255) NOT NULL, auth_type varchar(16), api_auth_settings varchar(64), username varchar(255),
    password varchar(255) NOT NULL, client_id varchar(255), client_secret varchar(255) NOT NULL, skip_cert_verify boolean NOT NULL, token_url varchar(255), refresh_url varchar(255),
    pass_credentials_in_header boolean, include_client_id boolean, scope text, notify_addresses_str varchar(255) NOT NULL, last_token_aes text NOT NULL, is_deleted boolean NOT NULL
);
INSERT INTO motech_connectionsettings (domain, name, url, auth_type, api_auth_settings, username, password, client_id, client_secret, skip_cert_verify, token_url, refresh_url,
    pass_credentials_in_header, include_client_id, scope, notify_addresses_str, last_token_aes, is_deleted) VALUES
  ('lafiya-uwa-kano', 'NHMIS DHIS2 (national)', 'https://dhis2.nhmis.example.gov.ng/api/', 'basic', NULL, 'lafiya_uwa_integration', '@@pw1@@', NULL, '', false, NULL, NULL, NULL, NULL, NULL,
   'chinedu.okafor@lafiyauwa.example, ibrahim.dankano@lafiyauwa.example', '', false),
  ('lafiya-uwa-kano', 'Kano SMoH DHIS2 tracker (test)', 'https://tracker-test.kanosmoh.example/api/', 'basic', NULL, 'mustapha.ado', '@@pw2@@', NULL, '', true, NULL, NULL, NULL, NULL, NULL,
   'mustapha.ado@kanosmoh.example', '', false),
  ('lafiya-uwa-kano', 'RapidPro (Lafiya Uwa)', 'https://rapidpro.lafiyauwa.example/api/v2/', 'bearer', NULL, '', '@@pw3@@', NULL, '', false, NULL, NULL, NULL, NULL, NULL, 'chinedu.okafor@lafiyauwa.example', '', false),
  ('lafiya-uwa-kano', 'Zapier - referral alerts to supervisors', '@@zap@@', NULL, NULL, NULL, '', NULL, '', false, NULL, NULL, NULL, NULL, NULL, 'zainablawan88@gmail.com', '', false),
  ('ap-tb-adherence', 'Ni-kshay API', 'https://nikshay-api.example.gov.in/api/v1/', 'oauth2_client', NULL, NULL, '', '@@nkcid@@', '@@nkcs@@', false, 'https://nikshay-api.example.gov.in/oauth/token', NULL, true, false,
   'adherence.write patient.read', 'raviteja.chinta@sahayahealth.example, rbansal@dimagi.com', '@@tok5@@', false),
  ('ap-tb-adherence', 'Adherence Google Sheet (Apps Script)', '@@gas@@', NULL, NULL, NULL, '', NULL, '', false, NULL, NULL, NULL, NULL, NULL, 'swathi.k@sahayahealth.example', '', false),
  ('ap-tb-adherence', 'OpenMRS Guntur DTC (retired)', 'https://openmrs.dtcguntur.example/openmrs/ws/rest/v1/', 'basic', NULL, 'admin', '@@pw7@@', NULL, '', true, NULL, NULL, NULL, NULL, NULL, '', '', true),
  ('mz-malaria-nampula', 'SIS-MA (DHIS2)', 'https://sisma.misau.example.gov.mz/api/', 'oauth2_pwd', 'dhis2_auth_settings', 'asc_nampula_api', '@@pw8@@', '@@smcid@@', '@@smcs@@', false,
   'https://sisma.misau.example.gov.mz/uaa/oauth/token', 'https://sisma.misau.example.gov.mz/uaa/oauth/token', true, false, 'ALL', 'fernando.cossa@ascnampula.example, ernesto.macuacua@ascnampula.example', '@@tok8@@', false),
  ('mz-malaria-nampula', 'SIS-MA treino', 'https://sisma-treino.misau.example.gov.mz/api/', 'basic', NULL, 'fernando.cossa', '@@pw9@@', NULL, '', false, NULL, NULL, NULL, NULL, NULL, 'fernando.cossa@ascnampula.example', '', false);
UPDATE motech_connectionsettings SET
  password = CASE WHEN password LIKE '@@%' THEN pgen.aes('cspw', id, 16 + id) ELSE password END,
  client_secret = CASE WHEN client_secret LIKE '@@%' THEN pgen.aes('cscs', id, 40) ELSE client_secret END,
  client_id = CASE client_id WHEN '@@nkcid@@' THEN 'sahaya-commcare-' || pgen.lower('nkcid', id, 8) WHEN '@@smcid@@' THEN 'commcare-ascn' ELSE client_id END,
  last_token_aes = CASE WHEN last_token_aes LIKE '@@%' THEN pgen.aes('cstok', id, 180) ELSE last_token_aes END,
  url = CASE url WHEN '@@zap@@' THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zapa', id, 8) || '/' || pgen.lower('zapb', id, 7) || '/'
                 WHEN '@@gas@@' THEN 'https://script.google.com/macros/s/AKfycb' || translate(pgen.rnd('gas', id, 66), '+/', '-_') || '/exec?key=' || pgen.rnd('gaskey', id, 24) ELSE url END;

CREATE TABLE repeaters_repeater (
    id serial PRIMARY KEY, domain varchar(126) NOT NULL, repeater_id varchar(36) NOT NULL UNIQUE, name varchar(255), format varchar(64), request_method varchar(16) NOT NULL, is_paused boolean NOT NULL,
    next_attempt_at timestamptz, last_attempt_at timestamptz, options jsonb NOT NULL, connection_settings_id integer NOT NULL REFERENCES motech_connectionsettings (id), is_deleted boolean NOT NULL,
    last_modified timestamptz NOT NULL, date_created timestamptz NOT NULL, repeater_type varchar(64) NOT NULL
);
INSERT INTO repeaters_repeater (domain, repeater_id, name, format, request_method, is_paused, next_attempt_at, last_attempt_at, options, connection_settings_id, is_deleted, last_modified, date_created, repeater_type) VALUES
  ('lafiya-uwa-kano', pgen.hex('rep', 1), 'NHMIS tracker: ANC events', 'form_json', 'POST', false, NULL, '2024-09-18 17:52:00+00',
   '{"dhis2_config": {"form_configs": [{"xmlns": "@@x_anc@@", "program_id": "WSGAb5XwJ3Y", "program_stage_id": "edqlbukwRfQ", "org_unit_id": {"form_user_ancestor_location_field": "hmis_uid"}}]}, "dhis2_version": "2.39.4", "include_app_id_param": false}',
   1, false, '2024-05-02 11:10:00+00', '2022-10-04 09:30:00+00', 'Dhis2Repeater'),
  ('lafiya-uwa-kano', pgen.hex('rep', 2), 'RapidPro contacts (mothers)', 'case_json', 'POST', false, NULL, '2024-09-18 16:20:00+00',
   '{"white_listed_case_types": ["mother"], "black_listed_users": [], "include_app_id_param": false}', 3, false, '2023-11-20 13:00:00+00', '2023-04-11 10:00:00+00', 'CaseRepeater'),
  ('lafiya-uwa-kano', pgen.hex('rep', 3), 'Zapier referral alerts', 'form_json', 'POST', false, NULL, '2024-09-15 09:30:00+00',
   '{"white_listed_form_xmlns": ["@@x_ref@@"], "include_app_id_param": false, "user_blocklist": []}', 4, false, '2024-01-30 08:00:00+00', '2024-01-30 08:00:00+00', 'FormRepeater'),
  ('ap-tb-adherence', pgen.hex('rep', 4), 'Ni-kshay adherence push', 'case_json', 'POST', false, '2024-09-18 19:10:00+00', '2024-09-18 18:10:00+00',
   '{"white_listed_case_types": ["tb_patient"], "black_listed_users": [], "include_app_id_param": false}', 5, false, '2024-06-18 05:00:00+00', '2023-07-01 04:30:00+00', 'CaseRepeater'),
  ('ap-tb-adherence', pgen.hex('rep', 5), 'Adherence Google Sheet', 'form_json', 'POST', true, NULL, '2024-08-02 07:45:00+00',
   '{"white_listed_form_xmlns": [], "include_app_id_param": true}', 6, false, '2024-08-02 08:00:00+00', '2023-09-12 10:00:00+00', 'FormRepeater'),
  ('mz-malaria-nampula', pgen.hex('rep', 6), 'SIS-MA: casos de malária comunitária', 'form_json', 'POST', false, NULL, '2024-09-17 22:00:00+00',
   '{"dhis2_config": {"form_configs": [{"xmlns": "@@x_mal@@", "program_id": "MZmalComP01", "org_unit_id": {"form_user_ancestor_location_field": "codigo_sisma"}}]}, "dhis2_version": "2.40.2", "include_app_id_param": false}',
   8, false, '2024-02-21 14:00:00+00', '2022-06-15 09:00:00+00', 'Dhis2Repeater'),
  ('mz-malaria-nampula', pgen.hex('rep', 7), 'SIS-MA treino (teste)', 'form_json', 'POST', true, NULL, '2023-03-01 10:00:00+00', '{}', 9, true, '2023-03-02 10:00:00+00', '2022-06-01 09:00:00+00', 'Dhis2Repeater');
UPDATE repeaters_repeater SET options = replace(replace(replace(options::text,
    '@@x_anc@@', (SELECT fxmlns FROM pgen.ft WHERE kind = 'mother')), '@@x_ref@@', (SELECT xmlns FROM pgen.ft WHERE kind = 'referral')), '@@x_mal@@', (SELECT xmlns FROM pgen.ft WHERE kind = 'malaria'))::jsonb;

-- Payloads sent: ANC visit forms and mothers (Nigeria), TB patients
-- (Andhra Pradesh), malaria case forms (Nampula), referral forms (Zapier).
CREATE TABLE pgen.rr (r int PRIMARY KEY, rep int, payload text, at timestamptz, b int, state int, attempts int);
INSERT INTO pgen.rr
SELECT row_number() OVER (ORDER BY at, payload), rep, payload, at, b, state, attempts FROM (
  SELECT 1 AS rep, fixture_gen.uuid('form', f.f) AS payload, f.received + interval '30 seconds' AS at, f.b, 0 AS state, 0 AS attempts FROM pgen.fm f JOIN pgen.ben b ON b.i = f.b WHERE b.kind = 'mother' AND f.followup
  UNION ALL SELECT 2, fixture_gen.uuid('case', b.i), b.opened + interval '50 seconds', b.i, 0, 0 FROM pgen.ben b WHERE b.kind = 'mother' AND b.opened >= '2023-04-11' AND b.i % 2 = 1
  UNION ALL SELECT 3, fixture_gen.uuid('form', b.i), b.opened + interval '40 seconds', b.i, 0, 0 FROM pgen.ben b WHERE b.kind = 'referral' AND b.opened >= '2024-01-30'
  UNION ALL SELECT 4, fixture_gen.uuid('case', b.i), greatest(b.opened, timestamptz '2023-07-01') + interval '1 minute', b.i, 0, 0 FROM pgen.ben b WHERE b.kind = 'tb'
  UNION ALL SELECT 6, fixture_gen.uuid('form', f.f), f.received + interval '25 seconds', f.b, 0, 0 FROM pgen.fm f JOIN pgen.ben b ON b.i = f.b WHERE b.kind = 'malaria' AND NOT f.followup
) x;
UPDATE pgen.rr SET state = CASE WHEN r % 23 = 5 THEN 2 WHEN r % 31 = 8 THEN 8 WHEN r % 37 = 11 THEN 32 WHEN at > '2024-09-18 17:00:00+00' THEN 1 ELSE 4 END,
  attempts = CASE WHEN r % 23 = 5 THEN 3 WHEN r % 31 = 8 THEN 6 WHEN r % 37 = 11 THEN 1 WHEN at > '2024-09-18 17:00:00+00' THEN 0 WHEN r % 7 = 2 THEN 2 ELSE 1 END;

CREATE TABLE repeaters_repeatrecord (
    id serial PRIMARY KEY, domain varchar(126) NOT NULL, couch_id varchar(36), payload_id varchar(255) NOT NULL, repeater_id integer NOT NULL REFERENCES repeaters_repeater (id), state smallint NOT NULL,
    registered_at timestamptz NOT NULL, next_check timestamptz, max_possible_attempts smallint NOT NULL
);
INSERT INTO repeaters_repeatrecord (id, domain, couch_id, payload_id, repeater_id, state, registered_at, next_check, max_possible_attempts)
SELECT rr.r, rp.domain, CASE WHEN rr.at < '2023-06-01' THEN pgen.hex('rrc', rr.r) END, rr.payload, rr.rep, rr.state, rr.at,
       CASE WHEN rr.state IN (1, 2) THEN rr.at + interval '1 hour' END, 6
FROM pgen.rr rr JOIN repeaters_repeater rp ON rp.id = rr.rep ORDER BY rr.r;

CREATE TABLE repeaters_repeatrecordattempt (
    id serial PRIMARY KEY, repeat_record_id integer NOT NULL REFERENCES repeaters_repeatrecord (id), state smallint NOT NULL, message text NOT NULL, traceback text NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO repeaters_repeatrecordattempt (repeat_record_id, state, message, traceback, created_at)
SELECT rr.r, CASE WHEN a.n < rr.attempts OR rr.state = 2 THEN 2 ELSE rr.state END,
       CASE WHEN (a.n < rr.attempts OR rr.state = 2) AND rr.rep IN (1, 6) AND a.n % 2 = 1 THEN E'409: Conflict\n{"httpStatus":"Conflict","httpStatusCode":409,"status":"ERROR","message":"An error occurred, please check import summary.","response":{"importSummaries":[{"status":"ERROR","description":"Attribute value `'
                   || coalesce(b.phone, b.full_name) || '` for attribute Phone number is not unique for this program","conflicts":[]}]}}'
            WHEN a.n < rr.attempts OR rr.state = 2 THEN fixture_gen.pick(ARRAY[E'502: Bad Gateway\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
                   'HTTPSConnectionPool(host=''' || split_part(replace(cs.url, 'https://', ''), '/', 1) || ''', port=443): Read timed out. (read timeout=60)',
                   E'401: Unauthorized\n{"httpStatus":"Unauthorized","httpStatusCode":401,"status":"ERROR","message":"Unauthorized"}'], 'rram', rr.r * 10 + a.n)
            WHEN rr.state = 32 THEN 'Unable to generate payload: case has no value for "phone_number"'
            WHEN rr.state = 8 THEN 'Cancelled after 6 attempts'
            WHEN rr.rep = 2 THEN E'200: OK\n{"uuid":"' || fixture_gen.uuid('rpc', rr.r) || '","name":"' || b.full_name || '","urns":["tel:+' || pgen.e164(1, b.phone) || '"],"groups":[{"name":"Pregnant women"}],"language":"hau"}'
            WHEN rr.rep = 4 THEN E'200: OK\n{"status":"success","nikshayId":"' || b.ext || '","message":"Adherence updated"}'
            WHEN rr.rep = 3 THEN E'200: OK\n{"attempt":"' || fixture_gen.uuid('zat', rr.r) || '","id":"' || fixture_gen.uuid('zid', rr.r) || '","request_id":"' || pgen.rnd('zrq', rr.r, 16) || '","status":"success"}'
            ELSE E'200: OK\n{"httpStatus":"OK","httpStatusCode":200,"status":"OK","message":"Import was successful.","response":{"responseType":"ImportSummaries","imported":1,"updated":0,"ignored":0,"deleted":0}}' END,
       CASE WHEN (a.n < rr.attempts OR rr.state = 2) AND rr.r % 2 = 0 THEN E'Traceback (most recent call last):\n  File "/home/cchq/www/production/releases/2024-09-18_20.13/corehq/motech/repeaters/models.py", line 1130, in fire\n    result = self.repeater.fire_for_record(self)\n  File "/home/cchq/www/production/releases/2024-09-18_20.13/corehq/motech/requests.py", line 179, in send_request\n    response = self.session.request(method, url, **kwargs)\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool: Read timed out. (read timeout=60)'
            ELSE '' END,
       rr.at + make_interval(mins => a.n * 60 + fixture_gen.n('rra', rr.r, 20))
FROM pgen.rr rr JOIN pgen.ben b ON b.i = rr.b JOIN repeaters_repeater rp ON rp.id = rr.rep JOIN motech_connectionsettings cs ON cs.id = rp.connection_settings_id
CROSS JOIN LATERAL generate_series(0, greatest(rr.attempts - 1, 0)) a(n)
WHERE rr.attempts > 0 ORDER BY 5, 1;

-- Every attempt of three in four is logged, with the payload as sent; the
-- DHIS2 servers answer with session cookies; lookups search trackers by phone.
CREATE TABLE motech_requestlog (
    id serial PRIMARY KEY, domain varchar(126) NOT NULL, log_level integer, timestamp timestamptz NOT NULL, payload_id varchar(126), request_method varchar(12) NOT NULL, request_url varchar(255) NOT NULL,
    request_headers jsonb NOT NULL, request_params jsonb NOT NULL, request_body text, request_error text, response_status integer, response_headers jsonb, response_body text, duration integer
);
INSERT INTO motech_requestlog (domain, log_level, timestamp, payload_id, request_method, request_url, request_headers, request_params, request_body, request_error, response_status, response_headers,
    response_body, duration)
SELECT domain, log_level, ts, payload_id, method, url, headers, params, body, err, status, rheaders, rbody, duration FROM (
  SELECT rp.domain, CASE WHEN x.status BETWEEN 200 AND 299 THEN 20 ELSE 40 END AS log_level, a.created_at AS ts, rr.payload AS payload_id, 'POST' AS method,
         cs.url || CASE rp.id WHEN 1 THEN 'events' WHEN 6 THEN 'events' WHEN 2 THEN 'contacts.json' WHEN 4 THEN 'adherence' ELSE '' END AS url,
         jsonb_build_object('Content-Type', 'application/json', 'Accept', 'application/json') AS headers, CASE WHEN rp.id IN (1, 6) THEN jsonb_build_object('importStrategy', 'CREATE_AND_UPDATE') ELSE '{}'::jsonb END AS params,
         CASE rp.id
           WHEN 1 THEN jsonb_build_object('events', jsonb_build_array(jsonb_build_object('program', 'WSGAb5XwJ3Y', 'programStage', 'edqlbukwRfQ', 'orgUnit', (SELECT ext FROM pgen.loc WHERE k = (SELECT parent FROM pgen.loc WHERE k = (SELECT parent FROM pgen.loc WHERE k = b.loc))),
                  'eventDate', to_char(a.created_at, 'YYYY-MM-DD'), 'status', 'COMPLETED', 'dataValues', jsonb_build_array(jsonb_build_object('dataElement', 'qrur9Dvnyt5', 'value', b.props ->> 'anc_visits_completed'),
                  jsonb_build_object('dataElement', 'oZg33kd9taw', 'value', b.props ->> 'hiv_status'), jsonb_build_object('dataElement', 'vV9UWAZohSf', 'value', b.props ->> 'age')))))::text
           WHEN 2 THEN jsonb_build_object('name', b.full_name, 'language', 'hau', 'urns', jsonb_build_array('tel:+' || pgen.e164(1, b.phone)), 'groups', jsonb_build_array('Pregnant women'),
                  'fields', jsonb_build_object('edd', b.props ->> 'edd', 'settlement', b.props ->> 'settlement', 'husband', b.props ->> 'husband_name', 'commcare_case_id', rr.payload))::text
           WHEN 3 THEN jsonb_build_object('form', jsonb_build_object('@name', 'Refer Mother', 'mother_name', m.full_name, 'phone', m.phone, 'reason', b.props ->> 'referral_reason', 'referred_to', b.props ->> 'referred_to',
                  'notes', b.props ->> 'notes', 'meta', jsonb_build_object('username', split_part(w.username, '@', 1), 'userID', w.cid)), 'received_on', to_char(b.opened, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'domain', rp.domain)::text
           WHEN 4 THEN jsonb_build_object('nikshayId', b.ext, 'patientName', b.full_name, 'mobile', b.phone, 'adherencePercent', (b.props ->> 'adherence_percent')::int, 'dosesMissed', (b.props ->> 'doses_missed_last_30')::int,
                  'supporterMobile', w.phone, 'phiId', (SELECT ext FROM pgen.loc WHERE k = b.loc))::text
           ELSE jsonb_build_object('events', jsonb_build_array(jsonb_build_object('program', 'MZmalComP01', 'orgUnit', (SELECT ext FROM pgen.loc WHERE k = (SELECT parent FROM pgen.loc WHERE k = b.loc)), 'eventDate', to_char(b.opened, 'YYYY-MM-DD'),
                  'status', 'COMPLETED', 'dataValues', jsonb_build_array(jsonb_build_object('dataElement', 'mzIdadeAnos', 'value', b.props ->> 'idade_anos'), jsonb_build_object('dataElement', 'mzSexo0001', 'value', b.props ->> 'sexo'),
                  jsonb_build_object('dataElement', 'mzResTDR001', 'value', b.props ->> 'resultado_tdr'), jsonb_build_object('dataElement', 'mzTratAL001', 'value', b.props ->> 'tratamento')))))::text END AS body,
         CASE WHEN a.message LIKE 'HTTPSConnectionPool%' THEN a.message END AS err, x.status,
         CASE WHEN x.status IS NULL THEN NULL WHEN rp.id IN (1, 6) THEN jsonb_build_object('Server', 'nginx', 'Content-Type', 'application/json;charset=UTF-8', 'Set-Cookie',
                 'SESSION=' || translate(fixture_gen.b64('dses', a.id, 36), '+/=', '-_.') || '; Path=/; Secure; HttpOnly; SameSite=Lax', 'X-Content-Type-Options', 'nosniff')
              ELSE jsonb_build_object('Content-Type', 'application/json', 'Date', to_char(a.created_at AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT') END AS rheaders,
         CASE WHEN x.status IS NULL THEN NULL ELSE substr(a.message, position(E'\n' IN a.message) + 1) END AS rbody, 120 + fixture_gen.n('rld', a.id, 4000) AS duration
  FROM repeaters_repeatrecordattempt a JOIN pgen.rr rr ON rr.r = a.repeat_record_id JOIN pgen.ben b ON b.i = rr.b JOIN pgen.mw w ON w.i = b.mw
  JOIN repeaters_repeater rp ON rp.id = rr.rep JOIN motech_connectionsettings cs ON cs.id = rp.connection_settings_id
  LEFT JOIN pgen.ben m ON m.i = b.parent AND b.kind = 'referral'
  CROSS JOIN LATERAL (SELECT CASE WHEN a.message ~ '^[0-9]{3}: ' THEN substr(a.message, 1, 3)::int END AS status) x
  WHERE a.id % 4 <> 0 AND a.state <> 32 AND a.message NOT LIKE 'Cancelled%' AND a.message NOT LIKE 'Unable%'
  UNION ALL
  SELECT 'lafiya-uwa-kano', 20, pgen.at('rlq', b.i, greatest(b.opened, timestamptz '2024-02-01'), timestamptz '2024-09-18 12:00:00+00'), fixture_gen.uuid('case', b.i), 'GET',
         'https://dhis2.nhmis.example.gov.ng/api/trackedEntityInstances', jsonb_build_object('Accept', 'application/json'),
         jsonb_build_object('ou', 'dGx0TkSJ1uE', 'ouMode', 'DESCENDANTS', 'program', 'WSGAb5XwJ3Y', 'filter', 'dEhoAFQf5nC:EQ:' || b.phone),
         NULL, NULL, 200, jsonb_build_object('Server', 'nginx', 'Content-Type', 'application/json;charset=UTF-8', 'Set-Cookie', 'SESSION=' || translate(fixture_gen.b64('dsesq', b.i, 36), '+/=', '-_.') || '; Path=/; Secure; HttpOnly; SameSite=Lax'),
         jsonb_build_object('trackedEntityInstances', jsonb_build_array(jsonb_build_object('trackedEntityInstance', fixture_gen.chars('tei', b.i, 11), 'orgUnit', 'dGx0TkSJ1uE', 'attributes', jsonb_build_array(
           jsonb_build_object('attribute', 'w75KJ2mc4zz', 'displayName', 'First name', 'value', b.first), jsonb_build_object('attribute', 'zDhUuAYrxNC', 'displayName', 'Last name', 'value', b.last),
           jsonb_build_object('attribute', 'dEhoAFQf5nC', 'displayName', 'Phone number', 'value', b.phone), jsonb_build_object('attribute', 'iESIqZ0R0R0', 'displayName', 'Date of birth', 'value', b.dob::text)))))::text,
         300 + fixture_gen.n('rlqd', b.i, 3000)
  FROM pgen.ben b WHERE b.kind = 'mother' AND b.i % 5 = 2
) t ORDER BY ts;

-- ---------------------------------------------------------------------------
-- Billing: accounts of the three NGOs and of other customers on the server.

CREATE TABLE pgen.acct (a int PRIMARY KEY, name text, creator text, cdomain text, entry text, method text, autopay text, first text, last text, emails text[], phone text, company text,
  line1 text, line2 text, city text, state text, postal text, country text, contact text, plan text, prepay text, sub_domains text[], stype text, probono text, funding text);
INSERT INTO pgen.acct VALUES
  (1, 'Lafiya Uwa Initiative', 'hadiza.abdulkadir@lafiyauwa.example', 'lafiya-uwa-kano', 'CONTRACTED', 'WIRE', NULL, 'Funmilayo', 'Adeyemi', ARRAY['f.adeyemi@lafiyauwa.example', 'accounts@lafiyauwa.example'],
   '+234 803 451 2290', 'Lafiya Uwa Initiative', 'No. 14 Zoo Road', 'Nassarawa GRA', 'Kano', 'Kano', '700233', 'NG', 'nkhumalo@dimagi.com', 'YEARLY', 'POSTPAY', ARRAY['lafiya-uwa-kano', 'lafiya-uwa-sandbox'], 'IMPLEMENTATION', 'DISCOUNTED', 'EXTERNAL'),
  (2, 'Sahaya Health Foundation', 'srinivas.y@sahayahealth.example', 'ap-tb-adherence', 'CONTRACTED', 'WIRE', NULL, 'Srinivas', 'Yarlagadda', ARRAY['srinivas.y@sahayahealth.example', 'finance@sahayahealth.example'],
   '+91 866 247 3310', 'Sahaya Health Foundation', 'D.No 40-1-52, 2nd Floor', 'MG Road, Labbipet', 'Vijayawada', 'Andhra Pradesh', '520010', 'IN', 'pdeshmukh@dimagi.com', 'YEARLY', 'PREPAY', ARRAY['ap-tb-adherence'], 'IMPLEMENTATION', 'NO', 'CLIENT'),
  (3, 'Associação Saúde Comunitária de Nampula', 'celeste.namashulua@ascnampula.example', 'mz-malaria-nampula', 'CONTRACTED', 'WIRE', NULL, 'Celeste', 'Namashulua', ARRAY['celeste.namashulua@ascnampula.example'],
   '+258 26 217 405', 'Associação Saúde Comunitária de Nampula', 'Avenida Eduardo Mondlane, 512', 'Bairro Central', 'Nampula', 'Nampula', '3100', 'MZ', 'tmoyo@dimagi.com', 'YEARLY', 'POSTPAY', ARRAY['mz-malaria-nampula'], 'IMPLEMENTATION', 'FULL_PRO_BONO', 'EXTERNAL'),
  (4, 'Child Health Fund', 'oliver.bennett@childhealthfund.example', NULL, 'CONTRACTED', 'WIRE', NULL, 'Emily', 'Carter', ARRAY['emily.carter@childhealthfund.example', 'ap@childhealthfund.example'],
   '+44 20 7946 0321', 'Child Health Fund', '3rd Floor, 21 Great Sutton Street', NULL, 'London', NULL, 'EC1V 0DS', 'GB', 'rthornton@dimagi.com', 'QUARTERLY', 'POSTPAY', ARRAY[]::text[], 'PRODUCT', 'NO', 'CLIENT'),
  (5, 'Account for Project kisumu-chv-referrals', 'achieng.otieno@gmail.com', 'kisumu-chv-referrals', 'SELF_STARTED', 'CC_AUTO', 'achieng.otieno@gmail.com', 'Achieng', 'Otieno', ARRAY['achieng.otieno@gmail.com'],
   '+254 722 418 903', 'Amani Community Health', 'Off Oginga Odinga Street, Milimani', 'P.O. Box 2214', 'Kisumu', 'Kisumu County', '40100', 'KE', NULL, 'MONTHLY', 'POSTPAY', ARRAY['kisumu-chv-referrals'], 'PRODUCT', 'NO', 'CLIENT'),
  (6, 'Fundación Salud Rural Alta Verapaz', 'mcaal@saludrural-av.example', 'av-nutricion', 'CONTRACTED', 'ACH', NULL, 'María José', 'Caal Xol', ARRAY['mcaal@saludrural-av.example', 'contabilidad@saludrural-av.example'],
   '+502 7952 1184', 'Fundación Salud Rural Alta Verapaz', '3a Calle 4-17, Zona 1', NULL, 'Cobán', 'Alta Verapaz', '16001', 'GT', 'jfeldman@dimagi.com', 'YEARLY', 'POSTPAY', ARRAY['av-nutricion'], 'IMPLEMENTATION', 'NO', 'EXTERNAL'),
  (7, 'Account for Project mopti-smn', 'a.traore@santemopti.example', 'mopti-smn', 'SELF_STARTED', 'CC_ONE', 'a.traore@santemopti.example', 'Aminata', 'Traoré', ARRAY['a.traore@santemopti.example'],
   '+223 76 41 22 80', 'Projet Santé Maternelle Mopti', 'Rue 412, Porte 37', 'Quartier Komoguel I', 'Mopti', 'Région de Mopti', NULL, 'ML', NULL, 'MONTHLY', 'POSTPAY', ARRAY['mopti-smn'], 'PRODUCT', 'NO', 'CLIENT'),
  (8, 'Account for Project thesis-mhealth-ucl', 'j.whitfield.22@ucl.example', 'thesis-mhealth-ucl', 'SELF_STARTED', 'CC_AUTO', 'j.whitfield.22@ucl.example', 'Josephine', 'Whitfield', ARRAY['josie.whitfield@gmail.com'],
   '+44 7700 900 418', '', 'Flat 3, 27 Cromer Street', NULL, 'London', NULL, 'WC1H 8LS', 'GB', NULL, 'MONTHLY', 'POSTPAY', ARRAY['thesis-mhealth-ucl'], 'PRODUCT', 'NO', 'CLIENT'),
  (9, 'Dr. Kofi Asante (consultant)', 'kofi.asante.md@gmail.com', 'ashanti-ncd-screening', 'SELF_STARTED', 'CC_AUTO', 'kofi.asante.md@gmail.com', 'Kofi', 'Asante', ARRAY['kofi.asante.md@gmail.com'],
   '+233 24 417 2295', 'Kofi Asante Health Consulting', 'House No. 12, Ahodwo Roundabout Road', NULL, 'Kumasi', 'Ashanti', 'AK-039-5028', 'GH', NULL, 'MONTHLY', 'POSTPAY', ARRAY['ashanti-ncd-screening'], 'PRODUCT', 'NO', 'CLIENT'),
  (10, 'Nepal Nutrition Collaborative', 'sita.gurung@nnc-nepal.example', 'nnc-karnali', 'CONTRACTED', 'WIRE', NULL, 'Sita', 'Gurung', ARRAY['sita.gurung@nnc-nepal.example', 'admin@nnc-nepal.example'],
   '+977 1 5521 843', 'Nepal Nutrition Collaborative', 'Jhamsikhel Marg 12', 'Lalitpur-3', 'Lalitpur', 'Bagmati', '44700', 'NP', 'rbansal@dimagi.com', 'YEARLY', 'PREPAY', ARRAY['nnc-karnali', 'nnc-training'], 'IMPLEMENTATION', 'DISCOUNTED', 'EXTERNAL'),
  (11, 'Account for Project bukavu-vih', 'jp.mukendi@yahoo.fr', 'bukavu-vih', 'SELF_STARTED', 'CC_ONE', 'jp.mukendi@yahoo.fr', 'Jean-Paul', 'Mukendi', ARRAY['jp.mukendi@yahoo.fr'],
   '+243 997 214 550', 'Centre de Santé Espoir', 'Avenue Patrice Lumumba 88', 'Commune d''Ibanda', 'Bukavu', 'Sud-Kivu', NULL, 'CD', NULL, 'MONTHLY', 'POSTPAY', ARRAY['bukavu-vih'], 'PRODUCT', 'NO', 'CLIENT'),
  (12, 'Dimagi Internal', 'jfeldman@dimagi.com', NULL, 'NOT_SET', 'NONE', NULL, 'Jacob', 'Feldman', ARRAY['billing@dimagi.com'], '+1 617 555 0107', 'Dimagi, Inc.', '585 Massachusetts Avenue', 'Suite 4', 'Cambridge', 'MA', '02139', 'US', NULL, 'MONTHLY', 'NOT_SET',
   ARRAY['demo-mnch', 'support-repro'], 'INTERNAL', 'FULL_PRO_BONO', 'DIMAGI'),
  (13, 'Account for Project chw-dashboard-pilot', 'lwazi.ndlovu@outlook.com', 'chw-dashboard-pilot', 'SELF_STARTED', 'CC_AUTO', 'lwazi.ndlovu@outlook.com', 'Lwazi', 'Ndlovu', ARRAY['lwazi.ndlovu@outlook.com'],
   '+27 83 412 7719', '', '14 Jan Smuts Avenue', 'Parktown', 'Johannesburg', 'Gauteng', '2193', 'ZA', NULL, 'MONTHLY', 'POSTPAY', ARRAY['chw-dashboard-pilot'], 'PRODUCT', 'NO', 'CLIENT'),
  (14, 'Salud Comunitaria Chiapas A.C.', 'direccion@saludchiapas.example', 'chiapas-parteras', 'CONTRACTED', 'ACH', NULL, 'Rosalinda', 'Gómez Pérez', ARRAY['direccion@saludchiapas.example', 'rosalinda.gomez@saludchiapas.example'],
   '+52 967 678 2210', 'Salud Comunitaria Chiapas A.C.', 'Calle Real de Guadalupe 45', 'Barrio de Guadalupe', 'San Cristóbal de las Casas', 'Chiapas', '29230', 'MX', 'jfeldman@dimagi.com', 'YEARLY', 'POSTPAY', ARRAY['chiapas-parteras'], 'IMPLEMENTATION', 'NO', 'CLIENT'),
  (15, 'Account for Project dhaka-urban-epi', 'tanvir.hasan@gmail.com', 'dhaka-urban-epi', 'SELF_STARTED', 'CC_AUTO', 'tanvir.hasan@gmail.com', 'Tanvir', 'Hasan', ARRAY['tanvir.hasan@gmail.com', 'epi.team@dhakahealth.example'],
   '+880 1711 452 908', 'Dhaka Urban Health Trust', 'House 27, Road 11, Block F', 'Banani', 'Dhaka', 'Dhaka', '1213', 'BD', NULL, 'MONTHLY', 'POSTPAY', ARRAY['dhaka-urban-epi'], 'PRODUCT', 'NO', 'CLIENT'),
  (16, 'Account for Project lusaka-mch-ivr', 'chanda.mwila@zambiahealth.example', 'lusaka-mch-ivr', 'SELF_STARTED', 'CC_ONE', 'chanda.mwila@zambiahealth.example', 'Chanda', 'Mwila', ARRAY['chanda.mwila@zambiahealth.example'],
   '+260 97 741 2288', 'Zambia Community Health Network', 'Plot 4012, Great East Road', NULL, 'Lusaka', 'Lusaka Province', '10101', 'ZM', NULL, 'MONTHLY', 'POSTPAY', ARRAY['lusaka-mch-ivr'], 'PRODUCT', 'NO', 'CLIENT'),
  (17, 'Haiti Santé Communautaire', 'r.joseph@hsc-haiti.example', 'hsc-artibonite', 'CONTRACTED', 'WIRE', NULL, 'Rose-Marie', 'Joseph', ARRAY['r.joseph@hsc-haiti.example'],
   '+509 3712 4405', 'Haiti Santé Communautaire', '12, Rue Geffrard', NULL, 'Saint-Marc', 'Artibonite', 'HT4110', 'HT', 'rthornton@dimagi.com', 'QUARTERLY', 'POSTPAY', ARRAY['hsc-artibonite'], 'IMPLEMENTATION', 'DISCOUNTED', 'EXTERNAL'),
  (18, 'Account for Project kano-mnch-eval', 'wanjiru.kamau@gmail.com', 'kano-mnch-eval', 'SELF_STARTED', 'CC_AUTO', 'wanjiru.kamau@gmail.com', 'Wanjiru', 'Kamau', ARRAY['wanjiru.kamau@gmail.com'],
   '+254 711 093 552', '', 'Apartment 6B, Riverside Drive', 'Westlands', 'Nairobi', 'Nairobi County', '00100', 'KE', NULL, 'MONTHLY', 'POSTPAY', ARRAY['kano-mnch-eval'], 'PRODUCT', 'NO', 'CLIENT');

CREATE TABLE accounting_billingaccount (
    id serial PRIMARY KEY, name varchar(200) NOT NULL UNIQUE, salesforce_account_id varchar(80), created_by varchar(80), created_by_domain varchar(256), date_created timestamptz NOT NULL, is_active boolean NOT NULL,
    is_customer_billing_account boolean NOT NULL, enterprise_admin_emails varchar(254)[] NOT NULL, enterprise_restricted_signup_domains varchar(128)[] NOT NULL, invoicing_plan varchar(25) NOT NULL,
    dimagi_contact varchar(80), entry_point varchar(25) NOT NULL, auto_pay_user varchar(80), last_modified timestamptz NOT NULL, last_payment_method varchar(25) NOT NULL, pre_or_post_pay varchar(25) NOT NULL,
    restrict_domain_creation boolean NOT NULL, currency_id integer NOT NULL
);
INSERT INTO accounting_billingaccount
SELECT a.a, a.name, CASE WHEN a.entry = 'CONTRACTED' THEN '001' || fixture_gen.chars('sfid', a.a, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END, a.creator, a.cdomain,
       pgen.at('bac', a.a, '2019-06-01', '2024-05-01'), a.a <> 11, a.a IN (4, 10), CASE WHEN a.a = 4 THEN ARRAY['oliver.bennett@childhealthfund.example', 'emily.carter@childhealthfund.example']
            WHEN a.a = 10 THEN ARRAY['sita.gurung@nnc-nepal.example'] ELSE ARRAY[]::varchar[] END,
       CASE WHEN a.a = 10 THEN ARRAY['nnc-nepal.example'] ELSE ARRAY[]::varchar[] END, a.plan, a.contact, a.entry, a.autopay, pgen.at('bam', a.a, '2024-01-01', '2024-09-15'), a.method, a.prepay,
       a.a = 10, CASE a.country WHEN 'GB' THEN 2 WHEN 'IN' THEN 3 ELSE 1 END
FROM pgen.acct a ORDER BY a.a;

CREATE TABLE accounting_billingcontactinfo (
    account_id integer PRIMARY KEY REFERENCES accounting_billingaccount (id), first_name varchar(50), last_name varchar(50), email_list jsonb NOT NULL, phone_number varchar(20), company_name varchar(50),
    first_line varchar(50) NOT NULL, second_line varchar(50), city varchar(50) NOT NULL, state_province_region varchar(50) NOT NULL, postal_code varchar(20), country varchar(50) NOT NULL,
    last_modified timestamptz NOT NULL
);
INSERT INTO accounting_billingcontactinfo
SELECT a.a, a.first, a.last, to_jsonb(a.emails), a.phone, nullif(a.company, ''), a.line1, a.line2, a.city, coalesce(a.state, ''), a.postal, a.country, pgen.at('bcm', a.a, '2023-01-01', '2024-09-01')
FROM pgen.acct a ORDER BY a.a;

CREATE TABLE accounting_subscription (
    id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounting_billingaccount (id), plan_version_id integer NOT NULL, subscriber_id integer NOT NULL, salesforce_contract_id varchar(80),
    date_start date NOT NULL, date_end date, date_created timestamptz NOT NULL, is_active boolean NOT NULL, do_not_invoice boolean NOT NULL, no_invoice_reason varchar(256), is_trial boolean NOT NULL,
    service_type varchar(25) NOT NULL, pro_bono_status varchar(25) NOT NULL, funding_source varchar(25) NOT NULL
);
INSERT INTO accounting_subscription (account_id, plan_version_id, subscriber_id, salesforce_contract_id, date_start, date_end, date_created, is_active, do_not_invoice, no_invoice_reason, is_trial, service_type,
    pro_bono_status, funding_source)
SELECT a.a, CASE WHEN a.stype IN ('IMPLEMENTATION', 'INTERNAL') THEN 48 + a.a % 3 ELSE 41 + a.a % 4 END, 100 + a.a * 3 + s.o,
       CASE WHEN a.entry = 'CONTRACTED' THEN '800' || fixture_gen.chars('sfct', a.a * 10 + s.o, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       x.ds, CASE WHEN a.a = 11 THEN date '2024-02-29' WHEN a.entry = 'CONTRACTED' THEN (x.ds + interval '1 year' - interval '1 day')::date END, x.ds - interval '3 days',
       a.a <> 11 AND x.ds <= '2024-09-18', a.probono = 'FULL_PRO_BONO' OR s.dom LIKE '%sandbox' OR s.dom LIKE '%training',
       CASE WHEN a.a = 3 THEN 'Pro bono 2024 per Rebecca Thornton: Child Health Fund pays implementation directly, see email from Oliver Bennett 12 Jan'
            WHEN a.a = 12 THEN 'Internal Dimagi project'
            WHEN s.dom LIKE '%sandbox' OR s.dom LIKE '%training' THEN 'Sandbox/training space, not invoiced per contract'
            WHEN a.probono = 'FULL_PRO_BONO' THEN 'Pro bono' END,
       a.a IN (8, 13) AND s.o = 1, a.stype, a.probono, a.funding
FROM pgen.acct a CROSS JOIN LATERAL unnest(CASE WHEN cardinality(a.sub_domains) = 0 THEN ARRAY['chf-enterprise'] ELSE a.sub_domains END) WITH ORDINALITY s(dom, o)
CROSS JOIN LATERAL (SELECT (date '2024-01-01' + make_interval(months => fixture_gen.n('sds', a.a * 10 + s.o, 9)))::date AS ds) x
ORDER BY a.a, s.o;

CREATE TABLE accounting_invoice (
    id serial PRIMARY KEY, subscription_id integer NOT NULL REFERENCES accounting_subscription (id), tax_rate numeric(10, 4) NOT NULL, balance numeric(10, 4) NOT NULL, date_due date, date_paid date,
    date_created timestamptz NOT NULL, date_received date, date_start date NOT NULL, date_end date NOT NULL, is_hidden boolean NOT NULL, is_hidden_to_ops boolean NOT NULL, last_modified timestamptz NOT NULL
);
INSERT INTO accounting_invoice (subscription_id, tax_rate, balance, date_due, date_paid, date_created, date_received, date_start, date_end, is_hidden, is_hidden_to_ops, last_modified)
SELECT s.id, CASE WHEN a.country = 'GB' THEN 0.2 ELSE 0 END, CASE WHEN m.ms < date '2024-08-01' OR s.id % 4 <> 1 THEN 0 ELSE fixture_gen.pick(ARRAY['300.0000', '600.0000', '1200.0000', '150.0000'], 'inb', s.id)::numeric END,
       (m.ms + interval '1 month' + interval '30 days')::date, CASE WHEN NOT (m.ms >= date '2024-08-01' AND s.id % 4 = 1) THEN (m.ms + interval '1 month' + make_interval(days => 5 + fixture_gen.n('inp', s.id * 100 + m.k, 20)))::date END,
       m.ms + interval '1 month' + interval '2 hours', CASE WHEN a.method IN ('WIRE', 'ACH') AND NOT (m.ms >= date '2024-08-01' AND s.id % 4 = 1) THEN (m.ms + interval '1 month' + make_interval(days => 6 + fixture_gen.n('inr', s.id * 100 + m.k, 20)))::date END,
       m.ms, (m.ms + interval '1 month' - interval '1 day')::date, s.do_not_invoice, false, m.ms + interval '1 month' + make_interval(days => 3 + fixture_gen.n('inl', s.id * 100 + m.k, 30))
FROM accounting_subscription s JOIN pgen.acct a ON a.a = s.account_id
CROSS JOIN LATERAL (SELECT k, (date_trunc('month', s.date_start) + make_interval(months => k))::date AS ms FROM generate_series(0, 8) k) m
WHERE m.ms + interval '1 month' <= date '2024-09-18' AND (a.plan = 'MONTHLY' OR m.k % 3 = 0)
ORDER BY m.ms, s.id;

CREATE TABLE accounting_paymentmethod (
    id serial PRIMARY KEY, web_user varchar(80) NOT NULL, method_type varchar(50) NOT NULL, customer_id varchar(255), date_created timestamptz NOT NULL, last_modified timestamptz NOT NULL
);
INSERT INTO accounting_paymentmethod (web_user, method_type, customer_id, date_created, last_modified)
SELECT a.autopay, 'Stripe', 'cus_' || fixture_gen.chars('cus', a.a, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), pgen.at('pmc', a.a, '2021-01-01', '2024-03-01'), pgen.at('pmm', a.a, '2024-03-01', '2024-09-10')
FROM pgen.acct a WHERE a.autopay IS NOT NULL
UNION ALL
SELECT w.email, 'Stripe', 'cus_' || fixture_gen.chars('cusw', w.i, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), pgen.at('pmcw', w.i, '2020-01-01', '2023-06-01'), pgen.at('pmmw', w.i, '2023-06-01', '2024-09-10')
FROM pgen.wu w WHERE w.i IN (8, 11, 17, 25, 31)
ORDER BY 4;

-- ---------------------------------------------------------------------------
-- Case rules, sign-ups, deploys, device logs, access logs, staff entries.

CREATE TABLE data_interfaces_automaticupdaterule (
    id serial PRIMARY KEY, domain varchar(126) NOT NULL, name varchar(126) NOT NULL, case_type varchar(126) NOT NULL, active boolean NOT NULL, deleted boolean NOT NULL, deleted_on timestamptz,
    last_run timestamptz, filter_on_server_modified boolean NOT NULL, server_modified_boundary integer, workflow varchar(126) NOT NULL, locked_for_editing boolean NOT NULL, upstream_id varchar(32)
);
INSERT INTO data_interfaces_automaticupdaterule (domain, name, case_type, active, deleted, deleted_on, last_run, filter_on_server_modified, server_modified_boundary, workflow, locked_for_editing, upstream_id) VALUES
  ('lafiya-uwa-kano', 'Close mothers 60 days after EDD', 'mother', true, false, NULL, '2024-09-18 00:12:00+00', true, 30, 'CASE_UPDATE', false, NULL),
  ('lafiya-uwa-kano', 'Close referrals after 14 days', 'referral', true, false, NULL, '2024-09-18 00:12:00+00', true, 14, 'CASE_UPDATE', false, NULL),
  ('lafiya-uwa-kano', 'ANC reminder 2 days before', 'mother', true, false, NULL, '2024-09-18 06:00:00+00', false, NULL, 'SCHEDULING', false, NULL),
  ('lafiya-uwa-kano', 'Immunisation reminder (child)', 'child', true, false, NULL, '2024-09-18 06:00:00+00', false, NULL, 'SCHEDULING', false, NULL),
  ('lafiya-uwa-kano', 'Danger sign broadcast (test)', 'mother', false, true, '2023-05-02 10:00:00+00', '2023-04-30 06:00:00+00', false, NULL, 'SCHEDULING', false, NULL),
  ('ap-tb-adherence', 'Daily dose reminder 7am', 'tb_patient', true, false, NULL, '2024-09-18 01:30:00+00', false, NULL, 'SCHEDULING', false, NULL),
  ('ap-tb-adherence', 'Flag patients with 3+ missed doses', 'tb_patient', true, false, NULL, '2024-09-18 00:40:00+00', true, 7, 'CASE_UPDATE', false, NULL),
  ('ap-tb-adherence', 'Close contacts screened negative', 'contact', true, false, NULL, '2024-09-18 00:40:00+00', true, 30, 'CASE_UPDATE', true, NULL),
  ('ap-tb-adherence', 'Deduplicate patients by Ni-kshay id', 'tb_patient', true, false, NULL, '2024-09-17 22:00:00+00', false, NULL, 'DEDUPLICATE', false, NULL),
  ('mz-malaria-nampula', 'Seguimento dia 3', 'caso_malaria', true, false, NULL, '2024-09-18 05:00:00+00', false, NULL, 'SCHEDULING', false, NULL),
  ('mz-malaria-nampula', 'Fechar casos após 7 dias', 'caso_malaria', true, false, NULL, '2024-09-18 00:05:00+00', true, 7, 'CASE_UPDATE', false, NULL),
  ('mz-malaria-nampula', 'Regra antiga (APE transferido)', 'agregado', false, false, NULL, '2024-02-11 00:05:00+00', true, 60, 'CASE_UPDATE', false, NULL);

CREATE TABLE registration_registrationrequest (
    id serial PRIMARY KEY, tos_confirmed boolean NOT NULL, request_time timestamptz NOT NULL, request_ip varchar(31), activation_guid varchar(126) UNIQUE, confirm_time timestamptz, confirm_ip varchar(31),
    domain varchar(255), new_user_username varchar(255), requesting_user_username varchar(255)
);
INSERT INTO registration_registrationrequest (tos_confirmed, request_time, request_ip, activation_guid, confirm_time, confirm_ip, domain, new_user_username, requesting_user_username)
SELECT true, x.t, x.ip, pgen.hex('actg', x.k), CASE WHEN x.k % 7 <> 3 THEN x.t + make_interval(mins => 4 + fixture_gen.n('rgc', x.k, 600)) END,
       CASE WHEN x.k % 7 <> 3 THEN CASE WHEN x.k % 3 = 0 THEN x.ip ELSE fixture_gen.ipv4('rgci', x.k) END END, x.dom, x.newu, x.requ
FROM (
  SELECT a.a AS k, pgen.at('rgt', a.a, '2019-06-01', '2024-05-01') AS t, fixture_gen.ipv4('rgi', a.a) AS ip, coalesce(a.cdomain, 'chf-enterprise') AS dom,
         CASE WHEN a.a IN (1, 2, 3, 12) THEN NULL ELSE a.creator END AS newu, CASE WHEN a.a IN (1, 2, 3, 12) THEN a.creator END AS requ
  FROM pgen.acct a
  UNION ALL
  SELECT 100 + j, pgen.at('rgt', 100 + j, '2023-01-01', '2024-09-15'), fixture_gen.ipv4('rgi', 100 + j),
         lower(fixture_gen.pick(ARRAY['test', 'pilot', 'chw', 'mnch', 'tb', 'survey', 'demo', 'nutrition'], 'rgd1', j)) || '-' || lower(fixture_gen.pick(ARRAY['kaduna', 'lilongwe', 'arusha', 'pune', 'tete', 'gulu', 'jimma', 'project', 'app'], 'rgd2', j)) || CASE WHEN j % 4 = 0 THEN '-' || (j % 9 + 1) ELSE '' END,
         fixture_gen.email('rgem', j), NULL
  FROM generate_series(1, 30) j
) x ORDER BY x.t;

CREATE TABLE registration_asyncsignuprequest (
    id serial PRIMARY KEY, username varchar(255) NOT NULL, invitation_id uuid REFERENCES users_sqlinvitation (uuid), phone_number varchar(126), project_name varchar(255), atypical_user boolean NOT NULL,
    persona varchar(128), persona_other text, additional_hubspot_data jsonb, date_created timestamptz NOT NULL
);
INSERT INTO registration_asyncsignuprequest (username, invitation_id, phone_number, project_name, atypical_user, persona, persona_other, additional_hubspot_data, date_created)
SELECT CASE WHEN j <= 4 THEN i.email ELSE fixture_gen.email('asem', j) END, CASE WHEN j <= 4 THEN i.uuid END,
       CASE WHEN j % 3 <> 0 THEN fixture_gen.phone('asph', j) END,
       CASE WHEN j <= 4 THEN NULL ELSE fixture_gen.pick(ARRAY['Maternal health follow-up', 'School feeding survey', 'TB contact tracing pilot', 'Vaccination campaign microplanning', 'My MPH thesis', 'Community nutrition screening', 'Test project'], 'aspn', j) END,
       j % 11 = 5, CASE WHEN j <= 4 THEN NULL WHEN j % 6 = 0 THEN 'Other' ELSE fixture_gen.pick(ARRAY['Project Manager', 'M&E / Data Analyst', 'Developer', 'Researcher', 'Frontline Worker'], 'aspe', j) END,
       CASE WHEN j % 6 = 0 THEN fixture_gen.pick(ARRAY['I am a nurse at a district hospital in Malawi and want to track our mothers', 'Student at LSHTM, evaluating CHW apps for my dissertation',
            'Volunteer coordinator for a church health ministry in Enugu', 'Freelance ODK/CommCare consultant, I build apps for NGOs in East Africa'], 'aspo', j) END,
       jsonb_build_object('hubspotutk', fixture_gen.hexn('hsutk', j, 32), 'utm_source', fixture_gen.pick(ARRAY['google', 'linkedin', 'newsletter', 'direct'], 'asus', j), 'page_url', 'https://www.dimagi.com/commcare/'),
       CASE WHEN j <= 4 THEN i.invited_on + interval '1 day' ELSE pgen.at('asdc', j, '2024-01-01', '2024-09-15') END
FROM generate_series(1, 24) j LEFT JOIN LATERAL (SELECT * FROM users_sqlinvitation WHERE NOT is_accepted ORDER BY invited_on OFFSET j - 1 LIMIT 1) i ON j <= 4
ORDER BY 9;

CREATE TABLE hqadmin_hqdeploy (id serial PRIMARY KEY, date timestamptz NOT NULL, "user" varchar(100) NOT NULL, environment varchar(100), diff_url varchar(126), commit varchar(255));
INSERT INTO hqadmin_hqdeploy (date, "user", environment, diff_url, commit)
SELECT t, u, env, 'https://github.com/dimagi/commcare-hq/compare/' || substr(prev, 1, 12) || '...' || substr(cur, 1, 12), cur
FROM (SELECT k, t, env, u, fixture_gen.hexn('dpc', k, 40) AS cur, fixture_gen.hexn('dpc', k - 1, 40) AS prev FROM (
        SELECT k, timestamptz '2024-06-03 14:00:00+00' + make_interval(days => k * 5 / 3, hours => fixture_gen.n('dph', k, 8)) AS t,
               fixture_gen.pick(ARRAY['production', 'production', 'production', 'india', 'staging'], 'dpe', k) AS env,
               fixture_gen.pick(ARRAY['komalley', 'smahlangu', 'rbansal', 'jfeldman', 'akrishnan', 'gachieng', 'deploy-bot'], 'dpu', k) AS u
        FROM generate_series(1, 64) k) a) b
ORDER BY t;
UPDATE hqadmin_hqdeploy SET date = '2024-09-18 20:13:00+00', environment = 'production' WHERE id = (SELECT max(id) FROM hqadmin_hqdeploy);

CREATE TABLE phonelog_devicereportentry (
    id serial PRIMARY KEY, xform_id varchar(50) NOT NULL, i integer NOT NULL, msg text NOT NULL, type varchar(32) NOT NULL, date timestamptz NOT NULL, server_date timestamptz, domain varchar(100) NOT NULL,
    device_id varchar(50), app_version text, username varchar(100), user_id varchar(50)
);
INSERT INTO phonelog_devicereportentry (xform_id, i, msg, type, date, server_date, domain, device_id, app_version, username, user_id)
SELECT fixture_gen.uuid('devrep', r.mw * 10 + r.rep), r.n, r.msg, r.type, r.t, r.t + make_interval(mins => 5 + fixture_gen.n('dls', r.mw * 10 + r.rep, 300)), d.name, s.device_id,
       'CommCare Android, version "2.54.1"(471285). App v' || s.xform_version || '. CommCare Version 2.54.1. Build 471285, built on: 2024-08-05', split_part(m.username, '@', 1), m.cid
FROM (
  SELECT m.i AS mw, rep, n, x.t, x.type, x.msg
  FROM pgen.mw m CROSS JOIN generate_series(1, 2) rep CROSS JOIN generate_series(0, 3) n
  CROSS JOIN LATERAL (SELECT pgen.at('dlt', m.i * 10 + rep, '2024-08-15', '2024-09-18') + make_interval(secs => n * 47) AS t, fixture_gen.n('dlk', m.i * 100 + rep * 10 + n, 10) AS c) y
  CROSS JOIN LATERAL (SELECT y.t, CASE y.c WHEN 0 THEN 'login' WHEN 1 THEN 'form-entry' WHEN 2 THEN 'case-sync' WHEN 3 THEN 'exception' WHEN 4 THEN 'maintenance' WHEN 5 THEN 'sync' WHEN 6 THEN 'form-entry' WHEN 7 THEN 'user' WHEN 8 THEN 'case-sync' ELSE 'login' END AS type,
      CASE y.c WHEN 0 THEN 'user-login|' || split_part(m.username, '@', 1) || '|success'
               WHEN 1 THEN 'Form Entry Completed|' || fixture_gen.pick(ARRAY['Register Pregnancy', 'ANC Visit', 'Household Registration', 'Adherence Visit', 'Caso de Malária'], 'dlf', m.i)
               WHEN 2 THEN 'Sync completed: ' || (10 + fixture_gen.n('dlc', m.i * 10 + rep, 200)) || ' cases, restore ' || (1 + fixture_gen.n('dlr', m.i, 9)) || '.' || fixture_gen.n('dlr2', m.i, 10) || 's'
               WHEN 3 THEN 'java.lang.NullPointerException: Attempt to invoke virtual method ''int java.lang.String.length()'' on a null object reference at org.commcare.activities.FormEntryActivity.onResume(FormEntryActivity.java:612)'
               WHEN 4 THEN 'Purged ' || (1 + fixture_gen.n('dlp', m.i, 30)) || ' old form records from storage'
               WHEN 5 THEN 'HTTP 401 during sync for ' || split_part(m.username, '@', 1) || ', password changed on server'
               WHEN 6 THEN 'Form saved|incomplete|' || fixture_gen.uuid('dli', m.i * 10 + rep)
               WHEN 7 THEN 'User ' || split_part(m.username, '@', 1) || ' logged out after 12h inactivity'
               WHEN 8 THEN 'Case list filter applied, 0 results'
               ELSE 'user-login|' || split_part(m.username, '@', 1) || '|failed: bad password' END AS msg) x
  WHERE m.active AND m.i % 3 = 0
) r JOIN pgen.mw m ON m.i = r.mw JOIN pgen.dom d ON d.d = m.d JOIN users_userreportingmetadatastaging s ON s.user_id = m.cid
ORDER BY r.t, r.mw, r.n;

CREATE TABLE hqwebapp_useraccesslog (
    id serial PRIMARY KEY, user_id varchar(255) NOT NULL, action varchar(20) NOT NULL, ip inet, user_agent varchar(255), path varchar(255), timestamp timestamptz NOT NULL
);
INSERT INTO hqwebapp_useraccesslog (user_id, action, ip, user_agent, path, timestamp)
SELECT x.u, x.action, x.ip::inet, x.ua, x.path, x.t FROM (
  SELECT w.email AS u, CASE WHEN k % 9 = 4 THEN 'failure' WHEN k % 4 = 3 THEN 'logout' ELSE 'login' END AS action,
         CASE w.cc WHEN 'NG' THEN '102.89.' || fixture_gen.n('ual3', w.i, 256) || '.' || (1 + fixture_gen.n('ual4', w.i * 7 + k % 3, 254)) WHEN 'IN' THEN '49.205.' || fixture_gen.n('ual3', w.i, 256) || '.' || (1 + fixture_gen.n('ual4', w.i * 7 + k % 3, 254))
              WHEN 'MZ' THEN '196.28.' || fixture_gen.n('ual3', w.i, 256) || '.' || (1 + fixture_gen.n('ual4', w.i, 254)) ELSE fixture_gen.ipv4('ualx', w.i * 3 + k % 2) END AS ip,
         fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
           'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
           'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36',
           'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0',
           'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0'], 'uaua', w.i) AS ua,
         CASE WHEN k % 4 = 3 THEN '/accounts/logout/' WHEN w.dimagi THEN '/sso/' || fixture_gen.pick(ARRAY['dimagi'], 'x', 1) || '/acs/' ELSE '/accounts/login/' END AS path,
         pgen.at('uat', w.i * 100 + k, '2024-07-01', '2024-09-18 20:00:00+00') AS t
  FROM pgen.wu w CROSS JOIN generate_series(1, 5) k WHERE fixture_gen.n('uak', w.i * 10 + k, 5) < 4
  UNION ALL
  SELECT m.username, CASE WHEN m.i % 7 = 2 THEN 'failure' ELSE 'login' END,
         CASE m.d WHEN 1 THEN '197.210.' WHEN 2 THEN '106.208.' ELSE '41.220.' END || fixture_gen.n('uam3', m.i, 256) || '.' || (1 + fixture_gen.n('uam4', m.i, 254)),
         'Mozilla/5.0 (Linux; Android 12; TECNO KG5j) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.134 Mobile Safari/537.36',
         '/a/' || d.name || '/login/', pgen.at('uatm', m.i, '2024-07-01', '2024-09-18 20:00:00+00')
  FROM pgen.mw m JOIN pgen.dom d ON d.d = m.d WHERE m.cadre IN ('CHEW', 'Treatment Supporter') OR m.i % 10 = 1
) x ORDER BY x.t;

CREATE TABLE domain_superuserprojectentryrecord (id serial PRIMARY KEY, username varchar(255) NOT NULL, domain varchar(255) NOT NULL, last_login timestamptz NOT NULL);
INSERT INTO domain_superuserprojectentryrecord (username, domain, last_login)
SELECT w.email, d, pgen.at('sup', w.i * 100 + length(d), '2024-03-01', '2024-09-18 18:00:00+00')
FROM pgen.wu w CROSS JOIN unnest(ARRAY['lafiya-uwa-kano', 'ap-tb-adherence', 'mz-malaria-nampula', 'kisumu-chv-referrals', 'av-nutricion', 'thesis-mhealth-ucl', 'hsc-artibonite']) d
WHERE w.i IN (1, 4, 7) AND fixture_gen.n('supk', w.i * 100 + length(d), 3) < 2
UNION ALL
SELECT w.email, d.name, pgen.at('sup2', w.i * 10 + d.d, '2024-05-01', '2024-09-18 18:00:00+00') FROM pgen.wu w JOIN pgen.dom d ON d.d = ANY (w.doms) WHERE w.dimagi AND w.i NOT IN (1, 4, 7)
ORDER BY 3;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
