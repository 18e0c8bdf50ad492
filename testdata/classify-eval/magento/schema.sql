-- classify-eval fixture (HOLDOUT 35: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Magento Open Source 2.4.7 shop on PostgreSQL, in the naming its
-- declarative db_schema.xml creates: snake_case singular tables grouped by
-- module prefix (customer_, sales_, quote, admin_, oauth_, cms_, catalog_),
-- integer entity_id keys, decimal(20,4) amounts, timestamps without time
-- zone, and the EAV model where an entity's extra attributes live in typed
-- value tables keyed by eav_attribute. "Fjellstad Outdoor", a retailer of
-- tents, jackets, stoves and climbing gear with three store views (English,
-- Deutsch, Francais) selling to customers in the UK, Ireland, Germany,
-- France, the Netherlands and Spain. Customers with names of several
-- cultures, Magento's salted SHA-256 and Argon2id password hashes with their
-- version suffix, reset and confirmation tokens, VAT numbers; EAV values of
-- mobiles, loyalty numbers, Instagram handles, children's birthdays, notes;
-- address books, the admin grid's flattened copy; quotes and orders with
-- guest emails, IPs and X-Forwarded-For chains, customer notes, engraving
-- options, gift messages, addresses, payments with the card owner, the
-- encrypted card number, PayPal and Braintree details, vault tokens,
-- transactions' raw gateway details, status history and invoice and credit
-- memo comments, shipment tracking; the order grid copy; admin users and
-- their sessions, ACL roles; OAuth consumers and tokens of integrations;
-- core_config_data mixing store settings (the shop's own phone and address)
-- with keys, some encrypted with the 0:3: prefix; newsletter subscribers,
-- reviews and their nicknames, search queries, the message queue's JSON
-- bodies (async bulk API calls), persistent and visitor sessions, login as
-- customer secrets, captcha and password-reset logs; CMS pages and blocks
-- and catalog data that hold no personal data.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA mgen;
SET client_min_messages = warning;

-- hx: len hex digits; rs: len alphanumerics (Magento's Random::getRandomString).
CREATE FUNCTION mgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;
CREATE FUNCTION mgen.rs(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

-- pwd: Encryptor::getHash as 2.4 stores it: hash:salt:version; version 1
-- is salted SHA-256 (accounts from 2.3), 3_32_2_67108864 is Argon2id13.
CREATE FUNCTION mgen.pwd(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v', i, 3) = 0
    THEN mgen.hx(tag, i, 64) || ':' || mgen.rs(tag || 's', i, 32) || ':' || '1'
    ELSE mgen.hx(tag, i, 64) || ':' || mgen.rs(tag || 's', i, 32) || ':' || '3_32_2_67108864' END
$$;

-- enc: Encryptor::encrypt with key 0 and cipher 3 (libsodium AES-256-GCM):
-- "0:3:" and base64 of nonce and ciphertext.
CREATE FUNCTION mgen.enc(tag text, i bigint, plainlen int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '0' || ':3:' || fixture_gen.b64(tag, i, 12 + 16 + plainlen) $$;

-- ts: a timestamp between 2022-01-01 and 2024-05-31.
CREATE FUNCTION mgen.ts(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamp '2022-01-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 76000000))
$$;

-- Six countries: cities, regions (directory_country_region ids), postcode
-- shapes and phone prefixes.
CREATE TABLE mgen.cty (c int PRIMARY KEY, iso text, cities text[], regions text[], region_ids int[], streets text[], pc text, ph text, store int, pfx_m text, pfx_f text);
INSERT INTO mgen.cty VALUES
 (0, 'GB', ARRAY['Manchester', 'Leeds', 'Bristol', 'Kendal', 'Edinburgh', 'Cardiff'], ARRAY['Greater Manchester', 'West Yorkshire', 'Bristol', 'Cumbria', 'City of Edinburgh', 'Cardiff'], ARRAY[NULL, NULL, NULL, NULL, NULL, NULL]::int[],
   ARRAY['# Wilbraham Road', '# Otley Road', 'Flat %, # Gloucester Road', '# Stricklandgate', '# Leith Walk', '# Cathedral Road'], 'uk', '+44 7', 1, 'Mr', 'Ms'),
 (1, 'IE', ARRAY['Dublin', 'Cork', 'Galway', 'Limerick'], ARRAY['Dublin', 'Cork', 'Galway', 'Limerick'], ARRAY[NULL, NULL, NULL, NULL]::int[],
   ARRAY['# Rathmines Road', 'Apt %, # Douglas Street', '# Shop Street', '# O''Connell Avenue'], 'ie', '+353 8', 1, 'Mr', 'Ms'),
 (2, 'DE', ARRAY['München', 'Berlin', 'Hamburg', 'Freiburg im Breisgau', 'Köln', 'Leipzig'], ARRAY['Bayern', 'Berlin', 'Hamburg', 'Baden-Württemberg', 'Nordrhein-Westfalen', 'Sachsen'], ARRAY[81, 82, 84, 80, 88, 91],
   ARRAY['Lindwurmstraße #', 'Schönhauser Allee #', 'Eppendorfer Weg #', 'Wiehre-Straße #', 'Venloer Straße #', 'Karl-Liebknecht-Straße #'], 'de', '+49 1', 2, 'Herr', 'Frau'),
 (3, 'FR', ARRAY['Lyon', 'Grenoble', 'Chamonix-Mont-Blanc', 'Paris', 'Annecy', 'Toulouse'], ARRAY['Rhône', 'Isère', 'Haute-Savoie', 'Paris', 'Haute-Savoie', 'Haute-Garonne'], ARRAY[248, 219, 255, 257, 255, 213],
   ARRAY['# rue de la République', '# cours Berriat', '# route des Pèlerins', '# rue Oberkampf', '# avenue de Genève', '# rue Alsace-Lorraine'], 'fr', '+33 6', 3, 'M.', 'Mme'),
 (4, 'NL', ARRAY['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen'], ARRAY['Noord-Holland', 'Utrecht', 'Zuid-Holland', 'Groningen'], ARRAY[NULL, NULL, NULL, NULL]::int[],
   ARRAY['Overtoom #', 'Oudegracht #-bis', 'Witte de Withstraat #', 'Herestraat #'], 'nl', '+31 6', 1, 'Dhr.', 'Mevr.'),
 (5, 'ES', ARRAY['Madrid', 'Barcelona', 'Granada', 'Bilbao'], ARRAY['Madrid', 'Barcelona', 'Granada', 'Bizkaia'], ARRAY[161, 142, 159, 136],
   ARRAY['Calle de Alcalá, #', 'Carrer de Mallorca, #', 'Calle Recogidas, #', 'Calle Ercilla, #'], 'es', '+34 6', 1, 'Sr.', 'Sra.');

-- p: the shop's customers (1..240), with their default address.
CREATE TABLE mgen.p AS
SELECT i, c.iso, c.store, c.c,
       fixture_gen.first_name('mfn', i) AS fn, fixture_gen.last_name('mln', i) AS ln,
       CASE WHEN i % 9 = 0 THEN fixture_gen.first_name('mmn', i) END AS mn,
       (i % 2) AS female,
       fixture_gen.ascii(fixture_gen.first_name('mfn', i)) || CASE WHEN i % 3 = 0 THEN '.' ELSE '' END || fixture_gen.ascii(fixture_gen.last_name('mln', i))
         || CASE WHEN i % 4 = 0 THEN (70 + i % 30)::text ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'btinternet.com', 'eircom.net', 'ziggo.nl', 'hotmail.es', 'proton.me', 'icloud.com'], 'mdom', i) AS email,
       c.ph || fixture_gen.digits('mph', i, 2) || ' ' || fixture_gen.digits('mph2', i, 3) || ' ' || fixture_gen.digits('mph3', i, 4) AS phone,
       replace(replace(c.streets[1 + fixture_gen.n('mst', i, cardinality(c.streets))], '#', (1 + fixture_gen.n('mno', i, 140))::text), '%', (1 + fixture_gen.n('mfl', i, 12))::text) AS street,
       fixture_gen.n('mcity', i, cardinality(c.cities)) AS k,
       CASE c.pc WHEN 'uk' THEN fixture_gen.pick(ARRAY['M14', 'LS6', 'BS7', 'LA9', 'EH6', 'CF11'], 'mpc', i) || ' ' || fixture_gen.digits('mpc', i, 1) || fixture_gen.chars('mpc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
                 WHEN 'ie' THEN fixture_gen.pick(ARRAY['D06', 'T12', 'H91', 'V94'], 'mpc', i) || ' ' || fixture_gen.chars('mpcie', i, 4, 'ACDEFHKNPRTVWXY0123456789')
                 WHEN 'nl' THEN (1000 + fixture_gen.n('mpc', i, 8999))::text || ' ' || fixture_gen.chars('mpcnl', i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
                 ELSE lpad((1000 + fixture_gen.n('mpc', i, 94000))::text, 5, '0') END AS pc,
       fixture_gen.birth_date('mdob', i) AS dob,
       CASE WHEN i % 5 = 0 THEN fixture_gen.vat('mvat', i) END AS taxvat,
       CASE WHEN i % 6 = 0 THEN fixture_gen.pick(ARRAY['Siemens AG', 'Arup Group', 'Deloitte LLP', 'Université Grenoble Alpes', 'Bergwacht Bayern', 'Bosch Rexroth', 'Philips', 'Iberdrola', 'NHS Lothian', 'Intel Ireland'], 'mco', i) END AS company,
       fixture_gen.ipv4('mip', i) AS ip,
       c.cities AS cities, c.regions AS regions, c.region_ids AS region_ids, c.pfx_m, c.pfx_f
FROM generate_series(1, 240) i JOIN mgen.cty c ON c.c = (CASE WHEN i % 10 < 3 THEN 0 WHEN i % 10 = 3 THEN 1 WHEN i % 10 < 6 THEN 2 WHEN i % 10 < 8 THEN 3 WHEN i % 10 = 8 THEN 4 ELSE 5 END);
ALTER TABLE mgen.p ADD COLUMN city text, ADD COLUMN region text, ADD COLUMN region_id int;
UPDATE mgen.p SET city = cities[1 + k], region = regions[1 + k], region_id = region_ids[1 + k];

-- Store module --------------------------------------------------------------

CREATE TABLE store (
  store_id smallint PRIMARY KEY,
  code varchar(32),
  website_id smallint NOT NULL DEFAULT 0,
  group_id smallint NOT NULL DEFAULT 0,
  name varchar(255) NOT NULL,
  sort_order smallint NOT NULL DEFAULT 0,
  is_active smallint NOT NULL DEFAULT 0
);
INSERT INTO store VALUES (0, 'admin', 0, 0, 'Admin', 0, 1), (1, 'default', 1, 1, 'English', 0, 1), (2, 'de', 1, 1, 'Deutsch', 1, 1), (3, 'fr', 1, 1, 'Français', 2, 1);

-- EAV -----------------------------------------------------------------------

CREATE TABLE eav_attribute (
  attribute_id integer PRIMARY KEY,
  entity_type_id smallint NOT NULL DEFAULT 0,
  attribute_code varchar(255) NOT NULL,
  backend_type varchar(8) NOT NULL DEFAULT 'static',
  frontend_input varchar(50),
  frontend_label varchar(255),
  is_required smallint NOT NULL DEFAULT 0,
  is_user_defined smallint NOT NULL DEFAULT 0
);
INSERT INTO eav_attribute VALUES
 (1, 1, 'website_id', 'static', 'select', 'Associate to Website', 1, 0),
 (5, 1, 'firstname', 'static', 'text', 'First Name', 1, 0),
 (7, 1, 'lastname', 'static', 'text', 'Last Name', 1, 0),
 (9, 1, 'email', 'static', 'text', 'Email', 1, 0),
 (11, 1, 'dob', 'static', 'date', 'Date of Birth', 0, 0),
 (12, 1, 'password_hash', 'static', 'hidden', NULL, 0, 0),
 (15, 1, 'taxvat', 'static', 'text', 'Tax/VAT Number', 0, 0),
 (18, 1, 'gender', 'static', 'select', 'Gender', 0, 0),
 (31, 2, 'telephone', 'static', 'text', 'Phone Number', 1, 0),
 (73, 4, 'name', 'varchar', 'text', 'Product Name', 1, 0),
 (84, 4, 'meta_title', 'varchar', 'text', 'Meta Title', 0, 0),
 (87, 4, 'image', 'varchar', 'media_image', 'Base', 0, 0),
 (121, 4, 'url_key', 'varchar', 'text', 'URL Key', 0, 0),
 (139, 4, 'colour_label', 'varchar', 'text', 'Colour', 0, 1),
 (150, 1, 'mobile_phone', 'varchar', 'text', 'Mobile Phone', 0, 1),
 (151, 1, 'loyalty_number', 'varchar', 'text', 'Fjellstad Club Number', 0, 1),
 (152, 1, 'instagram_handle', 'varchar', 'text', 'Instagram', 0, 1),
 (153, 1, 'employer', 'varchar', 'text', 'Company', 0, 1),
 (154, 1, 'loyalty_tier', 'int', 'select', 'Club Tier', 0, 1),
 (155, 1, 'preferred_store', 'int', 'select', 'Preferred Store', 0, 1),
 (156, 1, 'accepts_sms', 'int', 'boolean', 'SMS Offers', 0, 1),
 (157, 1, 'marketing_source', 'int', 'select', 'How did you hear about us?', 0, 1),
 (158, 1, 'loyalty_joined_at', 'datetime', 'date', 'Club Member Since', 0, 1),
 (159, 1, 'child_birthday', 'datetime', 'date', 'Child''s Birthday (for our Kids Club voucher)', 0, 1),
 (160, 1, 'delivery_instructions', 'text', 'textarea', 'Delivery Instructions', 0, 1),
 (161, 1, 'service_notes', 'text', 'textarea', 'Customer Service Notes', 0, 1);

-- Customer module -----------------------------------------------------------

CREATE TABLE customer_entity (
  entity_id integer PRIMARY KEY,
  website_id smallint,
  email varchar(255),
  group_id smallint NOT NULL DEFAULT 0,
  increment_id varchar(50),
  store_id smallint DEFAULT 0,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  is_active smallint NOT NULL DEFAULT 1,
  disable_auto_group_change smallint NOT NULL DEFAULT 0,
  created_in varchar(255),
  prefix varchar(40),
  firstname varchar(255),
  middlename varchar(255),
  lastname varchar(255),
  suffix varchar(40),
  dob date,
  password_hash varchar(128),
  rp_token varchar(128),
  rp_token_created_at timestamp,
  default_billing integer,
  default_shipping integer,
  taxvat varchar(50),
  confirmation varchar(64),
  gender smallint,
  failures_num smallint DEFAULT 0,
  first_failure timestamp,
  lock_expires timestamp,
  session_cutoff timestamp
);
INSERT INTO customer_entity
SELECT i, 1, email, CASE WHEN company IS NOT NULL THEN 2 WHEN i % 17 = 0 THEN 3 ELSE 1 END, NULL, store,
       mgen.ts('cca', i), mgen.ts('cca', i) + make_interval(days => fixture_gen.n('ccu', i, 300)), CASE WHEN i % 41 = 0 THEN 0 ELSE 1 END, 0,
       (ARRAY['English', 'Deutsch', 'Français'])[store],
       CASE WHEN i % 3 = 0 THEN CASE WHEN female = 1 THEN pfx_f ELSE pfx_m END END,
       fn, mn, ln, CASE WHEN i % 37 = 0 THEN 'Jr.' WHEN i % 53 = 0 THEN 'PhD' END,
       CASE WHEN i % 3 <> 1 THEN dob END,
       mgen.pwd('cpw', i),
       CASE WHEN i % 7 = 0 THEN mgen.hx('crp', i, 32) END,
       CASE WHEN i % 7 = 0 THEN mgen.ts('crpa', i) END,
       i, i, taxvat,
       CASE WHEN i % 23 = 0 THEN mgen.hx('cconf', i, 32) END,
       CASE WHEN i % 4 = 3 THEN NULL WHEN female = 1 THEN 2 ELSE 1 END,
       CASE WHEN i % 19 = 0 THEN 1 + i % 3 ELSE 0 END,
       CASE WHEN i % 19 = 0 THEN mgen.ts('cff', i) END,
       CASE WHEN i % 57 = 0 THEN mgen.ts('cff', i) + interval '30 minutes' END,
       CASE WHEN i % 13 = 0 THEN mgen.ts('ccut', i) END
FROM mgen.p;

CREATE TABLE customer_entity_varchar (
  value_id integer PRIMARY KEY,
  attribute_id smallint NOT NULL DEFAULT 0,
  entity_id integer NOT NULL DEFAULT 0,
  value varchar(255),
  UNIQUE (entity_id, attribute_id)
);
INSERT INTO customer_entity_varchar
SELECT row_number() OVER (ORDER BY i, a), a, i,
       CASE a WHEN 150 THEN phone
              WHEN 151 THEN 'FJC-' || fixture_gen.digits('cloy', i, 8)
              WHEN 152 THEN '@' || fixture_gen.ascii(fn) || CASE WHEN i % 2 = 0 THEN '_' ELSE '.' END || fixture_gen.pick(ARRAY['climbs', 'outdoors', 'trails', 'hikes', 'wild'], 'cig', i)
              ELSE coalesce(company, fixture_gen.pick(ARRAY['Airbus', 'SAP SE', 'Accenture', 'Ryanair', 'Decathlon', 'Mountain Rescue England and Wales', 'self-employed'], 'cemp', i)) END
FROM mgen.p, unnest(ARRAY[150, 151, 152, 153]) a
WHERE (a = 150 AND i % 2 = 0) OR (a = 151 AND i % 3 <> 2) OR (a = 152 AND i % 5 = 1) OR (a = 153 AND i % 4 = 2);

CREATE TABLE customer_entity_int (
  value_id integer PRIMARY KEY,
  attribute_id smallint NOT NULL DEFAULT 0,
  entity_id integer NOT NULL DEFAULT 0,
  value integer,
  UNIQUE (entity_id, attribute_id)
);
INSERT INTO customer_entity_int
SELECT row_number() OVER (ORDER BY i, a), a, i,
       CASE a WHEN 154 THEN 201 + fixture_gen.n('ctier', i, 3) WHEN 155 THEN 211 + fixture_gen.n('cstore', i, 4) WHEN 156 THEN i % 2 ELSE 221 + fixture_gen.n('csrc', i, 6) END
FROM mgen.p, unnest(ARRAY[154, 155, 156, 157]) a
WHERE i % 3 <> 2 OR a = 156;

CREATE TABLE customer_entity_datetime (
  value_id integer PRIMARY KEY,
  attribute_id smallint NOT NULL DEFAULT 0,
  entity_id integer NOT NULL DEFAULT 0,
  value timestamp,
  UNIQUE (entity_id, attribute_id)
);
INSERT INTO customer_entity_datetime
SELECT row_number() OVER (ORDER BY i, a), a, i,
       CASE a WHEN 158 THEN date_trunc('day', mgen.ts('cca', i) + make_interval(days => fixture_gen.n('cjoin', i, 60)))
              ELSE (date '2012-01-01' + fixture_gen.n('ckid', i, 4200))::timestamp END
FROM mgen.p, unnest(ARRAY[158, 159]) a
WHERE (a = 158 AND i % 3 <> 2) OR (a = 159 AND i % 4 = 0);

CREATE TABLE customer_entity_text (
  value_id integer PRIMARY KEY,
  attribute_id smallint NOT NULL DEFAULT 0,
  entity_id integer NOT NULL DEFAULT 0,
  value text NOT NULL,
  UNIQUE (entity_id, attribute_id)
);
INSERT INTO customer_entity_text
SELECT row_number() OVER (ORDER BY i, a), a, i,
       CASE a WHEN 160 THEN fixture_gen.pick(ARRAY[
                'If nobody answers leave it with the neighbour at number ' || (2 + i % 40) || ' (' || fixture_gen.full_name('cnb', i) || ').',
                'Side gate code ' || fixture_gen.digits('cgate', i, 4) || ', parcels in the shed please.',
                'Call me on ' || phone || ' before delivery, I work night shifts.',
                'Deliver to reception at work, ask for ' || fn || ' ' || ln || '.',
                'Please do not ring the bell, baby sleeping.'], 'cdel', i)
              ELSE fixture_gen.pick(ARRAY[
                'Customer called ' || to_char(mgen.ts('csn', i), 'DD/MM') || ' about a leaking tent seam, sent replacement, goodwill 10% voucher.',
                'Asked us to stop using ' || email || ' for marketing, prefers post.',
                fn || ' is a guide with ' || fixture_gen.pick(ARRAY['Bergwacht', 'Mountain Rescue', 'Club Alpin'], 'csg', i) || ', trade discount approved by Lena.',
                'Chargeback threatened on order ' || (100000000 + i * 3) || ', resolved by phone.',
                'Wife ' || fixture_gen.first_name('csw', i) || ' also orders on this account; wheelchair user, needs ground-floor delivery.'], 'csn', i) END
FROM mgen.p, unnest(ARRAY[160, 161]) a
WHERE (a = 160 AND i % 3 = 0) OR (a = 161 AND i % 5 = 2);

CREATE TABLE customer_address_entity (
  entity_id integer PRIMARY KEY,
  increment_id varchar(50),
  parent_id integer,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  is_active smallint NOT NULL DEFAULT 1,
  city varchar(255) NOT NULL,
  company varchar(255),
  country_id varchar(255) NOT NULL,
  fax varchar(255),
  firstname varchar(255) NOT NULL,
  lastname varchar(255) NOT NULL,
  middlename varchar(255),
  postcode varchar(255),
  prefix varchar(40),
  region varchar(255),
  region_id integer,
  street text NOT NULL,
  telephone varchar(255) NOT NULL,
  vat_id varchar(255),
  vat_is_valid integer,
  vat_request_id varchar(255)
);
INSERT INTO customer_address_entity
SELECT i, NULL, i, mgen.ts('cca', i), mgen.ts('cca', i) + make_interval(days => fixture_gen.n('cau', i, 200)), 1,
       city, company, iso,
       CASE WHEN i % 29 = 0 THEN replace(phone, ' 1', ' 2') END,
       fn, ln, mn, pc, NULL, region, region_id,
       street || CASE WHEN i % 8 = 0 THEN E'\n' || fixture_gen.pick(ARRAY['c/o ' || fixture_gen.full_name('cco', i), 'Hinterhaus, 3. OG', 'Apartment ' || (1 + i % 20), 'Bâtiment B'], 'cst2', i) ELSE '' END,
       phone, taxvat,
       CASE WHEN taxvat IS NOT NULL THEN 1 END,
       CASE WHEN taxvat IS NOT NULL THEN 'WAPI' || fixture_gen.chars('cvr', i, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') END
FROM mgen.p
UNION ALL
SELECT 1000 + i, NULL, i, mgen.ts('cca2', i), mgen.ts('cca2', i), 1,
       fixture_gen.pick(ARRAY['Kendal', 'Innsbruck', 'Chamonix-Mont-Blanc', 'Keswick', 'Garmisch-Partenkirchen'], 'ca2c', i),
       fixture_gen.pick(ARRAY['Lakeland Adventure Centre', NULL, 'Hotel Alpenrose', NULL], 'ca2co', i),
       (ARRAY['GB', 'AT', 'FR', 'GB', 'DE'])[1 + fixture_gen.n('ca2c', i, 5)],
       NULL, fixture_gen.first_name('ca2f', i), ln, NULL,
       (ARRAY['LA9 ' || fixture_gen.digits('ca2p', i, 1) || 'QE', '60' || fixture_gen.digits('ca2p', i, 2), '744' || fixture_gen.digits('ca2p', i, 2), 'CA12 ' || fixture_gen.digits('ca2p', i, 1) || 'HJ', '8246' || fixture_gen.digits('ca2p', i, 1)])[1 + fixture_gen.n('ca2c', i, 5)],
       NULL, (ARRAY['Cumbria', 'Tirol', 'Haute-Savoie', 'Cumbria', 'Bayern'])[1 + fixture_gen.n('ca2c', i, 5)], (ARRAY[NULL, 102, 255, NULL, 81])[1 + fixture_gen.n('ca2c', i, 5)],
       fixture_gen.street('ca2s', i), fixture_gen.phone('ca2t', i), NULL, NULL, NULL
FROM mgen.p WHERE i % 4 = 1;

CREATE TABLE customer_grid_flat (
  entity_id integer PRIMARY KEY,
  name text,
  email varchar(255),
  group_id integer,
  created_at timestamp,
  website_id integer,
  confirmation varchar(255),
  created_in text,
  dob date,
  gender integer,
  taxvat varchar(255),
  lock_expires timestamp,
  shipping_full text,
  billing_full text,
  billing_firstname varchar(255),
  billing_lastname varchar(255),
  billing_telephone varchar(255),
  billing_postcode varchar(255),
  billing_country_id varchar(255),
  billing_region varchar(255),
  billing_street varchar(255),
  billing_city varchar(255),
  billing_company varchar(255),
  billing_vat_id varchar(255)
);
INSERT INTO customer_grid_flat
SELECT c.entity_id, concat_ws(' ', c.prefix, c.firstname, c.middlename, c.lastname, c.suffix), c.email, c.group_id, c.created_at, c.website_id, c.confirmation, c.created_in, c.dob, c.gender, c.taxvat, c.lock_expires,
       replace(a.street, E'\n', ' ') || ' ' || a.city || ' ' || coalesce(a.region, '') || ' ' || coalesce(a.postcode, ''),
       replace(a.street, E'\n', ' ') || ' ' || a.city || ' ' || coalesce(a.region, '') || ' ' || coalesce(a.postcode, ''),
       a.firstname, a.lastname, a.telephone, a.postcode, a.country_id, a.region, replace(a.street, E'\n', ' '), a.city, a.company, a.vat_id
FROM customer_entity c JOIN customer_address_entity a ON a.entity_id = c.default_billing;

CREATE TABLE customer_visitor (
  visitor_id bigint PRIMARY KEY,
  customer_id integer,
  session_id varchar(64),
  created_at timestamp NOT NULL,
  last_visit_at timestamp NOT NULL
);
INSERT INTO customer_visitor
SELECT v, CASE WHEN v % 3 = 0 THEN 1 + fixture_gen.n('vcu', v, 240) END,
       fixture_gen.chars('vsid', v, 26, 'abcdefghijklmnopqrstuv0123456789'),
       mgen.ts('vca', v), mgen.ts('vca', v) + make_interval(secs => fixture_gen.n('vlv', v, 5400))
FROM generate_series(1, 300) v;

CREATE TABLE customer_log (
  log_id integer PRIMARY KEY,
  customer_id integer NOT NULL,
  last_login_at timestamp,
  last_logout_at timestamp
);
INSERT INTO customer_log SELECT i, i, mgen.ts('cll', i), CASE WHEN i % 3 = 0 THEN mgen.ts('cll', i) + interval '25 minutes' END FROM mgen.p WHERE i % 5 <> 4;

-- Orders: 320 orders, one in four by a guest -------------------------------

CREATE TABLE mgen.o AS
SELECT o, CASE WHEN o % 4 = 0 THEN NULL ELSE p.i END AS cust,
       CASE WHEN o % 4 = 0 THEN fixture_gen.first_name('ogf', o) ELSE p.fn END AS fn,
       CASE WHEN o % 4 = 0 THEN fixture_gen.last_name('ogl', o) ELSE p.ln END AS ln,
       CASE WHEN o % 4 = 0 THEN NULL ELSE p.mn END AS mn,
       CASE WHEN o % 4 = 0 THEN fixture_gen.email('oge', o) ELSE p.email END AS email,
       CASE WHEN o % 4 = 0 THEN fixture_gen.phone('ogp', o) ELSE p.phone END AS phone,
       CASE WHEN o % 4 = 0 THEN fixture_gen.street('ogs', o) ELSE p.street END AS street,
       p.city, p.region, p.region_id, p.pc, p.iso, p.store, p.company, p.taxvat, p.female,
       CASE WHEN o % 4 = 0 THEN NULL ELSE p.dob END AS dob,
       CASE WHEN o % 5 = 0 THEN fixture_gen.ipv6('oip', o) ELSE fixture_gen.ipv4('oip', o) END AS ip,
       timestamp '2023-01-02 08:00:00' + make_interval(secs => o * 95000 + fixture_gen.n('ots', o, 60000)) AS at,
       fixture_gen.pick(ARRAY['complete', 'complete', 'complete', 'processing', 'pending', 'closed', 'canceled', 'holded'], 'ost', o) AS status,
       (19 + fixture_gen.n('oamt', o, 640))::numeric + 0.95 AS sub,
       CASE WHEN o % 7 = 0 THEN 0 ELSE 4.95 END AS ship,
       fixture_gen.pick(ARRAY['checkmo', 'braintree', 'braintree', 'braintree', 'paypal_express', 'paypal_express', 'banktransfer', 'braintree_paypal'], 'opm', o) AS method,
       CASE WHEN o % 6 = 0 THEN 'dhlexpress_N' WHEN o % 7 = 0 THEN 'freeshipping_freeshipping' ELSE 'flatrate_flatrate' END AS shipm
FROM generate_series(1, 320) o JOIN mgen.p p ON p.i = 1 + fixture_gen.n('ocu', o, 240);

CREATE TABLE quote (
  entity_id integer PRIMARY KEY,
  store_id smallint NOT NULL DEFAULT 0,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  is_active smallint DEFAULT 1,
  items_count integer DEFAULT 0,
  grand_total numeric(20,4) DEFAULT 0,
  checkout_method varchar(255),
  customer_id integer,
  customer_email varchar(255),
  customer_prefix varchar(40),
  customer_firstname varchar(255),
  customer_lastname varchar(255),
  customer_dob timestamp,
  customer_note text,
  customer_is_guest smallint DEFAULT 0,
  remote_ip varchar(45),
  reserved_order_id varchar(64),
  password_hash varchar(255),
  customer_taxvat varchar(255),
  customer_gender varchar(255)
);
-- quotes 1..320 became the orders; 321..400 are abandoned carts.
INSERT INTO quote
SELECT 5000 + o, store, at - interval '14 minutes', at, 0, 1 + o % 3, sub + ship, CASE WHEN cust IS NULL THEN 'guest' ELSE 'customer' END,
       cust, email, NULL, fn, ln, dob::timestamp,
       CASE WHEN o % 11 = 0 THEN fixture_gen.pick(ARRAY['Please deliver after 5pm, call ' || phone, 'Gift for my brother ' || fixture_gen.first_name('qnb', o) || ', no invoice in the parcel please.', 'Leave with the concierge, Mr ' || fixture_gen.last_name('qnc', o) || '.'], 'qn', o) END,
       CASE WHEN cust IS NULL THEN 1 ELSE 0 END, ip, lpad((CASE store WHEN 1 THEN 0 ELSE store END)::text, 1) || lpad((100000 + o)::text, 8, '0'),
       CASE WHEN cust IS NULL AND o % 8 = 4 THEN mgen.pwd('qpw', o) END,
       taxvat, CASE WHEN cust IS NULL THEN NULL WHEN female = 1 THEN '2' ELSE '1' END
FROM mgen.o
UNION ALL
SELECT 5000 + q, p.store, mgen.ts('qab', q), mgen.ts('qab', q) + interval '9 minutes', 1, 1 + q % 4, (29 + fixture_gen.n('qamt', q, 400))::numeric + 0.95, NULL,
       CASE WHEN q % 2 = 0 THEN p.i END, CASE WHEN q % 3 <> 0 THEN p.email END, NULL, CASE WHEN q % 2 = 0 THEN p.fn END, CASE WHEN q % 2 = 0 THEN p.ln END, NULL, NULL,
       CASE WHEN q % 2 = 0 THEN 0 ELSE 1 END, fixture_gen.ipv4('qip', q), NULL, NULL, NULL, NULL
FROM generate_series(321, 400) q JOIN mgen.p p ON p.i = 1 + fixture_gen.n('qcu', q, 240);

CREATE TABLE quote_address (
  address_id integer PRIMARY KEY,
  quote_id integer NOT NULL DEFAULT 0,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  customer_id integer,
  save_in_address_book smallint DEFAULT 0,
  customer_address_id integer,
  address_type varchar(10),
  email varchar(255),
  firstname varchar(255),
  lastname varchar(255),
  company varchar(255),
  street varchar(255),
  city varchar(255),
  region varchar(255),
  region_id integer,
  postcode varchar(20),
  country_id varchar(30),
  telephone varchar(255),
  same_as_billing smallint NOT NULL DEFAULT 0,
  shipping_method varchar(120),
  shipping_description varchar(255),
  subtotal numeric(20,4) NOT NULL DEFAULT 0,
  customer_notes text,
  vat_id text
);
INSERT INTO quote_address
SELECT 2 * o - 1 + t, 5000 + o, at - interval '14 minutes', at, cust, CASE WHEN cust IS NOT NULL AND o % 9 = 0 THEN 1 ELSE 0 END, cust,
       CASE t WHEN 0 THEN 'billing' ELSE 'shipping' END, email,
       CASE WHEN t = 1 AND o % 10 = 3 THEN fixture_gen.first_name('qgift', o) ELSE fn END, ln, company, street, city, region, region_id, pc, iso, phone,
       CASE WHEN t = 1 AND o % 10 <> 3 THEN 1 ELSE 0 END,
       CASE WHEN t = 1 THEN shipm END,
       CASE WHEN t = 1 THEN CASE shipm WHEN 'dhlexpress_N' THEN 'DHL - Express Worldwide' WHEN 'freeshipping_freeshipping' THEN 'Free Shipping - Free' ELSE 'Flat Rate - Fixed' END END,
       CASE WHEN t = 1 THEN sub ELSE 0 END, NULL, taxvat
FROM mgen.o, generate_series(0, 1) t;

CREATE TABLE sales_order (
  entity_id integer PRIMARY KEY,
  state varchar(32),
  status varchar(32),
  coupon_code varchar(255),
  protect_code varchar(255),
  shipping_description varchar(255),
  is_virtual smallint,
  store_id smallint,
  customer_id integer,
  base_grand_total numeric(20,4),
  base_subtotal numeric(20,4),
  grand_total numeric(20,4),
  shipping_amount numeric(20,4),
  subtotal numeric(20,4),
  tax_amount numeric(20,4),
  discount_amount numeric(20,4),
  total_qty_ordered numeric(12,4),
  customer_is_guest smallint,
  customer_note_notify smallint,
  billing_address_id integer,
  customer_group_id integer,
  quote_id integer,
  shipping_address_id integer,
  increment_id varchar(32),
  base_currency_code varchar(3),
  order_currency_code varchar(255),
  customer_dob timestamp,
  customer_email varchar(128),
  customer_firstname varchar(128),
  customer_lastname varchar(128),
  customer_middlename varchar(128),
  customer_prefix varchar(32),
  customer_taxvat varchar(32),
  customer_gender integer,
  discount_description varchar(255),
  remote_ip varchar(45),
  shipping_method varchar(120),
  store_name varchar(255),
  x_forwarded_for varchar(255),
  customer_note text,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  total_item_count smallint NOT NULL DEFAULT 0,
  gift_message_id integer,
  email_sent smallint
);
INSERT INTO sales_order
SELECT o.o,
       CASE o.status WHEN 'holded' THEN 'holded' WHEN 'pending' THEN 'new' ELSE o.status END, o.status,
       CASE WHEN o.o % 9 = 0 THEN fixture_gen.pick(ARRAY['SUMMIT10', 'WELCOME15', 'KIDSCLUB', 'BLACKFRIDAY23'], 'occ', o.o) END,
       substr(md5('opc' || o.o), 1, 6),
       q.shipping_description, 0, o.store, o.cust,
       round((o.sub + o.ship) * CASE WHEN o.iso IN ('GB', 'IE') THEN 1.15 ELSE 1 END, 4), o.sub, o.sub + o.ship, o.ship, o.sub, round(o.sub * 0.1597, 4),
       CASE WHEN o.o % 9 = 0 THEN -round(o.sub * 0.1, 4) ELSE 0 END, 1 + o.o % 3,
       CASE WHEN o.cust IS NULL THEN 1 ELSE 0 END, CASE WHEN o.o % 11 = 0 THEN 1 ELSE 0 END,
       2 * o.o - 1, CASE WHEN o.cust IS NULL THEN 0 ELSE c.group_id END, 5000 + o.o, 2 * o.o,
       (SELECT reserved_order_id FROM quote WHERE entity_id = 5000 + o.o),
       'EUR', CASE WHEN o.iso = 'GB' THEN 'GBP' ELSE 'EUR' END,
       o.dob::timestamp, o.email, o.fn, o.ln, o.mn, c.prefix, o.taxvat, c.gender,
       CASE WHEN o.o % 9 = 0 THEN 'Summit Sale' END,
       o.ip, o.shipm, (ARRAY[E'Main Website\nFjellstad Outdoor\nEnglish', E'Main Website\nFjellstad Outdoor\nDeutsch', E'Main Website\nFjellstad Outdoor\nFrançais'])[o.store],
       CASE WHEN o.o % 3 = 0 THEN fixture_gen.ipv4('oxff', o.o) || ', 172.70.' || (o.o % 250) || '.' || (10 + o.o % 200) END,
       (SELECT customer_note FROM quote WHERE entity_id = 5000 + o.o),
       o.at, o.at + make_interval(hours => fixture_gen.n('oup', o.o, 200)), 1 + o.o % 3,
       CASE WHEN o.o % 10 = 3 THEN o.o END, 1
FROM mgen.o o LEFT JOIN customer_entity c ON c.entity_id = o.cust JOIN quote_address q ON q.address_id = 2 * o.o;

CREATE TABLE sales_order_address (
  entity_id integer PRIMARY KEY,
  parent_id integer,
  customer_address_id integer,
  quote_address_id integer,
  region_id integer,
  customer_id integer,
  fax varchar(255),
  region varchar(255),
  postcode varchar(255),
  lastname varchar(255),
  street varchar(255),
  city varchar(255),
  email varchar(255),
  telephone varchar(255),
  country_id varchar(2),
  firstname varchar(255),
  address_type varchar(255),
  prefix varchar(255),
  middlename varchar(255),
  company varchar(255),
  vat_id text,
  vat_is_valid smallint,
  vat_request_id text
);
INSERT INTO sales_order_address
SELECT q.address_id, q.quote_id - 5000, q.customer_address_id, q.address_id, q.region_id, q.customer_id, NULL, q.region, q.postcode, q.lastname, q.street, q.city, q.email, q.telephone, q.country_id,
       q.firstname, q.address_type, NULL, NULL, q.company, q.vat_id, CASE WHEN q.vat_id IS NOT NULL THEN 1 END,
       CASE WHEN q.vat_id IS NOT NULL THEN 'WAPI' || fixture_gen.chars('ovr', q.address_id, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') END
FROM quote_address q;

CREATE TABLE gift_message (
  gift_message_id integer PRIMARY KEY,
  customer_id integer NOT NULL DEFAULT 0,
  sender varchar(255),
  recipient varchar(255),
  message text
);
INSERT INTO gift_message
SELECT o, coalesce(cust, 0), fn, fixture_gen.first_name('qgift', o) || CASE WHEN o % 20 = 3 THEN ' ' || ln ELSE '' END,
       fixture_gen.pick(ARRAY['Happy birthday! Enjoy the new tent, see you at the campsite. Love, ' || fn,
         'Alles Gute zum 40., ' || fixture_gen.first_name('qgift', o) || '! Auf viele Gipfel. ' || fn,
         'For our walk to Santiago in May. Love you x',
         'Joyeux anniversaire ! Bisous, ' || fn || ' et les enfants',
         'Congratulations on finishing chemo - the hills are waiting. ' || fn], 'ogm', o)
FROM mgen.o WHERE o % 10 = 3;

CREATE TABLE mgen.prod (k int PRIMARY KEY, sku text, name text, price numeric, engr boolean);
INSERT INTO mgen.prod VALUES
 (0, 'FJ-TENT-2P-GRN', 'Vidda 2 Person Tunnel Tent', 349.00, false), (1, 'FJ-JKT-M-SHELL', 'Skarven Men''s 3L Shell Jacket', 289.00, false),
 (2, 'FJ-JKT-W-DOWN', 'Lofoten Women''s Down Jacket', 239.00, false), (3, 'FJ-STOVE-TI', 'Titanium Canister Stove', 59.95, false),
 (4, 'FJ-BOTTLE-1L', 'Insulated Bottle 1L (engraving available)', 34.95, true), (5, 'FJ-AXE-ICE-55', 'Ice Axe 55 cm', 119.00, true),
 (6, 'FJ-ROPE-9.5', 'Dynamic Rope 9.5 mm x 60 m', 179.00, false), (7, 'FJ-BOOT-W-38', 'Trollheimen Women''s Hiking Boot', 199.00, false),
 (8, 'FJ-MUG-ENAMEL', 'Enamel Camp Mug (personalised)', 19.95, true), (9, 'FJ-HEADLAMP-400', 'Headlamp 400 lm', 44.95, false);

CREATE TABLE sales_order_item (
  item_id integer PRIMARY KEY,
  order_id integer NOT NULL DEFAULT 0,
  parent_item_id integer,
  quote_item_id integer,
  store_id smallint,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  product_id integer,
  product_type varchar(255),
  product_options text,
  weight numeric(12,4) DEFAULT 0,
  sku varchar(255),
  name varchar(255),
  qty_ordered numeric(12,4) DEFAULT 0,
  price numeric(12,4) NOT NULL DEFAULT 0,
  row_total numeric(20,4) NOT NULL DEFAULT 0,
  tax_amount numeric(20,4) DEFAULT 0,
  discount_amount numeric(20,4) DEFAULT 0
);
INSERT INTO sales_order_item
SELECT 3 * o.o + t, o.o, NULL, 9000 + 3 * o.o + t, o.store, o.at, o.at, 100 + pr.k, 'simple',
       '{"info_buyRequest":{"uenc":"' || rtrim(translate(encode(convert_to('https://www.fjellstad-outdoor.com/' || lower(replace(pr.sku, '-', '_')) || '.html', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '","product":"' || (100 + pr.k) || '","qty":"1"'
         || CASE WHEN pr.engr THEN ',"options":{"' || (30 + pr.k) || '":' || fixture_gen.js(fixture_gen.pick(ARRAY[o.fn || ' & ' || fixture_gen.first_name('oeng', o.o) || ' - Kilimanjaro 2024', 'Für ' || fixture_gen.first_name('oeng', o.o) || ', Zugspitze 14.08.', 'Grandad ' || o.ln || ' - 80 and still climbing', 'Property of ' || upper(o.fn), 'Mum, call me: ' || o.phone], 'oengt', o.o)) || '}},"options":[{"label":"Engraving text","value":' || fixture_gen.js(fixture_gen.pick(ARRAY[o.fn || ' & ' || fixture_gen.first_name('oeng', o.o) || ' - Kilimanjaro 2024', 'Für ' || fixture_gen.first_name('oeng', o.o) || ', Zugspitze 14.08.', 'Grandad ' || o.ln || ' - 80 and still climbing', 'Property of ' || upper(o.fn), 'Mum, call me: ' || o.phone], 'oengt', o.o)) || ',"option_id":"' || (30 + pr.k) || '","option_type":"field"}]}'
           ELSE '}}' END,
       round(0.2 + pr.k * 0.35, 4), pr.sku, pr.name, 1, pr.price, pr.price, round(pr.price * 0.1597, 4), 0
FROM mgen.o o, generate_series(0, 2) t, mgen.prod pr
WHERE t < 1 + o.o % 3 AND pr.k = (fixture_gen.n('oit', o.o * 3 + t, 10));

CREATE TABLE sales_order_payment (
  entity_id integer PRIMARY KEY,
  parent_id integer NOT NULL,
  base_amount_paid numeric(20,4),
  amount_paid numeric(20,4),
  base_amount_ordered numeric(20,4),
  amount_ordered numeric(20,4),
  shipping_amount numeric(20,4),
  method varchar(128),
  po_number varchar(32),
  cc_type varchar(32),
  cc_last_4 varchar(100),
  cc_exp_month varchar(12),
  cc_exp_year varchar(4),
  cc_owner varchar(128),
  cc_number_enc varchar(128),
  cc_trans_id varchar(32),
  cc_approval varchar(32),
  cc_avs_status varchar(32),
  cc_cid_status varchar(32),
  last_trans_id varchar(255),
  additional_information text
);
INSERT INTO sales_order_payment
SELECT o.o, o.o, o.sub + o.ship, o.sub + o.ship, o.sub + o.ship, o.sub + o.ship, o.ship, o.method,
       CASE WHEN o.method = 'checkmo' AND o.company IS NOT NULL THEN 'PO-' || fixture_gen.digits('opo', o.o, 6) END,
       CASE WHEN o.method = 'braintree' THEN fixture_gen.pick(ARRAY['VI', 'MC', 'AE', 'VI'], 'occt', o.o) END,
       CASE WHEN o.method = 'braintree' THEN fixture_gen.digits('oc4', o.o, 4) END,
       CASE WHEN o.method = 'braintree' THEN lpad((1 + fixture_gen.n('ocm', o.o, 12))::text, 2, '0') END,
       CASE WHEN o.method = 'braintree' THEN (2025 + fixture_gen.n('ocy', o.o, 5))::text END,
       CASE WHEN o.method = 'braintree' THEN upper(fixture_gen.ascii(o.fn)) || ' ' || upper(fixture_gen.ascii(o.ln)) END,
       CASE WHEN o.method = 'braintree' AND o.o < 60 THEN mgen.enc('occn', o.o, 16) END,
       CASE WHEN o.method LIKE 'braintree%' THEN fixture_gen.chars('otx', o.o, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE WHEN o.method = 'braintree' THEN fixture_gen.digits('oapp', o.o, 6) END,
       CASE WHEN o.method = 'braintree' THEN fixture_gen.pick(ARRAY['M', 'M', 'N', 'U'], 'oavs', o.o) END,
       CASE WHEN o.method = 'braintree' THEN 'M' END,
       CASE WHEN o.method LIKE 'braintree%' THEN fixture_gen.chars('otx', o.o, 8, 'abcdefghijklmnopqrstuvwxyz0123456789')
            WHEN o.method = 'paypal_express' THEN fixture_gen.chars('opptx', o.o, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789') END,
       CASE o.method
         WHEN 'paypal_express' THEN '{"method_title":"PayPal Express Checkout","paypal_payer_id":"' || fixture_gen.chars('oppid', o.o, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || '","paypal_payer_email":' || fixture_gen.js(o.email)
             || ',"paypal_payer_status":"verified","paypal_address_status":"Confirmed","paypal_correlation_id":"' || fixture_gen.hexn('opcor', o.o, 13) || '","paypal_express_checkout_payer_id":"' || fixture_gen.chars('oppid', o.o, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
             || '","paypal_express_checkout_token":"EC-' || fixture_gen.chars('opec', o.o, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789') || '","paypal_express_checkout_redirect_required":false,"paypal_protection_eligibility":"Eligible","paypal_payment_status":"completed"}'
         WHEN 'braintree' THEN '{"method_title":"Credit Card","cc_type":"' || fixture_gen.pick(ARRAY['Visa', 'MasterCard', 'American Express', 'Visa'], 'occt', o.o) || '","cc_number":"xxxx-' || fixture_gen.digits('oc4', o.o, 4) || '","avsPostalCodeResponseCode":"M","avsStreetAddressResponseCode":"M","cvvResponseCode":"M","processorAuthorizationCode":"' || fixture_gen.digits('oapp', o.o, 6) || '","processorResponseCode":"1000","processorResponseText":"Approved","liabilityShifted":true,"liabilityShiftPossible":true,"riskDataId":"' || fixture_gen.digits('orisk', o.o, 10) || '","riskDataDecision":"Approve","is_active_payment_token_enabler":' || CASE WHEN o.o % 2 = 0 THEN 'true' ELSE 'false' END || '}'
         WHEN 'braintree_paypal' THEN '{"method_title":"PayPal","payerEmail":' || fixture_gen.js(o.email) || ',"payerFirstName":' || fixture_gen.js(o.fn) || ',"payerLastName":' || fixture_gen.js(o.ln) || ',"paymentId":"PAYID-' || fixture_gen.chars('opay', o.o, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '"}'
         WHEN 'banktransfer' THEN '{"method_title":"Bank Transfer Payment","instructions":"Bitte \u00fcberweisen Sie an Fjellstad Outdoor GmbH, IBAN DE89 3704 0044 0532 0130 00, Verwendungszweck: Bestellnummer."}'
         ELSE '{"method_title":"Check \/ Money order"}' END
FROM mgen.o o;

CREATE TABLE sales_payment_transaction (
  transaction_id integer PRIMARY KEY,
  parent_id integer,
  order_id integer NOT NULL DEFAULT 0,
  payment_id integer NOT NULL DEFAULT 0,
  txn_id varchar(100),
  parent_txn_id varchar(100),
  txn_type varchar(15),
  is_closed smallint NOT NULL DEFAULT 1,
  additional_information bytea,
  created_at timestamp
);
INSERT INTO sales_payment_transaction
SELECT o.o, NULL, o.o, o.o, p.last_trans_id, NULL, CASE WHEN o.method = 'paypal_express' THEN 'authorization' ELSE 'capture' END, CASE WHEN o.status = 'complete' THEN 1 ELSE 0 END,
       convert_to(CASE WHEN o.method = 'paypal_express' THEN
         'a:1:{s:16:"raw_details_info";a:9:{s:11:"payer_email";s:' || octet_length(o.email) || ':"' || o.email || '";s:8:"payer_id";s:13:"' || fixture_gen.chars('oppid', o.o, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || '";s:9:"firstname";s:' || octet_length(o.fn) || ':"' || o.fn || '";s:8:"lastname";s:' || octet_length(o.ln) || ':"' || o.ln
         || '";s:12:"payer_status";s:8:"verified";s:14:"address_status";s:9:"Confirmed";s:12:"country_code";s:2:"' || o.iso || '";s:14:"payment_status";s:9:"Completed";s:6:"amount";s:' || length((o.sub + o.ship)::text) || ':"' || (o.sub + o.ship) || '";}}'
         ELSE 'a:1:{s:16:"raw_details_info";a:5:{s:6:"status";s:19:"submitted_for_settlement";s:11:"processorAuthorizationCode";s:6:"' || fixture_gen.digits('oapp', o.o, 6) || '";s:21:"processorResponseCode";s:4:"1000";s:8:"cardType";s:4:"Visa";s:5:"last4";s:4:"' || fixture_gen.digits('oc4', o.o, 4) || '";}}' END, 'UTF8'),
       o.at + interval '3 seconds'
FROM mgen.o o JOIN sales_order_payment p ON p.entity_id = o.o WHERE o.method IN ('braintree', 'paypal_express', 'braintree_paypal');

CREATE TABLE vault_payment_token (
  entity_id integer PRIMARY KEY,
  customer_id integer,
  website_id integer,
  public_hash varchar(128) NOT NULL,
  payment_method_code varchar(128) NOT NULL,
  type varchar(128) NOT NULL,
  created_at timestamp NOT NULL,
  expires_at timestamp,
  gateway_token varchar(255) NOT NULL,
  details text,
  is_active boolean NOT NULL DEFAULT true,
  is_visible boolean NOT NULL DEFAULT true
);
INSERT INTO vault_payment_token
SELECT row_number() OVER (ORDER BY o.o), o.cust, 1, mgen.hx('vph', o.o, 64), CASE o.method WHEN 'braintree' THEN 'braintree' ELSE 'braintree_paypal' END, CASE o.method WHEN 'braintree' THEN 'card' ELSE 'account' END,
       o.at, CASE WHEN o.method = 'braintree' THEN make_timestamp((2025 + fixture_gen.n('ocy', o.o, 5))::int, 1 + fixture_gen.n('ocm', o.o, 12), 1, 0, 0, 0) + interval '1 month' ELSE o.at + interval '1 year' END,
       fixture_gen.chars('vgt', o.o, 7, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       CASE o.method WHEN 'braintree' THEN '{"type":"' || p.cc_type || '","maskedCC":"' || p.cc_last_4 || '","expirationDate":"' || p.cc_exp_month || '\/' || p.cc_exp_year || '"}'
                     ELSE '{"payerEmail":' || fixture_gen.js(o.email) || '}' END,
       o.o % 13 <> 0, true
FROM mgen.o o JOIN sales_order_payment p ON p.entity_id = o.o WHERE o.cust IS NOT NULL AND (o.method = 'braintree' AND o.o % 2 = 0 OR o.method = 'braintree_paypal');

CREATE TABLE sales_order_status_history (
  entity_id integer PRIMARY KEY,
  parent_id integer NOT NULL,
  is_customer_notified integer,
  is_visible_on_front smallint NOT NULL DEFAULT 0,
  comment text,
  status varchar(32),
  created_at timestamp NOT NULL,
  entity_name varchar(32)
);
INSERT INTO sales_order_status_history
SELECT 2 * o.o - 1 + t, o.o, CASE WHEN t = 0 THEN 1 ELSE o.o % 2 END, CASE WHEN t = 1 AND o.o % 2 = 0 THEN 1 ELSE 0 END,
       CASE WHEN t = 0 THEN CASE o.method WHEN 'paypal_express' THEN 'Authorized amount of €' || (o.sub + o.ship) || '. Transaction ID: "' || p.last_trans_id || '"'
                                          WHEN 'braintree' THEN 'Captured amount of €' || (o.sub + o.ship) || ' online. Transaction ID: "' || p.last_trans_id || '"'
                                          ELSE NULL END
            ELSE fixture_gen.pick(ARRAY[
              'Customer rang from ' || o.phone || ', wants the parcel redirected to work: ' || coalesce(o.company, 'Stadtwerke') || ', ' || fixture_gen.street('ohs', o.o) || '.',
              'Parcel returned to sender, address incomplete. Emailed ' || o.email || ' to confirm the flat number.',
              'Jacket size swapped from M to L at the customer''s request.',
              'Fraud check: billing and shipping names differ (' || o.fn || ' ' || o.ln || ' / ' || fixture_gen.full_name('ohf', o.o) || '), verified by phone. OK to ship.',
              'Customer says the tent is for her son ' || fixture_gen.first_name('ohson', o.o) || '''s Duke of Edinburgh expedition, needs it by Friday.',
              'We have shipped your order. Thank you for shopping at Fjellstad Outdoor!',
              'Stock delay on the stove, expected next week.',
              'Refund approved by Lena Vogt after the customer''s complaint (boots leaking).'], 'ohc', o.o) END,
       CASE WHEN t = 0 THEN CASE WHEN o.method IN ('checkmo', 'banktransfer') THEN 'pending' ELSE 'processing' END ELSE o.status END,
       o.at + make_interval(hours => t * (2 + fixture_gen.n('oht', o.o, 90))),
       CASE WHEN t = 0 THEN 'order' WHEN o.o % 3 = 0 THEN 'invoice' WHEN o.o % 3 = 1 THEN 'shipment' ELSE 'order' END
FROM mgen.o o JOIN sales_order_payment p ON p.entity_id = o.o, generate_series(0, 1) t;

CREATE TABLE sales_order_grid (
  entity_id integer PRIMARY KEY,
  status varchar(32),
  store_id smallint,
  store_name varchar(255),
  customer_id integer,
  base_grand_total numeric(20,4),
  grand_total numeric(20,4),
  increment_id varchar(50),
  base_currency_code varchar(3),
  order_currency_code varchar(255),
  shipping_name varchar(255),
  billing_name varchar(255),
  created_at timestamp,
  updated_at timestamp,
  billing_address varchar(255),
  shipping_address varchar(255),
  shipping_information varchar(255),
  customer_email varchar(255),
  customer_group varchar(255),
  customer_name varchar(255),
  payment_method varchar(255),
  total_refunded numeric(20,4)
);
INSERT INTO sales_order_grid
SELECT s.entity_id, s.status, s.store_id, s.store_name, s.customer_id, s.base_grand_total, s.grand_total, s.increment_id, s.base_currency_code, s.order_currency_code,
       sa.firstname || ' ' || sa.lastname, ba.firstname || ' ' || ba.lastname, s.created_at, s.updated_at,
       concat_ws(',', ba.street, ba.city, ba.region, ba.postcode), concat_ws(',', sa.street, sa.city, sa.region, sa.postcode),
       s.shipping_description, s.customer_email, s.customer_group_id::text, s.customer_firstname || ' ' || s.customer_lastname, p.method,
       CASE WHEN s.status = 'closed' THEN s.grand_total END
FROM sales_order s JOIN sales_order_address ba ON ba.entity_id = s.billing_address_id JOIN sales_order_address sa ON sa.entity_id = s.shipping_address_id JOIN sales_order_payment p ON p.parent_id = s.entity_id;

CREATE TABLE sales_invoice_comment (
  entity_id integer PRIMARY KEY,
  parent_id integer NOT NULL,
  is_customer_notified smallint,
  is_visible_on_front smallint NOT NULL DEFAULT 0,
  comment text,
  created_at timestamp NOT NULL
);
INSERT INTO sales_invoice_comment
SELECT row_number() OVER (ORDER BY o.o), o.o, o.o % 2, o.o % 2,
       fixture_gen.pick(ARRAY[
         'Invoice re-issued to ' || coalesce(o.company, o.fn || ' ' || o.ln) || ' with VAT number ' || coalesce(o.taxvat, 'on request') || '.',
         'Thank you for your order.',
         'Paid by bank transfer from ' || o.fn || ' ' || o.ln || ', IBAN ' || fixture_gen.iban_for('oiban', o.o) || ', received ' || to_char(o.at + interval '3 days', 'DD.MM.YYYY') || '.',
         'Please quote the invoice number when paying.',
         'Customer asked for the invoice to be addressed to her employer''s accounts team: ' || fixture_gen.email('oiacc', o.o) || '.'], 'oic', o.o),
       o.at + interval '1 day'
FROM mgen.o o WHERE o.o % 4 = 1;

CREATE TABLE sales_creditmemo_comment (
  entity_id integer PRIMARY KEY,
  parent_id integer NOT NULL,
  is_customer_notified integer,
  is_visible_on_front smallint NOT NULL DEFAULT 0,
  comment text,
  created_at timestamp NOT NULL
);
INSERT INTO sales_creditmemo_comment
SELECT row_number() OVER (ORDER BY o.o), o.o, 1, 0,
       fixture_gen.pick(ARRAY[
         'Returned unworn within 30 days, full refund.',
         'Refund to the card ending ' || fixture_gen.digits('oc4', o.o, 4) || '; customer ' || o.fn || ' ' || o.ln || ' called from ' || o.phone || '.',
         'Partial refund: stove arrived dented. Photos sent by ' || o.email || '.',
         'Goodwill refund, customer is recovering from a knee operation and could not use the boots.',
         'Refund of shipping costs only.'], 'orc', o.o),
       o.at + interval '12 days'
FROM mgen.o o WHERE o.status = 'closed' OR o.o % 13 = 0;

CREATE TABLE sales_shipment_track (
  entity_id integer PRIMARY KEY,
  parent_id integer NOT NULL,
  weight numeric(12,4),
  qty numeric(12,4),
  order_id integer NOT NULL,
  track_number text,
  description text,
  title varchar(255),
  carrier_code varchar(32),
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
INSERT INTO sales_shipment_track
SELECT o.o, o.o, round(0.4 + fixture_gen.n('otw', o.o, 60) / 10.0, 4), 1 + o.o % 3, o.o,
       CASE WHEN o.shipm = 'dhlexpress_N' THEN fixture_gen.digits('otn', o.o, 10)
            WHEN o.iso = 'GB' THEN 'JD' || fixture_gen.digits('otn', o.o, 16)
            ELSE '1Z' || fixture_gen.chars('otn', o.o, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') || fixture_gen.digits('otn2', o.o, 10) END,
       NULL,
       CASE WHEN o.shipm = 'dhlexpress_N' THEN 'DHL' WHEN o.iso = 'GB' THEN 'Royal Mail Tracked 48' ELSE 'United Parcel Service' END,
       CASE WHEN o.shipm = 'dhlexpress_N' THEN 'dhl' WHEN o.iso = 'GB' THEN 'custom' ELSE 'ups' END,
       o.at + interval '1 day', o.at + interval '1 day'
FROM mgen.o o WHERE o.status IN ('complete', 'closed');

-- Admin, ACL, integrations ---------------------------------------------------

CREATE TABLE admin_user (
  user_id integer PRIMARY KEY,
  firstname varchar(32),
  lastname varchar(32),
  email varchar(128),
  username varchar(40) UNIQUE,
  password varchar(255) NOT NULL,
  created timestamp NOT NULL,
  modified timestamp,
  logdate timestamp,
  lognum smallint NOT NULL DEFAULT 0,
  reload_acl_flag smallint NOT NULL DEFAULT 0,
  is_active smallint NOT NULL DEFAULT 1,
  extra text,
  rp_token text,
  rp_token_created_at timestamp,
  interface_locale varchar(16) NOT NULL DEFAULT 'en_US',
  failures_num smallint DEFAULT 0,
  first_failure timestamp,
  lock_expires timestamp
);
INSERT INTO admin_user
SELECT u, fn, ln, email, username, mgen.pwd('apw', u), mgen.ts('acr', u), mgen.ts('acr', u) + interval '40 days', timestamp '2024-05-20 07:00:00' + make_interval(mins => fixture_gen.n('alog', u, 15000)),
       50 + fixture_gen.n('alogn', u, 3000), 0, CASE WHEN u = 7 THEN 0 ELSE 1 END,
       '{"configState":{"general_country":"1","general_locale":"0","web_secure":"0","payment_gb_braintree_section":"1","sales_email_order":"' || (u % 2) || '"}'
         || CASE WHEN u = 1 THEN ',"admin_notifications_seen":true' ELSE '' END || '}',
       CASE WHEN u IN (3, 6) THEN mgen.hx('arp', u, 32) END, CASE WHEN u IN (3, 6) THEN mgen.ts('arpa', u) END,
       loc, CASE WHEN u = 6 THEN 2 ELSE 0 END, CASE WHEN u = 6 THEN mgen.ts('aff', u) END, NULL
FROM (VALUES (1, 'Lena', 'Vogt', 'lena.vogt@fjellstad-outdoor.com', 'lvogt', 'de_DE'),
             (2, 'Tomás', 'Ó Briain', 'tomas.obriain@fjellstad-outdoor.com', 'tobriain', 'en_GB'),
             (3, 'Aïcha', 'Benali', 'aicha.benali@fjellstad-outdoor.com', 'abenali', 'fr_FR'),
             (4, 'Kenji', 'Watanabe', 'k.watanabe@brightcart-agency.co.uk', 'brightcart.kenji', 'en_GB'),
             (5, 'Sigrid', 'Halvorsen', 'sigrid.halvorsen@fjellstad-outdoor.com', 'shalvorsen', 'en_US'),
             (6, 'Oluwaseun', 'Adebayo', 'seun.adebayo@fjellstad-outdoor.com', 'sadebayo', 'en_GB'),
             (7, 'Marek', 'Nowicki', 'marek.nowicki@brightcart-agency.co.uk', 'marek.dev', 'en_US'),
             (8, 'Warehouse', 'Team', 'warehouse@fjellstad-outdoor.com', 'warehouse', 'de_DE')) v(u, fn, ln, email, username, loc);

CREATE TABLE admin_user_session (
  id integer PRIMARY KEY,
  session_id varchar(128),
  user_id integer,
  status smallint NOT NULL DEFAULT 1,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  ip varchar(15) NOT NULL
);
INSERT INTO admin_user_session
SELECT s, fixture_gen.chars('asid', s, 26, 'abcdefghijklmnopqrstuv0123456789'), 1 + s % 8, CASE WHEN s > 110 THEN 1 ELSE fixture_gen.n('ass', s, 3) END,
       timestamp '2024-03-01 07:00:00' + make_interval(hours => s * 10), timestamp '2024-03-01 07:00:00' + make_interval(hours => s * 10, mins => fixture_gen.n('asu', s, 400)),
       CASE WHEN s % 8 IN (3, 6) THEN '81.2.' || (60 + s % 3) || '.' || (10 + s % 5) ELSE fixture_gen.ipv4('aip', s % 8 * 100 + s % 4) END
FROM generate_series(1, 120) s;

CREATE TABLE authorization_role (
  role_id integer PRIMARY KEY,
  parent_id integer NOT NULL DEFAULT 0,
  tree_level smallint NOT NULL DEFAULT 0,
  sort_order smallint NOT NULL DEFAULT 0,
  role_type varchar(1) NOT NULL DEFAULT '0',
  user_id integer NOT NULL DEFAULT 0,
  user_type varchar(16),
  role_name varchar(50)
);
INSERT INTO authorization_role VALUES
 (1, 0, 1, 1, 'G', 0, '2', 'Administrators'), (2, 0, 1, 0, 'G', 0, '2', 'Customer Service'), (3, 0, 1, 0, 'G', 0, '2', 'Agency Developers'), (4, 0, 1, 0, 'G', 0, '2', 'Warehouse');
INSERT INTO authorization_role
SELECT 10 + user_id, CASE WHEN user_id IN (1, 5) THEN 1 WHEN user_id IN (2, 3, 6) THEN 2 WHEN user_id IN (4, 7) THEN 3 ELSE 4 END, 2, 0, 'U', user_id, '2', firstname FROM admin_user;
INSERT INTO authorization_role VALUES (30, 0, 1, 0, 'U', 1, '1', 'ShipStation'), (31, 0, 1, 0, 'U', 2, '1', 'Klaviyo'), (32, 0, 1, 0, 'U', 3, '1', 'Akeneo PIM Connector');

CREATE TABLE oauth_consumer (
  entity_id integer PRIMARY KEY,
  created_at timestamp NOT NULL,
  updated_at timestamp,
  name varchar(255) NOT NULL,
  key varchar(32) NOT NULL UNIQUE,
  secret varchar(128) NOT NULL,
  callback_url text,
  rejected_callback_url text NOT NULL
);
INSERT INTO oauth_consumer
SELECT c, mgen.ts('ocn', c), mgen.ts('ocn', c), name, fixture_gen.chars('ockey', c, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), fixture_gen.chars('ocsec', c, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), cb, ''
FROM (VALUES (1, 'Integration1', 'https://ssapi.shipstation.com/magento2/callback'), (2, 'Integration2', 'https://a.klaviyo.com/magento_two/callback'), (3, 'Integration3', NULL)) v(c, name, cb);

CREATE TABLE oauth_token (
  entity_id integer PRIMARY KEY,
  consumer_id integer,
  admin_id integer,
  customer_id integer,
  type varchar(16) NOT NULL,
  token varchar(32) NOT NULL UNIQUE,
  secret varchar(128) NOT NULL,
  verifier varchar(32),
  callback_url text NOT NULL,
  revoked smallint NOT NULL DEFAULT 0,
  authorized smallint NOT NULL DEFAULT 0,
  user_type integer,
  created_at timestamp NOT NULL
);
INSERT INTO oauth_token
SELECT t, CASE WHEN t <= 3 THEN t END, NULL, NULL, CASE WHEN t <= 3 THEN 'access' ELSE 'request' END,
       fixture_gen.chars('ottok', t, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), fixture_gen.chars('otsec', t, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       fixture_gen.chars('otver', t, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'oob', CASE WHEN t = 5 THEN 1 ELSE 0 END, CASE WHEN t <= 3 THEN 1 ELSE 0 END, 1, mgen.ts('otc', t)
FROM generate_series(1, 6) t;
UPDATE oauth_token SET consumer_id = 1 + entity_id % 3 WHERE consumer_id IS NULL;

CREATE TABLE integration (
  integration_id integer PRIMARY KEY,
  name varchar(255) NOT NULL UNIQUE,
  email varchar(255) NOT NULL,
  endpoint varchar(255),
  status smallint NOT NULL,
  consumer_id integer,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  setup_type smallint NOT NULL DEFAULT 0,
  identity_link_url varchar(255)
);
INSERT INTO integration VALUES
 (1, 'ShipStation', 'priya.raman@fjellstad-outdoor.com', 'https://ssapi.shipstation.com/magento2/activate', 1, 1, '2022-03-14 10:02:11', '2022-03-14 10:05:40', 0, 'https://ss.shipstation.com/#/settings/stores/magento'),
 (2, 'Klaviyo', 'marketing@fjellstad-outdoor.com', 'https://a.klaviyo.com/magento_two/activate', 1, 2, '2022-06-01 15:44:03', '2023-01-09 09:12:51', 0, 'https://www.klaviyo.com/integrations/magento_two/setup'),
 (3, 'Akeneo PIM Connector', 'marek.nowicki@brightcart-agency.co.uk', NULL, 1, 3, '2023-02-20 11:30:00', '2023-02-20 11:30:00', 0, NULL),
 (4, 'Old ERP export (disabled)', 'it@fjellstad-outdoor.com', NULL, 0, NULL, '2021-11-02 08:15:00', '2022-04-01 08:15:00', 0, NULL);

CREATE TABLE core_config_data (
  config_id integer PRIMARY KEY,
  scope varchar(8) NOT NULL DEFAULT 'default',
  scope_id integer NOT NULL DEFAULT 0,
  path varchar(255) NOT NULL DEFAULT 'general',
  value text,
  updated_at timestamp NOT NULL,
  UNIQUE (scope, scope_id, path)
);
INSERT INTO core_config_data (config_id, scope, scope_id, path, value, updated_at)
SELECT row_number() OVER (), scope, scope_id, path, value, timestamp '2022-02-01 09:00:00' + make_interval(days => row_number() OVER ()::int * 3)
FROM (VALUES
 ('default', 0, 'web/unsecure/base_url', 'https://www.fjellstad-outdoor.com/'),
 ('default', 0, 'web/secure/base_url', 'https://www.fjellstad-outdoor.com/'),
 ('default', 0, 'general/locale/code', 'en_GB'),
 ('stores', 2, 'general/locale/code', 'de_DE'),
 ('stores', 3, 'general/locale/code', 'fr_FR'),
 ('default', 0, 'general/country/default', 'DE'),
 ('default', 0, 'general/country/allow', 'AT,BE,CH,DE,ES,FR,GB,IE,IT,LU,NL,PT'),
 ('default', 0, 'currency/options/base', 'EUR'),
 ('default', 0, 'general/store_information/name', 'Fjellstad Outdoor GmbH'),
 ('default', 0, 'general/store_information/phone', '+49 89 2154 8830'),
 ('default', 0, 'general/store_information/hours', 'Mo-Fr 9:00-18:00'),
 ('default', 0, 'general/store_information/country_id', 'DE'),
 ('default', 0, 'general/store_information/postcode', '80337'),
 ('default', 0, 'general/store_information/city', 'München'),
 ('default', 0, 'general/store_information/street_line1', 'Lindwurmstraße 101'),
 ('default', 0, 'general/store_information/merchant_vat_number', 'DE' || '294811736'),
 ('default', 0, 'trans_email/ident_general/name', 'Fjellstad Outdoor'),
 ('default', 0, 'trans_email/ident_general/email', 'hello@fjellstad-outdoor.com'),
 ('default', 0, 'trans_email/ident_sales/email', 'orders@fjellstad-outdoor.com'),
 ('default', 0, 'trans_email/ident_support/email', 'support@fjellstad-outdoor.com'),
 ('default', 0, 'contact/email/recipient_email', 'lena.vogt@fjellstad-outdoor.com'),
 ('default', 0, 'sales_email/order/copy_to', 'sigrid.halvorsen@fjellstad-outdoor.com,orders-archive@fjellstad-outdoor.com'),
 ('default', 0, 'catalog/seo/product_url_suffix', '.html'),
 ('default', 0, 'customer/password/required_character_classes_number', '3'),
 ('default', 0, 'customer/address/taxvat_show', 'opt'),
 ('default', 0, 'customer/address/dob_show', 'opt'),
 ('default', 0, 'payment/braintree/active', '1'),
 ('default', 0, 'payment/braintree/environment', 'production'),
 ('default', 0, 'payment/braintree/merchant_id', mgen.rs('bmid', 1, 16)),
 ('default', 0, 'payment/braintree/public_key', lower(mgen.rs('bpub', 1, 16))),
 ('default', 0, 'payment/braintree/private_key', mgen.enc('bpriv', 1, 32)),
 ('default', 0, 'paypal/wpp/api_username', mgen.enc('ppu', 1, 40)),
 ('default', 0, 'paypal/wpp/api_password', mgen.enc('ppp', 1, 16)),
 ('default', 0, 'paypal/wpp/api_signature', mgen.enc('pps', 1, 56)),
 ('default', 0, 'paypal/general/business_account', 'payments@fjellstad-outdoor.com'),
 ('default', 0, 'system/smtp/disable', '0'),
 ('default', 0, 'system/smtp/transport', 'smtp'),
 ('default', 0, 'system/smtp/host', 'smtp.eu.mailgun.org'),
 ('default', 0, 'system/smtp/port', '587'),
 ('default', 0, 'system/smtp/username', 'postmaster@mg.fjellstad-outdoor.com'),
 ('default', 0, 'system/smtp/password', mgen.enc('smtp', 1, 50)),
 ('default', 0, 'carriers/dhl/id', mgen.enc('dhlid', 1, 12)),
 ('default', 0, 'carriers/dhl/password', mgen.enc('dhlpw', 1, 14)),
 ('default', 0, 'carriers/dhl/account', fixture_gen.digits('dhlacc', 1, 9)),
 ('default', 0, 'carriers/ups/access_license_number', mgen.enc('upsl', 1, 16)),
 ('default', 0, 'carriers/flatrate/price', '4.95'),
 ('default', 0, 'recaptcha_frontend/type_recaptcha_v3/public_key', '6Lc' || mgen.rs('rcpub', 1, 37)),
 ('default', 0, 'recaptcha_frontend/type_recaptcha_v3/private_key', '6Lc' || mgen.rs('rcpriv', 1, 37)),
 ('default', 0, 'google/analytics/account', 'G-' || fixture_gen.chars('ga', 1, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')),
 ('default', 0, 'cataloginventory/options/show_out_of_stock', '1'),
 ('default', 0, 'klaviyo_reclaim_general/general/private_api_key', 'pk_' || mgen.hx('klav', 1, 34)),
 ('default', 0, 'klaviyo_reclaim_general/general/public_api_key', mgen.rs('klpub', 1, 6)),
 ('default', 0, 'newrelicreporting/general/api', mgen.enc('nr', 1, 40)),
 ('default', 0, 'newrelicreporting/general/insights_insert_key', 'NRII-' || mgen.rs('nrii', 1, 32)),
 ('default', 0, 'catalog/search/engine', 'opensearch'),
 ('default', 0, 'catalog/search/opensearch_server_hostname', 'opensearch.internal'),
 ('default', 0, 'catalog/search/opensearch_password', 'Fj3ll-' || mgen.rs('ospw', 1, 10)),
 ('default', 0, 'admin/security/session_lifetime', '3600'),
 ('default', 0, 'dev/js/merge_files', '1'),
 ('websites', 1, 'design/head/default_title', 'Fjellstad Outdoor - Gear for the mountains'),
 ('stores', 2, 'design/head/default_title', 'Fjellstad Outdoor - Ausrüstung für die Berge'),
 ('stores', 3, 'design/head/default_title', 'Fjellstad Outdoor - Équipement de montagne'),
 ('default', 0, 'design/footer/copyright', '© 2024 Fjellstad Outdoor GmbH. All rights reserved.'),
 ('default', 0, 'checkout/options/guest_checkout', '1'),
 ('default', 0, 'sales/gift_options/allow_order', '1'),
 ('default', 0, 'crontab/default/jobs/analytics_collect_data/schedule/cron_expr', '00 02 * * *')
) v(scope, scope_id, path, value);

-- Newsletter, reviews, search --------------------------------------------------

CREATE TABLE newsletter_subscriber (
  subscriber_id integer PRIMARY KEY,
  store_id smallint DEFAULT 0,
  change_status_at timestamp,
  customer_id integer NOT NULL DEFAULT 0,
  subscriber_email varchar(150),
  subscriber_status integer NOT NULL DEFAULT 0,
  subscriber_confirm_code varchar(32) DEFAULT 'NULL'
);
INSERT INTO newsletter_subscriber
SELECT s, CASE WHEN s <= 240 THEN p.store ELSE 1 + s % 3 END, mgen.ts('nsc', s),
       CASE WHEN s <= 240 THEN s ELSE 0 END, CASE WHEN s <= 240 THEN p.email ELSE fixture_gen.email('nse', s) END,
       fixture_gen.pick(ARRAY['1', '1', '1', '3', '2'], 'nss', s)::int, fixture_gen.chars('nscc', s, 32, 'abcdefghijklmnopqrstuvwxyz0123456789')
FROM generate_series(1, 300) s LEFT JOIN mgen.p p ON p.i = s
WHERE s > 240 OR s % 3 = 0;

CREATE TABLE review (
  review_id bigint PRIMARY KEY,
  created_at timestamp NOT NULL,
  entity_id smallint NOT NULL DEFAULT 0,
  entity_pk_value integer NOT NULL DEFAULT 0,
  status_id smallint NOT NULL DEFAULT 0
);
INSERT INTO review SELECT r, mgen.ts('rvc', r), 1, 100 + fixture_gen.n('rvp', r, 10), fixture_gen.pick(ARRAY['1', '1', '1', '2', '3'], 'rvs', r)::int FROM generate_series(1, 150) r;

CREATE TABLE review_detail (
  detail_id bigint PRIMARY KEY,
  review_id bigint NOT NULL DEFAULT 0,
  store_id smallint DEFAULT 0,
  title varchar(255) NOT NULL,
  detail text NOT NULL,
  nickname varchar(128) NOT NULL,
  customer_id integer
);
INSERT INTO review_detail
SELECT r, r, p.store,
       fixture_gen.pick(ARRAY['Great tent', 'Warm and light', 'Runs small', 'Perfect gift for Grandpa ' || p.ln, 'Not waterproof', 'Top Qualität', 'Très bon produit', 'Does the job', 'Worth every penny', 'Survived the Cairngorms'], 'rvt', r),
       fixture_gen.pick(ARRAY[
         'Pitched it in ten minutes on the first try, stayed dry through two nights of rain in Snowdonia.',
         'Bought this for my husband ' || fixture_gen.first_name('rvh', r) || ' for our trip to the Dolomites, he loves it.',
         'Size up, I normally wear a M and needed a L.',
         'The zip broke after three weeks. Customer service (thanks ' || fixture_gen.pick(ARRAY['Tomás', 'Aïcha', 'Seun'], 'rvcs', r) || '!) sent a new one within days.',
         'Used it on the Camino with my daughter ' || fixture_gen.first_name('rvd', r) || ', boiled water in under four minutes.',
         'Sehr leicht, passt gut in den Rucksack.',
         'Good product but delivery to ' || p.street || ' took ten days.',
         'As a mountain guide in ' || p.city || ' I use this every week; holds up well.',
         'Engraving came out beautifully.',
         'Packs down small, warm enough down to minus five.'], 'rvd', r),
       CASE WHEN r % 4 = 0 THEN p.fn WHEN r % 4 = 1 THEN p.fn || ' ' || left(p.ln, 1) || '.' WHEN r % 4 = 2 THEN p.fn || ' ' || p.ln ELSE fixture_gen.ascii(p.fn) || (1970 + fixture_gen.n('rvy', r, 40)) END,
       CASE WHEN r % 3 = 0 THEN NULL ELSE p.i END
FROM generate_series(1, 150) r JOIN mgen.p p ON p.i = 1 + fixture_gen.n('rvu', r, 240);

CREATE TABLE search_query (
  query_id integer PRIMARY KEY,
  query_text varchar(255),
  num_results integer NOT NULL DEFAULT 0,
  popularity integer NOT NULL DEFAULT 0,
  redirect varchar(255),
  store_id smallint NOT NULL DEFAULT 0,
  display_in_terms smallint NOT NULL DEFAULT 1,
  is_active smallint DEFAULT 1,
  is_processed smallint DEFAULT 0,
  updated_at timestamp NOT NULL,
  UNIQUE (query_text, store_id)
);
INSERT INTO search_query
SELECT DISTINCT ON (t, 1 + q % 3) q, t, CASE WHEN q % 5 = 0 THEN 0 ELSE 1 + fixture_gen.n('sqn', q, 80) END, 1 + fixture_gen.n('sqp', q, 400) * CASE WHEN q % 5 = 0 THEN 0 ELSE 1 END + 1,
       CASE WHEN t = 'tent' THEN 'https://www.fjellstad-outdoor.com/tents.html' END, 1 + q % 3, 1, 1, 0, mgen.ts('squ', q)
FROM (SELECT q, CASE WHEN q % 5 = 0 THEN fixture_gen.pick(ARRAY[
          'order ' || lpad((100000 + q)::text, 9, '0'), fixture_gen.email('sqe', q), fixture_gen.full_name('sqn', q) || ' order', 'return ' || fixture_gen.last_name('sqr', q),
          fixture_gen.phone('sqph', q), 'gift card ' || fixture_gen.first_name('sqg', q)], 'sqx', q)
        ELSE fixture_gen.pick(ARRAY['tent', 'down jacket', 'stove', 'ice axe', 'bivvy bag', 'Schlafsack', 'veste pluie', 'headlamp', 'boots women 38', 'crampons', 'kids rain jacket', 'gas canister', 'trekking poles', 'Zelt 2 Personen', 'sac à dos 40l', 'merino base layer', 'gaiters', 'water filter', 'harness', 'chalk bag'], 'sqt', q) || CASE WHEN q > 20 THEN ' ' || (q / 20) ELSE '' END END AS t
      FROM generate_series(1, 200) q) s
ORDER BY t, 1 + q % 3, q;

-- Message queue --------------------------------------------------------------

CREATE TABLE queue_message (
  id bigint PRIMARY KEY,
  topic_name varchar(255),
  body text
);
INSERT INTO queue_message
SELECT m, t,
       CASE t
         WHEN 'async.magento.customer.api.accountmanagementinterface.createaccount.post' THEN
           '{"id":' || m || ',"bulk_uuid":"' || fixture_gen.uuid('qmb', m) || '","topic_name":"' || t || '","serialized_data":' || fixture_gen.js('{"entity_id":null,"entity_link":"","meta_information":{"customer":{"email":' || fixture_gen.js(p.email) || ',"firstname":' || fixture_gen.js(p.fn) || ',"lastname":' || fixture_gen.js(p.ln)
             || ',"dob":"' || p.dob || '","website_id":1,"addresses":[{"street":[' || fixture_gen.js(p.street) || '],"city":' || fixture_gen.js(p.city) || ',"postcode":"' || p.pc || '","country_id":"' || p.iso || '","telephone":' || fixture_gen.js(p.phone) || ',"default_billing":true}]},"password":' || fixture_gen.js(fixture_gen.pick(ARRAY['Summer', 'Bergsteiger', 'Kilimanjaro', 'Montagne'], 'qmpw', m) || (1980 + m % 40) || '!') || '}}') || ',"result_serialized_data":null,"status":4,"error_code":null}'
         WHEN 'sales_rule.codegenerator' THEN '{"rule_id":' || (3 + m % 4) || ',"qty":"100","length":"12","format":"alphanum","prefix":"FJ-","suffix":"","dash":"4","quantity":"100"}'
         WHEN 'inventory.reservations.update' THEN '[{"sku":"' || fixture_gen.pick(ARRAY['FJ-TENT-2P-GRN', 'FJ-STOVE-TI', 'FJ-HEADLAMP-400'], 'qmsku', m) || '","stock":1,"quantity":"-' || (1 + m % 3) || '.0000"}]'
         WHEN 'product_action_attribute.update' THEN '{"product_ids":[' || (100 + m % 10) || ',' || (101 + m % 9) || '],"attributes":{"status":"1"},"store_id":0,"user_id":' || (1 + m % 3) || '}'
         WHEN 'export' THEN '{"entity":"customer","file_format":"csv","export_filter":{"email":"","created_at":["2023-01-01","2023-12-31"]},"user_id":1,"file_name":"customer_20240' || (1 + m % 5) || '1.csv"}'
         ELSE '{"entity_id":' || (1 + m % 320) || ',"store_id":"1"}' END
FROM generate_series(1, 90) m JOIN mgen.p p ON p.i = 1 + fixture_gen.n('qmu', m, 240),
     LATERAL (SELECT (ARRAY['async.magento.customer.api.accountmanagementinterface.createaccount.post', 'sales_rule.codegenerator', 'inventory.reservations.update', 'product_action_attribute.update', 'export', 'sales.rule.update.coupon.usage'])[1 + m % 6] AS t) x;

-- Sessions and login helpers -----------------------------------------------------

CREATE TABLE persistent_session (
  persistent_id integer PRIMARY KEY,
  key varchar(50) NOT NULL UNIQUE,
  customer_id integer UNIQUE,
  website_id smallint NOT NULL DEFAULT 0,
  info text,
  updated_at timestamp NOT NULL
);
INSERT INTO persistent_session SELECT row_number() OVER (ORDER BY i), mgen.rs('psk', i, 50), i, 1, NULL, mgen.ts('psu', i) FROM mgen.p WHERE i % 3 = 1;

CREATE TABLE login_as_customer (
  secret varchar(64) PRIMARY KEY,
  customer_id integer NOT NULL,
  admin_id integer NOT NULL,
  created_at timestamp
);
INSERT INTO login_as_customer SELECT mgen.hx('lac', l, 64), 1 + fixture_gen.n('lacc', l, 240), CASE WHEN l % 2 = 0 THEN 2 ELSE 6 END, mgen.ts('lact', l) FROM generate_series(1, 40) l;

CREATE TABLE password_reset_request_event (
  id integer PRIMARY KEY,
  request_type smallint NOT NULL DEFAULT 0,
  account_reference varchar(255),
  created_at timestamp NOT NULL,
  ip varchar(15) NOT NULL
);
INSERT INTO password_reset_request_event
SELECT e, CASE WHEN e % 10 = 0 THEN 1 ELSE 0 END,
       CASE WHEN e % 10 = 0 THEN (SELECT email FROM admin_user WHERE user_id = 1 + e % 7) WHEN e % 7 = 0 THEN fixture_gen.email('prw', e) ELSE p.email END,
       mgen.ts('prc', e), p.ip
FROM generate_series(1, 80) e JOIN mgen.p p ON p.i = 1 + fixture_gen.n('pru', e, 240);

CREATE TABLE captcha_log (
  type varchar(32) NOT NULL,
  value varchar(255) NOT NULL,
  count integer NOT NULL DEFAULT 0,
  updated_at timestamp,
  PRIMARY KEY (type, value)
);
INSERT INTO captcha_log
SELECT DISTINCT ON (t, v) t, v, 1 + fixture_gen.n('clc', c, 6), mgen.ts('clu', c)
FROM (SELECT g.c, CASE WHEN g.c % 2 = 0 THEN '1' ELSE '2' END AS t, CASE WHEN g.c % 2 = 0 THEN fixture_gen.ipv4('clip', g.c) ELSE p.email END AS v
      FROM generate_series(1, 90) g(c) JOIN mgen.p p ON p.i = 1 + fixture_gen.n('clp', g.c, 240)) s
ORDER BY t, v, c;

-- CMS and catalog (the shop's own copy) --------------------------------------------

CREATE TABLE cms_page (
  page_id smallint PRIMARY KEY,
  title varchar(255),
  page_layout varchar(255),
  meta_keywords text,
  meta_description text,
  identifier varchar(100),
  content_heading varchar(255),
  content text,
  creation_time timestamp NOT NULL,
  update_time timestamp NOT NULL,
  is_active smallint NOT NULL DEFAULT 1
);
INSERT INTO cms_page
SELECT pg, title, CASE WHEN pg = 1 THEN '1column' ELSE 'cms-full-width' END, kw, 'Fjellstad Outdoor: ' || title, ident, title,
       '<div class="cms-content"><h2>' || title || '</h2><p>' || body || '</p><p>' || fixture_gen.sentence('cmsp', pg) || '</p></div>',
       timestamp '2021-11-01 10:00:00' + make_interval(days => pg * 11), timestamp '2023-03-01 10:00:00' + make_interval(days => pg * 17), CASE WHEN pg = 9 THEN 0 ELSE 1 END
FROM (VALUES
 (1, 'Home page', 'home', 'outdoor, tents, jackets', 'New season: ultralight tents and 3-layer shells for alpine routes.'),
 (2, '404 Not Found', 'no-route', NULL, 'The page you requested was not found. Try our search or browse our categories.'),
 (3, 'Enable Cookies', 'enable-cookies', NULL, 'Cookies must be enabled in your browser to use the shopping cart.'),
 (4, 'Privacy and Cookie Policy', 'privacy-policy-cookie-restriction-mode', 'privacy, gdpr', 'We process order data to fulfil your order and keep invoices for ten years as required by German tax law.'),
 (5, 'Shipping & Returns', 'shipping-returns', 'shipping, returns', 'Free shipping over 100 EUR within the EU. Returns are free within 30 days of delivery.'),
 (6, 'Size Guide', 'size-guide', 'sizes', 'Measure your chest at its widest point and compare with the table below.'),
 (7, 'About Us', 'about-us', NULL, 'Founded in 2009 by a group of climbers from Munich and Tromsø, we test every product in the Alps and in Norway.'),
 (8, 'Tent Care', 'tent-care', 'tent, care, proofing', 'Dry your tent completely before storage and re-proof the fly every two seasons.'),
 (9, 'Black Friday 2022', 'black-friday-2022', NULL, 'Up to 40% off selected down jackets while stocks last.'),
 (10, 'Imprint', 'impressum', NULL, 'Fjellstad Outdoor GmbH, Lindwurmstraße 101, 80337 München. Registergericht München HRB 188342.')
) v(pg, title, ident, kw, body);

CREATE TABLE cms_block (
  block_id smallint PRIMARY KEY,
  title varchar(255) NOT NULL,
  identifier varchar(255) NOT NULL,
  content text,
  creation_time timestamp NOT NULL,
  update_time timestamp NOT NULL,
  is_active smallint NOT NULL DEFAULT 1
);
INSERT INTO cms_block
SELECT b, title, ident, content, timestamp '2022-01-10 09:00:00' + make_interval(days => b * 9), timestamp '2023-06-10 09:00:00' + make_interval(days => b * 5), 1
FROM (VALUES
 (1, 'Footer links', 'footer_links', '<ul class="footer links"><li><a href="{{store url="shipping-returns"}}">Shipping &amp; Returns</a></li><li><a href="{{store url="size-guide"}}">Size Guide</a></li></ul>'),
 (2, 'Free shipping banner', 'free_shipping_banner', '<div class="banner">Free shipping on orders over 100 EUR</div>'),
 (3, 'Kids Club promo', 'kids_club', '<p>Join the Kids Club and get a birthday voucher every year.</p>'),
 (4, 'Checkout trust badges', 'checkout_trust', '<div class="trust"><img src="{{media url="wysiwyg/badges/trusted-shops.png"}}" alt="Trusted Shops"/></div>'),
 (5, 'Category tents top', 'category_tents_top', '<p>From ultralight solo shelters to family tunnel tents.</p>'),
 (6, 'Newsletter teaser', 'newsletter_teaser', '<p>Sign up for 10% off your first order.</p>'),
 (7, 'Product care icons', 'care_icons', '<div class="care">{{widget type="Magento\\Cms\\Block\\Widget\\Block" template="widget/static_block/default.phtml" block_id="8"}}</div>'),
 (8, 'Warranty note', 'warranty_note', '<p>All Fjellstad products carry a 3-year warranty.</p>')
) v(b, title, ident, content);

CREATE TABLE catalog_product_entity (
  entity_id integer PRIMARY KEY,
  attribute_set_id smallint NOT NULL DEFAULT 0,
  type_id varchar(32) NOT NULL DEFAULT 'simple',
  sku varchar(64) NOT NULL,
  has_options smallint NOT NULL DEFAULT 0,
  required_options smallint NOT NULL DEFAULT 0,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
INSERT INTO catalog_product_entity SELECT 100 + k, 4 + k % 3, 'simple', sku, CASE WHEN engr THEN 1 ELSE 0 END, 0, timestamp '2021-10-01' + make_interval(days => k * 20), timestamp '2023-09-01' + make_interval(days => k * 4) FROM mgen.prod;

CREATE TABLE catalog_product_entity_varchar (
  value_id integer PRIMARY KEY,
  attribute_id smallint NOT NULL DEFAULT 0,
  store_id smallint NOT NULL DEFAULT 0,
  entity_id integer NOT NULL DEFAULT 0,
  value varchar(255),
  UNIQUE (entity_id, attribute_id, store_id)
);
INSERT INTO catalog_product_entity_varchar
SELECT row_number() OVER (ORDER BY k, a, st), a, st, 100 + k,
       CASE a WHEN 73 THEN CASE st WHEN 0 THEN name WHEN 2 THEN replace(replace(replace(name, 'Women''s', 'Damen'), 'Men''s', 'Herren'), 'Tent', 'Zelt') ELSE replace(replace(name, 'Women''s', 'Femme'), 'Tent', 'Tente') END
              WHEN 84 THEN name || ' | Fjellstad Outdoor'
              WHEN 87 THEN '/' || substr(lower(sku), 1, 1) || '/' || substr(lower(sku), 2, 1) || '/' || lower(sku) || '_main.jpg'
              WHEN 121 THEN regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')
              ELSE fixture_gen.pick(ARRAY['Moss Green', 'Glacier Blue', 'Ember Orange', 'Graphite'], 'pcol', k) END
FROM mgen.prod, unnest(ARRAY[73, 84, 87, 121, 139]) a, unnest(ARRAY[0, 2, 3]) st
WHERE st = 0 OR a = 73;

SELECT fixture_gen.reset_sequences('public');
SET client_min_messages = warning;
DROP SCHEMA mgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
