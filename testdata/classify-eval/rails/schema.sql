-- classify-eval fixture: a Rails application (Devise, audited, Active
-- Record session store), in Rails' naming: snake_case plural tables,
-- polymorphic *_type/*_id pairs, a settings jsonb, schema_migrations.
-- A film-production rental shop: accounts rent gear to crews.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE TABLE schema_migrations (version varchar PRIMARY KEY);
INSERT INTO schema_migrations SELECT to_char(timestamp '2021-03-01' + make_interval(days => i * 9), 'YYYYMMDDHH24MISS') FROM generate_series(1, 40) i;

CREATE TABLE ar_internal_metadata (
    key varchar PRIMARY KEY,
    value varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2021-03-01', '2021-03-01'),
    ('schema_sha1', 'c4ca4238a0b923820dcc509a6f75849b3f1a3c2e', '2021-03-01', '2024-05-02');

CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    name varchar NOT NULL,
    subdomain varchar NOT NULL UNIQUE,
    billing_email varchar,
    legal_number varchar,
    tax_identification_number varchar,
    email_settings text[] NOT NULL DEFAULT '{}',
    plan varchar NOT NULL DEFAULT 'starter',
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO accounts (name, subdomain, billing_email, legal_number, tax_identification_number, email_settings, plan, created_at, updated_at)
SELECT c.company, lower(replace(c.company, ' ', '-')) || '-' || i,
       'accounts@' || lower(replace(c.company, ' ', '')) || '.example',
       -- French SIRET: a SIREN (Luhn) and a 5-digit establishment number, Luhn over all 14
       fixture_gen.luhn(fixture_gen.luhn(fixture_gen.digits('siren', i, 8)) || fixture_gen.digits('nic', i, 4)),
       fixture_gen.vat('acct', i),
       CASE i % 4 WHEN 0 THEN ARRAY['weekly_digest', 'invoice_ready'] WHEN 1 THEN ARRAY['product_updates']
                  WHEN 2 THEN ARRAY['weekly_digest', 'security_alerts', 'invoice_ready'] ELSE ARRAY[]::text[] END,
       fixture_gen.pick(ARRAY['starter', 'studio', 'enterprise'], 'plan', i),
       fixture_gen.stamp('acct', i), fixture_gen.stamp('acctu', i)
FROM generate_series(1, 60) i,
     LATERAL (SELECT fixture_gen.pick(ARRAY['Northlight', 'Bluefin', 'Kestrel', 'Lumen', 'Harbor', 'Redwood', 'Solstice', 'Ironbark'], 'c1', i) || ' '
                  || fixture_gen.pick(ARRAY['Pictures', 'Films', 'Studios', 'Media', 'Productions'], 'c2', i) AS company) c;

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts,
    email varchar NOT NULL DEFAULT '' UNIQUE,
    encrypted_password varchar NOT NULL DEFAULT '',
    reset_password_token varchar UNIQUE,
    reset_password_sent_at timestamp,
    remember_created_at timestamp,
    sign_in_count integer NOT NULL DEFAULT 0,
    current_sign_in_at timestamp,
    last_sign_in_at timestamp,
    current_sign_in_ip inet,
    last_sign_in_ip varchar,
    confirmation_token varchar UNIQUE,
    confirmed_at timestamp,
    unconfirmed_email varchar,
    first_name varchar,
    last_name varchar,
    time_zone varchar DEFAULT 'UTC',
    locale varchar DEFAULT 'en',
    settings jsonb NOT NULL DEFAULT '{}',
    encrypted_otp_secret varchar,
    otp_required_for_login boolean NOT NULL DEFAULT false,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO users (account_id, email, encrypted_password, reset_password_token, reset_password_sent_at, sign_in_count,
    current_sign_in_at, last_sign_in_at, current_sign_in_ip, last_sign_in_ip, confirmation_token, confirmed_at,
    unconfirmed_email, first_name, last_name, time_zone, locale, settings, encrypted_otp_secret, otp_required_for_login, created_at, updated_at)
SELECT 1 + i % 60, fixture_gen.email('u', i), fixture_gen.bcrypt('u', i),
       CASE WHEN i % 4 = 0 THEN fixture_gen.chars('rpt', i, 20) END,
       CASE WHEN i % 4 = 0 THEN fixture_gen.stamp('rps', i) END,
       fixture_gen.n('sic', i, 400),
       fixture_gen.stamp('csa', i), fixture_gen.stamp('lsa', i),
       (CASE WHEN i % 7 = 0 THEN fixture_gen.ipv6('cip', i) ELSE fixture_gen.ipv4('cip', i) END)::inet,
       fixture_gen.ipv4('lip', i),
       CASE WHEN i % 5 = 0 THEN fixture_gen.chars('conf', i, 20) END,
       fixture_gen.stamp('conf', i),
       CASE WHEN i % 6 = 0 THEN fixture_gen.email('ue', i) END,
       fixture_gen.first_name('u', i), fixture_gen.last_name('u', i),
       fixture_gen.pick(ARRAY['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London'], 'tz', i),
       fixture_gen.pick(ARRAY['en', 'de', 'fr', 'ja', 'pt-BR'], 'loc', i),
       jsonb_build_object('theme', fixture_gen.pick(ARRAY['dark', 'light', 'system'], 'th', i), 'sidebar_collapsed', i % 2 = 0,
           'default_view', fixture_gen.pick(ARRAY['calendar', 'list', 'board'], 'dv', i), 'items_per_page', 25 + 25 * (i % 3)),
       CASE WHEN i % 3 = 0 THEN fixture_gen.chars('otp', i, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') || '==' END,
       i % 3 = 0, fixture_gen.stamp('uc', i), fixture_gen.stamp('uu', i)
FROM generate_series(1, 240) i;

CREATE TABLE profiles (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users UNIQUE,
    bio text,
    date_of_birth date,
    gender varchar,
    twitter_handle varchar,
    phone_number varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO profiles (user_id, bio, date_of_birth, gender, twitter_handle, phone_number, created_at, updated_at)
SELECT i,
       CASE i % 3 WHEN 0 THEN 'Gaffer and lighting tech based in ' || fixture_gen.city('pc', i) || '. Reach me at ' || fixture_gen.phone('pp', i) || ' for bookings.'
                  WHEN 1 THEN 'Camera operator for twelve years, mostly documentaries and commercials.'
                  ELSE 'Production coordinator. Formerly with ' || fixture_gen.full_name('pb', i) || ' at a small studio.' END,
       fixture_gen.birth_date('dob', i),
       fixture_gen.pick(ARRAY['female', 'male', 'non-binary', 'prefer not to say'], 'g', i),
       '@' || fixture_gen.ascii(fixture_gen.first_name('u', i)) || '_' || fixture_gen.ascii(fixture_gen.last_name('u', i)),
       fixture_gen.phone('pp', i),
       fixture_gen.stamp('pc', i), fixture_gen.stamp('pu', i)
FROM generate_series(1, 240) i;

CREATE TABLE addresses (
    id bigserial PRIMARY KEY,
    addressable_type varchar NOT NULL,
    addressable_id bigint NOT NULL,
    kind varchar NOT NULL,
    line1 varchar,
    line2 varchar,
    city varchar,
    state varchar,
    zip varchar,
    country varchar,
    created_at timestamp(6) NOT NULL
);
INSERT INTO addresses (addressable_type, addressable_id, kind, line1, line2, city, state, zip, country, created_at)
SELECT CASE WHEN i % 3 = 0 THEN 'Account' ELSE 'User' END, CASE WHEN i % 3 = 0 THEN 1 + i % 60 ELSE 1 + i % 240 END,
       fixture_gen.pick(ARRAY['home', 'billing', 'shipping'], 'ak', i),
       fixture_gen.street('a', i),
       CASE WHEN i % 4 = 0 THEN 'Apt ' || (1 + i % 40)::text END,
       fixture_gen.city('a', i),
       fixture_gen.pick(ARRAY['CA', 'NY', 'TX', 'WA', 'Bavaria', 'Île-de-France', 'Ontario', 'Maharashtra'], 'st', i),
       fixture_gen.postcode('a', i),
       fixture_gen.pick(ARRAY['US', 'DE', 'FR', 'CA', 'IN', 'GB'], 'co', i),
       fixture_gen.stamp('ac', i)
FROM generate_series(1, 300) i;

-- A roster: the people on a shoot. Its name column holds people's names in
-- a table whose name says nothing about people.
CREATE TABLE crews (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts,
    title varchar NOT NULL,
    starts_on date,
    created_at timestamp(6) NOT NULL
);
INSERT INTO crews (account_id, title, starts_on, created_at)
SELECT 1 + i % 60, fixture_gen.pick(ARRAY['Spring commercial', 'Documentary unit B', 'Music video', 'Feature second unit', 'Corporate shoot'], 'ct', i) || ' ' || i,
       date '2023-01-01' + i * 5, fixture_gen.stamp('cc', i)
FROM generate_series(1, 50) i;

CREATE TABLE crew_members (
    id bigserial PRIMARY KEY,
    crew_id bigint NOT NULL REFERENCES crews,
    name varchar NOT NULL,
    role varchar NOT NULL,
    contact varchar,
    call_time time,
    created_at timestamp(6) NOT NULL
);
INSERT INTO crew_members (crew_id, name, role, contact, call_time, created_at)
SELECT 1 + i % 50, fixture_gen.full_name('cm', i),
       fixture_gen.pick(ARRAY['Gaffer', 'Grip', 'Best boy', 'Sound mixer', 'Boom operator', 'Script supervisor', 'Runner'], 'r', i),
       CASE WHEN i % 2 = 0 THEN fixture_gen.phone('cmc', i) ELSE fixture_gen.email('cm', i) END,
       time '05:30' + make_interval(mins => 15 * (i % 12)), fixture_gen.stamp('cmx', i)
FROM generate_series(1, 400) i;

CREATE TABLE products (
    id bigserial PRIMARY KEY,
    sku varchar NOT NULL UNIQUE,
    name varchar NOT NULL,
    display_name varchar NOT NULL,
    description text,
    price_cents integer NOT NULL,
    created_at timestamp(6) NOT NULL
);
INSERT INTO products (sku, name, display_name, description, price_cents, created_at)
SELECT 'GR-' || lpad(i::text, 5, '0'), lower(replace(p.label, ' ', '_')) || '_' || i, p.label,
       'Rental kit: ' || p.label || '. Includes cases, cables and a spare battery. Cleaned and tested after every return.',
       1500 + fixture_gen.n('pr', i, 50000), fixture_gen.stamp('prc', i)
FROM generate_series(1, 120) i,
     LATERAL (SELECT fixture_gen.pick(ARRAY['Arri SkyPanel S60', 'Aputure 600d Pro', 'Sony FX6 Body', 'Canon CN-E 50mm', 'Sennheiser MKH 416',
         'Kino Flo Diva 400', 'DJI Ronin 2', 'Matthews C-Stand 40in', 'Teradek Bolt 4K', 'Zoom F8n Recorder'], 'pl', i) AS label) p;

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts,
    number varchar NOT NULL UNIQUE,
    state varchar NOT NULL,
    recipient varchar,
    ship_addr varchar,
    ship_city varchar,
    ship_state varchar,
    ship_zip varchar,
    gift_message text,
    total_cents integer NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO orders (account_id, number, state, recipient, ship_addr, ship_city, ship_state, ship_zip, gift_message, total_cents, created_at, updated_at)
SELECT 1 + i % 60, 'R' || lpad((100000 + i * 37)::text, 9, '0'),
       fixture_gen.pick(ARRAY['cart', 'address', 'payment', 'complete', 'returned', 'canceled'], 'os', i),
       fixture_gen.full_name('or', i), fixture_gen.street('or', i), fixture_gen.city('or', i),
       fixture_gen.pick(ARRAY['CA', 'NY', 'TX', 'GA', 'IL', 'OR', 'WA', 'NM'], 'ost', i),
       fixture_gen.digits('oz', i, 5),
       CASE WHEN i % 3 = 0 THEN 'Happy wrap day, ' || fixture_gen.first_name('or', i) || '! From all of us on ' || fixture_gen.pick(ARRAY['B camera', 'the lighting team', 'set'], 'gm', i) || '.' END,
       2000 + fixture_gen.n('ot', i, 90000), fixture_gen.stamp('oc', i), fixture_gen.stamp('ou', i)
FROM generate_series(1, 500) i;

CREATE TABLE line_items (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders,
    product_id bigint NOT NULL REFERENCES products,
    quantity integer NOT NULL,
    price_cents integer NOT NULL
);
INSERT INTO line_items (order_id, product_id, quantity, price_cents)
SELECT 1 + i % 500, 1 + fixture_gen.n('li', i, 120), 1 + i % 3, 1500 + fixture_gen.n('lp', i, 50000) FROM generate_series(1, 1200) i;

CREATE TABLE payment_sources (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts,
    holder varchar,
    brand varchar,
    last4 varchar(4),
    exp_month integer,
    exp_year integer,
    stripe_customer_id varchar,
    fingerprint varchar,
    created_at timestamp(6) NOT NULL
);
INSERT INTO payment_sources (account_id, holder, brand, last4, exp_month, exp_year, stripe_customer_id, fingerprint, created_at)
SELECT 1 + i % 60, upper(fixture_gen.full_name('ps', i)), fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex'], 'b', i),
       fixture_gen.digits('l4', i, 4), 1 + i % 12, 2025 + i % 5, 'cus_' || fixture_gen.chars('cus', i, 14), fixture_gen.chars('fp', i, 16),
       fixture_gen.stamp('psc', i)
FROM generate_series(1, 90) i;

-- api_keys.value: live keys of the shop's own API, <prefix>_live_<30>.
CREATE TABLE api_keys (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts,
    name varchar NOT NULL,
    value varchar NOT NULL UNIQUE,
    last_used_at timestamp,
    created_at timestamp(6) NOT NULL
);
INSERT INTO api_keys (account_id, name, value, last_used_at, created_at)
SELECT 1 + i % 60, fixture_gen.pick(ARRAY['Zapier', 'Booking site', 'Inventory sync', 'CI'], 'kn', i),
       'rntl' || '_' || CASE WHEN i % 5 = 0 THEN 'test' ELSE 'live' END || '_' || fixture_gen.chars('key', i, 30),
       fixture_gen.stamp('klu', i), fixture_gen.stamp('kc', i)
FROM generate_series(1, 80) i;

CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    commentable_type varchar NOT NULL,
    commentable_id bigint NOT NULL,
    user_id bigint REFERENCES users,
    body text NOT NULL,
    created_at timestamp(6) NOT NULL
);
INSERT INTO comments (commentable_type, commentable_id, user_id, body, created_at)
SELECT CASE WHEN i % 2 = 0 THEN 'Order' ELSE 'Crew' END, 1 + i % 50, 1 + i % 240,
       CASE i % 4 WHEN 0 THEN 'Spoke to ' || fixture_gen.full_name('cb', i) || ', they will pick up the kit on Friday. Backup number ' || fixture_gen.phone('cb', i) || '.'
                  WHEN 1 THEN 'Send the damage report to ' || fixture_gen.email('cb', i) || ' and copy the insurer.'
                  ELSE fixture_gen.sentence('cb', i) END,
       fixture_gen.stamp('cbc', i)
FROM generate_series(1, 600) i;

-- Product reviews: prose with no personal data in it.
CREATE TABLE reviews (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES products,
    user_id bigint REFERENCES users,
    rating smallint NOT NULL,
    body text,
    created_at timestamp(6) NOT NULL
);
INSERT INTO reviews (product_id, user_id, rating, body, created_at)
SELECT 1 + i % 120, 1 + i % 240, 1 + i % 5,
       fixture_gen.pick(ARRAY['Bright and quiet, the fan never showed up on the sound track.',
           'Battery life was shorter than advertised, bring two spares for a full day.',
           'Solid build, the locking knobs hold even with a heavy head on top.',
           'Color rendering is excellent and the app control works across the whole stage.',
           'Arrived clean and fully charged, would rent again for the next shoot.'], 'rv', i),
       fixture_gen.stamp('rvc', i)
FROM generate_series(1, 300) i;

-- audited gem: an audit trail, its changes as JSON with emails inside.
CREATE TABLE audits (
    id bigserial PRIMARY KEY,
    auditable_id bigint,
    auditable_type varchar,
    associated_id bigint,
    associated_type varchar,
    user_id bigint,
    user_type varchar,
    username varchar,
    action varchar,
    audited_changes jsonb,
    version integer DEFAULT 0,
    comment varchar,
    remote_address varchar,
    request_uuid varchar,
    created_at timestamp
);
INSERT INTO audits (auditable_id, auditable_type, associated_id, associated_type, user_id, user_type, username, action,
    audited_changes, version, comment, remote_address, request_uuid, created_at)
SELECT 1 + i % 240, 'User', 1 + i % 60, 'Account', 1 + (i * 7) % 240, 'User', NULL,
       fixture_gen.pick(ARRAY['update', 'update', 'create'], 'aa', i),
       CASE i % 3 WHEN 0 THEN jsonb_build_object('email', jsonb_build_array(fixture_gen.email('old', i), fixture_gen.email('u', 1 + i % 240)))
                  WHEN 1 THEN jsonb_build_object('last_name', jsonb_build_array(fixture_gen.last_name('old', i), fixture_gen.last_name('u', 1 + i % 240)), 'sign_in_count', jsonb_build_array(i, i + 1))
                  ELSE jsonb_build_object('time_zone', jsonb_build_array('UTC', 'Europe/Berlin')) END,
       1 + i % 9, NULL,
       CASE WHEN i % 5 = 0 THEN fixture_gen.ipv6('ra', i) ELSE fixture_gen.ipv4('ra', i) END,
       md5('req' || i)::uuid::text, fixture_gen.stamp('auc', i)::timestamp
FROM generate_series(1, 500) i;

-- activerecord-session_store: session ids are bearer credentials, and the
-- data is the marshalled session (CSRF token, warden user key).
CREATE TABLE sessions (
    id bigserial PRIMARY KEY,
    session_id varchar NOT NULL UNIQUE,
    data text,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO sessions (session_id, data, created_at, updated_at)
SELECT '2::' || encode(sha256(convert_to('sess' || i, 'UTF8')), 'hex'),
       translate(encode(convert_to('{"_csrf_token":"' || fixture_gen.chars('csrf', i, 43) || '","warden.user.user.key":[[' || (1 + i % 240) || '],"' || fixture_gen.chars('salt', i, 22) || '"]}', 'UTF8'), 'base64'), E'\n', ''),
       fixture_gen.stamp('sc', i), fixture_gen.stamp('su', i)
FROM generate_series(1, 200) i;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
