-- classify-eval fixture (HOLDOUT 7, with openemr: written after holdout 5,
-- by someone who had not seen the classifier, labelled by what the columns
-- hold; never tune against it): a Mautic 5 marketing automation database
-- ported to PostgreSQL, in Doctrine's naming, a subset of its tables and of
-- their columns with their real names and types: timestamp(0) columns,
-- PHP-serialized arrays (Doctrine's array type) and JSON in text columns.
-- Contacts in leads, identified and anonymous (a visitor is a row with only
-- an IP), with the social profile columns (foursquare empty in every row),
-- a serialized social cache, custom fields (a VAT number, a tier, an SDR's
-- notes), created_by_user holding the creating user's name, and Mautic 5's
-- generated email domain; the field definitions in lead_fields; companies,
-- a few of them sole traders (their address is their home, their revenue
-- their income); IP addresses with their serialized geolocation; devices
-- and their fingerprints; the contact event log (import errors quoting
-- addresses, API field changes as JSON); notes, do-not-contact reasons
-- quoting bounce messages, segments whose serialized filters name fields
-- (and, in the seed list, staff addresses); UTM tags with Google click ids;
-- form submissions and two per-form result tables; email templates full of
-- {contactfield=...} tokens, their sends with the tokens' values and opens'
-- user agents, and the rendered copies; page hits with prefill links
-- carrying the contact's email; tracked redirects (templates again); users
-- with bcrypt hashes and HTML signatures (the default one a |FROM_NAME|
-- token); OAuth 2 clients and tokens; webhooks whose URLs embed their
-- secret, and their queue of JSON payloads; plugin settings with encrypted
-- API keys beside field mappings that only name fields; the audit log; SMS
-- templates and their sends; campaign event metadata; notifications naming
-- contacts; imports. A B2B analytics start-up in Dublin selling in Europe,
-- the US and Asia.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE FUNCTION fixture_gen.php_s(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;

-- uniqid: PHP's uniqid(), 13 hex digits (Mautic's tracking hashes).
CREATE FUNCTION fixture_gen.uniqid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, 13) $$;

-- enc: Mautic's EncryptionHelper output, base64 ciphertext|base64 IV.
CREATE FUNCTION fixture_gen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag, i, len) || '|' || fixture_gen.b64(tag || 'iv', i, 16) $$;

CREATE FUNCTION fixture_gen.mailof(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '_', '', '.'], tag || 's', i) || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 100)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['mail.example', 'post.example', 'inbox.example', 'example.com', 'example.org', 'example.net', 'webmail.example'], tag || 'd', i)
$$;

CREATE FUNCTION fixture_gen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)', 'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)'], tag, i)
$$;

-- The countries contacts and companies are in, with cities, regions,
-- time zones and locales that go together.
CREATE TABLE fixture_gen.geo AS
SELECT * FROM (VALUES
    (1, 'Ireland', 'Dublin', 'Dublin', 'Europe/Dublin', 'en_IE', 'D02 '), (2, 'Ireland', 'Cork', 'Cork', 'Europe/Dublin', 'en_IE', 'T12 '),
    (3, 'United Kingdom', 'Manchester', 'England', 'Europe/London', 'en_GB', 'M1 '), (4, 'United Kingdom', 'Edinburgh', 'Scotland', 'Europe/London', 'en_GB', 'EH3 '),
    (5, 'Germany', 'München', 'Bayern', 'Europe/Berlin', 'de', '80'), (6, 'Germany', 'Köln', 'Nordrhein-Westfalen', 'Europe/Berlin', 'de', '50'),
    (7, 'France', 'Lyon', 'Auvergne-Rhône-Alpes', 'Europe/Paris', 'fr', '690'), (8, 'Spain', 'Sevilla', 'Andalucía', 'Europe/Madrid', 'es', '41'),
    (9, 'Netherlands', 'Utrecht', 'Utrecht', 'Europe/Amsterdam', 'nl', '35'), (10, 'United States', 'Austin', 'Texas', 'America/Chicago', 'en_US', '787'),
    (11, 'United States', 'Portland', 'Oregon', 'America/Los_Angeles', 'en_US', '972'), (12, 'India', 'Pune', 'Maharashtra', 'Asia/Kolkata', 'en_US', '411'),
    (13, 'Japan', 'Osaka', 'Osaka', 'Asia/Tokyo', 'ja', '530-'), (14, 'Brazil', 'Curitiba', 'Paraná', 'America/Sao_Paulo', 'pt_BR', '80'),
    (15, 'Poland', 'Kraków', 'Małopolskie', 'Europe/Warsaw', 'pl', '30-'), (16, 'Nigeria', 'Lagos', 'Lagos', 'Africa/Lagos', 'en_US', '100')
) v(g, country, city, state, tz, locale, zip);

-- Companies 1-180; one in nine is a sole trader named after its owner.
CREATE TABLE fixture_gen.co AS
SELECT k, sole, name, regexp_replace(lower(fixture_gen.ascii(name)), '(gmbh|ltd|sa|bv|inc|sp zoo)$', '') || '.example' AS dom, 1 + fixture_gen.n('cog', k, 16) AS g
FROM (SELECT k, k % 9 = 0 AS sole,
    CASE WHEN k % 9 = 0 THEN fixture_gen.full_name('cosl', k) || ' ' || fixture_gen.pick(ARRAY['Design', 'Consulting', 'Photography', 'Bookkeeping', 'Data Services'], 'cost', k)
         ELSE fixture_gen.pick(ARRAY['Bluefin', 'Northgate', 'Kestrel', 'Harbour', 'Alder', 'Mossgiel', 'Saffron', 'Ironwood', 'Quayside', 'Larchmont', 'Brightwater', 'Tern',
             'Cobalt', 'Meridian', 'Fernhill', 'Oakhurst', 'Silverline', 'Redshank'], 'con1', k) || ' '
           || fixture_gen.pick(ARRAY['Logistics', 'Retail', 'Health', 'Software', 'Foods', 'Energy', 'Travel', 'Media', 'Bank', 'Insurance', 'Games', 'Fashion'], 'con2', k)
           || CASE WHEN k > 18 THEN ' ' || (k / 18)::text ELSE '' END || fixture_gen.pick(ARRAY['', ' Ltd', ' GmbH', ' S.A.', ' B.V.', ' Inc.'], 'con3', k) END AS name
    FROM generate_series(1, 180) k) x;

-- Contacts 1-1200 are identified; 1201-1500 are anonymous visitors.
CREATE TABLE fixture_gen.ct AS
SELECT i, f, l, c.k AS co, c.sole, c.name AS company, c.dom, geo.*,
       CASE WHEN c.sole THEN fixture_gen.pick(ARRAY['hello@', 'info@'], 'ctr', i) || c.dom WHEN i % 4 = 0 THEN fixture_gen.mailof(f, l, 'ctm', i)
            ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || CASE WHEN i > 600 THEN (i % 7)::text ELSE '' END || '@' || c.dom END AS email
FROM (SELECT i, fixture_gen.first_name('ctf', i) AS f, fixture_gen.last_name('ctl', i) AS l, 1 + fixture_gen.n('ctc', i, 180) AS co FROM generate_series(1, 1200) i) x
JOIN fixture_gen.co c ON c.k = x.co JOIN fixture_gen.geo geo ON geo.g = c.g;
UPDATE fixture_gen.ct SET email = replace(email, '@', '.' || i || '@') WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM fixture_gen.ct) d WHERE rn > 1);

-- Mautic's users (the marketing, sales and support team).
CREATE TABLE fixture_gen.us AS
SELECT k, f, l, fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) AS login, f || ' ' || l AS fn
FROM (SELECT k, fixture_gen.first_name('usf', k) AS f, fixture_gen.last_name('usl', k) AS l FROM generate_series(1, 12) k) x;

-- ── Contacts ─────────────────────────────────────────────────────────────

CREATE TABLE leads (
    id bigserial PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    last_active timestamp(0),
    internal text,
    social_cache text,
    date_added timestamp(0),
    created_by_user varchar(191),
    title varchar(191),
    firstname varchar(191),
    lastname varchar(191),
    company varchar(191),
    position varchar(191),
    email varchar(191),
    phone varchar(191),
    mobile varchar(191),
    address1 varchar(191),
    city varchar(191),
    state varchar(191),
    zipcode varchar(191),
    timezone varchar(191),
    country varchar(191),
    fax varchar(191),
    preferred_locale varchar(191),
    website varchar(191),
    facebook varchar(191),
    foursquare varchar(191),
    instagram varchar(191),
    linkedin varchar(191),
    twitter varchar(191),
    vat_id varchar(191),
    customer_tier varchar(191),
    sdr_notes text,
    generated_email_domain varchar(255) GENERATED ALWAYS AS (substr(email, strpos(email, '@') + 1)) STORED
);
INSERT INTO leads (id, points, last_active, internal, social_cache, date_added, created_by_user, title, firstname, lastname, company, position, email, phone, mobile,
    address1, city, state, zipcode, timezone, country, fax, preferred_locale, website, facebook, foursquare, instagram, linkedin, twitter, vat_id, customer_tier, sdr_notes)
