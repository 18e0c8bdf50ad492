-- classify-eval fixture (HOLDOUT 44: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- Kanboard 1.2 database of Halden Property Services, a Leeds letting and
-- block-management agency that runs its maintenance, lettings, compliance,
-- office, HR and IT work on Kanboard, with outside contractors (plumbers,
-- electricians, gas engineers, cleaners) holding accounts of their own. The
-- schema is Kanboard's own PostgreSQL schema as its migrations leave it
-- (plural snake_case tables, x_has_y join tables, serial integer ids, dates
-- as UNIX timestamps in integer and bigint columns, a few as 'YYYY-MM-DD'
-- strings), plus the tables and columns of the plugins the agency installed,
-- as each plugin's Postgres schema creates them: Budget (budget_lines,
-- hourly_rates), Timetable (timetable_day/week/off/extra), Wiki (wikipage,
-- wikipage_editions, wikipage_has_files), MetaMagik (metadata_types,
-- metadata_has_type; its values live in task_has_metadata), Group_assign
-- (multiselect tables, tasks.owner_gp and owner_ms), AddressBook (an EAV
-- contact book), Chat, DatabaseStorage (object_storage: the uploaded files'
-- bytes), Customizer, Bigboard, Timetrackingeditor (a comment on time
-- entries) and Subtaskdate (subtasks.due_date).
-- The data: staff, contractors and shared desk accounts in users (bcrypt
-- hashes, TOTP secrets, 60-hex feed and API tokens, Google, GitHub and
-- GitLab ids, uploaded avatars), remember-me tokens and last logins with IPs
-- and user agents, password resets, serialized PHP sessions, invitations of
-- contractors; tenants' repair requests as tasks whose titles, descriptions,
-- subtasks, comments and custom fields name tenants, flats, phones and
-- access arrangements; onboarding tasks quoting new hires' birth dates,
-- NI numbers and bank details; project activity and unread notification
-- payloads (JSON with the task, its assignee's name, username and email,
-- and the comment); project mailboxes; files named after tenants and staff
-- and their bytes; external links to LinkedIn profiles, Drive documents and
-- map searches of home addresses; custom filters on assignees' names; user
-- and project metadata holding chat webhook URLs and bot tokens; settings
-- with the API and webhook tokens and the OAuth and Mailgun secrets beside
-- UI options; leave comments with medical reasons; hourly rates; the wiki's
-- on-call rota; the address book of landlords, tenants and suppliers; team
-- chat. Many columns only look personal: column titles, swimlanes named
-- after buildings, category and tag names, colour ids, link labels, action
-- parameters, group DNs, ticket references, storage paths, role names.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA kgen;
SET client_min_messages = warning;

-- tok: Kanboard's Token::getToken(), 60 hex characters.
CREATE FUNCTION kgen.tok(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, 60) $$;

-- bcrypt: PHP password_hash() with the default cost.
CREATE FUNCTION kgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- b32: base32 characters (TOTP secrets).
CREATE FUNCTION kgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- at: an epoch second between lo and hi.
CREATE FUNCTION kgen.at(tag text, i bigint, lo bigint, hi bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT lo + fixture_gen.n(tag, i, greatest(1, (hi - lo))::int) $$;

-- ukphone: UK mobile and Leeds landline numbers as people type them.
CREATE FUNCTION kgen.ukphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4)
    WHEN 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 1 THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 2 THEN '0113 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
    ELSE '07' || fixture_gen.digits(tag, i, 9) END
$$;

-- ua: browsers and apps that sign in.
CREATE FUNCTION kgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0'], tag, i)
$$;

-- People with accounts. 1: the IT administrator; 2-44: staff; 45-58:
-- contractors (some log in with their email as username); 59-61: shared
-- desk accounts; 62-64: staff who left.
CREATE TABLE kgen.p (i int PRIMARY KEY, kind text, first text, last text, name text, username text, email text, phone text, dept text);
INSERT INTO kgen.p (i, kind, first, last)
SELECT i, CASE WHEN i BETWEEN 45 AND 58 THEN 'contractor' WHEN i BETWEEN 59 AND 61 THEN 'desk' ELSE 'staff' END,
       fixture_gen.first_name('kpf', i * 7 + 3), fixture_gen.last_name('kpl', i * 11 + 5)
FROM generate_series(1, 64) i;
UPDATE kgen.p SET first = 'Reception', last = 'Desk' WHERE i = 59;
UPDATE kgen.p SET first = 'Lettings', last = 'Team' WHERE i = 60;
UPDATE kgen.p SET first = 'Out of hours', last = 'Line' WHERE i = 61;
UPDATE kgen.p SET name = first || ' ' || last,
  dept = CASE WHEN kind <> 'staff' THEN kind WHEN i = 1 OR i BETWEEN 40 AND 44 THEN 'it'
              ELSE (ARRAY['maintenance', 'lettings', 'compliance', 'office', 'accounts', 'hr'])[1 + i % 6] END,
  phone = kgen.ukphone('kpph', i);
UPDATE kgen.p SET name = 'Reception desk' WHERE i = 59;
UPDATE kgen.p SET name = 'Lettings team' WHERE i = 60;
UPDATE kgen.p SET name = 'Out-of-hours line' WHERE i = 61;
UPDATE kgen.p SET
  username = CASE WHEN kind = 'desk' THEN lower(split_part(name, ' ', 1)) || CASE WHEN i = 61 THEN '-ooh' ELSE '' END
                  WHEN kind = 'contractor' AND i % 2 = 0 THEN NULL
                  WHEN i % 3 = 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
                  ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) END,
  email = CASE WHEN kind = 'contractor' THEN
                 CASE WHEN i % 3 = 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || (i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com'], 'kpcd', i)
                      ELSE substr(fixture_gen.ascii(first), 1, 1) || '.' || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['leedsplumbfix.example', 'aire-electrical.example', 'northgas-services.example', 'sparkleclean-yorks.example', 'kirkstall-locks.example'], 'kpcd', i) END
               WHEN kind = 'desk' THEN split_part(lower(name), ' ', 1) || CASE WHEN i = 61 THEN '-ooh' ELSE '' END || '@haldenproperty.example'
               ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@haldenproperty.example' END;
UPDATE kgen.p SET username = email WHERE username IS NULL;
UPDATE kgen.p p SET username = p.username || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM kgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE kgen.p p SET email = replace(p.email, '@haldenproperty', d.rn || '@haldenproperty') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM kgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Buildings the agency manages (swimlanes are named after them).
CREATE TABLE kgen.b (k int PRIMARY KEY, bname text, street text, postcode text);
INSERT INTO kgen.b VALUES
  (1, 'Riverside Court', '40 Kirkstall Road, Leeds', 'LS3 1HR'), (2, 'Mill Lane Apartments', '12 Mill Lane, Leeds', 'LS6 2DL'),
  (3, 'Victoria Works', '88 Water Lane, Leeds', 'LS11 5WD'), (4, 'Headingley Terrace', '3-17 Cardigan Road, Leeds', 'LS6 3BJ'),
  (5, 'Chapel House', '21 Chapel Street, Bradford', 'BD1 5DL'), (6, 'The Maltings', '5 Granary Wharf, Leeds', 'LS1 4BR'),
  (7, 'Roundhay View', '160 Roundhay Road, Leeds', 'LS8 5PL'), (8, 'Kirkgate Lofts', '9 Kirkgate, Wakefield', 'WF1 1HX');

-- Tenants: names, flats, phones and emails as they reach the agency.
CREATE TABLE kgen.tn (i int PRIMARY KEY, first text, last text, name text, phone text, email text, bld int, flat text, addr text, dob date);
INSERT INTO kgen.tn (i, first, last, bld, flat)
SELECT i, fixture_gen.first_name('ktf', i), fixture_gen.last_name('ktl', i), 1 + fixture_gen.n('ktb', i, 8),
       CASE WHEN i % 5 = 0 THEN 'Apartment ' || (1 + fixture_gen.n('ktfl', i, 40))::text ELSE 'Flat ' || (1 + fixture_gen.n('ktfl', i, 40))::text END
FROM generate_series(1, 320) i;
UPDATE kgen.tn t SET name = t.first || ' ' || t.last, phone = kgen.ukphone('ktph', t.i),
  email = CASE WHEN t.i % 4 = 0 THEN fixture_gen.ascii(t.first) || '.' || fixture_gen.ascii(t.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.uk', 'proton.me', 'leeds.ac.uk'], 'kted', t.i) ELSE fixture_gen.ascii(t.first) || fixture_gen.ascii(t.last) || (t.i % 97)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.co.uk', 'outlook.com', 'icloud.com', 'btinternet.com'], 'kted', t.i) END,
  addr = t.flat || ', ' || b.bname || ', ' || b.street || ' ' || b.postcode,
  dob = fixture_gen.birth_date('ktdob', t.i)
FROM kgen.b b WHERE b.k = t.bld;

-- New hires of the office (onboarding tasks quote their details).
CREATE TABLE kgen.nh (i int PRIMARY KEY, name text, dob date, nino text, sort_code text, account text, addr text, phone text, start_date date);
INSERT INTO kgen.nh
SELECT i, fixture_gen.full_name('knh', i + 500), date '1965-01-01' + fixture_gen.n('knhd', i, 13500), fixture_gen.nino('knhn', i),
       fixture_gen.digits('knhs', i, 2) || '-' || fixture_gen.digits('knht', i, 2) || '-' || fixture_gen.digits('knhu', i, 2), fixture_gen.digits('knha', i, 8),
       (1 + fixture_gen.n('knhno', i, 180))::text || ' ' || fixture_gen.pick(ARRAY['Harehills Lane', 'Otley Road', 'Kings Road', 'Tong Road', 'Leeds Road', 'Spen Lane', 'Stanningley Road'], 'knhr', i) || ', ' || fixture_gen.pick(ARRAY['Leeds LS7 3PD', 'Leeds LS12 1AB', 'Bradford BD3 9HQ', 'Wakefield WF2 8QR', 'Horsforth LS18 4AA'], 'knhc', i),
       kgen.ukphone('knhp', i), date '2022-01-10' + fixture_gen.n('knhsd', i, 900)
FROM generate_series(1, 40) i;

-- ps: a PHP-serialized string.
CREATE FUNCTION kgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(v) || ':"' || v || '";' $$;

-- ============================================================== core tables

CREATE TABLE schema_version (version integer DEFAULT 0);
INSERT INTO schema_version VALUES (131);

CREATE TABLE plugin_schema_versions (
    plugin character varying(80) NOT NULL PRIMARY KEY,
    version integer DEFAULT 0 NOT NULL
);
INSERT INTO plugin_schema_versions VALUES ('Budget', 1), ('Timetable', 1), ('Wiki', 1), ('MetaMagik', 1), ('Group_assign', 2), ('AddressBook', 1),
  ('Chat', 1), ('DatabaseStorage', 1), ('Customizer', 1), ('Bigboard', 4), ('Timetrackingeditor', 2), ('Subtaskdate', 1);

CREATE TABLE users (
    id serial PRIMARY KEY,
    username character varying(50) NOT NULL,
    password character varying(255),
    is_ldap_user boolean DEFAULT false,
    name character varying(255),
    email character varying(255),
    google_id character varying(255),
    github_id character varying(30),
    notifications_enabled boolean DEFAULT false,
    timezone character varying(50),
    language character varying(11),
    disable_login_form boolean DEFAULT false,
    twofactor_activated boolean DEFAULT false,
    twofactor_secret character(16),
    token character varying(255) DEFAULT '',
    notifications_filter integer DEFAULT 4,
    nb_failed_login integer DEFAULT 0,
    lock_expiration_date bigint DEFAULT 0,
    gitlab_id integer,
    role character varying(25) DEFAULT 'app-user' NOT NULL,
    is_active boolean DEFAULT true,
    avatar_path character varying(255),
    api_access_token character varying(255) DEFAULT NULL,
    filter character varying(255) DEFAULT NULL,
    theme text DEFAULT 'light' NOT NULL
);
CREATE UNIQUE INDEX users_username_idx ON users (username);
INSERT INTO users (id, username, password, is_ldap_user, name, email, google_id, github_id, notifications_enabled, timezone, language, disable_login_form,
  twofactor_activated, twofactor_secret, token, notifications_filter, nb_failed_login, lock_expiration_date, gitlab_id, role, is_active, avatar_path,
  api_access_token, filter, theme)
SELECT p.i, p.username,
       CASE WHEN p.kind = 'staff' AND p.i % 4 = 0 AND p.i > 1 THEN NULL ELSE kgen.bcrypt('kupw', p.i) END,
       p.kind = 'staff' AND p.i % 4 = 0 AND p.i > 1,
       p.name, CASE WHEN p.i % 29 = 7 THEN '' ELSE p.email END,
       CASE WHEN p.kind = 'staff' AND p.i % 3 = 1 THEN '1' || fixture_gen.digits('kugid', p.i, 20) END,
       CASE WHEN p.dept = 'it' OR p.i IN (49, 55) THEN (1000000 + fixture_gen.n('kugh', p.i, 90000000))::text END,
       p.kind <> 'desk' AND p.i % 5 <> 2,
       CASE WHEN p.i % 6 = 0 THEN '' WHEN p.i % 17 = 3 THEN 'Europe/Warsaw' ELSE 'Europe/London' END,
       CASE WHEN p.i % 13 = 4 THEN 'pl_PL' WHEN p.i % 19 = 6 THEN 'pt_BR' WHEN p.i % 23 = 2 THEN 'fr_FR' WHEN p.i % 5 = 1 THEN '' ELSE 'en_GB' END,
       p.kind = 'staff' AND p.i % 4 = 0 AND p.i > 1,
       p.i % 5 = 3 OR p.dept = 'it',
       CASE WHEN p.i % 5 = 3 OR p.dept = 'it' THEN kgen.b32('kutotp', p.i, 16) END,
       CASE WHEN p.i % 3 = 0 OR p.kind = 'desk' THEN kgen.tok('kufeed', p.i) ELSE '' END,
       1 + fixture_gen.n('kunf', p.i, 4), CASE WHEN p.i % 9 = 2 THEN 1 + fixture_gen.n('kufl', p.i, 3) ELSE 0 END,
       CASE WHEN p.i IN (11, 47) THEN 1727600000 + fixture_gen.n('kulock', p.i, 900) ELSE 0 END,
       CASE WHEN p.dept = 'it' AND p.i % 2 = 0 THEN 200000 + fixture_gen.n('kugl', p.i, 9000000) END,
       CASE WHEN p.i IN (1, 40) THEN 'app-admin' WHEN p.i IN (2, 3, 4, 5, 6, 7) THEN 'app-manager' ELSE 'app-user' END,
       p.i < 62,
       CASE WHEN p.kind <> 'desk' AND p.i % 3 <> 2 THEN 'avatars/' || p.i || '/' || fixture_gen.hexn('kuav', p.i, 40) END,
       CASE WHEN p.i IN (1, 41, 43, 61) THEN kgen.tok('kuapi', p.i) END,
       CASE WHEN p.i % 4 = 1 THEN 'status:open assignee:me' WHEN p.i % 4 = 2 THEN 'status:open' WHEN p.i % 4 = 3 THEN 'status:open due:<=tomorrow' ELSE NULL END,
       (ARRAY['light', 'light', 'dark', 'auto'])[1 + fixture_gen.n('kuth', p.i, 4)]
FROM kgen.p p;

CREATE TABLE remember_me (
    id serial PRIMARY KEY,
    user_id integer,
    ip character varying(45),
    user_agent character varying(255),
    token character varying(255),
    sequence character varying(255),
    expiration integer,
    date_creation bigint
);
INSERT INTO remember_me (id, user_id, ip, user_agent, token, sequence, expiration, date_creation)
SELECT k, u, CASE WHEN k % 7 = 0 THEN fixture_gen.ipv6('krmip', u) ELSE fixture_gen.ipv4('krmip', u * 3 + k % 3) END, kgen.ua('krmua', u * 5 + k % 2),
       kgen.tok('krmt', k), kgen.tok('krms', k), (d + 2592000)::int, d
FROM (SELECT k, 1 + fixture_gen.n('krmu', k, 61) AS u, kgen.at('krmd', k, 1725000000, 1727650000) AS d FROM generate_series(1, 90) k) x;

CREATE TABLE last_logins (
    id serial PRIMARY KEY,
    auth_type character varying(25),
    user_id integer,
    ip character varying(45),
    user_agent character varying(255),
    date_creation bigint
);
INSERT INTO last_logins (id, auth_type, user_id, ip, user_agent, date_creation)
SELECT k, CASE WHEN u % 4 = 0 AND u <= 44 THEN 'LDAP' WHEN u % 3 = 1 AND u <= 44 AND k % 2 = 0 THEN 'Google' WHEN k % 5 = 0 THEN 'RememberMe' ELSE 'Database' END,
       u, CASE WHEN u <= 44 AND k % 3 <> 0 THEN '81.149.' || (20 + u % 5)::text || '.' || (10 + u)::text WHEN k % 9 = 0 THEN fixture_gen.ipv6('klip', k) ELSE fixture_gen.ipv4('klip', u * 7 + k % 4) END,
       kgen.ua('klua', u * 5 + k % 2), kgen.at('kld', k, 1719800000, 1727650000)
FROM (SELECT k, 1 + (k - 1) % 61 AS u FROM generate_series(1, 420) k) x;

CREATE TABLE password_reset (
    token character varying(80) NOT NULL PRIMARY KEY,
    user_id integer NOT NULL,
    date_expiration integer NOT NULL,
    date_creation integer NOT NULL,
    ip character varying(45) NOT NULL,
    user_agent character varying(255) NOT NULL,
    is_active boolean NOT NULL
);
INSERT INTO password_reset
SELECT kgen.tok('kprt', k), u, (d + 172800)::int, d::int, fixture_gen.ipv4('kprip', k), kgen.ua('kprua', k), k > 30
FROM (SELECT k, (ARRAY[3, 7, 9, 13, 15, 19, 21, 25, 27, 33, 37, 39, 45, 47, 49, 51, 53, 55, 57, 59, 60])[1 + fixture_gen.n('kpru', k, 21)] AS u,
             kgen.at('kprd', k, 1704067200, 1727650000) AS d FROM generate_series(1, 42) k) x;

