-- classify-eval fixture (HOLDOUT 49: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Spree Commerce 4.x shop on PostgreSQL in the naming its Rails migrations
-- create (spree_ prefixed plural tables, bigint ids, decimal(10,2) money,
-- timestamp(6) created_at/updated_at, Rails-serialized YAML in text columns
-- named preferences and details, public_metadata/private_metadata jsonb
-- pairs, polymorphic *_type/*_id pairs, soft deletes in deleted_at), with
-- the tables of the gems such a shop runs beside spree_core: spree_auth_devise
-- (Devise columns on spree_users), spree_api (Doorkeeper's spree_oauth_*
-- tables, spree_api_key), spree_reviews, spree_gift_card, spree_volume_pricing,
-- friendly_id, Action Text and Active Storage. A subset of the tables, with
-- their real columns and types; no table of the operator's own (the
-- application's reach 400 columns alone).
--
-- The instance is run by Hartwood BV, a mid-sized furniture retailer in Gent
-- with showrooms in Gent and Antwerpen, a warehouse in the port of Gent and a
-- fulfilment partner in Venlo. Three stores share the database: hartwood.be
-- (consumers in Belgium, the Netherlands and Luxembourg), hartwood.de
-- (Germany and France) and trade.hartwood.be, where interior designers,
-- architects, hotels and restaurants (companies and sole traders, with their
-- VAT numbers in the users' and orders' private metadata) buy on account at
-- the wholesale price list (volume prices of the wholesale role). Guests
-- check out without an account: their orders keep the email, addresses and
-- the order token. Users with bcrypt hashes (and a few SHA-512 hashes with
-- salts and persistence tokens from the shop's Authlogic days), Devise
-- reset, unlock and confirmation tokens, API keys; addresses of homes, of
-- offices and of relatives receiving a gift, with geocoded coordinates in
-- their private metadata; orders with delivery instructions and staff notes
-- that name people and phones; payments with Stripe customer ids, receipt
-- emails and PaymentIntent client secrets; cards with the holder's name;
-- PayPal and Klarna sources; the payment methods' serialized preferences
-- with live API keys; the gateway log (serialized ActiveMerchant responses
-- with billing details); shipments whose metadata names the delivery crew
-- and who signed; reviews by name and town, a few naming people; store
-- credits and return authorizations with staff memos; gift cards with the
-- recipient, the sender, the message and the code; OAuth applications and
-- tokens; webhook subscribers whose URLs carry credentials; wishlists
-- (gift registries named after couples and babies). The catalogue
-- (products, variants, prices, taxons, promotions, slugs, rich text, image
-- blobs, volume prices), the stores' public addresses and the warehouses'
-- hold no personal data. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

-- at: a time between two instants.
CREATE FUNCTION sgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- b64url: URL-safe unpadded base64 of nbytes pseudo-random bytes.
CREATE FUNCTION sgen.b64url(tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, nbytes), '='), '+/', '-_') $$;

-- friendly: Devise.friendly_token (20 URL-safe characters).
CREATE FUNCTION sgen.friendly(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 20, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789-_') $$;

-- bcrypt as Devise writes it (cost 11).
CREATE FUNCTION sgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$11$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- stripe: an object id of Stripe's (cus_, pm_, pi_, ch_, re_, ...).
CREATE FUNCTION sgen.stripe(prefix text, tag text, i bigint, len int DEFAULT 24) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || '_' || fixture_gen.chars(tag, i, len) $$;

-- upper: upper-case letters and digits.
CREATE FUNCTION sgen.up(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') $$;

-- ymls: a value as a YAML scalar (quoted when needed).
CREATE FUNCTION sgen.ymls(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN '' WHEN v ~ '^[A-Za-z0-9_.@/+-]+$' AND v !~ '^[0-9.]+$' THEN v ELSE '''' || replace(v, '''', '''''') || '''' END
$$;

-- Cities of the shop's customers, with a postcode base and the centre's
-- coordinates.
CREATE TABLE sgen.city (cc text, k int, name text, zip text, lat numeric, lng numeric, state_name text, state_id int);
INSERT INTO sgen.city VALUES
 ('BE', 0, 'Gent', '9000', 51.0543, 3.7174, NULL, NULL), ('BE', 1, 'Antwerpen', '2018', 51.2194, 4.4025, NULL, NULL),
 ('BE', 2, 'Elsene', '1050', 50.8333, 4.3667, NULL, NULL), ('BE', 3, 'Leuven', '3000', 50.8798, 4.7005, NULL, NULL),
 ('BE', 4, 'Brugge', '8000', 51.2093, 3.2247, NULL, NULL), ('BE', 5, 'Liège', '4000', 50.6326, 5.5797, NULL, NULL),
 ('BE', 6, 'Kortrijk', '8500', 50.8280, 3.2649, NULL, NULL), ('BE', 7, 'Mechelen', '2800', 51.0259, 4.4776, NULL, NULL),
 ('NL', 0, 'Amsterdam', '1017', 52.3676, 4.9041, 'Noord-Holland', 412), ('NL', 1, 'Utrecht', '3511', 52.0907, 5.1214, 'Utrecht', 418),
 ('NL', 2, 'Rotterdam', '3012', 51.9244, 4.4777, 'Zuid-Holland', 420), ('NL', 3, 'Eindhoven', '5611', 51.4416, 5.4697, 'Noord-Brabant', 411),
 ('NL', 4, 'Maastricht', '6211', 50.8514, 5.6910, 'Limburg', 409),
 ('DE', 0, 'Köln', '50672', 50.9375, 6.9603, 'Nordrhein-Westfalen', 237), ('DE', 1, 'Düsseldorf', '40213', 51.2277, 6.7735, 'Nordrhein-Westfalen', 237),
 ('DE', 2, 'Aachen', '52062', 50.7753, 6.0839, 'Nordrhein-Westfalen', 237), ('DE', 3, 'Berlin', '10405', 52.5200, 13.4050, 'Berlin', 231),
 ('DE', 4, 'Hamburg', '20249', 53.5511, 9.9937, 'Hamburg', 234),
 ('FR', 0, 'Lille', '59000', 50.6292, 3.0573, NULL, NULL), ('FR', 1, 'Paris', '75011', 48.8566, 2.3522, NULL, NULL),
 ('FR', 2, 'Lyon', '69002', 45.7640, 4.8357, NULL, NULL),
 ('LU', 0, 'Luxembourg', 'L-1', 49.6116, 6.1319, NULL, NULL), ('LU', 1, 'Esch-sur-Alzette', 'L-4', 49.4958, 5.9806, NULL, NULL);

-- street: a street line in the customer's country.
CREATE FUNCTION sgen.street(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'BE' THEN fixture_gen.pick(ARRAY['Veldstraat', 'Kortrijksesteenweg', 'Sint-Pietersnieuwstraat', 'Lange Nieuwstraat', 'Naamsestraat', 'Steenstraat',
                   'Rue de la Croix de Fer', 'Chaussée d''Ixelles', 'Brugsesteenweg', 'Coupure Links', 'Frankrijklei', 'Rue Saint-Gilles'], tag, i)
                   || ' ' || (1 + fixture_gen.n(tag || 'n', i, 180))::text || CASE WHEN fixture_gen.n(tag || 'b', i, 5) = 0 THEN ' bus ' || (1 + fixture_gen.n(tag || 'bb', i, 12))::text ELSE '' END
    WHEN 'NL' THEN fixture_gen.pick(ARRAY['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Stratumseind', 'Kerkstraat', 'Vrijthof', 'Nieuwe Binnenweg'], tag, i)
                   || ' ' || (1 + fixture_gen.n(tag || 'n', i, 400))::text || CASE WHEN fixture_gen.n(tag || 'b', i, 4) = 0 THEN '-' || fixture_gen.pick(ARRAY['hs', '1', '2', 'A', 'B'], tag || 'bb', i) ELSE '' END
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Ehrenstraße', 'Venloer Straße', 'Lindenstraße', 'Pontstraße', 'Kastanienallee', 'Lehmweg', 'Aachener Straße'], tag, i)
                   || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text || CASE WHEN fixture_gen.n(tag || 'b', i, 6) = 0 THEN 'a' ELSE '' END
    WHEN 'FR' THEN (1 + fixture_gen.n(tag || 'n', i, 120))::text || ' ' || fixture_gen.pick(ARRAY['rue de Béthune', 'boulevard Voltaire', 'rue Oberkampf', 'cours Lafayette', 'rue Nationale'], tag, i)
    ELSE (1 + fixture_gen.n(tag || 'n', i, 90))::text || ', ' || fixture_gen.pick(ARRAY['Grand-Rue', 'avenue de la Liberté', 'rue de l''Alzette', 'boulevard Royal'], tag, i) END
$$;

-- phone: a mobile number as customers type it in their country.
CREATE FUNCTION sgen.phone(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'BE' THEN CASE WHEN fixture_gen.n(tag || 's', i, 3) = 0 THEN '04' || (70 + fixture_gen.n(tag || 'o', i, 30))::text || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2)
                   ELSE '+32 4' || (70 + fixture_gen.n(tag || 'o', i, 30))::text || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) END
    WHEN 'NL' THEN CASE WHEN fixture_gen.n(tag || 's', i, 2) = 0 THEN '06-' || fixture_gen.digits(tag, i, 8) ELSE '+31 6 ' || fixture_gen.digits(tag, i, 8) END
    WHEN 'DE' THEN CASE WHEN fixture_gen.n(tag || 's', i, 2) = 0 THEN '01' || fixture_gen.pick(ARRAY['51', '52', '60', '76', '77'], tag || 'p', i) || ' ' || fixture_gen.digits(tag, i, 8)
                   ELSE '+49 1' || fixture_gen.pick(ARRAY['51', '52', '60', '76', '77'], tag || 'p', i) || ' ' || fixture_gen.digits(tag, i, 8) END
    WHEN 'FR' THEN '+33 6 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2)
    ELSE '+352 6' || (21 + fixture_gen.n(tag || 'o', i, 70))::text || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 3) END
$$;

-- Businesses buying on the trade store (the sole traders are made below).
CREATE TABLE sgen.biz (k int PRIMARY KEY, name text, domain text, cc text);
INSERT INTO sgen.biz VALUES
 (0, 'Hotel De Vijf Zinnen', 'vijfzinnen.be', 'BE'), (1, 'Brasserie Het Pand', 'hetpand.be', 'BE'), (2, 'Archipel Architecten BV', 'archipel-architecten.be', 'BE'),
 (3, 'Coworking De Loods', 'deloods.be', 'BE'), (4, 'Maison Lune Boutique Hotel', 'maisonlune.be', 'BE'), (5, 'Delta Advocaten', 'delta-advocaten.be', 'BE'),
 (6, 'Restaurant Zilt', 'zilt.be', 'BE'), (7, 'B&B Het Klooster', 'hetklooster.be', 'BE'), (8, 'Vastgoed Verhaeghe NV', 'verhaeghe-vastgoed.be', 'BE'),
 (9, 'Studio Noord Interieurarchitectuur', 'studionoord.nl', 'NL'), (10, 'Zuidas Kantoorbeheer BV', 'zuidasbeheer.nl', 'NL'), (11, 'Designhotel Rheinblick GmbH', 'rheinblick-hotel.de', 'DE'),
 (12, 'Zahnarztpraxis am Dom', 'praxis-am-dom.de', 'DE'), (13, 'Agence Atelier Nord', 'ateliernord.fr', 'FR'), (14, 'Hostellerie La Ferme', 'laferme.lu', 'LU'),
 (15, 'Café Belga', 'cafebelga.be', 'BE'), (16, 'Woonzorgcentrum Ter Linde', 'terlinde.be', 'BE'), (17, 'Kinderdagverblijf De Bijenkorf', 'debijenkorf-kdv.be', 'BE');

-- The people: 1-6 staff, 7-36 trade customers, 37-170 consumers (131-170
-- never made an account and check out as guests).
CREATE TABLE sgen.p (i int PRIMARY KEY, kind text, cc text, first text, last text, email text, phone text, street text, street2 text, city text, zip text,
  state_name text, state_id int, lat numeric, lng numeric, locale text, company text, domain text, vat text, sole boolean, ip text, country_id int);
INSERT INTO sgen.p (i, kind, cc, first, last)
SELECT i, CASE WHEN i <= 6 THEN 'staff' WHEN i <= 36 THEN 'trade' ELSE 'retail' END,
       CASE WHEN i <= 6 THEN 'BE' WHEN i <= 36 THEN (ARRAY['BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'NL', 'NL', 'DE', 'DE', 'FR', 'LU'])[1 + fixture_gen.n('tcc', i, 12)]
            ELSE (ARRAY['BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'NL', 'NL', 'NL', 'NL', 'DE', 'DE', 'DE', 'DE', 'FR', 'FR', 'LU'])[1 + fixture_gen.n('rcc', i, 20)] END,
       fixture_gen.first_name('pf', i), fixture_gen.last_name('pl', i)
FROM generate_series(1, 170) i;

-- Trade customers: sole traders (every third) and businesses.
UPDATE sgen.p p SET sole = (p.i % 3 = 0),
       company = CASE WHEN p.i % 3 = 0 THEN fixture_gen.pick(ARRAY['Interieurstudio ' || p.first || ' ' || p.last, 'Atelier ' || p.last, p.last || ' Interior Design', 'Studio ' || p.first || ' ' || p.last], 'pcs', p.i) ELSE b.name END,
       domain = CASE WHEN p.i % 3 = 0 THEN NULL ELSE b.domain END,
       cc = CASE WHEN p.i % 3 = 0 THEN p.cc ELSE b.cc END
FROM sgen.biz b
WHERE p.kind = 'trade' AND b.k = fixture_gen.n('pbz', p.i, 18);
UPDATE sgen.p p SET city = c.name, state_name = c.state_name, state_id = c.state_id,
       zip = CASE p.cc WHEN 'BE' THEN c.zip WHEN 'NL' THEN (c.zip::int + fixture_gen.n('pzn', p.i, 8))::text || ' ' || fixture_gen.chars('pzl', p.i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
                       WHEN 'DE' THEN lpad((c.zip::int + fixture_gen.n('pzd', p.i, 30))::text, 5, '0') WHEN 'FR' THEN c.zip ELSE c.zip || lpad(fixture_gen.n('pzu', p.i, 999)::text, 3, '0') END,
       lat = round(c.lat + (fixture_gen.n('pla', p.i, 400) - 200) / 10000.0, 6), lng = round(c.lng + (fixture_gen.n('plo', p.i, 600) - 300) / 10000.0, 6),
       street = sgen.street(p.cc, 'pst', p.i), phone = sgen.phone(p.cc, 'pph', p.i),
       street2 = CASE fixture_gen.n('ps2', p.i, 9) WHEN 0 THEN 'c/o ' || fixture_gen.full_name('pco', p.i) WHEN 1 THEN CASE p.cc WHEN 'DE' THEN 'Hinterhaus, 3. OG' WHEN 'NL' THEN '2e etage' ELSE '2de verdieping' END
                        WHEN 2 THEN '' WHEN 3 THEN CASE p.cc WHEN 'FR' THEN 'Bâtiment B, 4e étage' ELSE 'App. ' || (1 + fixture_gen.n('pap', p.i, 30)) END END,
       locale = CASE p.cc WHEN 'BE' THEN fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'fr', 'en'], 'ploc', p.i) WHEN 'NL' THEN 'nl' WHEN 'DE' THEN 'de' WHEN 'FR' THEN 'fr' ELSE fixture_gen.pick(ARRAY['fr', 'de', 'en'], 'ploc', p.i) END,
       ip = CASE WHEN p.i % 7 = 3 THEN fixture_gen.ipv6('pip', p.i) ELSE fixture_gen.ipv4('pip', p.i) END,
       country_id = CASE p.cc WHEN 'BE' THEN 21 WHEN 'NL' THEN 150 WHEN 'DE' THEN 54 WHEN 'FR' THEN 73 ELSE 125 END
FROM sgen.city c
WHERE c.cc = p.cc AND c.k = fixture_gen.n('pck', p.i, (SELECT count(*) FROM sgen.city c2 WHERE c2.cc = p.cc)::int);

UPDATE sgen.p p SET vat = CASE p.cc WHEN 'NL' THEN 'NL' || fixture_gen.digits('vnl', p.i, 9) || 'B01' WHEN 'LU' THEN 'LU' || fixture_gen.digits('vlu', p.i, 8)
       ELSE (SELECT v FROM generate_series(0, 40) k CROSS JOIN LATERAL (SELECT fixture_gen.vat('vat' || k, p.i) AS v) x WHERE left(v, 2) = p.cc ORDER BY k LIMIT 1) END
WHERE p.kind = 'trade';
UPDATE sgen.p SET vat = 'BE' || substr(vat, 3, 4) || '.' || substr(vat, 7, 3) || '.' || substr(vat, 10, 3) WHERE kind = 'trade' AND cc = 'BE' AND i % 4 = 1;
UPDATE sgen.p SET vat = 'BE' || fixture_gen.digits('vbx', i, 10) WHERE kind = 'trade' AND vat IS NULL;

UPDATE sgen.p SET email = CASE
    WHEN kind = 'staff' THEN lower(fixture_gen.ascii(first)) || '@hartwood.be'
    WHEN kind = 'trade' AND sole THEN CASE WHEN i % 2 = 0 THEN fixture_gen.ascii(first) || '@' || fixture_gen.ascii(company) || '.be' ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@gmail.com' END
    WHEN kind = 'trade' THEN CASE fixture_gen.n('tem', i, 3) WHEN 0 THEN 'inkoop@' || domain WHEN 1 THEN 'info@' || domain ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@' || domain END
    ELSE fixture_gen.ascii(first) || fixture_gen.pick(ARRAY['.', '', '_', '.'], 'rsep', i) || fixture_gen.ascii(last) || CASE WHEN i % 4 = 0 THEN (i % 89)::text ELSE '' END || '@'
         || fixture_gen.pick(CASE cc WHEN 'BE' THEN ARRAY['telenet.be', 'skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'gmail.com'] WHEN 'NL' THEN ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'outlook.com']
                                  WHEN 'DE' THEN ARRAY['web.de', 'gmx.de', 't-online.de', 'gmail.com'] WHEN 'FR' THEN ARRAY['orange.fr', 'free.fr', 'gmail.com'] ELSE ARRAY['pt.lu', 'gmail.com'] END, 'rdom', i) END;

-- ---------------------------------------------------------------------------
-- Users (spree_auth_devise on spree_core's table), roles, addresses.

CREATE TABLE spree_users (
  id bigserial PRIMARY KEY,
  encrypted_password character varying(128),
  password_salt character varying(128),
  email character varying,
  remember_token character varying,
  persistence_token character varying,
  reset_password_token character varying,
  perishable_token character varying,
  sign_in_count integer DEFAULT 0 NOT NULL,
  failed_attempts integer DEFAULT 0 NOT NULL,
  last_request_at timestamp without time zone,
  current_sign_in_at timestamp without time zone,
  last_sign_in_at timestamp without time zone,
  current_sign_in_ip character varying,
  last_sign_in_ip character varying,
  login character varying,
  ship_address_id bigint,
  bill_address_id bigint,
  authentication_token character varying,
  unlock_token character varying,
  locked_at timestamp without time zone,
  remember_created_at timestamp without time zone,
  reset_password_sent_at timestamp without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  spree_api_key character varying(48),
  deleted_at timestamp without time zone,
  confirmation_token character varying,
  confirmed_at timestamp without time zone,
  confirmation_sent_at timestamp without time zone,
  public_metadata jsonb,
  private_metadata jsonb,
  first_name character varying,
  last_name character varying,
  selected_locale character varying
);
CREATE UNIQUE INDEX email_idx_unique ON spree_users (email);
CREATE INDEX index_spree_users_on_spree_api_key ON spree_users (spree_api_key);

INSERT INTO spree_users (id, encrypted_password, password_salt, email, remember_token, persistence_token, reset_password_token, perishable_token, sign_in_count, failed_attempts,
  last_request_at, current_sign_in_at, last_sign_in_at, current_sign_in_ip, last_sign_in_ip, login, authentication_token, unlock_token, locked_at, remember_created_at,
  reset_password_sent_at, created_at, updated_at, spree_api_key, deleted_at, confirmation_token, confirmed_at, confirmation_sent_at, public_metadata, private_metadata,
  first_name, last_name, selected_locale)
SELECT p.i,
       CASE WHEN legacy THEN fixture_gen.hexn('usha', p.i, 128) ELSE sgen.bcrypt('ubc', p.i) END,
       CASE WHEN legacy THEN fixture_gen.chars('usalt', p.i, 20) END,
       p.email,
       CASE WHEN legacy OR p.i % 9 = 0 THEN sgen.friendly('urt', p.i) END,
       CASE WHEN legacy THEN fixture_gen.hexn('uper', p.i, 128) END,
       CASE WHEN p.i % 7 = 0 THEN fixture_gen.hexn('urpt', p.i, 64) END,
       CASE WHEN legacy THEN sgen.friendly('upk', p.i) END,
       CASE WHEN p.i % 19 = 0 THEN 0 ELSE 1 + fixture_gen.n('usc', p.i, CASE WHEN p.kind = 'staff' THEN 900 ELSE 40 END) END,
       CASE WHEN p.i % 23 = 0 THEN 5 WHEN p.i % 6 = 0 THEN 1 ELSE 0 END,
       last_in + interval '14 minutes', CASE WHEN p.i % 19 <> 0 THEN last_in END, CASE WHEN p.i % 19 <> 0 THEN last_in - make_interval(days => 3 + fixture_gen.n('ulp', p.i, 90)) END,
       CASE WHEN p.i % 19 <> 0 THEN p.ip END,
       CASE WHEN p.i % 19 <> 0 THEN CASE WHEN p.i % 5 = 0 THEN fixture_gen.ipv4('uli', p.i) ELSE p.ip END END,
       CASE WHEN p.i % 11 = 0 THEN NULL ELSE p.email END,
       CASE WHEN p.kind = 'staff' OR p.i IN (8, 14) THEN sgen.friendly('uat', p.i) END,
       CASE WHEN p.i % 23 = 0 THEN fixture_gen.hexn('uul', p.i, 64) END,
       CASE WHEN p.i % 23 = 0 THEN last_in + interval '2 minutes' END,
       CASE WHEN p.i % 4 = 1 THEN last_in END,
       CASE WHEN p.i % 7 = 0 THEN last_in + interval '3 days' END,
       created, last_in + interval '20 minutes',
       CASE WHEN p.kind = 'staff' OR p.i IN (8, 14, 21) THEN fixture_gen.hexn('uapi', p.i, 48) END,
       CASE WHEN p.i IN (58, 97, 122) THEN last_in + interval '40 days' END,
       CASE WHEN p.i % 13 = 5 THEN sgen.friendly('uct', p.i) END,
       CASE WHEN p.i % 13 <> 5 THEN created + interval '6 minutes' END,
       created + interval '5 seconds',
       CASE WHEN p.i % 3 = 0 THEN NULL WHEN p.kind = 'trade' THEN '{"account_type": "trade", "catalogue": "wholesale_2024"}'::jsonb
            ELSE jsonb_build_object('newsletter', p.i % 2 = 0, 'preferred_showroom', fixture_gen.pick(ARRAY['Gent', 'Antwerpen', 'online'], 'ups', p.i)) END,
       CASE WHEN p.kind = 'trade' THEN jsonb_build_object('company_name', p.company, 'vat_number', p.vat, 'vat_validated_at', to_char(created + interval '1 day', 'YYYY-MM-DD'),
                                                        'payment_terms', fixture_gen.pick(ARRAY['net_30', 'net_30', 'net_14', 'prepay'], 'upt', p.i), 'credit_limit', (5 + fixture_gen.n('ucl', p.i, 20)) * 1000,
                                                        'account_manager', fixture_gen.pick(ARRAY['Sipho', 'Lars', 'Amara'], 'uam', p.i))
            WHEN p.kind = 'staff' THEN jsonb_build_object('department', fixture_gen.pick(ARRAY['customer service', 'trade desk', 'warehouse', 'e-commerce'], 'udp', p.i), 'two_factor', true)
            WHEN p.i % 4 = 0 THEN jsonb_build_object('klaviyo_profile_id', '01H' || fixture_gen.chars('ukl', p.i, 23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ'), 'source', fixture_gen.pick(ARRAY['instagram', 'google', 'showroom', 'pinterest'], 'usr', p.i))
            WHEN p.i % 4 = 1 THEN '{}'::jsonb END,
       CASE WHEN p.kind = 'retail' AND p.i % 8 = 2 THEN NULL ELSE p.first END,
       CASE WHEN p.kind = 'retail' AND p.i % 8 = 2 THEN NULL ELSE p.last END,
       CASE WHEN p.i % 5 = 0 THEN NULL ELSE p.locale END
FROM sgen.p p
CROSS JOIN LATERAL (SELECT p.i % 15 = 0 AS legacy, sgen.at('ucr', p.i, '2019-03-01', '2024-06-01') AS created) c
CROSS JOIN LATERAL (SELECT created + make_interval(days => fixture_gen.n('uli', p.i, greatest(1, (date '2024-09-28' - created::date) - 1))) AS last_in) l
WHERE p.i <= 130
ORDER BY p.i;

CREATE TABLE spree_roles (
  id bigserial PRIMARY KEY,
  name character varying,
  created_at timestamp without time zone,
  updated_at timestamp without time zone
);
INSERT INTO spree_roles (id, name, created_at, updated_at) VALUES
 (1, 'admin', '2019-02-11 09:12:40', '2019-02-11 09:12:40'), (2, 'user', '2019-02-11 09:12:40', '2019-02-11 09:12:40'),
 (3, 'wholesale', '2020-09-02 14:01:17', '2020-09-02 14:01:17'), (4, 'warehouse', '2021-03-15 08:30:00', '2021-03-15 08:30:00');

CREATE TABLE spree_role_users (
  id bigserial PRIMARY KEY,
  role_id bigint,
  user_id bigint,
  created_at timestamp without time zone,
  updated_at timestamp without time zone
);
INSERT INTO spree_role_users (role_id, user_id, created_at, updated_at)
SELECT r, u.id, u.created_at + interval '1 hour', u.created_at + interval '1 hour'
FROM spree_users u CROSS JOIN LATERAL (SELECT CASE WHEN u.id <= 4 THEN 1 WHEN u.id <= 6 THEN 4 ELSE 3 END AS r) x
WHERE u.id <= 36
ORDER BY u.id;
INSERT INTO spree_role_users (role_id, user_id, created_at, updated_at)
SELECT 2, u.id, u.created_at, u.created_at FROM spree_users u WHERE u.id BETWEEN 37 AND 52 ORDER BY u.id;

CREATE TABLE spree_addresses (
  id bigserial PRIMARY KEY,
  firstname character varying,
  lastname character varying,
  address1 character varying,
  address2 character varying,
  city character varying,
  zipcode character varying,
  phone character varying,
  state_name character varying,
  alternative_phone character varying,
  company character varying,
  state_id bigint,
  country_id bigint,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  user_id bigint,
  deleted_at timestamp without time zone,
  label character varying,
  public_metadata jsonb,
  private_metadata jsonb
);
CREATE INDEX index_addresses_on_firstname ON spree_addresses (firstname);
CREATE INDEX index_addresses_on_lastname ON spree_addresses (lastname);
CREATE INDEX index_spree_addresses_on_user_id ON spree_addresses (user_id);

-- slot 1: the person's own address (trade customers: the business's);
-- slot 2: a second address (the office, or a relative receiving a gift).
CREATE TABLE sgen.a (aid int PRIMARY KEY, pi int, slot int, first text, last text, street text, street2 text, city text, zip text, state_name text, state_id int,
  lat numeric, lng numeric, phone text, company text, country_id int, cc text);
INSERT INTO sgen.a
SELECT row_number() OVER (ORDER BY x.pi, x.slot), x.pi, x.slot, p.first, p.last, p.street, p.street2, p.city, p.zip, p.state_name, p.state_id, p.lat, p.lng, p.phone,
       CASE WHEN p.kind = 'trade' THEN p.company END, p.country_id, p.cc
FROM (SELECT i AS pi, 1 AS slot FROM sgen.p WHERE i >= 7 UNION ALL SELECT i, 2 FROM sgen.p WHERE i BETWEEN 7 AND 130 AND i % 5 IN (0, 2)) x
JOIN sgen.p p ON p.i = x.pi;
UPDATE sgen.a a SET first = CASE WHEN p.kind = 'trade' THEN a.first ELSE fixture_gen.first_name('a2f', a.pi) END,
       last = CASE WHEN p.kind = 'trade' OR a.pi % 2 = 0 THEN a.last ELSE fixture_gen.last_name('a2l', a.pi) END,
       street = sgen.street(a.cc, 'a2s', a.pi), street2 = CASE WHEN a.pi % 3 = 0 THEN 'Bus ' || (1 + a.pi % 9) END,
       city = c.name, zip = CASE a.cc WHEN 'NL' THEN c.zip || ' ' || fixture_gen.chars('a2z', a.pi, 2, 'ABCDEGHJKLMNPRSTVWXZ') WHEN 'LU' THEN c.zip || lpad(fixture_gen.n('a2u', a.pi, 999)::text, 3, '0') ELSE c.zip END,
       state_name = c.state_name, state_id = c.state_id,
       lat = round(c.lat + (fixture_gen.n('a2la', a.pi, 400) - 200) / 10000.0, 6), lng = round(c.lng + (fixture_gen.n('a2lo', a.pi, 600) - 300) / 10000.0, 6),
       phone = CASE WHEN p.kind = 'trade' THEN a.phone ELSE sgen.phone(a.cc, 'a2p', a.pi) END,
       company = CASE WHEN p.kind = 'trade' THEN p.company END
FROM sgen.p p, sgen.city c
WHERE a.slot = 2 AND p.i = a.pi AND c.cc = a.cc AND c.k = fixture_gen.n('a2c', a.pi, (SELECT count(*) FROM sgen.city c2 WHERE c2.cc = a.cc)::int);

INSERT INTO spree_addresses (id, firstname, lastname, address1, address2, city, zipcode, phone, state_name, alternative_phone, company, state_id, country_id,
  created_at, updated_at, user_id, deleted_at, label, public_metadata, private_metadata)
SELECT a.aid, a.first, a.last, a.street, a.street2, a.city, a.zip, a.phone,
       CASE WHEN a.state_id IS NULL THEN NULL WHEN a.aid % 3 = 0 THEN a.state_name END,
       CASE WHEN a.aid % 6 = 1 THEN sgen.phone(a.cc, 'aalt', a.aid) WHEN a.aid % 6 = 2 THEN '' END,
       CASE WHEN a.company IS NOT NULL THEN a.company WHEN a.aid % 10 = 4 THEN '' END,
       a.state_id, a.country_id,
       sgen.at('acr', a.aid, '2019-04-01', '2024-09-01'), sgen.at('acr', a.aid, '2019-04-01', '2024-09-01') + interval '2 hours',
       CASE WHEN a.pi <= 130 THEN a.pi END,
       CASE WHEN a.aid % 29 = 0 THEN timestamp '2024-08-14 10:00:00' END,
       CASE WHEN a.pi > 130 THEN NULL WHEN a.slot = 1 THEN CASE WHEN a.company IS NOT NULL THEN fixture_gen.pick(ARRAY['Kantoor', 'Office', 'Hoofdzetel', NULL], 'alb', a.aid) ELSE fixture_gen.pick(ARRAY['Thuis', 'Home', 'Zuhause', 'Maison', NULL, NULL], 'alb', a.aid) END
            ELSE CASE WHEN a.company IS NOT NULL THEN fixture_gen.pick(ARRAY['Werf', 'Project Gent', 'Magazijn'], 'alb2', a.aid) ELSE fixture_gen.pick(ARRAY['Bij mama', 'Oma', 'Buitenverblijf', 'Work', 'Cadeau'], 'alb2', a.aid) END END,
       CASE WHEN a.aid % 4 = 0 THEN jsonb_build_object('floor', fixture_gen.n('afl', a.aid, 6), 'elevator', a.aid % 3 = 0, 'parking', fixture_gen.pick(ARRAY['street', 'driveway', 'loading bay'], 'apk', a.aid)) END,
       CASE WHEN a.aid % 2 = 0 THEN jsonb_build_object('geocode', jsonb_build_object('lat', a.lat, 'lng', a.lng, 'provider', 'google', 'accuracy', fixture_gen.pick(ARRAY['ROOFTOP', 'ROOFTOP', 'RANGE_INTERPOLATED'], 'aac', a.aid)))
            WHEN a.aid % 7 = 3 THEN '{}'::jsonb END
FROM sgen.a a ORDER BY a.aid;

UPDATE spree_users u SET ship_address_id = a.aid, bill_address_id = CASE WHEN u.id % 9 = 0 THEN NULL ELSE a.aid END FROM sgen.a a WHERE a.pi = u.id AND a.slot = 1;

-- ---------------------------------------------------------------------------
-- Stores, stock locations, payment methods, preferences.

CREATE TABLE spree_stores (
  id bigserial PRIMARY KEY,
  name character varying,
  url character varying,
  meta_description text,
  meta_keywords text,
  seo_title character varying,
  mail_from_address character varying,
  default_currency character varying,
  code character varying,
  "default" boolean DEFAULT false NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  supported_currencies character varying,
  facebook character varying,
  twitter character varying,
  instagram character varying,
  default_locale character varying,
  customer_support_email character varying,
  default_country_id bigint,
  description text,
  address text,
  contact_phone character varying,
  new_order_notifications_email character varying,
  checkout_zone_id bigint,
  seo_robots character varying,
  supported_locales character varying,
  deleted_at timestamp without time zone,
  settings jsonb
);
CREATE UNIQUE INDEX index_spree_stores_on_code ON spree_stores (code);
INSERT INTO spree_stores (id, name, url, meta_description, meta_keywords, seo_title, mail_from_address, default_currency, code, "default", created_at, updated_at,
  supported_currencies, facebook, twitter, instagram, default_locale, customer_support_email, default_country_id, description, address, contact_phone,
  new_order_notifications_email, checkout_zone_id, seo_robots, supported_locales, deleted_at, settings) VALUES
 (1, 'Hartwood', 'hartwood.be', 'Tijdloze meubels in massief hout, gemaakt in Europa. Gratis levering in België vanaf 500 euro.', 'meubels, eettafel, massief eiken, design, Gent',
  'Hartwood | Meubels in massief hout', 'no-reply@hartwood.be', 'EUR', 'hartwood-be', true, '2019-02-11 09:12:40', '2024-08-30 16:02:11', 'EUR',
  'hartwoodmeubels', 'hartwood_be', 'hartwood.meubels', 'nl', 'klantendienst@hartwood.be', 21,
  'Hartwood ontwerpt en verkoopt meubels in massief hout sinds 2009. Bezoek onze showrooms in Gent en Antwerpen.',
  E'Hartwood BV\nNieuwevaart 118\n9000 Gent\nBelgië', '+32 9 265 40 80', 'orders@hartwood.be', 1, 'index, follow', 'nl,fr,en', NULL,
  '{"limit_digital_download_count": true, "digital_asset_authorized_clicks": 5, "preferred_checkout_layout": "one_page", "show_reviews": true}'),
 (2, 'Hartwood Deutschland', 'hartwood.de', 'Zeitlose Möbel aus Massivholz. Kostenlose Lieferung in Deutschland ab 750 Euro.', 'Möbel, Esstisch, Massivholz, Eiche',
  'Hartwood | Möbel aus Massivholz', 'no-reply@hartwood.de', 'EUR', 'hartwood-de', false, '2021-05-03 10:00:00', '2024-07-18 09:41:55', 'EUR',
  'hartwoodmoebel', NULL, 'hartwood.moebel', 'de', 'kundenservice@hartwood.de', 54,
  'Hartwood entwirft Möbel aus Massivholz. Lieferung nach Deutschland und Frankreich aus unserem Lager in Venlo.',
  E'Hartwood BV\nNieuwevaart 118\n9000 Gent\nBelgien', '+49 221 9876 5430', 'orders@hartwood.be', 2, 'index, follow', 'de,fr,en', NULL,
  '{"limit_digital_download_count": true, "digital_asset_authorized_clicks": 5, "preferred_checkout_layout": "one_page", "show_reviews": true}'),
 (3, 'Hartwood Trade', 'trade.hartwood.be', 'Hartwood for professionals: wholesale prices for interior designers, architects and hospitality.', NULL,
  'Hartwood Trade', 'trade@hartwood.be', 'EUR', 'hartwood-trade', false, '2020-09-02 14:00:00', '2024-09-02 11:15:20', 'EUR',
  NULL, NULL, NULL, 'en', 'trade@hartwood.be', 21, 'Wholesale price list and project service. Orders on account, payment terms on approval.',
  E'Hartwood BV - Trade desk\nNieuwevaart 118\n9000 Gent\nBelgium', '+32 9 265 40 89', 'trade-orders@hartwood.be', 3, 'noindex, nofollow', 'en,nl,fr,de', NULL,
  '{"require_login": true, "show_reviews": false, "price_list": "wholesale", "preferred_checkout_layout": "multi_step"}');

CREATE TABLE spree_stock_locations (
  id bigserial PRIMARY KEY,
  name character varying,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  "default" boolean DEFAULT false NOT NULL,
  address1 character varying,
  address2 character varying,
  city character varying,
  state_id bigint,
  state_name character varying,
  country_id bigint,
  zipcode character varying,
  phone character varying,
  active boolean DEFAULT true,
  backorderable_default boolean DEFAULT false,
  propagate_all_variants boolean DEFAULT true,
  admin_name character varying
);
INSERT INTO spree_stock_locations (id, name, created_at, updated_at, "default", address1, address2, city, state_id, state_name, country_id, zipcode, phone, active,
  backorderable_default, propagate_all_variants, admin_name) VALUES
 (1, 'Magazijn Gent', '2019-02-11 09:12:40', '2024-03-02 08:00:00', true, 'Skaldenstraat 31', 'Dok C, poort 4', 'Gent', NULL, NULL, 21, '9042', '+32 9 265 40 85', true, true, true, 'WH-GNT'),
 (2, 'Showroom Gent', '2019-02-11 09:15:00', '2023-11-20 10:30:00', false, 'Nieuwevaart 118', NULL, 'Gent', NULL, NULL, 21, '9000', '+32 9 265 40 80', true, false, false, 'SR-GNT'),
 (3, 'Showroom Antwerpen', '2021-09-01 09:00:00', '2024-01-08 09:00:00', false, 'Kloosterstraat 72', NULL, 'Antwerpen', NULL, NULL, 21, '2000', '+32 3 808 22 41', true, false, false, 'SR-ANT'),
 (4, 'Fulfilment Venlo (Rhenus)', '2021-05-03 10:00:00', '2024-06-12 14:20:00', false, 'Celsiusweg 15', 'Hal 3 - Hartwood', 'Venlo', 409, 'Limburg', 150, '5928 PR', '+31 77 850 30 00', true, true, true, 'WH-VNL'),
 (5, 'Dropship Möbelwerk Sauerland', '2022-02-14 11:00:00', '2024-05-30 16:45:00', false, 'Industriestraße 9', NULL, 'Meschede', 237, 'Nordrhein-Westfalen', 54, '59872', '+49 291 90 88 70', true, true, false, 'DS-MWS'),
 (6, 'Outlet (retired)', '2020-01-06 09:00:00', '2022-12-31 18:00:00', false, 'Skaldenstraat 31', 'Dok A', 'Gent', NULL, NULL, 21, '9042', NULL, false, false, false, 'OUT-GNT');

CREATE TABLE spree_payment_methods (
  id bigserial PRIMARY KEY,
  type character varying,
  name character varying,
  description text,
  active boolean DEFAULT true,
  deleted_at timestamp without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  display_on character varying DEFAULT 'both',
  auto_capture boolean,
  preferences text,
  position integer DEFAULT 0,
  public_metadata jsonb,
  private_metadata jsonb
);
INSERT INTO spree_payment_methods (id, type, name, description, active, deleted_at, created_at, updated_at, display_on, auto_capture, preferences, position, public_metadata, private_metadata)
SELECT id, type, name, description, active, deleted_at, created_at, created_at + interval '30 days', display_on, auto_capture, preferences, position, public_metadata, private_metadata
FROM (VALUES
 (1, 'Spree::Gateway::StripeElementsGateway', 'Kredietkaart / Bancontact', 'Betaal veilig met Visa, Mastercard, Amex of Bancontact.', true, NULL::timestamp, timestamp '2019-02-11 09:30:00', 'both', true,
  E'---\n:secret_key: ' || sgen.stripe('sk_live', 'pmsk', 1, 99) || E'\n:publishable_key: ' || sgen.stripe('pk_live', 'pmpk', 1, 99) || E'\n:intents: true\n:test_mode: false\n:server: production\n',
  1, '{"brands": ["visa", "mastercard", "amex", "bancontact"]}'::jsonb, jsonb_build_object('webhook_signing_secret', 'whsec_' || fixture_gen.chars('pmwh', 1, 32), 'account', 'acct_' || fixture_gen.chars('pmac', 1, 16))),
 (2, 'Spree::Gateway::StripeElementsGateway', 'Kreditkarte', 'Visa, Mastercard, American Express.', true, NULL, timestamp '2021-05-03 10:05:00', 'front_end', true,
  E'---\n:secret_key: ' || sgen.stripe('sk_live', 'pmsk', 2, 99) || E'\n:publishable_key: ' || sgen.stripe('pk_live', 'pmpk', 2, 99) || E'\n:intents: true\n:test_mode: false\n:server: production\n',
  2, '{"brands": ["visa", "mastercard", "amex"]}'::jsonb, NULL::jsonb),
 (3, 'Spree::Gateway::PayPalExpress', 'PayPal', NULL, true, NULL, timestamp '2019-06-20 12:00:00', 'front_end', false,
  E'---\n:login: paypal-api_api1.hartwood.be\n:password: ' || sgen.up('pppw', 3, 16) || E'\n:signature: ' || fixture_gen.chars('ppsig', 3, 56) || E'\n:server: live\n:solution: Mark\n:landing_page: Billing\n:logourl: https://hartwood.be/assets/logo-paypal.png\n:test_mode: false\n',
  3, NULL, NULL),
 (4, 'SpreeKlarna::Gateway', 'Klarna - later betalen', 'Betaal binnen 30 dagen of in 3 termijnen.', true, NULL, timestamp '2022-03-01 09:00:00', 'front_end', false,
  E'---\n:api_username: K' || fixture_gen.digits('kluser', 4, 6) || E'_' || fixture_gen.hexn('klu', 4, 12) || E'\n:api_password: ' || fixture_gen.chars('klpw', 4, 16) || E'\n:region: eu\n:test_mode: false\n',
  4, NULL, '{"merchant_id": "K418230"}'::jsonb),
 (5, 'Spree::PaymentMethod::Check', 'Overschrijving op rekening (trade)', 'Payment on account within the agreed terms. Bank details are on the invoice.', true, NULL, timestamp '2020-09-02 14:05:00', 'both', false,
  E'--- {}\n', 5, NULL, NULL),
 (6, 'Spree::PaymentMethod::StoreCredit', 'Tegoed', NULL, true, NULL, timestamp '2019-02-11 09:31:00', 'none', true, E'--- {}\n', 6, NULL, NULL),
 (7, 'Spree::PaymentMethod::GiftCard', 'Cadeaubon', 'Hartwood cadeaubon', true, NULL, timestamp '2020-11-15 09:00:00', 'front_end', true, E'--- {}\n', 7, NULL, NULL),
 (8, 'Spree::PaymentMethod::Check', 'Betalen bij afhaling', 'Cash of Bancontact in de showroom.', false, timestamp '2022-06-30 18:00:00', timestamp '2019-02-11 09:32:00', 'back_end', false,
  E'--- {}\n', 8, NULL, NULL),
 (9, 'Spree::Gateway::StripeElementsGateway', 'Stripe (test)', NULL, false, timestamp '2021-01-10 09:00:00', timestamp '2019-02-11 09:29:00', 'back_end', true,
  E'---\n:secret_key: ' || sgen.stripe('sk_test', 'pmsk', 9, 99) || E'\n:publishable_key: ' || sgen.stripe('pk_test', 'pmpk', 9, 99) || E'\n:test_mode: true\n:server: test\n',
  9, NULL, NULL)) v(id, type, name, description, active, deleted_at, created_at, display_on, auto_capture, preferences, position, public_metadata, private_metadata);

CREATE TABLE spree_preferences (
  id bigserial PRIMARY KEY,
  value text,
  key character varying,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_spree_preferences_on_key ON spree_preferences (key);
INSERT INTO spree_preferences (value, key, created_at, updated_at)
SELECT v, k, timestamp '2019-02-11 09:12:40' + make_interval(days => r * 37), timestamp '2019-02-11 09:12:40' + make_interval(days => r * 41)
FROM (VALUES
 (1, E'--- true\n', 'spree/app_configuration/address_requires_state'),
 (2, E'--- false\n', 'spree/app_configuration/alternative_billing_phone'),
 (3, E'--- true\n', 'spree/app_configuration/always_include_confirm_step'),
 (4, E'--- 21\n', 'spree/app_configuration/default_country_id'),
 (5, E'--- true\n', 'spree/app_configuration/track_inventory_levels'),
 (6, E'--- true\n', 'spree/app_configuration/allow_guest_checkout'),
 (7, E'--- 30\n', 'spree/app_configuration/expedited_exchanges_days_window'),
 (8, E'--- false\n', 'spree/app_configuration/show_products_without_price'),
 (9, E'--- 12\n', 'spree/app_configuration/products_per_page'),
 (10, E'--- true\n', 'spree/app_configuration/company'),
 (11, E'--- EUR\n', 'spree/app_configuration/currency'),
 (12, E'--- true\n', 'spree/backend_configuration/locale'),
 (13, E'--- smtp.eu.mailgun.org\n', 'spree/mail_method/smtp_host'),
 (14, E'--- postmaster@mg.hartwood.be\n', 'spree/mail_method/smtp_username'),
 (15, E'--- ', 'spree/mail_method/smtp_password'),
 (16, E'--- 587\n', 'spree/mail_method/smtp_port'),
 (17, E'--- ', 'spree/gateway/stripe_elements_gateway/secret_key/1'),
 (18, E'--- ', 'spree/gateway/stripe_elements_gateway/publishable_key/1'),
 (19, E'--- false\n', 'spree/gateway/stripe_elements_gateway/test_mode/1'),
 (20, E'--- ', 'spree/google_analytics/analytics_id'),
 (21, E'--- ', 'spree/sendcloud/api_secret'),
 (22, E'--- ', 'spree/sendcloud/api_key'),
 (23, E'--- 4\n', 'spree/app_configuration/max_level_in_taxons_menu'),
 (24, E'--- en\n', 'spree/backend_configuration/admin_locale'),
 (25, E'--- hartwood-eu\n', 'spree/active_storage/s3_bucket')) x(r, v, k);
UPDATE spree_preferences SET value = value || fixture_gen.hexn('smtp', 1, 32) || '-' || fixture_gen.hexn('smtp2', 1, 8) || '-' || fixture_gen.hexn('smtp3', 1, 8) || E'\n' WHERE key = 'spree/mail_method/smtp_password';
UPDATE spree_preferences SET value = value || sgen.stripe('sk_live', 'pmsk', 0, 99) || E'\n' WHERE key LIKE '%/secret_key/1';
UPDATE spree_preferences SET value = value || sgen.stripe('pk_live', 'pmpk', 0, 99) || E'\n' WHERE key LIKE '%/publishable_key/1';
UPDATE spree_preferences SET value = value || 'G-' || sgen.up('ga', 1, 10) || E'\n' WHERE key = 'spree/google_analytics/analytics_id';
UPDATE spree_preferences SET value = value || fixture_gen.hexn('scs', 1, 32) || E'\n' WHERE key = 'spree/sendcloud/api_secret';
UPDATE spree_preferences SET value = value || fixture_gen.hexn('sck', 1, 32) || E'\n' WHERE key = 'spree/sendcloud/api_key';

-- ---------------------------------------------------------------------------
-- The catalogue.

CREATE TABLE sgen.kind (k int PRIMARY KEY, nl text, en text, base numeric, weight numeric, w numeric, h numeric, d numeric, taxon int);
INSERT INTO sgen.kind VALUES
 (0, 'eettafel', 'dining table', 1490, 62, 200, 76, 95, 11), (1, 'salontafel', 'coffee table', 590, 24, 110, 38, 60, 12), (2, 'driezitsbank', 'three-seat sofa', 2190, 78, 228, 82, 96, 13),
 (3, 'hoekbank', 'corner sofa', 3290, 115, 290, 82, 210, 13), (4, 'fauteuil', 'armchair', 990, 28, 82, 78, 86, 14), (5, 'eetkamerstoel', 'dining chair', 329, 7, 48, 80, 54, 15),
 (6, 'barkruk', 'bar stool', 279, 6, 42, 92, 44, 15), (7, 'dressoir', 'sideboard', 1690, 58, 200, 78, 45, 16), (8, 'boekenkast', 'bookcase', 1190, 44, 120, 200, 38, 16),
 (9, 'bed 160x200', 'bed 160x200', 1590, 70, 172, 95, 214, 17), (10, 'nachtkastje', 'bedside table', 349, 11, 50, 48, 38, 17), (11, 'bureau', 'desk', 990, 35, 140, 75, 70, 18),
 (12, 'kledingkast', 'wardrobe', 2290, 120, 200, 220, 60, 17), (13, 'tv-meubel', 'TV unit', 890, 33, 180, 50, 45, 16), (14, 'wandrek', 'wall shelf', 249, 6, 100, 24, 25, 16),
 (15, 'hanglamp', 'pendant lamp', 389, 4, 60, 30, 60, 19), (16, 'vloerlamp', 'floor lamp', 449, 8, 40, 160, 40, 19), (17, 'vloerkleed 200x300', 'rug 200x300', 790, 14, 200, 1, 300, 20),
 (18, 'spiegel', 'mirror', 299, 9, 80, 120, 3, 20), (19, 'bijzettafel', 'side table', 259, 5, 45, 50, 45, 12);

CREATE TABLE spree_products (
  id bigserial PRIMARY KEY,
  name character varying DEFAULT '' NOT NULL,
  description text,
  available_on timestamp without time zone,
  deleted_at timestamp without time zone,
  slug character varying,
  meta_description text,
  meta_keywords character varying,
  tax_category_id bigint,
  shipping_category_id bigint,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  promotionable boolean DEFAULT true,
  meta_title character varying,
  discontinue_on timestamp without time zone,
  public_metadata jsonb,
  private_metadata jsonb,
  status character varying DEFAULT 'draft' NOT NULL,
  make_active_at timestamp without time zone,
  avg_rating numeric(7,5) DEFAULT 0.0 NOT NULL,
  reviews_count integer DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX index_spree_products_on_slug ON spree_products (slug);

CREATE TABLE sgen.pr (id int PRIMARY KEY, coll text, kind int, mat text, name text, slug text, price numeric);
INSERT INTO sgen.pr
SELECT id, coll, kind, mat, initcap(coll) || ' ' || k.nl || ' ' || mat, lower(fixture_gen.ascii(coll)) || '-' || regexp_replace(lower(translate(k.nl || ' ' || mat, 'éëè', 'eee')), '[^a-z0-9]+', '-', 'g'),
       round(k.base * (0.85 + fixture_gen.n('prp', id, 40) / 100.0) / 10) * 10 - 1
FROM generate_series(1, 78) id
CROSS JOIN LATERAL (SELECT (ARRAY['Oslo', 'Bergen', 'Lund', 'Porto', 'Siena', 'Ardennen', 'Kyoto', 'Lys'])[1 + (id - 1) % 8] AS coll, (id * 7) % 20 AS kind,
                           (ARRAY['eik', 'noten', 'zwart essen', 'bouclé', 'cognac leer', 'velours mosgroen', 'travertin', 'rotan', 'gerookt eik', 'linnen zand'])[1 + (id * 3 + (id - 1) / 40) % 10] AS mat) x
JOIN sgen.kind k ON k.k = x.kind;
INSERT INTO sgen.pr VALUES (79, 'Hartwood', -1, '', 'Hartwood cadeaubon', 'hartwood-cadeaubon', 50), (80, 'Hartwood', -2, '', 'Stalenbox stoffen en houtsoorten', 'stalenbox', 15);

INSERT INTO spree_products (id, name, description, available_on, deleted_at, slug, meta_description, meta_keywords, tax_category_id, shipping_category_id, created_at, updated_at,
  promotionable, meta_title, discontinue_on, public_metadata, private_metadata, status, make_active_at)
SELECT pr.id, pr.name,
       CASE WHEN pr.kind = -1 THEN '<p>Geef een Hartwood cadeaubon: te besteden online en in onze showrooms, twee jaar geldig. De ontvanger krijgt de bon per e-mail op de gekozen datum.</p>'
            WHEN pr.kind = -2 THEN '<p>Twaalf stalen van onze stoffen en houtsoorten, thuis geleverd. Het bedrag wordt verrekend bij je volgende bestelling.</p>'
            ELSE '<p>De ' || pr.name || ' uit de ' || pr.coll || '-collectie combineert ' || pr.mat || ' met een tijdloze lijn. '
                 || fixture_gen.pick(ARRAY['Elk stuk wordt met de hand afgewerkt in ons atelier in Meschede.', 'Afgewerkt met een natuurlijke olie die het hout laat ademen.',
                      'Leverbaar in meerdere maten; op maat gemaakt op aanvraag.', 'De zitting is uitneembaar en de hoezen zijn wasbaar op 30 graden.'], 'pdd', pr.id)
                 || '</p><ul><li>Afmetingen: ' || k.w || ' x ' || k.d || ' x ' || k.h || ' cm</li><li>Gewicht: ' || k.weight || ' kg</li><li>Levertijd: ' || (2 + fixture_gen.n('plt', pr.id, 8)) || ' weken</li></ul>' END,
       sgen.at('pav', pr.id, '2019-02-15', '2024-05-01'),
       CASE WHEN pr.id IN (17, 45, 66) THEN timestamp '2023-12-31 23:00:00' END,
       pr.slug || CASE WHEN pr.id IN (17, 45, 66) THEN '_' || (1703977200 + pr.id)::text ELSE '' END,
       CASE WHEN pr.id % 4 = 0 THEN NULL ELSE pr.name || ' - ' || coalesce(k.en, 'gift') || ' by Hartwood. Gratis levering vanaf 500 euro.' END,
       CASE WHEN pr.id % 3 = 0 THEN lower(pr.coll) || ', ' || coalesce(k.nl, 'cadeau') || ', ' || pr.mat END,
       CASE WHEN pr.kind < 0 THEN 3 ELSE 1 END, CASE WHEN pr.kind = -1 THEN 3 WHEN k.weight > 30 THEN 2 ELSE 1 END,
       sgen.at('pav', pr.id, '2019-02-15', '2024-05-01') - interval '10 days', sgen.at('pup', pr.id, '2024-05-01', '2024-09-20'),
       pr.kind <> -1, CASE WHEN pr.id % 5 = 0 THEN pr.name || ' | Hartwood' END,
       CASE WHEN pr.id IN (17, 45, 66) THEN timestamp '2023-12-31 00:00:00' END,
       CASE WHEN pr.kind >= 0 THEN jsonb_build_object('material', pr.mat, 'collection', pr.coll, 'assembly_required', k.weight > 20, 'care', fixture_gen.pick(ARRAY['oil yearly', 'dry cloth', 'wash 30C'], 'pca', pr.id)) END,
       CASE WHEN pr.kind < 0 THEN NULL
            WHEN pr.id % 3 = 0 THEN jsonb_build_object('supplier', 'Möbelwerk Sauerland GmbH', 'supplier_contact', fixture_gen.full_name('psc', pr.id % 4), 'supplier_email',
                   lower(left(fixture_gen.ascii(fixture_gen.first_name('psc', pr.id % 4)), 1)) || '.' || fixture_gen.ascii(fixture_gen.last_name('psc', pr.id % 4)) || '@moebelwerk-sauerland.de', 'lead_time_weeks', 4 + pr.id % 5)
            WHEN pr.id % 3 = 1 THEN jsonb_build_object('supplier', fixture_gen.pick(ARRAY['Fabrica Lusa Lda', 'Tessitura Comasca', 'Atelier Hartwood Gent'], 'psu', pr.id), 'hs_code', '9403' || fixture_gen.digits('phs', pr.id, 4), 'lead_time_weeks', 2 + pr.id % 6)
            ELSE jsonb_build_object('hs_code', '9401' || fixture_gen.digits('phs', pr.id, 4), 'margin_target', 0.52) END,
       CASE WHEN pr.id IN (17, 45, 66) THEN 'archived' WHEN pr.id IN (77, 78) THEN 'draft' ELSE 'active' END,
       CASE WHEN pr.id = 78 THEN timestamp '2024-10-15 06:00:00' END
FROM sgen.pr pr LEFT JOIN sgen.kind k ON k.k = pr.kind
ORDER BY pr.id;

CREATE TABLE spree_variants (
  id bigserial PRIMARY KEY,
  sku character varying DEFAULT '' NOT NULL,
  weight numeric(8,2) DEFAULT 0.0,
  height numeric(8,2),
  width numeric(8,2),
  depth numeric(8,2),
  deleted_at timestamp without time zone,
  is_master boolean DEFAULT false,
  product_id bigint,
  cost_price numeric(10,2),
  position integer,
  cost_currency character varying,
  track_inventory boolean DEFAULT true,
  tax_category_id bigint,
  updated_at timestamp(6) without time zone NOT NULL,
  discontinue_on timestamp without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  public_metadata jsonb,
  private_metadata jsonb
);
CREATE INDEX index_spree_variants_on_sku ON spree_variants (sku);

-- masters 1-80; options 81-210 (sizes and finishes); gift card amounts.
CREATE TABLE sgen.v (id int PRIMARY KEY, product_id int, opt text, factor numeric);
INSERT INTO sgen.v SELECT id, id, NULL, 1 FROM generate_series(1, 80) id;
INSERT INTO sgen.v SELECT 80 + r, 1 + (r - 1) % 76, (ARRAY['S', 'L', 'XL', 'naturel', 'zwart', 'wit'])[1 + fixture_gen.n('vop', r, 6)], (ARRAY[0.85, 1.15, 1.3, 1, 1.05, 1.05])[1 + fixture_gen.n('vop', r, 6)]
FROM generate_series(1, 127) r;
INSERT INTO sgen.v VALUES (208, 79, '50', 1), (209, 79, '100', 2), (210, 79, '250', 5);

INSERT INTO spree_variants (id, sku, weight, height, width, depth, deleted_at, is_master, product_id, cost_price, position, cost_currency, track_inventory, tax_category_id,
  updated_at, discontinue_on, created_at, public_metadata, private_metadata)
SELECT v.id,
       CASE WHEN pr.kind = -1 THEN 'HW-GIFT-' || coalesce(v.opt, 'MASTER') WHEN pr.kind = -2 THEN 'HW-SWATCH-BOX'
            ELSE 'HW-' || upper(left(fixture_gen.ascii(pr.coll), 3)) || '-' || lpad(pr.id::text, 3, '0') || coalesce('-' || upper(fixture_gen.ascii(v.opt)), '') END,
       coalesce(round(k.weight * v.factor, 2), 0), k.h, round(k.w * CASE WHEN v.opt IN ('S', 'L', 'XL') THEN v.factor ELSE 1 END, 0), k.d,
       CASE WHEN v.id IN (97, 133) THEN timestamp '2023-06-30 12:00:00' END,
       v.opt IS NULL OR pr.kind = -1 AND v.id < 208, pr.id,
       CASE WHEN pr.kind >= 0 THEN round(pr.price * v.factor * 0.46, 2) END,
       CASE WHEN v.opt IS NULL THEN 1 ELSE 2 + v.id % 4 END, CASE WHEN pr.kind >= 0 THEN 'EUR' END,
       pr.kind >= 0, CASE WHEN pr.kind < 0 THEN 3 END,
       sgen.at('vup', v.id, '2024-05-01', '2024-09-20'), CASE WHEN pr.id IN (17, 45, 66) THEN timestamp '2023-12-31 00:00:00' END,
       sgen.at('pav', pr.id, '2019-02-15', '2024-05-01') - interval '10 days',
       CASE WHEN v.opt IS NOT NULL AND pr.kind >= 0 THEN jsonb_build_object('swatch', v.opt) END,
       CASE WHEN pr.kind >= 0 AND v.id % 2 = 0 THEN jsonb_build_object('ean', fixture_gen.luhn('54' || fixture_gen.digits('vean', v.id, 10)), 'supplier_sku', 'MWS-' || fixture_gen.digits('vss', v.id, 5)) END
FROM sgen.v v JOIN sgen.pr pr ON pr.id = v.product_id LEFT JOIN sgen.kind k ON k.k = pr.kind
ORDER BY v.id;

CREATE TABLE spree_prices (
  id bigserial PRIMARY KEY,
  variant_id bigint NOT NULL,
  amount numeric(10,2),
  currency character varying,
  deleted_at timestamp without time zone,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  compare_at_amount numeric(10,2)
);
INSERT INTO spree_prices (variant_id, amount, currency, deleted_at, created_at, updated_at, compare_at_amount)
SELECT v.id, CASE WHEN pr.kind = -1 THEN v.opt::numeric WHEN pr.kind = -1 THEN 50 ELSE round(pr.price * v.factor) END, 'EUR',
       CASE WHEN v.id IN (97, 133) THEN timestamp '2023-06-30 12:00:00' END, sgen.at('pav', pr.id, '2019-02-15', '2024-05-01') - interval '10 days', sgen.at('prup', v.id, '2024-01-01', '2024-09-20'),
       CASE WHEN v.id % 9 = 0 AND pr.kind >= 0 THEN round(pr.price * v.factor * 1.2) END
FROM sgen.v v JOIN sgen.pr pr ON pr.id = v.product_id
ORDER BY v.id;
UPDATE spree_prices SET amount = 50 WHERE variant_id = 79;

CREATE TABLE spree_volume_prices (
  id bigserial PRIMARY KEY,
  variant_id bigint,
  name character varying,
  range character varying,
  amount numeric(8,2),
  position integer,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  discount_type character varying,
  role_id bigint,
  volume_price_model_id bigint
);
INSERT INTO spree_volume_prices (variant_id, name, range, amount, position, created_at, updated_at, discount_type, role_id, volume_price_model_id)
SELECT v.id, t.name, t.range, CASE t.dt WHEN 'percent' THEN t.pct ELSE round(pr.price * v.factor * (1 - t.pct / 100.0), 2) END, t.pos,
       timestamp '2020-09-02 14:30:00' + make_interval(days => v.id), timestamp '2024-01-02 09:00:00' + make_interval(hours => v.id), t.dt, CASE WHEN t.pos < 4 THEN 3 END, NULL
FROM sgen.v v JOIN sgen.pr pr ON pr.id = v.product_id
CROSS JOIN (VALUES (1, 'Trade', '(1+)', 'price', 25), (2, 'Trade 5-19', '(5..19)', 'price', 30), (3, 'Trade project 20+', '(20+)', 'percent', 35), (4, 'Horeca 50+', '(50+)', 'percent', 38)) t(pos, name, range, dt, pct)
WHERE pr.kind >= 0 AND (v.opt IS NULL AND t.pos <= 2 OR pr.kind IN (5, 6, 10, 19) AND v.opt IS NULL OR v.id % 5 = 0 AND t.pos = 1)
ORDER BY v.id, t.pos;

CREATE TABLE spree_taxons (
  id bigserial PRIMARY KEY,
  parent_id bigint,
  position integer DEFAULT 0,
  name character varying NOT NULL,
  permalink character varying,
  taxonomy_id bigint,
  lft bigint,
  rgt bigint,
  description text,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  meta_title character varying,
  meta_description character varying,
  meta_keywords character varying,
  depth integer,
  hide_from_nav boolean DEFAULT false,
  public_metadata jsonb,
  private_metadata jsonb
);
INSERT INTO spree_taxons (id, parent_id, position, name, permalink, taxonomy_id, lft, rgt, description, created_at, updated_at, meta_title, meta_description, meta_keywords, depth, hide_from_nav, public_metadata, private_metadata)
SELECT id, parent, pos, name, permalink, tx, id * 2, id * 2 + 1, descr, timestamp '2019-02-11 10:00:00' + make_interval(days => id * 3), timestamp '2024-02-01 10:00:00' + make_interval(days => id),
       CASE WHEN id % 3 = 0 THEN name || ' | Hartwood' END, CASE WHEN descr IS NOT NULL THEN left(descr, 150) END, NULL, CASE WHEN parent IS NULL THEN 0 WHEN parent IN (1, 2, 3, 4) THEN 1 ELSE 2 END,
       id IN (9, 34), CASE WHEN id % 4 = 0 THEN '{"banner": "wide", "columns": 3}'::jsonb END, CASE WHEN id IN (30, 31) THEN '{"google_product_category": 436}'::jsonb END
FROM (VALUES
 (1, NULL::int, 0, 'Categorieën', 'categorieen', 1, NULL::text), (2, NULL, 1, 'Ruimtes', 'ruimtes', 2, NULL), (3, NULL, 2, 'Collecties', 'collecties', 3, NULL), (4, NULL, 3, 'Trade', 'trade', 4, 'Assortiment en projectservice voor professionals.'),
 (5, 2, 0, 'Woonkamer', 'ruimtes/woonkamer', 2, 'Banken, fauteuils en salontafels voor een warme woonkamer.'), (6, 2, 1, 'Eetkamer', 'ruimtes/eetkamer', 2, 'Tafels en stoelen voor lange diners.'),
 (7, 2, 2, 'Slaapkamer', 'ruimtes/slaapkamer', 2, NULL), (8, 2, 3, 'Thuiswerken', 'ruimtes/thuiswerken', 2, 'Bureaus en opbergmeubels voor je werkplek thuis.'),
 (9, 2, 4, 'Buiten', 'ruimtes/buiten', 2, NULL), (10, 1, 0, 'Tafels', 'categorieen/tafels', 1, NULL),
 (11, 10, 0, 'Eettafels', 'categorieen/tafels/eettafels', 1, 'Massief houten eettafels, van vier tot twaalf personen.'), (12, 10, 1, 'Salon- en bijzettafels', 'categorieen/tafels/salontafels', 1, NULL),
 (13, 1, 1, 'Banken', 'categorieen/banken', 1, 'Driezitsbanken en hoekbanken in stof en leer.'), (14, 1, 2, 'Fauteuils', 'categorieen/fauteuils', 1, NULL),
 (15, 1, 3, 'Stoelen en krukken', 'categorieen/stoelen', 1, NULL), (16, 1, 4, 'Kasten', 'categorieen/kasten', 1, 'Dressoirs, boekenkasten en tv-meubels.'),
 (17, 1, 5, 'Bedden en kasten', 'categorieen/bedden', 1, NULL), (18, 1, 6, 'Bureaus', 'categorieen/bureaus', 1, NULL),
 (19, 1, 7, 'Verlichting', 'categorieen/verlichting', 1, 'Hanglampen en vloerlampen in messing, linnen en glas.'), (20, 1, 8, 'Accessoires', 'categorieen/accessoires', 1, NULL),
 (21, 3, 0, 'Oslo', 'collecties/oslo', 3, 'Scandinavische eenvoud in licht eiken.'), (22, 3, 1, 'Bergen', 'collecties/bergen', 3, NULL), (23, 3, 2, 'Lund', 'collecties/lund', 3, NULL),
 (24, 3, 3, 'Porto', 'collecties/porto', 3, 'Gemaakt in Portugal, met travertin en noten.'), (25, 3, 4, 'Siena', 'collecties/siena', 3, NULL), (26, 3, 5, 'Ardennen', 'collecties/ardennen', 3, 'Robuust gerookt eiken uit de Ardennen.'),
 (27, 3, 6, 'Kyoto', 'collecties/kyoto', 3, NULL), (28, 3, 7, 'Lys', 'collecties/lys', 3, 'Onze Gentse collectie, genoemd naar de Leie.'),
 (29, 4, 0, 'Horeca', 'trade/horeca', 4, 'Stapelbare stoelen en robuuste tafels voor restaurants en hotels.'), (30, 4, 1, 'Kantoor', 'trade/kantoor', 4, NULL),
 (31, 4, 2, 'Hotelkamers', 'trade/hotelkamers', 4, NULL), (32, 1, 9, 'Cadeaubonnen', 'categorieen/cadeaubonnen', 1, NULL), (33, 1, 10, 'Sale', 'categorieen/sale', 1, 'Laatste stuks en showroommodellen.'),
 (34, 1, 11, 'Stalen', 'categorieen/stalen', 1, NULL)) t(id, parent, pos, name, permalink, tx, descr);

CREATE TABLE friendly_id_slugs (
  id bigserial PRIMARY KEY,
  slug character varying NOT NULL,
  sluggable_id bigint NOT NULL,
  sluggable_type character varying(50),
  scope character varying,
  created_at timestamp without time zone,
  deleted_at timestamp without time zone,
  locale character varying
);
INSERT INTO friendly_id_slugs (slug, sluggable_id, sluggable_type, scope, created_at, deleted_at, locale)
SELECT slug, id, 'Spree::Product', NULL, created_at, NULL, 'nl' FROM spree_products ORDER BY id;
INSERT INTO friendly_id_slugs (slug, sluggable_id, sluggable_type, scope, created_at, deleted_at, locale)
SELECT regexp_replace(slug, '-[a-z]+$', '') || '-' || (2019 + id % 4), id, 'Spree::Product', NULL, created_at - interval '1 day', CASE WHEN id % 2 = 0 THEN updated_at END, 'nl'
FROM spree_products WHERE id % 3 = 0 ORDER BY id;
INSERT INTO friendly_id_slugs (slug, sluggable_id, sluggable_type, scope, created_at, deleted_at, locale)
SELECT permalink, id, 'Spree::Taxon', 'taxonomy_id:' || taxonomy_id, created_at, NULL, 'nl' FROM spree_taxons ORDER BY id;

CREATE TABLE action_text_rich_texts (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  body text,
  record_type character varying NOT NULL,
  record_id bigint NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO action_text_rich_texts (name, body, record_type, record_id, created_at, updated_at)
SELECT 'rte_content',
       '<div class="trix-content"><h2>' || t.h || '</h2><div>' || t.b || '</div></div>', 'Spree::CmsSection', r, timestamp '2022-03-01 09:00:00' + make_interval(days => r * 9), timestamp '2024-03-01 09:00:00' + make_interval(days => r * 2)
FROM generate_series(1, 24) r
CROSS JOIN LATERAL (SELECT (ARRAY['Gemaakt om te blijven', 'Levering en montage', 'Onze houtsoorten', 'Showrooms', 'Retourneren', 'Hartwood Trade', 'Onderhoud van massief hout', 'Duurzaamheid'])[1 + (r - 1) % 8] AS h,
                           (ARRAY['Wij werken met massief hout uit duurzaam beheerde bossen en met ateliers die we persoonlijk kennen.',
                                  'Onze eigen leveringsploeg brengt grote meubels tot in de kamer van je keuze en monteert ze ter plaatse. Kleine pakketten versturen we met bpost of DHL.',
                                  'Eiken, noten en essen: elke houtsoort heeft een eigen tekening. Bestel de stalenbox om ze thuis te vergelijken.',
                                  'Kom langs in Gent (Nieuwevaart 118) of Antwerpen (Kloosterstraat 72), van dinsdag tot zaterdag van 10 tot 18 uur.',
                                  'Niet tevreden? Je hebt 30 dagen om je aankoop terug te sturen. Op maat gemaakte meubels kunnen niet worden geretourneerd.',
                                  'Interieurarchitecten, hotels en restaurants kopen aan groothandelsprijzen met betaling op rekening. Vraag een trade-account aan.',
                                  'Reinig met een droge doek en behandel het blad een keer per jaar met onze onderhoudsolie.',
                                  'Voor elke verkochte tafel planten we samen met onze partner in de Ardennen een boom.'])[1 + (r - 1) % 8] AS b) t;
INSERT INTO action_text_rich_texts (name, body, record_type, record_id, created_at, updated_at)
SELECT 'description', '<div class="trix-content"><div>' || replace(replace(description, '<p>', ''), '</p>', '<br>') || '</div></div>', 'Spree::Product', id, created_at, updated_at
FROM spree_products WHERE id % 4 = 1 ORDER BY id;

CREATE TABLE active_storage_blobs (
  id bigserial PRIMARY KEY,
  key character varying NOT NULL,
  filename character varying NOT NULL,
  content_type character varying,
  metadata text,
  service_name character varying NOT NULL,
  byte_size bigint NOT NULL,
  checksum character varying,
  created_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_blobs_on_key ON active_storage_blobs (key);
INSERT INTO active_storage_blobs (key, filename, content_type, metadata, service_name, byte_size, checksum, created_at)
SELECT fixture_gen.chars('bk', b, 28, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       CASE WHEN b <= 160 THEN pr.slug || '-' || (1 + b % 4) || CASE WHEN b % 5 = 0 THEN '.png' ELSE '.jpg' END
            WHEN b <= 175 THEN 'taxon-' || (b - 160) || '-banner.jpg' ELSE fixture_gen.pick(ARRAY['hartwood-logo.svg', 'hartwood-logo-wit.png', 'favicon.png', 'mailer-header.png'], 'bfn', b) END,
       CASE WHEN b <= 175 AND b % 5 = 0 THEN 'image/png' WHEN b <= 175 THEN 'image/jpeg' WHEN b % 2 = 0 THEN 'image/svg+xml' ELSE 'image/png' END,
       '{"identified":true,"width":' || (1200 + 400 * (b % 3)) || ',"height":' || (900 + 300 * (b % 3)) || ',"analyzed":true}',
       'amazon', 80000 + fixture_gen.n('bsz', b, 2400000), fixture_gen.b64('bck', b, 16),
       sgen.at('bca', b, '2019-02-15', '2024-09-15')
FROM generate_series(1, 180) b LEFT JOIN sgen.pr pr ON pr.id = 1 + (b - 1) % 78
ORDER BY b;

-- ---------------------------------------------------------------------------
-- Orders: consumers with accounts, guests, trade customers on account.

CREATE TABLE sgen.o (o int PRIMARY KEY, pi int, store_id int, kind text, state text, created timestamp, completed timestamp, ship_aid int, bill_aid int, created_by int);
INSERT INTO sgen.o (o, pi, kind)
SELECT o, CASE WHEN o % 4 = 0 THEN 131 + fixture_gen.n('og', o, 40) WHEN o % 5 = 1 THEN 7 + fixture_gen.n('ot', o, 30) ELSE 37 + fixture_gen.n('or', o, 94) END,
       CASE WHEN o % 4 = 0 THEN 'guest' WHEN o % 5 = 1 THEN 'trade' ELSE 'retail' END
FROM generate_series(1, 300) o;
UPDATE sgen.o o SET store_id = CASE WHEN o.kind = 'trade' THEN 3 WHEN p.cc IN ('DE', 'FR') THEN 2 ELSE 1 END,
       state = CASE WHEN o.o > 288 THEN (ARRAY['cart', 'address', 'delivery', 'payment', 'cart', 'cart'])[1 + o.o % 6] WHEN o.o % 23 = 0 THEN 'canceled' WHEN o.o % 17 = 0 THEN 'returned' ELSE 'complete' END,
       created = timestamp '2021-01-04 08:00:00' + make_interval(secs => (o.o * 3.6 * 86400)::int + fixture_gen.n('oc', o.o, 80000)),
       ship_aid = coalesce(CASE WHEN o.o % 3 = 0 THEN (SELECT a.aid FROM sgen.a a WHERE a.pi = o.pi AND a.slot = 2) END, (SELECT a.aid FROM sgen.a a WHERE a.pi = o.pi AND a.slot = 1)),
       bill_aid = (SELECT a.aid FROM sgen.a a WHERE a.pi = o.pi AND a.slot = 1),
       created_by = CASE WHEN o.o % 10 = 7 THEN 1 + fixture_gen.n('ocb', o.o, 4) WHEN o.kind = 'guest' THEN NULL ELSE o.pi END
FROM sgen.p p WHERE p.i = o.pi;
UPDATE sgen.o SET completed = created + make_interval(mins => 4 + fixture_gen.n('ocm', o, 50)) WHERE state IN ('complete', 'canceled', 'returned');

CREATE TABLE sgen.li (id int PRIMARY KEY, o int, variant_id int, qty int, price numeric, cost numeric);
INSERT INTO sgen.li
SELECT row_number() OVER (ORDER BY o.o, k), o.o, vv.id,
       CASE WHEN o.kind = 'trade' AND pr.kind IN (5, 6, 10, 19) THEN 4 + fixture_gen.n('lq', o.o * 10 + k, 20) WHEN o.kind = 'trade' THEN 1 + fixture_gen.n('lq', o.o * 10 + k, 6)
            WHEN pr.kind IN (5, 6) THEN 2 * (1 + fixture_gen.n('lq', o.o * 10 + k, 3)) ELSE 1 END,
       CASE WHEN pr.kind = -1 THEN vv.opt::numeric WHEN o.kind = 'trade' THEN round(round(pr.price * vv.factor) * 0.75 / 1.21, 2) ELSE round(pr.price * vv.factor) END,
       CASE WHEN pr.kind >= 0 THEN round(pr.price * vv.factor * 0.46, 2) END
FROM sgen.o o
CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('oli', o.o, 3)) k
CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 AND o.kind <> 'trade' AND o.o % 13 = 0 THEN 208 + fixture_gen.n('ogv', o.o, 3)
                                WHEN k = 2 AND o.o % 11 = 5 THEN 80 ELSE 1 + fixture_gen.n('olv' || k, o.o, 207) END AS vid) x
JOIN sgen.v vv ON vv.id = CASE WHEN x.vid IN (17, 45, 66, 97, 133) THEN x.vid + 1 WHEN x.vid = 79 THEN 81 ELSE x.vid END
JOIN sgen.pr pr ON pr.id = vv.product_id;
DELETE FROM sgen.li a USING sgen.li b WHERE a.o = b.o AND a.variant_id = b.variant_id AND a.id > b.id;

CREATE TABLE spree_orders (
  id bigserial PRIMARY KEY,
  number character varying(32),
  item_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  total numeric(10,2) DEFAULT 0.0 NOT NULL,
  state character varying,
  adjustment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  user_id bigint,
  completed_at timestamp without time zone,
  bill_address_id bigint,
  ship_address_id bigint,
  payment_total numeric(10,2) DEFAULT 0.0,
  shipment_state character varying,
  payment_state character varying,
  email character varying,
  special_instructions text,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  currency character varying,
  last_ip_address character varying,
  created_by_id bigint,
  shipment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  additional_tax_total numeric(10,2) DEFAULT 0.0,
  promo_total numeric(10,2) DEFAULT 0.0,
  channel character varying DEFAULT 'spree',
  included_tax_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  item_count integer DEFAULT 0,
  approver_id bigint,
  approved_at timestamp without time zone,
  confirmation_delivered boolean DEFAULT false,
  considered_risky boolean DEFAULT false,
  token character varying,
  canceled_at timestamp without time zone,
  canceler_id bigint,
  store_id bigint,
  state_lock_version integer DEFAULT 0 NOT NULL,
  taxable_adjustment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  non_taxable_adjustment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  store_owner_notification_delivered boolean,
  public_metadata jsonb,
  private_metadata jsonb,
  internal_note text
);
CREATE UNIQUE INDEX index_spree_orders_on_number ON spree_orders (number);
CREATE INDEX index_spree_orders_on_token ON spree_orders (token);

INSERT INTO spree_orders (id, number, item_total, total, state, adjustment_total, user_id, completed_at, bill_address_id, ship_address_id, payment_total, shipment_state, payment_state,
  email, special_instructions, created_at, updated_at, currency, last_ip_address, created_by_id, shipment_total, additional_tax_total, promo_total, channel, included_tax_total,
  item_count, approver_id, approved_at, confirmation_delivered, considered_risky, token, canceled_at, canceler_id, store_id, state_lock_version, taxable_adjustment_total,
  non_taxable_adjustment_total, store_owner_notification_delivered, public_metadata, private_metadata, internal_note)
SELECT o.o, 'R' || (100000000 + fixture_gen.n('onum', o.o, 899999999))::text, t.item_total,
       t.item_total + sh.cost + promo + addtax, o.state, promo + addtax, CASE WHEN o.kind <> 'guest' THEN o.pi END, o.completed,
       CASE WHEN o.state <> 'cart' THEN o.bill_aid END, CASE WHEN o.state <> 'cart' THEN o.ship_aid END,
       CASE WHEN o.state IN ('complete', 'returned') AND NOT (o.kind = 'trade' AND o.o % 3 = 0) THEN t.item_total + sh.cost + promo + addtax WHEN o.state = 'returned' THEN 0 ELSE 0 END,
       CASE WHEN o.state = 'complete' THEN CASE WHEN o.o > 270 THEN 'ready' WHEN o.o > 262 THEN 'pending' ELSE 'shipped' END WHEN o.state = 'returned' THEN 'shipped' END,
       CASE WHEN o.state = 'complete' THEN CASE WHEN o.kind = 'trade' AND o.o % 3 = 0 THEN 'balance_due' ELSE 'paid' END WHEN o.state = 'canceled' THEN 'void' WHEN o.state = 'returned' THEN 'credit_owed' END,
       CASE WHEN o.state = 'cart' AND o.kind = 'guest' THEN NULL ELSE CASE WHEN o.kind <> 'guest' AND o.o % 29 = 3 THEN upper(p.email) ELSE p.email END END,
       CASE WHEN o.kind = 'trade' THEN CASE fixture_gen.n('osi', o.o, 4) WHEN 0 THEN 'Levering op werf, contactpersoon ' || fixture_gen.full_name('osw', o.o) || ' (' || sgen.phone(p.cc, 'osw', o.o) || '). Laadperron achteraan.'
                                         WHEN 1 THEN 'Deliver before 10am, hotel reception closes the loading bay at 11.' WHEN 2 THEN 'PO number on the invoice please.' END
            ELSE CASE fixture_gen.n('osi', o.o, 13)
              WHEN 0 THEN 'Graag vooraf bellen op ' || p.phone || ', de bel werkt niet.'
              WHEN 1 THEN 'Levering enkel na 16u aub.'
              WHEN 2 THEN '3de verdieping zonder lift, de trap is smal.'
              WHEN 3 THEN 'Indien niet thuis, afgeven bij de buren (' || fixture_gen.last_name('osn', o.o) || ', nr. ' || (2 + o.o % 60) || ').'
              WHEN 4 THEN fixture_gen.sentence('oss', o.o)
              WHEN 5 THEN ''
              WHEN 6 THEN 'Bitte vorher anrufen: ' || p.phone || '. Parkplatz im Hof.'
              WHEN 7 THEN 'Code portail 4' || fixture_gen.digits('osd', o.o, 3) || ', sonner chez ' || fixture_gen.full_name('osc', o.o) || '.'
              WHEN 8 THEN 'Het is een verrassing voor mijn vrouw, niet bellen op het vaste nummer!' END END,
       o.created, coalesce(o.completed, o.created) + make_interval(hours => 1 + fixture_gen.n('oup', o.o, 400)), 'EUR',
       CASE WHEN o.o % 10 = 7 THEN '81.82.' || (10 + o.o % 200) || '.' || (1 + o.o % 250) WHEN o.o % 9 = 4 THEN fixture_gen.ipv4('oip', o.o) ELSE p.ip END,
       o.created_by, sh.cost, addtax, promo,
       CASE WHEN o.o % 10 = 7 THEN 'showroom' WHEN o.kind = 'trade' THEN 'trade' ELSE 'spree' END,
       CASE WHEN o.kind = 'trade' THEN 0 ELSE round((t.item_total + sh.cost + promo) * 21 / 121, 2) END,
       t.cnt, CASE WHEN o.o % 31 = 0 THEN 2 END, CASE WHEN o.o % 31 = 0 THEN o.completed + interval '3 hours' END,
       o.state IN ('complete', 'canceled', 'returned'), o.o % 31 = 0,
       sgen.b64url('otok', o.o, 16),
       CASE WHEN o.state = 'canceled' THEN o.completed + interval '1 day' END, CASE WHEN o.state = 'canceled' THEN 1 + o.o % 4 END,
       o.store_id, CASE WHEN o.state = 'complete' THEN 1 + o.o % 3 ELSE 0 END, promo, 0, o.state IN ('complete', 'canceled', 'returned'),
       CASE WHEN o.o % 3 = 0 THEN jsonb_build_object('assembly_service', o.o % 2 = 0, 'delivery_window', fixture_gen.pick(ARRAY['AM', 'PM', 'any'], 'odw', o.o))
            WHEN o.o % 3 = 1 AND o.kind <> 'trade' THEN '{}'::jsonb END,
       CASE WHEN o.kind = 'trade' THEN jsonb_build_object('po_number', 'PO-' || (2021 + o.o / 100) || '-' || fixture_gen.digits('opo', o.o, 4), 'vat_number', p.vat, 'reverse_charge', p.cc <> 'BE',
                                                        'project', fixture_gen.pick(ARRAY['Renovatie kamers 2de verdieping', 'Nieuwe lounge', 'Vergaderzalen', 'Terras 2024', 'Wachtzaal'], 'opj', o.o))
            WHEN o.o % 3 = 0 THEN jsonb_build_object('ga_client_id', 'GA1.1.' || fixture_gen.digits('oga', o.o, 9) || '.' || (1600000000 + fixture_gen.n('ogt', o.o, 120000000)), 'utm_source', fixture_gen.pick(ARRAY['google', 'instagram', 'newsletter', 'pinterest'], 'ous', o.o))
            WHEN o.o % 3 = 1 THEN jsonb_build_object('utm_source', fixture_gen.pick(ARRAY['google', 'instagram', 'newsletter', 'direct'], 'ous', o.o), 'utm_campaign', fixture_gen.pick(ARRAY['sale-jan', 'black-friday', 'ardennen-launch'], 'ouc', o.o)) END,
       CASE WHEN o.o % 9 = 0 THEN CASE fixture_gen.n('oin', o.o, 6)
              WHEN 0 THEN 'Klant belde op ' || p.phone || ': levering pas na ' || (1 + o.o % 28) || '/' || (1 + o.o % 12) || ', verhuist naar ' || sgen.street(p.cc, 'oim', o.o) || '.'
              WHEN 1 THEN 'Krasje op blad bij levering, tegoed van 50 euro toegekend. Foto''s in mail van ' || p.first || '.'
              WHEN 2 THEN 'Betaling op rekening goedgekeurd door Lars, kredietlimiet tijdelijk verhoogd.'
              WHEN 3 THEN 'Dubbele bestelling, tweede geannuleerd.'
              WHEN 4 THEN 'Mevr. ' || p.last || ' wil enkel geleverd worden door Kwame en Piotr (vorige keer schade aan de deurlijst).'
              ELSE 'Stof nagekeken met stalen, ok.' END END
FROM sgen.o o JOIN sgen.p p ON p.i = o.pi
CROSS JOIN LATERAL (SELECT coalesce(sum(li.qty * li.price), 0) AS item_total, coalesce(sum(li.qty), 0)::int AS cnt FROM sgen.li li WHERE li.o = o.o) t
CROSS JOIN LATERAL (SELECT CASE WHEN o.state IN ('cart', 'address') THEN 0 WHEN o.kind = 'trade' THEN CASE WHEN t.item_total > 2500 THEN 0 ELSE 95 END WHEN t.item_total >= 500 THEN 0 ELSE 49 END::numeric AS cost) sh
CROSS JOIN LATERAL (SELECT CASE WHEN o.o % 7 = 2 AND o.kind <> 'trade' THEN -round(t.item_total * 0.10, 2) ELSE 0 END AS promo,
                           CASE WHEN o.kind = 'trade' AND p.cc = 'BE' THEN round((t.item_total + sh.cost) * 0.21, 2) ELSE 0 END AS addtax) pz
ORDER BY o.o;

CREATE TABLE spree_line_items (
  id bigserial PRIMARY KEY,
  variant_id bigint,
  order_id bigint,
  quantity integer NOT NULL,
  price numeric(10,2) NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  currency character varying,
  cost_price numeric(10,2),
  tax_category_id bigint,
  adjustment_total numeric(10,2) DEFAULT 0.0,
  additional_tax_total numeric(10,2) DEFAULT 0.0,
  promo_total numeric(10,2) DEFAULT 0.0,
  included_tax_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  pre_tax_amount numeric(12,4) DEFAULT 0.0 NOT NULL,
  taxable_adjustment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  non_taxable_adjustment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  public_metadata jsonb,
  private_metadata jsonb
);
INSERT INTO spree_line_items (id, variant_id, order_id, quantity, price, created_at, updated_at, currency, cost_price, tax_category_id, adjustment_total, additional_tax_total, promo_total,
  included_tax_total, pre_tax_amount, taxable_adjustment_total, non_taxable_adjustment_total, public_metadata, private_metadata)
SELECT li.id, li.variant_id, li.o, li.qty, li.price, o.created + make_interval(secs => li.id % 300), o.created + make_interval(secs => 400 + li.id % 300), 'EUR', li.cost,
       CASE WHEN li.variant_id >= 208 OR li.variant_id = 80 THEN 3 ELSE 1 END,
       pt + at, at, pt, CASE WHEN o.kind = 'trade' THEN 0 ELSE round((li.qty * li.price + pt) * 21 / 121, 2) END,
       CASE WHEN o.kind = 'trade' THEN li.qty * li.price + pt ELSE round((li.qty * li.price + pt) * 100 / 121, 4) END, pt, 0,
       CASE WHEN li.variant_id >= 208 THEN '{"gift_card": true}'::jsonb WHEN li.id % 6 = 0 THEN jsonb_build_object('fabric_swatch', fixture_gen.pick(ARRAY['Bouclé crème', 'Velours mosgroen', 'Linnen zand', 'Leer cognac'], 'lfs', li.id)) END,
       CASE WHEN o.kind = 'trade' AND li.id % 2 = 0 THEN jsonb_build_object('volume_price', 'Trade', 'list_price', round(li.price * 1.21 / 0.75)) WHEN li.id % 11 = 0 THEN '{"dropship": true}'::jsonb END
FROM sgen.li li JOIN sgen.o o ON o.o = li.o
CROSS JOIN LATERAL (SELECT CASE WHEN o.o % 7 = 2 AND o.kind <> 'trade' THEN -round(li.qty * li.price * 0.10, 2) ELSE 0 END AS pt,
                           CASE WHEN o.kind = 'trade' AND (SELECT cc FROM sgen.p WHERE i = o.pi) = 'BE' THEN round(li.qty * li.price * 0.21, 2) ELSE 0 END AS at) z
ORDER BY li.id;

-- ---------------------------------------------------------------------------
-- Payments, their sources and the gateway log.

CREATE TABLE sgen.pay (pid int PRIMARY KEY, o int, pi int, kind text, method int, amount numeric, state text, created timestamp, card int, src int);
INSERT INTO sgen.pay (pid, o, pi, kind, method, amount, state, created)
SELECT row_number() OVER (ORDER BY o.o, x.seq), o.o, o.pi, x.kind, x.method, x.amount, x.state, coalesce(o.completed, o.created + interval '8 minutes') - make_interval(secs => 90 * (3 - x.seq))
FROM sgen.o o JOIN spree_orders so ON so.id = o.o
CROSS JOIN LATERAL (SELECT CASE WHEN o.kind = 'trade' AND o.o % 3 IN (0, 1) THEN 'none' WHEN o.kind <> 'trade' AND o.o % 7 = 2 THEN 'pp' WHEN o.kind <> 'trade' AND o.o % 11 = 3 THEN 'kl' ELSE 'card' END AS k,
                           CASE WHEN o.kind = 'trade' AND o.o % 3 IN (0, 1) THEN 5 WHEN o.kind <> 'trade' AND o.o % 7 = 2 THEN 3 WHEN o.kind <> 'trade' AND o.o % 11 = 3 THEN 4 WHEN o.store_id = 2 THEN 2 ELSE 1 END AS m) mm
CROSS JOIN LATERAL (
  SELECT 1 AS seq, 'card' AS kind, mm.m AS method, so.total AS amount, 'failed' AS state WHERE mm.k = 'card' AND o.o % 8 = 3 AND o.state <> 'cart'
  UNION ALL SELECT 2, 'sc', 6, least(50, so.total), CASE WHEN o.state = 'canceled' THEN 'void' ELSE 'completed' END WHERE o.o % 19 = 4 AND o.state IN ('complete', 'canceled', 'returned')
  UNION ALL SELECT 3, mm.k, mm.m, so.total - CASE WHEN o.o % 19 = 4 THEN least(50, so.total) ELSE 0 END,
                   CASE WHEN o.state = 'canceled' THEN 'void' WHEN o.state = 'payment' THEN 'checkout' WHEN mm.k = 'none' AND o.o % 3 = 0 THEN 'pending' ELSE 'completed' END
            WHERE o.state IN ('complete', 'canceled', 'returned', 'payment')) x
ORDER BY 1;
UPDATE sgen.pay p SET card = c.rn FROM (SELECT pid, row_number() OVER (ORDER BY pid) AS rn FROM sgen.pay WHERE kind = 'card') c WHERE c.pid = p.pid;
UPDATE sgen.pay p SET src = c.rn FROM (SELECT pid, row_number() OVER (ORDER BY pid) AS rn FROM sgen.pay WHERE kind IN ('pp', 'kl')) c WHERE c.pid = p.pid;

CREATE TABLE spree_credit_cards (
  id bigserial PRIMARY KEY,
  month character varying,
  year character varying,
  cc_type character varying,
  last_digits character varying,
  address_id bigint,
  gateway_customer_profile_id character varying,
  gateway_payment_profile_id character varying,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  name character varying,
  user_id bigint,
  payment_method_id bigint,
  "default" boolean DEFAULT false NOT NULL,
  deleted_at timestamp without time zone,
  public_metadata jsonb,
  private_metadata jsonb
);
INSERT INTO spree_credit_cards (id, month, year, cc_type, last_digits, address_id, gateway_customer_profile_id, gateway_payment_profile_id, created_at, updated_at, name, user_id,
  payment_method_id, "default", deleted_at, public_metadata, private_metadata)
SELECT y.card, (1 + fixture_gen.n('ccm', y.card, 12))::text, (2024 + fixture_gen.n('ccy', y.card, 6))::text,
       CASE left(num, 1) WHEN '4' THEN 'visa' ELSE 'master' END, right(num, 4), o.bill_aid,
       CASE WHEN y.card % 10 <> 9 THEN 'cus_' || fixture_gen.chars('ccus', y.pi, 14) END,
       CASE WHEN y.created < timestamp '2022-01-01' THEN 'card_' || fixture_gen.chars('ccpm', y.card, 24) ELSE 'pm_' || fixture_gen.chars('ccpm', y.card, 24) END,
       y.created, y.created + interval '3 minutes',
       CASE WHEN y.card % 8 = 0 THEN fixture_gen.full_name('cch', y.card) WHEN y.card % 5 = 0 THEN upper(fixture_gen.ascii(p.first) || ' ' || fixture_gen.ascii(p.last)) WHEN y.card % 13 = 0 THEN p.first ELSE p.first || ' ' || p.last END,
       CASE WHEN o.kind <> 'guest' THEN o.pi END, y.method, o.kind <> 'guest' AND y.card % 3 = 0,
       CASE WHEN y.card % 17 = 0 THEN y.created + interval '200 days' END,
       CASE WHEN y.card % 4 = 0 THEN jsonb_build_object('wallet', fixture_gen.pick(ARRAY['apple_pay', 'google_pay'], 'ccw', y.card)) WHEN y.card % 4 = 1 THEN '{}'::jsonb END,
       CASE WHEN y.card % 3 <> 2 THEN jsonb_build_object('fingerprint', fixture_gen.chars('ccfp', y.pi, 16), 'funding', fixture_gen.pick(ARRAY['credit', 'debit', 'credit'], 'ccf', y.card), 'issuer_country', p.cc) END
FROM sgen.pay y JOIN sgen.o o ON o.o = y.o JOIN sgen.p p ON p.i = o.pi
CROSS JOIN LATERAL (SELECT fixture_gen.card('ccn', y.card) AS num) c
WHERE y.kind = 'card'
ORDER BY y.card;

CREATE TABLE spree_payment_sources (
  id bigserial PRIMARY KEY,
  gateway_payment_profile_id character varying,
  type character varying,
  payment_method_id bigint,
  user_id bigint,
  public_metadata jsonb,
  private_metadata jsonb,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO spree_payment_sources (id, gateway_payment_profile_id, type, payment_method_id, user_id, public_metadata, private_metadata, created_at, updated_at)
SELECT y.src,
       CASE WHEN y.kind = 'pp' THEN sgen.up('pppid', y.pi, 13) ELSE fixture_gen.uuid('klat', y.src) END,
       CASE WHEN y.kind = 'pp' THEN 'Spree::PaymentSource::PaypalExpress' ELSE 'SpreeKlarna::PaymentSource' END, y.method,
       CASE WHEN o.kind <> 'guest' THEN o.pi END,
       CASE WHEN y.kind = 'pp' THEN '{"brand": "paypal"}'::jsonb WHEN y.src % 2 = 0 THEN jsonb_build_object('brand', 'klarna', 'plan', fixture_gen.pick(ARRAY['pay_later', 'pay_over_time'], 'klp', y.src)) END,
       CASE WHEN y.kind = 'pp' THEN jsonb_build_object('payer_email', CASE WHEN y.src % 4 = 0 THEN fixture_gen.email('ppe', y.pi) ELSE p.email END, 'payer_name', p.first || ' ' || p.last, 'payer_country', p.cc,
                                                      'express_token', 'EC-' || sgen.up('ppec', y.src, 17))
            ELSE jsonb_build_object('klarna_order_id', fixture_gen.uuid('klo', y.src), 'fraud_status', 'ACCEPTED', 'billing_email', p.email) END,
       y.created, y.created + interval '2 minutes'
FROM sgen.pay y JOIN sgen.o o ON o.o = y.o JOIN sgen.p p ON p.i = o.pi
WHERE y.kind IN ('pp', 'kl')
ORDER BY y.src;

CREATE TABLE spree_payments (
  id bigserial PRIMARY KEY,
  amount numeric(10,2) DEFAULT 0.0 NOT NULL,
  order_id bigint,
  source_type character varying,
  source_id bigint,
  payment_method_id bigint,
  state character varying,
  response_code character varying,
  avs_response character varying,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  number character varying,
  cvv_response_code character varying,
  cvv_response_message character varying,
  public_metadata jsonb,
  private_metadata jsonb,
  intent_client_key character varying
);
CREATE UNIQUE INDEX index_spree_payments_on_number ON spree_payments (number);
INSERT INTO spree_payments (id, amount, order_id, source_type, source_id, payment_method_id, state, response_code, avs_response, created_at, updated_at, number, cvv_response_code,
  cvv_response_message, public_metadata, private_metadata, intent_client_key)
SELECT y.pid, y.amount, y.o,
       CASE y.kind WHEN 'card' THEN 'Spree::CreditCard' WHEN 'pp' THEN 'Spree::PaymentSource' WHEN 'kl' THEN 'Spree::PaymentSource' WHEN 'sc' THEN 'Spree::StoreCredit' END,
       CASE y.kind WHEN 'card' THEN y.card WHEN 'pp' THEN y.src WHEN 'kl' THEN y.src WHEN 'sc' THEN 1 + y.pid % 40 END,
       y.method, y.state,
       CASE WHEN y.state IN ('checkout') THEN NULL WHEN y.kind = 'card' THEN z.pint WHEN y.kind = 'pp' THEN sgen.up('ppcap', y.pid, 17) WHEN y.kind = 'kl' THEN fixture_gen.uuid('klo', y.src)
            WHEN y.kind = 'sc' THEN (1 + y.pid % 40) || '-SC-' || to_char(y.created, 'YYYYMMDDHH24MISS') || lpad((y.pid % 1000)::text, 3, '0') END,
       CASE WHEN y.kind = 'card' AND y.state <> 'failed' THEN fixture_gen.pick(ARRAY['Y', 'Y', 'A', 'Z', 'N'], 'pav', y.pid) END,
       y.created, y.created + interval '40 seconds',
       'P' || sgen.up('pnum', y.pid, 7),
       CASE WHEN y.kind = 'card' AND y.state <> 'failed' THEN 'M' WHEN y.kind = 'card' THEN 'N' END,
       CASE WHEN y.kind = 'card' AND y.state <> 'failed' THEN CASE WHEN y.pid % 2 = 0 THEN 'CVV matches' ELSE '' END WHEN y.kind = 'card' THEN 'CVV does not match' END,
       CASE WHEN y.kind = 'card' AND y.pid % 4 = 0 THEN '{"three_d_secure": "authenticated"}'::jsonb WHEN y.kind = 'none' THEN jsonb_build_object('terms', 'net_30') END,
       CASE WHEN y.kind = 'card' THEN jsonb_build_object('stripe_customer', 'cus_' || fixture_gen.chars('ccus', y.pi, 14), 'receipt_email', p.email, 'charge', 'ch_' || fixture_gen.chars('pch', y.pid, 24))
            WHEN y.kind = 'pp' THEN jsonb_build_object('paypal_payer_id', sgen.up('pppid', y.pi, 13), 'payer_email', p.email)
            WHEN y.kind = 'none' AND y.pid % 2 = 0 THEN jsonb_build_object('invoice_number', 'HWT-' || (2021 + y.o / 100) || '-' || lpad(y.o::text, 5, '0')) END,
       CASE WHEN y.kind = 'card' AND y.method IN (1, 2) THEN z.pint || '_secret_' || fixture_gen.chars('pisec', y.pid, 25) END
FROM sgen.pay y JOIN sgen.p p ON p.i = y.pi
CROSS JOIN LATERAL (SELECT 'pi_' || fixture_gen.chars('pint', y.pid, 24) AS pint) z
ORDER BY y.pid;

CREATE TABLE spree_log_entries (
  id bigserial PRIMARY KEY,
  source_type character varying,
  source_id bigint,
  details text,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO spree_log_entries (source_type, source_id, details, created_at, updated_at)
SELECT 'Spree::Payment', y.pid,
       CASE WHEN y.kind = 'card' THEN
         E'--- !ruby/object:ActiveMerchant::Billing::Response\nparams:\n  id: ' || sp.response_code || E'\n  object: payment_intent\n  amount: ' || (y.amount * 100)::int
         || E'\n  currency: eur\n  client_secret: ' || coalesce(sp.intent_client_key, sp.response_code || '_secret_' || fixture_gen.chars('pisec', y.pid, 25))
         || E'\n  customer: ' || coalesce(cc.gateway_customer_profile_id, '') || E'\n  receipt_email: ' || p.email
         || E'\n  status: ' || CASE WHEN y.state = 'failed' THEN 'requires_payment_method' ELSE 'succeeded' END
         || E'\n  charges:\n    data:\n    - id: ch_' || fixture_gen.chars('pch', y.pid, 24)
         || E'\n      billing_details:\n        address:\n          city: ' || sgen.ymls(a.city) || E'\n          country: ' || p.cc || E'\n          line1: ' || sgen.ymls(a.address1)
         || E'\n          postal_code: ''' || a.zipcode || E'''\n        email: ' || p.email || E'\n        name: ' || sgen.ymls(cc.name) || E'\n        phone: ' || sgen.ymls(a.phone)
         || E'\n      payment_method_details:\n        card:\n          brand: ' || cc.cc_type || E'\n          last4: ''' || cc.last_digits || E'''\n          exp_month: ' || cc.month || E'\n          exp_year: ' || cc.year
         || E'\nmessage: ' || CASE WHEN y.state = 'failed' THEN 'Your card was declined.' ELSE 'Transaction approved' END
         || E'\nsuccess: ' || (y.state <> 'failed')::text || E'\ntest: false\nauthorization: ' || sp.response_code
         || E'\nfraud_review:\nerror_code: ' || CASE WHEN y.state = 'failed' THEN 'card_declined' ELSE '' END
         || E'\nemv_authorization:\navs_result:\n  code: ' || coalesce(sp.avs_response, '') || E'\n  message:\n  street_match:\n  postal_match:\ncvv_result:\n  code: ' || coalesce(sp.cvv_response_code, '') || E'\n  message: ' || coalesce(sp.cvv_response_message, '') || E'\n'
       WHEN y.kind = 'pp' THEN
         E'--- !ruby/object:ActiveMerchant::Billing::PaypalExpressResponse\nparams:\n  timestamp: ''' || to_char(y.created, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || E'''\n  ack: Success\n  correlation_id: ' || lower(sgen.up('ppcor', y.pid, 13))
         || E'\n  version: ''204.0''\n  build: ''' || (50000000 + y.pid) || E'''\n  token: ' || (ps.private_metadata ->> 'express_token')
         || E'\n  PayerInfo:\n    Payer: ' || (ps.private_metadata ->> 'payer_email') || E'\n    PayerID: ' || ps.gateway_payment_profile_id || E'\n    PayerStatus: verified\n    PayerName:\n      FirstName: ' || sgen.ymls(p.first) || E'\n      LastName: ' || sgen.ymls(p.last)
         || E'\n    PayerCountry: ' || p.cc || E'\n  transaction_id: ' || coalesce(sp.response_code, '') || E'\n  gross_amount: ''' || y.amount || E'''\n  gross_amount_currency_id: EUR\n  payment_status: Completed\nmessage: Success\nsuccess: true\ntest: false\nauthorization: ' || coalesce(sp.response_code, '') || E'\n'
       ELSE
         E'--- !ruby/object:ActiveMerchant::Billing::Response\nparams:\n  order_id: ' || fixture_gen.uuid('klo', y.src) || E'\n  fraud_status: ACCEPTED\n  authorized_payment_method:\n    type: ' || fixture_gen.pick(ARRAY['invoice', 'fixed_amount', 'pay_later_by_card'], 'klm', y.src)
         || E'\nmessage: Klarna order created\nsuccess: true\ntest: false\nauthorization: ' || fixture_gen.uuid('klo', y.src) || E'\n' END,
       y.created + interval '3 seconds', y.created + interval '3 seconds'
FROM sgen.pay y JOIN spree_payments sp ON sp.id = y.pid JOIN sgen.p p ON p.i = y.pi JOIN sgen.o o ON o.o = y.o
LEFT JOIN spree_credit_cards cc ON cc.id = y.card LEFT JOIN spree_payment_sources ps ON ps.id = y.src LEFT JOIN spree_addresses a ON a.id = o.bill_aid
WHERE y.kind IN ('card', 'pp', 'kl') AND y.state <> 'checkout'
ORDER BY y.pid;

-- ---------------------------------------------------------------------------
-- Shipments.

CREATE TABLE spree_shipments (
  id bigserial PRIMARY KEY,
  tracking character varying,
  number character varying,
  cost numeric(10,2) DEFAULT 0.0,
  shipped_at timestamp without time zone,
  order_id bigint,
  address_id bigint,
  state character varying,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  stock_location_id bigint,
  adjustment_total numeric(10,2) DEFAULT 0.0,
  additional_tax_total numeric(10,2) DEFAULT 0.0,
  promo_total numeric(10,2) DEFAULT 0.0,
  included_tax_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  pre_tax_amount numeric(12,4) DEFAULT 0.0 NOT NULL,
  taxable_adjustment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  non_taxable_adjustment_total numeric(10,2) DEFAULT 0.0 NOT NULL,
  public_metadata jsonb,
  private_metadata jsonb
);
CREATE UNIQUE INDEX index_spree_shipments_on_number ON spree_shipments (number);
INSERT INTO spree_shipments (tracking, number, cost, shipped_at, order_id, address_id, state, created_at, updated_at, stock_location_id, adjustment_total, additional_tax_total, promo_total,
  included_tax_total, pre_tax_amount, taxable_adjustment_total, non_taxable_adjustment_total, public_metadata, private_metadata)
SELECT CASE WHEN st <> 'shipped' THEN NULL
            WHEN own THEN 'HWL-' || to_char(so.created_at, 'YYYY') || '-' || lpad((so.id * 10 + s)::text, 5, '0')
            ELSE CASE fixture_gen.n('shc', so.id * 10 + s, 3) WHEN 0 THEN 'CD' || fixture_gen.digits('shb', so.id * 10 + s, 9) || 'BE' WHEN 1 THEN 'JJD00' || fixture_gen.digits('shd', so.id * 10 + s, 16)
                 ELSE '3SHWD' || fixture_gen.digits('shp', so.id * 10 + s, 10) END END,
       'H' || fixture_gen.digits('shn', so.id * 10 + s, 11), CASE WHEN s = 1 THEN so.shipment_total ELSE 0 END,
       CASE WHEN st = 'shipped' THEN so.completed_at + make_interval(days => 2 + fixture_gen.n('shs', so.id, 30)) END,
       so.id, so.ship_address_id, st, so.created_at + interval '5 minutes', coalesce(so.completed_at, so.created_at) + make_interval(days => 3 + fixture_gen.n('shs', so.id, 30)),
       loc, 0, 0, 0, CASE WHEN s = 1 AND so.channel <> 'trade' THEN round(so.shipment_total * 21 / 121, 2) ELSE 0 END,
       CASE WHEN s = 1 AND so.channel <> 'trade' THEN round(so.shipment_total * 100 / 121, 4) WHEN s = 1 THEN so.shipment_total ELSE 0 END, 0, 0,
       CASE WHEN own AND so.id % 2 = 0 THEN jsonb_build_object('delivery_slot', to_char(so.completed_at + make_interval(days => (9 + so.id % 20)::int), 'YYYY-MM-DD') || CASE WHEN so.id % 4 = 0 THEN ' 08:00-12:00' ELSE ' 12:00-17:00' END, 'assembly', so.id % 3 = 0) END,
       CASE WHEN own AND st = 'shipped' THEN jsonb_build_object('crew', jsonb_build_array(fixture_gen.pick(ARRAY['Kwame Mensah', 'Piotr Nowak', 'Youssef Benali', 'Jonas Andersen'], 'shc1', so.id), fixture_gen.pick(ARRAY['Dmitri Petrov', 'Marco Rossi', 'Lucas Dubois'], 'shc2', so.id)),
                                                               'signed_by', CASE WHEN so.id % 5 = 0 THEN fixture_gen.full_name('shsig', so.id) ELSE a.firstname || ' ' || a.lastname END,
                                                               'pod_photo', 's3://hartwood-pod/' || to_char(so.completed_at, 'YYYY/MM') || '/' || so.number || '.jpg',
                                                               'driver_phone', '+32 470 55 ' || lpad((10 + so.id % 80)::text, 2, '0') || ' ' || lpad((so.id % 97)::text, 2, '0'))
            WHEN NOT own AND st = 'shipped' THEN jsonb_build_object('sendcloud_parcel_id', 180000000 + so.id * 37, 'carrier', 'sendcloud') END
FROM spree_orders so LEFT JOIN spree_addresses a ON a.id = so.ship_address_id
CROSS JOIN LATERAL generate_series(1, CASE WHEN so.id % 6 = 5 AND so.state = 'complete' THEN 2 ELSE 1 END) s
CROSS JOIN LATERAL (SELECT CASE WHEN s = 2 THEN 5 WHEN so.channel = 'showroom' THEN 2 + so.id % 2 WHEN so.store_id = 2 THEN 4 ELSE 1 END AS loc,
                           CASE WHEN so.state = 'canceled' THEN 'canceled' WHEN so.state IN ('delivery', 'payment') THEN 'pending' WHEN so.shipment_state IS NOT NULL THEN so.shipment_state ELSE 'shipped' END AS st,
                           so.item_total >= 500 AND s = 1 AND so.store_id <> 2 AS own) z
WHERE so.state NOT IN ('cart', 'address')
ORDER BY so.id, s;

-- ---------------------------------------------------------------------------
-- Promotions, reviews, store credits, gift cards, returns.

CREATE TABLE spree_promotions (
  id bigserial PRIMARY KEY,
  description character varying,
  expires_at timestamp without time zone,
  starts_at timestamp without time zone,
  name character varying,
  type character varying,
  usage_limit integer,
  match_policy character varying DEFAULT 'all',
  code character varying,
  advertise boolean DEFAULT false,
  path character varying,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  promotion_category_id bigint,
  public_metadata jsonb,
  private_metadata jsonb
);
INSERT INTO spree_promotions (description, expires_at, starts_at, name, type, usage_limit, match_policy, code, advertise, path, created_at, updated_at, promotion_category_id, public_metadata, private_metadata)
SELECT d, s + make_interval(days => len), s, n, NULL, lim, mp, c, adv, pth, s - interval '5 days', s + interval '2 days', cat,
       CASE WHEN adv THEN '{"banner": true}'::jsonb END, CASE WHEN r % 3 = 0 THEN jsonb_build_object('owner', 'marketing', 'budget_eur', 1000 * (1 + r % 7)) END
FROM (VALUES
 (1, 'Welkomstkorting voor nieuwsbriefabonnees', timestamp '2019-03-01', 3650, 'Welkom 10%', NULL::int, 'all', 'WELKOM10', false, NULL::text, 1),
 (2, 'Black Friday 2021: 15% op alles', '2021-11-26', 4, 'Black Friday 2021', NULL, 'all', 'BF2021', true, NULL, 2),
 (3, 'Black Friday 2022: 15% op alles', '2022-11-25', 4, 'Black Friday 2022', NULL, 'all', 'BF2022', true, NULL, 2),
 (4, 'Black Friday 2023: 20% op banken', '2023-11-24', 4, 'Black Friday 2023', NULL, 'any', 'BF2023', true, NULL, 2),
 (5, 'Wintersolden: tot 40% op showroommodellen', '2022-01-03', 31, 'Solden januari 2022', NULL, 'all', NULL, true, 'solden', 3),
 (6, 'Wintersolden: tot 40% op showroommodellen', '2023-01-03', 31, 'Solden januari 2023', NULL, 'all', NULL, true, 'solden', 3),
 (7, 'Wintersolden: tot 40% op showroommodellen', '2024-01-03', 31, 'Solden januari 2024', NULL, 'all', NULL, true, 'solden', 3),
 (8, 'Gratis levering vanaf 300 euro in België', '2021-06-01', 90, 'Gratis levering zomer', NULL, 'all', NULL, true, NULL, 4),
 (9, 'Introductiekorting voor nieuwe trade-accounts', '2020-09-02', 1500, 'Trade introductie', NULL, 'all', 'TRADE-INTRO', false, NULL, 5),
 (10, 'Openingsweekend showroom Antwerpen', '2021-09-10', 3, 'Opening Antwerpen', 500, 'all', 'KLOOSTERSTRAAT', true, NULL, 6),
 (11, 'Stalenbox terugbetaald bij bestelling', '2020-01-01', 3650, 'Stalenbox verrekend', NULL, 'all', 'STALEN15', false, NULL, 1),
 (12, 'Ardennen collectie lancering: 10% op eettafels', '2023-04-14', 21, 'Ardennen launch', NULL, 'all', 'ARDENNEN', true, 'ardennen', 3),
 (13, 'Kyoto collectie lancering', '2024-03-01', 21, 'Kyoto launch', NULL, 'all', 'KYOTO24', true, 'kyoto', 3),
 (14, 'Influencer-samenwerking (Instagram)', '2023-09-01', 60, 'Instagram najaar 2023', 200, 'all', 'WOONLIEFDE', false, NULL, 7),
 (15, 'Influencer-samenwerking (Pinterest)', '2024-02-01', 60, 'Pinterest voorjaar 2024', 200, 'all', 'PINHOME24', false, NULL, 7),
 (16, 'Gratis montage bij elke kast', '2022-09-01', 60, 'Gratis montage', NULL, 'any', NULL, true, NULL, 4),
 (17, 'Vaderdag: 10% op fauteuils', '2022-06-01', 12, 'Vaderdag 2022', NULL, 'all', 'VADERDAG', true, NULL, 3),
 (18, 'Moederdag: 10% op accessoires', '2023-05-01', 14, 'Moederdag 2023', NULL, 'all', 'MOEDERDAG', true, NULL, 3),
 (19, 'Personeelskorting', '2019-02-11', 3650, 'Personeel', NULL, 'all', 'HW-STAFF-30', false, NULL, 8),
 (20, 'Horeca project: extra 5% vanaf 50 stoelen', '2022-01-01', 1095, 'Horeca volume', NULL, 'all', NULL, false, NULL, 5),
 (21, 'Beurs Interieur Kortrijk 2022', '2022-10-14', 10, 'Interieur Kortrijk', 300, 'all', 'INTERIEUR22', false, NULL, 6),
 (22, 'Deutschland Launch: kostenlose Lieferung', '2021-05-03', 60, 'DE launch', NULL, 'all', 'HALLODE', true, NULL, 4),
 (23, 'Zomerkorting buitenmeubelen', '2024-06-01', 45, 'Zomer 2024', NULL, 'all', 'ZOMER24', true, NULL, 3),
 (24, 'Compensatie leveringsvertraging Venlo (mei 2024)', '2024-05-20', 60, 'Excuses vertraging', 150, 'all', 'SORRYVENLO', false, NULL, 1),
 (25, 'Black Friday 2024 (concept)', '2024-11-29', 4, 'Black Friday 2024', NULL, 'all', 'BF2024', false, NULL, 2)) t(r, d, s, len, n, lim, mp, c, adv, pth, cat);

CREATE TABLE spree_reviews (
  id bigserial PRIMARY KEY,
  product_id bigint,
  name character varying,
  location character varying,
  rating integer,
  title text,
  review text,
  approved boolean DEFAULT false,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  user_id bigint,
  ip_address character varying,
  locale character varying DEFAULT 'en',
  show_identifier boolean DEFAULT true
);
INSERT INTO spree_reviews (product_id, name, location, rating, title, review, approved, created_at, updated_at, user_id, ip_address, locale, show_identifier)
SELECT 1 + fixture_gen.n('rvp', r, 78), 
       CASE fixture_gen.n('rvn', r, 6) WHEN 0 THEN p.first || ' ' || left(p.last, 1) || '.' WHEN 1 THEN p.first WHEN 2 THEN 'Anoniem' WHEN 3 THEN fixture_gen.ascii(p.first) || (r % 90) ELSE p.first || ' ' || p.last END,
       CASE WHEN r % 5 = 0 THEN NULL WHEN r % 7 = 0 THEN '' ELSE p.city END,
       rt, tt,
       CASE fixture_gen.n('rvt', r, 14)
         WHEN 0 THEN 'Prachtige tafel, het eiken is nog mooier dan op de foto''s. De levering door Kwame en Piotr verliep vlot en ze hebben alles netjes gemonteerd.'
         WHEN 1 THEN 'Zit heerlijk, maar de kleur is iets donkerder dan verwacht.'
         WHEN 2 THEN 'Mijn man ' || fixture_gen.first_name('rvh', r) || ' heeft hem in twintig minuten gemonteerd. Stevig en mooi afgewerkt.'
         WHEN 3 THEN 'Great quality and fast delivery to Antwerp. Would buy again.'
         WHEN 4 THEN 'Leider kam der Tisch mit einem Kratzer an, der Kundenservice hat aber sofort reagiert.'
         WHEN 5 THEN 'Très belle qualité, livraison soignée. Le montage prend une heure.'
         WHEN 6 THEN 'Na drie maanden begint de stof al te pluizen. Jammer voor deze prijs.'
         WHEN 7 THEN 'Wie vragen heeft over hoe hij staat in een kleine living mag me bellen: ' || p.phone || ' (' || p.first || ').'
         WHEN 8 THEN 'Perfect voor ons appartement in de ' || sgen.street(p.cc, 'rvs', r) || ', past precies in de nis.'
         WHEN 9 THEN 'Lovely piece. The assembly instructions could be clearer.'
         WHEN 10 THEN 'Sehr bequem, die Kinder lieben ihn.'
         WHEN 11 THEN 'Goed, maar de levertijd was acht weken in plaats van vier.'
         WHEN 12 THEN 'Superbe, nous l''avons offert à nos amis ' || fixture_gen.first_name('rvf', r) || ' et ' || fixture_gen.first_name('rvg', r) || ' pour leur mariage.'
         ELSE 'Precies wat we zochten.' END,
       r % 9 <> 0, sgen.at('rvc', r, '2019-06-01', '2024-09-25'), sgen.at('rvc', r, '2019-06-01', '2024-09-25') + interval '1 day',
       CASE WHEN r % 6 = 0 THEN NULL ELSE p.i END, CASE WHEN r % 3 = 0 THEN fixture_gen.ipv6('rvip', r) ELSE p.ip END,
       CASE p.locale WHEN 'de' THEN 'de' WHEN 'fr' THEN 'fr' WHEN 'en' THEN 'en' ELSE 'nl' END, fixture_gen.n('rvn', r, 6) <> 2
FROM generate_series(1, 150) r
JOIN sgen.p p ON p.i = 37 + fixture_gen.n('rvu', r, 94)
CROSS JOIN LATERAL (SELECT (ARRAY[5, 5, 5, 4, 4, 4, 3, 2, 1, 5])[1 + fixture_gen.n('rvr', r, 10)] AS rt) x
CROSS JOIN LATERAL (SELECT CASE rt WHEN 5 THEN fixture_gen.pick(ARRAY['Prachtig!', 'Top kwaliteit', 'Love it', 'Sehr zufrieden', 'Parfait'], 'rvtt', r) WHEN 4 THEN fixture_gen.pick(ARRAY['Mooi, kleine minpunten', 'Very nice', 'Gut'], 'rvtt', r)
                                   WHEN 3 THEN 'Gemengde gevoelens' WHEN 2 THEN 'Teleurgesteld' ELSE 'Niet opnieuw' END AS tt) y
ORDER BY r;
UPDATE spree_products pr SET avg_rating = round(x.avg, 5), reviews_count = x.cnt
FROM (SELECT product_id, avg(rating) AS avg, count(*)::int AS cnt FROM spree_reviews WHERE approved GROUP BY product_id) x WHERE x.product_id = pr.id;

CREATE TABLE spree_store_credits (
  id bigserial PRIMARY KEY,
  user_id bigint,
  category_id bigint,
  created_by_id bigint,
  amount numeric(8,2) DEFAULT 0.0 NOT NULL,
  amount_used numeric(8,2) DEFAULT 0.0 NOT NULL,
  memo text,
  deleted_at timestamp without time zone,
  currency character varying,
  amount_authorized numeric(8,2) DEFAULT 0.0 NOT NULL,
  originator_id bigint,
  originator_type character varying,
  type_id bigint,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  store_id bigint,
  public_metadata jsonb,
  private_metadata jsonb
);
INSERT INTO spree_store_credits (user_id, category_id, created_by_id, amount, amount_used, memo, deleted_at, currency, amount_authorized, originator_id, originator_type, type_id,
  created_at, updated_at, store_id, public_metadata, private_metadata)
SELECT p.i, cat, 1 + fixture_gen.n('scb', s, 4), amt, CASE WHEN s % 3 = 0 THEN amt WHEN s % 3 = 1 THEN round(amt / 2, 2) ELSE 0 END,
       CASE fixture_gen.n('scm', s, 8)
         WHEN 0 THEN 'Goodwill: kras op het tafelblad bij levering.'
         WHEN 1 THEN 'Klant ' || p.first || ' ' || p.last || ' wil tegoed in plaats van terugstorting voor de geretourneerde stoelen.'
         WHEN 2 THEN 'Compensatie late levering, klant belde drie keer (' || p.phone || ').'
         WHEN 3 THEN 'Cadeaubon ingewisseld'
         WHEN 4 THEN ''
         WHEN 5 THEN 'Goodwill after the delivery crew damaged the door frame at ' || p.street || '.'
         WHEN 6 THEN NULL
         ELSE 'Restbedrag retour, zie mail van ' || lower(fixture_gen.ascii(p.first)) || ' van ' || to_char(sgen.at('scc', s, '2021-01-01', '2024-09-01'), 'DD/MM') || '.' END,
       CASE WHEN s % 19 = 0 THEN timestamp '2024-06-30 10:00:00' END, 'EUR', CASE WHEN s % 11 = 0 THEN 25 ELSE 0 END,
       CASE WHEN cat = 3 THEN 1 + s % 40 ELSE 1 + fixture_gen.n('scb', s, 4) END, CASE WHEN cat = 3 THEN 'Spree::GiftCard' ELSE 'Spree::User' END,
       CASE WHEN s % 4 = 0 THEN 2 ELSE 1 END,
       sgen.at('scc', s, '2021-01-01', '2024-09-01'), sgen.at('scc', s, '2021-01-01', '2024-09-01') + interval '3 days',
       CASE WHEN p.cc IN ('DE', 'FR') THEN 2 ELSE 1 END,
       NULL, CASE WHEN s % 5 = 0 THEN jsonb_build_object('zendesk_ticket', 40000 + s * 13) END
FROM generate_series(1, 60) s
JOIN sgen.p p ON p.i = CASE WHEN s % 6 = 0 THEN 7 + fixture_gen.n('scu', s, 30) ELSE 37 + fixture_gen.n('scu', s, 94) END
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 2, 2, 3])[1 + fixture_gen.n('scat', s, 5)] AS cat, (ARRAY[25, 50, 50, 75, 100, 150, 240])[1 + fixture_gen.n('sca', s, 7)]::numeric AS amt) x
ORDER BY s;

CREATE TABLE spree_gift_cards (
  id serial PRIMARY KEY,
  variant_id integer NOT NULL,
  line_item_id integer,
  email character varying,
  name character varying,
  sender_email character varying,
  sender_name character varying,
  note text,
  code character varying NOT NULL,
  sent_at timestamp without time zone,
  delivery_on timestamp without time zone,
  current_value numeric(8,2) NOT NULL,
  original_value numeric(8,2) NOT NULL,
  enabled boolean DEFAULT false,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL
);
CREATE UNIQUE INDEX index_spree_gift_cards_on_code ON spree_gift_cards (code);
INSERT INTO spree_gift_cards (variant_id, line_item_id, email, name, sender_email, sender_name, note, code, sent_at, delivery_on, current_value, original_value, enabled, created_at, updated_at)
SELECT coalesce(li.variant_id, 208 + fixture_gen.n('gcv', g, 3)), li.id,
       CASE WHEN g % 10 = 7 THEN NULL ELSE fixture_gen.email('gcr', g) END,
       CASE WHEN g % 10 = 7 THEN NULL WHEN g % 4 = 0 THEN fixture_gen.first_name('gcr', g) ELSE fixture_gen.full_name('gcr', g) END,
       s.email, CASE WHEN g % 5 = 0 THEN s.first ELSE s.first || ' ' || s.last END,
       CASE fixture_gen.n('gcn', g, 9)
         WHEN 0 THEN 'Gelukkige verjaardag! Veel liefs, ' || s.first
         WHEN 1 THEN 'Voor jullie nieuwe thuis in de ' || sgen.street(s.cc, 'gcs', g) || '. Proficiat!'
         WHEN 2 THEN 'Happy housewarming!'
         WHEN 3 THEN ''
         WHEN 4 THEN NULL
         WHEN 5 THEN 'Proficiat met jullie huwelijk, ' || fixture_gen.first_name('gcr', g) || ' en ' || fixture_gen.first_name('gcp', g) || '! ' || s.first || ' & ' || fixture_gen.first_name('gcq', g)
         WHEN 6 THEN 'Alles Gute zum Geburtstag, von ' || s.first || ' und den Kindern'
         WHEN 7 THEN 'Bedankt voor alles, collega! Het team van ' || fixture_gen.pick(ARRAY['Delta Advocaten', 'Archipel Architecten', 'Coworking De Loods'], 'gct', g)
         ELSE 'Pour ta nouvelle maison. Bisous, ' || s.first END,
       upper(fixture_gen.hexn('gccode', g, 16)),
       CASE WHEN g % 8 <> 3 THEN created + make_interval(days => fixture_gen.n('gcd', g, 20)) END,
       created + make_interval(days => fixture_gen.n('gcd', g, 20)),
       CASE WHEN g % 3 = 0 THEN 0 WHEN g % 3 = 1 THEN orig ELSE round(orig * 0.4, 2) END, orig, g % 8 <> 3,
       created, created + interval '1 hour'
FROM generate_series(1, 80) g
LEFT JOIN (SELECT l.id, l.variant_id, l.order_id, row_number() OVER (ORDER BY l.id) AS rn FROM spree_line_items l WHERE l.variant_id >= 208) li ON li.rn = g
LEFT JOIN spree_orders so ON so.id = li.order_id
JOIN sgen.p s ON s.i = coalesce((SELECT o.pi FROM sgen.o o WHERE o.o = li.order_id), 37 + fixture_gen.n('gcsu', g, 134))
CROSS JOIN LATERAL (SELECT coalesce(so.completed_at, sgen.at('gcc', g, '2020-11-20', '2024-09-10')) AS created,
                           (ARRAY[50, 100, 250, 100, 150])[1 + fixture_gen.n('gco', g, 5)]::numeric AS orig) x
ORDER BY g;

CREATE TABLE spree_return_authorizations (
  id bigserial PRIMARY KEY,
  number character varying,
  state character varying,
  order_id bigint,
  memo text,
  created_at timestamp without time zone,
  updated_at timestamp without time zone,
  stock_location_id bigint,
  return_authorization_reason_id bigint
);
INSERT INTO spree_return_authorizations (number, state, order_id, memo, created_at, updated_at, stock_location_id, return_authorization_reason_id)
SELECT 'RA' || fixture_gen.digits('ranum', r, 9), CASE WHEN so.state = 'returned' THEN 'received' WHEN r % 5 = 0 THEN 'canceled' ELSE 'authorized' END, so.id,
       CASE fixture_gen.n('ram', r, 8)
         WHEN 0 THEN 'Poot van de stoel gebarsten. Ophaling afgesproken met ' || a.firstname || ' op ' || a.phone || '.'
         WHEN 1 THEN 'Kleur past niet in het interieur, ongebruikt in originele verpakking.'
         WHEN 2 THEN 'Customer changed her mind.'
         WHEN 3 THEN ''
         WHEN 4 THEN 'Levering aan verkeerd adres (' || a.address1 || ' i.p.v. nr. ' || (1 + r % 40) || '), buurvrouw ' || fixture_gen.full_name('ran', r) || ' heeft het pakket.'
         WHEN 5 THEN NULL
         WHEN 6 THEN 'Stof pluist na twee weken, foto''s ontvangen via WhatsApp van ' || sgen.phone('BE', 'raw', r) || '.'
         ELSE 'Transport damage, see POD.' END,
       so.completed_at + make_interval(days => 10 + r % 20), so.completed_at + make_interval(days => 15 + r % 20),
       CASE WHEN so.store_id = 2 THEN 4 ELSE 1 END, 1 + fixture_gen.n('rar', r, 5)
FROM generate_series(1, 40) r
JOIN spree_orders so ON so.id = (SELECT id FROM spree_orders WHERE state IN ('returned', 'complete') ORDER BY (state = 'returned') DESC, md5('ra' || id) LIMIT 1 OFFSET r - 1)
LEFT JOIN spree_addresses a ON a.id = so.ship_address_id
ORDER BY r;

-- ---------------------------------------------------------------------------
-- API: Doorkeeper's OAuth tables, webhooks; wishlists.

CREATE TABLE spree_oauth_applications (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  uid character varying NOT NULL,
  secret character varying NOT NULL,
  redirect_uri text NOT NULL,
  scopes character varying DEFAULT '' NOT NULL,
  confidential boolean DEFAULT true NOT NULL,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_spree_oauth_applications_on_uid ON spree_oauth_applications (uid);
INSERT INTO spree_oauth_applications (id, name, uid, secret, redirect_uri, scopes, confidential, created_at, updated_at)
SELECT id, n, sgen.b64url('oau', id, 32), sgen.b64url('oas', id, 32), ru, sc, conf, c, c + interval '12 days'
FROM (VALUES
 (1, 'Admin Panel', 'urn:ietf:wg:oauth:2.0:oob', 'admin', true, timestamp '2021-02-01 10:00:00'),
 (2, 'Hartwood storefront (Next.js)', 'https://hartwood.be/api/auth/callback', 'read write', false, '2022-04-11 09:30:00'),
 (3, 'Odoo boekhouding connector', 'urn:ietf:wg:oauth:2.0:oob', 'admin', true, '2021-06-14 14:00:00'),
 (4, 'Sendcloud', 'https://panel.sendcloud.sc/shops/spree/callback', 'admin', true, '2021-09-01 11:20:00'),
 (5, 'Zapier', 'https://zapier.com/dashboard/auth/oauth/return/App143982CLIAPI/', 'admin', true, '2022-10-03 16:45:00'),
 (6, 'Showroom iPad POS', 'urn:ietf:wg:oauth:2.0:oob', 'admin', true, '2023-02-20 09:00:00')) v(id, n, ru, sc, conf, c);

CREATE TABLE spree_oauth_access_tokens (
  id bigserial PRIMARY KEY,
  resource_owner_id bigint,
  application_id bigint,
  token character varying NOT NULL,
  refresh_token character varying,
  expires_in integer,
  revoked_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  scopes character varying,
  previous_refresh_token character varying DEFAULT '' NOT NULL,
  resource_owner_type character varying
);
CREATE UNIQUE INDEX index_spree_oauth_access_tokens_on_token ON spree_oauth_access_tokens (token);
INSERT INTO spree_oauth_access_tokens (resource_owner_id, application_id, token, refresh_token, expires_in, revoked_at, created_at, scopes, previous_refresh_token, resource_owner_type)
SELECT CASE WHEN app IN (3, 4, 5) THEN NULL WHEN app IN (1, 6) THEN 1 + t % 6 ELSE 7 + fixture_gen.n('otu', t, 124) END,
       CASE WHEN app = 0 THEN NULL ELSE app END,
       sgen.b64url('ott', t, 32), CASE WHEN app IN (3, 4, 5) THEN NULL ELSE sgen.b64url('otr', t, 32) END,
       CASE WHEN app IN (3, 4, 5) THEN 7200 ELSE 2592000 END,
       CASE WHEN t % 4 = 0 THEN c + interval '6 hours' END, c,
       CASE WHEN app IN (1, 3, 4, 5, 6) THEN 'admin' ELSE '' END,
       CASE WHEN t % 5 = 2 AND app NOT IN (3, 4, 5) THEN sgen.b64url('otp', t, 32) ELSE '' END,
       CASE WHEN app IN (3, 4, 5) THEN NULL ELSE 'Spree::User' END
FROM generate_series(1, 160) t
CROSS JOIN LATERAL (SELECT (ARRAY[0, 0, 0, 0, 2, 2, 2, 1, 3, 4, 5, 6])[1 + fixture_gen.n('ota', t, 12)] AS app, sgen.at('otc', t, '2022-01-01', '2024-09-28') AS c) x
ORDER BY c, t;

CREATE TABLE spree_webhooks_subscribers (
  id bigserial PRIMARY KEY,
  url character varying NOT NULL,
  active boolean DEFAULT false,
  subscriptions jsonb,
  created_at timestamp(6) without time zone NOT NULL,
  updated_at timestamp(6) without time zone NOT NULL,
  secret_key character varying NOT NULL
);
INSERT INTO spree_webhooks_subscribers (url, active, subscriptions, created_at, updated_at, secret_key) VALUES
 ('https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', 1, 7) || '/' || lower(fixture_gen.chars('whz', 1, 7)) || '/', true, '["order.placed", "order.paid"]', '2022-10-03 17:00:00', '2024-01-10 09:00:00', fixture_gen.hexn('whs', 1, 64)),
 ('https://odoo.hartwood.be/spree/webhook?db=hartwood&token=' || fixture_gen.hexn('who', 2, 40), true, '["order.paid", "order.canceled", "order.resumed"]', '2021-06-14 14:30:00', '2023-08-01 10:00:00', fixture_gen.hexn('whs', 2, 64)),
 ('https://automation:' || fixture_gen.chars('whp', 3, 18) || '@n8n.hartwood.be/webhook/spree-orders', true, '["order.placed", "shipment.shipped"]', '2023-03-08 08:10:00', '2024-05-02 12:00:00', fixture_gen.hexn('whs', 3, 64)),
 ('https://hooks.slack.com/services/T0' || sgen.up('whst', 4, 8) || '/B0' || sgen.up('whsb', 4, 8) || '/' || fixture_gen.chars('whsx', 4, 24), true, '["order.canceled", "product.out_of_stock"]', '2022-02-14 10:00:00', '2022-02-14 10:00:00', fixture_gen.hexn('whs', 4, 64)),
 ('https://webhook.site/' || fixture_gen.uuid('whw', 5), false, '["*"]', '2021-05-20 15:00:00', '2021-05-21 09:00:00', fixture_gen.hexn('whs', 5, 64)),
 ('https://api.hartwood.be/internal/stock-sync', true, '["product.back_in_stock", "product.out_of_stock", "variant.back_in_stock", "variant.out_of_stock"]', '2023-10-02 09:00:00', '2024-02-20 11:00:00', fixture_gen.hexn('whs', 6, 64));

CREATE TABLE spree_wishlists (
  id bigserial PRIMARY KEY,
  user_id bigint,
  store_id bigint,
  name character varying,
  token character varying NOT NULL,
  is_private boolean DEFAULT true NOT NULL,
  is_default boolean DEFAULT false NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL
);
CREATE UNIQUE INDEX index_spree_wishlists_on_token ON spree_wishlists (token);
INSERT INTO spree_wishlists (user_id, store_id, name, token, is_private, is_default, created_at, updated_at)
SELECT p.i, CASE WHEN p.kind = 'trade' THEN 3 WHEN p.cc IN ('DE', 'FR') THEN 2 ELSE 1 END,
       CASE fixture_gen.n('wln', w, 8)
         WHEN 0 THEN 'Wishlist' WHEN 1 THEN 'Woonkamer' WHEN 2 THEN 'Huwelijkslijst ' || p.first || ' & ' || fixture_gen.first_name('wlp', w)
         WHEN 3 THEN 'Babykamer ' || fixture_gen.first_name('wlb', w) WHEN 4 THEN CASE WHEN p.kind = 'trade' THEN 'Project ' || p.company ELSE 'Nieuw huis' END
         WHEN 5 THEN 'Wunschliste' WHEN 6 THEN 'Verjaardag ' || p.first || ' ' || (30 + w % 40) ELSE 'Mijn wensenlijst' END,
       fixture_gen.chars('wlt', w, 24, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'),
       fixture_gen.n('wln', w, 8) NOT IN (2, 3, 6), w % 3 = 0,
       sgen.at('wlc', w, '2021-01-01', '2024-09-01'), sgen.at('wlc', w, '2021-01-01', '2024-09-01') + interval '9 days'
FROM generate_series(1, 60) w
JOIN sgen.p p ON p.i = 7 + fixture_gen.n('wlu', w, 124)
ORDER BY w;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
