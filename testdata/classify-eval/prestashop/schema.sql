-- classify-eval fixture (HOLDOUT 38: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- PrestaShop 8.1 web shop on PostgreSQL, in the schema its installer creates
-- (install/data/db_structure.sql) ported as it is: the ps_ prefix, singular
-- table names, id_<table> integer keys and id_<other> foreign keys, _lang
-- tables for translations, tinyint flags as smallint, datetime as timestamp,
-- date_add/date_upd on most tables. A subset of its tables with their real
-- columns (ps_product trimmed to its commonest ones). "Maison Cuivre", a
-- Lyon cookware shop selling across Europe, the UK, the US, India and Japan,
-- with three shops of its own (Lyon, Paris, Bordeaux) and a small team in the
-- back office. Customers (B2B ones with company, SIRET and APE code; guests;
-- bcrypt hashes beside legacy md5 ones of accounts migrated from 1.6; the
-- merchant's private notes), addresses with delivery instructions, VAT and
-- national id numbers, supplier addresses, orders with gift messages and
-- internal notes, invoices whose shop_address is the shop's, payments with
-- masked cards and holders, carriers' tracking numbers, order messages and
-- the customer service threads with what customers wrote, their IPs and
-- browsers, guests and connections (IPs as ip2long integers), landing pages
-- and referers, employees with bcrypt hashes and back-office preferences,
-- employee and customer sessions, the configuration key/value table mixing
-- settings with the shop's contact details and SMTP, Stripe, PayPal and
-- Mailchimp credentials, webservice keys, carts with secure keys and
-- checkout session JSON, cart rules (promotions and goodwill vouchers for a
-- named customer), affiliates in ps_referrer, the shop's public stores and
-- role mailboxes, the catalogue, search words and what visitors searched,
-- the back-office log, the mail log, newsletter sign-ups, product
-- customizations (engravings), saved grid filters and SQL manager queries.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA psgen;
SET client_min_messages = warning;

-- hex32: md5 hex (secure_key, legacy password hashes); hex40: sha1-shaped.
CREATE FUNCTION psgen.hex32(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT md5('ps' || tag || ':' || i) $$;

CREATE FUNCTION psgen.hex40(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn('ps' || tag, i, 40) $$;

-- bcrypt as PHP's password_hash() writes it ($2y$10$).
CREATE FUNCTION psgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- at: a time between two dates, to the second.
CREATE FUNCTION psgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM hi - lo)::int)))
$$;

-- ip2long: PHP's ip2long() of a dotted IPv4, as ps_connections stores it.
CREATE FUNCTION psgen.ip2long(ip text) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
  SELECT split_part(ip, '.', 1)::bigint * 16777216 + split_part(ip, '.', 2)::bigint * 65536 + split_part(ip, '.', 3)::bigint * 256 + split_part(ip, '.', 4)::bigint
$$;

CREATE FUNCTION psgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.52',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0',
    'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'], tag, i)
$$;

-- The countries customers live in: PrestaShop's own ids, ISO code, the
-- language they shop in, and an example city, postcode and state id.
CREATE TABLE psgen.ctry (k int PRIMARY KEY, id_country int, iso text, id_lang int, cities text[], pcs text[], vat bool);
INSERT INTO psgen.ctry VALUES
 (0, 8, 'FR', 1, ARRAY['Lyon', 'Villeurbanne', 'Grenoble', 'Annecy', 'Paris', 'Bordeaux', 'Nantes', 'Lille'], ARRAY['69003', '69100', '38000', '74000', '75011', '33000', '44000', '59000'], true),
 (1, 8, 'FR', 1, ARRAY['Marseille', 'Montpellier', 'Toulouse', 'Rennes', 'Strasbourg', 'Dijon'], ARRAY['13006', '34000', '31000', '35000', '67000', '21000'], true),
 (2, 1, 'DE', 2, ARRAY['Berlin', 'München', 'Köln', 'Hamburg', 'Leipzig'], ARRAY['10115', '80331', '50667', '20095', '04109'], true),
 (3, 17, 'GB', 3, ARRAY['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh'], ARRAY['SE15 4QN', 'M14 5RZ', 'LS6 2AB', 'BS3 1DX', 'EH6 6QB'], false),
 (4, 6, 'ES', 4, ARRAY['Madrid', 'Barcelona', 'Sevilla', 'Valencia'], ARRAY['28004', '08012', '41003', '46001'], true),
 (5, 10, 'IT', 5, ARRAY['Milano', 'Torino', 'Bologna', 'Roma'], ARRAY['20121', '10121', '40125', '00184'], true),
 (6, 3, 'BE', 1, ARRAY['Bruxelles', 'Liège', 'Namur', 'Gent'], ARRAY['1050', '4000', '5000', '9000'], true),
 (7, 21, 'US', 3, ARRAY['Portland', 'Austin', 'Brooklyn', 'Chicago'], ARRAY['97214', '78704', '11211', '60614'], false),
 (8, 110, 'IN', 3, ARRAY['Bengaluru', 'Pune', 'Mumbai'], ARRAY['560034', '411001', '400050'], false),
 (9, 11, 'JP', 3, ARRAY['Osaka', 'Tokyo', 'Kyoto'], ARRAY['530-0001', '150-0002', '604-8005'], false);

-- Female given names of fixture_gen's list, for id_gender.
CREATE FUNCTION psgen.fem(first text) RETURNS bool
LANGUAGE sql IMMUTABLE AS $$
  SELECT first = ANY (ARRAY['Amelia', 'Sofía', 'Chloé', 'Hannah', 'Aoife', 'Priya', 'Mei', 'Yuki', 'Minji', 'Fatima', 'Aylin', 'Ngozi', 'Amara',
    'Olga', 'Zofia', 'Ingrid', 'Beatriz', 'Giulia', 'Thandiwe', 'Linh', 'Ananya', 'Elif', 'Leila', 'Sanna'])
$$;

-- The people: 260 customers (ids 1..260; every seventh a guest checkout,
-- every eleventh a business), with everything the tables below copy.
CREATE TABLE psgen.p AS
SELECT i, first, last, fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@'
         || fixture_gen.pick(CASE c.iso WHEN 'FR' THEN ARRAY['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'sfr.fr'] WHEN 'DE' THEN ARRAY['web.de', 'gmx.de', 'gmail.com', 't-online.de']
           WHEN 'GB' THEN ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk'] WHEN 'JP' THEN ARRAY['yahoo.co.jp', 'gmail.com', 'docomo.ne.jp'] WHEN 'IN' THEN ARRAY['gmail.com', 'rediffmail.com', 'outlook.com']
           ELSE ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'libero.it', 'yahoo.es'] END, 'pdom', i) AS email,
       c.id_country, c.iso, c.id_lang, c.vat, fixture_gen.pick(c.cities, 'pcity', i) AS city, fixture_gen.pick(c.pcs, 'pcity', i) AS postcode,
       CASE WHEN psgen.fem(first) THEN 2 ELSE 1 END AS id_gender,
       CASE c.iso WHEN 'FR' THEN '+33 6 ' || fixture_gen.digits('pph', i, 2) || ' ' || fixture_gen.digits('pph2', i, 2) || ' ' || fixture_gen.digits('pph3', i, 2) || ' ' || fixture_gen.digits('pph4', i, 2)
         WHEN 'BE' THEN '0475 ' || fixture_gen.digits('pph', i, 2) || ' ' || fixture_gen.digits('pph2', i, 2) || ' ' || fixture_gen.digits('pph3', i, 2)
         WHEN 'DE' THEN '+49 15' || fixture_gen.digits('pph', i, 1) || ' ' || fixture_gen.digits('pph2', i, 8) WHEN 'GB' THEN '07' || fixture_gen.digits('pph', i, 3) || ' ' || fixture_gen.digits('pph2', i, 6)
         WHEN 'ES' THEN '+34 6' || fixture_gen.digits('pph', i, 2) || ' ' || fixture_gen.digits('pph2', i, 3) || ' ' || fixture_gen.digits('pph3', i, 3)
         WHEN 'IT' THEN '+39 3' || fixture_gen.digits('pph', i, 2) || ' ' || fixture_gen.digits('pph2', i, 7)
         WHEN 'US' THEN '(' || fixture_gen.pick(ARRAY['503', '512', '718', '312'], 'pph', i) || ') ' || (200 + fixture_gen.n('pph2', i, 700))::text || '-' || fixture_gen.digits('pph3', i, 4)
         WHEN 'IN' THEN '+91 9' || fixture_gen.digits('pph', i, 4) || ' ' || fixture_gen.digits('pph2', i, 5)
         ELSE '090-' || fixture_gen.digits('pph', i, 4) || '-' || fixture_gen.digits('pph2', i, 4) END AS mobile,
       CASE c.iso WHEN 'FR' THEN '04 ' || fixture_gen.digits('pfix', i, 2) || ' ' || fixture_gen.digits('pfix2', i, 2) || ' ' || fixture_gen.digits('pfix3', i, 2) || ' ' || fixture_gen.digits('pfix4', i, 2)
         WHEN 'DE' THEN '030 ' || fixture_gen.digits('pfix', i, 8) WHEN 'GB' THEN '0161 ' || fixture_gen.digits('pfix', i, 3) || ' ' || fixture_gen.digits('pfix2', i, 4)
         END AS phone,
       CASE c.iso WHEN 'FR' THEN (1 + fixture_gen.n('pstr', i, 88))::text || ' ' || fixture_gen.pick(ARRAY['rue de la République', 'avenue Jean Jaurès', 'rue Paul Bert', 'cours Lafayette', 'rue des Lilas', 'quai Saint-Vincent', 'rue Garibaldi'], 'pstr', i)
         WHEN 'BE' THEN fixture_gen.pick(ARRAY['Rue du Bailli', 'Chaussée de Waterloo', 'Korenlei', 'Rue Saint-Gilles'], 'pstr', i) || ' ' || (1 + fixture_gen.n('pstr', i, 140))::text
         WHEN 'JP' THEN (1 + fixture_gen.n('pstr', i, 5))::text || '-' || (1 + fixture_gen.n('pstr2', i, 20))::text || '-' || (1 + fixture_gen.n('pstr3', i, 30))::text || ' ' || fixture_gen.pick(ARRAY['Umeda', 'Jingumae', 'Nakagyo-ku Sanjo'], 'pstr', i)
         WHEN 'IN' THEN (1 + fixture_gen.n('pstr', i, 400))::text || ', ' || fixture_gen.pick(ARRAY['80 Feet Road, Koramangala', 'FC Road, Shivajinagar', 'Hill Road, Bandra West'], 'pstr', i)
         WHEN 'DE' THEN fixture_gen.pick(ARRAY['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Schönhauser Allee', 'Venloer Straße'], 'pstr', i) || ' ' || (1 + fixture_gen.n('pstr', i, 120))::text
         WHEN 'ES' THEN fixture_gen.pick(ARRAY['Calle Mayor', 'Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de la Constitución'], 'pstr', i) || ', ' || (1 + fixture_gen.n('pstr', i, 200))::text || ', 3º B'
         WHEN 'IT' THEN fixture_gen.pick(ARRAY['Via Roma', 'Corso Buenos Aires', 'Via Garibaldi', 'Via dell''Indipendenza'], 'pstr', i) || ' ' || (1 + fixture_gen.n('pstr', i, 90))::text
         WHEN 'GB' THEN (1 + fixture_gen.n('pstr', i, 300))::text || ' ' || fixture_gen.pick(ARRAY['Rye Lane', 'Wilbraham Road', 'Otley Road', 'North Street', 'Leith Walk'], 'pstr', i)
         ELSE (1 + fixture_gen.n('pstr', i, 4000))::text || ' ' || fixture_gen.pick(ARRAY['SE Hawthorne Blvd', 'S Congress Ave', 'Bedford Ave', 'N Milwaukee Ave'], 'pstr', i) END AS address1,
       CASE WHEN i % 4 = 0 THEN fixture_gen.pick(ARRAY['Bâtiment B, 3e étage', 'Apt 4B', 'Etage 2, porte gauche', 'c/o ' || fixture_gen.full_name('pco', i), 'Résidence Les Tilleuls', 'Hinterhaus, 2. OG', 'Flat 12'], 'pa2', i) END AS address2,
       fixture_gen.birth_date('pbd', i) AS birthday,
       CASE WHEN i % 11 = 0 THEN fixture_gen.pick(ARRAY['Atelier', 'Bistrot', 'Traiteur', 'Café', 'Boulangerie'], 'pco', i) || ' ' || last
            WHEN i % 23 = 0 THEN last || ' Catering Ltd' END AS company,
       i % 7 = 0 AS guest,
       psgen.at('pcr', i, '2019-03-01', '2024-05-20') AS created,
       fixture_gen.ipv4('pip', i) AS ip
FROM (SELECT g AS i, fixture_gen.first_name('pn', g) AS first, fixture_gen.last_name('pn', g) AS last FROM generate_series(1, 260) g) x
JOIN psgen.ctry c ON c.k = fixture_gen.n('pctry', x.i, 10);

