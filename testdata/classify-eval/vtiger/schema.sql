-- classify-eval fixture (HOLDOUT 65: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Vtiger CRM 7.5.0 (open-source edition) database, its MySQL schema ported
-- to PostgreSQL in the naming its installer and module manifests create:
-- vtiger_ tables, lowercase run-together column names, the entity tables
-- beside vtiger_crmentity sharing its crmid, custom fields as cf_<number>
-- in the *cf tables, flags kept as varchar(3) '0'/'1' or integers, dates
-- as MySQL datetime (timestamp without time zone), money as decimal(25,8).
-- A subset of its tables and of their columns, as far as memory of the
-- published 7.x schema (schema/DatabaseSchema.xml and the module
-- manifests) goes: column lengths, defaults, the order of columns and
-- which of the rarely used columns (training, usertype, space, ...) still
-- exist may differ from a real 7.5 install; 8.0 adds a few columns
-- (vtiger_crmentity.smgroupid is 7.4+, tags everywhere) that may or may
-- not be here as in a real database; vtiger_pbxmanager's and
-- vtiger_shorturls' layouts, the encrypted format of the mail scanner's
-- and mail manager's passwords, and the exact update_log text of tickets
-- are written from memory of the code, not checked.
--
-- The organisation: Karoo Sun Energy (Pty) Ltd, a mid-sized solar PV and
-- battery-backup installer in South Africa (head office in Cape Town,
-- branches in Johannesburg and Durban), using Vtiger since 2021 for sales
-- (leads from the website form and the Solar Expo, opportunities, quotes
-- turned into sales orders and invoices in ZAR with 15% VAT) and for
-- after-sales support (tickets about inverters, batteries and load-shedding
-- from the customer portal, the mail scanner and the phone). People of many
-- cultures: Zulu, Xhosa, Sotho and Tswana, Afrikaans, English, Indian and
-- Cape Malay South Africans, Portuguese and Chinese South Africans, and
-- customers and suppliers in Zimbabwe, Namibia, Kenya, Germany and China.
-- 28 CRM users with bcrypt (PHASH) and legacy MD5-crypt passwords, the
-- confirm_password copy, webservice access keys and user_hash, signatures
-- with their phones; contacts with emails, mobiles, home phones,
-- assistants, birthdays and custom fields holding South African ID
-- numbers (Luhn-valid), WhatsApp numbers, debit-order bank accounts and
-- gate codes; portal logins; accounts with VAT and company registration
-- numbers (some sole traders); leads from the web form with street
-- addresses in the "lane" column; tickets whose descriptions are the
-- customers' messages, with update logs naming the users; ticket comments
-- and ModComments; emails with recipients as vtiger stores them (JSON
-- lists) and HTML bodies; calls and site visits with locations;
-- invoices and sales orders with the company's bank details in their
-- terms; attachments named after customers (ID copies, proof of address);
-- the change tracker's before and after values; login history with IPs;
-- the audit trail; the mail scanner's IMAP password, the SMTP password,
-- the mail manager's per-user passwords, webservice session tokens,
-- Google OAuth tokens and password-reset short URLs; PBX call records with
-- customers' numbers; the emails lookup table whose "value" is an email.
-- Module, field, product and currency metadata hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA vgen;

CREATE FUNCTION vgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāćčçéèêëēíìîïıńñóòôöõøśšşúùûüýźżž',
    'aaaaaaacccceeeeeiiiiinnoooooosssuuuuyzzz')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking base64 letters; lower: lower-case alphanumerics.
CREATE FUNCTION vgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION vgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- at: a timestamp (MySQL datetime, no zone) between two instants.
CREATE FUNCTION vgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- Cultures: country, female and male given names, family names, mail domains.
CREATE TABLE vgen.cu (c text PRIMARY KEY, cc text, ff text[], fm text[], lasts text[], domains text[], lang text);
INSERT INTO vgen.cu VALUES
 ('zu', 'ZA', ARRAY['Thandiwe', 'Nomvula', 'Zanele', 'Nokuthula', 'Lindiwe', 'Sibongile', 'Nompumelelo'], ARRAY['Sipho', 'Bongani', 'Themba', 'Mandla', 'Sibusiso', 'Nkosinathi', 'Musa'],
   ARRAY['Dlamini', 'Nkosi', 'Mthembu', 'Zulu', 'Ndlovu', 'Khumalo', 'Ngcobo', 'Mkhize'], ARRAY['gmail.com', 'webmail.co.za', 'vodamail.co.za', 'outlook.com'], 'isiZulu'),
 ('xh', 'ZA', ARRAY['Nolwazi', 'Siphokazi', 'Thembeka', 'Zintle', 'Akhona', 'Nosipho'], ARRAY['Lwazi', 'Siyabonga', 'Luvuyo', 'Xolani', 'Anele', 'Mzwandile'],
   ARRAY['Mqhayi', 'Gcaba', 'Ntshona', 'Mgqibi', 'Mbatha', 'Sokhela', 'Makhanya', 'Qwabe'], ARRAY['gmail.com', 'webmail.co.za', 'yahoo.com', 'mweb.co.za'], 'isiXhosa'),
 ('st', 'ZA', ARRAY['Lerato', 'Palesa', 'Mpho', 'Kgomotso', 'Dineo', 'Boitumelo'], ARRAY['Tshepo', 'Kagiso', 'Thabo', 'Teboho', 'Kabelo', 'Lesego'],
   ARRAY['Molefe', 'Mokoena', 'Modise', 'Mofokeng', 'Motaung', 'Letsoalo', 'Tau', 'Maleka'], ARRAY['gmail.com', 'telkomsa.net', 'icloud.com', 'outlook.com'], 'Sesotho'),
 ('af', 'ZA', ARRAY['Annelie', 'Marike', 'Elsabé', 'Liezl', 'Carien', 'Riana', 'Anri'], ARRAY['Pieter', 'Johan', 'Jaco', 'François', 'Hennie', 'Wikus', 'Ruan'],
   ARRAY['van der Merwe', 'Botha', 'Pretorius', 'du Plessis', 'Nel', 'Venter', 'Coetzee', 'le Roux'], ARRAY['gmail.com', 'mweb.co.za', 'absamail.co.za', 'vodamail.co.za'], 'Afrikaans'),
 ('en', 'ZA', ARRAY['Sarah', 'Jessica', 'Megan', 'Claire', 'Kirsty', 'Hannah'], ARRAY['James', 'Michael', 'Ryan', 'Gareth', 'Craig', 'Bradley'],
   ARRAY['Thompson', 'Fletcher', 'Clarke', 'Wilson', 'Hughes', 'Barnard', 'Keller', 'O''Connor'], ARRAY['gmail.com', 'iafrica.com', 'icloud.com', 'mweb.co.za'], 'English'),
 ('in', 'ZA', ARRAY['Priya', 'Reshma', 'Kavitha', 'Nirasha', 'Shanthi', 'Anisha'], ARRAY['Kevin', 'Ashwin', 'Pravin', 'Rajesh', 'Devan', 'Kumaran'],
   ARRAY['Naidoo', 'Pillay', 'Govender', 'Moodley', 'Reddy', 'Chetty', 'Padayachee', 'Singh'], ARRAY['gmail.com', 'telkomsa.net', 'webmail.co.za', 'outlook.com'], 'English'),
 ('cm', 'ZA', ARRAY['Fatima', 'Zaida', 'Nazeema', 'Shireen', 'Rushda', 'Aaliyah'], ARRAY['Ridwaan', 'Yusuf', 'Mogamat', 'Ebrahim', 'Faizel', 'Waseem'],
   ARRAY['Isaacs', 'Davids', 'Adams', 'Hendricks', 'Jacobs', 'Salie', 'Abrahams', 'Dollie'], ARRAY['gmail.com', 'webmail.co.za', 'yahoo.com', 'telkomsa.net'], 'English'),
 ('pt', 'ZA', ARRAY['Ana', 'Fernanda', 'Inês', 'Lúcia'], ARRAY['Manuel', 'Rui', 'João', 'Carlos'],
   ARRAY['Fernandes', 'Gouveia', 'da Silva', 'Pereira', 'Nunes', 'Rodrigues'], ARRAY['gmail.com', 'mweb.co.za', 'sapo.pt'], 'Portuguese'),
 ('zh', 'ZA', ARRAY['Mei', 'Ling', 'Xiaoying'], ARRAY['Wei', 'Jun', 'Hao'], ARRAY['Chen', 'Wang', 'Liu', 'Zhang', 'Huang'], ARRAY['gmail.com', 'qq.com', 'outlook.com'], 'English'),
 ('zw', 'ZW', ARRAY['Rutendo', 'Chipo', 'Nyasha', 'Tatenda'], ARRAY['Tendai', 'Farai', 'Tinashe', 'Kudzai'], ARRAY['Moyo', 'Chikwanha', 'Mutasa', 'Sibanda', 'Ncube', 'Mhlanga'],
   ARRAY['gmail.com', 'zol.co.zw', 'yahoo.com'], 'English'),
 ('na', 'NA', ARRAY['Ndapewa', 'Helena', 'Selma'], ARRAY['Petrus', 'Tangeni', 'Johannes'], ARRAY['Shikongo', 'Amupolo', 'Nghipondoka', 'Haufiku'], ARRAY['gmail.com', 'iway.na', 'mtcmobile.com.na'], 'English'),
 ('ke', 'KE', ARRAY['Wanjiru', 'Akinyi', 'Njeri'], ARRAY['Otieno', 'Kamau', 'Mwangi'], ARRAY['Kariuki', 'Odhiambo', 'Njoroge', 'Mutua'], ARRAY['gmail.com', 'yahoo.com'], 'English'),
 ('de', 'DE', ARRAY['Katrin', 'Julia'], ARRAY['Stefan', 'Markus'], ARRAY['Hoffmann', 'Wagner', 'Becker', 'Schulz'], ARRAY['gmx.de', 'web.de'], 'German'),
 ('cn', 'CN', ARRAY['Xiaomei', 'Yan'], ARRAY['Zhiwei', 'Jianguo'], ARRAY['Zhou', 'Wu', 'Lin', 'Xu'], ARRAY['163.com', 'qq.com'], 'Chinese');

-- Places: city, province, country, dialling code, suburbs with their postal
-- codes, streets.
CREATE TABLE vgen.ct (k int PRIMARY KEY, city text, prov text, country text, cc text, dial text, subs text[], zips text[], streets text[]);
INSERT INTO vgen.ct VALUES
 (1, 'Cape Town', 'Western Cape', 'South Africa', 'ZA', '21', ARRAY['Gardens', 'Rondebosch', 'Claremont', 'Sea Point', 'Observatory', 'Mitchells Plain', 'Bellville', 'Durbanville', 'Athlone', 'Table View'],
   ARRAY['8001', '7700', '7708', '8005', '7925', '7785', '7530', '7550', '7764', '7441'], ARRAY['Kloof Street', 'Main Road', 'Belvedere Road', 'Voortrekker Road', 'Lower Main Road', 'Durban Road', 'Klipfontein Road', 'Regent Road', 'Blaauwberg Road']),
 (2, 'Stellenbosch', 'Western Cape', 'South Africa', 'ZA', '21', ARRAY['Die Boord', 'Dalsig', 'Idas Valley', 'Paradyskloof'], ARRAY['7600', '7600', '7609', '7600'], ARRAY['Dorp Street', 'Merriman Avenue', 'Helshoogte Road', 'Van Riebeeck Street']),
 (3, 'Johannesburg', 'Gauteng', 'South Africa', 'ZA', '11', ARRAY['Parkhurst', 'Melville', 'Orlando West', 'Randburg', 'Fourways', 'Rosebank', 'Sandton', 'Northcliff'],
   ARRAY['2193', '2092', '1804', '2194', '2191', '2196', '2196', '2195'], ARRAY['4th Avenue', 'Jan Smuts Avenue', 'Mahalefele Street', 'Republic Road', 'William Nicol Drive', 'Oxford Road', 'Rivonia Road', 'Beyers Naudé Drive']),
 (4, 'Pretoria', 'Gauteng', 'South Africa', 'ZA', '12', ARRAY['Hatfield', 'Brooklyn', 'Menlo Park', 'Mamelodi East', 'Centurion', 'Garsfontein'],
   ARRAY['0083', '0181', '0081', '0122', '0157', '0081'], ARRAY['Pretorius Street', 'Lynnwood Road', 'Duncan Street', 'Solomon Mahlangu Drive', 'Jean Avenue', 'Atterbury Road']),
 (5, 'Durban', 'KwaZulu-Natal', 'South Africa', 'ZA', '31', ARRAY['Morningside', 'Berea', 'Umhlanga', 'Chatsworth', 'Westville', 'Umlazi', 'Glenwood'],
   ARRAY['4001', '4001', '4319', '4092', '3629', '4031', '4001'], ARRAY['Florida Road', 'Musgrave Road', 'Lighthouse Road', 'Road 701', 'Jan Hofmeyr Road', 'Mangosuthu Highway', 'Bulwer Road']),
 (6, 'Pietermaritzburg', 'KwaZulu-Natal', 'South Africa', 'ZA', '33', ARRAY['Scottsville', 'Hilton', 'Wembley'], ARRAY['3201', '3245', '3201'], ARRAY['Alexandra Road', 'Hilton Avenue', 'Mayors Walk']),
 (7, 'Gqeberha', 'Eastern Cape', 'South Africa', 'ZA', '41', ARRAY['Walmer', 'Summerstrand', 'Newton Park'], ARRAY['6070', '6001', '6045'], ARRAY['Main Road', 'Marine Drive', 'Cape Road']),
 (8, 'East London', 'Eastern Cape', 'South Africa', 'ZA', '43', ARRAY['Vincent', 'Beacon Bay'], ARRAY['5247', '5241'], ARRAY['Devereux Avenue', 'Bonza Bay Road']),
 (9, 'Bloemfontein', 'Free State', 'South Africa', 'ZA', '51', ARRAY['Westdene', 'Langenhovenpark'], ARRAY['9301', '9330'], ARRAY['Nelson Mandela Drive', 'Zastron Street']),
 (10, 'Polokwane', 'Limpopo', 'South Africa', 'ZA', '15', ARRAY['Bendor', 'Flora Park'], ARRAY['0699', '0699'], ARRAY['Thabo Mbeki Street', 'Grobler Street']),
 (11, 'Mbombela', 'Mpumalanga', 'South Africa', 'ZA', '13', ARRAY['Sonheuwel', 'West Acres'], ARRAY['1201', '1211'], ARRAY['Ferreira Street', 'Madiba Drive']),
 (12, 'George', 'Western Cape', 'South Africa', 'ZA', '44', ARRAY['Heatherlands', 'Denneoord'], ARRAY['6529', '6529'], ARRAY['York Street', 'Knysna Road']),
 (13, 'Harare', 'Harare', 'Zimbabwe', 'ZW', '242', ARRAY['Borrowdale', 'Avondale', 'Mount Pleasant'], ARRAY['', '', ''], ARRAY['Borrowdale Road', 'King George Road', 'Churchill Avenue']),
 (14, 'Windhoek', 'Khomas', 'Namibia', 'NA', '61', ARRAY['Klein Windhoek', 'Olympia', 'Ludwigsdorf'], ARRAY['10005', '10005', '10005'], ARRAY['Nelson Mandela Avenue', 'Sam Nujoma Drive', 'Jan Jonker Road']),
 (15, 'Nairobi', 'Nairobi County', 'Kenya', 'KE', '20', ARRAY['Westlands', 'Kilimani', 'Karen'], ARRAY['00100', '00100', '00502'], ARRAY['Waiyaki Way', 'Argwings Kodhek Road', 'Ngong Road']),
 (16, 'Frankfurt am Main', 'Hessen', 'Germany', 'DE', '69', ARRAY['Sachsenhausen', 'Bornheim'], ARRAY['60594', '60385'], ARRAY['Schweizer Straße', 'Berger Straße']),
 (17, 'Shenzhen', 'Guangdong', 'China', 'CN', '755', ARRAY['Nanshan', 'Futian'], ARRAY['518057', '518048'], ARRAY['Keji South 12th Road', 'Shennan Avenue']);

CREATE FUNCTION vgen.mobile(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'ZA' THEN (SELECT CASE fixture_gen.n(tag || 'f', i, 4)
        WHEN 0 THEN '+27 ' || p || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
        WHEN 1 THEN '0' || p || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
        WHEN 2 THEN '0' || p || fixture_gen.digits(tag, i, 3) || fixture_gen.digits(tag || 'b', i, 4)
        ELSE '+27' || p || fixture_gen.digits(tag, i, 3) || fixture_gen.digits(tag || 'b', i, 4) END
      FROM (SELECT fixture_gen.pick(ARRAY['82', '83', '84', '72', '73', '76', '79', '81', '60', '71', '61', '64', '65', '66', '67', '68'], tag || 'p', i) AS p) x)
    WHEN 'ZW' THEN '+263 7' || fixture_gen.pick(ARRAY['1', '3', '7', '8'], tag || 'p', i) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'NA' THEN '+264 81 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'KE' THEN '+254 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 'DE' THEN '+49 1' || (5 + fixture_gen.n(tag || 'p', i, 3)) || fixture_gen.digits(tag || 'q', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    ELSE '+86 13' || fixture_gen.digits(tag || 'p', i, 1) || ' ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'b', i, 4) END
$$;

CREATE FUNCTION vgen.landline(k int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN ct.cc = 'ZA' THEN CASE WHEN fixture_gen.n(tag || 'f', i, 3) = 0 THEN '+27 ' || ct.dial ELSE '0' || ct.dial END
                   || ' ' || (2 + fixture_gen.n(tag || 'a', i, 8)) || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
              WHEN ct.cc = 'DE' THEN '+49 ' || ct.dial || ' ' || fixture_gen.digits(tag, i, 6) || '-' || fixture_gen.digits(tag || 'b', i, 2)
              WHEN ct.cc = 'CN' THEN '+86 ' || ct.dial || ' ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
              ELSE '+' || CASE ct.cc WHEN 'ZW' THEN '263' WHEN 'NA' THEN '264' ELSE '254' END || ' ' || ct.dial || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 3) END
  FROM vgen.ct ct WHERE ct.k = $1
$$;

-- sa_id: a South African ID number (YYMMDD SSSS C A Z) with its Luhn check
-- digit; the sequence says the sex (0000-4999 female).
CREATE FUNCTION vgen.sa_id(b date, g text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.luhn(to_char(b, 'YYMMDD') || CASE WHEN g = 'F' THEN fixture_gen.n(tag, i, 5) ELSE 5 + fixture_gen.n(tag, i, 5) END::text
      || fixture_gen.digits(tag || 's', i, 3) || CASE WHEN fixture_gen.n(tag || 'c', i, 25) = 0 THEN '1' ELSE '0' END || '8')
$$;

-- People: 1-28 CRM users; 1001-1120 owners of sole-trader accounts;
-- 2001-2300 contacts; 3001-3250 leads; 4001-4060 assistants, referrers and
-- other people named in passing.
CREATE TABLE vgen.p (i int PRIMARY KEY, c text, cc text, g text, first text, last text, full_name text, sal text, email text, mobile text, phone text,
  k int, city text, prov text, country text, suburb text, street text, zip text, pobox text, birth date, idno text, lang text);
CREATE FUNCTION vgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO vgen.p (i, c, cc, g, first, last, lang)
  SELECT i, cu.c, cu.cc, g.g, CASE g.g WHEN 'F' THEN cu.ff[1 + fixture_gen.n('pf', i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('pm', i, cardinality(cu.fm))] END,
         cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))], cu.lang
  FROM generate_series(lo, hi) i JOIN vgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
  CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('pg', i, 2) = 0 THEN 'F' ELSE 'M' END AS g) g
$$;
DO $$ BEGIN
  PERFORM vgen.add_people(1, 28, ARRAY['zu', 'xh', 'st', 'af', 'af', 'en', 'en', 'in', 'in', 'cm', 'cm', 'pt', 'zh']);
  PERFORM vgen.add_people(1001, 1120, ARRAY['zu', 'xh', 'st', 'af', 'af', 'en', 'in', 'cm', 'pt', 'zw']);
  PERFORM vgen.add_people(2001, 2300, ARRAY['zu', 'zu', 'xh', 'st', 'st', 'af', 'af', 'af', 'en', 'en', 'en', 'in', 'in', 'cm', 'cm', 'pt', 'zh', 'zw', 'na', 'ke', 'de', 'cn']);
  PERFORM vgen.add_people(3001, 3250, ARRAY['zu', 'zu', 'xh', 'xh', 'st', 'st', 'af', 'af', 'en', 'en', 'in', 'in', 'cm', 'cm', 'pt', 'zh', 'zw', 'na']);
  PERFORM vgen.add_people(4001, 4060, ARRAY['zu', 'xh', 'st', 'af', 'en', 'in', 'cm']);
END $$;
-- The staff, named one by one.
UPDATE vgen.p p SET c = x.c, cc = 'ZA', g = x.g, first = x.f, last = x.l, lang = cu.lang
FROM (VALUES (1, 'en', 'M', 'James', 'Wilson'), (2, 'af', 'M', 'Ruan', 'Botha'), (3, 'af', 'F', 'Marike', 'Venter'), (4, 'xh', 'M', 'Siyabonga', 'Gcaba'),
  (5, 'st', 'F', 'Lerato', 'Molefe'), (6, 'st', 'F', 'Dineo', 'Tau'), (7, 'cm', 'F', 'Shireen', 'Jacobs'), (8, 'cm', 'F', 'Aaliyah', 'Hendricks'), (9, 'en', 'M', 'Michael', 'Keller'),
  (10, 'in', 'M', 'Pravin', 'Pillay'), (11, 'pt', 'M', 'Manuel', 'Fernandes'), (12, 'cm', 'F', 'Rushda', 'Davids'), (13, 'zu', 'F', 'Sibongile', 'Ndlovu'), (14, 'xh', 'F', 'Nosipho', 'Mqhayi'),
  (15, 'en', 'F', 'Sarah', 'O''Connor'), (16, 'xh', 'F', 'Thembeka', 'Mgqibi'), (17, 'zu', 'M', 'Bongani', 'Mthembu'), (18, 'af', 'M', 'Hennie', 'le Roux'), (19, 'in', 'F', 'Kavitha', 'Naidoo'),
  (20, 'zh', 'M', 'Wei', 'Chen'), (21, 'st', 'M', 'Kagiso', 'Mokoena'), (22, 'cm', 'M', 'Ebrahim', 'Salie'), (23, 'zu', 'F', 'Thandiwe', 'Khumalo'), (24, 'af', 'M', 'Jaco', 'Pretorius'),
  (25, 'in', 'M', 'Ashwin', 'Govender'), (26, 'en', 'F', 'Claire', 'Fletcher'), (27, 'af', 'M', 'Johan', 'du Plessis'), (28, 'zu', 'M', 'Nkosinathi', 'Zulu')) x(i, c, g, f, l)
JOIN vgen.cu cu ON cu.c = x.c WHERE p.i = x.i;
-- German and Chinese customers live in South Africa; the suppliers' and
-- resellers' people (2191-2196) live where their companies are.
UPDATE vgen.p SET cc = 'ZA' WHERE i BETWEEN 2001 AND 2300 AND c IN ('de', 'cn');
UPDATE vgen.p p SET c = x.c, cc = cu.cc, lang = cu.lang, first = CASE p.g WHEN 'F' THEN cu.ff[1 + p.i % cardinality(cu.ff)] ELSE cu.fm[1 + p.i % cardinality(cu.fm)] END,
  last = cu.lasts[1 + p.i % cardinality(cu.lasts)]
FROM (VALUES (2191, 'zu'), (2192, 'cn'), (2193, 'de'), (2194, 'na'), (2195, 'zw'), (2196, 'ke')) x(i, c) JOIN vgen.cu cu ON cu.c = x.c WHERE p.i = x.i;
UPDATE vgen.p SET cc = 'ZA' WHERE i BETWEEN 2197 AND 2300;

UPDATE vgen.p p SET
  k = CASE WHEN p.i <= 28 THEN (CASE WHEN p.i % 5 = 0 OR p.i = 16 THEN 3 WHEN p.i % 7 = 0 OR p.i = 22 THEN 5 ELSE 1 END) WHEN p.cc = 'ZW' THEN 13 WHEN p.cc = 'NA' THEN 14 WHEN p.cc = 'KE' THEN 15 WHEN p.cc = 'DE' THEN 16 WHEN p.cc = 'CN' THEN 17
        ELSE (ARRAY[1, 1, 1, 1, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 7, 8, 9, 10, 11, 12])[1 + fixture_gen.n('pk' || p.c, p.i, 20)] END,
  sal = CASE WHEN p.i % 23 = 0 THEN 'Dr.' WHEN p.i % 101 = 0 THEN 'Prof.' WHEN p.g = 'M' THEN 'Mr.' WHEN fixture_gen.n('psal', p.i, 3) = 0 THEN 'Mrs.' ELSE 'Ms.' END,
  full_name = p.first || ' ' || p.last,
  birth = date '1952-01-01' + fixture_gen.n('pbd', p.i, 365 * 50),
  mobile = vgen.mobile(p.cc, 'pmob', p.i);
