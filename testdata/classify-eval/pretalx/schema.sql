-- classify-eval fixture (HOLDOUT 35: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- pretalx 2024 call-for-papers and scheduling server on PostgreSQL in the
-- naming its Django migrations create (person_, submission_, event_, mail_,
-- schedule_, common_, authtoken_, django_ tables), a subset of its tables
-- with their real columns and types: serial keys, timestamptz, i18n strings
-- as JSON kept in text, the event's settings as jsonb. Two organisers: Open
-- Harbour e.V. (Hamburg; the Harbour Python Conference 2023 and 2024 and
-- DataDays Lisboa 2024) and the Kansai Open Source Society (Osaka;
-- KansaiOSS 2024). Backend users and speakers of many countries with
-- pbkdf2 hashes, reset tokens, uploaded avatars named after them and
-- photographers' credits; speaker profiles with biographies (some with a
-- phone, a private email or an employer) and organisers' internal notes;
-- submissions whose titles and abstracts are public once accepted, beside
-- notes to the organisers and internal notes about people; invitation and
-- review codes; reviews and review comments; questions and the answers
-- speakers typed (phones, dietary and access needs, arrival plans, T-shirt
-- sizes, employers, passport numbers for visa letters, uploaded files);
-- attendee feedback; resources and links; access codes; co-speaker
-- invitations; DRF API tokens; team invitations; the event's mail settings
-- JSON with its SMTP password; the hierarkey settings store with a
-- streaming plugin's signing secret among copy and URLs; mail templates
-- with placeholders against the queued mails rendered from them (names,
-- talk titles, addresses, and links carrying tokens); schedules, rooms,
-- slots and speakers' availabilities; the activity log's JSON of changed
-- fields; the Django session store. Beside it, in the schema `harbour`,
-- the association's own tables (said here because pretalx has no such
-- tables): travel reimbursements with IBANs, a volunteer roster and shifts,
-- visa invitation letters, hotel bookings for speakers, sponsor contacts,
-- badge printing, a childcare sign-up, and a key/value settings table with
-- the deployment's secrets among harmless options. Much is public
-- conference data that holds nobody's details: talk titles and abstracts,
-- rooms, tracks, tags, question texts, mail templates with placeholders,
-- the hotels' addresses.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA tgen;

CREATE FUNCTION tgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(replace(s, 'ß', 'ss'),
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐễầỗồ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDeaoo')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics; code: pretalx's code alphabet.
CREATE FUNCTION tgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION tgen.code(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHJKLMNPQRSTUVWXYZ3789') $$;

CREATE FUNCTION tgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- i18n: an i18n string as pretalx stores it (JSON in text).
CREATE FUNCTION tgen.i18n(en text, de text DEFAULT NULL) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN de IS NULL THEN jsonb_build_object('en', en)::text ELSE jsonb_build_object('en', en, 'de', de)::text END
$$;

-- Names by culture, with the native script where people write it.
CREATE TABLE tgen.nm (c text, k int, first text, last text, first_n text, last_n text);
INSERT INTO tgen.nm
SELECT c, k, f[k], l[k], fn[k], ln[k] FROM (VALUES
  ('de', ARRAY['Katharina', 'Jan-Ole', 'Friederike', 'Malte', 'Svenja', 'Hauke'], ARRAY['Petersen', 'Brandt', 'Jürgensen', 'Hoffmann', 'Claußen', 'Wendt'], NULL::text[], NULL::text[]),
  ('pt', ARRAY['Inês', 'Tiago', 'Mariana', 'Rui', 'Catarina', 'Gonçalo'], ARRAY['Ferreira', 'Almeida', 'Carvalho', 'Sousa', 'Ribeiro', 'Pinto'], NULL, NULL),
  ('jp', ARRAY['Kenji', 'Sakura', 'Ryo', 'Aiko', 'Takeshi', 'Mio'], ARRAY['Nakamura', 'Watanabe', 'Ito', 'Okada', 'Fujita', 'Mori'],
         ARRAY['健二', 'さくら', '亮', '愛子', '武', '澪'], ARRAY['中村', '渡辺', '伊藤', '岡田', '藤田', '森']),
  ('in', ARRAY['Ananya', 'Vikram', 'Deepa', 'Siddharth', 'Kavya', 'Rohan'], ARRAY['Iyer', 'Banerjee', 'Nair', 'Mehta', 'Reddy', 'Kapoor'], NULL, NULL),
  ('ng', ARRAY['Chinedu', 'Funmilayo', 'Emeka', 'Adaeze', 'Tunde', 'Bisola'], ARRAY['Okoro', 'Adesanya', 'Eze', 'Balogun', 'Nwosu', 'Oyelaran'], NULL, NULL),
  ('pl', ARRAY['Agnieszka', 'Tomasz', 'Karolina', 'Bartosz', 'Zuzanna', 'Wojciech'], ARRAY['Wróbel', 'Kaczmarek', 'Mazur', 'Grabowski', 'Pawlak', 'Sikora'], NULL, NULL),
  ('kr', ARRAY['Ji-hoon', 'Soo-ah', 'Min-seo', 'Dong-hyun', 'Ye-jin', 'Sung-min'], ARRAY['Kim', 'Lee', 'Park', 'Han', 'Seo', 'Jang'],
         ARRAY['지훈', '수아', '민서', '동현', '예진', '성민'], ARRAY['김', '이', '박', '한', '서', '장']),
  ('ru', ARRAY['Anastasia', 'Mikhail', 'Yekaterina', 'Sergei', 'Darya', 'Alexei'], ARRAY['Volkova', 'Sokolov', 'Morozova', 'Lebedev', 'Kozlova', 'Novikov'],
         ARRAY['Анастасия', 'Михаил', 'Екатерина', 'Сергей', 'Дарья', 'Алексей'], ARRAY['Волкова', 'Соколов', 'Морозова', 'Лебедев', 'Козлова', 'Новиков']),
  ('es', ARRAY['Lucía', 'Álvaro', 'Nerea', 'Iker', 'Marta', 'Pablo'], ARRAY['Etxeberria', 'Gómez', 'Castillo', 'Vidal', 'Herrera', 'Ortega'], NULL, NULL),
  ('tr', ARRAY['Deniz', 'Cem', 'Ebru', 'Oğuz', 'Gizem', 'Barış'], ARRAY['Yıldız', 'Aksoy', 'Erdoğan', 'Kılıç', 'Polat', 'Güneş'], NULL, NULL),
  ('ar', ARRAY['Layla', 'Tarek', 'Nour', 'Ziad', 'Hala', 'Bassam'], ARRAY['Mansour', 'Khoury', 'Nasser', 'Aziz', 'Farouk', 'Hamdan'],
         ARRAY['ليلى', 'طارق', 'نور', 'زياد', 'هالة', 'بسام'], ARRAY['منصور', 'خوري', 'ناصر', 'عزيز', 'فاروق', 'حمدان']),
  ('us', ARRAY['Rachel', 'Marcus', 'Jasmine', 'Tyler', 'Brianna', 'Derek'], ARRAY['Whitfield', 'Okonjo', 'Delgado', 'Brennan', 'Hayes', 'Caldwell'], NULL, NULL),
  ('vn', ARRAY['Thu', 'Huy', 'Mai', 'Khoa', 'Trang', 'Phúc'], ARRAY['Nguyễn', 'Trần', 'Lê', 'Võ', 'Đỗ', 'Hồ'], NULL, NULL),
  ('gh', ARRAY['Kofi', 'Akosua', 'Yaw', 'Efua', 'Kwabena', 'Adjoa'], ARRAY['Asante', 'Boateng', 'Owusu', 'Appiah', 'Darko', 'Frimpong'], NULL, NULL)
) v(c, f, l, fn, ln), generate_series(1, 6) k;

CREATE TABLE tgen.cu (c text PRIMARY KEY, tz text, locale text, city text, country text);
INSERT INTO tgen.cu VALUES ('de', 'Europe/Berlin', 'de', 'Hamburg', 'DE'), ('pt', 'Europe/Lisbon', 'pt-PT', 'Lisboa', 'PT'), ('jp', 'Asia/Tokyo', 'ja-JP', 'Osaka', 'JP'),
  ('in', 'Asia/Kolkata', 'en', 'Bengaluru', 'IN'), ('ng', 'Africa/Lagos', 'en', 'Lagos', 'NG'), ('pl', 'Europe/Warsaw', 'en', 'Wrocław', 'PL'), ('kr', 'Asia/Seoul', 'en', 'Seoul', 'KR'),
  ('ru', 'Asia/Tbilisi', 'ru', 'Tbilisi', 'GE'), ('es', 'Europe/Madrid', 'es', 'Bilbao', 'ES'), ('tr', 'Europe/Istanbul', 'en', 'İzmir', 'TR'), ('ar', 'Asia/Beirut', 'en', 'Beirut', 'LB'),
  ('us', 'America/Chicago', 'en', 'Chicago', 'US'), ('vn', 'Asia/Ho_Chi_Minh', 'en', 'Hà Nội', 'VN'), ('gh', 'Africa/Accra', 'en', 'Accra', 'GH');

CREATE FUNCTION tgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'de' THEN CASE WHEN i % 2 = 0 THEN '+49 151 ' || fixture_gen.digits(tag, i, 8) ELSE '040 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END
    WHEN 'pt' THEN '+351 91' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6))::text || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'pl' THEN '+48 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'kr' THEN '010-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ru' THEN '+995 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'tr' THEN '+90 532 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ar' THEN '+961 3 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'us' THEN '(312) ' || (200 + fixture_gen.n(tag, i, 700))::text || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'vn' THEN '+84 9' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '+233 24 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END
$$;

-- People. 1-4: Open Harbour's board and programme chairs; 5-8: the Kansai
-- society's organisers; 9-40: reviewers (some speak too); 41-330: speakers.
CREATE TABLE tgen.p (i int PRIMARY KEY, c text, first text, last text, name text, email text, phone text, city text, tz text, locale text, company text, job text, handle text);
INSERT INTO tgen.p
SELECT i, x.c, a.first, b.last,
       CASE WHEN a.first_n IS NOT NULL AND i % 4 = 0 THEN CASE x.c WHEN 'jp' THEN b.last_n || ' ' || a.first_n WHEN 'kr' THEN b.last_n || a.first_n ELSE a.first_n || ' ' || b.last_n END
            WHEN x.c = 'pt' AND i % 3 = 0 THEN a.first || ' ' || fixture_gen.pick(ARRAY['Costa', 'Mendes', 'Lopes'], 'pmid', i) || ' ' || b.last
            ELSE a.first || ' ' || b.last END,
       CASE WHEN i % 5 = 0 THEN tgen.fold(a.first) || '@' || fixture_gen.pick(ARRAY['northwind-data.example', 'kitewave.io', 'fjordsoft.example', 'sakuralabs.co.jp'], 'pcd', i)
            ELSE tgen.fold(a.first) || fixture_gen.pick(ARRAY['.', '_', ''], 'psep', i) || tgen.fold(b.last) || CASE WHEN i % 3 = 0 THEN (i % 90)::text ELSE '' END || '@'
                 || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'proton.me', 'outlook.com', 'fastmail.com', 'yahoo.co.jp', 'naver.com', 'mailbox.org', 'sapo.pt'], 'pdom', i) END,
       tgen.phone(x.c, 'pph', i), cu.city, cu.tz, cu.locale,
       fixture_gen.pick(ARRAY['Northwind Data GmbH', 'Kitewave', 'Fjordsoft AS', 'Sakura Labs', 'Universidade de Coimbra', 'Freelance', 'Lumen Analytics', 'Tidepool Health', 'Banco Atlântico', 'Osaka University', 'Red Kite Robotics', 'Mosaic Payments'], 'pco', i),
       fixture_gen.pick(ARRAY['Software Engineer', 'Data Scientist', 'Staff Engineer', 'PhD student', 'Developer Advocate', 'Engineering Manager', 'Research Software Engineer', 'CTO', 'ML Engineer'], 'pjob', i),
       tgen.fold(a.first) || CASE WHEN i % 2 = 0 THEN tgen.fold(left(b.last, 1)) ELSE '_' || tgen.fold(b.last) END
FROM generate_series(1, 330) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 4 THEN 'de' WHEN i <= 8 THEN 'jp' ELSE fixture_gen.pick(ARRAY['de', 'de', 'pt', 'pt', 'jp', 'jp', 'in', 'ng', 'pl', 'kr', 'ru', 'es', 'tr', 'ar', 'us', 'us', 'vn', 'gh'], 'pc', i) END AS c) x
JOIN tgen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('pf', i, 6)
JOIN tgen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('pl', i, 6)
JOIN tgen.cu cu ON cu.c = x.c;
UPDATE tgen.p SET email = split_part(email, '@', 1) || i::text || '@' || split_part(email, '@', 2)
WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) r FROM tgen.p) d WHERE r > 1);