-- Reference tables.
CREATE TABLE ps_lang (
  id_lang serial PRIMARY KEY,
  name varchar(32) NOT NULL,
  active smallint NOT NULL,
  iso_code varchar(2) NOT NULL,
  language_code varchar(5) NOT NULL,
  locale varchar(5) NOT NULL,
  date_format_lite varchar(32) NOT NULL DEFAULT 'Y-m-d',
  date_format_full varchar(32) NOT NULL DEFAULT 'Y-m-d H:i:s',
  is_rtl smallint NOT NULL DEFAULT 0
);
INSERT INTO ps_lang VALUES
 (1, 'Français (French)', 1, 'fr', 'fr', 'fr-FR', 'd/m/Y', 'd/m/Y H:i:s', 0),
 (2, 'Deutsch (German)', 1, 'de', 'de', 'de-DE', 'd.m.Y', 'd.m.Y H:i:s', 0),
 (3, 'English (English)', 1, 'en', 'en-us', 'en-US', 'm/d/Y', 'm/d/Y H:i:s', 0),
 (4, 'Español (Spanish)', 1, 'es', 'es', 'es-ES', 'd/m/Y', 'd/m/Y H:i:s', 0),
 (5, 'Italiano (Italian)', 1, 'it', 'it', 'it-IT', 'd/m/Y', 'd/m/Y H:i:s', 0),
 (6, 'Nederlands (Dutch)', 0, 'nl', 'nl-nl', 'nl-NL', 'd-m-Y', 'd-m-Y H:i:s', 0);

CREATE TABLE ps_shop (
  id_shop serial PRIMARY KEY,
  id_shop_group integer NOT NULL,
  name varchar(64) NOT NULL,
  color varchar(50) NOT NULL,
  id_category integer NOT NULL,
  theme_name varchar(255) NOT NULL,
  active smallint NOT NULL DEFAULT 1,
  deleted smallint NOT NULL DEFAULT 0
);
INSERT INTO ps_shop VALUES (1, 1, 'Maison Cuivre', '', 2, 'classic', 1, 0), (2, 1, 'Maison Cuivre Pro', '#b87333', 2, 'classic', 1, 0);

CREATE TABLE ps_country (
  id_country serial PRIMARY KEY,
  id_zone integer NOT NULL,
  id_currency integer NOT NULL DEFAULT 0,
  iso_code varchar(3) NOT NULL,
  call_prefix integer NOT NULL DEFAULT 0,
  active smallint NOT NULL DEFAULT 0,
  contains_states smallint NOT NULL DEFAULT 0,
  need_identification_number smallint NOT NULL DEFAULT 0,
  need_zip_code smallint NOT NULL DEFAULT 1,
  zip_code_format varchar(12) NOT NULL DEFAULT '',
  display_tax_label smallint NOT NULL
);
INSERT INTO ps_country VALUES
 (1, 1, 0, 'DE', 49, 1, 0, 0, 1, 'NNNNN', 1), (2, 1, 0, 'AT', 43, 1, 0, 0, 1, 'NNNN', 1), (3, 1, 0, 'BE', 32, 1, 0, 0, 1, 'NNNN', 1),
 (6, 1, 0, 'ES', 34, 1, 0, 1, 1, 'NNNNN', 1), (8, 1, 0, 'FR', 33, 1, 0, 0, 1, 'NNNNN', 1), (10, 1, 0, 'IT', 39, 1, 1, 0, 1, 'NNNNN', 1),
 (11, 3, 0, 'JP', 81, 1, 1, 0, 1, 'NNN-NNNN', 1), (13, 1, 0, 'NL', 31, 1, 0, 0, 1, 'NNNN LL', 1), (17, 7, 0, 'GB', 44, 1, 0, 0, 1, '', 1),
 (19, 7, 0, 'CH', 41, 1, 0, 0, 1, 'NNNN', 1), (21, 2, 0, 'US', 1, 1, 1, 0, 1, 'NNNNN', 0), (110, 3, 0, 'IN', 91, 1, 1, 0, 1, 'NNNNNN', 1);

CREATE TABLE ps_gender (
  id_gender serial PRIMARY KEY,
  type smallint NOT NULL
);
INSERT INTO ps_gender VALUES (1, 0), (2, 1);

CREATE TABLE ps_gender_lang (
  id_gender integer NOT NULL,
  id_lang integer NOT NULL,
  name varchar(20) NOT NULL,
  PRIMARY KEY (id_gender, id_lang)
);
INSERT INTO ps_gender_lang VALUES (1, 1, 'M'), (2, 1, 'Mme'), (1, 2, 'Herr'), (2, 2, 'Frau'), (1, 3, 'Mr'), (2, 3, 'Mrs'),
 (1, 4, 'Sr.'), (2, 4, 'Sra.'), (1, 5, 'Sig.'), (2, 5, 'Sig.ra'), (1, 6, 'Dhr.'), (2, 6, 'Mevr.');