CREATE TABLE sessions (
    id text NOT NULL PRIMARY KEY,
    expire_at integer NOT NULL,
    data text DEFAULT ''
);
INSERT INTO sessions
SELECT fixture_gen.chars('ksid', k, 26, 'abcdefghijklmnopqrstuv0123456789'), 1727654400 + fixture_gen.n('ksexp', k, 86400),
       'csrf|a:' || (1 + k % 3) || ':{' || (SELECT string_agg('s:32:"' || fixture_gen.hexn('kscsrf' || j, k, 32) || '";b:1;', '') FROM generate_series(1, 1 + k % 3) j) || '}'
       || CASE WHEN k % 8 = 0 THEN 'redirectAfterLogin|' || kgen.ps('/?controller=TaskViewController&action=show&task_id=' || (1 + k * 7 % 450)) || 'flash|a:0:{}'
          ELSE 'user|a:10:{s:2:"id";i:' || p.i || ';s:8:"username";' || kgen.ps(p.username) || 's:4:"name";' || kgen.ps(p.name) || 's:5:"email";' || kgen.ps(p.email)
            || 's:4:"role";' || kgen.ps(CASE WHEN p.i IN (1, 40) THEN 'app-admin' ELSE 'app-user' END) || 's:8:"timezone";' || kgen.ps('Europe/London') || 's:8:"language";' || kgen.ps('en_GB')
            || 's:12:"is_ldap_user";b:' || CASE WHEN p.i % 4 = 0 THEN '1' ELSE '0' END || ';s:19:"twofactor_activated";b:' || CASE WHEN p.i % 5 = 3 THEN '1' ELSE '0' END
            || ';s:11:"avatar_path";' || CASE WHEN p.i % 3 <> 2 THEN kgen.ps('avatars/' || p.i || '/' || fixture_gen.hexn('kuav', p.i, 40)) ELSE 'N;' END || '}'
            || 'postAuthenticationValidated|b:' || CASE WHEN p.i % 5 = 3 THEN '1' ELSE '0' END || ';hasRememberMe|b:' || (k % 2)::text || ';'
            || CASE WHEN k % 3 = 0 THEN 'hasSubtaskInProgress|b:0;filters:' || (1 + k % 10) || '|' || kgen.ps('status:open') ELSE '' END END
FROM generate_series(1, 64) k JOIN kgen.p p ON p.i = 1 + fixture_gen.n('ksu', k, 61);

CREATE TABLE groups (
    id serial PRIMARY KEY,
    external_id character varying(255) DEFAULT '',
    name character varying(100) NOT NULL UNIQUE
);
INSERT INTO groups (id, external_id, name) VALUES
  (1, 'CN=Maintenance,OU=Groups,OU=Halden,DC=halden,DC=local', 'Maintenance'),
  (2, 'CN=Lettings,OU=Groups,OU=Halden,DC=halden,DC=local', 'Lettings'),
  (3, 'CN=Compliance,OU=Groups,OU=Halden,DC=halden,DC=local', 'Compliance'),
  (4, 'CN=Office,OU=Groups,OU=Halden,DC=halden,DC=local', 'Office & admin'),
  (5, 'CN=Accounts,OU=Groups,OU=Halden,DC=halden,DC=local', 'Accounts'),
  (6, 'CN=HR,OU=Groups,OU=Halden,DC=halden,DC=local', 'HR'),
  (7, 'CN=IT-Admins,OU=Groups,OU=Halden,DC=halden,DC=local', 'IT'),
  (8, '', 'Contractors'),
  (9, '', 'Out of hours rota'),
  (10, 'CN=Managers,OU=Groups,OU=Halden,DC=halden,DC=local', 'Managers');

CREATE TABLE group_has_users (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    UNIQUE (group_id, user_id)
);
INSERT INTO group_has_users
SELECT DISTINCT CASE p.dept WHEN 'maintenance' THEN 1 WHEN 'lettings' THEN 2 WHEN 'compliance' THEN 3 WHEN 'office' THEN 4 WHEN 'accounts' THEN 5 WHEN 'hr' THEN 6 WHEN 'it' THEN 7 WHEN 'contractor' THEN 8 END, p.i
FROM kgen.p p WHERE p.dept <> 'desk'
UNION SELECT 9, i FROM kgen.p WHERE dept IN ('maintenance', 'it') AND i % 2 = 0
UNION SELECT 10, i FROM generate_series(1, 7) i;

