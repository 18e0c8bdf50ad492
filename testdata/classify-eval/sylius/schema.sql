-- classify-eval fixture (HOLDOUT 40: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Sylius 1.12 shop on PostgreSQL in the naming its Doctrine migrations create
-- (sylius_ tables, integer ids, snake_case columns, created_at/updated_at,
-- Doctrine "array" columns as PHP-serialized text, json columns), a subset of
-- its tables with their real columns and types. The shop is Brightcup, a
-- coffee roaster and brewing-gear shop in Berlin selling through three
-- channels (the EU web shop, the UK web shop and a wholesale channel for
-- cafés and offices). Customers of several cultures across Europe with
-- their address books, shop users with Argon2 and bcrypt hashes, reset and
-- verification tokens, Google and Facebook logins with their tokens;
-- orders with checkout notes (phones, door codes, neighbours' names),
-- customers' IPs and guest order tokens; order addresses copied from the
-- address book or typed for a gift recipient; Gedmo's address log entries
-- whose serialized data keeps earlier names, streets and phones; payments
-- whose details JSON is Stripe's charge or PayPal Express Checkout's
-- response (payer's email, name, card brand and last four); Payum's
-- security tokens and their capture URLs; gateway configs with Stripe and
-- PayPal API credentials; the Doctrine Messenger transport's table whose
-- bodies are serialized e-mails (order confirmations with addresses,
-- password resets with their links); product reviews, some naming family
-- members. Catalogue tables (products, their translations, variants,
-- taxons, promotions, catalog promotions, shipping and payment methods,
-- zones, countries, provinces, tax rates, locales, currencies) hold
-- nothing personal. Plugins the shop installed: gewebe's VAT plugin (VAT
-- numbers on addresses), Sylius' InvoicingPlugin (invoices with copies of
-- the customer's billing data and the shop's), Sylius' RefundPlugin (credit
-- memos with the customer's billing data and a comment, refunds and refund
-- payments) and BitBag's wishlist plugin (wishlists keyed by a cookie
-- token). Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

-- ps: a PHP-serialized string (its length in bytes, as PHP counts).
CREATE FUNCTION sgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION sgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION sgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time between two instants.
CREATE FUNCTION sgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- Countries the shop ships to, with cities, streets and phone formats.
CREATE TABLE sgen.cty (c text PRIMARY KEY, cities text[], streets text[], w int);
INSERT INTO sgen.cty VALUES
 ('DE', ARRAY['Berlin', 'Hamburg', 'München', 'Leipzig', 'Köln', 'Freiburg im Breisgau'], ARRAY['Kastanienallee', 'Bergmannstraße', 'Lindenstraße', 'Am Rosengarten', 'Schillerstraße', 'Gneisenaustraße'], 6),
 ('FR', ARRAY['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux'], ARRAY['rue Oberkampf', 'rue de la Roquette', 'avenue Jean Jaurès', 'rue des Tanneurs', 'boulevard Voltaire'], 3),
 ('NL', ARRAY['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen'], ARRAY['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Vismarkt'], 2),
 ('ES', ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla'], ARRAY['Calle de Alcalá', 'Carrer de Mallorca', 'Calle Colón', 'Calle Feria'], 2),
 ('IT', ARRAY['Milano', 'Torino', 'Bologna', 'Roma'], ARRAY['Via Torino', 'Corso Vittorio Emanuele II', 'Via dell''Indipendenza', 'Via del Corso'], 2),
 ('PL', ARRAY['Warszawa', 'Kraków', 'Gdańsk', 'Wrocław'], ARRAY['ul. Marszałkowska', 'ul. Długa', 'ul. Floriańska', 'ul. Świdnicka'], 2),
 ('GB', ARRAY['London', 'Manchester', 'Bristol', 'Edinburgh', 'Leeds'], ARRAY['Church Lane', 'Station Road', 'Victoria Road', 'Mill Lane', 'Queen Street'], 4),
 ('SE', ARRAY['Stockholm', 'Göteborg', 'Malmö'], ARRAY['Götgatan', 'Linnégatan', 'Södra Förstadsgatan'], 1),
 ('BE', ARRAY['Bruxelles', 'Gent', 'Antwerpen'], ARRAY['Rue de Flandre', 'Veldstraat', 'Meir'], 1),
 ('AT', ARRAY['Wien', 'Graz', 'Salzburg'], ARRAY['Mariahilfer Straße', 'Herrengasse', 'Linzer Gasse'], 1);

CREATE FUNCTION sgen.country(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['DE', 'DE', 'DE', 'DE', 'DE', 'DE', 'FR', 'FR', 'FR', 'NL', 'NL', 'ES', 'ES', 'IT', 'IT', 'PL', 'PL', 'GB', 'GB', 'GB', 'GB', 'SE', 'BE', 'AT'], tag, i)
$$;

CREATE FUNCTION sgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c IN ('FR', 'GB') THEN (1 + fixture_gen.n(tag || 'n', i, 140))::text || ' ' || s
              WHEN c IN ('ES', 'IT') THEN s || ', ' || (1 + fixture_gen.n(tag || 'n', i, 200))::text || CASE WHEN i % 3 = 0 THEN ', 3º 2ª' ELSE '' END
              WHEN c = 'PL' THEN s || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text || '/' || (1 + fixture_gen.n(tag || 'a', i, 40))::text
              ELSE s || ' ' || (1 + fixture_gen.n(tag || 'n', i, 120))::text || CASE WHEN i % 7 = 0 THEN 'a' ELSE '' END END
  FROM (SELECT fixture_gen.pick(streets, tag, i) AS s FROM sgen.cty WHERE cty.c = street.c) x
$$;

CREATE FUNCTION sgen.city(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.pick(cities, tag, i) FROM sgen.cty WHERE cty.c = city.c $$;

CREATE FUNCTION sgen.postcode(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c WHEN 'DE' THEN fixture_gen.digits(tag, i, 5) WHEN 'FR' THEN fixture_gen.digits(tag, i, 5) WHEN 'ES' THEN fixture_gen.digits(tag, i, 5) WHEN 'IT' THEN fixture_gen.digits(tag, i, 5)
    WHEN 'NL' THEN (1000 + fixture_gen.n(tag, i, 8999))::text || ' ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
    WHEN 'PL' THEN fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['E2', 'N16', 'M4', 'BS3', 'EH6', 'LS7', 'SE15'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'SE' THEN fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 's', i, 2)
    ELSE (1000 + fixture_gen.n(tag, i, 8999))::text END
$$;

CREATE FUNCTION sgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'DE' THEN CASE WHEN i % 2 = 0 THEN '+49 15' || fixture_gen.n(tag, i, 10) || ' ' || fixture_gen.digits(tag, i, 8) ELSE '0176 ' || fixture_gen.digits(tag, i, 8) END
    WHEN 'FR' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'NL' THEN '+31 6 ' || fixture_gen.digits(tag, i, 8)
    WHEN 'ES' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'IT' THEN '+39 3' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 7)
    WHEN 'PL' THEN '+48 ' || (5 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'GB' THEN CASE WHEN i % 2 = 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 6) ELSE '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 6) END
    WHEN 'SE' THEN '070-' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2)
    WHEN 'BE' THEN '+32 4' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    ELSE '+43 664 ' || fixture_gen.digits(tag, i, 7) END
$$;

-- Customers 1-340 (1-260 registered, the rest checked out as guests; 300-340
-- are cafés and offices of the wholesale channel, ordering under a person).
CREATE TABLE sgen.p (i int PRIMARY KEY, c text, first text, last text, email text, phone text, birthday date, gender text, street text, city text, postcode text,
  company text, ip text, created timestamp);
INSERT INTO sgen.p
SELECT i, c, f, l,
       CASE fixture_gen.n('pem', i, 4) WHEN 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) WHEN 1 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (i % 89)::text
            WHEN 2 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) ELSE fixture_gen.ascii(l) || '_' || fixture_gen.ascii(f) || (1960 + i % 45)::text END || '@'
       || CASE c WHEN 'DE' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 'posteo.de', 't-online.de', 'gmail.com'], 'pd', i) WHEN 'FR' THEN fixture_gen.pick(ARRAY['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'], 'pd', i)
            WHEN 'GB' THEN fixture_gen.pick(ARRAY['btinternet.com', 'outlook.com', 'gmail.com', 'yahoo.co.uk'], 'pd', i) WHEN 'IT' THEN fixture_gen.pick(ARRAY['libero.it', 'gmail.com', 'tiscali.it'], 'pd', i)
            WHEN 'PL' THEN fixture_gen.pick(ARRAY['wp.pl', 'onet.pl', 'gmail.com'], 'pd', i) WHEN 'NL' THEN fixture_gen.pick(ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com'], 'pd', i)
            ELSE fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'hotmail.com'], 'pd', i) END,
       sgen.phone(c, 'pph', i), fixture_gen.birth_date('pbd', i),
       fixture_gen.pick(ARRAY['m', 'f', 'u', 'f', 'm', 'f'], 'pg', i),
       sgen.street(c, 'pst', i), sgen.city(c, 'pci', i), sgen.postcode(c, 'ppc', i),
       CASE WHEN i > 300 THEN fixture_gen.pick(ARRAY['Café ', 'Kaffeebar ', 'Bistro ', 'Bakery '], 'pco', i) || l WHEN i % 9 = 0 THEN fixture_gen.pick(ARRAY['Siemens AG', 'Zalando SE', 'Rabobank', 'Allianz', 'Studio Nord', 'Charité', 'NHS Lothian', 'Decathlon'], 'pco', i) END,
       CASE WHEN i % 6 = 0 THEN fixture_gen.ipv6('pip', i) ELSE fixture_gen.ipv4('pip', i) END,
       timestamp '2020-03-01 09:00:00' + (i * interval '2 days 3 hours') + make_interval(mins => fixture_gen.n('pcr', i, 600))
FROM generate_series(1, 340) i
CROSS JOIN LATERAL (SELECT sgen.country('pc', i) AS c, fixture_gen.first_name('pfn', i) AS f, fixture_gen.last_name('pln', i) AS l) x;
UPDATE sgen.p SET email = replace(email, '@', '.' || i || '@') WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM sgen.p) d WHERE rn > 1);

-- ---------------------------------------------------------------------------
-- Locales, currencies, countries, provinces, zones, tax.

