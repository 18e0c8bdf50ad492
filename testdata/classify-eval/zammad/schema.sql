-- classify-eval fixture (HOLDOUT 8, with saleor: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): a Zammad 6 helpdesk on PostgreSQL in Zammad's Rails naming, a
-- subset of its tables and of their columns with their real names and types:
-- integer ids, *_by_id audit columns, timestamp(3) without time zone, Rails
-- `store` columns serialized as YAML (preferences, options, state_current),
-- columns named from, to, cc and references. Users holding agents and
-- customers alike (login is the email for customers, the AD login for some
-- agents), Argon2 and legacy {sha2} password hashes, a free-form address,
-- preferences with agents' out-of-office texts naming a stand-in,
-- organizations (customers' companies and their mail domains), tickets and
-- their articles (emails with signatures, phone notes, internal notes, S/MIME
-- results naming the signer), the history of changed attributes (emails,
-- phones, names), taskbars keeping unsent drafts, LDAP and Exchange syncs
-- keyed by distinguished names, settings whose titles name personal
-- attributes while state_current holds API keys and a proxy password, mail
-- channels with IMAP and SMTP passwords, signatures and text modules full of
-- #{placeholders}, public knowledge base answers, webhooks with secrets, an
-- HTTP log of outgoing and incoming calls with their headers, a CTI call log
-- with callers' numbers and names, S/MIME certificates and private keys,
-- user devices with their location, attachments whose file names name
-- people. A home-appliance maker's customer service: agents in three
-- countries, consumers and retailers writing in.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA zgen;

CREATE FUNCTION zgen.ts(tag text, i bigint) RETURNS timestamp(3)
LANGUAGE sql IMMUTABLE AS $$ SELECT (fixture_gen.stamp(tag, i) AT TIME ZONE 'UTC')::timestamp(3) $$;

CREATE FUNCTION zgen.hexn(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(string_agg(encode(sha512(convert_to(tag || b || ':' || i, 'UTF8')), 'hex'), '' ORDER BY b), 1, len) FROM generate_series(1, (len + 127) / 128) b
$$;

CREATE FUNCTION zgen.b64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(substr(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || '+' || i, 'UTF8'))
      || sha512(convert_to(tag || '-' || i, 'UTF8')) || sha512(convert_to(tag || '*' || i, 'UTF8')), 1, len), 'base64'), E'\n', '')
$$;

CREATE FUNCTION zgen.mailof(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '_', '', '.'], tag || 's', i) || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 90)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['mail.example', 'post.example', 'inbox.example', 'example.com', 'example.org', 'example.net', 'webmail.example', 'freemail.example'], tag || 'd', i)
$$;

