-- classify-eval fixture (HOLDOUT 10, with erpnext: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): a Gitea 1.22 forge on PostgreSQL in Gitea's own xorm naming
-- (lower_snake, bigint serial keys, *_unix epoch seconds, created/updated on
-- the Actions tables, JSON kept as text). git.korvex.example, the forge of
-- Korvex Robotics, about 900 engineers and contractors in Lisbon, Munich,
-- Pune, Seoul, Austin, Lagos and Kraków, and remote. Users and organizations
-- in one "user" table (type 0 people and service accounts, type 1
-- organizations whose full_name is a team's and whose email is a role
-- mailbox); LDAP users whose login_name is the sAMAccountName, Keycloak
-- users whose login_name is their subject UUID, local contractors with
-- argon2/pbkdf2/bcrypt hashes, rands and salts; bios, locations, personal
-- websites, avatar hashes and the avatar_email behind Gravatar lookups;
-- email addresses and the email_hash table (MD5 of each address beside it);
-- TOTP secrets encrypted with the instance key, scratch hashes, WebAuthn
-- credentials named after their owners; personal access tokens (token_hash,
-- token_salt, token_last_eight), remember-me auth tokens, OAuth2
-- applications (bcrypt client secrets) and grants; external login users
-- with Keycloak and GitHub raw_data JSON and their access and refresh
-- tokens; login sources (an LDAP bind DN with its encrypted password, OIDC
-- and GitHub client secrets in cfg); OpenID URIs, old usernames in
-- user_redirect, blocked users with notes; SSH public keys whose comments
-- are emails and user@host, deploy keys, GPG keys and their armored imports
-- (the user-ID packets name the person); repositories, pull mirrors whose
-- remote_address kept the credentials (rows carried over from 1.14), push
-- mirrors, topics, stars, follows and watches; issues and comments (an IT
-- helpdesk and an onboarding repo whose issues carry new hires' home
-- addresses, phones and private emails beside engineering issues that hold
-- none), the edit history that keeps what was edited out, reviews, pull
-- requests whose head branches follow the <username>/<topic> convention,
-- releases, attachments named after people, branches with commit messages
-- and their Signed-off-by trailers; the activity feed whose push content is
-- JSON of commits with authors' names and emails; notifications; teams;
-- webhooks (Slack, Teams, Discord and Telegram URLs that are the secret,
-- Telegram bot tokens in meta, HMAC secrets, encrypted authorization
-- headers) and hook tasks (payloads naming pushers and commit authors,
-- request headers with signatures and bearer tokens, Jenkins responses with
-- session cookies); Actions runners, registration tokens, runs with their
-- event payloads, secrets (encrypted) and variables (where people put a
-- webhook URL and a database URL with its password); packages and versions
-- whose metadata names authors and maintainers; system notices from LDAP
-- sync naming users; the session store; migration tasks with encrypted
-- credentials.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA gtgen;
SET client_min_messages = warning;

-- fold: a name folded to ASCII for a login or an address.
CREATE FUNCTION gtgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(replace(s, 'ß', 'ss'), 'áàâãäéèêëíìîïóòôõöúùûüçñłśźżńęąćışğÁÉÍÓÚÖÜÇŁŚŻ', 'aaaaaeeeeiiiiooooouuuucnlszzneacisgAEIOUOUCLSZ')), '[^a-z0-9]+', '', 'g')
$$;

-- t: epoch seconds between March 2019 and late 2024.
CREATE FUNCTION gtgen.t(tag text, i bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT 1551398400 + fixture_gen.n(tag, i, 178000000)::bigint $$;

CREATE FUNCTION gtgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;

-- rs: len (<= 160) letters and digits; dg: len (<= 70) digits. Cheaper
-- than fixture_gen.chars and digits, for the large tables.
CREATE FUNCTION gtgen.rs(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(translate(encode(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || ';' || i, 'UTF8')) || sha512(convert_to(tag || '!' || i, 'UTF8')), 'base64'), E'+/=\n', ''), 1, len)
$$;

CREATE FUNCTION gtgen.dg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(translate(encode(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || ';' || i, 'UTF8')), 'hex'), 'abcdef', ''), 1, len)
$$;

CREATE FUNCTION gtgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION gtgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || substr(translate(encode(sha512(convert_to(tag || ':' || i, 'UTF8')), 'base64'), E'+=\n', '.'), 1, 53) $$;

-- cj: JSON as Go's encoding/json writes it (no spaces).
CREATE FUNCTION gtgen.cj(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(j::text, '": ', '":'), ', "', ',"') $$;

-- Names by culture (the offices, then remote contractors), Korean in Hangul
-- too.
CREATE TABLE gtgen.nm (c text, k int, first text, last text, first_native text, last_native text);
INSERT INTO gtgen.nm
SELECT c, k, f[k], l[k], fn[k], ln[k] FROM (VALUES
  ('pt', ARRAY['João', 'Beatriz', 'Tiago', 'Inês', 'Rui', 'Mariana', 'Duarte', 'Catarina', 'Gonçalo', 'Leonor'],
         ARRAY['Silva', 'Ferreira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Gonçalves', 'Pereira', 'Carvalho', 'Lopes'], NULL::text[], NULL::text[]),
  ('de', ARRAY['Jonas', 'Katrin', 'Matthias', 'Lena', 'Florian', 'Sabine', 'Tobias', 'Julia', 'Maximilian', 'Anja'],
         ARRAY['Huber', 'Bauer', 'Wagner', 'Maier', 'Schneider', 'Fischer', 'Weiß', 'Brandstätter', 'Hofmann', 'Krüger'], NULL, NULL),
  ('in', ARRAY['Priya', 'Aditya', 'Sneha', 'Rohan', 'Kavya', 'Vikram', 'Ananya', 'Siddharth', 'Pooja', 'Nikhil'],
         ARRAY['Kulkarni', 'Deshpande', 'Joshi', 'Patil', 'Iyer', 'Sharma', 'Chatterjee', 'Reddy', 'Gokhale', 'Menon'], NULL, NULL),
  ('kr', ARRAY['Minji', 'Joon-ho', 'Seo-yeon', 'Hyun-woo', 'Jiwoo', 'Dong-hyun', 'Yuna', 'Sung-min', 'Ha-eun', 'Jae-won'],
         ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han', 'Cho', 'Shin'],
         ARRAY['민지', '준호', '서연', '현우', '지우', '동현', '유나', '성민', '하은', '재원'], ARRAY['김', '이', '박', '최', '정', '강', '윤', '한', '조', '신']),
  ('us', ARRAY['Emily', 'Jacob', 'Madison', 'Tyler', 'Ashley', 'Brandon', 'Megan', 'Cody', 'Lauren', 'Marcus'],
         ARRAY['Johnson', 'Williams', 'Garcia', 'Hernandez', 'Nguyen', 'Miller', 'Davis', 'Robinson', 'Brooks', 'Flores'], NULL, NULL),
  ('ng', ARRAY['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka', 'Kelechi', 'Yetunde'],
         ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Obi', 'Afolabi', 'Okonkwo', 'Bello'], NULL, NULL),
  ('pl', ARRAY['Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Marek', 'Zofia', 'Paweł', 'Małgorzata', 'Jakub', 'Ewa'],
         ARRAY['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Dudek', 'Kaczmarek', 'Pawlak', 'Sikora', 'Wróbel', 'Lis'], NULL, NULL),
  ('xx', ARRAY['Aylin', 'Lars', 'Fatima', 'Mateo', 'Sanna', 'Omar', 'Chloé', 'Dmitri', 'Aoife', 'Thandiwe'],
         ARRAY['Yılmaz', 'Andersen', 'Haddad', 'García', 'Virtanen', 'Khalil', 'Dubois', 'Petrov', 'Murphy', 'Dlamini'], NULL, NULL)
) v(c, f, l, fn, ln), generate_series(1, 10) k;

-- People: user ids 2-901. auth: ldap (the AD, most staff), oidc (Keycloak),
-- local (contractors and early accounts), github (contractors signing in with
-- GitHub).
CREATE TABLE gtgen.p AS
SELECT i, a.c, a.first, b.last, a.first_native AS fn, b.last_native AS ln
FROM generate_series(2, 901) i
JOIN gtgen.nm a ON a.c = (ARRAY['pt', 'de', 'in', 'kr', 'us', 'ng', 'pl', 'xx'])[1 + fixture_gen.n('pc', i, 8)] AND a.k = 1 + fixture_gen.n('pf', i, 10)
JOIN gtgen.nm b ON b.c = a.c AND b.k = 1 + fixture_gen.n('pl', i, 10);
ALTER TABLE gtgen.p ADD PRIMARY KEY (i);
ALTER TABLE gtgen.p ADD auth text, ADD uname text, ADD full_name text, ADD email text, ADD pemail text, ADD phone text, ADD addr text, ADD office text,
  ADD created bigint, ADD active boolean, ADD ext text, ADD host text;
UPDATE gtgen.p SET
  auth = CASE WHEN c = 'xx' AND i % 3 = 0 THEN 'github' WHEN c = 'xx' THEN 'local'
              ELSE (ARRAY['ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'oidc', 'oidc', 'oidc', 'oidc', 'oidc', 'oidc', 'local', 'local', 'github'])[1 + fixture_gen.n('auth', i, 20)] END,
  office = CASE c WHEN 'pt' THEN 'Lisbon' WHEN 'de' THEN 'Munich' WHEN 'in' THEN 'Pune' WHEN 'kr' THEN 'Seoul' WHEN 'us' THEN 'Austin' WHEN 'ng' THEN 'Lagos' WHEN 'pl' THEN 'Kraków' ELSE 'Remote' END,
  created = gtgen.t('ucr', i),
  active = i % 13 <> 0;
UPDATE gtgen.p SET uname = CASE auth
    WHEN 'ldap' THEN substr(gtgen.fold(first), 1, 1) || gtgen.fold(last)
    WHEN 'oidc' THEN gtgen.fold(first) || '.' || gtgen.fold(last)
    WHEN 'local' THEN (ARRAY[gtgen.fold(first) || (10 + fixture_gen.n('h1', i, 89))::text, first || '-' || upper(substr(gtgen.fold(last), 1, 1)), 'dev-' || gtgen.fold(first),
                             gtgen.fold(last) || gtgen.fold(first), gtgen.fold(first) || '_' || gtgen.fold(last)])[1 + fixture_gen.n('h2', i, 5)]
    ELSE (ARRAY[gtgen.fold(first) || gtgen.fold(last), gtgen.fold(first) || '-' || gtgen.fold(last), gtgen.fold(first) || gtgen.fold(last) || (fixture_gen.n('h3', i, 99))::text,
                initcap(gtgen.fold(first)) || initcap(gtgen.fold(last)), gtgen.fold(first) || '-codes'])[1 + fixture_gen.n('h4', i, 5)] END;
UPDATE gtgen.p SET uname = translate(uname, 'ãéóñ', 'aeon') WHERE uname ~ '[^A-Za-z0-9._-]';
UPDATE gtgen.p p SET uname = p.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY lower(uname) ORDER BY i) AS rn FROM gtgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE gtgen.p SET
  full_name = CASE WHEN c = 'kr' AND i % 3 = 0 THEN ln || fn
                   WHEN auth IN ('local', 'github') AND i % 4 = 0 THEN ''
                   WHEN i % 29 = 0 THEN first || ' ' || substr(last, 1, 1) || '.'
                   ELSE first || ' ' || last END,
  email = CASE WHEN auth IN ('ldap', 'oidc') THEN gtgen.fold(first) || '.' || gtgen.fold(last) || '@korvex.example' END,
  pemail = gtgen.fold(first) || fixture_gen.pick(ARRAY['.', '', '_', '.'], 'pes', i) || gtgen.fold(last) || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@' ||
    CASE c WHEN 'pt' THEN fixture_gen.pick(ARRAY['gmail.com', 'sapo.pt', 'hotmail.com'], 'ped', i) WHEN 'de' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 'posteo.de', 'gmail.com'], 'ped', i)
      WHEN 'in' THEN fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.in', 'rediffmail.com'], 'ped', i) WHEN 'kr' THEN fixture_gen.pick(ARRAY['naver.com', 'daum.net', 'kakao.com', 'gmail.com'], 'ped', i)
      WHEN 'us' THEN fixture_gen.pick(ARRAY['gmail.com', 'icloud.com', 'outlook.com'], 'ped', i) WHEN 'ng' THEN fixture_gen.pick(ARRAY['yahoo.com', 'gmail.com'], 'ped', i)
      WHEN 'pl' THEN fixture_gen.pick(ARRAY['wp.pl', 'o2.pl', 'onet.pl', 'gmail.com'], 'ped', i) ELSE fixture_gen.pick(ARRAY['proton.me', 'gmail.com', 'hey.com', 'fastmail.com'], 'ped', i) END,
  phone = CASE c
    WHEN 'pt' THEN '+351 9' || fixture_gen.pick(ARRAY['1', '2', '3', '6'], 'ph1', i) || gtgen.dg('ph', i, 1) || ' ' || gtgen.dg('ph2', i, 3) || ' ' || gtgen.dg('ph3', i, 3)
    WHEN 'de' THEN '+49 1' || fixture_gen.pick(ARRAY['51', '60', '70', '76'], 'ph1', i) || ' ' || gtgen.dg('ph', i, 8)
    WHEN 'in' THEN '+91 ' || fixture_gen.pick(ARRAY['98', '97', '88', '70'], 'ph1', i) || gtgen.dg('ph', i, 3) || ' ' || gtgen.dg('ph2', i, 5)
    WHEN 'kr' THEN '010-' || gtgen.dg('ph', i, 4) || '-' || gtgen.dg('ph2', i, 4)
    WHEN 'us' THEN '(' || fixture_gen.pick(ARRAY['512', '737'], 'ph1', i) || ') ' || (200 + fixture_gen.n('ph', i, 700))::text || '-' || gtgen.dg('ph2', i, 4)
    WHEN 'ng' THEN '+234 ' || fixture_gen.pick(ARRAY['803', '806', '813', '905', '701'], 'ph1', i) || ' ' || gtgen.dg('ph', i, 3) || ' ' || gtgen.dg('ph2', i, 4)
    WHEN 'pl' THEN '+48 ' || fixture_gen.pick(ARRAY['5', '6', '7', '8'], 'ph1', i) || gtgen.dg('ph', i, 2) || ' ' || gtgen.dg('ph2', i, 3) || ' ' || gtgen.dg('ph3', i, 3)
    ELSE fixture_gen.phone('ph', i) END,
  addr = CASE c
    WHEN 'pt' THEN fixture_gen.pick(ARRAY['Rua Augusta', 'Avenida da Liberdade', 'Rua de São Bento', 'Rua das Flores', 'Travessa do Carmo'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 180))::text || ', '
                   || (1 + fixture_gen.n('af', i, 6))::text || '.º ' || fixture_gen.pick(ARRAY['Esq', 'Dto'], 'as', i) || ', 1' || gtgen.dg('az', i, 3) || '-' || gtgen.dg('az2', i, 3) || ' Lisboa'
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Leopoldstraße', 'Schellingstraße', 'Rosenheimer Straße', 'Lindwurmstraße', 'Belgradstraße'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 140))::text
                   || ', 8' || gtgen.dg('az', i, 4) || ' München'
    WHEN 'in' THEN 'Flat ' || (101 + fixture_gen.n('an', i, 1100))::text || ', ' || fixture_gen.pick(ARRAY['Sai Heights', 'Kumar Pebble Park', 'Amanora Towers', 'Rohan Mithila'], 'ad', i) || ', '
                   || fixture_gen.pick(ARRAY['Baner Road', 'Kharadi', 'Hinjewadi Phase 1', 'Viman Nagar'], 'ad2', i) || ', Pune 4110' || gtgen.dg('az', i, 2)
    WHEN 'kr' THEN '서울특별시 ' || fixture_gen.pick(ARRAY['강남구 테헤란로', '마포구 월드컵북로', '송파구 올림픽로', '성동구 왕십리로'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 400))::text || ', '
                   || (101 + fixture_gen.n('af', i, 1500))::text || '호'
    WHEN 'us' THEN (1000 + fixture_gen.n('an', i, 8000))::text || ' ' || fixture_gen.pick(ARRAY['Shoal Creek Blvd', 'Burnet Rd', 'S Lamar Blvd', 'Manor Rd', 'W 38th St'], 'ad', i)
                   || CASE WHEN i % 3 = 0 THEN ' Apt ' || (1 + fixture_gen.n('af', i, 300))::text ELSE '' END || ', Austin, TX 787' || gtgen.dg('az', i, 2)
    WHEN 'ng' THEN (1 + fixture_gen.n('an', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['Adeola Odeku Street', 'Admiralty Way', 'Allen Avenue', 'Bode Thomas Street'], 'ad', i) || ', '
                   || fixture_gen.pick(ARRAY['Victoria Island', 'Lekki Phase 1', 'Ikeja', 'Surulere'], 'ad2', i) || ', Lagos'
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Długa', 'Karmelicka', 'Józefińska', 'Starowiślna'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 90))::text || '/' || (1 + fixture_gen.n('af', i, 30))::text
                   || ', 3' || gtgen.dg('az', i, 1) || '-' || gtgen.dg('az2', i, 3) || ' Kraków'
    ELSE CASE fixture_gen.n('adx', i, 4)
      WHEN 0 THEN fixture_gen.pick(ARRAY['Kungsgatan', 'Hornsgatan', 'Götgatan'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 90))::text || ', 1' || gtgen.dg('az', i, 2) || ' ' || gtgen.dg('az2', i, 2) || ' Stockholm'
      WHEN 1 THEN (1 + fixture_gen.n('an', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue des Lilas', 'avenue Jean Jaurès', 'rue de la République'], 'ad', i) || ', 6900' || (1 + fixture_gen.n('az', i, 9))::text || ' Lyon'
      WHEN 2 THEN fixture_gen.pick(ARRAY['Calle de Alcalá', 'Calle Mayor', 'Paseo de la Castellana'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 200))::text || ', ' || (1 + fixture_gen.n('af', i, 8))::text || 'º B, 280' || gtgen.dg('az', i, 2) || ' Madrid'
      ELSE 'Flat ' || (1 + fixture_gen.n('af', i, 30))::text || ', ' || (1 + fixture_gen.n('an', i, 300))::text || ' ' || fixture_gen.pick(ARRAY['Church Lane', 'Station Road', 'Victoria Road'], 'ad', i) || ', Leeds LS' || (1 + fixture_gen.n('az', i, 17))::text || ' ' || gtgen.dg('az2', i, 1) || fixture_gen.chars('az3', i, 2, 'ABDEFGHJLNPQRSTUWXYZ') END END,
  ext = CASE auth WHEN 'oidc' THEN fixture_gen.uuid('kcsub', i) WHEN 'github' THEN (1200000 + fixture_gen.n('ghid', i, 150000000))::text END,
  host = (ARRAY[gtgen.fold(first) || '-xps', gtgen.fold(first) || '-mbp', uname || '-thinkpad', 'DESKTOP-' || upper(gtgen.hx('hn', i, 7)), gtgen.fold(first) || 'laptop', 'wsl', 'LAPTOP-' || upper(gtgen.hx('hn2', i, 7)), 'fedora'])[1 + fixture_gen.n('host', i, 8)];
UPDATE gtgen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM gtgen.p WHERE email IS NOT NULL) d WHERE d.i = p.i AND d.rn > 1;
UPDATE gtgen.p p SET pemail = replace(p.pemail, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY pemail ORDER BY i) AS rn FROM gtgen.p) d WHERE d.i = p.i AND d.rn > 1;
-- The address a person signs in with: the work one, or a contractor's own.
ALTER TABLE gtgen.p ADD mail text;
UPDATE gtgen.p SET mail = coalesce(email, pemail);

-- A person by a deterministic draw; an active one.
CREATE FUNCTION gtgen.pp(tag text, i bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 2 + fixture_gen.n(tag, i, 900) $$;

-- fill: a template with a person's details put in.
CREATE FUNCTION gtgen.fill(tpl text, pid int, other int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(tpl,
    '{full}', p.first || ' ' || p.last), '{first}', p.first), '{last}', p.last), '{phone}', p.phone), '{pemail}', p.pemail),
    '{addr}', p.addr), '{u}', o.uname), '{office}', p.office), '{email}', p.mail), '{me}', p.uname)
  FROM gtgen.p p, gtgen.p o WHERE p.i = pid AND o.i = other
$$;

-- Users, organizations and service accounts in one table.
CREATE TABLE "user" (
    id BIGSERIAL PRIMARY KEY, lower_name VARCHAR(255) NOT NULL, name VARCHAR(255) NOT NULL, full_name VARCHAR(255), email VARCHAR(255) NOT NULL,
    keep_email_private BOOLEAN, email_notifications_preference VARCHAR(20) DEFAULT 'enabled' NOT NULL, passwd VARCHAR(255) NOT NULL,
    passwd_hash_algo VARCHAR(255) DEFAULT 'argon2' NOT NULL, must_change_password BOOLEAN DEFAULT false NOT NULL, login_type INTEGER,
    login_source BIGINT DEFAULT 0 NOT NULL, login_name VARCHAR(255), type INTEGER, location VARCHAR(255), website VARCHAR(255), rands VARCHAR(32),
    salt VARCHAR(32), language VARCHAR(5), description VARCHAR(255), created_unix BIGINT, updated_unix BIGINT, last_login_unix BIGINT,
    last_repo_visibility BOOLEAN, max_repo_creation INTEGER DEFAULT -1 NOT NULL, is_active BOOLEAN, is_admin BOOLEAN, is_restricted BOOLEAN DEFAULT false NOT NULL,
    allow_git_hook BOOLEAN, allow_import_local BOOLEAN, allow_create_organization BOOLEAN DEFAULT true, prohibit_login BOOLEAN DEFAULT false NOT NULL,
    avatar VARCHAR(2048) NOT NULL, avatar_email VARCHAR(255) NOT NULL, use_custom_avatar BOOLEAN, num_followers INTEGER, num_following INTEGER DEFAULT 0 NOT NULL,
    num_stars INTEGER, num_repos INTEGER, num_teams INTEGER, num_members INTEGER, visibility INTEGER DEFAULT 0 NOT NULL,
    repo_admin_change_team_access BOOLEAN DEFAULT false NOT NULL, diff_view_style VARCHAR(255) DEFAULT '' NOT NULL, theme VARCHAR(255) DEFAULT '' NOT NULL,
    keep_activity_private BOOLEAN DEFAULT false NOT NULL, UNIQUE (lower_name), UNIQUE (name)
);
CREATE INDEX "IDX_user_is_active" ON "user" (is_active);

-- The first account, made at install.
INSERT INTO "user" VALUES (1, 'gitadmin', 'gitadmin', 'Gitea Administrator', 'git-admin@korvex.example', true, 'disabled', gtgen.hx('pw', 1, 100), 'argon2$2$65536$8$50',
  false, 1, 0, '', 0, '', '', gtgen.rs('rands', 1, 10), gtgen.rs('salt', 1, 10), 'en-US', '', 1551700000, 1729000000, 1729000000, true, -1, true, true, false, true, true, true,
  false, '', 'git-admin@korvex.example', false, 0, 0, 0, 2, 0, 0, 0, false, '', 'gitea-auto', false);

