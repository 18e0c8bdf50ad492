-- classify-eval fixture (HOLDOUT 4, with keycloak: written after holdout 3,
-- by someone who had not seen the classifier, and scored once before any
-- classifier change that followed it; never tune against it): a Moodle 4.3
-- database in Moodle's naming, a subset of its tables and of their columns
-- with their real names and types: the mdl_ prefix, bigint ids, epoch
-- seconds in timecreated/timemodified, run-together column names (firstname,
-- phone1, lastip, useridfrom, relateduserid), empty strings where other
-- schemas store NULL, 'not cached' as the password of LDAP and OAuth 2
-- users, name/value tables (mdl_config, mdl_config_plugins,
-- mdl_user_preferences) whose values range from theme names to the SMTP
-- password and a user's pending new email with its confirmation key, custom
-- profile fields (mdl_user_info_data, the field in mdl_user_info_field), the
-- database session store (sessdata: base64 of the PHP session, the user
-- record inside), web service and user keys, the standard log (other: JSON,
-- PHP-serialized in rows from before the switch to JSON), forum posts and
-- messages (their subject names the sender), grades with feedback. A
-- university's LMS, students and staff of several countries.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE FUNCTION fixture_gen.php_s(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(v) || ':"' || v || '";' $$;

-- Moodle's password hashes: bcrypt ($2y$10$) before 4.5, SHA-512 crypt after.
CREATE FUNCTION fixture_gen.mhash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 4 = 0 THEN '$6' || '$rounds=10000$' || fixture_gen.chars(tag || 's', i, 16, './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') || '$'
      || fixture_gen.chars(tag, i, 86, './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    ELSE replace(fixture_gen.bcrypt(tag, i), '$2a' || '$12$', '$2y' || '$10$') END
$$;

CREATE FUNCTION fixture_gen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36 MoodleMobile 4.3.0 (43000)',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'], tag, i)
$$;

