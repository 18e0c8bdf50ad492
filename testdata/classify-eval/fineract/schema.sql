-- classify-eval fixture (HOLDOUT 56: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Apache Fineract 1.9 tenant database (the Mifos X core banking platform)
-- on PostgreSQL, in the naming its Liquibase changelogs create: m_ tables
-- for the portfolio, r_enum_value, c_configuration and
-- c_external_service_properties, acc_ accounting tables, twofactor_ tokens,
-- sms_messages_outbound, x_registered_table, and three datatables the
-- deployment added (dt_client_kyc, dt_loan_appraisal, dt_mpesa_c2b); bigint
-- identity keys, smallint and integer enums, decimal(19,6) amounts, dates
-- and timestamps without time zone, the command JSON kept as text. A subset
-- of its tables and, in the wide ones (m_client, m_loan, m_product_loan,
-- m_savings_account, acc_gl_journal_entry), of their columns. Left out:
-- shares, fixed and recurring deposits, savings products, tellers and
-- cashiers, loan charges and collateral, reports and the stretchy report
-- tables, permissions and the user-role link, scheduler jobs, accounting
-- rules and product mappings, holidays, meetings and attendance, hooks,
-- interoperation, credit bureaus, business events and the close-of-business
-- tables. The deployment (invented): Tujenge Pamoja Microfinance Ltd, a
-- deposit-taking MFI with a head office in Nairobi, six Kenyan branches
-- (Gikomba and Kariobangi in Nairobi, Nakuru, Eldoret, Kisumu, Machakos) and
-- a Ugandan subsidiary with four (Owino market in Kampala, Jinja, Mbale,
-- Masaka), lending to market traders, boda boda riders and farmer groups
-- (group and joint-liability loans on weekly meetings, individual business,
-- input, asset and school-fees loans) in KES and UGX, funded by its own
-- capital and lenders' credit lines. The data: staff and back-office users
-- (SHA-256 password hashes, previous hashes, two-factor access tokens);
-- 1,200 clients (Kenyan and Ugandan names, national ids and NINs entered as
-- the external id, M-Pesa and MTN numbers, a few emails, dates of birth,
-- gender, incorporation numbers of traders' businesses), groups and centres
-- with their registration numbers, addresses with P.O. boxes, landmarks and
-- GPS points, family members, identity documents (national id, KRA PIN,
-- URA TIN, passport), uploaded document and photo paths named after the
-- clients, loan officers' notes; loans, schedules and transactions with
-- payment details (payers' M-Pesa numbers, bank accounts, receipt codes),
-- savings accounts and transactions, guarantors (clients and outsiders with
-- names, phones and addresses), meeting calendars with typed venues, the
-- maker-checker command audit (since July 2023, older rows archived) whose
-- JSON bodies hold the clients' names, ids, phones and addresses as typed,
-- journal entries with accountants' descriptions, SMS reminders naming
-- clients, the external-service store with the S3 keys, the SMTP password
-- and the SMS-gateway and FCM keys, and the datatables: KYC (tax pins,
-- next of kin, income, disability), appraisals (business GPS, income,
-- collateral and comments) and M-Pesa C2B confirmations (payers' names and
-- MSISDNs, masked by Safaricom in 2022 and hashed since 2023, and the
-- account reference they typed). Catalogue tables (codes, products,
-- charges, payment types, funds, GL accounts, enums, configuration) hold
-- nothing personal. Could not check (written from memory, no access to the
-- changelogs): the exact column lists of 1.9 (which tables carry the new
-- created_on_utc audit columns and which the old createdby_id and
-- created_date, whether m_address keeps usernames in created_by), the
-- password encoder (taken as SHA-256 salted with the user id, hex), the
-- enum values of some statuses and the property names of the external
-- services.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA fgen;

-- at: a timestamp between two instants; day: a date in [lo, hi).
CREATE FUNCTION fgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;
CREATE FUNCTION fgen.day(tag text, i bigint, lo date, hi date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo)) $$;

CREATE FUNCTION fgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(lower(s), '[^a-z0-9]+', '', 'g') $$;

-- Given names: Christian first names, then the ethnic names Kenyans carry
-- as a middle name and Ugandans as a surname.
CREATE FUNCTION fgen.first(c text, sex text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c = 'ke' AND sex = 'F' THEN fixture_gen.pick(ARRAY['Grace', 'Mary', 'Faith', 'Esther', 'Jane', 'Lucy', 'Mercy', 'Beatrice', 'Joyce', 'Ann',
                'Caroline', 'Irene', 'Purity', 'Winnie', 'Catherine', 'Nancy', 'Rose', 'Eunice', 'Dorcas', 'Susan', 'Lilian', 'Janet', 'Phyllis', 'Everlyne'], tag, i)
              WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['Peter', 'John', 'Joseph', 'David', 'Samuel', 'James', 'Daniel', 'Moses', 'Kennedy', 'Brian', 'Dennis',
                'Stephen', 'Paul', 'George', 'Francis', 'Patrick', 'Evans', 'Collins', 'Julius', 'Wilson', 'Geoffrey', 'Erick'], tag, i)
              WHEN sex = 'F' THEN fixture_gen.pick(ARRAY['Sarah', 'Prossy', 'Harriet', 'Juliet', 'Florence', 'Betty', 'Annet', 'Agnes', 'Rose', 'Doreen', 'Esther',
                'Brenda', 'Sylvia', 'Justine', 'Robinah', 'Immaculate', 'Scovia', 'Winnie'], tag, i)
              ELSE fixture_gen.pick(ARRAY['Moses', 'Ronald', 'Isaac', 'Godfrey', 'Henry', 'Robert', 'Charles', 'Emmanuel', 'Denis', 'Fred', 'Patrick', 'Geoffrey',
                'Richard', 'Simon', 'Ivan', 'Joseph', 'Brian', 'Hakim'], tag, i) END
$$;
CREATE FUNCTION fgen.ethnic(c text, sex text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c = 'ke' AND sex = 'F' THEN fixture_gen.pick(ARRAY['Wanjiru', 'Njeri', 'Wambui', 'Wanjiku', 'Nyambura', 'Akinyi', 'Achieng', 'Atieno', 'Adhiambo',
                'Awino', 'Nafula', 'Nasimiyu', 'Chebet', 'Jepkosgei', 'Chepkoech', 'Mwikali', 'Mueni', 'Kemunto', 'Moraa', 'Wairimu', 'Nekesa', 'Ndinda'], tag, i)
              WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['Kamau', 'Njoroge', 'Mwangi', 'Otieno', 'Ochieng', 'Odhiambo', 'Wafula', 'Kiprono', 'Kipchumba', 'Mutua',
                'Musyoka', 'Onyango', 'Kariuki', 'Githinji', 'Barasa', 'Kiptoo', 'Muthomi', 'Nyaga', 'Omondi', 'Kimani', 'Wekesa', 'Kibet'], tag, i)
              WHEN sex = 'F' THEN fixture_gen.pick(ARRAY['Nakato', 'Babirye', 'Namubiru', 'Nansubuga', 'Nalwoga', 'Namukasa', 'Akello', 'Auma', 'Apio', 'Nabirye',
                'Kisakye', 'Nambi', 'Nakimuli', 'Atim', 'Kyomuhendo', 'Nakabugo', 'Namatovu', 'Kansiime'], tag, i)
              ELSE fixture_gen.pick(ARRAY['Kato', 'Ssemanda', 'Mugisha', 'Tumusiime', 'Okello', 'Opio', 'Ssempijja', 'Mukasa', 'Kyeyune', 'Okot', 'Ocen',
                'Byaruhanga', 'Tumwine', 'Wasswa', 'Lubega', 'Waiswa', 'Mwesigwa', 'Kiggundu'], tag, i) END
$$;
CREATE FUNCTION fgen.surname(c text, sex text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['Kamau', 'Njoroge', 'Mwangi', 'Otieno', 'Ochieng', 'Odhiambo', 'Wanyama', 'Wafula', 'Kiprono',
                'Kipchumba', 'Mutua', 'Musyoka', 'Onyango', 'Kariuki', 'Githinji', 'Ndung''u', 'Owino', 'Were', 'Rotich', 'Kilonzo', 'Maina', 'Macharia', 'Chege',
                'Oduor', 'Simiyu', 'Koech', 'Langat', 'Mutiso', 'Nzioka', 'Wambua', 'Korir', 'Ouma'], tag, i)
              ELSE fgen.ethnic(c, sex, tag, i) END
$$;

-- msisdn: a Safaricom/Airtel number (254...) or an MTN/Airtel Uganda one
-- (256...); local: how people type it.
CREATE FUNCTION fgen.msisdn(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c = 'ke' THEN '254' || fixture_gen.pick(ARRAY['70', '71', '72', '79', '74', '11', '10', '75', '76', '73'], tag, i) || fixture_gen.digits(tag || 'm', i, 7)
              ELSE '256' || fixture_gen.pick(ARRAY['77', '78', '70', '75', '76', '74', '77', '78'], tag, i) || fixture_gen.digits(tag || 'm', i, 7) END
$$;
CREATE FUNCTION fgen.local(m text, style int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE style WHEN 0 THEN '0' || substr(m, 4) WHEN 1 THEN '+' || m WHEN 2 THEN '0' || substr(m, 4, 3) || ' ' || substr(m, 7)
                    WHEN 3 THEN '+' || substr(m, 1, 3) || ' ' || substr(m, 4, 3) || ' ' || substr(m, 7) ELSE m END
$$;

-- Identity numbers: Kenyan national id (7-8 digits), KRA PIN, Ugandan NIN,
-- URA TIN, passports, business registration numbers.
CREATE FUNCTION fgen.ke_id(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'l', i, 8) = 0 THEN (5 + fixture_gen.n(tag || 'h', i, 5))::text || fixture_gen.digits(tag, i, 6)
              ELSE (1 + fixture_gen.n(tag || 'h', i, 3))::text || fixture_gen.digits(tag, i, 7) END
$$;
CREATE FUNCTION fgen.kra_pin(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'A' || fixture_gen.digits(tag, i, 9) || fixture_gen.chars(tag || 'k', i, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ') $$;
CREATE FUNCTION fgen.ug_nin(sex text, dob date, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'C' || sex || to_char(coalesce(dob, date '1980-01-01'), 'YY') || fixture_gen.digits(tag, i, 6) || fixture_gen.chars(tag || 'n', i, 4, 'ABCDEFGHJKLMNPRTUVWXYZ')
$$;
CREATE FUNCTION fgen.ug_tin(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '10' || fixture_gen.digits(tag, i, 8) $$;
CREATE FUNCTION fgen.passport(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['AK', 'BK', 'AK'], tag, i) || fixture_gen.digits(tag, i, 7) ELSE fixture_gen.pick(ARRAY['B', 'A'], tag, i) || fixture_gen.digits(tag, i, 7) END
$$;
CREATE FUNCTION fgen.regno(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c = 'ke' AND fixture_gen.n(tag, i, 2) = 0 THEN 'PVT-' || fixture_gen.chars(tag, i, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
              WHEN c = 'ke' THEN 'BN-' || fixture_gen.chars(tag, i, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
              ELSE '8002' || fixture_gen.digits(tag, i, 10) END
$$;

-- mpesa_code: an M-Pesa receipt code, its first letter the year.
CREATE FUNCTION fgen.mpesa_code(d date, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr('LMNOPQRSTU', greatest(1, least(10, extract(year FROM d)::int - 2016)), 1) || fixture_gen.chars(tag, i, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
$$;

-- Offices: country, town, county code value, postal code, centre point,
-- main market, neighbourhoods and roads.
CREATE TABLE fgen.of (off int PRIMARY KEY, c text, opened date, town text, county_cv int, county text, postal text, lat numeric, lng numeric, market text, areas text[], roads text[], cur text);
INSERT INTO fgen.of VALUES
 (4, 'ke', '2016-02-01', 'Nairobi', 62, 'Nairobi', '00100', -1.2795, 36.8380, 'Gikomba Market', ARRAY['Gikomba', 'Kamukunji', 'Majengo', 'Shauri Moyo', 'Eastleigh', 'Pumwani'],
   ARRAY['Jogoo Road', 'Landhies Road', 'Kombo Munyiri Road', 'Racecourse Road'], 'KES'),
 (5, 'ke', '2016-09-05', 'Nairobi', 62, 'Nairobi', '00618', -1.2470, 36.8820, 'Kariobangi Market', ARRAY['Kariobangi North', 'Kariobangi South', 'Korogocho', 'Dandora Phase 2', 'Huruma', 'Mathare North'],
   ARRAY['Outer Ring Road', 'Kamunde Road', 'Kariobangi Road', 'Komarock Road'], 'KES'),
 (6, 'ke', '2017-03-01', 'Nakuru', 63, 'Nakuru', '20100', -0.3031, 36.0800, 'Wakulima Market', ARRAY['Kaptembwo', 'Rhonda', 'Bondeni', 'Lanet', 'Free Area', 'Shabab'],
   ARRAY['Kenyatta Avenue', 'Oginga Odinga Road', 'Gusii Road', 'Kanu Street'], 'KES'),
 (7, 'ke', '2017-08-14', 'Eldoret', 64, 'Uasin Gishu', '30100', 0.5143, 35.2698, 'Eldoret Municipal Market', ARRAY['Langas', 'Huruma', 'Kapsoya', 'Pioneer', 'Munyaka', 'Kimumu'],
   ARRAY['Uganda Road', 'Oloo Street', 'Nandi Road', 'Kisumu-Eldoret Road'], 'KES'),
 (8, 'ke', '2018-01-08', 'Kisumu', 65, 'Kisumu', '40100', -0.0917, 34.7680, 'Kibuye Market', ARRAY['Manyatta', 'Nyalenda', 'Kondele', 'Obunga', 'Nyamasaria', 'Kanyakwar'],
   ARRAY['Jomo Kenyatta Highway', 'Nairobi Road', 'Obote Road', 'Kakamega Road'], 'KES'),
 (9, 'ke', '2019-04-01', 'Machakos', 66, 'Machakos', '90100', -1.5177, 37.2634, 'Machakos Open Air Market', ARRAY['Mjini', 'Mumbuni', 'Katoloni', 'Muvuti', 'Kiandani', 'Eastleigh'],
   ARRAY['Mumbuni Road', 'Syokimau Road', 'Kitui Road', 'Ngei Road'], 'KES'),
 (10, 'ug', '2018-07-02', 'Kampala', 68, 'Kampala', NULL, 0.3136, 32.5750, 'St. Balikuddembe (Owino) Market', ARRAY['Kisenyi', 'Katwe', 'Nakulabye', 'Bwaise', 'Kawempe', 'Mengo'],
   ARRAY['Kafumbe Mukasa Road', 'Namirembe Road', 'Entebbe Road', 'Kiseka Market Lane'], 'UGX'),
 (11, 'ug', '2019-02-04', 'Jinja', 70, 'Jinja', NULL, 0.4244, 33.2041, 'Jinja Central Market', ARRAY['Walukuba', 'Mpumudde', 'Masese', 'Bugembe', 'Kimaka', 'Mafubira'],
   ARRAY['Main Street', 'Iganga Road', 'Nile Avenue', 'Clive Road'], 'UGX'),
 (12, 'ug', '2020-01-13', 'Mbale', 71, 'Mbale', NULL, 1.0784, 34.1810, 'Mbale Central Market', ARRAY['Namakwekwe', 'Nkoma', 'Industrial Division', 'Namatala', 'Bugema', 'Wanale'],
   ARRAY['Republic Street', 'Pallisa Road', 'Naboa Road', 'Cathedral Avenue'], 'UGX'),
 (13, 'ug', '2021-06-01', 'Masaka', 72, 'Masaka', NULL, -0.3411, 31.7341, 'Masaka Central Market', ARRAY['Nyendo', 'Kimaanya', 'Kijjabwemi', 'Katwe-Butego', 'Mukungwe', 'Ssenyange'],
   ARRAY['Elgin Street', 'Edward Avenue', 'Kampala Road', 'Hobart Street'], 'UGX');

-- Staff: 1-40 in the ten branches (a branch manager and three loan
-- officers each), 41-48 at the head office.
CREATE TABLE fgen.st AS
SELECT z.*, fgen.first(z.c, z.sex, 'sfn', z.s) AS fn, fgen.surname(z.c, z.sex, 'sln', z.s) AS ln
FROM (SELECT s, CASE WHEN s <= 40 THEN 4 + (s - 1) / 4 ELSE 1 END AS off, CASE WHEN s <= 40 AND 4 + (s - 1) / 4 >= 10 THEN 'ug' ELSE 'ke' END AS c,
             CASE WHEN fixture_gen.n('ssex', s, 2) = 0 THEN 'F' ELSE 'M' END AS sex
      FROM generate_series(1, 48) s) z;
ALTER TABLE fgen.st ADD login text;
UPDATE fgen.st t SET login = x.l || CASE WHEN x.rn > 1 THEN x.rn::text ELSE '' END
FROM (SELECT s, l, row_number() OVER (PARTITION BY l ORDER BY s) AS rn FROM (SELECT s, lower(substr(fn, 1, 1)) || fgen.fold(ln) AS l FROM fgen.st) y) x WHERE x.s = t.s;

-- Clients: drawn per branch, then numbered in the order they were
-- submitted (the legacy system's clients were migrated in that order).
CREATE TABLE fgen.cl AS
SELECT row_number() OVER (ORDER BY z.sub, z.k)::int AS i, z.* FROM (
  SELECT k, o.off, o.c, o.opened, o.town, o.market, k % 24 = 7 AS ent,
         CASE WHEN fixture_gen.n('csex', k, 100) < 68 THEN 'F' ELSE 'M' END AS sex,
         o.opened + ((date '2024-09-20' - o.opened) * sqrt(fixture_gen.n('csub', k, 10000) / 10000.0))::int AS sub,
         o.areas[1 + fixture_gen.n('car', k, 6)] AS area
  FROM generate_series(1, 1200) k JOIN fgen.of o ON o.off = 4 + fixture_gen.n('coff', k, 10)) z;
ALTER TABLE fgen.cl ADD fn text, ADD mn text, ADD ln text, ADD biz text, ADD dob date, ADD msisdn text, ADD mobile text, ADD email text, ADD natid text,
  ADD status int, ADD act date, ADD closed date, ADD staff int, ADD ctype int, ADD grp int, ADD sid int, ADD img int, ADD kra text, ADD tin text;
UPDATE fgen.cl SET
  fn = CASE WHEN NOT ent THEN fgen.first(c, sex, 'cfn', k) END,
  mn = CASE WHEN ent THEN NULL WHEN c = 'ke' AND k % 9 <> 4 THEN fgen.ethnic(c, sex, 'cmn', k) WHEN c = 'ug' AND k % 5 = 0 THEN fgen.ethnic(c, sex, 'cmn', k) END,
  ln = CASE WHEN NOT ent THEN fgen.surname(c, sex, 'cln', k) END,
  dob = CASE WHEN ent THEN date '2004-01-01' + fixture_gen.n('cinc', k, 365 * 16) WHEN k % 33 = 5 THEN NULL ELSE date '1958-01-01' + fixture_gen.n('cdob', k, 365 * 44) END,
  msisdn = fgen.msisdn(c, 'cmob', k),
  status = CASE WHEN sub > date '2024-09-05' AND k % 2 = 0 THEN 100 WHEN i % 53 = 11 THEN 700 WHEN i % 61 = 17 THEN 800
                WHEN fixture_gen.n('cst', k, 100) < 11 AND sub < date '2023-06-01' THEN 600 ELSE 300 END,
  staff = (off - 4) * 4 + 2 + fixture_gen.n('cstf', k, 3),
  ctype = CASE WHEN ent THEN 48 ELSE (ARRAY[45, 45, 45, 45, 45, 46, 46, 46, 47, 45])[1 + fixture_gen.n('cty', k, 10)] END,
  grp = CASE WHEN NOT ent AND fixture_gen.n('cgm', k, 10) < 7 THEN 25 + (off - 4) + 10 * fixture_gen.n('cgrp', k, 9) END;
UPDATE fgen.cl SET
  biz = CASE WHEN ent THEN CASE fixture_gen.n('cbz', k, 3)
      WHEN 0 THEN fgen.surname(c, 'M', 'cbzn', k) || ' ' || fixture_gen.pick(ARRAY['General Stores', 'Hardware', 'Agrovet', 'Enterprises', '& Sons Ltd', 'Traders', 'Wholesalers'], 'cbzt', k)
      WHEN 1 THEN CASE WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['Nyota', 'Baraka', 'Neema', 'Fanaka', 'Twaweza', 'Tumaini', 'Mwangaza', 'Jirani'], 'cbzp', k)
                       ELSE fixture_gen.pick(ARRAY['Tweyambe', 'Kwagalana', 'Nsonga', 'Tusubira', 'Gwokya', 'Essuubi'], 'cbzp', k) END
                  || ' ' || fixture_gen.pick(ARRAY['Agrovet Ltd', 'Mitumba Traders', 'Poultry Farm', 'Cereals Store', 'Hardware & Paints', 'Fresh Produce Ltd', 'Salon & Cosmetics'], 'cbzt', k)
      ELSE town || ' ' || fixture_gen.pick(ARRAY['Fish Mongers Self Help Group', 'Boda Boda Operators SACCO', 'Dairy Farmers Cooperative', 'Tailors Association',
                 'Mama Mboga Traders', 'Shoe Dealers Association', 'Coffee Growers Cooperative'], 'cbzt', k) END END,
  mobile = CASE WHEN k % 20 = 13 THEN NULL WHEN c = 'ke' THEN fgen.local(msisdn, (ARRAY[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 4, 4, 0, 0, 0, 0, 1])[1 + fixture_gen.n('cps', k, 20)])
                ELSE fgen.local(msisdn, (ARRAY[0, 0, 0, 0, 0, 3, 3, 3, 1, 1])[1 + fixture_gen.n('cps', k, 10)]) END,
  natid = CASE WHEN ent THEN fgen.regno(c, 'creg', k) WHEN c = 'ke' THEN fgen.ke_id('cnid', k) ELSE fgen.ug_nin(sex, dob, 'cnin', k) END,
  act = CASE WHEN status IN (300, 600) THEN sub + fixture_gen.n('cact', k, 8) END,
  kra = CASE WHEN c = 'ke' AND (ent OR fixture_gen.n('ckra', k, 10) < 4) THEN fgen.kra_pin('ckra', k) END,
  tin = CASE WHEN c = 'ug' AND (ent OR fixture_gen.n('ctin', k, 10) < 3) THEN fgen.ug_tin('ctin', k) END;
UPDATE fgen.cl SET
  email = CASE WHEN ent AND k % 5 < 3 THEN fgen.fold(split_part(biz, ' ', 1)) || fgen.fold(split_part(biz, ' ', 2)) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'gmail.com'], 'ced', k)
               WHEN NOT ent AND fixture_gen.n('cem', k, 10) = 0 THEN
                 CASE fixture_gen.n('cef', k, 4) WHEN 0 THEN fgen.fold(fn) || '.' || fgen.fold(ln) WHEN 1 THEN fgen.fold(fn) || fgen.fold(ln) || (k % 97)::text
                      WHEN 2 THEN fgen.fold(coalesce(mn, fn)) || '_' || fgen.fold(ln) ELSE substr(fgen.fold(fn), 1, 1) || fgen.fold(ln) || (1970 + k % 30)::text END
                 || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.co.uk', 'hotmail.com', 'outlook.com'], 'ced', k) END,
  closed = CASE WHEN status = 600 THEN fgen.day('ccl', k, act + 200, date '2024-09-25') END;
UPDATE fgen.cl c SET sid = x.sid FROM (SELECT i, row_number() OVER (ORDER BY act, i)::int AS sid FROM fgen.cl WHERE status IN (300, 600)) x WHERE x.i = c.i;
UPDATE fgen.cl c SET img = x.img FROM (SELECT i, row_number() OVER (ORDER BY i)::int AS img FROM fgen.cl WHERE status IN (300, 600) AND NOT ent AND k % 5 <> 4) x WHERE x.i = c.i;

-- ---------------------------------------------------------------------------
-- Organisation: offices, staff, users, roles, codes.

CREATE TABLE m_office (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    parent_id bigint,
    hierarchy varchar(100),
    external_id varchar(100),
    name varchar(50) NOT NULL,
    opening_date date NOT NULL
);
INSERT INTO m_office (id, parent_id, hierarchy, external_id, name, opening_date) VALUES
 (1, NULL, '.', NULL, 'Head Office', '2016-01-04'),
 (2, 1, '.2.', 'KE', 'Kenya Region', '2016-01-04'),
 (3, 1, '.3.', 'UG', 'Uganda Region (Tujenge Pamoja MF (U) Ltd)', '2018-07-02');
INSERT INTO m_office (id, parent_id, hierarchy, external_id, name, opening_date)
SELECT off, CASE WHEN c = 'ke' THEN 2 ELSE 3 END, '.' || CASE WHEN c = 'ke' THEN 2 ELSE 3 END || '.' || off || '.',
       upper(c) || '-' || (ARRAY['NBI', 'NBI', 'NKR', 'ELD', 'KSM', 'MKS', 'KLA', 'JJA', 'MBL', 'MSK'])[off - 3] || '-0' || (CASE WHEN off = 5 THEN 2 ELSE 1 END),
       CASE off WHEN 4 THEN 'Nairobi - Gikomba' WHEN 5 THEN 'Nairobi - Kariobangi' WHEN 10 THEN 'Kampala - Owino' ELSE town END, opened
FROM fgen.of ORDER BY off;

CREATE TABLE m_staff (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    is_loan_officer boolean NOT NULL DEFAULT false,
    office_id bigint,
    firstname varchar(50),
    lastname varchar(50),
    display_name varchar(102) NOT NULL,
    mobile_no varchar(50),
    external_id varchar(100),
    organisational_role_enum smallint,
    organisational_role_parent_staff_id bigint,
    is_active boolean NOT NULL DEFAULT true,
    joining_date date,
    image_id bigint,
    email_address varchar(50)
);
INSERT INTO m_staff (id, is_loan_officer, office_id, firstname, lastname, display_name, mobile_no, external_id, organisational_role_enum, organisational_role_parent_staff_id,
                     is_active, joining_date, image_id, email_address)
SELECT s, s <= 40 AND (s - 1) % 4 <> 0, off, fn, ln, ln || ', ' || fn,
       CASE WHEN s % 11 = 6 THEN NULL ELSE fgen.local(fgen.msisdn(c, 'smob', s), CASE WHEN c = 'ke' THEN s % 3 ELSE 0 END) END,
       'TPM/' || upper(c) || '/' || lpad((s * 7 + 11)::text, 4, '0'),
       CASE WHEN s <= 40 AND (s - 1) % 4 = 0 THEN 100 END,
       CASE WHEN s <= 40 AND (s - 1) % 4 <> 0 THEN s - (s - 1) % 4 END,
       s NOT IN (7, 23, 38, 46),
       greatest(CASE WHEN off = 1 THEN date '2016-01-04' ELSE (SELECT opened FROM fgen.of o WHERE o.off = st.off) END - 30, date '2015-11-02') + fixture_gen.n('sjoin', s, 900),
       CASE WHEN s % 3 = 0 THEN 2000 + s END,
       fgen.fold(fn) || '.' || fgen.fold(ln) || '@' || CASE WHEN c = 'ug' THEN 'ug.' ELSE '' END || 'tujengepamoja.example'
FROM fgen.st st ORDER BY s;

CREATE TABLE m_appuser (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    is_deleted boolean NOT NULL DEFAULT false,
    office_id bigint,
    staff_id bigint,
    username varchar(100) NOT NULL,
    firstname varchar(100) NOT NULL,
    lastname varchar(100) NOT NULL,
    password varchar(255) NOT NULL,
    email varchar(100) NOT NULL,
    firsttime_login_remaining boolean NOT NULL,
    nonexpired boolean NOT NULL,
    nonlocked boolean NOT NULL,
    nonexpired_credentials boolean NOT NULL,
    enabled boolean NOT NULL,
    last_time_password_updated date,
    password_never_expires boolean NOT NULL DEFAULT false,
    is_self_service_user boolean NOT NULL DEFAULT false,
    cannot_change_password boolean,
    created_by bigint,
    created_on_utc timestamp,
    last_modified_by bigint,
    last_modified_on_utc timestamp
);
INSERT INTO m_appuser (id, is_deleted, office_id, staff_id, username, firstname, lastname, password, email, firsttime_login_remaining, nonexpired, nonlocked,
                       nonexpired_credentials, enabled, last_time_password_updated, password_never_expires, is_self_service_user, cannot_change_password,
                       created_by, created_on_utc, last_modified_by, last_modified_on_utc)
SELECT 1, false, 1, NULL, 'mifos', 'App', 'Administrator', fixture_gen.hexn('apw', 1, 64), 'ict@tujengepamoja.example', false, true, true, true, true, date '2024-07-01', false, false, false,
       NULL, timestamp '2019-05-20 08:00:00', 1, timestamp '2024-07-01 09:12:40'
UNION ALL
SELECT s.s + 1, s.s IN (7, 23, 38, 46), s.off, s.s, CASE WHEN s.s IN (7, 23, 38, 46) THEN (s.s + 1) || '_DELETED_' || s.login ELSE s.login END, s.fn, s.ln,
       fixture_gen.hexn('apw', s.s + 1, 64), fgen.fold(s.fn) || '.' || fgen.fold(s.ln) || '@' || CASE WHEN s.c = 'ug' THEN 'ug.' ELSE '' END || 'tujengepamoja.example',
       s.s = 44, true, s.s NOT IN (19, 31), true, s.s NOT IN (7, 23, 38, 46), date '2024-01-01' + fixture_gen.n('apwd', s.s, 270), false, false, false,
       1, fgen.at('apcr', s.s, '2019-05-21', '2024-06-01'), 1, fgen.at('apmd', s.s, '2024-06-01', '2024-09-28')
FROM fgen.st s
UNION ALL
SELECT 50, false, 1, NULL, 'mpesa_c2b', 'M-Pesa', 'Integration', fixture_gen.hexn('apw', 50, 64), 'ict@tujengepamoja.example', false, true, true, true, true, date '2021-03-15', true, false, true,
       1, timestamp '2021-03-15 10:02:11', 1, timestamp '2021-03-15 10:02:11'
UNION ALL
SELECT 51, false, 1, NULL, 'powerbi_ro', 'Reporting', 'Service', fixture_gen.hexn('apw', 51, 64), 'ict@tujengepamoja.example', false, true, true, true, true, date '2022-08-09', true, false, true,
       1, timestamp '2022-08-09 14:40:55', 1, timestamp '2023-02-01 07:55:00'
UNION ALL
SELECT 52, false, 1, NULL, 'sms_gateway', 'SMS', 'Gateway', fixture_gen.hexn('apw', 52, 64), 'ict@tujengepamoja.example', false, true, true, true, true, date '2020-11-30', true, false, true,
       1, timestamp '2020-11-30 16:20:00', 1, timestamp '2020-11-30 16:20:00'
ORDER BY 1;

CREATE TABLE m_appuser_previous_password (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL,
    password varchar(255) NOT NULL,
    removal_date date NOT NULL
);
INSERT INTO m_appuser_previous_password (user_id, password, removal_date)
SELECT u, fixture_gen.hexn('apwp', k, 64), date '2020-01-01' + fixture_gen.n('apwr', k, 1700)
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT CASE WHEN k % 9 = 0 THEN 1 ELSE 2 + fixture_gen.n('apwu', k, 48) END AS u) x
ORDER BY 3, 1;

CREATE TABLE twofactor_access_token (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    token varchar(32) NOT NULL,
    appuser_id bigint NOT NULL,
    valid_from timestamp NOT NULL,
    valid_to timestamp NOT NULL,
    enabled boolean NOT NULL
);
INSERT INTO twofactor_access_token (token, appuser_id, valid_from, valid_to, enabled)
SELECT fixture_gen.chars('tfat', k, 32), u, v, v + interval '1 day', v > timestamp '2024-09-27 00:00:00'
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT (ARRAY[1, 42, 43, 44, 45, 47, 48, 49, 2, 26])[1 + k % 10] AS u, fgen.at('tfav', k, '2024-08-15', '2024-09-28 16:00') AS v) x
ORDER BY v;

CREATE TABLE m_role (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name varchar(100) NOT NULL,
    description varchar(500) NOT NULL,
    is_disabled boolean NOT NULL DEFAULT false
);
INSERT INTO m_role (id, name, description, is_disabled) VALUES
 (1, 'Super user', 'This role provides all application permissions.', false),
 (2, 'Branch Manager', 'Approves loans up to branch limit, activates clients, checks maker entries', false),
 (3, 'Loan Officer', 'Creates clients, groups and loan applications; posts collections', false),
 (4, 'Cashier', 'Posts repayments and savings deposits/withdrawals at the branch till', false),
 (5, 'Credit Manager', 'Approves loans above branch limit, reschedules and write-offs', false),
 (6, 'Internal Audit (read only)', 'Read access to all portfolio and accounting data', false),
 (7, 'Integration', 'M-Pesa C2B posting, SMS gateway and reporting service users', false),
 (8, 'Self Service User', 'self service user role', true);

CREATE TABLE m_code (
    id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    code_name varchar(100),
    is_system_defined boolean NOT NULL DEFAULT false
);
INSERT INTO m_code (id, code_name, is_system_defined) VALUES
 (1, 'Customer Identifier', true), (2, 'LoanCollateral', true), (3, 'LoanPurpose', true), (4, 'Gender', true), (5, 'YesNo', true), (6, 'GuarantorRelationship', true),
 (7, 'ClientClosureReason', true), (8, 'ClientType', true), (9, 'ClientClassification', true), (10, 'ADDRESS_TYPE', true), (11, 'COUNTRY', true), (12, 'STATE', true),
 (13, 'RELATIONSHIP', true), (14, 'MARITAL STATUS', true), (15, 'PROFESSION', true), (16, 'Constitution', true), (17, 'Main Business Line', true),
 (18, 'ClientRejectReason', true), (19, 'ClientWithdrawReason', true), (20, 'GroupClosureReason', true), (21, 'WriteOffReasons', true);

CREATE TABLE m_code_value (
    id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    code_id integer NOT NULL,
    code_value varchar(100),
    code_description varchar(500),
    order_position integer NOT NULL DEFAULT 0,
    code_score integer,
    is_active boolean NOT NULL DEFAULT true,
    is_mandatory boolean DEFAULT false
);
INSERT INTO m_code_value (id, code_id, code_value, code_description, order_position, code_score, is_active, is_mandatory)
SELECT v.id, v.code_id, v.val, v.descr, row_number() OVER (PARTITION BY v.code_id ORDER BY v.id) - 1, v.score, v.active, false
FROM (VALUES
 (1, 1, 'National ID (Kenya)', 'Kenyan national identity card', NULL::int, true), (2, 1, 'KRA PIN', 'Kenya Revenue Authority personal identification number', NULL, true),
 (3, 1, 'Passport', NULL, NULL, true), (4, 1, 'National ID Number (NIN)', 'Uganda NIRA national identification number', NULL, true), (5, 1, 'URA TIN', 'Uganda Revenue Authority TIN', NULL, true),
 (6, 1, 'Driving Licence', NULL, NULL, true), (7, 1, 'Alien ID', 'Refugee/alien card - do not use for new clients', NULL, false),
 (8, 2, 'Household goods', NULL, NULL, true), (9, 2, 'Motor vehicle / motorcycle logbook', NULL, NULL, true), (10, 2, 'Title deed', NULL, NULL, true), (11, 2, 'Livestock', NULL, NULL, true),
 (12, 2, 'Business stock', NULL, NULL, true), (14, 4, 'Male', NULL, NULL, true), (15, 4, 'Female', NULL, NULL, true), (16, 5, 'Yes', NULL, NULL, true), (17, 5, 'No', NULL, NULL, true),
 (20, 3, 'Business stock (retail)', NULL, NULL, true), (21, 3, 'Mitumba stock', 'Second-hand clothes bales', NULL, true), (22, 3, 'Farm inputs (seed and fertiliser)', NULL, NULL, true),
 (23, 3, 'Dairy cow purchase', NULL, NULL, true), (24, 3, 'Poultry', NULL, NULL, true), (25, 3, 'School fees', NULL, NULL, true), (26, 3, 'Boda boda motorcycle', NULL, NULL, true),
 (27, 3, 'Home improvement', NULL, NULL, true), (28, 3, 'Emergency / medical', NULL, NULL, true), (29, 3, 'Irrigation and greenhouse', NULL, NULL, true),
 (30, 6, 'Spouse', NULL, NULL, true), (31, 6, 'Parent', NULL, NULL, true), (32, 6, 'Sibling', NULL, NULL, true), (33, 6, 'Business partner', NULL, NULL, true),
 (34, 6, 'Friend', NULL, NULL, true), (35, 6, 'Group member', NULL, NULL, true), (36, 6, 'Employer', NULL, NULL, true),
 (40, 7, 'Completed loan cycle, left programme', NULL, NULL, true), (41, 7, 'Relocated out of branch area', NULL, NULL, true), (42, 7, 'Deceased', NULL, NULL, true),
 (43, 7, 'Duplicate record', NULL, NULL, true), (44, 7, 'Joined another MFI / SACCO', NULL, NULL, true),
 (45, 8, 'Market trader', NULL, NULL, true), (46, 8, 'Farmer', NULL, NULL, true), (47, 8, 'Salaried', NULL, NULL, true), (48, 8, 'SME', NULL, NULL, true),
 (50, 9, 'Group member', NULL, NULL, true), (51, 9, 'Individual lending', NULL, NULL, true), (52, 9, 'Staff', NULL, NULL, true),
 (55, 10, 'Residential', NULL, NULL, true), (56, 10, 'Business', NULL, NULL, true), (57, 10, 'Postal', NULL, NULL, false),
 (60, 11, 'Kenya', NULL, NULL, true), (61, 11, 'Uganda', NULL, NULL, true),
 (62, 12, 'Nairobi', NULL, NULL, true), (63, 12, 'Nakuru', NULL, NULL, true), (64, 12, 'Uasin Gishu', NULL, NULL, true), (65, 12, 'Kisumu', NULL, NULL, true),
 (66, 12, 'Machakos', NULL, NULL, true), (67, 12, 'Kiambu', NULL, NULL, true), (68, 12, 'Kampala', NULL, NULL, true), (69, 12, 'Wakiso', NULL, NULL, true),
 (70, 12, 'Jinja', NULL, NULL, true), (71, 12, 'Mbale', NULL, NULL, true), (72, 12, 'Masaka', NULL, NULL, true),
 (75, 13, 'Spouse', NULL, NULL, true), (76, 13, 'Son', NULL, NULL, true), (77, 13, 'Daughter', NULL, NULL, true), (78, 13, 'Father', NULL, NULL, true),
 (79, 13, 'Mother', NULL, NULL, true), (80, 13, 'Brother', NULL, NULL, true), (81, 13, 'Sister', NULL, NULL, true),
 (83, 14, 'Married', NULL, NULL, true), (84, 14, 'Single', NULL, NULL, true), (85, 14, 'Widowed', NULL, NULL, true), (86, 14, 'Separated / divorced', NULL, NULL, true),
 (88, 15, 'Farmer', NULL, NULL, true), (89, 15, 'Trader', NULL, NULL, true), (90, 15, 'Student', NULL, NULL, true), (91, 15, 'Teacher', NULL, NULL, true),
 (92, 15, 'Boda boda rider', NULL, NULL, true), (93, 15, 'Casual labourer', NULL, NULL, true), (94, 15, 'Tailor', NULL, NULL, true), (95, 15, 'Not employed', NULL, NULL, true),
 (97, 16, 'Limited company', NULL, NULL, true), (98, 16, 'Sole proprietorship', NULL, NULL, true), (99, 16, 'Partnership', NULL, NULL, true),
 (100, 16, 'Self-help group', NULL, NULL, true), (101, 16, 'Cooperative / SACCO', NULL, NULL, true),
 (103, 17, 'Retail', NULL, NULL, true), (104, 17, 'Agriculture', NULL, NULL, true), (105, 17, 'Transport', NULL, NULL, true), (106, 17, 'Food processing', NULL, NULL, true),
 (107, 17, 'Wholesale', NULL, NULL, true),
 (110, 18, 'Failed KYC', NULL, NULL, true), (111, 18, 'Blacklisted on CRB', 'Negative listing at the credit reference bureau', NULL, true),
 (113, 19, 'Changed mind', NULL, NULL, true), (114, 19, 'Got loan elsewhere', NULL, NULL, true),
 (116, 20, 'Group dissolved', NULL, NULL, true), (117, 20, 'Merged with another group', NULL, NULL, true),
 (119, 21, 'Uncollectable after 180 days', NULL, NULL, true), (120, 21, 'Borrower deceased', NULL, NULL, true), (121, 21, 'Fraud', NULL, NULL, true)
) v(id, code_id, val, descr, score, active)
ORDER BY v.id;

-- ---------------------------------------------------------------------------
-- Clients, groups and centres, and what hangs off a client.

CREATE TABLE m_client (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE,
    external_id varchar(100),
    status_enum integer NOT NULL DEFAULT 300,
    activation_date date,
    office_joining_date date,
    office_id bigint NOT NULL,
    staff_id bigint,
    firstname varchar(50),
    middlename varchar(50),
    lastname varchar(50),
    fullname varchar(100),
    display_name varchar(100) NOT NULL,
    mobile_no varchar(50),
    email_address varchar(100),
    is_staff boolean NOT NULL DEFAULT false,
    gender_cv_id integer,
    date_of_birth date,
    image_id bigint,
    closure_reason_cv_id integer,
    closedon_date date,
    submittedon_date date,
    submittedon_userid bigint,
    activatedon_userid bigint,
    default_savings_account bigint,
    client_type_cv_id integer,
    client_classification_cv_id integer,
    legal_form_enum integer,
    reject_reason_cv_id integer,
    rejectedon_date date,
    withdraw_reason_cv_id integer,
    withdrawn_on_date date,
    created_by bigint,
    created_on_utc timestamp,
    last_modified_by bigint,
    last_modified_on_utc timestamp
);
INSERT INTO m_client (id, account_no, external_id, status_enum, activation_date, office_joining_date, office_id, staff_id, firstname, middlename, lastname, fullname, display_name,
                      mobile_no, email_address, is_staff, gender_cv_id, date_of_birth, image_id, closure_reason_cv_id, closedon_date, submittedon_date, submittedon_userid,
                      activatedon_userid, default_savings_account, client_type_cv_id, client_classification_cv_id, legal_form_enum, reject_reason_cv_id, rejectedon_date,
                      withdraw_reason_cv_id, withdrawn_on_date, created_by, created_on_utc, last_modified_by, last_modified_on_utc)
SELECT i, lpad(i::text, 9, '0'), CASE WHEN i % 7 = 3 THEN NULL ELSE natid END, status, act, coalesce(act, sub), off, staff, fn, mn, ln, biz,
       CASE WHEN ent THEN biz ELSE concat_ws(' ', fn, mn, ln) END, mobile, email, i % 97 = 40, CASE WHEN ent THEN NULL WHEN sex = 'F' THEN 15 ELSE 14 END, dob, img,
       CASE WHEN status = 600 THEN (ARRAY[40, 40, 40, 41, 41, 42, 43, 44, 44])[1 + fixture_gen.n('cclr', k, 9)] END, closed, sub, staff + 1,
       CASE WHEN act IS NOT NULL THEN (off - 4) * 4 + 2 END, sid, ctype, CASE WHEN i % 97 = 40 THEN 52 WHEN grp IS NOT NULL THEN 50 ELSE 51 END, CASE WHEN ent THEN 2 ELSE 1 END,
       CASE WHEN status = 700 THEN (ARRAY[110, 111])[1 + k % 2] END, CASE WHEN status = 700 THEN sub + 3 + k % 9 END,
       CASE WHEN status = 800 THEN (ARRAY[113, 114])[1 + k % 2] END, CASE WHEN status = 800 THEN sub + 5 + k % 20 END,
       CASE WHEN sub < date '2019-05-20' THEN 1 ELSE staff + 1 END,
       CASE WHEN sub < date '2019-05-20' THEN timestamp '2019-05-18 22:00:00' + make_interval(secs => i) ELSE sub + make_interval(hours => 6 + fixture_gen.n('cch', k, 10), mins => fixture_gen.n('ccm', k, 60)) END,
       CASE WHEN closed IS NOT NULL THEN (off - 4) * 4 + 2 ELSE staff + 1 END,
       greatest(greatest(coalesce(closed, act, sub), date '2019-05-19') + make_interval(hours => 7 + fixture_gen.n('clh', k, 10), mins => fixture_gen.n('clm', k, 60)),
                CASE WHEN sub < date '2019-05-20' THEN timestamp '2019-05-18 22:00:00' + make_interval(secs => i) ELSE sub + make_interval(hours => 6 + fixture_gen.n('cch', k, 10), mins => fixture_gen.n('ccm', k, 60)) END
                  + make_interval(mins => 3 + fixture_gen.n('clx', k, 50)))
FROM fgen.cl ORDER BY i;

CREATE TABLE m_client_non_person (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id bigint NOT NULL UNIQUE,
    constitution_cv_id integer NOT NULL,
    incorp_no varchar(50),
    incorp_validity_till date,
    main_business_line_cv_id integer,
    remarks varchar(150)
);
INSERT INTO m_client_non_person (client_id, constitution_cv_id, incorp_no, incorp_validity_till, main_business_line_cv_id, remarks)
SELECT i, CASE WHEN biz LIKE '%SACCO' OR biz LIKE '%Cooperative' THEN 101 WHEN biz LIKE '%Group' OR biz LIKE '%Association' OR biz LIKE '%Traders' THEN 100
               WHEN biz LIKE '%Ltd' THEN 97 ELSE 98 END,
       natid, CASE WHEN natid LIKE 'BN-%' THEN dob + interval '10 years' END,
       CASE WHEN biz ~ '(Agrovet|Farm|Dairy|Coffee|Produce)' THEN 104 WHEN biz ~ 'Boda' THEN 105 WHEN biz ~ '(Wholesal|Cereals)' THEN 107 WHEN biz ~ 'Fish' THEN 106 ELSE 103 END,
       CASE fixture_gen.n('npr', k, 8)
         WHEN 0 THEN 'Signatories: ' || fgen.first(c, 'F', 'nps1', k) || ' ' || fgen.surname(c, 'F', 'nps1', k) || ' (chair), ' || fgen.first(c, 'M', 'nps2', k) || ' ' || fgen.surname(c, 'M', 'nps2', k) || ' (treasurer)'
         WHEN 1 THEN 'Owner ' || fgen.first(c, 'M', 'npo', k) || ' ' || fgen.surname(c, 'M', 'npo', k) || ', ID ' || CASE WHEN c = 'ke' THEN fgen.ke_id('npoid', k) ELSE fgen.ug_nin('M', NULL, 'npoid', k) END
         WHEN 2 THEN 'Renew business permit every January'
         WHEN 3 THEN 'Certificate sighted, copy on file'
         ELSE NULL END
FROM fgen.cl WHERE ent ORDER BY i;

-- Groups: 1-24 centres, 25-120 groups under them.
CREATE TABLE fgen.gr AS
SELECT g, CASE WHEN g <= 24 THEN 1 ELSE 2 END AS lvl, CASE WHEN g <= 24 THEN 4 + (g - 1) % 10 ELSE 4 + (g - 25) % 10 END AS off
FROM generate_series(1, 120) g;
ALTER TABLE fgen.gr ADD parent int, ADD name text, ADD sub date, ADD staff int, ADD status int, ADD closed date;
UPDATE fgen.gr r SET parent = CASE WHEN r.lvl = 2 THEN (r.off - 3) + 10 * (((r.g - 25) / 10) % CASE WHEN r.off <= 7 THEN 3 ELSE 2 END) END,
  staff = (r.off - 4) * 4 + 2 + r.g % 3,
  name = CASE WHEN r.lvl = 1 THEN o.areas[1 + (r.g - 1) / 10] || ' Centre'
              WHEN o.c = 'ke' THEN (ARRAY['Tumaini', 'Upendo', 'Bidii', 'Jitegemee', 'Baraka', 'Neema', 'Amani', 'Umoja', 'Faraja', 'Imani', 'Tujijenge', 'Mwangaza', 'Heshima',
                   'Zawadi', 'Shalom', 'Nuru', 'Msingi', 'Harambee', 'Fanaka', 'Juhudi', 'Tegemeo', 'Ushindi', 'Pamoja', 'Kazi Bora'])[1 + r.g % 24]
                   || ' ' || (ARRAY['Women Group', 'Self Help Group', 'Traders Group', 'Farmers Group', 'Youth Group', 'Mama Mboga Group'])[r.g / 24] || ' - ' || o.areas[1 + r.g % 6]
              ELSE (ARRAY['Twekembe', 'Tukolerewamu', 'Kwagalana', 'Bataka', 'Munno Mukabi', 'Tweyambe', 'Twezimbe', 'Tusubira', 'Kisakye', 'Nsonga', 'Twegatte', 'Gwokya',
                   'Wekembe', 'Tugende', 'Akwata Empola', 'Obumu', 'Essuubi', 'Emirembe', 'Kyosiga', 'Tulimbe', 'Bakyala Kwegatta', 'Twesigye', 'Tusitukirewamu', 'Ekitiibwa'])[1 + r.g % 24]
                   || ' ' || (ARRAY['Women Group', 'Savings Group', 'Traders Group', 'Farmers Group', 'Youth Group', 'Market Vendors Group'])[r.g / 24] || ' - ' || o.areas[1 + r.g % 6] END
FROM fgen.of o WHERE o.off = r.off;
UPDATE fgen.gr r SET sub = coalesce((SELECT min(c.sub) FROM fgen.cl c WHERE c.grp = r.g) - 10 - r.g % 20, (SELECT opened + 60 + r.g FROM fgen.of o WHERE o.off = r.off));
UPDATE fgen.gr r SET sub = least(r.sub, (SELECT min(x.sub) FROM fgen.gr x WHERE x.parent = r.g) - 7) WHERE lvl = 1;
UPDATE fgen.gr r SET sub = greatest(r.sub, (SELECT opened FROM fgen.of o WHERE o.off = r.off)) ;
UPDATE fgen.gr SET status = CASE WHEN g IN (33, 58, 91, 104) THEN 600 ELSE 300 END;
UPDATE fgen.gr SET closed = date '2023-01-01' + fixture_gen.n('grcl', g, 600) WHERE status = 600;

CREATE TABLE m_group (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    external_id varchar(100),
    status_enum integer NOT NULL DEFAULT 300,
    activation_date date,
    office_id bigint NOT NULL,
    staff_id bigint,
    parent_id bigint,
    level_id integer NOT NULL,
    display_name varchar(100) NOT NULL,
    hierarchy varchar(100),
    closure_reason_cv_id integer,
    closedon_date date,
    activatedon_userid bigint,
    submittedon_date date,
    account_no varchar(20) NOT NULL
);
INSERT INTO m_group (id, external_id, status_enum, activation_date, office_id, staff_id, parent_id, level_id, display_name, hierarchy, closure_reason_cv_id, closedon_date,
                     activatedon_userid, submittedon_date, account_no)
SELECT g, CASE WHEN lvl = 1 OR g % 6 = 0 THEN NULL WHEN off <= 9 THEN 'DSD/' || (ARRAY['NBI', 'NBI', 'NKR', 'ELD', 'KSM', 'MKS'])[off - 3] || '/SHG/' || extract(year FROM sub) || '/' || lpad((100 + g * 13)::text, 4, '0')
               ELSE 'CBO/' || (ARRAY['KLA', 'JJA', 'MBL', 'MSK'])[off - 9] || '/' || extract(year FROM sub) || '/' || (40 + g * 3) END,
       status, sub + 3, off, staff, parent, lvl, name, CASE WHEN lvl = 1 THEN '.' || g || '.' ELSE '.' || parent || '.' || g || '.' END,
       CASE WHEN status = 600 THEN 116 + g % 2 END, closed, (off - 4) * 4 + 2, sub, lpad(g::text, 9, '0')
FROM fgen.gr ORDER BY g;

CREATE TABLE m_group_client (
    group_id bigint NOT NULL,
    client_id bigint NOT NULL,
    PRIMARY KEY (group_id, client_id)
);
INSERT INTO m_group_client (group_id, client_id) SELECT grp, i FROM fgen.cl WHERE grp IS NOT NULL AND status NOT IN (700, 800) ORDER BY grp, i;

CREATE TABLE m_address (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    street varchar(100),
    address_line_1 varchar(100),
    address_line_2 varchar(100),
    address_line_3 varchar(100),
    town_village varchar(100),
    city varchar(100),
    county_district varchar(100),
    state_province_id integer,
    country_id integer,
    postal_code varchar(10),
    latitude decimal(10, 8),
    longitude decimal(10, 8),
    created_by varchar(100),
    created_on date,
    updated_by varchar(100),
    updated_on date
);
-- 1-1200: homes (one per client, same id); 1201-: business premises.
INSERT INTO m_address (id, street, address_line_1, address_line_2, address_line_3, town_village, city, county_district, state_province_id, country_id, postal_code,
                       latitude, longitude, created_by, created_on, updated_by, updated_on)
SELECT c.i,
       CASE WHEN c.ent THEN CASE WHEN c.k % 2 = 0 THEN 'Plot ' || (3 + fixture_gen.n('asn', c.k, 400)) || ', ' || fixture_gen.pick(o.roads, 'asr', c.k) ELSE c.market || ', Shop ' || (1 + fixture_gen.n('asn', c.k, 90)) END
            ELSE CASE fixture_gen.n('ast', c.k, 6)
              WHEN 0 THEN 'House No. ' || (1 + fixture_gen.n('asn', c.k, 80)) || ', ' || c.area || CASE WHEN o.c = 'ke' THEN ' Estate' ELSE ' Zone ' || substr('ABCD', 1 + c.k % 4, 1) END
              WHEN 1 THEN 'Plot ' || (3 + fixture_gen.n('asn', c.k, 400)) || ', ' || fixture_gen.pick(o.roads, 'asr', c.k)
              WHEN 2 THEN c.area || ', Block ' || substr('ABCDEFGH', 1 + c.k % 8, 1) || ', Room ' || (1 + fixture_gen.n('asn', c.k, 40))
              WHEN 3 THEN fixture_gen.pick(ARRAY['Off ', 'Along ', 'Opp. stage, '], 'asp', c.k) || fixture_gen.pick(o.roads, 'asr', c.k)
              WHEN 4 THEN CASE WHEN o.c = 'ke' THEN fixture_gen.pick(ARRAY['Kaloleni', 'Jericho', 'Buruburu Phase 2', 'Umoja Innercore', 'Kayole Junction'], 'ase', c.k) || ' flats, Hse ' || (1 + fixture_gen.n('asn', c.k, 200))
                               ELSE 'LC1 ' || c.area || ' ' || substr('ABCD', 1 + c.k % 4, 1) || ', near ' || fixture_gen.pick(ARRAY['the mosque', 'Kiteezi stage', 'St. Peter''s church', 'the water tap'], 'asl', c.k) END
              ELSE NULL END END,
       CASE WHEN o.c = 'ke' AND fixture_gen.n('abx', c.k, 2) = 0 THEN 'P.O. Box ' || (10 + fixture_gen.n('abn', c.k, 9000)) || '-' || o.postal
            WHEN o.c = 'ug' AND fixture_gen.n('abx', c.k, 10) < 3 THEN 'P.O. Box ' || (10 + fixture_gen.n('abn', c.k, 9000)) || ', ' || o.town END,
       CASE fixture_gen.n('alm', c.k, 10)
         WHEN 0 THEN 'Near ' || fixture_gen.pick(ARRAY['ACK church', 'Total petrol station', 'the chief''s camp', 'Naivas supermarket', 'the borehole', 'the primary school', 'the mosque',
                        'Equity Bank agent', 'the matatu stage', 'the health centre'], 'alp', c.k)
         WHEN 1 THEN 'Behind ' || fgen.first(o.c, 'F', 'alf', c.k) || ' ' || fgen.surname(o.c, 'F', 'alf', c.k) || '''s shop'
         WHEN 2 THEN 'Opposite ' || fixture_gen.pick(ARRAY['the police post', 'PCEA church', 'the posho mill', 'the market gate', 'the secondary school'], 'alp', c.k)
         WHEN 3 THEN 'Green gate, 2nd floor'
         ELSE NULL END,
       CASE WHEN c.k % 23 = 0 THEN 'Gate ' || substr('ABC', 1 + c.k % 3, 1) END,
       c.area, o.town, o.county || CASE WHEN o.c = 'ke' THEN ' County' ELSE ' District' END, o.county_cv, CASE WHEN o.c = 'ke' THEN 60 ELSE 61 END, o.postal,
       CASE WHEN c.sub >= date '2020-06-01' AND c.k % 10 < 7 THEN round(o.lat + (fixture_gen.n('alat', c.k, 1000) - 500) / 9000.0, 8) END,
       CASE WHEN c.sub >= date '2020-06-01' AND c.k % 10 < 7 THEN round(o.lng + (fixture_gen.n('alng', c.k, 1000) - 500) / 9000.0, 8) END,
       s.login, c.sub, CASE WHEN c.k % 8 = 0 AND c.sub < date '2024-06-01' THEN s.login END, CASE WHEN c.k % 8 = 0 AND c.sub < date '2024-06-01' THEN least(c.sub + 30 + fixture_gen.n('aup', c.k, 500), date '2024-09-27') END
FROM fgen.cl c JOIN fgen.of o ON o.off = c.off JOIN fgen.st s ON s.s = c.staff
UNION ALL
SELECT 1200 + row_number() OVER (ORDER BY c.i), 'Stall ' || substr('ABCDEFG', 1 + c.k % 7, 1) || '-' || (1 + fixture_gen.n('bsn', c.k, 300)) || ', ' || c.market,
       NULL, CASE WHEN c.k % 3 = 0 THEN 'Next to the ' || fixture_gen.pick(ARRAY['tomato section', 'mitumba bales yard', 'fish shed', 'butchery line', 'cereals wholesalers'], 'bsl', c.k) END,
       NULL, c.area, o.town, o.county || CASE WHEN o.c = 'ke' THEN ' County' ELSE ' District' END, o.county_cv, CASE WHEN o.c = 'ke' THEN 60 ELSE 61 END, o.postal,
       NULL, NULL, s.login, c.sub, NULL, NULL
FROM fgen.cl c JOIN fgen.of o ON o.off = c.off JOIN fgen.st s ON s.s = c.staff WHERE NOT c.ent AND c.ctype = 45 AND c.k % 4 = 1
ORDER BY 1;

CREATE TABLE m_client_address (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id bigint NOT NULL,
    address_id bigint NOT NULL,
    address_type_id integer NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);
INSERT INTO m_client_address (client_id, address_id, address_type_id, is_active)
SELECT client_id, address_id, t, active FROM (
  SELECT i AS client_id, i AS address_id, CASE WHEN ent THEN 56 ELSE 55 END AS t, true AS active FROM fgen.cl
  UNION ALL
  SELECT c.i, 1200 + row_number() OVER (ORDER BY c.i), 56, c.k % 17 <> 0 FROM fgen.cl c WHERE NOT c.ent AND c.ctype = 45 AND c.k % 4 = 1) x
ORDER BY address_id;

CREATE TABLE m_family_members (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id bigint NOT NULL,
    firstname varchar(50) NOT NULL,
    middlename varchar(50),
    lastname varchar(50),
    qualification varchar(50),
    relationship_cv_id integer NOT NULL,
    marital_status_cv_id integer,
    gender_cv_id integer,
    date_of_birth date,
    age integer,
    profession_cv_id integer,
    mobile_number varchar(20),
    is_dependent boolean
);
INSERT INTO m_family_members (client_id, firstname, middlename, lastname, qualification, relationship_cv_id, marital_status_cv_id, gender_cv_id, date_of_birth, age, profession_cv_id,
                              mobile_number, is_dependent)
SELECT c.i, fgen.first(c.c, f.sex, 'ffn' || f.r, c.k), CASE WHEN c.c = 'ke' AND c.k % 3 <> 0 THEN fgen.ethnic(c.c, f.sex, 'fmn' || f.r, c.k) END,
       CASE WHEN c.c = 'ke' THEN c.ln ELSE fgen.surname(c.c, f.sex, 'fln' || f.r, c.k) END,
       CASE WHEN fixture_gen.n('fq' || f.r, c.k, 5) = 0 THEN NULL WHEN c.c = 'ke' THEN fixture_gen.pick(ARRAY['KCPE', 'KCSE', 'Form 4', 'Certificate', 'Diploma', 'Degree', 'Std 8'], 'fq' || f.r, c.k)
            ELSE fixture_gen.pick(ARRAY['PLE', 'UCE (S4)', 'UACE (S6)', 'Certificate', 'Diploma', 'P7'], 'fq' || f.r, c.k) END,
       f.rel, CASE WHEN f.rel = 75 THEN 83 WHEN f.adult THEN (ARRAY[83, 84, 84])[1 + c.k % 3] ELSE 84 END, CASE WHEN f.sex = 'F' THEN 15 ELSE 14 END, f.dob,
       extract(year FROM age(date '2024-09-30', f.dob))::int,
       CASE WHEN f.adult THEN (ARRAY[88, 89, 89, 91, 92, 93, 94, 95])[1 + fixture_gen.n('fpr' || f.r, c.k, 8)] ELSE 90 END,
       CASE WHEN f.adult AND fixture_gen.n('fph' || f.r, c.k, 10) < 7 THEN fgen.local(fgen.msisdn(c.c, 'fph' || f.r, c.k), fixture_gen.n('fps' || f.r, c.k, 3)) END,
       NOT f.adult
FROM fgen.cl c
CROSS JOIN LATERAL (VALUES
   (1, CASE WHEN c.k % 3 = 0 THEN 75 ELSE (ARRAY[76, 77])[1 + c.k % 2] END),
   (2, CASE WHEN c.k % 9 = 0 THEN (ARRAY[76, 77, 79, 80, 81])[1 + c.k % 5] END)) r(r, relx)
CROSS JOIN LATERAL (SELECT r.r, r.relx AS rel,
       CASE WHEN r.relx = 75 THEN CASE WHEN c.sex = 'F' THEN 'M' ELSE 'F' END WHEN r.relx IN (76, 78, 80) THEN 'M' ELSE 'F' END AS sex,
       CASE WHEN r.relx = 75 THEN coalesce(c.dob, date '1980-01-01') + (fixture_gen.n('fsd', c.k, 3000) - 900)
            WHEN r.relx = 79 THEN coalesce(c.dob, date '1980-01-01') - 7000 - fixture_gen.n('fmd', c.k, 3000)
            WHEN r.relx IN (80, 81) THEN coalesce(c.dob, date '1980-01-01') + (fixture_gen.n('fbd', c.k, 4000) - 2000)
            ELSE greatest(coalesce(c.dob, date '1980-01-01') + 6600, date '1995-01-01') + fixture_gen.n('fcd' || r.r, c.k, 6000) END AS dob) f0
CROSS JOIN LATERAL (SELECT f0.*, f0.dob < date '2006-09-30' AS adult) f
WHERE NOT c.ent AND c.status NOT IN (700, 800) AND f.rel IS NOT NULL AND (f.r = 2 OR c.k % 4 <> 0) AND f.dob < date '2024-06-01'
ORDER BY c.i, f.r;

CREATE TABLE m_client_identifier (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id bigint NOT NULL,
    document_type_id integer NOT NULL,
    document_key varchar(50) NOT NULL,
    status integer NOT NULL,
    active integer,
    description varchar(500),
    createdby_id bigint,
    lastmodifiedby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp
);
INSERT INTO m_client_identifier (client_id, document_type_id, document_key, status, active, description, createdby_id, lastmodifiedby_id, created_date, lastmodified_date)
SELECT i, t, key, 200, 1, d, staff + 1, staff + 1, ts, ts FROM (
  SELECT c.i, c.staff, CASE WHEN c.c = 'ke' THEN 1 ELSE 4 END AS t, c.natid AS key,
         CASE fixture_gen.n('cid', c.k, 14) WHEN 0 THEN 'Original sighted at branch' WHEN 1 THEN 'Copy certified by area chief'
           WHEN 2 THEN 'Waiting card - used ID application receipt no. ' || fixture_gen.digits('cidr', c.k, 8) WHEN 3 THEN 'Replacement ID, old one lost (police abstract OB/' || (10 + c.k % 80) || '/' || (2018 + c.k % 6) || ')'
           WHEN 4 THEN '' WHEN 5 THEN 'Name on ID spelt ' || upper(coalesce(c.ln, '')) || ' ' || upper(coalesce(c.fn, '')) ELSE NULL END AS d,
         greatest(c.sub, date '2019-05-19') + make_interval(hours => 8 + fixture_gen.n('cih', c.k, 9), mins => fixture_gen.n('cim', c.k, 60)) AS ts
  FROM fgen.cl c WHERE NOT c.ent
  UNION ALL
  SELECT c.i, c.staff, CASE WHEN c.c = 'ke' THEN 2 ELSE 5 END, coalesce(c.kra, c.tin), NULL,
         greatest(c.sub, date '2019-05-19') + make_interval(days => 1 + c.k % 200, hours => 8 + fixture_gen.n('cih2', c.k, 9)) FROM fgen.cl c WHERE coalesce(c.kra, c.tin) IS NOT NULL AND c.k % 3 <> 2
  UNION ALL
  SELECT c.i, c.staff, 3, fgen.passport(c.c, 'cpp', c.k), CASE WHEN c.k % 2 = 0 THEN 'Client travels to ' || CASE WHEN c.c = 'ke' THEN 'Kampala' ELSE 'Nairobi' END || ' for stock' END,
         greatest(c.sub, date '2019-05-19') + make_interval(days => 20 + c.k % 300, hours => 9) FROM fgen.cl c WHERE NOT c.ent AND c.k % 29 = 0
  UNION ALL
  SELECT c.i, c.staff, 6, CASE WHEN c.c = 'ke' THEN 'DL-' || fixture_gen.chars('cdl', c.k, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') ELSE fixture_gen.digits('cdl', c.k, 9) END,
         'For boda boda loan', greatest(c.sub, date '2019-05-19') + make_interval(days => 40 + c.k % 300, hours => 10) FROM fgen.cl c WHERE NOT c.ent AND c.sex = 'M' AND c.k % 11 = 2
) x WHERE ts < timestamp '2024-09-28 17:00' ORDER BY ts, i;

CREATE TABLE m_image (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    location varchar(500) NOT NULL,
    storage_type_enum smallint
);
INSERT INTO m_image (id, location, storage_type_enum)
SELECT img, CASE WHEN act < date '2021-02-01' THEN '/opt/fineract/.fineract/tujenge/images/clients/' || i || '/' || CASE WHEN k % 3 = 0 THEN 'blob' ELSE 'IMG_' || to_char(act, 'YYYYMMDD') || '_' || fixture_gen.digits('imgf', k, 6) || '.jpg' END
                 ELSE 'tujenge/images/clients/' || i || '/' || CASE WHEN k % 3 = 0 THEN 'blob' ELSE 'client_photo_' || i || '.jpg' END END,
       CASE WHEN act < date '2021-02-01' THEN 1 ELSE 2 END
FROM fgen.cl WHERE img IS NOT NULL
UNION ALL
SELECT 2000 + s, 'tujenge/images/staff/' || s || '/' || fgen.fold(fn) || '_' || fgen.fold(ln) || '.jpg', 2 FROM fgen.st WHERE s % 3 = 0
ORDER BY 1;

CREATE TABLE m_document (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    parent_entity_type varchar(50) NOT NULL,
    parent_entity_id integer NOT NULL DEFAULT 0,
    name varchar(250) NOT NULL,
    file_name varchar(250) NOT NULL,
    size integer DEFAULT 0,
    type varchar(500),
    description varchar(1000),
    location varchar(500) NOT NULL DEFAULT '0',
    storage_type_enum smallint
);
INSERT INTO m_document (parent_entity_type, parent_entity_id, name, file_name, size, type, description, location, storage_type_enum)
SELECT 'clients', c.i, d.name, d.fname, 40000 + fixture_gen.n('dsz', q, 2400000), CASE WHEN d.fname LIKE '%.pdf' THEN 'application/pdf' ELSE 'image/jpeg' END, d.descr,
       'tujenge/documents/clients/' || c.i || '/' || fixture_gen.chars('dloc', q, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/' || d.fname, 2
FROM generate_series(1, 420) q
JOIN fgen.cl c ON c.i = 1 + (q * 263) % 1200
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['National ID', 'ID copy front and back', 'KRA PIN certificate', 'Passport photo', 'Single business permit 2024', 'Business permit',
                       'Title deed', 'Motorbike logbook', 'Chief''s letter', 'Loan agreement (signed)', 'Guarantor form', 'Group resolution', 'Trading licence', 'Land sale agreement',
                       'Utility bill (Kenya Power)', 'Payslip'], 'dnm', q) AS base) b
CROSS JOIN LATERAL (SELECT
       CASE WHEN q % 4 = 0 THEN b.base || ' - ' || coalesce(c.fn || ' ' || c.ln, c.biz) ELSE b.base END AS name,
       CASE fixture_gen.n('dfn', q, 6)
         WHEN 0 THEN 'IMG_' || to_char(c.sub + q % 300, 'YYYYMMDD') || '_' || fixture_gen.digits('dft', q, 6) || '.jpg'
         WHEN 1 THEN 'WhatsApp Image ' || to_char(c.sub + q % 300, 'YYYY-MM-DD') || ' at ' || (8 + q % 10) || '.' || lpad((q % 60)::text, 2, '0') || '.' || lpad((q * 7 % 60)::text, 2, '0') || '.jpeg'
         WHEN 2 THEN 'scan' || lpad((q * 3)::text, 4, '0') || '.pdf'
         ELSE coalesce(fgen.fold(c.fn) || '_' || fgen.fold(c.ln), fgen.fold(split_part(c.biz, ' ', 1)) || '_' || fgen.fold(split_part(c.biz, ' ', 2)))
              || '_' || fixture_gen.pick(ARRAY['id', 'kra_pin', 'permit', 'title', 'logbook', 'agreement'], 'dnm', q) || fixture_gen.pick(ARRAY['.pdf', '.jpg'], 'dext', q) END AS fname,
       CASE fixture_gen.n('dds', q, 9)
         WHEN 0 THEN 'Copy received at branch, original returned'
         WHEN 1 THEN 'Title is in the name of the husband ' || fgen.first(c.c, 'M', 'dhs', q) || ' ' || coalesce(c.ln, fgen.surname(c.c, 'M', 'dhs', q)) || ' - spousal consent attached'
         WHEN 2 THEN 'Expires ' || to_char(c.sub + 365, 'DD/MM/YYYY')
         WHEN 3 THEN 'blurry, ask client to resend'
         ELSE NULL END AS descr) d
UNION ALL
SELECT 'groups', g, fixture_gen.pick(ARRAY['Group registration certificate', 'Group constitution', 'Minutes - loan resolution', 'Members list'], 'dgn', g),
       'group_' || g || '_' || fixture_gen.pick(ARRAY['certificate', 'constitution', 'minutes', 'members'], 'dgn', g) || '.pdf', 90000 + fixture_gen.n('dgs', g, 900000), 'application/pdf',
       CASE WHEN g % 3 = 0 THEN 'Signed by chairlady and secretary' END,
       'tujenge/documents/groups/' || g || '/' || fixture_gen.chars('dgl', g, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/group_' || g || '_' || fixture_gen.pick(ARRAY['certificate', 'constitution', 'minutes', 'members'], 'dgn', g) || '.pdf', 2
FROM generate_series(25, 120, 2) g
ORDER BY 1, 2, 4;

-- ---------------------------------------------------------------------------
-- Lending: funds, products, loans, schedules, transactions, payments.

CREATE TABLE m_fund (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name varchar(255),
    external_id varchar(100)
);
INSERT INTO m_fund (id, name, external_id) VALUES (1, 'Own funds', NULL), (2, 'Oikocredit term facility 2021', 'OIKO-KE-2021-07'), (3, 'KCB Bank line of credit', 'KCB-LOC-0088'),
  (4, 'Agri window (UGX) - Aceli Africa', 'ACELI-UG-22'), (5, 'Kiva partner loans', 'KIVA-P-412');

CREATE TABLE m_product_loan (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    short_name varchar(4) NOT NULL UNIQUE,
    name varchar(100) NOT NULL UNIQUE,
    description varchar(500),
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    fund_id bigint,
    principal_amount decimal(19, 6),
    min_principal_amount decimal(19, 6),
    max_principal_amount decimal(19, 6),
    nominal_interest_rate_per_period decimal(19, 6),
    interest_period_frequency_enum smallint,
    annual_nominal_interest_rate decimal(19, 6),
    interest_method_enum smallint NOT NULL,
    repay_every smallint NOT NULL,
    repayment_period_frequency_enum smallint NOT NULL,
    number_of_repayments smallint NOT NULL,
    amortization_method_enum smallint NOT NULL,
    accounting_type smallint NOT NULL,
    loan_transaction_strategy_code varchar(100)
);
INSERT INTO m_product_loan (id, short_name, name, description, currency_code, currency_digits, fund_id, principal_amount, min_principal_amount, max_principal_amount,
    nominal_interest_rate_per_period, interest_period_frequency_enum, annual_nominal_interest_rate, interest_method_enum, repay_every, repayment_period_frequency_enum,
    number_of_repayments, amortization_method_enum, accounting_type, loan_transaction_strategy_code) VALUES
 (1, 'BIAS', 'Biashara Loan', 'Individual business loan for market traders, 3-12 months, flat 2% per month', 'KES', 2, 1, 50000, 10000, 300000, 2, 2, 24, 1, 1, 2, 12, 1, 3, 'mifos-standard-strategy'),
 (2, 'MMGL', 'Mama Mboga Group Loan', 'Joint liability loan to members of registered self-help groups, repaid at the weekly meeting', 'KES', 2, 2, 15000, 5000, 60000, 1.5, 2, 18, 1, 1, 1, 16, 1, 3, 'mifos-standard-strategy'),
 (3, 'KILI', 'Kilimo Input Loan', 'Seed, fertiliser and spraying inputs; repayment after harvest allowed through grace', 'KES', 2, 3, 30000, 5000, 150000, 1.75, 2, 21, 1, 1, 2, 6, 1, 3, 'mifos-standard-strategy'),
 (4, 'BODA', 'Boda Boda Asset Loan', 'Motorcycle financing, logbook held jointly until cleared', 'KES', 2, 3, 150000, 120000, 230000, 2.5, 2, 30, 1, 1, 2, 18, 1, 3, 'mifos-standard-strategy'),
 (5, 'SCHF', 'School Fees Loan', 'Term fees, paid directly to the school', 'KES', 2, 1, 40000, 5000, 120000, 2, 2, 24, 1, 1, 2, 4, 1, 3, 'mifos-standard-strategy'),
 (6, 'EMRG', 'Emergency Loan', 'Top-up for existing clients in good standing', 'KES', 2, 1, 10000, 2000, 30000, 3, 2, 36, 1, 1, 2, 2, 1, 3, 'mifos-standard-strategy'),
 (7, 'OTL', 'Owino Traders Loan', 'Working capital for Kampala market vendors', 'UGX', 0, 1, 1500000, 500000, 10000000, 3, 2, 36, 1, 1, 2, 9, 1, 3, 'mifos-standard-strategy'),
 (8, 'CFSL', 'Coffee Farmers Seasonal Loan', 'Seasonal loan for Arabica/Robusta smallholders, Mbale and Masaka', 'UGX', 0, 4, 800000, 300000, 3000000, 2.5, 2, 30, 1, 1, 2, 8, 1, 3, 'mifos-standard-strategy');

CREATE FUNCTION fgen.due(d date, freq int, n int) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN freq = 1 THEN d + 7 * n ELSE (d + make_interval(months => n))::date END $$;

CREATE TABLE fgen.lo AS
SELECT row_number() OVER (ORDER BY z.sub, z.q)::int AS id, z.* FROM (
  SELECT y.*, p.currency_code AS cur, p.nominal_interest_rate_per_period AS rate, p.repayment_period_frequency_enum AS freq, p.fund_id AS fund,
         CASE WHEN y.product IN (7, 8) THEN 50000 * round((p.min_principal_amount + fixture_gen.n('lpa', y.q, 1000) / 1000.0 * (p.max_principal_amount - p.min_principal_amount) * 0.6) / 50000)
              ELSE 500 * round((p.min_principal_amount + fixture_gen.n('lpa', y.q, 1000) / 1000.0 * (p.max_principal_amount - p.min_principal_amount) * 0.6) / 500) END AS principal,
         CASE y.product WHEN 2 THEN 16 + 4 * fixture_gen.n('lnr', y.q, 3) WHEN 1 THEN (ARRAY[3, 6, 6, 9, 12])[1 + fixture_gen.n('lnr', y.q, 5)] WHEN 3 THEN 6 WHEN 4 THEN (ARRAY[12, 18])[1 + y.q % 2]
              WHEN 5 THEN (ARRAY[3, 4])[1 + y.q % 2] WHEN 6 THEN (ARRAY[1, 2, 3])[1 + y.q % 3] WHEN 7 THEN (ARRAY[6, 9, 12])[1 + y.q % 3] ELSE (ARRAY[6, 8, 9])[1 + y.q % 3] END AS nrep
  FROM (
    SELECT x.q, c.i AS cid, c.k, c.c, c.off, c.staff, c.grp, c.ent, c.ctype, c.sex, c.act, c.closed, c.msisdn, c.fn, c.mn, c.ln, c.biz, c.natid,
           CASE WHEN c.c = 'ug' THEN CASE WHEN c.ctype = 46 THEN 8 ELSE 7 END
                WHEN c.grp IS NOT NULL AND x.q % 10 < 7 THEN 2 WHEN c.ctype = 46 THEN 3 WHEN c.ctype = 47 THEN (ARRAY[5, 6])[1 + x.q % 2]
                WHEN c.sex = 'M' AND x.q % 5 = 0 THEN 4 WHEN x.q % 17 = 0 THEN 6 ELSE 1 END AS product,
           least(date '2024-09-29', c.act + fixture_gen.n('lsub', x.q, greatest(1, coalesce(c.closed - 160, date '2024-09-29') - c.act))) AS sub
    FROM generate_series(1, 1400) x(q)
    JOIN (SELECT row_number() OVER (ORDER BY i) AS j, * FROM fgen.cl WHERE status IN (300, 600)) c
      ON c.j = 1 + (x.q * 389) % (SELECT count(*) FROM fgen.cl WHERE status IN (300, 600))) y
  JOIN m_product_loan p ON p.id = y.product) z;
ALTER TABLE fgen.lo ADD status int, ADD appr date, ADD disb date, ADD mat date, ADD closedon date, ADD wo date, ADD interest numeric, ADD pout numeric, ADD iout numeric, ADD counter int;
UPDATE fgen.lo SET appr = CASE WHEN q % 47 = 5 OR q % 59 = 9 OR sub > date '2024-09-25' THEN NULL ELSE sub + 1 + fixture_gen.n('lap', q, 4) END;
UPDATE fgen.lo SET disb = CASE WHEN appr IS NOT NULL AND appr + 2 < date '2024-09-27' THEN appr + fixture_gen.n('ldi', q, 3) END;
UPDATE fgen.lo SET mat = fgen.due(disb, freq, nrep),
  interest = round(principal * rate / 100 * nrep * CASE WHEN freq = 1 THEN 7 / 30.0 ELSE 1 END, CASE WHEN cur = 'UGX' THEN 0 ELSE 2 END);
UPDATE fgen.lo SET status = CASE WHEN q % 47 = 5 THEN 500 WHEN q % 59 = 9 THEN 400 WHEN appr IS NULL THEN 100 WHEN disb IS NULL THEN 200
                                 WHEN mat < date '2024-09-30' AND q % 23 = 0 AND mat < date '2024-03-01' THEN 601 WHEN mat < date '2024-09-30' AND q % 71 = 0 THEN 700
                                 WHEN mat < date '2024-09-30' - (q % 20) THEN 600 ELSE 300 END;
UPDATE fgen.lo SET closedon = CASE WHEN status IN (600, 700) THEN mat - 10 + fixture_gen.n('lcl', q, 25) WHEN status = 601 THEN mat + 180 END,
  wo = CASE WHEN status = 601 THEN mat + 180 END;
UPDATE fgen.lo SET closedon = CASE WHEN closedon > date '2024-09-29' THEN date '2024-09-29' ELSE closedon END, wo = CASE WHEN wo > date '2024-09-29' THEN date '2024-09-29' ELSE wo END;
UPDATE fgen.lo SET pout = CASE WHEN status = 300 THEN round(principal * greatest(0.05, 1 - (date '2024-09-30' - disb)::numeric / greatest(1, mat - disb) + CASE WHEN q % 13 = 0 THEN 0.15 ELSE 0 END), CASE WHEN cur = 'UGX' THEN 0 ELSE 2 END)
                           WHEN status = 200 THEN 0 ELSE 0 END;
UPDATE fgen.lo SET pout = least(pout, principal), iout = CASE WHEN status = 300 THEN round(interest * pout / principal, CASE WHEN cur = 'UGX' THEN 0 ELSE 2 END) ELSE 0 END;
UPDATE fgen.lo l SET counter = x.n FROM (SELECT id, row_number() OVER (PARTITION BY cid ORDER BY id)::int AS n FROM fgen.lo WHERE disb IS NOT NULL) x WHERE x.id = l.id;

CREATE TABLE m_loan (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE,
    external_id varchar(100),
    client_id bigint,
    group_id bigint,
    product_id bigint,
    fund_id bigint,
    loan_officer_id bigint,
    loanpurpose_cv_id integer,
    loan_status_id smallint NOT NULL,
    loan_type_enum smallint NOT NULL,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    principal_amount_proposed decimal(19, 6) NOT NULL,
    principal_amount decimal(19, 6) NOT NULL,
    approved_principal decimal(19, 6) NOT NULL,
    annual_nominal_interest_rate decimal(19, 6),
    interest_method_enum smallint NOT NULL,
    term_frequency smallint NOT NULL,
    repay_every smallint NOT NULL,
    repayment_period_frequency_enum smallint NOT NULL,
    number_of_repayments smallint NOT NULL,
    submittedon_date date,
    submittedon_userid bigint,
    approvedon_date date,
    approvedon_userid bigint,
    disbursedon_date date,
    disbursedon_userid bigint,
    expected_maturedon_date date,
    closedon_date date,
    writtenoffon_date date,
    principal_disbursed_derived decimal(19, 6) NOT NULL DEFAULT 0,
    principal_outstanding_derived decimal(19, 6) NOT NULL DEFAULT 0,
    interest_outstanding_derived decimal(19, 6) NOT NULL DEFAULT 0,
    total_outstanding_derived decimal(19, 6) NOT NULL DEFAULT 0,
    loan_counter smallint
);
INSERT INTO m_loan (id, account_no, external_id, client_id, group_id, product_id, fund_id, loan_officer_id, loanpurpose_cv_id, loan_status_id, loan_type_enum, currency_code,
    currency_digits, principal_amount_proposed, principal_amount, approved_principal, annual_nominal_interest_rate, interest_method_enum, term_frequency, repay_every,
    repayment_period_frequency_enum, number_of_repayments, submittedon_date, submittedon_userid, approvedon_date, approvedon_userid, disbursedon_date, disbursedon_userid,
    expected_maturedon_date, closedon_date, writtenoffon_date, principal_disbursed_derived, principal_outstanding_derived, interest_outstanding_derived, total_outstanding_derived,
    loan_counter)
SELECT id, lpad(id::text, 9, '0'), CASE WHEN sub >= date '2023-03-01' THEN fixture_gen.uuid('lext', id) END, cid, CASE WHEN product = 2 THEN grp END, product,
       CASE WHEN q % 4 = 0 THEN fund ELSE 1 END, staff,
       CASE product WHEN 1 THEN (ARRAY[20, 21, 20, 27])[1 + q % 4] WHEN 2 THEN (ARRAY[20, 24, 21])[1 + q % 3] WHEN 3 THEN 22 WHEN 4 THEN 26 WHEN 5 THEN 25 WHEN 6 THEN 28 WHEN 7 THEN (ARRAY[20, 21])[1 + q % 2]
            ELSE (ARRAY[22, 29])[1 + q % 2] END,
       status, CASE WHEN product = 2 THEN 3 ELSE 1 END, cur, CASE WHEN cur = 'UGX' THEN 0 ELSE 2 END,
       CASE WHEN q % 6 = 0 THEN principal * 1.2 ELSE principal END, principal, principal, rate * 12, 1, nrep, 1, freq, nrep,
       sub, staff + 1, appr, CASE WHEN appr IS NULL THEN NULL WHEN principal > CASE WHEN cur = 'UGX' THEN 5000000 ELSE 150000 END THEN 46 ELSE (off - 4) * 4 + 2 END,
       disb, CASE WHEN disb IS NOT NULL THEN (off - 4) * 4 + 2 END, mat, closedon, wo,
       CASE WHEN disb IS NOT NULL THEN principal ELSE 0 END, pout, iout, pout + iout, counter
FROM fgen.lo ORDER BY id;

CREATE TABLE m_loan_repayment_schedule (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    loan_id bigint NOT NULL,
    fromdate date,
    duedate date NOT NULL,
    installment smallint NOT NULL,
    principal_amount decimal(19, 6),
    principal_completed_derived decimal(19, 6),
    interest_amount decimal(19, 6),
    interest_completed_derived decimal(19, 6),
    fee_charges_amount decimal(19, 6),
    penalty_charges_amount decimal(19, 6),
    completed_derived boolean NOT NULL,
    obligations_met_on_date date
);
INSERT INTO m_loan_repayment_schedule (loan_id, fromdate, duedate, installment, principal_amount, principal_completed_derived, interest_amount, interest_completed_derived,
    fee_charges_amount, penalty_charges_amount, completed_derived, obligations_met_on_date)
SELECT l.id, fgen.due(l.disb, l.freq, n - 1), fgen.due(l.disb, l.freq, n), n, round(l.principal / l.nrep, d), CASE WHEN done THEN round(l.principal / l.nrep, d) END,
       round(l.interest / l.nrep, d), CASE WHEN done THEN round(l.interest / l.nrep, d) END,
       CASE WHEN n = 1 AND l.product <> 2 THEN round(l.principal * 0.02, d) END, CASE WHEN NOT done AND fgen.due(l.disb, l.freq, n) < date '2024-09-30' THEN round(l.principal * 0.01, d) END,
       done, CASE WHEN done THEN fgen.due(l.disb, l.freq, n) - (n % 3) END
FROM fgen.lo l CROSS JOIN LATERAL generate_series(1, l.nrep) n
CROSS JOIN LATERAL (SELECT CASE WHEN l.cur = 'UGX' THEN 0 ELSE 2 END AS d,
                           l.status IN (600, 700) OR (l.status = 300 AND fgen.due(l.disb, l.freq, n) < date '2024-09-30' - CASE WHEN l.q % 13 = 0 THEN 60 ELSE 0 END)
                           OR (l.status = 601 AND n <= l.nrep / 3) AS done) x
WHERE l.disb IS NOT NULL AND l.id % 9 = 0
ORDER BY l.id, n;

CREATE TABLE m_payment_type (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    value varchar(100),
    description varchar(500),
    is_cash_payment boolean DEFAULT false,
    order_position integer NOT NULL DEFAULT 0
);
INSERT INTO m_payment_type (id, value, description, is_cash_payment, order_position) VALUES
 (1, 'Cash', 'Cash at branch till', true, 1), (2, 'M-Pesa Paybill', 'Safaricom M-Pesa paybill 4097713 (C2B) and B2C disbursements', false, 2),
 (3, 'MTN Mobile Money', 'MTN MoMo merchant code 714520', false, 3), (4, 'Airtel Money', 'Airtel Money Uganda/Kenya', false, 4),
 (5, 'Bank Transfer', 'EFT/RTGS to collection account', false, 5), (6, 'Cheque', NULL, false, 6);

-- Loan transactions: for every third disbursed loan, the disbursement,
-- up to five repayments and a write-off.
CREATE TABLE fgen.lt AS
SELECT row_number() OVER (ORDER BY t.dt, t.loan_id, t.seq)::int AS tid, t.* FROM (
  SELECT l.id AS loan_id, l.q, l.off, l.cur, l.c, l.cid, l.staff, 0 AS seq, 1 AS ttype, l.disb AS dt, l.principal AS amount, l.principal AS pp, 0::numeric AS ip,
         CASE WHEN l.c = 'ke' THEN CASE WHEN l.q % 5 = 0 THEN 1 ELSE 2 END WHEN l.q % 3 = 0 THEN 1 ELSE 3 END AS pt, l.principal AS bal
  FROM fgen.lo l WHERE l.disb IS NOT NULL AND l.id % 3 = 0
  UNION ALL
  SELECT l.id, l.q, l.off, l.cur, l.c, l.cid, l.staff, n, 2, least(fgen.due(l.disb, l.freq, n) + (n % 4) - 1, date '2024-09-29'),
         round((l.principal + l.interest) / l.nrep * CASE WHEN n % 7 = 3 THEN 0.5 ELSE 1 END, CASE WHEN l.cur = 'UGX' THEN -2 ELSE 0 END),
         round(l.principal / l.nrep * CASE WHEN n % 7 = 3 THEN 0.5 ELSE 1 END, CASE WHEN l.cur = 'UGX' THEN 0 ELSE 2 END),
         round(l.interest / l.nrep * CASE WHEN n % 7 = 3 THEN 0.5 ELSE 1 END, CASE WHEN l.cur = 'UGX' THEN 0 ELSE 2 END),
         CASE WHEN l.c = 'ke' THEN (ARRAY[2, 2, 2, 2, 1, 2, 4, 2, 5, 6])[1 + fixture_gen.n('ltpt', l.q * 100 + n, 10)] ELSE (ARRAY[3, 3, 1, 4, 3, 1, 5])[1 + fixture_gen.n('ltpt', l.q * 100 + n, 7)] END,
         greatest(0, round(l.principal * (1 - n::numeric / l.nrep), CASE WHEN l.cur = 'UGX' THEN 0 ELSE 2 END))
  FROM fgen.lo l CROSS JOIN LATERAL generate_series(greatest(1, l.nrep - 4), l.nrep) n
  WHERE l.disb IS NOT NULL AND l.id % 3 = 0 AND fgen.due(l.disb, l.freq, n) < date '2024-09-30' AND NOT (l.status = 601 AND n > l.nrep / 3)
  UNION ALL
  SELECT l.id, l.q, l.off, l.cur, l.c, l.cid, l.staff, 99, 6, l.wo, round(l.principal * 0.6, 0), round(l.principal * 0.6, 0), 0, NULL, 0
  FROM fgen.lo l WHERE l.status = 601 AND l.id % 3 = 0) t;
ALTER TABLE fgen.lt ADD reversed boolean, ADD payer text, ADD receipt text;
UPDATE fgen.lt SET reversed = ttype = 2 AND tid % 61 = 7,
  payer = CASE WHEN pt IN (2, 3, 4) THEN CASE WHEN ttype = 2 AND tid % 5 = 0 THEN fgen.msisdn(c, 'ltpy', tid) ELSE (SELECT msisdn FROM fgen.cl WHERE i = cid) END
               WHEN pt = 5 THEN CASE WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['0180', '1100', '0120'], 'ltbk', tid) || fixture_gen.digits('ltba', tid, 9) ELSE '31' || fixture_gen.digits('ltba', tid, 8) END
               WHEN pt = 6 THEN fixture_gen.digits('ltcq', tid, 10) END,
  receipt = CASE WHEN pt = 2 THEN fgen.mpesa_code(dt, 'ltrc', tid) WHEN pt = 3 THEN fixture_gen.digits('ltrc', tid, 11) WHEN pt = 4 THEN 'MP' || to_char(dt, 'YYMMDD') || '.' || fixture_gen.digits('ltrc', tid, 4) || '.' || fixture_gen.chars('ltrc', tid, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')
                 WHEN pt = 1 THEN 'RCT-' || upper(c) || lpad(off::text, 2, '0') || '-' || lpad((tid * 3)::text, 6, '0') WHEN pt = 5 THEN 'FT' || to_char(dt, 'YYDDD') || fixture_gen.chars('ltrc', tid, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') END;

-- Savings accounts (one per active or closed client) and, for every second
-- account, a few transactions.
CREATE TABLE fgen.sa AS
SELECT c.sid, c.i AS cid, c.k, c.c, c.off, c.staff, c.grp, c.act, c.closed, c.msisdn,
       CASE WHEN c.c = 'ug' THEN 3 WHEN c.grp IS NOT NULL AND c.k % 3 <> 0 THEN 2 ELSE 1 END AS product,
       CASE WHEN c.status = 600 THEN 600 ELSE 300 END AS status, CASE WHEN c.c = 'ug' THEN 'UGX' ELSE 'KES' END AS cur
FROM fgen.cl c WHERE c.sid IS NOT NULL;
CREATE TABLE fgen.st2 AS
SELECT row_number() OVER (ORDER BY t.dt, t.sid, t.n)::int AS xid, t.* FROM (
  SELECT a.sid, a.c, a.off, a.staff, a.cur, a.msisdn, n, tt.ttype,
         CASE WHEN tt.ttype = 3 THEN (date_trunc('month', d.dt) - interval '1 day')::date ELSE d.dt END AS dt,
         CASE WHEN tt.ttype = 3 THEN CASE WHEN a.cur = 'UGX' THEN 100 * (1 + fixture_gen.n('sxi', a.sid * 10 + n, 40)) ELSE round(3 + fixture_gen.n('sxi', a.sid * 10 + n, 9000) / 100.0, 2) END
              WHEN a.cur = 'UGX' THEN 5000 * (1 + fixture_gen.n('sxa', a.sid * 10 + n, 40)) ELSE 50 * (2 + fixture_gen.n('sxa', a.sid * 10 + n, 120)) END
           * CASE WHEN tt.ttype = 2 THEN 1.5 ELSE 1 END AS amount,
         CASE WHEN tt.ttype = 3 THEN NULL WHEN a.c = 'ke' THEN (ARRAY[2, 2, 2, 1, 2, 1])[1 + fixture_gen.n('sxp', a.sid * 10 + n, 6)] ELSE (ARRAY[3, 1, 3, 4])[1 + fixture_gen.n('sxp', a.sid * 10 + n, 4)] END AS pt
  FROM fgen.sa a CROSS JOIN LATERAL generate_series(1, 4) n
  CROSS JOIN LATERAL (SELECT a.act + ((coalesce(a.closed, date '2024-09-29') - a.act) * (n - 1 + fixture_gen.n('sxd', a.sid * 10 + n, 100) / 100.0) / 4)::int AS dt) d
  CROSS JOIN LATERAL (SELECT CASE WHEN n = 1 THEN 1 WHEN n = 4 AND a.sid % 3 = 0 THEN 2 WHEN n = 3 AND a.sid % 4 = 2 THEN 3 ELSE 1 END AS ttype) tt
  WHERE a.sid % 3 = 0) t;
ALTER TABLE fgen.st2 ADD receipt text, ADD payer text, ADD bal numeric;
UPDATE fgen.st2 SET receipt = CASE WHEN pt = 2 THEN fgen.mpesa_code(dt, 'sxrc', xid) WHEN pt = 3 THEN fixture_gen.digits('sxrc', xid, 11)
                                   WHEN pt = 4 THEN 'MP' || to_char(dt, 'YYMMDD') || '.' || fixture_gen.digits('sxrc', xid, 4) || '.' || fixture_gen.chars('sxrc', xid, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')
                                   WHEN pt = 1 THEN 'RCT-' || upper(c) || lpad(off::text, 2, '0') || '-S' || lpad((xid * 7)::text, 6, '0') END,
  payer = CASE WHEN pt IN (2, 3, 4) THEN CASE WHEN xid % 6 = 0 THEN fgen.msisdn(c, 'sxpy', xid) ELSE msisdn END END;
UPDATE fgen.st2 s SET bal = x.b FROM (SELECT xid, sum(CASE WHEN ttype = 2 THEN -amount ELSE amount END) OVER (PARTITION BY sid ORDER BY dt, xid) AS b FROM fgen.st2) x WHERE x.xid = s.xid;

-- Payment details, numbered in the order they were posted.
CREATE TABLE fgen.pd AS
SELECT row_number() OVER (ORDER BY dt, src, ref)::int AS pdid, z.* FROM (
  SELECT 'L' AS src, tid AS ref, dt, pt, payer, receipt, c FROM fgen.lt WHERE pt IS NOT NULL
  UNION ALL
  SELECT 'S', xid, dt, pt, payer, receipt, c FROM fgen.st2 WHERE pt IS NOT NULL) z;

CREATE TABLE m_payment_detail (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    payment_type_id bigint,
    account_number varchar(100),
    check_number varchar(100),
    receipt_number varchar(100),
    bank_number varchar(100),
    routing_code varchar(100)
);
INSERT INTO m_payment_detail (id, payment_type_id, account_number, check_number, receipt_number, bank_number, routing_code)
SELECT pdid, pt, CASE WHEN pt = 6 THEN CASE WHEN c = 'ke' THEN '0' || fixture_gen.digits('pdca', pdid, 12) ELSE '90' || fixture_gen.digits('pdca', pdid, 10) END ELSE payer END,
       CASE WHEN pt = 6 THEN fixture_gen.digits('pdcq', pdid, 6) END, receipt,
       CASE WHEN pt IN (5, 6) THEN CASE WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['Equity Bank', 'KCB', 'Co-operative Bank', '68'], 'pdbn', pdid) ELSE fixture_gen.pick(ARRAY['Stanbic Bank Uganda', 'Centenary Bank', 'dfcu'], 'pdbn', pdid) END END,
       CASE WHEN pt IN (5, 6) THEN CASE WHEN c = 'ke' THEN fixture_gen.pick(ARRAY['68012', '01100', '11020', '68071'], 'pdrc', pdid) ELSE fixture_gen.pick(ARRAY['SBICUGKX', 'CERBUGKA', 'DFCUUGKA'], 'pdrc', pdid) END END
FROM fgen.pd ORDER BY pdid;

CREATE TABLE m_loan_transaction (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    loan_id bigint NOT NULL,
    office_id bigint NOT NULL,
    payment_detail_id bigint,
    is_reversed boolean NOT NULL,
    external_id varchar(100),
    transaction_type_enum smallint NOT NULL,
    transaction_date date NOT NULL,
    amount decimal(19, 6) NOT NULL,
    principal_portion_derived decimal(19, 6),
    interest_portion_derived decimal(19, 6),
    fee_charges_portion_derived decimal(19, 6),
    penalty_charges_portion_derived decimal(19, 6),
    outstanding_loan_balance_derived decimal(19, 6),
    submitted_on_date date NOT NULL,
    created_by bigint,
    created_on_utc timestamp
);
INSERT INTO m_loan_transaction (id, loan_id, office_id, payment_detail_id, is_reversed, external_id, transaction_type_enum, transaction_date, amount, principal_portion_derived,
    interest_portion_derived, fee_charges_portion_derived, penalty_charges_portion_derived, outstanding_loan_balance_derived, submitted_on_date, created_by, created_on_utc)
SELECT t.tid, t.loan_id, t.off, p.pdid, t.reversed, CASE WHEN t.pt = 2 AND t.ttype = 2 AND t.dt >= date '2021-03-15' THEN t.receipt WHEN t.dt >= date '2023-03-01' THEN fixture_gen.uuid('ltex', t.tid) END,
       t.ttype, t.dt, t.amount, t.pp, t.ip, CASE WHEN t.ttype = 2 THEN greatest(0, t.amount - t.pp - t.ip) ELSE 0 END, 0, t.bal, t.dt,
       CASE WHEN t.pt = 2 AND t.ttype = 2 AND t.dt >= date '2021-03-15' THEN 50 WHEN t.ttype = 6 THEN 47 ELSE t.staff + 1 END,
       greatest(t.dt, date '2019-05-19') + make_interval(hours => 7 + fixture_gen.n('lth', t.tid, 12), mins => fixture_gen.n('ltm', t.tid, 60), secs => fixture_gen.n('lts', t.tid, 60))
FROM fgen.lt t LEFT JOIN fgen.pd p ON p.src = 'L' AND p.ref = t.tid ORDER BY t.tid;

CREATE TABLE m_savings_account (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE,
    external_id varchar(100),
    client_id bigint,
    group_id bigint,
    product_id bigint,
    field_officer_id bigint,
    status_enum smallint NOT NULL DEFAULT 300,
    account_type_enum smallint NOT NULL DEFAULT 1,
    submittedon_date date NOT NULL,
    submittedon_userid bigint,
    approvedon_date date,
    activatedon_date date,
    closedon_date date,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    nominal_annual_interest_rate decimal(19, 6) NOT NULL,
    min_required_opening_balance decimal(19, 6),
    account_balance_derived decimal(19, 6) NOT NULL DEFAULT 0,
    total_deposits_derived decimal(19, 6),
    total_withdrawals_derived decimal(19, 6),
    version integer NOT NULL DEFAULT 1
);
INSERT INTO m_savings_account (id, account_no, external_id, client_id, group_id, product_id, field_officer_id, status_enum, account_type_enum, submittedon_date, submittedon_userid,
    approvedon_date, activatedon_date, closedon_date, currency_code, currency_digits, nominal_annual_interest_rate, min_required_opening_balance, account_balance_derived,
    total_deposits_derived, total_withdrawals_derived, version)
SELECT a.sid, lpad((100000000 + a.sid)::text, 9, '0'), NULL, a.cid, NULL, a.product, a.staff, a.status, 1, a.act, a.staff + 1, a.act, a.act, a.closed, a.cur, CASE WHEN a.cur = 'UGX' THEN 0 ELSE 2 END,
       CASE a.product WHEN 1 THEN 4 WHEN 2 THEN 0 ELSE 5 END, CASE WHEN a.cur = 'UGX' THEN 10000 ELSE 200 END,
       CASE WHEN a.status = 600 THEN 0 ELSE coalesce(x.bal, CASE WHEN a.cur = 'UGX' THEN 5000 * (2 + fixture_gen.n('sab', a.sid, 80)) ELSE 50 * (4 + fixture_gen.n('sab', a.sid, 300)) END) END,
       coalesce(x.dep, 0), coalesce(x.wd, 0), 1 + coalesce(x.n, 0)
FROM fgen.sa a LEFT JOIN (SELECT sid, (array_agg(bal ORDER BY dt DESC, xid DESC))[1] AS bal, sum(amount) FILTER (WHERE ttype = 1) AS dep, sum(amount) FILTER (WHERE ttype = 2) AS wd, count(*)::int AS n
                          FROM fgen.st2 GROUP BY sid) x ON x.sid = a.sid
ORDER BY a.sid;

CREATE TABLE m_savings_account_transaction (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    savings_account_id bigint NOT NULL,
    office_id bigint NOT NULL,
    payment_detail_id bigint,
    transaction_type_enum smallint NOT NULL,
    is_reversed boolean NOT NULL,
    transaction_date date NOT NULL,
    amount decimal(19, 6) NOT NULL,
    balance_end_date_derived date,
    running_balance_derived decimal(19, 6),
    is_manual boolean DEFAULT false,
    created_date timestamp NOT NULL,
    appuser_id bigint
);
INSERT INTO m_savings_account_transaction (id, savings_account_id, office_id, payment_detail_id, transaction_type_enum, is_reversed, transaction_date, amount, balance_end_date_derived,
    running_balance_derived, is_manual, created_date, appuser_id)
SELECT s.xid, s.sid, s.off, p.pdid, s.ttype, s.xid % 97 = 13, s.dt, s.amount, lead(s.dt) OVER (PARTITION BY s.sid ORDER BY s.dt, s.xid) - 1, s.bal, s.ttype <> 3,
       greatest(s.dt, date '2019-05-19') + make_interval(hours => CASE WHEN s.ttype = 3 THEN 23 ELSE 8 + fixture_gen.n('sxh', s.xid, 10) END, mins => fixture_gen.n('sxm', s.xid, 60)),
       CASE WHEN s.ttype = 3 THEN NULL WHEN s.pt = 2 AND s.dt >= date '2021-03-15' THEN 50 ELSE s.staff + 1 END
FROM fgen.st2 s LEFT JOIN fgen.pd p ON p.src = 'S' AND p.ref = s.xid ORDER BY s.xid;

CREATE TABLE m_guarantor (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    loan_id bigint NOT NULL,
    client_reln_cv_id integer,
    type_enum smallint NOT NULL,
    entity_id bigint,
    firstname varchar(50),
    lastname varchar(50),
    dob date,
    address_line_1 varchar(500),
    address_line_2 varchar(500),
    city varchar(50),
    state varchar(50),
    country varchar(50),
    zip varchar(20),
    house_phone_number varchar(20),
    mobile_number varchar(20),
    comment varchar(500),
    is_active boolean NOT NULL DEFAULT true
);
INSERT INTO m_guarantor (loan_id, client_reln_cv_id, type_enum, entity_id, firstname, lastname, dob, address_line_1, address_line_2, city, state, country, zip, house_phone_number,
    mobile_number, comment, is_active)
SELECT l.id, CASE WHEN g.t = 2 THEN 36 ELSE (ARRAY[30, 30, 31, 32, 33, 34, 35])[1 + fixture_gen.n('gurl', l.q, 7)] END, g.t,
       CASE WHEN g.t = 1 THEN (SELECT c.i FROM fgen.cl c WHERE c.off = l.off AND c.i <> l.cid AND c.status = 300 ORDER BY md5(c.i::text || l.q) LIMIT 1)
            WHEN g.t = 2 THEN (l.off - 4) * 4 + 1 END,
       CASE WHEN g.t = 3 THEN fgen.first(l.c, g.sex, 'gufn', l.q) END, CASE WHEN g.t = 3 THEN fgen.surname(l.c, g.sex, 'guln', l.q) END,
       CASE WHEN g.t = 3 AND l.q % 5 <> 0 THEN date '1955-01-01' + fixture_gen.n('gudb', l.q, 365 * 45) END,
       CASE WHEN g.t = 3 THEN CASE fixture_gen.n('gua1', l.q, 4) WHEN 0 THEN 'P.O. Box ' || (10 + fixture_gen.n('gubx', l.q, 9000)) || coalesce('-' || o.postal, ', ' || o.town)
              WHEN 1 THEN 'Plot ' || (3 + fixture_gen.n('gupl', l.q, 400)) || ', ' || fixture_gen.pick(o.roads, 'gurd', l.q)
              WHEN 2 THEN o.areas[1 + fixture_gen.n('guar', l.q, 6)] || ', House ' || (1 + fixture_gen.n('guhs', l.q, 120)) ELSE NULL END END,
       CASE WHEN g.t = 3 AND l.q % 3 = 0 THEN 'Works at ' || fixture_gen.pick(ARRAY['Kenya Power depot', 'Bidco factory', 'the county hospital', 'Mumias Sugar', 'Nile Breweries', 'Mukwano Industries', 'the district office'], 'guwk', l.q) END,
       CASE WHEN g.t = 3 THEN o.town END, CASE WHEN g.t = 3 THEN o.county END, CASE WHEN g.t = 3 THEN CASE WHEN l.c = 'ke' THEN 'Kenya' ELSE 'Uganda' END END,
       CASE WHEN g.t = 3 THEN o.postal END,
       CASE WHEN g.t = 3 AND l.q % 11 = 0 THEN CASE WHEN l.c = 'ke' THEN '020 ' || fixture_gen.digits('guhp', l.q, 7) ELSE '0414 ' || fixture_gen.digits('guhp', l.q, 6) END END,
       CASE WHEN g.t = 3 THEN fgen.local(fgen.msisdn(l.c, 'gumb', l.q), fixture_gen.n('gums', l.q, 3)) END,
       CASE fixture_gen.n('guco', l.q, 8) WHEN 0 THEN 'Guarantor visited at home, confirmed assets (TV, fridge, 2 cows)'
         WHEN 1 THEN 'Husband of the borrower, signed spousal consent' WHEN 2 THEN 'Has savings of ' || CASE WHEN l.c = 'ke' THEN 'KES 20,000' ELSE 'UGX 800,000' END || ' with us, lien placed'
         WHEN 3 THEN 'Call before 8pm only' ELSE NULL END,
       l.status NOT IN (600, 700)
FROM fgen.lo l JOIN fgen.of o ON o.off = l.off
CROSS JOIN LATERAL (SELECT CASE WHEN l.q % 10 < 4 THEN 1 WHEN l.q % 37 = 0 THEN 2 ELSE 3 END AS t, CASE WHEN l.q % 3 = 0 THEN 'F' ELSE 'M' END AS sex) g
WHERE l.product <> 2 AND l.status NOT IN (400, 500) AND l.id % 3 <> 0
ORDER BY l.id;

-- ---------------------------------------------------------------------------
-- Notes, meeting calendars, the command audit.

CREATE TABLE m_note (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id bigint,
    group_id bigint,
    loan_id bigint,
    loan_transaction_id bigint,
    savings_account_id bigint,
    savings_account_transaction_id bigint,
    share_account_id bigint,
    note_type_enum smallint NOT NULL,
    note varchar(1000),
    createdby_id bigint,
    created_date timestamp,
    lastmodifiedby_id bigint,
    lastmodified_date timestamp
);
CREATE TABLE fgen.nt AS
SELECT k, kind, cid, gid, lid, ltid, said, dt, staff, off, c, fn, ln, msisdn, market, area, town FROM (
  SELECT k, CASE WHEN k % 10 < 4 THEN 100 WHEN k % 10 < 8 THEN 200 WHEN k % 10 = 8 THEN 300 ELSE CASE WHEN k % 20 = 9 THEN 600 ELSE 500 END END AS kind FROM generate_series(1, 1500) k) b
CROSS JOIN LATERAL (
  SELECT c.i AS cid, c.grp AS gid, l.id AS lid, t.tid AS ltid, c.sid AS said, c.staff, c.off, c.c, c.fn, c.ln, c.msisdn, c.market, c.area, c.town,
         CASE WHEN b.kind = 100 THEN greatest(c.sub, date '2019-05-20') + fixture_gen.n('ntd', b.k, 400) WHEN b.kind = 300 THEN t.dt ELSE greatest(coalesce(l.disb, l.sub), date '2019-05-20') + fixture_gen.n('ntd', b.k, 200) END AS dt
  FROM fgen.lo l JOIN fgen.cl c ON c.i = l.cid LEFT JOIN fgen.lt t ON t.loan_id = l.id AND t.ttype = 2 AND t.seq = (SELECT max(seq) FROM fgen.lt x WHERE x.loan_id = l.id AND x.ttype = 2)
  WHERE l.id = 1 + (b.k * 577) % 1400 AND (b.kind <> 300 OR t.tid IS NOT NULL) LIMIT 1) x
WHERE NOT (kind = 600 AND gid IS NULL);
INSERT INTO m_note (client_id, group_id, loan_id, loan_transaction_id, savings_account_id, savings_account_transaction_id, share_account_id, note_type_enum, note, createdby_id,
    created_date, lastmodifiedby_id, lastmodified_date)
SELECT CASE WHEN kind = 100 THEN cid END, CASE WHEN kind = 600 THEN gid END, CASE WHEN kind IN (200, 300) THEN lid END, CASE WHEN kind = 300 THEN ltid END,
       CASE WHEN kind = 500 THEN said END, NULL, NULL, kind,
       CASE kind
         WHEN 100 THEN CASE fixture_gen.n('nt1', k, 12)
           WHEN 0 THEN 'Client relocated stall from ' || market || ' block B to block D. Same business (second-hand clothes).'
           WHEN 1 THEN 'Called client on ' || fgen.local(msisdn, 0) || ' - phone off. Left message with neighbour.'
           WHEN 2 THEN 'Client reports new number ' || fgen.local(fgen.msisdn(c, 'ntnm', k), 0) || ', old line lost. Updated after ID verification.'
           WHEN 3 THEN 'Spouse ' || fgen.first(c, 'M', 'nths', k) || ' ' || ln || ' came to the branch asking about the loan balance; told them we only discuss with the client.'
           WHEN 4 THEN 'KYC complete, original ID sighted.'
           WHEN 5 THEN 'Home visit done in ' || area || '. House is rented, 2 rooms. Business stock estimated ' || CASE WHEN c = 'ke' THEN 'KES 60,000' ELSE 'UGX 2.5M' END || '.'
           WHEN 6 THEN 'Client was hospitalised (malaria) in March, daughter paying instalments in the meantime.'
           WHEN 7 THEN 'Referred by ' || fgen.first(c, 'F', 'ntrf', k) || ' ' || fgen.surname(c, 'F', 'ntrf', k) || ' of ' || market || '.'
           WHEN 8 THEN 'Attended financial literacy training.'
           WHEN 9 THEN 'CRB check clear.'
           WHEN 10 THEN 'Client wants to move to individual lending after this cycle.'
           ELSE 'Client requested statement by email.' END
         WHEN 200 THEN CASE fixture_gen.n('nt2', k, 12)
           WHEN 0 THEN 'Approved by credit committee.'
           WHEN 1 THEN 'Repayment delayed due to fire at ' || market || '. Follow up next week.'
           WHEN 2 THEN 'Promised to clear arrears by Friday. Spoke to ' || fn || ' on ' || fgen.local(msisdn, 2) || '.'
           WHEN 3 THEN 'Disbursed to M-Pesa as requested by client.'
           WHEN 4 THEN 'Crop failed after the short rains; recommend rescheduling.'
           WHEN 5 THEN 'Guarantor ' || fgen.first(c, 'M', 'ntgu', k) || ' ' || fgen.surname(c, 'M', 'ntgu', k) || ' informed of arrears.'
           WHEN 6 THEN 'Top-up approved, previous loan cleared.'
           WHEN 7 THEN 'Collateral: fridge, TV and sofa set, photos on file.'
           WHEN 8 THEN 'Reduced amount from appraisal - cash flow weak.'
           WHEN 9 THEN 'Loan officer changed after transfer.'
           WHEN 10 THEN 'Client paid via sister''s line ' || fgen.local(fgen.msisdn(c, 'ntss', k), 0) || ', receipt attached.'
           ELSE NULL END
         WHEN 300 THEN CASE fixture_gen.n('nt3', k, 5) WHEN 0 THEN 'Paid at meeting' WHEN 1 THEN 'Paid by guarantor' WHEN 2 THEN 'M-Pesa confirmation forwarded by ' || fn
                             WHEN 3 THEN 'Partial - balance next week' ELSE 'Cash received at till' END
         WHEN 500 THEN CASE fixture_gen.n('nt5', k, 4) WHEN 0 THEN 'Savings blocked as loan security' WHEN 1 THEN 'Withdrawal for school fees' WHEN 2 THEN 'Standing order from salary' ELSE 'Interest posted manually' END
         ELSE CASE fixture_gen.n('nt6', k, 4) WHEN 0 THEN 'Group elected new chairlady ' || fgen.first(c, 'F', 'ntcl', k) || ' ' || fgen.surname(c, 'F', 'ntcl', k) || '.'
                   WHEN 1 THEN 'Meeting attendance low during planting season.' WHEN 2 THEN 'Group changed meeting day to Thursday.' ELSE 'Two members defaulted, group paying for them.' END END,
       staff + 1, dt + make_interval(hours => 8 + fixture_gen.n('nth', k, 10), mins => fixture_gen.n('ntm', k, 60)), staff + 1,
       dt + make_interval(hours => 8 + fixture_gen.n('nth', k, 10), mins => fixture_gen.n('ntm', k, 60)) + CASE WHEN k % 9 = 0 THEN interval '2 days' ELSE interval '0' END
FROM fgen.nt WHERE dt < date '2024-09-29' ORDER BY dt, k;

CREATE TABLE m_calendar (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    title varchar(50) NOT NULL,
    description varchar(100),
    location varchar(100),
    start_date date NOT NULL,
    end_date date,
    duration smallint,
    calendar_type_enum smallint NOT NULL,
    repeating boolean NOT NULL DEFAULT false,
    recurrence varchar(100),
    meeting_time time,
    createdby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp
);
INSERT INTO m_calendar (id, title, description, location, start_date, end_date, duration, calendar_type_enum, repeating, recurrence, meeting_time, createdby_id, created_date, lastmodified_date)
SELECT g.g, CASE WHEN g.lvl = 1 THEN 'centers_' ELSE 'groups_' END || g.g || '_CollectionMeeting',
       CASE fixture_gen.n('cald', g.g, 6) WHEN 0 THEN 'Moved to Thursdays during planting season' WHEN 1 THEN 'Bring passbooks'
            WHEN 2 THEN 'Secretary ' || fgen.first(o.c, 'F', 'cals', g.g) || ' ' || fgen.surname(o.c, 'F', 'cals', g.g) || ' keeps the register' ELSE NULL END,
       CASE fixture_gen.n('call', g.g, 7)
         WHEN 0 THEN 'Chief''s camp, ' || o.areas[1 + g.g % 6]
         WHEN 1 THEN 'At the chairlady''s home (' || fgen.first(o.c, 'F', 'calc', g.g) || ' ' || fgen.surname(o.c, 'F', 'calc', g.g) || '), ' || o.areas[1 + g.g % 6]
         WHEN 2 THEN o.market || ', behind block ' || substr('ABCDE', 1 + g.g % 5, 1)
         WHEN 3 THEN fixture_gen.pick(ARRAY['ACK St. Stephen''s church hall', 'PCEA church compound', 'Catholic parish hall', 'Community social hall', 'Primary school classroom'], 'calv', g.g)
         WHEN 4 THEN 'Treasurer''s shop, ' || fixture_gen.pick(o.roads, 'calr', g.g) || ' - call ' || fgen.local(fgen.msisdn(o.c, 'calp', g.g), 0)
         WHEN 5 THEN 'Branch office'
         ELSE NULL END,
       g.sub + 7, CASE WHEN g.status = 600 THEN g.closed END, NULL, 1, true,
       CASE fixture_gen.n('calr', g.g, 4) WHEN 0 THEN 'FREQ=WEEKLY;INTERVAL=1;BYDAY=' || (ARRAY['MO', 'TU', 'WE', 'TH', 'FR', 'SA'])[1 + g.g % 6]
            WHEN 1 THEN 'FREQ=WEEKLY;INTERVAL=2;BYDAY=' || (ARRAY['MO', 'TU', 'WE', 'TH', 'FR', 'SA'])[1 + g.g % 6]
            WHEN 2 THEN 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=' || (1 + g.g % 28) ELSE 'FREQ=WEEKLY;INTERVAL=1;BYDAY=' || (ARRAY['TU', 'TH'])[1 + g.g % 2] END,
       time '07:00' + make_interval(mins => 30 * fixture_gen.n('calt', g.g, 14)), g.staff + 1,
       greatest(g.sub, date '2019-05-20') + time '10:15' + make_interval(mins => g.g), greatest(g.sub, date '2019-05-20') + time '10:15' + make_interval(days => g.g % 5 * 40, mins => g.g)
FROM fgen.gr g JOIN fgen.of o ON o.off = g.off ORDER BY g.g;

CREATE TABLE m_calendar_instance (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    calendar_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    entity_type_enum smallint NOT NULL
);
INSERT INTO m_calendar_instance (calendar_id, entity_id, entity_type_enum)
SELECT cal, ent, typ FROM (
  SELECT g AS cal, g AS ent, CASE WHEN lvl = 1 THEN 4 ELSE 2 END AS typ, 0 AS ord, g AS o2 FROM fgen.gr
  UNION ALL
  SELECT grp, id, 3, 1, id FROM fgen.lo WHERE product = 2 AND disb IS NOT NULL AND id % 2 = 0) x ORDER BY ord, o2;

-- The maker-checker audit: the commands the API accepted since July 2023
-- (older rows were archived; go-live was 2019-05-20, older clients and
-- loans were migrated), each request body as the web app or an
-- integration sent it.
CREATE FUNCTION fgen.compact(j json) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(j::text, '" : ', '":'), ', "', ',"') $$;
CREATE FUNCTION fgen.fd(d date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(d, 'DD FMMonth YYYY') $$;

CREATE TABLE fgen.cs AS
SELECT row_number() OVER (ORDER BY z.made, z.ord, z.ref)::int AS id, z.* FROM (
  SELECT 1 AS ord, c.i AS ref, 'CREATE' AS act, 'CLIENT' AS ent, c.off, c.grp AS gid, c.i AS cid, NULL::int AS lid, NULL::int AS said, NULL::int AS tid, '/clients/template' AS url, c.i AS rid,
         fgen.compact(CASE WHEN c.ent THEN json_build_object('officeId', c.off, 'legalFormId', 2, 'fullname', c.biz, 'externalId', c.natid, 'mobileNo', c.mobile, 'emailAddress', c.email,
             'dateOfBirth', fgen.fd(c.dob), 'clientTypeId', c.ctype, 'clientNonPersonDetails', json_build_object('incorpNumber', c.natid, 'constitutionId', 98, 'mainBusinessLineId', 103, 'locale', 'en', 'dateFormat', 'dd MMMM yyyy'),
             'staffId', c.staff, 'active', false, 'submittedOnDate', fgen.fd(c.sub), 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')
           ELSE json_build_object('officeId', c.off, 'legalFormId', 1, 'firstname', c.fn, 'middlename', c.mn, 'lastname', c.ln, 'externalId', c.natid, 'mobileNo', c.mobile,
             'emailAddress', c.email, 'genderId', CASE WHEN c.sex = 'F' THEN 15 ELSE 14 END, 'dateOfBirth', fgen.fd(c.dob), 'clientTypeId', c.ctype,
             'clientClassificationId', CASE WHEN c.grp IS NOT NULL THEN 50 ELSE 51 END, 'staffId', c.staff, 'savingsProductId', CASE WHEN c.c = 'ug' THEN 3 ELSE 1 END, 'active', false,
             'submittedOnDate', fgen.fd(c.sub), 'locale', 'en', 'dateFormat', 'dd MMMM yyyy',
             'address', json_build_array(json_build_object('addressTypeId', 55, 'street', a.street, 'addressLine1', a.address_line_1, 'addressLine2', a.address_line_2, 'townVillage', a.town_village,
                 'city', a.city, 'countyDistrict', a.county_district, 'stateProvinceId', a.state_province_id, 'countryId', a.country_id, 'postalCode', a.postal_code, 'isActive', true)),
             'familyMembers', (SELECT coalesce(json_agg(json_build_object('firstName', f.firstname, 'lastName', f.lastname, 'relationshipId', f.relationship_cv_id, 'genderId', f.gender_cv_id,
                 'mobileNumber', f.mobile_number, 'dateOfBirth', fgen.fd(f.date_of_birth)) ORDER BY f.id), '[]'::json) FROM m_family_members f WHERE f.client_id = c.i)) END) AS body,
         c.staff + 1 AS maker, c.sub + time '08:00' + make_interval(mins => fixture_gen.n('csm', c.k, 560)) AS made, NULL::int AS checker, NULL::timestamp AS checked, 1 AS res,
         json_build_object('officeId', c.off, 'clientId', c.i, 'resourceId', c.i)::text AS result
  FROM fgen.cl c JOIN m_address a ON a.id = c.i WHERE c.sub >= date '2019-05-20'
  UNION ALL
  SELECT 2, c.i, 'ACTIVATE', 'CLIENT', c.off, c.grp, c.i, NULL, NULL, NULL, '/clients/' || c.i || '?command=activate', c.i,
         fgen.compact(json_build_object('activationDate', fgen.fd(c.act), 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')),
         (c.off - 4) * 4 + 2, c.act + time '09:00' + make_interval(mins => fixture_gen.n('csa', c.k, 500)), NULL, NULL, 1, json_build_object('officeId', c.off, 'clientId', c.i, 'resourceId', c.i)::text
  FROM fgen.cl c WHERE c.act >= date '2019-05-20' AND c.k % 2 = 0
  UNION ALL
  SELECT 3, c.i, 'UPDATE', 'CLIENT', c.off, c.grp, c.i, NULL, NULL, NULL, '/clients/' || c.i, c.i,
         fgen.compact(CASE c.k % 3 WHEN 0 THEN json_build_object('mobileNo', fgen.local(fgen.msisdn(c.c, 'csup', c.k), 0))
              WHEN 1 THEN json_build_object('emailAddress', fgen.fold(coalesce(c.fn, 'info')) || '.' || fgen.fold(coalesce(c.ln, 'biz')) || (c.k % 90) || '@gmail.com')
              ELSE json_build_object('middlename', c.mn, 'lastname', fgen.surname(c.c, 'M', 'csln', c.k), 'externalId', c.natid) END),
         c.staff + 1, c.act + 120 + time '11:00' + make_interval(mins => fixture_gen.n('csu', c.k, 300)), NULL, NULL, 1,
         json_build_object('officeId', c.off, 'clientId', c.i, 'resourceId', c.i, 'changes', json_build_object('mobileNo', 'changed'))::text
  FROM fgen.cl c WHERE c.act >= date '2019-05-20' AND c.act + 120 < date '2024-09-29' AND c.k % 9 = 4 AND NOT c.ent
  UNION ALL
  SELECT 4, ci.id, 'CREATE', 'CLIENTIDENTIFIER', c.off, NULL, c.i, NULL, NULL, NULL, '/clients/' || c.i || '/identifiers/template', ci.id,
         fgen.compact(json_build_object('documentTypeId', ci.document_type_id, 'documentKey', ci.document_key, 'status', 'Active', 'description', coalesce(ci.description, ''))),
         ci.createdby_id, ci.created_date, NULL, NULL, 1, json_build_object('officeId', c.off, 'clientId', c.i, 'resourceId', ci.id)::text
  FROM m_client_identifier ci JOIN fgen.cl c ON c.i = ci.client_id WHERE ci.created_date >= timestamp '2019-05-21' AND ci.id % 5 = 0
  UNION ALL
  SELECT 5, l.id, 'CREATE', 'LOAN', l.off, CASE WHEN l.product = 2 THEN l.grp END, l.cid, l.id, NULL, NULL, '/loans', l.id,
         fgen.compact(json_build_object('clientId', l.cid, 'productId', l.product, 'principal', l.principal::text, 'loanTermFrequency', l.nrep, 'loanTermFrequencyType', l.freq - 1,
           'numberOfRepayments', l.nrep, 'repaymentEvery', 1, 'repaymentFrequencyType', l.freq - 1, 'interestRatePerPeriod', l.rate, 'amortizationType', 1, 'interestType', 1,
           'interestCalculationPeriodType', 1, 'transactionProcessingStrategyCode', 'mifos-standard-strategy', 'loanOfficerId', l.staff, 'loanPurposeId', 20,
           'expectedDisbursementDate', fgen.fd(l.sub + 5), 'submittedOnDate', fgen.fd(l.sub), 'loanType', CASE WHEN l.product = 2 THEN 'jlg' ELSE 'individual' END, 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')),
         l.staff + 1, l.sub + time '09:30' + make_interval(mins => fixture_gen.n('cslc', l.q, 400)), NULL, NULL, 1,
         json_build_object('officeId', l.off, 'clientId', l.cid, 'loanId', l.id, 'resourceId', l.id)::text
  FROM fgen.lo l WHERE l.sub >= date '2019-05-20' AND l.id % 4 = 1
  UNION ALL
  SELECT 6, l.id, 'APPROVE', 'LOAN', l.off, NULL, l.cid, l.id, NULL, NULL, '/loans/' || l.id || '?command=approve', l.id,
         fgen.compact(json_build_object('approvedOnDate', fgen.fd(l.appr), 'approvedLoanAmount', l.principal::text, 'expectedDisbursementDate', fgen.fd(l.appr + 1),
           'note', CASE WHEN l.q % 5 = 0 THEN 'Approved at reduced amount, client ' || coalesce(l.fn || ' ' || l.ln, l.biz) || ' has 2 running loans elsewhere' ELSE '' END, 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')),
         l.staff + 1, l.appr + time '10:00' + make_interval(mins => fixture_gen.n('csap', l.q, 300)),
         CASE WHEN l.status = 100 THEN NULL ELSE (l.off - 4) * 4 + 2 END, CASE WHEN l.status = 100 THEN NULL ELSE l.appr + time '15:00' + make_interval(mins => fixture_gen.n('csac', l.q, 100)) END,
         CASE WHEN l.status = 100 THEN 2 ELSE 1 END, CASE WHEN l.status = 100 THEN NULL ELSE json_build_object('officeId', l.off, 'clientId', l.cid, 'loanId', l.id, 'resourceId', l.id)::text END
  FROM fgen.lo l WHERE l.appr >= date '2019-05-20' AND l.id % 4 = 1
  UNION ALL
  SELECT 7, l.id, 'DISBURSE', 'LOAN', l.off, NULL, l.cid, l.id, NULL, NULL, '/loans/' || l.id || '?command=disburse', l.id,
         fgen.compact(json_build_object('actualDisbursementDate', fgen.fd(l.disb), 'transactionAmount', l.principal::text, 'paymentTypeId', CASE WHEN l.c = 'ke' THEN 2 ELSE 3 END,
           'accountNumber', l.msisdn, 'receiptNumber', '', 'note', '', 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')),
         (l.off - 4) * 4 + 2, l.disb + time '11:00' + make_interval(mins => fixture_gen.n('csdi', l.q, 300)), 47, l.disb + time '16:00' + make_interval(mins => fixture_gen.n('csdc', l.q, 100)),
         CASE WHEN l.q % 97 = 0 THEN 3 ELSE 1 END, json_build_object('officeId', l.off, 'clientId', l.cid, 'loanId', l.id, 'resourceId', l.id)::text
  FROM fgen.lo l WHERE l.disb >= date '2019-05-20' AND l.id % 4 = 1
  UNION ALL
  SELECT 8, g.id, 'CREATE', 'GUARANTOR', l.off, NULL, l.cid, l.id, NULL, NULL, '/loans/' || l.id || '/guarantors/template', g.id,
         fgen.compact(CASE WHEN g.type_enum = 3 THEN json_build_object('guarantorTypeId', 3, 'clientRelationshipTypeId', g.client_reln_cv_id, 'firstname', g.firstname, 'lastname', g.lastname,
             'dob', fgen.fd(g.dob), 'addressLine1', g.address_line_1, 'addressLine2', g.address_line_2, 'city', g.city, 'mobileNumber', g.mobile_number, 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')
           ELSE json_build_object('guarantorTypeId', g.type_enum, 'entityId', g.entity_id, 'clientRelationshipTypeId', g.client_reln_cv_id) END),
         l.staff + 1, l.sub + time '12:00' + make_interval(mins => fixture_gen.n('csgu', g.id, 200)), NULL, NULL, 1,
         json_build_object('officeId', l.off, 'clientId', l.cid, 'loanId', l.id, 'resourceId', g.id)::text
  FROM m_guarantor g JOIN fgen.lo l ON l.id = g.loan_id WHERE l.sub >= date '2019-05-20' AND g.id % 2 = 0
  UNION ALL
  SELECT 9, t.tid, 'REPAYMENT', 'LOAN', t.off, NULL, t.cid, t.loan_id, NULL, t.tid, '/loans/' || t.loan_id || '/transactions?command=repayment', t.tid,
         fgen.compact(json_build_object('transactionDate', fgen.fd(t.dt), 'transactionAmount', t.amount::text, 'paymentTypeId', t.pt, 'accountNumber', coalesce(t.payer, ''), 'checkNumber', '',
           'receiptNumber', coalesce(t.receipt, ''), 'bankNumber', '', 'note', CASE WHEN t.tid % 6 = 0 THEN 'Paid at meeting' ELSE '' END, 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')),
         CASE WHEN t.pt = 2 AND t.dt >= date '2021-03-15' THEN 50 ELSE t.staff + 1 END, t.dt + time '13:00' + make_interval(mins => fixture_gen.n('csrp', t.tid, 400)), NULL, NULL, 1,
         json_build_object('officeId', t.off, 'clientId', t.cid, 'loanId', t.loan_id, 'resourceId', t.tid)::text
  FROM fgen.lt t WHERE t.ttype = 2 AND t.dt >= date '2019-05-20' AND t.tid % 3 = 0
  UNION ALL
  SELECT 10, u.id::int, 'CREATE', 'USER', u.office_id::int, NULL, NULL, NULL, NULL, NULL, '/users/template', u.id::int,
         fgen.compact(json_build_object('username', regexp_replace(u.username, '^[0-9]+_DELETED_', ''), 'firstname', u.firstname, 'lastname', u.lastname, 'email', u.email, 'officeId', u.office_id,
           'staffId', u.staff_id, 'roles', json_build_array(CASE WHEN u.staff_id > 40 THEN 5 WHEN (u.staff_id - 1) % 4 = 0 THEN 2 ELSE 3 END), 'sendPasswordToEmail', true, 'passwordNeverExpires', false)),
         1, u.created_on_utc, NULL, NULL, 1, json_build_object('officeId', u.office_id, 'resourceId', u.id)::text
  FROM m_appuser u WHERE u.id BETWEEN 2 AND 49 AND u.created_on_utc >= timestamp '2019-05-21'
  UNION ALL
  SELECT 11, s.xid, CASE WHEN s.ttype = 2 THEN 'WITHDRAWAL' ELSE 'DEPOSIT' END, 'SAVINGSACCOUNT', s.off, NULL, a.cid, NULL, s.sid, s.xid,
         '/savingsaccounts/' || s.sid || '/transactions?command=' || CASE WHEN s.ttype = 2 THEN 'withdrawal' ELSE 'deposit' END, s.xid,
         fgen.compact(json_build_object('transactionDate', fgen.fd(s.dt), 'transactionAmount', s.amount::text, 'paymentTypeId', s.pt, 'accountNumber', coalesce(s.payer, ''),
           'receiptNumber', coalesce(s.receipt, ''), 'locale', 'en', 'dateFormat', 'dd MMMM yyyy')),
         CASE WHEN s.pt = 2 AND s.dt >= date '2021-03-15' THEN 50 ELSE s.staff + 1 END, s.dt + time '10:00' + make_interval(mins => fixture_gen.n('cssd', s.xid, 400)), NULL, NULL, 1,
         json_build_object('officeId', s.off, 'clientId', a.cid, 'savingsId', s.sid, 'resourceId', s.xid)::text
  FROM fgen.st2 s JOIN fgen.sa a ON a.sid = s.sid WHERE s.ttype IN (1, 2) AND s.xid % 2 = 0
) z;

CREATE TABLE m_portfolio_command_source (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    action_name varchar(100) NOT NULL,
    entity_name varchar(100) NOT NULL,
    office_id bigint,
    group_id bigint,
    client_id bigint,
    loan_id bigint,
    savings_account_id bigint,
    transaction_id varchar(100),
    api_get_url varchar(100) NOT NULL,
    resource_id bigint,
    command_as_json text NOT NULL,
    maker_id bigint NOT NULL,
    made_on_date timestamp NOT NULL,
    checker_id bigint,
    checked_on_date timestamp,
    processing_result_enum smallint NOT NULL,
    idempotency_key varchar(50),
    result text,
    result_status_code integer
);
INSERT INTO m_portfolio_command_source (id, action_name, entity_name, office_id, group_id, client_id, loan_id, savings_account_id, transaction_id, api_get_url, resource_id,
    command_as_json, maker_id, made_on_date, checker_id, checked_on_date, processing_result_enum, idempotency_key, result, result_status_code)
SELECT id, act, ent, off, gid, cid, lid, said, tid::text, url, rid, body, maker, made, checker, checked, res,
       CASE WHEN made >= timestamp '2023-11-20' THEN fixture_gen.uuid('csik', id) END, result, CASE WHEN made >= timestamp '2023-11-20' THEN CASE WHEN res = 3 THEN 403 ELSE 200 END END
FROM fgen.cs WHERE made >= timestamp '2023-07-01' ORDER BY id;

-- ---------------------------------------------------------------------------
-- Catalogue and settings: charges, enums, configuration, external services.

CREATE TABLE m_charge (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name varchar(100),
    currency_code varchar(3) NOT NULL,
    charge_applies_to_enum smallint NOT NULL,
    charge_time_enum smallint NOT NULL,
    charge_calculation_enum smallint NOT NULL,
    charge_payment_mode_enum smallint,
    amount decimal(19, 6) NOT NULL,
    is_penalty boolean NOT NULL,
    is_active boolean NOT NULL,
    is_deleted boolean NOT NULL DEFAULT false,
    income_or_liability_account_id bigint
);
INSERT INTO m_charge (id, name, currency_code, charge_applies_to_enum, charge_time_enum, charge_calculation_enum, charge_payment_mode_enum, amount, is_penalty, is_active, is_deleted,
    income_or_liability_account_id) VALUES
 (1, 'Loan processing fee 2%', 'KES', 1, 1, 2, 0, 2, false, true, false, 24), (2, 'Credit life insurance 1%', 'KES', 1, 1, 2, 0, 1, false, true, false, 13),
 (3, 'Late payment penalty', 'KES', 1, 9, 2, 0, 1, true, true, false, 25), (4, 'Group registration fee', 'KES', 3, 2, 1, 0, 500, false, true, false, 26),
 (5, 'Passbook fee', 'KES', 2, 3, 1, 0, 100, false, true, false, 26), (6, 'Withdrawal fee', 'KES', 2, 5, 1, 0, 50, false, true, false, 26),
 (7, 'CRB check fee', 'KES', 1, 1, 1, 0, 75, false, true, false, 24), (8, 'SMS alerts (monthly)', 'KES', 2, 7, 1, 0, 20, false, false, true, 26),
 (9, 'Loan processing fee 2% (UGX)', 'UGX', 1, 1, 2, 0, 2, false, true, false, 24), (10, 'Late payment penalty (UGX)', 'UGX', 1, 9, 2, 0, 1.5, true, true, false, 25),
 (11, 'Membership fee (UGX)', 'UGX', 3, 2, 1, 0, 20000, false, true, false, 26), (12, 'Boda boda tracking device fee', 'KES', 1, 1, 1, 0, 3500, false, true, false, 24);

CREATE TABLE r_enum_value (
    enum_name varchar(100) NOT NULL,
    enum_id integer NOT NULL,
    enum_message_property varchar(100) NOT NULL,
    enum_value varchar(100) NOT NULL,
    enum_type boolean NOT NULL,
    PRIMARY KEY (enum_name, enum_id)
);
INSERT INTO r_enum_value (enum_name, enum_id, enum_message_property, enum_value, enum_type)
SELECT n, i, m, v, false FROM (VALUES
 ('amortization_method_enum', 0, 'Equal principle payments', 'Equal principle payments'), ('amortization_method_enum', 1, 'Equal installments', 'Equal installments'),
 ('interest_calculated_in_period_enum', 0, 'Daily', 'Daily'), ('interest_calculated_in_period_enum', 1, 'Same as repayment period', 'Same as repayment period'),
 ('interest_method_enum', 0, 'Declining Balance', 'Declining Balance'), ('interest_method_enum', 1, 'Flat', 'Flat'),
 ('interest_period_frequency_enum', 2, 'Per month', 'Per month'), ('interest_period_frequency_enum', 3, 'Per year', 'Per year'),
 ('loan_status_id', 100, 'Submitted and awaiting approval', 'Submitted and awaiting approval'), ('loan_status_id', 200, 'Approved', 'Approved'), ('loan_status_id', 300, 'Active', 'Active'),
 ('loan_status_id', 400, 'Withdrawn by client', 'Withdrawn by client'), ('loan_status_id', 500, 'Rejected', 'Rejected'), ('loan_status_id', 600, 'Closed', 'Closed'),
 ('loan_status_id', 601, 'Written-Off', 'Written-Off'), ('loan_status_id', 602, 'Rescheduled', 'Rescheduled'), ('loan_status_id', 700, 'Overpaid', 'Overpaid'),
 ('loan_transaction_strategy_id', 1, 'mifos-standard-strategy', 'Mifos style'), ('loan_transaction_strategy_id', 2, 'heavensfamily-strategy', 'Heavensfamily'),
 ('loan_transaction_strategy_id', 3, 'creocore-strategy', 'Creocore'), ('loan_transaction_strategy_id', 4, 'rbi-india-strategy', 'RBI (India)'),
 ('processing_result_enum', 0, 'invalid', 'Invalid'), ('processing_result_enum', 1, 'processed', 'Processed'), ('processing_result_enum', 2, 'awaiting.approval', 'Awaiting Approval'),
 ('processing_result_enum', 3, 'rejected', 'Rejected'),
 ('repayment_period_frequency_enum', 0, 'Days', 'Days'), ('repayment_period_frequency_enum', 1, 'Weeks', 'Weeks'), ('repayment_period_frequency_enum', 2, 'Months', 'Months'),
 ('term_period_frequency_enum', 0, 'Days', 'Days'), ('term_period_frequency_enum', 1, 'Weeks', 'Weeks'), ('term_period_frequency_enum', 2, 'Months', 'Months'), ('term_period_frequency_enum', 3, 'Years', 'Years'),
 ('transaction_type_enum', 1, 'Disbursement', 'Disbursement'), ('transaction_type_enum', 2, 'Repayment', 'Repayment'), ('transaction_type_enum', 3, 'Contra', 'Contra'),
 ('transaction_type_enum', 4, 'Waive Interest', 'Waive Interest'), ('transaction_type_enum', 5, 'Repayment At Disbursement', 'Repayment At Disbursement'),
 ('transaction_type_enum', 6, 'Write-Off', 'Write-Off'), ('transaction_type_enum', 7, 'Marked for Rescheduling', 'Marked for Rescheduling'),
 ('transaction_type_enum', 8, 'Recovery Repayment', 'Recovery Repayment'), ('transaction_type_enum', 9, 'Waive Charges', 'Waive Charges'),
 ('transaction_type_enum', 10, 'Apply Charges', 'Apply Charges'), ('transaction_type_enum', 11, 'Apply Interest', 'Apply Interest'),
 ('status_enum', 0, 'Invalid', 'Invalid'), ('status_enum', 100, 'Pending', 'Pending'), ('status_enum', 300, 'Active', 'Active'), ('status_enum', 600, 'Closed', 'Closed'),
 ('status_enum', 700, 'Rejected', 'Rejected'), ('status_enum', 800, 'Withdrawn', 'Withdrawn'),
 ('loan_type_enum', 1, 'Individual Loan', 'Individual Loan'), ('loan_type_enum', 2, 'Group Loan', 'Group Loan'), ('loan_type_enum', 3, 'JLG Loan', 'JLG Loan')
) v(n, i, m, v) ORDER BY n, i;

CREATE TABLE c_configuration (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name varchar(100),
    value bigint,
    date_value date,
    string_value varchar(100),
    enabled boolean NOT NULL DEFAULT false,
    is_trap_door boolean NOT NULL DEFAULT false,
    description varchar(300)
);
INSERT INTO c_configuration (name, value, date_value, string_value, enabled, is_trap_door, description) VALUES
 ('maker-checker', NULL, NULL, NULL, true, false, NULL), ('amazon-S3', NULL, NULL, NULL, true, false, NULL),
 ('reschedule-future-repayments', NULL, NULL, NULL, true, false, NULL), ('reschedule-repayments-on-holidays', NULL, NULL, NULL, false, false, NULL),
 ('allow-transactions-on-holiday', NULL, NULL, NULL, true, false, NULL), ('allow-transactions-on-non_workingday', NULL, NULL, NULL, true, false, NULL),
 ('constraint_approach_for_datatables', NULL, NULL, NULL, false, false, NULL), ('penalty-wait-period', 2, NULL, NULL, true, false, NULL),
 ('force-password-reset-days', 90, NULL, NULL, true, false, NULL), ('grace-on-penalty-posting', 0, NULL, NULL, true, false, NULL),
 ('savings-interest-posting-current-period-end', NULL, NULL, NULL, false, false, 'Recommended to be changed only once during start of production. When set as false(default), interest will be posted on the first date of next period. If set as true, interest will be posted on last date of current period. There is no difference in the interest amount posted.'),
 ('financial-year-beginning-month', 1, NULL, NULL, true, false, 'Recommended to be changed only once during start of production. Allowed values 1 - 12 (January - December). Interest posting periods are evaluated based on this configuration.'),
 ('min-clientcode-length', 5, NULL, NULL, false, false, 'Minimum length for client code.'), ('max-clientcode-length', 20, NULL, NULL, false, false, 'Maximum length for client code.'),
 ('organisation-start-date', NULL, '2016-01-04', NULL, true, false, NULL), ('paymenttype-applicable-for-disbursement-charges', NULL, NULL, NULL, false, false, 'Is the Disbursement Entry need to be considering the fund source of the paymnet type'),
 ('interest-charged-from-date-same-as-disbursal-date', 0, NULL, NULL, false, false, NULL), ('skip-repayment-on-first-day-of-month', 14, NULL, NULL, false, false, 'value:Set the no. of days before which the repayment should be skipped'),
 ('change-emi-if-repaymentdate-same-as-disbursementdate', 0, NULL, NULL, false, false, NULL), ('daily-tpt-limit', 0, NULL, NULL, false, false, 'Daily limit for third party transfers'),
 ('Enable-Address', NULL, NULL, NULL, true, false, NULL), ('sub-rates', 0, NULL, NULL, false, false, 'Enable Rates Module'),
 ('loan-reschedule-is-first-payday-allowed-on-holiday', 0, NULL, NULL, false, false, 'Specifies if the first repayday can be on a holiday'),
 ('account-mapping-for-payment-type', 0, NULL, 'Asset', true, false, 'Asset: default for asset, but allow user to select'),
 ('account-mapping-for-charge', 0, NULL, 'Income', true, false, 'Income: default for income, but allow user to select'),
 ('enable-business-date', NULL, NULL, NULL, false, false, 'Whether the logical business date functionality is enabled in the system'),
 ('enable-automatic-cob-date-adjustment', NULL, NULL, NULL, true, false, 'Whether the cob date will be automatically recalculated based on the business date'),
 ('enable-post-reversal-txns-for-reverse-transactions', NULL, NULL, NULL, false, false, 'Whether to post reversal transactions for reversed transactions'),
 ('purge-external-events-older-than-days', 30, NULL, NULL, false, false, 'Number of days to purge external events'),
 ('days-before-repayment-is-due', 1, NULL, NULL, true, false, 'Number of days before a repayment is due to send the reminder SMS'),
 ('days-after-repayment-is-overdue', 3, NULL, NULL, true, false, 'Number of days after a repayment is overdue to send the arrears SMS'),
 ('office-specific-products-enabled', 0, NULL, NULL, false, false, 'Whether products and fees should be office specific or not'),
 ('restrict-products-to-user-office', 0, NULL, NULL, false, false, 'Restrict products to user office'),
 ('custom-account-number-length', 9, NULL, NULL, true, false, 'Length of the account numbers'), ('random-account-number', 0, NULL, NULL, false, false, 'Generate random account numbers');

CREATE TABLE c_external_service (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name varchar(150) NOT NULL UNIQUE
);
INSERT INTO c_external_service (id, name) VALUES (1, 'S3'), (2, 'SMTP'), (3, 'MESSAGE_GATEWAY'), (4, 'NOTIFICATION');

CREATE TABLE c_external_service_properties (
    name varchar(150) NOT NULL,
    value varchar(250),
    external_service_id bigint NOT NULL,
    PRIMARY KEY (name, external_service_id)
);
INSERT INTO c_external_service_properties (name, value, external_service_id) VALUES
 ('s3_bucket_name', 'tujenge-fineract-docs-prod', 1),
 ('s3_access_key', 'AKIA' || fixture_gen.chars('s3ak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), 1),
 ('s3_secret_key', fixture_gen.chars('s3sk', 1, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), 1),
 ('username', 'noreply@tujengepamoja.example', 2), ('password', fixture_gen.chars('smtp', 1, 16, 'abcdefghijklmnopqrstuvwxyz'), 2), ('host', 'smtp.gmail.com', 2),
 ('port', '587', 2), ('useTLS', 'true', 2), ('fromEmail', 'noreply@tujengepamoja.example', 2), ('fromName', 'Tujenge Pamoja Microfinance', 2),
 ('host_name', 'sms-bridge.tujengepamoja.example', 3), ('port_number', '9191', 3), ('end_point', '/message-gateway', 3),
 ('tenant_app_key', fixture_gen.chars('mgak', 1, 32, 'abcdef0123456789'), 3),
 ('server_key', 'AAAA' || fixture_gen.chars('fcmk', 1, 7) || ':' || 'APA91b' || fixture_gen.chars('fcmk', 2, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), 4),
 ('gcm_end_point', 'https://gcm-http.googleapis.com/gcm/send', 4), ('fcm_end_point', 'https://fcm.googleapis.com/fcm/send', 4);

-- ---------------------------------------------------------------------------
-- Accounting: chart of accounts and journal entries.

CREATE TABLE acc_gl_account (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name varchar(200) NOT NULL,
    parent_id bigint,
    hierarchy varchar(50),
    gl_code varchar(45) NOT NULL UNIQUE,
    disabled boolean NOT NULL DEFAULT false,
    manual_journal_entries_allowed boolean NOT NULL DEFAULT true,
    account_usage smallint NOT NULL DEFAULT 2,
    classification_enum smallint NOT NULL,
    tag_id integer,
    description varchar(500)
);
INSERT INTO acc_gl_account (id, name, parent_id, hierarchy, gl_code, disabled, manual_journal_entries_allowed, account_usage, classification_enum, tag_id, description)
SELECT v.id, v.name, v.parent, CASE WHEN v.parent IS NULL THEN '.' || v.id || '.' WHEN v.gp IS NULL THEN '.' || v.parent || '.' || v.id || '.' ELSE '.' || v.gp || '.' || v.parent || '.' || v.id || '.' END,
       v.code, v.id = 36, v.usage = 1 AND v.id NOT IN (10, 11, 12, 17, 18), v.usage, v.cls, NULL, v.descr
FROM (VALUES
 (1, 'Assets', NULL::int, NULL::int, '10000', 2, 1, NULL::text), (2, 'Cash and cash equivalents', 1, NULL, '11000', 2, 1, NULL), (3, 'Cash at branch tills (KES)', 2, 1, '11100', 1, 1, 'Vault and teller tills, Kenyan branches'),
 (4, 'Cash at branch tills (UGX)', 2, 1, '11200', 1, 1, 'Vault and teller tills, Ugandan branches'), (5, 'M-Pesa Paybill 4097713 float', 2, 1, '11300', 1, 1, 'C2B collections and B2C disbursements'),
 (6, 'MTN MoMo / Airtel Money float (UGX)', 2, 1, '11400', 1, 1, NULL), (7, 'Bank - Equity and KCB (KES)', 2, 1, '11500', 1, 1, NULL), (8, 'Bank - Stanbic and Centenary (UGX)', 2, 1, '11600', 1, 1, NULL),
 (9, 'Loans and advances', 1, NULL, '12000', 2, 1, NULL), (10, 'Loan portfolio - individual', 9, 1, '12100', 1, 1, NULL), (11, 'Loan portfolio - group / JLG', 9, 1, '12200', 1, 1, NULL),
 (12, 'Interest receivable', 9, 1, '12300', 1, 1, NULL), (14, 'Loan loss provision', 9, 1, '12900', 1, 1, 'Contra asset, PAR>30 provisioning per CBK/BoU guidelines'),
 (35, 'Suspense and cash shortages', 1, NULL, '19000', 1, 1, 'Clear monthly'),
 (15, 'Liabilities', NULL, NULL, '20000', 2, 2, NULL), (16, 'Customer deposits', 15, NULL, '21000', 2, 2, NULL), (17, 'Voluntary savings', 16, 15, '21100', 1, 2, NULL),
 (18, 'Loan security deposits', 16, 15, '21200', 1, 2, NULL), (13, 'Credit life insurance payable', 16, 15, '21300', 1, 2, 'Remitted monthly to the underwriter'),
 (19, 'Borrowings - Oikocredit', 15, NULL, '22100', 1, 2, NULL), (20, 'Borrowings - KCB line of credit', 15, NULL, '22200', 1, 2, NULL), (37, 'Overpayments payable', 15, NULL, '23000', 1, 2, NULL),
 (21, 'Equity', NULL, NULL, '30000', 2, 3, NULL), (22, 'Share capital', 21, NULL, '31000', 1, 3, NULL), (38, 'Retained earnings', 21, NULL, '32000', 1, 3, NULL),
 (23, 'Income', NULL, NULL, '40000', 2, 4, NULL), (24, 'Loan processing fees', 23, NULL, '41100', 1, 4, NULL), (25, 'Penalty income', 23, NULL, '41200', 1, 4, NULL),
 (26, 'Other fee income', 23, NULL, '41300', 1, 4, NULL), (27, 'Interest income - loans', 23, NULL, '42100', 1, 4, NULL), (28, 'Recoveries of written-off loans', 23, NULL, '42200', 1, 4, NULL),
 (29, 'Expenses', NULL, NULL, '50000', 2, 5, NULL), (30, 'Interest on savings', 29, NULL, '51100', 1, 5, NULL), (31, 'Loan write-offs and provision expense', 29, NULL, '52100', 1, 5, NULL),
 (32, 'Staff salaries and wages', 29, NULL, '53100', 1, 5, NULL), (33, 'Rent - branches', 29, NULL, '53200', 1, 5, NULL), (34, 'Mobile money transaction charges', 29, NULL, '53300', 1, 5, NULL),
 (36, 'Motorbike fuel and maintenance (old)', 29, NULL, '53400', 1, 5, 'Disabled 2022, use 53500'), (39, 'Field transport', 29, NULL, '53500', 1, 5, NULL)
) v(id, name, parent, gp, code, usage, cls, descr)
ORDER BY v.id;

CREATE TABLE acc_gl_journal_entry (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    office_id bigint NOT NULL,
    reversal_id bigint,
    currency_code varchar(3) NOT NULL,
    transaction_id varchar(50) NOT NULL,
    loan_transaction_id bigint,
    savings_transaction_id bigint,
    reversed boolean NOT NULL DEFAULT false,
    ref_num varchar(100),
    manual_entry boolean NOT NULL DEFAULT false,
    entry_date date NOT NULL,
    type_enum smallint NOT NULL,
    amount decimal(19, 6) NOT NULL,
    description varchar(500),
    entity_type_enum smallint,
    entity_id bigint,
    createdby_id bigint NOT NULL,
    created_date timestamp NOT NULL
);
INSERT INTO acc_gl_journal_entry (account_id, office_id, reversal_id, currency_code, transaction_id, loan_transaction_id, savings_transaction_id, reversed, ref_num, manual_entry, entry_date,
    type_enum, amount, description, entity_type_enum, entity_id, createdby_id, created_date)
SELECT acct, off, NULL, cur, txid, ltid, NULL, false, ref, manual, dt, typ, amount, descr, ent, entid, usr, ts FROM (
  SELECT t.tid AS o1, e.line AS o2, e.acct, t.off, t.cur, 'L' || t.tid AS txid, t.tid AS ltid, NULL::text AS ref, false AS manual, t.dt, e.typ, e.amount, NULL::text AS descr, 1 AS ent, t.loan_id AS entid,
         CASE WHEN t.pt = 2 AND t.ttype = 2 AND t.dt >= date '2021-03-15' THEN 50 WHEN t.ttype = 6 THEN 47 ELSE t.staff + 1 END AS usr,
         greatest(t.dt, date '2019-05-19') + make_interval(hours => 7 + fixture_gen.n('lth', t.tid, 12), mins => fixture_gen.n('ltm', t.tid, 60), secs => fixture_gen.n('lts', t.tid, 60)) AS ts
  FROM fgen.lt t JOIN fgen.lo l ON l.id = t.loan_id
  CROSS JOIN LATERAL (SELECT CASE WHEN l.product = 2 THEN 11 ELSE 10 END AS port,
                             CASE t.pt WHEN 1 THEN CASE WHEN t.c = 'ke' THEN 3 ELSE 4 END WHEN 2 THEN 5 WHEN 3 THEN 6 WHEN 4 THEN 6 ELSE CASE WHEN t.c = 'ke' THEN 7 ELSE 8 END END AS src) a
  CROSS JOIN LATERAL (VALUES
     (1, CASE t.ttype WHEN 1 THEN a.port WHEN 2 THEN a.src ELSE 31 END, 2, t.amount),
     (2, CASE t.ttype WHEN 1 THEN a.src ELSE a.port END, 1, CASE WHEN t.ttype = 2 THEN t.pp ELSE t.amount END),
     (3, 27, 1, CASE WHEN t.ttype = 2 AND t.ip > 0 THEN t.amount - t.pp END)) e(line, acct, typ, amount)
  WHERE t.tid % 3 = 0 AND NOT t.reversed AND e.amount IS NOT NULL
  UNION ALL
  SELECT 100000 + j.k, e.line, e.acct, j.off, j.cur, 'M' || (7000 + j.k), NULL, 'JV/' || extract(year FROM j.dt) || '/' || lpad((j.k * 3)::text, 4, '0'), true, j.dt, e.typ, j.amount, j.descr, NULL, NULL, 47,
         j.dt + time '16:30' + make_interval(mins => j.k)
  FROM (SELECT k, 4 + fixture_gen.n('jvo', k, 10) AS off, date '2021-01-01' + fixture_gen.n('jvd', k, 1360) AS dt, fixture_gen.n('jvk', k, 9) AS kind,
               CASE WHEN 4 + fixture_gen.n('jvo', k, 10) >= 10 THEN 'UGX' ELSE 'KES' END AS cur,
               CASE WHEN 4 + fixture_gen.n('jvo', k, 10) >= 10 THEN 1000 * (50 + fixture_gen.n('jva', k, 4000)) ELSE 10 * (50 + fixture_gen.n('jva', k, 9000)) END AS amount
        FROM generate_series(1, 70) k) j0
  CROSS JOIN LATERAL (SELECT j0.*, o.c, o.town, o.market,
         CASE j0.kind
           WHEN 0 THEN 'Cash shortage at ' || CASE WHEN j0.off = 4 THEN 'Gikomba' ELSE o.town END || ' till ' || to_char(j0.dt, 'DD/MM/YYYY') || ' - cashier ' || s.fn || ' ' || s.ln || ' to refund'
           WHEN 1 THEN 'Being mobile money charges for ' || to_char(j0.dt, 'FMMonth YYYY')
           WHEN 2 THEN 'Rent ' || o.town || ' branch Q' || extract(quarter FROM j0.dt) || ' ' || extract(year FROM j0.dt) || ' paid to landlord ' || fgen.first(o.c, 'M', 'jvll', j0.k) || ' ' || fgen.surname(o.c, 'M', 'jvll', j0.k)
           WHEN 3 THEN 'Reversal of double posting of repayment by ' || c.fn || ' ' || c.ln || ' (loan ' || lpad((1 + j0.k * 17 % 1400)::text, 9, '0') || ')'
           WHEN 4 THEN 'Accrued interest on Oikocredit facility'
           WHEN 5 THEN 'Recovery on written-off loan from ' || c.fn || ' ' || c.ln || ', paid through auctioneer'
           WHEN 6 THEN 'Salary advance to ' || s.fn || ' ' || s.ln
           WHEN 7 THEN 'Provision top-up per PAR report'
           ELSE 'Correction of GL mapping for MTN float' END AS descr,
         (ARRAY[35, 34, 33, 35, 19, 28, 32, 14, 6])[1 + j0.kind] AS dr, CASE WHEN j0.off >= 10 THEN 4 ELSE 3 END AS cr
       FROM fgen.of o JOIN fgen.st s ON s.s = (j0.off - 4) * 4 + 1 + j0.k % 4
       JOIN fgen.cl c ON c.i = (SELECT min(i) FROM fgen.cl x WHERE x.off = j0.off AND NOT x.ent AND x.i > j0.k * 13)
       WHERE o.off = j0.off) j
  CROSS JOIN LATERAL (VALUES (1, j.dr, 2), (2, j.cr, 1)) e(line, acct, typ)
) z ORDER BY ts, o1, o2;

-- ---------------------------------------------------------------------------
-- SMS sent through the message gateway.

CREATE TABLE sms_messages_outbound (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    group_id bigint,
    client_id bigint,
    staff_id bigint,
    campaign_id bigint,
    status_enum integer NOT NULL DEFAULT 100,
    mobile_no varchar(50),
    message varchar(1000) NOT NULL,
    external_id varchar(100),
    submittedon_date date,
    delivered_on_date timestamp,
    is_notification boolean NOT NULL DEFAULT false
);
INSERT INTO sms_messages_outbound (group_id, client_id, staff_id, campaign_id, status_enum, mobile_no, message, external_id, submittedon_date, delivered_on_date, is_notification)
SELECT CASE WHEN kind = 8 THEN gid END, cid, NULL, kind2, st, '+' || msisdn, msg, CASE WHEN st >= 200 THEN 'ATXid_' || fixture_gen.hexn('smsx', k, 32) END, dt,
       CASE WHEN st = 300 THEN dt + time '08:00' + make_interval(secs => 4 + fixture_gen.n('smsd', k, 40)) END, false
FROM (
  SELECT s.k, s.kind, CASE WHEN s.kind < 5 THEN 1 WHEN s.kind < 7 THEN 2 WHEN s.kind = 7 THEN 3 WHEN s.kind = 8 THEN 4 ELSE 5 END AS kind2, l.cid, c.grp AS gid, c.msisdn,
         CASE WHEN s.k % 19 = 0 THEN 400 WHEN s.k % 11 = 0 THEN 200 ELSE 300 END AS st, d.dt,
         CASE WHEN s.kind < 5 THEN 'Dear ' || initcap(coalesce(c.fn, c.biz)) || ', your loan instalment of ' || l.cur || ' ' || to_char(round((l.principal + l.interest) / l.nrep), 'FM999,999,999') || ' is due on '
                 || to_char(d.due, 'DD/MM/YYYY') || '. Pay via ' || CASE WHEN l.c = 'ke' THEN 'M-Pesa Paybill 4097713, Acc ' || coalesce(c.natid, lpad(l.id::text, 9, '0')) ELSE 'MTN MoMo merchant 714520, ref ' || lpad(l.id::text, 9, '0') END || '. Tujenge Pamoja'
              WHEN s.kind < 7 THEN 'Dear ' || coalesce(c.fn || ' ' || c.ln, c.biz) || ', we have received ' || l.cur || ' ' || to_char(round((l.principal + l.interest) / l.nrep), 'FM999,999,999') || ' for loan ' || lpad(l.id::text, 9, '0')
                 || ' on ' || to_char(d.dt, 'DD/MM/YYYY') || '. ' || CASE WHEN l.c = 'ke' THEN 'Asante!' ELSE 'Webale nyo!' END
              WHEN s.kind = 7 THEN 'Dear ' || coalesce(c.fn, c.biz) || ', your loan ' || lpad(l.id::text, 9, '0') || ' is ' || (3 + s.k % 40) || ' days in arrears. Please pay today to avoid penalties. Call your loan officer '
                 || st.fn || ' on ' || fgen.local(fgen.msisdn(st.c, 'smob', st.s), 0) || '.'
              WHEN s.kind = 8 THEN 'Reminder: ' || coalesce(g.display_name, 'group') || ' meeting tomorrow at ' || coalesce(to_char(cal.meeting_time, 'HH24:MI'), '08:00') || coalesce(', ' || cal.location, '') || '. Bring your passbook.'
              ELSE 'Happy birthday ' || coalesce(c.fn, '') || '! Best wishes from all of us at Tujenge Pamoja Microfinance.' END AS msg
  FROM (SELECT k, k % 10 AS kind FROM generate_series(1, 800) k) s
  JOIN fgen.lo l ON l.id = 1 + (s.k * 911) % 1400
  JOIN fgen.cl c ON c.i = l.cid JOIN fgen.st st ON st.s = l.staff
  LEFT JOIN m_group g ON g.id = c.grp LEFT JOIN m_calendar cal ON cal.id = c.grp
  CROSS JOIN LATERAL (SELECT CASE WHEN l.disb IS NULL THEN NULL ELSE fgen.due(l.disb, l.freq, 1 + s.k % l.nrep) END AS due) d0
  CROSS JOIN LATERAL (SELECT d0.due, CASE WHEN s.kind < 5 THEN d0.due - 1 WHEN s.kind < 8 THEN d0.due + (s.k % 3) WHEN s.kind = 8 THEN d0.due - 1
                                          ELSE make_date(2024, extract(month FROM coalesce(c.dob, date '1980-06-15'))::int, least(28, extract(day FROM coalesce(c.dob, date '1980-06-15'))::int)) END AS dt) d
  WHERE l.disb IS NOT NULL AND d.dt >= date '2020-11-30' AND d.dt < date '2024-09-30' AND NOT (s.kind = 8 AND c.grp IS NULL) AND NOT (s.kind = 9 AND c.ent)
) x ORDER BY dt, k;

-- ---------------------------------------------------------------------------
-- Datatables the deployment registered: KYC on clients, appraisal on
-- loans, and the M-Pesa C2B confirmations the paybill integration stores
-- against loans (one row per payment).

CREATE TABLE x_registered_table (
    registered_table_name varchar(50) PRIMARY KEY,
    application_table_name varchar(50) NOT NULL,
    entity_subtype varchar(50),
    category integer NOT NULL DEFAULT 100
);
INSERT INTO x_registered_table (registered_table_name, application_table_name, entity_subtype, category) VALUES
 ('dt_client_kyc', 'm_client', 'PERSON', 100), ('dt_loan_appraisal', 'm_loan', NULL, 100), ('dt_mpesa_c2b', 'm_loan', NULL, 100);

CREATE TABLE dt_client_kyc (
    client_id bigint PRIMARY KEY,
    kra_pin varchar(20),
    ura_tin varchar(20),
    mobile_money_no varchar(20),
    alternate_phone varchar(20),
    next_of_kin_name varchar(100),
    next_of_kin_phone varchar(20),
    next_of_kin_relationship varchar(30),
    business_type varchar(60),
    market_name varchar(100),
    stall_number varchar(20),
    monthly_income decimal(19, 6),
    household_size integer,
    education_level varchar(30),
    disability_status varchar(50),
    created_at timestamp,
    updated_at timestamp
);
INSERT INTO dt_client_kyc (client_id, kra_pin, ura_tin, mobile_money_no, alternate_phone, next_of_kin_name, next_of_kin_phone, next_of_kin_relationship, business_type, market_name,
    stall_number, monthly_income, household_size, education_level, disability_status, created_at, updated_at)
SELECT c.i, c.kra, c.tin, CASE WHEN c.k % 8 = 0 THEN fgen.msisdn(c.c, 'kymm', c.k) ELSE c.msisdn END,
       CASE WHEN fixture_gen.n('kyap', c.k, 10) < 4 THEN fgen.local(fgen.msisdn(c.c, 'kyap', c.k), fixture_gen.n('kyas', c.k, 3)) END,
       CASE WHEN c.k % 13 <> 0 THEN fgen.first(c.c, nk.sex, 'kynk', c.k) || ' ' || CASE WHEN c.c = 'ke' AND nk.rel IN ('Husband', 'Wife', 'Son', 'Daughter') THEN c.ln ELSE fgen.surname(c.c, nk.sex, 'kynl', c.k) END END,
       CASE WHEN c.k % 13 <> 0 THEN fgen.local(fgen.msisdn(c.c, 'kynp', c.k), fixture_gen.n('kyns', c.k, 4)) END, CASE WHEN c.k % 13 <> 0 THEN nk.rel END,
       CASE c.ctype WHEN 46 THEN fixture_gen.pick(CASE WHEN c.c = 'ke' THEN ARRAY['Dairy farming', 'Maize and beans', 'Poultry', 'Horticulture (tomatoes, kale)', 'Potatoes'] ELSE ARRAY['Coffee farming', 'Matooke', 'Poultry', 'Maize and beans', 'Piggery'] END, 'kybt', c.k)
            WHEN 47 THEN fixture_gen.pick(ARRAY['Teacher (TSC)', 'Nurse', 'Security guard', 'Clerk', 'Driver'], 'kybt', c.k)
            ELSE fixture_gen.pick(ARRAY['Mitumba (second-hand clothes)', 'Fruit and vegetables', 'Cereals', 'Fish', 'Shoes', 'Tailoring', 'Salon', 'Butchery', 'Boda boda', 'Hardware',
                                        'Charcoal', 'Mobile money agent', 'Food kiosk', 'Kitenge and fabrics'], 'kybt', c.k) END,
       CASE WHEN c.ctype = 45 THEN c.market END,
       CASE WHEN c.ctype = 45 AND c.k % 5 <> 0 THEN substr('ABCDEFG', 1 + c.k % 7, 1) || '-' || (1 + fixture_gen.n('bsn', c.k, 300)) END,
       CASE WHEN c.c = 'ug' THEN 10000 * (30 + fixture_gen.n('kyin', c.k, 270)) ELSE 500 * (16 + fixture_gen.n('kyin', c.k, 160)) END,
       1 + fixture_gen.n('kyhh', c.k, 9), (ARRAY['None', 'Primary', 'Primary', 'Secondary', 'Secondary', 'Secondary', 'Tertiary'])[1 + fixture_gen.n('kyed', c.k, 7)],
       CASE WHEN c.k % 41 = 3 THEN 'Physical (uses crutches)' WHEN c.k % 53 = 7 THEN 'Visual impairment' WHEN c.k % 67 = 9 THEN 'Hearing impairment' WHEN c.k % 5 = 0 THEN NULL ELSE 'None' END,
       greatest(c.sub, date '2019-06-10') + time '12:00' + make_interval(mins => fixture_gen.n('kyct', c.k, 300)),
       CASE WHEN c.k % 6 = 0 AND greatest(c.sub, date '2019-06-10') + 200 < date '2024-09-29' THEN greatest(c.sub, date '2019-06-10') + 200 + time '09:00' + make_interval(mins => fixture_gen.n('kyut', c.k, 300)) END
FROM fgen.cl c
CROSS JOIN LATERAL (SELECT (ARRAY['Husband', 'Wife', 'Mother', 'Brother', 'Sister', 'Son', 'Daughter', 'Friend'])[1 + fixture_gen.n('kynr', c.k, 8)] AS rel0) r
CROSS JOIN LATERAL (SELECT CASE WHEN r.rel0 = 'Husband' AND c.sex = 'M' THEN 'Wife' WHEN r.rel0 = 'Wife' AND c.sex = 'F' THEN 'Husband' ELSE r.rel0 END AS rel) r2
CROSS JOIN LATERAL (SELECT r2.rel, CASE WHEN r2.rel IN ('Husband', 'Brother', 'Son') THEN 'M' WHEN r2.rel = 'Friend' THEN CASE WHEN c.k % 2 = 0 THEN 'M' ELSE 'F' END ELSE 'F' END AS sex) nk
WHERE NOT c.ent AND c.status NOT IN (700, 800) AND c.k % 10 <> 9
ORDER BY c.i;

CREATE TABLE dt_loan_appraisal (
    loan_id bigint PRIMARY KEY,
    appraisal_date date,
    business_location_gps varchar(40),
    business_years integer,
    stock_value decimal(19, 6),
    net_monthly_income decimal(19, 6),
    collateral_description text,
    officer_recommendation varchar(50),
    appraisal_comments text,
    created_at timestamp,
    updated_at timestamp
);
INSERT INTO dt_loan_appraisal (loan_id, appraisal_date, business_location_gps, business_years, stock_value, net_monthly_income, collateral_description, officer_recommendation,
    appraisal_comments, created_at, updated_at)
SELECT l.id, l.sub - 1 - l.q % 3,
       CASE WHEN l.sub >= date '2020-06-01' AND l.q % 4 <> 0 THEN round(o.lat + (fixture_gen.n('apla', l.q, 1000) - 500) / 9000.0, 6) || ',' || round(o.lng + (fixture_gen.n('aplo', l.q, 1000) - 500) / 9000.0, 6) END,
       1 + fixture_gen.n('apby', l.q, 15),
       CASE WHEN l.cur = 'UGX' THEN 50000 * (10 + fixture_gen.n('apsv', l.q, 200)) ELSE 1000 * (10 + fixture_gen.n('apsv', l.q, 300)) END,
       CASE WHEN l.cur = 'UGX' THEN 10000 * (30 + fixture_gen.n('apni', l.q, 270)) ELSE 500 * (16 + fixture_gen.n('apni', l.q, 160)) END,
       CASE fixture_gen.n('apcd', l.q, 8)
         WHEN 0 THEN 'Household goods: 32" TV, fridge, sofa set (5 seater), photos on file'
         WHEN 1 THEN 'Motorcycle logbook ' || CASE WHEN l.c = 'ke' THEN 'KM' || fixture_gen.chars('apvr', l.q, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || ' ' || fixture_gen.digits('apvr', l.q, 3) || fixture_gen.chars('apvs', l.q, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')
                                                ELSE 'U' || fixture_gen.chars('apvr', l.q, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || ' ' || fixture_gen.digits('apvr', l.q, 3) || fixture_gen.chars('apvs', l.q, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ') END
                || ', registered to ' || coalesce(l.fn || ' ' || l.ln, l.biz)
         WHEN 2 THEN 'Title deed ' || CASE WHEN l.c = 'ke' THEN (SELECT county FROM fgen.of WHERE off = l.off) || '/' || fixture_gen.pick(ARRAY['Block 4', 'Kiamaina', 'Kanyakwar', 'Mumbuni'], 'aptd', l.q) || '/' || (100 + l.q % 900)
                                         ELSE 'Kibanja, ' || (SELECT areas[2] FROM fgen.of WHERE off = l.off) || ' (no title, LC1 letter)' END
         WHEN 3 THEN '2 dairy cows (Friesian), ear tags ' || fixture_gen.digits('apet', l.q, 5) || ', ' || fixture_gen.digits('apeu', l.q, 5)
         WHEN 4 THEN 'Business stock worth ' || CASE WHEN l.cur = 'UGX' THEN 'UGX 4,000,000' ELSE 'KES 80,000' END
         WHEN 5 THEN 'Savings lien ' || CASE WHEN l.cur = 'UGX' THEN 'UGX 300,000' ELSE 'KES 10,000' END
         ELSE NULL END,
       (ARRAY['Approve as applied', 'Approve as applied', 'Approve as applied', 'Approve reduced amount', 'Decline'])[1 + fixture_gen.n('aprc', l.q, 5)],
       CASE fixture_gen.n('apcm', l.q, 10)
         WHEN 0 THEN 'Business visited, stock consistent with records. Neighbours confirm she has traded here for years.'
         WHEN 1 THEN 'Client has another loan with ' || fixture_gen.pick(ARRAY['Faulu', 'KWFT', 'Tala', 'Branch', 'BRAC Uganda', 'Pride MFI'], 'apol', l.q) || ', instalment ' || CASE WHEN l.cur = 'UGX' THEN 'UGX 150,000' ELSE 'KES 3,000' END || ' per month.'
         WHEN 2 THEN 'Spouse ' || fgen.first(l.c, CASE WHEN l.sex = 'F' THEN 'M' ELSE 'F' END, 'apsp', l.q) || ' works as ' || fixture_gen.pick(ARRAY['a teacher', 'a casual labourer', 'a boda rider', 'a nurse'], 'apsj', l.q) || ' and contributes to household.'
         WHEN 3 THEN 'Cash flow seasonal, harvest in ' || fixture_gen.pick(ARRAY['March', 'August', 'November'], 'aphm', l.q) || '.'
         WHEN 4 THEN 'M-Pesa statements for 6 months reviewed (' || fgen.local(l.msisdn, 0) || '), average inflow ' || CASE WHEN l.cur = 'UGX' THEN 'UGX 1.2M' ELSE 'KES 45,000' END || '.'
         WHEN 5 THEN 'Good repayment history on previous cycle.'
         WHEN 6 THEN 'Client is diabetic, on medication; business run by son when unwell.'
         ELSE NULL END,
       l.sub - 1 - l.q % 3 + time '15:00' + make_interval(mins => fixture_gen.n('apct', l.q, 200)),
       CASE WHEN l.q % 7 = 0 THEN l.sub + time '09:00' END
FROM fgen.lo l JOIN fgen.of o ON o.off = l.off
WHERE l.product <> 2 AND l.sub >= date '2019-05-25' AND l.q % 10 < 9
ORDER BY l.id;

CREATE TABLE dt_mpesa_c2b (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    loan_id bigint NOT NULL,
    trans_id varchar(20) NOT NULL,
    trans_time varchar(14),
    trans_amount decimal(19, 6),
    business_short_code varchar(10),
    bill_ref_number varchar(50),
    msisdn varchar(100),
    first_name varchar(50),
    middle_name varchar(50),
    last_name varchar(50),
    org_account_balance decimal(19, 6),
    created_at timestamp
);
INSERT INTO dt_mpesa_c2b (loan_id, trans_id, trans_time, trans_amount, business_short_code, bill_ref_number, msisdn, first_name, middle_name, last_name, org_account_balance, created_at)
SELECT t.loan_id, t.receipt, to_char(x.ts, 'YYYYMMDDHH24MISS'), t.amount, '4097713',
       CASE fixture_gen.n('c2br', t.tid, 10) WHEN 0 THEN lpad(t.loan_id::text, 9, '0') WHEN 1 THEN t.loan_id::text WHEN 2 THEN fgen.local(t.payer, 0) WHEN 3 THEN 'LOAN'
            WHEN 4 THEN upper(coalesce(c.fn, split_part(c.biz, ' ', 1))) ELSE c.natid END,
       CASE WHEN t.dt < date '2022-01-01' THEN t.payer WHEN t.dt < date '2023-01-01' THEN substr(t.payer, 1, 4) || '*****' || substr(t.payer, 10)
            ELSE encode(sha256(convert_to(t.payer, 'UTF8')), 'hex') END,
       upper(p.fn), CASE WHEN t.dt < date '2022-01-01' THEN upper(coalesce(p.mn, '')) ELSE '' END, CASE WHEN t.dt < date '2022-01-01' THEN upper(p.ln) ELSE '' END,
       round(250000 + fixture_gen.n('c2bb', t.tid, 4000000) + fixture_gen.n('c2bc', t.tid, 100) / 100.0, 2), x.ts + interval '2 seconds'
FROM fgen.lt t JOIN fgen.cl c ON c.i = t.cid
CROSS JOIN LATERAL (SELECT greatest(t.dt, date '2019-05-19') + make_interval(hours => 7 + fixture_gen.n('lth', t.tid, 12), mins => fixture_gen.n('ltm', t.tid, 60), secs => fixture_gen.n('lts', t.tid, 60)) - interval '40 seconds' AS ts) x
CROSS JOIN LATERAL (SELECT CASE WHEN t.payer = c.msisdn AND NOT c.ent THEN c.fn ELSE fgen.first('ke', CASE WHEN t.tid % 2 = 0 THEN 'F' ELSE 'M' END, 'c2bf', t.tid) END AS fn,
                           CASE WHEN t.payer = c.msisdn AND NOT c.ent THEN c.mn ELSE fgen.ethnic('ke', CASE WHEN t.tid % 2 = 0 THEN 'F' ELSE 'M' END, 'c2bm', t.tid) END AS mn,
                           CASE WHEN t.payer = c.msisdn AND NOT c.ent THEN c.ln ELSE fgen.surname('ke', 'M', 'c2bl', t.tid) END AS ln) p
WHERE t.pt = 2 AND t.ttype = 2 AND t.dt >= date '2021-03-15'
ORDER BY x.ts, t.tid;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA fgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
