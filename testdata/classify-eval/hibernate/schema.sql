-- classify-eval fixture: a Spring Boot application on JPA/Hibernate, in its
-- naming: single-table inheritance with dtype, embedded address columns
-- (home_address_*), Envers audit tables (revinfo, *_aud),
-- hibernate_sequences, and Spring Security/Session tables. A B2B
-- distributor's back office.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE TABLE hibernate_sequences (
    sequence_name varchar(255) PRIMARY KEY,
    next_val bigint
);
INSERT INTO hibernate_sequences VALUES ('person', 501), ('customer_entity', 301), ('purchase_order', 2001);

CREATE TABLE person (
    id bigint PRIMARY KEY,
    dtype varchar(31) NOT NULL,
    version integer NOT NULL,
    first_name varchar(255),
    last_name varchar(255),
    email_address varchar(255),
    birth_date date,
    home_address_street varchar(255),
    home_address_city varchar(255),
    home_address_zip_code varchar(255),
    home_address_state varchar(255),
    home_address_country varchar(255),
    ssn varchar(11),
    contractor_company varchar(255),
    iban varchar(34),
    created_by varchar(255),
    created_date timestamp,
    last_modified_date timestamp
);
INSERT INTO person
SELECT i, CASE WHEN i % 4 = 0 THEN 'Contractor' ELSE 'Employee' END, 1 + i % 6,
       fixture_gen.first_name('p', i), fixture_gen.last_name('p', i), fixture_gen.email('p', i), fixture_gen.birth_date('pb', i),
       fixture_gen.street('ph', i), fixture_gen.city('ph', i), fixture_gen.digits('pz', i, 5),
       fixture_gen.pick(ARRAY['California', 'Texas', 'New York', 'Illinois', 'Georgia', 'Ohio'], 'ps', i), 'US',
       CASE WHEN i % 4 <> 0 THEN fixture_gen.ssn('ssn', i) END,
       CASE WHEN i % 4 = 0 THEN fixture_gen.pick(ARRAY['Bright Path Consulting LLC', 'Nordic Code AB', 'Sahel Analytics', 'Kite & Key Ltd'], 'cc', i) END,
       CASE WHEN i % 4 = 0 THEN fixture_gen.iban_for('pi', i) END,
       'admin.' || fixture_gen.ascii(fixture_gen.last_name('cb', i % 5)),
       fixture_gen.stamp('pc', i)::timestamp, fixture_gen.stamp('pm', i)::timestamp
FROM generate_series(1, 500) i;

CREATE TABLE customer_entity (
    id bigint PRIMARY KEY,
    version integer NOT NULL,
    company_name varchar(255) NOT NULL,
    vat_id varchar(20),
    contact_person varchar(255),
    contact_email varchar(255),
    phone varchar(40),
    street varchar(255),
    city varchar(255),
    state varchar(255),
    zip varchar(20),
    country_code varchar(2),
    credit_limit numeric(19, 2),
    notes text,
    account_manager_id bigint REFERENCES person,
    created_by varchar(255),
    created_date timestamp
);
INSERT INTO customer_entity
SELECT i, 1 + i % 4,
       fixture_gen.pick(ARRAY['Hanseatic', 'Pacific Rim', 'Alpenblick', 'Cedar Grove', 'Sunbelt', 'Lakeshore'], 'cn1', i) || ' '
           || fixture_gen.pick(ARRAY['Hardware GmbH', 'Supply Co.', 'Distribution SARL', 'Trading BV', 'Wholesale Inc.'], 'cn2', i) || ' ' || i,
       fixture_gen.vat('cv', i), fixture_gen.full_name('cp', i), fixture_gen.email('cp', i), fixture_gen.phone('cph', i),
       fixture_gen.street('cs', i), fixture_gen.city('cs', i),
       fixture_gen.pick(ARRAY['Hamburg', 'Bavaria', 'Occitanie', 'North Holland', 'California', 'Ontario'], 'cst', i),
       fixture_gen.postcode('cs', i), fixture_gen.pick(ARRAY['DE', 'FR', 'NL', 'US', 'CA', 'BE'], 'ccc', i),
       1000 * (5 + fixture_gen.n('cl', i, 200)),
       CASE i % 3 WHEN 0 THEN 'Prefers invoices by post. Ask for ' || fixture_gen.full_name('cn', i) || ' in accounts payable, direct line ' || fixture_gen.phone('cn', i) || '.'
                  WHEN 1 THEN 'Net 30 payment terms agreed; pallet deliveries only before noon.' ELSE NULL END,
       1 + i % 500, 'admin.' || fixture_gen.ascii(fixture_gen.last_name('cb', i % 5)), fixture_gen.stamp('cc', i)::timestamp
