-- classify-eval fixture (HOLDOUT 41: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-managed GitLab 16 on PostgreSQL, a subset of the tables its Rails
-- migrations create, with their real columns and types (plural snake_case,
-- bigint ids, created_at/updated_at, attr_encrypted encrypted_* columns
-- beside their _iv, *_digest and token_encrypted columns, integer enums,
-- YAML kept as text, jsonb settings).
-- gitlab.tidewater.example is the forge of Tidewater Freight Systems, a
-- maker of port and freight-forwarding software with about 300 staff and
-- contractors in Hamburg, Porto, Pune, Lagos, Seoul and Toronto. People sign
-- in through the company's LDAP directory or its Okta SAML app; contractors
-- and early accounts have local bcrypt passwords. Beside them the bots
-- GitLab creates (the support bot, the alert bot, the ghost user, project
-- access token bots). The customer-support project takes e-mail through
-- Service Desk: shippers' and consignees' mails become confidential issues
-- whose reply-to address, participants and bodies are theirs. An onboarding
-- project carries new hires' details; most engineering issues, merge
-- requests, pipelines, runners, branches, LFS objects and broadcast
-- messages hold no personal data.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA glgen;
SET client_min_messages = warning;

-- fold: a name folded to ASCII for a username or an address.
CREATE FUNCTION glgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(replace(s, 'ß', 'ss'),
    'áàâãäåéèêëíìîïóòôõöúùûüçñłśźżńęąćışğÁÉÍÓÚÖÜÇŁŚŻ', 'aaaaaaeeeeiiiiooooouuuucnlszzneacisgAEIOUOUCLSZ')), '[^a-z0-9]+', '', 'g')
$$;

-- rs: len (<= 160) letters and digits; hx: len hex digits; dg: len (<= 70)
-- digits; b64url: URL-safe base64 of len bytes.
CREATE FUNCTION glgen.rs(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(translate(encode(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || ';' || i, 'UTF8')) || sha512(convert_to(tag || '!' || i, 'UTF8')), 'base64'), E'+/=\n', ''), 1, len)
$$;

CREATE FUNCTION glgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;

CREATE FUNCTION glgen.dg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(translate(encode(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || ';' || i, 'UTF8')), 'hex'), 'abcdef', ''), 1, len)
$$;

CREATE FUNCTION glgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- b64: standard base64 of len bytes, as attr_encrypted stores ciphertext,
-- IVs and salts.
CREATE FUNCTION glgen.b64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag, i, len) $$;

-- bcrypt: Devise's bcrypt with GitLab's cost of 10.
CREATE FUNCTION glgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || substr(translate(encode(sha512(convert_to(tag || ':' || i, 'UTF8')), 'base64'), E'+=\n', '.'), 1, 53) $$;

-- at: a time between 2019-03-01 and the snapshot (2024-05-31), as a
-- timestamp without time zone.
CREATE FUNCTION glgen.at(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2019-03-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 165000000)) $$;

-- late: a time in the last four months before the snapshot.
CREATE FUNCTION glgen.late(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2024-02-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 10368000)) $$;

