-- classify-eval fixture (HOLDOUT 39: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- EspoCRM 8 instance on PostgreSQL, in the naming its ORM creates (singular
-- snake_case tables, "case" quoted, 17-character hexadecimal string ids,
-- deleted flags, created_by_id / modified_by_id / assigned_user_id,
-- created_at / modified_at as timestamp(0), polymorphic parent_id /
-- parent_type pairs, currency amounts beside their *_currency column,
-- jsonb for its JSON fields), a subset of its tables with their columns.
--
-- The CRM of Brightwater Climate Systems, a supplier of commercial heating,
-- ventilation and heat pumps selling to facility managers, builders and
-- property companies in the UK, Germany, France, Spain, India and Japan.
-- Staff users with bcrypt hashes (and two legacy SHA-512 crypt hashes), API
-- users with API keys and HMAC secret keys, portal users who log in with
-- their email address; auth tokens with their cookie secrets and the IP
-- that used them; the auth log with the usernames people typed (typos,
-- emails); password change requests whose URL carries the request id;
-- 2FA TOTP secrets; unique ids of reset links; preferences JSON with the
-- user's signature HTML and a personal SMTP password; accounts (customer
-- companies) with billing and shipping addresses; contacts with custom
-- fields for a birthday and a UK National Insurance number (the
-- installer-certification scheme needs it); leads, several of them private
-- home owners; email addresses and phone numbers kept in their own tables
-- and linked to every entity; opportunities, cases, emails with bodies,
-- from strings, address/name maps and invitations' iCalendar text; personal
-- and group mail accounts with IMAP/SMTP credentials; the stream (note) with
-- posts users wrote and the changed fields' old and new values; uploaded
-- files named after people; documents; campaigns, mass emails, the email
-- queue and the campaign log; calls and meetings with Teams join links;
-- webhooks with their signing keys; integrations' client secrets and API
-- keys; users' Google OAuth tokens; jobs with their arguments; the action
-- history with IPs; the application log. Catalogue-like tables (teams,
-- target lists, email templates, campaigns) hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA egen;

-- id: an EspoCRM id, 17 hexadecimal characters.
CREATE FUNCTION egen.id(tag text, i bigint) RETURNS varchar
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(md5('espo:' || tag || ':' || i), 1, 17) $$;

-- at: a time between 2022-01-03 and 2024-10-31 (the snapshot), to the second.
CREATE FUNCTION egen.at(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT (timestamp '2022-01-03 07:00:00' + make_interval(secs => fixture_gen.n(tag, i, 88000000)))::timestamp(0) $$;

-- hex: len hexadecimal characters; rnd: len alphanumerics.
CREATE FUNCTION egen.hex(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn('espo' || tag, i, len) $$;

CREATE FUNCTION egen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

-- enc: a value as EspoCRM's Crypt stores it (base64 of IV and AES-256-CBC).
CREATE FUNCTION egen.enc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64('enc' || tag, i, 32 + 16 * fixture_gen.n('encl' || tag, i, 3)) $$;

-- fold: a name folded to ASCII for an email address or a login.
CREATE FUNCTION egen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãåçéèêëíìîïıñóòôöõøúùûüýÿşğłńśźżÁÉÍÓÚÖÜÇŞŁ', 'aaaaaaceeeeiiiiinoooooouuuuyysglnszzAEIOUOUCSL')), '[^a-z0-9]+', '', 'g')
$$;

-- Staff and other users. 1: the system user; 2: the administrator (id '1');
-- 3-38 staff; 39-42 API users; 43-52 portal users (customers' facility
-- managers, who log in with their email address).
CREATE TABLE egen.u (i int PRIMARY KEY, id varchar(17), uname text, typ text, first text, last text, sal text, gender text, title text,
  email text, phone text, team int, auth text);
INSERT INTO egen.u
SELECT i, egen.id('user', i), NULL, CASE WHEN i = 3 THEN 'admin' WHEN i <= 38 THEN 'regular' WHEN i <= 42 THEN 'api' ELSE 'portal' END,
       fixture_gen.first_name('uf', i), fixture_gen.last_name('ul', i), NULL, NULL,
       CASE WHEN i <= 38 THEN fixture_gen.pick(ARRAY['Account Executive', 'Sales Engineer', 'Key Account Manager', 'Inside Sales Representative', 'Service Coordinator',
         'Support Engineer', 'Marketing Manager', 'Sales Director', 'Field Service Lead', 'Customer Success Manager', 'Bid Manager'], 'ut', i) END,
       NULL, NULL, 1 + fixture_gen.n('utm', i, 5), 'Espo'
FROM generate_series(3, 52) i;
UPDATE egen.u SET gender = CASE WHEN first IN ('Amelia', 'Sofía', 'Chloé', 'Hannah', 'Aoife', 'Priya', 'Mei', 'Yuki', 'Minji', 'Fatima', 'Aylin', 'Ngozi', 'Amara', 'Olga', 'Zofia',
    'Ingrid', 'Beatriz', 'Giulia', 'Thandiwe', 'Linh', 'Ananya', 'Elif', 'Leila', 'Sanna') THEN 'Female' WHEN i % 9 = 4 THEN 'Neutral' ELSE 'Male' END;
UPDATE egen.u SET sal = CASE WHEN gender = 'Female' THEN (ARRAY['Ms.', 'Mrs.', 'Ms.', 'Dr.'])[1 + fixture_gen.n('us', i, 4)] WHEN gender = 'Male' THEN (ARRAY['Mr.', 'Mr.', 'Dr.'])[1 + fixture_gen.n('us', i, 3)] ELSE '' END;
UPDATE egen.u SET email = egen.fold(first) || '.' || egen.fold(last) || '@brightwater-climate.example',
  uname = CASE WHEN i % 4 = 0 THEN substr(egen.fold(first), 1, 1) || egen.fold(last) WHEN i % 4 = 1 THEN egen.fold(first) ELSE egen.fold(first) || '.' || egen.fold(last) END,
  phone = fixture_gen.phone('uph', i), auth = CASE WHEN i % 7 = 3 THEN 'Oidc' ELSE 'Espo' END
WHERE typ IN ('admin', 'regular');
UPDATE egen.u u SET uname = u.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) rn FROM egen.u) d WHERE d.i = u.i AND d.rn > 1;
UPDATE egen.u SET first = NULL, sal = NULL, gender = NULL, team = NULL, auth = CASE WHEN i % 2 = 0 THEN 'ApiKey' ELSE 'Hmac' END,
  last = (ARRAY['Zapier integration', 'Website forms', 'ERP sync (SAP B1)', 'Mailchimp connector'])[i - 38],
  uname = (ARRAY['api-zapier', 'api-website-forms', 'api-erp-sync', 'api-mailchimp'])[i - 38]
WHERE typ = 'api';
UPDATE egen.u SET email = egen.fold(first) || '.' || egen.fold(last) || '@' || fixture_gen.pick(ARRAY['harbourside-estates.example', 'kestrel-fm.example', 'nordlicht-immobilien.example',
    'groupe-valmont.example', 'torre-alta.example', 'sakura-facilities.example'], 'upd', i), team = NULL, title = 'Facility Manager'
WHERE typ = 'portal';
UPDATE egen.u SET uname = email WHERE typ = 'portal';
INSERT INTO egen.u VALUES (1, 'system', 'system', 'system', NULL, 'System', NULL, NULL, NULL, NULL, NULL, NULL, 'Espo'),
  (2, '1', 'admin', 'admin', 'Admin', 'Brightwater', NULL, NULL, 'CRM administrator', 'crm-admin@brightwater-climate.example', NULL, NULL, 'Espo');

-- ---------------------------------------------------------------------------
-- Teams and users.

CREATE TABLE team (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(100),
    deleted boolean DEFAULT false,
    position_list jsonb,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone
);
INSERT INTO team
SELECT egen.id('team', t), n, false, pl::jsonb, egen.at('tmc', t) - interval '400 days', egen.at('tmm', t)
FROM (VALUES (1, 'Sales UK & Ireland', '["Account Executive","Key Account Manager","Sales Director"]'), (2, 'Vertrieb DACH', '["Account Executive","Sales Engineer"]'),
  (3, 'Ventes France', '["Account Executive","Inside Sales Representative"]'), (4, 'Service & Support', '["Support Engineer","Service Coordinator","Field Service Lead"]'),
  (5, 'Marketing', '["Marketing Manager","Campaign Specialist"]'), (6, 'APAC', '["Account Executive","Bid Manager"]')) v(t, n, pl);

CREATE TABLE "user" (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    user_name varchar(50),
    type varchar(24) DEFAULT 'regular',
    password varchar(150),
    auth_method varchar(24),
    api_key varchar(100),
    secret_key varchar(100),
    salutation_name varchar(255),
    first_name varchar(100),
    last_name varchar(100),
    is_active boolean DEFAULT true,
    title varchar(100),
    avatar_color varchar(7),
    gender varchar(255) DEFAULT '',
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    delete_id varchar(17) DEFAULT '0',
    middle_name varchar(100),
    default_team_id varchar(17),
    contact_id varchar(17),
    account_id varchar(17),
    avatar_id varchar(17),
    created_by_id varchar(17),
    dashboard_template_id varchar(17),
    last_access timestamp(0) without time zone
);

CREATE TABLE user_data (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    auth_2fa boolean DEFAULT false,
    auth_2fa_method varchar(255),
    auth_2fa_totp_secret varchar(32),
    user_id varchar(17)
);

CREATE TABLE auth_token (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    token varchar(36),
    hash varchar(150),
    secret varchar(36),
    user_id varchar(17),
    portal_id varchar(17),
    ip_address varchar(45),
    is_active boolean DEFAULT true,
    last_access timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone
);

CREATE TABLE auth_log_record (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    username varchar(100),
    portal_id varchar(17),
    user_id varchar(17),
    auth_token_id varchar(17),
    ip_address varchar(45),
    created_at timestamp(0) without time zone,
    is_denied boolean DEFAULT false,
    denial_reason varchar(255),
    request_time double precision,
    request_url varchar(255),
    request_method varchar(15),
    authentication_method varchar(255)
);

CREATE TABLE password_change_request (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    request_id varchar(64),
    url varchar(255),
    user_id varchar(17),
    created_at timestamp(0) without time zone
);

CREATE TABLE preferences (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    data jsonb
);

CREATE TABLE unique_id (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(64),
    deleted boolean DEFAULT false,
    data jsonb,
    created_at timestamp(0) without time zone,
    terminate_at timestamp(0) without time zone,
    target_id varchar(17),
    target_type varchar(100),
    created_by_id varchar(17)
);