-- Events.
CREATE TABLE tgen.ev (e int PRIMARY KEY, org int, slug text, name text, tz text, d0 date, d1 date, email text, domain text, color text, lo timestamptz, hi timestamptz);
INSERT INTO tgen.ev VALUES
  (1, 1, 'hpc2023', 'Harbour Python Conference 2023', 'Europe/Berlin', '2023-09-14', '2023-09-16', 'program@harbourpython.example', 'talks.harbourpython.example', '#0b5394', '2023-02-01', '2023-10-15'),
  (2, 1, 'hpc2024', 'Harbour Python Conference 2024', 'Europe/Berlin', '2024-09-12', '2024-09-14', 'program@harbourpython.example', 'talks.harbourpython.example', '#0b5394', '2024-01-15', '2024-06-28'),
  (3, 1, 'datadays-lisboa-2024', 'DataDays Lisboa 2024', 'Europe/Lisbon', '2024-05-23', '2024-05-24', 'hello@datadays.example', NULL, '#e06666', '2023-12-01', '2024-06-10'),
  (4, 2, 'kansaioss2024', 'KansaiOSS 2024', 'Asia/Tokyo', '2024-11-02', '2024-11-03', 'cfp@kansaioss.example', 'pretalx.kansaioss.example', '#38761d', '2024-04-01', '2024-06-28');

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL);
INSERT INTO django_content_type (app_label, model) VALUES ('person', 'user'), ('person', 'speakerprofile'), ('submission', 'submission'), ('submission', 'review'), ('submission', 'question'),
  ('submission', 'answer'), ('submission', 'cfp'), ('event', 'event'), ('event', 'team'), ('event', 'teaminvite'), ('mail', 'mailtemplate'), ('mail', 'queuedmail'), ('schedule', 'schedule'),
  ('schedule', 'talkslot'), ('schedule', 'room'), ('submission', 'submissiontype'), ('submission', 'track'), ('submission', 'tag'), ('sessions', 'session'), ('authtoken', 'token');

CREATE TABLE person_user (
  id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, code varchar(16) UNIQUE, nick varchar(60) UNIQUE,
  name varchar(120) NOT NULL, email varchar(254) NOT NULL UNIQUE, is_active boolean NOT NULL, is_staff boolean NOT NULL, is_administrator boolean NOT NULL,
  locale varchar(32) NOT NULL, timezone varchar(30) NOT NULL, avatar varchar(100), avatar_source text, avatar_license text, get_gravatar boolean NOT NULL,
  pw_reset_token varchar(160), pw_reset_time timestamptz, profile_picture_id integer);
INSERT INTO person_user (id, password, last_login, is_superuser, code, nick, name, email, is_active, is_staff, is_administrator, locale, timezone, avatar, avatar_source, avatar_license, get_gravatar, pw_reset_token, pw_reset_time, profile_picture_id)
SELECT p.i, CASE WHEN p.i % 41 = 7 THEN '!' || tgen.rnd('unus', p.i, 40) ELSE fixture_gen.pbkdf2('pwd', p.i) END,
       CASE WHEN p.i % 9 = 4 THEN NULL ELSE tgen.at('pll', p.i, '2023-06-01', '2024-06-28') END,
       p.i IN (1, 2), tgen.code('ucode', p.i, 5), CASE WHEN p.i % 3 = 1 THEN p.handle || p.i::text END,
       p.name, p.email, p.i % 37 <> 11, p.i <= 2, p.i = 1,
       CASE WHEN p.locale IN ('de', 'ja-JP', 'pt-PT', 'es') THEN split_part(p.locale, '-', 1) ELSE 'en' END, p.tz,
       CASE WHEN p.i % 5 IN (1, 2, 3) THEN 'avatars/' || fixture_gen.pick(ARRAY[tgen.fold(p.first) || '_' || tgen.fold(p.last), tgen.fold(p.first) || '-' || tgen.fold(p.last) || '-headshot', 'IMG_' || fixture_gen.digits('img', p.i, 4), tgen.fold(p.last) || '_portrait_2023'], 'av', p.i) || '_' || tgen.rnd('avs', p.i, 7) || '.jpg' END,
       CASE WHEN p.i % 5 IN (1, 2) THEN fixture_gen.pick(ARRAY['Photo by ' || q.first || ' ' || q.last, 'Own photo', '© ' || q.first || ' ' || q.last || ' / PyCon DE 2023', 'Taken by my partner ' || q.first, 'Company press kit, ' || p.company, 'Selfie'], 'avsrc', p.i) END,
       CASE WHEN p.i % 5 IN (1, 2) THEN fixture_gen.pick(ARRAY['CC BY 4.0', 'CC BY-SA 4.0', 'CC0', 'All rights reserved, used with permission', 'CC BY-NC 2.0'], 'avlic', p.i) END,
       p.i % 5 = 4,
       CASE WHEN p.i % 11 = 3 THEN tgen.rnd('pwr', p.i, 32) END, CASE WHEN p.i % 11 = 3 THEN tgen.at('pwrt', p.i, '2024-05-01', '2024-06-28') END,
       CASE WHEN p.i % 5 = 3 THEN p.i END
FROM tgen.p p JOIN tgen.p q ON q.i = 1 + (p.i * 7) % 330;

CREATE TABLE person_profilepicture (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED, avatar varchar(100), updated timestamptz NOT NULL);
INSERT INTO person_profilepicture
SELECT p.i, p.i, 'avatars/' || tgen.fold(p.first) || '_' || tgen.fold(p.last) || '_' || tgen.rnd('ppic', p.i, 7) || fixture_gen.pick(ARRAY['.jpg', '.png', '.webp'], 'ppx', p.i), tgen.at('ppu', p.i, '2023-03-01', '2024-06-28')
FROM tgen.p p WHERE p.i % 5 = 3;

CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamptz NOT NULL, user_id integer NOT NULL UNIQUE REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO authtoken_token SELECT fixture_gen.hexn('drf', i, 40), tgen.at('drfc', i, '2023-01-10', '2024-06-20'), i FROM generate_series(1, 330) i WHERE i <= 40 OR i % 13 = 0;

CREATE TABLE event_organiser (id serial PRIMARY KEY, name text NOT NULL, slug varchar(50) NOT NULL UNIQUE);
INSERT INTO event_organiser VALUES (1, tgen.i18n('Open Harbour e.V.'), 'openharbour'), (2, tgen.i18n('Kansai Open Source Society', '関西オープンソース協会'), 'kanos');

CREATE TABLE event_event (
  id serial PRIMARY KEY, name text NOT NULL, slug varchar(50) NOT NULL UNIQUE, organiser_id integer REFERENCES event_organiser (id) DEFERRABLE INITIALLY DEFERRED,
  is_public boolean NOT NULL, date_from date NOT NULL, date_to date NOT NULL, timezone varchar(30) NOT NULL, email varchar(254), custom_domain varchar(200),
  locale_array text NOT NULL, content_locale_array text NOT NULL, locale varchar(32) NOT NULL, primary_color varchar(7), logo varchar(100), header_image varchar(100),
  landing_page_text text, featured_sessions_text text, plugins text, feature_flags jsonb NOT NULL, display_settings jsonb NOT NULL, review_settings jsonb NOT NULL, mail_settings jsonb NOT NULL);
