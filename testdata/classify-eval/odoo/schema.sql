-- classify-eval fixture (HOLDOUT, written after the first two holdouts had
-- been looked at repeatedly, and scored before the classifier change that
-- followed it; never tune against it): an Odoo 17 database, in Odoo's
-- naming: res_partner holding people and companies in one table,
-- res_users with passlib hashes, hr_employee with its private fields,
-- hr_applicant, crm_lead, mail_message and mail_tracking_value (the
-- chatter and its audit trail), ir_attachment, ir_config_parameter,
-- translatable names stored as jsonb ({"en_US": ...}), HTML fields, and
-- create_uid/write_uid on every business table. An office-furniture
-- distributor.
-- Loaded after ../helpers.sql; labels in labels.tsv.

-- A UUID4-shaped token (Odoo's access_token and database.secret).
CREATE FUNCTION fixture_gen.uuid4(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || substr('89ab', 1 + fixture_gen.n(tag, i, 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)
  FROM (SELECT md5(tag || '/' || i) AS h) x
$$;

-- passlib's pbkdf2_sha512, the hash Odoo stores in res_users.password.
CREATE FUNCTION fixture_gen.passlib(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$pbkdf2-sha512' || '$600000$' || fixture_gen.chars(tag || 's', i, 22, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
      || '$' || fixture_gen.chars(tag || 'h', i, 86, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- A company name of the kind a furniture distributor sells to.
CREATE FUNCTION fixture_gen.company(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.last_name(tag, i) || ' ' || fixture_gen.pick(ARRAY['Architects', 'Interiors', 'Consulting', 'Dental Clinic', 'Law Office',
      'Coworking', 'Bakery', 'Engineering', 'Studio', 'Logistics'], tag || 'k', i)
      || fixture_gen.pick(ARRAY[' Ltd', ' GmbH', ' SARL', ' B.V.', ' S.L.', ''], tag || 'f', i)
$$;

-- The twelve staff users: their names and work addresses.
CREATE FUNCTION fixture_gen.staff(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.first_name('un', i) || ' ' || fixture_gen.last_name('unl', i)
$$;

CREATE FUNCTION fixture_gen.staff_email(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(fixture_gen.first_name('un', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('unl', i)) || '@harbour-office.example'
$$;

-- ── Lookup tables ────────────────────────────────────────────────────────

CREATE TABLE res_country (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    code varchar(2) NOT NULL UNIQUE,
    phone_code integer,
    address_format text,
    create_date timestamp,
    write_date timestamp
);
INSERT INTO res_country (name, code, phone_code, address_format, create_date, write_date) VALUES
    ('{"en_US": "Germany", "de_DE": "Deutschland"}', 'DE', 49, E'%(street)s\n%(street2)s\n%(zip)s %(city)s\n%(country_name)s', '2023-01-02', '2023-01-02'),
    ('{"en_US": "France", "fr_FR": "France"}', 'FR', 33, E'%(street)s\n%(street2)s\n%(zip)s %(city)s\n%(country_name)s', '2023-01-02', '2023-01-02'),
    ('{"en_US": "United Kingdom"}', 'GB', 44, E'%(street)s\n%(street2)s\n%(city)s\n%(state_name)s\n%(zip)s\n%(country_name)s', '2023-01-02', '2023-01-02'),
    ('{"en_US": "Netherlands", "nl_NL": "Nederland"}', 'NL', 31, E'%(street)s\n%(street2)s\n%(zip)s %(city)s\n%(country_name)s', '2023-01-02', '2023-01-02'),
    ('{"en_US": "Spain", "es_ES": "España"}', 'ES', 34, E'%(street)s\n%(street2)s\n%(zip)s %(city)s (%(state_name)s)\n%(country_name)s', '2023-01-02', '2023-01-02'),
    ('{"en_US": "United States"}', 'US', 1, E'%(street)s\n%(street2)s\n%(city)s %(state_code)s %(zip)s\n%(country_name)s', '2023-01-02', '2023-01-02'),
    ('{"en_US": "India"}', 'IN', 91, E'%(street)s\n%(street2)s\n%(city)s %(zip)s\n%(state_name)s %(country_name)s', '2023-01-02', '2023-01-02'),
    ('{"en_US": "Belgium", "fr_FR": "Belgique", "nl_NL": "België"}', 'BE', 32, E'%(street)s\n%(street2)s\n%(zip)s %(city)s\n%(country_name)s', '2023-01-02', '2023-01-02');

CREATE TABLE res_country_state (
    id serial PRIMARY KEY,
    country_id integer NOT NULL REFERENCES res_country,
    name varchar NOT NULL,
    code varchar NOT NULL
);
INSERT INTO res_country_state (country_id, name, code) VALUES
    (1, 'Bayern', 'BY'), (1, 'Berlin', 'BE'), (1, 'Nordrhein-Westfalen', 'NW'), (2, 'Île-de-France', '11'), (2, 'Occitanie', '76'),
    (3, 'Greater Manchester', 'GMN'), (3, 'West Yorkshire', 'WYK'), (5, 'Sevilla', 'SE'), (5, 'Madrid', 'M'), (6, 'Texas', 'TX'),
    (6, 'Oregon', 'OR'), (7, 'Karnataka', 'KA'), (7, 'Maharashtra', 'MH');

CREATE TABLE res_partner_title (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    shortcut jsonb
);
INSERT INTO res_partner_title (name, shortcut) VALUES
    ('{"en_US": "Madam", "fr_FR": "Madame"}', '{"en_US": "Mrs."}'), ('{"en_US": "Miss"}', '{"en_US": "Miss"}'),
    ('{"en_US": "Mister", "fr_FR": "Monsieur"}', '{"en_US": "Mr."}'), ('{"en_US": "Doctor"}', '{"en_US": "Dr."}'),
    ('{"en_US": "Professor"}', '{"en_US": "Prof."}');

CREATE TABLE res_partner_industry (
    id serial PRIMARY KEY,
    name jsonb,
    full_name jsonb,
    active boolean
);
INSERT INTO res_partner_industry (name, full_name, active) VALUES
    ('{"en_US": "Administrative"}', '{"en_US": "Administrative and support service activities"}', true),
    ('{"en_US": "Construction"}', '{"en_US": "Construction"}', true),
    ('{"en_US": "Health/Social"}', '{"en_US": "Human health and social work activities"}', true),
    ('{"en_US": "Scientific"}', '{"en_US": "Professional, scientific and technical activities"}', true),
    ('{"en_US": "Food"}', '{"en_US": "Accommodation and food service activities"}', true);

CREATE TABLE res_bank (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    bic varchar,
    street varchar,
    zip varchar,
    city varchar,
    country integer REFERENCES res_country,
    phone varchar,
    email varchar,
    active boolean
);
INSERT INTO res_bank (name, bic, street, zip, city, country, phone, email, active) VALUES
    ('Deutsche Bank', 'DEUTDEFF', 'Taunusanlage 12', '60325', 'Frankfurt am Main', 1, '+49 69 910 00', 'service@db.example', true),
    ('Commerzbank', 'COBADEFF', 'Kaiserplatz 1', '60311', 'Frankfurt am Main', 1, '+49 69 136 20', NULL, true),
    ('BNP Paribas', 'BNPAFRPP', '16 boulevard des Italiens', '75009', 'Paris', 2, '+33 1 40 14 45 46', NULL, true),
    ('Barclays', 'BARCGB22', '1 Churchill Place', 'E14 5HP', 'London', 3, '+44 345 734 5345', NULL, true),
    ('ABN AMRO', 'ABNANL2A', 'Gustav Mahlerlaan 10', '1082 PP', 'Amsterdam', 4, '+31 20 343 4002', NULL, true),
    ('Banco Santander', 'BSCHESMM', 'Paseo de Pereda 9-12', '39004', 'Santander', 5, '+34 915 123 123', NULL, true),
    ('KBC Bank', 'KREDBEBB', 'Havenlaan 2', '1080', 'Brussel', 8, '+32 78 152 154', NULL, true);

-- ── Partners and users ───────────────────────────────────────────────────

-- res_partner holds companies (every fifth row), their contact people
-- and private customers in one table, as Odoo does.
CREATE TABLE res_partner (
    id serial PRIMARY KEY,
    name varchar,
    complete_name varchar,
    title integer REFERENCES res_partner_title,
    parent_id integer REFERENCES res_partner,
    ref varchar,
    lang varchar,
    tz varchar,
    vat varchar,
    company_registry varchar,
    website varchar,
    function varchar,
    type varchar,
    street varchar,
    street2 varchar,
    zip varchar,
    city varchar,
    state_id integer REFERENCES res_country_state,
    country_id integer REFERENCES res_country,
    partner_latitude numeric(10, 7),
    partner_longitude numeric(10, 7),
    email varchar,
    email_normalized varchar,
    phone varchar,
    mobile varchar,
    is_company boolean,
    industry_id integer REFERENCES res_partner_industry,
    color integer,
    active boolean,
    employee boolean,
    commercial_partner_id integer REFERENCES res_partner,
    commercial_company_name varchar,
    company_name varchar,
    barcode varchar,
    comment text,
    signup_token varchar,
    signup_type varchar,
    signup_expiration timestamp,
    message_bounce integer,
    customer_rank integer,
    supplier_rank integer,
    create_uid integer,
    create_date timestamp,
    write_uid integer,
    write_date timestamp
);
INSERT INTO res_partner (id, name, complete_name, title, parent_id, ref, lang, tz, vat, company_registry, website, function, type,
    street, street2, zip, city, state_id, country_id, partner_latitude, partner_longitude, email, email_normalized, phone, mobile,
    is_company, industry_id, color, active, employee, commercial_partner_id, commercial_company_name, company_name, barcode, comment,
    signup_token, signup_type, signup_expiration, message_bounce, customer_rank, supplier_rank, create_uid, create_date, write_uid, write_date)
SELECT i, p.name,
       CASE WHEN p.parent IS NOT NULL THEN fixture_gen.company('pc', p.parent) || ', ' || p.name ELSE p.name END,
       CASE WHEN NOT p.co AND i % 3 = 0 THEN 1 + fixture_gen.n('pti', i, 5) END,
       p.parent,
       CASE WHEN i % 4 = 0 THEN 'C' || lpad(i::text, 5, '0') END,
       fixture_gen.pick(ARRAY['en_US', 'en_GB', 'de_DE', 'fr_FR', 'nl_NL', 'es_ES'], 'plg', i),
       fixture_gen.pick(ARRAY['Europe/Berlin', 'Europe/Paris', 'Europe/London', 'Europe/Amsterdam', 'Europe/Madrid', 'America/Chicago', 'Asia/Kolkata'], 'ptz', i),
       CASE WHEN p.co THEN fixture_gen.vat('pv', i) WHEN i % 11 = 0 THEN fixture_gen.vat('pvs', i) END,
       CASE WHEN p.co THEN CASE i % 3 WHEN 0 THEN 'HRB ' || fixture_gen.digits('hrb', i, 6) WHEN 1 THEN fixture_gen.luhn(fixture_gen.digits('sir', i, 8)) ELSE fixture_gen.digits('chn', i, 8) END END,
       CASE WHEN p.co THEN 'https://www.' || fixture_gen.ascii(fixture_gen.last_name('pc', i)) || '-' || fixture_gen.pick(ARRAY['interiors', 'studio', 'group', 'office'], 'pw', i) || '.example' END,
       CASE WHEN p.parent IS NOT NULL THEN fixture_gen.pick(ARRAY['Office Manager', 'Head of Procurement', 'Facilities Coordinator', 'Managing Partner',
           'Interior Designer', 'Chief Financial Officer', 'Purchasing Agent', 'Practice Manager', 'Operations Director'], 'pfn', i) END,
       CASE WHEN p.parent IS NULL THEN 'contact' ELSE fixture_gen.pick(ARRAY['contact', 'contact', 'invoice', 'delivery', 'other'], 'pty', i) END,
       fixture_gen.street('pst', i),
       CASE i % 6 WHEN 0 THEN 'Floor ' || (1 + i % 9) WHEN 1 THEN 'Apt ' || (1 + fixture_gen.n('pap', i, 80)) || 'B' WHEN 2 THEN 'c/o ' || fixture_gen.full_name('pco', i) END,
       fixture_gen.postcode('pzp', i), fixture_gen.city('pct', i),
       CASE WHEN i % 3 = 0 THEN 1 + fixture_gen.n('pss', i, 13) END, 1 + fixture_gen.n('pcn', i, 8),
       CASE WHEN i % 4 <> 0 THEN 40.0 + fixture_gen.n('plat', i, 1500000) / 100000.0 END,
       CASE WHEN i % 4 <> 0 THEN -5.0 + fixture_gen.n('plon', i, 2000000) / 100000.0 END,
       p.email, lower(p.email),
       CASE WHEN i % 5 <> 3 THEN fixture_gen.phone('pph', i) END,
       CASE WHEN NOT p.co AND i % 2 = 0 THEN fixture_gen.phone('pmo', i) END,
       p.co, CASE WHEN p.co THEN 1 + fixture_gen.n('pin', i, 5) END, fixture_gen.n('pcl', i, 12), i % 29 <> 0, false,
       COALESCE(p.parent, i),
       CASE WHEN p.co THEN p.name WHEN p.parent IS NOT NULL THEN fixture_gen.company('pc', p.parent) END,
       CASE WHEN NOT p.co AND p.parent IS NULL AND i % 3 = 0 THEN fixture_gen.company('pcn', i) END,
       CASE WHEN i % 7 = 0 THEN '0421' || fixture_gen.digits('pbc', i, 9) END,
       CASE i % 8
           WHEN 0 THEN '<p>Prefers deliveries before 10am. Ask for ' || fixture_gen.first_name('pcm', i) || ' at reception, ' || fixture_gen.phone('pcm', i) || '.</p>'
           WHEN 1 THEN '<p>Key account: 4% discount agreed on all seating until the end of the year.</p>'
           WHEN 2 THEN '<p>Met ' || p.name || ' at Orgatec; interested in acoustic booths. Home office at ' || fixture_gen.street('pch', i) || '.</p>'
           WHEN 3 THEN '<p>Pays late. Send reminders to ' || fixture_gen.email('pcr', i) || ' as well.</p>'
       END,
       CASE WHEN i % 9 = 0 THEN fixture_gen.chars('psu', i, 20) END,
       CASE WHEN i % 9 = 0 THEN fixture_gen.pick(ARRAY['signup', 'reset'], 'pstp', i) END,
       CASE WHEN i % 9 = 0 THEN fixture_gen.stamp('psx', i)::timestamp END,
       CASE WHEN i % 23 = 0 THEN 1 + i % 3 ELSE 0 END, fixture_gen.n('pcr', i, 6), CASE WHEN p.co THEN fixture_gen.n('psr', i, 3) ELSE 0 END,
       1 + i % 12, fixture_gen.stamp('pcd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('pwd', i)::timestamp
FROM generate_series(1, 600) i,
LATERAL (SELECT i % 5 = 0 AS co, CASE WHEN i % 5 IN (1, 2) AND i > 5 THEN i - i % 5 END AS parent) c,
LATERAL (SELECT c.co, c.parent,
    CASE WHEN c.co THEN fixture_gen.company('pc', i) ELSE fixture_gen.full_name('pn', i) END AS name,
    CASE WHEN c.co THEN 'info@' || fixture_gen.ascii(fixture_gen.last_name('pc', i)) || '-' || fixture_gen.pick(ARRAY['interiors', 'studio', 'group', 'office'], 'pw', i) || '.example'
         WHEN c.parent IS NOT NULL THEN fixture_gen.ascii(fixture_gen.first_name('pn', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('pn', i)) || '@' || fixture_gen.ascii(fixture_gen.last_name('pc', c.parent)) || '-' || fixture_gen.pick(ARRAY['interiors', 'studio', 'group', 'office'], 'pw', c.parent) || '.example'
         ELSE fixture_gen.email('pn', i) END AS email) p;
SELECT setval('res_partner_id_seq', 600);

CREATE TABLE res_users (
    id serial PRIMARY KEY,
    login varchar NOT NULL UNIQUE,
    password varchar,
    partner_id integer NOT NULL REFERENCES res_partner,
    company_id integer,
    active boolean DEFAULT true,
    share boolean,
    signature text,
    action_id integer,
    notification_type varchar NOT NULL,
    odoobot_state varchar,
    totp_secret varchar,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
-- Users 1-12 are staff (partners 601-612, made below); 13-60 are portal
-- users, customers with a login.
INSERT INTO res_partner (id, name, complete_name, lang, tz, email, email_normalized, phone, is_company, active, employee, commercial_partner_id, create_uid, create_date, write_uid, write_date)
SELECT 600 + i, fixture_gen.staff(i), fixture_gen.staff(i), 'en_US', 'Europe/Berlin',
       fixture_gen.staff_email(i), fixture_gen.staff_email(i),
       '+49 40 5550 ' || lpad((100 + i)::text, 4, '0'), false, true, true, 600 + i, 1, fixture_gen.stamp('upc', i)::timestamp, 1, fixture_gen.stamp('upw', i)::timestamp
FROM generate_series(1, 12) i;
SELECT setval('res_partner_id_seq', 612);
INSERT INTO res_users (login, password, partner_id, company_id, active, share, signature, action_id, notification_type, odoobot_state, totp_secret, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN i <= 12 THEN fixture_gen.staff_email(i) ELSE fixture_gen.email('pn', i * 7) END,
       fixture_gen.passlib('upw', i),
       CASE WHEN i <= 12 THEN 600 + i ELSE i * 7 END, 1, i % 17 <> 0, i > 12,
       CASE WHEN i <= 12 THEN '<span data-o-mail-quote="1">-- <br data-o-mail-quote="1">' || fixture_gen.staff(i) || '<br>'
           || fixture_gen.pick(ARRAY['Sales', 'Customer Care', 'Warehouse', 'Accounting'], 'usg', i) || ' | Harbour Office Supplies<br>+49 40 5550 ' || lpad((100 + i)::text, 4, '0') || '</span>'
            ELSE '<p><br></p>' END,
       NULL, CASE WHEN i <= 12 THEN 'inbox' ELSE 'email' END,
       CASE WHEN i <= 12 THEN fixture_gen.pick(ARRAY['onboarding_emoji', 'onboarding_attachement', 'onboarding_command', 'idle', 'disabled'], 'uob', i) END,
       CASE WHEN i <= 12 AND i % 2 = 0 THEN fixture_gen.chars('utotp', i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       NULL, fixture_gen.stamp('ucd', i)::timestamp, NULL, fixture_gen.stamp('uwd', i)::timestamp
FROM generate_series(1, 60) i;
UPDATE res_users SET create_uid = 1, write_uid = 1 + id % 12;
UPDATE res_partner SET create_uid = 1 + id % 12, write_uid = 1 + id % 12;
ALTER TABLE res_partner ADD FOREIGN KEY (create_uid) REFERENCES res_users, ADD FOREIGN KEY (write_uid) REFERENCES res_users;

CREATE TABLE res_users_apikeys (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    user_id integer NOT NULL REFERENCES res_users,
    scope varchar,
    index varchar(8) NOT NULL,
    key varchar NOT NULL,
    create_date timestamp
);
INSERT INTO res_users_apikeys (name, user_id, scope, index, key, create_date)
SELECT fixture_gen.pick(ARRAY['Zapier', 'Shopify connector', 'Power BI export', 'Warehouse scanner', 'n8n'], 'akn', i), 1 + i % 12, NULL,
       substr(encode(sha256(convert_to('odoo-apikey' || i, 'UTF8')), 'hex'), 1, 8), fixture_gen.passlib('akh', i), fixture_gen.stamp('akc', i)::timestamp
FROM generate_series(1, 18) i;

CREATE TABLE res_company (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    partner_id integer NOT NULL REFERENCES res_partner,
    currency_id integer NOT NULL,
    sequence integer,
    company_registry varchar,
    report_header jsonb,
    report_footer jsonb,
    create_uid integer REFERENCES res_users,
    create_date timestamp
);
INSERT INTO res_partner (id, name, complete_name, is_company, street, zip, city, country_id, email, phone, vat, active, employee, commercial_partner_id, create_uid, create_date)
VALUES (613, 'Harbour Office Supplies GmbH', 'Harbour Office Supplies GmbH', true, 'Am Sandtorkai 48', '20457', 'Hamburg', 1, 'info@harbour-office.example', '+49 40 5550 100', 'DE811569869', true, false, 613, 1, '2023-01-02');
SELECT setval('res_partner_id_seq', 613);
INSERT INTO res_company (name, partner_id, currency_id, sequence, company_registry, report_header, report_footer, create_uid, create_date)
VALUES ('Harbour Office Supplies GmbH', 613, 1, 10, 'HRB 154862', '{"en_US": "Office furniture since 1987"}',
    '{"en_US": "Harbour Office Supplies GmbH · Am Sandtorkai 48 · 20457 Hamburg · Deutsche Bank · DE89 3704 0044 0532 0130 00"}', 1, '2023-01-02');

CREATE TABLE res_partner_bank (
    id serial PRIMARY KEY,
    acc_number varchar NOT NULL,
    sanitized_acc_number varchar,
    acc_holder_name varchar,
    partner_id integer NOT NULL REFERENCES res_partner,
    bank_id integer REFERENCES res_bank,
    company_id integer,
    currency_id integer,
    active boolean,
    allow_out_payment boolean,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO res_partner_bank (acc_number, sanitized_acc_number, acc_holder_name, partner_id, bank_id, company_id, currency_id, active, allow_out_payment, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN i % 5 = 4 THEN fixture_gen.digits('acc', i, 10) ELSE regexp_replace(b.iban, '(.{4})', '\1 ', 'g') END,
       CASE WHEN i % 5 = 4 THEN fixture_gen.digits('acc', i, 10) ELSE b.iban END,
       CASE WHEN i % 3 <> 0 THEN CASE WHEN (i * 3) % 5 = 0 THEN fixture_gen.company('pc', i * 3) ELSE fixture_gen.full_name('pn', i * 3) END END,
       i * 3, 1 + fixture_gen.n('bkb', i, 7), 1, 1, true, i % 4 = 0, 1 + i % 12, fixture_gen.stamp('bkc', i)::timestamp, 1 + i % 12, fixture_gen.stamp('bkw', i)::timestamp
FROM generate_series(1, 200) i, LATERAL (SELECT fixture_gen.iban_for('bki', i) AS iban) b;

-- ── HR ───────────────────────────────────────────────────────────────────

CREATE TABLE hr_department (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    complete_name varchar,
    parent_id integer REFERENCES hr_department,
    manager_id integer,
    company_id integer,
    active boolean
);
INSERT INTO hr_department (name, complete_name, parent_id, company_id, active) VALUES
    ('{"en_US": "Management"}', 'Management', NULL, 1, true), ('{"en_US": "Sales", "de_DE": "Vertrieb"}', 'Management / Sales', 1, 1, true),
    ('{"en_US": "Warehouse", "de_DE": "Lager"}', 'Management / Warehouse', 1, 1, true), ('{"en_US": "Accounting"}', 'Management / Accounting', 1, 1, true),
    ('{"en_US": "Customer Care"}', 'Management / Sales / Customer Care', 2, 1, true);

CREATE TABLE hr_job (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    description text,
    department_id integer REFERENCES hr_department,
    no_of_recruitment integer,
    active boolean,
    create_date timestamp
);
INSERT INTO hr_job (name, description, department_id, no_of_recruitment, active, create_date) VALUES
    ('{"en_US": "Sales Representative"}', '<p>You will advise architects and facility managers on office layouts and close deals across northern Germany. Driving licence required.</p>', 2, 2, true, '2023-02-01'),
    ('{"en_US": "Warehouse Operative"}', '<p>Picking, packing and loading furniture orders. Forklift licence is a plus. Shifts from 6am.</p>', 3, 3, true, '2023-02-01'),
    ('{"en_US": "Accountant"}', '<p>Month-end closing, supplier invoices and VAT returns with our tax advisor.</p>', 4, 1, true, '2023-02-01'),
    ('{"en_US": "Customer Care Agent"}', '<p>Answer customer calls and e-mails, plan deliveries and handle returns. German and English required.</p>', 5, 1, true, '2023-02-01'),
    ('{"en_US": "Delivery Driver"}', '<p>Deliver and assemble furniture at customer offices. Category C1 licence.</p>', 3, 2, true, '2023-02-01');

CREATE TABLE hr_employee (
    id serial PRIMARY KEY,
    name varchar,
    user_id integer REFERENCES res_users,
    work_contact_id integer REFERENCES res_partner,
    company_id integer NOT NULL,
    department_id integer REFERENCES hr_department,
    job_id integer REFERENCES hr_job,
    job_title varchar,
    parent_id integer REFERENCES hr_employee,
    coach_id integer REFERENCES hr_employee,
    work_email varchar,
    work_phone varchar,
    mobile_phone varchar,
    private_street varchar,
    private_street2 varchar,
    private_city varchar,
    private_zip varchar,
    private_state_id integer REFERENCES res_country_state,
    private_country_id integer REFERENCES res_country,
    private_email varchar,
    private_phone varchar,
    birthday date,
    place_of_birth varchar,
    country_of_birth integer REFERENCES res_country,
    country_id integer REFERENCES res_country,
    gender varchar,
    marital varchar NOT NULL,
    spouse_complete_name varchar,
    spouse_birthdate date,
    children integer,
    emergency_contact varchar,
    emergency_phone varchar,
    km_home_work integer,
    identification_id varchar,
    ssnid varchar,
    passport_id varchar,
    permit_no varchar,
    visa_no varchar,
    visa_expire date,
    certificate varchar,
    study_field varchar,
    study_school varchar,
    barcode varchar,
    pin varchar,
    notes text,
    employee_type varchar NOT NULL,
    color integer,
    active boolean,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO hr_employee (name, user_id, work_contact_id, company_id, department_id, job_id, job_title, parent_id, coach_id, work_email, work_phone, mobile_phone,
    private_street, private_street2, private_city, private_zip, private_state_id, private_country_id, private_email, private_phone, birthday, place_of_birth,
    country_of_birth, country_id, gender, marital, spouse_complete_name, spouse_birthdate, children, emergency_contact, emergency_phone, km_home_work,
    identification_id, ssnid, passport_id, permit_no, visa_no, visa_expire, certificate, study_field, study_school, barcode, pin, notes, employee_type, color, active,
    create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN i <= 12 THEN fixture_gen.staff(i) ELSE fixture_gen.full_name('em', i) END,
       CASE WHEN i <= 12 THEN i END, CASE WHEN i <= 12 THEN 600 + i END, 1, 1 + i % 5, 1 + i % 5,
       (ARRAY['Managing Director', 'Sales Representative', 'Warehouse Operative', 'Accountant', 'Customer Care Agent'])[1 + i % 5]
           || CASE WHEN i % 7 = 0 THEN ' (Senior)' ELSE '' END,
       CASE WHEN i > 1 THEN 1 END, CASE WHEN i > 5 THEN 1 + i % 5 END,
       CASE WHEN i <= 12 THEN fixture_gen.staff_email(i) ELSE fixture_gen.ascii(fixture_gen.first_name('em', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('em', i)) || '@harbour-office.example' END,
       '+49 40 5550 ' || lpad((100 + i)::text, 4, '0'),
       CASE WHEN i % 3 <> 0 THEN fixture_gen.phone('emm', i) END,
       fixture_gen.street('eps', i), CASE WHEN i % 4 = 0 THEN (1 + i % 4) || '. OG links' END,
       fixture_gen.pick(ARRAY['Hamburg', 'Norderstedt', 'Pinneberg', 'Ahrensburg', 'Lüneburg', 'Buxtehude'], 'epc', i),
       fixture_gen.pick(ARRAY['20', '22', '21'], 'epz', i) || fixture_gen.digits('epz', i, 3), NULL, 1,
       fixture_gen.email('epe', i), fixture_gen.phone('epp', i), fixture_gen.birth_date('ebd', i),
       fixture_gen.city('epb', i), 1 + fixture_gen.n('ecb', i, 8), 1 + fixture_gen.n('ecn', i, 8),
       fixture_gen.pick(ARRAY['male', 'female', 'female', 'male', 'other'], 'egd', i),
       fixture_gen.pick(ARRAY['single', 'married', 'cohabitant', 'widower', 'divorced'], 'emr', i),
       CASE WHEN fixture_gen.pick(ARRAY['single', 'married', 'cohabitant', 'widower', 'divorced'], 'emr', i) IN ('married', 'cohabitant') THEN fixture_gen.full_name('esp', i) END,
       CASE WHEN fixture_gen.pick(ARRAY['single', 'married', 'cohabitant', 'widower', 'divorced'], 'emr', i) IN ('married', 'cohabitant') THEN fixture_gen.birth_date('esb', i) END,
       fixture_gen.n('ech', i, 4),
       fixture_gen.full_name('eec', i), fixture_gen.phone('eep', i), 2 + fixture_gen.n('ekm', i, 60),
       CASE i % 3 WHEN 0 THEN fixture_gen.digits('eid', i, 11) WHEN 1 THEN fixture_gen.nino('eid', i) ELSE 'L' || fixture_gen.chars('eid', i, 8, 'CFGHJKLMNPRTVWXYZ0123456789') END,
       CASE WHEN i % 4 = 0 THEN fixture_gen.ssn('essn', i) ELSE fixture_gen.digits('esv', i, 2) || fixture_gen.digits('esw', i, 6) || fixture_gen.chars('esl', i, 1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') || fixture_gen.digits('esx', i, 3) END,
       CASE WHEN i % 2 = 0 THEN CASE WHEN i % 4 = 0 THEN fixture_gen.digits('epass', i, 9) ELSE 'C' || fixture_gen.chars('epass', i, 8, 'CFGHJKLMNPRTVWXYZ0123456789') END END,
       CASE WHEN i % 6 = 1 THEN 'HH-' || fixture_gen.digits('epm', i, 7) END,
       CASE WHEN i % 6 = 1 THEN 'D' || fixture_gen.digits('evn', i, 9) END,
       CASE WHEN i % 6 = 1 THEN date '2025-01-01' + fixture_gen.n('eve', i, 900) END,
       fixture_gen.pick(ARRAY['graduate', 'bachelor', 'master', 'doctor', 'other'], 'ecert', i),
       fixture_gen.pick(ARRAY['Business Administration', 'Logistics', 'Accounting', 'Interior Architecture', 'Mechanical Engineering', 'German Studies'], 'esf', i),
       fixture_gen.pick(ARRAY['Universität Hamburg', 'HAW Hamburg', 'Leuphana Universität Lüneburg', 'TU München', 'University of Leeds', 'Université de Lyon'], 'ess', i),
       '041' || fixture_gen.digits('ebc', i, 9), fixture_gen.digits('epin', i, 4),
       CASE i % 5 WHEN 0 THEN '<p>Needs a sit-stand desk after back surgery in March; see occupational health letter.</p>'
                  WHEN 1 THEN '<p>Company car: HH-HO ' || (100 + i) || '. Fuel card issued.</p>'
                  WHEN 2 THEN '<p>On parental leave until ' || to_char(date '2024-03-01' + i * 5, 'DD.MM.YYYY') || '; cover by ' || fixture_gen.full_name('ecv', i) || '.</p>' END,
       fixture_gen.pick(ARRAY['employee', 'employee', 'employee', 'student', 'freelance'], 'ety', i), fixture_gen.n('eco', i, 12), i % 19 <> 0,
       1, fixture_gen.stamp('ecd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('ewd', i)::timestamp
FROM generate_series(1, 80) i;

CREATE TABLE hr_applicant (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    partner_name varchar,
    email_from varchar,
    email_cc text,
    partner_phone varchar,
    partner_phone_sanitized varchar,
    linkedin_profile varchar,
    job_id integer REFERENCES hr_job,
    department_id integer REFERENCES hr_department,
    stage_id integer,
    user_id integer REFERENCES res_users,
    salary_expected double precision,
    salary_proposed double precision,
    availability date,
    description text,
    kanban_state varchar NOT NULL,
    priority varchar,
    active boolean,
    date_closed timestamp,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO hr_applicant (name, partner_name, email_from, email_cc, partner_phone, partner_phone_sanitized, linkedin_profile, job_id, department_id, stage_id, user_id,
    salary_expected, salary_proposed, availability, description, kanban_state, priority, active, date_closed, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN i % 3 = 0 THEN 'Application: ' ELSE '' END || (ARRAY['Sales Representative', 'Warehouse Operative', 'Accountant', 'Customer Care Agent', 'Delivery Driver'])[1 + i % 5],
       fixture_gen.full_name('ap', i), fixture_gen.email('ap', i), CASE WHEN i % 10 = 0 THEN fixture_gen.email('apc', i) END,
       fixture_gen.phone('ap', i), '+' || fixture_gen.pick(ARRAY['49', '44', '33', '31', '34'], 'aps', i) || fixture_gen.digits('aps', i, 10),
       CASE WHEN i % 2 = 0 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(fixture_gen.first_name('ap', i)) || '-' || fixture_gen.ascii(fixture_gen.last_name('ap', i)) || '-' || substr(md5('li' || i), 1, 8) END,
       1 + i % 5, 2 + i % 4, 1 + fixture_gen.n('ast', i, 6), 1 + i % 12,
       (32000 + 1000 * fixture_gen.n('ase', i, 40))::double precision, CASE WHEN i % 4 = 0 THEN (30000 + 1000 * fixture_gen.n('asp', i, 40))::double precision END,
       date '2024-01-01' + fixture_gen.n('aav', i, 300),
       CASE i % 4 WHEN 0 THEN '<p>Dear hiring team,</p><p>after six years in furniture retail I am looking for a new challenge. You can reach me on ' || fixture_gen.phone('ap', i) || ' after 5pm.</p><p>Kind regards,<br>' || fixture_gen.full_name('ap', i) || '</p>'
                  WHEN 1 THEN '<p>Referred by ' || fixture_gen.staff(1 + i % 12) || ' from the warehouse team.</p>'
                  WHEN 2 THEN '<p>Strong Excel skills, available immediately, holds a forklift licence.</p>' END,
       fixture_gen.pick(ARRAY['normal', 'done', 'blocked'], 'aks', i), fixture_gen.pick(ARRAY['0', '1', '2', '3'], 'apr', i), i % 13 <> 0,
       CASE WHEN i % 5 = 0 THEN fixture_gen.stamp('adc', i)::timestamp END,
       1 + i % 12, fixture_gen.stamp('acd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('awd', i)::timestamp
FROM generate_series(1, 150) i;

-- ── CRM, sales, invoicing, delivery ─────────────────────────────────────

CREATE TABLE crm_lead (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    partner_id integer REFERENCES res_partner,
    contact_name varchar,
    partner_name varchar,
    email_from varchar,
    email_cc text,
    phone varchar,
    mobile varchar,
    function varchar,
    title integer REFERENCES res_partner_title,
    street varchar,
    street2 varchar,
    zip varchar,
    city varchar,
    state_id integer REFERENCES res_country_state,
    country_id integer REFERENCES res_country,
    website varchar,
    description text,
    referred varchar,
    type varchar NOT NULL,
    priority varchar,
    stage_id integer,
    user_id integer REFERENCES res_users,
    expected_revenue numeric,
    probability double precision,
    date_deadline date,
    active boolean,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO crm_lead (name, partner_id, contact_name, partner_name, email_from, email_cc, phone, mobile, function, title, street, street2, zip, city, state_id, country_id,
    website, description, referred, type, priority, stage_id, user_id, expected_revenue, probability, date_deadline, active, create_uid, create_date, write_uid, write_date)
SELECT (ARRAY['40 ergonomic chairs', 'Acoustic booths for open-plan office', 'Reception desk and waiting area', 'Meeting room refurbishment',
            'Sit-stand desks, second floor', 'Canteen furniture', 'Storage walls', 'Home-office bundle'])[1 + i % 8]
           || CASE WHEN i % 2 = 0 THEN ' - ' || fixture_gen.company('lc', i) ELSE '' END,
       CASE WHEN i % 3 = 0 THEN 1 + i % 600 END,
       fixture_gen.full_name('lc', i), CASE WHEN i % 4 <> 3 THEN fixture_gen.company('lc', i) END,
       fixture_gen.email('lc', i), CASE WHEN i % 8 = 0 THEN fixture_gen.email('lcc', i) || ', ' || fixture_gen.email('lcd', i) END,
       fixture_gen.phone('lcp', i), CASE WHEN i % 2 = 1 THEN fixture_gen.phone('lcm', i) END,
       CASE WHEN i % 4 <> 3 THEN fixture_gen.pick(ARRAY['Office Manager', 'Head of Procurement', 'Facilities Coordinator', 'Managing Partner', 'Practice Manager'], 'lfn', i) END,
       CASE WHEN i % 3 = 0 THEN 1 + fixture_gen.n('lti', i, 5) END,
       fixture_gen.street('lst', i), CASE WHEN i % 5 = 0 THEN 'Unit ' || (1 + i % 40) END,
       fixture_gen.postcode('lzp', i), fixture_gen.city('lct', i), CASE WHEN i % 4 = 0 THEN 1 + fixture_gen.n('lss', i, 13) END, 1 + fixture_gen.n('lcn', i, 8),
       CASE WHEN i % 4 <> 3 AND i % 2 = 0 THEN 'https://www.' || fixture_gen.ascii(fixture_gen.last_name('lc', i)) || '-studio.example' END,
       CASE i % 5 WHEN 0 THEN '<p>Met at Orgatec Köln. They move into the new office in ' || to_char(date '2024-02-01' + i, 'FMMonth') || ' and need 30 desks.</p>'
                  WHEN 1 THEN '<p>' || fixture_gen.first_name('lc', i) || ' called from her mobile ' || fixture_gen.phone('lcm', i) || '; budget approved by ' || fixture_gen.full_name('lcb', i) || '.</p>'
                  WHEN 2 THEN '<p>Website form: "We are a team of 12 looking for quiet meeting spaces."</p>'
                  WHEN 3 THEN '<p>Send the catalogue to ' || fixture_gen.street('lsd', i) || ', ' || fixture_gen.city('lsd', i) || '.</p>' END,
       CASE WHEN i % 6 = 0 THEN fixture_gen.full_name('lrf', i) WHEN i % 6 = 1 THEN fixture_gen.pick(ARRAY['Orgatec 2024', 'Google Ads', 'Architect network'], 'lrs', i) END,
       CASE WHEN i % 3 = 0 THEN 'opportunity' ELSE 'lead' END, fixture_gen.pick(ARRAY['0', '1', '2', '3'], 'lpr', i), 1 + fixture_gen.n('lsg', i, 5), 1 + i % 12,
       (1000 * (2 + fixture_gen.n('lrv', i, 80)))::numeric, fixture_gen.n('lpb', i, 100)::double precision,
       date '2024-01-01' + fixture_gen.n('ldd', i, 400), i % 11 <> 0,
       1 + i % 12, fixture_gen.stamp('lcd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('lwd', i)::timestamp
FROM generate_series(1, 300) i;

CREATE TABLE sale_order (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    partner_id integer NOT NULL REFERENCES res_partner,
    partner_invoice_id integer NOT NULL REFERENCES res_partner,
    partner_shipping_id integer NOT NULL REFERENCES res_partner,
    opportunity_id integer REFERENCES crm_lead,
    client_order_ref varchar,
    origin varchar,
    state varchar,
    date_order timestamp NOT NULL,
    validity_date date,
    require_signature boolean,
    signed_by varchar,
    signed_on timestamp,
    signature bytea,
    access_token varchar,
    note text,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    user_id integer REFERENCES res_users,
    company_id integer NOT NULL,
    currency_id integer,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO sale_order (name, partner_id, partner_invoice_id, partner_shipping_id, opportunity_id, client_order_ref, origin, state, date_order, validity_date,
    require_signature, signed_by, signed_on, signature, access_token, note, amount_untaxed, amount_tax, amount_total, user_id, company_id, currency_id,
    create_uid, create_date, write_uid, write_date)
SELECT 'S' || lpad(i::text, 5, '0'), p, p, CASE WHEN i % 4 = 0 THEN 1 + (p + 1) % 600 ELSE p END, CASE WHEN i % 3 = 0 THEN 1 + i % 300 END,
       CASE WHEN i % 3 = 1 THEN 'PO-' || fixture_gen.digits('cor', i, 5) END, CASE WHEN i % 10 = 0 THEN 'S' || lpad((i - 1)::text, 5, '0') END,
       fixture_gen.pick(ARRAY['draft', 'sent', 'sale', 'sale', 'cancel'], 'sst', i), fixture_gen.stamp('sdo', i)::timestamp, date '2024-01-01' + fixture_gen.n('svd', i, 400),
       true,
       CASE WHEN i % 2 = 0 THEN fixture_gen.full_name('pn', p) END,
       CASE WHEN i % 2 = 0 THEN fixture_gen.stamp('sso', i)::timestamp END,
       CASE WHEN i % 2 = 0 THEN decode('89504e470d0a1a0a0000000d49484452' || md5('sig' || i) || md5('sig2' || i), 'hex') END,
       CASE WHEN i % 3 <> 2 THEN fixture_gen.uuid4('sat', i) END,
       '<p>Payment terms: 30 days net. Delivery and assembly included for orders over €2,000. Prices valid for 30 days.</p>',
       s.untaxed, round(s.untaxed * 0.19, 2), round(s.untaxed * 1.19, 2), 1 + i % 12, 1, 1,
       1 + i % 12, fixture_gen.stamp('scd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('swd', i)::timestamp
FROM generate_series(1, 400) i, LATERAL (SELECT 1 + fixture_gen.n('spt', i, 600) AS p, (250 + fixture_gen.n('sam', i, 20000))::numeric AS untaxed) s;

CREATE TABLE account_move (
    id serial PRIMARY KEY,
    name varchar,
    ref varchar,
    move_type varchar NOT NULL,
    state varchar NOT NULL,
    date date NOT NULL,
    invoice_date date,
    invoice_date_due date,
    partner_id integer REFERENCES res_partner,
    commercial_partner_id integer REFERENCES res_partner,
    partner_bank_id integer REFERENCES res_partner_bank,
    invoice_partner_display_name varchar,
    invoice_origin varchar,
    payment_reference varchar,
    narration text,
    amount_untaxed numeric,
    amount_total numeric,
    amount_residual numeric,
    payment_state varchar,
    access_token varchar,
    journal_id integer NOT NULL,
    company_id integer NOT NULL,
    currency_id integer NOT NULL,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO account_move (name, ref, move_type, state, date, invoice_date, invoice_date_due, partner_id, commercial_partner_id, partner_bank_id, invoice_partner_display_name,
    invoice_origin, payment_reference, narration, amount_untaxed, amount_total, amount_residual, payment_state, access_token, journal_id, company_id, currency_id,
    create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN m.vendor THEN 'BILL/2024/' ELSE 'INV/2024/' END || lpad(i::text, 5, '0'),
       CASE WHEN m.vendor THEN fixture_gen.pick(ARRAY['RE-', 'F', 'INV-', '2024-'], 'mrf', i) || fixture_gen.digits('mrf', i, 6) END,
       CASE WHEN m.vendor THEN 'in_invoice' ELSE 'out_invoice' END, fixture_gen.pick(ARRAY['draft', 'posted', 'posted', 'posted', 'cancel'], 'mst', i),
       m.d, m.d, m.d + 30, m.p, m.p, CASE WHEN m.vendor THEN 1 + i % 200 END,
       CASE WHEN m.p % 5 = 0 THEN fixture_gen.company('pc', m.p) ELSE fixture_gen.full_name('pn', m.p) END,
       CASE WHEN NOT m.vendor AND i % 2 = 0 THEN 'S' || lpad((1 + i % 400)::text, 5, '0') END,
       CASE WHEN m.vendor THEN NULL ELSE 'INV/2024/' || lpad(i::text, 5, '0') END,
       CASE WHEN m.vendor THEN NULL ELSE '<p>Please transfer the amount to DE89 3704 0044 0532 0130 00 quoting the invoice number. Thank you for your business.</p>' END,
       m.amt, round(m.amt * 1.19, 2), CASE WHEN i % 3 = 0 THEN round(m.amt * 1.19, 2) ELSE 0 END,
       fixture_gen.pick(ARRAY['not_paid', 'paid', 'paid', 'partial', 'in_payment'], 'mps', i),
       CASE WHEN NOT m.vendor AND i % 2 = 1 THEN fixture_gen.uuid4('mat', i) END,
       CASE WHEN m.vendor THEN 2 ELSE 1 END, 1, 1,
       1 + i % 12, fixture_gen.stamp('mcd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('mwd', i)::timestamp
FROM generate_series(1, 500) i,
LATERAL (SELECT i % 6 = 0 AS vendor, 1 + fixture_gen.n('mpt', i, 600) AS p, date '2024-01-01' + fixture_gen.n('mdt', i, 365) AS d, (120 + fixture_gen.n('mam', i, 15000))::numeric AS amt) m;

CREATE TABLE stock_picking (
    id serial PRIMARY KEY,
    name varchar,
    origin varchar,
    note text,
    partner_id integer REFERENCES res_partner,
    picking_type_id integer NOT NULL,
    state varchar,
    scheduled_date timestamp NOT NULL,
    date_done timestamp,
    carrier_tracking_ref varchar,
    weight numeric,
    shipping_weight numeric,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO stock_picking (name, origin, note, partner_id, picking_type_id, state, scheduled_date, date_done, carrier_tracking_ref, weight, shipping_weight,
    create_uid, create_date, write_uid, write_date)
SELECT 'WH/OUT/' || lpad(i::text, 5, '0'), 'S' || lpad((1 + i % 400)::text, 5, '0'),
       CASE i % 4 WHEN 0 THEN '<p>Ring ' || fixture_gen.first_name('pn', 1 + fixture_gen.n('kpt', i, 600)) || ' on ' || fixture_gen.phone('knp', i) || ' 30 minutes before arrival.</p>'
                  WHEN 1 THEN '<p>Loading dock at the rear; the goods lift takes 800 kg.</p>'
                  WHEN 2 THEN '<p>Deliver to the home address: ' || fixture_gen.street('kna', i) || ', side entrance.</p>' END,
       1 + fixture_gen.n('kpt', i, 600), 2, fixture_gen.pick(ARRAY['assigned', 'done', 'done', 'waiting', 'cancel'], 'kst', i),
       fixture_gen.stamp('ksd', i)::timestamp, CASE WHEN i % 2 = 0 THEN fixture_gen.stamp('kdd', i)::timestamp END,
       CASE i % 3 WHEN 0 THEN '1Z' || fixture_gen.chars('ktr', i, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') || fixture_gen.digits('ktr', i, 10)
                  WHEN 1 THEN '00340434' || fixture_gen.digits('kdh', i, 12) END,
       (5 + fixture_gen.n('kwt', i, 400))::numeric, (6 + fixture_gen.n('kwt', i, 400))::numeric,
       1 + i % 12, fixture_gen.stamp('kcd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('kwd', i)::timestamp
FROM generate_series(1, 350) i;

CREATE TABLE product_template (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    description_sale jsonb,
    default_code varchar,
    type varchar NOT NULL,
    list_price numeric,
    categ_id integer NOT NULL,
    active boolean,
    create_uid integer REFERENCES res_users,
    create_date timestamp
);
INSERT INTO product_template (name, description_sale, default_code, type, list_price, categ_id, active, create_uid, create_date)
SELECT jsonb_build_object('en_US', n.en, 'de_DE', n.de),
       jsonb_build_object('en_US', n.en || ' in ' || c || '. Assembled by our team, five-year warranty, FSC-certified wood where wood is used.'),
       'FRN-' || lpad(i::text, 4, '0'), 'product', (80 + fixture_gen.n('tlp', i, 1900))::numeric, 1 + i % 6, true, 1, fixture_gen.stamp('tcd', i)::timestamp
FROM generate_series(1, 120) i,
LATERAL (SELECT (ARRAY['Ergonomic chair', 'Sit-stand desk', 'Acoustic booth', 'Meeting table', 'Storage cabinet', 'Lounge sofa', 'Monitor arm', 'Pedestal'])[1 + i % 8] AS en,
                (ARRAY['Bürostuhl', 'Steh-Sitz-Tisch', 'Akustikkabine', 'Konferenztisch', 'Aktenschrank', 'Loungesofa', 'Monitorarm', 'Rollcontainer'])[1 + i % 8] AS de) n,
LATERAL (SELECT fixture_gen.pick(ARRAY['anthracite', 'oak', 'white', 'forest green', 'walnut'], 'tco', i) AS c) cc;

-- ── Events and mailings ─────────────────────────────────────────────────

CREATE TABLE event_event (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    date_begin timestamp NOT NULL,
    date_end timestamp NOT NULL,
    address_id integer REFERENCES res_partner,
    seats_max integer,
    create_date timestamp
);
INSERT INTO event_event (name, date_begin, date_end, address_id, seats_max, create_date) VALUES
    ('{"en_US": "Showroom open day 2024"}', '2024-04-12 10:00', '2024-04-12 18:00', 613, 120, '2024-01-10'),
    ('{"en_US": "Workshop: the hybrid office"}', '2024-06-05 14:00', '2024-06-05 17:00', 613, 40, '2024-03-01'),
    ('{"en_US": "Orgatec 2024 after-show"}', '2024-10-24 19:00', '2024-10-24 23:00', NULL, 200, '2024-07-15');

CREATE TABLE event_registration (
    id serial PRIMARY KEY,
    event_id integer NOT NULL REFERENCES event_event,
    partner_id integer REFERENCES res_partner,
    name varchar,
    email varchar,
    phone varchar,
    company_name varchar,
    barcode varchar,
    state varchar,
    date_closed timestamp,
    create_uid integer REFERENCES res_users,
    create_date timestamp
);
INSERT INTO event_registration (event_id, partner_id, name, email, phone, company_name, barcode, state, date_closed, create_uid, create_date)
SELECT 1 + i % 3, CASE WHEN i % 4 = 0 THEN 1 + i % 600 END, fixture_gen.full_name('rg', i), fixture_gen.email('rg', i),
       CASE WHEN i % 2 = 0 THEN fixture_gen.phone('rg', i) END, CASE WHEN i % 3 <> 0 THEN fixture_gen.company('rgc', i) END,
       fixture_gen.digits('rgb', i, 16), fixture_gen.pick(ARRAY['open', 'done', 'done', 'cancel'], 'rgs', i),
       CASE WHEN i % 2 = 0 THEN fixture_gen.stamp('rgd', i)::timestamp END, 1 + i % 12, fixture_gen.stamp('rgc', i)::timestamp
FROM generate_series(1, 300) i;

CREATE TABLE mailing_contact (
    id serial PRIMARY KEY,
    name varchar,
    company_name varchar,
    title_id integer REFERENCES res_partner_title,
    email varchar,
    country_id integer REFERENCES res_country,
    message_bounce integer,
    create_uid integer REFERENCES res_users,
    create_date timestamp
);
INSERT INTO mailing_contact (name, company_name, title_id, email, country_id, message_bounce, create_uid, create_date)
SELECT CASE WHEN i % 7 <> 0 THEN fixture_gen.full_name('mc', i) END, CASE WHEN i % 2 = 0 THEN fixture_gen.company('mcc', i) END,
       CASE WHEN i % 3 = 0 THEN 1 + fixture_gen.n('mct', i, 5) END, fixture_gen.email('mc', i), 1 + fixture_gen.n('mcn', i, 8),
       CASE WHEN i % 17 = 0 THEN 1 ELSE 0 END, 1 + i % 12, fixture_gen.stamp('mcd', i)::timestamp
FROM generate_series(1, 400) i;

CREATE TABLE mailing_trace (
    id serial PRIMARY KEY,
    mass_mailing_id integer,
    model varchar NOT NULL,
    res_id integer,
    email varchar,
    message_id varchar,
    trace_status varchar,
    failure_type varchar,
    sent_datetime timestamp,
    open_datetime timestamp,
    links_click_datetime timestamp,
    create_date timestamp
);
INSERT INTO mailing_trace (mass_mailing_id, model, res_id, email, message_id, trace_status, failure_type, sent_datetime, open_datetime, links_click_datetime, create_date)
SELECT 1 + i % 6, 'mailing.contact', 1 + i % 400, fixture_gen.email('mc', 1 + i % 400),
       '<' || (1700000000 + i * 37) || '.' || (100000 + i)::text || '.' || substr(md5('mid' || i), 1, 12) || '-openerp-' || (1 + i % 400) || '-mailing.contact@harbour-office.example>',
       fixture_gen.pick(ARRAY['sent', 'open', 'open', 'reply', 'bounce', 'error'], 'mts', i),
       CASE WHEN i % 6 IN (4, 5) THEN fixture_gen.pick(ARRAY['mail_email_invalid', 'mail_smtp', 'mail_bl'], 'mtf', i) END,
       fixture_gen.stamp('mts', i)::timestamp, CASE WHEN i % 2 = 0 THEN fixture_gen.stamp('mto', i)::timestamp END,
       CASE WHEN i % 5 = 0 THEN fixture_gen.stamp('mtl', i)::timestamp END, fixture_gen.stamp('mtc', i)::timestamp
FROM generate_series(1, 800) i;

-- ── Chatter, outgoing mail, attachments ──────────────────────────────────

CREATE TABLE mail_message (
    id serial PRIMARY KEY,
    model varchar,
    res_id integer,
    record_name varchar,
    subject varchar,
    body text,
    author_id integer REFERENCES res_partner,
    email_from varchar,
    reply_to varchar,
    message_id varchar,
    message_type varchar NOT NULL,
    subtype_id integer,
    date timestamp,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO mail_message (model, res_id, record_name, subject, body, author_id, email_from, reply_to, message_id, message_type, subtype_id, date,
    create_uid, create_date, write_uid, write_date)
SELECT m.model, m.res_id,
       CASE m.model WHEN 'res.partner' THEN CASE WHEN m.res_id % 5 = 0 THEN fixture_gen.company('pc', m.res_id) ELSE fixture_gen.full_name('pn', m.res_id) END
                    WHEN 'crm.lead' THEN (ARRAY['40 ergonomic chairs', 'Acoustic booths for open-plan office', 'Reception desk and waiting area', 'Meeting room refurbishment',
                        'Sit-stand desks, second floor', 'Canteen furniture', 'Storage walls', 'Home-office bundle'])[1 + m.res_id % 8]
                    WHEN 'sale.order' THEN 'S' || lpad(m.res_id::text, 5, '0')
                    ELSE (ARRAY['Sales Representative', 'Warehouse Operative', 'Accountant', 'Customer Care Agent', 'Delivery Driver'])[1 + m.res_id % 5] END,
       CASE WHEN m.kind = 'email' THEN CASE WHEN m.model = 'sale.order' THEN 'Harbour Office Supplies Quotation (Ref S' || lpad(m.res_id::text, 5, '0') || ')' ELSE 'Re: your enquiry' END END,
       CASE m.kind
           WHEN 'notification' THEN '<p>Stage changed</p>'
           WHEN 'email' THEN '<p>Dear ' || fixture_gen.first_name('mm', i) || ',</p><p>thank you for your visit. As discussed, the chairs can be delivered in week ' || (1 + i % 52)
               || '. Call me on ' || fixture_gen.phone('mm', i) || ' if anything changes.</p>'
           ELSE CASE WHEN i % 2 = 0 THEN '<p>Left a voicemail for ' || fixture_gen.full_name('mmn', i) || ', will try again on Monday.</p>' ELSE '<p>Quote sent, waiting for the board to approve the budget.</p>' END END,
       CASE WHEN m.kind = 'email' AND i % 2 = 0 THEN 1 + i % 600 ELSE 601 + i % 12 END,
       CASE WHEN m.kind = 'email' THEN '"' || fixture_gen.full_name('mm', i) || '" <' || fixture_gen.email('mm', i) || '>'
            ELSE '"' || fixture_gen.staff(1 + i % 12) || '" <' || fixture_gen.staff_email(1 + i % 12) || '>' END,
       CASE WHEN m.kind = 'email' THEN fixture_gen.email('mm', i) END,
       '<' || (1700000000 + i * 53) || '.' || (200000 + i)::text || '.' || substr(md5('mmid' || i), 1, 12) || '-openerp-' || m.res_id || '-' || m.model || '@harbour-office.example>',
       m.kind, CASE m.kind WHEN 'comment' THEN 2 WHEN 'email' THEN 1 ELSE 3 END, fixture_gen.stamp('mdt', i)::timestamp,
       1 + i % 12, fixture_gen.stamp('mcd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('mwd', i)::timestamp
FROM generate_series(1, 1200) i,
LATERAL (SELECT (ARRAY['res.partner', 'crm.lead', 'sale.order', 'hr.applicant'])[1 + i % 4] AS model,
                1 + fixture_gen.n('mri', i, 150) AS res_id,
                (ARRAY['notification', 'email', 'comment'])[1 + fixture_gen.n('mkd', i, 3)] AS kind) m;

-- The tracked changes shown in the chatter: old and new values of the
-- fields a model tracks (stage, salesperson, email, phone, amount).
CREATE TABLE mail_tracking_value (
    id serial PRIMARY KEY,
    field_id integer NOT NULL,
    mail_message_id integer NOT NULL REFERENCES mail_message,
    old_value_integer integer,
    new_value_integer integer,
    old_value_float double precision,
    new_value_float double precision,
    old_value_char varchar,
    new_value_char varchar,
    old_value_datetime timestamp,
    new_value_datetime timestamp,
    currency_id integer,
    create_uid integer REFERENCES res_users,
    create_date timestamp
);
INSERT INTO mail_tracking_value (field_id, mail_message_id, old_value_integer, new_value_integer, old_value_float, new_value_float, old_value_char, new_value_char,
    old_value_datetime, new_value_datetime, currency_id, create_uid, create_date)
SELECT 100 + k, 1 + i % 1200,
       CASE WHEN k IN (0, 1) THEN 1 + i % 12 END, CASE WHEN k IN (0, 1) THEN 1 + (i + 1) % 12 END,
       CASE WHEN k = 4 THEN (1000 * fixture_gen.n('tvf', i, 50))::double precision END, CASE WHEN k = 4 THEN (1000 * fixture_gen.n('tvg', i, 50))::double precision END,
       CASE k WHEN 0 THEN (ARRAY['New', 'Qualified', 'Proposition', 'Won'])[1 + i % 4]
              WHEN 1 THEN fixture_gen.staff(1 + i % 12)
              WHEN 2 THEN fixture_gen.email('tva', i)
              WHEN 3 THEN fixture_gen.phone('tvp', i) END,
       CASE k WHEN 0 THEN (ARRAY['Qualified', 'Proposition', 'Won', 'Lost'])[1 + i % 4]
              WHEN 1 THEN fixture_gen.staff(1 + (i + 1) % 12)
              WHEN 2 THEN fixture_gen.email('tvb', i)
              WHEN 3 THEN fixture_gen.phone('tvq', i) END,
       CASE WHEN k = 5 THEN fixture_gen.stamp('tvd', i)::timestamp END, CASE WHEN k = 5 THEN fixture_gen.stamp('tve', i)::timestamp END,
       CASE WHEN k = 4 THEN 1 END, 1 + i % 12, fixture_gen.stamp('tvc', i)::timestamp
FROM generate_series(1, 600) i, LATERAL (SELECT fixture_gen.n('tvk', i, 6) AS k) kk;

CREATE TABLE mail_mail (
    id serial PRIMARY KEY,
    mail_message_id integer NOT NULL REFERENCES mail_message,
    email_to text,
    email_cc varchar,
    body_html text,
    state varchar,
    failure_type varchar,
    failure_reason text,
    auto_delete boolean,
    scheduled_date timestamp,
    create_date timestamp
);
INSERT INTO mail_mail (mail_message_id, email_to, email_cc, body_html, state, failure_type, failure_reason, auto_delete, scheduled_date, create_date)
SELECT 1 + i % 1200, fixture_gen.email('mo', i), CASE WHEN i % 6 = 0 THEN fixture_gen.email('moc', i) END,
       '<div><p>Hello ' || fixture_gen.first_name('mo', i) || ',</p><p>' || fixture_gen.pick(ARRAY['your order has shipped and will arrive within three working days.',
           'please find attached your invoice.', 'your quotation is ready; you can sign it online.'], 'mob', i) || '</p><p>Harbour Office Supplies</p></div>',
       CASE WHEN i % 5 = 0 THEN 'exception' WHEN i % 5 = 1 THEN 'outgoing' ELSE 'sent' END,
       CASE WHEN i % 5 = 0 THEN fixture_gen.pick(ARRAY['mail_smtp', 'mail_email_invalid'], 'mft', i) END,
       CASE WHEN i % 5 = 0 THEN CASE WHEN i % 10 = 0 THEN 'Mail Delivery Failed: 550 5.1.1 <' || fixture_gen.email('mo', i) || '>: Recipient address rejected: User unknown in virtual mailbox table'
                                     ELSE 'Connection unexpectedly closed: timed out' END END,
       true, fixture_gen.stamp('mos', i)::timestamp, fixture_gen.stamp('moc', i)::timestamp
FROM generate_series(1, 500) i;

CREATE TABLE ir_attachment (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    description text,
    res_model varchar,
    res_field varchar,
    res_id integer,
    company_id integer,
    type varchar NOT NULL,
    url varchar(1024),
    public boolean,
    access_token varchar,
    store_fname varchar,
    db_datas bytea,
    file_size integer,
    checksum varchar(40),
    mimetype varchar,
    index_content text,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO ir_attachment (name, description, res_model, res_field, res_id, company_id, type, url, public, access_token, store_fname, db_datas, file_size, checksum,
    mimetype, index_content, create_uid, create_date, write_uid, write_date)
SELECT a.name, NULL, a.model, a.field, a.res_id, 1, CASE WHEN a.kind = 3 THEN 'url' ELSE 'binary' END,
       CASE WHEN a.kind = 3 THEN '/web/assets/' || (1000 + i) || '/web.assets_frontend.min.css' END,
       a.kind = 3, CASE WHEN i % 5 = 1 THEN fixture_gen.uuid4('iat', i) END,
       CASE WHEN a.kind <> 3 THEN substr(encode(sha256(convert_to('f' || i, 'UTF8')), 'hex'), 1, 2) || '/' || substr(encode(sha256(convert_to('f' || i, 'UTF8')), 'hex'), 1, 40) END, NULL,
       2000 + fixture_gen.n('isz', i, 900000), CASE WHEN a.kind <> 3 THEN substr(encode(sha256(convert_to('f' || i, 'UTF8')), 'hex'), 1, 40) END,
       CASE a.kind WHEN 0 THEN 'application/pdf' WHEN 1 THEN 'application/pdf' WHEN 2 THEN 'image/png' ELSE 'text/css' END,
       CASE a.kind WHEN 0 THEN 'Harbour Office Supplies GmbH Invoice INV/2024/' || lpad(i::text, 5, '0') || ' ' || fixture_gen.full_name('pn', a.res_id) || ' '
                               || fixture_gen.street('pst', a.res_id) || ' ' || fixture_gen.postcode('pzp', a.res_id) || ' ' || fixture_gen.city('pct', a.res_id) || ' Ergonomic chair 4 x 389.00'
                   WHEN 1 THEN 'Curriculum Vitae ' || fixture_gen.full_name('ap', a.res_id) || ' ' || fixture_gen.email('ap', a.res_id) || ' ' || fixture_gen.phone('ap', a.res_id) || ' Experience Warehouse team lead 2018-2023'
                   WHEN 2 THEN 'image' END,
       1 + i % 12, fixture_gen.stamp('icd', i)::timestamp, 1 + i % 12, fixture_gen.stamp('iwd', i)::timestamp
FROM generate_series(1, 400) i,
LATERAL (SELECT fixture_gen.n('ikd', i, 4) AS kind) k,
LATERAL (SELECT k.kind,
    CASE k.kind WHEN 0 THEN 'account.move' WHEN 1 THEN 'hr.applicant' WHEN 2 THEN 'res.partner' END AS model,
    CASE WHEN k.kind = 2 THEN 'image_1920' END AS field,
    CASE k.kind WHEN 0 THEN 1 + i % 500 WHEN 1 THEN 1 + i % 150 WHEN 2 THEN 1 + i % 600 END AS res_id,
    CASE k.kind WHEN 0 THEN 'INV_2024_' || lpad(i::text, 5, '0') || '.pdf'
                WHEN 1 THEN 'CV_' || replace(fixture_gen.full_name('ap', 1 + i % 150), ' ', '_') || '.pdf'
                WHEN 2 THEN 'image_1920'
                ELSE 'web.assets_frontend.min.css' END AS name) a;

CREATE TABLE ir_config_parameter (
    id serial PRIMARY KEY,
    key varchar NOT NULL UNIQUE,
    value text NOT NULL,
    create_uid integer REFERENCES res_users,
    create_date timestamp,
    write_uid integer REFERENCES res_users,
    write_date timestamp
);
INSERT INTO ir_config_parameter (key, value, create_uid, create_date, write_uid, write_date) VALUES
    ('database.secret', fixture_gen.uuid4('dbsecret', 1), 1, '2023-01-02', 1, '2023-01-02'),
    ('database.uuid', fixture_gen.uuid4('dbuuid', 1), 1, '2023-01-02', 1, '2023-01-02'),
    ('database.create_date', '2023-01-02 09:14:51', 1, '2023-01-02', 1, '2023-01-02'),
    ('web.base.url', 'https://erp.harbour-office.example', 1, '2023-01-02', 1, '2024-02-11'),
    ('mail.catchall.domain', 'harbour-office.example', 1, '2023-01-02', 1, '2023-01-02'),
    ('mail.bounce.alias', 'bounce', 1, '2023-01-02', 1, '2023-01-02'),
    ('auth_signup.invitation_scope', 'b2c', 1, '2023-01-02', 1, '2023-01-02'),
    ('base_setup.default_user_rights', 'True', 1, '2023-01-02', 1, '2023-01-02'),
    ('recaptcha_private_key', '6Lc' || fixture_gen.chars('rcp', 1, 37, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), 1, '2023-03-12', 1, '2023-03-12'),
    ('google_maps_api_key', 'AIza' || fixture_gen.chars('gmk', 1, 35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), 1, '2023-03-12', 1, '2023-03-12'),
    ('sale.default_confirmation_template', '14', 1, '2023-01-02', 1, '2023-01-02'),
    ('crm.pls_fields', 'phone_state,email_state,country_id', 1, '2023-01-02', 1, '2023-01-02');

-- ── Website visitors and sessions ───────────────────────────────────────

CREATE TABLE website_visitor (
    id serial PRIMARY KEY,
    access_token varchar NOT NULL UNIQUE,
    partner_id integer REFERENCES res_partner,
    country_id integer REFERENCES res_country,
    lang_id integer,
    timezone varchar,
    visit_count integer,
    last_connection_datetime timestamp,
    create_date timestamp
);
INSERT INTO website_visitor (access_token, partner_id, country_id, lang_id, timezone, visit_count, last_connection_datetime, create_date)
SELECT md5('visitor' || i), CASE WHEN i % 5 = 0 THEN 1 + i % 600 END, 1 + fixture_gen.n('wvc', i, 8), 1 + i % 4,
       fixture_gen.pick(ARRAY['Europe/Berlin', 'Europe/Paris', 'Europe/London', 'Europe/Amsterdam'], 'wtz', i),
       1 + fixture_gen.n('wvn', i, 30), fixture_gen.stamp('wvl', i)::timestamp, fixture_gen.stamp('wvd', i)::timestamp
FROM generate_series(1, 300) i;

CREATE TABLE website_track (
    id serial PRIMARY KEY,
    visitor_id integer NOT NULL REFERENCES website_visitor,
    page_id integer,
    url text,
    visit_datetime timestamp NOT NULL
);
INSERT INTO website_track (visitor_id, page_id, url, visit_datetime)
SELECT 1 + i % 300, 1 + i % 20,
       fixture_gen.pick(ARRAY['/shop', '/shop/category/chairs-3', '/shop/ergonomic-chair-17', '/shop/sit-stand-desk-22', '/contactus', '/event', '/blog/hybrid-office-4'], 'wtu', i),
       fixture_gen.stamp('wtd', i)::timestamp
FROM generate_series(1, 900) i;

-- Odoo 18's device log: where and from what each user signed in.
CREATE TABLE res_device_log (
    id serial PRIMARY KEY,
    user_id integer REFERENCES res_users,
    platform varchar,
    browser varchar,
    ip_address varchar,
    country varchar,
    city varchar,
    device_type varchar,
    first_activity timestamp,
    last_activity timestamp,
    revoked boolean
);
INSERT INTO res_device_log (user_id, platform, browser, ip_address, country, city, device_type, first_activity, last_activity, revoked)
SELECT 1 + i % 60, fixture_gen.pick(ARRAY['windows', 'macos', 'linux', 'android', 'iphone'], 'dlp', i),
       fixture_gen.pick(ARRAY['chrome', 'firefox', 'safari', 'edge'], 'dlb', i),
       CASE WHEN i % 4 = 0 THEN fixture_gen.ipv6('dli', i) ELSE fixture_gen.ipv4('dli', i) END,
       fixture_gen.pick(ARRAY['Germany', 'France', 'United Kingdom', 'Netherlands', 'Spain'], 'dlc', i),
       fixture_gen.pick(ARRAY['Hamburg', 'Berlin', 'Paris', 'Lyon', 'Manchester', 'Amsterdam', 'Madrid'], 'dly', i),
       CASE WHEN i % 3 = 0 THEN 'mobile' ELSE 'computer' END,
       fixture_gen.stamp('dlf', i)::timestamp, fixture_gen.stamp('dll', i)::timestamp, i % 10 = 0
FROM generate_series(1, 200) i;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
