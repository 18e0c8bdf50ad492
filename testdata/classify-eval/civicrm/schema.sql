-- classify-eval fixture (HOLDOUT 52: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- CiviCRM 5 constituent relationship manager, in the naming its schema
-- creates (civicrm_ tables, singular snake_case, integer ids, contact_id on
-- everything, entity_table/entity_id polymorphic pairs, multi-value fields
-- as \x01-separated lists, settings as PHP-serialized values, custom field
-- tables civicrm_value_<group>_<id> whose columns are <label>_<id>), a
-- subset of its tables with their columns and types. CiviCRM runs on MySQL:
-- this copy is the reporting replica the charity keeps on PostgreSQL,
-- carried over by pgloader, so tinyint is smallint, datetime is timestamp,
-- int unsigned is integer and longtext is text; the column names are the
-- application's. civicrm_event, civicrm_mailing and civicrm_group keep a
-- subset of their columns (the replica leaves out their registration,
-- display and approval settings); the other tables have all of theirs.
-- All tables are CiviCRM's own, in public: no operator schema was needed.
--
-- The instance is crm.eastgatefoodbank.org.uk, run by Eastgate Community
-- Food Bank and Refugee Welcome, a registered charity in Leicester (UK)
-- that hands out food parcels on referral, runs a drop-in for asylum
-- seekers and refugees, and lives on donations, Gift Aid and volunteers.
-- Contacts are individuals (donors, volunteers, clients and the staff),
-- households of clients, and organizations (referral agencies, a GP
-- surgery, supermarkets, places of worship, grant-making trusts and a sole
-- trader's cash and carry). The contact record keeps names, nicknames,
-- legal names that differ from the name used, greetings and addressees
-- built from names, birth dates, genders, preferred languages, job titles
-- and employers, photos, the checksum hash and API keys; emails with staff
-- signatures, phones with their digits-only copies, home addresses parsed
-- into parts beside public venues with their coordinates, messaging
-- handles and social profile links. Relationships (household members,
-- caseworkers, volunteer drivers) with typed descriptions. Donations and
-- standing orders through Stripe, GoCardless and PayPal: transaction and
-- subscription ids at the providers, payment tokens with billing names and
-- the last four digits, soft credits with honour-roll nicknames and
-- personal notes, cancellation reasons typed by staff, the processors'
-- keys and webhook secrets. Memberships (Friends of Eastgate), events and
-- their participants (volunteer inductions, a fundraising dinner, ESOL
-- classes), public event copy. Activities (food parcels, phone calls, home
-- visits, emails) and cases whose subjects and details are case notes;
-- notes; groups and group membership with its subscription history;
-- mailings whose bodies tell a client's story, the per-recipient queue
-- whose hash opens unsubscribe links, bounces quoting addresses. The
-- change log, CMS user matches, settings with SMTP credentials, Google
-- Maps and Mailchimp API keys, the reCAPTCHA secret and Twilio's auth
-- token among locale and display options, staff's per-user settings, the
-- database cache holding serialized donation and booking form sessions
-- beside menu caches, the system log with payment webhooks' JSON naming
-- donors and the addresses that sent them. Custom data: Gift
-- Aid declarations with the donor's declared home address, Gift Aid per
-- donation, client intake details (immigration status, Home Office
-- reference, health, income, first language), volunteer details (DBS
-- certificate, emergency contact, driving licence) and food parcel
-- details. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA cgen;

-- at: a time between two instants.
CREATE FUNCTION cgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- rnd: random-looking alphanumerics.
CREATE FUNCTION cgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

-- sep: CiviCRM's multi-value field, values between \x01 separators.
CREATE FUNCTION cgen.sep(arr text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT chr(1) || array_to_string(arr, chr(1)) || chr(1) $$;

-- ps: a PHP-serialized string; pm: a PHP-serialized map of string keys to
-- values already serialized.
CREATE FUNCTION cgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;

CREATE FUNCTION cgen.pm(keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || cardinality(keys) || ':{' || (SELECT string_agg(cgen.ps(keys[k]) || vals[k], '' ORDER BY k) FROM generate_subscripts(keys, 1) k) || '}'
$$;

-- mob: a UK mobile number as people type it; land: a Leicester landline.
CREATE FUNCTION cgen.mob(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 4)
    WHEN 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 1 THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 2 THEN '07' || fixture_gen.digits(tag, i, 3) || fixture_gen.digits(tag || 'b', i, 6)
    ELSE '07' || fixture_gen.digits(tag, i, 3) || ' ' || substr(fixture_gen.digits(tag || 'b', i, 6), 1, 3) || ' ' || substr(fixture_gen.digits(tag || 'b', i, 6), 4) END
$$;

CREATE FUNCTION cgen.land(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '0116 ' || (2 + fixture_gen.n(tag, i, 7))::text || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'l', i, 4) $$;

-- pc: a Leicester postcode.
CREATE FUNCTION cgen.pc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['LE1', 'LE2', 'LE3', 'LE4', 'LE5', 'LE2', 'LE5', 'LE4'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'd', i, 9))::text
      || fixture_gen.chars(tag || 'u', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
$$;

-- Names of the people the charity supports, many of them from Syria,
-- Afghanistan, Eritrea, Sudan, Iran and Ukraine.
CREATE FUNCTION cgen.rfirst(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Abdullahi', 'Mariam', 'Yonas', 'Semhar', 'Ahmad', 'Zahra', 'Hamid', 'Nour', 'Olena', 'Mykola', 'Reza', 'Shirin',
    'Tesfay', 'Huda', 'Mohammed', 'Aisha', 'Bashir', 'Rahel', 'Samir', 'Yasmin', 'Dawit', 'Feven', 'Oksana', 'Ali', 'Parwana', 'Khalid'], tag, i)
$$;

CREATE FUNCTION cgen.rlast(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Tesfamariam', 'Ghebremedhin', 'Rahimi', 'Ahmadzai', 'Al-Hassan', 'Osman', 'Kovalenko', 'Shevchenko', 'Mohammadi',
    'Abdi', 'Hussein', 'Karimi', 'Haddad', 'Khalil', 'Berhane', 'Yousef', 'Hosseini', 'Mahmoud', 'Bondarenko', 'Nazari'], tag, i)
$$;

CREATE FUNCTION cgen.streetname(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Evington Road', 'St Peter''s Road', 'Melbourne Road', 'Belgrave Gate', 'Narborough Road', 'Humberstone Road',
    'Sparkenhoe Street', 'Mere Road', 'Saxby Street', 'Clarendon Park Road', 'Harrow Road', 'Tudor Road', 'Welford Road', 'Loughborough Road'], tag, i)
$$;

-- The people: p.i is the contact id. 1 is the charity itself, 2-9 its
-- staff, 10-29 organizations, 30-49 households, 50-299 individuals: donors
-- (i % 5 in 0, 1), volunteers (2) and clients (3, 4).
CREATE TABLE cgen.p (i int PRIMARY KEY, kind text, first text, middle text, last text, nick text, email text, phone text,
  num text, street text, supp1 text, supp2 text, city text, postcode text, lat numeric, lon numeric, birth date, gender int,
  lang text, origin text, job text, employer int, orgname text, hh int);

INSERT INTO cgen.p (i, kind, first, middle, last, nick, birth, gender, lang, origin, job, employer, hh)
SELECT i, k,
       CASE WHEN k = 'client' AND i % 3 <> 0 THEN cgen.rfirst('pf', i) ELSE fixture_gen.first_name('pf', i) END,
       CASE WHEN i % 9 = 0 THEN fixture_gen.first_name('pm', i) END,
       CASE WHEN k = 'client' AND i < 200 THEN cgen.rlast('hh', 30 + ((i - 50) / 5) % 20)
            WHEN k = 'client' AND i % 3 <> 0 THEN cgen.rlast('pl', i) ELSE fixture_gen.last_name('pl', i) END,
       NULL,
       CASE WHEN k = 'staff' THEN fixture_gen.birth_date('pb', i) + 3650 WHEN k = 'client' AND i % 7 <> 0 THEN fixture_gen.birth_date('pb', i) + 4000
            WHEN k = 'volunteer' THEN fixture_gen.birth_date('pb', i) + 2000 WHEN i % 4 = 0 THEN fixture_gen.birth_date('pb', i) END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE 1 + fixture_gen.n('pg', i, 2) + CASE WHEN i % 37 = 0 THEN 1 ELSE 0 END END,
       CASE WHEN k = 'client' AND i % 3 <> 0 THEN fixture_gen.pick(ARRAY['ar_SY', 'fa_AF', 'ti_ER', 'ar_SD', 'fa_IR', 'uk_UA', 'ps_AF', 'ku_IQ'], 'plg', i) ELSE 'en_GB' END,
       CASE WHEN k = 'client' AND i % 3 <> 0 THEN fixture_gen.pick(ARRAY['Syria', 'Afghanistan', 'Eritrea', 'Sudan', 'Iran', 'Ukraine', 'Afghanistan', 'Iraq'], 'plg', i) END,
       CASE WHEN k = 'staff' THEN (ARRAY['Chief Executive', 'Food Bank Manager', 'Volunteer Coordinator', 'Refugee Support Caseworker', 'Refugee Support Caseworker', 'Fundraising Officer', 'Warehouse Lead', 'Finance Officer'])[i - 1]
            WHEN k = 'donor' AND i % 3 = 0 THEN fixture_gen.pick(ARRAY['Teacher', 'Retired', 'Software Engineer', 'GP', 'Solicitor', 'Branch Manager', 'Nurse', 'Accountant', 'Pharmacist'], 'pj', i)
            WHEN k = 'volunteer' AND i % 2 = 0 THEN fixture_gen.pick(ARRAY['Student', 'Retired', 'Bank cashier', 'Delivery driver', 'Civil servant'], 'pj', i) END,
       CASE WHEN k = 'staff' THEN 1 WHEN k = 'volunteer' AND i % 6 = 2 THEN 26 WHEN k = 'donor' AND i % 13 = 0 THEN 15 END,
       CASE WHEN k = 'client' AND i < 200 THEN 30 + ((i - 50) / 5) % 20 END
FROM generate_series(2, 299) i
CROSS JOIN LATERAL (SELECT CASE WHEN i < 10 THEN 'staff' WHEN i < 30 THEN 'org' WHEN i < 50 THEN 'household'
                                WHEN i % 5 IN (0, 1) THEN 'donor' WHEN i % 5 = 2 THEN 'volunteer' ELSE 'client' END AS k) x
WHERE k NOT IN ('org', 'household');

UPDATE cgen.p SET nick = CASE WHEN first IN ('Mohammed', 'Abdullahi') THEN 'Mo' WHEN first = 'Oliver' THEN 'Olly' WHEN first = 'Khalid' THEN 'Abu Omar'
                              WHEN first = 'Hannah' THEN 'Han' WHEN first = 'Oksana' THEN 'Ksyusha' WHEN i % 17 = 0 THEN first || 'y' END;

-- The staff, the volunteers who drive and the clients share Leicester;
-- donors live across the county and a few in London.
UPDATE cgen.p SET
  city = CASE WHEN kind = 'donor' AND i % 4 = 0 THEN fixture_gen.pick(ARRAY['Oadby', 'Wigston', 'Loughborough', 'Market Harborough', 'London', 'Birstall'], 'pcy', i) ELSE 'Leicester' END,
  num = (1 + fixture_gen.n('pn', i, 180))::text,
  street = NULL;
UPDATE cgen.p SET
  street = num || CASE WHEN i % 23 = 0 THEN 'a' ELSE '' END || ' ' || CASE WHEN city = 'Leicester' THEN cgen.streetname('ps', i)
             ELSE fixture_gen.pick(ARRAY['The Parade', 'Church Street', 'Manor Road', 'Kibworth Road', 'Highgate Road'], 'ps', i) END,
  supp1 = CASE WHEN kind = 'client' AND i % 4 = 0 THEN 'Flat ' || (1 + i % 12)::text WHEN kind = 'client' AND i % 9 = 1 THEN 'Room ' || (3 + i % 20)::text || ', Ibis Leicester City (asylum hotel)'
               WHEN i % 10 = 5 THEN fixture_gen.pick(ARRAY['The Old Rectory', 'Apartment 4', 'Flat B'], 'ps1', i) END,
  supp2 = CASE WHEN city = 'Leicester' AND i % 3 = 0 THEN fixture_gen.pick(ARRAY['Highfields', 'Belgrave', 'Clarendon Park', 'Spinney Hills', 'Evington', 'Braunstone'], 'ps2', i) END,
  postcode = CASE city WHEN 'Leicester' THEN cgen.pc('ppc', i) WHEN 'London' THEN fixture_gen.pick(ARRAY['N16 7HY', 'E8 3PB', 'SE15 4QN'], 'ppc', i)
                  WHEN 'Oadby' THEN 'LE2 ' || (4 + i % 3) || 'RF' WHEN 'Wigston' THEN 'LE18 ' || (1 + i % 4) || 'PB' WHEN 'Loughborough' THEN 'LE11 ' || (1 + i % 5) || 'TU'
                  WHEN 'Birstall' THEN 'LE4 ' || (3 + i % 2) || 'DG' ELSE 'LE16 ' || (7 + i % 3) || 'AZ' END,
  lat = round(52.6150 + fixture_gen.n('plat', i, 600)::numeric / 10000 - 0.03, 6),
  lon = round(-1.1150 + fixture_gen.n('plon', i, 800)::numeric / 10000 - 0.04, 6);

UPDATE cgen.p SET email = CASE
    WHEN kind = 'staff' THEN lower(fixture_gen.ascii(first)) || '@eastgatefoodbank.org.uk'
    WHEN kind = 'client' AND i % 5 = 3 AND i % 2 = 0 THEN NULL
    WHEN kind = 'client' THEN fixture_gen.ascii(first) || fixture_gen.pick(ARRAY['.', '', '_'], 'pe1', i) || fixture_gen.ascii(last) || (i % 97)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'ukr.net'], 'ped', i)
    ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || CASE WHEN i % 3 = 0 THEN (i % 100)::text ELSE '' END || '@'
       || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'yahoo.co.uk', 'outlook.com', 'icloud.com', 'sky.com', 'virginmedia.com', 'dmu.ac.uk', 'le.ac.uk'], 'ped', i) END,
  phone = CASE WHEN kind = 'donor' AND i % 6 = 0 THEN cgen.land('pph', i) WHEN kind = 'donor' AND i % 7 = 1 THEN NULL ELSE cgen.mob('pph', i) END;

-- The charity and the organizations it works with.
INSERT INTO cgen.p (i, kind, orgname, email, phone, street, supp1, supp2, city, postcode, lat, lon) VALUES
 (1, 'org', 'Eastgate Community Food Bank', 'info@eastgatefoodbank.org.uk', '0116 251 7730', 'Unit 4, Frog Island Business Park', 'Frog Island', NULL, 'Leicester', 'LE3 5AG', 52.643915, -1.141270),
 (10, 'org', 'Citizens Advice Leicestershire', 'referrals@citizensadvice-leics.org.uk', '0116 262 3160', 'Clarence House', '46 Humberstone Gate', NULL, 'Leicester', 'LE1 3PJ', 52.636470, -1.129020),
 (11, 'org', 'Leicester City Council Housing Options', 'housing.options@leicester.gov.uk', '0116 454 1008', 'City Hall', '115 Charles Street', NULL, 'Leicester', 'LE1 1FZ', 52.634540, -1.128300),
 (12, 'org', 'British Red Cross Leicester Refugee Service', 'leicesterrefugeesupport@redcross.org.uk', '0116 254 3003', '2 Wharf Way', 'Glen Parva', NULL, 'Leicester', 'LE2 9TF', 52.590330, -1.163040),
 (13, 'org', 'Highfields Medical Centre', 'highfields.medicalcentre@nhs.net', '0116 295 4499', '20 Severn Street', NULL, 'Highfields', 'Leicester', 'LE2 0NN', 52.630720, -1.118410),
 (14, 'org', 'St Peter''s Church, Highfields', 'office@stpetershighfields.org.uk', '0116 254 1472', 'St Peter''s Road', NULL, 'Highfields', 'Leicester', 'LE2 1DA', 52.628890, -1.115530),
 (15, 'org', 'Tesco Leicester Hamilton Extra', 'hamilton.community@tesco.com', '0345 677 9425', 'Maidenwell Avenue', NULL, 'Hamilton', 'Leicester', 'LE5 1BL', 52.664030, -1.070650),
 (16, 'org', 'The Clothworkers'' Foundation', 'grants@clothworkers.co.uk', '020 7623 7041', 'Clothworkers'' Hall', 'Dunster Court, Mincing Lane', NULL, 'London', 'EC3R 7AH', 51.511210, -0.081370),
 (17, 'org', 'City of Sanctuary Leicester', 'leicester@cityofsanctuary.org', NULL, NULL, NULL, NULL, 'Leicester', NULL, NULL, NULL),
 (18, 'org', 'Shree Sanatan Mandir', 'info@sanatanmandir.org.uk', '0116 266 1402', '84 Weymouth Street', NULL, 'Belgrave', 'Leicester', 'LE4 6FQ', 52.652410, -1.123100),
 (19, 'org', 'Masjid Umar', 'admin@masjidumar.org.uk', '0116 273 3383', '1 Evington Drive', NULL, 'Evington', 'Leicester', 'LE5 5PF', 52.626900, -1.092900),
 (20, 'org', 'Mellor Community Primary School', 'office@mellor.leicester.sch.uk', '0116 266 6349', 'Ross Walk', NULL, 'Belgrave', 'Leicester', 'LE4 5HH', 52.650470, -1.124210),
 (21, 'org', 'Asda Fosse Park', 'fossepark.community@asda.co.uk', '0116 263 0601', 'Fosse Park Avenue', NULL, NULL, 'Leicester', 'LE19 1HL', 52.594860, -1.195060),
 (22, 'org', 'Leicestershire and Rutland Community Foundation', 'grants@llrcommunityfoundation.org.uk', '0116 262 4916', 'Pera Business Park', 'Nottingham Road', NULL, 'Melton Mowbray', 'LE13 0PB', 52.773540, -0.900150),
 (23, 'org', 'Migrant Help', 'partnerships@migranthelpuk.org', '0808 801 0503', 'Charlton House', 'Dour Street', NULL, 'Dover', 'CT16 1AT', 51.128480, 1.311500),
 (24, 'org', 'Kaur & Sons Cash and Carry', 'harjit.kaur@kaurandsons.co.uk', '07811 402963', '212 Belgrave Road', NULL, 'Belgrave', 'Leicester', 'LE4 5AS', 52.648740, -1.126950),
 (25, 'org', 'Action Homeless', 'info@actionhomeless.org.uk', '0116 221 1811', 'Bradgate Street', NULL, NULL, 'Leicester', 'LE4 0AW', 52.651830, -1.143250),
 (26, 'org', 'Barclays Leicester Technology Centre', 'citizenship.leicester@barclays.com', NULL, 'Barclays House', 'Ambassador Road', NULL, 'Leicester', 'LE3 1JF', 52.619480, -1.185430),
 (27, 'org', 'De Montfort Students'' Union', 'volunteering@demsu.co.uk', '0116 255 5576', 'Campus Centre', 'Mill Lane', NULL, 'Leicester', 'LE2 7DR', 52.629900, -1.139100),
 (28, 'org', 'The Trussell Trust', 'network@trusselltrust.org', '01722 580180', 'Unit 9, Ashfield Trading Estate', NULL, NULL, 'Salisbury', 'SP2 7HL', 51.071560, -1.825140),
 (29, 'org', 'Leicester Warm Hubs Network', NULL, NULL, NULL, NULL, NULL, 'Leicester', NULL, NULL, NULL);

