-- classify-eval fixture (HOLDOUT 57: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): iDempiere
-- (the Java/OSGi ERP descended from Compiere and ADempiere) on PostgreSQL,
-- following the schema of iDempiere 11 (release 11.0, December
-- 2023) as remembered from its published migrations and application
-- dictionary: lowercase table and column names with the dictionary's
-- prefixes (ad_ system and dictionary, c_ core business, r_ requests, m_
-- materials, hr_ the payroll module), numeric(10) keys, the standard
-- ad_client_id, ad_org_id, isactive, created, createdby, updated and
-- updatedby columns, character(1) Y/N flags, dates kept as timestamp
-- without time zone, and a <table>_uu uuid column in every table. 31 of its
-- tables with a subset of their real columns. Left out: every foreign key
-- and check constraint; the tables the ids point to that hold nothing of
-- interest here (ad_table, ad_column, ad_message, ad_wf_process, ad_wf_node,
-- c_doctype, c_currency, c_tax, c_uom, c_bank, c_bp_group, c_region,
-- m_product_category, m_shipper, m_warehouse, hr_department, r_status,
-- r_requesttype, r_interestarea) and the accounting, price-list, storage
-- and translation tables; and most columns of the wide tables (ad_user,
-- c_bpartner, c_order and c_payment each have 60 to 120): document
-- processing, accounting dimensions, amounts and flags not kept.
--
-- The deployment: GroenVast Groothandel B.V., a wholesale distributor of
-- garden and landscaping supplies (paving, natural stone, soil, gravel,
-- turf, plants, timber, fencing, pond and irrigation gear, tools), head
-- office and central warehouse in Oosterhout (NL), a Belgian branch with
-- its own warehouse in Sint-Niklaas, a pickup point in Tilburg and a
-- webshop connected over REST. It has run iDempiere since February 2019 for
-- sales, purchasing, CRM requests and HR, for 60 staff in both countries.
-- Its business partners: landscaping companies, garden centres,
-- contractors, housing corporations and municipal parks departments in the
-- Netherlands and Flanders (a few in Wallonia); sole traders trading under
-- their own names; private customers of the webshop and the counter; 25
-- vendors (nurseries, factories, importers in NL, BE, DE, IT, PL and CN);
-- and the employees themselves.
--
-- What the data holds: staff users with logins, Active Directory account
-- names, salted SHA-512 password hashes and salts, encrypted mailbox
-- passwords, security questions and answers, birthdays and job titles;
-- partners' contacts with emails (personal, company and role mailboxes),
-- landline, mobile and fax numbers, typed notes and last-contact results;
-- webshop accounts with password hashes and old hashes; leads and their
-- companies; partners' names (companies, sole traders named after their
-- owner, private customers, employees), VAT numbers (Dutch ones pass the
-- 11-test, Belgian ones mod 97), D-U-N-S numbers, websites, descriptions and
-- order instructions; addresses (homes of private customers, sole traders
-- and employees, c/o lines); bank accounts with IBANs, old account
-- numbers, BICs, holders' names, addresses and emails, driving licence
-- numbers, BSNs and Belgian national register numbers, a few card numbers
-- and CVVs, payment-provider customer ids; employees' ID card or passport
-- numbers, social security numbers, hire and leaving dates and positions;
-- orders and lines, invoices, payments (bank statement remittance texts
-- with payers' names and IBANs, payment-provider responses with payer
-- names and IBANs or PayPal emails, the pickup counter's card numbers),
-- shipments with parcel tracking numbers and delivery instructions;
-- requests and their updates, sales activities, newsletter interests; web
-- sessions with session ids, IP addresses, host names and user agents; the
-- change log with old and new emails, phones, names, addresses and IBANs;
-- notices, workflow approval messages, and attachments kept on the file
-- system whose index names CVs, ID copies and contracts. Catalogue, roles,
-- jobs, countries and the distributor's own bank accounts are the rest.
-- Text is in Dutch, some in French. Some notes name a person, a phone or an
-- email; most do not.
--
-- Could not check (written from memory, no access to the sources): exact
-- types, lengths and nullability of iDempiere 11's columns; whether
-- hr_employee carries exactly these columns in the current org.eevolution
-- model; the reference-list codes (LeadSource, ContactActivityType,
-- WFState, UserLevel, TenderType, BankAccountType); seeded ids (ad_table_id,
-- ad_column_id, ad_message_id, c_country_id); the exact hash and salt
-- format MUser writes when USER_PASSWORD_HASH is on; the format of the
-- file-system attachment index; what the ZK client writes into
-- ad_session.description.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET client_min_messages = warning;

-- ---------------------------------------------------------------------------
-- Helper schema gv (dropped at the end): cultures, cities, people, partners.

CREATE SCHEMA gv;

CREATE FUNCTION gv.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(replace(s, 'ß', 'ss'), 'áàâäãåçéèêëíìîïıñóòôöõøúùûüýşğłńśźżćęąİŞĞÇÖÜŁŚŻÉÈÀÂÎÔÛËÏ',
    'aaaaaaceeeeiiiiinoooooouuuuysglnszzceaisgcoulszeeaaiouei')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION gv.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' FROM regexp_replace(lower(translate(replace(s, 'ß', 'ss'), 'áàâäãåçéèêëíìîïıñóòôöõøúùûüýşğłńśźżćęąİŞĞÇÖÜŁŚŻÉÈÀÂÎÔÛËÏ',
    'aaaaaaceeeeiiiiinoooooouuuuysglnszzceaisgcoulszeeaaiouei')), '[^a-z0-9]+', '-', 'g'))
$$;

CREATE FUNCTION gv.cap(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT upper(left(s, 1)) || substr(s, 2) $$;

-- at: an instant in [lo, hi); wt: office hours on a weekday in [lo, hi).
CREATE FUNCTION gv.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM hi - lo)::int))))::timestamp(0)
$$;

CREATE FUNCTION gv.wt(tag text, i bigint, lo date, hi date) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT ((d + CASE extract(isodow FROM d) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)::timestamp
          + make_interval(secs => 26000 + fixture_gen.n(tag || 's', i, 38000)))::timestamp(0)
  FROM (SELECT lo + fixture_gen.n(tag || 'd', i, greatest(1, hi - lo)) AS d) x
$$;