FROM generate_series(1, 300) i;

CREATE TABLE revinfo (
    rev serial PRIMARY KEY,
    revtstmp bigint,
    username varchar(255)
);
INSERT INTO revinfo (revtstmp, username)
SELECT 1650000000000 + i::bigint * 3600000, 'admin.' || fixture_gen.ascii(fixture_gen.last_name('cb', i % 5)) FROM generate_series(1, 600) i;

-- Envers: every revision of a customer, its contact details included.
CREATE TABLE customer_entity_aud (
    id bigint NOT NULL,
    rev integer NOT NULL REFERENCES revinfo,
    revtype smallint,
    company_name varchar(255),
    contact_person varchar(255),
    contact_email varchar(255),
    credit_limit numeric(19, 2),
    PRIMARY KEY (id, rev)
);
INSERT INTO customer_entity_aud
SELECT 1 + i % 300, i, (i % 3)::smallint, c.company_name,
       fixture_gen.full_name('cpa', i), fixture_gen.email('cpa', i), c.credit_limit
FROM generate_series(1, 600) i JOIN customer_entity c ON c.id = 1 + i % 300;

CREATE TABLE purchase_order (
    id bigint PRIMARY KEY,
    version integer NOT NULL,
    customer_id bigint NOT NULL REFERENCES customer_entity,
    order_number varchar(20) NOT NULL UNIQUE,
    status varchar(20) NOT NULL,
    total numeric(19, 2) NOT NULL,
    ship_to_name varchar(255),
    ship_to_address varchar(500),
    delivery_instructions varchar(1000),
    created_date timestamp
);
INSERT INTO purchase_order
SELECT i, 0, 1 + i % 300, 'PO-' || (2024000 + i)::text, fixture_gen.pick(ARRAY['NEW', 'CONFIRMED', 'SHIPPED', 'INVOICED', 'CANCELLED'], 'pos', i),
       (100 + fixture_gen.n('pt', i, 90000)) / 4.0,
       fixture_gen.full_name('st', i),
       fixture_gen.street('sta', i) || ', ' || fixture_gen.postcode('sta', i) || ' ' || fixture_gen.city('sta', i),
       CASE i % 3 WHEN 0 THEN 'Dock 4, ring the bell. If closed call ' || fixture_gen.first_name('di', i) || ' on ' || fixture_gen.phone('di', i) || '.'
                  WHEN 1 THEN 'Deliver to the loading bay at the rear of the building.' ELSE NULL END,
       fixture_gen.stamp('poc', i)::timestamp
FROM generate_series(1, 2000) i;

-- A login audit whose address column holds IP addresses, v4 and v6.
CREATE TABLE login_attempt (
    id bigint PRIMARY KEY,
    username varchar(255) NOT NULL,
    address varchar(64) NOT NULL,
    success boolean NOT NULL,
    user_agent varchar(512),
    attempted_at timestamp NOT NULL
);
INSERT INTO login_attempt
SELECT i, fixture_gen.email('p', 1 + i % 500),
       CASE WHEN i % 5 < 3 THEN fixture_gen.ipv4('la', i) ELSE fixture_gen.ipv6('la', i) END,
       i % 6 <> 0,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
           'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0', 'okhttp/4.12.0'], 'lua', i),
       fixture_gen.stamp('lat', i)::timestamp
FROM generate_series(1, 1500) i;