INSERT INTO event_event
SELECT e.e, tgen.i18n(e.name), e.slug, e.org, e.e <> 4 OR true, e.d0, e.d1, e.tz, e.email, CASE WHEN e.domain IS NOT NULL THEN 'https://' || e.domain END,
       CASE e.org WHEN 1 THEN 'en,de' ELSE 'ja-JP,en' END, CASE e.org WHEN 1 THEN 'en' ELSE 'ja-JP,en' END, CASE e.org WHEN 1 THEN 'en' ELSE 'ja-JP' END, e.color,
       'event/' || e.slug || '/logo_' || tgen.rnd('logo', e.e, 7) || '.svg', CASE WHEN e.e <> 3 THEN 'event/' || e.slug || '/header_' || tgen.rnd('hdr', e.e, 7) || '.jpg' END,
       tgen.i18n('Welcome to the call for proposals of ' || e.name || '! We welcome first-time speakers, and our mentors will help you shape your proposal. Talks are 30 minutes, tutorials 90.'),
       tgen.i18n('A few of the sessions we are most excited about.'),
       CASE e.org WHEN 1 THEN 'pretalx_pages,pretalx_venueless,pretalx_youtube' ELSE 'pretalx_pages' END,
       jsonb_build_object('show_schedule', true, 'show_featured', 'pre_schedule', 'show_widget_if_not_public', false, 'export_html_on_release', e.org = 1, 'use_tracks', true, 'use_feedback', true, 'present_multiple_times', false, 'submission_public_review', false),
       jsonb_build_object('schedule', CASE WHEN e.org = 1 THEN 'grid' ELSE 'list' END, 'header_pattern', 'topo', 'imprint_url', 'https://' || coalesce(e.domain, 'datadays.example') || '/imprint', 'html_export_url', '', 'meta_noindex', false, 'texts', jsonb_build_object('agenda_session_above', ''), 'ticket_link', 'https://tickets.' || split_part(e.email, '@', 2) || '/' || e.slug),
       jsonb_build_object('score_mandatory', e.e <> 3, 'text_mandatory', e.org = 1, 'aggregate_method', 'median', 'score_format', 'words_numbers', 'use_submission_comments', true, 'review_help_text', tgen.i18n('Judge the proposal, not the person. Flag conflicts of interest.')::jsonb),
       CASE WHEN e.e = 3 THEN jsonb_build_object('mail_from', e.email, 'reply_to', '', 'signature', E'-- \nDataDays Lisboa programme team', 'subject_prefix', '[DataDays]', 'smtp_use_custom', false, 'mail_on_new_submission', false)
            ELSE jsonb_build_object('mail_from', e.email, 'reply_to', e.email, 'signature', E'-- \n' || e.name || ' programme committee', 'subject_prefix', '[' || e.slug || ']', 'smtp_use_custom', true,
                   'smtp_host', CASE e.org WHEN 1 THEN 'smtp.mailbox.org' ELSE 'email-smtp.ap-northeast-1.amazonaws.com' END, 'smtp_port', 587,
                   'smtp_username', CASE e.org WHEN 1 THEN e.email ELSE 'AKIA' || fixture_gen.chars('sesu', e.e, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
                   'smtp_password', CASE e.org WHEN 1 THEN tgen.rnd('smtpp', e.e, 24) ELSE 'B' || tgen.rnd('sesp', e.e, 43) END, 'smtp_use_tls', true, 'smtp_use_ssl', false, 'mail_on_new_submission', true) END
FROM tgen.ev e;

CREATE TABLE event_team (
  id serial PRIMARY KEY, name varchar(190) NOT NULL, all_events boolean NOT NULL, can_create_events boolean NOT NULL, can_change_teams boolean NOT NULL,
  can_change_organiser_settings boolean NOT NULL, can_change_event_settings boolean NOT NULL, can_change_submissions boolean NOT NULL, is_reviewer boolean NOT NULL,
  force_hide_speaker_names boolean NOT NULL, organiser_id integer NOT NULL REFERENCES event_organiser (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO event_team VALUES (1, 'Organisers', true, true, true, true, true, true, false, false, 1), (2, 'Programme committee', true, false, false, false, true, true, true, false, 1),
  (3, 'Reviewers HPC 2024', false, false, false, false, false, false, true, true, 1), (4, 'Video team', true, false, false, false, false, false, false, false, 1),
  (5, '運営チーム', true, true, true, true, true, true, false, false, 2), (6, 'Reviewers', true, false, false, false, false, false, true, true, 2);

CREATE TABLE event_team_members (id serial PRIMARY KEY, team_id integer NOT NULL REFERENCES event_team (id) DEFERRABLE INITIALLY DEFERRED, user_id integer NOT NULL REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO event_team_members (team_id, user_id)
SELECT CASE WHEN i <= 4 THEN 1 WHEN i <= 8 THEN 5 WHEN i <= 18 THEN 2 WHEN i <= 32 THEN 3 ELSE 6 END, i FROM generate_series(1, 40) i
UNION ALL SELECT 4, i FROM generate_series(41, 330) i WHERE i % 47 = 5;

CREATE TABLE event_team_limit_events (id serial PRIMARY KEY, team_id integer NOT NULL, event_id integer NOT NULL);
INSERT INTO event_team_limit_events (team_id, event_id) VALUES (3, 2), (3, 3);

CREATE TABLE event_teaminvite (id serial PRIMARY KEY, email varchar(254), token varchar(64), team_id integer NOT NULL REFERENCES event_team (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO event_teaminvite (email, token, team_id)
SELECT CASE WHEN g.j % 6 = 0 THEN 'video@harbourpython.example' ELSE tgen.fold(a.first) || '.' || tgen.fold(b.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'icloud.com', 'uni-hamburg.example', 'docomo.ne.jp'], 'tid', g.j) END,
       tgen.rnd('tinv', g.j, 32), (ARRAY[2, 3, 3, 4, 6, 6])[1 + g.j % 6]
FROM generate_series(1, 24) g(j) JOIN tgen.nm a ON a.c = fixture_gen.pick(ARRAY['de', 'jp', 'es', 'in', 'us', 'pl'], 'tic', g.j) AND a.k = 1 + g.j % 6 JOIN tgen.nm b ON b.c = a.c AND b.k = 1 + (g.j * 5) % 6
ORDER BY g.j;

-- hierarkey's settings store of events: copy, URLs, flags, and the
-- streaming plugin's shared secret and tokens.
CREATE TABLE event_event_settingsstore (id serial PRIMARY KEY, key varchar(255) NOT NULL, value text NOT NULL, object_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO event_event_settingsstore (key, value, object_id)
SELECT k.key, CASE k.key
    WHEN 'venueless_url' THEN 'https://' || e.slug || '.venueless.example/'
    WHEN 'venueless_secret' THEN tgen.rnd('vlsec', e.e, 64)
    WHEN 'venueless_issuer' THEN 'any'
    WHEN 'venueless_audience' THEN 'venueless'
    WHEN 'venueless_token' THEN fixture_gen.jwt('vltok', e.e)
    WHEN 'venueless_last_push' THEN '2024-06-' || (10 + e.e) || 'T09:1' || e.e || ':00+00:00'
    WHEN 'youtube_api_key' THEN 'AIza' || fixture_gen.chars('ytk', e.e, 35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    WHEN 'imprint_url' THEN 'https://' || coalesce(e.domain, 'datadays.example') || '/imprint'
    WHEN 'privacy_url' THEN 'https://' || coalesce(e.domain, 'datadays.example') || '/privacy'
    WHEN 'custom_css' THEN 'event/' || e.slug || '/custom_' || tgen.rnd('css', e.e, 7) || '.css'
    WHEN 'show_sneak_peek' THEN 'True'
    WHEN 'sent_mail_cfp_closed' THEN 'True'
    WHEN 'sent_mail_event_over' THEN CASE WHEN e.e = 1 THEN 'True' ELSE 'False' END
    WHEN 'cfp_count_length_in' THEN 'chars'
    WHEN 'agenda_show_do_not_record_events' THEN 'False'
    ELSE 'True' END, e.e
FROM tgen.ev e CROSS JOIN (VALUES ('venueless_url'), ('venueless_secret'), ('venueless_issuer'), ('venueless_audience'), ('venueless_token'), ('venueless_last_push'), ('youtube_api_key'),
  ('imprint_url'), ('privacy_url'), ('custom_css'), ('show_sneak_peek'), ('sent_mail_cfp_closed'), ('sent_mail_event_over'), ('cfp_count_length_in'), ('agenda_show_do_not_record_events')) k(key)
WHERE e.org = 1 OR k.key NOT LIKE 'venueless%';

CREATE TABLE submission_submissiontype (id serial PRIMARY KEY, name text NOT NULL, default_duration integer NOT NULL, deadline timestamptz, requires_access_code boolean NOT NULL,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_submissiontype (name, default_duration, deadline, requires_access_code, event_id)
SELECT tgen.i18n(t.n, t.d), t.dur, CASE WHEN t.n = 'Lightning talk' THEN e.d0 - 10 + time '23:59' END, t.n = 'Keynote', e.e
FROM tgen.ev e CROSS JOIN (VALUES ('Talk', 'Vortrag', 30), ('Long talk', 'Langer Vortrag', 45), ('Tutorial', 'Workshop', 90), ('Lightning talk', 'Lightning Talk', 5), ('Keynote', 'Keynote', 45)) t(n, d, dur);

CREATE TABLE submission_track (id serial PRIMARY KEY, name text NOT NULL, description text, color varchar(7) NOT NULL, requires_access_code boolean NOT NULL, position integer,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_track (name, description, color, requires_access_code, position, event_id)
SELECT tgen.i18n(t.n), tgen.i18n(t.d), t.c, false, t.pos, e.e
FROM tgen.ev e CROSS JOIN (VALUES ('Data & AI', 'Machine learning, data engineering and MLOps.', '#6fa8dc', 1), ('Web & APIs', 'Frameworks, APIs and the web platform.', '#93c47d', 2),
  ('Core & Performance', 'The language, its runtime and making things fast.', '#f6b26b', 3), ('Community & Education', 'Teaching, diversity, maintaining open source.', '#c27ba0', 4),
  ('DevOps & Security', 'Packaging, deployment, supply-chain security.', '#e06666', 5)) t(n, d, c, pos);

CREATE TABLE submission_tag (id serial PRIMARY KEY, tag varchar(50) NOT NULL, description text, color varchar(7) NOT NULL, is_public boolean NOT NULL,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_tag (tag, description, color, is_public, event_id)
SELECT t.n, tgen.i18n(t.d), t.c, t.pub, e.e
FROM tgen.ev e CROSS JOIN (VALUES ('beginner-friendly', 'Suitable for newcomers', '#00ff00', true), ('first-time speaker', 'Offer a mentor', '#ffaa00', false), ('needs travel grant', 'Asked for support', '#ff0000', false),
  ('sponsor slot', 'Paid sponsor talk', '#999999', false), ('maybe', 'Second round', '#cccccc', false)) t(n, d, c, pub);

CREATE TABLE submission_submitteraccesscode (id serial PRIMARY KEY, code varchar(255) NOT NULL, valid_until timestamptz, maximum_uses integer, redeemed integer NOT NULL,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED, submission_type_id integer, track_id integer);
INSERT INTO submission_submitteraccesscode (code, valid_until, maximum_uses, redeemed, event_id, submission_type_id, track_id)
SELECT tgen.rnd('acc', k, 32), (SELECT d0 FROM tgen.ev WHERE e = 1 + k % 4) - 30 + time '23:59', CASE WHEN k % 3 = 0 THEN 1 ELSE 5 END, k % 3, 1 + k % 4,
       CASE WHEN k % 2 = 0 THEN 5 * (k % 4) + 5 END, CASE WHEN k % 2 = 1 THEN 5 * (k % 4) + 1 + k % 5 END
FROM generate_series(1, 16) k;

CREATE TABLE submission_cfp (id serial PRIMARY KEY, headline text, text text, default_type_id integer, deadline timestamptz, settings jsonb NOT NULL, fields jsonb NOT NULL,
  event_id integer NOT NULL UNIQUE REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_cfp (headline, text, default_type_id, deadline, settings, fields, event_id)
SELECT tgen.i18n('Call for Proposals: ' || e.name), tgen.i18n('We are looking for talks and tutorials about everything Python and data. Speakers get a free ticket, and we cover travel for speakers who need it.'),
       5 * (e.e - 1) + 1, (e.d0 - 120) + time '23:59',
       jsonb_build_object('flow', jsonb_build_object('steps', jsonb_build_object('info', jsonb_build_object('title', tgen.i18n('Tell us about your proposal')::jsonb))), 'count_length_in', 'chars', 'show_deadline', true, 'require_avatar', e.org = 1),
       jsonb_build_object('abstract', jsonb_build_object('visibility', 'required', 'max_length', 500), 'description', jsonb_build_object('visibility', 'optional'), 'notes', jsonb_build_object('visibility', 'optional'),
         'biography', jsonb_build_object('visibility', 'required', 'min_length', 50), 'avatar', jsonb_build_object('visibility', CASE WHEN e.org = 1 THEN 'required' ELSE 'optional' END), 'do_not_record', jsonb_build_object('visibility', 'optional')), e.e
FROM tgen.ev e;

-- Submissions: 420 across the four events, one or two speakers each.
CREATE TABLE tgen.sub (s int PRIMARY KEY, e int, st text, sp1 int, sp2 int, title text, topic text);
INSERT INTO tgen.sub
SELECT s, e, st, sp1, CASE WHEN s % 6 = 0 THEN 41 + (sp1 * 13) % 290 END, t, topic
FROM (SELECT s, CASE WHEN s <= 110 THEN 1 WHEN s <= 260 THEN 2 WHEN s <= 340 THEN 3 ELSE 4 END AS e,
             41 + fixture_gen.n('ssp', s, 290) AS sp1,
             fixture_gen.pick(ARRAY['pandas', 'Polars', 'DuckDB', 'FastAPI', 'Django', 'asyncio', 'type hints', 'PyO3', 'Kubernetes', 'dbt', 'PyTorch', 'LLM agents', 'WebAssembly', 'pytest', 'SQLAlchemy', 'Arrow'], 'stop', s) AS topic,
             fixture_gen.n('sst', s, 20) AS r
      FROM generate_series(1, 420) s) x
CROSS JOIN LATERAL (SELECT CASE WHEN e IN (1, 3) THEN CASE WHEN r < 8 THEN 'confirmed' WHEN r < 9 THEN 'canceled' WHEN r < 10 THEN 'withdrawn' ELSE 'rejected' END
                                ELSE CASE WHEN r < 5 THEN 'accepted' WHEN r < 7 THEN 'confirmed' WHEN r < 14 THEN 'submitted' WHEN r < 15 THEN 'draft' ELSE 'rejected' END END AS st,
  fixture_gen.pick(ARRAY['Scaling %s to a billion rows', 'What I wish I knew before using %s in production', 'A gentle introduction to %s', '%s under the hood',
    'Testing data pipelines with %s', 'From notebooks to services: %s in practice', 'Migrating a legacy codebase to %s', 'Five years of %s: lessons learned',
    'Fast, safe and boring: %s for everyone', 'Profiling and optimising %s workloads'], 'stt', s) AS tpl) y
CROSS JOIN LATERAL (SELECT replace(tpl, '%s', topic) AS t) z;

CREATE TABLE submission_submission (
  id serial PRIMARY KEY, created timestamptz, updated timestamptz, code varchar(16) NOT NULL UNIQUE, title varchar(200) NOT NULL, abstract text, description text, notes text,
  internal_notes text, duration integer, slot_count integer NOT NULL, content_locale varchar(32) NOT NULL, is_featured boolean NOT NULL, do_not_record boolean NOT NULL,
  image varchar(100), invitation_token varchar(32) NOT NULL, access_code_id integer REFERENCES submission_submitteraccesscode (id) DEFERRABLE INITIALLY DEFERRED,
  review_code varchar(32) UNIQUE, anonymised_data jsonb, state varchar(32) NOT NULL, pending_state varchar(32),
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED, submission_type_id integer NOT NULL REFERENCES submission_submissiontype (id) DEFERRABLE INITIALLY DEFERRED,
  track_id integer REFERENCES submission_track (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_submission
SELECT s.s, c.cr, c.cr + make_interval(hours => fixture_gen.n('subu', s.s, 900)), tgen.code('subc', s.s, 6), s.title,
       'This talk shows how ' || s.topic || ' ' || fixture_gen.pick(ARRAY['handles data that does not fit in memory', 'can replace a tangle of shell scripts', 'changes the way we write tests', 'fits into a modern deployment pipeline', 'performs against the alternatives on real workloads'], 'sab', s.s)
         || '. ' || fixture_gen.pick(ARRAY['We walk through a complete example and its benchmarks.', 'Attendees leave with a checklist they can apply on Monday.', 'No prior knowledge is required.', 'Expect live coding and a few war stories.'], 'sab2', s.s),
       CASE WHEN s.s % 4 = 0 THEN NULL
            WHEN s.s % 5 = 1 THEN 'I maintain the ' || s.topic || ' integration at ' || sp.company || ' and have given a shorter version of this talk at a local meetup. Outline: 1. motivation (5 min) 2. internals (15 min) 3. benchmarks and Q&A (10 min).'
            WHEN s.s % 7 = 2 THEN 'Co-written with my colleague ' || co.name || ', who unfortunately cannot travel. Outline: problem statement, design, results, what we would do differently.'
            ELSE 'Outline: 1. why ' || s.topic || ' 2. a worked example 3. pitfalls 4. questions. Slides and code will be on GitHub.' END,
       CASE WHEN s.s % 3 <> 0 THEN NULL ELSE fixture_gen.pick(ARRAY[
         'I can only present on the first day, I fly back on the evening of ' || to_char(e.d0 + 1, 'DD Mon') || '.',
         'I would need a travel grant to attend; my employer does not cover conferences.',
         'I use a wheelchair, please make sure the stage has a ramp.',
         'Happy to shorten this to a lightning talk if needed. You can reach me at ' || sp.phone || ' during the conference.',
         'Please contact me at ' || sp.email || ' rather than my work address, I am leaving ' || sp.company || ' in August.',
         'I am pregnant and due in October, so a slot on day one would be great.',
         'This is my first talk, a mentor would be really helpful!',
         'My co-speaker ' || co.name || ' will only join if the visa comes through in time.'], 'snot', s.s) END,
       CASE WHEN s.s % 4 <> 1 THEN NULL ELSE fixture_gen.pick(ARRAY[
         'Strong candidate, ' || split_part(sp.name, ' ', 1) || ' gave a great talk at PyCon last year.',
         'Check with ' || rv.name || ' whether this overlaps with the sponsor talk.',
         'Speaker asked for a travel grant (flight from ' || sp.city || ', approx. 640 EUR).',
         'Possible conflict of interest: reviewer works with the speaker at ' || sp.company || '.',
         'Called ' || split_part(sp.name, ' ', 1) || ' on ' || sp.phone || ', confirmed they can do Saturday.',
         'Duplicate of an earlier proposal, merged.',
         'Needs a quiet room before the talk (anxiety), arranged with the venue.'], 'sint', s.s) END,
       NULL, CASE WHEN s.s % 50 = 7 THEN 2 ELSE 1 END, CASE WHEN s.e = 4 AND s.s % 3 <> 0 THEN 'ja-JP' ELSE 'en' END,
       s.s % 17 = 3 AND s.st IN ('confirmed', 'accepted'), s.s % 9 = 4,
       CASE WHEN s.s % 6 = 2 THEN 'submissions/' || ev.slug || '/' || tgen.code('subc', s.s, 6) || '/' || fixture_gen.pick(ARRAY['diagram', 'cover', 'architecture', 'logo'], 'simg', s.s) || '_' || tgen.rnd('simgr', s.s, 7) || '.png' END,
       tgen.rnd('sinv', s.s, 32), CASE WHEN s.s % 23 = 5 THEN 1 + s.s % 16 END,
       CASE WHEN s.st IN ('submitted', 'accepted', 'rejected') AND s.s % 4 = 2 THEN tgen.code('srvc', s.s, 32) END,
       CASE WHEN s.s % 8 = 1 THEN jsonb_build_object('_anonymised', true, 'title', s.title, 'abstract', 'This talk shows how ' || s.topic || ' fits into a modern pipeline.',
              'description', 'I maintain the ' || s.topic || ' integration at [redacted] and have given a shorter version of this talk before.', 'notes', '')
            ELSE '{}'::jsonb END,
       s.st, CASE WHEN s.st = 'submitted' AND s.s % 10 = 3 THEN 'accepted' END, s.e, 5 * (s.e - 1) + 1 + fixture_gen.n('sty', s.s, 4), 5 * (s.e - 1) + 1 + fixture_gen.n('str', s.s, 5)
FROM tgen.sub s JOIN tgen.p sp ON sp.i = s.sp1 JOIN tgen.p co ON co.i = 41 + (s.sp1 * 13) % 290 JOIN tgen.p rv ON rv.i = 9 + s.s % 32 JOIN tgen.ev e ON e.e = s.e JOIN tgen.ev ev ON ev.e = s.e
CROSS JOIN LATERAL (SELECT tgen.at('subcr', s.s, e.lo, e.lo + (e.hi - e.lo) * 0.6) AS cr) c;
UPDATE submission_submission ss SET duration = t.default_duration FROM submission_submissiontype t WHERE t.id = ss.submission_type_id AND ss.id % 5 = 0;

CREATE TABLE submission_submission_speakers (id serial PRIMARY KEY, submission_id integer NOT NULL REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED, user_id integer NOT NULL REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_submission_speakers (submission_id, user_id) SELECT s, sp1 FROM tgen.sub UNION ALL SELECT s, sp2 FROM tgen.sub WHERE sp2 IS NOT NULL AND sp2 <> sp1 ORDER BY 1, 2;

CREATE TABLE submission_submission_tags (id serial PRIMARY KEY, submission_id integer NOT NULL, tag_id integer NOT NULL);
INSERT INTO submission_submission_tags (submission_id, tag_id) SELECT s, 5 * (e - 1) + 1 + s % 5 FROM tgen.sub WHERE s % 3 = 1;

CREATE TABLE person_speakerprofile (id serial PRIMARY KEY, biography text, has_arrived boolean NOT NULL, internal_notes text,
  event_id integer REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED, user_id integer REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO person_speakerprofile (biography, has_arrived, internal_notes, event_id, user_id)
SELECT CASE WHEN p.i % 13 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY[
         p.first || ' is a ' || p.job || ' at ' || p.company || ', where they work on ' || fixture_gen.pick(ARRAY['data platforms', 'developer tooling', 'search', 'payments infrastructure', 'climate models'], 'bio1', p.i) || '. In their spare time they organise the ' || p.city || ' Python meetup.',
         'I am a ' || lower(p.job) || ' based in ' || p.city || '. I have been writing Python since 2012 and contribute to several open-source projects. Find me on Mastodon as @' || p.handle || '@fosstodon.org.',
         p.name || ' (they/them) is a ' || p.job || ' and core developer of a popular scheduling library. Previously at ' || fixture_gen.pick(ARRAY['Spotify', 'Zalando', 'Rakuten', 'Nubank'], 'bio2', p.i) || '.',
         'Mother of two, ' || lower(p.job) || ' at ' || p.company || ', recovering physicist. Contact: ' || p.email,
         p.first || ' works on open-source tooling for research data. Book a chat with ' || p.first || ' at ' || p.phone || ' or on the hallway track.',
         'Data nerd, runner, bad guitarist.',
         'Maintainer of several packages on PyPI. Speaks English, ' || fixture_gen.pick(ARRAY['Portuguese', 'Japanese', 'German', 'Polish', 'Yoruba'], 'bio3', p.i) || ' and Python.'], 'bio', p.i) END,
       e.e = 1 AND p.i % 3 <> 0,
       CASE WHEN p.i % 6 = 1 THEN fixture_gen.pick(ARRAY['Vegan, bringing partner to the speakers'' dinner.', 'Arrives ' || to_char(e.d0 - 1, 'DD Mon') || ' by train, hotel booked by us.', 'Asked us not to publish the photo.', 'Needs a lapel mic, hard of hearing.', 'Emergency contact: ' || q.name || ', ' || q.phone], 'spin', p.i) END,
       e.e, p.i
FROM (SELECT DISTINCT s.e, u.user_id FROM tgen.sub s JOIN submission_submission_speakers u ON u.submission_id = s.s UNION SELECT e, i FROM tgen.ev, generate_series(1, 8) i WHERE (org = 1 AND i <= 4) OR (org = 2 AND i > 4)) x(e, uid)
JOIN tgen.p p ON p.i = x.uid JOIN tgen.ev e ON e.e = x.e JOIN tgen.p q ON q.i = 1 + (p.i * 11) % 330
ORDER BY e.e, p.i;

CREATE TABLE person_speakerinformation (id serial PRIMARY KEY, target_group varchar(11) NOT NULL, title text NOT NULL, text text NOT NULL, resource varchar(100),
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO person_speakerinformation (target_group, title, text, resource, event_id)
SELECT t.g, tgen.i18n(t.t), tgen.i18n(replace(t.x, '%e', e.name)), CASE WHEN t.t = 'Speaker guide' THEN 'speaker_information/' || e.slug || '_speaker_guide_' || tgen.rnd('sir', e.e, 7) || '.pdf' END, e.e
FROM tgen.ev e CROSS JOIN (VALUES ('accepted', 'Speaker guide', 'Everything you need to know about presenting at %e: slides, microphones, timing.'),
  ('confirmed', 'Travel and hotel', 'We have a room contingent at the Hotel am Hafen until four weeks before %e. Use the code in your confirmation mail.'),
  ('submitters', 'Mentoring', 'First-time speakers can ask for a mentor until the end of the call for proposals.'),
  ('confirmed', 'Recording', 'All talks of %e are recorded and published under CC BY 4.0 unless you opted out.')) t(g, t, x);

CREATE TABLE submission_reviewscorecategory (id serial PRIMARY KEY, name text NOT NULL, weight numeric(4,1) NOT NULL, required boolean NOT NULL, active boolean NOT NULL, is_independent boolean NOT NULL,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_reviewscorecategory (name, weight, required, active, is_independent, event_id)
SELECT tgen.i18n(c.n), c.w, true, true, c.ind, e.e FROM tgen.ev e CROSS JOIN (VALUES ('Relevance', 1.0, false), ('Clarity of the proposal', 0.5, false), ('Diversity of perspective', 0.0, true)) c(n, w, ind) ORDER BY e.e, c.w DESC;

CREATE TABLE submission_reviewscore (id serial PRIMARY KEY, value numeric(6,2) NOT NULL, label varchar(100), category_id integer NOT NULL REFERENCES submission_reviewscorecategory (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_reviewscore (value, label, category_id)
SELECT v.v, v.l, c.id FROM submission_reviewscorecategory c CROSS JOIN (VALUES (0, 'No'), (1, 'Meh'), (2, 'Okay'), (3, 'Good'), (4, 'Excellent')) v(v, l) ORDER BY c.id, v.v;

CREATE TABLE submission_review (id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, text text, score numeric(6,2),
  submission_id integer NOT NULL REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED, user_id integer NOT NULL REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_review (created, updated, text, score, submission_id, user_id)
SELECT c.cr, c.cr + make_interval(mins => fixture_gen.n('rvu', r.k, 3000)),
       CASE WHEN r.k % 7 = 3 THEN NULL ELSE fixture_gen.pick(ARRAY[
         'Clear outline and a topic our audience asks for every year. Would accept.',
         'The abstract promises more than 30 minutes can deliver; suggest a tutorial instead.',
         'Very similar to last year''s talk on the same subject.',
         'I know ' || split_part(sp.name, ' ', 1) || ' from the ' || sp.city || ' meetup, an excellent speaker. Declaring this as a possible bias.',
         'Speaker is a first-timer, but the proposal is solid. Pair with a mentor.',
         'Too much of a product pitch for ' || sp.company || '.',
         'I reviewed an earlier draft of this for ' || split_part(sp.name, ' ', 1) || ' (we studied together), so take my score with a grain of salt.',
         'Not enough detail on what attendees will learn.',
         'Great to have a speaker from ' || sp.city || ', we have very few from the region.',
         'Benchmarks look cherry-picked. Would like to see methodology.'], 'rvt', r.k) END,
       CASE WHEN r.k % 11 = 5 THEN NULL ELSE round((fixture_gen.n('rvs', r.k, 9) / 2.0)::numeric, 2) END, r.s, r.u
FROM (SELECT s.s, 9 + ((s.s * 7 + j * 5) % CASE WHEN s.e = 4 THEN 8 ELSE 24 END) + CASE WHEN s.e = 4 THEN 24 ELSE 0 END AS u, s.s * 3 + j AS k, s.e, s.sp1
      FROM tgen.sub s CROSS JOIN generate_series(0, 2) j WHERE s.st <> 'draft' AND (j < 2 OR s.s % 2 = 0)) r
JOIN tgen.p sp ON sp.i = r.sp1 JOIN tgen.ev e ON e.e = r.e
CROSS JOIN LATERAL (SELECT tgen.at('rvc', r.k, e.lo + (e.hi - e.lo) * 0.6, e.hi) AS cr) c
ORDER BY c.cr, r.k;

CREATE TABLE submission_review_scores (id serial PRIMARY KEY, review_id integer NOT NULL REFERENCES submission_review (id) DEFERRABLE INITIALLY DEFERRED, reviewscore_id integer NOT NULL REFERENCES submission_reviewscore (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_review_scores (review_id, reviewscore_id)
SELECT r.id, sc.id FROM submission_review r JOIN submission_submission s ON s.id = r.submission_id JOIN submission_reviewscorecategory c ON c.event_id = s.event_id
JOIN submission_reviewscore sc ON sc.category_id = c.id AND sc.value = fixture_gen.n('rsc' || c.id, r.id, 5) WHERE r.score IS NOT NULL ORDER BY r.id, c.id;

CREATE TABLE submission_submissioncomment (id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, text text NOT NULL,
  reply_to_id integer, submission_id integer NOT NULL REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED, user_id integer NOT NULL REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_submissioncomment (created, updated, text, reply_to_id, submission_id, user_id)
SELECT c.cr, c.cr, fixture_gen.pick(ARRAY[
         'Should we move this to the tutorial track?', 'Agreed, +1.', '@' || rv.name || ' can you take a second look at the outline?',
         'I emailed ' || split_part(sp.name, ' ', 1) || ' at ' || sp.email || ' about the overlap, waiting for an answer.',
         'The speaker told me in private that they are between jobs, so the travel grant matters here.',
         'Can we check if the room has a hearing loop? The speaker asked.', 'Moved to the waitlist.', 'This conflicts with the keynote slot, let''s discuss on Thursday.'], 'scm', s.s),
       NULL, s.s, 9 + s.s % 32
FROM tgen.sub s JOIN tgen.p sp ON sp.i = s.sp1 JOIN tgen.p rv ON rv.i = 9 + (s.s * 3) % 32 JOIN tgen.ev e ON e.e = s.e
CROSS JOIN LATERAL (SELECT tgen.at('scmc', s.s, e.lo + (e.hi - e.lo) * 0.6, e.hi) AS cr) c
WHERE s.e >= 2 AND s.s % 3 = 0 ORDER BY c.cr;
UPDATE submission_submissioncomment c SET reply_to_id = p.id FROM submission_submissioncomment p WHERE c.id % 4 = 0 AND p.id = c.id - 1;

CREATE TABLE submission_question (
  id serial PRIMARY KEY, variant varchar(8) NOT NULL, target varchar(11) NOT NULL, question text NOT NULL, help_text text, default_answer text, question_required varchar(14) NOT NULL,
  deadline timestamptz, freeze_after timestamptz, position integer NOT NULL, active boolean NOT NULL, contains_personal_data boolean NOT NULL,
  min_length integer, max_length integer, min_number numeric(15,2), max_number numeric(15,2), min_date date, max_date date, is_public boolean NOT NULL, is_visible_to_reviewers boolean NOT NULL,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED, tracks_limit text);
CREATE TABLE tgen.q (k int PRIMARY KEY, variant text, target text, q text, help text, pers boolean, pub boolean, rev boolean);
INSERT INTO tgen.q VALUES
  (1, 'string', 'speaker', 'Mobile phone number for the conference days', 'Only the organisers will see this.', true, false, false),
  (2, 'string', 'speaker', 'Dietary requirements', 'For the speakers'' dinner.', true, false, false),
  (3, 'text', 'speaker', 'Accessibility needs', 'Anything we can do to make speaking easier for you?', true, false, false),
  (4, 'choices', 'speaker', 'T-shirt size', NULL, false, false, false),
  (5, 'text', 'speaker', 'How are you travelling, and when do you arrive?', 'So we can plan pick-ups and hotel nights.', true, false, false),
  (6, 'string', 'speaker', 'Company or affiliation', 'Shown on the schedule.', true, true, true),
  (7, 'text', 'speaker', 'Do you need a visa invitation letter? If so: full name as in passport, passport number, nationality', NULL, true, false, false),
  (8, 'url', 'submission', 'Link to a previous recording of this talk', NULL, false, false, true),
  (9, 'choices', 'submission', 'Audience level', NULL, false, true, true),
  (10, 'file', 'submission', 'Upload a draft of your slides (optional)', NULL, false, false, true),
  (11, 'boolean', 'speaker', 'Would you like a mentor?', NULL, false, false, false),
  (12, 'string', 'speaker', 'Pronouns', 'Shown on your badge.', true, false, false),
  (13, 'text', 'reviewer', 'Do you have a conflict of interest with this proposal?', NULL, false, false, false),
  (14, 'number', 'submission', 'How many people have you presented this to before?', NULL, false, false, true);
INSERT INTO submission_question (variant, target, question, help_text, default_answer, question_required, deadline, freeze_after, position, active, contains_personal_data,
  min_length, max_length, min_number, max_number, min_date, max_date, is_public, is_visible_to_reviewers, event_id, tracks_limit)
SELECT q.variant, q.target, tgen.i18n(q.q), CASE WHEN q.help IS NOT NULL THEN tgen.i18n(q.help) END, CASE WHEN q.k = 11 THEN 'False' END,
       CASE WHEN q.k IN (4, 9, 13) THEN 'required' WHEN q.k IN (1, 5) THEN 'after_deadline' ELSE 'optional' END,
       CASE WHEN q.k IN (1, 5) THEN (e.d0 - 21) + time '23:59' END, CASE WHEN q.k = 4 THEN (e.d0 - 30) + time '12:00' END, q.k, NOT (e.e = 3 AND q.k = 12), q.pers,
       CASE WHEN q.variant = 'text' THEN 0 END, CASE WHEN q.variant = 'text' THEN 1000 END, CASE WHEN q.k = 14 THEN 0 END, CASE WHEN q.k = 14 THEN 10000 END, NULL, NULL,
       q.pub, q.rev, e.e, NULL
FROM tgen.ev e CROSS JOIN tgen.q q WHERE e.e <> 3 OR q.k NOT IN (7, 10) ORDER BY e.e, q.k;

CREATE TABLE submission_answeroption (id serial PRIMARY KEY, answer text NOT NULL, position integer, question_id integer NOT NULL REFERENCES submission_question (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_answeroption (answer, position, question_id)
SELECT tgen.i18n(o.a), o.p, q.id FROM submission_question q JOIN tgen.q t ON t.k = q.position
JOIN (VALUES (4, 'XS', 1), (4, 'S', 2), (4, 'M', 3), (4, 'L', 4), (4, 'XL', 5), (4, 'S (fitted)', 6), (4, 'M (fitted)', 7), (4, 'No shirt, thanks', 8),
             (9, 'Beginner', 1), (9, 'Intermediate', 2), (9, 'Advanced', 3)) o(k, a, p) ON o.k = t.k ORDER BY q.id, o.p;

CREATE TABLE submission_answer (id serial PRIMARY KEY, answer text NOT NULL, answer_file varchar(100), person_id integer REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED,
  question_id integer NOT NULL REFERENCES submission_question (id) DEFERRABLE INITIALLY DEFERRED, review_id integer REFERENCES submission_review (id) DEFERRABLE INITIALLY DEFERRED,
  submission_id integer REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_answer (answer, answer_file, person_id, question_id, review_id, submission_id)
SELECT CASE t.k
    WHEN 1 THEN p.phone
    WHEN 2 THEN fixture_gen.pick(ARRAY['none', 'vegetarian', 'vegan', 'halal', 'kosher', 'gluten-free (coeliac)', 'no pork', 'severe peanut allergy, I carry an EpiPen', 'lactose intolerant', 'pescatarian'], 'a2', x.k)
    WHEN 3 THEN fixture_gen.pick(ARRAY['None', 'No', 'I use a wheelchair, step-free access to the stage please', 'I am hard of hearing, live captions would help', 'Type 1 diabetic, need to keep snacks at the lectern', 'A chair on stage, I have chronic back pain', 'Quiet room before my talk (autism)', 'n/a'], 'a3', x.k)
    WHEN 4 THEN fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL', 'M (fitted)', 'S (fitted)', 'No shirt, thanks'], 'a4', x.k)
    WHEN 5 THEN fixture_gen.pick(ARRAY['Train from ' || p.city || ', arriving ' || to_char(e.d0 - 1, 'DD Mon') || ' around 18:40', 'Flying in from ' || p.city || ', LH' || fixture_gen.digits('fl', x.k, 4) || ' lands ' || to_char(e.d0 - 1, 'DD Mon') || ' 21:05', 'I live nearby, cycling', 'Driving with my partner ' || q.first || ' and our baby, need parking', 'Not sure yet'], 'a5', x.k)
    WHEN 6 THEN CASE WHEN x.k % 4 = 0 THEN 'independent' ELSE p.company END
    WHEN 7 THEN CASE WHEN p.c IN ('in', 'ng', 'gh', 'vn', 'tr', 'ar', 'ru') AND x.k % 2 = 0 THEN upper(p.name) || ', passport ' || fixture_gen.pick(ARRAY['Z', 'A', 'U', 'P'], 'pp', x.k) || fixture_gen.digits('ppn', x.k, 7) || ', ' ||
               (SELECT CASE p.c WHEN 'in' THEN 'Indian' WHEN 'ng' THEN 'Nigerian' WHEN 'gh' THEN 'Ghanaian' WHEN 'vn' THEN 'Vietnamese' WHEN 'tr' THEN 'Turkish' WHEN 'ar' THEN 'Lebanese' ELSE 'Russian' END) || ', born ' || to_char(fixture_gen.birth_date('pbd', p.i), 'DD.MM.YYYY')
             ELSE 'No' END
    WHEN 8 THEN CASE WHEN x.k % 3 = 0 THEN 'https://www.youtube.com/watch?v=' || fixture_gen.chars('yt', x.k, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') ELSE '' END
    WHEN 9 THEN fixture_gen.pick(ARRAY['Beginner', 'Intermediate', 'Advanced'], 'a9', x.k)
    WHEN 10 THEN ''
    WHEN 11 THEN CASE WHEN x.k % 4 = 0 THEN 'True' ELSE 'False' END
    WHEN 12 THEN fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they', 'he/they', ''], 'a12', x.k)
    WHEN 13 THEN CASE WHEN x.k % 9 = 0 THEN 'Yes, the speaker is my colleague at ' || p.company ELSE 'No' END
    ELSE (fixture_gen.n('a14', x.k, 6) * 20)::text END,
  CASE WHEN t.k = 10 AND x.k % 2 = 0 THEN 'questions/' || e.slug || '/' || tgen.rnd('afd', x.k, 12) || '/' || fixture_gen.pick(ARRAY[tgen.fold(p.first) || '_' || tgen.fold(p.last) || '_draft.pdf', 'slides_v2.pdf', tgen.fold(p.last) || '-talk-' || e.slug || '.key', 'draft.pptx'], 'afn', x.k) END,
  CASE WHEN t.target = 'speaker' THEN p.i END, x.qid, x.rid, CASE WHEN t.target <> 'speaker' THEN x.s END
FROM (SELECT row_number() OVER (ORDER BY s.s, q.id, u.user_id)::int AS k, s.s, s.e, q.id AS qid, q.position AS qk, u.user_id AS uid, NULL::int AS rid
      FROM tgen.sub s JOIN submission_question q ON q.event_id = s.e AND q.target IN ('speaker', 'submission')
      JOIN submission_submission_speakers u ON u.submission_id = s.s AND (q.target = 'speaker' OR u.user_id = s.sp1)
      WHERE s.st IN ('accepted', 'confirmed', 'submitted', 'canceled') AND (q.position NOT IN (1, 5) OR s.st IN ('accepted', 'confirmed')) AND (q.position <> 10 OR s.s % 3 = 0)
      UNION ALL
      SELECT 100000 + r.id, r.submission_id, s.e, q.id, q.position, r.user_id, r.id FROM submission_review r JOIN tgen.sub s ON s.s = r.submission_id JOIN submission_question q ON q.event_id = s.e AND q.target = 'reviewer' WHERE r.id % 2 = 0) x
JOIN tgen.q t ON t.k = x.qk JOIN tgen.p p ON p.i = CASE WHEN t.k = 13 THEN (SELECT sp1 FROM tgen.sub WHERE s = x.s) ELSE x.uid END JOIN tgen.p q ON q.i = 1 + (p.i * 17) % 330 JOIN tgen.ev e ON e.e = x.e
ORDER BY x.k;

CREATE TABLE submission_answer_options (id serial PRIMARY KEY, answer_id integer NOT NULL REFERENCES submission_answer (id) DEFERRABLE INITIALLY DEFERRED, answeroption_id integer NOT NULL REFERENCES submission_answeroption (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_answer_options (answer_id, answeroption_id)
SELECT a.id, o.id FROM submission_answer a JOIN submission_answeroption o ON o.question_id = a.question_id AND o.answer::jsonb ->> 'en' = a.answer ORDER BY a.id;

CREATE TABLE submission_feedback (id serial PRIMARY KEY, rating integer, review text NOT NULL, speaker_id integer REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED,
  talk_id integer NOT NULL REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_feedback (rating, review, speaker_id, talk_id)
SELECT CASE WHEN k % 6 = 0 THEN NULL ELSE 1 + fixture_gen.n('fbr', k, 5) END,
       fixture_gen.pick(ARRAY['Great talk, clear slides and good pacing.', 'Too fast for beginners, but the examples were useful.', split_part(sp.name, ' ', 1) || ' explained the internals really well, thank you!',
         'The speaker should use a bigger font, I could not read the code from the back.', 'Loved it. ' || split_part(sp.name, ' ', 1) || ', please share the notebook! My email is ' || a.email,
         'Audio was bad in the recording room.', 'Felt like a sales pitch for ' || sp.company || '.', 'Best talk of the day.', 'Would have liked more time for questions.',
         'I met ' || split_part(sp.name, ' ', 1) || ' afterwards and we talked for an hour, so kind.'], 'fbt', k),
       CASE WHEN k % 3 = 0 THEN s.sp1 END, s.s
FROM generate_series(1, 260) k JOIN tgen.sub s ON s.s = (SELECT s FROM tgen.sub WHERE e IN (1, 3) AND st = 'confirmed' ORDER BY md5('fbs' || s) OFFSET k % 70 LIMIT 1)
JOIN tgen.p sp ON sp.i = s.sp1 CROSS JOIN LATERAL (SELECT fixture_gen.email('fbm', k) AS email) a;

CREATE TABLE submission_resource (id serial PRIMARY KEY, resource varchar(100), description varchar(1000), link varchar(400), is_public boolean NOT NULL,
  submission_id integer NOT NULL REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_resource (resource, description, link, is_public, submission_id)
SELECT CASE WHEN j = 0 THEN 'resource/' || ev.slug || '/' || tgen.code('subc', s.s, 6) || '/' || fixture_gen.pick(ARRAY['slides', 'slides_final', 'handout', 'exercises'], 'rsf', s.s) || '_' || tgen.rnd('rsr', s.s, 7) || '.pdf' END,
       CASE WHEN j = 0 THEN fixture_gen.pick(ARRAY['Slides', 'Slides (PDF)', 'Handout', 'Exercises'], 'rsd', s.s) ELSE fixture_gen.pick(ARRAY['Code on GitHub', 'Slides online', 'Demo repository', 'Blog post with details'], 'rsd2', s.s) END,
       CASE WHEN j = 1 THEN fixture_gen.pick(ARRAY['https://github.com/' || p.handle || '/' || lower(replace(s.topic, ' ', '-')) || '-talk', 'https://speakerdeck.com/' || p.handle || '/' || lower(replace(s.topic, ' ', '-')),
         'https://' || p.handle || '.github.io/talks/' || ev.slug || '/', 'https://github.com/harbourpython/' || ev.slug || '-tutorials'], 'rsl', s.s) END,
       s.s % 10 <> 4, s.s
FROM tgen.sub s JOIN tgen.ev ev ON ev.e = s.e JOIN tgen.p p ON p.i = s.sp1 CROSS JOIN generate_series(0, 1) j
WHERE s.st IN ('confirmed', 'accepted') AND (j = 0 OR s.s % 2 = 0) ORDER BY s.s, j;

CREATE TABLE submission_submitterinvitation (id serial PRIMARY KEY, email varchar(254) NOT NULL, token varchar(64) NOT NULL, created timestamptz,
  submission_id integer NOT NULL REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO submission_submitterinvitation (email, token, created, submission_id)
SELECT p.email, tgen.rnd('sinvt', s.s, 32), tgen.at('sinvc', s.s, '2024-01-20', '2024-06-20'), s.s
FROM tgen.sub s JOIN tgen.p p ON p.i = 41 + (s.sp1 * 29) % 290 WHERE s.e IN (2, 4) AND s.s % 5 = 2 ORDER BY s.s;

CREATE TABLE mail_mailtemplate (id serial PRIMARY KEY, role varchar(30), subject text NOT NULL, text text NOT NULL, reply_to varchar(200), bcc varchar(1000), is_auto_created boolean NOT NULL,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO mail_mailtemplate (role, subject, text, reply_to, bcc, is_auto_created, event_id)
SELECT t.r, tgen.i18n(t.s), tgen.i18n(t.x), CASE WHEN e.e <> 3 THEN e.email ELSE '' END,
       CASE WHEN t.r LIKE 'submission.state%' THEN CASE e.org WHEN 1 THEN 'archive@harbourpython.example, katharina.petersen@posteo.de' ELSE 'kenji.nakamura@kansaioss.example' END ELSE '' END,
       t.auto, e.e
FROM tgen.ev e CROSS JOIN (VALUES
  ('submission.new', 'Your proposal: {submission_title}', E'Hi {name},\n\nwe have received your proposal "{submission_title}". You can edit it until the deadline: {submission_url}\n\n{event_name} programme committee', false),
  ('submission.state.accepted', 'Your proposal was accepted', E'Hi {name},\n\nwe are happy to accept "{submission_title}"! Please confirm at {confirmation_link}.\n\nSee you at {event_name}!', false),
  ('submission.state.rejected', 'Your proposal', E'Hi {name},\n\nunfortunately we could not accept "{submission_title}" this year. Thank you for submitting.', false),
  ('submission.new.speaker.invite', 'You have been added to a proposal', E'Hi!\n\n{invitation_sender} added you as a speaker of "{submission_title}". Join here: {invitation_link}', false),
  ('speaker.password_reset', 'Password recovery', E'Hi {name},\n\nyou can set a new password here: {url}\n\nIf you did not ask for this, ignore this mail.', true),
  ('question.reminder', 'Please answer our questions', E'Hi {name},\n\nplease answer these questions before {deadline}: {questions}', false),
  ('custom', 'Speakers'' dinner', E'Hi {name},\n\nthe speakers'' dinner is on the evening before the conference at 19:30.', false)) t(r, s, x, auto)
ORDER BY e.e;

CREATE TABLE mail_queuedmail (
  id serial PRIMARY KEY, "to" varchar(1000), reply_to varchar(1000), cc varchar(1000), bcc varchar(1000), subject varchar(200) NOT NULL, text text NOT NULL, sent timestamptz,
  locale varchar(32), attachments jsonb, event_id integer REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED, template_id integer REFERENCES mail_mailtemplate (id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE tgen.qm (k int PRIMARY KEY, kind int, s int, e int, u int);
INSERT INTO tgen.qm SELECT row_number() OVER (ORDER BY s.s, j), j, s.s, s.e, CASE WHEN j = 3 THEN coalesce(s.sp2, s.sp1) ELSE s.sp1 END
FROM tgen.sub s CROSS JOIN generate_series(1, 4) j
WHERE (j = 1) OR (j = 2 AND s.st IN ('accepted', 'confirmed', 'rejected', 'canceled')) OR (j = 3 AND s.sp2 IS NOT NULL) OR (j = 4 AND s.s % 9 = 0);
INSERT INTO mail_queuedmail ("to", reply_to, cc, bcc, subject, text, sent, locale, attachments, event_id, template_id)
SELECT p.email, CASE WHEN ev.e <> 3 THEN ev.email END, CASE WHEN q.kind = 2 AND q.s % 5 = 0 THEN co.email END,
       CASE WHEN q.kind = 2 THEN CASE ev.org WHEN 1 THEN 'archive@harbourpython.example, katharina.petersen@posteo.de' ELSE 'kenji.nakamura@kansaioss.example' END END,
       CASE q.kind WHEN 1 THEN '[' || ev.slug || '] Your proposal: ' || s.title
                   WHEN 2 THEN '[' || ev.slug || '] ' || CASE WHEN s.st = 'rejected' THEN 'Your proposal' ELSE 'Your proposal was accepted' END
                   WHEN 3 THEN '[' || ev.slug || '] You have been added to a proposal'
                   ELSE '[' || ev.slug || '] ' || split_part(p.name, ' ', 1) || ', password recovery' END,
       CASE q.kind
         WHEN 1 THEN 'Hi ' || p.name || E',\n\nwe have received your proposal "' || s.title || '". You can edit it until the deadline: https://' || coalesce(ev.domain, 'pretalx.datadays.example') || '/' || ev.slug || '/me/submissions/' || sb.code || E'/\n\n' || ev.name || ' programme committee'
         WHEN 2 THEN 'Hi ' || p.name || E',\n\n' || CASE WHEN s.st = 'rejected' THEN 'unfortunately we could not accept "' || s.title || '" this year. Thank you for submitting.'
                    ELSE 'we are happy to accept "' || s.title || '"! Please confirm at https://' || coalesce(ev.domain, 'pretalx.datadays.example') || '/' || ev.slug || '/me/submissions/' || sb.code || E'/confirm\n\nSee you at ' || ev.name || '!' END
         WHEN 3 THEN E'Hi!\n\n' || sp.name || ' added you as a speaker of "' || s.title || '". Join here: https://' || coalesce(ev.domain, 'pretalx.datadays.example') || '/' || ev.slug || '/invitation/' || sb.code || '/' || sb.invitation_token
         ELSE 'Hi ' || p.name || E',\n\nyou can set a new password here: https://' || coalesce(ev.domain, 'pretalx.datadays.example') || '/' || ev.slug || '/login/reset/' || tgen.rnd('qmrs', q.k, 32) || E'\n\nIf you did not ask for this, ignore this mail.' END,
       CASE WHEN q.s % 13 = 6 AND ev.e IN (2, 4) THEN NULL ELSE sb.created + make_interval(mins => 1 + fixture_gen.n('qms', q.k, 90)) END,
       CASE WHEN ev.org = 2 AND q.k % 2 = 0 THEN 'ja-JP' ELSE 'en' END,
       CASE WHEN q.kind = 2 AND s.st IN ('accepted', 'confirmed') AND p.c IN ('in', 'ng', 'gh', 'vn') THEN jsonb_build_array(jsonb_build_object('name', 'invitation_letter_' || tgen.fold(p.first) || '_' || tgen.fold(p.last) || '.pdf', 'content_type', 'application/pdf'))
            WHEN q.kind = 2 AND s.st IN ('accepted', 'confirmed') THEN jsonb_build_array(jsonb_build_object('name', 'speaker-guide.pdf', 'content_type', 'application/pdf'))
            ELSE '[]'::jsonb END,
       ev.e, (ev.e - 1) * 7 + CASE q.kind WHEN 1 THEN 1 WHEN 2 THEN CASE WHEN s.st = 'rejected' THEN 3 ELSE 2 END WHEN 3 THEN 4 ELSE 5 END
FROM tgen.qm q JOIN tgen.sub s ON s.s = q.s JOIN submission_submission sb ON sb.id = q.s JOIN tgen.ev ev ON ev.e = q.e JOIN tgen.p p ON p.i = q.u JOIN tgen.p sp ON sp.i = s.sp1
JOIN tgen.p co ON co.i = coalesce(s.sp2, 1)
ORDER BY q.k;

CREATE TABLE mail_queuedmail_to_users (id serial PRIMARY KEY, queuedmail_id integer NOT NULL REFERENCES mail_queuedmail (id) DEFERRABLE INITIALLY DEFERRED, user_id integer NOT NULL REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO mail_queuedmail_to_users (queuedmail_id, user_id) SELECT k, u FROM tgen.qm ORDER BY k;
CREATE TABLE mail_queuedmail_submissions (id serial PRIMARY KEY, queuedmail_id integer NOT NULL REFERENCES mail_queuedmail (id) DEFERRABLE INITIALLY DEFERRED, submission_id integer NOT NULL REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO mail_queuedmail_submissions (queuedmail_id, submission_id) SELECT k, s FROM tgen.qm WHERE kind <> 4 ORDER BY k;

CREATE TABLE schedule_room (id serial PRIMARY KEY, guid uuid, name text NOT NULL, description text, speaker_info text, capacity integer, position integer,
  event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO schedule_room (guid, name, description, speaker_info, capacity, position, event_id)
SELECT fixture_gen.uuid('room', e.e * 10 + r.pos)::uuid, tgen.i18n(r.n), tgen.i18n(r.d),
       CASE WHEN r.pos = 1 THEN tgen.i18n('Speaker ready room is next door. AV contact on site: ' || t.first || ' ' || t.last || ', ' || tgen.phone(t.c, 'avph', e.e))
            WHEN r.pos = 2 THEN tgen.i18n('Lapel microphones only, please arrive 15 minutes early.') ELSE NULL END,
       r.cap, r.pos, e.e
FROM tgen.ev e CROSS JOIN (VALUES (1, 'Main Hall', 'Ground floor, step-free, hearing loop', 600), (2, 'Room A (Kapitänssaal)', 'First floor, lift available', 180), (3, 'Room B', 'First floor', 120), (4, 'Workshop room', 'Bring your laptop; power at every table', 40)) r(pos, n, d, cap)
JOIN tgen.nm t ON t.c = CASE e.org WHEN 1 THEN 'de' ELSE 'jp' END AND t.k = e.e
ORDER BY e.e, r.pos;

CREATE TABLE schedule_schedule (id serial PRIMARY KEY, version varchar(190), published timestamptz, comment text, event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO schedule_schedule (version, published, comment, event_id)
SELECT v.v, CASE WHEN v.v IS NOT NULL THEN e.d0 - v.days + time '10:00' END,
       CASE WHEN v.v IS NULL THEN NULL ELSE tgen.i18n(replace(v.c, '%n', split_part(sp.name, ' ', 1) || ' ' || split_part(sp.name, ' ', 2))) END, e.e
FROM tgen.ev e CROSS JOIN (VALUES (1, '1.0', 60, 'First public schedule.'), (2, '1.1', 30, 'Swapped two workshops to fix room capacities.'), (3, '1.2', 7, '%n had to cancel for family reasons; the slot is now a lightning talk session.'), (4, NULL, 0, NULL)) v(k, v, days, c)
JOIN tgen.p sp ON sp.i = 41 + e.e * 7
WHERE e.e IN (1, 3) OR v.k IN (1, 4) ORDER BY e.e, v.k;

CREATE TABLE schedule_talkslot (id serial PRIMARY KEY, start timestamptz, "end" timestamptz, is_visible boolean NOT NULL, description text, updated timestamptz,
  room_id integer REFERENCES schedule_room (id) DEFERRABLE INITIALLY DEFERRED, schedule_id integer NOT NULL REFERENCES schedule_schedule (id) DEFERRABLE INITIALLY DEFERRED,
  submission_id integer REFERENCES submission_submission (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO schedule_talkslot (start, "end", is_visible, description, updated, room_id, schedule_id, submission_id)
SELECT st, st + make_interval(mins => 30), true, NULL, st - interval '40 days', (x.e - 1) * 4 + 1 + x.rn % 4, sc.id, x.s
FROM (SELECT s.s, s.e, row_number() OVER (PARTITION BY s.e ORDER BY s.s) AS rn FROM tgen.sub s WHERE s.st IN ('confirmed', 'accepted')) x
JOIN tgen.ev e ON e.e = x.e
JOIN LATERAL (SELECT id FROM schedule_schedule WHERE event_id = x.e AND version IS NULL) sc ON true
CROSS JOIN LATERAL (SELECT ((e.d0 + ((x.rn / 4) / 14)::int) + time '09:00' + make_interval(mins => (((x.rn / 4) % 14) * 35)::int)) AT TIME ZONE e.tz AS st) t
UNION ALL
SELECT (e.d0 + d) + time '12:30' AT TIME ZONE e.tz, (e.d0 + d) + time '13:30' AT TIME ZONE e.tz, true, tgen.i18n('Lunch break', 'Mittagspause'), NULL, (e.e - 1) * 4 + 1,
       (SELECT id FROM schedule_schedule WHERE event_id = e.e AND version IS NULL), NULL
FROM tgen.ev e CROSS JOIN generate_series(0, 1) d;

CREATE TABLE schedule_availability (id serial PRIMARY KEY, start timestamptz NOT NULL, "end" timestamptz NOT NULL, event_id integer NOT NULL REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED,
  person_id integer REFERENCES person_speakerprofile (id) DEFERRABLE INITIALLY DEFERRED, room_id integer REFERENCES schedule_room (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO schedule_availability (start, "end", event_id, person_id, room_id)
SELECT (e.d0 + fixture_gen.n('avd', sp.id, 2)) + time '09:00' AT TIME ZONE e.tz, (e.d0 + fixture_gen.n('avd', sp.id, 2)) + time '18:00' AT TIME ZONE e.tz, e.e, sp.id, NULL
FROM person_speakerprofile sp JOIN tgen.ev e ON e.e = sp.event_id WHERE sp.id % 3 = 0
UNION ALL
SELECT e.d0 + time '08:00' AT TIME ZONE e.tz, e.d1 + time '19:00' AT TIME ZONE e.tz, e.e, NULL, r.id FROM tgen.ev e JOIN schedule_room r ON r.event_id = e.e;

CREATE TABLE common_activitylog (id serial PRIMARY KEY, object_id integer NOT NULL, "timestamp" timestamptz NOT NULL, action_type varchar(200) NOT NULL, data jsonb, is_orga_action boolean NOT NULL,
  content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED, event_id integer REFERENCES event_event (id) DEFERRABLE INITIALLY DEFERRED,
  person_id integer REFERENCES person_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO common_activitylog (object_id, "timestamp", action_type, data, is_orga_action, content_type_id, event_id, person_id)
SELECT CASE WHEN a.t IN (1, 2, 3) THEN s.s ELSE p.i END, tgen.at('alt', k, e.lo, e.hi),
       (ARRAY['pretalx.submission.create', 'pretalx.submission.update', 'pretalx.submission.accept', 'pretalx.user.profile.update', 'pretalx.user.password.reset', 'pretalx.speaker.arrived', 'pretalx.submission.update'])[a.t],
       CASE a.t
         WHEN 1 THEN NULL
         WHEN 2 THEN jsonb_build_object('changes', jsonb_build_object('title', jsonb_build_object('old', 'Draft: ' || s.title, 'new', s.title)))
         WHEN 3 THEN jsonb_build_object('previous', 'submitted', 'from_pending', false)
         WHEN 4 THEN jsonb_build_object('changes', jsonb_build_object('name', jsonb_build_object('old', split_part(p.name, ' ', 1), 'new', p.name), 'email', jsonb_build_object('old', fixture_gen.email('alold', k), 'new', p.email)))
         WHEN 5 THEN jsonb_build_object('email', p.email)
         WHEN 6 THEN jsonb_build_object('name', p.name)
         ELSE jsonb_build_object('changes', jsonb_build_object('notes', jsonb_build_object('old', '', 'new', 'Please reach me on ' || p.phone || ', I will not check email during travel.'))) END,
       a.t IN (3, 6), CASE WHEN a.t IN (1, 2, 3, 7) THEN 3 ELSE 1 END, e.e, CASE WHEN a.t IN (3, 6) THEN 1 + k % 8 WHEN a.t = 5 THEN NULL ELSE p.i END
FROM generate_series(1, 480) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('alty', k, 7) AS t) a
JOIN tgen.sub s ON s.s = 1 + (k * 37) % 420 JOIN tgen.p p ON p.i = s.sp1 JOIN tgen.ev e ON e.e = s.e
ORDER BY 2;

CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT fixture_gen.chars('sesk', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       translate(rtrim(encode(convert_to(jsonb_build_object('_auth_user_id', (1 + (k * 7) % 330)::text, '_auth_user_backend', 'django.contrib.auth.backends.ModelBackend',
         '_auth_user_hash', fixture_gen.hexn('sesh', k, 64), 'django_language', CASE WHEN k % 4 = 0 THEN 'de' ELSE 'en' END)::text, 'UTF8'), 'base64'), '='), E'+/\n', '-_')
       || ':' || tgen.rnd('sests', k, 6) || ':' || translate(rtrim(fixture_gen.b64('sessig', k, 32), '='), '+/', '-_'),
       timestamptz '2024-06-28 17:00:00+00' + make_interval(hours => 1 + fixture_gen.n('sese', k, 300))
FROM generate_series(1, 80) k;

-- The association's own tables, in the same database (schema harbour),
-- filled by a small Django app of the board's and by hand.
CREATE SCHEMA harbour;

CREATE TABLE harbour.travel_reimbursement (
  id serial PRIMARY KEY, pretalx_user_id integer, event_slug varchar(50) NOT NULL, claimant_name varchar(200) NOT NULL, claimant_email varchar(254) NOT NULL,
  iban varchar(34), bic varchar(11), account_holder varchar(200), bank_name varchar(120), address_line varchar(255), postcode varchar(20), city varchar(100), country char(2),
  amount_requested numeric(10,2) NOT NULL, amount_approved numeric(10,2), currency char(3) NOT NULL, receipts_path varchar(255), purpose text, status varchar(20) NOT NULL,
  approved_by varchar(100), submitted_at timestamptz NOT NULL, paid_at timestamptz, treasurer_notes text);
INSERT INTO harbour.travel_reimbursement (pretalx_user_id, event_slug, claimant_name, claimant_email, iban, bic, account_holder, bank_name, address_line, postcode, city, country,
  amount_requested, amount_approved, currency, receipts_path, purpose, status, approved_by, submitted_at, paid_at, treasurer_notes)
SELECT p.i, ev.slug, p.name, p.email, fixture_gen.iban_for('trib', k),
       fixture_gen.pick(ARRAY['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'ABNANL2A', 'CAIXESBBXXX', 'HASPDEHHXXX'], 'trbic', k),
       CASE WHEN k % 7 = 3 THEN q.name ELSE p.name END, fixture_gen.pick(ARRAY['Hamburger Sparkasse', 'Deutsche Bank', 'BNP Paribas', 'ABN AMRO', 'CaixaBank', 'Wise', 'N26'], 'trbn', k),
       fixture_gen.street('trst', k), fixture_gen.postcode('trpc', k), p.city, (SELECT country FROM tgen.cu WHERE c = p.c),
       200 + fixture_gen.n('tram', k, 1100), CASE WHEN k % 5 <> 0 THEN least(800, 200 + fixture_gen.n('tram', k, 1100)) END, 'EUR',
       'reimbursements/' || ev.slug || '/' || tgen.fold(p.last) || '_' || tgen.fold(p.first) || '_receipts.pdf',
       fixture_gen.pick(ARRAY['Flight ' || p.city || ' - Hamburg and two hotel nights', 'Train tickets (BahnCard 50)', 'Flight and visa fees', 'Childcare during the conference days for my daughter', 'Bus from ' || p.city], 'trpu', k),
       CASE WHEN k % 5 = 0 THEN 'pending' WHEN k % 11 = 1 THEN 'rejected' ELSE 'paid' END, CASE WHEN k % 5 <> 0 THEN (ARRAY['Katharina Petersen', 'Malte Wendt'])[1 + k % 2] END,
       tgen.at('trsa', k, ev.d0 - 20, ev.d1 + 30), CASE WHEN k % 5 <> 0 AND k % 11 <> 1 THEN tgen.at('trpa', k, ev.d1 + 31, ev.d1 + 60) END,
       CASE WHEN k % 4 = 1 THEN fixture_gen.pick(ARRAY['Paid to partner''s account as requested.', 'Receipt for hotel missing, asked on ' || p.phone, 'Grant recipient, exempt from cap.', 'Refugee status, do not publish name in the report.'], 'trno', k) END
FROM generate_series(1, 70) k JOIN tgen.sub s ON s.s = (SELECT s FROM tgen.sub WHERE e IN (1, 2, 3) AND st IN ('confirmed', 'accepted') ORDER BY md5('trs' || s) OFFSET k - 1 LIMIT 1)
JOIN tgen.p p ON p.i = s.sp1 JOIN tgen.p q ON q.i = 1 + (p.i * 3) % 330 JOIN tgen.ev ev ON ev.e = s.e;

CREATE TABLE harbour.volunteer (
  id serial PRIMARY KEY, first_name varchar(80) NOT NULL, last_name varchar(80) NOT NULL, badge_name varchar(80), email varchar(254) NOT NULL, phone varchar(40), date_of_birth date,
  tshirt_size varchar(10), languages varchar(120), emergency_contact_name varchar(160), emergency_contact_phone varchar(40), dietary varchar(200),
  availability jsonb, notes text, coc_accepted boolean NOT NULL, registered_at timestamptz NOT NULL);
INSERT INTO harbour.volunteer (first_name, last_name, badge_name, email, phone, date_of_birth, tshirt_size, languages, emergency_contact_name, emergency_contact_phone, dietary, availability, notes, coc_accepted, registered_at)
SELECT a.first, b.last, CASE WHEN v % 3 = 0 THEN a.first ELSE a.first || ' ' || left(b.last, 1) || '.' END,
       tgen.fold(a.first) || '.' || tgen.fold(b.last) || v || '@' || fixture_gen.pick(ARRAY['gmail.com', 'web.de', 'gmx.de', 'posteo.de', 'uni-hamburg.example'], 'vod', v),
       tgen.phone(a.c, 'voph', v), date '1960-01-01' + fixture_gen.n('vodb', v, 365 * 46), fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL', 'M (fitted)'], 'vots', v),
       fixture_gen.pick(ARRAY['German, English', 'English', 'English, Portuguese', 'German, English, Turkish', 'English, Japanese', 'English, Polish'], 'vola', v),
       c.first || ' ' || b.last, tgen.phone(a.c, 'voeph', v), fixture_gen.pick(ARRAY['', 'vegetarian', 'vegan', 'halal', 'lactose-free', 'coeliac'], 'vodi', v),
       jsonb_build_object('days', CASE WHEN v % 3 = 0 THEN jsonb_build_array('thu', 'fri', 'sat') ELSE jsonb_build_array('fri', 'sat') END, 'prefers', fixture_gen.pick(ARRAY['registration', 'video', 'session chair', 'info desk', 'any'], 'vopr', v)),
       CASE WHEN v % 5 = 2 THEN fixture_gen.pick(ARRAY['Can''t lift heavy things after surgery.', 'Student at HAW, needs a confirmation letter for university.', 'Sister of speaker ' || sp.name || '.', 'Will bring her son (12) on Saturday.'], 'vono', v) END,
       true, tgen.at('vora', v, '2024-04-01', '2024-06-28')
FROM generate_series(1, 90) g(v)
JOIN tgen.nm a ON a.c = fixture_gen.pick(ARRAY['de', 'de', 'de', 'tr', 'pl', 'pt', 'es', 'jp', 'ru', 'in'], 'voc', v) AND a.k = 1 + fixture_gen.n('vof', v, 6)
JOIN tgen.nm b ON b.c = a.c AND b.k = 1 + fixture_gen.n('vol', v, 6) JOIN tgen.nm c ON c.c = a.c AND c.k = 1 + fixture_gen.n('voe', v, 6)
JOIN tgen.p sp ON sp.i = 41 + v;

CREATE TABLE harbour.volunteer_shift (id serial PRIMARY KEY, volunteer_id integer NOT NULL REFERENCES harbour.volunteer (id), event_slug varchar(50) NOT NULL, role varchar(60) NOT NULL,
  location varchar(80), starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, checked_in boolean NOT NULL, supervisor varchar(120), comment text);
INSERT INTO harbour.volunteer_shift (volunteer_id, event_slug, role, location, starts_at, ends_at, checked_in, supervisor, comment)
SELECT 1 + (k * 7) % 90, 'hpc2024', fixture_gen.pick(ARRAY['Registration desk', 'Session chair', 'Video operator', 'Info desk', 'Cloakroom', 'Speaker ready room'], 'vsr', k),
       fixture_gen.pick(ARRAY['Main Hall', 'Room A (Kapitänssaal)', 'Room B', 'Foyer', 'Workshop room'], 'vsl', k),
       timestamptz '2024-09-12 07:00:00+00' + make_interval(hours => (k % 3) * 24 + (k % 4) * 3), timestamptz '2024-09-12 10:00:00+00' + make_interval(hours => (k % 3) * 24 + (k % 4) * 3), false,
       (ARRAY['Svenja Claußen', 'Hauke Wendt', 'Friederike Jürgensen'])[1 + k % 3],
       CASE WHEN k % 9 = 4 THEN 'Swapped with ' || (SELECT first_name || ' ' || last_name FROM harbour.volunteer WHERE id = 1 + (k * 11) % 90) END
FROM generate_series(1, 200) k;

CREATE TABLE harbour.visa_letter (id serial PRIMARY KEY, pretalx_user_id integer, event_slug varchar(50) NOT NULL, full_name_as_in_passport varchar(200) NOT NULL, passport_number varchar(20) NOT NULL,
  nationality varchar(60) NOT NULL, date_of_birth date NOT NULL, passport_expiry date, embassy_city varchar(80), letter_file varchar(255), sent_at timestamptz, requested_by varchar(254));
INSERT INTO harbour.visa_letter (pretalx_user_id, event_slug, full_name_as_in_passport, passport_number, nationality, date_of_birth, passport_expiry, embassy_city, letter_file, sent_at, requested_by)
SELECT p.i, ev.slug, upper(p.name), fixture_gen.pick(ARRAY['Z', 'A', 'U', 'P'], 'vpp', p.i) || fixture_gen.digits('vppn', p.i, 7),
       CASE p.c WHEN 'in' THEN 'Indian' WHEN 'ng' THEN 'Nigerian' WHEN 'gh' THEN 'Ghanaian' WHEN 'vn' THEN 'Vietnamese' WHEN 'tr' THEN 'Turkish' WHEN 'ar' THEN 'Lebanese' ELSE 'Russian' END,
       fixture_gen.birth_date('pbd', p.i), date '2026-01-01' + fixture_gen.n('vpex', p.i, 3000),
       CASE p.c WHEN 'in' THEN 'New Delhi' WHEN 'ng' THEN 'Lagos' WHEN 'gh' THEN 'Accra' WHEN 'vn' THEN 'Hanoi' WHEN 'tr' THEN 'Istanbul' WHEN 'ar' THEN 'Beirut' ELSE 'Tbilisi' END,
       'visa/' || ev.slug || '/invitation_letter_' || tgen.fold(p.first) || '_' || tgen.fold(p.last) || '.pdf', tgen.at('vpsa', p.i, ev.d0 - 90, ev.d0 - 30), p.email
FROM (SELECT DISTINCT s.sp1, s.e FROM tgen.sub s WHERE s.st IN ('confirmed', 'accepted') AND s.e <> 4) x JOIN tgen.p p ON p.i = x.sp1 JOIN tgen.ev ev ON ev.e = x.e
WHERE p.c IN ('in', 'ng', 'gh', 'vn', 'tr', 'ar', 'ru') ORDER BY ev.e, p.i;

CREATE TABLE harbour.hotel_booking (id serial PRIMARY KEY, pretalx_user_id integer, event_slug varchar(50) NOT NULL, guest_name varchar(200) NOT NULL, hotel varchar(120) NOT NULL,
  hotel_address varchar(255), check_in date NOT NULL, check_out date NOT NULL, room_type varchar(40), confirmation_number varchar(40), shares_with varchar(200), cost numeric(10,2), paid_by varchar(40));
INSERT INTO harbour.hotel_booking (pretalx_user_id, event_slug, guest_name, hotel, hotel_address, check_in, check_out, room_type, confirmation_number, shares_with, cost, paid_by)
SELECT p.i, ev.slug, p.name, h.n, h.a, ev.d0 - 1, ev.d1 + (k % 2), CASE WHEN k % 6 = 0 THEN 'double' ELSE 'single' END, h.pre || fixture_gen.digits('hbc', k, 8),
       CASE WHEN k % 6 = 0 THEN q.name END, 89 * (ev.d1 - ev.d0 + 1 + k % 2), CASE WHEN k % 4 = 0 THEN 'speaker' ELSE 'association' END
FROM generate_series(1, 80) k JOIN tgen.sub s ON s.s = (SELECT s FROM tgen.sub WHERE e IN (2, 3) AND st IN ('confirmed', 'accepted') ORDER BY md5('hbs' || s) OFFSET k % 90 LIMIT 1)
JOIN tgen.p p ON p.i = s.sp1 JOIN tgen.p q ON q.i = 1 + (p.i * 19) % 330 JOIN tgen.ev ev ON ev.e = s.e
CROSS JOIN LATERAL (SELECT * FROM (VALUES (2, 'Hotel am Hafen', 'Seewartenstraße 9, 20459 Hamburg', 'HAH'), (3, 'Hotel Lumen Lisboa', 'Rua da Prata 120, 1100-420 Lisboa', 'LUM')) hh(e, n, a, pre) WHERE hh.e = ev.e) h;

CREATE TABLE harbour.sponsor (id serial PRIMARY KEY, name varchar(120) NOT NULL, tier varchar(20) NOT NULL, website varchar(200), logo varchar(255), invoice_address text, vat_id varchar(20),
  amount numeric(10,2), event_slug varchar(50) NOT NULL);
INSERT INTO harbour.sponsor (name, tier, website, logo, invoice_address, vat_id, amount, event_slug)
SELECT s.n, s.t, 'https://' || lower(replace(s.n, ' ', '')) || '.example', 'sponsors/' || lower(replace(s.n, ' ', '-')) || '.svg',
       s.n || E'\nAccounts payable\n' || fixture_gen.street('spst', k) || E'\n' || fixture_gen.postcode('sppc', k) || ' ' || fixture_gen.city('spc', k), fixture_gen.vat('spv', k),
       CASE s.t WHEN 'Platinum' THEN 15000 WHEN 'Gold' THEN 8000 WHEN 'Silver' THEN 4000 ELSE 1500 END, ev.slug
FROM tgen.ev ev CROSS JOIN LATERAL (SELECT row_number() OVER () + ev.e * 10 AS k, * FROM (VALUES ('Northwind Data', 'Platinum'), ('Kitewave', 'Gold'), ('Fjordsoft', 'Gold'), ('Mosaic Payments', 'Silver'),
  ('Lumen Analytics', 'Silver'), ('Red Kite Robotics', 'Bronze'), ('Tidepool Health', 'Bronze')) v(n, t)) s WHERE ev.e <> 4;

CREATE TABLE harbour.sponsor_contact (id serial PRIMARY KEY, sponsor_id integer NOT NULL REFERENCES harbour.sponsor (id), name varchar(200) NOT NULL, job_title varchar(120), email varchar(254) NOT NULL,
  phone varchar(40), is_billing_contact boolean NOT NULL, notes text);
INSERT INTO harbour.sponsor_contact (sponsor_id, name, job_title, email, phone, is_billing_contact, notes)
SELECT s.id, p.name, CASE WHEN j = 0 THEN fixture_gen.pick(ARRAY['Head of Developer Relations', 'Community Manager', 'Marketing Lead', 'Recruiter'], 'scj', s.id) ELSE 'Accounts Payable' END,
       CASE WHEN j = 0 THEN tgen.fold(p.first) || '.' || tgen.fold(p.last) || '@' || lower(replace(s.name, ' ', '')) || '.example' ELSE 'invoices@' || lower(replace(s.name, ' ', '')) || '.example' END,
       p.phone, j = 1, CASE WHEN j = 0 AND s.id % 3 = 0 THEN 'Prefers WhatsApp: ' || p.phone || '. On parental leave until August, ask ' || q.name || ' meanwhile.' END
FROM harbour.sponsor s CROSS JOIN generate_series(0, 1) j JOIN tgen.p p ON p.i = 100 + s.id * 2 + j JOIN tgen.p q ON q.i = 150 + s.id ORDER BY s.id, j;

CREATE TABLE harbour.badge (id serial PRIMARY KEY, pretalx_user_id integer, badge_name varchar(120) NOT NULL, affiliation varchar(120), pronouns varchar(30), ticket_type varchar(30) NOT NULL,
  qr_payload varchar(200) NOT NULL, printer varchar(60), printed_at timestamptz);
INSERT INTO harbour.badge (pretalx_user_id, badge_name, affiliation, pronouns, ticket_type, qr_payload, printer, printed_at)
SELECT p.i, CASE WHEN p.i % 4 = 0 THEN split_part(p.name, ' ', 1) ELSE p.name END, CASE WHEN p.i % 4 <> 0 THEN p.company END,
       fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', NULL, NULL], 'bgp', p.i), CASE WHEN p.i <= 40 THEN 'Organiser' ELSE 'Speaker' END,
       tgen.rnd('bgqr', p.i, 32), fixture_gen.pick(ARRAY['Zebra ZD421 desk 1', 'Zebra ZD421 desk 2', 'Brother QL-820'], 'bgpr', p.i), tgen.at('bgpa', p.i, '2024-09-11', '2024-09-12')
FROM tgen.p p WHERE p.i <= 40 OR p.i % 2 = 0 ORDER BY p.i;

CREATE TABLE harbour.childcare_signup (id serial PRIMARY KEY, parent_name varchar(200) NOT NULL, parent_email varchar(254) NOT NULL, parent_phone varchar(40), child_first_name varchar(80) NOT NULL,
  child_age smallint NOT NULL, medical_notes text, days varchar(40), created_at timestamptz NOT NULL);
INSERT INTO harbour.childcare_signup (parent_name, parent_email, parent_phone, child_first_name, child_age, medical_notes, days, created_at)
SELECT p.name, p.email, p.phone, c.first, 1 + fixture_gen.n('cca', k, 11),
       fixture_gen.pick(ARRAY['', 'none', 'Asthma, inhaler in her backpack', 'Allergic to peanuts', 'Type 1 diabetes, glucose monitor on his arm', 'Epilepsy, medication plan attached', 'Only speaks Japanese and a little English'], 'ccm', k),
       fixture_gen.pick(ARRAY['Thu-Sat', 'Fri', 'Sat', 'Fri, Sat'], 'ccd', k), tgen.at('ccc', k, '2024-05-01', '2024-06-28')
FROM generate_series(1, 30) k JOIN tgen.p p ON p.i = 41 + (k * 31) % 290 JOIN (SELECT nm.c AS cc, nm.k AS kk, nm.first FROM tgen.nm) c ON c.cc = p.c AND c.kk = 1 + fixture_gen.n('ccf', k, 6);

-- The deployment's own key/value settings: secrets among harmless options.
CREATE TABLE harbour.settings (key varchar(100) PRIMARY KEY, value text NOT NULL, updated_at timestamptz NOT NULL, updated_by varchar(100));
INSERT INTO harbour.settings VALUES
  ('pretalx_api_token', fixture_gen.hexn('drf', 1, 40), '2024-02-01 10:00:00+00', 'katharina'),
  ('django_secret_key', tgen.rnd('djsk', 1, 50), '2023-01-15 09:00:00+00', 'malte'),
  ('database_url', 'postgres://pretalx:' || tgen.rnd('dbpw', 1, 24) || '@db.internal:5432/pretalx', '2023-01-15 09:00:00+00', 'malte'),
  ('celery_broker_url', 'redis://:' || tgen.rnd('rdpw', 1, 20) || '@redis.internal:6379/1', '2023-01-15 09:00:00+00', 'malte'),
  ('s3_access_key_id', 'AKIA' || fixture_gen.chars('s3a', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), '2023-06-01 12:00:00+00', 'malte'),
  ('s3_secret_access_key', tgen.rnd('s3s', 1, 40), '2023-06-01 12:00:00+00', 'malte'),
  ('s3_bucket', 'openharbour-pretalx-media', '2023-06-01 12:00:00+00', 'malte'),
  ('stripe_secret_key', 'sk_' || 'live_' || tgen.rnd('stsk', 1, 30), '2024-03-01 08:00:00+00', 'katharina'),
  ('mattermost_webhook', 'https://chat.openharbour.example/hooks/' || fixture_gen.chars('mmh', 1, 26, 'abcdefghijklmnopqrstuvwxyz0123456789'), '2024-03-01 08:00:00+00', 'svenja'),
  ('board_contact', 'Katharina Petersen, +49 151 ' || fixture_gen.digits('bc', 1, 8), '2024-01-10 08:00:00+00', 'katharina'),
  ('reimbursement_cap_eur', '800', '2024-01-10 08:00:00+00', 'katharina'),
  ('volunteer_signup_open', 'true', '2024-04-01 08:00:00+00', 'svenja'),
  ('badge_template', 'badges/hpc2024_v3.svg', '2024-06-01 08:00:00+00', 'svenja'),
  ('default_timezone', 'Europe/Berlin', '2023-01-15 09:00:00+00', 'malte'),
  ('backup_retention_days', '30', '2023-01-15 09:00:00+00', 'malte'),
  ('sentry_dsn', 'https://' || fixture_gen.hexn('sdsn', 1, 32) || '@o' || fixture_gen.digits('sdo', 1, 6) || '.ingest.sentry.io/' || fixture_gen.digits('sdp', 1, 7), '2023-01-15 09:00:00+00', 'malte');

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('harbour');

SET client_min_messages = warning;
DROP SCHEMA tgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