SELECT c.i, fixture_gen.n('lpt', c.i, 40) * 5, fixture_gen.ts('lda', c.i) + make_interval(days => fixture_gen.n('lla', c.i, 300)), 'a:0:{}',
       CASE WHEN c.i % 10 = 0 THEN 'a:1:{' || fixture_gen.php_s('twitter') || 'a:2:{' || fixture_gen.php_s('profile') || 'a:4:{'
           || fixture_gen.php_s('username') || fixture_gen.php_s(lower(fixture_gen.ascii(c.f)) || '_' || lower(fixture_gen.ascii(c.l)))
           || fixture_gen.php_s('name') || fixture_gen.php_s(c.f || ' ' || c.l) || fixture_gen.php_s('location') || fixture_gen.php_s(c.city || ', ' || c.country)
           || fixture_gen.php_s('profileImage') || fixture_gen.php_s('https://pbs.twimg.example/profile_images/' || (1400000000 + c.i * 7919) || '/' || fixture_gen.chars('tw', c.i, 8) || '_400x400.jpg')
           || '}' || fixture_gen.php_s('lastRefresh') || fixture_gen.php_s(to_char(fixture_gen.ts('lsr', c.i), 'YYYY-MM-DD HH24:MI:SS')) || '}}' ELSE 'a:0:{}' END,
       fixture_gen.ts('lda', c.i) - interval '1 year',
       CASE WHEN c.i % 5 = 0 THEN (SELECT fn FROM fixture_gen.us WHERE k = 1 + c.i % 12) END,
       CASE WHEN c.i % 7 = 0 THEN fixture_gen.pick(ARRAY['Mr', 'Mrs', 'Ms', 'Dr'], 'ltt', c.i) END,
       c.f, c.l, c.company,
       CASE WHEN c.sole THEN fixture_gen.pick(ARRAY['Owner', 'Founder', 'Freelancer'], 'lpo', c.i) WHEN c.i % 6 = 5 THEN NULL
            ELSE fixture_gen.pick(ARRAY['Head of Growth', 'Marketing Manager', 'CTO', 'Data Analyst', 'VP Product', 'Product Manager', 'CEO', 'Software Engineer',
                'Director of Operations', 'Procurement Lead', 'Junior Data Scientist', 'CFO'], 'lpo', c.i) END,
       c.email,
       CASE WHEN c.i % 3 = 0 THEN fixture_gen.phone('lph', c.i) END, CASE WHEN c.i % 4 = 1 THEN fixture_gen.phone('lmo', c.i) END,
       CASE WHEN c.sole OR c.i % 8 = 0 THEN fixture_gen.street('lst', c.i) END,
       CASE WHEN c.i % 5 <> 4 THEN c.city END, CASE WHEN c.i % 5 <> 4 THEN c.state END,
       CASE WHEN c.sole OR c.i % 8 = 0 THEN c.zip || fixture_gen.digits('lzp', c.i, 3) END,
       CASE WHEN c.i % 3 <> 2 THEN c.tz END, c.country,
       CASE WHEN c.i % 50 = 0 THEN fixture_gen.phone('lfx', c.i) END, c.locale,
       CASE WHEN c.sole OR c.i % 9 = 4 THEN 'https://www.' || c.dom END,
       CASE WHEN c.i % 13 = 0 THEN 'https://www.facebook.com/' || lower(fixture_gen.ascii(c.f)) || '.' || lower(fixture_gen.ascii(c.l)) || (c.i % 100) END,
       NULL,
       CASE WHEN c.i % 17 = 0 THEN lower(fixture_gen.ascii(c.f)) || fixture_gen.pick(ARRAY['_', '.', ''], 'lig', c.i) || lower(fixture_gen.ascii(c.l)) END,
       CASE WHEN c.i % 3 = 1 THEN 'https://www.linkedin.com/in/' || lower(fixture_gen.ascii(c.f)) || '-' || lower(fixture_gen.ascii(c.l)) || '-' || fixture_gen.hexn('lli', c.i, 6) END,
       CASE WHEN c.i % 10 = 0 THEN lower(fixture_gen.ascii(c.f)) || '_' || lower(fixture_gen.ascii(c.l)) END,
       CASE WHEN c.country IN ('Germany', 'France', 'Ireland', 'Spain', 'Netherlands', 'Poland') AND c.i % 3 = 0 THEN fixture_gen.vat('lvat', c.co) END,
       fixture_gen.pick(ARRAY['', 'trial', 'starter', 'growth', 'enterprise', 'churned'], 'ltr', c.co),
       CASE WHEN c.i % 11 = 0 THEN fixture_gen.pick(ARRAY['Met at Web Summit, interested in the EU hosting option.', 'Gatekeeper; decision maker is ' || fixture_gen.full_name('lsn', c.i) || ' (CFO).',
           'Call back after ' || to_char(fixture_gen.ts('lsd', c.i), 'DD Mon') || ', on parental leave until then.', 'Prefers WhatsApp: ' || fixture_gen.phone('lsw', c.i),
           'Budget approved for Q3. Competitor: Mixpanel.', 'Left the company, new contact is ' || fixture_gen.mailof(fixture_gen.first_name('lsm', c.i), fixture_gen.last_name('lsm', c.i), 'lsm', c.i)], 'lsn', c.i) END
FROM fixture_gen.ct c
UNION ALL
SELECT i, 0, fixture_gen.ts('lda', i) + make_interval(mins => fixture_gen.n('lla', i, 90)), 'a:0:{}', 'a:0:{}', fixture_gen.ts('lda', i), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM generate_series(1201, 1500) i;

-- The field definitions: what each column of leads and companies is.
CREATE TABLE lead_fields (
    id serial PRIMARY KEY,
    label varchar(191) NOT NULL,
    alias varchar(191) NOT NULL,
    type varchar(191) NOT NULL,
    field_group varchar(191),
    properties text
);
INSERT INTO lead_fields (label, alias, type, field_group, properties)
SELECT label, alias, type, grp, CASE WHEN type IN ('select', 'lookup') THEN 'a:1:{' || fixture_gen.php_s('list') || 'a:' || cardinality(opts) || ':{'
        || (SELECT string_agg('i:' || (o - 1) || ';a:2:{' || fixture_gen.php_s('label') || fixture_gen.php_s(opts[o]) || fixture_gen.php_s('value') || fixture_gen.php_s(lower(opts[o])) || '}', '' ORDER BY o)
            FROM generate_series(1, cardinality(opts)) o) || '}}'
    WHEN type = 'text' THEN 'a:0:{}' WHEN type = 'number' THEN 'a:2:{' || fixture_gen.php_s('roundmode') || 'i:3;' || fixture_gen.php_s('scale') || 'N;}' ELSE 'a:0:{}' END
FROM (VALUES ('Title', 'title', 'lookup', 'core', ARRAY['Mr', 'Mrs', 'Ms', 'Dr']), ('First Name', 'firstname', 'text', 'core', NULL), ('Last Name', 'lastname', 'text', 'core', NULL),
    ('Company', 'company', 'text', 'core', NULL), ('Position', 'position', 'text', 'core', NULL), ('Email', 'email', 'email', 'core', NULL), ('Mobile', 'mobile', 'tel', 'core', NULL),
    ('Phone', 'phone', 'tel', 'core', NULL), ('Points', 'points', 'number', 'core', NULL), ('Fax', 'fax', 'tel', 'core', NULL), ('Address Line 1', 'address1', 'text', 'core', NULL),
    ('Address Line 2', 'address2', 'text', 'core', NULL), ('City', 'city', 'text', 'core', NULL), ('State', 'state', 'region', 'core', NULL), ('Zip Code', 'zipcode', 'text', 'core', NULL),
    ('Country', 'country', 'country', 'core', NULL), ('Preferred Locale', 'preferred_locale', 'locale', 'core', NULL), ('Preferred Timezone', 'timezone', 'timezone', 'core', NULL),
    ('Date Last Active', 'last_active', 'datetime', 'core', NULL), ('Website', 'website', 'url', 'core', NULL), ('Facebook', 'facebook', 'text', 'social', NULL),
    ('Foursquare', 'foursquare', 'text', 'social', NULL), ('Instagram', 'instagram', 'text', 'social', NULL), ('LinkedIn', 'linkedin', 'text', 'social', NULL),
    ('Skype', 'skype', 'text', 'social', NULL), ('Twitter', 'twitter', 'text', 'social', NULL), ('VAT ID', 'vat_id', 'text', 'professional', NULL),
    ('Customer tier', 'customer_tier', 'select', 'professional', ARRAY['Trial', 'Starter', 'Growth', 'Enterprise', 'Churned']), ('SDR notes', 'sdr_notes', 'textarea', 'core', NULL),
    ('Company Name', 'companyname', 'text', 'core', NULL), ('Company Email', 'companyemail', 'email', 'core', NULL), ('Company Phone', 'companyphone', 'tel', 'core', NULL),
    ('Industry', 'companyindustry', 'select', 'professional', ARRAY['Agriculture', 'Banking', 'Education', 'Healthcare', 'Retail', 'Technology', 'Transportation']),
    ('Annual Revenue', 'companyannual_revenue', 'number', 'professional', NULL), ('Description', 'companydescription', 'text', 'professional', NULL)) v(label, alias, type, grp, opts);