INSERT INTO "user"
SELECT u.id, u.i IN (17, 29), u.uname, u.typ,
       CASE WHEN u.typ IN ('system', 'api') OR u.auth = 'Oidc' THEN NULL
            WHEN u.i IN (5, 11) THEN '$6' || '$' || egen.rnd('salt', u.i, 16) || '$' || translate(egen.rnd('sha512c', u.i, 86), '+/', './')
            ELSE '$2y' || '$10$' || fixture_gen.chars('pw', u.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       u.auth,
       CASE WHEN u.typ = 'api' THEN egen.hex('apikey', u.i, 32) END,
       CASE WHEN u.auth = 'Hmac' THEN egen.hex('hmac', u.i, 32) END,
       u.sal, u.first, u.last, u.i NOT IN (17, 29, 33), u.title,
       CASE WHEN u.typ IN ('admin', 'regular') THEN '#' || substr(md5('avc' || u.i), 1, 6) END,
       coalesce(u.gender, ''),
       egen.at('uca', u.i) - interval '500 days', egen.at('uma', u.i), CASE WHEN u.i IN (17, 29) THEN egen.id('udel', u.i) ELSE '0' END,
       CASE WHEN u.i % 11 = 6 THEN fixture_gen.pick(ARRAY['J.', 'Marie', 'A.', 'Kumar'], 'umn', u.i) END,
       CASE WHEN u.team IS NOT NULL THEN egen.id('team', u.team) END,
       CASE WHEN u.typ = 'portal' THEN egen.id('contact', (u.i - 42) * 7) END,
       CASE WHEN u.typ = 'portal' THEN egen.id('account', 1 + ((u.i - 42) * 7 - 1) % 80) END,
       CASE WHEN u.typ IN ('admin', 'regular') AND u.i % 3 = 0 THEN egen.id('att', 900 + u.i) END,
       CASE WHEN u.i > 2 THEN '1' END, CASE WHEN u.typ = 'regular' AND u.team = 1 THEN egen.id('dash', 1) END,
       CASE WHEN u.typ <> 'system' AND u.i NOT IN (17, 29) THEN timestamp '2024-10-31 18:00:00' - make_interval(secs => fixture_gen.n('ula', u.i, 3000000)) END
FROM egen.u u;

INSERT INTO user_data
SELECT egen.id('ud', u.i), false, u.i % 3 = 0, CASE WHEN u.i % 3 = 0 THEN 'Totp' END,
       CASE WHEN u.i % 3 = 0 THEN fixture_gen.chars('totp', u.i, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END, u.id
FROM egen.u u WHERE u.typ IN ('admin', 'regular', 'portal');

-- Auth tokens: hash is the user's password hash at login (a password change
-- invalidates the token); secret is the auth-token-secret cookie.
INSERT INTO auth_token
SELECT egen.id('atok', k), false, egen.hex('tok', k, 32),
       CASE WHEN uu.password IS NOT NULL THEN uu.password END, egen.hex('sec', k, 32), uu.id,
       CASE WHEN uu.type = 'portal' THEN egen.id('portal', 1) END,
       CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('atip', k) ELSE fixture_gen.ipv4('atip', k) END,
       k > 160, egen.at('atla', k), egen.at('atla', k) - make_interval(mins => fixture_gen.n('atd', k, 20000)), egen.at('atla', k)
FROM generate_series(1, 220) k
JOIN egen.u u ON u.i = 2 + fixture_gen.n('atu', k, 50) AND u.typ <> 'api'
JOIN "user" uu ON uu.id = u.id;

INSERT INTO auth_log_record
SELECT egen.id('alr', k), false,
       CASE WHEN k % 9 = 0 THEN u.email WHEN k % 13 = 0 THEN upper(substr(u.uname, 1, 1)) || substr(u.uname, 2) WHEN k % 17 = 0 THEN u.uname || 'x'
            WHEN k % 23 = 0 THEN fixture_gen.email('alrx', k) ELSE u.uname END,
       CASE WHEN u.typ = 'portal' THEN egen.id('portal', 1) END,
       CASE WHEN k % 17 = 0 OR k % 23 = 0 THEN NULL ELSE u.id END,
       CASE WHEN k % 17 = 0 OR k % 23 = 0 OR k % 11 = 0 THEN NULL ELSE egen.id('atok', 1 + k % 220) END,
       fixture_gen.ipv4('alip', k), egen.at('alrt', k), k % 17 = 0 OR k % 23 = 0 OR k % 11 = 0,
       CASE WHEN k % 17 = 0 OR k % 23 = 0 THEN 'CREDENTIALS' WHEN k % 11 = 0 THEN (ARRAY['WRONG_CODE', 'INACTIVE_USER', 'IS_PORTAL_USER'])[1 + k % 3] END,
       extract(epoch FROM egen.at('alrt', k))::double precision + fixture_gen.n('alms', k, 1000) / 1000.0,
       CASE WHEN k % 4 = 0 THEN '/api/v1/App/user' WHEN k % 4 = 1 THEN '/api/v1/App/user?2fa=true' WHEN k % 4 = 2 THEN '/portal/api/v1/App/user' ELSE '/api/v1/Account?maxSize=20&offset=0' END,
       CASE WHEN k % 4 = 3 THEN 'GET' ELSE 'POST' END, CASE WHEN u.auth = 'Oidc' THEN 'Oidc' WHEN u.typ = 'api' THEN u.auth ELSE 'Espo' END
FROM generate_series(1, 400) k JOIN egen.u u ON u.i = 2 + fixture_gen.n('alu', k, 51);

INSERT INTO password_change_request
SELECT egen.id('pcr', k), false, r, CASE WHEN u.typ = 'portal' THEN 'https://portal.brightwater-climate.example/?entryPoint=changePassword&id=' || r
       ELSE 'https://crm.brightwater-climate.example/?entryPoint=changePassword&id=' || r END, u.id, egen.at('pcrt', k)
FROM generate_series(1, 24) k CROSS JOIN LATERAL (SELECT egen.hex('pcrr', k, 32) AS r) x JOIN egen.u u ON u.i = 3 + fixture_gen.n('pcu', k, 50) AND u.typ <> 'api';

-- Preferences: one row per user (id = user id), the settings JSON. The
-- signature HTML has the user's name, title and phone; smtpPassword is the
-- personal SMTP password Espo keeps encrypted.
INSERT INTO preferences
SELECT u.id, false, jsonb_strip_nulls(jsonb_build_object(
  'timeZone', (ARRAY['Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Asia/Kolkata', 'Asia/Tokyo'])[1 + fixture_gen.n('ptz', u.i, 6)],
  'dateFormat', (ARRAY['DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD'])[1 + fixture_gen.n('pdf', u.i, 3)], 'timeFormat', 'HH:mm', 'weekStart', 1, 'language', (ARRAY['en_GB', 'de_DE', 'fr_FR', 'es_ES'])[1 + fixture_gen.n('pln', u.i, 4)],
  'defaultCurrency', (ARRAY['GBP', 'EUR', 'EUR', 'INR', 'JPY'])[1 + fixture_gen.n('pcu', u.i, 5)], 'thousandSeparator', ',', 'decimalMark', '.',
  'receiveAssignmentEmailNotifications', u.i % 4 <> 0, 'receiveMentionEmailNotifications', true, 'followEntityOnStreamPost', true, 'doNotFillAssignedUserIfNotRequired', false,
  'emailReplyToAllByDefault', true, 'emailUseExternalClient', u.i % 10 = 7, 'theme', CASE WHEN u.i % 5 = 0 THEN 'Dark' ELSE 'Violet' END,
  'signature', CASE WHEN u.typ IN ('admin', 'regular') THEN '<p>Kind regards,<br><b>' || u.first || ' ' || u.last || '</b><br>' || u.title || ' | Brightwater Climate Systems<br>Mobile: '
     || u.phone || '<br><a href="mailto:' || u.email || '">' || u.email || '</a></p>' END,
  'smtpServer', CASE WHEN u.i % 6 = 1 THEN 'smtp.office365.com' END, 'smtpPort', CASE WHEN u.i % 6 = 1 THEN 587 END, 'smtpAuth', CASE WHEN u.i % 6 = 1 THEN true END,
  'smtpSecurity', CASE WHEN u.i % 6 = 1 THEN 'TLS' END, 'smtpUsername', CASE WHEN u.i % 6 = 1 THEN u.email END, 'smtpPassword', CASE WHEN u.i % 6 = 1 THEN egen.enc('smtpp', u.i) END,
  'dashboardLayout', jsonb_build_array(jsonb_build_object('name', 'My Espo', 'layout', jsonb_build_array(jsonb_build_object('id', 'd' || (u.i * 7919 % 99999), 'name', 'Stream', 'x', 0, 'y', 0, 'width', 2, 'height', 4))))))
FROM egen.u u WHERE u.typ <> 'system';

-- Unique ids: password-reset links, the 2FA email codes' records and
-- public calendar links; name is the token the link carries.
INSERT INTO unique_id
SELECT egen.id('uid', k), egen.hex('uidn', k, 32), false,
       CASE k % 3 WHEN 0 THEN jsonb_build_object('userId', u.id, 'link', 'https://crm.brightwater-climate.example/?entryPoint=changePassword&id=' || egen.hex('pcrr', k, 32))
         WHEN 1 THEN jsonb_build_object('userId', u.id, 'calendarIcsUrl', true, 'entityType', 'User')
         ELSE jsonb_build_object('userId', u.id, 'emailAddress', u.email, 'codeSent', true) END,
       egen.at('uidc', k), egen.at('uidc', k) + CASE k % 3 WHEN 1 THEN interval '3650 days' ELSE interval '3 hours' END,
       CASE WHEN k % 3 = 1 THEN u.id END, CASE WHEN k % 3 = 1 THEN 'User' END, CASE WHEN k % 3 = 1 THEN u.id ELSE 'system' END
FROM generate_series(1, 60) k JOIN egen.u u ON u.i = 3 + fixture_gen.n('uiu', k, 36);

-- ---------------------------------------------------------------------------
-- Where customers are: countries, their cities and regions, names.

CREATE TABLE egen.geo (c text, k int, country text, city text, state text);
INSERT INTO egen.geo VALUES
  ('gb', 0, 'United Kingdom', 'Manchester', 'Greater Manchester'), ('gb', 1, 'United Kingdom', 'Leeds', 'West Yorkshire'), ('gb', 2, 'United Kingdom', 'Bristol', 'Bristol'), ('gb', 3, 'United Kingdom', 'Glasgow', 'Scotland'),
  ('de', 0, 'Germany', 'München', 'Bayern'), ('de', 1, 'Germany', 'Köln', 'Nordrhein-Westfalen'), ('de', 2, 'Germany', 'Hamburg', 'Hamburg'), ('de', 3, 'Germany', 'Frankfurt am Main', 'Hessen'),
  ('fr', 0, 'France', 'Lyon', 'Auvergne-Rhône-Alpes'), ('fr', 1, 'France', 'Toulouse', 'Occitanie'), ('fr', 2, 'France', 'Paris', 'Île-de-France'), ('fr', 3, 'France', 'Nantes', 'Pays de la Loire'),
  ('es', 0, 'Spain', 'Madrid', 'Comunidad de Madrid'), ('es', 1, 'Spain', 'Sevilla', 'Andalucía'), ('es', 2, 'Spain', 'Barcelona', 'Cataluña'), ('es', 3, 'Spain', 'Valencia', 'Comunidad Valenciana'),
  ('in', 0, 'India', 'Pune', 'Maharashtra'), ('in', 1, 'India', 'Bengaluru', 'Karnataka'), ('in', 2, 'India', 'Mumbai', 'Maharashtra'), ('in', 3, 'India', 'Chennai', 'Tamil Nadu'),
  ('jp', 0, 'Japan', 'Osaka', 'Osaka'), ('jp', 1, 'Japan', 'Tokyo', 'Tokyo'), ('jp', 2, 'Japan', 'Nagoya', 'Aichi'), ('jp', 3, 'Japan', 'Fukuoka', 'Fukuoka');

CREATE TABLE egen.nm (c text, k int, first text, last text, female boolean);
INSERT INTO egen.nm
SELECT c, k, f[k], l[k], k % 2 = 0 FROM (VALUES
  ('gb', ARRAY['Oliver', 'Amelia', 'Callum', 'Siobhan', 'Rhys', 'Harriet', 'Imran', 'Nadia'], ARRAY['Whitfield', 'Okonjo', 'MacLeod', 'Brennan', 'Hughes', 'Chaudhry', 'Pemberton', 'Ashworth']),
  ('de', ARRAY['Tobias', 'Miriam', 'Florian', 'Johanna', 'Deniz', 'Carolin', 'Benedikt', 'Ulrike'], ARRAY['Vogel', 'Brandt', 'Zimmermann', 'Hartmann', 'Yıldız', 'Krause', 'Seidel', 'Fuchs']),
  ('fr', ARRAY['Antoine', 'Camille', 'Julien', 'Élodie', 'Karim', 'Manon', 'Mathieu', 'Aïcha'], ARRAY['Bernard', 'Moreau', 'Laurent', 'Girard', 'Benali', 'Rousseau', 'Mercier', 'Diallo']),
  ('es', ARRAY['Alejandro', 'Lucía', 'Javier', 'Carmen', 'Diego', 'Valentina', 'Sergio', 'Nerea'], ARRAY['Fernández', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Etxeberria', 'Moreno']),
  ('in', ARRAY['Aditya', 'Meera', 'Karthik', 'Shreya', 'Nikhil', 'Divya', 'Harish', 'Lakshmi'], ARRAY['Krishnan', 'Chatterjee', 'Desai', 'Pillai', 'Joshi', 'Verma', 'Rao', 'Kulkarni']),
  ('jp', ARRAY['Takumi', 'Misaki', 'Daiki', 'Haruka', 'Shota', 'Nanami', 'Yusuke', 'Ayaka'], ARRAY['Kobayashi', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi'])
) v(c, f, l), generate_series(1, 8) k;

CREATE FUNCTION egen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN (1 + fixture_gen.n(tag || 'n', i, 180))::text || ' ' || fixture_gen.pick(ARRAY['Deansgate', 'Wellington Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Row', 'Albion Street'], tag, i)
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Leopoldstraße', 'Hohenzollernring', 'Lindenweg', 'Bahnhofstraße', 'Schillerplatz', 'Eppendorfer Weg'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text
    WHEN 'fr' THEN (1 + fixture_gen.n(tag || 'n', i, 120))::text || ' ' || fixture_gen.pick(ARRAY['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Lilas', 'quai Perrache'], tag, i)
    WHEN 'es' THEN fixture_gen.pick(ARRAY['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Carrer de Balmes', 'Gran Vía'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 200))::text
    WHEN 'in' THEN 'Plot ' || (1 + fixture_gen.n(tag || 'n', i, 300))::text || ', ' || fixture_gen.pick(ARRAY['Baner Road', 'Outer Ring Road, Bellandur', 'Andheri Kurla Road', 'Anna Salai', 'Hinjewadi Phase 2'], tag, i)
    ELSE fixture_gen.pick(ARRAY['北区梅田', '千代田区丸の内', '中村区名駅', '博多区博多駅前', '港区芝浦'], tag, i) || (1 + fixture_gen.n(tag || 'n', i, 4))::text || '-' || (1 + fixture_gen.n(tag || 'a', i, 20))::text || '-' || (1 + fixture_gen.n(tag || 'b', i, 30))::text END
$$;

CREATE FUNCTION egen.postcode(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN fixture_gen.pick(ARRAY['M3', 'LS1', 'BS1', 'G2', 'M15', 'LS6'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'in' THEN '4' || fixture_gen.digits(tag, i, 5)
    WHEN 'jp' THEN fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'j', i, 4)
    ELSE lpad((1000 + fixture_gen.n(tag, i, 94000))::text, 5, '0') END
$$;

CREATE FUNCTION egen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN CASE WHEN i % 2 = 0 THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) ELSE '0161 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END
    WHEN 'de' THEN CASE WHEN i % 2 = 0 THEN '+49 151 ' || fixture_gen.digits(tag, i, 8) ELSE '089 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 3) END
    WHEN 'fr' THEN '+33 6 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    ELSE '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4) END
$$;

-- Customer companies (accounts 1-80).
CREATE TABLE egen.co (k int PRIMARY KEY, c text, name text, dom text, city text, state text, country text, industry text, typ text);
INSERT INTO egen.co
SELECT x.k, x.c, nm, lower(regexp_replace(egen.fold(split_part(nm, ' ', 1) || split_part(nm, ' ', 2)), '(gmbh|sas|sl|kk|ltd|plc)$', '')) || CASE x.c WHEN 'gb' THEN '.co.uk' WHEN 'de' THEN '.de' WHEN 'fr' THEN '.fr' WHEN 'es' THEN '.es' WHEN 'in' THEN '.in' ELSE '.co.jp' END,
       g.city, g.state, g.country,
       fixture_gen.pick(ARRAY['Real Estate', 'Construction', 'Hospitality', 'Healthcare', 'Education', 'Retail', 'Manufacturing', 'Government', 'Facility Management'], 'coi', x.k),
       CASE WHEN x.k % 9 = 0 THEN 'Partner' WHEN x.k % 7 = 0 THEN 'Reseller' WHEN x.k % 5 = 0 THEN 'Investor' ELSE 'Customer' END
FROM (SELECT k, (ARRAY['gb', 'de', 'fr', 'es', 'in', 'jp'])[1 + (k - 1) % 6] AS c,
        fixture_gen.pick(ARRAY['Harbourside', 'Kestrel', 'Greystone', 'Meridian', 'Oakfield', 'Thamesgate', 'Northgate', 'Silverbirch', 'Redbrook', 'Alder', 'Crescent', 'Pinnacle', 'Summit'], 'con', k)
        || ' ' || CASE (ARRAY['gb', 'de', 'fr', 'es', 'in', 'jp'])[1 + (k - 1) % 6]
          WHEN 'gb' THEN fixture_gen.pick(ARRAY['Estates Ltd', 'Facilities Management Ltd', 'Property Group plc', 'Hotels Ltd', 'Building Services Ltd'], 'cos', k)
          WHEN 'de' THEN fixture_gen.pick(ARRAY['Immobilien GmbH', 'Gebäudetechnik GmbH', 'Bau AG', 'Klinikum GmbH'], 'cos', k)
          WHEN 'fr' THEN fixture_gen.pick(ARRAY['Gestion SAS', 'Habitat SA', 'Hôtellerie SAS', 'Bâtiment SARL'], 'cos', k)
          WHEN 'es' THEN fixture_gen.pick(ARRAY['Construcciones SL', 'Inmobiliaria SA', 'Hoteles SL', 'Servicios Integrales SL'], 'cos', k)
          WHEN 'in' THEN fixture_gen.pick(ARRAY['Infra Pvt Ltd', 'Realty Pvt Ltd', 'Hospitals Ltd', 'Developers Pvt Ltd'], 'cos', k)
          ELSE fixture_gen.pick(ARRAY['Kenchiku KK', 'Fudosan KK', 'Setsubi KK', 'Hotel KK'], 'cos', k) END AS nm
      FROM generate_series(1, 80) k) x
JOIN egen.geo g ON g.c = x.c AND g.k = fixture_gen.n('cog', x.k, 4);
UPDATE egen.co o SET name = o.name || ' (' || o.city || ')', dom = replace(o.dom, '.', '-' || egen.fold(o.city) || '.') FROM (SELECT k, row_number() OVER (PARTITION BY name ORDER BY k) rn FROM egen.co) d WHERE d.k = o.k AND d.rn > 1;

-- People: contacts 1-300 (at account 1 + (i - 1) % 80, the same country),
-- leads 301-520 (301-430 at companies not yet customers, 431-520 private
-- home owners asking for a heat pump).
CREATE TABLE egen.p (i int PRIMARY KEY, kind text, c text, first text, last text, female boolean, sal text, email text, phone text, mobile text,
  street text, city text, state text, country text, postcode text, acc int, company text, title text);
INSERT INTO egen.p (i, kind, c, first, last, female, acc)
SELECT i, CASE WHEN i <= 300 THEN 'contact' WHEN i <= 430 THEN 'lead' ELSE 'private' END, x.c, a.first, b.last, a.female, CASE WHEN i <= 300 THEN 1 + (i - 1) % 80 END
FROM generate_series(1, 520) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 300 THEN (ARRAY['gb', 'de', 'fr', 'es', 'in', 'jp'])[1 + (i - 1) % 6] ELSE (ARRAY['gb', 'gb', 'de', 'de', 'fr', 'es', 'in', 'jp'])[1 + fixture_gen.n('pc', i, 8)] END AS c) x
JOIN egen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('pf', i, 8)
JOIN egen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('pl', i, 8);
UPDATE egen.p p SET sal = CASE WHEN p.i % 10 = 3 THEN 'Dr.' WHEN p.female THEN CASE WHEN p.i % 3 = 0 THEN 'Mrs.' ELSE 'Ms.' END ELSE 'Mr.' END,
  company = CASE WHEN p.kind = 'contact' THEN o.name WHEN p.kind = 'lead' THEN
    fixture_gen.pick(ARRAY['Westbury', 'Lindqvist', 'Hollowell', 'Brightmoor', 'Ridgeway', 'Castlerock', 'Fernhill', 'Elmstead'], 'plc', p.i) || ' ' ||
    CASE p.c WHEN 'de' THEN 'Hausverwaltung GmbH' WHEN 'fr' THEN 'Syndic SAS' WHEN 'es' THEN 'Gestión SL' WHEN 'in' THEN 'Projects Pvt Ltd' WHEN 'jp' THEN 'Kanri KK' ELSE 'Lettings Ltd' END END,
  title = CASE WHEN p.kind <> 'private' THEN fixture_gen.pick(ARRAY['Facility Manager', 'Head of Estates', 'Procurement Manager', 'Technical Director', 'Building Services Engineer',
    'Property Manager', 'Operations Director', 'Maintenance Supervisor', 'Energy Manager', 'CFO'], 'pti', p.i) END,
  street = egen.street(p.c, 'pst', p.i), postcode = egen.postcode(p.c, 'ppc', p.i), phone = egen.phone(p.c, 'pph', p.i), mobile = egen.phone(p.c, 'pmo', p.i * 2)
FROM (SELECT 1 AS z) z LEFT JOIN egen.co o ON true WHERE (o.k = p.acc) OR (p.acc IS NULL AND o.k = 1);
UPDATE egen.p p SET city = g.city, state = g.state, country = g.country FROM egen.geo g WHERE g.c = p.c AND g.k = fixture_gen.n('pgeo', p.i, 4);
UPDATE egen.p p SET email = CASE WHEN p.kind = 'contact' THEN
    CASE WHEN p.i % 3 = 0 THEN substr(egen.fold(p.first), 1, 1) || '.' || egen.fold(p.last) ELSE egen.fold(p.first) || '.' || egen.fold(p.last) END || '@' || o.dom
  WHEN p.kind = 'lead' THEN egen.fold(p.first) || '.' || egen.fold(p.last) || '@' || egen.fold(split_part(p.company, ' ', 1)) || '-' || CASE p.c WHEN 'gb' THEN 'lettings.co.uk' WHEN 'de' THEN 'hv.de' WHEN 'fr' THEN 'syndic.fr' ELSE 'mgmt.example' END
  ELSE CASE fixture_gen.n('pmf', p.i, 3) WHEN 0 THEN egen.fold(p.first) || '.' || egen.fold(p.last) WHEN 1 THEN egen.fold(p.first) || egen.fold(p.last) || (p.i % 97)::text ELSE egen.fold(p.last) || '_' || egen.fold(p.first) END
     || '@' || CASE p.c WHEN 'de' THEN 'gmx.de' WHEN 'fr' THEN 'orange.fr' WHEN 'jp' THEN 'yahoo.co.jp' WHEN 'in' THEN 'rediffmail.com' WHEN 'es' THEN 'telefonica.net' ELSE fixture_gen.pick(ARRAY['gmail.com', 'btinternet.com', 'outlook.com'], 'pmd', p.i) END END
FROM egen.co o WHERE o.k = coalesce(p.acc, 1);
UPDATE egen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM egen.p) d WHERE d.i = p.i AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Accounts, contacts, leads.

CREATE TABLE account (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(249),
    deleted boolean DEFAULT false,
    website varchar(255),
    type varchar(255),
    industry varchar(255),
    sic_code varchar(40),
    description text,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    billing_address_street varchar(255),
    billing_address_city varchar(100),
    billing_address_state varchar(100),
    billing_address_country varchar(100),
    billing_address_postal_code varchar(40),
    shipping_address_street varchar(255),
    shipping_address_city varchar(100),
    shipping_address_state varchar(100),
    shipping_address_country varchar(100),
    shipping_address_postal_code varchar(40),
    campaign_id varchar(17),
    created_by_id varchar(17),
    modified_by_id varchar(17),
    assigned_user_id varchar(17),
    c_vat_number varchar(30)
);
INSERT INTO account
SELECT egen.id('account', o.k), o.name, o.k = 77, 'https://www.' || o.dom, o.typ, o.industry,
       CASE o.c WHEN 'gb' THEN fixture_gen.pick(ARRAY['68320', '41201', '55100', '86101', '85310'], 'sic', o.k) WHEN 'in' THEN 'NIC ' || fixture_gen.pick(ARRAY['41001', '68100', '55101'], 'sic', o.k)
         ELSE 'NACE ' || fixture_gen.pick(ARRAY['L68.32', 'F41.20', 'I55.10', 'Q86.10', 'N81.10'], 'sic', o.k) END,
       CASE WHEN o.k % 4 = 0 THEN fixture_gen.pick(ARRAY['Portfolio of office buildings, replacing gas boilers with heat pumps over three years.',
         'Framework agreement for maintenance of rooftop units across all sites.', 'Hotel chain; refurbishment programme 2024-2026, approved supplier since 2022.',
         'Public tender every four years; next one expected in Q2.'], 'acd', o.k)
         WHEN o.k % 4 = 1 THEN 'Decision maker is ' || cp.first || ' ' || cp.last || ' (' || cp.title || '), prefers calls after 3pm on ' || cp.mobile || '. Site access via the loading bay.'
         WHEN o.k % 4 = 2 THEN 'Invoices to accounts payable only. Former contact ' || fixture_gen.full_name('acx', o.k) || ' left in ' || (2022 + o.k % 3) || ', ask ' || cp.first || ' instead.' END,
       egen.at('acc', o.k) - interval '300 days', egen.at('acm', o.k),
       egen.street(o.c, 'abs', o.k), o.city, o.state, o.country, egen.postcode(o.c, 'abp', o.k),
       CASE WHEN o.k % 3 = 0 THEN egen.street(o.c, 'ass', o.k) ELSE egen.street(o.c, 'abs', o.k) END, o.city, o.state, o.country,
       CASE WHEN o.k % 3 = 0 THEN egen.postcode(o.c, 'asp', o.k) ELSE egen.postcode(o.c, 'abp', o.k) END,
       CASE WHEN o.k % 6 = 2 THEN egen.id('campaign', 1 + o.k % 12) END,
       egen.id('user', 3 + fixture_gen.n('acb', o.k, 36)), egen.id('user', 3 + fixture_gen.n('amb', o.k, 36)), egen.id('user', 3 + fixture_gen.n('aau', o.k, 36)),
       CASE o.c WHEN 'gb' THEN 'GB' || fixture_gen.digits('avat', o.k, 9) WHEN 'in' THEN '27' || fixture_gen.chars('gst', o.k, 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') || fixture_gen.digits('gst', o.k, 4) || 'A1Z' || fixture_gen.digits('gsc', o.k, 1)
         WHEN 'jp' THEN 'T' || fixture_gen.digits('jct', o.k, 13) ELSE fixture_gen.vat('avat', o.k) END
FROM egen.co o LEFT JOIN egen.p cp ON cp.i = o.k;

CREATE TABLE contact (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    salutation_name varchar(255),
    first_name varchar(100),
    last_name varchar(100),
    middle_name varchar(100),
    description text,
    do_not_call boolean DEFAULT false,
    address_street varchar(255),
    address_city varchar(100),
    address_state varchar(100),
    address_country varchar(100),
    address_postal_code varchar(40),
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    account_id varchar(17),
    campaign_id varchar(17),
    created_by_id varchar(17),
    modified_by_id varchar(17),
    assigned_user_id varchar(17),
    c_birthday date,
    c_national_insurance_number varchar(20),
    c_installer_cert_number varchar(30)
);
INSERT INTO contact
SELECT egen.id('contact', p.i), p.i IN (44, 190), p.sal, p.first, p.last,
       CASE WHEN p.c IN ('gb', 'de') AND p.i % 9 = 0 THEN fixture_gen.pick(ARRAY['James', 'Marie', 'Anne', 'Peter'], 'cmn', p.i) END,
       CASE p.i % 5 WHEN 0 THEN 'Met at the ' || fixture_gen.pick(ARRAY['ISH Frankfurt', 'Interclima Paris', 'Facilities Show London', 'Climatización Madrid'], 'cdv', p.i) || ' stand. Interested in VRF retrofit.'
         WHEN 1 THEN 'Personal mobile: ' || p.mobile || '. Assistant is ' || fixture_gen.full_name('cas', p.i) || ', call her first.'
         WHEN 2 THEN 'On parental leave until ' || to_char(date '2024-11-01' + p.i, 'DD Mon YYYY') || '; deputy is ' || fixture_gen.full_name('cdp', p.i) || '.'
         ELSE NULL END,
       p.i % 23 = 0, p.street, p.city, p.state, p.country, p.postcode,
       egen.at('cca', p.i) - interval '200 days', egen.at('cma', p.i),
       egen.id('account', p.acc), CASE WHEN p.i % 7 = 2 THEN egen.id('campaign', 1 + p.i % 12) END,
       egen.id('user', 3 + fixture_gen.n('ccb', p.i, 36)), egen.id('user', 3 + fixture_gen.n('cmb', p.i, 36)), egen.id('user', 3 + fixture_gen.n('cau', p.i, 36)),
       CASE WHEN p.i % 3 <> 0 THEN fixture_gen.birth_date('cbd', p.i) END,
       CASE WHEN p.c = 'gb' AND p.i % 2 = 1 THEN fixture_gen.nino('cni', p.i) END,
       CASE WHEN p.i % 4 = 1 THEN fixture_gen.pick(ARRAY['MCS-', 'FGAS-', 'QUAL-'], 'cic', p.i) || fixture_gen.digits('cic', p.i, 6) END
FROM egen.p p WHERE p.kind = 'contact';

CREATE TABLE account_contact (
    id bigserial PRIMARY KEY,
    account_id varchar(17),
    contact_id varchar(17),
    role varchar(100),
    is_inactive boolean DEFAULT false,
    deleted boolean DEFAULT false
);
INSERT INTO account_contact (account_id, contact_id, role, is_inactive, deleted)
SELECT egen.id('account', p.acc), egen.id('contact', p.i), p.title, p.i % 31 = 0, false FROM egen.p p WHERE p.kind = 'contact' ORDER BY p.i;

CREATE TABLE lead (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    salutation_name varchar(255),
    first_name varchar(100),
    last_name varchar(100),
    title varchar(100),
    status varchar(255) DEFAULT 'New',
    source varchar(255),
    industry varchar(255),
    opportunity_amount double precision,
    opportunity_amount_currency varchar(3),
    website varchar(255),
    address_street varchar(255),
    address_city varchar(100),
    address_state varchar(100),
    address_country varchar(100),
    address_postal_code varchar(40),
    do_not_call boolean DEFAULT false,
    description text,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    account_name varchar(255),
    converted_at timestamp(0) without time zone,
    campaign_id varchar(17),
    created_account_id varchar(17),
    created_contact_id varchar(17),
    created_opportunity_id varchar(17),
    created_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO lead
SELECT egen.id('lead', p.i), p.i % 41 = 0, p.sal, p.first, p.last, p.title, st,
       fixture_gen.pick(ARRAY['Web Site', 'Campaign', 'Email', 'Call', 'Partner', 'Existing Customer', 'Public Relations'], 'lso', p.i),
       CASE WHEN p.kind = 'lead' THEN fixture_gen.pick(ARRAY['Real Estate', 'Construction', 'Hospitality', 'Facility Management'], 'lin', p.i) END,
       CASE WHEN p.kind = 'lead' THEN (20 + fixture_gen.n('lam', p.i, 400)) * 1000 ELSE (8 + fixture_gen.n('lam', p.i, 12)) * 1000 END,
       CASE p.c WHEN 'gb' THEN 'GBP' WHEN 'in' THEN 'INR' WHEN 'jp' THEN 'JPY' ELSE 'EUR' END,
       CASE WHEN p.kind = 'lead' AND p.i % 3 <> 0 THEN 'https://www.' || egen.fold(split_part(p.company, ' ', 1)) || '-' || egen.fold(split_part(p.company, ' ', 2)) || '.example' END,
       p.street, p.city, p.state, p.country, p.postcode, p.i % 19 = 0,
       CASE WHEN p.kind = 'private' THEN fixture_gen.pick(ARRAY['Detached house, 1970s, oil boiler to replace. ', 'Semi-detached, wants quote for air-to-water heat pump. ', 'Flat on 3rd floor, asks about split AC. '], 'lde', p.i)
              || CASE WHEN p.i % 2 = 0 THEN 'Husband ' || fixture_gen.first_name('lhu', p.i) || ' works nights, call ' || p.mobile || ' after 6pm.' ELSE 'Best time Saturday morning.' END
            WHEN p.i % 3 = 0 THEN 'Web form: "We manage ' || (3 + p.i % 40) || ' residential blocks and need a maintenance partner. Please contact me at ' || p.email || '."' END,
       egen.at('lca', p.i), egen.at('lca', p.i) + make_interval(days => fixture_gen.n('lmd', p.i, 60)),
       p.company, CASE WHEN st = 'Converted' THEN egen.at('lca', p.i) + make_interval(days => 5 + fixture_gen.n('lcv', p.i, 50)) END,
       CASE WHEN p.i % 4 = 0 THEN egen.id('campaign', 1 + p.i % 12) END,
       CASE WHEN st = 'Converted' THEN egen.id('account', 1 + p.i % 80) END, CASE WHEN st = 'Converted' THEN egen.id('contact', 1 + p.i % 300) END,
       CASE WHEN st = 'Converted' THEN egen.id('opp', 1 + p.i % 160) END,
       CASE WHEN p.i % 5 = 0 THEN egen.id('user', 40) ELSE egen.id('user', 3 + fixture_gen.n('lcb', p.i, 36)) END, egen.id('user', 3 + fixture_gen.n('lau', p.i, 36))
FROM egen.p p CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['New', 'Assigned', 'In Process', 'Converted', 'Recycled', 'Dead'], 'lst', p.i) AS st) s
WHERE p.kind IN ('lead', 'private');

-- ---------------------------------------------------------------------------
-- Email addresses and phone numbers, with the links to every entity.

CREATE TABLE egen.ea (n serial, addr text, entity_id varchar(17), entity_type text, prim boolean, optout boolean, invalid boolean);
INSERT INTO egen.ea (addr, entity_id, entity_type, prim, optout, invalid)
SELECT email, id, 'User', true, false, false FROM egen.u WHERE email IS NOT NULL
UNION ALL SELECT p.email, egen.id(CASE p.kind WHEN 'contact' THEN 'contact' ELSE 'lead' END, p.i), CASE p.kind WHEN 'contact' THEN 'Contact' ELSE 'Lead' END, true, p.i % 17 = 0, p.i % 29 = 0 FROM egen.p p
UNION ALL SELECT egen.fold(p.first) || CASE WHEN p.i % 2 = 0 THEN '.' || egen.fold(p.last) ELSE (1970 + p.i % 30)::text END || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'gmx.de', 'yahoo.co.jp', 'orange.fr'], 'eap', p.i),
       egen.id('contact', p.i), 'Contact', false, false, false FROM egen.p p WHERE p.kind = 'contact' AND p.i % 6 = 1
UNION ALL SELECT fixture_gen.pick(ARRAY['info', 'facilities', 'accounts', 'reception', 'procurement'], 'eaa', o.k) || '@' || o.dom, egen.id('account', o.k), 'Account', true, false, o.k % 13 = 0 FROM egen.co o;
UPDATE egen.ea e SET addr = replace(e.addr, '@', d.rn::text || '@') FROM (SELECT n, row_number() OVER (PARTITION BY lower(addr) ORDER BY n) rn FROM egen.ea) d WHERE d.n = e.n AND d.rn > 1;

CREATE TABLE email_address (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    lower varchar(255),
    invalid boolean DEFAULT false,
    opt_out boolean DEFAULT false
);
INSERT INTO email_address SELECT egen.id('ea', n), addr, false, lower(addr), invalid, optout FROM egen.ea ORDER BY n;

CREATE TABLE entity_email_address (
    id bigserial PRIMARY KEY,
    entity_id varchar(17),
    email_address_id varchar(17),
    entity_type varchar(100),
    "primary" boolean DEFAULT false,
    deleted boolean DEFAULT false
);
INSERT INTO entity_email_address (entity_id, email_address_id, entity_type, "primary", deleted)
SELECT entity_id, egen.id('ea', n), entity_type, prim, false FROM egen.ea ORDER BY n;

CREATE TABLE egen.ph (n serial, num text, typ text, entity_id varchar(17), entity_type text, prim boolean);
INSERT INTO egen.ph (num, typ, entity_id, entity_type, prim)
SELECT phone, 'Mobile', id, 'User', true FROM egen.u WHERE phone IS NOT NULL
UNION ALL SELECT p.mobile, 'Mobile', egen.id(CASE p.kind WHEN 'contact' THEN 'contact' ELSE 'lead' END, p.i), CASE p.kind WHEN 'contact' THEN 'Contact' ELSE 'Lead' END, true FROM egen.p p
UNION ALL SELECT p.phone, CASE WHEN p.kind = 'private' THEN 'Home' ELSE 'Office' END, egen.id(CASE p.kind WHEN 'contact' THEN 'contact' ELSE 'lead' END, p.i), CASE p.kind WHEN 'contact' THEN 'Contact' ELSE 'Lead' END, false FROM egen.p p WHERE p.i % 2 = 0
UNION ALL SELECT egen.phone(o.c, 'aph', 2 * o.k + 1), 'Office', egen.id('account', o.k), 'Account', true FROM egen.co o
UNION ALL SELECT egen.phone(o.c, 'afx', 2 * o.k + 1), 'Fax', egen.id('account', o.k), 'Account', false FROM egen.co o WHERE o.k % 4 = 0;

CREATE TABLE phone_number (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(36),
    deleted boolean DEFAULT false,
    type varchar(255),
    numeric varchar(36),
    invalid boolean DEFAULT false,
    opt_out boolean DEFAULT false
);
INSERT INTO phone_number SELECT egen.id('ph', n), num, false, typ, regexp_replace(num, '[^0-9]', '', 'g'), n % 37 = 0, n % 41 = 0 FROM egen.ph ORDER BY n;

CREATE TABLE entity_phone_number (
    id bigserial PRIMARY KEY,
    entity_id varchar(17),
    phone_number_id varchar(17),
    entity_type varchar(100),
    "primary" boolean DEFAULT false,
    deleted boolean DEFAULT false
);
INSERT INTO entity_phone_number (entity_id, phone_number_id, entity_type, "primary", deleted)
SELECT entity_id, egen.id('ph', n), entity_type, prim, false FROM egen.ph ORDER BY n;

-- ---------------------------------------------------------------------------
-- Opportunities and cases.

CREATE TABLE opportunity (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    amount double precision,
    amount_currency varchar(3),
    stage varchar(255) DEFAULT 'Prospecting',
    last_stage varchar(255),
    probability integer,
    lead_source varchar(255),
    close_date date,
    description text,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    account_id varchar(17),
    contact_id varchar(17),
    campaign_id varchar(17),
    created_by_id varchar(17),
    modified_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO opportunity
SELECT egen.id('opp', q), o.name || ' - ' || fixture_gen.pick(ARRAY['VRF retrofit', 'Heat pump programme', 'Chiller replacement', 'Maintenance contract 3y', 'AHU upgrade', 'BMS integration'], 'opn', q),
       q = 101, (15 + fixture_gen.n('opa', q, 600)) * 1000, CASE o.c WHEN 'gb' THEN 'GBP' WHEN 'in' THEN 'INR' WHEN 'jp' THEN 'JPY' ELSE 'EUR' END, st, st,
       CASE st WHEN 'Prospecting' THEN 10 WHEN 'Qualification' THEN 20 WHEN 'Proposal' THEN 50 WHEN 'Negotiation' THEN 80 WHEN 'Closed Won' THEN 100 ELSE 0 END,
       fixture_gen.pick(ARRAY['Web Site', 'Campaign', 'Call', 'Partner', 'Existing Customer'], 'ols', q),
       (egen.at('ocd', q) + interval '120 days')::date,
       CASE q % 4 WHEN 0 THEN 'Competing with Daikin and Mitsubishi. Budget approved by the board.' WHEN 1 THEN 'Survey done by ' || fixture_gen.full_name('ods', q) || ', photos in Documents. Tenant in unit 4 ('
         || fixture_gen.full_name('odt', q) || ', ' || fixture_gen.phone('odp', q) || ') must be told 48h before access.' WHEN 2 THEN 'Price list 2024 applies, 8% framework discount.' END,
       egen.at('ocd', q), egen.at('ocd', q) + make_interval(days => fixture_gen.n('omd', q, 90)),
       egen.id('account', o.k), egen.id('contact', o.k + 80 * fixture_gen.n('oct', q, 3)), CASE WHEN q % 5 = 0 THEN egen.id('campaign', 1 + q % 12) END,
       egen.id('user', 3 + fixture_gen.n('ocb', q, 36)), egen.id('user', 3 + fixture_gen.n('omb', q, 36)), egen.id('user', 3 + fixture_gen.n('oau', q, 36))
FROM generate_series(1, 160) q JOIN egen.co o ON o.k = 1 + (q * 7) % 80
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Won', 'Closed Lost'], 'ost', q) AS st) s;

CREATE TABLE "case" (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    number integer,
    status varchar(255) DEFAULT 'New',
    priority varchar(255) DEFAULT 'Normal',
    type varchar(255),
    description text,
    is_internal boolean DEFAULT false,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    account_id varchar(17),
    contact_id varchar(17),
    lead_id varchar(17),
    inbound_email_id varchar(17),
    created_by_id varchar(17),
    modified_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO "case"
SELECT egen.id('case', k),
       fixture_gen.pick(ARRAY['Heat pump error E7 after power cut', 'Rooftop unit noisy at night', 'Request for F-gas certificate', 'Thermostat not responding', 'Leak under indoor unit',
         'Annual service booking', 'Invoice query', 'Warranty claim for compressor'], 'csn', k) || CASE WHEN k % 4 = 0 THEN ' - ' || p.first || ' ' || p.last ELSE '' END,
       k % 53 = 0, 1000 + k, fixture_gen.pick(ARRAY['New', 'Assigned', 'Pending', 'Closed', 'Closed', 'Rejected', 'Duplicate'], 'cst', k),
       fixture_gen.pick(ARRAY['Low', 'Normal', 'Normal', 'High', 'Urgent'], 'cpr', k), fixture_gen.pick(ARRAY['Question', 'Incident', 'Problem'], 'cty', k),
       CASE k % 3 WHEN 0 THEN 'Hello, the unit at ' || p.street || ', ' || p.city || ' shows error E7 since Monday. I am on site every day until 4pm, my mobile is ' || p.mobile || '. Regards, ' || p.first || ' ' || p.last
         WHEN 1 THEN 'Customer reports the noise started after the filter change. Engineer visit proposed for next week.' ELSE 'Please send the certificate for the last service to ' || p.email || ' for our insurer.' END,
       k % 10 = 0, egen.at('cca', 600 + k), egen.at('cca', 600 + k) + make_interval(hours => fixture_gen.n('cmh', k, 700)),
       egen.id('account', p.acc), egen.id('contact', p.i), NULL, CASE WHEN k % 3 = 0 THEN egen.id('ibe', 1) END,
       CASE WHEN k % 3 = 0 THEN 'system' WHEN k % 3 = 2 THEN egen.id('user', 43 + k % 10) ELSE egen.id('user', 3 + fixture_gen.n('ccb2', k, 36)) END,
       egen.id('user', 3 + fixture_gen.n('cmb2', k, 36)), egen.id('user', 3 + fixture_gen.n('cau2', k, 36))
FROM generate_series(1, 180) k JOIN egen.p p ON p.i = 1 + (k * 13) % 300;

-- ---------------------------------------------------------------------------
-- Mail accounts: personal (email_account) and group (inbound_email).
-- Passwords are encrypted by Espo's Crypt.

CREATE TABLE email_account (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    email_address varchar(255),
    status varchar(255) DEFAULT 'Active',
    host varchar(255),
    port integer DEFAULT 993,
    security varchar(255) DEFAULT 'SSL',
    username varchar(255),
    password varchar(255),
    monitored_folders varchar(255) DEFAULT 'INBOX',
    fetch_since date,
    fetch_data jsonb,
    use_smtp boolean DEFAULT false,
    smtp_host varchar(255),
    smtp_port integer DEFAULT 587,
    smtp_auth boolean DEFAULT true,
    smtp_username varchar(255),
    smtp_password varchar(255),
    created_at timestamp(0) without time zone,
    assigned_user_id varchar(17)
);
INSERT INTO email_account
SELECT egen.id('eacc', u.i), u.email, false, u.email, CASE WHEN u.i % 8 = 0 THEN 'Inactive' ELSE 'Active' END,
       CASE WHEN u.i % 2 = 0 THEN 'outlook.office365.com' ELSE 'imap.brightwater-climate.example' END, 993, 'SSL',
       u.email, egen.enc('eap', u.i), CASE WHEN u.i % 3 = 0 THEN 'INBOX,Customers' ELSE 'INBOX' END, (egen.at('eafs', u.i))::date,
       jsonb_build_object('lastUID', jsonb_build_object('INBOX', (1000 + u.i * 37)::text), 'lastDate', jsonb_build_object('INBOX', to_char(egen.at('eald', u.i), 'YYYY-MM-DD HH24:MI:SS'))),
       u.i % 2 = 1, CASE WHEN u.i % 2 = 1 THEN 'smtp.brightwater-climate.example' END, 587, true,
       CASE WHEN u.i % 2 = 1 THEN u.email END, CASE WHEN u.i % 2 = 1 THEN egen.enc('esp', u.i) END, egen.at('eaca', u.i), u.id
FROM egen.u u WHERE u.typ = 'regular' AND u.i % 3 <> 2;

CREATE TABLE inbound_email (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    email_address varchar(255),
    status varchar(255) DEFAULT 'Active',
    host varchar(255),
    port integer DEFAULT 993,
    username varchar(255),
    password varchar(255),
    fetch_data jsonb,
    create_case boolean DEFAULT false,
    case_distribution varchar(255) DEFAULT 'Direct-Assignment',
    reply boolean DEFAULT false,
    reply_from_address varchar(255),
    reply_from_name varchar(255),
    use_smtp boolean DEFAULT false,
    smtp_host varchar(255),
    smtp_username varchar(255),
    smtp_password varchar(255),
    created_at timestamp(0) without time zone,
    team_id varchar(17),
    reply_email_template_id varchar(17)
);
INSERT INTO inbound_email VALUES
  (egen.id('ibe', 1), 'Support inbox', false, 'support@brightwater-climate.example', 'Active', 'outlook.office365.com', 993, 'support@brightwater-climate.example', egen.enc('ibp', 1),
   '{"lastUID": {"INBOX": "48213"}, "lastDate": {"INBOX": "2024-10-31 17:42:10"}}', true, 'Round-Robin', true, 'support@brightwater-climate.example', 'Brightwater Support', true,
   'smtp.office365.com', 'support@brightwater-climate.example', egen.enc('ibs', 1), '2022-01-10 09:00:00', egen.id('team', 4), egen.id('etpl', 3)),
  (egen.id('ibe', 2), 'Sales UK', false, 'sales.uk@brightwater-climate.example', 'Active', 'imap.brightwater-climate.example', 993, 'sales.uk', egen.enc('ibp', 2),
   '{"lastUID": {"INBOX": "9921"}, "lastDate": {"INBOX": "2024-10-31 16:03:55"}}', false, 'Direct-Assignment', false, NULL, NULL, false, NULL, NULL, NULL, '2022-01-12 10:30:00', egen.id('team', 1), NULL),
  (egen.id('ibe', 3), 'Vertrieb DACH', false, 'vertrieb@brightwater-climate.example', 'Active', 'imap.brightwater-climate.example', 993, 'vertrieb', egen.enc('ibp', 3),
   '{"lastUID": {"INBOX": "7710"}, "lastDate": {"INBOX": "2024-10-30 11:20:01"}}', false, 'Direct-Assignment', false, NULL, NULL, false, NULL, NULL, NULL, '2022-02-01 08:00:00', egen.id('team', 2), NULL),
  (egen.id('ibe', 4), 'Bounces', false, 'bounces@brightwater-climate.example', 'Active', 'imap.brightwater-climate.example', 993, 'bounces', egen.enc('ibp', 4),
   '{"lastUID": {"INBOX": "30102"}}', false, 'Direct-Assignment', false, NULL, NULL, false, NULL, NULL, NULL, '2022-03-15 14:00:00', NULL, NULL),
  (egen.id('ibe', 5), 'Campaign replies', false, 'news@brightwater-climate.example', 'Inactive', 'imap.brightwater-climate.example', 993, 'news', egen.enc('ibp', 5),
   NULL, false, 'Direct-Assignment', false, NULL, NULL, true, 'smtp.sendgrid.net', 'apikey', egen.enc('ibs', 5), '2022-05-20 09:45:00', egen.id('team', 5), NULL);

-- ---------------------------------------------------------------------------
-- Emails: received from contacts (even k) and sent by staff (odd k).

CREATE TABLE email (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    from_string varchar(255),
    reply_to_string varchar(255),
    address_name_map jsonb,
    is_html boolean DEFAULT true,
    status varchar(255) DEFAULT 'Archived',
    body_plain text,
    body text,
    message_id varchar(255),
    message_id_internal varchar(300),
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    date_sent timestamp(0) without time zone,
    delivery_date timestamp(0) without time zone,
    is_replied boolean DEFAULT false,
    is_auto_reply boolean DEFAULT false,
    ics_contents text,
    from_email_address_id varchar(17),
    parent_id varchar(17),
    parent_type varchar(100),
    account_id varchar(17),
    replied_id varchar(17),
    sent_by_id varchar(17),
    created_by_id varchar(17),
    assigned_user_id varchar(17)
);
CREATE TABLE egen.em AS
SELECT k, p.i AS pi, u.i AS ui, p.first || ' ' || p.last AS pname, p.email AS pmail, u.first || ' ' || u.last AS uname, u.email AS umail, p.mobile, p.acc,
       fixture_gen.pick(ARRAY['Quotation Q-', 'Service visit ', 'Invoice INV-', 'Heat pump survey ', 'Maintenance schedule ', 'Meeting invitation '], 'ems', k) || (24000 + k)::text AS subj,
       egen.at('emd', k) AS d
FROM generate_series(1, 320) k JOIN egen.p p ON p.i = 1 + (k * 11) % 300 JOIN egen.u u ON u.i = 3 + fixture_gen.n('emu', k, 36);
INSERT INTO email
SELECT egen.id('email', k), CASE WHEN k % 2 = 0 THEN 'Re: ' ELSE '' END || subj || CASE WHEN k % 7 = 0 THEN ' - ' || pname ELSE '' END, k = 199,
       CASE WHEN k % 2 = 0 THEN pname || ' <' || pmail || '>' ELSE uname || ' <' || umail || '>' END,
       CASE WHEN k % 9 = 0 THEN fixture_gen.full_name('ert', k) || ' <' || fixture_gen.email('ert', k) || '>' END,
       jsonb_build_object(pmail, pname, umail, uname),
       k % 5 <> 0, CASE WHEN k % 2 = 0 THEN 'Archived' WHEN k % 11 = 0 THEN 'Draft' ELSE 'Sent' END,
       CASE WHEN k % 2 = 0 THEN 'Hello ' || split_part(uname, ' ', 1) || E',\n\nThanks for the ' || lower(split_part(subj, ' ', 1)) || E'. Our site manager ' || fixture_gen.full_name('esm', k)
            || ' will be on site, his number is ' || fixture_gen.phone('esm', k) || E'.\n\nBest regards,\n' || pname || E'\nMobile ' || mobile
            ELSE 'Dear ' || pname || E',\n\nplease find attached ' || lower(subj) || E'.\n\nKind regards,\n' || uname || E'\nBrightwater Climate Systems' END,
       CASE WHEN k % 5 = 0 THEN NULL WHEN k % 2 = 0 THEN '<div dir="ltr">Hello ' || split_part(uname, ' ', 1) || ',<br><br>Thanks for the ' || lower(split_part(subj, ' ', 1)) || '. Our site manager '
            || fixture_gen.full_name('esm', k) || ' will be on site, his number is ' || fixture_gen.phone('esm', k) || '.<br><br>Best regards,<br>' || pname || '<br>Mobile ' || mobile || '</div>'
            ELSE '<p>Dear ' || pname || ',</p><p>please find attached ' || lower(subj) || '.</p><p>Kind regards,<br><b>' || uname || '</b><br>Brightwater Climate Systems</p>' END,
       '<' || CASE WHEN k % 2 = 0 THEN 'CA+' || egen.rnd('mid', k, 40) || '@mail.gmail.com' ELSE egen.hex('mid', k, 24) || '@crm.brightwater-climate.example' END || '>',
       CASE WHEN k % 2 = 1 THEN '<' || egen.hex('mid', k, 24) || '@crm.brightwater-climate.example>' END,
       d, d + interval '2 minutes', d, CASE WHEN k % 2 = 0 THEN d + interval '5 seconds' END, k % 4 = 0, k % 37 = 0,
       CASE WHEN subj LIKE 'Meeting invitation%' THEN E'BEGIN:VCALENDAR\r\nPRODID:-//EspoCRM//EspoCRM Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:' || egen.hex('ics', k, 24)
            || E'\r\nDTSTART:' || to_char(d + interval '7 days', 'YYYYMMDD"T"HH24MISS"Z"') || E'\r\nSUMMARY:Site visit ' || split_part(pname, ' ', 2) || E'\r\nORGANIZER;CN=' || uname || ':mailto:' || umail
            || E'\r\nATTENDEE;CN=' || pname || ';RSVP=TRUE:mailto:' || pmail || E'\r\nLOCATION:' || (SELECT street || ', ' || city FROM egen.p WHERE i = pi) || E'\r\nEND:VEVENT\r\nEND:VCALENDAR' END,
       (SELECT id FROM email_address WHERE lower = lower(CASE WHEN k % 2 = 0 THEN pmail ELSE umail END)),
       CASE WHEN k % 3 = 0 THEN egen.id('opp', 1 + k % 160) ELSE egen.id('contact', pi) END, CASE WHEN k % 3 = 0 THEN 'Opportunity' ELSE 'Contact' END,
       egen.id('account', acc), CASE WHEN k % 2 = 0 AND k > 2 THEN egen.id('email', k - 1) END, CASE WHEN k % 2 = 1 THEN egen.id('user', ui) END,
       CASE WHEN k % 2 = 1 THEN egen.id('user', ui) ELSE 'system' END, egen.id('user', ui)
FROM egen.em;

-- ---------------------------------------------------------------------------
-- The stream.

CREATE TABLE note (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    post text,
    data jsonb,
    type varchar(24),
    target_type varchar(7),
    number integer,
    is_global boolean DEFAULT false,
    is_internal boolean DEFAULT false,
    created_at timestamp(6) without time zone,
    modified_at timestamp(0) without time zone,
    parent_id varchar(17),
    parent_type varchar(100),
    related_id varchar(17),
    related_type varchar(100),
    super_parent_id varchar(17),
    super_parent_type varchar(100),
    created_by_id varchar(17)
);
INSERT INTO note
SELECT egen.id('note', k), false,
       CASE WHEN t = 'Post' THEN CASE k % 4
           WHEN 0 THEN '@' || u2.uname || ' can you call ' || p.first || ' back? New mobile ' || p.mobile || ', the old one is dead.'
           WHEN 1 THEN 'Spoke to ' || p.first || ' ' || p.last || '. They are moving offices; new address from January: ' || egen.street(p.c, 'nst', k) || ', ' || p.city || '.'
           WHEN 2 THEN 'Quote sent, waiting for board approval. Follow up in two weeks.'
           ELSE p.first || ' mentioned she is off sick until the 15th, her colleague ' || fixture_gen.full_name('npc', k) || ' (' || fixture_gen.email('npc', k) || ') covers.' END END,
       CASE t WHEN 'Update' THEN jsonb_build_object('fields', jsonb_build_array(f), 'attributes', jsonb_build_object(
                'was', jsonb_build_object(f, CASE f WHEN 'phoneNumber' THEN egen.phone(p.c, 'nold', k) WHEN 'emailAddress' THEN fixture_gen.email('nold', k) WHEN 'lastName' THEN fixture_gen.last_name('nold', k)
                                              WHEN 'addressStreet' THEN egen.street(p.c, 'nold', k) ELSE 'In Process' END),
                'became', jsonb_build_object(f, CASE f WHEN 'phoneNumber' THEN p.mobile WHEN 'emailAddress' THEN p.email WHEN 'lastName' THEN p.last WHEN 'addressStreet' THEN p.street ELSE 'Converted' END)))
              WHEN 'Create' THEN jsonb_build_object('assignedUserId', u2.id, 'assignedUserName', u2.first || ' ' || u2.last, 'statusField', 'status', 'statusValue', 'New', 'statusStyle', 'primary')
              WHEN 'Assign' THEN jsonb_build_object('assignedUserId', u2.id, 'assignedUserName', u2.first || ' ' || u2.last)
              WHEN 'EmailReceived' THEN jsonb_build_object('emailId', egen.id('email', 2 * (1 + k % 160)), 'emailName', 'Re: Service visit ' || (24000 + k), 'personEntityType', 'Contact',
                'personEntityId', egen.id('contact', p.i), 'personEntityName', p.first || ' ' || p.last, 'fromString', p.first || ' ' || p.last || ' <' || p.email || '>', 'isInitial', false)
              WHEN 'EmailSent' THEN jsonb_build_object('emailId', egen.id('email', 2 * (k % 160) + 1), 'emailName', 'Quotation Q-' || (24000 + k), 'personEntityType', 'User', 'personEntityId', u.id, 'personEntityName', u.first || ' ' || u.last)
              WHEN 'Status' THEN jsonb_build_object('field', 'status', 'value', 'Closed', 'style', 'success')
              WHEN 'Relate' THEN jsonb_build_object('relatedType', 'Opportunity', 'relatedId', egen.id('opp', 1 + k % 160))
              ELSE '{}'::jsonb END,
       t, NULL, k, false, t = 'Post' AND k % 8 = 3,
       egen.at('nca', k) + make_interval(secs => fixture_gen.n('nus', k, 1000000) / 1000000.0), egen.at('nca', k),
       CASE WHEN k % 3 = 0 THEN egen.id('lead', 301 + k % 220) ELSE egen.id('contact', p.i) END, CASE WHEN k % 3 = 0 THEN 'Lead' ELSE 'Contact' END,
       CASE WHEN t LIKE 'Email%' THEN egen.id('email', 1 + k % 320) WHEN t = 'Relate' THEN egen.id('opp', 1 + k % 160) END,
       CASE WHEN t LIKE 'Email%' THEN 'Email' WHEN t = 'Relate' THEN 'Opportunity' END,
       CASE WHEN k % 3 <> 0 THEN egen.id('account', p.acc) END, CASE WHEN k % 3 <> 0 THEN 'Account' END,
       CASE WHEN t LIKE 'Email%' THEN 'system' ELSE u.id END
FROM generate_series(1, 420) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Post', 'Post', 'Post', 'Update', 'Update', 'Create', 'Assign', 'EmailReceived', 'EmailSent', 'Status', 'Relate'], 'nty', k) AS t,
                           fixture_gen.pick(ARRAY['phoneNumber', 'emailAddress', 'lastName', 'addressStreet', 'status'], 'nfl', k) AS f) x
JOIN egen.p p ON p.i = 1 + (k * 17) % 300
JOIN egen.u u ON u.i = 3 + fixture_gen.n('nu', k, 36)
JOIN egen.u u2 ON u2.i = 3 + fixture_gen.n('nu2', k, 36);
UPDATE note SET target_type = 'teams', parent_id = NULL, parent_type = NULL, super_parent_id = NULL, super_parent_type = NULL,
  post = 'Reminder: the office is closed on Friday for the stock take. Happy birthday to ' || (SELECT first_name || ' ' || last_name FROM "user" u WHERE u.id = note.created_by_id) || '!'
WHERE number % 50 = 7 AND type = 'Post';

-- ---------------------------------------------------------------------------
-- Uploaded files and documents.

CREATE TABLE attachment (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    type varchar(100),
    size integer,
    source_id varchar(36),
    field varchar(255),
    is_being_uploaded boolean DEFAULT false,
    storage varchar(24),
    storage_file_path varchar(260),
    global boolean DEFAULT false,
    role varchar(36),
    created_at timestamp(0) without time zone,
    parent_id varchar(17),
    parent_type varchar(100),
    related_id varchar(17),
    related_type varchar(100),
    created_by_id varchar(17)
);
INSERT INTO attachment
SELECT egen.id('att', k),
       CASE r WHEN 'avatar' THEN 'IMG_' || (4000 + k) || '.jpg'
         WHEN 'cv' THEN fixture_gen.pick(ARRAY['CV_', 'Lebenslauf_', 'Installer_cert_'], 'acv', k) || replace(p.first || '_' || p.last, ' ', '_') || '.pdf'
         WHEN 'passport' THEN fixture_gen.pick(ARRAY['passport_scan_', 'ID_card_', 'driving_licence_'], 'apa', k) || lower(egen.fold(p.first)) || '_' || lower(egen.fold(p.last)) || '.jpg'
         WHEN 'quote' THEN 'Quotation_Q-' || (24000 + k) || '.pdf'
         WHEN 'photo' THEN 'site_survey_' || (k % 40) || '_unit' || (1 + k % 6) || '.heic'
         ELSE fixture_gen.pick(ARRAY['Price list 2024.xlsx', 'Datasheet VRF-X4.pdf', 'Service report.docx', 'image001.png', 'invite.ics'], 'agn', k) END,
       false,
       CASE r WHEN 'avatar' THEN 'image/jpeg' WHEN 'passport' THEN 'image/jpeg' WHEN 'photo' THEN 'image/heic' WHEN 'other' THEN 'application/octet-stream' ELSE 'application/pdf' END,
       20000 + fixture_gen.n('asz', k, 4000000), NULL,
       CASE WHEN r = 'avatar' THEN 'avatar' WHEN r IN ('cv', 'passport') THEN 'c_documents' WHEN r = 'photo' THEN 'attachments' ELSE NULL END,
       false, CASE WHEN k % 10 = 0 THEN 'AwsS3' ELSE 'EspoUploadDir' END,
       CASE WHEN k % 10 = 0 THEN 'attachments/' || to_char(egen.at('aca', k), 'YYYY/MM') || '/' || egen.id('att', k) END,
       false, CASE WHEN r IN ('quote', 'other') AND k % 2 = 0 THEN 'Inline Attachment' ELSE 'Attachment' END,
       egen.at('aca', k),
       CASE WHEN r = 'avatar' THEN egen.id('user', k - 900) WHEN r IN ('cv', 'passport') THEN egen.id('contact', p.i) WHEN r IN ('quote', 'other') THEN egen.id('email', 1 + k % 320) ELSE egen.id('note', 1 + k % 420) END,
       CASE WHEN r = 'avatar' THEN 'User' WHEN r IN ('cv', 'passport') THEN 'Contact' WHEN r IN ('quote', 'other') THEN 'Email' ELSE 'Note' END,
       NULL, NULL, CASE WHEN r = 'avatar' THEN egen.id('user', k - 900) ELSE egen.id('user', 3 + fixture_gen.n('acb', k, 36)) END
FROM (SELECT k, CASE WHEN k > 900 THEN 'avatar' ELSE fixture_gen.pick(ARRAY['cv', 'passport', 'quote', 'quote', 'photo', 'other', 'other'], 'arl', k) END AS r
      FROM (SELECT generate_series(1, 180) AS k UNION ALL SELECT 900 + i FROM egen.u WHERE typ IN ('admin', 'regular') AND i % 3 = 0) s) a
JOIN egen.p p ON p.i = 1 + (a.k * 19) % 300;

CREATE TABLE document (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    status varchar(255),
    type varchar(255),
    publish_date date,
    expiration_date date,
    description text,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    file_id varchar(17),
    folder_id varchar(17),
    created_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO document
SELECT egen.id('doc', k),
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Service contract - ', 'NDA - ', 'Installer certificate - ', 'Site access form - '], 'dnm', k) || p.first || ' ' || p.last
            ELSE fixture_gen.pick(ARRAY['Price list 2024', 'VRF-X4 datasheet', 'General terms and conditions', 'F-gas handling procedure', 'Heat pump sizing guide', 'Warranty policy'], 'dnm', k) || ' v' || (1 + k % 4) END,
       false, fixture_gen.pick(ARRAY['Active', 'Draft', 'Expired', 'Canceled'], 'dst', k), fixture_gen.pick(ARRAY['Contract', 'NDA', 'EULA', 'License Agreement', ''], 'dty', k),
       egen.at('dpd', k)::date, CASE WHEN k % 3 = 0 THEN (egen.at('dpd', k) + interval '730 days')::date END,
       CASE WHEN k % 3 = 0 THEN 'Signed copy, original with ' || fixture_gen.full_name('ddo', k) || ' in the Leeds office.' WHEN k % 3 = 1 THEN 'Internal use only.' END,
       egen.at('dpd', k), egen.at('dpd', k) + interval '3 days', egen.id('att', 1 + k * 3), CASE WHEN k % 2 = 0 THEN egen.id('dfold', 1 + k % 3) END,
       egen.id('user', 3 + fixture_gen.n('dcb', k, 36)), egen.id('user', 3 + fixture_gen.n('dau', k, 36))
FROM generate_series(1, 45) k JOIN egen.p p ON p.i = 1 + (k * 23) % 300;

-- ---------------------------------------------------------------------------
-- Marketing: campaigns, target lists, templates, mass emails, the queue and
-- the campaign log.

CREATE TABLE campaign (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    status varchar(255) DEFAULT 'Planning',
    type varchar(255) DEFAULT 'Email',
    start_date date,
    end_date date,
    description text,
    budget double precision,
    budget_currency varchar(3),
    mail_merge_only_with_address boolean DEFAULT true,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    created_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO campaign
SELECT egen.id('campaign', k), n, false, CASE WHEN k < 9 THEN 'Complete' WHEN k < 12 THEN 'Active' ELSE 'Planning' END, ty,
       date '2022-03-01' + (k - 1) * 75, date '2022-03-01' + (k - 1) * 75 + 45, d, (5 + k % 6) * 1000, CASE WHEN n LIKE '%DACH%' OR n LIKE '%France%' THEN 'EUR' ELSE 'GBP' END, true,
       timestamp '2022-02-10 10:00:00' + (k - 1) * interval '75 days', timestamp '2022-02-12 16:00:00' + (k - 1) * interval '75 days', egen.id('user', 3 + k % 5), egen.id('user', 3 + k % 7)
FROM (VALUES (1, 'Spring heat pump webinar 2022', 'Email', 'Invitation to the webinar on air-to-water heat pumps for landlords.'), (2, 'Facilities Show London 2022', 'Informational Email', 'Stand F40, meeting booking link.'),
  (3, 'ISH Frankfurt follow-up DACH', 'Email', NULL), (4, 'Maintenance contract renewal Q4', 'Email', 'Renewal reminder to all customers with contracts ending in Q4.'),
  (5, 'F-gas regulation update', 'Newsletter', 'Newsletter on the 2024 F-gas regulation.'), (6, 'Interclima Paris – France', 'Email', NULL), (7, 'Hotel retrofit mailer', 'Mail', 'Printed brochure to hotel groups.'),
  (8, 'Google Ads - heat pumps homeowners', 'Web', 'Landing page leads for private home owners.'), (9, 'Winter service check 2023', 'Email', NULL), (10, 'Customer satisfaction survey 2024', 'Email', 'NPS survey.'),
  (11, 'Partner programme launch', 'Informational Email', NULL), (12, 'Spring heat pump webinar 2025', 'Email', 'Draft.')) v(k, n, ty, d);

CREATE TABLE target_list (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    description text,
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    created_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO target_list
SELECT egen.id('tl', k), n, false, d, timestamp '2022-02-01 09:00:00' + k * interval '40 days', timestamp '2022-02-01 09:00:00' + k * interval '41 days', egen.id('user', 3 + k), egen.id('user', 4 + k)
FROM (VALUES (1, 'Facility managers UK', 'All UK contacts with role Facility Manager.'), (2, 'Hotel groups', NULL), (3, 'DACH Hausverwaltungen', 'Import from ISH badge scans.'),
  (4, 'Webinar registrants 2022', NULL), (5, 'Newsletter subscribers', 'Double opt-in confirmed.'), (6, 'Homeowners - heat pump enquiries', 'Leads from the landing page.'),
  (7, 'Do not contact - legal', 'Suppression list.'), (8, 'Partners and resellers', NULL)) v(k, n, d);

CREATE TABLE email_template (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    subject varchar(255),
    body text,
    is_html boolean DEFAULT true,
    one_off boolean DEFAULT false,
    created_at timestamp(0) without time zone,
    assigned_user_id varchar(17),
    category_id varchar(17)
);
INSERT INTO email_template
SELECT egen.id('etpl', k), n, false, s, b, true, false, timestamp '2022-01-20 10:00:00' + k * interval '33 days', egen.id('user', 3 + k), NULL
FROM (VALUES (1, 'Webinar invitation', 'Join our heat pump webinar, {Person.firstName}', '<p>Hello {Person.firstName},</p><p>join us on {Campaign.startDate}. <a href="{trackingUrl:1}">Register here</a>.</p><p>{optOutLink}</p>'),
  (2, 'Renewal reminder', 'Your maintenance contract {Account.name} ends soon', '<p>Dear {Person.name},</p><p>your contract ends on {Opportunity.closeDate}.</p>'),
  (3, 'Case received (auto-reply)', '[#{Case.number}] We received your request', '<p>Hello {Person.firstName},</p><p>your case number is {Case.number}. {User.name} will contact you.</p>'),
  (4, 'Newsletter F-gas', 'F-gas regulation 2024: what changes for you', '<p>Hello {Person.firstName},</p><p>the new regulation ...</p><p>{optOutLink}</p>'),
  (5, 'Survey NPS', 'How likely are you to recommend us?', '<p>Hi {Person.firstName}, <a href="{trackingUrl:2}">two-minute survey</a>.</p>'),
  (6, 'Password reset (portal)', 'Reset your portal password', '<p>Hello {User.name},</p><p><a href="{link}">Set a new password</a>.</p>')) v(k, n, s, b);

CREATE TABLE mass_email (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    status varchar(255) DEFAULT 'Pending',
    store_sent_emails boolean DEFAULT false,
    from_address varchar(255),
    from_name varchar(255),
    reply_to_address varchar(255),
    start_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    email_template_id varchar(17),
    campaign_id varchar(17),
    inbound_email_id varchar(17)
);
INSERT INTO mass_email
SELECT egen.id('me', k), c.name || ' - send ' || (1 + k % 2), false, CASE WHEN k < 16 THEN 'Complete' ELSE 'Pending' END, k % 4 = 0,
       'news@brightwater-climate.example', 'Brightwater Climate Systems', CASE WHEN k % 3 = 0 THEN 'events@brightwater-climate.example' END,
       c.start_date + (k % 2) * 10 + time '09:30', c.created_at + interval '2 days', egen.id('etpl', 1 + k % 5), c.id, egen.id('ibe', 5)
FROM generate_series(1, 18) k JOIN campaign c ON c.id = egen.id('campaign', 1 + (k - 1) % 12);

CREATE TABLE email_queue_item (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    status varchar(255) DEFAULT 'Pending',
    attempt_count integer DEFAULT 0,
    created_at timestamp(0) without time zone,
    sent_at timestamp(0) without time zone,
    email_address varchar(255),
    is_test boolean DEFAULT false,
    mass_email_id varchar(17),
    target_id varchar(17),
    target_type varchar(100)
);
INSERT INTO email_queue_item
SELECT egen.id('eqi', k), false, CASE WHEN k % 23 = 0 THEN 'Failed' WHEN k > 380 THEN 'Pending' ELSE 'Sent' END, CASE WHEN k % 23 = 0 THEN 3 WHEN k > 380 THEN 0 ELSE 1 END,
       egen.at('eqc', k), CASE WHEN k <= 380 AND k % 23 <> 0 THEN egen.at('eqc', k) + interval '4 minutes' END,
       CASE WHEN k % 50 = 0 THEN (SELECT email FROM egen.u WHERE i = 3 + k % 36) ELSE p.email END, k % 50 = 0,
       egen.id('me', 1 + k % 18), CASE WHEN k % 50 = 0 THEN egen.id('user', 3 + k % 36) WHEN p.kind = 'contact' THEN egen.id('contact', p.i) ELSE egen.id('lead', p.i) END,
       CASE WHEN k % 50 = 0 THEN 'User' WHEN p.kind = 'contact' THEN 'Contact' ELSE 'Lead' END
FROM generate_series(1, 420) k JOIN egen.p p ON p.i = 1 + (k * 29) % 520;

CREATE TABLE campaign_log_record (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    action varchar(50),
    action_date timestamp(0) without time zone,
    data jsonb,
    string_data varchar(100),
    string_additional_data varchar(100),
    application varchar(36) DEFAULT 'Espo',
    created_at timestamp(0) without time zone,
    is_test boolean DEFAULT false,
    campaign_id varchar(17),
    parent_id varchar(17),
    parent_type varchar(100),
    object_id varchar(17),
    object_type varchar(100),
    queue_item_id varchar(17)
);
INSERT INTO campaign_log_record
SELECT egen.id('clr', k), false, a, egen.at('eqc', q) + make_interval(mins => 4 + fixture_gen.n('clm', k, 9000)),
       CASE a WHEN 'Bounced' THEN jsonb_build_object('emailAddress', e.email_address, 'isHard', k % 2 = 0, 'message', '550 5.1.1 <' || e.email_address || '>: Recipient address rejected: User unknown')
              WHEN 'Opted Out' THEN jsonb_build_object('emailAddress', e.email_address, 'reason', fixture_gen.pick(ARRAY['Too many emails', 'Not relevant', 'Left the company'], 'clo', k))
              WHEN 'Clicked' THEN jsonb_build_object('trackingUrlId', egen.id('turl', 1 + k % 9))
              ELSE '{}'::jsonb END,
       CASE WHEN a IN ('Sent', 'Bounced', 'Opted Out') THEN e.email_address WHEN a = 'Clicked' THEN fixture_gen.pick(ARRAY['Register webinar', 'Download F-gas guide', 'Book a survey'], 'clu', k) END,
       CASE WHEN a = 'Bounced' THEN CASE WHEN k % 2 = 0 THEN 'Hard' ELSE 'Soft' END WHEN a = 'Clicked' THEN 'https://www.brightwater-climate.example/' || fixture_gen.pick(ARRAY['webinar', 'f-gas', 'survey'], 'clu', k) END,
       'Espo', egen.at('eqc', q) + make_interval(mins => 4 + fixture_gen.n('clm', k, 9000)), e.is_test,
       egen.id('campaign', 1 + (1 + q % 18 - 1) % 12), e.target_id, e.target_type, CASE WHEN a IN ('Sent', 'Opened') THEN e.mass_email_id WHEN a = 'Clicked' THEN egen.id('turl', 1 + k % 9) END,
       CASE WHEN a IN ('Sent', 'Opened') THEN 'MassEmail' WHEN a = 'Clicked' THEN 'CampaignTrackingUrl' END, e.id
FROM generate_series(1, 500) k
CROSS JOIN LATERAL (SELECT 1 + (k * 7) % 380 AS q, fixture_gen.pick(ARRAY['Sent', 'Sent', 'Sent', 'Opened', 'Opened', 'Clicked', 'Bounced', 'Opted Out'], 'cla', k) AS a) x
JOIN email_queue_item e ON e.id = egen.id('eqi', x.q);

-- ---------------------------------------------------------------------------
-- Calls and meetings.

CREATE TABLE call (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    status varchar(255) DEFAULT 'Planned',
    date_start timestamp(0) without time zone,
    date_end timestamp(0) without time zone,
    direction varchar(255) DEFAULT 'Outbound',
    description text,
    uid varchar(255),
    created_at timestamp(0) without time zone,
    parent_id varchar(17),
    parent_type varchar(100),
    account_id varchar(17),
    created_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO call
SELECT egen.id('call', k),
       CASE k % 4 WHEN 0 THEN 'Call ' || p.first || ' ' || p.last || ' re: renewal' WHEN 1 THEN 'Follow-up quotation' WHEN 2 THEN 'Ring ' || p.first || ' ' || p.mobile ELSE 'Intro call' END,
       false, fixture_gen.pick(ARRAY['Planned', 'Held', 'Held', 'Not Held'], 'cls', k), egen.at('cld', k), egen.at('cld', k) + make_interval(mins => 5 * (1 + k % 6)),
       CASE WHEN k % 3 = 0 THEN 'Inbound' ELSE 'Outbound' END,
       CASE k % 3 WHEN 0 THEN p.first || ' asked for a second quote. Her manager ' || fixture_gen.full_name('cln', k) || ' signs off above 50k.' WHEN 1 THEN 'Left voicemail.' END,
       CASE WHEN k % 5 = 0 THEN 'cti-' || egen.hex('cuid', k, 20) END, egen.at('cld', k) - interval '2 days',
       egen.id('contact', p.i), 'Contact', egen.id('account', p.acc), egen.id('user', 3 + fixture_gen.n('clb', k, 36)), egen.id('user', 3 + fixture_gen.n('clu2', k, 36))
FROM generate_series(1, 200) k JOIN egen.p p ON p.i = 1 + (k * 31) % 300;

CREATE TABLE meeting (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    status varchar(255) DEFAULT 'Planned',
    date_start timestamp(0) without time zone,
    date_end timestamp(0) without time zone,
    is_all_day boolean DEFAULT false,
    description text,
    uid varchar(255),
    join_url varchar(320),
    created_at timestamp(0) without time zone,
    parent_id varchar(17),
    parent_type varchar(100),
    account_id varchar(17),
    created_by_id varchar(17),
    assigned_user_id varchar(17)
);
INSERT INTO meeting
SELECT egen.id('meet', q),
       CASE q % 3 WHEN 0 THEN 'Site visit ' || o.name WHEN 1 THEN 'Quarterly review with ' || p.first || ' ' || p.last ELSE 'Proposal presentation' END,
       false, fixture_gen.pick(ARRAY['Planned', 'Held', 'Held', 'Not Held'], 'mst', q), egen.at('mtd', q), egen.at('mtd', q) + make_interval(mins => 30 * (1 + q % 4)), q % 29 = 0,
       CASE q % 3 WHEN 0 THEN 'Meet at reception, ask for ' || p.first || ' (' || p.mobile || '). Parking at ' || egen.street(p.c, 'mpk', q) || '.' WHEN 1 THEN 'Agenda: service KPIs, open cases, renewal.' END,
       egen.hex('muid', q, 32) || '@crm.brightwater-climate.example',
       CASE WHEN q % 2 = 0 THEN 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_' || egen.rnd('mtj', q, 48) || '%40thread.v2/0?context=%7b%22Tid%22%3a%22' || fixture_gen.uuid('tid', 1) || '%22%7d' END,
       egen.at('mtd', q) - interval '5 days', egen.id('opp', 1 + q % 160), 'Opportunity', egen.id('account', o.k),
       egen.id('user', 3 + fixture_gen.n('mcb', q, 36)), egen.id('user', 3 + fixture_gen.n('mau', q, 36))
FROM generate_series(1, 120) q JOIN egen.p p ON p.i = 1 + (q * 37) % 300 JOIN egen.co o ON o.k = p.acc;

-- ---------------------------------------------------------------------------
-- Webhooks, integrations, external accounts.

CREATE TABLE webhook (
    id varchar(17) NOT NULL PRIMARY KEY,
    event varchar(100),
    deleted boolean DEFAULT false,
    url varchar(512),
    is_active boolean DEFAULT true,
    entity_type varchar(100),
    type varchar(255),
    field varchar(255),
    secret_key varchar(100),
    created_at timestamp(0) without time zone,
    modified_at timestamp(0) without time zone,
    user_id varchar(17),
    created_by_id varchar(17)
);
INSERT INTO webhook
SELECT egen.id('wh', k), ev, false,
       CASE k % 4 WHEN 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', k, 7) || '/' || lower(egen.rnd('whz', k, 6)) || '/'
         WHEN 1 THEN 'https://erp-gw.brightwater-climate.example/espo/inbound?token=' || egen.hex('wht', k, 40)
         WHEN 2 THEN 'https://hook.eu1.make.com/' || lower(egen.rnd('whm', k, 32))
         ELSE 'https://n8n.brightwater-climate.example/webhook/' || fixture_gen.uuid('whn', k) END,
       k % 7 <> 3, split_part(ev, '.', 1), split_part(ev, '.', 2), CASE WHEN ev LIKE '%.fieldUpdate.%' THEN split_part(ev, '.', 3) END,
       egen.hex('whs', k, 32), egen.at('whc', k), egen.at('whc', k) + interval '12 days', egen.id('user', 39 + k % 4), egen.id('user', 39 + k % 4)
FROM generate_series(1, 14) k
CROSS JOIN LATERAL (SELECT (ARRAY['Lead.create', 'Contact.create', 'Account.update', 'Opportunity.fieldUpdate.stage', 'Case.create', 'Lead.fieldUpdate.status', 'Contact.update', 'Opportunity.create',
  'Case.fieldUpdate.status', 'Account.create', 'Lead.delete', 'Meeting.create', 'Call.create', 'Contact.delete'])[k] AS ev) e;

-- Integrations: one row per integration, id is its name, data its settings.
CREATE TABLE integration (
    id varchar(24) NOT NULL PRIMARY KEY,
    data jsonb,
    enabled boolean DEFAULT false,
    deleted boolean DEFAULT false
);
INSERT INTO integration VALUES
  ('GoogleMaps', jsonb_build_object('apiKey', 'AIza' || 'Sy' || egen.rnd('gmk', 1, 33)), true, false),
  ('Google', jsonb_build_object('clientId', fixture_gen.digits('gci', 1, 12) || '-' || lower(egen.rnd('gci', 1, 32)) || '.apps.googleusercontent.com', 'clientSecret', 'GOCSPX-' || egen.rnd('gcs', 1, 28)), true, false),
  ('Outlook', jsonb_build_object('clientId', fixture_gen.uuid('oci', 1), 'clientSecret', egen.rnd('ocs', 1, 8) || '~' || egen.rnd('ocs2', 1, 31), 'tenant', 'common'), true, false),
  ('GoogleReCaptcha', jsonb_build_object('siteKey', '6L' || egen.rnd('rck', 1, 38), 'secretKey', '6L' || egen.rnd('rcs', 1, 38), 'scoreThreshold', 0.5), true, false),
  ('Asterisk', jsonb_build_object('host', '10.20.4.11', 'port', 5038, 'username', 'espocrm', 'password', egen.rnd('ast', 1, 16), 'context', 'from-internal'), false, false);

-- External accounts: users' connections to Google (calendar and Gmail);
-- id is '<integration>__<user id>', data holds the OAuth tokens.
CREATE TABLE external_account (
    id varchar(64) NOT NULL PRIMARY KEY,
    data jsonb,
    enabled boolean DEFAULT false,
    is_locked boolean DEFAULT false,
    deleted boolean DEFAULT false
);
INSERT INTO external_account
SELECT CASE WHEN u.i % 4 = 1 THEN 'Outlook' ELSE 'Google' END || '__' || u.id,
       jsonb_build_object('accessToken', CASE WHEN u.i % 4 = 1 THEN fixture_gen.jwt('msat', u.i) ELSE 'ya29.' || translate(egen.rnd('gat', u.i, 160), '+/', '-_') END,
         'refreshToken', CASE WHEN u.i % 4 = 1 THEN '0.A' || egen.rnd('msrt', u.i, 120) ELSE '1//0' || translate(egen.rnd('grt', u.i, 100), '+/', '-_') END,
         'tokenType', 'Bearer', 'expiresAt', to_char(egen.at('gex', u.i), 'YYYY-MM-DD HH24:MI:SS'),
         'calendarEnabled', true, 'calendarDirection', 'Both', 'calendarStartDate', '2023-01-01', 'calendarMonitoredCalendars', jsonb_build_object('primary', u.email),
         'gmailEnabled', u.i % 3 = 0, 'gmailEmailAddress', CASE WHEN u.i % 3 = 0 THEN u.email END),
       u.i % 9 <> 0, false, false
FROM egen.u u WHERE u.typ IN ('admin', 'regular') AND u.i % 2 = 0;

-- ---------------------------------------------------------------------------
-- Jobs and the action history.

CREATE TABLE job (
    id varchar(17) NOT NULL PRIMARY KEY,
    name varchar(255),
    deleted boolean DEFAULT false,
    status varchar(16) DEFAULT 'Pending',
    execute_time timestamp(0) without time zone,
    number integer,
    class_name varchar(255),
    service_name varchar(100),
    method_name varchar(100),
    data jsonb,
    target_id varchar(48),
    target_type varchar(64),
    queue varchar(36),
    attempts integer,
    failed_attempts integer,
    created_at timestamp(0) without time zone,
    scheduled_job_id varchar(17)
);
INSERT INTO job
SELECT egen.id('job', k), CASE WHEN sj IS NOT NULL THEN sj END, false, fixture_gen.pick(ARRAY['Success', 'Success', 'Success', 'Failed', 'Pending'], 'jst', k), egen.at('jex', k), k,
       cls, NULL, NULL,
       CASE cls WHEN 'Espo\Tools\EmailNotification\Jobs\NotifyMentionedInPost' THEN jsonb_build_object('noteId', egen.id('note', 1 + k % 420), 'userId', u.id)
         WHEN 'Espo\Tools\EmailNotification\Jobs\ProcessNotifyAboutAssignment' THEN jsonb_build_object('userId', u.id, 'assignerUserId', egen.id('user', 3 + k % 36), 'entityId', egen.id('lead', 301 + k % 220), 'entityType', 'Lead')
         WHEN 'Espo\Core\Job\Job\Jobs\SendEmail' THEN jsonb_build_object('to', p.first || ' ' || p.last || ' <' || p.email || '>', 'subject', 'Your case #' || (1000 + k % 180) || ' has been updated', 'emailId', egen.id('email', 1 + k % 320))
         WHEN 'Espo\Modules\Crm\Jobs\ProcessMassEmail' THEN jsonb_build_object('massEmailId', egen.id('me', 1 + k % 18))
         ELSE NULL END,
       CASE WHEN cls LIKE '%Import%' THEN egen.id('import', k) END, CASE WHEN cls LIKE '%Import%' THEN 'Import' END,
       CASE WHEN k % 4 = 0 THEN 'e0' END, 1 + k % 2, CASE WHEN k % 5 = 3 THEN 1 ELSE 0 END, egen.at('jex', k) - interval '1 minute',
       CASE WHEN sj IS NOT NULL THEN egen.id('sjob', 1 + k % 6) END
FROM generate_series(1, 200) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Espo\Tools\EmailNotification\Jobs\NotifyMentionedInPost', 'Espo\Tools\EmailNotification\Jobs\ProcessNotifyAboutAssignment',
   'Espo\Core\Job\Job\Jobs\SendEmail', 'Espo\Modules\Crm\Jobs\ProcessMassEmail', 'Espo\Jobs\CheckEmailAccounts', 'Espo\Jobs\Cleanup', 'Espo\Tools\Import\Jobs\RunIdle'], 'jcl', k) AS cls) c
CROSS JOIN LATERAL (SELECT CASE WHEN c.cls LIKE '%CheckEmailAccounts' THEN 'Check Personal Email Accounts' WHEN c.cls LIKE '%Cleanup' THEN 'Clean-up' END AS sj) s
JOIN egen.u u ON u.i = 3 + fixture_gen.n('jus', k, 36)
JOIN egen.p p ON p.i = 1 + (k * 41) % 300;

CREATE TABLE action_history_record (
    id varchar(17) NOT NULL PRIMARY KEY,
    deleted boolean DEFAULT false,
    number integer,
    target_type varchar(100),
    target_id varchar(17),
    action varchar(255),
    created_at timestamp(0) without time zone,
    user_id varchar(17),
    user_type varchar(255),
    ip_address varchar(45),
    auth_token_id varchar(17),
    auth_log_record_id varchar(17)
);
INSERT INTO action_history_record
SELECT egen.id('ahr', k), false, k, tt, CASE tt WHEN 'Contact' THEN egen.id('contact', 1 + k % 300) WHEN 'Lead' THEN egen.id('lead', 301 + k % 220) WHEN 'Account' THEN egen.id('account', 1 + k % 80) ELSE egen.id('opp', 1 + k % 160) END,
       fixture_gen.pick(ARRAY['read', 'read', 'read', 'update', 'create', 'delete'], 'aha', k), egen.at('ahc', k), uu.id, uu.type,
       CASE WHEN k % 6 = 0 THEN fixture_gen.ipv6('ahip', k) ELSE fixture_gen.ipv4('ahip', k) END, egen.id('atok', 1 + k % 220), egen.id('alr', 1 + k % 400)
FROM generate_series(1, 360) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Contact', 'Lead', 'Account', 'Opportunity'], 'aht', k) AS tt) t
JOIN "user" uu ON uu.id = egen.id('user', 3 + fixture_gen.n('ahu', k, 40));

SET client_min_messages = warning;
DROP SCHEMA egen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
