-- Key/value tables in the shapes real applications give them, for the
-- classifier's reading of a value column key by key (rules/classify,
-- keyed.go) and init's when: rules on the key column. Loaded after
-- ../classify-eval/helpers.sql (pgtest.KeyValue); every value is
-- deterministic, and credentials are assembled at load time.

-- Discourse's custom fields, written a key at a time (a backfill per
-- field), so the table's first pages hold two keys of the six: a sample
-- of its first rows would miss the rest.
CREATE TABLE user_custom_fields (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    name varchar(256) NOT NULL,
    value text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
INSERT INTO user_custom_fields (user_id, name, value, created_at, updated_at)
SELECT u, k.name,
       CASE k.name
           WHEN 'newsletter_opt_in' THEN (u % 3 = 0)::text
           WHEN 'referral_source' THEN fixture_gen.pick(ARRAY['google', 'meetup', 'friend', 'podcast'], 'rs', u)
           WHEN 'timezone' THEN fixture_gen.pick(ARRAY['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo', 'Africa/Lagos'], 'tz', u)
           WHEN 'phone_number' THEN fixture_gen.phone('ph', u)
           WHEN 'employer' THEN fixture_gen.last_name('em', u) || ' ' || fixture_gen.pick(ARRAY['GmbH', 'Ltd', 'Inc.', 'S.A.'], 'emx', u)
           WHEN 'zapier_token' THEN 'zt' || '_live_' || fixture_gen.chars('zt', u, 32)
       END,
       timestamp '2024-01-01' + make_interval(hours => u), timestamp '2024-06-01' + make_interval(hours => u)
FROM unnest(ARRAY['newsletter_opt_in', 'referral_source', 'timezone', 'phone_number', 'employer', 'zapier_token']) WITH ORDINALITY AS k(name, o),
     generate_series(1, 400) u
ORDER BY k.o, u;

-- Magento's configuration: one row per setting path and scope.
CREATE TABLE core_config_data (
    config_id serial PRIMARY KEY,
    scope varchar(8) NOT NULL DEFAULT 'default',
    scope_id integer NOT NULL DEFAULT 0,
    path varchar(255) NOT NULL DEFAULT 'general',
    value text,
    updated_at timestamp NOT NULL DEFAULT timestamp '2024-03-01',
    UNIQUE (scope, scope_id, path)
);
INSERT INTO core_config_data (scope, scope_id, path, value)
SELECT 'stores', s, p.path,
       CASE p.path
           WHEN 'web/secure/base_url' THEN 'https://store' || s || '.example.com/'
           WHEN 'catalog/frontend/list_mode' THEN 'grid-list'
           WHEN 'design/header/welcome' THEN 'Default welcome msg!'
           WHEN 'general/locale/code' THEN fixture_gen.pick(ARRAY['en_US', 'de_DE', 'fr_FR'], 'lc', s)
           WHEN 'trans_email/ident_support/email' THEN fixture_gen.email('se', s)
           WHEN 'general/store_information/phone' THEN fixture_gen.phone('sp', s)
           WHEN 'payment/braintree/private_key' THEN fixture_gen.chars('bt', s, 32, 'abcdef0123456789')
           WHEN 'currency/options/base' THEN 'EUR'
       END
FROM generate_series(1, 12) s,
     unnest(ARRAY['web/secure/base_url', 'catalog/frontend/list_mode', 'design/header/welcome', 'general/locale/code',
         'trans_email/ident_support/email', 'general/store_information/phone', 'payment/braintree/private_key', 'currency/options/base']) AS p(path);

-- A shop's product attributes: key/value too, and nothing personal.
CREATE TABLE product_attributes (
    product_id integer NOT NULL,
    name varchar(64) NOT NULL,
    value varchar(255),
    PRIMARY KEY (product_id, name)
);
INSERT INTO product_attributes
SELECT p, a.name,
       CASE a.name
           WHEN 'color' THEN fixture_gen.pick(ARRAY['red', 'slate', 'oak', 'white'], 'co', p)
           WHEN 'size' THEN fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL'], 'sz', p)
           WHEN 'material' THEN fixture_gen.pick(ARRAY['cotton', 'linen', 'recycled polyester'], 'ma', p)
           WHEN 'weight_grams' THEN (200 + fixture_gen.n('wg', p, 800))::text
       END
FROM generate_series(1, 150) p, unnest(ARRAY['color', 'size', 'material', 'weight_grams']) AS a(name);

-- Translated interface strings: keys are message ids, values are copy.
CREATE TABLE translations (
    id bigserial PRIMARY KEY,
    locale varchar(10) NOT NULL,
    key varchar(255) NOT NULL,
    value text NOT NULL
);
INSERT INTO translations (locale, key, value)
SELECT l, t.key, t.value || CASE l WHEN 'en' THEN '' ELSE ' (' || l || ')' END
FROM unnest(ARRAY['en', 'de', 'fr', 'es']) l,
     (VALUES ('checkout.pay', 'Pay now'), ('checkout.total', 'Total including VAT'), ('account.welcome', 'Welcome back, %{name}!'),
             ('account.logout', 'Sign out'), ('cart.empty', 'Your cart is empty'), ('footer.contact', 'Contact our support team')) AS t(key, value);

-- A localisation cache: keys name the interface's messages, some of them
-- about an email or a phone field, and the values are their copy.
CREATE TABLE i18n_cache (
    lang varchar(35) NOT NULL,
    key varchar(255) NOT NULL,
    value text,
    PRIMARY KEY (lang, key)
);
INSERT INTO i18n_cache
SELECT l, t.key, t.value || CASE l WHEN 'en' THEN '' ELSE ' [' || l || ']' END
FROM unnest(ARRAY['en', 'de', 'fr', 'eu', 'cy']) l,
     (VALUES ('messages:contact-email', 'Send an email to this user'), ('messages:phone-label', 'Phone number (optional)'),
             ('messages:your-real-name', 'Real name:'), ('messages:signup-email-help', 'We never share your email address.'),
             ('messages:password-reset', 'Reset your password'), ('messages:mainpage', 'Main page'),
             ('deps:core', 'a:1:{i:0;s:4:"core";}'), ('messages:address-help', 'Street and house number')) AS t(key, value);

-- Per-user preferences as a PHP application keeps them, the column names
-- written as one word, and among the named keys a few random ones (an
-- app that stores remember-me tokens as keys).
CREATE TABLE app_preferences (
    userid varchar(64) NOT NULL,
    appid varchar(32) NOT NULL,
    configkey varchar(64) NOT NULL,
    configvalue text,
    PRIMARY KEY (userid, appid, configkey)
);
INSERT INTO app_preferences
SELECT 'u' || u, k.app, k.key,
       CASE k.key
           WHEN 'lang' THEN fixture_gen.pick(ARRAY['de', 'en', 'fr', 'ja'], 'lg', u)
           WHEN 'email' THEN fixture_gen.email('ap', u)
           WHEN 'show_hidden' THEN (u % 2)::text
           ELSE (1714000000 + u)::text
       END
FROM generate_series(1, 120) u,
     LATERAL (VALUES ('core', 'lang'), ('settings', 'email'), ('files', 'show_hidden'),
                     ('login_token', CASE WHEN u % 10 = 0 THEN fixture_gen.chars('rt', u, 32) ELSE 'lastLogin' END)) AS k(app, key);

-- A cache keyed by random ids: key/value in shape, but no rule could
-- name its keys again. Its values are read as one column.
CREATE TABLE cache_entries (
    key varchar(64) PRIMARY KEY,
    value text NOT NULL,
    expires_at timestamptz NOT NULL
);
INSERT INTO cache_entries
SELECT fixture_gen.chars('ck', i, 40), CASE WHEN i % 2 = 0 THEN fixture_gen.email('ce', i) ELSE 'miss' END,
       timestamptz '2024-05-01 00:00:00+00' + make_interval(mins => i)
FROM generate_series(1, 300) i;

-- An applicant tracker's extra fields, keyed by the labels an agency
-- typed into its settings (words, spaces and a full stop): the same five
-- labels over every applicant.
CREATE TABLE applicant_extra_fields (
    id serial PRIMARY KEY,
    applicant_id integer NOT NULL,
    field_name varchar(255) NOT NULL,
    value text
);
INSERT INTO applicant_extra_fields (applicant_id, field_name, value)
SELECT u, k.label,
       CASE k.label
           WHEN 'Date of Birth' THEN to_char(fixture_gen.birth_date('db', u), 'DD-MM-YY')
           WHEN 'Passport No.' THEN chr(65 + fixture_gen.n('pp', u, 26)) || fixture_gen.digits('pp', u, 7)
           WHEN 'Civil Status' THEN fixture_gen.pick(ARRAY['Single', 'Married', 'Widowed'], 'cs', u)
           WHEN 'WhatsApp' THEN fixture_gen.phone('wa', u)
           WHEN 'Preferred Shift' THEN fixture_gen.pick(ARRAY['Nights', 'Days', 'Any'], 'sh', u)
       END
FROM generate_series(1, 150) u,
     unnest(ARRAY['Date of Birth', 'Passport No.', 'Civil Status', 'WhatsApp', 'Preferred Shift']) AS k(label);

-- A name and a value, one title per row: a plain table whose name column
-- labels each row, not a key/value table. Its values are read as one
-- column.
CREATE TABLE office_lines (
    id serial PRIMARY KEY,
    name varchar(120) NOT NULL,
    value text NOT NULL
);
INSERT INTO office_lines (name, value)
SELECT 'Desk of ' || fixture_gen.full_name('ol', i) || ' (' || fixture_gen.city('oc', i) || ')', fixture_gen.phone('ov', i)
FROM generate_series(1, 200) i;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