-- The people: 1 guest, 2 admin, 3-320 students and staff.
CREATE TABLE fixture_gen.u AS
SELECT i, a.auth, fixture_gen.first_name('mu', i) AS first, fixture_gen.last_name('mu', i) AS last,
       CASE WHEN a.auth IN ('ldap', 'oauth2') OR i % 3 = 0 THEN fixture_gen.ascii(fixture_gen.first_name('mu', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('mu', i)) || (i % 100)::text || '@' || CASE WHEN i % 5 = 0 THEN 'staff.' ELSE 'students.' END || 'kestrel-uni.eu'
            ELSE fixture_gen.email('mu', i) END AS email,
       CASE a.auth WHEN 'ldap' THEN 'k' || lpad((2300000 + i * 37)::text, 7, '0')
                   WHEN 'email' THEN fixture_gen.ascii(fixture_gen.first_name('mu', i)) || CASE WHEN i % 2 = 0 THEN '_' || fixture_gen.ascii(fixture_gen.last_name('mu', i)) ELSE (70 + i % 30)::text END
                   ELSE '' END AS uname
FROM generate_series(3, 320) i,
LATERAL (SELECT (ARRAY['manual', 'manual', 'manual', 'manual', 'email', 'email', 'oauth2', 'oauth2', 'ldap', 'ldap'])[1 + fixture_gen.n('mau', i, 10)] AS auth) a;
UPDATE fixture_gen.u SET uname = email WHERE uname = '';

CREATE TABLE mdl_user (
    id bigserial PRIMARY KEY, auth varchar(20) NOT NULL DEFAULT 'manual', confirmed smallint NOT NULL DEFAULT 0,
    policyagreed smallint NOT NULL DEFAULT 0, deleted smallint NOT NULL DEFAULT 0, suspended smallint NOT NULL DEFAULT 0,
    mnethostid bigint NOT NULL DEFAULT 0, username varchar(100) NOT NULL DEFAULT '', password varchar(255) NOT NULL DEFAULT '',
    idnumber varchar(255) NOT NULL DEFAULT '', firstname varchar(100) NOT NULL DEFAULT '', lastname varchar(100) NOT NULL DEFAULT '',
    email varchar(100) NOT NULL DEFAULT '', emailstop smallint NOT NULL DEFAULT 0, phone1 varchar(20) NOT NULL DEFAULT '',
    phone2 varchar(20) NOT NULL DEFAULT '', institution varchar(255) NOT NULL DEFAULT '', department varchar(255) NOT NULL DEFAULT '',
    address varchar(255) NOT NULL DEFAULT '', city varchar(120) NOT NULL DEFAULT '', country varchar(2) NOT NULL DEFAULT '',
    lang varchar(30) NOT NULL DEFAULT 'en', calendartype varchar(30) NOT NULL DEFAULT 'gregorian', timezone varchar(100) NOT NULL DEFAULT '99',
    firstaccess bigint NOT NULL DEFAULT 0, lastaccess bigint NOT NULL DEFAULT 0, lastlogin bigint NOT NULL DEFAULT 0,
    currentlogin bigint NOT NULL DEFAULT 0, lastip varchar(45) NOT NULL DEFAULT '', secret varchar(15) NOT NULL DEFAULT '',
    picture bigint NOT NULL DEFAULT 0, description text, descriptionformat smallint NOT NULL DEFAULT 1, mailformat smallint NOT NULL DEFAULT 1,
    maildigest smallint NOT NULL DEFAULT 0, maildisplay smallint NOT NULL DEFAULT 2, timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0, imagealt varchar(255), lastnamephonetic varchar(255), firstnamephonetic varchar(255),
    middlename varchar(255), alternatename varchar(255), moodlenetprofile varchar(255)
);
INSERT INTO mdl_user (id, auth, confirmed, policyagreed, username, password, firstname, lastname, email, lang, mnethostid, timecreated, timemodified) VALUES
    (1, 'manual', 1, 0, 'guest', replace(fixture_gen.bcrypt('mguest', 1), '$2a' || '$12$', '$2y' || '$10$'), 'Guest user', ' ', 'root@localhost', 'en', 1, 0, 1651500000),
    (2, 'manual', 1, 0, 'admin', replace(fixture_gen.bcrypt('madmin', 1), '$2a' || '$12$', '$2y' || '$10$'), 'Admin', 'User', 'moodle-admin@kestrel-uni.eu', 'en', 1, 0, 1651500000);
INSERT INTO mdl_user (id, auth, confirmed, policyagreed, deleted, suspended, mnethostid, username, password, idnumber, firstname, lastname, email, emailstop, phone1, phone2,
    institution, department, address, city, country, lang, calendartype, timezone, firstaccess, lastaccess, lastlogin, currentlogin, lastip, secret, picture, description,
    descriptionformat, mailformat, maildigest, maildisplay, timecreated, timemodified, imagealt, lastnamephonetic, firstnamephonetic, middlename, alternatename, moodlenetprofile)
SELECT u.i, u.auth, CASE WHEN u.auth = 'email' AND u.i % 11 = 0 THEN 0 ELSE 1 END, 1, d.del, CASE WHEN u.i % 29 = 0 THEN 1 ELSE 0 END, 1,
       CASE WHEN d.del = 1 THEN u.email || '.' || d.t ELSE lower(u.uname) END,
       CASE WHEN u.auth IN ('ldap', 'oauth2') THEN 'not cached' ELSE fixture_gen.mhash('mpw', u.i) END,
       CASE WHEN d.del = 1 THEN '' WHEN u.auth = 'ldap' THEN upper(u.uname) WHEN u.i % 3 = 0 THEN 'KU' || fixture_gen.digits('mid', u.i, 6) ELSE '' END,
       u.first, u.last, CASE WHEN d.del = 1 THEN md5(u.email || '.' || d.t) ELSE u.email END, CASE WHEN u.i % 17 = 0 THEN 1 ELSE 0 END,
       CASE WHEN u.i % 3 = 0 THEN left(fixture_gen.phone('mp1', u.i), 20) ELSE '' END, CASE WHEN u.i % 10 = 0 THEN left(fixture_gen.phone('mp2', u.i), 20) ELSE '' END,
       CASE WHEN u.i % 9 = 0 THEN fixture_gen.pick(ARRAY['Lycée Victor Hugo', 'Colégio Santa Maria', 'Kwame Nkrumah University', 'Universität zu Köln', 'Osaka Gakuin'], 'minst', u.i) ELSE 'Kestrel University' END,
       fixture_gen.pick(ARRAY['School of Nursing', 'Engineering', 'Business School', 'Computer Science', 'Modern Languages', 'Library', ''], 'mdep', u.i),
       CASE WHEN u.i % 4 = 0 THEN fixture_gen.street('madr', u.i) ELSE '' END,
       fixture_gen.city('mcity', u.i), fixture_gen.pick(ARRAY['GB', 'GB', 'DE', 'FR', 'IN', 'NG', 'BR', 'JP', 'PL', 'TR'], 'mcty', u.i),
       fixture_gen.pick(ARRAY['en', 'en', 'de', 'fr', 'pt_br', 'ja', 'pl', 'tr'], 'mlang', u.i), 'gregorian',
       CASE WHEN u.i % 5 = 0 THEN fixture_gen.pick(ARRAY['Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Africa/Lagos', 'America/Sao_Paulo'], 'mtz', u.i) ELSE '99' END,
       1672531200 + u.i * 3000, 1712000000 + fixture_gen.n('mla', u.i, 8000000), 1711000000 + fixture_gen.n('mll', u.i, 8000000), 1712000000 + fixture_gen.n('mla', u.i, 8000000) - 600,
       CASE WHEN u.i % 8 = 0 THEN fixture_gen.ipv6('mip', u.i) ELSE fixture_gen.ipv4('mip', u.i) END,
       CASE WHEN u.auth = 'email' THEN fixture_gen.chars('msec', u.i, 15) ELSE '' END,
       CASE WHEN u.i % 3 = 1 AND d.del = 0 THEN 5000 + u.i * 13 ELSE 0 END,
       CASE WHEN u.i % 6 = 0 THEN 'I''m ' || u.first || ', a ' || fixture_gen.pick(ARRAY['second-year nursing student', 'part-time MBA student working in logistics', 'lecturer in structural engineering', 'mature student and mum of two'], 'mbio', u.i)
                || ' from ' || fixture_gen.city('mcity', u.i) || '.' WHEN u.i % 6 = 3 THEN '' END,
       1, 1, CASE WHEN u.i % 4 = 0 THEN 1 ELSE 0 END, fixture_gen.pick(ARRAY['0', '1', '2', '2'], 'mdisp', u.i)::smallint,
       1672531200 + u.i * 3000, 1700000000 + fixture_gen.n('mtm', u.i, 20000000),
       CASE WHEN u.i % 3 = 1 AND u.i % 2 = 0 THEN 'Photo of ' || u.first || ' ' || u.last WHEN u.i % 3 = 1 THEN '' END,
       CASE u.last WHEN 'Tanaka' THEN 'タナカ' WHEN 'Suzuki' THEN 'スズキ' WHEN 'Kim' THEN '김' WHEN 'Park' THEN '박' ELSE '' END,
       CASE u.first WHEN 'Hiroshi' THEN 'ヒロシ' WHEN 'Yuki' THEN 'ユキ' WHEN 'Minji' THEN '민지' ELSE '' END,
       CASE WHEN u.i % 7 = 0 THEN fixture_gen.first_name('mmid', u.i) ELSE '' END,
       CASE WHEN u.i % 11 = 0 THEN fixture_gen.pick(ARRAY['Mo', 'Lexi', 'DJ', 'Sam', 'Nia', 'Kenji'], 'malt', u.i) ELSE '' END,
       CASE WHEN u.i % 25 = 0 THEN '@' || fixture_gen.ascii(u.first) || fixture_gen.ascii(u.last) || '@moodle.net' ELSE '' END
FROM fixture_gen.u u, LATERAL (SELECT CASE WHEN u.i % 53 = 0 THEN 1 ELSE 0 END AS del, 1700000000 + u.i * 311 AS t) d;
DO $$ BEGIN PERFORM setval('mdl_user_id_seq', 320); END $$;

-- Custom profile fields and their values.
CREATE TABLE mdl_user_info_field (
    id bigserial PRIMARY KEY, shortname varchar(255) NOT NULL DEFAULT 'shortname', name text NOT NULL, datatype varchar(255) NOT NULL DEFAULT '',
    description text, categoryid bigint NOT NULL DEFAULT 0, sortorder bigint NOT NULL DEFAULT 0, required smallint NOT NULL DEFAULT 0,
    locked smallint NOT NULL DEFAULT 0, visible smallint NOT NULL DEFAULT 0, forceunique smallint NOT NULL DEFAULT 0,
    signup smallint NOT NULL DEFAULT 0, defaultdata text, param1 text
);
INSERT INTO mdl_user_info_field (shortname, name, datatype, description, categoryid, sortorder, required, locked, visible, forceunique, signup, defaultdata, param1) VALUES
    ('pronouns', 'Pronouns', 'menu', '<p>Shown next to your name in forums.</p>', 1, 1, 0, 0, 2, 0, 1, '', E'she/her\nhe/him\nthey/them\nprefer not to say'),
    ('dob', 'Date of birth', 'datetime', '', 1, 2, 0, 1, 0, 0, 0, '0', '1940'),
    ('mobile', 'Mobile phone', 'text', '<p>For urgent messages from your tutor only.</p>', 1, 3, 0, 0, 0, 0, 1, '', '30'),
    ('emergencycontact', 'Emergency contact', 'textarea', '<p>Name, relationship and phone.</p>', 2, 1, 0, 0, 0, 0, 0, '', NULL),
    ('dietary', 'Dietary requirements (field trips)', 'textarea', '', 2, 2, 0, 0, 0, 0, 0, '', NULL),
    ('accessibility', 'Reasonable adjustments', 'textarea', '<p>Agreed with the Disability Service.</p>', 2, 3, 0, 1, 0, 0, 0, '', NULL),
    ('linkedin', 'LinkedIn', 'social', '', 1, 4, 0, 0, 2, 0, 0, '', 'url'),
    ('photoconsent', 'Photos at events', 'checkbox', '<p>I agree to appear in photos taken at university events.</p>', 1, 5, 0, 0, 0, 0, 1, '0', NULL),
    ('entryyear', 'Year of entry', 'menu', '', 3, 1, 1, 1, 0, 0, 0, '2024', E'2021\n2022\n2023\n2024'),
    ('campus', 'Campus', 'menu', '', 3, 2, 0, 1, 2, 0, 0, 'Main', E'Main\nRiverside\nOnline');

CREATE TABLE mdl_user_info_data (
    id bigserial PRIMARY KEY,
    userid bigint NOT NULL DEFAULT 0,
    fieldid bigint NOT NULL DEFAULT 0,
    data text NOT NULL,
    dataformat smallint NOT NULL DEFAULT 0
);
INSERT INTO mdl_user_info_data (userid, fieldid, data, dataformat)
SELECT u.i, f,
       CASE f
           WHEN 1 THEN fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'prefer not to say'], 'mpro', u.i)
           WHEN 2 THEN extract(epoch FROM fixture_gen.birth_date('mdob', u.i) + time '12:00')::bigint::text
           WHEN 3 THEN fixture_gen.phone('mmob', u.i)
           WHEN 4 THEN '<p>' || fixture_gen.full_name('mem', u.i) || ' (' || fixture_gen.pick(ARRAY['mother', 'father', 'partner', 'sister', 'husband', 'wife'], 'mrel', u.i) || '), ' || fixture_gen.phone('mem', u.i) || '</p>'
           WHEN 5 THEN fixture_gen.pick(ARRAY['Vegetarian', 'Halal', 'None', 'Vegan', 'Coeliac – no gluten', 'Severe nut allergy, carries an EpiPen', 'Kosher'], 'mdiet', u.i)
           WHEN 6 THEN fixture_gen.pick(ARRAY['25% extra time in exams (dyslexia)', 'Step-free access to labs', 'Lecture recordings; hearing impairment', 'Rest breaks (type 1 diabetes)'], 'macc', u.i)
           WHEN 7 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(u.first) || '-' || fixture_gen.ascii(u.last) || '-' || substr(md5('li' || u.i), 1, 6)
           WHEN 8 THEN (u.i % 3 <> 0)::int::text
           WHEN 9 THEN (2021 + u.i % 4)::text
           ELSE fixture_gen.pick(ARRAY['Main', 'Riverside', 'Online'], 'mcamp', u.i)
       END, CASE WHEN f IN (4, 5, 6) THEN 1 ELSE 0 END
FROM fixture_gen.u u, generate_series(1, 10) f
WHERE f IN (1, 8, 9, 10) OR f = 2 AND u.i % 2 = 0 OR f = 3 AND u.i % 3 = 0 OR f = 4 AND u.i % 5 = 0 OR f = 5 AND u.i % 8 = 0 OR f = 6 AND u.i % 13 = 0 OR f = 7 AND u.i % 6 = 0;

CREATE TABLE mdl_user_preferences (
    id bigserial PRIMARY KEY,
    userid bigint NOT NULL DEFAULT 0,
    name varchar(255) NOT NULL DEFAULT '',
    value varchar(1333) NOT NULL DEFAULT ''
);
INSERT INTO mdl_user_preferences (userid, name, value)
SELECT u.i, p.name,
       CASE p.name
           WHEN 'auth_forcepasswordchange' THEN '0'
           WHEN 'email_bounce_count' THEN (u.i % 3 / 2)::text
           WHEN 'email_send_count' THEN (u.i % 40)::text
           WHEN 'login_failed_count_since_success' THEN (u.i % 4)::text
           WHEN 'block_myoverview_user_sort_preference' THEN fixture_gen.pick(ARRAY['title', 'lastaccessed'], 'mps', u.i)
           WHEN 'block_myoverview_user_view_preference' THEN fixture_gen.pick(ARRAY['card', 'list', 'summary'], 'mpv', u.i)
           WHEN 'drawer-open-index' THEN (u.i % 2)::text
           WHEN 'drawer-open-block' THEN '0'
           WHEN 'core_message_migrate_data' THEN '1'
           WHEN 'tool_usertours_tour_completion_time_2' THEN (1700000000 + u.i * 977)::text
           WHEN 'message_provider_moodle_instantmessage_enabled' THEN 'popup,email'
           WHEN 'htmleditor' THEN ''
           WHEN 'login_lockout_secret' THEN fixture_gen.chars('mlls', u.i, 15)
           WHEN 'login_lockout' THEN (1712000000 + u.i * 61)::text
           WHEN 'newemail' THEN fixture_gen.email('mnew', u.i)
           WHEN 'newemailkey' THEN fixture_gen.chars('mnek', u.i, 20)
           WHEN 'newemailattemptsleft' THEN '3'
           WHEN 'create_password' THEN '1'
       END
