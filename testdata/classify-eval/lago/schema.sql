-- classify-eval fixture (HOLDOUT 50: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Lago usage-based billing instance on PostgreSQL, in the naming
-- its Rails migrations create (db/schema.rb of mid-2024, version
-- 2024_07_11: plural snake_case tables, uuid keys with gen_random_uuid(),
-- character varying strings, timestamp(6) created_at/updated_at, money as
-- bigint *_cents beside *_currency, integer enums, jsonb properties and
-- settings, varchar[] arrays, secrets encrypted by Active Record encryption
-- as a JSON envelope, PaperTrail versions, Active Storage blobs), a subset of
-- its tables with their real columns and types.
--
-- The instance is billing.parcelwise.io, run by Parcelwise, a B2B shipping
-- API (labels, address lookups, tracking, SMS delivery notices) that bills
-- the online shops, 3PLs and developers using it by usage. Three Lago
-- organizations: Parcelwise Ltd (London, GBP/EUR customers in the UK,
-- Germany, France and Belgium), Parcelwise Inc (Austin, US and Canadian
-- customers) and a sandbox whose address is the CTO's flat. Organizations
-- hold the company's API key (one webhook URL with basic-auth credentials),
-- address, registration and VAT numbers and an invoice footer with bank
-- details and the finance contact. Users with bcrypt digests, memberships,
-- invites and password resets with tokens. Customers are companies, sole
-- traders named after their owner (a few US ones with their SSN as tax id)
-- and individual developers; early customers of the UK entity have their
-- signup email as external_id, which then recurs in events and the
-- operator's tables. Customers carry billing and shipping addresses, lists of
-- billing emails, phones, websites, gravatar logos, registration and VAT
-- numbers, Salesforce ids; customer and invoice metadata mix purchase-order
-- numbers with contacts' names, phones and emails. Billable metrics, plans
-- (override plans whose descriptions record who negotiated what), charges
-- with pricing JSON, subscriptions, taxes, coupons: catalogue. Events
-- ingested from the product with free-form properties: carriers and weights,
-- but also recipients' names, emails and addresses that some merchants send,
-- searched addresses, SMS numbers and, from three careless integrations, a
-- shop access token; their metadata keeps the sender's IP and user agent.
-- Invoices, fees (add-on fees with typed descriptions), credit notes with
-- typed reasons, wallets and their transactions, payment providers with
-- encrypted secrets, their customers' Stripe and GoCardless ids and mandate
-- settings, payments, webhook endpoints (a Zapier catch hook among them) and
-- the webhooks sent with their full payloads (signed PDF links), accounting and tax integrations with encrypted secrets and
-- the customers' ids there, PaperTrail versions with customers' snapshots
-- and an API key rotation, Active Storage blobs and attachments of invoice
-- PDFs and exports.
--
-- NOT Lago: Parcelwise's own tables beside it, in the schema parcelwise_ops
-- (the finance team's: plain integer keys, timestamptz): collections notes
-- on overdue accounts, the inbox of Lago webhooks received by Parcelwise's
-- app with their signatures, the usage forwarder's rejected events with the
-- headers it sent, account owners of each customer, and US sales-tax
-- exemption certificates with presigned links to the scans.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA lgen;

-- rnd: random-looking alphanumerics (len up to ~180).
CREATE FUNCTION lgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;

-- lrnd: lower-case alphanumerics (Active Storage keys, Stripe-like ids).
CREATE FUNCTION lgen.lrnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- b64url: URL-safe unpadded base64 of len bytes.
CREATE FUNCTION lgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION lgen.b64url_text(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(translate(encode(convert_to(s, 'UTF8'), 'base64'), E'\n', ''), '='), '+/', '-_') $$;

-- at: a time between two timestamps, with microseconds (timestamp(6)).
CREATE FUNCTION lgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
            + make_interval(secs => fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- enc: what Active Record encryption stores for an encrypted attribute.
CREATE FUNCTION lgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"p":"' || fixture_gen.b64(tag, i, len) || '","h":{"iv":"' || fixture_gen.b64(tag || 'iv', i, 12) || '","at":"' || fixture_gen.b64(tag || 'at', i, 16) || '"}}'
$$;

-- Places of a country: k picks the city, and the state and postcode prefix
-- that go with it.
CREATE FUNCTION lgen.city(cc text, k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE cc
    WHEN 'GB' THEN ARRAY['London', 'Manchester', 'Leeds', 'Bristol', 'Glasgow', 'Brighton']
    WHEN 'DE' THEN ARRAY['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Stuttgart']
    WHEN 'FR' THEN ARRAY['Paris', 'Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Marseille']
    WHEN 'BE' THEN ARRAY['Bruxelles', 'Antwerpen', 'Gent', 'Liège', 'Leuven', 'Brugge']
    WHEN 'US' THEN ARRAY['Austin', 'Brooklyn', 'Portland', 'Denver', 'Chicago', 'Oakland']
    ELSE ARRAY['Toronto', 'Vancouver', 'Montréal', 'Calgary', 'Ottawa', 'Halifax'] END)[1 + k % 6]
$$;

CREATE FUNCTION lgen.state(cc text, k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE cc
    WHEN 'GB' THEN ARRAY['Greater London', 'Greater Manchester', 'West Yorkshire', 'Bristol', 'Scotland', 'East Sussex']
    WHEN 'DE' THEN ARRAY['Berlin', 'Hamburg', 'Bayern', 'Nordrhein-Westfalen', 'Sachsen', 'Baden-Württemberg']
    WHEN 'FR' THEN ARRAY['Île-de-France', 'Auvergne-Rhône-Alpes', 'Pays de la Loire', 'Nouvelle-Aquitaine', 'Hauts-de-France', 'Provence-Alpes-Côte d''Azur']
    WHEN 'BE' THEN ARRAY['Bruxelles-Capitale', 'Antwerpen', 'Oost-Vlaanderen', 'Liège', 'Vlaams-Brabant', 'West-Vlaanderen']
    WHEN 'US' THEN ARRAY['TX', 'NY', 'OR', 'CO', 'IL', 'CA']
    ELSE ARRAY['ON', 'BC', 'QC', 'AB', 'ON', 'NS'] END)[1 + k % 6]
$$;

CREATE FUNCTION lgen.zip(cc text, k int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN (ARRAY['EC2A', 'M4', 'LS6', 'BS1', 'G2', 'BN1'])[1 + k % 6] || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'DE' THEN (ARRAY['10', '20', '80', '50', '04', '70'])[1 + k % 6] || fixture_gen.digits(tag, i, 3)
    WHEN 'FR' THEN (ARRAY['750', '690', '440', '330', '590', '130'])[1 + k % 6] || lpad((1 + fixture_gen.n(tag, i, 20))::text, 2, '0')
    WHEN 'BE' THEN (ARRAY['10', '20', '90', '40', '30', '80'])[1 + k % 6] || fixture_gen.digits(tag, i, 2)
    WHEN 'US' THEN (ARRAY['787', '112', '972', '802', '606', '946'])[1 + k % 6] || fixture_gen.digits(tag, i, 2)
    ELSE (ARRAY['M5V', 'V6B', 'H2X', 'T2P', 'K1P', 'B3H'])[1 + k % 6] || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 1, 'ABCEGHJKLMNPRSTVXY') || fixture_gen.digits(tag || 'z', i, 1) END
$$;

CREATE FUNCTION lgen.street(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN (1 + fixture_gen.n(tag || 'n', i, 180))::text || ' ' || fixture_gen.pick(ARRAY['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Queen Street', 'Curtain Road', 'Stokes Croft'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Torstraße', 'Kastanienallee', 'Schönhauser Allee', 'Sonnenallee', 'Hauptstraße', 'Lindenstraße', 'Bergmannstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text
    WHEN 'FR' THEN (1 + fixture_gen.n(tag || 'n', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue de la Roquette', 'avenue Jean Jaurès', 'rue Oberkampf', 'boulevard Voltaire', 'rue du Faubourg Saint-Antoine', 'quai de la Fosse'], tag, i)
    WHEN 'BE' THEN fixture_gen.pick(ARRAY['Rue Neuve', 'Kouter', 'Meir', 'Avenue Louise', 'Chaussée de Wavre', 'Bondgenotenlaan'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 220))::text
    WHEN 'US' THEN (100 + fixture_gen.n(tag || 'n', i, 4800))::text || ' ' || fixture_gen.pick(ARRAY['Congress Ave', 'Bedford Ave', 'NE Alberta St', 'Larimer St', 'W Randolph St', 'Telegraph Ave', 'E 6th St', 'Grand St'], tag, i)
    ELSE (10 + fixture_gen.n(tag || 'n', i, 900))::text || ' ' || fixture_gen.pick(ARRAY['King St W', 'Granville St', 'Rue Saint-Denis', '17 Ave SW', 'Spring Garden Rd', 'Bank St'], tag, i) END
$$;

CREATE FUNCTION lgen.phone(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN CASE WHEN i % 2 = 0 THEN '+44 20 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4) ELSE '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) END
    WHEN 'DE' THEN CASE WHEN i % 2 = 0 THEN '+49 30 ' || fixture_gen.digits(tag, i, 8) ELSE '+49 151 ' || fixture_gen.digits(tag, i, 8) END
    WHEN 'FR' THEN CASE WHEN i % 2 = 0 THEN '+33 1 ' ELSE '06 ' END || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2)
    WHEN 'BE' THEN CASE WHEN i % 2 = 0 THEN '+32 2 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) ELSE '+32 47' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2) END
    WHEN 'US' THEN CASE WHEN i % 2 = 0 THEN '+1 512-' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'b', i, 4) ELSE '(718) ' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'b', i, 4) END
    ELSE '+1 416-' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'b', i, 4) END
$$;

-- The three organizations.
CREATE TABLE lgen.org (id int PRIMARY KEY, uid uuid, prefix text, cur text, cc text, host text);
INSERT INTO lgen.org VALUES
  (1, fixture_gen.uuid('org', 1)::uuid, 'PWL', 'GBP', 'GB', 'parcelwise.io'),
  (2, fixture_gen.uuid('org', 2)::uuid, 'PWI', 'USD', 'US', 'parcelwise.io'),
  (3, fixture_gen.uuid('org', 3)::uuid, 'PWS', 'GBP', 'GB', 'parcelwise.io');

-- ---------------------------------------------------------------------------
-- Organizations, users, memberships, invites.

CREATE TABLE organizations (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    api_key character varying,
    webhook_url character varying,
    vat_rate double precision DEFAULT 0.0 NOT NULL,
    country character varying,
    address_line1 character varying,
    address_line2 character varying,
    state character varying,
    zipcode character varying,
    email character varying,
    city character varying,
    logo character varying,
    legal_name character varying,
    legal_number character varying,
    invoice_footer text,
    invoice_grace_period integer DEFAULT 0 NOT NULL,
    timezone character varying DEFAULT 'UTC'::character varying NOT NULL,
    document_locale character varying DEFAULT 'en'::character varying NOT NULL,
    email_settings character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    tax_identification_number character varying,
    net_payment_term integer DEFAULT 0 NOT NULL,
    default_currency character varying DEFAULT 'USD'::character varying NOT NULL,
    document_numbering integer DEFAULT 0 NOT NULL,
    document_number_prefix character varying,
    eu_tax_management boolean DEFAULT false,
    clickhouse_aggregation boolean DEFAULT false NOT NULL,
    premium_integrations character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    custom_aggregation boolean DEFAULT false,
    CONSTRAINT check_organizations_on_invoice_grace_period CHECK (invoice_grace_period >= 0),
    CONSTRAINT check_organizations_on_net_payment_term CHECK (net_payment_term >= 0)
);
CREATE UNIQUE INDEX index_organizations_on_api_key ON organizations (api_key);

INSERT INTO organizations (id, name, created_at, updated_at, api_key, webhook_url, vat_rate, country, address_line1, address_line2, state, zipcode, email, city, logo,
    legal_name, legal_number, invoice_footer, invoice_grace_period, timezone, document_locale, email_settings, tax_identification_number, net_payment_term,
    default_currency, document_numbering, document_number_prefix, eu_tax_management, clickhouse_aggregation, premium_integrations, custom_aggregation)
VALUES
  ((SELECT uid FROM lgen.org WHERE id = 1), 'Parcelwise', '2022-05-03 09:14:22.481230', '2024-06-28 16:02:41.117804', fixture_gen.uuid('orgkey', 11),
   'https://api.parcelwise.io/internal/lago/webhooks', 0.0, 'GB', '2nd Floor, 86-90 Paul Street', NULL, NULL, 'EC2A 4NE', 'billing@parcelwise.io', 'London',
   'organizations/logo/parcelwise-wordmark.png', 'Parcelwise Ltd', '13' || fixture_gen.digits('orgcrn', 1, 6),
   'Parcelwise Ltd, registered in England and Wales no. 13' || fixture_gen.digits('orgcrn', 1, 6) || '. Pay by bank transfer to Barclays, sort code 20-32-53, account '
     || fixture_gen.digits('orgacc', 1, 8) || ' (IBAN ' || fixture_gen.iban('GB', 'BARC203253' || fixture_gen.digits('orgacc', 1, 8)) || '). Questions about this invoice? Eleanor Whitcombe, Finance, eleanor.whitcombe@parcelwise.io, +44 20 3807 1142.',
   3, 'Europe/London', 'en', '{invoice.finalized,credit_note.created,payment_receipt.created}', 'GB' || fixture_gen.digits('orgvat', 1, 9), 14,
   'GBP', 1, 'PWL', true, false, '{netsuite,anrok,progressive_billing}', false),
  ((SELECT uid FROM lgen.org WHERE id = 2), 'Parcelwise Inc', '2023-02-14 15:40:09.002871', '2024-06-21 11:20:55.630112', fixture_gen.uuid('orgkey', 22),
   'https://lago:' || lgen.rnd('orgwhpw', 2, 22) || '@hooks.parcelwise.io/lago/us', 0.0, 'US', '1100 Congress Ave', 'Suite 420', 'TX', '78701', 'billing-us@parcelwise.io', 'Austin',
   'organizations/logo/parcelwise-inc.png', 'Parcelwise, Inc.', 'DE file ' || fixture_gen.digits('orgfile', 2, 7),
   'Parcelwise, Inc. · ACH: JPMorgan Chase, routing 111000614, account ' || fixture_gen.digits('orgach', 2, 10) || ' · Remit to 1100 Congress Ave Suite 420, Austin TX 78701 · AR contact: Marcus Reyes, marcus.reyes@parcelwise.io, (512) 555-0148',
   0, 'America/Chicago', 'en', '{invoice.finalized,credit_note.created}', fixture_gen.digits('orgein', 2, 2) || '-' || fixture_gen.digits('orgein2', 2, 7), 30,
   'USD', 1, 'PWI', false, false, '{xero}', false),
  ((SELECT uid FROM lgen.org WHERE id = 3), 'Parcelwise Sandbox', '2022-05-20 18:03:51.774015', '2024-05-02 22:47:13.300982', fixture_gen.uuid('orgkey', 33),
   NULL, 20.0, 'GB', 'Flat 3', '27 Ditchling Rise', 'East Sussex', 'BN1 4QL', 'tomasz.nowak+lago-sandbox@parcelwise.io', 'Brighton',
   NULL, 'Tomasz Nowak', NULL, 'Sandbox - not a real invoice. Test bank: ' || fixture_gen.iban('GB', 'MONZ040004' || fixture_gen.digits('orgsb', 3, 8)) || ' (Tomasz''s personal Monzo, do not pay).',
   0, 'Europe/London', 'en', '{}', NULL, 0, 'GBP', 0, 'PWS', false, false, '{}', true);

-- Staff: 1-32 Parcelwise people, 33-34 contractors, 35-36 the outside accountants.
CREATE TABLE lgen.u (i int PRIMARY KEY, uid uuid, first text, last text, email text);
INSERT INTO lgen.u
SELECT i, fixture_gen.uuid('usr', i)::uuid, f, l,
       CASE WHEN i <= 32 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@parcelwise.io'
            WHEN i <= 34 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) || (i * 7)::text || '@gmail.com'
            ELSE substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || '@harrowgate-accountants.example' END
FROM (SELECT i, CASE i WHEN 1 THEN 'Tomasz' WHEN 2 THEN 'Eleanor' WHEN 3 THEN 'Marcus' ELSE fixture_gen.first_name('uf', i) END AS f,
             CASE i WHEN 1 THEN 'Nowak' WHEN 2 THEN 'Whitcombe' WHEN 3 THEN 'Reyes' ELSE fixture_gen.last_name('ul', i) END AS l
      FROM generate_series(1, 36) i) x;

CREATE TABLE users (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    email character varying,
    password_digest character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO users
SELECT uid, email, fixture_gen.bcrypt('upw', i), lgen.at('uca', i, '2022-05-03', '2024-05-01'), lgen.at('uua', i, '2024-05-01', '2024-06-28')
FROM lgen.u ORDER BY i;

CREATE TABLE memberships (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    role integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    revoked_at timestamp(6) without time zone
);
INSERT INTO memberships
SELECT fixture_gen.uuid('mem', m.k)::uuid, o.uid, u.uid, u.ca, u.ca, m.role, CASE WHEN m.k % 11 = 0 THEN 1 ELSE 0 END,
       CASE WHEN m.k % 11 = 0 THEN lgen.at('mrv', m.k, '2024-01-01', '2024-06-01') END
FROM (SELECT k, CASE WHEN k <= 36 THEN k ELSE (ARRAY[1, 2, 3, 5, 8, 13, 21, 35, 36, 4])[k - 36] END AS ui,
             CASE WHEN k <= 36 THEN CASE WHEN k IN (3, 7, 9, 12, 15, 19, 23, 27) THEN 2 ELSE 1 END WHEN k <= 40 THEN 1 ELSE 3 END AS oi,
             CASE WHEN k IN (1, 2, 3, 37, 38, 41) THEN 0 WHEN k IN (2, 14, 20, 25, 35, 36, 43, 44) THEN 2 ELSE 1 END AS role
      FROM generate_series(1, 46) k) m
JOIN lgen.u lu ON lu.i = m.ui
JOIN lgen.org o ON o.id = m.oi
CROSS JOIN LATERAL (SELECT lu.uid, lgen.at('mca', m.k, '2022-05-03', '2024-05-01') AS ca) u
ORDER BY m.k;

CREATE TABLE invites (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    membership_id uuid REFERENCES memberships (id),
    email character varying NOT NULL,
    token character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    accepted_at timestamp(6) without time zone,
    revoked_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    role integer DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX index_invites_on_token ON invites (token);
-- 1-20 accepted (the membership's user), 21-30 pending or revoked.
INSERT INTO invites
SELECT fixture_gen.uuid('inv', k)::uuid, m.organization_id, CASE WHEN k <= 20 THEN m.id END,
       CASE WHEN k <= 20 THEN u.email
            WHEN k % 3 = 0 THEN fixture_gen.ascii(fixture_gen.first_name('ivf', k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('ivl', k)) || '@parcelwise.io'
            WHEN k % 3 = 1 THEN fixture_gen.email('ive', k)
            ELSE substr(fixture_gen.ascii(fixture_gen.first_name('ivf', k)), 1, 1) || fixture_gen.ascii(fixture_gen.last_name('ivl', k)) || '@harrowgate-accountants.example' END,
       encode(sha256(convert_to('invite' || k, 'UTF8')), 'hex'),
       CASE WHEN k <= 20 THEN 1 WHEN k % 4 = 0 THEN 2 ELSE 0 END,
       CASE WHEN k <= 20 THEN m.created_at END, CASE WHEN k > 20 AND k % 4 = 0 THEN lgen.at('ivr', k, '2024-03-01', '2024-06-20') END,
       CASE WHEN k <= 20 THEN m.created_at - interval '2 hours' ELSE lgen.at('ivc', k, '2024-01-10', '2024-06-20') END,
       CASE WHEN k <= 20 THEN m.created_at ELSE lgen.at('ivu', k, '2024-06-20', '2024-06-28') END,
       CASE WHEN k <= 20 THEN m.role ELSE k % 3 END
FROM generate_series(1, 30) k
JOIN memberships m ON m.id = fixture_gen.uuid('mem', CASE WHEN k <= 20 THEN k + 4 ELSE 1 + (k % 3) END)::uuid
JOIN users u ON u.id = m.user_id;

CREATE TABLE password_resets (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    token character varying NOT NULL,
    expire_at timestamp(6) without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_password_resets_on_token ON password_resets (token);
INSERT INTO password_resets
SELECT fixture_gen.uuid('pwr', k)::uuid, fixture_gen.uuid('usr', 1 + fixture_gen.n('pwru', k, 36))::uuid, encode(sha256(convert_to('pwreset' || k, 'UTF8')), 'hex'), c + interval '30 minutes', c, c
FROM generate_series(1, 24) k CROSS JOIN LATERAL (SELECT lgen.at('pwrc', k, '2023-01-01', '2024-06-28') AS c) t;

-- ---------------------------------------------------------------------------
-- Customers. 1-170 Parcelwise Ltd's (GB, DE, FR, BE), 171-230 Parcelwise
-- Inc's (US, CA), 231-240 the sandbox's. kind: biz (a company), st (a sole
-- trader trading under their own name), dev (an individual developer).

CREATE TABLE lgen.c (
    i int PRIMARY KEY, org int, kind text, cc text, first text, last text, brand text, name text, legal_name text, email text, ext text,
    vat text, k int, seq int, cur text
);
INSERT INTO lgen.c (i, org, kind, first, last)
SELECT i, CASE WHEN i <= 170 THEN 1 WHEN i <= 230 THEN 2 ELSE 3 END,
       CASE WHEN i > 230 THEN CASE WHEN i % 3 = 0 THEN 'dev' ELSE 'biz' END
            WHEN i % 20 IN (3, 8, 13, 17) THEN 'st' WHEN i % 20 IN (6, 11, 19) THEN 'dev' ELSE 'biz' END,
       fixture_gen.first_name('cf', i), fixture_gen.last_name('cl', i)
FROM generate_series(1, 240) i;

-- EU VAT numbers (with their check digits) decide the EU country.
UPDATE lgen.c SET vat = fixture_gen.vat('cvat', i) WHERE org = 1 AND kind <> 'dev' AND i % 4 <> 0;
UPDATE lgen.c SET cc = CASE WHEN org = 1 THEN coalesce(substr(vat, 1, 2), CASE WHEN kind = 'dev' AND i % 2 = 0 THEN 'DE' ELSE 'GB' END)
                            WHEN org = 2 THEN CASE WHEN i % 5 = 0 THEN 'CA' ELSE 'US' END ELSE 'GB' END,
                  k = fixture_gen.n('ck', i, 6);
UPDATE lgen.c SET vat = 'GB' || fixture_gen.digits('cgbv', i, 9) WHERE org = 1 AND kind <> 'dev' AND cc = 'GB' AND i % 3 <> 1;
UPDATE lgen.c SET vat = CASE WHEN cc = 'CA' THEN fixture_gen.digits('cbn', i, 9) || ' RT0001'
                             WHEN kind = 'st' AND i % 2 = 0 THEN fixture_gen.ssn('cssn', i)
                             ELSE fixture_gen.digits('cein', i, 2) || '-' || fixture_gen.digits('cein2', i, 7) END
WHERE org = 2 AND kind <> 'dev' AND i % 7 <> 3;

UPDATE lgen.c SET brand = fixture_gen.pick(ARRAY['Harbour & Pine', 'Northwind', 'Kettle Brook', 'Lumen Lane', 'Bramble', 'Copperfield', 'Atlas', 'Little Fox', 'Wildflower', 'Blue Heron',
                       'Ironbark', 'Meridian', 'Sable', 'Oak & Anchor', 'Pebble', 'Saltmarsh', 'Fjord', 'Tidal', 'Velvet Moth', 'Granite', 'Kiln', 'Moss & Stone'], 'cb1', i)
                   || ' ' || fixture_gen.pick(ARRAY['Home', 'Coffee', 'Outdoor', 'Cycles', 'Apparel', 'Ceramics', 'Pet Supplies', 'Books', 'Fulfilment', 'Skincare', 'Tea Co', 'Toys', 'Logistics', 'Wines'], 'cb2', i)
WHERE kind = 'biz';
UPDATE lgen.c SET brand = first || ' ' || last || ' ' || fixture_gen.pick(ARRAY['Ceramics', 'Prints', 'Leatherworks', 'Vintage', 'Candles', 'Knitwear', 'Bakes', 'Studio'], 'cbs', i) WHERE kind = 'st';
UPDATE lgen.c SET name = CASE kind WHEN 'dev' THEN first || ' ' || last ELSE brand END,
                  legal_name = CASE kind WHEN 'biz' THEN brand || ' ' || CASE cc WHEN 'GB' THEN 'Ltd' WHEN 'DE' THEN 'GmbH' WHEN 'FR' THEN 'SAS' WHEN 'BE' THEN 'BV' WHEN 'US' THEN CASE WHEN i % 2 = 0 THEN 'Inc.' ELSE 'LLC' END ELSE 'Inc.' END
                                         WHEN 'st' THEN CASE WHEN i % 3 = 0 THEN first || ' ' || last || ' t/a ' || brand ELSE first || ' ' || last END END;
UPDATE lgen.c SET email = CASE kind
    WHEN 'biz' THEN fixture_gen.pick(ARRAY['billing', 'accounts', 'finance', 'ap', 'invoices', 'hello'], 'cem', i) || '@' || fixture_gen.ascii(brand) || '.example'
                    || CASE WHEN i % 6 = 0 THEN ',' || fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@' || fixture_gen.ascii(brand) || '.example' ELSE '' END
    WHEN 'st' THEN CASE WHEN i % 2 = 0 THEN fixture_gen.ascii(first) || '@' || fixture_gen.ascii(first || last) || '.example'
                        ELSE fixture_gen.ascii(first) || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'gmx.de', 'orange.fr'], 'csd', i) END
    ELSE CASE WHEN org = 3 THEN 'qa+' || fixture_gen.ascii(first) || '@parcelwise.io'
              ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || (i % 97)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'hey.com', 'fastmail.com', 'web.de'], 'cdd', i) END END;
UPDATE lgen.c SET ext = CASE WHEN (org = 1 AND i <= 80 AND i % 4 = 1) OR (org = 3 AND kind = 'dev') THEN split_part(email, ',', 1)
                             WHEN org = 3 THEN 'sandbox-merchant-' || i ELSE 'acc_' || lgen.rnd('cext', i, 16) END,
                  cur = CASE cc WHEN 'GB' THEN 'GBP' WHEN 'US' THEN 'USD' WHEN 'CA' THEN 'CAD' ELSE 'EUR' END;
UPDATE lgen.c c SET seq = r.rn FROM (SELECT i, row_number() OVER (PARTITION BY org ORDER BY i) AS rn FROM lgen.c) r WHERE r.i = c.i;

CREATE TABLE customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    external_id character varying NOT NULL,
    name character varying,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    country character varying,
    address_line1 character varying,
    address_line2 character varying,
    state character varying,
    zipcode character varying,
    email character varying,
    city character varying,
    url character varying,
    phone character varying,
    logo_url character varying,
    legal_name character varying,
    legal_number character varying,
    vat_rate double precision,
    payment_provider character varying,
    slug character varying,
    sequential_id bigint,
    currency character varying,
    invoice_grace_period integer,
    timezone character varying,
    deleted_at timestamp(6) without time zone,
    document_locale character varying,
    tax_identification_number character varying,
    net_payment_term integer,
    external_salesforce_id character varying,
    payment_provider_code character varying,
    shipping_address_line1 character varying,
    shipping_address_line2 character varying,
    shipping_city character varying,
    shipping_zipcode character varying,
    shipping_state character varying,
    shipping_country character varying,
    CONSTRAINT check_customers_on_invoice_grace_period CHECK (invoice_grace_period >= 0),
    CONSTRAINT check_customers_on_net_payment_term CHECK (net_payment_term >= 0)
);
INSERT INTO customers
SELECT fixture_gen.uuid('cus', c.i)::uuid, c.ext, c.name, o.uid, ca, least(ca + make_interval(days => fixture_gen.n('cuu', c.i, 400)), lgen.at('cuuc', c.i, '2024-06-01', '2024-06-28')),
       CASE WHEN c.i % 23 = 7 THEN NULL ELSE c.cc END,
       CASE WHEN c.kind = 'dev' AND c.i % 2 = 1 THEN NULL ELSE lgen.street(c.cc, 'cst', c.i) END,
       CASE WHEN c.kind = 'biz' AND c.i % 3 = 0 THEN fixture_gen.pick(ARRAY['Unit 4', 'Suite 210', '3rd Floor', 'Bâtiment B', 'Hinterhaus, 2. OG', 'c/o WeWork'], 'cl2', c.i)
            WHEN c.kind = 'st' AND c.i % 4 = 1 THEN 'Flat ' || (1 + c.i % 9)::text END,
       CASE WHEN c.cc IN ('US', 'CA') OR c.i % 3 = 0 THEN lgen.state(c.cc, c.k) END,
       CASE WHEN c.kind = 'dev' AND c.i % 2 = 1 THEN NULL ELSE lgen.zip(c.cc, c.k, 'czp', c.i) END,
       CASE WHEN c.i % 29 = 5 THEN NULL ELSE c.email END,
       lgen.city(c.cc, c.k),
       CASE c.kind WHEN 'biz' THEN CASE WHEN c.i % 7 <> 0 THEN 'https://www.' || fixture_gen.ascii(c.brand) || '.example' END
                   WHEN 'st' THEN CASE WHEN c.i % 2 = 0 THEN 'https://' || fixture_gen.ascii(c.first || c.last) || '.example' ELSE 'https://www.etsy.com/shop/' || fixture_gen.ascii(c.brand) END
                   ELSE CASE WHEN c.i % 2 = 0 THEN 'https://github.com/' || fixture_gen.ascii(c.first) || fixture_gen.ascii(c.last) END END,
       CASE WHEN c.kind = 'dev' AND c.i % 3 <> 0 THEN NULL WHEN c.i % 5 = 2 THEN NULL ELSE lgen.phone(c.cc, 'cph', c.i) END,
       CASE WHEN c.kind = 'biz' AND c.i % 5 = 0 THEN 'https://cdn.parcelwise.io/merchant-logos/' || fixture_gen.uuid('clogo', c.i) || '.png'
            WHEN c.kind <> 'biz' AND c.i % 3 = 0 THEN 'https://www.gravatar.com/avatar/' || md5(split_part(c.email, ',', 1)) || '?s=256&d=identicon' END,
       c.legal_name,
       CASE WHEN c.kind = 'biz' THEN CASE c.cc WHEN 'GB' THEN lpad(fixture_gen.digits('crn', c.i, 8), 8, '0') WHEN 'DE' THEN 'HRB ' || (10000 + fixture_gen.n('crn', c.i, 240000))::text
                                               WHEN 'FR' THEN fixture_gen.luhn((1 + fixture_gen.n('crnf', c.i, 9))::text || fixture_gen.digits('crn', c.i, 7)) WHEN 'BE' THEN '0' || fixture_gen.digits('crn', c.i, 9)
                                               WHEN 'US' THEN CASE WHEN c.i % 2 = 0 THEN 'DE ' || fixture_gen.digits('crn', c.i, 7) END ELSE NULL END
            WHEN c.kind = 'st' THEN CASE c.cc WHEN 'GB' THEN CASE WHEN c.i % 2 = 0 THEN fixture_gen.digits('cutr', c.i, 10) END WHEN 'DE' THEN fixture_gen.digits('cstn', c.i, 2) || '/' || fixture_gen.digits('cstn2', c.i, 3) || '/' || fixture_gen.digits('cstn3', c.i, 5)
                                              WHEN 'FR' THEN fixture_gen.luhn((1 + fixture_gen.n('crnf', c.i, 9))::text || fixture_gen.digits('crn', c.i, 7)) || ' ' || fixture_gen.digits('csiret', c.i, 5)
                                              WHEN 'BE' THEN '0' || fixture_gen.digits('crn', c.i, 9) ELSE NULL END END,
       NULL,
       CASE WHEN c.org = 3 THEN 'stripe' WHEN c.i % 9 = 4 THEN NULL WHEN c.org = 1 AND c.cc IN ('GB', 'DE') AND c.i % 4 = 2 THEN 'gocardless' ELSE 'stripe' END,
       o.prefix || '-' || lpad(c.seq::text, 3, '0'), c.seq, c.cur,
       CASE WHEN c.kind = 'biz' AND c.i % 8 = 0 THEN 5 END,
       CASE WHEN c.i % 4 = 0 THEN CASE c.cc WHEN 'GB' THEN 'Europe/London' WHEN 'DE' THEN 'Europe/Berlin' WHEN 'FR' THEN 'Europe/Paris' WHEN 'BE' THEN 'Europe/Brussels'
                                             WHEN 'US' THEN (ARRAY['America/Chicago', 'America/New_York', 'America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/Los_Angeles'])[1 + c.k]
                                             ELSE 'America/Toronto' END END,
       CASE WHEN c.i % 37 = 0 THEN lgen.at('cdel', c.i, '2024-01-01', '2024-06-20') END,
       CASE WHEN c.cc = 'DE' AND c.i % 2 = 0 THEN 'de' WHEN c.cc = 'FR' AND c.i % 2 = 0 THEN 'fr' WHEN c.cc = 'BE' AND c.i % 3 = 0 THEN 'nl' END,
       c.vat,
       CASE WHEN c.kind = 'biz' AND c.i % 4 = 0 THEN 30 WHEN c.kind = 'biz' AND c.i % 4 = 2 THEN 14 END,
       CASE WHEN c.kind = 'biz' AND c.org < 3 AND c.i % 3 <> 0 THEN '0015' || fixture_gen.chars('csf', c.i, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE WHEN c.org = 3 THEN 'stripe_test' WHEN c.i % 9 = 4 THEN NULL WHEN c.org = 1 AND c.cc IN ('GB', 'DE') AND c.i % 4 = 2 THEN 'gocardless_uk' WHEN c.org = 1 THEN 'stripe_uk' ELSE 'stripe_us' END,
       CASE WHEN c.kind = 'biz' AND c.i % 4 = 0 THEN lgen.street(c.cc, 'csh', c.i) END,
       CASE WHEN c.kind = 'biz' AND c.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Unit 7, Riverside Industrial Estate', 'Warehouse 3', 'Dock 12', 'Halle 2', 'Entrepôt C'], 'csh2', c.i) END,
       CASE WHEN c.kind = 'biz' AND c.i % 4 = 0 THEN lgen.city(c.cc, c.k + 1) END,
       CASE WHEN c.kind = 'biz' AND c.i % 4 = 0 THEN lgen.zip(c.cc, c.k + 1, 'cshz', c.i) END,
       CASE WHEN c.kind = 'biz' AND c.i % 4 = 0 AND c.cc IN ('US', 'CA') THEN lgen.state(c.cc, c.k + 1) END,
       CASE WHEN c.kind = 'biz' AND c.i % 4 = 0 THEN c.cc END
FROM lgen.c c JOIN lgen.org o ON o.id = c.org
CROSS JOIN LATERAL (SELECT CASE c.org WHEN 1 THEN lgen.at('cca', c.i, '2022-06-01', '2024-05-20') WHEN 2 THEN lgen.at('cca', c.i, '2023-03-01', '2024-05-20') ELSE lgen.at('cca', c.i, '2022-06-01', '2024-04-01') END AS ca) t
ORDER BY c.i;

CREATE TABLE customer_metadata (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    key character varying NOT NULL,
    value character varying NOT NULL,
    display_in_invoice boolean DEFAULT false NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_customer_metadata_on_customer_id_and_key ON customer_metadata (customer_id, key);
INSERT INTO customer_metadata
SELECT fixture_gen.uuid('cmd', c.i * 10 + m.k)::uuid, fixture_gen.uuid('cus', c.i)::uuid, m.key,
       CASE m.key
         WHEN 'PO number' THEN 'PO-' || fixture_gen.digits('cmpo', c.i, 6)
         WHEN 'Purchase order' THEN fixture_gen.digits('cmpo2', c.i, 10)
         WHEN 'Billing contact' THEN fixture_gen.full_name('cmbc', c.i) || CASE WHEN c.i % 2 = 0 THEN ' <' || fixture_gen.ascii(fixture_gen.first_name('cmbc', c.i)) || '@' || fixture_gen.ascii(coalesce(c.brand, c.last)) || '.example>' ELSE '' END
         WHEN 'AP phone' THEN lgen.phone(c.cc, 'cmap', c.i)
         WHEN 'Cost center' THEN fixture_gen.pick(ARRAY['CC-4100 Logistics', 'OPS-UK', 'Marketing EU', '7400', 'Fulfilment DE'], 'cmcc', c.i)
         WHEN 'SIRET' THEN fixture_gen.luhn((1 + fixture_gen.n('crnf', c.i, 9))::text || fixture_gen.digits('crn', c.i, 7)) || fixture_gen.digits('cmsi', c.i, 5)
         WHEN 'Leitweg-ID' THEN '991-' || fixture_gen.digits('cmlw', c.i, 5) || '-' || fixture_gen.digits('cmlw2', c.i, 2)
         WHEN 'hubspot_company_id' THEN fixture_gen.digits('cmhs', c.i, 10)
         WHEN 'Account manager' THEN (SELECT first || ' ' || last FROM lgen.u WHERE i = 4 + fixture_gen.n('cmam', c.i, 10))
         WHEN 'Notes' THEN fixture_gen.pick(ARRAY['Send invoices to the AP inbox only', 'Annual prepay agreed', 'Reverse charge applies', 'No PO required below 500',
                              'Owner prefers WhatsApp: ' || lgen.phone(c.cc, 'cmwa', c.i), 'Invoices to ' || fixture_gen.first_name('cmnt', c.i) || ' in accounts, she is off on Fridays'], 'cmn', c.i)
         ELSE 'x' END,
       m.key IN ('PO number', 'Purchase order', 'SIRET', 'Leitweg-ID', 'Cost center'),
       lgen.at('cmca', c.i * 10 + m.k, '2023-01-01', '2024-06-01'), lgen.at('cmca', c.i * 10 + m.k, '2023-01-01', '2024-06-01')
FROM lgen.c c
CROSS JOIN LATERAL (SELECT k, key FROM (VALUES (1, 'PO number'), (2, 'Billing contact'), (3, 'AP phone'), (4, 'Cost center'), (5, 'Account manager'), (6, 'Notes'),
                                               (7, 'SIRET'), (8, 'Leitweg-ID'), (9, 'hubspot_company_id'), (10, 'Purchase order')) v(k, key)
                    WHERE (k = 1 AND c.kind = 'biz' AND c.i % 2 = 0) OR (k = 2 AND c.kind = 'biz' AND c.i % 3 = 1) OR (k = 3 AND c.i % 5 = 1) OR (k = 4 AND c.kind = 'biz' AND c.i % 4 = 3)
                       OR (k = 5 AND c.org < 3 AND c.i % 3 = 2) OR (k = 6 AND c.i % 7 = 2) OR (k = 7 AND c.cc = 'FR') OR (k = 8 AND c.cc = 'DE' AND c.kind = 'biz' AND c.i % 5 = 0)
                       OR (k = 9 AND c.org = 2 AND c.i % 2 = 1) OR (k = 10 AND c.org = 2 AND c.kind = 'biz' AND c.i % 3 = 0)) m
ORDER BY c.i, m.k;

-- ---------------------------------------------------------------------------
-- Taxes, billable metrics, plans, charges.

CREATE TABLE taxes (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    description character varying,
    code character varying NOT NULL,
    name character varying NOT NULL,
    rate double precision DEFAULT 0.0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    applied_to_organization boolean DEFAULT false NOT NULL,
    auto_generated boolean DEFAULT false NOT NULL
);
CREATE UNIQUE INDEX index_taxes_on_code_and_organization_id ON taxes (code, organization_id);
INSERT INTO taxes
SELECT fixture_gen.uuid('tax', t.k)::uuid, o.uid, t.descr, t.code, t.name, t.rate, lgen.at('txc', t.k, '2022-06-01', '2023-03-01'), lgen.at('txu', t.k, '2023-03-01', '2024-01-01'), t.app, t.auto
FROM (VALUES
  (1, 1, 'UK standard rate', 'uk_vat_20', 'VAT 20%', 20.0, true, false),
  (2, 1, NULL, 'lago_eu_de_standard', 'Lago EU DE standard tax', 19.0, false, true),
  (3, 1, NULL, 'lago_eu_fr_standard', 'Lago EU FR standard tax', 20.0, false, true),
  (4, 1, NULL, 'lago_eu_be_standard', 'Lago EU BE standard tax', 21.0, false, true),
  (5, 1, 'Intra-EU B2B, customer accounts for VAT', 'lago_eu_reverse_charge', 'Lago EU reverse charge', 0.0, false, true),
  (6, 1, NULL, 'lago_eu_tax_exempt', 'Lago EU tax exempt', 0.0, false, true),
  (7, 2, 'Texas state sales tax on data processing (80% taxable)', 'tx_sales', 'TX sales tax', 5.0, false, false),
  (8, 2, NULL, 'ny_sales', 'NY sales tax', 8.875, false, false),
  (9, 2, 'Canada GST', 'ca_gst', 'GST 5%', 5.0, false, false),
  (10, 2, 'Ontario HST', 'ca_on_hst', 'HST 13%', 13.0, false, false),
  (11, 2, 'Exempt, certificate on file', 'exempt', 'Exempt', 0.0, false, false),
  (12, 3, 'test', 'vat_test', 'Test VAT', 20.0, true, false)
) t(k, org, descr, code, name, rate, app, auto)
JOIN lgen.org o ON o.id = t.org;

CREATE TYPE billable_metric_weighted_interval AS ENUM ('seconds');

CREATE TABLE billable_metrics (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    name character varying NOT NULL,
    code character varying NOT NULL,
    description character varying,
    properties jsonb DEFAULT '{}'::jsonb,
    aggregation_type integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    field_name character varying,
    deleted_at timestamp(6) without time zone,
    recurring boolean DEFAULT false NOT NULL,
    weighted_interval billable_metric_weighted_interval,
    custom_aggregator text
);
-- aggregation_type: 0 count, 1 sum, 2 max, 3 unique_count, 5 weighted_sum, 7 latest, 8 custom.
INSERT INTO billable_metrics
SELECT fixture_gen.uuid('bm', (o.id - 1) * 10 + m.k)::uuid, o.uid, m.name, m.code, m.descr, m.props::jsonb, m.agg,
       lgen.at('bmc', (o.id - 1) * 10 + m.k, CASE o.id WHEN 2 THEN timestamp '2023-02-14' ELSE timestamp '2022-05-04' END, CASE o.id WHEN 2 THEN timestamp '2023-03-01' ELSE timestamp '2022-07-01' END),
       lgen.at('bmu', (o.id - 1) * 10 + m.k, '2023-06-01', '2024-06-01'), m.field,
       CASE WHEN m.k = 9 AND o.id = 1 THEN timestamp '2024-02-01 10:00:00' END, m.rec, CASE WHEN m.agg = 5 THEN 'seconds'::billable_metric_weighted_interval END,
       CASE WHEN m.agg = 8 THEN E'def aggregate(event, previous_state, aggregation_properties)\n  units = event.properties["weight_g"].to_f / 1000.0\n  tier = units > 30 ? 2 : 1\n  { total_units: previous_state[:total_units] + units * tier, amount: 0 }\nend' END
FROM lgen.org o
CROSS JOIN (VALUES
  (1, 'Shipping labels', 'labels_created', 'Each label purchased through the Rates & Labels API, all carriers.', '{}', 0, NULL, false),
  (2, 'Address lookups', 'address_lookups', 'Calls to the Address Validation endpoint that return a result.', '{}', 0, NULL, false),
  (3, 'Tracking events', 'tracking_events', 'Tracking status updates delivered to the merchant''s webhook.', '{}', 1, 'events', false),
  (4, 'SMS delivery notices', 'sms_notifications', 'Text messages sent to recipients on the merchant''s behalf, by segment.', '{}', 1, 'segments', false),
  (5, 'Active warehouses', 'active_warehouses', 'Distinct warehouses (ship-from locations) billed per month.', '{}', 3, 'warehouse_id', true),
  (6, 'Returns portal sessions', 'returns_sessions', 'Unique sessions on the hosted returns portal.', '{}', 3, 'session_id', false),
  (7, 'Label storage', 'label_storage_gb', 'GB of label PDFs kept beyond 90 days, time-weighted.', '{}', 5, 'gb', true),
  (8, 'API requests', 'api_requests', 'All other API calls, summed from the gateway''s counters.', '{}', 1, 'count', false),
  (9, 'Heavy parcels (legacy)', 'heavy_parcels', 'Replaced by weight tiers on labels_created.', '{}', 8, 'weight_g', false)
) m(k, name, code, descr, props, agg, field, rec)
WHERE o.id < 3 OR m.k IN (1, 2, 3, 4)
ORDER BY o.id, m.k;

CREATE TABLE plans (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    code character varying NOT NULL,
    "interval" integer NOT NULL,
    description character varying,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    trial_period double precision,
    pay_in_advance boolean DEFAULT false NOT NULL,
    bill_charges_monthly boolean,
    parent_id uuid REFERENCES plans (id),
    deleted_at timestamp(6) without time zone,
    pending_deletion boolean DEFAULT false NOT NULL,
    invoice_display_name character varying
);
-- interval: 0 weekly, 1 monthly, 2 yearly, 3 quarterly. 1-14 the catalogue;
-- 15-30 overrides for one customer each (children of a catalogue plan).
CREATE TABLE lgen.p (k int PRIMARY KEY, org int, name text, code text, itv int, descr text, amount bigint, cur text, trial float8, adv boolean, parent int, disp text);
INSERT INTO lgen.p VALUES
  (1, 1, 'Starter', 'starter_monthly', 1, 'Up to 500 labels a month, one warehouse, email support.', 4900, 'GBP', 14, true, NULL, NULL),
  (2, 1, 'Starter (annual)', 'starter_yearly', 2, 'Starter billed yearly, two months free.', 49000, 'GBP', 14, true, NULL, 'Starter - annual'),
  (3, 1, 'Growth', 'growth_monthly', 1, 'Volume label pricing, address validation, tracking webhooks, three warehouses.', 19900, 'GBP', 0, true, NULL, NULL),
  (4, 1, 'Growth EUR', 'growth_monthly_eur', 1, 'Growth for customers billed in euros.', 22900, 'EUR', 0, true, NULL, 'Growth'),
  (5, 1, 'Scale', 'scale_monthly', 1, 'Committed volume, SMS notices, returns portal, priority support.', 79900, 'GBP', 0, true, NULL, NULL),
  (6, 1, 'Scale EUR', 'scale_monthly_eur', 1, 'Scale for customers billed in euros.', 91900, 'EUR', 0, true, NULL, 'Scale'),
  (7, 1, 'Pay as you go', 'payg', 1, 'No subscription fee; usage only.', 0, 'GBP', NULL, false, NULL, NULL),
  (8, 1, 'Developer', 'developer_free', 1, 'Free tier for testing: 50 labels, sandbox carriers.', 0, 'GBP', NULL, false, NULL, NULL),
  (9, 2, 'Starter', 'starter_monthly_us', 1, 'Up to 500 labels a month, one warehouse, email support.', 5900, 'USD', 14, true, NULL, NULL),
  (10, 2, 'Growth', 'growth_monthly_us', 1, 'Volume label pricing, address validation, tracking webhooks, three warehouses.', 24900, 'USD', 0, true, NULL, NULL),
  (11, 2, 'Scale', 'scale_quarterly_us', 3, 'Committed volume billed quarterly, SMS notices, returns portal.', 279900, 'USD', 0, true, NULL, 'Scale - quarterly'),
  (12, 2, 'Pay as you go', 'payg_us', 1, 'No subscription fee; usage only.', 0, 'USD', NULL, false, NULL, NULL),
  (13, 3, 'Test plan', 'test_plan', 1, 'for QA', 1000, 'GBP', 1, true, NULL, NULL),
  (14, 3, 'Test weekly', 'test_weekly', 0, NULL, 100, 'GBP', NULL, false, NULL, NULL);
INSERT INTO lgen.p
SELECT 14 + j, CASE WHEN j <= 11 THEN 1 ELSE 2 END, p.name, p.code, p.itv,
       (ARRAY['Negotiated with ' || fixture_gen.full_name('pov', j) || ' (Head of Ops) on the March call: 15% off labels for 12 months.',
              'Custom pricing approved by Eleanor; customer''s CFO ' || fixture_gen.full_name('pov', j) || ' wants quarterly invoices next year.',
              'Override for the peak season pilot.',
              'Price locked until renewal, see contract in Drive.',
              'Discounted SMS after complaint from ' || fixture_gen.first_name('pov', j) || ' about delivery failures in May. Call back on ' || lgen.phone(CASE WHEN j <= 11 THEN 'GB' ELSE 'US' END, 'povp', j) || '.',
              'Charity pricing (registered charity).'])[1 + j % 6],
       (p.amount * (80 + fixture_gen.n('poa', j, 15)) / 100), p.cur, p.trial, p.adv, p.k, p.disp
FROM generate_series(1, 16) j JOIN lgen.p p ON p.k = CASE WHEN j <= 11 THEN (ARRAY[3, 4, 5, 6, 3])[1 + j % 5] ELSE (ARRAY[10, 11])[1 + j % 2] END;

INSERT INTO plans
SELECT fixture_gen.uuid('plan', p.k)::uuid, o.uid, p.name, c, least(c + make_interval(days => fixture_gen.n('plu', p.k, 300)), lgen.at('pluc', p.k, '2024-05-01', '2024-06-20')), p.code, p.itv, p.descr, p.amount, p.cur, p.trial, p.adv,
       CASE WHEN p.itv IN (2, 3) THEN true END, CASE WHEN p.parent IS NOT NULL THEN fixture_gen.uuid('plan', p.parent)::uuid END,
       CASE WHEN p.k = 14 THEN timestamp '2023-11-02 09:00:00' END, false, p.disp
FROM lgen.p p JOIN lgen.org o ON o.id = p.org
CROSS JOIN LATERAL (SELECT lgen.at('plc', p.k, CASE WHEN p.parent IS NULL THEN timestamp '2022-06-01' ELSE timestamp '2023-06-01' END, CASE WHEN p.parent IS NULL THEN timestamp '2023-04-01' ELSE timestamp '2024-05-01' END) AS c) t
ORDER BY p.k;

CREATE TABLE charges (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    billable_metric_id uuid REFERENCES billable_metrics (id),
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    plan_id uuid REFERENCES plans (id),
    amount_currency character varying,
    charge_model integer DEFAULT 0 NOT NULL,
    properties jsonb DEFAULT '{}'::jsonb NOT NULL,
    deleted_at timestamp(6) without time zone,
    pay_in_advance boolean DEFAULT false NOT NULL,
    min_amount_cents bigint DEFAULT 0 NOT NULL,
    invoiceable boolean DEFAULT true NOT NULL,
    prorated boolean DEFAULT false NOT NULL,
    invoice_display_name character varying,
    regroup_paid_fees integer
);
-- charge_model: 0 standard, 1 graduated, 2 package, 3 percentage, 4 volume.
INSERT INTO charges
SELECT fixture_gen.uuid('chg', p.k * 10 + m.k)::uuid, fixture_gen.uuid('bm', (p.org - 1) * 10 + m.k)::uuid, pl.created_at, pl.updated_at, pl.id, p.cur,
       CASE m.k WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 4 THEN 4 ELSE 0 END,
       (CASE m.k
          WHEN 1 THEN jsonb_build_object('graduated_ranges', jsonb_build_array(
                        jsonb_build_object('from_value', 0, 'to_value', 500, 'per_unit_amount', '0', 'flat_amount', '0'),
                        jsonb_build_object('from_value', 501, 'to_value', 5000, 'per_unit_amount', (0.12 - (p.k % 4) * 0.01)::text, 'flat_amount', '0'),
                        jsonb_build_object('from_value', 5001, 'to_value', NULL, 'per_unit_amount', (0.08 - (p.k % 4) * 0.01)::text, 'flat_amount', '0')))
          WHEN 2 THEN jsonb_build_object('amount', '5', 'free_units', 100, 'package_size', 1000)
          WHEN 4 THEN jsonb_build_object('volume_ranges', jsonb_build_array(jsonb_build_object('from_value', 0, 'to_value', 10000, 'per_unit_amount', '0.045', 'flat_amount', '0'),
                        jsonb_build_object('from_value', 10001, 'to_value', NULL, 'per_unit_amount', '0.038', 'flat_amount', '0')))
          WHEN 5 THEN jsonb_build_object('amount', '25')
          WHEN 7 THEN jsonb_build_object('amount', '0.35')
          ELSE jsonb_build_object('amount', (0.002 + m.k * 0.001)::text) END)
       || CASE WHEN m.k = 1 AND p.k % 3 = 0 THEN jsonb_build_object('grouped_by', jsonb_build_array('carrier')) ELSE '{}'::jsonb END,
       NULL, m.k = 4 AND p.k IN (5, 6), CASE WHEN m.k = 1 AND p.k >= 5 THEN 5000 ELSE 0 END, true, m.k = 5,
       CASE m.k WHEN 1 THEN 'Labels' WHEN 3 THEN 'Tracking updates' WHEN 4 THEN 'SMS notices' END, NULL
FROM lgen.p p JOIN plans pl ON pl.id = fixture_gen.uuid('plan', p.k)::uuid
JOIN (VALUES (1), (2), (3), (4), (5), (7), (8)) m(k)
  ON (m.k IN (1, 2) OR (m.k = 3 AND p.itv <> 0 AND p.amount > 10000) OR (m.k = 4 AND p.code LIKE 'scale%') OR (m.k = 5 AND p.amount > 10000 AND p.org < 3) OR (m.k IN (7, 8) AND p.code LIKE 'payg%'))
 AND (p.org < 3 OR m.k <= 4)
ORDER BY p.k, m.k;

-- ---------------------------------------------------------------------------
-- Subscriptions: one for each customer (1-240); 241-262 the upgrades of
-- customers whose first subscription was terminated.

CREATE TABLE lgen.s (s int PRIMARY KEY, ci int, plan int, prev int, status int, started timestamp, term timestamp);
INSERT INTO lgen.s (s, ci, plan)
SELECT c.i, c.i,
       CASE WHEN c.org = 3 THEN CASE WHEN c.i % 4 = 0 THEN 14 ELSE 13 END
            WHEN c.org = 1 AND c.kind = 'biz' AND c.i % 10 = 0 THEN
                 (SELECT k FROM lgen.p WHERE parent IS NOT NULL AND org = 1 AND cur = c.cur ORDER BY k OFFSET fixture_gen.n('spo', c.i, 5) LIMIT 1)
            WHEN c.org = 2 AND c.kind = 'biz' AND c.i % 6 = 0 THEN 26 + fixture_gen.n('spo', c.i, 5)
            WHEN c.org = 1 THEN CASE WHEN c.kind = 'dev' THEN (ARRAY[8, 7, 8])[1 + c.i % 3]
                                     WHEN c.cur = 'EUR' THEN (ARRAY[4, 6, 4])[1 + c.i % 3]
                                     WHEN c.kind = 'st' THEN (ARRAY[1, 2, 7])[1 + c.i % 3] ELSE (ARRAY[1, 3, 5, 3, 7])[1 + c.i % 5] END
            ELSE CASE WHEN c.kind = 'dev' THEN 12 ELSE (ARRAY[9, 10, 11, 10, 12])[1 + c.i % 5] END END
FROM lgen.c c;
INSERT INTO lgen.s (s, ci, plan, prev)
SELECT 240 + j, s.ci, CASE WHEN p.org = 1 THEN CASE WHEN p.cur = 'EUR' THEN 6 ELSE 5 END ELSE 11 END, s.s
FROM generate_series(1, 22) j JOIN lgen.s s ON s.s = 7 * j + 3 JOIN lgen.p p ON p.k = s.plan WHERE p.org < 3;
UPDATE lgen.s s SET started = lgen.at('sst', s.s, cu.created_at, cu.created_at + interval '20 days') FROM customers cu WHERE cu.id = fixture_gen.uuid('cus', s.ci)::uuid AND s.prev IS NULL;
UPDATE lgen.s s SET term = least(lgen.at('stm', s.s, p.started + interval '90 days', greatest(p.started + interval '120 days', timestamp '2024-05-01')), lgen.at('stmc', s.s, '2024-06-01', '2024-06-20')) FROM lgen.s p WHERE p.s = s.prev;
UPDATE lgen.s p SET status = 2, term = s.term FROM lgen.s s WHERE s.prev = p.s;
UPDATE lgen.s s SET started = p.term FROM lgen.s p WHERE p.s = s.prev;
UPDATE lgen.s s SET status = CASE WHEN cu.deleted_at IS NOT NULL THEN 2 WHEN s.ci % 31 = 0 THEN 3 WHEN s.started > timestamp '2024-06-20' THEN 0 ELSE 1 END,
                    term = CASE WHEN cu.deleted_at IS NOT NULL THEN cu.deleted_at END
FROM customers cu WHERE cu.id = fixture_gen.uuid('cus', s.ci)::uuid AND s.status IS NULL;

CREATE TABLE subscriptions (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    plan_id uuid NOT NULL REFERENCES plans (id),
    status integer NOT NULL,
    canceled_at timestamp without time zone,
    terminated_at timestamp without time zone,
    started_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    previous_subscription_id uuid,
    name character varying,
    external_id character varying NOT NULL,
    billing_time integer DEFAULT 0 NOT NULL,
    subscription_at timestamp(6) without time zone,
    ending_at timestamp(6) without time zone,
    trial_ended_at timestamp(6) without time zone
);
INSERT INTO subscriptions
SELECT fixture_gen.uuid('sub', s.s)::uuid, fixture_gen.uuid('cus', s.ci)::uuid, fixture_gen.uuid('plan', s.plan)::uuid, s.status,
       CASE WHEN s.status = 3 THEN lgen.at('scn', s.s, s.started, s.started + interval '10 days') END,
       CASE WHEN s.status = 2 THEN s.term END, CASE WHEN s.status <> 0 THEN s.started END,
       s.started - interval '3 minutes', least(coalesce(s.term, s.started) + make_interval(mins => fixture_gen.n('sua', s.s, 5000)), timestamp '2024-06-28 09:00:00'),
       CASE WHEN s.prev IS NOT NULL THEN fixture_gen.uuid('sub', s.prev)::uuid END,
       CASE fixture_gen.n('snm', s.s, 9) WHEN 0 THEN 'Production' WHEN 1 THEN 'EU warehouse' WHEN 2 THEN 'Peak season 2023' WHEN 3 THEN 'Main account' ELSE NULL END,
       CASE WHEN s.s % 5 = 0 THEN 'sub-' || fixture_gen.uuid('subext', s.s) ELSE 'sub_' || lgen.lrnd('sext', s.s, 14) END,
       CASE WHEN s.s % 3 = 0 THEN 1 ELSE 0 END, s.started, CASE WHEN p.itv = 2 AND s.status = 1 THEN s.started + interval '1 year' END,
       CASE WHEN p.trial > 0 THEN s.started + make_interval(days => p.trial::int) END
FROM lgen.s s JOIN lgen.p p ON p.k = s.plan
ORDER BY s.s;

-- ---------------------------------------------------------------------------
-- Events sent by Parcelwise's usage forwarder (and a few backfills by hand).

CREATE TABLE events (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    customer_id uuid,
    transaction_id character varying NOT NULL,
    code character varying NOT NULL,
    properties jsonb DEFAULT '{}'::jsonb NOT NULL,
    "timestamp" timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    subscription_id uuid,
    deleted_at timestamp(6) without time zone,
    external_customer_id character varying,
    external_subscription_id character varying
);
CREATE INDEX index_events_on_properties ON events USING gin (properties jsonb_path_ops);
INSERT INTO events
SELECT fixture_gen.uuid('evt', e)::uuid, o.uid, cu.id,
       CASE WHEN e % 4 = 0 THEN 'label-' || fixture_gen.digits('etx', e, 9) ELSE 'tr_' || lgen.lrnd('etx', e, 22) END,
       x.code,
       (CASE x.code
          WHEN 'labels_created' THEN jsonb_build_object('carrier', fixture_gen.pick(ARRAY['dpd', 'royal_mail', 'dhl_express', 'ups', 'evri', 'colissimo', 'bpost', 'usps', 'fedex'], 'ecar', e),
                                   'service', fixture_gen.pick(ARRAY['next_day', 'standard', 'tracked_48', 'express_saver', 'ground'], 'esvc', e),
                                   'weight_g', 200 + fixture_gen.n('ewg', e, 24000), 'order_ref', '#' || (1000 + fixture_gen.n('eord', e, 90000))::text,
                                   'destination_country', fixture_gen.pick(ARRAY['GB', 'DE', 'FR', 'NL', 'US', 'IE', 'ES'], 'edc', e))
                               || CASE WHEN c.i % 5 = 0 THEN jsonb_build_object('recipient', jsonb_build_object('name', fixture_gen.full_name('erc', e), 'email', fixture_gen.email('erc', e),
                                                                   'postcode', fixture_gen.postcode('erp', e))) ELSE '{}'::jsonb END
                               || CASE WHEN c.i IN (44, 121, 188) THEN jsonb_build_object('shop_domain', fixture_gen.ascii(c.name) || '.myshopify.com', 'shop_token', 'shp' || 'at_' || fixture_gen.hexn('eshp', c.i, 32)) ELSE '{}'::jsonb END
          WHEN 'address_lookups' THEN jsonb_build_object('query', lgen.street(c.cc, 'eaq', e) || ', ' || lgen.city(c.cc, fixture_gen.n('eaqc', e, 6)) || ' ' || lgen.zip(c.cc, fixture_gen.n('eaqc', e, 6), 'eaqz', e),
                                   'result', fixture_gen.pick(ARRAY['match', 'match', 'partial', 'no_match'], 'ear', e), 'country', c.cc)
          WHEN 'tracking_events' THEN jsonb_build_object('events', 1 + fixture_gen.n('etn', e, 40), 'carrier', fixture_gen.pick(ARRAY['dpd', 'ups', 'dhl_express', 'usps'], 'etc', e),
                                   'tracking_number', CASE WHEN e % 2 = 0 THEN '1Z' || fixture_gen.chars('etk', e, 16, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') ELSE fixture_gen.digits('etk', e, 14) END)
          WHEN 'sms_notifications' THEN jsonb_build_object('segments', 1 + fixture_gen.n('esg', e, 3), 'to', lgen.phone(c.cc, 'esto', e), 'template', fixture_gen.pick(ARRAY['out_for_delivery', 'delivered', 'delivery_failed', 'collection_ready'], 'estp', e))
          WHEN 'active_warehouses' THEN jsonb_build_object('warehouse_id', 'wh_' || lgen.lrnd('ewh', c.i * 10 + e % 3, 10))
          WHEN 'returns_sessions' THEN jsonb_build_object('session_id', fixture_gen.uuid('ers', e), 'order_ref', '#' || (1000 + fixture_gen.n('eord', e, 90000))::text)
          WHEN 'label_storage_gb' THEN jsonb_build_object('gb', round((fixture_gen.n('egb', e, 40000) / 100.0)::numeric, 2)::text)
          ELSE jsonb_build_object('count', 100 + fixture_gen.n('eapi', e, 50000), 'endpoint', fixture_gen.pick(ARRAY['/v2/rates', '/v2/shipments', '/v2/pickups', '/v2/manifests'], 'eep', e)) END),
       ts, ts + make_interval(secs => fixture_gen.n('ecr', e, 90)), ts + make_interval(secs => fixture_gen.n('ecr', e, 90)),
       CASE WHEN e % 13 = 5 THEN jsonb_build_object('user_agent', fixture_gen.pick(ARRAY['curl/8.4.0', 'PostmanRuntime/7.37.3', 'python-requests/2.31.0'], 'emua', e), 'ip_address', fixture_gen.ipv4('ehome', e % 4))
            ELSE jsonb_build_object('user_agent', 'Lago Ruby v1.4.0', 'ip_address', (ARRAY['18.133.41.207', '18.169.12.88', '35.176.220.14', '3.10.77.201'])[1 + e % 4]) END,
       fixture_gen.uuid('sub', s.s)::uuid, CASE WHEN e % 41 = 0 THEN ts + interval '2 days' END, cu.external_id, su.external_id
FROM generate_series(1, 300) e
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('evc', e, 228) AS ci) pick
JOIN lgen.c c ON c.i = CASE WHEN e % 9 = 0 THEN (ARRAY[44, 121, 188])[1 + e % 3] ELSE pick.ci END
JOIN lgen.s s ON s.ci = c.i AND s.prev IS NULL
JOIN lgen.org o ON o.id = c.org
JOIN customers cu ON cu.id = fixture_gen.uuid('cus', c.i)::uuid
JOIN subscriptions su ON su.id = fixture_gen.uuid('sub', s.s)::uuid
CROSS JOIN LATERAL (SELECT (ARRAY['labels_created', 'labels_created', 'labels_created', 'address_lookups', 'address_lookups', 'tracking_events', 'sms_notifications', 'active_warehouses', 'returns_sessions', 'label_storage_gb', 'api_requests'])[1 + fixture_gen.n('ecd', e, 11)] AS code,
                           lgen.at('ets', e, '2024-05-01', '2024-06-28') AS ts) x
ORDER BY e;

-- ---------------------------------------------------------------------------
-- Invoices and fees. Invoice k belongs to subscription 1 + n(k) of a
-- non-sandbox customer; invoice_type 0 subscription, 2 credit (wallet
-- top-up), 3 one_off; status 0 draft, 1 finalized, 2 voided;
-- payment_status 0 pending, 1 succeeded, 2 failed.

CREATE TABLE lgen.iv AS
SELECT g.k, s.s, s.ci, c.org, c.cur, c.cc,
       CASE WHEN g.k % 15 = 7 THEN 3 WHEN g.k % 15 = 11 THEN 2 ELSE 0 END AS itype,
       (date '2023-06-01' + make_interval(days => fixture_gen.n('ivd', g.k, 390)))::date AS issued,
       (5000 + fixture_gen.n('iva', g.k, 400000))::bigint AS fees,
       CASE WHEN c.cc = 'GB' THEN 20.0 WHEN c.org = 1 AND c.kind = 'biz' THEN 0.0 WHEN c.cc = 'DE' THEN 19.0 WHEN c.cc IN ('FR') THEN 20.0 WHEN c.cc = 'BE' THEN 21.0
            WHEN c.cc = 'CA' THEN 5.0 WHEN c.cc = 'US' AND c.k = 0 THEN 5.0 ELSE 0.0 END AS rate
FROM generate_series(1, 300) g(k)
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ivs', g.k, 230) AS ci) p
JOIN lgen.s s ON s.ci = p.ci AND s.prev IS NULL
JOIN lgen.c c ON c.i = s.ci;
ALTER TABLE lgen.iv ADD COLUMN seq int, ADD COLUMN oseq int;
UPDATE lgen.iv v SET seq = r.a, oseq = r.b FROM (SELECT k, row_number() OVER (PARTITION BY ci ORDER BY issued, k) AS a, row_number() OVER (PARTITION BY org ORDER BY issued, k) AS b FROM lgen.iv) r WHERE r.k = v.k;

CREATE TABLE invoices (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    issuing_date date,
    taxes_amount_cents bigint DEFAULT 0 NOT NULL,
    total_amount_cents bigint DEFAULT 0 NOT NULL,
    invoice_type integer DEFAULT 0 NOT NULL,
    payment_status integer DEFAULT 0 NOT NULL,
    number character varying DEFAULT ''::character varying NOT NULL,
    sequential_id integer,
    file character varying,
    customer_id uuid REFERENCES customers (id),
    taxes_rate double precision DEFAULT 0.0 NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    timezone character varying DEFAULT 'UTC'::character varying NOT NULL,
    payment_attempts integer DEFAULT 0 NOT NULL,
    ready_for_payment_processing boolean DEFAULT true NOT NULL,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    version_number integer DEFAULT 4 NOT NULL,
    currency character varying,
    fees_amount_cents bigint DEFAULT 0 NOT NULL,
    coupons_amount_cents bigint DEFAULT 0 NOT NULL,
    credit_notes_amount_cents bigint DEFAULT 0 NOT NULL,
    prepaid_credit_amount_cents bigint DEFAULT 0 NOT NULL,
    sub_total_excluding_taxes_amount_cents bigint DEFAULT 0 NOT NULL,
    sub_total_including_taxes_amount_cents bigint DEFAULT 0 NOT NULL,
    payment_due_date date,
    net_payment_term integer DEFAULT 0 NOT NULL,
    voided_at timestamp(6) without time zone,
    organization_sequential_id integer DEFAULT 0 NOT NULL,
    ready_to_be_refreshed boolean DEFAULT false NOT NULL,
    payment_dispute_lost_at timestamp(6) without time zone,
    skip_charges boolean DEFAULT false NOT NULL,
    payment_overdue boolean DEFAULT false,
    CONSTRAINT check_organizations_on_net_payment_term CHECK (net_payment_term >= 0)
);
INSERT INTO invoices
SELECT fixture_gen.uuid('ivc', v.k)::uuid, ca, least(ca + make_interval(hours => fixture_gen.n('ivu', v.k, 400)), timestamp '2024-06-28 06:00:00'), v.issued, tax, v.fees - coupon + tax,
       v.itype, pstat, CASE WHEN v.org = 3 THEN cu.slug || '-' || lpad(v.seq::text, 3, '0') ELSE o.prefix || '-' || to_char(v.issued, 'YYYYMM') || '-' || lpad(v.oseq::text, 3, '0') END,
       v.seq, NULL, cu.id, v.rate, st, coalesce(cu.timezone, CASE v.org WHEN 2 THEN 'America/Chicago' ELSE 'Europe/London' END),
       CASE WHEN pstat = 2 THEN 1 + fixture_gen.n('ivpa', v.k, 3) WHEN pstat = 1 THEN 1 ELSE 0 END, pstat <> 1, cu.organization_id, 4, v.cur,
       v.fees, coupon, 0, CASE WHEN v.k % 17 = 3 THEN least(v.fees, 2500) ELSE 0 END, v.fees - coupon, v.fees - coupon + tax,
       v.issued + coalesce(cu.net_payment_term, CASE v.org WHEN 1 THEN 14 WHEN 2 THEN 30 ELSE 0 END),
       coalesce(cu.net_payment_term, CASE v.org WHEN 1 THEN 14 WHEN 2 THEN 30 ELSE 0 END),
       CASE WHEN st = 2 THEN ca + interval '3 days' END, CASE WHEN v.org = 3 THEN 0 ELSE v.oseq END, st = 0, CASE WHEN v.k % 97 = 13 AND v.issued < date '2024-05-01' THEN ca + interval '40 days' END, false,
       pstat <> 1 AND st = 1 AND v.issued < date '2024-05-15'
FROM lgen.iv v JOIN lgen.org o ON o.id = v.org JOIN customers cu ON cu.id = fixture_gen.uuid('cus', v.ci)::uuid
CROSS JOIN LATERAL (SELECT (v.issued + time '00:05:00' + make_interval(secs => fixture_gen.n('ivt', v.k, 3600)))::timestamp AS ca,
                           CASE WHEN v.k % 11 = 4 THEN v.fees / 10 ELSE 0 END AS coupon,
                           CASE WHEN v.issued > date '2024-06-20' THEN 0 WHEN v.k % 23 = 9 THEN 2 ELSE 1 END AS st,
                           CASE WHEN v.issued > date '2024-06-20' OR v.k % 23 = 9 THEN 0 WHEN v.k % 9 = 2 THEN 2 WHEN v.issued > date '2024-06-05' THEN 0 ELSE 1 END AS pstat) x
CROSS JOIN LATERAL (SELECT round((v.fees - coupon) * v.rate / 100)::bigint AS tax) y
ORDER BY v.k;

CREATE TABLE invoice_metadata (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    invoice_id uuid NOT NULL REFERENCES invoices (id),
    key character varying NOT NULL,
    value character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_invoice_metadata_on_invoice_id_and_key ON invoice_metadata (invoice_id, key);
INSERT INTO invoice_metadata
SELECT fixture_gen.uuid('ivm', v.k * 4 + m.k)::uuid, fixture_gen.uuid('ivc', v.k)::uuid, m.key,
       CASE m.key WHEN 'po_number' THEN 'PO-' || fixture_gen.digits('ivmpo', v.k, 6)
                  WHEN 'attention' THEN fixture_gen.full_name('ivmat', v.ci) || CASE WHEN v.k % 2 = 0 THEN ', ' || fixture_gen.pick(ARRAY['Accounts Payable', 'Finance Director', 'Head of Operations', 'Owner'], 'ivmr', v.k) ELSE '' END
                  WHEN 'send_copy_to' THEN fixture_gen.email('ivmcc', v.ci)
                  ELSE fixture_gen.pick(ARRAY['Q2 peak season', 'Warehouse Leeds', 'Project Atlas', 'Returns pilot', 'Black Friday'], 'ivmp', v.k) END,
       i.created_at, i.created_at
FROM lgen.iv v JOIN invoices i ON i.id = fixture_gen.uuid('ivc', v.k)::uuid
CROSS JOIN LATERAL (SELECT k, key FROM (VALUES (1, 'po_number'), (2, 'attention'), (3, 'send_copy_to'), (4, 'project')) q(k, key)
                    WHERE (k = 1 AND v.k % 3 = 0) OR (k = 2 AND v.k % 5 = 1) OR (k = 3 AND v.k % 8 = 2) OR (k = 4 AND v.k % 7 = 4)) m
ORDER BY v.k, m.k;

CREATE TABLE fees (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    invoice_id uuid REFERENCES invoices (id),
    charge_id uuid REFERENCES charges (id),
    subscription_id uuid REFERENCES subscriptions (id),
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    taxes_amount_cents bigint NOT NULL,
    taxes_rate double precision DEFAULT 0.0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    units numeric DEFAULT 0.0 NOT NULL,
    applied_add_on_id uuid,
    properties jsonb DEFAULT '{}'::jsonb NOT NULL,
    fee_type integer,
    invoiceable_type character varying,
    invoiceable_id uuid,
    events_count integer,
    group_id uuid,
    pay_in_advance_event_id uuid,
    payment_status integer DEFAULT 0 NOT NULL,
    succeeded_at timestamp(6) without time zone,
    failed_at timestamp(6) without time zone,
    refunded_at timestamp(6) without time zone,
    true_up_parent_fee_id uuid REFERENCES fees (id),
    add_on_id uuid,
    description character varying,
    unit_amount_cents bigint DEFAULT 0 NOT NULL,
    pay_in_advance boolean DEFAULT false NOT NULL,
    precise_coupons_amount_cents numeric(30,5) DEFAULT 0.0 NOT NULL,
    total_aggregated_units numeric,
    invoice_display_name character varying,
    precise_unit_amount numeric(30,15) DEFAULT 0.0 NOT NULL,
    amount_details jsonb DEFAULT '{}'::jsonb NOT NULL,
    charge_filter_id uuid,
    grouped_by jsonb DEFAULT '{}'::jsonb NOT NULL,
    pay_in_advance_event_transaction_id character varying,
    deleted_at timestamp(6) without time zone
);
-- fee_type: 0 charge, 1 add_on, 2 subscription, 3 credit.
INSERT INTO fees
SELECT fixture_gen.uuid('fee', v.k)::uuid, i.id, CASE WHEN ft = 0 THEN ch.id END, CASE WHEN ft IN (0, 2) THEN fixture_gen.uuid('sub', v.s)::uuid END,
       i.fees_amount_cents, v.cur, i.taxes_amount_cents, v.rate, i.created_at, i.updated_at, units, NULL,
       CASE WHEN ft IN (0, 2) THEN jsonb_build_object('timestamp', i.issuing_date::text || 'T00:00:00Z', 'from_datetime', (i.issuing_date - 31)::text || 'T00:00:00Z', 'to_datetime', (i.issuing_date - 1)::text || 'T23:59:59Z',
                                                      'charges_from_datetime', (i.issuing_date - 31)::text || 'T00:00:00Z', 'charges_to_datetime', (i.issuing_date - 1)::text || 'T23:59:59Z') ELSE '{}'::jsonb END,
       ft, CASE ft WHEN 0 THEN 'Charge' WHEN 2 THEN 'Subscription' WHEN 1 THEN 'AddOn' ELSE 'WalletTransaction' END,
       CASE ft WHEN 0 THEN ch.id WHEN 2 THEN fixture_gen.uuid('sub', v.s)::uuid WHEN 1 THEN fixture_gen.uuid('addon', v.k % 5)::uuid ELSE fixture_gen.uuid('wtx', v.k)::uuid END,
       CASE WHEN ft = 0 THEN (units * 1.4)::int END, NULL, NULL, i.payment_status,
       CASE WHEN i.payment_status = 1 THEN i.created_at + interval '1 day' END, CASE WHEN i.payment_status = 2 THEN i.created_at + interval '1 day' END,
       CASE WHEN v.k % 40 = 5 THEN i.created_at + interval '12 days' END, NULL, CASE WHEN ft = 1 THEN fixture_gen.uuid('addon', v.k % 5)::uuid END,
       CASE WHEN ft = 1 THEN (ARRAY['Onboarding workshop for ' || fixture_gen.first_name('fdn', v.k) || '''s warehouse team (2 days on site, ' || lgen.city(v.cc, v.k) || ')',
                                    'Carrier account setup for DHL Express; contact ' || fixture_gen.full_name('fdc', v.k) || ' ' || lgen.phone(v.cc, 'fdp', v.k),
                                    'Custom returns portal branding',
                                    'Data migration from ShipStation (3,400 historic labels)',
                                    'Rush support during Black Friday, requested by ' || fixture_gen.full_name('fdr', v.k),
                                    'Label printer (Zebra ZD421) shipped to ' || lgen.street(v.cc, 'fda', v.k)])[1 + fixture_gen.n('fdi', v.k, 6)]
            WHEN ft = 3 THEN 'Prepaid credits' END,
       CASE WHEN units > 0 THEN (i.fees_amount_cents / units)::bigint ELSE i.fees_amount_cents END, ft = 3 OR (ft = 2 AND v.k % 2 = 0),
       i.coupons_amount_cents, CASE WHEN ft = 0 THEN units END,
       CASE WHEN ft = 0 AND v.k % 4 = 0 THEN 'Labels ' || to_char(i.issuing_date - 1, 'Mon YYYY') WHEN ft = 1 AND v.k % 3 = 0 THEN 'Professional services' END,
       CASE WHEN units > 0 THEN round(i.fees_amount_cents / units / 100.0, 15) ELSE i.fees_amount_cents / 100.0 END,
       CASE WHEN ft = 0 AND ch.charge_model = 1 THEN jsonb_build_object('graduated_ranges', jsonb_build_array(
                jsonb_build_object('from_value', 0, 'to_value', 500, 'units', least(units, 500)::text, 'per_unit_amount', '0.0', 'flat_unit_amount', '0.0', 'per_unit_total_amount', '0.0', 'total_with_flat_amount', '0.0'),
                jsonb_build_object('from_value', 501, 'to_value', 5000, 'units', greatest(units - 500, 0)::text, 'per_unit_amount', '0.11', 'flat_unit_amount', '0.0', 'per_unit_total_amount', round(greatest(units - 500, 0) * 0.11, 2)::text)))
            WHEN ft = 0 AND ch.charge_model = 2 THEN jsonb_build_object('free_units', '100.0', 'paid_units', greatest(units - 100, 0)::text, 'per_package_size', 1000, 'per_package_unit_amount', '5.0')
            ELSE '{}'::jsonb END, NULL,
       CASE WHEN ft = 0 AND v.k % 3 = 0 THEN jsonb_build_object('carrier', fixture_gen.pick(ARRAY['dpd', 'royal_mail', 'dhl_express', 'ups', 'usps'], 'fgc', v.k)) ELSE '{}'::jsonb END,
       NULL, NULL
FROM lgen.iv v JOIN invoices i ON i.id = fixture_gen.uuid('ivc', v.k)::uuid
CROSS JOIN LATERAL (SELECT CASE v.itype WHEN 3 THEN 1 WHEN 2 THEN 3 ELSE CASE WHEN v.k % 2 = 0 THEN 2 ELSE 0 END END AS ft,
                           (100 + fixture_gen.n('fun', v.k, 20000))::numeric AS units) f
LEFT JOIN LATERAL (SELECT c.id, c.charge_model FROM charges c WHERE c.plan_id = fixture_gen.uuid('plan', (SELECT plan FROM lgen.s WHERE s = v.s))::uuid ORDER BY c.id LIMIT 1) ch ON true
ORDER BY v.k;

CREATE TABLE credit_notes (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    invoice_id uuid NOT NULL REFERENCES invoices (id),
    sequential_id integer NOT NULL,
    number character varying NOT NULL,
    credit_amount_cents bigint DEFAULT 0 NOT NULL,
    credit_amount_currency character varying NOT NULL,
    credit_status integer,
    balance_amount_cents bigint DEFAULT 0 NOT NULL,
    balance_amount_currency character varying DEFAULT '0'::character varying NOT NULL,
    reason integer NOT NULL,
    file character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    total_amount_cents bigint DEFAULT 0 NOT NULL,
    total_amount_currency character varying NOT NULL,
    refund_amount_cents bigint DEFAULT 0 NOT NULL,
    refund_amount_currency character varying,
    refund_status integer,
    voided_at timestamp(6) without time zone,
    description text,
    taxes_amount_cents bigint DEFAULT 0 NOT NULL,
    refunded_at timestamp(6) without time zone,
    issuing_date date NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    coupons_adjustment_amount_cents bigint DEFAULT 0 NOT NULL,
    precise_coupons_adjustment_amount_cents numeric(30,5) DEFAULT 0.0 NOT NULL,
    precise_taxes_amount_cents numeric(30,5) DEFAULT 0.0 NOT NULL,
    taxes_rate double precision DEFAULT 0.0 NOT NULL
);
-- reason: 0 duplicated_charge, 1 product_unsatisfactory, 2 order_change,
-- 3 order_cancellation, 4 fraudulent_charge, 5 other.
INSERT INTO credit_notes
SELECT fixture_gen.uuid('cn', j)::uuid, i.customer_id, i.id, row_number() OVER (PARTITION BY i.customer_id ORDER BY j), i.number || '-CN' || row_number() OVER (PARTITION BY i.customer_id ORDER BY j),
       amt, i.currency, CASE WHEN refund > 0 THEN 2 ELSE 0 END, amt - CASE WHEN j % 3 = 0 THEN amt / 2 ELSE 0 END, i.currency, j % 6, NULL, ca, ca + interval '1 hour',
       amt + refund + tax, i.currency, refund, CASE WHEN refund > 0 THEN i.currency END, CASE WHEN refund > 0 THEN CASE WHEN j % 4 = 1 THEN 1 ELSE 0 END END,
       CASE WHEN j % 19 = 0 THEN least(ca + interval '5 days', timestamp '2024-06-27 15:00:00') END,
       CASE WHEN j % 5 = 4 THEN NULL ELSE (ARRAY[
         'Labels charged twice after the carrier retry bug (incident INC-2291).',
         'Goodwill credit agreed by ' || (SELECT first || ' ' || last FROM lgen.u WHERE u.i = 4 + j % 9) || ' after the tracking outage on 14 May.',
         'Customer downgraded mid-cycle; ' || fixture_gen.full_name('cnd', j) || ' asked for the difference back. Called ' || lgen.phone(v.cc, 'cnp', j) || ' to confirm.',
         'Refund of address lookups billed during the free trial.',
         'Disputed SMS segments: recipients in ' || lgen.city(v.cc, j) || ' never received the notices.',
         'Duplicate invoice, see PWL-ticket 4471. Contact at customer: ' || fixture_gen.email('cne', j),
         'Other'])[1 + j % 7] END,
       tax, CASE WHEN refund > 0 AND j % 4 = 1 THEN ca + interval '2 days' END, ca::date, CASE WHEN j % 13 = 0 THEN 0 ELSE 1 END, 0, 0, tax, i.taxes_rate
FROM generate_series(1, 60) j
JOIN invoices i ON i.id = fixture_gen.uuid('ivc', j * 5)::uuid
JOIN lgen.iv v ON v.k = j * 5
CROSS JOIN LATERAL (SELECT least((i.issuing_date + 3 + fixture_gen.n('cnc', j, 20))::timestamp + make_interval(secs => fixture_gen.n('cncs', j, 80000)), timestamp '2024-06-26 10:00:00') AS ca,
                           (i.fees_amount_cents / (2 + j % 3))::bigint AS base) b
CROSS JOIN LATERAL (SELECT CASE WHEN j % 2 = 0 THEN base ELSE 0 END AS amt, CASE WHEN j % 2 = 1 THEN base ELSE 0 END AS refund, round(base * i.taxes_rate / 100)::bigint AS tax) a
ORDER BY j;

-- ---------------------------------------------------------------------------
-- Wallets (prepaid credits), their transactions, coupons.

CREATE TABLE wallets (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    status integer NOT NULL,
    name character varying,
    rate_amount numeric(30,5) DEFAULT 0.0 NOT NULL,
    credits_balance numeric(30,5) DEFAULT 0.0 NOT NULL,
    consumed_credits numeric(30,5) DEFAULT 0.0 NOT NULL,
    expiration_at timestamp without time zone,
    last_balance_sync_at timestamp without time zone,
    last_consumed_credit_at timestamp without time zone,
    terminated_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    balance_cents bigint DEFAULT 0 NOT NULL,
    balance_currency character varying NOT NULL,
    consumed_amount_cents bigint DEFAULT 0 NOT NULL,
    consumed_amount_currency character varying NOT NULL,
    ongoing_balance_cents bigint DEFAULT 0 NOT NULL,
    ongoing_usage_balance_cents bigint DEFAULT 0 NOT NULL,
    credits_ongoing_balance numeric(30,5) DEFAULT 0.0 NOT NULL,
    credits_ongoing_usage_balance numeric(30,5) DEFAULT 0.0 NOT NULL,
    depleted_ongoing_balance boolean DEFAULT false NOT NULL
);
INSERT INTO wallets
SELECT fixture_gen.uuid('wal', w)::uuid, fixture_gen.uuid('cus', c.i)::uuid, CASE WHEN w % 17 = 0 THEN 1 ELSE 0 END,
       (ARRAY['Prepaid credits', 'Peak season top-up', NULL, 'Label credits', NULL])[1 + w % 5], 1.0, bal, used,
       CASE WHEN w % 4 = 0 THEN timestamp '2024-12-31 23:59:59' END, ca + interval '20 days', ca + interval '25 days', CASE WHEN w % 17 = 0 THEN least(ca + interval '200 days', timestamp '2024-06-27 11:00:00') END,
       ca, ca + interval '25 days', (bal * 100)::bigint, c.cur, (used * 100)::bigint, c.cur, (bal * 100)::bigint - (w * 37 % 500), w * 37 % 500, bal - (w * 37 % 500) / 100.0, (w * 37 % 500) / 100.0, bal < 5
FROM generate_series(1, 80) w
JOIN lgen.c c ON c.i = (ARRAY[3 * w - 2, 3 * w - 1, 3 * w])[1 + w % 3]
CROSS JOIN LATERAL (SELECT lgen.at('wca', w, '2023-01-01', '2024-04-01') AS ca, (fixture_gen.n('wbal', w, 300000) / 100.0)::numeric(30,5) AS bal, (fixture_gen.n('wuse', w, 200000) / 100.0)::numeric(30,5) AS used) x
WHERE c.org < 3 OR w % 2 = 0
ORDER BY w;

CREATE TABLE wallet_transactions (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    wallet_id uuid NOT NULL REFERENCES wallets (id),
    transaction_type integer NOT NULL,
    status integer NOT NULL,
    amount numeric(30,5) DEFAULT 0.0 NOT NULL,
    credit_amount numeric(30,5) DEFAULT 0.0 NOT NULL,
    settled_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    invoice_id uuid REFERENCES invoices (id),
    source integer DEFAULT 0 NOT NULL,
    transaction_status integer DEFAULT 0 NOT NULL
);
-- transaction_type 0 inbound, 1 outbound; status 0 pending, 1 settled;
-- source 0 manual, 1 interval, 2 threshold; transaction_status 0 purchased, 1 granted, 2 voided, 3 invoiced.
INSERT INTO wallet_transactions
SELECT fixture_gen.uuid('wtx', t)::uuid, w.id, CASE WHEN t % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN t % 11 = 0 THEN 0 ELSE 1 END, amt, amt,
       CASE WHEN t % 11 <> 0 THEN ca + interval '1 minute' END, ca, ca + interval '1 minute',
       CASE WHEN t % 3 <> 0 AND t % 4 <> 1 THEN (SELECT id FROM invoices WHERE customer_id = w.customer_id ORDER BY issuing_date LIMIT 1) END,
       CASE WHEN t % 7 = 0 THEN 2 WHEN t % 5 = 0 THEN 1 ELSE 0 END, CASE WHEN t % 3 = 0 THEN 3 WHEN t % 4 = 1 THEN 1 WHEN t % 29 = 0 THEN 2 ELSE 0 END
FROM generate_series(1, 200) t
JOIN (SELECT id, customer_id, created_at, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS cnt FROM wallets) w ON w.rn = 1 + (t - 1) % w.cnt
CROSS JOIN LATERAL (SELECT lgen.at('wtd', t, w.created_at, '2024-06-28') AS ca, ((10 + fixture_gen.n('wta', t, 990)) * 1.0)::numeric(30,5) AS amt) x
ORDER BY t;

CREATE TABLE coupons (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    name character varying NOT NULL,
    code character varying,
    status integer DEFAULT 0 NOT NULL,
    terminated_at timestamp(6) without time zone,
    amount_cents bigint,
    amount_currency character varying,
    expiration integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    coupon_type integer DEFAULT 0 NOT NULL,
    percentage_rate numeric(10,5),
    frequency integer DEFAULT 0 NOT NULL,
    frequency_duration integer,
    expiration_at timestamp(6) without time zone,
    reusable boolean DEFAULT true NOT NULL,
    limited_plans boolean DEFAULT false NOT NULL,
    deleted_at timestamp(6) without time zone,
    limited_billable_metrics boolean DEFAULT false NOT NULL,
    description text
);
-- coupon_type 0 fixed_amount, 1 percentage; frequency 0 once, 1 recurring, 2 forever; expiration 0 no_expiration, 1 time_limit.
INSERT INTO coupons
SELECT fixture_gen.uuid('cpn', x.k)::uuid, o.uid, x.name, x.code, CASE WHEN x.term THEN 1 ELSE 0 END, CASE WHEN x.term THEN ca + interval '60 days' END,
       x.amt, CASE WHEN x.amt IS NOT NULL THEN o.cur END, CASE WHEN x.exp IS NULL THEN 0 ELSE 1 END, ca, ca + interval '1 day',
       CASE WHEN x.pct IS NULL THEN 0 ELSE 1 END, x.pct, x.freq, CASE WHEN x.freq = 1 THEN 3 END, x.exp, x.k % 4 <> 0, x.k IN (3, 9), CASE WHEN x.k = 12 THEN ca + interval '10 days' END, x.k = 14, x.descr
FROM (VALUES
  (1, 1, 'Launch offer', 'LAUNCH2022', NULL, 20.0, 1, NULL::timestamp, true, 'First three months at 20% off for founding customers.'),
  (2, 1, 'Black Friday 2023', 'BF2023', NULL, 15.0, 0, '2023-12-01 00:00:00', true, NULL),
  (3, 1, 'Shopify app launch', 'SHOPIFY25', NULL, 25.0, 1, '2024-03-31 23:59:59', false, 'Limited to Growth plans, for merchants coming from the Shopify App Store.'),
  (4, 1, 'Migration credit', 'MIGRATE100', 10000, NULL, 0, NULL, false, 'Credit for merchants moving from ShipStation or Sendcloud.'),
  (5, 1, 'Partner referral', 'PARTNER-REF', NULL, 10.0, 2, NULL, false, 'For referrals through the agency partner programme.'),
  (6, 1, 'Outage goodwill May 2024', 'SORRY-MAY24', 5000, NULL, 0, '2024-07-31 23:59:59', false, 'One-off credit after the 14 May tracking outage.'),
  (7, 1, 'Startup programme', 'STARTUP50', NULL, 50.0, 1, NULL, false, 'Six months at half price for seed-stage companies.'),
  (8, 1, 'Charity discount', 'CHARITY30', NULL, 30.0, 2, NULL, false, 'Registered charities; ask for the charity number before applying.'),
  (9, 1, 'Scale annual prepay', 'SCALE-PREPAY', NULL, 12.0, 0, NULL, false, NULL),
  (10, 1, 'Conference 2023', 'DELIVER23', 2500, NULL, 0, '2023-11-30 23:59:59', true, 'Handed out at the Delivery Conference booth.'),
  (11, 1, 'EU expansion', 'EUROPE20', NULL, 20.0, 1, NULL, false, NULL),
  (12, 1, 'Test coupon (delete)', 'TEST', 100, NULL, 0, NULL, false, NULL),
  (13, 2, 'US launch', 'HOWDY2023', NULL, 20.0, 1, '2023-09-30 23:59:59', true, 'US launch promotion.'),
  (14, 2, 'API overage relief', 'API-RELIEF', 20000, NULL, 0, NULL, false, 'Only against API request charges.'),
  (15, 2, 'Startup programme US', 'STARTUPUS', NULL, 50.0, 1, NULL, false, NULL),
  (16, 2, 'Holiday 2023', 'HOLIDAY23', NULL, 10.0, 0, '2024-01-05 23:59:59', true, NULL),
  (17, 2, 'Marketplace promo', 'AMZ-SELLER', NULL, 15.0, 1, NULL, false, 'Amazon seller cohort.'),
  (18, 2, 'Annual commit', 'ANNUAL10', NULL, 10.0, 2, NULL, false, NULL),
  (19, 3, 'QA fixed', 'QA-FIXED', 500, NULL, 0, NULL, false, 'for e2e tests'),
  (20, 3, 'QA percent', 'QA-PCT', NULL, 99.0, 2, NULL, false, 'for e2e tests')
) x(k, org, name, code, amt, pct, freq, exp, term, descr)
JOIN lgen.org o ON o.id = x.org
CROSS JOIN LATERAL (SELECT lgen.at('cpc', x.k, CASE x.org WHEN 2 THEN timestamp '2023-03-01' ELSE timestamp '2022-07-01' END, timestamp '2024-05-01') AS ca) t
ORDER BY x.k;

-- ---------------------------------------------------------------------------
-- Payment providers, their customers, payments.

CREATE TABLE payment_providers (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    type character varying NOT NULL,
    secrets character varying,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    code character varying NOT NULL,
    name character varying NOT NULL
);
CREATE UNIQUE INDEX index_payment_providers_on_code_and_organization_id ON payment_providers (code, organization_id);
INSERT INTO payment_providers
SELECT fixture_gen.uuid('ppr', x.k)::uuid, o.uid, x.type, lgen.enc('pprsec', x.k, x.len),
       CASE WHEN x.type LIKE '%Stripe%' THEN jsonb_build_object('webhook_id', 'we_' || lgen.rnd('pprwh', x.k, 24), 'success_redirect_url', x.redirect)
            ELSE jsonb_build_object('success_redirect_url', x.redirect) END,
       lgen.at('pprc', x.k, '2022-06-01', '2023-04-01'), lgen.at('ppru', x.k, '2023-06-01', '2024-06-01'), x.code, x.name
FROM (VALUES
  (1, 1, 'PaymentProviders::StripeProvider', 'stripe_uk', 'Stripe UK', 'https://app.parcelwise.io/billing/payment-method-added', 180),
  (2, 1, 'PaymentProviders::GocardlessProvider', 'gocardless_uk', 'GoCardless (Direct Debit)', 'https://app.parcelwise.io/billing/mandate-confirmed', 120),
  (3, 2, 'PaymentProviders::StripeProvider', 'stripe_us', 'Stripe US', 'https://app.parcelwise.io/us/billing/payment-method-added', 180),
  (4, 3, 'PaymentProviders::StripeProvider', 'stripe_test', 'Stripe (test mode)', 'http://localhost:3000/billing/done', 180)
) x(k, org, type, code, name, redirect, len)
JOIN lgen.org o ON o.id = x.org;

CREATE TABLE payment_provider_customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    payment_provider_id uuid REFERENCES payment_providers (id),
    type character varying NOT NULL,
    provider_customer_id character varying,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_payment_provider_customers_on_customer_id_and_type ON payment_provider_customers (customer_id, type);
INSERT INTO payment_provider_customers
SELECT fixture_gen.uuid('ppc', c.i)::uuid, cu.id, pp.id,
       CASE WHEN cu.payment_provider = 'gocardless' THEN 'PaymentProviderCustomers::GocardlessCustomer' ELSE 'PaymentProviderCustomers::StripeCustomer' END,
       CASE WHEN c.i % 19 = 7 THEN NULL WHEN cu.payment_provider = 'gocardless' THEN 'CU' || fixture_gen.chars('ppcid', c.i, 12, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789') ELSE 'cus_' || lgen.rnd('ppcid', c.i, 14) END,
       CASE WHEN cu.payment_provider = 'gocardless' THEN jsonb_build_object('sync_with_provider', true, 'provider_mandate_id', 'MD' || fixture_gen.chars('ppcmd', c.i, 12, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'))
            ELSE jsonb_build_object('sync_with_provider', c.i % 19 <> 7, 'provider_payment_methods', CASE WHEN c.cc IN ('DE', 'FR', 'BE') THEN '["card", "sepa_debit"]'::jsonb WHEN c.cc = 'US' AND c.i % 3 = 0 THEN '["card", "us_bank_account"]'::jsonb ELSE '["card"]'::jsonb END)
                 || CASE WHEN c.i % 19 <> 7 AND c.i % 4 <> 3 THEN jsonb_build_object('payment_method_id', 'pm_' || lgen.rnd('ppcpm', c.i, 24)) ELSE '{}'::jsonb END END,
       cu.created_at + interval '2 seconds', cu.updated_at
FROM lgen.c c JOIN customers cu ON cu.id = fixture_gen.uuid('cus', c.i)::uuid
JOIN payment_providers pp ON pp.code = cu.payment_provider_code AND pp.organization_id = cu.organization_id
ORDER BY c.i;

CREATE TABLE payments (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    invoice_id uuid NOT NULL REFERENCES invoices (id),
    payment_provider_id uuid REFERENCES payment_providers (id),
    payment_provider_customer_id uuid REFERENCES payment_provider_customers (id),
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    provider_payment_id character varying NOT NULL,
    status character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO payments
SELECT fixture_gen.uuid('pay', v.k * 2 + a)::uuid, i.id, ppc.payment_provider_id, ppc.id, i.total_amount_cents, i.currency,
       CASE WHEN ppc.type LIKE '%Gocardless%' THEN 'PM' || fixture_gen.chars('paygc', v.k * 2 + a, 12, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789') ELSE 'pi_' || lgen.rnd('paypi', v.k * 2 + a, 24) END,
       CASE WHEN a = 1 AND i.payment_status = 2 THEN 'failed' WHEN a = 0 AND i.payment_status = 2 THEN CASE WHEN ppc.type LIKE '%Gocardless%' THEN 'failed' ELSE 'requires_payment_method' END
            WHEN ppc.type LIKE '%Gocardless%' THEN CASE WHEN v.k % 2 = 0 THEN 'paid_out' ELSE 'confirmed' END ELSE 'succeeded' END,
       i.created_at + make_interval(hours => 1 + a * 72), i.created_at + make_interval(hours => 2 + a * 72)
FROM lgen.iv v JOIN invoices i ON i.id = fixture_gen.uuid('ivc', v.k)::uuid
JOIN payment_provider_customers ppc ON ppc.customer_id = i.customer_id AND ppc.provider_customer_id IS NOT NULL
CROSS JOIN generate_series(0, 1) a
WHERE i.payment_status IN (1, 2) AND (a = 0 OR i.payment_status = 2)
ORDER BY v.k, a;

-- ---------------------------------------------------------------------------
-- Webhook endpoints and the webhooks sent.

CREATE TABLE webhook_endpoints (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    webhook_url character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    signature_algo integer DEFAULT 0 NOT NULL
);
-- signature_algo: 0 jwt, 1 hmac.
INSERT INTO webhook_endpoints
SELECT fixture_gen.uuid('whe', x.k)::uuid, o.uid, x.url, lgen.at('whec', x.k, '2022-07-01', '2024-01-01'), lgen.at('wheu', x.k, '2024-01-01', '2024-06-01'), x.algo
FROM (VALUES
  (1, 1, 'https://api.parcelwise.io/internal/lago/webhooks', 1),
  (2, 1, 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', 2, 8) || '/' || lgen.lrnd('whz', 2, 7) || '/', 0),
  (3, 2, 'https://lago:' || lgen.rnd('orgwhpw', 2, 22) || '@hooks.parcelwise.io/lago/us', 0),
  (4, 2, 'https://parcelwise-finance.app.n8n.cloud/webhook/' || fixture_gen.uuid('whn8n', 4), 0),
  (5, 3, 'https://webhook.site/' || fixture_gen.uuid('whsite', 5), 0)
) x(k, org, url, algo)
JOIN lgen.org o ON o.id = x.org;

-- cust_json: a customer as Lago's webhooks serialize it.
CREATE FUNCTION lgen.cust_json(c customers) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('lago_id', c.id, 'external_id', c.external_id, 'sequential_id', c.sequential_id, 'slug', c.slug, 'name', c.name, 'email', c.email,
    'address_line1', c.address_line1, 'address_line2', c.address_line2, 'city', c.city, 'zipcode', c.zipcode, 'state', c.state, 'country', c.country,
    'legal_name', c.legal_name, 'legal_number', c.legal_number, 'tax_identification_number', c.tax_identification_number, 'phone', c.phone, 'url', c.url,
    'currency', c.currency, 'timezone', c.timezone, 'applicable_timezone', coalesce(c.timezone, 'UTC'), 'net_payment_term', c.net_payment_term,
    'external_salesforce_id', c.external_salesforce_id, 'created_at', to_char(c.created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'billing_configuration', jsonb_build_object('payment_provider', c.payment_provider, 'payment_provider_code', c.payment_provider_code,
       'provider_customer_id', (SELECT provider_customer_id FROM payment_provider_customers p WHERE p.customer_id = c.id), 'document_locale', c.document_locale),
    'shipping_address', jsonb_build_object('address_line1', c.shipping_address_line1, 'address_line2', c.shipping_address_line2, 'city', c.shipping_city,
       'zipcode', c.shipping_zipcode, 'state', c.shipping_state, 'country', c.shipping_country),
    'metadata', coalesce((SELECT jsonb_agg(jsonb_build_object('lago_id', m.id, 'key', m.key, 'value', m.value, 'display_in_invoice', m.display_in_invoice)) FROM customer_metadata m WHERE m.customer_id = c.id), '[]'::jsonb))
$$;

CREATE TABLE webhooks (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    object_id uuid,
    object_type character varying,
    status integer DEFAULT 0 NOT NULL,
    retries integer DEFAULT 0 NOT NULL,
    http_status integer,
    endpoint character varying,
    webhook_type character varying,
    payload json,
    response json,
    last_retried_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    webhook_endpoint_id uuid REFERENCES webhook_endpoints (id)
);
-- status: 0 pending, 1 succeeded, 2 failed.
CREATE TABLE lgen.wh AS
SELECT w, (ARRAY['invoice.created', 'invoice.created', 'invoice.payment_status_updated', 'customer.created', 'customer.updated', 'event.error', 'credit_note.created',
                 'wallet_transaction.created', 'customer.payment_provider_created', 'invoice.payment_failure', 'invoice.drafted'])[1 + fixture_gen.n('wht', w, 11)] AS wtype,
       1 + fixture_gen.n('whk', w, 300) AS k
FROM generate_series(1, 300) w;

INSERT INTO webhooks
SELECT fixture_gen.uuid('whk', w.w)::uuid, obj.id, obj.otype,
       st, CASE WHEN st = 2 THEN 3 WHEN w.w % 6 = 1 THEN 1 ELSE 0 END,
       CASE WHEN st = 1 THEN 200 WHEN st = 2 THEN (ARRAY[500, 502, 404, 401])[1 + w.w % 4] END, we.webhook_url, w.wtype,
       (jsonb_build_object('webhook_type', w.wtype, 'object_type', obj.otype, 'organization_id', cu.organization_id) || jsonb_build_object(obj.otype, obj.body))::json,
       CASE WHEN st = 1 THEN CASE WHEN we.webhook_url LIKE '%zapier%' THEN json_build_object('id', fixture_gen.uuid('whzr', w.w), 'request_id', lgen.rnd('whzq', w.w, 16), 'attempt', fixture_gen.uuid('whza', w.w), 'status', 'success')
                                  WHEN we.webhook_url LIKE '%n8n%' THEN json_build_object('message', 'Workflow was started') ELSE '{"received":true}'::json END
            WHEN st = 2 THEN CASE w.w % 4 WHEN 0 THEN to_json('<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>'::text)
                                          WHEN 1 THEN to_json('<html><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>'::text)
                                          WHEN 2 THEN json_build_object('code', 404, 'message', 'The requested webhook is not registered.', 'hint', 'Click the ''Execute workflow'' button on the canvas, then try again.')
                                          ELSE json_build_object('error', 'unauthorized') END END,
       CASE WHEN st = 2 OR w.w % 6 = 1 THEN ca + interval '15 minutes' END, ca, ca + CASE WHEN st = 2 THEN interval '2 hours' ELSE interval '1 second' END, we.id
FROM lgen.wh w
JOIN lgen.iv v ON v.k = w.k
JOIN invoices i ON i.id = fixture_gen.uuid('ivc', v.k)::uuid
JOIN customers cu ON cu.id = i.customer_id
JOIN webhook_endpoints we ON we.id = fixture_gen.uuid('whe', CASE WHEN v.org = 1 THEN CASE WHEN w.w % 5 = 0 THEN 2 ELSE 1 END ELSE CASE WHEN w.w % 4 = 0 THEN 4 ELSE 3 END END)::uuid
CROSS JOIN LATERAL (SELECT CASE WHEN w.w % 17 = 3 THEN 2 WHEN w.w % 29 = 8 THEN 0 ELSE 1 END AS st,
                           i.created_at + make_interval(secs => 2 + fixture_gen.n('whs', w.w, 60)) AS ca) t
CROSS JOIN LATERAL (
  SELECT CASE WHEN w.wtype LIKE 'invoice.%' THEN i.id WHEN w.wtype LIKE 'customer.%' THEN cu.id WHEN w.wtype = 'credit_note.created' THEN fixture_gen.uuid('cn', 1 + w.w % 60)::uuid
              WHEN w.wtype = 'wallet_transaction.created' THEN fixture_gen.uuid('wtx', 1 + w.w % 200)::uuid ELSE NULL END AS id,
         CASE WHEN w.wtype LIKE 'invoice.%' THEN 'invoice' WHEN w.wtype LIKE 'customer.%' THEN 'customer' WHEN w.wtype = 'event.error' THEN 'event_error'
              WHEN w.wtype = 'credit_note.created' THEN 'credit_note' ELSE 'wallet_transaction' END AS otype,
         CASE WHEN w.wtype LIKE 'invoice.%' THEN jsonb_build_object('lago_id', i.id, 'sequential_id', i.sequential_id, 'number', i.number, 'issuing_date', i.issuing_date,
                  'payment_due_date', i.payment_due_date, 'invoice_type', CASE i.invoice_type WHEN 0 THEN 'subscription' WHEN 2 THEN 'credit' ELSE 'one_off' END,
                  'status', CASE i.status WHEN 0 THEN 'draft' WHEN 2 THEN 'voided' ELSE 'finalized' END, 'payment_status', CASE i.payment_status WHEN 1 THEN 'succeeded' WHEN 2 THEN 'failed' ELSE 'pending' END,
                  'currency', i.currency, 'fees_amount_cents', i.fees_amount_cents, 'taxes_amount_cents', i.taxes_amount_cents, 'total_amount_cents', i.total_amount_cents,
                  'file_url', 'https://billing.parcelwise.io/rails/active_storage/blobs/redirect/' || lgen.b64url('whfu', w.w, 48) || '--' || fixture_gen.hexn('whfs', w.w, 40) || '/' || i.number || '.pdf',
                  'customer', lgen.cust_json(cu))
              WHEN w.wtype LIKE 'customer.%' THEN lgen.cust_json(cu)
              WHEN w.wtype = 'event.error' THEN jsonb_build_object('status', 422, 'error', 'Unprocessable Entity', 'message', fixture_gen.pick(ARRAY['code_does_not_exist', 'value_is_not_valid_number', 'customer_not_found'], 'whee', w.w),
                  'input_params', (SELECT jsonb_build_object('transaction_id', e.transaction_id, 'external_customer_id', e.external_customer_id, 'external_subscription_id', e.external_subscription_id,
                                     'code', e.code, 'timestamp', extract(epoch FROM e."timestamp")::bigint, 'properties', e.properties) FROM events e WHERE e.id = fixture_gen.uuid('evt', 1 + w.w % 300)::uuid))
              WHEN w.wtype = 'credit_note.created' THEN (SELECT jsonb_build_object('lago_id', n.id, 'number', n.number, 'reason', n.reason, 'description', n.description, 'total_amount_cents', n.total_amount_cents,
                                     'currency', n.total_amount_currency, 'customer', lgen.cust_json(c2)) FROM credit_notes n JOIN customers c2 ON c2.id = n.customer_id WHERE n.id = fixture_gen.uuid('cn', 1 + w.w % 60)::uuid)
              ELSE (SELECT jsonb_build_object('lago_id', x.id, 'lago_wallet_id', x.wallet_id, 'status', CASE x.status WHEN 1 THEN 'settled' ELSE 'pending' END,
                                     'transaction_type', CASE x.transaction_type WHEN 1 THEN 'outbound' ELSE 'inbound' END, 'amount', x.amount::text, 'credit_amount', x.credit_amount::text,
                                     'created_at', to_char(x.created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) FROM wallet_transactions x WHERE x.id = fixture_gen.uuid('wtx', 1 + w.w % 200)::uuid) END AS body
) obj
ORDER BY w.w;

-- ---------------------------------------------------------------------------
-- Integrations: NetSuite and Anrok (Ltd), Xero (Inc), a NetSuite sandbox.

CREATE TABLE integrations (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    name character varying NOT NULL,
    code character varying NOT NULL,
    type character varying NOT NULL,
    secrets character varying,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_integrations_on_code_and_organization_id ON integrations (code, organization_id);
INSERT INTO integrations
SELECT fixture_gen.uuid('int', x.k)::uuid, o.uid, x.name, x.code, x.type, lgen.enc('intsec', x.k, x.len), x.settings, lgen.at('intc', x.k, '2023-09-01', '2024-03-01'), lgen.at('intu', x.k, '2024-03-01', '2024-06-20')
FROM (VALUES
  (1, 1, 'NetSuite', 'netsuite_prod', 'Integrations::NetsuiteIntegration', 220,
   jsonb_build_object('account_id', '7312045', 'client_id', fixture_gen.hexn('intcid', 1, 64), 'script_endpoint_url', 'https://7312045.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=1642&deploy=1',
                      'sync_invoices', true, 'sync_credit_notes', true, 'sync_payments', true, 'sync_sales_orders', false)),
  (2, 1, 'Anrok', 'anrok', 'Integrations::AnrokIntegration', 90, jsonb_build_object('connection_id', fixture_gen.uuid('intconn', 2))),
  (3, 2, 'Xero', 'xero_us', 'Integrations::XeroIntegration', 60, jsonb_build_object('connection_id', fixture_gen.uuid('intconn', 3), 'sync_invoices', true, 'sync_credit_notes', true, 'sync_payments', false)),
  (4, 3, 'NetSuite sandbox', 'netsuite_sb1', 'Integrations::NetsuiteIntegration', 220,
   jsonb_build_object('account_id', '7312045_SB1', 'client_id', fixture_gen.hexn('intcid', 4, 64), 'script_endpoint_url', 'https://7312045-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=1642&deploy=1',
                      'sync_invoices', true, 'sync_credit_notes', false, 'sync_payments', false, 'sync_sales_orders', false))
) x(k, org, name, code, type, len, settings)
JOIN lgen.org o ON o.id = x.org;

CREATE TABLE integration_customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    integration_id uuid NOT NULL REFERENCES integrations (id),
    customer_id uuid NOT NULL REFERENCES customers (id),
    external_customer_id character varying,
    type character varying NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO integration_customers
SELECT fixture_gen.uuid('icu', c.i * 2 + x.k)::uuid, fixture_gen.uuid('int', x.integ)::uuid, cu.id,
       CASE x.integ WHEN 1 THEN (1200 + fixture_gen.n('icn', c.i, 9000))::text WHEN 2 THEN 'cus_' || lgen.lrnd('icanr', c.i, 20) WHEN 3 THEN fixture_gen.uuid('icxero', c.i) ELSE (300 + c.i)::text END,
       CASE x.integ WHEN 1 THEN 'IntegrationCustomers::NetsuiteCustomer' WHEN 2 THEN 'IntegrationCustomers::AnrokCustomer' WHEN 3 THEN 'IntegrationCustomers::XeroCustomer' ELSE 'IntegrationCustomers::NetsuiteCustomer' END,
       CASE x.integ WHEN 1 THEN jsonb_build_object('subsidiary_id', CASE WHEN c.cc = 'GB' THEN '1' ELSE '3' END, 'sync_with_provider', true)
                    WHEN 4 THEN jsonb_build_object('subsidiary_id', '1', 'sync_with_provider', false) ELSE jsonb_build_object('sync_with_provider', true) END,
       cu.created_at + interval '1 minute', cu.updated_at
FROM lgen.c c JOIN customers cu ON cu.id = fixture_gen.uuid('cus', c.i)::uuid
CROSS JOIN LATERAL (SELECT k, integ FROM (VALUES (0, 1), (1, 2), (0, 3), (0, 4)) q(k, integ)
                    WHERE (integ = 1 AND c.org = 1 AND c.kind = 'biz') OR (integ = 2 AND c.org = 1 AND c.i % 3 = 0) OR (integ = 3 AND c.org = 2 AND c.kind <> 'dev') OR (integ = 4 AND c.org = 3)) x
ORDER BY c.i, x.k;

-- ---------------------------------------------------------------------------
-- PaperTrail versions.

CREATE TABLE versions (
    id bigserial PRIMARY KEY,
    item_type character varying NOT NULL,
    item_id character varying NOT NULL,
    event character varying NOT NULL,
    whodunnit character varying,
    object jsonb,
    object_changes jsonb,
    created_at timestamp(6) without time zone,
    lago_version character varying
);
CREATE INDEX index_versions_on_item_type_and_item_id ON versions (item_type, item_id);
INSERT INTO versions (item_type, item_id, event, whodunnit, object, object_changes, created_at, lago_version)
SELECT x.item_type, x.item_id, x.event, x.who, x.obj, x.chg, x.ca, x.ver
FROM (
  -- customers: created, then edited (emails, addresses, tax ids)
  SELECT 'Customer' AS item_type, cu.id::text AS item_id, 'create' AS event,
         CASE WHEN c.i % 3 = 0 THEN fixture_gen.uuid('usr', 1 + c.i % 12) END AS who, NULL::jsonb AS obj,
         jsonb_build_object('id', jsonb_build_array(NULL, cu.id), 'external_id', jsonb_build_array(NULL, cu.external_id), 'name', jsonb_build_array(NULL, cu.name),
                            'email', jsonb_build_array(NULL, cu.email), 'organization_id', jsonb_build_array(NULL, cu.organization_id), 'currency', jsonb_build_array(NULL, cu.currency),
                            'created_at', jsonb_build_array(NULL, cu.created_at), 'updated_at', jsonb_build_array(NULL, cu.created_at)) AS chg,
         cu.created_at AS ca, (ARRAY['v0.50.0-beta', 'v1.0.0', 'v1.2.1'])[1 + c.i % 3] AS ver, c.i * 10 AS ord
  FROM lgen.c c JOIN customers cu ON cu.id = fixture_gen.uuid('cus', c.i)::uuid WHERE c.i % 2 = 0
  UNION ALL
  SELECT 'Customer', cu.id::text, 'update', fixture_gen.uuid('usr', 1 + c.i % 12),
         to_jsonb(cu) - 'logo_url' || jsonb_build_object('email', old_email, 'updated_at', cu.created_at),
         jsonb_build_object('email', jsonb_build_array(old_email, cu.email), 'updated_at', jsonb_build_array(cu.created_at, cu.updated_at))
           || CASE WHEN c.i % 3 = 0 THEN jsonb_build_object('address_line1', jsonb_build_array(lgen.street(c.cc, 'vold', c.i), cu.address_line1)) ELSE '{}'::jsonb END
           || CASE WHEN c.i % 5 = 0 THEN jsonb_build_object('tax_identification_number', jsonb_build_array(NULL, cu.tax_identification_number)) ELSE '{}'::jsonb END,
         cu.updated_at, 'v1.4.0', c.i * 10 + 1
  FROM lgen.c c JOIN customers cu ON cu.id = fixture_gen.uuid('cus', c.i)::uuid
  CROSS JOIN LATERAL (SELECT CASE WHEN c.kind = 'biz' THEN fixture_gen.ascii(c.first) || '@' || fixture_gen.ascii(coalesce(c.brand, c.last)) || '.example' ELSE fixture_gen.email('vold', c.i) END AS old_email) oe
  WHERE c.i % 3 = 1
  UNION ALL
  -- plans, subscriptions, coupons
  SELECT 'Plan', p.id::text, CASE WHEN p.parent_id IS NULL THEN 'create' ELSE 'update' END, fixture_gen.uuid('usr', 2 + n % 5), CASE WHEN p.parent_id IS NOT NULL THEN to_jsonb(p) END,
         jsonb_build_object('amount_cents', jsonb_build_array(p.amount_cents + 1000, p.amount_cents), 'description', jsonb_build_array(NULL, p.description)), p.updated_at, 'v1.2.1', 5000 + n
  FROM (SELECT p.*, row_number() OVER (ORDER BY id) AS n FROM plans p) p
  UNION ALL
  SELECT 'Subscription', s.id::text, 'update', NULL, jsonb_build_object('id', s.id, 'status', 1, 'plan_id', s.plan_id, 'external_id', s.external_id, 'customer_id', s.customer_id),
         jsonb_build_object('status', jsonb_build_array(1, s.status), 'terminated_at', jsonb_build_array(NULL, s.terminated_at)), s.updated_at, 'v1.4.0', 6000 + n
  FROM (SELECT s.*, row_number() OVER (ORDER BY id) AS n FROM subscriptions s WHERE status IN (2, 3)) s
  UNION ALL
  SELECT 'Coupon', cp.id::text, 'create', fixture_gen.uuid('usr', 2), NULL, jsonb_build_object('name', jsonb_build_array(NULL, cp.name), 'code', jsonb_build_array(NULL, cp.code)), cp.created_at, 'v1.0.0', 7000 + n
  FROM (SELECT c.*, row_number() OVER (ORDER BY id) AS n FROM coupons c) cp
  UNION ALL
  -- the organization: an API key rotation after a leak, webhook and footer edits
  SELECT 'Organization', o.uid::text, 'update', fixture_gen.uuid('usr', 1), jsonb_build_object('id', o.uid, 'name', org.name, 'api_key', fixture_gen.uuid('orgkeyold', o.id), 'webhook_url', org.webhook_url),
         jsonb_build_object('api_key', jsonb_build_array(fixture_gen.uuid('orgkeyold', o.id), org.api_key), 'updated_at', jsonb_build_array(org.created_at, org.updated_at)), org.updated_at - interval '30 days', 'v1.2.1', 8000 + o.id
  FROM lgen.org o JOIN organizations org ON org.id = o.uid WHERE o.id < 3
  UNION ALL
  SELECT 'Organization', org.id::text, 'update', fixture_gen.uuid('usr', 2), NULL,
         jsonb_build_object('invoice_footer', jsonb_build_array('Parcelwise Ltd. Bank transfer to Barclays 20-32-53 / ' || fixture_gen.digits('orgacc', 1, 8) || '. Contact Eleanor on 07700 900' || fixture_gen.digits('vorg', 1, 3), org.invoice_footer),
                            'email', jsonb_build_array('eleanor.whitcombe@parcelwise.io', org.email)), org.updated_at - interval '10 days', 'v1.4.0', 8010
  FROM organizations org WHERE org.id = fixture_gen.uuid('org', 1)::uuid
) x
ORDER BY x.ca, x.ord;

-- ---------------------------------------------------------------------------
-- Active Storage: invoice and credit note PDFs, exports, logos.

CREATE TABLE active_storage_blobs (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
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

CREATE TABLE active_storage_attachments (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    blob_id uuid NOT NULL REFERENCES active_storage_blobs (id),
    created_at timestamp(6) without time zone NOT NULL,
    record_id uuid
);

CREATE TABLE lgen.bl AS
SELECT row_number() OVER (ORDER BY ord) AS b, * FROM (
  SELECT 1 AS ord0, i.created_at AS ord, 'file' AS name, 'Invoice' AS rtype, i.id AS rid, i.number || '.pdf' AS filename, 'application/pdf' AS ctype, i.created_at + interval '40 seconds' AS ca
  FROM invoices i WHERE i.status = 1 AND i.sequential_id % 3 <> 0
  UNION ALL SELECT 2, n.created_at, 'file', 'CreditNote', n.id, n.number || '.pdf', 'application/pdf', n.created_at + interval '30 seconds' FROM credit_notes n WHERE n.status = 1
  UNION ALL SELECT 3, timestamp '2024-01-01' + g * interval '17 days', 'file', 'DataExport', fixture_gen.uuid('dex', g)::uuid,
                   (ARRAY['invoices', 'invoice_fees', 'credit_notes'])[1 + g % 3] || '_export_' || extract(epoch FROM timestamp '2024-01-01' + g * interval '17 days')::bigint || '.csv', 'text/csv',
                   timestamp '2024-01-01' + g * interval '17 days' + interval '3 minutes' FROM generate_series(1, 9) g
  UNION ALL SELECT 4, created_at, 'logo', 'Organization', id, CASE WHEN name = 'Parcelwise' THEN 'parcelwise-wordmark.png' ELSE 'parcelwise-inc.png' END, 'image/png', created_at + interval '1 day' FROM organizations WHERE logo IS NOT NULL
) x;

INSERT INTO active_storage_blobs
SELECT fixture_gen.uuid('blob', b)::uuid, lgen.lrnd('blobkey', b, 28), filename, ctype,
       CASE WHEN ctype = 'image/png' THEN '{"identified":true,"width":640,"height":160,"analyzed":true}' ELSE '{"identified":true,"analyzed":true}' END,
       'amazon', CASE ctype WHEN 'application/pdf' THEN 38000 + fixture_gen.n('blobsz', b, 60000) WHEN 'text/csv' THEN 2000 + fixture_gen.n('blobsz', b, 900000) ELSE 14522 END,
       fixture_gen.b64('blobck', b, 16), ca
FROM lgen.bl ORDER BY b;

INSERT INTO active_storage_attachments
SELECT fixture_gen.uuid('att', b)::uuid, name, rtype, fixture_gen.uuid('blob', b)::uuid, ca, rid FROM lgen.bl ORDER BY b;

-- ---------------------------------------------------------------------------
-- NOT Lago: Parcelwise's finance team's own tables, beside it.

CREATE SCHEMA parcelwise_ops;

CREATE TABLE parcelwise_ops.collections_notes (
    id bigserial PRIMARY KEY,
    lago_customer_id uuid NOT NULL,
    external_customer_id text NOT NULL,
    author text NOT NULL,
    contact_name text,
    contact_phone text,
    body text NOT NULL,
    next_action_at timestamptz,
    created_at timestamptz NOT NULL
);
INSERT INTO parcelwise_ops.collections_notes (lago_customer_id, external_customer_id, author, contact_name, contact_phone, body, next_action_at, created_at)
SELECT cu.id, cu.external_id, a.email, CASE WHEN n % 6 = 5 THEN NULL WHEN c.kind = 'biz' THEN fixture_gen.full_name('cnn', n) ELSE c.first || ' ' || c.last END,
       CASE WHEN n % 4 = 3 THEN NULL ELSE lgen.phone(c.cc, 'cnph', n) END,
       (ARRAY['Called AP, invoice ' || i.number || ' is waiting for PO approval. Chase again Thursday.',
              'Spoke to ' || CASE WHEN c.kind = 'biz' THEN fixture_gen.first_name('cnn', n) ELSE c.first END || ', card expired, will update in the portal today.',
              'No answer, left voicemail. Second reminder email sent to ' || split_part(coalesce(cu.email, 'unknown'), ',', 1) || '.',
              'Customer disputes the SMS charges for May; escalated to Eleanor.',
              'Owner in hospital, partner asked for 30 days grace. Agreed, note on account.',
              'Payment plan: three instalments from 1 July, first via bank transfer.',
              'Direct debit failed (insufficient funds). Retry scheduled by GoCardless.',
              'Promised payment by Friday.'])[1 + fixture_gen.n('cnb', n, 8)],
       CASE WHEN n % 5 <> 0 THEN (i.payment_due_date + 10 + n % 20)::timestamp AT TIME ZONE 'Europe/London' END,
       least((i.payment_due_date + 3)::timestamp, timestamp '2024-06-27') AT TIME ZONE 'Europe/London' + make_interval(mins => fixture_gen.n('cnt', n, 600))
FROM generate_series(1, 80) n
JOIN (SELECT i.*, row_number() OVER (ORDER BY i.id) AS rn, count(*) OVER () AS cnt FROM invoices i WHERE i.payment_status <> 1 AND i.status = 1) i ON i.rn = 1 + (n * 7) % i.cnt
JOIN customers cu ON cu.id = i.customer_id
JOIN lgen.c c ON fixture_gen.uuid('cus', c.i)::uuid = cu.id
JOIN lgen.u a ON a.i = (ARRAY[2, 3, 14, 20, 25])[1 + n % 5]
ORDER BY n;

CREATE TABLE parcelwise_ops.lago_webhook_inbox (
    id bigserial PRIMARY KEY,
    received_at timestamptz NOT NULL,
    webhook_type text NOT NULL,
    signature text,
    remote_addr inet,
    body jsonb NOT NULL,
    processed_at timestamptz,
    error text
);
-- The X-Lago-Signature header: an RS256 JWT whose data claim is the payload
-- (signature_algo jwt), or a base64 HMAC-SHA256 of it (hmac).
INSERT INTO parcelwise_ops.lago_webhook_inbox (received_at, webhook_type, signature, remote_addr, body, processed_at, error)
SELECT w.created_at AT TIME ZONE 'UTC' + interval '180 milliseconds', w.webhook_type,
       CASE WHEN we.signature_algo = 1 THEN fixture_gen.b64('whsig', n, 32)
            ELSE lgen.b64url_text('{"alg":"RS256"}') || '.' || lgen.b64url_text(json_build_object('data', w.payload::text, 'iss', 'https://billing.parcelwise.io')::text) || '.' || lgen.b64url('whjs', n, 256) END,
       ('10.20.' || (1 + n % 3)::text || '.' || (11 + n % 4)::text)::inet, w.payload::jsonb,
       CASE WHEN n % 23 <> 4 THEN w.created_at AT TIME ZONE 'UTC' + interval '2 seconds' END,
       CASE WHEN n % 23 = 4 THEN 'PG::UniqueViolation: duplicate key value violates unique constraint "index_lago_invoices_on_lago_id"'
            WHEN n % 31 = 7 THEN 'Account not found for external id' END
FROM (SELECT w.*, row_number() OVER (ORDER BY w.created_at, w.id) AS n FROM webhooks w WHERE w.status = 1 AND w.endpoint NOT LIKE '%zapier%' AND w.endpoint NOT LIKE '%n8n%') w
JOIN webhook_endpoints we ON we.id = w.webhook_endpoint_id
WHERE n <= 150
ORDER BY n;

CREATE TABLE parcelwise_ops.ingest_rejects (
    id bigserial PRIMARY KEY,
    rejected_at timestamptz NOT NULL,
    external_customer_id text,
    code text,
    raw_body text NOT NULL,
    error_message text,
    client_ip inet,
    request_headers jsonb
);
INSERT INTO parcelwise_ops.ingest_rejects (rejected_at, external_customer_id, code, raw_body, error_message, client_ip, request_headers)
SELECT e."timestamp" AT TIME ZONE 'UTC' + interval '1 hour', rext, rcd,
       json_build_object('event', json_build_object('transaction_id', e.transaction_id || '-r' || r, 'external_customer_id', rext, 'external_subscription_id', e.external_subscription_id,
                                                    'code', rcd, 'timestamp', extract(epoch FROM e."timestamp")::bigint, 'properties', e.properties))::text,
       CASE WHEN rcd <> e.code THEN '{"status":422,"error":"Unprocessable Entity","code":"validation_errors","error_details":{"code":["does_not_exist"]}}'
            WHEN rext <> e.external_customer_id THEN '{"status":404,"error":"Not Found","code":"customer_not_found"}'
            ELSE '{"status":422,"error":"Unprocessable Entity","code":"validation_errors","error_details":{"transaction_id":["value_already_exist"]}}' END,
       (CASE WHEN r % 7 = 3 THEN fixture_gen.ipv4('rjhome', r) ELSE fixture_gen.ipv4('rjsrv', c.i) END)::inet,
       jsonb_build_object('Authorization', 'Bearer ' || org.api_key, 'Content-Type', 'application/json', 'User-Agent', 'Lago Ruby v1.4.0', 'X-Request-Id', fixture_gen.uuid('rjreq', r),
                          'X-Forwarded-For', CASE WHEN r % 7 = 3 THEN fixture_gen.ipv4('rjhome', r) ELSE fixture_gen.ipv4('rjsrv', c.i) END)
FROM generate_series(1, 100) r
JOIN events e ON e.id = fixture_gen.uuid('evt', 1 + (r * 3) % 300)::uuid
JOIN customers cu ON cu.id = e.customer_id
JOIN organizations org ON org.id = e.organization_id
JOIN lgen.c c ON fixture_gen.uuid('cus', c.i)::uuid = cu.id
CROSS JOIN LATERAL (SELECT CASE WHEN r % 3 = 0 THEN replace(e.code, 'labels_created', 'label_created') || CASE WHEN e.code <> 'labels_created' THEN '_v2' ELSE '' END ELSE e.code END AS rcd,
                           CASE WHEN r % 5 = 1 THEN CASE WHEN r % 2 = 0 THEN upper(e.external_customer_id) ELSE split_part(coalesce(cu.email, 'x@x'), ',', 1) END ELSE e.external_customer_id END AS rext) x
ORDER BY r;

CREATE TABLE parcelwise_ops.account_owners (
    external_customer_id text PRIMARY KEY,
    account_name text NOT NULL,
    owner_name text NOT NULL,
    owner_email text NOT NULL,
    slack_user_id text,
    segment text,
    region text,
    health_score smallint,
    updated_at timestamptz NOT NULL
);
INSERT INTO parcelwise_ops.account_owners
SELECT cu.external_id, coalesce(cu.legal_name, cu.name), u.first || ' ' || u.last, u.email, 'U0' || fixture_gen.chars('slk', u.i, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
       CASE WHEN c.kind = 'dev' THEN 'Self-serve' WHEN c.kind = 'st' THEN 'SMB' ELSE (ARRAY['SMB', 'Mid-market', 'Enterprise', 'SMB'])[1 + c.i % 4] END,
       CASE c.cc WHEN 'GB' THEN 'UK&I' WHEN 'DE' THEN 'DACH' WHEN 'FR' THEN 'France' WHEN 'BE' THEN 'Benelux' WHEN 'US' THEN 'North America' ELSE 'North America' END,
       CASE WHEN c.i % 9 = 0 THEN NULL ELSE 20 + fixture_gen.n('ahs', c.i, 80) END,
       lgen.at('aua', c.i, '2024-01-01', '2024-06-28') AT TIME ZONE 'UTC'
FROM lgen.c c JOIN customers cu ON cu.id = fixture_gen.uuid('cus', c.i)::uuid
JOIN lgen.u u ON u.i = CASE WHEN c.org = 1 THEN (ARRAY[4, 5, 6, 8, 10, 11])[1 + c.i % 6] ELSE (ARRAY[3, 7, 9, 12])[1 + c.i % 4] END
WHERE c.org < 3
ORDER BY c.i;

CREATE TABLE parcelwise_ops.tax_exemptions (
    id serial PRIMARY KEY,
    external_customer_id text NOT NULL,
    certificate_number text NOT NULL,
    issuing_state text,
    holder_name text NOT NULL,
    document_url text,
    valid_until date,
    reviewed_by text,
    created_at timestamptz NOT NULL
);
INSERT INTO parcelwise_ops.tax_exemptions (external_customer_id, certificate_number, issuing_state, holder_name, document_url, valid_until, reviewed_by, created_at)
SELECT cu.external_id,
       CASE cu.state WHEN 'TX' THEN '3' || fixture_gen.digits('txc', c.i, 10) WHEN 'NY' THEN 'ST-120 ' || fixture_gen.digits('txc', c.i, 8) WHEN 'CA' THEN 'SR FH ' || fixture_gen.digits('txc', c.i, 9)
                    WHEN 'IL' THEN 'E9' || fixture_gen.digits('txc', c.i, 3) || '-' || fixture_gen.digits('txd', c.i, 4) ELSE fixture_gen.digits('txc', c.i, 2) || '-' || fixture_gen.digits('txd', c.i, 7) END,
       coalesce(cu.state, lgen.state(c.cc, c.k)), coalesce(cu.legal_name, cu.name),
       CASE WHEN c.i % 6 <> 5 THEN 'https://parcelwise-finance.s3.us-east-2.amazonaws.com/tax-exemptions/' || fixture_gen.uuid('txdoc', c.i) || '.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential='
            || 'AK' || 'IA' || fixture_gen.chars('txak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '%2F20240612%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20240612T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature='
            || fixture_gen.hexn('txsig', c.i, 64) END,
       CASE WHEN c.i % 4 = 0 THEN NULL ELSE date '2025-01-01' + fixture_gen.n('txv', c.i, 900) END,
       CASE WHEN c.i % 5 = 0 THEN NULL ELSE (SELECT email FROM lgen.u WHERE i = (ARRAY[3, 36, 35])[1 + c.i % 3]) END,
       lgen.at('txca', c.i, '2023-04-01', '2024-06-01') AT TIME ZONE 'America/Chicago'
FROM lgen.c c JOIN customers cu ON cu.id = fixture_gen.uuid('cus', c.i)::uuid
WHERE c.org = 2 AND c.kind <> 'dev' AND c.cc = 'US'
ORDER BY c.i;

SELECT fixture_gen.reset_sequences('parcelwise_ops');
SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA lgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
