-- classify-eval fixture (HOLDOUT 43: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Akaunting 3 accounting and invoicing instance on PostgreSQL, in the naming
-- its Laravel migrations create (no table prefix, plural snake_case tables,
-- serial integer keys, varchar(255) strings, double precision money,
-- timestamp(0) created_at/updated_at/deleted_at, company_id on almost every
-- table, created_from and created_by), a subset of its tables with their
-- columns and types. The instance is run by a small bookkeeping firm in
-- Manchester ("Lindqvist & Osei Accounting", company 1) that keeps its own
-- books and those of two clients: a sole trader's bakery in Sevilla
-- ("Obrador La Higuera", Sofía Martínez Ruiz, company 2) and a pottery
-- studio with courses in Köln ("Kettle & Kiln Studio", company 3).
-- Settings hold each company's name, email, phone, address and tax number
-- (the sole trader's NIF and home address among them), SMTP logins and
-- passwords, the marketplace API key, offline payment methods as JSON with
-- IBANs, invoice notes and footers. Users (staff and customers' portal
-- logins) with bcrypt hashes and remember tokens; invitations with tokens.
-- Contacts that are businesses, sole traders, private customers (cake
-- orders, course participants), vendors and employees, with VAT and
-- national tax numbers, phones, addresses and websites; contact persons.
-- Invoices and bills that copy the contact's details onto each document,
-- with notes that mention people and phones, footers with bank details,
-- line items whose descriptions name the people served; totals, item taxes
-- and histories (system messages). Transactions with descriptions and bank
-- references quoting payers; bank accounts with IBANs and a PayPal login;
-- reconciliations; transfers. Catalogue tables (items, categories, taxes,
-- currencies), recurring schedules, email templates with placeholders,
-- reports, dashboards and widgets, modules: nothing personal. Media whose
-- file names name people; notifications whose data names the customer;
-- queued and failed jobs with serialized documents; the session store;
-- password resets; personal access tokens as SHA-256; the firewall's
-- blocked IPs and its log of requests with typed logins and passwords and
-- signed portal links.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA agen;

-- fold: a name folded to ASCII for an email address or a slug.
CREATE FUNCTION agen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZD')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics (len up to 190), Laravel's Str::random.
CREATE FUNCTION agen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

-- at: a time between two dates, deterministic, to the second.
CREATE FUNCTION agen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- Per company: country, currency, locale.
CREATE TABLE agen.co (id int PRIMARY KEY, name text, cc text, cur text, locale text, tz text);
INSERT INTO agen.co VALUES (1, 'Lindqvist & Osei Accounting Ltd', 'GB', 'GBP', 'en-GB', 'Europe/London'),
  (2, 'Obrador La Higuera', 'ES', 'EUR', 'es-ES', 'Europe/Madrid'), (3, 'Kettle & Kiln Studio GmbH', 'DE', 'EUR', 'de-DE', 'Europe/Berlin');

-- street, city, postcode and state of a company's country.
CREATE FUNCTION agen.street(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN (1 + fixture_gen.n(tag || 'n', i, 240))::text || ' ' || fixture_gen.pick(ARRAY['Wilmslow Road', 'Burton Road', 'Palatine Road', 'Oxford Road', 'Stockport Road', 'Chorlton Road', 'Barlow Moor Road', 'Kings Road'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['Calle Feria', 'Calle Betis', 'Calle San Jacinto', 'Avenida de la Constitución', 'Calle Sierpes', 'Calle Pureza', 'Calle Alfarería'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 120))::text
         || CASE WHEN i % 2 = 0 THEN ', ' || (1 + fixture_gen.n(tag || 'p', i, 6))::text || 'º ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D', 'izda.', 'dcha.'], tag || 'l', i) ELSE '' END
    ELSE fixture_gen.pick(ARRAY['Venloer Straße', 'Aachener Straße', 'Zülpicher Straße', 'Severinstraße', 'Neusser Straße', 'Luxemburger Straße', 'Subbelrather Straße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 180))::text END
$$;

CREATE FUNCTION agen.city(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'GB' THEN fixture_gen.pick(ARRAY['Manchester', 'Salford', 'Stockport', 'Altrincham', 'Sale', 'Leeds', 'Bolton'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['Sevilla', 'Sevilla', 'Dos Hermanas', 'Mairena del Aljarafe', 'Tomares', 'Alcalá de Guadaíra'], tag, i)
    ELSE fixture_gen.pick(ARRAY['Köln', 'Köln', 'Bonn', 'Leverkusen', 'Bergisch Gladbach', 'Hürth', 'Pulheim'], tag, i) END
$$;

CREATE FUNCTION agen.zip(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'GB' THEN fixture_gen.pick(ARRAY['M14', 'M20', 'M21', 'M16', 'SK4', 'WA14', 'M33', 'LS6'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'ES' THEN '41' || lpad(fixture_gen.n(tag, i, 100)::text, 3, '0')
    ELSE fixture_gen.pick(ARRAY['50', '51', '53'], tag, i) || fixture_gen.digits(tag, i, 3) END
$$;

CREATE FUNCTION agen.state(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'GB' THEN fixture_gen.pick(ARRAY['Greater Manchester', 'Greater Manchester', 'Cheshire', 'West Yorkshire'], tag, i)
    WHEN 'ES' THEN 'Sevilla' ELSE 'Nordrhein-Westfalen' END
$$;

-- phone of a country, national or E.164.
CREATE FUNCTION agen.phone(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN CASE WHEN i % 3 = 0 THEN '0161 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) WHEN i % 3 = 1 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) ELSE '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) END
    WHEN 'ES' THEN CASE WHEN i % 2 = 0 THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3) ELSE '954 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2) END
    ELSE CASE WHEN i % 2 = 0 THEN '+49 17' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'x', i, 7) ELSE '0221 ' || fixture_gen.digits(tag, i, 6) END END
$$;

-- national tax number of a person: UK NINO, Spanish DNI with its letter, German Steuer-ID.
CREATE FUNCTION agen.taxid(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'GB' THEN fixture_gen.nino(tag, i)
    WHEN 'ES' THEN d || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + (d::bigint % 23)::int, 1)
    ELSE (1 + fixture_gen.n(tag || 'f', i, 9))::text || fixture_gen.digits(tag, i, 10) END
  FROM (SELECT lpad((10000000 + fixture_gen.n(tag || 'dni', i, 89999999))::text, 8, '0') AS d) x
$$;

-- Contacts: 1-100 the firm's (clients, suppliers, two employees), 101-190 the
-- bakery's (cafés, private cake orders, suppliers, staff), 191-260 the
-- studio's (course participants, shops, suppliers, staff). kind: biz
-- (a business), st (a sole trader, named after the owner), p (a person).
CREATE TABLE agen.ct (i int PRIMARY KEY, company_id int, cc text, type text, kind text, first text, last text, name text, email text, uid int);
INSERT INTO agen.ct (i, company_id, cc, type, kind, first, last)
SELECT i, c, co.cc,
       CASE WHEN i % 10 = 9 AND i % 20 = 9 THEN 'employee' WHEN i % 10 IN (6, 7, 8) THEN 'vendor' ELSE 'customer' END,
       CASE WHEN i % 10 = 9 AND i % 20 = 9 THEN 'p'
            WHEN i % 10 IN (6, 7, 8) THEN CASE WHEN i % 10 = 8 THEN 'st' ELSE 'biz' END
            WHEN c = 1 THEN CASE WHEN i % 3 = 0 THEN 'st' ELSE 'biz' END
            WHEN c = 2 THEN CASE WHEN i % 4 = 0 THEN 'biz' ELSE 'p' END
            ELSE CASE WHEN i % 7 = 0 THEN 'biz' ELSE 'p' END END,
       fixture_gen.first_name('cfn', i), fixture_gen.last_name('cln', i)
FROM generate_series(1, 260) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 100 THEN 1 WHEN i <= 190 THEN 2 ELSE 3 END AS c) x
JOIN agen.co co ON co.id = x.c;

UPDATE agen.ct SET name = CASE kind
    WHEN 'p' THEN first || ' ' || last
    WHEN 'st' THEN first || ' ' || last || ' ' || CASE type WHEN 'vendor' THEN fixture_gen.pick(ARRAY['Photography', 'Web Design', 'Translations', 'Electrical', 'Cleaning Services', 'Illustration'], 'stv', i)
                                                  ELSE fixture_gen.pick(ARRAY['Physiotherapy', 'Hair Studio', 'Plumbing & Heating', 'Tutoring', 'Joinery', 'Dog Grooming', 'Yoga'], 'stc', i) END
    ELSE CASE WHEN type = 'vendor' THEN CASE company_id
            WHEN 1 THEN fixture_gen.pick(ARRAY['Sage UK Ltd', 'Viking Office Supplies', 'Bruntwood Works', 'BT Business', 'Octopus Energy', 'Hiscox Insurance', 'Xerox (UK) Ltd', 'Zoom Video Communications'], 'vb', i)
            WHEN 2 THEN fixture_gen.pick(ARRAY['Harinera del Sur S.L.', 'Makro Autoservicio Mayorista', 'Lácteos Andaluces S.A.', 'Endesa Energía', 'Envases Triana S.L.', 'Gestoría Macarena', 'Frutas Hermanos Ruiz'], 'vb', i)
            ELSE fixture_gen.pick(ARRAY['Goerg & Schneider GmbH', 'Keramikbedarf Rhein', 'RheinEnergie AG', 'Hetzner Online GmbH', 'Deutsche Telekom', 'Brennofen Service Müller', 'Etsy Ireland UC'], 'vb', i) END
          ELSE CASE company_id
            WHEN 1 THEN fixture_gen.pick(ARRAY['Brightwater', 'Harbour Lane', 'Northfield', 'Quantum', 'Green Leaf', 'Peak', 'Oakridge', 'Tidewater', 'Bluebell', 'Copperpot', 'Riverside', 'Kingsway', 'Silverbirch'], 'cb1', i)
                        || ' ' || fixture_gen.pick(ARRAY['Dental', 'Café', 'Plumbing', 'Print', 'Florists', 'Physio', 'Builders', 'Joinery', 'Catering', 'Electrical', 'Opticians'], 'cb2', i) || ' Ltd'
            WHEN 2 THEN fixture_gen.pick(ARRAY['Café Bar El Postigo', 'Hotel Doña Lola', 'Restaurante Casa Ruperto', 'Cafetería La Campana', 'Colegio Santa Ana', 'Catering Giralda S.L.', 'Bar Alfalfa'], 'cb', i)
            ELSE fixture_gen.pick(ARRAY['Concept Store Ehrenfeld', 'Café Fassbender', 'Manufactum Köln', 'Volkshochschule Köln', 'Hotel im Wasserturm', 'Blumenhaus Sülz'], 'cb', i) END END END;

UPDATE agen.ct SET email = CASE
    WHEN kind = 'biz' AND type = 'vendor' THEN CASE cc WHEN 'ES' THEN fixture_gen.pick(ARRAY['facturacion', 'administracion', 'pedidos'], 've', i) WHEN 'DE' THEN fixture_gen.pick(ARRAY['rechnung', 'buchhaltung', 'invoices'], 've', i) ELSE fixture_gen.pick(ARRAY['invoices', 'billing', 'accounts'], 've', i) END || '@' || agen.fold(name) || '.example'
    WHEN kind = 'biz' THEN CASE cc WHEN 'ES' THEN fixture_gen.pick(ARRAY['hola', 'info', 'reservas', 'administracion'], 'ce', i) WHEN 'DE' THEN fixture_gen.pick(ARRAY['info', 'kontakt', 'hallo', 'buchhaltung'], 'ce', i) ELSE fixture_gen.pick(ARRAY['accounts', 'info', 'admin', 'office'], 'ce', i) END || '@' || agen.fold(name) || '.example'
    WHEN kind = 'st' THEN agen.fold(first) || '@' || agen.fold(first) || agen.fold(last) || '.example'
    WHEN type = 'employee' THEN agen.fold(first) || '.' || agen.fold(last) || '@' || CASE company_id WHEN 1 THEN 'lindqvist-osei.example' WHEN 2 THEN 'lahiguera.example' ELSE 'kettleandkiln.example' END
    ELSE CASE fixture_gen.n('pem', i, 3) WHEN 0 THEN agen.fold(first) || '.' || agen.fold(last) WHEN 1 THEN agen.fold(first) || agen.fold(last) || (i % 89)::text ELSE substr(agen.fold(first), 1, 1) || agen.fold(last) END
         || '@' || CASE cc WHEN 'ES' THEN fixture_gen.pick(ARRAY['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'], 'pd', i) WHEN 'DE' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 't-online.de', 'posteo.de'], 'pd', i)
                         ELSE fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'btinternet.com', 'icloud.com'], 'pd', i) END END;

-- Portal users: every private customer and sole trader with i % 4 = 1 (ids 9..).
UPDATE agen.ct c SET uid = 8 + r.rn FROM (SELECT i, row_number() OVER (ORDER BY i) AS rn FROM agen.ct WHERE type = 'customer' AND kind IN ('p', 'st') AND i % 4 = 1) r WHERE r.i = c.i;

-- ---------------------------------------------------------------------------
-- Companies, users, roles.

CREATE TABLE companies (
    id serial PRIMARY KEY, domain varchar(255), enabled boolean NOT NULL DEFAULT true, created_from varchar(100), created_by integer,
    created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO companies VALUES
  (1, '', true, 'core::ui', NULL, '2021-09-01 09:12:05', '2024-03-02 10:40:11', NULL),
  (2, '', true, 'core::ui', 1, '2022-01-17 14:03:22', '2024-05-11 08:15:40', NULL),
  (3, '', true, 'core::ui', 2, '2022-06-03 11:47:50', '2024-04-20 16:22:09', NULL),
  (4, '', false, 'core::ui', 1, '2022-11-08 10:00:31', '2023-02-01 09:00:00', '2023-02-01 09:00:00');

CREATE TABLE users (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, email varchar(255) NOT NULL, password varchar(255) NOT NULL, remember_token varchar(100),
    last_logged_in_at timestamp(0), locale varchar(255) NOT NULL DEFAULT 'en-GB', landing_page varchar(70) DEFAULT 'dashboard', enabled boolean NOT NULL DEFAULT true,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO users (id, name, email, password, remember_token, last_logged_in_at, locale, landing_page, enabled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT u.id, u.name, u.email, fixture_gen.bcrypt('upw', u.id), CASE WHEN u.id % 3 <> 2 THEN agen.rnd('urt', u.id, 60) END,
       agen.at('ull', u.id, '2024-05-01', '2024-06-27'), u.locale, u.lp, u.id <> 7, 'core::ui', CASE WHEN u.id = 1 THEN NULL ELSE 1 END,
       agen.at('uca', u.id, '2021-09-01', '2022-07-01'), agen.at('uua', u.id, '2024-01-01', '2024-06-27'), NULL
FROM (VALUES (1, 'Astrid Lindqvist', 'astrid@lindqvist-osei.example', 'en-GB', 'dashboard'), (2, 'Kwame Osei', 'kwame@lindqvist-osei.example', 'en-GB', 'dashboard'),
  (3, 'Mei Tanaka-Brooks', 'mei.tanaka-brooks@lindqvist-osei.example', 'en-GB', 'sales.invoices.index'), (4, 'Rahul Gupta', 'rahul.gupta@lindqvist-osei.example', 'en-GB', 'banking.transactions.index'),
  (5, 'Sofía Martínez Ruiz', 'sofia.martinez.ruiz@gmail.com', 'es-ES', 'dashboard'), (6, 'Jonas Becker', 'jonas@kettleandkiln.example', 'de-DE', 'dashboard'),
  (7, 'Hannah Becker', 'hannah.becker@posteo.de', 'de-DE', 'dashboard'), (8, 'Aoife Murphy', 'aoife.murphy@lahiguera.example', 'es-ES', 'sales.invoices.index')) u(id, name, email, locale, lp);
INSERT INTO users (id, name, email, password, remember_token, last_logged_in_at, locale, landing_page, enabled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT c.uid, c.name, c.email, fixture_gen.bcrypt('upw', c.uid), CASE WHEN c.uid % 2 = 0 THEN agen.rnd('urt', c.uid, 60) END,
       CASE WHEN c.uid % 5 <> 0 THEN agen.at('ull', c.uid, '2023-01-01', '2024-06-27') END, co.locale, 'portal.dashboard', true, 'core::ui',
       CASE c.company_id WHEN 1 THEN 3 WHEN 2 THEN 5 ELSE 6 END, agen.at('uca', c.uid, '2022-07-01', '2023-06-01'), agen.at('uua', c.uid, '2023-06-01', '2024-06-27'), NULL
FROM agen.ct c JOIN agen.co co ON co.id = c.company_id WHERE c.uid IS NOT NULL;

CREATE TABLE user_companies (user_id integer NOT NULL, company_id integer NOT NULL, PRIMARY KEY (user_id, company_id));
INSERT INTO user_companies VALUES (1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3), (4, 1), (4, 2), (4, 3), (5, 2), (6, 3), (7, 3), (8, 2);
INSERT INTO user_companies SELECT uid, company_id FROM agen.ct WHERE uid IS NOT NULL;

CREATE TABLE user_invitations (
    id serial PRIMARY KEY, user_id integer NOT NULL, company_id integer NOT NULL, token varchar(255) NOT NULL,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO user_invitations
SELECT k, u.id, uc.company_id, fixture_gen.uuid('uinv', k), 'core::ui', CASE uc.company_id WHEN 1 THEN 1 WHEN 2 THEN 5 ELSE 6 END,
       agen.at('uica', k, '2022-07-01', '2024-06-20'), agen.at('uica', k, '2022-07-01', '2024-06-20'),
       CASE WHEN k % 3 <> 0 THEN agen.at('uica', k, '2022-07-01', '2024-06-20') + interval '2 days' END
FROM (SELECT row_number() OVER (ORDER BY user_id, company_id) AS k, user_id, company_id FROM user_companies WHERE user_id > 2) uc JOIN users u ON u.id = uc.user_id;

CREATE TABLE roles (
    id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, display_name varchar(255), description varchar(255),
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0)
);
INSERT INTO roles VALUES (1, 'admin', 'Admin', 'Full access: manage companies, users, settings and apps', 'core::seed', NULL, '2021-09-01 09:12:05', '2021-09-01 09:12:05'),
  (2, 'manager', 'Manager', 'Manage the books of a company, no settings', 'core::seed', NULL, '2021-09-01 09:12:05', '2021-09-01 09:12:05'),
  (3, 'accountant', 'Accountant', 'Read and reconcile, export reports', 'core::seed', NULL, '2021-09-01 09:12:05', '2021-09-01 09:12:05'),
  (4, 'customer', 'Customer', 'Client portal: invoices and payments', 'core::seed', NULL, '2021-09-01 09:12:05', '2021-09-01 09:12:05'),
  (5, 'employee', 'Employee', 'Submit expense claims', 'core::seed', NULL, '2021-09-01 09:12:05', '2021-09-01 09:12:05'),
  (6, 'bookkeeper-readonly', 'Bookkeeper (read only)', 'Custom role for the year-end review', 'core::ui', 1, '2023-03-14 10:02:41', '2023-03-14 10:02:41');

CREATE TABLE permissions (
    id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, display_name varchar(255), description varchar(255), created_at timestamp(0), updated_at timestamp(0)
);
INSERT INTO permissions (id, name, display_name, description, created_at, updated_at)
SELECT row_number() OVER (ORDER BY r, a), a || '-' || r, initcap(a) || ' ' || initcap(replace(replace(r, '-', ' '), '.', ' ')), initcap(a) || ' ' || initcap(replace(replace(r, '-', ' '), '.', ' ')),
       '2021-09-01 09:12:05', '2021-09-01 09:12:05'
FROM unnest(ARRAY['create', 'read', 'update', 'delete']) a,
     unnest(ARRAY['admin-panel', 'api', 'auth-users', 'auth-roles', 'auth-profile', 'banking-accounts', 'banking-reconciliations', 'banking-transactions', 'banking-transfers',
                  'common-companies', 'common-dashboards', 'common-items', 'common-reports', 'common-uploads', 'common-widgets', 'purchases-bills', 'purchases-vendors',
                  'sales-invoices', 'sales-customers', 'settings-categories', 'settings-company', 'settings-currencies', 'settings-defaults', 'settings-email', 'settings-email-templates',
                  'settings-invoice', 'settings-localisation', 'settings-modules', 'settings-schedule', 'settings-taxes', 'portal-invoices', 'portal-payments', 'portal-profile',
                  'offline-payments-settings', 'paypal-standard-settings', 'modules-home', 'modules-my', 'install-updates', 'widgets-cash-flow', 'widgets-profit-loss']) r;

CREATE TABLE user_roles (user_id integer NOT NULL, role_id integer NOT NULL, user_type varchar(255) NOT NULL, PRIMARY KEY (user_id, role_id, user_type));
INSERT INTO user_roles SELECT id, CASE WHEN id IN (1, 2) THEN 1 WHEN id IN (5, 6) THEN 1 WHEN id IN (3, 7, 8) THEN 2 WHEN id = 4 THEN 3 ELSE 4 END, 'App\Models\Auth\User' FROM users;
INSERT INTO user_roles VALUES (4, 6, 'App\Models\Auth\User');

CREATE TABLE role_permissions (role_id integer NOT NULL, permission_id integer NOT NULL, PRIMARY KEY (role_id, permission_id));
INSERT INTO role_permissions SELECT 1, id FROM permissions;
INSERT INTO role_permissions SELECT 2, id FROM permissions WHERE name NOT LIKE '%settings%' AND name NOT LIKE '%auth-%' AND name NOT LIKE '%admin-panel%' AND name NOT LIKE '%portal%';
INSERT INTO role_permissions SELECT 3, id FROM permissions WHERE (name LIKE 'read-%' AND name NOT LIKE '%portal%') OR name LIKE '%reconciliations';
INSERT INTO role_permissions SELECT 4, id FROM permissions WHERE name LIKE '%portal%';
INSERT INTO role_permissions SELECT 5, id FROM permissions WHERE name IN ('read-auth-profile', 'update-auth-profile', 'create-purchases-bills', 'read-purchases-bills', 'read-common-uploads', 'create-common-uploads');
INSERT INTO role_permissions SELECT 6, id FROM permissions WHERE name LIKE 'read-%' AND name NOT LIKE '%portal%';

-- Per company: its own bank details, tax number, phone and SMTP login.
CREATE TABLE agen.cd (id int PRIMARY KEY, iban text, iban2 text, taxno text, phone text, email text, street text, city text, zip text, state text,
  smtp_host text, smtp_user text, smtp_pass text, paypal text);
INSERT INTO agen.cd VALUES
  (1, fixture_gen.iban('GB', 'NWBK' || '010' || fixture_gen.digits('cdib', 1, 11)), fixture_gen.iban('GB', 'NWBK' || '010' || fixture_gen.digits('cdib2', 1, 11)),
   'GB' || fixture_gen.digits('cdvat', 1, 9), '0161 496 0321', 'hello@lindqvist-osei.example', '3rd Floor, 14 Swan Street', 'Manchester', 'M4 5JN', 'Greater Manchester',
   'smtp.office365.com', 'hello@lindqvist-osei.example', agen.rnd('cdsp', 1, 0) || fixture_gen.chars('cdsp', 1, 16, 'bcdfghjklmnpqrstvwxz'), 'payments@lindqvist-osei.example'),
  (2, fixture_gen.iban('ES', '2100' || fixture_gen.digits('cdib', 2, 16)), fixture_gen.iban('ES', '0182' || fixture_gen.digits('cdib2', 2, 16)),
   agen.taxid('ES', 'owner', 2), '+34 655 214 873', 'sofia.martinez.ruiz@gmail.com', 'Calle Alfarería, 41, 1º B', 'Sevilla', '41010', 'Sevilla',
   'smtp.gmail.com', 'sofia.martinez.ruiz@gmail.com', fixture_gen.chars('cdsp', 2, 4, 'abcdefghijklmnopqrstuvwxyz') || ' ' || fixture_gen.chars('cdsq', 2, 4, 'abcdefghijklmnopqrstuvwxyz') || ' '
      || fixture_gen.chars('cdsr', 2, 4, 'abcdefghijklmnopqrstuvwxyz') || ' ' || fixture_gen.chars('cdss', 2, 4, 'abcdefghijklmnopqrstuvwxyz'), 'sofia.martinez.ruiz@gmail.com'),
  (3, fixture_gen.iban('DE', '37050198' || fixture_gen.digits('cdib', 3, 10)), fixture_gen.iban('DE', '37050198' || fixture_gen.digits('cdib2', 3, 10)),
   'DE' || fixture_gen.digits('cdvat', 3, 9), '0221 5894 3310', 'studio@kettleandkiln.example', 'Körnerstraße 38', 'Köln', '50823', 'Nordrhein-Westfalen',
   'smtp.mailbox.org', 'studio@kettleandkiln.example', agen.rnd('cdsp', 3, 14) || '!7', 'hannah.becker@posteo.de');

-- ---------------------------------------------------------------------------
-- Settings: one key/value table for every company.

CREATE TABLE settings (id serial PRIMARY KEY, company_id integer NOT NULL, key varchar(255) NOT NULL, value text, UNIQUE (company_id, key));
INSERT INTO settings (company_id, key, value)
SELECT co.id, s.key, CASE co.id WHEN 1 THEN s.v1 WHEN 2 THEN s.v2 ELSE s.v3 END
FROM agen.co co JOIN agen.cd cd ON cd.id = co.id
CROSS JOIN LATERAL (VALUES
  (1, 'company.name', co.name, 'Sofía Martínez Ruiz - Obrador La Higuera', co.name),
  (2, 'company.email', cd.email, cd.email, cd.email),
  (3, 'company.tax_number', cd.taxno, cd.taxno, cd.taxno),
  (4, 'company.phone', cd.phone, cd.phone, cd.phone),
  (5, 'company.address', cd.street, cd.street, cd.street),
  (6, 'company.city', cd.city, cd.city, cd.city),
  (7, 'company.zip_code', cd.zip, cd.zip, cd.zip),
  (8, 'company.state', cd.state, cd.state, cd.state),
  (9, 'company.country', co.cc, co.cc, co.cc),
  (10, 'company.logo', '1', '2', '3'),
  (11, 'localisation.financial_start', '01-04', '01-01', '01-01'),
  (12, 'localisation.timezone', co.tz, co.tz, co.tz),
  (13, 'localisation.date_format', 'd M Y', 'd/m/Y', 'd.m.Y'),
  (14, 'localisation.date_separator', 'space', 'slash', 'dot'),
  (15, 'localisation.percent_position', 'after', 'after', 'after'),
  (16, 'localisation.discount_location', 'item', 'total', 'item'),
  (17, 'invoice.number_prefix', 'LO-', 'LH', 'KK-'),
  (18, 'invoice.number_digit', '5', '4', '5'),
  (19, 'invoice.number_next', '42', '131', '88'),
  (20, 'invoice.item_name', 'settings.invoice.service', 'settings.invoice.item', 'settings.invoice.item'),
  (21, 'invoice.price_name', 'settings.invoice.price', 'settings.invoice.price', 'settings.invoice.price'),
  (22, 'invoice.quantity_name', 'settings.invoice.quantity', 'settings.invoice.quantity', 'settings.invoice.quantity'),
  (23, 'invoice.payment_terms', '14', '0', '30'),
  (24, 'invoice.template', 'modern', 'default', 'classic'),
  (25, 'invoice.color', '#1d4ed8', '#b45309', '#55588b'),
  (26, 'invoice.title', 'Invoice', 'Factura', 'Rechnung'),
  (27, 'invoice.notes', 'Thank you for your business. Payment is due within 14 days of the invoice date.',
       'Gracias por su pedido. Encargos de tartas personalizadas: llamar a Sofía al ' || cd.phone || ' con 48 h de antelación.',
       'Vielen Dank für Ihren Besuch im Studio! Fragen zu Kursen an Hannah: ' || cd.phone),
  (28, 'invoice.footer', 'Lindqvist & Osei Accounting Ltd, registered in England and Wales no. 13' || fixture_gen.digits('cdcrn', 1, 6) || '. Bank: NatWest, IBAN ' || cd.iban,
       'Sofía Martínez Ruiz · NIF ' || cd.taxno || ' · ' || cd.street || ', ' || cd.zip || ' Sevilla · Transferencia a ' || cd.iban || ' o Bizum al ' || cd.phone,
       'Kettle & Kiln Studio GmbH · Geschäftsführung: Jonas Becker, Hannah Becker · HRB ' || fixture_gen.digits('cdhrb', 3, 5) || ' AG Köln · IBAN ' || cd.iban),
  (29, 'invoice.logo_size_width', '128', '128', '160'),
  (30, 'bill.number_prefix', 'BILL-', 'PROV-', 'ER-'),
  (31, 'bill.number_digit', '5', '4', '5'),
  (32, 'bill.number_next', '77', '212', '104'),
  (33, 'default.account', '1', '6', '10'),
  (34, 'default.currency', co.cur, co.cur, co.cur),
  (35, 'default.locale', co.locale, co.locale, co.locale),
  (36, 'default.list_limit', '25', '50', '25'),
  (37, 'default.payment_method', 'offline-payments.bank_transfer.2', 'offline-payments.cash.1', 'offline-payments.bank_transfer.2'),
  (38, 'default.income_category', '1', '13', '25'),
  (39, 'default.expense_category', '2', '14', '26'),
  (40, 'default.tax', '1', '5', '10'),
  (41, 'email.protocol', 'smtp', 'smtp', 'smtp'),
  (42, 'email.sendmail_path', '/usr/sbin/sendmail -bs', '/usr/sbin/sendmail -bs', '/usr/sbin/sendmail -bs'),
  (43, 'email.smtp_host', cd.smtp_host, cd.smtp_host, cd.smtp_host),
  (44, 'email.smtp_port', '587', '465', '465'),
  (45, 'email.smtp_username', cd.smtp_user, cd.smtp_user, cd.smtp_user),
  (46, 'email.smtp_password', cd.smtp_pass, cd.smtp_pass, cd.smtp_pass),
  (47, 'email.smtp_encryption', 'tls', 'ssl', 'ssl'),
  (48, 'schedule.send_invoice_reminder', '1', '0', '1'),
  (49, 'schedule.invoice_days', '1,3,7,14', '3', '7,14'),
  (50, 'schedule.send_bill_reminder', '1', '1', '0'),
  (51, 'schedule.bill_days', '3', '5,10', '3'),
  (52, 'schedule.time', '09:00', '08:00', '09:30'),
  (53, 'wizard.completed', '1', '1', '1'),
  (54, 'contact.type.customer', 'customer', 'customer', 'customer'),
  (55, 'contact.type.vendor', 'vendor', 'vendor', 'vendor'),
  (56, 'contact.type.employee', 'employee', 'employee', 'employee'),
  (57, 'apps.api_key', fixture_gen.uuid('apikey', 1), fixture_gen.uuid('apikey', 1), fixture_gen.uuid('apikey', 1)),
  (58, 'offline-payments.methods',
       '[{"code":"offline-payments.cash.1","name":"Cash","customer":"0","order":"1","description":null},{"code":"offline-payments.bank_transfer.2","name":"Bank Transfer","customer":"1","order":"2","description":"Sort code 01-09-' || substr(cd.iban, 13, 2) || ', account ' || substr(cd.iban, 15, 8) || ', reference: your invoice number"}]',
       '[{"code":"offline-payments.cash.1","name":"Efectivo","customer":"1","order":"1","description":"En el obrador, Calle Alfarería 41"},{"code":"offline-payments.bank_transfer.2","name":"Transferencia","customer":"1","order":"2","description":"IBAN ' || cd.iban || ' (titular: Sofía Martínez Ruiz)"},{"code":"offline-payments.bizum.3","name":"Bizum","customer":"1","order":"3","description":"Bizum al ' || cd.phone || '"}]',
       '[{"code":"offline-payments.cash.1","name":"Bar","customer":"1","order":"1","description":null},{"code":"offline-payments.bank_transfer.2","name":"Überweisung","customer":"1","order":"2","description":"Kettle & Kiln Studio GmbH, IBAN ' || cd.iban || '"}]'),
  (59, 'paypal-standard.email', cd.paypal, cd.paypal, cd.paypal),
  (60, 'paypal-standard.mode', 'live', 'live', 'sandbox'),
  (61, 'appearance.theme', 'light', 'light', 'dark'),
  (62, 'company.financial_denote', 'ends', 'begins', 'begins')
) s(k, key, v1, v2, v3)
ORDER BY co.id, s.k;

-- ---------------------------------------------------------------------------
-- Lookups: currencies, taxes, categories.

CREATE TABLE currencies (
    id serial PRIMARY KEY, company_id integer NOT NULL, name varchar(255) NOT NULL, code varchar(255) NOT NULL, rate double precision NOT NULL, enabled boolean NOT NULL DEFAULT true,
    precision varchar(255), symbol varchar(255), symbol_first integer NOT NULL DEFAULT 1, decimal_mark varchar(255), thousands_separator varchar(255),
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO currencies (company_id, name, code, rate, enabled, precision, symbol, symbol_first, decimal_mark, thousands_separator, created_from, created_by, created_at, updated_at, deleted_at)
SELECT co.id, c.name, c.code, CASE WHEN c.code = co.cur THEN 1 ELSE round((c.r / CASE co.cur WHEN 'GBP' THEN 1.0 ELSE 0.8541 END)::numeric, 4)::float8 END, c.code <> 'CHF' OR co.id = 3,
       '2', c.sym, c.sf, CASE WHEN co.id = 1 THEN '.' ELSE ',' END, CASE WHEN co.id = 1 THEN ',' ELSE '.' END, 'core::seed', NULL,
       (SELECT created_at FROM companies WHERE id = co.id), (SELECT created_at FROM companies WHERE id = co.id) + interval '400 days', NULL
FROM agen.co co CROSS JOIN (VALUES ('Pound Sterling', 'GBP', 1.0, '£', 1), ('Euro', 'EUR', 0.8541, '€', 0), ('US Dollar', 'USD', 0.7893, '$', 1), ('Swiss Franc', 'CHF', 0.8872, 'CHF', 0)) c(name, code, r, sym, sf)
ORDER BY co.id, c.code;

CREATE TABLE taxes (
    id serial PRIMARY KEY, company_id integer NOT NULL, name varchar(255) NOT NULL, rate double precision NOT NULL, type varchar(255) NOT NULL DEFAULT 'normal', enabled boolean NOT NULL DEFAULT true,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO taxes (id, company_id, name, rate, type, enabled, created_from, created_by, created_at, updated_at, deleted_at) VALUES
  (1, 1, 'VAT 20%', 20, 'normal', true, 'core::ui', 1, '2021-09-01 10:02:11', '2021-09-01 10:02:11', NULL),
  (2, 1, 'VAT 5% (reduced)', 5, 'normal', true, 'core::ui', 1, '2021-09-01 10:02:40', '2021-09-01 10:02:40', NULL),
  (3, 1, 'Zero rated', 0, 'normal', true, 'core::ui', 1, '2021-09-01 10:03:02', '2021-09-01 10:03:02', NULL),
  (4, 1, 'CIS deduction 20%', 20, 'withholding', true, 'core::ui', 2, '2022-02-14 09:30:00', '2022-02-14 09:30:00', NULL),
  (5, 2, 'IVA 10%', 10, 'normal', true, 'core::ui', 5, '2022-01-17 15:00:10', '2022-01-17 15:00:10', NULL),
  (6, 2, 'IVA 21%', 21, 'normal', true, 'core::ui', 5, '2022-01-17 15:00:31', '2022-01-17 15:00:31', NULL),
  (7, 2, 'IVA 4%', 4, 'normal', true, 'core::ui', 5, '2022-01-17 15:00:49', '2022-01-17 15:00:49', NULL),
  (8, 2, 'IRPF 15%', 15, 'withholding', true, 'core::ui', 3, '2022-03-01 11:12:00', '2022-03-01 11:12:00', NULL),
  (9, 2, 'Recargo de equivalencia 1,4%', 1.4, 'compound', false, 'core::ui', 3, '2022-03-01 11:14:00', '2023-01-09 08:00:00', NULL),
  (10, 3, 'USt. 19%', 19, 'normal', true, 'core::ui', 6, '2022-06-03 12:00:00', '2022-06-03 12:00:00', NULL),
  (11, 3, 'USt. 7%', 7, 'normal', true, 'core::ui', 6, '2022-06-03 12:00:30', '2022-06-03 12:00:30', NULL),
  (12, 3, 'Steuerfrei (§ 4 Nr. 21 UStG)', 0, 'normal', true, 'core::ui', 4, '2022-09-12 14:40:00', '2022-09-12 14:40:00', NULL),
  (13, 3, 'Pfand', 2.5, 'fixed', false, 'core::ui', 6, '2023-02-01 10:00:00', '2023-02-01 10:00:00', '2023-05-01 10:00:00');

CREATE TABLE categories (
    id serial PRIMARY KEY, company_id integer NOT NULL, name varchar(255) NOT NULL, type varchar(255) NOT NULL, color varchar(255) NOT NULL, enabled boolean NOT NULL DEFAULT true,
    parent_id integer, created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO categories (id, company_id, name, type, color, enabled, parent_id, created_from, created_by, created_at, updated_at, deleted_at)
SELECT (co.id - 1) * 12 + c.k, co.id, CASE co.id WHEN 1 THEN c.en WHEN 2 THEN c.es ELSE c.de END, c.type, c.color, true,
       CASE WHEN c.k = 12 THEN (co.id - 1) * 12 + 2 END, CASE WHEN c.k <= 4 THEN 'core::seed' ELSE 'core::ui' END, CASE WHEN c.k <= 4 THEN NULL ELSE 1 END,
       (SELECT created_at FROM companies WHERE id = co.id) + c.k * interval '1 hour', (SELECT created_at FROM companies WHERE id = co.id) + c.k * interval '1 hour', NULL
FROM agen.co co CROSS JOIN (VALUES
  (1, 'Sales', 'Ventas', 'Umsatz', 'income', '#6da252'), (2, 'General expenses', 'Gastos generales', 'Allgemeine Ausgaben', 'expense', '#d9534f'),
  (3, 'Transfer', 'Transferencia', 'Umbuchung', 'other', '#3c3f72'), (4, 'General', 'General', 'Allgemein', 'item', '#e5e5e5'),
  (5, 'Rent', 'Alquiler', 'Miete', 'expense', '#efad32'), (6, 'Utilities', 'Suministros', 'Nebenkosten', 'expense', '#f59e0b'),
  (7, 'Payroll', 'Nóminas', 'Löhne und Gehälter', 'expense', '#ef4444'), (8, 'Software', 'Materia prima', 'Material und Ton', 'expense', '#0ea5e9'),
  (9, 'Bookkeeping fees', 'Tartas por encargo', 'Kursgebühren', 'income', '#22c55e'), (10, 'Advisory', 'Cafeterías', 'Shop-Verkäufe', 'income', '#14b8a6'),
  (11, 'Services', 'Bollería', 'Keramik', 'item', '#a855f7'), (12, 'Bank charges', 'Comisiones bancarias', 'Kontoführung', 'expense', '#64748b')
) c(k, en, es, de, type, color);

-- ---------------------------------------------------------------------------
-- Contacts and their persons.

CREATE TABLE contacts (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, name varchar(255) NOT NULL, email varchar(255), user_id integer,
    tax_number varchar(255), phone varchar(255), address text, city varchar(255), zip_code varchar(255), state varchar(255), country varchar(255),
    website varchar(255), currency_code varchar(255) NOT NULL, enabled boolean NOT NULL DEFAULT true, reference varchar(255),
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO contacts
SELECT c.i, c.company_id, c.type, c.name, CASE WHEN c.kind = 'p' AND c.type = 'customer' AND c.i % 9 = 4 THEN NULL ELSE c.email END, c.uid,
       CASE WHEN c.kind = 'biz' THEN CASE c.cc WHEN 'GB' THEN 'GB' || fixture_gen.digits('ctv', c.i, 9) WHEN 'ES' THEN 'B' || fixture_gen.digits('ctv', c.i, 8) ELSE 'DE' || fixture_gen.digits('ctv', c.i, 9) END
            WHEN c.kind = 'st' THEN CASE c.cc WHEN 'GB' THEN CASE WHEN c.i % 2 = 0 THEN 'GB' || fixture_gen.digits('ctv', c.i, 9) ELSE fixture_gen.nino('ctn', c.i) END
                                    WHEN 'ES' THEN agen.taxid('ES', 'ctn', c.i) ELSE '21' || fixture_gen.digits('ctv', c.i, 1) || '/' || fixture_gen.digits('ctw', c.i, 4) || '/' || fixture_gen.digits('ctx', c.i, 4) END
            WHEN c.type = 'employee' THEN agen.taxid(c.cc, 'cte', c.i)
            WHEN c.cc = 'ES' AND c.i % 3 = 0 THEN agen.taxid('ES', 'ctn', c.i) END,
       CASE WHEN c.kind = 'p' AND c.type = 'customer' AND c.i % 9 = 7 THEN NULL ELSE agen.phone(c.cc, 'ctp', c.i) END,
       CASE WHEN c.kind = 'p' AND c.type = 'customer' AND c.i % 5 = 2 THEN NULL ELSE agen.street(c.cc, 'cts', c.i) END,
       agen.city(c.cc, 'ctc', c.i), agen.zip(c.cc, 'ctz', c.i), agen.state(c.cc, 'ctst', c.i), c.cc,
       CASE WHEN c.kind = 'biz' THEN 'https://www.' || agen.fold(c.name) || '.example' WHEN c.kind = 'st' AND c.i % 3 <> 1 THEN 'https://' || agen.fold(c.first || c.last) || '.example' END,
       co.cur, c.i % 17 <> 0,
       CASE c.type WHEN 'customer' THEN 'CUS-' WHEN 'vendor' THEN 'SUP-' ELSE 'EMP-' END || lpad(c.i::text, 4, '0'),
       CASE WHEN c.i % 5 = 0 THEN 'core::import' WHEN c.i % 11 = 0 THEN 'core::api' ELSE 'core::ui' END,
       CASE c.company_id WHEN 1 THEN 3 WHEN 2 THEN 5 ELSE 6 END,
       agen.at('ctca', c.i, (SELECT created_at FROM companies WHERE id = c.company_id), '2024-03-01'), agen.at('ctua', c.i, '2024-03-01', '2024-06-27'),
       CASE WHEN c.i % 23 = 0 THEN agen.at('ctda', c.i, '2024-03-01', '2024-06-27') END
FROM agen.ct c JOIN agen.co co ON co.id = c.company_id;

CREATE TABLE contact_persons (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, contact_id integer NOT NULL, name varchar(255), email varchar(255), phone varchar(255),
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO contact_persons (company_id, type, contact_id, name, email, phone, created_from, created_by, created_at, updated_at, deleted_at)
SELECT c.company_id, c.type, c.id, fixture_gen.full_name('cpn', c.id * 3 + k), 
       CASE WHEN (c.id + k) % 7 = 3 THEN NULL ELSE agen.fold(fixture_gen.first_name('cpn', c.id * 3 + k)) || CASE WHEN k = 2 THEN '.' || agen.fold(fixture_gen.last_name('cpn', c.id * 3 + k)) ELSE '' END || '@' || split_part(c.email, '@', 2) END,
       CASE WHEN (c.id + k) % 5 = 1 THEN NULL ELSE agen.phone(c.country, 'cpp', c.id * 3 + k) END,
       c.created_from, c.created_by, c.created_at + interval '5 minutes', c.updated_at, NULL
FROM contacts c JOIN agen.ct g ON g.i = c.id CROSS JOIN generate_series(1, 2) k
WHERE g.kind = 'biz' AND (k = 1 OR c.id % 3 = 0)
ORDER BY c.id, k;

-- ---------------------------------------------------------------------------
-- Bank and cash accounts.

CREATE TABLE accounts (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL DEFAULT 'bank', name varchar(255) NOT NULL, number varchar(255) NOT NULL, currency_code varchar(255) NOT NULL,
    opening_balance double precision NOT NULL DEFAULT 0, bank_name varchar(255), bank_phone varchar(255), bank_address text, enabled boolean NOT NULL DEFAULT true,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO accounts (id, company_id, type, name, number, currency_code, opening_balance, bank_name, bank_phone, bank_address, enabled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT a.id, a.co, a.type, a.name, a.number, a.cur, a.ob, a.bank, a.bphone, a.baddr, a.en, 'core::ui', a.by, c.created_at + a.id * interval '2 hours', c.created_at + a.id * interval '30 days', NULL
FROM (VALUES
  (1, 1, 'bank', 'Business Current Account', (SELECT iban FROM agen.cd WHERE id = 1), 'GBP', 18250.00, 'NatWest', '03457 888 444', '1 Spinningfields Square, Manchester M3 3AP', true, 1),
  (2, 1, 'bank', 'Business Reserve', (SELECT iban2 FROM agen.cd WHERE id = 1), 'GBP', 40000.00, 'NatWest', '03457 888 444', '1 Spinningfields Square, Manchester M3 3AP', true, 1),
  (3, 1, 'bank', 'Petty cash', 'N/A', 'GBP', 150.00, NULL, NULL, NULL, true, 2),
  (4, 1, 'bank', 'PayPal', (SELECT paypal FROM agen.cd WHERE id = 1), 'GBP', 0, 'PayPal (Europe) S.à r.l. et Cie, S.C.A.', '0800 358 7911', '22-24 Boulevard Royal, L-2449 Luxembourg', true, 2),
  (5, 1, 'credit_card', 'Amex Business Gold', '3782 ' || fixture_gen.digits('amex', 1, 6) || ' ' || fixture_gen.digits('amex2', 1, 5), 'GBP', 0, 'American Express', '0800 917 8047', 'Belgrave House, 76 Buckingham Palace Road, London SW1W 9AX', true, 1),
  (6, 2, 'bank', 'Cuenta Negocios CaixaBank', (SELECT iban FROM agen.cd WHERE id = 2), 'EUR', 3120.55, 'CaixaBank', '+34 938 87 25 25', 'Calle Tetuán 25, 41001 Sevilla', true, 5),
  (7, 2, 'bank', 'Caja obrador', 'Efectivo', 'EUR', 200.00, NULL, NULL, NULL, true, 5),
  (8, 2, 'bank', 'Cuenta personal Sofía (ING)', (SELECT iban2 FROM agen.cd WHERE id = 2), 'EUR', 0, 'ING', '+34 912 51 25 00', 'Calle Severo Ochoa 2, 28232 Las Rozas, Madrid', true, 5),
  (9, 2, 'bank', 'SumUp TPV', 'MC' || fixture_gen.chars('sumup', 2, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 'EUR', 0, 'SumUp Payments Limited', NULL, NULL, true, 3),
  (10, 3, 'bank', 'Geschäftskonto Sparkasse KölnBonn', (SELECT iban FROM agen.cd WHERE id = 3), 'EUR', 12480.10, 'Sparkasse KölnBonn', '0221 226-0', 'Hahnenstraße 57, 50667 Köln', true, 6),
  (11, 3, 'bank', 'Kasse Studio', '-', 'EUR', 300.00, NULL, NULL, NULL, true, 6),
  (12, 3, 'bank', 'PayPal Hannah', (SELECT paypal FROM agen.cd WHERE id = 3), 'EUR', 0, 'PayPal', '0800 7234500', NULL, true, 7),
  (13, 3, 'bank', 'Tagesgeld (alt)', (SELECT iban2 FROM agen.cd WHERE id = 3), 'EUR', 5000.00, 'DKB', '030 120 300 00', 'Taubenstraße 7-9, 10117 Berlin', false, 6)
) a(id, co, type, name, number, cur, ob, bank, bphone, baddr, en, by)
JOIN companies c ON c.id = a.co;

-- ---------------------------------------------------------------------------
-- Items and their taxes.

CREATE TABLE items (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL DEFAULT 'product', name varchar(255) NOT NULL, description text,
    sale_price double precision, purchase_price double precision, category_id integer, enabled boolean NOT NULL DEFAULT true,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO items (id, company_id, type, name, description, sale_price, purchase_price, category_id, enabled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT (t.co - 1) * 10 + t.k, t.co, t.type, t.name, t.descr, t.sp, t.pp, (t.co - 1) * 12 + CASE WHEN t.k <= 6 THEN 11 ELSE 4 END, t.k <> 10,
       CASE WHEN t.k % 4 = 0 THEN 'core::import' ELSE 'core::ui' END, CASE t.co WHEN 1 THEN 2 WHEN 2 THEN 5 ELSE 6 END,
       c.created_at + t.k * interval '3 hours', c.created_at + t.k * interval '20 days', NULL
FROM (VALUES
  (1, 1, 'service', 'Monthly bookkeeping (up to 100 transactions)', 'Bank reconciliation, sales and purchase ledgers, monthly management pack.', 180, NULL),
  (1, 2, 'service', 'VAT return (Making Tax Digital)', 'Preparation and submission of the quarterly VAT return through MTD-compatible software.', 120, NULL),
  (1, 3, 'service', 'Year-end accounts', 'Statutory accounts for Companies House and the corporation tax return (CT600).', 950, NULL),
  (1, 4, 'service', 'Payroll run (per employee)', 'Monthly payroll, RTI submission to HMRC, payslips and pension auto-enrolment.', 12, NULL),
  (1, 5, 'service', 'Self assessment tax return', 'Personal tax return (SA100) including supplementary pages.', 295, NULL),
  (1, 6, 'service', 'Ad-hoc advice (per hour)', 'Advice by phone, video call or email, billed in 15-minute units.', 95, NULL),
  (1, 7, 'service', 'Confirmation statement', 'Annual confirmation statement filed at Companies House (fee included).', 85, 34),
  (1, 8, 'product', 'Receipt scanning subscription', 'Dext licence resold at cost plus setup.', 18, 14),
  (1, 9, 'service', 'Registered office address', 'Use of our Swan Street office as registered office, with mail scanning.', 150, NULL),
  (1, 10, 'service', 'Catch-up bookkeeping (per month)', 'Discontinued: use Monthly bookkeeping.', 220, NULL),
  (2, 1, 'product', 'Tarta de queso (8 raciones)', 'Tarta de queso al horno estilo vasco, 22 cm.', 28, 9.5),
  (2, 2, 'product', 'Roscón de Reyes grande', 'Roscón de masa madre con nata o trufa, para 10-12 personas.', 32, 11),
  (2, 3, 'product', 'Pan de masa madre 1 kg', 'Hogaza de trigo y centeno, fermentación de 24 horas.', 5.2, 1.4),
  (2, 4, 'product', 'Torrijas (docena)', 'Torrijas de leche o de vino, con miel de caña.', 14, 4.2),
  (2, 5, 'product', 'Tarta personalizada (por ración)', 'Diseño y decoración a medida; mínimo 15 raciones.', 4.5, 1.3),
  (2, 6, 'product', 'Caja de bollería surtida', 'Napolitanas, cruasanes y magdalenas para cafeterías (24 uds).', 26, 8),
  (2, 7, 'product', 'Mantecados de Estepa (500 g)', 'Reventa: mantecados y polvorones surtidos.', 9.9, 6.1),
  (2, 8, 'service', 'Entrega a domicilio', 'Reparto en Sevilla capital; área metropolitana con suplemento.', 6, NULL),
  (2, 9, 'product', 'Harina de fuerza 25 kg', 'Compra a proveedor.', NULL, 19.8),
  (2, 10, 'product', 'Galletas decoradas (antigua)', 'Retirado.', 2.5, 0.6),
  (3, 1, 'service', 'Töpferkurs Anfänger (6 Abende)', 'Drehscheibe und Aufbautechnik, inklusive Ton, Glasur und zwei Brände.', 260, NULL),
  (3, 2, 'service', 'Wochenendworkshop Drehscheibe', 'Samstag und Sonntag, 10-16 Uhr, maximal 8 Teilnehmende.', 189, NULL),
  (3, 3, 'service', 'Brennservice pro Regalfach', 'Schrühbrand oder Glasurbrand bis 1260 °C.', 15, NULL),
  (3, 4, 'product', 'Steinzeugton weiß 10 kg', 'Sibelco WM 2502, schamottiert.', 18.5, 11.2),
  (3, 5, 'product', 'Glasur Seladon 500 ml', 'Flüssigglasur, lebensmittelecht.', 16, 9),
  (3, 6, 'service', 'Kindergeburtstag Töpfern', 'Zwei Stunden, bis 10 Kinder, Figuren werden gebrannt und abgeholt.', 220, NULL),
  (3, 7, 'product', 'Geschenkgutschein 50 €', 'Einlösbar für alle Kurse und im Shop.', 50, NULL),
  (3, 8, 'product', 'Becher "Rheinblau"', 'Handgedrehter Becher, 300 ml, spülmaschinenfest.', 32, NULL),
  (3, 9, 'service', 'Offenes Atelier (10er-Karte)', 'Zehn freie Werkstattnachmittage für Kursabsolventen.', 180, NULL),
  (3, 10, 'service', 'Firmenevent Teambuilding', 'Auf Anfrage.', 45, NULL)
) t(co, k, type, name, descr, sp, pp)
JOIN companies c ON c.id = t.co;

CREATE TABLE item_taxes (
    id serial PRIMARY KEY, company_id integer NOT NULL, item_id integer NOT NULL, tax_id integer,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO item_taxes (company_id, item_id, tax_id, created_from, created_by, created_at, updated_at, deleted_at)
SELECT i.company_id, i.id, CASE i.company_id WHEN 1 THEN CASE WHEN i.id = 9 THEN 3 ELSE 1 END WHEN 2 THEN CASE WHEN i.id IN (17, 18) THEN 6 ELSE 5 END ELSE CASE WHEN i.id IN (21, 22, 26) THEN 12 ELSE 10 END END,
       i.created_from, i.created_by, i.created_at, i.created_at, NULL
FROM items i ORDER BY i.id;

-- ---------------------------------------------------------------------------
-- Documents: invoices and bills, 1-100 the firm's, 101-210 the bakery's,
-- 211-300 the studio's; 301-305 recurring invoice templates of the firm.

CREATE TABLE agen.cl AS SELECT id, company_id, type, row_number() OVER (PARTITION BY company_id, type ORDER BY id) AS rn, count(*) OVER (PARTITION BY company_id, type) AS cnt FROM contacts;

CREATE TABLE agen.doc AS
SELECT d.n, d.company_id, d.type, cl.id AS contact_id, d.seq, d.cnt,
       (timestamp '2023-01-02 09:00:00' + make_interval(days => ((d.seq - 1) * 535 / d.cnt)::int, mins => fixture_gen.n('dmin', n, 480)))::timestamp(0) AS issued
FROM (SELECT n, company_id, type, row_number() OVER (PARTITION BY company_id, type ORDER BY n) AS seq, count(*) OVER (PARTITION BY company_id, type) AS cnt
      FROM (SELECT n, CASE WHEN n <= 100 THEN 1 WHEN n <= 210 THEN 2 ELSE 3 END AS company_id, CASE WHEN n % 10 IN (3, 7, 8) THEN 'bill' ELSE 'invoice' END AS type FROM generate_series(1, 300) n) a) d
CROSS JOIN LATERAL (SELECT max(cnt) AS cc FROM agen.cl WHERE cl.company_id = d.company_id AND cl.type = CASE d.type WHEN 'bill' THEN 'vendor' ELSE 'customer' END) m
JOIN agen.cl cl ON cl.company_id = d.company_id AND cl.type = CASE d.type WHEN 'bill' THEN 'vendor' ELSE 'customer' END AND cl.rn = 1 + fixture_gen.n('dct', d.n, m.cc::int);

CREATE TABLE documents (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, document_number varchar(255) NOT NULL, order_number varchar(255), status varchar(255) NOT NULL,
    issued_at timestamp(0) NOT NULL, due_at timestamp(0) NOT NULL, amount double precision NOT NULL, currency_code varchar(255) NOT NULL, currency_rate double precision NOT NULL,
    category_id integer NOT NULL DEFAULT 1, contact_id integer NOT NULL, contact_name varchar(255) NOT NULL, contact_email varchar(255), contact_tax_number varchar(255),
    contact_phone varchar(255), contact_address text, contact_city varchar(255), contact_zip_code varchar(255), contact_state varchar(255), contact_country varchar(255),
    notes text, footer text, color varchar(255), template varchar(255), title varchar(255), subheading varchar(255), parent_id integer,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO documents
SELECT d.n, d.company_id, d.type,
       CASE WHEN d.type = 'invoice' THEN (SELECT value FROM settings WHERE company_id = d.company_id AND key = 'invoice.number_prefix')
                 || lpad(d.seq::text, CASE d.company_id WHEN 2 THEN 4 ELSE 5 END, '0')
            ELSE CASE fixture_gen.n('dbn', d.n, 4) WHEN 0 THEN 'INV-' || fixture_gen.digits('dbn', d.n, 6) WHEN 1 THEN to_char(d.issued, 'YYYY') || '/' || fixture_gen.digits('dbn', d.n, 5)
                 WHEN 2 THEN 'F' || to_char(d.issued, 'YY') || '-' || fixture_gen.digits('dbn', d.n, 4) ELSE fixture_gen.digits('dbn', d.n, 10) END END,
       CASE WHEN d.type = 'invoice' AND d.company_id = 1 AND d.n % 3 = 0 THEN 'PO-' || fixture_gen.digits('dpo', d.n, 5)
            WHEN d.type = 'invoice' AND d.company_id = 2 AND c.name LIKE 'Ho%' THEN 'Pedido ' || fixture_gen.digits('dpo', d.n, 4)
            WHEN d.type = 'bill' AND d.n % 4 = 0 THEN fixture_gen.digits('dpo', d.n, 8) END,
       CASE WHEN d.n % 29 = 0 THEN 'cancelled'
            WHEN d.issued > timestamp '2024-06-10' THEN CASE WHEN d.n % 3 = 0 THEN 'draft' WHEN d.type = 'bill' THEN 'received' ELSE 'sent' END
            WHEN d.n % 13 = 0 THEN CASE WHEN d.type = 'bill' THEN 'received' ELSE 'viewed' END
            WHEN d.n % 11 = 0 THEN 'partial' ELSE 'paid' END,
       d.issued, d.issued + make_interval(days => CASE d.company_id WHEN 1 THEN 14 WHEN 2 THEN CASE WHEN d.type = 'bill' THEN 30 ELSE 0 END ELSE 30 END),
       0, CASE WHEN d.company_id = 1 AND d.type = 'invoice' AND d.n % 17 = 0 THEN 'EUR' ELSE co.cur END, CASE WHEN d.company_id = 1 AND d.type = 'invoice' AND d.n % 17 = 0 THEN 1.1708 ELSE 1 END,
       (d.company_id - 1) * 12 + CASE WHEN d.type = 'bill' THEN CASE WHEN d.n % 4 = 0 THEN 8 WHEN d.n % 4 = 1 THEN 6 ELSE 2 END WHEN d.n % 2 = 0 THEN 9 ELSE 10 END,
       c.id, c.name, c.email, c.tax_number, c.phone,
       CASE WHEN d.n % 9 = 0 THEN agen.street(c.country, 'dold', d.n) ELSE c.address END, c.city, c.zip_code, c.state, c.country,
       CASE WHEN d.type = 'bill' THEN CASE WHEN d.n % 6 = 1 THEN fixture_gen.pick(ARRAY['Direct debit on the 1st.', 'Albarán 4411 incluido.', 'Lieferung ohne Lieferschein.', 'Approved by Astrid.'], 'dbnote', d.n) END
            WHEN d.n % 4 <> 0 THEN (SELECT value FROM settings WHERE company_id = d.company_id AND key = 'invoice.notes')
            ELSE CASE d.company_id
              WHEN 1 THEN fixture_gen.pick(ARRAY[
                'Includes the catch-up work for March agreed with ' || fixture_gen.first_name('dnf', d.n) || ' on the phone.',
                'Payroll now includes the new starter ' || fixture_gen.full_name('dnp', d.n) || ' (NI number ' || fixture_gen.nino('dnn', d.n) || ', starting ' || to_char(d.issued + interval '10 days', 'DD/MM/YYYY') || ').',
                'As discussed with ' || fixture_gen.full_name('dnf', d.n) || ', 10% discount on the year-end fee as the records arrived late.',
                'Self assessment for the director ' || fixture_gen.full_name('dnd', d.n) || ' (UTR ' || fixture_gen.digits('dnu', d.n, 10) || ') billed separately.',
                'Please note our bank details have changed, see the footer. Questions: call Kwame on 07700 900' || fixture_gen.digits('dnk', d.n, 3) || '.'], 'dn1', d.n)
              WHEN 2 THEN fixture_gen.pick(ARRAY[
                'Tarta para la comunión de ' || fixture_gen.first_name('dnf', d.n) || '. Recoger el sábado a las 11:00, llamar antes al ' || agen.phone('ES', 'dnph', d.n) || '.',
                'Sin gluten ni frutos secos: ' || fixture_gen.first_name('dnf', d.n) || ' es celíaca y alérgica a la nuez.',
                'Entregar en ' || agen.street('ES', 'dnst', d.n) || ', preguntar por ' || fixture_gen.full_name('dnf', d.n) || ' (portero).',
                'Pedido semanal de la cafetería, lo recoge ' || fixture_gen.first_name('dnf', d.n) || ' los lunes a las 7:30.',
                'Pagado a cuenta 20 € por Bizum el ' || to_char(d.issued - interval '5 days', 'DD/MM') || '.'], 'dn2', d.n)
              ELSE fixture_gen.pick(ARRAY[
                'Gutschein von ' || fixture_gen.full_name('dng', d.n) || ' eingelöst (Nr. G-' || fixture_gen.digits('dnv', d.n, 4) || ').',
                'Teilnehmerin ' || fixture_gen.full_name('dnf', d.n) || ' hat einen Kurstermin wegen Krankheit verschoben, Nachholtermin 14.03.',
                'Kindergeburtstag für ' || fixture_gen.first_name('dnf', d.n) || ' (6 Jahre). Abholung der Figuren nach dem Brand, Mama erreichbar unter ' || agen.phone('DE', 'dnph', d.n) || '.',
                'Ermäßigter Preis für Studierende, Ausweis gesehen.',
                'Rechnungsadresse auf Wunsch: ' || fixture_gen.full_name('dnf', d.n) || ', ' || agen.street('DE', 'dnst', d.n) || ', ' || agen.zip('DE', 'dnz', d.n) || ' Köln.'], 'dn3', d.n) END END,
       CASE WHEN d.type = 'invoice' THEN (SELECT value FROM settings WHERE company_id = d.company_id AND key = 'invoice.footer') END,
       CASE WHEN d.type = 'invoice' THEN (SELECT value FROM settings WHERE company_id = d.company_id AND key = 'invoice.color') END,
       CASE WHEN d.type = 'invoice' THEN (SELECT value FROM settings WHERE company_id = d.company_id AND key = 'invoice.template') END,
       CASE WHEN d.type = 'invoice' THEN (SELECT value FROM settings WHERE company_id = d.company_id AND key = 'invoice.title') END,
       CASE WHEN d.type = 'invoice' AND d.n % 5 = 0 THEN CASE d.company_id WHEN 1 THEN 'Services for ' || to_char(d.issued, 'FMMonth YYYY') WHEN 2 THEN 'Pedido ' || to_char(d.issued, 'DD/MM') ELSE 'Kurs ' || to_char(d.issued, 'MM/YYYY') END END,
       NULL,
       CASE WHEN d.n % 7 = 0 THEN 'core::api' WHEN d.type = 'bill' AND d.n % 5 = 0 THEN 'core::import' ELSE 'core::ui' END,
       CASE d.company_id WHEN 1 THEN (ARRAY[3, 4, 1])[1 + d.n % 3] WHEN 2 THEN (ARRAY[5, 8, 3])[1 + d.n % 3] ELSE (ARRAY[6, 7, 4])[1 + d.n % 3] END,
       d.issued - interval '20 minutes', d.issued + make_interval(days => fixture_gen.n('dup', d.n, 30)), CASE WHEN d.n % 37 = 0 THEN d.issued + interval '1 day' END
FROM agen.doc d JOIN contacts c ON c.id = d.contact_id JOIN agen.co co ON co.id = d.company_id;

-- Recurring templates: the firm's monthly bookkeeping clients, the bakery's
-- cafés' weekly orders, the studio's open-studio cards.
INSERT INTO documents
SELECT 300 + r.k, r.company_id, 'invoice-recurring', (SELECT value FROM settings WHERE company_id = r.company_id AND key = 'invoice.number_prefix') || 'REC-' || r.k, NULL, 'draft',
       timestamp '2023-01-31 09:00:00' + r.k * interval '3 days', timestamp '2023-02-14 09:00:00' + r.k * interval '3 days', 0, co.cur, 1, (r.company_id - 1) * 12 + 9,
       c.id, c.name, c.email, c.tax_number, c.phone, c.address, c.city, c.zip_code, c.state, c.country,
       CASE r.company_id WHEN 1 THEN 'Monthly bookkeeping as per our engagement letter.' WHEN 2 THEN 'Pedido semanal, se factura cada lunes.' ELSE 'Monatliche Atelier-Nutzung.' END,
       (SELECT value FROM settings WHERE company_id = r.company_id AND key = 'invoice.footer'), (SELECT value FROM settings WHERE company_id = r.company_id AND key = 'invoice.color'),
       (SELECT value FROM settings WHERE company_id = r.company_id AND key = 'invoice.template'), (SELECT value FROM settings WHERE company_id = r.company_id AND key = 'invoice.title'), NULL, NULL,
       'core::ui', CASE r.company_id WHEN 1 THEN 1 WHEN 2 THEN 5 ELSE 6 END, timestamp '2023-01-20 10:00:00' + r.k * interval '3 days', '2024-01-20 10:00:00', NULL
FROM (SELECT row_number() OVER (ORDER BY company_id, contact_id) AS k, company_id, contact_id
      FROM (SELECT company_id, contact_id, row_number() OVER (PARTITION BY company_id ORDER BY count(*) DESC, contact_id) AS rn FROM agen.doc WHERE type = 'invoice' GROUP BY company_id, contact_id) x
      WHERE rn <= 4) r
JOIN contacts c ON c.id = r.contact_id JOIN agen.co co ON co.id = r.company_id;
UPDATE documents d SET parent_id = r.id, created_from = 'core::recurring', created_by = NULL FROM documents r
WHERE r.type = 'invoice-recurring' AND d.type = 'invoice' AND d.contact_id = r.contact_id AND d.id % 2 = 1;

CREATE TABLE agen.line AS
SELECT row_number() OVER (ORDER BY d.id, k) AS id, d.id AS document_id, d.company_id, d.type, k, it.id AS item_id,
       CASE WHEN d.type LIKE 'invoice%' THEN it.name
            ELSE CASE d.company_id WHEN 1 THEN fixture_gen.pick(ARRAY['Office rent Swan Street', 'Broadband and phone', 'Sage Business Cloud licence', 'Printer lease', 'Professional indemnity insurance', 'Stationery'], 'bl', d.id * 3 + k)
                 WHEN 2 THEN fixture_gen.pick(ARRAY['Harina de fuerza 25 kg', 'Mantequilla 10 kg', 'Huevos camperos (360 uds)', 'Cajas para tartas 28 cm', 'Electricidad obrador', 'Asesoría fiscal trimestral'], 'bl', d.id * 3 + k)
                 ELSE fixture_gen.pick(ARRAY['Steinzeugton 500 kg', 'Glasurrohstoffe', 'Strom Brennofen', 'Webhosting Kursbuchung', 'Wartung Brennofen', 'Verpackungsmaterial'], 'bl', d.id * 3 + k) END END AS name,
       CASE WHEN d.type LIKE 'invoice%' AND (d.id + k) % 2 = 0 AND it.id IN (1, 4, 5, 6, 11, 12, 15, 21, 22, 26) THEN CASE it.id
              WHEN 4 THEN 'Payroll ' || to_char(d.issued_at, 'FMMonth YYYY') || ': ' || (3 + fixture_gen.n('dlc', d.id * 3 + k, 6))::text || ' employees incl. leaver ' || fixture_gen.full_name('dlp', d.id * 3 + k) || ' (final pay and P45).'
              WHEN 5 THEN 'Tax return 2022/23 for ' || fixture_gen.full_name('dlp', d.id * 3 + k) || ', UTR ' || fixture_gen.digits('dlu', d.id * 3 + k, 10) || ', incl. rental income schedule.'
              WHEN 1 THEN 'Bookkeeping ' || to_char(d.issued_at, 'FMMonth YYYY') || ', ' || (40 + fixture_gen.n('dlc', d.id * 3 + k, 60))::text || ' transactions.'
              WHEN 6 THEN 'Call with ' || fixture_gen.first_name('dlp', d.id * 3 + k) || ' about the director''s loan account, 45 min.'
              WHEN 15 THEN fixture_gen.pick(ARRAY[
                'Tarta "Feliz 40, ' || fixture_gen.first_name('dlp', d.id * 3 + k) || '" de chocolate y frambuesa, 20 raciones.',
                'Tarta de boda de ' || fixture_gen.first_name('dlp', d.id * 3 + k) || ' y ' || fixture_gen.first_name('dlq', d.id * 3 + k) || ', tres pisos, entrega en la finca.',
                'Con vela y cartel de chocolate.'], 'dl2', d.id * 3 + k)
              WHEN 11 THEN 'Sin lactosa.'
              WHEN 12 THEN 'Con nata. Encargo de ' || fixture_gen.full_name('dlp', d.id * 3 + k) || ' para el colegio.'
              WHEN 26 THEN 'Kindergeburtstag für ' || fixture_gen.first_name('dlp', d.id * 3 + k) || ', 8 Kinder, Samstag 15 Uhr.'
              ELSE 'Teilnehmerin: ' || fixture_gen.full_name('dlp', d.id * 3 + k) || ', Kurs Dienstag 18:30.' END
            WHEN d.type LIKE 'invoice%' THEN it.description
            WHEN (d.id + k) % 4 = 0 THEN 'Period ' || to_char(d.issued_at, 'MM/YYYY') END AS description,
       CASE WHEN d.type LIKE 'invoice%' THEN it.id::text ELSE NULL END AS sku,
       1 + fixture_gen.n('dlqty', d.id * 3 + k, CASE WHEN d.company_id = 2 THEN 6 ELSE 3 END) AS qty,
       coalesce(it.sale_price, 10 + fixture_gen.n('dlpr', d.id * 3 + k, 400))::float8 AS price,
       CASE WHEN d.type = 'bill' THEN CASE d.company_id WHEN 1 THEN 1 WHEN 2 THEN 6 ELSE 10 END ELSE itx.tax_id END AS tax_id,
       CASE WHEN d.company_id = 3 AND (d.id + k) % 7 = 0 THEN 10 ELSE 0 END AS disc,
       d.created_from, d.created_by, d.created_at, d.updated_at, d.deleted_at, d.issued_at
FROM documents d CROSS JOIN generate_series(1, 3) k
CROSS JOIN LATERAL (SELECT (d.company_id - 1) * 10 + 1 + fixture_gen.n('dli', d.id * 3 + k, 9) AS iid) p
LEFT JOIN items it ON it.id = p.iid AND d.type LIKE 'invoice%'
LEFT JOIN item_taxes itx ON itx.item_id = it.id
WHERE k = 1 OR (d.id + k) % 3 <> 0;

CREATE TABLE document_items (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, document_id integer NOT NULL, item_id integer, name varchar(255) NOT NULL, description text,
    sku varchar(255), quantity double precision NOT NULL, price double precision NOT NULL, tax double precision NOT NULL DEFAULT 0, discount_type varchar(255) DEFAULT 'percentage',
    discount_rate double precision NOT NULL DEFAULT 0, total double precision NOT NULL,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO document_items
SELECT l.id, l.company_id, l.type, l.document_id, l.item_id, l.name, l.description, CASE WHEN l.item_id IS NOT NULL THEN upper(substr(agen.fold(l.name), 1, 4)) || '-' || lpad(l.item_id::text, 3, '0') END,
       l.qty, l.price, round((l.qty * l.price * (1 - l.disc / 100.0) * t.rate / 100)::numeric, 2)::float8, 'percentage', l.disc,
       round((l.qty * l.price * (1 - l.disc / 100.0))::numeric, 2)::float8, l.created_from, l.created_by, l.created_at, l.updated_at, l.deleted_at
FROM agen.line l JOIN taxes t ON t.id = l.tax_id;

CREATE TABLE document_item_taxes (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, document_id integer NOT NULL, document_item_id integer NOT NULL, tax_id integer NOT NULL,
    name varchar(255) NOT NULL, amount double precision NOT NULL DEFAULT 0,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO document_item_taxes (company_id, type, document_id, document_item_id, tax_id, name, amount, created_from, created_by, created_at, updated_at, deleted_at)
SELECT di.company_id, di.type, di.document_id, di.id, l.tax_id, t.name, di.tax, di.created_from, di.created_by, di.created_at, di.updated_at, di.deleted_at
FROM document_items di JOIN agen.line l ON l.id = di.id JOIN taxes t ON t.id = l.tax_id WHERE t.rate > 0 ORDER BY di.id;

UPDATE documents d SET amount = s.total FROM (SELECT document_id, round(sum(total + tax)::numeric, 2)::float8 AS total FROM document_items GROUP BY document_id) s WHERE s.document_id = d.id;

CREATE TABLE document_totals (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, document_id integer NOT NULL, code varchar(255), name varchar(255) NOT NULL,
    amount double precision NOT NULL, sort_order integer NOT NULL,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO document_totals (company_id, type, document_id, code, name, amount, sort_order, created_from, created_by, created_at, updated_at, deleted_at)
SELECT d.company_id, d.type, d.id, t.code, t.name, t.amount, t.so, d.created_from, d.created_by, d.created_at, d.updated_at, d.deleted_at
FROM documents d
CROSS JOIN LATERAL (
  SELECT 'sub_total' AS code, 'invoices.sub_total' AS name, round(sum(total)::numeric, 2)::float8 AS amount, 1 AS so FROM document_items WHERE document_id = d.id
  UNION ALL SELECT 'tax', dit.name, round(sum(dit.amount)::numeric, 2)::float8, 2 FROM document_item_taxes dit WHERE dit.document_id = d.id GROUP BY dit.name
  UNION ALL SELECT 'total', 'invoices.total', d.amount, 3) t
ORDER BY d.id, t.so;

CREATE TABLE document_histories (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, document_id integer NOT NULL, status varchar(255) NOT NULL, notify boolean NOT NULL,
    description text, created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO document_histories (company_id, type, document_id, status, notify, description, created_from, created_by, created_at, updated_at, deleted_at)
SELECT d.company_id, d.type, d.id, h.status, h.notify, h.descr, d.created_from, d.created_by, d.created_at + h.k * interval '1 day', d.created_at + h.k * interval '1 day', NULL
FROM documents d
CROSS JOIN LATERAL (VALUES
  (0, 'draft', false, CASE WHEN d.type = 'bill' THEN 'Bill added!' ELSE 'Invoice added!' END),
  (1, CASE WHEN d.type = 'bill' THEN 'received' ELSE 'sent' END, d.type = 'invoice' AND d.id % 2 = 0,
      CASE WHEN d.type = 'bill' THEN 'Bill marked as received!' WHEN d.id % 2 = 0 THEN 'Invoice email has been sent!' ELSE 'Invoice marked as sent!' END),
  (2, 'viewed', false, 'Invoice marked as viewed!'),
  (5, 'paid', false, 'Payment of ' || CASE WHEN d.currency_code = 'GBP' THEN '£' || to_char(d.amount, 'FM999,990.00') ELSE to_char(d.amount, 'FM999G990D00') || ' €' END || ' added!'),
  (6, 'cancelled', false, CASE WHEN d.type = 'bill' THEN 'Bill cancelled!' ELSE 'Invoice cancelled!' END)) h(k, status, notify, descr)
WHERE d.type IN ('invoice', 'bill') AND (h.k = 0 OR (h.k = 1 AND d.status <> 'draft') OR (h.k = 2 AND d.type = 'invoice' AND d.status IN ('viewed', 'paid', 'partial') AND d.id % 3 = 0)
       OR (h.k = 5 AND d.status IN ('paid', 'partial')) OR (h.k = 6 AND d.status = 'cancelled'))
ORDER BY d.id, h.k;

-- ---------------------------------------------------------------------------
-- Banking: transactions (payments of documents, salaries, rent, fees,
-- counter sales, refunds, transfers), their taxes, transfers,
-- reconciliations.

CREATE TABLE agen.tx (k serial, company_id int, type text, paid_at timestamp, amount float8, cur text, rate float8, account_id int, document_id int, contact_id int, category_id int,
  description text, payment_method text, reference text, created_from text, created_by int, pair int, tax_id int, rec_parent boolean DEFAULT false);

-- Payments of invoices and bills.
INSERT INTO agen.tx (company_id, type, paid_at, amount, cur, rate, account_id, document_id, contact_id, category_id, description, payment_method, reference, created_from, created_by)
SELECT d.company_id, CASE d.type WHEN 'bill' THEN 'expense' ELSE 'income' END, (d.due_at - make_interval(days => fixture_gen.n('tpd', d.id, 12)))::timestamp(0),
       CASE WHEN d.status = 'partial' THEN round((d.amount / 2)::numeric, 2)::float8 ELSE d.amount END, d.currency_code, d.currency_rate, a.acc, d.id, d.contact_id, d.category_id,
       CASE WHEN d.status = 'partial' THEN CASE d.company_id WHEN 1 THEN 'First instalment, balance by the end of the month as agreed with ' || split_part(c.name, ' ', 1) || '.'
                                                         WHEN 2 THEN 'Señal del 50 %, el resto al recoger.' ELSE 'Anzahlung, Rest bei Abholung.' END
            WHEN d.id % 19 = 0 THEN CASE d.company_id WHEN 1 THEN 'Paid by ' || fixture_gen.full_name('tpb', d.id) || ' personally, to be reclaimed from the company.'
                                                      WHEN 2 THEN 'Lo pagó su hermana ' || fixture_gen.first_name('tpb', d.id) || ' por Bizum.' ELSE 'Bezahlt von der Oma, ' || fixture_gen.full_name('tpb', d.id) || '.' END END,
       CASE WHEN a.acc IN (3, 7, 11) THEN 'offline-payments.cash.1' WHEN a.acc IN (4, 12) THEN 'paypal-standard' WHEN a.acc = 9 THEN 'offline-payments.card.4' WHEN a.acc = 5 THEN 'offline-payments.card.3'
            WHEN d.company_id = 2 AND d.id % 5 = 1 THEN 'offline-payments.bizum.3' ELSE 'offline-payments.bank_transfer.2' END,
       CASE WHEN a.acc IN (3, 7, 11) THEN NULL
            WHEN a.acc IN (4, 12) THEN fixture_gen.chars('tpp', d.id, 17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')
            WHEN a.acc = 9 THEN 'SumUp T' || fixture_gen.chars('tsu', d.id, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
            WHEN a.acc = 5 THEN 'AMEX ' || fixture_gen.digits('tam', d.id, 11)
            WHEN d.type = 'bill' THEN CASE WHEN d.id % 3 = 0 THEN 'DD ' || upper(left(c.name, 18)) || ' ' || d.document_number ELSE d.document_number END
            WHEN d.company_id = 1 THEN 'FP ' || to_char(d.due_at, 'DD/MM/YY') || ' ' || upper(left(c.name, 18)) || ' ' || d.document_number
            WHEN d.company_id = 2 AND d.id % 5 = 1 THEN 'BIZUM RECIBIDO DE ' || upper(c.name) || ' CONCEPTO ' || fixture_gen.pick(ARRAY['tarta', 'pedido', 'roscon', d.document_number], 'tbz', d.id)
            WHEN d.company_id = 2 THEN 'TRANSFERENCIA DE ' || upper(c.name) || ', CONCEPTO ' || d.document_number
            ELSE 'SEPA-GUTSCHRIFT ' || upper(c.name) || ' EREF: ' || d.document_number || ' IBAN: ' || fixture_gen.iban_for('tib', c.id) END,
       d.created_from, d.created_by
FROM documents d JOIN contacts c ON c.id = d.contact_id
CROSS JOIN LATERAL (SELECT CASE d.company_id
    WHEN 1 THEN CASE WHEN d.type = 'bill' THEN CASE WHEN d.id % 4 = 0 THEN 5 ELSE 1 END WHEN d.id % 7 = 0 THEN 4 WHEN d.id % 31 = 0 THEN 3 ELSE 1 END
    WHEN 2 THEN CASE WHEN d.type = 'bill' THEN CASE WHEN d.id % 6 = 0 THEN 8 ELSE 6 END WHEN d.id % 3 = 0 THEN 7 WHEN d.id % 3 = 1 THEN 9 ELSE 6 END
    ELSE CASE WHEN d.type = 'bill' THEN 10 WHEN d.id % 4 = 0 THEN 11 WHEN d.id % 4 = 1 THEN 12 ELSE 10 END END AS acc) a
WHERE d.status IN ('paid', 'partial') AND d.type IN ('invoice', 'bill');

-- Salaries of the employees, last six months.
INSERT INTO agen.tx (company_id, type, paid_at, amount, cur, rate, account_id, document_id, contact_id, category_id, description, payment_method, reference, created_from, created_by)
SELECT c.company_id, 'expense', (timestamp '2024-01-28 08:00:00' + make_interval(months => m)), (CASE c.company_id WHEN 1 THEN 2100 WHEN 2 THEN 1180 ELSE 1450 END + fixture_gen.n('tsal', c.id, 900))::float8,
       co.cur, 1, CASE c.company_id WHEN 1 THEN 1 WHEN 2 THEN 6 ELSE 10 END, NULL, c.id, (c.company_id - 1) * 12 + 7,
       CASE c.company_id WHEN 1 THEN 'Salary ' || to_char(timestamp '2024-01-28' + make_interval(months => m), 'FMMonth YYYY') || ', ' || c.name
            WHEN 2 THEN 'Nómina ' || to_char(timestamp '2024-01-28' + make_interval(months => m), 'MM/YYYY') || ' ' || c.name || CASE WHEN m = 4 THEN ' (incl. paga extra)' ELSE '' END
            ELSE 'Gehalt ' || to_char(timestamp '2024-01-28' + make_interval(months => m), 'MM/YYYY') || ' ' || c.name || CASE WHEN c.id % 2 = 0 AND m = 2 THEN ', abzgl. Krankentage 11.-15.03.' ELSE '' END END,
       'offline-payments.bank_transfer.2',
       CASE c.company_id WHEN 1 THEN 'BACS SALARY ' || upper(c.name) WHEN 2 THEN 'NOMINA ' || upper(c.name) || ' ' || fixture_gen.iban('ES', fixture_gen.digits('tsib', c.id, 20))
            ELSE 'LOHN/GEHALT ' || upper(c.name) || ' ' || fixture_gen.iban('DE', fixture_gen.digits('tsib', c.id, 18)) END,
       'core::ui', CASE c.company_id WHEN 1 THEN 4 WHEN 2 THEN 3 ELSE 4 END
FROM contacts c JOIN agen.co co ON co.id = c.company_id CROSS JOIN generate_series(0, 5) m
WHERE c.type = 'employee' AND c.deleted_at IS NULL;

-- Rent (recurring), bank fees, counter sales, refunds.
INSERT INTO agen.tx (company_id, type, paid_at, amount, cur, rate, account_id, document_id, contact_id, category_id, description, payment_method, reference, created_from, created_by, tax_id, rec_parent)
SELECT co.id, CASE WHEN m = -1 THEN 'expense-recurring' ELSE 'expense' END, timestamp '2023-01-01 07:00:00' + make_interval(months => greatest(m, 0)),
       CASE co.id WHEN 1 THEN 1440 WHEN 2 THEN 786.5 ELSE 1190 END, co.cur, 1, CASE co.id WHEN 1 THEN 1 WHEN 2 THEN 6 ELSE 10 END, NULL, NULL, (co.id - 1) * 12 + 5,
       CASE co.id WHEN 1 THEN 'Office rent Swan Street' WHEN 2 THEN 'Alquiler local obrador' ELSE 'Miete Atelier Körnerstraße' END,
       'offline-payments.bank_transfer.2', CASE WHEN m >= 0 THEN CASE co.id WHEN 1 THEN 'SO BRUNTWOOD RENT' WHEN 2 THEN 'RECIBO ALQUILER ' || to_char(timestamp '2023-01-01' + make_interval(months => m), 'MM/YY') ELSE 'DAUERAUFTRAG MIETE' END END,
       CASE WHEN m = -1 THEN 'core::ui' ELSE 'core::recurring' END, CASE WHEN m = -1 THEN CASE co.id WHEN 1 THEN 2 WHEN 2 THEN 5 ELSE 6 END END,
       CASE co.id WHEN 1 THEN 1 WHEN 2 THEN 6 ELSE 10 END, m = -1
FROM agen.co co CROSS JOIN generate_series(-1, 17) m;

INSERT INTO agen.tx (company_id, type, paid_at, amount, cur, rate, account_id, document_id, contact_id, category_id, description, payment_method, reference, created_from, created_by)
SELECT co.id, 'expense', timestamp '2023-01-31 23:00:00' + make_interval(months => m), (CASE co.id WHEN 1 THEN 12 WHEN 2 THEN 9 ELSE 6.9 END + fixture_gen.n('tfee', co.id * 100 + m, 400) / 100.0)::float8,
       co.cur, 1, CASE co.id WHEN 1 THEN 1 WHEN 2 THEN 6 ELSE 10 END, NULL, NULL, (co.id - 1) * 12 + 12,
       CASE co.id WHEN 1 THEN 'Monthly account fee' WHEN 2 THEN 'Comisión mantenimiento' ELSE 'Kontoführungsgebühr' END, 'offline-payments.bank_transfer.2',
       CASE co.id WHEN 1 THEN 'ACCOUNT FEE' WHEN 2 THEN 'COMISION MANT.' ELSE 'ENTGELT KONTOFÜHRUNG' END, 'core::import', CASE co.id WHEN 1 THEN 4 WHEN 2 THEN 3 ELSE 4 END
FROM agen.co co CROSS JOIN generate_series(0, 16) m;

INSERT INTO agen.tx (company_id, type, paid_at, amount, cur, rate, account_id, document_id, contact_id, category_id, description, payment_method, reference, created_from, created_by, tax_id)
SELECT 2, 'income', (timestamp '2023-01-07 20:30:00' + make_interval(days => w * 7)), (180 + fixture_gen.n('tcs', w, 52000) / 100.0)::float8, 'EUR', 1, CASE WHEN w % 2 = 0 THEN 7 ELSE 9 END, NULL, NULL, 13 + 9,
       'Ventas mostrador semana ' || w, CASE WHEN w % 2 = 0 THEN 'offline-payments.cash.1' ELSE 'offline-payments.card.4' END,
       CASE WHEN w % 2 = 1 THEN 'SumUp payout ' || fixture_gen.chars('tcsp', w, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') END, 'core::ui', 8, 5
FROM generate_series(1, 76) w;

INSERT INTO agen.tx (company_id, type, paid_at, amount, cur, rate, account_id, document_id, contact_id, category_id, description, payment_method, reference, created_from, created_by)
SELECT d.company_id, 'expense', (d.issued_at + interval '9 days')::timestamp(0), round((d.amount / 2)::numeric, 2)::float8, d.currency_code, 1, CASE d.company_id WHEN 1 THEN 1 WHEN 2 THEN 6 ELSE 10 END, d.id, d.contact_id,
       (d.company_id - 1) * 12 + 2,
       CASE d.company_id WHEN 1 THEN 'Refund to ' || d.contact_name || ': engagement ended early, see email of ' || to_char(d.issued_at + interval '8 days', 'DD/MM')
            WHEN 2 THEN 'Devolución a ' || d.contact_name || ', tarta cancelada (ingreso hospitalario de ' || fixture_gen.first_name('trf', d.id) || '). Bizum al ' || coalesce(d.contact_phone, agen.phone('ES', 'trp', d.id))
            ELSE 'Erstattung an ' || d.contact_name || ', Kurs wegen Schwangerschaft abgebrochen' END,
       'offline-payments.bank_transfer.2', 'REFUND ' || d.document_number, 'core::ui', CASE d.company_id WHEN 1 THEN 1 WHEN 2 THEN 5 ELSE 6 END
FROM documents d WHERE d.type = 'invoice' AND d.status = 'paid' AND d.id % 12 = 5;

-- Transfers between accounts (pairs).
INSERT INTO agen.tx (company_id, type, paid_at, amount, cur, rate, account_id, document_id, contact_id, category_id, description, payment_method, reference, created_from, created_by, pair)
SELECT t.co, s.type, timestamp '2023-02-15 10:00:00' + make_interval(days => t.n * 20), t.amt, co.cur, 1, CASE s.type WHEN 'expense-transfer' THEN t.src ELSE t.dst END, NULL, NULL, (t.co - 1) * 12 + 3,
       t.descr, 'offline-payments.bank_transfer.2', NULL, 'core::ui', CASE t.co WHEN 1 THEN 4 WHEN 2 THEN 5 ELSE 6 END, t.n
FROM (SELECT n, 1 + n % 3 AS co,
             CASE 1 + n % 3 WHEN 1 THEN CASE WHEN n % 2 = 0 THEN 1 ELSE 4 END WHEN 2 THEN CASE WHEN n % 2 = 0 THEN 7 ELSE 9 END ELSE CASE WHEN n % 2 = 0 THEN 11 ELSE 12 END END AS src,
             CASE 1 + n % 3 WHEN 1 THEN CASE WHEN n % 2 = 0 THEN 2 ELSE 1 END WHEN 2 THEN 6 ELSE 10 END AS dst,
             (200 + fixture_gen.n('ttr', n, 3000))::float8 AS amt,
             CASE 1 + n % 3 WHEN 1 THEN CASE WHEN n % 2 = 0 THEN 'Transfer to reserve for corporation tax' ELSE 'PayPal withdrawal' END
                  WHEN 2 THEN CASE WHEN n % 2 = 0 THEN 'Ingreso de caja en el banco' ELSE 'Liquidación SumUp' END ELSE CASE WHEN n % 2 = 0 THEN 'Bareinzahlung' ELSE 'PayPal-Auszahlung' END END AS descr
      FROM generate_series(1, 24) n) t
JOIN agen.co co ON co.id = t.co CROSS JOIN (VALUES ('expense-transfer'), ('income-transfer')) s(type);

CREATE TABLE transactions (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, number varchar(255) NOT NULL, paid_at timestamp(0) NOT NULL, amount double precision NOT NULL,
    currency_code varchar(255) NOT NULL, currency_rate double precision NOT NULL, account_id integer NOT NULL, document_id integer, contact_id integer, category_id integer NOT NULL DEFAULT 1,
    description text, payment_method varchar(255) NOT NULL, reference varchar(255), parent_id integer NOT NULL DEFAULT 0, split_id integer, reconciled boolean NOT NULL DEFAULT false,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
CREATE TABLE agen.txn AS SELECT row_number() OVER (ORDER BY paid_at, k) AS id, row_number() OVER (PARTITION BY company_id ORDER BY paid_at, k) AS seq, * FROM agen.tx;
INSERT INTO transactions
SELECT t.id, t.company_id, t.type, 'TRA-' || lpad(t.seq::text, 5, '0'), t.paid_at, t.amount, t.cur, t.rate, t.account_id, t.document_id, t.contact_id, t.category_id,
       t.description, t.payment_method, t.reference, 0, NULL, t.paid_at < timestamp '2024-06-01' AND t.account_id IN (1, 6, 10),
       t.created_from, t.created_by, t.paid_at + interval '2 hours', t.paid_at + make_interval(hours => 2 + fixture_gen.n('tua', t.id, 300)), NULL
FROM agen.txn t ORDER BY t.id;
UPDATE transactions t SET parent_id = p.id FROM transactions p
WHERE p.type = 'expense-recurring' AND t.type = 'expense' AND t.company_id = p.company_id AND t.category_id = p.category_id AND t.created_from = 'core::recurring';

-- A few expenses split over two categories.
SELECT setval('transactions_id_seq', (SELECT max(id) FROM transactions));
INSERT INTO transactions (company_id, type, number, paid_at, amount, currency_code, currency_rate, account_id, document_id, contact_id, category_id, description, payment_method, reference,
    parent_id, split_id, reconciled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT t.company_id, 'expense-split', t.number, t.paid_at, round((t.amount * s.part)::numeric, 2)::float8, t.currency_code, t.currency_rate, t.account_id, t.document_id, t.contact_id,
       CASE WHEN s.part < 0.5 THEN (t.company_id - 1) * 12 + 6 ELSE t.category_id END, t.description, t.payment_method, t.reference, 0, t.id, t.reconciled, t.created_from, t.created_by, t.created_at, t.updated_at, NULL
FROM transactions t CROSS JOIN (VALUES (0.7), (0.3)) s(part) WHERE t.type = 'expense' AND t.document_id IS NOT NULL AND t.id % 9 = 0 ORDER BY t.id, s.part DESC;

CREATE TABLE transaction_taxes (
    id serial PRIMARY KEY, company_id integer NOT NULL, type varchar(255) NOT NULL, transaction_id integer NOT NULL, tax_id integer NOT NULL, name varchar(255) NOT NULL,
    amount double precision NOT NULL DEFAULT 0, created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO transaction_taxes (company_id, type, transaction_id, tax_id, name, amount, created_from, created_by, created_at, updated_at, deleted_at)
SELECT t.company_id, t.type, t.id, x.tax_id, tx.name, round((t.amount * tx.rate / (100 + tx.rate))::numeric, 2)::float8, t.created_from, t.created_by, t.created_at, t.updated_at, NULL
FROM transactions t JOIN agen.txn x ON x.id = t.id JOIN taxes tx ON tx.id = x.tax_id ORDER BY t.id;

CREATE TABLE transfers (
    id serial PRIMARY KEY, company_id integer NOT NULL, expense_transaction_id integer NOT NULL, income_transaction_id integer NOT NULL,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO transfers (company_id, expense_transaction_id, income_transaction_id, created_from, created_by, created_at, updated_at, deleted_at)
SELECT e.company_id, e.id, i.id, 'core::ui', e.created_by, e.paid_at + interval '2 hours', e.paid_at + interval '2 hours', NULL
FROM agen.txn e JOIN agen.txn i ON i.pair = e.pair AND i.type = 'income-transfer' WHERE e.type = 'expense-transfer' ORDER BY e.paid_at;

CREATE TABLE reconciliations (
    id serial PRIMARY KEY, company_id integer NOT NULL, account_id integer NOT NULL, started_at timestamp(0) NOT NULL, ended_at timestamp(0) NOT NULL,
    closing_balance double precision NOT NULL DEFAULT 0, transactions text, reconciled boolean NOT NULL,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO reconciliations (company_id, account_id, started_at, ended_at, closing_balance, transactions, reconciled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT a.company_id, a.id, timestamp '2023-01-01' + make_interval(months => m), timestamp '2023-01-01' + make_interval(months => m + 1) - interval '1 second',
       round((a.opening_balance + coalesce((SELECT sum(CASE WHEN t.type LIKE 'income%' THEN t.amount ELSE -t.amount END) FROM transactions t
              WHERE t.account_id = a.id AND t.split_id IS NULL AND t.type <> 'expense-recurring' AND t.paid_at < timestamp '2023-01-01' + make_interval(months => m + 1)), 0))::numeric, 2)::float8,
       (SELECT '{' || string_agg('"' || t.id || '":"true"', ',' ORDER BY t.id) || '}' FROM transactions t WHERE t.account_id = a.id AND t.split_id IS NULL AND t.type <> 'expense-recurring'
         AND t.paid_at >= timestamp '2023-01-01' + make_interval(months => m) AND t.paid_at < timestamp '2023-01-01' + make_interval(months => m + 1)),
       m < 16, 'core::ui', CASE a.company_id WHEN 1 THEN 4 WHEN 2 THEN 3 ELSE 4 END,
       timestamp '2023-01-01' + make_interval(months => m + 1, days => 3), timestamp '2023-01-01' + make_interval(months => m + 1, days => 3 + fixture_gen.n('rcu', a.id * 100 + m, 5)), NULL
FROM accounts a CROSS JOIN generate_series(0, 16) m WHERE a.id IN (1, 6, 10) ORDER BY m, a.id;

CREATE TABLE recurring (
    id serial PRIMARY KEY, company_id integer NOT NULL, recurable_type varchar(255) NOT NULL, recurable_id bigint NOT NULL, frequency varchar(255) NOT NULL, interval integer NOT NULL DEFAULT 1,
    started_at timestamp(0) NOT NULL, status varchar(255) NOT NULL DEFAULT 'active', limit_by varchar(255) NOT NULL DEFAULT 'count', limit_count integer NOT NULL DEFAULT 0,
    limit_date timestamp(0), auto_send boolean NOT NULL DEFAULT true,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO recurring (company_id, recurable_type, recurable_id, frequency, interval, started_at, status, limit_by, limit_count, limit_date, auto_send, created_from, created_by, created_at, updated_at, deleted_at)
SELECT d.company_id, 'App\Models\Document\Document', d.id, CASE d.company_id WHEN 2 THEN 'weekly' ELSE 'monthly' END, 1, d.issued_at,
       CASE WHEN d.id % 5 = 0 THEN 'ended' ELSE 'active' END, CASE WHEN d.id % 3 = 0 THEN 'date' WHEN d.id % 3 = 1 THEN 'count' ELSE 'no' END,
       CASE WHEN d.id % 3 = 1 THEN 24 ELSE 0 END, CASE WHEN d.id % 3 = 0 THEN timestamp '2024-12-31 23:59:59' END::timestamp, d.id % 4 <> 0, d.created_from, d.created_by, d.created_at, d.updated_at, NULL::timestamp
FROM documents d WHERE d.type = 'invoice-recurring'
UNION ALL
SELECT t.company_id, 'App\Models\Banking\Transaction', t.id, 'monthly', 1, t.paid_at, 'active', 'no', 0, NULL::timestamp, false, t.created_from, t.created_by, t.created_at, t.updated_at, NULL
FROM transactions t WHERE t.type = 'expense-recurring'
ORDER BY 4;

-- ---------------------------------------------------------------------------
-- Email templates, reports, dashboards and widgets.

CREATE TABLE email_templates (
    id serial PRIMARY KEY, company_id integer NOT NULL, alias varchar(255) NOT NULL, class varchar(255) NOT NULL, name varchar(255) NOT NULL, subject varchar(255) NOT NULL,
    body text NOT NULL, params text, created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO email_templates (company_id, alias, class, name, subject, body, params, created_from, created_by, created_at, updated_at, deleted_at)
SELECT co.id, t.alias, t.class, 'settings.email.templates.' || t.alias,
       CASE co.id WHEN 2 THEN t.subj_es ELSE t.subj END,
       CASE co.id WHEN 2 THEN 'Estimado/a {customer_name}:<br /><br />' ELSE 'Dear {' || CASE WHEN t.alias LIKE 'bill%' OR t.alias LIKE '%vendor' THEN 'vendor_name' WHEN t.alias LIKE '%admin' THEN 'user_name' ELSE 'customer_name' END || '},<br /><br />' END
         || t.body || '<br /><br />' || CASE co.id WHEN 2 THEN 'Un saludo,<br />{company_name}' WHEN 3 THEN 'Viele Grüße<br />{company_name}' ELSE 'Best Regards,<br />{company_name}' END,
       t.params, 'core::seed', NULL, c.created_at, c.created_at + interval '90 days', NULL
FROM agen.co co JOIN companies c ON c.id = co.id CROSS JOIN (VALUES
  ('invoice_new_customer', 'App\Notifications\Sale\Invoice', '{invoice_number} invoice created', 'Factura {invoice_number}',
   'We have prepared the following invoice for you: <strong>{invoice_number}</strong>.<br /><br />You can see the invoice details and proceed with the payment from the following link: <a href="{invoice_guest_link}">{invoice_number}</a>.<br /><br />Feel free to contact us for any question.', NULL),
  ('invoice_remind_customer', 'App\Notifications\Sale\Invoice', '{invoice_number} invoice overdue notice', 'Recordatorio: factura {invoice_number} vencida',
   'This is an overdue notice for <strong>{invoice_number}</strong> invoice.<br /><br />The invoice total is {invoice_total} and was due <strong>{invoice_due_date}</strong>.', NULL),
  ('invoice_remind_admin', 'App\Notifications\Sale\Invoice', '{invoice_number} invoice overdue notice', 'Factura {invoice_number} vencida',
   '{customer_name} has received an overdue notice for <strong>{invoice_number}</strong> invoice.<br /><br />The invoice total is {invoice_total} and was due <strong>{invoice_due_date}</strong>.', NULL),
  ('invoice_recur_customer', 'App\Notifications\Sale\Invoice', '{invoice_number} recurring invoice created', 'Factura periódica {invoice_number}',
   'Based on your recurring circle, we have prepared the following invoice for you: <strong>{invoice_number}</strong>.', NULL),
  ('invoice_recur_admin', 'App\Notifications\Sale\Invoice', '{invoice_number} recurring invoice created', 'Factura periódica {invoice_number} creada',
   'Based on {customer_name} recurring circle, <strong>{invoice_number}</strong> invoice has been automatically created.', NULL),
  ('invoice_view_admin', 'App\Notifications\Sale\Invoice', '{invoice_number} invoice viewed', 'Factura {invoice_number} vista',
   '{customer_name} has viewed the <strong>{invoice_number}</strong> invoice.', NULL),
  ('invoice_payment_customer', 'App\Notifications\Portal\PaymentReceived', 'Payment received for {invoice_number} invoice', 'Pago recibido: {invoice_number}',
   'Thank you for the payment. Find the payment details below:<br /><br />-------------------------------------------------<br />Amount: <strong>{transaction_total}</strong><br />Date: <strong>{transaction_paid_date}</strong><br />Invoice Number: <strong>{invoice_number}</strong>', NULL),
  ('invoice_payment_admin', 'App\Notifications\Portal\PaymentReceived', 'Payment received for {invoice_number} invoice', 'Pago recibido: {invoice_number}',
   '{customer_name} recorded a payment for <strong>{invoice_number}</strong> invoice.', NULL),
  ('bill_remind_admin', 'App\Notifications\Purchase\Bill', '{bill_number} bill reminding notice', 'Aviso: proveedor {bill_number}',
   'This is a reminding notice for <strong>{bill_number}</strong> bill to {vendor_name}.<br /><br />The bill total is {bill_total} and is due <strong>{bill_due_date}</strong>.', NULL),
  ('bill_recur_admin', 'App\Notifications\Purchase\Bill', '{bill_number} recurring bill created', 'Factura de proveedor periódica {bill_number}',
   'Based on {vendor_name} recurring circle, <strong>{bill_number}</strong> bill has been automatically created.', NULL),
  ('payment_received_customer', 'App\Notifications\Banking\Transaction', 'Your receipt from {company_name}', 'Recibo de {company_name}',
   'Thank you for the payment. Amount: <strong>{payment_amount}</strong>, date: <strong>{payment_date}</strong>.', '{"attach_pdf":true}'),
  ('payment_made_vendor', 'App\Notifications\Banking\Transaction', 'Payment made by {company_name}', 'Pago realizado por {company_name}',
   'We have made the following payment: <strong>{payment_amount}</strong> on <strong>{payment_date}</strong>.', '{"attach_pdf":false}')
) t(alias, class, subj, subj_es, body, params)
ORDER BY co.id, t.alias;

CREATE TABLE reports (
    id serial PRIMARY KEY, company_id integer NOT NULL, class varchar(255) NOT NULL, name varchar(255) NOT NULL, description text NOT NULL, settings text,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO reports (company_id, class, name, description, settings, created_from, created_by, created_at, updated_at, deleted_at)
SELECT co.id, r.class, r.name, r.descr, r.settings, CASE WHEN r.k <= 5 THEN 'core::seed' ELSE 'core::ui' END, CASE WHEN r.k <= 5 THEN NULL ELSE CASE co.id WHEN 1 THEN 4 WHEN 2 THEN 3 ELSE 4 END END,
       c.created_at + r.k * interval '1 minute', c.created_at + r.k * interval '7 days', NULL
FROM agen.co co JOIN companies c ON c.id = co.id CROSS JOIN (VALUES
  (1, 'App\Reports\IncomeSummary', 'Income Summary', 'Monthly income summary by category.', '{"group":"category","period":"monthly","basis":"accrual","chart":"line"}'),
  (2, 'App\Reports\ExpenseSummary', 'Expense Summary', 'Monthly expense summary by category.', '{"group":"category","period":"monthly","basis":"accrual","chart":"line"}'),
  (3, 'App\Reports\IncomeExpenseSummary', 'Income vs Expense Summary', 'Monthly income vs expense by category.', '{"group":"category","period":"monthly","basis":"accrual","chart":"line"}'),
  (4, 'App\Reports\ProfitLoss', 'Profit & Loss', 'Quarterly profit & loss by category.', '{"group":"category","period":"quarterly","basis":"accrual"}'),
  (5, 'App\Reports\TaxSummary', 'Tax Summary', 'Quarterly tax summary.', '{"period":"quarterly","basis":"accrual"}'),
  (6, 'App\Reports\IncomeSummary', 'Income by customer', 'Income per customer, for the year-end review.', '{"group":"customer","period":"yearly","basis":"cash","chart":"none"}'),
  (7, 'App\Reports\ExpenseSummary', 'Expenses by vendor', 'What we spend with each supplier.', '{"group":"vendor","period":"quarterly","basis":"cash","chart":"bar"}'),
  (8, 'App\Reports\DiscountSummary', 'Discount Summary', 'Discounts given, monthly.', '{"group":"category","period":"monthly","basis":"accrual"}')
) r(k, class, name, descr, settings)
ORDER BY co.id, r.k;

CREATE TABLE dashboards (
    id serial PRIMARY KEY, company_id integer NOT NULL, name varchar(255) NOT NULL, enabled boolean NOT NULL DEFAULT true,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO dashboards (company_id, name, enabled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT co.id, d.name, true, CASE WHEN d.k = 1 THEN 'core::seed' ELSE 'core::ui' END, CASE WHEN d.k = 1 THEN NULL ELSE CASE co.id WHEN 1 THEN 4 WHEN 2 THEN 5 ELSE 6 END END,
       c.created_at + d.k * interval '1 day', c.created_at + d.k * interval '40 days', NULL
FROM agen.co co JOIN companies c ON c.id = co.id CROSS JOIN (VALUES (1, 'Dashboard'), (2, 'Cash flow'), (3, 'Receivables'), (4, 'Tax and VAT')) d(k, name)
ORDER BY co.id, d.k;

CREATE TABLE user_dashboards (user_id integer NOT NULL, dashboard_id integer NOT NULL, PRIMARY KEY (user_id, dashboard_id));
INSERT INTO user_dashboards SELECT uc.user_id, d.id FROM user_companies uc JOIN dashboards d ON d.company_id = uc.company_id WHERE uc.user_id <= 8 AND (d.name = 'Dashboard' OR uc.user_id IN (1, 2, 4, 5, 6));

CREATE TABLE widgets (
    id serial PRIMARY KEY, company_id integer NOT NULL, dashboard_id integer NOT NULL, class varchar(255) NOT NULL, name varchar(255) NOT NULL, sort integer NOT NULL DEFAULT 0, settings text,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO widgets (company_id, dashboard_id, class, name, sort, settings, created_from, created_by, created_at, updated_at, deleted_at)
SELECT d.company_id, d.id, w.class, w.name, w.k, '{"width":"' || w.width || '"}', d.created_from, d.created_by, d.created_at, d.updated_at, NULL
FROM dashboards d CROSS JOIN (VALUES (1, 'App\Widgets\Receivables', 'widgets.receivables', 'w-full lg:w-1/2 px-12 my-8'), (2, 'App\Widgets\Payables', 'widgets.payables', 'w-full lg:w-1/2 px-12 my-8'),
  (3, 'App\Widgets\CashFlow', 'widgets.cash_flow', 'w-full px-12 my-8'), (4, 'App\Widgets\ProfitLoss', 'widgets.profit_loss', 'w-full lg:w-1/2 px-12 my-8'),
  (5, 'App\Widgets\ExpensesByCategory', 'widgets.expenses_by_category', 'w-full lg:w-1/2 px-12 my-8'), (6, 'App\Widgets\AccountBalance', 'widgets.account_balance', 'w-full lg:w-1/2 px-12 my-8'),
  (7, 'App\Widgets\Currencies', 'widgets.currencies', 'w-full lg:w-1/2 px-12 my-8')) w(k, class, name, width)
WHERE (d.name = 'Dashboard') OR (d.name = 'Cash flow' AND w.k IN (3, 6)) OR (d.name = 'Receivables' AND w.k IN (1, 7)) OR (d.name = 'Tax and VAT' AND w.k IN (4, 5))
ORDER BY d.id, w.k;

-- ---------------------------------------------------------------------------
-- Media: logos, attachments of bills and invoices, employees' documents,
-- users' pictures.

CREATE TABLE media (
    id serial PRIMARY KEY, company_id integer NOT NULL, disk varchar(32) NOT NULL, directory varchar(68) NOT NULL, filename varchar(191) NOT NULL, extension varchar(32) NOT NULL,
    mime_type varchar(128) NOT NULL, aggregate_type varchar(32) NOT NULL, size integer NOT NULL,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
CREATE TABLE mediables (media_id integer NOT NULL, mediable_type varchar(152) NOT NULL, mediable_id integer NOT NULL, tag varchar(68) NOT NULL, "order" integer NOT NULL,
    PRIMARY KEY (media_id, mediable_type, mediable_id, tag));

CREATE TABLE agen.md (id serial, company_id int, filename text, ext text, at timestamp, by int, mtype text, mid int, tag text);
INSERT INTO agen.md (company_id, filename, ext, at, by, mtype, mid, tag) VALUES
  (1, 'lindqvist-osei-logo', 'png', '2021-09-01 10:20:00', 1, 'App\Models\Common\Company', 1, 'company.logo'),
  (2, 'logo_la_higuera_final', 'png', '2022-01-17 15:30:00', 5, 'App\Models\Common\Company', 2, 'company.logo'),
  (3, 'kk-logo-rund', 'png', '2022-06-03 12:10:00', 6, 'App\Models\Common\Company', 3, 'company.logo');
INSERT INTO agen.md (company_id, filename, ext, at, by, mtype, mid, tag)
SELECT d.company_id,
       CASE WHEN d.type = 'bill' THEN CASE fixture_gen.n('mdb', d.id, 4) WHEN 0 THEN 'invoice_' || replace(d.document_number, '/', '-') WHEN 1 THEN replace(agen.fold(d.contact_name), ' ', '') || '_' || to_char(d.issued_at, 'YYYY-MM')
                                           WHEN 2 THEN 'scan' || to_char(d.issued_at, 'YYYYMMDD') || '_' || fixture_gen.digits('mds', d.id, 4) ELSE 'IMG_' || fixture_gen.digits('mdi', d.id, 4) END
            ELSE CASE d.company_id WHEN 1 THEN 'signed_engagement_letter_' || replace(lower(d.contact_name), ' ', '_') WHEN 2 THEN 'boceto_tarta_' || lower(split_part(d.contact_name, ' ', 1)) || '_' || to_char(d.issued_at, 'DDMM')
                 ELSE 'Anmeldung_' || replace(d.contact_name, ' ', '_') END END,
       CASE WHEN d.type = 'bill' AND fixture_gen.n('mdb', d.id, 4) = 3 THEN 'jpg' WHEN d.company_id = 2 AND d.type = 'invoice' THEN 'jpeg' ELSE 'pdf' END,
       d.created_at + interval '3 minutes', d.created_by, 'App\Models\Document\Document', d.id, 'attachment'
FROM documents d WHERE (d.type = 'bill' AND d.id % 2 = 0) OR (d.type = 'invoice' AND d.id % 7 = 2);
INSERT INTO agen.md (company_id, filename, ext, at, by, mtype, mid, tag)
SELECT c.company_id, f.prefix || replace(c.name, ' ', '_') || f.suffix, f.ext, c.created_at + interval '1 day', c.created_by, 'App\Models\Common\Contact', c.id, 'attachment'
FROM contacts c CROSS JOIN (VALUES (1, 'P45_', '_2023', 'pdf'), (2, 'passport_', '', 'jpg'), (3, 'contract_', '_signed', 'pdf')) f(k, prefix, suffix, ext)
WHERE c.type = 'employee' AND (f.k = 1 + c.id % 3 OR f.k = 3);
UPDATE agen.md SET filename = CASE company_id WHEN 2 THEN replace(replace(replace(replace(filename, 'P45_', 'nomina_'), 'passport_', 'DNI_'), 'contract_', 'contrato_'), '_signed', '_firmado')
                                           WHEN 3 THEN replace(replace(replace(replace(filename, 'P45_', 'Lohnabrechnung_'), 'passport_', 'Personalausweis_'), 'contract_', 'Arbeitsvertrag_'), '_signed', '_unterschrieben') ELSE filename END
WHERE mtype = 'App\Models\Common\Contact';
INSERT INTO agen.md (company_id, filename, ext, at, by, mtype, mid, tag)
SELECT coalesce((SELECT min(company_id) FROM user_companies WHERE user_id = u.id), 1), CASE WHEN u.id % 2 = 0 THEN 'IMG_' || fixture_gen.digits('mdu', u.id, 4) ELSE replace(lower(agen.fold(u.name)), ' ', '') || '_profile' END,
       'jpg', u.created_at + interval '2 days', u.id, 'App\Models\Auth\User', u.id, 'picture'
FROM users u WHERE u.id <= 8 OR u.id % 3 = 0;

INSERT INTO media (id, company_id, disk, directory, filename, extension, mime_type, aggregate_type, size, created_from, created_by, created_at, updated_at, deleted_at)
SELECT m.id, m.company_id, 'uploads', to_char(m.at, 'YYYY/MM/DD') || '/' || m.company_id || '/' || CASE m.tag WHEN 'company.logo' THEN 'settings' WHEN 'picture' THEN 'users' ELSE CASE WHEN m.mtype LIKE '%Contact' THEN 'contacts' ELSE 'documents' END END,
       m.filename, m.ext, CASE m.ext WHEN 'pdf' THEN 'application/pdf' WHEN 'png' THEN 'image/png' ELSE 'image/jpeg' END, CASE m.ext WHEN 'pdf' THEN 'pdf' ELSE 'image' END,
       CASE m.ext WHEN 'pdf' THEN 40000 + fixture_gen.n('mdsz', m.id, 900000) ELSE 18000 + fixture_gen.n('mdsz', m.id, 3500000) END,
       'core::ui', m.by, m.at, m.at, CASE WHEN m.id % 31 = 0 THEN m.at + interval '30 days' END
FROM agen.md m ORDER BY m.id;
INSERT INTO mediables SELECT m.id, m.mtype, m.mid, m.tag, 1 FROM agen.md m ORDER BY m.id;

-- ---------------------------------------------------------------------------
-- Apps.

CREATE TABLE modules (
    id serial PRIMARY KEY, company_id integer NOT NULL, alias varchar(255) NOT NULL, enabled boolean NOT NULL,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO modules (company_id, alias, enabled, created_from, created_by, created_at, updated_at, deleted_at)
SELECT co.id, m.alias, NOT (m.alias = 'paypal-standard' AND co.id = 2), CASE WHEN m.k <= 2 THEN 'core::seed' ELSE 'core::ui' END, CASE WHEN m.k <= 2 THEN NULL ELSE 1 END,
       c.created_at + m.k * interval '5 days', c.created_at + m.k * interval '50 days', NULL
FROM agen.co co JOIN companies c ON c.id = co.id CROSS JOIN (VALUES (1, 'offline-payments'), (2, 'paypal-standard'), (3, 'double-entry'), (4, 'bank-feeds'), (5, 'payroll'), (6, 'employees'), (7, 'receipts')) m(k, alias)
WHERE m.k <= 3 OR (co.id = 1 AND m.k <> 6) OR (co.id = 2 AND m.k IN (5, 6)) OR (co.id = 3 AND m.k IN (4, 6, 7))
ORDER BY co.id, m.k;

CREATE TABLE module_histories (
    id serial PRIMARY KEY, company_id integer NOT NULL, module_id integer NOT NULL, version varchar(255) NOT NULL, description text,
    created_from varchar(100), created_by integer, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO module_histories (company_id, module_id, version, description, created_from, created_by, created_at, updated_at, deleted_at)
SELECT m.company_id, m.id, v.ver, m.alias || CASE WHEN v.k = 1 THEN ' installed.' ELSE ' updated to ' || v.ver || '.' END, m.created_from, m.created_by,
       m.created_at + (v.k - 1) * interval '120 days', m.created_at + (v.k - 1) * interval '120 days', NULL
FROM modules m CROSS JOIN (VALUES (1, '3.0.0'), (2, '3.0.4'), (3, '3.1.2')) v(k, ver)
WHERE v.k = 1 OR m.id % 2 = 0 OR v.k = 3
ORDER BY m.id, v.k;

-- ---------------------------------------------------------------------------
-- Notifications, queues, sessions, tokens.

CREATE TABLE notifications (
    id uuid PRIMARY KEY, type varchar(255) NOT NULL, notifiable_type varchar(255) NOT NULL, notifiable_id bigint NOT NULL, data text NOT NULL, read_at timestamp(0),
    created_at timestamp(0), updated_at timestamp(0)
);
INSERT INTO notifications
SELECT fixture_gen.uuid('ntf', k)::uuid, x.type, 'App\Models\Auth\User', x.uid, x.data, CASE WHEN k % 3 <> 0 THEN x.at + interval '5 hours' END, x.at, x.at
FROM (
  SELECT row_number() OVER (ORDER BY h.created_at, h.id) AS k, h.created_at AS at,
         CASE h.status WHEN 'viewed' THEN 'App\Notifications\Sale\Invoice' ELSE 'App\Notifications\Portal\PaymentReceived' END AS type,
         CASE d.company_id WHEN 1 THEN 3 WHEN 2 THEN 5 ELSE 6 END AS uid,
         json_build_object('template_alias', CASE h.status WHEN 'viewed' THEN 'invoice_view_admin' ELSE 'invoice_payment_admin' END,
                           'title', CASE h.status WHEN 'viewed' THEN 'Invoice viewed' ELSE 'Payment received' END,
                           'description', '<b>' || d.contact_name || '</b> ' || CASE h.status WHEN 'viewed' THEN 'has viewed the' ELSE 'recorded a payment for' END || ' <a href="/' || d.company_id || '/sales/invoices/' || d.id || '">' || d.document_number || '</a> invoice.',
                           'invoice_id', d.id, 'invoice_number', d.document_number, 'customer_name', d.contact_name, 'customer_email', d.contact_email,
                           'amount', d.amount, 'invoice_status', d.status)::text AS data
  FROM document_histories h JOIN documents d ON d.id = h.document_id
  WHERE d.type = 'invoice' AND (h.status = 'viewed' OR (h.status = 'paid' AND d.id % 3 = 1))
  UNION ALL
  SELECT 1000 + d.id, d.due_at - interval '3 days', 'App\Notifications\Purchase\Bill', CASE d.company_id WHEN 1 THEN 4 WHEN 2 THEN 5 ELSE 6 END,
         json_build_object('template_alias', 'bill_remind_admin', 'title', 'Bill reminder', 'description', 'Bill <a href="/' || d.company_id || '/purchases/bills/' || d.id || '">' || d.document_number || '</a> to ' || d.contact_name || ' is due.',
                           'bill_id', d.id, 'bill_number', d.document_number, 'vendor_name', d.contact_name, 'amount', d.amount, 'bill_status', d.status)::text
  FROM documents d WHERE d.type = 'bill' AND d.id % 2 = 1
  UNION ALL
  SELECT 2000 + n, timestamp '2023-03-01 09:00:00' + n * interval '41 days', 'App\Notifications\Common\ImportCompleted', (ARRAY[3, 4, 5, 6])[1 + n % 4],
         json_build_object('title', 'Import completed', 'description', CASE n % 3 WHEN 0 THEN 'Customers' WHEN 1 THEN 'Transactions' ELSE 'Bills' END || ' have been imported successfully.', 'translation', 'import_completed')::text
  FROM generate_series(1, 12) n) x;

-- php_s: a PHP serialized string.
CREATE FUNCTION agen.php_s(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(convert_to(coalesce(v, ''), 'UTF8')) || ':"' || coalesce(v, '') || '";' $$;

-- A queued mail of a document: Laravel's job JSON carrying the serialized
-- notification and the anonymous notifiable routed to the contact's email.
CREATE FUNCTION agen.job(tag text, i bigint, d documents) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_object('uuid', fixture_gen.uuid(tag, i), 'displayName', 'App\Notifications\Sale\Invoice', 'job', 'Illuminate\Queue\CallQueuedHandler@call',
    'maxTries', NULL, 'maxExceptions', NULL, 'failOnTimeout', false, 'backoff', NULL, 'timeout', NULL, 'retryUntil', NULL,
    'data', json_build_object('commandName', 'Illuminate\Notifications\SendQueuedNotifications',
      'command', 'O:48:"Illuminate\Notifications\SendQueuedNotifications":3:{s:11:"notifiables";O:42:"Illuminate\Notifications\AnonymousNotifiable":1:{s:6:"routes";a:1:{s:4:"mail";'
        || agen.php_s(d.contact_email) || '}}s:12:"notification";O:30:"App\Notifications\Sale\Invoice":4:{s:7:"invoice";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:30:"App\Models\Document\Document";s:2:"id";i:'
        || d.id || ';s:9:"relations";a:2:{i:0;s:7:"contact";i:1;s:5:"items";}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}s:8:"template";'
        || agen.php_s('invoice_new_customer') || 's:12:"custom_mail";a:4:{s:2:"to";' || agen.php_s(d.contact_email) || 's:7:"subject";' || agen.php_s(d.document_number || ' invoice created')
        || 's:4:"body";' || agen.php_s('Dear ' || d.contact_name || ',<br /><br />We have prepared the following invoice for you: <strong>' || d.document_number || '</strong>.')
        || 's:3:"cc";' || agen.php_s(CASE WHEN i % 3 = 0 THEN (SELECT value FROM settings WHERE company_id = d.company_id AND key = 'company.email') ELSE '' END)
        || '}s:2:"id";' || agen.php_s(fixture_gen.uuid(tag || 'n', i)) || '}s:8:"channels";a:1:{i:0;s:4:"mail";}}'))::text
$$;

CREATE TABLE jobs (
    id bigserial PRIMARY KEY, queue varchar(255) NOT NULL, payload text NOT NULL, attempts smallint NOT NULL, reserved_at integer, available_at integer NOT NULL, created_at integer NOT NULL
);
INSERT INTO jobs (queue, payload, attempts, reserved_at, available_at, created_at)
SELECT 'default', agen.job('job', d.id, d), CASE WHEN d.id % 4 = 0 THEN 1 ELSE 0 END, CASE WHEN d.id % 4 = 0 THEN extract(epoch FROM d.created_at)::int + 60 END,
       extract(epoch FROM d.created_at)::int, extract(epoch FROM d.created_at)::int
FROM documents d WHERE d.type = 'invoice' AND d.issued_at >= timestamp '2024-04-10' AND d.contact_email IS NOT NULL ORDER BY d.id;

CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY, uuid varchar(255) NOT NULL UNIQUE, connection text NOT NULL, queue text NOT NULL, payload text NOT NULL, exception text NOT NULL, failed_at timestamp(0) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT fixture_gen.uuid('fjob', d.id), 'database', 'default', agen.job('fjob', d.id, d),
       CASE WHEN d.company_id = 2 AND d.id % 2 = 0 THEN
         'Symfony\Component\Mailer\Exception\TransportException: Failed to authenticate on SMTP server with username "' || (SELECT value FROM settings WHERE company_id = 2 AND key = 'email.smtp_username')
         || '" using the following authenticators: "LOGIN", "PLAIN", "XOAUTH2". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535-5.7.8 Username and Password not accepted. For more information, go to'
         || E'\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials ' || fixture_gen.chars('fjg', d.id, 20, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.1 - gsmtp"." in /var/www/akaunting/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php:247'
       ELSE 'Symfony\Component\Mailer\Exception\UnexpectedResponseException: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <' || d.contact_email
         || '>: Recipient address rejected: User unknown in virtual mailbox table". in /var/www/akaunting/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342' END
       || E'\nStack trace:\n#0 /var/www/akaunting/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(198): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()'
       || E'\n#1 /var/www/akaunting/vendor/symfony/mailer/Transport/AbstractTransport.php(68): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doSend()'
       || E'\n#2 /var/www/akaunting/vendor/laravel/framework/src/Illuminate/Mail/Mailer.php(521): Illuminate\\Mail\\Mailer->sendSymfonyMessage()\n#3 {main}',
       d.created_at + interval '2 minutes'
FROM documents d WHERE d.type = 'invoice' AND d.contact_email IS NOT NULL AND d.id % 11 = 4 ORDER BY d.id;

CREATE TABLE sessions (
    id varchar(255) PRIMARY KEY, user_id integer, ip_address varchar(45), user_agent text, payload text NOT NULL, last_activity integer NOT NULL
);
INSERT INTO sessions
SELECT agen.rnd('sid', s, 40), u.id, CASE WHEN s % 4 = 0 THEN fixture_gen.ipv6('sip', u.id) ELSE fixture_gen.ipv4('sip', u.id * 10 + s % 3) END,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
         'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0'], 'sua', u.id),
       translate(encode(convert_to('a:6:{s:6:"_token";' || agen.php_s(agen.rnd('stok', s, 40)) || 's:9:"_previous";a:1:{s:3:"url";'
         || agen.php_s('https://books.lindqvist-osei.example/' || uc.company_id || CASE WHEN u.id > 8 THEN '/portal/invoices' ELSE '/sales/invoices' END) || '}s:6:"_flash";a:2:{s:3:"old";a:0:{}s:3:"new";a:0:{}}'
         || 's:50:"login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d";i:' || u.id || ';s:21:"password_hash_web";' || agen.php_s(u.password)
         || 's:10:"company_id";i:' || uc.company_id || ';}', 'UTF8'), 'base64'), E'\n', ''),
       extract(epoch FROM timestamp '2024-06-27 18:00:00' - make_interval(mins => fixture_gen.n('sla', s, 20000)))::int
FROM generate_series(1, 60) s
JOIN users u ON u.id = 1 + fixture_gen.n('su', s, 36)
CROSS JOIN LATERAL (SELECT min(company_id) AS company_id FROM user_companies WHERE user_id = u.id) uc;

CREATE TABLE password_resets (email varchar(255) NOT NULL, token varchar(255) NOT NULL, created_at timestamp(0));
INSERT INTO password_resets
SELECT u.email, fixture_gen.bcrypt('prt', u.id), agen.at('prc', u.id, '2024-01-01', '2024-06-27') FROM users u WHERE u.id % 3 = 1 OR u.id IN (5, 7) ORDER BY u.id;

CREATE TABLE personal_access_tokens (
    id bigserial PRIMARY KEY, tokenable_type varchar(255) NOT NULL, tokenable_id bigint NOT NULL, name varchar(255) NOT NULL, token varchar(64) NOT NULL UNIQUE, abilities text,
    last_used_at timestamp(0), expires_at timestamp(0), created_at timestamp(0), updated_at timestamp(0)
);
INSERT INTO personal_access_tokens (tokenable_type, tokenable_id, name, token, abilities, last_used_at, expires_at, created_at, updated_at)
SELECT 'App\Models\Auth\User', t.uid, t.name, encode(sha256(convert_to('pat' || t.k || agen.rnd('pat', t.k, 40), 'UTF8')), 'hex'), t.ab,
       CASE WHEN t.k % 4 <> 0 THEN agen.at('patl', t.k, '2024-05-01', '2024-06-27') END, CASE WHEN t.k % 3 = 0 THEN timestamp '2025-01-01 00:00:00' END,
       agen.at('patc', t.k, '2022-03-01', '2024-04-01'), agen.at('patc', t.k, '2022-03-01', '2024-04-01')
FROM (VALUES (1, 1, 'Zapier', '["*"]'), (2, 4, 'Power BI export', '["read"]'), (3, 2, 'Mobile app', '["*"]'), (4, 5, 'Shopify sync', '["create","read"]'),
  (5, 6, 'Kursbuchung Website', '["create","read"]'), (6, 4, 'Bank feeds import', '["*"]'), (7, 3, 'Google Sheets', '["read"]'), (8, 1, 'Backup script', '["read"]'),
  (9, 6, 'Etsy Connector', '["create","read","update"]'), (10, 8, 'TPV sync', '["create"]'), (11, 2, 'n8n workflows', '["*"]'), (12, 7, 'Zapier', '["read"]')) t(k, uid, name, ab);

-- ---------------------------------------------------------------------------
-- Firewall: blocked IPs and the log of what was blocked.

CREATE TABLE firewall_logs (
    id serial PRIMARY KEY, ip varchar(255) NOT NULL, level varchar(255) NOT NULL DEFAULT 'medium', middleware varchar(255) NOT NULL, user_id integer, url text, referrer varchar(255), request text,
    created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO firewall_logs (id, ip, level, middleware, user_id, url, referrer, request, created_at, updated_at, deleted_at)
SELECT n, CASE WHEN m.mw = 'login' AND n % 3 = 0 THEN fixture_gen.ipv4('sip', u.id * 10 + 1) ELSE fixture_gen.ipv4('fwip', n % 40) END,
       CASE m.mw WHEN 'sqli' THEN 'critical' WHEN 'xss' THEN 'high' WHEN 'lfi' THEN 'high' ELSE 'medium' END, m.mw,
       CASE WHEN m.mw IN ('xss', 'sqli') AND n % 2 = 0 THEN u.id END,
       CASE m.mw
         WHEN 'login' THEN 'https://books.lindqvist-osei.example/auth/login'
         WHEN 'xss' THEN 'https://books.lindqvist-osei.example/' || (1 + n % 3) || '/sales/invoices?search=%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E'
         WHEN 'sqli' THEN 'https://books.lindqvist-osei.example/' || (1 + n % 3) || '/common/items?search=1%27%20OR%20%271%27%3D%271'
         WHEN 'lfi' THEN 'https://books.lindqvist-osei.example/../../../../etc/passwd'
         WHEN 'bot' THEN 'https://books.lindqvist-osei.example/' || d.company_id || '/signed/invoices/' || d.id || '?signature=' || encode(sha256(convert_to('signed.invoices.show' || d.id || agen.rnd('appkey', 1, 32), 'UTF8')), 'hex')
         ELSE 'https://books.lindqvist-osei.example/wp-login.php' END,
       CASE WHEN m.mw = 'bot' AND n % 3 <> 0 THEN 'https://outlook.office.com/' WHEN m.mw = 'xss' THEN 'https://books.lindqvist-osei.example/' || (1 + n % 3) || '/sales/invoices'
            WHEN m.mw = 'login' THEN 'https://books.lindqvist-osei.example/auth/login' END,
       CASE m.mw
         WHEN 'login' THEN '_token=' || agen.rnd('fwt', n, 40) || '&email=' || CASE WHEN n % 5 = 0 THEN 'admin@lindqvist-osei.example' ELSE u.email END || '&password='
              || CASE WHEN n % 5 = 0 THEN fixture_gen.pick(ARRAY['admin123', 'Password1', 'qwerty2024'], 'fwpw', n)
                      ELSE split_part(u.name, ' ', 1) || fixture_gen.pick(ARRAY['2023!', '1985', '#Sevilla', '_Koeln24', '!'], 'fwpw', n) END || '&remember=on'
         WHEN 'xss' THEN 'search=<script>alert(document.cookie)</script>&limit=25'
         WHEN 'sqli' THEN 'search=1'' OR ''1''=''1&limit=25'
         WHEN 'lfi' THEN ''
         WHEN 'bot' THEN ''
         ELSE 'log=admin&pwd=admin&wp-submit=Log+In' END,
       timestamp '2023-02-01 00:00:00' + make_interval(hours => n * 37 + fixture_gen.n('fwh', n, 30)), timestamp '2023-02-01 00:00:00' + make_interval(hours => n * 37 + fixture_gen.n('fwh', n, 30)), NULL
FROM generate_series(1, 160) n
CROSS JOIN LATERAL (SELECT (ARRAY['login', 'login', 'login', 'xss', 'sqli', 'lfi', 'bot', 'bot', 'php'])[1 + fixture_gen.n('fwm', n, 9)] AS mw) m
JOIN users u ON u.id = 1 + fixture_gen.n('fwu', n, 36)
JOIN documents d ON d.id = 1 + fixture_gen.n('fwd', n, 300);

CREATE TABLE firewall_ips (
    id serial PRIMARY KEY, ip varchar(255) NOT NULL, log_id integer, blocked boolean NOT NULL DEFAULT true, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0)
);
INSERT INTO firewall_ips (ip, log_id, blocked, created_at, updated_at, deleted_at)
SELECT l.ip, l.id, l.id % 6 <> 0, l.created_at, l.created_at, CASE WHEN l.id % 6 = 0 THEN l.created_at + interval '1 day' END
FROM (SELECT DISTINCT ON (ip) * FROM firewall_logs WHERE middleware <> 'bot' ORDER BY ip, id) l ORDER BY l.id;

CREATE TABLE migrations (id serial PRIMARY KEY, migration varchar(255) NOT NULL, batch integer NOT NULL);
INSERT INTO migrations (migration, batch) VALUES
  ('2017_09_14_000000_core_v1', 1), ('2020_01_08_000000_core_v200', 1), ('2020_10_13_000000_core_v210', 2), ('2021_04_01_000000_core_v220', 3), ('2021_05_17_000000_core_v2127', 4),
  ('2021_06_17_000000_core_v2126', 4), ('2021_09_01_000000_core_v2134', 5), ('2022_03_02_000000_core_v300', 6), ('2022_05_10_000000_core_v300', 6), ('2022_06_28_000000_core_v3015', 7),
  ('2022_08_29_000000_core_v3016', 7), ('2022_10_27_000000_core_v3017', 8), ('2023_06_22_000000_core_v3115', 9), ('2023_10_03_000000_core_v320', 10), ('2024_01_15_000000_core_v321', 11),
  ('2018_06_01_000000_firewall_ips', 1), ('2018_06_01_000000_firewall_logs', 1), ('2019_12_14_000001_create_personal_access_tokens_table', 6),
  ('2020_01_08_000000_offline_payments_v200', 1), ('2022_03_02_000000_double_entry_v300', 6), ('2022_04_11_000000_bank_feeds_v300', 6), ('2022_05_03_000000_payroll_v300', 6),
  ('2022_05_03_000000_employees_v300', 6), ('2023_02_20_000000_receipts_v300', 9);

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA agen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