UPDATE vgen.p p SET
  city = ct.city, prov = ct.prov, country = ct.country,
  suburb = ct.subs[1 + fixture_gen.n('psub', p.i, cardinality(ct.subs))],
  zip = ct.zips[1 + fixture_gen.n('psub', p.i, cardinality(ct.subs))],
  street = CASE WHEN ct.cc IN ('DE') THEN ct.streets[1 + fixture_gen.n('pstr', p.i, cardinality(ct.streets))] || ' ' || (1 + fixture_gen.n('pno', p.i, 120))
                WHEN ct.cc = 'CN' THEN (1 + fixture_gen.n('pno', p.i, 300)) || ' ' || ct.streets[1 + fixture_gen.n('pstr', p.i, cardinality(ct.streets))] || ', Room ' || (1000 + fixture_gen.n('prm', p.i, 2000))
                WHEN p.i % 9 = 0 THEN 'Unit ' || (1 + fixture_gen.n('punit', p.i, 40)) || ', ' || fixture_gen.pick(ARRAY['Bloubergrant', 'Silver Oaks', 'Whispering Pines', 'Umhlanga Ridge', 'Jacaranda Court', 'Sunbird Estate'], 'pcx', p.i)
                     || ', ' || (1 + fixture_gen.n('pno', p.i, 180)) || ' ' || ct.streets[1 + fixture_gen.n('pstr', p.i, cardinality(ct.streets))]
                ELSE (1 + fixture_gen.n('pno', p.i, 240)) || ' ' || ct.streets[1 + fixture_gen.n('pstr', p.i, cardinality(ct.streets))] END,
  pobox = CASE WHEN p.i % 7 = 0 THEN 'PO Box ' || (100 + fixture_gen.n('ppob', p.i, 9000)) WHEN p.i % 11 = 0 THEN 'Private Bag X' || (1 + fixture_gen.n('ppob', p.i, 90)) END,
  phone = CASE WHEN p.i % 3 <> 1 THEN vgen.landline(ct.k, 'pph', p.i) END
FROM vgen.ct ct WHERE ct.k = p.k;
UPDATE vgen.p p SET idno = vgen.sa_id(p.birth, p.g, 'pid', p.i) WHERE p.cc = 'ZA';
UPDATE vgen.p p SET email = CASE fixture_gen.n('pem', p.i, 5)
    WHEN 0 THEN vgen.fold(p.first) || '.' || vgen.fold(p.last) WHEN 1 THEN substr(vgen.fold(p.first), 1, 1) || vgen.fold(p.last) || (p.i % 97)::text
    WHEN 2 THEN vgen.fold(p.first) || vgen.fold(p.last) || to_char(p.birth, 'YY') WHEN 3 THEN vgen.fold(p.last) || '.' || vgen.fold(p.first)
    ELSE vgen.fold(p.first) || '_' || substr(vgen.fold(p.last), 1, 1) || (p.i % 50)::text END || '@' || fixture_gen.pick(cu.domains, 'pdom', p.i)
FROM vgen.cu cu WHERE cu.c = p.c;
UPDATE vgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM vgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Staff: the users are Karoo Sun Energy's people; their mail is on the company domain.
UPDATE vgen.p SET email = vgen.fold(first) || '.' || vgen.fold(last) || '@karoosun.co.za' WHERE i <= 28;

-- ---------------------------------------------------------------------------
-- Modules, users, the record registry, the company and its products.

CREATE TABLE vtiger_tab (
    tabid integer NOT NULL PRIMARY KEY, name varchar(25) NOT NULL UNIQUE, presence integer NOT NULL DEFAULT 1, tabsequence integer, tablabel varchar(100),
    modifiedby integer, modifiedtime integer, customized integer, ownedby integer, isentitytype integer NOT NULL DEFAULT 1, trial integer NOT NULL DEFAULT 0,
    version varchar(10), parent varchar(30)
);
INSERT INTO vtiger_tab (tabid, name, presence, tabsequence, tablabel, modifiedby, modifiedtime, customized, ownedby, isentitytype, trial, version, parent) VALUES
 (1, 'Dashboard', 0, 12, 'Dashboards', NULL, NULL, 0, 1, 0, 0, NULL, 'Analytics'),
 (2, 'Potentials', 0, 7, 'Potentials', NULL, NULL, 0, 0, 1, 0, NULL, 'Sales'),
 (3, 'Home', 0, 1, 'Home', NULL, NULL, 0, 1, 0, 0, NULL, NULL),
 (4, 'Contacts', 0, 6, 'Contacts', NULL, NULL, 0, 0, 1, 0, NULL, 'Sales'),
 (6, 'Accounts', 0, 5, 'Accounts', NULL, NULL, 0, 0, 1, 0, NULL, 'Sales'),
 (7, 'Leads', 0, 4, 'Leads', NULL, NULL, 0, 0, 1, 0, NULL, 'Marketing'),
 (8, 'Documents', 0, 9, 'Documents', NULL, NULL, 0, 0, 1, 0, NULL, 'Tools'),
 (9, 'Calendar', 0, 3, 'Calendar', NULL, NULL, 0, 0, 1, 0, NULL, 'Tools'),
 (10, 'Emails', 0, 10, 'Emails', NULL, NULL, 0, 1, 1, 0, NULL, 'Tools'),
 (13, 'HelpDesk', 0, 11, 'HelpDesk', NULL, NULL, 0, 0, 1, 0, NULL, 'Support'),
 (14, 'Products', 0, 8, 'Products', NULL, NULL, 0, 0, 1, 0, NULL, 'Inventory'),
 (15, 'Faq', 0, -1, 'Faq', NULL, NULL, 0, 1, 1, 0, NULL, 'Support'),
 (16, 'Events', 2, -1, 'Events', NULL, NULL, 0, 0, 1, 0, NULL, NULL),
 (18, 'Vendors', 0, -1, 'Vendors', NULL, NULL, 0, 1, 1, 0, NULL, 'Inventory'),
 (19, 'PriceBooks', 0, -1, 'PriceBooks', NULL, NULL, 0, 1, 1, 0, NULL, 'Inventory'),
 (20, 'Quotes', 0, -1, 'Quotes', NULL, NULL, 0, 0, 1, 0, NULL, 'Sales'),
 (21, 'PurchaseOrder', 0, -1, 'PurchaseOrder', NULL, NULL, 0, 0, 1, 0, NULL, 'Inventory'),
 (22, 'SalesOrder', 0, -1, 'SalesOrder', NULL, NULL, 0, 0, 1, 0, NULL, 'Sales'),
 (23, 'Invoice', 0, -1, 'Invoice', NULL, NULL, 0, 0, 1, 0, NULL, 'Sales'),
 (24, 'Rss', 1, -1, 'Rss', NULL, NULL, 0, 1, 0, 0, NULL, 'Tools'),
 (25, 'Reports', 0, -1, 'Reports', NULL, NULL, 0, 1, 0, 0, NULL, 'Analytics'),
 (26, 'Campaigns', 0, -1, 'Campaigns', NULL, NULL, 0, 0, 1, 0, NULL, 'Marketing'),
 (27, 'Portal', 1, -1, 'Portal', NULL, NULL, 0, 1, 0, 0, NULL, 'Tools'),
 (29, 'Users', 0, -1, 'Users', NULL, NULL, 0, 1, 0, 0, NULL, NULL),
 (30, 'Import', 0, -1, 'Import', NULL, NULL, 1, 0, 0, 0, NULL, NULL),
 (31, 'ModComments', 0, -1, 'Comments', NULL, NULL, 0, 0, 1, 0, '2.1', NULL),
 (32, 'ModTracker', 0, -1, 'ModTracker', NULL, NULL, 0, 0, 0, 0, '1.2', NULL),
 (33, 'PBXManager', 0, -1, 'PBXManager', NULL, NULL, 0, 0, 1, 0, '2.2', 'Tools'),
 (34, 'MailManager', 0, -1, 'MailManager', NULL, NULL, 0, 0, 0, 0, '1.5', 'Tools'),
 (35, 'ServiceContracts', 0, -1, 'Service Contracts', NULL, NULL, 0, 0, 1, 0, '2.5', 'Support'),
 (36, 'Services', 0, -1, 'Services', NULL, NULL, 0, 0, 1, 0, '2.6', 'Inventory'),
 (37, 'Assets', 0, -1, 'Assets', NULL, NULL, 0, 0, 1, 0, '1.4', 'Inventory'),
 (38, 'Project', 0, -1, 'Projects', NULL, NULL, 0, 0, 1, 0, '3.5', 'Projects'),
 (39, 'ProjectTask', 0, -1, 'Project Tasks', NULL, NULL, 0, 0, 1, 0, '1.6', 'Projects'),
 (40, 'SMSNotifier', 0, -1, 'SMSNotifier', NULL, NULL, 0, 0, 1, 0, '2.1', 'Tools'),
 (41, 'Webforms', 0, -1, 'Webforms', NULL, NULL, 0, 0, 0, 0, '1.6', NULL),
 (42, 'RecycleBin', 0, -1, 'Recycle Bin', NULL, NULL, 0, 0, 0, 0, '1.5', 'Tools'),
 (43, 'EmailTemplates', 0, -1, 'Email Templates', NULL, NULL, 0, 0, 0, 0, '1.0', 'Tools'),
 (44, 'CustomerPortal', 0, -1, 'CustomerPortal', NULL, NULL, 0, 0, 0, 0, '1.4', NULL),
 (45, 'Google', 0, -1, 'Google', NULL, NULL, 0, 0, 0, 0, '1.5', NULL),
 (46, 'Mobile', 0, -1, 'Mobile', NULL, NULL, 0, 0, 0, 0, '2.0', NULL);

CREATE TABLE vtiger_users (
    id integer NOT NULL PRIMARY KEY, user_name varchar(255), user_password varchar(200), cal_color varchar(25) DEFAULT '#E6FAD8', first_name varchar(30),
    last_name varchar(30), reports_to_id varchar(36), is_admin varchar(3) DEFAULT '0', currency_id integer NOT NULL DEFAULT 1, description text,
    date_entered timestamp NOT NULL, date_modified timestamp, modified_user_id varchar(36), title varchar(50), department varchar(50),
    phone_home varchar(50), phone_mobile varchar(50), phone_work varchar(50), phone_other varchar(50), phone_fax varchar(50),
    email1 varchar(100), email2 varchar(100), secondaryemail varchar(100), status varchar(25), signature text,
    address_street varchar(150), address_city varchar(100), address_state varchar(100), address_country varchar(25), address_postalcode varchar(9),
    user_preferences text, tz varchar(30), date_format varchar(200), hour_format varchar(30) DEFAULT 'am/pm', start_hour varchar(30), end_hour varchar(30),
    imagename varchar(250), deleted integer NOT NULL DEFAULT 0, confirm_password varchar(300), internal_mailer varchar(3) NOT NULL DEFAULT '1',
    reminder_interval varchar(100), reminder_next_time varchar(100), crypt_type varchar(20) NOT NULL DEFAULT 'MD5', accesskey varchar(36),
    theme varchar(100), language varchar(36), time_zone varchar(200), userlabel varchar(255), user_hash varchar(32)
);
CREATE INDEX user_user_name_idx ON vtiger_users (user_name);

CREATE TABLE vgen.u (id int PRIMARY KEY, title text, dept text, branch int, reports int, since timestamp, status text, admin boolean);
INSERT INTO vgen.u
SELECT i, t.title, t.dept, p.k, CASE WHEN i IN (1, 2) THEN NULL WHEN i IN (3, 4, 6, 9, 14, 16, 22, 26) THEN 2 WHEN t.dept = 'Sales' THEN 3 WHEN t.dept IN ('Technical', 'Operations') THEN 4 WHEN t.dept = 'Support' THEN 6 ELSE 2 END,
       CASE WHEN i = 1 THEN timestamp '2021-03-01 09:12:40' ELSE vgen.at('usince', i, '2021-03-02', '2024-03-01') END, CASE WHEN i IN (17, 26) THEN 'Inactive' ELSE 'Active' END, i IN (1, 2, 9)
FROM vgen.p p CROSS JOIN LATERAL (SELECT
  (ARRAY['IT Administrator', 'Managing Director', 'Sales Manager', 'Operations Manager', 'Sales Consultant', 'Customer Care Team Lead', 'Sales Consultant', 'Solar Design Engineer',
         'IT & Systems Administrator', 'Support Technician', 'Sales Consultant', 'Installations Coordinator', 'Customer Care Agent', 'Finance Administrator', 'Sales Consultant',
         'Branch Manager – Gauteng', 'Sales Consultant', 'Support Technician', 'Customer Care Agent', 'Solar Design Engineer', 'Sales Consultant', 'Branch Manager – KZN',
         'Credit Controller', 'Support Technician', 'Sales Consultant', 'Marketing Coordinator', 'Customer Care Agent', 'Sales Consultant'])[p.i] AS title,
  (ARRAY['IT', 'Management', 'Sales', 'Operations', 'Sales', 'Support', 'Sales', 'Technical', 'IT', 'Support', 'Sales', 'Operations', 'Support', 'Finance', 'Sales', 'Management', 'Sales',
         'Support', 'Support', 'Technical', 'Sales', 'Management', 'Finance', 'Support', 'Sales', 'Marketing', 'Support', 'Sales'])[p.i] AS dept) t
WHERE p.i <= 28;

INSERT INTO vtiger_users (id, user_name, user_password, cal_color, first_name, last_name, reports_to_id, is_admin, currency_id, description, date_entered, date_modified,
    modified_user_id, title, department, phone_home, phone_mobile, phone_work, phone_other, phone_fax, email1, email2, secondaryemail, status, signature,
    address_street, address_city, address_state, address_country, address_postalcode, user_preferences, tz, date_format, hour_format, start_hour, end_hour,
    imagename, deleted, confirm_password, internal_mailer, reminder_interval, reminder_next_time, crypt_type, accesskey, theme, language, time_zone, userlabel, user_hash)
SELECT p.i, x.uname, x.pw, fixture_gen.pick(ARRAY['#E6FAD8', '#FFD8D8', '#D8E8FF', '#FFF5C2', '#E8D8FF', '#C2F0F0'], 'ucal', p.i),
       CASE WHEN p.i = 1 THEN '' ELSE p.first END, CASE WHEN p.i = 1 THEN 'Administrator' ELSE p.last END,
       coalesce(u.reports::text, ''), CASE WHEN u.admin THEN 'on' ELSE 'off' END, 1,
       CASE p.i WHEN 1 THEN 'Built-in admin account. Do not use for daily work - log in with your own user.'
                WHEN 2 THEN 'Founder. Approves discounts above 10% and all commercial quotes over R500 000.'
                WHEN 6 THEN 'Team lead customer care. Covers the after-hours WhatsApp line on alternate weekends (' || p.mobile || ').'
                WHEN 9 THEN 'Manages Vtiger, the mail scanner and the PBX integration. Backup admin: ' || (SELECT first FROM vgen.p WHERE i = 4) || '.'
                WHEN 14 THEN 'Handles debit orders and finance applications with the banks.'
                WHEN 16 THEN 'Runs the Midrand branch. On leave 15-30 July (family in Polokwane).'
                WHEN 17 THEN 'Resigned 31 Jan 2024. Leads and opportunities reassigned to ' || (SELECT first || ' ' || last FROM vgen.p WHERE i = 21) || '.'
                WHEN 22 THEN 'Durban branch, Westville office.'
                WHEN 26 THEN 'Contract ended. Account kept for the campaign history.'
                ELSE '' END,
       u.since, vgen.at('umod', p.i, '2024-01-01', '2024-06-27'), '1', u.title, u.dept,
       CASE WHEN p.i % 3 = 0 THEN p.phone END, CASE WHEN p.i > 1 THEN p.mobile END,
       CASE u.branch WHEN 3 THEN '011 312 ' || (4400 + p.i) WHEN 5 THEN '031 265 ' || (1800 + p.i) ELSE '021 486 ' || (3300 + p.i) END || ' ext ' || (200 + p.i),
       CASE WHEN p.i % 8 = 0 THEN vgen.mobile('ZA', 'uoth', p.i) END,
       CASE WHEN p.i % 4 = 1 AND p.i > 1 THEN '086 ' || fixture_gen.digits('ufax', p.i, 3) || ' ' || fixture_gen.digits('ufax2', p.i, 4) END,
       CASE WHEN p.i = 1 THEN 'it@karoosun.co.za' ELSE p.email END,
       CASE WHEN p.i % 3 = 1 AND p.i > 1 THEN vgen.fold(p.first) || '.' || vgen.fold(p.last) || (p.i % 90) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com'], 'ue2', p.i) END,
       CASE WHEN p.i % 5 = 2 THEN CASE u.dept WHEN 'Sales' THEN 'sales@karoosun.co.za' WHEN 'Support' THEN 'support@karoosun.co.za' ELSE 'info@karoosun.co.za' END END,
       u.status,
       CASE WHEN p.i = 1 THEN '' ELSE E'Kind regards,\n' || p.first || ' ' || p.last || E'\n' || u.title || E' | Karoo Sun Energy (Pty) Ltd\nM: ' || p.mobile || ' | T: '
         || CASE u.branch WHEN 3 THEN '011 312 4400' WHEN 5 THEN '031 265 1800' ELSE '021 486 3300' END
         || E'\nwww.karoosun.co.za | Powering homes through load-shedding since 2016' END,
       CASE WHEN p.i = 1 THEN '' ELSE p.street || ', ' || p.suburb END, CASE WHEN p.i > 1 THEN p.city END, CASE WHEN p.i > 1 THEN p.prov END, 'South Africa', CASE WHEN p.i > 1 THEN p.zip END,
       translate(encode(convert_to('a:3:{s:17:"reminder_interval";s:10:"15 Minutes";s:12:"dayoftheweek";s:6:"Monday";s:13:"leftpanelhide";s:1:"' || (p.i % 2) || '";}', 'UTF8'), 'base64'), E'\n', ''),
       NULL, CASE WHEN p.i % 3 = 0 THEN 'yyyy-mm-dd' ELSE 'dd-mm-yyyy' END, CASE WHEN p.i % 4 = 0 THEN '12' ELSE '24' END, '08:00', '17:00',
       CASE WHEN p.i % 3 = 0 THEN vgen.fold(p.first) || '_' || vgen.fold(p.last) || '.jpg' WHEN p.i % 3 = 1 AND p.i > 1 THEN 'IMG_' || (20210000 + fixture_gen.n('uimg', p.i, 30000)) || '.jpg' ELSE '' END,
       0, x.pw, '1', '15 Minutes', to_char(vgen.at('urem', p.i, '2024-06-28 08:00', '2024-06-28 18:00'), 'YYYY-MM-DD HH24:MI'),
       x.ct, vgen.rnd('uak', p.i, 16), fixture_gen.pick(ARRAY['softed', 'softed', 'alphagrey', 'bluelagoon'], 'uth', p.i), 'en_us', 'Africa/Johannesburg',
       CASE WHEN p.i = 1 THEN 'Administrator' ELSE p.first || ' ' || p.last END, fixture_gen.hexn('uhash', p.i, 32)