-- elf: nine digits that pass the Dutch 11-test (BSN, old VAT numbers).
CREATE FUNCTION gv.elf(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || (s % 11)::text FROM (
    SELECT t, d, (SELECT sum(substr(d, k, 1)::int * (10 - k)) FROM generate_series(1, 8) k)::int AS s
    FROM (SELECT t, (1 + fixture_gen.n(tag || 'e' || t, i, 9))::text || fixture_gen.digits(tag || t, i, 7) AS d FROM generate_series(0, 40) t) a) b
  WHERE s % 11 < 10 ORDER BY t LIMIT 1
$$;

-- be_ond: a Belgian enterprise number (ten digits, mod-97 check).
CREATE FUNCTION gv.be_ond(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || lpad((97 - d::bigint % 97)::text, 2, '0')
  FROM (SELECT '0' || (4 + fixture_gen.n(tag || 'f', i, 6))::text || fixture_gen.digits(tag, i, 6) AS d) x
$$;

CREATE FUNCTION gv.be_vat(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'fmt', i, 5)
    WHEN 0 THEN 'BE ' || substr(d, 1, 4) || '.' || substr(d, 5, 3) || '.' || substr(d, 8, 3)
    WHEN 1 THEN 'BE' || substr(d, 1, 4) || '.' || substr(d, 5, 3) || '.' || substr(d, 8, 3)
    ELSE 'BE' || d END
  FROM (SELECT gv.be_ond(tag, i) AS d) x
$$;

-- rrn: a Belgian national register number for a birth date and a sex.
CREATE FUNCTION gv.rrn(b date, tag text, i bigint, male boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(b, 'YY.MM.DD') || '-' || lpad(c::text, 3, '0') || '.'
      || lpad((97 - ((CASE WHEN b >= date '2000-01-01' THEN '2' ELSE '' END || to_char(b, 'YYMMDD') || lpad(c::text, 3, '0'))::bigint % 97))::text, 2, '0')
  FROM (SELECT 1 + 2 * fixture_gen.n(tag, i, 498) + CASE WHEN male THEN 0 ELSE 1 END AS c) x
$$;

-- eid: a Belgian eID card number; nldoc: a Dutch passport or ID card number.
CREATE FUNCTION gv.eid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(d, 1, 3) || '-' || substr(d, 4, 7) || '-' || lpad((CASE WHEN d::bigint % 97 = 0 THEN 97 ELSE d::bigint % 97 END)::text, 2, '0')
  FROM (SELECT '59' || fixture_gen.digits(tag, i, 8) AS d) x
$$;

CREATE FUNCTION gv.nldoc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.chars(tag, i, 2, 'ABCDEFGHIJKLMNPQRSTUVWXYZ') || fixture_gen.chars(tag || 'm', i, 6, 'ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789')
      || fixture_gen.digits(tag || 'z', i, 1)
$$;

-- Bank accounts: a Belgian BBAN (bank code, account, mod-97), IBANs, BICs.
CREATE FUNCTION gv.be_bban(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || lpad((CASE WHEN d::bigint % 97 = 0 THEN 97 ELSE d::bigint % 97 END)::text, 2, '0')
  FROM (SELECT fixture_gen.pick(ARRAY['001', '063', '068', '363', '735', '737', '973', '751', '143', '310'], tag, i) || fixture_gen.digits(tag || 'a', i, 7) AS d) x
$$;

CREATE FUNCTION gv.iban(rc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE rc
    WHEN 'nl' THEN fixture_gen.iban('NL', fixture_gen.pick(ARRAY['INGB', 'INGB', 'RABO', 'RABO', 'ABNA', 'ABNA', 'SNSB', 'TRIO', 'KNAB', 'BUNQ', 'ASNB'], tag, i) || fixture_gen.digits(tag || 'n', i, 10))
    WHEN 'vl' THEN fixture_gen.iban('BE', gv.be_bban(tag, i))
    WHEN 'wa' THEN fixture_gen.iban('BE', gv.be_bban(tag, i))
    WHEN 'de' THEN fixture_gen.iban('DE', '3205' || fixture_gen.digits(tag, i, 14))
    WHEN 'it' THEN fixture_gen.iban('IT', 'X' || '0503' || fixture_gen.digits(tag, i, 6) || '00000' || fixture_gen.digits(tag || 'c', i, 7))
    WHEN 'pl' THEN fixture_gen.iban('PL', '1020' || fixture_gen.digits(tag, i, 20))
    ELSE NULL END
$$;

CREATE FUNCTION gv.bic(iban text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN iban LIKE 'NL%' THEN CASE substr(iban, 5, 4) WHEN 'INGB' THEN 'INGBNL2A' WHEN 'RABO' THEN 'RABONL2U' WHEN 'ABNA' THEN 'ABNANL2A' WHEN 'SNSB' THEN 'SNSBNL2A'
         WHEN 'TRIO' THEN 'TRIONL2U' WHEN 'KNAB' THEN 'KNABNL2H' WHEN 'BUNQ' THEN 'BUNQNL2A' ELSE 'ASNBNL21' END
    WHEN iban LIKE 'BE%' THEN CASE substr(iban, 5, 3) WHEN '001' THEN 'GEBABEBB' WHEN '063' THEN 'GKCCBEBB' WHEN '068' THEN 'GKCCBEBB' WHEN '363' THEN 'BBRUBEBB'
         WHEN '735' THEN 'KREDBEBB' WHEN '737' THEN 'KREDBEBB' WHEN '973' THEN 'ARSPBE22' WHEN '751' THEN 'AXABBE22' WHEN '310' THEN 'BBRUBEBB' ELSE 'GEBABEBB' END
    WHEN iban LIKE 'DE%' THEN 'WELADED1GOC' WHEN iban LIKE 'IT%' THEN 'BAPPIT21' WHEN iban LIKE 'PL%' THEN 'BPKOPLPW' END
$$;

-- spaced: an IBAN as people type it, in groups of four.
CREATE FUNCTION gv.spaced(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT trim(regexp_replace(s, '(.{4})', '\1 ', 'g')) $$;

-- ean: an EAN-13 with its check digit.
CREATE FUNCTION gv.ean(d12 text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d12 || ((10 - sum(substr(d12, k, 1)::int * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END) % 10) % 10)::text FROM generate_series(1, 12) k
$$;

-- Name cultures.
CREATE TABLE gv.cu (c text PRIMARY KEY, fm text[], ff text[], ln text[]);
INSERT INTO gv.cu VALUES
 ('nl', ARRAY['Daan', 'Bram', 'Thijs', 'Ruben', 'Jeroen', 'Sander', 'Joost', 'Wouter', 'Kees', 'Henk', 'Martijn', 'Bas', 'Niels', 'Gert-Jan', 'Rik', 'Koen',
              'Tim', 'Lars', 'Frank', 'Rob', 'Marco', 'Erik', 'Stefan', 'Mark'],
        ARRAY['Sanne', 'Femke', 'Lotte', 'Eva', 'Marieke', 'Anouk', 'Ilse', 'Esther', 'Ria', 'Ineke', 'Maaike', 'Linda', 'Petra', 'Sophie', 'Iris', 'Janneke',
              'Kim', 'Laura', 'Anne', 'Monique', 'Karin', 'Judith', 'Noor', 'Fleur'],
        ARRAY['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van Dijk', 'Mulder', 'de Graaf', 'van Leeuwen', 'Verhoeven',
              'Kuijpers', 'van der Heijden', 'Hendriks', 'Bosman', 'van Gils', 'Schellekens', 'Damen', 'Rijken', 'van Dongen', 'Oomen', 'Broeders', 'Verschuren',
              'Brouwer', 'de Bruijn', 'van Beek', 'Dekker', 'van Loon', 'de Kok', 'van Hoof', 'Timmermans', 'Aarts', 'Martens', 'van de Ven', 'Peters',
              'Vos', 'Koster', 'Prins', 'van Rooij', 'Hoogendoorn', 'Sluijter', 'Wijnen', 'Pijnenburg']),
 ('vl', ARRAY['Bart', 'Pieter', 'Koen', 'Tom', 'Wim', 'Jef', 'Stijn', 'Dirk', 'Jens', 'Lucas', 'Kris', 'Geert', 'Wout', 'Arne', 'Filip', 'Ward',
              'Maarten', 'Joris', 'Thomas', 'Frederik', 'Sven', 'Jan', 'Luc', 'Bert'],
        ARRAY['Sofie', 'An', 'Els', 'Katrien', 'Lien', 'Griet', 'Hanne', 'Nele', 'Lotte', 'Marie', 'Inge', 'Veerle', 'Ellen', 'Leen', 'Annelies', 'Fien',
              'Eline', 'Charlotte', 'Joke', 'Karolien', 'Tine', 'Sarah', 'Evelien', 'Liesbeth'],
        ARRAY['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van Damme',
              'De Backer', 'Verstraete', 'Lambrechts', 'Van de Velde', 'Coppens', 'Hermans', 'Aerts', 'De Clercq', 'Van Hoecke', 'Verbeke', 'De Wilde', 'Baert',
              'Dumon', 'Segers', 'Van den Broeck', 'Vandenberghe', 'De Cock', 'Michiels', 'Smets', 'Van Laere', 'Cools', 'Vermeire', 'Geerts', 'Van Acker',
              'De Meyer', 'Bogaert', 'Pauwels', 'Verhaegen', 'Thys', 'Wuyts', 'Van Hecke', 'Roels']),
 ('wa', ARRAY['Julien', 'Nicolas', 'Olivier', 'François', 'Maxime', 'Thomas', 'Benoît', 'Damien'],
        ARRAY['Camille', 'Manon', 'Aurélie', 'Céline', 'Julie', 'Sarah', 'Laure', 'Émilie'],
        ARRAY['Dubois', 'Lambert', 'Dupont', 'Leclercq', 'Martin', 'Simon', 'Laurent', 'Renard', 'Lejeune', 'Collard', 'Fontaine', 'Delvaux',
              'Dumont', 'François', 'Henry', 'Gilson', 'Mathieu', 'Hubert', 'Piette', 'Lemaire']),
 ('tr', ARRAY['Emre', 'Mehmet', 'Murat', 'Kaan', 'Burak', 'Hakan'], ARRAY['Ayşe', 'Elif', 'Fatma', 'Zeynep', 'Selin', 'Esra'],
        ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan']),
 ('ma', ARRAY['Mohamed', 'Youssef', 'Karim', 'Bilal', 'Hamza', 'Rachid'], ARRAY['Fatima', 'Samira', 'Nadia', 'Khadija', 'Salma', 'Yasmina'],
        ARRAY['El Amrani', 'Benali', 'Bouzid', 'El Idrissi', 'Aït Ouali', 'Chaoui', 'Ziani', 'Haddouchi']),
 ('pl', ARRAY['Paweł', 'Krzysztof', 'Tomasz', 'Marek', 'Łukasz', 'Piotr'], ARRAY['Agnieszka', 'Magdalena', 'Katarzyna', 'Joanna', 'Ewa', 'Anna'],
        ARRAY['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański']),
 ('de', ARRAY['Jonas', 'Felix', 'Stefan', 'Markus'], ARRAY['Lena', 'Anna', 'Katrin', 'Julia'], ARRAY['Müller', 'Schmitz', 'Hoffmann', 'Becker', 'Theißen', 'Janßen']),
 ('it', ARRAY['Marco', 'Luca', 'Giorgio', 'Matteo'], ARRAY['Giulia', 'Chiara', 'Francesca', 'Elena'], ARRAY['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci']),
 ('cn', ARRAY['Wei', 'Jun', 'Hao', 'Lei'], ARRAY['Mei', 'Li', 'Lin', 'Xiu'], ARRAY['Wang', 'Chen', 'Zhang', 'Liu', 'Huang', 'Lin']);

-- Cities where people and partners are: residence culture, province, postcode range, area code.
CREATE TABLE gv.city (k int PRIMARY KEY, rc text, name text, region text, pclo int, pchi int, ac text, country_id int);
INSERT INTO gv.city VALUES
 (1, 'nl', 'Oosterhout', 'Noord-Brabant', 4901, 4909, '0162', 105), (2, 'nl', 'Breda', 'Noord-Brabant', 4811, 4839, '076', 105),
 (3, 'nl', 'Tilburg', 'Noord-Brabant', 5011, 5049, '013', 105), (4, 'nl', 'Etten-Leur', 'Noord-Brabant', 4871, 4879, '076', 105),
 (5, 'nl', 'Roosendaal', 'Noord-Brabant', 4701, 4709, '0165', 105), (6, 'nl', 'Bergen op Zoom', 'Noord-Brabant', 4611, 4625, '0164', 105),
 (7, 'nl', 'Dordrecht', 'Zuid-Holland', 3311, 3329, '078', 105), (8, 'nl', '''s-Hertogenbosch', 'Noord-Brabant', 5211, 5237, '073', 105),
 (9, 'nl', 'Eindhoven', 'Noord-Brabant', 5611, 5658, '040', 105), (10, 'nl', 'Gorinchem', 'Zuid-Holland', 4201, 4207, '0183', 105),
 (11, 'nl', 'Goes', 'Zeeland', 4461, 4465, '0113', 105), (12, 'nl', 'Middelburg', 'Zeeland', 4331, 4337, '0118', 105),
 (13, 'nl', 'Waalwijk', 'Noord-Brabant', 5141, 5146, '0416', 105), (14, 'nl', 'Dongen', 'Noord-Brabant', 5101, 5107, '0162', 105),
 (15, 'nl', 'Rotterdam', 'Zuid-Holland', 3011, 3089, '010', 105), (16, 'nl', 'Terneuzen', 'Zeeland', 4531, 4539, '0115', 105),
 (21, 'vl', 'Sint-Niklaas', 'Oost-Vlaanderen', 9100, 9100, '03', 103), (22, 'vl', 'Lokeren', 'Oost-Vlaanderen', 9160, 9160, '09', 103),
 (23, 'vl', 'Gent', 'Oost-Vlaanderen', 9000, 9000, '09', 103), (24, 'vl', 'Antwerpen', 'Antwerpen', 2018, 2018, '03', 103),
 (25, 'vl', 'Mechelen', 'Antwerpen', 2800, 2800, '015', 103), (26, 'vl', 'Temse', 'Oost-Vlaanderen', 9140, 9140, '03', 103),
 (27, 'vl', 'Beveren', 'Oost-Vlaanderen', 9120, 9120, '03', 103), (28, 'vl', 'Dendermonde', 'Oost-Vlaanderen', 9200, 9200, '052', 103),
 (29, 'vl', 'Aalst', 'Oost-Vlaanderen', 9300, 9300, '053', 103), (30, 'vl', 'Brugge', 'West-Vlaanderen', 8000, 8000, '050', 103),
 (31, 'vl', 'Kortrijk', 'West-Vlaanderen', 8500, 8500, '056', 103), (32, 'vl', 'Hasselt', 'Limburg', 3500, 3500, '011', 103),
 (33, 'vl', 'Turnhout', 'Antwerpen', 2300, 2300, '014', 103), (34, 'vl', 'Leuven', 'Vlaams-Brabant', 3000, 3000, '016', 103),
 (35, 'vl', 'Brasschaat', 'Antwerpen', 2930, 2930, '03', 103), (36, 'vl', 'Zele', 'Oost-Vlaanderen', 9240, 9240, '052', 103),
 (41, 'wa', 'Namur', 'Namur', 5000, 5000, '081', 103), (42, 'wa', 'Liège', 'Liège', 4000, 4000, '04', 103),
 (43, 'wa', 'Wavre', 'Brabant wallon', 1300, 1300, '010', 103), (44, 'wa', 'Mons', 'Hainaut', 7000, 7000, '065', 103),
 (45, 'wa', 'Tournai', 'Hainaut', 7500, 7500, '069', 103),
 (51, 'de', 'Straelen', 'Nordrhein-Westfalen', 47638, 47638, '+49 2834', 101), (52, 'de', 'Kleve', 'Nordrhein-Westfalen', 47533, 47533, '+49 2821', 101),
 (53, 'it', 'Pistoia', 'Toscana', 51100, 51100, '+39 0573', 119), (54, 'it', 'Impruneta', 'Toscana', 50023, 50023, '+39 055', 119),
 (55, 'pl', 'Poznań', 'wielkopolskie', 60101, 61899, '+48 61', 243), (56, 'cn', 'Xiamen', 'Fujian', 361000, 361000, '+86 592', 148);

CREATE FUNCTION gv.city_for(rc text, tag text, i bigint) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE rc WHEN 'nl' THEN 1 + fixture_gen.n(tag, i, 16) WHEN 'vl' THEN 21 + fixture_gen.n(tag, i, 16) WHEN 'wa' THEN 41 + fixture_gen.n(tag, i, 5)
    WHEN 'de' THEN 51 + fixture_gen.n(tag, i, 2) WHEN 'it' THEN 53 + fixture_gen.n(tag, i, 2) WHEN 'pl' THEN 55 ELSE 56 END
$$;

CREATE FUNCTION gv.postal(rc text, lo int, hi int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE rc
    WHEN 'nl' THEN (lo + fixture_gen.n(tag, i, hi - lo + 1))::text || CASE WHEN fixture_gen.n(tag || 'f', i, 7) = 0 THEN '' ELSE ' ' END
                   || fixture_gen.chars(tag || 'l', i, 2, 'ABCDEGHJKLMNPRTVWXZ')
    WHEN 'pl' THEN substr(v, 1, 2) || '-' || substr(v, 3)
    ELSE CASE WHEN length(v) < 4 THEN lpad(v, 4, '0') ELSE v END END
  FROM (SELECT (lo + fixture_gen.n(tag, i, hi - lo + 1))::text AS v) x
$$;

CREATE FUNCTION gv.street(rc text, tag text, i bigint, biz boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE rc
    WHEN 'nl' THEN fixture_gen.pick(CASE WHEN biz THEN ARRAY['Industrieweg', 'Nijverheidsweg', 'Ambachtsweg', 'Edisonstraat', 'Handelsweg', 'Energieweg', 'Zanddonkweg',
          'Bedrijvenweg', 'Transportweg', 'Kapittelweg', 'Vlietweg', 'Hoevestraat']
        ELSE ARRAY['Kerkstraat', 'Dorpsstraat', 'Molenstraat', 'Wilhelminalaan', 'Julianastraat', 'Beatrixstraat', 'Stationsstraat', 'Schoolstraat', 'Oranjestraat',
          'Heuvelstraat', 'Ridderstraat', 'Lindenlaan', 'Eikenlaan', 'Kastanjelaan', 'Vondelstraat', 'Prins Bernhardstraat', 'Zandstraat', 'Bredaseweg', 'Hoofdstraat',
          'Burgemeester van Haarenlaan', 'Slotlaan', 'Ganzewei', 'Mgr. Nolenslaan', 'Bernardusstraat'] END, tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, CASE WHEN biz THEN 60 ELSE 180 END))::text
        || CASE WHEN fixture_gen.n(tag || 'l', i, 9) = 0 THEN fixture_gen.pick(ARRAY['a', 'b', 'A', '-1', ' bis'], tag || 'x', i) ELSE '' END
    WHEN 'vl' THEN fixture_gen.pick(CASE WHEN biz THEN ARRAY['Industriepark-Noord', 'Europark-Oost', 'Ambachtenlaan', 'Industrieweg', 'Zonnebloemweg', 'Noorderlaan',
          'Hulsdonk', 'Dijkstraat', 'Vaartstraat', 'Kluizendok']
        ELSE ARRAY['Kerkstraat', 'Stationsstraat', 'Kortrijksesteenweg', 'Gentsesteenweg', 'Nieuwstraat', 'Molenstraat', 'Koning Albertlaan', 'Lindenlaan', 'Veldstraat',
          'Hoogstraat', 'Dorpstraat', 'Schoolstraat', 'Ankerstraat', 'Parklaan', 'Heirbaan', 'Kapelstraat', 'Zandstraat', 'Brugstraat', 'Kouter', 'Boonhemstraat'] END, tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, CASE WHEN biz THEN 80 ELSE 240 END))::text
    WHEN 'wa' THEN fixture_gen.pick(ARRAY['Rue de la Station', 'Rue du Moulin', 'Chaussée de Louvain', 'Avenue des Combattants', 'Rue de l''Église', 'Rue Haute',
          'Rue des Champs', 'Avenue Reine Astrid', 'Zoning industriel de Ghlin', 'Rue de Bruxelles'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 150))::text
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Gewerbestraße', 'Industriestraße', 'Am Hafen', 'Siemensstraße', 'Kevelaerer Straße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text
    WHEN 'it' THEN 'Via ' || fixture_gen.pick(ARRAY['Provinciale Lucchese', 'dell''Industria', 'Fiorentina', 'Vecchia Pistoiese', 'di Cappello'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 300))::text
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Przemysłowa', 'Głogowska', 'Dąbrowskiego', 'Obornicka'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 200))::text
    ELSE 'No. ' || (1 + fixture_gen.n(tag || 'n', i, 900))::text || ' ' || fixture_gen.pick(ARRAY['Xinyang Road, Haicang District', 'Tongji Road, Tong''an Industrial Zone'], tag, i) END
$$;

CREATE FUNCTION gv.mobile(rc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN rc = 'nl' THEN CASE fixture_gen.n(tag || 'f', i, 5) WHEN 0 THEN '06-' || d WHEN 1 THEN '06 ' || substr(d, 1, 4) || ' ' || substr(d, 5) WHEN 2 THEN '+31 6 ' || d
         WHEN 3 THEN '+316' || d ELSE '06' || d END
    WHEN rc IN ('vl', 'wa') THEN CASE fixture_gen.n(tag || 'f', i, 5)
         WHEN 0 THEN '04' || m || ' ' || substr(d, 1, 2) || ' ' || substr(d, 3, 2) || ' ' || substr(d, 5, 2)
         WHEN 1 THEN '+32 4' || m || ' ' || substr(d, 1, 2) || ' ' || substr(d, 3, 2) || ' ' || substr(d, 5, 2)
         WHEN 2 THEN '04' || m || '/' || substr(d, 1, 2) || '.' || substr(d, 3, 2) || '.' || substr(d, 5, 2)
         WHEN 3 THEN '04' || m || ' ' || substr(d, 1, 3) || ' ' || substr(d, 4, 3)
         ELSE '04' || m || substr(d, 1, 6) END
    WHEN rc = 'de' THEN '+49 15' || fixture_gen.digits(tag || 'm', i, 1) || ' ' || d
    WHEN rc = 'it' THEN '+39 3' || substr(d, 1, 2) || ' ' || substr(d, 3, 3) || ' ' || substr(d, 6, 3) || fixture_gen.digits(tag || 'z', i, 1)
    WHEN rc = 'pl' THEN '+48 5' || substr(d, 1, 2) || ' ' || substr(d, 3, 3) || ' ' || substr(d, 6, 3)
    ELSE '+86 13' || fixture_gen.digits(tag || 'm', i, 1) || ' ' || substr(d, 1, 4) || ' ' || substr(d, 5, 4) END
  FROM (SELECT fixture_gen.digits(tag, i, 8) AS d,
    fixture_gen.pick(ARRAY['70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '83', '84', '85', '86', '87', '88', '89', '91', '92', '93', '94', '95', '96', '97', '98', '99'], tag || 'p', i) AS m) x
$$;

CREATE FUNCTION gv.land(rc text, ac text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN rc = 'nl' THEN CASE WHEN fixture_gen.n(tag || 'f', i, 4) = 0 THEN '+31 ' || substr(ac, 2) || ' ' || d ELSE ac || '-' || d END
    WHEN rc IN ('vl', 'wa') THEN CASE WHEN fixture_gen.n(tag || 'f', i, 4) = 0 THEN '+32 ' || substr(ac, 2) || ' ' || d
         ELSE ac || ' ' || substr(d, 1, length(d) - 4) || ' ' || substr(d, length(d) - 3, 2) || ' ' || right(d, 2) END
    ELSE ac || ' ' || d END
  FROM (SELECT (2 + fixture_gen.n(tag || 's', i, 8))::text
      || fixture_gen.digits(tag, i, CASE WHEN rc = 'nl' THEN 9 - length(ac) WHEN rc IN ('vl', 'wa') THEN 8 - length(ac) ELSE 6 END) AS d) x
$$;

CREATE FUNCTION gv.local(first text, last text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 6)
    WHEN 0 THEN gv.fold(first) || '.' || gv.fold(last)
    WHEN 1 THEN left(gv.fold(first), 1) || '.' || gv.fold(last)
    WHEN 2 THEN gv.fold(first) || gv.fold(last) || (10 + fixture_gen.n(tag || 'y', i, 80))::text
    WHEN 3 THEN gv.fold(first) || '_' || gv.fold(last)
    WHEN 4 THEN gv.fold(first) || '.' || gv.fold(last)
    ELSE gv.fold(last) || '.' || gv.fold(first) END
$$;

CREATE FUNCTION gv.maildomain(rc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE rc
    WHEN 'nl' THEN fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'home.nl', 'outlook.com', 'planet.nl', 'hetnet.nl', 'icloud.com'], tag, i)
    WHEN 'vl' THEN fixture_gen.pick(ARRAY['telenet.be', 'telenet.be', 'skynet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'proximus.be', 'outlook.be', 'scarlet.be'], tag, i)
    WHEN 'wa' THEN fixture_gen.pick(ARRAY['skynet.be', 'gmail.com', 'hotmail.com', 'voo.be', 'outlook.be', 'proximus.be'], tag, i)
    WHEN 'de' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 't-online.de'], tag, i)
    WHEN 'it' THEN fixture_gen.pick(ARRAY['libero.it', 'gmail.com'], tag, i)
    WHEN 'pl' THEN fixture_gen.pick(ARRAY['wp.pl', 'onet.pl'], tag, i)
    ELSE fixture_gen.pick(ARRAY['163.com', 'qq.com'], tag, i) END
$$;

-- ---------------------------------------------------------------------------
-- Business partners: b 0 the template, 1-60 employees, 101-520 companies,
-- 601-740 sole traders, 801-1020 private customers, 1101-1125 vendors.
-- People: p = b for each partner's first contact (employee, owner, private
-- customer), 1201-1340 second contacts of every third company, 1501-1560
-- leads without a partner.

CREATE TABLE gv.bp (b int PRIMARY KEY, kind text, rc text, pat int, city_k int, name text, name2 text, domain text, grp int, value text, created timestamp,
  salesrep int, taxid text, url text);

INSERT INTO gv.bp (b, kind, rc, pat, city_k)
SELECT b, 'co', rc, (CASE rc WHEN 'nl' THEN fixture_gen.pick(ARRAY['0', '0', '0', '1', '1', '2', '3', '4', '5', '6', '7', '8', '9', '9', '11', '11', '10'], 'copat', b)
                              WHEN 'vl' THEN fixture_gen.pick(ARRAY['0', '0', '1', '1', '2', '3', '4', '5', '6', '7', '8', '8', '9'], 'copat', b)
                              ELSE fixture_gen.pick(ARRAY['0', '1', '2', '3', '4'], 'copat', b) END)::int, gv.city_for(rc, 'cocity', b)
FROM (SELECT b, fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'wa'], 'corc', b) AS rc
      FROM generate_series(101, 520) b) x;

INSERT INTO gv.bp (b, kind, rc, pat, city_k, name) VALUES
 (1101, 've', 'nl', 0, 14, 'Boomkwekerij Van Hulzen B.V.'), (1102, 've', 'vl', 0, 33, 'Betonwarenfabriek De Kempen NV'),
 (1103, 've', 'nl', 0, 9, 'Potgrondfabriek Peelland B.V.'), (1104, 've', 'vl', 0, 29, 'Graszodenkwekerij Vlaanderen BV'),
 (1105, 've', 'nl', 0, 15, 'Hout & Hek Import B.V.'), (1106, 've', 'nl', 0, 6, 'Natuursteen Import Zuid B.V.'),
 (1107, 've', 'de', 0, 51, 'Irrigationstechnik Niederrhein GmbH'), (1108, 've', 'de', 0, 52, 'Gartengeräte Bergmann GmbH'),
 (1109, 've', 'cn', 0, 56, 'Xiamen Greenstone Industrial Co., Ltd.'), (1110, 've', 'it', 0, 53, 'Vivai Rossetti S.r.l.'),
 (1111, 've', 'it', 0, 54, 'Terrecotte dell''Impruneta S.r.l.'), (1112, 've', 'nl', 0, 10, 'Vijvertechniek Holland B.V.'),
 (1113, 've', 'nl', 0, 13, 'Meststoffen Van Iersel B.V.'), (1114, 've', 'wa', 0, 41, 'Écorces & Paillis des Ardennes SA'),
 (1115, 've', 'nl', 0, 3, 'LumenGarden Tuinverlichting B.V.'), (1116, 've', 'nl', 0, 7, 'Drainage & Infiltratie Techniek B.V.'),
 (1117, 've', 'vl', 0, 31, 'Kunstgras Solutions NV'), (1118, 've', 'vl', 0, 32, 'Grind & Zand Maasvallei BV'),
 (1119, 've', 'pl', 0, 55, 'Drewno Ogrodowe Sp. z o.o.'), (1120, 've', 'nl', 0, 11, 'Gabionen Direct B.V.'),
 (1121, 've', 'vl', 0, 25, 'Robotmaaiers Benelux BV'), (1122, 've', 'nl', 0, 8, 'Plantenkwekerij De Zaailing B.V.'),
 (1123, 've', 'nl', 0, 12, 'Afrastering Van Gelder B.V.'), (1124, 've', 'nl', 0, 1, 'Transportbedrijf Verhoeven & Zn. B.V.'),
 (1125, 've', 'vl', 0, 27, 'Pallet Pool Benelux BV');

-- People.
CREATE TABLE gv.p (i int PRIMARY KEY, kind text, b int, rc text, cu text, sex text, first text, last text, full_name text, city_k int, city text, region text,
  postal text, address1 text, address2 text, country_id int, mobile text, phone text, email text, birth date, login text);

INSERT INTO gv.p (i, kind, b, rc, city_k)
SELECT i, 'emp', i, CASE WHEN i <= 40 THEN 'nl' ELSE 'vl' END,
       CASE WHEN i <= 40 THEN (ARRAY[1, 1, 1, 2, 2, 3, 4, 14, 14, 5])[1 + fixture_gen.n('empc', i, 10)] ELSE (ARRAY[21, 21, 21, 22, 26, 27, 24, 23, 36, 35])[1 + fixture_gen.n('empc', i, 10)] END
FROM generate_series(1, 60) i;
INSERT INTO gv.p (i, kind, b, rc, city_k) SELECT b, 'co', b, rc, gv.city_for(rc, 'pcity', b) FROM gv.bp WHERE kind = 'co';
INSERT INTO gv.p (i, kind, b, rc, city_k) SELECT 1200 + (b - 99) / 3, 'co2', b, rc, gv.city_for(rc, 'pcity', b + 5000) FROM gv.bp WHERE kind = 'co' AND b % 3 = 0;
INSERT INTO gv.p (i, kind, b, rc, city_k) SELECT b, 've', b, rc, city_k FROM gv.bp WHERE kind = 've';
INSERT INTO gv.p (i, kind, b, rc)
SELECT i, 'zz', i, fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'vl', 'vl', 'vl', 'vl', 'vl', 'wa'], 'zzrc', i) FROM generate_series(601, 740) i;
INSERT INTO gv.p (i, kind, b, rc)
SELECT i, 'pr', i, fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'wa'], 'prrc', i)
FROM generate_series(801, 1020) i;
INSERT INTO gv.p (i, kind, b, rc) SELECT i, 'lead', NULL, fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'vl', 'vl'], 'ldrc', i) FROM generate_series(1501, 1560) i;
UPDATE gv.p SET city_k = gv.city_for(rc, 'pcity', i) WHERE city_k IS NULL;

UPDATE gv.p SET cu = CASE rc
    WHEN 'nl' THEN fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'tr', 'ma', 'pl', 'de'], 'pcu', i)
    WHEN 'vl' THEN fixture_gen.pick(ARRAY['vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'ma', 'wa', 'pl', 'tr'], 'pcu', i)
    WHEN 'wa' THEN fixture_gen.pick(ARRAY['wa', 'wa', 'wa', 'wa', 'wa', 'wa', 'vl', 'ma', 'it'], 'pcu', i)
    ELSE rc END,
  sex = CASE WHEN fixture_gen.n('psex', i, 100) < CASE kind WHEN 'emp' THEN 30 WHEN 'co' THEN 30 WHEN 'zz' THEN 12 ELSE 50 END THEN 'F' ELSE 'M' END;

UPDATE gv.p SET first = CASE WHEN sex = 'F' THEN cu.ff[1 + fixture_gen.n('pfirst', i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('pfirst', i, cardinality(cu.fm))] END,
  last = CASE WHEN sex = 'F' AND cu.c = 'pl' THEN regexp_replace(cu.ln[1 + fixture_gen.n('plast', i, cardinality(cu.ln))], 'ski$', 'ska')
              ELSE cu.ln[1 + fixture_gen.n('plast', i, cardinality(cu.ln))] END
FROM gv.cu cu WHERE cu.c = gv.p.cu;

UPDATE gv.p SET full_name = CASE WHEN cu = 'cn' THEN last || ' ' || first ELSE first || ' ' || last END,
  city = c.name, region = c.region, country_id = c.country_id,
  postal = gv.postal(c.rc, c.pclo, c.pchi, 'ppc', i),
  address1 = gv.street(c.rc, 'pst', i, false),
  address2 = CASE WHEN c.rc IN ('vl', 'wa') AND fixture_gen.n('pbus', i, 6) = 0 THEN CASE WHEN c.rc = 'vl' THEN 'bus ' ELSE 'bte ' END || (1 + fixture_gen.n('pbusn', i, 12))::text
                  WHEN c.rc = 'nl' AND fixture_gen.n('pbus', i, 25) = 0 THEN 'Appartement ' || (1 + fixture_gen.n('pbusn', i, 40))::text END,
  mobile = gv.mobile(c.rc, 'pmob', i),
  phone = gv.land(c.rc, c.ac, 'pland', i),
  birth = CASE WHEN kind = 'emp' THEN date '1961-01-01' + fixture_gen.n('pbirth', i, 365 * 43) ELSE fixture_gen.birth_date('pbirth', i) END
FROM gv.city c WHERE c.k = gv.p.city_k;

-- Company names in the patterns of each country.
UPDATE gv.bp bp SET name = CASE bp.rc
  WHEN 'nl' THEN CASE bp.pat
    WHEN 0 THEN 'Hoveniersbedrijf ' || gv.cap(l) || ' B.V.'
    WHEN 1 THEN gv.cap(l) || ' Tuinen B.V.'
    WHEN 2 THEN 'Groenvoorziening ' || cname || ' B.V.'
    WHEN 3 THEN 'Tuinaanleg ' || gv.cap(l) || ' & Zn.'
    WHEN 4 THEN 'Tuincentrum ' || fixture_gen.pick(ARRAY['De Bosrand', 'De Linde', 'Het Groene Hart', 'De Eikelaar', cname, 'Buitengoed'], 'tc', bp.b)
    WHEN 5 THEN 'Bestratingsbedrijf ' || gv.cap(l) || ' B.V.'
    WHEN 6 THEN gv.cap(l) || ' Groen & Grond B.V.'
    WHEN 7 THEN 'Gemeente ' || cname || ' – ' || fixture_gen.pick(ARRAY['Groenbeheer', 'Wijkbeheer', 'Buitendienst', 'Beheer Openbare Ruimte'], 'gem', bp.b)
    WHEN 8 THEN 'Aannemersbedrijf ' || gv.cap(l) || ' B.V.'
    WHEN 9 THEN fixture_gen.pick(ARRAY['De Groene Vingers', 'Buitenruimte Totaal', 'Groenwerk Brabant', 'Tuinstijl', 'GroenGemak', 'Het Tuinhuys', 'Buitenwerk Zuid',
                  'Grasmeesters', 'Bloei & Groei', 'Hovenierscollectief West'], 'gen', bp.b) || ' B.V.'
    WHEN 10 THEN fixture_gen.pick(ARRAY['Woonstichting De Kempen', 'Wooncorporatie Zuidwaarts', 'Woonstichting Het Baken', 'VvE Parkzicht', 'Stichting Landgoed Wolfslaar-Oost'], 'won', bp.b)
    ELSE 'Hoveniersbedrijf ' || fixture_gen.pick(ARRAY['De Linde', 'Het Eikenblad', 'De Vlinderhof', 'Groenrand', 'De Hazelaar'], 'hov', bp.b) || ' V.O.F.' END
  WHEN 'vl' THEN CASE bp.pat
    WHEN 0 THEN gv.cap(l) || ' Tuinaanleg BV'
    WHEN 1 THEN 'Groenwerken ' || gv.cap(l)
    WHEN 2 THEN 'Tuinen ' || fixture_gen.pick(ARRAY['Groen Plezier', 'De Tuinfee', 'Buitengewoon', 'De Hovenier', 'Groene Long'], 'tn', bp.b) || ' BV'
    WHEN 3 THEN 'Hoveniers ' || gv.cap(l) || ' & Zonen NV'
    WHEN 4 THEN 'Tuincentrum ' || fixture_gen.pick(ARRAY['De Notelaar', 'Den Akker', 'De Boomgaard', 'Het Zonnehof', cname], 'tc', bp.b)
    WHEN 5 THEN 'Bestratingen ' || gv.cap(l) || ' BV'
    WHEN 6 THEN fixture_gen.pick(ARRAY['Stad ', 'Gemeente '], 'stad', bp.b) || cname || ' – ' || fixture_gen.pick(ARRAY['Groendienst', 'Technische dienst', 'Dienst Openbaar Domein'], 'gem', bp.b)
    WHEN 7 THEN 'Grondwerken ' || gv.cap(l) || ' BVBA'
    WHEN 8 THEN gv.cap(l) || ' Groenaanleg en -onderhoud BV'
    ELSE 'Tuinarchitectuur ' || fixture_gen.pick(ARRAY['Linea Verde', 'Hortus', 'Buxus & Co', 'Terra Viva'], 'ta', bp.b) || ' BV' END
  ELSE CASE bp.pat
    WHEN 0 THEN 'Jardins ' || l || ' SRL'
    WHEN 1 THEN 'Parcs et Jardins ' || l || ' SA'
    WHEN 2 THEN 'Pépinières ' || l
    WHEN 3 THEN 'Ville de ' || cname || ' – Service Espaces verts'
    ELSE 'Aménagements extérieurs ' || l || ' SRL' END END
FROM (SELECT x.b AS xb, c.name AS cname, cu.ln[1 + fixture_gen.n('coln', x.b, cardinality(cu.ln))] AS l
      FROM gv.bp x JOIN gv.city c ON c.k = x.city_k JOIN gv.cu cu ON cu.c = x.rc WHERE x.kind = 'co') x
WHERE x.xb = bp.b;

UPDATE gv.bp SET name = CASE rc WHEN 'nl' THEN 'Hoveniersbedrijf ' || gv.cap(l2) || ' B.V.' WHEN 'vl' THEN 'Tuinaanleg ' || l2 || ' BV' ELSE 'Jardins ' || l2 || ' SRL' END
FROM (SELECT x.b AS xb, cu.ln[1 + fixture_gen.n('coln2', x.b, cardinality(cu.ln))] AS l2 FROM gv.bp x JOIN gv.cu cu ON cu.c = x.rc) y
WHERE y.xb = gv.bp.b AND kind = 'co' AND b IN (SELECT b FROM (SELECT b, row_number() OVER (PARTITION BY name ORDER BY b) AS rn FROM gv.bp) d WHERE rn > 1);
UPDATE gv.bp SET name = name || ' (' || (SELECT name FROM gv.city WHERE k = city_k) || ')'
WHERE kind = 'co' AND b IN (SELECT b FROM (SELECT b, row_number() OVER (PARTITION BY name ORDER BY b) AS rn FROM gv.bp) d WHERE rn > 1);
UPDATE gv.bp SET name = name || ' ' || (b % 7 + 2)::text
WHERE kind = 'co' AND b IN (SELECT b FROM (SELECT b, row_number() OVER (PARTITION BY name ORDER BY b) AS rn FROM gv.bp) d WHERE rn > 1);

UPDATE gv.bp SET grp = CASE WHEN kind = 've' THEN 1000006
    WHEN (rc = 'nl' AND pat IN (4)) OR (rc = 'vl' AND pat = 4) THEN 1000002
    WHEN (rc = 'nl' AND pat IN (7, 10)) OR (rc = 'vl' AND pat = 6) OR (rc = 'wa' AND pat = 3) THEN 1000003
    WHEN (rc = 'nl' AND pat IN (5, 8)) OR (rc = 'vl' AND pat IN (5, 7)) THEN 1000004
    ELSE 1000001 END;

-- Sole traders, private customers and employees are partners too.
INSERT INTO gv.bp (b, kind, rc, pat, city_k, name)
SELECT i, 'zz', rc, fixture_gen.n('zzpat', i, 6), city_k, CASE rc
  WHEN 'nl' THEN (ARRAY['Hoveniersbedrijf ' || full_name, 'Tuinonderhoud ' || left(first, 1) || '. ' || last, full_name || ' Tuinen',
                        'Groen & Zo – ' || full_name, 'Klus- en tuinbedrijf ' || gv.cap(last), 'Hovenier ' || full_name])[1 + fixture_gen.n('zzpat', i, 6)]
  WHEN 'vl' THEN (ARRAY['Tuinaanleg ' || last || ' ' || first, 'Tuinonderhoud ' || full_name, 'Groenwerken ' || last, 'Tuinman ' || first,
                        'Tuinaanleg & -onderhoud ' || last, 'Tuinen ' || full_name])[1 + fixture_gen.n('zzpat', i, 6)]
  ELSE (ARRAY['Jardinier ' || full_name, 'Entretien de jardins ' || last, 'Jardins ' || first || ' ' || last, 'Parcs & Jardins ' || last,
              'Jardinier ' || full_name, 'Élagage ' || last])[1 + fixture_gen.n('zzpat', i, 6)] END
FROM gv.p WHERE kind = 'zz';
INSERT INTO gv.bp (b, kind, rc, pat, city_k, name)
SELECT i, 'pr', rc, 0, city_k, CASE fixture_gen.n('prname', i, 6)
  WHEN 0 THEN 'Fam. ' || last WHEN 1 THEN left(first, 1) || '. ' || last WHEN 2 THEN gv.cap(last) || ', ' || first ELSE full_name END
FROM gv.p WHERE kind = 'pr';
INSERT INTO gv.bp (b, kind, rc, pat, city_k, name) SELECT i, 'emp', rc, 0, city_k, full_name FROM gv.p WHERE kind = 'emp';
UPDATE gv.bp SET grp = CASE kind WHEN 'zz' THEN 1000001 WHEN 'pr' THEN 1000005 WHEN 'emp' THEN 1000007 ELSE grp END WHERE grp IS NULL;

UPDATE gv.bp SET
  domain = CASE
    WHEN kind = 've' AND rc = 'cn' THEN 'xmgreenstone.com'
    WHEN kind IN ('co', 've') AND name ~ '^(Gemeente|Stad|Ville de) ' THEN gv.slug(regexp_replace(name, '^(Gemeente|Stad|Ville de) ([^–]+) –.*$', '\2')) || CASE rc WHEN 'nl' THEN '.nl' ELSE '.be' END
    WHEN kind IN ('co', 've') THEN rtrim(left(gv.slug(regexp_replace(name, '( B\.V\.| BV| NV| BVBA| SRL| SA| V\.O\.F\.| GmbH| S\.r\.l\.| Sp\. z o\.o\.|, Ltd\.| & Zn\.)', '', 'g')), 32), '-')
         || CASE rc WHEN 'nl' THEN '.nl' WHEN 'de' THEN '.de' WHEN 'it' THEN '.it' WHEN 'pl' THEN '.pl' ELSE '.be' END
    WHEN kind = 'zz' AND fixture_gen.n('zzdom', b, 5) < 2 THEN rtrim(left(gv.slug(name), 32), '-') || CASE rc WHEN 'nl' THEN '.nl' ELSE '.be' END END,
  value = CASE kind WHEN 've' THEN '7' || lpad(b::text, 5, '0') WHEN 'emp' THEN 'M' || lpad(b::text, 4, '0') ELSE '4' || lpad(b::text, 5, '0') END,
  created = CASE kind WHEN 'emp' THEN timestamp '2019-03-01 08:00:00' + make_interval(days => fixture_gen.n('bpcr', b, 1900))
    ELSE gv.wt('bpcr', b, date '2019-03-04', date '2024-10-01') END;
UPDATE gv.bp SET domain = replace(domain, '-tuinen-', '-') WHERE length(domain) > 28;

UPDATE gv.bp SET salesrep = 1000000 + CASE WHEN rc = 'nl' THEN 3 + fixture_gen.n('srep', b, 6) ELSE 42 + fixture_gen.n('srep', b, 4) END WHERE kind IN ('co', 'zz', 'pr');

-- Leads: people who asked for a quote, with the company they work for.
ALTER TABLE gv.p ADD COLUMN lead_co text, ADD COLUMN portal boolean NOT NULL DEFAULT false;
UPDATE gv.p SET lead_co = CASE WHEN rc = 'nl' THEN fixture_gen.pick(ARRAY['Hoveniersbedrijf ', 'Tuinservice ', 'Groenbedrijf ', 'Bestratingen '], 'ldco', i) || gv.cap(last) || ' B.V.'
    ELSE fixture_gen.pick(ARRAY['Tuinaanleg ', 'Groenwerken ', 'Tuinen '], 'ldco', i) || last || ' BV' END
WHERE kind = 'lead' AND fixture_gen.n('ldhasco', i, 4) > 0;

-- Who may log in to the web portal (webshop accounts and a few trade customers).
UPDATE gv.p SET portal = true WHERE (kind = 'pr' AND i % 5 < 3) OR (kind = 'co' AND i % 10 = 0) OR (kind = 'zz' AND i % 6 = 0);

UPDATE gv.p p SET email = CASE
  WHEN p.kind = 'emp' THEN gv.fold(p.first) || '.' || gv.fold(p.last) || '@groenvast-groothandel.' || CASE WHEN p.rc = 'nl' THEN 'nl' ELSE 'be' END
  WHEN p.kind IN ('co', 'co2', 've') AND bp.domain IS NOT NULL AND fixture_gen.n('pemd', p.i, 10) < 8 THEN
       CASE WHEN fixture_gen.n('prole', p.i, 9) = 0 THEN CASE WHEN bp.rc = 'wa' THEN fixture_gen.pick(ARRAY['info', 'comptabilite', 'achats'], 'prolen', p.i)
                                                               ELSE fixture_gen.pick(ARRAY['info', 'inkoop', 'administratie', 'facturen', 'boekhouding', 'planning'], 'prolen', p.i) END
            ELSE CASE fixture_gen.n('pemf', p.i, 3) WHEN 0 THEN gv.fold(p.first) || '.' || gv.fold(p.last) WHEN 1 THEN left(gv.fold(p.first), 1) || '.' || gv.fold(p.last)
                 ELSE gv.fold(p.first) END END || '@' || bp.domain
  WHEN p.kind = 'zz' AND bp.domain IS NOT NULL THEN fixture_gen.pick(ARRAY['info', gv.fold(p.first), 'info', 'contact'], 'pzzm', p.i) || '@' || bp.domain
  ELSE gv.local(p.first, p.last, 'ploc', p.i) || '@' || gv.maildomain(p.rc, 'pdom', p.i) END
FROM gv.bp bp WHERE bp.b = p.b;
UPDATE gv.p SET email = CASE WHEN lead_co IS NOT NULL AND i % 3 > 0 THEN left(gv.fold(first), 1) || '.' || gv.fold(last) || '@' || gv.slug(regexp_replace(lead_co, ' (B\.V\.|BV)$', ''))
    || CASE WHEN rc = 'nl' THEN '.nl' ELSE '.be' END ELSE gv.local(first, last, 'ploc', i) || '@' || gv.maildomain(rc, 'pdom', i) END
WHERE kind = 'lead';
UPDATE gv.p p SET email = replace(p.email, '@', d.rn::text || '@')
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM gv.p) d WHERE d.i = p.i AND d.rn > 1 AND p.email !~ '^(info|inkoop|administratie|facturen|boekhouding|planning|contact|comptabilite|achats)@';

-- Staff: job, supervisor, roles, hire and leaving dates, login name.
CREATE TABLE gv.staff (p int PRIMARY KEY, j int, sup int, r1 int, r2 int, hire date, leave date);
INSERT INTO gv.staff (p, j, sup)
SELECT i, CASE WHEN i = 1 THEN 1 WHEN i IN (2, 41) THEN 2 WHEN i BETWEEN 3 AND 8 OR i BETWEEN 42 AND 45 THEN 3 WHEN i BETWEEN 9 AND 14 OR i BETWEEN 46 AND 49 THEN 4
    WHEN i BETWEEN 15 AND 17 THEN 5 WHEN i IN (18, 19) THEN 6 WHEN i BETWEEN 20 AND 25 OR i BETWEEN 50 AND 53 THEN 7 WHEN i BETWEEN 26 AND 28 OR i IN (54, 55) THEN 8
    WHEN i BETWEEN 29 AND 31 OR i IN (56, 57) THEN 9 WHEN i BETWEEN 32 AND 34 THEN 10 WHEN i = 35 THEN 11 WHEN i = 36 THEN 12 WHEN i IN (37, 38, 58) THEN 13
    WHEN i = 39 THEN 14 WHEN i = 40 THEN 15 WHEN i = 59 THEN 16 ELSE 17 END,
  CASE WHEN i = 1 THEN NULL WHEN i IN (2, 41, 15, 35, 36) THEN 1 WHEN i BETWEEN 3 AND 14 OR i IN (18, 19, 37, 38, 39, 40) THEN 2 WHEN i BETWEEN 20 AND 31 THEN 18
       WHEN i BETWEEN 32 AND 34 OR i = 60 THEN 35 WHEN i IN (16, 17) THEN 15 WHEN i = 59 THEN 40 ELSE 41 END
FROM generate_series(1, 60) i;
UPDATE gv.staff SET
  r1 = CASE WHEN j IN (1, 2) THEN 1000009 WHEN j IN (3, 15) THEN 1000003 WHEN j IN (4, 14) THEN 1000002 WHEN j = 5 THEN 1000004 WHEN j BETWEEN 6 AND 9 THEN 1000005
            WHEN j IN (10, 11) THEN 1000006 WHEN j = 12 THEN 1000007 WHEN j = 13 THEN 1000008 WHEN j = 16 THEN 1000001 ELSE 1000000 END,
  r2 = CASE j WHEN 1 THEN 1000000 WHEN 2 THEN 1000002 WHEN 11 THEN 1000009 WHEN 14 THEN 1000008 WHEN 17 THEN 0 WHEN 13 THEN 1000002 END,
  hire = CASE WHEN p IN (1, 2) THEN date '2003-09-01' + p * 400 ELSE date '2006-01-02' + fixture_gen.n('hire', p, 6700) END;
UPDATE gv.staff SET leave = least(date '2024-09-30', greatest(hire, date '2019-03-04') + 200 + fixture_gen.n('leave', p, 1800)) WHERE p IN (12, 23, 29, 47, 53, 59);
UPDATE gv.bp bp SET created = greatest(timestamp '2019-03-04 08:30:00', (s.hire - 10)::timestamp + interval '9 hours' + make_interval(mins => fixture_gen.n('bpcrm', s.p, 400)))
FROM gv.staff s WHERE s.p = bp.b;
UPDATE gv.p SET login = lower(left(gv.fold(first), 1) || left(gv.fold(last), 11)) WHERE kind = 'emp';
UPDATE gv.p p SET login = p.login || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) AS rn FROM gv.p WHERE login IS NOT NULL) d
WHERE d.i = p.i AND d.rn > 1;

-- Prose people typed, by column; {N} a person's name, {F} first and {L} last
-- name, {T} phone, {E} email, {S} street address, {C} city, {W} a colleague,
-- {X} a number.
CREATE TABLE gv.tx (col text, k int, t text, PRIMARY KEY (col, k));
INSERT INTO gv.tx SELECT 'bp_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Vaste afnemer bestrating en opsluitbanden, bestelt vooral in het voorjaar.',
  'Betaalt altijd binnen termijn. 5% projectkorting op tuinhout t/m 2025.',
  'Alleen levering op werkdagen vóór 15:00, geen kraanwagen mogelijk (smalle straat).',
  'Grote afnemer graszoden; levering rechtstreeks vanaf de kwekerij.',
  'Raamcontract groenonderhoud 2024-2026 via aanbesteding, prijzen vast tot 1/3.',
  'Client francophone, factures et confirmations en français svp.',
  'Kredietlimiet verlaagd na twee aanmaningen in 2023.',
  'Haalt zelf af met eigen aanhanger, meestal op vrijdagochtend.',
  'Interesse in beregeningssystemen, offerte volgt na de vakbeurs.',
  'Nieuwe klant via de Groen Vakdagen in Gorinchem.',
  'Pallets retour bij volgende levering, statiegeld verrekenen.',
  'Werkt veel voor VvE''s; facturen per project splitsen.',
  'Geen contante betalingen meer aannemen (afspraak directie).',
  'Btw verlegd, zie uittreksel in bijlage.',
  'Eigenaar {N} beslist over alle inkopen, mobiel {T}.',
  'Facturen graag per mail naar {E}, niet naar het algemene adres.',
  'Bij afwezigheid contact opnemen met {N} ({T}).',
  'Opvolger {N} neemt de zaak over per 1 januari; nieuwe gegevens volgen.',
  'Klacht over levering maart 2024 afgehandeld met {N}.',
  'Privéadres zaakvoerder: {S}. Post niet naar de werf sturen.']) t;
INSERT INTO gv.tx SELECT 'bp_desc_pr', row_number() OVER (), t FROM unnest(ARRAY[
  'Particulier, bestelt via de webshop.',
  'Wil gebeld worden vóór levering.',
  'Levering achterom, poort is open.',
  'Eerder klacht over kleur tegels, coulant behandelen.',
  'Vaste klant afhaalpunt Tilburg.',
  'Geen reclame sturen (AVG-verzoek 2023).',
  'Buurvrouw {N} neemt levering aan als niemand thuis is.',
  'Zoon regelt de bestellingen: {E}.']) t;
INSERT INTO gv.tx SELECT 'bp_sodesc', row_number() OVER (), t FROM unnest(ARRAY[
  'Levering via achteringang magazijn.',
  'Altijd inkoopordernummer vermelden op factuur.',
  'Leveren op werfadres, zie orderregel.',
  'Kraanwagen nodig, max. 2 pallets per keer.',
  'Livraison uniquement le matin.',
  'Pakbon zonder prijzen meesturen.',
  'Bellen 30 min voor aankomst: {T}.',
  'Afleveren bij {N}, bedrijfsleider.']) t;
INSERT INTO gv.tx SELECT 'u_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Beslist over inkoop bestrating.',
  'Alleen bereikbaar in de ochtend.',
  'Spreekt Frans.',
  'Contactpersoon voor facturen.',
  'Werfleider, belt vaak voor spoedleveringen.',
  'Eigenaar.',
  'Nieuwe contactpersoon sinds 2024.',
  'Vervangt {N} tijdens ouderschapsverlof.',
  'Assistent van {N}.',
  'Neemt op via {T} als kantoor dicht is.']) t;
INSERT INTO gv.tx SELECT 'u_desc_staff', row_number() OVER (), t FROM unnest(ARRAY[
  'Binnendienst verkoop, ma-do.',
  'Accountmanager regio Oost-Vlaanderen en Antwerpen.',
  'Werkt deeltijds (woensdag vrij).',
  'Tijdelijk contract t/m 31-12.',
  'Key-user iDempiere verkoopmodule.',
  'BHV''er, EHBO-diploma tot 2026.',
  'Vervangt {N} tijdens zwangerschapsverlof.',
  'Bereikbaar op {T} buiten kantoortijd.']) t;
INSERT INTO gv.tx SELECT 'u_comm', row_number() OVER (), t FROM unnest(ARRAY[
  'Heeft in 2023 klacht ingediend over gebroken tegels; opgelost met creditnota.',
  'Vraagt altijd naar aanbiedingen eind seizoen.',
  'Uitnodigen voor voorjaarsactie en open dag.',
  'Liever geen telefoontjes op maandag.',
  'Stuurt bestellingen meestal per WhatsApp.',
  'Heeft voorkeur voor levering in de ochtend.',
  'Oud-medewerker van een concurrent, kent het assortiment goed.',
  'Voorkeur voor communicatie per WhatsApp op {T}.',
  'Privéadres wijkt af: {S}.',
  'Echtgenote {N} doet de administratie.',
  'Langdurig ziek sinds september, vervanging via {N}.',
  'Oud e-mailadres werkt niet meer, alleen {E} gebruiken.',
  'Kent {N} van de Groen Vakdagen.']) t;
INSERT INTO gv.tx SELECT 'u_last', row_number() OVER (), t FROM unnest(ARRAY[
  'Offerte beregening verstuurd, terugbellen na 15/3.',
  'Geen interesse, heeft vaste leverancier.',
  'Voicemail ingesproken.',
  'Afspraak gemaakt voor showroombezoek.',
  'Wil prijslijst 2025 ontvangen.',
  'Stalen natuursteen opgestuurd.',
  'Interesse in robotmaaiers, demo plannen.',
  'Doorverwezen naar {N}.',
  'Terugbellen op {T} na 16u.',
  'Mail gestuurd naar {E} met catalogus.']) t;
INSERT INTO gv.tx SELECT 'o_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Voorjaarsbestelling', 'Aanvulling voorraad showtuin', 'Levering in 2 delen', 'Spoed – klant wacht op werf', 'Retour pallets meenemen',
  'Onderhoudscontract perceel 4', 'Webshop order {X}', 'Afhalen Tilburg vrijdag', 'Conform offerte OF{X}', 'Prijzen volgens raamcontract',
  'Project tuin fam. {L}, {C}', 'Werf {S}', 'Telefonisch opgenomen door {W}', 'Projet jardin M. {L}, {C}']) t;
INSERT INTO gv.tx SELECT 'i_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Factuur o.b.v. pakbon.', 'Creditnota volgt voor gebroken tegels.', 'Conform offerte.', 'Btw verlegd.', 'Inclusief transportkosten kraanwagen.',
  'Betaling in 3 termijnen afgesproken met {N}.', 'Project tuin fam. {L}.', 'Factuur opnieuw verzonden naar {E}.']) t;
INSERT INTO gv.tx SELECT 'io_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Lossen met kraan, 4 pallets.', 'Leveren achterom via het steegje.', 'Livraison à l''arrière de la maison.', 'Klant niet thuis, pakket bij servicepunt.',
  'Op de werf lossen naast de container.', 'Levering deels, rest volgt volgende week.', 'Niet lossen op het gras, oprit is verhard.',
  'Afleveren bij de buren (nr. {X}) als niemand thuis is.', 'Bellen bij aankomst: {T}.', 'Afgehaald door {N}.']) t;
INSERT INTO gv.tx SELECT 'rq_sum', row_number() OVER (), t FROM unnest(ARRAY[
  'Tegels geleverd met kleurverschil, klant wil omruilen.', 'Vijverpomp defect na 3 weken, garantieaanvraag.', 'Vraag over levertijd graszoden week 14.',
  'Factuur dubbel ontvangen.', 'Pallet beschadigd bij levering, foto''s in bijlage.', 'Webshop: betaling via Bancontact mislukt maar wel afgeschreven.',
  'Retouraanvraag robotmaaier, ongeopend.', 'Offerteaanvraag 400 m² kunstgras voor sportclub.', 'Beregeningscomputer maakt geen verbinding met wifi.',
  'Levering te laat, hovenier stond met ploeg te wachten.', 'Vraag naar technische fiche vijverfolie.', 'Réclamation: bordures cassées à la livraison.',
  'Klant {N} belde: verkeerde kleur grind geleverd.', 'Terugbelverzoek van {N} op {T} i.v.m. offerte.', 'Mail van {E}: btw-nummer aanpassen op factuur.']) t;
INSERT INTO gv.tx SELECT 'rq_res', row_number() OVER (), t FROM unnest(ARRAY[
  'Omruiling ingepland voor donderdag.', 'Garantie goedgekeurd door leverancier, nieuwe pomp verstuurd.', 'Creditnota aangemaakt.',
  'Klant teruggebeld, probleem opgelost.', 'Wacht op reactie van leverancier.', 'Foto''s ontvangen, doorgestuurd naar transport.',
  'Technische fiche gemaild.', 'Dubbele factuur gecrediteerd.', 'Afgesloten, geen reactie van klant.', 'Intern: klant is lastig, altijd schriftelijk bevestigen.',
  'Gesproken met {N}, gaat akkoord met 10% korting.', 'Voicemail ingesproken op {T}.', 'Mail gestuurd naar {E} met retourlabel.', 'Monteur ingepland, {W} gaat langs.']) t;
INSERT INTO gv.tx SELECT 'ca_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Telefoongesprek voorjaarsassortiment', 'Bezoek showroom', 'Offerte beregening bespreken', 'Follow-up beurs', 'Jaargesprek 2024',
  'Bellen i.v.m. openstaande facturen', 'Demo robotmaaier', 'Prijsafspraken 2025', 'Mailing najaarsactie', 'Afspraak met {N} op de werf']) t;
INSERT INTO gv.tx SELECT 'ca_comm', row_number() OVER (), t FROM unnest(ARRAY[
  'Klant tevreden over levering, wil volgend jaar meer natuursteen.', 'Vraagt scherpere prijs op graszoden; overleg met inkoop.',
  'Plant uitbreiding vloot, interesse in huur minigraver.', 'Geen tijd gehad, nieuwe afspraak in april.', 'Wil voortaan via de webshop bestellen.',
  'Showtuin bezocht met 3 medewerkers.', 'Openstaand saldo besproken, betaalt eind van de maand.',
  '{N} is nieuwe bedrijfsleider, mobiel {T}.', 'Offerte gestuurd naar {E}.', 'Klant gaat met pensioen, zaak wordt overgenomen door {N}.']) t;
INSERT INTO gv.tx SELECT 'wf_msg', row_number() OVER (), t FROM unnest(ARRAY[
  'Kredietlimiet overschreden. Goedkeuring vereist.', 'Goedgekeurd, klant betaalt vooraf.', 'Afgekeurd: eerst openstaande facturen voldoen.',
  'Inkooporder boven € 10.000, goedkeuring directie.', 'Akkoord, eenmalige overschrijding.', 'Order on hold tot ontvangst aanbetaling.',
  'Goedgekeurd door {W}.', 'Gebeld met {N}, betaling toegezegd voor vrijdag.']) t;
INSERT INTO gv.tx SELECT 'att_msg', row_number() OVER (), t FROM unnest(ARRAY[
  'Getekende leveringsvoorwaarden', 'Foto''s schade', 'Situatieschets tuin', 'Offerte leverancier', 'Arbeidsovereenkomst + addendum',
  'Kopie ID gecontroleerd bij verhuur aanhanger – {N}', 'Pakbon getekend door {N}']) t;
INSERT INTO gv.tx SELECT 'ja_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Start in deze functie.', 'Doorgegroeid vanuit het magazijn.', 'Overgeplaatst naar Sint-Niklaas na verhuizing.', 'Tijdelijk 32 uur i.v.m. ouderschapsverlof.',
  'Vervangt {N} tijdens langdurig verlof.', 'Proeftijd verlengd na gesprek met {W}.']) t;
INSERT INTO gv.tx SELECT 'rel_desc', row_number() OVER (), t FROM unnest(ARRAY[
  'Facturen naar moederbedrijf, levering op vestiging.', 'Onderaannemer voor bestratingswerk.', 'Zelfde eigenaar, aparte boekhouding.',
  'Inkoopcombinatie, gezamenlijke jaarbonus.', 'Contact via {N}.', 'Gemeente factureert via deze BV; afspraak met {N} ({T}).']) t;

CREATE FUNCTION gv.t(c text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT t FROM gv.tx WHERE col = c AND k = 1 + fixture_gen.n(tag, i, (SELECT count(*)::int FROM gv.tx x WHERE x.col = c))
$$;

-- fill: a template filled in with person pi, colleague wi and number x.
CREATE FUNCTION gv.fill(t text, pi int, wi int DEFAULT 9, x text DEFAULT '1') RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(t,
    '{N}', p.full_name), '{F}', p.first), '{L}', p.last), '{T}', coalesce(p.mobile, p.phone)), '{E}', p.email), '{S}', p.address1 || ', ' || p.postal || ' ' || p.city),
    '{C}', p.city), '{W}', w.first), '{X}', x)
  FROM gv.p p, gv.p w WHERE p.i = pi AND w.i = wi
$$;

-- ---------------------------------------------------------------------------
-- Tenant, organizations, roles.

CREATE TABLE ad_client (
    ad_client_id numeric(10) NOT NULL PRIMARY KEY, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    value character varying(40) NOT NULL, name character varying(60) NOT NULL, smtphost character varying(60), requestemail character varying(60),
    requestuser character varying(60), requestuserpw character varying(255), ad_language character varying(6), ad_client_uu character varying(36)
);
INSERT INTO ad_client VALUES
 (0, 0, 'Y', '1999-05-21 00:00:00', 0, '2023-12-19 09:31:00', 0, 'SYSTEM', 'System', NULL, NULL, NULL, NULL, 'en_US', fixture_gen.uuid('ad_client', 0)),
 (1000000, 0, 'Y', '2019-02-18 14:22:05', 100, '2024-06-11 16:40:12', 1000060, 'GROENVAST', 'GroenVast Groothandel', 'smtp.office365.com',
  'klantenservice@groenvast-groothandel.nl', 'svc-idempiere@groenvast-groothandel.nl', 'Gv' || fixture_gen.chars('smtppw', 1, 12) || '!' || fixture_gen.digits('smtppw', 1, 2),
  'nl_NL', fixture_gen.uuid('ad_client', 1000000));

CREATE TABLE ad_org (
    ad_org_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    value character varying(40) NOT NULL, name character varying(60) NOT NULL, description character varying(255), issummary character(1) NOT NULL DEFAULT 'N',
    ad_org_uu character varying(36)
);
INSERT INTO ad_org VALUES
 (0, 0, 'Y', '1999-05-21 00:00:00', 0, '1999-05-21 00:00:00', 0, '0', '*', 'All Organizations', 'N', fixture_gen.uuid('ad_org', 0)),
 (1000000, 1000000, 'Y', '2019-02-18 14:22:05', 100, '2021-01-11 09:02:44', 100, 'GV-NL', 'GroenVast Oosterhout', 'Hoofdkantoor en centraal magazijn', 'N', fixture_gen.uuid('ad_org', 1000000)),
 (1000001, 1000000, 'Y', '2019-02-18 14:25:51', 100, '2022-03-01 10:15:03', 1000060, 'GV-BE', 'GroenVast België – Sint-Niklaas', 'Vestiging België met eigen magazijn', 'N', fixture_gen.uuid('ad_org', 1000001)),
 (1000002, 1000000, 'Y', '2020-04-06 11:40:19', 1000060, '2020-04-06 11:40:19', 1000060, 'GV-TLB', 'Afhaalpunt Tilburg', 'Afhaalpunt voor vakklanten en particulieren', 'N', fixture_gen.uuid('ad_org', 1000002)),
 (1000003, 1000000, 'Y', '2021-02-15 16:02:37', 1000060, '2023-05-30 08:47:10', 1000060, 'GV-WEB', 'Webshop', 'Orders uit de webshop (koppeling)', 'N', fixture_gen.uuid('ad_org', 1000003));

CREATE TABLE ad_role (
    ad_role_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    name character varying(60) NOT NULL, description character varying(255), userlevel character(3) NOT NULL DEFAULT ' O', isaccessallorgs character(1) NOT NULL DEFAULT 'N',
    ad_role_uu character varying(36)
);
INSERT INTO ad_role
SELECT id, CASE WHEN id = 0 THEN 0 ELSE 1000000 END, 0, 'Y', cr, CASE WHEN id = 0 THEN 0 ELSE 100 END, cr + interval '3 days', CASE WHEN id = 0 THEN 0 ELSE 1000060 END,
       n, d, ul, aa, fixture_gen.uuid('ad_role', id)
FROM (VALUES
 (0, 'System Administrator', 'System Administrator', 'S  ', 'Y', timestamp '1999-05-21 00:00:00'),
 (1000000, 'GroenVast Admin', 'GroenVast Admin', ' CO', 'Y', timestamp '2019-02-18 14:22:05'),
 (1000001, 'GroenVast User', 'GroenVast User', ' CO', 'N', timestamp '2019-02-18 14:22:05'),
 (1000002, 'Verkoop binnendienst', 'Orders, offertes, klantgegevens', '  O', 'N', timestamp '2019-03-04 10:12:00'),
 (1000003, 'Verkoop buitendienst', 'Klanten, CRM, verzoeken', '  O', 'N', timestamp '2019-03-04 10:14:00'),
 (1000004, 'Inkoop', 'Inkooporders en leveranciers', '  O', 'Y', timestamp '2019-03-04 10:20:00'),
 (1000005, 'Logistiek & magazijn', 'Pakbonnen, ontvangsten, voorraad', '  O', 'N', timestamp '2019-03-05 08:40:00'),
 (1000006, 'Financiële administratie', 'Facturen, betalingen, bankafschriften', ' CO', 'Y', timestamp '2019-03-05 08:55:00'),
 (1000007, 'HR', 'Personeelsgegevens', ' CO', 'Y', timestamp '2019-06-17 13:05:00'),
 (1000008, 'Klantenservice', 'Verzoeken en retouren', '  O', 'Y', timestamp '2020-02-03 09:30:00'),
 (1000009, 'Directie', 'Alle vensters, alleen lezen op HR', ' CO', 'Y', timestamp '2019-03-04 10:30:00'),
 (1000010, 'Webshop klant', 'Self-service portaal: eigen orders en facturen', '  O', 'N', timestamp '2021-02-15 16:10:00')) v(id, n, d, ul, aa, cr);

CREATE TABLE c_job (
    c_job_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    name character varying(60) NOT NULL, description character varying(255), isemployee character(1) NOT NULL DEFAULT 'Y', c_job_uu character varying(36)
);
INSERT INTO c_job
SELECT 1000000 + j, 1000000, 0, 'Y', timestamp '2019-06-17 13:20:00' + j * interval '2 minutes', 1000036, timestamp '2019-06-17 13:20:00' + j * interval '2 minutes', 1000036,
       n, d, CASE WHEN j = 16 THEN 'N' ELSE 'Y' END, fixture_gen.uuid('c_job', j)
FROM (VALUES (1, 'Directeur', 'Algemene leiding, eindverantwoordelijk voor beide vestigingen'),
 (2, 'Bedrijfsleider vestiging', 'Dagelijkse leiding van een vestiging'),
 (3, 'Accountmanager buitendienst', 'Bezoekt hoveniers, aannemers en overheden in de regio'),
 (4, 'Verkoper binnendienst', 'Orders, offertes en telefonische verkoop'),
 (5, 'Inkoper', 'Inkoop bij kwekerijen, fabrikanten en importeurs'),
 (6, 'Planner logistiek', 'Planning van leveringen en eigen vrachtwagens'),
 (7, 'Magazijnmedewerker', 'Orderpicking, laden en lossen'),
 (8, 'Heftruckchauffeur', 'Heftruck en reachtruck, certificaat vereist'),
 (9, 'Chauffeur CE', 'Levering met vrachtwagen en kraan'),
 (10, 'Medewerker financiële administratie', 'Crediteuren, debiteuren, bankafschriften'),
 (11, 'Controller', 'Rapportage, budget en afsluitingen'),
 (12, 'HR-adviseur', 'Personeelszaken en salarisadministratie'),
 (13, 'Medewerker klantenservice', 'Verzoeken, klachten en retouren'),
 (14, 'Webshopbeheerder', 'Assortiment en orders van de webshop'),
 (15, 'Productspecialist beregening', 'Advies en ontwerp van beregeningssystemen'),
 (16, 'Stagiair', 'Stage vanuit het mbo of hbo'),
 (17, 'Applicatiebeheerder ERP', 'Beheer van iDempiere en koppelingen')) v(j, n, d);

-- ---------------------------------------------------------------------------
-- Users and contacts: staff who log in, contacts of partners, webshop accounts, leads.

CREATE TABLE ad_user (
    ad_user_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    value character varying(40), name character varying(60) NOT NULL, description character varying(255), email character varying(60),
    phone character varying(40), phone2 character varying(40), fax character varying(40), birthday timestamp without time zone, title character varying(40),
    comments character varying(2000), password character varying(1024), salt character varying(16), c_bpartner_id numeric(10), c_job_id numeric(10),
    supervisor_id numeric(10), ldapuser character varying(60), emailuser character varying(60), emailuserpw character varying(255),
    islocked character(1) NOT NULL DEFAULT 'N', datelastlogin timestamp without time zone, securityquestion character varying(255), securityanswer character varying(255),
    leadsource character varying(2), lastresult character varying(255), bpname character varying(60), ad_user_uu character varying(36)
);

INSERT INTO ad_user (ad_user_id, ad_client_id, ad_org_id, isactive, created, createdby, updated, updatedby, value, name, description, email, password, salt,
    islocked, datelastlogin, ad_user_uu) VALUES
 (0, 0, 0, 'Y', '1999-05-21 00:00:00', 0, '2019-02-18 14:20:00', 0, 'System', 'System', NULL, NULL,
  upper(fixture_gen.hexn('pwh', 0, 128)), upper(fixture_gen.hexn('pws', 0, 16)), 'N', '2024-06-11 16:31:02', fixture_gen.uuid('ad_user', 0)),
 (100, 0, 0, 'Y', '1999-05-21 00:00:00', 0, '2024-03-04 08:12:40', 100, 'SuperUser', 'SuperUser', NULL, 'idempiere-admin@groenvast-groothandel.nl',
  upper(fixture_gen.hexn('pwh', 100, 128)), upper(fixture_gen.hexn('pws', 100, 16)), 'N', '2024-11-26 07:58:13', fixture_gen.uuid('ad_user', 100)),
 (1000099, 1000000, 0, 'Y', '2021-02-15 16:05:00', 1000060, '2023-05-30 08:50:11', 1000060, 'webshop-koppeling', 'Webshop Koppeling', 'Technische gebruiker REST-koppeling webshop',
  'webshop@groenvast-groothandel.nl', upper(fixture_gen.hexn('pwh', 99, 128)), upper(fixture_gen.hexn('pws', 99, 16)), 'N', '2024-11-29 06:00:02', fixture_gen.uuid('ad_user', 1000099));

INSERT INTO ad_user
SELECT 1000000 + p.i, 1000000, CASE WHEN p.kind = 'emp' THEN 0 WHEN p.rc IN ('vl', 'wa') AND fixture_gen.n('uorg', p.i, 3) = 0 THEN 1000001 ELSE 0 END,
  CASE WHEN s.leave IS NOT NULL THEN 'N' WHEN p.kind IN ('co', 'co2') AND fixture_gen.n('uact', p.i, 25) = 0 THEN 'N' ELSE 'Y' END,
  c.cr, c.crby, c.up,
  CASE WHEN p.portal AND fixture_gen.n('uupby', p.i, 3) = 0 THEN 1000000 + p.i ELSE c.crby END,
  CASE WHEN p.kind = 'emp' THEN p.login END,
  p.full_name,
  CASE WHEN p.kind = 'emp' AND fixture_gen.n('udesc', p.i, 10) < 3 THEN gv.fill(gv.t('u_desc_staff', 'udesct', p.i), 1 + fixture_gen.n('udescp', p.i, 60))
       WHEN p.kind IN ('co', 'co2', 'zz') AND fixture_gen.n('udesc', p.i, 20) < 3 THEN gv.fill(gv.t('u_desc', 'udesct', p.i), c.other) END,
  CASE WHEN p.kind IN ('co', 'co2', 'pr') AND fixture_gen.n('unomail', p.i, 20) = 0 THEN NULL ELSE p.email END,
  CASE WHEN p.kind = 'emp' THEN CASE WHEN p.rc = 'nl' THEN '0162-48 52 ' || (10 + p.i)::text ELSE '03 780 61 ' || (10 + p.i)::text END
       WHEN p.kind IN ('co', 'co2', 've') THEN gv.land(bc.rc, bc.ac, 'coland', p.b)
       WHEN p.kind = 'zz' THEN p.mobile
       WHEN p.kind = 'pr' THEN CASE WHEN fixture_gen.n('uprph', p.i, 4) = 0 THEN p.phone ELSE p.mobile END
       ELSE CASE WHEN p.i % 2 = 0 THEN p.mobile ELSE p.phone END END,
  CASE WHEN p.kind = 'emp' AND fixture_gen.n('uph2', p.i, 10) < 6 THEN p.mobile
       WHEN p.kind IN ('co', 'co2', 've') AND fixture_gen.n('uph2', p.i, 20) < 11 THEN p.mobile
       WHEN p.kind = 'zz' AND fixture_gen.n('uph2', p.i, 10) < 3 THEN p.phone
       WHEN p.kind = 'pr' AND fixture_gen.n('uph2', p.i, 10) = 0 THEN p.phone END,
  CASE WHEN p.kind IN ('co', 've') AND fixture_gen.n('ufax', p.i, 12) = 0 THEN gv.land(bc.rc, bc.ac, 'cofax', p.b)
       WHEN p.kind = 'zz' AND fixture_gen.n('ufax', p.i, 25) = 0 THEN gv.land(p.rc, (SELECT ac FROM gv.city WHERE k = p.city_k), 'zzfax', p.i) END,
  CASE WHEN (p.kind = 'emp' AND fixture_gen.n('ubd', p.i, 10) < 9) OR (p.kind = 'zz' AND fixture_gen.n('ubd', p.i, 8) = 0)
         OR (p.kind = 'pr' AND fixture_gen.n('ubd', p.i, 4) = 0) OR (p.kind IN ('co', 'co2') AND fixture_gen.n('ubd', p.i, 30) = 0) THEN p.birth::timestamp END,
  CASE WHEN p.kind = 'emp' THEN (SELECT name FROM c_job WHERE c_job_id = 1000000 + s.j)
       WHEN p.kind IN ('co', 'co2') AND p.rc = 'wa' AND fixture_gen.n('utit', p.i, 10) < 7 THEN fixture_gen.pick(ARRAY['Gérant', 'Responsable achats', 'Chef de chantier', 'Comptable'], 'utitle', p.i)
       WHEN p.kind IN ('co', 'co2') AND fixture_gen.n('utit', p.i, 10) < 7 THEN fixture_gen.pick(ARRAY['Bedrijfsleider', 'Inkoper', 'Eigenaar', 'Zaakvoerder', 'Werfleider',
          'Projectleider groen', 'Hoofd groendienst', 'Boekhouding', 'Uitvoerder', 'Calculator', 'Administratief medewerker', 'Directeur', 'Teamleider onderhoud'], 'utitle', p.i)
       WHEN p.kind = 'zz' AND fixture_gen.n('utit', p.i, 10) < 6 THEN CASE WHEN p.rc = 'nl' THEN 'Eigenaar' WHEN p.rc = 'vl' THEN 'Zaakvoerder' ELSE 'Indépendant' END
       WHEN p.kind = 've' THEN fixture_gen.pick(ARRAY['Sales Manager Benelux', 'Verkoop binnendienst', 'Export Manager', 'Key Account Manager', 'Accountmanager'], 'utitle', p.i)
       WHEN p.kind = 'lead' AND fixture_gen.n('utit', p.i, 10) < 4 THEN fixture_gen.pick(ARRAY['Eigenaar', 'Bedrijfsleider', 'Inkoper'], 'utitle', p.i) END,
  CASE WHEN p.kind <> 'lead' AND fixture_gen.n('ucomm', p.i, 100) < 12 THEN gv.fill(gv.t('u_comm', 'ucommt', p.i), c.other) END,
  CASE WHEN p.kind = 'emp' OR p.portal THEN upper(fixture_gen.hexn('pwh', p.i, 128)) END,
  CASE WHEN p.kind = 'emp' OR p.portal THEN upper(fixture_gen.hexn('pws', p.i, 16)) END,
  CASE WHEN p.kind <> 'lead' THEN 1000000 + p.b END,
  CASE WHEN p.kind = 'emp' THEN 1000000 + s.j END,
  CASE WHEN p.kind = 'emp' AND s.sup IS NOT NULL THEN 1000000 + s.sup END,
  CASE WHEN p.kind = 'emp' AND fixture_gen.n('uldap', p.i, 10) < 8 THEN CASE WHEN fixture_gen.n('uldapf', p.i, 10) < 7 THEN p.login ELSE p.email END END,
  CASE WHEN p.kind = 'emp' AND s.j NOT IN (7, 8, 9) AND fixture_gen.n('umail', p.i, 10) < 5 THEN p.email END,
  CASE WHEN p.kind = 'emp' AND s.j NOT IN (7, 8, 9) AND fixture_gen.n('umail', p.i, 10) < 5 THEN upper(fixture_gen.hexn('mailpw', p.i, 32)) END,
  CASE WHEN s.leave IS NOT NULL OR (p.portal AND fixture_gen.n('ulock', p.i, 40) = 0) OR p.i IN (27, 55) THEN 'Y' ELSE 'N' END,
  CASE WHEN s.leave IS NOT NULL THEN (s.leave - 1)::timestamp + interval '16 hours 12 minutes'
       WHEN p.kind = 'emp' AND s.j NOT IN (8, 9) THEN gv.wt('ull', p.i, date '2024-11-04', date '2024-11-29')
       WHEN p.kind = 'emp' THEN gv.wt('ull', p.i, date '2024-06-03', date '2024-11-29')
       WHEN p.portal THEN gv.at('ull', p.i, greatest(c.cr, timestamp '2023-03-01'), timestamp '2024-11-29 23:00:00') END,
  CASE WHEN (p.portal AND fixture_gen.n('usq', p.i, 2) = 0) OR (p.kind = 'emp' AND fixture_gen.n('usq', p.i, 4) = 0) THEN (ARRAY['Wat is de naam van uw eerste huisdier?',
       'In welke stad bent u geboren?', 'Wat is de meisjesnaam van uw moeder?', 'Wat was uw eerste auto?', 'Wat is uw favoriete plant?'])[1 + fixture_gen.n('usqq', p.i, 5)] END,
  CASE WHEN (p.portal AND fixture_gen.n('usq', p.i, 2) = 0) OR (p.kind = 'emp' AND fixture_gen.n('usq', p.i, 4) = 0) THEN CASE fixture_gen.n('usqq', p.i, 5)
       WHEN 0 THEN fixture_gen.pick(ARRAY['Bello', 'Max', 'Luna', 'Pluis', 'Rakker', 'Minoes', 'Guus', 'Bobbie'], 'usqa', p.i)
       WHEN 1 THEN fixture_gen.pick(ARRAY['Breda', 'Tilburg', 'Gent', 'Antwerpen', 'Rotterdam', 'Sint-Niklaas', 'Roosendaal', 'Istanbul', 'Nador'], 'usqa', p.i)
       WHEN 2 THEN (SELECT ln[1 + fixture_gen.n('usqa', p.i, cardinality(ln))] FROM gv.cu WHERE c = p.cu)
       WHEN 3 THEN fixture_gen.pick(ARRAY['Opel Corsa', 'Fiat Panda', 'VW Golf', 'Renault Clio', 'Peugeot 205', 'toyota starlet'], 'usqa', p.i)
       ELSE fixture_gen.pick(ARRAY['Hortensia', 'Lavendel', 'Olijfboom', 'Magnolia', 'rozen'], 'usqa', p.i) END END,
  CASE WHEN p.kind = 'lead' THEN fixture_gen.pick(ARRAY['WS', 'WS', 'CN', 'EM', 'CC', 'PT', 'WM'], 'ulsrc', p.i)
       WHEN p.kind IN ('co', 'zz') AND fixture_gen.n('ulsrc2', p.i, 5) = 0 THEN fixture_gen.pick(ARRAY['WS', 'CN', 'EM', 'CC', 'PT', 'WM'], 'ulsrc', p.i) END,
  CASE WHEN p.kind = 'lead' AND fixture_gen.n('ulast', p.i, 5) > 0 THEN gv.fill(gv.t('u_last', 'ulastt', p.i), c.other)
       WHEN p.kind IN ('co', 'zz') AND fixture_gen.n('ulast', p.i, 12) = 0 THEN gv.fill(gv.t('u_last', 'ulastt', p.i), c.other) END,
  CASE WHEN p.kind = 'lead' THEN p.lead_co END,
  fixture_gen.uuid('ad_user', 1000000 + p.i)
FROM gv.p p LEFT JOIN gv.staff s ON s.p = p.i LEFT JOIN gv.bp bp ON bp.b = p.b LEFT JOIN gv.city bc ON bc.k = bp.city_k
CROSS JOIN LATERAL (SELECT cr, crby, least(cr + make_interval(days => fixture_gen.n('uupd', p.i, 900), secs => fixture_gen.n('uups', p.i, 30000)), timestamp '2024-11-28 17:10:00')::timestamp(0) AS up,
    CASE WHEN p.kind = 'co' AND p.b % 3 = 0 THEN 1200 + (p.b - 99) / 3 WHEN p.kind = 'co2' THEN p.b ELSE 1201 + fixture_gen.n('uoth', p.i, 140) END AS other
  FROM (SELECT CASE WHEN p.kind = 'lead' THEN gv.wt('ldcr', p.i, date '2022-01-10', date '2024-11-20')
                    WHEN p.kind = 'co2' THEN greatest(bp.created, gv.wt('co2cr', p.i, date '2019-06-01', date '2024-11-20'))
                    ELSE bp.created + make_interval(mins => 2 + fixture_gen.n('ucrm', p.i, 20)) END AS cr,
               CASE WHEN p.kind = 'emp' THEN CASE WHEN bp.created < timestamp '2019-03-10' THEN 100 ELSE 1000036 END
                    WHEN p.kind = 'pr' AND p.portal THEN 1000099
                    WHEN p.rc IN ('vl', 'wa') THEN 1000046 + fixture_gen.n('ucrby', p.i, 4)
                    ELSE 1000009 + fixture_gen.n('ucrby', p.i, 6) END AS crby) z) c;

CREATE TABLE ad_user_roles (
    ad_user_id numeric(10) NOT NULL, ad_role_id numeric(10) NOT NULL, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL,
    isactive character(1) NOT NULL DEFAULT 'Y', created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL,
    updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL, ad_user_roles_uu character varying(36),
    PRIMARY KEY (ad_user_id, ad_role_id)
);
INSERT INTO ad_user_roles
SELECT u, r, CASE WHEN r = 0 THEN 0 ELSE 1000000 END, 0, act, cr, crby, cr, crby, fixture_gen.uuid('ad_user_roles', u * 100 + r % 100) FROM (
  SELECT 0 AS u, 0 AS r, 'Y' AS act, timestamp '1999-05-21 00:00:00' AS cr, 0 AS crby
  UNION ALL SELECT 100, 0, 'Y', timestamp '1999-05-21 00:00:00', 0
  UNION ALL SELECT 100, 1000000, 'Y', timestamp '2019-02-18 14:22:05', 100
  UNION ALL SELECT 1000099, 1000001, 'Y', timestamp '2021-02-15 16:05:00', 1000060
  UNION ALL SELECT 1000000 + s.p, s.r1, CASE WHEN s.leave IS NULL THEN 'Y' ELSE 'N' END, u.created + interval '4 minutes', u.createdby FROM gv.staff s JOIN ad_user u ON u.ad_user_id = 1000000 + s.p
  UNION ALL SELECT 1000000 + s.p, s.r2, CASE WHEN s.leave IS NULL THEN 'Y' ELSE 'N' END, u.created + interval '6 minutes', u.createdby FROM gv.staff s JOIN ad_user u ON u.ad_user_id = 1000000 + s.p WHERE s.r2 IS NOT NULL
  UNION ALL SELECT 1000000 + p.i, 1000010, 'Y', u.created, u.createdby FROM gv.p p JOIN ad_user u ON u.ad_user_id = 1000000 + p.i WHERE p.portal) x;

CREATE TABLE ad_password_history (
    ad_password_history_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    ad_user_id numeric(10) NOT NULL, password character varying(1024) NOT NULL, salt character varying(16) NOT NULL,
    datepasswordchange timestamp without time zone NOT NULL, ad_password_history_uu character varying(36)
);
INSERT INTO ad_password_history
SELECT 1000000 + row_number() OVER (ORDER BY u, k), 1000000, 0, 'Y', d, u, d, u, u, upper(fixture_gen.hexn('oldpwh', (u * 10 + k)::bigint, 128)), upper(fixture_gen.hexn('oldpws', (u * 10 + k)::bigint, 16)), d,
       fixture_gen.uuid('ad_password_history', (u * 10 + k)::bigint)
FROM (SELECT u.ad_user_id AS u, k, gv.at('pwhd', (u.ad_user_id * 10 + k)::bigint, greatest(u.created, timestamp '2020-06-01'), timestamp '2024-11-20') AS d
      FROM ad_user u CROSS JOIN generate_series(1, 4) k
      WHERE u.password IS NOT NULL AND u.ad_user_id >= 1000000
        AND k <= CASE WHEN u.ad_user_id <= 1000099 THEN 1 + fixture_gen.n('pwhn', u.ad_user_id::bigint, 4) WHEN fixture_gen.n('pwhn', u.ad_user_id::bigint, 10) < 3 THEN 1 ELSE 0 END) x;

-- ---------------------------------------------------------------------------
-- Business partners.

CREATE TABLE c_bpartner (
    c_bpartner_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    value character varying(40) NOT NULL, name character varying(60) NOT NULL, name2 character varying(60), description character varying(255),
    c_bp_group_id numeric(10) NOT NULL, iscustomer character(1) NOT NULL DEFAULT 'Y', isvendor character(1) NOT NULL DEFAULT 'N', isemployee character(1) NOT NULL DEFAULT 'N',
    referenceno character varying(40), duns character varying(11), url character varying(120), taxid character varying(20),
    so_creditlimit numeric NOT NULL DEFAULT 0, so_description character varying(255), salesrep_id numeric(10), c_bpartner_uu character varying(36)
);
INSERT INTO c_bpartner VALUES (1000000, 1000000, 0, 'Y', '2019-02-18 14:22:05', 100, '2019-02-18 14:22:05', 100, 'Standard', 'Standard', NULL, NULL, 1000000,
  'Y', 'N', 'N', NULL, NULL, NULL, NULL, 0, NULL, NULL, fixture_gen.uuid('c_bpartner', 0));
INSERT INTO c_bpartner
SELECT 1000000 + bp.b, 1000000, CASE WHEN bp.rc IN ('vl', 'wa') AND bp.kind IN ('co', 'zz', 'pr') AND fixture_gen.n('uorg', bp.b, 3) = 0 THEN 1000001 ELSE 0 END,
  CASE WHEN s.leave IS NOT NULL OR (bp.kind IN ('co', 'zz') AND fixture_gen.n('bpact', bp.b, 30) = 0) THEN 'N' ELSE 'Y' END,
  bp.created, u.createdby, least(bp.created + make_interval(days => fixture_gen.n('bpupd', bp.b, 1100), secs => fixture_gen.n('bpups', bp.b, 30000)), timestamp '2024-11-28 16:40:00')::timestamp(0),
  CASE WHEN bp.kind = 'pr' THEN 1000099 ELSE 1000009 + fixture_gen.n('bpupby', bp.b, 6) END,
  bp.value, bp.name,
  CASE WHEN bp.kind = 'co' AND fixture_gen.n('bpn2', bp.b, 10) = 0 THEN fixture_gen.pick(ARRAY['t.a.v. crediteurenadministratie', 'Afdeling Groen', 'Vestiging ' || c.name, 'p/a Postbus ' || fixture_gen.digits('pbus', bp.b, 3)], 'bpn2v', bp.b)
       WHEN bp.kind = 'zz' AND fixture_gen.n('bpn2', bp.b, 10) < 4 THEN CASE WHEN fixture_gen.n('bpn2v', bp.b, 3) = 0 THEN CASE WHEN bp.rc = 'wa' THEN 'Entreprise individuelle' ELSE 'Eenmanszaak' END ELSE p.full_name END
       WHEN bp.kind = 'pr' AND fixture_gen.n('bpn2', bp.b, 12) = 0 THEN 'en ' || (SELECT CASE WHEN p.sex = 'F' THEN cu.fm[1 + fixture_gen.n('spouse', bp.b, cardinality(cu.fm))] ELSE cu.ff[1 + fixture_gen.n('spouse', bp.b, cardinality(cu.ff))] END FROM gv.cu cu WHERE cu.c = p.cu) || ' ' || p.last END,
  CASE WHEN bp.kind IN ('co', 'zz') AND fixture_gen.n('bpdesc', bp.b, 10) < 4 THEN gv.fill(gv.t('bp_desc', 'bpdesct', bp.b), CASE WHEN bp.kind = 'co' AND bp.b % 3 = 0 THEN 1200 + (bp.b - 99) / 3 ELSE bp.b END)
       WHEN bp.kind = 'pr' AND fixture_gen.n('bpdesc', bp.b, 10) < 3 THEN gv.fill(gv.t('bp_desc_pr', 'bpdesct', bp.b), 801 + fixture_gen.n('bpdescp', bp.b, 220))
       WHEN bp.kind = 've' AND fixture_gen.n('bpdesc', bp.b, 10) < 5 THEN fixture_gen.pick(ARRAY['Levertijd 3-5 werkdagen, franco vanaf € 1.500.', 'Jaarcontract, prijzen herzien per 1 februari.',
          'Containers via Antwerpen, levertijd 10-12 weken.', 'Leverancier schors en mulch, ook big bags.', 'Minimale afname per vrachtwagen.'], 'vedesc', bp.b) END,
  bp.grp,
  CASE WHEN bp.kind IN ('co', 'zz', 'pr') THEN 'Y' ELSE 'N' END,
  CASE WHEN bp.kind IN ('ve', 'emp') OR (bp.kind = 'zz' AND fixture_gen.n('bpven', bp.b, 30) = 0) THEN 'Y' ELSE 'N' END,
  CASE WHEN bp.kind = 'emp' THEN 'Y' ELSE 'N' END,
  CASE WHEN bp.kind = 've' AND fixture_gen.n('bpref', bp.b, 10) < 9 THEN CASE WHEN bp.b % 2 = 0 THEN 'KL' || fixture_gen.digits('bpref', bp.b, 6) ELSE fixture_gen.digits('bpref', bp.b, 7) END
       WHEN bp.kind = 'co' AND fixture_gen.n('bpref', bp.b, 12) = 0 THEN 'LEV' || fixture_gen.digits('bpref', bp.b, 5) END,
  CASE WHEN (bp.kind = 'co' AND fixture_gen.n('bpduns', bp.b, 8) = 0) OR (bp.kind = 've' AND fixture_gen.n('bpduns', bp.b, 2) = 0)
       THEN CASE WHEN bp.b % 2 = 0 THEN fixture_gen.digits('duns', bp.b, 9) ELSE fixture_gen.digits('duns', bp.b, 2) || '-' || fixture_gen.digits('duns2', bp.b, 3) || '-' || fixture_gen.digits('duns3', bp.b, 4) END END,
  CASE WHEN bp.kind IN ('co', 've') AND fixture_gen.n('bpurl', bp.b, 20) < 11 THEN CASE WHEN fixture_gen.n('bpurlf', bp.b, 3) = 0 THEN 'https://www.' || bp.domain || '/' ELSE 'www.' || bp.domain END
       WHEN bp.kind = 'zz' AND bp.domain IS NOT NULL AND fixture_gen.n('bpurl', bp.b, 5) < 4 THEN 'www.' || bp.domain END,
  CASE WHEN bp.kind IN ('co', 'zz', 've') AND fixture_gen.n('bptax', bp.b, 10) > 0 THEN CASE bp.rc
         WHEN 'nl' THEN 'NL' || gv.elf('vat', bp.b) || CASE WHEN bp.kind = 'zz' THEN 'B0' || (1 + fixture_gen.n('vatb', bp.b, 3))::text ELSE 'B01' END
         WHEN 'vl' THEN gv.be_vat('vat', bp.b) WHEN 'wa' THEN gv.be_vat('vat', bp.b)
         WHEN 'de' THEN 'DE' || (1 + fixture_gen.n('vatd', bp.b, 9))::text || fixture_gen.digits('vat', bp.b, 8)
         WHEN 'it' THEN 'IT0' || fixture_gen.digits('vat', bp.b, 10)
         WHEN 'pl' THEN 'PL7' || fixture_gen.digits('vat', bp.b, 9) END END,
  CASE bp.kind WHEN 'co' THEN fixture_gen.pick(ARRAY['2500', '5000', '5000', '7500', '10000', '10000', '15000', '25000', '50000'], 'bpcl', bp.b)::numeric
       WHEN 'zz' THEN fixture_gen.pick(ARRAY['1000', '2500', '2500', '5000'], 'bpcl', bp.b)::numeric WHEN 'pr' THEN CASE WHEN bp.b % 4 = 0 THEN 500 ELSE 0 END ELSE 0 END,
  CASE WHEN bp.kind IN ('co', 'zz') AND fixture_gen.n('bpsod', bp.b, 7) = 0 THEN gv.fill(gv.t('bp_sodesc', 'bpsodt', bp.b), bp.b) END,
  bp.salesrep,
  fixture_gen.uuid('c_bpartner', bp.b)
FROM gv.bp bp LEFT JOIN gv.p p ON p.i = bp.b LEFT JOIN gv.staff s ON s.p = bp.b JOIN gv.city c ON c.k = bp.city_k
LEFT JOIN ad_user u ON u.ad_user_id = 1000000 + bp.b;
UPDATE c_bpartner SET createdby = 100 WHERE createdby IS NULL;

-- ---------------------------------------------------------------------------
-- Addresses: the organizations', then one per partner (their home for
-- sole traders, private customers and employees) and a site for every
-- fifth company.

CREATE TABLE gv.loc (l int PRIMARY KEY, b int, rc text, city_k int, address1 text, address2 text, address3 text, postal text, bplname text, main boolean);
INSERT INTO gv.loc VALUES
 (1, NULL, 'nl', 1, 'Vlietweg 14', NULL, NULL, '4906 CE', NULL, true),
 (2, NULL, 'vl', 21, 'Industriepark-West 32', NULL, NULL, '9100', NULL, true),
 (3, NULL, 'nl', 3, 'Ringbaan-Oost 210', 'Unit 4', NULL, '5013 CD', NULL, true);
INSERT INTO gv.loc
SELECT 1000 + bp.b, bp.b, bp.rc, bp.city_k,
  CASE WHEN bp.kind IN ('co', 've') THEN gv.street(bp.rc, 'bpst', bp.b, fixture_gen.n('bpbiz', bp.b, 10) < 6) ELSE p.address1 END,
  CASE WHEN bp.kind IN ('co', 've') THEN CASE WHEN bp.rc = 'nl' AND bp.grp = 1000003 AND fixture_gen.n('bpa2', bp.b, 2) = 0 THEN 'Postbus ' || (10 + fixture_gen.n('bppb', bp.b, 9000))::text
         WHEN bp.rc = 'nl' AND fixture_gen.n('bpa2', bp.b, 15) = 0 THEN 'Bedrijventerrein ' || fixture_gen.pick(ARRAY['Vosdonk', 'Weststad', 'Hoogeind', 'De Wildert', 'Majoppeveld'], 'bpa2v', bp.b) END
       ELSE p.address2 END,
  CASE WHEN bp.kind IN ('co', 've') AND fixture_gen.n('bpa3', bp.b, 20) = 0 THEN fixture_gen.pick(ARRAY['Unit 3', 'Poort 2', 'Hal B', 'Ingang achterzijde'], 'bpa3v', bp.b)
       WHEN bp.kind IN ('pr', 'zz') AND fixture_gen.n('bpa3', bp.b, 14) = 0 THEN CASE WHEN bp.rc = 'wa' THEN 'c/o ' ELSE fixture_gen.pick(ARRAY['t.a.v. ', 'p/a ', 'c/o '], 'bpa3v', bp.b) END
         || (SELECT CASE WHEN fixture_gen.n('bpa3w', bp.b, 2) = 0 THEN q.full_name ELSE 'fam. ' || q.last END FROM gv.p q WHERE q.i = 801 + fixture_gen.n('bpa3p', bp.b, 220)) END,
  CASE WHEN bp.kind IN ('co', 've') THEN gv.postal(c.rc, c.pclo, c.pchi, 'bppc', bp.b) ELSE p.postal END,
  CASE WHEN bp.kind IN ('co', 've') THEN CASE WHEN fixture_gen.n('bpln', bp.b, 20) < 11 THEN c.name WHEN fixture_gen.n('bpln', bp.b, 20) < 16 THEN NULL
         ELSE fixture_gen.pick(ARRAY['Hoofdkantoor', 'Kantoor', 'Adres', 'Maatschappelijke zetel'], 'bplnv', bp.b) END
       ELSE CASE WHEN fixture_gen.n('bpln', bp.b, 10) < 6 THEN c.name WHEN fixture_gen.n('bpln', bp.b, 10) < 9 THEN NULL ELSE fixture_gen.pick(ARRAY['Thuis', 'Privé', 'Woonadres'], 'bplnv', bp.b) END END,
  true
FROM gv.bp bp JOIN gv.city c ON c.k = bp.city_k LEFT JOIN gv.p p ON p.i = bp.b WHERE bp.kind <> 'std';
UPDATE gv.loc SET bplname = (SELECT name FROM gv.city c WHERE c.k = gv.loc.city_k) || ' (' || address1 || ')' WHERE bplname IS NULL;
INSERT INTO gv.loc
SELECT 3000 + bp.b, bp.b, bp.rc, k2, gv.street(bp.rc, 'bpst2', bp.b, true), NULL, NULL, gv.postal(c.rc, c.pclo, c.pchi, 'bppc2', bp.b),
  fixture_gen.pick(ARRAY['Werf ', 'Depot ', 'Magazijn ', 'Werkplaats '], 'bpl2', bp.b) || c.name, false
FROM gv.bp bp CROSS JOIN LATERAL (SELECT gv.city_for(bp.rc, 'bpcity2', bp.b) AS k2) x JOIN gv.city c ON c.k = x.k2
WHERE bp.kind = 'co' AND bp.b % 5 = 0;

CREATE TABLE c_location (
    c_location_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    address1 character varying(60), address2 character varying(60), address3 character varying(60), city character varying(60), postal character varying(10),
    c_country_id numeric(10) NOT NULL, c_region_id numeric(10), regionname character varying(40), c_location_uu character varying(36)
);
INSERT INTO c_location
SELECT 1000000 + l.l, 1000000, 0, 'Y', coalesce(bp.created, timestamp '2019-02-18 14:40:00' + l.l * interval '1 hour') + CASE WHEN l.main THEN interval '1 minute' ELSE make_interval(days => fixture_gen.n('loc2', l.l, 700)) END,
  coalesce(u.createdby, 100), least(coalesce(bp.created, timestamp '2019-02-18 14:40:00' + l.l * interval '1 hour') + make_interval(days => fixture_gen.n('locupd', l.l, 900)), timestamp '2024-11-28 15:02:00'), coalesce(u.createdby, 100),
  l.address1, l.address2, l.address3, c.name, l.postal, c.country_id,
  CASE WHEN c.rc = 'de' THEN 1000020 WHEN c.rc = 'it' THEN 1000021 END,
  CASE WHEN c.rc IN ('de', 'it', 'pl', 'cn') OR fixture_gen.n('locreg', l.l, 20) < 7 THEN c.region END,
  fixture_gen.uuid('c_location', l.l)
FROM gv.loc l JOIN gv.city c ON c.k = l.city_k LEFT JOIN gv.bp bp ON bp.b = l.b LEFT JOIN ad_user u ON u.ad_user_id = 1000000 + l.b;
UPDATE c_location SET updated = created WHERE updated < created;

CREATE TABLE c_bpartner_location (
    c_bpartner_location_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    c_bpartner_id numeric(10) NOT NULL, c_location_id numeric(10) NOT NULL, name character varying(60) NOT NULL, phone character varying(40), phone2 character varying(40),
    fax character varying(40), isshipto character(1) NOT NULL DEFAULT 'Y', isbillto character(1) NOT NULL DEFAULT 'Y', c_bpartner_location_uu character varying(36)
);
INSERT INTO c_bpartner_location
SELECT 1000000 + l.l, 1000000, bpx.ad_org_id, CASE WHEN NOT l.main AND fixture_gen.n('bplact', l.l, 4) = 0 THEN 'N' ELSE 'Y' END,
  loc.created, loc.createdby, loc.updated, loc.updatedby, 1000000 + l.b, 1000000 + l.l, l.bplname,
  CASE WHEN NOT l.main THEN CASE WHEN fixture_gen.n('bplph', l.l, 3) = 0 THEN gv.mobile(l.rc, 'werfmob', l.l) END
       WHEN bp.kind IN ('co', 've') THEN gv.land(c.rc, c.ac, 'coland', bp.b)
       WHEN bp.kind = 'zz' THEN p.mobile
       WHEN bp.kind = 'pr' AND fixture_gen.n('bplph', l.l, 10) < 4 THEN p.mobile END,
  CASE WHEN l.main AND bp.kind = 'co' AND fixture_gen.n('bplph2', l.l, 7) = 0 THEN gv.land(c.rc, c.ac, 'coland2', bp.b)
       WHEN l.main AND bp.kind = 'zz' AND fixture_gen.n('bplph2', l.l, 5) = 0 THEN p.phone END,
  CASE WHEN l.main AND bp.kind IN ('co', 've') AND fixture_gen.n('bplfax', l.l, 9) = 0 THEN gv.land(c.rc, c.ac, 'cofax', bp.b) END,
  'Y', CASE WHEN l.main THEN 'Y' ELSE 'N' END,
  fixture_gen.uuid('c_bpartner_location', l.l)
FROM gv.loc l JOIN gv.bp bp ON bp.b = l.b JOIN gv.city c ON c.k = bp.city_k LEFT JOIN gv.p p ON p.i = bp.b
JOIN c_location loc ON loc.c_location_id = 1000000 + l.l JOIN c_bpartner bpx ON bpx.c_bpartner_id = 1000000 + l.b;

CREATE TABLE c_country (
    c_country_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    countrycode character(2) NOT NULL, name character varying(60) NOT NULL, hasregion character(1) NOT NULL DEFAULT 'N', expressionpostal character varying(20),
    c_country_uu character varying(36)
);
INSERT INTO c_country
SELECT id, 0, 0, 'Y', timestamp '1999-05-21 00:00:00', 0, timestamp '2000-01-02 00:00:00', 0, cc, n, hr, ep, fixture_gen.uuid('c_country', id)
FROM (VALUES (100, 'US', 'United States', 'Y', '99999'), (101, 'DE', 'Germany', 'Y', '99999'), (102, 'FR', 'France', 'N', '99999'), (103, 'BE', 'Belgium', 'N', '9999'),
  (105, 'NL', 'Netherlands', 'N', '9999 AA'), (106, 'ES', 'Spain', 'N', '99999'), (109, 'GB', 'United Kingdom', 'N', NULL), (119, 'IT', 'Italy', 'Y', '99999'),
  (133, 'LU', 'Luxembourg', 'N', '9999'), (148, 'CN', 'China', 'N', '999999'), (243, 'PL', 'Poland', 'N', '99-999'), (262, 'TR', 'Turkey', 'N', '99999')) v(id, cc, n, hr, ep);
UPDATE c_country SET updated = timestamp '2019-02-19 09:12:00', updatedby = 100, expressionpostal = '9999 AA' WHERE countrycode = 'NL';

-- ---------------------------------------------------------------------------
-- Bank accounts of partners: direct-debit mandates, employees' salary
-- accounts, vendors' accounts, webshop customers' payment profiles.

CREATE TABLE c_bp_bankaccount (
    c_bp_bankaccount_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    c_bpartner_id numeric(10) NOT NULL, ad_user_id numeric(10), iban character varying(40), accountno character varying(20), routingno character varying(20),
    a_name character varying(60), a_street character varying(60), a_city character varying(60), a_zip character varying(20), a_email character varying(60),
    a_ident_dl character varying(20), a_ident_ssn character varying(20), creditcardnumber character varying(20), creditcardvv character varying(4),
    customerpaymentprofileid character varying(60), c_bp_bankaccount_uu character varying(36)
);
CREATE TABLE gv.ba AS
SELECT bp.b, g.k, bp.kind, bp.rc, bp.name, bp.created, p.full_name, p.first, p.last, p.email, p.birth, p.sex, p.portal, s.j,
       l.address1, l.postal, c.name AS city, (bp.b * 10 + g.k)::bigint AS t,
       CASE WHEN bp.rc = 'cn' THEN NULL WHEN bp.kind = 'emp' OR bp.rc IN ('nl', 'vl', 'wa', 'de', 'it', 'pl') THEN gv.iban(bp.rc, 'bbiban', bp.b * 10 + g.k) END AS iban
FROM gv.bp bp CROSS JOIN generate_series(1, 2) g(k) LEFT JOIN gv.p p ON p.i = bp.b LEFT JOIN gv.staff s ON s.p = bp.b
LEFT JOIN gv.loc l ON l.l = 1000 + bp.b LEFT JOIN gv.city c ON c.k = l.city_k
WHERE (g.k = 1 AND (bp.kind IN ('emp', 've') OR (bp.kind = 'co' AND fixture_gen.n('bba', bp.b, 10) < 6) OR (bp.kind = 'zz' AND fixture_gen.n('bba', bp.b, 10) < 8)
                  OR (bp.kind = 'pr' AND fixture_gen.n('bba', bp.b, 10) < 4)))
   OR (g.k = 2 AND bp.kind = 'co' AND fixture_gen.n('bba2', bp.b, 12) = 0);
INSERT INTO c_bp_bankaccount
SELECT 1000000 + row_number() OVER (ORDER BY b, k), 1000000, 0, CASE WHEN k = 1 AND kind = 'co' AND fixture_gen.n('bbact', t, 15) = 0 THEN 'N' ELSE 'Y' END,
  cr, crby, least(cr + make_interval(days => fixture_gen.n('bbupd', t, 500)), timestamp '2024-11-27 11:20:00'), crby,
  1000000 + b,
  CASE WHEN kind IN ('pr', 'zz', 'emp') OR (kind = 'co' AND fixture_gen.n('bbusr', t, 10) < 3) THEN 1000000 + b END,
  CASE WHEN iban IS NOT NULL AND fixture_gen.n('bbsp', t, 7) = 0 THEN gv.spaced(iban) ELSE iban END,
  CASE WHEN rc = 'cn' THEN fixture_gen.digits('bbacct', t, 16)
       WHEN rc = 'nl' AND fixture_gen.n('bbacct', t, 5) = 0 THEN ltrim(substr(iban, 9), '0')
       WHEN rc IN ('vl', 'wa') AND fixture_gen.n('bbacct', t, 5) = 0 THEN substr(iban, 5, 3) || '-' || substr(iban, 8, 7) || '-' || substr(iban, 15, 2) END,
  CASE WHEN rc = 'cn' THEN 'BKCHCNBJ730' WHEN fixture_gen.n('bbbic', t, 10) < 6 THEN gv.bic(iban) END,
  CASE WHEN kind IN ('co', 've') THEN CASE WHEN fixture_gen.n('bbnm', t, 5) = 0 THEN upper(name) ELSE name END
       WHEN kind = 'zz' AND fixture_gen.n('bbnm', t, 2) = 0 THEN name
       WHEN kind = 'pr' AND fixture_gen.n('bbnm', t, 10) < 4 THEN left(first, 1) || '. ' || last
       WHEN kind = 'pr' AND fixture_gen.n('bbnm', t, 10) = 4 THEN left(first, 1) || '. ' || last || ' en/of ' || (SELECT CASE WHEN sex = 'F' THEN cu.fm[1] ELSE cu.ff[2] END FROM gv.cu cu WHERE cu.c = 'nl') || ' ' || last
       ELSE full_name END,
  CASE WHEN (kind = 'emp' AND fixture_gen.n('bbaddr', t, 10) < 9) OR (kind IN ('zz', 'pr') AND fixture_gen.n('bbaddr', t, 2) = 0) OR (kind = 'co' AND fixture_gen.n('bbaddr', t, 10) = 0) THEN address1 END,
  CASE WHEN (kind = 'emp' AND fixture_gen.n('bbaddr', t, 10) < 9) OR (kind IN ('zz', 'pr') AND fixture_gen.n('bbaddr', t, 2) = 0) OR (kind = 'co' AND fixture_gen.n('bbaddr', t, 10) = 0) THEN city END,
  CASE WHEN (kind = 'emp' AND fixture_gen.n('bbaddr', t, 10) < 9) OR (kind IN ('zz', 'pr') AND fixture_gen.n('bbaddr', t, 2) = 0) OR (kind = 'co' AND fixture_gen.n('bbaddr', t, 10) = 0) THEN postal END,
  CASE WHEN (kind = 'pr' AND fixture_gen.n('bbmail', t, 10) < 6) OR (kind = 'zz' AND fixture_gen.n('bbmail', t, 10) < 3) THEN email END,
  CASE WHEN (kind = 'pr' AND fixture_gen.n('bbdl', t, 12) = 0) OR (kind = 'emp' AND j = 9) THEN CASE WHEN rc = 'nl' THEN fixture_gen.digits('bbdl', t, 10) ELSE fixture_gen.digits('bbdl', t, 10) END END,
  CASE WHEN kind = 'emp' OR (kind = 'pr' AND fixture_gen.n('bbssn', t, 30) = 0) THEN CASE WHEN rc = 'nl' THEN gv.elf('bsn', b) ELSE gv.rrn(birth, 'rrn', b, sex = 'M') END END,
  CASE WHEN (kind = 'pr' AND fixture_gen.n('bbcc', t, 10) = 0) OR (kind = 'zz' AND fixture_gen.n('bbcc', t, 30) = 0) THEN fixture_gen.card('bbcc', t) END,
  CASE WHEN ((kind = 'pr' AND fixture_gen.n('bbcc', t, 10) = 0) OR (kind = 'zz' AND fixture_gen.n('bbcc', t, 30) = 0)) AND fixture_gen.n('bbcvv', t, 3) = 0 THEN fixture_gen.digits('bbcvv', t, 3) END,
  CASE WHEN kind = 'pr' AND portal AND fixture_gen.n('bbcst', t, 10) < 7 THEN 'cst_' || fixture_gen.chars('bbcst', t, 10) END,
  fixture_gen.uuid('c_bp_bankaccount', t)
FROM (SELECT ba.*, greatest(created, timestamp '2019-03-11 09:00:00') + make_interval(days => fixture_gen.n('bbcr', t, 60), mins => fixture_gen.n('bbcrm', t, 600)) AS cr,
             CASE WHEN kind = 'pr' AND portal THEN 1000099 WHEN kind = 'emp' THEN 1000036 ELSE 1000032 + fixture_gen.n('bbcrby', t, 3) END AS crby FROM gv.ba ba) x;

CREATE TABLE c_bp_relation (
    c_bp_relation_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    c_bpartner_id numeric(10) NOT NULL, c_bpartnerrelation_id numeric(10) NOT NULL, name character varying(60) NOT NULL, description character varying(255),
    isbillto character(1) NOT NULL DEFAULT 'N', c_bp_relation_uu character varying(36)
);
INSERT INTO c_bp_relation
SELECT 1000000 + k, 1000000, 0, 'Y', cr, crby, cr + make_interval(days => fixture_gen.n('relupd', k, 200)), crby, 1000000 + b1, 1000000 + b2,
  fixture_gen.pick(ARRAY['Facturatie via hoofdkantoor', 'Levering op werf van aannemer', 'Onderaannemer', 'Zusterbedrijf', 'Inkoopcombinatie Groen Zuid', 'Moederbedrijf',
    'Factuur naar beheerder'], 'relnm', k),
  CASE WHEN fixture_gen.n('reldesc', k, 10) < 6 THEN gv.fill(gv.t('rel_desc', 'reldt', k), CASE WHEN b2 % 3 = 0 THEN 1200 + (b2 - 99) / 3 ELSE b2 END) END,
  CASE WHEN fixture_gen.n('relbill', k, 2) = 0 THEN 'Y' ELSE 'N' END, fixture_gen.uuid('c_bp_relation', k)
FROM (SELECT k, b1, CASE WHEN b2 = b1 THEN b2 + 1 ELSE b2 END AS b2, gv.wt('relcr', k, date '2019-09-02', date '2024-10-31') AS cr, 1000009 + fixture_gen.n('relby', k, 6) AS crby
      FROM (SELECT k, 101 + fixture_gen.n('rel1', k, 420) AS b1, 101 + fixture_gen.n('rel2', k, 419) AS b2 FROM generate_series(1, 36) k) y) x;

-- ---------------------------------------------------------------------------
-- HR: employees' positions and the payroll employee records.

CREATE TABLE c_jobassignment (
    c_jobassignment_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    ad_user_id numeric(10) NOT NULL, c_job_id numeric(10) NOT NULL, validfrom timestamp without time zone NOT NULL, validto timestamp without time zone,
    description character varying(255), c_jobassignment_uu character varying(36)
);
CREATE TABLE gv.ja AS
SELECT s.p, s.j, s.hire, s.leave, CASE WHEN s.j IN (2, 6, 3, 14, 10) AND fixture_gen.n('promo', s.p, 2) = 0 THEN least(s.hire + 400 + fixture_gen.n('promod', s.p, 2500), date '2024-09-02') END AS promo
FROM gv.staff s;
INSERT INTO c_jobassignment
SELECT 1000000 + row_number() OVER (ORDER BY p, k), 1000000, CASE WHEN p > 40 THEN 1000001 ELSE 1000000 END, CASE WHEN vt IS NULL OR vt > timestamp '2024-11-29' THEN 'Y' ELSE 'N' END,
  greatest(vf, timestamp '2019-06-17 14:00:00') + interval '2 hours', 1000036, greatest(coalesce(vt, vf), timestamp '2019-06-17 14:00:00') + interval '3 hours', 1000036,
  1000000 + p, 1000000 + jj, vf, vt,
  CASE WHEN fixture_gen.n('jadesc', p * 3 + k, 10) < 4 THEN gv.fill(gv.t('ja_desc', 'jadt', p * 3 + k), 1 + fixture_gen.n('jadp', p, 60), 1 + fixture_gen.n('jadw', p, 60)) END,
  fixture_gen.uuid('c_jobassignment', p * 3 + k)
FROM (SELECT p, 1 AS k, CASE WHEN promo IS NULL THEN j ELSE CASE j WHEN 2 THEN 4 WHEN 6 THEN 7 WHEN 3 THEN 4 WHEN 14 THEN 13 ELSE 13 END END AS jj, hire::timestamp AS vf,
             CASE WHEN promo IS NOT NULL THEN (promo - 1)::timestamp ELSE leave::timestamp END AS vt FROM gv.ja
      UNION ALL SELECT p, 2, j, promo::timestamp, leave::timestamp FROM gv.ja WHERE promo IS NOT NULL) x;

CREATE TABLE hr_employee (
    hr_employee_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    c_bpartner_id numeric(10) NOT NULL, code character varying(40), nationalcode character varying(40), sscode character varying(40),
    startdate timestamp without time zone NOT NULL, enddate timestamp without time zone, hr_department_id numeric(10), hr_employee_uu character varying(36)
);
INSERT INTO hr_employee
SELECT 1000000 + s.p, 1000000, CASE WHEN s.p > 40 THEN 1000001 ELSE 1000000 END, CASE WHEN s.leave IS NULL THEN 'Y' ELSE 'N' END,
  bp.created + interval '20 minutes', 1000036, least(greatest(bp.created + make_interval(days => fixture_gen.n('hrupd', s.p, 1500)), coalesce(s.leave::timestamp, bp.created)), timestamp '2024-11-25 10:00:00') + interval '25 minutes', 1000036,
  1000000 + s.p, (1000 + s.p)::text,
  CASE WHEN p.rc = 'nl' THEN gv.nldoc('nldoc', s.p) ELSE gv.eid('eid', s.p) END,
  CASE WHEN p.rc = 'nl' THEN gv.elf('bsn', s.p) ELSE gv.rrn(p.birth, 'rrn', s.p, p.sex = 'M') END,
  s.hire::timestamp, s.leave::timestamp,
  1000000 + CASE WHEN s.j IN (1, 2) THEN 0 WHEN s.j IN (3, 4, 13, 14, 15, 16) THEN 1 WHEN s.j = 5 THEN 2 WHEN s.j BETWEEN 6 AND 9 THEN 3 WHEN s.j IN (10, 11, 12) THEN 4 ELSE 5 END,
  fixture_gen.uuid('hr_employee', s.p)
FROM gv.staff s JOIN gv.p p ON p.i = s.p JOIN gv.bp bp ON bp.b = s.p;

-- ---------------------------------------------------------------------------
-- Catalogue.

CREATE TABLE gv.fam (f int PRIMARY KEY, cat int, base text, a text[], b text[], price numeric, descr text, note text, ptype text);
INSERT INTO gv.fam VALUES
 (1, 1, 'Betontegel', ARRAY['30x30x4,5', '40x40x5', '50x50x5', '60x60x4'], ARRAY['grijs', 'antraciet', 'zwart', 'geel'], 1.45,
  'Betontegel met vlakke bovenzijde en facet, geschikt voor terrassen en tuinpaden.', 'Prijs per stuk, levering per volle pallet.', 'I'),
 (2, 1, 'Betonklinker', ARRAY['21x10,5x8', '20x10x6', 'waalformaat 20x5x8'], ARRAY['rood', 'antraciet', 'bruin-zwart gemêleerd', 'grijs'], 24.50,
  'Betonklinker voor opritten en parkeerplaatsen, belastbaar tot verkeersklasse 3.', 'Prijs per m², pallet = 10,08 m².', 'I'),
 (3, 1, 'Gebakken klinker', ARRAY['waalformaat', 'dikformaat', 'keiformaat'], ARRAY['rood-bruin', 'rood genuanceerd', 'paars-blauw', 'geel-bont'], 38.75,
  'Gebakken straatklinker, vorstbestendig, natuurlijke kleurnuances.', 'Prijs per m². Kleurverschil tussen partijen mogelijk.', 'I'),
 (4, 1, 'Opsluitband', ARRAY['100x15x5', '100x20x6', '100x30x10'], ARRAY['grijs', 'antraciet'], 3.20,
  'Betonnen opsluitband voor het afwerken van bestrating en borders.', NULL, 'I'),
 (5, 2, 'Natuursteen tegel', ARRAY['Belgisch hardsteen 40x40x3', 'basalt 60x40x3', 'graniet 60x30x3', 'travertin Romeins verband'], ARRAY['gezoet', 'gevlamd', 'getrommeld'], 54.00,
  'Natuursteen terrastegel, gekalibreerd, geschikt voor leggen in mortel of zand.', 'Prijs per m². Natuurproduct, kleur en tekening variëren.', 'I'),
 (6, 3, 'Potgrond', ARRAY['universeel', 'bemest', 'kuipplanten', 'turfvrij'], ARRAY['40 L', '70 L', 'big bag 1,5 m³'], 3.95,
  'Potgrond van professionele kwaliteit met RHP-keurmerk.', NULL, 'I'),
 (7, 3, 'Tuinaarde', ARRAY['zwarte', 'teelaarde gezeefd', 'bomengrond'], ARRAY['zak 25 kg', 'big bag 1 m³', 'los per m³'], 4.50,
  'Gezeefde tuinaarde, vrij van onkruidzaden.', 'Losse levering alleen met kipper, minimaal 5 m³.', 'I'),
 (8, 4, 'Siergrind', ARRAY['Carrara', 'Ardenner', 'Noors zwart', 'Schots', 'dolomiet'], ARRAY['8-16 mm', '16-32 mm', 'big bag'], 7.80,
  'Decoratief grind voor borders, paden en vijverranden.', NULL, 'I'),
 (9, 4, NULL, ARRAY['Ophoogzand', 'Straatzand', 'Metselzand', 'Speelzand'], ARRAY['los per m³', 'big bag 1 m³'], 28.00,
  'Zand voor grond- en straatwerk.', 'Losse levering alleen met kipper.', 'I'),
 (10, 5, 'Graszoden', ARRAY['sport', 'sier', 'schaduw'], ARRAY['per m²', 'rol 2,5 m²'], 3.10,
  'Verse graszoden, dezelfde dag gestoken en geleverd.', 'Bestellen vóór 12:00 voor levering volgende werkdag. Niet retour.', 'I'),
 (11, 5, 'Graszaad', ARRAY['sport en spel', 'schaduw', 'herstel', 'siergazon'], ARRAY['1 kg', '5 kg', '15 kg'], 9.95,
  'Graszaadmengsel met Engels raaigras en roodzwenkgras.', NULL, 'I'),
 (12, 6, 'Gazonmest', ARRAY['NPK 20-5-8', 'NPK 12-5-20 najaar', 'organisch'], ARRAY['5 kg', '25 kg'], 12.50,
  'Gazonmeststof met langzame werking, 3 maanden.', NULL, 'I'),
 (13, 7, 'Schuttingscherm', ARRAY['grenen geïmpregneerd', 'douglas', 'hardhout'], ARRAY['180x180', '180x90', '180x120'], 39.00,
  'Tuinscherm van geschaafd hout, 21 planken.', NULL, 'I'),
 (14, 7, 'Tuinpaal', ARRAY['grenen 7x7', 'hardhout 9x9', 'eiken 10x10'], ARRAY['180 cm', '240 cm', '270 cm'], 11.50,
  'Tuinpaal met geschaafde kop, geschikt voor schermen en poorten.', NULL, 'I'),
 (15, 7, 'Vlonderplank', ARRAY['hardhout bangkirai 21x145', 'thermowood 26x140', 'composiet 23x140 grijs', 'douglas 28x145'], ARRAY['300 cm', '400 cm', '500 cm'], 8.90,
  'Vlonderplank met gegroefde en gladde zijde.', 'Prijs per stuk. Hardhout FSC-gecertificeerd.', 'I'),
 (16, 7, 'Bielzen', ARRAY['eiken nieuw', 'azobé gebruikt', 'grenen geïmpregneerd'], ARRAY['20x10x240', '20x10x300'], 29.00,
  'Bielzen voor borderafscheiding en trappen.', NULL, 'I'),
 (17, 8, 'Draadgaas', ARRAY['groen', 'verzinkt', 'antraciet'], ARRAY['1,0 m rol 25 m', '1,2 m rol 25 m', '1,5 m rol 25 m'], 34.00,
  'Gelast draadgaas voor afrasteringen.', NULL, 'I'),
 (18, 8, 'Dubbelstaafmat', ARRAY['6/5/6', '8/6/8'], ARRAY['123x250 antraciet', '163x250 antraciet', '203x250 groen'], 42.00,
  'Dubbelstaafmat van gepoedercoat staal, incl. bevestigingsmateriaal.', NULL, 'I'),
 (19, 9, 'Vijverfolie', ARRAY['PVC 0,5 mm', 'EPDM 1,02 mm'], ARRAY['per m²', '4x5 m', '6x8 m'], 5.60,
  'Vijverfolie, UV-bestendig en visvriendelijk.', 'Op maat gesneden folie wordt niet teruggenomen.', 'I'),
 (20, 9, 'Vijverpomp', ARRAY['2500 l/u', '5000 l/u', '10000 l/u', '16000 l/u'], ARRAY['', 'met filter'], 89.00,
  'Energiezuinige vijverpomp met 3 jaar garantie.', 'Garantie via de leverancier, bon bewaren.', 'I'),
 (21, 10, 'Druppelslang', ARRAY['16 mm', '20 mm'], ARRAY['rol 50 m', 'rol 100 m', 'rol 200 m'], 24.00,
  'Druppelslang met drukcompenserende druppelaars om de 33 cm.', NULL, 'I'),
 (22, 10, 'Pop-up sproeier', ARRAY['4"', '6"', '12"'], ARRAY['verstelbaar', 'rotor'], 11.75,
  'Inbouwsproeier voor gazonberegening.', NULL, 'I'),
 (23, 10, 'Beregeningscomputer', ARRAY['4 zones', '6 zones', '12 zones'], ARRAY['binnen', 'buiten wifi'], 129.00,
  'Beregeningscomputer met app, weerafhankelijke sturing.', NULL, 'I'),
 (24, 11, NULL, ARRAY['Spade', 'Bats', 'Bladhark', 'Grashark', 'Kruiwagen 100 L', 'Kruiwagen 200 L', 'Schoffel', 'Snoeischaar', 'Takkenschaar', 'Heggenschaar',
    'Straatbezem', 'Plantschop', 'Voegkrabber', 'Bladblazer accu', 'Bosmaaier benzine', 'Tuinslang 25 m', 'Tuinslang 50 m', 'Slanghaspel'], ARRAY[''], 24.95,
  'Professioneel tuingereedschap.', NULL, 'I'),
 (25, 12, 'Haagplant', ARRAY['Taxus baccata', 'Fagus sylvatica', 'Ligustrum ovalifolium', 'Prunus laurocerasus Novita', 'Carpinus betulus', 'Ilex crenata'],
    ARRAY['40-60 kluit', '60-80 kluit', '80-100 kluit', '125-150 blote wortel'], 4.80,
  'Haagplant van eigen kwekerij, kwekersgarantie 1 jaar bij juist planten.', 'Blote wortel alleen leverbaar november t/m maart.', 'I'),
 (26, 12, 'Boom', ARRAY['Tilia cordata', 'Acer campestre', 'Betula utilis', 'Prunus serrulata Kanzan', 'Malus Red Sentinel', 'Amelanchier lamarckii'],
    ARRAY['stam 8-10', 'stam 10-12', 'meerstammig 200-250'], 89.00,
  'Laanboom met kluit, 3x verplant.', 'Levering met kraan, boompalen apart bestellen.', 'I'),
 (27, 12, 'Vaste plant', ARRAY['Geranium Rozanne', 'Lavandula Hidcote', 'Hosta', 'Salvia Caradonna', 'Hydrangea Annabelle', 'Nepeta', 'Persicaria', 'Echinacea'],
    ARRAY['P9', 'P11', 'C2'], 1.95, 'Vaste plant in pot.', NULL, 'I'),
 (28, 13, 'Tuinlamp LED 12V', ARRAY['grondspot', 'wandlamp', 'sokkel 40 cm', 'sokkel 80 cm'], ARRAY['antraciet', 'RVS'], 39.95,
  'Laagvolt tuinverlichting, plug & play.', NULL, 'I'),
 (29, 14, 'Drainagebuis', ARRAY['PVC 60 mm', 'PVC 80 mm', 'met kokosomhulling 60 mm'], ARRAY['rol 50 m'], 45.00,
  'Geribbelde drainagebuis.', NULL, 'I'),
 (30, 14, 'Worteldoek', ARRAY['100 g/m²', '130 g/m²'], ARRAY['1x100 m', '2x50 m', '4,2x100 m'], 29.00,
  'Waterdoorlatend worteldoek tegen onkruid.', NULL, 'I'),
 (31, 3, 'Boomschors', ARRAY['grof 20-40', 'fijn 10-25', 'houtsnippers'], ARRAY['zak 70 L', 'big bag 2 m³', 'los per m³'], 6.50,
  'Dennenschors voor borders.', NULL, 'I'),
 (32, 15, 'Kunstgras', ARRAY['20 mm', '30 mm', '40 mm sport'], ARRAY['per m²', 'rol 4x25 m'], 14.50,
  'Kunstgras met natuurlijke uitstraling, incl. backing.', 'Op maat gesneden, niet retour.', 'I'),
 (33, 15, 'Robotmaaier', ARRAY['600 m²', '1500 m²', '3000 m²'], ARRAY['basis', 'met app'], 649.00,
  'Robotmaaier met begrenzingsdraad, installatie op aanvraag.', 'Garantie 2 jaar, registratie bij de fabrikant.', 'I'),
 (34, 8, 'Gabionkorf', ARRAY['100x50x50', '100x100x50', '200x50x100'], ARRAY['verzinkt', 'ZnAl'], 35.00,
  'Gabionkorf, zelf te vullen met breuksteen.', NULL, 'I'),
 (35, 16, NULL, ARRAY['Transport vrachtwagen', 'Transport met kraan', 'Transport bouwzakken', 'Palletstatiegeld', 'Verhuur aanhanger per dag', 'Verhuur minigraver per dag',
    'Verhuur trilplaat per dag', 'Plantadvies op locatie', 'Zaagwerk op maat', 'Vrachtkosten pakket'], ARRAY[''], 65.00,
  'Dienst', NULL, 'S');

CREATE TABLE gv.prod AS
SELECT row_number() OVER (ORDER BY f.f, ai, bi)::int AS pid, f.f, f.cat, concat_ws(' ', f.base, f.a[ai], nullif(f.b[bi], '')) AS name, f.descr, f.note, f.ptype,
       round(f.price * (1 + 0.18 * (ai - 1) + 0.09 * (bi - 1)), 2) AS price
FROM gv.fam f, generate_subscripts(f.a, 1) ai, generate_subscripts(f.b, 1) bi;
UPDATE gv.prod SET ptype = 'I', price = 12.50 WHERE name = 'Palletstatiegeld';

CREATE TABLE m_product (
    m_product_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    value character varying(40) NOT NULL, name character varying(255) NOT NULL, description character varying(255), documentnote character varying(2000),
    upc character varying(30), m_product_category_id numeric(10) NOT NULL, producttype character(1) NOT NULL DEFAULT 'I', imageurl character varying(120),
    m_product_uu character varying(36)
);
INSERT INTO m_product
SELECT 1000000 + pid, 1000000, 0, CASE WHEN fixture_gen.n('pract', pid, 25) = 0 THEN 'N' ELSE 'Y' END, cr, 1000039, least(cr + make_interval(days => fixture_gen.n('prupd', pid, 1200)), timestamp '2024-11-22 10:00:00'),
  CASE WHEN pid % 3 = 0 THEN 1000015 ELSE 1000039 END,
  'GV' || lpad((10000 + pid * 7)::text, 6, '0'), name, descr, note,
  CASE WHEN ptype = 'S' OR cat = 12 THEN NULL ELSE gv.ean(fixture_gen.pick(ARRAY['871', '871', '540', '400', '803'], 'prean', pid) || fixture_gen.digits('prean', pid, 9)) END,
  1000000 + cat, ptype,
  CASE WHEN ptype = 'I' AND fixture_gen.n('primg', pid, 10) < 7 THEN 'https://media.groenvast-groothandel.nl/producten/GV' || lpad((10000 + pid * 7)::text, 6, '0') || '.jpg' END,
  fixture_gen.uuid('m_product', pid)
FROM (SELECT p.*, gv.wt('prcr', pid, date '2019-03-04', date '2024-03-01') AS cr FROM gv.prod p) x;

-- ---------------------------------------------------------------------------
-- Sales and purchase orders, their lines, invoices, payments and shipments
-- (January 2023 to November 2024).

CREATE TABLE gv.o AS
SELECT x.o, x.so, x.b, bp.kind, bp.rc, bp.salesrep,
  CASE WHEN NOT x.so THEN CASE WHEN x.o % 2 = 0 THEN 1000000 ELSE 1000001 END
       WHEN bp.kind = 'pr' AND fixture_gen.n('oweb', x.o, 10) < 7 THEN 1000003
       WHEN bp.rc IN ('vl', 'wa') THEN 1000001
       WHEN fixture_gen.n('otlb', x.o, 10) = 0 THEN 1000002 ELSE 1000000 END AS org,
  CASE WHEN bp.kind = 'co' AND bp.b % 3 = 0 AND x.o % 2 = 0 THEN 1200 + (bp.b - 99) / 3 ELSE bp.b END AS up,
  CASE WHEN bp.kind = 'co' AND bp.b % 5 = 0 AND fixture_gen.n('oloc', x.o, 5) < 2 THEN 3000 + bp.b ELSE 1000 + bp.b END AS l,
  gv.wt('od', x.o, greatest(bp.created::date + 1, date '2023-01-09'), date '2024-11-28') AS d
FROM (SELECT o, o % 8 <> 0 AS so, CASE WHEN o % 8 = 0 THEN 1101 + fixture_gen.n('ob', o, 25) WHEN fixture_gen.n('ok', o, 20) < 12 THEN 101 + fixture_gen.n('ob', o, 420)
        WHEN fixture_gen.n('ok', o, 20) < 17 THEN 601 + fixture_gen.n('ob', o, 140) ELSE 801 + fixture_gen.n('ob', o, 220) END AS b
      FROM generate_series(1, 680) o) x JOIN gv.bp bp ON bp.b = x.b;
ALTER TABLE gv.o ADD COLUMN st text, ADD COLUMN docno text, ADD COLUMN total numeric, ADD COLUMN crby int;
UPDATE gv.o SET st = CASE WHEN d > timestamp '2024-11-21' THEN fixture_gen.pick(ARRAY['DR', 'IP', 'CO', 'CO'], 'ost', o)
    ELSE fixture_gen.pick(ARRAY['CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CO', 'CL', 'CL', 'CL', 'VO', 'DR'], 'ost', o) END,
  crby = CASE WHEN org = 1000003 THEN 1000099 WHEN NOT so THEN 1000015 + fixture_gen.n('ocrby', o, 3)
    WHEN fixture_gen.n('ocrby', o, 3) = 0 THEN salesrep WHEN org = 1000001 THEN 1000046 + fixture_gen.n('ocrby2', o, 4) ELSE 1000009 + fixture_gen.n('ocrby2', o, 6) END;
UPDATE gv.o o SET docno = CASE WHEN NOT o.so THEN 'IO' WHEN o.org = 1000001 THEN 'VB' WHEN o.org = 1000003 THEN 'WS' ELSE 'VO' END || to_char(o.d, 'YY') || '-' || lpad(r.rn::text, 5, '0')
FROM (SELECT o, row_number() OVER (PARTITION BY CASE WHEN NOT so THEN 'IO' WHEN org = 1000001 THEN 'VB' WHEN org = 1000003 THEN 'WS' ELSE 'VO' END, extract(year FROM d) ORDER BY d, o) AS rn FROM gv.o) r
WHERE r.o = o.o;

CREATE TABLE gv.ol AS
SELECT row_number() OVER (ORDER BY o.o, g.k)::int AS ol, o.o, g.k, p.pid, p.name, p.descr,
  CASE WHEN p.price < 5 THEN 20 + fixture_gen.n('olq', o.o * 10 + g.k, CASE WHEN o.kind = 'pr' THEN 60 ELSE 400 END)
       WHEN p.price < 40 THEN 1 + fixture_gen.n('olq', o.o * 10 + g.k, CASE WHEN o.kind = 'pr' THEN 8 ELSE 40 END)
       ELSE 1 + fixture_gen.n('olq', o.o * 10 + g.k, CASE WHEN o.kind = 'pr' THEN 2 ELSE 4 END) END AS qty,
  CASE WHEN o.so THEN p.price ELSE round(p.price * 0.62, 2) END AS price
FROM gv.o o CROSS JOIN generate_series(1, 5) g(k) JOIN gv.prod p ON p.pid = 1 + fixture_gen.n('olp', o.o * 10 + g.k, 347)
WHERE g.k <= 1 + fixture_gen.n('olc', o.o, CASE WHEN o.kind = 'pr' THEN 3 ELSE 5 END);
UPDATE gv.o o SET total = (SELECT round(sum(qty * price) * 1.21, 2) FROM gv.ol WHERE ol.o = o.o);

CREATE TABLE c_order (
    c_order_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    documentno character varying(30) NOT NULL, docstatus character(2) NOT NULL, issotrx character(1) NOT NULL DEFAULT 'Y', description character varying(255),
    poreference character varying(20), dateordered timestamp without time zone NOT NULL, c_bpartner_id numeric(10) NOT NULL, c_bpartner_location_id numeric(10) NOT NULL,
    ad_user_id numeric(10), salesrep_id numeric(10), grandtotal numeric NOT NULL DEFAULT 0, c_order_uu character varying(36)
);
INSERT INTO c_order
SELECT 1000000 + o.o, 1000000, o.org, 'Y', o.d, o.crby, o.d + make_interval(mins => 3 + fixture_gen.n('oupd', o.o, 4000)), CASE WHEN o.org = 1000003 THEN 1000099 ELSE o.crby END,
  o.docno, o.st, CASE WHEN o.so THEN 'Y' ELSE 'N' END,
  CASE WHEN fixture_gen.n('odesc', o.o, 20) < 7 THEN gv.fill(gv.t('o_desc', 'odesct', o.o), CASE WHEN o.kind = 'pr' THEN o.b ELSE 801 + fixture_gen.n('odescp', o.o, 220) END,
         CASE WHEN o.org = 1000001 THEN 46 + fixture_gen.n('odw', o.o, 4) ELSE 9 + fixture_gen.n('odw', o.o, 6) END, (20000 + o.o * 3)::text) END,
  CASE WHEN o.so AND o.kind = 'co' AND fixture_gen.n('opo', o.o, 10) < 4 THEN CASE WHEN (SELECT grp FROM gv.bp WHERE b = o.b) = 1000003 THEN '4500' || fixture_gen.digits('opo', o.o, 6)
         ELSE fixture_gen.pick(ARRAY['PO' || fixture_gen.digits('opo', o.o, 5), 'Proj. 24-0' || fixture_gen.digits('opo', o.o, 2), 'Bon ' || fixture_gen.digits('opo', o.o, 4), fixture_gen.digits('opo', o.o, 6)], 'opof', o.o) END
       WHEN o.so AND o.kind = 'zz' AND fixture_gen.n('opo', o.o, 10) = 0 THEN 'Bon ' || fixture_gen.digits('opo', o.o, 3)
       WHEN NOT o.so AND fixture_gen.n('opo', o.o, 2) = 0 THEN 'AB' || fixture_gen.digits('opo', o.o, 6) END,
  date_trunc('day', o.d), 1000000 + o.b, 1000000 + o.l, 1000000 + o.up, CASE WHEN o.so THEN o.salesrep ELSE o.crby END, o.total,
  fixture_gen.uuid('c_order', o.o)
FROM gv.o o;

CREATE TABLE c_orderline (
    c_orderline_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    c_order_id numeric(10) NOT NULL, line numeric(10) NOT NULL, m_product_id numeric(10), description character varying(255), qtyordered numeric NOT NULL DEFAULT 0,
    priceactual numeric NOT NULL DEFAULT 0, linenetamt numeric NOT NULL DEFAULT 0, c_orderline_uu character varying(36)
);
INSERT INTO c_orderline
SELECT 1000000 + l.ol, 1000000, o.org, 'Y', o.d + make_interval(secs => 20 * l.k), o.crby, o.d + make_interval(secs => 20 * l.k + 60), o.crby, 1000000 + o.o, 10 * l.k, 1000000 + l.pid,
  CASE WHEN fixture_gen.n('oldesc', l.ol, 10) < 2 THEN l.descr WHEN fixture_gen.n('oldesc', l.ol, 10) = 2 THEN l.name
       WHEN fixture_gen.n('oldesc', l.ol, 20) = 6 THEN fixture_gen.pick(ARRAY['Kleur volgens staal', 'Op maat zagen: 2x 120 cm', 'Levering week 14', 'Zelfde partij als vorige order',
         'Zonder pallet', 'Actieprijs voorjaar', 'Backorder, volgt apart'], 'olnote', l.ol) END,
  l.qty, l.price, round(l.qty * l.price, 2), fixture_gen.uuid('c_orderline', l.ol)
FROM gv.ol l JOIN gv.o o ON o.o = l.o;

-- Invoices for completed sales orders.
CREATE TABLE gv.inv AS
SELECT o.*, least(o.d::date + 1 + fixture_gen.n('idt', o.o, 7), date '2024-11-29')::timestamp AS di FROM gv.o o WHERE o.so AND o.st IN ('CO', 'CL');
ALTER TABLE gv.inv ADD COLUMN paid boolean, ADD COLUMN ino text;
UPDATE gv.inv SET paid = CASE WHEN di < timestamp '2024-10-15' THEN fixture_gen.n('ipd', o, 20) < 19 ELSE fixture_gen.n('ipd', o, 10) < 4 END;
UPDATE gv.inv i SET ino = 'VF' || to_char(i.di, 'YY') || '-' || lpad(r.rn::text, 5, '0')
FROM (SELECT o, row_number() OVER (PARTITION BY extract(year FROM di) ORDER BY di, o) AS rn FROM gv.inv) r WHERE r.o = i.o;

CREATE TABLE c_invoice (
    c_invoice_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    documentno character varying(30) NOT NULL, docstatus character(2) NOT NULL, description character varying(255), dateinvoiced timestamp without time zone NOT NULL,
    c_bpartner_id numeric(10) NOT NULL, ad_user_id numeric(10), c_order_id numeric(10), grandtotal numeric NOT NULL DEFAULT 0, ispaid character(1) NOT NULL DEFAULT 'N',
    c_invoice_uu character varying(36)
);
INSERT INTO c_invoice
SELECT 1000000 + i.o, 1000000, i.org, 'Y', i.di + interval '6 hours' + make_interval(secs => fixture_gen.n('icr', i.o, 30000)), 1000032 + fixture_gen.n('icrby', i.o, 3),
  i.di + interval '6 hours' + make_interval(secs => fixture_gen.n('icr', i.o, 30000) + 120), 1000032 + fixture_gen.n('icrby', i.o, 3),
  i.ino, CASE WHEN i.paid AND i.di < timestamp '2024-06-01' THEN 'CL' ELSE 'CO' END,
  CASE WHEN fixture_gen.n('idesc', i.o, 4) = 0 THEN gv.fill(gv.t('i_desc', 'idesct', i.o), i.up) END,
  i.di, 1000000 + i.b, 1000000 + i.up, 1000000 + i.o, i.total, CASE WHEN i.paid THEN 'Y' ELSE 'N' END, fixture_gen.uuid('c_invoice', i.o)
FROM gv.inv i;

-- Payments: bank transfers and direct debits from the statement import,
-- webshop payments through the payment provider, the pickup counter's card
-- terminal and cash.
CREATE TABLE c_payment (
    c_payment_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    documentno character varying(30) NOT NULL, datetrx timestamp without time zone NOT NULL, c_bpartner_id numeric(10) NOT NULL, c_invoice_id numeric(10),
    tendertype character(1) NOT NULL, payamt numeric NOT NULL DEFAULT 0, description character varying(255), iban character varying(40), accountno character varying(20),
    a_name character varying(60), a_email character varying(60), creditcardtype character(1), creditcardnumber character varying(20), r_pnref character varying(20),
    r_respmsg character varying(60), r_info character varying(2000), c_payment_uu character varying(36)
);
CREATE TABLE gv.pay AS
SELECT i.o, i.b, i.kind, i.rc, i.org, i.total, i.ino, i.up, bp.name AS bpname, p.full_name, p.first, p.last, p.email,
  (SELECT replace(ba.iban, ' ', '') FROM c_bp_bankaccount ba WHERE ba.c_bpartner_id = 1000000 + i.b ORDER BY ba.c_bp_bankaccount_id LIMIT 1) AS biban,
  (SELECT ba.a_name FROM c_bp_bankaccount ba WHERE ba.c_bpartner_id = 1000000 + i.b ORDER BY ba.c_bp_bankaccount_id LIMIT 1) AS bname,
  least(i.di::date + fixture_gen.n('pdt', i.o, 32), date '2024-11-29')::timestamp AS dt,
  CASE WHEN i.org = 1000003 THEN 'W' WHEN i.org = 1000002 AND i.d < timestamp '2024-01-01' THEN CASE WHEN i.o % 2 = 0 THEN 'P' ELSE 'X' END
       WHEN i.kind = 'co' AND EXISTS (SELECT 1 FROM gv.ba WHERE ba.b = i.b) AND fixture_gen.n('pdd', i.o, 10) < 3 THEN 'D' ELSE 'A' END AS mode,
  CASE WHEN i.rc = 'nl' THEN fixture_gen.pick(ARRAY['ideal', 'ideal', 'ideal', 'creditcard', 'paypal'], 'pmeth', i.o)
       ELSE fixture_gen.pick(ARRAY['bancontact', 'bancontact', 'bancontact', 'creditcard', 'paypal'], 'pmeth', i.o) END AS meth
FROM gv.inv i JOIN gv.bp bp ON bp.b = i.b JOIN gv.p p ON p.i = i.up WHERE i.paid;
INSERT INTO c_payment
SELECT 1000000 + y.o, 1000000, y.org, 'Y', y.dt + interval '7 hours' + make_interval(secs => fixture_gen.n('pcr', y.o, 3600)),
  CASE WHEN y.mode = 'W' THEN 1000099 ELSE 1000032 + fixture_gen.n('pcrby', y.o, 3) END,
  y.dt + interval '8 hours' + make_interval(secs => fixture_gen.n('pcr', y.o, 3600)), CASE WHEN y.mode = 'W' THEN 1000099 ELSE 1000032 + fixture_gen.n('pcrby', y.o, 3) END,
  'BO' || to_char(y.dt, 'YY') || '-' || lpad((row_number() OVER (PARTITION BY extract(year FROM y.dt) ORDER BY y.dt, y.o))::text, 5, '0'),
  y.dt, 1000000 + y.b, 1000000 + y.o, CASE y.mode WHEN 'A' THEN 'A' WHEN 'D' THEN 'D' WHEN 'X' THEN 'X' ELSE 'C' END, y.total,
  CASE y.mode
    WHEN 'A' THEN CASE fixture_gen.n('pdesc', y.o, 7) WHEN 0 THEN y.ino WHEN 1 THEN '/INV/' || replace(y.ino, '-', '') WHEN 2 THEN 'Betaling factuur ' || y.ino
         WHEN 3 THEN 'fact ' || replace(y.ino, '-', '') || ' ' || upper(left(y.first, 1) || ' ' || y.last) WHEN 4 THEN 'Factuur ' || y.ino || ' ' || y.bpname
         WHEN 5 THEN 'Termijn ' || (1 + y.o % 3)::text || ' van 3 ' || y.ino || ' zoals afgesproken met ' || y.first ELSE NULL END
    WHEN 'D' THEN 'SEPA incasso ' || y.ino || ' mandaat GV' || lpad(y.b::text, 6, '0')
    WHEN 'W' THEN 'Webshop bestelling ' || (20000 + y.o * 3)::text
    WHEN 'P' THEN 'Pinbetaling afhaalpunt Tilburg' ELSE 'Contant afhaalpunt Tilburg' END,
  CASE y.mode WHEN 'A' THEN coalesce(y.biban, gv.iban(y.rc, 'payiban', y.b)) WHEN 'D' THEN y.biban END,
  CASE WHEN y.mode = 'A' AND y.rc = 'nl' AND fixture_gen.n('pacct', y.o, 10) = 0 THEN ltrim(substr(coalesce(y.biban, gv.iban(y.rc, 'payiban', y.b)), 9), '0') END,
  CASE y.mode WHEN 'A' THEN CASE WHEN y.kind IN ('co', 've') THEN upper(y.bpname) ELSE upper(coalesce(y.bname, left(y.first, 1) || ' ' || y.last)) END
       WHEN 'D' THEN coalesce(y.bname, y.bpname) WHEN 'W' THEN y.full_name WHEN 'P' THEN upper(left(y.first, 1) || ' ' || y.last) END,
  CASE WHEN y.mode = 'W' THEN y.email END,
  CASE WHEN y.mode = 'W' AND y.meth = 'creditcard' THEN fixture_gen.pick(ARRAY['M', 'V'], 'pcct', y.o) WHEN y.mode = 'P' THEN fixture_gen.pick(ARRAY['M', 'V', 'M'], 'pcct', y.o) END,
  CASE WHEN y.mode = 'P' THEN fixture_gen.card('pcc', y.o) END,
  CASE WHEN y.mode = 'W' THEN 'tr_' || fixture_gen.chars('ppn', y.o, 10) WHEN y.mode = 'P' THEN fixture_gen.digits('ppn', y.o, 12) END,
  CASE WHEN y.mode = 'W' THEN 'paid' WHEN y.mode = 'P' THEN 'APPROVED' END,
  CASE WHEN y.mode = 'W' THEN 'Mollie tr_' || fixture_gen.chars('ppn', y.o, 10) || ': method=' || y.meth || CASE y.meth
         WHEN 'creditcard' THEN ', cardHolder=' || upper(y.full_name) || ', cardNumber=' || fixture_gen.digits('pc4', y.o, 4) || ', cardLabel=' || CASE fixture_gen.pick(ARRAY['M', 'V'], 'pcct', y.o) WHEN 'M' THEN 'Mastercard' ELSE 'Visa' END
         WHEN 'paypal' THEN ', consumerName=' || y.full_name || ', consumerAccount=' || y.email || ', paypalReference=' || fixture_gen.digits('ppref', y.o, 4) || '-' || fixture_gen.chars('ppref', y.o, 12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
         ELSE ', consumerName=' || left(y.first, 1) || '. ' || y.last || ', consumerAccount=' || gv.iban(y.rc, 'payiban', y.b) || ', consumerBic=' || gv.bic(gv.iban(y.rc, 'payiban', y.b)) END
       WHEN y.mode = 'P' THEN 'CCV terminal 0' || fixture_gen.digits('pterm', 1, 7) || ', contactless, AID A000000004101' || fixture_gen.digits('paid', y.o, 1) END,
  fixture_gen.uuid('c_payment', y.o)
FROM gv.pay y;

CREATE TABLE c_bankaccount (
    c_bankaccount_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    c_bank_id numeric(10) NOT NULL, value character varying(40), name character varying(60) NOT NULL, accountno character varying(20) NOT NULL,
    iban character varying(40), bankaccounttype character(1) NOT NULL, c_bankaccount_uu character varying(36)
);
INSERT INTO c_bankaccount
SELECT 1000000 + k, 1000000, org, 'Y', cr, 100, cr + interval '20 days', 1000035, 1000000 + k, v, n,
  CASE WHEN iban IS NULL THEN 'KAS' ELSE coalesce(an, ltrim(substr(iban, 9), '0')) END, iban, t, fixture_gen.uuid('c_bankaccount', k)
FROM (VALUES (0, 1000000, timestamp '2019-02-19 10:00:00', 'ING-NL', 'ING Zakelijk Oosterhout', fixture_gen.iban('NL', 'INGB' || fixture_gen.digits('ownacct', 1, 10)), NULL, 'C'),
  (1, 1000000, timestamp '2019-02-19 10:05:00', 'RABO-NL', 'Rabobank Spaarrekening', fixture_gen.iban('NL', 'RABO' || fixture_gen.digits('ownacct', 2, 10)), NULL, 'S'),
  (2, 1000001, timestamp '2019-02-19 10:20:00', 'KBC-BE', 'KBC Zakelijk Sint-Niklaas', fixture_gen.iban('BE', gv.be_bban('ownacct', 3)), NULL, 'C'),
  (3, 1000001, timestamp '2021-05-03 11:00:00', 'BELFIUS-BE', 'Belfius Zichtrekening', fixture_gen.iban('BE', gv.be_bban('ownacct', 4)), NULL, 'C'),
  (4, 1000002, timestamp '2020-04-06 12:00:00', 'KAS-TLB', 'Kas afhaalpunt Tilburg', NULL, NULL, 'B')) v(k, org, cr, v, n, iban, an, t);
UPDATE c_bankaccount SET accountno = substr(iban, 5, 3) || '-' || substr(iban, 8, 7) || '-' || substr(iban, 15, 2) WHERE iban LIKE 'BE%';

-- Shipments to customers and receipts from vendors.
CREATE TABLE m_inout (
    m_inout_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    documentno character varying(30) NOT NULL, movementdate timestamp without time zone NOT NULL, c_bpartner_id numeric(10) NOT NULL,
    c_bpartner_location_id numeric(10) NOT NULL, ad_user_id numeric(10), c_order_id numeric(10), m_shipper_id numeric(10), trackingno character varying(60),
    description character varying(255), m_inout_uu character varying(36)
);
CREATE TABLE gv.io AS
SELECT o.*, least(o.d::date + 1 + fixture_gen.n('iodt', o.o, 9), date '2024-11-29')::timestamp AS md,
  CASE WHEN NOT o.so THEN CASE WHEN o.rc IN ('cn', 'it') THEN 1000004 END
       WHEN o.org = 1000002 THEN 1000005
       WHEN o.kind = 'pr' AND o.total < 400 THEN CASE WHEN fixture_gen.n('iosh', o.o, 10) < 3 THEN 1000003 WHEN o.rc = 'nl' THEN 1000001 ELSE 1000002 END
       WHEN fixture_gen.n('iosh', o.o, 10) < 2 THEN 1000005 ELSE 1000000 END AS sh
FROM gv.o o WHERE o.st IN ('CO', 'CL');
INSERT INTO m_inout
SELECT 1000000 + io.o, 1000000, io.org, 'Y', io.md + interval '7 hours' + make_interval(secs => fixture_gen.n('iocr', io.o, 30000)),
  CASE WHEN io.org = 1000001 THEN 1000050 + fixture_gen.n('iocrby', io.o, 4) ELSE 1000018 + fixture_gen.n('iocrby', io.o, 8) END,
  io.md + interval '7 hours' + make_interval(secs => fixture_gen.n('iocr', io.o, 30000) + 300),
  CASE WHEN io.org = 1000001 THEN 1000050 + fixture_gen.n('iocrby', io.o, 4) ELSE 1000018 + fixture_gen.n('iocrby', io.o, 8) END,
  CASE WHEN io.so THEN 'UL' ELSE 'ON' END || to_char(io.md, 'YY') || '-' || lpad((row_number() OVER (PARTITION BY io.so, extract(year FROM io.md) ORDER BY io.md, io.o))::text, 5, '0'),
  io.md, 1000000 + io.b, 1000000 + io.l, 1000000 + io.up, 1000000 + io.o, io.sh,
  CASE io.sh WHEN 1000001 THEN '3SGVGH' || fixture_gen.digits('iotr', io.o, 9) WHEN 1000002 THEN '3232' || fixture_gen.digits('iotr', io.o, 20)
             WHEN 1000003 THEN '0' || fixture_gen.digits('iotr', io.o, 13) WHEN 1000004 THEN 'JJD' || fixture_gen.digits('iotr', io.o, 18) END,
  CASE WHEN io.so AND fixture_gen.n('iodesc', io.o, 10) < 3 THEN gv.fill(gv.t('io_desc', 'iodesct', io.o),
         CASE WHEN fixture_gen.n('iodescp', io.o, 2) = 0 THEN io.up ELSE 801 + fixture_gen.n('iodescq', io.o, 220) END, 9, (1 + fixture_gen.n('ionb', io.o, 80))::text)
       WHEN NOT io.so AND fixture_gen.n('iodesc', io.o, 10) < 2 THEN fixture_gen.pick(ARRAY['Ontvangst: 2 pallets beschadigd, foto''s gemaakt.', 'Levering deels, rest volgt volgende week.',
         'Container gelost, 1 pallet te weinig.', 'Chauffeur te laat, lossen na 16:00.'], 'iorec', io.o) END,
  fixture_gen.uuid('m_inout', io.o)
FROM gv.io io;

-- ---------------------------------------------------------------------------
-- CRM: requests and their updates, sales activities, interest areas.

CREATE TABLE r_request (
    r_request_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    documentno character varying(30) NOT NULL, r_requesttype_id numeric(10) NOT NULL, r_status_id numeric(10), priority character(1) NOT NULL,
    summary character varying(2000) NOT NULL, result character varying(2000), salesrep_id numeric(10), c_bpartner_id numeric(10), ad_user_id numeric(10),
    c_order_id numeric(10), datenextaction timestamp without time zone, r_request_uu character varying(36)
);
CREATE TABLE gv.rq AS
SELECT x.q, x.o, coalesce(o.b, x.b) AS b, coalesce(o.up, x.up) AS up, coalesce(o.org, CASE WHEN x.rc IN ('vl', 'wa') THEN 1000001 ELSE 1000000 END) AS org,
  least(coalesce(o.d + make_interval(days => 1 + fixture_gen.n('rqd', q, 40), secs => fixture_gen.n('rqs', q, 30000)), gv.wt('rqcr', q, date '2023-01-09', date '2024-11-28')), timestamp '2024-11-29 15:00:00') AS cr
FROM (SELECT x1.*, (SELECT rc FROM gv.p WHERE i = x1.up) AS rc FROM (SELECT x0.*, coalesce(x0.b, 1501 + fixture_gen.n('rqlead', x0.q, 60)) AS up FROM (SELECT q, CASE WHEN fixture_gen.n('rqo', q, 10) < 7 THEN (SELECT o FROM gv.o WHERE so ORDER BY o OFFSET fixture_gen.n('rqoo', q, 595) LIMIT 1) END AS o,
        CASE WHEN fixture_gen.n('rqk', q, 10) < 6 THEN 101 + fixture_gen.n('rqb', q, 420) WHEN fixture_gen.n('rqk', q, 10) < 8 THEN 601 + fixture_gen.n('rqb', q, 140)
             WHEN fixture_gen.n('rqk', q, 10) < 9 THEN 801 + fixture_gen.n('rqb', q, 220) END AS b
      FROM generate_series(1, 450) q) x0) x1) x
LEFT JOIN gv.o o ON o.o = x.o;
ALTER TABLE gv.rq ADD COLUMN st int;
UPDATE gv.rq SET st = CASE WHEN cr > timestamp '2024-11-15' THEN fixture_gen.n('rqst', q, 3) WHEN cr > timestamp '2024-09-01' THEN CASE WHEN fixture_gen.n('rqst', q, 3) = 0 THEN 2 ELSE 3 END ELSE 3 END;
INSERT INTO r_request
SELECT 1000000 + q, 1000000, org, 'Y', cr, cb, least(cr + make_interval(days => CASE WHEN st = 3 THEN 1 + fixture_gen.n('rqup', q, 20) ELSE 0 END, secs => fixture_gen.n('rqups', q, 20000)), timestamp '2024-11-29 17:00:00'), cb,
  (10000 + q)::text,
  1000000 + CASE WHEN b IS NULL THEN 4 ELSE fixture_gen.pick(ARRAY['0', '0', '0', '1', '1', '2', '3', '4'], 'rqtype', q)::int END,
  1000000 + st, fixture_gen.pick(ARRAY['5', '5', '5', '3', '7', '1', '9'], 'rqprio', q),
  gv.fill(gv.t('rq_sum', 'rqsumt', q), up, 9, (10000 + q)::text),
  CASE WHEN st >= 1 THEN gv.fill(gv.t('rq_res', 'rqrest', q), up, CASE WHEN org = 1000001 THEN 58 ELSE 37 + q % 2 END) END,
  CASE WHEN b IS NULL THEN 1000040 WHEN org = 1000001 THEN 1000058 ELSE 1000037 + q % 2 END,
  CASE WHEN b IS NOT NULL THEN 1000000 + b END, 1000000 + up, CASE WHEN o IS NOT NULL THEN 1000000 + o END,
  CASE WHEN st < 3 THEN date_trunc('day', cr) + make_interval(days => 2 + fixture_gen.n('rqnext', q, 10)) + interval '9 hours' END,
  fixture_gen.uuid('r_request', q)
FROM (SELECT rq.*, CASE WHEN fixture_gen.n('rqcb', q, 5) = 0 AND EXISTS (SELECT 1 FROM gv.p WHERE i = rq.up AND portal) THEN 1000000 + up
                        WHEN org = 1000001 THEN 1000058 ELSE 1000037 + q % 2 END AS cb FROM gv.rq rq) x;

CREATE TABLE r_requestupdate (
    r_requestupdate_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    r_request_id numeric(10) NOT NULL, confidentialtypeentry character(1) NOT NULL DEFAULT 'C', result character varying(2000), starttime timestamp without time zone,
    r_requestupdate_uu character varying(36)
);
INSERT INTO r_requestupdate
SELECT 1000000 + row_number() OVER (ORDER BY q, k), 1000000, org, 'Y', t, cb, t, cb, 1000000 + q,
  fixture_gen.pick(ARRAY['A', 'A', 'C', 'C', 'I', 'I'], 'rquct', q * 10 + k),
  gv.fill(gv.t('rq_res', 'rqurest', q * 10 + k), up, CASE WHEN org = 1000001 THEN 58 ELSE 37 + k % 2 END),
  CASE WHEN fixture_gen.n('rqust', q * 10 + k, 3) = 0 THEN date_trunc('hour', t) END,
  fixture_gen.uuid('r_requestupdate', q * 10 + k)
FROM (SELECT rq.q, g.k, rq.org, rq.up, least(greatest(rq.cr + interval '10 minutes', date_trunc('day', rq.cr) + make_interval(days => g.k * fixture_gen.n('rqud', rq.q * 10 + g.k, 4), secs => 28000 + fixture_gen.n('rquh', rq.q * 10 + g.k, 32000))), timestamp '2024-11-29 17:30:00')::timestamp(0) AS t,
             CASE WHEN rq.org = 1000001 THEN 1000058 ELSE 1000037 + g.k % 2 END AS cb
      FROM gv.rq rq CROSS JOIN generate_series(1, 5) g(k) WHERE g.k <= CASE WHEN rq.st = 0 THEN 0 WHEN rq.st = 3 THEN 2 + fixture_gen.n('rqun', rq.q, 3) ELSE 1 + fixture_gen.n('rqun', rq.q, 2) END) x;

CREATE TABLE c_contactactivity (
    c_contactactivity_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    ad_user_id numeric(10) NOT NULL, contactactivitytype character varying(2) NOT NULL, description character varying(255) NOT NULL, comments character varying(2000),
    startdate timestamp without time zone NOT NULL, salesrep_id numeric(10), iscomplete character(1) NOT NULL DEFAULT 'N', c_contactactivity_uu character varying(36)
);
INSERT INTO c_contactactivity
SELECT 1000000 + a, 1000000, CASE WHEN p.rc IN ('vl', 'wa') THEN 1000001 ELSE 1000000 END, 'Y', least(sd - make_interval(days => fixture_gen.n('cacr', a, 10)), sd), rep,
  least(sd + make_interval(mins => 20 + fixture_gen.n('caup', a, 400)), timestamp '2024-11-29 16:00:00'), rep,
  1000000 + p.i, fixture_gen.pick(ARRAY['PC', 'PC', 'EM', 'ME', 'ME', 'TA'], 'catype', a),
  gv.fill(gv.t('ca_desc', 'cadesct', a), p.i),
  CASE WHEN fixture_gen.n('cacomm', a, 10) < 6 THEN gv.fill(gv.t('ca_comm', 'cacommt', a), CASE WHEN p.kind = 'co' AND p.b % 3 = 0 THEN 1200 + (p.b - 99) / 3 ELSE 1201 + fixture_gen.n('caoth', a, 140) END) END,
  sd, rep, CASE WHEN sd < timestamp '2024-11-29' THEN 'Y' ELSE 'N' END, fixture_gen.uuid('c_contactactivity', a)
FROM (SELECT a, CASE WHEN fixture_gen.n('cak', a, 10) < 6 THEN 101 + fixture_gen.n('cau', a, 420) WHEN fixture_gen.n('cak', a, 10) < 8 THEN 601 + fixture_gen.n('cau', a, 140)
              WHEN fixture_gen.n('cak', a, 10) < 9 THEN 1201 + fixture_gen.n('cau', a, 140) ELSE 1501 + fixture_gen.n('cau', a, 60) END AS pi,
             gv.wt('cast', a, date '2022-06-01', date '2024-12-20') AS sd FROM generate_series(1, 600) a) x
JOIN gv.p p ON p.i = x.pi LEFT JOIN gv.bp bp ON bp.b = p.b
CROSS JOIN LATERAL (SELECT coalesce(bp.salesrep, CASE WHEN p.rc = 'nl' THEN 1000003 + fixture_gen.n('carep', x.a, 6) ELSE 1000042 + fixture_gen.n('carep', x.a, 4) END) AS rep) r;

CREATE TABLE r_contactinterest (
    ad_user_id numeric(10) NOT NULL, r_interestarea_id numeric(10) NOT NULL, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL,
    isactive character(1) NOT NULL DEFAULT 'Y', created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL,
    updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL, r_contactinterest_uu character varying(36),
    subscribedate timestamp without time zone, optoutdate timestamp without time zone, PRIMARY KEY (ad_user_id, r_interestarea_id)
);
INSERT INTO r_contactinterest
SELECT 1000000 + i, 1000000 + ar, 1000000, 0, CASE WHEN oo THEN 'N' ELSE 'Y' END, sub, crby, CASE WHEN oo THEN oot ELSE sub END, CASE WHEN oo THEN 1000099 ELSE crby END,
  fixture_gen.uuid('r_contactinterest', i * 10 + ar), sub, CASE WHEN oo THEN oot END
FROM (SELECT p.i, g.ar, u.created, gv.at('cisub', p.i * 10 + g.ar, greatest(u.created, timestamp '2020-01-06'), timestamp '2024-11-25') AS sub,
             fixture_gen.n('cioo', p.i * 10 + g.ar, 100) < 12 AS oo,
             CASE WHEN g.ar <> 3 THEN 1000099 WHEN p.rc IN ('vl', 'wa') THEN 1000042 + fixture_gen.n('ciby', p.i, 4) ELSE 1000003 + fixture_gen.n('ciby', p.i, 6) END AS crby
      FROM gv.p p CROSS JOIN generate_series(1, 5) g(ar) JOIN ad_user u ON u.ad_user_id = 1000000 + p.i
      WHERE u.email IS NOT NULL AND fixture_gen.n('ci', p.i * 10 + g.ar, 100) < CASE
        WHEN g.ar = 1 AND p.kind IN ('co', 'co2', 'zz') THEN 40 WHEN g.ar = 2 AND p.kind = 'pr' THEN 50 WHEN g.ar = 3 AND p.kind IN ('co', 'zz', 'lead') THEN 15
        WHEN g.ar = 4 AND p.kind <> 'emp' THEN 8 WHEN g.ar = 5 AND p.kind IN ('co', 'co2', 'zz') THEN 20 ELSE 0 END) x
CROSS JOIN LATERAL (SELECT least(sub + make_interval(days => 20 + fixture_gen.n('ciood', i * 10 + ar, 600)), timestamp '2024-11-28 21:13:00')::timestamp(0) AS oot) z;

-- ---------------------------------------------------------------------------
-- System: web sessions, the change log, notices, attachments, workflow activities.

CREATE TABLE ad_session (
    ad_session_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    websession character varying(40), remote_addr character varying(60), remote_host character varying(120), description character varying(255),
    ad_role_id numeric(10), logindate timestamp without time zone, servername character varying(80), ad_session_uu character varying(36)
);
CREATE TABLE gv.ss AS
SELECT s, staff, u, rc, j, role, org, cr, ip, row_number() OVER (PARTITION BY staff ORDER BY s) AS rn FROM (
  SELECT s, staff, u, rc, j, role, org, cr,
    CASE WHEN NOT staff THEN CASE WHEN fixture_gen.n('ssip6', s, 7) = 0 THEN fixture_gen.ipv6('ssip', s) ELSE fixture_gen.ipv4('ssip', s) END
         WHEN j IN (3, 15) AND fixture_gen.n('ssvpn', s, 10) < 6 THEN CASE WHEN fixture_gen.n('ssvpn2', s, 3) = 0 THEN fixture_gen.ipv4('ssip', s) ELSE '10.8.0.' || (2 + fixture_gen.n('ssvpnh', u, 200))::text END
         WHEN rc = 'nl' THEN '10.16.1.' || (20 + fixture_gen.n('sshost', u, 200))::text ELSE '10.16.2.' || (20 + fixture_gen.n('sshost', u, 200))::text END AS ip
  FROM (SELECT s, staff, u, p.rc, st.j, CASE WHEN staff THEN st.r1 ELSE 1000010 END AS role,
          CASE WHEN NOT staff THEN 1000003 WHEN p.rc = 'nl' THEN 1000000 ELSE 1000001 END AS org,
          CASE WHEN staff THEN gv.wt('sscr', s, date '2024-05-01', date '2024-11-30') ELSE gv.at('sscr', s, timestamp '2024-01-01', timestamp '2024-11-29 23:00:00') END AS cr
        FROM (SELECT s, fixture_gen.n('sswho', s, 100) < 78 AS staff,
                CASE WHEN fixture_gen.n('sswho', s, 100) < 78 THEN (SELECT p FROM gv.staff WHERE leave IS NULL AND j NOT IN (8, 9) ORDER BY p OFFSET fixture_gen.n('ssu', s, (SELECT count(*)::int FROM gv.staff WHERE leave IS NULL AND j NOT IN (8, 9))) LIMIT 1)
                     ELSE (SELECT i FROM gv.p WHERE portal ORDER BY i OFFSET fixture_gen.n('ssu', s, (SELECT count(*)::int FROM gv.p WHERE portal)) LIMIT 1) END AS u
              FROM generate_series(1, 1500) s) a JOIN gv.p p ON p.i = a.u LEFT JOIN gv.staff st ON st.p = a.u) b) c;
INSERT INTO ad_session
SELECT 1000000 + s, 1000000, org, 'Y', cr, 1000000 + u, cr + make_interval(mins => 2 + fixture_gen.n('ssdur', s, CASE WHEN staff THEN 480 ELSE 40 END)), 1000000 + u,
  'node0' || fixture_gen.chars('ssweb', s, 24, 'abcdefghijklmnopqrstuvwxyz0123456789') || (1 + fixture_gen.n('sswebn', s, 900))::text,
  ip,
  CASE WHEN staff AND ip LIKE '10.16.%' AND fixture_gen.n('ssrh', s, 5) = 0 THEN CASE WHEN rc = 'nl' THEN 'WS-OOS-' ELSE 'WS-SNK-' END || lpad(fixture_gen.n('sshost', u, 200)::text, 3, '0') || '.groenvast.local'
       WHEN NOT staff AND ip NOT LIKE '%:%' AND fixture_gen.n('ssrh', s, 4) = 0 THEN CASE WHEN fixture_gen.n('ssisp', s, 2) = 0 THEN replace(ip, '.', '-') || '.cable.dynamic.v4.ziggo.nl'
         ELSE 'd' || lpad(to_hex(split_part(ip, '.', 1)::int), 2, '0') || lpad(to_hex(split_part(ip, '.', 2)::int), 2, '0') || lpad(to_hex(split_part(ip, '.', 3)::int), 2, '0') || lpad(to_hex(split_part(ip, '.', 4)::int), 2, '0') || '.access.telenet.be' END
       ELSE ip END,
  'iDempiere 11.0.0_2023-12-19 v11.0.0.202312190931' || E'\n' || fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPad; CPU OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'],
    CASE WHEN staff THEN 'ssua' || u ELSE 'ssuap' || s END, CASE WHEN staff THEN u ELSE s END),
  role, cr, CASE WHEN fixture_gen.n('sssrv', s, 2) = 0 THEN 'idempiere-app01' ELSE 'idempiere-app02' END, fixture_gen.uuid('ad_session', s)
FROM gv.ss;

-- The change log: what was changed, from which session, old and new values.
CREATE TABLE ad_changelog (
    ad_changelog_id numeric(10) NOT NULL, ad_session_id numeric(10) NOT NULL, ad_table_id numeric(10) NOT NULL, ad_column_id numeric(10) NOT NULL,
    ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    record_id numeric(10) NOT NULL, oldvalue character varying(2000), newvalue character varying(2000), trxname character varying(60), ad_changelog_uu character varying(36),
    PRIMARY KEY (ad_changelog_id, ad_session_id, ad_table_id, ad_column_id)
);
CREATE TABLE gv.cl AS
SELECT c, ss.s, ss.u, ss.org, ss.cr + make_interval(secs => 30 + fixture_gen.n('clt', c, 3000)) AS t, typ,
  CASE WHEN typ IN (0, 1, 2, 13, 15) THEN (ARRAY[101, 601, 801, 1201])[1 + fixture_gen.n('clpk', c, 4)] + fixture_gen.n('clp', c, 140) ELSE 101 + fixture_gen.n('clp', c, 420) END AS pi,
  1 + fixture_gen.n('clo', c, 680) AS o
FROM (SELECT c, fixture_gen.n('cltyp', c, 17) AS typ, 1 + fixture_gen.n('cls', c, (SELECT count(*)::int FROM gv.ss WHERE staff)) AS srn FROM generate_series(1, 1800) c) x
JOIN gv.ss ss ON ss.staff AND ss.rn = x.srn;
INSERT INTO ad_changelog
SELECT 1000000 + c, 1000000 + s, tbl, col, 1000000, org, 'Y', t, 1000000 + u, t, 1000000 + u, rec, ov, nv,
  'POSave_' || fixture_gen.uuid('cltrx', c), fixture_gen.uuid('ad_changelog', c)
FROM (SELECT cl.*,
  CASE WHEN typ IN (0, 1, 2, 13, 15) THEN 114 WHEN typ IN (3, 4, 5, 14) THEN 291 WHEN typ IN (6, 7) THEN 162 WHEN typ = 8 THEN 298 WHEN typ IN (9, 10) THEN 259
       WHEN typ = 11 THEN 260 WHEN typ = 12 THEN 208 ELSE 293 END AS tbl,
  (ARRAY[5396, 5397, 213, 2902, 2920, 2910, 2901, 2912, 59040, 2171, 2169, 2213, 1035, 419, 2921, 9845, 2960])[typ + 1] AS col,
  CASE WHEN typ IN (0, 1, 2, 13, 15) THEN 1000000 + pi WHEN typ IN (3, 4, 5, 14) THEN 1000000 + pi WHEN typ IN (6, 7) THEN 1001000 + pi
       WHEN typ = 8 THEN (SELECT min(c_bp_bankaccount_id) FROM c_bp_bankaccount) + fixture_gen.n('clba', c, 500) WHEN typ IN (9, 10) THEN 1000000 + o
       WHEN typ = 11 THEN 1000000 + 1 + fixture_gen.n('clol', c, 1900) WHEN typ = 12 THEN 1000000 + 1 + fixture_gen.n('clpr', c, 347) ELSE 1001000 + pi END AS rec,
  CASE typ
    WHEN 0 THEN CASE WHEN fixture_gen.n('clnull', c, 5) = 0 THEN NULL ELSE gv.local(p.first, p.last, 'cloldm', c) || '@' || gv.maildomain(p.rc, 'cloldd', c) END
    WHEN 1 THEN CASE WHEN fixture_gen.n('clnull', c, 5) = 0 THEN NULL ELSE gv.land(p.rc, (SELECT ac FROM gv.city WHERE k = p.city_k), 'cloldph', c) END
    WHEN 2 THEN left(p.first, 1) || '. ' || p.last
    WHEN 3 THEN regexp_replace(bp.name, ' BV$', ' BVBA')
    WHEN 4 THEN fixture_gen.pick(ARRAY['2500', '5000', '7500', '10000'], 'clcl', c)
    WHEN 5 THEN NULL
    WHEN 6 THEN gv.street(bp.rc, 'cloldst', c, fixture_gen.n('clbiz', c, 2) = 0)
    WHEN 7 THEN gv.postal(bc.rc, bc.pclo, bc.pchi, 'cloldpc', c)
    WHEN 8 THEN CASE WHEN fixture_gen.n('clnull', c, 4) = 0 THEN NULL ELSE gv.iban(bp.rc, 'cloldiban', c) END
    WHEN 9 THEN 'DR' WHEN 10 THEN NULL
    WHEN 11 THEN (1 + fixture_gen.n('clq', c, 40))::text
    WHEN 12 THEN (SELECT name FROM gv.prod WHERE pid = 1 + fixture_gen.n('clpr', c, 347))
    WHEN 13 THEN 'true' WHEN 14 THEN (1000003 + fixture_gen.n('clsr', c, 6))::text WHEN 15 THEN NULL
    ELSE gv.land(bc.rc, bc.ac, 'cloldbl', c) END AS ov,
  CASE typ
    WHEN 0 THEN p.email WHEN 1 THEN p.mobile WHEN 2 THEN p.full_name WHEN 3 THEN bp.name
    WHEN 4 THEN fixture_gen.pick(ARRAY['5000', '7500', '10000', '15000', '0'], 'clcl2', c)
    WHEN 5 THEN CASE WHEN bp.rc = 'nl' THEN 'NL' || gv.elf('vat', bp.b) || 'B01' ELSE gv.be_vat('vat', bp.b) END
    WHEN 6 THEN (SELECT address1 FROM gv.loc WHERE l = 1000 + bp.b) WHEN 7 THEN (SELECT postal FROM gv.loc WHERE l = 1000 + bp.b)
    WHEN 8 THEN gv.iban(bp.rc, 'clnewiban', c)
    WHEN 9 THEN 'CO' WHEN 10 THEN gv.fill(gv.t('o_desc', 'clodesc', c), 801 + fixture_gen.n('clodp', c, 220), 9 + fixture_gen.n('clodw', c, 6), (20000 + c)::text)
    WHEN 11 THEN (2 + fixture_gen.n('clq2', c, 60))::text
    WHEN 12 THEN (SELECT name FROM gv.prod WHERE pid = 1 + fixture_gen.n('clpr', c, 347)) || fixture_gen.pick(ARRAY[' (nieuw)', ' – OP=OP', ' 2025', ''], 'clprn', c)
    WHEN 13 THEN 'false' WHEN 14 THEN (1000003 + fixture_gen.n('clsr2', c, 6))::text
    WHEN 15 THEN to_char(p.birth, 'YYYY-MM-DD') || ' 00:00:00'
    ELSE gv.land(bc.rc, bc.ac, 'clnewbl', c) END AS nv
  FROM gv.cl cl JOIN gv.p p ON p.i = cl.pi LEFT JOIN gv.bp bp ON bp.b = CASE WHEN cl.pi BETWEEN 101 AND 520 THEN cl.pi ELSE 101 + cl.pi % 420 END
  LEFT JOIN gv.city bc ON bc.k = bp.city_k) x
WHERE ov IS DISTINCT FROM nv;

-- Notices: request updates and approvals sent to users.
CREATE TABLE ad_note (
    ad_note_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    ad_message_id numeric(10) NOT NULL, ad_user_id numeric(10), ad_table_id numeric(10), record_id numeric(10), reference character varying(60),
    textmsg character varying(2000), ad_note_uu character varying(36)
);
INSERT INTO ad_note
SELECT 1000000 + n, 1000000, org, CASE WHEN t < timestamp '2024-10-01' THEN 'N' ELSE 'Y' END, t, 100, t + make_interval(hours => fixture_gen.n('ntupd', n, 100)), 100,
  msg, 1000000 + rcpt, tbl, rec, left(ref, 60), txt, fixture_gen.uuid('ad_note', n)
FROM (
  SELECT n, rq.org, least(rq.cr + make_interval(mins => 5 + fixture_gen.n('ntt', n, 3000)), timestamp '2024-11-29 18:00:00')::timestamp(0) AS t, 200193 AS msg,
    CASE WHEN rq.org = 1000001 THEN 58 ELSE 37 + n % 2 END AS rcpt, 417 AS tbl, 1000000 + rq.q AS rec,
    'Verzoek ' || (10000 + rq.q)::text || ': ' || coalesce(bp.name, p.full_name) AS ref,
    CASE WHEN n % 2 = 0 THEN gv.fill(gv.t('rq_res', 'ntres', n), rq.up, 37 + n % 2) ELSE gv.fill(gv.t('rq_sum', 'ntsum', n), rq.up) END AS txt
  FROM generate_series(1, 160) n JOIN gv.rq rq ON rq.q = 1 + fixture_gen.n('ntq', n, 450) LEFT JOIN gv.bp bp ON bp.b = rq.b JOIN gv.p p ON p.i = rq.up
  UNION ALL
  SELECT n, o.org, least(o.d + make_interval(mins => 1 + fixture_gen.n('ntt', n, 600)), timestamp '2024-11-29 18:00:00')::timestamp(0), 200212,
    CASE WHEN o.so THEN CASE WHEN o.org = 1000001 THEN 41 ELSE 2 END ELSE 1 END, 259, 1000000 + o.o,
    o.docno || ' ' || bp.name,
    gv.fill(gv.t('wf_msg', 'ntwf', n), o.up, CASE WHEN o.so THEN 35 ELSE 1 END)
  FROM generate_series(161, 250) n JOIN gv.o o ON o.o = 1 + fixture_gen.n('nto', n, 680) JOIN gv.bp bp ON bp.b = o.b) x;

-- Attachments, stored on the file system: binarydata holds the index of files.
CREATE TABLE ad_attachment (
    ad_attachment_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    ad_table_id numeric(10) NOT NULL, record_id numeric(10) NOT NULL, title character varying(60), textmsg character varying(2000), binarydata bytea,
    ad_attachment_uu character varying(36), UNIQUE (ad_table_id, record_id)
);
CREATE TABLE gv.att AS
SELECT DISTINCT ON (tbl, rec) * FROM (
  SELECT a, 53086 AS tbl, 1000000 + st.p AS rec, 1000036 AS by, greatest(bp.created, timestamp '2019-06-17 14:00:00') + make_interval(days => fixture_gen.n('attd', a, 300)) AS t, p.i AS pi,
    ARRAY['CV_' || p.first || '_' || replace(p.last, ' ', '_') || '.pdf', 'arbeidsovereenkomst_' || gv.fold(p.last) || '_' || to_char(st.hire, 'YYYY') || '.pdf',
          CASE WHEN fixture_gen.n('attid', a, 2) = 0 THEN 'kopie_ID_' || gv.fold(p.last) || '.jpg' END,
          CASE WHEN st.j = 9 THEN 'rijbewijs_C_' || gv.fold(p.last) || '.pdf' WHEN p.rc <> 'nl' AND fixture_gen.n('attmed', a, 3) = 0 THEN 'doktersattest_' || gv.fold(p.first) || '_' || to_char(date '2023-01-01' + fixture_gen.n('attmd', a, 600), 'YYYYMMDD') || '.pdf'
               WHEN p.rc = 'nl' AND fixture_gen.n('attmed', a, 3) = 0 THEN 'VOG_' || gv.fold(p.first) || gv.fold(p.last) || '.pdf' END] AS files
  FROM generate_series(1, 45) a JOIN gv.staff st ON st.p = 1 + fixture_gen.n('attp', a, 60) JOIN gv.p p ON p.i = st.p JOIN gv.bp bp ON bp.b = st.p
  UNION ALL
  SELECT a, 291, 1000000 + bp.b, 1000009 + fixture_gen.n('attby', a, 6), bp.created + make_interval(days => fixture_gen.n('attd', a, 200)), bp.b,
    CASE WHEN bp.kind = 'pr' THEN ARRAY['kopie_ID_' || gv.fold(p.last) || '.pdf', 'huurcontract_aanhanger_' || to_char(bp.created, 'YYYYMMDD') || '.pdf']
         WHEN bp.rc = 'nl' THEN ARRAY['KvK_uittreksel_' || gv.slug(bp.name) || '.pdf', CASE WHEN a % 2 = 0 THEN 'SEPA_machtiging_' || bp.value || '_getekend.pdf' END, 'leveringsvoorwaarden_getekend.pdf']
         ELSE ARRAY['KBO_uittreksel_' || gv.slug(bp.name) || '.pdf', CASE WHEN a % 2 = 0 THEN 'SEPA_mandaat_' || bp.value || '.pdf' END] END
  FROM generate_series(46, 90) a JOIN gv.bp bp ON bp.b = CASE WHEN a % 5 = 0 THEN 801 + fixture_gen.n('attb', a, 220) ELSE 101 + fixture_gen.n('attb', a, 420) END LEFT JOIN gv.p p ON p.i = bp.b
  UNION ALL
  SELECT a, 259, 1000000 + o.o, o.crby, o.d + make_interval(mins => 10 + fixture_gen.n('attd', a, 2000)), o.up,
    ARRAY[fixture_gen.pick(ARRAY['tekening_tuin_' || gv.fold(p.last) || '.pdf', 'situatieschets.jpg', 'offerte_v2.pdf', 'WhatsApp Image ' || to_char(o.d, 'YYYY-MM-DD') || ' at ' || to_char(o.d, 'HH24.MI.SS') || '.jpeg',
          'IMG_' || to_char(o.d, 'YYYYMMDD_HH24MISS') || '.jpg', 'bestellijst_' || gv.fold(p.last) || '.xlsx'], 'attf', a)]
  FROM generate_series(91, 145) a JOIN gv.o o ON o.o = 1 + fixture_gen.n('atto', a, 680) JOIN gv.p p ON p.i = o.up
  UNION ALL
  SELECT a, 417, 1000000 + rq.q, CASE WHEN rq.org = 1000001 THEN 1000058 ELSE 1000037 END, rq.cr + make_interval(mins => 5 + fixture_gen.n('attd', a, 600)), rq.up,
    ARRAY['IMG_' || to_char(rq.cr, 'YYYYMMDD_HH24MISS') || '.jpg', CASE WHEN a % 3 = 0 THEN 'foto_schade_2.jpg' END, CASE WHEN a % 4 = 0 THEN 'retourlabel_' || (10000 + rq.q)::text || '.pdf' END]
  FROM generate_series(146, 180) a JOIN gv.rq rq ON rq.q = 1 + fixture_gen.n('attq', a, 450)
  UNION ALL
  SELECT a, 319, 1000000 + io.o, 1000018 + fixture_gen.n('attby', a, 8), io.md + interval '15 hours', io.up,
    ARRAY['pakbon_getekend_' || io.docno || '.pdf', CASE WHEN NOT io.so THEN 'CMR_' || io.docno || '.pdf' END]
  FROM generate_series(181, 200) a JOIN gv.io io ON io.o = (SELECT o FROM gv.io ORDER BY o OFFSET fixture_gen.n('attio', a, 600) LIMIT 1)) x
ORDER BY tbl, rec, a;
INSERT INTO ad_attachment
SELECT 1000000 + row_number() OVER (ORDER BY a), 1000000, 0, 'Y', least(t, timestamp '2024-11-29 16:00:00')::timestamp(0), by, least(t, timestamp '2024-11-29 16:00:00')::timestamp(0), by,
  tbl, rec, 'zip',
  CASE WHEN fixture_gen.n('attmsg', a, 10) < 4 THEN gv.fill(CASE tbl WHEN 53086 THEN 'Arbeidsovereenkomst + addendum' WHEN 291 THEN CASE WHEN pi BETWEEN 801 AND 1020 THEN 'Kopie ID gecontroleerd bij verhuur aanhanger – {N}' ELSE 'Getekende leveringsvoorwaarden' END
         WHEN 259 THEN 'Situatieschets tuin' WHEN 417 THEN 'Foto''s schade' ELSE 'Pakbon getekend door {N}' END, pi) END,
  convert_to('<?xml version="1.0" encoding="UTF-8" standalone="no"?><attachments>' ||
    (SELECT string_agg('<entry file="%ATTACHMENT_FOLDER%1000000/' || tbl || '/' || rec || '/' || f || '" name="' || f || '"/>', '' ORDER BY k) FROM unnest(files) WITH ORDINALITY u(f, k) WHERE f IS NOT NULL)
    || '</attachments>', 'UTF8'),
  fixture_gen.uuid('ad_attachment', a)
FROM gv.att;

-- Workflow activities: approvals of orders over the credit limit and large purchase orders.
CREATE TABLE ad_wf_activity (
    ad_wf_activity_id numeric(10) NOT NULL PRIMARY KEY, ad_client_id numeric(10) NOT NULL, ad_org_id numeric(10) NOT NULL, isactive character(1) NOT NULL DEFAULT 'Y',
    created timestamp without time zone NOT NULL, createdby numeric(10) NOT NULL, updated timestamp without time zone NOT NULL, updatedby numeric(10) NOT NULL,
    ad_wf_process_id numeric(10) NOT NULL, ad_wf_node_id numeric(10) NOT NULL, ad_user_id numeric(10), wfstate character(2) NOT NULL,
    ad_table_id numeric(10) NOT NULL, record_id numeric(10) NOT NULL, textmsg character varying(2000), ad_wf_activity_uu character varying(36)
);
INSERT INTO ad_wf_activity
SELECT 1000000 + w, 1000000, o.org, 'Y', o.d + make_interval(secs => 40 + w % 50), o.crby,
  least(o.d + make_interval(mins => 5 + fixture_gen.n('wfupd', w, 2000)), timestamp '2024-11-29 17:45:00'),
  CASE WHEN a.wst = 'OS' THEN o.crby ELSE 1000000 + a.appr END,
  1000000 + w, CASE WHEN o.so THEN 1000120 + fixture_gen.n('wfnode', w, 3) ELSE 1000130 + fixture_gen.n('wfnode', w, 2) END, 1000000 + a.appr, a.wst, 259, 1000000 + o.o,
  CASE WHEN fixture_gen.n('wfmsg', w, 20) < 11 THEN gv.fill(gv.t('wf_msg', 'wfmsgt', w), o.up, a.appr) END,
  fixture_gen.uuid('ad_wf_activity', w)
FROM (SELECT w, 1 + fixture_gen.n('wfo', w, 680) AS oo FROM generate_series(1, 400) w) x JOIN gv.o o ON o.o = x.oo
CROSS JOIN LATERAL (SELECT CASE WHEN NOT o.so THEN CASE WHEN o.total > 5000 THEN 1 ELSE 15 END WHEN o.org = 1000001 THEN 41 WHEN fixture_gen.n('wfap', w, 3) = 0 THEN 35 ELSE 2 END AS appr,
  CASE WHEN o.st IN ('DR', 'IP') THEN 'OS' WHEN o.st = 'VO' THEN 'CA' ELSE fixture_gen.pick(ARRAY['CC', 'CC', 'CC', 'CC', 'CC', 'CC', 'CC', 'CC', 'CC', 'CA', 'OA'], 'wfst', w) END AS wst) a;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

DROP SCHEMA gv CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
