-- classify-eval fixture (HOLDOUT 18: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Medusa 2 headless-commerce backend on PostgreSQL, in the naming its
-- MikroORM module migrations and link tables create (snake_case tables in
-- public, text primary keys with type prefixes and ULIDs such as
-- cus_01H..., jsonb metadata and raw_* BigNumber JSON everywhere,
-- timestamptz created_at/updated_at/deleted_at), a subset of its tables with
-- their real columns and types. The shop: Fjordlight, a Berlin maker of
-- lamps and homeware that also sells handmade pieces shipped straight from
-- makers' home studios, to customers in Germany, the UK, France, the
-- Netherlands, Sweden, Poland, Spain, Italy, Finland and the US.
-- Customers (guests and accounts, some trade customers with a company and a
-- VAT id) with metadata holding birthdays and alternate phones; their
-- addresses with labels that name relatives and delivery instructions;
-- carts and orders with emails, gift messages and checkout IPs and user
-- agents; cart, order and fulfillment addresses; line items with engraving
-- texts; order changes whose internal notes and action details keep old and
-- new addresses and emails; returns, claims with customers' photos and
-- notes; payment collections, sessions and payments whose data JSON holds
-- Stripe PaymentIntents with client secrets; payment contexts with the
-- customer's email; refunds with staff notes; account holders as Stripe
-- customers; fulfillments with Sendcloud parcel JSON, tracking numbers and
-- presigned label URLs; notifications whose `to` is an email or a phone and
-- whose data carries order payloads and password-reset links; auth and
-- provider identities (emailpass scrypt hashes, Google subjects and
-- profiles); admin users, invites with JWT tokens, publishable and secret
-- API keys (hashed, salted, redacted); promotions and campaign budgets
-- counted per customer email; stock locations, some of them makers' homes;
-- workflow executions whose context JSON keeps inputs (addresses, emails,
-- reset tokens and the JWT secret); saved admin views. The catalogue
-- (products, variants, regions, sales channels, return reasons) holds
-- nothing personal, though several products carry people's first names.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA mgen;

-- id: a Medusa id, the prefix and a ULID (26 Crockford base32 characters).
CREATE FUNCTION mgen.id(prefix text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT prefix || '_01' || fixture_gen.pick(ARRAY['H', 'J'], 'ulidt' || prefix, i)
      || fixture_gen.chars('ulid' || prefix, i, 23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
$$;

-- rnd: random-looking alphanumerics; hx: lower-case hex.
CREATE FUNCTION mgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

CREATE FUNCTION mgen.b64url(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(s, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;

-- hs256: a JWT as Medusa's auth module signs it (HS256), claims given.
CREATE FUNCTION mgen.hs256(claims text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT mgen.b64url('{"alg":"HS256","typ":"JWT"}') || '.' || mgen.b64url(claims) || '.'
      || fixture_gen.chars(tag, i, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
$$;

-- at: a time between two bounds.
CREATE FUNCTION mgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- raw: Medusa's BigNumber JSON of an amount.
CREATE FUNCTION mgen.raw(v numeric) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_build_object('value', v::text, 'precision', 20) $$;

-- Country-specific address parts and phones.
CREATE FUNCTION mgen.city(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Freiburg im Breisgau', 'Münster'], tag, i)
    WHEN 'gb' THEN fixture_gen.pick(ARRAY['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Brighton', 'Cardiff'], tag, i)
    WHEN 'fr' THEN fixture_gen.pick(ARRAY['Paris', 'Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Toulouse'], tag, i)
    WHEN 'nl' THEN fixture_gen.pick(ARRAY['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Eindhoven'], tag, i)
    WHEN 'se' THEN fixture_gen.pick(ARRAY['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'], tag, i)
    WHEN 'pl' THEN fixture_gen.pick(ARRAY['Warszawa', 'Kraków', 'Wrocław', 'Gdańsk', 'Poznań'], tag, i)
    WHEN 'es' THEN fixture_gen.pick(ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao'], tag, i)
    WHEN 'it' THEN fixture_gen.pick(ARRAY['Milano', 'Torino', 'Bologna', 'Firenze', 'Roma'], tag, i)
    WHEN 'fi' THEN fixture_gen.pick(ARRAY['Helsinki', 'Espoo', 'Tampere', 'Turku'], tag, i)
    ELSE fixture_gen.pick(ARRAY['Brooklyn', 'Portland', 'Austin', 'Chicago', 'San Francisco', 'Seattle', 'Denver'], tag, i) END
$$;

CREATE FUNCTION mgen.province(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'us' THEN fixture_gen.pick(ARRAY['us-ny', 'us-or', 'us-tx', 'us-il', 'us-ca', 'us-wa', 'us-co'], tag, i)
    WHEN 'es' THEN fixture_gen.pick(ARRAY['es-m', 'es-b', 'es-v', 'es-se', 'es-bi'], tag, i)
    WHEN 'it' THEN fixture_gen.pick(ARRAY['it-mi', 'it-to', 'it-bo', 'it-fi', 'it-rm'], tag, i)
    WHEN 'de' THEN CASE WHEN fixture_gen.n(tag || 'p', i, 3) = 0 THEN fixture_gen.pick(ARRAY['de-be', 'de-hh', 'de-by', 'de-nw', 'de-sn'], tag, i) END
    WHEN 'gb' THEN CASE WHEN fixture_gen.n(tag || 'p', i, 4) = 0 THEN fixture_gen.pick(ARRAY['Greater London', 'West Yorkshire', 'Bristol', 'Lothian'], tag, i) END
    ELSE NULL END
$$;

CREATE FUNCTION mgen.postcode(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'gb' THEN fixture_gen.pick(ARRAY['E8', 'N16', 'M20', 'LS6', 'BS3', 'EH7', 'BN2', 'CF24', 'SW9'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'nl' THEN (1000 + fixture_gen.n(tag, i, 8999))::text || ' ' || fixture_gen.chars(tag || 'l', i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
    WHEN 'se' THEN (100 + fixture_gen.n(tag, i, 880))::text || ' ' || fixture_gen.digits(tag || 's', i, 2)
    WHEN 'pl' THEN fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'us' THEN fixture_gen.digits(tag, i, 5)
    ELSE (10000 + fixture_gen.n(tag, i, 89999))::text END
$$;

CREATE FUNCTION mgen.street(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Lychener Straße', 'Kastanienallee', 'Bergmannstraße', 'Eppendorfer Weg', 'Schanzenstraße', 'Aachener Straße', 'Karl-Liebknecht-Straße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text
    WHEN 'gb' THEN (1 + fixture_gen.n(tag || 'n', i, 220))::text || ' ' || fixture_gen.pick(ARRAY['Mare Street', 'Stoke Newington Church Street', 'Burton Road', 'Cardigan Road', 'North Street', 'Leith Walk', 'Albion Road'], tag, i)
    WHEN 'fr' THEN (1 + fixture_gen.n(tag || 'n', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue Oberkampf', 'rue de la Croix-Rousse', 'quai de la Fosse', 'cours Victor Hugo', 'rue Gambetta'], tag, i)
    WHEN 'nl' THEN fixture_gen.pick(ARRAY['Ferdinand Bolstraat', 'Oudegracht', 'Witte de Withstraat', 'Prinsegracht', 'Stratumseind'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 200))::text || fixture_gen.pick(ARRAY['', '', '-II', 'A', '-huis'], tag || 'h', i)
    WHEN 'se' THEN fixture_gen.pick(ARRAY['Götgatan', 'Linnégatan', 'Möllevångsgatan', 'Svartbäcksgatan'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Marszałkowska', 'Józefa', 'Świętego Marcina', 'Długa', 'Piotrkowska'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 120))::text || '/' || (1 + fixture_gen.n(tag || 'm', i, 40))::text
    WHEN 'es' THEN fixture_gen.pick(ARRAY['Calle de Fuencarral', 'Carrer de Verdi', 'Calle Feria', 'Carrer de Blanqueria'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 150))::text
    WHEN 'it' THEN fixture_gen.pick(ARRAY['Via Padova', 'Corso Vittorio Emanuele', 'Via del Pratello', 'Via dei Serragli'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 150))::text
    WHEN 'fi' THEN fixture_gen.pick(ARRAY['Fleminginkatu', 'Hämeenkatu', 'Aurakatu', 'Kalevankatu'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 60))::text || ' ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], tag || 'b', i) || ' ' || (1 + fixture_gen.n(tag || 'a', i, 40))::text
    ELSE (10 + fixture_gen.n(tag || 'n', i, 4900))::text || ' ' || fixture_gen.pick(ARRAY['Bedford Ave', 'NE Alberta St', 'S Congress Ave', 'W Armitage Ave', 'Valencia St', 'Pike St'], tag, i) END
$$;

CREATE FUNCTION mgen.street2(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 7)
    WHEN 0 THEN CASE cc WHEN 'us' THEN 'Apt ' || (1 + fixture_gen.n(tag || 'a', i, 30))::text || fixture_gen.pick(ARRAY['A', 'B', 'F', 'R'], tag, i) WHEN 'gb' THEN 'Flat ' || (1 + fixture_gen.n(tag || 'a', i, 12))::text ELSE NULL END
    WHEN 1 THEN 'c/o ' || fixture_gen.full_name(tag || 'co', i)
    WHEN 2 THEN CASE cc WHEN 'de' THEN 'Hinterhaus, 3. OG' WHEN 'fr' THEN 'Bâtiment B, 2e étage' WHEN 'es' THEN '3º 2ª' WHEN 'it' THEN 'scala C, interno 7' ELSE 'Unit ' || (1 + fixture_gen.n(tag || 'a', i, 20))::text END
    ELSE NULL END
$$;

CREATE FUNCTION mgen.phone(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'de' THEN CASE WHEN i % 3 = 0 THEN '0' || fixture_gen.pick(ARRAY['151', '160', '176', '172'], tag, i) || ' ' || fixture_gen.digits(tag, i, 8) ELSE '+49 ' || fixture_gen.pick(ARRAY['151', '160', '176', '30'], tag, i) || ' ' || fixture_gen.digits(tag, i, 8) END
    WHEN 'gb' THEN CASE WHEN i % 2 = 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) ELSE '+447' || fixture_gen.digits(tag, i, 9) END
    WHEN 'fr' THEN '+33 ' || fixture_gen.pick(ARRAY['6', '7'], tag, i) || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2)
    WHEN 'nl' THEN '06-' || fixture_gen.digits(tag, i, 8)
    WHEN 'se' THEN '+46 7' || fixture_gen.digits(tag, i, 1) || '-' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'pl' THEN '+48 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 3)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 3)
    WHEN 'it' THEN '+39 3' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 7)
    WHEN 'fi' THEN '+358 40 ' || fixture_gen.digits(tag, i, 7)
    ELSE CASE WHEN i % 2 = 0 THEN '(' || (201 + fixture_gen.n(tag, i, 700))::text || ') ' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '-' || fixture_gen.digits(tag, i, 4) ELSE '+1' || (201 + fixture_gen.n(tag, i, 700))::text || (200 + fixture_gen.n(tag || 'x', i, 700))::text || fixture_gen.digits(tag, i, 4) END END
$$;

CREATE FUNCTION mgen.country_name(cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'de' THEN 'Germany' WHEN 'gb' THEN 'United Kingdom' WHEN 'fr' THEN 'France' WHEN 'nl' THEN 'Netherlands' WHEN 'se' THEN 'Sweden'
    WHEN 'pl' THEN 'Poland' WHEN 'es' THEN 'Spain' WHEN 'it' THEN 'Italy' WHEN 'fi' THEN 'Finland' WHEN 'pt' THEN 'Portugal' ELSE 'United States' END
$$;

-- People: 1-300 the shop's customers (cultures mixed across countries).
-- Every 9th has a trade account with a company; every 4th checked out as a
-- guest only.
CREATE TABLE mgen.p (i int PRIMARY KEY, cc text, first text, last text, email text, phone text, company text, vat text,
  has_account boolean, street text, street2 text, city text, province text, pc text, created timestamptz, birthday date, ua text, ip text);
INSERT INTO mgen.p
SELECT i, cc, f, l,
       CASE fixture_gen.n('pem', i, 5)
         WHEN 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l)
         WHEN 1 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (i % 90 + 10)::text
         WHEN 2 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l)
         WHEN 3 THEN fixture_gen.ascii(l) || '_' || fixture_gen.ascii(f)
         ELSE fixture_gen.ascii(f) || '.' || substr(fixture_gen.ascii(l), 1, 1) || (1960 + i % 45)::text END
       || '@' || CASE WHEN i % 9 = 0 THEN fixture_gen.ascii(co) || '.example'
                 ELSE CASE cc WHEN 'de' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 'posteo.de', 'gmail.com', 't-online.de'], 'pd', i)
                              WHEN 'gb' THEN fixture_gen.pick(ARRAY['gmail.com', 'btinternet.com', 'outlook.com', 'icloud.com'], 'pd', i)
                              WHEN 'fr' THEN fixture_gen.pick(ARRAY['orange.fr', 'free.fr', 'gmail.com', 'laposte.net'], 'pd', i)
                              WHEN 'nl' THEN fixture_gen.pick(ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com'], 'pd', i)
                              WHEN 'pl' THEN fixture_gen.pick(ARRAY['wp.pl', 'onet.pl', 'gmail.com'], 'pd', i)
                              WHEN 'us' THEN fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'icloud.com', 'hey.com'], 'pd', i)
                              ELSE fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'outlook.com', 'libero.it', 'hotmail.es', 'luukku.com'], 'pd', i) END END,
       mgen.phone(cc, 'pph', i),
       CASE WHEN i % 9 = 0 THEN co END,
       CASE WHEN i % 9 = 0 AND cc IN ('de', 'fr') THEN fixture_gen.vat('pvat', i) WHEN i % 9 = 0 AND cc = 'gb' THEN 'GB' || fixture_gen.digits('pvat', i, 9) END,
       i % 4 <> 1,
       mgen.street(cc, 'pst', i), mgen.street2(cc, 'ps2', i), mgen.city(cc, 'pci', i), mgen.province(cc, 'ppr', i), mgen.postcode(cc, 'ppc', i),
       mgen.at('pcr', i, '2023-09-01', '2025-03-01'),
       CASE WHEN i % 3 = 0 THEN fixture_gen.birth_date('pbd', i) END,
       fixture_gen.pick(ARRAY[
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
         'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
         'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
         'Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36'], 'pua', i),
       CASE WHEN i % 5 = 0 THEN fixture_gen.ipv6('pip', i) ELSE fixture_gen.ipv4('pip', i) END
FROM (SELECT i, fixture_gen.pick(ARRAY['de', 'de', 'de', 'gb', 'gb', 'fr', 'nl', 'se', 'pl', 'us', 'us', 'es', 'it', 'fi'], 'pcc', i) AS cc,
             fixture_gen.first_name('pfn', i) AS f, fixture_gen.last_name('pln', i) AS l,
             fixture_gen.pick(ARRAY['Studio Haldane', 'Nordlicht Interiors', 'Atelier Moreau', 'Vos & Daughters', 'Casa Lumen', 'Kowalski Architekci', 'Brightwell Hotels', 'Oakhaus Design', 'Pedersen Living', 'Lumo Office Fitters'], 'pco', i) AS co
      FROM generate_series(1, 300) i) x;

-- Staff users of the admin (1-14).
CREATE TABLE mgen.u (k int PRIMARY KEY, first text, last text, email text);
INSERT INTO mgen.u VALUES
  (1, 'Ingrid', 'Andersen', 'ingrid@fjordlight.example'), (2, 'Tobias', 'Krüger', 'tobias.krueger@fjordlight.example'),
  (3, 'Amara', 'Mensah', 'amara.mensah@fjordlight.example'), (4, 'Paweł', 'Nowak', 'pawel.nowak@fjordlight.example'),
  (5, 'Leila', 'Haddad', 'leila.haddad@fjordlight.example'), (6, 'Jonas', 'Weber', 'jonas.weber@fjordlight.example'),
  (7, 'Chloé', 'Lefèvre', 'chloe.lefevre@fjordlight.example'), (8, 'Hiroshi', 'Tanaka', 'hiroshi@fjordlight.example'),
  (9, 'Sanna', 'Korhonen', 'sanna.korhonen@fjordlight.example'), (10, 'Marco', 'Bianchi', 'marco.bianchi@fjordlight.example'),
  (11, 'Priya', 'Sharma', 'priya.sharma@northbeam-agency.example'), (12, 'Emre', 'Öztürk', 'emre@northbeam-agency.example'),
  (13, 'Aoife', 'Murphy', 'aoife.murphy@fjordlight.example'), (14, 'Lars', 'Johansson', 'lars.johansson@fjordlight.example');

-- ---------------------------------------------------------------- customer module
CREATE TABLE customer (
  id text NOT NULL, company_name text NULL, first_name text NULL, last_name text NULL, email text NULL, phone text NULL,
  has_account boolean NOT NULL DEFAULT false, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, created_by text NULL,
  CONSTRAINT customer_pkey PRIMARY KEY (id));
CREATE UNIQUE INDEX "IDX_customer_email_has_account_unique" ON customer (email, has_account) WHERE deleted_at IS NULL;

INSERT INTO customer
SELECT mgen.id('cus', p.i), p.company, p.first, p.last, p.email,
       CASE WHEN p.i % 5 <> 2 THEN p.phone END, p.has_account,
       CASE fixture_gen.n('cmeta', p.i, 6)
         WHEN 0 THEN NULL
         WHEN 1 THEN CASE WHEN p.birthday IS NOT NULL THEN jsonb_build_object('birthday', p.birthday::text, 'newsletter_opt_in', true) ELSE '{}'::jsonb END
         WHEN 2 THEN jsonb_build_object('alt_phone', mgen.phone(p.cc, 'calt', p.i), 'preferred_contact', 'sms')
         WHEN 3 THEN jsonb_build_object('klaviyo_profile_id', '01H' || fixture_gen.chars('ckl', p.i, 23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ'), 'newsletter_opt_in', p.i % 2 = 0)
         ELSE CASE WHEN p.birthday IS NOT NULL THEN jsonb_build_object('birthday', to_char(p.birthday, 'DD.MM.'), 'loyalty_tier', 'silver') ELSE jsonb_build_object('loyalty_tier', 'bronze') END END
       || CASE WHEN p.company IS NOT NULL THEN jsonb_build_object('trade_account', true, 'vat_id', p.vat, 'trade_discount_pct', 15, 'account_manager', mgen.id('user', 3 + p.i % 2)) ELSE '{}'::jsonb END,
       p.created, p.created + make_interval(days => fixture_gen.n('cupd', p.i, 200)),
       CASE WHEN p.i % 47 = 5 THEN timestamptz '2025-05-02 09:00:00+00' END,
       CASE WHEN p.company IS NOT NULL THEN mgen.id('user', 3 + p.i % 2) END
FROM mgen.p p;
-- registered customers who had checked out as guests before.
INSERT INTO customer
SELECT mgen.id('cus', 1000 + p.i), NULL, p.first, p.last, p.email, NULL, false, NULL,
       p.created - interval '60 days', p.created - interval '60 days', NULL, NULL
FROM mgen.p p WHERE p.has_account AND p.i % 11 = 3;

CREATE TABLE customer_address (
  id text NOT NULL, customer_id text NOT NULL, address_name text NULL, is_default_shipping boolean NOT NULL DEFAULT false,
  is_default_billing boolean NOT NULL DEFAULT false, company text NULL, first_name text NULL, last_name text NULL,
  address_1 text NULL, address_2 text NULL, city text NULL, country_code text NULL, province text NULL, postal_code text NULL,
  phone text NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL, CONSTRAINT customer_address_pkey PRIMARY KEY (id));
CREATE INDEX "IDX_customer_address_customer_id" ON customer_address (customer_id);

INSERT INTO customer_address
SELECT mgen.id('cuaddr', p.i), mgen.id('cus', p.i),
       fixture_gen.pick(ARRAY['Home', 'Home', 'Home', NULL, 'Zuhause', 'Maison', 'Studio'], 'caname', p.i),
       true, p.i % 6 <> 0, p.company, p.first, p.last, p.street, p.street2, p.city, p.cc, p.province, p.pc, p.phone,
       CASE fixture_gen.n('cadm', p.i, 7)
         WHEN 0 THEN jsonb_build_object('delivery_instructions', 'Leave the parcel with the neighbour at no. ' || (2 + p.i % 40)::text || ' (' || fixture_gen.pick(ARRAY['Mrs Kowalski', 'Herr Yılmaz', 'Mme Dubois', 'Tom Reid'], 'cadn', p.i) || ') if nobody is home')
         WHEN 1 THEN jsonb_build_object('delivery_instructions', 'Please call me on ' || mgen.phone(p.cc, 'cadp', p.i) || ' before delivery, I work nights')
         WHEN 2 THEN jsonb_build_object('delivery_instructions', 'Doorbell says ' || p.last || ' / ' || fixture_gen.last_name('cadb', p.i) || ', 4th floor, no lift')
         WHEN 3 THEN jsonb_build_object('delivery_instructions', 'Side gate code 4' || fixture_gen.digits('cadg', p.i, 3) || '#, dog is friendly')
         ELSE NULL END,
       p.created, p.created, NULL
FROM mgen.p p WHERE p.has_account;
-- second addresses: work, relatives, holiday homes.
INSERT INTO customer_address
SELECT mgen.id('cuaddr', 1000 + p.i), mgen.id('cus', p.i),
       CASE fixture_gen.n('ca2n', p.i, 6)
         WHEN 0 THEN 'Work' WHEN 1 THEN 'Mum & Dad' WHEN 2 THEN 'Oma ' || fixture_gen.first_name('ca2o', p.i)
         WHEN 3 THEN fixture_gen.first_name('ca2f', p.i) || '''s flat' WHEN 4 THEN 'Summer house' ELSE 'Office' END,
       false, p.i % 6 = 0, CASE WHEN fixture_gen.n('ca2n', p.i, 6) IN (0, 5) THEN fixture_gen.pick(ARRAY['Siemens Healthineers', 'Zalando SE', 'NHS Leeds', 'Deloitte', 'Université Lyon 2', 'Spotify AB'], 'ca2c', p.i) END,
       CASE WHEN fixture_gen.n('ca2n', p.i, 6) IN (1, 2, 3) THEN fixture_gen.first_name('ca2f', p.i) ELSE p.first END,
       CASE WHEN fixture_gen.n('ca2n', p.i, 6) IN (1, 2) THEN p.last WHEN fixture_gen.n('ca2n', p.i, 6) = 3 THEN fixture_gen.last_name('ca2l', p.i) ELSE p.last END,
       mgen.street(p.cc, 'ca2s', p.i), NULL, mgen.city(p.cc, 'ca2c', p.i), p.cc, mgen.province(p.cc, 'ca2p', p.i), mgen.postcode(p.cc, 'ca2z', p.i),
       CASE WHEN p.i % 2 = 0 THEN mgen.phone(p.cc, 'ca2t', p.i) END, NULL,
       p.created + interval '40 days', p.created + interval '40 days', NULL
FROM mgen.p p WHERE p.has_account AND p.i % 3 = 0;

CREATE TABLE customer_group (
  id text NOT NULL, name text NOT NULL, metadata jsonb NULL, created_by text NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, CONSTRAINT customer_group_pkey PRIMARY KEY (id));
INSERT INTO customer_group
SELECT mgen.id('cusgroup', k), n, m::jsonb, mgen.id('user', 1 + k % 3), mgen.at('cgc', k, '2023-09-01', '2024-06-01'), mgen.at('cgc', k, '2024-06-01', '2025-05-01'), NULL
FROM (VALUES (1, 'VIP', '{"free_shipping": true}'), (2, 'Trade – interior designers', '{"price_list": "trade-15"}'), (3, 'Trade – hotels & hospitality', '{"price_list": "trade-20"}'),
             (4, 'Staff', '{"discount_pct": 30}'), (5, 'Welcome 10% (newsletter)', NULL), (6, 'Makers', NULL), (7, 'Wholesale EU', '{"payment_terms": "net30"}'),
             (8, 'Wholesale UK', '{"payment_terms": "net30"}'), (9, 'Press & creators', '{"sample_budget_eur": 400}'), (10, 'Blocked – chargebacks', '{"review": "manual"}'),
             (11, 'Loyalty gold', '{"min_spend": 1000}'), (12, 'Loyalty silver', '{"min_spend": 400}')) v(k, n, m);

-- ------------------------------------------------------------- payment module: account holders (Stripe customers)
CREATE TABLE account_holder (
  id text NOT NULL, provider_id text NOT NULL, external_id text NOT NULL, email text NULL, data jsonb NOT NULL DEFAULT '{}',
  metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL, CONSTRAINT account_holder_pkey PRIMARY KEY (id));
CREATE TABLE mgen.ah AS
SELECT p.i, mgen.id('acchld', p.i) AS id, 'cus' || '_' || mgen.rnd('stcus', p.i, 14) AS scus FROM mgen.p p WHERE p.has_account AND p.i % 2 = 0;
INSERT INTO account_holder
SELECT a.id, 'pp_stripe_stripe', a.scus, p.email,
       jsonb_build_object('id', a.scus, 'object', 'customer', 'address',
           CASE WHEN p.i % 4 = 0 THEN jsonb_build_object('city', p.city, 'country', upper(p.cc), 'line1', p.street, 'line2', p.street2, 'postal_code', p.pc, 'state', p.province) END,
         'balance', 0, 'created', extract(epoch FROM p.created)::bigint, 'currency', CASE p.cc WHEN 'gb' THEN 'gbp' WHEN 'us' THEN 'usd' WHEN 'se' THEN 'sek' WHEN 'pl' THEN 'pln' ELSE 'eur' END,
         'default_source', NULL, 'delinquent', false, 'description', NULL, 'email', p.email,
         'invoice_prefix', upper(mgen.rnd('stinv', p.i, 8)), 'invoice_settings', jsonb_build_object('default_payment_method', 'pm' || '_' || mgen.rnd('stpm', p.i, 24), 'footer', NULL),
         'livemode', true, 'metadata', jsonb_build_object('medusa_customer_id', mgen.id('cus', p.i)),
         'name', p.first || ' ' || p.last, 'phone', CASE WHEN p.i % 3 <> 0 THEN p.phone END, 'preferred_locales', jsonb_build_array(CASE p.cc WHEN 'de' THEN 'de-DE' WHEN 'fr' THEN 'fr-FR' ELSE 'en-GB' END)),
       NULL, p.created + interval '1 hour', p.created + interval '1 hour', NULL
FROM mgen.ah a JOIN mgen.p p USING (i);

CREATE TABLE customer_account_holder (
  customer_id varchar(255) NOT NULL, account_holder_id varchar(255) NOT NULL, id varchar(255) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, deleted_at timestamptz NULL,
  CONSTRAINT customer_account_holder_pkey PRIMARY KEY (customer_id, account_holder_id));
INSERT INTO customer_account_holder
SELECT mgen.id('cus', a.i), a.id, mgen.id('cusacchld', a.i), p.created + interval '1 hour', p.created + interval '1 hour', NULL
FROM mgen.ah a JOIN mgen.p p USING (i);

-- ------------------------------------------------------------- store, sales channels, regions
CREATE TABLE store (
  id text NOT NULL, name text NOT NULL DEFAULT 'Medusa Store', default_sales_channel_id text NULL, default_region_id text NULL,
  default_location_id text NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL, CONSTRAINT store_pkey PRIMARY KEY (id));
INSERT INTO store VALUES (mgen.id('store', 1), 'Fjordlight', mgen.id('sc', 1), mgen.id('reg', 1), mgen.id('sloc', 1),
  jsonb_build_object('legal_name', 'Fjordlight Studio GmbH', 'managing_director', 'Ingrid Andersen', 'vat_id', fixture_gen.vat('storevat', 1),
    'commercial_register', 'HRB 231' || fixture_gen.digits('storehrb', 1, 3) || ' B, Amtsgericht Charlottenburg', 'support_email', 'hello@fjordlight.example',
    'invoice_footer', 'Fjordlight Studio GmbH · Lychener Straße 40 · 10437 Berlin · Geschäftsführerin Ingrid Andersen'),
  '2023-08-20 10:00:00+00', '2025-02-11 16:20:00+00', NULL);

CREATE TABLE sales_channel (
  id text NOT NULL, name text NOT NULL, description text NULL, is_disabled boolean NOT NULL DEFAULT false, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT sales_channel_pkey PRIMARY KEY (id));
INSERT INTO sales_channel
SELECT mgen.id('sc', k), n, d, k = 6, m::jsonb, mgen.at('scc', k, '2023-08-20', '2024-01-01'), mgen.at('scu', k, '2024-01-01', '2025-04-01'), NULL
FROM (VALUES (1, 'Webshop', 'fjordlight.example storefront (Next.js)', '{"storefront_url": "https://fjordlight.example"}'),
             (2, 'Trade portal', 'B2B ordering for interior designers and hotels', '{"storefront_url": "https://trade.fjordlight.example"}'),
             (3, 'Showroom Berlin POS', 'Point of sale in the Prenzlauer Berg showroom', '{"terminal": "stripe-terminal-wisepos-e"}'),
             (4, 'Etsy sync', 'Orders imported from the Etsy shop', '{"etsy_shop_id": "31004417"}'),
             (5, 'Pop-up Markthalle Neun', 'Weekend pop-up', NULL),
             (6, 'Amazon (paused)', 'Amazon Marketplace connector, paused since 2024', NULL)) v(k, n, d, m);

CREATE TABLE region (
  id text NOT NULL, name text NOT NULL, currency_code text NOT NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, automatic_taxes boolean NOT NULL DEFAULT true,
  CONSTRAINT region_pkey PRIMARY KEY (id));
INSERT INTO region
SELECT mgen.id('reg', k), n, c, NULL, mgen.at('rgc', k, '2023-08-20', '2023-09-01'), mgen.at('rgu', k, '2024-01-01', '2025-01-01'), NULL, k <> 6
FROM (VALUES (1, 'Europe', 'eur'), (2, 'United Kingdom', 'gbp'), (3, 'United States', 'usd'), (4, 'Sweden', 'sek'), (5, 'Poland', 'pln'), (6, 'Trade EU (net prices)', 'eur')) v(k, n, c);

CREATE FUNCTION mgen.region(cc text) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE cc WHEN 'gb' THEN 2 WHEN 'us' THEN 3 WHEN 'se' THEN 4 WHEN 'pl' THEN 5 ELSE 1 END $$;
CREATE FUNCTION mgen.cur(cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE cc WHEN 'gb' THEN 'gbp' WHEN 'us' THEN 'usd' WHEN 'se' THEN 'sek' WHEN 'pl' THEN 'pln' ELSE 'eur' END $$;

-- ------------------------------------------------------------- stock locations: warehouses, shops and makers' home studios
CREATE TABLE stock_location_address (
  id text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  address_1 text NOT NULL, address_2 text NULL, company text NULL, city text NULL, country_code text NOT NULL, phone text NULL,
  province text NULL, postal_code text NULL, metadata jsonb NULL, CONSTRAINT stock_location_address_pkey PRIMARY KEY (id));
CREATE TABLE stock_location (
  id text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  name text NOT NULL, address_id text NULL, metadata jsonb NULL, CONSTRAINT stock_location_pkey PRIMARY KEY (id));
CREATE TABLE mgen.sl (k int, name text, a1 text, a2 text, company text, city text, cc text, phone text, pc text, meta jsonb);
INSERT INTO mgen.sl VALUES
  (1, 'Berlin warehouse', 'Am Borsigturm 100', 'Halle 4, Tor 12', 'Fjordlight Studio GmbH', 'Berlin', 'de', '+49 30 5557 1200', '13507', '{"opening_hours": "Mo-Fr 07:00-16:00"}'),
  (2, 'Showroom Prenzlauer Berg', 'Lychener Straße 40', NULL, 'Fjordlight Studio GmbH', 'Berlin', 'de', '+49 30 5557 1240', '10437', '{"pickup": true}'),
  (3, 'UK 3PL – Huboo Bristol', 'Unit 7, Avonbridge Trading Estate', 'Atlantic Road', 'Huboo Technologies Ltd', 'Bristol', 'gb', '+44 117 555 0192', 'BS11 9QD', '{"3pl_account": "FJL-0042"}'),
  (4, 'US 3PL – ShipBob Chicago', '2500 S Throop St', 'Dock 3', 'ShipBob Inc.', 'Chicago', 'us', '+1 312-555-0147', '60608', '{"3pl_account": "SB-118273"}'),
  (5, 'Pop-up Markthalle Neun', 'Eisenbahnstraße 42/43', NULL, 'Markthalle Neun GmbH', 'Berlin', 'de', NULL, '10997', NULL),
  (6, 'Maker: Sanna''s ceramics studio', 'Fleminginkatu 17 B 22', NULL, 'Sanna Virtanen Ceramics', 'Helsinki', 'fi', '+358 40 7381 224', '00510', '{"maker": true, "payout": "monthly"}'),
  (7, 'Maker: Kwame woodturning', '14 Albion Road', 'Garden workshop', NULL, 'London', 'gb', '07700 981 443', 'N16 9PH', '{"maker": true}'),
  (8, 'Maker: Zofia Nowak textiles', 'ul. Józefa 12/4', NULL, 'Zofia Nowak', 'Kraków', 'pl', '+48 601 224 817', '31-056', '{"maker": true}'),
  (9, 'Maker: Atelier Giulia Rossi (glass)', 'Via del Pratello 88', 'interno 3', NULL, 'Bologna', 'it', '+39 347 5521 908', '40122', '{"maker": true}'),
  (10, 'Maker: Hiroshi''s lampshades', 'Kastanienallee 71', 'Hinterhaus, 2. OG', 'Hiroshi Tanaka', 'Berlin', 'de', '0176 48213377', '10435', '{"maker": true, "staff_member": true}'),
  (11, 'Maker: Lars Johansson smithy', 'Svartbäcksgatan 41', NULL, NULL, 'Uppsala', 'se', '+46 70-412 33 81', '753 32', '{"maker": true}'),
  (12, 'Returns hub Poznań', 'ul. Głogowska 432', 'Magazyn C', 'Zwrotnik Logistics Sp. z o.o.', 'Poznań', 'pl', '+48 61 555 01 90', '60-004', '{"returns_only": true}'),
  (13, 'Maker: Amelia Smith candles', '52 Burton Road', NULL, 'Wick & Ember', 'Manchester', 'gb', '+447712 093 118', 'M20 1LG', '{"maker": true}'),
  (14, 'Damaged stock (Berlin)', 'Am Borsigturm 100', 'Halle 4, Quarantäne', 'Fjordlight Studio GmbH', 'Berlin', 'de', NULL, '13507', NULL);
INSERT INTO stock_location_address
SELECT mgen.id('laddr', k), mgen.at('slc', k, '2023-08-20', '2024-09-01'), mgen.at('slu', k, '2024-09-01', '2025-04-01'), NULL, a1, a2, company, city, cc, phone, NULL, pc, NULL FROM mgen.sl;
INSERT INTO stock_location
SELECT mgen.id('sloc', k), mgen.at('slc', k, '2023-08-20', '2024-09-01'), mgen.at('slu', k, '2024-09-01', '2025-04-01'), CASE WHEN k = 5 THEN timestamptz '2024-12-23 18:00:00+00' END,
       name, mgen.id('laddr', k), meta FROM mgen.sl;

-- ------------------------------------------------------------- catalogue
CREATE TABLE product (
  id text NOT NULL, title text NOT NULL, handle text NOT NULL, subtitle text NULL, description text NULL, is_giftcard boolean NOT NULL DEFAULT false,
  status text CHECK (status IN ('draft', 'proposed', 'published', 'rejected')) NOT NULL DEFAULT 'draft', thumbnail text NULL, weight text NULL,
  length text NULL, height text NULL, width text NULL, origin_country text NULL, hs_code text NULL, mid_code text NULL, material text NULL,
  collection_id text NULL, type_id text NULL, discountable boolean NOT NULL DEFAULT true, external_id text NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, metadata jsonb NULL,
  CONSTRAINT product_pkey PRIMARY KEY (id));
CREATE TABLE mgen.pr (k int PRIMARY KEY, title text, handle text, kind text, material text, price int, origin text);
INSERT INTO mgen.pr
SELECT k, t, lower(replace(t, ' ', '-')) || '-' || k, kind, mat, price, origin
FROM (SELECT k,
             fixture_gen.pick(ARRAY['Astrid', 'Nordlys', 'Halo', 'Ingrid', 'Birk', 'Fjell', 'Mira', 'Oskar', 'Luna', 'Sol', 'Vinter', 'Saga', 'Elsa', 'Linnea', 'Tove', 'Kasper'], 'prn', k)
             || ' ' || kind AS t, kind, mat, price, origin
      FROM (SELECT k, fixture_gen.pick(ARRAY['Pendant Lamp', 'Table Lamp', 'Floor Lamp', 'Wall Sconce', 'Linen Shade', 'Candle Holder', 'Ceramic Vase', 'Wool Throw', 'Oak Bowl', 'Soy Candle', 'Glass Carafe', 'Gift Card'], 'prk', k) AS kind,
                   fixture_gen.pick(ARRAY['oak', 'ash', 'brass', 'linen', 'stoneware', 'mouth-blown glass', 'merino wool', 'powder-coated steel', 'soy wax'], 'prm', k) AS mat,
                   29 + fixture_gen.n('prp', k, 400) AS price, fixture_gen.pick(ARRAY['DE', 'DE', 'FI', 'GB', 'PL', 'IT', 'SE', 'PT'], 'pro', k) AS origin
            FROM generate_series(1, 80) k) a) b;
INSERT INTO product
SELECT mgen.id('prod', r.k), r.title, r.handle,
       CASE r.kind WHEN 'Gift Card' THEN 'Digital gift card, delivered by email' ELSE 'Handmade in ' || mgen.country_name(lower(r.origin)) END,
       CASE r.kind WHEN 'Gift Card' THEN 'Give the gift of light. Delivered instantly by email with a code that can be redeemed at checkout.'
            ELSE 'The ' || r.title || ' is made from ' || r.material || ' in small batches. ' || fixture_gen.pick(ARRAY['Designed to cast a warm, glare-free light over a dining table.', 'Each piece varies slightly in tone and texture.', 'Pairs well with our linen shades in sand and fog.', 'Ships flat-packed in recycled cardboard.', 'E27 fitting, bulb not included.'], 'prd', r.k) END,
       r.kind = 'Gift Card', CASE WHEN r.k % 17 = 0 THEN 'draft' WHEN r.k % 23 = 0 THEN 'proposed' ELSE 'published' END,
       'https://cdn.fjordlight.example/products/' || r.handle || '/thumb.webp',
       CASE WHEN r.kind <> 'Gift Card' THEN (200 + fixture_gen.n('prw', r.k, 6000))::text END, CASE WHEN r.kind <> 'Gift Card' THEN (10 + fixture_gen.n('prl', r.k, 90))::text END,
       CASE WHEN r.kind <> 'Gift Card' THEN (10 + fixture_gen.n('prh', r.k, 150))::text END, CASE WHEN r.kind <> 'Gift Card' THEN (10 + fixture_gen.n('prx', r.k, 90))::text END,
       lower(r.origin), CASE r.kind WHEN 'Gift Card' THEN NULL WHEN 'Soy Candle' THEN '34060000' WHEN 'Wool Throw' THEN '63012090' WHEN 'Ceramic Vase' THEN '69139000' ELSE '94052040' END,
       NULL, r.material, NULL, NULL, r.kind <> 'Gift Card',
       CASE WHEN r.k % 4 = 0 THEN 'gid://shopify/Product/' || (7400000000000 + r.k * 7919)::text END,
       mgen.at('prc', r.k, '2023-08-25', '2024-10-01'), mgen.at('pru', r.k, '2024-10-01', '2025-05-20'), CASE WHEN r.k % 29 = 0 THEN timestamptz '2025-01-15 12:00:00+00' END,
       jsonb_build_object('designer', fixture_gen.pick(ARRAY['Fjordlight Studio', 'Studio Haldane', 'in-house'], 'prdes', r.k), 'care', 'Dust with a dry cloth')
FROM mgen.pr r;

CREATE TABLE product_variant (
  id text NOT NULL, title text NOT NULL, sku text NULL, barcode text NULL, ean text NULL, upc text NULL, allow_backorder boolean NOT NULL DEFAULT false,
  manage_inventory boolean NOT NULL DEFAULT true, hs_code text NULL, origin_country text NULL, mid_code text NULL, material text NULL,
  weight integer NULL, length integer NULL, height integer NULL, width integer NULL, metadata jsonb NULL, variant_rank integer NULL DEFAULT 0,
  product_id text NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  thumbnail text NULL, CONSTRAINT product_variant_pkey PRIMARY KEY (id));
CREATE TABLE mgen.v AS
SELECT (r.k - 1) * 3 + j AS v, r.k, j, r.title,
       CASE WHEN r.kind = 'Gift Card' THEN (ARRAY['€25', '€50', '€100'])[j] ELSE (ARRAY['Sand', 'Fog', 'Charcoal'])[j] || CASE WHEN r.kind LIKE '%Lamp%' THEN ' / ' || (ARRAY['Ø30', 'Ø40', 'Ø50'])[1 + fixture_gen.n('vsz', r.k * 3 + j, 3)] ELSE '' END END AS vt,
       upper(substr(fixture_gen.ascii(r.title), 1, 6)) || '-' || lpad(r.k::text, 3, '0') || '-' || j AS sku,
       r.price + (j - 1) * 10 AS price, r.kind
FROM mgen.pr r, generate_series(1, 3) j;
INSERT INTO product_variant
SELECT mgen.id('variant', v.v), v.vt, v.sku, CASE WHEN v.kind <> 'Gift Card' THEN fixture_gen.luhn('40' || fixture_gen.digits('vbar', v.v, 10)) END,
       CASE WHEN v.kind <> 'Gift Card' THEN fixture_gen.luhn('426' || fixture_gen.digits('vean', v.v, 9)) END, NULL,
       v.k % 5 = 0, v.kind <> 'Gift Card', NULL, NULL, NULL, NULL, CASE WHEN v.kind <> 'Gift Card' THEN 300 + fixture_gen.n('vw', v.v, 5000) END, NULL, NULL, NULL,
       CASE WHEN v.v % 7 = 0 THEN '{"lead_time_days": 14}'::jsonb END, v.j - 1, mgen.id('prod', v.k),
       mgen.at('prc', v.k, '2023-08-25', '2024-10-01'), mgen.at('pru', v.k, '2024-10-01', '2025-05-20'), NULL,
       CASE WHEN v.j = 1 THEN NULL ELSE 'https://cdn.fjordlight.example/variants/' || lower(v.sku) || '.webp' END
FROM mgen.v v;

-- ------------------------------------------------------------- carts and orders
-- Carts 1-360; 1-300 completed into orders 1-300. Every 7th order is a gift
-- shipped to someone else; trade customers order through the trade portal.
CREATE TABLE mgen.o (k int PRIMARY KEY, p int, cc text, at timestamptz, sc int, gift boolean, rfirst text, rlast text, rstreet text, rcity text, rpc text,
  ship text, nitems int, gift_msg text);
INSERT INTO mgen.o
SELECT k, p.i, p.cc, mgen.at('oat', k, greatest(p.created, '2023-10-01'), '2025-05-30'),
       CASE WHEN p.company IS NOT NULL THEN 2 WHEN k % 19 = 0 THEN 3 WHEN k % 23 = 0 THEN 4 WHEN k % 41 = 0 THEN 5 ELSE 1 END,
       k % 7 = 0, fixture_gen.first_name('orf', k), fixture_gen.last_name('orl', k), mgen.street(p.cc, 'ors', k), mgen.city(p.cc, 'orc', k), mgen.postcode(p.cc, 'orp', k),
       CASE p.cc WHEN 'de' THEN fixture_gen.pick(ARRAY['DHL Paket', 'DHL Paket', 'Hermes Standard', 'Abholung Showroom Berlin'], 'osh', k)
                 WHEN 'gb' THEN fixture_gen.pick(ARRAY['Royal Mail Tracked 48', 'DPD Predict'], 'osh', k)
                 WHEN 'pl' THEN fixture_gen.pick(ARRAY['InPost Paczkomat', 'InPost Paczkomat', 'DPD Polska'], 'osh', k)
                 WHEN 'us' THEN fixture_gen.pick(ARRAY['UPS Ground', 'USPS Priority Mail'], 'osh', k)
                 WHEN 'nl' THEN fixture_gen.pick(ARRAY['PostNL Pakket', 'DPD Predict'], 'osh', k)
                 ELSE fixture_gen.pick(ARRAY['DHL Parcel International', 'UPS Standard'], 'osh', k) END,
       1 + fixture_gen.n('oni', k, 3),
       CASE WHEN k % 7 = 0 THEN fixture_gen.pick(ARRAY[
              'Happy birthday %R! Love from %F & the kids',
              'Alles Liebe zum Einzug, %R! Deine %F',
              'Congratulations on the new flat — %F x',
              'Joyeux anniversaire %R, bisous, %F',
              'For %R, thank you for looking after Mum in hospital. %F',
              'Wszystkiego najlepszego %R! %F'], 'ogm', k) END
FROM generate_series(1, 360) k
JOIN mgen.p p ON p.i = 1 + fixture_gen.n('ocus', k, 300);
UPDATE mgen.o o SET gift_msg = replace(replace(o.gift_msg, '%R', o.rfirst), '%F', p.first) FROM mgen.p p WHERE p.i = o.p AND o.gift_msg IS NOT NULL;

-- line items: variant and quantity per order and line.
CREATE TABLE mgen.li AS
SELECT o.k, n, (o.k - 1) * 3 + n AS li, 1 + fixture_gen.n('liv', o.k * 3 + n, 240) AS v, 1 + fixture_gen.n('liq', o.k * 3 + n, 10) / 7 AS qty
FROM mgen.o o, generate_series(1, 3) n WHERE n <= o.nitems;
CREATE TABLE mgen.tot AS
SELECT li.k, sum(v.price * li.qty) AS items, CASE WHEN sum(v.price * li.qty) > 150 THEN 0 ELSE 6.90 END AS ship
FROM mgen.li li JOIN mgen.v v ON v.v = li.v GROUP BY li.k;

CREATE TABLE cart (
  id text NOT NULL, region_id text NULL, customer_id text NULL, sales_channel_id text NULL, email text NULL, currency_code text NOT NULL,
  shipping_address_id text NULL, billing_address_id text NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, completed_at timestamptz NULL, CONSTRAINT cart_pkey PRIMARY KEY (id));
CREATE TABLE cart_address (
  id text NOT NULL, customer_id text NULL, company text NULL, first_name text NULL, last_name text NULL, address_1 text NULL, address_2 text NULL,
  city text NULL, country_code text NULL, province text NULL, postal_code text NULL, phone text NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT cart_address_pkey PRIMARY KEY (id));

-- shipping addresses (the recipient's, for gifts) and billing addresses.
INSERT INTO cart_address
SELECT mgen.id('caaddr', o.k), mgen.id('cus', o.p), CASE WHEN NOT o.gift THEN p.company END,
       CASE WHEN o.gift THEN o.rfirst ELSE p.first END, CASE WHEN o.gift THEN o.rlast ELSE p.last END,
       CASE WHEN o.gift THEN o.rstreet ELSE p.street END, CASE WHEN o.gift THEN NULL ELSE p.street2 END,
       CASE WHEN o.gift THEN o.rcity ELSE p.city END, p.cc, CASE WHEN o.gift THEN NULL ELSE p.province END, CASE WHEN o.gift THEN o.rpc ELSE p.pc END,
       CASE WHEN o.gift THEN CASE WHEN o.k % 2 = 0 THEN mgen.phone(p.cc, 'orph', o.k) END ELSE p.phone END,
       CASE WHEN o.gift AND o.k % 3 = 0 THEN jsonb_build_object('is_gift_recipient', true) END,
       o.at - interval '20 minutes', o.at - interval '5 minutes', NULL
FROM mgen.o o JOIN mgen.p p ON p.i = o.p;
INSERT INTO cart_address
SELECT mgen.id('caaddr', 1000 + o.k), mgen.id('cus', o.p), p.company, p.first, p.last, p.street, p.street2, p.city, p.cc, p.province, p.pc, p.phone,
       CASE WHEN p.vat IS NOT NULL THEN jsonb_build_object('vat_id', p.vat) END,
       o.at - interval '19 minutes', o.at - interval '5 minutes', NULL
FROM mgen.o o JOIN mgen.p p ON p.i = o.p;

INSERT INTO cart
SELECT mgen.id('cart', o.k), mgen.id('reg', CASE WHEN o.sc = 2 THEN 6 ELSE mgen.region(o.cc) END), mgen.id('cus', o.p), mgen.id('sc', o.sc), p.email, mgen.cur(o.cc),
       mgen.id('caaddr', o.k), mgen.id('caaddr', 1000 + o.k),
       CASE WHEN o.gift_msg IS NOT NULL THEN jsonb_build_object('gift_message', o.gift_msg, 'gift_wrap', true, 'hide_prices', true)
            WHEN o.k % 5 = 0 THEN jsonb_build_object('utm_source', fixture_gen.pick(ARRAY['instagram', 'newsletter', 'google', 'pinterest'], 'cutm', o.k), 'utm_campaign', fixture_gen.pick(ARRAY['spring24', 'bf24', 'xmas24', 'evergreen'], 'cutc', o.k))
            WHEN o.k % 13 = 0 THEN jsonb_build_object('order_note', fixture_gen.pick(ARRAY['Please deliver after 5pm, ring ' || p.last || ' twice', 'Bitte beim Nachbarn ' || fixture_gen.last_name('cnb', o.k) || ' im EG abgeben', 'It''s a surprise for my wife ' || fixture_gen.first_name('cnw', o.k) || ', please no invoice in the box', 'Call me on ' || p.phone || ' if the lamp is out of stock'], 'cnote', o.k)) END,
       o.at - interval '25 minutes', o.at, CASE WHEN o.k > 340 THEN timestamptz '2025-05-31 03:00:00+00' END, CASE WHEN o.k <= 300 THEN o.at END
FROM mgen.o o JOIN mgen.p p ON p.i = o.p;

CREATE TABLE cart_shipping_method (
  id text NOT NULL, cart_id text NOT NULL, name text NOT NULL, description jsonb NULL, amount numeric NOT NULL, raw_amount jsonb NOT NULL,
  is_tax_inclusive boolean NOT NULL DEFAULT false, shipping_option_id text NULL, data jsonb NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT cart_shipping_method_pkey PRIMARY KEY (id));
INSERT INTO cart_shipping_method
SELECT mgen.id('casm', o.k), mgen.id('cart', o.k), o.ship, NULL, t.ship, mgen.raw(t.ship), true, mgen.id('so', 1 + fixture_gen.n('soid', length(o.ship), 12)),
       CASE WHEN o.ship LIKE 'InPost%' THEN jsonb_build_object('target_point', 'KRA' || lpad(fixture_gen.n('inp', o.k, 300)::text, 2, '0') || 'M', 'receiver_phone', p.phone, 'receiver_email', p.email)
            WHEN o.ship = 'DPD Predict' THEN jsonb_build_object('predict', jsonb_build_object('type', 'sms', 'value', p.phone, 'language', 'EN'))
            WHEN o.ship LIKE 'Abholung%' THEN jsonb_build_object('pickup_location_id', mgen.id('sloc', 2), 'pickup_person', p.first || ' ' || p.last)
            ELSE '{}'::jsonb END,
       NULL, o.at - interval '10 minutes', o.at - interval '10 minutes', NULL
FROM mgen.o o JOIN mgen.p p ON p.i = o.p JOIN mgen.tot t ON t.k = o.k;

CREATE TABLE "order" (
  id text NOT NULL, region_id text NULL, display_id serial, customer_id text NULL, version integer NOT NULL DEFAULT 1, sales_channel_id text NULL,
  status text CHECK (status IN ('pending', 'completed', 'draft', 'archived', 'canceled', 'requires_action')) NOT NULL DEFAULT 'pending',
  is_draft_order boolean NOT NULL DEFAULT false, email text NULL, currency_code text NOT NULL, shipping_address_id text NULL, billing_address_id text NULL,
  no_notification boolean NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL, canceled_at timestamptz NULL, CONSTRAINT order_pkey PRIMARY KEY (id));
CREATE TABLE order_address (
  id text NOT NULL, customer_id text NULL, company text NULL, first_name text NULL, last_name text NULL, address_1 text NULL, address_2 text NULL,
  city text NULL, country_code text NULL, province text NULL, postal_code text NULL, phone text NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT order_address_pkey PRIMARY KEY (id));
INSERT INTO order_address
SELECT replace(c.id, 'caaddr_', 'ordaddr_'), c.customer_id, c.company, c.first_name, c.last_name, c.address_1, c.address_2, c.city, c.country_code, c.province,
       c.postal_code, c.phone, c.metadata, c.updated_at, c.updated_at, NULL
FROM cart_address c JOIN cart ca ON c.id IN (ca.shipping_address_id, ca.billing_address_id) WHERE ca.completed_at IS NOT NULL;

INSERT INTO "order" (id, region_id, display_id, customer_id, version, sales_channel_id, status, is_draft_order, email, currency_code, shipping_address_id, billing_address_id,
  no_notification, metadata, created_at, updated_at, deleted_at, canceled_at)
SELECT mgen.id('order', o.k), c.region_id, 1000 + o.k, c.customer_id, 1 + CASE WHEN o.k % 6 = 0 THEN 1 ELSE 0 END + CASE WHEN o.k % 15 = 0 THEN 1 ELSE 0 END, c.sales_channel_id,
       CASE WHEN o.k % 37 = 0 THEN 'canceled' WHEN o.at > '2025-05-20' THEN 'pending' WHEN o.k % 29 = 0 THEN 'requires_action' WHEN o.at < '2024-06-01' AND o.k % 3 = 0 THEN 'archived' ELSE 'completed' END,
       o.k % 31 = 0, p.email, c.currency_code, replace(c.shipping_address_id, 'caaddr_', 'ordaddr_'), replace(c.billing_address_id, 'caaddr_', 'ordaddr_'),
       o.sc IN (3, 4) OR NULL,
       CASE WHEN o.sc = 2 THEN jsonb_build_object('po_number', 'PO-' || to_char(o.at, 'YYYY') || '-' || fixture_gen.digits('opo', o.k, 4), 'payment_terms', 'net30')
            WHEN o.sc = 4 THEN jsonb_build_object('etsy_receipt_id', (3100000000 + o.k * 7919)::text)
            WHEN o.sc = 1 THEN jsonb_build_object('checkout_ip', p.ip, 'user_agent', p.ua, 'storefront_locale', CASE p.cc WHEN 'de' THEN 'de-DE' WHEN 'fr' THEN 'fr-FR' ELSE 'en' END)
            ELSE NULL END,
       o.at, o.at + make_interval(days => fixture_gen.n('oupd', o.k, 20)), NULL, CASE WHEN o.k % 37 = 0 THEN o.at + interval '2 hours' END
FROM mgen.o o JOIN mgen.p p ON p.i = o.p JOIN cart c ON c.id = mgen.id('cart', o.k) WHERE o.k <= 300;

CREATE TABLE order_line_item (
  id text NOT NULL, totals_id text NULL, title text NOT NULL, subtitle text NULL, thumbnail text NULL, variant_id text NULL, product_id text NULL,
  product_title text NULL, product_description text NULL, product_subtitle text NULL, product_type text NULL, product_collection text NULL,
  product_handle text NULL, variant_sku text NULL, variant_barcode text NULL, variant_title text NULL, variant_option_values jsonb NULL,
  requires_shipping boolean NOT NULL DEFAULT true, is_discountable boolean NOT NULL DEFAULT true, is_tax_inclusive boolean NOT NULL DEFAULT false,
  compare_at_unit_price numeric NULL, raw_compare_at_unit_price jsonb NULL, unit_price numeric NOT NULL, raw_unit_price jsonb NOT NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  is_custom_price boolean NOT NULL DEFAULT false, product_type_id text NULL, is_giftcard boolean NOT NULL DEFAULT false,
  CONSTRAINT order_line_item_pkey PRIMARY KEY (id));
INSERT INTO order_line_item
SELECT mgen.id('ordli', li.li), NULL, v.title, v.vt, 'https://cdn.fjordlight.example/products/' || r.handle || '/thumb.webp', mgen.id('variant', v.v), mgen.id('prod', v.k),
       v.title, pr.description, pr.subtitle, v.kind, CASE WHEN v.kind LIKE '%Lamp%' THEN 'Lighting' WHEN v.kind = 'Gift Card' THEN NULL ELSE 'Home' END,
       r.handle, v.sku, pv.barcode, v.vt, jsonb_build_object(CASE WHEN v.kind = 'Gift Card' THEN 'Amount' ELSE 'Colour' END, split_part(v.vt, ' / ', 1)),
       v.kind <> 'Gift Card', true, true, CASE WHEN li.k % 8 = 0 THEN v.price + 20 END, CASE WHEN li.k % 8 = 0 THEN mgen.raw(v.price + 20) END, v.price, mgen.raw(v.price),
       CASE WHEN v.kind = 'Gift Card' THEN jsonb_build_object('recipient_email', fixture_gen.email('gcr', li.li), 'recipient_name', fixture_gen.first_name('gcrf', li.li), 'message', 'Enjoy! x')
            WHEN v.kind IN ('Oak Bowl', 'Candle Holder', 'Ceramic Vase') AND li.li % 3 = 0 THEN jsonb_build_object('engraving', fixture_gen.pick(ARRAY[
              'Für Oma ' || fixture_gen.first_name('eng1', li.li) || ' – 80 Jahre', fixture_gen.first_name('eng2', li.li) || ' & ' || fixture_gen.first_name('eng3', li.li) || ' · 14.09.2019',
              'In loving memory of ' || fixture_gen.first_name('eng4', li.li) || ' ' || fixture_gen.last_name('eng5', li.li), 'Team ' || fixture_gen.last_name('eng6', li.li) || ' 2024',
              'Welcome home, baby ' || fixture_gen.first_name('eng7', li.li)], 'engp', li.li))
            ELSE NULL END,
       o.at - interval '15 minutes', o.at - interval '15 minutes', NULL, false, NULL, v.kind = 'Gift Card'
FROM mgen.li li JOIN mgen.o o ON o.k = li.k JOIN mgen.v v ON v.v = li.v JOIN mgen.pr r ON r.k = v.k
JOIN product pr ON pr.id = mgen.id('prod', v.k) JOIN product_variant pv ON pv.id = mgen.id('variant', v.v)
WHERE li.k <= 300;

-- ------------------------------------------------------------- payment module
-- One collection per cart; Stripe for the webshop, PayPal for some, the
-- system provider (invoice / POS) for trade, showroom and Etsy orders.
CREATE TABLE mgen.pay AS
SELECT o.k, p.i AS p, CASE WHEN o.sc IN (2, 3, 4, 5) THEN 'pp_system_default' WHEN o.k % 6 = 1 THEN 'pp_paypal_paypal' ELSE 'pp_stripe_stripe' END AS prov,
       'pi' || '_3' || mgen.rnd('pi', o.k, 23) AS pi, mgen.rnd('pisec', o.k, 25) AS sec, 'ch' || '_3' || mgen.rnd('ch', o.k, 23) AS ch,
       'pm' || '_1' || mgen.rnd('pm', o.k, 23) AS pm, upper(mgen.rnd('pp', o.k, 17)) AS ppid, upper(mgen.rnd('ppp', o.k, 13)) AS payer,
       round((t.items + t.ship)::numeric, 2) AS amount, mgen.cur(o.cc) AS cur, a.scus, o.at,
       fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex', 'visa'], 'brand', o.k) AS brand, fixture_gen.digits('l4', o.k, 4) AS last4
FROM mgen.o o JOIN mgen.p p ON p.i = o.p JOIN mgen.tot t ON t.k = o.k LEFT JOIN mgen.ah a ON a.i = p.i;

CREATE FUNCTION mgen.pi_json(y mgen.pay, st text, email text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE y.prov
    WHEN 'pp_stripe_stripe' THEN jsonb_build_object('id', y.pi, 'object', 'payment_intent', 'amount', (y.amount * 100)::bigint, 'amount_received', CASE WHEN st = 'succeeded' THEN (y.amount * 100)::bigint ELSE 0 END,
        'capture_method', 'automatic', 'client_secret', y.pi || '_secret_' || y.sec, 'created', extract(epoch FROM y.at)::bigint, 'currency', y.cur,
        'customer', y.scus, 'description', NULL, 'latest_charge', CASE WHEN st = 'succeeded' THEN y.ch END, 'livemode', true,
        'metadata', jsonb_build_object('session_id', mgen.id('payses', y.k)), 'payment_method', y.pm,
        'payment_method_types', jsonb_build_array('card', 'klarna', 'link'), 'receipt_email', email, 'setup_future_usage', CASE WHEN y.scus IS NOT NULL THEN 'off_session' END,
        'status', st)
    WHEN 'pp_paypal_paypal' THEN jsonb_build_object('id', y.ppid, 'intent', 'CAPTURE', 'status', CASE WHEN st = 'succeeded' THEN 'COMPLETED' ELSE 'CREATED' END,
        'payer', CASE WHEN st = 'succeeded' THEN jsonb_build_object('email_address', email, 'payer_id', y.payer) END,
        'links', jsonb_build_array(jsonb_build_object('href', 'https://www.paypal.com/checkoutnow?token=' || y.ppid, 'rel', 'approve', 'method', 'GET')))
    ELSE '{}'::jsonb END
$$;

CREATE TABLE payment_collection (
  id text NOT NULL, currency_code text NOT NULL, amount numeric NOT NULL, raw_amount jsonb NOT NULL, authorized_amount numeric NULL,
  raw_authorized_amount jsonb NULL, captured_amount numeric NULL, raw_captured_amount jsonb NULL, refunded_amount numeric NULL, raw_refunded_amount jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, completed_at timestamptz NULL,
  status text CHECK (status IN ('not_paid', 'awaiting', 'authorized', 'partially_authorized', 'canceled', 'failed', 'partially_captured', 'completed')) NOT NULL DEFAULT 'not_paid',
  metadata jsonb NULL, CONSTRAINT payment_collection_pkey PRIMARY KEY (id));
INSERT INTO payment_collection
SELECT mgen.id('pay_col', y.k), y.cur, y.amount, mgen.raw(y.amount),
       CASE WHEN y.k <= 300 THEN y.amount END, CASE WHEN y.k <= 300 THEN mgen.raw(y.amount) END,
       CASE WHEN y.k <= 300 AND y.prov <> 'pp_system_default' THEN y.amount END, CASE WHEN y.k <= 300 AND y.prov <> 'pp_system_default' THEN mgen.raw(y.amount) END,
       0, mgen.raw(0), y.at - interval '8 minutes', y.at, NULL, CASE WHEN y.k <= 300 AND y.prov <> 'pp_system_default' THEN y.at END,
       CASE WHEN y.k > 300 THEN 'not_paid' WHEN y.prov = 'pp_system_default' THEN 'authorized' ELSE 'completed' END, NULL
FROM mgen.pay y;

CREATE TABLE payment_session (
  id text NOT NULL, currency_code text NOT NULL, amount numeric NOT NULL, raw_amount jsonb NOT NULL, provider_id text NOT NULL, data jsonb NOT NULL DEFAULT '{}',
  context jsonb NULL, status text CHECK (status IN ('authorized', 'captured', 'pending', 'requires_more', 'error', 'canceled')) NOT NULL DEFAULT 'pending',
  authorized_at timestamptz NULL, payment_collection_id text NOT NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, CONSTRAINT payment_session_pkey PRIMARY KEY (id));
INSERT INTO payment_session
SELECT mgen.id('payses', y.k), y.cur, y.amount, mgen.raw(y.amount), y.prov,
       mgen.pi_json(y, CASE WHEN y.k <= 300 THEN 'succeeded' ELSE 'requires_payment_method' END, p.email),
       jsonb_build_object('customer', jsonb_build_object('id', mgen.id('cus', p.i), 'email', p.email, 'first_name', p.first, 'last_name', p.last, 'phone', p.phone,
           'billing_address', jsonb_build_object('address_1', p.street, 'city', p.city, 'country_code', p.cc, 'postal_code', p.pc)),
         'account_holder', CASE WHEN y.scus IS NOT NULL THEN jsonb_build_object('id', mgen.id('acchld', p.i), 'external_id', y.scus, 'email', p.email) END,
         'idempotency_key', mgen.id('payses', y.k)),
       CASE WHEN y.k > 300 THEN 'pending' ELSE 'authorized' END, CASE WHEN y.k <= 300 THEN y.at END, mgen.id('pay_col', y.k), NULL,
       y.at - interval '6 minutes', y.at, NULL
FROM mgen.pay y JOIN mgen.p p ON p.i = y.p;
-- earlier sessions of carts whose first card was declined.
INSERT INTO payment_session
SELECT mgen.id('payses', 5000 + y.k), y.cur, y.amount, mgen.raw(y.amount), y.prov,
       mgen.pi_json(y, 'requires_payment_method', p.email) || jsonb_build_object('last_payment_error', jsonb_build_object('code', 'card_declined', 'decline_code', 'insufficient_funds', 'message', 'Your card has insufficient funds.')),
       jsonb_build_object('customer', jsonb_build_object('id', mgen.id('cus', p.i), 'email', p.email)), 'error', NULL, mgen.id('pay_col', y.k), NULL,
       y.at - interval '7 minutes', y.at - interval '7 minutes', y.at - interval '6 minutes'
FROM mgen.pay y JOIN mgen.p p ON p.i = y.p WHERE y.prov = 'pp_stripe_stripe' AND y.k % 10 = 4;

CREATE TABLE payment (
  id text NOT NULL, amount numeric NOT NULL, raw_amount jsonb NOT NULL, currency_code text NOT NULL, provider_id text NOT NULL, data jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, captured_at timestamptz NULL,
  canceled_at timestamptz NULL, payment_collection_id text NOT NULL, payment_session_id text NOT NULL, metadata jsonb NULL,
  CONSTRAINT payment_pkey PRIMARY KEY (id));
INSERT INTO payment
SELECT mgen.id('pay', y.k), y.amount, mgen.raw(y.amount), y.cur, y.prov,
       mgen.pi_json(y, 'succeeded', p.email) || CASE WHEN y.prov = 'pp_stripe_stripe' THEN jsonb_build_object('payment_method_details', jsonb_build_object('card', jsonb_build_object('brand', y.brand, 'last4', y.last4, 'exp_month', 1 + y.k % 12, 'exp_year', 2026 + y.k % 4, 'country', upper(p.cc)))) ELSE '{}'::jsonb END,
       y.at, y.at, NULL, CASE WHEN y.prov <> 'pp_system_default' THEN y.at + interval '1 minute' END, CASE WHEN y.k % 37 = 0 THEN y.at + interval '2 hours' END,
       mgen.id('pay_col', y.k), mgen.id('payses', y.k), NULL
FROM mgen.pay y JOIN mgen.p p ON p.i = y.p WHERE y.k <= 300;

CREATE TABLE refund (
  id text NOT NULL, amount numeric NOT NULL, raw_amount jsonb NOT NULL, payment_id text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, created_by text NULL, metadata jsonb NULL, refund_reason_id text NULL,
  note text NULL, CONSTRAINT refund_pkey PRIMARY KEY (id));
INSERT INTO refund
SELECT mgen.id('ref', y.k), round(y.amount * (CASE WHEN y.k % 3 = 0 THEN 1 ELSE 0.3 END), 2), mgen.raw(round(y.amount * (CASE WHEN y.k % 3 = 0 THEN 1 ELSE 0.3 END), 2)),
       mgen.id('pay', y.k), y.at + interval '9 days', y.at + interval '9 days', NULL, mgen.id('user', 2 + y.k % 4),
       CASE WHEN y.prov = 'pp_stripe_stripe' THEN jsonb_build_object('stripe_refund_id', 're' || '_3' || mgen.rnd('re', y.k, 23)) END,
       mgen.id('refr', 1 + y.k % 5),
       fixture_gen.pick(ARRAY[
         'Goodwill refund agreed with ' || p.first || ' ' || p.last || ' on the phone, shade arrived dented',
         'Customer returned the lamp, RMA ok',
         'Partial refund: missing bulb. Customer (' || p.email || ') keeps the item',
         'Courier lost parcel, DHL claim filed. Refund to ' || p.first || ', new mobile ' || mgen.phone(p.cc, 'rfph', y.k),
         NULL, 'Price match with Etsy listing'], 'rfn', y.k)
FROM mgen.pay y JOIN mgen.p p ON p.i = y.p WHERE y.k <= 300 AND y.prov <> 'pp_system_default' AND y.k % 8 = 3;

CREATE TABLE refund_reason (
  id text NOT NULL, label text NOT NULL, description text NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, code text NOT NULL, CONSTRAINT refund_reason_pkey PRIMARY KEY (id));
INSERT INTO refund_reason
SELECT mgen.id('refr', k), l, d, NULL, '2024-02-01 10:00:00+00', '2024-02-01 10:00:00+00', NULL, c
FROM (VALUES (1, 'Return', 'Items returned within 30 days', 'return'), (2, 'Damaged in transit', 'Carrier damage, claim filed with the carrier', 'damaged'),
             (3, 'Goodwill', 'Customer-service gesture', 'goodwill'), (4, 'Lost parcel', 'Parcel lost by the carrier', 'lost'),
             (5, 'Price adjustment', 'Price match or missed promotion', 'price_adjustment'), (6, 'Duplicate payment', NULL, 'duplicate')) v(k, l, d, c);

-- ------------------------------------------------------------- fulfillment module
-- One fulfillment per shipped order (orders 1-300 except canceled and
-- pending ones) and one per received return (return 1-45, 5000 + r).
CREATE TABLE mgen.f AS
SELECT o.k AS f, o.k, o.p, o.cc, o.at + make_interval(hours => 20 + fixture_gen.n('fsh', o.k, 50)) AS shipped, o.ship,
       CASE WHEN o.ship LIKE 'DHL%' THEN '00340434' || fixture_gen.digits('trk', o.k, 12) WHEN o.ship LIKE 'Royal%' THEN upper(mgen.rnd('trkr', o.k, 2)) || fixture_gen.digits('trk', o.k, 9) || 'GB'
            WHEN o.ship LIKE 'UPS%' THEN '1Z' || upper(mgen.rnd('trku', o.k, 6)) || fixture_gen.digits('trk', o.k, 10) WHEN o.ship LIKE 'InPost%' THEN fixture_gen.digits('trk', o.k, 24)
            WHEN o.ship LIKE 'USPS%' THEN '9405' || fixture_gen.digits('trk', o.k, 18) ELSE fixture_gen.digits('trk', o.k, 14) END AS trk,
       CASE WHEN o.cc = 'gb' THEN 3 WHEN o.cc = 'us' THEN 4 WHEN o.k % 11 = 0 THEN 6 + o.k % 8 ELSE 1 END AS loc
FROM mgen.o o WHERE o.k <= 300 AND o.k % 37 <> 0 AND o.at <= '2025-05-20' AND o.ship NOT LIKE 'Abholung%';

CREATE TABLE fulfillment_address (
  id text NOT NULL, company text NULL, first_name text NULL, last_name text NULL, address_1 text NULL, address_2 text NULL, city text NULL,
  country_code text NULL, province text NULL, postal_code text NULL, phone text NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, CONSTRAINT fulfillment_address_pkey PRIMARY KEY (id));
INSERT INTO fulfillment_address
SELECT mgen.id('fuladdr', f.f), a.company, a.first_name, a.last_name, a.address_1, a.address_2, a.city, a.country_code, a.province, a.postal_code, a.phone, NULL,
       f.shipped - interval '3 hours', f.shipped - interval '3 hours', NULL
FROM mgen.f f JOIN order_address a ON a.id = replace(mgen.id('caaddr', f.k), 'caaddr_', 'ordaddr_');

CREATE TABLE fulfillment (
  id text NOT NULL, location_id text NOT NULL, packed_at timestamptz NULL, shipped_at timestamptz NULL, delivered_at timestamptz NULL,
  canceled_at timestamptz NULL, data jsonb NULL, provider_id text NULL, shipping_option_id text NULL, metadata jsonb NULL, delivery_address_id text NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, marked_shipped_by text NULL,
  created_by text NULL, requires_shipping boolean NOT NULL DEFAULT true, CONSTRAINT fulfillment_pkey PRIMARY KEY (id));
INSERT INTO fulfillment
SELECT mgen.id('ful', f.f), mgen.id('sloc', f.loc), f.shipped - interval '2 hours', f.shipped, CASE WHEN f.shipped < '2025-05-25' THEN f.shipped + make_interval(days => 1 + f.k % 4) END, NULL,
       CASE WHEN f.loc IN (1, 6, 7, 8, 9, 10, 11, 13) THEN jsonb_build_object('parcel', jsonb_build_object('id', 300000000 + f.k * 37, 'name', a.first_name || ' ' || a.last_name, 'company_name', coalesce(a.company, ''),
                 'address', a.address_1, 'address_2', coalesce(a.address_2, ''), 'city', a.city, 'postal_code', a.postal_code, 'country', jsonb_build_object('iso_2', upper(a.country_code)),
                 'telephone', coalesce(a.phone, ''), 'email', p.email, 'tracking_number', f.trk, 'weight', '2.400', 'carrier', jsonb_build_object('code', lower(split_part(f.ship, ' ', 1))),
                 'status', jsonb_build_object('id', 11, 'message', 'Delivered')))
            ELSE jsonb_build_object('3pl_order_id', fixture_gen.digits('3pl', f.k, 9), 'service', f.ship) END,
       CASE WHEN f.loc IN (3, 4) THEN 'manual_manual' ELSE 'sendcloud_sendcloud' END, mgen.id('so', 1 + fixture_gen.n('soid', length(f.ship), 12)), NULL,
       mgen.id('fuladdr', f.f), f.shipped - interval '3 hours', f.shipped, NULL,
       CASE WHEN f.loc NOT IN (3, 4) THEN mgen.id('user', 5 + f.k % 3) END, mgen.id('user', 5 + f.k % 3), true
FROM mgen.f f JOIN order_address a ON a.id = replace(mgen.id('caaddr', f.k), 'caaddr_', 'ordaddr_') JOIN mgen.p p ON p.i = f.p;

CREATE TABLE fulfillment_label (
  id text NOT NULL, tracking_number text NOT NULL, tracking_url text NOT NULL, label_url text NOT NULL, fulfillment_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT fulfillment_label_pkey PRIMARY KEY (id));
INSERT INTO fulfillment_label
SELECT mgen.id('fulla', f.f), f.trk,
       CASE WHEN f.ship LIKE 'DHL%' THEN 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=' || f.trk || '&zip=' || replace(a.postal_code, ' ', '')
            WHEN f.ship LIKE 'Royal%' THEN 'https://www.royalmail.com/track-your-item#/tracking-results/' || f.trk
            WHEN f.ship LIKE 'UPS%' THEN 'https://www.ups.com/track?tracknum=' || f.trk
            WHEN f.ship LIKE 'InPost%' THEN 'https://inpost.pl/sledzenie-przesylek?number=' || f.trk
            WHEN f.ship LIKE 'DPD%' THEN 'https://tracking.dpd.de/status/en_US/parcel/' || f.trk
            ELSE 'https://tracking.sendcloud.sc/forward?carrier=' || lower(split_part(f.ship, ' ', 1)) || '&code=' || f.trk || '&destination=' || a.country_code || '&lang=en&verification=' || replace(a.postal_code, ' ', '') END,
       'https://fjordlight-labels.s3.eu-central-1.amazonaws.com/labels/' || to_char(f.shipped, 'YYYY/MM') || '/' || f.trk || '.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=' || 'AKIA' || upper(mgen.rnd('akia', 1, 16))
         || '%2F' || to_char(f.shipped, 'YYYYMMDD') || '%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=' || to_char(f.shipped, 'YYYYMMDD') || 'T' || to_char(f.shipped, 'HH24MISS') || 'Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('sig', f.f, 64),
       mgen.id('ful', f.f), f.shipped - interval '2 hours', f.shipped - interval '2 hours', NULL
FROM mgen.f f JOIN order_address a ON a.id = replace(mgen.id('caaddr', f.k), 'caaddr_', 'ordaddr_');

-- ------------------------------------------------------------- returns, claims, order changes
CREATE TABLE return_reason (
  id varchar NOT NULL, value varchar NOT NULL, label varchar NOT NULL, description varchar NULL, metadata jsonb NULL, parent_return_reason_id varchar NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT return_reason_pkey PRIMARY KEY (id));
INSERT INTO return_reason
SELECT mgen.id('rr', k), v, l, d, NULL, CASE WHEN par IS NOT NULL THEN mgen.id('rr', par) END, '2024-02-01 10:00:00+00', '2024-02-01 10:00:00+00', NULL
FROM (VALUES (1, 'wrong_size', 'Wrong size', 'The shade or lamp is too big or too small for the space', NULL), (2, 'damaged', 'Arrived damaged', 'Broken or dented on arrival', NULL),
             (3, 'damaged_glass', 'Glass broken', NULL, 2), (4, 'not_as_pictured', 'Not as pictured', 'Colour or finish differs from the photos', NULL),
             (5, 'changed_mind', 'Changed my mind', NULL, NULL), (6, 'wrong_item', 'Wrong item sent', NULL, NULL), (7, 'late', 'Arrived too late', 'Missed the occasion', NULL),
             (8, 'faulty', 'Faulty wiring or switch', 'Electrical fault; do not resell', NULL), (9, 'duplicate', 'Ordered twice', NULL, NULL), (10, 'other', 'Other', NULL, NULL)) v(k, v, l, d, par);

CREATE TABLE mgen.r AS
SELECT row_number() OVER (ORDER BY f.k)::int AS r, f.k, f.p, f.cc, f.shipped FROM mgen.f f WHERE f.k % 6 = 2 OR f.k % 13 = 0;

CREATE TABLE "return" (
  id text NOT NULL, order_id text NOT NULL, claim_id text NULL, exchange_id text NULL, order_version integer NOT NULL, display_id serial,
  status text CHECK (status IN ('open', 'requested', 'received', 'partially_received', 'canceled')) NOT NULL DEFAULT 'open', no_notification boolean NULL,
  refund_amount numeric NULL, raw_refund_amount jsonb NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL, received_at timestamptz NULL, canceled_at timestamptz NULL, location_id text NULL, requested_at timestamptz NULL, created_by text NULL,
  CONSTRAINT return_pkey PRIMARY KEY (id));
INSERT INTO "return" (id, order_id, claim_id, exchange_id, order_version, display_id, status, no_notification, refund_amount, raw_refund_amount, metadata, created_at, updated_at,
  deleted_at, received_at, canceled_at, location_id, requested_at, created_by)
SELECT mgen.id('return', r.r), mgen.id('order', r.k), CASE WHEN r.r % 5 = 0 THEN mgen.id('claim', r.r) END, NULL, 2, r.r,
       CASE WHEN r.r % 9 = 0 THEN 'canceled' WHEN r.shipped > '2025-05-01' THEN 'requested' WHEN r.r % 7 = 0 THEN 'partially_received' ELSE 'received' END, false,
       CASE WHEN r.r % 5 <> 0 THEN round(t.items * 0.6, 2) END, CASE WHEN r.r % 5 <> 0 THEN mgen.raw(round(t.items * 0.6, 2)) END,
       CASE WHEN r.r % 4 = 0 THEN jsonb_build_object('return_label_tracking', 'JJD' || fixture_gen.digits('rtl', r.r, 18), 'return_method', 'dhl_retoure') END,
       r.shipped + interval '5 days', r.shipped + interval '12 days', NULL, CASE WHEN r.r % 9 <> 0 AND r.shipped <= '2025-05-01' THEN r.shipped + interval '11 days' END,
       CASE WHEN r.r % 9 = 0 THEN r.shipped + interval '8 days' END, mgen.id('sloc', CASE WHEN r.cc = 'pl' THEN 12 ELSE 1 END), r.shipped + interval '5 days',
       CASE WHEN r.r % 3 = 0 THEN mgen.id('user', 5 + r.r % 3) ELSE mgen.id('cus', r.p) END
FROM mgen.r r JOIN mgen.tot t ON t.k = r.k;

CREATE TABLE return_item (
  id text NOT NULL, return_id text NOT NULL, reason_id text NULL, item_id text NOT NULL, quantity numeric NOT NULL, raw_quantity jsonb NOT NULL,
  received_quantity numeric NOT NULL DEFAULT 0, raw_received_quantity jsonb NOT NULL DEFAULT '{"value": "0", "precision": 20}', note text NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, damaged_quantity numeric NOT NULL DEFAULT 0,
  raw_damaged_quantity jsonb NOT NULL DEFAULT '{"value": "0", "precision": 20}', CONSTRAINT return_item_pkey PRIMARY KEY (id));
INSERT INTO return_item
SELECT mgen.id('retitem', li.li), mgen.id('return', r.r), mgen.id('rr', 1 + fixture_gen.n('rir', li.li, 10)), mgen.id('ordli', li.li), li.qty, mgen.raw(li.qty),
       CASE WHEN r.r % 9 = 0 THEN 0 ELSE li.qty END, mgen.raw(CASE WHEN r.r % 9 = 0 THEN 0 ELSE li.qty END),
       fixture_gen.pick(ARRAY[NULL, NULL, 'Too big for our hallway',
         'Bought it for my husband ' || fixture_gen.first_name('rin', li.li) || ' but he prefers the brass one',
         'The shade was dented, photos sent to ' || 'support@fjordlight.example' || ' from ' || p.email,
         'Please refund to my new card, old one was stolen. You can reach me on ' || p.phone,
         'Colour is much greyer than on screen', 'My mum ' || fixture_gen.first_name('rim', li.li) || ' ' || p.last || ' is in hospital, we no longer need it'], 'rinote', li.li),
       NULL, r.shipped + interval '5 days', r.shipped + interval '11 days', NULL, CASE WHEN li.li % 7 = 0 THEN 1 ELSE 0 END, mgen.raw(CASE WHEN li.li % 7 = 0 THEN 1 ELSE 0 END)
FROM mgen.r r JOIN mgen.li li ON li.k = r.k JOIN mgen.p p ON p.i = r.p WHERE li.n <= 2;

CREATE TABLE order_claim (
  id text NOT NULL, order_id text NOT NULL, return_id text NULL, order_version integer NOT NULL, display_id serial,
  type text CHECK (type IN ('refund', 'replace')) NOT NULL, no_notification boolean NULL, refund_amount numeric NULL, raw_refund_amount jsonb NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, canceled_at timestamptz NULL,
  created_by text NULL, CONSTRAINT order_claim_pkey PRIMARY KEY (id));
-- claims of damaged or wrong items: with a return every 5th return, alone on orders k % 17 = 1.
CREATE TABLE mgen.c AS
SELECT r.r AS c, r.k, r.p, r.shipped, mgen.id('return', r.r) AS ret FROM mgen.r r WHERE r.r % 5 = 0
UNION ALL SELECT 100 + f.k, f.k, f.p, f.shipped, NULL FROM mgen.f f WHERE f.k % 17 = 1;
INSERT INTO order_claim (id, order_id, return_id, order_version, display_id, type, no_notification, refund_amount, raw_refund_amount, metadata, created_at, updated_at, deleted_at, canceled_at, created_by)
SELECT mgen.id('claim', c.c), mgen.id('order', c.k), c.ret, 2, row_number() OVER (ORDER BY c.c), CASE WHEN c.c % 2 = 0 THEN 'replace' ELSE 'refund' END, false,
       CASE WHEN c.c % 2 = 1 THEN 49 END, CASE WHEN c.c % 2 = 1 THEN mgen.raw(49) END,
       CASE WHEN c.c % 3 = 0 THEN jsonb_build_object('carrier_claim_ref', 'DHL-' || fixture_gen.digits('ccr', c.c, 10)) END,
       c.shipped + interval '3 days', c.shipped + interval '6 days', NULL, NULL, mgen.id('user', 5 + c.c % 3)
FROM mgen.c c;

CREATE TABLE order_claim_item (
  id text NOT NULL, claim_id text NOT NULL, item_id text NOT NULL, is_additional_item boolean NOT NULL DEFAULT false,
  reason text CHECK (reason IN ('missing_item', 'wrong_item', 'production_failure', 'other')) NULL, quantity numeric NOT NULL, raw_quantity jsonb NOT NULL,
  note text NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT order_claim_item_pkey PRIMARY KEY (id));
INSERT INTO order_claim_item
SELECT mgen.id('claitem', c.c * 10 + li.n), mgen.id('claim', c.c), mgen.id('ordli', li.li), li.n = 2 AND c.c % 2 = 0,
       fixture_gen.pick(ARRAY['production_failure', 'missing_item', 'wrong_item', 'other'], 'cir', c.c), li.qty, mgen.raw(li.qty),
       fixture_gen.pick(ARRAY['Glass cracked along the rim, customer sent 3 photos',
         'Customer ' || p.first || ' ' || p.last || ' says the switch sparks. Do NOT resell. Called her back on ' || p.phone,
         'Wrong colour (Fog instead of Sand)', 'Parcel arrived open, bulb missing',
         'Customer is visually impaired, please phone ' || p.phone || ' instead of emailing', NULL], 'cin', c.c * 10 + li.n),
       NULL, c.shipped + interval '3 days', c.shipped + interval '3 days', NULL
FROM mgen.c c JOIN mgen.li li ON li.k = c.k JOIN mgen.p p ON p.i = c.p WHERE li.n <= 2;

CREATE TABLE order_claim_item_image (
  id text NOT NULL, claim_item_id text NOT NULL, url text NOT NULL, metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, CONSTRAINT order_claim_item_image_pkey PRIMARY KEY (id));
INSERT INTO order_claim_item_image
SELECT mgen.id('climg', c.c * 10 + j), mgen.id('claitem', c.c * 10 + 1),
       'https://fjordlight-uploads.s3.eu-central-1.amazonaws.com/claims/' || mgen.id('claim', c.c) || '/' ||
       CASE fixture_gen.n('cif', c.c * 10 + j, 4)
         WHEN 0 THEN 'IMG_' || fixture_gen.digits('cii', c.c * 10 + j, 4) || '.HEIC'
         WHEN 1 THEN 'WhatsApp Image ' || to_char(c.shipped + interval '2 days', 'YYYY-MM-DD') || ' at ' || to_char(c.shipped, 'HH24.MI.SS') || '.jpeg'
         WHEN 2 THEN fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(p.last) || '_broken_lamp_' || j || '.jpg'
         ELSE 'PXL_' || to_char(c.shipped + interval '2 days', 'YYYYMMDD') || '_' || fixture_gen.digits('cip', c.c * 10 + j, 9) || '.jpg' END,
       CASE WHEN j = 1 THEN '{"source": "customer_upload"}'::jsonb END, c.shipped + interval '3 days', c.shipped + interval '3 days', NULL
FROM mgen.c c JOIN mgen.p p ON p.i = c.p, generate_series(1, 3) j WHERE j <= 1 + c.c % 3;

CREATE TABLE order_change (
  id text NOT NULL, order_id text NOT NULL, version integer NOT NULL, description text NULL,
  status text CHECK (status IN ('confirmed', 'declined', 'requested', 'pending', 'canceled')) NOT NULL DEFAULT 'pending', internal_note text NULL,
  created_by text NULL, requested_by text NULL, requested_at timestamptz NULL, confirmed_by text NULL, confirmed_at timestamptz NULL, declined_by text NULL,
  declined_reason text NULL, metadata jsonb NULL, declined_at timestamptz NULL, canceled_by text NULL, canceled_at timestamptz NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), change_type text NULL, deleted_at timestamptz NULL,
  return_id text NULL, claim_id text NULL, exchange_id text NULL, carry_over_promotions boolean NULL, CONSTRAINT order_change_pkey PRIMARY KEY (id));
CREATE TABLE order_change_action (
  id text NOT NULL, order_id text NULL, version integer NULL, ordering bigserial, order_change_id text NULL, reference text NULL, reference_id text NULL,
  action text NOT NULL, details jsonb NULL, amount numeric NULL, raw_amount jsonb NULL, internal_note text NULL, applied boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, return_id text NULL,
  claim_id text NULL, exchange_id text NULL, CONSTRAINT order_change_action_pkey PRIMARY KEY (id));

-- the changes: c 1-999 returns (r), 1000+ claims (c), 2000+ address and email
-- updates, 3000+ edits, 4000+ customer transfers.
CREATE TABLE mgen.ch (c int PRIMARY KEY, k int, p int, typ text, at timestamptz, ret text, claim text, st text, staff int);
INSERT INTO mgen.ch
SELECT r.r, r.k, r.p, 'return', r.shipped + interval '5 days', mgen.id('return', r.r), NULL, CASE WHEN r.r % 9 = 0 THEN 'canceled' WHEN r.r % 11 = 0 THEN 'declined' ELSE 'confirmed' END, 5 + r.r % 3 FROM mgen.r r
UNION ALL SELECT 1000 + c.c, c.k, c.p, 'claim', c.shipped + interval '3 days', c.ret, mgen.id('claim', c.c), 'confirmed', 5 + c.c % 3 FROM mgen.c c
UNION ALL SELECT 2000 + o.k, o.k, o.p, 'update_order', o.at + interval '3 hours', NULL, NULL, 'confirmed', 5 + o.k % 4 FROM mgen.o o WHERE o.k <= 300 AND o.k % 6 = 0
UNION ALL SELECT 3000 + o.k, o.k, o.p, 'edit', o.at + interval '1 day', NULL, NULL, CASE WHEN o.k % 4 = 0 THEN 'requested' ELSE 'confirmed' END, 2 + o.k % 3 FROM mgen.o o WHERE o.k <= 300 AND o.k % 15 = 0
UNION ALL SELECT 4000 + o.k, o.k, o.p, 'transfer', o.at + interval '2 days', NULL, NULL, 'confirmed', NULL FROM mgen.o o JOIN mgen.p p ON p.i = o.p WHERE o.k <= 300 AND NOT p.has_account AND o.k % 5 = 0;

INSERT INTO order_change
SELECT mgen.id('ordch', h.c), mgen.id('order', h.k), 2, CASE h.typ WHEN 'return' THEN 'Return request' WHEN 'claim' THEN 'Claim' WHEN 'update_order' THEN 'Update order' WHEN 'edit' THEN 'Order edit' ELSE 'Transfer order to customer account' END,
       h.st,
       CASE WHEN h.typ = 'update_order' THEN fixture_gen.pick(ARRAY[
              p.first || ' phoned: move delivery to her office, reception will sign. Confirmed identity via order number + postcode ' || p.pc,
              'Typo in email, customer confirmed new address ' || fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@gmail.com by phone (' || p.phone || ')',
              'Customer moving house on the 14th, new address given in chat',
              NULL], 'chin', h.c)
            WHEN h.typ = 'claim' THEN 'Photos checked, ' || fixture_gen.pick(ARRAY['glass shattered', 'shade dented', 'wrong colour'], 'chic', h.c) || '. Replacement approved by ' || u.first
            WHEN h.typ = 'return' AND h.c % 4 = 0 THEN 'Customer ' || p.first || ' ' || p.last || ' asked for store credit instead of refund'
            ELSE NULL END,
       CASE WHEN h.staff IS NOT NULL THEN mgen.id('user', h.staff) END, CASE WHEN h.typ IN ('return', 'transfer') THEN mgen.id('cus', h.p) ELSE mgen.id('user', coalesce(h.staff, 1)) END, h.at,
       CASE WHEN h.st = 'confirmed' THEN mgen.id('user', coalesce(h.staff, 1)) END, CASE WHEN h.st = 'confirmed' THEN h.at + interval '1 hour' END,
       CASE WHEN h.st = 'declined' THEN mgen.id('user', h.staff) END,
       CASE WHEN h.st = 'declined' THEN fixture_gen.pick(ARRAY['Outside the 30-day return window', 'Personalised item (engraved with the customer''s children''s names), cannot be returned', 'Item used: candle burnt down, see photos'], 'chdr', h.c) END,
       CASE WHEN h.typ = 'transfer' THEN jsonb_build_object('source', 'storefront', 'flow', 'order-transfer') END,
       CASE WHEN h.st = 'declined' THEN h.at + interval '1 day' END, CASE WHEN h.st = 'canceled' THEN mgen.id('cus', h.p) END, CASE WHEN h.st = 'canceled' THEN h.at + interval '2 days' END,
       h.at, h.at + interval '1 hour', h.typ, NULL, h.ret, h.claim, NULL, CASE WHEN h.typ = 'edit' THEN true END
FROM mgen.ch h JOIN mgen.p p ON p.i = h.p LEFT JOIN mgen.u u ON u.k = h.staff;

INSERT INTO order_change_action (id, order_id, version, ordering, order_change_id, reference, reference_id, action, details, amount, raw_amount, internal_note, applied, created_at, updated_at, deleted_at, return_id, claim_id, exchange_id)
SELECT mgen.id('ordchact', h.c * 10 + j), mgen.id('order', h.k), 2, h.c * 10 + j, mgen.id('ordch', h.c),
       CASE h.typ WHEN 'return' THEN 'return' WHEN 'claim' THEN 'claim' WHEN 'update_order' THEN 'order' WHEN 'edit' THEN 'order_change' ELSE 'customer' END,
       CASE h.typ WHEN 'return' THEN h.ret WHEN 'claim' THEN h.claim WHEN 'transfer' THEN mgen.id('cus', 1 + (h.p + 150) % 300) ELSE mgen.id('order', h.k) END,
       CASE h.typ WHEN 'return' THEN CASE j WHEN 1 THEN 'RETURN_ITEM' ELSE 'SHIPPING_ADD' END WHEN 'claim' THEN CASE j WHEN 1 THEN 'WRITE_OFF_ITEM' ELSE 'ITEM_ADD' END
            WHEN 'update_order' THEN 'UPDATE_ORDER_PROPERTIES' WHEN 'edit' THEN CASE j WHEN 1 THEN 'ITEM_UPDATE' ELSE 'ITEM_ADD' END ELSE 'TRANSFER_CUSTOMER' END,
       CASE h.typ
         WHEN 'update_order' THEN CASE WHEN j = 1 AND h.c % 3 <> 1 THEN jsonb_build_object('type', 'shipping_address',
                'old', jsonb_build_object('first_name', p.first, 'last_name', p.last, 'address_1', p.street, 'city', p.city, 'postal_code', p.pc, 'phone', p.phone),
                'new', jsonb_build_object('first_name', p.first, 'last_name', p.last, 'company', fixture_gen.pick(ARRAY['Zalando SE', 'Deloitte', 'NHS Leeds', 'Siemens AG'], 'chco', h.c), 'address_1', mgen.street(p.cc, 'chst', h.c), 'city', mgen.city(p.cc, 'chci', h.c), 'postal_code', mgen.postcode(p.cc, 'chpc', h.c), 'phone', p.phone))
              ELSE jsonb_build_object('type', 'email', 'old', p.email, 'new', fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@gmail.com') END
         WHEN 'transfer' THEN jsonb_build_object('reference_id', mgen.id('cus', h.p), 'original_email', p.email, 'token', mgen.hs256('{"order_id":"' || mgen.id('order', h.k) || '","customer_id":"' || mgen.id('cus', 1 + (h.p + 150) % 300) || '","iat":' || extract(epoch FROM h.at)::bigint || '}', 'trtok', h.c))
         WHEN 'edit' THEN jsonb_build_object('reference_id', mgen.id('ordli', (h.k - 1) * 3 + 1), 'quantity', 2, 'unit_price', 89)
         ELSE jsonb_build_object('reference_id', mgen.id('ordli', (h.k - 1) * 3 + 1), 'quantity', 1) END,
       CASE WHEN h.typ IN ('return', 'edit', 'claim') THEN 49 END, CASE WHEN h.typ IN ('return', 'edit', 'claim') THEN mgen.raw(49) END,
       CASE WHEN h.typ = 'return' AND j = 1 AND h.c % 5 = 1 THEN 'Customer will drop it at the Packstation near ' || p.street ELSE NULL END,
       h.st = 'confirmed', h.at, h.at + interval '1 hour', NULL, h.ret, h.claim, NULL
FROM mgen.ch h JOIN mgen.p p ON p.i = h.p, generate_series(1, 2) j
WHERE j = 1 OR h.typ IN ('return', 'claim', 'edit');

-- ------------------------------------------------------------- user, auth and API key modules
CREATE TABLE "user" (
  id text NOT NULL, first_name text NULL, last_name text NULL, email text NOT NULL, avatar_url text NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT user_pkey PRIMARY KEY (id));
INSERT INTO "user"
SELECT mgen.id('user', u.k), u.first, u.last, u.email,
       CASE WHEN u.k % 3 <> 0 THEN 'https://fjordlight-uploads.s3.eu-central-1.amazonaws.com/avatars/' || fixture_gen.ascii(u.first) || '-' || fixture_gen.ascii(u.last) || '-' || fixture_gen.hexn('av', u.k, 8) || '.jpg' END,
       CASE WHEN u.k IN (11, 12) THEN '{"agency": true}'::jsonb WHEN u.k = 1 THEN '{"onboarding_complete": true}'::jsonb END,
       mgen.at('usc', u.k, '2023-08-20', '2024-10-01'), mgen.at('usu', u.k, '2024-10-01', '2025-05-01'), CASE WHEN u.k = 12 THEN timestamptz '2025-02-28 17:00:00+00' END
FROM mgen.u u;

CREATE TABLE auth_identity (
  id text NOT NULL, app_metadata jsonb NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL, CONSTRAINT auth_identity_pkey PRIMARY KEY (id));
CREATE TABLE provider_identity (
  id text NOT NULL, entity_id text NOT NULL, provider text NOT NULL, auth_identity_id text NOT NULL, user_metadata jsonb NULL, provider_metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT provider_identity_pkey PRIMARY KEY (id));
-- a: 1-300 customers with accounts, 1001-1014 staff users.
CREATE TABLE mgen.ai AS
SELECT p.i AS a, p.email, p.first, p.last, p.created, 'customer_id' AS key, mgen.id('cus', p.i) AS actor, CASE WHEN p.i % 8 = 2 THEN 'google' ELSE 'emailpass' END AS prov
FROM mgen.p p WHERE p.has_account
UNION ALL SELECT 1000 + u.k, u.email, u.first, u.last, timestamptz '2023-08-20 10:00:00+00' + u.k * interval '9 days', 'user_id', mgen.id('user', u.k), 'emailpass' FROM mgen.u u;
INSERT INTO auth_identity
SELECT mgen.id('authid', a.a), jsonb_build_object(a.key, a.actor), a.created, a.created, NULL FROM mgen.ai a;
INSERT INTO provider_identity
SELECT mgen.id('provid', a.a), CASE WHEN a.prov = 'google' THEN '1' || fixture_gen.digits('gsub', a.a, 20) ELSE a.email END, a.prov, mgen.id('authid', a.a),
       CASE WHEN a.prov = 'google' THEN jsonb_build_object('email', a.email, 'email_verified', true, 'name', a.first || ' ' || a.last, 'given_name', a.first, 'family_name', a.last,
              'picture', 'https://lh3.googleusercontent.com/a/ACg8oc' || mgen.rnd('gpic', a.a, 40) || '=s96-c') END,
       CASE WHEN a.prov = 'emailpass' THEN jsonb_build_object('password', 'c2NyeXB0AA8AAAAIAAAAA' || fixture_gen.b64('scrypt', a.a, 75)) END,
       a.created, a.created + make_interval(days => fixture_gen.n('piu', a.a, 300)), NULL
FROM mgen.ai a;

CREATE TABLE invite (
  id text NOT NULL, email text NOT NULL, accepted boolean NOT NULL DEFAULT false, token text NOT NULL, expires_at timestamptz NOT NULL, metadata jsonb NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, CONSTRAINT invite_pkey PRIMARY KEY (id));
INSERT INTO invite
SELECT mgen.id('invite', k), e, k <= 14, mgen.hs256('{"id":"' || mgen.id('invite', k) || '","email":"' || e || '","iat":' || extract(epoch FROM t)::bigint || ',"exp":' || (extract(epoch FROM t)::bigint + 86400) || '}', 'invtok', k),
       t + interval '1 day', CASE WHEN k > 14 THEN jsonb_build_object('invited_by', mgen.id('user', 1), 'role', fixture_gen.pick(ARRAY['support', 'warehouse', 'marketing'], 'invr', k)) END,
       t, t + CASE WHEN k <= 14 THEN interval '3 hours' ELSE interval '0' END, NULL
FROM (SELECT k, CASE WHEN k <= 14 THEN (SELECT email FROM mgen.u WHERE u.k = g.k) WHEN k <= 20 THEN fixture_gen.email('invm', k)
                     ELSE fixture_gen.pick(ARRAY['bookkeeping@steuerbuero-lange.example', 'ops@huboo-partners.example', 'jobs+medusa@fjordlight.example'], 'inve', k) END AS e,
             timestamptz '2023-08-20 10:00:00+00' + k * interval '23 days' AS t
      FROM generate_series(1, 22) g(k)) g;

CREATE TABLE api_key (
  id text NOT NULL, token text NOT NULL, salt text NOT NULL, redacted text NOT NULL, title text NOT NULL, type text CHECK (type IN ('publishable', 'secret')) NOT NULL,
  last_used_at timestamptz NULL, created_by text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), revoked_by text NULL, revoked_at timestamptz NULL,
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL, CONSTRAINT api_key_pkey PRIMARY KEY (id));
INSERT INTO api_key
SELECT mgen.id('apk', k),
       CASE WHEN typ = 'publishable' THEN 'pk' || '_' || fixture_gen.hexn('pk', k, 64) ELSE fixture_gen.hexn('skhash', k, 128) END,
       CASE WHEN typ = 'publishable' THEN '' ELSE fixture_gen.hexn('sksalt', k, 32) END,
       CASE WHEN typ = 'publishable' THEN 'pk' || '_' || substr(fixture_gen.hexn('pk', k, 64), 1, 3) || '***' || substr(fixture_gen.hexn('pk', k, 64), 62, 3)
            ELSE 'sk' || '_' || substr(fixture_gen.hexn('sk', k, 64), 1, 3) || '***' || substr(fixture_gen.hexn('sk', k, 64), 62, 3) END,
       title, typ, CASE WHEN k % 4 <> 0 THEN mgen.at('apl', k, '2025-04-01', '2025-05-31') END, mgen.id('user', 1 + k % 2),
       mgen.at('apc', k, '2023-09-01', '2025-01-01'), CASE WHEN k IN (3, 9) THEN mgen.id('user', 1) END, CASE WHEN k IN (3, 9) THEN timestamptz '2025-03-01 09:00:00+00' END,
       mgen.at('apc', k, '2023-09-01', '2025-01-01'), NULL
FROM (VALUES (1, 'Webshop storefront', 'publishable'), (2, 'Trade portal storefront', 'publishable'), (3, 'Old Gatsby storefront', 'publishable'),
             (4, 'Showroom POS app', 'publishable'), (5, 'ERP sync (Xentral)', 'secret'), (6, 'Sendcloud webhook bridge', 'secret'), (7, 'Klaviyo export', 'secret'),
             (8, 'Etsy importer', 'secret'), (9, 'Priya – local dev', 'secret'), (10, 'Zapier', 'secret'), (11, 'Metabase reporting', 'secret'),
             (12, 'Pop-up iPad', 'publishable')) v(k, title, typ);

-- ------------------------------------------------------------- notification module
CREATE TABLE notification_provider (
  id text NOT NULL, handle text NOT NULL, name text NOT NULL, is_enabled boolean NOT NULL DEFAULT true, channels text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT notification_provider_pkey PRIMARY KEY (id));
INSERT INTO notification_provider VALUES
  ('resend', 'resend', 'resend', true, '{email}', '2023-08-20 10:00:00+00', '2024-11-02 10:00:00+00', NULL),
  ('twilio-sms', 'twilio-sms', 'twilio-sms', true, '{sms}', '2024-03-11 10:00:00+00', '2024-03-11 10:00:00+00', NULL),
  ('local', 'local', 'local', false, '{feed}', '2023-08-20 10:00:00+00', '2023-08-20 10:00:00+00', NULL),
  ('slack-alerts', 'slack-alerts', 'slack-alerts', true, '{slack}', '2024-06-01 10:00:00+00', '2024-06-01 10:00:00+00', NULL);

CREATE TABLE notification (
  id text NOT NULL, "to" text NOT NULL, channel text NOT NULL, template text NULL, data jsonb NULL, trigger_type text NULL, resource_id text NULL,
  resource_type text NULL, receiver_id text NULL, original_notification_id text NULL, idempotency_key text NULL, external_id text NULL, provider_id text NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  status text CHECK (status IN ('pending', 'success', 'failure')) NOT NULL DEFAULT 'pending', "from" text NULL, provider_data jsonb NULL,
  CONSTRAINT notification_pkey PRIMARY KEY (id));
-- order confirmations (n 1-300), shipping emails and SMS (1000+), password
-- resets (10000+), staff invites (4000+), transfer requests (5000+), Slack alerts (6000+).
CREATE TABLE mgen.nt (n int, tpl text, chan text, prov text, dest text, data jsonb, trig text, res text, rtype text, recv text, at timestamptz, st text);
INSERT INTO mgen.nt
SELECT o.k, 'order-placed', 'email', 'resend', p.email,
       jsonb_build_object('order', jsonb_build_object('id', mgen.id('order', o.k), 'display_id', 1000 + o.k, 'email', p.email, 'currency_code', mgen.cur(o.cc), 'total', t.items + t.ship,
         'shipping_address', jsonb_build_object('first_name', a.first_name, 'last_name', a.last_name, 'address_1', a.address_1, 'address_2', a.address_2, 'city', a.city, 'postal_code', a.postal_code, 'country_code', a.country_code, 'phone', a.phone),
         'items', (SELECT jsonb_agg(jsonb_build_object('title', v.title, 'variant_title', v.vt, 'quantity', li.qty, 'unit_price', v.price)) FROM mgen.li li JOIN mgen.v v ON v.v = li.v WHERE li.k = o.k)),
         'customer', jsonb_build_object('first_name', p.first)),
       'order.placed', mgen.id('order', o.k), 'order', mgen.id('cus', o.p), o.at + interval '1 minute', 'success'
FROM mgen.o o JOIN mgen.p p ON p.i = o.p JOIN mgen.tot t ON t.k = o.k JOIN order_address a ON a.id = replace(mgen.id('caaddr', o.k), 'caaddr_', 'ordaddr_') WHERE o.k <= 300 AND o.k % 31 <> 0
UNION ALL
SELECT 1000 + f.k, CASE WHEN f.k % 4 = 0 THEN 'shipment-sms' ELSE 'order-shipped' END, CASE WHEN f.k % 4 = 0 THEN 'sms' ELSE 'email' END, CASE WHEN f.k % 4 = 0 THEN 'twilio-sms' ELSE 'resend' END,
       CASE WHEN f.k % 4 = 0 THEN regexp_replace(coalesce(p.phone, '+4915100000000'), '[^0-9+]', '', 'g') ELSE p.email END,
       CASE WHEN f.k % 4 = 0 THEN jsonb_build_object('body', 'Hi ' || p.first || ', your Fjordlight order #' || (1000 + f.k) || ' is on its way: ' || l.tracking_url)
            ELSE jsonb_build_object('order_display_id', 1000 + f.k, 'first_name', p.first, 'tracking_number', f.trk, 'tracking_url', l.tracking_url, 'carrier', f.ship) END,
       'shipment.created', mgen.id('ful', f.f), 'fulfillment', mgen.id('cus', f.p), f.shipped + interval '5 minutes', CASE WHEN f.k % 43 = 0 THEN 'failure' ELSE 'success' END
FROM mgen.f f JOIN mgen.p p ON p.i = f.p JOIN fulfillment_label l ON l.fulfillment_id = mgen.id('ful', f.f)
UNION ALL
SELECT 10000 + a.a, 'password-reset', 'email', 'resend', a.email,
       jsonb_build_object('email', a.email, 'url', CASE WHEN a.key = 'user_id' THEN 'https://admin.fjordlight.example/app/reset-password' ELSE 'https://fjordlight.example/account/reset-password' END
         || '?token=' || mgen.hs256('{"entity_id":"' || a.email || '","provider":"emailpass","iat":' || extract(epoch FROM a.created + interval '200 days')::bigint || ',"exp":' || (extract(epoch FROM a.created + interval '200 days')::bigint + 900) || '}', 'rst', a.a)
         || '&email=' || replace(a.email, '@', '%40')),
       'auth.password_reset', a.email, CASE WHEN a.key = 'user_id' THEN 'user' ELSE 'customer' END, a.actor, a.created + interval '200 days', 'success'
FROM mgen.ai a WHERE a.prov = 'emailpass' AND a.a % 5 = 1
UNION ALL
SELECT 4000 + x.k, 'user-invite', 'email', 'resend', i.email,
       jsonb_build_object('invite_url', 'https://admin.fjordlight.example/app/invite?token=' || i.token, 'invited_by', 'Ingrid Andersen'),
       'invite.created', i.id, 'invite', NULL, i.created_at + interval '1 minute', 'success'
FROM invite i JOIN (SELECT id, row_number() OVER (ORDER BY created_at)::int AS k FROM invite) x ON x.id = i.id
UNION ALL
SELECT 5000 + h.c, 'order-transfer-request', 'email', 'resend', p.email,
       jsonb_build_object('order_display_id', 1000 + h.k, 'accept_url', 'https://fjordlight.example/order/' || mgen.id('order', h.k) || '/transfer/' || (a.details ->> 'token')),
       'order.transfer_requested', mgen.id('order', h.k), 'order', mgen.id('cus', h.p), h.at + interval '1 minute', 'success'
FROM mgen.ch h JOIN mgen.p p ON p.i = h.p JOIN order_change_action a ON a.order_change_id = mgen.id('ordch', h.c) WHERE h.typ = 'transfer'
UNION ALL
SELECT 6000 + o.k, 'high-value-order', 'slack', 'slack-alerts', '#orders',
       jsonb_build_object('text', ':tada: New trade order #' || (1000 + o.k) || ' from ' || p.first || ' ' || p.last || ' (' || coalesce(p.company, '') || ') — ' || (t.items + t.ship) || ' ' || upper(mgen.cur(o.cc))),
       'order.placed', mgen.id('order', o.k), 'order', NULL, o.at + interval '1 minute', 'success'
FROM mgen.o o JOIN mgen.p p ON p.i = o.p JOIN mgen.tot t ON t.k = o.k WHERE o.k <= 300 AND o.sc = 2;

INSERT INTO notification
SELECT mgen.id('noti', n.n), n.dest, n.chan, n.tpl, n.data, n.trig, n.res, n.rtype, n.recv,
       CASE WHEN n.n % 43 = 0 AND n.n BETWEEN 1000 AND 2999 THEN NULL END, n.trig || ':' || n.res || ':' || n.n,
       CASE n.prov WHEN 'resend' THEN fixture_gen.uuid('resend', n.n) WHEN 'twilio-sms' THEN 'SM' || fixture_gen.hexn('twsid', n.n, 32) WHEN 'slack-alerts' THEN (1716000000 + n.n)::text || '.' || fixture_gen.digits('slts', n.n, 6) END,
       n.prov, n.at, n.at + interval '2 seconds', NULL, n.st,
       CASE n.prov WHEN 'resend' THEN 'Fjordlight <orders@fjordlight.example>' WHEN 'twilio-sms' THEN 'Fjordlight' WHEN 'slack-alerts' THEN NULL END,
       CASE n.prov WHEN 'resend' THEN jsonb_build_object('id', fixture_gen.uuid('resend', n.n)) WHEN 'twilio-sms' THEN jsonb_build_object('sid', 'SM' || fixture_gen.hexn('twsid', n.n, 32), 'status', 'queued', 'num_segments', '1')
            ELSE jsonb_build_object('ok', true, 'channel', 'C05' || upper(mgen.rnd('slch', 1, 8))) END
FROM mgen.nt n;

-- ------------------------------------------------------------- promotion module
CREATE TABLE promotion (
  id text NOT NULL, code text NOT NULL, campaign_id text NULL, is_automatic boolean NOT NULL DEFAULT false, type text CHECK (type IN ('standard', 'buyget')) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  status text CHECK (status IN ('draft', 'active', 'inactive')) NOT NULL DEFAULT 'draft', is_tax_inclusive boolean NOT NULL DEFAULT false, "limit" integer NULL,
  used integer NOT NULL DEFAULT 0, metadata jsonb NULL, CONSTRAINT promotion_pkey PRIMARY KEY (id));
INSERT INTO promotion
SELECT mgen.id('promo', k),
       CASE WHEN k <= 12 THEN (ARRAY['WELCOME10', 'SPRING24', 'BLACKFRIDAY24', 'XMAS24', 'FREESHIPUK', 'TRADE15', 'NEWSLETTER10', 'LAMPWEEK', 'SUMMER25', 'MAKERS20', 'STAFF30', 'BUY2GET1CANDLE'])[k]
            ELSE 'THANKYOU-' || upper(mgen.rnd('promocode', k, 6)) END,
       CASE WHEN k IN (2, 3, 4, 9) THEN mgen.id('procamp', k) END, k IN (5, 12), CASE WHEN k = 12 THEN 'buyget' ELSE 'standard' END,
       mgen.at('prmc', k, '2023-09-01', '2025-04-01'), mgen.at('prmu', k, '2024-09-01', '2025-05-01'), NULL,
       CASE WHEN k IN (2, 3, 4) THEN 'inactive' WHEN k = 9 THEN 'draft' ELSE 'active' END, false, CASE WHEN k > 12 THEN 1 END,
       CASE WHEN k > 12 THEN k % 2 ELSE fixture_gen.n('prmused', k, 400) END,
       CASE WHEN k > 12 THEN jsonb_build_object('reason', 'goodwill', 'issued_by', mgen.id('user', 5 + k % 3)) END
FROM generate_series(1, 40) k;

CREATE TABLE promotion_campaign_budget (
  id text NOT NULL, type text CHECK (type IN ('spend', 'usage', 'use_by_attribute', 'spend_by_attribute')) NOT NULL, campaign_id text NOT NULL, "limit" numeric NULL,
  raw_limit jsonb NULL, used numeric NOT NULL DEFAULT 0, raw_used jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL, currency_code text NULL, attribute text NULL, CONSTRAINT promotion_campaign_budget_pkey PRIMARY KEY (id));
INSERT INTO promotion_campaign_budget
SELECT mgen.id('probudg', k), t, mgen.id('procamp', k), l, CASE WHEN l IS NOT NULL THEN mgen.raw(l) END, u, mgen.raw(u),
       mgen.at('pbc', k, '2023-10-01', '2025-03-01'), mgen.at('pbu', k, '2025-03-01', '2025-05-01'), NULL, c, a
FROM (VALUES (2, 'usage', 2000, 412, NULL, NULL), (3, 'use_by_attribute', 1, 0, NULL, 'customer.email'), (4, 'spend', 15000, 9870.50, 'eur', NULL),
             (9, 'use_by_attribute', 1, 0, NULL, 'customer.id'), (20, 'spend_by_attribute', 300, 0, 'eur', 'customer.email'), (21, 'usage', 500, 77, NULL, NULL)) v(k, t, l, u, c, a);

CREATE TABLE promotion_campaign_budget_usage (
  id text NOT NULL, attribute_value text NOT NULL, used numeric NOT NULL DEFAULT 0, budget_id text NOT NULL, raw_used jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT promotion_campaign_budget_usage_pkey PRIMARY KEY (id));
INSERT INTO promotion_campaign_budget_usage
SELECT mgen.id('probu', o.k), CASE WHEN b = 9 THEN mgen.id('cus', o.p) ELSE p.email END, CASE WHEN b = 20 THEN round(t.items * 0.2, 2) ELSE 1 END,
       mgen.id('probudg', b), mgen.raw(CASE WHEN b = 20 THEN round(t.items * 0.2, 2) ELSE 1 END), o.at, o.at, NULL
FROM mgen.o o JOIN mgen.p p ON p.i = o.p JOIN mgen.tot t ON t.k = o.k, LATERAL (SELECT (ARRAY[3, 9, 20])[1 + o.k % 3] AS b) x
WHERE o.k <= 300 AND o.k % 2 = 0;

-- ------------------------------------------------------------- workflow engine (workflows-sdk, database storage)
CREATE TABLE workflow_execution (
  id varchar NOT NULL, workflow_id varchar NOT NULL, transaction_id varchar NOT NULL, execution jsonb NULL, context jsonb NULL, state varchar NOT NULL,
  created_at timestamp NOT NULL DEFAULT now(), updated_at timestamp NOT NULL DEFAULT now(), deleted_at timestamp NULL, retention_time integer NULL,
  run_id text NOT NULL DEFAULT '01JA0000000000000000000000', CONSTRAINT workflow_execution_pkey PRIMARY KEY (workflow_id, transaction_id, run_id));
INSERT INTO workflow_execution
SELECT mgen.id('wf_exec', w), wf, tx,
       jsonb_build_object('state', st, 'steps', jsonb_build_object('_root', jsonb_build_object('id', '_root', 'next', jsonb_build_array('_root.' || s1)),
           '_root.' || s1, jsonb_build_object('id', '_root.' || s1, 'depth', 1, 'invoke', jsonb_build_object('state', CASE WHEN st = 'failed' THEN 'failed' ELSE 'done' END, 'status', 'ok'),
             'compensate', jsonb_build_object('state', 'dormant', 'status', 'idle'), 'attempts', 1, 'saveResponse', true)), 'hasAsyncSteps', false, 'hasFailedSteps', st = 'failed',
           'hasSkippedSteps', false, 'hasWaitingSteps', false, 'hasRevertedSteps', false, 'modelId', wf, 'options', jsonb_build_object('store', true, 'retentionTime', 604800),
           'startedAt', (extract(epoch FROM at) * 1000)::bigint, 'timedOutAt', NULL),
       ctx, st, (at AT TIME ZONE 'UTC')::timestamp(3), (at AT TIME ZONE 'UTC')::timestamp(3) + interval '2 seconds', NULL, 604800,
       '01J' || fixture_gen.chars('wfrun', w, 23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
FROM (
  -- completed carts
  SELECT o.k AS w, 'complete-cart' AS wf, mgen.id('cart', o.k) AS tx, 'create-order' AS s1, 'done' AS st, o.at,
         jsonb_build_object('data', jsonb_build_object('payload', jsonb_build_object('id', mgen.id('cart', o.k)),
           'invoke', jsonb_build_object('create-orders', jsonb_build_object('output', jsonb_build_object('__type', 'WorkflowWorkflowData', 'output',
             jsonb_build_array(jsonb_build_object('id', mgen.id('order', o.k), 'email', p.email,
               'shipping_address', jsonb_build_object('first_name', p.first, 'last_name', p.last, 'address_1', p.street, 'city', p.city, 'postal_code', p.pc, 'phone', p.phone))))))),
           'errors', '[]'::jsonb) AS ctx
  FROM mgen.o o JOIN mgen.p p ON p.i = o.p WHERE o.k <= 300 AND o.k % 3 = 0
  UNION ALL
  -- customer sign-ups
  SELECT 1000 + p.i, 'create-customer-account', mgen.id('authid', p.i), 'create-customers', 'done', p.created,
         jsonb_build_object('data', jsonb_build_object('payload', jsonb_build_object('authIdentityId', mgen.id('authid', p.i),
           'customerData', jsonb_build_object('first_name', p.first, 'last_name', p.last, 'email', p.email, 'phone', p.phone))), 'errors', '[]'::jsonb)
  FROM mgen.p p WHERE p.has_account AND p.i % 4 = 2
  UNION ALL
  -- password resets: the workflow input carries the JWT secret, its output the reset token
  SELECT 2000 + a.a, 'generate-reset-password-token', fixture_gen.uuid('wfrst', a.a), 'generate-reset-password-token', 'done', a.created + interval '200 days',
         jsonb_build_object('data', jsonb_build_object('payload', jsonb_build_object('entityId', a.email, 'actorType', CASE WHEN a.key = 'user_id' THEN 'user' ELSE 'customer' END,
             'provider', 'emailpass', 'secret', (SELECT string_agg(fixture_gen.chars('jwtsecret', 1, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), ''))),
           'invoke', jsonb_build_object('generate-reset-password-token', jsonb_build_object('output', jsonb_build_object('__type', 'WorkflowWorkflowData',
             'output', mgen.hs256('{"entity_id":"' || a.email || '","provider":"emailpass","iat":' || extract(epoch FROM a.created + interval '200 days')::bigint || ',"exp":' || (extract(epoch FROM a.created + interval '200 days')::bigint + 900) || '}', 'rst', a.a))))),
           'errors', '[]'::jsonb)
  FROM mgen.ai a WHERE a.prov = 'emailpass' AND a.a % 5 = 1
  UNION ALL
  -- order address updates, some failed
  SELECT 3000 + h.c, 'update-order', mgen.id('order', h.k) || ':' || mgen.id('ordch', h.c), 'update-order-change', CASE WHEN h.c % 7 = 0 THEN 'failed' ELSE 'done' END, h.at,
         jsonb_build_object('data', jsonb_build_object('payload', jsonb_build_object('id', mgen.id('order', h.k), 'user_id', mgen.id('user', h.staff),
           'shipping_address', jsonb_build_object('address_1', mgen.street(p.cc, 'chst', h.c), 'city', mgen.city(p.cc, 'chci', h.c), 'postal_code', mgen.postcode(p.cc, 'chpc', h.c), 'phone', p.phone))),
           'errors', CASE WHEN h.c % 7 = 0 THEN jsonb_build_array(jsonb_build_object('action', 'update-order-change', 'handlerType', 'invoke', 'error', jsonb_build_object('message', 'Country code cannot be changed', 'name', 'Error'))) ELSE '[]'::jsonb END)
  FROM mgen.ch h JOIN mgen.p p ON p.i = h.p WHERE h.typ = 'update_order'
  UNION ALL
  -- nightly exports
  SELECT 4000 + d, 'export-products', fixture_gen.uuid('wfexp', d), 'generate-product-csv', 'done', timestamptz '2025-04-01 02:00:00+00' + d * interval '1 day',
         jsonb_build_object('data', jsonb_build_object('payload', jsonb_build_object('select', jsonb_build_array('id', 'title', 'handle', 'variants.sku'), 'filter', '{}'::jsonb),
           'invoke', jsonb_build_object('generate-product-csv', jsonb_build_object('output', jsonb_build_object('__type', 'WorkflowWorkflowData', 'output', jsonb_build_object('file', 'product-exports/' || (1743472800 + d * 86400) || '-product-exports.csv'))))),
           'errors', '[]'::jsonb)
  FROM generate_series(1, 30) d
) x;

-- ------------------------------------------------------------- admin: saved views
CREATE TABLE view_configuration (
  id text NOT NULL, entity text NOT NULL, name text NULL, user_id text NULL, is_system_default boolean NOT NULL DEFAULT false, configuration jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL,
  CONSTRAINT view_configuration_pkey PRIMARY KEY (id));
INSERT INTO view_configuration
SELECT mgen.id('vconf', k), e, n, CASE WHEN k > 3 THEN mgen.id('user', 1 + k % 10) END, k <= 3,
       jsonb_build_object('visible_columns', CASE e WHEN 'orders' THEN jsonb_build_array('display_id', 'created_at', 'customer', 'sales_channel', 'payment_status', 'total') ELSE jsonb_build_array('email', 'first_name', 'last_name', 'has_account', 'created_at') END,
         'column_order', '[]'::jsonb, 'filters', f, 'sorting', jsonb_build_object('id', 'created_at', 'desc', true)),
       mgen.at('vcc', k, '2025-01-10', '2025-04-01'), mgen.at('vcu', k, '2025-04-01', '2025-05-30'), NULL
FROM (SELECT k, CASE WHEN k % 2 = 0 THEN 'orders' ELSE 'customers' END AS e,
             CASE WHEN k <= 3 THEN 'Default' ELSE fixture_gen.pick(ARRAY['Unfulfilled', 'Trade customers', 'Returns this week', 'Etsy orders', 'Big spenders', 'Needs follow-up', 'Chargeback watch'], 'vcn', k) END AS n,
             CASE WHEN k <= 3 THEN '{}'::jsonb
                  WHEN k % 5 = 0 THEN jsonb_build_object('q', (SELECT email FROM mgen.p WHERE i = 1 + fixture_gen.n('vcq', k, 300)))
                  WHEN k % 5 = 1 THEN jsonb_build_object('q', (SELECT last FROM mgen.p WHERE i = 1 + fixture_gen.n('vcq', k, 300)))
                  WHEN k % 5 = 2 THEN jsonb_build_object('fulfillment_status', jsonb_build_array('not_fulfilled'))
                  ELSE jsonb_build_object('sales_channel_id', jsonb_build_array(mgen.id('sc', 1 + k % 4))) END AS f
      FROM generate_series(1, 30) k) v;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA mgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