FROM vgen.p p JOIN vgen.u u ON u.id = p.i
CROSS JOIN LATERAL (SELECT CASE WHEN p.i = 1 THEN 'admin' WHEN p.i % 4 = 0 THEN substr(vgen.fold(p.first), 1, 1) || vgen.fold(p.last) ELSE vgen.fold(p.first) || '.' || vgen.fold(p.last) END AS uname) n
CROSS JOIN LATERAL (SELECT n.uname, CASE WHEN p.i IN (1, 3, 7, 17, 26) THEN 'MD5' ELSE 'PHASH' END AS ct,
       CASE WHEN p.i IN (1, 3, 7, 17, 26) THEN '$1$' || rpad(substr(n.uname, 1, 2), 8, '0') || '$' || fixture_gen.chars('umd5', p.i, 22, './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
            ELSE '$2y' || '$10$' || fixture_gen.chars('ubc', p.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END AS pw) x
ORDER BY p.i;

-- The record registry: every entity record has its row here.
CREATE TABLE vtiger_crmentity (
    crmid integer NOT NULL PRIMARY KEY, smcreatorid integer NOT NULL DEFAULT 0, smownerid integer NOT NULL DEFAULT 0, modifiedby integer NOT NULL DEFAULT 0,
    setype varchar(100), description text, createdtime timestamp NOT NULL, modifiedtime timestamp NOT NULL, viewedtime timestamp, status varchar(50),
    version integer NOT NULL DEFAULT 0, presence integer DEFAULT 1, deleted integer NOT NULL DEFAULT 0, smgroupid integer, source varchar(100), label varchar(255)
);
CREATE INDEX crmentity_smcreatorid_idx ON vtiger_crmentity (smcreatorid);
CREATE INDEX crmentity_smownerid_idx ON vtiger_crmentity (smownerid);
CREATE INDEX crmentity_deleted_idx ON vtiger_crmentity (deleted);
CREATE INDEX crm_ownerid_del_setype_idx ON vtiger_crmentity (smownerid, deleted, setype);

-- owner: a user of a department for a record.
CREATE FUNCTION vgen.owner(dept text, tag text, i bigint) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE dept
    WHEN 'Sales' THEN (ARRAY[5, 7, 11, 15, 17, 21, 25, 28, 3, 16, 22])[1 + fixture_gen.n(tag, i, 11)]
    WHEN 'Support' THEN (ARRAY[6, 10, 13, 18, 19, 24, 27, 8, 20])[1 + fixture_gen.n(tag, i, 9)]
    WHEN 'Finance' THEN (ARRAY[14, 23])[1 + fixture_gen.n(tag, i, 2)]
    ELSE (ARRAY[4, 8, 12, 20])[1 + fixture_gen.n(tag, i, 4)] END
$$;

CREATE TABLE vtiger_organizationdetails (
    organization_id integer NOT NULL PRIMARY KEY, organizationname varchar(60), address varchar(150), city varchar(100), state varchar(100), country varchar(100),
    code varchar(30), phone varchar(30), fax varchar(30), website varchar(100), logoname varchar(50), logo text, vatid varchar(100)
);
INSERT INTO vtiger_organizationdetails VALUES
 (1, 'Karoo Sun Energy (Pty) Ltd', 'Unit 7, Montague Park, 14 Montague Drive, Montague Gardens', 'Cape Town', 'Western Cape', 'South Africa', '7441', '021 486 3300', '086 611 4702',
  'www.karoosun.co.za', 'karoosun_logo.png', NULL, '4' || fixture_gen.digits('orgvat', 1, 9));

CREATE TABLE vtiger_products (
    productid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, product_no varchar(100) NOT NULL, productname varchar(100),
    productcode varchar(40), productcategory varchar(200), manufacturer varchar(200), unit_price numeric(25,8), weight numeric(11,3), discontinued integer NOT NULL DEFAULT 0,
    usageunit varchar(200), qtyinstock numeric(25,3), website varchar(100), mfr_part_no varchar(200), taxclass varchar(200), imagename text, purchase_cost numeric(27,8)
);
CREATE TABLE vgen.prod (k int PRIMARY KEY, name text, code text, cat text, mfr text, price numeric, unit text, descr text);
INSERT INTO vgen.prod VALUES
 (1, 'Sunsynk 8kW Hybrid Inverter (single phase)', 'SUN-8K-SG01LP1', 'Inverters', 'Sunsynk', 38950, 'Each', 'Hybrid inverter, 8kW continuous, two MPPTs, 48V battery input, built-in WiFi logger.'),
 (2, 'Sunsynk 5kW Hybrid Inverter', 'SUN-5K-SG01LP1', 'Inverters', 'Sunsynk', 24990, 'Each', 'Hybrid inverter, 5kW, parallel capable, UPS function under 10ms.'),
 (3, 'Deye 12kW Three-Phase Hybrid Inverter', 'SUN-12K-SG04LP3', 'Inverters', 'Deye', 59900, 'Each', 'Three-phase hybrid inverter for farms and small businesses.'),
 (4, 'Victron MultiPlus-II 48/5000/70-50', 'PMP482505010', 'Inverters', 'Victron Energy', 33600, 'Each', 'Inverter/charger with PowerAssist, needs GX device for monitoring.'),
 (5, 'Goodwe 10kW Three-Phase Hybrid (ET series)', 'GW10K-ET', 'Inverters', 'Goodwe', 52400, 'Each', 'Three-phase hybrid, high-voltage battery compatible.'),
 (6, 'Growatt SPF 5000 ES Off-grid Inverter', 'SPF5000ES', 'Inverters', 'Growatt', 15800, 'Each', 'Off-grid inverter for remote sites and farm pump stations.'),
 (7, 'Hubble AM-2 5.5kWh Lithium Battery', 'AM-2-5.5', 'Batteries', 'Hubble Lithium', 29500, 'Each', 'LiFePO4, 51.2V, 6000 cycles, 10-year warranty, CAN/RS485.'),
 (8, 'Dyness B4850 2.4kWh LiFePO4 Battery', 'B4850', 'Batteries', 'Dyness', 13900, 'Each', 'Rack-mounted low-voltage battery module.'),
 (9, 'Pylontech US5000 4.8kWh Battery', 'US5000', 'Batteries', 'Pylontech', 26500, 'Each', '48V LiFePO4 module, stackable up to 16 units.'),
 (10, 'Freedom Won Lite Home 10/8 Battery', 'FW-LH-10-8', 'Batteries', 'Freedom Won', 68900, 'Each', 'Locally manufactured 10kWh battery, 8kWh usable.'),
 (11, 'JA Solar 550W Mono PERC Panel', 'JAM72S30-550/MR', 'Panels', 'JA Solar', 2890, 'Each', 'Half-cell mono PERC module, 21.3% efficiency.'),
 (12, 'Canadian Solar 455W HiKu6 Panel', 'CS6L-455MS', 'Panels', 'Canadian Solar', 2450, 'Each', 'Mono module, 25-year power warranty.'),
 (13, 'Jinko Tiger Neo 575W N-type Panel', 'JKM575N-72HL4', 'Panels', 'Jinko Solar', 3190, 'Each', 'N-type TOPCon bifacial module.'),
 (14, 'Trina Vertex S 410W All-black Panel', 'TSM-DE09R.05', 'Panels', 'Trina Solar', 2690, 'Each', 'All-black residential module for visible roofs.'),
 (15, 'Lumax tile roof mounting kit (per panel)', 'LMX-TILE-KIT', 'Mounting', 'Lumax', 690, 'Pack', 'Rails, hooks, mid and end clamps for one panel on a tile roof.'),
 (16, 'Lumax IBR roof mounting kit (per panel)', 'LMX-IBR-KIT', 'Mounting', 'Lumax', 540, 'Pack', 'Short rails and clamps for IBR and corrugated roofs.'),
 (17, 'Ground mount frame (per 6 panels)', 'GMF-6', 'Mounting', 'Karoo Sun Fabrication', 8900, 'Each', 'Galvanised ground frame, concrete footings not included.'),
 (18, 'DC isolator 1000V 32A', 'DCI-1000-32', 'Electrical', 'Noark', 780, 'Each', 'Rotary DC isolator in IP66 enclosure.'),
 (19, 'AC surge protection device Type 2', 'SPD-AC-T2', 'Electrical', 'CBI', 650, 'Each', 'Type 2 SPD for the essential loads board.'),
 (20, '6mm² PV cable (per metre)', 'PVC-6-RB', 'Electrical', 'Aberdare', 28, 'M', 'Red/black solar cable, UV resistant.'),
 (21, 'MC4 connector pair', 'MC4-PAIR', 'Electrical', 'Stäubli', 85, 'Pack', 'Genuine MC4 connectors, one male and one female.'),
 (22, 'Essential loads distribution board', 'DB-ESS-12', 'Electrical', 'CBI', 3400, 'Each', 'Pre-wired 12-way board with changeover switch.'),
 (23, 'Smart meter CT clamp kit', 'CT-KIT-2', 'Electrical', 'Sunsynk', 450, 'Each', 'Current transformer for zero-export and grid monitoring.'),
 (24, 'WiFi data logger dongle', 'WIFI-LOG-01', 'Monitoring', 'Solarman', 1200, 'Each', 'Replacement WiFi logger for app monitoring.'),
 (25, 'Victron Cerbo GX', 'BPP900450100', 'Monitoring', 'Victron Energy', 6300, 'Each', 'System monitoring and VRM portal connection.'),
 (26, 'Solar geyser conversion kit 3kW', 'SGK-3K', 'Water heating', 'Geyserwise', 8600, 'Each', 'PV-direct geyser element and controller.'),
 (27, 'Heat pump 4.5kW for 200L geyser', 'HP-45-200', 'Water heating', 'Kwikot', 22400, 'Each', 'Retrofit heat pump, COP 4.2.'),
 (28, 'Site survey & load assessment', 'SRV-SURVEY', 'Services', 'Karoo Sun Energy', 1500, 'Each', 'On-site visit, DB inspection, shading check, load profile. Credited on order.'),
 (29, 'Installation labour – residential (per day)', 'SRV-INST-RES', 'Services', 'Karoo Sun Energy', 9500, 'Each', 'Team of three: electrician, installer, assistant.'),
 (30, 'Installation labour – commercial (per day)', 'SRV-INST-COM', 'Services', 'Karoo Sun Energy', 14500, 'Each', 'Team of five with supervisor; scaffolding quoted separately.'),
 (31, 'Certificate of Compliance (CoC) electrical', 'SRV-COC', 'Services', 'Karoo Sun Energy', 2200, 'Each', 'Electrical CoC by a registered installation electrician.'),
 (32, 'SSEG municipal registration', 'SRV-SSEG', 'Services', 'Karoo Sun Energy', 3500, 'Each', 'Small-scale embedded generation application with the municipality.'),
 (33, 'Annual maintenance contract – residential', 'SRV-AMC-RES', 'Services', 'Karoo Sun Energy', 2400, 'Each', 'One visit a year: panel clean, torque check, firmware update.'),
 (34, 'Panel cleaning (per visit, up to 20 panels)', 'SRV-CLEAN', 'Services', 'Karoo Sun Energy', 1100, 'Each', 'Deionised water clean, no chemicals.'),
 (35, 'Battery extended warranty – 5 years', 'WAR-BAT-5', 'Services', 'Karoo Sun Energy', 3900, 'Each', 'Extends the battery warranty by five years, swap-out included.'),
 (36, 'Travel & logistics (per km beyond 50 km)', 'SRV-TRAVEL', 'Services', 'Karoo Sun Energy', 9.50, 'Each', 'Charged from the nearest branch.'),
 (37, 'Fault call-out (first hour)', 'SRV-CALLOUT', 'Services', 'Karoo Sun Energy', 950, 'Hours', 'Out-of-warranty fault finding.'),
 (38, 'Generator changeover kit', 'GEN-CO-63', 'Electrical', 'Hager', 4200, 'Each', 'Manual changeover for generator backup.'),
 (39, 'Bird-proofing mesh (per panel)', 'BIRD-MESH', 'Mounting', 'SolarGuard', 180, 'Each', 'Stops pigeons nesting under the array.'),
 (40, 'Sunsynk 3.6kW Hybrid Inverter (discontinued)', 'SUN-3.6K-SG01LP1', 'Inverters', 'Sunsynk', 17900, 'Each', 'Replaced by the 5kW model.');

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT 9000 + k, 12, 12, 12, 'Products', descr, c, c + interval '30 days', NULL::timestamp, NULL::varchar, 0, 1, 0, 0, 'CRM', name
FROM vgen.prod CROSS JOIN LATERAL (SELECT vgen.at('prc', k, '2021-03-01', '2023-09-01') AS c) x;
INSERT INTO vtiger_products
SELECT 9000 + k, 'PRO' || k, name, code, cat, mfr, price, CASE cat WHEN 'Panels' THEN 27.5 WHEN 'Batteries' THEN 48 WHEN 'Inverters' THEN 21.5 ELSE NULL END, CASE WHEN k = 40 THEN 0 ELSE 1 END,
       unit, CASE WHEN cat = 'Services' THEN NULL ELSE fixture_gen.n('pqty', k, 140) END,
       CASE mfr WHEN 'Sunsynk' THEN 'https://www.sunsynk.org' WHEN 'Victron Energy' THEN 'https://www.victronenergy.com' WHEN 'Deye' THEN 'https://www.deyeinverter.com' ELSE '' END,
       code, 'tax1', CASE WHEN cat IN ('Inverters', 'Batteries', 'Panels') THEN lower(replace(code, '/', '-')) || '.png' ELSE '' END, round(price * 0.72, 2)
FROM vgen.prod;

-- fill: a text template with a person's details ({first}, {last}, {full},
-- {mob}, {phone}, {email}, {street}, {suburb}, {city}, {id}) and another
-- person's ({o_first}, {o_full}, {o_mob}, {o_street}).
CREATE FUNCTION vgen.fill(t text, a int, b int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t,
    '{first}', p.first), '{last}', p.last), '{full}', p.full_name), '{mob}', p.mobile), '{phone}', coalesce(p.phone, p.mobile)), '{email}', p.email),
    '{street}', p.street), '{suburb}', p.suburb), '{city}', p.city), '{id}', coalesce(p.idno, '')), '{o_first}', q.first), '{o_full}', q.full_name), '{o_mob}', q.mobile),
    '{o_street}', q.street || ', ' || q.suburb)
  FROM vgen.p p, vgen.p q WHERE p.i = a AND q.i = b
$$;

-- ---------------------------------------------------------------------------
-- Accounts (organisations; some sole traders).

CREATE TABLE vgen.acc (k int PRIMARY KEY, id int, kind text, name text, atype text, industry text, dom text, ck int, cc text, vat text, reg text, employees int);
INSERT INTO vgen.acc VALUES
 (1, 1001, 'supplier', 'Voltstream Distribution (Pty) Ltd', 'Partner', 'Electronics', 'voltstream.co.za', 3, 'ZA', NULL, '2011/004417/07', 85),
 (2, 1002, 'supplier', 'Shenzhen Brightray New Energy Co., Ltd', 'Partner', 'Manufacturing', 'brightray-energy.cn', 17, 'CN', NULL, '91440300MA5F' || fixture_gen.digits('cnreg', 1, 6), 1200),
 (3, 1003, 'supplier', 'Helionics GmbH', 'Partner', 'Electronics', 'helionics.de', 16, 'DE', NULL, 'HRB ' || fixture_gen.digits('dereg', 1, 6), 140),
 (4, 1004, 'reseller', 'Namib Solar Traders CC', 'Reseller', 'Energy', 'namibsolar.com.na', 14, 'NA', NULL, 'CC/2014/' || fixture_gen.digits('nareg', 1, 4), 12),
 (5, 1005, 'reseller', 'Harare Green Power (Pvt) Ltd', 'Reseller', 'Energy', 'hararegreenpower.co.zw', 13, 'ZW', NULL, fixture_gen.digits('zwreg', 1, 4) || '/2016', 18),
 (6, 1006, 'reseller', 'Nairobi Sunworks Ltd', 'Reseller', 'Energy', 'sunworks.co.ke', 15, 'KE', NULL, 'PVT-' || fixture_gen.chars('kereg', 1, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), 25);
INSERT INTO vgen.acc
SELECT k, 1000 + k,
       CASE WHEN k % 10 = 3 THEN 'sole' ELSE 'biz' END,
       CASE WHEN k % 10 = 3 THEN p.first || ' ' || p.last || ' t/a ' || p.last || ' ' || fixture_gen.pick(ARRAY['Electrical', 'Plumbing', 'Guest Cottage', 'Hair Studio', 'Auto Repairs', 'Physiotherapy', 'Spaza & Tuck Shop', 'Catering'], 'acst', k)
            ELSE pr || tr || CASE WHEN tr IN (' Primary School', ' Body Corporate') THEN '' WHEN tr = ' Community Church' THEN ' NPC' WHEN k % 4 = 1 THEN ' CC' ELSE ' (Pty) Ltd' END END,
       CASE WHEN k % 10 = 3 THEN 'Customer' WHEN k % 9 = 0 THEN 'Prospect' WHEN k % 17 = 0 THEN 'Integrator' ELSE 'Customer' END,
       CASE WHEN k % 10 = 3 THEN 'Other' ELSE ind END,
       CASE WHEN k % 10 = 3 THEN NULL ELSE vgen.fold(pr || tr) || '.co.za' END,
       CASE WHEN k % 10 = 3 THEN p.pk ELSE (ARRAY[1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12])[1 + fixture_gen.n('ack', k, 17)] END, 'ZA',
       CASE WHEN k % 10 = 3 AND k % 20 <> 3 THEN NULL WHEN k % 6 = 5 THEN NULL ELSE '4' || fixture_gen.digits('acvat', k, 9) END,
       CASE WHEN k % 10 = 3 THEN NULL WHEN tr = ' Body Corporate' THEN 'SS ' || (100 + fixture_gen.n('acbc', k, 800)) || '/' || (1990 + fixture_gen.n('acby', k, 30))
            WHEN tr = ' Primary School' THEN 'EMIS ' || fixture_gen.digits('acemis', k, 9)
            ELSE (1995 + fixture_gen.n('acry', k, 28)) || '/' || fixture_gen.digits('acrn', k, 6) || '/' || CASE WHEN tr = ' Community Church' THEN '08' WHEN k % 4 = 1 THEN '23' ELSE '07' END END,
       CASE WHEN k % 10 = 3 THEN 1 + fixture_gen.n('acemp', k, 4) ELSE 3 + fixture_gen.n('acemp', k, 240) END
FROM generate_series(7, 120) k
JOIN (SELECT i, first, last, k AS pk FROM vgen.p) p ON p.i = 1000 + k
CROSS JOIN LATERAL (SELECT (ARRAY['Boland', 'Highveld', 'Umgeni', 'Kaap', 'Lowveld', 'Ubuntu', 'Silverstream', 'Blouberg', 'Drakensberg', 'Acacia', 'Protea', 'Baobab', 'Kingfisher',
    'Fynbos', 'Table Bay', 'Mzansi', 'Sizwe', 'Ikhaya', 'Jacaranda', 'Amanzi'])[1 + k % 20] AS pr,
  (ARRAY[' Wines', ' Guesthouse', ' Dairy', ' Logistics', ' Primary School', ' Dental Studio', ' Body Corporate', ' Engineering', ' Butchery', ' Pharmacy', ' Farms', ' Cold Storage',
    ' Motors', ' Bakery', ' Veterinary Clinic', ' Community Church', ' Fitness', ' Printers'])[1 + (k * 7) % 18] AS tr,
  (ARRAY['Food & Beverage', 'Hospitality', 'Food & Beverage', 'Transportation', 'Education', 'Healthcare', 'Other', 'Engineering', 'Retail', 'Healthcare', 'Food & Beverage', 'Shipping',
    'Retail', 'Food & Beverage', 'Healthcare', 'Not For Profit', 'Recreation', 'Manufacturing'])[1 + (k * 7) % 18] AS ind) n;
UPDATE vgen.acc SET vat = 'DE' || substr(fixture_gen.vat('devat', 0), 3) WHERE k = 3;
UPDATE vgen.acc SET vat = fixture_gen.digits('navat', 1, 7) || '-01-5' WHERE k = 4;

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT a.id, o, o, CASE WHEN a.k % 3 = 0 THEN 9 ELSE o END, 'Accounts',
       CASE WHEN a.kind = 'supplier' THEN fixture_gen.pick(ARRAY['Main inverter and battery supplier. Credit limit R2.5m, 30 days.', 'Panel and mounting supplier. Orders via the dealer portal; lead time 3-5 weeks ex Durban port.',
              'German BOS components. Payment in EUR by SWIFT, 50% upfront.'], 'acdsu', a.k)
            WHEN a.kind = 'reseller' THEN 'Cross-border reseller. Ships ex Cape Town warehouse; customs handled by the reseller.'
            WHEN a.kind = 'sole' THEN vgen.fill(fixture_gen.pick(ARRAY['Owner runs the business from home at {street}, {suburb}. Pays by EFT from personal account.',
              'Small business, owner {full} ({mob}). Wants to go off-grid during load-shedding stage 4+.', 'Referred by {o_full}. Single-phase supply, 60A main breaker.', ''], 'acdso', a.k), a.id, 4001 + a.k % 60)
            ELSE fixture_gen.pick(ARRAY['Three-phase supply, cold room and pumps on essential loads.', 'Roof space for about 120 panels on the warehouse. Needs structural sign-off.',
              'Body corporate approval needed for every change; trustees meet monthly.', 'Grade R-7 school, 640 learners. Governing body funds phase 1 from the fundraising drive.',
              'Load-shedding costs them about R18 000 a month in diesel.', 'Guest rooms and a restaurant; generator noise complaints from neighbours.', '',
              'Existing Growatt system by another installer, wants an upgrade and a maintenance contract.', 'Account on hold - overdue invoices since March.', ''], 'acdb', a.k) END,
       c, c + make_interval(days => fixture_gen.n('acm', a.k, 400)), NULL::timestamp, NULL::varchar, 0, 1, CASE WHEN a.k IN (44, 97) THEN 1 ELSE 0 END, 0,
       CASE WHEN a.k % 8 = 0 THEN 'WEBSERVICE' ELSE 'CRM' END, a.name
FROM vgen.acc a CROSS JOIN LATERAL (SELECT vgen.owner('Sales', 'acown', a.k) AS o, vgen.at('acc', a.k, '2021-03-02', '2024-05-30') AS c) x;

CREATE TABLE vtiger_account (
    accountid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, account_no varchar(100) NOT NULL, accountname varchar(100) NOT NULL,
    parentid integer DEFAULT 0, account_type varchar(200), industry varchar(200), annualrevenue numeric(25,8), rating varchar(200), ownership varchar(50),
    phone varchar(30), otherphone varchar(30), email1 varchar(100), email2 varchar(100), website varchar(100), fax varchar(30), employees integer DEFAULT 0,
    emailoptout varchar(3) DEFAULT '0', isconvertedfromlead varchar(3) DEFAULT '0', tags varchar(1)
);
INSERT INTO vtiger_account
SELECT a.id, 'ACC' || a.k, a.name, CASE WHEN a.k IN (27, 47) THEN 1007 WHEN a.k = 88 THEN 1068 ELSE 0 END, a.atype, a.industry,
       CASE WHEN a.kind = 'sole' THEN 0 ELSE round((0.4 + fixture_gen.n('acrev', a.k, 400) / 4.0) * 1000000, 0) END,
       fixture_gen.pick(ARRAY['Active', 'Active', 'Acquired', '', 'Market Failed', 'Project Cancelled'], 'acrat', a.k),
       CASE a.kind WHEN 'sole' THEN 'Sole Proprietor' WHEN 'supplier' THEN 'Private' ELSE fixture_gen.pick(ARRAY['Private', 'Private', 'Partnership', '', 'Public'], 'acown2', a.k) END,
       CASE WHEN a.kind = 'sole' THEN p.mobile ELSE vgen.landline(a.ck, 'acph', a.k) END,
       CASE WHEN a.k % 4 = 0 THEN vgen.mobile(a.cc, 'acoph', a.k) END,
       CASE WHEN a.kind = 'sole' THEN p.email ELSE fixture_gen.pick(ARRAY['info@', 'admin@', 'office@', 'accounts@', 'reception@'], 'acem', a.k) || a.dom END,
       CASE WHEN a.kind <> 'sole' AND a.k % 3 = 0 THEN 'accounts@' || a.dom END,
       CASE WHEN a.kind = 'sole' THEN '' ELSE 'www.' || a.dom END,
       CASE WHEN a.k % 5 = 2 AND a.cc = 'ZA' THEN '086 ' || fixture_gen.digits('acfax', a.k, 3) || ' ' || fixture_gen.digits('acfax2', a.k, 4) END,
       a.employees, CASE WHEN a.k % 13 = 0 THEN '1' ELSE '0' END, CASE WHEN a.k % 5 = 1 THEN '1' ELSE '0' END, NULL
FROM vgen.acc a LEFT JOIN vgen.p p ON p.i = a.id ORDER BY a.k;

CREATE TABLE vtiger_accountbillads (
    accountaddressid integer NOT NULL PRIMARY KEY REFERENCES vtiger_account (accountid) ON DELETE CASCADE, bill_city varchar(30), bill_code varchar(30),
    bill_country varchar(30), bill_state varchar(30), bill_street varchar(250), bill_pobox varchar(30)
);
CREATE TABLE vtiger_accountshipads (
    accountaddressid integer NOT NULL PRIMARY KEY REFERENCES vtiger_account (accountid) ON DELETE CASCADE, ship_city varchar(30), ship_code varchar(30),
    ship_country varchar(30), ship_state varchar(30), ship_pobox varchar(30), ship_street varchar(250)
);
CREATE TABLE vgen.aad (id int PRIMARY KEY, street text, street2 text, city text, zip text, prov text, country text, pobox text);
INSERT INTO vgen.aad
SELECT a.id,
       CASE WHEN a.kind = 'sole' THEN p.street || ', ' || p.suburb
            WHEN a.industry IN ('Food & Beverage') AND a.k % 2 = 0 THEN 'Farm ' || fixture_gen.pick(ARRAY['Rietvlei', 'Welgemoed', 'Klipdrift', 'Doornkraal', 'Uitkyk', 'Zandvliet'], 'afarm', a.k) || ' No. ' || (100 + fixture_gen.n('afno', a.k, 800)) || ', ' || fixture_gen.pick(ARRAY['R44', 'R310', 'R62', 'R103', 'N2'], 'afr', a.k)
            WHEN a.k % 3 = 0 AND a.cc = 'ZA' THEN 'Unit ' || (1 + fixture_gen.n('aunit', a.k, 30)) || ', ' || fixture_gen.pick(ARRAY['Airport Industria', 'Montague Park', 'Riverside Business Park', 'Westlake Office Park', 'Kyalami Business Park', 'Bellville Business Park', 'Cornubia Industrial'], 'apark', a.k)
            ELSE (1 + fixture_gen.n('ano', a.k, 200)) || ' ' || ct.streets[1 + fixture_gen.n('astr', a.k, cardinality(ct.streets))] || ', ' || ct.subs[1 + fixture_gen.n('asub', a.k, cardinality(ct.subs))] END,
       CASE WHEN a.k % 4 = 0 THEN (1 + fixture_gen.n('ano2', a.k, 200)) || ' ' || ct.streets[1 + fixture_gen.n('astr2', a.k, cardinality(ct.streets))] END,
       ct.city, CASE WHEN a.kind = 'sole' THEN p.zip ELSE ct.zips[1 + fixture_gen.n('asub', a.k, cardinality(ct.subs))] END, ct.prov, ct.country,
       CASE WHEN a.k % 5 = 0 THEN 'PO Box ' || (100 + fixture_gen.n('apob', a.k, 9000)) END
FROM vgen.acc a JOIN vgen.ct ct ON ct.k = a.ck LEFT JOIN vgen.p p ON p.i = a.id;
UPDATE vgen.aad SET street = CASE id WHEN 1002 THEN 'Building 5, Gaoxin Industrial Park, Keji South 12th Road' WHEN 1003 THEN 'Mainzer Landstraße 176' ELSE street END WHERE id IN (1002, 1003);
INSERT INTO vtiger_accountbillads SELECT id, city, zip, country, prov, street, pobox FROM vgen.aad ORDER BY id;
INSERT INTO vtiger_accountshipads SELECT id, city, zip, country, prov, NULL, coalesce(street2, street) FROM vgen.aad ORDER BY id;

CREATE TABLE vtiger_accountscf (
    accountid integer NOT NULL PRIMARY KEY REFERENCES vtiger_account (accountid) ON DELETE CASCADE,
    cf_851 varchar(255) DEFAULT '', cf_853 varchar(255) DEFAULT '', cf_855 varchar(255) DEFAULT '', cf_857 varchar(255) DEFAULT ''
);
INSERT INTO vtiger_accountscf
SELECT a.id, coalesce(a.vat, ''), coalesce(a.reg, ''),
       CASE WHEN a.cc <> 'ZA' THEN '' ELSE fixture_gen.pick(ARRAY['Level 1', 'Level 2', 'Level 4', 'EME', 'QSE Level 3', 'Non-compliant', ''], 'abee', a.k) END,
       CASE WHEN a.kind IN ('supplier', 'reseller') THEN ''
            ELSE vgen.fill(fixture_gen.pick(ARRAY['{o_first} (caretaker) {o_mob}', 'Ask for {o_full} at reception', '{o_full} – {o_mob}', 'Security: {o_mob} (gate guard)', '', 'Owner on site: {mob}'], 'asite', a.k),
                 a.id, 4001 + (a.k * 7) % 60) END