-- Households of clients, named after the family.
INSERT INTO cgen.p (i, kind, last, street, supp1, supp2, city, postcode, lat, lon)
SELECT h, 'household', cgen.rlast('hh', h), (1 + fixture_gen.n('hn', h, 150))::text || ' ' || cgen.streetname('hs', h),
       CASE WHEN h % 3 = 0 THEN 'Flat ' || (1 + h % 8)::text END, CASE WHEN h % 2 = 0 THEN 'Highfields' END, 'Leicester', cgen.pc('hpc', h),
       round(52.6250 + fixture_gen.n('hlat', h, 300)::numeric / 10000, 6), round(-1.1250 + fixture_gen.n('hlon', h, 400)::numeric / 10000, 6)
FROM generate_series(30, 49) h;

-- Clients of a household live at its address.
UPDATE cgen.p c SET street = h.street, supp1 = h.supp1, supp2 = h.supp2, postcode = h.postcode, lat = h.lat, lon = h.lon, city = 'Leicester'
FROM cgen.p h WHERE c.hh = h.i;

CREATE FUNCTION cgen.nm(i int) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT coalesce(orgname, CASE WHEN kind = 'household' THEN last || ' Household' ELSE first || ' ' || last END) FROM cgen.p WHERE p.i = nm.i $$;

-- ---------------------------------------------------------------------------
-- Contacts.

CREATE TABLE civicrm_contact (
  id serial PRIMARY KEY,
  contact_type varchar(64) DEFAULT NULL,
  external_identifier varchar(64) DEFAULT NULL,
  display_name varchar(128) DEFAULT NULL,
  organization_name varchar(128) DEFAULT NULL,
  contact_sub_type varchar(255) DEFAULT NULL,
  first_name varchar(64) DEFAULT NULL,
  middle_name varchar(64) DEFAULT NULL,
  last_name varchar(64) DEFAULT NULL,
  do_not_email smallint DEFAULT 0,
  do_not_phone smallint DEFAULT 0,
  do_not_mail smallint DEFAULT 0,
  do_not_sms smallint DEFAULT 0,
  do_not_trade smallint DEFAULT 0,
  is_opt_out smallint NOT NULL DEFAULT 0,
  legal_identifier varchar(32) DEFAULT NULL,
  sort_name varchar(128) DEFAULT NULL,
  nick_name varchar(128) DEFAULT NULL,
  legal_name varchar(128) DEFAULT NULL,
  image_url text,
  preferred_communication_method varchar(255) DEFAULT NULL,
  preferred_language varchar(5) DEFAULT NULL,
  hash varchar(32) DEFAULT NULL,
  api_key varchar(32) DEFAULT NULL,
  source varchar(255) DEFAULT NULL,
  prefix_id integer DEFAULT NULL,
  suffix_id integer DEFAULT NULL,
  formal_title varchar(64) DEFAULT NULL,
  communication_style_id integer DEFAULT NULL,
  email_greeting_id integer DEFAULT NULL,
  email_greeting_custom varchar(128) DEFAULT NULL,
  email_greeting_display varchar(255) DEFAULT NULL,
  postal_greeting_id integer DEFAULT NULL,
  postal_greeting_custom varchar(128) DEFAULT NULL,
  postal_greeting_display varchar(255) DEFAULT NULL,
  addressee_id integer DEFAULT NULL,
  addressee_custom varchar(128) DEFAULT NULL,
  addressee_display varchar(255) DEFAULT NULL,
  job_title varchar(255) DEFAULT NULL,
  gender_id integer DEFAULT NULL,
  birth_date date DEFAULT NULL,
  is_deceased smallint NOT NULL DEFAULT 0,
  deceased_date date DEFAULT NULL,
  household_name varchar(128) DEFAULT NULL,
  primary_contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  sic_code varchar(8) DEFAULT NULL,
  user_unique_id varchar(255) DEFAULT NULL,
  employer_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  is_deleted smallint NOT NULL DEFAULT 0,
  created_date timestamp DEFAULT NULL,
  modified_date timestamp DEFAULT NULL
);
CREATE INDEX index_sort_name ON civicrm_contact (sort_name);
CREATE UNIQUE INDEX ui_external_identifier ON civicrm_contact (external_identifier);

INSERT INTO civicrm_contact (id, contact_type, external_identifier, display_name, organization_name, contact_sub_type, first_name, middle_name, last_name,
  do_not_email, do_not_phone, do_not_mail, do_not_sms, do_not_trade, is_opt_out, legal_identifier, sort_name, nick_name, legal_name, image_url,
  preferred_communication_method, preferred_language, hash, api_key, source, prefix_id, suffix_id, formal_title, communication_style_id,
  email_greeting_id, email_greeting_custom, email_greeting_display, postal_greeting_id, postal_greeting_custom, postal_greeting_display,
  addressee_id, addressee_custom, addressee_display, job_title, gender_id, birth_date, is_deceased, deceased_date, household_name,
  primary_contact_id, sic_code, user_unique_id, employer_id, is_deleted, created_date, modified_date)
SELECT p.i,
       CASE p.kind WHEN 'org' THEN 'Organization' WHEN 'household' THEN 'Household' ELSE 'Individual' END,
       CASE WHEN p.kind = 'donor' AND p.i % 3 = 0 THEN 'DONORFY-' || (20000 + p.i * 7)::text
            WHEN p.kind = 'client' THEN 'EFB/' || (2019 + p.i % 6)::text || '/' || lpad((p.i * 13)::text, 4, '0') END,
       CASE WHEN p.kind = 'org' THEN p.orgname WHEN p.kind = 'household' THEN p.last || ' Household'
            WHEN p.i % 29 = 0 THEN 'Dr ' || p.first || ' ' || p.last ELSE p.first || ' ' || p.last END,
       CASE WHEN p.kind = 'org' THEN p.orgname WHEN p.employer IS NOT NULL THEN (SELECT o.orgname FROM cgen.p o WHERE o.i = p.employer)
            WHEN p.kind = 'volunteer' AND p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['University of Leicester', 'Next plc', 'NHS Leicester Royal Infirmary', 'Leicester College'], 'cemp', p.i) END,
       CASE WHEN p.i IN (10, 11, 12, 13, 23, 25) THEN cgen.sep(ARRAY['Referral_Agency']) WHEN p.i IN (16, 22) THEN cgen.sep(ARRAY['Funder'])
            WHEN p.i IN (15, 21, 24) THEN cgen.sep(ARRAY['Food_Supplier']) WHEN p.kind = 'staff' THEN cgen.sep(ARRAY['Staff'])
            WHEN p.kind = 'volunteer' THEN cgen.sep(ARRAY['Volunteer']) WHEN p.kind = 'client' THEN cgen.sep(ARRAY['Client'])
            WHEN p.kind = 'donor' AND p.i % 10 = 0 THEN cgen.sep(ARRAY['Donor', 'Volunteer']) END,
       CASE WHEN p.kind NOT IN ('org', 'household') THEN p.first END, p.middle,
       CASE WHEN p.kind NOT IN ('org', 'household') THEN p.last END,
       (p.i % 19 = 0)::int, (p.i % 23 = 0)::int, (p.kind = 'client')::int, (p.i % 31 = 0)::int, (p.kind IN ('client', 'donor'))::int, (p.i % 14 = 0)::int,
       CASE WHEN p.i = 1 THEN '1178291' WHEN p.i = 12 THEN '220949' WHEN p.i = 10 THEN '1107489' WHEN p.i = 16 THEN '274100' WHEN p.i = 22 THEN '1135322'
            WHEN p.i = 25 THEN '1130463' WHEN p.i = 28 THEN '1110522' WHEN p.i = 23 THEN '09435965' WHEN p.i = 24 THEN 'UTR ' || fixture_gen.digits('utr', p.i, 10)
            WHEN p.i = 26 THEN '01026167' END,
       CASE WHEN p.kind = 'org' THEN p.orgname WHEN p.kind = 'household' THEN p.last || ' Household' ELSE p.last || ', ' || p.first END,
       p.nick,
       CASE WHEN p.i = 10 THEN 'Citizens Advice Leicestershire Limited' WHEN p.i = 12 THEN 'The British Red Cross Society' WHEN p.i = 24 THEN 'Harjit Kaur trading as Kaur & Sons'
            WHEN p.i = 26 THEN 'Barclays Bank UK PLC' WHEN p.kind = 'client' AND p.i % 17 = 4 THEN upper(p.last) || ' ' || cgen.rfirst('lgn', p.i) || ' ' || p.first
            WHEN p.kind = 'client' AND p.i % 29 = 8 THEN fixture_gen.first_name('lgt', p.i) || ' ' || p.last END,
       CASE WHEN p.kind IN ('staff', 'volunteer') AND p.i % 3 <> 1 THEN 'https://crm.eastgatefoodbank.org.uk/civicrm/contact/imagefile?photo='
              || fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(p.last) || '_' || fixture_gen.hexn('cim', p.i, 32) || '.jpg' END,
       CASE WHEN p.kind = 'client' THEN cgen.sep(ARRAY['2', '4']) WHEN p.kind = 'volunteer' THEN cgen.sep(ARRAY['4']) WHEN p.i % 3 = 0 THEN cgen.sep(ARRAY['2']) END,
       CASE WHEN p.kind IN ('org', 'household') THEN NULL ELSE p.lang END,
       fixture_gen.hexn('chash', p.i, 32),
       CASE WHEN p.kind = 'staff' AND p.i IN (2, 6, 9) THEN cgen.rnd('capi', p.i, 24) END,
       CASE WHEN p.kind = 'org' THEN 'Added by staff'
            WHEN p.kind = 'donor' AND p.i % 3 = 0 THEN 'Imported from Donorfy (2021)'
            WHEN p.kind = 'donor' THEN fixture_gen.pick(ARRAY['Online donation form', 'Christmas Appeal 2023', 'Collection at Tesco Hamilton', 'Sponsored walk 2024', 'Standing order form'], 'csrc', p.i)
            WHEN p.kind = 'volunteer' THEN fixture_gen.pick(ARRAY['Volunteer application form', 'DSU volunteering fair', 'Barclays volunteering day'], 'csrc', p.i)
            WHEN p.kind = 'client' THEN fixture_gen.pick(ARRAY['Referral voucher', 'Drop-in', 'Referral: British Red Cross', 'Referral: Citizens Advice', 'Self-referral by phone'], 'csrc', p.i)
            WHEN p.kind = 'household' THEN 'Created from food parcel referral' END,
       CASE WHEN p.kind IN ('org', 'household') OR p.i % 8 = 0 THEN NULL WHEN p.i % 29 = 0 THEN 4 WHEN p.gender = 1 THEN 1 + p.i % 2 WHEN p.gender = 2 THEN 3 END,
       NULL,
       CASE WHEN p.i = 57 THEN 'Revd' WHEN p.i = 120 THEN 'Cllr' END,
       1,
       CASE WHEN p.kind IN ('org', 'household') THEN NULL WHEN p.i % 21 = 0 THEN 4 ELSE 1 END,
       CASE WHEN p.kind IN ('org', 'household') THEN NULL WHEN p.i % 21 = 0 THEN 'Dear ' || coalesce(p.nick, p.first) || ' and family' END,
       CASE WHEN p.kind = 'org' THEN 'Dear ' || p.orgname WHEN p.kind = 'household' THEN 'Dear ' || p.last || ' family'
            WHEN p.i % 21 = 0 THEN 'Dear ' || coalesce(p.nick, p.first) || ' and family' ELSE 'Dear ' || p.first END,
       CASE WHEN p.kind IN ('org', 'household') THEN NULL ELSE 1 END,
       CASE WHEN p.i = 57 THEN 'Dear Revd ' || p.last WHEN p.i = 120 THEN 'Dear Councillor ' || p.last END,
       CASE WHEN p.kind = 'org' THEN NULL WHEN p.kind = 'household' THEN 'Dear ' || p.last || ' family' WHEN p.i = 57 THEN 'Dear Revd ' || p.last
            WHEN p.i = 120 THEN 'Dear Councillor ' || p.last ELSE 'Dear ' || p.first END,
       CASE WHEN p.kind = 'org' THEN 3 ELSE 1 END,
       CASE WHEN p.kind = 'household' AND p.i % 4 = 0 THEN 'The ' || p.last || ' family' WHEN p.i = 88 THEN p.first || ' ' || p.last || ' & ' || fixture_gen.first_name('cadd', p.i) || ' ' || fixture_gen.last_name('cadd', p.i) END,
       CASE WHEN p.kind = 'org' THEN p.orgname WHEN p.kind = 'household' AND p.i % 4 = 0 THEN 'The ' || p.last || ' family' WHEN p.kind = 'household' THEN p.last || ' Household'
            WHEN p.i = 88 THEN p.first || ' ' || p.last || ' & ' || fixture_gen.first_name('cadd', p.i) || ' ' || fixture_gen.last_name('cadd', p.i)
            ELSE CASE WHEN p.gender = 1 THEN 'Ms ' WHEN p.gender = 2 THEN 'Mr ' ELSE '' END || p.first || ' ' || p.last END,
       p.job, CASE WHEN p.kind IN ('org', 'household') THEN NULL ELSE p.gender END,
       p.birth, (p.i IN (95, 181))::int, CASE WHEN p.i = 95 THEN date '2024-02-11' WHEN p.i = 181 THEN date '2023-10-30' END,
       CASE WHEN p.kind = 'household' THEN p.last || ' Household' END,
       CASE WHEN p.kind = 'household' THEN (SELECT min(c.i) FROM cgen.p c WHERE c.hh = p.i) END,
       CASE WHEN p.i IN (15, 21) THEN '47110' WHEN p.i = 24 THEN '46390' WHEN p.i = 26 THEN '64191' WHEN p.kind = 'org' AND p.i IN (1, 12, 22, 25, 28) THEN '88990' END,
       CASE WHEN p.kind = 'volunteer' AND p.i % 8 = 7 THEN 'https://accounts.google.com/' || (100000000000000000000::numeric + p.i * 7919)::text END,
       p.employer,
       (p.i IN (63, 148, 241))::int,
       cgen.at('ccd', p.i, '2019-03-01', '2024-01-31'), cgen.at('cmd', p.i, '2024-02-01', '2024-06-28')
FROM cgen.p p ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Emails, phones, addresses, IM handles and websites.

CREATE TABLE civicrm_email (
  id serial PRIMARY KEY,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  location_type_id integer DEFAULT NULL,
  email varchar(254) DEFAULT NULL,
  is_primary smallint DEFAULT 0,
  is_billing smallint DEFAULT 0,
  on_hold smallint NOT NULL DEFAULT 0,
  is_bulkmail smallint NOT NULL DEFAULT 0,
  hold_date timestamp DEFAULT NULL,
  reset_date timestamp DEFAULT NULL,
  signature_text text,
  signature_html text
);
CREATE INDEX "UI_email" ON civicrm_email (email);

INSERT INTO civicrm_email (contact_id, location_type_id, email, is_primary, is_billing, on_hold, is_bulkmail, hold_date, reset_date, signature_text, signature_html)
SELECT p.i, CASE WHEN p.kind IN ('org', 'staff') THEN 2 ELSE 1 END, p.email, 1, (p.kind = 'donor')::int,
       CASE WHEN p.i % 41 = 0 THEN 1 ELSE 0 END, 0,
       CASE WHEN p.i % 41 = 0 THEN cgen.at('ehd', p.i, '2023-06-01', '2024-06-01') END,
       CASE WHEN p.i % 82 = 0 THEN cgen.at('erd', p.i, '2024-06-02', '2024-06-28') END,
       CASE WHEN p.kind = 'staff' THEN p.first || ' ' || p.last || E'\n' || p.job || E'\nEastgate Community Food Bank & Refugee Welcome\nDirect: ' || p.phone
              || E'\nRegistered charity no. 1178291\nI work Monday to Thursday.' END,
       CASE WHEN p.kind = 'staff' THEN '<p><strong>' || p.first || ' ' || p.last || '</strong><br>' || p.job || '<br>Eastgate Community Food Bank &amp; Refugee Welcome<br>Direct: '
              || p.phone || '</p><p style="font-size:small">Registered charity no. 1178291. <em>Pronouns: ' || CASE WHEN p.gender = 1 THEN 'she/her' ELSE 'he/him' END || '</em></p>' END
FROM cgen.p p WHERE p.email IS NOT NULL AND p.kind <> 'household' ORDER BY p.i;
-- Work and second addresses.
INSERT INTO civicrm_email (contact_id, location_type_id, email, is_primary, is_billing, on_hold, is_bulkmail, hold_date, reset_date, signature_text, signature_html)
SELECT p.i, 2, fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@' || fixture_gen.pick(ARRAY['nhs.net', 'leicester.gov.uk', 'barclays.com', 'le.ac.uk'], 'ew', p.i),
       0, 0, 0, 0, NULL, NULL, NULL, NULL
FROM cgen.p p WHERE p.kind IN ('donor', 'volunteer') AND p.i % 7 = 3 ORDER BY p.i;
INSERT INTO civicrm_email (contact_id, location_type_id, email, is_primary, is_billing, on_hold, is_bulkmail, hold_date, reset_date, signature_text, signature_html) VALUES
 (1, 3, 'donations@eastgatefoodbank.org.uk', 0, 1, 0, 1, NULL, NULL, NULL, NULL),
 (1, 3, 'volunteer@eastgatefoodbank.org.uk', 0, 0, 0, 0, NULL, NULL, NULL, NULL),
 (12, 2, 'fatima.benali@redcross.org.uk', 0, 0, 0, 0, NULL, NULL, NULL, NULL);

CREATE TABLE civicrm_phone (
  id serial PRIMARY KEY,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  location_type_id integer DEFAULT NULL,
  is_primary smallint DEFAULT 0,
  is_billing smallint DEFAULT 0,
  mobile_provider_id integer DEFAULT NULL,
  phone varchar(32) DEFAULT NULL,
  phone_ext varchar(16) DEFAULT NULL,
  phone_numeric varchar(32) DEFAULT NULL,
  phone_type_id integer DEFAULT NULL
);
INSERT INTO civicrm_phone (contact_id, location_type_id, is_primary, is_billing, mobile_provider_id, phone, phone_ext, phone_numeric, phone_type_id)
SELECT p.i, CASE WHEN p.kind IN ('org', 'staff') THEN 2 ELSE 1 END, 1, 0, NULL, p.phone,
       CASE WHEN p.i IN (11, 13) THEN (200 + p.i)::text WHEN p.kind = 'staff' THEN (20 + p.i)::text END,
       regexp_replace(p.phone, '[^0-9]', '', 'g'),
       CASE WHEN p.phone LIKE '07%' OR p.phone LIKE '+44 7%' THEN 2 ELSE 1 END
FROM cgen.p p WHERE p.phone IS NOT NULL AND p.kind <> 'household' ORDER BY p.i;
-- Second numbers: a partner's or a support worker's, home landlines.
INSERT INTO civicrm_phone (contact_id, location_type_id, is_primary, is_billing, mobile_provider_id, phone, phone_ext, phone_numeric, phone_type_id)
SELECT p.i, CASE WHEN p.i % 2 = 0 THEN 1 ELSE 5 END, 0, 0, NULL, x.ph, NULL, regexp_replace(x.ph, '[^0-9]', '', 'g'), CASE WHEN x.ph LIKE '0116%' THEN 1 ELSE 2 END
FROM cgen.p p CROSS JOIN LATERAL (SELECT CASE WHEN p.i % 2 = 0 THEN cgen.mob('ph2', p.i) ELSE cgen.land('ph2', p.i) END AS ph) x
WHERE p.kind IN ('client', 'donor') AND p.i % 6 = 4 ORDER BY p.i;

