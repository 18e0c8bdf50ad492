-- classify-eval fixture (HOLDOUT 33: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Vikunja (the Go to-do and project application on xorm,
-- upgraded from 0.22 to 1.0 over the years, so older columns such as
-- tasks.bucket_id and tasks.position stay beside the project views that
-- replaced them) run by Halcyon Digital, a web and branding agency with
-- offices in Rotterdam and Porto, for its staff and the clients it invites.
-- The naming is xorm's as Vikunja's migrations create it: plural snake_case
-- tables, BIGSERIAL ids, timestamp created/updated columns, json columns.
-- Users with display names of several cultures, usernames (UPN emails for
-- the Entra ID logins), bcrypt hashes, the OpenID issuer and subject,
-- UI-only frontend settings; password-reset, email-confirmation and deletion
-- tokens; TOTP secrets and otpauth:// URLs naming the account; API tokens as
-- salted hashes with their last eight characters; refresh sessions with the
-- device's user agent and IP; projects and tasks whose titles and HTML
-- descriptions name clients' staff with phones and emails; comments;
-- uploaded files named after people (passports, CVs, contracts); saved
-- filters and project views whose filters name usernames; link shares whose
-- hash is the share's credential, named after the client they were sent to;
-- webhooks with Slack and n8n URLs and signing secrets; notifications whose
-- JSON keeps the doer's name, username and email; Unsplash photographers;
-- teams synced from Entra groups. Beside them the agency's own schema
-- halcyon: a client roster with registration and VAT numbers, IBANs and
-- contacts, time bookings against tasks, the Entra SSO mapping with staff
-- numbers, a staff register with BSNs and emergency contacts, invoices,
-- a key/value copy of the Vikunja configuration with its secrets, the
-- webhook inbox of n8n with whole payloads, the mail relay log, the
-- reverse proxy's access log (share hashes and CalDAV principals in URLs),
-- CalDAV devices, access requests, backups, holidays and rate cards.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA vgen;

-- rnd: alphanumerics (len up to 190); b64url: URL-safe unpadded base64.
CREATE FUNCTION vgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

CREATE FUNCTION vgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION vgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

CREATE FUNCTION vgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$11$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- at: a time between two timestamps (no time zone, to the second).
CREATE FUNCTION vgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

CREATE FUNCTION vgen.mobile(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'nl' THEN CASE WHEN i % 3 = 0 THEN '06-' || fixture_gen.digits(tag, i, 8) WHEN i % 3 = 1 THEN '+31 6 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4) ELSE '+316' || fixture_gen.digits(tag, i, 8) END
    WHEN 'pt' THEN CASE WHEN i % 2 = 0 THEN '+351 91' || fixture_gen.n(tag, i, 10) || ' ' || fixture_gen.digits(tag || 'a', i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 3) ELSE '93' || fixture_gen.digits(tag, i, 7) END
    WHEN 'be' THEN '+32 47' || fixture_gen.n(tag, i, 10) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2)
    ELSE fixture_gen.phone(tag, i) END
$$;

-- People. 1-40: Halcyon staff (Rotterdam and Porto); 41-84: clients' staff
-- invited to their projects; 85-92: freelancers; 93-96: service accounts.
CREATE TABLE vgen.p (i int PRIMARY KEY, kind text, c text, first text, last text, full_name text, uname text, email text, phone text,
  client int, auth text, title text);
INSERT INTO vgen.p (i, kind, c, first, last)
SELECT i, CASE WHEN i <= 40 THEN 'staff' WHEN i <= 84 THEN 'client' ELSE 'ext' END, c,
  CASE c WHEN 'nl' THEN fixture_gen.pick(ARRAY['Daan', 'Sanne', 'Bram', 'Femke', 'Joost', 'Lotte', 'Thijs', 'Anouk', 'Pieter', 'Marloes', 'Sem', 'Eline'], 'vfn', i)
         WHEN 'pt' THEN fixture_gen.pick(ARRAY['João', 'Inês', 'Tiago', 'Mariana', 'Rui', 'Beatriz', 'Gonçalo', 'Catarina', 'Duarte', 'Leonor'], 'vfp', i)
         ELSE fixture_gen.first_name('vfx', i) END,
  CASE c WHEN 'nl' THEN fixture_gen.pick(ARRAY['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'van Dijk', 'Mulder', 'Bos', 'Vermeulen', 'van den Broek', 'Kuipers'], 'vln', i)
         WHEN 'pt' THEN fixture_gen.pick(ARRAY['Ferreira', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Sousa', 'Carvalho', 'Gonçalves', 'Lopes', 'Marques'], 'vlp', i)
         ELSE fixture_gen.last_name('vlx', i) END
FROM generate_series(1, 92) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 40 THEN fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'pt', 'pt', 'x', 'x'], 'vc', i)
                                WHEN i <= 84 THEN fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'be', 'pt', 'x'], 'vc', i)
                                ELSE fixture_gen.pick(ARRAY['nl', 'pt', 'x', 'x'], 'vc', i) END AS c) x;
UPDATE vgen.p SET full_name = first || ' ' || last,
  phone = vgen.mobile(c, 'vph', i),
  client = CASE WHEN kind = 'client' THEN 1 + (i - 41) % 30 END,
  auth = CASE WHEN kind = 'staff' AND i > 2 AND i % 4 <> 0 THEN 'entra' WHEN i IN (86, 89, 91) THEN 'google' ELSE 'local' END,
  title = CASE WHEN kind = 'staff' THEN fixture_gen.pick(ARRAY['Designer', 'Senior designer', 'Front-end developer', 'Back-end developer', 'Project manager', 'Account manager', 'Copywriter', 'Studio manager', 'Motion designer', 'SEO specialist'], 'vti', i)
               WHEN kind = 'client' THEN fixture_gen.pick(ARRAY['Owner', 'Marketing manager', 'Office manager', 'Practice manager', 'Managing partner', 'Head of e-commerce', 'Communications officer'], 'vti', i) END;

-- Clients of the agency: businesses and sole traders (whose trading name is
-- their own name).
CREATE TABLE vgen.cl (k int PRIMARY KEY, name text, legal text, form text, domain text, city text, country text, sole boolean, code text);
INSERT INTO vgen.cl VALUES
 (1, 'Bakkerij de Vries', 'Bakkerij de Vries V.O.F.', 'VOF', 'bakkerijdevries.example', 'Rotterdam', 'NL', false, 'BDV'),
 (2, 'Tandartspraktijk Okafor', 'C. Okafor', 'eenmanszaak', 'tandarts-okafor.example', 'Schiedam', 'NL', true, 'TPO'),
 (3, 'Rossi Advocatuur', 'G. Rossi', 'eenmanszaak', 'rossi-advocatuur.example', 'Den Haag', 'NL', true, 'ROS'),
 (4, 'Havenkoffie', 'Havenkoffie B.V.', 'BV', 'havenkoffie.example', 'Rotterdam', 'NL', false, 'HKF'),
 (5, 'Fysio Kralingen', 'Fysiotherapie Kralingen B.V.', 'BV', 'fysiokralingen.example', 'Rotterdam', 'NL', false, 'FYK'),
 (6, 'Casa do Azulejo', 'Casa do Azulejo, Lda', 'Lda', 'casadoazulejo.example', 'Porto', 'PT', false, 'CDA'),
 (7, 'Studio Yılmaz Fotografie', 'E. Yılmaz', 'eenmanszaak', 'yilmazfoto.example', 'Utrecht', 'NL', true, 'SYF'),
 (8, 'Noordzee Zeilschool', 'Stichting Noordzee Zeilschool', 'Stichting', 'zeilschool-noordzee.example', 'Scheveningen', 'NL', false, 'NZZ'),
 (9, 'Vinhos Marques', 'Vinhos Marques & Filhos, Lda', 'Lda', 'vinhosmarques.example', 'Vila Nova de Gaia', 'PT', false, 'VMQ'),
 (10, 'Groene Hart Hoveniers', 'Groene Hart Hoveniers B.V.', 'BV', 'groenehart-hoveniers.example', 'Gouda', 'NL', false, 'GHH'),
 (11, 'Dr. Haddad Dermatologie', 'L. Haddad', 'eenmanszaak', 'haddad-dermatologie.example', 'Rotterdam', 'NL', true, 'HDD'),
 (12, 'Maasstad Fietsen', 'Maasstad Fietsen B.V.', 'BV', 'maasstadfietsen.example', 'Rotterdam', 'NL', false, 'MSF'),
 (13, 'Brouwerij Kuipers', 'Brouwerij Kuipers B.V.', 'BV', 'brouwerijkuipers.example', 'Delft', 'NL', false, 'BKP'),
 (14, 'Atelier Nakamura', 'Y. Nakamura', 'eenmanszaak', 'atelier-nakamura.example', 'Amsterdam', 'NL', true, 'ATN'),
 (15, 'Hotel Ribeira', 'Ribeira Hotelaria, S.A.', 'SA', 'hotelribeira.example', 'Porto', 'PT', false, 'HRB'),
 (16, 'Kinderopvang Zonnebloem', 'Zonnebloem Kinderopvang B.V.', 'BV', 'kdv-zonnebloem.example', 'Capelle aan den IJssel', 'NL', false, 'KZB'),
 (17, 'Van Dijk Installatietechniek', 'Van Dijk Installatietechniek B.V.', 'BV', 'vandijk-installatie.example', 'Barendrecht', 'NL', false, 'VDI'),
 (18, 'Mensah Consulting', 'K. Mensah', 'eenmanszaak', 'mensahconsulting.example', 'Amsterdam', 'NL', true, 'MCO'),
 (19, 'Antwerpse Diamantbeurs', 'Diamantclub Antwerpen VZW', 'VZW', 'diamantclub.example', 'Antwerpen', 'BE', false, 'ADB'),
 (20, 'Loja Bem-Estar', 'Bem-Estar Natural, Unipessoal Lda', 'Lda', 'lojabemestar.example', 'Braga', 'PT', false, 'LBE'),
 (21, 'Huisartsenpraktijk Bos', 'Huisartsenpraktijk Bos & Meijer', 'maatschap', 'hapbosmeijer.example', 'Dordrecht', 'NL', false, 'HBM'),
 (22, 'Kowalski Vertalingen', 'Z. Kowalski', 'eenmanszaak', 'kowalski-vertalingen.example', 'Leiden', 'NL', true, 'KWV'),
 (23, 'De Rotterdamse Schouwburg', 'Stichting Rotterdamse Schouwburg', 'Stichting', 'schouwburg-rdam.example', 'Rotterdam', 'NL', false, 'RSB'),
 (24, 'Mulder Makelaardij', 'Mulder Makelaardij B.V.', 'BV', 'muldermakelaardij.example', 'Rotterdam', 'NL', false, 'MMK'),
 (25, 'Surf Shack Nazaré', 'Surf Shack Nazaré, Lda', 'Lda', 'surfshacknazare.example', 'Nazaré', 'PT', false, 'SSN'),
 (26, 'Pham Nail & Beauty', 'L. Pham', 'eenmanszaak', 'phamnails.example', 'Rotterdam', 'NL', true, 'PNB'),
 (27, 'Gentse Boekhandel', 'Boekhandel Verhaeghe BV', 'BV', 'gentseboekhandel.example', 'Gent', 'BE', false, 'GBH'),
 (28, 'Coöperatie Zuidplein', 'Winkeliersvereniging Zuidplein U.A.', 'cooperatie', 'zuidplein-winkels.example', 'Rotterdam', 'NL', false, 'CZP'),
 (29, 'Dlamini Yoga', 'T. Dlamini', 'eenmanszaak', 'dlaminiyoga.example', 'Haarlem', 'NL', true, 'DYO'),
 (30, 'Vissers Transport', 'Vissers Transport en Logistiek B.V.', 'BV', 'visserstransport.example', 'Moerdijk', 'NL', false, 'VTL');

-- The sole traders are their first contact: their names match the trade name.
UPDATE vgen.p p SET first = v.first, last = v.last FROM (VALUES (2, 'Chidi', 'Okafor'), (3, 'Giulia', 'Rossi'), (7, 'Emre', 'Yılmaz'), (11, 'Leila', 'Haddad'),
  (14, 'Yuki', 'Nakamura'), (18, 'Kwame', 'Mensah'), (22, 'Zofia', 'Kowalski'), (26, 'Linh', 'Pham'), (29, 'Thandiwe', 'Dlamini')) v(k, first, last)
WHERE p.i = 40 + v.k;
UPDATE vgen.p SET full_name = first || ' ' || last;

UPDATE vgen.p p SET uname = CASE
    WHEN p.kind = 'staff' AND p.auth = 'entra' THEN fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@halcyon-digital.example'
    ELSE CASE fixture_gen.n('vun', p.i, 4) WHEN 0 THEN fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) WHEN 1 THEN substr(fixture_gen.ascii(p.first), 1, 1) || fixture_gen.ascii(p.last)
         WHEN 2 THEN fixture_gen.ascii(p.first) || '_' || substr(fixture_gen.ascii(p.last), 1, 1) ELSE fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) || (p.i % 90)::text END END,
  email = CASE
    WHEN p.kind = 'staff' THEN fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@halcyon-digital.example'
    WHEN p.kind = 'client' THEN CASE WHEN p.i % 5 = 0 THEN fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl', 'sapo.pt'], 'vcd', p.i)
         ELSE fixture_gen.ascii(p.first) || '@' || (SELECT domain FROM vgen.cl WHERE k = p.client) END
    ELSE fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'outlook.com', 'icloud.com'], 'vfd', p.i) END;
UPDATE vgen.p p SET uname = p.uname || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) AS rn FROM vgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE vgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM vgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE vgen.p p SET uname = p.email WHERE p.auth = 'entra';
INSERT INTO vgen.p (i, kind, c, first, last, full_name, uname, email, auth) VALUES
 (93, 'service', 'x', NULL, NULL, 'n8n automation', 'n8n-automation', 'automation@halcyon-digital.example', 'local'),
 (94, 'service', 'x', NULL, NULL, 'Todoist import', 'import-bot', 'it@halcyon-digital.example', 'local'),
 (95, 'service', 'x', NULL, NULL, 'Demo account', 'demo', 'demo@halcyon-digital.example', 'local'),
 (96, 'service', 'x', NULL, NULL, 'Studio screen', 'kiosk-rotterdam', 'studio.rotterdam@halcyon-digital.example', 'local');

-- Snapshot: 2024-11-29.

-- ---------------------------------------------------------------------------
-- Vikunja's tables.