CREATE TABLE companies (
    id serial PRIMARY KEY,
    date_added timestamp(0),
    companyname varchar(191),
    companyemail varchar(191),
    companyaddress1 varchar(191),
    companyphone varchar(191),
    companycity varchar(191),
    companycountry varchar(191),
    companywebsite varchar(191),
    companyindustry varchar(191),
    companyannual_revenue double precision,
    companydescription text
);
INSERT INTO companies
SELECT c.k, fixture_gen.ts('cda', c.k), c.name,
       CASE WHEN c.sole THEN fixture_gen.mailof(split_part(c.name, ' ', 1), split_part(c.name, ' ', 2), 'cem', c.k) WHEN c.k % 3 = 0 THEN fixture_gen.pick(ARRAY['info@', 'hello@', 'accounts@'], 'cem', c.k) || c.dom END,
       CASE WHEN c.sole OR c.k % 2 = 0 THEN fixture_gen.street('cst', c.k) END,
       CASE WHEN c.sole THEN fixture_gen.phone('cph', c.k) WHEN c.k % 2 = 0 THEN fixture_gen.phone('cphb', c.k) END,
       g.city, g.country, 'https://www.' || c.dom,
       CASE WHEN c.sole THEN 'Technology' ELSE fixture_gen.pick(ARRAY['Agriculture', 'Banking', 'Education', 'Healthcare', 'Retail', 'Technology', 'Transportation', NULL], 'cin', c.k) END,
       CASE WHEN c.sole THEN 38000 + fixture_gen.n('crv', c.k, 60) * 1000 WHEN c.k % 4 = 0 THEN NULL ELSE (1 + fixture_gen.n('crv', c.k, 500)) * 250000 END,
       CASE WHEN c.sole THEN fixture_gen.pick(ARRAY['Independent consultant.', 'One-person studio.', NULL], 'cde', c.k)
            WHEN c.k % 3 = 0 THEN c.name || ' ' || fixture_gen.pick(ARRAY['is a leading provider of last-mile delivery in Europe.', 'builds point-of-sale software for independent retailers.',
                'operates 40 clinics and a telehealth service.', 'is a digital bank for small businesses.', 'publishes mobile puzzle games played by 8 million people.'], 'cde', c.k) END
FROM fixture_gen.co c JOIN fixture_gen.geo g ON g.g = c.g;

CREATE TABLE ip_addresses (
    id serial PRIMARY KEY,
    ip_address varchar(45) NOT NULL,
    ip_details text
);
INSERT INTO ip_addresses
SELECT k, CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('ipa', k) ELSE fixture_gen.ipv4('ipa', k) END,
       'a:9:{' || fixture_gen.php_s('city') || fixture_gen.php_s(g.city) || fixture_gen.php_s('region') || fixture_gen.php_s(g.state) || fixture_gen.php_s('zipcode') || fixture_gen.php_s('')
       || fixture_gen.php_s('country') || fixture_gen.php_s(g.country) || fixture_gen.php_s('latitude') || fixture_gen.php_s((40 + fixture_gen.n('ilat', k, 1500) / 100.0)::text)
       || fixture_gen.php_s('longitude') || fixture_gen.php_s((-10 + fixture_gen.n('ilon', k, 3000) / 100.0)::text)
       || fixture_gen.php_s('isp') || fixture_gen.php_s(fixture_gen.pick(ARRAY['Eir', 'Virgin Media', 'Deutsche Telekom AG', 'Orange S.A.', 'Comcast Cable', 'Reliance Jio', 'NTT', 'Vodafone'], 'iisp', k))
       || fixture_gen.php_s('organization') || fixture_gen.php_s(CASE WHEN k % 4 = 0 THEN (SELECT name FROM fixture_gen.co WHERE co.k = 1 + fixture_gen.n('iorg', ip.k, 180)) ELSE '' END)
       || fixture_gen.php_s('timezone') || fixture_gen.php_s(g.tz) || '}'
FROM generate_series(1, 1600) ip(k) JOIN fixture_gen.geo g ON g.g = 1 + fixture_gen.n('ig', ip.k, 16);

CREATE TABLE lead_devices (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    client_info text,
    device varchar(191),
    device_os_name varchar(191),
    device_fingerprint varchar(191),
    tracking_id varchar(191)
);
INSERT INTO lead_devices (lead_id, client_info, device, device_os_name, device_fingerprint, tracking_id)
SELECT 1 + fixture_gen.n('ldl', d, 1500), 'a:5:{' || fixture_gen.php_s('type') || fixture_gen.php_s('browser') || fixture_gen.php_s('name') || fixture_gen.php_s(x.b)
       || fixture_gen.php_s('short_name') || fixture_gen.php_s(upper(left(x.b, 2))) || fixture_gen.php_s('version') || fixture_gen.php_s(x.v) || fixture_gen.php_s('engine') || fixture_gen.php_s(x.e) || '}',
       x.dev, x.os, CASE WHEN d % 3 = 0 THEN NULL ELSE fixture_gen.hexn('ldfp', d, 32) END, fixture_gen.chars('ldtr', d, 23, 'abcdefghijklmnopqrstuvwxyz0123456789')
FROM generate_series(1, 1700) d,
LATERAL (SELECT * FROM (VALUES (0, 'Chrome', '124.0', 'Blink', 'desktop', 'Windows'), (1, 'Safari', '17.4', 'WebKit', 'desktop', 'Mac'), (2, 'Mobile Safari', '17.4', 'WebKit', 'smartphone', 'iOS'),
    (3, 'Firefox', '125.0', 'Gecko', 'desktop', 'Windows'), (4, 'Chrome Mobile', '124.0.6367', 'Blink', 'smartphone', 'Android'), (5, 'Microsoft Edge', '124.0.2478', 'Blink', 'desktop', 'Windows'))
    v(k, b, v, e, dev, os) WHERE v.k = d % 6) x;

-- The contact timeline's log: imports, API calls, segment changes.
CREATE TABLE lead_event_log (
    id bigserial PRIMARY KEY,
    lead_id bigint,
    user_name varchar(191),
    bundle varchar(191),
    object varchar(191),
    action varchar(191),
    date_added timestamp(0),
    properties text
);
INSERT INTO lead_event_log (lead_id, user_name, bundle, object, action, date_added, properties)
SELECT c.i, CASE WHEN v.k IN (2, 4) THEN NULL ELSE u.fn END, 'lead', v.obj, v.act, fixture_gen.ts('lel', e), v.props
FROM generate_series(1, 1200) e JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('lelc', e, 1200) JOIN fixture_gen.us u ON u.k = 1 + e % 12,
LATERAL (SELECT * FROM (VALUES
    (0, 'import', 'inserted', '{"line":' || (2 + e % 400) || ',"file":"websummit-2024-scans.csv"}'),
    (1, 'import', 'failed', '{"line":' || (2 + e % 400) || ',"error":"' || CASE WHEN e % 2 = 0 THEN 'Email address \"' || replace(c.email, '@', ' @') || '\" is invalid' ELSE 'Duplicate of ' || c.email END || '"}'),
    (2, 'api', 'updated', '{"fields":{"email":["' || fixture_gen.mailof(c.f, c.l, 'lelo', e) || '","' || c.email || '"],"phone":[null,"' || fixture_gen.phone('lph', c.i) || '"]},"client":"Salesforce sync"}'),
    (3, 'segment', 'added', '{"object_description":"' || fixture_gen.pick(ARRAY['Newsletter', 'Trial users', 'Webinar May 2024', 'EU customers'], 'lels', e) || '"}'),
    (4, 'lead', 'identified', '{"object_description":"Form: Contact us","tracking_id":"' || fixture_gen.chars('ldtr', e, 23, 'abcdefghijklmnopqrstuvwxyz0123456789') || '"}'),
    (5, 'segment', 'removed', '{"object_description":"Trial users"}')
) t(k, obj, act, props) WHERE t.k = fixture_gen.n('lelk', e, 6)) v;