-- Names by office culture, with contractors from elsewhere.
CREATE TABLE glgen.nm (c text, k int, first text, last text);
INSERT INTO glgen.nm
SELECT c, k, f[k], l[k] FROM (VALUES
  ('de', ARRAY['Jonas', 'Katrin', 'Matthias', 'Lena', 'Florian', 'Sabine', 'Tobias', 'Julia', 'Henrik', 'Anja'],
         ARRAY['Hansen', 'Bauer', 'Petersen', 'Maier', 'Schneider', 'Fischer', 'Weiß', 'Brandstätter', 'Jürgensen', 'Krüger']),
  ('pt', ARRAY['João', 'Beatriz', 'Tiago', 'Inês', 'Rui', 'Mariana', 'Duarte', 'Catarina', 'Gonçalo', 'Leonor'],
         ARRAY['Silva', 'Ferreira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Gonçalves', 'Pereira', 'Carvalho', 'Lopes']),
  ('in', ARRAY['Priya', 'Aditya', 'Sneha', 'Rohan', 'Kavya', 'Vikram', 'Ananya', 'Siddharth', 'Pooja', 'Nikhil'],
         ARRAY['Kulkarni', 'Deshpande', 'Joshi', 'Patil', 'Iyer', 'Sharma', 'Chatterjee', 'Reddy', 'Gokhale', 'Menon']),
  ('ng', ARRAY['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka', 'Kelechi', 'Yetunde'],
         ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Obi', 'Afolabi', 'Okonkwo', 'Bello']),
  ('kr', ARRAY['Minji', 'Joon-ho', 'Seo-yeon', 'Hyun-woo', 'Jiwoo', 'Dong-hyun', 'Yuna', 'Sung-min', 'Ha-eun', 'Jae-won'],
         ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han', 'Cho', 'Shin']),
  ('ca', ARRAY['Émilie', 'Liam', 'Geneviève', 'Noah', 'Mathieu', 'Olivia', 'Étienne', 'Chloe', 'Samir', 'Maya'],
         ARRAY['Tremblay', 'Gagnon', 'MacDonald', 'Roy', 'Côté', 'Singh', 'Bouchard', 'Wong', 'Campbell', 'Leblanc']),
  ('xx', ARRAY['Aylin', 'Lars', 'Fatima', 'Mateo', 'Sanna', 'Omar', 'Zofia', 'Dmitri', 'Aoife', 'Thandiwe'],
         ARRAY['Yılmaz', 'Andersen', 'Haddad', 'García', 'Virtanen', 'Khalil', 'Nowak', 'Petrov', 'Murphy', 'Dlamini'])
) v(c, f, l), generate_series(1, 10) k;

-- People: user ids 2-301 (id 1 is root). auth: ldap (most staff), saml
-- (Okta, since 2022), local (contractors and early accounts).
CREATE TABLE glgen.p AS
SELECT i, a.c, a.first, b.last
FROM generate_series(2, 301) i
JOIN glgen.nm a ON a.c = (ARRAY['de', 'de', 'pt', 'in', 'ng', 'kr', 'ca', 'xx'])[1 + fixture_gen.n('pc', i, 8)] AND a.k = 1 + fixture_gen.n('pf', i, 10)
JOIN glgen.nm b ON b.c = a.c AND b.k = 1 + fixture_gen.n('pl', i, 10);
ALTER TABLE glgen.p ADD PRIMARY KEY (i);
ALTER TABLE glgen.p ADD auth text, ADD uname text, ADD email text, ADD pemail text, ADD phone text, ADD addr text, ADD city text, ADD office text, ADD title text, ADD tz text, ADD ip text, ADD ua text;
UPDATE glgen.p SET
  auth = CASE WHEN c = 'xx' THEN 'local' ELSE (ARRAY['ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'ldap', 'saml', 'saml', 'saml', 'local'])[1 + fixture_gen.n('auth', i, 10)] END,
  office = CASE c WHEN 'de' THEN 'Hamburg' WHEN 'pt' THEN 'Porto' WHEN 'in' THEN 'Pune' WHEN 'ng' THEN 'Lagos' WHEN 'kr' THEN 'Seoul' WHEN 'ca' THEN 'Toronto' ELSE 'Remote' END,
  tz = CASE c WHEN 'de' THEN 'Europe/Berlin' WHEN 'pt' THEN 'Europe/Lisbon' WHEN 'in' THEN 'Asia/Kolkata' WHEN 'ng' THEN 'Africa/Lagos' WHEN 'kr' THEN 'Asia/Seoul' WHEN 'ca' THEN 'America/Toronto'
    ELSE fixture_gen.pick(ARRAY['Europe/Istanbul', 'Europe/Oslo', 'Europe/Madrid', 'Europe/Helsinki', 'Africa/Johannesburg', 'Europe/Warsaw', 'Europe/Dublin'], 'tzx', i) END,
  title = fixture_gen.pick(ARRAY['Backend Engineer', 'Senior Backend Engineer', 'Frontend Engineer', 'Site Reliability Engineer', 'QA Engineer', 'Engineering Manager', 'Product Manager',
    'Data Engineer', 'Support Engineer', 'Customer Success Manager', 'People Partner', 'Security Engineer', 'Staff Engineer', 'Technical Writer', 'UX Designer', 'Working Student'], 'title', i),
  ip = CASE WHEN i % 3 = 0 THEN fixture_gen.ipv6('pip', i) ELSE fixture_gen.ipv4('pip', i) END,
  ua = fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81'], 'ua', i);
UPDATE glgen.p SET uname = CASE auth
    WHEN 'ldap' THEN substr(glgen.fold(first), 1, 1) || glgen.fold(last)
    WHEN 'saml' THEN glgen.fold(first) || '.' || glgen.fold(last)
    ELSE (ARRAY[glgen.fold(first) || (10 + fixture_gen.n('h1', i, 89))::text, glgen.fold(first) || '-' || glgen.fold(last), glgen.fold(last) || glgen.fold(first),
                glgen.fold(first) || '_' || substr(glgen.fold(last), 1, 1), glgen.fold(first) || glgen.fold(last) || '-ext'])[1 + fixture_gen.n('h2', i, 5)] END;
UPDATE glgen.p p SET uname = p.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) AS rn FROM glgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE glgen.p SET
  email = CASE WHEN auth = 'local' AND c = 'xx' THEN glgen.fold(first) || '.' || glgen.fold(last) || '@' || fixture_gen.pick(ARRAY['brightpath-staffing.example', 'nordkode.example', 'gmail.com', 'proton.me'], 'cem', i)
               ELSE glgen.fold(first) || '.' || glgen.fold(last) || '@tidewater.example' END,
  pemail = glgen.fold(first) || fixture_gen.pick(ARRAY['.', '', '_', '.'], 'pes', i) || glgen.fold(last) || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@' ||
    CASE c WHEN 'de' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 'posteo.de', 'gmail.com'], 'ped', i) WHEN 'pt' THEN fixture_gen.pick(ARRAY['gmail.com', 'sapo.pt', 'hotmail.com'], 'ped', i)
      WHEN 'in' THEN fixture_gen.pick(ARRAY['gmail.com', 'yahoo.co.in', 'rediffmail.com'], 'ped', i) WHEN 'ng' THEN fixture_gen.pick(ARRAY['yahoo.com', 'gmail.com'], 'ped', i)
      WHEN 'kr' THEN fixture_gen.pick(ARRAY['naver.com', 'daum.net', 'kakao.com'], 'ped', i) WHEN 'ca' THEN fixture_gen.pick(ARRAY['gmail.com', 'videotron.ca', 'rogers.com'], 'ped', i)
      ELSE fixture_gen.pick(ARRAY['proton.me', 'gmail.com', 'hey.com', 'fastmail.com'], 'ped', i) END,
  phone = CASE c
    WHEN 'de' THEN '+49 1' || fixture_gen.pick(ARRAY['51', '60', '70', '76'], 'ph1', i) || ' ' || glgen.dg('ph', i, 8)
    WHEN 'pt' THEN '+351 9' || fixture_gen.pick(ARRAY['1', '2', '3', '6'], 'ph1', i) || glgen.dg('ph', i, 1) || ' ' || glgen.dg('ph2', i, 3) || ' ' || glgen.dg('ph3', i, 3)
    WHEN 'in' THEN '+91 ' || fixture_gen.pick(ARRAY['98', '97', '88', '70'], 'ph1', i) || glgen.dg('ph', i, 3) || ' ' || glgen.dg('ph2', i, 5)
    WHEN 'ng' THEN '+234 ' || fixture_gen.pick(ARRAY['803', '806', '813', '905'], 'ph1', i) || ' ' || glgen.dg('ph', i, 3) || ' ' || glgen.dg('ph2', i, 4)
    WHEN 'kr' THEN '010-' || glgen.dg('ph', i, 4) || '-' || glgen.dg('ph2', i, 4)
    WHEN 'ca' THEN '(' || fixture_gen.pick(ARRAY['416', '647', '437'], 'ph1', i) || ') ' || (200 + fixture_gen.n('ph', i, 700))::text || '-' || glgen.dg('ph2', i, 4)
    ELSE fixture_gen.phone('ph', i) END,
  addr = CASE c
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Eppendorfer Weg', 'Osterstraße', 'Mühlenkamp', 'Lange Reihe', 'Bahrenfelder Straße'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 140))::text || ', 2' || glgen.dg('az', i, 4) || ' Hamburg'
    WHEN 'pt' THEN fixture_gen.pick(ARRAY['Rua de Santa Catarina', 'Rua das Flores', 'Avenida da Boavista', 'Rua de Cedofeita'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 180))::text || ', 4' || glgen.dg('az', i, 3) || '-' || glgen.dg('az2', i, 3) || ' Porto'
    WHEN 'in' THEN 'Flat ' || (101 + fixture_gen.n('an', i, 1100))::text || ', ' || fixture_gen.pick(ARRAY['Sai Heights', 'Kumar Pebble Park', 'Amanora Towers'], 'ad', i) || ', ' || fixture_gen.pick(ARRAY['Baner Road', 'Kharadi', 'Viman Nagar'], 'ad2', i) || ', Pune 4110' || glgen.dg('az', i, 2)
    WHEN 'ng' THEN (1 + fixture_gen.n('an', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['Adeola Odeku Street', 'Admiralty Way', 'Allen Avenue'], 'ad', i) || ', ' || fixture_gen.pick(ARRAY['Victoria Island', 'Lekki Phase 1', 'Ikeja'], 'ad2', i) || ', Lagos'
    WHEN 'kr' THEN '서울특별시 ' || fixture_gen.pick(ARRAY['강남구 테헤란로', '마포구 월드컵북로', '송파구 올림픽로'], 'ad', i) || ' ' || (1 + fixture_gen.n('an', i, 400))::text || ', ' || (101 + fixture_gen.n('af', i, 1500))::text || '호'
    WHEN 'ca' THEN (10 + fixture_gen.n('an', i, 900))::text || ' ' || fixture_gen.pick(ARRAY['Queen St W', 'Dundas St E', 'Ossington Ave', 'Danforth Ave'], 'ad', i) || ', Toronto, ON M' || glgen.dg('az', i, 1) || fixture_gen.chars('az3', i, 1, 'ABCEGHJKLMNPRSTVXY') || ' ' || glgen.dg('az2', i, 1) || fixture_gen.chars('az4', i, 1, 'ABCEGHJKLMNPRSTVXY') || glgen.dg('az5', i, 1)
    ELSE fixture_gen.street('ad', i) || ', ' || fixture_gen.city('adc', i) END,
  city = CASE c WHEN 'xx' THEN fixture_gen.pick(ARRAY['İzmir', 'Bergen', 'Valencia', 'Tampere', 'Durban', 'Gdańsk', 'Galway'], 'cty', i)
    ELSE fixture_gen.pick(ARRAY[office, office, office, office || ' area', CASE c WHEN 'de' THEN 'Lüneburg' WHEN 'pt' THEN 'Braga' WHEN 'in' THEN 'Mumbai' WHEN 'ng' THEN 'Ibadan' WHEN 'kr' THEN 'Incheon' ELSE 'Mississauga' END], 'cty', i) END;
UPDATE glgen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM glgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE glgen.p p SET pemail = replace(p.pemail, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY pemail ORDER BY i) AS rn FROM glgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- pp: a person drawn for a tag and row.
CREATE FUNCTION glgen.pp(tag text, i bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 2 + fixture_gen.n(tag, i, 300) $$;

-- Service Desk customers: people at shippers and consignees who mail the
-- support address.
CREATE TABLE glgen.cu AS
SELECT k, fixture_gen.first_name('cuf', k) AS first, fixture_gen.last_name('cul', k) AS last,
       fixture_gen.pick(ARRAY['Hanseatic Reefer Lines', 'Baltic Bulk GmbH', 'Porto Cargo Lda', 'Apapa Terminal Services', 'Busan Coastal Shipping', 'Great Lakes Drayage Inc.', 'Sahin Lojistik', 'Kraków Rail Freight'], 'cuc', k) AS company,
       fixture_gen.phone('cuph', k) AS phone, fixture_gen.street('cust', k) || ', ' || fixture_gen.postcode('cupc', k) || ' ' || fixture_gen.city('cuci', k) AS addr
FROM generate_series(1, 160) k;
ALTER TABLE glgen.cu ADD email text;
UPDATE glgen.cu SET email = CASE WHEN k % 3 = 0 THEN glgen.fold(first) || glgen.fold(last) || (k % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'web.de', 'yahoo.com'], 'cued', k)
  ELSE substr(glgen.fold(first), 1, 1) || '.' || glgen.fold(last) || '@' || glgen.fold(company) || '.example' END;

-- All accounts: root, the people, GitLab's internal bots, project access
-- token bots and two service accounts.
CREATE TABLE glgen.u AS
SELECT 1 AS i, 'Administrator'::text AS name, 'root'::text AS uname, 'gitlab-admin@tidewater.example'::text AS email, 0 AS ut, 'root'::text AS c, 'local'::text AS auth
UNION ALL SELECT i, first || ' ' || last, uname, email, 0, c, auth FROM glgen.p
UNION ALL SELECT 301 + k, n, un, em, t, 'bot', 'bot' FROM (VALUES
  (1, 'GitLab Support Bot', 'support-bot', 'support@gitlab.tidewater.example', 1),
  (2, 'GitLab Alert Bot', 'alert-bot', 'alert@gitlab.tidewater.example', 2),
  (3, 'Ghost User', 'ghost', 'ghost@gitlab.tidewater.example', 5),
  (4, 'GitLab Migration Bot', 'migration-bot', 'noreply+gitlab-migration-bot@gitlab.tidewater.example', 7),
  (5, 'GitLab Security Bot', 'GitLab-Security-Bot', 'security-bot@gitlab.tidewater.example', 8),
  (6, 'GitLab Admin Bot', 'GitLab-Admin-Bot', 'admin-bot@gitlab.tidewater.example', 11),
  (7, 'renovate', 'project_14_bot_' || glgen.hx('pb', 7, 32), 'project14_bot1@noreply.gitlab.tidewater.example', 6),
  (8, 'release-notes', 'project_3_bot_' || glgen.hx('pb', 8, 32), 'project3_bot1@noreply.gitlab.tidewater.example', 6),
  (9, 'sonarqube-scan', 'project_7_bot_' || glgen.hx('pb', 9, 32), 'project7_bot2@noreply.gitlab.tidewater.example', 6),
  (10, 'argocd-read', 'group_9_bot_' || glgen.hx('pb', 10, 32), 'group9_bot1@noreply.gitlab.tidewater.example', 6),
  (11, 'helm-chart-publisher', 'project_21_bot_' || glgen.hx('pb', 11, 32), 'project21_bot1@noreply.gitlab.tidewater.example', 6),
  (12, 'Mirror Sync', 'service_account_mirror_sync', 'service_account_mirror_sync@noreply.gitlab.tidewater.example', 13),
  (13, 'Backstage Catalog', 'service_account_backstage', 'service_account_backstage@noreply.gitlab.tidewater.example', 13)
) v(k, n, un, em, t);
ALTER TABLE glgen.u ADD PRIMARY KEY (i);

CREATE TABLE users (
    id bigint NOT NULL PRIMARY KEY,
    email character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer DEFAULT 0,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    admin boolean DEFAULT false NOT NULL,
    failed_attempts integer DEFAULT 0,
    locked_at timestamp without time zone,
    username character varying,
    state character varying,
    password_expires_at timestamp without time zone,
    created_by_id bigint,
    avatar character varying,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    notification_email character varying,
    password_automatically_set boolean DEFAULT false,
    encrypted_otp_secret character varying,
    encrypted_otp_secret_iv character varying,
    encrypted_otp_secret_salt character varying,
    otp_required_for_login boolean DEFAULT false NOT NULL,
    otp_backup_codes text,
    public_email character varying,
    consumed_timestep integer,
    note text,
    unlock_token character varying,
    external boolean DEFAULT false,
    incoming_email_token character varying,
    feed_token character varying,
    last_activity_on date,
    preferred_language character varying,
    private_profile boolean DEFAULT false NOT NULL,
    commit_email character varying,
    static_object_token character varying(255),
    user_type smallint DEFAULT 0,
    first_name character varying(255),
    last_name character varying(255),
    otp_secret_expires_at timestamp with time zone
);

INSERT INTO users
SELECT u.i, u.email,
  glgen.bcrypt('pw', u.i),
  CASE WHEN u.i % 11 = 0 THEN glgen.hx('rpt', u.i, 64) END,
  CASE WHEN u.i % 11 = 0 THEN glgen.late('rps', u.i) END,
  CASE WHEN u.i % 4 = 0 AND u.ut = 0 THEN glgen.late('rem', u.i) END,
  CASE WHEN u.ut = 0 THEN 3 + fixture_gen.n('sic', u.i, 900) ELSE 0 END,
  CASE WHEN u.ut = 0 THEN glgen.late('csi', u.i) END,
  CASE WHEN u.ut = 0 THEN glgen.late('csi', u.i) - make_interval(hours => 1 + fixture_gen.n('lsi', u.i, 300)) END,
  CASE WHEN u.ut = 0 THEN coalesce(p.ip, '10.20.4.17')::inet END,
  CASE WHEN u.ut = 0 THEN CASE WHEN u.i % 5 = 0 THEN fixture_gen.ipv4('lip', u.i) ELSE coalesce(p.ip, '10.20.4.17') END::inet END,
  CASE WHEN u.i = 1 THEN timestamp '2019-03-01 09:12:44' ELSE glgen.at('ucr', u.i) END,
  glgen.late('uup', u.i),
  u.name,
  u.i = 1 OR u.i IN (17, 58, 133),
  fixture_gen.n('fa', u.i, 3) * (u.i % 7 = 0)::int,
  CASE WHEN u.i % 61 = 0 THEN glgen.late('lck', u.i) END,
  u.uname,
  CASE WHEN u.ut <> 0 THEN 'active' WHEN u.i % 23 = 0 THEN 'blocked' WHEN u.i % 29 = 0 AND u.auth = 'ldap' THEN 'ldap_blocked' WHEN u.i % 31 = 0 THEN 'deactivated' ELSE 'active' END,
  NULL,
  CASE WHEN u.auth = 'local' AND u.i > 1 THEN 1 WHEN u.ut = 6 THEN (ARRAY[41, 17, 58, 133, 17])[u.i - 307] END,
  CASE WHEN u.ut <> 0 THEN CASE WHEN u.ut IN (1, 2, 5) THEN 'avatar.png' END
       WHEN u.i % 4 = 0 THEN 'avatar.png'
       WHEN u.i % 4 = 2 THEN glgen.fold(p.first) || '_' || glgen.fold(p.last) || fixture_gen.pick(ARRAY['.jpg', '_2023.jpg', '-profile.png', '_headshot.jpeg'], 'avx', u.i)
       WHEN u.i % 8 = 3 THEN 'IMG_' || (20190000 + fixture_gen.n('avd', u.i, 50000))::text || '_' || glgen.dg('avt', u.i, 6) || '.jpg' END,
  CASE WHEN u.i % 17 = 0 THEN glgen.b64url('cft', u.i, 15) END,
  CASE WHEN u.ut = 0 AND u.i > 1 THEN glgen.at('ucr', u.i) + interval '7 minutes' ELSE timestamp '2019-03-01 09:12:44' END,
  CASE WHEN u.i % 17 = 0 THEN glgen.late('cfs', u.i) WHEN u.ut = 0 AND u.i > 1 THEN glgen.at('ucr', u.i) + interval '2 minutes' END,
  CASE WHEN u.i % 17 = 0 THEN p.pemail END,
  CASE WHEN u.ut <> 0 THEN u.email WHEN u.i % 9 = 0 THEN p.pemail ELSE u.email END,
  u.auth IN ('ldap', 'saml', 'bot'),
  CASE WHEN u.ut = 0 AND u.i % 3 = 0 THEN glgen.b64('otp', u.i, 48) END,
  CASE WHEN u.ut = 0 AND u.i % 3 = 0 THEN glgen.b64('otpiv', u.i, 12) END,
  CASE WHEN u.ut = 0 AND u.i % 3 = 0 THEN '_' || glgen.b64('otps', u.i, 12) END,
  u.ut = 0 AND u.i % 3 = 0,
  CASE WHEN u.ut = 0 AND u.i % 3 = 0 THEN '---' || E'\n' || (SELECT string_agg('- "$pbkdf2-sha512$20000$' || glgen.rs('bcs', u.i * 10 + b, 22) || '$' || glgen.b64url('bch', u.i * 10 + b, 64) || '"', E'\n') FROM generate_series(1, 5) b) || E'\n' END,
  CASE WHEN u.ut <> 0 THEN NULL WHEN u.i % 5 = 0 THEN p.pemail WHEN u.i % 5 = 1 THEN u.email END,
  CASE WHEN u.ut = 0 AND u.i % 3 = 0 THEN 56000000 + fixture_gen.n('cts', u.i, 1000000) END,
  CASE WHEN u.i % 19 = 0 AND u.ut = 0 THEN fixture_gen.pick(ARRAY[
      'Contractor via Brightpath Staffing, contract ends 2024-09-30. Manager: ' || (SELECT first || ' ' || last FROM glgen.p WHERE i = glgen.pp('nm1', u.i)) || '.',
      'Account blocked during parental leave at the request of ' || (SELECT first || ' ' || last FROM glgen.p WHERE i = glgen.pp('nm2', u.i)) || ' (People team), reactivate on return.',
      'Reset 2FA after phone was stolen, identity checked by video call; new number ' || p.phone || '.',
      'Leaver, last day 2024-03-15. Keep account blocked, do not delete (legal hold, ticket IT-' || (4000 + u.i)::text || ').',
      'Second account of ' || p.first || ' ' || p.last || ' for the customer sandbox; private mail ' || p.pemail || ' on file.'], 'note', u.i)
    WHEN u.ut = 13 THEN 'Service account owned by Platform team, see runbook PLAT-212.' END,
  CASE WHEN u.i % 61 = 0 THEN glgen.hx('ult', u.i, 64) END,
  u.auth = 'local' AND u.c = 'xx',
  CASE WHEN u.ut IN (0, 1) THEN lower(glgen.rs('iet', u.i, 25)) END,
  CASE WHEN u.ut = 0 THEN CASE WHEN u.i % 2 = 0 THEN 'glft-' || glgen.b64url('fdt', u.i, 15) ELSE glgen.b64url('fdt', u.i, 15) END END,
  CASE WHEN u.ut = 0 THEN date '2024-05-31' - fixture_gen.n('lao', u.i, 120) END,
  CASE WHEN u.ut <> 0 THEN 'en' ELSE fixture_gen.pick(ARRAY['en', 'en', 'en', CASE u.c WHEN 'de' THEN 'de' WHEN 'pt' THEN 'pt_BR' WHEN 'kr' THEN 'ko' WHEN 'ca' THEN 'fr' ELSE 'en' END], 'lng', u.i) END,
  u.i % 13 = 0,
  CASE WHEN u.ut <> 0 THEN NULL WHEN u.i % 6 = 0 THEN u.i::text || '-' || u.uname || '@users.noreply.gitlab.tidewater.example' WHEN u.i % 6 = 1 THEN p.pemail ELSE u.email END,
  CASE WHEN u.ut = 0 AND u.i % 4 = 1 THEN glgen.b64url('sot', u.i, 15) END,
  u.ut,
  CASE WHEN u.auth = 'local' AND u.ut = 0 AND u.i > 1 THEN p.first ELSE '' END,
  CASE WHEN u.auth = 'local' AND u.ut = 0 AND u.i > 1 THEN p.last ELSE '' END,
  NULL
FROM glgen.u u LEFT JOIN glgen.p p ON p.i = u.i ORDER BY u.i;

CREATE TABLE user_details (
    user_id bigint NOT NULL PRIMARY KEY,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    bio character varying(255) DEFAULT ''::character varying NOT NULL,
    bio_html text,
    webauthn_xid text,
    provisioned_by_group_id bigint,
    pronouns text,
    pronunciation text,
    linkedin text DEFAULT ''::text NOT NULL,
    twitter text DEFAULT ''::text NOT NULL,
    skype text DEFAULT ''::text NOT NULL,
    website_url text DEFAULT ''::text NOT NULL,
    location text DEFAULT ''::text NOT NULL,
    organization text DEFAULT ''::text NOT NULL,
    password_last_changed_at timestamp with time zone,
    discord text DEFAULT ''::text NOT NULL,
    mastodon text DEFAULT ''::text NOT NULL,
    onboarding_status jsonb DEFAULT '{}'::jsonb NOT NULL
);

CREATE TABLE glgen.bio (k int, t text);
INSERT INTO glgen.bio VALUES
  (1, 'Backend engineer on the customs declarations team. Ask me about EDIFACT.'),
  (2, 'Dad of two, marathon runner, {office} office. Call me on {phone} if prod is on fire.'),
  (3, 'SRE. Kubernetes, Terraform, too much coffee. Private: {pemail}'),
  (4, 'Working from {city}. Out Fridays (part-time, back-to-work after surgery).'),
  (5, 'Frontend @ Tidewater. Vue, a11y, design systems.'),
  (6, 'QA for the port community system. Previously at DB Schenker.'),
  (7, '{first} {last}, Berufsbezeichnung: Fachinformatiker. Hamburg-Altona.'),
  (8, ''), (9, ''), (10, '');

INSERT INTO user_details
SELECT u.id,
  CASE WHEN p.i IS NOT NULL AND u.id % 3 <> 0 THEN p.title ELSE '' END,
  CASE WHEN p.i IS NULL THEN '' ELSE replace(replace(replace(replace(replace(replace(b.t, '{office}', p.office), '{phone}', p.phone), '{pemail}', p.pemail), '{city}', p.city), '{first}', p.first), '{last}', p.last) END,
  NULL,
  glgen.b64url('wx', u.id, 64),
  CASE WHEN u.id IN (SELECT i FROM glgen.p WHERE auth = 'saml') THEN 9 END,
  CASE WHEN p.i IS NOT NULL AND u.id % 5 = 0 THEN fixture_gen.pick(ARRAY['he/him', 'she/her', 'they/them', 'she/they', 'er/ihm'], 'prn', u.id) END,
  CASE WHEN p.i IS NOT NULL AND u.id % 11 = 0 THEN fixture_gen.pick(ARRAY[upper(substr(p.first, 1, 2)) || lower(substr(p.first, 3)) || ' ' || upper(substr(p.last, 1, 3)) || lower(substr(p.last, 4)),
    p.first || ', rhymes with "' || lower(substr(p.first, 2)) || 'a"', 'like "' || p.first || '" but the ' || substr(p.last, 1, 1) || ' is silent'], 'prc', u.id) END,
  CASE WHEN p.i IS NOT NULL AND u.id % 4 = 0 THEN glgen.fold(p.first) || '-' || glgen.fold(p.last) || '-' || glgen.hx('li', u.id, 8) ELSE '' END,
  CASE WHEN p.i IS NOT NULL AND u.id % 7 = 0 THEN '@' || glgen.fold(p.first) || '_' || substr(glgen.fold(p.last), 1, 4) ELSE '' END,
  CASE WHEN p.i IS NOT NULL AND u.id % 15 = 0 THEN 'live:.cid.' || glgen.hx('sky', u.id, 16) WHEN p.i IS NOT NULL AND u.id % 15 = 7 THEN glgen.fold(p.first) || '.' || glgen.fold(p.last) ELSE '' END,
  CASE WHEN p.i IS NOT NULL AND u.id % 9 = 0 THEN 'https://' || glgen.fold(p.first) || glgen.fold(p.last) || fixture_gen.pick(ARRAY['.dev', '.de', '.io', '.me'], 'wsu', u.id) WHEN p.i IS NOT NULL AND u.id % 9 = 4 THEN 'https://github.com/' || glgen.fold(p.first) || glgen.fold(p.last) ELSE '' END,
  CASE WHEN p.i IS NOT NULL AND u.id % 2 = 0 THEN fixture_gen.pick(ARRAY[p.city, p.city || ', ' || CASE p.c WHEN 'de' THEN 'Germany' WHEN 'pt' THEN 'Portugal' WHEN 'in' THEN 'India' WHEN 'ng' THEN 'Nigeria' WHEN 'kr' THEN 'South Korea' WHEN 'ca' THEN 'Canada' ELSE 'Europe' END, p.office || ' / remote'], 'loc', u.id) ELSE '' END,
  CASE WHEN p.i IS NULL THEN '' WHEN p.c = 'xx' THEN fixture_gen.pick(ARRAY['Brightpath Staffing', 'Nordkode AS', 'freelance', 'Self-employed'], 'org', u.id) WHEN u.id % 3 = 0 THEN 'Tidewater Freight Systems' ELSE '' END,
  CASE WHEN p.i IS NOT NULL THEN glgen.at('plc', u.id) END,
  CASE WHEN p.i IS NOT NULL AND u.id % 13 = 0 THEN glgen.dg('dsc', u.id, 18) ELSE '' END,
  CASE WHEN p.i IS NOT NULL AND u.id % 10 = 0 THEN '@' || glgen.fold(p.first) || '@' || fixture_gen.pick(ARRAY['mastodon.social', 'hachyderm.io', 'chaos.social', 'fosstodon.org'], 'mst', u.id) ELSE '' END,
  CASE WHEN p.auth = 'local' THEN jsonb_build_object('step_url', '/users/sign_up/welcome', 'email_opt_in', u.id % 2 = 0, 'registration_type', 'free', 'setup_for_company', true, 'role', fixture_gen.n('rol', u.id, 9))
       ELSE '{}'::jsonb END
FROM users u LEFT JOIN glgen.p p ON p.i = u.id LEFT JOIN glgen.bio b ON b.k = 1 + fixture_gen.n('bio', u.id, 10) ORDER BY u.id;
UPDATE user_details SET bio_html = CASE WHEN bio = '' THEN '' ELSE '<p data-sourcepos="1:1-1:' || length(bio) || '" dir="auto">' || replace(bio, '&', '&amp;') || '</p>' END;

CREATE TABLE user_preferences (
    id bigint NOT NULL PRIMARY KEY,
    user_id bigint NOT NULL,
    issue_notes_filter smallint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    issues_sort character varying,
    merge_requests_sort character varying,
    timezone character varying,
    view_diffs_file_by_file boolean DEFAULT false NOT NULL,
    diffs_deletion_color text,
    diffs_addition_color text
);
INSERT INTO user_preferences
SELECT row_number() OVER (ORDER BY u.id), u.id, fixture_gen.n('inf', u.id, 3), u.created_at AT TIME ZONE 'UTC', u.updated_at AT TIME ZONE 'UTC',
  fixture_gen.pick(ARRAY['created_date', 'updated_desc', 'priority', 'due_date', NULL], 'iss', u.id), fixture_gen.pick(ARRAY['created_date', 'updated_desc', 'merged_at_desc', NULL], 'mrs', u.id),
  CASE WHEN p.i IS NOT NULL AND u.id % 3 <> 0 THEN p.tz END,
  u.id % 7 = 0,
  CASE WHEN u.id % 10 = 0 THEN fixture_gen.pick(ARRAY['#d5483a', '#c0392b', '#ff6b6b', '#b00020'], 'ddc', u.id) END,
  CASE WHEN u.id % 10 = 0 THEN fixture_gen.pick(ARRAY['#2ecc71', '#1b7f3b', '#4caf50', '#00a86b'], 'dac', u.id) END
FROM users u LEFT JOIN glgen.p p ON p.i = u.id WHERE u.user_type = 0;

CREATE TABLE user_statuses (
    user_id bigint NOT NULL PRIMARY KEY,
    cached_markdown_version integer,
    emoji character varying DEFAULT 'speech_balloon'::character varying NOT NULL,
    message character varying(100),
    message_html character varying,
    availability smallint DEFAULT 0 NOT NULL,
    clear_status_at timestamp with time zone
);
INSERT INTO user_statuses
SELECT p.i, 2170304, s.e, replace(replace(s.m, '{who}', o.first || ' ' || o.last), '{phone}', p.phone), NULL, s.a,
  CASE WHEN p.i % 3 = 0 THEN (glgen.late('usc', p.i) + interval '5 days') AT TIME ZONE 'UTC' END
FROM glgen.p p JOIN glgen.p o ON o.i = glgen.pp('uso', p.i)
JOIN (VALUES
  (0, 'palm_tree', 'On holiday until 14 June, ask {who} for reviews', 1),
  (1, 'thermometer', 'Off sick', 1),
  (2, 'baby', 'Parental leave until September. Urgent: {who}', 1),
  (3, 'calendar', 'In workshops all day', 0),
  (4, 'speech_balloon', 'On call this week: {phone}', 0),
  (5, 'house_with_garden', 'Working from home', 0),
  (6, 'red_circle', 'Focus time, Slack only', 1),
  (7, 'airplane', 'Travelling to Pune office', 0),
  (8, 'coffee', NULL, 0),
  (9, 'hospital', 'Out for medical appointment, back tomorrow', 1)
) s(k, e, m, a) ON s.k = fixture_gen.n('ust', p.i, 10)
WHERE p.i % 3 <> 1;
UPDATE user_statuses SET message_html = '<p dir="auto">' || message || '</p>' WHERE message IS NOT NULL;

CREATE TABLE emails (
    id bigint NOT NULL PRIMARY KEY,
    user_id bigint NOT NULL,
    email character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    confirmation_token character varying,
    confirmed_at timestamp with time zone,
    confirmation_sent_at timestamp with time zone,
    detumbled_email text
);
INSERT INTO emails
SELECT row_number() OVER (ORDER BY x.uid, x.k), x.uid, x.em, x.ca, x.ca, x.tok, x.cf, x.ca AT TIME ZONE 'UTC', lower(x.em)
FROM (
  SELECT p.i AS uid, 1 AS k, p.email AS em, glgen.at('ecr', p.i) AS ca, NULL::text AS tok, glgen.at('ecr', p.i) AT TIME ZONE 'UTC' + interval '3 minutes' AS cf FROM glgen.p p
  UNION ALL
  SELECT p.i, 2, p.pemail, glgen.at('ecr2', p.i), CASE WHEN p.i % 4 = 0 THEN glgen.b64url('ect', p.i, 15) END,
         CASE WHEN p.i % 4 <> 0 THEN glgen.at('ecr2', p.i) AT TIME ZONE 'UTC' + interval '1 hour' END FROM glgen.p p WHERE p.i % 2 = 0
  UNION ALL
  SELECT u.id, 1, u.commit_email, u.created_at, NULL, u.created_at AT TIME ZONE 'UTC' FROM users u WHERE u.commit_email LIKE '%users.noreply%' AND u.id % 12 = 0
) x;
UPDATE emails SET detumbled_email = regexp_replace(detumbled_email, '\+[^@]*@', '@');

CREATE TABLE identities (
    id bigint NOT NULL PRIMARY KEY,
    extern_uid character varying,
    provider character varying,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    saml_provider_id bigint,
    secondary_extern_uid character varying,
    trusted_extern_uid boolean DEFAULT true
);
INSERT INTO identities
SELECT row_number() OVER (ORDER BY p.i, x.k), 
  CASE x.k WHEN 1 THEN CASE p.auth WHEN 'ldap' THEN 'uid=' || p.uname || ',ou=' || lower(p.office) || ',ou=people,dc=tidewater,dc=example'
                                   WHEN 'saml' THEN p.email
                                   ELSE NULL END
           ELSE (100000000000000000000 + fixture_gen.n('gsub', p.i, 1000000000)::numeric * 1000000 + p.i)::text END,
  CASE x.k WHEN 1 THEN CASE p.auth WHEN 'ldap' THEN 'ldapmain' ELSE 'saml' END ELSE 'google_oauth2' END,
  p.i, glgen.at('idc', p.i * 3 + x.k), glgen.at('idc', p.i * 3 + x.k),
  NULL,
  CASE WHEN x.k = 1 AND p.auth = 'ldap' AND p.i % 3 = 0 THEN glgen.fold(p.first) || '.' || glgen.fold(p.last) || '@tidewater.example' END,
  true
FROM glgen.p p CROSS JOIN (VALUES (1), (2)) x(k)
WHERE (x.k = 1 AND p.auth IN ('ldap', 'saml')) OR (x.k = 2 AND p.i % 8 = 0);

-- SSH keys: users' own (comments are their emails or user@host) and deploy
-- keys of machines.
CREATE TABLE keys (
    id bigint NOT NULL PRIMARY KEY,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    key text,
    title character varying,
    type character varying,
    fingerprint character varying,
    last_used_at timestamp without time zone,
    fingerprint_sha256 bytea,
    expires_at timestamp with time zone,
    usage_type smallint DEFAULT 0 NOT NULL
);
CREATE TABLE glgen.k AS
SELECT k, glgen.pp('kown', k) AS uid, k > 190 AS deploy, fixture_gen.n('kty', k, 5) AS kt FROM generate_series(1, 215) k;
INSERT INTO keys
SELECT k.k, k.uid, glgen.at('kcr', k.k), glgen.at('kcr', k.k),
  CASE WHEN k.kt < 3 THEN 'ssh-ed25519 ' || encode(decode('0000000b', 'hex') || convert_to('ssh-ed25519', 'UTF8') || decode('00000020', 'hex') || substr(sha512(convert_to('ked' || k.k, 'UTF8')), 1, 32), 'base64')
       ELSE 'ssh-rsa ' || translate(encode(decode('00000007', 'hex') || convert_to('ssh-rsa', 'UTF8') || decode('0000000301000100000181', 'hex')
            || sha512(convert_to('kr1' || k.k, 'UTF8')) || sha512(convert_to('kr2' || k.k, 'UTF8')) || sha512(convert_to('kr3' || k.k, 'UTF8')) || sha512(convert_to('kr4' || k.k, 'UTF8'))
            || sha512(convert_to('kr5' || k.k, 'UTF8')) || sha512(convert_to('kr6' || k.k, 'UTF8')), 'base64'), E'\n', '') END
  || CASE WHEN k.deploy THEN ' ' || fixture_gen.pick(ARRAY['argocd@k8s-prod', 'deploy@ci-runner-03', 'jenkins@build01', 'root@bastion-hh1', 'fluxcd'], 'kdc', k.k)
          ELSE fixture_gen.pick(ARRAY[' ' || p.email, ' ' || p.pemail, ' ' || p.uname || '@' || glgen.fold(p.first) || '-thinkpad', ' ' || glgen.fold(p.first) || '@MacBook-Pro.local', '', ' ' || p.uname || '@DESKTOP-' || upper(glgen.hx('kh', k.k, 7))], 'kcm', k.k) END,
  CASE WHEN k.deploy THEN fixture_gen.pick(ARRAY['argocd prod read-only', 'ci deploy key', 'jenkins legacy', 'bastion backup pull', 'flux staging'], 'kdt', k.k)
       ELSE fixture_gen.pick(ARRAY['Work laptop', p.email, p.uname || '@' || glgen.fold(p.first) || '-thinkpad', 'MacBook Pro 2021', 'YubiKey 5C', p.first || ' home PC', 'id_ed25519', p.first || ' ' || p.last], 'kti', k.k) END,
  CASE WHEN k.deploy THEN 'DeployKey' END,
  NULL,
  CASE WHEN k.k % 4 <> 0 THEN glgen.late('klu', k.k) END,
  NULL,
  CASE WHEN k.k % 6 = 0 THEN (glgen.at('kcr', k.k) + interval '365 days') AT TIME ZONE 'UTC' END,
  CASE WHEN k.k % 9 = 0 THEN 2 ELSE 0 END
FROM glgen.k k LEFT JOIN glgen.p p ON p.i = k.uid;
UPDATE keys SET fingerprint = (SELECT string_agg(substr(h, 2 * b + 1, 2), ':' ORDER BY b) FROM (SELECT md5(decode(split_part(key, ' ', 2), 'base64')) AS h) x, generate_series(0, 15) b),
  fingerprint_sha256 = sha256(decode(split_part(key, ' ', 2), 'base64'));

-- GPG keys: the armored public key whose user-ID packet names the person.
CREATE TABLE gpg_keys (
    id bigint NOT NULL PRIMARY KEY,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint,
    primary_keyid bytea,
    fingerprint bytea,
    key text
);
INSERT INTO gpg_keys
SELECT k, glgen.at('gcr', k), glgen.at('gcr', k), p.i, substr(sha256(convert_to('gfp' || k, 'UTF8')), 13, 8), substr(sha256(convert_to('gfp' || k, 'UTF8')), 1, 20),
  '-----BEGIN PGP PUBLIC KEY BLOCK-----' || E'\n\n' ||
  regexp_replace(encode(decode('9833', 'hex') || decode('04', 'hex') || int4send(1600000000 + k * 1000) || decode('16092b06010401da470f010107', 'hex') || substr(sha512(convert_to('gpk' || k, 'UTF8')), 1, 32)
    || decode('b4', 'hex') || set_byte('\x00'::bytea, 0, octet_length(convert_to(p.first || ' ' || p.last || ' <' || CASE WHEN k % 3 = 0 THEN p.pemail ELSE p.email END || '>', 'UTF8')))
    || convert_to(p.first || ' ' || p.last || ' <' || CASE WHEN k % 3 = 0 THEN p.pemail ELSE p.email END || '>', 'UTF8')
    || decode('8890', 'hex') || sha512(convert_to('gsig' || k, 'UTF8')) || sha512(convert_to('gsig2' || k, 'UTF8')), 'base64'), E'\n', '', 'g') || E'\n=' || glgen.rs('gcrc', k, 4) || E'\n-----END PGP PUBLIC KEY BLOCK-----\n'
FROM generate_series(1, 60) k JOIN glgen.p p ON p.i = glgen.pp('gown', k);
UPDATE gpg_keys SET key = regexp_replace(key, '([A-Za-z0-9+/=]{64})', E'\\1\n', 'g');

CREATE TABLE gpg_key_subkeys (
    id bigint NOT NULL PRIMARY KEY,
    gpg_key_id bigint NOT NULL,
    keyid bytea,
    fingerprint bytea
);
INSERT INTO gpg_key_subkeys
SELECT row_number() OVER (ORDER BY g.id, s), g.id, substr(sha256(convert_to('gsk' || g.id || ':' || s, 'UTF8')), 13, 8), substr(sha256(convert_to('gsk' || g.id || ':' || s, 'UTF8')), 1, 20)
FROM gpg_keys g, generate_series(1, 2) s WHERE s = 1 OR g.id % 3 = 0;

-- Personal access tokens: only the digest is stored.
CREATE TABLE personal_access_tokens (
    id bigint NOT NULL PRIMARY KEY,
    user_id bigint NOT NULL,
    name character varying NOT NULL,
    revoked boolean DEFAULT false,
    expires_at date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    scopes character varying DEFAULT '--- []
'::character varying NOT NULL,
    impersonation boolean DEFAULT false NOT NULL,
    token_digest character varying,
    expire_notification_delivered boolean DEFAULT false NOT NULL,
    last_used_at timestamp without time zone,
    previous_personal_access_token_id bigint
);
INSERT INTO personal_access_tokens
SELECT k, CASE WHEN k > 230 THEN 301 + 7 + (k % 5) ELSE glgen.pp('patu', k) END,
  CASE WHEN k > 230 THEN (ARRAY['renovate', 'release-notes', 'sonarqube-scan', 'argocd-read', 'helm-chart-publisher'])[1 + k % 5]
       ELSE fixture_gen.pick(ARRAY['laptop', 'cli', 'glab', 'terraform', 'intellij', 'vscode-gitlab-workflow', 'api-scripts', 'backup-export', 'renovate-local', 'k8s-pull', 'Impersonation token for support case', 'danger-bot', 'dashboard-sync'], 'patn', k) END,
  k % 7 = 0,
  date '2024-06-01' + fixture_gen.n('pate', k, 365),
  glgen.at('patc', k), glgen.at('patc', k),
  CASE fixture_gen.n('pats', k, 5) WHEN 0 THEN E'---\n- api\n' WHEN 1 THEN E'---\n- read_api\n' WHEN 2 THEN E'---\n- read_repository\n- write_repository\n' WHEN 3 THEN E'---\n- read_registry\n' ELSE E'---\n- api\n- read_user\n- sudo\n' END,
  k % 29 = 0,
  glgen.b64('patd', k, 32),
  k % 5 = 0,
  CASE WHEN k % 3 <> 0 THEN glgen.late('patl', k) END,
  CASE WHEN k % 17 = 0 AND k > 17 THEN k - 17 END
FROM generate_series(1, 260) k;

CREATE TABLE oauth_applications (
    id bigint NOT NULL PRIMARY KEY,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying DEFAULT ''::character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    owner_id bigint,
    owner_type character varying,
    trusted boolean DEFAULT false NOT NULL,
    confidential boolean DEFAULT true NOT NULL
);
INSERT INTO oauth_applications
SELECT k, n, glgen.hx('oauid', k, 64),
  CASE WHEN k <= 9 THEN glgen.hx('oasec', k, 64) ELSE 'gloas-' || glgen.hx('oasec', k, 64) END,
  r, s, glgen.at('oac', k), glgen.at('oac', k), o, CASE WHEN o IS NULL THEN NULL WHEN o < 20 THEN 'Namespace' ELSE 'User' END, k <= 8, k <> 12
FROM (VALUES
  (1, 'Mattermost', 'https://chat.tidewater.example/signup/gitlab/complete', 'read_user', NULL::int),
  (2, 'Grafana', 'https://grafana.tidewater.example/login/gitlab', 'read_api openid email profile', NULL),
  (3, 'GitLab Pages', 'https://projects.pages.tidewater.example/auth', 'api', NULL),
  (4, 'Argo CD', 'https://argocd.tidewater.example/api/dex/callback', 'openid profile email read_api', NULL),
  (5, 'Backstage', 'https://backstage.tidewater.example/api/auth/gitlab/handler/frame', 'read_user read_repository write_repository openid profile email', NULL),
  (6, 'Sourcegraph', 'https://sourcegraph.tidewater.example/.auth/gitlab/callback', 'read_user read_api', NULL),
  (7, 'Rancher', 'https://rancher.tidewater.example/verify-auth', 'read_user', NULL),
  (8, 'Vault OIDC', E'https://vault.tidewater.example/ui/vault/auth/oidc/oidc/callback\nhttp://localhost:8250/oidc/callback', 'openid', NULL),
  (9, 'GitLab Workflow (VS Code)', 'vscode://gitlab.gitlab-workflow/authentication', 'api read_user', NULL),
  (10, 'Jira Cloud app', 'https://gitlab.com/-/jira_connect/oauth_callbacks', 'api', 9),
  (11, 'Renovate dashboard', 'https://renovate.tidewater.example/auth/callback', 'read_api', 2),
  (12, 'glab CLI', 'http://localhost:7171/auth/redirect', 'openid profile read_user write_repository api', NULL),
  (13, 'local dev OAuth test', 'http://localhost:3000/auth/gitlab/callback', 'read_user', 40),
  (14, 'Port community SSO sandbox', 'https://pcs-sandbox.tidewater.example/oauth2/callback', 'openid profile email', 4),
  (15, 'Hackweek timetracker', 'https://timetracker.hackweek.tidewater.example/callback', 'read_user read_api', 118),
  (16, 'Dependency-Track', 'https://dtrack.tidewater.example/api/v1/user/oidc/callback', 'openid profile email', 7)
) v(k, n, r, s, o);

CREATE TABLE oauth_access_tokens (
    id bigint NOT NULL PRIMARY KEY,
    resource_owner_id bigint,
    application_id bigint,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer DEFAULT 7200,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying
);
INSERT INTO oauth_access_tokens
SELECT k, glgen.pp('oatu', k), a.id,
  CASE WHEN k <= 60 THEN glgen.hx('oat', k, 64) ELSE encode(sha256(convert_to('oat' || k, 'UTF8')), 'hex') END,
  CASE WHEN k <= 60 THEN glgen.hx('oar', k, 64) ELSE encode(sha256(convert_to('oar' || k, 'UTF8')), 'hex') END,
  7200, CASE WHEN k % 4 = 0 THEN glgen.late('oarv', k) END, glgen.late('oac', k), a.scopes
FROM generate_series(1, 240) k JOIN oauth_applications a ON a.id = 1 + fixture_gen.n('oaa', k, 16);

-- Groups (namespace ids 1-12), then one namespace per user (1000 + user id)
-- and one per project (5000 + project id).
CREATE TABLE glgen.g (id int, parent int, name text, path text, descr text, vis int);
INSERT INTO glgen.g VALUES
  (1, NULL, 'Tidewater Freight Systems', 'tidewater', 'All engineering at Tidewater Freight Systems.', 10),
  (2, 1, 'Platform', 'platform', 'CI templates, Helm charts, developer tooling and the engineering handbook.', 10),
  (3, 1, 'Customs', 'customs', 'Customs declarations (ATLAS, AES, NCTS) and EDIFACT messaging.', 10),
  (4, 1, 'Port Community', 'port-community', 'Berth planning, vessel calls and container tracking for the port community system.', 10),
  (5, 1, 'Customer Support', 'customer-support', 'Service Desk and support tooling. Confidential: customer data.', 0),
  (6, 1, 'People Ops', 'people-ops', 'Onboarding and offboarding checklists. Restricted to People team and IT.', 0),
  (7, 1, 'Security', 'security', 'Security reports, pentest findings and the vulnerability backlog.', 0),
  (8, 1, 'Mobile', 'mobile', 'Driver apps for Android and iOS.', 10),
  (9, 1, 'Infrastructure', 'infrastructure', 'Terraform, Kubernetes manifests and Ansible roles.', 10),
  (10, 1, 'Data', 'data', 'Warehouse models and Airflow DAGs.', 10),
  (11, NULL, 'Sandbox', 'sandbox', 'Experiments. Anything here may be deleted after 90 days.', 10),
  (12, NULL, 'Archive', 'archive', 'Read-only archive of retired systems.', 0);

-- Projects: id, namespace (a group, or 1000 + a user id for personal
-- projects), name, path, description, import.
CREATE TABLE glgen.pr (id int, ns int, name text, path text, descr text, imp text, ityp text, vis int);
INSERT INTO glgen.pr VALUES
  (1, 2, 'gitlab-ci-templates', 'gitlab-ci-templates', 'Shared .gitlab-ci.yml includes: build, test, container scanning, deploy.', NULL, NULL, 10),
  (2, 2, 'helm-charts', 'helm-charts', 'Helm charts for all services, published to the package registry.', NULL, NULL, 10),
  (3, 3, 'atlas-declarations', 'atlas-declarations', 'Service that submits import and export declarations to ATLAS and AES.', NULL, NULL, 10),
  (4, 3, 'edifact-parser', 'edifact-parser', 'Streaming UN/EDIFACT parser (CUSDEC, CUSRES, IFTMIN, COPRAR).', 'https://github.com/tidewater-oss/edifact-parser.git', 'github', 20),
  (5, 4, 'berth-planner', 'berth-planner', 'Berth allocation and quay crane scheduling.', NULL, NULL, 10),
  (6, 4, 'Vessel Calls API', 'vessel-calls-api', 'REST API for vessel call announcements (ETA, ETD, draught, cargo summary).', NULL, NULL, 10),
  (7, 4, 'container-tracking', 'container-tracking', 'Container status events from terminals and carriers.', NULL, NULL, 10),
  (8, 5, 'Service Desk', 'service-desk', 'Customer support inbox. Issues here come from e-mail through Service Desk.', NULL, NULL, 0),
  (9, 6, 'onboarding', 'onboarding', 'One issue per new hire: accounts, hardware, buddy, first week.', NULL, NULL, 0),
  (10, 6, 'offboarding', 'offboarding', 'One issue per leaver: access removal and hardware return.', NULL, NULL, 0),
  (11, 7, 'vulnerability-reports', 'vulnerability-reports', 'Triage of pentest findings and bug bounty reports.', NULL, NULL, 0),
  (12, 8, 'driver-app-android', 'driver-app-android', 'Truck driver app for slot bookings and gate-in (Android).', NULL, NULL, 10),
  (13, 8, 'driver-app-ios', 'driver-app-ios', 'Truck driver app for slot bookings and gate-in (iOS).', NULL, NULL, 10),
  (14, 9, 'terraform-aws', 'terraform-aws', 'AWS accounts, VPCs, EKS clusters and RDS instances.', NULL, NULL, 0),
  (15, 9, 'k8s-manifests', 'k8s-manifests', 'Kustomize overlays per cluster, synced by Argo CD.', NULL, NULL, 0),
  (16, 9, 'ansible-roles', 'ansible-roles', 'Roles for the bastions, runners and the on-prem terminal gateways.', 'https://' || 'svc-gitimport:' || 'Tw-imp0rt-' || '2019' || '@bitbucket.tidewater.example/scm/inf/ansible-roles.git', 'bitbucket_server', 0),
  (17, 10, 'warehouse-dbt', 'warehouse-dbt', 'dbt models for the Snowflake warehouse.', NULL, NULL, 10),
  (18, 10, 'airflow-dags', 'airflow-dags', 'Airflow DAGs for ingestion and exports.', NULL, NULL, 10),
  (19, 2, 'handbook', 'handbook', 'Engineering handbook: on-call, incident process, coding guidelines.', NULL, NULL, 10),
  (20, 2, 'renovate-config', 'renovate-config', 'Shared Renovate presets.', NULL, NULL, 10),
  (21, 2, 'gitlab-runner-images', 'gitlab-runner-images', 'Base images for CI jobs.', NULL, NULL, 10),
  (22, 12, 'legacy-tms', 'legacy-tms', 'Transport management system, retired 2021. Read-only.', 'https://' || 'tidewater-deploy:' || 'ghp_' || 'LEGACYimport' || '0000000000000000000000a1' || '@github.com/tidewater-legacy/tms.git', 'github', 0),
  (23, 3, 'ncts-connector', 'ncts-connector', 'Mirror of the NCTS phase 5 connector maintained by our customs software partner.', 'https://' || 'tidewater:' || 'Zollpartner' || '!2023' || '@git.zollsoft-partner.example/ncts/connector.git', 'git', 0),
  (24, 11, 'kafka-playground', 'kafka-playground', 'Kafka Streams experiments.', NULL, NULL, 10),
  (25, 10, 'reports-sql', 'reports-sql', 'Ad-hoc SQL for finance and operations reports.', NULL, NULL, 0),
  (26, 4, 'gate-ocr', 'gate-ocr', 'OCR of container numbers and truck plates at the gates.', 'https://gitlab.com/tidewater-oss/gate-ocr.git', 'gitlab_project', 10),
  (27, 1000 + 40, 'dotfiles', 'dotfiles', 'my dotfiles', 'https://github.com/goncalorodrigues/dotfiles.git', 'github', 20),
  (28, 1000 + 77, 'advent-of-code-2023', 'advent-of-code-2023', 'AoC 2023 in Kotlin', NULL, NULL, 20),
  (29, 1000 + 118, 'homelab', 'homelab', 'k3s on three Raspberry Pis', NULL, NULL, 0),
  (30, 1000 + 151, 'notes', 'notes', NULL, NULL, NULL, 0),
  (31, 1000 + 203, 'cv', 'cv', 'LaTeX sources of my CV', NULL, NULL, 0),
  (32, 1000 + 64, 'thesis', 'thesis', 'Master thesis: vessel ETA prediction', 'https://' || 'oauth2:' || 'glpat-' || 'THESISimport0000000x' || '@gitlab.com/u-porto-feup/thesis.git', 'gitlab_project', 0),
  (33, 1000 + 259, 'snippets', 'snippets', 'useful shell snippets', NULL, NULL, 10),
  (34, 1000 + 17, 'admin-scripts', 'admin-scripts', 'GitLab admin scripts: user cleanup, LDAP sync checks.', NULL, NULL, 0),
  (35, 1000 + 226, 'interview-exercise', 'interview-exercise', 'Take-home exercise for backend candidates.', NULL, NULL, 0),
  (36, 9, 'runbooks', 'runbooks', 'Operational runbooks.', NULL, NULL, 0);

CREATE TABLE namespaces (
    id bigint NOT NULL PRIMARY KEY,
    name character varying NOT NULL,
    path character varying NOT NULL,
    owner_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    description character varying DEFAULT ''::character varying NOT NULL,
    avatar character varying,
    membership_lock boolean DEFAULT false,
    visibility_level integer DEFAULT 20 NOT NULL,
    request_access_enabled boolean DEFAULT true NOT NULL,
    description_html text,
    lfs_enabled boolean,
    parent_id bigint,
    require_two_factor_authentication boolean DEFAULT false NOT NULL,
    cached_markdown_version integer,
    project_creation_level integer,
    runners_token_encrypted character varying,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    organization_id bigint DEFAULT 1
);
INSERT INTO namespaces
SELECT g.id, g.name, g.path, NULL, glgen.at('gcr', g.id), glgen.at('gcr', g.id) + make_interval(days => fixture_gen.n('gup', g.id, 400)), 'Group', g.descr,
  CASE WHEN g.id IN (1, 4, 8) THEN 'logo.png' END, g.id IN (5, 6, 7), g.vis, g.id NOT IN (6, 7),
  '<p data-sourcepos="1:1-1:' || length(g.descr) || '" dir="auto">' || g.descr || '</p>', true, g.parent, g.id IN (5, 6, 7, 9), 2170304, 2,
  glgen.b64('gr1348941', g.id, 32), CASE WHEN g.parent IS NULL THEN ARRAY[g.id::bigint] ELSE ARRAY[g.parent::bigint, g.id::bigint] END, 1
FROM glgen.g g
UNION ALL
SELECT 1000 + u.id, u.name, u.username, u.id, u.created_at, u.updated_at, 'User', '', NULL, false, 20, true, '', NULL, NULL, false, NULL, NULL, NULL, ARRAY[1000 + u.id::bigint], 1
FROM users u
UNION ALL
SELECT 5000 + r.id, r.name, r.path, NULL, glgen.at('prc', r.id), glgen.at('prc', r.id) + make_interval(days => fixture_gen.n('pru', r.id, 300)), 'Project', coalesce(r.descr, ''), NULL, false, r.vis, true, NULL, NULL, r.ns, false, NULL, NULL, NULL,
  (SELECT CASE WHEN r.ns >= 1000 THEN ARRAY[r.ns::bigint, 5000 + r.id::bigint] WHEN g.parent IS NULL THEN ARRAY[g.id::bigint, 5000 + r.id::bigint] ELSE ARRAY[g.parent::bigint, g.id::bigint, 5000 + r.id::bigint] END FROM (SELECT 1) d LEFT JOIN glgen.g g ON g.id = r.ns), 1
FROM glgen.pr r;

CREATE TABLE projects (
    id bigint NOT NULL PRIMARY KEY,
    name character varying,
    path character varying,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    creator_id bigint,
    namespace_id bigint NOT NULL,
    last_activity_at timestamp without time zone,
    import_url character varying,
    visibility_level integer DEFAULT 0 NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    avatar character varying,
    merge_requests_template text,
    import_type character varying,
    import_source character varying,
    issues_template text,
    mirror boolean DEFAULT false NOT NULL,
    mirror_user_id bigint,
    shared_runners_enabled boolean DEFAULT true NOT NULL,
    runners_token_encrypted character varying,
    ci_config_path character varying,
    description_html text,
    service_desk_enabled boolean DEFAULT true,
    suggestion_commit_message character varying(255),
    project_namespace_id bigint
);
INSERT INTO projects
SELECT r.id, r.name, r.path, r.descr, glgen.at('prc', r.id), glgen.at('prc', r.id) + make_interval(days => fixture_gen.n('pru', r.id, 300)),
  CASE WHEN r.ns >= 1000 THEN r.ns - 1000 ELSE glgen.pp('prcr', r.id) END, r.ns, glgen.late('pra', r.id),
  r.imp, r.vis, r.ns = 12, CASE WHEN r.id IN (3, 5, 12, 13) THEN 'icon.png' END,
  CASE WHEN r.id IN (3, 5, 6, 7) THEN E'## What does this MR do?\n\n## Related issues\n\nCloses #\n\n## Checklist\n\n- [ ] Tests added\n- [ ] Changelog entry\n' END,
  r.ityp,
  CASE WHEN r.ityp = 'github' THEN substring(r.imp from 'github\.com/(.*)\.git') WHEN r.ityp = 'bitbucket_server' THEN 'INF/ansible-roles' END,
  CASE WHEN r.id = 8 THEN E'Thank you for contacting Tidewater support. Please include your booking or container number.\n' END,
  r.id = 23, CASE WHEN r.id = 23 THEN 313 END, r.id <> 14,
  glgen.b64('prrt', r.id, 32),
  CASE WHEN r.id IN (3, 5) THEN '.gitlab/ci/main.yml' END,
  CASE WHEN r.descr IS NOT NULL THEN '<p data-sourcepos="1:1-1:' || length(r.descr) || '" dir="auto">' || r.descr || '</p>' END,
  r.id = 8, CASE WHEN r.id IN (3, 7) THEN 'Apply %{suggestions_count} suggestion(s) to %{files_count} file(s)' END,
  5000 + r.id
FROM glgen.pr r ORDER BY r.id;

CREATE TABLE members (
    id bigint NOT NULL PRIMARY KEY,
    access_level integer NOT NULL,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    user_id bigint,
    notification_level integer NOT NULL,
    type character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by_id bigint,
    invite_email character varying,
    invite_token character varying,
    invite_accepted_at timestamp without time zone,
    requested_at timestamp without time zone,
    expires_at date,
    ldap boolean DEFAULT false NOT NULL,
    override boolean DEFAULT false NOT NULL,
    member_namespace_id bigint
);
INSERT INTO members
SELECT row_number() OVER (ORDER BY x.src, x.k), x.al, x.src, x.st, x.uid, 3, CASE x.st WHEN 'Namespace' THEN 'GroupMember' ELSE 'ProjectMember' END,
  glgen.at('mcr', x.k), glgen.at('mcr', x.k), x.cb, x.ie, x.it, x.ia, NULL, x.ex, x.ldap, false, x.mns
FROM (
  SELECT k, (ARRAY[10, 20, 30, 30, 30, 40, 50])[1 + fixture_gen.n('mal', k, 7)] AS al, 1 + fixture_gen.n('msrc', k, 10) AS src, 'Namespace' AS st, glgen.pp('mu', k) AS uid,
    1 AS cb, NULL::text AS ie, NULL::text AS it, NULL::timestamp AS ia, NULL::date AS ex, k % 3 = 0 AS ldap, 1 + fixture_gen.n('msrc', k, 10) AS mns
  FROM generate_series(1, 260) k
  UNION ALL
  SELECT 1000 + k.k, 20, CASE WHEN k.k % 2 = 0 THEN 8 ELSE 23 END, 'Project', CASE WHEN k.k % 4 = 0 THEN glgen.pp('mpu', k.k) END, glgen.pp('mcb', k.k),
    c.email, CASE WHEN k.k % 4 <> 0 THEN glgen.hx('mit', k.k, 64) END, CASE WHEN k.k % 4 = 0 THEN glgen.at('mia', k.k) END,
    date '2024-06-30' + fixture_gen.n('mex', k.k, 180), false, 5000 + CASE WHEN k.k % 2 = 0 THEN 8 ELSE 23 END
  FROM generate_series(1, 24) k JOIN glgen.cu c ON c.k = 100 + k.k
) x;

-- fill: a template with a staff member (p), another one (o) and a customer
-- (c) put in.
CREATE FUNCTION glgen.fill(tpl text, pid bigint, oid bigint, cid bigint, n bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(tpl,
    '{full}', p.first || ' ' || p.last), '{first}', p.first), '{phone}', p.phone), '{pemail}', p.pemail), '{addr}', p.addr), '{email}', p.email), '{me}', p.uname),
    '{title}', p.title), '{office}', p.office), '{u}', o.uname), '{ofull}', o.first || ' ' || o.last), '{oemail}', o.email),
    '{cfull}', c.first || ' ' || c.last), '{cfirst}', c.first), '{cemail}', c.email), '{cphone}', c.phone), '{caddr}', c.addr), '{ccompany}', c.company),
    '{cont}', fixture_gen.pick(ARRAY['MSCU', 'MAEU', 'HLXU', 'CMAU', 'TGHU', 'ONEU'], 'cpre', n) || glgen.dg('cont', n, 7)),
    '{n}', (1 + n % 97)::text), '{mrn}', '24DE' || glgen.dg('mrn', n, 6) || upper(glgen.rs('mrn', n, 8))), '{dob}', to_char(fixture_gen.birth_date('cdob', cid), 'DD.MM.YYYY')),
    '{iban}', fixture_gen.iban_for('ibn', n))
  FROM glgen.p p, glgen.p o, glgen.cu c WHERE p.i = pid AND o.i = oid AND c.k = cid
