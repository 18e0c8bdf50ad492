-- classify-eval fixture (HOLDOUT: written after every tuning fixture;
-- never tune against it): a Laravel application, in Laravel's naming:
-- migrations, users with remember_token, password_reset_tokens,
-- personal_access_tokens (Sanctum), jobs and failed_jobs, and a
-- key/value settings table. A property-letting agency.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE TABLE migrations (
    id serial PRIMARY KEY,
    migration varchar(255) NOT NULL,
    batch integer NOT NULL
);
INSERT INTO migrations (migration, batch)
SELECT '2023_0' || (1 + i % 9) || '_' || lpad(i::text, 2, '0') || '_000000_' || fixture_gen.pick(ARRAY['create_users_table', 'create_properties_table', 'create_tenancies_table', 'add_deposit_to_tenancies'], 'mg', i), 1 + i / 5
FROM generate_series(1, 20) i;

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    email varchar(255) NOT NULL UNIQUE,
    email_verified_at timestamp,
    password varchar(255) NOT NULL,
    two_factor_secret text,
    two_factor_recovery_codes text,
    remember_token varchar(100),
    created_at timestamp,
    updated_at timestamp
);
INSERT INTO users (name, email, email_verified_at, password, two_factor_secret, two_factor_recovery_codes, remember_token, created_at, updated_at)
SELECT fixture_gen.full_name('lu', i), fixture_gen.email('lu', i), fixture_gen.stamp('lev', i)::timestamp,
       '$2y' || '$10$' || fixture_gen.chars('lpw', i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       CASE WHEN i % 3 = 0 THEN 'eyJpdiI6' || fixture_gen.chars('tfs', i, 180, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') || '=' END,
       CASE WHEN i % 3 = 0 THEN 'eyJpdiI6' || fixture_gen.chars('tfr', i, 300, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') || '=' END,
       CASE WHEN i % 2 = 0 THEN fixture_gen.chars('rmt', i, 60) END,
       fixture_gen.stamp('luc', i)::timestamp, fixture_gen.stamp('luu', i)::timestamp
FROM generate_series(1, 220) i;

CREATE TABLE password_reset_tokens (
    email varchar(255) PRIMARY KEY,
    token varchar(255) NOT NULL,
    created_at timestamp
);
INSERT INTO password_reset_tokens
SELECT fixture_gen.email('lu', i), fixture_gen.bcrypt('prt', i), fixture_gen.stamp('prc', i)::timestamp FROM generate_series(1, 220, 4) i;

CREATE TABLE personal_access_tokens (
    id bigserial PRIMARY KEY,
    tokenable_type varchar(255) NOT NULL,
    tokenable_id bigint NOT NULL,
    name varchar(255) NOT NULL,
    token varchar(64) NOT NULL UNIQUE,
    abilities text,
    last_used_at timestamp,
    expires_at timestamp,
    created_at timestamp,
    updated_at timestamp
);
INSERT INTO personal_access_tokens (tokenable_type, tokenable_id, name, token, abilities, last_used_at, expires_at, created_at, updated_at)
SELECT 'App\Models\User', 1 + i % 220, fixture_gen.pick(ARRAY['mobile-app', 'portal-sync', 'zapier'], 'ptn', i),
       encode(sha256(convert_to('pat' || i, 'UTF8')), 'hex'), '["properties:read","tenancies:write"]',
       fixture_gen.stamp('plu', i)::timestamp, NULL, fixture_gen.stamp('pc', i)::timestamp, fixture_gen.stamp('pu', i)::timestamp
FROM generate_series(1, 150) i;

CREATE TABLE landlords (
    id bigserial PRIMARY KEY,
    full_name varchar(255) NOT NULL,
    company varchar(255),
    contact varchar(255),
    addr varchar(255),
    town varchar(100),
    county varchar(100),
    postcode varchar(10),
    utr varchar(10),
    bank_sort_code varchar(8),
    bank_account_number varchar(8),
    created_at timestamp,
    updated_at timestamp
);
INSERT INTO landlords (full_name, company, contact, addr, town, county, postcode, utr, bank_sort_code, bank_account_number, created_at, updated_at)
SELECT fixture_gen.full_name('ll', i), CASE WHEN i % 3 = 0 THEN fixture_gen.last_name('ll', i) || ' Property Holdings Ltd' END,
       CASE WHEN i % 2 = 0 THEN fixture_gen.email('llc', i) ELSE fixture_gen.phone('llc', i) END,
       fixture_gen.street('lla', i), fixture_gen.pick(ARRAY['Bristol', 'Leeds', 'Sheffield', 'Nottingham', 'Cardiff'], 'llt', i),
       fixture_gen.pick(ARRAY['Avon', 'West Yorkshire', 'South Yorkshire', 'Nottinghamshire', 'South Glamorgan'], 'llco', i),
       fixture_gen.pick(ARRAY['BS1', 'LS2', 'S10', 'NG7', 'CF10'], 'llp', i) || ' ' || fixture_gen.digits('llp', i, 1) || fixture_gen.chars('llp', i, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
       fixture_gen.digits('utr', i, 10), fixture_gen.digits('sc1', i, 2) || '-' || fixture_gen.digits('sc2', i, 2) || '-' || fixture_gen.digits('sc3', i, 2),
       fixture_gen.digits('ban', i, 8), fixture_gen.stamp('llcr', i)::timestamp, fixture_gen.stamp('llup', i)::timestamp
FROM generate_series(1, 120) i;

CREATE TABLE properties (
    id bigserial PRIMARY KEY,
    landlord_id bigint NOT NULL REFERENCES landlords,
    reference varchar(20) NOT NULL UNIQUE,
    headline varchar(255) NOT NULL,
    description text,
    address_line_1 varchar(255) NOT NULL,
    city varchar(100) NOT NULL,
    postcode varchar(10) NOT NULL,
    lat numeric(9, 6),
    lng numeric(9, 6),
    bedrooms smallint NOT NULL,
    rent_pcm integer NOT NULL,
    created_at timestamp,
    updated_at timestamp
);
INSERT INTO properties (landlord_id, reference, headline, description, address_line_1, city, postcode, lat, lng, bedrooms, rent_pcm, created_at, updated_at)
SELECT 1 + i % 120, 'PRP-' || lpad(i::text, 5, '0'),
       (1 + i % 4) || ' bed ' || fixture_gen.pick(ARRAY['terraced house', 'flat', 'semi-detached house', 'maisonette'], 'ph', i) || ' to let',
       'A bright ' || (1 + i % 4) || ' bedroom home close to shops and transport links. Gas central heating, double glazing and a small garden. Available from next month.',
       fixture_gen.street('pa', i), fixture_gen.pick(ARRAY['Bristol', 'Leeds', 'Sheffield', 'Nottingham', 'Cardiff'], 'pt', i),
       fixture_gen.pick(ARRAY['BS3', 'LS6', 'S11', 'NG5', 'CF24'], 'ppc', i) || ' ' || fixture_gen.digits('ppc', i, 1) || fixture_gen.chars('ppc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
       51.4 + fixture_gen.n('plat', i, 20000) / 10000.0, -2.6 + fixture_gen.n('plng', i, 20000) / 10000.0,
       (1 + i % 4)::smallint, 650 + 25 * fixture_gen.n('rent', i, 60), fixture_gen.stamp('prc', i)::timestamp, fixture_gen.stamp('pru', i)::timestamp
FROM generate_series(1, 300) i;

CREATE TABLE tenancies (
    id bigserial PRIMARY KEY,
    property_id bigint NOT NULL REFERENCES properties,
    lead_tenant varchar(255) NOT NULL,
    tenant_email varchar(255),
    tenant_mobile varchar(30),
    tenant_dob date,
    previous_addr varchar(255),
    employer varchar(255),
    annual_income integer,
    starts_on date NOT NULL,
    ends_on date,
    deposit_pence integer,
    referencing_notes text,
    created_at timestamp,
    updated_at timestamp
);
INSERT INTO tenancies (property_id, lead_tenant, tenant_email, tenant_mobile, tenant_dob, previous_addr, employer, annual_income, starts_on, ends_on,
    deposit_pence, referencing_notes, created_at, updated_at)
SELECT 1 + i % 300, fixture_gen.full_name('tn', i), fixture_gen.email('tn', i), fixture_gen.phone('tm', i), fixture_gen.birth_date('td', i),
       fixture_gen.street('tp', i) || ', ' || fixture_gen.city('tp', i),
       fixture_gen.pick(ARRAY['NHS Trust', 'University of Leeds', 'Rolls-Royce', 'Self-employed', 'Aviva', 'Sheffield City Council'], 'te', i),
       18000 + 500 * fixture_gen.n('ti', i, 100), date '2022-01-01' + i * 3, date '2023-01-01' + i * 3, 100000 + 5000 * fixture_gen.n('dp', i, 30),
       CASE i % 3 WHEN 0 THEN 'Reference from previous landlord ' || fixture_gen.full_name('rl', i) || ' (' || fixture_gen.phone('rl', i) || ') was positive.'
                  WHEN 1 THEN 'Guarantor required; income below 30x monthly rent.' ELSE NULL END,
       fixture_gen.stamp('tc', i)::timestamp, fixture_gen.stamp('tu', i)::timestamp
FROM generate_series(1, 500) i;

-- Messages to tenants: recipient is the address the message went to.
CREATE TABLE outbound_messages (
    id bigserial PRIMARY KEY,
    tenancy_id bigint REFERENCES tenancies,
    channel varchar(10) NOT NULL,
    recipient varchar(255) NOT NULL,
    template varchar(100) NOT NULL,
    body text NOT NULL,
    sent_at timestamp
);
INSERT INTO outbound_messages (tenancy_id, channel, recipient, template, body, sent_at)
SELECT 1 + i % 500, CASE WHEN i % 2 = 0 THEN 'mail' ELSE 'sms' END,
       CASE WHEN i % 2 = 0 THEN fixture_gen.email('tn', 1 + i % 500) ELSE fixture_gen.phone('tm', 1 + i % 500) END,
       fixture_gen.pick(ARRAY['rent_reminder', 'inspection_notice', 'renewal_offer'], 'tpl', i),
       'Dear ' || fixture_gen.first_name('tn', 1 + i % 500) || ', ' || fixture_gen.pick(ARRAY['your rent is due on the 1st.', 'we will inspect the property next Tuesday between 10 and 12.', 'your tenancy is up for renewal; reply to this message to discuss.'], 'bd', i),
       fixture_gen.stamp('ms', i)::timestamp
FROM generate_series(1, 800) i;

-- Queue tables: a failed mail job's payload names its recipient.
CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY,
    uuid varchar(255) NOT NULL UNIQUE,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT md5('fj' || i)::uuid::text, 'redis', 'default',
       '{"uuid":"' || md5('fj' || i)::uuid::text || '","displayName":"App\\Mail\\RentReminder","job":"Illuminate\\Queue\\CallQueuedHandler@call","data":{"to":"' || fixture_gen.email('tn', i) || '","tenancy":' || i || '}}',
       'Symfony\Component\Mailer\Exception\TransportException: Connection to "smtp.mailgun.org:587" timed out. in /var/www/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154',
       fixture_gen.stamp('fja', i)::timestamp
FROM generate_series(1, 60) i;

CREATE TABLE settings (
    id bigserial PRIMARY KEY,
    "group" varchar(100) NOT NULL,
    name varchar(100) NOT NULL,
    payload json NOT NULL,
    UNIQUE ("group", name)
);
INSERT INTO settings ("group", name, payload) VALUES
    ('general', 'agency_name', '"Harbourside Lettings"'),
    ('general', 'out_of_hours_contact', ('"' || 'Duty manager ' || 'Siobhan Kelly, +44 7700 900' || '461"')::json),
    ('general', 'vat_rate', '20'),
    ('mail', 'from_address', '"lettings@harbourside.example"'),
    ('services', 'getaddress_api_key', ('"' || 'gak' || '_live_' || 'Qm8ZpW3cVt7LkN2xRy5HsJ0d' || '"')::json),
    ('services', 'stripe_secret', ('"' || 'sk' || '_live_' || '51Nf' || 'Hb3Kq8ZxWv2Lm7Tp9Rc4Ys6Ud1Oa0' || '"')::json),
    ('features', 'online_viewings', 'true'),
    ('features', 'max_viewings_per_day', '12');

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