-- Customers (ps_customer as 8.1 creates it).
CREATE TABLE ps_customer (
  id_customer serial PRIMARY KEY,
  id_shop_group integer NOT NULL DEFAULT 1,
  id_shop integer NOT NULL DEFAULT 1,
  id_gender integer NOT NULL,
  id_default_group integer NOT NULL DEFAULT 1,
  id_lang integer,
  id_risk integer NOT NULL DEFAULT 1,
  company varchar(255),
  siret varchar(14),
  ape varchar(6),
  firstname varchar(255) NOT NULL,
  lastname varchar(255) NOT NULL,
  email varchar(255) NOT NULL,
  passwd varchar(255) NOT NULL,
  last_passwd_gen timestamp NOT NULL,
  birthday date,
  newsletter smallint NOT NULL DEFAULT 0,
  ip_registration_newsletter varchar(15),
  newsletter_date_add timestamp,
  optin smallint NOT NULL DEFAULT 0,
  website varchar(128),
  outstanding_allow_amount numeric(20,6) NOT NULL DEFAULT 0.000000,
  show_public_prices smallint NOT NULL DEFAULT 0,
  max_payment_days integer NOT NULL DEFAULT 60,
  secure_key varchar(32) NOT NULL DEFAULT '-1',
  note text,
  active smallint NOT NULL DEFAULT 0,
  is_guest smallint NOT NULL DEFAULT 0,
  deleted smallint NOT NULL DEFAULT 0,
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL,
  reset_password_token varchar(40),
  reset_password_validity timestamp
);
INSERT INTO ps_customer
SELECT p.i, 1, CASE WHEN p.company IS NOT NULL AND p.i % 2 = 0 THEN 2 ELSE 1 END, CASE WHEN p.i % 19 = 0 THEN 0 ELSE p.id_gender END,
       CASE WHEN p.guest THEN 2 WHEN p.company IS NOT NULL THEN 4 ELSE 3 END, p.id_lang,
       CASE WHEN p.company IS NOT NULL THEN 1 + fixture_gen.n('crisk', p.i, 4) ELSE 0 END,
       p.company,
       CASE WHEN p.company IS NOT NULL AND p.iso = 'FR' THEN fixture_gen.luhn(s.siren || fixture_gen.digits('cnic', p.i, 4)) END,
       CASE WHEN p.company IS NOT NULL AND p.iso = 'FR' THEN fixture_gen.pick(ARRAY['5610A', '5610C', '1071C', '5621Z', '4729Z'], 'cape', p.i) END,
       p.first, p.last, p.email,
       CASE WHEN p.i % 9 = 0 AND p.created < '2021-01-01' THEN psgen.hex32('legacypw', p.i) ELSE psgen.bcrypt('cpw', p.i) END,
       p.created + make_interval(days => fixture_gen.n('clpg', p.i, 300)),
       CASE WHEN p.guest OR p.i % 6 = 0 THEN NULL ELSE p.birthday END,
       CASE WHEN p.i % 3 = 0 THEN 1 ELSE 0 END,
       CASE WHEN p.i % 3 = 0 THEN p.ip END,
       CASE WHEN p.i % 3 = 0 THEN p.created + interval '3 minutes' END,
       CASE WHEN p.i % 5 = 0 THEN 1 ELSE 0 END,
       CASE WHEN p.company IS NOT NULL THEN 'https://www.' || lower(fixture_gen.ascii(p.company)) || '.' || lower(p.iso)
            WHEN p.i % 29 = 0 THEN 'https://' || fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) || '.blog'
            WHEN p.i % 31 = 0 THEN 'https://www.instagram.com/' || fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(p.last) || '_cooks' END,
       CASE WHEN p.company IS NOT NULL THEN 1500 ELSE 0 END, 0, CASE WHEN p.company IS NOT NULL THEN 30 ELSE 0 END,
       psgen.hex32('seckey', p.i),
       CASE fixture_gen.n('cnote', p.i, 9)
         WHEN 0 THEN 'Appelée le ' || to_char(p.created + interval '40 days', 'DD/MM') || ' pour une poêle abîmée, préfère être contactée au ' || p.mobile || ' après 18h.'
         WHEN 1 THEN 'Partner (' || fixture_gen.full_name('cnsp', p.i) || ') orders on this account too - check which of them before changing the address.'
         WHEN 2 THEN 'Allergie au nickel (nous l''a dit au téléphone) : ne proposer que la gamme cuivre étamé.'
         WHEN 3 THEN 'Chargeback on order ' || upper(fixture_gen.chars('cnref', p.i, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) || ' in 2022. Bank transfer only.'
         WHEN 4 THEN 'Ami de Chloé (gérante). Remise 15 % accordée à la main, ne pas relancer.'
         WHEN 5 THEN 'Wants invoices sent to the accountant too: ' || fixture_gen.email('cnacc', p.i)
         ELSE NULL END,
       CASE WHEN p.i % 37 = 0 THEN 0 ELSE 1 END, CASE WHEN p.guest THEN 1 ELSE 0 END, CASE WHEN p.i % 53 = 0 THEN 1 ELSE 0 END,
       p.created, p.created + make_interval(days => fixture_gen.n('cupd', p.i, 400)),
       CASE WHEN p.i % 10 = 4 THEN psgen.hex40('crpt', p.i) END,
       CASE WHEN p.i % 10 = 4 THEN p.created + make_interval(days => fixture_gen.n('cupd', p.i, 400), mins => 1440) END
FROM psgen.p p CROSS JOIN LATERAL (SELECT fixture_gen.luhn((1 + fixture_gen.n('csir', p.i, 9))::text || fixture_gen.digits('csir', p.i, 7)) AS siren) s;

-- Addresses: customers' (one or two each) and the suppliers' (id_supplier).
CREATE TABLE ps_address (
  id_address serial PRIMARY KEY,
  id_country integer NOT NULL,
  id_state integer,
  id_customer integer NOT NULL DEFAULT 0,
  id_manufacturer integer NOT NULL DEFAULT 0,
  id_supplier integer NOT NULL DEFAULT 0,
  id_warehouse integer NOT NULL DEFAULT 0,
  alias varchar(32) NOT NULL,
  company varchar(255),
  lastname varchar(255) NOT NULL,
  firstname varchar(255) NOT NULL,
  address1 varchar(128) NOT NULL,
  address2 varchar(128),
  postcode varchar(12),
  city varchar(64) NOT NULL,
  other text,
  phone varchar(32),
  phone_mobile varchar(32),
  vat_number varchar(32),
  dni varchar(16),
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL,
  active smallint NOT NULL DEFAULT 1,
  deleted smallint NOT NULL DEFAULT 0
);
INSERT INTO ps_address
SELECT p.i, p.id_country, CASE p.iso WHEN 'US' THEN 21 + fixture_gen.n('ast', p.i, 4) WHEN 'IT' THEN 140 + fixture_gen.n('ast', p.i, 4) WHEN 'JP' THEN 200 + fixture_gen.n('ast', p.i, 3) WHEN 'IN' THEN 260 + fixture_gen.n('ast', p.i, 3) ELSE 0 END,
       p.i, 0, 0, 0,
       CASE WHEN p.company IS NOT NULL THEN 'Bureau' ELSE fixture_gen.pick(ARRAY['Mon adresse', 'My address', 'Home', 'Maison', 'Zuhause', 'Casa', 'Work'], 'aal', p.i) END,
       p.company, p.last, p.first, p.address1, p.address2, p.postcode, p.city,
       CASE fixture_gen.n('aoth', p.i, 8)
         WHEN 0 THEN 'Code portail 4' || fixture_gen.digits('acode', p.i, 3) || 'B, sonner chez ' || p.last || ' (interphone en panne, appeler le ' || p.mobile || ')'
         WHEN 1 THEN 'If nobody answers leave it with my neighbour ' || fixture_gen.full_name('anb', p.i) || ' at number ' || (2 + fixture_gen.n('anbn', p.i, 40))::text
         WHEN 2 THEN 'Bitte beim Nachbarn im EG abgeben.'
         WHEN 3 THEN 'Livraison au bureau entre 9h et 17h, demander ' || fixture_gen.first_name('arec', p.i) || ' à l''accueil.'
         ELSE NULL END,
       p.phone, p.mobile,
       CASE WHEN p.company IS NOT NULL AND p.vat THEN fixture_gen.vat('avat', p.i) END,
       CASE WHEN p.iso = 'ES' THEN lpad(fixture_gen.digits('adni', p.i, 8), 8, '0') || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + (fixture_gen.digits('adni', p.i, 8)::int % 23), 1)
            WHEN p.iso = 'IT' AND p.i % 2 = 0 THEN upper(substr(fixture_gen.ascii(p.last) || 'xxx', 1, 3) || substr(fixture_gen.ascii(p.first) || 'xxx', 1, 3)) || to_char(p.birthday, 'YY') || substr('ABCDEHLMPRST', extract(month FROM p.birthday)::int, 1) || to_char(p.birthday, 'DD') || 'H501' || fixture_gen.chars('acf', p.i, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') END,
       p.created, p.created + make_interval(days => fixture_gen.n('aupd', p.i, 200)), 1, CASE WHEN p.i % 53 = 0 THEN 1 ELSE 0 END
FROM psgen.p p;
-- A second address for one customer in four: a relative's, the office.
INSERT INTO ps_address
SELECT 300 + p.i, p.id_country, 0, p.i, 0, 0, 0,
       fixture_gen.pick(ARRAY['Chez maman', 'Bureau', 'Mum & Dad', 'Büro', 'Office', 'Gift - ' || fixture_gen.first_name('a2fn', p.i)], 'a2al', p.i),
       CASE WHEN p.i % 8 = 0 THEN fixture_gen.pick(ARRAY['Dassault Systèmes', 'Siemens AG', 'BNP Paribas', 'Infosys Ltd', 'Banco Santander', 'Rakuten'], 'a2co', p.i) END,
       CASE WHEN p.i % 8 = 4 THEN fixture_gen.last_name('a2ln', p.i) ELSE p.last END, CASE WHEN p.i % 8 = 4 THEN fixture_gen.first_name('a2fn', p.i) ELSE p.first END,
       CASE p.iso WHEN 'FR' THEN (1 + fixture_gen.n('a2st', p.i, 60))::text || ' ' || fixture_gen.pick(ARRAY['rue Mercière', 'boulevard des Belges', 'chemin des Vignes', 'allée des Tilleuls'], 'a2st', p.i) ELSE fixture_gen.street('a2st', p.i) END,
       NULL, fixture_gen.postcode('a2pc', p.i), fixture_gen.city('a2ct', p.i),
       CASE WHEN p.i % 3 = 0 THEN 'Anniversaire de ' || fixture_gen.first_name('a2fn', p.i) || ' le ' || to_char(fixture_gen.birth_date('a2bd', p.i), 'DD/MM') || ' : ne pas mettre la facture dans le colis !' END,
       NULL, fixture_gen.phone('a2ph', p.i), NULL, NULL,
       p.created + interval '90 days', p.created + interval '90 days', 1, 0
FROM psgen.p p WHERE p.i % 4 = 0;
-- Supplier addresses (a company's, with its sales contact).
INSERT INTO ps_address
SELECT 900 + s, CASE WHEN s <= 3 THEN 8 ELSE 1 END, 0, 0, 0, s, 0, 'supplier',
       (ARRAY['Cuivreries de Villedieu', 'Fonderie Mathieu SARL', 'Étamage Lorrain', 'Rösle Vertrieb GmbH', 'Kochwerk Solingen'])[s],
       fixture_gen.last_name('sln', s), fixture_gen.first_name('sfn', s),
       (ARRAY['12 rue du Pont Chignon', 'ZI des Grands Champs', '5 avenue de la Forge', 'Industriestraße 14', 'Klingenstraße 8'])[s], NULL,
       (ARRAY['50800', '61300', '54000', '87616', '42651'])[s], (ARRAY['Villedieu-les-Poêles', 'L''Aigle', 'Nancy', 'Marktoberdorf', 'Solingen'])[s],
       NULL, (ARRAY['02 33 61 00 12', '02 33 24 18 40', '03 83 30 70 11', '+49 8342 9120', '+49 212 231 40'])[s], fixture_gen.phone('sph', s),
       fixture_gen.vat('svat', s), NULL, '2019-02-01', '2023-01-15', 1, 0
FROM generate_series(1, 5) s;

-- Back-office employees.
CREATE TABLE ps_employee (
  id_employee serial PRIMARY KEY,
  id_profile integer NOT NULL,
  id_lang integer NOT NULL DEFAULT 0,
  lastname varchar(255) NOT NULL,
  firstname varchar(255) NOT NULL,
  email varchar(255) NOT NULL,
  passwd varchar(255) NOT NULL,
  last_passwd_gen timestamp NOT NULL,
  stats_date_from date,
  stats_date_to date,
  stats_compare_from date,
  stats_compare_to date,
  stats_compare_option integer NOT NULL DEFAULT 1,
  preselect_date_range varchar(32),
  bo_color varchar(32),
  bo_theme varchar(32),
  bo_css varchar(64),
  default_tab integer NOT NULL DEFAULT 0,
  bo_width integer NOT NULL DEFAULT 0,
  bo_menu smallint NOT NULL DEFAULT 1,
  active smallint NOT NULL DEFAULT 0,
  optin smallint,
  id_last_order integer NOT NULL DEFAULT 0,
  id_last_customer_message integer NOT NULL DEFAULT 0,
  id_last_customer integer NOT NULL DEFAULT 0,
  last_connection_date date,
  reset_password_token varchar(40),
  reset_password_validity timestamp,
  has_enabled_gravatar smallint NOT NULL DEFAULT 0
);
CREATE TABLE psgen.emp AS
SELECT e, (ARRAY['Chloé', 'Mathieu', 'Samira', 'Julien', 'Anh', 'Kenji', 'Inès', 'Bastien', 'Oluwaseun', 'Marta', 'Thomas', 'Agnieszka'])[e] AS first,
       (ARRAY['Girard', 'Roux', 'Benali', 'Fontaine', 'Nguyen', 'Takahashi', 'Moreau', 'Lefèvre', 'Adebayo', 'Ferreira', 'Klein', 'Wiśniewska'])[e] AS last,
       (ARRAY[1, 2, 3, 3, 3, 4, 3, 5, 4, 3, 2, 5])[e] AS prof
FROM generate_series(1, 12) e;
INSERT INTO ps_employee
SELECT e.e, e.prof, CASE WHEN e.e IN (6, 9, 11) THEN 3 ELSE 1 END, e.last, e.first,
       CASE WHEN e.e = 12 THEN 'agnieszka.w@studio-pixelpraha.cz' ELSE fixture_gen.ascii(e.first) || '.' || fixture_gen.ascii(e.last) || '@maison-cuivre.fr' END,
       psgen.bcrypt('epw', e.e), psgen.at('elpg', e.e, '2023-01-01', '2024-06-01'),
       '2024-05-01', '2024-05-31', CASE WHEN e.e % 2 = 0 THEN date '2023-05-01' END, CASE WHEN e.e % 2 = 0 THEN date '2023-05-31' END, 1,
       fixture_gen.pick(ARRAY['prev-month', 'month', 'year', NULL], 'epre', e.e), CASE WHEN e.e = 1 THEN '#b87333' END, 'default', 'theme.css',
       fixture_gen.pick(ARRAY['1', '10', '11', '39'], 'etab', e.e)::int, 0, 1, CASE WHEN e.e = 12 THEN 0 ELSE 1 END, CASE WHEN e.e % 3 = 0 THEN 1 ELSE 0 END,
       280 + e.e, 40 + e.e, 200 + e.e, date '2024-06-20' - e.e,
       CASE WHEN e.e IN (4, 9) THEN psgen.hex40('erpt', e.e) END, CASE WHEN e.e IN (4, 9) THEN timestamp '2024-06-18 10:12:00' + make_interval(mins => e.e) END,
       CASE WHEN e.e IN (1, 3) THEN 1 ELSE 0 END
FROM psgen.emp e;

CREATE TABLE ps_employee_session (
  id_employee_session serial PRIMARY KEY,
  id_employee integer,
  token varchar(40),
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
INSERT INTO ps_employee_session
SELECT s, 1 + fixture_gen.n('esid', s, 11), psgen.hex40('estok', s), psgen.at('esat', s, '2024-05-01', '2024-06-27'),
       psgen.at('esat', s, '2024-05-01', '2024-06-27') + make_interval(mins => fixture_gen.n('esup', s, 600))
FROM generate_series(1, 60) s;

CREATE TABLE ps_customer_session (
  id_customer_session serial PRIMARY KEY,
  id_customer integer,
  token varchar(40),
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
INSERT INTO ps_customer_session
SELECT s, 1 + fixture_gen.n('csid', s, 260), psgen.hex40('cstok', s), psgen.at('csat', s, '2024-04-01', '2024-06-27'),
       psgen.at('csat', s, '2024-04-01', '2024-06-27') + make_interval(mins => fixture_gen.n('csup', s, 120))
FROM generate_series(1, 180) s;

-- Carriers: the carriers' names and their public tracking URLs.
CREATE TABLE ps_carrier (
  id_carrier serial PRIMARY KEY,
  id_reference integer NOT NULL,
  name varchar(64) NOT NULL,
  url varchar(255),
  active smallint NOT NULL DEFAULT 0,
  deleted smallint NOT NULL DEFAULT 0,
  shipping_handling smallint NOT NULL DEFAULT 1,
  range_behavior smallint NOT NULL DEFAULT 0,
  is_module smallint NOT NULL DEFAULT 0,
  is_free smallint NOT NULL DEFAULT 0,
  shipping_external smallint NOT NULL DEFAULT 0,
  need_range smallint NOT NULL DEFAULT 0,
  external_module_name varchar(64),
  shipping_method integer NOT NULL DEFAULT 0,
  "position" integer NOT NULL DEFAULT 0,
  max_width integer DEFAULT 0,
  max_height integer DEFAULT 0,
  max_depth integer DEFAULT 0,
  max_weight numeric(20,6) DEFAULT 0,
  grade integer DEFAULT 0
);
INSERT INTO ps_carrier VALUES
 (1, 1, 'Maison Cuivre', '', 1, 0, 0, 0, 0, 1, 0, 0, '', 0, 0, 0, 0, 0, 0, 0),
 (2, 2, 'Colissimo', 'https://www.laposte.fr/outils/suivre-vos-envois?code=@', 0, 1, 1, 0, 0, 0, 0, 0, '', 1, 1, 0, 0, 0, 30, 5),
 (3, 2, 'Colissimo', 'https://www.laposte.fr/outils/suivre-vos-envois?code=@', 1, 0, 1, 0, 0, 0, 0, 0, '', 1, 1, 0, 0, 0, 30, 5),
 (4, 4, 'Mondial Relay', 'https://www.mondialrelay.fr/suivi-de-colis/?numeroExpedition=@', 1, 0, 1, 0, 1, 0, 1, 1, 'mondialrelay', 1, 2, 60, 60, 60, 30, 4),
 (5, 5, 'DHL Express', 'https://www.dhl.com/fr-fr/home/suivi.html?tracking-id=@', 1, 0, 1, 0, 0, 0, 0, 0, '', 1, 3, 120, 80, 80, 70, 9),
 (6, 6, 'Retrait en boutique', '', 1, 0, 0, 0, 0, 1, 0, 0, '', 0, 4, 0, 0, 0, 0, 0),
 (7, 7, 'UPS Standard', 'https://www.ups.com/track?tracknum=@', 1, 0, 1, 0, 0, 0, 0, 0, '', 1, 5, 100, 100, 100, 50, 7);

-- Carts (1..300 became orders; 301..380 abandoned, some by guests not signed in).
CREATE TABLE psgen.o AS
SELECT o, c.i AS c, c.first, c.last, c.email, c.mobile, c.iso, c.id_lang,
       CASE WHEN c.i % 4 = 0 AND o % 3 = 0 THEN 300 + c.i ELSE c.i END AS id_addr_del,
       psgen.at('oat', o, greatest(c.created, '2022-01-01'), '2024-06-26') AS at,
       fixture_gen.n('opay', o, 10) AS pay,
       CASE WHEN c.iso IN ('FR', 'BE') THEN fixture_gen.pick(ARRAY['3', '3', '4', '6'], 'ocar', o)::int ELSE fixture_gen.pick(ARRAY['5', '7'], 'ocar', o)::int END AS car,
       upper(fixture_gen.chars('oref', o, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) AS ref,
       round((24 + fixture_gen.n('otot', o, 60000) / 100.0)::numeric, 2) AS products
FROM generate_series(1, 380) o JOIN psgen.p c ON c.i = 1 + fixture_gen.n('oc', o, 260);

CREATE TABLE ps_cart (
  id_cart serial PRIMARY KEY,
  id_shop_group integer NOT NULL DEFAULT 1,
  id_shop integer NOT NULL DEFAULT 1,
  id_carrier integer NOT NULL,
  delivery_option text NOT NULL,
  id_lang integer NOT NULL,
  id_address_delivery integer NOT NULL,
  id_address_invoice integer NOT NULL,
  id_currency integer NOT NULL,
  id_customer integer NOT NULL,
  id_guest integer NOT NULL,
  secure_key varchar(32) NOT NULL DEFAULT '-1',
  recyclable smallint NOT NULL DEFAULT 1,
  gift smallint NOT NULL DEFAULT 0,
  gift_message text,
  mobile_theme smallint NOT NULL DEFAULT 0,
  allow_seperated_package smallint NOT NULL DEFAULT 0,
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL,
  checkout_session_data text
);
INSERT INTO ps_cart
SELECT o.o, 1, 1, o.car, '{"' || o.id_addr_del || '":"' || o.car || ',"}', o.id_lang,
       CASE WHEN o.o > 340 THEN 0 ELSE o.id_addr_del END, CASE WHEN o.o > 340 THEN 0 ELSE o.c END,
       CASE WHEN o.iso = 'GB' THEN 2 WHEN o.iso = 'US' THEN 3 ELSE 1 END,
       CASE WHEN o.o > 340 THEN 0 ELSE o.c END, 1000 + o.o, CASE WHEN o.o > 340 THEN '' ELSE psgen.hex32('seckey', o.c) END, 0,
       CASE WHEN o.o % 9 = 0 THEN 1 ELSE 0 END, '', CASE WHEN o.o % 4 = 0 THEN 1 ELSE 0 END, 0,
       o.at - interval '25 minutes', o.at - interval '2 minutes',
       CASE WHEN o.o <= 340 THEN '{"checkout-personal-information-step":{"step_is_reachable":true,"step_is_complete":true},"checkout-addresses-step":{"step_is_reachable":true,"step_is_complete":true,"use_same_address":'
            || CASE WHEN o.id_addr_del = o.c THEN 'true' ELSE 'false' END || '},"checkout-delivery-step":{"step_is_reachable":true,"step_is_complete":' || CASE WHEN o.o <= 300 THEN 'true' ELSE 'false' END
            || '},"checkout-payment-step":{"step_is_reachable":' || CASE WHEN o.o <= 300 THEN 'true' ELSE 'false' END || ',"step_is_complete":false},"checksum":"' || psgen.hex40('ochk', o.o) || '"}' END
FROM psgen.o o;

-- Orders.
CREATE TABLE ps_orders (
  id_order serial PRIMARY KEY,
  reference varchar(9),
  id_shop_group integer NOT NULL DEFAULT 1,
  id_shop integer NOT NULL DEFAULT 1,
  id_carrier integer NOT NULL,
  id_lang integer NOT NULL,
  id_customer integer NOT NULL,
  id_cart integer NOT NULL,
  id_currency integer NOT NULL,
  id_address_delivery integer NOT NULL,
  id_address_invoice integer NOT NULL,
  current_state integer NOT NULL,
  secure_key varchar(32) NOT NULL DEFAULT '-1',
  payment varchar(255) NOT NULL,
  conversion_rate numeric(13,6) NOT NULL DEFAULT 1,
  module varchar(255),
  recyclable smallint NOT NULL DEFAULT 0,
  gift smallint NOT NULL DEFAULT 0,
  gift_message text,
  mobile_theme smallint NOT NULL DEFAULT 0,
  total_discounts numeric(20,6) NOT NULL DEFAULT 0,
  total_discounts_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  total_discounts_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  total_paid numeric(20,6) NOT NULL DEFAULT 0,
  total_paid_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  total_paid_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  total_paid_real numeric(20,6) NOT NULL DEFAULT 0,
  total_products numeric(20,6) NOT NULL DEFAULT 0,
  total_products_wt numeric(20,6) NOT NULL DEFAULT 0,
  total_shipping numeric(20,6) NOT NULL DEFAULT 0,
  total_shipping_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  total_shipping_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  carrier_tax_rate numeric(10,3) NOT NULL DEFAULT 0,
  total_wrapping numeric(20,6) NOT NULL DEFAULT 0,
  total_wrapping_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  total_wrapping_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  round_mode smallint NOT NULL DEFAULT 2,
  round_type smallint NOT NULL DEFAULT 1,
  invoice_number integer NOT NULL DEFAULT 0,
  delivery_number integer NOT NULL DEFAULT 0,
  invoice_date timestamp NOT NULL,
  delivery_date timestamp NOT NULL,
  valid integer NOT NULL DEFAULT 0,
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL,
  note text
);
INSERT INTO ps_orders
SELECT o.o, o.ref, 1, 1, o.car, o.id_lang, o.c, o.o, CASE WHEN o.iso = 'GB' THEN 2 WHEN o.iso = 'US' THEN 3 ELSE 1 END, o.id_addr_del, o.c,
       CASE WHEN o.o % 13 = 0 THEN 6 WHEN o.o % 17 = 0 THEN 7 WHEN o.at > '2024-06-20' THEN 2 ELSE 5 END,
       psgen.hex32('seckey', o.c),
       (ARRAY['Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'PayPal', 'PayPal', 'Virement bancaire', 'Chèque', 'Carte bancaire', 'PayPal'])[o.pay + 1],
       CASE WHEN o.iso = 'GB' THEN 0.857000 WHEN o.iso = 'US' THEN 1.086000 ELSE 1 END,
       (ARRAY['stripe_official', 'stripe_official', 'stripe_official', 'stripe_official', 'ps_checkout', 'ps_checkout', 'ps_wirepayment', 'ps_checkpayment', 'stripe_official', 'ps_checkout'])[o.pay + 1],
       0, CASE WHEN o.o % 9 = 0 THEN 1 ELSE 0 END,
       CASE WHEN o.o % 9 = 0 THEN fixture_gen.pick(ARRAY[
            'Joyeux anniversaire Maman ! Plein de bisous, ' || o.first,
            'Happy 30th ' || fixture_gen.first_name('ogm', o.o) || '! Enjoy the new pans - love, ' || o.first || ' & ' || fixture_gen.first_name('ogm2', o.o),
            'Pour vos 40 ans de mariage, avec toute notre affection. ' || o.first || ' ' || o.last,
            'Alles Gute zur neuen Wohnung! Deine ' || o.first,
            'Get well soon ' || fixture_gen.first_name('ogm', o.o) || ', cook something nice when you are out of hospital x'], 'ogmt', o.o) ELSE '' END,
       CASE WHEN o.o % 4 = 0 THEN 1 ELSE 0 END,
       0, 0, 0, o.products + 7.9, o.products + 7.9, round((o.products + 7.9) / 1.2, 2), CASE WHEN o.o % 13 = 0 THEN 0 ELSE o.products + 7.9 END,
       round(o.products / 1.2, 2), o.products, 7.9, 7.9, 6.58, 20.000, 0, 0, 0, 2, 2,
       CASE WHEN o.o % 13 = 0 THEN 0 ELSE 2100 + o.o END, CASE WHEN o.o % 13 = 0 THEN 0 ELSE 1800 + o.o END,
       o.at + interval '3 minutes', CASE WHEN o.o % 13 = 0 THEN timestamp '1970-01-01' ELSE o.at + interval '1 day' END,
       CASE WHEN o.o % 13 = 0 THEN 0 ELSE 1 END, o.at, o.at + interval '2 days',
       CASE fixture_gen.n('onote', o.o, 8)
         WHEN 0 THEN 'Client appelé le ' || to_char(o.at + interval '1 day', 'DD/MM') || ' : livrer chez sa voisine Mme ' || fixture_gen.last_name('onn', o.o) || ' (' || fixture_gen.phone('onph', o.o) || ').'
         WHEN 1 THEN 'Refunded 12.50 for the missing lid, agreed with ' || o.first || ' by phone.'
         WHEN 2 THEN 'Colis retourné : adresse incomplète. Nouveau numéro donné par la cliente : ' || o.mobile
         ELSE NULL END
FROM psgen.o o WHERE o.o <= 300;

CREATE TABLE ps_order_payment (
  id_order_payment serial PRIMARY KEY,
  order_reference varchar(9),
  id_currency integer NOT NULL,
  amount numeric(20,6) NOT NULL,
  payment_method varchar(255),
  conversion_rate numeric(13,6) NOT NULL DEFAULT 1,
  transaction_id varchar(254),
  card_number varchar(254),
  card_brand varchar(254),
  card_expiration char(7),
  card_holder varchar(254),
  date_add timestamp NOT NULL,
  id_employee integer
);
INSERT INTO ps_order_payment
SELECT o.o, o.ref, CASE WHEN o.iso = 'GB' THEN 2 WHEN o.iso = 'US' THEN 3 ELSE 1 END, o.products + 7.9,
       (ARRAY['Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'PayPal', 'PayPal', 'Virement bancaire', 'Chèque', 'Carte bancaire', 'PayPal'])[o.pay + 1],
       1,
       CASE WHEN o.pay IN (0, 1, 2, 3, 8) THEN 'pi_' || fixture_gen.chars('otx', o.o, 24) WHEN o.pay IN (4, 5, 9) THEN upper(fixture_gen.chars('oppx', o.o, 17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')) ELSE '' END,
       CASE WHEN o.pay IN (0, 1, 2, 3, 8) THEN '**** **** **** ' || fixture_gen.digits('ocn', o.o, 4) ELSE '' END,
       CASE WHEN o.pay IN (0, 1, 2, 3, 8) THEN fixture_gen.pick(ARRAY['visa', 'mastercard', 'cb', 'amex'], 'ocb', o.o) ELSE '' END,
       CASE WHEN o.pay IN (0, 1, 2, 3, 8) THEN lpad((1 + fixture_gen.n('ocx', o.o, 12))::text, 2, '0') || '/' || (2025 + fixture_gen.n('ocy', o.o, 5))::text ELSE '' END,
       CASE WHEN o.pay IN (0, 1, 2, 3, 8) THEN CASE WHEN o.o % 6 = 0 THEN upper(fixture_gen.full_name('ochd', o.o)) ELSE upper(o.first || ' ' || o.last) END
            WHEN o.pay = 7 THEN o.first || ' ' || o.last ELSE '' END,
       o.at + interval '1 minute', CASE WHEN o.pay IN (6, 7) THEN 3 + fixture_gen.n('opemp', o.o, 3) ELSE 0 END
FROM psgen.o o WHERE o.o <= 300 AND o.o % 13 <> 0;

CREATE TABLE ps_order_carrier (
  id_order_carrier serial PRIMARY KEY,
  id_order integer NOT NULL,
  id_carrier integer,
  id_order_invoice integer,
  weight numeric(20,6),
  shipping_cost_tax_excl numeric(20,6),
  shipping_cost_tax_incl numeric(20,6),
  tracking_number varchar(64),
  date_add timestamp NOT NULL
);
INSERT INTO ps_order_carrier
SELECT o.o, o.o, o.car, CASE WHEN o.o % 13 = 0 THEN 0 ELSE o.o END, round((0.8 + fixture_gen.n('owt', o.o, 900) / 100.0)::numeric, 3), 6.58, 7.90,
       CASE o.car WHEN 3 THEN '6A' || fixture_gen.digits('otrk', o.o, 11) WHEN 4 THEN fixture_gen.digits('otrk', o.o, 8) WHEN 5 THEN fixture_gen.digits('otrk', o.o, 10)
         WHEN 7 THEN '1Z' || upper(fixture_gen.chars('otrk', o.o, 16, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')) ELSE '' END,
       o.at
FROM psgen.o o WHERE o.o <= 300;

CREATE TABLE ps_order_invoice (
  id_order_invoice serial PRIMARY KEY,
  id_order integer NOT NULL,
  number integer NOT NULL,
  delivery_number integer NOT NULL,
  delivery_date timestamp,
  total_discount_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  total_discount_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  total_paid_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  total_paid_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  total_products numeric(20,6) NOT NULL DEFAULT 0,
  total_products_wt numeric(20,6) NOT NULL DEFAULT 0,
  total_shipping_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  total_shipping_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  shipping_tax_computation_method integer NOT NULL,
  total_wrapping_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
  total_wrapping_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
  shop_address text,
  note text,
  date_add timestamp NOT NULL
);
INSERT INTO ps_order_invoice
SELECT o.o, o.o, 2100 + o.o, 1800 + o.o, o.at + interval '1 day', 0, 0, round((o.products + 7.9) / 1.2, 2), o.products + 7.9, round(o.products / 1.2, 2), o.products, 6.58, 7.90, 0, 0, 0,
       CASE WHEN o.o < 120 THEN 'Maison Cuivre<br />14 rue Mercière<br />69002 Lyon<br />France<br />Tél. 04 78 42 19 60'
            ELSE 'Maison Cuivre SAS<br />14 rue Mercière<br />69002 Lyon<br />France<br />Tél. 04 78 42 19 60<br />www.maison-cuivre.fr' END,
       CASE WHEN o.o % 15 = 0 THEN 'Facture refaite au nom de ' || fixture_gen.full_name('oinv', o.o) || ' (' || fixture_gen.pick(ARRAY['Traiteur', 'Restaurant', 'Atelier'], 'oinvc', o.o) || ' ' || fixture_gen.last_name('oinv', o.o) || ') à la demande de ' || o.first || ' ' || o.last || '.' END,
       o.at + interval '3 minutes'
FROM psgen.o o WHERE o.o <= 300 AND o.o % 13 <> 0;

-- Order messages: what customers typed at checkout, and employees' private notes.
CREATE TABLE ps_message (
  id_message serial PRIMARY KEY,
  id_cart integer,
  id_customer integer NOT NULL,
  id_employee integer,
  id_order integer NOT NULL,
  message text NOT NULL,
  private smallint NOT NULL DEFAULT 1,
  date_add timestamp NOT NULL
);
INSERT INTO ps_message
SELECT m, o.o, o.c, CASE WHEN m % 3 = 0 THEN 1 + fixture_gen.n('memp', m, 11) END, o.o,
       CASE WHEN m % 3 = 0 THEN fixture_gen.pick(ARRAY[
              'Cliente prévenue par téléphone (' || o.mobile || ') du retard de la sauteuse.',
              'Do not ship before the 12th, customer is away - said her daughter ' || fixture_gen.first_name('mdau', m) || ' can sign for it.',
              'Paiement par chèque reçu, encaissé le ' || to_char(o.at + interval '5 days', 'DD/MM/YYYY') || '.',
              'Stock check: lid 24 cm missing, replaced from the Lyon shop.'], 'mpriv', m)
            ELSE fixture_gen.pick(ARRAY[
              'Merci de livrer après 18h, je travaille en journée.',
              'Please leave the parcel behind the blue gate, my number is ' || o.mobile,
              'Bitte klingeln bei ' || o.last || ' / ' || fixture_gen.last_name('mnb', m) || ', 3. Stock.',
              'C''est un cadeau pour ' || fixture_gen.full_name('mgift', m) || ', merci de ne pas mettre la facture.',
              'Could you engrave the date 14.09.2024 on the board? Thanks, ' || o.first,
              'Digicode 58' || fixture_gen.digits('mdig', m, 2) || 'A, 4e étage gauche.',
              'Livraison au cabinet du Dr ' || fixture_gen.last_name('mdr', m) || ', je suis sa secrétaire.',
              'No rush, thanks!'], 'mcust', m) END,
       CASE WHEN m % 3 = 0 THEN 1 ELSE 0 END, o.at + make_interval(mins => 1 + fixture_gen.n('mat', m, 3000))
FROM generate_series(1, 160) m JOIN psgen.o o ON o.o = 1 + fixture_gen.n('mo', m, 300);

-- Contacts of the contact form: the shop's mailboxes.
CREATE TABLE ps_contact (
  id_contact serial PRIMARY KEY,
  email varchar(255) NOT NULL,
  customer_service smallint NOT NULL DEFAULT 0,
  "position" smallint NOT NULL DEFAULT 0
);
INSERT INTO ps_contact VALUES (1, 'webmaster@maison-cuivre.fr', 1, 0), (2, 'service-client@maison-cuivre.fr', 1, 1), (3, 'pro@maison-cuivre.fr', 1, 2), (4, 'presse@maison-cuivre.fr', 0, 3);

CREATE TABLE ps_contact_lang (
  id_contact integer NOT NULL,
  id_lang integer NOT NULL,
  name varchar(255) NOT NULL,
  description text,
  PRIMARY KEY (id_contact, id_lang)
);
INSERT INTO ps_contact_lang
SELECT c, l, (ARRAY[ARRAY['Webmaster', 'Service client', 'Espace pro', 'Presse'], ARRAY['Webmaster', 'Kundenservice', 'Gewerbekunden', 'Presse'], ARRAY['Webmaster', 'Customer service', 'Trade accounts', 'Press'],
              ARRAY['Webmaster', 'Atención al cliente', 'Profesionales', 'Prensa'], ARRAY['Webmaster', 'Servizio clienti', 'Professionisti', 'Stampa']])[l][c],
       (ARRAY['If a technical problem occurs on this website', 'For any question about a product, an order', 'Restaurants, caterers and resellers', 'Press and partnership requests'])[c]
FROM generate_series(1, 4) c, generate_series(1, 5) l;

-- Customer service threads and their messages.
CREATE TABLE ps_customer_thread (
  id_customer_thread serial PRIMARY KEY,
  id_shop integer NOT NULL DEFAULT 1,
  id_lang integer NOT NULL,
  id_contact integer NOT NULL,
  id_customer integer,
  id_order integer,
  id_product integer,
  status varchar(16) NOT NULL DEFAULT 'open',
  email varchar(255) NOT NULL,
  token varchar(12),
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
CREATE TABLE psgen.th AS
SELECT t, CASE WHEN t % 5 = 0 THEN NULL ELSE o.c END AS c, CASE WHEN t % 5 = 0 THEN NULL ELSE o.o END AS ord,
       CASE WHEN t % 5 = 0 THEN fixture_gen.first_name('thf', t) ELSE o.first END AS first, CASE WHEN t % 5 = 0 THEN fixture_gen.last_name('thl', t) ELSE o.last END AS last,
       CASE WHEN t % 5 = 0 THEN fixture_gen.email('thm', t) ELSE o.email END AS email, o.mobile, o.id_lang, o.ref,
       psgen.at('that', t, '2023-01-01', '2024-06-20') AS at, fixture_gen.n('thk', t, 7) AS kind
FROM generate_series(1, 90) t JOIN psgen.o o ON o.o = 1 + fixture_gen.n('tho', t, 300);
INSERT INTO ps_customer_thread
SELECT t.t, 1, t.id_lang, CASE WHEN t.kind = 6 THEN 3 ELSE 2 END, coalesce(t.c, 0), coalesce(t.ord, 0), CASE WHEN t.kind = 3 THEN 1 + fixture_gen.n('thp', t.t, 40) ELSE 0 END,
       fixture_gen.pick(ARRAY['open', 'closed', 'closed', 'pending1', 'closed'], 'thst', t.t), t.email,
       fixture_gen.chars('thtok', t.t, 12, 'abcdefghijklmnopqrstuvwxyz0123456789'), t.at, t.at + interval '2 days'
FROM psgen.th t;

CREATE TABLE ps_customer_message (
  id_customer_message serial PRIMARY KEY,
  id_customer_thread integer,
  id_employee integer,
  message text NOT NULL,
  file_name varchar(18),
  ip_address varchar(16),
  user_agent varchar(128),
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL,
  private smallint NOT NULL DEFAULT 0,
  read smallint NOT NULL DEFAULT 0
);
INSERT INTO ps_customer_message
SELECT 3 * t.t - 2, t.t, NULL,
       CASE t.kind
         WHEN 0 THEN 'Bonjour, je n''ai toujours pas reçu ma commande ' || t.ref || '. Je suis absente jusqu''au 20, vous pouvez me joindre au ' || t.mobile || '. Cordialement, ' || t.first || ' ' || t.last
         WHEN 1 THEN 'Hello, the copper pan arrived dented (photo attached). My address has changed too: ' || fixture_gen.street('thad', t.t) || ', ' || fixture_gen.city('thad', t.t) || '. Thanks, ' || t.first
         WHEN 2 THEN 'Guten Tag, bitte stornieren Sie meine Bestellung, ich bin leider im Krankenhaus. Mit freundlichen Grüßen ' || t.first || ' ' || t.last
         WHEN 3 THEN 'Is the 28 cm sauté pan suitable for induction hobs?'
         WHEN 4 THEN 'Buongiorno, potete fatturare a nome di mio marito ' || fixture_gen.full_name('thhus', t.t) || ', codice fiscale ' || upper(fixture_gen.chars('thcf', t.t, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) || fixture_gen.digits('thcf', t.t, 2) || 'A01H501Z?'
         WHEN 5 THEN 'Bonjour, je souhaite que mes données soient supprimées (RGPD). ' || t.first || ' ' || t.last || ', ' || t.email
         ELSE 'Nous sommes un restaurant à Annecy et souhaitons ouvrir un compte pro. Contact : ' || t.first || ' ' || t.last || ', chef, ' || t.mobile || '. SIRET ' || fixture_gen.luhn('8' || fixture_gen.digits('thsiret', t.t, 12)) END,
       CASE WHEN t.kind = 1 THEN substr(md5('psfile' || t.t), 1, 13) || '.jpg' WHEN t.kind = 6 THEN substr(md5('psfile' || t.t), 1, 13) || '.pdf' END,
       CASE WHEN t.t % 4 = 0 THEN substr(fixture_gen.ipv6('thip', t.t), 1, 16) ELSE fixture_gen.ipv4('thip', t.t) END,
       left(psgen.ua('thua', t.t), 128), t.at, t.at, 0, 1
FROM psgen.th t;
INSERT INTO ps_customer_message
SELECT 3 * t.t - 1, t.t, 2 + fixture_gen.n('thre', t.t, 4),
       fixture_gen.pick(ARRAY['Bonjour ' || t.first || ', nous sommes désolés pour ce désagrément. Un nouveau colis part aujourd''hui.',
         'Dear ' || t.first || ', thank you for your message. A replacement is on its way; you do not need to return the damaged item.',
         'Bonjour, votre demande a bien été prise en compte. Cordialement, ' || e.first || ' - Service client Maison Cuivre',
         'Yes, all our pans from the Tradition range work on induction. Best regards, ' || e.first], 'thrt', t.t),
       NULL, NULL, NULL, t.at + interval '5 hours', t.at + interval '5 hours', 0, 1
FROM psgen.th t JOIN psgen.emp e ON e.e = 2 + fixture_gen.n('thre', t.t, 4);
INSERT INTO ps_customer_message
SELECT 3 * t.t, t.t, 2 + fixture_gen.n('thre', t.t, 4),
       'Note interne : ' || fixture_gen.pick(ARRAY['cliente déjà remboursée en mars, vérifier avec ' || (SELECT first FROM psgen.emp WHERE e = 1) || ' avant de renvoyer.',
         'appelé au ' || t.mobile || ', messagerie.', 'demande RGPD transmise à la gérante.', 'frequent returner, see note on the customer.'], 'thpn', t.t),
       NULL, NULL, NULL, t.at + interval '6 hours', t.at + interval '6 hours', 1, 1
FROM psgen.th t WHERE t.t % 3 = 0;

-- Visitors: ps_guest (one per browser), ps_connections (visits), ps_connections_source (external landings).
CREATE TABLE ps_guest (
  id_guest serial PRIMARY KEY,
  id_operating_system integer,
  id_web_browser integer,
  id_customer integer,
  javascript smallint DEFAULT 0,
  screen_resolution_x smallint,
  screen_resolution_y smallint,
  screen_color smallint,
  sun_java smallint,
  adobe_flash smallint,
  adobe_director smallint,
  apple_quicktime smallint,
  real_player smallint,
  windows_media smallint,
  accept_language varchar(8),
  mobile_theme smallint NOT NULL DEFAULT 0
);
INSERT INTO ps_guest
SELECT g, 1 + fixture_gen.n('gos', g, 8), 1 + fixture_gen.n('gwb', g, 11),
       CASE WHEN g <= 1340 THEN (SELECT CASE WHEN o.o > 340 THEN NULL ELSE o.c END FROM psgen.o o WHERE o.o = g - 1000) END,
       1, (ARRAY[1920, 1440, 390, 414, 1536, 2560, 1366, 820])[1 + fixture_gen.n('gres', g, 8)], (ARRAY[1080, 900, 844, 896, 864, 1440, 768, 1180])[1 + fixture_gen.n('gres', g, 8)],
       24, 0, 0, 0, 0, 0, 0,
       (ARRAY['fr', 'fr', 'de', 'en-gb', 'es', 'it', 'en-us', 'ja', 'en-in', 'nl'])[1 + fixture_gen.n('glang', g, 10)],
       CASE WHEN fixture_gen.n('gres', g, 8) IN (2, 3) THEN 1 ELSE 0 END
FROM generate_series(1001, 1420) g;

CREATE TABLE ps_connections (
  id_connections serial PRIMARY KEY,
  id_shop_group integer NOT NULL DEFAULT 1,
  id_shop integer NOT NULL DEFAULT 1,
  id_guest integer NOT NULL,
  id_page integer NOT NULL,
  ip_address bigint,
  date_add timestamp NOT NULL,
  http_referer varchar(255)
);
INSERT INTO ps_connections
SELECT v, 1, 1, 1001 + fixture_gen.n('vg', v, 420), 1 + fixture_gen.n('vpg', v, 60),
       psgen.ip2long(fixture_gen.ipv4('vip', 1001 + fixture_gen.n('vg', v, 420))),
       psgen.at('vat', v, '2024-03-01', '2024-06-27'),
       CASE fixture_gen.n('vref', v, 10)
         WHEN 0 THEN 'https://www.google.com/' WHEN 1 THEN 'https://www.google.fr/' WHEN 2 THEN NULL WHEN 3 THEN NULL
         WHEN 4 THEN 'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.maison-cuivre.fr%2Ffr%2F&h=AT' || fixture_gen.chars('vfb', v, 30) || '&fbclid=IwAR' || fixture_gen.chars('vfbc', v, 40)
         WHEN 5 THEN 'https://www.bing.com/'
         WHEN 6 THEN 'https://maisoncuivre.us5.list-manage.com/track/click?u=4f8c2a91d07e6b35ac1e90d2f&id=' || substr(md5('vmc' || v), 1, 10) || '&e=' || substr(md5('vmce' || (v % 97)), 1, 10)
         WHEN 7 THEN 'https://www.instagram.com/'
         WHEN 8 THEN 'https://www.pinterest.fr/'
         ELSE 'https://www.maison-cuivre.fr/fr/?gclid=Cj0KCQjw' || fixture_gen.chars('vgcl', v, 60) END
FROM generate_series(1, 520) v;

CREATE TABLE ps_connections_source (
  id_connections_source serial PRIMARY KEY,
  id_connections integer NOT NULL,
  http_referer varchar(255),
  request_uri varchar(255),
  keywords varchar(255),
  date_add timestamp NOT NULL
);
INSERT INTO ps_connections_source
SELECT s, v, r.ref, r.uri, r.kw, psgen.at('vat', v, '2024-03-01', '2024-06-27')
FROM (SELECT s, 1 + fixture_gen.n('csv', s, 520) AS v, fixture_gen.n('cskind', s, 9) AS k, 1 + fixture_gen.n('csc', s, 260) AS c FROM generate_series(1, 260) s) x
JOIN psgen.p p ON p.i = x.c
CROSS JOIN LATERAL (SELECT
  CASE x.k WHEN 0 THEN 'https://www.google.fr/' WHEN 1 THEN 'https://www.bing.com/search?q=' || replace(kw.w, ' ', '+') || '&form=QBLH'
    WHEN 2 THEN 'https://mail.google.com/' WHEN 3 THEN 'https://webmail1m.orange.fr/webmail/fr_FR/read.html?FOLDER=SF_INBOX&IDMSG=' || fixture_gen.digits('csmsg', x.s, 6)
    WHEN 4 THEN 'https://www.paypal.com/' WHEN 5 THEN 'https://checkout.stripe.com/'
    WHEN 6 THEN 'https://' || fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '.blog/2024/04/ma-cuisine-en-cuivre/'
    WHEN 7 THEN 'https://www.marmiton.org/forum/ustensiles/ou-acheter-du-cuivre-' || fixture_gen.digits('csf', x.s, 5) || '.html'
    ELSE 'https://duckduckgo.com/' END AS ref,
  CASE x.k WHEN 0 THEN '/fr/12-poeles-en-cuivre' WHEN 1 THEN '/fr/casseroles/' || (20 + fixture_gen.n('csp', x.s, 40)) || '-casserole-cuivre-etame.html'
    WHEN 2 THEN '/fr/recuperation-mot-de-passe?token=' || psgen.hex32('seckey', p.i) || '&id_customer=' || p.i || '&reset_token=' || psgen.hex40('crpt', p.i)
    WHEN 3 THEN '/fr/suivi-commande-invite?order_reference=' || upper(fixture_gen.chars('oref', x.s, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) || '&email=' || replace(p.email, '@', '%40')
    WHEN 4 THEN '/fr/confirmation-commande?id_cart=' || x.s || '&id_module=74&id_order=' || x.s || '&key=' || psgen.hex32('seckey', p.i)
    WHEN 5 THEN '/module/stripe_official/orderConfirmationReturn?payment_intent=pi_' || fixture_gen.chars('csstr', x.s, 24) || '&payment_intent_client_secret=pi_' || fixture_gen.chars('csstr', x.s, 24) || '_secret_' || fixture_gen.chars('cssec', x.s, 25)
    WHEN 6 THEN '/fr/poeles/31-poele-cuivre-28-cm.html' WHEN 7 THEN '/fr/content/4-a-propos'
    ELSE '/en/module/ps_emailsubscription/verification?token=' || psgen.hex32('nltok', x.s) END AS uri,
  CASE WHEN x.k = 1 THEN kw.w ELSE '' END AS kw
  FROM (SELECT fixture_gen.pick(ARRAY['casserole cuivre', 'poele cuivre avis', 'maison cuivre lyon', 'copper saute pan induction', 'bassine confiture cuivre', 'etamage casserole'], 'cskw', x.s) AS w) kw) r;

-- Shop configuration: the key/value store of settings.
CREATE TABLE ps_configuration (
  id_configuration serial PRIMARY KEY,
  id_shop_group integer,
  id_shop integer,
  name varchar(254) NOT NULL,
  value text,
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
INSERT INTO ps_configuration (id_shop_group, id_shop, name, value, date_add, date_upd)
SELECT NULL, NULL, k, v, '2019-02-01 10:00:00', psgen.at('cfgu', ord, '2019-02-01', '2024-06-01')
FROM (VALUES
 (1, 'PS_LANG_DEFAULT', '1'), (2, 'PS_VERSION_DB', '8.1.5'), (3, 'PS_INSTALL_VERSION', '1.6.1.24'), (4, 'PS_SHOP_DOMAIN', 'www.maison-cuivre.fr'),
 (5, 'PS_SHOP_DOMAIN_SSL', 'www.maison-cuivre.fr'), (6, 'PS_SHOP_NAME', 'Maison Cuivre'), (7, 'PS_SHOP_EMAIL', 'contact@maison-cuivre.fr'),
 (8, 'PS_SHOP_PHONE', '04 78 42 19 60'), (9, 'PS_SHOP_FAX', ''), (10, 'PS_SHOP_ADDR1', '14 rue Mercière'), (11, 'PS_SHOP_ADDR2', ''),
 (12, 'PS_SHOP_CODE', '69002'), (13, 'PS_SHOP_CITY', 'Lyon'), (14, 'PS_SHOP_COUNTRY_ID', '8'), (15, 'PS_SHOP_DETAILS', 'SAS au capital de 20 000 € - RCS Lyon 852 417 903'),
 (16, 'PS_MAIL_METHOD', '2'), (17, 'PS_MAIL_SERVER', 'smtp-relay.brevo.com'), (18, 'PS_MAIL_USER', 'chloe.girard@maison-cuivre.fr'),
 (19, 'PS_MAIL_PASSWD', 'xsmtpsib-' || fixture_gen.hexn('brevo', 1, 64) || '-' || fixture_gen.chars('brevo', 1, 16)), (20, 'PS_MAIL_SMTP_ENCRYPTION', 'tls'), (21, 'PS_MAIL_SMTP_PORT', '587'),
 (22, 'PS_MAIL_TYPE', '3'), (23, 'PS_MAIL_DOMAIN', 'maison-cuivre.fr'), (24, 'PS_CUSTOMER_SERVICE_FILE_UPLOAD', '1'),
 (25, 'PS_CUSTOMER_SERVICE_SIGNATURE', 'Chloé Girard - Maison Cuivre - 04 78 42 19 60'), (26, 'PS_SAV_IMAP_URL', 'imap.gmail.com'),
 (27, 'PS_SAV_IMAP_USER', 'service-client@maison-cuivre.fr'), (28, 'PS_SAV_IMAP_PWD', 'Cuivre' || fixture_gen.digits('imap', 1, 4) || '!Lyon'),
 (29, 'PS_SAV_IMAP_PORT', '993'), (30, 'PS_COOKIE_LIFETIME_FO', '480'), (31, 'PS_COOKIE_LIFETIME_BO', '480'), (32, 'PS_SSL_ENABLED', '1'),
 (33, 'PS_GUEST_CHECKOUT_ENABLED', '1'), (34, 'PS_B2B_ENABLE', '1'), (35, 'PS_INVOICE_PREFIX', 'FA'), (36, 'PS_DELIVERY_PREFIX', 'BL'),
 (37, 'PS_ORDER_RETURN', '1'), (38, 'PS_ORDER_RETURN_NB_DAYS', '14'), (39, 'PS_GIFT_WRAPPING', '1'), (40, 'PS_GIFT_WRAPPING_PRICE', '4.5'),
 (41, 'PS_LOGO', 'maison-cuivre-logo-1558092843.jpg'), (42, 'PS_STOCK_MANAGEMENT', '1'), (43, 'PS_SEARCH_MINWORDLEN', '3'),
 (44, 'PS_GEOLOCATION_ENABLED', '0'), (45, 'PS_MAINTENANCE_IP', '82.64.117.203,2a01:e0a:1d5:4c60::1'), (46, 'PS_WEBSERVICE', '1'),
 (47, 'STRIPE_MODE', '0'), (48, 'STRIPE_KEY', 'sk_' || 'live_51' || fixture_gen.chars('stripe', 1, 95)), (49, 'STRIPE_PUBLISHABLE', 'pk_' || 'live_51' || fixture_gen.chars('stripepk', 1, 95)),
 (50, 'STRIPE_WEBHOOK_SECRET', 'whsec_' || fixture_gen.chars('stripewh', 1, 32)), (51, 'STRIPE_ACCOUNT_ID', 'acct_1' || fixture_gen.chars('stracct', 1, 15)),
 (52, 'PAYPAL_API_USER', 'chloe.girard_api1.maison-cuivre.fr'), (53, 'PAYPAL_API_PASSWORD', upper(fixture_gen.chars('ppw', 1, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))),
 (54, 'PAYPAL_API_SIGNATURE', fixture_gen.chars('ppsig', 1, 56)), (55, 'PAYPAL_API_SECRET', 'E' || fixture_gen.chars('ppsec', 1, 79, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
 (56, 'PS_CHECKOUT_PAYPAL_ID_MERCHANT', upper(fixture_gen.chars('ppmid', 1, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))), (57, 'PS_CHECKOUT_PSX_FORM', '{"business_contact_gender":"Mme","business_contact_first_name":"Chloé","business_contact_last_name":"Girard","business_contact_nationality":"FR","business_contact_language":"fr","business_phone_country":"33","business_phone":"0612457830","business_website":"https://www.maison-cuivre.fr","business_company_emr":"RETAIL","business_category":"1011"}'),
 (58, 'MAILCHIMP_API_KEY', fixture_gen.hexn('mcapi', 1, 32) || '-us5'), (59, 'MAILCHIMP_LIST_ID', substr(md5('mclist'), 1, 10)),
 (60, 'BLOCKCONTACT_EMAIL', 'contact@maison-cuivre.fr'), (61, 'BLOCKCONTACT_TELNUMBER', '04 78 42 19 60'), (62, 'PS_WIREPAYMENT_OWNER', 'Maison Cuivre SAS'),
 (63, 'BANK_WIRE_DETAILS', 'IBAN ' || fixture_gen.iban('FR', '30004' || '01234' || fixture_gen.digits('shopiban', 1, 11) || '57') || ' BIC BNPAFRPPXXX'),
 (64, 'BANK_WIRE_ADDRESS', 'BNP Paribas Lyon Terreaux, 8 place des Terreaux, 69001 Lyon'), (65, 'PS_ACCOUNTS_FIREBASE_REFRESH_TOKEN', 'AMf-vB' || fixture_gen.chars('fbrt', 1, 180, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
 (66, 'PS_ACCOUNTS_FIREBASE_ID_TOKEN', fixture_gen.jwt('fbidt', 1)), (67, 'PS_ACCOUNTS_RSA_PRIVATE_KEY', '-----BEGIN RSA ' || 'PRIVATE KEY-----' || E'\n' || fixture_gen.b64('psrsa', 1, 192) || E'\n' || fixture_gen.b64('psrsa2', 1, 192) || E'\n-----END RSA ' || 'PRIVATE KEY-----'),
 (68, 'GA_ACCOUNT_ID', 'G-' || upper(fixture_gen.chars('ga', 1, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'))), (69, 'PS_SMARTY_CACHE', '1'), (70, 'PS_ALLOW_HTML_IFRAME', '0')
) v(ord, k, v) ORDER BY ord;

CREATE TABLE ps_webservice_account (
  id_webservice_account serial PRIMARY KEY,
  key varchar(32) NOT NULL,
  description text,
  class_name varchar(50) NOT NULL DEFAULT 'WebserviceRequest',
  is_module smallint NOT NULL DEFAULT 0,
  module_name varchar(50),
  active smallint NOT NULL
);
INSERT INTO ps_webservice_account VALUES
 (1, upper(fixture_gen.chars('wsk', 1, 32, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789')), 'Synchro stock avec l''ERP (Sage) - contact Mathieu Roux 06 71 84 22 09', 'WebserviceRequest', 0, NULL, 1),
 (2, upper(fixture_gen.chars('wsk', 2, 32, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789')), 'Shippingbo', 'WebserviceRequest', 0, NULL, 1),
 (3, upper(fixture_gen.chars('wsk', 3, 32, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789')), 'Key for Agnieszka (freelance dev, Studio Pixel Praha) - revoke after the theme migration', 'WebserviceRequest', 0, NULL, 0),
 (4, upper(fixture_gen.chars('wsk', 4, 32, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789')), 'Comptabilité - export factures pour le cabinet Fontaine & Associés', 'WebserviceRequest', 0, NULL, 1),
 (5, upper(fixture_gen.chars('wsk', 5, 32, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789')), '', 'WebserviceRequest', 0, NULL, 1);

-- Cart rules: promotions, and vouchers made by customer service for one customer.
CREATE TABLE ps_cart_rule (
  id_cart_rule serial PRIMARY KEY,
  id_customer integer NOT NULL DEFAULT 0,
  date_from timestamp NOT NULL,
  date_to timestamp NOT NULL,
  description text,
  quantity integer NOT NULL DEFAULT 0,
  quantity_per_user integer NOT NULL DEFAULT 0,
  priority integer NOT NULL DEFAULT 1,
  partial_use smallint NOT NULL DEFAULT 0,
  code varchar(254) NOT NULL,
  minimum_amount numeric(20,6) NOT NULL DEFAULT 0,
  minimum_amount_tax smallint NOT NULL DEFAULT 0,
  minimum_amount_currency integer NOT NULL DEFAULT 0,
  minimum_amount_shipping smallint NOT NULL DEFAULT 0,
  country_restriction smallint NOT NULL DEFAULT 0,
  carrier_restriction smallint NOT NULL DEFAULT 0,
  group_restriction smallint NOT NULL DEFAULT 0,
  cart_rule_restriction smallint NOT NULL DEFAULT 0,
  product_restriction smallint NOT NULL DEFAULT 0,
  shop_restriction smallint NOT NULL DEFAULT 0,
  free_shipping smallint NOT NULL DEFAULT 0,
  reduction_percent numeric(5,2) NOT NULL DEFAULT 0,
  reduction_amount numeric(20,6) NOT NULL DEFAULT 0,
  reduction_tax smallint NOT NULL DEFAULT 0,
  reduction_currency integer NOT NULL DEFAULT 0,
  reduction_product integer NOT NULL DEFAULT 0,
  reduction_exclude_special smallint NOT NULL DEFAULT 0,
  gift_product integer NOT NULL DEFAULT 0,
  gift_product_attribute integer NOT NULL DEFAULT 0,
  highlight smallint NOT NULL DEFAULT 0,
  active smallint NOT NULL DEFAULT 0,
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
CREATE TABLE psgen.cr AS
SELECT r, CASE WHEN r > 12 THEN 1 + fixture_gen.n('crc', r, 260) ELSE 0 END AS c, psgen.at('crat', r, '2022-01-01', '2024-06-01') AS at FROM generate_series(1, 48) r;
INSERT INTO ps_cart_rule
SELECT r.r, r.c, r.at, r.at + CASE WHEN r.c > 0 THEN interval '1 year' ELSE interval '30 days' END,
       CASE WHEN r.c = 0 THEN fixture_gen.pick(ARRAY['Soldes d''été', 'Newsletter welcome offer', 'Black Friday', 'Salon Sirha 2023'], 'crd', r.r)
            WHEN r.r % 3 = 0 THEN 'Geste commercial : poêle rayée (commande ' || (SELECT o.ref FROM psgen.o o WHERE o.c = r.c LIMIT 1) || '), cliente au téléphone le ' || to_char(r.at, 'DD/MM') || ', très mécontente.'
            WHEN r.r % 3 = 1 THEN 'Parrainage : ' || p.first || ' ' || p.last || ' a parrainé ' || fixture_gen.full_name('crsp', r.r) || ' (' || fixture_gen.email('crsp', r.r) || ')'
            ELSE '' END,
       CASE WHEN r.c > 0 THEN 1 ELSE 1000 END, 1, 1, CASE WHEN r.c > 0 THEN 1 ELSE 0 END,
       CASE WHEN r.c = 0 THEN fixture_gen.pick(ARRAY['ETE2024', 'BIENVENUE10', 'BLACKCUIVRE', 'SIRHA23'], 'crd', r.r) WHEN r.r % 2 = 0 THEN upper(fixture_gen.chars('crcode', r.r, 8, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789')) ELSE '' END,
       CASE WHEN r.c = 0 THEN 50 ELSE 0 END, 0, 1, 0, 0, 0, 0, CASE WHEN r.c = 0 THEN 1 ELSE 0 END, 0, 0, CASE WHEN r.r % 5 = 0 THEN 1 ELSE 0 END,
       CASE WHEN r.c = 0 THEN 10 ELSE 0 END, CASE WHEN r.c > 0 THEN 15 ELSE 0 END, 1, 1, 0, 0, 0, 0, 0, CASE WHEN r.at > '2024-01-01' THEN 1 ELSE 0 END, r.at, r.at
FROM psgen.cr r LEFT JOIN psgen.p p ON p.i = r.c;

CREATE TABLE ps_cart_rule_lang (
  id_cart_rule integer NOT NULL,
  id_lang integer NOT NULL,
  name varchar(254) NOT NULL,
  PRIMARY KEY (id_cart_rule, id_lang)
);
INSERT INTO ps_cart_rule_lang
SELECT r.r, l, CASE WHEN r.c = 0 THEN fixture_gen.pick(ARRAY['Soldes d''été -10 %', 'Bienvenue -10 %', 'Black Friday', 'Salon Sirha'], 'crd', r.r)
                    WHEN r.r % 3 = 1 THEN 'Parrainage ' || p.first || ' ' || p.last ELSE 'Avoir ' || p.first || ' ' || p.last END
FROM psgen.cr r LEFT JOIN psgen.p p ON p.i = r.c, generate_series(1, 3) l;

-- Affiliates (Stats > Referrers): partners who log in to see their sales.
CREATE TABLE ps_referrer (
  id_referrer serial PRIMARY KEY,
  name varchar(64) NOT NULL,
  passwd varchar(255),
  http_referer_regexp varchar(64),
  http_referer_like varchar(64),
  request_uri_regexp varchar(64),
  request_uri_like varchar(64),
  http_referer_regexp_not varchar(64),
  http_referer_like_not varchar(64),
  request_uri_regexp_not varchar(64),
  request_uri_like_not varchar(64),
  base_fee numeric(5,2) NOT NULL DEFAULT 0,
  percent_fee numeric(5,2) NOT NULL DEFAULT 0,
  click_fee numeric(5,2) NOT NULL DEFAULT 0,
  date_add timestamp NOT NULL
);
INSERT INTO ps_referrer VALUES
 (1, 'Google Ads', NULL, '', '%google%', '', '%gclid=%', '', '', '', '', 0, 0, 0, '2020-03-01'),
 (2, 'Facebook', NULL, '', '%facebook.com%', '', '', '', '', '', '', 0, 0, 0, '2020-03-01'),
 (3, 'Amara Mensah (blog La Cuisine d''Amara)', psgen.hex32('refpw', 3), '', '%lacuisinedamara.fr%', '', '%utm_source=amara%', '', '', '', '', 0, 5.00, 0, '2022-04-11'),
 (4, 'Marmiton forum', NULL, '', '%marmiton.org%', '', '', '', '', '', '', 0, 0, 0, '2021-06-01'),
 (5, 'Hiroshi Tanaka - YouTube', psgen.hex32('refpw', 5), '', '%youtube.com%', '', '%utm_campaign=hiroshi%', '', '', '', '', 0, 7.50, 0, '2023-02-20'),
 (6, 'Newsletter', NULL, '', '%list-manage.com%', '', '', '', '', '', '', 0, 0, 0, '2020-03-01'),
 (7, 'Chef Julien Okafor', psgen.hex32('refpw', 7), '', '', '', '%ref=chefokafor%', '', '', '', '', 10.00, 3.00, 0, '2023-09-05'),
 (8, 'Pinterest', NULL, '', '%pinterest.%', '', '', '', '', '', '', 0, 0, 0, '2021-01-15');

-- The shop's own stores.
CREATE TABLE ps_store (
  id_store serial PRIMARY KEY,
  id_country integer NOT NULL,
  id_state integer,
  city varchar(64) NOT NULL,
  postcode varchar(12) NOT NULL,
  latitude numeric(13,8),
  longitude numeric(13,8),
  phone varchar(16),
  fax varchar(16),
  email varchar(255),
  active smallint NOT NULL DEFAULT 0,
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
INSERT INTO ps_store VALUES
 (1, 8, 0, 'Lyon', '69002', 45.76243100, 4.83337900, '04 78 42 19 60', '', 'lyon@maison-cuivre.fr', 1, '2019-02-01', '2024-01-10'),
 (2, 8, 0, 'Paris', '75003', 48.86287500, 2.36117800, '01 42 71 08 33', '', 'paris@maison-cuivre.fr', 1, '2021-09-01', '2024-01-10'),
 (3, 8, 0, 'Bordeaux', '33000', 44.84055600, -0.57369000, '05 56 44 20 71', '05 56 44 20 72', 'bordeaux@maison-cuivre.fr', 1, '2023-03-15', '2024-01-10'),
 (4, 8, 0, 'Villedieu-les-Poêles', '50800', 48.83803200, -1.21923000, '02 33 61 04 18', '', 'atelier@maison-cuivre.fr', 0, '2019-02-01', '2022-12-31');

CREATE TABLE ps_store_lang (
  id_store integer NOT NULL,
  id_lang integer NOT NULL,
  name varchar(255) NOT NULL,
  address1 varchar(255) NOT NULL,
  address2 varchar(255),
  hours text,
  note text,
  PRIMARY KEY (id_store, id_lang)
);
INSERT INTO ps_store_lang
SELECT s, l, (ARRAY['Maison Cuivre Lyon', 'Maison Cuivre Paris Marais', 'Maison Cuivre Bordeaux', 'Atelier d''étamage'])[s],
       (ARRAY['14 rue Mercière', '27 rue Vieille du Temple', '8 rue Sainte-Catherine', '3 rue du Pont Chignon'])[s], CASE WHEN s = 2 THEN 'Cour intérieure' ELSE '' END,
       '[["10:00 - 19:00"],["10:00 - 19:00"],["10:00 - 19:00"],["10:00 - 19:00"],["10:00 - 19:30"],["10:00 - 19:30"],[""]]',
       (ARRAY['Démonstrations d''étamage le samedi', 'Métro Saint-Paul', 'Parking Tourny à 5 min', 'Visite de l''atelier sur rendez-vous'])[s]
FROM generate_series(1, 4) s, generate_series(1, 3) l;

-- The catalogue (ps_product trimmed to its commonest columns).
CREATE TABLE ps_product (
  id_product serial PRIMARY KEY,
  id_supplier integer,
  id_manufacturer integer,
  id_category_default integer,
  id_shop_default integer NOT NULL DEFAULT 1,
  id_tax_rules_group integer NOT NULL,
  on_sale smallint NOT NULL DEFAULT 0,
  ean13 varchar(13),
  reference varchar(64),
  supplier_reference varchar(64),
  price numeric(20,6) NOT NULL DEFAULT 0,
  wholesale_price numeric(20,6) NOT NULL DEFAULT 0,
  quantity integer NOT NULL DEFAULT 0,
  weight numeric(20,6) NOT NULL DEFAULT 0,
  active smallint NOT NULL DEFAULT 0,
  condition varchar(11) NOT NULL DEFAULT 'new',
  visibility varchar(7) NOT NULL DEFAULT 'both',
  product_type varchar(15) NOT NULL DEFAULT '',
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
CREATE TABLE psgen.prod AS
SELECT pr, (ARRAY['Poêle', 'Casserole', 'Sauteuse', 'Faitout', 'Bassine à confiture', 'Cocotte', 'Plat à gratin', 'Moule à cannelés'])[1 + pr % 8] AS kind,
       (ARRAY['Frying pan', 'Saucepan', 'Sauté pan', 'Stockpot', 'Jam pan', 'Casserole dish', 'Gratin dish', 'Canelé mould'])[1 + pr % 8] AS kind_en,
       (ARRAY[20, 24, 28, 16, 18, 30, 32, 5])[1 + (pr / 8) % 8] AS size,
       fixture_gen.pick(ARRAY['Tradition', 'Bistrot', 'Prestige', 'Atelier'], 'prr', pr) AS range
FROM generate_series(1, 64) pr;
INSERT INTO ps_product
SELECT pr.pr, 1 + pr.pr % 5, 1 + pr.pr % 3, 3 + pr.pr % 8, 1, 1, CASE WHEN pr.pr % 11 = 0 THEN 1 ELSE 0 END,
       fixture_gen.luhn('376' || fixture_gen.digits('pean', pr.pr, 9)), 'MC-' || upper(substr(pr.kind_en, 1, 3)) || '-' || pr.size, 'F' || fixture_gen.digits('psup', pr.pr, 6),
       round((39 + fixture_gen.n('ppr', pr.pr, 300))::numeric, 2), round((15 + fixture_gen.n('ppr', pr.pr, 120))::numeric, 2), fixture_gen.n('pqty', pr.pr, 80),
       round((0.4 + fixture_gen.n('pw', pr.pr, 400) / 100.0)::numeric, 3), CASE WHEN pr.pr % 17 = 0 THEN 0 ELSE 1 END,
       CASE WHEN pr.pr % 23 = 0 THEN 'refurbished' ELSE 'new' END, 'both', 'standard', psgen.at('pda', pr.pr, '2019-02-01', '2024-01-01'), psgen.at('pdu', pr.pr, '2024-01-01', '2024-06-01')
FROM psgen.prod pr;

CREATE TABLE ps_product_lang (
  id_product integer NOT NULL,
  id_shop integer NOT NULL DEFAULT 1,
  id_lang integer NOT NULL,
  description text,
  description_short text,
  link_rewrite varchar(128) NOT NULL,
  meta_description varchar(512),
  meta_keywords varchar(255),
  meta_title varchar(255),
  name varchar(128) NOT NULL,
  available_now varchar(255),
  available_later varchar(255),
  delivery_in_stock varchar(255),
  delivery_out_stock varchar(255),
  PRIMARY KEY (id_product, id_shop, id_lang)
);
INSERT INTO ps_product_lang
SELECT pr.pr, 1, l,
       CASE WHEN l = 1 THEN '<p>' || pr.kind || ' en cuivre massif 2,5 mm, intérieur étamé à la main dans notre atelier de Villedieu-les-Poêles. Queue en fonte de fer rivetée. Ø ' || pr.size || ' cm.</p><p>Compatible gaz, électrique et four. Pour l''induction, utiliser le disque adaptateur.</p>'
            ELSE '<p>Solid 2.5 mm copper ' || lower(pr.kind_en) || ', hand-tinned inside in our Villedieu-les-Poêles workshop. Riveted cast-iron handle. Ø ' || pr.size || ' cm.</p><p>Works on gas, electric and in the oven. For induction, use the adapter disc.</p>' END,
       CASE WHEN l = 1 THEN '<p>Gamme ' || pr.range || ', fabriquée en France.</p>' ELSE '<p>' || pr.range || ' range, made in France.</p>' END,
       fixture_gen.ascii(pr.kind) || '-cuivre-' || pr.size || '-cm', CASE WHEN l = 1 THEN pr.kind || ' en cuivre étamé ' || pr.size || ' cm' ELSE 'Tinned copper ' || lower(pr.kind_en) || ' ' || pr.size || ' cm' END,
       'cuivre,étamé,' || lower(pr.kind_en), '', CASE WHEN l = 1 THEN pr.kind || ' ' || pr.range || ' ' || pr.size || ' cm' ELSE pr.kind_en || ' ' || pr.range || ' ' || pr.size || ' cm' END,
       CASE WHEN l = 1 THEN 'En stock' ELSE 'In stock' END, CASE WHEN l = 1 THEN 'Fabrication sous 3 semaines' ELSE 'Made to order in 3 weeks' END, '', ''
FROM psgen.prod pr, (VALUES (1), (2), (3)) x(l);

-- Search index words (from the catalogue) and what visitors typed in the search box.
CREATE TABLE ps_search_word (
  id_word serial PRIMARY KEY,
  id_shop integer NOT NULL DEFAULT 1,
  id_lang integer NOT NULL,
  word varchar(30) NOT NULL
);
INSERT INTO ps_search_word (id_shop, id_lang, word)
SELECT DISTINCT 1, id_lang, w FROM (SELECT id_lang, lower(regexp_split_to_table(name || ' ' || meta_description, '[^[:alnum:]]+')) AS w FROM ps_product_lang) x WHERE length(w) >= 3 ORDER BY 2, 3;

CREATE TABLE ps_statssearch (
  id_statssearch serial PRIMARY KEY,
  id_shop integer NOT NULL DEFAULT 1,
  id_shop_group integer NOT NULL DEFAULT 1,
  keywords varchar(255) NOT NULL,
  results integer NOT NULL DEFAULT 0,
  date_add timestamp NOT NULL
);
INSERT INTO ps_statssearch
SELECT s, 1, 1,
       CASE fixture_gen.n('ssk', s, 12)
         WHEN 0 THEN p.email WHEN 1 THEN lower(p.first || ' ' || p.last) WHEN 2 THEN upper(fixture_gen.chars('oref', s, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'))
         WHEN 3 THEN replace(p.mobile, ' ', '')
         ELSE fixture_gen.pick(ARRAY['poele', 'casserole 20', 'bassine', 'etamage', 'cocotte cuivre', 'copper pan', 'induction', 'cannelés', 'moule', 'Kupferpfanne', 'sauteuse 28'], 'ssw', s) END,
       CASE WHEN fixture_gen.n('ssk', s, 12) < 4 THEN 0 ELSE 1 + fixture_gen.n('ssr', s, 24) END, psgen.at('ssat', s, '2024-01-01', '2024-06-27')
FROM generate_series(1, 220) s JOIN psgen.p p ON p.i = 1 + fixture_gen.n('ssp', s, 260);

-- Back-office log.
CREATE TABLE ps_log (
  id_log serial PRIMARY KEY,
  severity smallint NOT NULL,
  error_code integer,
  message text NOT NULL,
  object_type varchar(32),
  object_id integer,
  id_shop integer,
  id_shop_group integer,
  id_lang integer,
  in_all_shops smallint NOT NULL DEFAULT 0,
  id_employee integer,
  date_add timestamp NOT NULL,
  date_upd timestamp NOT NULL
);
INSERT INTO ps_log
SELECT g, x.sev, x.code, x.msg, x.ot, x.oid, 1, 1, 1, 0, x.emp, x.at, x.at
FROM generate_series(1, 240) g
JOIN psgen.p p ON p.i = 1 + fixture_gen.n('lgp', g, 260)
JOIN psgen.emp e ON e.e = 1 + fixture_gen.n('lge', g, 11)
CROSS JOIN LATERAL (SELECT
  CASE fixture_gen.n('lgk', g, 8) WHEN 6 THEN 3 WHEN 7 THEN 2 ELSE 1 END AS sev,
  CASE fixture_gen.n('lgk', g, 8) WHEN 6 THEN 1 ELSE 0 END AS code,
  CASE fixture_gen.n('lgk', g, 8)
    WHEN 0 THEN 'Back office connection from ' || fixture_gen.ipv4('lgip', e.e)
    WHEN 1 THEN 'Customer modification'
    WHEN 2 THEN 'Customer deletion: ' || p.first || ' ' || p.last || ' (' || p.email || ')'
    WHEN 3 THEN 'Order status changed to Shipped'
    WHEN 4 THEN 'Customer ' || p.first || ' ' || p.last || ' (' || p.email || ') - password reset requested by ' || e.first || ' ' || e.last
    WHEN 5 THEN 'Product modification'
    WHEN 6 THEN 'Stripe - Payment failed for ' || p.email || ': Your card was declined. (card_declined)'
    ELSE 'Email sending failed: Expected response code 250 but got code "550", with message "550 5.1.1 <' || p.email || '>: Recipient address rejected: User unknown"' END AS msg,
  CASE fixture_gen.n('lgk', g, 8) WHEN 0 THEN 'Employee' WHEN 1 THEN 'Customer' WHEN 2 THEN 'Customer' WHEN 4 THEN 'Customer' WHEN 3 THEN 'Order' WHEN 5 THEN 'Product' WHEN 6 THEN 'Cart' ELSE '' END AS ot,
  CASE fixture_gen.n('lgk', g, 8) WHEN 0 THEN e.e WHEN 3 THEN 1 + g % 300 WHEN 5 THEN 1 + g % 64 WHEN 7 THEN NULL ELSE p.i END AS oid,
  CASE WHEN fixture_gen.n('lgk', g, 8) IN (6, 7) THEN 0 ELSE e.e END AS emp,
  psgen.at('lgat', g, '2024-01-01', '2024-06-27') AS at) x;

-- The mail log (Advanced parameters > E-mail, "log emails" on).
CREATE TABLE ps_mail (
  id_mail serial PRIMARY KEY,
  recipient varchar(126) NOT NULL,
  template varchar(62) NOT NULL,
  subject varchar(254) NOT NULL,
  id_lang integer NOT NULL,
  date_add timestamp NOT NULL
);
INSERT INTO ps_mail
SELECT m, CASE WHEN x.t = 'contact' THEN 'service-client@maison-cuivre.fr' ELSE p.email END, x.t,
       CASE x.t WHEN 'account' THEN 'Bienvenue !' WHEN 'order_conf' THEN 'Confirmation de commande' WHEN 'shipped' THEN 'En cours de livraison' WHEN 'password_query' THEN 'Réinitialisation du mot de passe'
                WHEN 'contact' THEN 'Message depuis le formulaire de contact [no_sync]' WHEN 'newsletter_conf' THEN 'Confirmation d''inscription à la newsletter' ELSE 'Paiement accepté' END,
       p.id_lang, psgen.at('mlat', m, '2024-03-01', '2024-06-27')
FROM generate_series(1, 300) m JOIN psgen.p p ON p.i = 1 + fixture_gen.n('mlp', m, 260)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['account', 'order_conf', 'order_conf', 'shipped', 'payment', 'password_query', 'contact', 'newsletter_conf'], 'mlt', m) AS t) x;

-- Newsletter sign-ups of visitors without an account (ps_emailsubscription module).
CREATE TABLE ps_emailsubscription (
  id serial PRIMARY KEY,
  id_shop integer NOT NULL DEFAULT 1,
  id_shop_group integer NOT NULL DEFAULT 1,
  email varchar(255) NOT NULL,
  newsletter_date_add timestamp,
  ip_registration_newsletter varchar(15) NOT NULL,
  http_referer varchar(255),
  active smallint NOT NULL DEFAULT 0,
  id_lang integer NOT NULL DEFAULT 0
);
INSERT INTO ps_emailsubscription
SELECT s, 1, 1, fixture_gen.email('nle', s), psgen.at('nlat', s, '2020-01-01', '2024-06-27'), fixture_gen.ipv4('nlip', s),
       fixture_gen.pick(ARRAY['https://www.maison-cuivre.fr/fr/', 'https://www.maison-cuivre.fr/fr/12-poeles-en-cuivre', 'https://www.maison-cuivre.fr/en/content/4-about-us', 'https://www.maison-cuivre.fr/fr/blog/entretenir-son-cuivre'], 'nlref', s),
       CASE WHEN s % 6 = 0 THEN 0 ELSE 1 END, 1 + fixture_gen.n('nll', s, 3)
FROM generate_series(1, 150) s;

-- Product customizations: engraving texts typed by customers and uploaded pictures (stored under a hashed name).
CREATE TABLE ps_customized_data (
  id_customization integer NOT NULL,
  type smallint NOT NULL,
  index integer NOT NULL,
  value varchar(255) NOT NULL,
  id_module integer NOT NULL DEFAULT 0,
  price numeric(20,6) NOT NULL DEFAULT 0,
  weight numeric(20,6) NOT NULL DEFAULT 0,
  PRIMARY KEY (id_customization, type, index)
);
INSERT INTO ps_customized_data
SELECT cz, CASE WHEN cz % 5 = 0 THEN 0 ELSE 1 END, CASE WHEN cz % 5 = 0 THEN 7 ELSE 8 END,
       CASE WHEN cz % 5 = 0 THEN md5('pscust' || cz)
            ELSE fixture_gen.pick(ARRAY['Famille ' || p.last, p.first || ' & ' || fixture_gen.first_name('czp', cz) || ' - ' || to_char(fixture_gen.birth_date('czd', cz), 'DD.MM.YYYY'),
                   'Pour Mamie ' || fixture_gen.first_name('czm', cz) || ', 80 ans', 'Chez ' || p.first, 'Bon appétit', p.first || ' ' || p.last || ' - Chef'], 'czv', cz) END,
       0, CASE WHEN cz % 5 = 0 THEN 0 ELSE 12 END, 0
FROM generate_series(1, 90) cz JOIN psgen.p p ON p.i = 1 + fixture_gen.n('czc', cz, 260);

-- Saved list filters of the back office's Symfony grids.
CREATE TABLE ps_admin_filter (
  id serial PRIMARY KEY,
  employee integer NOT NULL,
  shop integer NOT NULL,
  controller varchar(60) NOT NULL,
  action varchar(100) NOT NULL,
  filter text NOT NULL,
  filter_id varchar(191) NOT NULL
);
INSERT INTO ps_admin_filter (employee, shop, controller, action, filter, filter_id)
SELECT 1 + (f % 11), 1, '', '',
       CASE f % 4
         WHEN 0 THEN '{"limit":50,"orderBy":"date_add","sortOrder":"desc","filters":{"email":' || fixture_gen.js(p.email) || '}}'
         WHEN 1 THEN '{"limit":50,"orderBy":"id_order","sortOrder":"desc","filters":{"customer":' || fixture_gen.js(p.last) || ',"osname":"3"}}'
         WHEN 2 THEN '{"limit":20,"orderBy":"id_customer","sortOrder":"desc","filters":{"lastname":' || fixture_gen.js(p.last) || ',"firstname":' || fixture_gen.js(p.first) || '}}'
         ELSE '{"limit":50,"orderBy":"position","sortOrder":"asc","filters":{"active":"1"}}' END,
       (ARRAY['customer', 'order', 'customer', 'product'])[1 + f % 4]
FROM generate_series(1, 40) f JOIN psgen.p p ON p.i = 1 + fixture_gen.n('afp', f, 260);

-- SQL Manager queries saved by employees.
CREATE TABLE ps_request_sql (
  id_request_sql serial PRIMARY KEY,
  name varchar(200) NOT NULL,
  sql text NOT NULL
);
INSERT INTO ps_request_sql VALUES
 (1, 'Clients newsletter', 'SELECT firstname, lastname, email FROM ps_customer WHERE newsletter = 1 AND deleted = 0'),
 (2, 'CA par mois', 'SELECT DATE_FORMAT(date_add, ''%Y-%m'') AS mois, SUM(total_paid_real) FROM ps_orders WHERE valid = 1 GROUP BY mois'),
 (3, 'Commandes de Mme Haddad (litige)', 'SELECT o.reference, o.total_paid FROM ps_orders o JOIN ps_customer c ON c.id_customer = o.id_customer WHERE c.email = ''leila.haddad@orange.fr'''),
 (4, 'Adresses Lyon pour livraison vélo', 'SELECT a.firstname, a.lastname, a.address1, a.phone_mobile FROM ps_address a WHERE a.postcode LIKE ''6900%'''),
 (5, 'Doublons clients', 'SELECT email, COUNT(*) FROM ps_customer GROUP BY email HAVING COUNT(*) > 1'),
 (6, 'Recherche Kenji - colis perdu', 'SELECT * FROM ps_address WHERE lastname = ''Suzuki'' AND phone_mobile = ''090-4418-2207''');

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA psgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