FROM vgen.acc a LEFT JOIN vgen.p p ON p.i = a.id ORDER BY a.id;
UPDATE vtiger_accountscf SET cf_857 = replace(cf_857, 'Owner on site: ', 'Site manager ') WHERE accountid IN (SELECT id FROM vgen.acc WHERE kind <> 'sole');
UPDATE vtiger_accountscf s SET cf_857 = 'Site manager ' || vgen.mobile('ZA', 'asm', s.accountid) WHERE cf_857 LIKE 'Site manager {mob}%' OR cf_857 LIKE '%{mob}%';

-- ---------------------------------------------------------------------------
-- Contacts 2001-2300: 2001-2190 private customers, 2191-2300 people at the accounts.

CREATE TABLE vgen.con (id int PRIMARY KEY, acc int, email text, title text, dept text, src text, owner int, created timestamp, portal boolean);
INSERT INTO vgen.con
SELECT p.i, CASE WHEN p.i BETWEEN 2191 AND 2196 THEN p.i - 1190 WHEN p.i > 2196 THEN 1007 + (p.i - 2197) % 114 WHEN p.i % 17 = 0 THEN 1003 + 10 * fixture_gen.n('cacc', p.i, 11) END,
       NULL, NULL, NULL,
       fixture_gen.pick(ARRAY['Web Site', 'Web Site', 'Word of mouth', 'Existing Customer', 'Trade Show', 'Cold Call', 'Partner', 'Self Generated', 'Employee', 'Other'], 'csrc', p.i),
       vgen.owner('Sales', 'cown', p.i), vgen.at('ccr', p.i, '2021-03-05', '2024-06-20'), p.i % 5 IN (1, 2) AND p.i <= 2190
FROM vgen.p p WHERE p.i BETWEEN 2001 AND 2300;
UPDATE vgen.con c SET
  email = CASE WHEN c.id > 2190 AND a.dom IS NOT NULL AND c.id % 4 <> 0 THEN CASE WHEN a.cc = 'CN' THEN vgen.fold(p.first) || '.' || vgen.fold(p.last) ELSE vgen.fold(p.first) || CASE WHEN c.id % 2 = 0 THEN '.' || vgen.fold(p.last) ELSE '' END END || '@' || a.dom ELSE p.email END,
  title = CASE WHEN c.id <= 2190 THEN '' ELSE fixture_gen.pick(CASE a.kind WHEN 'supplier' THEN ARRAY['Key Account Manager', 'Sales Engineer', 'Export Sales Manager', 'Technical Support Engineer']
                                                                          WHEN 'reseller' THEN ARRAY['Director', 'Sales Manager', 'Installer']
                                                                          ELSE ARRAY['Facilities Manager', 'Financial Director', 'Owner', 'Estate Manager', 'Procurement Officer', 'Principal', 'Farm Manager', 'Chairperson', 'Bookkeeper', 'Operations Manager', 'Trustee'] END, 'ctit', c.id) END,
  dept = CASE WHEN c.id <= 2190 THEN '' ELSE fixture_gen.pick(ARRAY['Facilities', 'Finance', 'Procurement', '', 'Management', 'Operations'], 'cdep', c.id) END
FROM vgen.p p LEFT JOIN vgen.acc a ON true WHERE p.i = c.id AND (a.id = c.acc OR (c.acc IS NULL AND a.k = 1));

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT c.id, c.owner, c.owner, CASE WHEN c.id % 4 = 0 THEN vgen.owner('Support', 'cmb', c.id) ELSE c.owner END, 'Contacts',
       vgen.fill(fixture_gen.pick(ARRAY[
         'Existing customer since {year}. {sys}. Spouse {o_first} handles the payments ({o_mob}).',
         'Prefers WhatsApp, not calls during work hours.',
         '{sys}. Installed at {street}, {suburb}. Complex rules: no panels visible from the street.',
         'Pensioner, lives alone. Please phone her daughter {o_full} on {o_mob} before any site visit.',
         'Bought through the Solar Expo special. Financing via the bank, debit order on the 25th.',
         '',
         '',
         'Tenant; the landlord {o_full} must sign off on roof work.',
         'Very technical, reads the inverter logs himself. Send firmware notes by email to {email}.',
         'Asked us not to call again - only email.',
         'Complained about the installer leaving cable offcuts in the garden. Resolved with a voucher.',
         'Works night shift, available after 14:00.',
         '{sys}. Referred three neighbours in {suburb}.'], 'cdesc', c.id), c.id, 4001 + (c.id * 13) % 60),
       c.created, c.created + make_interval(days => fixture_gen.n('cmod', c.id, 300), secs => fixture_gen.n('cmods', c.id, 86000)), NULL, NULL, 0, 1,
       CASE WHEN c.id % 61 = 0 THEN 1 ELSE 0 END, 0,
       fixture_gen.pick(ARRAY['CRM', 'CRM', 'CRM', 'WEBFORM', 'WEBSERVICE', 'MOBILE'], 'csrcx', c.id), p.first || ' ' || p.last
FROM vgen.con c JOIN vgen.p p ON p.i = c.id ORDER BY c.id;
UPDATE vtiger_crmentity e SET description = replace(replace(description, '{year}', to_char(e.createdtime, 'YYYY')), '{sys}',
    fixture_gen.pick(ARRAY['8kW Sunsynk, 2x Hubble AM-2, 12 JA panels', '5kW Sunsynk with one Pylontech US5000', 'Victron MultiPlus-II 5kVA, Freedom Won 10/8', 'Deye 12kW three-phase, 24 Jinko panels',
      '3kW geyser conversion only', 'Goodwe 10kW ET with 4 Dyness modules'], 'csys', e.crmid))
WHERE setype = 'Contacts';

CREATE TABLE vtiger_contactdetails (
    contactid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, contact_no varchar(100) NOT NULL, accountid integer,
    salutation varchar(200), firstname varchar(40), lastname varchar(80) NOT NULL, email varchar(100), phone varchar(50), mobile varchar(50), title varchar(50),
    department varchar(30), fax varchar(50), reportsto varchar(30), usertype varchar(50), otheremail varchar(100), secondaryemail varchar(100),
    donotcall varchar(3), emailoptout varchar(3) DEFAULT '0', imagename varchar(150), reference varchar(3), isconvertedfromlead varchar(3) DEFAULT '0', tags varchar(1)
);
CREATE INDEX contactdetails_accountid_idx ON vtiger_contactdetails (accountid);
CREATE INDEX email_idx ON vtiger_contactdetails (email);
INSERT INTO vtiger_contactdetails
SELECT c.id, 'CON' || (c.id - 2000), c.acc, CASE WHEN c.id % 6 = 0 THEN '--None--' ELSE p.sal END, p.first, p.last, c.email,
       CASE WHEN c.id > 2190 AND a.id IS NOT NULL THEN vgen.landline(a.ck, 'acph', a.k) || CASE WHEN c.id % 3 = 0 THEN ' ext ' || (100 + c.id % 300) ELSE '' END ELSE coalesce(p.phone, '') END,
       p.mobile, c.title, c.dept,
       CASE WHEN c.id % 19 = 0 THEN '086 ' || fixture_gen.digits('cfax', c.id, 3) || ' ' || fixture_gen.digits('cfax2', c.id, 4) ELSE '' END,
       CASE WHEN c.id > 2191 AND c.id % 5 = 0 THEN (c.id - 1)::text ELSE '' END, NULL,
       CASE WHEN c.id % 23 = 0 THEN vgen.fold(p.first) || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'yahoo.co.za', 'live.com'], 'coe', c.id) ELSE '' END,
       CASE WHEN c.id > 2190 AND c.id % 3 = 0 THEN p.email WHEN c.id % 11 = 0 THEN vgen.fold(p.last) || vgen.fold(p.first) || '@icloud.com' ELSE '' END,
       CASE WHEN c.id % 14 = 0 THEN '1' ELSE '0' END, CASE WHEN c.id % 9 = 0 THEN '1' ELSE '0' END,
       CASE WHEN c.id % 10 = 4 THEN CASE WHEN c.id % 20 = 4 THEN 'WhatsApp Image ' || to_char(vgen.at('cimg', c.id, '2021-06-01', '2024-06-01'), 'YYYY-MM-DD "at" HH24.MI.SS') || '.jpeg' ELSE vgen.fold(p.first) || '-' || vgen.fold(p.last) || '.jpg' END ELSE '' END,
       CASE WHEN c.id % 12 = 1 THEN '1' ELSE '0' END, CASE WHEN c.id % 3 = 0 THEN '1' ELSE '0' END, NULL
FROM vgen.con c JOIN vgen.p p ON p.i = c.id LEFT JOIN vgen.acc a ON a.id = c.acc ORDER BY c.id;

CREATE TABLE vtiger_contactaddress (
    contactaddressid integer NOT NULL PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE, mailingcity varchar(40), mailingstreet varchar(250),
    mailingcountry varchar(40), othercountry varchar(30), mailingstate varchar(30), mailingpobox varchar(30), othercity varchar(40), otherstate varchar(50),
    mailingzip varchar(30), otherzip varchar(30), otherstreet varchar(250), otherpobox varchar(30)
);
INSERT INTO vtiger_contactaddress
SELECT c.id, p.city, p.street || CASE WHEN c.id % 2 = 0 THEN E'\n' || p.suburb ELSE ', ' || p.suburb END, p.country,
       CASE WHEN o.i IS NOT NULL THEN o.country ELSE '' END, p.prov, coalesce(p.pobox, ''),
       coalesce(o.city, ''), coalesce(o.prov, ''), p.zip, coalesce(o.zip, ''), coalesce(o.street || ', ' || o.suburb, ''), ''
FROM vgen.con c JOIN vgen.p p ON p.i = c.id LEFT JOIN vgen.p o ON o.i = 4001 + (c.id * 3) % 60 AND c.id % 8 = 0 ORDER BY c.id;

CREATE TABLE vtiger_contactsubdetails (
    contactsubscriptionid integer NOT NULL PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE, homephone varchar(50), otherphone varchar(50),
    assistant varchar(30), assistantphone varchar(50), birthday date, laststayintouchrequest integer DEFAULT 0, laststayintouchsavedate integer DEFAULT 0, leadsource varchar(200)
);
INSERT INTO vtiger_contactsubdetails
SELECT c.id, CASE WHEN c.id <= 2190 THEN coalesce(p.phone, '') WHEN c.id % 5 = 0 THEN coalesce(p.phone, '') ELSE '' END,
       CASE WHEN c.id % 10 = 7 THEN vgen.mobile('ZA', 'coth', c.id) ELSE '' END,
       CASE WHEN c.id > 2190 AND c.id % 3 = 1 THEN a.first || ' ' || a.last ELSE '' END,
       CASE WHEN c.id > 2190 AND c.id % 3 = 1 THEN a.mobile ELSE '' END,
       CASE WHEN c.id % 5 IN (0, 1, 3) THEN p.birth END, 0, 0, c.src
FROM vgen.con c JOIN vgen.p p ON p.i = c.id JOIN vgen.p a ON a.i = 4001 + (c.id * 11) % 60 ORDER BY c.id;

CREATE TABLE vtiger_contactscf (
    contactid integer NOT NULL PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE,
    cf_859 varchar(255) DEFAULT '', cf_861 varchar(255) DEFAULT '', cf_863 varchar(255) DEFAULT '', cf_865 varchar(255) DEFAULT '', cf_867 varchar(255) DEFAULT '', cf_869 text
);
INSERT INTO vtiger_contactscf
SELECT c.id,
       CASE WHEN p.cc = 'ZA' AND c.id <= 2190 AND c.id % 3 <> 2 THEN p.idno ELSE '' END,
       CASE WHEN c.id % 4 = 3 THEN '' WHEN p.cc = 'ZA' THEN '+27' || right(regexp_replace(p.mobile, '[^0-9]', '', 'g'), 9) ELSE regexp_replace(p.mobile, '[ -]', '', 'g') END,
       CASE WHEN c.id % 3 = 0 THEN '' WHEN p.lang IN ('German', 'Chinese') THEN 'English' ELSE p.lang END,
       CASE WHEN c.id > 2190 THEN fixture_gen.pick(ARRAY['IBR', 'Flat concrete', 'Corrugated', ''], 'crf', c.id) ELSE fixture_gen.pick(ARRAY['Tile', 'Tile', 'IBR', 'Corrugated', 'Slate', 'Thatch', 'Flat concrete', ''], 'crf', c.id) END,
       CASE WHEN c.id <= 2190 AND c.id % 4 = 1 THEN fixture_gen.pick(ARRAY['FNB', 'Capitec', 'ABSA', 'Standard Bank', 'Nedbank', 'TymeBank'], 'cbank', c.id) || ' '
              || CASE fixture_gen.pick(ARRAY['FNB', 'Capitec', 'ABSA', 'Standard Bank', 'Nedbank', 'TymeBank'], 'cbank', c.id) WHEN 'FNB' THEN '62' || fixture_gen.digits('cacn', c.id, 9) || ' (250655)'
                   WHEN 'Capitec' THEN '1' || fixture_gen.digits('cacn', c.id, 9) || ' (470010)' WHEN 'ABSA' THEN '40' || fixture_gen.digits('cacn', c.id, 8) || ' (632005)'
                   WHEN 'Standard Bank' THEN '0' || fixture_gen.digits('cacn', c.id, 8) || ' (051001)' WHEN 'Nedbank' THEN '1' || fixture_gen.digits('cacn', c.id, 9) || ' (198765)'
                   ELSE '51' || fixture_gen.digits('cacn', c.id, 8) || ' (678910)' END
            ELSE '' END,
       CASE WHEN c.id % 3 = 0 THEN vgen.fill(fixture_gen.pick(ARRAY[
           'Gate code {code}#. Two dogs in the yard - call before arriving.',
           'Security estate: register at the guardhouse, ask for {full}. Gate pin {code}.',
           'Park in the street, the driveway is shared with the neighbour at no. {no}.',
           'Roof access from the back via the garage. Ladder needed (single storey).',
           'Domestic worker {o_first} is home Mon-Thu and can open ({o_mob}).',
           'Alarm code given by phone only. Armed response: ADT, call {mob} if triggered.',
           'No access before 09:00 - complex rules.',
           'Key with the neighbour {o_full}, {o_mob}.'], 'cacc2', c.id), c.id, 4001 + (c.id * 5) % 60) END
FROM vgen.con c JOIN vgen.p p ON p.i = c.id ORDER BY c.id;
UPDATE vtiger_contactscf SET cf_869 = replace(replace(cf_869, '{code}', fixture_gen.digits('cgate', contactid, 4)), '{no}', (1 + fixture_gen.n('cno', contactid, 120))::text) WHERE cf_869 IS NOT NULL;

CREATE TABLE vtiger_customerdetails (
    customerid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, portal varchar(3), support_start_date date, support_end_date date
);
INSERT INTO vtiger_customerdetails
SELECT c.id, CASE WHEN c.portal THEN '1' ELSE '0' END,
       CASE WHEN c.id <= 2190 AND c.id % 7 <> 0 THEN (c.created + interval '20 days')::date END,
       CASE WHEN c.id <= 2190 AND c.id % 7 <> 0 THEN (c.created + interval '20 days' + interval '5 years')::date END
FROM vgen.con c ORDER BY c.id;

CREATE TABLE vtiger_portalinfo (
    id integer NOT NULL PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE, user_name varchar(50), user_password varchar(255), type varchar(5),
    cryptmode varchar(20), last_login_time timestamp, login_time timestamp, logout_time timestamp, isactive integer
);
INSERT INTO vtiger_portalinfo
SELECT c.id, c.email,
       CASE WHEN c.created < '2022-06-01' AND c.id % 3 = 0 THEN '$1$' || rpad(substr(vgen.fold(c.email), 1, 2), 8, '0') || '$' || fixture_gen.chars('ppmd5', c.id, 22, './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
            ELSE '$2y' || '$10$' || fixture_gen.chars('ppbc', c.id, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       'C', CASE WHEN c.created < '2022-06-01' AND c.id % 3 = 0 THEN 'CRYPT' ELSE 'PHASH' END,
       CASE WHEN c.id % 4 = 1 THEN NULL ELSE l - interval '9 days' END, CASE WHEN c.id % 4 = 1 THEN NULL ELSE l END,
       CASE WHEN c.id % 4 = 1 THEN NULL ELSE l + make_interval(mins => 3 + fixture_gen.n('pplo', c.id, 40)) END, CASE WHEN c.id % 29 = 0 THEN 0 ELSE 1 END
FROM vgen.con c CROSS JOIN LATERAL (SELECT vgen.at('ppl', c.id, greatest(c.created, '2023-01-01'), '2024-06-27') AS l) x
WHERE c.portal ORDER BY c.id;

-- ---------------------------------------------------------------------------
-- Leads 3001-3250: the website's quote form, the Solar Expo, referrals, cold calls.

CREATE TABLE vgen.lead (id int PRIMARY KEY, company text, src text, status text, converted boolean, owner int, created timestamp, bill text);
INSERT INTO vgen.lead
SELECT p.i,
       CASE WHEN p.i % 5 = 0 THEN fixture_gen.pick(ARRAY['Riverside Spar', 'Makhanda Backpackers', 'Glenwood Animal Hospital', 'Hillcrest Montessori', 'Mokoena Funeral Services', 'Naidoo & Sons Hardware',
         'Isaacs Halaal Butchery', 'Bloemhof Guest Farm', 'Ocean Basket Umhlanga', 'Vilakazi Car Wash', 'Rondebosch Physio', 'Tshwane Panelbeaters', 'Pillay Family Trust', 'Sunrise Day Care', 'Stellenrust Olive Estate'], 'lco', p.i) ELSE '' END,
       fixture_gen.pick(ARRAY['Web Site', 'Web Site', 'Web Site', 'Trade Show', 'Word of mouth', 'Cold Call', 'Existing Customer', 'Partner', 'Direct Mail', 'Self Generated'], 'lsrc', p.i),
       fixture_gen.pick(ARRAY['Not Contacted', 'Attempted to Contact', 'Contacted', 'Contact in Future', 'Pre Qualified', 'Qualified', 'Hot', 'Warm', 'Cold', 'Lost Lead', 'Junk Lead'], 'lst', p.i),
       p.i % 6 = 0, vgen.owner('Sales', 'lown', p.i), vgen.at('lcr', p.i, '2021-04-01', '2024-06-27'),
       fixture_gen.pick(ARRAY['Less than R1 500', 'R1 500 - R2 500', 'R2 500 - R4 000', 'R4 000 - R6 000', 'R6 000 - R10 000', 'More than R10 000', ''], 'lbill', p.i)
FROM vgen.p p WHERE p.i BETWEEN 3001 AND 3250;

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT l.id, CASE WHEN l.src = 'Web Site' THEN 1 ELSE l.owner END, l.owner, l.owner, 'Leads',
       vgen.fill(CASE WHEN l.src = 'Web Site' THEN fixture_gen.pick(ARRAY[
           E'Quote request from website.\nProperty: {street}, {suburb}\nBedrooms: 4, pool pump, electric geyser\nMonthly bill: {bill}\nBest time to call: after 17:00 on {mob}',
           E'Hi, we are tired of load-shedding and want a system that can run the fridge, TV, lights and wifi. Budget around R80k. My number is {mob}. Thanks, {first}',
           'Please send me a quote for a 5kW inverter and battery, I already have 6 panels from another installer.',
           E'Website form: interested in solar for our small business. Contact {full}, {email}.',
           'Need backup for a home office (2 laptops, router, monitors). Renting, so nothing on the roof.',
           E'Hallo, ons soek \'n stelsel vir die plaas, boorgatpomp en koelkamer. Skakel my asseblief: {mob}.',
           'What financing options do you have? I was declined by the bank for the solar loan.',
           E'Sawubona, I want a quote for my mother\'s house in {suburb}. She is 78 and on oxygen at night, so backup is urgent. Call me {mob}.'], 'ld1', l.id)
         WHEN l.src = 'Trade Show' THEN fixture_gen.pick(ARRAY['Met at the Solar Expo stand, wants a site visit in August.', 'Solar Expo scan. Interested in the battery promotion.', 'Business card from expo - follow up with a commercial proposal.'], 'ld2', l.id)
         WHEN l.src = 'Word of mouth' THEN 'Referred by {o_full} who had a system installed last year.'
         ELSE fixture_gen.pick(ARRAY['', 'Called in asking about prices for 10kWh storage.', 'Not interested now, try again in winter.', 'Wrong number on the form - emailed instead.'], 'ld3', l.id) END,
         l.id, 2001 + (l.id * 7) % 190),
       l.created, l.created + make_interval(days => fixture_gen.n('lmod', l.id, 120)), NULL::timestamp, NULL::varchar, 0, 1, CASE WHEN l.converted THEN 1 ELSE 0 END, 0,
       CASE WHEN l.src = 'Web Site' THEN 'WEBFORM' WHEN l.src = 'Trade Show' THEN 'MOBILE' ELSE 'CRM' END,
       CASE WHEN l.company <> '' AND l.id % 2 = 0 THEN p.first || ' ' || p.last ELSE p.first || ' ' || p.last END
FROM vgen.lead l JOIN vgen.p p ON p.i = l.id ORDER BY l.id;
UPDATE vtiger_crmentity e SET description = replace(e.description, '{bill}', l.bill) FROM vgen.lead l WHERE l.id = e.crmid;

CREATE TABLE vtiger_leaddetails (
    leadid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, lead_no varchar(100) NOT NULL, email varchar(100), interest varchar(50),
    firstname varchar(40), salutation varchar(200), lastname varchar(80) NOT NULL, company varchar(100) NOT NULL, annualrevenue numeric(25,8), industry varchar(200),
    campaign varchar(30), rating varchar(200), leadstatus varchar(50), leadsource varchar(200), converted integer DEFAULT 0, designation varchar(50) DEFAULT 'SalesMan',
    noofemployees integer, secondaryemail varchar(100), assignleadchk integer DEFAULT 0, emailoptout varchar(3) DEFAULT '0', tags varchar(1)
);
CREATE INDEX leaddetails_converted_leadstatus_idx ON vtiger_leaddetails (converted, leadstatus);
CREATE INDEX email_idx_lead ON vtiger_leaddetails (email);
INSERT INTO vtiger_leaddetails
SELECT l.id, 'LEA' || (l.id - 3000), p.email, NULL, p.first, CASE WHEN l.id % 4 = 0 THEN '--None--' ELSE p.sal END, p.last, l.company, 0,
       CASE WHEN l.company = '' THEN '' ELSE fixture_gen.pick(ARRAY['Retail', 'Hospitality', 'Healthcare', 'Food & Beverage', 'Education', 'Other'], 'lind', l.id) END,
       NULL, CASE WHEN l.status IN ('Hot', 'Qualified') THEN 'Active' ELSE '' END, l.status, l.src, CASE WHEN l.converted THEN 1 ELSE 0 END,
       CASE WHEN l.company = '' THEN '' ELSE fixture_gen.pick(ARRAY['Owner', 'Manager', 'Director', 'Bookkeeper', 'Principal'], 'ldes', l.id) END,
       CASE WHEN l.company = '' THEN 0 ELSE 2 + fixture_gen.n('lemp', l.id, 60) END,
       CASE WHEN l.id % 10 = 3 THEN vgen.fold(p.first) || vgen.fold(p.last) || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'yahoo.com', 'webmail.co.za'], 'lse', l.id) ELSE '' END,
       0, CASE WHEN l.status = 'Junk Lead' THEN '1' ELSE '0' END, NULL
FROM vgen.lead l JOIN vgen.p p ON p.i = l.id ORDER BY l.id;

CREATE TABLE vtiger_leadaddress (
    leadaddressid integer NOT NULL PRIMARY KEY REFERENCES vtiger_leaddetails (leadid) ON DELETE CASCADE, city varchar(30), code varchar(30), state varchar(30), pobox varchar(30),
    country varchar(30), phone varchar(50), mobile varchar(50), fax varchar(50), lane varchar(250), leadaddresstype varchar(30) DEFAULT 'Billing'
);
INSERT INTO vtiger_leadaddress
SELECT l.id, CASE WHEN l.id % 9 = 4 THEN '' ELSE p.city END, CASE WHEN l.id % 3 = 0 THEN '' ELSE p.zip END, CASE WHEN l.id % 4 = 0 THEN '' ELSE p.prov END, coalesce(p.pobox, ''),
       CASE WHEN p.cc = 'ZA' AND l.id % 2 = 0 THEN '' ELSE p.country END, coalesce(p.phone, ''), p.mobile,
       CASE WHEN l.id % 31 = 0 THEN '086 ' || fixture_gen.digits('lfax', l.id, 3) || ' ' || fixture_gen.digits('lfax2', l.id, 4) ELSE '' END,
       CASE WHEN l.id % 5 = 2 THEN '' ELSE p.street || ', ' || p.suburb END, 'Billing'
