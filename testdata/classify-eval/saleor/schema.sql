-- classify-eval fixture (HOLDOUT 8, with zammad: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): a Saleor 3 shop on PostgreSQL in Django's app_model naming, a
-- subset of its tables and of their columns with their real names and types:
-- integer and UUID keys, timestamptz, jsonb metadata and private_metadata on
-- most models, a search_document text and a search_vector tsvector beside
-- them. Customers and staff in account_user (pbkdf2 hashes, a jwt_token_key,
-- public metadata holding birthdays, private metadata a verified phone),
-- addresses with E.164 phones and delivery instructions in their metadata,
-- customer and order events whose jsonb parameters hold emails, notes,
-- names and addresses, checkouts keyed by their bearer token, orders and
-- payments with billing names, IP addresses and card brand, first and last
-- digits and expiry, gateway responses as JSON, gift cards whose code is the
-- value, public voucher codes, apps with API keys in private metadata, app
-- tokens, webhooks whose target URLs carry credentials, event payloads with
-- customers' data, plugin configuration mixing public settings and live
-- keys, catalogue copy as EditorJS JSON, invoices behind presigned URLs,
-- the Django session store. A homeware shop selling in six countries.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

CREATE FUNCTION sgen.hexn(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(string_agg(encode(sha512(convert_to(tag || b || ':' || i, 'UTF8')), 'hex'), '' ORDER BY b), 1, len) FROM generate_series(1, (len + 127) / 128) b
$$;

CREATE FUNCTION sgen.b64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(substr(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || '+' || i, 'UTF8'))
      || sha512(convert_to(tag || '-' || i, 'UTF8')) || sha512(convert_to(tag || '*' || i, 'UTF8')), 1, len), 'base64'), E'\n', '')
$$;

CREATE FUNCTION sgen.uuid(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT md5(tag || ':' || i)::uuid $$;

CREATE FUNCTION sgen.js(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(to_json(v)::text, 'null') $$;

CREATE FUNCTION sgen.e164(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(fixture_gen.phone(tag, i), '[^0-9+]', '', 'g') $$;

CREATE FUNCTION sgen.mailof(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '_', '', '-'], tag || 's', i) || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 100)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['mail.example', 'post.example', 'inbox.example', 'example.com', 'example.org', 'example.net', 'webmail.example'], tag || 'd', i)
$$;

CREATE FUNCTION sgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0'], tag, i)
$$;

-- People: 1-25 staff, 26-700 customers.
CREATE TABLE sgen.p AS
SELECT i, f AS first, l AS last, f || ' ' || l AS fn,
       CASE WHEN i <= 25 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@larchlumen.example' ELSE sgen.mailof(f, l, 'scm', i) END AS email,
       sgen.e164('sph', i) AS phone
FROM (SELECT i, fixture_gen.first_name('su', i) AS f, fixture_gen.last_name('sul', i) AS l FROM generate_series(1, 700) i) x;
UPDATE sgen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM sgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Addresses 1-675: each customer's own; 676-1000: a second one (work, a gift recipient).
CREATE TABLE sgen.a AS
SELECT k, cust, CASE WHEN k > 675 AND k % 3 = 0 THEN fixture_gen.first_name('sar', k) ELSE c.first END AS first,
       CASE WHEN k > 675 AND k % 3 = 0 THEN fixture_gen.last_name('sarl', k) ELSE c.last END AS last, g.country, g.city, g.area, g.cityarea
FROM generate_series(1, 1000) k, LATERAL (SELECT 26 + (k - 1) % 675 AS cust) cc JOIN sgen.p c ON c.i = cc.cust,
LATERAL (SELECT * FROM (VALUES (0, 'GB', 'LEEDS', '', 'Headingley'), (1, 'GB', 'MANCHESTER', '', ''), (2, 'DE', 'BERLIN', '', 'Kreuzberg'), (3, 'DE', 'KÖLN', '', ''),
    (4, 'FR', 'LYON', '', ''), (5, 'FR', 'TOULOUSE', '', ''), (6, 'PL', 'KRAKÓW', '', ''), (7, 'ES', 'SEVILLA', 'Sevilla', 'Triana'), (8, 'NL', 'UTRECHT', '', ''),
    (9, 'US', 'PORTLAND', 'OR', ''), (10, 'US', 'AUSTIN', 'TX', ''), (11, 'GB', 'LONDON', '', 'Hackney'), (12, 'DE', 'MÜNCHEN', '', ''), (13, 'FR', 'PARIS', '', '11e arrondissement')) v(m, country, city, area, cityarea)
    WHERE v.m = fixture_gen.n('sacty', cc.cust + CASE WHEN k > 675 THEN 3 ELSE 0 END, 14)) g;

CREATE TABLE account_address (
    id serial PRIMARY KEY, first_name varchar(256) NOT NULL, last_name varchar(256) NOT NULL, company_name varchar(256) NOT NULL, street_address_1 varchar(256) NOT NULL,
    street_address_2 varchar(256) NOT NULL, city varchar(256) NOT NULL, city_area varchar(128) NOT NULL, postal_code varchar(20) NOT NULL, country varchar(2) NOT NULL,
    country_area varchar(128) NOT NULL, phone varchar(128) NOT NULL, metadata jsonb DEFAULT '{}'::jsonb
);
INSERT INTO account_address (id, first_name, last_name, company_name, street_address_1, street_address_2, city, city_area, postal_code, country, country_area, phone, metadata)
SELECT a.k, a.first, a.last, CASE WHEN a.k % 7 = 0 THEN fixture_gen.pick(ARRAY['Kestrel Studio Ltd', 'Alder Dental GmbH', 'Bluefin Architectes SARL', 'Mossgiel Consulting', 'Quayside Bakery', 'Thornbury & Co'], 'saco', a.k) ELSE '' END,
       upper(fixture_gen.street('sast', a.k)),
       CASE WHEN a.k % 5 = 1 THEN fixture_gen.pick(ARRAY['Apt 4B', 'Flat 2', '3rd floor', 'Building C', 'c/o ' || fixture_gen.full_name('saco2', a.k), 'Hinterhaus, 2. OG'], 'sast2', a.k) ELSE '' END,
       a.city, a.cityarea, CASE a.country WHEN 'GB' THEN (ARRAY['LS6', 'M14', 'E8', 'N16'])[1 + a.k % 4] || ' ' || fixture_gen.digits('sapc', a.k, 1) || fixture_gen.chars('sapc', a.k, 2, 'ABDEFGHJLNPQRSTUWXYZ')
            WHEN 'NL' THEN fixture_gen.digits('sapc', a.k, 4) || ' ' || fixture_gen.chars('sapc', a.k, 2, 'ABCDEFGHJKLMNPRSTVWXZ') WHEN 'PL' THEN fixture_gen.digits('sapc', a.k, 2) || '-' || fixture_gen.digits('sapc2', a.k, 3)
            ELSE fixture_gen.digits('sapc', a.k, 5) END,
       a.country, a.area, CASE WHEN a.k % 9 = 4 THEN '' ELSE sgen.e164('saph', a.k) END,
       CASE WHEN a.k % 6 = 2 THEN jsonb_build_object('delivery_instructions', fixture_gen.pick(ARRAY['Leave at the back door if nobody answers.', 'Ring twice, we are on the 3rd floor.',
               'Please call on arrival, the bell is broken.', 'Deliver to the neighbour at number ' || (2 + a.k % 40) || ' if out.', 'Parcel box next to the garage.', 'Side entrance, through the gate.'], 'sadi', a.k))
            WHEN a.k % 6 = 4 THEN '{"address_validated":"true"}'::jsonb ELSE '{}'::jsonb END
FROM sgen.a a;
INSERT INTO account_address (id, first_name, last_name, company_name, street_address_1, street_address_2, city, city_area, postal_code, country, country_area, phone, metadata)
VALUES (1001, '', '', 'Larch & Lumen Ltd', 'UNIT 4, CANAL WHARF', '', 'LEEDS', '', 'LS11 5PS', 'GB', '', '+441134960500', '{}');