INSERT INTO "user"
SELECT i, lower(uname), uname, full_name,
       CASE WHEN i % 31 = 0 THEN initcap(split_part(mail, '@', 1)) || '@' || split_part(mail, '@', 2) ELSE mail END,
       i % 3 = 0, (ARRAY['enabled', 'enabled', 'enabled', 'onmention', 'disabled', 'andyourown'])[1 + fixture_gen.n('enp', i, 6)],
       CASE WHEN auth = 'local' THEN CASE WHEN i % 23 = 0 THEN gtgen.bcrypt('pw', i) ELSE gtgen.hx('pw', i, 100) END ELSE '' END,
       CASE WHEN auth = 'local' AND i % 23 = 0 THEN 'bcrypt' WHEN created < 1609459200 THEN 'argon2' WHEN created < 1672531200 THEN 'pbkdf2' ELSE 'pbkdf2$50000$50' END,
       auth = 'local' AND i % 17 = 0,
       CASE auth WHEN 'ldap' THEN 2 WHEN 'local' THEN 1 ELSE 6 END, CASE auth WHEN 'ldap' THEN 1 WHEN 'oidc' THEN 2 WHEN 'github' THEN 3 ELSE 0 END,
       CASE auth WHEN 'ldap' THEN lower(uname) WHEN 'local' THEN '' ELSE ext END, 0,
       CASE WHEN fixture_gen.n('loc', i, 20) < 9 THEN CASE c
         WHEN 'pt' THEN fixture_gen.pick(ARRAY['Lisbon, Portugal', 'Lisboa', 'Porto (remote)', 'Setúbal'], 'loc', i) WHEN 'de' THEN fixture_gen.pick(ARRAY['München', 'Munich, DE', 'Augsburg', 'Freising'], 'loc', i)
         WHEN 'in' THEN fixture_gen.pick(ARRAY['Pune, India', 'Pune', 'Mumbai (remote)'], 'loc', i) WHEN 'kr' THEN fixture_gen.pick(ARRAY['Seoul', '서울', 'Seongnam', 'Suwon'], 'loc', i)
         WHEN 'us' THEN fixture_gen.pick(ARRAY['Austin, TX', 'Round Rock, TX', 'Austin'], 'loc', i) WHEN 'ng' THEN fixture_gen.pick(ARRAY['Lagos, Nigeria', 'Lekki', 'Ikeja, Lagos'], 'loc', i)
         WHEN 'pl' THEN fixture_gen.pick(ARRAY['Kraków', 'Kraków, Poland', 'Katowice'], 'loc', i) ELSE fixture_gen.pick(ARRAY['Stockholm', 'Lyon', 'Madrid', 'Leeds, UK', 'remote / CET', 'Cape Town'], 'loc', i) END
       ELSE '' END,
       CASE WHEN fixture_gen.n('web', i, 10) = 0 THEN fixture_gen.pick(ARRAY['https://' || lower(uname) || '.dev', 'https://github.com/' || uname, 'https://' || gtgen.fold(first) || gtgen.fold(last) || '.com',
         'https://www.linkedin.com/in/' || gtgen.fold(first) || '-' || gtgen.fold(last) || '-' || gtgen.hx('li', i, 6), 'https://' || gtgen.fold(first) || '.' || gtgen.fold(last) || '.me'], 'web2', i) ELSE '' END,
       CASE WHEN created < 1609459200 THEN gtgen.rs('rands', i, 10) ELSE gtgen.hx('rands', i, 32) END, CASE WHEN created < 1609459200 THEN gtgen.rs('salt', i, 10) ELSE gtgen.hx('salt', i, 32) END,
       CASE c WHEN 'pt' THEN fixture_gen.pick(ARRAY['pt-PT', 'en-US'], 'lng', i) WHEN 'de' THEN fixture_gen.pick(ARRAY['de-DE', 'en-US'], 'lng', i) WHEN 'kr' THEN fixture_gen.pick(ARRAY['ko-KR', 'en-US'], 'lng', i)
         WHEN 'pl' THEN fixture_gen.pick(ARRAY['pl-PL', 'en-US'], 'lng', i) WHEN 'xx' THEN fixture_gen.pick(ARRAY['en-GB', 'fr-FR', 'es-ES', 'sv-SE'], 'lng', i) ELSE 'en-US' END,
       CASE WHEN fixture_gen.n('bio', i, 5) = 0 THEN gtgen.fill(fixture_gen.pick(ARRAY[
         'Firmware engineer, motor control and CAN.', 'SRE @ Korvex. Kubernetes, Terraform, too much coffee.', 'Perception team. Ping me on Matrix for lidar questions.',
         'Contractor (web frontend). Available Mon–Thu.', 'Out of office until 14 Oct – urgent: {phone}', 'Embedded Rust, bootloaders, things that beep.',
         'she/her · robotics simulation', 'Working part-time, best reached at {pemail}', 'Hardware bring-up and test rigs.', 'Fleet analytics. Previously in customer support.',
         'IT helpdesk – for laptop issues open a ticket in korvex-it/it-helpdesk', 'Parental leave until March. Backup: @{u}', '', 'Opinions my own. Mostly Go and Python.'], 'bio2', i), i, gtgen.pp('bio3', i)) ELSE '' END,
       created, least(created + fixture_gen.n('upd', i, 40000000), 1729300000), CASE WHEN active THEN 1727000000 + fixture_gen.n('ll', i, 2500000) ELSE created + fixture_gen.n('ll', i, 30000000) END,
       i % 4 = 0, -1, active, i IN (4, 27, 133, 402, 611), i % 41 = 0, false, false, true, NOT active,
       CASE WHEN fixture_gen.n('av', i, 5) < 2 THEN gtgen.hx('av', i, 64) ELSE '' END,
       CASE WHEN fixture_gen.n('ave', i, 5) = 0 THEN pemail ELSE mail END, fixture_gen.n('av', i, 5) < 2,
       fixture_gen.n('nf', i, 25), fixture_gen.n('ng', i, 20), fixture_gen.n('ns', i, 40), fixture_gen.n('nr', i, 6), fixture_gen.n('nt', i, 4), 0,
       CASE WHEN i % 19 = 0 THEN 1 WHEN i % 37 = 0 THEN 2 ELSE 0 END, false,
       fixture_gen.pick(ARRAY['', '', 'unified', 'split'], 'dvs', i), fixture_gen.pick(ARRAY['', 'gitea-auto', 'gitea-dark', 'gitea-light', 'gitea-dark'], 'thm', i), i % 11 = 0
FROM gtgen.p ORDER BY i;

-- Organizations: whose full_name is a team's, email a role mailbox.
INSERT INTO "user" (id, lower_name, name, full_name, email, keep_email_private, email_notifications_preference, passwd, passwd_hash_algo, login_type, login_source, login_name,
  type, location, website, rands, salt, language, description, created_unix, updated_unix, last_login_unix, last_repo_visibility, max_repo_creation, is_active, is_admin,
  allow_git_hook, allow_import_local, allow_create_organization, avatar, avatar_email, use_custom_avatar, num_followers, num_following, num_stars, num_repos, num_teams,
  num_members, visibility, repo_admin_change_team_access, diff_view_style, theme)
SELECT 1000 + k, lower(n), n, fn, e, false, 'enabled', '', 'argon2', 0, 0, '', 1, loc, web, gtgen.rs('orands', k, 10), gtgen.rs('osalt', k, 10), '', d,
       1551800000 + k * 3100000, 1720000000 + k * 86400, 0, false, -1, false, false, false, false, false,
       CASE WHEN k % 3 <> 0 THEN gtgen.hx('oav', k, 64) ELSE '' END, '', k % 3 <> 0, 0, 0, 0, 0, 0, 0, vis, k = 1, '', ''
FROM (VALUES
  (1, 'korvex', 'Korvex Robotics', 'opensource@korvex.example', 'Lisbon, Portugal', 'https://korvex.example', 'Shared libraries, RFCs and the engineering handbook.', 0),
  (2, 'korvex-firmware', 'Korvex Firmware', 'firmware@korvex.example', 'Munich', '', 'Motor controllers, bootloaders and the HAL for the R-series arms.', 1),
  (3, 'korvex-platform', 'Platform & SRE', 'sre-oncall@korvex.example', '', 'https://docs.korvex.example/platform', 'Kubernetes, CI templates, Terraform and observability.', 1),
  (4, 'korvex-vision', 'Perception and Vision', '', 'Seoul', '', 'Lidar and camera pipelines, calibration, datasets tooling.', 1),
  (5, 'korvex-web', 'Web & Apps', 'web-team@korvex.example', 'Kraków', '', 'Fleet portal, mobile app and the UI kit.', 1),
  (6, 'korvex-it', 'Korvex IT', 'it-helpdesk@korvex.example', '', 'https://it.korvex.example', 'Internal IT: helpdesk, device management, identity.', 2),
  (7, 'korvex-people', 'People Operations', 'people@korvex.example', 'Lisbon, Portugal', '', 'Onboarding and offboarding checklists. Private.', 2),
  (8, 'korvex-fleet', 'Fleet Services', '', 'Austin, TX', '', 'Fleet API, telemetry ingestion and OTA.', 1),
  (9, 'korvex-sim', 'Simulation', '', 'Pune', '', 'Simulators, scenario library and digital twins.', 1),
  (10, 'korvex-sandbox', 'Sandbox', '', '', '', 'Experiments. Anything here may be deleted after 90 days.', 0),
  (11, 'upstream-mirrors', 'Upstream mirrors', '', '', '', 'Read-only pull mirrors of third-party projects we build against.', 0),
  (12, 'korvex-docs', 'Documentation', 'docs@korvex.example', '', 'https://docs.korvex.example', 'Customer and developer documentation sources.', 0),
  (13, 'aurora-motion', 'Aurora Motion GmbH', 'dev@aurora-motion.example', 'Stuttgart', 'https://aurora-motion.example', 'Partner: joint gripper development under NDA.', 2),
  (14, 'korvex-hw', 'Hardware Engineering', '', 'Lagos', '', 'Schematics exports, test rig software, EOL test scripts.', 1)
) v(k, n, fn, e, loc, web, d, vis);

-- Service accounts (type 0, one a bot).
INSERT INTO "user" (id, lower_name, name, full_name, email, keep_email_private, passwd, passwd_hash_algo, login_type, login_source, login_name, type, location, website,
  rands, salt, language, description, created_unix, updated_unix, last_login_unix, is_active, is_admin, allow_create_organization, avatar, avatar_email, use_custom_avatar,
  num_followers, num_stars, num_repos, num_teams, num_members)
SELECT 1100 + k, n, n, fn, n || '@korvex.example', true, gtgen.hx('spw', k, 100), 'pbkdf2$50000$50', 1, 0, '', CASE WHEN k = 2 THEN 4 ELSE 0 END, '', '',
       gtgen.hx('srands', k, 32), gtgen.hx('ssalt', k, 32), 'en-US', d, 1600000000 + k * 5000000, 1725000000, 1729100000, true, false, false, '', n || '@korvex.example', false, 0, 0, 0, 1, 0
FROM (VALUES (1, 'ci-bot', 'CI Bot', 'Posts build results. Owner: #platform'), (2, 'renovate-bot', 'Renovate', 'Dependency updates'),
             (3, 'release-bot', 'Release Bot', 'Tags and publishes releases'), (4, 'backup-svc', 'Backup service', ''), (5, 'jenkins', 'Jenkins', 'Legacy Jenkins jobs'),
             (6, 'argocd', 'Argo CD', 'Read-only GitOps access')) v(k, n, fn, d);

CREATE TABLE email_address (id BIGSERIAL PRIMARY KEY, uid BIGINT NOT NULL, email VARCHAR(255) NOT NULL, lower_email VARCHAR(255) NOT NULL, is_activated BOOLEAN,
    is_primary BOOLEAN DEFAULT false NOT NULL, UNIQUE (email), UNIQUE (lower_email));
INSERT INTO email_address (uid, email, lower_email, is_activated, is_primary)
SELECT id, email, lower(email), is_active OR id % 2 = 0, true FROM "user" WHERE type <> 1 ORDER BY id;
INSERT INTO email_address (uid, email, lower_email, is_activated, is_primary)
SELECT uid, e, lower(e), act, false FROM (
  SELECT i AS uid, pemail AS e, i % 7 <> 0 AS act, i * 10 + 1 AS o FROM gtgen.p WHERE email IS NOT NULL AND fixture_gen.n('sec', i, 5) < 2
  UNION ALL SELECT i, lower(uname) || '@korvex.example', true, i * 10 + 2 FROM gtgen.p WHERE auth = 'ldap' AND fixture_gen.n('als', i, 5) = 0
  UNION ALL SELECT i, uname || '@users.noreply.github.com', true, i * 10 + 3 FROM gtgen.p WHERE auth = 'github' AND i % 2 = 0) x ORDER BY o;

-- Gravatar lookups: the MD5 of each address beside the address.
CREATE TABLE email_hash (hash VARCHAR(32) NOT NULL PRIMARY KEY, email VARCHAR(255) NOT NULL, UNIQUE (email));
INSERT INTO email_hash SELECT DISTINCT ON (md5(lower(avatar_email))) md5(lower(avatar_email)), lower(avatar_email) FROM "user"
WHERE type = 0 AND NOT use_custom_avatar AND avatar_email <> '' ORDER BY md5(lower(avatar_email));

-- TOTP: the secret encrypted with the instance's SECRET_KEY (hex), the
-- scratch code's salt and hash, the last code used.
CREATE TABLE two_factor (id BIGSERIAL PRIMARY KEY, uid BIGINT, secret VARCHAR(255), scratch_salt VARCHAR(255), scratch_hash VARCHAR(255), last_used_passcode VARCHAR(10),
    created_unix BIGINT, updated_unix BIGINT, UNIQUE (uid));
INSERT INTO two_factor (uid, secret, scratch_salt, scratch_hash, last_used_passcode, created_unix, updated_unix)
SELECT i, gtgen.hx('tfs', i, 120), gtgen.rs('tss', i, 10), gtgen.hx('tsh', i, 100), CASE WHEN i % 4 <> 0 THEN gtgen.dg('tpc', i, 6) END,
       created + 86400 * (1 + fixture_gen.n('tfc', i, 300)), 1726000000 + fixture_gen.n('tfu', i, 3000000)
FROM (SELECT i, created FROM gtgen.p WHERE active AND auth IN ('local', 'github', 'ldap') AND fixture_gen.n('2fa', i, 3) = 0 UNION ALL SELECT 1, 1551700000) x ORDER BY i;

CREATE TABLE webauthn_credential (id BIGSERIAL PRIMARY KEY, name VARCHAR(255), lower_name VARCHAR(255), user_id BIGINT, credential_id BYTEA, public_key BYTEA,
    attestation_type VARCHAR(255), aaguid BYTEA, sign_count BIGINT, clone_warning BOOLEAN, created_unix BIGINT, updated_unix BIGINT, UNIQUE (lower_name, user_id));
INSERT INTO webauthn_credential (name, lower_name, user_id, credential_id, public_key, attestation_type, aaguid, sign_count, clone_warning, created_unix, updated_unix)
SELECT nm, lower(nm), uid, decode(gtgen.hx('wci', uid * 3 + k, CASE WHEN kind = 0 THEN 128 ELSE 64 END), 'hex'),
       decode('a5010203262001215820' || gtgen.hx('wpx', uid * 3 + k, 64) || '225820' || gtgen.hx('wpy', uid * 3 + k, 64), 'hex'),
       CASE kind WHEN 0 THEN 'packed' WHEN 1 THEN 'none' ELSE 'fido-u2f' END,
       decode(CASE kind WHEN 0 THEN 'ee882879721c491397753dfcce97072a' WHEN 1 THEN 'adce000235bcc60a648b0b25f1f05503' ELSE '00000000000000000000000000000000' END, 'hex'),
       fixture_gen.n('wsc', uid * 3 + k, 900), false, 1640995200 + fixture_gen.n('wcr', uid * 3 + k, 85000000), 1726000000 + fixture_gen.n('wup', uid * 3 + k, 3000000)