CREATE TABLE civicrm_address (
  id serial PRIMARY KEY,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  location_type_id integer DEFAULT NULL,
  is_primary smallint DEFAULT 0,
  is_billing smallint DEFAULT 0,
  street_address varchar(96) DEFAULT NULL,
  street_number integer DEFAULT NULL,
  street_number_suffix varchar(8) DEFAULT NULL,
  street_number_predirectional varchar(8) DEFAULT NULL,
  street_name varchar(64) DEFAULT NULL,
  street_type varchar(8) DEFAULT NULL,
  street_number_postdirectional varchar(8) DEFAULT NULL,
  street_unit varchar(16) DEFAULT NULL,
  supplemental_address_1 varchar(96) DEFAULT NULL,
  supplemental_address_2 varchar(96) DEFAULT NULL,
  supplemental_address_3 varchar(96) DEFAULT NULL,
  city varchar(64) DEFAULT NULL,
  county_id integer DEFAULT NULL,
  state_province_id integer DEFAULT NULL,
  postal_code_suffix varchar(12) DEFAULT NULL,
  postal_code varchar(64) DEFAULT NULL,
  usps_adc varchar(64) DEFAULT NULL,
  country_id integer DEFAULT NULL,
  geo_code_1 double precision DEFAULT NULL,
  geo_code_2 double precision DEFAULT NULL,
  manual_geo_code smallint DEFAULT 0,
  timezone varchar(8) DEFAULT NULL,
  name varchar(255) DEFAULT NULL,
  master_id integer DEFAULT NULL REFERENCES civicrm_address (id) ON DELETE SET NULL
);
-- Home and office addresses; street parsing was switched on in 2022, so
-- later records have the parts.
INSERT INTO civicrm_address (contact_id, location_type_id, is_primary, is_billing, street_address, street_number, street_number_suffix, street_number_predirectional,
  street_name, street_type, street_number_postdirectional, street_unit, supplemental_address_1, supplemental_address_2, supplemental_address_3, city, county_id,
  state_province_id, postal_code_suffix, postal_code, usps_adc, country_id, geo_code_1, geo_code_2, manual_geo_code, timezone, name, master_id)
SELECT p.i, CASE WHEN p.kind IN ('org', 'staff') THEN 3 ELSE 1 END, 1, (p.kind = 'donor')::int, p.street,
       CASE WHEN parsed AND p.street ~ '^[0-9]+' THEN substring(p.street FROM '^([0-9]+)')::int END,
       CASE WHEN parsed AND p.street ~ '^[0-9]+a ' THEN 'a' END, NULL,
       CASE WHEN parsed AND p.street ~ '^[0-9]+' THEN regexp_replace(p.street, '^[0-9]+a? (.*?)( Road| Street| Gate| Avenue)?$', '\1') END,
       CASE WHEN parsed AND p.street ~ ' (Road|Street)$' THEN CASE WHEN p.street ~ 'Road$' THEN 'Rd' ELSE 'St' END END, NULL,
       CASE WHEN parsed AND p.supp1 LIKE 'Flat %' THEN p.supp1 END,
       CASE WHEN parsed AND p.supp1 LIKE 'Flat %' THEN NULL ELSE p.supp1 END,
       p.supp2,
       CASE WHEN p.kind = 'client' AND p.i % 13 = 6 THEN 'c/o ' || fixture_gen.full_name('csup', p.i) END,
       p.city,
       CASE WHEN p.city IN ('Leicester', 'Oadby', 'Wigston', 'Birstall', 'Loughborough', 'Market Harborough', 'Melton Mowbray') THEN 1129 WHEN p.city = 'London' THEN 1139 WHEN p.city = 'Salisbury' THEN 1188 WHEN p.city = 'Dover' THEN 1126 END,
       CASE WHEN p.city IN ('Leicester', 'Oadby', 'Wigston', 'Birstall', 'Loughborough', 'Market Harborough', 'Melton Mowbray') THEN 2704 WHEN p.city = 'London' THEN 2714 WHEN p.city = 'Salisbury' THEN 2813 WHEN p.city = 'Dover' THEN 2700 END,
       NULL, p.postcode, NULL, 1226,
       CASE WHEN p.lat IS NOT NULL AND (p.kind = 'org' OR p.i % 3 <> 2) THEN p.lat::double precision END,
       CASE WHEN p.lat IS NOT NULL AND (p.kind = 'org' OR p.i % 3 <> 2) THEN p.lon::double precision END,
       0, CASE WHEN p.i % 5 = 0 THEN 'UTC+0' END,
       CASE WHEN p.i = 1 THEN 'Warehouse' WHEN p.i = 14 THEN 'Church hall (Saturday distribution)' WHEN p.kind = 'client' AND p.i % 9 = 1 THEN 'Temporary accommodation' END,
       NULL
FROM cgen.p p CROSS JOIN LATERAL (SELECT p.i % 4 <> 0 AND p.kind <> 'org' AS parsed) x
WHERE p.street IS NOT NULL AND p.kind <> 'client' OR (p.kind = 'client' AND p.hh IS NULL AND p.street IS NOT NULL)
ORDER BY p.i;
-- Clients of a household share its address (master_id).
INSERT INTO civicrm_address (contact_id, location_type_id, is_primary, is_billing, street_address, supplemental_address_1, supplemental_address_2, city, county_id,
  state_province_id, postal_code, country_id, geo_code_1, geo_code_2, manual_geo_code, master_id)
SELECT c.i, 1, 1, 0, a.street_address, a.supplemental_address_1, a.supplemental_address_2, a.city, a.county_id, a.state_province_id, a.postal_code, a.country_id,
       a.geo_code_1, a.geo_code_2, 0, a.id
FROM cgen.p c JOIN civicrm_address a ON a.contact_id = c.hh ORDER BY c.i;
-- Venues without a contact (event locations), and a donor's previous address.
INSERT INTO civicrm_address (contact_id, location_type_id, is_primary, is_billing, street_address, city, county_id, state_province_id, postal_code, country_id,
  geo_code_1, geo_code_2, manual_geo_code, name) VALUES
 (NULL, 3, 0, 0, 'Highfields Community Centre, 96 Melbourne Road', 'Leicester', 1129, 2704, 'LE2 0DS', 1226, 52.630350, -1.114780, 1, 'Highfields Community Centre'),
 (NULL, 3, 0, 0, 'Leicester Cathedral, Peacock Lane', 'Leicester', 1129, 2704, 'LE1 5PZ', 1226, 52.634470, -1.136560, 1, 'Leicester Cathedral'),
 (NULL, 3, 0, 0, 'Curve Theatre, 60 Rutland Street', 'Leicester', 1129, 2704, 'LE1 1SB', 1226, 52.636690, -1.125980, 0, 'Curve - Studio'),
 (NULL, 3, 0, 0, 'Victoria Park Pavilion, Granville Road', 'Leicester', 1129, 2704, 'LE1 7RU', 1226, 52.625340, -1.123690, 0, 'Victoria Park'),
 (NULL, 3, 0, 0, 'Unit 4, Frog Island Business Park', 'Leicester', 1129, 2704, 'LE3 5AG', 1226, 52.643915, -1.141270, 0, 'Eastgate warehouse'),
 (NULL, 3, 0, 0, 'Online (Zoom)', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 'Online');
INSERT INTO civicrm_address (contact_id, location_type_id, is_primary, is_billing, street_address, city, county_id, state_province_id, postal_code, country_id, manual_geo_code)
SELECT p.i, 5, 0, 1, (1 + fixture_gen.n('aold', p.i, 60))::text || ' ' || fixture_gen.pick(ARRAY['Queens Road', 'London Road', 'Stoughton Drive'], 'aold', p.i),
       'Leicester', 1129, 2704, cgen.pc('aoldpc', p.i), 1226, 0
FROM cgen.p p WHERE p.kind = 'donor' AND p.i % 9 = 0 ORDER BY p.i;

CREATE TABLE civicrm_im (
  id serial PRIMARY KEY,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  location_type_id integer DEFAULT NULL,
  name varchar(64) DEFAULT NULL,
  provider_id integer DEFAULT NULL,
  is_primary smallint DEFAULT 0,
  is_billing smallint DEFAULT 0
);
-- Providers: 1 WhatsApp, 2 Signal, 3 Telegram, 4 Skype.
INSERT INTO civicrm_im (contact_id, location_type_id, name, provider_id, is_primary, is_billing)
SELECT p.i, 1, CASE x.pv WHEN 1 THEN regexp_replace(p.phone, '^0', '+44 ') WHEN 2 THEN regexp_replace(p.phone, '^0', '+44') WHEN 3 THEN '@' || fixture_gen.ascii(p.first) || '_' || lower(substr(fixture_gen.ascii(p.last), 1, 4))
         ELSE 'live:.cid.' || fixture_gen.hexn('ims', p.i, 16) END, x.pv, 1, 0
FROM cgen.p p CROSS JOIN LATERAL (SELECT CASE WHEN p.kind = 'client' THEN 1 + fixture_gen.n('imp', p.i, 3) ELSE 1 + fixture_gen.n('imp', p.i, 4) END AS pv) x
WHERE p.phone IS NOT NULL AND (p.kind = 'client' AND p.i % 3 <> 0 OR p.kind IN ('volunteer', 'staff') AND p.i % 4 = 2) ORDER BY p.i;

CREATE TABLE civicrm_website (
  id serial PRIMARY KEY,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  url varchar(2048) DEFAULT NULL,
  website_type_id integer DEFAULT NULL
);
INSERT INTO civicrm_website (contact_id, url, website_type_id) VALUES
 (1, 'https://www.eastgatefoodbank.org.uk', 1), (1, 'https://www.facebook.com/EastgateFoodBank', 3), (1, 'https://www.instagram.com/eastgatefoodbank', 9),
 (10, 'https://www.citizensadvice-leics.org.uk', 1), (12, 'https://www.redcross.org.uk/leicester', 1), (13, 'https://www.highfieldsmedicalcentre.nhs.uk', 1),
 (14, 'https://stpetershighfields.org.uk', 1), (18, 'https://www.sanatanmandir.org.uk', 1), (22, 'https://llrcommunityfoundation.org.uk', 1),
 (24, 'https://www.facebook.com/kaurandsonsbelgrave', 3), (25, 'https://www.actionhomeless.org.uk', 1), (28, 'https://www.trusselltrust.org', 1);
INSERT INTO civicrm_website (contact_id, url, website_type_id)
SELECT p.i, CASE fixture_gen.n('wt', p.i, 4) WHEN 0 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '-' || fixture_gen.hexn('wl', p.i, 8)
         WHEN 1 THEN 'https://www.facebook.com/' || fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '.' || (p.i % 90)::text
         WHEN 2 THEN 'https://x.com/' || fixture_gen.ascii(p.first) || substr(fixture_gen.ascii(p.last), 1, 3) || (p.i % 50)::text
         ELSE 'https://www.justgiving.com/page/' || fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '-' || (1700000000 + p.i * 1031)::text END,
       CASE fixture_gen.n('wt', p.i, 4) WHEN 0 THEN 6 WHEN 1 THEN 3 WHEN 2 THEN 11 ELSE 1 END
FROM cgen.p p WHERE p.kind IN ('donor', 'volunteer', 'staff') AND p.i % 6 = 1 ORDER BY p.i;
-- ---------------------------------------------------------------------------
-- Payment processors: Stripe for cards, GoCardless for direct debits,
-- PayPal Standard; live and test of each. Keys are assembled here.

CREATE TABLE civicrm_payment_processor (
  id serial PRIMARY KEY,
  domain_id integer NOT NULL,
  name varchar(64) NOT NULL,
  title text NOT NULL,
  frontend_title text NOT NULL,
  description varchar(255) DEFAULT NULL,
  payment_processor_type_id integer NOT NULL,
  is_active smallint DEFAULT NULL,
  is_default smallint DEFAULT NULL,
  is_test smallint DEFAULT NULL,
  user_name varchar(255) DEFAULT NULL,
  password varchar(255) DEFAULT NULL,
  signature text,
  url_site varchar(255) DEFAULT NULL,
  url_api varchar(255) DEFAULT NULL,
  url_recur varchar(255) DEFAULT NULL,
  url_button varchar(255) DEFAULT NULL,
  subject varchar(255) DEFAULT NULL,
  class_name varchar(255) DEFAULT NULL,
  billing_mode integer NOT NULL,
  is_recur smallint DEFAULT NULL,
  payment_type integer DEFAULT 1,
  payment_instrument_id integer DEFAULT 1,
  accepted_credit_cards text
);
INSERT INTO civicrm_payment_processor (domain_id, name, title, frontend_title, description, payment_processor_type_id, is_active, is_default, is_test, user_name,
  password, signature, url_site, url_api, url_recur, url_button, subject, class_name, billing_mode, is_recur, payment_type, payment_instrument_id, accepted_credit_cards)
SELECT 1, v.name, v.title, v.ft, v.descr, v.typ, 1, (v.k = 1)::int, v.test,
       CASE v.typ WHEN 10 THEN 'pk_' || CASE WHEN v.test = 1 THEN 'test_' ELSE 'live_' END || '51Mx' || cgen.rnd('pppk', v.k, 95)
                  WHEN 12 THEN CASE WHEN v.test = 1 THEN 'sandbox-treasurer@eastgatefoodbank.org.uk' ELSE 'donations@eastgatefoodbank.org.uk' END END,
       CASE v.typ WHEN 10 THEN 'sk_' || CASE WHEN v.test = 1 THEN 'test_' ELSE 'live_' END || '51Mx' || cgen.rnd('ppsk', v.k, 95)
                  WHEN 11 THEN CASE WHEN v.test = 1 THEN 'sandbox_' ELSE 'live_' END || cgen.rnd('ppgc', v.k, 40) END,
       CASE v.typ WHEN 10 THEN 'wh' || 'sec_' || cgen.rnd('ppwh', v.k, 32) WHEN 11 THEN cgen.rnd('ppgw', v.k, 40) END,
       CASE v.typ WHEN 10 THEN 'https://api.stripe.com/v1' WHEN 11 THEN CASE WHEN v.test = 1 THEN 'https://api-sandbox.gocardless.com' ELSE 'https://api.gocardless.com' END
                  ELSE CASE WHEN v.test = 1 THEN 'https://www.sandbox.paypal.com/' ELSE 'https://www.paypal.com/' END END,
       NULL,
       CASE WHEN v.typ = 12 THEN CASE WHEN v.test = 1 THEN 'https://www.sandbox.paypal.com/' ELSE 'https://www.paypal.com/' END END,
       CASE WHEN v.typ = 12 THEN 'https://www.paypal.com/en_GB/i/btn/btn_xpressCheckout.gif' END,
       NULL, v.cls, CASE v.typ WHEN 12 THEN 4 ELSE 1 END, 1, CASE WHEN v.typ = 11 THEN 2 ELSE 1 END, CASE v.typ WHEN 10 THEN 1 WHEN 11 THEN 6 ELSE 7 END,
       CASE WHEN v.typ = 10 THEN '["Visa","MasterCard","Amex"]' END
FROM (VALUES (1, 'Stripe', 'Stripe', 'Card', 'Card payments on the donate and event pages', 10, 0, 'Payment_Stripe'),
             (2, 'Stripe', 'Stripe (test)', 'Card', NULL, 10, 1, 'Payment_Stripe'),
             (3, 'GoCardless', 'GoCardless Direct Debit', 'Direct Debit', 'Monthly gifts by Direct Debit', 11, 0, 'Payment_GoCardless'),
             (4, 'GoCardless', 'GoCardless (sandbox)', 'Direct Debit', NULL, 11, 1, 'Payment_GoCardless'),
             (5, 'PayPal_Standard', 'PayPal', 'PayPal', 'Legacy PayPal button, kept for a few standing subscribers', 12, 0, 'Payment_PayPalImpl'),
             (6, 'PayPal_Standard', 'PayPal (sandbox)', 'PayPal', NULL, 12, 1, 'Payment_PayPalImpl')) v(k, name, title, ft, descr, typ, test, cls)
ORDER BY v.k;

-- Donors who give regularly; their saved payment methods.
CREATE TABLE cgen.rd (r int PRIMARY KEY, cid int, pp int);
INSERT INTO cgen.rd SELECT row_number() OVER (ORDER BY p.i), p.i, CASE WHEN p.i % 4 = 0 THEN 1 WHEN p.i % 4 = 3 THEN 5 ELSE 3 END
FROM cgen.p p WHERE p.kind = 'donor' AND (p.i % 10 = 0 OR p.i % 15 = 6 OR p.i % 7 = 1);

CREATE TABLE civicrm_payment_token (
  id serial PRIMARY KEY,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  payment_processor_id integer NOT NULL REFERENCES civicrm_payment_processor (id),
  token varchar(255) NOT NULL,
  created_date timestamp DEFAULT NULL,
  created_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  expiry_date timestamp DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  billing_first_name varchar(255) DEFAULT NULL,
  billing_middle_name varchar(255) DEFAULT NULL,
  billing_last_name varchar(255) DEFAULT NULL,
  masked_account_number varchar(255) DEFAULT NULL,
  ip_address varchar(255) DEFAULT NULL
);
INSERT INTO civicrm_payment_token (contact_id, payment_processor_id, token, created_date, created_id, expiry_date, email, billing_first_name, billing_middle_name,
  billing_last_name, masked_account_number, ip_address)
SELECT rd.cid, rd.pp, CASE rd.pp WHEN 1 THEN 'pm_1' || cgen.rnd('ptk', rd.r, 23) ELSE 'CU000' || upper(cgen.rnd('ptk', rd.r, 9)) END,
       cgen.at('ptc', rd.r, '2021-01-01', '2024-03-01'), CASE WHEN rd.r % 5 = 0 THEN 6 ELSE rd.cid END,
       CASE WHEN rd.pp = 1 THEN date_trunc('month', cgen.at('pte', rd.r, '2024-08-01', '2029-12-01')) END,
       p.email, CASE WHEN rd.r % 8 = 0 THEN fixture_gen.first_name('ptf', rd.r) ELSE p.first END, p.middle, p.last,
       CASE rd.pp WHEN 1 THEN '************' || fixture_gen.digits('ptm', rd.r, 4) ELSE '******' || fixture_gen.digits('ptm', rd.r, 2) END,
       CASE WHEN rd.r % 5 <> 0 THEN fixture_gen.ipv4('pti', rd.r) END
FROM cgen.rd rd JOIN cgen.p p ON p.i = rd.cid WHERE rd.pp IN (1, 3) ORDER BY rd.r;

CREATE TABLE civicrm_contribution_recur (
  id serial PRIMARY KEY,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  amount numeric(20, 2) NOT NULL,
  currency varchar(3) DEFAULT NULL,
  frequency_unit varchar(8) DEFAULT 'month',
  frequency_interval integer NOT NULL DEFAULT 1,
  installments integer DEFAULT NULL,
  start_date timestamp NOT NULL,
  create_date timestamp NOT NULL,
  modified_date timestamp DEFAULT NULL,
  cancel_date timestamp DEFAULT NULL,
  cancel_reason text,
  end_date timestamp DEFAULT NULL,
  processor_id varchar(255) DEFAULT NULL,
  payment_token_id integer DEFAULT NULL REFERENCES civicrm_payment_token (id) ON DELETE SET NULL,
  trxn_id varchar(255) DEFAULT NULL,
  invoice_id varchar(255) DEFAULT NULL,
  contribution_status_id integer DEFAULT 1,
  is_test smallint DEFAULT 0,
  cycle_day integer NOT NULL DEFAULT 1,
  next_sched_contribution_date timestamp DEFAULT NULL,
  failure_count integer DEFAULT 0,
  failure_retry_date timestamp DEFAULT NULL,
  auto_renew smallint NOT NULL DEFAULT 0,
  payment_processor_id integer DEFAULT NULL REFERENCES civicrm_payment_processor (id) ON DELETE SET NULL,
  financial_type_id integer DEFAULT NULL,
  payment_instrument_id integer DEFAULT NULL,
  campaign_id integer DEFAULT NULL,
  is_email_receipt smallint DEFAULT 1
);
INSERT INTO civicrm_contribution_recur (id, contact_id, amount, currency, frequency_unit, frequency_interval, installments, start_date, create_date, modified_date,
  cancel_date, cancel_reason, end_date, processor_id, payment_token_id, trxn_id, invoice_id, contribution_status_id, is_test, cycle_day,
  next_sched_contribution_date, failure_count, failure_retry_date, auto_renew, payment_processor_id, financial_type_id, payment_instrument_id, campaign_id, is_email_receipt)