CREATE TABLE migration (id VARCHAR(255) PRIMARY KEY, description TEXT);
INSERT INTO migration
SELECT v.id, v.d FROM (VALUES ('SCHEMA_INIT', 'Initial schema'), ('20190324205606', 'Add user tokens'), ('20190922205826', 'Add task reminders table'),
  ('20200420215928', 'Add saved filters'), ('20200621214452', 'Add totp table'), ('20201025195822', 'Add unsplash photos table'), ('20210207192805', 'Add subscriptions'),
  ('20210411161337', 'Add notifications'), ('20211212151642', 'Add favorites'), ('20221113170740', 'Rename lists to projects'), ('20230307171848', 'Add webhooks'),
  ('20230611170341', 'Add api tokens'), ('20230903143017', 'Add relative reminders'), ('20240309111148', 'Add reactions'), ('20240313230538', 'Add project views'),
  ('20240315093418', 'Add task buckets'), ('20240315104205', 'Add task positions'), ('20240603172746', 'Add teams issuer and public flag'),
  ('20241028131622', 'Add user export file'), ('20250317174522', 'Add sessions')) v(id, d);

CREATE TABLE files (
    id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, mime TEXT, size BIGINT NOT NULL, created TIMESTAMP NOT NULL, created_by_id BIGINT NOT NULL DEFAULT 0);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY, name TEXT, username VARCHAR(250) NOT NULL UNIQUE, password VARCHAR(250), email VARCHAR(250), status INTEGER DEFAULT 0,
    avatar_provider VARCHAR(255), avatar_file_id BIGINT, issuer TEXT, subject TEXT, email_reminders_enabled BOOL DEFAULT true,
    discoverable_by_name BOOL DEFAULT false, discoverable_by_email BOOL DEFAULT false, overdue_tasks_reminders_enabled BOOL DEFAULT true,
    overdue_tasks_reminders_time VARCHAR(5) NOT NULL DEFAULT '09:00', default_project_id BIGINT, week_start INTEGER, language TEXT, timezone TEXT,
    deletion_scheduled_at TIMESTAMP, deletion_last_reminder_sent TIMESTAMP, frontend_settings JSON, export_file_id BIGINT,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);