FROM fixture_gen.u u,
     unnest(ARRAY['auth_forcepasswordchange', 'email_bounce_count', 'email_send_count', 'login_failed_count_since_success', 'block_myoverview_user_sort_preference',
         'block_myoverview_user_view_preference', 'drawer-open-index', 'drawer-open-block', 'core_message_migrate_data', 'tool_usertours_tour_completion_time_2',
         'message_provider_moodle_instantmessage_enabled', 'htmleditor', 'login_lockout_secret', 'login_lockout', 'newemail', 'newemailkey', 'newemailattemptsleft', 'create_password']) AS p(name)
WHERE p.name IN ('email_bounce_count', 'email_send_count', 'block_myoverview_user_view_preference', 'core_message_migrate_data', 'drawer-open-index')
   OR p.name IN ('auth_forcepasswordchange', 'login_failed_count_since_success', 'block_myoverview_user_sort_preference', 'drawer-open-block') AND u.i % 2 = 0
   OR p.name IN ('tool_usertours_tour_completion_time_2', 'message_provider_moodle_instantmessage_enabled', 'htmleditor') AND u.i % 3 = 0
   OR p.name IN ('login_lockout_secret', 'login_lockout') AND u.i % 19 = 0
   OR p.name IN ('newemail', 'newemailkey', 'newemailattemptsleft') AND u.i % 14 = 0
   OR p.name = 'create_password' AND u.i % 31 = 0;

-- Keys for RSS feeds, grade exports and the mobile app's auto-login (the
-- last ones tied to the IP the app asked from).
CREATE TABLE mdl_user_private_key (
    id bigserial PRIMARY KEY, script varchar(128) NOT NULL DEFAULT '', value varchar(128) NOT NULL DEFAULT '', userid bigint NOT NULL DEFAULT 0,
    instance bigint, iprestriction varchar(255), validuntil bigint, timecreated bigint
);
INSERT INTO mdl_user_private_key (script, value, userid, instance, iprestriction, validuntil, timecreated)
SELECT s.script, md5('upk' || i), 3 + fixture_gen.n('upku', i, 318), CASE WHEN s.script = 'grade/export' THEN 2 + i % 30 END,
       CASE WHEN s.script LIKE 'tool_mobile%' THEN fixture_gen.ipv4('upkip', i) WHEN s.script = 'grade/export' AND i % 3 = 0 THEN '10.40.0.0/16' END,
       CASE WHEN s.script LIKE 'tool_mobile%' THEN 1712000000 + i * 7000 + 60 ELSE 0 END, 1712000000 + i * 7000
FROM generate_series(1, 140) i, LATERAL (SELECT (ARRAY['rss', 'grade/export', 'tool_mobile', 'tool_mobile', 'tool_mobile/qrlogin'])[1 + i % 5] AS script) s;

CREATE TABLE mdl_user_password_history (
    id bigserial PRIMARY KEY,
    userid bigint NOT NULL,
    hash varchar(255) NOT NULL,
    timecreated bigint NOT NULL
);
INSERT INTO mdl_user_password_history (userid, hash, timecreated)
SELECT u.i, fixture_gen.mhash('mph' || k, u.i), 1680000000 + u.i * 1000 + k * 8000000
FROM fixture_gen.u u, generate_series(1, 3) k WHERE u.auth IN ('manual', 'email') AND k <= 1 + u.i % 3;