CREATE TABLE settings (
    option character varying(100) NOT NULL PRIMARY KEY,
    value text DEFAULT '',
    changed_by integer DEFAULT 0 NOT NULL,
    changed_on integer DEFAULT 0 NOT NULL
);
INSERT INTO settings (option, value, changed_by, changed_on) VALUES
  ('board_highlight_period', '172800', 0, 0), ('board_public_refresh_interval', '60', 0, 0), ('board_private_refresh_interval', '10', 0, 0),
  ('board_columns', '', 0, 0), ('webhook_url', 'https://ops.haldenproperty.example/hooks/kanboard', 1, 1690288800),
  ('webhook_token', kgen.tok('kset-wh', 1), 1, 1690288800), ('api_token', kgen.tok('kset-api', 1), 1, 1690288811),
  ('application_language', 'en_GB', 1, 1651232000), ('application_timezone', 'Europe/London', 1, 1651232000),
  ('application_url', 'https://board.haldenproperty.example/', 1, 1651232000), ('application_date_format', 'd/m/Y', 1, 1651232000),
  ('application_time_format', 'H:i', 1, 1651232000), ('application_datetime_format', 'd/m/Y H:i', 1, 1651232000),
  ('project_categories', '', 0, 0), ('subtask_restriction', '0', 0, 0), ('application_stylesheet', '.task-board-title a { font-weight: 600; }', 40, 1670000000),
  ('application_currency', 'GBP', 1, 1651232000), ('integration_gravatar', '0', 1, 1651232000), ('calendar_user_subtasks_time_tracking', '0', 0, 0),
  ('calendar_user_tasks', 'date_started', 0, 0), ('calendar_project_tasks', 'date_started', 0, 0), ('subtask_time_tracking', '1', 1, 1651232000),
  ('cfd_include_closed_tasks', '1', 0, 0), ('default_color', 'yellow', 0, 0), ('password_reset', '1', 1, 1651232000),
  ('mail_transport', 'mailgun', 1, 1669900000), ('mail_sender_address', 'board@haldenproperty.example', 1, 1669900000),
  ('mailgun_api_key', 'key-' || fixture_gen.hexn('kset-mg', 1, 32), 1, 1669900000), ('mailgun_domain', 'mg.haldenproperty.example', 1, 1669900000),
  ('google_client_id', fixture_gen.digits('kset-gci', 1, 12) || '-' || fixture_gen.chars('kset-gcj', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com', 1, 1672700000),
  ('google_client_secret', 'GOCSPX-' || fixture_gen.chars('kset-gcs', 1, 28), 1, 1672700000),
  ('google_account_creation', '0', 1, 1672700000), ('google_email_domains', 'haldenproperty.example', 1, 1672700000),
  ('github_client_id', 'Iv1.' || fixture_gen.hexn('kset-ghi', 1, 16), 40, 1675100000), ('github_client_secret', fixture_gen.hexn('kset-ghs', 1, 40), 40, 1675100000),
  ('gitlab_client_id', fixture_gen.hexn('kset-gli', 1, 64), 40, 1675100000), ('gitlab_client_secret', 'gloas-' || fixture_gen.hexn('kset-gls', 1, 64), 40, 1675100000),
  ('gitlab_url', 'https://gitlab.com', 40, 1675100000), ('persistEditions', '1', 0, 0);

CREATE TABLE projects (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    is_active boolean DEFAULT true,
    token character varying(255),
    last_modified bigint DEFAULT 0,
    is_public boolean DEFAULT false,
    is_private boolean DEFAULT false,
    description text,
    identifier character varying(50) DEFAULT '',
    start_date character varying(10) DEFAULT '',
    end_date character varying(10) DEFAULT '',
    owner_id integer DEFAULT 0,
    priority_default integer DEFAULT 0,
    priority_start integer DEFAULT 0,
    priority_end integer DEFAULT 3,
    email character varying(255),
    predefined_email_subjects text,
    per_swimlane_task_limits boolean DEFAULT false NOT NULL,
    task_limit integer DEFAULT 0,
    enable_global_tags boolean DEFAULT true NOT NULL
);
-- kind drives the generators: repairs, lettings, compliance, office, hr, it, web, personal, ooh, contractor.
CREATE TABLE kgen.pr (id int PRIMARY KEY, kind text, dept text, owner int);
INSERT INTO kgen.pr VALUES (1, 'repairs', 'maintenance', 6), (2, 'repairs', 'maintenance', 12), (3, 'lettings', 'lettings', 7), (4, 'compliance', 'compliance', 2),
  (5, 'office', 'office', 3), (6, 'hr', 'hr', 5), (7, 'it', 'it', 1), (8, 'web', 'it', 41), (9, 'personal', 'lettings', 13), (10, 'ooh', 'maintenance', 6), (11, 'contractor', 'maintenance', 18);
INSERT INTO projects (id, name, is_active, token, last_modified, is_public, is_private, description, identifier, start_date, end_date, owner_id, priority_default,
  priority_start, priority_end, email, predefined_email_subjects, per_swimlane_task_limits, task_limit, enable_global_tags) VALUES
  (1, 'Repairs – Leeds blocks', true, '', 1727640000, false, false,
   E'Reactive repairs for the Leeds blocks. Tenants report through the portal or by email to the project mailbox; the out-of-hours line adds urgent jobs overnight.\n\nLandlord contact for Riverside Court: Mr Dmitri Petrov (owner), 07700 914 362, dmitri.petrov@petrov-holdings.example. Approve anything over £250 with him first.',
   'REPL', '2022-05-01', '', 6, 2, 0, 3, 'repairs+leeds@haldenproperty.example', E'Your repair request\nRepair booked\nContractor on the way\nRepair completed', true, 0, true),
  (2, 'Repairs – Bradford & Wakefield', true, '', 1727610000, false, false,
   E'Reactive repairs for Chapel House and Kirkgate Lofts. Bradford jobs go to Aire Electrical or Leeds Plumbfix unless the landlord says otherwise.',
   'REPBW', '2022-05-01', '', 12, 2, 0, 3, 'repairs+bradford@haldenproperty.example', E'Your repair request\nRepair booked\nRepair completed', false, 0, true),
  (3, 'Lettings & viewings', true, '', 1727600000, false, false,
   E'Viewings, referencing, move-ins and move-outs. Applicants'' documents go in the task files, never in comments.\n\nReferencing agency account manager: Ananya Reddy, 0113 496 0721.',
   'LET', '2022-05-01', '', 7, 1, 0, 3, 'lettings+board@haldenproperty.example', E'Viewing confirmed\nReferencing update\nYour move-in date', false, 40, true),
  (4, 'Compliance – gas, electrical, fire', true, '', 1727500000, false, false,
   'Annual gas safety checks (CP12), five-yearly EICRs, fire alarm and emergency lighting tests for every block. Due dates are the certificate expiry minus 30 days.',
   'COMP', '2022-06-01', '', 2, 1, 0, 3, 'compliance@haldenproperty.example', E'Gas safety check booked\nAccess needed for your safety check', false, 0, true),
  (5, 'Office & admin', true, '', 1727300000, false, false, 'Post, supplies, insurance renewals and the office move.', 'OFF', '', '', 3, 0, 0, 3, NULL, NULL, false, 0, true),
  (6, 'HR – onboarding & leavers', true, '', 1727200000, false, true,
   'Private to HR and managers. New starters, leavers, right-to-work checks, return-to-work meetings.', 'HR', '', '', 5, 0, 0, 3, 'hr-board@haldenproperty.example', NULL, false, 0, false),
  (7, 'IT helpdesk', true, '', 1727650000, false, false, 'Laptops, accounts, MFA resets, printers, the phone system. Email it-help@ to open a ticket.', 'IT', '2022-05-01', '', 1, 1, 0, 3, 'it-help@haldenproperty.example', E'Ticket received\nTicket resolved', false, 0, true),
  (8, 'Website relaunch 2024', true, kgen.tok('kprjt', 8), 1725000000, true, false,
   'Shared with the web agency (public board link). New lettings site, property search, tenant portal login page.', 'WEB', '2024-02-01', '2024-10-31', 41, 0, 0, 3, NULL, NULL, false, 0, true),
  (9, 'Leila''s to-do', true, '', 1727400000, false, true, '', '', '', '', 13, 0, 0, 3, NULL, NULL, false, 0, false),
  (10, 'Out-of-hours log', true, '', 1727654000, false, false, 'Calls to the out-of-hours line. Move to a repairs board in the morning.', 'OOH', '', '', 6, 3, 0, 3, 'ooh@haldenproperty.example', NULL, false, 0, true),
  (11, 'Aire Electrical – shared jobs', true, kgen.tok('kprjt', 11), 1727100000, true, false, 'Board shared with Aire Electrical Ltd so their electricians see what is booked.', 'AIRE', '2023-03-01', '', 18, 1, 0, 3, NULL, NULL, false, 0, true);

CREATE TABLE project_has_users (
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    role character varying(255) DEFAULT 'project-viewer' NOT NULL,
    UNIQUE (project_id, user_id)
);
INSERT INTO project_has_users
SELECT pr.id, p.i, CASE WHEN p.i = pr.owner THEN 'project-manager' WHEN p.kind = 'contractor' THEN CASE WHEN pr.id IN (1, 2) THEN 'Contractor' ELSE 'project-viewer' END
                        WHEN p.i % 7 = 0 THEN 'project-viewer' ELSE 'project-member' END
FROM kgen.pr pr JOIN kgen.p p ON p.dept = pr.dept OR p.i = pr.owner OR (pr.kind IN ('repairs', 'ooh') AND (p.kind IN ('contractor', 'desk')))
  OR (pr.kind = 'contractor' AND p.i IN (49, 55, 18, 24)) OR (pr.kind = 'compliance' AND p.i IN (50, 53, 56))
WHERE pr.kind <> 'personal' AND p.i < 62;
INSERT INTO project_has_users VALUES (9, 13, 'project-manager');

CREATE TABLE project_has_groups (
    group_id integer NOT NULL,
    project_id integer NOT NULL,
    role character varying(255) NOT NULL,
    UNIQUE (group_id, project_id)
);
INSERT INTO project_has_groups VALUES (1, 1, 'project-member'), (1, 2, 'project-member'), (8, 1, 'Contractor'), (8, 2, 'Contractor'), (2, 3, 'project-member'),
  (3, 4, 'project-member'), (4, 5, 'project-member'), (6, 6, 'project-manager'), (10, 6, 'project-viewer'), (7, 7, 'project-manager'), (7, 8, 'project-member'),
  (9, 10, 'project-member'), (10, 1, 'project-viewer'), (10, 3, 'project-viewer');

CREATE TABLE project_has_roles (
    role_id serial PRIMARY KEY,
    role character varying(255) NOT NULL,
    project_id integer NOT NULL,
    UNIQUE (project_id, role)
);
INSERT INTO project_has_roles (role_id, role, project_id) VALUES (1, 'Contractor', 1), (2, 'Contractor', 2), (3, 'Landlord (read only)', 1), (4, 'Referencing agent', 3),
  (5, 'Engineer', 4), (6, 'Web agency', 8), (7, 'Night cover', 10), (8, 'Electrician', 11);

CREATE TABLE project_role_has_restrictions (
    restriction_id serial PRIMARY KEY,
    project_id integer NOT NULL,
    role_id integer NOT NULL,
    rule character varying(255) NOT NULL,
    UNIQUE (role_id, rule)
);
INSERT INTO project_role_has_restrictions (project_id, role_id, rule) VALUES (1, 1, 'task_creation'), (1, 1, 'task_open_close'), (2, 2, 'task_creation'), (2, 2, 'task_open_close'),
  (1, 3, 'task_creation'), (1, 3, 'task_open_close'), (1, 3, 'task_move'), (4, 5, 'task_creation'), (8, 6, 'task_open_close'), (11, 8, 'task_creation'), (11, 8, 'task_remove');

CREATE TABLE columns (
    id serial PRIMARY KEY,
    title character varying(255) NOT NULL,
    position integer,
    project_id integer NOT NULL,
    task_limit integer DEFAULT 0,
    description text,
    hide_in_dashboard boolean DEFAULT false NOT NULL,
    UNIQUE (title, project_id)
);
CREATE TABLE kgen.cols (kind text, pos int, title text, descr text, lim int, last boolean);
INSERT INTO kgen.cols VALUES
  ('repairs', 1, 'Reported', 'New requests from the portal, the mailbox and the out-of-hours line.', 0, false), ('repairs', 2, 'Triage', 'Check the tenancy, decide urgency (24h / 7 days / 28 days).', 0, false),
  ('repairs', 3, 'Contractor booked', 'Booked with a date; tenant told.', 25, false), ('repairs', 4, 'Awaiting parts', '', 0, false), ('repairs', 5, 'Invoice check', 'Match the invoice to the quote before paying.', 0, false), ('repairs', 6, 'Done', '', 0, true),
  ('lettings', 1, 'Enquiries', '', 0, false), ('lettings', 2, 'Viewings booked', '', 0, false), ('lettings', 3, 'Referencing', 'Referencing agency has the application.', 10, false), ('lettings', 4, 'Move-in', '', 0, false), ('lettings', 5, 'Closed', '', 0, true),
  ('compliance', 1, 'Due in 60 days', '', 0, false), ('compliance', 2, 'Booked', '', 0, false), ('compliance', 3, 'Certificate received', 'Upload the certificate and send a copy to the tenant within 28 days.', 0, false), ('compliance', 4, 'Filed', '', 0, true),
  ('office', 1, 'To do', '', 0, false), ('office', 2, 'Doing', '', 0, false), ('office', 3, 'Done', '', 0, true),
  ('hr', 1, 'Offer accepted', '', 0, false), ('hr', 2, 'Pre-start checks', 'Right to work, references, contract signed.', 0, false), ('hr', 3, 'First week', '', 0, false), ('hr', 4, 'Leavers', '', 0, false), ('hr', 5, 'Closed', '', 0, true),
  ('it', 1, 'New', '', 0, false), ('it', 2, 'In progress', '', 8, false), ('it', 3, 'Waiting on user', '', 0, false), ('it', 4, 'Resolved', '', 0, true),
  ('web', 1, 'Backlog', '', 0, false), ('web', 2, 'Design', '', 0, false), ('web', 3, 'Build', '', 6, false), ('web', 4, 'Review', 'Agency demo on Thursdays.', 0, false), ('web', 5, 'Live', '', 0, true),
  ('personal', 1, 'To do', '', 0, false), ('personal', 2, 'Done', '', 0, true),
  ('ooh', 1, 'Logged', '', 0, false), ('ooh', 2, 'Engineer sent', '', 0, false), ('ooh', 3, 'Handed to day team', '', 0, true),
  ('contractor', 1, 'Booked', '', 0, false), ('contractor', 2, 'On site', '', 0, false), ('contractor', 3, 'Certificate to send', '', 0, false), ('contractor', 4, 'Complete', '', 0, true);
INSERT INTO columns (title, position, project_id, task_limit, description, hide_in_dashboard)
SELECT c.title, c.pos, pr.id, c.lim, c.descr, c.last FROM kgen.pr pr JOIN kgen.cols c ON c.kind = pr.kind ORDER BY pr.id, c.pos;

CREATE TABLE swimlanes (
    id serial PRIMARY KEY,
    name character varying(200) NOT NULL,
    position integer DEFAULT 1,
    is_active boolean DEFAULT true,
    project_id integer,
    description text,
    task_limit integer DEFAULT 0 NOT NULL,
    UNIQUE (name, project_id)
);
INSERT INTO swimlanes (name, position, is_active, project_id, description, task_limit)
SELECT 'Default swimlane', 1, true, pr.id, '', 0 FROM kgen.pr pr
UNION ALL SELECT b.bname, 1 + b.k, true, CASE WHEN b.k IN (5, 8) THEN 2 ELSE 1 END, b.street || ' ' || b.postcode, CASE WHEN b.k = 1 THEN 12 ELSE 0 END FROM kgen.b b
UNION ALL SELECT 'Urgent (24h)', 9, true, 1, 'Emergencies: no heat, no water, leaks into another flat, insecure doors.', 5
UNION ALL SELECT 'Urgent (24h)', 9, true, 2, 'Emergencies only.', 0
UNION ALL SELECT 'Old portfolio', 10, false, 1, 'Blocks we no longer manage.', 0
UNION ALL SELECT 'Students 2024/25', 2, true, 3, 'Headingley student lets.', 0
UNION ALL SELECT 'Agency', 2, true, 8, '', 0
UNION ALL SELECT 'Halden', 3, true, 8, '', 0;

CREATE TABLE project_has_categories (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    project_id integer NOT NULL,
    description text,
    color_id character varying(50) DEFAULT NULL,
    UNIQUE (project_id, name)
);
INSERT INTO project_has_categories (name, project_id, description, color_id)
SELECT c.name, pr.id, c.d, c.col FROM kgen.pr pr JOIN (VALUES
  ('repairs', 'Plumbing', 'Leaks, taps, toilets, drains', 'blue'), ('repairs', 'Heating & hot water', 'Boilers, radiators, cylinders', 'red'), ('repairs', 'Electrical', '', 'yellow'),
  ('repairs', 'Doors, locks & windows', '', 'brown'), ('repairs', 'Damp & mould', 'Follow the damp and mould procedure: inspect within 10 working days.', 'green'), ('repairs', 'Communal areas', '', 'grey'),
  ('ooh', 'Plumbing', '', 'blue'), ('ooh', 'Heating & hot water', '', 'red'), ('ooh', 'Security', 'Lockouts, break-ins, broken entry doors', 'dark_grey'),
  ('lettings', 'Viewing', '', 'green'), ('lettings', 'Referencing', '', 'purple'), ('lettings', 'Move-in', '', 'teal'), ('lettings', 'Move-out & deposit', '', 'orange'),
  ('compliance', 'Gas safety (CP12)', '', 'red'), ('compliance', 'EICR', '', 'yellow'), ('compliance', 'Fire safety', '', 'deep_orange'), ('compliance', 'Legionella', '', 'cyan'),
  ('office', 'Supplies', '', 'grey'), ('office', 'Post', '', 'brown'), ('office', 'Insurance', '', 'blue'),
  ('hr', 'New starter', '', 'green'), ('hr', 'Leaver', '', 'grey'), ('hr', 'Absence', '', 'orange'),
  ('it', 'Accounts & MFA', '', 'purple'), ('it', 'Hardware', '', 'grey'), ('it', 'Phones', '', 'teal'), ('it', 'Network', '', 'blue'),
  ('web', 'Design', '', 'pink'), ('web', 'Content', '', 'lime'), ('web', 'Development', '', 'blue'),
  ('contractor', 'EICR', '', 'yellow'), ('contractor', 'Remedial works', '', 'orange')) c(kind, name, d, col) ON c.kind = pr.kind ORDER BY pr.id;

-- ============================================================== tasks
-- Staging: one row a task with the people it concerns.
CREATE TABLE kgen.t (k int PRIMARY KEY, pid int, kind text, r int, d int, tn int, tn2 int, st int, ct int, nh int, cat text, title text, descr text,
  created bigint, closed boolean, pos int);
INSERT INTO kgen.t (k, pid, r, d, st, ct, nh, created, closed)
SELECT k, CASE WHEN k <= 120 THEN 1 WHEN k <= 180 THEN 2 WHEN k <= 240 THEN 3 WHEN k <= 290 THEN 4 WHEN k <= 315 THEN 5 WHEN k <= 345 THEN 6
               WHEN k <= 405 THEN 7 WHEN k <= 430 THEN 8 WHEN k <= 442 THEN 9 WHEN k <= 482 THEN 10 ELSE 11 END,
       fixture_gen.n('ktr', k, 12), fixture_gen.n('ktd', k, 6),
       2 + fixture_gen.n('ktst', k, 43), 45 + fixture_gen.n('ktct', k, 14), 1 + (k * 7) % 40,
       kgen.at('ktc', k, 1672531200, 1727600000), fixture_gen.n('ktcl', k, 10) < 6
FROM generate_series(1, 500) k;
UPDATE kgen.t t SET kind = pr.kind FROM kgen.pr pr WHERE pr.id = t.pid;
UPDATE kgen.t t SET tn = (SELECT tn.i FROM kgen.tn tn WHERE CASE WHEN t.pid = 2 THEN tn.bld IN (5, 8) WHEN t.kind IN ('repairs', 'ooh', 'contractor') THEN tn.bld NOT IN (5, 8) ELSE true END
                          ORDER BY tn.i OFFSET fixture_gen.n('ktt', t.k, 70) LIMIT 1),
                    tn2 = 1 + fixture_gen.n('ktt2', t.k, 320);
UPDATE kgen.t SET closed = false WHERE created > 1726000000;
UPDATE kgen.t t SET st = (SELECT p.i FROM kgen.p p WHERE p.dept = pr.dept ORDER BY p.i OFFSET fixture_gen.n('ktsd', t.k, (SELECT count(*)::int FROM kgen.p q WHERE q.dept = pr.dept)) LIMIT 1)
FROM kgen.pr pr WHERE pr.id = t.pid;

-- Text pieces.
CREATE TABLE kgen.prob (r int PRIMARY KEY, title text, problem text, cat text, personal boolean);
INSERT INTO kgen.prob VALUES
  (0, 'Leak under kitchen sink', 'water is dripping from the pipe under the kitchen sink and the cupboard floor is soaked', 'Plumbing', true),
  (1, 'Boiler not firing', 'the boiler shows fault F28 and won''t relight, no heating since yesterday', 'Heating & hot water', true),
  (2, 'No hot water', 'no hot water in the bathroom or kitchen, heating works', 'Heating & hot water', true),
  (3, 'Front door lock sticking', 'the front door lock is very stiff and the key nearly snapped', 'Doors, locks & windows', true),
  (4, 'Black mould in bathroom ceiling', 'black mould is spreading across the bathroom ceiling above the shower', 'Damp & mould', true),
  (5, 'Communal lights out on 2nd floor landing', 'the landing lights on the second floor have been off for three nights', 'Communal areas', false),
  (6, 'Extractor fan broken', 'the kitchen extractor fan makes a grinding noise and then stops', 'Electrical', true),
  (7, 'Intercom not buzzing', 'visitors can''t buzz the flat, the handset is dead', 'Electrical', true),
  (8, 'Radiator valve leaking', 'the valve on the bedroom radiator is leaking onto the carpet', 'Heating & hot water', true),
  (9, 'Bin store gate broken', 'the bin store gate hinge has sheared off and the gate is propped against the wall', 'Communal areas', false),
  (10, 'Smoke alarm chirping', 'the hallway smoke alarm chirps every minute', 'Electrical', true),
  (11, 'Window won''t close', 'the bedroom window won''t close fully, the handle spins', 'Doors, locks & windows', true);

CREATE TABLE kgen.acc (k int PRIMARY KEY, txt text);
INSERT INTO kgen.acc VALUES (0, 'Access: key safe by the bin store, code from the office.'), (1, 'Access: tenant works nights, call before 10am.'),
  (2, 'Access: tenant has a dog, call ahead so it can be shut in.'), (3, 'Access: tenant is 34 weeks pregnant, treat as priority.'),
  (4, 'Access: elderly tenant, hard of hearing, knock loudly and wait.'), (5, 'Access: any weekday, tenant works from home.'),
  (6, 'Access: tenant uses a wheelchair, ground floor entrance via the side door.'), (7, 'Access: leave a card if nobody answers.');

UPDATE kgen.t t SET cat = pb.cat,
  title = CASE WHEN NOT pb.personal THEN pb.title || ' – ' || b.bname
               WHEN t.d = 0 THEN pb.title || ' – ' || tn.flat || ', ' || b.bname
               WHEN t.d IN (1, 4) THEN pb.title || ' – ' || tn.flat || ', ' || b.bname || ' (' || tn.last || ')'
               WHEN t.d = 2 THEN pb.title || ' – ' || tn.name || ', ' || tn.flat
               ELSE pb.title || ' – ' || tn.flat END,
  descr = CASE WHEN NOT pb.personal THEN 'Reported by the cleaner on her weekly visit. ' || initcap(substr(pb.problem, 1, 1)) || substr(pb.problem, 2) || '. No tenant contact needed.'
               WHEN t.d = 0 THEN 'Reported by tenant **' || tn.name || E'** via the portal.\n\nPhone: ' || tn.phone || E'\nEmail: ' || tn.email || E'\nAddress: ' || tn.addr || E'\n\n' || a.txt
               WHEN t.d = 1 THEN 'Tenant ' || tn.first || ' called the office (' || tn.phone || '): ' || pb.problem || '. ' || a.txt
               WHEN t.d = 2 THEN initcap(substr(pb.problem, 1, 1)) || substr(pb.problem, 2) || '. Tenant says the neighbour in Flat ' || (1 + t.k % 40) || E' has the same problem.\n\nContact: ' || tn.name || ' – ' || tn.phone
               WHEN t.d = 3 THEN 'See photos in the files tab. ' || a.txt
               WHEN t.d = 4 THEN 'Forwarded from ' || tn.email || E':\n\n> Hi, ' || pb.problem || '. I''m in most days after 3pm, my mobile is ' || tn.phone || E'.\n> Thanks, ' || tn.first
               ELSE '' END
FROM kgen.prob pb, kgen.tn tn, kgen.b b, kgen.acc a
WHERE t.kind IN ('repairs', 'ooh') AND pb.r = t.r AND tn.i = t.tn AND b.k = tn.bld AND a.k = fixture_gen.n('kta', t.k, 8);
UPDATE kgen.t t SET title = 'OOH ' || to_char(to_timestamp(t.created) AT TIME ZONE 'Europe/London', 'DD/MM HH24:MI') || ': ' || t.title,
  descr = 'Call to the out-of-hours line from ' || tn.name || ' on ' || tn.phone || '. ' || initcap(substr(pb.problem, 1, 1)) || substr(pb.problem, 2) || '. Sent '
          || c.name || '. ' || CASE WHEN t.k % 3 = 0 THEN 'Tenant is disabled and needs the heating back today.' WHEN t.k % 3 = 1 THEN 'Tenant has a newborn, prioritise.' ELSE 'Made safe, full repair in the morning.' END
FROM kgen.tn tn, kgen.prob pb, kgen.p c WHERE t.kind = 'ooh' AND tn.i = t.tn AND pb.r = t.r AND c.i = t.ct AND pb.personal;

UPDATE kgen.t t SET
  cat = (ARRAY['Viewing', 'Referencing', 'Move-in', 'Move-out & deposit', 'Viewing', 'Move-in'])[1 + t.r % 6],
  title = CASE t.r % 6 WHEN 0 THEN 'Viewing – ' || tn.flat || ', ' || b.bname || ' – ' || x.name WHEN 1 THEN 'Referencing – ' || x.name
                       WHEN 2 THEN 'Move-in – ' || x.name || ', ' || tn.flat || ' ' || b.bname WHEN 3 THEN 'Deposit return – ' || tn.name
                       WHEN 4 THEN 'Inventory check – ' || tn.flat || ', ' || b.bname ELSE 'Renewal offer – ' || tn.flat || ', ' || b.bname END,
  descr = CASE t.r % 6
    WHEN 1 THEN 'Applicant: ' || x.name || E'\nPhone: ' || x.phone || E'\nEmail: ' || x.email || E'\nDOB: ' || to_char(x.dob, 'DD/MM/YYYY') || E'\nEmployer: '
       || fixture_gen.pick(ARRAY['Leeds Teaching Hospitals NHS Trust', 'Asda House', 'University of Leeds', 'Sky Betting & Gaming', 'self-employed (hairdresser)', 'Arla Foods'], 'ktemp', t.k)
       || ', salary £' || (21000 + fixture_gen.n('ktsal', t.k, 40) * 1000) || E'\nCurrent address: ' || fixture_gen.street('ktca', t.k) || E'\nGuarantor: '
       || fixture_gen.full_name('ktg', t.k) || ' (' || kgen.ukphone('ktgp', t.k) || ')'
    WHEN 0 THEN 'Viewing booked for ' || to_char(to_timestamp(t.created + 259200) AT TIME ZONE 'Europe/London', 'Dy DD Mon HH24:MI') || ' with ' || x.name || ' (' || x.phone || '). Current tenant ' || tn.name || ' has agreed to the viewing.'
    WHEN 2 THEN 'Keys to ' || x.name || ' on ' || to_char(to_timestamp(t.created + 864000) AT TIME ZONE 'Europe/London', 'DD/MM') || '. Meter readings and photos at check-in. Deposit registered with the DPS.'
    WHEN 3 THEN 'Tenant ' || tn.name || ' moved out. Forwarding address: ' || fixture_gen.street('ktfw', t.k) || ', ' || fixture_gen.city('ktfwc', t.k) || '. Deductions: cleaning £' || (60 + t.k % 140) || '.'
    WHEN 4 THEN 'Standard inventory with photos. Use the new template.'
    ELSE 'Offer a 12-month renewal at the new rent. Landlord approved.' END
FROM kgen.tn tn, kgen.tn x, kgen.b b
WHERE t.kind = 'lettings' AND tn.i = t.tn AND x.i = t.tn2 AND b.k = tn.bld;
UPDATE kgen.t SET cat = 'Viewing' WHERE kind = 'lettings' AND cat IS NULL;

UPDATE kgen.t t SET
  cat = (ARRAY['Gas safety (CP12)', 'EICR', 'Fire safety', 'Legionella', 'Gas safety (CP12)'])[1 + t.r % 5],
  title = CASE t.r % 5 WHEN 0 THEN 'Gas safety check (CP12) – ' || tn.flat || ', ' || b.bname WHEN 1 THEN 'EICR – ' || tn.flat || ', ' || b.bname
                       WHEN 2 THEN 'Fire alarm weekly test – ' || b.bname WHEN 3 THEN 'Legionella risk assessment – ' || b.bname ELSE 'Gas safety check (CP12) – ' || tn.name END,
  descr = CASE WHEN t.r % 5 IN (2, 3) THEN 'Test call point ' || (1 + t.k % 9) || ' and log the result in the fire log book. Replace batteries in the sounders if low.'
               ELSE 'Engineer: ' || c.name || '. Tenant ' || tn.name || ' (' || tn.phone || ') confirmed access for ' || to_char(to_timestamp(t.created + 1209600) AT TIME ZONE 'Europe/London', 'DD/MM/YYYY') || '.' END
FROM kgen.tn tn, kgen.b b, kgen.p c WHERE t.kind IN ('compliance', 'contractor') AND tn.i = t.tn AND b.k = tn.bld AND c.i = t.ct;
UPDATE kgen.t SET cat = CASE WHEN r % 2 = 0 THEN 'EICR' ELSE 'Remedial works' END,
  descr = CASE WHEN r % 5 IN (2, 3) THEN 'Communal supply: isolate the landlord board first. Quote approved by the landlord.' ELSE descr END, title = replace(replace(title, 'Fire alarm weekly test', 'Emergency lighting repair'), 'Legionella risk assessment', 'Replace consumer unit')
WHERE kind = 'contractor';

UPDATE kgen.t t SET cat = (ARRAY['Supplies', 'Post', 'Insurance', 'Supplies', 'Post'])[1 + t.r % 5],
  title = CASE t.r % 5 WHEN 0 THEN 'Order toner for the Ricoh' WHEN 1 THEN 'Return post for former tenant ' || tn.name WHEN 2 THEN 'Renew office contents insurance'
                       WHEN 3 THEN 'Parking permit for ' || s.name ELSE 'Scan and file landlord letters' END,
  descr = CASE t.r % 5 WHEN 1 THEN 'Letters keep arriving for ' || tn.name || ' at ' || tn.addr || '. Mark "not known at this address" and return.'
                       WHEN 3 THEN 'Permit for ' || s.name || ', car reg ' || fixture_gen.chars('ktreg', t.k, 2, 'ABCDEFGHJKLMNOPRSTUVWXY') || fixture_gen.digits('ktreg', t.k, 2) || ' ' || fixture_gen.chars('ktreg2', t.k, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ') || '. Council form online.'
                       WHEN 0 THEN 'Three cartridges, the usual supplier.' WHEN 2 THEN 'Renewal quote in the shared drive.' ELSE 'Scan to the Landlords folder and shred the paper copies.' END
FROM kgen.tn tn, kgen.p s WHERE t.kind = 'office' AND tn.i = t.tn AND s.i = t.st;

UPDATE kgen.t t SET cat = CASE t.r % 4 WHEN 0 THEN 'New starter' WHEN 1 THEN 'New starter' WHEN 2 THEN 'Leaver' ELSE 'Absence' END,
  title = CASE t.r % 4 WHEN 2 THEN 'Leaver – ' || s.name WHEN 3 THEN 'Return-to-work meeting – ' || s.name ELSE 'Onboarding – ' || h.name END,
  descr = CASE t.r % 4
    WHEN 2 THEN 'Last day ' || to_char(to_timestamp(t.created + 1814400) AT TIME ZONE 'Europe/London', 'DD/MM/YYYY') || '. Collect keys, fob and laptop. Forward mail to ' || m.email || '. Final pay includes ' || (1 + t.k % 9) || ' days of untaken holiday.'
    WHEN 3 THEN s.first || ' was off sick for ' || (3 + t.k % 20) || ' days (' || fixture_gen.pick(ARRAY['back surgery', 'migraines', 'stress at work', 'COVID-19', 'a broken wrist', 'hospital stay for gallstones'], 'ktsick', t.k)
       || '). Occupational health referral ' || CASE WHEN t.k % 2 = 0 THEN 'booked.' ELSE 'not needed.' END
    ELSE 'Start date ' || to_char(h.start_date, 'DD/MM/YYYY') || E'.\n\n- DOB: ' || to_char(h.dob, 'DD/MM/YYYY') || E'\n- NI number: ' || h.nino || E'\n- Bank: sort code ' || h.sort_code || ', account ' || h.account
       || E'\n- Home address: ' || h.addr || E'\n- Mobile: ' || h.phone || E'\n\nRight to work checked (passport). Laptop and Google account from IT.' END
FROM kgen.p s, kgen.nh h, kgen.p m WHERE t.kind = 'hr' AND s.i = t.st AND h.i = t.nh AND m.i = 5;
UPDATE kgen.t t SET title = replace(t.title, s.name, x.name), descr = replace(t.descr, s.first, x.first)
FROM kgen.p s, kgen.p x WHERE t.kind = 'hr' AND s.i = t.st AND x.i = 2 + (t.k * 13) % 60 AND x.kind = 'staff';

UPDATE kgen.t t SET cat = (ARRAY['Accounts & MFA', 'Hardware', 'Hardware', 'Accounts & MFA', 'Phones', 'Network', 'Accounts & MFA'])[1 + t.r % 7],
  title = CASE t.r % 7 WHEN 0 THEN 'Reset MFA for ' || u.username WHEN 1 THEN 'New laptop for ' || u.name WHEN 2 THEN 'Printer on 1st floor jams'
                       WHEN 3 THEN 'Add ' || c.email || ' to the Contractors group' WHEN 4 THEN 'Phone extension for ' || u.name WHEN 5 THEN 'Renew TLS certificate for board.haldenproperty.example'
                       ELSE 'Mailbox full – ' || u.email END,
  descr = CASE t.r % 7 WHEN 0 THEN u.first || ' lost the phone with the authenticator app. Called from ' || u.phone || '. Verified with the security question, then reset.'
                       WHEN 1 THEN 'Dell Latitude 5440, 16 GB. Asset tag HPS-' || (1000 + t.k) || '. Hand over with the laptop agreement.'
                       WHEN 2 THEN 'Paper jams in tray 2. Engineer visit booked with the copier company.'
                       WHEN 3 THEN 'New subcontractor from ' || split_part(c.email, '@', 2) || '. Needs access to the Leeds repairs board only.'
                       WHEN 4 THEN 'Extension 2' || (10 + t.k % 80) || ' on the Teams phone system, forward to mobile ' || u.phone || ' out of hours.'
                       WHEN 5 THEN 'Certificate expires end of month. Renew through the ACME client, check the cron.'
                       ELSE 'Archive mail older than 2021 to the shared drive.' END
FROM kgen.p u, kgen.p c WHERE t.kind = 'it' AND u.i = 2 + (t.k * 17) % 60 AND c.i = t.ct;

UPDATE kgen.t t SET cat = (ARRAY['Design', 'Content', 'Development', 'Development', 'Content'])[1 + t.r % 5],
  title = (ARRAY['Property search filters (beds, price, area)', 'Rewrite the landlord services page', 'Tenant portal login page', 'Cookie banner and consent log', 'Hero images for the lettings page',
                 'Migrate blog posts from WordPress', 'Map on the property page', 'Accessibility audit fixes', 'Page speed: lazy-load gallery images', 'Footer links and legal pages'])[1 + t.k % 10]
           || CASE WHEN t.k > 420 THEN ' (phase 2)' ELSE '' END,
  descr = fixture_gen.pick(ARRAY['Agency to send two options by Thursday.', 'Copy in the shared doc, needs sign-off from marketing.', 'Use the existing design system components.',
                                 'Acceptance: works on mobile Safari and Chrome, passes Lighthouse accessibility > 90.', ''], 'ktweb', t.k)
WHERE t.kind = 'web';

UPDATE kgen.t t SET cat = NULL,
  title = (ARRAY['Call the dentist', 'Book MOT for the Corsa', 'Mum''s birthday present', 'Passport renewal appointment', 'Pick up prescription', 'Council tax direct debit',
                 'Nursery fees', 'Gym membership cancel', 'Return Zara parcel', 'Sort car insurance', 'Dad hospital visit Thursday', 'Book flights to Istanbul'])[1 + (t.k - 431)],
  descr = (ARRAY['Dr Hassan''s surgery, 0113 249 7781. Ask about the wisdom tooth.', 'Reg ' || fixture_gen.chars('ktpr', t.k, 2, 'ABCDEFGHJKLMNOPRSTUVWXY') || '19 ' || fixture_gen.chars('ktpr2', t.k, 3, 'ABCDEFGHJKLMNOPRSTUVWXY'),
                 '', 'Passport number in the drawer, old one expires in March.', 'Repeat prescription for the inhaler, Boots on Briggate.', 'Account ref 4401' || fixture_gen.digits('ktct', t.k, 6),
                 'Little Acorns, invoice for September.', '', 'Return label printed.', 'Renewal quote from Admiral.', 'Ward 28, St James''s. Visiting 2-4pm.', 'Aunt Ayşe''s wedding, 12-19 June.'])[1 + (t.k - 431)]
WHERE t.kind = 'personal';

CREATE TABLE tasks (
    id serial PRIMARY KEY,
    title character varying(255) NOT NULL,
    description text,
    date_creation bigint,
    color_id character varying(255),
    project_id integer NOT NULL,
    column_id integer NOT NULL,
    owner_id integer DEFAULT 0,
    position integer,
    is_active boolean DEFAULT true,
    date_completed bigint,
    score integer,
    date_due bigint,
    category_id integer DEFAULT 0,
    creator_id integer DEFAULT 0,
    date_modification integer DEFAULT 0,
    reference character varying(255) DEFAULT '',
    date_started bigint,
    time_spent double precision DEFAULT 0,
    time_estimated double precision DEFAULT 0,
    swimlane_id integer NOT NULL,
    date_moved bigint DEFAULT 0,
    recurrence_status integer DEFAULT 0 NOT NULL,
    recurrence_trigger integer DEFAULT 0 NOT NULL,
    recurrence_factor integer DEFAULT 0 NOT NULL,
    recurrence_timeframe integer DEFAULT 0 NOT NULL,
    recurrence_basedate integer DEFAULT 0 NOT NULL,
    recurrence_parent integer,
    recurrence_child integer,
    priority integer DEFAULT 0,
    external_provider character varying(255),
    external_uri character varying(255),
    owner_gp integer DEFAULT 0,
    owner_ms integer DEFAULT 0
);
CREATE INDEX tasks_reference_idx ON tasks (reference);
CREATE INDEX tasks_project_idx ON tasks (project_id);
INSERT INTO tasks (id, title, description, date_creation, color_id, project_id, column_id, owner_id, position, is_active, date_completed, score, date_due, category_id,
  creator_id, date_modification, reference, date_started, time_spent, time_estimated, swimlane_id, date_moved, recurrence_status, recurrence_trigger, recurrence_factor,
  recurrence_timeframe, recurrence_basedate, recurrence_parent, recurrence_child, priority, external_provider, external_uri, owner_gp, owner_ms)
SELECT t.k, t.title, t.descr, t.created,
       fixture_gen.pick(ARRAY['yellow', 'yellow', 'blue', 'green', 'purple', 'red', 'orange', 'grey', 'brown', 'deep_orange', 'dark_grey', 'pink', 'teal', 'cyan', 'lime', 'light_green', 'amber'], 'ktcol', t.k),
       t.pid, c.id,
       CASE WHEN t.kind = 'personal' THEN 13 WHEN t.kind = 'contractor' THEN CASE WHEN t.k % 2 = 0 THEN 49 ELSE 55 END
            WHEN t.kind IN ('repairs', 'ooh') AND t.k % 3 = 0 THEN t.ct WHEN t.k % 11 = 4 THEN 0 ELSE t.st END,
       row_number() OVER (PARTITION BY c.id ORDER BY t.k), NOT t.closed,
       CASE WHEN t.closed THEN t.created + 3600 + fixture_gen.n('ktdc', t.k, 2400000) END,
       CASE WHEN t.kind IN ('web', 'it') THEN (ARRAY[0, 1, 2, 3, 5, 8])[1 + t.k % 6] ELSE 0 END,
       CASE WHEN t.k % 3 <> 1 THEN ((t.created + 86400 * (1 + t.k % 28)) / 86400) * 86400 + 61200 ELSE 0 END,
       coalesce(cat.id, 0),
       CASE WHEN t.kind = 'ooh' THEN 61 WHEN t.kind = 'repairs' AND t.d IN (0, 4) THEN 59 WHEN t.kind = 'personal' THEN 13 ELSE t.st END,
       (t.created + fixture_gen.n('ktdm', t.k, 900000))::int,
       CASE WHEN t.kind = 'repairs' AND t.d IN (0, 4) THEN 'RR-' || (24000 + t.k * 3) WHEN t.kind = 'it' THEN 'INC' || lpad((4100 + t.k * 2)::text, 7, '0') WHEN t.kind = 'contractor' THEN 'AE/' || (7700 + t.k) ELSE '' END,
       CASE WHEN t.k % 4 <> 0 THEN t.created + fixture_gen.n('ktds', t.k, 200000) ELSE 0 END,
       CASE WHEN t.closed THEN round((fixture_gen.n('kttsp', t.k, 16) * 0.25)::numeric, 2) ELSE 0 END,
       CASE WHEN t.kind IN ('it', 'web', 'repairs') THEN (ARRAY[0, 0.5, 1, 2, 4, 8])[1 + t.k % 6] ELSE 0 END,
       coalesce(sl.id, dsl.id), t.created + fixture_gen.n('ktmv', t.k, 700000),
       CASE WHEN t.kind = 'compliance' AND t.r % 5 = 2 THEN CASE WHEN t.closed THEN 2 ELSE 1 END ELSE 0 END, 0,
       CASE WHEN t.kind = 'compliance' AND t.r % 5 = 2 THEN 7 ELSE 0 END, 0, 0, NULL, NULL,
       CASE WHEN t.kind = 'ooh' OR (t.kind = 'repairs' AND t.r IN (1, 2)) THEN 3 WHEN t.kind = 'personal' THEN 0 ELSE t.k % 3 END,
       CASE WHEN t.kind = 'repairs' AND t.d IN (0, 4) THEN 'web' END,
       CASE WHEN t.kind = 'repairs' AND t.d IN (0, 4) THEN 'https://portal.haldenproperty.example/requests/RR-' || (24000 + t.k * 3) END,
       CASE WHEN t.kind = 'repairs' AND t.k % 13 = 0 THEN 8 WHEN t.kind = 'ooh' AND t.k % 4 = 0 THEN 9 ELSE 0 END,
       CASE WHEN t.k % 9 = 0 AND t.kind IN ('repairs', 'it', 'web') THEN 1 + t.k % 40 ELSE 0 END
FROM kgen.t t
JOIN kgen.pr pr ON pr.id = t.pid
JOIN LATERAL (SELECT id FROM columns c WHERE c.project_id = t.pid ORDER BY CASE WHEN t.closed THEN -c.position ELSE c.position END
              OFFSET CASE WHEN t.closed THEN 0 ELSE fixture_gen.n('ktcolp', t.k, (SELECT count(*)::int - 1 FROM columns c2 WHERE c2.project_id = t.pid)) END LIMIT 1) c ON true
LEFT JOIN project_has_categories cat ON cat.project_id = t.pid AND cat.name = t.cat
LEFT JOIN kgen.tn tn ON tn.i = t.tn
LEFT JOIN kgen.b b ON b.k = tn.bld
LEFT JOIN swimlanes sl ON sl.project_id = t.pid AND t.kind = 'repairs' AND sl.name = CASE WHEN t.r IN (1, 2) THEN 'Urgent (24h)' ELSE b.bname END
JOIN swimlanes dsl ON dsl.project_id = t.pid AND dsl.name = 'Default swimlane'
ORDER BY t.k;
UPDATE tasks SET recurrence_child = id + 1 WHERE recurrence_status = 2 AND id < 290 AND id + 1 IN (SELECT id FROM tasks WHERE recurrence_status > 0);
UPDATE tasks t SET recurrence_parent = p.id FROM tasks p WHERE p.recurrence_child = t.id;

CREATE TABLE subtasks (
    id serial PRIMARY KEY,
    title character varying(255) NOT NULL,
    status smallint DEFAULT 0,
    time_estimated double precision DEFAULT 0,
    time_spent double precision DEFAULT 0,
    task_id integer NOT NULL,
    user_id integer,
    position integer DEFAULT 1,
    due_date integer DEFAULT 0
);
INSERT INTO subtasks (title, status, time_estimated, time_spent, task_id, user_id, position, due_date)
SELECT CASE t.kind
         WHEN 'repairs' THEN (ARRAY['Call ' || tn.first || ' on ' || tn.phone || ' to book access', 'Get quote from contractor', 'Order part', 'Landlord approval (over £250)',
                                    'Text tenant the appointment: ' || tn.phone, 'Check invoice against quote', 'Photos before and after'])[1 + (t.k + j) % 7]
         WHEN 'ooh' THEN (ARRAY['Call back ' || tn.name, 'Hand over to day team', 'Log call-out cost'])[1 + (t.k + j) % 3]
         WHEN 'lettings' THEN (ARRAY['Right to rent check – copy of ' || x.first || '''s passport', 'Holding deposit received', 'Send tenancy agreement to ' || x.email, 'Register deposit with DPS', 'Book inventory clerk'])[1 + (t.k + j) % 5]
         WHEN 'compliance' THEN (ARRAY['Book engineer', 'Letter to tenant about access', 'Upload certificate', 'Copy of certificate to ' || tn.email])[1 + (t.k + j) % 4]
         WHEN 'contractor' THEN (ARRAY['Book with tenant', 'Test and inspect', 'Send certificate'])[1 + (t.k + j) % 3]
         WHEN 'hr' THEN (ARRAY['Right to work check (passport scan)', 'Contract signed', 'Add to payroll', 'Order laptop', 'Send P45', 'Collect keys and fob'])[1 + (t.k + j) % 6]
         WHEN 'it' THEN (ARRAY['Create Google account', 'Enrol in MFA', 'Image laptop', 'Add to groups', 'Close ticket with user'])[1 + (t.k + j) % 5]
         WHEN 'web' THEN (ARRAY['Wireframe', 'Build', 'Review with marketing', 'Deploy to staging'])[1 + (t.k + j) % 4]
         ELSE (ARRAY['Ring', 'Pay', 'Done'])[1 + (t.k + j) % 3] END,
       CASE WHEN t.closed THEN 2 WHEN j = 1 THEN 1 ELSE 0 END,
       (ARRAY[0, 0.25, 0.5, 1, 2])[1 + (t.k + j) % 5], CASE WHEN t.closed OR j = 1 THEN (ARRAY[0, 0.25, 0.5, 1])[1 + (t.k * j) % 4] ELSE 0 END,
       t.k, CASE WHEN (t.k + j) % 5 = 0 THEN NULL ELSE ta.owner_id END, j,
       CASE WHEN (t.k + j) % 3 = 0 THEN (t.created + 86400 * j * 2)::int ELSE 0 END
FROM kgen.t t JOIN tasks ta ON ta.id = t.k LEFT JOIN kgen.tn tn ON tn.i = t.tn LEFT JOIN kgen.tn x ON x.i = t.tn2
CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('ktsub', t.k, 3)) j
WHERE t.kind <> 'office' AND NOT (t.kind = 'repairs' AND t.r IN (5, 9))
ORDER BY t.k, j;
UPDATE subtasks SET user_id = NULL WHERE user_id = 0;

CREATE TABLE subtask_time_tracking (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    subtask_id integer NOT NULL,
    start bigint DEFAULT 0,
    "end" bigint DEFAULT 0,
    time_spent real DEFAULT 0,
    comment text,
    is_billable boolean
);
INSERT INTO subtask_time_tracking (user_id, subtask_id, start, "end", time_spent, comment, is_billable)
SELECT s.user_id, s.id, ts0, ts0 + dur, round(dur / 3600.0, 2),
       CASE WHEN s.id % 4 = 0 THEN NULL
            WHEN s.id % 4 = 1 THEN fixture_gen.pick(ARRAY['Travel to site and back', 'Waited for the tenant', 'Call with the landlord', 'Paperwork', 'Second visit, part was wrong'], 'kstc', s.id)
            WHEN s.id % 4 = 2 THEN 'Spoke to ' || tn.name || ' (' || tn.phone || '), rebooked for next week'
            ELSE 'Tenant ' || tn.first || ' not in, left card. Neighbour at ' || tn.flat || ' said they work away.' END,
       s.id % 3 <> 0
FROM subtasks s JOIN kgen.t t ON t.k = s.task_id JOIN kgen.tn tn ON tn.i = t.tn
CROSS JOIN LATERAL (SELECT t.created + 3600 + fixture_gen.n('kstst', s.id, 500000) AS ts0, 600 + fixture_gen.n('kstdur', s.id, 10800) AS dur) x
WHERE s.time_spent > 0 AND s.user_id IS NOT NULL AND t.kind IN ('repairs', 'ooh', 'compliance', 'contractor', 'lettings')
ORDER BY s.id;

CREATE TABLE comments (
    id serial PRIMARY KEY,
    task_id integer NOT NULL,
    user_id integer DEFAULT 0,
    date_creation bigint NOT NULL,
    comment text,
    reference character varying(255) DEFAULT '',
    date_modification bigint,
    visibility character varying(25) DEFAULT 'app-user' NOT NULL
);
INSERT INTO comments (task_id, user_id, date_creation, comment, reference, date_modification, visibility)
SELECT t.k, CASE WHEN t.kind IN ('repairs', 'ooh') AND j % 2 = 0 THEN t.ct WHEN t.kind = 'personal' THEN 13 ELSE t.st END, cd,
       CASE t.kind
         WHEN 'repairs' THEN (ARRAY[
           'Booked for ' || to_char(to_timestamp(cd + 172800) AT TIME ZONE 'Europe/London', 'Dy DD/MM') || ' am. Tenant confirmed by text.',
           '@' || u.username || ' can you chase the landlord for approval? Quote is £' || (180 + t.k % 400) || '.',
           'Spoke to ' || tn.name || E' again, very unhappy about the delay. Says she''ll go to the council if it isn''t fixed this week.',
           'Part ordered from Plumbase, 3-5 days.',
           'Attended. Replaced the washer and tested. No further leaks.',
           'Tenant''s partner ' || fixture_gen.full_name('kcpart', t.k * 10 + j) || ' answered, asked us to use his number instead: ' || kgen.ukphone('kcph', t.k * 10 + j),
           'No access, left card. Tried ' || tn.phone || ' twice.',
           'Mould wash done. Tenant asked about rehousing – her son has asthma. Passed to the landlord.',
           'Invoice matches quote, sent to accounts.'])[1 + fixture_gen.n('kcr', t.k * 10 + j, 9)]
         WHEN 'ooh' THEN (ARRAY['Engineer on site 03:10, made safe.', 'Called ' || tn.name || ' back at 07:30, heating working.', 'Handed to day team.'])[1 + (t.k + j) % 3]
         WHEN 'lettings' THEN (ARRAY['References back, all fine.', 'Employer reference says ' || x.first || ' is on a fixed-term contract until March.',
           'Guarantor needed: income below 30x rent.', 'Viewing went well, applying tonight.', 'Applicant asked if pets allowed (one cat). Landlord said yes.',
           'Credit check shows a CCJ from 2021, ' || x.name || ' says it''s settled.'])[1 + (t.k + j) % 6]
         WHEN 'compliance' THEN (ARRAY['Certificate uploaded.', 'Tenant refused access twice, second letter sent.', 'Engineer found a CO leak at the boiler flue – capped off, tenant given heaters.', 'Booked.'])[1 + (t.k + j) % 4]
         WHEN 'hr' THEN (ARRAY['Passport checked and copy filed.', 'Payroll set up from the 1st.', 'Laptop ready.', 'GP fit note received, phased return 4 weeks.', 'Reference from previous employer received.'])[1 + (t.k + j) % 5]
         WHEN 'it' THEN (ARRAY['Done, user confirmed.', 'Waiting for the user to be in the office.', 'Temporary password given over the phone.', 'Ordered from Dell, 5 days.', 'Closed.'])[1 + (t.k + j) % 5]
         WHEN 'web' THEN (ARRAY['Looks good on mobile.', 'Agency says Friday.', 'Copy approved.', 'Deployed to staging.'])[1 + (t.k + j) % 4]
         WHEN 'contractor' THEN (ARRAY['EICR satisfactory.', 'C2 found in kitchen circuit, quote to follow.', 'Tenant ' || tn.first || ' let us in, all done.'])[1 + (t.k + j) % 3]
         ELSE 'ok' END,
       CASE WHEN t.kind = 'repairs' AND j = 3 THEN 'mail-' || fixture_gen.hexn('kcref', t.k, 12) ELSE '' END,
       CASE WHEN j % 4 = 0 THEN cd + 600 ELSE cd END,
       CASE WHEN t.kind = 'hr' THEN 'app-manager' WHEN t.kind = 'lettings' AND j % 3 = 0 THEN 'app-manager' ELSE 'app-user' END
FROM kgen.t t LEFT JOIN kgen.tn tn ON tn.i = t.tn LEFT JOIN kgen.tn x ON x.i = t.tn2 JOIN kgen.p u ON u.i = 2 + (t.k % 40)
CROSS JOIN LATERAL generate_series(1, fixture_gen.n('kcn', t.k, 4)) j
CROSS JOIN LATERAL (SELECT t.created + j * 43200 + fixture_gen.n('kcd', t.k * 10 + j, 40000) AS cd) y
WHERE t.kind NOT IN ('office', 'personal')
ORDER BY t.k, j;

CREATE TABLE links (
    id serial PRIMARY KEY,
    label character varying(255) NOT NULL UNIQUE,
    opposite_id integer DEFAULT 0
);
INSERT INTO links (id, label, opposite_id) VALUES (1, 'relates to', 0), (2, 'blocks', 3), (3, 'is blocked by', 2), (4, 'duplicates', 5), (5, 'is duplicated by', 4),
  (6, 'is a child of', 7), (7, 'is a parent of', 6), (8, 'targets milestone', 9), (9, 'is a milestone of', 8), (10, 'fixes', 11), (11, 'is fixed by', 10);

CREATE TABLE task_has_links (
    id serial PRIMARY KEY,
    link_id integer NOT NULL,
    task_id integer NOT NULL,
    opposite_task_id integer NOT NULL
);
INSERT INTO task_has_links (link_id, task_id, opposite_task_id)
SELECT v.l, v.a, v.b FROM (
  SELECT g, CASE WHEN g % 3 = 0 THEN 1 WHEN g % 3 = 1 THEN 4 ELSE 6 END AS l1, CASE WHEN g % 3 = 0 THEN 1 WHEN g % 3 = 1 THEN 5 ELSE 7 END AS l2,
         t.k AS a, CASE WHEN t.pid = 10 THEN 1 + fixture_gen.n('ktl', t.k, 120) ELSE t.k - 1 - fixture_gen.n('ktl', t.k, 5) END AS b
  FROM generate_series(1, 70) g JOIN kgen.t t ON t.k = 10 + g * 7) x
CROSS JOIN LATERAL (VALUES (x.l1, x.a, x.b), (x.l2, x.b, x.a)) v(l, a, b)
WHERE x.a <> x.b ORDER BY x.g, v.l;

CREATE TABLE task_has_external_links (
    id serial PRIMARY KEY,
    link_type character varying(100) NOT NULL,
    dependency character varying(100) NOT NULL,
    title character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    date_creation integer NOT NULL,
    date_modification integer NOT NULL,
    task_id integer NOT NULL,
    creator_id integer DEFAULT 0
);
INSERT INTO task_has_external_links (link_type, dependency, title, url, date_creation, date_modification, task_id, creator_id)
SELECT CASE WHEN v.kind = 'file' THEN 'attachment' ELSE 'weblink' END, 'related', v.title, v.url, (t.created + 900)::int, (t.created + 900 + fixture_gen.n('kelm', t.k, 5000))::int, t.k, t.st
FROM kgen.t t LEFT JOIN kgen.tn tn ON tn.i = t.tn LEFT JOIN kgen.tn x ON x.i = t.tn2 LEFT JOIN kgen.b b ON b.k = tn.bld LEFT JOIN kgen.nh h ON h.i = t.nh
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  ('repairs', 'web', 'Google Maps – ' || coalesce(tn.addr, ''), 'https://www.google.com/maps/search/?api=1&query=' || replace(coalesce(b.street || ' ' || b.postcode, ''), ' ', '+')),
  ('repairs', 'web', 'Worcester Bosch Greenstar 30i – fault codes', 'https://www.worcester-bosch.co.uk/support/fault-finding/greenstar-30i'),
  ('repairs', 'file', 'Quote – ' || coalesce(tn.flat, '') || ' ' || coalesce(b.bname, '') || '.pdf', 'https://drive.google.com/file/d/' || fixture_gen.chars('kelq', t.k, 33) || '/view'),
  ('lettings', 'web', 'LinkedIn – ' || coalesce(x.name, ''), 'https://www.linkedin.com/in/' || fixture_gen.ascii(coalesce(x.first, '')) || '-' || fixture_gen.ascii(coalesce(x.last, '')) || '-' || fixture_gen.hexn('kelli', t.k, 8)),
  ('lettings', 'file', 'Tenancy agreement – ' || coalesce(x.name, ''), 'https://drive.google.com/file/d/' || fixture_gen.chars('kelt', t.k, 33) || '/view'),
  ('lettings', 'web', 'Rightmove listing – ' || coalesce(b.bname, ''), 'https://www.rightmove.co.uk/properties/' || (140000000 + t.k * 977)),
  ('hr', 'web', 'LinkedIn – ' || coalesce(h.name, ''), 'https://www.linkedin.com/in/' || replace(fixture_gen.ascii(coalesce(split_part(h.name, ' ', 1), '')) || '-' || fixture_gen.ascii(coalesce(split_part(h.name, ' ', 2), '')), ' ', '') || '-' || fixture_gen.hexn('kelh', t.k, 7)),
  ('hr', 'file', 'Contract – ' || coalesce(h.name, '') || ' (signed)', 'https://drive.google.com/file/d/' || fixture_gen.chars('kelc', t.k, 33) || '/view'),
  ('it', 'web', 'Dell Latitude 5440 spec sheet', 'https://www.dell.com/en-uk/shop/laptops/latitude-5440/spd/latitude-14-5440-laptop'),
  ('web', 'web', 'Figma – lettings pages', 'https://www.figma.com/file/' || fixture_gen.chars('kelf', 1, 22) || '/Halden-lettings'),
  ('compliance', 'web', 'Gas Safe register check', 'https://www.gassaferegister.co.uk/find-an-engineer/'),
  ('compliance', 'web', 'Street view – ' || coalesce(b.bname, ''), 'https://www.google.com/maps/@53.80' || (10 + t.k % 80) || ',-1.5' || (100 + t.k % 800) || ',3a,75y/data=!3m6'),
  ('ooh', 'web', 'Google Maps – ' || coalesce(tn.addr, ''), 'https://www.google.com/maps/search/?api=1&query=' || replace(coalesce(tn.flat || ' ' || b.street || ' ' || b.postcode, ''), ' ', '+'))
  ) z(pk, kind, title, url) WHERE z.pk = t.kind) v
WHERE fixture_gen.n('kel', t.k * 31 + length(v.title), 10) < 3;

CREATE TABLE task_has_files (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    path character varying(255),
    is_image boolean DEFAULT false,
    task_id integer NOT NULL,
    date bigint DEFAULT 0 NOT NULL,
    user_id integer DEFAULT 0 NOT NULL,
    size integer DEFAULT 0 NOT NULL
);
-- Files: name, the person or place it names, and what kind of bytes.
CREATE TABLE kgen.f (id int PRIMARY KEY, task_id int, name text, is_image boolean, who text, kind text, created bigint, uid int);
INSERT INTO kgen.f
SELECT row_number() OVER (ORDER BY t.k, j), t.k,
       CASE t.kind
         WHEN 'repairs' THEN (ARRAY['IMG_' || to_char(to_timestamp(t.created) AT TIME ZONE 'Europe/London', 'YYYYMMDD_HH24MISS') || '.jpg', 'leak-' || replace(lower(coalesce(tn.flat, '')), ' ', '') || '.jpg',
                                    'WhatsApp Image ' || to_char(to_timestamp(t.created) AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') || ' at 08.1' || (j % 10) || '.jpeg', 'Quote ' || coalesce(tn.last, '') || ' ' || coalesce(tn.flat, '') || '.pdf',
                                    'invoice-' || (5100 + t.k) || '.pdf', 'mould ' || coalesce(tn.first, '') || ' bathroom.jpg'])[1 + (t.k + j) % 6]
         WHEN 'lettings' THEN (ARRAY['Passport_' || replace(coalesce(x.name, ''), ' ', '_') || '.jpg', 'Payslips ' || coalesce(x.first, '') || ' ' || coalesce(x.last, '') || ' Jun-Aug.pdf',
                                     'Bank statement - ' || coalesce(x.name, '') || '.pdf', 'Inventory ' || coalesce(tn.flat, '') || '.pdf', 'Tenancy Agreement ' || coalesce(x.last, '') || ' signed.pdf',
                                     'BRP ' || coalesce(x.name, '') || '.png'])[1 + (t.k + j) % 6]
         WHEN 'compliance' THEN (ARRAY['CP12 ' || coalesce(tn.flat, '') || ' ' || coalesce(b.bname, '') || ' ' || to_char(to_timestamp(t.created) AT TIME ZONE 'Europe/London', 'YYYY') || '.pdf',
                                       'EICR_' || replace(coalesce(b.bname, ''), ' ', '_') || '.pdf', 'fire-log-' || to_char(to_timestamp(t.created) AT TIME ZONE 'Europe/London', 'YYYY-MM') || '.pdf'])[1 + (t.k + j) % 3]
         WHEN 'hr' THEN (ARRAY[replace(coalesce(h.name, ''), ' ', '_') || '_passport.jpg', 'Contract ' || coalesce(h.name, '') || '.pdf', 'P45 ' || coalesce(h.name, '') || '.pdf',
                               'Fit note ' || coalesce(h.name, '') || ' ' || to_char(to_timestamp(t.created) AT TIME ZONE 'Europe/London', 'Mon YYYY') || '.pdf'])[1 + (t.k + j) % 4]
         WHEN 'it' THEN (ARRAY['screenshot.png', 'error.png', 'laptop-agreement-signed.pdf'])[1 + (t.k + j) % 3]
         WHEN 'web' THEN (ARRAY['hero-v2.png', 'sitemap.pdf', 'search-wireframe.png'])[1 + (t.k + j) % 3]
         ELSE 'photo.jpg' END,
       false, coalesce(CASE WHEN t.kind = 'lettings' THEN x.name WHEN t.kind = 'hr' THEN h.name WHEN t.kind IN ('repairs', 'compliance') THEN tn.name END, ''), t.kind, t.created + j * 3600, t.st
FROM kgen.t t LEFT JOIN kgen.tn tn ON tn.i = t.tn LEFT JOIN kgen.tn x ON x.i = t.tn2 LEFT JOIN kgen.b b ON b.k = tn.bld LEFT JOIN kgen.nh h ON h.i = t.nh
CROSS JOIN LATERAL generate_series(1, fixture_gen.n('ktfn', t.k, 3)) j
WHERE t.kind NOT IN ('office', 'personal', 'ooh', 'contractor');
UPDATE kgen.f SET is_image = name ~* '\.(jpe?g|png)$';
INSERT INTO task_has_files (id, name, path, is_image, task_id, date, user_id, size)
SELECT f.id, f.name, 'tasks/' || f.task_id || '/' || fixture_gen.hexn('kfp', f.id, 40), f.is_image, f.task_id, f.created, f.uid, 20000 + fixture_gen.n('kfsz', f.id, 3000000)
FROM kgen.f f ORDER BY f.id;

CREATE TABLE project_has_files (
    id serial PRIMARY KEY,
    project_id integer NOT NULL,
    name character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    is_image boolean DEFAULT false,
    size integer DEFAULT 0 NOT NULL,
    user_id integer DEFAULT 0 NOT NULL,
    date integer DEFAULT 0 NOT NULL
);
INSERT INTO project_has_files (project_id, name, path, is_image, size, user_id, date)
SELECT v.p, v.n, 'projects/' || v.p || '/' || fixture_gen.hexn('kpfp', v.o, 40), v.n ~* '\.(jpe?g|png)$', 30000 + fixture_gen.n('kpfs', v.o, 5000000), v.u, 1660000000 + v.o * 1900000
FROM (VALUES (1, 1, 'Landlord authority – Dmitri Petrov (Riverside Court).pdf', 6), (2, 1, 'Contractor price list 2024.xlsx', 6), (3, 1, 'Riverside Court floor plans.pdf', 12),
             (4, 1, 'Key register Riverside Court.xlsx', 6), (5, 2, 'Chapel House tenants list.xlsx', 12), (6, 2, 'Kirkgate Lofts – residents contact sheet.pdf', 12),
             (7, 3, 'Referencing criteria.pdf', 7), (8, 3, 'Holding deposit form.docx', 7), (9, 3, 'Applicants waiting list Sept.xlsx', 13),
             (10, 4, 'Gas Safe cards – Linh Santos, Linh Benali, Lucas Korhonen.pdf', 2), (11, 4, 'Compliance tracker 2024.xlsx', 2), (12, 4, 'Fire risk assessment Victoria Works.pdf', 8),
             (13, 5, 'Office floor plan.png', 3), (14, 5, 'Insurance schedule 2024.pdf', 3), (15, 6, 'Staff emergency contacts.xlsx', 5), (16, 6, 'Salary bands 2024.xlsx', 5),
             (17, 6, 'Sickness absence log.xlsx', 5), (18, 6, 'Employee handbook v7.pdf', 5), (19, 7, 'Network diagram.png', 1), (20, 7, 'Laptop asset register.xlsx', 1),
             (21, 8, 'Brand guidelines.pdf', 41), (22, 8, 'Homepage mockup v3.png', 41), (23, 8, 'Sitemap.pdf', 41), (24, 10, 'OOH rota Q3 – names and mobiles.pdf', 6),
             (25, 10, 'Emergency contractors list.pdf', 6), (26, 11, 'Aire Electrical insurance certificate.pdf', 18), (27, 11, 'NICEIC registration – Olga Sharma.pdf', 18),
             (28, 3, 'IMG_0042.jpg', 19), (29, 1, 'Leak map 3rd floor.jpg', 24), (30, 9, 'Boarding pass Leila Johansson LBA-IST.pdf', 13)) v(o, p, n, u);

-- DatabaseStorage: the files' bytes (and the avatars and thumbnails) by object key.
CREATE TABLE object_storage (
    object_key character varying(255) NOT NULL PRIMARY KEY,
    object_data bytea NOT NULL
);
INSERT INTO object_storage
SELECT th.path, CASE WHEN th.is_image THEN '\xffd8ffe000104a46494600010100000100010000'::bytea || convert_to('Exif' || E'\n' || 'Model=SM-A546B DateTime=' || to_char(to_timestamp(th.date) AT TIME ZONE 'UTC', 'YYYY:MM:DD HH24:MI:SS') || ' Artist=' || f.who, 'UTF8') || decode(fixture_gen.hexn('kosi', th.id, 96), 'hex') || '\xffd9'::bytea
                     ELSE convert_to('%PDF-1.4' || E'\n' || '1 0 obj << /Title (' || th.name || ') /Author (' || coalesce(u.name, '') || ') >> endobj' || E'\n' || 'BT /F1 11 Tf 72 720 Td (' || f.who || ') Tj ET' || E'\n'
                                     || CASE f.kind WHEN 'lettings' THEN 'BT (Applicant: ' || f.who || ' - Sort code 40-11-62 Account ' || fixture_gen.digits('kosa', th.id, 8) || ') Tj ET'
                                                    WHEN 'hr' THEN 'BT (Employee: ' || f.who || ' NI ' || fixture_gen.nino('kosn', th.id) || ') Tj ET'
                                                    WHEN 'repairs' THEN 'BT (Quote for works at the property of ' || f.who || ') Tj ET' ELSE 'BT (Page 1) Tj ET' END || E'\n%%EOF', 'UTF8') END
FROM task_has_files th JOIN kgen.f f ON f.id = th.id LEFT JOIN kgen.p u ON u.i = th.user_id
UNION ALL
SELECT 'thumbnails/' || th.path, '\x89504e470d0a1a0a0000000d49484452'::bytea || decode(fixture_gen.hexn('kotn', th.id, 120), 'hex') FROM task_has_files th WHERE th.is_image
UNION ALL
SELECT u.avatar_path, '\xffd8ffe000104a46494600010100000100010000'::bytea || decode(fixture_gen.hexn('koav', u.id, 160), 'hex') || '\xffd9'::bytea FROM users u WHERE u.avatar_path IS NOT NULL
UNION ALL
SELECT pf.path, convert_to('%PDF-1.4' || E'\n' || '1 0 obj << /Title (' || pf.name || ') >> endobj' || E'\n%%EOF', 'UTF8') FROM project_has_files pf;

CREATE TABLE tags (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    project_id integer NOT NULL,
    color_id character varying(50) DEFAULT NULL,
    UNIQUE (project_id, name)
);
INSERT INTO tags (name, project_id, color_id)
SELECT v.n, v.p, v.c FROM (VALUES ('urgent', 0, 'red'), ('landlord approval', 0, 'orange'), ('tenant vulnerable', 0, 'purple'), ('insurance claim', 0, NULL), ('recharge tenant', 0, NULL),
  ('awaiting access', 1, 'yellow'), ('repeat visit', 1, NULL), ('damp', 1, 'green'), ('awaiting access', 2, 'yellow'), ('repeat visit', 2, NULL), ('students', 3, 'blue'),
  ('pets', 3, NULL), ('guarantor', 3, NULL), ('CP12', 4, 'red'), ('EICR', 4, 'yellow'), ('C2', 4, 'orange'), ('C1 danger', 4, 'red'), ('remote', 6, NULL), ('part-time', 6, NULL),
  ('laptop', 7, NULL), ('MFA', 7, 'purple'), ('printer', 7, NULL), ('phase 2', 8, 'teal'), ('SEO', 8, NULL), ('accessibility', 8, 'lime'), ('night call-out', 10, 'dark_grey'),
  ('made safe', 10, NULL), ('remedial', 11, 'orange')) v(n, p, c);

CREATE TABLE task_has_tags (
    task_id integer NOT NULL,
    tag_id integer NOT NULL,
    UNIQUE (tag_id, task_id)
);
INSERT INTO task_has_tags
SELECT DISTINCT t.id, g.id FROM tasks t CROSS JOIN generate_series(1, 2) j
JOIN LATERAL (SELECT id FROM tags WHERE project_id IN (0, t.project_id) ORDER BY id OFFSET fixture_gen.n('ktg', t.id * 3 + j, (SELECT count(*)::int FROM tags WHERE project_id IN (0, t.project_id))) LIMIT 1) g ON true
WHERE fixture_gen.n('ktgy', t.id * 3 + j, 3) > 0;

-- MetaMagik: field definitions; their values are task_has_metadata rows named after machine_name.
CREATE TABLE metadata_types (
    id serial PRIMARY KEY,
    human_name character varying(255) NOT NULL,
    machine_name character varying(255) NOT NULL,
    data_type character varying(50) NOT NULL,
    options character varying(255) DEFAULT '',
    is_required boolean DEFAULT false,
    attached_to character varying(50) NOT NULL,
    UNIQUE (machine_name, attached_to)
);
INSERT INTO metadata_types (id, human_name, machine_name, data_type, options, is_required, attached_to) VALUES
  (1, 'Tenant name', 'tenant_name', 'text', '', true, 'task'), (2, 'Tenant phone', 'tenant_phone', 'text', '', false, 'task'), (3, 'Flat', 'flat', 'text', '', true, 'task'),
  (4, 'Access notes', 'access_notes', 'textarea', '', false, 'task'), (5, 'Urgency', 'urgency', 'list', '24 hours,7 days,28 days', true, 'task'),
  (6, 'PO number', 'po_number', 'text', '', false, 'task'), (7, 'Quote (£)', 'quote_gbp', 'number', '', false, 'task'),
  (8, 'Applicant email', 'applicant_email', 'text', '', false, 'task'), (9, 'Asset tag', 'asset_tag', 'text', '', false, 'task'),
  (10, 'Landlord', 'landlord', 'list', 'Petrov Holdings,Okafor Lettings Ltd,Kirkgate Estates Ltd,Silva & Sons Property', false, 'project'),
  (11, 'Vulnerable tenant', 'vulnerable', 'check', '', false, 'task'), (12, 'Contractor ref', 'contractor_ref', 'text', '', false, 'task'),
  (13, 'Mobile', 'mobile', 'text', '', false, 'user'), (14, 'Emergency contact', 'emergency_contact', 'text', '', false, 'user');

CREATE TABLE metadata_has_type (
    id serial PRIMARY KEY,
    type_id integer NOT NULL,
    metadata_id integer NOT NULL
);
INSERT INTO metadata_has_type (type_id, metadata_id)
SELECT mt.id, p FROM metadata_types mt CROSS JOIN generate_series(1, 11) p
WHERE (mt.id IN (1, 2, 3, 4, 5, 6, 7, 11, 12) AND p IN (1, 2, 10)) OR (mt.id = 8 AND p = 3) OR (mt.id = 9 AND p = 7) OR (mt.id IN (1, 3, 12) AND p = 11) OR (mt.id = 10 AND p IN (1, 2));

CREATE TABLE task_has_metadata (
    task_id integer NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(255) DEFAULT '',
    changed_by integer DEFAULT 0 NOT NULL,
    changed_on integer DEFAULT 0 NOT NULL,
    UNIQUE (task_id, name)
);
INSERT INTO task_has_metadata
SELECT t.k, v.n, v.v, t.st, (t.created + 120)::int
FROM kgen.t t LEFT JOIN kgen.tn tn ON tn.i = t.tn LEFT JOIN kgen.tn x ON x.i = t.tn2 LEFT JOIN kgen.acc a ON a.k = fixture_gen.n('kta', t.k, 8)
CROSS JOIN LATERAL (VALUES
  ('repairs', 'tenant_name', tn.name), ('repairs', 'tenant_phone', tn.phone), ('repairs', 'flat', tn.flat), ('repairs', 'access_notes', replace(a.txt, 'Access: ', '')),
  ('repairs', 'urgency', CASE WHEN t.r IN (1, 2) THEN '24 hours' WHEN t.r IN (0, 8) THEN '7 days' ELSE '28 days' END), ('repairs', 'po_number', 'PO-' || (30000 + t.k)),
  ('repairs', 'quote_gbp', (80 + t.k % 600)::text), ('repairs', 'vulnerable', CASE WHEN a.k IN (3, 4, 6) THEN '1' ELSE '0' END),
  ('ooh', 'tenant_name', tn.name), ('ooh', 'tenant_phone', tn.phone), ('ooh', 'flat', tn.flat),
  ('lettings', 'applicant_email', x.email), ('it', 'asset_tag', 'HPS-' || (1000 + t.k)),
  ('contractor', 'tenant_name', tn.name), ('contractor', 'flat', tn.flat), ('contractor', 'contractor_ref', 'AE/' || (7700 + t.k))) v(kind, n, v)
WHERE v.kind = t.kind AND v.v IS NOT NULL AND (t.kind <> 'repairs' OR t.r NOT IN (5, 9) OR v.n IN ('urgency', 'po_number', 'quote_gbp'))
  AND fixture_gen.n('ktm', t.k * 17 + length(v.n), 10) < 8;

CREATE TABLE transitions (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    project_id integer NOT NULL,
    task_id integer NOT NULL,
    src_column_id integer NOT NULL,
    dst_column_id integer NOT NULL,
    date bigint NOT NULL,
    time_spent integer DEFAULT 0
);
INSERT INTO transitions (user_id, project_id, task_id, src_column_id, dst_column_id, date, time_spent)
SELECT CASE WHEN t.owner_id > 0 THEN t.owner_id ELSE t.creator_id END, t.project_id, t.id, c1.id, c2.id, t.date_creation + c2.position * 86400 + fixture_gen.n('ktrd', t.id, 80000),
       c2.position * 86400 + fixture_gen.n('ktrd', t.id, 80000) - (c1.position * 86400)
FROM tasks t JOIN columns cur ON cur.id = t.column_id
JOIN columns c1 ON c1.project_id = t.project_id AND c1.position < cur.position
JOIN columns c2 ON c2.project_id = t.project_id AND c2.position = c1.position + 1
ORDER BY t.id, c1.position;

CREATE TABLE actions (
    id serial PRIMARY KEY,
    project_id integer NOT NULL,
    event_name character varying(50) NOT NULL,
    action_name character varying(255) NOT NULL
);
CREATE TABLE action_has_params (
    id serial PRIMARY KEY,
    action_id integer NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(50) NOT NULL
);
INSERT INTO actions (id, project_id, event_name, action_name) VALUES
  (1, 1, 'task.move.column', '\Kanboard\Action\TaskAssignCurrentUserColumn'), (2, 1, 'task.create', '\Kanboard\Action\TaskAssignColorCategory'),
  (3, 1, 'task.move.column', '\Kanboard\Action\TaskClose'), (4, 1, 'task.create', '\Kanboard\Action\TaskAssignCategoryLabel'),
  (5, 2, 'task.move.column', '\Kanboard\Action\TaskAssignCurrentUserColumn'), (6, 2, 'task.move.column', '\Kanboard\Action\TaskClose'),
  (7, 3, 'task.move.column', '\Kanboard\Action\TaskAssignSpecificUser'), (8, 3, 'task.move.column', '\Kanboard\Action\TaskClose'),
  (9, 4, 'task.cronjob.daily', '\Kanboard\Action\TaskEmailNoActivity'), (10, 4, 'task.move.column', '\Kanboard\Action\TaskClose'),
  (11, 7, 'task.create', '\Kanboard\Action\TaskAssignSpecificUser'), (12, 7, 'task.move.column', '\Kanboard\Action\TaskClose'),
  (13, 7, 'task.cronjob.daily', '\Kanboard\Action\TaskCloseNoActivity'), (14, 10, 'task.create', '\Kanboard\Action\TaskAssignColorUser'),
  (15, 10, 'task.move.column', '\Kanboard\Action\TaskDuplicateAnotherProject'), (16, 8, 'task.move.column', '\Kanboard\Action\TaskClose'),
  (17, 6, 'task.move.column', '\Kanboard\Action\TaskClose'), (18, 11, 'task.move.column', '\Kanboard\Action\TaskEmail'),
  (19, 1, 'task.cronjob.daily', '\Kanboard\Action\TaskMoveColumnNotMovedPeriod'), (20, 3, 'task.create', '\Kanboard\Action\TaskAssignColorSwimlane');
INSERT INTO action_has_params (action_id, name, value) VALUES
  (1, 'column_id', '3'), (2, 'color_id', 'red'), (2, 'category_id', '2'), (3, 'column_id', '6'), (4, 'label', 'urgent'), (4, 'category_id', '2'),
  (5, 'column_id', '9'), (6, 'column_id', '12'), (7, 'column_id', '15'), (7, 'user_id', '19'), (8, 'column_id', '17'),
  (9, 'subject', 'Compliance task with no activity'), (9, 'user_id', '2'), (9, 'duration', '14'), (10, 'column_id', '21'),
  (11, 'user_id', '41'), (12, 'column_id', '33'), (13, 'duration', '30'), (14, 'color_id', 'dark_grey'), (14, 'user_id', '61'),
  (15, 'column_id', '43'), (15, 'project_id', '1'), (16, 'column_id', '38'), (17, 'column_id', '29'),
  (18, 'column_id', '46'), (18, 'user_id', '49'), (18, 'subject', 'Certificate ready to send'), (19, 'src_column_id', '2'), (19, 'dest_column_id', '1'), (19, 'duration', '7'),
  (20, 'swimlane_id', '23'), (20, 'color_id', 'teal');

CREATE TABLE custom_filters (
    id serial PRIMARY KEY,
    filter character varying(100) NOT NULL,
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(100) NOT NULL,
    is_shared boolean DEFAULT false,
    append boolean DEFAULT false
);
INSERT INTO custom_filters (filter, project_id, user_id, name, is_shared, append)
SELECT CASE g % 6 WHEN 0 THEN 'assignee:"' || a.name || '" status:open' WHEN 1 THEN 'status:open due:<today' WHEN 2 THEN 'assignee:' || a.username || ' category:"Plumbing"'
                  WHEN 3 THEN 'tag:"tenant vulnerable" status:open' WHEN 4 THEN 'creator:"' || a.name || '" created:>=' || '2024-01-01' ELSE 'swimlane:"Riverside Court" status:open' END,
       1 + g % 4, u.i,
       CASE g % 6 WHEN 0 THEN 'Open – ' || split_part(a.name, ' ', 1) WHEN 1 THEN 'Overdue' WHEN 2 THEN 'Plumbing jobs' WHEN 3 THEN 'Vulnerable tenants' WHEN 4 THEN 'Raised this year' ELSE 'Riverside open' END,
       g % 3 = 0, g % 5 = 0
FROM generate_series(1, 42) g JOIN kgen.p u ON u.i = 2 + fixture_gen.n('kcfu', g, 40) JOIN kgen.p a ON a.i = 45 + fixture_gen.n('kcfa', g, 14);

CREATE TABLE invites (
    email character varying(255) NOT NULL,
    project_id integer NOT NULL,
    token character varying(255) NOT NULL,
    PRIMARY KEY (email, token)
);
INSERT INTO invites
SELECT CASE WHEN g % 3 = 0 THEN fixture_gen.ascii(fixture_gen.first_name('kinv', g)) || '@' || fixture_gen.pick(ARRAY['leedsplumbfix.example', 'aire-electrical.example', 'kirkstall-locks.example', 'dampfix-yorkshire.example'], 'kinvd', g)
            ELSE fixture_gen.email('kinv', g) END,
       (ARRAY[1, 2, 11, 4, 3])[1 + g % 5], kgen.tok('kinvt', g)
FROM generate_series(1, 26) g;

CREATE TABLE column_has_restrictions (
    restriction_id serial PRIMARY KEY,
    project_id integer NOT NULL,
    role_id integer NOT NULL,
    column_id integer NOT NULL,
    rule character varying(255) NOT NULL,
    UNIQUE (role_id, column_id, rule)
);
INSERT INTO column_has_restrictions (project_id, role_id, column_id, rule) VALUES (1, 1, 6, 'task_creation'), (1, 1, 5, 'task_creation'), (2, 2, 12, 'task_creation'),
  (1, 3, 1, 'task_creation'), (4, 5, 21, 'task_creation'), (11, 8, 47, 'task_creation');

CREATE TABLE column_has_move_restrictions (
    restriction_id serial PRIMARY KEY,
    project_id integer NOT NULL,
    role_id integer NOT NULL,
    src_column_id integer NOT NULL,
    dst_column_id integer NOT NULL,
    only_assigned boolean DEFAULT false,
    UNIQUE (role_id, src_column_id, dst_column_id)
);
INSERT INTO column_has_move_restrictions (project_id, role_id, src_column_id, dst_column_id, only_assigned) VALUES
  (1, 1, 3, 4, true), (1, 1, 4, 5, true), (1, 1, 3, 5, true), (2, 2, 9, 10, true), (2, 2, 10, 11, true), (4, 5, 19, 20, false), (11, 8, 44, 45, true), (11, 8, 45, 46, true);

CREATE TABLE predefined_task_descriptions (
    id serial PRIMARY KEY,
    project_id integer NOT NULL,
    title text NOT NULL,
    description text NOT NULL
);
INSERT INTO predefined_task_descriptions (project_id, title, description) VALUES
  (1, 'Repair request', E'Reported by:\nPhone:\nAddress:\n\nProblem:\n\nAccess:'), (2, 'Repair request', E'Reported by:\nPhone:\nAddress:\n\nProblem:\n\nAccess:'),
  (1, 'Damp and mould inspection', E'Inspect within 10 working days. Moisture readings in every room, photos, ventilation check, advice leaflet left with the tenant.'),
  (3, 'Referencing', E'Applicant:\nPhone:\nEmail:\nDOB:\nEmployer and salary:\nCurrent address:\nGuarantor:'),
  (3, 'Move-in checklist', E'- Inventory signed\n- Meter readings\n- Keys handed over (number of sets)\n- Deposit registered\n- How to Rent guide sent'),
  (4, 'Gas safety check', E'Engineer:\nTenant contacted:\nDate booked:\nCertificate uploaded:'), (4, 'EICR', 'Five-yearly inspection. Remedials within 28 days for C2 items.'),
  (6, 'New starter', E'Start date:\nDOB:\nNI number:\nBank details:\nHome address:\nMobile:\nEmergency contact:'), (6, 'Leaver', E'Last day:\nKeys and fob returned:\nLaptop returned:\nP45 sent:'),
  (7, 'New laptop', 'Model, asset tag, user, handover date.'), (7, 'MFA reset', 'Verify the caller with the security question before resetting.'),
  (10, 'Out-of-hours call', E'Time of call:\nCaller and phone:\nProblem:\nContractor sent:\nMade safe?'), (8, 'User story', E'As a ...\nI want ...\nSo that ...\n\nAcceptance criteria:'),
  (11, 'EICR booking', E'Flat:\nTenant contact:\nDate:'), (5, 'Supplier order', 'Supplier, items, cost code.');

CREATE TABLE project_has_metadata (
    project_id integer NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(255) DEFAULT '',
    changed_by integer DEFAULT 0 NOT NULL,
    changed_on integer DEFAULT 0 NOT NULL,
    UNIQUE (project_id, name)
);
INSERT INTO project_has_metadata
SELECT v.p, v.n, v.v, v.u, 1680000000 + v.p * 86400 * 7 FROM (VALUES
  (1, 'slack_webhook_url', 'https://hooks.slack.com/services/T0' || fixture_gen.chars('kpmt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('kpmb', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('kpms', 1, 24), 6),
  (1, 'slack_webhook_channel', '#repairs-leeds', 6),
  (2, 'slack_webhook_url', 'https://hooks.slack.com/services/T0' || fixture_gen.chars('kpmt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('kpmb', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('kpms', 2, 24), 12),
  (2, 'slack_webhook_channel', '#repairs-bradford', 12),
  (10, 'telegram_apitoken', (6000000000 + fixture_gen.n('kptg', 1, 900000000))::text || ':AA' || fixture_gen.chars('kptgs', 1, 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), 6),
  (10, 'telegram_chat_id', '-100' || fixture_gen.digits('kptgc', 1, 10), 6),
  (10, 'telegram_forward_attachments', '1', 6),
  (8, 'mattermost_webhook_url', 'https://chat.northbeam-digital.example/hooks/' || fixture_gen.chars('kpmm', 1, 26, 'abcdefghijklmnopqrstuvwxyz0123456789'), 41),
  (8, 'mattermost_webhook_channel', 'halden-relaunch', 41),
  (1, 'landlord', 'Petrov Holdings', 6), (2, 'landlord', 'Kirkgate Estates Ltd', 12),
  (4, 'board.collapsed', '1', 2), (3, 'gantt_display', 'tasks', 7), (7, 'ical_subtasks', '0', 1)) v(p, n, v, u);

CREATE TABLE project_has_notification_types (
    id serial PRIMARY KEY,
    project_id integer NOT NULL,
    notification_type character varying(50) NOT NULL,
    UNIQUE (project_id, notification_type)
);
INSERT INTO project_has_notification_types (project_id, notification_type) VALUES (1, 'slack'), (1, 'webhook'), (2, 'slack'), (2, 'webhook'), (10, 'telegram'), (8, 'mattermost'),
  (3, 'webhook'), (4, 'webhook'), (7, 'webhook'), (11, 'webhook');

CREATE TABLE user_has_notifications (
    user_id integer NOT NULL,
    project_id integer,
    UNIQUE (project_id, user_id)
);
INSERT INTO user_has_notifications SELECT user_id, project_id FROM project_has_users WHERE (user_id + project_id) % 3 <> 0;

CREATE TABLE user_has_notification_types (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    notification_type character varying(50)
);
INSERT INTO user_has_notification_types (user_id, notification_type)
SELECT p.i, v.t FROM kgen.p p CROSS JOIN (VALUES ('email'), ('web'), ('telegram')) v(t)
WHERE p.kind <> 'desk' AND (v.t = 'web' OR (v.t = 'email' AND p.i % 4 <> 1) OR (v.t = 'telegram' AND p.dept IN ('maintenance', 'contractor') AND p.i % 3 = 0)) ORDER BY p.i, v.t;

CREATE TABLE user_has_metadata (
    user_id integer NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(255) DEFAULT '',
    changed_by integer DEFAULT 0 NOT NULL,
    changed_on integer DEFAULT 0 NOT NULL,
    UNIQUE (user_id, name)
);
INSERT INTO user_has_metadata
SELECT p.i, v.n, v.v, CASE WHEN v.n LIKE 'board.%' THEN p.i ELSE p.i END, 1690000000 + fixture_gen.n('kumd', p.i * 7 + length(v.n), 36000000)
FROM kgen.p p CROSS JOIN LATERAL (VALUES
  ('board.collapsed.1', CASE WHEN p.i % 2 = 0 THEN '1' END),
  ('board.hide_tasks_swimlanes', CASE WHEN p.i % 5 = 0 THEN '1' END),
  ('telegram_user_cid', CASE WHEN p.dept IN ('maintenance', 'contractor') AND p.i % 3 = 0 THEN fixture_gen.digits('kutc', p.i, 10) END),
  ('telegram_apitoken', CASE WHEN p.dept IN ('maintenance', 'contractor') AND p.i % 3 = 0 THEN (5000000000 + fixture_gen.n('kutg', p.i, 900000000))::text || ':AA' || fixture_gen.chars('kutgs', p.i, 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') END),
  ('slack_webhook_url', CASE WHEN p.dept = 'it' THEN 'https://hooks.slack.com/services/T0' || fixture_gen.chars('kpmt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('kumb', p.i, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('kums', p.i, 24) END),
  ('slack_webhook_channel', CASE WHEN p.dept = 'it' THEN '@' || split_part(p.email, '@', 1) END),
  ('mobile', CASE WHEN p.kind IN ('staff', 'contractor') AND p.i % 3 <> 0 THEN p.phone END),
  ('emergency_contact', CASE WHEN p.kind = 'staff' AND p.i % 4 = 2 THEN fixture_gen.full_name('kuec', p.i) || ' (' || (ARRAY['partner', 'mum', 'husband', 'wife', 'brother'])[1 + p.i % 5] || ') ' || kgen.ukphone('kuecp', p.i) END),
  ('kanban_view', CASE WHEN p.i % 3 = 0 THEN 'compact' END)) v(n, v)
WHERE v.v IS NOT NULL;

CREATE TABLE project_activities (
    id serial PRIMARY KEY,
    date_creation bigint NOT NULL,
    event_name character varying(50) NOT NULL,
    creator_id integer,
    project_id integer,
    task_id integer,
    data text
);
-- The task as TaskFinderModel::getDetails() returns it, as the events carry it.
CREATE TABLE kgen.tj (id int PRIMARY KEY, j json);
INSERT INTO kgen.tj
SELECT t.id, json_build_object('id', t.id, 'reference', t.reference, 'title', t.title, 'description', t.description, 'date_creation', t.date_creation,
         'date_modification', t.date_modification, 'date_completed', t.date_completed, 'date_started', t.date_started, 'date_due', t.date_due, 'color_id', t.color_id,
         'project_id', t.project_id, 'column_id', t.column_id, 'swimlane_id', t.swimlane_id, 'owner_id', t.owner_id, 'creator_id', t.creator_id, 'position', t.position,
         'is_active', CASE WHEN t.is_active THEN 1 ELSE 0 END, 'score', t.score, 'category_id', t.category_id, 'priority', t.priority, 'time_estimated', t.time_estimated,
         'time_spent', t.time_spent, 'external_provider', t.external_provider, 'external_uri', t.external_uri,
         'category_name', cat.name, 'swimlane_name', sl.name, 'project_name', pr.name, 'column_title', c.title,
         'assignee_username', a.username, 'assignee_name', a.name, 'assignee_email', a.email, 'assignee_avatar_path', a.avatar_path,
         'creator_username', cr.username, 'creator_name', cr.name)
FROM tasks t JOIN projects pr ON pr.id = t.project_id JOIN columns c ON c.id = t.column_id JOIN swimlanes sl ON sl.id = t.swimlane_id
LEFT JOIN project_has_categories cat ON cat.id = t.category_id LEFT JOIN users a ON a.id = t.owner_id LEFT JOIN users cr ON cr.id = t.creator_id;

INSERT INTO project_activities (date_creation, event_name, creator_id, project_id, task_id, data)
SELECT e.at, e.ev, e.uid, t.project_id, t.id,
       CASE WHEN e.ev = 'comment.create' THEN json_build_object('comment', json_build_object('id', cm.id, 'date_creation', cm.date_creation, 'comment', cm.comment, 'task_id', cm.task_id,
                   'user_id', cm.user_id, 'username', cu.username, 'name', cu.name, 'email', cu.email, 'avatar_path', cu.avatar_path), 'task', tj.j)::text
            WHEN e.ev = 'task.update' THEN json_build_object('task_id', t.id, 'task', tj.j, 'changes', json_build_object('date_due', t.date_due, 'priority', t.priority))::text
            WHEN e.ev = 'task.move.column' THEN json_build_object('task_id', t.id, 'task', tj.j, 'src_column_id', tr.src_column_id, 'dst_column_id', tr.dst_column_id)::text
            ELSE json_build_object('task_id', t.id, 'task', tj.j)::text END
FROM (
  SELECT t.id AS tid, 'task.create' AS ev, t.date_creation AS at, t.creator_id AS uid, NULL::int AS cid, NULL::int AS trid FROM tasks t
  UNION ALL SELECT c.task_id, 'comment.create', c.date_creation, c.user_id, c.id, NULL FROM comments c WHERE c.id % 2 = 0
  UNION ALL SELECT tr.task_id, 'task.move.column', tr.date, tr.user_id, NULL, tr.id FROM transitions tr WHERE tr.id % 4 = 0
  UNION ALL SELECT t.id, 'task.update', t.date_modification, t.owner_id, NULL, NULL FROM tasks t WHERE t.id % 5 = 0 AND t.owner_id > 0
  UNION ALL SELECT t.id, 'task.close', t.date_completed, coalesce(nullif(t.owner_id, 0), t.creator_id), NULL, NULL FROM tasks t WHERE NOT t.is_active AND t.id % 3 = 0
) e (tid, ev, at, uid, cid, trid)
JOIN tasks t ON t.id = e.tid JOIN kgen.tj tj ON tj.id = t.id
LEFT JOIN comments cm ON cm.id = e.cid LEFT JOIN users cu ON cu.id = cm.user_id LEFT JOIN transitions tr ON tr.id = e.trid
ORDER BY e.at, e.ev, t.id;

CREATE TABLE user_has_unread_notifications (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    date_creation bigint NOT NULL,
    event_name character varying(50) NOT NULL,
    event_data text NOT NULL
);
INSERT INTO user_has_unread_notifications (user_id, date_creation, event_name, event_data)
SELECT n.user_id, a.date_creation, a.event_name, a.data
FROM project_activities a JOIN user_has_notifications n ON n.project_id = a.project_id
WHERE a.date_creation > 1725000000 AND n.user_id <> coalesce(a.creator_id, 0) AND (a.id + n.user_id) % 3 = 0
ORDER BY a.date_creation, n.user_id;

CREATE TABLE project_daily_stats (
    id serial PRIMARY KEY,
    day character(10) NOT NULL,
    project_id integer NOT NULL,
    avg_lead_time integer DEFAULT 0 NOT NULL,
    avg_cycle_time integer DEFAULT 0 NOT NULL,
    UNIQUE (day, project_id)
);
INSERT INTO project_daily_stats (day, project_id, avg_lead_time, avg_cycle_time)
SELECT to_char(date '2024-08-01' + d, 'YYYY-MM-DD'), p, 86400 * 3 + fixture_gen.n('kpds', p * 100 + d, 600000), 86400 + fixture_gen.n('kpdc', p * 100 + d, 300000)
FROM generate_series(0, 59) d CROSS JOIN generate_series(1, 4) p ORDER BY 1, 2;

CREATE TABLE project_daily_column_stats (
    id serial PRIMARY KEY,
    day character(10) NOT NULL,
    project_id integer NOT NULL,
    column_id integer NOT NULL,
    total integer DEFAULT 0 NOT NULL,
    score integer DEFAULT 0 NOT NULL,
    UNIQUE (day, project_id, column_id)
);
INSERT INTO project_daily_column_stats (day, project_id, column_id, total, score)
SELECT to_char(date '2024-08-01' + d, 'YYYY-MM-DD'), c.project_id, c.id, fixture_gen.n('kpdt', c.id * 100 + d, 30), 0
FROM generate_series(0, 59, 3) d CROSS JOIN columns c WHERE c.project_id IN (1, 2, 7) ORDER BY 1, 3;

CREATE TABLE currencies (
    currency character(3) NOT NULL UNIQUE,
    rate real DEFAULT 0
);
INSERT INTO currencies VALUES ('EUR', 1.19), ('USD', 1.34), ('PLN', 5.13), ('GBP', 1);

-- ============================================================== plugins

-- Budget
CREATE TABLE budget_lines (
    id serial PRIMARY KEY,
    project_id integer NOT NULL,
    amount real NOT NULL,
    date character varying(10) NOT NULL,
    comment text
);
INSERT INTO budget_lines (project_id, amount, date, comment)
SELECT (ARRAY[1, 2, 4, 7, 8, 11])[1 + g % 6], (500 + fixture_gen.n('kbla', g, 40) * 250)::real, to_char(date '2023-01-01' + g * 17, 'YYYY-MM-DD'),
       CASE g % 5 WHEN 0 THEN 'Quarterly reactive repairs budget' WHEN 1 THEN 'Top-up approved by ' || (ARRAY['Dmitri Petrov', 'Mrs A. Okafor', 'the Kirkgate Estates board'])[1 + g % 3]
                  WHEN 2 THEN 'Sole trader invoice – ' || fixture_gen.full_name('kblt', g) || ' (UTR ' || fixture_gen.digits('kblu', g, 10) || ')' WHEN 3 THEN '' ELSE 'Agency fixed price, phase ' || (1 + g % 2) END
FROM generate_series(1, 48) g;

CREATE TABLE hourly_rates (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    rate real DEFAULT 0,
    date_effective integer NOT NULL,
    currency character(3) NOT NULL
);
INSERT INTO hourly_rates (user_id, rate, date_effective, currency)
SELECT p.i, CASE WHEN p.kind = 'contractor' THEN 38 + fixture_gen.n('khr', p.i * 3 + y, 30) ELSE 12.5 + fixture_gen.n('khr', p.i * 3 + y, 22) + y * 0.75 END,
       extract(epoch FROM make_date(2022 + y, 4, 1))::int, 'GBP'
FROM kgen.p p CROSS JOIN generate_series(0, 2) y WHERE p.kind <> 'desk' AND (y > 0 OR p.i % 2 = 0) ORDER BY y, p.i;

-- Timetable
CREATE TABLE timetable_day (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    start character varying(5) NOT NULL,
    "end" character varying(5) NOT NULL
);
INSERT INTO timetable_day (user_id, start, "end")
SELECT p.i, v.s, v.e FROM kgen.p p CROSS JOIN (VALUES ('08:30', '12:30'), ('13:30', '17:00')) v(s, e) WHERE p.kind = 'staff' AND p.i < 62 ORDER BY p.i, v.s;

CREATE TABLE timetable_week (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    day integer NOT NULL,
    start character varying(5) NOT NULL,
    "end" character varying(5) NOT NULL
);
INSERT INTO timetable_week (user_id, day, start, "end")
SELECT p.i, d, CASE WHEN p.i % 4 = 0 THEN '09:30' ELSE '08:30' END, CASE WHEN d = 5 THEN '16:00' WHEN p.i % 4 = 0 THEN '15:00' ELSE '17:00' END
FROM kgen.p p CROSS JOIN generate_series(1, 5) d WHERE p.kind = 'staff' AND p.i < 62 AND NOT (p.i % 6 = 1 AND d = 3) ORDER BY p.i, d;

CREATE TABLE timetable_off (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    date character varying(10) NOT NULL,
    all_day boolean DEFAULT false,
    start character varying(5) DEFAULT 0,
    "end" character varying(5) DEFAULT 0,
    comment text
);
INSERT INTO timetable_off (user_id, date, all_day, start, "end", comment)
SELECT u, to_char(date '2023-01-02' + fixture_gen.n('ktod', g, 630), 'YYYY-MM-DD'), g % 3 <> 0, CASE WHEN g % 3 = 0 THEN '13:30' ELSE '' END, CASE WHEN g % 3 = 0 THEN '17:00' ELSE '' END,
       CASE g % 8 WHEN 0 THEN 'Annual leave' WHEN 1 THEN 'Sick – ' || fixture_gen.pick(ARRAY['migraine', 'flu', 'back pain', 'stomach bug', 'chemo session', 'IVF appointment', 'panic attacks'], 'ktoc', g)
                  WHEN 2 THEN 'Hospital appointment (' || fixture_gen.pick(ARRAY['fracture clinic', 'antenatal scan', 'cardiology', 'physio'], 'ktoh', g) || ')' WHEN 3 THEN 'Dentist'
                  WHEN 4 THEN 'Child''s school play' WHEN 5 THEN 'Bereavement – funeral of ' || fixture_gen.pick(ARRAY['grandmother', 'uncle', 'father-in-law'], 'ktob', g)
                  WHEN 6 THEN '' ELSE 'Jury service' END
FROM generate_series(1, 130) g CROSS JOIN LATERAL (SELECT 2 + fixture_gen.n('ktou', g, 42) AS u) x ORDER BY 2, 1;

CREATE TABLE timetable_extra (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    date character varying(10) NOT NULL,
    all_day boolean DEFAULT false,
    start character varying(5) DEFAULT 0,
    "end" character varying(5) DEFAULT 0,
    comment text
);
INSERT INTO timetable_extra (user_id, date, all_day, start, "end", comment)
SELECT (ARRAY[6, 12, 18, 24, 30, 36, 40, 42, 44])[1 + g % 9], to_char(date '2023-02-04' + g * 7, 'YYYY-MM-DD'), g % 4 = 0,
       CASE WHEN g % 4 = 0 THEN '' ELSE '18:00' END, CASE WHEN g % 4 = 0 THEN '' ELSE '22:00' END,
       CASE g % 5 WHEN 0 THEN 'Out-of-hours cover' WHEN 1 THEN 'Weekend cover – flood at ' || (SELECT bname FROM kgen.b WHERE k = 1 + g % 8) WHEN 2 THEN 'Server patching'
                  WHEN 3 THEN 'Covering for ' || fixture_gen.full_name('kteo', g) || ' (off sick)' ELSE '' END
FROM generate_series(1, 80) g;

-- Wiki
CREATE TABLE wikipage (
    id serial PRIMARY KEY,
    project_id integer NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    is_active smallint DEFAULT 1,
    creator_id integer DEFAULT 0,
    modifier_id integer DEFAULT 0,
    date_creation character varying(10) DEFAULT NULL,
    date_modification character varying(10) DEFAULT NULL,
    "order" integer DEFAULT 1,
    editions integer DEFAULT 1,
    current_edition integer DEFAULT 1
);
CREATE TABLE kgen.w (id int PRIMARY KEY, project_id int, title text, body text, uid int);
INSERT INTO kgen.w VALUES
  (1, 10, 'On-call rota', NULL, 6), (2, 10, 'Emergency contractors', NULL, 6), (3, 1, 'How we triage repairs', E'## Urgency\n\n- **24 hours**: no heating or hot water, uncontained leaks, insecure front doors, no power.\n- **7 days**: leaks that are contained, broken appliances supplied by the landlord.\n- **28 days**: everything else.\n\nDamp and mould: inspect within 10 working days and follow the procedure.', 6),
  (4, 1, 'Key safe locations', NULL, 12), (5, 3, 'Referencing criteria', E'Income 30x monthly rent, or a UK guarantor earning 36x. Right to rent check before the tenancy starts. Students: guarantor always.', 7),
  (6, 3, 'Viewing etiquette', 'Arrive five minutes early, check the tenant has had 24 hours'' notice, take shoe covers.', 7), (7, 4, 'Certificate deadlines', E'CP12: every 12 months.\nEICR: every 5 years.\nFire alarm: weekly test, six-monthly service.', 2),
  (8, 6, 'Onboarding checklist', E'1. Right to work check (original documents, in person or via IDVT).\n2. Contract and handbook.\n3. Payroll form: bank details and NI number.\n4. IT: laptop, Google account, Kanboard.', 5),
  (9, 6, 'Sickness reporting', 'Call your manager before 9am on the first day. Self-certify up to 7 days, then a fit note.', 5),
  (10, 7, 'New starter IT setup', E'Create the Google account, add to LDAP groups, enrol MFA, add to the Kanboard groups.\nThe Kanboard API user is **kanboard-integration**; ask Mikael for the token.', 1),
  (11, 7, 'Printer and copier', 'Ricoh IM C3000 on the first floor, service contract 0113 ... (see contract PDF).', 1),
  (12, 8, 'Agency contacts', NULL, 41), (13, 8, 'Content style guide', 'Plain English, British spelling, sentence case headings, no exclamation marks.', 41),
  (14, 5, 'Office opening hours', 'Monday to Thursday 8:30–17:00, Friday until 16:00. Post collected at 15:30.', 3), (15, 2, 'Bradford contractors', NULL, 12);
UPDATE kgen.w SET body = E'| Week | Primary | Backup |\n|---|---|---|\n' || (SELECT string_agg('| ' || to_char(date '2024-09-02' + 7 * g, 'DD/MM') || ' | ' || a.name || ' ' || a.phone || ' | ' || b.name || ' ' || b.phone || ' |', E'\n' ORDER BY g)
  FROM generate_series(0, 7) g JOIN kgen.p a ON a.i = (ARRAY[6, 12, 18, 24, 30, 36, 40, 42])[1 + g % 8] JOIN kgen.p b ON b.i = (ARRAY[42, 40, 36, 30, 24, 18, 12, 6])[1 + g % 8]) WHERE id = 1;
UPDATE kgen.w SET body = (SELECT string_agg('- **' || c.name || '** (' || CASE WHEN c.email LIKE '%.example' THEN initcap(replace(split_part(split_part(c.email, '@', 2), '.', 1), '-', ' ')) ELSE 'sole trader' END || '): ' || c.phone, E'\n' ORDER BY c.i) FROM kgen.p c WHERE c.kind = 'contractor') WHERE id IN (2, 15);
UPDATE kgen.w SET body = (SELECT string_agg('- ' || b.bname || ': key safe ' || fixture_gen.pick(ARRAY['by the bin store', 'left of the main entrance', 'in the plant room corridor', 'behind the cycle shelter'], 'kwks', b.k) || ', codes from the office safe only', E'\n' ORDER BY b.k) FROM kgen.b b) WHERE id = 4;
UPDATE kgen.w SET body = E'Northbeam Digital\n\n- Project lead: Kwame Asante, kwame@northbeam-digital.example, 07700 900 412\n- Designer: Chloé Marchand, chloe@northbeam-digital.example\n- Staging: https://halden-staging.northbeam-digital.example (login in the IT vault)' WHERE id = 12;
INSERT INTO wikipage (id, project_id, title, content, is_active, creator_id, modifier_id, date_creation, date_modification, "order", editions, current_edition)
SELECT w.id, w.project_id, w.title, w.body, 1, w.uid, CASE WHEN w.id % 3 = 0 THEN w.uid ELSE 1 + w.id END, to_char(date '2023-03-01' + w.id * 20, 'YYYY-MM-DD'),
       to_char(date '2024-03-01' + w.id * 9, 'YYYY-MM-DD'), 1 + w.id % 4, 1 + w.id % 5, 1 + w.id % 5
FROM kgen.w w ORDER BY w.id;

CREATE TABLE wikipage_editions (
    edition integer NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    creator_id integer DEFAULT 0,
    date_creation character varying(10) DEFAULT NULL,
    wikipage_id integer NOT NULL,
    PRIMARY KEY (edition, wikipage_id)
);
INSERT INTO wikipage_editions
SELECT e, w.title, CASE WHEN e = w.editions THEN w.content ELSE regexp_replace(w.content, '\d{3}', lpad((e * 111)::text, 3, '0')) END, w.creator_id,
       to_char(date '2023-03-01' + w.id * 20 + e * 30, 'YYYY-MM-DD'), w.id
FROM wikipage w CROSS JOIN LATERAL generate_series(1, w.editions) e ORDER BY w.id, e;

CREATE TABLE wikipage_has_files (
    id serial PRIMARY KEY,
    name character varying(50),
    path character varying(255),
    is_image smallint DEFAULT 0,
    wikipage_id integer
);
INSERT INTO wikipage_has_files (name, path, is_image, wikipage_id) VALUES
  ('ooh-rota-sept.pdf', 'wikipage/1/' || fixture_gen.hexn('kwf', 1, 40), 0, 1), ('Contractors 2024.xlsx', 'wikipage/2/' || fixture_gen.hexn('kwf', 2, 40), 0, 2),
  ('triage-flowchart.png', 'wikipage/3/' || fixture_gen.hexn('kwf', 3, 40), 1, 3), ('Right to rent – guide.pdf', 'wikipage/5/' || fixture_gen.hexn('kwf', 4, 40), 0, 5),
  ('Passport sample – Beatriz Silva.jpg', 'wikipage/8/' || fixture_gen.hexn('kwf', 5, 40), 1, 8), ('Fit note example.pdf', 'wikipage/9/' || fixture_gen.hexn('kwf', 6, 40), 0, 9),
  ('ricoh-contract.pdf', 'wikipage/11/' || fixture_gen.hexn('kwf', 7, 40), 0, 11), ('Kwame Asante business card.jpg', 'wikipage/12/' || fixture_gen.hexn('kwf', 8, 40), 1, 12),
  ('style-guide.pdf', 'wikipage/13/' || fixture_gen.hexn('kwf', 9, 40), 0, 13), ('Bradford key register.xlsx', 'wikipage/15/' || fixture_gen.hexn('kwf', 10, 40), 0, 15),
  ('rota-template.xlsx', 'wikipage/1/' || fixture_gen.hexn('kwf', 11, 40), 0, 1), ('office-map.png', 'wikipage/14/' || fixture_gen.hexn('kwf', 12, 40), 1, 14);

-- Group_assign
CREATE TABLE multiselect (
    id serial PRIMARY KEY,
    external_id character varying(255) DEFAULT ''
);
INSERT INTO multiselect (id, external_id) SELECT g, '' FROM generate_series(1, 40) g;

CREATE TABLE multiselect_has_users (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    UNIQUE (group_id, user_id)
);
INSERT INTO multiselect_has_users
SELECT DISTINCT g, 2 + fixture_gen.n('kmsu', g * 5 + j, 57) FROM generate_series(1, 40) g CROSS JOIN generate_series(1, 3) j ORDER BY 1, 2;

-- AddressBook: contact properties (items) and their values per contact.
CREATE TABLE address_book_contacts_items (
    id serial PRIMARY KEY,
    item character varying(30) NOT NULL,
    item_help text,
    item_type text NOT NULL,
    position integer NOT NULL
);
INSERT INTO address_book_contacts_items (id, item, item_help, item_type, position) VALUES (1, 'Name', NULL, 'text', 1), (2, 'Organisation', NULL, 'text', 2),
  (3, 'Address', 'Full postal address', 'address', 3), (4, 'Telephone', NULL, 'telephone', 4), (5, 'Mobile', NULL, 'telephone', 5), (6, 'Email', NULL, 'email', 6),
  (7, 'Website', NULL, 'url', 7), (8, 'Reference', 'Landlord or supplier account number', 'text', 8), (9, 'Note', NULL, 'text', 9), (10, 'Type', 'Landlord, tenant, supplier or agent', 'text', 10);

CREATE TABLE address_book_contacts_contact (
    contacts_id integer NOT NULL,
    item_id integer NOT NULL,
    contact_item_value text NOT NULL,
    contact_status text NOT NULL,
    updated_by_user_id integer NOT NULL,
    last_updated integer NOT NULL
);
CREATE INDEX address_book_contacts_contact_idx ON address_book_contacts_contact (contacts_id);
INSERT INTO address_book_contacts_contact
SELECT c, it.id, v.val, CASE WHEN c % 11 = 0 THEN 'archived' ELSE 'active' END, (ARRAY[3, 6, 7, 12, 19])[1 + c % 5], 1680000000 + c * 200000 + it.id
FROM generate_series(1, 90) c
CROSS JOIN LATERAL (SELECT CASE WHEN c <= 20 THEN 'landlord' WHEN c <= 60 THEN 'tenant' ELSE 'supplier' END AS ty) y
LEFT JOIN kgen.tn tn ON tn.i = c * 3
CROSS JOIN address_book_contacts_items it
CROSS JOIN LATERAL (SELECT CASE it.id
    WHEN 1 THEN CASE y.ty WHEN 'landlord' THEN fixture_gen.full_name('kabl', c) WHEN 'tenant' THEN tn.name ELSE fixture_gen.full_name('kabs', c) END
    WHEN 2 THEN CASE y.ty WHEN 'landlord' THEN CASE WHEN c % 3 = 0 THEN fixture_gen.last_name('kabl', c) || ' Property Holdings Ltd' END WHEN 'supplier' THEN fixture_gen.pick(ARRAY['Leeds Plumbfix', 'Aire Electrical Ltd', 'Northgas Services', 'Sparkleclean Yorkshire', 'Kirkstall Locks', 'DampFix Yorkshire', 'Plumbase Leeds'], 'kabo', c) END
    WHEN 3 THEN CASE y.ty WHEN 'tenant' THEN tn.addr ELSE (1 + c % 200) || ' ' || fixture_gen.pick(ARRAY['Otley Road', 'Wetherby Road', 'Harrogate Road', 'Manor Lane', 'York Road'], 'kaba', c) || ', ' || fixture_gen.pick(ARRAY['Leeds LS16 6AJ', 'Harrogate HG1 2PT', 'Ilkley LS29 8QJ', 'Wakefield WF4 1AA', 'Leeds LS9 9EH'], 'kabc', c) END
    WHEN 4 THEN CASE WHEN c % 2 = 0 THEN '0113 ' || fixture_gen.digits('kabt', c, 3) || ' ' || fixture_gen.digits('kabu', c, 4) END
    WHEN 5 THEN CASE y.ty WHEN 'tenant' THEN tn.phone ELSE kgen.ukphone('kabm', c) END
    WHEN 6 THEN CASE y.ty WHEN 'tenant' THEN tn.email WHEN 'landlord' THEN fixture_gen.email('kabl', c) ELSE 'office@' || lower(replace(fixture_gen.pick(ARRAY['Leeds Plumbfix', 'Aire Electrical Ltd', 'Northgas Services', 'Sparkleclean Yorkshire', 'Kirkstall Locks', 'DampFix Yorkshire', 'Plumbase Leeds'], 'kabo', c), ' ', '-')) || '.example' END
    WHEN 7 THEN CASE WHEN y.ty = 'supplier' THEN 'https://www.' || lower(replace(fixture_gen.pick(ARRAY['Leeds Plumbfix', 'Aire Electrical Ltd', 'Northgas Services', 'Sparkleclean Yorkshire', 'Kirkstall Locks', 'DampFix Yorkshire', 'Plumbase Leeds'], 'kabo', c), ' ', '-')) || '.example' END
    WHEN 8 THEN CASE y.ty WHEN 'landlord' THEN 'LL-' || (100 + c) WHEN 'supplier' THEN 'SUP-' || (500 + c) ELSE 'T-' || (2000 + c) END
    WHEN 9 THEN CASE WHEN c % 4 = 0 THEN fixture_gen.pick(ARRAY['Prefers WhatsApp.', 'Lives abroad, email only.', 'Hard of hearing – text, don''t call.', 'Pays rent by standing order on the 3rd.',
                                                                 'Bank: sort code 20-45-77, account ' || fixture_gen.digits('kabb', c, 8) || '.', 'Has POA for her mother, the joint owner.'], 'kabn', c) END
    ELSE initcap(y.ty) END AS val) v
WHERE v.val IS NOT NULL
ORDER BY c, it.id;

CREATE TABLE address_book_contacts_task_has_contact (
    id serial PRIMARY KEY,
    task_id integer NOT NULL,
    contacts_id integer NOT NULL
);
INSERT INTO address_book_contacts_task_has_contact (task_id, contacts_id)
SELECT t.k, CASE WHEN t.k % 3 = 0 THEN 1 + t.k % 20 WHEN t.k % 3 = 1 THEN 21 + t.k % 40 ELSE 61 + t.k % 30 END
FROM kgen.t t WHERE t.kind IN ('repairs', 'lettings', 'compliance', 'contractor') AND t.k % 4 <> 0 ORDER BY t.k;

-- Chat
CREATE TABLE chat_messages (
    id serial PRIMARY KEY,
    message text NOT NULL,
    user_id integer NOT NULL,
    creation_date integer NOT NULL
);
INSERT INTO chat_messages (message, user_id, creation_date)
SELECT CASE g % 12
    WHEN 0 THEN 'Anyone free to cover a viewing at ' || b.bname || ' at 4?'
    WHEN 1 THEN 'Tenant in ' || tn.flat || ' ' || b.bname || ' (' || tn.name || ') is in reception shouting about the boiler again'
    WHEN 2 THEN 'Coffee?'
    WHEN 3 THEN '@' || u2.username || ' can you call ' || tn.first || ' back on ' || tn.phone || '?'
    WHEN 4 THEN 'Printer is jammed again'
    WHEN 5 THEN 'I''m off tomorrow, ' || fixture_gen.pick(ARRAY['hospital appointment for my son', 'dentist', 'moving house', 'my mum''s operation'], 'kchm', g)
    WHEN 6 THEN 'Keys for ' || tn.flat || ' are in the top drawer'
    WHEN 7 THEN 'Board is slow today?'
    WHEN 8 THEN 'Landlord ' || fixture_gen.full_name('kchl', g) || ' just rang, wants a call back on ' || kgen.ukphone('kchp', g)
    WHEN 9 THEN 'Has anyone got the wifi password for the Maltings plant room?'
    WHEN 10 THEN 'Lunch order going in at 12'
    ELSE 'Thanks all, good week' END,
  u.i, 1717200000 + g * 21000 + fixture_gen.n('kchd', g, 20000)
FROM generate_series(1, 320) g JOIN kgen.p u ON u.i = 2 + fixture_gen.n('kchu', g, 43) JOIN kgen.p u2 ON u2.i = 2 + fixture_gen.n('kchu2', g, 43)
JOIN kgen.tn tn ON tn.i = 1 + fixture_gen.n('kcht', g, 320) JOIN kgen.b b ON b.k = tn.bld ORDER BY g;

CREATE TABLE chat_users (
    user_id integer NOT NULL UNIQUE,
    message_id integer DEFAULT 0,
    mentioned boolean DEFAULT false
);
INSERT INTO chat_users SELECT p.i, 300 + p.i % 20, p.i % 7 = 0 FROM kgen.p p WHERE p.kind = 'staff' AND p.i < 62 ORDER BY p.i;

-- Customizer
CREATE TABLE customizer_files (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    is_image boolean DEFAULT false,
    size integer DEFAULT 0 NOT NULL,
    user_id integer DEFAULT 0 NOT NULL,
    date integer DEFAULT 0 NOT NULL
);
INSERT INTO customizer_files (name, path, is_image, size, user_id, date) VALUES
  ('halden-logo.png', 'customizer/' || fixture_gen.hexn('kcu', 1, 40), true, 18211, 40, 1680500000), ('halden-logo-2023.png', 'customizer/' || fixture_gen.hexn('kcu', 2, 40), true, 20950, 40, 1700500000),
  ('favicon.ico', 'customizer/' || fixture_gen.hexn('kcu', 3, 40), true, 4286, 40, 1680500100), ('login-background.jpg', 'customizer/' || fixture_gen.hexn('kcu', 4, 40), true, 412003, 40, 1680500200),
  ('header-pattern.svg', 'customizer/' || fixture_gen.hexn('kcu', 5, 40), true, 3021, 41, 1711000000);

-- Bigboard
CREATE TABLE bigboard_selected (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    project_id integer NOT NULL,
    UNIQUE (user_id, project_id)
);
INSERT INTO bigboard_selected (user_id, project_id) SELECT user_id, project_id FROM project_has_users WHERE user_id <= 44 AND (user_id + project_id) % 2 = 0 ORDER BY 1, 2;
CREATE TABLE bigboard_collapsed (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    project_id integer NOT NULL,
    UNIQUE (user_id, project_id)
);
INSERT INTO bigboard_collapsed (user_id, project_id) SELECT user_id, project_id FROM bigboard_selected WHERE user_id % 3 = 0 ORDER BY 1, 2;

-- ============================================================== keys
ALTER TABLE remember_me ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE last_logins ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE password_reset ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_has_metadata ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_has_notifications ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_has_notifications ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE user_has_notification_types ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_has_unread_notifications ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE group_has_users ADD FOREIGN KEY (group_id) REFERENCES groups (id) ON DELETE CASCADE;
ALTER TABLE group_has_users ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE project_has_users ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_has_users ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE project_has_groups ADD FOREIGN KEY (group_id) REFERENCES groups (id) ON DELETE CASCADE;
ALTER TABLE project_has_groups ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_has_roles ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_role_has_restrictions ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_role_has_restrictions ADD FOREIGN KEY (role_id) REFERENCES project_has_roles (role_id) ON DELETE CASCADE;
ALTER TABLE column_has_restrictions ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE column_has_restrictions ADD FOREIGN KEY (role_id) REFERENCES project_has_roles (role_id) ON DELETE CASCADE;
ALTER TABLE column_has_restrictions ADD FOREIGN KEY (column_id) REFERENCES columns (id) ON DELETE CASCADE;
ALTER TABLE column_has_move_restrictions ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE column_has_move_restrictions ADD FOREIGN KEY (role_id) REFERENCES project_has_roles (role_id) ON DELETE CASCADE;
ALTER TABLE column_has_move_restrictions ADD FOREIGN KEY (src_column_id) REFERENCES columns (id) ON DELETE CASCADE;
ALTER TABLE column_has_move_restrictions ADD FOREIGN KEY (dst_column_id) REFERENCES columns (id) ON DELETE CASCADE;
ALTER TABLE columns ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE swimlanes ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_has_categories ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_has_metadata ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_has_notification_types ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_has_files ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE predefined_task_descriptions ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_activities ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_activities ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE project_daily_stats ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_daily_column_stats ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_daily_column_stats ADD FOREIGN KEY (column_id) REFERENCES columns (id) ON DELETE CASCADE;
ALTER TABLE actions ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE action_has_params ADD FOREIGN KEY (action_id) REFERENCES actions (id) ON DELETE CASCADE;
ALTER TABLE custom_filters ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE custom_filters ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE tasks ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE tasks ADD FOREIGN KEY (column_id) REFERENCES columns (id) ON DELETE CASCADE;
ALTER TABLE subtasks ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE subtask_time_tracking ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE subtask_time_tracking ADD FOREIGN KEY (subtask_id) REFERENCES subtasks (id) ON DELETE CASCADE;
ALTER TABLE comments ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE task_has_files ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE task_has_links ADD FOREIGN KEY (link_id) REFERENCES links (id) ON DELETE CASCADE;
ALTER TABLE task_has_links ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE task_has_links ADD FOREIGN KEY (opposite_task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE task_has_external_links ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE task_has_tags ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE task_has_tags ADD FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE;
ALTER TABLE task_has_metadata ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE transitions ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE transitions ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE transitions ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE transitions ADD FOREIGN KEY (src_column_id) REFERENCES columns (id) ON DELETE CASCADE;
ALTER TABLE transitions ADD FOREIGN KEY (dst_column_id) REFERENCES columns (id) ON DELETE CASCADE;
ALTER TABLE invites ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE budget_lines ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE hourly_rates ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE timetable_day ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE timetable_week ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE timetable_off ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE timetable_extra ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE wikipage ADD FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE wikipage_editions ADD FOREIGN KEY (wikipage_id) REFERENCES wikipage (id) ON DELETE CASCADE;
ALTER TABLE wikipage_has_files ADD FOREIGN KEY (wikipage_id) REFERENCES wikipage (id) ON DELETE CASCADE;
ALTER TABLE metadata_has_type ADD FOREIGN KEY (type_id) REFERENCES metadata_types (id) ON DELETE CASCADE;
ALTER TABLE multiselect_has_users ADD FOREIGN KEY (group_id) REFERENCES multiselect (id) ON DELETE CASCADE;
ALTER TABLE multiselect_has_users ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE address_book_contacts_contact ADD FOREIGN KEY (item_id) REFERENCES address_book_contacts_items (id) ON DELETE CASCADE;
ALTER TABLE address_book_contacts_task_has_contact ADD FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE chat_messages ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE chat_users ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE bigboard_selected ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE bigboard_collapsed ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA kgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