CREATE TABLE account_user (
    id serial PRIMARY KEY, email varchar(254) NOT NULL UNIQUE, first_name varchar(256) NOT NULL, last_name varchar(256) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL,
    password varchar(128) NOT NULL, date_joined timestamptz NOT NULL, last_login timestamptz, note text, default_billing_address_id integer, avatar varchar(100),
    private_metadata jsonb DEFAULT '{}'::jsonb, metadata jsonb DEFAULT '{}'::jsonb, jwt_token_key varchar(12) NOT NULL, language_code varchar(35) NOT NULL,
    search_document text NOT NULL, external_reference varchar(250), last_password_reset_request timestamptz
);
INSERT INTO account_user
SELECT p.i, p.email, CASE WHEN p.i > 25 AND p.i % 11 = 0 THEN '' ELSE p.first END, CASE WHEN p.i > 25 AND p.i % 11 = 0 THEN '' ELSE p.last END, p.i <= 25, p.i % 41 <> 0,
       CASE WHEN p.i > 25 AND p.i % 8 = 5 THEN '!' || fixture_gen.chars('sunus', p.i, 40) ELSE fixture_gen.pbkdf2('spw', p.i) END,
       fixture_gen.stamp('sdj', p.i), CASE WHEN p.i % 6 <> 5 THEN fixture_gen.stamp('sll', p.i) + interval '1 year' END,
       CASE WHEN p.i > 25 AND p.i % 13 = 0 THEN fixture_gen.pick(ARRAY['Interior designer, orders for clients. Trade discount agreed by ' || fixture_gen.first_name('su', 1 + p.i % 25) || '.',
               'Returned three sofas in 2023. Check before approving a return.', 'Prefers delivery on Saturdays; lives on a narrow street, small van only.',
               'Wheelchair user, needs delivery to the room (not kerbside).', 'Asked us to stop calling her work number ' || p.phone || '.'], 'sunote', p.i) END,
       CASE WHEN p.i > 25 THEN p.i - 25 END,
       CASE WHEN p.i % 4 = 0 THEN 'user-avatars/' || fixture_gen.pick(ARRAY['avatar_', 'IMG_', 'profile_'], 'sav', p.i) || sgen.hexn('sav', p.i, 12) || '.jpg' ELSE '' END,
       CASE WHEN p.i <= 25 THEN jsonb_build_object('dashboard.theme', fixture_gen.pick(ARRAY['dark', 'light'], 'sdt', p.i))
            WHEN p.i % 5 = 0 THEN jsonb_build_object('stripe.customer_id', 'cus_' || fixture_gen.chars('scus', p.i, 14), 'support.verified_phone', p.phone)
            WHEN p.i % 5 = 1 THEN jsonb_build_object('stripe.customer_id', 'cus_' || fixture_gen.chars('scus', p.i, 14)) ELSE '{}'::jsonb END,
       CASE WHEN p.i <= 25 THEN '{}'::jsonb WHEN p.i % 4 = 1 THEN jsonb_build_object('newsletter', 'true', 'birthday', to_char(fixture_gen.birth_date('sbd', p.i), 'YYYY-MM-DD'))
            WHEN p.i % 4 = 2 THEN jsonb_build_object('newsletter', (p.i % 3 = 0)::text, 'preferred_store', fixture_gen.pick(ARRAY['Leeds', 'Lyon', 'Berlin'], 'sps', p.i)) ELSE '{}'::jsonb END,
       fixture_gen.chars('sjwt', p.i, 12), fixture_gen.pick(ARRAY['en', 'en', 'de', 'fr', 'pl', 'es', 'nl'], 'slang', p.i),
       lower(p.email || E'\n' || CASE WHEN p.i > 25 AND p.i % 11 = 0 THEN '' ELSE p.first || E'\n' || p.last || E'\n' END
           || coalesce((SELECT string_agg(a.first_name || E'\n' || a.last_name || E'\n' || a.street_address_1 || E'\n' || a.city || E'\n' || a.postal_code || E'\n' || a.country || E'\n' || a.phone || E'\n', '' ORDER BY a.id)
                        FROM account_address a WHERE a.id IN (p.i - 25, p.i - 25 + 675)), '')),
       CASE WHEN p.i > 25 AND p.i % 3 = 0 THEN 'CUST-' || lpad((p.i * 7)::text, 6, '0') END,
       CASE WHEN p.i % 17 = 0 THEN fixture_gen.stamp('sprr', p.i) END
FROM sgen.p p;

CREATE TABLE account_customerevent (
    id serial PRIMARY KEY, date timestamptz NOT NULL, type varchar(255) NOT NULL, parameters jsonb NOT NULL, user_id integer, order_id uuid
);
INSERT INTO account_customerevent (date, type, parameters, user_id, order_id)
SELECT fixture_gen.stamp('sce', k), e.type, e.params, c.i, CASE WHEN e.type = 'placed_order' THEN sgen.uuid('sord', 1 + k % 1200) END
FROM generate_series(1, 1300) k JOIN sgen.p c ON c.i = 26 + fixture_gen.n('scec', k, 675),
LATERAL (SELECT * FROM (VALUES
    (0, 'account_created', '{}'::jsonb), (1, 'password_reset_link_sent', '{}'::jsonb), (2, 'placed_order', '{}'::jsonb),
    (3, 'email_changed', jsonb_build_object('old_email', sgen.mailof(c.first, c.last, 'sceo', k), 'new_email', c.email)),
    (4, 'note_added_to_order', jsonb_build_object('message', fixture_gen.pick(ARRAY['Customer called, wants to change the delivery day.', 'Sent a 10 % voucher as an apology.', 'Address corrected on the phone: ' || upper(fixture_gen.street('scest', k)) || '.'], 'scen', k))),
    (5, 'name_assigned', jsonb_build_object('message', c.fn)), (6, 'email_assigned', jsonb_build_object('message', c.email)),
    (7, 'password_changed', '{}'::jsonb), (8, 'account_activated', jsonb_build_object('account_id', c.i)),
    (9, 'digital_link_downloaded', jsonb_build_object('order_line_pk', sgen.uuid('sol', k)))
) v(m, type, params) WHERE v.m = fixture_gen.n('scet', k, 10)) e;

CREATE TABLE account_customernote (
    id serial PRIMARY KEY, date timestamptz NOT NULL, content text NOT NULL, is_public boolean NOT NULL, customer_id integer
);
INSERT INTO account_customernote (date, content, is_public, customer_id)
SELECT fixture_gen.stamp('scn', k), fixture_gen.pick(ARRAY['Called about the missing table legs, sent replacements.', 'VIP: spends over 5k a year, offer free white-glove delivery.',
       'Her husband ' || fixture_gen.full_name('scnh', k) || ' sometimes orders on this account.', 'Fraud check passed, ID seen by ' || fixture_gen.first_name('su', 1 + k % 25) || '.',
       'Moved to ' || upper(fixture_gen.street('scns', k)) || ', update the default address.', 'Asked for the invoice to be addressed to her company.', 'Prefers email, do not phone.'], 'scnc', k),
       k % 4 = 0, 26 + fixture_gen.n('scnu', k, 675)
FROM generate_series(1, 160) k;

CREATE TABLE account_staffnotificationrecipient (
    id serial PRIMARY KEY, staff_email varchar(254), active boolean NOT NULL, user_id integer
);
INSERT INTO account_staffnotificationrecipient (staff_email, active, user_id)
SELECT CASE WHEN k <= 6 THEN (ARRAY['orders@larchlumen.example', 'warehouse-leeds@larchlumen.example', 'returns@larchlumen.example', 'finance@larchlumen.example', 'lyon@larchlumen.example', 'ops-alerts@larchlumen.example'])[k]
            WHEN k % 2 = 0 THEN (SELECT email FROM sgen.p WHERE i = k) END, k % 7 <> 0, CASE WHEN k > 6 AND k % 2 = 1 THEN k END
FROM generate_series(1, 25) k;

-- Open checkouts: the token is what the storefront keeps in a cookie.
CREATE TABLE checkout_checkout (
    token uuid PRIMARY KEY, created_at timestamptz NOT NULL, last_change timestamptz NOT NULL, email varchar(254), user_id integer, billing_address_id integer,
    shipping_address_id integer, note text NOT NULL, country varchar(2) NOT NULL, voucher_code varchar(255), redirect_url varchar(200), tracking_code varchar(255),
    private_metadata jsonb DEFAULT '{}'::jsonb, metadata jsonb DEFAULT '{}'::jsonb
);
INSERT INTO checkout_checkout
SELECT sgen.uuid('schk', k), fixture_gen.stamp('schc', k), fixture_gen.stamp('schc', k) + make_interval(mins => 5 + k % 3000),
       CASE WHEN k % 5 = 0 THEN NULL WHEN k % 3 = 0 THEN sgen.mailof(fixture_gen.first_name('schg', k), fixture_gen.last_name('schgl', k), 'schg', k) ELSE c.email END,
       CASE WHEN k % 3 <> 0 AND k % 5 <> 0 THEN c.i END, CASE WHEN k % 4 <> 0 THEN c.i - 25 END, CASE WHEN k % 4 <> 0 THEN c.i - 25 END,
       CASE WHEN k % 6 = 1 THEN fixture_gen.pick(ARRAY['Please deliver after 5 pm, we both work.', 'It is a present for my mum ' || fixture_gen.first_name('schn', k) || ', please leave out the invoice.',
               'Can the sofa come without the legs attached? The stairs are narrow.', 'Call me on ' || c.phone || ' before delivery.', 'No plastic packaging please.'], 'schn', k) ELSE '' END,
       (SELECT sa.country FROM sgen.a sa WHERE sa.k = c.i - 25), CASE WHEN k % 7 = 0 THEN fixture_gen.pick(ARRAY['SPRING24', 'WELCOME10', 'FREESHIP', 'LUMEN15'], 'schv', k) END,
       'https://www.larchlumen.example/' || fixture_gen.pick(ARRAY['en', 'de', 'fr'], 'schr', k) || '/checkout/complete',
       CASE WHEN k % 4 <> 3 THEN 'GA1.2.' || (100000000 + fixture_gen.n('schga', k, 899999999)) || '.' || (1690000000 + fixture_gen.n('schgb', k, 30000000)) END,
       CASE WHEN k % 8 = 2 THEN jsonb_build_object('klarna.session_id', sgen.uuid('skls', k)::text, 'klarna.client_token', fixture_gen.jwt('sklc', k))
            WHEN k % 8 = 5 THEN jsonb_build_object('avatax.tax_calculation_status', 'ok') ELSE '{}'::jsonb END,
       CASE WHEN k % 3 = 1 THEN jsonb_build_object('utm_source', fixture_gen.pick(ARRAY['newsletter', 'instagram', 'google', 'pinterest'], 'schu', k), 'utm_campaign', 'spring24')
            WHEN k % 3 = 2 THEN '{"gift_wrap":"true"}'::jsonb ELSE '{}'::jsonb END