SELECT rd.r, rd.cid, fixture_gen.pick(ARRAY['5', '10', '10', '15', '20', '25', '50', '8.50'], 'rca', rd.r)::numeric, 'GBP',
       CASE WHEN rd.r % 11 = 0 THEN 'year' ELSE 'month' END, 1, NULL, s.st, s.st, cgen.at('rcm', rd.r, '2024-03-01', '2024-06-28'),
       CASE WHEN cancelled THEN cgen.at('rcx', rd.r, '2023-06-01', '2024-06-20') END,
       CASE WHEN NOT cancelled THEN NULL
            WHEN rd.r / 6 % 4 = 0 THEN 'Donor phoned: lost her job, will restart when she can. Spoke to ' || fixture_gen.first_name('rcs', rd.r) || ' (her daughter) who manages her post.'
            WHEN rd.r / 6 % 4 = 1 THEN 'Mandate cancelled at the bank (ADDACS code 1)'
            WHEN rd.r / 6 % 4 = 2 THEN 'Card expired; emailed twice, no reply'
            ELSE 'Moving abroad - asked us to stop. New address in Lisbon on file.' END,
       CASE WHEN cancelled THEN cgen.at('rcx', rd.r, '2023-06-01', '2024-06-20') END,
       CASE rd.pp WHEN 1 THEN 'sub_1' || cgen.rnd('rcp', rd.r, 23) WHEN 3 THEN 'SB000' || upper(cgen.rnd('rcp', rd.r, 9)) ELSE 'I-' || upper(cgen.rnd('rcp', rd.r, 12)) END,
       (SELECT t.id FROM civicrm_payment_token t WHERE t.contact_id = rd.cid LIMIT 1),
       CASE rd.pp WHEN 1 THEN 'sub_1' || cgen.rnd('rcp', rd.r, 23) WHEN 3 THEN 'MD000' || upper(cgen.rnd('rcm2', rd.r, 9)) ELSE 'I-' || upper(cgen.rnd('rcp', rd.r, 12)) END,
       fixture_gen.hexn('rci', rd.r, 32),
       CASE WHEN cancelled THEN 3 WHEN rd.r % 17 = 0 THEN 4 ELSE 5 END, 0, 1 + fixture_gen.n('rcd', rd.r, 28),
       CASE WHEN NOT cancelled THEN timestamp '2024-07-01' + make_interval(days => fixture_gen.n('rcd', rd.r, 28)) END,
       CASE WHEN rd.r % 17 = 0 THEN 2 ELSE 0 END, CASE WHEN rd.r % 17 = 0 THEN timestamp '2024-07-03 10:00:00' END,
       (rd.r % 11 = 0)::int, CASE rd.pp WHEN 3 THEN 3 ELSE rd.pp END, CASE WHEN rd.r % 11 = 0 THEN 2 ELSE 1 END, CASE rd.pp WHEN 1 THEN 1 WHEN 3 THEN 6 ELSE 7 END,
       CASE WHEN rd.r % 3 = 0 THEN 2 END, 1
FROM cgen.rd rd
CROSS JOIN LATERAL (SELECT cgen.at('rcs', rd.r, '2020-01-01', '2023-12-01') AS st, rd.r % 6 = 5 AS cancelled) s
ORDER BY rd.r;

CREATE TABLE civicrm_contribution (
  id serial PRIMARY KEY,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  financial_type_id integer DEFAULT NULL,
  contribution_page_id integer DEFAULT NULL,
  payment_instrument_id integer DEFAULT NULL,
  receive_date timestamp DEFAULT NULL,
  non_deductible_amount numeric(20, 2) DEFAULT 0.00,
  total_amount numeric(20, 2) NOT NULL,
  fee_amount numeric(20, 2) DEFAULT NULL,
  net_amount numeric(20, 2) DEFAULT NULL,
  trxn_id varchar(255) DEFAULT NULL,
  invoice_id varchar(255) DEFAULT NULL,
  invoice_number varchar(255) DEFAULT NULL,
  currency varchar(3) DEFAULT NULL,
  cancel_date timestamp DEFAULT NULL,
  cancel_reason text,
  receipt_date timestamp DEFAULT NULL,
  thankyou_date timestamp DEFAULT NULL,
  source varchar(255) DEFAULT NULL,
  amount_level text,
  contribution_recur_id integer DEFAULT NULL REFERENCES civicrm_contribution_recur (id) ON DELETE SET NULL,
  is_test smallint DEFAULT 0,
  is_pay_later smallint DEFAULT 0,
  contribution_status_id integer DEFAULT 1,
  address_id integer DEFAULT NULL REFERENCES civicrm_address (id) ON DELETE SET NULL,
  check_number varchar(255) DEFAULT NULL,
  campaign_id integer DEFAULT NULL,
  creditnote_id varchar(255) DEFAULT NULL,
  tax_amount numeric(20, 2) NOT NULL DEFAULT 0,
  revenue_recognition_date timestamp DEFAULT NULL,
  is_template smallint NOT NULL DEFAULT 0
);
-- Instalments of the regular gifts (the last six months of each), then
-- one-off gifts, grants and in-kind donations.
CREATE TABLE cgen.k (k int PRIMARY KEY, cid int, recur int, pp int, amt numeric, at timestamp, kind text);
INSERT INTO cgen.k
SELECT row_number() OVER (ORDER BY r.id, m), r.contact_id, r.id, r.payment_processor_id, r.amount,
       date_trunc('month', timestamp '2024-06-01' - make_interval(months => m)) + make_interval(days => r.cycle_day - 1, hours => 6), 'recur'
FROM civicrm_contribution_recur r CROSS JOIN generate_series(0, 5) m WHERE r.frequency_unit = 'month' AND (r.cancel_date IS NULL OR m >= 4);
INSERT INTO cgen.k
SELECT (SELECT max(k) FROM cgen.k) + o, x.cid, NULL, x.pp, x.amt, cgen.at('kat', o, '2022-01-01', '2024-06-28'), x.kind
FROM generate_series(1, 170) o
CROSS JOIN LATERAL (SELECT fixture_gen.n('kc', o, 100) AS b) b
CROSS JOIN LATERAL (SELECT CASE WHEN o % 12 = 0 THEN (ARRAY[16, 22, 18, 19, 14, 26, 15, 21, 24, 1])[1 + (o / 12) % 10] ELSE 50 + (b.b / 2) * 5 + b.b % 2 END AS cid,
  CASE WHEN o % 12 = 0 THEN NULL WHEN o % 5 = 0 THEN NULL WHEN o % 7 = 0 THEN 5 ELSE 1 END AS pp,
  CASE WHEN o % 12 = 0 AND (o / 12) % 10 IN (0, 1) THEN fixture_gen.pick(ARRAY['5000', '12500', '7500'], 'kga', o)::numeric WHEN o % 12 = 0 THEN fixture_gen.pick(ARRAY['250', '480', '1200', '300'], 'kga', o)::numeric
       ELSE fixture_gen.pick(ARRAY['10', '20', '25', '30', '50', '100', '15', '40', '250', '5'], 'kam', o)::numeric END AS amt,
  CASE WHEN o % 12 = 0 AND (o / 12) % 10 IN (0, 1) THEN 'grant' WHEN o % 12 = 0 AND (o / 12) % 10 IN (6, 7, 8) THEN 'inkind' WHEN o % 12 = 0 THEN 'org'
       WHEN o % 5 = 0 THEN CASE WHEN o % 10 = 0 THEN 'cheque' ELSE 'cash' END ELSE 'online' END AS kind) x;

INSERT INTO civicrm_contribution (id, contact_id, financial_type_id, contribution_page_id, payment_instrument_id, receive_date, non_deductible_amount, total_amount,
  fee_amount, net_amount, trxn_id, invoice_id, invoice_number, currency, cancel_date, cancel_reason, receipt_date, thankyou_date, source, amount_level,
  contribution_recur_id, is_test, is_pay_later, contribution_status_id, address_id, check_number, campaign_id, creditnote_id, tax_amount, revenue_recognition_date, is_template)