FROM vgen.lead l JOIN vgen.p p ON p.i = l.id ORDER BY l.id;

CREATE TABLE vtiger_leadsubdetails (
    leadsubscriptionid integer NOT NULL PRIMARY KEY REFERENCES vtiger_leaddetails (leadid) ON DELETE CASCADE, website varchar(255), callornot integer DEFAULT 0,
    readornot integer DEFAULT 0, empct integer DEFAULT 0
);
INSERT INTO vtiger_leadsubdetails
SELECT l.id, CASE WHEN l.company <> '' AND l.id % 2 = 1 THEN 'www.' || vgen.fold(l.company) || '.co.za' ELSE '' END, 0, 0, 0 FROM vgen.lead l ORDER BY l.id;

CREATE TABLE vtiger_leadscf (
    leadid integer NOT NULL PRIMARY KEY REFERENCES vtiger_leaddetails (leadid) ON DELETE CASCADE, cf_871 varchar(255) DEFAULT '', cf_873 varchar(255) DEFAULT '', cf_875 varchar(255) DEFAULT ''
);
INSERT INTO vtiger_leadscf
SELECT l.id, l.bill, CASE WHEN p.cc = 'ZA' AND l.id % 7 IN (1, 4) THEN p.idno ELSE '' END,
       CASE WHEN l.src = 'Word of mouth' THEN r.first || ' ' || r.last || CASE WHEN l.id % 2 = 0 THEN ' (' || r.mobile || ')' ELSE '' END
            WHEN l.src = 'Partner' THEN fixture_gen.pick(ARRAY['Voltstream Distribution', 'Namib Solar Traders'], 'lpart', l.id) ELSE '' END
FROM vgen.lead l JOIN vgen.p p ON p.i = l.id JOIN vgen.p r ON r.i = 2001 + (l.id * 7) % 190 ORDER BY l.id;

-- ---------------------------------------------------------------------------
-- Opportunities 4001-4180, sales orders 8501-, invoices 8001-, line items.

CREATE TABLE vgen.opp (k int PRIMARY KEY, id int, contact int, acc int, name text, sys int, stage text, amount numeric, created timestamp, closing date, owner int);
INSERT INTO vgen.opp
SELECT q, 4000 + q, c.contact, c.acc,
       CASE WHEN c.acc IS NULL OR c.acc IN (SELECT id FROM vgen.acc WHERE kind = 'sole') THEN
              CASE WHEN q % 4 = 0 THEN p.last || ', ' || p.suburb || ' – ' || sy.label ELSE p.last || ' residence – ' || sy.label END
            ELSE regexp_replace(a.name, ' \(Pty\) Ltd| CC| NPC', '') || ' – ' || sy.clabel END,
       sy.s,
       CASE WHEN q <= 150 AND q % 5 <> 4 THEN 'Closed Won' WHEN q % 5 = 4 AND q <= 150 THEN 'Closed Lost'
            ELSE fixture_gen.pick(ARRAY['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Proposal or Price Quote', 'Negotiation or Review'], 'ostg', q) END,
       CASE WHEN c.acc IS NOT NULL AND c.acc NOT IN (SELECT id FROM vgen.acc WHERE kind = 'sole') THEN sy.camount ELSE sy.amount END,
       cr, (cr + make_interval(days => 14 + fixture_gen.n('ocl', q, 60)))::date, vgen.owner('Sales', 'oown', q)
FROM generate_series(1, 180) q
CROSS JOIN LATERAL (SELECT CASE WHEN q % 3 = 0 THEN 2191 + (q * 5) % 110 ELSE 2001 + (q * 7) % 190 END AS contact) c0
CROSS JOIN LATERAL (SELECT c0.contact, (SELECT acc FROM vgen.con WHERE id = c0.contact) AS acc) c
JOIN vgen.p p ON p.i = c.contact LEFT JOIN vgen.acc a ON a.id = c.acc
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('osys', q, 6) AS s) s0
CROSS JOIN LATERAL (SELECT s0.s, (ARRAY['5kW hybrid + 5kWh battery', '8kW hybrid + 10kWh battery', 'Battery upgrade (2x Hubble)', 'Off-grid backup, no panels', 'Geyser conversion', '12kW three-phase + 15kWh'])[s0.s] AS label,
    (ARRAY['30kWp rooftop PV', '60kWp rooftop PV + 30kWh', 'Backup for server room', 'Borehole pump solar', '100kWp ground mount phase 1', 'Cold room backup'])[s0.s] AS clabel,
    (ARRAY[89500, 168000, 61000, 52000, 14900, 245000])[s0.s] + fixture_gen.n('oamt', q, 40) * 500 AS amount,
    (ARRAY[540000, 1150000, 185000, 320000, 1980000, 410000])[s0.s] + fixture_gen.n('oamt', q, 40) * 2500 AS camount) sy
CROSS JOIN LATERAL (SELECT vgen.at('ocr', q, '2021-04-10', '2024-06-01') AS cr) t;

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT o.id, o.owner, o.owner, o.owner, 'Potentials',
       vgen.fill(fixture_gen.pick(ARRAY['', 'Customer wants to pay 50% deposit, balance on completion.', 'Roof north-facing, slight shading from the neighbour''s tree in winter.',
         'Competing quote from another installer at R12k less, but with Chinese no-name batteries.', 'Decision maker is {first}''s husband, works in Dubai - send everything by email to {email}.',
         'Bank finance (Solar loan, 60 months). Needs ID copy, 3 months payslips and proof of address.', 'Body corporate approval pending.', 'Wants installation before winter load-shedding.'], 'odesc', o.k),
         o.contact, 4001 + o.k % 60),
       o.created, o.created + make_interval(days => fixture_gen.n('omod', o.k, 90)), NULL::timestamp, NULL::varchar, 0, 1, 0, 0, 'CRM', o.name
FROM vgen.opp o ORDER BY o.id;

CREATE TABLE vtiger_potential (
    potentialid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, potential_no varchar(100) NOT NULL, related_to integer,
    potentialname varchar(120) NOT NULL, amount numeric(25,8), closingdate date, nextstep varchar(100), private integer DEFAULT 0, probability numeric(7,3),
    campaignid integer, sales_stage varchar(200), potentialtype varchar(200), leadsource varchar(200), forecast_amount numeric(25,8), isconvertedfromlead varchar(3) DEFAULT '0',
    contact_id integer
);
INSERT INTO vtiger_potential
SELECT o.id, 'POT' || o.k, coalesce(o.acc, o.contact), o.name, o.amount, o.closing,
       CASE WHEN o.stage LIKE 'Closed%' THEN ''
            ELSE vgen.fill(fixture_gen.pick(ARRAY['Site visit booked', 'Send revised quote with 2 batteries', 'Await bank approval', 'Call {first} on Friday after 17:00', 'Follow up on deposit',
              'WhatsApp {first} the financing forms ({mob})', 'Structural engineer report', '', 'Check with {o_first} (landlord) re roof'], 'onext', o.k), o.contact, 4001 + (o.k * 3) % 60) END,
       0, CASE o.stage WHEN 'Closed Won' THEN 100 WHEN 'Closed Lost' THEN 0 WHEN 'Prospecting' THEN 10 WHEN 'Qualification' THEN 20 WHEN 'Needs Analysis' THEN 25 WHEN 'Value Proposition' THEN 30
            WHEN 'Proposal or Price Quote' THEN 65 ELSE 80 END,
       NULL, o.stage, CASE WHEN o.k % 4 = 1 THEN 'Existing Business' ELSE 'New Business' END,
       (SELECT src FROM vgen.con WHERE id = o.contact),
       round(o.amount * CASE o.stage WHEN 'Closed Won' THEN 1 WHEN 'Closed Lost' THEN 0 ELSE 0.5 END, 2), CASE WHEN o.k % 7 = 0 THEN '1' ELSE '0' END, o.contact
FROM vgen.opp o ORDER BY o.id;

-- Sales orders for the won deals, invoices for the orders (deposit and balance for some).
CREATE TABLE vgen.so (n int PRIMARY KEY, id int, opp int, contact int, acc int, name text, sys int, amount numeric, d date, owner int);
INSERT INTO vgen.so
SELECT row_number() OVER (ORDER BY o.k), 8500 + row_number() OVER (ORDER BY o.k), o.id, o.contact, o.acc, o.name, o.sys, o.amount, o.closing, o.owner
FROM vgen.opp o WHERE o.stage = 'Closed Won';
CREATE TABLE vgen.inv (n int PRIMARY KEY, id int, so int, part text, d date, status text);
INSERT INTO vgen.inv
SELECT row_number() OVER (ORDER BY d, so, part), 8000 + row_number() OVER (ORDER BY d, so, part), so, part, d, status
FROM (SELECT s.id AS so, 'full' AS part, s.d + 7 AS d, CASE WHEN s.n % 9 = 0 THEN 'Sent' WHEN s.n % 17 = 0 THEN 'Cancel' WHEN s.d > '2024-05-15' THEN 'Approved' ELSE 'Paid' END AS status FROM vgen.so s WHERE s.n % 4 <> 0
      UNION ALL SELECT s.id, 'deposit', s.d, 'Paid' FROM vgen.so s WHERE s.n % 4 = 0
      UNION ALL SELECT s.id, 'balance', s.d + 30, CASE WHEN s.d > '2024-05-01' THEN 'Created' ELSE 'Paid' END FROM vgen.so s WHERE s.n % 4 = 0) x;

CREATE FUNCTION vgen.terms() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT E'1. A 50% deposit is payable on acceptance; the balance on completion and before the CoC is issued.\n'
      || E'2. Goods remain the property of Karoo Sun Energy (Pty) Ltd until paid in full.\n'
      || E'3. Warranty claims are handled through the manufacturer; labour is warranted for 12 months.\n'
      || E'Banking details: Karoo Sun Energy (Pty) Ltd, First National Bank, Cheque account 62' || fixture_gen.digits('kbank', 1, 9) || E', branch code 250655.\n'
      || 'Please use the invoice number as reference and send proof of payment to accounts@karoosun.co.za.'
$$;

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT s.id, s.owner, s.owner, 14, 'SalesOrder', '', s.d::timestamp + interval '10 hours', s.d::timestamp + interval '3 days 2 hours', NULL::timestamp, NULL::varchar, 0, 1, 0, 0, 'CRM', s.name
FROM vgen.so s
UNION ALL
SELECT i.id, 14, 14, 14, 'Invoice', CASE WHEN i.part = 'deposit' THEN '50% deposit' WHEN i.part = 'balance' THEN 'Balance on completion' ELSE '' END,
       i.d::timestamp + interval '9 hours', i.d::timestamp + interval '12 days', NULL::timestamp, NULL::varchar, 0, 1, 0, 0, 'CRM', s.name || CASE i.part WHEN 'deposit' THEN ' (deposit)' WHEN 'balance' THEN ' (balance)' ELSE '' END
FROM vgen.inv i JOIN vgen.so s ON s.id = i.so;

CREATE TABLE vtiger_salesorder (
    salesorderid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, subject varchar(100), potentialid integer, customerno varchar(100),
    salesorder_no varchar(100), contactid integer, duedate date, carrier varchar(200), total numeric(25,8), subtotal numeric(25,8), taxtype varchar(25),
    accountid integer, terms_conditions text, purchaseorder varchar(200), sostatus varchar(200), currency_id integer NOT NULL DEFAULT 1, enable_recurring integer DEFAULT 0
);
CREATE TABLE vtiger_invoice (
    invoiceid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, subject varchar(100), salesorderid integer, customerno varchar(100),
    contactid integer, invoicedate date, duedate date, subtotal numeric(25,8), total numeric(25,8), taxtype varchar(25), discount_amount numeric(25,8),
    s_h_amount numeric(25,8), accountid integer, terms_conditions text, purchaseorder varchar(200), invoicestatus varchar(200), invoice_no varchar(100),
    currency_id integer NOT NULL DEFAULT 1, received numeric(25,8), balance numeric(25,8)
);
CREATE TABLE vtiger_inventoryproductrel (
    id integer, productid integer, sequence_no integer, quantity numeric(25,3), listprice numeric(27,8), discount_percent numeric(7,3), discount_amount numeric(27,8),
    comment varchar(500), description text, lineitem_id serial PRIMARY KEY, tax1 numeric(7,3), margin numeric(27,8)
);
CREATE INDEX inventoryproductrel_id_idx ON vtiger_inventoryproductrel (id);
CREATE INDEX inventoryproductrel_productid_idx ON vtiger_inventoryproductrel (productid);

-- Line items of a system kind: (product, quantity).
CREATE TABLE vgen.kit (sys int, seq int, prod int, qty numeric);
INSERT INTO vgen.kit VALUES
 (1, 1, 2, 1), (1, 2, 9, 1), (1, 3, 11, 6), (1, 4, 15, 6), (1, 5, 29, 1), (1, 6, 31, 1),
 (2, 1, 1, 1), (2, 2, 7, 2), (2, 3, 13, 12), (2, 4, 15, 12), (2, 5, 22, 1), (2, 6, 29, 2), (2, 7, 31, 1), (2, 8, 32, 1),
 (3, 1, 7, 2), (3, 2, 24, 1), (3, 3, 29, 1),
 (4, 1, 4, 1), (4, 2, 10, 1), (4, 3, 25, 1), (4, 4, 29, 1),
 (5, 1, 26, 1), (5, 2, 29, 1),
 (6, 1, 3, 1), (6, 2, 9, 3), (6, 3, 12, 24), (6, 4, 16, 24), (6, 5, 18, 2), (6, 6, 19, 1), (6, 7, 30, 2), (6, 8, 31, 1);

INSERT INTO vtiger_salesorder
SELECT s.id, s.name, s.opp, 'CUST-' || lpad((coalesce(s.acc, s.contact) % 10000)::text, 4, '0'), 'SO' || s.n, s.contact, s.d + 30,
       fixture_gen.pick(ARRAY['Own delivery', 'Own delivery', 'The Courier Guy', 'DSV', 'Collection'], 'socar', s.n),
       round(s.amount * 1.15, 2), s.amount, 'group', CASE WHEN s.acc IS NULL THEN NULL ELSE s.acc END, vgen.terms(),
       CASE WHEN s.acc IS NOT NULL AND s.n % 2 = 0 THEN 'PO-' || fixture_gen.digits('sopo', s.n, 6) ELSE '' END,
       CASE WHEN s.d > '2024-06-01' THEN 'Created' WHEN s.n % 13 = 0 THEN 'Cancelled' ELSE 'Delivered' END, 1, 0
FROM vgen.so s ORDER BY s.id;

INSERT INTO vtiger_invoice
SELECT i.id, s.name || CASE i.part WHEN 'deposit' THEN ' – 50% deposit' WHEN 'balance' THEN ' – balance' ELSE '' END, s.id,
       'CUST-' || lpad((coalesce(s.acc, s.contact) % 10000)::text, 4, '0'), s.contact, i.d, i.d + CASE WHEN s.acc IS NULL THEN 7 ELSE 30 END,
       round(s.amount * f, 2), round(s.amount * f * 1.15, 2), 'group', 0, 0, s.acc, vgen.terms(),
       CASE WHEN s.acc IS NOT NULL AND s.n % 2 = 0 THEN 'PO-' || fixture_gen.digits('sopo', s.n, 6) ELSE '' END,
       i.status, 'INV' || i.n, 1,
       CASE WHEN i.status = 'Paid' THEN round(s.amount * f * 1.15, 2) ELSE 0 END, CASE WHEN i.status = 'Paid' THEN 0 ELSE round(s.amount * f * 1.15, 2) END
FROM vgen.inv i JOIN vgen.so s ON s.id = i.so CROSS JOIN LATERAL (SELECT CASE WHEN i.part = 'full' THEN 1.0 ELSE 0.5 END AS f) x ORDER BY i.id;

INSERT INTO vtiger_inventoryproductrel (id, productid, sequence_no, quantity, listprice, discount_percent, discount_amount, comment, description, tax1, margin)
SELECT x.id, 9000 + k.prod, k.seq, k.qty, pr.price, CASE WHEN x.n % 6 = 0 AND k.seq = 1 THEN 5 END, NULL,
       CASE WHEN k.prod IN (1, 2, 3, 4, 5) AND x.n % 3 = 0 THEN 'Serial no. ' || upper(substr(pr.code, 1, 3)) || fixture_gen.digits('iser', x.id, 10)
            WHEN k.prod = 29 AND x.n % 4 = 1 THEN vgen.fill('Installation at {street}, {suburb}', x.contact, x.contact)
            WHEN k.prod = 28 THEN 'Survey done ' || to_char(x.d - 10, 'DD/MM/YYYY')
            WHEN k.prod = 31 AND x.n % 5 = 2 THEN vgen.fill('CoC issued in the name of {full}', x.contact, x.contact)
            ELSE '' END,
       pr.descr, 15.000, round(pr.price * k.qty * 0.28, 2)
FROM (SELECT s.id, s.n, s.sys, s.contact, s.d FROM vgen.so s UNION ALL SELECT i.id, i.n, s.sys, s.contact, i.d FROM vgen.inv i JOIN vgen.so s ON s.id = i.so) x
JOIN vgen.kit k ON k.sys = x.sys JOIN vgen.prod pr ON pr.k = k.prod
ORDER BY x.id, k.seq;

-- ---------------------------------------------------------------------------
-- Support: tickets 5001-5260 with their custom fields, the portal's ticket
-- comments and the ModComments of tickets, opportunities and contacts.

CREATE TABLE vgen.tk (k int PRIMARY KEY, id int, contact int, acc int, owner int, creator int, created timestamp, status text, portal boolean, tmpl int, prod int);
INSERT INTO vgen.tk
SELECT q, 5000 + q, c, (SELECT acc FROM vgen.con WHERE id = c), vgen.owner('Support', 'town', q), CASE WHEN q % 3 = 0 THEN 1 ELSE vgen.owner('Support', 'tcre', q) END,
       vgen.at('tcr', q, '2021-06-01', '2024-06-27'),
       NULL, q % 3 = 1, 1 + fixture_gen.n('ttm', q, 16), (ARRAY[9001, 9002, 9003, 9004, 9007, 9009, 9010, 9011, 9024, 9026])[1 + fixture_gen.n('tpr', q, 10)]
FROM generate_series(1, 260) q CROSS JOIN LATERAL (SELECT CASE WHEN q % 6 = 0 THEN 2197 + (q * 3) % 104 ELSE 2001 + (q * 11) % 190 END AS c) x;
UPDATE vgen.tk SET status = CASE WHEN created < '2024-05-01' THEN CASE WHEN k % 19 = 0 THEN 'Wait For Response' ELSE 'Closed' END
                                 ELSE (ARRAY['Open', 'In Progress', 'Wait For Response', 'Closed'])[1 + fixture_gen.n('tst', k, 4)] END;

CREATE TABLE vgen.tt (n int PRIMARY KEY, title text, msg text, cat text, prio text, sev text, sol text);
INSERT INTO vgen.tt VALUES
 (1, 'Inverter beeping, fault F56', E'Good morning, since yesterday the inverter is beeping and showing fault F56 (DC bus voltage low). The batteries are at 12%. Please send someone urgently, my address is {street}, {suburb}. You can call me on {mob}.\nRegards, {first}',
   'Inverter fault', 'High', 'Major', 'Replaced the DC breaker on the battery side, system tested OK under load.'),
 (2, 'App shows system offline', 'Hi, the Sunsynk app has been showing the system offline since Tuesday. I think the wifi dongle lost the password after we changed routers. Can you talk me through it?',
   'Monitoring app', 'Normal', 'Minor', 'Walked the customer through re-pairing the dongle by phone.'),
 (3, 'URGENT - system shuts down during load-shedding', E'During last night''s stage 6 load-shedding the system switched off after 2 hours even though the batteries showed 60%. My husband uses a CPAP machine at night so this is very serious for us. Please call {o_first} on {o_mob} or me on {mob}.',
   'Battery', 'Urgent', 'Critical', 'Battery low-SOC cut-off was set to 60% instead of 20%. Corrected remotely, customer informed.'),
 (4, 'Roof leak after installation - {last}', E'There is a water stain on the ceiling in the main bedroom exactly under where the panels were mounted. It rained on Sunday. I want this fixed and the ceiling repainted at your cost.\n{full}\n{street}, {suburb}',
   'Installation quality', 'High', 'Major', 'Roofer resealed three tile hooks with Sikaflex; ceiling repair arranged with the customer''s painter, invoice to us.'),
 (5, 'Copy of CoC for SSEG registration', 'Please send me a copy of the Certificate of Compliance, the municipality wants it for the SSEG registration.',
   'General enquiry', 'Low', 'Minor', 'CoC emailed.'),
 (6, 'Double charge on deposit', E'I was charged twice for the deposit (see attached bank statement). Please refund the second payment to my account {bank}. My ID number for your records: {id}.',
   'Billing', 'High', 'Major', 'Duplicate EFT confirmed with finance; refund paid.'),
 (7, 'Battery not charging above 80%', 'The battery is not charging above 80% even on sunny days. Firmware version 1.3.2 according to the app.',
   'Battery', 'Normal', 'Minor', 'Charge limit set to 80% in the BMS profile. Changed to 100% with absorption at 54.4V.'),
 (8, 'Relocate system to new house', E'Hello, we are moving house at the end of the month. Can you relocate the system to our new address, {o_street}? What would it cost? Thanks, {first}',
   'General enquiry', 'Low', 'Feature', 'Quote for relocation sent (2 installer days + CoC).'),
 (9, 'Installers left the gate open', 'The installers left the gate open and our dog got out. Not happy. Otherwise the system works well.',
   'Installation quality', 'Normal', 'Minor', 'Apologised, spoke to the team lead about site rules.'),
 (10, 'Geyser not heating from solar', 'Geyser element not heating when the panels produce, only at night on Eskom. The controller shows E4.',
   'Inverter fault', 'Normal', 'Major', 'Faulty PV-direct controller replaced under warranty.'),
 (11, 'Please update my contact details', E'Kindly note my new email address is {email} and my new cell number is {mob}. Please update your records. {full}',
   'General enquiry', 'Low', 'Minor', 'Contact updated.'),
 (12, 'Loud humming from inverter', 'Loud humming noise from the inverter in the garage, we can hear it from the bedroom at night.',
   'Inverter fault', 'Normal', 'Minor', 'Fan bearing replaced.'),
 (13, 'Victron low battery alarms every morning', E'Fault W31 on the Victron, VRM shows ''low battery'' alarms every morning around 05:00. Portal id is on the sticker.',
   'Battery', 'Normal', 'Major', 'ESS minimum SOC raised to 30%, dynamic cut-off adjusted.'),
 (14, 'System trips when kettle and microwave on', 'Sawubona, the system trips every time the kettle and the microwave run together. Ngiyabonga.',
   'Inverter fault', 'Normal', 'Minor', 'Explained the 5kW limit; moved the kettle circuit to non-essential.'),
 (15, 'Inverter screen black', E'Good day, I am the tenant at {street}; the owner {o_full} said I must log this with you. The inverter screen is black and there is no power in the kitchen plugs.',
   'Inverter fault', 'High', 'Critical', 'Display board replaced under warranty.'),
 (16, 'Cancel maintenance visit', E'Please cancel the maintenance visit on Thursday, I will be in hospital for an operation. I will call to rebook when I am home. {first}',
   'General enquiry', 'Low', 'Minor', '');

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT t.id, t.creator, t.owner, t.owner, 'HelpDesk',
       replace(vgen.fill(tt.msg, t.contact, 4001 + (t.k * 7) % 60), '{bank}',
         fixture_gen.pick(ARRAY['Capitec 1', 'FNB 62', 'ABSA 40', 'Standard Bank 0'], 'tbank', t.k) || fixture_gen.digits('tbacc', t.k, 9)),
       t.created, t.created + make_interval(hours => 2 + fixture_gen.n('tmod', t.k, 300)), NULL::timestamp, NULL::varchar, 0, 1, CASE WHEN t.k % 53 = 0 THEN 1 ELSE 0 END, 0,
       CASE WHEN t.portal THEN 'CUSTOMER PORTAL' WHEN t.k % 3 = 0 THEN 'MAIL SCANNER' ELSE 'CRM' END, vgen.fill(tt.title, t.contact, t.contact)
FROM vgen.tk t JOIN vgen.tt tt ON tt.n = t.tmpl ORDER BY t.id;