FROM generate_series(1, 420) k JOIN sgen.p c ON c.i = 26 + fixture_gen.n('schcu', k, 675);

CREATE TABLE sgen.o AS
SELECT k, sgen.uuid('sord', k) AS id, c.i AS cust, k % 6 = 0 AS guest, CASE WHEN k % 6 = 0 THEN sgen.mailof(fixture_gen.first_name('sog', k), fixture_gen.last_name('sogl', k), 'sog', k) ELSE c.email END AS email,
       c.first, c.last, c.fn, c.phone, fixture_gen.stamp('soc', k) AS at, 20 + fixture_gen.n('sotot', k, 300000) / 100.0 AS total,
       (SELECT country FROM sgen.a WHERE a.k = c.i - 25) AS country
FROM generate_series(1, 1200) k JOIN sgen.p c ON c.i = 26 + fixture_gen.n('socu', k, 675);

CREATE TABLE order_order (
    id uuid PRIMARY KEY, number integer NOT NULL, created_at timestamptz NOT NULL, status varchar(32) NOT NULL, user_email varchar(254) NOT NULL, user_id integer,
    billing_address_id integer, shipping_address_id integer, total_gross_amount numeric(20, 3) NOT NULL, customer_note text NOT NULL, tracking_client_id varchar(36) NOT NULL,
    redirect_url varchar(200), checkout_token varchar(36) NOT NULL, private_metadata jsonb DEFAULT '{}'::jsonb, metadata jsonb DEFAULT '{}'::jsonb, search_vector tsvector,
    search_document text NOT NULL, collection_point_name varchar(255)
);
INSERT INTO order_order
SELECT o.id, 2400 + o.k, o.at, fixture_gen.pick(ARRAY['fulfilled', 'fulfilled', 'fulfilled', 'unfulfilled', 'partially_fulfilled', 'returned', 'canceled', 'unconfirmed', 'draft'], 'sost', o.k),
       o.email, CASE WHEN NOT o.guest THEN o.cust END, o.cust - 25, CASE WHEN o.k % 9 = 0 THEN NULL WHEN o.k % 5 = 0 AND o.cust <= 350 THEN o.cust - 25 + 675 ELSE o.cust - 25 END, o.total,
       CASE WHEN o.k % 7 = 2 THEN fixture_gen.pick(ARRAY['Please leave with the neighbour if we are out.', 'Gift for ' || fixture_gen.first_name('soga', o.k) || ', no prices on the delivery note please!',
               'Deliver to the side door, dog in the garden.', 'I need this before the 14th, we move house.', 'Ring my mobile ' || o.phone || ', not the bell.'], 'socn', o.k) ELSE '' END,
       CASE WHEN o.k % 5 = 0 THEN '' ELSE lower(sgen.uuid('sotc', o.k)::text) END, 'https://www.larchlumen.example/checkout/complete',
       sgen.uuid('sochk', o.k)::text,
       CASE WHEN o.k % 4 = 0 THEN jsonb_build_object('erp.sales_order', 'SO-' || (780000 + o.k), 'avatax.transaction_code', 'LL-' || (2400 + o.k)) ELSE '{}'::jsonb END,
       CASE WHEN o.k % 3 = 0 THEN jsonb_build_object('source', fixture_gen.pick(ARRAY['storefront', 'pos-leeds', 'pos-lyon', 'instagram-shop'], 'sosrc', o.k)) ELSE '{}'::jsonb END,
       to_tsvector('simple', o.email || ' ' || a.first_name || ' ' || a.last_name || ' ' || a.street_address_1 || ' ' || a.city || ' ' || a.postal_code || ' ' || a.phone || ' ' || (2400 + o.k)),
       lower((2400 + o.k) || E'\n' || o.email || E'\n' || a.first_name || E'\n' || a.last_name || E'\n' || a.street_address_1 || E'\n' || a.city || E'\n' || a.postal_code || E'\n' || a.phone || E'\n'),
       CASE WHEN o.k % 9 = 0 THEN fixture_gen.pick(ARRAY['Leeds showroom (click & collect)', 'Lyon showroom (click & collect)'], 'socp', o.k) END
FROM sgen.o o JOIN account_address a ON a.id = o.cust - 25;

CREATE TABLE order_orderline (
    id uuid PRIMARY KEY, order_id uuid NOT NULL, product_name varchar(386) NOT NULL, variant_name varchar(255) NOT NULL, product_sku varchar(255), quantity integer NOT NULL,
    unit_price_gross_amount numeric(20, 3) NOT NULL, variant_id integer
);
INSERT INTO order_orderline
SELECT sgen.uuid('sol', o.k * 10 + n), o.id, pr.name, pr.variant, pr.sku, 1 + (o.k + n) % 3, pr.price, pr.vid
FROM sgen.o o, generate_series(1, 1 + o.k % 2) n,
LATERAL (SELECT * FROM (VALUES (0, 'Alva oak dining table', '180 cm / natural oak', 'ALV-TBL-180-OAK', 1290.00, 11), (1, 'Brae linen sofa', '3-seater / sage', 'BRA-SOF-3-SAG', 1890.00, 12),
    (2, 'Corrie stoneware mug', 'Set of 4 / speckled', 'COR-MUG-4-SPK', 38.00, 13), (3, 'Dunmore wool throw', '130 x 170 / charcoal', 'DUN-THR-CHA', 89.00, 14),
    (4, 'Ebbe pendant lamp', 'Large / brass', 'EBB-PEN-L-BRS', 245.00, 15), (5, 'Fenn rattan chair', 'Single', 'FEN-CHR-1', 310.00, 16), (6, 'Gift card', '50 EUR', 'GIFT-50', 50.00, 17),
    (7, 'Hollin bedside table', 'Walnut', 'HOL-BST-WAL', 420.00, 18), (8, 'Isla cotton bedding', 'King / white', 'ISL-BED-K-WHT', 149.00, 19), (9, 'Juno floor mirror', '60 x 170', 'JUN-MIR-170', 275.00, 20)) v(m, name, variant, sku, price, vid)
    WHERE v.m = fixture_gen.n('solp', o.k * 10 + n, 10)) pr;

CREATE TABLE order_orderevent (
    id serial PRIMARY KEY, date timestamptz NOT NULL, type varchar(255) NOT NULL, parameters jsonb NOT NULL, order_id uuid, user_id integer
);
INSERT INTO order_orderevent (date, type, parameters, order_id, user_id)
SELECT o.at + make_interval(hours => n * 7), e.type, e.params, o.id, CASE WHEN e.type IN ('note_added', 'updated_address', 'tracking_updated') THEN 1 + o.k % 25 END
FROM sgen.o o, generate_series(1, 1 + o.k % 3) n, LATERAL (SELECT * FROM (VALUES
    (1, 'placed', '{}'::jsonb), (2, 'email_sent', jsonb_build_object('email', o.email, 'email_type', 'order_confirmation')),
    (3, 'payment_captured', jsonb_build_object('amount', o.total::text)),
    (4, 'note_added', jsonb_build_object('message', fixture_gen.pick(ARRAY['Customer rang, sofa to be delivered on Saturday instead.', 'Damaged leg, replacement sent.', 'Spoke to ' || o.fn || ' on ' || o.phone || ', confirmed.',
        'Refund of shipping approved.'], 'soen', o.k))),
    (5, 'updated_address', jsonb_build_object('new_address', jsonb_build_object('first_name', o.first, 'last_name', o.last, 'street_address_1', upper(fixture_gen.street('soea', o.k)), 'city', 'LEEDS', 'postal_code', 'LS6 2AB', 'country', 'GB', 'phone', o.phone))),
    (6, 'tracking_updated', jsonb_build_object('tracking_number', 'JD0146' || fixture_gen.digits('sotr', o.k, 12), 'fulfillment', 'LL-' || (2400 + o.k) || '-1'))
) v(m, type, params) WHERE v.m = CASE WHEN n = 1 THEN 1 WHEN n = 2 THEN 2 ELSE 3 + fixture_gen.n('soet', o.k, 4) END) e
WHERE o.k <= 700;