-- Spring Security's remember-me tokens.
CREATE TABLE persistent_logins (
    username varchar(64) NOT NULL,
    series varchar(64) PRIMARY KEY,
    token varchar(64) NOT NULL,
    last_used timestamp NOT NULL
);
INSERT INTO persistent_logins
SELECT fixture_gen.email('p', 1 + i % 500), translate(encode(sha256(convert_to('ser' || i, 'UTF8')), 'base64'), E'\n', ''),
       translate(encode(sha256(convert_to('tok' || i, 'UTF8')), 'base64'), E'\n', ''), fixture_gen.stamp('plu', i)::timestamp
FROM generate_series(1, 200) i;

-- Spring Security OAuth2 client: tokens as bytea.
CREATE TABLE oauth2_authorized_client (
    client_registration_id varchar(100) NOT NULL,
    principal_name varchar(200) NOT NULL,
    access_token_type varchar(100) NOT NULL,
    access_token_value bytea NOT NULL,
    access_token_issued_at timestamp NOT NULL,
    access_token_expires_at timestamp NOT NULL,
    access_token_scopes varchar(1000),
    refresh_token_value bytea,
    refresh_token_issued_at timestamp,
    created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (client_registration_id, principal_name)
);
INSERT INTO oauth2_authorized_client
SELECT fixture_gen.pick(ARRAY['azure', 'okta', 'salesforce'], 'cr', i), fixture_gen.email('p', i), 'Bearer',
       convert_to(fixture_gen.jwt('oat', i), 'UTF8'), fixture_gen.stamp('oai', i)::timestamp, fixture_gen.stamp('oae', i)::timestamp,
       'openid,profile,email,offline_access', convert_to(fixture_gen.chars('ort', i, 64), 'UTF8'), fixture_gen.stamp('ori', i)::timestamp,
       fixture_gen.stamp('oc', i)::timestamp
FROM generate_series(1, 150) i;

CREATE TABLE spring_session (
    primary_id char(36) PRIMARY KEY,
    session_id char(36) NOT NULL UNIQUE,
    creation_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    max_inactive_interval integer NOT NULL,
    expiry_time bigint NOT NULL,
    principal_name varchar(100)
);
INSERT INTO spring_session
SELECT md5('sp' || i)::uuid::text, md5('ss' || i)::uuid::text, 1700000000000 + i::bigint * 60000, 1700000600000 + i::bigint * 60000, 1800, 1700002400000 + i::bigint * 60000,
       fixture_gen.email('p', 1 + i % 500)
FROM generate_series(1, 250) i;

CREATE TABLE spring_session_attributes (
    session_primary_id char(36) NOT NULL REFERENCES spring_session ON DELETE CASCADE,
    attribute_name varchar(200) NOT NULL,
    attribute_bytes bytea NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
INSERT INTO spring_session_attributes
SELECT s.primary_id, a.name, decode('aced0005' || encode(convert_to(a.name || ':' || s.principal_name, 'UTF8'), 'hex'), 'hex')
FROM spring_session s, (VALUES ('SPRING_SECURITY_CONTEXT'), ('org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN')) a(name);

-- Externalized configuration: key/value, a few of the values credentials.
CREATE TABLE app_config (
    config_key varchar(255) PRIMARY KEY,
    config_value varchar(2000),
    updated_at timestamp
);
INSERT INTO app_config VALUES
    ('spring.datasource.url', 'jdbc:postgresql://db.internal:5432/backoffice', '2024-01-10'),
    ('spring.datasource.password', 'Pg' || '-' || 'Wint3r-' || 'Harb0ur-2024', '2024-01-10'),
    ('spring.mail.host', 'smtp.sendgrid.net', '2024-01-10'),
    ('spring.mail.password', 'SG' || '.' || 'q3WnVx0tQa2-Lk9PzYc1Rg' || '.' || 'Fh7Jm2Xc8NvB4Kd1Qp6Ls3Wt9Yr5Ze0Ua2Io7Ty4Ep1', '2024-02-01'),
    ('feature.invoice-pdf.enabled', 'true', '2024-03-01'),
    ('export.batch-size', '500', '2024-03-01'),
    ('erp.sync.cron', '0 15 2 * * *', '2024-03-01'),
    ('ui.default-locale', 'de-DE', '2024-03-01');

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