$$;

-- md: Markdown rendered the way the banzai pipeline does, roughly.
CREATE FUNCTION glgen.md(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN t IS NULL THEN NULL ELSE
    '<p data-sourcepos="1:1-' || (1 + length(t) - length(replace(t, E'\n', '')))::text || ':1" dir="auto">'
    || regexp_replace(regexp_replace(replace(replace(replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '(^|\s)@([a-z0-9._-]*[a-z0-9])', '\1<a href="/\2" data-reference-type="user" class="gfm gfm-project_member js-user-link">@\2</a>', 'g'), E'\n\n', '</p>' || E'\n' || '<p dir="auto">', 'g') || '</p>' END
$$;

CREATE TABLE glgen.tpl (kind text, k int, title text, body text);
INSERT INTO glgen.tpl VALUES
  ('sd', 0, 'Container {cont} still on hold at terminal', E'Hello,\n\nour container {cont} has been on customs hold since Monday although the declaration was accepted (MRN {mrn}). Can you check?\n\nKind regards\n{cfull}\n{ccompany}\nTel. {cphone}\n{cemail}'),
  ('sd', 1, 'Delivery address change for {cont} - {cfull}', E'Hi support,\n\nplease change the delivery address for {cont} to:\n\n{cfull}\n{caddr}\n\nThe driver can call me on {cphone}.\n\nThanks'),
  ('sd', 2, 'Datenauskunft nach Art. 15 DSGVO', E'Sehr geehrte Damen und Herren,\n\nhiermit beantrage ich Auskunft über alle zu meiner Person gespeicherten Daten. Kundennummer TW-{n}0{n}, geboren am {dob}.\n\n{cfull}\n{caddr}\n{cemail}'),
  ('sd', 3, 'Cannot log in to the booking portal', E'Good morning, I cannot log in since the password reset, the portal says my account is locked. My login is {cemail}. Please call me back on {cphone}.\n\n{cfull}'),
  ('sd', 4, 'Fwd: Invoice TW-2024-0{n}88 wrong consignee', E'Hi,\n\nthe invoice lists the wrong consignee. It should be {ccompany}. Please reissue and send it to me.\n\n--\n{cfull} | Accounts payable | {ccompany}\n{cphone}'),
  ('sd', 5, 'Portal access for a new colleague', E'Hello, please create a portal account for our new dispatcher. Details in the attached form.\n\nBest regards, {cfull} ({ccompany})'),
  ('sd', 6, 'URGENT release order {cont}', E'The truck is waiting at gate 4 since 06:30 and the release order is not in the system. Driver phone {cphone}. Please help!!\n\n{cfirst}\n\nSent from my iPhone'),
  ('sd', 7, 'Question about demurrage charges', E'Dear team,\n\ncould you explain the demurrage charges on our last invoice? We picked up {cont} within the free time.\n\nThank you\n{cfull}'),
  ('on', 0, 'Onboarding: {full} ({office}, starts {start})', E'## New hire\n\n- **Name:** {full}\n- **Start date:** {start}\n- **Role:** {title}, {office}\n- **Manager:** @{u}\n- **Private email (until day 1):** {pemail}\n- **Mobile:** {phone}\n- **Laptop delivery address:** {addr}\n\n## Accounts\n\n- [ ] LDAP / Okta\n- [ ] GitLab\n- [ ] Slack\n- [ ] 1Password\n\n/confidential\n/assign @{u}'),
  ('on', 1, 'Onboarding {full}', E'New working student in {office}, 20 h/week, contract until {start} + 6 months. Manager @{u}.\n\nHome address for the laptop: {addr}\nPhone: {phone}\nPrivate mail: {pemail}\n\nNote: needs a height-adjustable desk (medical certificate on file with People Ops).'),
  ('off', 0, 'Offboarding: {full}', E'## Leaver\n\n{full} (@{me}) leaves on {start}. Reason: resignation.\n\nForward mail to @{u}. Laptop to be collected from {addr}; courier to call {phone}.\n\n- [ ] Block GitLab account\n- [ ] Revoke personal access tokens\n- [ ] Remove from LDAP groups'),
  ('off', 1, 'Offboarding {full} - end of contract', E'Contract with Brightpath ends {start}. Please remove access for @{me}. Final invoice approved by @{u}.\n\nPrivate address for the certificate of employment: {addr}'),
  ('off', 2, 'Offboarding: {full} (long-term sick leave)', E'{full} is on long-term sick leave from {start} (burnout, confidential). Suspend accounts, do not delete. Contact for questions: @{u}.'),
  ('sec', 0, 'Stored XSS in vessel calls search (external report)', E'Reported by external researcher {cfull} ({cemail}) to security@. PoC: `<img src=x onerror=alert(1)>` in the vessel name filter.\n\nThey ask for the bounty to be paid to IBAN {iban}.'),
  ('sec', 1, 'Pentest finding: verbose error pages on gate-ocr', E'Stack traces with internal hostnames are returned on HTTP 500. Severity: low. Fix: disable debug in production profile.'),
  ('sec', 2, 'Leaked credential in CI log of terraform-aws', E'A job log printed the AWS access key of the terraform user. Key rotated; job logs erased. Root cause: `set -x` in the plan script.'),
  ('eng', 0, 'Retry CUSRES parsing when segment count mismatches', E'When UNT segment count does not match we drop the message. We should retry once after re-fetching from the mailbox.\n\nSteps to reproduce:\n1. Send a CUSRES with a truncated UNT\n2. See `SegmentCountMismatch` in the logs'),
  ('eng', 1, 'Berth planner: quay crane overlap on split calls', E'If a vessel call is split across two berths the crane assignment can overlap by up to 15 minutes. See screenshot.'),
  ('eng', 2, 'Upgrade Spring Boot to 3.2', E'Spring Boot 3.1 reaches end of OSS support in May. Upgrade all services.\n\n/label ~maintenance'),
  ('eng', 3, 'Flaky test ContainerEventConsumerIT', E'Fails about 1 in 20 runs on the shared runners, probably a race with the embedded Kafka.'),
  ('eng', 4, 'Add ETA deviation alert', E'Alert the terminal operator when the announced ETA deviates by more than 6 hours. @{u} can you pick this up?'),
  ('eng', 5, 'Driver app crashes on Android 14 when camera permission is denied', E'Crash in `GateScanFragment.onRequestPermissionsResult`. Sentry issue attached.'),
  ('eng', 6, 'Customer cannot download release order PDF', E'Support ticket from {cfull} ({cemail}): the PDF download returns 403 for bookings created before the migration. cc @{u}'),
  ('eng', 7, 'Terraform: move RDS volumes to gp3', E'Cheaper and faster. Needs a maintenance window for the primary.'),
  ('eng', 8, 'Document on-call escalation for the port community system', E'Escalation: primary on-call, then @{u}, then the engineering manager. Add the phone tree to the handbook.'),
  ('eng', 9, 'Rate limit the vessel calls API per API key', E'One integrator polls every second. Add a token bucket per key, 10 req/s.');

-- Issues: service desk (project 8), onboarding (9), offboarding (10),
-- security (11), engineering (the rest).
CREATE TABLE glgen.iss AS
SELECT k AS id,
  CASE WHEN k <= 90 THEN 8 WHEN k <= 120 THEN 9 WHEN k <= 135 THEN 10 WHEN k <= 150 THEN 11
       ELSE (ARRAY[3, 4, 5, 6, 7, 12, 13, 14, 15, 17, 18, 19, 1, 2, 26])[1 + fixture_gen.n('ipr', k, 15)] END AS project_id,
  CASE WHEN k <= 90 THEN 'sd' WHEN k <= 120 THEN 'on' WHEN k <= 135 THEN 'off' WHEN k <= 150 THEN 'sec' ELSE 'eng' END AS kind,
  glgen.pp('iper', k) AS per, glgen.pp('ioth', k) AS oth, 1 + fixture_gen.n('icu', k, 160) AS cu, glgen.at('icr', k) AS cr
FROM generate_series(1, 330) k;

CREATE TABLE issues (
    id bigint NOT NULL PRIMARY KEY,
    title character varying,
    author_id bigint,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description text,
    milestone_id bigint,
    iid integer,
    updated_by_id bigint,
    confidential boolean DEFAULT false NOT NULL,
    due_date date,
    title_html text,
    description_html text,
    service_desk_reply_to character varying,
    cached_markdown_version integer,
    last_edited_at timestamp without time zone,
    last_edited_by_id bigint,
    discussion_locked boolean,
    closed_at timestamp with time zone,
    closed_by_id bigint,
    state_id smallint DEFAULT 1 NOT NULL,
    external_key character varying(255),
    upvotes_count integer DEFAULT 0 NOT NULL,
    work_item_type_id bigint,
    namespace_id bigint,
    start_date date
);
INSERT INTO issues
SELECT s.id,
  glgen.fill(replace(t.title, '{start}', to_char(s.cr::date + 14, 'YYYY-MM-DD')), s.per, s.oth, s.cu, s.id),
  CASE s.kind WHEN 'sd' THEN 302 WHEN 'sec' THEN CASE WHEN t.k = 0 THEN 302 ELSE s.oth END WHEN 'on' THEN s.oth WHEN 'off' THEN s.oth ELSE s.per END,
  s.project_id, s.cr, s.cr + make_interval(hours => 1 + fixture_gen.n('iup', s.id, 900)),
  glgen.fill(replace(t.body, '{start}', to_char(s.cr::date + 14, 'YYYY-MM-DD')), s.per, s.oth, s.cu, s.id),
  CASE WHEN s.kind = 'eng' AND s.id % 3 = 0 THEN 1 + fixture_gen.n('ims', s.id, 12) END,
  row_number() OVER (PARTITION BY s.project_id ORDER BY s.id),
  s.oth,
  s.kind IN ('sd', 'on', 'off', 'sec'),
  CASE WHEN s.id % 5 = 0 THEN s.cr::date + 21 END,
  NULL, NULL,
  CASE WHEN s.kind = 'sd' OR (s.kind = 'sec' AND t.k = 0) THEN c.email END,
  2170304,
  CASE WHEN s.id % 6 = 0 THEN s.cr + interval '3 hours' END, CASE WHEN s.id % 6 = 0 THEN s.oth END,
  CASE WHEN s.kind = 'sd' AND s.id % 9 = 0 THEN true END,
  CASE WHEN s.id % 3 <> 0 THEN (s.cr + make_interval(days => 1 + fixture_gen.n('icl', s.id, 40))) AT TIME ZONE 'UTC' END,
  CASE WHEN s.id % 3 <> 0 THEN s.oth END,
  CASE WHEN s.id % 3 <> 0 THEN 2 ELSE 1 END,
  CASE WHEN s.kind = 'eng' AND s.id % 7 = 0 THEN 'OPS-' || (1000 + s.id * 3)::text END,
  CASE WHEN s.kind = 'eng' THEN fixture_gen.n('iuv', s.id, 6) ELSE 0 END,
  CASE WHEN s.kind = 'sd' THEN 1 WHEN s.kind = 'sec' THEN 2 ELSE 1 END,
  5000 + s.project_id,
  CASE WHEN s.kind = 'on' THEN s.cr::date + 14 END
FROM glgen.iss s
JOIN glgen.tpl t ON t.kind = s.kind AND t.k = fixture_gen.n('itp', s.id, CASE s.kind WHEN 'sd' THEN 8 WHEN 'on' THEN 2 WHEN 'off' THEN 3 WHEN 'sec' THEN 3 ELSE 10 END)
JOIN glgen.cu c ON c.k = s.cu
ORDER BY s.id;
UPDATE issues SET title_html = replace(replace(title, '&', '&amp;'), '<', '&lt;'), description_html = glgen.md(description);

-- Service Desk: external participants and the settings of the support project.
CREATE TABLE issue_email_participants (
    id bigint NOT NULL PRIMARY KEY,
    issue_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    email text NOT NULL
);
INSERT INTO issue_email_participants
SELECT row_number() OVER (ORDER BY i.id, x.n), i.id, i.created_at AT TIME ZONE 'UTC', i.created_at AT TIME ZONE 'UTC',
  CASE x.n WHEN 1 THEN i.service_desk_reply_to ELSE (SELECT email FROM glgen.cu WHERE k = 1 + fixture_gen.n('iepc', i.id, 160)) END
FROM issues i CROSS JOIN (VALUES (1), (2)) x(n)
WHERE i.service_desk_reply_to IS NOT NULL AND (x.n = 1 OR i.id % 4 = 0);

CREATE TABLE service_desk_settings (
    project_id bigint NOT NULL PRIMARY KEY,
    issue_template_key character varying(255),
    outgoing_name character varying(255),
    project_key character varying(255),
    file_template_project_id bigint,
    custom_email text,
    custom_email_enabled boolean DEFAULT false NOT NULL,
    add_external_participants_from_cc boolean DEFAULT false NOT NULL
);
INSERT INTO service_desk_settings VALUES
  (8, 'customer-request', 'Tidewater Support', 'support', NULL, 'support@tidewater.example', true, true),
  (11, NULL, 'Tidewater Security', 'security', NULL, 'security@tidewater.example', true, false),
  (9, 'new-hire', 'People Ops', 'onboarding', 19, NULL, false, false);

CREATE TABLE merge_requests (
    id bigint NOT NULL PRIMARY KEY,
    target_branch character varying NOT NULL,
    source_branch character varying NOT NULL,
    source_project_id bigint,
    author_id bigint,
    assignee_id bigint,
    title character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    merge_status character varying DEFAULT 'unchecked'::character varying NOT NULL,
    target_project_id bigint NOT NULL,
    iid integer,
    description text,
    updated_by_id bigint,
    merge_error text,
    merge_params text,
    merge_when_pipeline_succeeds boolean DEFAULT false NOT NULL,
    merge_user_id bigint,
    merge_commit_sha character varying,
    title_html text,
    description_html text,
    squash boolean DEFAULT false NOT NULL,
    last_edited_at timestamp without time zone,
    last_edited_by_id bigint,
    head_pipeline_id bigint,
    state_id smallint DEFAULT 1 NOT NULL,
    rebase_jid character varying,
    squash_commit_sha bytea,
    merged_commit_sha bytea,
    draft boolean DEFAULT false NOT NULL
);
CREATE TABLE glgen.mr AS
SELECT k AS id, (ARRAY[3, 4, 5, 6, 7, 12, 13, 14, 15, 17, 18, 19, 1, 2, 26, 20, 21])[1 + fixture_gen.n('mpr', k, 17)] AS pr,
  CASE WHEN k % 9 = 0 THEN 308 ELSE glgen.pp('mau', k) END AS au, glgen.pp('mas', k) AS asg, glgen.at('mcr', k) AS cr,
  fixture_gen.n('mst', k, 10) AS st, 151 + fixture_gen.n('mis', k, 180) AS iss
FROM generate_series(1, 210) k;
INSERT INTO merge_requests
SELECT m.id,
  CASE WHEN m.pr IN (14, 15) AND m.id % 3 = 0 THEN 'production' ELSE 'main' END,
  CASE WHEN m.au = 308 THEN 'renovate/' || fixture_gen.pick(ARRAY['spring-boot-3.x', 'major-kotlin-monorepo', 'node-20.x', 'terraform-aws-provider-5.x', 'gradle-8.x', 'lock-file-maintenance'], 'mrb', m.id)
       WHEN m.id % 3 = 0 THEN i.iid || '-' || regexp_replace(regexp_replace(lower(left(i.title, 40)), '[^a-z0-9]+', '-', 'g'), '-$', '')
       ELSE fixture_gen.pick(ARRAY['feature/', 'fix/', 'chore/', 'refactor/'], 'mbp', m.id) || 'OPS-' || (1000 + m.id * 7)::text || '-' || fixture_gen.pick(ARRAY['retry-cusres', 'crane-overlap', 'eta-alert', 'rate-limit', 'gp3-volumes', 'camera-permission', 'pdf-403', 'kafka-race'], 'mbs', m.id) END,
  m.pr, m.au, m.asg,
  CASE WHEN m.au = 308 THEN 'chore(deps): update ' || fixture_gen.pick(ARRAY['dependency org.springframework.boot:spring-boot-starter-parent to v3.2.5', 'kotlin monorepo to v2 (major)', 'node.js to v20.13.1', 'terraform aws to v5.49.0', 'gradle to v8.7', 'lock file maintenance'], 'mrb', m.id)
       WHEN m.id % 3 = 0 THEN 'Resolve "' || i.title || '"'
       ELSE CASE WHEN m.st = 0 THEN 'Draft: ' ELSE '' END || fixture_gen.pick(ARRAY['Retry CUSRES parsing after segment mismatch', 'Fix crane overlap for split calls', 'Add ETA deviation alert', 'Rate limit vessel calls API per key',
          'Move RDS volumes to gp3', 'Handle denied camera permission', 'Fix 403 on legacy release order PDFs', 'Stabilise ContainerEventConsumerIT', 'Bump base image to Ubuntu 24.04', 'Add OpenTelemetry tracing to gate-ocr'], 'mtt', m.id) END,
  m.cr, m.cr + make_interval(hours => 2 + fixture_gen.n('mup', m.id, 300)),
  CASE WHEN m.st < 7 THEN 'can_be_merged' WHEN m.st = 7 THEN 'cannot_be_merged' ELSE 'unchecked' END,
  m.pr, row_number() OVER (PARTITION BY m.pr ORDER BY m.id),
  CASE WHEN m.au = 308 THEN E'This MR contains the following updates:\n\n| Package | Update | Change |\n|---|---|---|\n| spring-boot | minor | `3.1.11` -> `3.2.5` |\n\n---\n\n### Configuration\n\n📅 **Schedule**: Branch creation - At any time.\n\nThis MR has been generated by [Renovate Bot](https://github.com/renovatebot/renovate).'
       ELSE glgen.fill(fixture_gen.pick(ARRAY[
         E'## What does this MR do?\n\nRetries once before dropping the message.\n\nCloses #{n}',
         E'Fixes the overlap by rounding to the crane''s move window.\n\n/assign_reviewer @{u}',
         E'Tested with the booking of {cfull} ({ccompany}) that support escalated; the PDF now downloads.\n\nCloses #{n}',
         E'Adds the alert and a feature flag `eta_deviation_alert`.\n\nCo-authored-by: {ofull} <{oemail}>',
         E'Needs a maintenance window, see runbook. @{u} please approve.',
         '', E'## Checklist\n\n- [x] Tests added\n- [ ] Changelog entry'], 'mds', m.id), m.au, m.asg, 1 + fixture_gen.n('mcu', m.id, 160), m.id) END,
  m.asg,
  CASE WHEN m.st = 7 THEN fixture_gen.pick(ARRAY['Merge request is not mergeable', 'Something went wrong during merge pre-receive hook. Please try again.', 'Rebase failed: Rebase locally, resolve all conflicts, then push the branch.'], 'mer', m.id) END,
  E'---\nforce_remove_source_branch: ''1''\n' || CASE WHEN m.st BETWEEN 1 AND 5 THEN 'sha: ' || glgen.hx('msha', m.id, 40) || E'\nsquash: false\n' ELSE '' END,
  m.st = 6, CASE WHEN m.st BETWEEN 1 AND 5 THEN m.asg END,
  CASE WHEN m.st BETWEEN 1 AND 5 THEN glgen.hx('mcs', m.id, 40) END,
  NULL, NULL, m.id % 4 = 0,
  CASE WHEN m.id % 5 = 0 THEN m.cr + interval '1 hour' END, CASE WHEN m.id % 5 = 0 THEN m.au END,
  1000 + m.id * 3,
  CASE WHEN m.st BETWEEN 1 AND 5 THEN 3 WHEN m.st = 9 THEN 2 ELSE 1 END,
  CASE WHEN m.st = 8 THEN glgen.hx('mjid', m.id, 24) END,
  CASE WHEN m.id % 4 = 0 AND m.st BETWEEN 1 AND 5 THEN decode(glgen.hx('msq', m.id, 40), 'hex') END,
  CASE WHEN m.st BETWEEN 1 AND 5 THEN decode(glgen.hx('mcs', m.id, 40), 'hex') END,
  m.st = 0
FROM glgen.mr m JOIN issues i ON i.id = m.iss ORDER BY m.id;
UPDATE merge_requests SET title_html = replace(replace(title, '&', '&amp;'), '"', '&quot;'), description_html = glgen.md(description);

-- Notes: replies, internal notes and system notes on issues, diff notes on
-- merge requests, commit comments.
CREATE TABLE glgen.nt (kind text, k int, body text, sys boolean, internal boolean, bot boolean);
INSERT INTO glgen.nt VALUES
  ('sd', 0, E'Dear {cfirst},\n\nthank you for your message. The hold on {cont} was lifted this morning; the terminal confirms the release.\n\nBest regards\n{full}\nTidewater Support', false, false, false),
  ('sd', 1, E'Thanks, that worked. Please send the release order to our dispatcher as well.\n\n{cfull}\n{ccompany}\n{cphone}', false, false, true),
  ('sd', 2, E'Called {cfirst} on {cphone}, the documents will be resent today. @{u} please check with the terminal.', false, true, false),
  ('sd', 3, E'Key account, managed by @{u}. Please answer within 2 hours.', false, true, false),
  ('sd', 4, E'Hello again, still nothing. Our driver is waiting, please call me: {cphone}\n\n{cfull}', false, false, true),
  ('sd', 5, E'Attached the signed CMR: [CMR_scan.pdf](/uploads/' || '{hex}/CMR_{cfirst}_{n}.pdf)', false, false, true),
  ('sd', 6, 'assigned to @{me}', true, false, false),
  ('sd', 7, 'added ~"support::waiting" label', true, false, false),
  ('on', 0, E'@{u} laptop shipped via DHL, tracking JJD00039{n}4471. Delivery to {addr}.', false, false, false),
  ('on', 1, E'Okta account created, welcome mail sent to {pemail}.', false, false, false),
  ('on', 2, E'Buddy will be @{u}. First day lunch booked.', false, false, false),
  ('on', 3, 'changed the description', true, false, false),
  ('off', 0, 'Laptop returned and wiped. GitLab account blocked.', false, false, false),
  ('off', 1, E'@{u} please confirm the mail forwarding until end of quarter.', false, false, false),
  ('off', 2, 'closed', true, false, false),
  ('sec', 0, E'Triaged as medium. Bounty of 500 EUR approved, paid to {iban}.', false, true, false),
  ('sec', 1, E'Fixed in !{n}, deployed to production.', false, false, false),
  ('sec', 2, 'marked this issue as confidential', true, false, false),
  ('eng', 0, 'I can reproduce this on staging.', false, false, false),
  ('eng', 1, E'@{u} could you have a look?', false, false, false),
  ('eng', 2, 'LGTM :thumbsup:', false, false, false),
  ('eng', 3, E'{cfull} from {ccompany} called again about this, please prioritise.', false, true, false),
  ('eng', 4, E'Stack trace:\n\n```\njava.lang.IllegalStateException: segment count mismatch (expected 42, got 41)\n\tat com.tidewater.edifact.UntValidator.check(UntValidator.java:88)\n```', false, false, false),
  ('eng', 5, 'mentioned in merge request !{n}', true, false, false),
  ('eng', 6, 'assigned to @{u}', true, false, false),
  ('eng', 7, 'changed due date to June 14, 2024', true, false, false),
  ('mr', 0, 'nit: use `Optional.ofNullable` here', false, false, false),
  ('mr', 1, 'This query needs the index on (terminal_id, event_time), otherwise it scans the whole table.', false, false, false),
  ('mr', 2, 'Why do we swallow the exception here?', false, false, false),
  ('mr', 3, E'Suggestion:\n\n```suggestion:-0+0\nreturn List.of();\n```', false, false, false),
  ('mr', 4, 'approved this merge request', true, false, false),
  ('mr', 5, E'@{u} rebased, ready for another look.', false, false, false),
  ('mr', 6, 'added 3 commits', true, false, false),
  ('commit', 0, 'This broke the nightly build, reverting.', false, false, false),
  ('commit', 1, 'Nice catch!', false, false, false);

CREATE TABLE notes (
    id bigint NOT NULL PRIMARY KEY,
    note text,
    noteable_type character varying,
    author_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint,
    attachment character varying,
    line_code character varying,
    commit_id character varying,
    noteable_id bigint,
    system boolean DEFAULT false NOT NULL,
    updated_by_id bigint,
    type character varying,
    position text,
    original_position text,
    resolved_at timestamp without time zone,
    resolved_by_id bigint,
    discussion_id character varying,
    note_html text,
    last_edited_at timestamp with time zone,
    internal boolean DEFAULT false NOT NULL,
    namespace_id bigint
);
CREATE TABLE glgen.n AS
SELECT row_number() OVER (ORDER BY x.src, x.sid, x.j) AS id, x.* FROM (
  SELECT 1 AS src, i.id AS sid, j, s.kind, s.project_id AS pr, s.per, s.oth, s.cu, i.created_at + make_interval(hours => j * (1 + fixture_gen.n('nh', i.id * 10 + j, 30))) AS cr
  FROM issues i JOIN glgen.iss s ON s.id = i.id, generate_series(1, 4) j WHERE j <= 1 + i.id % 4
  UNION ALL
  SELECT 2, m.id, j, 'mr', m.target_project_id, m.author_id, m.assignee_id, 1, m.created_at + make_interval(hours => j * 3) FROM merge_requests m, generate_series(1, 3) j WHERE j <= 1 + m.id % 3
  UNION ALL
  SELECT 3, k, 1, 'commit', (ARRAY[3, 5, 7, 14])[1 + k % 4], glgen.pp('ncp', k), glgen.pp('nco', k), 1, glgen.at('ncc', k) FROM generate_series(1, 20) k
) x;
INSERT INTO notes
SELECT n.id,
  glgen.fill(replace(t.body, '{hex}', glgen.hx('upl', n.id, 32)), n.per, n.oth, n.cu, n.id),
  CASE n.src WHEN 1 THEN 'Issue' WHEN 2 THEN 'MergeRequest' ELSE 'Commit' END,
  CASE WHEN t.bot THEN 302 WHEN t.sys AND n.kind = 'mr' THEN n.per WHEN n.kind IN ('sd', 'sec') THEN n.per ELSE CASE WHEN n.j % 2 = 0 THEN n.oth ELSE n.per END END,
  n.cr, n.cr + make_interval(mins => fixture_gen.n('nup', n.id, 90)), n.pr,
  CASE WHEN n.kind = 'sd' AND n.cr < timestamp '2020-06-01' AND n.id % 2 = 0 THEN fixture_gen.pick(ARRAY['Lieferschein_{clast}.pdf', 'image.png', 'CMR_{clast}_signed.pdf', 'Vollmacht {cfull}.pdf', 'screenshot.png'], 'natt', n.id) END,
  CASE WHEN n.kind = 'mr' AND NOT t.sys THEN substr(encode(sha256(convert_to('src/main/kotlin/com/tidewater/' || n.pr || '/Handler.kt', 'UTF8')), 'hex'), 1, 40) || '_' || (10 + n.id % 200)::text || '_' || (12 + n.id % 200)::text END,
  CASE WHEN n.src = 3 THEN glgen.hx('ncm', n.sid, 40) END,
  n.sid, t.sys, NULL,
  CASE WHEN n.kind = 'mr' AND NOT t.sys THEN 'DiffNote' WHEN n.src = 1 AND NOT t.sys AND n.j > 1 AND n.id % 3 = 0 THEN 'DiscussionNote' END,
  CASE WHEN n.kind = 'mr' AND NOT t.sys THEN jsonb_build_object('base_sha', glgen.hx('nbs', n.sid, 40), 'start_sha', glgen.hx('nss', n.sid, 40), 'head_sha', glgen.hx('nhs', n.sid, 40),
    'old_path', 'src/main/kotlin/com/tidewater/' || n.pr || '/Handler.kt', 'new_path', 'src/main/kotlin/com/tidewater/' || n.pr || '/Handler.kt', 'position_type', 'text',
    'old_line', 10 + n.id % 200, 'new_line', 12 + n.id % 200, 'line_range', NULL, 'ignore_whitespace_change', false)::text END,
  NULL,
  CASE WHEN n.kind = 'mr' AND NOT t.sys AND n.id % 2 = 0 THEN n.cr + interval '5 hours' END,
  CASE WHEN n.kind = 'mr' AND NOT t.sys AND n.id % 2 = 0 THEN n.per END,
  glgen.hx('ndi', CASE WHEN n.src = 1 AND n.j > 1 AND n.id % 3 = 0 THEN n.id - 1 ELSE n.id END, 40),
  NULL,
  CASE WHEN n.id % 11 = 0 THEN (n.cr + interval '10 minutes') AT TIME ZONE 'UTC' END,
  t.internal, 5000 + n.pr
FROM glgen.n n JOIN glgen.nt t ON t.kind = n.kind AND t.k = fixture_gen.n('ntk', n.id, CASE n.kind WHEN 'sd' THEN 8 WHEN 'on' THEN 4 WHEN 'off' THEN 3 WHEN 'sec' THEN 3 WHEN 'eng' THEN 8 WHEN 'mr' THEN 7 ELSE 2 END)
ORDER BY n.id;
UPDATE notes n SET attachment = replace(replace(n.attachment, '{clast}', c.last), '{cfull}', c.first || ' ' || c.last) FROM glgen.n g JOIN glgen.cu c ON c.k = g.cu WHERE g.id = n.id AND n.attachment IS NOT NULL;
UPDATE notes SET original_position = position, note_html = glgen.md(note);

-- CI/CD variables, encrypted with the instance key (attr_encrypted).
CREATE TABLE ci_variables (
    id bigint NOT NULL PRIMARY KEY,
    key character varying NOT NULL,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    project_id bigint NOT NULL,
    protected boolean DEFAULT false NOT NULL,
    environment_scope character varying DEFAULT '*'::character varying NOT NULL,
    masked boolean DEFAULT false NOT NULL,
    variable_type smallint DEFAULT 1 NOT NULL
);
INSERT INTO ci_variables
SELECT row_number() OVER (ORDER BY p.id, v.k), v.key, glgen.b64('cve', p.id * 100 + v.k, 24 + (v.k * 13) % 120), '_' || glgen.b64('cvs', p.id * 100 + v.k, 12), glgen.b64('cvi', p.id * 100 + v.k, 12),
  p.id, v.k % 3 <> 0, CASE WHEN v.k IN (3, 5) THEN fixture_gen.pick(ARRAY['production', 'staging', 'review/*', '*'], 'cvsc', p.id * 100 + v.k) ELSE '*' END, v.k NOT IN (5, 9, 12), CASE WHEN v.k IN (5, 10) THEN 2 ELSE 1 END
FROM projects p CROSS JOIN (VALUES (1, 'AWS_ACCESS_KEY_ID'), (2, 'AWS_SECRET_ACCESS_KEY'), (3, 'DATABASE_URL'), (4, 'SONAR_TOKEN'), (5, 'KUBECONFIG'), (6, 'SLACK_WEBHOOK_URL'),
  (7, 'DOCKER_AUTH_CONFIG'), (8, 'NPM_TOKEN'), (9, 'SENTRY_DSN'), (10, 'GPG_PRIVATE_KEY'), (11, 'APP_STORE_CONNECT_API_KEY'), (12, 'LOG_LEVEL')) v(k, key)
WHERE p.namespace_id < 1000 AND fixture_gen.n('cvon', p.id * 100 + v.k, 3) <> 0;

CREATE TABLE ci_runners (
    id bigint NOT NULL PRIMARY KEY,
    created_at timestamp without time zone,
    description character varying,
    contacted_at timestamp without time zone,
    active boolean DEFAULT true NOT NULL,
    version character varying,
    revision character varying,
    platform character varying,
    architecture character varying,
    ip_address character varying,
    runner_type smallint NOT NULL,
    token_encrypted character varying,
    maintainer_note text,
    creator_id bigint,
    executor_type smallint
);
INSERT INTO ci_runners
SELECT k, glgen.at('rcr', k), d, CASE WHEN k <> 9 THEN glgen.late('rco', k) END, k <> 9, v, glgen.hx('rrev', k, 8), pl, ar, ip, rt,
  glgen.b64('rtok', k, 48), mn, CASE WHEN rt = 1 THEN 1 ELSE glgen.pp('rcreat', k) END, ex
FROM (VALUES
  (1, 'shared-docker-autoscaler-01 (AWS eu-central-1)', '16.11.1', 'linux', 'amd64', '10.40.12.21', 1, 'Owned by Platform. Autoscaling config in infrastructure/terraform-aws.', 7),
  (2, 'shared-docker-autoscaler-02 (AWS eu-central-1)', '16.11.1', 'linux', 'amd64', '10.40.12.22', 1, NULL, 7),
  (3, 'hh-k8s-runner', '16.10.0', 'linux', 'amd64', '172.16.8.40', 1, 'Kubernetes executor in the Hamburg DC cluster. Escalation: on-call SRE.', 8),
  (4, 'arm64-builder', '16.9.1', 'linux', 'arm64', '10.40.14.7', 1, NULL, 1),
  (5, 'macos-m2-ios-builds', '16.11.0', 'darwin', 'arm64', '192.168.30.12', 2, 'Mac mini M2 under the desk of Rui Martins in the Porto office, call +351 912 480 311 if it is offline.', 1),
  (6, 'windows-2022-edi-tests', '16.8.0', 'windows', 'amd64', '10.40.16.5', 2, NULL, 2),
  (7, 'customs-project-runner', '16.11.1', 'linux', 'amd64', '10.40.12.55', 3, NULL, 1),
  (8, 'gpu-ocr-trainer', '16.7.1', 'linux', 'amd64', '10.40.20.3', 3, 'A10G instance, only tag gpu. Ask Minji Kim (@mkim) before changing.', 1),
  (9, 'old-shell-runner-bastion', '15.11.0', 'linux', 'amd64', '203.0.113.44', 1, 'Decommissioned 2024-01. Keep for audit.', 3),
  (10, 'pune-k8s-runner', '16.10.0', 'linux', 'amd64', '10.60.2.14', 2, NULL, 8),
  (11, 'seoul-k8s-runner', '16.10.0', 'linux', 'amd64', '10.70.2.14', 2, NULL, 8),
  (12, 'terraform-plan-runner', '16.11.1', 'linux', 'amd64', '10.40.12.77', 3, 'Has the terraform IAM role. Protected branches only.', 1)
) v(k, d, v, pl, ar, ip, rt, mn, ex);

CREATE TABLE ci_builds (
    id bigint NOT NULL PRIMARY KEY,
    status character varying,
    finished_at timestamp without time zone,
    created_at timestamp without time zone,
    coverage double precision,
    name character varying,
    options text,
    stage character varying,
    ref character varying,
    project_id bigint,
    yaml_variables text,
    failure_reason integer,
    token_encrypted character varying,
    user_id bigint,
    runner_id bigint
);
INSERT INTO ci_builds
SELECT k, st, CASE WHEN st IN ('success', 'failed', 'canceled') THEN glgen.at('bcr', k) + make_interval(secs => 60 + fixture_gen.n('bdu', k, 1800)) END, glgen.at('bcr', k),
  CASE WHEN jn = 'test' AND st = 'success' THEN round((60 + fixture_gen.n('bcv', k, 3900) / 100.0)::numeric, 2)::float8 END,
  jn,
  E'---\n:image:\n  :name: ' || CASE jn WHEN 'build' THEN 'gradle:8.7-jdk21' WHEN 'test' THEN 'gradle:8.7-jdk21' WHEN 'deploy' THEN 'registry.tidewater.example/platform/kubectl:1.29' ELSE 'alpine:3.19' END
    || E'\n:script:\n' || CASE jn WHEN 'build' THEN E'- ./gradlew assemble\n' WHEN 'test' THEN E'- ./gradlew check\n' WHEN 'deploy' THEN E'- kubectl apply -k overlays/$CI_ENVIRONMENT_NAME\n' WHEN 'container_scanning' THEN E'- /analyzer run\n' ELSE E'- echo "Releasing $CI_COMMIT_TAG"\n- release-cli create --name "$CI_COMMIT_TAG"\n' END
    || E':job_timeout: 3600\n',
  CASE jn WHEN 'build' THEN 'build' WHEN 'test' THEN 'test' WHEN 'container_scanning' THEN 'test' ELSE 'deploy' END,
  CASE WHEN jn = 'release' THEN 'v' || (1 + k % 4) || '.' || (k % 17) || '.' || (k % 5) WHEN k % 3 = 0 THEN 'main' ELSE fixture_gen.pick(ARRAY['feature/OPS-1007-eta-alert', 'renovate/gradle-8.x', 'fix/OPS-1091-pdf-403', 'main'], 'bref', k) END,
  pr,
  CASE WHEN jn = 'test' AND pr IN (3, 5, 6, 7) THEN E'---\n- :key: DATABASE_URL\n  :value: postgres://app:' || 'test-' || glgen.rs('bdbp', pr, 10) || E'@postgres:5432/app_test\n  :public: true\n- :key: POSTGRES_PASSWORD\n  :value: test-' || glgen.rs('bdbp', pr, 10) || E'\n  :public: true\n'
       WHEN jn = 'deploy' AND pr = 16 THEN E'---\n- :key: ANSIBLE_HOST_KEY_CHECKING\n  :value: ''false''\n  :public: true\n- :key: VAULT_TOKEN\n  :value: hvs.' || glgen.rs('bvt', k, 24) || E'\n  :public: true\n'
       WHEN jn = 'build' THEN E'---\n- :key: GRADLE_OPTS\n  :value: "-Dorg.gradle.daemon=false"\n  :public: true\n'
       ELSE E'--- []\n' END,
  CASE WHEN st = 'failed' THEN (ARRAY[1, 1, 1, 3, 4, 12])[1 + fixture_gen.n('bfr', k, 6)] END,
  CASE WHEN st IN ('running', 'pending') OR k % 3 = 0 THEN glgen.b64('btok', k, 48) END,
  CASE WHEN k % 11 = 0 THEN 308 ELSE glgen.pp('bus', k) END,
  CASE WHEN st = 'pending' THEN NULL WHEN pr IN (12, 13) THEN 5 WHEN pr = 14 THEN 12 ELSE 1 + fixture_gen.n('brn', k, 4) END
FROM (SELECT k, (ARRAY['success', 'success', 'success', 'success', 'success', 'failed', 'canceled', 'running', 'pending', 'skipped'])[1 + fixture_gen.n('bst', k, 10)] AS st,
             (ARRAY['build', 'test', 'container_scanning', 'deploy', 'release'])[1 + k % 5] AS jn,
             (ARRAY[3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18, 26])[1 + fixture_gen.n('bpr', k / 5, 13)] AS pr
      FROM generate_series(1, 300) k) b;

CREATE TABLE ci_pipeline_schedules (
    id bigint NOT NULL PRIMARY KEY,
    description character varying,
    ref character varying,
    cron character varying,
    cron_timezone character varying,
    next_run_at timestamp without time zone,
    project_id bigint,
    owner_id bigint,
    active boolean DEFAULT true,
    created_at timestamp without time zone
);
INSERT INTO ci_pipeline_schedules
SELECT k, d, r, c, tz, timestamp '2024-06-01 02:00:00' + make_interval(hours => k), pr, glgen.pp('sown', k), k % 6 <> 0, glgen.at('scr', k)
FROM (VALUES
  (1, 'Nightly build', 'main', '0 2 * * *', 'UTC', 3), (2, 'Nightly build', 'main', '0 2 * * *', 'UTC', 5), (3, 'Weekly dependency scan', 'main', '0 6 * * 1', 'Europe/Berlin', 1),
  (4, 'Renovate', 'main', '*/30 * * * *', 'UTC', 20), (5, 'Terraform drift check', 'main', '0 7 * * 1-5', 'Europe/Berlin', 14), (6, 'Old: staging smoke tests', 'develop', '0 */4 * * *', 'UTC', 6),
  (7, 'dbt full refresh', 'main', '30 3 * * 0', 'Asia/Kolkata', 17), (8, 'Export vessel calls to data lake', 'main', '15 * * * *', 'UTC', 18), (9, 'Rebuild runner images', 'main', '0 4 1 * *', 'UTC', 21),
  (10, 'Nightly e2e on Android emulator', 'main', '0 1 * * *', 'Asia/Seoul', 12), (11, 'Nightly e2e iOS', 'main', '0 1 * * *', 'Asia/Seoul', 13), (12, 'Handbook link checker', 'main', '0 9 * * 1', 'America/Toronto', 19),
  (13, 'Mirror sync', 'main', '*/15 * * * *', 'UTC', 23), (14, 'Rotate staging DB credentials', 'main', '0 5 1 * *', 'Europe/Berlin', 15)
) v(k, d, r, c, tz, pr);

-- Webhooks: the URL, token and URL variables are stored encrypted.
CREATE TABLE web_hooks (
    id bigint NOT NULL PRIMARY KEY,
    project_id bigint,
    created_at timestamp without time zone NOT NULL,
    type character varying DEFAULT 'ProjectHook'::character varying,
    push_events boolean DEFAULT true NOT NULL,
    issues_events boolean DEFAULT false NOT NULL,
    enable_ssl_verification boolean DEFAULT true,
    encrypted_token character varying,
    encrypted_token_iv character varying,
    encrypted_url character varying,
    encrypted_url_iv character varying,
    encrypted_url_variables bytea,
    encrypted_url_variables_iv bytea,
    name text,
    description text
);
INSERT INTO web_hooks
SELECT k, CASE WHEN k <= 3 THEN NULL ELSE (ARRAY[3, 5, 6, 7, 8, 12, 14, 15, 17, 19, 26])[1 + k % 11] END, glgen.at('whc', k),
  CASE WHEN k <= 3 THEN 'SystemHook' ELSE 'ProjectHook' END, k % 4 <> 0, k % 3 = 0, k <> 7,
  CASE WHEN k % 2 = 0 THEN glgen.b64('wht', k, 48) END, CASE WHEN k % 2 = 0 THEN glgen.b64('whti', k, 12) END,
  glgen.b64('whu', k, 64 + (k * 7) % 60), glgen.b64('whui', k, 12),
  CASE WHEN k % 5 = 0 THEN sha512(convert_to('whv' || k, 'UTF8')) END, CASE WHEN k % 5 = 0 THEN substr(sha256(convert_to('whvi' || k, 'UTF8')), 1, 12) END,
  fixture_gen.pick(ARRAY['Slack #deploys', 'Jenkins trigger', 'Argo CD refresh', 'Backstage catalog', 'Teams channel', 'Audit log forwarder', 'Jira sync', NULL], 'whn', k),
  CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Notifies the deploy channel on tag pushes.', 'Triggers the legacy Jenkins job for EDI regression tests.', 'Forwards system events to the SIEM.'], 'whd', k) END
FROM generate_series(1, 28) k;

CREATE TABLE integrations (
    id bigint NOT NULL PRIMARY KEY,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    active boolean DEFAULT false NOT NULL,
    properties text,
    push_events boolean DEFAULT true,
    issues_events boolean DEFAULT true,
    category character varying DEFAULT 'common'::character varying NOT NULL,
    instance boolean DEFAULT false NOT NULL,
    encrypted_properties bytea,
    encrypted_properties_iv bytea,
    type_new text
);
INSERT INTO integrations
SELECT k, pr, glgen.at('inc', k), glgen.late('inu', k), act,
  CASE WHEN legacy THEN props END, true, k % 2 = 0, cat, pr IS NULL,
  CASE WHEN NOT legacy THEN sha512(convert_to('inp' || k, 'UTF8')) || sha512(convert_to('inq' || k, 'UTF8')) END,
  CASE WHEN NOT legacy THEN substr(sha256(convert_to('ini' || k, 'UTF8')), 1, 12) END,
  tn
FROM (VALUES
  (1, 3, true, true, 'chat', 'Integrations::Slack', '{"webhook":"https://hooks.slack.com/services/' || 'T02H7K9QX/B05' || upper(glgen.rs('slk1', 1, 8)) || '/' || glgen.rs('slk2', 1, 24) || '","username":"gitlab","channel":"#customs-dev","notify_only_broken_pipelines":true,"branches_to_be_notified":"default"}'),
  (2, 5, true, true, 'chat', 'Integrations::Slack', '{"webhook":"https://hooks.slack.com/services/' || 'T02H7K9QX/B05' || upper(glgen.rs('slk1', 2, 8)) || '/' || glgen.rs('slk2', 2, 24) || '","username":"","channel":"#pcs-alerts","notify_only_broken_pipelines":false}'),
  (3, 3, true, true, 'issue_tracker', 'Integrations::Jira', '{"url":"https://tidewater.atlassian.net","api_url":"","username":"jira-sync@tidewater.example","password":"' || 'ATATT3x' || glgen.rs('jira', 3, 40) || '","jira_issue_transition_id":"31"}'),
  (4, 8, true, false, 'chat', 'Integrations::MicrosoftTeams', NULL),
  (5, 14, true, false, 'ci', 'Integrations::Jenkins', NULL),
  (6, NULL, true, false, 'issue_tracker', 'Integrations::Jira', NULL),
  (7, 12, true, true, 'chat', 'Integrations::Discord', '{"webhook":"https://discord.com/api/webhooks/' || glgen.dg('dsc', 7, 18) || '/' || glgen.b64url('dsct', 7, 51) || '"}'),
  (8, 6, true, false, 'monitoring', 'Integrations::Prometheus', NULL),
  (9, 26, false, true, 'ci', 'Integrations::Buildkite', '{"project_url":"https://buildkite.com/tidewater/gate-ocr","token":"' || glgen.hx('bk', 9, 40) || '","enable_ssl_verification":true}'),
  (10, 19, true, false, 'common', 'Integrations::Confluence', NULL),
  (11, 7, true, true, 'chat', 'Integrations::Mattermost', '{"webhook":"https://chat.tidewater.example/hooks/' || lower(glgen.rs('mmh', 11, 26)) || '","username":"gitlab","channel":"container-tracking"}'),
  (12, 13, true, false, 'ci', 'Integrations::Pipelines::AppleAppStore', NULL),
  (13, 17, false, true, 'common', 'Integrations::Pushover', '{"api_key":"' || lower(glgen.rs('pov', 13, 30)) || '","user_key":"' || lower(glgen.rs('povu', 13, 30)) || '","device":"","priority":"0","sound":"pushover"}'),
  (14, 15, true, false, 'issue_tracker', 'Integrations::CustomIssueTracker', NULL)
) v(k, pr, act, legacy, cat, tn, props);

-- Audit events: details is the YAML GitLab serializes.
CREATE TABLE audit_events (
    id bigint NOT NULL PRIMARY KEY,
    author_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    entity_type character varying NOT NULL,
    details text,
    created_at timestamp without time zone NOT NULL,
    ip_address inet,
    author_name text,
    entity_path text,
    target_details text,
    target_id bigint
);
CREATE TABLE glgen.ae AS
SELECT k, glgen.pp('aea', k) AS au, glgen.pp('aet', k) AS tg, fixture_gen.n('aek', k, 9) AS kind, 1 + fixture_gen.n('aeg', k, 10) AS grp, glgen.late('aec', k) AS cr FROM generate_series(1, 320) k;
INSERT INTO audit_events
SELECT a.k, CASE WHEN a.kind = 8 THEN 1 ELSE a.au END,
  CASE WHEN a.kind IN (0, 1, 2, 3) THEN a.tg WHEN a.kind IN (4, 5) THEN a.grp ELSE (ARRAY[3, 8, 9, 14, 15])[1 + a.k % 5] END,
  CASE WHEN a.kind IN (0, 1, 2, 3) THEN 'User' WHEN a.kind IN (4, 5) THEN 'Group' ELSE 'Project' END,
  E'---\n:author_name: ' || CASE WHEN a.kind = 8 THEN 'Administrator' ELSE au.first || ' ' || au.last END
  || E'\n:author_class: User\n:target_id: ' || CASE WHEN a.kind IN (6, 7) THEN (a.k * 7)::text ELSE a.tg::text END
  || E'\n:target_type: ' || CASE a.kind WHEN 6 THEN 'PersonalAccessToken' WHEN 7 THEN 'Ci::Variable' ELSE 'User' END
  || E'\n:target_details: ' || CASE a.kind WHEN 6 THEN 'api-scripts' WHEN 7 THEN 'AWS_SECRET_ACCESS_KEY' ELSE tg.first || ' ' || tg.last END
  || CASE a.kind
       WHEN 0 THEN E'\n:change: email\n:from: ' || tg.email || E'\n:to: ' || tg.pemail
       WHEN 1 THEN E'\n:custom_message: Changed password'
       WHEN 2 THEN E'\n:custom_message: Added SSH key'
       WHEN 3 THEN E'\n:custom_message: User ' || tg.uname || ' blocked: leaver'
       WHEN 4 THEN E'\n:add: user_access\n:as: Developer'
       WHEN 5 THEN E'\n:remove: user_access'
       WHEN 6 THEN E'\n:custom_message: Created personal access token with id ' || (a.k * 7)::text
       WHEN 7 THEN E'\n:custom_message: Changed variable AWS_SECRET_ACCESS_KEY'
       ELSE E'\n:custom_message: Impersonated ' || tg.uname || ' for support case IT-' || (5000 + a.k)::text END
  || E'\n:ip_address: ' || au.ip || E'\n:entity_path: ' || CASE WHEN a.kind IN (0, 1, 2, 3) THEN tg.uname WHEN a.kind IN (4, 5) THEN 'tidewater/' || g.path ELSE 'tidewater/project-' || (a.k % 5) END || E'\n',
  a.cr, au.ip::inet,
  CASE WHEN a.kind = 8 THEN 'Administrator' ELSE au.first || ' ' || au.last END,
  CASE WHEN a.kind IN (0, 1, 2, 3) THEN tg.uname WHEN a.kind IN (4, 5) THEN CASE WHEN g.parent IS NULL THEN g.path ELSE 'tidewater/' || g.path END
       ELSE (SELECT CASE WHEN gg.parent IS NULL THEN gg.path ELSE 'tidewater/' || gg.path END || '/' || pr.path FROM glgen.pr pr JOIN glgen.g gg ON gg.id = pr.ns WHERE pr.id = (ARRAY[3, 8, 9, 14, 15])[1 + a.k % 5]) END,
  CASE a.kind WHEN 6 THEN 'api-scripts' WHEN 7 THEN 'AWS_SECRET_ACCESS_KEY' WHEN 0 THEN tg.pemail ELSE tg.first || ' ' || tg.last END,
  CASE WHEN a.kind IN (6, 7) THEN a.k * 7 ELSE a.tg END
FROM glgen.ae a JOIN glgen.p au ON au.i = a.au JOIN glgen.p tg ON tg.i = a.tg JOIN glgen.g g ON g.id = a.grp;
UPDATE audit_events SET details = replace(details, 'tidewater/project-' || (id % 5), entity_path) WHERE entity_type = 'Project';

CREATE TABLE authentication_events (
    id bigint NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    user_id bigint,
    result smallint NOT NULL,
    ip_address inet,
    provider text NOT NULL,
    user_name text NOT NULL
);
INSERT INTO authentication_events
SELECT k, glgen.late('auc', k) AT TIME ZONE 'UTC', CASE WHEN r = 0 AND k % 4 = 0 THEN NULL ELSE p.i END, r,
  CASE WHEN k % 9 = 0 THEN fixture_gen.ipv4('aui', k) ELSE p.ip END::inet,
  CASE p.auth WHEN 'ldap' THEN 'ldapmain' WHEN 'saml' THEN 'saml' ELSE fixture_gen.pick(ARRAY['standard', 'standard', 'two-factor', 'two-factor-via-webauthn-device'], 'aup', k) END,
  CASE WHEN r = 0 AND k % 4 = 0 THEN fixture_gen.pick(ARRAY[p.email, substr(p.uname, 1, length(p.uname) - 1), p.pemail, 'admin', 'root'], 'aun', k)
       WHEN p.auth = 'saml' THEN p.email ELSE p.uname END
FROM generate_series(1, 360) k JOIN glgen.p p ON p.i = glgen.pp('aup', k)
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('aur', k, 7) = 0 THEN 0 ELSE 1 END AS r) rr;

-- Abuse reports and spam checks.
CREATE TABLE abuse_reports (
    id bigint NOT NULL PRIMARY KEY,
    reporter_id bigint,
    user_id bigint,
    created_at timestamp without time zone,
    message text,
    message_html text,
    category smallint DEFAULT 1 NOT NULL,
    reported_from_url text DEFAULT ''::text NOT NULL,
    links_to_spam text[] DEFAULT '{}'::text[] NOT NULL,
    status smallint DEFAULT 1 NOT NULL,
    resolved_at timestamp with time zone
);
INSERT INTO abuse_reports
SELECT k, glgen.pp('abr', k), u.i, glgen.at('abc', k),
  fixture_gen.pick(ARRAY[
    'This account posts links to crypto sites in issue comments on public projects.',
    'User shared a customer''s passport scan in a public issue (#' || (k * 3) || '). Please remove and talk to them.',
    'Repeated rude comments towards @' || o.uname || ' in merge request reviews, e.g. "are you even an engineer?".',
    'Fake account impersonating ' || u.first || ' ' || u.last || ', created with ' || u.pemail || '.',
    'Spam in the service desk project, signed up from a disposable address.',
    'Bot account pushing miner binaries to a personal project.'], 'abm', k),
  NULL,
  1 + fixture_gen.n('abk', k, 8),
  'https://gitlab.tidewater.example/' || CASE WHEN k % 3 = 0 THEN u.uname ELSE 'tidewater/' || fixture_gen.pick(ARRAY['customs/atlas-declarations/-/issues/', 'port-community/vessel-calls-api/-/merge_requests/', 'customer-support/service-desk/-/issues/'], 'abu', k) || (1 + k % 40)::text END,
  CASE WHEN k % 2 = 0 THEN ARRAY['https://crypto-yield-boost.example/ref/' || glgen.rs('abl', k, 8), 'https://bit.ly/' || glgen.rs('abb', k, 7)] ELSE '{}'::text[] END,
  CASE WHEN k % 3 = 0 THEN 2 ELSE 1 END,
  CASE WHEN k % 3 = 0 THEN (glgen.at('abc', k) + interval '2 days') AT TIME ZONE 'UTC' END
FROM generate_series(1, 40) k JOIN glgen.p u ON u.i = glgen.pp('abu', k) JOIN glgen.p o ON o.i = glgen.pp('abo', k);
UPDATE abuse_reports SET message_html = glgen.md(message);

CREATE TABLE spam_logs (
    id bigint NOT NULL PRIMARY KEY,
    user_id bigint,
    source_ip character varying,
    user_agent character varying,
    via_api boolean,
    noteable_type character varying,
    title character varying,
    description text,
    created_at timestamp without time zone NOT NULL,
    submitted_as_ham boolean DEFAULT false NOT NULL,
    recaptcha_verified boolean DEFAULT false NOT NULL
);
INSERT INTO spam_logs
SELECT k, p.i, CASE WHEN k % 3 = 0 THEN fixture_gen.ipv6('sli', k) ELSE fixture_gen.ipv4('sli', k) END, p.ua, k % 5 = 0,
  fixture_gen.pick(ARRAY['Issue', 'Issue', 'Note', 'Snippet'], 'slt', k),
  CASE WHEN k % 4 = 0 THEN i.title ELSE fixture_gen.pick(ARRAY['QuickBooks support number +1-888-' || glgen.dg('qb', k, 3) || '-' || glgen.dg('qb2', k, 4), 'Best crypto yield 2024', 'Cheap replica watches', 'Download free movies HD', 'Hello'], 'slx', k) END,
  CASE WHEN k % 4 = 0 THEN i.description ELSE fixture_gen.pick(ARRAY['Call our 24/7 helpline now, guaranteed fix!', 'Visit https://crypto-yield-boost.example for 40% APY', 'Great prices, contact WhatsApp +44 7' || glgen.dg('wa', k, 9), 'test test test'], 'sld', k) END,
  glgen.at('slc', k), k % 4 = 0 AND k % 8 = 0, k % 6 = 0
FROM generate_series(1, 90) k JOIN glgen.p p ON p.i = glgen.pp('slu', k) JOIN issues i ON i.id = 1 + fixture_gen.n('sli', k, 90);

CREATE TABLE user_agent_details (
    id bigint NOT NULL PRIMARY KEY,
    user_agent character varying NOT NULL,
    ip_address character varying NOT NULL,
    subject_id bigint NOT NULL,
    subject_type character varying NOT NULL,
    submitted boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO user_agent_details
SELECT k, CASE WHEN i.author_id = 302 THEN 'GitLab/16.11 Service Desk' ELSE p.ua END,
  CASE WHEN i.author_id = 302 THEN '127.0.0.1' ELSE p.ip END, i.id, 'Issue', k % 17 = 0, i.created_at
FROM generate_series(1, 330) k JOIN issues i ON i.id = k LEFT JOIN glgen.p p ON p.i = i.author_id;

-- The instance settings: one wide row.
CREATE TABLE application_settings (
    id bigint NOT NULL PRIMARY KEY,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    home_page_url character varying,
    after_sign_out_path character varying,
    sign_in_text text,
    help_page_text text,
    default_branch_name text,
    domain_allowlist text,
    recaptcha_site_key character varying,
    encrypted_recaptcha_private_key text,
    encrypted_recaptcha_private_key_iv character varying(255),
    encrypted_akismet_api_key text,
    encrypted_akismet_api_key_iv character varying(255),
    abuse_notification_email character varying,
    plantuml_url character varying,
    eks_access_key_id character varying(128),
    encrypted_eks_secret_access_key text,
    encrypted_eks_secret_access_key_iv character varying(255),
    external_authorization_service_url character varying,
    health_check_access_token character varying,
    runners_registration_token_encrypted character varying
);
INSERT INTO application_settings VALUES (1, '2019-03-01 09:12:44', '2024-05-21 14:03:11',
  'https://intranet.tidewater.example/engineering', 'https://intranet.tidewater.example',
  E'**Tidewater Freight Systems GitLab**\n\nStaff: sign in with Okta. Customers: use the account from your invitation mail.\n\nLocked out? Ask the GitLab admin Henrik Jürgensen (@hjurgensen, +49 40 3861 2207) or write to it-support@tidewater.example.',
  E'Internal documentation lives in [the handbook](https://gitlab.tidewater.example/tidewater/platform/handbook). For CI questions use #platform-help.',
  'main', E'---\n- tidewater.example\n- brightpath-staffing.example\n',
  '6Lc' || glgen.b64url('rcs', 1, 30), glgen.b64('rcp', 1, 56), glgen.b64('rcpi', 1, 12), glgen.b64('akk', 1, 28), glgen.b64('akki', 1, 12),
  'abuse@tidewater.example', 'https://plantuml.tidewater.example', 'AKIA' || upper(glgen.rs('eks', 1, 16)), glgen.b64('eksk', 1, 56), glgen.b64('ekski', 1, 12),
  'https://authz.tidewater.example/v1/classification', glgen.rs('hcat', 1, 20), glgen.b64('rrt', 1, 44));

CREATE TABLE broadcast_messages (
    id bigint NOT NULL PRIMARY KEY,
    message text NOT NULL,
    starts_at timestamp without time zone NOT NULL,
    ends_at timestamp without time zone NOT NULL,
    color character varying,
    font character varying,
    message_html text NOT NULL,
    broadcast_type smallint DEFAULT 1 NOT NULL,
    dismissable boolean
);
INSERT INTO broadcast_messages
SELECT k, m, glgen.at('bms', k), glgen.at('bms', k) + interval '2 days', c, f, '<p>' || m || '</p>', t, k % 2 = 0
FROM (VALUES
  (1, 'Planned maintenance on Saturday 02:00-04:00 UTC: GitLab will be read-only.', '#e75e40', '#FFFFFF', 1),
  (2, 'GitLab has been upgraded to 16.11. See the release notes for what changed.', '#1f78d1', '#FFFFFF', 2),
  (3, 'Shared runners are slow today because of an AWS incident in eu-central-1.', '#fc9403', '#333333', 1),
  (4, 'Personal access tokens without expiry will be expired on 14 May 2024. Create new ones with an expiry date.', '#e75e40', '#FFFFFF', 1),
  (5, 'The legacy-tms project is now archived and read-only.', '#6b4fbb', '#FFFFFF', 2),
  (6, 'Two-factor authentication becomes mandatory for all local accounts on 1 July.', '#e75e40', '#FFFFFF', 1),
  (7, 'New: merge request approvals rules for the customs group.', '#1aaa55', '#FFFFFF', 2),
  (8, 'Container registry cleanup policy runs every Sunday at 03:00 UTC.', '#1f78d1', '#FFFFFF', 2)
) v(k, m, c, f, t);

CREATE TABLE lfs_objects (
    id bigint NOT NULL PRIMARY KEY,
    oid character varying NOT NULL,
    size bigint NOT NULL,
    created_at timestamp without time zone,
    file character varying,
    file_store integer DEFAULT 1
);
INSERT INTO lfs_objects
SELECT k, encode(sha256(convert_to('lfs' || k, 'UTF8')), 'hex'), 1024 + fixture_gen.n('lfsz', k, 400000000), glgen.at('lfc', k),
  substr(encode(sha256(convert_to('lfs' || k, 'UTF8')), 'hex'), 5), CASE WHEN k % 3 = 0 THEN 1 ELSE 2 END
FROM generate_series(1, 120) k;

CREATE TABLE uploads (
    id bigint NOT NULL PRIMARY KEY,
    size bigint NOT NULL,
    path character varying(511) NOT NULL,
    checksum character varying(64),
    model_id bigint,
    model_type character varying,
    uploader character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    mount_point character varying,
    secret character varying
);
INSERT INTO uploads
SELECT q, 2048 + fixture_gen.n('upsz', q, 8000000),
  CASE WHEN q <= 70 THEN 'uploads/-/system/user/avatar/' || u.id || '/' || coalesce(u.avatar, 'avatar.png')
       ELSE glgen.hx('upsec', q, 32) || '/' || fixture_gen.pick(ARRAY[
         'CMR_' || c.first || '_' || c.last || '.pdf', 'Reisepass_' || p.first || '_' || p.last || '.pdf', 'offer_letter_' || p.first || '_' || p.last || '_signed.pdf',
         'screenshot_2024-03-12.png', 'stacktrace.txt', 'berth-plan-week-12.xlsx', 'image.png', 'Lieferschein ' || c.last || '.jpg', 'IMG_' || glgen.dg('upim', q, 4) || '.HEIC',
         'Vollmacht_' || c.company || '.pdf', 'sick_note_' || p.last || '.pdf', 'design-review.mp4'], 'upn', q) END,
  encode(sha256(convert_to('upck' || q, 'UTF8')), 'hex'),
  CASE WHEN q <= 70 THEN u.id ELSE (ARRAY[8, 9, 10, 3, 5, 7])[1 + q % 6] END,
  CASE WHEN q <= 70 THEN 'User' ELSE 'Project' END,
  CASE WHEN q <= 70 THEN 'AvatarUploader' ELSE 'FileUploader' END,
  glgen.at('upc', q),
  CASE WHEN q <= 70 THEN 'avatar' END,
  CASE WHEN q > 70 THEN glgen.hx('upsec', q, 32) END
FROM generate_series(1, 200) q
LEFT JOIN LATERAL (SELECT * FROM users WHERE avatar IS NOT NULL ORDER BY id OFFSET (q - 1) % 120 LIMIT 1) u ON true
JOIN glgen.p p ON p.i = glgen.pp('upp', q) JOIN glgen.cu c ON c.k = 1 + fixture_gen.n('upcu', q, 160);

CREATE TABLE deploy_tokens (
    id bigint NOT NULL PRIMARY KEY,
    revoked boolean DEFAULT false,
    read_repository boolean DEFAULT false NOT NULL,
    read_registry boolean DEFAULT false NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    username character varying,
    token_encrypted character varying(255),
    creator_id bigint
);
INSERT INTO deploy_tokens
SELECT k, k % 6 = 0, k % 3 <> 0, true, CASE WHEN k % 4 = 0 THEN timestamptz '3000-01-01 00:00:00+00' ELSE timestamptz '2024-06-01 00:00:00+00' + make_interval(days => fixture_gen.n('dte', k, 400)) END,
  glgen.at('dtc', k) AT TIME ZONE 'UTC',
  fixture_gen.pick(ARRAY['gitlab-deploy-token', 'k8s-prod-pull', 'argocd', 'staging-registry', 'customer-sandbox-pull', 'helm-repo'], 'dtn', k),
  CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['k8s-prod-pull', 'argocd-reader', 'registry-puller'], 'dtu', k) ELSE 'gitlab+deploy-token-' || k END,
  glgen.b64('dtt', k, 48), glgen.pp('dtcr', k)
FROM generate_series(1, 24) k;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA glgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