CREATE TABLE order_fulfillment (
    id serial PRIMARY KEY, fulfillment_order integer NOT NULL, order_id uuid NOT NULL, status varchar(32) NOT NULL, tracking_number varchar(255) NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO order_fulfillment (fulfillment_order, order_id, status, tracking_number, created_at)
SELECT n, o.id, CASE WHEN o.k % 13 = 0 THEN 'returned' ELSE 'fulfilled' END,
       CASE WHEN o.k % 8 = 0 THEN '' WHEN o.k % 3 = 0 THEN 'JD0146' || fixture_gen.digits('sotr', o.k, 12) WHEN o.k % 3 = 1 THEN '1Z' || fixture_gen.chars('sups', o.k, 6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789') || fixture_gen.digits('sups', o.k, 10)
            ELSE '00340434' || fixture_gen.digits('sdhl', o.k, 12) END,
       o.at + interval '2 days'
FROM sgen.o o, generate_series(1, 1 + (o.k % 11 = 0)::int) n WHERE o.k % 4 <> 3;

CREATE TABLE payment_payment (
    id serial PRIMARY KEY, gateway varchar(255) NOT NULL, created_at timestamptz NOT NULL, charge_status varchar(20) NOT NULL, billing_first_name varchar(256) NOT NULL,
    billing_last_name varchar(256) NOT NULL, billing_company_name varchar(256) NOT NULL, billing_address_1 varchar(256) NOT NULL, billing_city varchar(256) NOT NULL,
    billing_postal_code varchar(256) NOT NULL, billing_country_code varchar(2) NOT NULL, billing_email varchar(254) NOT NULL, customer_ip_address inet, cc_brand varchar(40) NOT NULL,
    cc_exp_month integer, cc_exp_year integer, cc_first_digits varchar(6) NOT NULL, cc_last_digits varchar(4) NOT NULL, extra_data text NOT NULL, token varchar(512) NOT NULL,
    total numeric(12, 3) NOT NULL, order_id uuid, psp_reference varchar(512), private_metadata jsonb DEFAULT '{}'::jsonb
);
INSERT INTO payment_payment (gateway, created_at, charge_status, billing_first_name, billing_last_name, billing_company_name, billing_address_1, billing_city, billing_postal_code, billing_country_code,
    billing_email, customer_ip_address, cc_brand, cc_exp_month, cc_exp_year, cc_first_digits, cc_last_digits, extra_data, token, total, order_id, psp_reference, private_metadata)
SELECT g.gw, o.at, CASE WHEN o.k % 17 = 0 THEN 'refunded' WHEN o.k % 23 = 0 THEN 'not-charged' ELSE 'fully-charged' END, a.first_name, a.last_name, a.company_name, a.street_address_1, a.city, a.postal_code, a.country,
       o.email, (CASE WHEN o.k % 7 = 0 THEN fixture_gen.ipv6('spip', o.k) ELSE fixture_gen.ipv4('spip', o.k) END)::inet,
       CASE WHEN g.gw LIKE '%paypal%' THEN '' ELSE fixture_gen.pick(ARRAY['visa', 'visa', 'mastercard', 'amex', 'maestro', 'cartes_bancaires'], 'spbr', o.k) END,
       CASE WHEN g.gw LIKE '%paypal%' THEN NULL ELSE 1 + fixture_gen.n('spem', o.k, 12) END, CASE WHEN g.gw LIKE '%paypal%' THEN NULL ELSE 2025 + fixture_gen.n('spey', o.k, 6) END,
       CASE WHEN g.gw LIKE '%paypal%' THEN '' ELSE substr(fixture_gen.card('spcc', o.k), 1, 6) END, CASE WHEN g.gw LIKE '%paypal%' THEN '' ELSE right(fixture_gen.card('spcc', o.k), 4) END,
       CASE WHEN g.gw = 'saleor.payments.stripe' THEN '{"client_secret": "pi_' || g.pi || '_secret_' || fixture_gen.chars('spcs', o.k, 25) || '", "customer": "cus_' || fixture_gen.chars('scus', o.cust, 14) || '"}'
            WHEN g.gw = 'mirumee.payments.adyen' THEN '{"shopperEmail": ' || sgen.js(o.email) || ', "shopperIP": "' || fixture_gen.ipv4('spip', o.k) || '", "shopperName": {"firstName": ' || sgen.js(o.first) || ', "lastName": ' || sgen.js(o.last)
                || '}, "browserInfo": {"userAgent": ' || sgen.js(sgen.ua('spua', o.k)) || ', "language": "en-GB", "colorDepth": 24}}'
            ELSE '{}' END,
       CASE WHEN g.gw = 'saleor.payments.stripe' THEN 'pi_' || g.pi WHEN g.gw = 'mirumee.payments.adyen' THEN g.psp ELSE 'PAYID-' || upper(fixture_gen.chars('sppp', o.k, 24)) END,
       o.total, o.id, CASE WHEN g.gw = 'saleor.payments.stripe' THEN 'pi_' || g.pi WHEN g.gw = 'mirumee.payments.adyen' THEN g.psp ELSE NULL END,
       CASE WHEN o.k % 10 = 0 THEN jsonb_build_object('risk.score', (o.k % 90)::text, 'risk.level', CASE WHEN o.k % 90 > 70 THEN 'elevated' ELSE 'normal' END) ELSE '{}'::jsonb END
FROM sgen.o o JOIN account_address a ON a.id = o.cust - 25,
LATERAL (SELECT (ARRAY['saleor.payments.stripe', 'saleor.payments.stripe', 'mirumee.payments.adyen', 'mirumee.payments.braintree.paypal'])[1 + fixture_gen.n('spgw', o.k, 4)] AS gw,
    '3P' || fixture_gen.chars('spi', o.k, 22) AS pi, fixture_gen.chars('spsp', o.k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') AS psp) g;

CREATE TABLE payment_transaction (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, token varchar(512) NOT NULL, kind varchar(25) NOT NULL, error varchar(256), amount numeric(12, 3) NOT NULL,
    gateway_response jsonb NOT NULL, payment_id integer NOT NULL, customer_id varchar(256), action_required_data jsonb DEFAULT '{}'::jsonb
);
INSERT INTO payment_transaction (created_at, token, kind, error, amount, gateway_response, payment_id, customer_id, action_required_data)
SELECT p.created_at + make_interval(mins => n), p.token, CASE WHEN n = 1 AND p.id % 5 = 0 THEN 'action_to_confirm' WHEN n = 1 THEN 'auth' WHEN p.charge_status = 'refunded' THEN 'refund' ELSE 'capture' END,
       CASE WHEN p.id % 19 = 0 AND n = 1 THEN fixture_gen.pick(ARRAY['Your card was declined.', 'Your card has insufficient funds.', 'Refused: 3D Not Authenticated'], 'sptr', p.id) END, p.total,
       CASE WHEN p.gateway = 'saleor.payments.stripe' THEN jsonb_build_object('id', p.token, 'object', 'payment_intent', 'amount', (p.total * 100)::int, 'currency', 'eur', 'status', 'succeeded', 'latest_charge', jsonb_build_object(
                'id', 'ch_' || fixture_gen.chars('spch', p.id, 24), 'billing_details', jsonb_build_object('name', p.billing_first_name || ' ' || p.billing_last_name, 'email', p.billing_email, 'phone', a.phone,
                'address', jsonb_build_object('line1', p.billing_address_1, 'city', p.billing_city, 'postal_code', p.billing_postal_code, 'country', p.billing_country_code)),
                'payment_method_details', jsonb_build_object('card', jsonb_build_object('brand', p.cc_brand, 'last4', p.cc_last_digits, 'exp_month', p.cc_exp_month, 'exp_year', p.cc_exp_year, 'country', p.billing_country_code))))
            WHEN p.gateway = 'mirumee.payments.adyen' THEN jsonb_build_object('pspReference', p.psp_reference, 'resultCode', 'Authorised', 'merchantReference', 'LL-' || p.id, 'additionalData',
                jsonb_build_object('cardSummary', p.cc_last_digits, 'cardHolderName', upper(p.billing_first_name || ' ' || p.billing_last_name), 'expiryDate', p.cc_exp_month || '/' || p.cc_exp_year, 'cardBin', p.cc_first_digits))
            ELSE jsonb_build_object('id', p.token, 'status', 'COMPLETED', 'payer', jsonb_build_object('email_address', p.billing_email, 'payer_id', upper(fixture_gen.chars('sppy', p.id, 13)), 'name', jsonb_build_object('given_name', p.billing_first_name, 'surname', p.billing_last_name))) END,
       p.id, CASE WHEN p.gateway = 'saleor.payments.stripe' THEN substring(p.extra_data FROM '"customer": "([^"]+)"') END,
       CASE WHEN n = 1 AND p.id % 5 = 0 AND p.gateway = 'saleor.payments.stripe' THEN jsonb_build_object('client_secret', substring(p.extra_data FROM '"client_secret": "([^"]+)"'), 'id', p.token)
            WHEN n = 1 AND p.id % 5 = 0 AND p.gateway = 'mirumee.payments.adyen' THEN jsonb_build_object('type', 'threeDS2', 'paymentData', 'Ab02b4c0!' || sgen.b64('spad', p.id, 120), 'authorisationToken', sgen.b64('spat', p.id, 48))
            ELSE '{}'::jsonb END
FROM payment_payment p JOIN sgen.o o ON o.id = p.order_id JOIN account_address a ON a.id = o.cust - 25, generate_series(1, 1 + (p.id % 2)) n
WHERE p.id <= 1000;

-- The transactions API (apps): all references and amounts.
CREATE TABLE payment_transactionitem (
    id serial PRIMARY KEY, token uuid NOT NULL, created_at timestamptz NOT NULL, name varchar(512), message varchar(512), psp_reference varchar(512), available_actions varchar(128)[] NOT NULL,
    charged_value numeric(12, 3) NOT NULL, order_id uuid, external_url varchar(200), payment_method_name varchar(256)
);
INSERT INTO payment_transactionitem (token, created_at, name, message, psp_reference, available_actions, charged_value, order_id, external_url, payment_method_name)
SELECT sgen.uuid('sti', o.k), o.at, CASE WHEN o.k % 3 = 0 THEN 'Adyen' ELSE 'Stripe' END, CASE WHEN o.k % 11 = 0 THEN 'Authorization expired' WHEN o.k % 13 = 0 THEN 'Refund issued from the dashboard' ELSE '' END,
       CASE WHEN o.k % 3 = 0 THEN fixture_gen.chars('stip', o.k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') ELSE 'pi_3Q' || fixture_gen.chars('stip', o.k, 22) END,
       CASE WHEN o.k % 11 = 0 THEN ARRAY['CHARGE', 'CANCEL']::varchar[] ELSE ARRAY['REFUND']::varchar[] END, CASE WHEN o.k % 11 = 0 THEN 0 ELSE o.total END, o.id,
       CASE WHEN o.k % 3 = 0 THEN 'https://ca-live.adyen.com/ca/ca/accounts/showTx.shtml?pspReference=' || fixture_gen.chars('stip', o.k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') || '&txType=Payment'
            ELSE 'https://dashboard.stripe.com/payments/pi_3Q' || fixture_gen.chars('stip', o.k, 22) END,
       fixture_gen.pick(ARRAY['Visa', 'Mastercard', 'American Express', 'iDEAL', 'Klarna Pay Later', 'Apple Pay', 'Google Pay'], 'stpm', o.k)
FROM sgen.o o WHERE o.k > 800;

-- Gift cards: the code is the value.
CREATE TABLE giftcard_giftcard (
    id serial PRIMARY KEY, code varchar(16) NOT NULL UNIQUE, created_by_email varchar(254), used_by_email varchar(254), created_at timestamptz NOT NULL, expiry_date date,
    is_active boolean NOT NULL, initial_balance_amount numeric(12, 3), current_balance_amount numeric(12, 3), search_vector tsvector, metadata jsonb DEFAULT '{}'::jsonb
);
INSERT INTO giftcard_giftcard (code, created_by_email, used_by_email, created_at, expiry_date, is_active, initial_balance_amount, current_balance_amount, search_vector, metadata)
SELECT x.code, x.cby, x.uby, fixture_gen.stamp('sgc', k), CASE WHEN k % 3 = 0 THEN (fixture_gen.stamp('sgc', k) + interval '1 year')::date END, k % 10 <> 0,
       (ARRAY[25, 50, 50, 100, 150, 250])[1 + k % 6], CASE WHEN x.uby IS NULL THEN (ARRAY[25, 50, 50, 100, 150, 250])[1 + k % 6] ELSE (k * 7 % 50) END,
       to_tsvector('simple', right(x.code, 4) || ' ' || coalesce(x.cby, '') || ' ' || coalesce(x.uby, '') || ' ' || coalesce(x.cname, '')),
       CASE WHEN k % 4 = 0 THEN jsonb_build_object('campaign', fixture_gen.pick(ARRAY['xmas-2023', 'refund', 'influencer', 'birthday-2024'], 'sgtg', k)) ELSE '{}'::jsonb END
FROM generate_series(1, 380) k JOIN sgen.p b ON b.i = 26 + fixture_gen.n('sgcb', k, 675) JOIN sgen.p u ON u.i = 26 + fixture_gen.n('sgcu', k, 675),
LATERAL (SELECT upper(fixture_gen.chars('sgcode', k, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')) || '-' || fixture_gen.chars('sgcode2', k, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
        || '-' || fixture_gen.chars('sgcode3', k, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') AS code,
    CASE WHEN k % 5 = 0 THEN (SELECT email FROM sgen.p WHERE i = 1 + k % 25) ELSE b.email END AS cby, CASE WHEN k % 3 <> 1 THEN u.email END AS uby,
    CASE WHEN k % 3 <> 1 THEN u.fn END AS cname) x;

CREATE TABLE giftcard_giftcardevent (
    id serial PRIMARY KEY, date timestamptz NOT NULL, type varchar(255) NOT NULL, parameters jsonb NOT NULL, user_id integer, gift_card_id integer NOT NULL
);
INSERT INTO giftcard_giftcardevent (date, type, parameters, user_id, gift_card_id)
SELECT g.created_at + make_interval(days => n * 3), e.type, e.params, CASE WHEN e.type IN ('issued', 'note_added') THEN 1 + g.id % 25 END, g.id
FROM giftcard_giftcard g, generate_series(1, 2) n, LATERAL (SELECT * FROM (VALUES
    (0, 'bought', jsonb_build_object('order_id', sgen.uuid('sord', g.id)::text, 'expiry_date', g.expiry_date)),
    (1, 'sent_to_customer', jsonb_build_object('email', coalesce(g.used_by_email, g.created_by_email), 'channel_slug', 'default-channel')),
    (2, 'issued', jsonb_build_object('balance', jsonb_build_object('currency', 'EUR', 'initial_balance', g.initial_balance_amount))),
    (3, 'note_added', jsonb_build_object('message', fixture_gen.pick(ARRAY['Goodwill for the late sofa delivery.', 'Replacement for card sent to the wrong address.', 'Prize for the Instagram raffle winner ' || fixture_gen.full_name('sgen', g.id) || '.'], 'sgnm', g.id))),
    (4, 'used_in_order', jsonb_build_object('order_id', sgen.uuid('sord', g.id + 7)::text, 'balance', jsonb_build_object('currency', 'EUR', 'current_balance', g.current_balance_amount), 'email', g.used_by_email)),
    (5, 'resent', jsonb_build_object('email', g.created_by_email))
) v(m, type, params) WHERE v.m = fixture_gen.n('sget' || n, g.id, 6)) e;

CREATE TABLE app_app (
    id serial PRIMARY KEY, name varchar(60) NOT NULL, identifier varchar(256) NOT NULL, is_active boolean NOT NULL, about_app text, homepage_url varchar(200), manifest_url varchar(200),
    author varchar(60), private_metadata jsonb DEFAULT '{}'::jsonb, metadata jsonb DEFAULT '{}'::jsonb
);
INSERT INTO app_app (name, identifier, is_active, about_app, homepage_url, manifest_url, author, private_metadata, metadata)
SELECT nm, ident, k <> 7, about, home, 'https://' || host || '/api/manifest', author,
       CASE k WHEN 1 THEN jsonb_build_object('avatax.config', '{"username":"tax@larchlumen.example","password":"' || fixture_gen.chars('savp', 1, 18) || '","companyCode":"LARCH","isSandbox":false}')
              WHEN 2 THEN jsonb_build_object('klaviyo.public_key', 'Xy7' || fixture_gen.chars('skpk', 1, 3), 'klaviyo.private_key', 'pk' || '_' || sgen.hexn('skpv', 1, 34))
              WHEN 3 THEN jsonb_build_object('stripe.config', '{"publishableKey":"pk' || '_live_' || fixture_gen.chars('sspk', 1, 40) || '","secretKey":"rk' || '_live_' || fixture_gen.chars('ssrk', 1, 40) || '","webhookSecret":"whsec' || '_' || fixture_gen.chars('sswh', 1, 32) || '"}')
              WHEN 4 THEN jsonb_build_object('smtp.config', '{"host":"smtp.postmark.example","port":587,"user":"' || sgen.hexn('spmu', 1, 8) || '-' || sgen.hexn('spmu2', 1, 4) || '","password":"' || sgen.hexn('spmp', 1, 36) || '","sender":"hello@larchlumen.example"}')
              WHEN 5 THEN jsonb_build_object('algolia.appId', 'LL' || fixture_gen.chars('salg', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'algolia.adminApiKey', sgen.hexn('salk', 1, 32), 'algolia.indexPrefix', 'prod_')
              WHEN 6 THEN jsonb_build_object('cms.token', 'ctf_' || fixture_gen.chars('sctf', 1, 43))
              ELSE '{}'::jsonb END,
       CASE WHEN k IN (1, 3, 5) THEN '{"configured":"true"}'::jsonb ELSE '{}'::jsonb END
FROM (VALUES (1, 'AvaTax', 'saleor.app.avatax', 'Calculates taxes with Avalara.', 'https://github.example/saleor/apps', 'avatax.saleor.example', 'Saleor Commerce'),
             (2, 'Klaviyo', 'saleor.app.klaviyo', 'Sends customer and order events to Klaviyo.', 'https://github.example/saleor/apps', 'klaviyo.saleor.example', 'Saleor Commerce'),
             (3, 'Stripe', 'saleor.app.payment.stripe', 'Stripe payments through the transactions API.', 'https://github.example/saleor/saleor-app-payment-stripe', 'stripe.saleor.example', 'Saleor Commerce'),
             (4, 'SMTP', 'saleor.app.smtp', 'Order and account emails over SMTP with MJML templates.', 'https://github.example/saleor/apps', 'smtp.saleor.example', 'Saleor Commerce'),
             (5, 'Search', 'saleor.app.search', 'Keeps Algolia indices in sync with the catalogue.', 'https://github.example/saleor/apps', 'search.saleor.example', 'Saleor Commerce'),
             (6, 'CMS', 'saleor.app.cms', 'Syncs products to Contentful.', 'https://github.example/saleor/apps', 'cms.saleor.example', 'Saleor Commerce'),
             (7, 'ERP bridge (old)', 'com.larchlumen.erp', 'Pushes orders to the ERP. Replaced in 2024.', NULL, 'erp-bridge.larchlumen.example', 'Larch & Lumen IT'),
             (8, 'Data importer', 'saleor.app.data-importer', 'CSV imports of customers.', 'https://github.example/saleor/apps', 'data-importer.saleor.example', 'Saleor Commerce'),
             (9, 'Slack', 'saleor.app.slack', 'Posts new orders to Slack.', 'https://github.example/saleor/apps', 'slack.saleor.example', 'Saleor Commerce'),
             (10, 'Product feed', 'saleor.app.products-feed', 'Google Merchant Center feed.', 'https://github.example/saleor/apps', 'products-feed.saleor.example', 'Saleor Commerce'),
             (11, 'Returns portal', 'com.larchlumen.returns', 'Self-service returns for customers.', 'https://returns.larchlumen.example', 'returns.larchlumen.example', 'Larch & Lumen IT'),
             (12, 'Invoices', 'saleor.app.invoices', 'Generates PDF invoices.', 'https://github.example/saleor/apps', 'invoices.saleor.example', 'Saleor Commerce')) v(k, nm, ident, about, home, host, author);

CREATE TABLE app_apptoken (
    id serial PRIMARY KEY, app_id integer NOT NULL, name varchar(128) NOT NULL, auth_token varchar(128) NOT NULL UNIQUE, token_last_4 varchar(4) NOT NULL
);
INSERT INTO app_apptoken (app_id, name, auth_token, token_last_4)
SELECT 1 + k % 12, CASE WHEN k <= 12 THEN '' ELSE fixture_gen.pick(ARRAY['ci-deploy', 'local dev', 'staging sync', 'backfill 2024-03'], 'satn', k) END,
       encode(sha256(convert_to('satok' || k, 'UTF8')), 'hex'), right(fixture_gen.chars('satok', k, 30), 4)
FROM generate_series(1, 24) k;

CREATE TABLE webhook_webhook (
    id serial PRIMARY KEY, name varchar(255), target_url varchar(255) NOT NULL, secret_key varchar(255), app_id integer NOT NULL, subscription_query text, custom_headers jsonb
);
INSERT INTO webhook_webhook (name, target_url, secret_key, app_id, subscription_query, custom_headers)
SELECT nm, CASE WHEN url LIKE 'awssqs%' THEN 'awssqs://AK' || 'IA' || fixture_gen.chars('sawk', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || ':' || fixture_gen.chars('saws', k, 40) || '@sqs.eu-west-1.amazonaws.com/1234567890/saleor-orders'
                WHEN url LIKE '%@%' THEN replace(url, '@', ':' || fixture_gen.chars('swbp', k, 16) || '@') ELSE url END,
       CASE WHEN k % 3 <> 0 THEN fixture_gen.chars('swsk', k, 32) END, 1 + k % 12,
       'subscription { event { ... on ' || ev || ' { ' || CASE WHEN ev LIKE 'Order%' THEN 'order { id number userEmail total { gross { amount } } }' ELSE 'user { id email firstName lastName }' END || ' } } }',
       CASE WHEN k % 4 = 1 THEN jsonb_build_object('Authorization', 'Bearer ' || fixture_gen.chars('swbt', k, 48)) WHEN k % 4 = 2 THEN '{"X-Source":"saleor-prod"}'::jsonb ELSE '{}'::jsonb END
FROM (VALUES (1, 'Order created to ERP', 'https://erp.larchlumen.example/saleor/orders', 'OrderCreated'), (2, 'Klaviyo customers', 'https://klaviyo.saleor.example/api/webhooks/customer-created', 'CustomerCreated'),
             (3, 'Orders to SQS', 'awssqs', 'OrderFullyPaid'), (4, 'Zapier new order', 'https://hooks.zapier.example/hooks/catch/4411290/3kz9qa/', 'OrderCreated'),
             (5, 'Returns portal', 'https://returns@returns.larchlumen.example/hooks/saleor', 'OrderFulfilled'), (6, 'Slack orders', 'https://slack.saleor.example/api/webhooks/order-created', 'OrderCreated'),
             (7, 'Search index', 'https://search.saleor.example/api/webhooks/product-updated', 'ProductUpdated'), (8, 'Invoices', 'https://invoices.saleor.example/api/webhooks/invoice-requested', 'InvoiceRequested'),
             (9, 'CRM sync (basic auth)', 'https://saleor@crm.larchlumen.example/api/contacts', 'CustomerUpdated'), (10, 'Data warehouse', 'https://ingest.dwh.larchlumen.example/saleor', 'OrderUpdated'),
             (11, 'Fraud checks', 'https://fraud.example/v2/saleor/orders', 'OrderCreated'), (12, 'Order cancelled to ERP', 'https://erp.larchlumen.example/saleor/cancel', 'OrderCancelled'),
             (13, 'Customer deleted (GDPR)', 'https://erp.larchlumen.example/saleor/erase', 'CustomerDeleted'), (14, 'Test receiver', 'https://webhook.site.example/6a0d2a70-4b1e-4a53-9a0e-2b2f1d9f1c11', 'OrderCreated')) v(k, nm, url, ev);

CREATE TABLE core_eventpayload (
    id serial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO core_eventpayload (payload, created_at)
SELECT CASE WHEN o.k % 3 = 0 THEN '[{"type": "CustomerCreated", "id": "VXNlcjo' || c.i || '", "email": ' || sgen.js(c.email) || ', "first_name": ' || sgen.js(c.first) || ', "last_name": ' || sgen.js(c.last)
            || ', "default_billing_address": {"street_address_1": ' || sgen.js(a.street_address_1) || ', "city": ' || sgen.js(a.city) || ', "postal_code": ' || sgen.js(a.postal_code) || ', "phone": ' || sgen.js(a.phone) || '}}]'
       ELSE '{"order": {"id": "' || o.id || '", "number": "' || (2400 + o.k) || '", "userEmail": ' || sgen.js(o.email) || ', "billingAddress": {"firstName": ' || sgen.js(a.first_name) || ', "lastName": ' || sgen.js(a.last_name)
            || ', "streetAddress1": ' || sgen.js(a.street_address_1) || ', "city": ' || sgen.js(a.city) || ', "phone": ' || sgen.js(a.phone) || '}, "total": {"gross": {"amount": ' || o.total || '}}}}' END,
       o.at + interval '1 second'
FROM sgen.o o JOIN sgen.p c ON c.i = o.cust JOIN account_address a ON a.id = o.cust - 25 WHERE o.k <= 600;

CREATE TABLE core_eventdeliveryattempt (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, delivery_id integer, request_headers text, response text, response_status_code integer, status varchar(255) NOT NULL
);
INSERT INTO core_eventdeliveryattempt (created_at, delivery_id, request_headers, response, response_status_code, status)
SELECT fixture_gen.stamp('sda', k), 1 + k / 2,
       '{"Content-Type": "application/json", "X-Saleor-Event": "order_created", "Saleor-Event": "order_created", "Saleor-Domain": "api.larchlumen.example", "Saleor-Api-Url": "https://api.larchlumen.example/graphql/", "Saleor-Signature": "'
           || rtrim(sgen.b64('sdah', k, 27), '=') || '..' || rtrim(translate(sgen.b64('sdas', k, 256), '+/', '-_'), '=') || '"'
           || CASE WHEN k % 4 = 1 THEN ', "Authorization": "Bearer ' || fixture_gen.chars('swbt', 1 + (k / 4) % 14, 48) || '"' ELSE '' END || '}',
       CASE WHEN k % 9 = 0 THEN '<html><body><h1>502 Bad Gateway</h1></body></html>' WHEN k % 13 = 0 THEN '{"error": "invalid signature"}' ELSE '{"ok": true}' END,
       CASE WHEN k % 9 = 0 THEN 502 WHEN k % 13 = 0 THEN 401 ELSE 200 END, CASE WHEN k % 9 = 0 OR k % 13 = 0 THEN 'failed' ELSE 'success' END
FROM generate_series(1, 800) k;

CREATE TABLE plugins_pluginconfiguration (
    id serial PRIMARY KEY, identifier varchar(128) NOT NULL, name varchar(128) NOT NULL, active boolean NOT NULL, configuration jsonb, channel_id integer
);
INSERT INTO plugins_pluginconfiguration (identifier, name, active, configuration, channel_id)
SELECT ident, nm, k NOT IN (5, 9), cfg::jsonb, CASE WHEN ident LIKE 'mirumee.payments%' THEN 1 + k % 3 END
FROM (VALUES
    (1, 'mirumee.payments.stripe', 'Stripe', '[{"name": "public_api_key", "value": "pk' || '_live_' || fixture_gen.chars('sppk', 1, 40) || '"}, {"name": "secret_api_key", "value": "sk' || '_live_' || fixture_gen.chars('spsk', 1, 40) || '"}, {"name": "automatic_payment_capture", "value": true}, {"name": "supported_currencies", "value": "EUR"}]'),
    (2, 'mirumee.payments.stripe', 'Stripe', '[{"name": "public_api_key", "value": "pk' || '_live_' || fixture_gen.chars('sppk', 2, 40) || '"}, {"name": "secret_api_key", "value": "sk' || '_live_' || fixture_gen.chars('spsk', 2, 40) || '"}, {"name": "automatic_payment_capture", "value": false}, {"name": "supported_currencies", "value": "GBP"}]'),
    (3, 'mirumee.payments.adyen', 'Adyen', '[{"name": "merchant-account", "value": "LarchLumenECOM"}, {"name": "api-key", "value": "AQE' || fixture_gen.chars('sadk', 1, 60) || '"}, {"name": "client-key", "value": "live_' || fixture_gen.chars('sack', 1, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '"}, {"name": "hmac-secret-key", "value": "' || upper(sgen.hexn('sadh', 1, 64)) || '"}]'),
    (4, 'mirumee.payments.braintree', 'Braintree', '[{"name": "Merchant ID", "value": "' || fixture_gen.chars('sbtm', 1, 16, 'abcdefghijklmnopqrstuvwxyz0123456789') || '"}, {"name": "Public API key", "value": "' || fixture_gen.chars('sbtp', 1, 16, 'abcdefghijklmnopqrstuvwxyz0123456789') || '"}, {"name": "Secret API key", "value": "' || sgen.hexn('sbts', 1, 32) || '"}, {"name": "Use sandbox", "value": false}]'),
    (5, 'mirumee.payments.dummy', 'Dummy', '[{"name": "Store customers card", "value": false}, {"name": "Automatic payment capture", "value": true}, {"name": "Supported currencies", "value": "EUR,GBP,USD"}]'),
    (6, 'saleor.plugins.user_email', 'User emails', '[{"name": "use_tls", "value": true}, {"name": "host", "value": "smtp.postmark.example"}, {"name": "port", "value": "587"}, {"name": "username", "value": "' || sgen.hexn('spmu', 1, 8) || '"}, {"name": "password", "value": "' || sgen.hexn('spmp', 2, 36) || '"}, {"name": "sender_name", "value": "Larch & Lumen"}, {"name": "sender_address", "value": "hello@larchlumen.example"}]'),
    (7, 'saleor.plugins.admin_email', 'Staff emails', '[{"name": "staff_order_confirmation_template", "value": "<p>New order {{ order.number }} from {{ order.billing_address.first_name }}</p>"}, {"name": "sender_address", "value": "orders@larchlumen.example"}]'),
    (8, 'mirumee.taxes.avalara', 'Avalara', '[{"name": "Username or account", "value": "tax@larchlumen.example"}, {"name": "Password or license", "value": "' || fixture_gen.chars('savl', 1, 16) || '"}, {"name": "Company name", "value": "LARCH"}, {"name": "Use sandbox", "value": false}]'),
    (9, 'saleor.plugins.sendgrid', 'SendGrid (old)', '[{"name": "api_key", "value": "SG.' || fixture_gen.chars('ssgk', 1, 22) || '.' || fixture_gen.chars('ssgv', 1, 43) || '"}, {"name": "sender_name", "value": "Larch & Lumen"}, {"name": "sender_address", "value": "noreply@larchlumen.example"}]'),
    (10, 'saleor.plugins.webhook', 'Webhooks', '[]'),
    (11, 'mirumee.payments.np-atobarai', 'NP Atobarai', '[{"name": "Merchant Code", "value": ""}, {"name": "SP Code", "value": ""}, {"name": "Terminal ID", "value": ""}, {"name": "Use sandbox", "value": true}]'),
    (12, 'saleor.plugins.openid_connect', 'OpenID Connect', '[{"name": "client_id", "value": "saleor-dashboard"}, {"name": "client_secret", "value": "' || fixture_gen.chars('soic', 1, 40) || '"}, {"name": "oauth_authorization_url", "value": "https://sso.larchlumen.example/oauth2/authorize"}, {"name": "staff_user_domains", "value": "larchlumen.example"}]'),
    (13, 'mirumee.payments.adyen', 'Adyen', '[{"name": "merchant-account", "value": "LarchLumenPOS"}, {"name": "api-key", "value": "AQE' || fixture_gen.chars('sadk', 2, 60) || '"}, {"name": "client-key", "value": "live_' || fixture_gen.chars('sack', 2, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '"}, {"name": "hmac-secret-key", "value": "' || upper(sgen.hexn('sadh', 2, 64)) || '"}]'),
    (14, 'saleor.plugins.avatax.excise', 'Avatax Excise', '[{"name": "Use sandbox", "value": true}, {"name": "Company name", "value": "DEFAULT"}]')
) v(k, ident, nm, cfg);

CREATE TABLE product_product (
    id serial PRIMARY KEY, name varchar(250) NOT NULL, description jsonb, description_plaintext text NOT NULL, seo_title varchar(70), search_document text NOT NULL,
    search_vector tsvector, category_id integer, updated_at timestamptz NOT NULL
);
INSERT INTO product_product (name, description, description_plaintext, seo_title, search_document, search_vector, category_id, updated_at)
SELECT x.name, jsonb_build_object('time', 1700000000000 + k::bigint * 86400000, 'blocks', jsonb_build_array(jsonb_build_object('id', fixture_gen.chars('sblk', k, 10), 'type', 'paragraph', 'data', jsonb_build_object('text', x.d1)),
           jsonb_build_object('id', fixture_gen.chars('sblk2', k, 10), 'type', 'list', 'data', jsonb_build_object('style', 'unordered', 'items', jsonb_build_array(x.d2, 'Designed in Leeds')))), 'version', '2.24.3'),
       x.d1 || E'\n' || x.d2 || E'\nDesigned in Leeds', x.name || ' | Larch & Lumen',
       lower(x.name || E'\n' || x.sku || E'\n' || x.d2 || E'\n'), to_tsvector('english', x.name || ' ' || x.d1), 1 + k % 9, fixture_gen.stamp('spu', k)
FROM generate_series(1, 160) k,
LATERAL (SELECT fixture_gen.pick(ARRAY['Alva', 'Brae', 'Corrie', 'Dunmore', 'Ebbe', 'Fenn', 'Hollin', 'Isla', 'Juno', 'Kelda', 'Lyle', 'Morven', 'Nairn', 'Orla', 'Piper'], 'spn', k) || ' '
        || fixture_gen.pick(ARRAY['oak dining table', 'linen sofa', 'stoneware mug', 'wool throw', 'pendant lamp', 'rattan chair', 'bedside table', 'cotton bedding', 'floor mirror', 'jute rug', 'ceramic vase', 'walnut shelf'], 'spt', k)
        || CASE WHEN k > 60 THEN ' ' || (ARRAY['II', 'mini', 'XL', 'outdoor'])[1 + k % 4] ELSE '' END AS name,
    upper(fixture_gen.chars('spsku', k, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) || '-' || lpad(k::text, 4, '0') AS sku,
    fixture_gen.pick(ARRAY['Solid oak with a hard-wax oil finish that deepens in colour over the years.', 'Stonewashed European linen over a kiln-dried beech frame.',
        'Hand-glazed in a small pottery in Stoke-on-Trent; every piece is slightly different.', 'Woven from undyed British wool, warm without being heavy.',
        'Spun brass shade with a fabric cable; takes an E27 bulb up to 60 W.', 'Natural rattan on a powder-coated steel frame, for indoors and covered terraces.'], 'spd1', k) AS d1,
    fixture_gen.pick(ARRAY['Dimensions: 180 x 90 x 75 cm', 'Care: wipe with a damp cloth', 'Delivered assembled', 'Dishwasher safe', 'FSC-certified timber', 'Free returns within 30 days'], 'spd2', k) AS d2) x;

CREATE TABLE discount_voucher (
    id serial PRIMARY KEY, type varchar(20) NOT NULL, name varchar(255), code varchar(255) NOT NULL UNIQUE, usage_limit integer, used integer NOT NULL, start_date timestamptz NOT NULL, end_date timestamptz
);
INSERT INTO discount_voucher (type, name, code, usage_limit, used, start_date, end_date)
SELECT (ARRAY['entire_order', 'shipping', 'specific_product'])[1 + k % 3], nm, code, CASE WHEN k % 2 = 0 THEN 500 * k END, k * 37 % 900,
       timestamptz '2022-01-01 00:00:00+00' + make_interval(days => k * 41), CASE WHEN k % 3 <> 0 THEN timestamptz '2022-01-01 00:00:00+00' + make_interval(days => k * 41 + 30) END
FROM (SELECT k::int AS k, nm, code FROM unnest(ARRAY['Spring sale 2024', 'Welcome 10 %', 'Free shipping', 'Lumen 15', 'Black Friday 2023', 'Newsletter', 'Trade 20', 'Summer 2023', 'Staff', 'Instagram',
        'Sofa week', 'Rug days', 'Xmas 2023', 'Back to school', 'Returning customer', 'Leeds showroom opening', 'Lyon showroom opening', 'Influencer', 'Pinterest', 'Mother''s day 2024',
        'Father''s day 2024', 'Winter clearance', 'App launch', 'Outdoor 2024'],
    ARRAY['SPRING24', 'WELCOME10', 'FREESHIP', 'LUMEN15', 'BF2023', 'NEWS5', 'TRADE20', 'SUMMER23', 'STAFF30', 'INSTA10', 'SOFAWEEK', 'RUGDAYS', 'XMAS23', 'SCHOOL24', 'COMEBACK',
        'LEEDSOPEN', 'LYONOPEN', 'CREATOR15', 'PIN10', 'MUM24', 'DAD24', 'CLEAR40', 'APP10', 'OUTDOOR24']) WITH ORDINALITY AS t(nm, code, k)) v;

CREATE TABLE discount_vouchercustomer (
    id serial PRIMARY KEY, customer_email varchar(254) NOT NULL, voucher_id integer NOT NULL
);
INSERT INTO discount_vouchercustomer (customer_email, voucher_id)
SELECT c.email, 1 + k % 24 FROM generate_series(1, 500) k JOIN sgen.p c ON c.i = 26 + fixture_gen.n('svc', k, 675);

CREATE TABLE site_sitesettings (
    id serial PRIMARY KEY, header_text varchar(200) NOT NULL, default_mail_sender_name varchar(78) NOT NULL, default_mail_sender_address varchar(254), company_address_id integer,
    enable_account_confirmation_by_email boolean NOT NULL
);
INSERT INTO site_sitesettings (header_text, default_mail_sender_name, default_mail_sender_address, company_address_id, enable_account_confirmation_by_email)
VALUES ('Larch & Lumen — homeware made to last', 'Larch & Lumen', 'hello@larchlumen.example', 1001, true);

CREATE TABLE csv_exportfile (
    id serial PRIMARY KEY, status varchar(50) NOT NULL, created_at timestamptz NOT NULL, content_file varchar(100), message varchar(255), user_id integer
);
INSERT INTO csv_exportfile (status, created_at, content_file, message, user_id)
SELECT CASE WHEN k % 7 = 0 THEN 'failed' ELSE 'success' END, fixture_gen.stamp('sex', k),
       CASE WHEN k % 7 = 0 THEN NULL ELSE 'export_files/' || (ARRAY['products_data', 'gift_cards_data', 'customers_data'])[1 + k % 3] || '_' || to_char(fixture_gen.stamp('sex', k), 'YYYY-MM-DD') || '_' || fixture_gen.chars('sexf', k, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.csv' END,
       CASE WHEN k % 7 = 0 THEN 'Export failed: worker timed out after 300 s' ELSE '' END, 1 + k % 25
FROM generate_series(1, 45) k;

CREATE TABLE invoice_invoice (
    id serial PRIMARY KEY, number varchar(255), created_at timestamptz NOT NULL, external_url varchar(2048), invoice_file varchar(100) NOT NULL, message varchar(255), order_id uuid
);
INSERT INTO invoice_invoice (number, created_at, external_url, invoice_file, message, order_id)
SELECT 'LL/' || to_char(o.at, 'YYYY') || '/' || lpad(o.k::text, 5, '0'), o.at + interval '3 hours',
       CASE WHEN o.k % 10 = 0 THEN NULL ELSE 'https://larchlumen-invoices.s3.eu-west-1.amazonaws.com/invoices/' || o.id || '.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK' || 'IA'
            || fixture_gen.chars('sinak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '%2F' || to_char(o.at, 'YYYYMMDD') || '%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=' || to_char(o.at, 'YYYYMMDD"T"HH24MISS"Z"')
            || '&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || sgen.hexn('sinsig', o.k, 64) END,
       CASE WHEN o.k % 10 = 0 THEN '' ELSE 'invoices/invoice-LL-' || to_char(o.at, 'YYYY') || '-' || lpad(o.k::text, 5, '0') || '-order-' || (2400 + o.k) || '-' || left(o.id::text, 8) || '.pdf' END,
       CASE WHEN o.k % 10 = 0 THEN 'Invoice generation failed: template error' END, o.id
FROM sgen.o o WHERE o.k % 2 = 0;

-- Django's session store: the dashboard's legacy admin views.
CREATE TABLE django_session (
    session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL
);
INSERT INTO django_session
SELECT fixture_gen.chars('sdsk', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       rtrim(translate(encode(convert_to('{"_auth_user_id":"' || (1 + k % 25) || '","_auth_user_backend":"django.contrib.auth.backends.ModelBackend","_auth_user_hash":"' || sgen.hexn('sdsh', k, 64) || '"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=')
           || ':' || fixture_gen.chars('sdst', k, 6) || ':' || fixture_gen.chars('sdss', k, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
       fixture_gen.stamp('sdse', k) + interval '14 days'
FROM generate_series(1, 60) k;

CREATE TABLE warehouse_warehouse (
    id uuid PRIMARY KEY, name varchar(250) NOT NULL, slug varchar(255) NOT NULL, email varchar(254) NOT NULL, address_id integer NOT NULL, is_private boolean NOT NULL
);
INSERT INTO warehouse_warehouse
SELECT sgen.uuid('swh', k), nm, lower(regexp_replace(nm, '[^A-Za-z0-9]+', '-', 'g')), em, 1001, k NOT IN (1, 2)
FROM (VALUES (1, 'Leeds showroom', 'leeds-showroom@larchlumen.example'), (2, 'Lyon showroom', 'lyon@larchlumen.example'), (3, 'Leeds DC', 'warehouse-leeds@larchlumen.example'),
             (4, 'Rotterdam 3PL', 'larchlumen@rotterdam-3pl.example'), (5, 'Köln drop-ship (sofas)', ''), (6, 'Poznań 3PL', 'ops@poznan-fulfilment.example'),
             (7, 'Returns Leeds', 'returns@larchlumen.example'), (8, 'Stoke pottery (drop-ship)', 'orders@stoke-pottery.example')) v(k, nm, em);

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