INSERT INTO users
SELECT p.i,
  CASE WHEN p.kind = 'service' THEN p.full_name WHEN p.i % 11 = 6 THEN '' WHEN p.i % 13 = 4 THEN p.first ELSE p.full_name END,
  p.uname,
  CASE WHEN p.auth = 'local' THEN vgen.bcrypt('vpw', p.i) END,
  p.email,
  CASE WHEN p.i IN (59, 88) THEN 1 WHEN p.i IN (17, 33, 71) THEN 2 ELSE 0 END,
  CASE WHEN p.auth = 'entra' THEN fixture_gen.pick(ARRAY['openid', 'initials', 'upload'], 'vap', p.i) ELSE fixture_gen.pick(ARRAY['initials', 'initials', 'gravatar', 'upload', 'marble', 'default'], 'vap', p.i) END,
  NULL,
  CASE p.auth WHEN 'entra' THEN 'https://login.microsoftonline.com/' || fixture_gen.uuid('vtenant', 1) || '/v2.0' WHEN 'google' THEN 'https://accounts.google.com' ELSE 'local' END,
  CASE p.auth WHEN 'entra' THEN vgen.b64url('vsub', p.i, 32) WHEN 'google' THEN '1' || fixture_gen.digits('vgsub', p.i, 20) END,
  p.i % 6 <> 0, p.kind = 'staff' AND p.i % 3 <> 0, p.kind = 'staff' AND p.i % 5 = 0, p.i % 4 <> 1,
  fixture_gen.pick(ARRAY['09:00', '09:00', '08:30', '07:45', '10:00', '09:00'], 'vot', p.i),
  p.i, CASE WHEN p.c = 'x' AND p.i % 3 = 0 THEN 0 ELSE 1 END,
  CASE p.c WHEN 'nl' THEN fixture_gen.pick(ARRAY['nl-NL', 'en', 'nl-NL'], 'vla', p.i) WHEN 'pt' THEN fixture_gen.pick(ARRAY['pt-PT', 'en', 'pt-PT'], 'vla', p.i) WHEN 'be' THEN fixture_gen.pick(ARRAY['nl-NL', 'fr-FR'], 'vla', p.i) ELSE 'en' END,
  CASE p.c WHEN 'pt' THEN 'Europe/Lisbon' WHEN 'be' THEN 'Europe/Brussels' WHEN 'nl' THEN 'Europe/Amsterdam' ELSE fixture_gen.pick(ARRAY['Europe/Amsterdam', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', ''], 'vtz', p.i) END,
  CASE WHEN p.i IN (33, 71) THEN timestamp '2024-12-02 10:00:00' + (p.i || ' minutes')::interval END,
  CASE WHEN p.i IN (33, 71) THEN timestamp '2024-11-25 03:00:00' END,
  ('{"play_sound_for_done":' || (p.i % 3 <> 0)::text || ',"quick_add_magic_mode":"' || fixture_gen.pick(ARRAY['vikunja', 'vikunja', 'todoist', 'disabled'], 'vqm', p.i)
    || '","color_schema":"' || fixture_gen.pick(ARRAY['auto', 'light', 'dark'], 'vcs', p.i) || '","allow_icon_changes":true,"default_view":"' || fixture_gen.pick(ARRAY['first', 'list', 'kanban', 'table'], 'vdv', p.i)
    || '","minimum_priority":' || (1 + p.i % 3) || ',"date_display":"' || fixture_gen.pick(ARRAY['relative', 'mm/dd/yyyy', 'dd-mm-yyyy', 'dd.mm.yyyy', 'yyyy-mm-dd'], 'vdd', p.i)
    || '","time_format":"24h","default_task_relation_type":"related","background_brightness":' || (60 + 10 * (p.i % 5)) || ',"filter_id_used_on_overview":' || CASE WHEN p.i % 5 = 0 THEN '-2' ELSE 'null' END || '}')::json,
  NULL,
  vgen.at('vuc', p.i, CASE WHEN p.i <= 40 THEN timestamp '2019-06-01' ELSE timestamp '2021-03-01' END, timestamp '2024-09-30'),
  vgen.at('vuu', p.i, timestamp '2024-10-01', timestamp '2024-11-28')
FROM vgen.p p ORDER BY p.i;

-- Files: 1-30 uploaded avatars, 31-48 project backgrounds (uploads and
-- Unsplash downloads), 49-250 task attachments, 251-255 user data exports.
CREATE TABLE vgen.att (f int PRIMARY KEY, task int, by_user int, name text, mime text);
INSERT INTO vgen.att
SELECT f, NULL, NULL, n, m FROM (
SELECT 48 + j AS f,
  CASE fixture_gen.n('van', j, 14)
    WHEN 0 THEN 'Paspoort_' || replace(p.full_name, ' ', '_') || '.pdf'
    WHEN 1 THEN 'CV ' || p.full_name || ' 2024.pdf'
    WHEN 2 THEN 'Offerte_' || c.code || '_2024-' || lpad((j % 90)::text, 3, '0') || '.pdf'
    WHEN 3 THEN 'logo_' || lower(c.code) || '_final_v' || (1 + j % 4) || '.svg'
    WHEN 4 THEN 'Screenshot ' || to_char(date '2024-01-01' + j, 'YYYY-MM-DD') || ' at ' || (9 + j % 9) || '.' || lpad((j * 7 % 60)::text, 2, '0') || '.12.png'
    WHEN 5 THEN 'Arbeidsovereenkomst ' || p.full_name || '.docx'
    WHEN 6 THEN 'IMG_' || (2000 + j * 37 % 7000) || '.HEIC'
    WHEN 7 THEN 'moodboard-' || lower(c.code) || '.pdf'
    WHEN 8 THEN 'Factuur ' || c.legal || ' ' || (2023 + j % 2) || '-' || lpad((j * 3 % 150)::text, 4, '0') || '.pdf'
    WHEN 9 THEN 'teamfoto_' || fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(p.last) || '.jpg'
    WHEN 10 THEN 'sitemap.xlsx'
    WHEN 11 THEN 'Ziekmelding ' || p.first || ' ' || to_char(date '2024-01-01' + j, 'DD-MM') || '.pdf'
    WHEN 12 THEN 'brand-guidelines-' || lower(c.code) || '.pdf'
    ELSE 'copy_homepage_' || lower(c.code) || '_NL.docx' END AS n,
  CASE fixture_gen.n('van', j, 14) WHEN 3 THEN 'image/svg+xml' WHEN 4 THEN 'image/png' WHEN 5 THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN 6 THEN 'image/heic'
    WHEN 9 THEN 'image/jpeg' WHEN 10 THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN 13 THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ELSE 'application/pdf' END AS m
FROM generate_series(1, 202) g(j)
JOIN vgen.p p ON p.i = CASE WHEN fixture_gen.n('van', j, 14) IN (5, 9, 11) THEN 1 + fixture_gen.n('vap2', j, 40) ELSE 1 + fixture_gen.n('vap2', j, 92) END
JOIN vgen.cl c ON c.k = 1 + fixture_gen.n('vac', j, 30)) x;

INSERT INTO files
SELECT k, fixture_gen.pick(ARRAY['IMG_', 'profile-', 'avatar', 'foto_', 'PXL_2023'], 'vavn', k) || CASE WHEN k % 5 = 2 THEN '' ELSE (1000 + k * 97 % 8000)::text END
     || fixture_gen.pick(ARRAY['.jpg', '.png', '.jpeg'], 'vave', k),
  'image/jpeg', 40000 + fixture_gen.n('vavs', k, 900000), vgen.at('vavc', k, timestamp '2020-01-01', timestamp '2024-11-20'), 0
FROM generate_series(1, 30) k;
INSERT INTO files
SELECT 30 + k, CASE WHEN k <= 10 THEN vgen.rnd('vunsp', k, 11) ELSE fixture_gen.pick(ARRAY['background.jpg', 'kantoor-rotterdam.jpg', 'ribeira.jpg', 'mood.png', 'pexels-photo-' || (100000 + k * 7919 % 900000) || '.jpeg'], 'vbgn', k) END,
  'image/jpeg', 300000 + fixture_gen.n('vbgs', k, 4000000), vgen.at('vbgc', k, timestamp '2021-01-01', timestamp '2024-11-20'), 1 + fixture_gen.n('vbgu', k, 40)
FROM generate_series(1, 18) k;
INSERT INTO files
SELECT a.f, a.name, a.mime, 12000 + fixture_gen.n('vfs', a.f, 8000000), vgen.at('vfc', a.f, timestamp '2021-06-01', timestamp '2024-11-28'), 1 + fixture_gen.n('vfu', a.f, 92)
FROM vgen.att a;
INSERT INTO files
SELECT 250 + k, 'vikunja-export-' || u.username || '.zip', 'application/zip', 80000 + fixture_gen.n('vexs', k, 9000000), vgen.at('vexc', k, timestamp '2024-06-01', timestamp '2024-11-28'), 0
FROM generate_series(1, 5) k JOIN users u ON u.id = (ARRAY[33, 71, 5, 48, 12])[k];
UPDATE users u SET avatar_file_id = x.f FROM (SELECT id, row_number() OVER (ORDER BY id) AS f FROM users WHERE avatar_provider = 'upload') x WHERE x.id = u.id AND x.f <= 30;
UPDATE users u SET export_file_id = 250 + k FROM generate_series(1, 5) k WHERE u.id = (ARRAY[33, 71, 5, 48, 12])[k];

CREATE TABLE user_tokens (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL, token VARCHAR(450) NOT NULL, kind INTEGER NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO user_tokens
SELECT k, u, vgen.rnd('vutk', k, 64), CASE WHEN u IN (59, 88) THEN 2 WHEN u IN (33, 71) AND k % 2 = 0 THEN 3 ELSE 1 END, vgen.at('vutc', k, timestamp '2024-08-01', timestamp '2024-11-28')
FROM generate_series(1, 48) k CROSS JOIN LATERAL (SELECT CASE WHEN k <= 4 THEN (ARRAY[59, 88, 33, 71])[k] ELSE (ARRAY[4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 41, 45, 50, 55, 62, 66, 70, 74, 78, 82, 85, 87, 90, 92, 93])[1 + fixture_gen.n('vutu', k, 25)] END AS u) x;

CREATE TABLE totp (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL, secret TEXT NOT NULL, enabled BOOL, url TEXT);
INSERT INTO totp
SELECT row_number() OVER (ORDER BY u.id), u.id, s, u.id % 7 <> 3,
  'otpauth://totp/Vikunja:' || replace(replace(u.username, '@', '%40'), ' ', '%20') || '?algorithm=SHA1&digits=6&issuer=Vikunja&period=30&secret=' || s
FROM users u CROSS JOIN LATERAL (SELECT vgen.b32('vtotp', u.id, 32) AS s) x
WHERE u.issuer = 'local' AND u.id <= 92 AND u.id % 3 <> 1;

CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY, title VARCHAR(250) NOT NULL, token_salt VARCHAR(255) NOT NULL, token_hash VARCHAR(255) NOT NULL UNIQUE,
    token_last_eight VARCHAR(8) NOT NULL, permissions JSON NOT NULL, expires_at TIMESTAMP NOT NULL, created TIMESTAMP NOT NULL, owner_id BIGINT NOT NULL);
INSERT INTO api_tokens
SELECT k, t.title, vgen.rnd('vats', k, 10), fixture_gen.hexn('vath', k, 100), vgen.rnd('vatl', k, 8), t.perm::json,
  vgen.at('vatc', k, timestamp '2023-07-01', timestamp '2024-11-20') + (ARRAY[interval '30 days', interval '90 days', interval '365 days', interval '100 years'])[1 + fixture_gen.n('vate', k, 4)],
  vgen.at('vatc', k, timestamp '2023-07-01', timestamp '2024-11-20'), t.owner
FROM generate_series(1, 36) k
CROSS JOIN LATERAL (SELECT (ARRAY['n8n sync', 'Home Assistant', 'Raycast', 'CalDAV Thunderbird', 'Zapier', 'import script', 'Grafana dashboard', 'timesheet export', 'Alfred workflow', 'Obsidian plugin', 'iOS Shortcuts', 'backup'])[1 + fixture_gen.n('vatt', k, 12)] AS title,
  (ARRAY['{"tasks":["read_all","read_one"]}', '{"tasks":["read_all","create","update"],"projects":["read_all"]}', '{"tasks":["read_all","read_one","update","delete","create"],"projects":["read_all","read_one"],"labels":["read_all"]}',
         '{"projects":["read_all","read_one"],"tasks":["read_all"],"teams":["read_all"]}', '{"tasks":["create"]}'])[1 + fixture_gen.n('vatp', k, 5)] AS perm,
  CASE WHEN k % 4 = 0 THEN 93 ELSE 1 + fixture_gen.n('vato', k, 40) END AS owner) t;

CREATE TABLE sessions (
    id VARCHAR(36) PRIMARY KEY, user_id BIGINT NOT NULL, token_hash VARCHAR(64) NOT NULL UNIQUE, device_info TEXT, ip_address VARCHAR(50),
    is_long_session BOOL NOT NULL DEFAULT false, last_active TIMESTAMP NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO sessions
SELECT fixture_gen.uuid('vses', k), u, encode(sha256(convert_to('vsesh' || k, 'UTF8')), 'hex'),
  fixture_gen.pick(ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
    'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36',
    'Vikunja Desktop/0.24.1 Electron/31.2.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36'], 'vsua', k),
  CASE WHEN k % 4 = 0 THEN fixture_gen.ipv6('vsip', k) ELSE fixture_gen.ipv4('vsip', k) END,
  k % 3 = 0, vgen.at('vsla', k, timestamp '2024-11-01', timestamp '2024-11-29'), vgen.at('vscr', k, timestamp '2024-09-01', timestamp '2024-10-31')
FROM generate_series(1, 150) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('vsu', k, 92) AS u) x;

-- Projects: 1-96 each user's default project; 97 and 98 the parents
-- Klanten and Intern; 99-128 one per client; 129-142 internal ones.
CREATE TABLE vgen.pr (id int PRIMARY KEY, kind text, client int, owner int, parent int, title text, description text);
INSERT INTO vgen.pr
SELECT i, 'inbox', NULL, i, NULL, CASE WHEN i % 9 = 4 THEN fixture_gen.pick(ARRAY['Persoonlijk', 'Privé', 'Personal', 'Pessoal', 'Thuis'], 'vinb', i) ELSE 'Inbox' END, '' FROM generate_series(1, 96) i;
INSERT INTO vgen.pr VALUES (97, 'folder', NULL, 1, NULL, 'Klanten', '<p>Alle klantprojecten. Archiveer een project na de laatste factuur.</p>'),
  (98, 'folder', NULL, 1, NULL, 'Intern', '');
INSERT INTO vgen.pr
SELECT 98 + c.k, 'client', c.k, (ARRAY[3, 6, 9, 10, 15, 22, 27, 31])[1 + c.k % 8], 97,
  c.name || ' – ' || fixture_gen.pick(ARRAY['Website relaunch', 'Rebranding', 'Webshop', 'Social campagne', 'Onderhoud 2024', 'SEO & content', 'Nova identidade'], 'vpt', c.k),
  CASE WHEN c.k % 6 = 5 THEN '' ELSE
  '<p><strong>Contactpersoon:</strong> ' || p.full_name || ' (' || p.title || '), ' || p.phone || ', <a href="mailto:' || p.email || '">' || p.email || '</a></p>'
  || CASE WHEN c.sole THEN '<p>Eenmanszaak: factuur op naam van ' || p.full_name || ', ' || fixture_gen.street('vps', c.k) || ', ' || c.city || '.</p>' ELSE '' END
  || '<p>' || fixture_gen.pick(ARRAY['Nieuwe site in WordPress, 8 pagina''s, NL en EN. Oplevering voor de zomer.', 'Logo, huisstijl en drukwerk. Drie concepten, twee feedbackrondes.',
       'Shopify-webshop met koppeling aan hun kassasysteem.', 'Maandelijks onderhoud en updates, 4 uur per maand.', 'Campanha de Instagram para o verão.'], 'vpsc', c.k) || '</p>' END
FROM vgen.cl c JOIN LATERAL (SELECT * FROM vgen.p WHERE client = c.k ORDER BY i LIMIT 1) p ON true;
INSERT INTO vgen.pr
SELECT 128 + k, 'internal', NULL, o, 98, t, d FROM (VALUES
 (1, 1, 'Werving 2024', '<p>Vacatures: medior front-end developer (Rotterdam), designer (Porto). Gesprekken met Sanne en Rui.</p>'),
 (2, 2, 'Verhuizing kantoor Porto', '<p>New address from 1 March: Rua de Cedofeita 214, 2º, 4050-174 Porto. Landlord: Sr. Almeida, +351 912 334 810.</p>'),
 (3, 3, 'Halcyon website', '<p>Our own site. Case studies need client approval first.</p>'),
 (4, 1, 'Onboarding', '<p>One task per new starter. Use the checklist template.</p>'),
 (5, 5, 'Studio ops', ''),
 (6, 1, 'Vakantieplanning 2024', '<p>Maximaal twee designers tegelijk vrij in juli en augustus.</p>'),
 (7, 9, 'Pitch: Schouwburg rebrand', '<p>Pitch on 14 May. Team: Bram, Inês, Priya.</p>'),
 (8, 2, 'Freelancerpool', '<p>Freelancers we work with, with their day rates. Do not share outside the studio.</p>'),
 (9, 4, 'IT & accounts', '<p>Microsoft 365, Figma seats, 1Password, laptops.</p>'),
 (10, 3, 'Marketing', ''),
 (11, 6, 'Sinterklaas 2023', '<p>Lootjes getrokken op 20 november. Budget €25.</p>'),
 (12, 1, 'Archief 2022', ''),
 (13, 1, 'Offboarding', '<p>Accounts closing: revoke Entra, Figma, Vikunja and the shared mailbox.</p>'),
 (14, 5, 'Kantoor Rotterdam', '<p>Cleaning: Schoonmaakbedrijf Zuid, Mon and Thu. Alarm code with Sanne.</p>')) v(k, o, t, d);

CREATE TABLE projects (
    id BIGSERIAL PRIMARY KEY, title VARCHAR(250) NOT NULL, description TEXT, identifier VARCHAR(10), hex_color VARCHAR(6), owner_id BIGINT NOT NULL,
    parent_project_id BIGINT, is_archived BOOL NOT NULL DEFAULT false, background_file_id BIGINT, background_blur_hash VARCHAR(50), position DOUBLE PRECISION,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO projects
SELECT r.id, r.title, r.description,
  CASE WHEN r.kind = 'client' THEN c.code WHEN r.kind = 'internal' THEN upper(substr(fixture_gen.ascii(r.title), 1, 3)) || CASE WHEN r.id % 2 = 0 THEN 'I' ELSE '' END ELSE '' END,
  CASE WHEN r.id % 4 = 0 THEN '' ELSE fixture_gen.pick(ARRAY['1973ff', 'ff4136', 'e8e8e8', 'ffbe0b', '7d3cff', '34d399', 'ff9a00', '00b3b3'], 'vphc', r.id) END,
  r.owner, r.parent, r.id IN (112, 121, 140) OR r.id = 139,
  CASE WHEN r.id BETWEEN 99 AND 116 THEN 30 + (r.id - 98) END,
  CASE WHEN r.id BETWEEN 99 AND 116 THEN vgen.rnd('vblur', r.id, 28) END,
  (r.id * 65536)::double precision,
  vgen.at('vprc', r.id, timestamp '2020-05-01', timestamp '2024-06-30'), vgen.at('vpru', r.id, timestamp '2024-07-01', timestamp '2024-11-28')
FROM vgen.pr r LEFT JOIN vgen.cl c ON c.k = r.client ORDER BY r.id;

-- Project views: four per project (list, gantt, table, kanban) as the
-- migration created them; id = (project - 1) * 4 + kind + 1. Views 601-640
-- are custom views users added, with filters.
CREATE TABLE project_views (
    id BIGSERIAL PRIMARY KEY, title VARCHAR(255) NOT NULL, project_id BIGINT NOT NULL, view_kind INTEGER NOT NULL, filter TEXT, position DOUBLE PRECISION,
    bucket_configuration_mode INTEGER DEFAULT 0, bucket_configuration JSON, default_bucket_id BIGINT, done_bucket_id BIGINT,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO project_views
SELECT (p.id - 1) * 4 + v + 1, (ARRAY['List', 'Gantt', 'Table', 'Kanban'])[v + 1], p.id, v, CASE WHEN v = 0 THEN 'done = false' ELSE '' END, (v + 1) * 100,
  CASE WHEN v = 3 THEN 1 ELSE 0 END, CASE WHEN v = 3 THEN '[]'::json END,
  CASE WHEN v = 3 THEN (p.id - 1) * 4 + 1 END, CASE WHEN v = 3 THEN (p.id - 1) * 4 + CASE WHEN p.id <= 96 THEN 3 ELSE 4 END END,
  p.created, p.updated
FROM projects p CROSS JOIN generate_series(0, 3) v;
INSERT INTO project_views
SELECT 600 + k, t.title, 99 + fixture_gen.n('vcvp', k, 44), t.kind, t.f, 500 + k, t.mode, t.cfg::json, NULL, NULL,
  vgen.at('vcvc', k, timestamp '2024-04-01', timestamp '2024-10-31'), vgen.at('vcvu', k, timestamp '2024-11-01', timestamp '2024-11-28')
FROM generate_series(1, 40) k
JOIN vgen.p u ON u.i = 1 + fixture_gen.n('vcvu', k, 40)
JOIN vgen.p c ON c.i = 41 + fixture_gen.n('vcvcl', k, 44)
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Mijn taken', 0, 'assignees in ''' || u.uname || ''' && done = false', 0, NULL::text),
  (1, 'Waiting on client', 0, 'labels in 4 && done = false', 0, NULL),
  (2, 'Overdue', 2, 'due_date < now && done = false', 0, NULL),
  (3, 'Per person', 3, '', 2, '[{"title":"' || u.first || '","filter":{"filter":"assignees in ''' || u.uname || '''"}},{"title":"Client","filter":{"filter":"assignees in ''' || c.uname || '''"}},{"title":"Unassigned","filter":{"filter":"assignees not in ''' || u.uname || '''"}}]'),
  (4, 'This week', 0, 'due_date < now/w+1w && done = false', 0, NULL),
  (5, 'Mine and created by me', 0, 'assignees in ''' || u.uname || ''' || created_by = ''' || u.uname || '''', 0, NULL),
  (6, 'High priority', 2, 'priority >= 4', 0, NULL)) x(n, title, kind, f, mode, cfg) WHERE x.n = fixture_gen.n('vcvt', k, 7)) t;

CREATE TABLE buckets (
    id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, project_view_id BIGINT NOT NULL, "limit" INTEGER DEFAULT 0, position DOUBLE PRECISION,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL, created_by_id BIGINT NOT NULL DEFAULT 0);
INSERT INTO buckets
SELECT (p.id - 1) * 4 + b, CASE WHEN p.id <= 96 THEN (ARRAY['To-Do', 'Doing', 'Done'])[b] ELSE (ARRAY['Backlog', 'In progress', 'Wacht op klant', 'Done'])[b] END,
  (p.id - 1) * 4 + 4, CASE WHEN b = 2 AND p.id % 5 = 0 THEN 5 ELSE 0 END, b * 65536, p.created, p.updated, p.owner_id
FROM projects p CROSS JOIN generate_series(1, 4) b WHERE b <= CASE WHEN p.id <= 96 THEN 3 ELSE 4 END;

-- Tasks: 1-700. Kinds by project: client work naming the client's
-- contact, internal work naming staff and candidates, personal to-dos.
CREATE TABLE vgen.t (i int PRIMARY KEY, proj int, kind text, tpl int, cp int, st int, creator int, title text, description text);
INSERT INTO vgen.t (i, proj, kind, tpl, cp, st, creator)
SELECT ti, pr.id, pr.kind, fixture_gen.n('vtt', ti, 12),
  CASE WHEN pr.kind = 'client' THEN coalesce((SELECT min(p.i) + (ti % 2) * (max(p.i) - min(p.i)) FROM vgen.p p WHERE p.client = pr.client), 41) ELSE 41 + fixture_gen.n('vtcp', ti, 44) END,
  1 + fixture_gen.n('vtst', ti, 40),
  CASE WHEN pr.kind = 'inbox' THEN pr.owner WHEN ti % 9 = 0 AND pr.kind = 'client' THEN coalesce((SELECT min(p.i) FROM vgen.p p WHERE p.client = pr.client), pr.owner) WHEN ti % 23 = 0 THEN 93 ELSE 1 + fixture_gen.n('vtcr', ti, 40) END
FROM generate_series(1, 700) g(ti)
JOIN vgen.pr pr ON pr.id = CASE WHEN ti % 10 IN (0, 3) THEN 1 + fixture_gen.n('vtpi', ti, 92) WHEN ti % 10 = 7 THEN 129 + fixture_gen.n('vtpn', ti, 14) ELSE 99 + fixture_gen.n('vtpc', ti, 30) END;

UPDATE vgen.t t SET title = x.title, description = x.descr FROM (
SELECT t.i,
  CASE t.kind
  WHEN 'client' THEN CASE t.tpl
    WHEN 0 THEN 'Bel ' || cp.full_name || ' terug over de offerte'
    WHEN 1 THEN 'Homepage copy review'
    WHEN 2 THEN 'Fix mobile menu on iOS Safari'
    WHEN 3 THEN 'Send staging link to ' || cp.first
    WHEN 4 THEN 'Fotoshoot teampagina ' || c.name
    WHEN 5 THEN 'Factuur ' || c.code || '-' || (2024000 + t.i) || ' nog niet betaald'
    WHEN 6 THEN 'DNS verhuizen naar Cloudflare'
    WHEN 7 THEN 'Update Google Business profile'
    WHEN 8 THEN 'Cookiebanner en privacyverklaring'
    WHEN 9 THEN 'Set up GA4 and Search Console'
    WHEN 10 THEN 'Meeting with ' || cp.full_name || ' at their office'
    ELSE 'Newsletter template ' || to_char(date '2024-01-01' + t.i, 'Mon') END
  WHEN 'internal' THEN CASE t.tpl % 6
    WHEN 0 THEN 'Onboarding ' || st.full_name
    WHEN 1 THEN 'Interview ' || fixture_gen.full_name('vcand', t.i)
    WHEN 2 THEN 'Order new chairs for the Porto office'
    WHEN 3 THEN 'Renew wildcard certificate'
    WHEN 4 THEN 'Cover for ' || st.full_name || ' (sick leave)'
    ELSE 'Offboarding ' || st.full_name END
  ELSE CASE t.tpl
    WHEN 0 THEN 'Tandarts bellen'
    WHEN 1 THEN 'Pakket ophalen bij PostNL-punt'
    WHEN 2 THEN 'Huur overmaken'
    WHEN 3 THEN 'Cadeau kopen voor ' || fixture_gen.first_name('vgift', t.i)
    WHEN 4 THEN 'Paspoort verlengen (afspraak gemeente)'
    WHEN 5 THEN 'Book flights to Porto'
    WHEN 6 THEN 'Belastingaangifte 2023'
    WHEN 7 THEN 'Cancel gym membership'
    WHEN 8 THEN 'Huisarts: uitslag bloedonderzoek'
    WHEN 9 THEN 'Call mum'
    WHEN 10 THEN 'Read: Refactoring UI'
    ELSE 'Water the plants' END END AS title,
  CASE t.kind
  WHEN 'client' THEN CASE t.tpl
    WHEN 0 THEN '<p>' || cp.first || ' belde om ' || (9 + t.i % 8) || ':' || lpad((t.i * 7 % 60)::text, 2, '0') || '. Graag terugbellen op <a href="tel:' || replace(cp.phone, ' ', '') || '">' || cp.phone || '</a>.</p>'
    WHEN 1 THEN '<p>Feedback van ' || cp.full_name || ' verwerken, zie bijlage.</p><ul data-type="taskList"><li data-checked="false">Hero tekst inkorten</li><li data-checked="true">Openingstijden aanpassen</li></ul>'
    WHEN 2 THEN '<p>Menu overlaps the logo on iPhone 12 and older. Steps to reproduce are in the screenshot.</p>'
    WHEN 3 THEN '<p>Staging: <a href="https://staging.' || c.domain || '">staging.' || c.domain || '</a>. Send the preview link to ' || cp.first || ' by SMS (' || cp.phone || '), not by mail.</p>'
    WHEN 4 THEN '<p>Shoot on ' || to_char(date '2024-02-01' + t.i % 250, 'DD Mon') || ' at ' || fixture_gen.street('vtsh', t.i) || ', ' || c.city || '. On site: ' || cp.full_name || ' (' || cp.phone || ').</p><p>In the photo: '
         || fixture_gen.full_name('vtph1', t.i) || ', ' || fixture_gen.full_name('vtph2', t.i) || ' and ' || cp.first || '.</p>'
    WHEN 5 THEN '<p>Herinnering gestuurd naar ' || cp.email || ' op ' || to_char(date '2024-03-01' + t.i % 200, 'DD-MM') || '. Tweede herinnering na 14 dagen.</p>'
    WHEN 6 THEN '<p>The registrar account is the client''s. Ask ' || cp.first || ' for the transfer code.</p>'
    WHEN 7 THEN ''
    WHEN 8 THEN '<p>Privacy contact in the statement: <a href="mailto:' || cp.email || '">' || cp.email || '</a>. Cookiebot account on our card.</p>'
    WHEN 9 THEN '<p>Property created, waiting for Search Console access.</p>'
    WHEN 10 THEN '<p>Address: ' || fixture_gen.street('vtad', t.i) || ', ' || c.city || '. Ring ' || cp.first || ' on ' || cp.phone || ' when you arrive.</p>'
    ELSE '<p>' || fixture_gen.sentence('vtns', t.i) || '</p>' END
  WHEN 'internal' THEN CASE t.tpl % 6
    WHEN 0 THEN '<p>Start date ' || to_char(date '2023-09-01' + t.i % 400, 'DD-MM-YYYY') || '. Laptop: MacBook Pro 14". Private number ' || st.phone || ', emergency contact '
         || fixture_gen.full_name('vtec', t.i) || ' (' || fixture_gen.phone('vtecp', t.i) || ').</p><ul data-type="taskList"><li data-checked="true">Entra account</li><li data-checked="false">Figma seat</li><li data-checked="false">Keycard</li></ul>'
    WHEN 1 THEN '<p>CV attached. ' || fixture_gen.email('vcand', t.i) || ', ' || fixture_gen.phone('vcandp', t.i) || '. Salary expectation € ' || (3200 + 100 * (t.i % 15)) || ' gross per month, notice period one month.</p>'
    WHEN 2 THEN '<p>Quote from IKEA Business attached, 6 chairs.</p>'
    WHEN 3 THEN ''
    WHEN 4 THEN '<p>' || st.first || ' is out until ' || to_char(date '2024-01-10' + t.i % 300, 'DD Mon') || ' (' || fixture_gen.pick(ARRAY['back surgery', 'burn-out, phased return', 'pregnancy leave', 'broken wrist'], 'vtsl', t.i) || '). Reassign open tasks.</p>'
    ELSE '<p>Last day ' || to_char(date '2024-01-31' + t.i % 300, 'DD-MM-YYYY') || '. Forward mail to ' || st.email || ' → studio@halcyon-digital.example. Private address for the final payslip: ' || fixture_gen.street('vtoff', t.i) || '.</p>' END
  ELSE CASE t.tpl
    WHEN 0 THEN '<p>Tandartspraktijk: 010 ' || fixture_gen.digits('vtden', t.i, 3) || ' ' || fixture_gen.digits('vtden2', t.i, 4) || '</p>'
    WHEN 3 THEN '<p>Idee: boek of sjaal. Verjaardag op ' || to_char(date '2024-01-01' + t.i % 365, 'DD-MM') || '.</p>'
    WHEN 4 THEN '<p>BSN en oude paspoort meenemen.</p>'
    WHEN 8 THEN '<p>Assistente belt terug op ' || st.phone || '.</p>'
    ELSE '' END END AS descr
FROM vgen.t t JOIN vgen.p cp ON cp.i = t.cp JOIN vgen.p st ON st.i = t.st JOIN vgen.pr pr ON pr.id = t.proj LEFT JOIN vgen.cl c ON c.k = pr.client) x WHERE x.i = t.i;

CREATE TABLE tasks (
    id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, description TEXT, done BOOL, done_at TIMESTAMP, due_date TIMESTAMP, created_by_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL, repeat_after BIGINT, repeat_mode INTEGER NOT NULL DEFAULT 0, priority BIGINT, start_date TIMESTAMP, end_date TIMESTAMP,
    hex_color VARCHAR(6), percent_done DOUBLE PRECISION, index BIGINT NOT NULL DEFAULT 0, uid VARCHAR(250), cover_image_attachment_id BIGINT DEFAULT 0,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL, bucket_id BIGINT, position DOUBLE PRECISION, kanban_position DOUBLE PRECISION);
INSERT INTO tasks
SELECT t.i, t.title, t.description, d.done, CASE WHEN d.done THEN d.cr + make_interval(hours => 2 + fixture_gen.n('vtdn', t.i, 900)) END,
  CASE WHEN t.i % 3 <> 0 THEN (d.cr + make_interval(days => 1 + fixture_gen.n('vtdd', t.i, 45)))::date + time '17:00' END,
  t.creator, t.proj,
  CASE WHEN t.kind = 'inbox' AND t.tpl IN (2, 11) THEN (ARRAY[604800, 2592000, 86400])[1 + t.i % 3] ELSE 0 END,
  CASE WHEN t.kind = 'inbox' AND t.tpl = 2 AND t.i % 2 = 0 THEN 1 ELSE 0 END,
  fixture_gen.n('vtpr', t.i, 6),
  CASE WHEN t.i % 7 = 0 THEN d.cr + interval '1 day' END, CASE WHEN t.i % 7 = 0 THEN d.cr + interval '9 days' END,
  CASE WHEN t.i % 8 = 0 THEN fixture_gen.pick(ARRAY['e8e8e8', 'ff4136', '1973ff', 'ffbe0b'], 'vthc', t.i) ELSE '' END,
  CASE WHEN d.done THEN 1 WHEN t.i % 5 = 0 THEN 0.5 ELSE 0 END,
  row_number() OVER (PARTITION BY t.proj ORDER BY t.i),
  CASE WHEN t.i % 6 = 0 THEN upper(fixture_gen.uuid('vtuid', t.i)) ELSE vgen.rnd('vtuid', t.i, 40) END,
  0, d.cr, d.cr + make_interval(hours => fixture_gen.n('vtup', t.i, 2000)),
  NULL, NULL, NULL
FROM vgen.t t CROSS JOIN LATERAL (SELECT vgen.at('vtcr', t.i, timestamp '2022-01-01', timestamp '2024-11-20') AS cr, fixture_gen.n('vtdo', t.i, 10) < 6 AS done) d;
UPDATE tasks SET bucket_id = (project_id - 1) * 4 + CASE WHEN done THEN CASE WHEN project_id <= 96 THEN 3 ELSE 4 END ELSE 1 + id % 2 END,
  position = id * 65536.0, kanban_position = CASE WHEN id % 3 = 0 THEN id * 1024.0 ELSE 0 END
WHERE created < timestamp '2024-03-15';

CREATE TABLE task_buckets (bucket_id BIGINT NOT NULL, task_id BIGINT NOT NULL, project_view_id BIGINT NOT NULL);
INSERT INTO task_buckets
SELECT (t.project_id - 1) * 4 + CASE WHEN t.done THEN CASE WHEN t.project_id <= 96 THEN 3 ELSE 4 END WHEN t.project_id > 96 AND t.id % 5 = 0 THEN 3 ELSE 1 + t.id % 2 END,
  t.id, (t.project_id - 1) * 4 + 4 FROM tasks t;

CREATE TABLE task_positions (id BIGSERIAL PRIMARY KEY, task_id BIGINT NOT NULL, project_view_id BIGINT NOT NULL, position DOUBLE PRECISION NOT NULL);
INSERT INTO task_positions (task_id, project_view_id, position)
SELECT t.id, (t.project_id - 1) * 4 + v, (t.index * 65536 + fixture_gen.n('vtpos', t.id * 4 + v, 60000))::double precision FROM tasks t CROSS JOIN generate_series(1, 4) v WHERE v IN (1, 4);

CREATE TABLE task_comments (id BIGSERIAL PRIMARY KEY, comment TEXT NOT NULL, author_id BIGINT NOT NULL, task_id BIGINT NOT NULL, created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO task_comments
SELECT k, CASE fixture_gen.n('vcmt', k, 10)
    WHEN 0 THEN '<p>Heb ' || cp.first || ' gesproken, ze wil de offerte per mail: ' || cp.email || '</p>'
    WHEN 1 THEN '<p>Done, see the attached screenshot.</p>'
    WHEN 2 THEN '<p>@' || au.uname || ' can you take this one? I''m off on Friday.</p>'
    WHEN 3 THEN '<p>' || cp.full_name || ' approved the design by phone. New number: ' || vgen.mobile(cp.c, 'vcmph', k) || '</p>'
    WHEN 4 THEN '<p>Waiting for the logo files from the client.</p>'
    WHEN 5 THEN '<p>Klant is op vakantie tot ' || to_char(date '2024-06-01' + k % 120, 'DD-MM') || ', daarna opnieuw proberen.</p>'
    WHEN 6 THEN '<p>Factuur is betaald, zie bankafschrift. Afzender: ' || cp.full_name || ', ' || fixture_gen.iban_for('vcmib', k) || '</p>'
    WHEN 7 THEN '<p>👍</p>'
    WHEN 8 THEN '<p>' || fixture_gen.sentence('vcms', k) || '</p>'
    ELSE '<p>Moved to next sprint.</p>' END,
  au.i, t.id, t.created + make_interval(hours => 1 + fixture_gen.n('vcmc', k, 500)), t.created + make_interval(hours => 1 + fixture_gen.n('vcmc', k, 500))
FROM generate_series(1, 420) k
JOIN tasks t ON t.id = 1 + fixture_gen.n('vcmtk', k, 700)
JOIN vgen.t vt ON vt.i = t.id
JOIN vgen.p cp ON cp.i = vt.cp
JOIN vgen.p au ON au.i = CASE WHEN vt.kind = 'inbox' THEN vt.creator WHEN k % 7 = 0 THEN vt.cp ELSE 1 + fixture_gen.n('vcmau', k, 40) END;

CREATE TABLE task_attachments (id BIGSERIAL PRIMARY KEY, task_id BIGINT NOT NULL, file_id BIGINT NOT NULL, created_by_id BIGINT NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO task_attachments
SELECT f.id - 48, 1 + fixture_gen.n('vtat', f.id, 700), f.id, f.created_by_id, f.created FROM files f WHERE f.id BETWEEN 49 AND 250;
UPDATE tasks t SET cover_image_attachment_id = a.id FROM task_attachments a JOIN files f ON f.id = a.file_id WHERE a.task_id = t.id AND f.mime LIKE 'image/%' AND t.id % 2 = 0;

CREATE TABLE labels (
    id BIGSERIAL PRIMARY KEY, title VARCHAR(250) NOT NULL, description TEXT, hex_color VARCHAR(6), created_by_id BIGINT NOT NULL, created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO labels
SELECT k, l.t, l.d, l.c, l.o, vgen.at('vlbc', k, timestamp '2020-06-01', timestamp '2024-06-01'), vgen.at('vlbu', k, timestamp '2024-06-01', timestamp '2024-11-28')
FROM (VALUES (1, 'urgent', '', 'ff4136', 1), (2, 'bug', '', 'e8e8e8', 3), (3, 'design', 'Needs a designer', '7d3cff', 1), (4, 'wacht op klant', 'Blocked until the client answers', 'ffbe0b', 1),
  (5, 'copy', '', '1973ff', 6), (6, 'quick win', 'Less than 30 minutes', '34d399', 9), (7, 'meerwerk', 'Outside the quote, bill separately', 'ff9a00', 2), (8, 'SEO', '', '00b3b3', 27),
  (9, 'hosting', '', '', 4), (10, 'personal', '', 'e8e8e8', 12), (11, 'errands', '', '', 45), (12, 'Q4', 'Fourth quarter', '', 9), (13, 'waiting', '', 'ffbe0b', 88),
  (14, 'accessibility', 'WCAG 2.1 AA', '1973ff', 3), (15, 'contract', '', 'ff4136', 2), (16, 'figma', '', '7d3cff', 31), (17, 'invoice', '', 'ff9a00', 2), (18, 'feature', '', '34d399', 90)) l(k, t, d, c, o);

CREATE TABLE label_tasks (id BIGSERIAL PRIMARY KEY, task_id BIGINT NOT NULL, label_id BIGINT NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO label_tasks (task_id, label_id, created)
SELECT DISTINCT ON (t.id, l) t.id, l, t.created + interval '5 minutes' FROM tasks t CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('vlt', t.id * 3 + s, 18) AS l FROM generate_series(1, 2) s) x WHERE t.id % 3 <> 1 ORDER BY t.id, l;

CREATE TABLE task_assignees (id BIGSERIAL PRIMARY KEY, task_id BIGINT NOT NULL, user_id BIGINT NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO task_assignees (task_id, user_id, created)
SELECT DISTINCT ON (t.id, u) t.id, u, t.created + interval '10 minutes'
FROM tasks t JOIN vgen.t vt ON vt.i = t.id CROSS JOIN LATERAL (SELECT CASE WHEN vt.kind = 'inbox' THEN vt.creator WHEN s = 2 AND vt.kind = 'client' THEN vt.cp ELSE 1 + fixture_gen.n('vtas', t.id * 5 + s, 40) END AS u FROM generate_series(1, 1 + t.id % 2) s) x
WHERE t.id % 4 <> 0 ORDER BY t.id, u;

CREATE TABLE task_relations (id BIGSERIAL PRIMARY KEY, task_id BIGINT NOT NULL, other_task_id BIGINT NOT NULL, relation_kind VARCHAR(50) NOT NULL, created_by_id BIGINT NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO task_relations
SELECT k, a, b, r, 1 + fixture_gen.n('vtru', k, 40), vgen.at('vtrc', k, timestamp '2022-06-01', timestamp '2024-11-20')
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('vtra', k, 700) AS a, 1 + fixture_gen.n('vtrb', k, 700) AS b,
  fixture_gen.pick(ARRAY['related', 'subtask', 'parenttask', 'blocking', 'blocked', 'precedes', 'follows', 'duplicateof', 'copiedfrom'], 'vtrk', k) AS r) x;

CREATE TABLE task_reminders (id BIGSERIAL PRIMARY KEY, task_id BIGINT NOT NULL, reminder TIMESTAMP NOT NULL, created TIMESTAMP NOT NULL, relative_to VARCHAR(50), relative_period BIGINT);
INSERT INTO task_reminders (task_id, reminder, created, relative_to, relative_period)
SELECT t.id, coalesce(t.due_date, t.created + interval '3 days') - CASE WHEN t.id % 3 = 0 THEN interval '1 day' ELSE interval '0' END, t.created,
  CASE WHEN t.id % 3 = 0 THEN 'due_date' WHEN t.id % 3 = 1 THEN '' END, CASE WHEN t.id % 3 = 0 THEN -86400 ELSE 0 END
FROM tasks t WHERE t.id % 4 = 1 OR t.id % 9 = 0;

CREATE TABLE teams (
    id BIGSERIAL PRIMARY KEY, name VARCHAR(250) NOT NULL, description TEXT, created_by_id BIGINT NOT NULL, oidc_id VARCHAR(250), issuer TEXT, is_public BOOL NOT NULL DEFAULT false,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO teams
SELECT k, n, d, o, CASE WHEN oidc THEN fixture_gen.uuid('vtmoid', k) END, CASE WHEN oidc THEN 'https://login.microsoftonline.com/' || fixture_gen.uuid('vtenant', 1) || '/v2.0' END, k IN (1, 2, 7),
  vgen.at('vtmc', k, timestamp '2020-01-01', timestamp '2024-01-01'), vgen.at('vtmu', k, timestamp '2024-01-01', timestamp '2024-11-28')
FROM (VALUES (1, 'Studio Rotterdam', '', 1, true), (2, 'Estúdio Porto', '', 1, true), (3, 'Design', 'All designers. Lead: ' || (SELECT full_name FROM vgen.p WHERE i = 3), 3, true),
  (4, 'Development', 'Front- and back-end. On call this month: ' || (SELECT full_name || ', ' || phone FROM vgen.p WHERE i = 10), 10, true),
  (5, 'Account management', '', 2, true), (6, 'Management', 'Partners only', 1, true), (7, 'Freelancers', 'External designers and developers. Contracts with ' || (SELECT full_name FROM vgen.p WHERE i = 2), 2, false),
  (8, 'Klant: Bakkerij de Vries', 'Shared with the client''s staff', 6, false), (9, 'Klant: Hotel Ribeira', '', 15, false), (10, 'Klant: Schouwburg', 'Contact: ' || (SELECT full_name || ' <' || email || '>' FROM vgen.p WHERE client = 23 ORDER BY i LIMIT 1), 9, false),
  (11, 'Sinterklaascommissie', '', 5, false), (12, 'Social club', 'Friday drinks and the summer outing', 12, false)) v(k, n, d, o, oidc);

CREATE TABLE team_members (id BIGSERIAL PRIMARY KEY, team_id BIGINT NOT NULL, user_id BIGINT NOT NULL, admin BOOL, created TIMESTAMP NOT NULL);
INSERT INTO team_members (team_id, user_id, admin, created)
SELECT tm, p.i, p.i IN (1, 2, 3, 10), vgen.at('vtmm', p.i * 20 + tm, timestamp '2020-02-01', timestamp '2024-11-01')
FROM vgen.p p CROSS JOIN LATERAL (SELECT unnest(CASE
    WHEN p.kind = 'staff' THEN ARRAY[CASE WHEN p.c = 'pt' THEN 2 ELSE 1 END, 3 + p.i % 3] || CASE WHEN p.i <= 2 THEN ARRAY[6] ELSE ARRAY[]::int[] END || CASE WHEN p.i % 4 = 0 THEN ARRAY[12] ELSE ARRAY[]::int[] END || CASE WHEN p.i % 10 = 5 THEN ARRAY[11] ELSE ARRAY[]::int[] END
    WHEN p.kind = 'ext' THEN ARRAY[7]
    WHEN p.client = 1 THEN ARRAY[8] WHEN p.client = 15 THEN ARRAY[9] WHEN p.client = 23 THEN ARRAY[10] ELSE ARRAY[]::int[] END) AS tm) x;

CREATE TABLE team_projects (id BIGSERIAL PRIMARY KEY, team_id BIGINT NOT NULL, project_id BIGINT NOT NULL, "right" INTEGER NOT NULL DEFAULT 0, created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO team_projects (team_id, project_id, "right", created, updated)
SELECT tm, pid, r, vgen.at('vtpc', tm * 200 + pid, timestamp '2021-01-01', timestamp '2024-10-01'), vgen.at('vtpu', tm * 200 + pid, timestamp '2024-10-01', timestamp '2024-11-28')
FROM (SELECT 1 AS tm, generate_series(97, 142) AS pid, 1 AS r UNION ALL SELECT 2, generate_series(97, 142), 1 UNION ALL SELECT 6, generate_series(97, 142), 2
      UNION ALL SELECT 8, 99, 0 UNION ALL SELECT 9, 113, 1 UNION ALL SELECT 10, 121, 0 UNION ALL SELECT 10, 135, 0 UNION ALL SELECT 7, generate_series(99, 110), 1 UNION ALL SELECT 3, 131, 1) x;

CREATE TABLE users_projects (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL, project_id BIGINT NOT NULL, "right" INTEGER NOT NULL DEFAULT 0, created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO users_projects (user_id, project_id, "right", created, updated)
SELECT p.i, 98 + p.client, CASE WHEN p.i % 3 = 0 THEN 1 ELSE 0 END, vgen.at('vupc', p.i, timestamp '2021-04-01', timestamp '2024-10-01'), vgen.at('vupu', p.i, timestamp '2024-10-01', timestamp '2024-11-28')
FROM vgen.p p WHERE p.kind = 'client'
UNION ALL SELECT 85 + k % 8, 99 + k * 3 % 30, 1, vgen.at('vupc2', k, timestamp '2022-01-01', timestamp '2024-10-01'), vgen.at('vupu2', k, timestamp '2024-10-01', timestamp '2024-11-28') FROM generate_series(1, 16) k
UNION ALL SELECT 2, 130 + k, 2, vgen.at('vupc3', k, timestamp '2022-01-01', timestamp '2024-10-01'), vgen.at('vupu3', k, timestamp '2024-10-01', timestamp '2024-11-28') FROM generate_series(1, 3) k;

-- Link shares: the hash in /share/<hash>/auth is the credential; the name
-- is what the sharer typed, mostly whom it was sent to.
CREATE TABLE link_shares (
    id BIGSERIAL PRIMARY KEY, hash VARCHAR(40) NOT NULL UNIQUE, name TEXT, project_id BIGINT NOT NULL, "right" INTEGER NOT NULL DEFAULT 0,
    sharing_type INTEGER NOT NULL DEFAULT 0, password TEXT, shared_by_id BIGINT NOT NULL, created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO link_shares
SELECT j, vgen.rnd('vlsh', j, 40),
  CASE fixture_gen.n('vlsn', j, 6) WHEN 0 THEN '' WHEN 1 THEN 'Klant preview' WHEN 2 THEN cp.full_name || ' (' || c.name || ')' WHEN 3 THEN 'Voor ' || cp.first || ' ' || cp.last ELSE cp.full_name END,
  98 + c.k, j % 3, CASE WHEN j % 4 = 0 THEN 2 ELSE 1 END, CASE WHEN j % 4 = 0 THEN vgen.bcrypt('vlspw', j) ELSE '' END,
  1 + fixture_gen.n('vlsby', j, 40), vgen.at('vlsc', j, timestamp '2022-03-01', timestamp '2024-11-20'), vgen.at('vlsc', j, timestamp '2022-03-01', timestamp '2024-11-20') + interval '2 minutes'
FROM generate_series(1, 60) g(j) JOIN vgen.cl c ON c.k = 1 + fixture_gen.n('vlcl', j, 30) JOIN LATERAL (SELECT * FROM vgen.p WHERE client = c.k ORDER BY i LIMIT 1) cp ON true;

CREATE TABLE subscriptions (id BIGSERIAL PRIMARY KEY, entity_type INTEGER NOT NULL, entity_id BIGINT NOT NULL, user_id BIGINT NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO subscriptions (entity_type, entity_id, user_id, created)
SELECT CASE WHEN k % 3 = 0 THEN 1 ELSE 3 END, CASE WHEN k % 3 = 0 THEN 99 + k % 44 ELSE 1 + fixture_gen.n('vsbt', k, 700) END, 1 + fixture_gen.n('vsbu', k, 92), vgen.at('vsbc', k, timestamp '2022-01-01', timestamp '2024-11-28')
FROM generate_series(1, 120) k;

CREATE TABLE saved_filters (
    id BIGSERIAL PRIMARY KEY, filters JSON NOT NULL, title VARCHAR(250) NOT NULL, description TEXT, owner_id BIGINT NOT NULL, is_favorite BOOL DEFAULT false,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO saved_filters
SELECT j, json_build_object('filter', f.q, 'filter_include_nulls', j % 2 = 0, 's', f.s, 'sort_by', json_build_array('due_date', 'id'), 'order_by', json_build_array('asc', 'desc')), f.t, f.d, u.i, j % 3 = 0,
  vgen.at('vsfc', j, timestamp '2022-01-01', timestamp '2024-09-01'), vgen.at('vsfu', j, timestamp '2024-09-01', timestamp '2024-11-28')
FROM generate_series(1, 45) g(j) JOIN vgen.p u ON u.i = 1 + fixture_gen.n('vsfu', j, 40) JOIN vgen.p c ON c.i = 41 + fixture_gen.n('vsfc', j, 44) JOIN vgen.cl cl ON cl.k = c.client
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Mijn week', 'assignees in ''' || u.uname || ''' && due_date < now/w+1w', '', ''),
  (1, 'Everything for ' || cl.name, 'project in ' || (98 + cl.k) || ' && done = false', '', 'Open items to discuss with ' || c.full_name),
  (2, 'Waiting on ' || c.first, 'assignees in ''' || c.uname || ''' && done = false', '', ''),
  (3, 'Overdue (all)', 'due_date < now && done = false', '', ''),
  (4, 'Search: ' || c.last, 'done = false', c.last, 'Tasks mentioning ' || c.full_name),
  (5, 'Urgent', 'labels in 1 && priority >= 3', '', 'Check every morning')) v(n, t, q, s, d) WHERE v.n = fixture_gen.n('vsft', j, 6)) f;

CREATE TABLE favorites (id BIGSERIAL PRIMARY KEY, entity_id BIGINT NOT NULL, user_id BIGINT NOT NULL, kind INTEGER NOT NULL);
INSERT INTO favorites (entity_id, user_id, kind)
SELECT CASE WHEN k % 2 = 0 THEN 99 + k % 44 ELSE 1 + fixture_gen.n('vfvt', k, 700) END, 1 + fixture_gen.n('vfvu', k, 92), 1 + k % 2 FROM generate_series(1, 110) k;

CREATE TABLE webhooks (
    id BIGSERIAL PRIMARY KEY, target_url VARCHAR(255) NOT NULL, events JSON, project_id BIGINT NOT NULL, secret VARCHAR(255), created_by_id BIGINT NOT NULL,
    created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL);
INSERT INTO webhooks
SELECT k,
  CASE k % 4
    WHEN 0 THEN 'https://hooks.slack' || '.com/services/T0' || fixture_gen.chars('vwht', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('vwhb', k, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || vgen.rnd('vwhs', k, 24)
    WHEN 1 THEN 'https://n8n.halcyon-digital.example/webhook/' || fixture_gen.uuid('vwhn', k)
    WHEN 2 THEN 'https://chat.googleapis.com/v1/spaces/AAAA' || vgen.rnd('vwhg', k, 7) || '/messages?key=AIza' || vgen.rnd('vwhk', k, 35) || '&token=' || vgen.b64url('vwhtk', k, 32)
    ELSE 'https://halcyon.webhook.office' || '.com/webhookb2/' || fixture_gen.uuid('vwhm1', k) || '@' || fixture_gen.uuid('vtenant', 1) || '/IncomingWebhook/' || fixture_gen.hexn('vwhm2', k, 32) || '/' || fixture_gen.uuid('vwhm3', k) END,
  (ARRAY['["task.created","task.updated","task.deleted"]', '["task.comment.created"]', '["task.assignee.created","task.comment.created","task.updated"]', '["project.updated","task.created"]', '["task.attachment.created","task.relation.created"]'])[1 + k % 5]::json,
  99 + fixture_gen.n('vwhp', k, 44), CASE WHEN k % 3 = 0 THEN '' ELSE vgen.rnd('vwhsec', k, 32) END, 1 + fixture_gen.n('vwhu', k, 12),
  vgen.at('vwhc', k, timestamp '2023-09-01', timestamp '2024-10-01'), vgen.at('vwhu', k, timestamp '2024-10-01', timestamp '2024-11-28')
FROM generate_series(1, 24) k;

-- Notifications: the notification struct as JSON, with the doer (name,
-- username, email) and the task or project it is about.
CREATE TABLE notifications (
    id BIGSERIAL PRIMARY KEY, notifiable_id BIGINT NOT NULL, notification JSON, name VARCHAR(250), subject_id BIGINT, read_at TIMESTAMP, created TIMESTAMP NOT NULL);
INSERT INTO notifications
SELECT k, r.id, (CASE n.name
    WHEN 'task.comment' THEN json_build_object('doer', dj.j, 'task', json_build_object('id', t.id, 'title', t.title, 'description', t.description, 'project_id', t.project_id, 'identifier', '#' || t.index),
         'comment', json_build_object('id', cm.id, 'comment', cm.comment, 'author', dj.j, 'created', cm.created), 'mentioned', k % 5 = 0)
    WHEN 'task.assigned' THEN json_build_object('doer', dj.j, 'task', json_build_object('id', t.id, 'title', t.title, 'project_id', t.project_id), 'assignee', rj.j, 'target', rj.j)
    WHEN 'task.deleted' THEN json_build_object('doer', dj.j, 'task', json_build_object('id', t.id, 'title', t.title, 'project_id', t.project_id))
    WHEN 'project.created' THEN json_build_object('doer', dj.j, 'project', json_build_object('id', t.project_id, 'title', (SELECT title FROM projects WHERE id = t.project_id)))
    WHEN 'team.member.added' THEN json_build_object('doer', dj.j, 'member', rj.j, 'team', json_build_object('id', 1 + k % 12, 'name', (SELECT name FROM teams WHERE id = 1 + k % 12)))
    WHEN 'task.undone.overdue' THEN json_build_object('user', rj.j, 'tasks', json_build_object(t.id::text, json_build_object('id', t.id, 'title', t.title, 'due_date', t.due_date)), 'projects', json_build_object())
    ELSE json_build_object('user', rj.j, 'export_file_id', 250 + k % 5) END)::json,
  n.name, CASE WHEN n.name IN ('task.comment') THEN cm.id WHEN n.name LIKE 'task%' THEN t.id WHEN n.name = 'project.created' THEN t.project_id ELSE NULL END,
  CASE WHEN k % 3 <> 0 THEN vgen.at('vntc', k, timestamp '2024-01-01', timestamp '2024-11-20') + interval '3 hours' END,
  vgen.at('vntc', k, timestamp '2024-01-01', timestamp '2024-11-20')
FROM generate_series(1, 260) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['task.comment', 'task.comment', 'task.comment', 'task.assigned', 'task.assigned', 'task.deleted', 'project.created', 'team.member.added', 'task.undone.overdue', 'data.export.ready'], 'vntn', k) AS name) n
JOIN users r ON r.id = 1 + fixture_gen.n('vntr', k, 92)
JOIN users d ON d.id = 1 + fixture_gen.n('vntd', k, 92)
JOIN tasks t ON t.id = 1 + fixture_gen.n('vntt', k, 700)
JOIN task_comments cm ON cm.id = 1 + fixture_gen.n('vntm', k, 420)
CROSS JOIN LATERAL (SELECT json_build_object('id', d.id, 'name', d.name, 'username', d.username, 'email', d.email, 'created', d.created, 'updated', d.updated) AS j) dj
CROSS JOIN LATERAL (SELECT json_build_object('id', r.id, 'name', r.name, 'username', r.username, 'email', r.email, 'created', r.created, 'updated', r.updated) AS j) rj;

-- Unsplash: the photographers of the project backgrounds chosen there.
CREATE TABLE unsplash_photos (id BIGSERIAL PRIMARY KEY, file_id BIGINT NOT NULL, unsplash_id VARCHAR(50), author TEXT, author_name TEXT);
INSERT INTO unsplash_photos
SELECT k, 30 + k, f.name, fixture_gen.ascii(fixture_gen.first_name('vusp', k)) || fixture_gen.pick(ARRAY['', '_', 'photo', 'shoots', '.'], 'vuss', k) || CASE WHEN k % 2 = 0 THEN fixture_gen.ascii(fixture_gen.last_name('vusp', k)) ELSE '' END,
  fixture_gen.full_name('vusp', k)
FROM generate_series(1, 10) k JOIN files f ON f.id = 30 + k;

CREATE TABLE migration_status (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL, migrator_name VARCHAR(255), started_at TIMESTAMP, finished_at TIMESTAMP);
INSERT INTO migration_status
SELECT k, 1 + fixture_gen.n('vmsu', k, 92), fixture_gen.pick(ARRAY['todoist', 'trello', 'microsoft-todo', 'vikunja-file', 'ticktick'], 'vmsn', k),
  vgen.at('vmss', k, timestamp '2021-01-01', timestamp '2024-11-20'), CASE WHEN k % 7 <> 3 THEN vgen.at('vmss', k, timestamp '2021-01-01', timestamp '2024-11-20') + make_interval(secs => 20 + fixture_gen.n('vmsd', k, 600)) END
FROM generate_series(1, 22) k;

CREATE TABLE reactions (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL, entity_id BIGINT NOT NULL, entity_kind INTEGER NOT NULL, value VARCHAR(20) NOT NULL, created TIMESTAMP NOT NULL);
INSERT INTO reactions (user_id, entity_id, entity_kind, value, created)
SELECT 1 + fixture_gen.n('vrxu', k, 92), CASE WHEN k % 3 = 0 THEN 1 + fixture_gen.n('vrxt', k, 700) ELSE 1 + fixture_gen.n('vrxc', k, 420) END, CASE WHEN k % 3 = 0 THEN 0 ELSE 1 END,
  fixture_gen.pick(ARRAY['👍', '🎉', '❤️', '👀', '😂', '🚀', '✅'], 'vrxv', k), vgen.at('vrxc', k, timestamp '2024-03-10', timestamp '2024-11-28')
FROM generate_series(1, 140) k;

-- ---------------------------------------------------------------------------
-- The agency's own schema in the same database.

CREATE SCHEMA halcyon;

-- bsn: a Dutch citizen service number passing the eleven test; nif: a
-- Portuguese tax number with its mod-11 check digit.
CREATE FUNCTION vgen.bsn(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text; s int; k int;
BEGIN
  FOR attempt IN 0..20 LOOP
    d := (1 + fixture_gen.n(tag || attempt, i, 9))::text || fixture_gen.digits(tag || attempt, i, 7);
    s := 0;
    FOR k IN 1..8 LOOP s := s + substr(d, k, 1)::int * (10 - k); END LOOP;
    IF s % 11 < 10 THEN RETURN d || (s % 11)::text; END IF;
  END LOOP;
  RETURN '111222333';
END $$;

CREATE FUNCTION vgen.nif(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text := (1 + fixture_gen.n(tag, i, 2))::text || fixture_gen.digits(tag, i, 7); s int := 0; c int;
BEGIN
  FOR k IN 1..8 LOOP s := s + substr(d, k, 1)::int * (10 - k); END LOOP;
  c := 11 - s % 11; IF c >= 10 THEN c := 0; END IF;
  RETURN d || c::text;
END $$;

CREATE TABLE halcyon.rate_cards (id serial PRIMARY KEY, name text NOT NULL, hourly_rate_cents integer NOT NULL, currency char(3) NOT NULL DEFAULT 'EUR', valid_from date NOT NULL);
INSERT INTO halcyon.rate_cards (name, hourly_rate_cents, valid_from) VALUES ('Junior designer', 6500, '2023-01-01'), ('Designer', 8500, '2023-01-01'), ('Senior designer', 10500, '2023-01-01'),
  ('Developer', 9500, '2023-01-01'), ('Senior developer', 11500, '2023-01-01'), ('Project management', 9000, '2023-01-01'), ('Copywriting', 8000, '2023-01-01'),
  ('Designer', 9000, '2024-01-01'), ('Senior designer', 11000, '2024-01-01'), ('Developer', 10000, '2024-01-01'), ('Senior developer', 12000, '2024-01-01'), ('Maintenance (strippenkaart)', 8500, '2024-01-01');

CREATE TABLE halcyon.clients (
    id serial PRIMARY KEY, code varchar(3) NOT NULL UNIQUE, display_name text NOT NULL, legal_name text NOT NULL, legal_form text, kvk_number text, vat_number text,
    contact_name text, contact_email text, contact_phone text, billing_street text, billing_postcode text, billing_city text, billing_country char(2),
    iban text, sepa_mandate_ref text, account_manager_user_id bigint, vikunja_project_id bigint, hourly_rate_cents integer, payment_terms_days integer,
    status text NOT NULL, notes text, onboarded_on date, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
INSERT INTO halcyon.clients
SELECT c.k, c.code, c.name, c.legal, c.form,
  CASE c.country WHEN 'NL' THEN fixture_gen.digits('vkvk', c.k, 8) WHEN 'BE' THEN '0' || fixture_gen.digits('vkbo', c.k, 3) || '.' || fixture_gen.digits('vkbo2', c.k, 3) || '.' || fixture_gen.digits('vkbo3', c.k, 3) ELSE vgen.nif('vnipc', c.k) END,
  CASE c.country WHEN 'NL' THEN 'NL' || fixture_gen.digits('vbtw', c.k, 9) || CASE WHEN c.sole THEN 'B0' || (1 + c.k % 3) ELSE 'B01' END WHEN 'BE' THEN 'BE0' || fixture_gen.digits('vbtwb', c.k, 9) ELSE 'PT' || vgen.nif('vnipc', c.k) END,
  p.full_name, p.email, p.phone,
  CASE c.country WHEN 'NL' THEN fixture_gen.pick(ARRAY['Coolsingel', 'Witte de Withstraat', 'Nieuwe Binnenweg', 'Oudedijk', 'Kralingse Plaslaan', 'Markt'], 'vcst', c.k) || ' ' || (1 + fixture_gen.n('vcsn', c.k, 180))
    WHEN 'BE' THEN fixture_gen.pick(ARRAY['Meir', 'Veldstraat', 'Korenmarkt'], 'vcst', c.k) || ' ' || (1 + fixture_gen.n('vcsn', c.k, 90))
    ELSE fixture_gen.pick(ARRAY['Rua de Santa Catarina', 'Avenida da Boavista', 'Rua das Flores', 'Largo do Rato'], 'vcst', c.k) || ', ' || (1 + fixture_gen.n('vcsn', c.k, 400)) END,
  CASE c.country WHEN 'NL' THEN (1000 + fixture_gen.n('vcpc', c.k, 8999))::text || ' ' || fixture_gen.chars('vcpl', c.k, 2, 'ABCDEFGHJKLMNPRSTVWXZ') WHEN 'BE' THEN (1000 + fixture_gen.n('vcpc', c.k, 8999))::text ELSE '4' || fixture_gen.digits('vcpc', c.k, 3) || '-' || fixture_gen.digits('vcpp', c.k, 3) END,
  c.city, c.country,
  CASE c.country WHEN 'NL' THEN fixture_gen.iban('NL', fixture_gen.pick(ARRAY['ABNA', 'INGB', 'RABO', 'TRIO', 'BUNQ'], 'vcib', c.k) || fixture_gen.digits('vcibn', c.k, 10))
    WHEN 'BE' THEN fixture_gen.iban('BE', fixture_gen.digits('vcibb', c.k, 12)) ELSE fixture_gen.iban('PT', fixture_gen.digits('vcibp', c.k, 21)) END,
  CASE WHEN c.k % 3 <> 0 THEN 'HALC-' || c.code || '-' || (2020 + c.k % 4) END,
  (ARRAY[3, 6, 9, 10, 15, 22, 27, 31])[1 + c.k % 8], 98 + c.k, (ARRAY[8500, 9000, 9500, 10500])[1 + c.k % 4], (ARRAY[14, 14, 30, 30, 8])[1 + c.k % 5],
  CASE WHEN c.k IN (14, 21) THEN 'archived' WHEN c.k = 25 THEN 'prospect' ELSE 'active' END,
  CASE c.k % 5
    WHEN 0 THEN 'Pays late, always call ' || p.first || ' before sending a reminder (' || p.phone || ').'
    WHEN 1 THEN 'Referred by ' || fixture_gen.full_name('vcref', c.k) || '.'
    WHEN 2 THEN ''
    WHEN 3 THEN 'Invoices to the bookkeeper: ' || fixture_gen.ascii(fixture_gen.first_name('vcbk', c.k)) || '@' || fixture_gen.pick(ARRAY['boekhouding-zuid.example', 'contabilidade-norte.example', 'gmail.com'], 'vcbkd', c.k) || '.'
    ELSE 'Framework agreement signed ' || to_char(date '2021-01-01' + c.k * 37, 'DD-MM-YYYY') || '.' END,
  date '2019-09-01' + c.k * 41,
  (date '2019-09-01' + c.k * 41)::timestamptz + interval '10 hours', timestamptz '2024-11-01 08:00+00' + make_interval(hours => fixture_gen.n('vcup', c.k, 600))
FROM vgen.cl c JOIN LATERAL (SELECT * FROM vgen.p WHERE client = c.k ORDER BY i LIMIT 1) p ON true;

CREATE TABLE halcyon.client_contacts (
    id serial PRIMARY KEY, client_id integer NOT NULL REFERENCES halcyon.clients, first_name text, last_name text, job_title text, email text, mobile text,
    linkedin_url text, birthday date, preferred_language text, is_primary boolean NOT NULL DEFAULT false, vikunja_user_id bigint, gdpr_consent_at timestamptz,
    notes text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
INSERT INTO halcyon.client_contacts (client_id, first_name, last_name, job_title, email, mobile, linkedin_url, birthday, preferred_language, is_primary, vikunja_user_id, gdpr_consent_at, notes, created_at, updated_at)
SELECT p.client, p.first, p.last, p.title, p.email, p.phone,
  CASE WHEN p.i % 3 <> 0 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || CASE WHEN p.i % 2 = 0 THEN '-' || fixture_gen.hexn('vli', p.i, 8) ELSE '' END END,
  CASE WHEN p.i % 4 <> 2 THEN fixture_gen.birth_date('vcbd', p.i) END,
  CASE p.c WHEN 'pt' THEN 'pt' WHEN 'nl' THEN 'nl' WHEN 'be' THEN 'nl' ELSE 'en' END,
  p.i = (SELECT min(q.i) FROM vgen.p q WHERE q.client = p.client), p.i, CASE WHEN p.i % 5 <> 1 THEN timestamptz '2021-05-25 09:00+00' + make_interval(days => p.i * 11) END,
  CASE p.i % 6
    WHEN 0 THEN 'Prefers WhatsApp over email.'
    WHEN 1 THEN 'Nut allergy: no bakery order for meetings.'
    WHEN 2 THEN ''
    WHEN 3 THEN 'Her partner ' || fixture_gen.full_name('vccn', p.i) || ' runs the shop on Saturdays (' || fixture_gen.phone('vccnp', p.i) || ').'
    WHEN 4 THEN 'On parental leave until ' || to_char(date '2024-12-01' + p.i, 'DD Mon YYYY') || '.'
    ELSE 'Signs off quotes above € 5.000.' END,
  timestamptz '2021-03-01 09:00+00' + make_interval(days => p.i * 9), timestamptz '2024-10-01 09:00+00' + make_interval(hours => p.i * 13)
FROM vgen.p p WHERE p.kind = 'client' ORDER BY p.i;
-- Contacts without a Vikunja account.
INSERT INTO halcyon.client_contacts (client_id, first_name, last_name, job_title, email, mobile, linkedin_url, birthday, preferred_language, is_primary, vikunja_user_id, gdpr_consent_at, notes, created_at, updated_at)
SELECT 1 + k % 30, fixture_gen.first_name('vxcc', k), fixture_gen.last_name('vxcc', k), fixture_gen.pick(ARRAY['Bookkeeper', 'Owner', 'Receptionist', 'IT contact', 'Marketing assistant'], 'vxct', k),
  fixture_gen.email('vxcc', k), vgen.mobile(fixture_gen.pick(ARRAY['nl', 'nl', 'pt', 'be'], 'vxcm', k), 'vxcp', k), NULL, NULL, 'nl', false, NULL, NULL, '',
  timestamptz '2022-01-10 09:00+00' + make_interval(days => k * 17), timestamptz '2024-09-01 09:00+00' + make_interval(hours => k * 29)
FROM generate_series(1, 30) k;

CREATE TABLE halcyon.time_bookings (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, task_id bigint, project_id bigint NOT NULL, client_id integer REFERENCES halcyon.clients, started_at timestamptz NOT NULL,
    ended_at timestamptz, minutes integer NOT NULL, billable boolean NOT NULL DEFAULT true, rate_cents integer, description text, invoice_id integer,
    approved_by bigint, source text NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO halcyon.time_bookings (user_id, task_id, project_id, client_id, started_at, ended_at, minutes, billable, rate_cents, description, invoice_id, approved_by, source, created_at)
SELECT u, t.id, t.project_id, CASE WHEN t.project_id BETWEEN 99 AND 128 THEN t.project_id - 98 END, s, s + make_interval(mins => m), m, t.project_id BETWEEN 99 AND 128 AND k % 9 <> 0,
  CASE WHEN t.project_id BETWEEN 99 AND 128 THEN (ARRAY[8500, 9000, 10000, 11000, 12000])[1 + k % 5] END,
  CASE fixture_gen.n('vtbd', k, 8)
    WHEN 0 THEN 'Call with ' || cp.full_name || ' about ' || lower(t.title)
    WHEN 1 THEN t.title
    WHEN 2 THEN 'Design iterations'
    WHEN 3 THEN 'Meeting at client, ' || cp.first || ' and her colleague ' || fixture_gen.first_name('vtbc', k) || ' present'
    WHEN 4 THEN ''
    WHEN 5 THEN 'Bugfixing + deploy'
    WHEN 6 THEN 'Travel Rotterdam–' || coalesce(c.city, 'Porto')
    ELSE 'Emails and planning' END,
  CASE WHEN s < timestamptz '2024-10-01' AND t.project_id BETWEEN 99 AND 128 THEN 1 + fixture_gen.n('vtbi', k, 160) END,
  CASE WHEN k % 4 = 0 THEN 1 + k % 3 END, fixture_gen.pick(ARRAY['timer', 'timer', 'manual', 'import'], 'vtbs', k), s + make_interval(mins => m + 3)
FROM generate_series(1, 900) k
JOIN tasks t ON t.id = 1 + fixture_gen.n('vtbt', k, 700)
JOIN vgen.t vt ON vt.i = t.id JOIN vgen.p cp ON cp.i = vt.cp
LEFT JOIN (SELECT k AS ck, city FROM vgen.cl) c ON c.ck = t.project_id - 98
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('vtbu', k, 40) AS u, timestamptz '2023-01-02 08:00+01' + make_interval(days => fixture_gen.n('vtbday', k, 690), mins => fixture_gen.n('vtbm', k, 540)) AS s,
  (ARRAY[15, 30, 45, 60, 90, 120, 180, 240])[1 + fixture_gen.n('vtbl', k, 8)] AS m) x
WHERE vt.kind <> 'inbox';

CREATE TABLE halcyon.sso_mapping (
    id serial PRIMARY KEY, vikunja_user_id bigint NOT NULL UNIQUE, entra_object_id uuid NOT NULL, upn text NOT NULL, employee_id text, department text, job_title text,
    manager_upn text, office_location text, entra_groups jsonb, hired_on date, deprovisioned_at timestamptz, last_synced_at timestamptz NOT NULL);
INSERT INTO halcyon.sso_mapping (vikunja_user_id, entra_object_id, upn, employee_id, department, job_title, manager_upn, office_location, entra_groups, hired_on, deprovisioned_at, last_synced_at)
SELECT p.i, fixture_gen.uuid('vobj', p.i)::uuid, p.email, 'HD-' || lpad((100 + p.i * 3)::text, 4, '0'),
  CASE WHEN p.title LIKE '%designer%' OR p.title LIKE '%Designer%' THEN 'Design' WHEN p.title LIKE '%developer%' THEN 'Development' WHEN p.title IN ('Project manager', 'Account manager', 'Studio manager') THEN 'Client services' ELSE 'Content' END,
  p.title, CASE WHEN p.i > 2 THEN (SELECT q.email FROM vgen.p q WHERE q.i = 1 + p.i % 2) END, CASE p.c WHEN 'pt' THEN 'Porto' ELSE 'Rotterdam' END,
  jsonb_build_array('SG-Vikunja-Users', CASE p.c WHEN 'pt' THEN 'Studio Porto' ELSE 'Studio Rotterdam' END, CASE WHEN p.i <= 2 THEN 'SG-Vikunja-Admins' ELSE 'All Staff' END),
  date '2016-03-01' + p.i * 71, CASE WHEN p.i IN (17, 33) THEN timestamptz '2024-08-31 17:00+00' + make_interval(days => p.i) END,
  timestamptz '2024-11-29 02:00+00' - make_interval(mins => p.i)
FROM vgen.p p JOIN users u ON u.id = p.i WHERE p.kind = 'staff' AND p.auth = 'entra';

CREATE TABLE halcyon.staff (
    id serial PRIMARY KEY, vikunja_user_id bigint, full_name text NOT NULL, private_email text, mobile text, home_address text, home_city text, date_of_birth date,
    citizen_number text, emergency_contact text, start_date date NOT NULL, end_date date, contract_hours numeric(4,1), laptop_asset_tag text, notes text);
INSERT INTO halcyon.staff (vikunja_user_id, full_name, private_email, mobile, home_address, home_city, date_of_birth, citizen_number, emergency_contact, start_date, end_date, contract_hours, laptop_asset_tag, notes)
SELECT p.i, p.full_name, fixture_gen.ascii(p.first) || fixture_gen.pick(ARRAY['.', '', '_'], 'vspe', p.i) || fixture_gen.ascii(p.last) || '@' || CASE p.c WHEN 'pt' THEN fixture_gen.pick(ARRAY['gmail.com', 'sapo.pt', 'outlook.pt'], 'vspd', p.i) ELSE fixture_gen.pick(ARRAY['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.com', 'proton.me'], 'vspd', p.i) END,
  p.phone,
  CASE p.c WHEN 'pt' THEN fixture_gen.pick(ARRAY['Rua de Miguel Bombarda', 'Rua do Almada', 'Rua Costa Cabral', 'Travessa de Cedofeita'], 'vsha', p.i) || ', ' || (1 + fixture_gen.n('vshn', p.i, 300)) || ', ' || (1 + p.i % 4) || 'º Esq.'
    ELSE fixture_gen.pick(ARRAY['Zwart Janstraat', 'Bergweg', 'Gerard Scholtenstraat', 'Noordsingel', 'Vierambachtsstraat', 'Oostzeedijk Beneden'], 'vsha', p.i) || ' ' || (1 + fixture_gen.n('vshn', p.i, 240)) || CASE WHEN p.i % 3 = 0 THEN '-B' ELSE '' END END,
  CASE p.c WHEN 'pt' THEN fixture_gen.pick(ARRAY['Porto', 'Matosinhos', 'Vila Nova de Gaia', 'Maia'], 'vshc', p.i) ELSE fixture_gen.pick(ARRAY['Rotterdam', 'Rotterdam', 'Schiedam', 'Delft', 'Capelle aan den IJssel', 'Dordrecht'], 'vshc', p.i) END,
  fixture_gen.birth_date('vsdob', p.i),
  CASE p.c WHEN 'pt' THEN vgen.nif('vsnif', p.i) ELSE vgen.bsn('vsbsn', p.i) END,
  fixture_gen.full_name('vsec', p.i) || ' (' || fixture_gen.pick(ARRAY['partner', 'mother', 'father', 'sister', 'husband', 'wife'], 'vser', p.i) || ') ' || vgen.mobile(p.c, 'vsecp', p.i),
  date '2016-03-01' + p.i * 71, CASE WHEN p.i IN (17, 33) THEN date '2024-08-31' + p.i END, (ARRAY[40, 40, 32, 36, 24])[1 + p.i % 5], 'HD-LT-' || lpad((p.i * 7)::text, 3, '0'),
  CASE p.i % 7
    WHEN 0 THEN 'Works from home on Wednesdays (childcare).'
    WHEN 1 THEN ''
    WHEN 2 THEN 'Reintegration plan after burn-out: 20 hours until ' || to_char(date '2024-12-15' + p.i, 'DD-MM') || ', agreed with the company doctor.'
    WHEN 3 THEN 'Salary review in January, current gross € ' || (3100 + p.i * 45) || ' per month.'
    WHEN 4 THEN ''
    WHEN 5 THEN 'Uses a standing desk (back complaints).'
    ELSE 'Has keys to the Rotterdam office.' END
FROM vgen.p p WHERE p.kind = 'staff' ORDER BY p.i;

CREATE TABLE halcyon.invoices (
    id serial PRIMARY KEY, number text NOT NULL UNIQUE, client_id integer NOT NULL REFERENCES halcyon.clients, issued_on date NOT NULL, due_on date NOT NULL,
    subtotal_cents bigint NOT NULL, vat_cents bigint NOT NULL, currency char(3) NOT NULL DEFAULT 'EUR', status text NOT NULL, sent_to_email text, pdf_path text,
    paid_at timestamptz, payment_reference text, mollie_payment_id text, created_at timestamptz NOT NULL);
INSERT INTO halcyon.invoices (number, client_id, issued_on, due_on, subtotal_cents, vat_cents, status, sent_to_email, pdf_path, paid_at, payment_reference, mollie_payment_id, created_at)
SELECT (2023 + (k > 80)::int)::text || '-' || lpad(k::text, 4, '0'), cl.id, d, d + cl.payment_terms_days, s, CASE WHEN cl.billing_country = 'NL' THEN s * 21 / 100 ELSE 0 END,
  CASE WHEN k % 11 = 0 THEN 'overdue' WHEN k > 150 THEN 'sent' ELSE 'paid' END, cl.contact_email,
  'invoices/' || (2023 + (k > 80)::int) || '/' || (2023 + (k > 80)::int) || '-' || lpad(k::text, 4, '0') || '_' || replace(cl.legal_name, ' ', '-') || '.pdf',
  CASE WHEN k % 11 <> 0 AND k <= 150 THEN (d + 9 + k % 20)::timestamptz + interval '11 hours' END,
  'RF' || lpad((k * 37 % 97)::text, 2, '0') || lpad(k::text, 8, '0'), CASE WHEN k % 3 = 0 THEN 'tr_' || vgen.rnd('vmol', k, 10) END, d::timestamptz + interval '9 hours'
FROM generate_series(1, 160) k JOIN halcyon.clients cl ON cl.id = 1 + fixture_gen.n('vinc', k, 30)
CROSS JOIN LATERAL (SELECT date '2023-01-05' + (k * 4 + fixture_gen.n('vind', k, 3)) AS d, (25000 + fixture_gen.n('vins', k, 900000))::bigint AS s) x;

-- A copy of Vikunja's config.yml and the sidecars', as key/value rows.
CREATE TABLE halcyon.settings (key text PRIMARY KEY, value text, updated_at timestamptz NOT NULL, updated_by_user_id bigint);
INSERT INTO halcyon.settings
SELECT v.k, v.v, timestamptz '2024-01-15 10:00+00' + make_interval(days => (row_number() OVER ())::int * 9), CASE WHEN v.k LIKE 'backup%' THEN 4 ELSE 1 END FROM (VALUES
 ('service.publicurl', 'https://tasks.halcyon-digital.example/'),
 ('service.jwtsecret', vgen.rnd('vcfjwt', 1, 64)),
 ('service.timezone', 'Europe/Amsterdam'),
 ('service.enableregistration', 'false'),
 ('service.enablecaldav', 'true'),
 ('database.type', 'postgres'),
 ('database.host', 'db.internal:5432'),
 ('database.user', 'vikunja'),
 ('database.password', vgen.rnd('vcfdb', 1, 28)),
 ('mailer.host', 'smtp.eu.mailgun.org'),
 ('mailer.port', '587'),
 ('mailer.username', 'postmaster@mg.halcyon-digital.example'),
 ('mailer.password', fixture_gen.hexn('vcfmg', 1, 32) || '-' || fixture_gen.hexn('vcfmg2', 1, 8) || '-' || fixture_gen.hexn('vcfmg3', 1, 8)),
 ('mailer.fromemail', 'tasks@halcyon-digital.example'),
 ('auth.openid.providers.entra.authurl', 'https://login.microsoftonline.com/' || fixture_gen.uuid('vtenant', 1) || '/v2.0'),
 ('auth.openid.providers.entra.clientid', fixture_gen.uuid('vcfcid', 1)),
 ('auth.openid.providers.entra.clientsecret', vgen.rnd('vcfcs1', 1, 3) || '8Q~' || vgen.rnd('vcfcs2', 1, 34)),
 ('auth.openid.providers.google.clientsecret', 'GOCSPX-' || vgen.rnd('vcfgs', 1, 28)),
 ('backgrounds.providers.unsplash.accesstoken', vgen.b64url('vcfun', 1, 32)),
 ('backgrounds.providers.unsplash.applicationid', '5' || fixture_gen.digits('vcfuna', 1, 5)),
 ('typesense.url', 'http://typesense:8108'),
 ('typesense.apikey', vgen.rnd('vcfts', 1, 32)),
 ('metrics.username', 'prometheus'),
 ('metrics.password', vgen.rnd('vcfmp', 1, 24)),
 ('files.maxsize', '50MB'),
 ('ratelimit.limit', '100'),
 ('defaultsettings.language', 'nl-NL'),
 ('defaultsettings.week_start', '1'),
 ('n8n.basic_auth', 'halcyon:' || vgen.rnd('vcfn8', 1, 20)),
 ('backup.restic_repository', 's3:https://s3.eu-central-003.backblazeb2.com/halcyon-backups/vikunja'),
 ('backup.restic_password', vgen.rnd('vcfrp', 1, 32)),
 ('backup.b2_key_id', '003' || fixture_gen.hexn('vcfb2', 1, 22)),
 ('backup.b2_application_key', 'K003' || vgen.rnd('vcfb2k', 1, 27)),
 ('legal.privacyurl', 'https://halcyon-digital.example/privacy')) v(k, v);

-- What n8n received from Vikunja's webhooks: the signed payloads as sent.
CREATE TABLE halcyon.webhook_inbox (
    id bigserial PRIMARY KEY, webhook_id bigint NOT NULL, event_name text NOT NULL, received_at timestamptz NOT NULL, remote_addr inet, signature text,
    payload jsonb NOT NULL, http_status integer, processed_at timestamptz, error text);
INSERT INTO halcyon.webhook_inbox (webhook_id, event_name, received_at, remote_addr, signature, payload, http_status, processed_at, error)
SELECT 1 + 4 * (k % 6), ev, at, ('10.20.0.' || (11 + k % 2))::inet, fixture_gen.hexn('vwis', k, 64),
  jsonb_build_object('event_name', ev, 'time', at,
    'data', jsonb_build_object('doer', jsonb_build_object('id', d.id, 'name', d.name, 'username', d.username, 'email', d.email, 'created', d.created),
      'task', jsonb_build_object('id', t.id, 'title', t.title, 'description', t.description, 'done', t.done, 'due_date', t.due_date, 'project_id', t.project_id, 'identifier', '#' || t.index,
        'created_by', jsonb_build_object('id', cb.id, 'name', cb.name, 'username', cb.username, 'email', cb.email)))
      || CASE WHEN ev = 'task.comment.created' THEN jsonb_build_object('comment', jsonb_build_object('id', cm.id, 'comment', cm.comment, 'author', jsonb_build_object('id', d.id, 'name', d.name, 'username', d.username))) ELSE '{}'::jsonb END),
  CASE WHEN k % 17 = 0 THEN 500 ELSE 200 END, CASE WHEN k % 17 <> 0 THEN at + interval '2 seconds' END,
  CASE WHEN k % 17 = 0 THEN 'NodeApiError: Slack returned 429 Too Many Requests' END
FROM generate_series(1, 220) k
JOIN tasks t ON t.id = 1 + fixture_gen.n('vwit', k, 700)
JOIN users d ON d.id = 1 + fixture_gen.n('vwid', k, 40)
JOIN users cb ON cb.id = t.created_by_id
JOIN task_comments cm ON cm.id = 1 + fixture_gen.n('vwic', k, 420)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['task.created', 'task.updated', 'task.comment.created', 'task.assignee.created', 'task.deleted'], 'vwie', k) AS ev,
  timestamptz '2023-10-01 07:00+00' + make_interval(secs => fixture_gen.n('vwia', k, 36000000)) AS at) x;

-- The mail relay's log of what Vikunja sent.
CREATE TABLE halcyon.mail_log (
    id bigserial PRIMARY KEY, sent_at timestamptz NOT NULL, to_address text NOT NULL, subject text, template text, message_id text, smtp_response text,
    delivery_status text, bounce_reason text, vikunja_user_id bigint);
INSERT INTO halcyon.mail_log (sent_at, to_address, subject, template, message_id, smtp_response, delivery_status, bounce_reason, vikunja_user_id)
SELECT at, r.email,
  CASE tpl
    WHEN 'task.comment' THEN coalesce(nullif(d.name, ''), d.username) || ' commented on "' || t.title || '"'
    WHEN 'task.assigned' THEN '"' || t.title || '" has been assigned to you'
    WHEN 'task.reminder' THEN 'Reminder for "' || t.title || '" (' || (SELECT title FROM projects WHERE id = t.project_id) || ')'
    WHEN 'user.password.reset' THEN 'Reset your password on Vikunja'
    WHEN 'user.email.confirm' THEN 'Please confirm your email address'
    WHEN 'task.undone.overdue' THEN 'Your overdue tasks'
    ELSE coalesce(nullif(d.name, ''), d.username) || ' added you to the ' || (SELECT name FROM teams WHERE id = 1 + k % 12) || ' team in Vikunja' END,
  tpl, '<' || to_char(at, 'YYYYMMDDHH24MISS') || '.' || upper(fixture_gen.hexn('vmlm', k, 10)) || '@tasks.halcyon-digital.example>',
  CASE WHEN k % 29 = 0 THEN '550 5.1.1 mailbox unavailable' ELSE '250 Great success' END,
  CASE WHEN k % 29 = 0 THEN 'bounced' WHEN k % 13 = 0 THEN 'opened' ELSE 'delivered' END,
  CASE WHEN k % 29 = 0 THEN '550 5.1.1 <' || r.email || '>: Recipient address rejected: User unknown in virtual mailbox table' END, r.id
FROM generate_series(1, 400) k
JOIN users r ON r.id = 1 + fixture_gen.n('vmlr', k, 92)
JOIN users d ON d.id = 1 + fixture_gen.n('vmld', k, 40)
JOIN tasks t ON t.id = 1 + fixture_gen.n('vmlt', k, 700)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['task.comment', 'task.comment', 'task.assigned', 'task.reminder', 'task.reminder', 'user.password.reset', 'user.email.confirm', 'task.undone.overdue', 'team.member.added'], 'vmlp', k) AS tpl,
  timestamptz '2023-06-01 06:00+00' + make_interval(secs => fixture_gen.n('vmla', k, 47000000)) AS at) x;

-- The reverse proxy's access log (Caddy in front of Vikunja).
CREATE TABLE halcyon.proxy_access_log (
    id bigserial PRIMARY KEY, ts timestamptz NOT NULL, remote_ip inet, method text, path text, status integer, bytes_sent bigint, user_agent text, referer text,
    duration_ms integer, upstream_addr text);
INSERT INTO halcyon.proxy_access_log (ts, remote_ip, method, path, status, bytes_sent, user_agent, referer, duration_ms, upstream_addr)
SELECT timestamptz '2024-11-25 06:00+00' + make_interval(secs => k * 97 + fixture_gen.n('vpxs', k, 90)), ip::inet, m, pth, st, 200 + fixture_gen.n('vpxb', k, 90000), ua, ref,
  3 + fixture_gen.n('vpxd', k, 400), '127.0.0.1:3456'
FROM generate_series(1, 600) k
JOIN users u ON u.id = 1 + fixture_gen.n('vpxu', k, 92)
JOIN link_shares ls ON ls.id = 1 + fixture_gen.n('vpxl', k, 60)
CROSS JOIN LATERAL (SELECT fixture_gen.n('vpxk', k, 10) AS kind, CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('vpxi', k % 150) ELSE fixture_gen.ipv4('vpxi', k % 150) END AS ip) a
CROSS JOIN LATERAL (SELECT
  CASE kind WHEN 0 THEN 'POST' WHEN 1 THEN 'PROPFIND' WHEN 2 THEN 'REPORT' WHEN 5 THEN 'POST' ELSE 'GET' END AS m,
  CASE kind
    WHEN 0 THEN '/api/v1/shares/' || ls.hash || '/auth'
    WHEN 1 THEN '/dav/principals/' || replace(u.username, '@', '%40') || '/'
    WHEN 2 THEN '/dav/projects/' || (99 + k % 44) || '/'
    WHEN 3 THEN '/share/' || ls.hash || '/auth?view=' || ((98 + ls.project_id % 44) * 4 + 1)
    WHEN 4 THEN '/api/v1/tasks/all?filter=' || replace('done = false && assignees in ' || u.username, ' ', '+') || '&page=1'
    WHEN 5 THEN '/api/v1/login'
    WHEN 6 THEN '/api/v1/projects/' || (99 + k % 44) || '/views/' || ((98 + k % 44) * 4 + 4) || '/tasks?per_page=50'
    WHEN 7 THEN '/api/v1/tasks/' || (1 + k % 700) || '/attachments/' || (1 + k % 202)
    WHEN 8 THEN '/api/v1/notifications?page=1'
    ELSE '/assets/index-' || fixture_gen.hexn('vpxa', k % 3, 8) || '.js' END AS pth,
  CASE WHEN kind = 5 AND k % 4 = 0 THEN 412 WHEN kind = 1 THEN 207 WHEN kind = 2 THEN 207 WHEN k % 31 = 0 THEN 401 ELSE 200 END AS st,
  CASE WHEN kind IN (1, 2) THEN fixture_gen.pick(ARRAY['DAVx5/4.4.2-ose (2024/06/25; dav4jvm; okhttp/4.12.0) Android/14', 'iOS/17.6.1 (21G93) dataaccessd/1.0', 'Thunderbird/128.4.0', 'macOS/14.6.1 (23G93) CalendarAgent/988.5.2'], 'vpxua', k % 150)
       ELSE fixture_gen.pick(ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0', 'n8n', 'python-requests/2.32.3'], 'vpxua', k % 150) END AS ua,
  CASE WHEN kind IN (0, 6, 7, 8) AND k % 2 = 0 THEN 'https://tasks.halcyon-digital.example/share/' || ls.hash || '/auth?view=' || ((98 + ls.project_id % 44) * 4 + 1)
       WHEN kind IN (4, 6, 8) THEN 'https://tasks.halcyon-digital.example/projects/' || (99 + k % 44) || '/' || ((98 + k % 44) * 4 + 1) ELSE NULL END AS ref) b;

CREATE TABLE halcyon.caldav_devices (
    id serial PRIMARY KEY, vikunja_user_id bigint NOT NULL, device_name text, client_software text, last_sync_ip inet, last_sync_at timestamptz, api_token_id bigint);
INSERT INTO halcyon.caldav_devices (vikunja_user_id, device_name, client_software, last_sync_ip, last_sync_at, api_token_id)
SELECT p.i,
  CASE fixture_gen.n('vcdn', k, 6) WHEN 0 THEN 'iPhone van ' || p.first WHEN 1 THEN p.first || '''s MacBook Pro' WHEN 2 THEN 'Pixel 8' WHEN 3 THEN 'Thunderbird (thuis)'
    WHEN 4 THEN 'iPad de ' || p.first ELSE fixture_gen.ascii(p.first) || '-laptop' END,
  fixture_gen.pick(ARRAY['DAVx5/4.4.2-ose (2024/06/25; dav4jvm; okhttp/4.12.0) Android/14', 'iOS/17.6.1 (21G93) dataaccessd/1.0', 'Thunderbird/128.4.0', 'macOS/14.6.1 (23G93) CalendarAgent/988.5.2', 'iOS/18.1 (22B83) dataaccessd/1.0'], 'vcds', k),
  fixture_gen.ipv4('vcdi', k)::inet, timestamptz '2024-11-28 06:00+00' - make_interval(mins => fixture_gen.n('vcdl', k, 20000)), CASE WHEN k % 3 = 0 THEN 1 + k % 36 END
FROM generate_series(1, 48) k JOIN vgen.p p ON p.i = 1 + fixture_gen.n('vcdu', k, 40);

CREATE TABLE halcyon.access_requests (
    id serial PRIMARY KEY, requested_for_user_id bigint NOT NULL, requested_by_user_id bigint NOT NULL, kind text NOT NULL, reason text, approved_by_user_id bigint,
    decided_at timestamptz, created_at timestamptz NOT NULL);
INSERT INTO halcyon.access_requests (requested_for_user_id, requested_by_user_id, kind, reason, approved_by_user_id, decided_at, created_at)
SELECT f.i, b.i, fixture_gen.pick(ARRAY['project_access', 'team_join', 'admin', 'account_deletion', 'project_access'], 'vark', k),
  CASE fixture_gen.n('varr', k, 7)
    WHEN 0 THEN 'Needs the ' || c.name || ' project while ' || s.first || ' is on leave.'
    WHEN 1 THEN 'New freelancer for the ' || c.name || ' webshop, contract signed.'
    WHEN 2 THEN ''
    WHEN 3 THEN s.full_name || ' asked to delete her account after leaving; forward ' || s.email || ' to the studio mailbox.'
    WHEN 4 THEN 'Client contact ' || f.full_name || ' needs to see the planning (' || f.email || ').'
    WHEN 5 THEN 'Covering for ' || s.first || ' during her maternity leave.'
    ELSE 'Temporary admin for the Todoist import.' END,
  CASE WHEN k % 5 <> 4 THEN 1 + k % 2 END, CASE WHEN k % 5 <> 4 THEN timestamptz '2023-02-01 09:00+00' + make_interval(days => k * 13, hours => 5) END,
  timestamptz '2023-02-01 09:00+00' + make_interval(days => k * 13)
FROM generate_series(1, 50) k
JOIN vgen.p f ON f.i = 1 + fixture_gen.n('varf', k, 92)
JOIN vgen.p b ON b.i = 1 + fixture_gen.n('varb', k, 40)
JOIN vgen.p s ON s.i = 1 + fixture_gen.n('vars', k, 40)
JOIN (SELECT k AS ck, name FROM vgen.cl) c ON c.ck = 1 + fixture_gen.n('varc', k, 30);

CREATE TABLE halcyon.backup_runs (
    id serial PRIMARY KEY, started_at timestamptz NOT NULL, finished_at timestamptz, target text NOT NULL, size_bytes bigint, status text NOT NULL, log text, triggered_by text NOT NULL);
INSERT INTO halcyon.backup_runs (started_at, finished_at, target, size_bytes, status, log, triggered_by)
SELECT s, CASE WHEN k % 19 <> 7 THEN s + make_interval(secs => 60 + fixture_gen.n('vbrd', k, 400)) END,
  's3:https://s3.eu-central-003.backblazeb2.com/halcyon-backups/vikunja', 1200000000 + k * 3100000 + fixture_gen.n('vbrs', k, 9000000),
  CASE WHEN k % 19 = 7 THEN 'failed' ELSE 'ok' END,
  CASE WHEN k % 19 = 7 THEN 'Fatal: unable to open repository: context deadline exceeded' ELSE 'snapshot ' || fixture_gen.hexn('vbrl', k, 8) || ' saved; Added to the repository: ' || (2 + k % 40) || '.' || (k % 10) || ' MiB; pg_dump vikunja ok' END,
  CASE WHEN k % 23 = 0 THEN 'manual' ELSE 'cron' END
FROM generate_series(1, 120) k CROSS JOIN LATERAL (SELECT timestamptz '2024-08-01 02:30+00' + make_interval(days => k) AS s) x;

CREATE TABLE halcyon.holidays (id serial PRIMARY KEY, country char(2) NOT NULL, day date NOT NULL, name text NOT NULL);
INSERT INTO halcyon.holidays (country, day, name) VALUES ('NL', '2024-01-01', 'Nieuwjaarsdag'), ('NL', '2024-03-31', 'Eerste Paasdag'), ('NL', '2024-04-01', 'Tweede Paasdag'),
  ('NL', '2024-04-27', 'Koningsdag'), ('NL', '2024-05-05', 'Bevrijdingsdag'), ('NL', '2024-05-09', 'Hemelvaartsdag'), ('NL', '2024-05-20', 'Tweede Pinksterdag'),
  ('NL', '2024-12-25', 'Eerste Kerstdag'), ('NL', '2024-12-26', 'Tweede Kerstdag'), ('PT', '2024-01-01', 'Ano Novo'), ('PT', '2024-03-29', 'Sexta-feira Santa'),
  ('PT', '2024-04-25', 'Dia da Liberdade'), ('PT', '2024-05-01', 'Dia do Trabalhador'), ('PT', '2024-06-10', 'Dia de Portugal'), ('PT', '2024-06-24', 'São João (Porto)'),
  ('PT', '2024-08-15', 'Assunção de Nossa Senhora'), ('PT', '2024-10-05', 'Implantação da República'), ('PT', '2024-12-08', 'Imaculada Conceição'), ('PT', '2024-12-25', 'Natal');

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('halcyon');

SET client_min_messages = warning;
DROP SCHEMA vgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