SELECT k.k, k.cid,
       CASE k.kind WHEN 'grant' THEN 5 WHEN 'inkind' THEN 6 ELSE 1 END,
       CASE WHEN k.kind = 'online' THEN CASE WHEN k.k % 3 = 0 THEN 2 ELSE 1 END WHEN k.kind = 'recur' AND k.pp = 1 THEN 1 END,
       CASE WHEN k.kind IN ('cash', 'inkind') THEN 3 WHEN k.kind = 'cheque' THEN 4 WHEN k.kind IN ('grant', 'org') THEN 5 WHEN k.pp = 1 THEN 1 WHEN k.pp = 3 THEN 6 ELSE 7 END,
       k.at, 0, k.amt,
       CASE WHEN k.pp = 1 THEN round(k.amt * 0.015 + 0.20, 2) WHEN k.pp = 3 THEN round(least(k.amt * 0.01 + 0.20, 4.00), 2) WHEN k.pp = 5 THEN round(k.amt * 0.019 + 0.30, 2) ELSE 0 END,
       k.amt - CASE WHEN k.pp = 1 THEN round(k.amt * 0.015 + 0.20, 2) WHEN k.pp = 3 THEN round(least(k.amt * 0.01 + 0.20, 4.00), 2) WHEN k.pp = 5 THEN round(k.amt * 0.019 + 0.30, 2) ELSE 0 END,
       CASE WHEN k.pp = 1 THEN 'ch_3' || cgen.rnd('ktx', k.k, 24) WHEN k.pp = 3 THEN 'PM00' || upper(cgen.rnd('ktx', k.k, 10)) WHEN k.pp = 5 THEN upper(cgen.rnd('ktx', k.k, 17))
            WHEN k.kind = 'grant' THEN 'BACS ' || to_char(k.at, 'DDMonYY') END,
       CASE WHEN k.pp IS NOT NULL THEN fixture_gen.hexn('kinv', k.k, 32) END,
       CASE WHEN k.kind IN ('grant', 'org') THEN 'EFB-' || to_char(k.at, 'YYYY') || '-' || lpad(k.k::text, 5, '0') END,
       'GBP',
       CASE WHEN k.k % 53 = 0 THEN k.at + interval '3 days' END,
       CASE WHEN k.k % 53 = 0 THEN fixture_gen.pick(ARRAY['Refunded: duplicate payment', 'Donor asked for a refund - gave twice by mistake, emailed from ' || (SELECT p.email FROM cgen.p p WHERE p.i = k.cid),
                                                        'Chargeback: card reported stolen', 'Refunded at the request of ' || (SELECT p.first || ' ' || p.last FROM cgen.p p WHERE p.i = k.cid) || '''s executor'], 'kcr', k.k) END,
       CASE WHEN k.kind <> 'inkind' THEN k.at + interval '2 minutes' END,
       CASE WHEN k.kind IN ('grant', 'org') OR k.amt >= 100 THEN k.at + interval '9 days' END,
       CASE k.kind WHEN 'recur' THEN 'Regular giving' WHEN 'online' THEN CASE WHEN k.k % 3 = 0 THEN 'Online Contribution: Christmas Appeal' ELSE 'Online Contribution: Donate' END
                   WHEN 'cash' THEN fixture_gen.pick(ARRAY['Collection tin - Tesco Hamilton', 'Bucket collection - Leicester Tigers match', 'Cash at the Saturday distribution'], 'ksrc', k.k)
                   WHEN 'cheque' THEN 'Cheque by post' WHEN 'grant' THEN 'Grant: core costs 2024-25' WHEN 'inkind' THEN 'Food donation (weighed at warehouse)' ELSE 'Community collection' END,
       CASE WHEN k.kind = 'online' THEN CASE WHEN k.amt = 25 THEN 'Feeds a family for a week - ' || chr(163) || '25' WHEN k.amt = 10 THEN 'Fills a school holiday lunch bag - ' || chr(163) || '10' ELSE 'Other Amount' END
            WHEN k.kind = 'inkind' THEN fixture_gen.pick(ARRAY['412 kg mixed tins', '96 kg rice and pasta', '1.2 t surplus fresh produce'], 'kal', k.k) END,
       k.recur, 0, 0, CASE WHEN k.k % 53 = 0 THEN 7 WHEN k.recur IS NOT NULL AND k.k % 29 = 0 THEN 4 ELSE 1 END,
       CASE WHEN k.pp IS NOT NULL AND k.k % 4 = 0 THEN (SELECT min(a.id) FROM civicrm_address a WHERE a.contact_id = k.cid) END,
       CASE WHEN k.kind = 'cheque' THEN lpad(fixture_gen.digits('kch', k.k, 6), 6, '0') END,
       CASE WHEN k.k % 3 = 0 AND k.kind = 'online' THEN 2 WHEN k.kind = 'grant' THEN 3 END,
       CASE WHEN k.k % 53 = 0 THEN 'CN_' || k.k END, 0, CASE WHEN k.kind = 'grant' THEN date_trunc('month', k.at) + interval '1 month' END, 0
FROM cgen.k k ORDER BY k.k;

CREATE TABLE civicrm_contribution_soft (
  id serial PRIMARY KEY,
  contribution_id integer NOT NULL REFERENCES civicrm_contribution (id) ON DELETE CASCADE,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  amount numeric(20, 2) NOT NULL,
  currency varchar(3) DEFAULT NULL,
  pcp_id integer DEFAULT NULL,
  pcp_display_in_roll smallint NOT NULL DEFAULT 0,
  pcp_roll_nickname varchar(255) DEFAULT NULL,
  pcp_personal_note varchar(255) DEFAULT NULL,
  soft_credit_type_id integer DEFAULT NULL
);
-- Soft credits: gifts to fundraisers' personal pages (type 10) and gifts
-- in memory of someone (type 2).
INSERT INTO civicrm_contribution_soft (contribution_id, contact_id, amount, currency, pcp_id, pcp_display_in_roll, pcp_roll_nickname, pcp_personal_note, soft_credit_type_id)
SELECT c.id, f.i, c.total_amount, 'GBP', CASE WHEN c.id % 3 <> 0 THEN 1 + f.i % 4 END, (c.id % 7 <> 0)::int,
       CASE WHEN c.id % 7 = 0 THEN NULL WHEN c.id % 5 = 0 THEN 'Anonymous' WHEN c.id % 5 = 1 THEN 'The ' || fixture_gen.last_name('scn', c.id) || ' family'
            WHEN c.id % 5 = 2 THEN fixture_gen.first_name('scn', c.id) || ' & ' || fixture_gen.first_name('scn2', c.id) ELSE fixture_gen.full_name('scn', c.id) END,
       CASE WHEN c.id % 3 = 0 THEN 'In loving memory of ' || fixture_gen.first_name('scm', c.id) || ', who volunteered every Saturday'
            WHEN c.id % 4 = 1 THEN fixture_gen.pick(ARRAY['Go on ' || f.first || '! Proud of you x', 'Well done for doing the half marathon for such a good cause',
                 'Running for my mum, who needed the food bank in 2020', 'From everyone at the Wednesday knit group', 'Keep going!'], 'scp', c.id) END,
       CASE WHEN c.id % 3 = 0 THEN 2 ELSE 10 END
FROM civicrm_contribution c JOIN cgen.p f ON f.i = 52 + 5 * (c.id % 40)
WHERE c.source LIKE 'Online%' AND c.id % 4 IN (1, 2) ORDER BY c.id;

-- ---------------------------------------------------------------------------
-- Memberships: Friends of Eastgate (regular donors, type 1) and members of
-- the charitable company (trustees and volunteers who vote at the AGM,
-- type 2).

CREATE TABLE civicrm_membership (
  id serial PRIMARY KEY,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  membership_type_id integer NOT NULL,
  join_date date DEFAULT NULL,
  start_date date DEFAULT NULL,
  end_date date DEFAULT NULL,
  source varchar(128) DEFAULT NULL,
  status_id integer NOT NULL,
  is_override smallint DEFAULT 0,
  status_override_end_date date DEFAULT NULL,
  owner_membership_id integer DEFAULT NULL REFERENCES civicrm_membership (id) ON DELETE SET NULL,
  max_related integer DEFAULT NULL,
  is_test smallint DEFAULT 0,
  is_pay_later smallint DEFAULT 0,
  contribution_recur_id integer DEFAULT NULL REFERENCES civicrm_contribution_recur (id) ON DELETE SET NULL,
  campaign_id integer DEFAULT NULL
);
INSERT INTO civicrm_membership (contact_id, membership_type_id, join_date, start_date, end_date, source, status_id, is_override, status_override_end_date,
  owner_membership_id, max_related, is_test, is_pay_later, contribution_recur_id, campaign_id)
SELECT r.contact_id, 1, r.start_date::date, r.start_date::date, CASE WHEN r.cancel_date IS NOT NULL THEN r.cancel_date::date END, 'Regular giving sign-up',
       CASE WHEN r.cancel_date IS NOT NULL THEN 6 ELSE 2 END, 0, NULL, NULL, NULL, 0, 0, r.id, NULL
FROM civicrm_contribution_recur r ORDER BY r.id;
INSERT INTO civicrm_membership (contact_id, membership_type_id, join_date, start_date, end_date, source, status_id, is_override, status_override_end_date,
  owner_membership_id, max_related, is_test, is_pay_later, contribution_recur_id, campaign_id)
SELECT p.i, 2, d, date '2024-01-01', date '2024-12-31', CASE WHEN p.kind = 'staff' THEN 'Staff member' ELSE 'Admitted at AGM ' || extract(year FROM d)::int END,
       CASE WHEN p.i % 13 = 0 THEN 4 ELSE 2 END, (p.i % 13 = 0)::int, CASE WHEN p.i % 13 = 0 THEN date '2024-09-30' END, NULL, NULL, 0, (p.i % 5 = 2)::int, NULL, NULL
FROM cgen.p p CROSS JOIN LATERAL (SELECT date '2019-10-01' + 365 * (p.i % 5) AS d) x
WHERE p.kind = 'staff' OR (p.kind = 'volunteer' AND p.i % 4 = 2) ORDER BY p.i;
-- ---------------------------------------------------------------------------
-- Events and their participants.

CREATE FUNCTION cgen.client(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 53 + 5 * ((x / 2) % 50) + x % 2 $$;
CREATE FUNCTION cgen.donor(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 50 + 5 * ((x / 2) % 50) + x % 2 $$;
CREATE FUNCTION cgen.vol(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 52 + 5 * (x % 50) $$;

CREATE TABLE civicrm_event (
  id serial PRIMARY KEY,
  title varchar(255) DEFAULT NULL,
  summary text,
  description text,
  event_type_id integer DEFAULT 0,
  is_public smallint DEFAULT 1,
  start_date timestamp DEFAULT NULL,
  end_date timestamp DEFAULT NULL,
  max_participants integer DEFAULT NULL,
  is_monetary smallint DEFAULT 0,
  financial_type_id integer DEFAULT NULL,
  payment_processor varchar(128) DEFAULT NULL,
  is_active smallint DEFAULT 0,
  loc_block_id integer DEFAULT NULL,
  intro_text text,
  confirm_email_text text,
  confirm_from_name varchar(255) DEFAULT NULL,
  confirm_from_email varchar(255) DEFAULT NULL,
  cc_confirm varchar(255) DEFAULT NULL,
  bcc_confirm varchar(255) DEFAULT NULL,
  is_template smallint DEFAULT 0,
  created_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  created_date timestamp DEFAULT NULL,
  currency varchar(3) DEFAULT NULL
);
-- The events as entered, with the registration settings the replica leaves
-- out.
CREATE TABLE cgen.ev (k serial, title text, summary text, description text, event_type_id int, is_public int, start_date timestamp, end_date timestamp,
  is_online_registration int, registration_start_date timestamp, registration_end_date timestamp, max_participants int, is_monetary int, financial_type_id int,
  payment_processor text, is_active int, loc_block_id int, default_role_id int, intro_text text, confirm_email_text text, confirm_from_name text,
  confirm_from_email text, cc_confirm text, bcc_confirm text, requires_approval int, is_template int, created_id int, created_date timestamp, currency text);
INSERT INTO cgen.ev (title, summary, description, event_type_id, is_public, start_date, end_date, is_online_registration, registration_start_date,
  registration_end_date, max_participants, is_monetary, financial_type_id, payment_processor, is_active, loc_block_id, default_role_id, intro_text,
  confirm_email_text, confirm_from_name, confirm_from_email, cc_confirm, bcc_confirm, requires_approval, is_template, created_id, created_date, currency) VALUES
 ('Volunteer induction (warehouse)', 'A two-hour introduction for new warehouse volunteers.', '<p>Find out how the food bank works, meet the team, and learn about food safety, manual handling and safeguarding. Please wear closed-toe shoes.</p>',
  7, 1, '2024-04-13 10:00', '2024-04-13 12:00', 1, '2024-03-01', '2024-04-12', 15, 0, NULL, NULL, 1, 5, 1, '<p>Thank you for wanting to help!</p>',
  'See you on Saturday at the warehouse (Unit 4, Frog Island). If you are running late, text ' || (SELECT p.first FROM cgen.p p WHERE p.i = 4) || ' on ' || (SELECT p.phone FROM cgen.p p WHERE p.i = 4) || '.',
  'Eastgate Volunteering', 'volunteer@eastgatefoodbank.org.uk', NULL, (SELECT p.email FROM cgen.p p WHERE p.i = 4), 0, 0, 4, '2024-02-20 09:14', 'GBP'),
 ('Volunteer induction (drop-in and refugee welcome)', 'Induction for volunteers at the Tuesday drop-in.', '<p>Safeguarding, boundaries, working with interpreters and signposting. Trauma-informed practice basics.</p>',
  7, 1, '2024-05-07 18:00', '2024-05-07 20:30', 1, '2024-04-01', '2024-05-06', 20, 0, NULL, NULL, 1, 1, 1, NULL,
  'Please bring photo ID: we will start your DBS check on the evening. Questions? Call ' || (SELECT p.first || ' ' || p.last FROM cgen.p p WHERE p.i = 5) || ' on ' || (SELECT p.phone FROM cgen.p p WHERE p.i = 5) || '.',
  (SELECT p.first || ' ' || p.last FROM cgen.p p WHERE p.i = 5), (SELECT p.email FROM cgen.p p WHERE p.i = 5), 'volunteer@eastgatefoodbank.org.uk', NULL, 1, 0, 4, '2024-03-28 11:02', 'GBP'),
 ('Spring fundraising dinner', 'A three-course Syrian and Eritrean dinner cooked by our clients'' supper club.', '<p>Join us at the Cathedral for a dinner cooked by the Eastgate supper club, with music and a short auction. All proceeds go to the food bank.</p>',
  3, 1, '2024-03-23 19:00', '2024-03-23 22:30', 1, '2024-01-15', '2024-03-20', 120, 1, 4, cgen.sep(ARRAY['1', '5']), 1, 2, 1, '<p>Tickets ' || chr(163) || '45, concessions ' || chr(163) || '20.</p>',
  'Your ticket is attached. Dietary needs? Reply to this email.', 'Eastgate Community Food Bank', 'events@eastgatefoodbank.org.uk', NULL, 'fundraising@eastgatefoodbank.org.uk', 0, 0, 7, '2024-01-10 15:30', 'GBP'),
 ('ESOL conversation class (Spring term)', 'Weekly English conversation for beginners.', '<p>Friendly conversation practice for people new to English. Free, creche available.</p>',
  5, 0, '2024-04-16 10:00', '2024-07-16 12:00', 0, NULL, NULL, 25, 0, NULL, NULL, 1, 1, 1, NULL, NULL, 'Eastgate Refugee Welcome', 'welcome@eastgatefoodbank.org.uk', NULL, NULL, 0, 0, 5, '2024-03-30 10:00', 'GBP'),
 ('Sponsored walk: Round Leicestershire', '26 miles of the Leicestershire Round to raise money for food parcels.', '<p>Walk all or part of the route. Register, get sponsored, and we provide a T-shirt.</p>',
  3, 1, '2024-06-15 08:00', '2024-06-15 18:00', 1, '2024-03-01', '2024-06-10', 200, 1, 4, cgen.sep(ARRAY['1']), 1, 4, 1, NULL,
  'Meet at Victoria Park Pavilion at 8am. Emergency contact on the day: 07700 900461.', 'Eastgate Fundraising', 'fundraising@eastgatefoodbank.org.uk', NULL, NULL, 0, 0, 7, '2024-02-02 12:00', 'GBP'),
 ('Annual General Meeting 2023', 'AGM of Eastgate Community Food Bank CIO.', '<p>Trustees'' report, accounts for 2022-23 and election of trustees. Members only.</p>',
  1, 0, '2023-11-21 19:00', '2023-11-21 20:30', 0, NULL, NULL, NULL, 0, NULL, NULL, 1, 6, 1, NULL, NULL, 'Eastgate Community Food Bank', 'info@eastgatefoodbank.org.uk', NULL, NULL, 0, 0, 2, '2023-10-01 09:00', 'GBP'),
 ('Christmas hamper packing day', 'Pack 600 Christmas hampers with us.', '<p>Two shifts, 9-12 and 1-4. Mince pies provided.</p>',
  7, 1, '2023-12-16 09:00', '2023-12-16 16:00', 1, '2023-11-01', '2023-12-14', 60, 0, NULL, NULL, 1, 5, 1, NULL, 'Thank you! Park at the back of Unit 4.', 'Eastgate Volunteering', 'volunteer@eastgatefoodbank.org.uk', NULL, NULL, 0, 0, 4, '2023-10-20 14:45', 'GBP'),
 ('Benefits and debt advice clinic', 'Monthly clinic with Citizens Advice.', '<p>One-to-one appointments with a Citizens Advice adviser. Book at the drop-in.</p>',
  5, 0, '2024-05-21 13:00', '2024-05-21 16:00', 0, NULL, NULL, 8, 0, NULL, NULL, 1, 1, 1, NULL, NULL, 'Eastgate Refugee Welcome', 'welcome@eastgatefoodbank.org.uk', NULL, NULL, 1, 0, 6, '2024-04-30 10:20', 'GBP'),
 ('Event template: volunteer induction', NULL, NULL, 7, 1, NULL, NULL, 1, NULL, NULL, 15, 0, NULL, NULL, 1, NULL, 1, NULL, NULL, 'Eastgate Volunteering', 'volunteer@eastgatefoodbank.org.uk', NULL, NULL, 0, 1, 4, '2022-06-01 09:00', 'GBP');
INSERT INTO civicrm_event (title, summary, description, event_type_id, is_public, start_date, end_date, max_participants, is_monetary, financial_type_id,
  payment_processor, is_active, loc_block_id, intro_text, confirm_email_text, confirm_from_name, confirm_from_email, cc_confirm, bcc_confirm, is_template,
  created_id, created_date, currency)
SELECT title, summary, description, event_type_id, is_public, start_date, end_date, max_participants, is_monetary, financial_type_id,
  payment_processor, is_active, loc_block_id, intro_text, confirm_email_text, confirm_from_name, confirm_from_email, cc_confirm, bcc_confirm, is_template,
  created_id, created_date, currency
FROM cgen.ev ORDER BY k;

CREATE TABLE civicrm_participant (
  id serial PRIMARY KEY,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  event_id integer NOT NULL REFERENCES civicrm_event (id) ON DELETE CASCADE,
  status_id integer NOT NULL DEFAULT 1,
  role_id varchar(128) DEFAULT NULL,
  register_date timestamp DEFAULT NULL,
  source varchar(128) DEFAULT NULL,
  fee_level text,
  is_test smallint DEFAULT 0,
  is_pay_later smallint DEFAULT 0,
  fee_amount numeric(20, 2) DEFAULT NULL,
  registered_by_id integer DEFAULT NULL REFERENCES civicrm_participant (id) ON DELETE SET NULL,
  discount_id integer DEFAULT NULL,
  fee_currency varchar(3) DEFAULT NULL,
  campaign_id integer DEFAULT NULL,
  discount_amount integer DEFAULT NULL,
  cart_id integer DEFAULT NULL,
  must_wait integer DEFAULT NULL,
  transferred_to_contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  created_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL
);
INSERT INTO civicrm_participant (contact_id, event_id, status_id, role_id, register_date, source, fee_level, is_test, is_pay_later, fee_amount, registered_by_id,
  discount_id, fee_currency, campaign_id, discount_amount, cart_id, must_wait, transferred_to_contact_id, created_id)
SELECT cid, ev, CASE WHEN x % 13 = 0 THEN 4 WHEN x % 9 = 0 THEN 3 ELSE 2 END,
       CASE WHEN ev = 4 AND x % 6 = 0 THEN cgen.sep(ARRAY['2']) WHEN ev = 3 AND x % 10 = 0 THEN cgen.sep(ARRAY['1', '3']) ELSE cgen.sep(ARRAY['1']) END,
       cgen.at('prd', x, '2023-10-15', '2024-06-10'),
       CASE WHEN ev IN (1, 2, 3, 5, 7) THEN 'Online Event Registration: ' || (ARRAY['Volunteer induction (warehouse)', 'Volunteer induction (drop-in and refugee welcome)', 'Spring fundraising dinner', '', 'Sponsored walk: Round Leicestershire', '', 'Christmas hamper packing day'])[ev]
            ELSE 'Registered at the drop-in' END,
       CASE ev WHEN 3 THEN CASE WHEN x % 3 = 0 THEN cgen.sep(ARRAY['Concession - ' || chr(163) || '20']) ELSE cgen.sep(ARRAY['Dinner ticket - ' || chr(163) || '45']) END
               WHEN 5 THEN cgen.sep(ARRAY['Registration - ' || chr(163) || '10']) ELSE NULL END,
       0, CASE WHEN ev = 3 AND x % 7 = 0 THEN 1 ELSE 0 END,
       CASE ev WHEN 3 THEN CASE WHEN x % 3 = 0 THEN 20 ELSE 45 END WHEN 5 THEN 10 ELSE 0 END,
       NULL, NULL, 'GBP', CASE WHEN ev IN (3, 5) THEN 2 END, NULL, NULL, NULL,
       CASE WHEN x = 61 THEN cgen.donor(200) END, CASE WHEN ev IN (4, 8) THEN 5 + x % 2 ELSE cid END
FROM generate_series(1, 170) x
CROSS JOIN LATERAL (SELECT (ARRAY[1, 2, 3, 3, 3, 4, 4, 5, 5, 7, 8])[1 + fixture_gen.n('pev', x, 11)] AS ev) e
CROSS JOIN LATERAL (SELECT CASE WHEN ev IN (1, 2, 7) THEN cgen.vol(x) WHEN ev IN (4, 8) THEN cgen.client(x) ELSE cgen.donor(x * 3) END AS cid) c
ORDER BY x;
-- Guests registered by the person who bought the tickets.
UPDATE civicrm_participant g SET registered_by_id = b.id FROM civicrm_participant b WHERE g.event_id = 3 AND b.event_id = 3 AND g.id % 5 = 0 AND b.id = (SELECT max(id) FROM civicrm_participant z WHERE z.event_id = 3 AND z.id < g.id);

-- ---------------------------------------------------------------------------
-- Cases of the refugee support service.

CREATE TABLE civicrm_case (
  id serial PRIMARY KEY,
  case_type_id integer NOT NULL,
  subject varchar(128) DEFAULT NULL,
  start_date date DEFAULT NULL,
  end_date date DEFAULT NULL,
  details text,
  status_id integer NOT NULL,
  is_deleted smallint NOT NULL DEFAULT 0,
  created_date timestamp DEFAULT NULL,
  modified_date timestamp DEFAULT NULL,
  medium_id integer DEFAULT NULL
);
INSERT INTO civicrm_case (case_type_id, subject, start_date, end_date, details, status_id, is_deleted, created_date, modified_date, medium_id)
SELECT t, CASE WHEN x % 4 = 0 THEN (ARRAY['Housing support', 'Asylum support application', 'Destitution support', 'Family reunion'])[t]
               ELSE (ARRAY['Housing support', 'Asylum support', 'Destitution', 'Family reunion'])[t] || ' - ' || p.first || ' ' || p.last END,
       s::date, CASE WHEN x % 3 = 0 THEN (s + interval '120 days')::date END,
       CASE t WHEN 1 THEN 'Family of ' || (2 + x % 5) || ' in one room at ' || p.street || '. Landlord ' || fixture_gen.full_name('cld', x) || ' has served a section 21 notice. Referred to Housing Options.'
              WHEN 2 THEN 'Arrived ' || to_char(s - interval '200 days', 'Mon YYYY') || ' via Napier barracks. Section 95 support applied for, Home Office ref ' || upper(substr(p.last, 1, 1)) || fixture_gen.digits('cho', x, 7) || '. ' ||
                          CASE WHEN x % 2 = 0 THEN 'Suffers from PTSD, sees the GP at Highfields Medical Centre.' ELSE 'Pregnant, due in ' || to_char(s + interval '150 days', 'FMMonth') || '.' END
              WHEN 3 THEN 'NRPF. Appeal rights exhausted. Sleeping on a friend''s sofa. Weekly parcel and ' || chr(163) || '20 hardship payment agreed by the manager.'
              ELSE 'Wife and two children in Kampala waiting for family reunion visas. Solicitor: ' || fixture_gen.full_name('csol', x) || ', Leicester Law Centre.' END,
       CASE WHEN x % 3 = 0 THEN 2 ELSE 1 END, (x = 17)::int, s, s + make_interval(days => 3 + x % 60), 1 + x % 3
FROM generate_series(1, 48) x
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ct', x, 4) AS t, cgen.at('cst', x, '2022-06-01', '2024-05-01') AS s) y
JOIN cgen.p p ON p.i = cgen.client(x * 2)
ORDER BY x;

CREATE TABLE civicrm_case_contact (
  id serial PRIMARY KEY,
  case_id integer NOT NULL REFERENCES civicrm_case (id) ON DELETE CASCADE,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE
);
INSERT INTO civicrm_case_contact (case_id, contact_id) SELECT x, cgen.client(x * 2) FROM generate_series(1, 48) x ORDER BY x;

-- ---------------------------------------------------------------------------
-- Activities: food parcels, calls, home visits, emails, drop-in visits and
-- the contributions' own activities.

CREATE TABLE civicrm_activity (
  id serial PRIMARY KEY,
  source_record_id integer DEFAULT NULL,
  activity_type_id integer NOT NULL DEFAULT 1,
  subject varchar(255) DEFAULT NULL,
  activity_date_time timestamp DEFAULT NULL,
  duration integer DEFAULT NULL,
  location varchar(2048) DEFAULT NULL,
  phone_id integer DEFAULT NULL REFERENCES civicrm_phone (id) ON DELETE SET NULL,
  phone_number varchar(64) DEFAULT NULL,
  details text,
  status_id integer DEFAULT NULL,
  priority_id integer DEFAULT NULL,
  parent_id integer DEFAULT NULL REFERENCES civicrm_activity (id) ON DELETE CASCADE,
  is_test smallint DEFAULT 0,
  medium_id integer DEFAULT NULL,
  is_auto smallint DEFAULT 0,
  relationship_id integer DEFAULT NULL,
  is_current_revision smallint DEFAULT 1,
  original_id integer DEFAULT NULL REFERENCES civicrm_activity (id) ON DELETE CASCADE,
  result varchar(255) DEFAULT NULL,
  is_deleted smallint DEFAULT 0,
  campaign_id integer DEFAULT NULL,
  engagement_level integer DEFAULT NULL,
  weight integer DEFAULT NULL,
  is_star smallint NOT NULL DEFAULT 0,
  created_date timestamp DEFAULT NULL,
  modified_date timestamp DEFAULT NULL
);
-- a.kind: parcel, call, visit, email, dropin, contrib. a.who: the target.
CREATE TABLE cgen.a (a int PRIMARY KEY, kind text, who int, staff int, at timestamp);
INSERT INTO cgen.a
SELECT a, k, CASE WHEN k IN ('parcel', 'visit', 'dropin') THEN cgen.client(a) WHEN k = 'call' AND (a / 8) % 2 = 0 THEN cgen.client(a + 7) WHEN k = 'call' THEN cgen.vol(a)
                  WHEN k = 'email' AND a % 3 = 0 THEN cgen.vol(a) WHEN k = 'email' THEN cgen.donor(a) ELSE NULL END,
       CASE WHEN k IN ('visit', 'dropin') OR (k = 'call' AND (a / 8) % 2 = 0) THEN 5 + a % 2 WHEN k = 'parcel' THEN 3 + a % 2 * 5 WHEN k = 'email' AND a % 3 = 0 THEN 4 ELSE 7 END,
       cgen.at('aat', a, '2023-01-01', '2024-06-28')
FROM generate_series(1, 280) a
CROSS JOIN LATERAL (SELECT (ARRAY['parcel', 'parcel', 'parcel', 'call', 'visit', 'email', 'dropin', 'contrib'])[1 + a % 8] AS k) x;

INSERT INTO civicrm_activity (id, source_record_id, activity_type_id, subject, activity_date_time, duration, location, phone_id, phone_number, details, status_id,
  priority_id, parent_id, is_test, medium_id, is_auto, relationship_id, is_current_revision, original_id, result, is_deleted, campaign_id, engagement_level,
  weight, is_star, created_date, modified_date)
SELECT a.a,
       CASE WHEN a.kind = 'contrib' THEN c.id END,
       CASE a.kind WHEN 'parcel' THEN 55 WHEN 'call' THEN 2 WHEN 'visit' THEN 56 WHEN 'email' THEN 3 WHEN 'dropin' THEN 57 ELSE 6 END,
       CASE a.kind
         WHEN 'parcel' THEN CASE WHEN a.a % 3 = 0 THEN 'Food parcel' ELSE 'Food parcel - ' || p.last || ' household (' || (1 + a.a % 6) || ' people)' END
         WHEN 'call' THEN CASE WHEN (a.a / 8) % 4 = 3 THEN 'Phone call' ELSE 'Call with ' || p.first || ' ' || p.last END
         WHEN 'visit' THEN CASE WHEN a.a % 3 = 0 THEN 'Home visit' ELSE 'Home visit - ' || p.first || ' (' || p.street || ')' END
         WHEN 'email' THEN CASE WHEN a.a % 3 = 0 THEN fixture_gen.pick(ARRAY['Volunteer rota for next month', 'Your DBS check', 'Thank you for volunteering!'], 'aes', a.a)
                                ELSE fixture_gen.pick(ARRAY['Thank you for your donation', 'Your Gift Aid declaration', 'Re: change of address', 'Christmas appeal - thank you'], 'aes', a.a) END
         WHEN 'dropin' THEN CASE WHEN (a.a / 8) % 3 = 0 THEN 'Drop-in' ELSE 'Drop-in: ' || p.first || ' ' || p.last || ' - ' || fixture_gen.pick(ARRAY['Home Office letter', 'housing', 'school uniform grant', 'GP registration'], 'ads', a.a) END
         ELSE chr(163) || to_char(c.total_amount, 'FM999990.00') || ' - ' || c.source END,
       a.at,
       CASE a.kind WHEN 'call' THEN 5 + a.a % 30 WHEN 'visit' THEN 45 + a.a % 40 WHEN 'dropin' THEN 20 + a.a % 30 END,
       CASE a.kind WHEN 'parcel' THEN fixture_gen.pick(ARRAY['St Peter''s church hall', 'Warehouse collection', 'Home delivery', 'Highfields Community Centre'], 'alo', a.a)
                   WHEN 'visit' THEN p.street || coalesce(', ' || p.supp1, '') || ', ' || p.postcode
                   WHEN 'dropin' THEN 'Highfields Community Centre' END,
       CASE WHEN a.kind = 'call' THEN (SELECT min(ph.id) FROM civicrm_phone ph WHERE ph.contact_id = a.who) END,
       CASE WHEN a.kind = 'call' THEN p.phone END,
       CASE a.kind
         WHEN 'parcel' THEN CASE a.a % 6 WHEN 0 THEN 'Collected by her neighbour ' || fixture_gen.first_name('anb', a.a) || ' (proxy agreed by phone).' WHEN 1 THEN NULL
                                         WHEN 2 THEN 'No pork, halal meat only. Baby formula (stage 1) added.' WHEN 3 THEN 'Standard parcel.' WHEN 4 THEN 'Diabetic: low-sugar items swapped in.' ELSE '' END
         WHEN 'call' THEN CASE WHEN (a.a / 8) % 2 = 0 THEN p.first || ' called about the asylum support payment that did not arrive. Gave Migrant Help number; will chase on '
                                 || to_char(a.at + interval '2 days', 'Dy DD Mon') || '. Said her husband ' || cgen.rfirst('ahb', a.a) || ' is unwell.'
                               ELSE 'Rang to confirm Saturday shift. Can drive the van. Mobile changed to ' || cgen.mob('anm', a.a) || '.' END
         WHEN 'visit' THEN fixture_gen.pick(ARRAY[
             'Visited ' || p.first || ' at home. No working cooker; referred to the Warm Hubs network. Son ' || cgen.rfirst('ason', a.a) || ' (9) has asthma and the flat is damp - contacted the landlord, '
               || fixture_gen.full_name('all', a.a) || ', on ' || cgen.mob('alm', a.a) || '.',
             'Home visit with interpreter (' || fixture_gen.full_name('aint', a.a) || '). Family settled. Children enrolled at Mellor Primary.',
             'Nobody home. Left a card.',
             p.first || ' showed me the refusal letter. Very low mood, mentioned not eating for two days. With consent, informed GP at Highfields Medical Centre. Safeguarding lead aware.'], 'avd', a.a)
         WHEN 'email' THEN '<p>Dear ' || p.first || ',</p><p>' || CASE WHEN a.a % 3 = 0 THEN 'Thank you for your help at the warehouse. The rota for next month is attached.'
                                                                    ELSE 'Thank you so much for your generous gift. It means we can keep our shelves full.' END || '</p><p>Best wishes,<br>' || s.first || '</p>'
         WHEN 'dropin' THEN fixture_gen.pick(ARRAY[
             'Helped ' || p.first || ' read a Home Office letter (ref ' || upper(substr(p.last, 1, 1)) || fixture_gen.digits('adh', a.a, 7) || '): substantive interview on ' || to_char(a.at + interval '30 days', 'DD/MM/YYYY') || '. Booked interpreter.',
             'Signposted to Citizens Advice for the UC claim.',
             'Attended ESOL and lunch. No issues.',
             'Discussed budget: Universal Credit ' || chr(163) || (400 + a.a % 300) || '/month after deductions, about ' || chr(163) || '600 owed to British Gas.',
             NULL], 'add', a.a)
         ELSE NULL END,
       CASE WHEN a.at > timestamp '2024-06-20' AND a.kind IN ('visit', 'call') THEN 1 ELSE 2 END,
       CASE WHEN a.kind = 'visit' AND a.a % 3 = 1 THEN 1 ELSE 2 END, NULL, 0,
       CASE a.kind WHEN 'call' THEN 2 WHEN 'email' THEN 3 WHEN 'visit' THEN 1 ELSE NULL END,
       (a.kind = 'contrib')::int, NULL, 1, NULL,
       CASE a.kind WHEN 'parcel' THEN fixture_gen.pick(ARRAY['Collected', 'Collected', 'Delivered', 'No show'], 'ares', a.a) WHEN 'call' THEN CASE WHEN a.a % 5 = 0 THEN 'Left voicemail' END END,
       (a.a % 97 = 0)::int, CASE WHEN a.kind = 'contrib' AND c.campaign_id IS NOT NULL THEN c.campaign_id END,
       CASE WHEN a.kind = 'email' THEN 1 + a.a % 5 END, NULL, (a.a % 31 = 0)::int, a.at, a.at + make_interval(mins => a.a % 300)
FROM cgen.a a
LEFT JOIN cgen.p p ON p.i = a.who
JOIN cgen.p s ON s.i = a.staff
LEFT JOIN civicrm_contribution c ON c.id = a.a AND a.kind = 'contrib'
ORDER BY a.a;
-- A revision: an edited home visit keeps its original.
SELECT setval(pg_get_serial_sequence('civicrm_activity', 'id'), (SELECT max(id) FROM civicrm_activity));
INSERT INTO civicrm_activity (source_record_id, activity_type_id, subject, activity_date_time, duration, location, details, status_id, priority_id, is_test, medium_id,
  is_auto, is_current_revision, original_id, is_deleted, is_star, created_date, modified_date)
SELECT NULL, activity_type_id, subject, activity_date_time, duration, location, details || ' (typo corrected)', status_id, priority_id, 0, medium_id, 0, 1, id, 0, 0, modified_date, modified_date + interval '1 day'
FROM civicrm_activity WHERE activity_type_id = 56 AND id % 5 = 0 ORDER BY id;
UPDATE civicrm_activity SET is_current_revision = 0 WHERE id IN (SELECT original_id FROM civicrm_activity WHERE original_id IS NOT NULL);

CREATE TABLE civicrm_activity_contact (
  id serial PRIMARY KEY,
  activity_id integer NOT NULL REFERENCES civicrm_activity (id) ON DELETE CASCADE,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  record_type_id integer DEFAULT NULL
);
INSERT INTO civicrm_activity_contact (activity_id, contact_id, record_type_id)
SELECT x.id, x.cid, x.rt FROM (
  SELECT v.id, a.staff AS cid, 2 AS rt FROM civicrm_activity v JOIN cgen.a a ON a.a = coalesce(v.original_id, v.id)
  UNION ALL SELECT v.id, a.who, 3 FROM civicrm_activity v JOIN cgen.a a ON a.a = coalesce(v.original_id, v.id) WHERE a.who IS NOT NULL
  UNION ALL SELECT v.id, c.contact_id, 3 FROM civicrm_activity v JOIN civicrm_contribution c ON c.id = v.source_record_id WHERE v.activity_type_id = 6
  UNION ALL SELECT v.id, 5, 1 FROM civicrm_activity v WHERE v.activity_type_id = 56 AND v.id % 3 = 0) x
ORDER BY x.id, x.rt;

-- ---------------------------------------------------------------------------
-- Relationships.

CREATE TABLE civicrm_relationship (
  id serial PRIMARY KEY,
  contact_id_a integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  contact_id_b integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  relationship_type_id integer NOT NULL,
  start_date date DEFAULT NULL,
  end_date date DEFAULT NULL,
  is_active smallint DEFAULT 1,
  description varchar(255) DEFAULT NULL,
  is_permission_a_b integer NOT NULL DEFAULT 0,
  is_permission_b_a integer NOT NULL DEFAULT 0,
  case_id integer DEFAULT NULL REFERENCES civicrm_case (id) ON DELETE CASCADE,
  created_date timestamp DEFAULT NULL,
  modified_date timestamp DEFAULT NULL
);
-- Types: 5 employee of, 7 household member of, 6 head of household for,
-- 12 case coordinator is, 13 referred by, 14 volunteer driver for.
INSERT INTO civicrm_relationship (contact_id_a, contact_id_b, relationship_type_id, start_date, end_date, is_active, description, is_permission_a_b, is_permission_b_a,
  case_id, created_date, modified_date)
SELECT p.i, p.hh, CASE WHEN p.i = (SELECT min(q.i) FROM cgen.p q WHERE q.hh = p.hh) THEN 6 ELSE 7 END, NULL, NULL, 1,
       CASE WHEN p.i % 7 = 0 THEN 'Mum of three; eldest at Mellor Primary' WHEN p.i % 7 = 3 THEN 'Husband, works nights at a car wash' END, 0, 0, NULL,
       cgen.at('rlc', p.i, '2021-01-01', '2024-01-01'), NULL
FROM cgen.p p WHERE p.hh IS NOT NULL ORDER BY p.i;
INSERT INTO civicrm_relationship (contact_id_a, contact_id_b, relationship_type_id, start_date, end_date, is_active, description, is_permission_a_b, is_permission_b_a,
  case_id, created_date, modified_date)
SELECT cc.contact_id, 5 + cc.case_id % 2, 12, c.start_date, c.end_date, (c.end_date IS NULL)::int,
       CASE WHEN cc.case_id % 5 = 0 THEN 'Handed over from ' || fixture_gen.full_name('rlh', cc.case_id) || ' (left March 2024)' END, 0, 1, cc.case_id, c.created_date, c.modified_date
FROM civicrm_case_contact cc JOIN civicrm_case c ON c.id = cc.case_id ORDER BY cc.case_id;
INSERT INTO civicrm_relationship (contact_id_a, contact_id_b, relationship_type_id, start_date, end_date, is_active, description, is_permission_a_b, is_permission_b_a,
  case_id, created_date, modified_date)
SELECT cgen.client(x), (ARRAY[10, 11, 12, 13, 23, 25])[1 + x % 6], 13, date '2022-01-01' + x * 5, NULL, 1,
       CASE WHEN x % 4 = 0 THEN 'Referred by ' || fixture_gen.full_name('rlr', x) || ', ' || cgen.mob('rlp', x) WHEN x % 4 = 1 THEN 'E-referral via the Trussell Trust portal' END,
       0, 0, NULL, cgen.at('rlc2', x, '2022-01-01', '2024-06-01'), NULL
FROM generate_series(1, 60) x ORDER BY x;
INSERT INTO civicrm_relationship (contact_id_a, contact_id_b, relationship_type_id, start_date, end_date, is_active, description, is_permission_a_b, is_permission_b_a,
  case_id, created_date, modified_date)
SELECT cgen.vol(x * 3), cgen.client(x * 5 + 1), 14, date '2023-03-01' + x * 9, NULL, 1,
       fixture_gen.pick(ARRAY['Saturday delivery round (Highfields)', 'Drives ' || (SELECT p.first FROM cgen.p p WHERE p.i = cgen.client(x * 5 + 1)) || ' to hospital appointments at the LRI', 'Weekly parcel, leaves with the neighbour if out'], 'rld', x),
       0, 0, NULL, cgen.at('rlc3', x, '2023-03-01', '2024-06-01'), NULL
FROM generate_series(1, 20) x ORDER BY x;
INSERT INTO civicrm_relationship (contact_id_a, contact_id_b, relationship_type_id, start_date, end_date, is_active, description, is_permission_a_b, is_permission_b_a,
  case_id, created_date, modified_date)
SELECT p.i, p.employer, 5, NULL, NULL, 1, NULL, 0, 0, NULL, cgen.at('rlc4', p.i, '2021-01-01', '2024-06-01'), NULL
FROM cgen.p p WHERE p.employer IS NOT NULL ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Notes, on contacts mostly, some on contributions and participants.

CREATE TABLE civicrm_note (
  id serial PRIMARY KEY,
  entity_table varchar(64) NOT NULL,
  entity_id integer NOT NULL,
  note text,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  note_date timestamp DEFAULT NULL,
  created_date timestamp DEFAULT NULL,
  modified_date timestamp DEFAULT NULL,
  subject varchar(255) DEFAULT NULL,
  privacy varchar(255) DEFAULT NULL
);
INSERT INTO civicrm_note (entity_table, entity_id, note, contact_id, note_date, created_date, modified_date, subject, privacy)
SELECT CASE WHEN x % 10 = 7 THEN 'civicrm_contribution' WHEN x % 10 = 9 THEN 'civicrm_participant' ELSE 'civicrm_contact' END,
       CASE WHEN x % 10 = 7 THEN 1 + fixture_gen.n('nen', x, 300) WHEN x % 10 = 9 THEN 1 + fixture_gen.n('nep', x, 160) ELSE tgt END,
       CASE WHEN x % 10 = 7 THEN fixture_gen.pick(ARRAY['Cheque sent with a card from the whole of Year 6.', 'Matched by Barclays (ref MG-' || fixture_gen.digits('nmg', x, 6) || ').', 'Paid twice; refunded.'], 'nc', x)
            WHEN x % 10 = 9 THEN fixture_gen.pick(ARRAY['Wheelchair user - ground floor table please.', 'Vegan, and nut allergy.', 'Bringing her carer, ' || fixture_gen.full_name('nca', x) || '.', 'Paid cash on the door.'], 'np', x)
            ELSE fixture_gen.pick(ARRAY[
              'Prefers calls after 4pm - works nights.',
              'Do not send appeals: her husband died in March. Spoke to her son ' || fixture_gen.first_name('nsn', x) || ' on ' || cgen.mob('nsm', x) || '.',
              'Severe peanut allergy in the household - check every parcel.',
              'Gift Aid: confirmed UK taxpayer by phone.',
              'Lives with ' || fixture_gen.full_name('nlw', x) || ' (not a client). Domestic abuse disclosed ' || to_char(cgen.at('nda', x, '2023-01-01', '2024-06-01'), 'DD/MM/YY') || ', referred to Living Without Abuse. DO NOT contact by post.',
              'DBS renewed, certificate seen.',
              'Wants to volunteer again once her back is better (sciatica).',
              'Legacy pledge: has told us we are in her will.',
              'Moved to Nottingham; new address: ' || fixture_gen.street('nmv', x) || '.',
              'Speaks Dari and some Pashto; no English yet.'], 'nn', x) END,
       2 + x % 8, cgen.at('nnd', x, '2022-01-01', '2024-06-28'), cgen.at('nnd', x, '2022-01-01', '2024-06-28'), cgen.at('nnm', x, '2024-01-01', '2024-06-28'),
       CASE WHEN x % 4 = 0 THEN NULL WHEN x % 10 = 7 THEN 'Contribution note' WHEN x % 10 = 9 THEN 'Participant note'
            ELSE fixture_gen.pick(ARRAY['Phone preference', 'Bereavement', 'Allergy', 'Gift Aid', 'Safeguarding', 'Call with ' || fixture_gen.first_name('nsn', x), 'Legacy', 'Change of address'], 'nsb', x) END,
       CASE WHEN x % 10 IN (4, 5) THEN '1' ELSE '0' END
FROM generate_series(1, 130) x
CROSS JOIN LATERAL (SELECT CASE WHEN x % 3 = 0 THEN cgen.donor(x) WHEN x % 3 = 1 THEN cgen.client(x) ELSE cgen.vol(x) END AS tgt) t
ORDER BY x;
-- ---------------------------------------------------------------------------
-- Groups, who is in them, and how they joined.

CREATE TABLE civicrm_group (
  id serial PRIMARY KEY,
  name varchar(64) DEFAULT NULL,
  title varchar(255) DEFAULT NULL,
  description text,
  source varchar(64) DEFAULT NULL,
  is_active smallint DEFAULT NULL,
  visibility varchar(24) DEFAULT 'User and User Admin Only',
  group_type varchar(128) DEFAULT NULL,
  is_reserved smallint DEFAULT 0,
  frontend_title varchar(255) DEFAULT NULL
);
INSERT INTO civicrm_group (name, title, description, source, is_active, visibility, group_type, is_reserved, frontend_title) VALUES
 ('Administrators', 'Administrators', 'Contacts in this group are assigned Administrator role permissions.', NULL, 1, 'User and User Admin Only', cgen.sep(ARRAY['1']), 1, 'Administrators'),
 ('Newsletter_Subscribers', 'Newsletter Subscribers', 'Monthly e-news: what we did, what we need.', NULL, 1, 'Public Pages', cgen.sep(ARRAY['2']), 0, 'Eastgate e-news'),
 ('Volunteers_Warehouse', 'Volunteers - warehouse', 'Sorting, packing and stock checks.', NULL, 1, 'User and User Admin Only', cgen.sep(ARRAY['2']), 0, 'Warehouse volunteers'),
 ('Volunteers_Drivers', 'Volunteers - drivers', 'Delivery rounds and collections from supermarkets. Insurance checked yearly.', NULL, 1, 'User and User Admin Only', cgen.sep(ARRAY['2']), 0, 'Drivers'),
 ('Volunteers_Drop_in', 'Volunteers - drop-in', 'Tuesday drop-in and refugee welcome.', NULL, 1, 'User and User Admin Only', cgen.sep(ARRAY['2']), 0, 'Drop-in volunteers'),
 ('Regular_Donors', 'Donors - regular', 'Smart group: active recurring contributions.', 'Search builder', 1, 'User and User Admin Only', cgen.sep(ARRAY['2']), 0, NULL),
 ('Christmas_Appeal_2023', 'Christmas appeal 2023', 'Everyone who gave to the 2023 appeal, for the thank-you mailing.', 'Import', 1, 'User and User Admin Only', cgen.sep(ARRAY['2']), 0, NULL),
 ('Trustees', 'Trustees', 'Board of trustees.', NULL, 1, 'User and User Admin Only', cgen.sep(ARRAY['1', '2']), 0, NULL),
 ('Clients_SMS', 'Clients - SMS reminders', 'Clients who agreed to text reminders of collection times.', NULL, 1, 'User and User Admin Only', cgen.sep(ARRAY['2']), 0, NULL),
 ('Do_not_appeal', 'Do not appeal', 'Bereaved, or asked not to be asked. Excluded from every appeal.', NULL, 1, 'User and User Admin Only', NULL, 0, NULL),
 ('Gift_Aid_eligible', 'Gift Aid eligible', 'Smart group: current Gift Aid declaration.', 'Search builder', 1, 'User and User Admin Only', NULL, 0, NULL);

CREATE TABLE civicrm_group_contact (
  id serial PRIMARY KEY,
  group_id integer NOT NULL REFERENCES civicrm_group (id) ON DELETE CASCADE,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  status varchar(8) DEFAULT NULL,
  location_id integer DEFAULT NULL,
  email_id integer DEFAULT NULL REFERENCES civicrm_email (id) ON DELETE SET NULL
);
INSERT INTO civicrm_group_contact (group_id, contact_id, status, location_id, email_id)
SELECT g, p.i, CASE WHEN p.i % 17 = 0 THEN 'Removed' WHEN g = 2 AND p.i % 23 = 0 THEN 'Pending' ELSE 'Added' END, NULL,
       CASE WHEN g = 2 AND p.i % 4 = 0 THEN (SELECT min(e.id) FROM civicrm_email e WHERE e.contact_id = p.i) END
FROM cgen.p p CROSS JOIN LATERAL (SELECT unnest(CASE p.kind WHEN 'staff' THEN ARRAY[1, 2] WHEN 'donor' THEN CASE WHEN p.i % 3 = 0 THEN ARRAY[2, 7] WHEN p.i % 19 = 0 THEN ARRAY[10] ELSE ARRAY[2] END
  WHEN 'volunteer' THEN ARRAY[2, 3 + p.i % 3] WHEN 'client' THEN CASE WHEN p.i % 3 = 0 THEN ARRAY[9] ELSE ARRAY[]::int[] END ELSE ARRAY[]::int[] END) AS g) x
WHERE p.email IS NOT NULL OR p.kind = 'client'
ORDER BY p.i, g;
INSERT INTO civicrm_group_contact (group_id, contact_id, status) VALUES (8, 57, 'Added'), (8, 120, 'Added'), (8, 92, 'Added'), (8, 150, 'Added'), (8, 2, 'Added');

CREATE TABLE civicrm_subscription_history (
  id serial PRIMARY KEY,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  group_id integer DEFAULT NULL REFERENCES civicrm_group (id) ON DELETE CASCADE,
  date timestamp NOT NULL,
  method varchar(8) DEFAULT NULL,
  status varchar(8) DEFAULT NULL,
  tracking varchar(255) DEFAULT NULL
);
INSERT INTO civicrm_subscription_history (contact_id, group_id, date, method, status, tracking)
SELECT gc.contact_id, gc.group_id, cgen.at('shd', gc.id, '2020-01-01', '2024-06-28'),
       CASE WHEN gc.group_id = 2 AND gc.id % 3 = 0 THEN 'Web' WHEN gc.group_id = 7 THEN 'Admin' WHEN gc.id % 11 = 0 THEN 'Email' WHEN gc.group_id = 6 THEN 'API' ELSE 'Admin' END,
       CASE WHEN gc.status = 'Removed' THEN 'Added' ELSE gc.status END,
       CASE WHEN gc.group_id = 2 AND gc.id % 3 = 0 THEN fixture_gen.ipv4('sht', gc.id) WHEN gc.id % 11 = 0 THEN 'reply-to: ' || (SELECT e.email FROM civicrm_email e WHERE e.contact_id = gc.contact_id ORDER BY e.id LIMIT 1) END
FROM civicrm_group_contact gc ORDER BY gc.id;
INSERT INTO civicrm_subscription_history (contact_id, group_id, date, method, status, tracking)
SELECT gc.contact_id, gc.group_id, cgen.at('shr', gc.id, '2024-01-01', '2024-06-28'), CASE WHEN gc.id % 2 = 0 THEN 'Email' ELSE 'Web' END, 'Removed',
       CASE WHEN gc.id % 2 = 1 THEN fixture_gen.ipv4('shr', gc.id) END
FROM civicrm_group_contact gc WHERE gc.status = 'Removed' ORDER BY gc.id;

-- ---------------------------------------------------------------------------
-- CiviMail.

CREATE TABLE civicrm_mailing (
  id serial PRIMARY KEY,
  domain_id integer DEFAULT NULL,
  name varchar(128) DEFAULT NULL,
  mailing_type varchar(32) DEFAULT NULL,
  from_name varchar(128) DEFAULT NULL,
  from_email varchar(128) DEFAULT NULL,
  replyto_email varchar(256) DEFAULT NULL,
  subject varchar(128) DEFAULT NULL,
  body_text text,
  body_html text,
  open_tracking smallint DEFAULT NULL,
  is_completed smallint DEFAULT NULL,
  created_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  created_date timestamp DEFAULT NULL,
  scheduled_date timestamp DEFAULT NULL,
  is_archived smallint DEFAULT 0,
  hash varchar(16) DEFAULT NULL
);
INSERT INTO civicrm_mailing (domain_id, name, mailing_type, from_name, from_email, replyto_email, subject, body_text, body_html, open_tracking, is_completed,
  created_id, created_date, scheduled_date, is_archived, hash)
SELECT 1, v.name, 'standalone', v.fn, v.fe, v.fe, v.subj,
       'Dear {contact.first_name},' || E'\n\n' || regexp_replace(v.body, '<[^>]+>', '', 'g') || E'\n\nTo unsubscribe: {action.unsubscribeUrl}',
       '<html><body><p>Dear {contact.first_name},</p>' || v.body || '<p style="font-size:small">Eastgate Community Food Bank, Unit 4, Frog Island, Leicester LE3 5AG. Registered charity 1178291. <a href="{action.unsubscribeUrl}">Unsubscribe</a></p></body></html>',
       1, 1, v.cr, v.at, v.at + interval '1 day', (v.k > 6)::int, fixture_gen.hexn('mh', v.k, 16)
FROM (VALUES
  (1, 'E-news January 2024', 'Eastgate Community Food Bank', 'news@eastgatefoodbank.org.uk', 'What your gifts did in December',
   '<p>In December we gave out 1,912 parcels, a record. Thank you to ' || fixture_gen.full_name('mv1', 1) || ' who has now packed more than 2,000 of them, and to everyone at Tesco Hamilton.</p>', 7, timestamp '2024-01-08 10:00'),
  (2, 'Christmas appeal thank-you', 'Eastgate Community Food Bank', 'donations@eastgatefoodbank.org.uk', 'Thank you, {contact.first_name}!',
   '<p>Your gift to the Christmas appeal helped us fill 600 hampers.</p><p>Meet Yonas. He arrived in Leicester from Eritrea last spring, speaking no English. Today he volunteers at our Saturday distribution and is studying for his CSCS card.</p>', 7, timestamp '2024-01-15 09:30'),
  (3, 'Volunteer rota - March', (SELECT p.first || ' ' || p.last FROM cgen.p p WHERE p.i = 4), 'volunteer@eastgatefoodbank.org.uk', 'March rota and a new induction date',
   '<p>The March rota is on the volunteer page. We are short of drivers on the 16th - if you can help, call me on ' || (SELECT p.phone FROM cgen.p p WHERE p.i = 4) || '.</p>', 4, timestamp '2024-02-26 16:05'),
  (4, 'E-news April 2024', 'Eastgate Community Food Bank', 'news@eastgatefoodbank.org.uk', 'Spring dinner: sold out!',
   '<p>120 of you came to the Cathedral for the supper club dinner. The auction raised ' || chr(163) || '3,480.</p><p>Shirin and her sister cooked for three days. "I wanted to give back," she told us.</p>', 7, timestamp '2024-04-02 10:00'),
  (5, 'Summer appeal', 'Eastgate Community Food Bank', 'donations@eastgatefoodbank.org.uk', 'School holidays are the hardest weeks',
   '<p>When school is out, free school meals stop. Last August we fed 740 children. ' || chr(163) || '10 fills a lunch bag for a week.</p>', 7, timestamp '2024-06-20 08:00'),
  (6, 'Drop-in closed - bank holiday', 'Eastgate Refugee Welcome', 'welcome@eastgatefoodbank.org.uk', 'Drop-in closed on 27 May',
   '<p>The drop-in is closed on Monday 27 May. Parcels can be collected on Tuesday instead.</p>', 5, timestamp '2024-05-20 12:00'),
  (7, 'TEST - e-news draft', (SELECT p.first || ' ' || p.last FROM cgen.p p WHERE p.i = 7), (SELECT p.email FROM cgen.p p WHERE p.i = 7), 'test please ignore',
   '<p>Testing the new template. ' || (SELECT p.first FROM cgen.p p WHERE p.i = 7) || ' - can you check the logo on your phone?</p>', 7, timestamp '2023-12-01 17:45'),
  (8, 'Gift Aid reminder 2023', 'Eastgate Community Food Bank', 'donations@eastgatefoodbank.org.uk', 'Could your gift be worth 25% more?',
   '<p>If you pay UK tax, a Gift Aid declaration lets us claim 25p for every ' || chr(163) || '1 you give, at no cost to you.</p>', 9, timestamp '2023-09-12 11:00')
) v(k, name, fn, fe, subj, body, cr, at)
ORDER BY v.k;

CREATE TABLE civicrm_mailing_event_queue (
  id serial PRIMARY KEY,
  job_id integer DEFAULT NULL,
  email_id integer DEFAULT NULL REFERENCES civicrm_email (id) ON DELETE SET NULL,
  contact_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  hash varchar(255) NOT NULL,
  phone_id integer DEFAULT NULL REFERENCES civicrm_phone (id) ON DELETE SET NULL,
  mailing_id integer DEFAULT NULL REFERENCES civicrm_mailing (id) ON DELETE SET NULL
);
INSERT INTO civicrm_mailing_event_queue (job_id, email_id, contact_id, hash, phone_id, mailing_id)
SELECT 10 + m.id * 2, e.id, e.contact_id, fixture_gen.hexn('mqh', m.id * 1000 + e.id, 16), NULL, m.id
FROM civicrm_mailing m JOIN civicrm_email e ON e.is_primary = 1 AND e.contact_id >= 50
WHERE (m.id IN (1, 4) AND e.contact_id % 4 = 0) OR (m.id IN (2, 5, 8) AND e.contact_id % 5 IN (0, 1) AND e.contact_id % 3 = 0)
   OR (m.id = 3 AND e.contact_id % 5 = 2 AND e.contact_id % 2 = 0) OR (m.id = 7 AND e.contact_id = 50)
ORDER BY m.id, e.id;

CREATE TABLE civicrm_mailing_event_bounce (
  id serial PRIMARY KEY,
  event_queue_id integer NOT NULL REFERENCES civicrm_mailing_event_queue (id) ON DELETE CASCADE,
  bounce_type_id integer DEFAULT NULL,
  bounce_reason varchar(255) DEFAULT NULL,
  time_stamp timestamp NOT NULL
);
INSERT INTO civicrm_mailing_event_bounce (event_queue_id, bounce_type_id, bounce_reason, time_stamp)
SELECT q.id, 1 + q.id % 4,
       CASE q.id % 4 WHEN 0 THEN '550 5.1.1 <' || e.email || '>: Recipient address rejected: User unknown in virtual mailbox table'
                     WHEN 1 THEN '452 4.2.2 The email account that you tried to reach is over quota. ' || e.email
                     WHEN 2 THEN 'Delivery to the following recipient failed permanently: ' || e.email
                     ELSE 'Connection timed out' END,
       (SELECT m.scheduled_date FROM civicrm_mailing m WHERE m.id = q.mailing_id) + make_interval(mins => 5 + q.id % 200)
FROM civicrm_mailing_event_queue q JOIN civicrm_email e ON e.id = q.email_id WHERE q.id % 9 = 4 ORDER BY q.id;

-- ---------------------------------------------------------------------------
-- The change log, the CMS users, settings, the cache and the system log.

CREATE TABLE civicrm_log (
  id serial PRIMARY KEY,
  entity_table varchar(64) NOT NULL,
  entity_id integer NOT NULL,
  data text,
  modified_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  modified_date timestamp DEFAULT NULL
);
INSERT INTO civicrm_log (entity_table, entity_id, data, modified_id, modified_date)
SELECT 'civicrm_contact', c,
       CASE WHEN x % 7 = 3 THEN 'Added (via Contact Edit): ' || (ARRAY['Newsletter Subscribers', 'Volunteers - drivers', 'Do not appeal', 'Clients - SMS reminders'])[1 + x % 4]
            WHEN x % 7 = 5 THEN 'Removed (via Unsubscribe): Newsletter Subscribers' ELSE 'civicrm_contact,' || c END,
       CASE WHEN x % 3 = 0 THEN c ELSE 2 + x % 8 END, cgen.at('lgd', x, '2023-01-01', '2024-06-28')
FROM generate_series(1, 260) x CROSS JOIN LATERAL (SELECT 2 + fixture_gen.n('lgc', x, 298) AS c) y
WHERE c NOT BETWEEN 30 AND 49 OR x % 2 = 0
ORDER BY x;

CREATE TABLE civicrm_uf_match (
  id serial PRIMARY KEY,
  domain_id integer NOT NULL,
  uf_id integer NOT NULL,
  uf_name varchar(128) DEFAULT NULL,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  language varchar(5) DEFAULT NULL
);
INSERT INTO civicrm_uf_match (domain_id, uf_id, uf_name, contact_id, language)
SELECT 1, row_number() OVER (ORDER BY p.i) + CASE WHEN p.kind = 'staff' THEN 0 ELSE 40 END, p.email, p.i, 'en_GB'
FROM cgen.p p WHERE p.kind = 'staff' OR (p.kind = 'volunteer' AND p.i % 4 = 2 AND p.email IS NOT NULL) ORDER BY p.i;

CREATE TABLE civicrm_setting (
  id serial PRIMARY KEY,
  name varchar(255) DEFAULT NULL,
  value text,
  domain_id integer DEFAULT NULL,
  contact_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  is_domain smallint DEFAULT 0,
  component_id integer DEFAULT NULL,
  created_date timestamp DEFAULT NULL,
  created_id integer DEFAULT NULL REFERENCES civicrm_contact (id) ON DELETE SET NULL
);
INSERT INTO civicrm_setting (name, value, domain_id, contact_id, is_domain, component_id, created_date, created_id)
SELECT v.name, v.value, 1, NULL, 1, NULL, cgen.at('sd', v.k, '2019-03-01', '2024-06-01'), 2
FROM (VALUES
  (1, 'installed', 'b:1;'),
  (2, 'lcMessages', cgen.ps('en_GB')),
  (3, 'defaultCurrency', cgen.ps('GBP')),
  (4, 'environment', cgen.ps('Production')),
  (5, 'mailing_backend', cgen.pm(ARRAY['outBound_option', 'smtpServer', 'smtpPort', 'smtpAuth', 'smtpUsername', 'smtpPassword'],
       ARRAY[cgen.ps('0'), cgen.ps('smtp.eu.mailgun.org'), cgen.ps('587'), cgen.ps('1'), cgen.ps('postmaster@mg.eastgatefoodbank.org.uk'),
             cgen.ps('^CTK?k=' || cgen.rnd('smk', 1, 10) || '&t=' || translate(fixture_gen.b64('smtp', 1, 60), E'\n', ''))])),
  (6, 'recaptchaPublicKey', cgen.ps('6Le' || cgen.rnd('rcpub', 1, 37))),
  (7, 'recaptchaPrivateKey', cgen.ps('6Le' || cgen.rnd('rcpriv', 1, 37))),
  (8, 'geoProvider', cgen.ps('Google')),
  (9, 'geoAPIKey', cgen.ps('AIza' || 'Sy' || cgen.rnd('gapi', 1, 33))),
  (10, 'mapAPIKey', cgen.ps('AIza' || 'Sy' || cgen.rnd('gapi', 1, 33))),
  (11, 'enable_components', 'a:5:{i:0;s:14:"CiviContribute";i:1;s:9:"CiviEvent";i:2;s:10:"CiviMember";i:3;s:8:"CiviMail";i:4;s:8:"CiviCase";}'),
  (12, 'contact_view_options', cgen.ps(cgen.sep(ARRAY['1', '2', '3', '4', '5', '6', '10', '14']))),
  (13, 'address_options', cgen.ps(cgen.sep(ARRAY['1', '2', '3', '4', '5', '8', '9', '10', '11']))),
  (14, 'checksum_timeout', 'i:7;'),
  (15, 'max_attachments', 'i:3;'),
  (16, 'mailerBatchLimit', 'i:400;'),
  (17, 'mailchimp_api_key', cgen.ps(fixture_gen.hexn('mc', 1, 32) || '-us21')),
  (18, 'mailchimp_webhook_security_key', cgen.ps(fixture_gen.hexn('mcw', 1, 32))),
  (19, 'site_id', cgen.ps(fixture_gen.hexn('sid', 1, 32))),
  (20, 'resCacheCode', cgen.ps(upper(cgen.rnd('rcc', 1, 5)))),
  (21, 'userFrameworkResourceURL', cgen.ps('https://crm.eastgatefoodbank.org.uk/wp-content/plugins/civicrm/civicrm/')),
  (22, 'civimail_unsubscribe_methods', 'a:2:{i:0;s:6:"mailto";i:1;s:4:"http";}'),
  (23, 'remote_profile_submissions', 'b:0;'),
  (24, 'stripe_public_key_for_upgrade_notice', 'N;'),
  (25, 'wkhtmltopdfPath', cgen.ps('/usr/local/bin/wkhtmltopdf')),
  (26, 'smart_group_cache_refresh_mode', cgen.ps('opportunistic')),
  (27, 'sms_provider_twilio', cgen.pm(ARRAY['account_sid', 'auth_token', 'from'],
       ARRAY[cgen.ps('AC' || fixture_gen.hexn('twa', 1, 32)), cgen.ps(fixture_gen.hexn('twt', 1, 32)), cgen.ps('+447700900123')])),
  (28, 'dedupe_default_limit', 'i:0;'),
  (29, 'communityMessagesUrl', 'N;'),
  (30, 'securityUpdateEmail', 'N;')
) v(k, name, value)
ORDER BY v.k;
-- Per-user settings of the staff.
INSERT INTO civicrm_setting (name, value, domain_id, contact_id, is_domain, component_id, created_date, created_id)
SELECT v.name, v.value, 1, p.i, 0, NULL, cgen.at('sdu', p.i, '2022-01-01', '2024-06-01'), p.i
FROM cgen.p p CROSS JOIN (VALUES ('navigation', cgen.ps(fixture_gen.hexn('nav', 1, 8))), ('activity_tab_filter', 'a:2:{s:20:"activity_type_filter_id";s:2:"55";s:28:"activity_type_exclude_filter_id";a:0:{}}'),
  ('preferred_date_format', cgen.ps('%d/%m/%Y'))) v(name, value)
WHERE p.kind = 'staff' ORDER BY p.i, v.name;

CREATE TABLE civicrm_cache (
  id serial PRIMARY KEY,
  group_name varchar(32) NOT NULL,
  path varchar(255) DEFAULT NULL,
  data text,
  component_id integer DEFAULT NULL,
  created_date timestamp DEFAULT NULL,
  expired_date timestamp DEFAULT NULL
);
-- Form sessions (qfKey) of people donating or booking, kept until they
-- expire; the menu and metadata caches beside them.
INSERT INTO civicrm_cache (group_name, path, data, component_id, created_date, expired_date)
SELECT 'CiviCRM Session', 'CiviCRM_CRM_' || CASE WHEN x % 3 = 0 THEN 'Event_Controller_Registration_' ELSE 'Contribute_Controller_Contribution_' END || qf,
       cgen.pm(ARRAY['qfKey', 'params', 'contactID'],
         ARRAY[cgen.ps(qf), cgen.pm(ARRAY['first_name', 'last_name', 'email-5', 'billing_street_address-5', 'billing_postal_code-5', 'amount', 'ip_address', 'stripe_token'],
                 ARRAY[cgen.ps(p.first), cgen.ps(p.last), cgen.ps(p.email), cgen.ps(p.street), cgen.ps(p.postcode), cgen.ps((10 * (1 + x % 5))::text), cgen.ps(fixture_gen.ipv4('cip', x)),
                       cgen.ps('pm_1' || cgen.rnd('cst', x, 23))]),
               'i:' || p.i || ';']),
       NULL, t, t + interval '2 days'
FROM generate_series(1, 24) x
CROSS JOIN LATERAL (SELECT fixture_gen.hexn('qf', x, 32) || '_' || (1000 + x * 7)::text AS qf, cgen.at('cct', x, '2024-06-26', '2024-06-28') AS t) q
JOIN cgen.p p ON p.i = cgen.donor(x * 7)
ORDER BY x;
INSERT INTO civicrm_cache (group_name, path, data, component_id, created_date, expired_date)
SELECT 'navigation', 'navigation_' || p.i || '_' || fixture_gen.hexn('nav', 1, 8) || '_en_GB', cgen.ps('<ul id="civicrm-menu"><li class="menumain"><a href="/civicrm/dashboard?reset=1">Home</a></li><li class="menumain">Search</li><li class="menumain">Contributions</li></ul>'),
       NULL, timestamp '2024-06-27 07:00', NULL
FROM cgen.p p WHERE p.kind = 'staff' ORDER BY p.i;
INSERT INTO civicrm_cache (group_name, path, data, component_id, created_date, expired_date) VALUES
 ('contact fields', 'importableFields Individual', cgen.pm(ARRAY['first_name', 'last_name', 'email'], ARRAY[cgen.ps('First Name'), cgen.ps('Last Name'), cgen.ps('Email')]), NULL, '2024-06-27 07:00', NULL),
 ('js_strings', 'CRM_Core_Resources_strings_en_GB', cgen.ps('{"Saved":"Saved","Are you sure?":"Are you sure?"}'), NULL, '2024-06-27 07:00', NULL);

CREATE TABLE civicrm_system_log (
  id serial PRIMARY KEY,
  message varchar(128) NOT NULL,
  context text,
  level varchar(9) DEFAULT 'info',
  timestamp timestamp DEFAULT NULL,
  contact_id integer DEFAULT NULL,
  hostname varchar(128) DEFAULT NULL
);
INSERT INTO civicrm_system_log (message, context, level, timestamp, contact_id, hostname)
SELECT CASE x % 5 WHEN 0 THEN 'Stripe webhook: invoice.payment_failed' WHEN 1 THEN 'Stripe webhook: charge.succeeded' WHEN 2 THEN 'Payment Processor Error: Your card was declined.'
                  WHEN 3 THEN 'GoCardless webhook: payments confirmed' ELSE 'Scheduled job: Send scheduled mailings' END,
       CASE x % 5
         WHEN 0 THEN json_build_object('id', 'evt_1' || cgen.rnd('slv', x, 23), 'type', 'invoice.payment_failed', 'data', json_build_object('object', json_build_object(
              'customer', 'cus_' || cgen.rnd('slc', x, 14), 'customer_email', p.email, 'customer_name', p.first || ' ' || p.last, 'subscription', 'sub_1' || cgen.rnd('sls', x, 23),
              'amount_due', 1000 + 500 * (x % 4), 'currency', 'gbp', 'attempt_count', 1 + x % 3)))::text
         WHEN 1 THEN json_build_object('id', 'evt_1' || cgen.rnd('slv', x, 23), 'type', 'charge.succeeded', 'data', json_build_object('object', json_build_object(
              'id', 'ch_3' || cgen.rnd('slh', x, 24), 'amount', 2500, 'billing_details', json_build_object('name', p.first || ' ' || p.last, 'email', p.email,
              'address', json_build_object('line1', p.street, 'city', p.city, 'postal_code', p.postcode, 'country', 'GB')),
              'payment_method_details', json_build_object('card', json_build_object('brand', 'visa', 'last4', fixture_gen.digits('sl4', x, 4), 'exp_month', 1 + x % 12, 'exp_year', 2026 + x % 4)))))::text
         WHEN 2 THEN json_build_object('contribution_id', 100 + x, 'contact_id', p.i, 'error_code', 'card_declined', 'decline_code', 'insufficient_funds',
              'params', json_build_object('first_name', p.first, 'last_name', p.last, 'email', p.email, 'amount', '25.00'))::text
         WHEN 3 THEN json_build_object('events', json_build_array(json_build_object('id', 'EV0' || upper(cgen.rnd('slg', x, 11)), 'resource_type', 'payments', 'action', 'confirmed',
              'links', json_build_object('payment', 'PM00' || upper(cgen.rnd('slp', x, 10)), 'mandate', 'MD000' || upper(cgen.rnd('slm', x, 9))))))::text
         ELSE '{"sent":' || (x * 3 % 400) || ',"job_id":' || (10 + x % 16) || '}' END,
       CASE x % 5 WHEN 0 THEN 'warning' WHEN 2 THEN 'error' ELSE 'info' END,
       cgen.at('slt', x, '2024-01-01', '2024-06-28'),
       CASE WHEN x % 5 = 2 THEN p.i WHEN x % 5 = 4 THEN NULL END,
       CASE WHEN x % 5 IN (0, 1) THEN fixture_gen.pick(ARRAY['54.187.174.169', '54.187.205.235', '54.241.31.99', '3.18.12.63'], 'slip', x)
            WHEN x % 5 = 3 THEN '35.204.73.47' WHEN x % 5 = 2 THEN fixture_gen.ipv4('slip', x) ELSE '127.0.0.1' END
FROM generate_series(1, 90) x JOIN cgen.p p ON p.i = cgen.donor(x * 11)
ORDER BY x;
-- ---------------------------------------------------------------------------
-- Custom data: one table per custom field group, one column per field.

-- Gift Aid declarations (on contacts).
CREATE TABLE civicrm_value_gift_aid_declaration_2 (
  id serial PRIMARY KEY,
  entity_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  eligible_for_gift_aid_4 integer DEFAULT NULL,
  address_5 varchar(255) DEFAULT NULL,
  post_code_6 varchar(16) DEFAULT NULL,
  start_date_7 timestamp DEFAULT NULL,
  end_date_8 timestamp DEFAULT NULL,
  reason_ended_9 varchar(255) DEFAULT NULL,
  source_10 varchar(255) DEFAULT NULL,
  notes_11 text
);
INSERT INTO civicrm_value_gift_aid_declaration_2 (entity_id, eligible_for_gift_aid_4, address_5, post_code_6, start_date_7, end_date_8, reason_ended_9, source_10, notes_11)
SELECT p.i, CASE WHEN p.i % 13 = 0 THEN 0 ELSE 1 END,
       CASE WHEN p.i % 9 = 0 THEN (SELECT a.street_address || ', ' || a.city FROM civicrm_address a WHERE a.contact_id = p.i AND a.location_type_id = 5 LIMIT 1)
            ELSE p.street || coalesce(', ' || p.supp1, '') || ', ' || p.city END,
       CASE WHEN p.i % 9 = 0 THEN (SELECT a.postal_code FROM civicrm_address a WHERE a.contact_id = p.i AND a.location_type_id = 5 LIMIT 1) ELSE p.postcode END,
       cgen.at('gds', p.i, '2019-04-06', '2024-04-05'),
       CASE WHEN p.i % 13 = 0 OR p.i IN (95, 181) THEN cgen.at('gde', p.i, '2024-01-01', '2024-06-28') END,
       CASE WHEN p.i IN (95, 181) THEN 'Died ' || to_char(cgen.at('gde', p.i, '2024-01-01', '2024-06-28'), 'DD/MM/YYYY') || ' - letter from ' || fixture_gen.full_name('gdx', p.i) || ' (executor)'
            WHEN p.i % 13 = 0 THEN fixture_gen.pick(ARRAY['No longer pays enough UK tax (retired)', 'Donor asked to cancel', 'Moved abroad'], 'gdr', p.i) END,
       fixture_gen.pick(ARRAY['Online donation form', 'Paper declaration', 'Telephone (recorded, confirmation letter sent)', 'Event ticket purchase'], 'gdsrc', p.i),
       CASE WHEN p.i % 6 = 1 THEN 'Signed at the dinner on paper; scan in the Gift Aid folder.' WHEN p.i % 6 = 4 THEN 'Declared by phone to ' || (SELECT q.first FROM cgen.p q WHERE q.i = 7) || '. Wife '
              || fixture_gen.first_name('gdw', p.i) || ' gives separately and has her own declaration.' END
FROM cgen.p p WHERE p.kind = 'donor' AND (p.i % 5 = 0 OR p.i % 3 = 1) ORDER BY p.i;

-- Gift Aid per contribution.
CREATE TABLE civicrm_value_gift_aid_3 (
  id serial PRIMARY KEY,
  entity_id integer NOT NULL REFERENCES civicrm_contribution (id) ON DELETE CASCADE,
  eligible_for_gift_aid_12 integer DEFAULT NULL,
  gift_aid_amount_13 numeric(20, 2) DEFAULT NULL,
  amount_14 numeric(20, 2) DEFAULT NULL,
  batch_name_15 varchar(255) DEFAULT NULL
);
INSERT INTO civicrm_value_gift_aid_3 (entity_id, eligible_for_gift_aid_12, gift_aid_amount_13, amount_14, batch_name_15)
SELECT c.id, CASE WHEN d.id IS NOT NULL AND d.eligible_for_gift_aid_4 = 1 THEN 1 ELSE 0 END,
       CASE WHEN d.id IS NOT NULL AND d.eligible_for_gift_aid_4 = 1 THEN round(c.total_amount * 0.25, 2) ELSE 0 END, c.total_amount,
       CASE WHEN d.id IS NOT NULL AND d.eligible_for_gift_aid_4 = 1 AND c.receive_date < timestamp '2024-04-01'
            THEN 'GA-' || to_char(c.receive_date, 'YYYY') || '-Q' || extract(quarter FROM c.receive_date)::int || ' (HMRC claim ' || to_char(date_trunc('quarter', c.receive_date) + interval '3 months 20 days', 'DD/MM/YYYY') || ')' END
FROM civicrm_contribution c LEFT JOIN civicrm_value_gift_aid_declaration_2 d ON d.entity_id = c.contact_id
WHERE c.financial_type_id = 1 ORDER BY c.id;

-- Client intake (on individuals of the Client sub-type).
CREATE TABLE civicrm_value_client_details_4 (
  id serial PRIMARY KEY,
  entity_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  household_size_16 integer DEFAULT NULL,
  referral_agency_17 varchar(255) DEFAULT NULL,
  referral_reference_18 varchar(255) DEFAULT NULL,
  immigration_status_19 varchar(255) DEFAULT NULL,
  home_office_reference_20 varchar(255) DEFAULT NULL,
  dietary_requirements_21 varchar(255) DEFAULT NULL,
  health_conditions_22 text,
  first_language_23 varchar(255) DEFAULT NULL,
  interpreter_needed_24 integer DEFAULT NULL,
  benefits_25 varchar(255) DEFAULT NULL,
  monthly_income_26 numeric(20, 2) DEFAULT NULL,
  date_arrived_in_uk_27 timestamp DEFAULT NULL,
  country_of_origin_28 varchar(255) DEFAULT NULL,
  no_recourse_to_public_funds_29 integer DEFAULT NULL
);
INSERT INTO civicrm_value_client_details_4 (entity_id, household_size_16, referral_agency_17, referral_reference_18, immigration_status_19, home_office_reference_20,
  dietary_requirements_21, health_conditions_22, first_language_23, interpreter_needed_24, benefits_25, monthly_income_26, date_arrived_in_uk_27,
  country_of_origin_28, no_recourse_to_public_funds_29)
SELECT p.i, CASE WHEN p.hh IS NOT NULL THEN 2 + p.i % 5 ELSE 1 + p.i % 2 END,
       (ARRAY['British Red Cross', 'Citizens Advice Leicestershire', 'Highfields Medical Centre', 'Leicester City Council', 'Migrant Help', 'Action Homeless', 'Self-referral'])[1 + p.i % 7],
       CASE p.i % 7 WHEN 0 THEN 'BRC/LEI/' || (2022 + p.i % 3) || '/' || lpad((p.i * 7)::text, 4, '0') WHEN 1 THEN 'CA-' || fixture_gen.digits('crf', p.i, 7)
                    WHEN 3 THEN 'HO-' || fixture_gen.digits('crf', p.i, 6) WHEN 4 THEN 'MH-' || fixture_gen.digits('crf', p.i, 8) END,
       CASE WHEN p.origin IS NULL THEN CASE WHEN p.i % 4 = 0 THEN 'EU Settled Status' ELSE 'British citizen' END
            ELSE (ARRAY['Asylum seeker (section 95)', 'Asylum seeker (section 98, hotel)', 'Refugee status', 'Appeal rights exhausted', 'Homes for Ukraine visa', 'Humanitarian protection'])[1 + p.i % 6] END,
       CASE WHEN p.origin IS NULL THEN NULL WHEN p.i % 3 = 1 THEN upper(substr(fixture_gen.ascii(p.last), 1, 1)) || fixture_gen.digits('cho', p.i, 7)
            ELSE fixture_gen.digits('cuan', p.i, 4) || '-' || fixture_gen.digits('cuan2', p.i, 4) || '-' || fixture_gen.digits('cuan3', p.i, 4) || '-' || fixture_gen.digits('cuan4', p.i, 4) END,
       fixture_gen.pick(ARRAY['Halal', 'Halal', 'None', 'Vegetarian', 'Gluten free (coeliac)', 'Diabetic', 'No pork', 'Nut allergy (severe)', ''], 'cdt', p.i),
       CASE p.i % 6 WHEN 0 THEN 'Type 2 diabetes, insulin dependent.' WHEN 1 THEN NULL WHEN 2 THEN 'Pregnant, due ' || to_char(cgen.at('cdue', p.i, '2024-07-01', '2024-12-01'), 'Mon YYYY') || '. Iron deficiency.'
                    WHEN 3 THEN 'PTSD; under Leicester Mental Health Services. Do not ask about the journey.' WHEN 4 THEN '' ELSE 'Wheelchair user (left leg amputated), needs delivery.' END,
       CASE WHEN p.origin IS NULL THEN 'English' ELSE (ARRAY['Arabic', 'Dari', 'Tigrinya', 'Arabic', 'Farsi', 'Ukrainian', 'Pashto', 'Kurdish Sorani'])[1 + fixture_gen.n('plg', p.i, 8)] END,
       CASE WHEN p.origin IS NOT NULL AND p.i % 4 <> 0 THEN 1 ELSE 0 END,
       CASE WHEN p.origin IS NULL THEN fixture_gen.pick(ARRAY['Universal Credit', 'Universal Credit + PIP', 'Pension Credit', 'None (sanctioned)'], 'cben', p.i)
            WHEN p.i % 6 IN (0, 4) THEN 'Universal Credit' WHEN p.i % 6 = 3 THEN 'None' ELSE 'Asylum support (ASPEN card)' END,
       CASE WHEN p.i % 6 = 3 THEN 0 WHEN p.origin IS NOT NULL AND p.i % 6 NOT IN (0, 4) THEN 214.04 ELSE round((350 + fixture_gen.n('cinc', p.i, 900))::numeric, 2) END,
       CASE WHEN p.origin IS NOT NULL THEN cgen.at('carr', p.i, '2019-01-01', '2024-03-01') END,
       coalesce(p.origin, CASE WHEN p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Poland', 'Romania', 'Portugal'], 'cor', p.i) ELSE 'United Kingdom' END),
       CASE WHEN p.i % 6 = 3 THEN 1 ELSE 0 END
FROM cgen.p p WHERE p.kind = 'client' ORDER BY p.i;

-- Volunteer details (on individuals of the Volunteer sub-type).
CREATE TABLE civicrm_value_volunteer_details_5 (
  id serial PRIMARY KEY,
  entity_id integer NOT NULL REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  dbs_certificate_number_30 varchar(255) DEFAULT NULL,
  dbs_issue_date_31 timestamp DEFAULT NULL,
  emergency_contact_name_32 varchar(255) DEFAULT NULL,
  emergency_contact_phone_33 varchar(255) DEFAULT NULL,
  skills_34 varchar(255) DEFAULT NULL,
  availability_35 varchar(255) DEFAULT NULL,
  driving_licence_number_36 varchar(255) DEFAULT NULL,
  t_shirt_size_37 varchar(255) DEFAULT NULL
);
INSERT INTO civicrm_value_volunteer_details_5 (entity_id, dbs_certificate_number_30, dbs_issue_date_31, emergency_contact_name_32, emergency_contact_phone_33, skills_34,
  availability_35, driving_licence_number_36, t_shirt_size_37)
SELECT p.i, CASE WHEN p.i % 4 <> 0 THEN '00' || fixture_gen.digits('dbs', p.i, 10) END,
       CASE WHEN p.i % 4 <> 0 THEN cgen.at('dbsd', p.i, '2021-01-01', '2024-06-01') END,
       CASE WHEN p.i % 5 <> 0 THEN fixture_gen.first_name('vec', p.i) || ' ' || CASE WHEN p.i % 3 = 0 THEN p.last ELSE fixture_gen.last_name('vec', p.i) END
              || CASE WHEN p.i % 2 = 0 THEN ' (' || fixture_gen.pick(ARRAY['wife', 'husband', 'mum', 'partner', 'daughter', 'flatmate'], 'ver', p.i) || ')' ELSE '' END END,
       CASE WHEN p.i % 5 <> 0 THEN cgen.mob('vep', p.i) END,
       cgen.sep(CASE WHEN p.i % 3 = 0 THEN ARRAY['Driving', 'Warehouse'] WHEN p.i % 3 = 1 THEN ARRAY['Languages', 'Drop-in'] ELSE ARRAY['Warehouse'] END),
       cgen.sep(CASE WHEN p.i % 2 = 0 THEN ARRAY['Sat_am', 'Tue_pm'] ELSE ARRAY['Wed_am'] END),
       CASE WHEN p.i % 3 = 0 OR p.kind = 'staff' THEN upper(rpad(substr(fixture_gen.ascii(p.last), 1, 5), 5, '9')) || coalesce(to_char(p.birth, 'YMMDD'), '8' || fixture_gen.digits('vdl', p.i, 4))
              || fixture_gen.n('vdl1', p.i, 10)::text || upper(substr(fixture_gen.ascii(p.first), 1, 1)) || '9' || fixture_gen.n('vdl2', p.i, 10)::text || upper(fixture_gen.chars('vdl3', p.i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')) END,
       fixture_gen.pick(ARRAY['S', 'M', 'M', 'L', 'XL', NULL], 'vts', p.i)
FROM cgen.p p WHERE p.kind IN ('volunteer', 'staff') OR (p.kind = 'donor' AND p.i % 10 = 0) ORDER BY p.i;

-- Food parcel details (on food parcel activities).
CREATE TABLE civicrm_value_food_parcel_6 (
  id serial PRIMARY KEY,
  entity_id integer NOT NULL REFERENCES civicrm_activity (id) ON DELETE CASCADE,
  voucher_number_38 varchar(255) DEFAULT NULL,
  parcel_type_39 varchar(255) DEFAULT NULL,
  number_of_people_40 integer DEFAULT NULL,
  collected_by_41 varchar(255) DEFAULT NULL,
  special_instructions_42 text
);
INSERT INTO civicrm_value_food_parcel_6 (entity_id, voucher_number_38, parcel_type_39, number_of_people_40, collected_by_41, special_instructions_42)
SELECT v.id, 'EFB-' || to_char(v.activity_date_time, 'YY') || '-' || lpad((v.id * 17 % 100000)::text, 5, '0'),
       fixture_gen.pick(ARRAY['Standard', 'Standard', 'Kettle box (no cooker)', 'Baby', 'Halal', 'Emergency (same day)'], 'fpt', v.id),
       1 + v.id % 6,
       CASE WHEN v.id % 4 = 0 THEN fixture_gen.full_name('fpc', v.id) || ' (' || fixture_gen.pick(ARRAY['neighbour', 'support worker', 'son', 'friend'], 'fpr', v.id) || ')' WHEN v.id % 4 = 1 THEN 'Self' END,
       CASE v.id % 5 WHEN 0 THEN 'Leave with ' || fixture_gen.first_name('fps', v.id) || ' at No. ' || (1 + v.id % 40) || ' if out.' WHEN 1 THEN 'Ring the bell twice, dog in the house.'
                     WHEN 2 THEN NULL WHEN 3 THEN 'Nut allergy in the household' ELSE '' END
FROM civicrm_activity v WHERE v.activity_type_id = 55 AND v.original_id IS NULL ORDER BY v.id;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA cgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