CREATE TABLE lead_notes (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    created_by_user varchar(191),
    text text NOT NULL,
    type varchar(50)
);
INSERT INTO lead_notes (lead_id, created_by_user, text, type)
SELECT c.i, u.fn, '<p>' || fixture_gen.pick(ARRAY['Discovery call. They use Google Analytics today and hate sampling.', 'Spoke to ' || c.f || '; wants a demo for her team on Thursday.',
        'Sent pricing for 50 seats. Procurement contact: ' || fixture_gen.full_name('lnp', n) || ', ' || fixture_gen.mailof(fixture_gen.first_name('lnp', n), fixture_gen.last_name('lnp', n), 'lnp', n) || '.',
        'Voicemail. Mobile ' || fixture_gen.phone('lnm', n) || '.', c.f || ' is moving to ' || fixture_gen.pick(ARRAY['Stripe', 'Zalando', 'Revolut'], 'lnj', n) || ' next month; keep in touch.',
        'No budget this year.', 'Asked us to delete all data about her (GDPR). Ticket #' || (4000 + n) || '.'], 'lnt', n) || '</p>',
       fixture_gen.pick(ARRAY['general', 'call', 'email', 'meeting'], 'lny', n)
FROM generate_series(1, 500) n JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('lnc', n, 1200) JOIN fixture_gen.us u ON u.k = 1 + n % 12;

CREATE TABLE lead_donotcontact (
    id serial PRIMARY KEY,
    lead_id bigint,
    date_added timestamp(0) NOT NULL,
    reason smallint NOT NULL,
    channel varchar(191) NOT NULL,
    comments text
);
INSERT INTO lead_donotcontact (lead_id, date_added, reason, channel, comments)
SELECT c.i, fixture_gen.ts('dnc', c.i), r.reason, CASE WHEN c.i % 19 = 0 THEN 'sms' ELSE 'email' END, r.comment
FROM fixture_gen.ct c, LATERAL (SELECT CASE WHEN c.i % 3 = 0 THEN 1 WHEN c.i % 3 = 1 THEN 2 ELSE 3 END AS reason) rr,
LATERAL (SELECT rr.reason, CASE rr.reason WHEN 1 THEN 'User unsubscribed.'
    WHEN 2 THEN fixture_gen.pick(ARRAY['550 5.1.1 <' || c.email || '>: Recipient address rejected: User unknown in virtual mailbox table',
        '552 5.2.2 The email account that you tried to reach is over quota.', 'Hard bounce: mailbox ' || c.email || ' does not exist', '554 5.7.1 Message rejected as spam'], 'dncb', c.i)
    ELSE fixture_gen.pick(ARRAY['Asked by phone to stop all emails', 'GDPR erasure request, ticket #' || (4000 + c.i), 'Competitor, do not market', 'Left company per ' || fixture_gen.full_name('dncl', c.i)], 'dncm', c.i) END AS comment) r
WHERE c.i % 8 = 0;