CREATE TABLE sylius_locale (id serial PRIMARY KEY, code varchar(12) NOT NULL UNIQUE, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_locale (code, created_at, updated_at)
SELECT code, timestamp '2020-02-10 10:00:00' + k * interval '1 hour', timestamp '2020-02-10 10:00:00' + k * interval '1 hour'
FROM unnest(ARRAY['en_US', 'de_DE', 'fr_FR', 'nl_NL', 'es_ES', 'it_IT', 'pl_PL', 'en_GB', 'sv_SE']) WITH ORDINALITY t(code, k);

CREATE TABLE sylius_currency (id serial PRIMARY KEY, code varchar(3) NOT NULL UNIQUE, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_currency (code, created_at, updated_at)
SELECT code, timestamp '2020-02-10 10:05:00' + k * interval '1 minute', NULL FROM unnest(ARRAY['EUR', 'GBP', 'PLN', 'SEK', 'USD', 'CHF']) WITH ORDINALITY t(code, k);

CREATE TABLE sylius_exchange_rate (id serial PRIMARY KEY, source_currency integer NOT NULL REFERENCES sylius_currency (id), target_currency integer NOT NULL REFERENCES sylius_currency (id),
  ratio numeric(10, 5) NOT NULL, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_exchange_rate (source_currency, target_currency, ratio, created_at, updated_at)
SELECT 1, t, (ARRAY[0.85820, 4.31250, 11.48200, 1.08400, 0.94700])[t - 1], timestamp '2020-02-10 11:00:00' + t * interval '1 minute', timestamp '2024-05-02 06:00:00' + t * interval '1 minute'
FROM generate_series(2, 6) t;

CREATE TABLE sylius_country (id serial PRIMARY KEY, code varchar(2) NOT NULL UNIQUE, enabled boolean NOT NULL);
INSERT INTO sylius_country (code, enabled)
SELECT code, code NOT IN ('CH', 'NO', 'US') FROM unnest(ARRAY['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'GB', 'SE', 'BE', 'AT', 'DK', 'IE', 'PT', 'CZ', 'LU', 'FI', 'CH', 'NO', 'US']) code;

CREATE TABLE sylius_province (id serial PRIMARY KEY, country_id integer NOT NULL REFERENCES sylius_country (id), code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, abbreviation varchar(255));
INSERT INTO sylius_province (country_id, code, name, abbreviation)
SELECT (SELECT id FROM sylius_country WHERE code = c), c || '-' || a, n, CASE WHEN c IN ('IT', 'ES') THEN a END
FROM (VALUES ('IT', 'MI', 'Milano'), ('IT', 'TO', 'Torino'), ('IT', 'BO', 'Bologna'), ('IT', 'RM', 'Roma'), ('ES', 'M', 'Madrid'), ('ES', 'B', 'Barcelona'), ('ES', 'V', 'Valencia'),
  ('ES', 'SE', 'Sevilla'), ('GB', 'ENG', 'England'), ('GB', 'SCT', 'Scotland'), ('GB', 'WLS', 'Wales'), ('GB', 'NIR', 'Northern Ireland'), ('DE', 'BE', 'Berlin'),
  ('DE', 'BY', 'Bayern'), ('DE', 'HH', 'Hamburg'), ('DE', 'SN', 'Sachsen'), ('DE', 'NW', 'Nordrhein-Westfalen'), ('DE', 'BW', 'Baden-Württemberg'), ('US', 'CA', 'California'), ('US', 'NY', 'New York')) v(c, a, n);

CREATE TABLE sylius_zone (id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, type varchar(8) NOT NULL, scope varchar(255));
INSERT INTO sylius_zone (code, name, type, scope) VALUES ('EU', 'European Union', 'country', 'all'), ('UK', 'United Kingdom', 'country', 'all'), ('DE', 'Germany', 'country', 'tax'),
  ('EU_NO_DE', 'EU without Germany', 'country', 'shipping'), ('WORLD', 'Rest of the world', 'zone', 'shipping'), ('DACH', 'Germany, Austria, Switzerland', 'country', 'shipping');

CREATE TABLE sylius_zone_member (id serial PRIMARY KEY, belongs_to integer REFERENCES sylius_zone (id), code varchar(255) NOT NULL);
INSERT INTO sylius_zone_member (belongs_to, code)
SELECT 1, code FROM unnest(ARRAY['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'BE', 'AT', 'DK', 'IE', 'PT', 'CZ', 'LU', 'FI']) code
UNION ALL SELECT 2, 'GB' UNION ALL SELECT 3, 'DE'
UNION ALL SELECT 4, code FROM unnest(ARRAY['FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'BE', 'AT', 'DK', 'IE', 'PT', 'CZ', 'LU', 'FI']) code
UNION ALL SELECT 5, code FROM unnest(ARRAY['EU', 'UK']) code
UNION ALL SELECT 6, code FROM unnest(ARRAY['DE', 'AT', 'CH']) code;

CREATE TABLE sylius_tax_category (id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, description text, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_tax_category (code, name, description, created_at, updated_at) VALUES
  ('food', 'Food and coffee', 'Roasted coffee, tea and chocolate: reduced rate.', '2020-02-10 12:00:00', NULL),
  ('goods', 'Brewing equipment', 'Grinders, kettles, drippers and accessories: standard rate.', '2020-02-10 12:01:00', NULL),
  ('services', 'Courses and services', 'Barista courses and machine servicing.', '2021-09-14 08:30:00', '2022-01-05 10:00:00');

CREATE TABLE sylius_tax_rate (id serial PRIMARY KEY, category_id integer NOT NULL REFERENCES sylius_tax_category (id), zone_id integer NOT NULL REFERENCES sylius_zone (id),
  code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, amount numeric(10, 5) NOT NULL, included_in_price boolean NOT NULL, calculator varchar(255) NOT NULL,
  created_at timestamp NOT NULL, updated_at timestamp, start_date timestamp, end_date timestamp);
INSERT INTO sylius_tax_rate (category_id, zone_id, code, name, amount, included_in_price, calculator, created_at, updated_at, start_date, end_date) VALUES
  (1, 3, 'de_food', 'MwSt. 7 %', 0.07, true, 'default', '2020-02-10 12:05:00', NULL, NULL, NULL),
  (2, 3, 'de_goods', 'MwSt. 19 %', 0.19, true, 'default', '2020-02-10 12:06:00', NULL, NULL, '2020-06-30 23:59:59'),
  (2, 3, 'de_goods_covid', 'MwSt. 16 % (Senkung)', 0.16, true, 'default', '2020-06-20 09:00:00', NULL, '2020-07-01 00:00:00', '2020-12-31 23:59:59'),
  (2, 3, 'de_goods_2021', 'MwSt. 19 %', 0.19, true, 'default', '2020-12-15 09:00:00', NULL, '2021-01-01 00:00:00', NULL),
  (3, 3, 'de_services', 'MwSt. 19 % Dienstleistung', 0.19, true, 'default', '2021-09-14 08:31:00', NULL, NULL, NULL),
  (1, 2, 'uk_food', 'VAT zero-rated food', 0.0, true, 'default', '2021-01-04 09:00:00', NULL, NULL, NULL),
  (2, 2, 'uk_goods', 'VAT 20%', 0.20, true, 'default', '2021-01-04 09:01:00', NULL, NULL, NULL),
  (1, 4, 'eu_food', 'Reduced rate (OSS)', 0.07, true, 'default', '2021-07-01 07:00:00', '2021-07-01 07:00:00', '2021-07-01 00:00:00', NULL),
  (2, 4, 'eu_goods', 'Standard rate (OSS)', 0.19, true, 'default', '2021-07-01 07:01:00', NULL, '2021-07-01 00:00:00', NULL);

-- ---------------------------------------------------------------------------
-- Channels and the shop's billing data.

CREATE TABLE sylius_shop_billing_data (id serial PRIMARY KEY, company varchar(255), tax_id varchar(255), country_code varchar(255), street varchar(255), city varchar(255), postcode varchar(255));
INSERT INTO sylius_shop_billing_data (company, tax_id, country_code, street, city, postcode) VALUES
  ('Brightcup Kaffeerösterei GmbH', 'DE' || '296158437', 'DE', 'Lobeckstraße 36', 'Berlin', '10969'),
  ('Brightcup Coffee UK Ltd', 'GB' || '318 7745 20', 'GB', 'Unit 4, Bermondsey Trading Estate, Rotherhithe New Road', 'London', 'SE16 3LL'),
  ('Brightcup Kaffeerösterei GmbH', 'DE' || '296158437', 'DE', 'Lobeckstraße 36', 'Berlin', '10969');

CREATE TABLE sylius_channel (id serial PRIMARY KEY, shop_billing_data_id integer UNIQUE REFERENCES sylius_shop_billing_data (id), default_locale_id integer NOT NULL REFERENCES sylius_locale (id),
  base_currency_id integer NOT NULL REFERENCES sylius_currency (id), default_tax_zone_id integer REFERENCES sylius_zone (id), menu_taxon_id integer, code varchar(255) NOT NULL UNIQUE,
  name varchar(255) NOT NULL, color varchar(255), description text, enabled boolean NOT NULL, hostname varchar(255), created_at timestamp NOT NULL, updated_at timestamp,
  theme_name varchar(255), tax_calculation_strategy varchar(255) NOT NULL, contact_email varchar(255), contact_phone_number varchar(255),
  skipping_shipping_step_allowed boolean NOT NULL, skipping_payment_step_allowed boolean NOT NULL, account_verification_required boolean NOT NULL, shipping_address_in_checkout_required boolean NOT NULL);
INSERT INTO sylius_channel (shop_billing_data_id, default_locale_id, base_currency_id, default_tax_zone_id, menu_taxon_id, code, name, color, description, enabled, hostname, created_at, updated_at,
  theme_name, tax_calculation_strategy, contact_email, contact_phone_number, skipping_shipping_step_allowed, skipping_payment_step_allowed, account_verification_required, shipping_address_in_checkout_required) VALUES
  (1, 2, 1, 3, 1, 'BRIGHTCUP_EU', 'Brightcup Web Shop', 'SaddleBrown', 'Freshly roasted specialty coffee and brewing gear, shipped across the EU.', true, 'shop.brightcup.example', '2020-02-10 12:30:00', '2024-03-18 09:12:44',
   'brightcup/shop-theme', 'order_items_based', 'hallo@brightcup.example', '+49 30 2089 5510', false, true, true, false),
  (2, 8, 2, 2, 1, 'BRIGHTCUP_UK', 'Brightcup UK', 'DarkOliveGreen', 'Specialty coffee roasted in Berlin, dispatched from London.', true, 'uk.brightcup.example', '2021-01-04 10:00:00', '2024-02-01 15:40:02',
   'brightcup/shop-theme', 'order_items_based', 'hello@uk.brightcup.example', '+44 20 3807 1194', false, true, true, false),
  (3, 2, 1, 3, 1, 'WHOLESALE', 'Brightcup Wholesale', 'Peru', 'Wholesale orders for cafés, bakeries and offices. Net prices, invoices on account.', true, 'wholesale.brightcup.example', '2022-05-09 08:00:00', '2024-01-22 11:03:51',
   'brightcup/wholesale-theme', 'order_item_units_based', 'wholesale@brightcup.example', '+49 30 2089 5520', false, false, true, true);

CREATE TABLE sylius_customer_group (id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL);
INSERT INTO sylius_customer_group (code, name) VALUES ('retail', 'Retail'), ('subscribers', 'Coffee club subscribers'), ('wholesale_cafe', 'Cafés'), ('wholesale_office', 'Offices'), ('staff', 'Staff discount'), ('press', 'Press and partners');

-- ---------------------------------------------------------------------------
-- Customers, their address books and the address log.

CREATE TABLE sylius_customer (id serial PRIMARY KEY, customer_group_id integer REFERENCES sylius_customer_group (id), default_address_id integer UNIQUE,
  email varchar(255) NOT NULL, email_canonical varchar(255) NOT NULL UNIQUE, first_name varchar(255), last_name varchar(255), birthday timestamp, gender varchar(1) DEFAULT 'u' NOT NULL,
  created_at timestamp NOT NULL, updated_at timestamp, phone_number varchar(255), subscribed_to_newsletter boolean NOT NULL);
INSERT INTO sylius_customer (id, customer_group_id, default_address_id, email, email_canonical, first_name, last_name, birthday, gender, created_at, updated_at, phone_number, subscribed_to_newsletter)
SELECT i, CASE WHEN i > 300 THEN CASE WHEN company LIKE 'Café%' OR company LIKE 'Kaffee%' THEN 3 ELSE 4 END WHEN i % 7 = 0 THEN 2 WHEN i IN (3, 41, 97) THEN 5 WHEN i = 150 THEN 6 WHEN i <= 260 THEN 1 END,
       CASE WHEN i <= 260 OR i > 300 THEN i END,
       CASE WHEN i % 23 = 0 THEN initcap(split_part(email, '@', 1)) || '@' || split_part(email, '@', 2) ELSE email END, lower(email),
       CASE WHEN i <= 260 OR i > 300 OR i % 2 = 0 THEN first END, CASE WHEN i <= 260 OR i > 300 OR i % 2 = 0 THEN last END,
       CASE WHEN i % 3 = 0 AND i <= 260 THEN birthday::timestamp END, CASE WHEN i <= 260 THEN gender ELSE 'u' END,
       created, created + make_interval(days => fixture_gen.n('cup', i, 700)),
       CASE WHEN i % 4 <> 1 THEN phone END, i % 5 IN (0, 2)
FROM sgen.p;

CREATE TABLE sylius_address (id serial PRIMARY KEY, customer_id integer REFERENCES sylius_customer (id) ON DELETE CASCADE, first_name varchar(255) NOT NULL, last_name varchar(255) NOT NULL,
  phone_number varchar(255), street varchar(255) NOT NULL, company varchar(255), city varchar(255) NOT NULL, postcode varchar(255) NOT NULL, created_at timestamp NOT NULL, updated_at timestamp,
  country_code varchar(255) NOT NULL, province_code varchar(255), province_name varchar(255),
  vat_number varchar(255), vat_valid boolean DEFAULT false NOT NULL, vat_validated_at timestamp);
-- The address books: 1-340 the customers' own (not the guests'), 341-420 a
-- second address (the office, parents, a holiday flat).
INSERT INTO sylius_address (id, customer_id, first_name, last_name, phone_number, street, company, city, postcode, created_at, updated_at, country_code, province_code, province_name, vat_number, vat_valid, vat_validated_at)
SELECT i, i, first, last, phone, street, company, city, postcode, created + interval '4 minutes', CASE WHEN i % 3 = 0 THEN created + make_interval(days => 30 + fixture_gen.n('aup', i, 600)) END, c,
       CASE city WHEN 'Milano' THEN 'IT-MI' WHEN 'Torino' THEN 'IT-TO' WHEN 'Bologna' THEN 'IT-BO' WHEN 'Roma' THEN 'IT-RM' WHEN 'Madrid' THEN 'ES-M' WHEN 'Barcelona' THEN 'ES-B' WHEN 'Valencia' THEN 'ES-V' WHEN 'Sevilla' THEN 'ES-SE' END,
       CASE c WHEN 'GB' THEN CASE WHEN city = 'Edinburgh' THEN 'Scotland' ELSE 'England' END WHEN 'DE' THEN CASE WHEN i % 4 = 0 THEN fixture_gen.pick(ARRAY['Berlin', 'Bayern', 'Hamburg', 'Sachsen'], 'apn', i) END END,
       CASE WHEN i > 300 THEN fixture_gen.vat('avat', i) WHEN company IS NOT NULL AND i % 2 = 0 THEN fixture_gen.vat('avat', i) END,
       i > 300 AND i % 6 <> 0, CASE WHEN i > 300 AND i % 6 <> 0 THEN created + interval '5 minutes' END
FROM sgen.p WHERE i <= 260 OR i > 300;
INSERT INTO sylius_address (id, customer_id, first_name, last_name, phone_number, street, company, city, postcode, created_at, updated_at, country_code, province_code, province_name, vat_number, vat_valid, vat_validated_at)
SELECT 340 + k, p.i, CASE WHEN k % 3 = 0 THEN fixture_gen.first_name('a2f', k) ELSE p.first END, CASE WHEN k % 3 = 0 AND k % 2 = 0 THEN fixture_gen.last_name('a2l', k) ELSE p.last END,
       CASE WHEN k % 2 = 0 THEN sgen.phone(x.c, 'a2p', k) END, sgen.street(x.c, 'a2s', k),
       CASE WHEN k % 3 = 1 THEN fixture_gen.pick(ARRAY['Bosch Rexroth', 'ING Bank', 'Universität Leipzig', 'Ubisoft', 'King''s College Hospital', 'Ørsted'], 'a2c', k) END,
       sgen.city(x.c, 'a2ci', k), sgen.postcode(x.c, 'a2pc', k), p.created + make_interval(days => 20 + fixture_gen.n('a2t', k, 400)), NULL, x.c, NULL, NULL, NULL, false, NULL
FROM generate_series(1, 80) k
JOIN sgen.p p ON p.i = 1 + (k * 37) % 260
CROSS JOIN LATERAL (SELECT CASE WHEN k % 4 = 0 THEN sgen.country('a2c', k) ELSE p.c END AS c) x;

-- Gedmo loggable entries of address changes: the create, and for a third
-- of them later edits (a move, a new phone, a new surname).
CREATE TABLE sylius_address_log_entries (id serial PRIMARY KEY, action varchar(255) NOT NULL, logged_at timestamp NOT NULL, object_id varchar(64), object_class varchar(255) NOT NULL,
  version integer NOT NULL, data text, username varchar(255));
INSERT INTO sylius_address_log_entries (action, logged_at, object_id, object_class, version, data, username)
SELECT action, logged_at, a.id::text, 'Sylius\Component\Core\Model\Address', version, data, CASE WHEN ver.k = 3 THEN fixture_gen.pick(ARRAY['sylius', 'j.hartmann', 'ayse.kaya', 'm.okafor'], 'lgu', a.id) WHEN a.customer_id % 11 = 0 THEN NULL ELSE cu.email_canonical END
FROM sylius_address a JOIN sylius_customer cu ON cu.id = a.customer_id
CROSS JOIN LATERAL (VALUES (1), (2), (3)) ver(k)
CROSS JOIN LATERAL (SELECT CASE ver.k WHEN 1 THEN 'create' ELSE 'update' END AS action, ver.k AS version,
    CASE ver.k WHEN 1 THEN a.created_at ELSE a.created_at + make_interval(days => ver.k * 40 + fixture_gen.n('lgt', a.id * 3 + ver.k, 300)) END AS logged_at,
    CASE ver.k
      WHEN 1 THEN 'a:11:{s:9:"firstName";' || sgen.ps(a.first_name) || 's:8:"lastName";' || sgen.ps(CASE WHEN a.id % 9 = 0 THEN fixture_gen.last_name('lgo', a.id) ELSE a.last_name END) || 's:11:"phoneNumber";' || sgen.ps(CASE WHEN a.id % 6 = 0 THEN sgen.phone(a.country_code, 'lgp', a.id) ELSE a.phone_number END)
           || 's:6:"street";' || sgen.ps(CASE WHEN a.id % 5 = 0 THEN sgen.street(a.country_code, 'lgs', a.id) ELSE a.street END) || 's:7:"company";' || sgen.ps(a.company) || 's:4:"city";' || sgen.ps(a.city) || 's:8:"postcode";' || sgen.ps(CASE WHEN a.id % 5 = 0 THEN sgen.postcode(a.country_code, 'lgpc', a.id) ELSE a.postcode END)
           || 's:11:"countryCode";' || sgen.ps(a.country_code) || 's:12:"provinceCode";' || sgen.ps(a.province_code) || 's:12:"provinceName";' || sgen.ps(a.province_name) || 's:8:"customer";a:1:{s:2:"id";i:' || a.customer_id || ';}}'
      WHEN 2 THEN CASE WHEN a.id % 9 = 0 THEN 'a:1:{s:8:"lastName";' || sgen.ps(a.last_name) || '}'
                       WHEN a.id % 6 = 0 THEN 'a:1:{s:11:"phoneNumber";' || sgen.ps(a.phone_number) || '}'
                       ELSE 'a:3:{s:6:"street";' || sgen.ps(a.street) || 's:8:"postcode";' || sgen.ps(a.postcode) || 's:4:"city";' || sgen.ps(a.city) || '}' END
      ELSE 'a:1:{s:7:"company";' || sgen.ps(a.company) || '}' END AS data) d
WHERE ver.k = 1 OR (ver.k = 2 AND (a.id % 9 = 0 OR a.id % 6 = 0 OR a.id % 5 = 0)) OR (ver.k = 3 AND a.company IS NOT NULL AND a.id % 4 = 0)
ORDER BY logged_at, a.id;

-- ---------------------------------------------------------------------------
-- Shop users, admin users, avatars, OAuth.

CREATE TABLE sylius_shop_user (id serial PRIMARY KEY, customer_id integer NOT NULL UNIQUE REFERENCES sylius_customer (id), username varchar(255), username_canonical varchar(255),
  enabled boolean NOT NULL, salt varchar(255) NOT NULL, password varchar(255), last_login timestamp, password_reset_token varchar(255) UNIQUE, password_requested_at timestamp,
  email_verification_token varchar(255) UNIQUE, verified_at timestamp, locked boolean NOT NULL, expires_at timestamp, credentials_expire_at timestamp, roles text NOT NULL,
  email varchar(255), email_canonical varchar(255), created_at timestamp NOT NULL, updated_at timestamp, encoder_name varchar(255));
INSERT INTO sylius_shop_user (customer_id, username, username_canonical, enabled, salt, password, last_login, password_reset_token, password_requested_at, email_verification_token, verified_at,
  locked, expires_at, credentials_expire_at, roles, email, email_canonical, created_at, updated_at, encoder_name)
SELECT c.id, c.email, c.email_canonical, NOT (c.id % 29 = 0), fixture_gen.chars('usalt', c.id, 31, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       CASE enc WHEN 'sha512' THEN fixture_gen.b64('upw', c.id, 64)
                WHEN 'bcrypt' THEN fixture_gen.bcrypt('upw', c.id)
                ELSE '$argon2id' || '$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64('ups', c.id, 16), '=') || '$' || rtrim(fixture_gen.b64('upw', c.id, 32), '=') END,
       CASE WHEN c.id % 10 <> 3 THEN c.created_at + make_interval(days => 10 + fixture_gen.n('ull', c.id, 1200)) END,
       CASE WHEN c.id % 13 = 0 THEN sgen.rnd('urt', c.id, 43) END, CASE WHEN c.id % 13 = 0 THEN timestamp '2024-05-20 08:00:00' + make_interval(mins => fixture_gen.n('urq', c.id, 50000)) END,
       CASE WHEN c.id % 29 = 0 OR c.id % 31 = 0 THEN sgen.rnd('uvt', c.id, 43) END, CASE WHEN NOT (c.id % 29 = 0 OR c.id % 31 = 0) THEN c.created_at + make_interval(mins => 3 + fixture_gen.n('uvr', c.id, 2000)) END,
       false, NULL, NULL, CASE WHEN c.id > 300 THEN 'a:2:{i:0;s:9:"ROLE_USER";i:1;s:14:"ROLE_WHOLESALE";}' ELSE 'a:1:{i:0;s:9:"ROLE_USER";}' END, NULL, NULL,
       c.created_at, c.updated_at, CASE enc WHEN 'argon2' THEN 'argon2i' ELSE enc END
FROM sylius_customer c CROSS JOIN LATERAL (SELECT CASE WHEN c.created_at < timestamp '2020-09-01' THEN 'sha512' WHEN c.created_at < timestamp '2021-06-01' THEN 'bcrypt' ELSE 'argon2' END AS enc) e
WHERE c.id <= 260 OR c.id > 300 ORDER BY c.id;

CREATE TABLE sylius_avatar_image (id serial PRIMARY KEY, owner_id integer, type varchar(255), path varchar(255) NOT NULL);
CREATE TABLE sylius_admin_user (id serial PRIMARY KEY, username varchar(255), username_canonical varchar(255), enabled boolean NOT NULL, salt varchar(255) NOT NULL, password varchar(255),
  last_login timestamp, password_reset_token varchar(255) UNIQUE, password_requested_at timestamp, email_verification_token varchar(255) UNIQUE, verified_at timestamp, locked boolean NOT NULL,
  expires_at timestamp, credentials_expire_at timestamp, roles text NOT NULL, email varchar(255), email_canonical varchar(255), created_at timestamp NOT NULL, updated_at timestamp,
  first_name varchar(255), last_name varchar(255), locale_code varchar(12) NOT NULL, avatar_id integer UNIQUE REFERENCES sylius_avatar_image (id), encoder_name varchar(255));
INSERT INTO sylius_admin_user (username, username_canonical, enabled, salt, password, last_login, password_reset_token, password_requested_at, email_verification_token, verified_at, locked,
  expires_at, credentials_expire_at, roles, email, email_canonical, created_at, updated_at, first_name, last_name, locale_code, avatar_id, encoder_name)
SELECT u, lower(u), k <> 9, fixture_gen.chars('asalt', k, 31, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       CASE WHEN k <= 2 THEN fixture_gen.bcrypt('apw', k) ELSE '$argon2id' || '$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64('aps', k, 16), '=') || '$' || rtrim(fixture_gen.b64('apw', k, 32), '=') END,
       timestamp '2024-06-20 07:30:00' - make_interval(hours => fixture_gen.n('all', k, 2000)), CASE WHEN k = 6 THEN sgen.rnd('art', k, 43) END, CASE WHEN k = 6 THEN timestamp '2024-06-27 16:02:11' END,
       NULL, NULL, false, NULL, NULL,
       CASE WHEN k IN (1, 2) THEN 'a:1:{i:0;s:26:"ROLE_ADMINISTRATION_ACCESS";}' ELSE 'a:2:{i:0;s:26:"ROLE_ADMINISTRATION_ACCESS";i:1;s:21:"ROLE_API_ACCESS_ADMIN";}' END,
       e, lower(e), timestamp '2020-02-10 12:40:00' + (k - 1) * interval '97 days', timestamp '2020-02-10 12:40:00' + (k - 1) * interval '97 days' + make_interval(days => fixture_gen.n('aup', k, 300)),
       f, l, lc, NULL, CASE WHEN k <= 2 THEN NULL ELSE 'argon2i' END
FROM (VALUES (1, 'sylius', 'webshop@brightcup.example', 'Tobias', 'Brenner', 'de_DE'), (2, 'j.hartmann', 'johanna.hartmann@brightcup.example', 'Johanna', 'Hartmann', 'de_DE'),
  (3, 'ayse.kaya', 'ayse.kaya@brightcup.example', 'Ayşe', 'Kaya', 'de_DE'), (4, 'm.okafor', 'michael.okafor@brightcup.example', 'Michael', 'Okafor', 'en_US'),
  (5, 'lena.wisniewska', 'lena.wisniewska@brightcup.example', 'Lena', 'Wiśniewska', 'pl_PL'), (6, 'priya', 'priya.raman@brightcup.example', 'Priya', 'Raman', 'en_US'),
  (7, 'kenji.m', 'kenji.matsumoto@brightcup.example', 'Kenji', 'Matsumoto', 'en_US'), (8, 'camille', 'camille.girard@brightcup.example', 'Camille', 'Girard', 'fr_FR'),
  (9, 'olaf.support', 'olaf.lindqvist@agentur-kaffeesatz.example', 'Olaf', 'Lindqvist', 'de_DE'), (10, 'api-erp', 'it@brightcup.example', NULL, NULL, 'en_US'),
  (11, 'sofia.r', 'sofia.romero@brightcup.example', 'Sofía', 'Romero', 'es_ES'), (12, 'fatima.h', 'fatima.haddad@brightcup.example', 'Fatima', 'Haddad', 'en_US')) v(k, u, e, f, l, lc)
ORDER BY k;
INSERT INTO sylius_avatar_image (owner_id, type, path)
SELECT id, NULL, substr(md5('av' || id), 1, 2) || '/' || substr(md5('av' || id), 3, 2) || '/' || substr(md5('av' || id), 5, 26) || CASE WHEN id % 3 = 0 THEN '.png' ELSE '.jpg' END
FROM sylius_admin_user WHERE id IN (2, 3, 4, 6, 7, 8, 11);
UPDATE sylius_admin_user u SET avatar_id = a.id FROM sylius_avatar_image a WHERE a.owner_id = u.id;

CREATE TABLE sylius_user_oauth (id serial PRIMARY KEY, user_id integer REFERENCES sylius_shop_user (id), provider varchar(255) NOT NULL, identifier varchar(255) NOT NULL,
  access_token varchar(255), refresh_token varchar(255), UNIQUE (user_id, provider));
INSERT INTO sylius_user_oauth (user_id, provider, identifier, access_token, refresh_token)
SELECT u.id, pr, CASE pr WHEN 'google' THEN '1' || fixture_gen.digits('ogi', u.id, 20) ELSE fixture_gen.digits('ofi', u.id, 16) END,
       CASE pr WHEN 'google' THEN 'ya29.' || sgen.b64url('oat', u.id, 120) ELSE 'EAA' || sgen.rnd('oaf', u.id, 180) END,
       CASE WHEN pr = 'google' AND u.id % 2 = 0 THEN '1//0' || sgen.b64url('ort', u.id, 75) END
FROM sylius_shop_user u CROSS JOIN LATERAL (SELECT CASE WHEN u.id % 3 = 0 THEN 'facebook' ELSE 'google' END AS pr) x
WHERE u.id % 4 = 0 OR u.id % 9 = 0 ORDER BY u.id;

-- ---------------------------------------------------------------------------
-- The catalogue: taxons, products, variants, prices, images, reviews.

CREATE TABLE sylius_taxon (id serial PRIMARY KEY, tree_root integer REFERENCES sylius_taxon (id) ON DELETE CASCADE, parent_id integer REFERENCES sylius_taxon (id) ON DELETE CASCADE,
  code varchar(255) NOT NULL UNIQUE, tree_left integer NOT NULL, tree_right integer NOT NULL, tree_level integer NOT NULL, position integer NOT NULL,
  created_at timestamp NOT NULL, updated_at timestamp, enabled boolean DEFAULT true NOT NULL);
CREATE TABLE sylius_taxon_translation (id serial PRIMARY KEY, translatable_id integer NOT NULL REFERENCES sylius_taxon (id) ON DELETE CASCADE, name varchar(255) NOT NULL,
  slug varchar(255) NOT NULL, description text, locale varchar(255) NOT NULL, UNIQUE (translatable_id, locale), UNIQUE (locale, slug));
INSERT INTO sylius_taxon (id, tree_root, parent_id, code, tree_left, tree_right, tree_level, position, created_at, updated_at, enabled) VALUES
  (1, 1, NULL, 'category', 1, 30, 0, 0, '2020-02-10 13:00:00', '2024-01-08 10:00:00', true),
  (2, 1, 1, 'coffee', 2, 11, 1, 0, '2020-02-10 13:01:00', NULL, true), (3, 1, 2, 'single_origin', 3, 4, 2, 0, '2020-02-10 13:02:00', NULL, true),
  (4, 1, 2, 'espresso', 5, 6, 2, 1, '2020-02-10 13:03:00', NULL, true), (5, 1, 2, 'filter', 7, 8, 2, 2, '2020-02-10 13:04:00', NULL, true),
  (6, 1, 2, 'decaf', 9, 10, 2, 3, '2020-02-10 13:05:00', NULL, true), (7, 1, 1, 'equipment', 12, 21, 1, 1, '2020-02-10 13:06:00', NULL, true),
  (8, 1, 7, 'grinders', 13, 14, 2, 0, '2020-02-10 13:07:00', NULL, true), (9, 1, 7, 'kettles', 15, 16, 2, 1, '2020-02-10 13:08:00', NULL, true),
  (10, 1, 7, 'drippers', 17, 18, 2, 2, '2020-02-10 13:09:00', NULL, true), (11, 1, 7, 'accessories', 19, 20, 2, 3, '2020-02-10 13:10:00', NULL, true),
  (12, 1, 1, 'courses', 22, 23, 1, 2, '2021-09-14 09:00:00', NULL, true), (13, 1, 1, 'gift_cards', 24, 25, 1, 3, '2021-11-02 09:00:00', NULL, true),
  (14, 1, 1, 'subscriptions', 26, 27, 1, 4, '2022-03-01 09:00:00', NULL, true), (15, 1, 1, 'wholesale_only', 28, 29, 1, 5, '2022-05-09 08:00:00', NULL, false);
INSERT INTO sylius_taxon_translation (translatable_id, name, slug, description, locale)
SELECT t, n[l], CASE WHEN t = 1 THEN '' ELSE pre[l] END || s[l], d[l], (ARRAY['en_US', 'de_DE', 'fr_FR'])[l]
FROM (VALUES
  (1, ARRAY['Category', 'Kategorie', 'Catégorie'], ARRAY['category', 'kategorie', 'categorie'], ARRAY[NULL, NULL, NULL]::text[], ARRAY['', '', '']),
  (2, ARRAY['Coffee', 'Kaffee', 'Café'], ARRAY['coffee', 'kaffee', 'cafe'], ARRAY['Roasted weekly in Kreuzberg.', 'Jede Woche frisch in Kreuzberg geröstet.', 'Torréfié chaque semaine à Kreuzberg.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (3, ARRAY['Single origin', 'Single Origin', 'Origine unique'], ARRAY['coffee/single-origin', 'kaffee/single-origin', 'cafe/origine-unique'], ARRAY['Traceable lots from one farm or washing station.', 'Rückverfolgbare Lots einer Farm oder Waschstation.', 'Des lots traçables d''une seule ferme.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (4, ARRAY['Espresso', 'Espresso', 'Espresso'], ARRAY['coffee/espresso', 'kaffee/espresso', 'cafe/espresso'], ARRAY['Roasted for espresso machines and moka pots.', 'Für Siebträger und Herdkännchen geröstet.', 'Torréfié pour l''espresso.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (5, ARRAY['Filter', 'Filterkaffee', 'Filtre'], ARRAY['coffee/filter', 'kaffee/filter', 'cafe/filtre'], ARRAY['Light roasts for pour-over, batch brew and AeroPress.', 'Helle Röstungen für Handfilter und Batch Brew.', 'Torréfactions claires pour la méthode douce.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (6, ARRAY['Decaf', 'Entkoffeiniert', 'Décaféiné'], ARRAY['coffee/decaf', 'kaffee/entkoffeiniert', 'cafe/decafeine'], ARRAY['Sugarcane and Swiss Water decaffeinated lots.', 'Mit Zuckerrohr oder Swiss Water entkoffeiniert.', 'Décaféinés à la canne à sucre.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (7, ARRAY['Equipment', 'Zubehör', 'Matériel'], ARRAY['equipment', 'zubehoer', 'materiel'], ARRAY['Everything to brew at home.', 'Alles für die Zubereitung zu Hause.', 'Tout pour préparer chez soi.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (8, ARRAY['Grinders', 'Mühlen', 'Moulins'], ARRAY['equipment/grinders', 'zubehoer/muehlen', 'materiel/moulins'], ARRAY[NULL, NULL, NULL]::text[], ARRAY['category/', 'kategorie/', 'categorie/']),
  (9, ARRAY['Kettles', 'Wasserkocher', 'Bouilloires'], ARRAY['equipment/kettles', 'zubehoer/wasserkocher', 'materiel/bouilloires'], ARRAY[NULL, NULL, NULL]::text[], ARRAY['category/', 'kategorie/', 'categorie/']),
  (10, ARRAY['Drippers', 'Handfilter', 'Drippers'], ARRAY['equipment/drippers', 'zubehoer/handfilter', 'materiel/drippers'], ARRAY[NULL, NULL, NULL]::text[], ARRAY['category/', 'kategorie/', 'categorie/']),
  (11, ARRAY['Accessories', 'Accessoires', 'Accessoires'], ARRAY['equipment/accessories', 'zubehoer/accessoires', 'materiel/accessoires'], ARRAY['Scales, filters, mugs and cleaning.', 'Waagen, Filter, Tassen und Reinigung.', 'Balances, filtres, tasses.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (12, ARRAY['Barista courses', 'Baristakurse', 'Cours de barista'], ARRAY['courses', 'kurse', 'cours'], ARRAY['Small-group courses at the roastery.', 'Kurse in kleinen Gruppen in der Rösterei.', 'Cours en petits groupes à la brûlerie.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (13, ARRAY['Gift cards', 'Gutscheine', 'Cartes cadeaux'], ARRAY['gift-cards', 'gutscheine', 'cartes-cadeaux'], ARRAY[NULL, NULL, NULL]::text[], ARRAY['category/', 'kategorie/', 'categorie/']),
  (14, ARRAY['Coffee club', 'Kaffee-Abo', 'Abonnement'], ARRAY['coffee-club', 'kaffee-abo', 'abonnement'], ARRAY['A new coffee every two or four weeks.', 'Alle zwei oder vier Wochen ein neuer Kaffee.', 'Un nouveau café toutes les deux semaines.'], ARRAY['category/', 'kategorie/', 'categorie/']),
  (15, ARRAY['Wholesale only', 'Nur Großhandel', 'Professionnels'], ARRAY['wholesale', 'grosshandel', 'professionnels'], ARRAY['Bags of 5 kg and café supplies.', '5-kg-Säcke und Café-Bedarf.', 'Sacs de 5 kg.'], ARRAY['category/', 'kategorie/', 'categorie/'])
) v(t, n, s, d, pre), generate_series(1, 3) l ORDER BY t, l;

CREATE TABLE sylius_product (id serial PRIMARY KEY, main_taxon_id integer REFERENCES sylius_taxon (id) ON DELETE SET NULL, code varchar(255) NOT NULL UNIQUE, created_at timestamp NOT NULL,
  updated_at timestamp, enabled boolean NOT NULL, variant_selection_method varchar(255) NOT NULL, average_rating double precision DEFAULT 0 NOT NULL);
CREATE TABLE sylius_product_translation (id serial PRIMARY KEY, translatable_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE, name varchar(255) NOT NULL,
  slug varchar(255) NOT NULL, description text, meta_keywords varchar(255), meta_description varchar(255), short_description text, locale varchar(255) NOT NULL,
  UNIQUE (translatable_id, locale), UNIQUE (locale, slug));
CREATE TABLE sgen.prod (k int PRIMARY KEY, code text, name text, taxon int, kind text, price int, notes text);
INSERT INTO sgen.prod VALUES
 (1, 'ETHIOPIA_KOCHERE', 'Ethiopia Yirgacheffe Kochere', 5, 'coffee', 1490, 'Jasmine, bergamot and peach. Washed heirloom varieties grown at 1,900 m.'),
 (2, 'COLOMBIA_HUILA', 'Colombia Huila La Esperanza', 3, 'coffee', 1390, 'Red apple, panela and milk chocolate. Caturra and Castillo from smallholders around Pitalito.'),
 (3, 'KENYA_GATOMBOYA', 'Kenya Nyeri Gatomboya AA', 5, 'coffee', 1690, 'Blackcurrant, grapefruit and a syrupy body. SL28 and SL34, double fermented.'),
 (4, 'GUATEMALA_HUEHUE', 'Guatemala Huehuetenango', 3, 'coffee', 1350, 'Cocoa, toffee and orange zest. Grown by a cooperative of 42 families.'),
 (5, 'BRAZIL_CERRADO', 'Brazil Cerrado Mineiro', 4, 'coffee', 1190, 'Hazelnut, dark chocolate and low acidity. Natural process, great with milk.'),
 (6, 'RWANDA_NYAMASHEKE', 'Rwanda Nyamasheke', 5, 'coffee', 1450, 'Red grape, hibiscus and black tea. Red Bourbon from Lake Kivu.'),
 (7, 'PERU_CAJAMARCA', 'Peru Cajamarca Organic', 3, 'coffee', 1290, 'Caramel, almond and stone fruit. Certified organic.'),
 (8, 'HONDURAS_SANTA_BARBARA', 'Honduras Santa Bárbara Pacas', 3, 'coffee', 1490, 'Mango, honey and cane sugar. Anaerobic natural, small lot.'),
 (9, 'COSTA_RICA_TARRAZU', 'Costa Rica Tarrazú Honey', 3, 'coffee', 1550, 'Apricot, brown sugar and a round body. Yellow honey process.'),
 (10, 'SUMATRA_GAYO', 'Sumatra Gayo Highlands', 4, 'coffee', 1250, 'Cedar, dark cherry and spice. Wet-hulled.'),
 (11, 'BURUNDI_KAYANZA', 'Burundi Kayanza Washed', 5, 'coffee', 1490, 'Cranberry, rose and lemonade. Washed Red Bourbon.'),
 (12, 'EL_SALVADOR_SANTA_ANA', 'El Salvador Santa Ana Pacamara', 3, 'coffee', 1790, 'Plum, cola and chocolate fudge. Pacamara grown on the slopes of the volcano.'),
 (13, 'KREUZBERG_ESPRESSO', 'Kreuzberg Espresso Blend', 4, 'coffee', 1190, 'Our house espresso: chocolate, caramel and a long finish. Brazil and Colombia.'),
 (14, 'MORNING_CROWD', 'Morning Crowd Blend', 4, 'coffee', 1090, 'Milk chocolate and roasted nuts for milk drinks.'),
 (15, 'DECAF_SUGARCANE', 'Decaf Colombia Sugarcane', 6, 'coffee', 1390, 'Sugarcane (ethyl acetate) decaf: red fruit and toffee.'),
 (16, 'DECAF_SWISS_WATER', 'Decaf Mexico Swiss Water', 6, 'coffee', 1350, 'Chemical-free Swiss Water decaf with cocoa and nuts.'),
 (17, 'COMANDANTE_C40', 'Comandante C40 MK4 Hand Grinder', 8, 'gear', 25900, 'Nitro Blade burrs, grinds from espresso to cold brew.'),
 (18, 'BARATZA_ENCORE_ESP', 'Baratza Encore ESP', 8, 'gear', 19900, 'Electric grinder with a dedicated espresso range.'),
 (19, 'FELLOW_STAGG_EKG', 'Fellow Stagg EKG Electric Kettle', 9, 'gear', 17900, 'Variable temperature gooseneck kettle with hold mode.'),
 (20, 'HARIO_BUONO', 'Hario Buono Kettle 1.0 L', 9, 'gear', 4990, 'Stovetop gooseneck kettle.'),
 (21, 'HARIO_V60_02', 'Hario V60 Dripper 02 Ceramic', 10, 'gear', 2490, 'The classic cone dripper in white porcelain.'),
 (22, 'CHEMEX_6', 'Chemex Classic 6 Cup', 10, 'gear', 4990, 'Hand-blown glass with a wooden collar.'),
 (23, 'AEROPRESS', 'AeroPress Original', 10, 'gear', 3990, 'Immersion and pressure: quick, clean and travel friendly.'),
 (24, 'KALITA_WAVE_185', 'Kalita Wave 185 Stainless', 10, 'gear', 3290, 'Flat-bottom dripper for an even extraction.'),
 (25, 'ORIGAMI_M', 'Origami Dripper M', 10, 'gear', 3490, 'Mino porcelain, fits both cone and wave filters.'),
 (26, 'ACAIA_PEARL', 'Acaia Pearl Scale', 11, 'gear', 14900, 'Brewing scale with timer and flow rate.'),
 (27, 'V60_FILTERS', 'Hario V60 Filter Papers 02 (100)', 11, 'gear', 590, 'Tabbed white paper filters.'),
 (28, 'ENAMEL_MUG', 'Brightcup Enamel Mug', 11, 'gear', 1590, 'Camp-style enamel mug with our logo, 350 ml.'),
 (29, 'CAFIZA', 'Urnex Cafiza Cleaning Tablets', 11, 'gear', 1290, 'Espresso machine cleaning tablets, 100 pieces.'),
 (30, 'MOKA_EXPRESS_3', 'Bialetti Moka Express 3 Cup', 10, 'gear', 3290, 'The original stovetop espresso maker.'),
 (31, 'COURSE_ESPRESSO', 'Barista course: Espresso basics', 12, 'course', 9900, 'Three hours at the roastery in Kreuzberg, up to six people.'),
 (32, 'COURSE_LATTE_ART', 'Barista course: Latte art', 12, 'course', 11900, 'Milk texturing and pouring: hearts, tulips and rosettas.'),
 (33, 'COURSE_FILTER', 'Barista course: Filter brewing', 12, 'course', 7900, 'V60, Chemex and AeroPress side by side.'),
 (34, 'GIFT_CARD', 'Brightcup Gift Card', 13, 'gift', 2500, 'Delivered by e-mail with a personal message.'),
 (35, 'CLUB_FILTER', 'Coffee club: Filter', 14, 'sub', 2690, 'Two bags of filter coffee every four weeks.'),
 (36, 'CLUB_ESPRESSO', 'Coffee club: Espresso', 14, 'sub', 2590, 'Two bags of espresso every four weeks.'),
 (37, 'WHOLESALE_HOUSE_5KG', 'Kreuzberg Espresso Blend 5 kg', 15, 'bulk', 9900, 'Wholesale bag, roasted to order.'),
 (38, 'WHOLESALE_MORNING_5KG', 'Morning Crowd Blend 5 kg', 15, 'bulk', 8900, 'Wholesale bag, roasted to order.'),
 (39, 'WHOLESALE_DECAF_5KG', 'Decaf Colombia Sugarcane 5 kg', 15, 'bulk', 11900, 'Wholesale bag, roasted to order.'),
 (40, 'KNOCK_BOX', 'Knock Box Large', 11, 'gear', 3900, 'Rubber-lined knock box for the café counter.');

INSERT INTO sylius_product (id, main_taxon_id, code, created_at, updated_at, enabled, variant_selection_method, average_rating)
SELECT k, taxon, code, timestamp '2020-02-11 09:00:00' + k * interval '11 days 3 hours', timestamp '2024-02-01 09:00:00' + k * interval '5 hours', k NOT IN (10, 33),
       CASE WHEN kind = 'coffee' THEN 'match' ELSE 'choice' END, 0 FROM sgen.prod;
INSERT INTO sylius_product_translation (translatable_id, name, slug, description, meta_keywords, meta_description, short_description, locale)
SELECT k, CASE l WHEN 2 THEN replace(replace(replace(name, 'Blend', 'Mischung'), 'Barista course', 'Baristakurs'), 'Gift Card', 'Gutschein') ELSE name END,
       trim(BOTH '-' FROM regexp_replace(lower(translate(name, 'áéíóúÁñ', 'aeiouan')), '[^a-z0-9]+', '-', 'g')) || CASE l WHEN 1 THEN '' WHEN 2 THEN '-de' ELSE '-fr' END,
       '<p>' || notes || '</p><p>' || CASE kind WHEN 'coffee' THEN 'Roasted every Tuesday and Thursday, shipped within 48 hours. Best between one and six weeks after roasting.'
         WHEN 'course' THEN 'Vouchers are valid for two years. Dates are published in the shop every month.' WHEN 'gift' THEN 'Redeemable in the web shop and at the roastery bar.'
         ELSE 'Free shipping from 49 EUR within Germany.' END || '</p>',
       lower(replace(name, ' ', ', ')), left(name || ': ' || notes, 160), notes, (ARRAY['en_US', 'de_DE', 'fr_FR'])[l]
FROM sgen.prod, generate_series(1, 3) l ORDER BY k, l;

CREATE TABLE sylius_product_variant (id serial PRIMARY KEY, product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE, tax_category_id integer REFERENCES sylius_tax_category (id),
  shipping_category_id integer, code varchar(255) NOT NULL UNIQUE, created_at timestamp NOT NULL, updated_at timestamp, position integer NOT NULL, version integer DEFAULT 1 NOT NULL,
  on_hold integer NOT NULL, on_hand integer NOT NULL, tracked boolean NOT NULL, width double precision, height double precision, depth double precision, weight double precision,
  shipping_required boolean DEFAULT true NOT NULL);
CREATE TABLE sgen.var (id int PRIMARY KEY, k int, code text, vname text, price int, weight float);
INSERT INTO sgen.var
SELECT row_number() OVER (ORDER BY p.k, v.pos), p.k, p.code || v.sfx, v.vname, (p.price * v.mul)::int, v.w
FROM sgen.prod p CROSS JOIN LATERAL (
  SELECT * FROM (VALUES (0, '_250G_BEANS', '250 g, whole bean', 1.0, 0.27), (1, '_250G_GROUND', '250 g, ground for filter', 1.0, 0.27), (2, '_1KG_BEANS', '1 kg, whole bean', 3.4, 1.05)) c(pos, sfx, vname, mul, w) WHERE p.kind = 'coffee'
  UNION ALL SELECT * FROM (VALUES (0, '_25', '25 EUR', 1.0, 0.0), (1, '_50', '50 EUR', 2.0, 0.0), (2, '_100', '100 EUR', 4.0, 0.0)) g(pos, sfx, vname, mul, w) WHERE p.kind = 'gift'
  UNION ALL SELECT * FROM (VALUES (0, '_2W', 'every two weeks', 1.0, 0.55), (1, '_4W', 'every four weeks', 1.0, 0.55)) s(pos, sfx, vname, mul, w) WHERE p.kind = 'sub'
  UNION ALL SELECT 0, '', NULL, 1.0, CASE p.kind WHEN 'gear' THEN 0.8 WHEN 'bulk' THEN 5.1 ELSE 0 END WHERE p.kind IN ('gear', 'course', 'bulk')) v;
INSERT INTO sylius_product_variant (id, product_id, tax_category_id, shipping_category_id, code, created_at, updated_at, position, version, on_hold, on_hand, tracked, width, height, depth, weight, shipping_required)
SELECT v.id, v.k, CASE p.kind WHEN 'coffee' THEN 1 WHEN 'bulk' THEN 1 WHEN 'sub' THEN 1 WHEN 'course' THEN 3 WHEN 'gift' THEN NULL ELSE 2 END, NULL, v.code,
       timestamp '2020-02-11 09:05:00' + v.k * interval '11 days 3 hours', timestamp '2024-06-01 06:00:00' + make_interval(mins => fixture_gen.n('vup', v.id, 40000)),
       v.id - (SELECT min(id) FROM sgen.var w WHERE w.k = v.k), 1 + fixture_gen.n('vver', v.id, 30), fixture_gen.n('vhold', v.id, 12), 20 + fixture_gen.n('vhand', v.id, 400),
       p.kind IN ('gear', 'coffee', 'bulk'), CASE WHEN p.kind = 'gear' THEN 10 + fixture_gen.n('vw', v.id, 25) END, CASE WHEN p.kind = 'gear' THEN 8 + fixture_gen.n('vh', v.id, 30) END,
       CASE WHEN p.kind = 'gear' THEN 8 + fixture_gen.n('vd', v.id, 20) END, v.weight, p.kind NOT IN ('course', 'gift')
FROM sgen.var v JOIN sgen.prod p ON p.k = v.k ORDER BY v.id;

CREATE TABLE sylius_channel_pricing (id serial PRIMARY KEY, product_variant_id integer NOT NULL REFERENCES sylius_product_variant (id) ON DELETE CASCADE, price integer,
  original_price integer, minimum_price integer DEFAULT 0, channel_code varchar(255) NOT NULL, UNIQUE (product_variant_id, channel_code));
INSERT INTO sylius_channel_pricing (product_variant_id, price, original_price, minimum_price, channel_code)
SELECT v.id, CASE ch WHEN 'BRIGHTCUP_UK' THEN (v.price * 0.89)::int WHEN 'WHOLESALE' THEN (v.price * 0.72)::int ELSE v.price END,
       CASE WHEN v.id % 9 = 0 THEN (v.price * 1.15)::int END, CASE WHEN ch = 'WHOLESALE' THEN (v.price * 0.6)::int ELSE 0 END, ch
FROM sgen.var v CROSS JOIN unnest(ARRAY['BRIGHTCUP_EU', 'BRIGHTCUP_UK', 'WHOLESALE']) ch ORDER BY v.id, ch;

CREATE TABLE sylius_product_image (id serial PRIMARY KEY, owner_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE, type varchar(255), path varchar(255) NOT NULL);
INSERT INTO sylius_product_image (owner_id, type, path)
SELECT k, CASE WHEN n = 1 THEN 'main' WHEN n = 2 THEN 'thumbnail' ELSE NULL END,
       substr(md5('pi' || k || n), 1, 2) || '/' || substr(md5('pi' || k || n), 3, 2) || '/' || substr(md5('pi' || k || n), 5, 28) || '.jpg'
FROM sgen.prod, generate_series(1, 3) n WHERE n < 3 OR k % 2 = 0 ORDER BY k, n;

-- Reviews: prose about the coffee, some naming the reviewer's family, a
-- neighbour or where they live.
CREATE TABLE sylius_product_review (id serial PRIMARY KEY, product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE, author_id integer REFERENCES sylius_customer (id) ON DELETE CASCADE,
  title varchar(255) NOT NULL, rating integer NOT NULL, comment text NOT NULL, status varchar(255) NOT NULL, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_product_review (product_id, author_id, title, rating, comment, status, created_at, updated_at)
SELECT pk, a, fixture_gen.pick(ARRAY['Lovely coffee', 'Great for espresso', 'Not my taste', 'Perfect every morning', 'Super fresh', 'Worth the price', 'Too acidic for me', 'Excellent', 'Sehr lecker', 'Top Qualität', 'Arrived damaged', 'Délicieux'], 'rt', r),
       rating,
       CASE fixture_gen.n('rk', r, 10)
         WHEN 0 THEN 'Bought this for my husband ' || fixture_gen.first_name('rh', r) || ' for his birthday, he now grinds it every morning before his shift at ' || fixture_gen.pick(ARRAY['the Charité', 'the fire station in Neukölln', 'Addenbrooke''s', 'the Amazon warehouse'], 'rw', r) || '.'
         WHEN 1 THEN 'The parcel went to my neighbour ' || fixture_gen.full_name('rn', r) || ' at number ' || (2 + fixture_gen.n('rno', r, 40)) || ' and she kept it for a week. The coffee itself is fantastic.'
         WHEN 2 THEN 'My daughter ' || fixture_gen.first_name('rd', r) || ' (she is 14) loves the AeroPress recipe on the bag. Call me if you want a testimonial: ' || sgen.phone(p.c, 'rph', r)
         ELSE fixture_gen.pick(ARRAY['Fruity and clean, works beautifully in a V60 at 15 g to 250 g water.', 'A bit too dark for filter but excellent as a flat white.',
           'Sweet, balanced and consistent from bag to bag. I have ordered it four times now.', 'Grind size needs to be finer than usual, then it is superb.',
           'The bag valve was broken and the beans tasted stale after a week.', 'Kräftig, schokoladig, perfekt für den Siebträger.', 'Très bon café, un peu trop acide pour moi.',
           'Good value compared with the supermarket, and the roast date is always fresh.'], 'rp', r) END,
       CASE WHEN r % 17 = 0 THEN 'rejected' WHEN r > 235 THEN 'new' ELSE 'accepted' END,
       timestamp '2020-05-01 10:00:00' + r * interval '5 days' + make_interval(mins => fixture_gen.n('rct', r, 1400)),
       CASE WHEN r % 4 = 0 THEN timestamp '2020-05-02 10:00:00' + r * interval '5 days' END
FROM generate_series(1, 250) r
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('rpk', r, 40) AS pk, 1 + fixture_gen.n('rau', r, 260) AS a, 1 + fixture_gen.n('rr', r, 5) AS rating) x
JOIN sgen.p p ON p.i = x.a;
UPDATE sylius_product pr SET average_rating = coalesce((SELECT round(avg(rating)::numeric, 2)::float FROM sylius_product_review r WHERE r.product_id = pr.id AND r.status = 'accepted'), 0);

-- ---------------------------------------------------------------------------
-- Payment and shipping methods, gateways, promotions.

CREATE TABLE sylius_gateway_config (id serial PRIMARY KEY, config json NOT NULL, gateway_name varchar(255) NOT NULL, factory_name varchar(255) NOT NULL);
INSERT INTO sylius_gateway_config (config, gateway_name, factory_name) VALUES
  (json_build_object('publishable_key', 'pk_' || 'live_' || sgen.rnd('gpk', 1, 99), 'secret_key', 'sk_' || 'live_' || sgen.rnd('gsk', 1, 99), 'use_authorize', false), 'stripe_eu', 'stripe_checkout'),
  (json_build_object('username', 'payments_api1.brightcup.example', 'password', upper(sgen.rnd('gpp', 2, 16)), 'signature', 'A' || sgen.rnd('gps', 2, 55), 'sandbox', false), 'paypal', 'paypal_express_checkout'),
  ('[]', 'offline', 'offline'),
  ('[]', 'bank_transfer', 'offline'),
  (json_build_object('publishable_key', 'pk_' || 'live_' || sgen.rnd('gpk', 5, 99), 'secret_key', 'rk_' || 'live_' || sgen.rnd('gsk', 5, 99), 'use_authorize', false), 'stripe_uk', 'stripe_checkout'),
  (json_build_object('publishable_key', 'pk_' || 'test_' || sgen.rnd('gpk', 6, 99), 'secret_key', 'sk_' || 'test_' || sgen.rnd('gsk', 6, 99), 'use_authorize', true), 'stripe_staging', 'stripe_checkout'),
  ('[]', 'wholesale_invoice', 'offline');

CREATE TABLE sylius_payment_method (id serial PRIMARY KEY, gateway_config_id integer REFERENCES sylius_gateway_config (id) ON DELETE SET NULL, code varchar(255) NOT NULL UNIQUE,
  environment varchar(255), is_enabled boolean NOT NULL, position integer, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_payment_method (gateway_config_id, code, environment, is_enabled, position, created_at, updated_at) VALUES
  (1, 'stripe_card', NULL, true, 0, '2020-02-10 14:00:00', '2023-04-11 10:20:00'), (2, 'paypal', NULL, true, 1, '2020-02-10 14:01:00', '2022-08-02 09:10:00'),
  (3, 'cash_on_pickup', NULL, true, 4, '2020-02-10 14:02:00', NULL), (4, 'bank_transfer', NULL, true, 2, '2020-02-10 14:03:00', '2021-01-04 10:00:00'),
  (5, 'stripe_card_uk', NULL, true, 0, '2021-01-04 10:30:00', NULL), (6, 'stripe_test', 'dev', false, 9, '2021-03-01 08:00:00', NULL), (7, 'wholesale_invoice', NULL, true, 3, '2022-05-09 08:10:00', NULL);
CREATE TABLE sylius_payment_method_translation (id serial PRIMARY KEY, translatable_id integer NOT NULL REFERENCES sylius_payment_method (id) ON DELETE CASCADE, name varchar(255) NOT NULL,
  description text, instructions text, locale varchar(255) NOT NULL, UNIQUE (translatable_id, locale));
INSERT INTO sylius_payment_method_translation (translatable_id, name, description, instructions, locale)
SELECT m, n[l], d, ins, (ARRAY['en_US', 'de_DE', 'fr_FR'])[l]
FROM (VALUES (1, ARRAY['Credit card', 'Kreditkarte', 'Carte bancaire'], 'Visa, Mastercard and American Express via Stripe.', NULL),
  (2, ARRAY['PayPal', 'PayPal', 'PayPal'], 'Pay with your PayPal account.', NULL),
  (3, ARRAY['Cash on pickup', 'Barzahlung bei Abholung', 'Paiement au retrait'], 'Pay at the roastery bar when you collect your order.', 'Opening hours: Tue-Sat 9:00-17:00.'),
  (4, ARRAY['Bank transfer', 'Vorkasse', 'Virement'], 'Pay in advance by bank transfer.', 'Use your order number as the reference. Our bank details are on the confirmation e-mail and the invoice. We ship once the payment arrives.'),
  (5, ARRAY['Card (UK)', 'Karte (UK)', 'Carte (UK)'], 'Card payments in GBP via Stripe.', NULL),
  (6, ARRAY['Stripe test', 'Stripe Test', 'Stripe test'], 'Test mode: do not enable in production.', NULL),
  (7, ARRAY['On account (30 days)', 'Auf Rechnung (30 Tage)', 'Sur facture (30 jours)'], 'For approved wholesale accounts only.', 'Payment due 30 days after the invoice date.')) v(m, n, d, ins),
  generate_series(1, 3) l ORDER BY m, l;

CREATE TABLE sylius_shipping_category (id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, description varchar(255), created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_shipping_category (code, name, description, created_at, updated_at) VALUES ('parcel', 'Parcel', 'Regular parcels', '2020-02-10 14:10:00', NULL), ('bulky', 'Bulky', '5 kg bags and grinders', '2022-05-09 08:20:00', NULL);

CREATE TABLE sylius_shipping_method (id serial PRIMARY KEY, category_id integer REFERENCES sylius_shipping_category (id), zone_id integer NOT NULL REFERENCES sylius_zone (id),
  tax_category_id integer REFERENCES sylius_tax_category (id), code varchar(255) NOT NULL UNIQUE, configuration text NOT NULL, category_requirement integer NOT NULL,
  calculator varchar(255) NOT NULL, is_enabled boolean NOT NULL, position integer NOT NULL, archived_at timestamp, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_shipping_method (category_id, zone_id, tax_category_id, code, configuration, category_requirement, calculator, is_enabled, position, archived_at, created_at, updated_at) VALUES
  (NULL, 3, 2, 'dhl_de', 'a:2:{s:12:"BRIGHTCUP_EU";a:1:{s:6:"amount";i:490;}s:9:"WHOLESALE";a:1:{s:6:"amount";i:0;}}', 1, 'flat_rate', true, 0, NULL, '2020-02-10 14:20:00', '2023-01-02 09:00:00'),
  (NULL, 4, 2, 'dhl_eu', 'a:1:{s:12:"BRIGHTCUP_EU";a:1:{s:6:"amount";i:990;}}', 1, 'flat_rate', true, 1, NULL, '2020-02-10 14:21:00', NULL),
  (NULL, 2, 2, 'royal_mail_48', 'a:1:{s:12:"BRIGHTCUP_UK";a:1:{s:6:"amount";i:395;}}', 1, 'flat_rate', true, 2, NULL, '2021-01-04 10:40:00', NULL),
  (NULL, 3, NULL, 'pickup_roastery', 'a:2:{s:12:"BRIGHTCUP_EU";a:1:{s:6:"amount";i:0;}s:9:"WHOLESALE";a:1:{s:6:"amount";i:0;}}', 1, 'flat_rate', true, 3, NULL, '2020-02-10 14:22:00', NULL),
  (2, 3, 2, 'cargo_bike_berlin', 'a:1:{s:9:"WHOLESALE";a:1:{s:6:"amount";i:0;}}', 1, 'flat_rate', true, 4, NULL, '2022-05-09 08:30:00', NULL),
  (NULL, 3, 2, 'hermes_de', 'a:1:{s:12:"BRIGHTCUP_EU";a:1:{s:6:"amount";i:450;}}', 1, 'flat_rate', false, 5, '2021-11-30 18:00:00', '2020-02-10 14:23:00', '2021-11-30 18:00:00');
CREATE TABLE sylius_shipping_method_translation (id serial PRIMARY KEY, translatable_id integer NOT NULL REFERENCES sylius_shipping_method (id) ON DELETE CASCADE, name varchar(255) NOT NULL,
  description varchar(255), locale varchar(255) NOT NULL, UNIQUE (translatable_id, locale));
INSERT INTO sylius_shipping_method_translation (translatable_id, name, description, locale)
SELECT m, n, d, lc FROM (VALUES (1, 'DHL Paket', '1-2 working days within Germany', 'en_US'), (1, 'DHL Paket', '1-2 Werktage innerhalb Deutschlands', 'de_DE'),
  (2, 'DHL Europe', '3-5 working days', 'en_US'), (2, 'DHL Europa', '3-5 Werktage', 'de_DE'), (3, 'Royal Mail Tracked 48', 'Dispatched from London', 'en_GB'),
  (3, 'Royal Mail Tracked 48', 'Versand aus London', 'de_DE'), (4, 'Pickup at the roastery', 'Lobeckstraße 36, Berlin-Kreuzberg', 'en_US'), (4, 'Abholung in der Rösterei', 'Lobeckstraße 36, Berlin-Kreuzberg', 'de_DE'),
  (5, 'Cargo bike (Berlin cafés)', 'Tuesdays and Fridays inside the Ring', 'en_US'), (5, 'Lastenrad (Berliner Cafés)', 'Dienstags und freitags innerhalb des Rings', 'de_DE'),
  (6, 'Hermes', NULL, 'en_US'), (6, 'Hermes', NULL, 'de_DE')) v(m, n, d, lc);

CREATE TABLE sylius_promotion (id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, description varchar(255), priority integer NOT NULL, exclusive boolean NOT NULL,
  usage_limit integer, used integer NOT NULL, coupon_based boolean NOT NULL, starts_at timestamp, ends_at timestamp, created_at timestamp NOT NULL, updated_at timestamp,
  applies_to_discounted boolean DEFAULT true NOT NULL, archived_at timestamp);
INSERT INTO sylius_promotion (code, name, description, priority, exclusive, usage_limit, used, coupon_based, starts_at, ends_at, created_at, updated_at, applies_to_discounted, archived_at) VALUES
  ('welcome10', 'Welcome 10 %', '10 % off the first order for newsletter subscribers', 1, false, NULL, 0, true, NULL, NULL, '2020-03-01 09:00:00', '2023-06-01 10:00:00', true, NULL),
  ('free_shipping_49', 'Free shipping from 49 EUR', 'Shipping is free over 49 EUR in Germany', 0, false, NULL, 0, false, NULL, NULL, '2020-03-01 09:05:00', NULL, true, NULL),
  ('black_friday_2023', 'Black Friday 2023', '20 % off equipment', 5, true, 800, 0, true, '2023-11-24 00:00:00', '2023-11-27 23:59:59', '2023-11-10 15:00:00', '2023-11-28 09:00:00', false, NULL),
  ('partners', 'Partner codes', 'Codes for our café partners and creators; 15 % off coffee', 2, false, NULL, 0, true, NULL, NULL, '2021-05-01 09:00:00', '2024-02-01 09:00:00', true, NULL),
  ('staff', 'Staff discount', '30 % for the team and their families', 9, true, NULL, 0, false, NULL, NULL, '2020-03-01 09:10:00', NULL, true, NULL),
  ('wholesale_volume', 'Wholesale volume discount', '5 % from 20 kg per order', 3, false, NULL, 0, false, '2022-05-09 00:00:00', NULL, '2022-05-09 08:40:00', NULL, true, NULL),
  ('xmas_2022', 'Christmas 2022 gift box', 'Free mug with every gift box', 1, false, 300, 0, false, '2022-12-01 00:00:00', '2022-12-24 12:00:00', '2022-11-20 10:00:00', NULL, true, '2023-01-05 09:00:00');
CREATE TABLE sylius_promotion_coupon (id serial PRIMARY KEY, promotion_id integer REFERENCES sylius_promotion (id), code varchar(255) NOT NULL UNIQUE, usage_limit integer, used integer NOT NULL,
  expires_at timestamp, created_at timestamp NOT NULL, updated_at timestamp, per_customer_usage_limit integer, reusable_from_cancelled_orders boolean DEFAULT true NOT NULL);
INSERT INTO sylius_promotion_coupon (promotion_id, code, usage_limit, used, expires_at, created_at, updated_at, per_customer_usage_limit, reusable_from_cancelled_orders)
SELECT 1, 'WELCOME10', NULL::int, 0, NULL::timestamp, timestamp '2020-03-01 09:01:00', NULL::timestamp, 1, true
UNION ALL SELECT 3, 'BF23-' || fixture_gen.chars('bfc', k, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 1, 0, '2023-11-27 23:59:59', '2023-11-10 15:10:00', NULL, 1, true FROM generate_series(1, 60) k
UNION ALL SELECT 4, c, NULL, 0, NULL, '2021-05-01 09:30:00', NULL, NULL, false FROM unnest(ARRAY['BREWLAB15', 'KIEZCAFE15', 'PODCAST15', 'YOUTUBE15', 'MARKTHALLE15', 'AEROCHAMP15']) c;

CREATE TABLE sylius_catalog_promotion (id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, start_date timestamp, end_date timestamp,
  priority integer DEFAULT 0 NOT NULL, exclusive boolean DEFAULT false NOT NULL, state varchar(255) NOT NULL, enabled boolean NOT NULL);
INSERT INTO sylius_catalog_promotion (code, name, start_date, end_date, priority, exclusive, state, enabled) VALUES
  ('summer_cold_brew_2023', 'Cold brew summer', '2023-06-15 00:00:00', '2023-08-31 23:59:59', 1, false, 'inactive', true),
  ('decaf_week', 'Decaf week', '2024-01-15 00:00:00', '2024-01-21 23:59:59', 0, false, 'inactive', true),
  ('grinder_days_2024', 'Grinder days', '2024-06-20 00:00:00', '2024-07-05 23:59:59', 2, true, 'active', true),
  ('last_lots', 'Last lots of the harvest', NULL, NULL, 0, false, 'active', true),
  ('bf_2024_draft', 'Black Friday 2024 (draft)', '2024-11-29 00:00:00', '2024-12-02 23:59:59', 5, true, 'inactive', false);

-- ---------------------------------------------------------------------------
-- Orders. 1-640 in time order; every eleventh and the last 25 are carts
-- (some addressed), the rest were placed. Order addresses are copies (ids
-- from 1001: shipping 1000 + 2k - 1, billing 1000 + 2k); every fifth ships
-- to someone else (a gift, a parent, an office).

CREATE TABLE sgen.o (k int PRIMARY KEY, cust int, guest boolean, channel int, cart boolean, addressed boolean, placed timestamp, state text, pay text, ship text,
  method int, smethod int, coupon int, gift boolean);
INSERT INTO sgen.o
SELECT k, cu, cu BETWEEN 261 AND 300, CASE WHEN cu > 300 THEN 3 WHEN p.c = 'GB' THEN 2 ELSE 1 END, cart, cart AND k % 3 = 0,
       timestamp '2020-03-10 10:00:00' + k * interval '2 days 14 hours' + make_interval(mins => fixture_gen.n('ot', k, 1300)),
       CASE WHEN cart THEN 'cart' WHEN k % 29 = 0 THEN 'cancelled' WHEN k > 600 THEN 'new' ELSE 'fulfilled' END, NULL, NULL,
       CASE WHEN cu > 300 THEN CASE WHEN k % 4 = 0 THEN 4 ELSE 7 END WHEN p.c = 'GB' THEN CASE WHEN k % 3 = 0 THEN 2 ELSE 5 END
            ELSE (ARRAY[1, 1, 1, 2, 2, 4, 3])[1 + fixture_gen.n('opm', k, 7)] END,
       CASE WHEN cu > 300 THEN CASE WHEN p.city = 'Berlin' THEN 5 ELSE 1 END WHEN p.c = 'GB' THEN 3 WHEN p.c = 'DE' THEN CASE WHEN k % 7 = 0 THEN 4 WHEN k < 200 AND k % 5 = 1 THEN 6 ELSE 1 END ELSE 2 END,
       CASE WHEN k % 9 = 0 THEN 1 WHEN k BETWEEN 545 AND 560 THEN 1 + (k % 60) + 1 WHEN k % 13 = 0 THEN 62 + k % 6 END,
       k % 5 = 0
FROM generate_series(1, 640) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 6 = 0 THEN 301 + fixture_gen.n('ocw', k, 40) ELSE 1 + fixture_gen.n('occ', k, 300) END AS cu, k % 11 = 0 OR k > 615 AS cart) x
JOIN sgen.p p ON p.i = x.cu;
UPDATE sgen.o SET pay = CASE WHEN cart THEN 'cart' WHEN state = 'cancelled' THEN 'cancelled' WHEN k % 31 = 0 THEN 'refunded' WHEN k % 37 = 0 THEN 'partially_refunded'
    WHEN state = 'new' AND method IN (4, 7) THEN 'awaiting_payment' ELSE 'paid' END,
  ship = CASE WHEN cart THEN 'cart' WHEN state = 'cancelled' THEN 'cancelled' WHEN state = 'new' THEN 'ready' ELSE 'shipped' END;
UPDATE sgen.o SET coupon = NULL WHERE cart AND NOT addressed;

CREATE TABLE sylius_order (id serial PRIMARY KEY, shipping_address_id integer UNIQUE REFERENCES sylius_address (id), billing_address_id integer UNIQUE REFERENCES sylius_address (id),
  channel_id integer REFERENCES sylius_channel (id), promotion_coupon_id integer REFERENCES sylius_promotion_coupon (id), customer_id integer REFERENCES sylius_customer (id),
  number varchar(255) UNIQUE, notes text, state varchar(255) NOT NULL, checkout_completed_at timestamp, items_total integer NOT NULL, adjustments_total integer NOT NULL,
  total integer NOT NULL, created_at timestamp NOT NULL, updated_at timestamp, currency_code varchar(3) NOT NULL, locale_code varchar(255) NOT NULL, checkout_state varchar(255) NOT NULL,
  payment_state varchar(255) NOT NULL, shipping_state varchar(255) NOT NULL, token_value varchar(255) UNIQUE, customer_ip varchar(255), created_by_guest boolean DEFAULT true NOT NULL);

-- Order addresses: copies of the customer's, or typed for a recipient.
INSERT INTO sylius_address (id, customer_id, first_name, last_name, phone_number, street, company, city, postcode, created_at, updated_at, country_code, province_code, province_name, vat_number, vat_valid, vat_validated_at)
SELECT 1000 + 2 * o.k - 1 + b, NULL,
       CASE WHEN o.gift AND b = 0 THEN fixture_gen.first_name('ogf', o.k) ELSE p.first END,
       CASE WHEN o.gift AND b = 0 AND o.k % 2 = 1 THEN fixture_gen.last_name('ogl', o.k) ELSE p.last END,
       CASE WHEN o.gift AND b = 0 THEN CASE WHEN o.k % 3 <> 0 THEN sgen.phone(p.c, 'ogp', o.k) END ELSE p.phone END,
       CASE WHEN o.gift AND b = 0 THEN sgen.street(p.c, 'ogs', o.k) ELSE p.street END,
       CASE WHEN o.gift AND b = 0 AND o.k % 4 = 0 THEN fixture_gen.pick(ARRAY['Hotel Adlon Kempinski', 'Klinikum rechts der Isar', 'Deloitte', 'Studio Marzipan', 'Ecole Jeannine Manuel'], 'ogc', o.k) ELSE p.company END,
       CASE WHEN o.gift AND b = 0 THEN sgen.city(p.c, 'ogci', o.k) ELSE p.city END, CASE WHEN o.gift AND b = 0 THEN sgen.postcode(p.c, 'ogpc', o.k) ELSE p.postcode END,
       o.placed - interval '6 minutes', o.placed, p.c, NULL, NULL,
       CASE WHEN b = 1 AND o.cust > 300 THEN a.vat_number END, b = 1 AND o.cust > 300 AND a.vat_valid, CASE WHEN b = 1 AND o.cust > 300 THEN a.vat_validated_at END
FROM sgen.o o JOIN sgen.p p ON p.i = o.cust LEFT JOIN sylius_address a ON a.id = o.cust CROSS JOIN generate_series(0, 1) b
WHERE NOT o.cart OR o.addressed ORDER BY 1;

INSERT INTO sylius_order (id, shipping_address_id, billing_address_id, channel_id, promotion_coupon_id, customer_id, number, notes, state, checkout_completed_at, items_total, adjustments_total, total,
  created_at, updated_at, currency_code, locale_code, checkout_state, payment_state, shipping_state, token_value, customer_ip, created_by_guest)
SELECT o.k, CASE WHEN NOT o.cart OR o.addressed THEN 1000 + 2 * o.k - 1 END, CASE WHEN NOT o.cart OR o.addressed THEN 1000 + 2 * o.k END, o.channel, o.coupon,
       CASE WHEN o.cart AND NOT o.addressed AND o.k % 2 = 1 THEN NULL ELSE o.cust END,
       CASE WHEN NOT o.cart THEN lpad((row_number() OVER (PARTITION BY o.cart ORDER BY o.k))::text, 9, '0') END,
       CASE WHEN o.cart THEN NULL ELSE CASE fixture_gen.n('onote', o.k, 14)
         WHEN 0 THEN 'Bitte beim Nachbarn ' || fixture_gen.full_name('onn', o.k) || ' (EG links) abgeben, falls ich nicht da bin. Tel. ' || p.phone
         WHEN 1 THEN 'Door code ' || fixture_gen.digits('odc', o.k, 4) || ', third floor, the bell says ' || upper(p.last) || '. Call ' || p.phone || ' if nobody answers.'
         WHEN 2 THEN 'It is a present for my mother ' || fixture_gen.first_name('omf', o.k) || ' ' || p.last || ' (turning 70!), please leave out the invoice and add a card: "Alles Liebe, ' || p.first || '".'
         WHEN 3 THEN 'Please deliver to reception, attn. ' || fixture_gen.full_name('ora', o.k) || ' (facilities), ' || coalesce(p.company, 'ground floor') || '.'
         WHEN 4 THEN 'Ground for moka pot please.'
         WHEN 5 THEN 'Rechnung bitte zusätzlich an ' || fixture_gen.email('oie', o.k) || ' schicken.'
         WHEN 6 THEN fixture_gen.sentence('ose', o.k)
         WHEN 7 THEN 'Leave it in the blue bin shed if I am out.'
         ELSE NULL END END,
       o.state, CASE WHEN NOT o.cart THEN o.placed END, 0, 0, 0, o.placed - make_interval(mins => 8 + fixture_gen.n('ocr', o.k, 3000)), o.placed + make_interval(days => fixture_gen.n('oup', o.k, 6)),
       CASE o.channel WHEN 2 THEN 'GBP' ELSE 'EUR' END, CASE o.channel WHEN 2 THEN 'en_GB' ELSE CASE p.c WHEN 'DE' THEN 'de_DE' WHEN 'AT' THEN 'de_DE' WHEN 'FR' THEN 'fr_FR' WHEN 'BE' THEN 'fr_FR' WHEN 'NL' THEN 'nl_NL' WHEN 'PL' THEN 'pl_PL' ELSE 'en_US' END END,
       CASE WHEN NOT o.cart THEN 'completed' WHEN o.addressed THEN fixture_gen.pick(ARRAY['addressed', 'shipping_selected', 'payment_selected'], 'ocs', o.k) ELSE 'cart' END,
       o.pay, o.ship, CASE WHEN NOT o.cart OR o.k % 2 = 0 THEN sgen.rnd('otv', o.k, 10) END,
       CASE WHEN o.cart THEN NULL WHEN o.k % 4 = 0 THEN CASE WHEN o.k % 8 = 0 THEN fixture_gen.ipv6('oip', o.k) ELSE fixture_gen.ipv4('oip', o.k) END ELSE p.ip END,
       o.guest
FROM sgen.o o JOIN sgen.p p ON p.i = o.cust ORDER BY o.k;

CREATE TABLE sylius_order_sequence (id serial PRIMARY KEY, idx integer NOT NULL, version integer DEFAULT 1 NOT NULL);
INSERT INTO sylius_order_sequence (idx, version) SELECT count(number), count(number) + 1 FROM sylius_order;

CREATE TABLE sylius_shipment (id serial PRIMARY KEY, method_id integer NOT NULL REFERENCES sylius_shipping_method (id), order_id integer NOT NULL REFERENCES sylius_order (id) ON DELETE CASCADE,
  state varchar(255) NOT NULL, tracking varchar(255), created_at timestamp NOT NULL, updated_at timestamp, shipped_at timestamp);
INSERT INTO sylius_shipment (id, method_id, order_id, state, tracking, created_at, updated_at, shipped_at)
SELECT o.k, o.smethod, o.k, o.ship,
       CASE WHEN o.ship = 'shipped' AND o.smethod NOT IN (4, 5) THEN CASE o.smethod WHEN 3 THEN fixture_gen.pick(ARRAY['TT', 'RM', 'KF'], 'otr', o.k) || fixture_gen.digits('otr', o.k, 9) || 'GB'
            ELSE '00340434' || fixture_gen.digits('otr', o.k, 12) END END,
       o.placed - interval '7 minutes', CASE WHEN NOT o.cart THEN o.placed + make_interval(hours => 20 + fixture_gen.n('osh', o.k, 60)) END,
       CASE WHEN o.ship = 'shipped' THEN o.placed + make_interval(hours => 20 + fixture_gen.n('osh', o.k, 60)) END
FROM sgen.o o WHERE NOT o.cart OR o.addressed ORDER BY o.k;

CREATE TABLE sylius_order_item (id serial PRIMARY KEY, order_id integer NOT NULL REFERENCES sylius_order (id) ON DELETE CASCADE, variant_id integer NOT NULL REFERENCES sylius_product_variant (id),
  quantity integer NOT NULL, unit_price integer NOT NULL, units_total integer NOT NULL, adjustments_total integer NOT NULL, total integer NOT NULL, is_immutable boolean NOT NULL,
  product_name varchar(255), variant_name varchar(255), version integer DEFAULT 1 NOT NULL, original_unit_price integer);
INSERT INTO sylius_order_item (order_id, variant_id, quantity, unit_price, units_total, adjustments_total, total, is_immutable, product_name, variant_name, version, original_unit_price)
SELECT o.k, v.id, q, pr, pr * q, 0, pr * q, NOT o.cart, pt.name, v.vname, 1, CASE WHEN v.id % 9 = 0 THEN (v.price * 1.15)::int ELSE pr END
FROM sgen.o o CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('oin', o.k, 3)) n
CROSS JOIN LATERAL (SELECT CASE WHEN o.channel = 3 THEN (SELECT id FROM sgen.var WHERE k IN (37, 38, 39, 27, 29, 40) ORDER BY md5(id || 'w' || o.k || n) LIMIT 1)
                               ELSE 1 + fixture_gen.n('oiv', o.k * 10 + n, (SELECT count(*) FROM sgen.var)::int) END AS vid) x
JOIN sgen.var v ON v.id = x.vid JOIN sylius_product_translation pt ON pt.translatable_id = v.k AND pt.locale = 'en_US'
CROSS JOIN LATERAL (SELECT CASE WHEN o.channel = 3 THEN 1 + fixture_gen.n('oiq', o.k * 10 + n, 6) ELSE 1 + fixture_gen.n('oiq', o.k * 10 + n, 3) / 2 END AS q,
                           CASE o.channel WHEN 2 THEN (v.price * 0.89)::int WHEN 3 THEN (v.price * 0.72)::int ELSE v.price END AS pr) y
ORDER BY o.k, n;

CREATE TABLE sylius_order_item_unit (id serial PRIMARY KEY, order_item_id integer NOT NULL REFERENCES sylius_order_item (id) ON DELETE CASCADE, shipment_id integer REFERENCES sylius_shipment (id) ON DELETE SET NULL,
  adjustments_total integer NOT NULL, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_order_item_unit (order_item_id, shipment_id, adjustments_total, created_at, updated_at)
SELECT i.id, s.id, 0, o.placed - interval '20 minutes', o.placed
FROM sylius_order_item i JOIN sgen.o o ON o.k = i.order_id LEFT JOIN sylius_shipment s ON s.order_id = i.order_id CROSS JOIN generate_series(1, i.quantity) u ORDER BY i.id, u;

-- Adjustments: shipping per order, tax per unit (included in price), promotions.
CREATE TABLE sylius_adjustment (id serial PRIMARY KEY, order_id integer REFERENCES sylius_order (id) ON DELETE CASCADE, order_item_id integer REFERENCES sylius_order_item (id) ON DELETE CASCADE,
  order_item_unit_id integer REFERENCES sylius_order_item_unit (id) ON DELETE CASCADE, type varchar(255) NOT NULL, label varchar(255), amount integer NOT NULL, is_neutral boolean NOT NULL,
  is_locked boolean NOT NULL, origin_code varchar(255), created_at timestamp NOT NULL, updated_at timestamp, details json NOT NULL, shipment_id integer REFERENCES sylius_shipment (id) ON DELETE CASCADE);
INSERT INTO sylius_adjustment (order_id, order_item_id, order_item_unit_id, type, label, amount, is_neutral, is_locked, origin_code, created_at, updated_at, details, shipment_id)
SELECT s.order_id, NULL::int, NULL::int, 'shipping', t.name, CASE WHEN s.method_id IN (4, 5) OR o.channel = 3 THEN 0 WHEN s.method_id = 3 THEN 395 WHEN s.method_id = 2 THEN 990 ELSE 490 END, false, NOT o.cart, NULL::text,
       s.created_at, s.updated_at, json_build_object('shippingMethodCode', m.code, 'shippingMethodName', t.name), s.id
FROM sylius_shipment s JOIN sgen.o o ON o.k = s.order_id JOIN sylius_shipping_method m ON m.id = s.method_id JOIN sylius_shipping_method_translation t ON t.translatable_id = m.id AND t.locale = 'de_DE'
UNION ALL
SELECT NULL::int, NULL::int, u.id, 'tax', r.name, round(i.unit_price * r.amount / (1 + r.amount))::int, true, NOT o.cart, NULL, u.created_at, u.updated_at,
       json_build_object('taxRateCode', r.code, 'taxRateName', r.name, 'taxRateAmount', r.amount), NULL::int
FROM sylius_order_item_unit u JOIN sylius_order_item i ON i.id = u.order_item_id JOIN sgen.o o ON o.k = i.order_id JOIN sylius_product_variant v ON v.id = i.variant_id
JOIN sylius_tax_rate r ON r.category_id = v.tax_category_id AND r.code = CASE WHEN o.channel = 2 THEN CASE v.tax_category_id WHEN 1 THEN 'uk_food' ELSE 'uk_goods' END
  ELSE CASE v.tax_category_id WHEN 1 THEN 'de_food' WHEN 3 THEN 'de_services' ELSE CASE WHEN o.placed BETWEEN '2020-07-01' AND '2020-12-31' THEN 'de_goods_covid' ELSE 'de_goods_2021' END END END
UNION ALL
SELECT NULL::int, NULL::int, u.id, 'order_promotion', pr.name, -round(i.unit_price * 0.1)::int, false, NOT o.cart, pr.code, u.created_at, u.updated_at, '{}'::json, NULL
FROM sylius_order_item_unit u JOIN sylius_order_item i ON i.id = u.order_item_id JOIN sgen.o o ON o.k = i.order_id JOIN sylius_promotion_coupon c ON c.id = o.coupon JOIN sylius_promotion pr ON pr.id = c.promotion_id
ORDER BY 10, 3, 4;
UPDATE sylius_order_item_unit u SET adjustments_total = x.s FROM (SELECT order_item_unit_id, sum(amount) FILTER (WHERE NOT is_neutral) s FROM sylius_adjustment WHERE order_item_unit_id IS NOT NULL GROUP BY 1) x
WHERE x.order_item_unit_id = u.id AND x.s IS NOT NULL;
UPDATE sylius_order_item i SET adjustments_total = x.s, total = i.units_total + x.s FROM (SELECT order_item_id, sum(adjustments_total) s FROM sylius_order_item_unit GROUP BY 1) x WHERE x.order_item_id = i.id;
UPDATE sylius_order o SET items_total = x.it, adjustments_total = coalesce(sh.amt, 0), total = x.it + coalesce(sh.amt, 0)
FROM (SELECT order_id, sum(total) it FROM sylius_order_item GROUP BY 1) x LEFT JOIN (SELECT order_id, sum(amount) amt FROM sylius_adjustment WHERE order_id IS NOT NULL GROUP BY 1) sh ON sh.order_id = x.order_id
WHERE x.order_id = o.id;
UPDATE sylius_promotion_coupon c SET used = x.n FROM (SELECT promotion_coupon_id, count(*) n FROM sylius_order WHERE number IS NOT NULL GROUP BY 1) x WHERE x.promotion_coupon_id = c.id;
UPDATE sylius_promotion pr SET used = x.n FROM (SELECT c.promotion_id, sum(c.used) n FROM sylius_promotion_coupon c GROUP BY 1) x WHERE x.promotion_id = pr.id;

-- ---------------------------------------------------------------------------
-- Payments: details are what Payum keeps of the gateway's answer.

CREATE TABLE sylius_payment (id serial PRIMARY KEY, method_id integer REFERENCES sylius_payment_method (id), order_id integer NOT NULL REFERENCES sylius_order (id) ON DELETE CASCADE,
  currency_code varchar(3) NOT NULL, amount integer NOT NULL, state varchar(255) NOT NULL, details json NOT NULL, created_at timestamp NOT NULL, updated_at timestamp);
INSERT INTO sylius_payment (method_id, order_id, currency_code, amount, state, details, created_at, updated_at)
SELECT CASE WHEN try = 0 AND o.method IN (4, 7, 3) THEN 1 ELSE o.method END, o.k, so.currency_code, so.total,
       CASE WHEN try = 0 THEN CASE WHEN o.k % 20 = 3 THEN 'cancelled' ELSE 'failed' END WHEN o.cart THEN 'new' WHEN o.pay = 'paid' THEN 'completed' WHEN o.pay = 'awaiting_payment' THEN 'new'
            WHEN o.pay IN ('refunded', 'partially_refunded') THEN CASE WHEN o.pay = 'refunded' THEN 'refunded' ELSE 'completed' END ELSE 'cancelled' END,
       CASE WHEN (CASE WHEN try = 0 AND o.method IN (4, 7, 3) THEN 1 ELSE o.method END) IN (1, 5) AND NOT (o.cart AND try = 1) THEN json_build_object(
              'id', 'ch_3' || sgen.rnd('pch', o.k * 2 + try, 23), 'object', 'charge', 'amount', so.total, 'currency', lower(so.currency_code),
              'paid', try = 1, 'status', CASE WHEN try = 0 THEN 'failed' ELSE 'succeeded' END, 'captured', try = 1,
              'description', 'Order #' || so.number, 'receipt_email', p.email,
              'customer', CASE WHEN NOT o.guest THEN 'cus_' || sgen.rnd('pcus', o.cust, 14) END,
              'billing_details', json_build_object('address', json_build_object('city', p.city, 'country', p.c, 'line1', p.street, 'line2', NULL, 'postal_code', p.postcode, 'state', NULL),
                 'email', p.email, 'name', p.first || ' ' || p.last, 'phone', NULL),
              'payment_method_details', json_build_object('type', 'card', 'card', json_build_object('brand', fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex', 'visa'], 'pcb', o.cust),
                 'last4', fixture_gen.digits('pl4', o.cust, 4), 'exp_month', 1 + fixture_gen.n('pem', o.cust, 12), 'exp_year', 2025 + fixture_gen.n('pey', o.cust, 5),
                 'country', p.c, 'funding', 'credit', 'fingerprint', sgen.rnd('pfp', o.cust, 16))),
              'failure_code', CASE WHEN try = 0 THEN 'card_declined' END, 'failure_message', CASE WHEN try = 0 THEN 'Your card has insufficient funds.' END)
            WHEN o.method = 2 AND NOT (o.cart AND try = 1) THEN json_build_object(
              'PAYMENTREQUEST_0_AMT', to_char(so.total / 100.0, 'FM999990.00'), 'PAYMENTREQUEST_0_CURRENCYCODE', so.currency_code, 'PAYMENTREQUEST_0_DESC', 'Order #' || so.number,
              'TOKEN', 'EC-' || fixture_gen.chars('pec', o.k, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789'), 'CHECKOUTSTATUS', 'PaymentActionCompleted',
              'EMAIL', p.email, 'PAYERID', fixture_gen.chars('ppi', o.cust, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), 'PAYERSTATUS', 'verified',
              'FIRSTNAME', p.first, 'LASTNAME', p.last, 'COUNTRYCODE', p.c,
              'SHIPTONAME', p.first || ' ' || p.last, 'SHIPTOSTREET', p.street, 'SHIPTOCITY', p.city, 'SHIPTOZIP', p.postcode, 'SHIPTOCOUNTRYCODE', p.c,
              'PAYMENTINFO_0_TRANSACTIONID', fixture_gen.chars('ptx', o.k, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789'), 'PAYMENTINFO_0_PAYMENTSTATUS', 'Completed',
              'ACK', 'Success', 'CORRELATIONID', substr(md5('pco' || o.k), 1, 13), 'VERSION', '65.1')
            ELSE '[]'::json END,
       so.created_at + make_interval(mins => try), so.updated_at
FROM sgen.o o JOIN sylius_order so ON so.id = o.k JOIN sgen.p p ON p.i = o.cust JOIN sylius_channel ch ON ch.id = o.channel
CROSS JOIN generate_series(0, 1) try
WHERE (try = 1 AND (NOT o.cart OR so.checkout_state = 'payment_selected')) OR (try = 0 AND NOT o.cart AND o.k % 10 = 3)
ORDER BY o.k, try;

-- Payum's tokens: the capture token and its after-pay token; used ones
-- are invalidated, so those left are of abandoned and pending payments.
CREATE TABLE sylius_payment_security_token (hash varchar(255) PRIMARY KEY, details text, after_url text, target_url text NOT NULL, gateway_name varchar(255) NOT NULL);
INSERT INTO sylius_payment_security_token (hash, details, after_url, target_url, gateway_name)
SELECT CASE t WHEN 0 THEN sgen.b64url('pst', pa.id, 32) ELSE sgen.b64url('psa', pa.id, 32) END,
       'C:32:"Payum\Core\Storage\IdentityModel":' || (56 + length(pa.id::text)) || ':{a:2:{i:0;s:34:"Sylius\Component\Core\Model\Payment";i:1;i:' || pa.id || ';}}',
       CASE t WHEN 0 THEN 'https://' || ch.hostname || '/' || so.locale_code || '/order/after-pay?payum_token=' || sgen.b64url('psa', pa.id, 32) END,
       CASE t WHEN 0 THEN 'https://' || ch.hostname || '/payment/capture/' || sgen.b64url('pst', pa.id, 32) ELSE 'https://' || ch.hostname || '/' || so.locale_code || '/order/after-pay?payum_token=' || sgen.b64url('psa', pa.id, 32) END,
       g.gateway_name
FROM sylius_payment pa JOIN sylius_order so ON so.id = pa.order_id JOIN sylius_channel ch ON ch.id = so.channel_id JOIN sylius_payment_method m ON m.id = pa.method_id
JOIN sylius_gateway_config g ON g.id = m.gateway_config_id CROSS JOIN generate_series(0, 1) t
WHERE pa.state IN ('new', 'failed', 'cancelled') OR pa.id % 17 = 0 ORDER BY pa.id, t;

-- ---------------------------------------------------------------------------
-- The Doctrine Messenger transport: serialized envelopes of e-mails waiting
-- to be sent (order confirmations with the addresses, shipment
-- confirmations, account verification and password reset links) and of
-- Sylius' own commands, some failed.

CREATE TABLE messenger_messages (id bigserial PRIMARY KEY, body text NOT NULL, headers text NOT NULL, queue_name varchar(190) NOT NULL, created_at timestamp NOT NULL,
  available_at timestamp NOT NULL, delivered_at timestamp);
CREATE INDEX idx_75ea56e0fb7336f0 ON messenger_messages (queue_name);
CREATE INDEX idx_75ea56e0e3bd61ce ON messenger_messages (available_at);
CREATE INDEX idx_75ea56e016ba31db ON messenger_messages (delivered_at);
CREATE TABLE sgen.mm (k int PRIMARY KEY, kind text, cls text, to_email text, to_name text, html text, payload text, at timestamp);
INSERT INTO sgen.mm
SELECT m, kind, CASE WHEN kind IN ('confirm', 'shipped', 'reset', 'verify') THEN 'Symfony\Component\Mailer\Messenger\SendEmailMessage'
                     WHEN kind = 'catalog' THEN 'Sylius\Bundle\CoreBundle\CatalogPromotion\Command\UpdateVariants' ELSE 'Sylius\Bundle\ApiBundle\Command\Account\SendAccountRegistrationEmail' END,
       c.email_canonical, coalesce(c.first_name || ' ' || c.last_name, ''),
       CASE kind
         WHEN 'confirm' THEN '<h1>Thank you for your order, ' || p.first || '!</h1><p>Order #' || so.number || ' - total ' || to_char(so.total / 100.0, 'FM999990.00') || ' ' || so.currency_code
              || '</p><h3>Shipping address</h3><p>' || sa.first_name || ' ' || sa.last_name || '<br>' || sa.street || '<br>' || sa.postcode || ' ' || sa.city || '<br>' || sa.country_code
              || coalesce('<br>' || sa.phone_number, '') || '</p><p>Track your order: https://' || ch.hostname || '/' || so.locale_code || '/order/' || so.token_value || '</p>'
         WHEN 'shipped' THEN '<p>Hi ' || p.first || ', your order #' || so.number || ' is on its way to ' || sa.street || ', ' || sa.city || '. Tracking number: ' || coalesce(sh.tracking, 'n/a') || '</p>'
         WHEN 'reset' THEN '<p>Hello ' || p.first || ',</p><p>To reset your password click https://' || ch.hostname || '/' || so.locale_code || '/forgotten-password/' || sgen.rnd('mrt', m, 43) || '</p>'
         WHEN 'verify' THEN '<p>Welcome ' || p.first || ' ' || p.last || '! Please verify your e-mail: https://' || ch.hostname || '/' || so.locale_code || '/verify/' || sgen.rnd('mvt', m, 43) || '</p>'
         ELSE NULL END,
       CASE kind WHEN 'catalog' THEN 'a:1:{i:0;s:' || length(v.code) || ':"' || v.code || '";}' ELSE NULL END,
       timestamp '2024-06-10 07:00:00' + m * interval '47 minutes' + make_interval(secs => fixture_gen.n('mat', m, 1800))
FROM generate_series(1, 160) m
CROSS JOIN LATERAL (SELECT (ARRAY['confirm', 'confirm', 'confirm', 'shipped', 'shipped', 'reset', 'verify', 'register', 'catalog', 'confirm'])[1 + fixture_gen.n('mk', m, 10)] AS kind,
                           420 + fixture_gen.n('mo', m, 190) AS ok) x
JOIN sylius_order so ON so.id = x.ok JOIN sylius_customer c ON c.id = so.customer_id JOIN sgen.p p ON p.i = c.id JOIN sylius_channel ch ON ch.id = so.channel_id
JOIN sylius_address sa ON sa.id = so.shipping_address_id LEFT JOIN sylius_shipment sh ON sh.order_id = so.id
LEFT JOIN sylius_product_variant v ON v.id = 1 + m % 70
WHERE so.number IS NOT NULL;
INSERT INTO messenger_messages (body, headers, queue_name, created_at, available_at, delivered_at)
SELECT CASE WHEN cls LIKE 'Symfony%' THEN
         'O:36:\"Symfony\\Component\\Messenger\\Envelope\":2:{s:44:\"\0Symfony\\Component\\Messenger\\Envelope\0stamps\";a:1:{s:46:\"Symfony\\Component\\Messenger\\Stamp\\BusNameStamp\";a:1:{i:0;O:46:\"Symfony\\Component\\Messenger\\Stamp\\BusNameStamp\":1:{s:55:\"\0Symfony\\Component\\Messenger\\Stamp\\BusNameStamp\0busName\";s:21:\"messenger.bus.default\";}}}s:45:\"\0Symfony\\Component\\Messenger\\Envelope\0message\";O:51:\"Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage\":2:{s:60:\"\0Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage\0message\";O:39:\"Symfony\\Component\\Mime\\Email\":6:{i:0;s:'
         || octet_length(html) || ':\"' || replace(html, '"', '\"') || '\";i:1;s:5:\"utf-8\";i:2;a:0:{}i:3;a:3:{s:4:\"from\";a:1:{i:0;O:30:\"Symfony\\Component\\Mime\\Address\":2:{s:39:\"\0Symfony\\Component\\Mime\\Address\0address\";s:'
         || octet_length('no-reply@brightcup.example') || ':\"no-reply@brightcup.example\";s:36:\"\0Symfony\\Component\\Mime\\Address\0name\";s:9:\"Brightcup\";}}s:2:\"to\";a:1:{i:0;O:30:\"Symfony\\Component\\Mime\\Address\":2:{s:39:\"\0Symfony\\Component\\Mime\\Address\0address\";s:'
         || octet_length(to_email) || ':\"' || to_email || '\";s:36:\"\0Symfony\\Component\\Mime\\Address\0name\";s:' || octet_length(to_name) || ':\"' || to_name || '\";}}s:7:\"subject\";s:'
         || octet_length(CASE kind WHEN 'confirm' THEN 'Order confirmation' WHEN 'shipped' THEN 'Your order has been shipped' WHEN 'reset' THEN 'Password reset' ELSE 'Email address verification' END) || ':\"'
         || CASE kind WHEN 'confirm' THEN 'Order confirmation' WHEN 'shipped' THEN 'Your order has been shipped' WHEN 'reset' THEN 'Password reset' ELSE 'Email address verification' END || '\";}}s:61:\"\0Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage\0envelope\";N;}}'
       WHEN kind = 'register' THEN
         'O:36:\"Symfony\\Component\\Messenger\\Envelope\":2:{s:44:\"\0Symfony\\Component\\Messenger\\Envelope\0stamps\";a:0:{}s:45:\"\0Symfony\\Component\\Messenger\\Envelope\0message\";O:' || length(cls) || ':\"' || replace(cls, '\', '\\') || '\":3:{s:13:\"shopUserEmail\";s:'
         || octet_length(to_email) || ':\"' || to_email || '\";s:10:\"localeCode\";s:5:\"de_DE\";s:11:\"channelCode\";s:12:\"BRIGHTCUP_EU\";}}'
       ELSE
         'O:36:\"Symfony\\Component\\Messenger\\Envelope\":2:{s:44:\"\0Symfony\\Component\\Messenger\\Envelope\0stamps\";a:0:{}s:45:\"\0Symfony\\Component\\Messenger\\Envelope\0message\";O:' || length(cls) || ':\"' || replace(cls, '\', '\\') || '\":1:{s:12:\"variantsCodes\";' || payload || '}}'
       END,
       '{"type":"' || replace(cls, '\', '\\') || '","X-Message-Stamp-Symfony\\Component\\Messenger\\Stamp\\BusNameStamp":"[{\"busName\":\"' || CASE WHEN kind IN ('register', 'catalog') THEN 'sylius.command_bus' ELSE 'messenger.bus.default' END || '\"}]"'
         || CASE WHEN k % 9 = 0 THEN ',"X-Message-Stamp-Symfony\\Component\\Messenger\\Stamp\\RedeliveryStamp":"[{\"retryCount\":3,\"redeliveredAt\":\"2024-06-2' || (k % 8) || 'T10:00:00+00:00\"}]"' ELSE '' END
         || ',"Content-Type":"text\/plain"}',
       CASE WHEN k % 9 = 0 THEN 'failed' WHEN kind = 'catalog' THEN 'catalog_promotion_removal' ELSE 'default' END,
       at, at + CASE WHEN k % 9 = 0 THEN interval '15 minutes' ELSE interval '0' END, CASE WHEN k % 5 = 0 THEN at + interval '3 seconds' END
FROM sgen.mm ORDER BY k;

-- ---------------------------------------------------------------------------
-- Sylius InvoicingPlugin: an invoice per placed order since the plugin was
-- installed (June 2022), with copies of the customer's billing data (and
-- the VAT number gewebe's plugin adds) and of the shop's.

CREATE TABLE sylius_invoicing_plugin_billing_data (id serial PRIMARY KEY, first_name varchar(255) NOT NULL, last_name varchar(255) NOT NULL, country_code varchar(255) NOT NULL,
  street varchar(255) NOT NULL, city varchar(255) NOT NULL, postcode varchar(255) NOT NULL, province_code varchar(255), province_name varchar(255), company varchar(255), vat_number varchar(255));
CREATE TABLE sylius_invoicing_plugin_shop_billing_data (id serial PRIMARY KEY, company varchar(255), tax_id varchar(255), country_code varchar(255) NOT NULL, street varchar(255),
  city varchar(255), postcode varchar(255), representative varchar(255));
CREATE TABLE sylius_invoicing_plugin_invoice (id varchar(255) PRIMARY KEY, billing_data_id integer UNIQUE REFERENCES sylius_invoicing_plugin_billing_data (id),
  shop_billing_data_id integer UNIQUE REFERENCES sylius_invoicing_plugin_shop_billing_data (id), channel_id integer NOT NULL REFERENCES sylius_channel (id),
  order_id integer REFERENCES sylius_order (id), number varchar(255) NOT NULL, issued_at timestamp NOT NULL, currency_code varchar(3) NOT NULL, locale_code varchar(255) NOT NULL,
  total integer NOT NULL, payment_state varchar(255) DEFAULT 'completed' NOT NULL);
CREATE TABLE sylius_invoicing_plugin_line_item (id serial PRIMARY KEY, invoice_id varchar(255) NOT NULL REFERENCES sylius_invoicing_plugin_invoice (id), name varchar(255) NOT NULL,
  quantity integer NOT NULL, unit_price integer NOT NULL, subtotal integer NOT NULL, tax_total integer NOT NULL, total integer NOT NULL, variant_name varchar(255),
  variant_code varchar(255), tax_rate varchar(255), discounted_unit_net_price integer);
CREATE TABLE sgen.inv (n int PRIMARY KEY, order_id int);
INSERT INTO sgen.inv SELECT row_number() OVER (ORDER BY id), id FROM sylius_order WHERE number IS NOT NULL AND state <> 'cancelled' AND checkout_completed_at >= timestamp '2022-06-01';
INSERT INTO sylius_invoicing_plugin_billing_data (id, first_name, last_name, country_code, street, city, postcode, province_code, province_name, company, vat_number)
SELECT i.n, a.first_name, a.last_name, a.country_code, a.street, a.city, a.postcode, a.province_code, a.province_name, a.company, a.vat_number
FROM sgen.inv i JOIN sylius_order o ON o.id = i.order_id JOIN sylius_address a ON a.id = o.billing_address_id ORDER BY i.n;
INSERT INTO sylius_invoicing_plugin_shop_billing_data (id, company, tax_id, country_code, street, city, postcode, representative)
SELECT i.n, s.company, s.tax_id, s.country_code, s.street, s.city, s.postcode, CASE o.channel_id WHEN 2 THEN 'Fatima Haddad' ELSE 'Tobias Brenner' END
FROM sgen.inv i JOIN sylius_order o ON o.id = i.order_id JOIN sylius_channel c ON c.id = o.channel_id JOIN sylius_shop_billing_data s ON s.id = c.shop_billing_data_id ORDER BY i.n;
INSERT INTO sylius_invoicing_plugin_invoice (id, billing_data_id, shop_billing_data_id, channel_id, order_id, number, issued_at, currency_code, locale_code, total, payment_state)
SELECT fixture_gen.uuid('inv', i.n), i.n, i.n, o.channel_id, o.id, to_char(o.checkout_completed_at, 'YYYY/MM/') || lpad(i.n::text, 9, '0'), o.checkout_completed_at + interval '2 seconds',
       o.currency_code, o.locale_code, o.total, CASE WHEN o.payment_state = 'paid' THEN 'completed' ELSE 'pending' END
FROM sgen.inv i JOIN sylius_order o ON o.id = i.order_id ORDER BY i.n;
INSERT INTO sylius_invoicing_plugin_line_item (invoice_id, name, quantity, unit_price, subtotal, tax_total, total, variant_name, variant_code, tax_rate, discounted_unit_net_price)
SELECT fixture_gen.uuid('inv', i.n), oi.product_name, oi.quantity, round(oi.unit_price / (1 + r.amount))::int, round(oi.total / (1 + r.amount))::int,
       oi.total - round(oi.total / (1 + r.amount))::int, oi.total, oi.variant_name, v.code, (r.amount * 100)::int || '%', round(oi.total / oi.quantity / (1 + r.amount))::int
FROM sgen.inv i JOIN sylius_order o ON o.id = i.order_id JOIN sylius_order_item oi ON oi.order_id = o.id JOIN sylius_product_variant v ON v.id = oi.variant_id
JOIN sylius_tax_rate r ON r.code = CASE WHEN o.channel_id = 2 THEN CASE v.tax_category_id WHEN 1 THEN 'uk_food' ELSE 'uk_goods' END WHEN v.tax_category_id = 1 THEN 'de_food' WHEN v.tax_category_id = 3 THEN 'de_services' ELSE 'de_goods_2021' END
UNION ALL
SELECT fixture_gen.uuid('inv', i.n), 'Shipping: ' || a.label, 1, a.amount, a.amount, 0, a.amount, NULL, NULL, NULL, a.amount
FROM sgen.inv i JOIN sylius_adjustment a ON a.order_id = i.order_id AND a.type = 'shipping' AND a.amount > 0
ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Sylius RefundPlugin: credit memos of refunded orders with the customer's
-- billing data and the comment staff typed, refunds and refund payments.

CREATE TABLE sylius_refund_customer_billing_data (id serial PRIMARY KEY, first_name varchar(255) NOT NULL, last_name varchar(255) NOT NULL, street varchar(255) NOT NULL,
  postcode varchar(255) NOT NULL, country_code varchar(255) NOT NULL, city varchar(255) NOT NULL, company varchar(255), province_name varchar(255), province_code varchar(255));
CREATE TABLE sylius_refund_shop_billing_data (id serial PRIMARY KEY, company varchar(255), tax_id varchar(255), country_code varchar(255), street varchar(255), city varchar(255), postcode varchar(255));
CREATE TABLE sylius_refund_credit_memo (id varchar(255) PRIMARY KEY, order_id integer NOT NULL REFERENCES sylius_order (id), channel_id integer REFERENCES sylius_channel (id),
  from_id integer UNIQUE REFERENCES sylius_refund_customer_billing_data (id), to_id integer UNIQUE REFERENCES sylius_refund_shop_billing_data (id), number varchar(255) NOT NULL,
  total integer NOT NULL, currency_code varchar(255) NOT NULL, locale_code varchar(255) NOT NULL, comment text NOT NULL, issued_at timestamp);
CREATE TABLE sylius_refund_refund (id serial PRIMARY KEY, order_id integer NOT NULL REFERENCES sylius_order (id), amount integer NOT NULL, refunded_unit_id integer, type varchar(256) NOT NULL);
CREATE TABLE sylius_refund_refund_payment (id serial PRIMARY KEY, order_id integer NOT NULL REFERENCES sylius_order (id), amount integer NOT NULL, currency_code varchar(255) NOT NULL,
  state varchar(255) NOT NULL, payment_method_id integer NOT NULL REFERENCES sylius_payment_method (id));
CREATE TABLE sgen.cm (n int PRIMARY KEY, order_id int, amount int, at timestamp);
INSERT INTO sgen.cm SELECT row_number() OVER (ORDER BY id), id, CASE WHEN payment_state = 'refunded' THEN total ELSE total / 3 END, checkout_completed_at + make_interval(days => 4 + fixture_gen.n('cmd', id, 20))
FROM sylius_order WHERE payment_state IN ('refunded', 'partially_refunded') OR (number IS NOT NULL AND id % 43 = 0 AND state = 'fulfilled');
INSERT INTO sylius_refund_customer_billing_data (id, first_name, last_name, street, postcode, country_code, city, company, province_name, province_code)
SELECT c.n, a.first_name, a.last_name, a.street, a.postcode, a.country_code, a.city, a.company, a.province_name, a.province_code
FROM sgen.cm c JOIN sylius_order o ON o.id = c.order_id JOIN sylius_address a ON a.id = o.billing_address_id ORDER BY c.n;
INSERT INTO sylius_refund_shop_billing_data (id, company, tax_id, country_code, street, city, postcode)
SELECT c.n, s.company, s.tax_id, s.country_code, s.street, s.city, s.postcode
FROM sgen.cm c JOIN sylius_order o ON o.id = c.order_id JOIN sylius_channel ch ON ch.id = o.channel_id JOIN sylius_shop_billing_data s ON s.id = ch.shop_billing_data_id ORDER BY c.n;
INSERT INTO sylius_refund_credit_memo (id, order_id, channel_id, from_id, to_id, number, total, currency_code, locale_code, comment, issued_at)
SELECT fixture_gen.uuid('cm', c.n), o.id, o.channel_id, c.n, c.n, to_char(c.at, 'YYYY/MM/') || lpad(c.n::text, 9, '0'), c.amount, o.currency_code, o.locale_code,
       CASE fixture_gen.n('cmc', c.n, 6)
         WHEN 0 THEN 'Parcel lost by DHL, customer called from ' || a.phone_number || ', refunded in full.'
         WHEN 1 THEN 'Grinder arrived with a cracked hopper; ' || a.first_name || ' sent photos to hallo@. Replacement not wanted.'
         WHEN 2 THEN 'Beans stale (roast date 6 weeks old). Goodwill refund approved by Johanna.'
         WHEN 3 THEN 'Returned unopened. Customer moved to ' || sgen.street(a.country_code, 'cms', c.n) || ', ' || a.city || ' before delivery.'
         WHEN 4 THEN 'Course cancelled: ' || a.first_name || ' ' || a.last_name || ' is in hospital, refund to card.'
         ELSE '' END,
       c.at
FROM sgen.cm c JOIN sylius_order o ON o.id = c.order_id JOIN sylius_address a ON a.id = o.billing_address_id ORDER BY c.n;
INSERT INTO sylius_refund_refund (order_id, amount, refunded_unit_id, type)
SELECT c.order_id, CASE WHEN a.id IS NOT NULL THEN a.amount ELSE i.unit_price END, CASE WHEN a.id IS NOT NULL THEN a.shipment_id ELSE u.id END,
       CASE WHEN a.id IS NOT NULL THEN 'shipment' ELSE 'order_item_unit' END
FROM sgen.cm c JOIN sylius_order_item i ON i.order_id = c.order_id JOIN sylius_order_item_unit u ON u.order_item_id = i.id
LEFT JOIN sylius_adjustment a ON a.order_id = c.order_id AND a.type = 'shipping' AND a.amount > 0 AND u.id = (SELECT min(u2.id) FROM sylius_order_item_unit u2 JOIN sylius_order_item i2 ON i2.id = u2.order_item_id WHERE i2.order_id = c.order_id)
ORDER BY c.n, u.id;
INSERT INTO sylius_refund_refund_payment (order_id, amount, currency_code, state, payment_method_id)
SELECT c.order_id, c.amount, o.currency_code, CASE WHEN c.n % 7 = 0 THEN 'new' ELSE 'completed' END, coalesce((SELECT method_id FROM sylius_payment p WHERE p.order_id = o.id ORDER BY p.id DESC LIMIT 1), 4)
FROM sgen.cm c JOIN sylius_order o ON o.id = c.order_id ORDER BY c.n;

-- ---------------------------------------------------------------------------
-- BitBag's wishlist plugin: wishlists of shop users and of visitors, whose
-- browser keeps the token in a cookie.

CREATE TABLE bitbag_wishlist (id serial PRIMARY KEY, shop_user_id integer REFERENCES sylius_shop_user (id) ON DELETE CASCADE, token varchar(255) NOT NULL, name varchar(255),
  channel_id integer REFERENCES sylius_channel (id) ON DELETE CASCADE);
CREATE TABLE bitbag_wishlist_product (id serial PRIMARY KEY, wishlist_id integer NOT NULL REFERENCES bitbag_wishlist (id) ON DELETE CASCADE,
  product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE, variant_id integer REFERENCES sylius_product_variant (id) ON DELETE CASCADE);
INSERT INTO bitbag_wishlist (shop_user_id, token, name, channel_id)
SELECT CASE WHEN w % 4 = 0 THEN NULL ELSE 1 + fixture_gen.n('wu', w, 300) END, fixture_gen.uuid('wtok', w),
       CASE fixture_gen.n('wn', w, 8) WHEN 0 THEN 'Weihnachten für ' || fixture_gen.pick(ARRAY['Papa', 'Oma Helga', 'Lukas', 'Tante Ayşe'], 'wnp', w)
         WHEN 1 THEN 'Birthday list - ' || fixture_gen.first_name('wnb', w) WHEN 2 THEN 'Office kitchen' WHEN 3 THEN 'Wedding gifts ' || fixture_gen.first_name('wnw', w) || ' & ' || fixture_gen.first_name('wnx', w)
         ELSE 'Wishlist' END,
       1 + fixture_gen.n('wc', w, 2)
FROM generate_series(1, 120) w;
INSERT INTO bitbag_wishlist_product (wishlist_id, product_id, variant_id)
SELECT w, v.k, CASE WHEN n % 2 = 0 THEN v.id END
FROM generate_series(1, 120) w CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('wpn', w, 4)) n JOIN sgen.var v ON v.id = 1 + fixture_gen.n('wpv', w * 10 + n, 76)
ORDER BY w, n;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