CREATE TABLE vtiger_troubletickets (
    ticketid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, ticket_no varchar(100) NOT NULL, groupname varchar(100),
    parent_id varchar(100), product_id varchar(100), priority varchar(200), severity varchar(200), status varchar(200), category varchar(200), title varchar(255) NOT NULL,
    solution text, update_log text, version_id integer, hours numeric(25,8), days numeric(25,8), from_portal varchar(3), contact_id integer
);
CREATE INDEX troubletickets_status_idx ON vtiger_troubletickets (status);
INSERT INTO vtiger_troubletickets
SELECT t.id, 'TT' || t.k, NULL, coalesce(t.acc, t.contact)::text, t.prod::text, tt.prio, tt.sev, t.status, tt.cat, vgen.fill(tt.title, t.contact, t.contact),
       CASE WHEN t.status = 'Closed' THEN vgen.fill(replace(tt.sol, 'by phone', 'by phone with {first}'), t.contact, t.contact) ELSE '' END,
       'Ticket created. Assigned to user ' || uo.first_name || ' ' || uo.last_name || ' -- ' || to_char(t.created, 'FMDay DDth FMMonth YYYY HH12:MI:SS AM') || ' by ' || uc.user_name
       || CASE WHEN t.status <> 'Open' THEN '--//--Status Changed to In Progress. -- ' || to_char(t.created + interval '3 hours', 'FMDay DDth FMMonth YYYY HH12:MI:SS AM') || ' by ' || uo.user_name ELSE '' END
       || CASE WHEN t.k % 5 = 0 THEN '--//--Transferred to user ' || ut.first_name || ' ' || ut.last_name || ' -- ' || to_char(t.created + interval '1 day', 'FMDay DDth FMMonth YYYY HH12:MI:SS AM') || ' by ' || uo.user_name ELSE '' END
       || CASE WHEN t.status = 'Closed' THEN '--//--Status Changed to Closed. -- ' || to_char(t.created + interval '4 days', 'FMDay DDth FMMonth YYYY HH12:MI:SS AM') || ' by ' || uo.user_name ELSE '' END
       || '--//--',
       NULL, CASE WHEN t.status = 'Closed' THEN 0.5 * (1 + fixture_gen.n('thr', t.k, 8)) ELSE 0 END, CASE WHEN t.status = 'Closed' THEN fixture_gen.n('tdy', t.k, 6) ELSE 0 END,
       CASE WHEN t.portal THEN '1' ELSE '0' END, t.contact
FROM vgen.tk t JOIN vgen.tt tt ON tt.n = t.tmpl JOIN vtiger_users uo ON uo.id = t.owner JOIN vtiger_users uc ON uc.id = t.creator
JOIN vtiger_users ut ON ut.id = vgen.owner('Support', 'ttr', t.k) ORDER BY t.id;

CREATE TABLE vtiger_ticketcf (
    ticketid integer NOT NULL PRIMARY KEY REFERENCES vtiger_troubletickets (ticketid) ON DELETE CASCADE, cf_877 varchar(255) DEFAULT '', cf_879 text, cf_881 date
);
INSERT INTO vtiger_ticketcf
SELECT t.id,
       CASE WHEN t.tmpl IN (5, 6, 11, 16) THEN '' WHEN t.prod IN (9001, 9002) THEN '2' || to_char(t.created - interval '200 days', 'YYMM') || fixture_gen.digits('tser', t.k, 5)
            WHEN t.prod = 9003 THEN to_char(t.created - interval '200 days', 'YYMM') || fixture_gen.digits('tser', t.k, 6)
            WHEN t.prod = 9004 THEN 'HQ' || to_char(t.created - interval '300 days', 'YYWW') || fixture_gen.chars('tser', t.k, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
            ELSE upper(substr(pr.code, 1, 4)) || fixture_gen.digits('tser', t.k, 8) END,
       CASE WHEN t.k % 4 = 0 THEN '' ELSE p.street || ', ' || p.suburb || ', ' || p.city END,
       CASE WHEN t.tmpl IN (5, 6, 11, 16) THEN NULL ELSE (t.created - make_interval(days => fixture_gen.n('twar', t.k, 700)) + interval '5 years')::date END
FROM vgen.tk t JOIN vgen.p p ON p.i = t.contact JOIN vgen.prod pr ON pr.k = t.prod - 9000 ORDER BY t.id;

CREATE TABLE vtiger_ticketcomments (
    commentid serial PRIMARY KEY, ticketid integer REFERENCES vtiger_troubletickets (ticketid) ON DELETE CASCADE, comments text, ownerid integer NOT NULL DEFAULT 0,
    ownertype varchar(10), createdtime timestamp NOT NULL
);
INSERT INTO vtiger_ticketcomments (ticketid, comments, ownerid, ownertype, createdtime)
SELECT t.id,
       vgen.fill(CASE WHEN s.n % 2 = 1 THEN fixture_gen.pick(ARRAY['Technician will arrive between 08:00 and 10:00 tomorrow.', 'Hi {first}, can you please send a photo of the inverter screen?',
                    'Waiting for the replacement part from Voltstream, ETA Friday.', 'We updated the settings remotely, please check tonight and let us know.',
                    'Hi {first}, please confirm someone will be home to open. Our technician is Sibusiso, he will call from 072 114 3390.', 'Closing this ticket, reply to reopen.'], 'tcu', t.k * 10 + s.n)
                 ELSE fixture_gen.pick(ARRAY['Thanks, I will leave the side gate open, the code is ' || fixture_gen.digits('tcgate', t.k, 4) || '.', 'Please call my husband {o_first} on {o_mob} when you are outside.',
                    'Still not working. Same fault this morning.', 'Photo attached.', 'Thank you, all working now!', 'I am at work until 5, my neighbour {o_full} has a key.',
                    'When is someone coming?? Third time I log this.'], 'tcc', t.k * 10 + s.n) END, t.contact, 4001 + (t.k * 3 + s.n) % 60),
       CASE WHEN s.n % 2 = 1 THEN t.owner ELSE t.contact END, CASE WHEN s.n % 2 = 1 THEN 'user' ELSE 'customer' END,
       t.created + make_interval(hours => s.n * (3 + fixture_gen.n('tch', t.k, 20)))
FROM vgen.tk t CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('tcn', t.k, 3)) s(n)
WHERE t.portal OR t.k % 4 = 0 ORDER BY t.id, s.n;

-- ModComments: crmentity rows 10001- and their content.
CREATE TABLE vgen.mc (n int PRIMARY KEY, id int, rel int, contact int, userid int, customer int, at timestamp, txt text, private int);
INSERT INTO vgen.mc
SELECT row_number() OVER (ORDER BY at, rel), 10000 + row_number() OVER (ORDER BY at, rel), rel, contact, userid, customer, at, txt, priv
FROM (
  SELECT t.id AS rel, t.contact, CASE WHEN s.n = 2 AND t.portal THEN NULL ELSE t.owner END AS userid, CASE WHEN s.n = 2 AND t.portal THEN t.contact END AS customer,
         t.created + make_interval(hours => s.n * 5 + fixture_gen.n('mch', t.k, 30)) AS at,
         CASE WHEN s.n = 2 AND t.portal THEN fixture_gen.pick(ARRAY['Any update on this please?', 'The fault came back last night at 02:00.', 'Thank you for the quick help!', 'I sent the photos to your WhatsApp number.'], 'mcc', t.k)
              ELSE fixture_gen.pick(ARRAY['Checked remotely - grid voltage dips to 190V in the evenings, municipal issue.', 'Customer very upset, escalated to ' || (SELECT first_name FROM vtiger_users WHERE id = 6) || '.',
                     'Spoke to {first}, booked technician for Tuesday morning.', 'Part ordered from Voltstream, PO 44871.', 'Left voicemail on {mob}.', 'Warranty claim logged with the manufacturer, RMA ' || fixture_gen.digits('mrma', t.k, 6) || '.',
                     '{first} says the neighbour''s tree now shades the panels after 14:00 - not a fault.', 'Closed after confirming with the customer.'], 'mcu', t.k * 3 + s.n) END AS txt,
         CASE WHEN s.n = 2 AND t.portal THEN 0 ELSE CASE WHEN t.k % 3 = 0 THEN 1 ELSE 0 END END AS priv
  FROM vgen.tk t CROSS JOIN generate_series(1, 2) s(n) WHERE s.n = 1 OR t.k % 2 = 0
  UNION ALL
  SELECT o.id, o.contact, o.owner, NULL, o.created + make_interval(days => 2 + fixture_gen.n('mod', o.k, 20)),
         fixture_gen.pick(ARRAY['Sent the quote by WhatsApp to {mob}.', 'Spoke to {first}, she will send the ID copy and proof of address for the finance application.', 'Bank declined the finance - credit score too low. Offered a smaller system.',
           'Site survey done: DB is old, needs a new board (add R6 500).', '@' || (SELECT first_name || ' ' || last_name FROM vtiger_users WHERE id = 3) || ' please approve 7% discount, competing quote.', 'Deposit received, scheduling install.',
           'Customer asked to postpone until after the bonus in December.'], 'moc', o.k), 0
  FROM vgen.opp o WHERE o.k % 2 = 0
  UNION ALL
  SELECT c.id, c.id, c.owner, NULL, c.created + make_interval(days => 30 + fixture_gen.n('mcd', c.id, 200)),
         fixture_gen.pick(ARRAY['Called for the annual service, booked 14 March.', 'Changed debit order date to the 1st on request.', 'Do not send marketing SMS - asked twice.', 'Wants to add a second battery next year.'], 'mco', c.id), 0
  FROM vgen.con c WHERE c.id % 5 = 0
) x;
UPDATE vgen.mc SET txt = vgen.fill(txt, contact, 4001 + n % 60);

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT m.id, coalesce(m.userid, 0), coalesce(m.userid, 1), coalesce(m.userid, 0), 'ModComments', NULL, m.at, m.at, NULL::timestamp, NULL::varchar, 0, 1, 0, 0,
       CASE WHEN m.customer IS NOT NULL THEN 'CUSTOMER PORTAL' ELSE 'CRM' END, left(m.txt, 100)
FROM vgen.mc m ORDER BY m.id;

CREATE TABLE vtiger_modcomments (
    modcommentsid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, commentcontent text, related_to integer NOT NULL,
    parent_comments integer, customer integer, userid integer, reasontoedit varchar(100), is_private integer DEFAULT 0
);
CREATE INDEX modcomments_relatedto_idx ON vtiger_modcomments (related_to);
INSERT INTO vtiger_modcomments
SELECT m.id, m.txt, m.rel, CASE WHEN m.customer IS NOT NULL THEN (SELECT max(id) FROM vgen.mc p WHERE p.rel = m.rel AND p.id < m.id) END, m.customer, m.userid,
       CASE WHEN m.n % 37 = 0 THEN 'typo in phone number' WHEN m.n % 41 = 0 THEN 'wrong customer' ELSE '' END, m.private
FROM vgen.mc m ORDER BY m.id;

-- ---------------------------------------------------------------------------
-- Calendar (calls, site visits, installs, tasks) 6001-6300 and emails 7001-7250.

CREATE TABLE vgen.act (k int PRIMARY KEY, id int, who int, rel int, typ text, subj text, loc text, d timestamp, owner int, notes text);
INSERT INTO vgen.act
SELECT q, 6000 + q, w.who, coalesce((SELECT acc FROM vgen.con WHERE id = w.who), w.who), x.typ,
       vgen.fill(CASE x.typ WHEN 'Call' THEN fixture_gen.pick(ARRAY['Call {first} re quote', 'Follow up: finance documents', 'Call back - missed call from {mob}', 'Confirm install date with {first}', 'Courtesy call after install'], 'asub', q)
                            WHEN 'Meeting' THEN fixture_gen.pick(ARRAY['Site survey – {last} residence', 'Install day 1 – {last}', 'Annual service – {suburb}', 'Fault call-out – {last}', 'Handover & app setup with {first}'], 'asub', q)
                            ELSE fixture_gen.pick(ARRAY['Send CoC to customer', 'Collect deposit POP', 'Order batteries from Voltstream', 'Submit SSEG application', 'Chase overdue invoice'], 'asub', q) END, w.who, w.who),
       CASE x.typ WHEN 'Meeting' THEN CASE WHEN q % 9 = 0 THEN 'Microsoft Teams' ELSE (SELECT street || ', ' || suburb || ', ' || city FROM vgen.p WHERE i = w.who) END
                  WHEN 'Call' THEN '' ELSE CASE WHEN q % 7 = 0 THEN 'Office' ELSE '' END END,
       (date '2021-05-01' + fixture_gen.n('adt', q, 1150))::timestamp + make_interval(hours => 7 + fixture_gen.n('ahr', q, 10), mins => 15 * fixture_gen.n('amin', q, 4)),
       CASE x.typ WHEN 'Meeting' THEN vgen.owner(CASE WHEN q % 2 = 0 THEN 'Sales' ELSE 'Support' END, 'aown', q) ELSE vgen.owner('Sales', 'aown', q) END,
       vgen.fill(fixture_gen.pick(ARRAY['', '', 'Bring ladder and CT clamps.', 'Customer: {full}, {mob}. Gate code on the contact record.', 'Discussed 2 vs 3 batteries, sending both options.',
         'No answer, left voicemail.', '{o_first} will be home to open, not {first}.', 'Customer unhappy with delay - offered free panel clean.'], 'anote', q), w.who, 4001 + q % 60)
FROM generate_series(1, 300) q
CROSS JOIN LATERAL (SELECT CASE WHEN q % 5 = 0 THEN 3001 + (q * 7) % 250 ELSE 2001 + (q * 13) % 300 END AS who) w
CROSS JOIN LATERAL (SELECT (ARRAY['Call', 'Call', 'Meeting', 'Meeting', 'Task'])[1 + fixture_gen.n('atyp', q, 5)] AS typ) x;

CREATE TABLE vgen.em (k int PRIMARY KEY, id int, who int, uid int, dir text, subj text, body text, d timestamp, cc text, rel int);
INSERT INTO vgen.em
SELECT q, 7000 + q, w.who, u.id, CASE WHEN q % 5 = 0 THEN 'in' ELSE 'out' END,
       CASE WHEN q % 5 = 0 THEN fixture_gen.pick(ARRAY['Re: Quotation', 'Inverter problem', 'Proof of payment', 'FW: municipal letter re SSEG', 'Question about my invoice', 'Documents for finance'], 'esub', q)
            ELSE vgen.fill(fixture_gen.pick(ARRAY['Your Karoo Sun Energy quotation', 'Installation booking confirmation – {last}', 'Invoice from Karoo Sun Energy', 'Your support ticket has been updated',
                   'Finance application: documents needed', 'Welcome to the Karoo Sun family, {first}!', 'Load-shedding tips for your new system'], 'esub', q), w.who, w.who) END,
       CASE WHEN q % 5 = 0 THEN vgen.fill(fixture_gen.pick(ARRAY[
              E'Hi,\r\n\r\nPlease see attached proof of payment for the deposit.\r\n\r\nRegards\r\n{full}\r\n{mob}',
              E'Good day\r\n\r\nThe inverter is showing an error again since this morning. Can someone call me on {mob}?\r\n\r\nThanks\r\n{first}\r\n\r\nSent from my Galaxy',
              E'Hello,\r\n\r\nAttached my ID, payslips and proof of address for the finance application.\r\n\r\n{full}\r\nID: {id}',
              E'Morning,\r\n\r\nThe municipality sent the attached letter. Can you assist with the registration? My address is {street}, {suburb}.\r\n\r\nKind regards\r\n{full}',
              E'Hi there, is the price on the quote including VAT? Thanks, {first}'], 'ebin', q), w.who, w.who)
            ELSE vgen.fill(fixture_gen.pick(ARRAY[
              '<p>Dear {first},</p><p>Thank you for your enquiry. Please find attached our quotation for the system we discussed during the site visit.</p><p>The price is valid for 14 days.</p><p>Kind regards,<br />{uname}</p>',
              '<p>Hi {first},</p><p>This confirms that our team will install your system at <b>{street}, {suburb}</b> on the date in the calendar invite. Please make sure someone is home to open from 07:30.</p><p>Regards,<br />{uname}</p>',
              '<p>Dear Customer,</p><p>Please find your invoice attached. Banking details are on the invoice.</p><p>Karoo Sun Energy Accounts</p>',
              '<p>Hi {first},</p><p>Your ticket has been updated. Log in to the customer portal to see the reply.</p>',
              '<p>Dear {first},</p><p>For the solar finance application we need: a certified copy of your ID, 3 months'' payslips and proof of address not older than 3 months.</p><p>{uname}<br />{umob}</p>',
              '<p>Welcome {first}!</p><p>Your system is live. Download the app and log in with the email address {email}.</p>',
              '<p>Dear Customer,</p><p>Winter is here: set your battery reserve to 30% before stage 4 and above, and clean your panels after the first rains.</p>'], 'ebout', q), w.who, w.who) END,
       (date '2021-05-01' + fixture_gen.n('edt', q, 1150))::timestamp + make_interval(hours => 7 + fixture_gen.n('ehr', q, 11), mins => fixture_gen.n('emin', q, 60), secs => fixture_gen.n('esec', q, 60)),
       CASE WHEN q % 7 = 0 THEN (SELECT email FROM vgen.p WHERE i = 4001 + q % 60) WHEN q % 11 = 0 THEN 'accounts@karoosun.co.za' END,
       coalesce((SELECT acc FROM vgen.con WHERE id = w.who), w.who)
FROM generate_series(1, 250) q
CROSS JOIN LATERAL (SELECT CASE WHEN q % 6 = 0 THEN 3001 + (q * 3) % 250 ELSE 2001 + (q * 17) % 300 END AS who) w
JOIN vtiger_users u ON u.id = vgen.owner(CASE WHEN q % 3 = 0 THEN 'Support' WHEN q % 13 = 0 THEN 'Finance' ELSE 'Sales' END, 'eown', q);
UPDATE vgen.em e SET body = replace(replace(e.body, '{uname}', u.first_name || ' ' || u.last_name), '{umob}', u.phone_mobile) FROM vtiger_users u WHERE u.id = e.uid;

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT a.id, a.owner, a.owner, a.owner, 'Calendar', a.notes, a.d - interval '3 days', a.d + interval '2 hours', NULL::timestamp, NULL::varchar, 0, 1, 0, 0, CASE WHEN a.k % 6 = 0 THEN 'MOBILE' ELSE 'CRM' END, a.subj
FROM vgen.act a
UNION ALL
SELECT e.id, CASE WHEN e.dir = 'in' THEN 1 ELSE e.uid END, e.uid, e.uid, 'Emails', e.body, e.d, e.d, NULL::timestamp, NULL::varchar, 0, 1, 0, 0, CASE WHEN e.dir = 'in' THEN 'MAIL SCANNER' ELSE 'CRM' END, e.subj
FROM vgen.em e ORDER BY 1;

CREATE TABLE vtiger_activity (
    activityid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, subject varchar(255) NOT NULL, semodule varchar(20),
    activitytype varchar(200) NOT NULL, date_start date NOT NULL, due_date date, time_start varchar(50), time_end varchar(50), sendnotification varchar(3) NOT NULL DEFAULT '0',
    duration_hours varchar(200), duration_minutes varchar(200), status varchar(200), eventstatus varchar(200), priority varchar(200), location varchar(150),
    notime varchar(3) NOT NULL DEFAULT '0', visibility varchar(50) NOT NULL DEFAULT 'all', recurringtype varchar(200)
);
CREATE INDEX activity_activitytype_idx ON vtiger_activity (activitytype);
CREATE INDEX activity_date_start_idx ON vtiger_activity (date_start);
INSERT INTO vtiger_activity
SELECT a.id, a.subj, NULL, a.typ, a.d::date, (a.d + make_interval(hours => CASE a.typ WHEN 'Meeting' THEN 2 + a.k % 6 ELSE 0 END, mins => CASE a.typ WHEN 'Call' THEN 15 ELSE 0 END))::date,
       to_char(a.d, 'HH24:MI:SS'), to_char(a.d + make_interval(hours => CASE a.typ WHEN 'Meeting' THEN 2 + a.k % 6 ELSE 0 END, mins => CASE a.typ WHEN 'Call' THEN 15 ELSE 0 END), 'HH24:MI:SS'),
       CASE WHEN a.k % 4 = 0 THEN '1' ELSE '0' END,
       CASE a.typ WHEN 'Meeting' THEN (2 + a.k % 6)::text ELSE '0' END, CASE a.typ WHEN 'Call' THEN '15' ELSE '0' END,
       CASE WHEN a.typ = 'Task' THEN CASE WHEN a.d < '2024-06-20' THEN 'Completed' ELSE fixture_gen.pick(ARRAY['Not Started', 'In Progress', 'Pending Input', 'Deferred'], 'atst', a.k) END END,
       CASE WHEN a.typ <> 'Task' THEN CASE WHEN a.d < '2024-06-28' THEN CASE WHEN a.k % 11 = 0 THEN 'Not Held' ELSE 'Held' END ELSE 'Planned' END END,
       fixture_gen.pick(ARRAY['High', 'Medium', 'Medium', 'Low'], 'apri', a.k), a.loc, '0', CASE WHEN a.k % 10 = 0 THEN 'Private' ELSE 'Public' END, '--None--'
FROM vgen.act a
UNION ALL
SELECT e.id, e.subj, NULL, 'Emails', e.d::date, NULL, to_char(e.d, 'HH24:MI:SS'), NULL, '0', NULL, NULL, NULL, NULL, NULL, NULL, '0', 'all', NULL
FROM vgen.em e ORDER BY 1;

CREATE TABLE vtiger_emaildetails (
    emailid integer NOT NULL PRIMARY KEY, from_email varchar(50) NOT NULL DEFAULT '', to_email text, cc_email text, bcc_email text,
    assigned_user_email varchar(50) NOT NULL DEFAULT '', idlists text, email_flag varchar(50) NOT NULL DEFAULT ''
);
INSERT INTO vtiger_emaildetails
SELECT e.id,
       CASE WHEN e.dir = 'in' THEN p.email WHEN e.k % 4 = 0 THEN CASE WHEN u.department = 'Support' THEN 'support@karoosun.co.za' ELSE 'sales@karoosun.co.za' END ELSE u.email1 END,
       CASE WHEN e.dir = 'in' THEN '["support@karoosun.co.za"]' ELSE '["' || p.email || '"]' END,
       CASE WHEN e.cc IS NOT NULL THEN '["' || e.cc || '"]' ELSE '[]' END,
       CASE WHEN e.dir = 'out' AND e.k % 9 = 0 THEN '["' || u.email1 || '"]' ELSE '[]' END,
       CASE WHEN e.dir = 'in' THEN '' ELSE u.email1 END,
       e.who || '@' || CASE WHEN e.who >= 3001 THEN '46' ELSE '80' END || '|',
       CASE WHEN e.dir = 'in' THEN 'MAILSCANNER' WHEN e.k % 23 = 0 THEN 'SAVED' ELSE 'SENT' END
FROM vgen.em e JOIN vgen.p p ON p.i = e.who JOIN vtiger_users u ON u.id = e.uid ORDER BY e.id;

-- PBX call records 13001-13150 (the Asterisk connector).
CREATE TABLE vgen.call (k int PRIMARY KEY, id int, who int, typ text, uid int, st timestamp, dur int, dir text, status text);
INSERT INTO vgen.call
SELECT q, 13000 + q, w.who, CASE WHEN w.who >= 3001 THEN 'Leads' WHEN w.who <= 1120 THEN 'Accounts' ELSE 'Contacts' END,
       vgen.owner(CASE WHEN q % 2 = 0 THEN 'Support' ELSE 'Sales' END, 'pown', q),
       vgen.at('pst', q, '2023-02-01', '2024-06-28'), fixture_gen.n('pdur', q, 900), CASE WHEN q % 3 = 0 THEN 'outbound' ELSE 'inbound' END,
       (ARRAY['completed', 'completed', 'completed', 'completed', 'no-answer', 'busy'])[1 + fixture_gen.n('pcs', q, 6)]
FROM generate_series(1, 150) q CROSS JOIN LATERAL (SELECT CASE WHEN q % 7 = 0 THEN 3001 + (q * 5) % 250 WHEN q % 11 = 0 THEN 1007 + q % 110 ELSE 2001 + (q * 19) % 300 END AS who) w;

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT c.id, c.uid, c.uid, c.uid, 'PBXManager', NULL, c.st, c.st + make_interval(secs => c.dur), NULL::timestamp, NULL::varchar, 0, 1, 0, 0, 'CRM', c.dir
FROM vgen.call c ORDER BY c.id;