-- Segments.
CREATE TABLE lead_lists (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    alias varchar(191),
    is_global boolean NOT NULL DEFAULT false,
    filters text NOT NULL,
    public_name varchar(191) NOT NULL
);
CREATE FUNCTION fixture_gen.flt(k int, glue text, field text, op text, val text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'i:' || k || ';a:7:{' || fixture_gen.php_s('glue') || fixture_gen.php_s(glue) || fixture_gen.php_s('field') || fixture_gen.php_s(field) || fixture_gen.php_s('object') || fixture_gen.php_s('lead')
      || fixture_gen.php_s('type') || fixture_gen.php_s(CASE WHEN field = 'email' THEN 'email' WHEN field = 'country' THEN 'country' ELSE 'text' END)
      || fixture_gen.php_s('operator') || fixture_gen.php_s(op) || fixture_gen.php_s('properties') || 'a:1:{' || fixture_gen.php_s('filter') || fixture_gen.php_s(val) || '}'
      || fixture_gen.php_s('filter') || fixture_gen.php_s(val) || '}'
$$;
INSERT INTO lead_lists (name, alias, is_global, filters, public_name)
VALUES ('Newsletter', 'newsletter', true, 'a:1:{' || fixture_gen.flt(0, 'and', 'customer_tier', '!=', 'churned') || '}', 'Newsletter'),
    ('EU customers', 'eu-customers', false, 'a:3:{' || fixture_gen.flt(0, 'and', 'country', 'in', 'Germany') || fixture_gen.flt(1, 'or', 'country', 'in', 'France') || fixture_gen.flt(2, 'or', 'country', 'in', 'Ireland') || '}', 'EU customers'),
    ('Trial users', 'trial-users', false, 'a:1:{' || fixture_gen.flt(0, 'and', 'customer_tier', '=', 'trial') || '}', 'Trial users'),
    ('Webinar May 2024', 'webinar-may-2024', false, 'a:0:{}', 'Webinar: Funnels that don''t lie'),
    ('Internal staff (exclude)', 'internal-staff', false, 'a:1:{' || fixture_gen.flt(0, 'and', 'email', 'endsWith', '@larkspur.example') || '}', 'Internal'),
    ('Seed list', 'seed-list', false, 'a:4:{' || fixture_gen.flt(0, 'and', 'email', '=', fixture_gen.mailof('Niamh', 'Murphy', 'seed', 1)) || fixture_gen.flt(1, 'or', 'email', '=', fixture_gen.mailof('Oliver', 'Kowalski', 'seed', 2))
        || fixture_gen.flt(2, 'or', 'email', '=', 'qa.seed+' || fixture_gen.chars('seed', 3, 6, 'abcdefghijklmnopqrstuvwxyz') || '@gmail.com') || fixture_gen.flt(3, 'or', 'lastname', '=', 'Murphy') || '}', 'Seed list'),
    ('Decision makers', 'decision-makers', false, 'a:3:{' || fixture_gen.flt(0, 'and', 'position', 'contains', 'Head') || fixture_gen.flt(1, 'or', 'position', 'contains', 'VP') || fixture_gen.flt(2, 'or', 'position', 'in', 'CEO') || '}', 'Decision makers'),
    ('Hot leads', 'hot-leads', false, 'a:1:{' || fixture_gen.flt(0, 'and', 'points', 'gte', '100') || '}', 'Hot leads'),
    ('Freelancers', 'freelancers', false, 'a:1:{' || fixture_gen.flt(0, 'and', 'position', 'in', 'Freelancer') || '}', 'Freelancers'),
    ('Bounced', 'bounced', false, 'a:1:{' || fixture_gen.flt(0, 'and', 'dnc_bounced', '=', '1') || '}', 'Bounced'),
    ('Gmail users', 'gmail-users', false, 'a:1:{' || fixture_gen.flt(0, 'and', 'email', 'contains', 'gmail') || '}', 'Gmail'),
    ('Anonymous visitors from Ireland', 'anon-ie', false, 'a:2:{' || fixture_gen.flt(0, 'and', 'email', 'empty', '') || fixture_gen.flt(1, 'and', 'country', '=', 'Ireland') || '}', 'Anon IE');

CREATE TABLE lead_utmtags (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    query text,
    remote_host varchar(191),
    url text,
    user_agent text,
    utm_source varchar(191)
);
INSERT INTO lead_utmtags (lead_id, query, remote_host, url, user_agent, utm_source)
SELECT 1 + fixture_gen.n('utl', t, 1500),
       'a:' || CASE WHEN x.g THEN 4 ELSE 3 END || ':{' || fixture_gen.php_s('utm_source') || fixture_gen.php_s(x.src) || fixture_gen.php_s('utm_medium') || fixture_gen.php_s(x.med)
           || fixture_gen.php_s('utm_campaign') || fixture_gen.php_s(x.cmp) || CASE WHEN x.g THEN fixture_gen.php_s('gclid') || fixture_gen.php_s(x.gclid) ELSE '' END || '}',
       fixture_gen.ipv4('utip', t),
       'https://larkspur.example/' || fixture_gen.pick(ARRAY['pricing', 'features/funnels', 'blog/sampling-is-lying', 'webinar/may-2024', 'signup'], 'utp', t) || '?utm_source=' || x.src || '&utm_medium=' || x.med
           || '&utm_campaign=' || x.cmp || CASE WHEN x.g THEN '&gclid=' || x.gclid ELSE '' END,
       fixture_gen.ua('utua', t), x.src
FROM generate_series(1, 900) t,
LATERAL (SELECT fixture_gen.pick(ARRAY['google', 'linkedin', 'newsletter', 'twitter', 'capterra'], 'uts', t) AS src, fixture_gen.pick(ARRAY['cpc', 'social', 'email', 'referral'], 'utm', t) AS med,
    fixture_gen.pick(ARRAY['spring-trial', 'eu-hosting', 'webinar-may', 'brand'], 'utc', t) AS cmp, t % 3 = 0 AS g,
    'Cj0KCQjw' || fixture_gen.chars('gcl', t, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') || '_BwE' AS gclid) x;

-- ── Forms ────────────────────────────────────────────────────────────────

CREATE TABLE forms (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    alias varchar(191) NOT NULL,
    cached_html text,
    post_action_property text
);
INSERT INTO forms VALUES
    (1, 'Contact us', 'contactus', '<div id="mauticform_wrapper_contactus" class="mauticform_wrapper"><form autocomplete="false" role="form" method="post" action="https://m.larkspur.example/form/submit?formId=1" id="mauticform_contactus">'
        || '<div class="mauticform-row mauticform-text"><label class="mauticform-label" for="mauticform_input_contactus_first_name">First name</label><input id="mauticform_input_contactus_first_name" name="mauticform[first_name]" type="text"></div>'
        || '<div class="mauticform-row mauticform-email mauticform-required"><label class="mauticform-label">Work email</label><input name="mauticform[email]" type="email"></div>'
        || '<div class="mauticform-row mauticform-tel"><label class="mauticform-label">Phone number</label><input name="mauticform[phone_number]" type="tel"></div>'
        || '<div class="mauticform-row mauticform-text"><label class="mauticform-label">Your message</label><textarea name="mauticform[your_message]"></textarea></div></form></div>',
        'Thanks! Someone from our team will get back to you within one business day.'),
    (2, 'Webinar registration', 'webinarreg', '<div id="mauticform_wrapper_webinarreg" class="mauticform_wrapper"><form method="post" action="https://m.larkspur.example/form/submit?formId=2" id="mauticform_webinarreg">'
        || '<label>Email</label><input name="mauticform[email]" type="email"><label>Job title</label><input name="mauticform[job_title]" type="text"><label>Company size</label><select name="mauticform[company_size]">'
        || '<option>1-10</option><option>11-50</option><option>51-200</option><option>201-1000</option><option>1000+</option></select></form></div>',
        'https://larkspur.example/webinar/thank-you'),
    (3, 'Newsletter signup', 'newsletter', '<form method="post" action="https://m.larkspur.example/form/submit?formId=3"><input name="mauticform[email]" type="email" placeholder="you@company.com"></form>',
        'You are subscribed.');

CREATE TABLE form_submissions (
    id serial PRIMARY KEY,
    form_id integer NOT NULL,
    ip_id integer,
    lead_id bigint,
    tracking_id varchar(191),
    date_submitted timestamp(0) NOT NULL,
    referer text NOT NULL
);
INSERT INTO form_submissions (id, form_id, ip_id, lead_id, tracking_id, date_submitted, referer)
SELECT s, 1 + s % 3, 1 + fixture_gen.n('fsip', s, 1600), c.i, fixture_gen.chars('fstr', s, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), fixture_gen.ts('fsd', s),
       CASE WHEN s % 3 = 0 THEN 'https://larkspur.example/contact' WHEN s % 3 = 1 THEN 'https://larkspur.example/webinar/may-2024'
           || CASE WHEN s % 5 = 0 THEN '?email=' || replace(c.email, '@', '%40') || '&utm_source=partner-newsletter' WHEN s % 5 = 1 THEN '?utm_source=linkedin&utm_medium=social' ELSE '' END
           ELSE 'https://larkspur.example/blog/' || fixture_gen.pick(ARRAY['sampling-is-lying', 'funnels-101', 'eu-data-residency'], 'fsb', s) END
FROM generate_series(1, 700) s JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('fsc', s, 1200);

CREATE TABLE form_results_1_contactus (
    submission_id integer PRIMARY KEY,
    first_name text,
    last_name text,
    email text,
    company text,
    phone_number text,
    your_message text
);
INSERT INTO form_results_1_contactus
SELECT s.id, c.f, CASE WHEN s.id % 6 = 0 THEN '' ELSE c.l END, c.email, CASE WHEN s.id % 4 = 0 THEN '' ELSE c.company END, CASE WHEN s.id % 2 = 0 THEN fixture_gen.phone('frph', s.id) ELSE '' END,
       fixture_gen.pick(ARRAY['Do you offer EU data residency?', 'We need SSO with Okta and an invoice in EUR, VAT ' || coalesce(fixture_gen.vat('frv', s.id), '') || '.',
           'Hi, I am ' || c.f || ', please call me on ' || fixture_gen.phone('frmp', s.id) || ' to talk about pricing for 30 seats.', 'Is there a non-profit discount?',
           'Your tracking script breaks our checkout page on Safari.', 'Please delete my account and all my data.', ''], 'frm', s.id)
FROM form_submissions s JOIN fixture_gen.ct c ON c.i = s.lead_id WHERE s.form_id = 1;

CREATE TABLE form_results_2_webinarreg (
    submission_id integer PRIMARY KEY,
    email text,
    job_title text,
    company_size text,
    how_did_you_hear text,
    questions text
);
INSERT INTO form_results_2_webinarreg
SELECT s.id, c.email, fixture_gen.pick(ARRAY['Product Manager', 'Head of Data', 'Founder', 'Marketing Ops', 'Analyst', ''], 'frjt', s.id),
       fixture_gen.pick(ARRAY['1-10', '11-50', '51-200', '201-1000', '1000+'], 'frcs', s.id), fixture_gen.pick(ARRAY['LinkedIn', 'Newsletter', 'A colleague', 'Google', ''], 'frhh', s.id),
       fixture_gen.pick(ARRAY['', '', 'How do you handle consent mode v2?', 'Can you cover retention cohorts?', 'Will the recording be shared? I am in Osaka and it is 2am here.', 'My manager ' || fixture_gen.full_name('frq', s.id) || ' will join too.'], 'frq', s.id)
FROM form_submissions s JOIN fixture_gen.ct c ON c.i = s.lead_id WHERE s.form_id = 2;

-- ── Emails ───────────────────────────────────────────────────────────────

CREATE TABLE emails (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    subject text,
    from_address varchar(191),
    from_name varchar(191),
    reply_to_address varchar(191),
    bcc_address varchar(191),
    custom_html text,
    utm_tags text
);
INSERT INTO emails (name, subject, from_address, from_name, reply_to_address, bcc_address, custom_html, utm_tags)
SELECT n, subj, fa, fnm, rt, bcc,
       '<!DOCTYPE html><html><body style="font-family:Helvetica,Arial"><table width="600"><tr><td><img src="https://m.larkspur.example/media/images/logo.png" alt="Larkspur"></td></tr><tr><td>'
       || '<p>Hi {contactfield=firstname},</p><p>' || body || '</p><p><a href="https://larkspur.example/app?utm_source=mautic">Open Larkspur</a></p>'
       || '<p>The Larkspur team</p></td></tr><tr><td style="font-size:11px;color:#888">Larkspur Analytics Ltd, 2 Grand Canal Square, Dublin 2, Ireland. {unsubscribe_text} | {webview_text}</td></tr></table>{tracking_pixel}</body></html>',
       'a:4:{' || fixture_gen.php_s('utmSource') || fixture_gen.php_s('mautic') || fixture_gen.php_s('utmMedium') || fixture_gen.php_s('email') || fixture_gen.php_s('utmCampaign') || fixture_gen.php_s(lower(replace(n, ' ', '-')))
       || fixture_gen.php_s('utmContent') || 'N;}'
FROM (VALUES ('Welcome', 'Welcome to Larkspur, {contactfield=firstname}!', 'hello@larkspur.example', 'Larkspur', 'support@larkspur.example', NULL, 'Thanks for signing up. Your workspace is ready.'),
    ('Trial ends in 3 days', '{contactfield=firstname}, your trial ends in 3 days', 'hello@larkspur.example', 'Larkspur', NULL, NULL, 'Your trial of {contactfield=company} ends soon. Pick a plan to keep your dashboards.'),
    ('Webinar reminder', 'Starting in 1 hour: Funnels that don''t lie', 'events@larkspur.example', 'Larkspur Events', NULL, NULL, 'The webinar starts at 16:00 Dublin time. Join here: {webinar_link}'),
    ('Newsletter May', 'What''s new in May: retention cohorts', 'news@larkspur.example', 'Larkspur', NULL, NULL, 'Retention cohorts are live, and the EU region is generally available.'),
    ('Sales follow-up', 'Quick question about {contactfield=company}', (SELECT login FROM fixture_gen.us WHERE k = 3) || '@larkspur.example', (SELECT fn FROM fixture_gen.us WHERE k = 3), NULL,
        'hubspot-archive-' || fixture_gen.digits('bcc', 1, 7) || '@bcc.hubspot.example', 'Would it make sense to talk for 15 minutes next week about how {contactfield=company} measures activation?'),
    ('Renewal notice', 'Your Larkspur subscription renews on {contactfield=renewal_date}', 'billing@larkspur.example', 'Larkspur Billing', 'accounts@larkspur.example', 'finance-archive@larkspur.example', 'Your annual plan renews in 30 days. No action is needed.'),
    ('Re-engagement', 'We miss you, {contactfield=firstname}', 'hello@larkspur.example', 'Larkspur', NULL, NULL, 'Here is 20% off if you come back this month.'),
    ('Event invite Munich', 'Drinks in München on 12 June?', (SELECT login FROM fixture_gen.us WHERE k = 5) || '@larkspur.example', (SELECT f FROM fixture_gen.us WHERE k = 5) || ' from Larkspur', NULL, NULL, 'We are hosting customers at a beer garden near Marienplatz.')
) v(n, subj, fa, fnm, rt, bcc, body);

CREATE TABLE email_stats (
    id bigserial PRIMARY KEY,
    email_id integer,
    lead_id bigint,
    email_address varchar(191) NOT NULL,
    date_sent timestamp(0) NOT NULL,
    is_read boolean NOT NULL,
    tracking_hash varchar(191),
    tokens text,
    open_details text
);
INSERT INTO email_stats (email_id, lead_id, email_address, date_sent, is_read, tracking_hash, tokens, open_details)
SELECT 1 + t % 8, c.i, c.email, fixture_gen.ts('esd', t), x.rd, fixture_gen.uniqid('esh', t),
       'a:4:{' || fixture_gen.php_s('{contactfield=firstname}') || fixture_gen.php_s(c.f) || fixture_gen.php_s('{contactfield=company}') || fixture_gen.php_s(c.company)
       || fixture_gen.php_s('{unsubscribe_url}') || fixture_gen.php_s('https://m.larkspur.example/email/unsubscribe/' || fixture_gen.uniqid('esh', t) || '/' || c.email)
       || fixture_gen.php_s('{tracking_pixel}') || fixture_gen.php_s('https://m.larkspur.example/email/' || fixture_gen.uniqid('esh', t) || '.gif') || '}',
       CASE WHEN x.rd THEN 'a:' || x.opens || ':{' || (SELECT string_agg('i:' || (o - 1) || ';a:3:{' || fixture_gen.php_s('datetime') || fixture_gen.php_s(to_char(fixture_gen.ts('esd', t) + make_interval(hours => o * 3), 'YYYY-MM-DD HH24:MI:SS'))
           || fixture_gen.php_s('useragent') || fixture_gen.php_s(fixture_gen.ua('esua' || o, t)) || fixture_gen.php_s('inBrowser') || 'b:0;}', '' ORDER BY o) FROM generate_series(1, x.opens) o) || '}' ELSE 'a:0:{}' END
FROM generate_series(1, 2000) t JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('esc', t, 1200),
LATERAL (SELECT t % 5 < 2 AS rd, 1 + t % 3 AS opens) x;

-- Rendered copies of what was sent, keyed by a hash of the content.
CREATE TABLE email_copies (
    id varchar(32) PRIMARY KEY,
    date_created timestamp(0) NOT NULL,
    body text,
    subject text
);
INSERT INTO email_copies
SELECT md5('ecp' || t), fixture_gen.ts('esd', t),
       '<!DOCTYPE html><html><body style="font-family:Helvetica,Arial"><p>Hi ' || c.f || ',</p><p>' || CASE WHEN t % 2 = 0 THEN 'Your trial of ' || c.company || ' ends soon. Pick a plan to keep your dashboards.'
           ELSE 'Would it make sense to talk for 15 minutes next week about how ' || c.company || ' measures activation?' END || '</p><p>The Larkspur team</p>'
       || '<p style="font-size:11px">Larkspur Analytics Ltd, 2 Grand Canal Square, Dublin 2, Ireland. <a href="https://m.larkspur.example/email/unsubscribe/' || fixture_gen.uniqid('esh', t) || '">Unsubscribe</a></p></body></html>',
       CASE WHEN t % 2 = 0 THEN c.f || ', your trial ends in 3 days' ELSE 'Quick question about ' || c.company END
FROM generate_series(1, 300) t JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('esc', t, 1200);

-- ── Pages and tracking ───────────────────────────────────────────────────

CREATE TABLE page_hits (
    id bigserial PRIMARY KEY,
    lead_id bigint,
    date_hit timestamp(0) NOT NULL,
    country varchar(191),
    city varchar(191),
    organization varchar(191),
    referer text,
    url text,
    user_agent text,
    remote_host varchar(191),
    tracking_id varchar(191) NOT NULL,
    query text
);
INSERT INTO page_hits (lead_id, date_hit, country, city, organization, referer, url, user_agent, remote_host, tracking_id, query)
SELECT l.id, fixture_gen.ts('phd', h), g.country, g.city,
       CASE WHEN h % 4 = 0 THEN (SELECT name FROM fixture_gen.co WHERE co.k = 1 + fixture_gen.n('phor', h, 180)) ELSE fixture_gen.pick(ARRAY['Eir', 'Virgin Media', 'Deutsche Telekom AG', 'Comcast Cable', 'Reliance Jio', 'NTT'], 'phisp', h) END,
       fixture_gen.pick(ARRAY['https://www.google.com/', 'https://www.linkedin.com/', '', 'android-app://com.google.android.gm/', 'https://news.ycombinator.com/', 'https://www.capterra.example/'], 'phr', h),
       x.url, fixture_gen.ua('phua', h), fixture_gen.ipv4('phip', h), fixture_gen.chars('ldtr', h, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       CASE WHEN x.pre THEN 'a:3:{' || fixture_gen.php_s('email') || fixture_gen.php_s(l.email) || fixture_gen.php_s('firstname') || fixture_gen.php_s(l.firstname) || fixture_gen.php_s('utm_source') || fixture_gen.php_s('newsletter') || '}'
            WHEN h % 3 = 0 THEN 'a:2:{' || fixture_gen.php_s('utm_source') || fixture_gen.php_s('linkedin') || fixture_gen.php_s('utm_medium') || fixture_gen.php_s('social') || '}' ELSE 'a:0:{}' END
FROM generate_series(1, 2000) h JOIN leads l ON l.id = 1 + fixture_gen.n('phl', h, 1500) JOIN fixture_gen.geo g ON g.g = 1 + fixture_gen.n('phg', h, 16),
LATERAL (SELECT h % 10 = 7 AND l.email IS NOT NULL AS pre) p0,
LATERAL (SELECT p0.pre, 'https://larkspur.example/' || fixture_gen.pick(ARRAY['', 'pricing', 'features/funnels', 'blog/sampling-is-lying', 'webinar/may-2024', 'signup', 'customers'], 'php', h)
    || CASE WHEN p0.pre THEN '?email=' || replace(l.email, '@', '%40') || '&firstname=' || replace(l.firstname, ' ', '%20') || '&utm_source=newsletter'
            WHEN h % 3 = 0 THEN '?utm_source=linkedin&utm_medium=social' ELSE '' END AS url) x;

-- Tracked links: the URL templates emails point at.
CREATE TABLE page_redirects (
    id serial PRIMARY KEY,
    redirect_id varchar(25) NOT NULL,
    url text NOT NULL
);
INSERT INTO page_redirects (redirect_id, url)
SELECT fixture_gen.hexn('prd', k, 25), u FROM unnest(ARRAY['https://larkspur.example/app?utm_source=mautic', 'https://larkspur.example/pricing?email={contactfield=email}&plan=growth',
    'https://larkspur.example/webinar/join?name={contactfield=firstname}%20{contactfield=lastname}&email={contactfield=email}', 'https://calendly.example/larkspur-sales/15min?email={contactfield=email}',
    'https://larkspur.example/blog/sampling-is-lying', 'https://larkspur.example/customers', 'https://twitter.example/larkspurhq', 'https://www.linkedin.com/company/larkspur-analytics',
    'https://larkspur.example/renew?account={contactfield=company}', 'https://docs.larkspur.example/eu-region']) WITH ORDINALITY AS x(u, k);

-- ── Users and API access ─────────────────────────────────────────────────

CREATE TABLE users (
    id serial PRIMARY KEY,
    username varchar(191) NOT NULL,
    password varchar(64) NOT NULL,
    first_name varchar(191) NOT NULL,
    last_name varchar(191) NOT NULL,
    email varchar(191) NOT NULL,
    position varchar(191),
    timezone varchar(191),
    preferences text,
    signature text
);
INSERT INTO users
SELECT u.k, CASE WHEN u.k = 1 THEN 'admin' ELSE u.login END, replace(fixture_gen.bcrypt('upw', u.k), '$2a' || '$12$', '$2y' || '$13$'), u.f, u.l, u.login || '@larkspur.example',
       (ARRAY['Marketing Operations Lead', 'Head of Marketing', 'Account Executive', 'Account Executive', 'Sales Development Rep', 'Customer Success Manager', 'Content Marketer', 'Growth Engineer',
           'Sales Development Rep', 'Support Engineer', 'CEO', 'Designer'])[u.k],
       fixture_gen.pick(ARRAY['Europe/Dublin', 'Europe/Dublin', 'Europe/Berlin', 'America/New_York', ''], 'utz', u.k),
       'a:3:{' || fixture_gen.php_s('theme') || fixture_gen.php_s(fixture_gen.pick(ARRAY['light', 'dark'], 'uth', u.k)) || fixture_gen.php_s('contact.list.columns') || 'a:3:{i:0;'
           || fixture_gen.php_s('name') || 'i:1;' || fixture_gen.php_s('email') || 'i:2;' || fixture_gen.php_s('points') || '}' || fixture_gen.php_s('page.limit') || 'i:' || (25 * (1 + u.k % 3)) || ';}',
       CASE WHEN u.k IN (3, 4, 5, 6, 9) THEN '<p>Best regards,<br><strong>' || u.fn || '</strong><br>' || (ARRAY['', '', '', 'Account Executive', 'Account Executive', 'Sales Development Rep', 'Customer Success Manager', '', '', 'Sales Development Rep'])[u.k + 1]
           || ' | Larkspur Analytics<br>' || fixture_gen.phone('usig', u.k) || ' | <a href="https://calendly.example/' || u.login || '">Book a call</a></p>' ELSE 'Best regards, |FROM_NAME|' END
FROM fixture_gen.us u;

CREATE TABLE oauth2_clients (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    random_id varchar(191) NOT NULL,
    secret varchar(191) NOT NULL,
    redirect_uris text NOT NULL
);
INSERT INTO oauth2_clients
SELECT k, n, fixture_gen.chars('ocr', k, 50, 'abcdefghijklmnopqrstuvwxyz0123456789'), fixture_gen.chars('ocs', k, 50, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       'a:1:{i:0;' || fixture_gen.php_s(r) || '}'
FROM (VALUES (1, 'Zapier', 'https://zapier.example/dashboard/auth/oauth/return/MauticCLIAPI/'), (2, 'Website backend', 'https://larkspur.example/oauth/mautic/callback'),
    (3, 'Data warehouse sync', 'https://etl.larkspur.internal/mautic/callback'), (4, 'Postman (dev workspace)', 'https://oauth.pstmn.example/v1/callback')) v(k, n, r);

CREATE TABLE oauth2_accesstokens (
    id serial PRIMARY KEY,
    client_id integer NOT NULL,
    user_id integer,
    token varchar(191) NOT NULL,
    expires_at bigint
);
INSERT INTO oauth2_accesstokens (client_id, user_id, token, expires_at)
SELECT 1 + t % 4, 1 + t % 3, fixture_gen.chars('oat', t, 86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), 1714000000 + t * 3600
FROM generate_series(1, 60) t;

CREATE TABLE oauth2_refreshtokens (
    id serial PRIMARY KEY,
    client_id integer NOT NULL,
    user_id integer,
    token varchar(191) NOT NULL
);
INSERT INTO oauth2_refreshtokens (client_id, user_id, token)
SELECT 1 + t % 4, 1 + t % 3, fixture_gen.chars('ort', t, 86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') FROM generate_series(1, 40) t;

-- Webhooks: the URL of a Zapier catch hook or a Slack incoming webhook is
-- itself the credential; the CRM sync uses basic auth in the URL.
CREATE TABLE webhooks (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    description text,
    webhook_url text NOT NULL,
    secret varchar(191) NOT NULL
);
INSERT INTO webhooks VALUES
    (1, 'Zapier: new contact to Google Sheets', 'Created by ' || (SELECT fn FROM fixture_gen.us WHERE k = 1), 'https://hooks.' || 'zapier.com/hooks/catch/' || fixture_gen.digits('zap', 1, 7) || '/' || fixture_gen.chars('zap', 1, 7, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/',
        fixture_gen.chars('whs', 1, 64, 'abcdef0123456789')),
    (2, 'Slack #leads', 'Form submissions to Slack', 'https://hooks.' || 'slack.com/services/T' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B'
        || fixture_gen.chars('slb', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slk', 1, 24), fixture_gen.chars('whs', 2, 64, 'abcdef0123456789')),
    (3, 'CRM sync', 'Pushes identified contacts to the internal CRM', 'https://mautic-sync:' || fixture_gen.chars('crmpw', 1, 16) || '@crm.larkspur.internal/api/mautic/events',
        fixture_gen.chars('whs', 3, 64, 'abcdef0123456789')),
    (4, 'Data warehouse', '', 'https://etl.larkspur.internal/ingest/mautic', fixture_gen.chars('whs', 4, 64, 'abcdef0123456789'));

CREATE TABLE webhook_queue (
    id bigserial PRIMARY KEY,
    webhook_id integer NOT NULL,
    date_added timestamp(0),
    payload text
);
INSERT INTO webhook_queue (webhook_id, date_added, payload)
SELECT 1 + q % 4, fixture_gen.ts('wqd', q),
       '{"mautic.lead_post_save_update":[{"contact":{"id":' || c.i || ',"points":' || (q % 40) * 5 || ',"fields":{"core":{"firstname":{"value":' || to_json(c.f) || '},"lastname":{"value":' || to_json(c.l)
       || '},"email":{"value":"' || c.email || '"},"company":{"value":' || to_json(c.company) || '}}},"ipAddresses":{"' || fixture_gen.ipv4('wqip', q) || '":{"extra":"","city":' || to_json(c.city) || '}}},"timestamp":"'
       || to_char(fixture_gen.ts('wqd', q), 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"') || '"}]}'
FROM generate_series(1, 250) q JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('wqc', q, 1200);

CREATE TABLE plugin_integration_settings (
    id serial PRIMARY KEY,
    plugin_id integer,
    name varchar(191) NOT NULL,
    api_keys text NOT NULL,
    feature_settings text
);
INSERT INTO plugin_integration_settings VALUES
    (1, 1, 'Salesforce', 'a:4:{' || fixture_gen.php_s('client_id') || fixture_gen.php_s(fixture_gen.enc('sfci', 1, 64)) || fixture_gen.php_s('client_secret') || fixture_gen.php_s(fixture_gen.enc('sfcs', 1, 48))
        || fixture_gen.php_s('access_token') || fixture_gen.php_s(fixture_gen.enc('sfat', 1, 96)) || fixture_gen.php_s('refresh_token') || fixture_gen.php_s(fixture_gen.enc('sfrt', 1, 64)) || '}',
        'a:3:{' || fixture_gen.php_s('objects') || 'a:2:{i:0;' || fixture_gen.php_s('Lead') || 'i:1;' || fixture_gen.php_s('Contact') || '}' || fixture_gen.php_s('leadFields') || 'a:5:{'
        || fixture_gen.php_s('FirstName__Lead') || fixture_gen.php_s('firstname') || fixture_gen.php_s('LastName__Lead') || fixture_gen.php_s('lastname') || fixture_gen.php_s('Email__Lead') || fixture_gen.php_s('email')
        || fixture_gen.php_s('Phone__Lead') || fixture_gen.php_s('phone') || fixture_gen.php_s('Company__Lead') || fixture_gen.php_s('company') || '}' || fixture_gen.php_s('update_mautic') || 'a:1:{'
        || fixture_gen.php_s('Email__Lead') || 'i:0;}}'),
    (2, 2, 'Twilio', 'a:2:{' || fixture_gen.php_s('username') || fixture_gen.php_s(fixture_gen.enc('twu', 1, 48)) || fixture_gen.php_s('password') || fixture_gen.php_s(fixture_gen.enc('twp', 1, 48)) || '}',
        'a:2:{' || fixture_gen.php_s('sending_phone_number') || fixture_gen.php_s('+353 1 555 0142') || fixture_gen.php_s('frequency_number') || fixture_gen.php_s('3') || '}'),
    (3, 3, 'Clearbit', 'a:1:{' || fixture_gen.php_s('key') || fixture_gen.php_s(fixture_gen.enc('cbk', 1, 48)) || '}',
        'a:1:{' || fixture_gen.php_s('auto_update') || 'b:1;}'),
    (4, 4, 'GoogleAnalytics', 'a:0:{}', 'a:1:{' || fixture_gen.php_s('tracking_id') || fixture_gen.php_s('G-' || fixture_gen.chars('ga4', 1, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')) || '}'),
    (5, 5, 'OneSignal', 'a:2:{' || fixture_gen.php_s('app_id') || fixture_gen.php_s(md5('onesignal')::uuid::text) || fixture_gen.php_s('rest_api_key') || fixture_gen.php_s(fixture_gen.enc('osk', 1, 48)) || '}',
        'a:2:{' || fixture_gen.php_s('subdomain_name') || fixture_gen.php_s('larkspur') || fixture_gen.php_s('welcome_notification_enabled') || 'b:0;}'),
    (6, 6, 'Gmail', 'a:0:{}', 'a:0:{}');

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL,
    user_name varchar(191) NOT NULL,
    object varchar(50) NOT NULL,
    action varchar(50) NOT NULL,
    details text NOT NULL,
    date_added timestamp(0) NOT NULL,
    ip_address varchar(45) NOT NULL
);
INSERT INTO audit_log (user_id, user_name, object, action, details, date_added, ip_address)
SELECT CASE WHEN v.k = 4 THEN 0 ELSE u.k END, CASE WHEN v.k = 4 THEN 'System' ELSE u.fn END, v.obj, v.act, v.det, fixture_gen.ts('ald', a),
       CASE WHEN v.k = 4 THEN '127.0.0.1' WHEN a % 4 = 0 THEN fixture_gen.ipv6('alip', a % 30) ELSE fixture_gen.ipv4('alip', a % 30) END
FROM generate_series(1, 800) a JOIN fixture_gen.us u ON u.k = 1 + a % 12 JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('alc', a, 1200),
LATERAL (SELECT * FROM (VALUES
    (0, 'lead', 'update', 'a:2:{' || fixture_gen.php_s('email') || 'a:2:{i:0;' || fixture_gen.php_s(fixture_gen.mailof(c.f, c.l, 'alo', a)) || 'i:1;' || fixture_gen.php_s(c.email) || '}'
        || fixture_gen.php_s('position') || 'a:2:{i:0;N;i:1;' || fixture_gen.php_s('Head of Data') || '}}'),
    (1, 'lead', 'create', 'a:1:{' || fixture_gen.php_s('name') || fixture_gen.php_s(c.f || ' ' || c.l) || '}'),
    (2, 'lead', 'delete', 'a:1:{' || fixture_gen.php_s('name') || fixture_gen.php_s(c.f || ' ' || c.l || ' (' || c.email || ')') || '}'),
    (3, 'email', 'update', 'a:1:{' || fixture_gen.php_s('subject') || 'a:2:{i:0;' || fixture_gen.php_s('Your trial ends soon') || 'i:1;' || fixture_gen.php_s('{contactfield=firstname}, your trial ends in 3 days') || '}}'),
    (4, 'segment', 'rebuild', 'a:2:{' || fixture_gen.php_s('added') || 'i:' || (a % 90) || ';' || fixture_gen.php_s('removed') || 'i:' || (a % 7) || ';}'),
    (5, 'security', 'login', 'a:1:{' || fixture_gen.php_s('username') || fixture_gen.php_s(u.login) || '}')
) t(k, obj, act, det) WHERE t.k = fixture_gen.n('alk', a, 6)) v;

-- ── SMS ──────────────────────────────────────────────────────────────────

CREATE TABLE sms_messages (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    message text NOT NULL,
    sent_count integer NOT NULL DEFAULT 0
);
INSERT INTO sms_messages (name, message, sent_count) VALUES
    ('Webinar in 1 hour', 'Hi {contactfield=firstname}, "Funnels that don''t lie" starts in 1 hour: {webinar_link} Reply STOP to opt out.', 212),
    ('Trial ending', '{contactfield=firstname}, your Larkspur trial ends tomorrow. Upgrade: https://lrk.example/up', 488),
    ('Event reminder Munich', 'See you tonight at 19:00, Augustiner-Keller, Arnulfstraße 52. - Larkspur', 36),
    ('Payment failed', 'Larkspur: the card on file for {contactfield=company} was declined. Update it at https://lrk.example/billing', 19);

CREATE TABLE sms_message_stats (
    id serial PRIMARY KEY,
    sms_id integer,
    lead_id bigint,
    tracking_hash varchar(191),
    details text
);
INSERT INTO sms_message_stats (sms_id, lead_id, tracking_hash, details)
SELECT 1 + t % 4, c.i, fixture_gen.uniqid('smh', t),
       'a:2:{' || fixture_gen.php_s('sid') || fixture_gen.php_s('SM' || fixture_gen.hexn('smsid', t, 32)) || fixture_gen.php_s('to') || fixture_gen.php_s(fixture_gen.phone('lmo', c.i)) || '}'
FROM generate_series(1, 400) t JOIN fixture_gen.ct c ON c.i = 1 + 4 * fixture_gen.n('smc', t, 300);

-- ── Campaigns, notifications, imports ────────────────────────────────────

CREATE TABLE campaign_lead_event_log (
    id bigserial PRIMARY KEY,
    event_id integer NOT NULL,
    lead_id bigint NOT NULL,
    date_triggered timestamp(0),
    channel varchar(191),
    metadata text
);
INSERT INTO campaign_lead_event_log (event_id, lead_id, date_triggered, channel, metadata)
SELECT 1 + e % 14, c.i, fixture_gen.ts('cld', e), CASE WHEN e % 7 = 3 THEN 'sms' WHEN e % 7 = 5 THEN NULL ELSE 'email' END,
       CASE WHEN e % 6 = 0 THEN 'a:2:{' || fixture_gen.php_s('failed') || 'i:1;' || fixture_gen.php_s('reason') || fixture_gen.php_s(c.email || ' is on the do not contact list') || '}'
            WHEN e % 6 = 1 THEN 'a:1:{' || fixture_gen.php_s('timeline') || fixture_gen.php_s('Email sent') || '}'
            WHEN e % 6 = 2 THEN 'a:1:{' || fixture_gen.php_s('emailId') || 'i:' || (1 + e % 8) || ';}' ELSE 'a:0:{}' END
FROM generate_series(1, 1500) e JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('clc', e, 1200);

CREATE TABLE notifications (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    header varchar(512),
    message text NOT NULL,
    date_added timestamp(0)
);
INSERT INTO notifications (user_id, header, message, date_added)
SELECT 1 + n % 12, v.h, v.m, fixture_gen.ts('ntd', n)
FROM generate_series(1, 400) n JOIN fixture_gen.ct c ON c.i = 1 + fixture_gen.n('ntc', n, 1200),
LATERAL (SELECT * FROM (VALUES (0, 'Contact assigned', '<a href="/s/contacts/view/' || c.i || '">' || c.f || ' ' || c.l || '</a> was assigned to you.'),
    (1, 'Import completed', 'Import of "websummit-2024-scans.csv" finished: ' || (n % 300) || ' created, ' || (n % 40) || ' updated, ' || (n % 9) || ' failed.'),
    (2, 'Export ready', 'Your export of ' || (1000 + n * 3) || ' contacts is ready to download.'),
    (3, 'Form submitted', c.email || ' submitted the form Contact us.'),
    (4, NULL, 'Segment "Trial users" was rebuilt.')) t(k, h, m) WHERE t.k = n % 5) v;

CREATE TABLE imports (
    id serial PRIMARY KEY,
    file varchar(191) NOT NULL,
    original_file varchar(191),
    line_count integer NOT NULL,
    status integer NOT NULL,
    properties text
);
INSERT INTO imports (file, original_file, line_count, status, properties)
SELECT fixture_gen.hexn('imf', k, 40) || '.csv', o, 50 + k * 37, CASE WHEN k = 6 THEN 4 ELSE 3 END,
       'a:3:{' || fixture_gen.php_s('fields') || 'a:4:{' || fixture_gen.php_s('email') || fixture_gen.php_s('email') || fixture_gen.php_s('first_name') || fixture_gen.php_s('firstname')
       || fixture_gen.php_s('last_name') || fixture_gen.php_s('lastname') || fixture_gen.php_s('company') || fixture_gen.php_s('company') || '}' || fixture_gen.php_s('defaults') || 'a:2:{'
       || fixture_gen.php_s('owner') || 'i:' || (1 + k % 5) || ';' || fixture_gen.php_s('tags') || 'a:1:{i:0;' || fixture_gen.php_s(lower(split_part(o, '.', 1))) || '}}' || fixture_gen.php_s('parser') || 'a:3:{'
       || fixture_gen.php_s('delimiter') || fixture_gen.php_s(',') || fixture_gen.php_s('enclosure') || fixture_gen.php_s('"') || fixture_gen.php_s('batchlimit') || 'i:100;}}'
FROM unnest(ARRAY['websummit-2024-scans.csv', 'webinar-may-attendees.csv', 'legacy-hubspot-export.csv', 'saastr-badges.csv', 'partner-leads-q2.csv', 'g2-reviewers.csv']) WITH ORDINALITY AS x(o, k);

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