-- Mobile app installs registered for push notifications.
CREATE TABLE mdl_user_devices (
    id bigserial PRIMARY KEY, userid bigint NOT NULL DEFAULT 0, appid varchar(128) NOT NULL DEFAULT '', name varchar(32) NOT NULL DEFAULT '',
    model varchar(32) NOT NULL DEFAULT '', platform varchar(32) NOT NULL DEFAULT '', version varchar(32) NOT NULL DEFAULT '',
    pushid varchar(255) NOT NULL DEFAULT '', uuid varchar(255) NOT NULL DEFAULT '', publickey text, timecreated bigint NOT NULL,
    timemodified bigint NOT NULL
);
INSERT INTO mdl_user_devices (userid, appid, name, model, platform, version, pushid, uuid, publickey, timecreated, timemodified)
SELECT 3 + fixture_gen.n('udu', i, 318), 'com.moodle.moodlemobile', d.name, d.model, d.platform, d.version,
       CASE WHEN d.platform = 'android' THEN fixture_gen.chars('fcm', i, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || ':APA91b' || fixture_gen.chars('fcm2', i, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
            ELSE encode(sha256(convert_to('apns' || i, 'UTF8')), 'hex') END,
       CASE WHEN d.platform = 'android' THEN substr(md5('aid' || i), 1, 16) ELSE upper(md5('ios' || i)::uuid::text) END,
       CASE WHEN i % 3 <> 0 THEN translate(encode(sha256(convert_to('pk' || i, 'UTF8')), 'base64'), E'\n', '') END,
       1700000000 + i * 50000, 1700000000 + i * 50000 + fixture_gen.n('udm', i, 3000000)
FROM generate_series(1, 150) i,
LATERAL (SELECT * FROM (VALUES (0, 'Apple', 'iPhone14,5', 'ios', '17.4.1'), (1, 'samsung', 'SM-A546B', 'android', '14'), (2, 'Google', 'Pixel 7', 'android', '14'),
    (3, 'Apple', 'iPhone12,8', 'ios', '16.7.7'), (4, 'Xiaomi', 'Redmi Note 12', 'android', '13')) v(k, name, model, platform, version) WHERE v.k = i % 5) d;

-- The database session store ($CFG->session_handler_class = '\core\session\database').
CREATE TABLE mdl_sessions (
    id bigserial PRIMARY KEY, state bigint NOT NULL DEFAULT 0, sid varchar(128) NOT NULL DEFAULT '', userid bigint NOT NULL, sessdata text,
    timecreated bigint NOT NULL, timemodified bigint NOT NULL, firstip varchar(45), lastip varchar(45)
);
INSERT INTO mdl_sessions (state, sid, userid, sessdata, timecreated, timemodified, firstip, lastip)
SELECT 0, fixture_gen.chars('msid', i, 26, 'abcdefghijklmnopqrstuvwxyz0123456789'), coalesce(m.id, 0),
       translate(encode(convert_to('SESSION|O:8:"stdClass":2:{' || fixture_gen.php_s('cachestore_session') || 'a:0:{}' || fixture_gen.php_s('wantsurl') || fixture_gen.php_s('https://learn.kestrel-uni.eu/my/courses.php') || '}'
           || 'USER|O:8:"stdClass":' || CASE WHEN m.id IS NULL THEN '2:{s:2:"id";i:0;s:10:"mnethostid";s:1:"1";}'
               ELSE '6:{s:2:"id";i:' || m.id || ';' || fixture_gen.php_s('username') || fixture_gen.php_s(m.username) || fixture_gen.php_s('firstname') || fixture_gen.php_s(m.firstname)
                   || fixture_gen.php_s('lastname') || fixture_gen.php_s(m.lastname) || fixture_gen.php_s('email') || fixture_gen.php_s(m.email)
                   || fixture_gen.php_s('sesskey') || fixture_gen.php_s(fixture_gen.chars('sk', i, 10)) || '}' END, 'UTF8'), 'base64'), E'\n', ''),
       1714000000 + i * 120, 1714000000 + i * 120 + fixture_gen.n('mst', i, 7000), fixture_gen.ipv4('msip', i), CASE WHEN i % 6 = 0 THEN fixture_gen.ipv4('msip2', i) ELSE fixture_gen.ipv4('msip', i) END
FROM generate_series(1, 200) i LEFT JOIN mdl_user m ON m.id = CASE WHEN i % 5 = 0 THEN NULL ELSE 2 + fixture_gen.n('msu', i, 318) END;

CREATE TABLE mdl_external_tokens (
    id bigserial PRIMARY KEY, token varchar(128) NOT NULL DEFAULT '', privatetoken varchar(64), tokentype smallint NOT NULL DEFAULT 0,
    userid bigint NOT NULL DEFAULT 0, externalserviceid bigint NOT NULL, sid varchar(128), contextid bigint NOT NULL,
    creatorid bigint NOT NULL DEFAULT 1, iprestriction varchar(255), validuntil bigint, timecreated bigint NOT NULL, lastaccess bigint,
    name varchar(255) NOT NULL DEFAULT ''
);
INSERT INTO mdl_external_tokens (token, privatetoken, tokentype, userid, externalserviceid, sid, contextid, creatorid, iprestriction, validuntil, timecreated, lastaccess, name)
SELECT md5('wst' || i), CASE WHEN t.kind = 'app' THEN fixture_gen.chars('wspt', i, 64) END, CASE WHEN t.kind = 'embedded' THEN 1 ELSE 0 END,
       CASE WHEN t.kind = 'service' THEN 2 ELSE 3 + fixture_gen.n('wsu', i, 318) END, CASE t.kind WHEN 'service' THEN 2 + i % 3 ELSE 1 END,
       CASE WHEN t.kind = 'embedded' THEN fixture_gen.chars('msid', i * 7, 26, 'abcdefghijklmnopqrstuvwxyz0123456789') END, 1,
       CASE WHEN t.kind = 'service' THEN 2 ELSE 3 + fixture_gen.n('wsu', i, 318) END,
       CASE WHEN t.kind = 'service' THEN (ARRAY['10.40.12.7', '52.18.0.0/16,10.40.0.0/16', ''])[1 + i % 3] END,
       0, 1700000000 + i * 40000, 1714000000 + fixture_gen.n('wsl', i, 1000000),
       CASE t.kind WHEN 'service' THEN (ARRAY['SITS nightly sync', 'Zapier', 'Turnitin'])[1 + i % 3] WHEN 'embedded' THEN 'BigBlueButton' ELSE 'Moodle mobile web service' END
FROM generate_series(1, 120) i, LATERAL (SELECT CASE WHEN i <= 6 THEN 'service' WHEN i % 10 = 0 THEN 'embedded' ELSE 'app' END AS kind) t;

-- Site configuration: name/value, a few hundred settings in a real site.
CREATE TABLE mdl_config (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL UNIQUE,
    value text NOT NULL
);
INSERT INTO mdl_config (name, value) VALUES
    ('siteidentifier', fixture_gen.chars('msi', 1, 32) || 'learn.kestrel-uni.eu'), ('version', '2023100904.03'), ('release', '4.3.4+ (Build: 20240503)'), ('branch', '403'),
    ('lang', 'en'), ('timezone', 'Europe/London'), ('forcetimezone', '99'), ('country', 'GB'), ('defaultcity', ''), ('theme', 'boost'), ('allowthemechangeonurl', '0'),
    ('auth', 'email,ldap,oauth2'), ('registerauth', 'email'), ('guestloginbutton', '0'), ('authpreventaccountcreation', '0'), ('loginpageautofocus', '1'),
    ('sessiontimeout', '28800'), ('session_handler_class', '\core\session\database'), ('sessioncookie', ''), ('sessioncookiepath', '/'),
    ('smtphosts', 'smtp.office365.com:587'), ('smtpsecure', 'TLS'), ('smtpauthtype', 'LOGIN'), ('smtpuser', 'moodle-mailer@kestrel-uni.eu'),
    ('smtppass', fixture_gen.chars('smtp', 1, 16, 'bcdfghjklmnpqrstvwxz') || '!2'), ('smtpmaxbulk', '50'), ('noreplyaddress', 'noreply@learn.kestrel-uni.eu'),
    ('allowedemaildomains', ''), ('emailheaders', ''), ('supportemail', 'elearning-support@kestrel-uni.eu'), ('supportname', 'Olga Petrova (Digital Learning Team)'),
    ('supportpage', 'https://www.kestrel-uni.eu/digital-learning'), ('supportavailability', '2'), ('servicespage', ''),
    ('recaptchapublickey', '6Lc' || fixture_gen.chars('rcpub', 1, 37)), ('recaptchaprivatekey', '6Lc' || fixture_gen.chars('rcpriv', 1, 37)),
    ('cronremotepassword', fixture_gen.chars('cron', 1, 20)), ('cronclionly', '1'), ('googlemapkey3', 'AI' || 'za' || fixture_gen.chars('gmap', 1, 35)),
    ('messageinbound_enabled', '1'), ('messageinbound_mailbox', 'moodle-reply'), ('messageinbound_domain', 'kestrel-uni.eu'), ('messageinbound_host', 'outlook.office365.com'),
    ('messageinbound_hostssl', 'ssl'), ('messageinbound_hostuser', 'moodle-reply@kestrel-uni.eu'), ('messageinbound_hostpass', fixture_gen.chars('mihp', 1, 18)),
    ('enablewebservices', '1'), ('enablemobilewebservice', '1'), ('webserviceprotocols', 'rest'), ('enablebadges', '1'), ('enablecompletion', '1'),
    ('enableblogs', '0'), ('enableanalytics', '0'), ('enablecourserelativedates', '0'), ('enableoutcomes', '0'), ('enableportfolios', '0'),
    ('maxbytes', '104857600'), ('maxeditingtime', '1800'), ('minpasswordlength', '10'), ('minpassworddigits', '1'), ('passwordreuselimit', '3'),
    ('lockoutthreshold', '10'), ('lockoutwindow', '1800'), ('lockoutduration', '1800'), ('allowframembedding', '0'), ('cookiesecure', '1'),
    ('proxyhost', 'proxy.kestrel-uni.eu'), ('proxyport', '3128'), ('proxyuser', 'moodle'), ('proxypassword', fixture_gen.chars('prx', 1, 14)),
    ('proxybypass', 'localhost, 127.0.0.1, .kestrel-uni.eu'), ('registrationpending', '0'), ('site_is_public', '0'), ('sitepolicy', ''), ('sitepolicyhandler', 'tool_policy'),
    ('fullnamedisplay', 'language'), ('alternativefullnameformat', 'language'), ('showuseridentity', 'email,idnumber'), ('hiddenuserfields', 'city,country,lastip'),
    ('defaulthomepage', '3'), ('navshowfullcoursenames', '1'), ('frontpage', ''), ('frontpageloggedin', '6'), ('coursecontact', '3'),
    ('backup_auto_active', '1'), ('backup_auto_destination', '/var/moodledata/backups'), ('pathtophp', '/usr/bin/php'), ('pathtodu', '/usr/bin/du'),
    ('pathtogs', '/usr/bin/gs'), ('pathtopython', ''), ('geoip2file', '/var/moodledata/geoip/GeoLite2-City.mmdb'), ('allversionshash', encode(sha256('allv'::bytea), 'hex')),
    ('scorm_updatetimelast', '1714521600'), ('jsrev', '1714521623'), ('themerev', '1714521623'), ('localcachedirpurged', '1714521623'), ('scheduledtaskreset', '1714521624'),
    ('digestmailtime', '17'), ('digestmailtimelast', '1714525200'), ('statsfirstrun', 'none'), ('statsmaxruntime', '0'), ('notifyloginfailures', 'mainadmin'),
    ('notifyloginthreshold', '10'), ('admin', 'admin'), ('siteadmins', '2,5,47'), ('tool_mfa_enabled', '1'), ('customusermenuitems', 'profile,moodle|/user/profile.php'),
    ('additionalhtmlhead', '<script async src="https://www.googletagmanager.com/gtag/js?id=G-' || fixture_gen.chars('ga', 1, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') || '"></script>'),
    ('additionalhtmlfooter', ''), ('maintenance_message', 'The LMS is being upgraded; it will be back by 7:00.'), ('maintenance_enabled', '0');

CREATE TABLE mdl_config_plugins (
    id bigserial PRIMARY KEY,
    plugin varchar(100) NOT NULL DEFAULT 'core',
    name varchar(100) NOT NULL DEFAULT '',
    value text,
    UNIQUE (plugin, name)
);
INSERT INTO mdl_config_plugins (plugin, name, value)
SELECT p, 'version', (2023100900 + fixture_gen.n('cpv', k, 4))::text
FROM unnest(ARRAY['mod_assign', 'mod_forum', 'mod_quiz', 'mod_page', 'mod_resource', 'mod_url', 'mod_folder', 'mod_book', 'mod_feedback', 'mod_h5pactivity',
    'mod_lesson', 'mod_lti', 'mod_scorm', 'mod_workshop', 'mod_bigbluebuttonbn', 'mod_zoom', 'auth_email', 'auth_ldap', 'auth_oauth2', 'auth_manual', 'enrol_manual',
    'enrol_self', 'enrol_cohort', 'enrol_meta', 'enrol_database', 'block_myoverview', 'block_timeline', 'block_calendar_month', 'block_html', 'message_airnotifier',
    'message_email', 'message_popup', 'logstore_standard', 'tool_mobile', 'tool_mfa', 'factor_totp', 'factor_email', 'tool_dataprivacy', 'tool_policy', 'antivirus_clamav',
    'assignfeedback_editpdf', 'assignsubmission_file', 'assignsubmission_onlinetext', 'qtype_essay', 'qtype_multichoice', 'filter_mathjaxloader', 'repository_onedrive',
    'theme_boost', 'local_sitsync', 'cachestore_redis']) WITH ORDINALITY AS t(p, k);
INSERT INTO mdl_config_plugins (plugin, name, value) VALUES
    ('auth_ldap', 'host_url', 'ldaps://ad01.kestrel-uni.eu;ldaps://ad02.kestrel-uni.eu'), ('auth_ldap', 'ldap_version', '3'), ('auth_ldap', 'start_tls', '0'),
    ('auth_ldap', 'bind_dn', 'CN=svc-moodle,OU=Service Accounts,DC=kestrel,DC=local'), ('auth_ldap', 'bind_pw', fixture_gen.chars('ldbp', 1, 20) || '#'),
    ('auth_ldap', 'user_type', 'ad'), ('auth_ldap', 'contexts', 'OU=Students,DC=kestrel,DC=local;OU=Staff,DC=kestrel,DC=local'), ('auth_ldap', 'user_attribute', 'samaccountname'),
    ('auth_ldap', 'field_map_email', 'mail'), ('auth_ldap', 'field_map_firstname', 'givenName'), ('auth_ldap', 'field_map_lastname', 'sn'), ('auth_ldap', 'field_map_idnumber', 'employeeID'),
    ('auth_ldap', 'removeuser', '1'), ('auth_email', 'recaptcha', '1'), ('auth_oauth2', 'field_lock_email', 'locked'),
    ('enrol_self', 'defaultenrol', '0'), ('enrol_self', 'requirepassword', '1'), ('enrol_self', 'usepasswordpolicy', '0'), ('enrol_self', 'sendcoursewelcomemessage', '1'),
    ('enrol_database', 'dbtype', 'mssql_n'), ('enrol_database', 'dbhost', 'sits-db.kestrel.local'), ('enrol_database', 'dbuser', 'moodle_enrol'),
    ('enrol_database', 'dbpass', fixture_gen.chars('edbp', 1, 22)), ('enrol_database', 'dbname', 'SITS_LIVE'), ('enrol_database', 'remoteenroltable', 'vw_moodle_enrolments'),
    ('message_airnotifier', 'airnotifierurl', 'https://messages.moodle.net'), ('message_airnotifier', 'airnotifierport', '443'),
    ('message_airnotifier', 'airnotifieraccesskey', md5('airkey')), ('message_airnotifier', 'airnotifierappname', 'commoodlemoodlemobile'),
    ('message_email', 'allowattachments', '1'), ('logstore_standard', 'loglifetime', '365'), ('logstore_standard', 'logguests', '0'), ('logstore_standard', 'jsonformat', '1'),
    ('tool_mobile', 'typeoflogin', '3'), ('tool_mobile', 'qrcodetype', '2'), ('tool_mobile', 'forcelogout', '0'), ('tool_mobile', 'apppolicy', 'https://www.kestrel-uni.eu/privacy'),
    ('tool_mobile', 'customlangstrings', ''), ('tool_mfa', 'enabled', '1'), ('tool_mfa', 'lockout', '10'), ('factor_totp', 'enabled', '1'), ('factor_totp', 'weight', '100'),
    ('factor_email', 'enabled', '1'), ('factor_email', 'duration', '1800'),
    ('tool_dataprivacy', 'contactdataprotectionofficer', '1'), ('tool_dataprivacy', 'automaticdataexportapproval', '0'),
    ('tool_dataprivacy', 'dporoles', '9'), ('tool_dataprivacy', 'privacyrequestexpiry', '604800'),
    ('mod_bigbluebuttonbn', 'server_url', 'https://bbb.kestrel-uni.eu/bigbluebutton/'), ('mod_bigbluebuttonbn', 'shared_secret', fixture_gen.chars('bbbs', 1, 40, 'abcdef0123456789')),
    ('mod_bigbluebuttonbn', 'recording_default', '1'), ('mod_zoom', 'accountid', fixture_gen.chars('zacc', 1, 22)), ('mod_zoom', 'clientid', fixture_gen.chars('zcid', 1, 22)),
    ('mod_zoom', 'clientsecret', fixture_gen.chars('zcs', 1, 32)), ('mod_zoom', 'zoomurl', 'https://kestrel-uni.zoom.us'),
    ('antivirus_clamav', 'runningmethod', 'unixsocket'), ('antivirus_clamav', 'pathtounixsocket', '/var/run/clamav/clamd.ctl'), ('antivirus_clamav', 'clamfailureonupload', 'donothing'),
    ('assignfeedback_editpdf', 'stamps', ''), ('assign', 'feedback_plugin_for_gradebook', 'assignfeedback_comments'), ('assign', 'submissionreceipts', '1'),
    ('filter_mathjaxloader', 'httpsurl', 'https://cdn.jsdelivr.net/npm/mathjax@2.7.9/MathJax.js'), ('repository_onedrive', 'issuerid', '1'),
    ('theme_boost', 'brandcolor', '#0b4f6c'), ('theme_boost', 'preset', 'default.scss'), ('theme_boost', 'scss', '.navbar { border-bottom: 3px solid #f2a900; }'),
    ('local_sitsync', 'apiurl', 'https://sits-api.kestrel.local/v2/'), ('local_sitsync', 'apikey', 'sk' || '_live_' || fixture_gen.chars('sits', 1, 30)),
    ('local_sitsync', 'notifyemail', fixture_gen.ascii(fixture_gen.first_name('sits', 2)) || '.' || fixture_gen.ascii(fixture_gen.last_name('sits', 2)) || '@kestrel-uni.eu'),
    ('cachestore_redis', 'test_server', 'redis.kestrel.local:6379'), ('cachestore_redis', 'test_password', fixture_gen.chars('rdp', 1, 24)),
    ('core_competency', 'enabled', '1'), ('core_h5p', 'h5plibraryhandler', 'h5plib_v126'), ('analytics', 'onlycli', '1'), ('backup', 'backup_general_users', '1');

-- The standard log: 'other' holds JSON, or PHP-serialized arrays in rows
-- written before logstore_standard's jsonformat was switched on.
CREATE TABLE mdl_logstore_standard_log (
    id bigserial PRIMARY KEY, eventname varchar(255) NOT NULL DEFAULT '', component varchar(100) NOT NULL DEFAULT '',
    action varchar(100) NOT NULL DEFAULT '', target varchar(100) NOT NULL DEFAULT '', objecttable varchar(50), objectid bigint,
    crud varchar(1) NOT NULL DEFAULT '', edulevel smallint NOT NULL, contextid bigint NOT NULL, contextlevel bigint NOT NULL,
    contextinstanceid bigint NOT NULL, userid bigint NOT NULL, courseid bigint, relateduserid bigint, anonymous smallint NOT NULL DEFAULT 0,
    other text, timecreated bigint NOT NULL, origin varchar(10), ip varchar(45), realuserid bigint
);
INSERT INTO mdl_logstore_standard_log (eventname, component, action, target, objecttable, objectid, crud, edulevel, contextid, contextlevel, contextinstanceid,
    userid, courseid, relateduserid, anonymous, other, timecreated, origin, ip, realuserid)
SELECT e.ev, e.comp, e.act, e.tgt, e.otab, e.oid, e.crud, e.edu, CASE WHEN e.course > 1 THEN 100 + e.course ELSE 1 END, CASE WHEN e.course > 1 THEN 50 ELSE 10 END, CASE WHEN e.course > 1 THEN e.course ELSE 0 END,
       e.uid, e.course, e.rel, 0,
       CASE WHEN e.oth IS NULL THEN CASE WHEN i <= 150 THEN 'N;' ELSE 'null' END
            WHEN i <= 150 THEN 'a:' || (SELECT count(*) FROM jsonb_object_keys(e.oth)) || ':{' || (SELECT string_agg(fixture_gen.php_s(k) || CASE jsonb_typeof(v) WHEN 'number' THEN 'i:' || v::text || ';' WHEN 'boolean' THEN 'b:' || (v::text = 'true')::int || ';' ELSE fixture_gen.php_s(v #>> '{}') END, '' ORDER BY k) FROM jsonb_each(e.oth) x(k, v)) || '}'
            ELSE (SELECT '{' || string_agg(to_json(k)::text || ':' || v::text, ',' ORDER BY k) || '}' FROM jsonb_each(e.oth) x(k, v)) END,
       1704067200 + i * 21011, CASE WHEN e.ev LIKE '%token%' OR i % 13 = 0 THEN 'ws' WHEN i % 41 = 0 THEN 'cli' ELSE 'web' END,
       CASE WHEN i % 41 = 0 THEN '' WHEN i % 7 = 0 THEN fixture_gen.ipv6('lip', i) ELSE fixture_gen.ipv4('lip', i) END,
       CASE WHEN i % 37 = 0 THEN 2 END
FROM generate_series(1, 600) i
JOIN mdl_user m ON m.id = 3 + fixture_gen.n('lu', i, 318),
LATERAL (SELECT * FROM (VALUES
    (0, '\core\event\user_loggedin', 'core', 'loggedin', 'user', 'user', m.id, 'r', 0, m.id, 0, NULL::bigint, jsonb_build_object('username', m.username)),
    (1, '\core\event\user_login_failed', 'core', 'failed', 'user_login', NULL, NULL, 'r', 0, CASE WHEN i % 2 = 0 THEN 0 ELSE m.id END, 0, NULL,
        jsonb_build_object('username', CASE WHEN i % 2 = 0 THEN lower(fixture_gen.first_name('lf', i)) || '.' || lower(fixture_gen.ascii(fixture_gen.last_name('lf', i))) ELSE m.username END, 'reason', CASE WHEN i % 2 = 0 THEN 1 ELSE 3 END)),
    (2, '\core\event\course_viewed', 'core', 'viewed', 'course', NULL, NULL, 'r', 2, m.id, 2 + i % 30, NULL, NULL),
    (3, '\mod_forum\event\discussion_viewed', 'mod_forum', 'viewed', 'discussion', 'forum_discussions', 1 + i % 60, 'r', 2, m.id, 2 + i % 30, NULL, NULL),
    (4, '\mod_assign\event\submission_status_viewed', 'mod_assign', 'viewed', 'submission_status', 'assign', 1 + i % 40, 'r', 2, m.id, 2 + i % 30, NULL, NULL),
    (5, '\core\event\user_updated', 'core', 'updated', 'user', 'user', 3 + i % 318, 'u', 0, 2, 0, 3 + i % 318, NULL),
    (6, '\core\event\user_password_updated', 'core', 'updated', 'user_password', NULL, NULL, 'u', 0, m.id, 0, m.id, jsonb_build_object('forgottenreset', i % 2 = 0)),
    (7, '\core\event\message_sent', 'core', 'sent', 'message', 'messages', 1 + i % 300, 'c', 0, m.id, 1, 3 + (i * 7) % 318, jsonb_build_object('courseid', 1, 'conversationid', 1 + i % 80)),
    (8, '\core\event\user_enrolment_created', 'core', 'created', 'user_enrolment', 'user_enrolments', i, 'c', 0, 2, 2 + i % 30, m.id, jsonb_build_object('enrol', 'self')),
    (9, '\core\event\email_failed', 'core', 'failed', 'email', NULL, NULL, 'c', 0, 0, 0, m.id, jsonb_build_object('subject', 'KU: New forum post', 'message', 'Dear ' || m.firstname || ', a new post was added to the discussion ...', 'errorinfo', 'SMTP Error: data not accepted.')),
    (10, '\core\event\webservice_token_created', 'core', 'created', 'webservice_token', 'external_tokens', 7 + i % 100, 'c', 0, m.id, 0, m.id, jsonb_build_object('auto', true)),
    (11, '\core\event\user_loggedinas', 'core', 'loggedinas', 'user', 'user', m.id, 'r', 0, 2, 0, m.id, jsonb_build_object('originalusername', 'Admin User', 'loggedinasusername', m.firstname || ' ' || m.lastname)),
    (12, '\core\event\course_viewed', 'core', 'viewed', 'course', NULL, NULL, 'r', 2, m.id, 2 + i % 30, NULL, NULL),
    (13, '\mod_quiz\event\attempt_submitted', 'mod_quiz', 'submitted', 'attempt', 'quiz_attempts', i, 'u', 2, m.id, 2 + i % 30, m.id, jsonb_build_object('submitterid', m.id, 'quizid', 1 + i % 25))
) v(k, ev, comp, act, tgt, otab, oid, crud, edu, uid, course, rel, oth) WHERE v.k = fixture_gen.n('lev', i, 14)) e;

CREATE TABLE mdl_course (
    id bigserial PRIMARY KEY, category bigint NOT NULL DEFAULT 0, sortorder bigint NOT NULL DEFAULT 0, fullname varchar(1333) NOT NULL DEFAULT '',
    shortname varchar(255) NOT NULL DEFAULT '', idnumber varchar(100) NOT NULL DEFAULT '', summary text, format varchar(21) NOT NULL DEFAULT 'topics',
    startdate bigint NOT NULL DEFAULT 0, enddate bigint NOT NULL DEFAULT 0, visible smallint NOT NULL DEFAULT 1,
    timecreated bigint NOT NULL DEFAULT 0, timemodified bigint NOT NULL DEFAULT 0
);
INSERT INTO mdl_course (category, sortorder, fullname, shortname, idnumber, summary, format, startdate, enddate, visible, timecreated, timemodified)
VALUES (0, 1, 'Kestrel University Online', 'KU Online', '', '<p>Welcome to the Kestrel University learning platform.</p>', 'site', 0, 0, 1, 1651500000, 1700000000);
INSERT INTO mdl_course (category, sortorder, fullname, shortname, idnumber, summary, format, startdate, enddate, visible, timecreated, timemodified)
SELECT 1 + i % 6, 10000 + i, c.t || CASE WHEN i > 15 THEN ' (2024/25)' ELSE ' (2023/24)' END, c.code || '-' || CASE WHEN i > 15 THEN '2425' ELSE '2324' END,
       c.code || CASE WHEN i > 15 THEN '/24' ELSE '/23' END, '<p>' || c.s || '</p>', CASE WHEN i % 4 = 0 THEN 'weeks' ELSE 'topics' END,
       CASE WHEN i > 15 THEN 1727049600 ELSE 1695600000 END, CASE WHEN i > 15 THEN 1750032000 ELSE 1718496000 END, CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END,
       1690000000 + i * 86400, 1700000000 + i * 86400
FROM generate_series(1, 30) i,
LATERAL (SELECT * FROM (VALUES
    (0, 'Foundations of Nursing Practice', 'NUR101', 'Core nursing skills, patient safety and professional values.'),
    (1, 'Structural Analysis I', 'ENG204', 'Statically determinate structures, trusses and beams.'),
    (2, 'Supply Chain Management', 'BUS310', 'Procurement, logistics and inventory strategy with case studies.'),
    (3, 'Introduction to Programming (Python)', 'CS110', 'Variables, control flow, functions and testing.'),
    (4, 'Academic Writing in English', 'LAN050', 'Paragraphs, referencing and avoiding plagiarism.'),
    (5, 'Pharmacology for Nurses', 'NUR205', 'Drug classes, dosage calculation and medicines management.'),
    (6, 'Databases', 'CS220', 'Relational modelling, SQL and transactions.'),
    (7, 'Organisational Behaviour', 'BUS120', 'Motivation, teams, leadership and change.'),
    (8, 'Thermodynamics', 'ENG150', 'Energy, entropy and cycles.'),
    (9, 'Japanese for Beginners', 'LAN110', 'Hiragana, katakana and everyday conversation.')) v(k, t, code, s) WHERE v.k = i % 10) c;

CREATE TABLE mdl_forum_discussions (
    id bigserial PRIMARY KEY, course bigint NOT NULL DEFAULT 0, forum bigint NOT NULL DEFAULT 0, name varchar(255) NOT NULL DEFAULT '',
    firstpost bigint NOT NULL DEFAULT 0, userid bigint NOT NULL DEFAULT 0, groupid bigint NOT NULL DEFAULT -1, assessed smallint NOT NULL DEFAULT 1,
    timemodified bigint NOT NULL DEFAULT 0, usermodified bigint NOT NULL DEFAULT 0, timestart bigint NOT NULL DEFAULT 0,
    timeend bigint NOT NULL DEFAULT 0, pinned smallint NOT NULL DEFAULT 0, timelocked bigint NOT NULL DEFAULT 0
);
CREATE TABLE mdl_forum_posts (
    id bigserial PRIMARY KEY, discussion bigint NOT NULL DEFAULT 0, parent bigint NOT NULL DEFAULT 0, userid bigint NOT NULL DEFAULT 0,
    created bigint NOT NULL DEFAULT 0, modified bigint NOT NULL DEFAULT 0, mailed smallint NOT NULL DEFAULT 0,
    subject varchar(255) NOT NULL DEFAULT '', message text NOT NULL, messageformat smallint NOT NULL DEFAULT 0,
    attachment varchar(100) NOT NULL DEFAULT '', totalscore smallint NOT NULL DEFAULT 0, deleted smallint NOT NULL DEFAULT 0,
    privatereplyto bigint NOT NULL DEFAULT 0, wordcount bigint, charcount bigint
);
INSERT INTO mdl_forum_posts (id, discussion, parent, userid, created, modified, mailed, subject, message, messageformat, attachment, totalscore, deleted, privatereplyto)
SELECT i, 1 + (i - 1) / 4, CASE WHEN (i - 1) % 4 = 0 THEN 0 ELSE i - 1 - (i - 1) % 4 + 1 END, m.id, 1695600000 + i * 17000, 1695600000 + i * 17000 + (i % 3) * 300, 1,
       CASE WHEN (i - 1) % 4 = 0 THEN s.subj ELSE 'Re: ' || s.subj END,
       '<p>' || CASE (i * 7) % 9
           WHEN 0 THEN 'Does anyone have the slides from week ' || (1 + i % 10) || '? The link on the course page is broken.'
           WHEN 1 THEN 'I won''t make the seminar on Thursday, I have a hospital appointment for my knee. Could someone share notes?'
           WHEN 2 THEN 'Hi all, I''m ' || m.firstname || ', studying part-time while working nights at ' || fixture_gen.pick(ARRAY['a care home', 'the airport', 'a warehouse'], 'fpw', i) || '. Happy to join a study group.'
           WHEN 3 THEN 'For question 3 I used the moment distribution method and got 42.5 kNm at support B. Does that match yours?'
           WHEN 4 THEN 'Our group meets in the library, room 2.14, every Tuesday at 5pm. WhatsApp me on ' || fixture_gen.phone('fpp', i) || ' if you want to join.'
           WHEN 5 THEN 'The deadline was moved to Friday 23:59, see the announcement.'
           WHEN 6 THEN 'Thanks ' || fixture_gen.first_name('fpt', i) || ', that really helped!'
           WHEN 7 THEN 'Please remember to reference your sources in Harvard style.'
           ELSE 'My email is ' || m.email || ' if anyone wants to swap drafts for peer review.' END || '</p>',
       1, CASE WHEN i % 15 = 0 THEN '1' ELSE '' END, 0, CASE WHEN i % 97 = 0 THEN 1 ELSE 0 END, CASE WHEN i % 23 = 0 THEN 3 + i % 318 ELSE 0 END
FROM generate_series(1, 240) i JOIN mdl_user m ON m.id = 3 + fixture_gen.n('fpu', i, 318),
LATERAL (SELECT fixture_gen.pick(ARRAY['Week 3 slides', 'Study group', 'Question 3 – bending moment', 'Seminar notes', 'Deadline for assignment 1', 'Introduce yourself!',
    'Extension request', 'Referencing help', 'Lab report structure', 'Exam revision'], 'fsubj', 1 + (i - 1) / 4) AS subj) s;
UPDATE mdl_forum_posts SET wordcount = array_length(regexp_split_to_array(regexp_replace(message, '<[^>]+>', '', 'g'), '\s+'), 1), charcount = length(regexp_replace(message, '<[^>]+>', '', 'g'));
INSERT INTO mdl_forum_discussions (id, course, forum, name, firstpost, userid, groupid, assessed, timemodified, usermodified, timestart, timeend, pinned, timelocked)
SELECT p.discussion, 2 + p.discussion % 30, 1 + p.discussion % 30, p.subject, p.id, p.userid, -1, 0, p.modified + 40000, p.userid, 0, 0, CASE WHEN p.discussion % 20 = 0 THEN 1 ELSE 0 END, 0
FROM mdl_forum_posts p WHERE p.parent = 0;

CREATE TABLE mdl_messages (
    id bigserial PRIMARY KEY, useridfrom bigint NOT NULL, conversationid bigint NOT NULL, subject text, fullmessage text,
    fullmessageformat smallint NOT NULL DEFAULT 0, fullmessagehtml text, smallmessage text, timecreated bigint NOT NULL,
    fullmessagetrust smallint NOT NULL DEFAULT 0, customdata text
);
INSERT INTO mdl_messages (useridfrom, conversationid, subject, fullmessage, fullmessageformat, fullmessagehtml, smallmessage, timecreated, fullmessagetrust, customdata)
SELECT m.id, 1 + i % 80, 'New message from ' || m.firstname || ' ' || m.lastname, t.txt, 2, '<p>' || t.txt || '</p>', t.txt, 1700000000 + i * 13000, 0,
       '{"notificationiconurl":"https:\/\/learn.kestrel-uni.eu\/' || CASE WHEN m.picture > 0 THEN 'pluginfile.php\/' || (400 + m.id) || '\/user\/icon\/boost\/f2?rev=' || m.picture ELSE 'theme\/image.php\/boost\/core\/1714521623\/u\/f2' END
           || '","actionbuttons":{"send":"Send"},"placeholders":{"send":"Write a message..."}}'
FROM generate_series(1, 300) i JOIN mdl_user m ON m.id = 3 + fixture_gen.n('msu', i, 318),
LATERAL (SELECT CASE i % 7
    WHEN 0 THEN 'Hi, are you going to the lab tomorrow?'
    WHEN 1 THEN 'Sorry I missed the group call, my daughter was ill. Can we meet Monday?'
    WHEN 2 THEN 'Here is my number: ' || fixture_gen.phone('msp', i) || ', text me when you are outside.'
    WHEN 3 THEN 'I uploaded our part of the report to the shared folder.'
    WHEN 4 THEN 'Dear ' || fixture_gen.first_name('msto', i) || ', I have approved your extension until ' || (1 + i % 28) || ' May because of your medical certificate.'
    WHEN 5 THEN 'Thanks!'
    ELSE 'Can you send me the link to the quiz again?' END AS txt) t;

CREATE TABLE mdl_grade_grades (
    id bigserial PRIMARY KEY, itemid bigint NOT NULL, userid bigint NOT NULL, rawgrade numeric(10, 5),
    rawgrademax numeric(10, 5) NOT NULL DEFAULT 100, rawgrademin numeric(10, 5) NOT NULL DEFAULT 0, usermodified bigint, finalgrade numeric(10, 5),
    hidden bigint NOT NULL DEFAULT 0, overridden bigint NOT NULL DEFAULT 0, feedback text, feedbackformat bigint NOT NULL DEFAULT 0, information text,
    timecreated bigint, timemodified bigint
);
INSERT INTO mdl_grade_grades (itemid, userid, rawgrade, rawgrademax, rawgrademin, usermodified, finalgrade, hidden, overridden, feedback, feedbackformat, information, timecreated, timemodified)
SELECT 1 + i % 45, 3 + fixture_gen.n('ggu', i, 318), g.raw, 100, 0, 3 + fixture_gen.n('ggt', i % 12, 318), CASE WHEN i % 17 = 0 THEN least(g.raw + 5, 100) ELSE g.raw END,
       0, CASE WHEN i % 17 = 0 THEN 1700000000 + i ELSE 0 END,
       CASE i % 6 WHEN 0 THEN NULL WHEN 1 THEN '<p>Good structure; your conclusion needs more evidence.</p>'
           WHEN 2 THEN '<p>' || fixture_gen.first_name('ggu2', i) || ', this is a big improvement on your first draft. Well done.</p>'
           WHEN 3 THEN '<p>Late penalty applied. As discussed with your personal tutor, your mitigating circumstances (bereavement) were accepted for the resit.</p>'
           WHEN 4 THEN '<p>Please see me in office hours (Tue 2-4pm, room E214).</p>' ELSE '<p>Excellent.</p>' END,
       1, CASE WHEN i % 29 = 0 THEN 'Grade imported from Turnitin' END, 1700000000 + i * 3000, 1700000000 + i * 3000 + 86400
FROM generate_series(1, 400) i, LATERAL (SELECT round((35 + fixture_gen.n('ggr', i, 6500) / 100.0)::numeric, 5) AS raw) g;

CREATE TABLE mdl_assign_submission (
    id bigserial PRIMARY KEY, assignment bigint NOT NULL DEFAULT 0, userid bigint NOT NULL DEFAULT 0, timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0, timestarted bigint, status varchar(10), groupid bigint NOT NULL DEFAULT 0,
    attemptnumber bigint NOT NULL DEFAULT 0, latest smallint NOT NULL DEFAULT 0
);
INSERT INTO mdl_assign_submission (assignment, userid, timecreated, timemodified, timestarted, status, groupid, attemptnumber, latest)
SELECT 1 + i % 40, 3 + fixture_gen.n('asu', i, 318), 1700000000 + i * 5000, 1700000000 + i * 5000 + fixture_gen.n('asm', i, 400000), NULL,
       fixture_gen.pick(ARRAY['submitted', 'submitted', 'draft', 'new', 'reopened'], 'ass', i), 0, i % 7 / 6, 1
FROM generate_series(1, 300) i;

CREATE TABLE mdl_assignsubmission_onlinetext (
    id bigserial PRIMARY KEY,
    assignment bigint NOT NULL DEFAULT 0,
    submission bigint NOT NULL DEFAULT 0,
    onlinetext text,
    onlineformat smallint NOT NULL DEFAULT 0
);
INSERT INTO mdl_assignsubmission_onlinetext (assignment, submission, onlinetext, onlineformat)
SELECT s.assignment, s.id, '<p>' || CASE s.id % 5
    WHEN 0 THEN 'Reflective account: during my placement on ward 7 I cared for a patient with sepsis. I felt unprepared when ...'
    WHEN 1 THEN 'A beam of span 6 m carries a uniformly distributed load of 12 kN/m. The maximum bending moment is wL²/8 = 54 kNm.'
    WHEN 2 THEN 'My name is ' || m.firstname || ' ' || m.lastname || ' and I grew up in ' || m.city || '. In this essay I describe how my family''s shop ...'
    WHEN 3 THEN 'def mean(xs):<br>    return sum(xs) / len(xs)'
    ELSE 'Supply chain resilience depends on supplier diversification, inventory buffers and visibility.' END || '</p>', 1
FROM mdl_assign_submission s JOIN mdl_user m ON m.id = s.userid WHERE s.status IN ('submitted', 'draft') AND s.id % 2 = 0;

-- Open Badges backpacks: the email at the backpack, its user id there and,
-- for OBv2.0 backpacks, the password Moodle keeps to push badges.
CREATE TABLE mdl_badge_backpack (
    id bigserial PRIMARY KEY, userid bigint NOT NULL DEFAULT 0, email varchar(100) NOT NULL DEFAULT '', backpackuid bigint NOT NULL,
    autosync smallint NOT NULL DEFAULT 0, password varchar(50), externalbackpackid bigint
);
INSERT INTO mdl_badge_backpack (userid, email, backpackuid, autosync, password, externalbackpackid)
SELECT m.id, CASE WHEN i % 3 = 0 THEN fixture_gen.email('bbp', i) ELSE m.email END, 100000 + fixture_gen.n('bbu', i, 900000), 0,
       CASE WHEN i % 4 <> 0 THEN fixture_gen.chars('bbpw', i, 12) || (i % 10) END, 1 + i % 2
FROM generate_series(1, 40) i JOIN mdl_user m ON m.id = 3 + fixture_gen.n('bbm', i, 318);

CREATE TABLE mdl_oauth2_issuer (
    id bigserial PRIMARY KEY, timecreated bigint NOT NULL, timemodified bigint NOT NULL, usermodified bigint NOT NULL, name varchar(255) NOT NULL,
    image text NOT NULL, baseurl text NOT NULL, clientid text NOT NULL, clientsecret text NOT NULL, loginscopes text NOT NULL,
    loginscopesoffline text NOT NULL, alloweddomains text NOT NULL, enabled smallint NOT NULL DEFAULT 1, showonloginpage smallint NOT NULL DEFAULT 1,
    servicetype varchar(255)
);
INSERT INTO mdl_oauth2_issuer (timecreated, timemodified, usermodified, name, image, baseurl, clientid, clientsecret, loginscopes, loginscopesoffline, alloweddomains, enabled, showonloginpage, servicetype) VALUES
    (1651600000, 1700000000, 2, 'Microsoft', 'https://www.microsoft.com/favicon.ico', 'https://login.microsoftonline.com/common', md5('msclient')::uuid::text,
        fixture_gen.chars('mss', 1, 3) || '8Q~' || fixture_gen.chars('mss2', 1, 34), 'openid profile email user.read', 'openid profile email user.read offline_access', 'kestrel-uni.eu', 1, 1, 'microsoft'),
    (1651600000, 1690000000, 2, 'Google', 'https://accounts.google.com/favicon.ico', '', fixture_gen.digits('gcl', 1, 12) || '-' || fixture_gen.chars('gcl', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com',
        'GOCSPX-' || fixture_gen.chars('gcs', 1, 28), 'openid profile email', 'openid profile email', '', 0, 0, 'google'),
    (1680000000, 1680000000, 2, 'Open Badges', 'https://badgr.com/favicon.ico', 'https://api.badgr.io', fixture_gen.chars('bdg', 1, 24), fixture_gen.chars('bdgs', 1, 40), 'rw:profile rw:backpack', 'rw:profile rw:backpack', '', 1, 2, 'imsobv2p1'),
    (1690000000, 1690000000, 2, 'Kestrel SSO (Keycloak)', '', 'https://sso.kestrel-uni.eu/realms/students', 'moodle', fixture_gen.chars('kcs', 1, 32), 'openid profile email', 'openid profile email offline_access', 'kestrel-uni.eu', 0, 1, NULL);

CREATE TABLE mdl_enrol (
    id bigserial PRIMARY KEY, enrol varchar(20) NOT NULL DEFAULT '', status bigint NOT NULL DEFAULT 0, courseid bigint NOT NULL,
    sortorder bigint NOT NULL DEFAULT 0, name varchar(255), enrolperiod bigint DEFAULT 0, password varchar(50), cost varchar(20), currency varchar(3),
    roleid bigint DEFAULT 0, customint1 bigint, customtext1 text, timecreated bigint NOT NULL DEFAULT 0, timemodified bigint NOT NULL DEFAULT 0
);
INSERT INTO mdl_enrol (enrol, status, courseid, sortorder, name, enrolperiod, password, cost, currency, roleid, customint1, customtext1, timecreated, timemodified)
SELECT e.enrol, CASE WHEN e.enrol = 'guest' THEN 1 ELSE 0 END, c, e.k, CASE WHEN e.enrol = 'self' AND c % 4 = 0 THEN 'Self enrolment (visiting students)' END, 0,
       CASE WHEN e.enrol = 'self' AND c % 3 <> 0 THEN fixture_gen.pick(ARRAY['Kestrel', 'Python', 'nursing'], 'ekp', c) || fixture_gen.digits('ek', c, 3) || fixture_gen.pick(ARRAY['!', '#', ''], 'eks', c) WHEN e.enrol IN ('self', 'guest') THEN '' END,
       NULL, NULL, 5, CASE WHEN e.enrol = 'cohort' THEN 1 + c % 12 WHEN e.enrol = 'self' THEN 0 END,
       CASE WHEN e.enrol = 'self' AND c % 2 = 0 THEN 'Welcome to {$a->coursename}! Please introduce yourself in the forum.' || CASE WHEN c % 4 = 0 THEN ' Questions: ' || fixture_gen.full_name('ekt', c) || ', ' || fixture_gen.ascii(fixture_gen.first_name('ekt', c)) || '.' || fixture_gen.ascii(fixture_gen.last_name('ekt', c)) || '@kestrel-uni.eu' ELSE '' END END,
       1690000000 + c * 86400, 1700000000 + c * 86400
FROM generate_series(2, 31) c, (VALUES (0, 'manual'), (1, 'guest'), (2, 'self'), (3, 'cohort')) e(k, enrol);

CREATE TABLE mdl_user_enrolments (
    id bigserial PRIMARY KEY, status bigint NOT NULL DEFAULT 0, enrolid bigint NOT NULL, userid bigint NOT NULL, timestart bigint NOT NULL DEFAULT 0,
    timeend bigint NOT NULL DEFAULT 2147483647, modifierid bigint NOT NULL DEFAULT 0, timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0, UNIQUE (enrolid, userid)
);
INSERT INTO mdl_user_enrolments (status, enrolid, userid, timestart, timeend, modifierid, timecreated, timemodified)
SELECT DISTINCT ON (e, u) CASE WHEN i % 19 = 0 THEN 1 ELSE 0 END, e, u, 1695600000, 0, 2, 1695000000 + i * 1000, 1695000000 + i * 1000
FROM generate_series(1, 600) i, LATERAL (SELECT 1 + 4 * fixture_gen.n('uee', i, 30) + fixture_gen.pick(ARRAY['0', '2', '3'], 'uek', i)::int AS e, 3 + fixture_gen.n('ueu', i, 318) AS u) x;

CREATE TABLE mdl_role_assignments (
    id bigserial PRIMARY KEY, roleid bigint NOT NULL DEFAULT 0, contextid bigint NOT NULL DEFAULT 0, userid bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0, modifierid bigint NOT NULL DEFAULT 0, component varchar(100) NOT NULL DEFAULT '',
    itemid bigint NOT NULL DEFAULT 0, sortorder bigint NOT NULL DEFAULT 0
);
INSERT INTO mdl_role_assignments (roleid, contextid, userid, timemodified, modifierid, component, itemid, sortorder)
SELECT CASE WHEN ue.userid % 5 = 0 THEN 3 ELSE 5 END, 100 + (ue.enrolid - 1) / 4 + 2, ue.userid, ue.timecreated, 2, CASE WHEN (ue.enrolid - 1) % 4 = 3 THEN 'enrol_cohort' ELSE '' END,
       CASE WHEN (ue.enrolid - 1) % 4 = 3 THEN ue.enrolid ELSE 0 END, 0
FROM mdl_user_enrolments ue;

CREATE TABLE mdl_cohort (
    id bigserial PRIMARY KEY, contextid bigint NOT NULL, name varchar(254) NOT NULL DEFAULT '', idnumber varchar(100), description text,
    descriptionformat smallint NOT NULL, visible smallint NOT NULL DEFAULT 1, component varchar(100) NOT NULL DEFAULT '', timecreated bigint NOT NULL,
    timemodified bigint NOT NULL, theme varchar(50) DEFAULT ''
);
INSERT INTO mdl_cohort (contextid, name, idnumber, description, descriptionformat, visible, component, timecreated, timemodified, theme)
SELECT 1, p || ' ' || y || ' intake', upper(left(p, 3)) || '-' || y, CASE WHEN k % 3 = 0 THEN '<p>Synced nightly from SITS.</p>' ELSE '' END, 1, 1,
       CASE WHEN k % 3 = 0 THEN 'local_sitsync' ELSE '' END, 1690000000 + k * 1000, 1700000000 + k * 1000, ''
FROM unnest(ARRAY['Nursing', 'Engineering', 'Business', 'Computing']) WITH ORDINALITY a(p, pk), generate_series(2022, 2024) y, LATERAL (SELECT pk * 10 + y - 2021 AS k) kk;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