CREATE TABLE vtiger_pbxmanager (
    pbxmanagerid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, direction varchar(10), callstatus varchar(20), starttime timestamp,
    endtime timestamp, totalduration integer, billduration integer, recordingurl varchar(200), sourceuuid varchar(100), gateway varchar(20), customer varchar(100),
    "user" varchar(100), customernumber varchar(100), customertype varchar(100)
);
CREATE INDEX pbxmanager_sourceuuid_idx ON vtiger_pbxmanager (sourceuuid);
INSERT INTO vtiger_pbxmanager
SELECT c.id, c.dir, c.status, c.st, c.st + make_interval(secs => CASE WHEN c.status = 'completed' THEN c.dur + 8 ELSE 25 END),
       CASE WHEN c.status = 'completed' THEN c.dur + 8 ELSE 25 END, CASE WHEN c.status = 'completed' THEN c.dur ELSE 0 END,
       CASE WHEN c.status = 'completed' THEN 'https://pbx.karoosun.co.za/monitor/' || to_char(c.st, 'YYYY/MM/DD') || '/' || CASE c.dir WHEN 'inbound' THEN 'in' ELSE 'out' END || '-'
            || regexp_replace(coalesce(a.phone, p.mobile), '[^0-9]', '', 'g') || '-' || (200 + c.uid) || '-' || to_char(c.st, 'YYYYMMDD-HH24MISS') || '-' || (1700000000 + c.k * 3917) || '.' || c.k || '.wav' ELSE '' END,
       (1700000000 + c.k * 3917) || '.' || c.k, 'PBXManager', c.who::text, c.uid::text,
       CASE WHEN c.typ = 'Accounts' THEN a.phone ELSE regexp_replace(CASE WHEN c.k % 4 = 0 THEN coalesce(p.phone, p.mobile) ELSE p.mobile END, '^0', '+27') END, c.typ
FROM vgen.call c LEFT JOIN vgen.p p ON p.i = c.who LEFT JOIN vtiger_account a ON a.accountid = c.who ORDER BY c.id;
UPDATE vtiger_pbxmanager SET customernumber = regexp_replace(customernumber, '[ ]', '', 'g');

-- Documents 11001-11080 and attachments 12001-12200.
CREATE TABLE vgen.doc (k int PRIMARY KEY, id int, who int, kind int, title text, fname text, mime text, d timestamp, owner int);
INSERT INTO vgen.doc
SELECT q, 11000 + q, w.who, x.kind,
       vgen.fill((ARRAY['ID copy – {full}', 'Proof of address – {last}', 'Finance application – {full}', 'SSEG application {last}', 'Signed quote – {last}', 'Installation checklist',
                        'Sunsynk 8kW datasheet', 'Roof photos – {suburb}'])[x.kind], w.who, w.who),
       vgen.fill((ARRAY['ID copy - {full}.pdf', 'Proof of address {last}.pdf', 'Finance_application_{first}_{last}.pdf', 'SSEG_{last}_{suburb}.pdf', 'Quote signed {last}.pdf', 'Installation_checklist_v4.doc',
                        'SUN-8K-SG01LP1-datasheet.pdf', 'IMG-' || to_char(vgen.at('ddt', q, '2021-06-01', '2024-06-01'), 'YYYYMMDD') || '-WA00' || lpad((q % 90)::text, 2, '0') || '.jpg'])[x.kind], w.who, w.who),
       CASE WHEN x.kind = 6 THEN 'application/msword' WHEN x.kind = 8 THEN 'image/jpeg' ELSE 'application/pdf' END,
       vgen.at('ddt', q, '2021-06-01', '2024-06-01'), vgen.owner('Sales', 'down', q)
FROM generate_series(1, 80) q CROSS JOIN LATERAL (SELECT 2001 + (q * 23) % 190 AS who) w CROSS JOIN LATERAL (SELECT CASE WHEN q IN (6, 7) THEN q ELSE (ARRAY[1, 1, 2, 2, 3, 4, 5, 5, 8, 8])[1 + q % 10] END AS kind) x;

CREATE TABLE vgen.att (k int PRIMARY KEY, id int, setype text, name text, mime text, d timestamp, owner int);
INSERT INTO vgen.att
SELECT d.k, 12000 + d.k, 'Documents Attachment', d.fname, d.mime, d.d, d.owner FROM vgen.doc d
UNION ALL
SELECT 80 + q, 12080 + q,
       CASE WHEN q <= 50 THEN 'Emails Attachment' WHEN q <= 90 THEN 'HelpDesk Attachment' ELSE 'Contacts Image' END,
       CASE WHEN q <= 50 THEN vgen.fill((ARRAY['POP deposit {last}.pdf', 'Quotation_Q' || (1000 + q) || '.pdf', 'Invoice INV' || q || '.pdf', 'bank statement march.pdf', 'payslip_feb_2024.pdf',
                                                'Municipal letter {last}.pdf'])[1 + q % 6], w.who, w.who)
            WHEN q <= 90 THEN (ARRAY['IMG-' || to_char(vgen.at('adt', q, '2021-06-01', '2024-06-01'), 'YYYYMMDD') || '-WA00' || lpad((q % 90)::text, 2, '0') || '.jpg',
                                     'Screenshot_' || to_char(vgen.at('adt', q, '2021-06-01', '2024-06-01'), 'YYYYMMDD-HH24MISS') || '.png', 'inverter_screen.jpg', 'ceiling_damage_' || (q % 4 + 1) || '.jpeg'])[1 + q % 4]
            ELSE vgen.fill('{first}_{last}.jpg', w.who, w.who) END,
       CASE WHEN q <= 50 THEN 'application/pdf' WHEN q <= 90 THEN CASE WHEN q % 4 = 1 THEN 'image/png' ELSE 'image/jpeg' END ELSE 'image/jpeg' END,
       vgen.at('adt', q, '2021-06-01', '2024-06-01'), vgen.owner('Support', 'aown', q)
FROM generate_series(1, 120) q CROSS JOIN LATERAL (SELECT 2001 + (q * 29) % 190 AS who) w;
UPDATE vgen.att SET name = vgen.fold(split_part(name, '.', 1)) || '.jpg' WHERE setype = 'Contacts Image';

INSERT INTO vtiger_crmentity (crmid, smcreatorid, smownerid, modifiedby, setype, description, createdtime, modifiedtime, viewedtime, status, version, presence, deleted, smgroupid, source, label)
SELECT d.id, d.owner, d.owner, d.owner, 'Documents', NULL, d.d, d.d, NULL::timestamp, NULL::varchar, 0, 1, 0, 0, 'CRM', d.title FROM vgen.doc d
UNION ALL
SELECT a.id, a.owner, a.owner, a.owner, a.setype, NULL, a.d, a.d, NULL::timestamp, NULL::varchar, 0, 1, 0, 0, NULL, NULL FROM vgen.att a ORDER BY 1;

CREATE TABLE vtiger_notes (
    notesid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, note_no varchar(100) NOT NULL, title varchar(50) NOT NULL,
    filename varchar(200), notecontent text, folderid integer NOT NULL DEFAULT 1, filetype varchar(50), filelocationtype varchar(5), filedownloadcount integer,
    filestatus integer, filesize integer NOT NULL DEFAULT 0, fileversion varchar(50)
);
INSERT INTO vtiger_notes
SELECT d.id, 'DOC' || d.k, left(d.title, 50), d.fname,
       vgen.fill(CASE d.kind WHEN 1 THEN '<p>Certified copy received ' || to_char(d.d, 'DD/MM/YYYY') || '. ID number {id}.</p>' WHEN 3 THEN '<p>Submitted to the bank; applicant {full}, contact {mob}.</p>'
                             WHEN 6 THEN '<p>Checklist for installers: earth spike, SPD, labelling, photos before and after.</p>' WHEN 7 THEN '' ELSE '' END, d.who, d.who),
       CASE WHEN d.kind IN (6, 7) THEN 1 ELSE 2 END, d.mime, 'I', fixture_gen.n('ddl', d.k, 12), 1, 40000 + fixture_gen.n('dsz', d.k, 3000000), ''
FROM vgen.doc d ORDER BY d.id;

CREATE TABLE vtiger_attachments (
    attachmentsid integer NOT NULL PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE, name varchar(255) NOT NULL, description text, type varchar(100),
    path text, storedname varchar(255), subject varchar(255)
);
INSERT INTO vtiger_attachments
SELECT a.id, a.name, CASE WHEN a.setype = 'Contacts Image' THEN 'Contact image' ELSE '' END, a.mime,
       'storage/' || to_char(a.d, 'YYYY') || '/' || to_char(a.d, 'FMMonth') || '/week' || (1 + (extract(day FROM a.d)::int - 1) / 7) || '/',
       fixture_gen.hexn('attst', a.k, 40), NULL
FROM vgen.att a ORDER BY a.id;

-- The lookup of every email field value, kept for the email search.
CREATE TABLE vtiger_emailslookup (crmid integer NOT NULL, setype varchar(100) NOT NULL, value varchar(100) NOT NULL, fieldid integer NOT NULL, PRIMARY KEY (crmid, fieldid));
INSERT INTO vtiger_emailslookup
SELECT contactid, 'Contacts', email, 80 FROM vtiger_contactdetails WHERE email <> ''
UNION ALL SELECT contactid, 'Contacts', secondaryemail, 81 FROM vtiger_contactdetails WHERE secondaryemail <> ''
UNION ALL SELECT contactid, 'Contacts', otheremail, 82 FROM vtiger_contactdetails WHERE otheremail <> ''
UNION ALL SELECT leadid, 'Leads', email, 46 FROM vtiger_leaddetails WHERE email <> ''
UNION ALL SELECT leadid, 'Leads', secondaryemail, 47 FROM vtiger_leaddetails WHERE secondaryemail <> ''
UNION ALL SELECT accountid, 'Accounts', email1, 9 FROM vtiger_account WHERE email1 <> ''
UNION ALL SELECT accountid, 'Accounts', email2, 11 FROM vtiger_account WHERE email2 <> ''
ORDER BY 1, 4;

-- ---------------------------------------------------------------------------
-- Login history, the change tracker, the audit trail.

CREATE TABLE vtiger_loginhistory (
    login_id serial PRIMARY KEY, user_name varchar(255), user_ip varchar(25) NOT NULL, logout_time timestamp, login_time timestamp, status varchar(25)
);
INSERT INTO vtiger_loginhistory (user_name, user_ip, logout_time, login_time, status)
SELECT CASE WHEN x.fail AND q % 3 = 0 THEN fixture_gen.pick(ARRAY['administrator', 'test', 'root', 'sales', 'demo'], 'lhu', q) ELSE u.user_name END,
       CASE WHEN x.fail AND q % 3 = 0 THEN fixture_gen.ipv4('lhbad', q)
            WHEN q % 4 <> 0 THEN CASE WHEN u.id % 5 = 0 THEN '102.132.' || (40 + u.id % 3) || '.18' WHEN u.id % 7 = 0 THEN '41.193.' || (100 + u.id % 2) || '.77' ELSE '196.22.' || (132 + u.id % 2) || '.9' END
            WHEN q % 13 = 0 THEN fixture_gen.ipv6('lhv6', u.id * 7 + q % 3)
            ELSE (ARRAY['105.', '197.', '41.', '102.', '154.'])[1 + u.id % 5] || (100 + fixture_gen.n('lhb', u.id * 10 + q % 4, 150)) || '.' || fixture_gen.n('lhc', u.id * 10 + q % 4, 256) || '.' || (1 + fixture_gen.n('lhd', u.id * 10 + q % 4, 254)) END,
       CASE WHEN x.fail THEN NULL WHEN q % 5 = 0 THEN NULL ELSE x.t + make_interval(mins => 20 + fixture_gen.n('lhl', q, 500)) END, x.t,
       CASE WHEN x.fail THEN 'Failed login' WHEN q % 5 = 0 THEN 'Signed in' ELSE 'Signed off' END
FROM generate_series(1, 460) q
CROSS JOIN LATERAL (SELECT (date '2023-09-01' + fixture_gen.n('lhdt', q, 300))::timestamp + make_interval(hours => 6 + fixture_gen.n('lhh', q, 13), mins => fixture_gen.n('lhm', q, 60), secs => fixture_gen.n('lhs', q, 60)) AS t,
                           q % 17 = 0 OR q % 29 = 0 AS fail) x
JOIN vtiger_users u ON u.id = (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 6, 10, 13, 5, 7, 14])[1 + fixture_gen.n('lhuid', q, 32)]
ORDER BY x.t;

CREATE TABLE vtiger_modtracker_basic (
    id integer NOT NULL PRIMARY KEY, crmid integer, module varchar(50), whodid integer, changedon timestamp, status integer DEFAULT 0
);
CREATE INDEX modtracker_basic_crmid_idx ON vtiger_modtracker_basic (crmid);
CREATE TABLE vtiger_modtracker_detail (id integer, fieldname varchar(100), prevalue text, postvalue text);
CREATE INDEX modtracker_detail_id_idx ON vtiger_modtracker_detail (id);

CREATE TABLE vgen.mt (crmid int, module text, whodid int, changedon timestamp, status int, field text, pre text, post text);
-- Contacts: creation, then changed mobiles, emails, addresses, ID numbers, owners.
INSERT INTO vgen.mt
SELECT c.id, 'Contacts', c.owner, c.created, 2, f.field, NULL, f.val
FROM vgen.con c JOIN vtiger_contactdetails d ON d.contactid = c.id JOIN vtiger_contactaddress a ON a.contactaddressid = c.id
CROSS JOIN LATERAL (VALUES (1, 'firstname', d.firstname), (2, 'lastname', d.lastname), (3, 'email', d.email), (4, 'mobile', d.mobile), (5, 'mailingstreet', a.mailingstreet),
  (6, 'mailingcity', a.mailingcity), (7, 'assigned_user_id', c.owner::text), (8, 'record_id', c.id::text), (9, 'record_module', 'Contacts'), (10, 'label', d.firstname || ' ' || d.lastname)) f(n, field, val)
WHERE c.id % 4 = 0
UNION ALL
SELECT c.id, 'Contacts', CASE WHEN c.id % 2 = 0 THEN c.owner ELSE vgen.owner('Support', 'mtw', c.id) END, c.created + make_interval(days => 20 + fixture_gen.n('mtd', c.id, 300), secs => fixture_gen.n('mts', c.id, 30000)), 0, f.field, f.pre, f.post
FROM vgen.con c JOIN vgen.p p ON p.i = c.id JOIN vgen.p o ON o.i = 4001 + c.id % 60
CROSS JOIN LATERAL (VALUES
  (c.id % 3 = 0, 'mobile', vgen.mobile('ZA', 'oldmob', c.id), p.mobile),
  (c.id % 5 = 0, 'email', vgen.fold(p.first) || vgen.fold(p.last) || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'yahoo.com', 'telkomsa.net'], 'oldem', c.id), c.email),
  (c.id % 7 = 0, 'mailingstreet', o.street || ', ' || o.suburb, p.street || ', ' || p.suburb),
  (c.id % 4 = 1 AND p.cc = 'ZA' AND c.id <= 2190 AND c.id % 3 <> 2, 'cf_859', '', p.idno),
  (c.id % 6 = 0, 'assigned_user_id', vgen.owner('Sales', 'oldown', c.id)::text, c.owner::text),
  (c.id % 9 = 0, 'emailoptout', '0', '1'),
  (c.id % 11 = 0, 'donotcall', '0', '1')) f(ok, field, pre, post)
WHERE f.ok;
-- Leads' status changes; tickets' status, owner and solution; opportunities' stages and amounts; accounts' phones and VAT numbers.
INSERT INTO vgen.mt
SELECT l.id, 'Leads', l.owner, l.created + make_interval(days => 1 + fixture_gen.n('mld', l.id, 40)), 0, 'leadstatus', 'Not Contacted', l.status FROM vgen.lead l WHERE l.id % 2 = 0 AND l.status <> 'Not Contacted'
UNION ALL
SELECT l.id, 'Leads', l.owner, l.created + make_interval(days => 2 + fixture_gen.n('mld2', l.id, 40)), 0, 'lane', '', p.street || ', ' || p.suburb FROM vgen.lead l JOIN vgen.p p ON p.i = l.id WHERE l.id % 9 = 0
UNION ALL
SELECT t.id, 'HelpDesk', t.owner, t.created + interval '3 hours', 0, 'ticketstatus', 'Open', 'In Progress' FROM vgen.tk t WHERE t.status <> 'Open'
UNION ALL
SELECT t.id, 'HelpDesk', t.owner, t.created + interval '4 days', 0, f.field, f.pre, f.post
FROM vgen.tk t JOIN vtiger_troubletickets tt ON tt.ticketid = t.id
CROSS JOIN LATERAL (VALUES (1, 'ticketstatus', 'In Progress', 'Closed'), (2, 'solution', '', tt.solution), (3, 'hours', '0', tt.hours::text)) f(n, field, pre, post) WHERE t.status = 'Closed' AND (f.n = 1 OR t.k % 3 = 0)
UNION ALL
SELECT t.id, 'HelpDesk', t.owner, t.created + interval '1 day', 0, 'assigned_user_id', t.owner::text, vgen.owner('Support', 'ttr', t.k)::text FROM vgen.tk t WHERE t.k % 5 = 0
UNION ALL
SELECT o.id, 'Potentials', o.owner, o.created + make_interval(days => 5 + fixture_gen.n('mpd', o.k, 30)), 0, f.field, f.pre, f.post
FROM vgen.opp o CROSS JOIN LATERAL (VALUES (1, 'sales_stage', 'Prospecting', o.stage), (2, 'amount', round(o.amount * 1.08, 0)::text || '.00000000', o.amount::text || '.00000000'),
  (3, 'nextstep', '', CASE WHEN o.k % 6 = 0 THEN vgen.fill('Call {first} on {mob}', o.contact, o.contact) ELSE 'Send quote' END)) f(n, field, pre, post)
WHERE f.n = 1 OR o.k % 4 = 0
UNION ALL
SELECT a.id, 'Accounts', 9, timestamp '2023-03-01 10:00' + make_interval(days => a.k * 3), 0, f.field, f.pre, f.post
FROM vgen.acc a JOIN vtiger_account ac ON ac.accountid = a.id
CROSS JOIN LATERAL (VALUES (1, 'phone', vgen.landline(a.ck, 'oldaph', a.k), ac.phone), (2, 'cf_851', '', coalesce(a.vat, '')), (3, 'email1', 'info@' || coalesce(a.dom, 'gmail.com'), ac.email1)) f(n, field, pre, post)
WHERE (f.n = 1 AND a.k % 5 = 0) OR (f.n = 2 AND a.k % 7 = 0 AND a.vat IS NOT NULL) OR (f.n = 3 AND a.k % 11 = 0)
UNION ALL
SELECT e.crmid, e.setype, 9, e.modifiedtime, 1, NULL, NULL, NULL FROM vtiger_crmentity e WHERE e.deleted = 1;

CREATE TABLE vgen.mtb AS
SELECT row_number() OVER (ORDER BY changedon, crmid, status) AS id, crmid, module, whodid, changedon, status FROM (SELECT DISTINCT crmid, module, whodid, changedon, status FROM vgen.mt) x;
INSERT INTO vtiger_modtracker_basic SELECT id, crmid, module, whodid, changedon, status FROM vgen.mtb ORDER BY id;
INSERT INTO vtiger_modtracker_detail
SELECT b.id, m.field, m.pre, m.post FROM vgen.mt m JOIN vgen.mtb b ON b.crmid = m.crmid AND b.changedon = m.changedon AND b.status = m.status AND b.whodid = m.whodid
WHERE m.field IS NOT NULL ORDER BY b.id, m.field;

CREATE TABLE vtiger_audit_trial (
    auditid serial PRIMARY KEY, userid integer, module varchar(255), action varchar(255), recordid varchar(20), actiondate timestamp
);
INSERT INTO vtiger_audit_trial (userid, module, action, recordid, actiondate)
SELECT u, m.module, m.action, CASE WHEN m.action IN ('ListView', 'index', 'ExportData') THEN '' ELSE m.rec::text END,
       (date '2024-03-01' + fixture_gen.n('aud', q, 118))::timestamp + make_interval(hours => 7 + fixture_gen.n('audh', q, 11), mins => fixture_gen.n('audm', q, 60), secs => fixture_gen.n('auds', q, 60))
FROM generate_series(1, 420) q
CROSS JOIN LATERAL (SELECT (ARRAY[3, 5, 6, 7, 9, 10, 11, 13, 14, 15, 18, 19, 21, 24, 25, 28])[1 + fixture_gen.n('audu', q, 16)] AS u) x
CROSS JOIN LATERAL (SELECT (ARRAY['Contacts', 'Contacts', 'HelpDesk', 'HelpDesk', 'Leads', 'Potentials', 'Accounts', 'Invoice', 'Calendar'])[1 + fixture_gen.n('audmo', q, 9)] AS module,
                           (ARRAY['DetailView', 'DetailView', 'DetailView', 'Save', 'EditView', 'ListView', 'index', 'ExportData', 'Delete'])[1 + fixture_gen.n('auda', q, 9)] AS action,
                           (ARRAY[2001 + fixture_gen.n('audr', q, 300), 5001 + fixture_gen.n('audr', q, 260)])[1 + q % 2] AS rec) m
ORDER BY 5;

-- ---------------------------------------------------------------------------
-- Mail and integrations: the mail scanner, the outgoing server and backup
-- server, the mail manager's accounts, webservice tokens, password-reset
-- short URLs, Google sync tokens.

CREATE TABLE vtiger_mailscanner (
    scannerid serial PRIMARY KEY, scannername varchar(30), server varchar(100), protocol varchar(10), username varchar(255), password varchar(255), ssltype varchar(10),
    sslmethod varchar(30), connecturl varchar(255), searchfor varchar(10), markas varchar(10), isvalid integer, scanfrom varchar(10) DEFAULT 'ALL', time_zone varchar(10)
);
INSERT INTO vtiger_mailscanner (scannername, server, protocol, username, password, ssltype, sslmethod, connecturl, searchfor, markas, isvalid, scanfrom, time_zone) VALUES
 ('SupportInbox', 'outlook.office365.com', 'imap4', 'support@karoosun.co.za', fixture_gen.b64('msp1', 1, 24), 'ssl', 'novalidate-cert',
  '{outlook.office365.com:993/imap4/ssl/novalidate-cert}', 'UNSEEN', 'SEEN', 1, 'ALL', '+02:00'),
 ('AccountsPOP', 'mail.karoosun.co.za', 'imap4', 'accounts@karoosun.co.za', fixture_gen.b64('msp2', 2, 24), 'tls', 'novalidate-cert',
  '{mail.karoosun.co.za:143/imap4/tls/novalidate-cert}', 'ALL', 'SEEN', 1, 'ALL', '+02:00'),
 ('OldGmail', 'imap.gmail.com', 'imap4', 'karoosunenergy@gmail.com', fixture_gen.b64('msp3', 3, 24), 'ssl', 'novalidate-cert',
  '{imap.gmail.com:993/imap4/ssl/novalidate-cert}', 'UNSEEN', 'SEEN', 0, 'ALL', '+02:00');

CREATE TABLE vtiger_systems (
    id integer NOT NULL PRIMARY KEY, server varchar(100), server_port integer, server_username varchar(100), server_password varchar(255), server_type varchar(20),
    smtp_auth varchar(5), server_path varchar(256), from_email_field varchar(50)
);
INSERT INTO vtiger_systems VALUES
 (1, 'ssl://smtp.sendgrid.net', 465, 'apikey', 'SG.' || vgen.rnd('sgk1', 1, 22) || '.' || translate(vgen.rnd('sgk2', 1, 43), '+/', '-_'), 'email', 'true', NULL, 'crm@karoosun.co.za'),
 (2, 'backup.karoosun.co.za', 22, 'vtbackup', vgen.rnd('ftpb', 1, 20), 'ftp_backup', NULL, '/srv/backups/vtiger', NULL);

CREATE TABLE vtiger_mail_accounts (
    account_id integer NOT NULL PRIMARY KEY, user_id integer NOT NULL, display_name varchar(50), mail_id varchar(50), account_name varchar(50), mail_protocol varchar(20),
    mail_username varchar(50) NOT NULL, mail_password text, mail_servername varchar(50), box_refresh integer, mails_per_page integer, ssltype varchar(50),
    sslmeth varchar(50), int_mailer integer DEFAULT 0, status varchar(10), set_default integer, sent_folder varchar(50)
);
INSERT INTO vtiger_mail_accounts
SELECT row_number() OVER (ORDER BY u.id), u.id, u.first_name || ' ' || u.last_name, u.email1, u.email1, 'IMAP4', u.email1,
       fixture_gen.b64('mapw', u.id, 18), 'outlook.office365.com', 300000, 20, 'ssl', 'novalidate-cert', 0, CASE WHEN u.status = 'Active' THEN '1' ELSE '0' END, 0, 'Sent Items'