CREATE FUNCTION zgen.mail(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT zgen.mailof(fixture_gen.first_name(tag, i), fixture_gen.last_name(tag || 'l', i), tag, i) $$;

CREATE FUNCTION zgen.yq(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '''' || replace(v, '''', '''''') || '''' $$;

CREATE FUNCTION zgen.js(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(to_json(v)::text, 'null') $$;

CREATE FUNCTION zgen.argon(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$argon2id$v=19$m=65536,t=2,p=1$' || rtrim(zgen.b64(tag || 's', i, 16), '=') || '$' || rtrim(zgen.b64(tag || 'h', i, 32), '=')
$$;

CREATE FUNCTION zgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36'], tag, i)
$$;

-- Organizations: 1 is Zammad's seed, 2-61 retailers and installers.
CREATE TABLE zgen.org AS
SELECT k AS id, a || ' ' || b AS name, fixture_gen.ascii(a) || '-' || fixture_gen.ascii(split_part(b, ' ', 1)) || '.example' AS domain
FROM (SELECT k, fixture_gen.pick(ARRAY['Kestrel', 'Alder', 'Bluefin', 'Mossgiel', 'Larkspur', 'Quayside', 'Thornbury', 'Halcyon', 'Saltmarsh', 'Ridgeway', 'Oakhurst', 'Pennine',
        'Corran', 'Westfold', 'Brackley', 'Elmstead', 'Norbury', 'Fairholme', 'Ashgrove', 'Marlow'], 'orga', k) || CASE WHEN k > 21 THEN ' ' || (ARRAY['North', 'South', 'East', 'West'])[1 + k % 4] ELSE '' END AS a,
        fixture_gen.pick(ARRAY['Home Stores Ltd', 'Kitchens GmbH', 'Electricals S.A.', 'Appliance Repairs', 'Küchenstudio KG', 'Hotels plc', 'Property Services', 'Laundry B.V.'], 'orgb', k) AS b
      FROM generate_series(2, 61) k) x;
UPDATE zgen.org o SET domain = replace(o.domain, '.example', d.rn || '.example'), name = o.name || ' (' || d.rn || ')'
FROM (SELECT id, row_number() OVER (PARTITION BY domain ORDER BY id) AS rn FROM zgen.org) d WHERE d.id = o.id AND d.rn > 1;

-- People: 1 the system user, 2-41 agents (2-26 from Active Directory), 42-640 customers; a
-- third of the customers work for an organization and write from its domain.
CREATE TABLE zgen.p AS
SELECT i, f AS first, l AS last, f || ' ' || l AS fn,
       CASE WHEN i BETWEEN 2 AND 41 THEN NULL WHEN i % 3 = 0 THEN 2 + fixture_gen.n('porg', i, 60) END AS org,
       fixture_gen.phone('zph', i) AS phone, fixture_gen.phone('zmob', i) AS mobile
FROM (SELECT i, fixture_gen.first_name('zu', i) AS f, fixture_gen.last_name('zul', i) AS l FROM generate_series(1, 640) i) x;
ALTER TABLE zgen.p ADD COLUMN email text, ADD COLUMN login text;
UPDATE zgen.p p SET email = CASE WHEN p.i = 1 THEN '' WHEN p.i <= 41 THEN fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@brightwater.example'
                                  WHEN p.org IS NOT NULL THEN substr(fixture_gen.ascii(p.first), 1, 1) || '.' || fixture_gen.ascii(p.last) || '@' || o.domain
                                  ELSE zgen.mailof(p.first, p.last, 'zcm', p.i) END
FROM (SELECT NULL::int AS id, NULL::text AS domain UNION ALL SELECT id, domain FROM zgen.org) o WHERE o.id IS NOT DISTINCT FROM p.org;
UPDATE zgen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM zgen.p) d WHERE d.i = p.i AND d.rn > 1 AND p.i > 1;
UPDATE zgen.p SET login = CASE WHEN i = 1 THEN '-' WHEN i BETWEEN 2 AND 26 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) || i ELSE email END;

CREATE TABLE organizations (
    id serial PRIMARY KEY, name varchar(150) NOT NULL, shared boolean DEFAULT true NOT NULL, domain varchar(250) DEFAULT '', domain_assignment boolean DEFAULT false NOT NULL,
    active boolean DEFAULT true NOT NULL, vip boolean DEFAULT false NOT NULL, note varchar(5000), created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO organizations VALUES (1, 'Zammad Foundation', true, '', false, true, false, '', '2019-03-11 09:14:02.118', '2019-03-11 09:14:02.118');
INSERT INTO organizations
SELECT o.id, o.name, o.id % 5 <> 0, o.domain, o.id % 3 = 0, o.id % 17 <> 0, o.id % 11 = 0,
       CASE WHEN o.id % 4 = 0 THEN fixture_gen.pick(ARRAY['Key account since 2021. Purchasing contact: ' || fixture_gen.full_name('onote', o.id) || ', ' || fixture_gen.phone('onph', o.id) || '.',
               'Installer partner, 2-year extended warranty on all units they fit.', 'Invoices go to the head office in ' || fixture_gen.city('onc', o.id) || '.',
               'Escalations to ' || fixture_gen.first_name('onesc', o.id) || ' (store manager), not to the branch.', 'Do not send marketing.'], 'onote', o.id) ELSE '' END,
       zgen.ts('ocr', o.id), zgen.ts('ocr', o.id) + make_interval(days => o.id * 5)
FROM zgen.org o;

CREATE TABLE users (
    id serial PRIMARY KEY, organization_id integer, login varchar(255) NOT NULL, firstname varchar(100) DEFAULT '', lastname varchar(100) DEFAULT '', email varchar(255) DEFAULT '',
    image varchar(100), image_source varchar(200), web varchar(100) DEFAULT '', password varchar(100), phone varchar(100) DEFAULT '', fax varchar(100) DEFAULT '',
    mobile varchar(100) DEFAULT '', department varchar(200) DEFAULT '', street varchar(120) DEFAULT '', zip varchar(100) DEFAULT '', city varchar(100) DEFAULT '',
    country varchar(100) DEFAULT '', address varchar(500) DEFAULT '', vip boolean DEFAULT false, verified boolean DEFAULT false NOT NULL, active boolean DEFAULT true NOT NULL,
    note varchar(5000) DEFAULT '', last_login timestamp(3), source varchar(200), out_of_office boolean DEFAULT false NOT NULL,
    out_of_office_replacement_id integer, preferences text, created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO users
SELECT p.i, CASE WHEN p.i = 1 THEN 1 ELSE p.org END, p.login, CASE WHEN p.i = 1 THEN '-' ELSE p.first END, CASE WHEN p.i = 1 THEN '' ELSE p.last END, p.email,
       CASE WHEN p.i = 1 OR p.i % 3 = 1 THEN 'none' ELSE zgen.hexn('zimg', p.i, 64) END,
       CASE WHEN p.i > 1 AND p.i % 3 = 2 THEN 'https://www.gravatar.com/avatar/' || md5(lower(p.email)) || '?s=160&d=404'
            WHEN p.i > 41 AND p.i % 9 = 3 THEN 'https://media.social.example/profile_images/' || (1400000000 + p.i * 7919) || '/' || fixture_gen.ascii(p.first) || '_400x400.jpg' END,
       CASE WHEN p.i > 41 AND p.i % 13 = 0 THEN 'https://www.linkedin.example/in/' || fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '-' || (p.i * 37 % 900 + 100)
            WHEN p.org IS NOT NULL AND p.i % 4 = 0 THEN 'https://www.' || (SELECT domain FROM zgen.org WHERE id = p.org) ELSE '' END,
       CASE WHEN p.i = 1 THEN NULL WHEN p.i BETWEEN 2 AND 26 THEN '' WHEN p.i % 10 = 7 THEN '{sha2}' || encode(sha256(convert_to('zpw' || p.i, 'UTF8')), 'hex')
            WHEN p.i > 41 AND p.i % 4 = 2 THEN NULL ELSE zgen.argon('zpw', p.i) END,
       CASE WHEN p.i = 1 THEN '' WHEN p.i <= 41 THEN '+49 30 5558' || lpad((100 + p.i)::text, 3, '0') WHEN p.i % 3 = 0 OR p.i % 5 = 1 THEN p.phone ELSE '' END,
       CASE WHEN p.org IS NOT NULL AND p.i % 6 = 3 THEN regexp_replace(p.phone, '[0-9]$', '9') ELSE '' END,
       CASE WHEN p.i BETWEEN 2 AND 41 AND p.i % 2 = 0 OR p.i > 41 AND p.i % 4 = 1 THEN p.mobile ELSE '' END,
       CASE WHEN p.i BETWEEN 2 AND 41 THEN fixture_gen.pick(ARRAY['Customer Service', 'Customer Service', 'Technical Support', 'Field Service', 'Returns & Warranty', 'Spare Parts'], 'zdep', p.i)
            WHEN p.org IS NOT NULL AND p.i % 2 = 1 THEN fixture_gen.pick(ARRAY['Purchasing', 'Facilities', 'After-Sales', 'Store Management', 'Accounts Payable', 'Housekeeping'], 'zcdep', p.i) ELSE '' END,
       CASE WHEN p.i > 41 AND p.i % 5 = 2 THEN fixture_gen.street('zst', p.i) ELSE '' END,
       CASE WHEN p.i > 41 AND p.i % 5 IN (2, 3) THEN fixture_gen.postcode('zst', p.i) ELSE '' END,
       CASE WHEN p.i > 41 AND p.i % 5 IN (2, 3) THEN fixture_gen.city('zst', p.i) WHEN p.i BETWEEN 2 AND 41 THEN (ARRAY['Berlin', 'Leeds', 'Lyon'])[1 + p.i % 3] ELSE '' END,
       CASE WHEN p.i > 41 AND p.i % 5 IN (2, 3) THEN fixture_gen.pick(ARRAY['Germany', 'United Kingdom', 'France', 'Spain', 'Austria', 'Netherlands', 'Poland', 'Ireland'], 'zctry', p.i) ELSE '' END,
       CASE WHEN p.i > 41 AND p.i % 11 = 4 THEN fixture_gen.street('zad', p.i) || E'\n' || fixture_gen.postcode('zad', p.i) || ' ' || fixture_gen.city('zad', p.i)
            WHEN p.i > 41 AND p.i % 11 = 8 THEN 'c/o ' || fixture_gen.full_name('zco', p.i) || E'\n' || fixture_gen.street('zad', p.i) || E'\n' || fixture_gen.city('zad', p.i) ELSE '' END,
       p.i > 41 AND p.i % 23 = 0, p.i > 41 AND p.i % 3 <> 2, p.i % 37 <> 5,
       CASE WHEN p.i > 41 AND p.i % 7 = 0 THEN fixture_gen.pick(ARRAY['Prefers phone over email. Hard of hearing, speak slowly.', 'Called three times about the same dryer, offered a replacement.',
               'Partner ' || fixture_gen.first_name('znw', p.i) || ' may also call about this account.', 'Threatened a chargeback in 2023, be careful with promises.',
               'Landlord, owns ' || (2 + p.i % 9) || ' flats on ' || fixture_gen.street('znst', p.i) || '.', 'Speaks German and Turkish.'], 'znote', p.i)
            WHEN p.i BETWEEN 2 AND 41 AND p.i % 6 = 0 THEN 'Team lead ' || (ARRAY['Berlin', 'Leeds', 'Lyon'])[1 + p.i % 3] || ', on call every other weekend.' ELSE '' END,
       CASE WHEN p.i > 1 AND p.i % 8 <> 3 THEN zgen.ts('zll', p.i) + interval '2 years' END,
       CASE WHEN p.i BETWEEN 2 AND 26 THEN 'Ldap' WHEN p.i > 41 AND p.i % 4 = 2 THEN 'email' WHEN p.i > 41 AND p.i % 4 = 3 THEN 'signup' WHEN p.i > 41 AND p.i % 4 = 1 THEN 'phone' END,
       p.i IN (8, 15, 33), CASE WHEN p.i IN (8, 15, 33) THEN p.i + 1 END,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n'
       || CASE WHEN p.i BETWEEN 2 AND 41 THEN E'notification_config:\n  matrix:\n    create:\n      criteria:\n        owned_by_me: true\n        owned_by_nobody: ' || (p.i % 2 = 0)::text
              || E'\n        no: false\n      channel:\n        email: ' || (p.i % 3 <> 0)::text || E'\n        online: true\n    update:\n      criteria:\n        owned_by_me: true\n      channel:\n        email: true\n        online: true\n'
              || E'  group_ids:\n  - ''' || (1 + p.i % 5) || E'''\nintro: true\nkeyboard_shortcuts_clues: ' || (p.i % 2 = 1)::text || E'\ntheme: ' || fixture_gen.pick(ARRAY['auto', 'dark', 'light'], 'zth', p.i) || E'\n'
              || CASE WHEN p.i % 4 = 0 OR p.i IN (15, 33) THEN 'out_of_office_text: ' || zgen.yq(fixture_gen.pick(ARRAY['I am on holiday until ', 'Ich bin im Urlaub bis zum ', 'En congés jusqu''au '], 'zoot', p.i)
                    || to_char(date '2024-08-16' + p.i, 'DD.MM.') || ' In urgent cases please contact ' || fixture_gen.first_name('zu', p.i + 1) || ' ' || fixture_gen.last_name('zul', p.i + 1) || ' on +49 30 5558' || lpad((101 + p.i)::text, 3, '0') || '.') || E'\n' ELSE '' END
            ELSE E'locale: ' || fixture_gen.pick(ARRAY['de-de', 'en-gb', 'en-us', 'fr-fr', 'es-es', 'nl-nl'], 'zloc', p.i) || E'\ntickets_closed: ' || (p.i % 7) || E'\ntickets_open: ' || (p.i % 3) || E'\n'
              || CASE WHEN p.i % 5 = 0 THEN E'intro: true\n' ELSE '' END END,
       zgen.ts('zuc', p.i), zgen.ts('zuc', p.i) + make_interval(days => p.i % 400)
FROM zgen.p p;

CREATE TABLE roles (
    id serial PRIMARY KEY, name varchar(100) NOT NULL, preferences text, default_at_signup boolean DEFAULT false, active boolean DEFAULT true NOT NULL, note varchar(250)
);
INSERT INTO roles (name, preferences, default_at_signup, active, note)
SELECT n, E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n' || CASE WHEN n = 'Customer' THEN E'{}\n' ELSE E'two_factor_authentication:\n  enabled: ' || (n <> 'Agent (read only)')::text || E'\n' END,
       n = 'Customer', n <> 'Old OTRS import', nt
FROM (VALUES ('Admin', 'To configure your system.'), ('Agent', 'To work on Tickets.'), ('Customer', 'People who create Tickets ask for help.'), ('Team lead', 'Agents who can see reports and approve goodwill.'),
             ('Field engineer', 'Sees only the Field Service group.'), ('Agent (read only)', 'Temporary staff in their first week.'), ('Parts desk', 'Spare parts orders and returns.'),
             ('Trade partner', 'Retailers and installers with their organization''s tickets.'), ('Data protection', 'Handles access and erasure requests.'), ('Old OTRS import', 'Kept for the imported history.'),
             ('Knowledge base editor', 'Writes and publishes answers.'), ('Reporting', 'Read-only reports for management.')) v(n, nt);

-- Two-factor methods: the authenticator app's secret, recovery codes (hashed), security keys.
CREATE TABLE user_two_factor_preferences (
    id serial PRIMARY KEY, method varchar(255) NOT NULL, configuration text, user_id integer NOT NULL, created_at timestamp(3) NOT NULL
);
INSERT INTO user_two_factor_preferences (method, configuration, user_id, created_at)
SELECT m.method, CASE m.method
         WHEN 'authenticator_app' THEN '{"secret":"' || fixture_gen.chars('z2fa', u, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","code":"' || fixture_gen.digits('z2fc', u, 6) || '","provisioning_uri":"otpauth://totp/Brightwater%20Service:'
              || replace(p.email, '@', '%40') || '?secret=' || fixture_gen.chars('z2fa', u, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '&issuer=Brightwater%20Service"}'
         WHEN 'recovery_codes' THEN '{"codes":[' || (SELECT string_agg('"' || zgen.argon('z2rc' || r, u) || '"', ',') FROM generate_series(1, 4) r) || ']}'
         ELSE '{"credentials":[{"external_id":"' || rtrim(zgen.b64('z2wid', u, 48), '=') || '","public_key":"' || rtrim(zgen.b64('z2wpk', u, 77), '=') || '","nickname":"' || fixture_gen.pick(ARRAY['YubiKey', 'MacBook Touch ID', 'work key', 'Pixel'], 'z2nk', u) || '","sign_count":' || (u % 90) || '}]}' END,
       u, zgen.ts('z2c' || m.method, u)
FROM generate_series(2, 41) u JOIN zgen.p p ON p.i = u, (VALUES ('authenticator_app'), ('recovery_codes'), ('security_keys')) m(method)
WHERE m.method = 'authenticator_app' AND u % 3 <> 0 OR m.method = 'recovery_codes' AND u % 3 = 1 OR m.method = 'security_keys' AND u % 3 = 0;

CREATE TABLE email_addresses (
    id serial PRIMARY KEY, channel_id integer, realname varchar(250) NOT NULL, email varchar(250) NOT NULL, active boolean DEFAULT true NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO email_addresses (channel_id, realname, email, active, updated_at)
SELECT 1 + (k - 1) / 4, r, m, k <> 19, timestamp '2019-03-11 10:00:00' + make_interval(days => k * 41)
FROM unnest(ARRAY['Brightwater Support', 'Brightwater Kundenservice', 'Brightwater Service Client', 'Brightwater Returns', 'Brightwater Spare Parts', 'Brightwater Ersatzteile',
    'Brightwater Trade Desk', 'Brightwater Field Service', 'Brightwater Warranty', 'Brightwater Garantie', 'Brightwater Hotel & Contract', 'Brightwater Billing',
    'Brightwater Buchhaltung', 'Brightwater Press Office', 'Brightwater Installers', 'Brightwater Pièces détachées', 'Brightwater Retours', 'Brightwater Product Safety',
    'Brightwater Support (old)', 'Brightwater Recall Line', 'Brightwater Data Protection', 'Brightwater Facturation'],
    ARRAY['support@brightwater.example', 'kundenservice@brightwater.example', 'service-client@brightwater.example', 'returns@brightwater.example', 'parts@brightwater.example',
    'ersatzteile@brightwater.example', 'trade@brightwater.example', 'fieldservice@brightwater.example', 'warranty@brightwater.example', 'garantie@brightwater.example',
    'contract@brightwater.example', 'billing@brightwater.example', 'buchhaltung@brightwater.example', 'press@brightwater.example', 'installers@brightwater.example',
    'pieces@brightwater.example', 'retours@brightwater.example', 'safety@brightwater.example', 'helpdesk@brightwater-old.example', 'recall@brightwater.example',
    'privacy@brightwater.example', 'facturation@brightwater.example']) WITH ORDINALITY AS t(r, m, kk), LATERAL (SELECT kk::int AS k) kx;

CREATE TABLE signatures (
    id serial PRIMARY KEY, name varchar(100) NOT NULL, body text, active boolean DEFAULT true NOT NULL, note varchar(250), updated_at timestamp(3) NOT NULL
);
INSERT INTO signatures (name, body, active, note, updated_at)
SELECT nm || CASE WHEN s > 1 THEN ' v' || s ELSE '' END,
       E'\n  #{user.firstname} #{user.lastname}\n\n--\n ' || co || E'\n #{user.department}\n ' || line || E'\n Hotline ' || hot || E' (Mon-Fri 8-18)\n Email: #{config.notification_sender}\n'
       || CASE WHEN s = 2 THEN E' Ticket: #{ticket.number}\n' ELSE '' END,
       s < 3, CASE WHEN s = 1 THEN 'default for ' || nm ELSE 'old layout, kept for reference' END, timestamp '2019-04-02 09:00:00' + make_interval(days => k * 17 + s * 95)
FROM (VALUES (1, 'default', 'Brightwater Appliances GmbH', 'Am Spreebogen 4, 10557 Berlin', '+49 30 5558 000'), (2, 'UK', 'Brightwater Appliances UK Ltd', 'Unit 7, Aire Valley Park, Leeds LS9 0AA', '+44 113 496 0000'),
             (3, 'France', 'Brightwater Électroménager SAS', '12 quai Perrache, 69002 Lyon', '+33 4 72 00 00 00'), (4, 'Trade', 'Brightwater Trade Services', 'Am Spreebogen 4, 10557 Berlin', '+49 30 5558 400'),
             (5, 'Field service', 'Brightwater Field Service', 'Am Spreebogen 4, 10557 Berlin', '+49 30 5558 500'), (6, 'Spare parts', 'Brightwater Parts Centre', 'Unit 7, Aire Valley Park, Leeds LS9 0AA', '+44 113 496 0600'),
             (7, 'Warranty', 'Brightwater Warranty Team', '12 quai Perrache, 69002 Lyon', '+33 4 72 00 00 70'), (8, 'Contract', 'Brightwater Hotel & Contract', 'Am Spreebogen 4, 10557 Berlin', '+49 30 5558 800')) v(k, nm, co, line, hot),
     generate_series(1, 3) s;

CREATE TABLE groups (
    id serial PRIMARY KEY, signature_id integer, email_address_id integer, name varchar(160) NOT NULL, parent_id integer, follow_up_possible varchar(100) DEFAULT 'yes' NOT NULL,
    active boolean DEFAULT true NOT NULL, note varchar(250), updated_at timestamp(3) NOT NULL
);
INSERT INTO groups (id, signature_id, email_address_id, name, parent_id, follow_up_possible, active, note, updated_at)
SELECT k, 1 + k % 8, 1 + k % 22, CASE WHEN par IS NULL THEN nm ELSE (ARRAY['Users', 'UK', 'France', 'Trade', 'Field Service'])[par] || ' › ' || nm END, par,
       CASE WHEN k % 5 = 0 THEN 'new_ticket' ELSE 'yes' END, k <> 23,
       CASE WHEN k % 5 = 1 THEN 'Lead: ' || fixture_gen.full_name('zgl', k) || ', deputy ' || fixture_gen.first_name('zgd', k) || '.' WHEN k % 5 = 3 THEN 'Escalate safety issues within 24 h.' ELSE '' END,
       timestamp '2019-03-11 09:14:02' + make_interval(days => k * 29)
FROM (SELECT k, (ARRAY['Users', 'UK', 'France', 'Trade', 'Field Service', 'Returns', 'Spare Parts', 'Warranty', 'Billing', 'Recalls', 'Installers', 'Hotel & Contract',
        'Dishwashers', 'Washing machines', 'Dryers', 'Fridges', 'Ovens', 'Hobs', 'Press', 'Data protection', 'Escalations', 'Social media', 'Archive 2019', 'Leeds nights'])[k] AS nm,
        CASE WHEN k BETWEEN 13 AND 18 THEN 5 WHEN k = 24 THEN 2 END AS par FROM generate_series(1, 24) k) x;

-- Mail channels: IMAP in, SMTP out, with the mailbox passwords.
CREATE TABLE channels (
    id serial PRIMARY KEY, group_id integer, area varchar(100) NOT NULL, options text, active boolean DEFAULT true NOT NULL, preferences text, last_log_in text,
    status_in varchar(100), updated_at timestamp(3) NOT NULL
);
INSERT INTO channels (group_id, area, options, active, preferences, last_log_in, status_in, updated_at)
SELECT 1 + k % 12, CASE WHEN k IN (7, 14) THEN 'Email::Notification' WHEN k = 20 THEN 'Google::Account' WHEN k = 21 THEN 'Microsoft365::Account' ELSE 'Email::Account' END,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n'
       || CASE WHEN k IN (7, 14) THEN E'outbound:\n  adapter: smtp\n  options:\n    host: smtp.brightwater.example\n    port: 587\n    user: noreply@brightwater.example\n    password: '
                   || zgen.yq(fixture_gen.chars('zsmtpn', k, 16)) || E'\n    start_tls: true\n'
               WHEN k IN (20, 21) THEN E'inbound:\n  adapter: imap\n  options:\n    auth_type: XOAUTH2\n    host: ' || CASE WHEN k = 20 THEN 'imap.gmail.com' ELSE 'outlook.office365.com' END
                   || E'\n    ssl: ssl\n    user: ' || m.email || E'\n    folder: INBOX\n    keep_on_server: true\nauth:\n  provider: ' || CASE WHEN k = 20 THEN 'google' ELSE 'microsoft365' END
                   || E'\n  type: XOAUTH2\n  client_id: ' || zgen.hexn('zoci', k, 32) || E'\n  client_secret: ' || zgen.yq(fixture_gen.chars('zocs', k, 40)) || E'\n  access_token: ya29.' || fixture_gen.chars('zoat', k, 120)
                   || E'\n  refresh_token: 1//' || fixture_gen.chars('zort', k, 96) || E'\n  expires_in: 3599\n'
               ELSE E'inbound:\n  adapter: imap\n  options:\n    host: imap.brightwater.example\n    user: ' || m.email || E'\n    password: ' || zgen.yq(fixture_gen.chars('zimp', k, 14) || '!' || k)
                   || E'\n    ssl: ssl\n    port: 993\n    folder: INBOX\n    keep_on_server: ' || (k % 2 = 0)::text || E'\noutbound:\n  adapter: smtp\n  options:\n    host: smtp.brightwater.example\n    port: 465\n    user: '
                   || m.email || E'\n    password: ' || zgen.yq(fixture_gen.chars('zimp', k, 14) || '!' || k) || E'\n    ssl_verify: true\n' END,
       k % 9 <> 0, E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\neditable: ' || (k NOT IN (7, 14))::text || E'\nlast_fetch: ' || to_char(timestamp '2024-06-01 00:00:00' + make_interval(mins => k * 3), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || E'\n',
       CASE WHEN k IN (7, 14) THEN '' WHEN k % 9 = 0 THEN 'Authentication failed (Net::IMAP::NoResponseError)' ELSE 'Fetching emails ' || (k * 7 % 40) || '/' || (k * 7 % 40) || ' done' END,
       CASE WHEN k IN (7, 14) THEN NULL WHEN k % 9 = 0 THEN 'error' ELSE 'ok' END, timestamp '2024-06-01 00:00:00' + make_interval(mins => k * 3)
FROM generate_series(1, 21) k JOIN email_addresses m ON m.id = k;

-- Lookups.
CREATE TABLE ticket_states (
    id serial PRIMARY KEY, state_type_id integer NOT NULL, name varchar(250) NOT NULL, next_state_id integer, ignore_escalation boolean DEFAULT false NOT NULL,
    note varchar(250), active boolean DEFAULT true NOT NULL
);
INSERT INTO ticket_states (state_type_id, name, next_state_id, ignore_escalation, note, active)
SELECT t, n, nx, ig, nt, n <> 'removed'
FROM (VALUES (1, 'new', NULL::int, false, NULL), (2, 'open', NULL, false, NULL), (3, 'pending reminder', NULL, true, 'Agent is reminded at the pending time'),
             (5, 'closed', NULL, true, NULL), (6, 'merged', NULL, true, NULL), (7, 'removed', NULL, true, NULL), (4, 'pending close', 4, true, 'Closes itself at the pending time'),
             (3, 'waiting for parts', NULL, true, 'Spare part ordered from the warehouse'), (3, 'waiting for customer', NULL, true, 'We asked for photos, a receipt or the serial number'),
             (3, 'engineer booked', NULL, true, 'A field engineer visit is scheduled'), (2, 'escalated', NULL, false, 'Handed to team leads'),
             (4, 'refund pending', 4, true, 'Finance pays out, then the ticket closes')) v(t, n, nx, ig, nt);

CREATE TABLE zgen.t AS
SELECT t, c.i AS cust, c.first AS cfirst, c.fn AS cfn, c.email AS cemail, c.org, c.phone AS cphone, 2 + fixture_gen.n('ztow', t, 40) AS owner,
       fixture_gen.pick(ARRAY['dishwasher', 'washing machine', 'tumble dryer', 'fridge freezer', 'oven', 'induction hob', 'cooker hood', 'washer dryer'], 'zprod', t) AS prod,
       'BW' || fixture_gen.chars('zser', t, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('zser', t, 8) AS serial, 'SO-' || (4100000 + t * 13) AS ordno
FROM generate_series(1, 720) t JOIN zgen.p c ON c.i = 42 + fixture_gen.n('ztc', t, 599);

CREATE TABLE tickets (
    id serial PRIMARY KEY, group_id integer NOT NULL, priority_id integer NOT NULL, state_id integer NOT NULL, organization_id integer, number varchar(60) NOT NULL,
    title varchar(250) NOT NULL, owner_id integer NOT NULL, customer_id integer NOT NULL, note varchar(250), first_response_at timestamp(3), close_at timestamp(3),
    last_contact_at timestamp(3), article_count integer, pending_time timestamp(3), time_unit numeric(6, 2), preferences text, created_by_id integer NOT NULL,
    created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO tickets
SELECT s.t, 1 + fixture_gen.n('ztg', s.t, 22), 1 + fixture_gen.n('ztp', s.t, 3), st.state, s.org, (24060 + s.t * 3)::text || '1',
       fixture_gen.pick(ARRAY['My ' || s.prod || ' shows error E' || (10 + s.t % 30), 'Spare part for ' || s.serial, 'Water leaking from the ' || s.prod, 'Order ' || s.ordno || ' not delivered',
           'Warranty claim ' || s.prod, 'Rückruf Geschirrspüler ' || s.serial, 'Appointment request - ' || s.cfn, 'Invoice copy please', 'Engineer did not show up',
           'Question about the ' || s.prod || ' manual', 'Call back requested: ' || s.cphone, 'Lavante-séchante en panne', 'Complaint about engineer visit on ' || to_char(x.cr, 'DD/MM'),
           'Fwd: ' || s.cemail || ' - damaged on arrival', 'New ticket from web form'], 'ztt', s.t),
       s.owner, s.cust, '', CASE WHEN st.state <> 1 THEN x.cr + make_interval(mins => 20 + s.t % 600) END,
       CASE WHEN st.state IN (4, 5) THEN x.cr + make_interval(hours => 5 + s.t % 200) END, x.cr + make_interval(hours => s.t % 90), 1 + s.t % 4,
       CASE WHEN st.state IN (3, 7, 8, 9, 10, 12) THEN x.cr + make_interval(days => 3 + s.t % 14) END,
       CASE WHEN s.t % 4 = 0 THEN ((s.t % 12) * 5)::numeric END,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nchannel_id: ' || (1 + s.t % 6) || E'\nescalation_calculation:\n  first_response_at: \n  last_update_at: ' || to_char(x.cr, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
           || E'\n  sla_id: ' || (1 + s.t % 3) || E'\n  sla_updated_at: 2024-01-10T09:00:00Z\n  calendar_id: ' || (1 + s.t % 3) || E'\n  escalation_disabled: false\n',
       CASE WHEN s.t % 7 IN (3, 4) THEN s.owner ELSE s.cust END, x.cr, x.cr + make_interval(hours => s.t % 90)
FROM zgen.t s, LATERAL (SELECT zgen.ts('ztcr', s.t) AS cr) x, LATERAL (SELECT (ARRAY[1, 2, 2, 3, 4, 4, 4, 4, 7, 8, 9, 10, 11, 12, 5])[1 + fixture_gen.n('zts', s.t, 15)] AS state) st;

-- Articles: the customer's email, the agent's reply, phone notes and internal notes.
CREATE TABLE ticket_articles (
    id serial PRIMARY KEY, ticket_id integer NOT NULL, type_id integer NOT NULL, sender_id integer NOT NULL, "from" varchar(3000), "to" varchar(3000), cc varchar(3000),
    subject varchar(3000), reply_to varchar(300), message_id varchar(3000), message_id_md5 varchar(32), in_reply_to varchar(3000), content_type varchar(20) DEFAULT 'text/plain' NOT NULL,
    "references" varchar(3200), body text NOT NULL, internal boolean DEFAULT false NOT NULL, preferences text, origin_by_id integer, created_by_id integer NOT NULL,
    created_at timestamp(3) NOT NULL
);
INSERT INTO ticket_articles (ticket_id, type_id, sender_id, "from", "to", cc, subject, reply_to, message_id, message_id_md5, in_reply_to, content_type, "references", body, internal, preferences,
    origin_by_id, created_by_id, created_at)
SELECT s.t, CASE a.kind WHEN 'note' THEN 10 WHEN 'phone' THEN 5 ELSE 1 END, CASE WHEN a.kind = 'in' THEN 2 WHEN a.kind = 'phone' AND a.n = 1 THEN 2 ELSE 1 END,
       CASE a.kind WHEN 'in' THEN CASE WHEN a.n % 2 = 0 THEN '"' || s.cfn || '" <' || s.cemail || '>' ELSE s.cfn || ' <' || s.cemail || '>' END
                   WHEN 'out' THEN ag.fn || ' via Brightwater Support <support@brightwater.example>' ELSE ag.fn END,
       CASE a.kind WHEN 'in' THEN 'support@brightwater.example' WHEN 'out' THEN s.cemail ELSE NULL END,
       CASE WHEN a.kind = 'in' AND s.t % 5 = 0 THEN zgen.mail('zcc', s.t) WHEN a.kind = 'out' AND s.org IS NOT NULL AND s.t % 3 = 0 THEN 'purchasing@' || o.domain ELSE NULL END,
       CASE WHEN a.kind IN ('in', 'out') THEN CASE WHEN a.kind = 'out' THEN 'RE: ' ELSE '' END || tk.title END,
       CASE WHEN a.kind = 'in' AND s.t % 17 = 0 THEN zgen.mail('zrt', s.t) END,
       CASE WHEN a.kind = 'in' THEN '<' || fixture_gen.chars('zmid', s.t * 10 + a.n, 24) || '@' || split_part(s.cemail, '@', 2) || '>'
            WHEN a.kind = 'out' THEN '<' || to_char(x.at, 'YYYYMMDDHH24MISS') || '.' || (s.t * 10 + a.n) || '@brightwater.zammad.example>' END,
       CASE WHEN a.kind IN ('in', 'out') THEN md5('zmid' || (s.t * 10 + a.n)) END,
       CASE WHEN a.n > 1 AND a.kind IN ('in', 'out') THEN '<' || to_char(x.at - interval '1 day', 'YYYYMMDDHH24MISS') || '.' || (s.t * 10 + a.n - 1) || '@brightwater.zammad.example>' END,
       CASE WHEN a.kind = 'out' OR a.kind = 'in' AND s.t % 3 = 0 THEN 'text/html' ELSE 'text/plain' END,
       CASE WHEN a.n > 2 AND a.kind IN ('in', 'out') THEN '<' || (s.t * 10 + 1) || '@brightwater.zammad.example> <' || (s.t * 10 + a.n - 1) || '@brightwater.zammad.example>' END,
       CASE a.kind
         WHEN 'in' THEN fixture_gen.pick(ARRAY['Hello,', 'Dear Sir or Madam,', 'Hi there,', 'Guten Tag,', 'Bonjour,'], 'zgr', s.t) || E'\n\n'
             || fixture_gen.pick(ARRAY['my ' || s.prod || ' (serial ' || s.serial || ') stopped mid-cycle and shows E' || (10 + s.t % 30) || '. I bought it in March from ' || coalesce(o.name, 'your online shop') || '.',
                 'the engineer was supposed to come on Tuesday between 8 and 12 but nobody turned up. I took a day off for this.',
                 'order ' || s.ordno || ' still has not arrived. The tracking says delivered but it is not here. My address is ' || fixture_gen.street('zbst', s.cust) || ', ' || fixture_gen.postcode('zbst', s.cust) || ' ' || fixture_gen.city('zbst', s.cust) || '.',
                 'please send me a copy of the invoice for ' || s.ordno || ', I need it for my insurance.', 'there is water under the ' || s.prod || ' after every wash. Photos attached.',
                 'I would like to return the ' || s.prod || '. It is too loud for our flat.', 'the door seal came loose after two months. Is this covered by the warranty?'], 'zbody', s.t * 10 + a.n)
             || E'\n\n' || fixture_gen.pick(ARRAY['Kind regards', 'Best wishes', 'Mit freundlichen Grüßen', 'Cordialement', 'Thanks'], 'zsg', s.t) || E'\n' || s.cfn
             || CASE WHEN s.t % 2 = 0 THEN E'\n' || s.cphone ELSE '' END || CASE WHEN s.org IS NOT NULL THEN E'\n' || o.name ELSE '' END
             || CASE WHEN s.t % 3 = 1 THEN E'\n\nSent from my iPhone' ELSE '' END
         WHEN 'out' THEN '<div>' || fixture_gen.pick(ARRAY['Dear ', 'Hello ', 'Guten Tag ', 'Bonjour '], 'zog', s.t) || s.cfirst || ',</div><div><br></div><div>'
             || fixture_gen.pick(ARRAY['thank you for your message. We have booked an engineer for ' || to_char(x.at + interval '4 days', 'DD/MM/YYYY') || ' between 8:00 and 12:00.',
                 'the spare part (door seal, part no. 1-22-' || (300 + s.t % 600) || ') is on its way and should arrive within three working days.',
                 'we are sorry the engineer missed the appointment. We will refund the call-out fee.', 'please send us a photo of the rating plate so we can check the warranty.',
                 'attached is the invoice you asked for.'], 'zout', s.t * 10 + a.n)
             || '</div><div><br></div><div>Kind regards</div><div>' || ag.fn || '</div><div>--<br>Brightwater Appliances GmbH<br>Hotline +49 30 5558 000</div>'
         WHEN 'phone' THEN fixture_gen.pick(ARRAY['Customer called, ' || s.prod || ' fixed itself after a reset. Will call again if it comes back.',
                 'Called back on ' || s.cphone || ', no answer, left a voicemail.', 'Spoke to ' || fixture_gen.first_name('zph2', s.t) || ' (the customer''s son), he will send the receipt.',
                 'Customer wants a visit on a Saturday, not possible in ' || fixture_gen.city('zbst', s.cust) || '.', 'Confirmed new delivery address: ' || fixture_gen.street('zdel', s.t) || '.'], 'zphn', s.t * 10 + a.n)
         ELSE fixture_gen.pick(ARRAY['Part ordered from Leeds warehouse.', 'Goodwill: 50 % off the repair, approved by team lead.', 'Duplicate of #' || (24060 + (s.t + 1) * 3) || '1, merged.',
                 'Customer is known for chargebacks, see user note.', 'Engineer report: pump blocked by a coin. Not a warranty case.', '@@' || ag2.fn || ' can you take over, I am out next week?'], 'znot', s.t * 10 + a.n) END,
       a.kind = 'note' OR a.kind = 'phone' AND s.t % 2 = 0,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n'
       || CASE a.kind WHEN 'in' THEN E'send-auto-response: ' || (a.n = 1)::text || E'\nis-auto-response: false\n' || CASE WHEN s.t % 9 = 0 THEN E'security:\n  type: S/MIME\n  sign:\n    success: true\n    comment: ' || zgen.yq('/emailAddress=' || s.cemail || '/CN=' || s.cfn) || E'\n  encryption:\n    success: false\n    comment: \n' ELSE '' END
                      WHEN 'out' THEN E'delivery_article_id_related: ' || (s.t * 10 + a.n - 1) || E'\ndelivery_message: true\nnotification: false\n' || CASE WHEN s.t % 13 = 0 THEN E'delivery_status_message: ' || zgen.yq('Delivery to ' || s.cemail || ' failed: 550 5.1.1 mailbox unavailable') || E'\ndelivery_status: fail\n' ELSE '' END
                      ELSE E'{}\n' END,
       CASE WHEN a.kind = 'phone' AND a.n = 1 THEN s.cust END, CASE WHEN a.kind = 'in' THEN s.cust ELSE ag.i END, x.at
FROM zgen.t s JOIN tickets tk ON tk.id = s.t LEFT JOIN zgen.org o ON o.id = s.org JOIN zgen.p ag ON ag.i = s.owner JOIN zgen.p ag2 ON ag2.i = 2 + (s.owner + 5) % 40,
LATERAL (SELECT n, CASE WHEN s.t % 7 IN (3, 4) AND n = 1 THEN 'phone' WHEN n = 1 OR n = 3 THEN 'in' WHEN n = 2 THEN 'out' WHEN n = 4 THEN 'note' ELSE 'phone' END AS kind
         FROM generate_series(1, 1 + s.t % 4) n) a,
LATERAL (SELECT zgen.ts('ztcr', s.t) + make_interval(hours => (a.n - 1) * 20) AS at) x
WHERE s.t <= 700;

CREATE TABLE tokens (
    id serial PRIMARY KEY, user_id integer NOT NULL, action varchar(40) NOT NULL, persistent boolean, name varchar(255), token varchar(100) NOT NULL, preferences text,
    last_used_at timestamp(3), expires_at date, created_at timestamp(3) NOT NULL
);
INSERT INTO tokens (user_id, action, persistent, name, token, preferences, last_used_at, expires_at, created_at)
SELECT u, a.action, a.action = 'api', CASE WHEN a.action = 'api' THEN fixture_gen.pick(ARRAY['Grafana dashboard', 'ERP sync', 'my laptop', 'n8n', 'Power BI', 'test', 'spare parts shop import'], 'ztn', k) END,
       CASE WHEN a.action IN ('api', 'CsrfToken') THEN fixture_gen.chars('ztok' || a.action, k, 64, 'abcdefghijklmnopqrstuvwxyz0123456789-_ABCDEFGHIJKLMNOPQRSTUVWXYZ') ELSE fixture_gen.chars('ztok' || a.action, k, 48) END,
       CASE WHEN a.action = 'api' THEN E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\npermission:\n- ticket.agent\n' || CASE WHEN k % 3 = 0 THEN E'- admin.organization\n- user_preferences.access_token\n' ELSE '' END
            WHEN a.action = 'PasswordReset' THEN E'--- {}\n' ELSE NULL END,
       CASE WHEN a.action = 'api' AND k % 4 <> 0 THEN zgen.ts('ztlu', k) + interval '2 years' END, CASE WHEN a.action = 'api' AND k % 5 = 0 THEN date '2025-12-31' WHEN a.action <> 'api' THEN (zgen.ts('ztc', k) + interval '1 day')::date END,
       zgen.ts('ztc', k)
FROM generate_series(1, 160) k, LATERAL (SELECT CASE WHEN k <= 40 THEN 2 + k % 40 ELSE 42 + fixture_gen.n('ztu', k, 599) END AS u,
    (ARRAY['api', 'PasswordReset', 'Signup', 'EmailVerify', 'PasswordResetVerify'])[CASE WHEN k <= 40 THEN 1 ELSE 2 + k % 4 END] AS action) a;

-- The ActiveRecord session store: data is the Base64 of the Marshal'd session.
CREATE TABLE sessions (
    id serial PRIMARY KEY, session_id varchar(255) NOT NULL, persistent boolean, data text, created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO sessions (session_id, persistent, data, created_at, updated_at)
SELECT zgen.hexn('zsid', k, 64), k % 3 = 0,
       encode(convert_to(E'\x04\x08{\x0cI"\x0fsession_id\x06:\x06ETI"%' || zgen.hexn('zsid', k, 32) || E'\x06;TI"\x0cuser_id\x06;Fi\x02' || (2 + k % 600)
           || E'I"\x10_csrf_token\x06;FI"1' || zgen.b64('zcsrf', k, 32) || E'\x06;FI"\x0fpersistent\x06;FT' || 'I"\x0euser_agent' || zgen.ua('zsua', k)
           || 'I"\x0cremote_ip' || fixture_gen.ipv4('zsip', k) || 'I"\x0fping' || to_char(zgen.ts('zsc', k), 'YYYY-MM-DD HH24:MI:SS'), 'UTF8'), 'base64'),
       zgen.ts('zsc', k), zgen.ts('zsc', k) + make_interval(mins => k % 300)
FROM generate_series(1, 240) k;
UPDATE sessions SET data = replace(data, E'\n', '');

-- Every change of an attribute: value_from/value_to hold old and new values.
CREATE TABLE histories (
    id serial PRIMARY KEY, history_type_id integer NOT NULL, history_object_id integer NOT NULL, history_attribute_id integer, o_id integer NOT NULL, related_o_id integer,
    id_to integer, id_from integer, value_from varchar(250), value_to varchar(250), created_by_id integer NOT NULL, created_at timestamp(3) NOT NULL
);
INSERT INTO histories (history_type_id, history_object_id, history_attribute_id, o_id, related_o_id, id_to, id_from, value_from, value_to, created_by_id, created_at)
SELECT v.ty, v.obj, v.attr, v.oid, v.rel, v.idto, v.idfrom, v.vfrom, v.vto, 2 + h % 40, zgen.ts('zhc', h)
FROM generate_series(1, 1400) h JOIN zgen.t s ON s.t = 1 + fixture_gen.n('zht', h, 700) JOIN zgen.p c ON c.i = s.cust,
LATERAL (SELECT * FROM (VALUES
    (0, 2, 2, 3, s.t, NULL::int, 2 + h % 10, 1, 'new', 'open'),
    (1, 2, 2, 4, s.t, NULL, 2 + h % 40, 1, '-', (SELECT fn FROM zgen.p WHERE i = s.owner)),
    (2, 2, 2, 5, s.t, NULL, NULL, NULL, 'Order not delivered', (SELECT title FROM tickets WHERE id = s.t)),
    (3, 2, 1, 7, c.i, NULL, NULL, NULL, zgen.mailof(c.first, c.last, 'zhold', h), c.email),
    (4, 2, 1, 8, c.i, NULL, NULL, NULL, '', c.phone),
    (5, 2, 1, 9, c.i, NULL, NULL, NULL, fixture_gen.phone('zhom', h), fixture_gen.phone('zmob', c.i)),
    (6, 2, 1, 10, c.i, NULL, NULL, NULL, fixture_gen.last_name('zhln', h), c.last),
    (7, 1, 2, NULL, s.t, NULL, NULL, NULL, NULL, NULL),
    (8, 3, 3, NULL, s.t * 3, s.t, NULL, NULL, NULL, NULL),
    (9, 2, 2, 11, s.t, NULL, 1 + h % 3, 2, 'normal', (ARRAY['low', 'normal', 'high'])[1 + h % 3]),
    (10, 2, 1, 12, c.i, NULL, NULL, NULL, '', fixture_gen.street('zbst', c.i)),
    (11, 2, 2, 13, s.t, NULL, NULL, NULL, '', to_char(zgen.ts('ztcr', s.t) + interval '5 days', 'YYYY-MM-DD HH24:MI:SS UTC'))
) t(k, ty, obj, attr, oid, rel, idto, idfrom, vfrom, vto) WHERE t.k = fixture_gen.n('zhk', h, 12)) v;

-- Open tabs of agents, with unsent drafts.
CREATE TABLE taskbars (
    id serial PRIMARY KEY, user_id integer NOT NULL, client_id varchar(100), key varchar(100) NOT NULL, callback varchar(100) NOT NULL, state text, params text,
    prio integer NOT NULL, notify boolean DEFAULT false NOT NULL, active boolean DEFAULT false NOT NULL, preferences text, last_contact timestamp(3) NOT NULL,
    app varchar(20) DEFAULT 'desktop' NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO taskbars (user_id, client_id, key, callback, state, params, prio, notify, active, preferences, last_contact, app, updated_at)
SELECT s.owner, fixture_gen.digits('zcli', k, 13), CASE WHEN k % 6 = 0 THEN 'TicketCreateScreen-' || (1000 + k) ELSE 'Ticket-' || s.t END,
       CASE WHEN k % 6 = 0 THEN 'TicketCreate' ELSE 'TicketZoom' END,
       CASE WHEN k % 6 = 0 THEN '{"ticket":{"title":' || zgen.js('Call from ' || s.cfn) || ',"customer_id":"' || s.cust || '","group_id":"1"},"article":{"body":' || zgen.js('Customer rang about the ' || s.prod || ', wants a callback on ' || s.cphone) || ',"type":"phone"}}'
            WHEN k % 3 = 0 THEN '{"ticket":{},"article":{}}'
            ELSE '{"ticket":{"state_id":"' || (1 + k % 4) || '"},"article":{"to":' || zgen.js(s.cemail) || ',"cc":"","subject":"","body":' || zgen.js('Dear ' || s.cfirst || E',\n\nwe have checked your ' || s.prod || ' serial ' || s.serial || '. ' || fixture_gen.sentence('ztbs', k)) || ',"type":"email","internal":"","form_id":"' || (100000 + k) || '"}}' END,
       CASE WHEN k % 6 = 0 THEN '{}' ELSE '{"ticket_id":' || s.t || ',"shown":' || (k % 2 = 0)::text || '}' END,
       1 + k % 8, k % 5 = 0, k % 4 = 0, '{"tasks":[{"id":' || k || ',"user_id":' || s.owner || ',"apps":{"desktop":{"last_contact":"' || to_char(zgen.ts('ztbl', k), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","changed":' || (k % 3 <> 0)::text || '}}}]}',
       zgen.ts('ztbl', k), CASE WHEN k % 10 = 0 THEN 'mobile' ELSE 'desktop' END, zgen.ts('ztbl', k)
FROM generate_series(1, 300) k JOIN zgen.t s ON s.t = 1 + fixture_gen.n('ztbt', k, 700);

-- LDAP and Exchange imports: source_id is the entry's DN or item id.
CREATE TABLE external_syncs (
    id serial PRIMARY KEY, source varchar(100) NOT NULL, source_id varchar(200) NOT NULL, object varchar(100) NOT NULL, o_id integer NOT NULL, last_payload text,
    created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO external_syncs (source, source_id, object, o_id, last_payload, created_at, updated_at)
SELECT 'Ldap::User', 'CN=' || p.fn || ',OU=' || (ARRAY['Berlin', 'Leeds', 'Lyon'])[1 + p.i % 3] || ',OU=Staff,DC=brightwater,DC=example', 'User', p.i,
       E'---\ndn: ' || zgen.yq('CN=' || p.fn || ',OU=Staff,DC=brightwater,DC=example') || E'\nsamaccountname: ' || p.login || E'\ngivenname: ' || zgen.yq(p.first) || E'\nsn: ' || zgen.yq(p.last) || E'\nmail: ' || p.email
           || E'\ntelephonenumber: ' || zgen.yq('+49 30 5558' || lpad((100 + p.i)::text, 3, '0')) || E'\nmobile: ' || zgen.yq(p.mobile) || E'\ntitle: ' || fixture_gen.pick(ARRAY['Service Agent', 'Senior Service Agent', 'Team Lead', 'Field Engineer'], 'zldt', p.i)
           || E'\nobjectguid: ' || zgen.b64('zguid', p.i, 16) || E'\n',
       zgen.ts('zesc', p.i), zgen.ts('zesc', p.i) + interval '300 days'
FROM zgen.p p WHERE p.i BETWEEN 2 AND 26
UNION ALL
SELECT 'Exchange', 'AAMkAG' || fixture_gen.chars('zexid', p.i, 40) || '=', 'User', p.i,
       '{"email_addresses":[{"email":' || zgen.js(p.email) || '}],"given_name":' || zgen.js(p.first) || ',"surname":' || zgen.js(p.last) || ',"business_phone_numbers":[' || zgen.js(p.phone) || '],"company_name":'
           || zgen.js(coalesce((SELECT name FROM zgen.org WHERE id = p.org), '')) || '}',
       zgen.ts('zesc', p.i), zgen.ts('zesc', p.i) + interval '100 days'
FROM zgen.p p WHERE p.i > 41 AND p.org IS NOT NULL AND p.i % 4 = 1;

-- Settings: the name/title/description describe the setting, state_current holds its value.
CREATE TABLE settings (
    id serial PRIMARY KEY, title varchar(200) NOT NULL, name varchar(200) NOT NULL, area varchar(100) NOT NULL, description varchar(2000) NOT NULL, options text,
    state_current text, state_initial text, frontend boolean NOT NULL, preferences text, updated_at timestamp(3) NOT NULL
);
INSERT INTO settings (title, name, area, description, options, state_current, state_initial, frontend, preferences, updated_at)
SELECT v.title, v.name, v.area, v.descr,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nform:\n- display: ''''\n  null: ' || (k % 2 = 0)::text || E'\n  name: ' || v.name || E'\n  tag: ' || CASE WHEN v.cur LIKE '%true%' OR v.cur LIKE '%false%' THEN 'boolean' ELSE 'input' END || E'\n',
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nvalue: ' || v.cur || E'\n', E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nvalue: ' || v.init || E'\n',
       v.fe, E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nprio: ' || k || E'\npermission:\n- admin.' || split_part(v.area, '::', 1) || E'\n',
       timestamp '2019-03-11 09:14:02' + make_interval(days => k * 23)
FROM (SELECT (row_number() OVER ())::int AS k, * FROM (VALUES
    ('Product name', 'product_name', 'System::Branding', 'Defines the name of the application, shown in the web interface, tabs and title bar of the web browser.', 'Brightwater Service', 'Zammad Helpdesk', true),
    ('Organization', 'organization', 'System::Branding', 'Will be shown in the app and in the email footer.', 'Brightwater Appliances GmbH', '''''', true),
    ('Fully qualified domain name', 'fqdn', 'System::Base', 'Defines the fully qualified domain name of the system.', 'service.brightwater.example', 'zammad.example.com', true),
    ('System ID', 'system_id', 'System::Base', 'Defines the system identifier.', '42', '10', true),
    ('Notification Sender', 'notification_sender', 'Email::Base', 'Defines the sender of email notifications.', 'Brightwater Service <noreply@brightwater.example>', '''#{config.product_name} <noreply@#{config.fqdn}>''', false),
    ('Sender Format', 'ticket_define_email_from', 'Email::Base', 'Defines how the From field of emails (sent from agents) looks like.', 'AgentNameSystemAddressName', 'AgentNameSystemAddressName', false),
    ('Sender Format Separator', 'ticket_define_email_from_separator', 'Email::Base', 'Defines the separator between the agent''s real name and the given group email address.', 'via', 'via', false),
    ('Customer selection based on sender and receiver list', 'postmaster_sender_is_agent_search_for_customer', 'Email::Base', 'If the sender is an agent, set the first user in the recipient list as the customer.', 'true', 'true', false),
    ('User email for multiple users', 'user_email_multiple_use', 'Model::User', 'Allow using one email address for multiple users.', 'false', 'false', false),
    ('Lost Password', 'user_lost_password', 'Security::Base', 'Activates lost password feature for users.', 'true', 'true', true),
    ('Minimum length', 'password_min_size', 'Security::Password', 'Password needs to have at least a minimal number of characters.', '12', '10', false),
    ('Authentication via LDAP', 'ldap_integration', 'Integration::Switch', 'Defines if LDAP is enabled or not.', 'true', 'false', true),
    ('Authentication via Microsoft 365', 'auth_microsoft_office365', 'Security::ThirdPartyAuthentication', 'Enables user authentication via Microsoft 365.', 'true', 'false', true),
    ('Microsoft 365 App Credentials', 'auth_microsoft_office365_credentials', 'Security::ThirdPartyAuthentication::Office365', 'Enables user authentication via Microsoft 365.',
        E'\n    app_id: ' || zgen.hexn('zmsid', 1, 8) || '-' || zgen.hexn('zmsid', 2, 4) || '-' || zgen.hexn('zmsid', 3, 4) || '-' || zgen.hexn('zmsid', 4, 4) || '-' || zgen.hexn('zmsid', 5, 12)
        || E'\n    app_secret: ' || zgen.yq(fixture_gen.chars('zmss', 1, 5) || '8Q~' || fixture_gen.chars('zmss', 2, 31)) || E'\n    app_tenant: brightwater.example', '{}', false),
    ('Elasticsearch Endpoint URL', 'es_url', 'SearchIndex::Elasticsearch', 'Defines endpoint of Elasticsearch.', 'https://es01.internal.brightwater.example:9200', '''''', false),
    ('Elasticsearch Endpoint User', 'es_user', 'SearchIndex::Elasticsearch', 'Defines HTTP basic auth user of Elasticsearch.', 'zammad', '''''', false),
    ('Elasticsearch Endpoint Password', 'es_password', 'SearchIndex::Elasticsearch', 'Defines HTTP basic auth password of Elasticsearch.', zgen.yq(fixture_gen.chars('zesp', 1, 22)), '''''', false),
    ('Proxy Settings', 'proxy', 'System::Network', 'Address of the proxy server for http and https resources.', 'proxy.internal.brightwater.example:3128', '''''', false),
    ('Proxy User', 'proxy_username', 'System::Network', 'Username for proxy connection.', 'svc-zammad', '''''', false),
    ('Proxy Password', 'proxy_password', 'System::Network', 'Password for proxy connection.', zgen.yq(fixture_gen.chars('zprx', 1, 16) || '#9'), '''''', false),
    ('Geo IP Service', 'geo_ip_backend', 'System::Services', 'Defines the backend for geo IP lookups. Shows also location of an IP address if an IP address is shown.', 'Service::GeoIp::Zammad', 'Service::GeoIp::Zammad', false),
    ('Sipgate.io integration', 'sipgate_integration', 'Integration::Switch', 'Defines if sipgate.io (http://www.sipgate.io) is enabled or not.', 'true', 'false', true),
    ('Sipgate.io config', 'sipgate_config', 'Integration::Sipgate', 'Defines the sipgate.io config.',
        E'\n    api_token: ' || zgen.yq('token' || '_' || fixture_gen.chars('zsgt', 1, 32)) || E'\n    outbound:\n      routing_table:\n      - dest: ''^49''\n        caller_id: ''+49305558000''\n    inbound:\n      block_caller_ids:\n      - caller_id: ' || zgen.yq(fixture_gen.phone('zblk', 1)) || E'\n        note: ' || zgen.yq('abusive caller, ' || fixture_gen.full_name('zblk', 1)), '{}', false),
    ('Twilio SMS', 'sms_twilio', 'Integration::SMS', 'SMS gateway account.',
        E'\n    account_id: AC' || zgen.hexn('ztwa', 1, 32) || E'\n    token: ' || zgen.hexn('ztwt', 1, 32) || E'\n    sender: ''+441134960099''', '{}', false),
    ('Slack integration', 'slack_config', 'Integration::Slack', 'Defines the slack config.',
        E'\n    items:\n    - webhook: https://hooks.slack.com/services/T' || fixture_gen.chars('zslt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('zslb', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('zslk', 1, 24)
        || E'\n      username: zammad\n      channel: ''#service-escalations''\n      types:\n      - escalation', '{}', false),
    ('Maximum Email Size', 'postmaster_max_size', 'Email::Base', 'Maximum size in MB of emails.', '20', '10', false),
    ('Customer Ticket Create', 'customer_ticket_create', 'CustomerWeb::Base', 'Defines if a customer can create tickets via the web interface.', 'true', 'true', true),
    ('Ticket Hook', 'ticket_hook', 'Ticket::Base', 'The identifier for a ticket, e.g. Ticket#, Call#, MyTicket#.', 'BW#', 'Ticket#', true),
    ('Ticket Number Format', 'ticket_number', 'Ticket::Number', 'Selects the ticket number generator module.', 'Ticket::Number::Increment', 'Ticket::Number::Increment', false),
    ('Show Email Address', 'ui_user_organization_selector_with_email', 'UI::UserOrganizatiomSelector', 'Display of the email addresses in the user field of the organization selector.', 'false', 'false', true),
    ('Set notes for ticket create types.', 'ui_ticket_create_notes', 'UI::TicketCreate', 'Set notes for ticket create types by selecting type.', '{}', '{}', true),
    ('Data Privacy', 'data_privacy_deletion_task_max_days', 'System::DataPrivacy', 'Days after which closed customer tickets are anonymized.', '730', '0', false),
    ('Developer mode', 'developer_mode', 'Core::Develop', 'Defines if application is in developer mode.', 'false', 'false', true),
    ('Timezone', 'timezone_default', 'System::Branding', 'Defines the system default timezone.', 'Europe/Berlin', '''''', true),
    ('Locale', 'locale_default', 'System::Branding', 'Defines the system default language.', 'de-de', 'en-us', true),
    ('Pretty Date', 'pretty_date_format', 'System::UI', 'Defines pretty date format.', 'relative', 'relative', true),
    ('Checklist', 'checklist', 'Ticket::Checklist', 'Enables checklists for tickets.', 'true', 'true', true),
    ('Import Mode', 'import_mode', 'Import::Base', 'Puts Zammad into import mode.', 'false', 'false', true),
    ('Import Backend', 'import_backend', 'Import::Base::Internal', 'Set backend which is being used for import.', '''otrs''', '''''', false)
) v0(title, name, area, descr, cur, init, fe)) v;

-- Attachments: stores point at the content by hash; store_provider_dbs holds it.
CREATE TABLE stores (
    id serial PRIMARY KEY, store_object_id integer NOT NULL, store_file_id integer NOT NULL, o_id bigint NOT NULL, preferences varchar(2500), size varchar(50),
    filename varchar(250) NOT NULL, created_by_id integer NOT NULL, created_at timestamp(3) NOT NULL
);
CREATE TABLE zgen.att AS
SELECT k, s.t, s.cust, x.fname, CASE WHEN x.fname ~* '\.pdf$' THEN 'application/pdf' WHEN x.fname ~* '\.png$' THEN 'image/png' WHEN x.fname ~* '\.(jpe?g)$' THEN 'image/jpeg'
       WHEN x.fname ~* '\.mp4$' THEN 'video/mp4' ELSE 'application/octet-stream' END AS ctype, s.cfn, s.serial, s.ordno
FROM generate_series(1, 400) k JOIN zgen.t s ON s.t = 1 + fixture_gen.n('zatt', k, 700),
LATERAL (SELECT fixture_gen.pick(ARRAY['image001.png', 'image002.jpg', 'IMG_' || (2000 + k * 7) || '.JPG', 'rating_plate.jpg', 'receipt.pdf', 'Rechnung_' || s.ordno || '.pdf',
    'invoice_' || s.ordno || '.pdf', 'leak_video.mp4', 'Kaufbeleg ' || s.cfn || '.pdf', 'Scan_' || replace(s.cfn, ' ', '_') || '_ID.jpg', 'WhatsApp Image 2024-0' || (1 + k % 9) || '-1' || (k % 9) || ' at 09.1' || (k % 6) || '.jpeg',
    'Engineer_report_' || s.serial || '.pdf', 'photo.jpg', 'Garantieschein.pdf'], 'zatf', k) AS fname) x;
INSERT INTO stores (store_object_id, store_file_id, o_id, preferences, size, filename, created_by_id, created_at)
SELECT CASE WHEN a.k % 20 = 0 THEN 5 ELSE 2 END, a.k, a.t * 3, E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nContent-Type: ' || a.ctype || E'\nMime-Type: ' || a.ctype
       || CASE WHEN a.fname LIKE 'image00%' THEN E'\nContent-ID: ' || a.fname || '@01DA' || zgen.hexn('zcid', a.k, 12) || E'\nContent-Disposition: inline' ELSE E'\nContent-Disposition: attachment' END
       || CASE WHEN a.ctype LIKE 'image/%' THEN E'\nresizable: true\ncontent_preview: true' ELSE '' END || E'\n',
       (2000 + fixture_gen.n('zsz', a.k, 3000000))::text, a.fname, a.cust, zgen.ts('zatc', a.k)
FROM zgen.att a;

CREATE TABLE store_provider_dbs (
    id serial PRIMARY KEY, sha varchar(128) NOT NULL, data bytea, created_at timestamp(3) NOT NULL
);
INSERT INTO store_provider_dbs (sha, data, created_at)
SELECT encode(sha256(convert_to('zatt' || a.k, 'UTF8')), 'hex'),
       CASE WHEN a.ctype = 'application/pdf' THEN convert_to(E'%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length 212 >>\nstream\nBT /F1 11 Tf 72 760 Td (Brightwater Appliances GmbH - Invoice '
               || a.ordno || ') Tj 0 -16 Td (Bill to: ' || a.cfn || ') Tj 0 -16 Td (' || fixture_gen.street('zbst', a.cust) || ') Tj 0 -16 Td (Serial ' || a.serial || E') Tj ET\nendstream\nendobj\n%%EOF\n', 'UTF8')
            WHEN a.ctype LIKE 'image/%' THEN decode('ffd8ffe000104a46494600010101004800480000', 'hex') || convert_to('Exif GPS ' || round((48 + fixture_gen.n('zlat', a.k, 600) / 100.0)::numeric, 4) || ',' || round((2 + fixture_gen.n('zlon', a.k, 900) / 100.0)::numeric, 4), 'UTF8') || sha512(convert_to('zimg' || a.k, 'UTF8'))
            ELSE sha512(convert_to('zbin' || a.k, 'UTF8')) END,
       zgen.ts('zatc', a.k)
FROM zgen.att a;

CREATE TABLE calendars (
    id serial PRIMARY KEY, name varchar(250), timezone varchar(250), business_hours varchar(3000), "default" boolean DEFAULT false NOT NULL, ical_url varchar(500),
    public_holidays text, last_sync timestamp(3), updated_at timestamp(3) NOT NULL
);
INSERT INTO calendars (name, timezone, business_hours, "default", ical_url, public_holidays, last_sync, updated_at)
SELECT nm, tz, '{"mon":{"active":true,"timeframes":[["08:00","' || e || '"]]},"tue":{"active":true,"timeframes":[["08:00","' || e || '"]]},"wed":{"active":true,"timeframes":[["08:00","' || e
       || '"]]},"thu":{"active":true,"timeframes":[["08:00","' || e || '"]]},"fri":{"active":true,"timeframes":[["08:00","' || e || '"]]},"sat":{"active":' || (k % 3 = 0)::text || ',"timeframes":[["09:00","13:00"]]},"sun":{"active":false,"timeframes":[["10:00","17:00"]]}}',
       k = 1, 'https://www.google.com/calendar/ical/' || ic || '%23holiday%40group.v.calendar.google.com/public/basic.ics',
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n''2024-12-25'':\n  active: true\n  summary: ' || xmas || E'\n  feed: ' || md5(ic) || E'\n''2025-01-01'':\n  active: true\n  summary: ' || ny || E'\n  feed: ' || md5(ic) || E'\n',
       timestamp '2024-06-01 03:00:00' + make_interval(hours => k), timestamp '2024-06-01 03:00:00' + make_interval(hours => k)
FROM (VALUES (1, 'Berlin', 'Europe/Berlin', '18:00', 'de.german', '1. Weihnachtstag', 'Neujahr'), (2, 'Leeds', 'Europe/London', '17:30', 'en.uk', 'Christmas Day', 'New Year''s Day'),
             (3, 'Lyon', 'Europe/Paris', '18:00', 'fr.french', 'Noël', 'Jour de l''an'), (4, 'Madrid partner', 'Europe/Madrid', '19:00', 'es.spain', 'Navidad', 'Año Nuevo'),
             (5, 'Vienna partner', 'Europe/Vienna', '17:00', 'at.austrian', 'Christtag', 'Neujahr'), (6, 'Dublin partner', 'Europe/Dublin', '17:30', 'en.irish', 'Christmas Day', 'New Year''s Day'),
             (7, 'Amsterdam partner', 'Europe/Amsterdam', '17:00', 'nl.dutch', 'Eerste Kerstdag', 'Nieuwjaarsdag'), (8, 'Warsaw partner', 'Europe/Warsaw', '16:00', 'pl.polish', 'Boże Narodzenie', 'Nowy Rok'),
             (9, 'Hotel line 24/7', 'Europe/Berlin', '23:59', 'de.german', '1. Weihnachtstag', 'Neujahr')) v(k, nm, tz, e, ic, xmas, ny);

-- The public knowledge base: FAQ answers.
CREATE TABLE knowledge_base_answer_translations (
    id serial PRIMARY KEY, title varchar(250) NOT NULL, kb_locale_id integer NOT NULL, answer_id integer NOT NULL, content_id integer NOT NULL, updated_at timestamp(3) NOT NULL
);
CREATE TABLE knowledge_base_answer_translation_contents (
    id serial PRIMARY KEY, body text
);
INSERT INTO knowledge_base_answer_translation_contents (id, body)
SELECT k, '<p>' || fixture_gen.pick(ARRAY['Switch the appliance off at the wall, wait 30 seconds and switch it on again. If the code comes back, note the code and the serial number from the rating plate.',
    'The rating plate is inside the door on the left (dishwashers), behind the filter flap (washing machines) or on the back wall (fridges).',
    'Clean the drain filter once a month: place a towel under the flap, turn the filter anticlockwise and rinse it under running water.',
    'Our appliances come with a two-year warranty from the date on your receipt. Registering the product extends it by one year.',
    'Spare parts can be ordered in the parts shop with the part number from the exploded view in your manual.',
    'Error E15 means the anti-flood protection has triggered. Tilt the appliance slightly forward to drain the base tray.',
    'Descale the steam oven every 50 hours of use with the descaler supplied. The display reminds you.',
    'Engineer visits are booked in four-hour slots. You get a text message with a one-hour window on the morning of the visit.'], 'zkb', k)
    || '</p><p>' || fixture_gen.pick(ARRAY['See also the video in the product page.', 'If this does not help, open a ticket in the customer portal.', 'This applies to all models from 2019 on.', ''], 'zkb2', k) || '</p>'
FROM generate_series(1, 96) k;
INSERT INTO knowledge_base_answer_translations (title, kb_locale_id, answer_id, content_id, updated_at)
SELECT fixture_gen.pick(ARRAY['How do I reset my appliance?', 'Where is the rating plate?', 'Cleaning the drain filter', 'What does the warranty cover?', 'Ordering spare parts',
       'Error E15 on my dishwasher', 'Descaling the steam oven', 'How engineer visits work'], 'zkb', k) || CASE WHEN k > 8 THEN ' (' || (ARRAY['DE', 'FR', 'EN'])[1 + k % 3] || ')' ELSE '' END,
       1 + k % 3, 1 + (k - 1) / 3, k, zgen.ts('zkbc', k) + interval '90 days'
FROM generate_series(1, 96) k;

-- Canned responses with placeholders.
CREATE TABLE text_modules (
    id serial PRIMARY KEY, name varchar(250) NOT NULL, keywords varchar(500), content text NOT NULL, note varchar(250), active boolean DEFAULT true NOT NULL,
    updated_at timestamp(3) NOT NULL
);
INSERT INTO text_modules (name, keywords, content, note, active, updated_at)
SELECT nm || CASE WHEN s = 2 THEN ' (DE)' WHEN s = 3 THEN ' (FR)' ELSE '' END, kw,
       CASE s WHEN 1 THEN 'Dear #{ticket.customer.firstname} #{ticket.customer.lastname},<br><br>' WHEN 2 THEN 'Guten Tag #{ticket.customer.firstname} #{ticket.customer.lastname},<br><br>' ELSE 'Bonjour #{ticket.customer.firstname},<br><br>' END
       || body || '<br><br>' || CASE s WHEN 2 THEN 'Mit freundlichen Grüßen' WHEN 3 THEN 'Cordialement' ELSE 'Kind regards' END || '<br>#{user.firstname} #{user.lastname}',
       CASE WHEN k % 3 = 0 THEN 'use for ' || kw END, k <> 9 OR s = 1, timestamp '2019-05-01 09:00:00' + make_interval(days => k * 31 + s)
FROM (VALUES (1, 'Greeting', 'hello', 'thank you for contacting Brightwater.'), (2, 'Need serial number', 'serial', 'please send us the serial number from the rating plate (#{ticket.number}).'),
             (3, 'Engineer booked', 'engineer', 'an engineer will visit you on #{ticket.pending_time}. Please make sure the appliance is accessible.'),
             (4, 'Part shipped', 'part', 'the spare part is on its way to #{ticket.customer.street}, #{ticket.customer.city}.'), (5, 'Warranty expired', 'warranty', 'unfortunately the warranty for your appliance has expired.'),
             (6, 'Refund issued', 'refund', 'we have refunded the amount to your original payment method.'), (7, 'Closing no reply', 'close', 'as we have not heard back from you, we are closing this ticket.'),
             (8, 'Call back', 'callback', 'we tried to reach you on #{ticket.customer.phone} but could not get through.'), (9, 'Recall', 'recall', 'your appliance is affected by the voluntary recall RC-2024-03.')) v(k, nm, kw, body),
     generate_series(1, 3) s;

CREATE TABLE macros (
    id serial PRIMARY KEY, name varchar(250), perform text NOT NULL, active boolean DEFAULT true NOT NULL, ux_flow_next_up varchar(250) DEFAULT 'none' NOT NULL, note varchar(250),
    updated_at timestamp(3) NOT NULL
);
INSERT INTO macros (name, perform, active, ux_flow_next_up, note, updated_at)
SELECT nm, E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nticket.state_id:\n  value: ''' || st || E'''\n' || CASE WHEN tag <> '' THEN E'ticket.tags:\n  operator: add\n  value: ' || tag || E'\n' ELSE '' END
       || CASE WHEN body <> '' THEN E'article.note:\n  body: ' || zgen.yq(body) || E'\n  internal: ''true''\n  subject: ''''\n' ELSE '' END,
       k <> 11, (ARRAY['none', 'next_task', 'next_from_overview'])[1 + k % 3], CASE WHEN k % 4 = 0 THEN 'created by the Leeds team' END,
       timestamp '2019-06-01 09:00:00' + make_interval(days => k * 27)
FROM (VALUES (1, 'Close & Tag as Spam', 4, 'spam', ''), (2, 'Waiting for parts', 8, 'parts', 'Part ordered, customer informed.'), (3, 'Engineer booked', 10, 'engineer', 'Visit booked in the field service planner.'),
             (4, 'Close - solved by phone', 4, 'phone', 'Solved on the phone.'), (5, 'Escalate', 11, 'escalation', 'Escalated to team lead.'), (6, 'Refund pending', 12, 'refund', 'Refund requested from finance.'),
             (7, 'Waiting for customer', 9, '', 'Asked for photos and receipt.'), (8, 'Recall RC-2024-03', 2, 'recall-rc-2024-03', 'Recall case, book engineer with priority.'),
             (9, 'Merge duplicate', 5, '', ''), (10, 'Reopen', 2, '', ''), (11, 'Old: forward to OTRS', 2, 'otrs', ''), (12, 'Close - warranty expired', 4, 'no-warranty', 'Warranty expired, quote sent.'),
             (13, 'Pending close 7 days', 7, '', ''), (14, 'Data protection request', 2, 'gdpr', 'Forward to privacy@, do not answer yourself.'),
             (15, 'Close - goodwill', 4, 'goodwill', 'Goodwill granted.'), (16, 'Field service Leeds', 10, 'leeds', ''), (17, 'Field service Lyon', 10, 'lyon', ''),
             (18, 'Field service Berlin', 10, 'berlin', ''), (19, 'Parts: backorder', 8, 'backorder', 'Part on backorder, 2-3 weeks.'), (20, 'Close - no fault found', 4, 'nff', 'No fault found.')) v(k, nm, st, tag, body);

CREATE TABLE webhooks (
    id serial PRIMARY KEY, name varchar(250) NOT NULL, endpoint varchar(300) NOT NULL, signature_token varchar(200), ssl_verify boolean DEFAULT true NOT NULL,
    basic_auth_username varchar(250), basic_auth_password varchar(250), bearer_token varchar(250), customized_payload boolean DEFAULT false NOT NULL, custom_payload text,
    pre_defined_webhook_type varchar(250), note varchar(500), active boolean DEFAULT true NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO webhooks (name, endpoint, signature_token, ssl_verify, basic_auth_username, basic_auth_password, bearer_token, customized_payload, custom_payload, pre_defined_webhook_type, note, active, updated_at)
SELECT nm,
       CASE ty WHEN 'Slack' THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('zwst', k, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('zwsb', k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('zwsk', k, 24)
               WHEN 'MattermostPlain' THEN 'https://chat.brightwater.example/hooks/' || fixture_gen.chars('zwmm', k, 26, 'abcdefghijklmnopqrstuvwxyz0123456789')
               WHEN 'Teams' THEN 'https://brightwater.webhook.office.example/webhookb2/' || zgen.hexn('zwt1', k, 8) || '-' || zgen.hexn('zwt2', k, 4) || '@' || zgen.hexn('zwt3', k, 8) || '/IncomingWebhook/' || zgen.hexn('zwt4', k, 32)
               ELSE ep END,
       CASE WHEN ty = '' AND k % 2 = 0 THEN fixture_gen.chars('zwsig', k, 32) END, k <> 7,
       CASE WHEN ty = '' AND k % 3 = 0 THEN CASE WHEN k = 6 THEN 'mnowak' ELSE 'zammad-hook' END END,
       CASE WHEN ty = '' AND k % 3 = 0 THEN fixture_gen.chars('zwbp', k, 18) END,
       CASE WHEN ty = '' AND k % 3 = 1 THEN fixture_gen.chars('zwbt', k, 40) END, ty = '' AND k % 2 = 1,
       CASE WHEN ty = '' AND k % 2 = 1 THEN '{"ticket":"#{ticket.number}","title":"#{ticket.title}","customer":"#{ticket.customer.fullname}","email":"#{ticket.customer.email}","state":"#{ticket.state.name}"}' END,
       NULLIF(ty, ''), CASE WHEN k % 4 = 0 THEN 'owner: IT, ask ' || fixture_gen.first_name('zwn', k) END, k <> 9, zgen.ts('zwc', k) + interval '40 days'
FROM (VALUES (1, 'Slack escalations', 'Slack', ''), (2, 'ERP sync', '', 'https://erp.internal.brightwater.example/api/zammad/ticket'), (3, 'Field service planner', '', 'https://planner.brightwater.example/hooks/zammad'),
             (4, 'Teams Leeds', 'Teams', ''), (5, 'Mattermost parts', 'MattermostPlain', ''), (6, 'n8n automations', '', 'https://n8n.brightwater.example/webhook/4f2c1a77-zammad'),
             (7, 'Test (self-signed)', '', 'https://10.20.30.41:8443/test'), (8, 'Slack recall channel', 'Slack', ''), (9, 'Old CRM', '', 'http://crm-old.brightwater.example/zammad.php'),
             (10, 'Data warehouse', '', 'https://ingest.dwh.brightwater.example/v1/events'), (11, 'Teams Lyon', 'Teams', ''), (12, 'Status page', '', 'https://status.brightwater.example/api/incident'),
             (13, 'Power Automate', '', 'https://prod-12.westeurope.logic.azure.example:443/workflows/' || zgen.hexn('zwpa', 13, 32) || '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=' || fixture_gen.chars('zwsigq', 13, 43)),
             (14, 'Survey tool', '', 'https://survey.example/webhooks/brightwater')) v(k, nm, ty, ep);

-- Outgoing and incoming HTTP calls (webhooks, sipgate, Elasticsearch, the ERP).
CREATE TABLE http_logs (
    id serial PRIMARY KEY, direction varchar(20) NOT NULL, facility varchar(100) NOT NULL, method varchar(100) NOT NULL, url text NOT NULL, request text NOT NULL, response text NOT NULL,
    status varchar(20), ip varchar(50), created_at timestamp(3) NOT NULL
);
INSERT INTO http_logs (direction, facility, method, url, request, response, status, ip, created_at)
SELECT CASE WHEN x.kind = 'cti' THEN 'in' ELSE 'out' END, x.kind, 'POST',
       CASE x.kind WHEN 'webhook' THEN (SELECT endpoint FROM webhooks WHERE id = 1 + k % 14) WHEN 'cti' THEN 'https://service.brightwater.example/api/v1/sipgate/in' ELSE 'https://erp.internal.brightwater.example/api/zammad/ticket' END,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nheaders:\n  Content-Type: application/json\n  User-Agent: Zammad User Agent\n'
       || CASE x.kind WHEN 'webhook' THEN '  X-Zammad-Trigger: ' || fixture_gen.pick(ARRAY['Escalation', 'New ticket', 'Recall'], 'zhlt', k) || E'\n  X-Zammad-Delivery: ' || zgen.hexn('zhld', k, 32)
                          || CASE WHEN k % 3 = 1 THEN E'\n  Authorization: Bearer ' || fixture_gen.chars('zwbt', 1 + k % 14, 40) ELSE '' END || E'\ncontent: ' || zgen.yq('{"ticket":{"number":"' || (24060 + s.t * 3) || '1","customer":{"firstname":' || zgen.js(c.first) || ',"lastname":' || zgen.js(c.last) || ',"email":' || zgen.js(c.email) || '}}}')
                      WHEN 'cti' THEN E'content: ' || zgen.yq('event=newCall&direction=in&from=' || replace(replace(c.phone, ' ', ''), '+', '%2B') || '&to=49305558000&callId=' || zgen.hexn('zcall', k, 32) || '&user%5B%5D=' || replace(c.fn, ' ', '+'))
                      ELSE '  Authorization: Basic ' || translate(encode(convert_to('zammad-erp:' || fixture_gen.chars('zerp', 1, 20), 'UTF8'), 'base64'), E'\n', '') || E'\ncontent: ' || zgen.yq('{"serial":"' || s.serial || '","order":"' || s.ordno || '"}') END || E'\n',
       CASE x.kind WHEN 'webhook' THEN E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ncode: ''200''\ncontent: ok\n'
                   WHEN 'cti' THEN E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ncode: 200\ncontent: ' || zgen.yq('<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="https://service.brightwater.example/api/v1/sipgate/in" onHangup="https://service.brightwater.example/api/v1/sipgate/in"/>') || E'\n'
                   ELSE E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ncode: ''200''\ncontent: ' || zgen.yq('{"customer":{"name":' || zgen.js(c.fn) || ',"phone":' || zgen.js(c.phone) || ',"address":' || zgen.js(fixture_gen.street('zbst', c.i) || ', ' || fixture_gen.city('zbst', c.i)) || '},"order":"' || s.ordno || '","status":"delivered"}') || E'\n' END,
       CASE WHEN k % 29 = 0 THEN '500' ELSE '200' END, CASE WHEN x.kind = 'cti' THEN fixture_gen.pick(ARRAY['217.10.79.9', '217.116.118.254', '212.9.46.32'], 'zhip', k) END,
       zgen.ts('zhlc', k)
FROM generate_series(1, 360) k JOIN zgen.t s ON s.t = 1 + fixture_gen.n('zhlt', k, 700) JOIN zgen.p c ON c.i = s.cust,
LATERAL (SELECT (ARRAY['webhook', 'cti', 'erp'])[1 + k % 3] AS kind) x;

-- The CTI caller log (sipgate): from/to are numbers, the comments the names Zammad matched.
CREATE TABLE cti_logs (
    id serial PRIMARY KEY, direction varchar(20) NOT NULL, state varchar(20) NOT NULL, "from" varchar(100) NOT NULL, from_comment varchar(250), "to" varchar(100) NOT NULL,
    to_comment varchar(250), queue varchar(250), call_id varchar(250) NOT NULL, comment varchar(500), start_at timestamp(3), end_at timestamp(3), duration_talking_time integer,
    preferences text, created_at timestamp(3) NOT NULL
);
INSERT INTO cti_logs (direction, state, "from", from_comment, "to", to_comment, queue, call_id, comment, start_at, end_at, duration_talking_time, preferences, created_at)
SELECT CASE WHEN k % 4 = 0 THEN 'out' ELSE 'in' END, CASE WHEN k % 6 = 1 THEN 'newCall' WHEN k % 5 = 2 THEN 'hangup' ELSE 'answer' END,
       CASE WHEN k % 4 = 0 THEN '49305558' || lpad((100 + a.i)::text, 3, '0') ELSE regexp_replace(c.phone, '[^0-9]', '', 'g') END,
       CASE WHEN k % 4 = 0 THEN a.fn WHEN k % 7 = 3 THEN '' ELSE c.fn END,
       CASE WHEN k % 4 = 0 THEN regexp_replace(c.phone, '[^0-9]', '', 'g') ELSE '49305558000' END,
       CASE WHEN k % 4 = 0 THEN CASE WHEN k % 7 = 3 THEN '' ELSE c.fn END WHEN k % 5 = 2 THEN '' ELSE a.fn END,
       CASE WHEN k % 4 = 0 THEN NULL ELSE (ARRAY['49305558000', '49305558400', '441134960000', '33472000000'])[1 + k % 4] END,
       zgen.hexn('zcall', k, 32), CASE WHEN k % 5 = 2 THEN fixture_gen.pick(ARRAY['normalClearing', 'cancel', 'noAnswer', 'busy'], 'zcom', k) END,
       CASE WHEN k % 5 <> 2 THEN zgen.ts('zcti', k) + make_interval(secs => 5 + k % 90) END, zgen.ts('zcti', k) + make_interval(secs => 60 + k % 900),
       CASE WHEN k % 5 <> 2 THEN 55 + k % 800 END,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n' || CASE WHEN k % 7 = 3 THEN E'{}\n' ELSE E'from:\n- id: ' || (9000 + k) || E'\n  caller_id: ''' || regexp_replace(c.phone, '[^0-9]', '', 'g')
           || E'''\n  comment: \n  level: known\n  object: User\n  o_id: ' || c.i || E'\n  user_id: ' || c.i || E'\n  preferences: {}\n' END,
       zgen.ts('zcti', k)
FROM generate_series(1, 600) k JOIN zgen.p c ON c.i = 42 + fixture_gen.n('zctc', k, 599) JOIN zgen.p a ON a.i = 2 + fixture_gen.n('zcta', k, 40);

CREATE TABLE ldap_sources (
    id serial PRIMARY KEY, name varchar(100) NOT NULL, preferences text, prio integer NOT NULL, active boolean DEFAULT true NOT NULL, updated_at timestamp(3) NOT NULL
);
INSERT INTO ldap_sources (name, preferences, prio, active, updated_at)
SELECT nm, E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nhost: ' || h || E'\nssl: ssl\nssl_verify: true\nbind_user: ' || bu || E'\nbind_pw: ' || zgen.yq(fixture_gen.chars('zldp', k, 20) || '&' || k)
       || E'\nbase_dn: ' || bd || E'\nuser_uid: samaccountname\nuser_filter: "(objectClass=user)"\nuser_attributes:\n  samaccountname: login\n  givenname: firstname\n  sn: lastname\n  mail: email\n  telephonenumber: phone\ngroup_uid: dn\ngroup_role_map:\n  '
       || zgen.yq('CN=zammad-agents,OU=Groups,' || bd) || E':\n  - 2\nunassigned_users: skip_sync\n',
       k, k <> 3, timestamp '2024-02-01 09:00:00' + make_interval(days => k)
FROM (VALUES (1, 'Brightwater AD', 'dc01.brightwater.example', 'CN=svc-zammad,OU=Service,DC=brightwater,DC=example', 'OU=Staff,DC=brightwater,DC=example'),
             (2, 'Leeds AD (legacy)', 'ldap.leeds.brightwater.example', 'CN=svc-zammad-leeds,OU=Service,DC=leeds,DC=brightwater,DC=example', 'OU=Staff,DC=leeds,DC=brightwater,DC=example'),
             (3, 'Contractors', 'ldap.partners.example', 'uid=jpetrov,ou=people,dc=partners,dc=example', 'ou=people,dc=partners,dc=example')) v(k, nm, h, bu, bd);

-- S/MIME: certificates of agents' group addresses and of customers who sign.
CREATE TABLE smime_certificates (
    id serial PRIMARY KEY, subject varchar(500) NOT NULL, doc_hash varchar(250) NOT NULL, fingerprint varchar(250) NOT NULL,
    not_before_at timestamp(3), not_after_at timestamp(3), raw bytea NOT NULL, private_key text, private_key_secret varchar(500), email_addresses varchar(1024),
    created_at timestamp(3) NOT NULL
);
INSERT INTO smime_certificates (subject, doc_hash, fingerprint, not_before_at, not_after_at, raw, private_key, private_key_secret, email_addresses, created_at)
SELECT CASE WHEN k <= 6 THEN '/C=DE/O=Brightwater Appliances GmbH/CN=' || m.email || '/emailAddress=' || m.email ELSE '/emailAddress=' || c.email || '/CN=' || c.fn END,
       md5('zdoc' || k), zgen.hexn('zfp', k, 40), zgen.ts('zsmc', k), zgen.ts('zsmc', k) + interval '2 years',
       convert_to(E'-----BEGIN CERTIFICATE-----\nMIIF' || regexp_replace(zgen.b64('zcrt', k, 240) || translate(encode(convert_to(CASE WHEN k <= 6 THEN m.email ELSE c.fn || ' ' || c.email END, 'UTF8'), 'base64'), E'\n', ''), '(.{64})', E'\\1\n', 'g') || E'\n-----END CERTIFICATE-----\n', 'UTF8'),
       CASE WHEN k <= 6 THEN E'-----BEGIN ' || E'RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,' || upper(zgen.hexn('zdek', k, 32)) || E'\n\n' || regexp_replace(zgen.b64('zpk', k, 250), '(.{64})', E'\\1\n', 'g') || E'\n-----END ' || E'RSA PRIVATE KEY-----\n' END,
       CASE WHEN k <= 6 THEN fixture_gen.chars('zpks', k, 24) END,
       '["' || CASE WHEN k <= 6 THEN m.email ELSE c.email END || '"]', zgen.ts('zsmi', k)
FROM generate_series(1, 40) k LEFT JOIN email_addresses m ON m.id = k JOIN zgen.p c ON c.i = 42 + fixture_gen.n('zsmcu', k, 599);

-- Devices agents and customers logged in from (the new-device notification).
CREATE TABLE user_devices (
    id serial PRIMARY KEY, user_id integer NOT NULL, name varchar(250) NOT NULL, os varchar(150), browser varchar(250), location varchar(150), device_details text,
    location_details text, fingerprint varchar(160), user_agent varchar(250), ip varchar(160), created_at timestamp(3) NOT NULL
);
INSERT INTO user_devices (user_id, name, os, browser, location, device_details, location_details, fingerprint, user_agent, ip, created_at)
SELECT u, d.os || ', ' || d.br, d.os, d.br, g.city || ', ' || g.country,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nbrowser: ' || d.br || E'\nbrowser_version: ''' || (100 + k % 26) || E'.0''\nos: ' || d.os || E'\ndevice_type: ' || CASE WHEN d.os IN ('iOS', 'Android') THEN 'smartphone' ELSE 'desktop' END || E'\n',
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ncity_name: ' || g.city || E'\ncountry_name: ' || g.country || E'\nlatitude: ' || g.lat || E'\nlongitude: ' || g.lon || E'\nregion_name: ' || g.region || E'\n',
       zgen.hexn('zfpr', k, 32), zgen.ua('zua', k), CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('zdip', k) ELSE fixture_gen.ipv4('zdip', k) END, zgen.ts('zdvc', k)
FROM generate_series(1, 420) k,
LATERAL (SELECT CASE WHEN k <= 120 THEN 2 + k % 40 ELSE 42 + fixture_gen.n('zdvu', k, 599) END AS u) uu,
LATERAL (SELECT (ARRAY['Windows', 'Windows', 'Mac', 'iOS', 'Android', 'Linux'])[1 + fixture_gen.n('zdos', k, 6)] AS os, (ARRAY['Chrome', 'Firefox', 'Safari', 'Edge'])[1 + fixture_gen.n('zdbr', k, 4)] AS br) d,
LATERAL (SELECT city, country, region, round((lat0 + fixture_gen.n('zdlat', k, 200) / 1000.0 - 0.1)::numeric, 4) AS lat, round((lon0 + fixture_gen.n('zdlon', k, 200) / 1000.0 - 0.1)::numeric, 4) AS lon
    FROM (VALUES (0, 'Berlin', 'Germany', 'Land Berlin', 52.52, 13.40), (1, 'München', 'Germany', 'Bavaria', 48.14, 11.58), (2, 'Köln', 'Germany', 'North Rhine-Westphalia', 50.94, 6.96),
                 (3, 'Leeds', 'United Kingdom', 'England', 53.80, -1.55), (4, 'Manchester', 'United Kingdom', 'England', 53.48, -2.24), (5, 'Lyon', 'France', 'Auvergne-Rhône-Alpes', 45.76, 4.84),
                 (6, 'Toulouse', 'France', 'Occitanie', 43.60, 1.44), (7, 'Sevilla', 'Spain', 'Andalusia', 37.39, -5.98), (8, 'Kraków', 'Poland', 'Lesser Poland', 50.06, 19.94),
                 (9, 'Porto', 'Portugal', 'Porto', 41.15, -8.61), (10, 'Bologna', 'Italy', 'Emilia-Romagna', 44.49, 11.34)) v(m, city, country, region, lat0, lon0)
    WHERE v.m = fixture_gen.n('zdcity', k, 11)) g;

SET client_min_messages = warning;
DROP SCHEMA zgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