FROM (SELECT t.uid, k, fixture_gen.n('wkind', t.uid * 3 + k, 3) AS kind,
             CASE WHEN k = 2 THEN 'backup key' ELSE (ARRAY['YubiKey 5C NFC', 'yubikey', 'Touch ID', 'MacBook Pro', p.first || '''s YubiKey', 'Titan key', p.first || ' laptop',
               lower(p.uname) || '-yk5', 'Windows Hello', 'Pixel 8', 'iPhone de ' || p.first, 'Schlüssel ' || p.first])[1 + fixture_gen.n('wnm', t.uid, 12)] END AS nm
      FROM two_factor t JOIN gtgen.p p ON p.i = t.uid, generate_series(1, 2) k
      WHERE fixture_gen.n('wan', t.uid, 5) < 2 AND (k = 1 OR t.uid % 4 = 0)) x ORDER BY uid, k;

-- Personal access tokens: the token is only stored hashed (PBKDF2, hex),
-- with its salt and last eight characters to find it.
CREATE TABLE access_token (id BIGSERIAL PRIMARY KEY, uid BIGINT, name VARCHAR(255), token_hash VARCHAR(255), token_salt VARCHAR(255), token_last_eight VARCHAR(255),
    scope VARCHAR(255), created_unix BIGINT, updated_unix BIGINT, UNIQUE (token_hash));
CREATE INDEX "IDX_access_token_token_last_eight" ON access_token (token_last_eight);
INSERT INTO access_token (uid, name, token_hash, token_salt, token_last_eight, scope, created_unix, updated_unix)
SELECT uid, CASE WHEN rn > 1 THEN nm || '-' || rn ELSE nm END, gtgen.hx('ath', k, 100), gtgen.rs('ats', k, 10), gtgen.hx('atl', k, 8), sc, cr, least(cr + fixture_gen.n('atu2', k, 60000000), 1729300000)
FROM (SELECT k, uid, nm, sc, cr, row_number() OVER (PARTITION BY uid, nm ORDER BY k) AS rn FROM (
  SELECT k, CASE WHEN k % 8 = 0 THEN 1100 + 1 + fixture_gen.n('ats1', k, 6) ELSE gtgen.pp('atu', k) END AS uid,
         fixture_gen.pick(ARRAY['jenkins', 'tea', 'tea-cli', 'vscode', 'renovate', 'drone', 'terraform-provider', 'backup', 'ci', 'laptop', 'dev-script', 'grafana-datasource',
           'argocd', 'sync-issues', 'release-script', 'token', 'git push https', 'IntelliJ', 'pre-commit', 'homeassistant'], 'atn', k) AS nm,
         fixture_gen.pick(ARRAY['all', 'write:repository', 'read:repository,write:issue', 'write:package', 'read:user,read:repository', 'write:repository,write:issue,read:user',
           'read:package', 'write:organization,write:repository', 'read:repository'], 'atsc', k) AS sc,
         1577836800 + fixture_gen.n('atc', k, 150000000)::bigint AS cr
  FROM generate_series(1, 520) k) y) z ORDER BY cr;

-- Remember-me: the cookie is <id>:<token>; only the token's SHA-256 is kept.
CREATE TABLE auth_token (id VARCHAR(255) NOT NULL PRIMARY KEY, token_hash VARCHAR(255), user_id BIGINT, expires_unix BIGINT);
CREATE INDEX "IDX_auth_token_user_id" ON auth_token (user_id);
INSERT INTO auth_token SELECT gtgen.hx('rmi', k, 32), gtgen.hx('rmh', k, 64), gtgen.pp('rmu', k), 1729000000 + fixture_gen.n('rme', k, 2592000) FROM generate_series(1, 320) k;

-- OAuth2 applications: built-in clients (uid 0), the organizations' apps,
-- a few personal ones. The client secret is bcrypt.
CREATE TABLE oauth2_application (id BIGSERIAL PRIMARY KEY, uid BIGINT, name VARCHAR(255), client_id VARCHAR(255), client_secret VARCHAR(255),
    confidential_client BOOLEAN DEFAULT true NOT NULL, skip_secondary_authorization BOOLEAN DEFAULT false NOT NULL, redirect_uris TEXT, created_unix BIGINT, updated_unix BIGINT,
    UNIQUE (client_id));
INSERT INTO oauth2_application (uid, name, client_id, client_secret, confidential_client, skip_secondary_authorization, redirect_uris, created_unix, updated_unix)
SELECT uid, nm, CASE WHEN cid IS NOT NULL THEN cid ELSE fixture_gen.uuid('oacid', k) END, CASE WHEN conf THEN gtgen.bcrypt('oasec', k) ELSE '' END, conf, skip, ru,
       1600000000 + k * 4000000, 1700000000 + k * 900000
FROM (VALUES
  (1, 0, 'git-credential-oauth', 'a4792ccc-144e-407e-86c9-5e7d8d9c3269', false, false, '["http://127.0.0.1","https://127.0.0.1"]'),
  (2, 0, 'Git Credential Manager', 'e90ee53c-94e2-48ac-9358-a874fb9e0662', false, false, '["http://127.0.0.1","https://127.0.0.1"]'),
  (3, 0, 'tea', 'd57cb8c4-630c-4168-8324-ec79935e18d4', false, false, '["http://127.0.0.1","https://127.0.0.1"]'),
  (4, 1003, 'Grafana', NULL, true, true, '["https://grafana.korvex.example/login/generic_oauth"]'),
  (5, 1003, 'Argo CD', NULL, true, true, '["https://argocd.korvex.example/api/dex/callback"]'),
  (6, 1003, 'Backstage', NULL, true, false, '["https://backstage.korvex.example/api/auth/gitea/handler/frame"]'),
  (7, 1003, 'Woodpecker CI', NULL, true, false, '["https://ci.korvex.example/authorize"]'),
  (8, 1005, 'Fleet portal (staging)', NULL, true, false, '["https://portal.staging.korvex.example/auth/callback","http://localhost:5173/auth/callback"]'),
  (9, 1006, 'Snipe-IT', NULL, true, false, '["https://assets.korvex.example/oauth/callback"]'),
  (10, 1003, 'Vault', NULL, true, false, '["https://vault.korvex.example/ui/vault/auth/oidc/oidc/callback","http://localhost:8250/oidc/callback"]'),
  (11, 133, 'hackweek-dashboard', NULL, true, false, '["http://localhost:3000/callback"]'),
  (12, 402, 'my test app', NULL, false, false, '["http://127.0.0.1:8080/cb"]'),
  (13, 1009, 'Scenario editor', NULL, true, false, '["https://scenarios.korvex.example/oauth2/callback"]')
) v(k, uid, nm, cid, conf, skip, ru);

CREATE TABLE oauth2_grant (id BIGSERIAL PRIMARY KEY, user_id BIGINT, application_id BIGINT, counter BIGINT DEFAULT 1 NOT NULL, scope TEXT, nonce TEXT, created_unix BIGINT,
    updated_unix BIGINT, UNIQUE (user_id, application_id));
INSERT INTO oauth2_grant (user_id, application_id, counter, scope, nonce, created_unix, updated_unix)
SELECT DISTINCT ON (u, a) u, a, 1 + fixture_gen.n('ogc', k, 60), fixture_gen.pick(ARRAY['openid profile email', 'openid profile email groups', '', 'read:user read:repository', 'openid email'], 'ogs', k),
       CASE WHEN fixture_gen.n('ogn', k, 3) = 0 THEN '' ELSE gtgen.rs('ogn', k, 22) END, 1640000000 + fixture_gen.n('ogt', k, 80000000), 1725000000 + fixture_gen.n('ogu', k, 4000000)
FROM (SELECT k, gtgen.pp('ogu', k) AS u, (ARRAY[1, 1, 2, 4, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 13])[1 + fixture_gen.n('oga', k, 15)] AS a FROM generate_series(1, 520) k) x ORDER BY u, a, k;

-- Login sources: the AD (bind DN, its password encrypted), Keycloak and
-- GitHub (client secrets in clear), a disabled SMTP source.
CREATE TABLE login_source (id BIGSERIAL PRIMARY KEY, type INTEGER, name VARCHAR(255), is_active BOOLEAN DEFAULT false NOT NULL, is_sync_enabled BOOLEAN DEFAULT false NOT NULL,
    cfg TEXT, created_unix BIGINT, updated_unix BIGINT, UNIQUE (name));
INSERT INTO login_source (type, name, is_active, is_sync_enabled, cfg, created_unix, updated_unix) VALUES
  (2, 'Korvex AD', true, true, '{"Name":"Korvex AD","Host":"dc01.corp.korvex.example","Port":636,"SecurityProtocol":1,"SkipVerify":false,"BindDN":"CN=svc-gitea,OU=Service Accounts,DC=corp,DC=korvex,DC=example","BindPassword":"","BindPasswordEncrypt":"'
      || gtgen.hx('ldapbp', 1, 152) || '","UserBase":"OU=Staff,DC=corp,DC=korvex,DC=example","UserDN":"","AttributeUsername":"sAMAccountName","AttributeName":"givenName","AttributeSurname":"sn","AttributeMail":"mail","AttributesInBind":false,"AttributeSSHPublicKey":"sshPublicKey","AttributeAvatar":"thumbnailPhoto","SearchPageSize":500,"Filter":"(\u0026(objectCategory=Person)(memberOf=CN=git-users,OU=Groups,DC=corp,DC=korvex,DC=example)(sAMAccountName=%s))","AdminFilter":"(memberOf=CN=git-admins,OU=Groups,DC=corp,DC=korvex,DC=example)","RestrictedFilter":"","Enabled":true,"AllowDeactivateAll":false,"GroupsEnabled":true,"GroupDN":"OU=Groups,DC=corp,DC=korvex,DC=example","GroupFilter":"","GroupMemberUID":"member","GroupTeamMap":"{\"cn=firmware,ou=groups,dc=corp,dc=korvex,dc=example\":{\"korvex-firmware\":[\"Developers\"]}}","GroupTeamMapRemoval":true,"UserUID":"dn","SkipLocalTwoFA":false}',
   1551900000, 1718000000),
  (6, 'korvex-sso', true, false, '{"Provider":"openidConnect","ClientID":"gitea","ClientSecret":"' || gtgen.rs('kcsec', 1, 32)
      || '","OpenIDConnectAutoDiscoveryURL":"https://sso.korvex.example/realms/korvex/.well-known/openid-configuration","CustomURLMapping":null,"IconURL":"https://sso.korvex.example/favicon.ico","Scopes":["groups"],"RequiredClaimName":"","RequiredClaimValue":"","GroupClaimName":"groups","AdminGroup":"/it/git-admins","GroupTeamMap":"","GroupTeamMapRemoval":false,"RestrictedGroup":"/contractors","SkipLocalTwoFA":true}',
   1640000000, 1715000000),
  (6, 'github', true, false, '{"Provider":"github","ClientID":"Iv1.' || gtgen.hx('ghcid', 1, 16) || '","ClientSecret":"' || gtgen.hx('ghsec', 1, 40)
      || '","OpenIDConnectAutoDiscoveryURL":"","CustomURLMapping":null,"IconURL":"","Scopes":["read:user","user:email"],"RequiredClaimName":"","RequiredClaimValue":"","GroupClaimName":"","AdminGroup":"","GroupTeamMap":"","GroupTeamMapRemoval":false,"RestrictedGroup":"","SkipLocalTwoFA":false}',
   1650000000, 1690000000),
  (3, 'Korvex SMTP (legacy)', false, false, '{"Auth":"LOGIN","Host":"smtp.korvex.example","Port":587,"AllowedDomains":"korvex.example","ForceSMTPS":false,"SkipVerify":false,"HeloHostname":"","DisableHelo":false,"SkipLocalTwoFA":false}',
   1556000000, 1640000000);

-- Sign-ins through Keycloak and GitHub: claims and profile as the provider
-- sent them, and the provider's tokens.
CREATE TABLE external_login_user (external_id VARCHAR(255) NOT NULL, user_id BIGINT NOT NULL, login_source_id BIGINT NOT NULL, raw_data TEXT, provider VARCHAR(25),
    email VARCHAR(255), name VARCHAR(255), first_name VARCHAR(255), last_name VARCHAR(255), nick_name VARCHAR(255), description VARCHAR(255), avatar_url TEXT,
    location VARCHAR(255), access_token TEXT, access_token_secret TEXT, refresh_token TEXT, expires_at TIMESTAMP, PRIMARY KEY (external_id, login_source_id));
CREATE FUNCTION gtgen.j64(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(translate(encode(convert_to(gtgen.cj(j), 'UTF8'), 'base64'), E'\n', ''), '='), '+/', '-_') $$;
INSERT INTO external_login_user
SELECT p.ext, p.i, 2,
       gtgen.cj(jsonb_build_object('acr', '1', 'at_hash', gtgen.b64url('kath', p.i, 16), 'aud', 'gitea', 'auth_time', u.last_login_unix, 'azp', 'gitea', 'email', p.email, 'email_verified', true,
         'exp', u.last_login_unix + 300, 'family_name', p.last, 'given_name', p.first, 'groups', jsonb_build_array('/engineering/' || fixture_gen.pick(ARRAY['firmware', 'platform', 'vision', 'web', 'fleet', 'sim', 'hw'], 'kgr', p.i)),
         'iat', u.last_login_unix, 'iss', 'https://sso.korvex.example/realms/korvex', 'jti', fixture_gen.uuid('kjti', p.i), 'name', p.first || ' ' || p.last, 'nonce', gtgen.b64url('knon', p.i, 16),
         'preferred_username', lower(p.uname), 'session_state', fixture_gen.uuid('kss', p.i), 'sid', fixture_gen.uuid('kss', p.i), 'sub', p.ext, 'typ', 'ID')),
       'openidConnect', p.email, p.first || ' ' || p.last, p.first, p.last, lower(p.uname), '', '', '',
       gtgen.j64('{"alg":"RS256","typ":"JWT","kid":"kx7Qp2bYq0s_7mB3wqRl1vXyZ8dPjz0uW5xT4nH1a2c"}') || '.' ||
         gtgen.j64(jsonb_build_object('exp', u.last_login_unix + 300, 'iat', u.last_login_unix, 'auth_time', u.last_login_unix, 'jti', fixture_gen.uuid('kajti', p.i),
           'iss', 'https://sso.korvex.example/realms/korvex', 'aud', 'account', 'sub', p.ext, 'typ', 'Bearer', 'azp', 'gitea', 'session_state', fixture_gen.uuid('kss', p.i),
           'scope', 'openid email profile groups', 'email_verified', true, 'name', p.first || ' ' || p.last, 'preferred_username', lower(p.uname), 'given_name', p.first,
           'family_name', p.last, 'email', p.email)) || '.' || gtgen.b64url('ksig', p.i, 256),
       '',
       gtgen.j64('{"alg":"HS512","typ":"JWT","kid":"3c1f9a4e-8d2b-4f6a-9e7c-5b0d2a1f8c3e"}') || '.' ||
         gtgen.j64(jsonb_build_object('exp', u.last_login_unix + 1800, 'iat', u.last_login_unix, 'jti', fixture_gen.uuid('krjti', p.i), 'iss', 'https://sso.korvex.example/realms/korvex',
           'aud', 'https://sso.korvex.example/realms/korvex', 'sub', p.ext, 'typ', 'Refresh', 'azp', 'gitea', 'session_state', fixture_gen.uuid('kss', p.i), 'scope', 'openid email profile groups',
           'sid', fixture_gen.uuid('kss', p.i))) || '.' || gtgen.b64url('krsig', p.i, 64),
       to_timestamp(u.last_login_unix + 300) AT TIME ZONE 'UTC'
FROM gtgen.p p JOIN "user" u ON u.id = p.i WHERE p.auth = 'oidc';
INSERT INTO external_login_user
SELECT p.ext, p.i, 3,
       gtgen.cj(jsonb_build_object('login', p.uname, 'id', p.ext::bigint, 'node_id', 'MDQ6VXNlcj' || rtrim(translate(encode(convert_to(p.ext, 'UTF8'), 'base64'), E'\n', ''), '='),
         'avatar_url', 'https://avatars.githubusercontent.com/u/' || p.ext || '?v=4', 'gravatar_id', '', 'url', 'https://api.github.com/users/' || p.uname,
         'html_url', 'https://github.com/' || p.uname, 'type', 'User', 'site_admin', false, 'name', CASE WHEN p.i % 5 = 0 THEN NULL ELSE p.first || ' ' || p.last END,
         'company', fixture_gen.pick(ARRAY[NULL, '@korvex', 'Freelance', 'Aurora Motion', NULL], 'ghco', p.i),
         'blog', CASE WHEN p.i % 3 = 0 THEN 'https://' || lower(p.uname) || '.dev' ELSE '' END, 'location', gh.loc, 'email', CASE WHEN p.i % 2 = 0 THEN p.pemail END,
         'hireable', CASE WHEN p.i % 4 = 0 THEN true END, 'bio', gh.bio, 'twitter_username', CASE WHEN p.i % 6 = 0 THEN lower(p.uname) END,
         'public_repos', fixture_gen.n('ghpr', p.i, 80), 'public_gists', fixture_gen.n('ghpg', p.i, 12), 'followers', fixture_gen.n('ghf', p.i, 300), 'following', fixture_gen.n('ghfg', p.i, 60),
         'created_at', to_char(to_timestamp(1300000000 + fixture_gen.n('ghca', p.i, 300000000)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'updated_at', '2024-09-30T11:02:17Z')),
       'github', CASE WHEN p.i % 2 = 0 THEN p.pemail ELSE '' END, CASE WHEN p.i % 5 = 0 THEN '' ELSE p.first || ' ' || p.last END, '', '', p.uname, coalesce(gh.bio, ''),
       'https://avatars.githubusercontent.com/u/' || p.ext || '?v=4', coalesce(gh.loc, ''),
       'gh' || 'o_' || gtgen.rs('gho', p.i, 36), '', '', timestamp '0001-01-01 00:00:00'
FROM gtgen.p p,
     LATERAL (SELECT CASE WHEN fixture_gen.n('ghl', p.i, 3) > 0 THEN fixture_gen.pick(ARRAY['Cape Town, South Africa', 'Stockholm', 'Lyon, France', 'Madrid', 'Leeds', 'Seoul', 'Pune', 'Lagos', 'Berlin', 'Earth'], 'ghl2', p.i) END AS loc,
                     CASE WHEN fixture_gen.n('ghb', p.i, 2) = 0 THEN fixture_gen.pick(ARRAY['Embedded dev. Coffee. Bikes.', 'Frontend contractor, React/TypeScript', 'Building robots for a living',
                       'PhD student @ KTH, robot learning', 'Open to contract work – mail me', 'Rustacean 🦀', 'DevOps/SRE freelancer based in ' || fixture_gen.pick(ARRAY['Lyon', 'Madrid', 'Leeds'], 'ghb3', p.i)], 'ghb2', p.i) END AS bio) gh
WHERE p.auth = 'github';

-- Legacy OpenID identities.
CREATE TABLE user_open_id (id BIGSERIAL PRIMARY KEY, uid BIGINT NOT NULL, uri VARCHAR(255) NOT NULL, show BOOLEAN DEFAULT false, UNIQUE (uri));
INSERT INTO user_open_id (uid, uri, show)
SELECT i, CASE k % 3 WHEN 0 THEN 'https://launchpad.net/~' || lower(uname) WHEN 1 THEN 'https://' || lower(uname) || '.id.fedoraproject.org/' ELSE 'https://steamcommunity.com/openid/id/7656119' || gtgen.dg('stm', i, 10) END,
       k % 2 = 0
FROM (SELECT i, uname, row_number() OVER (ORDER BY i) AS k FROM gtgen.p WHERE created < 1580000000 AND auth = 'local') x WHERE k <= 14;

-- Old usernames, kept to redirect links after a rename (marriage, the move
-- from first.last to the AD's naming, a handle change).
CREATE TABLE user_redirect (id BIGSERIAL PRIMARY KEY, lower_name VARCHAR(255) NOT NULL, redirect_user_id BIGINT, UNIQUE (lower_name));
CREATE INDEX "IDX_user_redirect_redirect_user_id" ON user_redirect (redirect_user_id);
INSERT INTO user_redirect (lower_name, redirect_user_id)
SELECT DISTINCT ON (old) old, i FROM (
  SELECT p.i, CASE fixture_gen.n('urk', p.i, 3)
      WHEN 0 THEN gtgen.fold(p.first) || '.' || gtgen.fold(p.last)
      WHEN 1 THEN substr(gtgen.fold(p.first), 1, 1) || gtgen.fold(o.last)
      ELSE gtgen.fold(p.first) || '-' || gtgen.fold(o.last) END AS old
  FROM gtgen.p p JOIN gtgen.p o ON o.i = gtgen.pp('uro', p.i)
  WHERE fixture_gen.n('ur', p.i, 12) = 0) x
WHERE NOT EXISTS (SELECT 1 FROM "user" u WHERE u.lower_name = x.old) ORDER BY old, i;

CREATE TABLE user_blocking (id BIGSERIAL PRIMARY KEY, blocker_id BIGINT, blockee_id BIGINT, note VARCHAR(255), created_unix BIGINT, UNIQUE (blocker_id, blockee_id));
INSERT INTO user_blocking (blocker_id, blockee_id, note, created_unix)
SELECT gtgen.pp('ubr', k), gtgen.pp('ube', k), gtgen.fill(fixture_gen.pick(ARRAY['', 'keeps pinging me on weekends about the demo', 'spam in my notifications',
  'harassing comments on #412, reported to HR ({full})', '', 'ex-contractor, still mentions me in every PR', 'see HR case 2024-017', 'bot loop'], 'ubn', k), gtgen.pp('ubh', k), 2),
  1704067200 + k * 1900000
FROM generate_series(1, 11) k;

-- SSH keys: people's (comments are emails and user@host), keys the AD
-- sync added, deploy keys.
CREATE TABLE public_key (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL, name VARCHAR(255) NOT NULL, fingerprint VARCHAR(255) NOT NULL, content TEXT NOT NULL,
    mode INTEGER DEFAULT 2 NOT NULL, type INTEGER DEFAULT 1 NOT NULL, login_source_id BIGINT DEFAULT 0 NOT NULL, created_unix BIGINT, updated_unix BIGINT,
    verified BOOLEAN DEFAULT false NOT NULL);
CREATE INDEX "IDX_public_key_owner_id" ON public_key (owner_id);
CREATE FUNCTION gtgen.sshkey(kind int, tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE kind
    WHEN 0 THEN 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' || rtrim(fixture_gen.b64(tag, i, 32), '=')
    WHEN 1 THEN 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' || fixture_gen.b64(tag, i, 255) || fixture_gen.b64(tag || 'r', i, 129)
    WHEN 2 THEN 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB' || fixture_gen.b64(tag, i, 65)
    ELSE 'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAI' || rtrim(fixture_gen.b64(tag, i, 32), '=') || 'AAAABHNzaDo=' END
$$;
CREATE TABLE gtgen.k AS
SELECT row_number() OVER (ORDER BY cr, i, j) AS id, * FROM (
  SELECT p.i, j, (ARRAY[0, 0, 0, 0, 1, 1, 2, 3])[1 + fixture_gen.n('kk', p.i * 4 + j, 8)] AS kind,
         CASE fixture_gen.n('kc', p.i * 4 + j, 6) WHEN 0 THEN p.mail WHEN 1 THEN lower(p.uname) || '@' || p.host WHEN 2 THEN '' WHEN 3 THEN p.pemail
           WHEN 4 THEN gtgen.fold(p.first) || '@' || p.host ELSE fixture_gen.pick(ARRAY['work', 'yubikey', 'generated-by-azure', 'imported-openssh-key', ''], 'kc2', p.i * 4 + j) END AS cmt,
         p.host, p.first, least(p.created + 600 * (1 + fixture_gen.n('kcr', p.i * 4 + j, 20000)), 1729000000 - fixture_gen.n('kcr2', p.i * 4 + j, 900000)) AS cr, 1 AS type, 0 AS src
  FROM gtgen.p p, generate_series(1, 3) j WHERE fixture_gen.n('hask', p.i, 10) < 8 AND j <= 1 + fixture_gen.n('nk', p.i, 3)
  UNION ALL
  SELECT p.i, 9, 1, p.mail, p.host, p.first, 1660000000 + fixture_gen.n('kls', p.i, 50000000), 1, 1 FROM gtgen.p p WHERE p.auth = 'ldap' AND fixture_gen.n('ldk', p.i, 8) = 0
  UNION ALL
  SELECT gtgen.pp('dku', d), 100 + d, fixture_gen.n('dkk', d, 2), fixture_gen.pick(ARRAY['jenkins@ci01', 'argocd', 'root@backup01', 'deploy@edge-gw-03', '', 'drone-runner'], 'dkc', d), '', '',
         1600000000 + fixture_gen.n('dkcr', d, 120000000), 2, 0 FROM generate_series(1, 48) d) x;
ALTER TABLE gtgen.k ADD fp text;
UPDATE gtgen.k SET fp = 'SHA256:' || rtrim(fixture_gen.b64('kfp', id, 32), '=');
INSERT INTO public_key (id, owner_id, name, fingerprint, content, mode, type, login_source_id, created_unix, updated_unix, verified)
SELECT id, i,
       CASE WHEN type = 2 THEN fixture_gen.pick(ARRAY['jenkins deploy', 'argocd read-only', 'backup', 'edge gateway deploy', 'docs publisher', 'drone'], 'dkn', id)
            WHEN src = 1 THEN 'Korvex AD-' || substr(fp, 8, 20)
            ELSE (ARRAY['work laptop', 'MacBook', 'desktop', coalesce(nullif(cmt, ''), 'laptop'), host, first || ' - home PC', 'yubikey 5', 'WSL', 'id_ed25519', 'new laptop 2024'])[1 + fixture_gen.n('kn', id, 10)] END,
       fp, gtgen.sshkey(kind, 'kb', id) || CASE WHEN cmt <> '' THEN ' ' || cmt ELSE '' END,
       CASE WHEN type = 2 AND id % 3 = 0 THEN 1 ELSE 2 END, type, src, cr, least(cr + fixture_gen.n('kup', id, 50000000), 1729300000), id % 5 = 0
FROM gtgen.k ORDER BY id;

-- Deploy keys: a public_key row (type 2) given to a repository.
CREATE TABLE deploy_key (id BIGSERIAL PRIMARY KEY, key_id BIGINT, repo_id BIGINT, name VARCHAR(255), fingerprint VARCHAR(255), mode INTEGER DEFAULT 1 NOT NULL, created_unix BIGINT,
    updated_unix BIGINT, UNIQUE (key_id, repo_id));
INSERT INTO deploy_key (key_id, repo_id, name, fingerprint, mode, created_unix, updated_unix)
SELECT id, (ARRAY[3, 4, 7, 8, 10, 11, 12, 13, 1, 2])[1 + id % 10] + CASE WHEN id % 3 = 0 THEN 55 + id % 40 ELSE 0 END, name, fingerprint, mode, created_unix, updated_unix
FROM public_key WHERE type = 2 ORDER BY id;

-- GPG keys: the primary and its subkey (public key packets, base64), and
-- the armored key as imported, whose user-ID packets carry name and email.
CREATE TABLE gpg_key (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL, key_id CHAR(16) NOT NULL, primary_key_id CHAR(16), content TEXT NOT NULL, created_unix BIGINT,
    expired_unix BIGINT, added_unix BIGINT, can_sign BOOLEAN, can_encrypt_comms BOOLEAN, can_encrypt_storage BOOLEAN, can_certify BOOLEAN, verified BOOLEAN DEFAULT false NOT NULL);
CREATE INDEX "IDX_gpg_key_owner_id" ON gpg_key (owner_id);
CREATE TABLE gpg_key_import (key_id CHAR(16) NOT NULL PRIMARY KEY, content TEXT NOT NULL);
CREATE TABLE gtgen.g AS
SELECT i, upper(gtgen.hx('gk', i, 16)) AS kid, upper(gtgen.hx('gsk', i, 16)) AS skid, least(created + 86400 * fixture_gen.n('gcr', i, 400), 1728000000) AS cr,
       (CASE WHEN full_name ~ '^[A-Za-z]' THEN full_name ELSE first || ' ' || last END) || ' <' || mail || '>' AS uid1,
       CASE WHEN i % 3 = 0 THEN first || ' ' || last || ' <' || pemail || '>' END AS uid2, fixture_gen.n('galg', i, 3) = 0 AS rsa
FROM gtgen.p WHERE fixture_gen.n('gpg', i, 6) = 0;
INSERT INTO gpg_key (owner_id, key_id, primary_key_id, content, created_unix, expired_unix, added_unix, can_sign, can_encrypt_comms, can_encrypt_storage, can_certify, verified)
SELECT i, id, pid, c, cr, CASE WHEN i % 4 = 0 THEN cr + 63072000 ELSE 0 END, least(cr + 3600 * (1 + fixture_gen.n('gad', i, 500)), 1729300000), sub IS NULL, sub IS NOT NULL, sub IS NOT NULL, sub IS NULL, i % 5 <> 0
FROM (SELECT i, kid AS id, '' AS pid, NULL AS sub, cr, CASE WHEN rsa THEN fixture_gen.b64('gpk', i, 255) || fixture_gen.b64('gpk2', i, 16) ELSE fixture_gen.b64('gpk', i, 51) END AS c, 1 AS o FROM gtgen.g
      UNION ALL SELECT i, skid, kid, 1, cr, CASE WHEN rsa THEN fixture_gen.b64('gsk', i, 255) || fixture_gen.b64('gsk2', i, 16) ELSE fixture_gen.b64('gsk', i, 56) END, 2 FROM gtgen.g) x ORDER BY cr, i, o;
INSERT INTO gpg_key_import
SELECT kid, E'-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n' || regexp_replace(b, '(.{64})', E'\\1\n', 'g') || E'\n=' || substr(fixture_gen.b64('gcrc', i, 3), 1, 4) || E'\n-----END PGP PUBLIC KEY BLOCK-----\n'
FROM (SELECT i, kid, translate(encode(
        decode('98330' || '4' || lpad(to_hex(cr), 8, '0') || '16092b06010401da470f01010740' || gtgen.hx('gpk', i, 64), 'hex')
        || decode('b4' || lpad(to_hex(octet_length(convert_to(uid1, 'UTF8'))), 2, '0'), 'hex') || convert_to(uid1, 'UTF8')
        || decode('8896' || gtgen.hx('gsig', i, 300), 'hex')
        || CASE WHEN uid2 IS NOT NULL THEN decode('b4' || lpad(to_hex(octet_length(convert_to(uid2, 'UTF8'))), 2, '0'), 'hex') || convert_to(uid2, 'UTF8') || decode('8896' || gtgen.hx('gsig2', i, 300), 'hex') ELSE ''::bytea END
        || decode('b838' || gtgen.hx('gsub', i, 112) || '887e' || gtgen.hx('gssig', i, 252), 'hex'), 'base64'), E'\n', '') AS b
      FROM gtgen.g) x;

-- Repositories: the organizations' (a helpdesk, an onboarding checklist,
-- firmware, platform, web), pull mirrors of upstream projects, people's
-- own.
CREATE TABLE repository (
    id BIGSERIAL PRIMARY KEY, owner_id BIGINT, owner_name VARCHAR(255), lower_name VARCHAR(255) NOT NULL, name VARCHAR(255) NOT NULL, description TEXT, website VARCHAR(2048),
    original_service_type INTEGER, original_url VARCHAR(2048), default_branch VARCHAR(255), default_wiki_branch VARCHAR(255), num_watches INTEGER, num_stars INTEGER,
    num_forks INTEGER, num_issues INTEGER, num_closed_issues INTEGER, num_pulls INTEGER, num_closed_pulls INTEGER, num_milestones INTEGER DEFAULT 0 NOT NULL,
    num_closed_milestones INTEGER DEFAULT 0 NOT NULL, num_projects INTEGER DEFAULT 0 NOT NULL, num_closed_projects INTEGER DEFAULT 0 NOT NULL,
    num_action_runs INTEGER DEFAULT 0 NOT NULL, num_closed_action_runs INTEGER DEFAULT 0 NOT NULL, is_private BOOLEAN, is_empty BOOLEAN, is_archived BOOLEAN,
    is_mirror BOOLEAN, status INTEGER DEFAULT 0 NOT NULL, is_fork BOOLEAN DEFAULT false NOT NULL, fork_id BIGINT, is_template BOOLEAN DEFAULT false NOT NULL, template_id BIGINT,
    size BIGINT DEFAULT 0 NOT NULL, git_size BIGINT DEFAULT 0 NOT NULL, lfs_size BIGINT DEFAULT 0 NOT NULL, is_fsck_enabled BOOLEAN DEFAULT true NOT NULL,
    close_issues_via_commit_in_any_branch BOOLEAN DEFAULT false NOT NULL, topics TEXT, object_format_name VARCHAR(6) DEFAULT 'sha1' NOT NULL, trust_model INTEGER,
    avatar VARCHAR(64), created_unix BIGINT, updated_unix BIGINT, archived_unix BIGINT DEFAULT 0, UNIQUE (owner_id, lower_name)
);
CREATE TABLE gtgen.r (id int PRIMARY KEY, owner int, name text, descr text, topics text, kind text, orig text, ost int);
INSERT INTO gtgen.r VALUES
  (1, 1001, 'handbook', 'The engineering handbook: how we work, on-call, code review.', '["docs","handbook"]', 'org', '', 0),
  (2, 1001, 'rfcs', 'Design proposals. One markdown file per RFC.', '["rfc","docs"]', 'org', '', 0),
  (3, 1003, 'ci-templates', 'Reusable Gitea Actions workflows and Jenkins shared library.', '["ci","github-actions","jenkins"]', 'org', '', 0),
  (4, 1003, 'infra-terraform', 'Terraform for the Lisbon and Austin clusters and DNS.', '["terraform","kubernetes","infra"]', 'org', 'https://gitlab.korvex.example/platform/infra-terraform', 4),
  (5, 1006, 'it-helpdesk', 'IT requests: laptops, accounts, access, badges. One issue per request.', '["helpdesk"]', 'helpdesk', '', 0),
  (6, 1007, 'onboarding', 'Onboarding and offboarding checklists, one issue per person.', '["hr","onboarding"]', 'hr', '', 0),
  (7, 1002, 'r7-controller', 'Joint controller firmware for the R7 arm (STM32H7, Zephyr).', '["firmware","zephyr","can-bus","c"]', 'org', 'https://gitlab.korvex.example/firmware/r7-controller', 4),
  (8, 1002, 'bootloader', 'Secure bootloader with A/B slots and signed images.', '["firmware","bootloader","rust"]', 'org', '', 0),
  (9, 1004, 'lidar-pipeline', 'Point cloud filtering, segmentation and ego-motion compensation.', '["lidar","cpp","ros2"]', 'org', '', 0),
  (10, 1008, 'fleet-api', 'Fleet API: robots, sites, telemetry and OTA campaigns.', '["go","api","postgres"]', 'org', '', 0),
  (11, 1005, 'fleet-portal', 'Customer-facing fleet portal (React).', '["react","typescript","frontend"]', 'org', '', 0),
  (12, 1005, 'ui-kit', 'Shared React components and design tokens.', '["react","design-system"]', 'org', '', 0),
  (13, 1009, 'scenario-library', 'Simulation scenarios for regression runs.', '["simulation","gazebo"]', 'org', '', 0),
  (14, 1013, 'gripper-g2', 'Joint development of the G2 gripper with Korvex. Confidential.', '["gripper","firmware"]', 'partner', 'https://gitlab.aurora-motion.example/robotics/gripper-g2', 4);
INSERT INTO gtgen.r
SELECT 14 + k, 1011, n, 'Mirror of ' || u, '["mirror"]', 'mirror', u, 2
FROM unnest(ARRAY['zephyr', 'linux-stable', 'ros2-rclcpp', 'mcuboot', 'openocd', 'pcl', 'eigen', 'grpc', 'protobuf', 'nanopb', 'cmsis-dsp', 'lvgl', 'mbedtls', 'tinyusb',
    'freertos-kernel', 'u-boot', 'yocto-poky', 'meta-openembedded', 'gazebo-sim', 'moveit2', 'navigation2', 'opencv', 'onnxruntime', 'tensorrt-oss', 'fast-dds', 'zenoh',
    'grafana-dashboards', 'prometheus-operator', 'helm-charts', 'cert-manager', 'argo-cd', 'renovate-config', 'golangci-lint', 'buf', 'bazel-rules-go', 'rust-embedded-hal',
    'probe-rs', 'defmt', 'embassy', 'nrf-hal'],
  ARRAY['https://github.com/zephyrproject-rtos/zephyr', 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git', 'https://github.com/ros2/rclcpp', 'https://github.com/mcu-tools/mcuboot',
    'https://github.com/openocd-org/openocd', 'https://github.com/PointCloudLibrary/pcl', 'https://gitlab.com/libeigen/eigen', 'https://github.com/grpc/grpc', 'https://github.com/protocolbuffers/protobuf',
    'https://github.com/nanopb/nanopb', 'https://github.com/ARM-software/CMSIS-DSP', 'https://github.com/lvgl/lvgl', 'https://github.com/Mbed-TLS/mbedtls', 'https://github.com/hathach/tinyusb',
    'https://github.com/FreeRTOS/FreeRTOS-Kernel', 'https://source.denx.de/u-boot/u-boot', 'https://git.yoctoproject.org/poky', 'https://github.com/openembedded/meta-openembedded',
    'https://github.com/gazebosim/gz-sim', 'https://github.com/moveit/moveit2', 'https://github.com/ros-navigation/navigation2', 'https://github.com/opencv/opencv',
    'https://github.com/microsoft/onnxruntime', 'https://github.com/NVIDIA/TensorRT', 'https://github.com/eProsima/Fast-DDS', 'https://github.com/eclipse-zenoh/zenoh',
    'https://github.com/grafana/grafana', 'https://github.com/prometheus-operator/prometheus-operator', 'https://github.com/helm/charts', 'https://github.com/cert-manager/cert-manager',
    'https://github.com/argoproj/argo-cd', 'https://github.com/renovatebot/renovate', 'https://github.com/golangci/golangci-lint', 'https://github.com/bufbuild/buf',
    'https://github.com/bazelbuild/rules_go', 'https://github.com/rust-embedded/embedded-hal', 'https://github.com/probe-rs/probe-rs', 'https://github.com/knurling-rs/defmt',
    'https://github.com/embassy-rs/embassy', 'https://github.com/nrf-rs/nrf-hal']) WITH ORDINALITY AS t(n, u, k);
INSERT INTO gtgen.r
SELECT id, owner, CASE WHEN rn > 1 THEN nm || '-' || rn ELSE nm END, descr, topics, 'org', '', 0 FROM (
  SELECT id, owner, nm, descr, topics, row_number() OVER (PARTITION BY owner, nm ORDER BY id) AS rn FROM (
    SELECT k AS id, o AS owner,
           fixture_gen.pick(CASE o WHEN 1002 THEN ARRAY['r7', 'r9', 'm3', 'hal', 'can', 'motor', 'encoder', 'safety', 'wrist', 'gripper'] WHEN 1003 THEN ARRAY['k8s', 'observability', 'vault', 'dns', 'backup', 'runner', 'ingress', 'alerting']
             WHEN 1004 THEN ARRAY['camera', 'lidar', 'calib', 'detector', 'dataset', 'labeling', 'stereo', 'fusion'] WHEN 1005 THEN ARRAY['portal', 'mobile', 'ui', 'docs-site', 'status-page', 'admin']
             WHEN 1008 THEN ARRAY['telemetry', 'ota', 'fleet', 'ingest', 'billing', 'sites', 'alerts'] WHEN 1009 THEN ARRAY['sim', 'scenario', 'twin', 'physics', 'replay']
             WHEN 1014 THEN ARRAY['eol-test', 'rig', 'bom', 'schematics', 'jig'] ELSE ARRAY['devtools', 'playground', 'poc', 'spike', 'shared', 'hackweek'] END, 'rn1', k)
           || fixture_gen.pick(ARRAY['-controller', '-service', '-agent', '-web', '-cli', '-driver', '-proto', '-utils', '', '-config', '-exporter', '-sdk'], 'rn2', k) AS nm,
           fixture_gen.pick(ARRAY['', 'Internal tooling.', 'Service and deployment manifests.', 'Protobuf definitions shared between firmware and the fleet API.',
             'Prometheus exporter for robot health metrics.', 'CLI for engineers: flash, log pull, calibration.', 'Experimental – not for production.', 'Drivers and board support.',
             'Deprecated, see the monorepo.', 'Config and Helm values per site.', 'Python SDK for customers (beta).', 'Test fixtures and recorded CAN traces.'], 'rd', k) AS descr,
           fixture_gen.pick(ARRAY['[]', '["go"]', '["rust","embedded"]', '["python"]', '["cpp","ros2"]', '["helm","kubernetes"]', '["typescript"]', '[]'], 'rt', k) AS topics
    FROM generate_series(55, 440) k, LATERAL (SELECT (ARRAY[1001, 1002, 1002, 1002, 1003, 1003, 1004, 1004, 1005, 1005, 1008, 1008, 1009, 1010, 1010, 1012, 1014])[1 + fixture_gen.n('ro', k, 17)] AS o) oo
  ) a) b;
INSERT INTO gtgen.r
SELECT id, owner, CASE WHEN rn > 1 THEN nm || '-' || rn ELSE nm END, descr, '[]', 'personal', '', 0 FROM (
  SELECT id, owner, nm, descr, row_number() OVER (PARTITION BY owner, nm ORDER BY id) AS rn FROM (
    SELECT k AS id, gtgen.pp('rpo', k) AS owner,
           (ARRAY['dotfiles', 'notes', 'scratch', 'homelab', 'advent-of-code-2023', 'nvim-config', 'experiments', 'talk-slides', 'thesis', 'k8s-playground',
             'blog', 'rust-learning', 'interview-prep', 'scripts', 'cv', 'onboarding-notes'])[1 + fixture_gen.n('rpn', k, 16)] AS nm,
           gtgen.fill((ARRAY[CASE WHEN k % 2 = 0 THEN 'My dotfiles' ELSE '' END, CASE WHEN k % 3 = 0 THEN '{first}''s notes' ELSE 'Notes' END, 'Scratch space – ignore', '{first}''s homelab: Proxmox, k3s, Home Assistant',
             'Advent of Code 2023 in Rust', '', 'Random experiments', 'Slides for my talk at GopherCon EU', 'Master thesis: grasp planning under uncertainty', 'Playing with k3d and Argo CD',
             'Personal blog – {first} {last}', 'Working through the Rust book', '', 'Random scripts', 'CV and cover letters ({full})', 'Notes from {full}''s onboarding'])[1 + fixture_gen.n('rpn', k, 16)],
             gtgen.pp('rpo', k), 2) AS descr
    FROM generate_series(441, 620) k) a) b;

UPDATE gtgen.r r SET name = r.name || '-' || d.rn FROM (SELECT id, row_number() OVER (PARTITION BY owner, lower(name) ORDER BY id) AS rn FROM gtgen.r) d WHERE d.id = r.id AND d.rn > 1;

INSERT INTO repository
SELECT r.id, r.owner, u.name, lower(r.name), r.name, r.descr,
       CASE WHEN r.id IN (1, 12) THEN 'https://docs.korvex.example/' || r.name WHEN r.id = 11 THEN 'https://portal.korvex.example' ELSE '' END,
       r.ost, r.orig, CASE WHEN r.kind = 'mirror' AND r.id % 3 = 0 THEN 'master' WHEN r.id % 9 = 0 THEN 'develop' WHEN r.id % 7 = 0 THEN 'master' ELSE 'main' END,
       CASE WHEN r.id < 200 THEN 'master' ELSE 'main' END,
       1 + fixture_gen.n('rw', r.id, 30), fixture_gen.n('rs', r.id, 25), fixture_gen.n('rf', r.id, 4), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       r.kind IN ('helpdesk', 'hr', 'partner') OR (r.kind = 'personal' AND r.id % 3 = 0) OR r.id % 4 = 0, r.id % 97 = 0, r.id % 23 = 0, r.kind = 'mirror', 0, false, 0,
       r.id IN (3, 59), 0, 20000 + fixture_gen.n('rsz', r.id, 900000000), 20000 + fixture_gen.n('rsz', r.id, 800000000), CASE WHEN r.id % 6 = 0 THEN fixture_gen.n('lfs', r.id, 2000000000) ELSE 0 END,
       true, false, r.topics, 'sha1', 0, CASE WHEN r.id IN (7, 10, 11) THEN gtgen.hx('rav', r.id, 32) ELSE '' END,
       CASE WHEN r.id <= 14 THEN 1552000000 + r.id * 86400 ELSE 1555000000 + fixture_gen.n('rcr', r.id, 170000000) END, 1725000000 + fixture_gen.n('rup', r.id, 4000000),
       CASE WHEN r.id % 23 = 0 THEN 1700000000 + fixture_gen.n('rarc', r.id, 20000000) ELSE 0 END
FROM gtgen.r r JOIN "user" u ON u.id = r.owner ORDER BY r.id;

-- Pull mirrors. Those carried over from 1.14 kept the credentials in the
-- address; the newer ones are clean.
CREATE TABLE mirror (id BIGSERIAL PRIMARY KEY, repo_id BIGINT, interval BIGINT, enable_prune BOOLEAN DEFAULT true NOT NULL, updated_unix BIGINT, next_update_unix BIGINT,
    lfs_enabled BOOLEAN DEFAULT false NOT NULL, lfs_endpoint TEXT, remote_address VARCHAR(2048));
INSERT INTO mirror (repo_id, interval, enable_prune, updated_unix, next_update_unix, lfs_enabled, lfs_endpoint, remote_address)
SELECT id, (ARRAY[28800, 28800, 86400, 3600, 43200])[1 + fixture_gen.n('mi', id, 5)] * 1000000000::bigint, true, 1729000000 + fixture_gen.n('mu', id, 80000),
       1729100000 + fixture_gen.n('mn', id, 80000), id % 5 = 0, '',
       CASE WHEN id = 14 THEN 'https://oauth2:' || 'glpat-' || gtgen.rs('mglp', id, 20) || '@gitlab.aurora-motion.example/robotics/gripper-g2.git'
            WHEN id = 20 THEN 'https://korvex-ci:' || 'ghp_' || gtgen.rs('mghp', id, 36) || '@github.com/korvex-robotics/tinyusb-fork.git'
            WHEN id = 33 THEN 'https://pdudek:' || 'Wi0sna!' || gtgen.rs('mpw', id, 6) || '@bitbucket.korvex.example/scm/leg/gazebo-sim.git'
            WHEN id = 45 THEN 'https://x-access-token:' || 'ghs_' || gtgen.rs('mghs', id, 36) || '@github.com/korvex-robotics/argo-cd.git'
            WHEN id = 27 THEN 'https://gitea-mirror:' || gtgen.rs('mgl', id, 20) || '@gitlab.korvex.example/mirrors/mbedtls.git'
            WHEN id = 4 THEN 'https://gitlab.korvex.example/platform/infra-terraform.git'
            ELSE orig || '.git' END
FROM gtgen.r WHERE kind IN ('mirror', 'partner') OR id = 4 ORDER BY id;
UPDATE repository SET is_mirror = true WHERE id IN (SELECT repo_id FROM mirror);

CREATE TABLE push_mirror (id BIGSERIAL PRIMARY KEY, repo_id BIGINT, remote_name VARCHAR(255), remote_address VARCHAR(2048), sync_on_commit BOOLEAN DEFAULT true NOT NULL,
    interval BIGINT, created_unix BIGINT, last_update BIGINT, last_error TEXT);
INSERT INTO push_mirror (repo_id, remote_name, remote_address, sync_on_commit, interval, created_unix, last_update, last_error)
SELECT r.id, 'remote_mirror_' || gtgen.rs('pmr', r.id, 10), 'https://github.com/korvex-robotics/' || r.name || '.git', r.id % 2 = 0, 28800000000000, 1680000000 + r.id * 100000,
       1729000000 + fixture_gen.n('pml', r.id, 80000),
       CASE WHEN r.id % 5 = 0 THEN E'Error pushing korvex/' || r.name || E' to https://github.com/korvex-robotics/' || r.name || E'.git: exit status 128 - remote: Permission to korvex-robotics/' || r.name || E'.git denied.\nfatal: unable to access: The requested URL returned error: 403' ELSE '' END
FROM gtgen.r r WHERE r.id IN (1, 2, 8, 12, 55, 60, 62, 71, 80, 95, 101, 120, 133, 150, 177, 201, 230, 260) ORDER BY r.id;

CREATE TABLE topic (id BIGSERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, repo_count INTEGER, created_unix BIGINT, updated_unix BIGINT, UNIQUE (name));
CREATE TABLE repo_topic (repo_id BIGINT NOT NULL, topic_id BIGINT NOT NULL, PRIMARY KEY (repo_id, topic_id));
INSERT INTO topic (name, repo_count, created_unix, updated_unix)
SELECT t, count(*), min(r.created_unix), max(r.updated_unix) FROM repository r, json_array_elements_text(r.topics::json) t GROUP BY t ORDER BY min(r.created_unix), t;
INSERT INTO repo_topic SELECT DISTINCT r.id, tp.id FROM repository r, json_array_elements_text(r.topics::json) t JOIN topic tp ON tp.name = t;

CREATE TABLE star (id BIGSERIAL PRIMARY KEY, uid BIGINT, repo_id BIGINT, created_unix BIGINT, UNIQUE (uid, repo_id));
INSERT INTO star (uid, repo_id, created_unix)
SELECT DISTINCT ON (u, r) u, r, 1560000000 + fixture_gen.n('stc', k, 165000000) FROM (SELECT k, gtgen.pp('stu', k) AS u, 1 + fixture_gen.n('str', k, 80) + CASE WHEN k % 3 = 0 THEN fixture_gen.n('str2', k, 540) ELSE 0 END AS r
FROM generate_series(1, 1600) k) x ORDER BY u, r, k;
CREATE TABLE follow (id BIGSERIAL PRIMARY KEY, user_id BIGINT, follow_id BIGINT, created_unix BIGINT, UNIQUE (user_id, follow_id));
INSERT INTO follow (user_id, follow_id, created_unix)
SELECT DISTINCT ON (a, b) a, b, 1560000000 + fixture_gen.n('flc', k, 165000000) FROM (SELECT k, gtgen.pp('fla', k) AS a, gtgen.pp('flb', k % 300) AS b FROM generate_series(1, 900) k) x WHERE a <> b ORDER BY a, b, k;
CREATE TABLE watch (id BIGSERIAL PRIMARY KEY, user_id BIGINT, repo_id BIGINT, mode SMALLINT DEFAULT 1 NOT NULL, created_unix BIGINT, updated_unix BIGINT, UNIQUE (user_id, repo_id));
INSERT INTO watch (user_id, repo_id, mode, created_unix, updated_unix)
SELECT DISTINCT ON (u, r) u, r, (ARRAY[1, 1, 3, 3, 3, 2])[1 + fixture_gen.n('wm', k, 6)], c, c + fixture_gen.n('wu', k, 9000000) FROM (
  SELECT k, gtgen.pp('wtu', k) AS u, 1 + fixture_gen.n('wtr', k, 60) + CASE WHEN k % 2 = 0 THEN fixture_gen.n('wtr2', k, 380) ELSE 0 END AS r, 1560000000 + fixture_gen.n('wtc', k, 165000000) AS c
  FROM generate_series(1, 1700) k) x ORDER BY u, r, k;

-- Issues and pull requests: 1-170 in the IT helpdesk, 171-260 in the
-- onboarding repository (each about a person: s is the person, o a
-- colleague), the rest engineering.
CREATE TABLE gtgen.iss AS
SELECT k, r AS repo, s, o, poster, pull, created, title_tpl, body_tpl FROM (
  SELECT k, r, s, o, pull,
         CASE WHEN r = 5 THEN CASE WHEN fixture_gen.n('ht', k, 10) IN (3, 4, 9) THEN s ELSE o END WHEN r = 6 THEN o
              WHEN pull AND k % 9 = 0 THEN 1102 ELSE gtgen.pp('ipo', k) END AS poster,
         1556668800 + k * 70000::bigint + fixture_gen.n('icr', k, 60000) AS created,
         CASE WHEN r = 5 THEN (ARRAY['Laptop replacement for {full}', 'VPN access for contractor {full}', 'Badge not working – {full}', 'New mobile number for {full}', 'Reset 2FA for {me}',
                'Printer on the 3rd floor jams', 'Request: second monitor', 'Wi-Fi drops in meeting room Tejo', 'Shipping a dev kit to {full} (remote)', 'Name change in AD for {full}'])[1 + fixture_gen.n('ht', k, 10)]
              WHEN r = 6 THEN CASE WHEN fixture_gen.n('ot', k, 3) < 2 THEN 'Onboarding: {full} ({office}, starts {date})' ELSE 'Offboarding: {full} – last day {date}' END
              WHEN pull AND k % 9 = 0 THEN (ARRAY['chore(deps): update module golang.org/x/net to v0.23.0', 'chore(deps): update helm release grafana to v7.3.9', 'fix(deps): update rust crate tokio to 1.37',
                'chore(deps): update dependency typescript to v5.4.5', 'chore(deps): update actions/checkout action to v4'])[1 + fixture_gen.n('rvt', k, 5)]
              WHEN pull THEN (ARRAY['Fix watchdog reset during homing', 'Add CAN timeout to gripper FSM', 'ci: cache Go modules', 'docs: calibration guide for the wrist encoder',
                'refactor(planner): split replan into two passes', 'feat(ota): resume interrupted downloads', 'fix(portal): sort by last seen', 'chore: bump Zephyr to 3.6',
                'Add Prometheus metrics for joint temperatures', 'fix(api): return 404 for robots without a site', 'WIP: new bootloader key rotation', 'Reduce edge-agent image size (multi-stage build)',
                'feat(sim): replay with recorded clock', 'fix: use site time zone in dashboards', 'Revert "feat(ota): resume interrupted downloads"', 'Handle NaN in encoder velocity filter',
                'Add site filter to the robots endpoint', 'Make resource limits configurable in the chart'])[1 + fixture_gen.n('prt', k, 18)]
              ELSE (ARRAY['Motor driver overheats above 40°C ambient', 'OTA update fails when the battery is below 20%', 'Flaky test: TestPlannerReplan times out on arm64 runners',
                'Lidar point cloud drops frames at 20 Hz', 'Add CAN bus timeout to the gripper state machine', 'Docs: explain calibration of the wrist encoder', 'Helm chart: make resource limits configurable',
                'Bootloader refuses images signed with the new key', 'Telemetry dashboard shows UTC instead of site time', 'Memory leak in the vision pipeline after 6 h',
                'Crash when the e-stop is pressed during homing', 'Support Ubuntu 24.04 in the SDK installer', 'Fleet API returns 500 for robots without a site', 'Reduce the Docker image size of edge-agent',
                'Encoder offset lost after power cycle', 'Race condition in the OTA scheduler', 'Add Prometheus metrics for joint temperatures', 'Scenario replay ignores the recorded clock',
                'Portal: sorting by last seen is wrong', 'Upgrade Zephyr to 3.6', 'CI: cache Go modules between jobs', 'Camera calibration drifts after firmware 2.5', 'Protobuf field 14 reused in RobotStatus',
                'Grafana alert for CAN bus errors is too noisy', 'Mobile app: login loop on Android 14', 'Add retry with backoff to the telemetry uploader', 'Wrong torque limits for the R9 shoulder joint',
                'Build fails with GCC 13: -Werror=dangling-pointer', 'Document the release process', 'Investigate high CPU on edge gateways in Austin'])[1 + fixture_gen.n('itt', k, 30)] END AS title_tpl,
         CASE WHEN r = 5 THEN (ARRAY[
                E'The screen of {first}''s ThinkPad is cracked. Please ship a replacement to the home address:\n\n{addr}\n\nThe courier can call {phone}. Asset tag of the old one: KVX-{n}',
                E'Contractor starting on the fleet portal next week. Needs VPN and read access to korvex-web.\n\nContact: {pemail}, {phone}\nApproved by @{u}',
                'Badge stopped working at the {office} office door this morning. Badge number {n}.',
                E'Please update the directory and the on-call sheet: my new mobile is {phone}.\nThe old number is no longer in use.',
                'Lost my phone on the train. Please reset 2FA on Gitea and Keycloak for {me}. I can be reached on {phone} today.',
                'The HP on the 3rd floor jams on every duplex job. Tried the other tray, same result.',
                'Could I get a second 27" monitor for my desk? Cost centre 4410, approved by my lead.',
                'The Wi-Fi in meeting room Tejo drops every few minutes during calls. Started after the access point firmware update.',
                E'Please send an R7 dev kit and a 48 V power supply to:\n\n{full}\n{addr}\n\nPhone for the courier: {phone}\nPrivate email for the tracking link: {pemail}',
                'Following my marriage my surname is now {last}. Please update AD, Gitea and my mail alias; keep the old address working for a few months.'])[1 + fixture_gen.n('ht', k, 10)]
              WHEN r = 6 THEN CASE WHEN fixture_gen.n('ot', k, 3) < 2 THEN
                E'**New hire:** {full}\n**Office:** {office}\n**Manager:** @{u}\n**Start date:** {date}\n**Private email (welcome pack, until the account exists):** {pemail}\n**Mobile:** {phone}\n**Ship equipment to:** {addr}\n\n- [ ] AD account and mailbox\n- [ ] Laptop ordered\n- [ ] Badge photo received\n- [ ] Added to the team in Gitea\n- [ ] Buddy assigned'
                ELSE E'Last working day: {date}.\n\n- [ ] Forward mail to @{u}\n- [ ] Collect the laptop by courier from {addr}\n- [ ] Final payslip to the private address {pemail}\n- [ ] Disable the AD account\n- [ ] Revoke Gitea tokens and SSH keys\n- [ ] Transfer personal repositories to @{u}' END
              WHEN pull AND k % 9 = 0 THEN E'This PR contains the following updates:\n\n| Package | Type | Update | Change |\n|---|---|---|---|\n| golang.org/x/net | require | minor | `v0.21.0` -> `v0.23.0` |\n\n---\n\n### Configuration\n\n📅 **Schedule**: Branch creation - At any time (no schedule defined), Automerge - At any time (no schedule defined).\n\n🚦 **Automerge**: Disabled by config. Please merge this manually once you are satisfied.\n\n♻ **Rebasing**: Whenever PR becomes conflicted, or you tick the rebase/retry checkbox.\n\n---\n\nThis PR has been generated by [Renovate Bot](https://github.com/renovatebot/renovate).'
              WHEN pull THEN (ARRAY[E'Fixes #{i}.\n\nTested on R7-0042 with the homing sequence 20 times.', '', 'Closes #{i}. cc @{u}', 'First half of the planner refactor; the second half follows once this is merged.',
                'Image size goes from 1.2 GB to 180 MB.', 'Draft, do not merge yet. Needs the new signing key from @{u}.', 'Follow-up to the review in #{i}.', '', 'Closes #{i}'])[1 + fixture_gen.n('prb', k, 9)]
              ELSE (ARRAY[E'Steps to reproduce:\n1. Flash firmware 2.4.1\n2. Run the homing sequence\n3. Press the e-stop during the second joint\n\nExpected: controlled stop. Actual: watchdog reset after ~200 ms.',
                'Seen on three robots at the Lisbon test site since Tuesday. Logs attached.', 'This started after the upgrade to Go 1.22. Bisected to the change in the retry loop.',
                'We should make this configurable per site instead of hard-coding 30 s.', 'The current behaviour is documented nowhere; customers keep asking support about it.',
                E'```\npanic: runtime error: index out of range [3] with length 3\n\ngoroutine 47 [running]:\nfleet-api/internal/sites.(*Store).Resolve(...)\n\t/src/internal/sites/store.go:118 +0x1a4\n```',
                'Happens only with the 20 Hz profile; at 10 Hz everything is fine.', 'Proposal: split the state machine into homing and run phases, each with its own timeout.', '',
                'Assigning to firmware triage. Priority depends on whether the Austin pilot is affected.', 'Reported by @{u} during the pilot. Robot R7-0042 at the customer site.',
                '{full} from support says two customers hit this last week; details are in the support channel.', 'Can reproduce. @{u} can you pair with me on this tomorrow?', ''])[1 + fixture_gen.n('itb', k, 14)] END AS body_tpl
  FROM (SELECT k, CASE WHEN k <= 170 THEN 5 WHEN k <= 260 THEN 6 ELSE rr END AS r, gtgen.pp('subj', k) AS s, gtgen.pp('oth', k) AS o,
               k > 260 AND rr <= 440 AND fixture_gen.n('ispr', k, 5) < 2 AS pull
        FROM generate_series(1, 2400) k,
             LATERAL (SELECT CASE WHEN x < 2 THEN 1 + fixture_gen.n('ir2', k, 4) WHEN x < 5 THEN 7 + fixture_gen.n('ir2', k, 8) WHEN x < 8 THEN 55 + fixture_gen.n('ir2', k, 80)
                                  WHEN x < 9 THEN 135 + fixture_gen.n('ir2', k, 300) ELSE 441 + fixture_gen.n('ir2', k, 180) END AS rr FROM (SELECT fixture_gen.n('ir', k, 10) AS x) xx) q) a) b;
ALTER TABLE gtgen.iss ADD PRIMARY KEY (k);
ALTER TABLE gtgen.iss ADD idx int, ADD closed boolean, ADD closed_at bigint, ADD title text, ADD body text, ADD orig text, ADD orig_id bigint, ADD head text;
UPDATE gtgen.iss i SET idx = d.rn FROM (SELECT k, row_number() OVER (PARTITION BY repo ORDER BY k) AS rn FROM gtgen.iss) d WHERE d.k = i.k;
UPDATE gtgen.iss SET closed = created < 1725000000 AND fixture_gen.n('icl', k, 10) < 7;
UPDATE gtgen.iss SET closed_at = CASE WHEN closed THEN least(created + 3600 * (2 + fixture_gen.n('icla', k, 2000)), 1729300000) END,
  title = replace(replace(gtgen.fill(title_tpl, s, o), '{date}', to_char(to_timestamp(created + 14 * 86400) AT TIME ZONE 'UTC', 'FMDD Mon YYYY')), '{n}', gtgen.dg('inn', k, 5)),
  body = replace(replace(replace(gtgen.fill(body_tpl, s, o), '{date}', to_char(to_timestamp(created + 14 * 86400) AT TIME ZONE 'UTC', 'FMDD Mon YYYY')), '{n}', gtgen.dg('inn', k, 5)),
    '{i}', (1 + fixture_gen.n('iref', k, greatest(idx - 1, 1)))::text);
-- Issues migrated from the old GitLab keep their authors' GitLab handles.
UPDATE gtgen.iss i SET orig = lower(p.uname), orig_id = 100 + fixture_gen.n('glid', p.i, 4000), poster = 1
FROM gtgen.p p WHERE p.i = i.poster AND i.repo IN (4, 7) AND i.created < 1600000000 AND i.poster <> 1102;
UPDATE gtgen.iss i SET head = CASE WHEN poster = 1102 THEN 'renovate/' || regexp_replace(lower(split_part(title, ' to ', 1)), '^.*update (module |helm release |rust crate |dependency |actions/)?', '') || '-' || k % 7 || '.x'
    ELSE CASE fixture_gen.n('hb', k, 10) WHEN 0 THEN 'fix/' WHEN 1 THEN 'fix/' WHEN 2 THEN 'feature/KVX-' || (1000 + fixture_gen.n('jira', k, 4000)) || '-' WHEN 3 THEN 'feature/KVX-' || (1000 + fixture_gen.n('jira', k, 4000)) || '-'
           WHEN 4 THEN 'feat/' ELSE lower(p.uname) || '/' END
         || substr(trim(both '-' from regexp_replace(lower(regexp_replace(title, '^(WIP: |Revert "|fix|feat|docs|ci|chore|refactor)(\([a-z]+\))?: ', '')), '[^a-z0-9]+', '-', 'g')), 1, 32) END
FROM gtgen.p p WHERE i.pull AND p.i = CASE WHEN i.poster = 1102 OR i.poster = 1 THEN 2 ELSE i.poster END;
UPDATE gtgen.iss SET head = rtrim(regexp_replace(head, '[^A-Za-z0-9/._-]', '-', 'g'), '-') WHERE pull;

CREATE TABLE label (id BIGSERIAL PRIMARY KEY, repo_id BIGINT, org_id BIGINT, name VARCHAR(255), exclusive BOOLEAN, description VARCHAR(255), color VARCHAR(7), num_issues INTEGER,
    num_closed_issues INTEGER, created_unix BIGINT, updated_unix BIGINT, archived_unix BIGINT DEFAULT 0);
INSERT INTO label (repo_id, org_id, name, exclusive, description, color, num_issues, num_closed_issues, created_unix, updated_unix, archived_unix)
SELECT r, o, n, n LIKE '%/%', d, c, fixture_gen.n('lni', k, 60), fixture_gen.n('lnc', k, 40), 1552100000 + k * 400000, 1700000000 + k * 100000, CASE WHEN n = 'wontfix' AND r = 7 THEN 1710000000 ELSE 0 END
FROM (SELECT row_number() OVER () AS k, * FROM (
  SELECT r, 0 AS o, n, d, c FROM unnest(ARRAY[7, 8, 9, 10, 11, 12]) r,
    (VALUES ('bug', 'Something is not working', '#ee0701'), ('enhancement', 'New feature or request', '#84b6eb'), ('documentation', 'Improvements or additions to documentation', '#0075ca'),
            ('good first issue', 'Good for newcomers', '#7057ff'), ('priority/high', 'Fix before the next release', '#b60205'), ('priority/low', '', '#c2e0c6'),
            ('kind/security', 'Security-relevant; do not discuss details publicly', '#e11d21'), ('status/blocked', 'Waiting on another team or a vendor', '#fbca04'),
            ('wontfix', 'This will not be worked on', '#ffffff'), ('duplicate', 'This issue or pull request already exists', '#cccccc')) v(n, d, c)
  UNION ALL SELECT 5, 0, n, d, c FROM (VALUES ('laptop', 'Hardware requests and repairs', '#1d76db'), ('access', 'Accounts, VPN, permissions', '#5319e7'), ('badge', 'Door badges', '#0e8a16'),
            ('remote', 'Requester works remotely: ship to home', '#c5def5'), ('urgent', 'Blocks someone from working', '#b60205'), ('waiting-for-user', '', '#fef2c0')) v(n, d, c)
  UNION ALL SELECT 6, 0, n, d, c FROM (VALUES ('onboarding', '', '#0e8a16'), ('offboarding', '', '#d93f0b'), ('contractor', 'Not an employee: limited access', '#bfdadc'),
            ('office/lisbon', '', '#ededed'), ('office/munich', '', '#ededed'), ('office/pune', '', '#ededed'), ('office/seoul', '', '#ededed'), ('office/austin', '', '#ededed'),
            ('office/lagos', '', '#ededed'), ('office/krakow', '', '#ededed'), ('office/remote', '', '#ededed')) v(n, d, c)
  UNION ALL SELECT 0, 1002, n, d, c FROM (VALUES ('area/can', 'CAN bus and transceivers', '#006b75'), ('area/motor', 'Motor control loops', '#006b75'), ('area/boot', 'Bootloader and update', '#006b75'),
            ('needs-hil', 'Needs a run on the hardware-in-the-loop rig', '#f9d0c4')) v(n, d, c)) x) y;

CREATE TABLE milestone (id BIGSERIAL PRIMARY KEY, repo_id BIGINT, name VARCHAR(255), content TEXT, is_closed BOOLEAN, num_issues INTEGER, num_closed_issues INTEGER,
    completeness INTEGER, created_unix BIGINT, updated_unix BIGINT, deadline_unix BIGINT, closed_date_unix BIGINT);
INSERT INTO milestone (repo_id, name, content, is_closed, num_issues, num_closed_issues, completeness, created_unix, updated_unix, deadline_unix, closed_date_unix)
SELECT r, n, c, cl, ni, CASE WHEN cl THEN ni ELSE ni * nc0 / 6 END, CASE WHEN cl THEN 100 ELSE 100 * nc0 / 6 END, 1600000000 + k * 5000000, 1720000000 + k * 50000, 1610000000 + k * 5500000, CASE WHEN cl THEN 1612000000 + k * 5500000 ELSE 0 END
FROM (SELECT row_number() OVER () AS k, r, n, c, cl, 5 + fixture_gen.n('mni', row_number() OVER (), 40) AS ni, fixture_gen.n('mnc', row_number() OVER (), 5) AS nc0 FROM (VALUES
  (7, 'v2.3', 'Joint limits rework, CAN FD.', true), (7, 'v2.4', 'Homing rewrite and watchdog fixes.', true), (7, 'v2.5', 'Torque limits per model; new encoder filter.', false),
  (8, '1.0', 'First signed release with A/B slots.', true), (8, 'Key rotation', 'Rotate the image signing key before the Austin pilot.', false),
  (10, 'Q2 2024', '', true), (10, 'Q3 2024', 'Sites API v2, OTA campaigns.', false), (10, 'Austin pilot', 'Everything the Austin customer pilot needs. Owner: fleet team.', false),
  (11, 'Portal 3.0', 'New robot table, site filters, dark mode.', false), (12, 'v1.0', '', true), (5, 'Office move Lisbon', 'Moving to the new floor in November.', false),
  (6, '2024 graduate intake', 'Onboarding for the September graduate cohort.', false)) v(r, n, c, cl)) x;

CREATE TABLE issue (
    id BIGSERIAL PRIMARY KEY, repo_id BIGINT, index BIGINT, poster_id BIGINT, original_author VARCHAR(255), original_author_id BIGINT, name VARCHAR(255), content TEXT,
    content_version INTEGER DEFAULT 0 NOT NULL, milestone_id BIGINT, priority INTEGER, is_closed BOOLEAN, is_pull BOOLEAN, num_comments INTEGER, ref VARCHAR(255),
    pin_order INTEGER DEFAULT 0, deadline_unix BIGINT, created_unix BIGINT, updated_unix BIGINT, closed_unix BIGINT, is_locked BOOLEAN DEFAULT false NOT NULL, UNIQUE (repo_id, index)
);

-- Comments and timeline events. kind: 0 comment, 1 reopen, 2 close, 3 a
-- reference from another issue, 7 label, 8 milestone, 9 assignee, 10 title
-- change, 21 code comment, 22 review, 29 pushed commits.
CREATE TABLE gtgen.cm AS
SELECT i.k, j, i.repo, i.s, i.o, i.pull, i.idx, i.title, i.orig, i.created + 1800 * j + fixture_gen.n('cct', i.k * 10 + j, 400000) AS created, i.k * 10 + j AS ck,
       CASE WHEN i.pull THEN (ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 21, 21, 22, 22, 29, 29, 7, 9, 3, 10, 2, 8])[1 + fixture_gen.n('ctp', i.k * 10 + j, 20)]
            ELSE (ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 9, 9, 10, 3, 2, 1])[1 + fixture_gen.n('ctp', i.k * 10 + j, 20)] END AS type
FROM gtgen.iss i, generate_series(1, 6) j
WHERE j <= fixture_gen.n('ncm', i.k, 5) + CASE WHEN i.repo IN (5, 6) THEN 2 ELSE 0 END;
ALTER TABLE gtgen.cm ADD poster int, ADD content text, ADD hist text;
CREATE INDEX ON gtgen.cm (k);
UPDATE gtgen.cm SET poster = CASE WHEN repo = 5 AND j % 2 = 0 THEN s WHEN repo IN (5, 6) THEN o WHEN type = 29 AND pull THEN 0 ELSE gtgen.pp('cpo', ck) END;
UPDATE gtgen.cm SET content = CASE
    WHEN type = 0 AND repo IN (5, 6) THEN replace(gtgen.fill((ARRAY[
      'Courier booked for Thursday. {first}, please be at home ({addr}) between 9 and 13.', 'Called {first} on {phone}, no answer. Left a voicemail.', 'Welcome pack sent to {pemail}.',
      'AD account created: {me}. Temporary password sent by SMS.', 'Laptop KVX-{n} wiped and returned to stock.', 'Done, closing.', 'Badge photo received, thanks!',
      'Thanks! Works now.', 'Can we do this after Friday? I am on leave until then.', '@{u} please approve the purchase.', 'New number is in the directory now.',
      'Tracking link sent to {pemail}. Delivery expected Wednesday.'])[1 + fixture_gen.n('chd', ck, 12)], s, o), '{n}', gtgen.dg('cnn', ck, 5))
    WHEN type = 0 THEN gtgen.fill((ARRAY['LGTM, but please squash the fixup commits.', 'Reproduced on R7-0042 with firmware 2.4.1; the watchdog fires after ~40 min.',
      'Could this be the same as #12?', 'Bumped the timeout to 30 s; CI is green now.', 'I think we should gate this behind a feature flag until the next release.',
      'Benchmarks before/after attached. p99 latency went from 41 ms to 17 ms.', 'Closing as a duplicate.', 'Not reproducible on main anymore, probably fixed by the HAL refactor.',
      'Works for me on Ubuntu 24.04 with the new SDK installer.', '+1', 'Any update on this?', 'Merged, thanks!',
      '@{u} can you take a look? You wrote the original driver.', 'Talked to {full} from the vision team, they see the same drops.',
      'I will be offline next week; ping @{u} or call me on {phone} if the release is blocked.', 'Sent the full logs to {email}.'])[1 + fixture_gen.n('cen', ck, 16)], o, s)
    WHEN type = 21 THEN (ARRAY['nit: this allocates on every tick; move it out of the loop.', 'Should this be a const?', 'Missing error check.', 'Can we log the joint id here?',
      'This changes the wire format; bump the protocol version.', 'Use the existing helper in hal/time.h.', 'Typo: recieve', 'Why 30 s? A comment would help.'])[1 + fixture_gen.n('ccc', ck, 8)]
    WHEN type = 22 THEN (ARRAY['', 'LGTM', 'A few nits, otherwise fine.', 'Please add a test for the timeout path.', 'Approved. Make sure the HIL run passes before merging.', ''])[1 + fixture_gen.n('crv', ck, 6)]
    WHEN type = 29 THEN '{"is_force_push":' || CASE WHEN ck % 5 = 0 THEN 'true' ELSE 'false' END || ',"commit_ids":["' || gtgen.hx('cpc', ck, 40) || '","' || gtgen.hx('cpc2', ck, 40) || '"]}'
    WHEN type = 7 THEN '1' ELSE '' END;
-- Edits: the history keeps what was there before.
UPDATE gtgen.cm SET hist = CASE WHEN content LIKE 'AD account created:%' THEN replace(content, 'Temporary password sent by SMS.', 'Temporary password: Korvex-' || gtgen.rs('tmppw', ck, 8) || '! (change it at first login)')
                                WHEN content LIKE 'I will be offline%' THEN content || ' My private number is ' || (SELECT phone FROM gtgen.p WHERE i = s) || '.'
                                WHEN content LIKE 'Bumped the timeout%' THEN E'Bumped the timeout to 30 s; CI is green now.\n\nTo reproduce locally: `export GITEA_TOKEN=' || gtgen.hx('leak', ck, 40) || '` and run `make e2e`.'
                                WHEN content LIKE 'Called %' THEN replace(content, 'Left a voicemail.', 'Left a voicemail. Will try again after 6 pm.') END
WHERE type = 0 AND (content LIKE 'AD account created:%' OR fixture_gen.n('chs', ck, 3) = 0);

CREATE TABLE comment (
    id BIGSERIAL PRIMARY KEY, type INTEGER, poster_id BIGINT, original_author VARCHAR(255), original_author_id BIGINT, issue_id BIGINT, label_id BIGINT, old_project_id BIGINT,
    project_id BIGINT, old_milestone_id BIGINT, milestone_id BIGINT, time_id BIGINT, assignee_id BIGINT, removed_assignee BOOLEAN, assignee_team_id BIGINT DEFAULT 0 NOT NULL,
    resolve_doer_id BIGINT, old_title VARCHAR(255), new_title VARCHAR(255), old_ref VARCHAR(255), new_ref VARCHAR(255), dependent_issue_id BIGINT, commit_id BIGINT, line BIGINT,
    tree_path VARCHAR(255), content TEXT, content_version INTEGER DEFAULT 0 NOT NULL, patch TEXT, created_unix BIGINT, updated_unix BIGINT, commit_sha VARCHAR(64), review_id BIGINT,
    invalidated BOOLEAN, ref_repo_id BIGINT, ref_issue_id BIGINT, ref_comment_id BIGINT, ref_action SMALLINT, ref_is_pull BOOLEAN
);
CREATE INDEX "IDX_comment_issue_id" ON comment (issue_id);

CREATE TABLE review (id BIGSERIAL PRIMARY KEY, type INTEGER, reviewer_id BIGINT, reviewer_team_id BIGINT DEFAULT 0 NOT NULL, original_author VARCHAR(255), original_author_id BIGINT,
    issue_id BIGINT, content TEXT, official BOOLEAN DEFAULT false NOT NULL, commit_id VARCHAR(64), stale BOOLEAN DEFAULT false NOT NULL, dismissed BOOLEAN DEFAULT false NOT NULL,
    created_unix BIGINT, updated_unix BIGINT);

INSERT INTO issue (id, repo_id, index, poster_id, original_author, original_author_id, name, content, content_version, milestone_id, priority, is_closed, is_pull, num_comments,
  ref, pin_order, deadline_unix, created_unix, updated_unix, closed_unix, is_locked)
SELECT k, repo, idx, poster, coalesce(orig, ''), coalesce(orig_id, 0), left(title, 255), body, CASE WHEN k % 11 = 0 THEN 1 + k % 3 ELSE 0 END,
       CASE WHEN repo = 7 THEN 1 + fixture_gen.n('ims', k, 3) WHEN repo = 10 THEN 6 + fixture_gen.n('ims', k, 3) WHEN repo = 6 AND created > 1716000000 THEN 12 ELSE 0 END, 0,
       closed, pull, (SELECT count(*) FROM gtgen.cm c WHERE c.k = i.k AND c.type = 0), CASE WHEN NOT pull AND k % 31 = 0 THEN 'refs/heads/main' ELSE '' END,
       CASE WHEN k IN (3, 175, 301) THEN 1 ELSE 0 END, CASE WHEN repo = 6 OR k % 17 = 0 THEN created + 14 * 86400 ELSE 0 END, created,
       coalesce(closed_at, least(created + 3600 * fixture_gen.n('iup', k, 500), 1729300000)), coalesce(closed_at, 0), k % 97 = 0
FROM gtgen.iss i ORDER BY k;

INSERT INTO review (type, reviewer_id, reviewer_team_id, original_author, original_author_id, issue_id, content, official, commit_id, stale, dismissed, created_unix, updated_unix)
SELECT CASE c.type WHEN 22 THEN (ARRAY[1, 1, 1, 2, 3, 4])[1 + fixture_gen.n('rvt', c.ck, 6)] ELSE 0 END, c.poster, 0, coalesce(c.orig, ''), 0, c.k, c.content,
       c.ck % 3 <> 0, gtgen.hx('rvc', c.ck, 40), c.ck % 13 = 0, c.ck % 29 = 0, c.created, c.created + fixture_gen.n('rvu', c.ck, 3600)
FROM gtgen.cm c WHERE c.type = 22 ORDER BY c.created, c.ck;

INSERT INTO comment (type, poster_id, original_author, original_author_id, issue_id, label_id, old_project_id, project_id, old_milestone_id, milestone_id, time_id, assignee_id,
  removed_assignee, assignee_team_id, resolve_doer_id, old_title, new_title, old_ref, new_ref, dependent_issue_id, commit_id, line, tree_path, content, content_version, patch,
  created_unix, updated_unix, commit_sha, review_id, invalidated, ref_repo_id, ref_issue_id, ref_comment_id, ref_action, ref_is_pull)
SELECT c.type, CASE WHEN c.type = 29 THEN (SELECT poster FROM gtgen.iss WHERE k = c.k) ELSE c.poster END, CASE WHEN c.orig IS NOT NULL AND c.type = 0 THEN c.orig ELSE '' END, 0, c.k,
       CASE WHEN c.type = 7 THEN (SELECT min(id) FROM label) + fixture_gen.n('clb', c.ck, 40) ELSE 0 END, 0, 0,
       CASE WHEN c.type = 8 THEN 2 ELSE 0 END, CASE WHEN c.type = 8 THEN 3 ELSE 0 END, 0, CASE WHEN c.type = 9 THEN gtgen.pp('cas', c.ck) ELSE 0 END, c.type = 9 AND c.ck % 4 = 0, 0,
       CASE WHEN c.type = 21 AND c.ck % 3 = 0 THEN gtgen.pp('crd', c.ck) ELSE 0 END,
       CASE WHEN c.type = 10 THEN CASE WHEN c.ck % 2 = 0 THEN 'WIP: ' || c.title ELSE lower(c.title) END ELSE '' END, CASE WHEN c.type = 10 THEN c.title ELSE '' END, '', '', 0, 0,
       CASE WHEN c.type = 21 THEN (CASE WHEN c.ck % 3 = 0 THEN -1 ELSE 1 END) * (10 + fixture_gen.n('cln', c.ck, 300)) ELSE 0 END,
       CASE WHEN c.type = 21 THEN (ARRAY['src/homing.c', 'drivers/can/can_stm32.c', 'internal/sites/store.go', 'cmd/edge-agent/main.go', 'src/components/RobotTable.tsx', 'planner/replan.cpp',
         'charts/fleet-api/values.yaml', 'Dockerfile', '.gitea/workflows/build.yml'])[1 + fixture_gen.n('ctr', c.ck, 9)] ELSE '' END,
       c.content, CASE WHEN c.hist IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN c.type = 21 THEN (ARRAY[E'diff --git a/src/homing.c b/src/homing.c\n--- a/src/homing.c\n+++ b/src/homing.c\n@@ -41,7 +41,9 @@ static int homing_step(struct joint *j)\n \tif (j->state == JOINT_FAULT) {\n-\t\treturn -EIO;\n+\t\tLOG_WRN("joint %d fault during homing", j->id);\n+\t\tjoint_safe_stop(j);\n+\t\treturn -EIO;\n \t}',
         E'diff --git a/internal/sites/store.go b/internal/sites/store.go\n--- a/internal/sites/store.go\n+++ b/internal/sites/store.go\n@@ -112,6 +112,9 @@ func (s *Store) Resolve(ctx context.Context, id string) (*Site, error) {\n \trows, err := s.db.QueryContext(ctx, q, id)\n+\tif err != nil {\n+\t\treturn nil, fmt.Errorf("resolve site %s: %w", id, err)\n+\t}',
         E'diff --git a/charts/fleet-api/values.yaml b/charts/fleet-api/values.yaml\n--- a/charts/fleet-api/values.yaml\n+++ b/charts/fleet-api/values.yaml\n@@ -20,4 +20,8 @@ resources:\n-  limits: {}\n+  limits:\n+    cpu: 500m\n+    memory: 512Mi'])[1 + fixture_gen.n('cpt', c.ck, 3)] ELSE '' END,
       c.created, c.created + CASE WHEN c.hist IS NOT NULL THEN 600 + fixture_gen.n('ced', c.ck, 20000) ELSE 0 END,
       CASE WHEN c.type IN (21, 3) THEN gtgen.hx('csha', c.ck, 40) ELSE '' END,
       CASE WHEN c.type IN (21, 22) THEN coalesce((SELECT min(r.id) FROM review r WHERE r.issue_id = c.k), 0) ELSE 0 END, c.type = 21 AND c.ck % 7 = 0,
       CASE WHEN c.type = 3 THEN c.repo ELSE 0 END, CASE WHEN c.type = 3 THEN greatest(1, c.k - 1 - fixture_gen.n('crf', c.ck, 40)) ELSE 0 END, 0,
       CASE WHEN c.type = 3 THEN fixture_gen.n('cra', c.ck, 2)::smallint ELSE 0 END, c.type = 3 AND c.ck % 2 = 0
FROM gtgen.cm c ORDER BY c.created, c.ck;

-- What was there before an edit: issue bodies and comments.
CREATE TABLE issue_content_history (id BIGSERIAL PRIMARY KEY, poster_id BIGINT, issue_id BIGINT, comment_id BIGINT, edited_unix BIGINT, content_text TEXT,
    is_first_created BOOLEAN, is_deleted BOOLEAN);
INSERT INTO issue_content_history (poster_id, issue_id, comment_id, edited_unix, content_text, is_first_created, is_deleted)
SELECT poster_id, issue_id, comment_id, t, txt, f, false FROM (
  SELECT cm.poster_id, cm.issue_id, cm.id AS comment_id, cm.created_unix AS t, c.hist AS txt, true AS f, 1 AS o FROM comment cm JOIN gtgen.cm c ON c.k = cm.issue_id AND c.created = cm.created_unix AND c.content = cm.content WHERE c.hist IS NOT NULL
  UNION ALL
  SELECT cm.poster_id, cm.issue_id, cm.id, cm.updated_unix, cm.content, false, 2 FROM comment cm WHERE cm.content_version > 0
  UNION ALL
  SELECT poster_id, id, 0, created_unix, CASE WHEN repo_id = 6 THEN content || E'\n\nHome phone (landline): ' || gtgen.dg('hph', id, 3) || ' ' || gtgen.dg('hph2', id, 4) WHEN content = '' THEN 'TBD, adding details after the standup.' ELSE split_part(content, E'\n', 1) END, true, 1 FROM issue WHERE content_version > 0
  UNION ALL
  SELECT poster_id, id, 0, created_unix + 3600 * content_version, content, false, 2 FROM issue WHERE content_version > 0) x ORDER BY t, o;

CREATE TABLE issue_user (id BIGSERIAL PRIMARY KEY, uid BIGINT, issue_id BIGINT, is_read BOOLEAN, is_mentioned BOOLEAN, UNIQUE (uid, issue_id));
INSERT INTO issue_user (uid, issue_id, is_read, is_mentioned)
SELECT DISTINCT ON (u, k) u, k, r, m FROM (
  SELECT poster AS u, k, true AS r, false AS m, 1 AS o FROM gtgen.iss
  UNION ALL SELECT o, k, k % 3 <> 0, body LIKE '%@%', 2 FROM gtgen.iss WHERE repo IN (5, 6) OR body LIKE '%@%'
  UNION ALL SELECT gtgen.pp('iuw', k), k, k % 2 = 0, false, 3 FROM gtgen.iss WHERE k % 2 = 0) x ORDER BY u, k, o;

CREATE TABLE pull_request (
    id BIGSERIAL PRIMARY KEY, type INTEGER, status INTEGER, conflicted_files TEXT, commits_ahead INTEGER, commits_behind INTEGER, changed_protected_files TEXT, issue_id BIGINT,
    index BIGINT, head_repo_id BIGINT, base_repo_id BIGINT, head_branch VARCHAR(255), base_branch VARCHAR(255), merge_base VARCHAR(64), allow_maintainer_edit BOOLEAN DEFAULT false NOT NULL,
    has_merged BOOLEAN, merged_commit_id VARCHAR(64), merger_id BIGINT, merged_unix BIGINT, flow INTEGER DEFAULT 0 NOT NULL
);
INSERT INTO pull_request (type, status, conflicted_files, commits_ahead, commits_behind, changed_protected_files, issue_id, index, head_repo_id, base_repo_id, head_branch, base_branch,
  merge_base, allow_maintainer_edit, has_merged, merged_commit_id, merger_id, merged_unix, flow)
SELECT 0, CASE WHEN closed THEN 2 WHEN k % 6 = 0 THEN 0 ELSE 2 END, CASE WHEN NOT closed AND k % 6 = 0 THEN '["src/homing.c","CMakeLists.txt"]' END,
       1 + fixture_gen.n('pca', k, 12), fixture_gen.n('pcb', k, 30), CASE WHEN k % 13 = 0 THEN '[".gitea/workflows/release.yml"]' END, k, idx, repo, repo, head,
       CASE WHEN repo % 9 = 0 THEN 'develop' WHEN k % 23 = 0 THEN 'release/2.4' ELSE 'main' END, gtgen.hx('pmb', k, 40), k % 4 = 0,
       closed AND k % 5 <> 0, CASE WHEN closed AND k % 5 <> 0 THEN gtgen.hx('pmc', k, 40) ELSE '' END, CASE WHEN closed AND k % 5 <> 0 THEN gtgen.pp('pmg', k) ELSE 0 END,
       CASE WHEN closed AND k % 5 <> 0 THEN closed_at ELSE 0 END, 0
FROM gtgen.iss WHERE pull ORDER BY k;

UPDATE repository r SET num_issues = x.ni, num_closed_issues = x.nci, num_pulls = x.np, num_closed_pulls = x.ncp
FROM (SELECT repo_id, count(*) FILTER (WHERE NOT is_pull) AS ni, count(*) FILTER (WHERE NOT is_pull AND is_closed) AS nci, count(*) FILTER (WHERE is_pull) AS np,
             count(*) FILTER (WHERE is_pull AND is_closed) AS ncp FROM issue GROUP BY repo_id) x WHERE x.repo_id = r.id;
UPDATE repository r SET num_milestones = x.n, num_closed_milestones = x.c FROM (SELECT repo_id, count(*) AS n, count(*) FILTER (WHERE is_closed) AS c FROM milestone GROUP BY repo_id) x WHERE x.repo_id = r.id;

-- Releases: notes name contributors by handle, some thank testers by name.
CREATE TABLE release (
    id BIGSERIAL PRIMARY KEY, repo_id BIGINT, publisher_id BIGINT, tag_name VARCHAR(255), original_author VARCHAR(255), original_author_id BIGINT, lower_tag_name VARCHAR(255),
    target VARCHAR(255), title VARCHAR(255), sha1 VARCHAR(64), num_commits BIGINT, note TEXT, is_draft BOOLEAN DEFAULT false NOT NULL, is_prerelease BOOLEAN DEFAULT false NOT NULL,
    is_tag BOOLEAN DEFAULT false NOT NULL, created_unix BIGINT, UNIQUE (repo_id, tag_name)
);
INSERT INTO release (repo_id, publisher_id, tag_name, original_author, original_author_id, lower_tag_name, target, title, sha1, num_commits, note, is_draft, is_prerelease, is_tag, created_unix)
SELECT r, pub, tag, '', 0, lower(tag), CASE WHEN r % 9 = 0 THEN 'develop' ELSE 'main' END, CASE WHEN istag THEN '' WHEN r = 7 THEN 'R7 firmware ' || substr(tag, 2) ELSE tag END,
       gtgen.hx('rlsha', r * 10 + j, 40), 20 + fixture_gen.n('rlnc', r * 10 + j, 900),
       CASE WHEN istag THEN '' ELSE gtgen.fill((ARRAY[
         E'## What''s changed\n\n* Fix watchdog reset during homing (#{n1}) by @{me}\n* Add CAN timeout to gripper FSM (#{n2}) by @{u}\n\n**Full changelog**: {prev}...{tag}',
         E'### Fixes\n- Watchdog no longer resets during homing\n- CAN timeout in the gripper FSM\n\n### Known issues\n- Encoder offset may be lost after a power cycle (KVX-1477)',
         E'Bugfix release. Thanks to {full} for testing on the {office} rig.',
         E'## Highlights\n\n- Sites API v2\n- OTA campaigns can be paused\n\n## Upgrade notes\n\nRun the migration `0042_sites_v2` before deploying.',
         '', E'Release candidate – do not deploy to customer sites.\n\ncc @{u} @{me}'])[1 + fixture_gen.n('rln', r * 10 + j, 6)], gtgen.pp('rlp', r * 10 + j), gtgen.pp('rlu', r * 10 + j)) END,
       j = nrel AND r % 5 = 0, j = nrel AND r % 4 = 0, istag, 1560000000 + j * 12000000 + fixture_gen.n('rlc', r * 10 + j, 9000000)
FROM (SELECT r, j, nrel, CASE WHEN r % 2 = 0 THEN gtgen.pp('rlpub', r * 10 + j) ELSE 1103 END AS pub, 'v' || (1 + r % 3) || '.' || j || '.' || fixture_gen.n('rlpa', r * 10 + j, 4) AS tag,
             j % 4 = 3 AS istag
      FROM (SELECT r, 1 + fixture_gen.n('nrel', r, 7) AS nrel FROM (SELECT generate_series(7, 14) AS r UNION ALL SELECT generate_series(55, 125)) x) y, generate_series(1, 7) j WHERE j <= nrel) z
ORDER BY 1560000000 + j * 12000000 + fixture_gen.n('rlc', r * 10 + j, 9000000);
UPDATE release SET note = replace(replace(replace(replace(note, '{n1}', (10 + id % 90)::text), '{n2}', (11 + id % 80)::text), '{tag}', tag_name), '{prev}', 'v' || (1 + repo_id % 3) || '.0.0')
WHERE note LIKE '%{%';

-- Attachments: what people attached to helpdesk and onboarding issues
-- (named after them), screenshots and logs, release assets.
CREATE TABLE attachment (id BIGSERIAL PRIMARY KEY, uuid VARCHAR(40), repo_id BIGINT, issue_id BIGINT, release_id BIGINT, uploader_id BIGINT DEFAULT 0, comment_id BIGINT, name VARCHAR(255),
    download_count BIGINT DEFAULT 0, size BIGINT DEFAULT 0, created_unix BIGINT, UNIQUE (uuid));
INSERT INTO attachment (uuid, repo_id, issue_id, release_id, uploader_id, comment_id, name, download_count, size, created_unix)
SELECT fixture_gen.uuid('att', o), repo, iss, rel, up, 0, nm, fixture_gen.n('atdl', o, 40), 2000 + fixture_gen.n('atsz', o, 9000000), cr FROM (
  SELECT i.k * 10 + j AS o, i.repo, i.k AS iss, 0 AS rel, CASE WHEN i.repo = 6 AND j = 2 THEN i.s ELSE i.poster END AS up, i.created + 60 * j AS cr,
         CASE WHEN i.repo = 6 THEN (ARRAY['badge_photo_' || lower(p.uname) || '.jpg', 'Signed_NDA_' || gtgen.fold(p.first) || '_' || gtgen.fold(p.last) || '.pdf',
                 'passport_' || gtgen.fold(p.last) || '_' || gtgen.fold(p.first) || '.pdf', 'IMG_' || to_char(to_timestamp(i.created) AT TIME ZONE 'UTC', 'YYYYMMDD') || '_' || gtgen.dg('img', i.k, 6) || '.jpg',
                 'contract_' || gtgen.fold(p.first) || gtgen.fold(p.last) || '_signed.pdf', 'bank_details_' || gtgen.fold(p.last) || '.pdf', 'equipment_checklist.xlsx'])[1 + fixture_gen.n('atn6', i.k * 10 + j, 7)]
              WHEN i.repo = 5 THEN (ARRAY['screen_crack.jpg', 'IMG_' || to_char(to_timestamp(i.created) AT TIME ZONE 'UTC', 'YYYYMMDD_HH24MISS') || '.jpg', 'delivery_note_' || gtgen.fold(p.last) || '.pdf',
                 'receipt.pdf', 'marriage_certificate_' || gtgen.fold(p.last) || '.pdf', 'wifi_speedtest.png', 'PXL_' || to_char(to_timestamp(i.created) AT TIME ZONE 'UTC', 'YYYYMMDD') || '_' || gtgen.dg('pxl', i.k, 9) || '.jpg'])[1 + fixture_gen.n('atn5', i.k * 10 + j, 7)]
              ELSE (ARRAY['screenshot-' || to_char(to_timestamp(i.created) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24-MI-SS') || '.png', 'boot.log', 'candump-' || to_char(to_timestamp(i.created) AT TIME ZONE 'UTC', 'YYYY-MM-DD') || '.log',
                 'trace.pcapng', 'flamegraph.svg', 'r7-0042-crash.txt', 'Screenshot from ' || to_char(to_timestamp(i.created) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24-MI-SS') || '.png', 'grafana-export.json',
                 'heap.pprof', 'image.png'])[1 + fixture_gen.n('atne', i.k * 10 + j, 10)] END AS nm
  FROM gtgen.iss i JOIN gtgen.p p ON p.i = i.s, generate_series(1, 2) j
  WHERE (i.repo IN (5, 6) AND j <= 1 + fixture_gen.n('atc6', i.k, 2) AND fixture_gen.n('ath', i.k, 5) < 3) OR (i.repo NOT IN (5, 6) AND j = 1 AND fixture_gen.n('ate', i.k, 6) = 0)
  UNION ALL
  SELECT 100000 + rl.id * 10 + j, rl.repo_id, 0, rl.id, rl.publisher_id, rl.created_unix + 120,
         CASE rl.repo_id WHEN 7 THEN (ARRAY['r7-controller-' || rl.tag_name || '.bin', 'r7-controller-' || rl.tag_name || '.elf', 'checksums.txt'])[j]
           WHEN 8 THEN (ARRAY['bootloader-' || rl.tag_name || '-signed.bin', 'bootloader-' || rl.tag_name || '.sig', 'checksums.txt'])[j]
           ELSE (ARRAY[r.name || '_' || substr(rl.tag_name, 2) || '_linux_amd64.tar.gz', r.name || '_' || substr(rl.tag_name, 2) || '_linux_arm64.tar.gz', 'checksums.txt'])[j] END
  FROM release rl JOIN repository r ON r.id = rl.repo_id, generate_series(1, 3) j WHERE NOT rl.is_tag AND rl.note <> '' AND j <= 1 + rl.id % 3) x ORDER BY cr, o;

-- Branches: each repository's default branch (its last commit is often a
-- merge with Gitea's Reviewed-by trailer) and pull requests' head branches.
CREATE TABLE branch (id BIGSERIAL PRIMARY KEY, repo_id BIGINT, name VARCHAR(255), commit_id VARCHAR(255), commit_message TEXT, pusher_id BIGINT, is_deleted BOOLEAN, deleted_by_id BIGINT,
    deleted_unix BIGINT, commit_time BIGINT, created_unix BIGINT, updated_unix BIGINT, UNIQUE (repo_id, name));
INSERT INTO branch (repo_id, name, commit_id, commit_message, pusher_id, is_deleted, deleted_by_id, deleted_unix, commit_time, created_unix, updated_unix)
SELECT repo_id, name, commit_id, msg, pusher, del, CASE WHEN del THEN pusher ELSE 0 END, CASE WHEN del THEN t + 600 ELSE 0 END, t, cr, t FROM (
  SELECT r.id AS repo_id, r.default_branch AS name, gtgen.hx('bsha', r.id, 40) AS commit_id,
         CASE WHEN lp.k IS NOT NULL AND r.id % 2 = 0 THEN 'Merge pull request ''' || lp.title || ''' (#' || lp.idx || ') from ' || lp.head || ' into ' || r.default_branch || E'\n\nReviewed-on: https://git.korvex.example/'
                || r.owner_name || '/' || r.name || '/pulls/' || lp.idx || E'\nReviewed-by: ' || rv.first || ' ' || rv.last || ' <' || rv.mail || E'>\n'
              WHEN lp.k IS NOT NULL THEN lp.title || ' (#' || lp.idx || E')\n\nReviewed-on: https://git.korvex.example/' || r.owner_name || '/' || r.name || '/pulls/' || lp.idx || E'\nReviewed-by: '
                || rv.first || ' ' || rv.last || ' <' || rv.mail || E'>\nCo-authored-by: ' || au.first || ' ' || au.last || ' <' || au.mail || E'>\nCo-committed-by: ' || au.first || ' ' || au.last || ' <' || au.mail || E'>\n'
              WHEN r.is_mirror THEN fixture_gen.pick(ARRAY[E'Merge tag ''v6.6.58'' into linux-6.6.y\n', E'drivers: can: fix bit timing for 80 MHz clocks\n\nSigned-off-by: Upstream Maintainer <maintainer@example.org>\n',
                E'Bump version to 3.6.0\n', E'ci: update workflows\n'], 'bmm', r.id)
              ELSE fixture_gen.pick(ARRAY[E'Initial commit\n', E'Update README.md\n', E'wip\n', E'fix typo\n', E'Add CI workflow\n', E'bump deps\n', E'Regenerate protobufs\n',
                E'Add Helm values for the Lagos site\n\nSigned-off-by: ' || au.first || ' ' || au.last || ' <' || au.mail || E'>\n'], 'bmo', r.id) END AS msg,
         CASE WHEN r.owner_id < 1000 THEN r.owner_id ELSE gtgen.pp('bpu', r.id) END AS pusher, false AS del, r.updated_unix AS t, r.created_unix AS cr
  FROM repository r
  LEFT JOIN LATERAL (SELECT i.k, i.title, i.idx, i.head FROM gtgen.iss i WHERE i.repo = r.id AND i.pull AND i.closed ORDER BY i.k DESC LIMIT 1) lp ON true
  JOIN gtgen.p rv ON rv.i = gtgen.pp('brv', r.id) JOIN gtgen.p au ON au.i = gtgen.pp('bau', r.id)
  UNION ALL
  SELECT i.repo, i.head, gtgen.hx('bhsha', i.k, 40),
         i.title || CASE WHEN fixture_gen.n('bso', i.k, 3) = 0 AND i.poster BETWEEN 2 AND 901 THEN E'\n\nSigned-off-by: ' || p.first || ' ' || p.last || ' <' || p.mail || E'>\n' ELSE E'\n' END,
         CASE WHEN i.poster IN (1, 1102) THEN i.poster ELSE i.poster END, i.closed, coalesce(i.closed_at, i.created + 86400), i.created
  FROM gtgen.iss i JOIN gtgen.p p ON p.i = CASE WHEN i.poster < 2 OR i.poster > 901 THEN 2 ELSE i.poster END WHERE i.pull) x
ORDER BY cr, repo_id, name
ON CONFLICT (repo_id, name) DO NOTHING;

-- The activity feed: pushes (content: JSON of the commits with their
-- authors' names and emails), issues and pull requests opened ("index|title"),
-- comments ("index|first 200 characters"), merges, tags.
CREATE TABLE action (id BIGSERIAL PRIMARY KEY, user_id BIGINT, op_type INTEGER, act_user_id BIGINT, repo_id BIGINT, comment_id BIGINT, is_deleted BOOLEAN DEFAULT false NOT NULL,
    ref_name VARCHAR(255), is_private BOOLEAN DEFAULT false NOT NULL, content TEXT, created_unix BIGINT);
CREATE INDEX "IDX_action_c_u" ON action (user_id, is_deleted);
CREATE FUNCTION gtgen.cmt(sha text, msg text, pid int, alt boolean, ts bigint) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('Sha1', sha, 'Message', msg, 'AuthorEmail', CASE WHEN alt THEN pemail ELSE mail END, 'AuthorName', first || ' ' || last,
    'CommitterEmail', CASE WHEN alt THEN pemail ELSE mail END, 'CommitterName', first || ' ' || last,
    'Timestamp', to_char(to_timestamp(ts) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) FROM gtgen.p WHERE i = pid
$$;
INSERT INTO action (user_id, op_type, act_user_id, repo_id, comment_id, is_deleted, ref_name, is_private, content, created_unix)
SELECT u, op, u, repo, cid, false, ref, priv, content, t FROM (
  SELECT i.poster AS u, CASE WHEN i.pull THEN 7 ELSE 6 END AS op, i.repo, 0 AS cid, '' AS ref, r.is_private AS priv, i.idx || '|' || i.title AS content, i.created AS t
  FROM gtgen.iss i JOIN repository r ON r.id = i.repo
  UNION ALL
  SELECT c.poster_id, CASE WHEN i.is_pull THEN 12 ELSE 10 END, i.repo_id, c.id, '', r.is_private, i.index || '|' || left(c.content, 200), c.created_unix
  FROM comment c JOIN issue i ON i.id = c.issue_id JOIN repository r ON r.id = i.repo_id WHERE c.type = 0 AND c.poster_id BETWEEN 2 AND 901
  UNION ALL
  SELECT pr.merger_id, 11, pr.base_repo_id, 0, '', r.is_private, pr.index || '|' || i.name, pr.merged_unix
  FROM pull_request pr JOIN issue i ON i.id = pr.issue_id JOIN repository r ON r.id = pr.base_repo_id WHERE pr.has_merged
  UNION ALL
  SELECT rl.publisher_id, 16, rl.repo_id, 0, 'refs/tags/' || rl.tag_name, r.is_private, '', rl.created_unix FROM release rl JOIN repository r ON r.id = rl.repo_id
  UNION ALL
  SELECT b.pusher_id, 5, b.repo_id, 0, 'refs/heads/' || b.name, r.is_private,
         gtgen.cj(jsonb_build_object('Commits', jsonb_build_array(c1, c2), 'HeadCommit', c1, 'CompareURL', r.owner_name || '/' || r.name || '/compare/' || gtgen.hx('pcb', b.id, 40) || '...' || b.commit_id, 'Len', 2)),
         b.commit_time
  FROM branch b JOIN repository r ON r.id = b.repo_id,
       LATERAL (SELECT gtgen.cmt(b.commit_id, split_part(b.commit_message, E'\n', 1) || E'\n', CASE WHEN b.pusher_id BETWEEN 2 AND 901 THEN b.pusher_id::int ELSE gtgen.pp('apu', b.id) END, b.id % 9 = 0, b.commit_time) AS c1,
                       gtgen.cmt(gtgen.hx('pc2', b.id, 40), fixture_gen.pick(ARRAY['fix lint', 'address review comments', 'add test', 'wip'], 'pc2m', b.id) || E'\n', gtgen.pp('apu2', b.id), false, b.commit_time - 3600) AS c2) cc
  WHERE b.pusher_id BETWEEN 2 AND 901 OR b.id % 3 = 0) x
ORDER BY t, op, u;

CREATE TABLE notification (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL, repo_id BIGINT NOT NULL, status SMALLINT NOT NULL, source SMALLINT NOT NULL, issue_id BIGINT NOT NULL,
    commit_id VARCHAR(255), comment_id BIGINT, updated_by BIGINT NOT NULL, created_unix BIGINT NOT NULL, updated_unix BIGINT NOT NULL);
INSERT INTO notification (user_id, repo_id, status, source, issue_id, commit_id, comment_id, updated_by, created_unix, updated_unix)
SELECT gtgen.pp('nou', n), i.repo, (ARRAY[1, 2, 2, 2, 3])[1 + fixture_gen.n('nos', n, 5)], CASE WHEN i.pull THEN 2 ELSE 1 END, i.k, '', CASE WHEN n % 3 = 0 THEN 0 ELSE coalesce(c.id, 0) END,
       i.poster, i.created + 120, i.created + 120 + fixture_gen.n('noup', n, 900000)
FROM generate_series(1, 2200) n JOIN gtgen.iss i ON i.k = 1 + fixture_gen.n('noi', n, 2400) LEFT JOIN LATERAL (SELECT id FROM comment WHERE issue_id = i.k ORDER BY id LIMIT 1) c ON true
ORDER BY i.created + 120, n;

-- Teams and memberships.
CREATE TABLE team (id BIGSERIAL PRIMARY KEY, org_id BIGINT, lower_name VARCHAR(255), name VARCHAR(255), description VARCHAR(255), authorize INTEGER, num_repos INTEGER,
    num_members INTEGER, includes_all_repositories BOOLEAN DEFAULT false NOT NULL, can_create_org_repo BOOLEAN DEFAULT false NOT NULL);
INSERT INTO team (org_id, lower_name, name, description, authorize, num_repos, num_members, includes_all_repositories, can_create_org_repo)
SELECT o, lower(n), n, d, a, 0, 0, a = 4 OR n IN ('Everyone', 'Developers'), a >= 3 FROM (VALUES
  (1001, 'Owners', '', 4), (1001, 'Everyone', 'Read access to shared repositories', 1), (1001, 'Architects', 'Review RFCs', 2),
  (1002, 'Owners', '', 4), (1002, 'Developers', '', 2), (1002, 'Release-managers', 'Can approve and tag releases', 3), (1002, 'Contractors', 'External contractors: read-only', 1),
  (1003, 'Owners', '', 4), (1003, 'SRE', '', 2), (1003, 'On-call', 'Current on-call rotation', 2), (1004, 'Owners', '', 4), (1004, 'Developers', '', 2),
  (1005, 'Owners', '', 4), (1005, 'Frontend', '', 2), (1005, 'Mobile', '', 2), (1005, 'Design', 'Read access for designers', 1), (1006, 'Owners', '', 4), (1006, 'Helpdesk', 'IT helpdesk agents', 2),
  (1007, 'Owners', '', 4), (1007, 'People-ops', 'HR partners', 2), (1008, 'Owners', '', 4), (1008, 'Developers', '', 2), (1009, 'Owners', '', 4), (1009, 'Developers', '', 2),
  (1010, 'Owners', '', 4), (1010, 'Everyone', '', 2), (1011, 'Owners', '', 4), (1012, 'Owners', '', 4), (1012, 'Writers', 'Technical writers', 2),
  (1013, 'Owners', '', 4), (1013, 'Korvex-engineers', 'Korvex staff on the G2 project', 2), (1013, 'Aurora-engineers', 'Engineers from Aurora Motion GmbH', 2),
  (1014, 'Owners', '', 4), (1014, 'Hardware', '', 2)) v(o, n, d, a);
CREATE TABLE team_user (id BIGSERIAL PRIMARY KEY, org_id BIGINT, team_id BIGINT, uid BIGINT, UNIQUE (team_id, uid));
INSERT INTO team_user (org_id, team_id, uid)
SELECT DISTINCT ON (t.id, u) t.org_id, t.id, u FROM team t, generate_series(1, 70) j, LATERAL (SELECT gtgen.pp('tmu' || t.id, j) AS u) x
WHERE j <= CASE WHEN t.name = 'Owners' THEN 3 WHEN t.name = 'Everyone' THEN 70 ELSE 8 + fixture_gen.n('tms', t.id, 40) END ORDER BY t.id, u;
UPDATE team t SET num_members = (SELECT count(*) FROM team_user tu WHERE tu.team_id = t.id),
  num_repos = CASE WHEN t.includes_all_repositories THEN (SELECT count(*) FROM repository r WHERE r.owner_id = t.org_id) ELSE 1 + t.id % 5 END;
CREATE TABLE org_user (id BIGSERIAL PRIMARY KEY, uid BIGINT, org_id BIGINT, is_public BOOLEAN, UNIQUE (uid, org_id));
INSERT INTO org_user (uid, org_id, is_public) SELECT DISTINCT uid, org_id, (uid + org_id) % 3 = 0 FROM team_user ORDER BY org_id, uid;
UPDATE "user" u SET num_members = (SELECT count(*) FROM org_user o WHERE o.org_id = u.id), num_teams = (SELECT count(*) FROM team t WHERE t.org_id = u.id),
  num_repos = (SELECT count(*) FROM repository r WHERE r.owner_id = u.id) WHERE u.type = 1;

-- Webhooks: chat integrations whose URL is the credential (Slack, Teams,
-- Discord, Telegram with the bot token in meta too), Matrix with an
-- encrypted access token, Gitea-type hooks to Jenkins and a deploy service
-- with HMAC secrets, a system-wide audit hook.
CREATE TABLE webhook (id BIGSERIAL PRIMARY KEY, repo_id BIGINT, owner_id BIGINT, is_system_webhook BOOLEAN, url TEXT, http_method VARCHAR(255), content_type INTEGER, secret TEXT,
    events TEXT, is_active BOOLEAN, type VARCHAR(16), meta TEXT, last_status INTEGER, header_authorization_encrypted TEXT, created_unix BIGINT, updated_unix BIGINT);
CREATE TABLE gtgen.wh AS
SELECT k, repo, owner, sys, t, CASE t
    WHEN 'slack' THEN 'https://hooks.slack.com/services/T' || upper(gtgen.rs('slt', 1, 8)) || '/B' || upper(gtgen.rs('slb', k, 10)) || '/' || gtgen.rs('sls', k, 24)
    WHEN 'msteams' THEN 'https://korvex.webhook.office.com/webhookb2/' || fixture_gen.uuid('tmg', k) || '@' || fixture_gen.uuid('tmt', 1) || '/IncomingWebhook/' || gtgen.hx('tmh', k, 32) || '/' || fixture_gen.uuid('tmu', k) || '/V2' || gtgen.rs('tmv', k, 43)
    WHEN 'discord' THEN 'https://discord.com/api/webhooks/' || '12' || gtgen.dg('dcid', k, 17) || '/' || gtgen.b64url('dct', k, 51)
    WHEN 'telegram' THEN 'https://api.telegram.org/bot' || '7' || gtgen.dg('tgb', k, 9) || ':AA' || gtgen.b64url('tgt', k, 25) || '/sendMessage?chat_id=-100' || gtgen.dg('tgc', k, 10)
    WHEN 'matrix' THEN 'https://matrix.korvex.example/_matrix/client/v3/rooms/!' || gtgen.rs('mxr', k, 18) || ':korvex.example/send/m.room.message'
    WHEN 'jenkins' THEN 'https://jenkins.korvex.example/generic-webhook-trigger/invoke?token=' || gtgen.rs('jgt', k, 24)
    WHEN 'deploy' THEN 'https://deploy.korvex.example/hooks/gitea'
    ELSE 'https://audit.korvex.example/api/v1/gitea/events' END AS url
FROM (SELECT k, CASE WHEN k <= 40 THEN (ARRAY[7, 8, 9, 10, 11, 12, 13, 14, 3, 4])[1 + k % 10] + CASE WHEN k > 20 THEN 48 + k ELSE 0 END ELSE 0 END AS repo,
             CASE WHEN k BETWEEN 41 AND 48 THEN 1001 + (k - 41) ELSE 0 END AS owner, k > 48 AS sys,
             CASE WHEN k > 48 THEN 'audit' ELSE (ARRAY['slack', 'slack', 'msteams', 'jenkins', 'slack', 'discord', 'telegram', 'matrix', 'deploy', 'jenkins', 'slack', 'msteams'])[1 + fixture_gen.n('wht', k, 12)] END AS t
      FROM generate_series(1, 50) k) x;
INSERT INTO webhook (repo_id, owner_id, is_system_webhook, url, http_method, content_type, secret, events, is_active, type, meta, last_status, header_authorization_encrypted, created_unix, updated_unix)
SELECT repo, owner, sys, url, 'POST', CASE WHEN t = 'jenkins' AND k % 2 = 0 THEN 2 ELSE 1 END,
       CASE WHEN t IN ('jenkins', 'deploy', 'audit') THEN gtgen.rs('whsec', k, 32) ELSE '' END,
       '{"push_only":false,"send_everything":' || CASE WHEN t IN ('audit', 'jenkins') THEN 'true' ELSE 'false' END || ',"choose_events":' || CASE WHEN t IN ('audit', 'jenkins') THEN 'false' ELSE 'true' END
         || ',"branch_filter":"' || CASE WHEN t = 'deploy' THEN 'main' ELSE '' END || '","events":{"create":false,"delete":false,"fork":false,"issues":' || CASE WHEN k % 2 = 0 THEN 'true' ELSE 'false' END
         || ',"issue_assign":false,"issue_label":false,"issue_milestone":false,"issue_comment":false,"push":true,"pull_request":true,"pull_request_assign":false,"pull_request_label":false,"pull_request_milestone":false,"pull_request_comment":false,"pull_request_review":false,"pull_request_sync":false,"pull_request_review_request":false,"wiki":false,"repository":false,"release":true,"package":false}}',
       k % 9 <> 0, CASE WHEN t IN ('jenkins', 'deploy', 'audit') THEN 'gitea' ELSE t END,
       CASE t WHEN 'slack' THEN '{"channel":"' || fixture_gen.pick(ARRAY['#fw-ci', '#platform-alerts', '#fleet-deploys', '#vision-dev', '#releases'], 'whch', k) || '","username":"Gitea","icon_url":"","color":""}'
              WHEN 'discord' THEN '{"username":"Gitea","icon_url":""}'
              WHEN 'telegram' THEN '{"bot_token":"' || split_part(split_part(url, '/bot', 2), '/', 1) || '","chat_id":"' || split_part(url, 'chat_id=', 2) || '","thread_id":""}'
              WHEN 'matrix' THEN '{"homeserver_url":"https://matrix.korvex.example","room_id":"' || split_part(split_part(url, '/rooms/', 2), '/', 1) || '","message_type":1}'
              ELSE '' END,
       CASE WHEN k % 7 = 0 THEN 2 ELSE 1 END, CASE WHEN t = 'matrix' OR t = 'deploy' THEN gtgen.hx('whauth', k, 184) ELSE '' END,
       1600000000 + k * 2500000, 1700000000 + k * 400000
FROM gtgen.wh ORDER BY k;

-- Deliveries: the Gitea payload (pusher, sender, commit authors), the
-- request as sent (the hook URL, signatures, the body chat services got) and
-- the response (Jenkins sets a session cookie; Telegram echoes the text).
CREATE TABLE hook_task (id BIGSERIAL PRIMARY KEY, hook_id BIGINT, uuid VARCHAR(255), payload_content TEXT, payload_version INTEGER DEFAULT 1, event_type VARCHAR(255), is_delivered BOOLEAN,
    delivered BIGINT, is_succeed BOOLEAN, request_content TEXT, response_content TEXT, UNIQUE (uuid));
CREATE FUNCTION gtgen.apiuser(pid bigint) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('id', u.id, 'login', u.name, 'login_name', '', 'source_id', u.login_source, 'full_name', u.full_name,
    'email', CASE WHEN u.keep_email_private THEN u.lower_name || '@noreply.git.korvex.example' ELSE u.email END,
    'avatar_url', 'https://git.korvex.example/avatars/' || CASE WHEN u.avatar <> '' THEN u.avatar ELSE md5(lower(u.avatar_email)) END, 'html_url', 'https://git.korvex.example/' || u.name,
    'language', '', 'is_admin', false, 'last_login', '0001-01-01T00:00:00Z', 'created', to_char(to_timestamp(u.created_unix) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'restricted', false, 'active', false, 'prohibit_login', false, 'location', '', 'website', '', 'description', '', 'visibility', 'public', 'followers_count', 0, 'following_count', 0,
    'starred_repos_count', 0, 'username', u.name) FROM "user" u WHERE u.id = pid
$$;
CREATE TABLE gtgen.ht AS
SELECT n, w.k AS hk, w.t, w.url, b.repo_id, b.name AS br, b.commit_id, b.commit_message, b.commit_time, r.owner_name, r.name AS rname, r.owner_id, r.is_private,
       CASE WHEN b.pusher_id BETWEEN 2 AND 901 THEN b.pusher_id ELSE gtgen.pp('htp', n) END AS pusher, fixture_gen.uuid('htu', n) AS uuid,
       1700000000 + n * 40000 + fixture_gen.n('htd', n, 30000) AS ts
FROM generate_series(1, 720) n JOIN gtgen.wh w ON w.k = 1 + fixture_gen.n('hth', n, 50)
JOIN LATERAL (SELECT * FROM branch b WHERE b.repo_id = CASE WHEN w.repo > 0 THEN w.repo ELSE 7 + fixture_gen.n('htr', n, 8) END ORDER BY b.id OFFSET fixture_gen.n('htb', n, 3) LIMIT 1) b ON true
JOIN repository r ON r.id = b.repo_id;
INSERT INTO hook_task (hook_id, uuid, payload_content, payload_version, event_type, is_delivered, delivered, is_succeed, request_content, response_content)
SELECT hk, uuid, payload, 2, 'push', true, ts * 1000000000::bigint + fixture_gen.n('htns', n, 999999999), ok, req, resp FROM (
  SELECT h.*, h.t <> 'jenkins' OR n % 6 <> 0 AS ok,
         gtgen.cj(jsonb_build_object('ref', 'refs/heads/' || h.br, 'before', gtgen.hx('htbf', n, 40), 'after', h.commit_id,
           'compare_url', 'https://git.korvex.example/' || h.owner_name || '/' || h.rname || '/compare/' || gtgen.hx('htbf', n, 40) || '...' || h.commit_id,
           'commits', jsonb_build_array(jsonb_build_object('id', h.commit_id, 'message', h.commit_message, 'url', 'https://git.korvex.example/' || h.owner_name || '/' || h.rname || '/commit/' || h.commit_id,
             'author', jsonb_build_object('name', p.first || ' ' || p.last, 'email', CASE WHEN n % 8 = 0 THEN p.pemail ELSE p.mail END, 'username', lower(p.uname)),
             'committer', jsonb_build_object('name', p.first || ' ' || p.last, 'email', CASE WHEN n % 8 = 0 THEN p.pemail ELSE p.mail END, 'username', lower(p.uname)),
             'verification', NULL, 'timestamp', to_char(to_timestamp(h.ts - 300) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'added', '[]'::jsonb, 'removed', '[]'::jsonb,
             'modified', jsonb_build_array(fixture_gen.pick(ARRAY['src/homing.c', 'README.md', 'internal/sites/store.go', 'charts/fleet-api/values.yaml', 'package.json'], 'htmf', n)))),
           'total_commits', 1, 'repository', jsonb_build_object('id', h.repo_id, 'name', h.rname, 'full_name', h.owner_name || '/' || h.rname, 'private', h.is_private,
             'html_url', 'https://git.korvex.example/' || h.owner_name || '/' || h.rname, 'ssh_url', 'git@git.korvex.example:' || h.owner_name || '/' || h.rname || '.git',
             'owner', gtgen.apiuser(h.owner_id)),
           'pusher', gtgen.apiuser(h.pusher), 'sender', gtgen.apiuser(h.pusher))) AS payload,
         gtgen.cj(jsonb_build_object('url', h.url, 'http_method', 'POST', 'headers', jsonb_build_object('Content-Type', 'application/json', 'User-Agent', 'Go-http-client/1.1',
             'X-GitHub-Delivery', h.uuid, 'X-GitHub-Event', 'push', 'X-GitHub-Event-Type', 'push', 'X-Gitea-Delivery', h.uuid, 'X-Gitea-Event', 'push', 'X-Gitea-Event-Type', 'push',
             'X-Gitea-Signature', gtgen.hx('hts', n, 64), 'X-Gogs-Delivery', h.uuid, 'X-Gogs-Event', 'push', 'X-Gogs-Event-Type', 'push', 'X-Gogs-Signature', gtgen.hx('hts', n, 64),
             'X-Hub-Signature', 'sha1=' || gtgen.hx('hts1', n, 40), 'X-Hub-Signature-256', 'sha256=' || gtgen.hx('hts', n, 64))
             || CASE WHEN h.t IN ('matrix', 'deploy') THEN '{"Authorization":"******"}'::jsonb ELSE '{}'::jsonb END,
           'body', CASE h.t
             WHEN 'slack' THEN gtgen.cj(jsonb_build_object('channel', '#fw-ci', 'text', '[<https://git.korvex.example/' || h.owner_name || '/' || h.rname || '|' || h.owner_name || '/' || h.rname || '>:<https://git.korvex.example/'
               || h.owner_name || '/' || h.rname || '/src/branch/' || h.br || '|' || h.br || '>] 1 new commit pushed by ' || lower(p.uname), 'username', 'Gitea',
               'attachments', jsonb_build_array(jsonb_build_object('color', '#44aa44', 'text', '<https://git.korvex.example/' || h.owner_name || '/' || h.rname || '/commit/' || h.commit_id || '|'
               || substr(h.commit_id, 1, 10) || '>: ' || split_part(h.commit_message, E'\n', 1) || ' - ' || p.first || ' ' || p.last))))
             WHEN 'telegram' THEN gtgen.cj(jsonb_build_object('chat_id', '-100' || split_part(h.url, 'chat_id=-100', 2), 'text', '[' || h.owner_name || '/' || h.rname || ':' || h.br || '] 1 new commit'
               || E'\n' || substr(h.commit_id, 1, 10) || ': ' || split_part(h.commit_message, E'\n', 1) || ' - ' || p.first || ' ' || p.last, 'parse_mode', 'HTML'))
             WHEN 'discord' THEN gtgen.cj(jsonb_build_object('username', 'Gitea', 'embeds', jsonb_build_array(jsonb_build_object('title', '[' || h.owner_name || '/' || h.rname || ':' || h.br || '] 1 new commit',
               'description', '[' || substr(h.commit_id, 1, 10) || '](https://git.korvex.example/' || h.owner_name || '/' || h.rname || '/commit/' || h.commit_id || ') ' || split_part(h.commit_message, E'\n', 1) || ' - ' || p.first || ' ' || p.last,
               'color', 16777215, 'author', jsonb_build_object('name', lower(p.uname), 'url', 'https://git.korvex.example/' || lower(p.uname))))))
             ELSE '' END)) AS req,
         CASE h.t
           WHEN 'jenkins' THEN gtgen.cj(jsonb_build_object('status', CASE WHEN n % 6 = 0 THEN 404 ELSE 200 END, 'headers', jsonb_build_object('Content-Type', 'application/json;charset=utf-8',
               'Date', to_char(to_timestamp(h.ts) AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS "GMT"'), 'Server', 'Jetty(10.0.20)', 'X-Content-Type-Options', 'nosniff',
               'Set-Cookie', 'JSESSIONID.' || gtgen.hx('jsn', 1, 8) || '=node0' || lower(gtgen.rs('jsid', n, 26)) || gtgen.dg('jsidn', n, 4) || '.node0; Path=/; Secure; HttpOnly',
               'Expires', 'Thu, 01 Jan 1970 00:00:00 GMT'),
             'body', CASE WHEN n % 6 = 0 THEN '{"jobs":null,"message":"Did not find any jobs with GenericTrigger configured!"}' ELSE '{"jobs":{"' || h.rname || '-build":{"regexpFilterExpression":"","triggered":true,"resolvedVariables":{},"regexpFilterText":"","id":' || (4000 + n) || ',"url":"queue/item/' || (4000 + n) || '/"}},"message":"Triggered jobs."}' END))
           WHEN 'telegram' THEN gtgen.cj(jsonb_build_object('status', 200, 'headers', jsonb_build_object('Content-Type', 'application/json', 'Server', 'nginx/1.18.0'),
             'body', gtgen.cj(jsonb_build_object('ok', true, 'result', jsonb_build_object('message_id', 100 + n, 'from', jsonb_build_object('id', split_part(split_part(h.url, '/bot', 2), ':', 1)::bigint, 'is_bot', true, 'first_name', 'Korvex CI', 'username', 'korvex_ci_bot'),
               'chat', jsonb_build_object('id', ('-100' || split_part(h.url, 'chat_id=-100', 2))::bigint, 'title', 'Firmware releases', 'type', 'supergroup'), 'date', h.ts,
               'text', '[' || h.owner_name || '/' || h.rname || ':' || h.br || '] 1 new commit' || E'\n' || substr(h.commit_id, 1, 10) || ': ' || split_part(h.commit_message, E'\n', 1) || ' - ' || p.first || ' ' || p.last)))))
           WHEN 'discord' THEN '{"status":204,"headers":{"Cf-Ray":"' || gtgen.hx('cfr', n, 16) || '-FRA","Content-Type":"text/html; charset=utf-8","Date":"' || to_char(to_timestamp(h.ts) AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS "GMT"') || '","X-Ratelimit-Limit":"5","X-Ratelimit-Remaining":"4"},"body":""}'
           WHEN 'matrix' THEN '{"status":200,"headers":{"Content-Type":"application/json"},"body":"{\"event_id\":\"$' || gtgen.b64url('mxe', n, 32) || '\"}"}'
           WHEN 'deploy' THEN '{"status":202,"headers":{"Content-Type":"application/json"},"body":"{\"status\":\"queued\",\"job\":\"deploy-' || h.rname || '-' || (4000 + n) || '\"}"}'
           WHEN 'audit' THEN '{"status":200,"headers":{"Content-Type":"text/plain"},"body":"ok"}'
           ELSE '{"status":200,"headers":{"Content-Type":"text/plain; charset=utf-8","Date":"' || to_char(to_timestamp(h.ts) AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS "GMT"') || '"},"body":"ok"}' END AS resp
  FROM gtgen.ht h JOIN gtgen.p p ON p.i = h.pusher) x ORDER BY ts, n;

-- Actions: runners (their token hashed), registration tokens (in clear),
-- runs with the event payload, secrets (encrypted), variables (in clear:
-- hosts and settings, and what should have been secrets).
CREATE TABLE action_runner (id BIGSERIAL PRIMARY KEY, uuid CHAR(36), name VARCHAR(255), version VARCHAR(64), owner_id BIGINT, repo_id BIGINT, description TEXT, base INTEGER,
    repo_range VARCHAR(255), token_hash VARCHAR(255), token_salt VARCHAR(255), last_online BIGINT, last_active BIGINT, agent_labels TEXT, created BIGINT, updated BIGINT, deleted BIGINT,
    UNIQUE (uuid), UNIQUE (token_hash));
INSERT INTO action_runner (uuid, name, version, owner_id, repo_id, description, base, repo_range, token_hash, token_salt, last_online, last_active, agent_labels, created, updated, deleted)
SELECT fixture_gen.uuid('arn', k), nm, fixture_gen.pick(ARRAY['v0.2.6', 'v0.2.10', 'v0.2.11', 'v0.2.11'], 'arv', k), ow, rp, d, 0, '', gtgen.hx('arth', k, 100), gtgen.rs('arts', k, 10),
       CASE WHEN k % 8 = 0 THEN 1700000000 + k * 10000 ELSE 1729100000 + k * 60 END, CASE WHEN k % 8 = 0 THEN 1700000000 + k * 10000 ELSE 1729090000 + k * 60 END,
       lbl, 1680000000 + k * 700000, 1729100000 + k * 60, CASE WHEN k % 11 = 0 THEN 1720000000 + k ELSE NULL END
FROM (SELECT k, CASE WHEN k <= 18 THEN 'runner-' || (ARRAY['k8s', 'k8s', 'k8s', 'arm64', 'gpu', 'hil'])[1 + k % 6] || '-' || lpad(k::text, 2, '0')
                     WHEN k <= 24 THEN (ARRAY['lis-hil-rig-1', 'lis-hil-rig-2', 'muc-hil-rig', 'aus-edge-test', 'pune-sim-01', 'lagos-eol-01'])[k - 18]
                     ELSE lower(p.uname) || '-' || fixture_gen.pick(ARRAY['workstation', 'macmini', 'laptop', 'homelab'], 'arw', k) END AS nm,
             CASE WHEN k <= 18 THEN 0 WHEN k <= 24 THEN 1002 ELSE p.i END AS ow, 0 AS rp,
             CASE WHEN k <= 18 THEN 'Shared runner in the Lisbon cluster' WHEN k <= 24 THEN 'Hardware-in-the-loop rig; flashes a real controller' ELSE '' END AS d,
             CASE WHEN k <= 18 THEN '["ubuntu-latest","ubuntu-22.04","linux","' || (ARRAY['amd64', 'amd64', 'amd64', 'arm64', 'gpu', 'hil'])[1 + k % 6] || '"]' WHEN k <= 24 THEN '["hil","stm32h7","self-hosted"]' ELSE '["self-hosted","macos","arm64"]' END AS lbl
      FROM generate_series(1, 32) k JOIN gtgen.p p ON p.i = gtgen.pp('arp', k)) x ORDER BY k;

CREATE TABLE action_runner_token (id BIGSERIAL PRIMARY KEY, token VARCHAR(255), owner_id BIGINT, repo_id BIGINT, is_active BOOLEAN, created BIGINT, updated BIGINT, deleted BIGINT, UNIQUE (token));
INSERT INTO action_runner_token (token, owner_id, repo_id, is_active, created, updated, deleted)
SELECT gtgen.rs('artk', k, 40), (ARRAY[0, 0, 1002, 1003, 1004, 1008, 0, 1002])[1 + k % 8], CASE WHEN k % 5 = 0 THEN 7 ELSE 0 END, k > 14, 1680000000 + k * 3000000, 1680000000 + k * 3000000 + 86400, NULL
FROM generate_series(1, 22) k;

CREATE TABLE action_run (
    id BIGSERIAL PRIMARY KEY, title VARCHAR(255), repo_id BIGINT, owner_id BIGINT, workflow_id VARCHAR(255), index BIGINT, trigger_user_id BIGINT, schedule_id BIGINT, ref VARCHAR(255),
    commit_sha VARCHAR(255), is_fork_pull_request BOOLEAN, need_approval BOOLEAN, approved_by BIGINT, event VARCHAR(255), event_payload TEXT, trigger_event VARCHAR(255), status INTEGER,
    version INTEGER DEFAULT 0, started BIGINT, stopped BIGINT, previous_duration BIGINT, created BIGINT, updated BIGINT, UNIQUE (repo_id, index)
);
CREATE TABLE gtgen.ar AS
SELECT n, b.repo_id, b.name AS br, b.commit_id, b.commit_message, r.owner_id, r.owner_name, r.name AS rname, r.is_private,
       CASE WHEN b.pusher_id BETWEEN 2 AND 901 THEN b.pusher_id ELSE gtgen.pp('arpu', n) END AS pusher,
       (ARRAY['push', 'push', 'push', 'pull_request', 'pull_request', 'schedule', 'workflow_dispatch'])[1 + fixture_gen.n('are', n, 7)] AS ev,
       1690000000 + n * 22000 + fixture_gen.n('art', n, 20000) AS ts
FROM generate_series(1, 1500) n JOIN LATERAL (SELECT * FROM branch b WHERE b.repo_id = (ARRAY[3, 7, 8, 9, 10, 11, 12, 13])[1 + fixture_gen.n('arr', n, 8)] ORDER BY b.id OFFSET fixture_gen.n('arb', n, 12) LIMIT 1) b ON true
JOIN repository r ON r.id = b.repo_id;
INSERT INTO action_run (title, repo_id, owner_id, workflow_id, index, trigger_user_id, schedule_id, ref, commit_sha, is_fork_pull_request, need_approval, approved_by, event, event_payload,
  trigger_event, status, version, started, stopped, previous_duration, created, updated)
SELECT CASE WHEN ev = 'schedule' THEN 'nightly' ELSE left(split_part(a.commit_message, E'\n', 1), 255) END, a.repo_id, a.owner_id,
       CASE WHEN ev = 'schedule' THEN 'nightly.yml' WHEN ev = 'workflow_dispatch' THEN 'release.yml' ELSE fixture_gen.pick(ARRAY['build.yml', 'test.yml', 'lint.yml', 'ci.yaml'], 'arwf', n) END,
       row_number() OVER (PARTITION BY a.repo_id ORDER BY n), CASE WHEN ev = 'schedule' THEN -2 ELSE a.pusher END, CASE WHEN ev = 'schedule' THEN 1 + a.repo_id % 4 ELSE 0 END,
       CASE WHEN ev = 'pull_request' THEN 'refs/pull/' || (1 + n % 60) || '/head' ELSE 'refs/heads/' || a.br END, a.commit_id, false, false, 0, ev,
       CASE WHEN ev = 'schedule' THEN '' ELSE gtgen.cj(jsonb_build_object('ref', 'refs/heads/' || a.br, 'before', gtgen.hx('arbf', n, 40), 'after', a.commit_id,
         'compare_url', 'https://git.korvex.example/' || a.owner_name || '/' || a.rname || '/compare/' || gtgen.hx('arbf', n, 40) || '...' || a.commit_id,
         'commits', jsonb_build_array(jsonb_build_object('id', a.commit_id, 'message', a.commit_message, 'url', 'https://git.korvex.example/' || a.owner_name || '/' || a.rname || '/commit/' || a.commit_id,
           'author', jsonb_build_object('name', p.first || ' ' || p.last, 'email', p.mail, 'username', lower(p.uname)), 'committer', jsonb_build_object('name', p.first || ' ' || p.last, 'email', p.mail, 'username', lower(p.uname)),
           'verification', NULL, 'timestamp', to_char(to_timestamp(a.ts - 200) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'added', '[]'::jsonb, 'removed', '[]'::jsonb, 'modified', '["src/homing.c"]'::jsonb)),
         'total_commits', 1, 'repository', jsonb_build_object('id', a.repo_id, 'name', a.rname, 'full_name', a.owner_name || '/' || a.rname, 'private', a.is_private),
         'pusher', jsonb_build_object('id', p.i, 'login', p.uname, 'full_name', p.full_name, 'email', p.mail), 'sender', jsonb_build_object('id', p.i, 'login', p.uname, 'full_name', p.full_name, 'email', p.mail))) END,
       ev, (ARRAY[1, 1, 1, 1, 2, 3, 1, 4])[1 + fixture_gen.n('ars', n, 8)], 3 + fixture_gen.n('arvv', n, 6), a.ts + 5, a.ts + 60 + fixture_gen.n('ard', n, 1800), 0, a.ts, a.ts + 60 + fixture_gen.n('ard', n, 1800)
FROM gtgen.ar a JOIN gtgen.p p ON p.i = a.pusher ORDER BY n;
UPDATE repository r SET num_action_runs = x.c, num_closed_action_runs = x.c FROM (SELECT repo_id, count(*) AS c FROM action_run GROUP BY repo_id) x WHERE x.repo_id = r.id;

CREATE TABLE secret (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL, repo_id BIGINT DEFAULT 0 NOT NULL, name VARCHAR(255) NOT NULL, data TEXT, created_unix BIGINT NOT NULL,
    UNIQUE (owner_id, repo_id, name));
INSERT INTO secret (owner_id, repo_id, name, data, created_unix)
SELECT DISTINCT ON (o, r, nm) o, r, nm, gtgen.hx('secd', k, 120 + 8 * fixture_gen.n('secl', k, 40)), 1680000000 + k * 700000 FROM (
  SELECT k, CASE WHEN k <= 20 THEN (ARRAY[1002, 1003, 1004, 1005, 1008])[1 + k % 5] ELSE 0 END AS o, CASE WHEN k > 20 THEN (ARRAY[3, 7, 8, 9, 10, 11, 12, 13])[1 + k % 8] ELSE 0 END AS r,
         fixture_gen.pick(ARRAY['REGISTRY_PASSWORD', 'DOCKERHUB_TOKEN', 'SIGNING_KEY', 'SLACK_WEBHOOK', 'KUBECONFIG', 'AWS_SECRET_ACCESS_KEY', 'SONAR_TOKEN', 'NPM_TOKEN',
           'SSH_DEPLOY_KEY', 'COSIGN_PRIVATE_KEY', 'PYPI_TOKEN', 'SENTRY_AUTH_TOKEN'], 'secn', k) AS nm
  FROM generate_series(1, 64) k) x ORDER BY o, r, nm, k;

CREATE TABLE action_variable (id BIGSERIAL PRIMARY KEY, owner_id BIGINT, repo_id BIGINT, name VARCHAR(255) NOT NULL, data TEXT NOT NULL, created_unix BIGINT NOT NULL, updated_unix BIGINT,
    UNIQUE (owner_id, repo_id, name));
INSERT INTO action_variable (owner_id, repo_id, name, data, created_unix, updated_unix)
SELECT o, r, nm, dt, 1680000000 + k * 900000, 1700000000 + k * 400000 FROM (VALUES
  (1, 1003, 0, 'REGISTRY', 'registry.korvex.example'), (2, 1003, 0, 'GO_VERSION', '1.22'), (3, 1003, 0, 'RUNNER_IMAGE', 'registry.korvex.example/ci/runner:2024.09'),
  (4, 1002, 0, 'TARGET_BOARD', 'r7-rev-c'), (5, 1002, 0, 'ZEPHYR_SDK', '0.16.8'), (6, 1002, 0, 'RELEASE_MANAGER', '@{rm}'),
  (7, 0, 7, 'NOTIFY_EMAIL', '{rmemail}'), (8, 0, 10, 'DEPLOY_HOST', 'edge-gw-03.lis.korvex.example'), (9, 0, 10, 'STAGING_DB_URL', 'postgres://fleet_app:{dbpw}@pg-staging.korvex.example:5432/fleet?sslmode=require'),
  (10, 0, 11, 'SLACK_WEBHOOK_URL', '{slack}'), (11, 0, 11, 'SENTRY_DSN', 'https://{dsn}@sentry.korvex.example/14'), (12, 0, 12, 'NPM_SCOPE', '@korvex'),
  (13, 0, 13, 'SIM_GPU', 'nvidia-l4'), (14, 1008, 0, 'ONCALL_PHONE', '{phone}'), (15, 0, 3, 'DEFAULT_BRANCH', 'main'), (16, 0, 9, 'DATASET_BUCKET', 's3://korvex-datasets/lidar'),
  (17, 1004, 0, 'CUDA_VERSION', '12.4'), (18, 0, 8, 'SIGNING_KEY_ID', '0x7A3F19C2'), (19, 0, 10, 'API_BASE_URL', 'https://api.staging.korvex.example'),
  (20, 0, 4, 'TF_VAR_region', 'eu-west-1'), (21, 0, 4, 'TF_BACKEND_PASSWORD', '{tfpw}'), (22, 1005, 0, 'NODE_VERSION', '20')) v(k, o, r, nm, dt0)
CROSS JOIN LATERAL (SELECT replace(replace(replace(replace(replace(replace(replace(dt0, '{rm}', lower(p.uname)), '{rmemail}', p.mail), '{dbpw}', gtgen.rs('vdb', k, 22)),
  '{slack}', 'https://hooks.slack.com/services/T' || upper(gtgen.rs('slt', 1, 8)) || '/B' || upper(gtgen.rs('vslb', k, 10)) || '/' || gtgen.rs('vsls', k, 24)),
  '{dsn}', gtgen.hx('vdsn', k, 32)), '{phone}', p.phone), '{tfpw}', 'Tf!' || gtgen.rs('vtf', k, 16)) AS dt FROM gtgen.p p WHERE p.i = gtgen.pp('vrm', k)) d;

-- Packages: container images, npm, PyPI, Maven, generic; the versions'
-- metadata names authors and maintainers.
CREATE TABLE package (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL, repo_id BIGINT, type VARCHAR(255) NOT NULL, name VARCHAR(255) NOT NULL, lower_name VARCHAR(255) NOT NULL,
    semver_compatible BOOLEAN DEFAULT false NOT NULL, is_internal BOOLEAN DEFAULT false NOT NULL, UNIQUE (owner_id, type, lower_name));
INSERT INTO package (owner_id, repo_id, type, name, lower_name, semver_compatible, is_internal)
SELECT o, r, t, n, lower(n), t IN ('npm', 'container', 'generic'), false FROM (VALUES
  (1003, 3, 'container', 'ci/runner'), (1008, 10, 'container', 'fleet-api'), (1008, 0, 'container', 'telemetry-ingest'), (1005, 11, 'container', 'fleet-portal'), (1004, 9, 'container', 'lidar-pipeline'),
  (1009, 13, 'container', 'sim-runner'), (1003, 0, 'container', 'edge-agent'), (1005, 12, 'npm', '@korvex/ui-kit'), (1005, 0, 'npm', '@korvex/fleet-client'), (1005, 0, 'npm', '@korvex/eslint-config'),
  (1004, 0, 'pypi', 'korvex-calib'), (1009, 0, 'pypi', 'korvex-scenarios'), (1008, 0, 'pypi', 'korvex-sdk'), (1008, 0, 'maven', 'com.korvex:fleet-client'), (1002, 7, 'generic', 'r7-firmware'),
  (1002, 8, 'generic', 'bootloader'), (1014, 0, 'generic', 'eol-test-images'), (1003, 0, 'helm', 'fleet-api'), (1003, 0, 'helm', 'edge-agent')) v(o, r, t, n);
CREATE TABLE package_version (id BIGSERIAL PRIMARY KEY, package_id BIGINT NOT NULL, creator_id BIGINT DEFAULT 0 NOT NULL, version VARCHAR(255) NOT NULL, lower_version VARCHAR(255) NOT NULL,
    created_unix BIGINT NOT NULL, is_internal BOOLEAN DEFAULT false NOT NULL, metadata_json TEXT, download_count BIGINT DEFAULT 0 NOT NULL, UNIQUE (package_id, lower_version));
INSERT INTO package_version (package_id, creator_id, version, lower_version, created_unix, is_internal, metadata_json, download_count)
SELECT pk.id, cr, v, lower(v), 1650000000 + j * 2500000 + pk.id * 10000, false,
       CASE pk.type
         WHEN 'npm' THEN gtgen.cj(jsonb_build_object('scope', '@korvex', 'name', split_part(pk.name, '/', 2), 'description', 'Korvex ' || split_part(pk.name, '/', 2),
           'author', a.first || ' ' || a.last || ' <' || a.mail || '>', 'license', 'UNLICENSED', 'project_url', 'https://git.korvex.example/korvex-web/' || split_part(pk.name, '/', 2),
           'keywords', '["korvex"]'::jsonb, 'dependencies', '{"react":"^18.2.0"}'::jsonb, 'dev_dependencies', '{"typescript":"^5.4.0"}'::jsonb,
           'readme', '# ' || pk.name || E'\n\nInternal package. Questions: ' || a.first || ' (' || a.mail || ').',
           'repository', jsonb_build_object('type', 'git', 'url', 'git+https://git.korvex.example/korvex-web/' || split_part(pk.name, '/', 2) || '.git')))
         WHEN 'pypi' THEN gtgen.cj(jsonb_build_object('author', a.first || ' ' || a.last, 'description', 'Korvex tooling', 'long_description', '# ' || pk.name || E'\n\nMaintainer: ' || a.first || ' ' || a.last || ' <' || a.mail || '>',
           'summary', fixture_gen.pick(ARRAY['Calibration helpers', 'Scenario definitions', 'Customer SDK'], 'pvs', pk.id), 'project_url', 'https://git.korvex.example/', 'license', 'Proprietary',
           'keywords', '', 'requires_python', '>=3.10'))
         WHEN 'container' THEN gtgen.cj(jsonb_build_object('type', 'oci', 'is_tagged', true, 'platform', fixture_gen.pick(ARRAY['linux/amd64', 'linux/arm64'], 'pvp', pk.id * 10 + j),
           'description', '', 'authors', jsonb_build_array(a.first || ' ' || a.last || ' <' || a.mail || '>'), 'licenses', '', 'project_url', '', 'repository_url', '', 'documentation_url', '',
           'labels', jsonb_build_object('maintainer', a.mail, 'org.opencontainers.image.source', 'https://git.korvex.example/' || pk.name, 'org.opencontainers.image.revision', gtgen.hx('pvrev', pk.id * 10 + j, 40)),
           'image_layers', jsonb_build_array('ADD file:' || gtgen.hx('pvl1', pk.id, 64) || ' in /', 'CMD ["/bin/sh"]', 'COPY /out/app /app # buildkit', 'ENTRYPOINT ["/app"]'), 'manifests', NULL))
         WHEN 'maven' THEN '{"group_id":"com.korvex","artifact_id":"fleet-client","name":"Fleet client","description":"","project_url":"","licenses":null,"dependencies":[{"group_id":"com.squareup.okhttp3","artifact_id":"okhttp","version":"4.12.0"}]}'
         WHEN 'helm' THEN gtgen.cj(jsonb_build_object('description', 'Helm chart for ' || pk.name, 'home', 'https://git.korvex.example/korvex-platform/' || pk.name,
           'maintainers', jsonb_build_array(jsonb_build_object('name', a.first || ' ' || a.last, 'email', a.mail)), 'api_version', 'v2', 'type', 'application', 'app_version', v))
         ELSE NULL END,
       fixture_gen.n('pvdl', pk.id * 10 + j, 3000)
FROM package pk, generate_series(1, 9) j,
     LATERAL (SELECT CASE WHEN pk.type = 'container' THEN CASE WHEN j = 9 THEN 'latest' ELSE '1.' || j || '.' || (j % 3) END ELSE '1.' || j || '.' || (j % 3) END AS v,
                     CASE WHEN j % 3 = 0 THEN 1103 ELSE gtgen.pp('pvc', pk.id * 10 + j) END AS cr) vv,
     LATERAL (SELECT * FROM gtgen.p WHERE i = gtgen.pp('pva', pk.id + j / 5)) a
WHERE j <= 3 + pk.id % 7 OR (pk.type = 'container' AND j = 9) ORDER BY 1650000000 + j * 2500000 + pk.id * 10000;

-- System notices: LDAP sync and mirror failures, cron reports.
CREATE TABLE notice (id BIGSERIAL PRIMARY KEY, type INTEGER, description TEXT, created_unix BIGINT);
INSERT INTO notice (type, description, created_unix)
SELECT CASE WHEN x < 5 THEN 2 ELSE 1 END,
       CASE x
         WHEN 0 THEN 'SyncExternalUsers[Korvex AD]: Error creating user ' || lower(p.uname) || ': e-mail already in use [email: ' || p.mail || ']'
         WHEN 1 THEN 'SyncExternalUsers[Korvex AD]: deactivating user ' || lower(p.uname) || ' (' || p.first || ' ' || p.last || ')'
         WHEN 2 THEN 'SyncExternalUsers[Korvex AD]: Error updating user ' || lower(p.uname) || ': user name has invalid characters: "' || p.first || ' ' || p.last || '"'
         WHEN 3 THEN 'Failed to run scheduled task "update_mirrors": context deadline exceeded'
         WHEN 4 THEN 'Finished "delete_old_actions" (Delete all old actions from database): 0 items deleted'
         WHEN 5 THEN 'Failed to update mirror repository ''upstream-mirrors/' || fixture_gen.pick(ARRAY['zephyr', 'linux-stable', 'u-boot', 'opencv'], 'ntm', k) || E''': fatal: unable to access ''https://github.com/'': Could not resolve host: github.com'
         WHEN 6 THEN 'Repository Health Checks: korvex-sandbox/playground-2: error: object directory /data/git/repositories/korvex-sandbox/playground-2.git/objects does not exist'
         ELSE 'Delete repository files [korvex-sandbox/' || fixture_gen.pick(ARRAY['poc', 'spike-web', 'playground-cli'], 'ntd', k) || ']: remove /data/git/repositories: directory not empty' END,
       1600000000 + k * 780000
FROM generate_series(1, 160) k, LATERAL (SELECT fixture_gen.n('ntx', k, 8) AS x) xx, LATERAL (SELECT * FROM gtgen.p WHERE i = gtgen.pp('ntp', k)) p;

-- The session store (key: the session cookie; data: gob of the session
-- map with the user id, name and CSRF token).
CREATE TABLE session (key CHAR(16) NOT NULL PRIMARY KEY, data BYTEA, expiry BIGINT);
INSERT INTO session
SELECT gtgen.rs('sk', k, 16),
       decode('0eff81040102ff8200010c0110000' || '0ff', 'hex') || convert_to('uid', 'UTF8') || decode('05696e74363404', 'hex') || int8send(p.i::bigint)
       || convert_to('uname', 'UTF8') || decode('06737472696e670c', 'hex') || set_byte('\x00'::bytea, 0, length(p.uname)) || convert_to(lower(p.uname), 'UTF8')
       || convert_to('_csrf', 'UTF8') || decode('06737472696e670c2c', 'hex') || convert_to(gtgen.b64url('csrf', k, 33), 'UTF8')
       || CASE WHEN k % 4 = 0 THEN convert_to('twofaUid', 'UTF8') || decode('05696e74363404', 'hex') || int8send(p.i::bigint) ELSE ''::bytea END,
       1729100000 + fixture_gen.n('sexp', k, 86400)
FROM generate_series(1, 420) k JOIN gtgen.p p ON p.i = gtgen.pp('su', k);

-- Repository migrations: options as JSON with the credentials encrypted.
CREATE TABLE task (id BIGSERIAL PRIMARY KEY, doer_id BIGINT, owner_id BIGINT, repo_id BIGINT, type INTEGER, status INTEGER, start_time BIGINT, end_time BIGINT, payload_content TEXT,
    message TEXT, created BIGINT);
INSERT INTO task (doer_id, owner_id, repo_id, type, status, start_time, end_time, payload_content, message, created)
SELECT CASE WHEN r.id BETWEEN 15 AND 54 THEN 1 ELSE gtgen.pp('tkd', r.id) END, r.owner_id, r.id, 0, CASE WHEN r.id % 17 = 0 THEN 3 ELSE 4 END, r.created_unix, r.created_unix + 40 + r.id,
       gtgen.cj(jsonb_build_object('clone_addr', CASE WHEN r.original_url <> '' THEN r.original_url ELSE 'https://gitlab.korvex.example/legacy/' || r.name END || '.git',
         'auth_username', CASE WHEN r.id % 3 = 0 THEN lower(p.uname) ELSE '' END, 'auth_password', '', 'auth_password_encrypted', CASE WHEN r.id % 3 = 0 THEN gtgen.hx('tkpw', r.id, 96) ELSE '' END,
         'auth_token', '', 'auth_token_encrypted', CASE WHEN r.id % 3 = 1 THEN gtgen.hx('tktk', r.id, 136) ELSE '' END, 'uid', r.owner_id, 'repo_name', r.name, 'mirror', r.is_mirror, 'lfs', false,
         'lfs_endpoint', '', 'private', r.is_private, 'description', r.description, 'original_url', r.original_url, 'gitservice_type', r.original_service_type, 'wiki', true, 'issues', r.id IN (4, 7),
         'milestones', r.id IN (4, 7), 'labels', r.id IN (4, 7), 'releases', true, 'comments', r.id IN (4, 7), 'pull_requests', r.id IN (4, 7), 'release_assets', false,
         'migrate_to_repo_id', r.id, 'mirror_interval', CASE WHEN r.is_mirror THEN '8h0m0s' ELSE '' END)),
       CASE WHEN r.id % 17 = 0 THEN '{"Format":"migrate.migrating_failed.error","Args":["Authentication failed: clone error: exit status 128 - remote: HTTP Basic: Access denied"]}' ELSE '' END,
       r.created_unix
FROM repository r JOIN gtgen.p p ON p.i = gtgen.pp('tkp', r.id) WHERE r.original_url <> '' ORDER BY r.id;

SET client_min_messages = warning;
DROP SCHEMA gtgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