FROM vtiger_users u WHERE u.id > 1 AND u.id % 3 <> 1 ORDER BY u.id;

CREATE TABLE vtiger_ws_userauthtoken (userid integer NOT NULL, token varchar(36) NOT NULL, expiretime integer NOT NULL, PRIMARY KEY (userid, expiretime));
INSERT INTO vtiger_ws_userauthtoken
SELECT u, lpad(to_hex(1719500000 + q * 731), 8, '0') || fixture_gen.hexn('wst', q, 5), 1719500000 + q * 731 + 300
FROM generate_series(1, 24) q CROSS JOIN LATERAL (SELECT (ARRAY[9, 5, 7, 11, 6, 10, 13, 18, 21, 25])[1 + q % 10] AS u) x;

CREATE TABLE vtiger_shorturls (
    id serial PRIMARY KEY, uid varchar(50), handler_path varchar(400), handler_class varchar(100), handler_function varchar(100), handler_data varchar(255), onetime integer
);
INSERT INTO vtiger_shorturls (uid, handler_path, handler_class, handler_function, handler_data, onetime)
SELECT lpad(to_hex(1690000000 + q * 86417), 8, '0') || fixture_gen.hexn('suid', q, 5) || '.' || fixture_gen.digits('suid2', q, 8),
       CASE WHEN q % 4 = 0 THEN 'modules/Contacts/handlers/PortalResetPassword.php' ELSE 'modules/Users/handlers/ForgotPassword.php' END,
       CASE WHEN q % 4 = 0 THEN 'Contacts_PortalResetPassword_Handler' ELSE 'Users_ForgotPassword_Handler' END,
       CASE WHEN q % 4 = 0 THEN 'resetPassword' ELSE 'changePassword' END,
       json_build_object('username', CASE WHEN q % 4 = 0 THEN c.email ELSE u.user_name END, 'email', CASE WHEN q % 4 = 0 THEN c.email ELSE u.email1 END,
                         'time', 1690000000 + q * 86417, 'hash', md5('reset' || q || coalesce(u.user_password, '')))::text,
       1
FROM generate_series(1, 22) q
JOIN vtiger_users u ON u.id = (ARRAY[5, 7, 11, 13, 15, 19, 21, 24, 27, 28, 6])[1 + q % 11]
JOIN vgen.con c ON c.id = coalesce((SELECT min(id) FROM vgen.con WHERE portal AND id >= 2001 + (q * 37) % 190), 2001)
ORDER BY q;

CREATE TABLE vtiger_google_oauth2 (service varchar(64), access_token varchar(500), refresh_token varchar(500), userid integer);
INSERT INTO vtiger_google_oauth2
SELECT s, 'ya29.' || translate(vgen.rnd('gat', u * 2 + (s = 'GoogleContacts')::int, 150), '+/', '-_'), '1//0' || translate(vgen.rnd('grt', u * 2 + (s = 'GoogleContacts')::int, 99), '+/', '-_'), u
FROM unnest(ARRAY[5, 7, 11, 16, 21, 22, 25]) u CROSS JOIN unnest(ARRAY['GoogleCalendar', 'GoogleContacts']) s WHERE s = 'GoogleCalendar' OR u IN (5, 21, 25) ORDER BY u, s;

-- ---------------------------------------------------------------------------
-- Field metadata of the modules above (custom fields are cf_<fieldid>).

CREATE TABLE vtiger_field (
    tabid integer NOT NULL, fieldid integer NOT NULL PRIMARY KEY, columnname varchar(30) NOT NULL, tablename varchar(100), generatedtype integer NOT NULL DEFAULT 0,
    uitype varchar(30) NOT NULL, fieldname varchar(50) NOT NULL, fieldlabel varchar(50) NOT NULL, readonly integer NOT NULL, presence integer NOT NULL DEFAULT 1,
    defaultvalue text, maximumlength integer, sequence integer, block integer, displaytype integer, typeofdata varchar(100), quickcreate integer NOT NULL DEFAULT 1,
    masseditable integer NOT NULL DEFAULT 1, summaryfield integer NOT NULL DEFAULT 0
);
CREATE INDEX field_tabid_idx ON vtiger_field (tabid);
INSERT INTO vtiger_field (tabid, fieldid, columnname, tablename, generatedtype, uitype, fieldname, fieldlabel, readonly, presence, defaultvalue, maximumlength, sequence, block, displaytype, typeofdata, quickcreate, masseditable, summaryfield)
SELECT f.tabid, f.fieldid, f.col, f.tbl, CASE WHEN f.col LIKE 'cf\_%' THEN 2 ELSE 1 END, f.ui, f.fname, f.label, 1, CASE WHEN f.tod LIKE '%~M' THEN 0 ELSE 2 END,
       CASE f.fname WHEN 'emailoptout' THEN '0' WHEN 'leadstatus' THEN '' WHEN 'donotcall' THEN '0' WHEN 'from_portal' THEN '0' ELSE '' END, 100,
       row_number() OVER (PARTITION BY f.tabid, f.block ORDER BY f.fieldid), f.block, CASE WHEN f.ui IN ('70', '4') THEN 2 ELSE 1 END, f.tod,
       CASE WHEN f.tod LIKE '%~M' THEN 0 ELSE 1 END, CASE WHEN f.ui IN ('70', '4') THEN 0 ELSE 1 END, CASE WHEN f.fieldid % 5 = 0 THEN 1 ELSE 0 END
FROM (VALUES
 (6, 1, 'accountname', 'vtiger_account', '2', 'accountname', 'Account Name', 'V~M', 9),
 (6, 2, 'account_no', 'vtiger_account', '4', 'account_no', 'Account No', 'V~O', 9),
 (6, 3, 'phone', 'vtiger_account', '11', 'phone', 'Phone', 'V~O', 9),
 (6, 4, 'website', 'vtiger_account', '17', 'website', 'Website', 'V~O', 9),
 (6, 5, 'fax', 'vtiger_account', '11', 'fax', 'Fax', 'V~O', 9),
 (6, 6, 'otherphone', 'vtiger_account', '11', 'otherphone', 'Other Phone', 'V~O', 9),
 (6, 7, 'parentid', 'vtiger_account', '51', 'account_id', 'Member Of', 'I~O', 9),
 (6, 8, 'employees', 'vtiger_account', '7', 'employees', 'Employees', 'I~O', 9),
 (6, 9, 'email1', 'vtiger_account', '13', 'email1', 'Email', 'E~O', 9),
 (6, 10, 'ownership', 'vtiger_account', '1', 'ownership', 'Ownership', 'V~O', 9),
 (6, 11, 'email2', 'vtiger_account', '13', 'email2', 'Other Email', 'E~O', 9),
 (6, 12, 'industry', 'vtiger_account', '15', 'industry', 'industry', 'V~O', 9),
 (6, 13, 'rating', 'vtiger_account', '15', 'rating', 'Rating', 'V~O', 9),
 (6, 14, 'account_type', 'vtiger_account', '15', 'accounttype', 'Type', 'V~O', 9),
 (6, 15, 'annualrevenue', 'vtiger_account', '71', 'annual_revenue', 'Annual Revenue', 'N~O', 9),
 (6, 16, 'emailoptout', 'vtiger_account', '56', 'emailoptout', 'Email Opt Out', 'C~O', 9),
 (6, 17, 'smownerid', 'vtiger_crmentity', '53', 'assigned_user_id', 'Assigned To', 'V~M', 9),
 (6, 18, 'createdtime', 'vtiger_crmentity', '70', 'createdtime', 'Created Time', 'DT~O', 9),
 (6, 19, 'modifiedtime', 'vtiger_crmentity', '70', 'modifiedtime', 'Modified Time', 'DT~O', 9),
 (6, 20, 'bill_street', 'vtiger_accountbillads', '21', 'bill_street', 'Billing Address', 'V~O', 11),
 (6, 21, 'ship_street', 'vtiger_accountshipads', '21', 'ship_street', 'Shipping Address', 'V~O', 11),
 (6, 22, 'bill_city', 'vtiger_accountbillads', '1', 'bill_city', 'Billing City', 'V~O', 11),
 (6, 23, 'ship_city', 'vtiger_accountshipads', '1', 'ship_city', 'Shipping City', 'V~O', 11),
 (6, 24, 'bill_state', 'vtiger_accountbillads', '1', 'bill_state', 'Billing State', 'V~O', 11),
 (6, 25, 'ship_state', 'vtiger_accountshipads', '1', 'ship_state', 'Shipping State', 'V~O', 11),
 (6, 26, 'bill_code', 'vtiger_accountbillads', '1', 'bill_code', 'Billing Code', 'V~O', 11),
 (6, 27, 'ship_code', 'vtiger_accountshipads', '1', 'ship_code', 'Shipping Code', 'V~O', 11),
 (6, 28, 'bill_country', 'vtiger_accountbillads', '1', 'bill_country', 'Billing Country', 'V~O', 11),
 (6, 29, 'ship_country', 'vtiger_accountshipads', '1', 'ship_country', 'Shipping Country', 'V~O', 11),
 (6, 30, 'bill_pobox', 'vtiger_accountbillads', '1', 'bill_pobox', 'Billing Po Box', 'V~O', 11),
 (6, 31, 'description', 'vtiger_crmentity', '19', 'description', 'Description', 'V~O', 12),
 (7, 36, 'salutation', 'vtiger_leaddetails', '55', 'salutationtype', 'Salutation', 'V~O', 13),
 (7, 37, 'firstname', 'vtiger_leaddetails', '55', 'firstname', 'First Name', 'V~O', 13),
 (7, 38, 'lead_no', 'vtiger_leaddetails', '4', 'lead_no', 'Lead No', 'V~O', 13),
 (7, 39, 'phone', 'vtiger_leadaddress', '11', 'phone', 'Phone', 'V~O', 13),
 (7, 40, 'lastname', 'vtiger_leaddetails', '255', 'lastname', 'Last Name', 'V~M', 13),
 (7, 41, 'mobile', 'vtiger_leadaddress', '11', 'mobile', 'Mobile', 'V~O', 13),
 (7, 42, 'company', 'vtiger_leaddetails', '2', 'company', 'Company', 'V~O', 13),
 (7, 43, 'fax', 'vtiger_leadaddress', '11', 'fax', 'Fax', 'V~O', 13),
 (7, 44, 'designation', 'vtiger_leaddetails', '1', 'designation', 'Designation', 'V~O', 13),
 (7, 46, 'email', 'vtiger_leaddetails', '13', 'email', 'Email', 'E~O', 13),
 (7, 47, 'secondaryemail', 'vtiger_leaddetails', '13', 'secondaryemail', 'Secondary Email', 'E~O', 13),
 (7, 48, 'leadsource', 'vtiger_leaddetails', '15', 'leadsource', 'Lead Source', 'V~O', 13),
 (7, 49, 'website', 'vtiger_leadsubdetails', '17', 'website', 'Website', 'V~O', 13),
 (7, 50, 'industry', 'vtiger_leaddetails', '15', 'industry', 'Industry', 'V~O', 13),
 (7, 51, 'leadstatus', 'vtiger_leaddetails', '15', 'leadstatus', 'Lead Status', 'V~O', 13),
 (7, 52, 'annualrevenue', 'vtiger_leaddetails', '71', 'annualrevenue', 'Annual Revenue', 'N~O', 13),
 (7, 53, 'rating', 'vtiger_leaddetails', '15', 'rating', 'Rating', 'V~O', 13),
 (7, 54, 'noofemployees', 'vtiger_leaddetails', '1', 'noofemployees', 'No Of Employees', 'I~O', 13),
 (7, 55, 'smownerid', 'vtiger_crmentity', '53', 'assigned_user_id', 'Assigned To', 'V~M', 13),
 (7, 56, 'emailoptout', 'vtiger_leaddetails', '56', 'emailoptout', 'Email Opt Out', 'C~O', 13),
 (7, 57, 'createdtime', 'vtiger_crmentity', '70', 'createdtime', 'Created Time', 'DT~O', 13),
 (7, 58, 'modifiedtime', 'vtiger_crmentity', '70', 'modifiedtime', 'Modified Time', 'DT~O', 13),
 (7, 59, 'lane', 'vtiger_leadaddress', '21', 'lane', 'Street', 'V~O', 15),
 (7, 60, 'code', 'vtiger_leadaddress', '1', 'code', 'Postal Code', 'V~O', 15),
 (7, 61, 'city', 'vtiger_leadaddress', '1', 'city', 'City', 'V~O', 15),
 (7, 62, 'country', 'vtiger_leadaddress', '1', 'country', 'Country', 'V~O', 15),
 (7, 63, 'state', 'vtiger_leadaddress', '1', 'state', 'State', 'V~O', 15),
 (7, 64, 'pobox', 'vtiger_leadaddress', '1', 'pobox', 'Po Box', 'V~O', 15),
 (7, 65, 'description', 'vtiger_crmentity', '19', 'description', 'Description', 'V~O', 16),
 (4, 66, 'salutation', 'vtiger_contactdetails', '55', 'salutationtype', 'Salutation', 'V~O', 4),
 (4, 67, 'firstname', 'vtiger_contactdetails', '55', 'firstname', 'First Name', 'V~O', 4),
 (4, 68, 'contact_no', 'vtiger_contactdetails', '4', 'contact_no', 'Contact Id', 'V~O', 4),
 (4, 69, 'phone', 'vtiger_contactdetails', '11', 'phone', 'Office Phone', 'V~O', 4),
 (4, 70, 'lastname', 'vtiger_contactdetails', '255', 'lastname', 'Last Name', 'V~M', 4),
 (4, 71, 'mobile', 'vtiger_contactdetails', '11', 'mobile', 'Mobile', 'V~O', 4),
 (4, 72, 'accountid', 'vtiger_contactdetails', '51', 'account_id', 'Account Name', 'I~O', 4),
 (4, 73, 'homephone', 'vtiger_contactsubdetails', '11', 'homephone', 'Home Phone', 'V~O', 4),
 (4, 74, 'leadsource', 'vtiger_contactsubdetails', '15', 'leadsource', 'Lead Source', 'V~O', 4),
 (4, 75, 'otherphone', 'vtiger_contactsubdetails', '11', 'otherphone', 'Other Phone', 'V~O', 4),
 (4, 76, 'title', 'vtiger_contactdetails', '1', 'title', 'Title', 'V~O', 4),
 (4, 77, 'fax', 'vtiger_contactdetails', '11', 'fax', 'Fax', 'V~O', 4),
 (4, 78, 'department', 'vtiger_contactdetails', '1', 'department', 'Department', 'V~O', 4),
 (4, 79, 'birthday', 'vtiger_contactsubdetails', '5', 'birthday', 'Birthdate', 'D~O', 4),
 (4, 80, 'email', 'vtiger_contactdetails', '13', 'email', 'Email', 'E~O', 4),
 (4, 81, 'secondaryemail', 'vtiger_contactdetails', '13', 'secondaryemail', 'Secondary Email', 'E~O', 4),
 (4, 82, 'otheremail', 'vtiger_contactdetails', '13', 'otheremail', 'Other Email', 'E~O', 4),
 (4, 83, 'reportsto', 'vtiger_contactdetails', '57', 'contact_id', 'Reports To', 'V~O', 4),
 (4, 84, 'assistant', 'vtiger_contactsubdetails', '1', 'assistant', 'Assistant', 'V~O', 4),
 (4, 85, 'assistantphone', 'vtiger_contactsubdetails', '11', 'assistantphone', 'Assistant Phone', 'V~O', 4),
 (4, 86, 'donotcall', 'vtiger_contactdetails', '56', 'donotcall', 'Do Not Call', 'C~O', 4),
 (4, 87, 'emailoptout', 'vtiger_contactdetails', '56', 'emailoptout', 'Email Opt Out', 'C~O', 4),
 (4, 88, 'smownerid', 'vtiger_crmentity', '53', 'assigned_user_id', 'Assigned To', 'V~M', 4),
 (4, 89, 'reference', 'vtiger_contactdetails', '56', 'reference', 'Reference', 'C~O', 4),
 (4, 90, 'createdtime', 'vtiger_crmentity', '70', 'createdtime', 'Created Time', 'DT~O', 4),
 (4, 91, 'modifiedtime', 'vtiger_crmentity', '70', 'modifiedtime', 'Modified Time', 'DT~O', 4),
 (4, 92, 'portal', 'vtiger_customerdetails', '56', 'portal', 'Portal User', 'C~O', 6),
 (4, 93, 'support_start_date', 'vtiger_customerdetails', '5', 'support_start_date', 'Support Start Date', 'D~O', 6),
 (4, 94, 'support_end_date', 'vtiger_customerdetails', '5', 'support_end_date', 'Support End Date', 'D~O~OTH~GE~support_start_date~Support Start Date', 6),
 (4, 95, 'mailingstreet', 'vtiger_contactaddress', '21', 'mailingstreet', 'Mailing Street', 'V~O', 7),
 (4, 96, 'otherstreet', 'vtiger_contactaddress', '21', 'otherstreet', 'Other Street', 'V~O', 7),
 (4, 97, 'mailingcity', 'vtiger_contactaddress', '1', 'mailingcity', 'Mailing City', 'V~O', 7),
 (4, 98, 'othercity', 'vtiger_contactaddress', '1', 'othercity', 'Other City', 'V~O', 7),
 (4, 99, 'mailingstate', 'vtiger_contactaddress', '1', 'mailingstate', 'Mailing State', 'V~O', 7),
 (4, 100, 'otherstate', 'vtiger_contactaddress', '1', 'otherstate', 'Other State', 'V~O', 7),
 (4, 101, 'mailingzip', 'vtiger_contactaddress', '1', 'mailingzip', 'Mailing Zip', 'V~O', 7),
 (4, 102, 'otherzip', 'vtiger_contactaddress', '1', 'otherzip', 'Other Zip', 'V~O', 7),
 (4, 103, 'mailingcountry', 'vtiger_contactaddress', '1', 'mailingcountry', 'Mailing Country', 'V~O', 7),
 (4, 104, 'othercountry', 'vtiger_contactaddress', '1', 'othercountry', 'Other Country', 'V~O', 7),
 (4, 105, 'description', 'vtiger_crmentity', '19', 'description', 'Description', 'V~O', 8),
 (4, 106, 'imagename', 'vtiger_contactdetails', '69', 'imagename', 'Contact Image', 'V~O', 75),
 (2, 110, 'potentialname', 'vtiger_potential', '2', 'potentialname', 'Potential Name', 'V~M', 1),
 (2, 111, 'potential_no', 'vtiger_potential', '4', 'potential_no', 'Potential No', 'V~O', 1),
 (2, 112, 'amount', 'vtiger_potential', '71', 'amount', 'Amount', 'N~O', 1),
 (2, 113, 'related_to', 'vtiger_potential', '10', 'related_to', 'Organization Name', 'V~O', 1),
 (2, 114, 'closingdate', 'vtiger_potential', '23', 'closingdate', 'Expected Close Date', 'D~M', 1),
 (2, 115, 'potentialtype', 'vtiger_potential', '15', 'opportunity_type', 'Type', 'V~O', 1),
 (2, 116, 'nextstep', 'vtiger_potential', '1', 'nextstep', 'Next Step', 'V~O', 1),
 (2, 117, 'leadsource', 'vtiger_potential', '15', 'leadsource', 'Lead Source', 'V~O', 1),
 (2, 118, 'sales_stage', 'vtiger_potential', '15', 'sales_stage', 'Sales Stage', 'V~M', 1),
 (2, 119, 'smownerid', 'vtiger_crmentity', '53', 'assigned_user_id', 'Assigned To', 'V~M', 1),
 (2, 120, 'probability', 'vtiger_potential', '9', 'probability', 'Probability', 'N~O', 1),
 (2, 121, 'contact_id', 'vtiger_potential', '10', 'contact_id', 'Contact Name', 'V~O', 1),
 (2, 122, 'forecast_amount', 'vtiger_potential', '71', 'forecast_amount', 'Forecast Amount', 'N~O', 1),
 (2, 123, 'description', 'vtiger_crmentity', '19', 'description', 'Description', 'V~O', 3),
 (13, 155, 'ticket_no', 'vtiger_troubletickets', '4', 'ticket_no', 'Ticket No', 'V~O', 25),
 (13, 156, 'smownerid', 'vtiger_crmentity', '53', 'assigned_user_id', 'Assigned To', 'V~M', 25),
 (13, 157, 'parent_id', 'vtiger_troubletickets', '10', 'parent_id', 'Related To', 'I~O', 25),
 (13, 158, 'priority', 'vtiger_troubletickets', '15', 'ticketpriorities', 'Priority', 'V~O', 25),
 (13, 159, 'product_id', 'vtiger_troubletickets', '59', 'product_id', 'Product Name', 'I~O', 25),
 (13, 160, 'severity', 'vtiger_troubletickets', '15', 'ticketseverities', 'Severity', 'V~O', 25),
 (13, 161, 'status', 'vtiger_troubletickets', '15', 'ticketstatus', 'Status', 'V~M', 25),
 (13, 162, 'category', 'vtiger_troubletickets', '15', 'ticketcategories', 'Category', 'V~O', 25),
 (13, 163, 'update_log', 'vtiger_troubletickets', '19', 'update_log', 'Update History', 'V~O', 25),
 (13, 164, 'hours', 'vtiger_troubletickets', '1', 'hours', 'Hours', 'N~O', 25),
 (13, 165, 'days', 'vtiger_troubletickets', '1', 'days', 'Days', 'N~O', 25),
 (13, 166, 'createdtime', 'vtiger_crmentity', '70', 'createdtime', 'Created Time', 'DT~O', 25),
 (13, 167, 'modifiedtime', 'vtiger_crmentity', '70', 'modifiedtime', 'Modified Time', 'DT~O', 25),
 (13, 168, 'from_portal', 'vtiger_troubletickets', '56', 'from_portal', 'From Portal', 'C~O', 25),
 (13, 169, 'title', 'vtiger_troubletickets', '22', 'ticket_title', 'Title', 'V~M', 25),
 (13, 170, 'description', 'vtiger_crmentity', '19', 'description', 'Description', 'V~O', 28),
 (13, 171, 'solution', 'vtiger_troubletickets', '19', 'solution', 'Solution', 'V~O', 29),
 (13, 172, 'contact_id', 'vtiger_troubletickets', '10', 'contact_id', 'Contact Name', 'I~O', 25),
 (6, 851, 'cf_851', 'vtiger_accountscf', '1', 'cf_851', 'VAT Number', 'V~O', 10),
 (6, 853, 'cf_853', 'vtiger_accountscf', '1', 'cf_853', 'Company Registration No', 'V~O', 10),
 (6, 855, 'cf_855', 'vtiger_accountscf', '16', 'cf_855', 'B-BBEE Level', 'V~O', 10),
 (6, 857, 'cf_857', 'vtiger_accountscf', '1', 'cf_857', 'Site Contact', 'V~O', 10),
 (4, 859, 'cf_859', 'vtiger_contactscf', '1', 'cf_859', 'ID Number', 'V~O', 5),
 (4, 861, 'cf_861', 'vtiger_contactscf', '11', 'cf_861', 'WhatsApp Number', 'V~O', 5),
 (4, 863, 'cf_863', 'vtiger_contactscf', '16', 'cf_863', 'Preferred Language', 'V~O', 5),
 (4, 865, 'cf_865', 'vtiger_contactscf', '16', 'cf_865', 'Roof Type', 'V~O', 5),
 (4, 867, 'cf_867', 'vtiger_contactscf', '1', 'cf_867', 'Debit Order Account', 'V~O', 5),
 (4, 869, 'cf_869', 'vtiger_contactscf', '19', 'cf_869', 'Site Access Notes', 'V~O', 5),
 (7, 871, 'cf_871', 'vtiger_leadscf', '16', 'cf_871', 'Monthly Electricity Spend', 'V~O', 14),
 (7, 873, 'cf_873', 'vtiger_leadscf', '1', 'cf_873', 'ID Number', 'V~O', 14),
 (7, 875, 'cf_875', 'vtiger_leadscf', '1', 'cf_875', 'Referred By', 'V~O', 14),
 (13, 877, 'cf_877', 'vtiger_ticketcf', '1', 'cf_877', 'Inverter Serial No', 'V~O', 26),
 (13, 879, 'cf_879', 'vtiger_ticketcf', '19', 'cf_879', 'Installation Address', 'V~O', 26),
 (13, 881, 'cf_881', 'vtiger_ticketcf', '5', 'cf_881', 'Warranty Expiry', 'D~O', 26)
) f(tabid, fieldid, col, tbl, ui, fname, label, tod, block)
ORDER BY f.fieldid;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA vgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
