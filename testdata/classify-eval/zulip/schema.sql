-- classify-eval fixture (HOLDOUT 16, with ofbiz: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): a self-hosted Zulip 8 team-chat server on PostgreSQL in the
-- naming its Django migrations create (zerver_, confirmation_, social_auth_,
-- otp_static_, otp_totp_, two_factor_, analytics_, zilencer_, django_
-- tables), a subset of its tables with their real columns and types:
-- integer keys, timestamptz, text and jsonb JSON. Three realms: the system
-- bots' zulipinternal, Tessellate Labs' staff chat (a maker of lab-automation
-- robots with offices in Berlin, Bengaluru, Toronto, Lagos, Osaka and Sao
-- Paulo) and its customer community. Users with full names in several
-- scripts, delivery emails beside the user<id>@ dummies the visibility
-- setting shows, Argon2 hashes, 32-character API keys, Zoom OAuth tokens as
-- JSON, roles and timezones; streams whose email_token is the email
-- gateway's credential; messages in Markdown and rendered HTML with
-- @**Full Name** mentions, phones, emails, home addresses and a salary, some
-- plain; topics naming people; edit history JSON keeping earlier versions;
-- the search tsvector; attachments whose file names and path ids name
-- people; poll and to-do widgets as submessages; custom profile fields
-- (phone, birthday, pronouns, GitHub, manager, emergency contact, bio) and
-- their values; the realm audit log's extra_data JSON with old and new
-- names; presence, activity and client names; statuses; scheduled messages
-- and emails whose data JSON names the recipient and carries an unsubscribe
-- key; drafts; alert words; invitations with emails and confirmation keys;
-- reply-by-email tokens; push device tokens; outgoing webhook bots with
-- base URLs and tokens, bots' storage and configuration (API keys among
-- settings); social-auth uids and extra_data tokens, partial pipelines;
-- TOTP keys, static backup tokens, SMS 2FA phones; the Django session
-- store; analytics counts; the push bouncer's registered remote servers
-- with their API keys. Lookup tables (clients, content types, linkifiers,
-- playgrounds, emoji, hotspots) hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA zgen;

-- fold: a name folded to ASCII for an address or a username.
CREATE FUNCTION zgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđảạấầẩẫậắằẳẵặẻẽẹếềểễệỉĩịỏọốồổỗộớờởỡợưứừửữựỳỷỹỵơăÁÉÍÓÚÖÜÇŞŁŚŻĐ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdaaaaaaaaaaaaeeeeeeeeiiioooooooooooouuuuuuyyyyoaAEIOUOUCSLSZD')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics (len up to 190); b64url: URL-safe
-- unpadded base64.
CREATE FUNCTION zgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

CREATE FUNCTION zgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time between two dates, deterministic.
CREATE FUNCTION zgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- cap: a time no later than the snapshot (2024-06-28 17:00 UTC); later ones
-- fall back into its last forty days.
CREATE FUNCTION zgen.cap(t timestamptz, tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN t > timestamptz '2024-06-28 17:00:00+00' THEN timestamptz '2024-06-28 17:00:00+00' - make_interval(secs => fixture_gen.n(tag, i, 3456000)) ELSE t END
$$;

-- Names by culture (and in the native script where people write it).
CREATE TABLE zgen.nm (c text, k int, first text, last text, first_n text, last_n text);
INSERT INTO zgen.nm
SELECT c, k, f[k], l[k], fn[k], ln[k] FROM (VALUES
  ('de', ARRAY['Tobias', 'Miriam', 'Florian', 'Johanna', 'Stefan', 'Carolin', 'Benedikt', 'Ulrike'], ARRAY['Vogel', 'Brandt', 'Zimmermann', 'Hartmann', 'Lange', 'Krause', 'Seidel', 'Fuchs'], NULL::text[], NULL::text[]),
  ('in', ARRAY['Aditya', 'Meera', 'Karthik', 'Shreya', 'Nikhil', 'Divya', 'Harish', 'Lakshmi'], ARRAY['Krishnan', 'Chatterjee', 'Desai', 'Pillai', 'Joshi', 'Verma', 'Rao', 'Kulkarni'], NULL, NULL),
  ('ng', ARRAY['Obinna', 'Yetunde', 'Ifeanyi', 'Chioma', 'Babatunde', 'Amaka', 'Segun', 'Nneka'], ARRAY['Nwankwo', 'Adebayo', 'Okonkwo', 'Olawale', 'Chukwu', 'Adeleke', 'Onyeka', 'Bello'], NULL, NULL),
  ('br', ARRAY['Lucas', 'Mariana', 'Pedro', 'Juliana', 'Felipe', 'Gabriela', 'Vinícius', 'Letícia'], ARRAY['Ferreira', 'Rodrigues', 'Gomes', 'Martins', 'Araújo', 'Barbosa', 'Lima', 'Cardoso'], NULL, NULL),
  ('jp', ARRAY['Takumi', 'Misaki', 'Daiki', 'Haruka', 'Shota', 'Nanami', 'Yusuke', 'Ayaka'], ARRAY['Kobayashi', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi'],
         ARRAY['拓海', '美咲', '大輝', '遥', '翔太', '七海', '祐介', '彩花'], ARRAY['小林', '吉田', '山田', '佐々木', '松本', '井上', '木村', '林']),
  ('cn', ARRAY['Wei', 'Jing', 'Hao', 'Xiaoling', 'Jun', 'Yan', 'Lei', 'Mingyu'], ARRAY['Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu'],
         ARRAY['伟', '静', '浩', '晓玲', '军', '燕', '磊', '明宇'], ARRAY['张', '刘', '陈', '黄', '赵', '周', '吴', '徐']),
  ('kr', ARRAY['Seo-yeon', 'Min-jun', 'Ji-woo', 'Hyun-woo', 'Su-bin', 'Do-yoon', 'Ha-eun', 'Jae-won'], ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
         ARRAY['서연', '민준', '지우', '현우', '수빈', '도윤', '하은', '재원'], ARRAY['김', '이', '박', '최', '정', '강', '조', '윤']),
  ('tr', ARRAY['Burak', 'Zeynep', 'Mehmet', 'Ayşe', 'Can', 'Elif', 'Kerem', 'Selin'], ARRAY['Kaya', 'Şahin', 'Çelik', 'Arslan', 'Doğan', 'Aydın', 'Özdemir', 'Koç'], NULL, NULL),
  ('pl', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Monika', 'Michał', 'Ewa', 'Łukasz', 'Magdalena'], ARRAY['Wiśniewski', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Jankowski'], NULL, NULL),
  ('es', ARRAY['Alejandro', 'Lucía', 'Javier', 'Carmen', 'Diego', 'Valentina', 'Sergio', 'Paula'], ARRAY['Fernández', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Moreno'], NULL, NULL),
  ('fr', ARRAY['Antoine', 'Camille', 'Julien', 'Manon', 'Nicolas', 'Élodie', 'Mathieu', 'Claire'], ARRAY['Bernard', 'Moreau', 'Laurent', 'Girard', 'Fontaine', 'Rousseau', 'Mercier', 'Blanc'], NULL, NULL),
  ('ca', ARRAY['Ethan', 'Madison', 'Tyler', 'Brooke', 'Connor', 'Jessica', 'Dylan', 'Megan'], ARRAY['Thompson', 'Anderson', 'Campbell', 'MacDonald', 'Tremblay', 'Roy', 'Mitchell', 'Reid'], NULL, NULL),
  ('ar', ARRAY['Hassan', 'Rania', 'Karim', 'Yasmin', 'Samir', 'Dina', 'Nabil', 'Salma'], ARRAY['Mahmoud', 'Saleh', 'Ibrahim', 'Darwish', 'Haddad', 'Qasim', 'Hijazi', 'Rashid'],
         ARRAY['حسن', 'رانيا', 'كريم', 'ياسمين', 'سمير', 'دينا', 'نبيل', 'سلمى'], ARRAY['محمود', 'صالح', 'إبراهيم', 'درويش', 'حداد', 'قاسم', 'حجازي', 'راشد']),
  ('vn', ARRAY['Minh', 'Thảo', 'Quang', 'Hương', 'Tuấn', 'Lan', 'Đức', 'Ngọc'], ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'], NULL, NULL)
) v(c, f, l, fn, ln), generate_series(1, 8) k;

-- Per culture: the IANA zone, the office and the phone format.
CREATE TABLE zgen.cu (c text PRIMARY KEY, tz text, office text);
INSERT INTO zgen.cu VALUES ('de', 'Europe/Berlin', 'Berlin'), ('in', 'Asia/Kolkata', 'Bengaluru'), ('ng', 'Africa/Lagos', 'Lagos'), ('br', 'America/Sao_Paulo', 'São Paulo'),
  ('jp', 'Asia/Tokyo', 'Osaka'), ('cn', 'Asia/Shanghai', 'Remote'), ('kr', 'Asia/Seoul', 'Osaka'), ('tr', 'Europe/Istanbul', 'Berlin'), ('pl', 'Europe/Warsaw', 'Berlin'),
  ('es', 'Europe/Madrid', 'Remote'), ('fr', 'Europe/Paris', 'Berlin'), ('ca', 'America/Toronto', 'Toronto'), ('ar', 'Asia/Dubai', 'Remote'), ('vn', 'Asia/Ho_Chi_Minh', 'Remote');

CREATE FUNCTION zgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'de' THEN CASE WHEN i % 2 = 0 THEN '+49 151 ' || fixture_gen.digits(tag, i, 8) ELSE '030 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END
    WHEN 'in' THEN '+91 ' || (7 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'ng' THEN CASE WHEN i % 2 = 0 THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6))::text || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) ELSE '0803' || fixture_gen.digits(tag, i, 7) END
    WHEN 'br' THEN '+55 11 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'cn' THEN '+86 13' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'kr' THEN '010-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'tr' THEN '+90 53' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'pl' THEN '+48 ' || (5 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'fr' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'ca' THEN CASE WHEN i % 2 = 0 THEN '+1 416-' ELSE '(647) ' END || (200 + fixture_gen.n(tag, i, 700))::text || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ar' THEN '+971 5' || fixture_gen.n(tag, i, 9)::text || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '+84 9' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END
$$;

-- People. 1-6: the system bots of zulipinternal (realm 1). 7-1006: Tessellate
-- Labs staff (realm 2; 7-9 owners, 10-25 administrators, 26-40 moderators,
-- 961-1006 guests: contractors and agency staff). 1007-1030: the staff
-- realm's bots. 1031-1400: the customer community (realm 3), personal
-- addresses.
CREATE TABLE zgen.p (i int PRIMARY KEY, realm int, kind text, c text, first text, last text, full_name text, email text, delivery_email text,
  phone text, tz text, office text, role int, visibility int, joined timestamptz, active boolean, bot_type int, bot_owner int);
INSERT INTO zgen.p (i, realm, kind, c, first, last, full_name, role, visibility, joined, active)
SELECT i, CASE WHEN i <= 1030 THEN 2 ELSE 3 END, CASE WHEN i BETWEEN 961 AND 1006 THEN 'guest' WHEN i <= 1006 THEN 'staff' ELSE 'member' END,
       x.c, a.first, b.last,
       CASE WHEN a.first_n IS NOT NULL AND i % 3 = 0 THEN CASE x.c WHEN 'ar' THEN a.first_n || ' ' || b.last_n WHEN 'jp' THEN b.last_n || ' ' || a.first_n ELSE b.last_n || a.first_n END
            WHEN x.c IN ('ca', 'de', 'br') AND i % 17 = 0 THEN a.first || ' ' || fixture_gen.pick(ARRAY['J.', 'M.', 'A.', 'R.', 'K.'], 'pmi', i) || ' ' || b.last
            WHEN x.c = 'ng' AND i % 13 = 0 THEN a.first || ' ' || fixture_gen.pick(ARRAY['Chidi', 'Ade', 'Emeka', 'Tobi'], 'pmn', i) || ' ' || b.last
            WHEN x.c = 'br' AND i % 5 = 0 THEN a.first || ' ' || fixture_gen.pick(ARRAY['da Silva', 'dos Santos', 'de Souza', 'Oliveira'], 'pbr', i) || ' ' || b.last
            ELSE a.first || ' ' || b.last END,
       CASE WHEN i IN (7, 8, 9, 1031) THEN 100 WHEN i BETWEEN 10 AND 25 OR i BETWEEN 1032 AND 1035 THEN 200 WHEN i BETWEEN 26 AND 40 OR i BETWEEN 1036 AND 1041 THEN 300
            WHEN i BETWEEN 961 AND 1006 OR (i > 1041 AND i % 23 = 0) THEN 600 ELSE 400 END,
       CASE WHEN i > 1030 THEN (ARRAY[1, 2, 2, 3, 3, 4, 1, 2])[1 + fixture_gen.n('pvis', i, 8)] ELSE (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 5])[1 + fixture_gen.n('pvis', i, 20)] END,
       CASE WHEN i <= 1006 THEN timestamptz '2019-03-04 08:00:00+00' + (i - 7) * interval '39 hours' + make_interval(mins => fixture_gen.n('pjm', i, 600))
            ELSE timestamptz '2021-06-01 09:00:00+00' + (i - 1031) * interval '61 hours' + make_interval(mins => fixture_gen.n('pjm', i, 1200)) END,
       NOT (i % 13 = 5 OR (i > 1030 AND i % 19 = 2))
FROM generate_series(7, 1400) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 1006 THEN fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'in', 'in', 'in', 'in', 'ng', 'ng', 'ng', 'br', 'br', 'br', 'jp', 'jp', 'kr', 'cn', 'tr', 'pl', 'pl', 'es', 'fr', 'ca', 'ca', 'ca', 'ar', 'vn'], 'pc', i)
                           ELSE fixture_gen.pick(ARRAY['de', 'in', 'ng', 'br', 'jp', 'cn', 'kr', 'tr', 'pl', 'es', 'fr', 'ca', 'ar', 'vn'], 'pc', i) END AS c) x
JOIN zgen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('pf', i, 8)
JOIN zgen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('pl', i, 8)
WHERE i NOT BETWEEN 1007 AND 1030;

UPDATE zgen.p p SET tz = CASE WHEN p.i % 11 = 3 THEN '' WHEN p.i % 29 = 1 THEN 'Europe/London' ELSE cu.tz END,
  office = CASE WHEN p.kind = 'staff' THEN cu.office END,
  phone = zgen.phone(p.c, 'pph', p.i),
  delivery_email = CASE
    WHEN p.kind = 'staff' THEN CASE WHEN p.i % 5 = 0 THEN substr(zgen.fold(p.first), 1, 1) || zgen.fold(p.last) ELSE zgen.fold(p.first) || '.' || zgen.fold(p.last) END || '@tessellate-labs.example'
    WHEN p.kind = 'guest' THEN zgen.fold(p.first) || CASE WHEN p.i % 2 = 0 THEN '.' || zgen.fold(p.last) ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['northbeam-consulting.example', 'kodai-design.example', 'brightpath-recruit.example', 'gmail.com', 'outlook.com', 'lexvara-legal.example'], 'pgd', p.i)
    ELSE CASE fixture_gen.n('pmf', p.i, 4) WHEN 0 THEN zgen.fold(p.first) || '.' || zgen.fold(p.last) WHEN 1 THEN zgen.fold(p.first) || zgen.fold(p.last) || (p.i % 97)::text
         WHEN 2 THEN substr(zgen.fold(p.first), 1, 1) || zgen.fold(p.last) ELSE zgen.fold(p.last) || '_' || zgen.fold(p.first) END || '@'
         || CASE p.c WHEN 'de' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 'posteo.de', 'uni-heidelberg.example'], 'pmd', p.i) WHEN 'br' THEN fixture_gen.pick(ARRAY['uol.com.br', 'gmail.com', 'usp.example'], 'pmd', p.i)
              WHEN 'jp' THEN fixture_gen.pick(ARRAY['yahoo.co.jp', 'gmail.com', 'riken-lab.example'], 'pmd', p.i) WHEN 'kr' THEN 'naver.com' WHEN 'cn' THEN fixture_gen.pick(ARRAY['qq.com', '163.com'], 'pmd', p.i)
              WHEN 'fr' THEN fixture_gen.pick(ARRAY['orange.fr', 'free.fr', 'inserm.example'], 'pmd', p.i) WHEN 'in' THEN fixture_gen.pick(ARRAY['gmail.com', 'rediffmail.com', 'iisc.example'], 'pmd', p.i)
              ELSE fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'yahoo.com', 'hotmail.com'], 'pmd', p.i) END END
FROM zgen.cu cu WHERE cu.c = p.c;
UPDATE zgen.p p SET delivery_email = replace(p.delivery_email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY delivery_email ORDER BY i) AS rn FROM zgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- System bots and the staff realm's bots.
INSERT INTO zgen.p (i, realm, kind, full_name, delivery_email, role, visibility, joined, active, bot_type, bot_owner, tz)
VALUES (1, 1, 'bot', 'Notification Bot', 'notification-bot@zulip.com', 400, 1, '2019-03-01 10:12:44+00', true, 1, NULL, ''),
  (2, 1, 'bot', 'Email Gateway', 'emailgateway@zulip.com', 400, 1, '2019-03-01 10:12:44+00', true, 1, NULL, ''),
  (3, 1, 'bot', 'Nagios Receive Bot', 'nagios-receive-bot@zulip.com', 400, 1, '2019-03-01 10:12:44+00', true, 1, NULL, ''),
  (4, 1, 'bot', 'Nagios Send Bot', 'nagios-send-bot@zulip.com', 400, 1, '2019-03-01 10:12:44+00', true, 1, NULL, ''),
  (5, 1, 'bot', 'Welcome Bot', 'welcome-bot@zulip.com', 400, 1, '2019-03-01 10:12:44+00', true, 1, NULL, ''),
  (6, 1, 'bot', 'Zulip Feedback Bot', 'feedback@zulip.com', 400, 1, '2019-03-01 10:12:44+00', true, 1, NULL, '');
INSERT INTO zgen.p (i, realm, kind, full_name, delivery_email, role, visibility, joined, active, bot_type, bot_owner, tz)
SELECT 1006 + k, 2, 'bot', b.name, b.short || '-bot@team.zulip.tessellate-labs.example', 400, 1, timestamptz '2019-04-02 12:00:00+00' + k * interval '53 days', k <> 17, b.bt,
       (ARRAY[10, 11, 12, 14, 26, 31, 44, 52, 63, 71, 85, 96])[1 + fixture_gen.n('bown', k, 12)], ''
FROM (VALUES (1, 'GitHub', 'github', 2), (2, 'Jira', 'jira', 2), (3, 'Grafana alerts', 'grafana', 2), (4, 'Sentry', 'sentry', 2), (5, 'CI status', 'ci', 2),
  (6, 'Standup bot', 'standup', 3), (7, 'Deploy bot', 'deploy', 3), (8, 'On-call pager', 'oncall', 3), (9, 'Lunch bot', 'lunch', 1), (10, 'Release notes', 'releasenotes', 1),
  (11, 'Followup', 'followup', 4), (12, 'Incrementor', 'incrementor', 4), (13, 'Zendesk', 'zendesk', 2), (14, 'PagerDuty', 'pagerduty', 2), (15, 'Translation bot', 'translate', 3),
  (16, 'Calendar reminders', 'calendar', 1), (17, 'Old Jenkins', 'jenkins', 2), (18, 'HR announcements', 'hr', 1), (19, 'Salesforce', 'salesforce', 2), (20, 'Triage bot', 'triage', 3),
  (21, 'Vacation tracker', 'vacation', 4), (22, 'Uptime Kuma', 'uptime', 2), (23, 'Gerrit', 'gerrit', 2), (24, 'Survey bot', 'survey', 1)) b(k, name, short, bt);
UPDATE zgen.p SET email = CASE WHEN visibility = 1 OR kind = 'bot' THEN delivery_email
  ELSE 'user' || i || '@' || CASE realm WHEN 2 THEN 'team' ELSE 'community' END || '.zulip.tessellate-labs.example' END;

-- Office and home addresses, job titles (used in prose).
CREATE FUNCTION zgen.home(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Gneisenaustraße', 'Kastanienallee', 'Boxhagener Str.', 'Hermannstraße', 'Schönhauser Allee'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140)) || ', ' || '10' || fixture_gen.digits(tag, i, 3) || ' Berlin'
    WHEN 'in' THEN '#' || (1 + fixture_gen.n(tag || 'n', i, 400)) || ', ' || fixture_gen.pick(ARRAY['5th Cross, Indiranagar', '12th Main, HSR Layout', '2nd Stage, BTM Layout', 'Koramangala 4th Block'], tag, i) || ', Bengaluru 5600' || fixture_gen.digits(tag, i, 2)
    WHEN 'ng' THEN (1 + fixture_gen.n(tag || 'n', i, 60)) || ' ' || fixture_gen.pick(ARRAY['Admiralty Way, Lekki Phase 1', 'Bode Thomas Street, Surulere', 'Allen Avenue, Ikeja', 'Adeola Odeku Street, Victoria Island'], tag, i) || ', Lagos'
    WHEN 'br' THEN fixture_gen.pick(ARRAY['Rua Augusta', 'Av. Paulista', 'Rua Oscar Freire', 'Rua dos Pinheiros'], tag, i) || ', ' || (10 + fixture_gen.n(tag || 'n', i, 2000)) || ' - apto ' || (11 + fixture_gen.n(tag || 'a', i, 150)) || ', São Paulo - SP, 0' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'z', i, 3)
    WHEN 'jp' THEN '大阪府大阪市北区梅田' || (1 + fixture_gen.n(tag || 'n', i, 3)) || '-' || (1 + fixture_gen.n(tag || 'a', i, 20)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 30))
    WHEN 'ca' THEN (10 + fixture_gen.n(tag || 'n', i, 900)) || ' ' || fixture_gen.pick(ARRAY['Queen St W', 'Dundas St E', 'Bloor St W', 'Spadina Ave'], tag, i) || ', Toronto, ON M' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 1, 'ABCEGHJKLMNPRSTVXY') || ' ' || fixture_gen.digits(tag || 'p', i, 1) || fixture_gen.chars(tag || 'p', i, 1, 'ABCEGHJKLMNPRSTVWXYZ') || fixture_gen.digits(tag || 'q', i, 1)
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Floriańska', 'Długa', 'Marszałkowska', 'Piotrkowska'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90)) || '/' || (1 + fixture_gen.n(tag || 'a', i, 40))
    WHEN 'fr' THEN (1 + fixture_gen.n(tag || 'n', i, 120)) || ' ' || fixture_gen.pick(ARRAY['rue Oberkampf', 'boulevard de Belleville', 'rue de la Roquette'], tag, i) || ', 750' || lpad((1 + fixture_gen.n(tag, i, 20))::text, 2, '0') || ' Paris'
    ELSE fixture_gen.street(tag, i) || ', ' || fixture_gen.city(tag, i) END
$$;

-- ---------------------------------------------------------------------------
-- Realms, clients, recipients.

CREATE TABLE zerver_realm (
    id serial PRIMARY KEY, name varchar(40) NOT NULL, string_id varchar(40) NOT NULL UNIQUE, description text NOT NULL, date_created timestamptz NOT NULL,
    deactivated boolean NOT NULL, deactivated_redirect varchar(128), emails_restricted_to_domains boolean NOT NULL, invite_required boolean NOT NULL,
    org_type smallint NOT NULL, plan_type smallint NOT NULL, max_invites integer, message_retention_days integer, icon_source varchar(1) NOT NULL,
    icon_version smallint NOT NULL, logo_source varchar(1) NOT NULL, logo_version smallint NOT NULL, default_language varchar(50) NOT NULL,
    uuid uuid NOT NULL, uuid_owner_secret text NOT NULL, notifications_stream_id integer, signup_notifications_stream_id integer,
    waiting_period_threshold integer NOT NULL, digest_emails_enabled boolean NOT NULL, digest_weekday smallint NOT NULL, send_welcome_emails boolean NOT NULL,
    message_content_allowed_in_email_notifications boolean NOT NULL, mandatory_topics boolean NOT NULL, allow_message_editing boolean NOT NULL,
    message_content_edit_limit_seconds integer, allow_edit_history boolean NOT NULL, disallow_disposable_email_addresses boolean NOT NULL,
    video_chat_provider smallint NOT NULL, jitsi_server_url varchar(200), giphy_rating smallint NOT NULL, enable_spectator_access boolean NOT NULL,
    want_advertise_in_communities_directory boolean NOT NULL, demo_organization_scheduled_deletion_date timestamptz, enable_read_receipts boolean NOT NULL,
    default_code_block_language text NOT NULL, push_notifications_enabled boolean NOT NULL, create_multiuse_invite_group_id integer,
    can_access_all_users_group_id integer
);
INSERT INTO zerver_realm VALUES
  (1, 'System bot realm', 'zulipinternal', 'The coolest place in the universe.', '2019-03-01 10:12:40+00', false, NULL, false, true, 0, 1, NULL, NULL, 'G', 1, 'D', 1, 'en',
   fixture_gen.uuid('realm', 1)::uuid, 'zulip' || 'realm_' || zgen.rnd('rown', 1, 32), NULL, NULL, 0, false, 1, false, true, false, true, 600, true, false, 0, NULL, 1, false, false, NULL, false, '', false, NULL, NULL),
  (2, 'Tessellate Labs', 'team', 'Internal chat of **Tessellate Labs**: engineering, manufacturing, sales and support. Use a topic for every conversation, and keep customer data out of public streams.',
   '2019-03-04 08:00:00+00', false, NULL, true, true, 10, 1, NULL, 1095, 'U', 4, 'U', 2, 'en',
   fixture_gen.uuid('realm', 2)::uuid, 'zulip' || 'realm_' || zgen.rnd('rown', 2, 32), 1, 2, 0, true, 1, true, false, true, true, 3600, true, true, 4, 'https://meet.tessellate-labs.example', 2, false, false, NULL, true, 'python', true, NULL, NULL),
  (3, 'Tessellate Community', 'community', 'Welcome to the community of Tessellate robot users! Ask questions about the SDK, share protocols and show what you built. Staff answer in #**help** on weekdays.',
   '2021-06-01 09:00:00+00', false, NULL, false, false, 3, 1, 100, NULL, 'U', 2, 'D', 1, 'en',
   fixture_gen.uuid('realm', 3)::uuid, 'zulip' || 'realm_' || zgen.rnd('rown', 3, 32), 45, 45, 3, true, 3, true, false, false, true, 86400, true, true, 1, NULL, 2, true, true, NULL, false, 'python', true, NULL, NULL);

CREATE TABLE zerver_realmdomain (id serial PRIMARY KEY, realm_id integer NOT NULL, domain varchar(80) NOT NULL, allow_subdomains boolean NOT NULL);
INSERT INTO zerver_realmdomain VALUES (1, 2, 'tessellate-labs.example', false), (2, 2, 'tessellate.example', true), (3, 2, 'northbeam-consulting.example', false);

CREATE TABLE zerver_realmauthenticationmethod (id serial PRIMARY KEY, realm_id integer NOT NULL, name varchar(80) NOT NULL);
INSERT INTO zerver_realmauthenticationmethod VALUES (1, 1, 'Email'), (2, 2, 'SAML'), (3, 2, 'Email'), (4, 3, 'Email'), (5, 3, 'GitHub'), (6, 3, 'Google');

CREATE TABLE zerver_client (id serial PRIMARY KEY, name varchar(30) NOT NULL UNIQUE);
INSERT INTO zerver_client VALUES (1, 'website'), (2, 'Internal'), (3, 'ZulipMobile'), (4, 'ZulipElectron'), (5, 'ZulipPython'), (6, 'ZulipTerminal'),
  (7, 'ZulipGitHubWebhook'), (8, 'ZulipJiraWebhook'), (9, 'ZulipGrafanaWebhook'), (10, 'ZulipSentryWebhook'), (11, 'ZulipZendeskWebhook'), (12, 'ZulipPagerDutyWebhook'),
  (13, 'ZulipUptimeKumaWebhook'), (14, 'ZulipGerritWebhook'), (15, 'ZulipEmailGateway'), (16, 'ZulipServer'), (17, 'ZulipFlutter'), (18, 'curl'), (19, 'python-requests'),
  (20, 'ZulipBotserver'), (21, 'ZulipSalesforceWebhook'), (22, 'ZulipAndroid');

CREATE TABLE zerver_recipient (id serial PRIMARY KEY, type_id integer NOT NULL, type smallint NOT NULL, UNIQUE (type, type_id));

-- ---------------------------------------------------------------------------
-- Users.

CREATE TABLE zerver_userprofile (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, email varchar(254) NOT NULL,
    is_staff boolean NOT NULL, is_active boolean NOT NULL, is_billing_admin boolean NOT NULL, is_bot boolean NOT NULL, bot_type smallint, date_joined timestamptz NOT NULL,
    bot_owner_id integer, realm_id integer NOT NULL, full_name varchar(100) NOT NULL, tos_version varchar(10), api_key varchar(32) NOT NULL, uuid uuid NOT NULL,
    delivery_email varchar(254) NOT NULL, avatar_source varchar(1) NOT NULL, avatar_version smallint NOT NULL, is_mirror_dummy boolean NOT NULL,
    can_forge_sender boolean NOT NULL, can_create_users boolean NOT NULL, last_active_message_id integer, long_term_idle boolean NOT NULL,
    last_reminder timestamptz, rate_limits varchar(100) NOT NULL, default_all_public_streams boolean NOT NULL, default_events_register_stream_id integer,
    default_sending_stream_id integer, recipient_id integer, role smallint NOT NULL, timezone varchar(40) NOT NULL, default_language varchar(50) NOT NULL,
    zoom_token jsonb, twenty_four_hour_time boolean NOT NULL, color_scheme smallint NOT NULL, emojiset varchar(20) NOT NULL, default_view text NOT NULL,
    enter_sends boolean NOT NULL, fluid_layout_width boolean NOT NULL, high_contrast_mode boolean NOT NULL, starred_message_counts boolean NOT NULL,
    display_emoji_reaction_users boolean NOT NULL, user_list_style smallint NOT NULL, notification_sound varchar(20) NOT NULL,
    enable_desktop_notifications boolean NOT NULL, enable_offline_email_notifications boolean NOT NULL, enable_offline_push_notifications boolean NOT NULL,
    enable_digest_emails boolean NOT NULL, enable_login_emails boolean NOT NULL, enable_marketing_emails boolean NOT NULL, presence_enabled boolean NOT NULL,
    send_read_receipts boolean NOT NULL, email_address_visibility smallint NOT NULL, email_notifications_batching_period_seconds integer NOT NULL,
    automatically_follow_topics_policy smallint NOT NULL
);
INSERT INTO zerver_userprofile
SELECT p.i,
       CASE WHEN p.kind = 'bot' OR (p.realm = 2 AND p.i % 4 <> 0) THEN '!' || zgen.rnd('unus', p.i, 40)
            ELSE 'argon2' || '$argon2id$v=19$m=102400,t=2,p=8$' || rtrim(fixture_gen.b64('pws', p.i, 16), '=') || '$' || rtrim(fixture_gen.b64('pwh', p.i, 32), '=') END,
       CASE WHEN p.kind = 'bot' THEN NULL ELSE zgen.cap(p.joined + make_interval(days => 3 + fixture_gen.n('ll', p.i, 1500), secs => fixture_gen.n('lls', p.i, 86400)), 'llc', p.i) END,
       false, p.email, p.i = 7, p.active, p.i IN (7, 8, 13), p.kind = 'bot', p.bot_type, p.joined, p.bot_owner, p.realm, p.full_name,
       CASE WHEN p.realm = 3 THEN '1.0' WHEN p.kind = 'bot' THEN NULL ELSE '-1' END,
       zgen.rnd('apik', p.i, 32), fixture_gen.uuid('uuuid', p.i)::uuid, p.delivery_email,
       CASE WHEN p.kind = 'bot' THEN CASE WHEN p.i <= 6 THEN 'G' ELSE 'U' END WHEN p.i % 3 = 0 THEN 'G' ELSE 'U' END, 1 + fixture_gen.n('avv', p.i, 4),
       false, p.i = 2, false, NULL, p.realm = 2 AND p.i % 9 = 4 AND p.active, CASE WHEN p.kind = 'staff' AND p.i % 7 = 0 THEN timestamptz '2024-05-01 00:00:00+00' + make_interval(hours => fixture_gen.n('lrem', p.i, 1200)) END,
       '', false, NULL, NULL, p.i, p.role, coalesce(p.tz, ''),
       CASE WHEN p.c = 'de' AND p.i % 3 = 0 THEN 'de' WHEN p.c = 'br' AND p.i % 2 = 0 THEN 'pt-br' WHEN p.c = 'jp' AND p.i % 2 = 0 THEN 'ja' WHEN p.c = 'fr' AND p.i % 3 = 0 THEN 'fr' WHEN p.c = 'es' THEN 'es' ELSE 'en' END,
       CASE WHEN p.kind = 'staff' AND p.i % 23 = 4 THEN jsonb_build_object('access_token', fixture_gen.jwt('zoomat', p.i), 'token_type', 'bearer', 'refresh_token', fixture_gen.jwt('zoomrt', p.i),
              'expires_in', 3599, 'scope', 'meeting:write:meeting user:read:user', 'expires_at', 1717000000 + p.i * 997) END,
       p.c IS NULL OR p.c NOT IN ('ca'), 1 + fixture_gen.n('csch', p.i, 3), fixture_gen.pick(ARRAY['google', 'google', 'google', 'twitter', 'text'], 'emo', p.i),
       fixture_gen.pick(ARRAY['inbox', 'recent_topics', 'recent_topics', 'all_messages'], 'dv', p.i), p.i % 6 <> 0, p.i % 10 = 0, false, true, true, 1 + fixture_gen.n('uls', p.i, 3),
       fixture_gen.pick(ARRAY['zulip', 'zulip', 'chime', 'ding', 'none'], 'snd', p.i), p.i % 8 <> 0, p.i % 5 <> 0, true, p.i % 4 <> 1, true, p.realm = 3 AND p.i % 3 = 0, p.i % 17 <> 0,
       p.i % 11 <> 0, coalesce(p.visibility, 1), 120, fixture_gen.pick(ARRAY['1', '3', '3', '4'], 'afp', p.i)::smallint
FROM zgen.p p ORDER BY p.i;

INSERT INTO zerver_recipient (id, type_id, type) SELECT i, i, 1 FROM zgen.p;

-- ---------------------------------------------------------------------------
-- Streams, subscriptions, group DMs, user groups.

CREATE TABLE zerver_stream (
    id serial PRIMARY KEY, name varchar(60) NOT NULL, realm_id integer NOT NULL, date_created timestamptz NOT NULL, deactivated boolean NOT NULL,
    description varchar(1024) NOT NULL, rendered_description text NOT NULL, invite_only boolean, history_public_to_subscribers boolean NOT NULL,
    is_web_public boolean NOT NULL, stream_post_policy smallint NOT NULL, is_in_zephyr_realm boolean NOT NULL, email_token varchar(32) NOT NULL,
    message_retention_days integer, recipient_id integer, first_message_id integer, can_remove_subscribers_group_id integer NOT NULL, creator_id integer,
    UNIQUE (name, realm_id)
);
CREATE TABLE zgen.st (id int, realm int, name text, descr text, private boolean, web boolean, policy int);
INSERT INTO zgen.st VALUES
  (1, 2, 'general', 'Everyone at Tessellate. Company-wide chatter that does not fit anywhere else.', false, false, 1),
  (2, 2, 'announce', 'Company announcements. Only admins can post; discuss in #**general**.', false, false, 2),
  (3, 2, 'engineering', 'Engineering-wide discussions, RFCs and architecture reviews.', false, false, 1),
  (4, 2, 'backend', 'Orchestrator API, scheduler, Postgres and the job queue.', false, false, 1),
  (5, 2, 'frontend', 'Lab dashboard (React) and the protocol editor.', false, false, 1),
  (6, 2, 'firmware', 'Motion controller and pipetting head firmware. Hardware-in-the-loop results go to #**ci-alerts**.', false, false, 1),
  (7, 2, 'qa', 'Test plans, release sign-off, flaky tests.', false, false, 1),
  (8, 2, 'devops', 'Kubernetes, Terraform, on-call handovers.', false, false, 1),
  (9, 2, 'incidents', 'Production incidents. One topic per incident: "INC-<number> short title".', false, false, 1),
  (10, 2, 'releases', 'Release planning and release notes.', false, false, 1),
  (11, 2, 'design', 'UX research and visual design.', false, false, 1),
  (12, 2, 'product', 'Roadmap, customer requests, pricing.', false, false, 1),
  (13, 2, 'sales-emea', 'Deals and leads in Europe, Middle East and Africa.', false, false, 1),
  (14, 2, 'sales-americas', 'Deals and leads in North and South America.', false, false, 1),
  (15, 2, 'sales-apac', 'Deals and leads in Asia-Pacific.', false, false, 1),
  (16, 2, 'support', 'Customer support escalations. Link the Zendesk ticket, do not paste customer data.', false, false, 1),
  (17, 2, 'customer-success', 'Onboarding and renewals of lab customers.', false, false, 1),
  (18, 2, 'marketing', 'Campaigns, webinars, trade fairs.', false, false, 1),
  (19, 2, 'people-ops', 'Private: People team. Payroll questions go to Lakshmi Rao (+91 80 4110 2290) until the new HRIS is live.', true, false, 1),
  (20, 2, 'finance', 'Private: finance team, expenses, invoices.', true, false, 1),
  (21, 2, 'legal', 'Private: contracts, NDAs, trademarks. External counsel: Camille Fontaine, camille.fontaine@lexvara-legal.example.', true, false, 1),
  (22, 2, 'it-helpdesk', 'Laptops, accounts, VPN, badges. For lost badges call Facilities on +49 30 2201 7740.', false, false, 1),
  (23, 2, 'security', 'Security reviews, phishing reports and pentest findings.', false, false, 1),
  (24, 2, 'office-berlin', 'Berlin office, Schlesische Straße.', false, false, 1),
  (25, 2, 'office-bengaluru', 'Bengaluru office, Indiranagar.', false, false, 1),
  (26, 2, 'office-toronto', 'Toronto office, King Street West.', false, false, 1),
  (27, 2, 'office-lagos', 'Lagos office, Victoria Island.', false, false, 1),
  (28, 2, 'office-osaka', 'Osaka office and the Kansai demo lab.', false, false, 1),
  (29, 2, 'office-sao-paulo', 'São Paulo office, Vila Madalena.', false, false, 1),
  (30, 2, 'random', 'Cats, memes and the occasional flat hunt.', false, false, 1),
  (31, 2, 'social', 'After-work, team dinners, birthdays.', false, false, 1),
  (32, 2, 'book-club', 'Monthly book club. Current book: "The Soul of a New Machine".', false, false, 1),
  (33, 2, 'running-club', 'Runs on Tuesdays and Saturdays. Organiser: Yusuke Kimura.', false, false, 1),
  (34, 2, 'recruiting', 'Private: hiring pipeline, interview loops and offers.', true, false, 1),
  (35, 2, 'leadership', 'Private: leadership team.', true, false, 1),
  (36, 2, 'onboarding', 'New joiners: ask anything.', false, false, 1),
  (37, 2, 'github-notifications', 'Pushes and pull requests from GitHub.', false, false, 1),
  (38, 2, 'ci-alerts', 'CI and hardware-in-the-loop failures.', false, false, 1),
  (39, 2, 'jira', 'Issue updates from Jira.', false, false, 1),
  (40, 2, 'manufacturing', 'Assembly line in Toronto, suppliers, QC.', false, false, 1),
  (41, 2, 'field-service', 'Field engineers on customer sites. Post site visits here.', false, false, 1),
  (42, 2, 'old-website', 'Archived.', false, false, 1),
  (43, 2, 'parents', 'Parents at Tessellate: childcare, school holidays, swaps.', false, false, 1),
  (44, 2, 'hackathon-2023', 'Hackathon, November 2023.', false, false, 1),
  (45, 3, 'general', 'Welcome! Introduce yourself here.', false, true, 1),
  (46, 3, 'help', 'Questions about the robots, the SDK and the protocol editor.', false, true, 1),
  (47, 3, 'feature-requests', 'Ideas and requests. Staff tag accepted ones with the roadmap link.', false, true, 1),
  (48, 3, 'sdk-python', 'The Python SDK.', false, true, 1),
  (49, 3, 'protocols', 'Share and review liquid-handling protocols.', false, true, 1),
  (50, 3, 'show-and-tell', 'What you built with your robot.', false, true, 1),
  (51, 3, 'announcements', 'Release announcements from the Tessellate team.', false, true, 2),
  (52, 3, 'off-topic', 'Anything else.', false, false, 1),
  (53, 3, 'integrations', 'LIMS and ELN integrations.', false, true, 1),
  (54, 3, 'moderators', 'Private: community moderators.', true, false, 1);
INSERT INTO zerver_stream
SELECT s.id, s.name, s.realm, CASE WHEN s.realm = 2 THEN timestamptz '2019-03-04 08:10:00+00' + s.id * interval '31 days' ELSE timestamptz '2021-06-01 09:20:00+00' + (s.id - 45) * interval '40 days' END,
       s.id = 42, s.descr,
       '<p>' || regexp_replace(regexp_replace(regexp_replace(s.descr, '#\*\*([a-z-]+)\*\*', '<a class="stream" data-stream-id="0" href="/#narrow/stream/\1">#\1</a>', 'g'),
              '\*\*([^*]+)\*\*', '<strong>\1</strong>', 'g'), '([a-z.]+@[a-z.-]+example)', '<a href="mailto:\1">\1</a>', 'g') || '</p>',
       s.private, NOT s.private OR s.id IN (34, 54), s.web, s.policy, false, fixture_gen.hexn('stok', s.id, 32), CASE WHEN s.id IN (38, 37) THEN 30 END,
       2000 + s.id, NULL, CASE WHEN s.realm = 2 THEN 11 ELSE 12 END, CASE WHEN s.id IN (1, 2, 45) THEN NULL WHEN s.realm = 2 THEN 7 + fixture_gen.n('scr', s.id, 80) ELSE 1031 + fixture_gen.n('scr', s.id, 10) END
FROM zgen.st s ORDER BY s.id;
UPDATE zerver_stream s SET rendered_description = replace(s.rendered_description, 'data-stream-id="0" href="/#narrow/stream/' || t.name || '"', 'data-stream-id="' || t.id || '" href="/#narrow/stream/' || t.id || '-' || t.name || '"')
FROM zerver_stream t WHERE t.realm_id = s.realm_id AND s.rendered_description LIKE '%/stream/' || t.name || '"%';
INSERT INTO zerver_recipient (id, type_id, type) SELECT 2000 + id, id, 2 FROM zgen.st;

-- Subscriptions: staff to #general and #announce, their office, and several
-- team streams; community members to a few public streams.
CREATE TABLE zgen.sub AS
SELECT DISTINCT p.i AS u, s AS stream FROM zgen.p p
CROSS JOIN LATERAL (VALUES (CASE WHEN p.realm = 2 THEN 1 ELSE 45 END), (CASE WHEN p.realm = 2 THEN 2 ELSE 51 END),
  (CASE WHEN p.realm = 2 THEN CASE p.office WHEN 'Berlin' THEN 24 WHEN 'Bengaluru' THEN 25 WHEN 'Toronto' THEN 26 WHEN 'Lagos' THEN 27 WHEN 'Osaka' THEN 28 WHEN 'São Paulo' THEN 29 ELSE 30 END ELSE 46 END),
  (CASE WHEN p.realm = 2 THEN 3 + fixture_gen.n('sb1', p.i, 38) ELSE 45 + fixture_gen.n('sb1', p.i, 9) END),
  (CASE WHEN p.realm = 2 THEN 3 + fixture_gen.n('sb2', p.i, 38) ELSE 45 + fixture_gen.n('sb2', p.i, 9) END),
  (CASE WHEN p.realm = 2 THEN 3 + fixture_gen.n('sb3', p.i, 40) ELSE 45 + fixture_gen.n('sb3', p.i, 8) END)) v(s)
WHERE p.realm IN (2, 3) AND (p.kind <> 'bot' OR v.s IN (37, 38, 39, 9, 8));
CREATE TABLE zerver_subscription (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL, recipient_id integer NOT NULL, active boolean NOT NULL, is_user_active boolean NOT NULL,
    is_muted boolean NOT NULL, color varchar(10) NOT NULL, pin_to_top boolean NOT NULL, desktop_notifications boolean, audible_notifications boolean,
    push_notifications boolean, email_notifications boolean, wildcard_mentions_notify boolean, UNIQUE (user_profile_id, recipient_id)
);
INSERT INTO zerver_subscription (user_profile_id, recipient_id, active, is_user_active, is_muted, color, pin_to_top, desktop_notifications, audible_notifications, push_notifications, email_notifications, wildcard_mentions_notify)
SELECT s.u, 2000 + s.stream, (s.u + s.stream) % 19 <> 0, p.active, (s.u * s.stream) % 11 = 3,
       fixture_gen.pick(ARRAY['#76ce90', '#fae589', '#a6c7e5', '#e79ab5', '#bfd56f', '#f4ae55', '#b0a5fd', '#addfe5', '#f5ce6e', '#c2726a', '#94c849', '#bd86e5', '#ee7e4a', '#a6dcbf', '#95a5fd'], 'scol', s.u * 100 + s.stream),
       s.stream IN (3, 9, 46) AND s.u % 4 = 0, CASE WHEN (s.u + s.stream) % 9 = 0 THEN true END, NULL, CASE WHEN (s.u + s.stream) % 13 = 0 THEN false END, NULL, NULL
FROM zgen.sub s JOIN zgen.p p ON p.i = s.u ORDER BY s.u, s.stream;
INSERT INTO zerver_subscription (user_profile_id, recipient_id, active, is_user_active, is_muted, color, pin_to_top)
SELECT i, i, true, active, false, '#c2c2c2', false FROM zgen.p;

-- Group DMs: 120 huddles of 3 to 5 staff.
CREATE TABLE zgen.hud AS
SELECT h, array_agg(DISTINCT m ORDER BY m) AS members FROM generate_series(1, 120) h
CROSS JOIN LATERAL (SELECT 7 + fixture_gen.n('hm' || j, h, 300) AS m FROM generate_series(1, 3 + h % 3) j) x GROUP BY h;
CREATE TABLE zerver_huddle (id serial PRIMARY KEY, huddle_hash varchar(40) NOT NULL UNIQUE, recipient_id integer);
INSERT INTO zerver_huddle SELECT h, substr(encode(sha256(convert_to(array_to_string(members, ','), 'UTF8')), 'hex'), 1, 40), 3000 + h FROM zgen.hud;
INSERT INTO zerver_recipient (id, type_id, type) SELECT 3000 + h, h, 3 FROM zgen.hud;
INSERT INTO zerver_subscription (user_profile_id, recipient_id, active, is_user_active, is_muted, color, pin_to_top)
SELECT m, 3000 + h, true, true, false, '#c2c2c2', false FROM zgen.hud, unnest(members) m;

CREATE TABLE zerver_defaultstream (id serial PRIMARY KEY, realm_id integer NOT NULL, stream_id integer NOT NULL, UNIQUE (realm_id, stream_id));
INSERT INTO zerver_defaultstream (realm_id, stream_id) VALUES (2, 1), (2, 2), (2, 36), (2, 30), (3, 45), (3, 46), (3, 51);

CREATE TABLE zerver_usergroup (
    id serial PRIMARY KEY, name varchar(100) NOT NULL, realm_id integer NOT NULL, description text NOT NULL, is_system_group boolean NOT NULL,
    can_mention_group_id integer NOT NULL, UNIQUE (realm_id, name)
);
INSERT INTO zerver_usergroup VALUES
  (1, 'role:nobody', 1, 'Nobody', true, 1), (2, 'role:owners', 1, 'Owners of this organization', true, 1), (3, 'role:everyone', 1, 'Everyone including guests', true, 1),
  (4, 'role:nobody', 2, 'Nobody', true, 4), (5, 'role:owners', 2, 'Owners of this organization', true, 4), (6, 'role:administrators', 2, 'Administrators of this organization, including owners', true, 4),
  (7, 'role:moderators', 2, 'Moderators of this organization, including administrators', true, 4), (8, 'role:fullmembers', 2, 'Members of this organization, not including new accounts and guests', true, 4),
  (9, 'role:members', 2, 'Members of this organization, not including guests', true, 4), (10, 'role:everyone', 2, 'Everyone in this organization, including guests', true, 4),
  (11, 'role:internet', 2, 'Everyone on the Internet', true, 4),
  (12, 'role:nobody', 3, 'Nobody', true, 12), (13, 'role:owners', 3, 'Owners of this organization', true, 12), (14, 'role:administrators', 3, 'Administrators of this organization, including owners', true, 12),
  (15, 'role:moderators', 3, 'Moderators of this organization, including administrators', true, 12), (16, 'role:members', 3, 'Members of this organization, not including guests', true, 12),
  (17, 'role:everyone', 3, 'Everyone in this organization, including guests', true, 12),
  (18, 'backend', 2, 'Backend engineers', false, 10), (19, 'frontend', 2, 'Frontend engineers', false, 10), (20, 'firmware', 2, 'Firmware and motion control', false, 10),
  (21, 'devops-oncall', 2, 'Whoever is on call this week; ping for production issues', false, 10), (22, 'support-l2', 2, 'Second-level support', false, 10),
  (23, 'people-team', 2, 'HR, payroll, benefits', false, 10), (24, 'it', 2, 'IT helpdesk', false, 10), (25, 'security-champions', 2, 'One champion per team', false, 10),
  (26, 'berlin-office', 2, 'Everyone based in Berlin', false, 10), (27, 'field-engineers', 2, 'Field service engineers', false, 10), (28, 'release-managers', 2, 'Release managers of the current cycle', false, 10),
  (29, 'community-staff', 3, 'Tessellate employees answering questions', false, 17), (30, 'sdk-maintainers', 3, 'Maintainers of the Python SDK', false, 17);
UPDATE zerver_realm SET create_multiuse_invite_group_id = CASE id WHEN 1 THEN 2 WHEN 2 THEN 6 ELSE 14 END, can_access_all_users_group_id = CASE id WHEN 1 THEN 3 WHEN 2 THEN 10 ELSE 17 END;
CREATE TABLE zerver_usergroupmembership (id serial PRIMARY KEY, user_group_id integer NOT NULL, user_profile_id integer NOT NULL, UNIQUE (user_group_id, user_profile_id));
INSERT INTO zerver_usergroupmembership (user_group_id, user_profile_id)
SELECT DISTINCT g, i FROM (
  SELECT CASE role WHEN 100 THEN 5 WHEN 200 THEN 6 WHEN 300 THEN 7 WHEN 400 THEN 9 ELSE 10 END AS g, i FROM zgen.p WHERE realm = 2
  UNION ALL SELECT CASE role WHEN 100 THEN 13 WHEN 200 THEN 14 WHEN 300 THEN 15 WHEN 400 THEN 16 ELSE 17 END, i FROM zgen.p WHERE realm = 3
  UNION ALL SELECT 3, i FROM zgen.p WHERE realm = 1
  UNION ALL SELECT 18 + fixture_gen.n('ugm', i, 11), i FROM zgen.p WHERE kind = 'staff' AND i % 3 <> 0
  UNION ALL SELECT 29 + i % 2, i FROM zgen.p WHERE realm = 3 AND role <= 300) x ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Messages. Templates in Markdown: {A} and {B} mention colleagues (rendered
-- with their ids), {a} is A's first name, {N}, {Q} and {M} a customer or
-- candidate's name, phone and email, {P} the sender's phone, {E} A's email,
-- {S} the sender's home address, {C} a city, {J} a job title, {U} a link,
-- {F} an uploaded file, {K} a number. Scope: staff, community, or a bot.
CREATE TABLE zgen.tpl (k serial, scope text, md text, fname text);
INSERT INTO zgen.tpl (scope, md, fname) VALUES
  ('staff', 'Deploy of `orchestrator` 4.{K}.1 to production finished, no errors in the first 15 minutes.', NULL),
  ('staff', 'The nightly build failed again on the ARM runner; looks like the cache volume is full.', NULL),
  ('staff', 'Reminder: the quarterly all-hands is Thursday at 16:00 UTC, the link is in the calendar invite.', NULL),
  ('staff', 'Has anyone seen `test_plate_calibration` flake? It passed on retry twice this week.', NULL),
  ('staff', 'I pushed a fix for the memory leak in the websocket handler, the PR is ready for review: {U}', NULL),
  ('staff', 'The coffee machine on the 3rd floor is fixed :tada:', NULL),
  ('staff', 'Staging database will be down for maintenance between 02:00 and 03:00 CET tonight.', NULL),
  ('staff', 'Can we move the sprint review to Friday? Half the team is at the trade fair.', NULL),
  ('staff', 'The new dashboard loads in 1.2 s instead of 4 s after the index change.', NULL),
  ('staff', 'Closing this, the root cause was an expired TLS certificate on the internal load balancer.', NULL),
  ('staff', '+1, let''s go with option B.', NULL),
  ('staff', 'Thanks, that worked!', NULL),
  ('staff', 'Latency for the last 24 hours: {U}', NULL),
  ('staff', 'Feedback from the webinar was mostly about the CSV export and the dark mode.', NULL),
  ('staff', 'Release notes draft is in the wiki, please comment by Wednesday.', NULL),
  ('staff', 'Pipetting accuracy on rig 3 is back within 0.5 % after the recalibration.', NULL),
  ('staff', 'We are out of M3 screws again, I ordered 2000 from the usual supplier.', NULL),
  ('staff', 'Does anyone know why the protocol editor rejects 384-well plates with a custom lid?', NULL),
  ('staff', 'Kubernetes upgrade to 1.29 is done on staging; production next Tuesday.', NULL),
  ('staff', 'Lunch is here, kitchen on 2 :pizza:', NULL),
  ('staff', '{A} can you take a look at the failing migration when you have a minute?', NULL),
  ('staff', 'Welcome {A}! {a} joins the firmware team this week :wave:', NULL),
  ('staff', '{A} and {B}: the customer call moved to {T}, same link {G}', NULL),
  ('staff', 'Thanks {A} for covering the on-call shift last night :heart:', NULL),
  ('staff', '{A} is out sick today, please ping {B} for anything urgent.', NULL),
  ('staff', 'I''m on the train with bad wifi, call me on {P} if the build breaks again.', NULL),
  ('staff', 'For the visa letter HR needs your passport number and home address. Please send them to {E} directly, not here.', NULL),
  ('staff', 'The lab manager at the customer is {N}, {Q}, {M}. She prefers calls before 10.', NULL),
  ('staff', '{A} my new number is {P}, the old one is disconnected.', NULL),
  ('staff', 'Moving flats! New address from the 1st: {S}. {B} can you update it in payroll?', NULL),
  ('staff', 'Parental leave: {A} is out from March to August, {B} covers the supplier calls.', NULL),
  ('staff', 'Please welcome {N}, starting Monday as {J} in {C}.', NULL),
  ('staff', 'FYI {A}: the recruiter says {N} expects around 85k base and can start in June. Phone screen went well.', NULL),
  ('staff', 'Can someone send me {N}''s current email? I only have {M} and it bounces.', NULL),
  ('staff', 'Doctor''s appointment tomorrow morning, I''ll be online after 11. {A} has the keys to the demo lab.', NULL),
  ('staff', 'Lunch order for Friday: {A} vegetarian, {B} no nuts (allergy), me the usual.', NULL),
  ('staff', 'Invoice question from {N} ({M}): they were charged twice for the May service visit.', NULL),
  ('staff', '@**all** the {C} office is closed on Monday for the public holiday.', NULL),
  ('staff', 'Notes from the call with {N} are here: {U}', NULL),
  ('staff', 'Call me at {P} after 6 pm, I''m driving before that.', NULL),
  ('staff', '{A} happy birthday! :cake:', NULL),
  ('staff', 'Shipping the demo unit to {N}, {S}. Tracking number to follow.', NULL),
  ('staff', 'Heads-up {A}: the SSH host key of the bastion changed, re-run the setup script from the wiki.', NULL),
  ('staff', '{A} the customer in {C} asked for you by name, can you join the site visit on Thursday?', NULL),
  ('staff', 'Signed offer letter for {N} attached, please file it: {F}', 'Offer_letter_{n}_signed.pdf'),
  ('staff', 'Here is my passport scan for the Osaka trip, {A}: {F}', 'Passport_{s}.pdf'),
  ('staff', 'CV of {N} for the {J} role: {F}', '{n}_CV_2024.pdf'),
  ('staff', 'Payslip looks wrong for November, see attached {F}', 'payslip_2023_11_{s}.pdf'),
  ('staff', 'Screenshot of the error: {F}', 'Screenshot 2024-03-{K} at 10.42.13.png'),
  ('staff', 'Wiring diagram for the new deck: {F}', 'deck-wiring-v{K}.png'),
  ('staff', 'Board deck for Thursday: {F}', 'Q{q}-board-deck.pdf'),
  ('staff', 'Photo from the team dinner :camera: {F}', 'IMG_{K}20.jpg'),
  ('staff', 'Sick note from the doctor, {A} for your records: {F}', 'Krankmeldung_{s}.pdf'),
  ('staff', 'Receipt for the taxi from the airport: {F}', 'receipt-taxi-{K}.jpg'),
  ('community', 'Hi all! I''m {s}, a postdoc in {C}. We just got two robots for our ELISA workflow and I''m learning the protocol editor.', NULL),
  ('community', 'Is there a way to pause a protocol between steps without aborting the run?', NULL),
  ('community', 'The Python SDK 3.2 changed `Plate.wells()` to return a generator, that broke my script.', NULL),
  ('community', '{A} thanks, the firmware update fixed the drift!', NULL),
  ('community', 'We integrated the robots with our LIMS through the REST API, happy to share the code: {U}', NULL),
  ('community', 'Calibration keeps failing with error E-214 on the left pipette.', NULL),
  ('community', 'Anyone in {C} who wants to meet at the user group? DM me or write to {E}.', NULL),
  ('community', '{A} could you share the protocol file? I can''t find it on the forum.', NULL),
  ('community', 'Here is my deck layout for the 96-well PCR setup: {F}', 'deck_layout_pcr_96.png'),
  ('community', 'Our service contact is {N}, but she is on leave. Who else can help with the RMA? My number is {P}.', NULL),
  ('community', 'Feature request: export run logs as CSV with timestamps per step.', NULL),
  ('community', 'Thanks everyone, solved! It was the tip rack offset.', NULL),
  ('bot:37', '[tessellate/orchestrator] {A} pushed 3 commits to branch main. Commits by {a} (3): `{h}` Fix scheduler race when a lid is still moving.', NULL),
  ('bot:37', '[tessellate/firmware] {A} opened pull request #{K} "Pipette head: retry homing on stall", requested review from {B}.', NULL),
  ('bot:38', 'Build #{K}21 of `firmware/hil-nightly` **failed**: 3 tests failed on rig `osaka-rig-2`. {U}', NULL),
  ('bot:38', 'Build #{K}44 of `orchestrator/main` passed in 14 min.', NULL),
  ('bot:39', '{A} created [ORCH-{K}07](https://tessellate.atlassian.net/browse/ORCH-{K}07) "Scheduler ignores plate lid delay" (priority **High**), assigned to {B}.', NULL),
  ('bot:39', '{A} changed the status of [FW-{K}3](https://tessellate.atlassian.net/browse/FW-{K}3) from **In Progress** to **Done**.', NULL),
  ('bot:9', '[Alerting] Job queue depth high: `job_queue_depth=1{K}03` > 1000 on prod-eu-1. {U}', NULL),
  ('bot:9', 'New Sentry issue: `KeyError: ''plate_id''` in `orchestrator.scheduler.assign` ({K} events).', NULL);

CREATE TABLE zgen.m (id int PRIMARY KEY, realm int, rtype int, recipient int, stream int, sender int, a int, b int, x int, tpl int, subject text, sent timestamptz, client int, mtype int);
-- Staff realm: 1-6000; community: 6001-7000. About one in ten is a DM, one in
-- fourteen a group DM; bot streams get the bots' messages.
INSERT INTO zgen.m (id, realm, rtype, stream, sender, a, b, x, tpl, sent, client, mtype)
SELECT k, CASE WHEN k <= 6000 THEN 2 ELSE 3 END,
       CASE WHEN k > 6000 THEN CASE WHEN k % 12 = 0 THEN 1 ELSE 2 END WHEN k % 10 = 3 THEN 1 WHEN k % 14 = 5 THEN 3 ELSE 2 END, NULL, NULL,
       CASE WHEN k <= 6000 THEN 7 + fixture_gen.n('ma', k, 1000) ELSE 1031 + fixture_gen.n('ma', k, 370) END,
       CASE WHEN k <= 6000 THEN 7 + fixture_gen.n('mb', k, 1000) ELSE 1031 + fixture_gen.n('mb', k, 370) END,
       k, NULL,
       CASE WHEN k <= 6000 THEN timestamptz '2023-01-09 07:00:00+00' + (k - 1) * interval '2 hours 11 minutes' + make_interval(secs => fixture_gen.n('mt', k, 7000))
            ELSE timestamptz '2022-03-01 10:00:00+00' + (k - 6001) * interval '19 hours' + make_interval(secs => fixture_gen.n('mt', k, 60000)) END,
       (ARRAY[1, 1, 1, 1, 3, 3, 4, 4, 17, 6])[1 + fixture_gen.n('mcl', k, 10)], 1
FROM generate_series(1, 7000) k;
UPDATE zgen.m SET sender = CASE WHEN realm = 2 THEN 7 + fixture_gen.n('ms', id, 1000) ELSE 1031 + fixture_gen.n('ms', id, 370) END;
-- Staff with names used by the bots: the senders of bot-stream messages.
UPDATE zgen.m SET stream = CASE WHEN realm = 2 THEN (ARRAY[1, 1, 3, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16, 17, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29, 30, 30, 31, 32, 33, 34, 35, 36, 36, 37, 37, 38, 38, 39, 40, 41, 43, 44])[1 + fixture_gen.n('mst', id, 53)]
                          ELSE 45 + fixture_gen.n('mst', id, 10) END WHERE rtype = 2;
CREATE TABLE zgen.tscope AS SELECT k, scope, row_number() OVER (PARTITION BY scope ORDER BY k) AS rn, count(*) OVER (PARTITION BY scope) AS cnt FROM zgen.tpl;
WITH s AS MATERIALIZED (SELECT id, CASE WHEN realm = 3 THEN 'community' WHEN stream IN (37, 38, 39) AND id % 5 <> 0 THEN 'bot:' || stream WHEN stream = 9 AND id % 3 = 0 THEN 'bot:9' ELSE 'staff' END AS scope FROM zgen.m),
     c AS MATERIALIZED (SELECT s.id, s.scope, 1 + fixture_gen.n('mtp', s.id, (SELECT max(cnt) FROM zgen.tscope t WHERE t.scope = s.scope)::int) AS rn FROM s)
UPDATE zgen.m m SET tpl = t.k FROM c JOIN zgen.tscope t ON t.scope = c.scope AND t.rn = c.rn WHERE c.id = m.id;
UPDATE zgen.m m SET sender = CASE t.scope WHEN 'bot:37' THEN 1007 WHEN 'bot:38' THEN 1011 WHEN 'bot:39' THEN 1008 ELSE CASE WHEN m.id % 2 = 0 THEN 1009 ELSE 1010 END END,
  client = CASE t.scope WHEN 'bot:37' THEN 7 WHEN 'bot:38' THEN 18 WHEN 'bot:39' THEN 8 ELSE CASE WHEN m.id % 2 = 0 THEN 9 ELSE 10 END END
FROM zgen.tpl t WHERE t.k = m.tpl AND t.scope LIKE 'bot:%';
-- Resolve-topic notifications by Notification Bot.
UPDATE zgen.m SET mtype = 2, sender = 1, client = 2 WHERE rtype = 2 AND realm = 2 AND id % 53 = 7;
-- Recipients.
UPDATE zgen.m SET recipient = 2000 + stream WHERE rtype = 2;
UPDATE zgen.m SET recipient = CASE WHEN a <> sender THEN a ELSE b END WHERE rtype = 1;
UPDATE zgen.m SET rtype = 1, recipient = a WHERE rtype = 3 AND realm = 3;
UPDATE zgen.m SET recipient = 3000 + 1 + fixture_gen.n('mhu', id, 120) WHERE rtype = 3;
UPDATE zgen.m m SET sender = h.members[1 + id % cardinality(h.members)], a = h.members[1 + (id + 1) % cardinality(h.members)] FROM zgen.hud h WHERE m.rtype = 3 AND h.h = m.recipient - 3000;

-- Markdown to Zulip's HTML, for what the templates use.
CREATE FUNCTION zgen.render(md text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '<p>' || replace(replace(r, E'\n\n', E'</p>\n<p>'), E'\n', E'<br>\n') || '</p>' FROM (SELECT
    replace(replace(replace(replace(replace(replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      replace(replace(replace(md, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
      '@_\*\*([^*|]+)\|([0-9]+)\*\*', '<span class="user-mention silent" data-user-id="\2">\1</span>', 'g'),
      '@\*\*([^*|]+)\|([0-9]+)\*\*', '<span class="user-mention" data-user-id="\2">@\1</span>', 'g'),
      '@\*\*all\*\*', '<span class="user-mention" data-user-id="*">@all</span>', 'g'),
      '(^|\s)(https?://[^\s<)]+[^\s<.,)])', '\1<a href="\2">\2</a>', 'g'),
      '\[([^]]+)\]\(([^)\s]+)\)', '<a href="\2">\1</a>', 'g'),
      '`([^`]+)`', '<code>\1</code>', 'g'),
      '\*\*([^*]+)\*\*', '<strong>\1</strong>', 'g'),
      ':tada:', '<span aria-label="tada" class="emoji emoji-1f389" role="img" title="tada">:tada:</span>'),
      ':heart:', '<span aria-label="heart" class="emoji emoji-2764" role="img" title="heart">:heart:</span>'),
      ':cake:', '<span aria-label="cake" class="emoji emoji-1f370" role="img" title="cake">:cake:</span>'),
      ':pizza:', '<span aria-label="pizza" class="emoji emoji-1f355" role="img" title="pizza">:pizza:</span>'),
      ':wave:', '<span aria-label="wave" class="emoji emoji-1f44b" role="img" title="wave">:wave:</span>'),
      ':camera:', '<span aria-label="camera" class="emoji emoji-1f4f7" role="img" title="camera">:camera:</span>') AS r) x
$$;

-- The other person of a message: a customer contact or a candidate.
CREATE TABLE zgen.x AS
SELECT v.id, a.first || ' ' || b.last AS full_name, a.first || '_' || b.last AS fname,
       zgen.fold(a.first) || '.' || zgen.fold(b.last) || '@' || fixture_gen.pick(ARRAY['helix-bio.example', 'karolinska-lab.example', 'novagen-pharma.example', 'unibas-chem.example', 'biofab-osaka.example', 'cellsight.example', 'gmail.com', 'outlook.com'], 'xd', v.id) AS email,
       zgen.phone(v.c, 'xph', v.id) AS phone
FROM (SELECT id, fixture_gen.pick(ARRAY['de', 'in', 'ng', 'br', 'jp', 'cn', 'kr', 'tr', 'pl', 'es', 'fr', 'ca', 'ar', 'vn'], 'xc', id) AS c, 1 + fixture_gen.n('xf', id, 8) AS kf, 1 + fixture_gen.n('xl', id, 8) AS kl
      FROM generate_series(1, 7000) id OFFSET 0) v
JOIN zgen.nm a ON a.c = v.c AND a.k = v.kf JOIN zgen.nm b ON b.c = v.c AND b.k = v.kl;

-- Topics.
UPDATE zgen.m m SET subject = left(CASE
  WHEN m.rtype <> 2 THEN ''
  WHEN m.stream IN (3, 4, 5, 6, 7, 8, 10, 37, 38, 39) THEN fixture_gen.pick(ARRAY['release 4.' || (m.id / 300), 'CI flakes', 'scheduler refactor', 'pipetting head v2', 'deck layout editor', 'Kubernetes 1.29 upgrade',
       'flaky HIL tests', 'code review backlog', 'Postgres 16 migration', 'API rate limits', 'firmware 2.8 rollout', 'logging costs', 'ORCH-' || (1200 + m.id / 40) || ' lid delay'], 'tp', m.stream * 1000 + m.id / 40)
  WHEN m.stream = 9 THEN 'INC-' || (400 + m.id / 90) || ' ' || fixture_gen.pick(ARRAY['scheduler stuck', 'robots offline in EU', 'login failures', 'queue backlog', 'certificate expired', 'S3 latency'], 'tp', m.id / 90)
  WHEN m.stream IN (12, 13, 14, 15, 16, 17, 41) THEN fixture_gen.pick(ARRAY['call with ' || x.full_name, 'site visit ' || fixture_gen.pick(ARRAY['Helix Bio', 'Karolinska lab', 'NovaGen Pharma', 'Uni Basel', 'BioFab Osaka', 'CellSight'], 'tpo', m.id / 30),
       'renewal ' || fixture_gen.pick(ARRAY['Helix Bio', 'NovaGen Pharma', 'CellSight', 'Mercato Labs'], 'tpo', m.id / 30), 'RMA for ' || x.full_name, 'pricing 2024', 'pipeline review', 'Zendesk #' || (88000 + m.id / 20)], 'tp', m.stream * 1000 + m.id / 30)
  WHEN m.stream IN (19, 34, 35) THEN fixture_gen.pick(ARRAY['offer: ' || x.full_name, 'interview loop - ' || x.full_name, 'visa letter for ' || pa.full_name, 'payroll ' || to_char(m.sent, 'FMMonth'),
       'parental leave ' || pa.first, 'onboarding ' || pa.full_name, 'headcount plan', 'performance reviews'], 'tp', m.stream * 1000 + m.id / 25)
  WHEN m.stream IN (1, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 43, 44) THEN fixture_gen.pick(ARRAY['welcome ' || pa.first, 'farewell ' || pa.full_name, pa.first || '''s birthday', 'lunch', 'Friday drinks', 'office plants',
       'flat hunting', 'parking', 'holiday calendar', 'book: The Soul of a New Machine', 'Saturday run', 'school holidays swap', 'stand-up', 'random'], 'tp', m.stream * 1000 + m.id / 35)
  WHEN m.realm = 3 THEN fixture_gen.pick(ARRAY['introductions', 'hello from ' || fixture_gen.city('tpc', m.id / 20), 'E-214 calibration error', 'SDK 3.2 generators', 'pause between steps', 'LIMS integration',
       'ELISA 96-well protocol', 'tip rack offsets', 'user group meetup', 'RMA process', 'CSV export of run logs', 'Ubuntu 24.04 install'], 'tp', m.stream * 1000 + m.id / 15)
  ELSE fixture_gen.pick(ARRAY['announcements', 'Q3 planning', 'brand refresh', 'trade fair SLAS Europe', 'expenses', 'laptop refresh', 'VPN issues', 'phishing reports', 'pentest 2024',
       'supplier delays', 'QC failures batch ' || (m.id / 100), 'SOC 2 audit'], 'tp', m.stream * 1000 + m.id / 35) END, 60)
FROM zgen.x x, zgen.p pa WHERE x.id = m.id AND pa.i = m.a;
UPDATE zgen.m SET subject = left('✔ ' || subject, 60) WHERE mtype = 2;

-- Attachments of the messages whose template uploads a file, then uploads
-- that never made it into a message.
CREATE TABLE zgen.att AS
SELECT row_number() OVER (ORDER BY m.id)::int AS k, m.id AS mid, m.sender AS owner, m.realm, m.sent,
       replace(replace(t.fname, '{n}', x.fname), '{s}', coalesce(s.first || '_' || s.last, 'upload')) AS fname0
FROM zgen.m m JOIN zgen.tpl t ON t.k = m.tpl JOIN zgen.x x ON x.id = m.id JOIN zgen.p s ON s.i = m.sender WHERE t.fname IS NOT NULL AND m.mtype = 1;
UPDATE zgen.att SET fname0 = replace(replace(fname0, '{K}', (10 + mid % 18)::text), '{q}', (1 + mid % 4)::text);
INSERT INTO zgen.att
SELECT (SELECT max(k) FROM zgen.att) + j, NULL, 7 + fixture_gen.n('aow', j, 1000), 2, timestamptz '2023-02-01 00:00:00+00' + j * interval '4 days 7 hours',
       fixture_gen.pick(ARRAY['Expense_report_' || p.first || '_' || p.last || '.xlsx', 'IMG_' || (4000 + j) || '.HEIC', 'contract_draft_v' || (j % 5) || '.docx', 'Reference_letter_' || p.last || '.pdf',
         'Screenshot from 2024-02-' || (10 + j % 18) || ' 09-14-22.png', 'notes.txt', p.first || '_' || p.last || '_bank_details.pdf'], 'afn', j)
FROM generate_series(1, 90) j JOIN zgen.p p ON p.i = 7 + fixture_gen.n('aow', j, 1000);
ALTER TABLE zgen.att ADD COLUMN path_id text;
UPDATE zgen.att SET path_id = realm || '/' || to_hex(fixture_gen.n('aph', k, 256)) || '/' || zgen.b64url('apid', k, 18) || '/' || regexp_replace(fname0, '\s+', '-', 'g');

-- Content: the template with its placeholders filled, mentions carrying the
-- user id (rendered from it; written without it unless names collide).
CREATE TABLE zgen.mc AS
SELECT m.id,
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t.md,
    '{A}', '@**' || pa.full_name || '|' || pa.i || '**'), '{B}', '@**' || pb.full_name || '|' || pb.i || '**'), '{a}', pa.first), '{s}', coalesce(ps.first, '')),
    '{N}', x.full_name), '{Q}', x.phone), '{M}', x.email), '{P}', coalesce(ps.phone, '')), '{E}', pa.delivery_email), '{S}', CASE WHEN strpos(t.md, '{S}') > 0 THEN zgen.home(ps.c, 'hm', ps.i) ELSE '' END),
    '{C}', CASE WHEN strpos(t.md, '{C}') = 0 THEN '' ELSE fixture_gen.pick(ARRAY['Berlin', 'Bengaluru', 'Toronto', 'Lagos', 'Osaka', 'São Paulo', 'Boston', 'Basel', 'Cambridge'], 'mcc', m.id) END),
    '{J}', CASE WHEN strpos(t.md, '{J}') = 0 THEN '' ELSE fixture_gen.pick(ARRAY['Senior Firmware Engineer', 'Field Service Engineer', 'Account Executive', 'QA Analyst', 'Product Designer', 'Data Scientist', 'Technical Writer', 'Site Reliability Engineer'], 'mj', m.id) END),
    '{U}', CASE WHEN strpos(t.md, '{U}') = 0 THEN '' ELSE fixture_gen.pick(ARRAY['https://grafana.tessellate-labs.example/d/orch-latency?orgId=1&from=now-24h', 'https://github.com/tessellate/orchestrator/pull/' || (3000 + m.id % 900),
       'https://wiki.tessellate-labs.example/display/ENG/Runbooks', 'https://docs.google.com/document/d/' || zgen.b64url('gd', m.id, 33) || '/edit', 'https://ci.tessellate-labs.example/job/hil-nightly/' || (4000 + m.id)], 'mu', m.id) END),
    '{G}', CASE WHEN strpos(t.md, '{G}') = 0 THEN '' ELSE 'https://meet.tessellate-labs.example/' || lower(zgen.rnd('meet', m.id, 10)) END), '{K}', (10 + m.id % 80)::text), '{T}', (9 + m.id % 8)::text || ':30'),
    '{h}', substr(md5('sha' || m.id), 1, 7)) AS raw,
  t.fname IS NOT NULL AS has_file
FROM zgen.m m JOIN zgen.tpl t ON t.k = m.tpl JOIN zgen.x x ON x.id = m.id JOIN zgen.p pa ON pa.i = m.a JOIN zgen.p pb ON pb.i = m.b JOIN zgen.p ps ON ps.i = m.sender;
UPDATE zgen.mc c SET raw = replace(c.raw, '{F}', '[' || a.fname0 || '](/user_uploads/' || a.path_id || ')') FROM zgen.att a WHERE a.mid = c.id;
UPDATE zgen.mc c SET has_file = false, raw = '@_**' || p.full_name || '|' || p.i || '** has marked this topic as resolved.' FROM zgen.m m JOIN zgen.p p ON p.i = m.a WHERE m.id = c.id AND m.mtype = 2;
-- Widgets: polls and to-do lists.
UPDATE zgen.mc c SET has_file = false, raw = E'/poll Where should we go for the team dinner?\nBiergarten on the river\nSushi place near the office\nThe Lebanese place' FROM zgen.m m WHERE m.id = c.id AND m.mtype = 1 AND m.realm = 2 AND m.id % 97 = 11;
UPDATE zgen.mc c SET has_file = false, raw = '/todo' FROM zgen.m m WHERE m.id = c.id AND m.mtype = 1 AND m.realm = 2 AND m.id % 97 = 50;

-- Final Markdown, HTML and edit history. One message in fourteen was edited:
-- some to take out a private number, the rest to fix a typo; one stream
-- message in thirty-one had its topic renamed.
CREATE TABLE zgen.mf AS
SELECT c.id, c.has_file,
       CASE WHEN m.mtype = 2 OR c.id % 6 = 0 THEN c.raw ELSE regexp_replace(c.raw, '(@_?\*\*[^*|]+)\|[0-9]+\*\*', '\1**', 'g') END AS content,
       zgen.render(c.raw) || CASE WHEN c.has_file AND a.fname0 ~* '\.(png|jpe?g)$' THEN '<div class="message_inline_image"><a href="/user_uploads/' || a.path_id || '" title="' || a.fname0 || '"><img src="/user_uploads/' || a.path_id || '"></a></div>' ELSE '' END AS rendered,
       CASE WHEN m.mtype = 1 AND c.id % 14 = 6 AND ps.kind <> 'bot' THEN CASE WHEN c.id % 28 = 6 AND ps.phone IS NOT NULL AND c.raw LIKE '%@**%' THEN c.raw || ' (private: ' || ps.phone || ', evenings only)' ELSE regexp_replace(c.raw, '\m(the|and)\M', 'teh') END END AS prev_raw,
       CASE WHEN m.rtype = 2 AND m.mtype = 1 AND c.id % 31 = 2 THEN fixture_gen.pick(ARRAY['misc', 'question', 'help!!', 'follow-up', 'stuff for friday'], 'ptop', c.id) END AS prev_topic,
       m.subject, m.sent, m.sender, c.raw ~ 'https?://' OR c.has_file AS has_link, c.has_file AND a.fname0 ~* '\.(png|jpe?g)$' AS has_image
FROM zgen.mc c JOIN zgen.m m ON m.id = c.id LEFT JOIN zgen.p ps ON ps.i = m.sender LEFT JOIN zgen.att a ON a.mid = c.id AND c.has_file;
ALTER TABLE zgen.mf ADD COLUMN edit_history text, ADD COLUMN last_edit timestamptz;
UPDATE zgen.mf SET last_edit = sent + make_interval(secs => 40 + fixture_gen.n('led', id, 3000)) WHERE prev_raw IS NOT NULL OR prev_topic IS NOT NULL;
UPDATE zgen.mf SET edit_history = jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('user_id', sender, 'timestamp', extract(epoch FROM last_edit)::bigint,
    'prev_content', CASE WHEN prev_raw IS NOT NULL THEN regexp_replace(prev_raw, '(@_?\*\*[^*|]+)\|[0-9]+\*\*', '\1**', 'g') END,
    'prev_rendered_content', CASE WHEN prev_raw IS NOT NULL THEN zgen.render(prev_raw) END, 'prev_rendered_content_version', CASE WHEN prev_raw IS NOT NULL THEN 1 END,
    'prev_topic', prev_topic, 'topic', CASE WHEN prev_topic IS NOT NULL THEN subject END)))::text
WHERE last_edit IS NOT NULL;
-- Deleted messages (moved to the archive): one in seventeen.
CREATE TABLE zgen.arch AS SELECT id FROM zgen.m WHERE id % 17 = 9 AND mtype = 1;

CREATE TABLE zerver_message (
    id serial PRIMARY KEY, subject varchar(60) NOT NULL, content text NOT NULL, rendered_content text, rendered_content_version integer,
    date_sent timestamptz NOT NULL, sending_client_id integer NOT NULL, last_edit_time timestamptz, edit_history text, has_attachment boolean NOT NULL,
    has_image boolean NOT NULL, has_link boolean NOT NULL, search_tsvector tsvector, recipient_id integer NOT NULL, sender_id integer NOT NULL,
    realm_id integer NOT NULL, type smallint NOT NULL
);
INSERT INTO zerver_message
SELECT m.id, m.subject, f.content, f.rendered, 1, m.sent, m.client, f.last_edit, f.edit_history, f.has_file, f.has_image, f.has_link,
       to_tsvector('english', m.subject || ' ' || regexp_replace(f.rendered, '<[^>]+>', ' ', 'g')), m.recipient, m.sender, m.realm, m.mtype
FROM zgen.m m JOIN zgen.mf f ON f.id = m.id WHERE m.id NOT IN (SELECT id FROM zgen.arch) ORDER BY m.id;
UPDATE zerver_stream s SET first_message_id = x.mn FROM (SELECT recipient_id, min(id) AS mn FROM zerver_message GROUP BY recipient_id) x WHERE x.recipient_id = s.recipient_id;
UPDATE zerver_userprofile u SET last_active_message_id = x.mx FROM (SELECT sender_id, max(id) AS mx FROM zerver_message GROUP BY sender_id) x WHERE x.sender_id = u.id;

CREATE TABLE zerver_archivetransaction (id serial PRIMARY KEY, "timestamp" timestamptz NOT NULL, restored boolean NOT NULL, type smallint NOT NULL, realm_id integer);
INSERT INTO zerver_archivetransaction SELECT k, timestamptz '2023-01-12 04:00:00+00' + k * interval '7 days 3 hours', k % 23 = 0, CASE WHEN k % 4 = 0 THEN 1 ELSE 2 END, CASE WHEN k % 9 = 0 THEN 3 ELSE 2 END FROM generate_series(1, 80) k;
CREATE TABLE zerver_archivedmessage (
    id integer PRIMARY KEY, subject varchar(60) NOT NULL, content text NOT NULL, rendered_content text, rendered_content_version integer,
    date_sent timestamptz NOT NULL, sending_client_id integer NOT NULL, last_edit_time timestamptz, edit_history text, has_attachment boolean NOT NULL,
    has_image boolean NOT NULL, has_link boolean NOT NULL, recipient_id integer NOT NULL, sender_id integer NOT NULL, realm_id integer NOT NULL,
    type smallint NOT NULL, archive_transaction_id integer NOT NULL
);
INSERT INTO zerver_archivedmessage
SELECT m.id, m.subject, f.content, f.rendered, 1, m.sent, m.client, f.last_edit, f.edit_history, f.has_file, f.has_image, f.has_link, m.recipient, m.sender, m.realm, m.mtype,
       least(80, 1 + (extract(epoch FROM m.sent - timestamptz '2023-01-09 00:00:00+00') / 615600)::int)
FROM zgen.m m JOIN zgen.mf f ON f.id = m.id WHERE m.id IN (SELECT id FROM zgen.arch) ORDER BY m.id;
UPDATE zerver_archivedmessage SET archive_transaction_id = 1 + id % 80 WHERE archive_transaction_id < 1;

-- Per-user message rows: the sender, the other party of a DM, the members of
-- a group DM, and for stream messages the mentioned colleague and three readers.
CREATE TABLE zerver_usermessage (id bigserial PRIMARY KEY, user_profile_id integer NOT NULL, message_id integer NOT NULL, flags bigint NOT NULL, UNIQUE (user_profile_id, message_id));
INSERT INTO zerver_usermessage (user_profile_id, message_id, flags)
SELECT DISTINCT ON (message_id, u) u, message_id, flags FROM (
  SELECT z.sender AS u, m.id AS message_id, 1 + CASE WHEN z.rtype <> 2 THEN 2048 ELSE 0 END AS flags, 0 AS o FROM zerver_message m JOIN zgen.m z ON z.id = m.id
  UNION ALL SELECT z.recipient, z.id, CASE WHEN z.id % 5 = 0 THEN 0 ELSE 1 END + 2048, 1 FROM zgen.m z JOIN zerver_message m ON m.id = z.id WHERE z.rtype = 1
  UNION ALL SELECT h.mem, z.id, CASE WHEN (z.id + h.mem) % 4 = 0 THEN 0 ELSE 1 END + 2048, 1 FROM zgen.m z JOIN zerver_message m ON m.id = z.id JOIN zgen.hud hh ON hh.h = z.recipient - 3000, unnest(hh.members) h(mem) WHERE z.rtype = 3
  UNION ALL SELECT z.a, z.id, 1 + 8, 1 FROM zgen.m z JOIN zerver_message m ON m.id = z.id WHERE z.rtype = 2 AND m.content LIKE '%@**%'
  UNION ALL SELECT CASE WHEN z.realm = 2 THEN 7 + fixture_gen.n('umr' || r, z.id, 1000) ELSE 1031 + fixture_gen.n('umr' || r, z.id, 370) END, z.id,
         CASE WHEN (z.id + r) % 6 = 0 THEN 0 WHEN (z.id + r) % 29 = 0 THEN 3 ELSE 1 END + CASE WHEN m.content LIKE '%@**all**%' THEN 16 ELSE 0 END, 2
  FROM zgen.m z JOIN zerver_message m ON m.id = z.id, generate_series(1, 3) r WHERE z.rtype = 2
) x ORDER BY message_id, u, o;

CREATE TABLE zerver_attachment (
    id serial PRIMARY KEY, file_name text NOT NULL, path_id text NOT NULL UNIQUE, create_time timestamptz NOT NULL, owner_id integer NOT NULL,
    realm_id integer NOT NULL, is_realm_public boolean, is_web_public boolean, size integer NOT NULL, content_type text
);
INSERT INTO zerver_attachment
SELECT a.k, a.fname0, a.path_id, coalesce(a.sent - interval '20 seconds', a.sent), a.owner, a.realm,
       CASE WHEN a.mid IS NULL THEN false ELSE z.rtype = 2 AND z.stream NOT IN (19, 20, 21, 34, 35, 54) END,
       CASE WHEN a.mid IS NULL THEN false ELSE z.realm = 3 END,
       CASE WHEN a.fname0 ~* '\.pdf$' THEN 80000 + fixture_gen.n('asz', a.k, 2400000) ELSE 40000 + fixture_gen.n('asz', a.k, 5200000) END,
       CASE WHEN a.fname0 ~* '\.pdf$' THEN 'application/pdf' WHEN a.fname0 ~* '\.png$' THEN 'image/png' WHEN a.fname0 ~* '\.jpe?g$' THEN 'image/jpeg' WHEN a.fname0 ~* '\.heic$' THEN 'image/heic'
            WHEN a.fname0 ~* '\.xlsx$' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN a.fname0 ~* '\.docx$' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            WHEN a.fname0 ~* '\.txt$' THEN 'text/plain' END
FROM zgen.att a LEFT JOIN zgen.m z ON z.id = a.mid ORDER BY a.k;
CREATE TABLE zerver_attachment_messages (id serial PRIMARY KEY, attachment_id integer NOT NULL, message_id integer NOT NULL, UNIQUE (attachment_id, message_id));
INSERT INTO zerver_attachment_messages (attachment_id, message_id) SELECT a.k, a.mid FROM zgen.att a JOIN zerver_message m ON m.id = a.mid ORDER BY a.k;

CREATE TABLE zerver_reaction (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL, message_id integer NOT NULL, emoji_name text NOT NULL, reaction_type varchar(30) NOT NULL,
    emoji_code text NOT NULL, UNIQUE (user_profile_id, message_id, reaction_type, emoji_code)
);
INSERT INTO zerver_reaction (user_profile_id, message_id, emoji_name, reaction_type, emoji_code)
SELECT DISTINCT ON (u, mid, e.code) u, mid, e.name, e.rt, e.code FROM (
  SELECT m.id AS mid, CASE WHEN m.realm_id = 2 THEN 7 + fixture_gen.n('rxu', k, 1000) ELSE 1031 + fixture_gen.n('rxu', k, 370) END AS u, fixture_gen.n('rxe', k, 13) AS ei, k
  FROM generate_series(1, 3000) k JOIN zerver_message m ON m.id = 1 + fixture_gen.n('rxm', k, 7000) WHERE m.type = 1) x
JOIN (VALUES (0, '+1', '1f44d', 'unicode_emoji'), (1, 'tada', '1f389', 'unicode_emoji'), (2, 'heart', '2764', 'unicode_emoji'), (3, 'joy', '1f602', 'unicode_emoji'),
  (4, 'eyes', '1f440', 'unicode_emoji'), (5, 'check', '2714', 'unicode_emoji'), (6, 'rocket', '1f680', 'unicode_emoji'), (7, 'pray', '1f64f', 'unicode_emoji'),
  (8, 'working_on_it', '1f6e0', 'unicode_emoji'), (9, 'shipit', '3', 'realm_emoji'), (10, 'lgtm', '2', 'realm_emoji'), (11, 'zulip', 'zulip', 'zulip_extra_emoji'), (12, '+1', '1f44d', 'unicode_emoji')) e(i, name, code, rt) ON e.i = x.ei
ORDER BY u, mid, e.code, k;

-- Widgets' submessages: the poll's setup, votes and a new option; the to-do
-- list's tasks (some with a name and a phone in the description) and strikes.
CREATE TABLE zerver_submessage (id serial PRIMARY KEY, message_id integer NOT NULL, sender_id integer NOT NULL, msg_type text NOT NULL, content text NOT NULL);
INSERT INTO zerver_submessage (message_id, sender_id, msg_type, content)
SELECT m.id, s.u, 'widget', s.content FROM zerver_message m JOIN zgen.m z ON z.id = m.id
CROSS JOIN LATERAL (
  SELECT 0 AS o, m.sender_id AS u, CASE WHEN m.content LIKE '/poll%' THEN '{"widget_type": "poll", "extra_data": {"question": "Where should we go for the team dinner?", "options": ["Biergarten on the river", "Sushi place near the office", "The Lebanese place"]}}'
         ELSE '{"widget_type": "todo", "extra_data": null}' END AS content
  UNION ALL SELECT r, 7 + fixture_gen.n('pv', m.id * 10 + r, 1000), '{"type": "vote", "key": "canned,' || fixture_gen.n('pvk', m.id * 10 + r, 3) || '", "vote": 1}' FROM generate_series(1, 6) r WHERE m.content LIKE '/poll%'
  UNION ALL SELECT 7, 7 + fixture_gen.n('pvo', m.id, 1000), '{"type": "new_option", "idx": 1, "option": "' || fixture_gen.pick(ARRAY['Ramen bar', 'Pizza in the park', 'Korean BBQ', 'Dim sum'], 'pvo', m.id) || '"}' WHERE m.content LIKE '/poll%'
  UNION ALL SELECT r, m.sender_id, jsonb_build_object('type', 'new_task', 'key', r, 'completed', false,
         'task', (ARRAY['Book the venue', 'Order the cake', 'Collect money for the gift', 'Send invites', 'Arrange the taxi back', 'Print badges'])[r],
         'desc', CASE r WHEN 1 THEN 'call ' || x.full_name || ' at ' || x.phone WHEN 3 THEN 'PayPal to ' || pa.delivery_email WHEN 5 THEN 'pickup at ' || zgen.home(pa.c, 'tdh', m.id) ELSE '' END)::text
  FROM generate_series(1, 6) r, zgen.x x, zgen.p pa WHERE m.content = '/todo' AND x.id = m.id AND pa.i = z.a
  UNION ALL SELECT 10 + r, m.sender_id, '{"type": "strike", "key": "' || r || ',' || m.sender_id || '"}' FROM generate_series(1, 3) r WHERE m.content = '/todo'
) s WHERE m.content LIKE '/poll%' OR m.content = '/todo' ORDER BY m.id, s.o;

-- ---------------------------------------------------------------------------
-- Custom profile fields and their values.

-- orcid: an ORCID iD with its ISO 7064 mod 11-2 check character.
CREATE FUNCTION zgen.orcid(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text := '000' || (1 + fixture_gen.n(tag || 'o', i, 3))::text || fixture_gen.digits(tag, i, 11);
  t int := 0;
  r int;
BEGIN
  FOR k IN 1..15 LOOP t := (t + substr(d, k, 1)::int) * 2; END LOOP;
  r := (12 - t % 11) % 11;
  d := d || CASE WHEN r = 10 THEN 'X' ELSE r::text END;
  RETURN substr(d, 1, 4) || '-' || substr(d, 5, 4) || '-' || substr(d, 9, 4) || '-' || substr(d, 13, 4);
END $$;

CREATE TABLE zerver_customprofilefield (
    id serial PRIMARY KEY, realm_id integer NOT NULL, name varchar(40) NOT NULL, hint varchar(80) NOT NULL, field_type smallint NOT NULL,
    field_data text NOT NULL, "order" integer NOT NULL, display_in_profile_summary boolean NOT NULL, UNIQUE (realm_id, name)
);
INSERT INTO zerver_customprofilefield VALUES
  (1, 2, 'Phone number', 'Mobile, with country code', 1, '', 1, true),
  (2, 2, 'Birthday', '', 4, '', 2, false),
  (3, 2, 'Pronouns', 'What pronouns should people use to refer to you?', 8, '', 3, true),
  (4, 2, 'GitHub', '', 7, '{"subtype": "github"}', 4, false),
  (5, 2, 'Manager', '', 6, '', 5, true),
  (6, 2, 'Office', '', 3, '{"0": {"text": "Berlin", "order": "1"}, "1": {"text": "Bengaluru", "order": "2"}, "2": {"text": "Toronto", "order": "3"}, "3": {"text": "Lagos", "order": "4"}, "4": {"text": "Osaka", "order": "5"}, "5": {"text": "S\u00e3o Paulo", "order": "6"}, "6": {"text": "Remote", "order": "7"}}', 6, true),
  (7, 2, 'Emergency contact', 'Name and phone number of someone we can call', 1, '', 7, false),
  (8, 2, 'About me', 'What you work on, what people can ask you about', 2, '', 8, false),
  (9, 2, 'Start date', '', 4, '', 9, false),
  (10, 2, 'Personal website', '', 5, '', 10, false),
  (11, 3, 'Institution', 'University, company or lab', 1, '', 1, true),
  (12, 3, 'Mastodon', '', 7, '{"subtype": "custom", "url_pattern": "https://fosstodon.org/@%(username)s"}', 2, false),
  (13, 3, 'Research area', '', 1, '', 3, false),
  (14, 3, 'ORCID iD', 'For example 0000-0002-1825-0097', 1, '', 4, false);

CREATE TABLE zgen.cpv (field int, u int, value text);
INSERT INTO zgen.cpv
SELECT 1, i, phone FROM zgen.p WHERE kind = 'staff' AND i % 10 < 7
UNION ALL SELECT 2, i, to_char(date '1962-01-01' + fixture_gen.n('bday', i, 365 * 40), 'YYYY-MM-DD') FROM zgen.p WHERE kind = 'staff' AND i % 5 IN (1, 3)
UNION ALL SELECT 3, i, fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'he/they', 'she/they', 'er/ihm', 'sie/ihr', 'ele/dele', 'ela/dela'], 'prn', i) FROM zgen.p WHERE kind = 'staff' AND i % 2 = 0
UNION ALL SELECT 4, i, CASE fixture_gen.n('ghu', i, 4) WHEN 0 THEN zgen.fold(first) || '-' || zgen.fold(last) WHEN 1 THEN substr(zgen.fold(first), 1, 1) || zgen.fold(last)
         WHEN 2 THEN zgen.fold(first) || zgen.fold(last) || (i % 100) ELSE zgen.fold(last) || '-dev' END FROM zgen.p WHERE kind = 'staff' AND i % 20 < 9
UNION ALL SELECT 5, i, '[' || CASE WHEN i <= 25 THEN 7 ELSE 10 + fixture_gen.n('mgr', i / 12, 31) END || ']' FROM zgen.p WHERE kind = 'staff' AND i > 7 AND i % 10 <> 9
UNION ALL SELECT 6, i, CASE office WHEN 'Berlin' THEN '0' WHEN 'Bengaluru' THEN '1' WHEN 'Toronto' THEN '2' WHEN 'Lagos' THEN '3' WHEN 'Osaka' THEN '4' WHEN 'São Paulo' THEN '5' ELSE '6' END FROM zgen.p WHERE kind = 'staff' AND i % 7 <> 3
UNION ALL SELECT 7, p.i, CASE WHEN p.i % 3 = 0 THEN e.first || ' ' || p.last ELSE e.first || ' ' || e.last END || ' (' || fixture_gen.pick(ARRAY['wife', 'husband', 'partner', 'mother', 'father', 'sister', 'brother'], 'emr', p.i) || ') ' || zgen.phone(p.c, 'emph', p.i)
  FROM zgen.p p JOIN zgen.nm e ON e.c = p.c AND e.k = 1 + fixture_gen.n('emf', p.i, 8) WHERE p.kind = 'staff' AND p.i % 4 = 1
UNION ALL SELECT 8, i, fixture_gen.pick(ARRAY[
    'Firmware engineer on the pipetting head. Before Tessellate I spent six years at an automotive supplier. Ask me about CAN bus and stepper drivers.',
    'I run the field service team for EMEA. If a robot is down at a customer site, I am probably already on the phone.',
    'Backend, mostly the scheduler. Cyclist, amateur baker, father of two. Mornings are for deep work, please DM after 11.',
    'Product designer. I like talking to lab technicians more than to engineers (sorry).',
    'Account executive for APAC, based in Osaka. Japanese, English, some Korean.',
    'QA lead. Hardware-in-the-loop rigs are my babies. Working part-time (Mon-Thu) since my return from parental leave.',
    'People team: payroll, benefits, visas. For anything confidential email me instead of posting here.',
    'Data scientist, run analytics and the customer health score. Previously a postdoc in structural biology at EMBL.',
    'Manufacturing engineer at the Toronto assembly line. Usually on the floor, reach me on my mobile: ' || phone || '.',
    'Site reliability. On call every fourth week; my backup is in the #**devops** stream topic "on-call handover".'], 'bio', i)
  FROM zgen.p WHERE kind = 'staff' AND i % 10 IN (2, 5, 8)
UNION ALL SELECT 9, i, to_char(joined + interval '2 days', 'YYYY-MM-DD') FROM zgen.p WHERE kind = 'staff' AND i % 5 <> 4
UNION ALL SELECT 10, i, 'https://' || zgen.fold(first) || zgen.fold(last) || fixture_gen.pick(ARRAY['.dev', '.me', '.io', '.github.io'], 'pws', i) FROM zgen.p WHERE kind = 'staff' AND i % 11 = 7
UNION ALL SELECT 11, i, fixture_gen.pick(ARRAY['Karolinska Institutet', 'University of Basel', 'Helix Bio GmbH', 'RIKEN Center for Biosystems Dynamics Research', 'Instituto Butantan', 'IISc Bangalore',
         'University of Toronto, Dept. of Biochemistry', 'NovaGen Pharma', 'Inserm U1016', 'Seoul National University', 'University of Lagos, College of Medicine', 'self-employed consultant'], 'inst', i) FROM zgen.p WHERE realm = 3 AND i % 3 <> 0
UNION ALL SELECT 12, i, zgen.fold(first) || CASE WHEN i % 2 = 0 THEN '_' || zgen.fold(last) ELSE '' END FROM zgen.p WHERE realm = 3 AND i % 9 = 4
UNION ALL SELECT 13, i, fixture_gen.pick(ARRAY['protein crystallography', 'high-throughput screening', 'qPCR assay development', 'synthetic biology', 'cell culture automation', 'NGS library prep', 'ELISA'], 'res', i) FROM zgen.p WHERE realm = 3 AND i % 4 = 1
UNION ALL SELECT 14, i, zgen.orcid('orc', i) FROM zgen.p WHERE realm = 3 AND i % 6 = 5;

CREATE TABLE zerver_customprofilefieldvalue (
    id serial PRIMARY KEY, field_id integer NOT NULL, user_profile_id integer NOT NULL, value text NOT NULL, rendered_value text, UNIQUE (user_profile_id, field_id)
);
INSERT INTO zerver_customprofilefieldvalue (field_id, user_profile_id, value, rendered_value)
SELECT v.field, v.u, v.value, CASE WHEN f.field_type IN (1, 2) THEN zgen.render(v.value) END
FROM zgen.cpv v JOIN zerver_customprofilefield f ON f.id = v.field ORDER BY v.u, v.field;
UPDATE zerver_customprofilefieldvalue SET rendered_value = replace(rendered_value, '#**devops**', '<a class="stream" data-stream-id="8" href="/#narrow/stream/8-devops">#devops</a>') WHERE rendered_value LIKE '%#**devops**%';

-- ---------------------------------------------------------------------------
-- Realm configuration: emoji, linkifiers, code playgrounds.

CREATE TABLE zerver_realmemoji (
    id serial PRIMARY KEY, realm_id integer NOT NULL, author_id integer, name text NOT NULL, file_name text, deactivated boolean NOT NULL, is_animated boolean NOT NULL
);
INSERT INTO zerver_realmemoji VALUES (1, 2, 31, 'tessellate', '1.png', false, false), (2, 2, 44, 'lgtm', '2.png', false, false), (3, 2, 44, 'shipit', '3.png', false, false),
  (4, 2, 96, 'partyparrot', '4.gif', false, true), (5, 2, 63, 'thisisfine', '5.png', false, false), (6, 2, 212, 'rig_on_fire', '6.png', false, false),
  (7, 2, 212, 'berlin_bear', '7.png', false, false), (8, 2, 150, 'osaka_castle', '8.png', false, false), (9, 2, 71, 'old_logo', '9.png', true, false),
  (10, 2, 85, 'blobwave', '10.gif', false, true), (11, 3, 1031, 'tessellate', '11.png', false, false), (12, 3, 1034, 'pipette', '12.png', false, false),
  (13, 3, 1034, 'eppi', '13.png', false, false), (14, 2, 301, 'merged', '14.png', false, false), (15, 2, 301, 'reverted', '15.png', false, false);

CREATE TABLE zerver_realmfilter (id serial PRIMARY KEY, realm_id integer NOT NULL, pattern text NOT NULL, url_template text NOT NULL, "order" integer NOT NULL);
INSERT INTO zerver_realmfilter VALUES
  (1, 2, '#(?P<id>[0-9]+)', 'https://github.com/tessellate/orchestrator/issues/{id}', 1),
  (2, 2, 'ORCH-(?P<id>[0-9]+)', 'https://tessellate.atlassian.net/browse/ORCH-{id}', 2),
  (3, 2, 'FW-(?P<id>[0-9]+)', 'https://tessellate.atlassian.net/browse/FW-{id}', 3),
  (4, 2, 'INC-(?P<id>[0-9]+)', 'https://status.tessellate-labs.example/incidents/{id}', 4),
  (5, 2, 'Zendesk #(?P<id>[0-9]+)', 'https://tessellate.zendesk.com/agent/tickets/{id}', 5),
  (6, 2, '(?P<repo>[a-z-]+)#(?P<id>[0-9]+)', 'https://github.com/tessellate/{repo}/pull/{id}', 6),
  (7, 3, 'sdk#(?P<id>[0-9]+)', 'https://github.com/tessellate/tessellate-sdk-python/issues/{id}', 1),
  (8, 3, 'RMA-(?P<id>[0-9]+)', 'https://support.tessellate-labs.example/rma/{id}', 2);

CREATE TABLE zerver_realmplayground (id serial PRIMARY KEY, realm_id integer NOT NULL, name text NOT NULL, pygments_language varchar(40) NOT NULL, url_template text NOT NULL);
INSERT INTO zerver_realmplayground VALUES (1, 2, 'Rust playground', 'Rust', 'https://play.rust-lang.org/?edition=2021&code={code}'),
  (2, 2, 'Go playground', 'Go', 'https://go.dev/play/?code={code}'), (3, 3, 'Python Tutor', 'Python', 'https://pythontutor.com/visualize.html#code={code}');

-- ---------------------------------------------------------------------------
-- The realm audit log. extra_data keys "1" and "2" are the old and new
-- values; "10" the role counts.
CREATE TABLE zerver_realmauditlog (
    id serial PRIMARY KEY, realm_id integer, acting_user_id integer, modified_user_id integer, modified_stream_id integer, modified_user_group_id integer,
    event_last_message_id integer, event_type smallint NOT NULL, event_time timestamptz NOT NULL, backfilled boolean NOT NULL, extra_data jsonb NOT NULL
);
CREATE TABLE zgen.al (realm int, acting int, modified int, stream int, grp int, lastmsg int, etype int, at timestamptz, backfilled boolean, extra jsonb);
INSERT INTO zgen.al
SELECT p.realm, CASE WHEN p.kind = 'bot' THEN p.bot_owner WHEN p.i % 3 = 0 THEN NULL ELSE CASE WHEN p.realm = 2 THEN 10 + p.i % 16 ELSE 1032 END END, p.i, NULL::int, NULL::int, NULL::int, 101, p.joined, false,
       jsonb_build_object('10', jsonb_build_object('11', jsonb_build_object('100', 3, '200', 16 + p.i % 2, '300', 15, '400', 400 + p.i / 3, '600', 10 + p.i / 40), '12', 20))
FROM zgen.p p WHERE p.realm IN (2, 3)
UNION ALL SELECT realm, CASE WHEN i % 2 = 0 THEN 10 + i % 16 END, i, NULL, NULL, NULL, 103, joined + make_interval(days => 200 + fixture_gen.n('deac', i, 900)), false,
       jsonb_build_object('10', jsonb_build_object('11', jsonb_build_object('100', 3, '200', 16, '300', 15, '400', 880, '600', 40), '12', 22))
FROM zgen.p WHERE NOT active
UNION ALL SELECT realm, i, i, NULL, NULL, NULL, 124, joined + make_interval(days => 30 + fixture_gen.n('fnc', i, 600)), false,
       jsonb_build_object('1', CASE WHEN i % 3 = 0 THEN first || ' ' || (SELECT last FROM zgen.nm WHERE c = p.c AND k = 1 + fixture_gen.n('oldl', p.i, 8)) WHEN i % 3 = 1 THEN lower(full_name) ELSE first END, '2', full_name)
FROM zgen.p p WHERE kind IN ('staff', 'member') AND i % 9 = 2
UNION ALL SELECT realm, CASE WHEN i % 2 = 0 THEN 7 ELSE 12 END, i, NULL, NULL, NULL, 105, joined + make_interval(days => 100 + fixture_gen.n('rlc', i, 500)), false,
       jsonb_build_object('1', 400, '2', role, '10', jsonb_build_object('11', jsonb_build_object('100', 3, '200', 16, '300', 15, '400', 900, '600', 46), '12', 24))
FROM zgen.p WHERE role IN (200, 300) AND i > 9
UNION ALL SELECT realm, i, i, NULL, NULL, NULL, 133, joined + make_interval(days => 10 + fixture_gen.n('usc', i, 700)), false,
       CASE WHEN i % 3 = 0 THEN jsonb_build_object('1', 'UTC', '2', coalesce(nullif(tz, ''), 'Europe/London'), 'property', 'timezone')
            WHEN i % 3 = 1 THEN jsonb_build_object('1', 1, '2', (SELECT visibility FROM zgen.p q WHERE q.i = p.i), 'property', 'email_address_visibility')
            ELSE jsonb_build_object('1', true, '2', false, 'property', 'enable_offline_email_notifications') END
FROM zgen.p p WHERE kind IN ('staff', 'member', 'guest') AND i % 5 = 3
UNION ALL SELECT realm, i, i, NULL, NULL, NULL, CASE WHEN i % 2 = 0 THEN 122 ELSE 127 END, joined + make_interval(days => 5 + fixture_gen.n('pwc', i, 900)), false, '{}'::jsonb
FROM zgen.p WHERE kind IN ('member', 'guest') OR (kind = 'staff' AND i % 4 = 0)
UNION ALL SELECT CASE WHEN s.stream >= 45 THEN 3 ELSE 2 END, s.u, s.u, s.stream, NULL, NULL, 301, p.joined + interval '5 minutes', false, '{}'::jsonb
FROM zgen.sub s JOIN zgen.p p ON p.i = s.u WHERE s.u % 3 = 0
UNION ALL SELECT CASE WHEN s.stream >= 45 THEN 3 ELSE 2 END, s.u, s.u, s.stream, NULL, NULL, 304, p.joined + interval '3 days', false,
       jsonb_build_object('1', '#76ce90', '2', fixture_gen.pick(ARRAY['#e79ab5', '#f4ae55', '#a6c7e5'], 'scc', s.u), 'property', 'color')
FROM zgen.sub s JOIN zgen.p p ON p.i = s.u WHERE s.u % 17 = 0
UNION ALL SELECT 2, 7, NULL, NULL, NULL, NULL, 215, '2019-03-04 08:00:00+00', false, jsonb_build_object('10', jsonb_build_object('11', jsonb_build_object('100', 1, '200', 0, '300', 0, '400', 0, '600', 0), '12', 0), 'how_realm_creator_found_zulip', 'Search engine')
UNION ALL SELECT 3, 1031, NULL, NULL, NULL, NULL, 215, '2021-06-01 09:00:00+00', false, jsonb_build_object('10', jsonb_build_object('11', jsonb_build_object('100', 1, '200', 0, '300', 0, '400', 0, '600', 0), '12', 0))
UNION ALL SELECT 2, 8, NULL, NULL, NULL, NULL, 207, '2020-02-11 10:21:00+00', false, '{"1": false, "2": true, "property": "invite_required"}'::jsonb
UNION ALL SELECT 2, 8, NULL, NULL, NULL, NULL, 207, '2021-05-03 14:02:00+00', false, '{"1": null, "2": 1095, "property": "message_retention_days"}'::jsonb
UNION ALL SELECT 2, 8, NULL, NULL, NULL, NULL, 207, '2022-09-19 08:47:00+00', false, '{"1": "Tessellate", "2": "Tessellate Labs", "property": "name"}'::jsonb
UNION ALL SELECT 2, 7, NULL, NULL, NULL, NULL, 226, '2019-03-04 08:05:00+00', false, '{"realm_domains": [{"domain": "tessellate-labs.example", "allow_subdomains": false}], "added_domain": {"domain": "tessellate-labs.example", "allow_subdomains": false}}'::jsonb
UNION ALL SELECT 2, 8, NULL, NULL, NULL, NULL, 226, '2022-01-10 11:00:00+00', false, '{"realm_domains": [{"domain": "tessellate-labs.example", "allow_subdomains": false}, {"domain": "northbeam-consulting.example", "allow_subdomains": false}], "added_domain": {"domain": "northbeam-consulting.example", "allow_subdomains": false}}'::jsonb
UNION ALL SELECT 2, 31, NULL, 44, NULL, NULL, 602, '2023-12-01 09:00:00+00', false, '{"1": "hackathon", "2": "hackathon-2023"}'::jsonb
UNION ALL SELECT 2, 12, NULL, NULL, g, NULL, 701, timestamptz '2023-06-05 09:00:00+00' + g * interval '1 day', false, '{}'::jsonb FROM generate_series(18, 28) g;
INSERT INTO zerver_realmauditlog (realm_id, acting_user_id, modified_user_id, modified_stream_id, modified_user_group_id, event_last_message_id, event_type, event_time, backfilled, extra_data)
SELECT realm, acting, modified, stream, grp, lastmsg, etype, at, backfilled, extra FROM zgen.al ORDER BY at, modified;

-- ---------------------------------------------------------------------------
-- Activity, presence, statuses.

CREATE TABLE zerver_useractivity (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL, client_id integer NOT NULL, query varchar(50) NOT NULL, count integer NOT NULL,
    last_visit timestamptz NOT NULL, UNIQUE (user_profile_id, client_id, query)
);
INSERT INTO zerver_useractivity (user_profile_id, client_id, query, count, last_visit)
SELECT DISTINCT ON (p.i, c.cl, q.q) p.i, c.cl, q.q, 1 + fixture_gen.n('uac', p.i * 100 + c.cl * 10 + q.k, 40000),
       zgen.cap(p.joined + make_interval(days => 1 + fixture_gen.n('uav', p.i * 100 + c.cl * 10 + q.k, 1800)), 'uavc', p.i * 100 + c.cl * 10 + q.k)
FROM zgen.p p
CROSS JOIN LATERAL (VALUES (CASE WHEN p.kind = 'bot' THEN CASE WHEN p.bot_type = 2 THEN 7 + p.i % 8 ELSE 5 END ELSE 1 END),
  (CASE WHEN p.kind = 'bot' THEN 20 ELSE (ARRAY[3, 4, 17, 6, 3, 4])[1 + fixture_gen.n('uacl', p.i, 6)] END)) c(cl)
CROSS JOIN LATERAL (VALUES (1, '/json/users/me/presence'), (2, '/api/v1/events'), (3, '/json/messages'), (4, '/json/messages/flags'), (5, '/api/v1/register'), (6, '/json/typing'), (7, '/api/v1/messages')) q(k, q)
WHERE p.realm IN (2, 3) AND (p.i + q.k + c.cl) % 3 <> 0 AND (p.active OR q.k < 4)
ORDER BY p.i, c.cl, q.q;

CREATE TABLE zerver_useractivityinterval (id serial PRIMARY KEY, user_profile_id integer NOT NULL, start timestamptz NOT NULL, "end" timestamptz NOT NULL);
INSERT INTO zerver_useractivityinterval (user_profile_id, start, "end")
SELECT u, s, s + make_interval(mins => 15 + fixture_gen.n('uaie', k, 400)) FROM (
  SELECT k, 7 + fixture_gen.n('uaiu', k, 1000) AS u, timestamptz '2024-03-01 06:00:00+00' + make_interval(secs => fixture_gen.n('uais', k, 10000000)) AS s FROM generate_series(1, 4000) k) x
ORDER BY s;

CREATE TABLE zerver_userpresence (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL UNIQUE, realm_id integer NOT NULL, last_connected_time timestamptz, last_active_time timestamptz
);
INSERT INTO zerver_userpresence (user_profile_id, realm_id, last_connected_time, last_active_time)
SELECT i, realm, t, CASE WHEN i % 7 = 0 THEN t - make_interval(mins => fixture_gen.n('upa', i, 3000)) ELSE t - make_interval(secs => fixture_gen.n('upa', i, 600)) END
FROM (SELECT i, realm, zgen.cap(joined + make_interval(days => 3 + fixture_gen.n('upc', i, 1900), secs => fixture_gen.n('upcs', i, 86400)), 'upcc', i) AS t
      FROM zgen.p WHERE kind <> 'bot' AND active) x ORDER BY i;

CREATE TABLE zerver_userstatus (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL UNIQUE, client_id integer NOT NULL, "timestamp" timestamptz NOT NULL, status_text varchar(255) NOT NULL,
    emoji_name text NOT NULL, emoji_code text NOT NULL, reaction_type varchar(30) NOT NULL
);
INSERT INTO zerver_userstatus (user_profile_id, client_id, "timestamp", status_text, emoji_name, emoji_code, reaction_type)
SELECT p.i, CASE WHEN p.i % 3 = 0 THEN 3 ELSE 1 END, timestamptz '2024-05-02 07:00:00+00' + make_interval(secs => fixture_gen.n('ust', p.i, 5000000)), s.txt, s.en, s.ec, 'unicode_emoji'
FROM zgen.p p
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'In a meeting', 'calendar', '1f4c5'), (1, 'Commuting', 'bus', '1f68c'), (2, 'Out sick', 'sick', '1f912'), (3, 'Vacationing', 'palm_tree', '1f334'),
  (4, 'Working remotely', 'house', '1f3e0'), (5, '', '', ''), (6, 'Focus time, DMs muted until 14:00', 'headphones', '1f3a7'),
  (7, 'On parental leave until September. Ask ' || (SELECT full_name FROM zgen.p q WHERE q.i = 7 + fixture_gen.n('usb', p.i, 900)) || ' for anything on the scheduler.', 'baby', '1f476'),
  (8, 'At the customer site in ' || fixture_gen.pick(ARRAY['Basel', 'Stockholm', 'Boston', 'Kobe', 'Campinas'], 'usc', p.i) || ', back Thursday', 'airplane', '2708'),
  (9, 'Dentist 10-12', 'tooth', '1f9b7'), (10, 'On call this week: ' || coalesce(p.phone, ''), 'pager', '1f4df'),
  (11, 'Travelling to Lagos, reachable on WhatsApp ' || zgen.phone('ng', 'usw', p.i), 'airplane', '2708'),
  (12, 'Back on the 3rd, for HR questions email ' || (SELECT delivery_email FROM zgen.p q WHERE q.i = 10 + p.i % 16), 'palm_tree', '1f334'),
  (13, 'Ramadan: online until 16:00', 'crescent_moon', '1f319'), (14, 'Writing docs', 'writing', '270d'), (15, 'Busy', 'no_entry', '26d4')) v(k, txt, en, ec)
  WHERE v.k = fixture_gen.n('usk', p.i, 16)) s
WHERE p.kind IN ('staff', 'guest', 'member') AND p.active AND p.i % 3 <> 1 AND (p.realm = 2 OR p.i % 4 = 0)
ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Scheduled messages and emails, drafts.

CREATE TABLE zerver_scheduledmessage (
    id serial PRIMARY KEY, sender_id integer NOT NULL, recipient_id integer NOT NULL, subject varchar(60) NOT NULL, content text NOT NULL,
    rendered_content text NOT NULL, sending_client_id integer NOT NULL, stream_id integer, realm_id integer NOT NULL, scheduled_timestamp timestamptz NOT NULL,
    read_by_sender boolean NOT NULL, delivered boolean NOT NULL, delivered_message_id integer, has_attachment boolean NOT NULL, delivery_type smallint NOT NULL,
    failed boolean NOT NULL, failure_message text
);
CREATE TABLE zgen.sm AS
SELECT k, 7 + fixture_gen.n('smu', k, 1000) AS sender, 7 + fixture_gen.n('sma', k, 1000) AS a, CASE WHEN k % 4 = 0 THEN NULL ELSE (ARRAY[1, 3, 4, 8, 12, 13, 16, 19, 24, 31, 36])[1 + fixture_gen.n('sms', k, 11)] END AS stream,
       fixture_gen.n('smt', k, 10) AS t, timestamptz '2024-06-03 07:00:00+00' + make_interval(hours => fixture_gen.n('smh', k, 2000)) AS at
FROM generate_series(1, 180) k;
INSERT INTO zerver_scheduledmessage (sender_id, recipient_id, subject, content, rendered_content, sending_client_id, stream_id, realm_id, scheduled_timestamp, read_by_sender, delivered, delivered_message_id, has_attachment, delivery_type, failed, failure_message)
SELECT s.sender, CASE WHEN s.stream IS NULL THEN s.a ELSE 2000 + s.stream END,
       CASE WHEN s.stream IS NULL THEN '' ELSE (ARRAY['reminder', 'weekly update', 'release 4.' || (s.k % 20), 'birthday ' || pa.first, 'welcome ' || pa.first, 'Friday drinks', 'all-hands', 'on-call handover', 'payroll ' || to_char(s.at, 'FMMonth'), 'farewell ' || pa.full_name])[1 + s.t] END,
       c.md, zgen.render(c.md), CASE WHEN s.k % 3 = 0 THEN 3 ELSE 1 END, s.stream, 2, s.at, s.k % 5 <> 0, s.at < timestamptz '2024-06-28 00:00:00+00' AND s.k % 9 <> 0,
       NULL, false, CASE WHEN s.k % 11 = 0 THEN 2 ELSE 1 END, s.k % 9 = 0 AND s.at < timestamptz '2024-06-28 00:00:00+00',
       CASE WHEN s.k % 9 = 0 AND s.at < timestamptz '2024-06-28 00:00:00+00' THEN fixture_gen.pick(ARRAY['Stream does not exist', 'You do not have permission to post in this stream.', 'Message must have recipients'], 'smf', s.k) END
FROM zgen.sm s JOIN zgen.p pa ON pa.i = s.a JOIN zgen.p ps ON ps.i = s.sender
CROSS JOIN LATERAL (SELECT (ARRAY[
  'Reminder: timesheets are due today at 17:00.',
  'Weekly update: scheduler refactor 80 % done, HIL rig 3 back in service, two customer escalations closed.',
  'Release branch is cut. Please only merge fixes with a ticket from now on.',
  'Happy birthday @**' || pa.full_name || '**! :cake:',
  'Welcome @**' || pa.full_name || '** to the team! Your buddy for the first month is @**' || ps.full_name || '**.',
  'Drinks at 18:00 on the roof terrace, bring your badge.',
  'All-hands starts in 10 minutes: https://meet.tessellate-labs.example/all-hands',
  'Handing over on-call to @**' || pa.full_name || '**. Escalation phone this week: ' || coalesce(pa.phone, ''),
  'Payroll runs tomorrow. @**' || pa.full_name || '** the salary goes to ' || fixture_gen.iban_for('smib', s.k) || ' as on file; tell people-ops today if that changed.',
  'Thank you for everything @**' || pa.full_name || '**! Keep in touch: ' || pa.delivery_email])[1 + s.t] AS md) c
ORDER BY s.at;
UPDATE zerver_scheduledmessage s SET content = 'Call the dentist back about the appointment, ' || p.phone, rendered_content = '<p>Call the dentist back about the appointment, ' || p.phone || '</p>', delivery_type = 2, recipient_id = s.sender_id
FROM zgen.p p WHERE p.i = s.sender_id AND s.delivery_type = 2;

-- Emails queued for later: onboarding and digests to users (the users
-- table), invitation reminders to an address. data is the JSON of the
-- send_future_email call, with the recipient's name and an unsubscribe link
-- carrying its confirmation key.
CREATE TABLE zerver_scheduledemail (
    id serial PRIMARY KEY, scheduled_timestamp timestamptz NOT NULL, data text NOT NULL, address varchar(254), type smallint NOT NULL, realm_id integer NOT NULL
);
CREATE TABLE zerver_scheduledemail_users (id serial PRIMARY KEY, scheduledemail_id integer NOT NULL, userprofile_id integer NOT NULL, UNIQUE (scheduledemail_id, userprofile_id));
CREATE TABLE zgen.se AS
SELECT k, CASE WHEN k <= 260 THEN 1 ELSE 3 END AS type, CASE WHEN k <= 260 THEN 1100 + fixture_gen.n('seu', k, 300) END AS u,
       timestamptz '2024-06-20 08:00:00+00' + make_interval(hours => k * 3 + fixture_gen.n('seh', k, 3)) AS at, fixture_gen.n('set', k, 3) AS tp
FROM generate_series(1, 320) k;
INSERT INTO zerver_scheduledemail (id, scheduled_timestamp, data, address, type, realm_id)
SELECT s.k, s.at,
       CASE WHEN s.type = 1 THEN jsonb_build_object('template_prefix', (ARRAY['zerver/emails/onboarding_zulip_topics', 'zerver/emails/onboarding_zulip_guide', 'zerver/emails/onboarding_team_to_zulip'])[1 + s.tp],
              'from_name', NULL, 'from_address', 'noreply@zulip.tessellate-labs.example', 'language', 'en',
              'context', jsonb_build_object('realm_uri', 'https://community.zulip.tessellate-labs.example', 'realm_name', 'Tessellate Community', 'root_domain_uri', 'https://zulip.tessellate-labs.example',
                'external_uri_scheme', 'https://', 'external_host', 'zulip.tessellate-labs.example', 'user_name', p.full_name, 'corporate_enabled', false,
                'unsubscribe_link', 'https://community.zulip.tessellate-labs.example/accounts/unsubscribe/welcome/' || lower(zgen.rnd('unsk', s.k, 24)),
                'organization_type', 'research', 'move_messages_link', 'https://community.zulip.tessellate-labs.example/help/move-content-to-another-topic'))
            ELSE jsonb_build_object('template_prefix', 'zerver/emails/invitation_reminder', 'from_name', 'Tessellate Labs', 'from_address', 'noreply@zulip.tessellate-labs.example', 'language', 'en',
              'context', jsonb_build_object('referrer_name', r.full_name, 'referrer_email', r.delivery_email, 'realm_name', 'Tessellate Labs',
                'activate_url', 'https://team.zulip.tessellate-labs.example/join/' || lower(zgen.rnd('invk', s.k, 24)) || '/', 'corporate_enabled', false)) END::text,
       CASE WHEN s.type = 3 THEN zgen.fold(x.first) || '.' || zgen.fold(x.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'northbeam-consulting.example', 'kodai-design.example', 'icloud.com'], 'sead', s.k) END,
       s.type, CASE WHEN s.type = 1 THEN 3 ELSE 2 END
FROM zgen.se s LEFT JOIN zgen.p p ON p.i = s.u JOIN zgen.p r ON r.i = 10 + s.k % 30
CROSS JOIN LATERAL (SELECT a.first, b.last FROM zgen.nm a, zgen.nm b WHERE a.c = (ARRAY['de', 'in', 'ng', 'br', 'ca', 'fr', 'pl'])[1 + s.k % 7] AND b.c = a.c AND a.k = 1 + s.k % 8 AND b.k = 1 + (s.k / 8) % 8) x
ORDER BY s.k;
INSERT INTO zerver_scheduledemail_users (scheduledemail_id, userprofile_id) SELECT k, u FROM zgen.se WHERE u IS NOT NULL ORDER BY k;

CREATE TABLE zerver_draft (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL, recipient_id integer, topic varchar(255) NOT NULL, content text NOT NULL, last_edit_time timestamptz NOT NULL
);
INSERT INTO zerver_draft (user_profile_id, recipient_id, topic, content, last_edit_time)
SELECT p.i, CASE WHEN k % 3 = 0 THEN q.i ELSE 2000 + (ARRAY[1, 3, 4, 12, 16, 19, 30, 31, 34])[1 + k % 9] END,
       CASE WHEN k % 3 = 0 THEN '' ELSE (ARRAY['release 4.' || (k % 20), 'offer: ' || x.full_name, 'lunch', 'call with ' || x.full_name, 'scheduler refactor', 'parental leave ' || q.first, 'Friday drinks', 'visa letter for ' || q.full_name])[1 + k % 8] END,
       (ARRAY['I think we should revert the lid-delay change until ',
              'Hi @**' || q.full_name || '**, sorry to bother you on your day off, but the customer in Basel',
              'Honestly I''m not sure I can keep doing on-call with the kids, can we talk about',
              'Candidate ' || x.full_name || ' (' || x.phone || ') declined, reason: salary. Next in the pipeline is',
              'My new address for the payroll records is ' || zgen.home(p.c, 'dra', k),
              'Draft release notes: scheduler now honours lid delays; protocol editor supports 384-well plates',
              'Can we move our 1:1? I have a doctor''s appointment at',
              '```' || E'\n' || 'kubectl -n orchestrator rollout restart deploy/scheduler' || E'\n' || '```'])[1 + fixture_gen.n('drc', k, 8)],
       timestamptz '2024-04-01 07:00:00+00' + make_interval(secs => fixture_gen.n('drt', k, 7000000))
FROM generate_series(1, 420) k JOIN zgen.p p ON p.i = 7 + fixture_gen.n('dru', k, 1000) JOIN zgen.p q ON q.i = 7 + fixture_gen.n('drq', k, 1000) JOIN zgen.x x ON x.id = k * 13
ORDER BY k;

-- ---------------------------------------------------------------------------
-- Muting, topics, alert words, onboarding hotspots.

CREATE TABLE zerver_muteduser (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL, muted_user_id integer NOT NULL, date_muted timestamptz NOT NULL, UNIQUE (user_profile_id, muted_user_id)
);
INSERT INTO zerver_muteduser (user_profile_id, muted_user_id, date_muted)
SELECT DISTINCT ON (u, m) u, m, timestamptz '2022-02-01 00:00:00+00' + make_interval(secs => fixture_gen.n('mud', k, 70000000)) FROM (
  SELECT k, CASE WHEN k <= 60 THEN 7 + fixture_gen.n('muu', k, 1000) ELSE 1031 + fixture_gen.n('muu', k, 370) END AS u,
         CASE WHEN k <= 60 THEN 7 + fixture_gen.n('mum', k, 1000) ELSE 1031 + fixture_gen.n('mum', k, 370) END AS m FROM generate_series(1, 110) k) x
WHERE u <> m ORDER BY u, m, k;

CREATE TABLE zerver_usertopic (
    id serial PRIMARY KEY, user_profile_id integer NOT NULL, stream_id integer NOT NULL, recipient_id integer NOT NULL, topic_name varchar(60) NOT NULL,
    last_updated timestamptz NOT NULL, visibility_policy smallint NOT NULL
);
INSERT INTO zerver_usertopic (user_profile_id, stream_id, recipient_id, topic_name, last_updated, visibility_policy)
SELECT DISTINCT ON (u, m.recipient_id, lower(m.subject)) u, m.recipient_id - 2000, m.recipient_id, m.subject, m.date_sent + make_interval(mins => 5 + fixture_gen.n('utt', k, 5000)),
       (ARRAY[1, 1, 3, 3, 3, 2])[1 + fixture_gen.n('utv', k, 6)]
FROM generate_series(1, 900) k JOIN zerver_message m ON m.id = 1 + fixture_gen.n('utm', k, 7000)
CROSS JOIN LATERAL (SELECT CASE WHEN m.realm_id = 2 THEN 7 + fixture_gen.n('utu', k, 1000) ELSE 1031 + fixture_gen.n('utu', k, 370) END AS u) uu
WHERE m.recipient_id BETWEEN 2001 AND 2999 ORDER BY u, m.recipient_id, lower(m.subject), k;

CREATE TABLE zerver_alertword (id serial PRIMARY KEY, realm_id integer NOT NULL, user_profile_id integer NOT NULL, word text NOT NULL, UNIQUE (user_profile_id, word));
INSERT INTO zerver_alertword (realm_id, user_profile_id, word)
SELECT DISTINCT ON (p.i, lower(w.word)) p.realm, p.i, w.word FROM generate_series(1, 700) k
JOIN zgen.p p ON p.i = CASE WHEN k <= 560 THEN 7 + fixture_gen.n('awu', k / 2, 1000) ELSE 1031 + fixture_gen.n('awu', k / 2, 370) END
CROSS JOIN LATERAL (SELECT (ARRAY[p.first, p.last, lower(p.first), p.first || ' ' || left(p.last, 1) || '.', p.first, lower(p.last), p.full_name, 'on-call', 'scheduler', 'payroll', 'rig 3', 'Basel',
  'Helix', 'lid delay', 'pipetting', 'Dr. ' || (ARRAY['Haddad', 'Okonkwo', 'Brandt', 'Tanaka'])[1 + k % 4], 'E-214', 'SDK'])[1 + fixture_gen.n('aww', k, 18)] AS word) w
WHERE p.kind <> 'bot' AND w.word IS NOT NULL ORDER BY p.i, lower(w.word), k;

CREATE TABLE zerver_userhotspot (id serial PRIMARY KEY, user_id integer NOT NULL, hotspot varchar(30) NOT NULL, "timestamp" timestamptz NOT NULL, UNIQUE (user_id, hotspot));
INSERT INTO zerver_userhotspot (user_id, hotspot, "timestamp")
SELECT p.i, h.name, p.joined + make_interval(mins => 3 + h.k * 7 + fixture_gen.n('uht', p.i * 10 + h.k, 3000))
FROM zgen.p p CROSS JOIN (VALUES (1, 'intro_streams'), (2, 'intro_topics'), (3, 'intro_gear'), (4, 'intro_compose'), (5, 'visibility_policy_banner'), (6, 'intro_inbox_view_modal'), (7, 'intro_recent_view_modal')) h(k, name)
WHERE p.kind <> 'bot' AND (p.i + h.k) % 4 <> 0 AND (h.k <= 4 OR p.joined > timestamptz '2023-06-01 00:00:00+00' OR p.i % 2 = 0)
ORDER BY 3;

-- ---------------------------------------------------------------------------
-- Invitations, sign-ups, email changes, confirmations.

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL, UNIQUE (app_label, model));
INSERT INTO django_content_type (id, app_label, model) VALUES (1, 'auth', 'permission'), (2, 'auth', 'group'), (3, 'contenttypes', 'contenttype'), (4, 'sessions', 'session'),
  (5, 'zerver', 'userprofile'), (6, 'zerver', 'realm'), (7, 'zerver', 'stream'), (8, 'zerver', 'message'), (9, 'zerver', 'preregistrationuser'), (10, 'zerver', 'multiuseinvite'),
  (11, 'zerver', 'emailchangestatus'), (12, 'zerver', 'realmreactivationstatus'), (13, 'zerver', 'preregistrationrealm'), (14, 'confirmation', 'confirmation'),
  (15, 'confirmation', 'realmcreationkey'), (16, 'zerver', 'attachment'), (17, 'zerver', 'scheduledemail'), (18, 'otp_static', 'staticdevice'), (19, 'otp_static', 'statictoken'),
  (20, 'otp_totp', 'totpdevice'), (21, 'two_factor', 'phonedevice'), (22, 'social_django', 'usersocialauth'), (23, 'social_django', 'partial'), (24, 'analytics', 'realmcount'),
  (25, 'analytics', 'usercount'), (26, 'zilencer', 'remotezulipserver'), (27, 'zilencer', 'remoterealm'), (28, 'zerver', 'service'), (29, 'zerver', 'customprofilefield'), (30, 'zerver', 'realmauditlog');

CREATE TABLE zerver_multiuseinvite (
    id serial PRIMARY KEY, referred_by_id integer NOT NULL, realm_id integer NOT NULL, invited_as smallint NOT NULL, include_realm_default_subscriptions boolean NOT NULL, status integer NOT NULL
);
INSERT INTO zerver_multiuseinvite SELECT k, CASE WHEN k % 5 = 0 THEN 1031 + k % 5 ELSE 10 + k % 16 END, CASE WHEN k % 5 = 0 THEN 3 ELSE 2 END, CASE WHEN k % 7 = 3 THEN 600 ELSE 400 END, k % 4 <> 0, CASE WHEN k < 18 THEN 2 ELSE 0 END FROM generate_series(1, 26) k;

CREATE TABLE zerver_preregistrationuser (
    id serial PRIMARY KEY, email varchar(254) NOT NULL, full_name varchar(100), full_name_validated boolean NOT NULL, invited_at timestamptz NOT NULL,
    realm_creation boolean NOT NULL, password_required boolean NOT NULL, status integer NOT NULL, realm_id integer, referred_by_id integer,
    invited_as smallint NOT NULL, multiuse_invite_id integer, include_realm_default_subscriptions boolean NOT NULL, notify_referrer_on_join boolean NOT NULL,
    created_user_id integer
);
-- First the accounts of real users (invites for staff, sign-ups in the
-- community), then invitations still open, revoked or expired.
INSERT INTO zerver_preregistrationuser (id, email, full_name, full_name_validated, invited_at, realm_creation, password_required, status, realm_id, referred_by_id, invited_as, multiuse_invite_id, include_realm_default_subscriptions, notify_referrer_on_join, created_user_id)
SELECT row_number() OVER (ORDER BY p.i), p.delivery_email, CASE WHEN p.realm = 2 AND p.i % 3 = 0 THEN p.full_name END, p.realm = 2 AND p.i % 3 = 0, p.joined - make_interval(hours => 2 + fixture_gen.n('pri', p.i, 200)),
       p.i IN (7, 1031), p.realm = 3, 1, p.realm, CASE WHEN p.realm = 2 AND p.i > 9 THEN 10 + p.i % 16 END, p.role,
       CASE WHEN p.realm = 2 AND p.i % 19 = 0 THEN 1 + p.i % 26 END, true, p.i % 5 <> 0, p.i
FROM zgen.p p WHERE p.kind IN ('staff', 'guest', 'member') AND (p.realm = 2 OR p.i % 5 <> 0) AND p.i % 11 <> 6;
DO $$ BEGIN PERFORM setval('zerver_preregistrationuser_id_seq', (SELECT max(id) FROM zerver_preregistrationuser)); END $$;
INSERT INTO zerver_preregistrationuser (email, full_name, full_name_validated, invited_at, realm_creation, password_required, status, realm_id, referred_by_id, invited_as, multiuse_invite_id, include_realm_default_subscriptions, notify_referrer_on_join, created_user_id)
SELECT CASE WHEN g.k % 3 = 0 THEN zgen.fold(a.first) || '.' || zgen.fold(b.last) || '@tessellate-labs.example'
            ELSE zgen.fold(a.first) || zgen.fold(b.last) || (g.k % 90) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.jp', 'gmx.de', 'northbeam-consulting.example', 'uol.com.br'], 'prd', g.k) END,
       CASE WHEN g.k % 4 = 0 THEN a.first || ' ' || b.last END, false, timestamptz '2024-01-08 09:00:00+00' + make_interval(hours => g.k * 26),
       false, g.k % 2 = 0, CASE WHEN g.k % 6 = 0 THEN 2 ELSE 0 END, CASE WHEN g.k % 8 = 0 THEN 3 ELSE 2 END, CASE WHEN g.k % 8 = 0 THEN 1032 ELSE 10 + g.k % 16 END,
       CASE WHEN g.k % 9 = 0 THEN 600 ELSE 400 END, NULL, true, true, NULL
FROM generate_series(1, 160) g(k) JOIN zgen.nm a ON a.c = (ARRAY['de', 'in', 'ng', 'br', 'jp', 'ca', 'pl', 'es', 'fr', 'tr'])[1 + g.k % 10] AND a.k = 1 + (g.k / 10) % 8
JOIN zgen.nm b ON b.c = a.c AND b.k = 1 + (g.k * 3) % 8;

CREATE TABLE zerver_preregistrationuser_streams (id serial PRIMARY KEY, preregistrationuser_id integer NOT NULL, stream_id integer NOT NULL, UNIQUE (preregistrationuser_id, stream_id));
INSERT INTO zerver_preregistrationuser_streams (preregistrationuser_id, stream_id)
SELECT DISTINCT u.id, CASE WHEN u.realm_id = 2 THEN (ARRAY[3, 4, 6, 8, 13, 16, 24, 25, 26, 36])[1 + fixture_gen.n('prs' || j, u.id, 10)] ELSE 46 + j END
FROM zerver_preregistrationuser u, generate_series(1, 2) j WHERE u.id % 3 = 0 ORDER BY 1, 2;

CREATE TABLE zerver_preregistrationrealm (
    id serial PRIMARY KEY, name varchar(40) NOT NULL, org_type smallint NOT NULL, default_language varchar(50) NOT NULL, string_id varchar(40) NOT NULL,
    email varchar(254) NOT NULL, status integer NOT NULL, created_realm_id integer, created_user_id integer
);
INSERT INTO zerver_preregistrationrealm VALUES
  (1, 'Tessellate Community', 3, 'en', 'community', 'olena.kovalenko@tessellate-labs.example', 1, 3, 1031),
  (2, 'Tessellate Field Service', 10, 'en', 'field', 'karim.haddad@tessellate-labs.example', 0, NULL, NULL),
  (3, 'Kestrel Lab Partners', 10, 'en', 'kestrel', 'obinna.nwankwo@tessellate-labs.example', 0, NULL, NULL),
  (4, 'Tessellate Japan', 10, 'ja', 'japan', 'misaki.inoue@tessellate-labs.example', 0, NULL, NULL),
  (5, 'SDK beta testers', 3, 'en', 'beta', 'dylan.campbell@tessellate-labs.example', 1, NULL, NULL),
  (6, 'Vogel Family', 22, 'de', 'vogel', 'tobias.vogel@gmx.de', 0, NULL, NULL),
  (7, 'Hackathon 2023', 10, 'en', 'hack23', 'meera.joshi@tessellate-labs.example', 0, NULL, NULL),
  (8, 'Lagos lab users', 3, 'en', 'lagos-users', 'chioma.okonkwo@unilag.example', 0, NULL, NULL);

CREATE TABLE zerver_emailchangestatus (
    id serial PRIMARY KEY, new_email varchar(254) NOT NULL, old_email varchar(254) NOT NULL, updated_at timestamptz NOT NULL, status integer NOT NULL,
    user_profile_id integer NOT NULL, realm_id integer NOT NULL
);
INSERT INTO zerver_emailchangestatus (new_email, old_email, updated_at, status, user_profile_id, realm_id)
SELECT p.delivery_email, CASE WHEN p.realm = 2 THEN zgen.fold(p.first) || zgen.fold(p.last) || '@tessellate.example'
            ELSE zgen.fold(p.first) || '.' || zgen.fold(p.last) || (p.i % 50) || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'yahoo.com', 'aol.com', 'web.de'], 'eco', p.i) END,
       p.joined + make_interval(days => 20 + fixture_gen.n('ecd', p.i, 600)), CASE WHEN p.i % 4 = 0 THEN 0 ELSE 1 END, p.i, p.realm
FROM zgen.p p WHERE p.kind IN ('staff', 'member') AND p.i % 16 = 5 ORDER BY 3;

CREATE TABLE confirmation_confirmation (
    id serial PRIMARY KEY, object_id integer NOT NULL, date_sent timestamptz NOT NULL, confirmation_key varchar(40) NOT NULL, content_type_id integer NOT NULL,
    type smallint NOT NULL, realm_id integer, expiry_date timestamptz, UNIQUE (type, confirmation_key)
);
INSERT INTO confirmation_confirmation (object_id, date_sent, confirmation_key, content_type_id, type, realm_id, expiry_date)
SELECT obj, sent, fixture_gen.chars('cfk', row_number() OVER (ORDER BY sent, obj), 24, 'abcdefghijklmnopqrstuvwxyz234567'), ct, tp, realm, CASE WHEN tp <> 4 THEN sent + CASE WHEN tp = 6 THEN interval '10 days' ELSE interval '10 days' END END
FROM (
  SELECT id AS obj, invited_at AS sent, 9 AS ct, CASE WHEN referred_by_id IS NULL THEN 1 ELSE 2 END AS tp, realm_id AS realm FROM zerver_preregistrationuser
  UNION ALL SELECT id, timestamptz '2022-01-10 10:00:00+00' + id * interval '19 days', 10, 6, realm_id FROM zerver_multiuseinvite
  UNION ALL SELECT id, updated_at - interval '3 minutes', 11, 3, realm_id FROM zerver_emailchangestatus
  UNION ALL SELECT id, timestamptz '2021-05-20 12:00:00+00' + id * interval '40 days', 13, 7, NULL FROM zerver_preregistrationrealm
  UNION ALL SELECT u, at - interval '1 minute', 5, 4, 3 FROM zgen.se WHERE u IS NOT NULL) x
ORDER BY sent;

CREATE TABLE confirmation_realmcreationkey (id serial PRIMARY KEY, creation_key varchar(40) NOT NULL UNIQUE, date_created timestamptz NOT NULL, presume_email_valid boolean NOT NULL);
INSERT INTO confirmation_realmcreationkey (creation_key, date_created, presume_email_valid)
SELECT fixture_gen.chars('rck', k, 24, 'abcdefghijklmnopqrstuvwxyz234567'), timestamptz '2021-05-18 09:00:00+00' + k * interval '71 days', k % 3 = 0 FROM generate_series(1, 9) k;

-- Reply-by-email addresses of missed-message notifications: mm<32 hex>@.
CREATE TABLE zerver_missedmessageemailaddress (
    id serial PRIMARY KEY, message_id integer NOT NULL, user_profile_id integer NOT NULL, email_token varchar(34) NOT NULL UNIQUE, "timestamp" timestamptz NOT NULL, times_used integer NOT NULL
);
INSERT INTO zerver_missedmessageemailaddress (message_id, user_profile_id, email_token, "timestamp", times_used)
SELECT um.message_id, um.user_profile_id, 'mm' || fixture_gen.hexn('mmt', um.id, 32), m.date_sent + make_interval(mins => 120 + fixture_gen.n('mmts', um.id, 600)), fixture_gen.n('mmu', um.id, 4) / 2
FROM zerver_usermessage um JOIN zerver_message m ON m.id = um.message_id
WHERE um.user_profile_id <> m.sender_id AND (um.flags & 2048 <> 0 OR um.flags & 8 <> 0) AND um.id % 4 = 1 AND m.date_sent > timestamptz '2023-06-01 00:00:00+00'
ORDER BY 4;

-- ---------------------------------------------------------------------------
-- Bots: outgoing webhook and embedded services, their storage and config.

CREATE TABLE zerver_service (id serial PRIMARY KEY, name varchar(100) NOT NULL, base_url text NOT NULL, token text NOT NULL, interface smallint NOT NULL, user_profile_id integer NOT NULL);
INSERT INTO zerver_service (name, base_url, token, interface, user_profile_id) VALUES
  ('standup', 'https://bots.tessellate-labs.example/standup/zulip', zgen.rnd('svct', 1, 32), 1, 1012),
  ('deploy', 'https://deploy:' || zgen.rnd('svcp', 2, 20) || '@ci.tessellate-labs.example/hooks/zulip-deploy', zgen.rnd('svct', 2, 32), 1, 1013),
  ('oncall', 'https://oncall.tessellate-labs.example/api/zulip/outgoing?api_key=' || fixture_gen.hexn('svck', 3, 40), zgen.rnd('svct', 3, 32), 1, 1014),
  ('translate', 'https://translate-bot.tessellate-labs.example/zulip', zgen.rnd('svct', 4, 32), 2, 1021),
  ('triage', 'http://10.20.4.17:8080/zulip-triage', zgen.rnd('svct', 5, 32), 1, 1026),
  ('followup', '', '', 1, 1017), ('incrementor', '', '', 1, 1018), ('vacation', '', '', 1, 1027);

CREATE TABLE zerver_botstoragedata (id serial PRIMARY KEY, bot_profile_id integer NOT NULL, key text NOT NULL, value text NOT NULL, UNIQUE (bot_profile_id, key));
INSERT INTO zerver_botstoragedata (bot_profile_id, key, value)
SELECT 1012, 'standup:' || to_char(date '2024-05-06' + (k / 40) * 7 + (k % 5), 'YYYY-MM-DD') || ':' || p.delivery_email,
       fixture_gen.pick(ARRAY['Yesterday: finished the lid-delay fix. Today: review ' || q.first || '''s PR. Blockers: none.',
         'Yesterday: customer call with ' || x.full_name || '. Today: write up the RMA. Blockers: waiting on QC.',
         'Out sick yesterday. Today: catching up on reviews.', 'Yesterday: HIL rig 3 recalibration. Today: flaky test hunt. Blockers: rig 2 still down.',
         'Yesterday: interviews. Today: release notes with ' || q.full_name || '.', 'Working half day, kid''s school event in the afternoon. Reachable on ' || p.phone || '.',
         'Today: Kubernetes upgrade on staging. Blockers: none.'], 'bsv', k)
FROM generate_series(1, 200) k JOIN zgen.p p ON p.i = 7 + fixture_gen.n('bsu', k, 300) JOIN zgen.p q ON q.i = 7 + fixture_gen.n('bsq', k, 1000) JOIN zgen.x x ON x.id = k * 7
ON CONFLICT DO NOTHING;
INSERT INTO zerver_botstoragedata (bot_profile_id, key, value)
SELECT 1027, p.delivery_email, to_char(d, 'YYYY-MM-DD') || '..' || to_char(d + (3 + k % 12), 'YYYY-MM-DD') || fixture_gen.pick(ARRAY['', ' (Sardinia)', ' parental leave', ' wedding in Lagos', ' surgery, no contact', ''], 'bvr', k)
FROM generate_series(1, 60) k JOIN zgen.p p ON p.i = 7 + fixture_gen.n('bvu', k, 1000) CROSS JOIN LATERAL (SELECT date '2024-06-01' + fixture_gen.n('bvd', k, 120) AS d) dd
ON CONFLICT DO NOTHING;
INSERT INTO zerver_botstoragedata (bot_profile_id, key, value) VALUES (1018, 'total_number', '1287'), (1018, 'message_id', '5113'), (1017, 'followup_stream', 'followup');

CREATE TABLE zerver_botconfigdata (id serial PRIMARY KEY, bot_profile_id integer NOT NULL, key text NOT NULL, value text NOT NULL, UNIQUE (bot_profile_id, key));
INSERT INTO zerver_botconfigdata (bot_profile_id, key, value) VALUES
  (1017, 'stream', 'followup'),
  (1027, 'calendar_url', 'https://calendar.google.com/calendar/ical/hr%40tessellate-labs.example/private-' || fixture_gen.hexn('gcal', 1, 32) || '/basic.ics'),
  (1027, 'notify_stream', 'people-ops'),
  (1027, 'hr_contact', 'Lakshmi Rao <lakshmi.rao@tessellate-labs.example>'),
  (1018, 'stream', 'random'),
  (1017, 'jira_domain', 'tessellate.atlassian.net'),
  (1017, 'jira_username', 'followup-bot@tessellate-labs.example'),
  (1017, 'jira_api_token', 'ATA' || 'TT3x' || zgen.rnd('jira', 1, 185)),
  (1027, 'bamboohr_subdomain', 'tessellate'),
  (1027, 'bamboohr_api_key', fixture_gen.hexn('bhr', 1, 40)),
  (1018, 'giphy_api_key', zgen.rnd('giphy', 1, 32)),
  (1017, 'reminder_hour', '9'),
  (1017, 'timezone', 'Europe/Berlin');

-- ---------------------------------------------------------------------------
-- Push notifications, sessions.

CREATE TABLE zerver_pushdevicetoken (
    id serial PRIMARY KEY, kind smallint NOT NULL, token varchar(4096) NOT NULL, last_updated timestamptz NOT NULL, ios_app_id text, user_id integer NOT NULL,
    UNIQUE (user_id, kind, token)
);
INSERT INTO zerver_pushdevicetoken (kind, token, last_updated, ios_app_id, user_id)
SELECT CASE WHEN k % 3 = 0 THEN 1 ELSE 2 END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.hexn('apns', k, 64) ELSE zgen.b64url('fcm1', k, 16) || ':APA91b' || zgen.b64url('fcm2', k, 100) END,
       timestamptz '2023-09-01 00:00:00+00' + make_interval(secs => fixture_gen.n('pdt', k, 26000000)), CASE WHEN k % 3 = 0 THEN 'org.zulip.Zulip' END,
       CASE WHEN k <= 620 THEN 7 + fixture_gen.n('pdu', k, 1000) ELSE 1031 + fixture_gen.n('pdu', k, 370) END
FROM generate_series(1, 760) k ORDER BY 3;

CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT lower(fixture_gen.chars('sk', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789')),
       rtrim(translate(encode(convert_to(replace(replace(json_build_object('_auth_user_id', u::text, '_auth_user_backend', CASE WHEN u <= 1030 THEN 'zproject.backends.SAMLAuthBackend' WHEN k % 3 = 0 THEN 'zproject.backends.GitHubAuthBackend' ELSE 'zproject.backends.EmailAuthBackend' END,
         '_auth_user_hash', fixture_gen.hexn('sah', u, 64), 'realm_id', CASE WHEN u <= 1030 THEN 2 ELSE 3 END, '_session_expiry', 1209600)::text, ' : ', ':'), ', "', ',"'), 'UTF8'), 'base64'), E'+/\n', '-_'), '=')
         || ':' || zgen.rnd('sts', k, 6) || ':' || zgen.b64url('ssig', k, 32),
       timestamptz '2024-06-20 00:00:00+00' + make_interval(secs => fixture_gen.n('sexp', k, 2400000))
FROM generate_series(1, 900) k CROSS JOIN LATERAL (SELECT CASE WHEN k <= 700 THEN 7 + fixture_gen.n('seu', k, 1000) ELSE 1031 + fixture_gen.n('seu', k, 370) END AS u) uu;

-- ---------------------------------------------------------------------------
-- Social logins (python-social-auth): staff through the company's SAML IdP,
-- community members through GitHub and Google, with the providers' tokens.

CREATE TABLE social_auth_usersocialauth (
    id serial PRIMARY KEY, provider varchar(32) NOT NULL, uid varchar(255) NOT NULL, extra_data jsonb NOT NULL, user_id integer NOT NULL,
    created timestamptz NOT NULL, modified timestamptz NOT NULL, UNIQUE (provider, uid)
);
INSERT INTO social_auth_usersocialauth (provider, uid, extra_data, user_id, created, modified)
SELECT prov, uid, extra, i, joined, joined + make_interval(days => fixture_gen.n('samod', i, 600)) FROM (
  SELECT p.i, p.joined, 'saml' AS prov, 'tessellate-okta:' || p.delivery_email AS uid,
         jsonb_build_object('auth_time', extract(epoch FROM p.joined)::bigint, 'name_id', p.delivery_email, 'session_index', '_' || fixture_gen.hexn('samls', p.i, 40)) AS extra
  FROM zgen.p p WHERE p.kind = 'staff' AND p.i % 3 = 1
  UNION ALL
  SELECT p.i, p.joined, 'github', (100000 + fixture_gen.n('ghid', p.i, 150000000))::text,
         jsonb_build_object('auth_time', extract(epoch FROM p.joined)::bigint + 86400 * (p.i % 400), 'id', 100000 + fixture_gen.n('ghid', p.i, 150000000), 'expires', NULL,
           'login', zgen.fold(p.first) || CASE WHEN p.i % 2 = 0 THEN '-' || zgen.fold(p.last) ELSE (p.i % 100)::text END,
           'access_token', 'gh' || 'o_' || zgen.rnd('ghat', p.i, 36), 'token_type', 'bearer', 'scope', 'user:email')
  FROM zgen.p p WHERE p.realm = 3 AND p.i % 3 = 0
  UNION ALL
  SELECT p.i, p.joined, 'google-oauth2', p.delivery_email,
         jsonb_build_object('auth_time', extract(epoch FROM p.joined)::bigint + 3600 * (p.i % 500), 'expires', 3599, 'token_type', 'Bearer',
           'access_token', 'ya' || '29.a0Ad52N3' || zgen.b64url('goat', p.i, 120), 'refresh_token', CASE WHEN p.i % 2 = 0 THEN '1//' || '0g' || zgen.b64url('gort', p.i, 75) END)
  FROM zgen.p p WHERE p.realm = 3 AND p.i % 3 = 1 AND p.delivery_email LIKE '%@gmail.com') x
ORDER BY joined;

CREATE TABLE social_auth_partial (id serial PRIMARY KEY, token varchar(32) NOT NULL, next_step smallint NOT NULL, backend varchar(32) NOT NULL, data jsonb NOT NULL, "timestamp" timestamptz NOT NULL);
INSERT INTO social_auth_partial (token, next_step, backend, data, "timestamp")
SELECT replace(fixture_gen.uuid('spt', k), '-', ''), 7, CASE WHEN k % 2 = 0 THEN 'github' ELSE 'google-oauth2' END,
       jsonb_build_object('args', '[]'::jsonb, 'backend', CASE WHEN k % 2 = 0 THEN 'github' ELSE 'google-oauth2' END,
         'kwargs', jsonb_build_object('is_new', true, 'new_association', true,
           'details', jsonb_build_object('email', zgen.fold(nm2.first) || '.' || zgen.fold(nm2.last) || '@gmail.com', 'fullname', nm2.first || ' ' || nm2.last, 'first_name', nm2.first, 'last_name', nm2.last, 'username', zgen.fold(nm2.first) || zgen.fold(nm2.last)),
           'response', CASE WHEN k % 2 = 0 THEN jsonb_build_object('access_token', 'gh' || 'o_' || zgen.rnd('spgh', k, 36), 'token_type', 'bearer', 'scope', 'user:email')
                            ELSE jsonb_build_object('access_token', 'ya' || '29.a0Ad52N3' || zgen.b64url('spgo', k, 120), 'expires_in', 3599, 'token_type', 'Bearer', 'id_token', fixture_gen.jwt('spid', k)) END,
           'uid', CASE WHEN k % 2 = 0 THEN (100000 + fixture_gen.n('spu', k, 150000000))::text ELSE zgen.fold(nm2.first) || '.' || zgen.fold(nm2.last) || '@gmail.com' END)),
       timestamptz '2024-06-01 00:00:00+00' + make_interval(secs => fixture_gen.n('spts', k, 2400000))
FROM generate_series(1, 36) g(k) CROSS JOIN LATERAL (SELECT a.first, b.last FROM zgen.nm a JOIN zgen.nm b ON b.c = a.c
  WHERE a.c = (ARRAY['de', 'in', 'ng', 'br', 'jp', 'ca', 'pl', 'es', 'fr', 'tr', 'vn', 'ar'])[1 + g.k % 12] AND a.k = 1 + g.k % 8 AND b.k = 1 + (g.k / 3) % 8) nm2 ORDER BY 5;

-- ---------------------------------------------------------------------------
-- Two-factor authentication: TOTP devices, backup codes, SMS phones.

CREATE TABLE otp_static_staticdevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, user_id integer NOT NULL, throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamptz, created_at timestamptz, last_used_at timestamptz
);
CREATE TABLE zgen.tfa AS SELECT row_number() OVER (ORDER BY i)::int AS d, i AS u, joined FROM zgen.p WHERE kind IN ('staff', 'member') AND (i % 7 IN (1, 4) OR i BETWEEN 7 AND 25);
INSERT INTO otp_static_staticdevice SELECT d, 'backup', true, u, CASE WHEN d % 31 = 0 THEN 2 ELSE 0 END, CASE WHEN d % 31 = 0 THEN timestamptz '2024-03-02 10:11:00+00' + d * interval '1 hour' END,
  joined + interval '12 days', CASE WHEN d % 5 = 0 THEN joined + make_interval(days => 40 + fixture_gen.n('sdu', d, 500)) END FROM zgen.tfa ORDER BY d;
CREATE TABLE otp_static_statictoken (id serial PRIMARY KEY, token varchar(16) NOT NULL, device_id integer NOT NULL);
INSERT INTO otp_static_statictoken (token, device_id)
SELECT fixture_gen.chars('stt', d * 10 + j, 8, 'abcdefghijklmnopqrstuvwxyz234567'), d FROM zgen.tfa, generate_series(1, 10) j WHERE NOT (d % 5 = 0 AND j <= 2) ORDER BY d, j;

CREATE TABLE otp_totp_totpdevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, user_id integer NOT NULL, key varchar(80) NOT NULL, step smallint NOT NULL,
    t0 bigint NOT NULL, digits smallint NOT NULL, tolerance smallint NOT NULL, drift smallint NOT NULL, last_t bigint NOT NULL, throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamptz, created_at timestamptz, last_used_at timestamptz
);
INSERT INTO otp_totp_totpdevice (name, confirmed, user_id, key, step, t0, digits, tolerance, drift, last_t, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at)
SELECT 'default', d % 23 <> 0, u, fixture_gen.hexn('totp', u, 40), 30, 0, 6, 1, CASE WHEN d % 13 = 0 THEN -1 ELSE 0 END,
       CASE WHEN d % 23 = 0 THEN -1 ELSE (extract(epoch FROM joined)::bigint + 86400 * fixture_gen.n('tlt', d, 900)) / 30 END, CASE WHEN d % 29 = 0 THEN 1 ELSE 0 END,
       CASE WHEN d % 29 = 0 THEN timestamptz '2024-05-20 06:00:00+00' + d * interval '2 hours' END, joined + interval '12 days',
       CASE WHEN d % 23 <> 0 THEN joined + make_interval(days => fixture_gen.n('tlt', d, 900)) END
FROM zgen.tfa ORDER BY d;

CREATE TABLE two_factor_phonedevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, user_id integer NOT NULL, number varchar(128) NOT NULL, key varchar(40) NOT NULL,
    method varchar(4) NOT NULL, throttling_failure_count integer NOT NULL, throttling_failure_timestamp timestamptz, created_at timestamptz, last_used_at timestamptz
);
INSERT INTO two_factor_phonedevice (name, confirmed, user_id, number, key, method, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at)
SELECT 'backup', true, t.u, regexp_replace(CASE WHEN p.phone LIKE '+%' THEN p.phone WHEN p.c = 'de' THEN '+49' || substr(regexp_replace(p.phone, '\D', '', 'g'), 2) WHEN p.c = 'ng' THEN '+234' || substr(p.phone, 2)
         WHEN p.c IN ('jp') THEN '+81' || substr(regexp_replace(p.phone, '\D', '', 'g'), 2) WHEN p.c = 'kr' THEN '+82' || substr(regexp_replace(p.phone, '\D', '', 'g'), 2)
         WHEN p.c = 'fr' THEN '+33' || substr(regexp_replace(p.phone, '\D', '', 'g'), 2) ELSE '+1' || regexp_replace(p.phone, '\D', '', 'g') END, '[^0-9+]', '', 'g'),
       fixture_gen.hexn('pdk', t.u, 40), CASE WHEN t.d % 4 = 0 THEN 'call' ELSE 'sms' END, 0, NULL, t.joined + interval '12 days',
       CASE WHEN t.d % 3 = 0 THEN t.joined + make_interval(days => 30 + fixture_gen.n('pdl', t.d, 700)) END
FROM zgen.tfa t JOIN zgen.p p ON p.i = t.u WHERE t.d % 3 <> 2 ORDER BY t.d;

-- ---------------------------------------------------------------------------
-- Analytics counts (daily, the last 150 days).

CREATE TABLE analytics_realmcount (
    id serial PRIMARY KEY, realm_id integer NOT NULL, property varchar(32) NOT NULL, subgroup varchar(16), end_time timestamptz NOT NULL, value bigint NOT NULL
);
INSERT INTO analytics_realmcount (realm_id, property, subgroup, end_time, value)
SELECT r, pr.property, pr.subgroup, timestamptz '2024-02-01 00:00:00+00' + d * interval '1 day',
       CASE WHEN r = 2 THEN pr.scale ELSE pr.scale / 6 END * (60 + fixture_gen.n('rcv' || pr.property || coalesce(pr.subgroup, ''), r * 1000 + d, 80)) / 100
FROM generate_series(2, 3) r, generate_series(0, 149) d,
(VALUES ('messages_sent:is_bot:hour', 'false', 900), ('messages_sent:is_bot:hour', 'true', 300), ('active_users_audit:is_bot:day', 'false', 880),
  ('1day_actives::day', NULL, 620), ('7day_actives::day', NULL, 790), ('15day_actives::day', NULL, 830), ('invites_sent::day', NULL, 3),
  ('messages_sent:client:day', '1', 500), ('messages_sent:client:day', '3', 260), ('messages_sent:client:day', '4', 140)) pr(property, subgroup, scale)
ORDER BY 4, 1, 2, 3;

CREATE TABLE analytics_usercount (
    id serial PRIMARY KEY, user_id integer NOT NULL, realm_id integer NOT NULL, property varchar(32) NOT NULL, subgroup varchar(16), end_time timestamptz NOT NULL, value bigint NOT NULL
);
INSERT INTO analytics_usercount (user_id, realm_id, property, subgroup, end_time, value)
SELECT u, CASE WHEN u <= 1030 THEN 2 ELSE 3 END, 'messages_sent:client:day', (ARRAY['1', '3', '4', '17'])[1 + fixture_gen.n('ucs', k, 4)],
       timestamptz '2024-02-01 00:00:00+00' + fixture_gen.n('ucd', k, 150) * interval '1 day', 1 + fixture_gen.n('ucv', k, 40)
FROM generate_series(1, 4500) k CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 = 0 THEN 1031 + fixture_gen.n('ucu', k, 370) ELSE 7 + fixture_gen.n('ucu', k, 1000) END AS u) uu
ORDER BY 5, 1;

CREATE TABLE analytics_streamcount (
    id serial PRIMARY KEY, stream_id integer NOT NULL, realm_id integer NOT NULL, property varchar(32) NOT NULL, subgroup varchar(16), end_time timestamptz NOT NULL, value bigint NOT NULL
);
INSERT INTO analytics_streamcount (stream_id, realm_id, property, subgroup, end_time, value)
SELECT s.id, s.realm, 'messages_in_stream:is_bot:day', CASE WHEN s.id IN (37, 38, 39, 9) THEN 'true' ELSE 'false' END, timestamptz '2024-02-01 00:00:00+00' + d * interval '1 day',
       1 + fixture_gen.n('scv', s.id * 1000 + d, CASE WHEN s.id IN (1, 3, 37, 38, 46) THEN 120 ELSE 25 END)
FROM zgen.st s, generate_series(0, 149, 5) d WHERE s.id <> 42 ORDER BY 5, 1;

CREATE TABLE analytics_installationcount (id serial PRIMARY KEY, property varchar(32) NOT NULL, subgroup varchar(16), end_time timestamptz NOT NULL, value bigint NOT NULL);
INSERT INTO analytics_installationcount (property, subgroup, end_time, value)
SELECT pr.property, pr.subgroup, timestamptz '2024-02-01 00:00:00+00' + d * interval '1 day', pr.scale * (70 + fixture_gen.n('icv' || pr.property, d, 60)) / 100
FROM generate_series(0, 149) d, (VALUES ('messages_sent:is_bot:hour', 'false', 1050), ('1day_actives::day', NULL, 700), ('active_users_audit:is_bot:day', 'false', 1240)) pr(property, subgroup, scale)
ORDER BY 3, 1;

CREATE TABLE analytics_fillstate (id serial PRIMARY KEY, property varchar(40) NOT NULL UNIQUE, end_time timestamptz NOT NULL, state smallint NOT NULL, last_modified timestamptz NOT NULL);
INSERT INTO analytics_fillstate (property, end_time, state, last_modified)
SELECT p, timestamptz '2024-06-29 00:00:00+00', CASE WHEN p = 'messages_sent:message_type:day' THEN 2 ELSE 1 END, timestamptz '2024-06-29 00:01:00+00' + k * interval '3 seconds'
FROM unnest(ARRAY['messages_sent:is_bot:hour', 'messages_sent:message_type:day', 'messages_sent:client:day', 'messages_in_stream:is_bot:day', 'active_users_audit:is_bot:day',
  '1day_actives::day', '7day_actives::day', '15day_actives::day', 'minutes_active::day', 'invites_sent::day', 'active_users_log:is_bot:day', 'mobile_pushes_sent::day']) WITH ORDINALITY x(p, k);

-- ---------------------------------------------------------------------------
-- The push notification bouncer (zilencer): this server forwards pushes for
-- the Zulip servers of Tessellate's subsidiaries and of customers' on-site
-- lab networks, each registered with its own API key.

CREATE TABLE zilencer_remotezulipserver (
    id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, api_key varchar(64) NOT NULL, hostname varchar(128) NOT NULL, contact_email varchar(254) NOT NULL,
    last_updated timestamptz NOT NULL, deactivated boolean NOT NULL, plan_type smallint NOT NULL, org_type smallint NOT NULL, last_version varchar(128)
);
INSERT INTO zilencer_remotezulipserver (uuid, api_key, hostname, contact_email, last_updated, deactivated, plan_type, org_type, last_version)
SELECT fixture_gen.uuid('rzs', k)::uuid, zgen.rnd('rzk', k, 64), h.host, h.email, timestamptz '2024-06-28 03:00:00+00' - make_interval(hours => fixture_gen.n('rzl', k, 400)), k = 9, CASE WHEN k IN (1, 2) THEN 102 ELSE 101 END, h.ot,
       (ARRAY['8.4', '8.3', '7.5', '8.4', '6.2', '8.2', '8.4', '7.1', '5.6', '8.4', '8.0', '8.4', '7.4', '8.4'])[k]
FROM (VALUES (1, 'chat.tessellate.example', 'it-ops@tessellate-labs.example', 10), (2, 'zulip.tessellate-japan.example', 'misaki.inoue@tessellate-labs.example', 10),
  (3, 'chat.helix-bio.example', 'jonas.brandt@helix-bio.example', 10), (4, 'zulip.karolinska-lab.example', 'lab-it@karolinska-lab.example', 3),
  (5, 'chat.novagen-pharma.example', 'ravi.menon@novagen-pharma.example', 10), (6, 'zulip.unibas-chem.example', 'admin@unibas-chem.example', 3),
  (7, 'chat.biofab-osaka.example', 'k.tanaka@biofab-osaka.example', 10), (8, 'zulip.cellsight.example', 'ops@cellsight.example', 10),
  (9, 'zulip-old.helix-bio.example', 'jonas.brandt@helix-bio.example', 10), (10, 'lab-chat.mercato-labs.example', 'olivia.grant@mercato-labs.example', 10),
  (11, 'zulip.instituto-butantan.example', 'ti@instituto-butantan.example', 3), (12, 'chat.unilag-medlab.example', 'adaeze.eze@unilag-medlab.example', 3),
  (13, 'zulip.iisc-bioeng.example', 'sysadmin@iisc-bioeng.example', 3), (14, '192.168.40.12', 'hans.krueger@web.de', 10)) h(k, host, email, ot)
ORDER BY k;

CREATE TABLE zilencer_remoterealm (
    id serial PRIMARY KEY, server_id integer NOT NULL, uuid uuid NOT NULL UNIQUE, uuid_owner_secret text NOT NULL, host varchar(128) NOT NULL, name text NOT NULL,
    realm_date_created timestamptz NOT NULL, registration_deactivated boolean NOT NULL, realm_deactivated boolean NOT NULL, realm_locally_deleted boolean NOT NULL,
    plan_type smallint NOT NULL, org_type smallint NOT NULL, is_system_bot_realm boolean NOT NULL, authentication_methods jsonb NOT NULL, last_updated timestamptz NOT NULL
);
INSERT INTO zilencer_remoterealm (server_id, uuid, uuid_owner_secret, host, name, realm_date_created, registration_deactivated, realm_deactivated, realm_locally_deleted, plan_type, org_type, is_system_bot_realm, authentication_methods, last_updated)
SELECT s.id, fixture_gen.uuid('rrm', s.id * 10 + j)::uuid, 'zulip' || 'realm_' || zgen.rnd('rro', s.id * 10 + j, 32),
       CASE WHEN j = 0 THEN s.hostname ELSE (ARRAY['lab', 'ops', 'field'])[j] || '.' || s.hostname END,
       CASE WHEN j = 0 THEN (ARRAY['Tessellate Labs', 'Tessellate Japan K.K.', 'Helix Bio GmbH', 'Karolinska Core Facility', 'NovaGen Pharma', 'Uni Basel Chemistry', 'BioFab Osaka',
              'CellSight', 'Helix Bio (old)', 'Mercato Labs', 'Instituto Butantan - Automação', 'UNILAG Medical Lab', 'IISc Bioengineering', 'Krüger Family'])[s.id]
            ELSE (ARRAY['Lab floor', 'Operations', 'Field service'])[j] END,
       timestamptz '2020-01-15 00:00:00+00' + (s.id * 10 + j) * interval '5 days', false, s.deactivated, false, 1, s.org_type, false,
       jsonb_build_object('Email', true, 'GitHub', s.id % 3 = 0, 'Google', s.id % 2 = 0, 'SAML', s.id IN (1, 2, 5), 'LDAP (Active Directory)', s.id IN (3, 7), 'Dev', false),
       s.last_updated
FROM zilencer_remotezulipserver s, generate_series(0, 2) j WHERE j = 0 OR (j = 1 AND s.id IN (1, 3, 5)) OR (j = 2 AND s.id = 1) ORDER BY s.id, j;
UPDATE zilencer_remoterealm r SET name = 'System bot realm', is_system_bot_realm = true, host = 'zulipinternal.' || s.hostname FROM zilencer_remotezulipserver s WHERE s.id = r.server_id AND r.id IN (3, 8);

CREATE TABLE zilencer_remotepushdevicetoken (
    id serial PRIMARY KEY, kind smallint NOT NULL, token varchar(4096) NOT NULL, last_updated timestamptz NOT NULL, ios_app_id text, server_id integer NOT NULL,
    user_id bigint, user_uuid uuid
);
INSERT INTO zilencer_remotepushdevicetoken (kind, token, last_updated, ios_app_id, server_id, user_id, user_uuid)
SELECT CASE WHEN k % 3 = 0 THEN 1 ELSE 2 END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.hexn('rapns', k, 64) ELSE zgen.b64url('rfcm1', k, 16) || ':APA91b' || zgen.b64url('rfcm2', k, 100) END,
       timestamptz '2023-06-01 00:00:00+00' + make_interval(secs => fixture_gen.n('rpdt', k, 33000000)), CASE WHEN k % 3 = 0 THEN 'org.zulip.Zulip' END,
       1 + fixture_gen.n('rpds', k, 14), CASE WHEN k % 4 = 0 THEN 8 + fixture_gen.n('rpdu', k, 600) END, CASE WHEN k % 4 <> 0 THEN fixture_gen.uuid('rpuu', k)::uuid END
FROM generate_series(1, 420) k ORDER BY 3;

-- ---------------------------------------------------------------------------
-- Foreign keys as Django creates them, then the sequences past the loaded ids.

ALTER TABLE zerver_realm ADD CONSTRAINT zerver_realm_notifications_stream_f07609e9_fk_zerver_str_id FOREIGN KEY (notifications_stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realm ADD CONSTRAINT zerver_realm_signup_notifications_1e735af4_fk_zerver_str_id FOREIGN KEY (signup_notifications_stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realm ADD CONSTRAINT zerver_realm_create_multiuse_invi_28a8b9cb_fk_zerver_use_id FOREIGN KEY (create_multiuse_invite_group_id) REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realm ADD CONSTRAINT zerver_realm_can_access_all_users_692c7cc6_fk_zerver_use_id FOREIGN KEY (can_access_all_users_group_id) REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmdomain ADD CONSTRAINT zerver_realmdomain_realm_id_06e7fec3_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmauthenticationmethod ADD CONSTRAINT zerver_realmauthenti_realm_id_0ca07cff_fk_zerver_rea_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userprofile ADD CONSTRAINT zerver_userprofile_realm_id_d8908535_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userprofile ADD CONSTRAINT zerver_userprofile_bot_owner_id_01a815f5_fk_zerver_use_id FOREIGN KEY (bot_owner_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userprofile ADD CONSTRAINT zerver_userprofile_recipient_id_d5853e31_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userprofile ADD CONSTRAINT zerver_userprofile_default_sending_stre_3ba7368b_fk_zerver_str_ FOREIGN KEY (default_sending_stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userprofile ADD CONSTRAINT zerver_userprofile_default_events_regis_40e28493_fk_zerver_str_ FOREIGN KEY (default_events_register_stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_stream ADD CONSTRAINT zerver_stream_realm_id_0d562dbb_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_stream ADD CONSTRAINT zerver_stream_recipient_id_85263e1b_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_stream ADD CONSTRAINT zerver_stream_can_remove_subscribe_ce4fe4b7_fk_zerver_use_id FOREIGN KEY (can_remove_subscribers_group_id) REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_stream ADD CONSTRAINT zerver_stream_creator_id_65aeba7e_fk_zerver_userprofile_id FOREIGN KEY (creator_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_subscription ADD CONSTRAINT zerver_subscription_user_profile_id_1773aa42_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_subscription ADD CONSTRAINT zerver_subscription_recipient_id_1e90e2cc_fk_zerver_rec_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_huddle ADD CONSTRAINT zerver_huddle_recipient_id_e3e1fadc_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_defaultstream ADD CONSTRAINT zerver_defaultstream_realm_id_b5f0faf3_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_defaultstream ADD CONSTRAINT zerver_defaultstream_stream_id_9a8e0616_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usergroup ADD CONSTRAINT zerver_usergroup_realm_id_8b78d3b3_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usergroup ADD CONSTRAINT zerver_usergroup_can_mention_group_id_3f5cd6cd_fk_zerver_use_id FOREIGN KEY (can_mention_group_id) REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usergroupmembership ADD CONSTRAINT zerver_usergroupmemb_user_group_id_7722d5a1_fk_zerver_use_id FOREIGN KEY (user_group_id) REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usergroupmembership ADD CONSTRAINT zerver_usergroupmemb_user_profile_id_6aa688e2_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_message ADD CONSTRAINT zerver_message_recipient_id_5a7b6f03_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_message ADD CONSTRAINT zerver_message_sender_id_77b89151_fk_zerver_userprofile_id FOREIGN KEY (sender_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_message ADD CONSTRAINT zerver_message_sending_client_id_1c38413f_fk_zerver_client_id FOREIGN KEY (sending_client_id) REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_message ADD CONSTRAINT zerver_message_realm_id_849a39c8_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_archivetransaction ADD CONSTRAINT zerver_archivetransaction_realm_id_81a3b8dd_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_archive_transaction__3f0a7f7b_fk_zerver_ar FOREIGN KEY (archive_transaction_id) REFERENCES zerver_archivetransaction (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_recipient_id_2d004795_fk_zerver_rec_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_sender_id_1bb891e6_fk_zerver_use_id FOREIGN KEY (sender_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_sending_client_id_0f31bdd0_fk_zerver_cli_i FOREIGN KEY (sending_client_id) REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessage_realm_id_fab86889_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usermessage ADD CONSTRAINT zerver_usermessage_user_profile_id_e901f3b7_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usermessage ADD CONSTRAINT zerver_usermessage_message_id_f6e63a33_fk_zerver_message_id FOREIGN KEY (message_id) REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_attachment ADD CONSTRAINT zerver_attachment_owner_id_b40072c4_fk_zerver_userprofile_id FOREIGN KEY (owner_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_attachment ADD CONSTRAINT zerver_attachment_realm_id_f8e3c906_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_attachment_messages ADD CONSTRAINT zerver_attachment_me_attachment_id_eb4e59c0_fk_zerver_att_id FOREIGN KEY (attachment_id) REFERENCES zerver_attachment (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_attachment_messages ADD CONSTRAINT zerver_attachment_me_message_id_c5e566fb_fk_zerver_mes_id FOREIGN KEY (message_id) REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_reaction ADD CONSTRAINT zerver_reaction_user_profile_id_468ce1ef_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_reaction ADD CONSTRAINT zerver_reaction_message_id_e5e820a6_fk_zerver_message_id FOREIGN KEY (message_id) REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_submessage ADD CONSTRAINT zerver_submessage_message_id_6d3b8d8e_fk_zerver_message_id FOREIGN KEY (message_id) REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_submessage ADD CONSTRAINT zerver_submessage_sender_id_b1aa97b8_fk_zerver_userprofile_id FOREIGN KEY (sender_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_customprofilefield ADD CONSTRAINT zerver_customprofilefield_realm_id_b0de0439_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_customprofilefieldvalue ADD CONSTRAINT zerver_customprofile_field_id_00409129_fk_zerver_cus_id FOREIGN KEY (field_id) REFERENCES zerver_customprofilefield (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_customprofilefieldvalue ADD CONSTRAINT zerver_customprofile_user_profile_id_24d4820f_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmemoji ADD CONSTRAINT zerver_realmemoji_realm_id_2cd3dbd2_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmemoji ADD CONSTRAINT zerver_realmemoji_author_id_8a97bf3a_fk_zerver_userprofile_id FOREIGN KEY (author_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmfilter ADD CONSTRAINT zerver_realmfilter_realm_id_7ea85a40_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmplayground ADD CONSTRAINT zerver_realmplayground_realm_id_094eff63_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_realm_id_7d25fe8b_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_acting_user_id_6d709cd1_fk_zerver_use_id FOREIGN KEY (acting_user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_modified_user_id_fa063d3c_fk_zerver_use_id FOREIGN KEY (modified_user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_modified_stream_id_4de0252c_fk_zerver_str_ FOREIGN KEY (modified_stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_modified_user_group__56329312_fk_zerver_us FOREIGN KEY (modified_user_group_id) REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_useractivity ADD CONSTRAINT zerver_useractivity_user_profile_id_3f3c3ea8_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_useractivity ADD CONSTRAINT zerver_useractivity_client_id_bb848fef_fk_zerver_client_id FOREIGN KEY (client_id) REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_useractivityinterval ADD CONSTRAINT zerver_useractivityi_user_profile_id_634623af_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userpresence ADD CONSTRAINT zerver_userpresence_user_profile_id_b67b4092_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userpresence ADD CONSTRAINT zerver_userpresence_realm_id_5c4ef5a9_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userstatus ADD CONSTRAINT zerver_userstatus_user_profile_id_bbe3876b_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userstatus ADD CONSTRAINT zerver_userstatus_client_id_9010b464_fk_zerver_client_id FOREIGN KEY (client_id) REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_sender_id_59505f98_fk_zerver_use_id FOREIGN KEY (sender_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_recipient_id_3eeb838b_fk_zerver_rec_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_sending_client_id_5e82bf79_fk_zerver_cli_i FOREIGN KEY (sending_client_id) REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmessage_stream_id_45dc289f_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmessage_realm_id_9111bebd_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_delivered_message_id_e971c426_fk_zerver_me FOREIGN KEY (delivered_message_id) REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledemail ADD CONSTRAINT zerver_scheduledemail_realm_id_b5fdb998_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledemail_users ADD CONSTRAINT zerver_scheduledemai_scheduledemail_id_792d525e_fk_zerver_sch_i FOREIGN KEY (scheduledemail_id) REFERENCES zerver_scheduledemail (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_scheduledemail_users ADD CONSTRAINT zerver_scheduledemai_userprofile_id_7e3109ee_fk_zerver_use_id FOREIGN KEY (userprofile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_draft ADD CONSTRAINT zerver_draft_user_profile_id_4a215f11_fk_zerver_userprofile_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_draft ADD CONSTRAINT zerver_draft_recipient_id_b9b91732_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_muteduser ADD CONSTRAINT zerver_muteduser_user_profile_id_aeb57a40_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_muteduser ADD CONSTRAINT zerver_muteduser_muted_user_id_d4b66dff_fk_zerver_use_id FOREIGN KEY (muted_user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usertopic ADD CONSTRAINT zerver_usertopic_user_profile_id_28608df1_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usertopic ADD CONSTRAINT zerver_usertopic_stream_id_0ce5ea26_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_usertopic ADD CONSTRAINT zerver_usertopic_recipient_id_2215b0a7_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_alertword ADD CONSTRAINT zerver_alertword_realm_id_feaa54a2_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_alertword ADD CONSTRAINT zerver_alertword_user_profile_id_03150ab2_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_userhotspot ADD CONSTRAINT zerver_userhotspot_user_id_26216f4c_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_multiuseinvite ADD CONSTRAINT zerver_multiuseinvit_referred_by_id_8970bd5c_fk_zerver_use_id FOREIGN KEY (referred_by_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_multiuseinvite ADD CONSTRAINT zerver_multiuseinvite_realm_id_8eb19d52_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrationuser_realm_id_fd5aff83_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrati_referred_by_id_51f0a793_fk_zerver_use_id FOREIGN KEY (referred_by_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrati_multiuse_invite_id_7747603e_fk_zerver_mul_ FOREIGN KEY (multiuse_invite_id) REFERENCES zerver_multiuseinvite (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrati_created_user_id_2c23181e_fk_zerver_use_id FOREIGN KEY (created_user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationuser_streams ADD CONSTRAINT zerver_preregistrati_preregistrationuser__332ca855_fk_zerver_pr FOREIGN KEY (preregistrationuser_id) REFERENCES zerver_preregistrationuser (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationuser_streams ADD CONSTRAINT zerver_preregistrati_stream_id_29da6767_fk_zerver_str_id FOREIGN KEY (stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationrealm ADD CONSTRAINT zerver_preregistrati_created_realm_id_0c7c7c75_fk_zerver_rea_id FOREIGN KEY (created_realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_preregistrationrealm ADD CONSTRAINT zerver_preregistrati_created_user_id_6d6d4d55_fk_zerver_use_id FOREIGN KEY (created_user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_emailchangestatus ADD CONSTRAINT zerver_emailchangest_user_profile_id_908b1af2_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_emailchangestatus ADD CONSTRAINT zerver_emailchangestatus_realm_id_a68b9be8_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE confirmation_confirmation ADD CONSTRAINT confirmation_confirm_content_type_id_a55c95ef_fk_django_con_id FOREIGN KEY (content_type_id) REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE confirmation_confirmation ADD CONSTRAINT confirmation_confirmation_realm_id_80c5f350_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_missedmessageemailaddress ADD CONSTRAINT zerver_missedmessage_message_id_98361e8c_fk_zerver_mes_id FOREIGN KEY (message_id) REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_missedmessageemailaddress ADD CONSTRAINT zerver_missedmessage_user_profile_id_2d530260_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_service ADD CONSTRAINT zerver_service_user_profile_id_111b0c49_fk_zerver_use_id FOREIGN KEY (user_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_botstoragedata ADD CONSTRAINT zerver_botstoragedat_bot_profile_id_69e55d89_fk_zerver_use_id FOREIGN KEY (bot_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_botconfigdata ADD CONSTRAINT zerver_botconfigdata_bot_profile_id_9e645648_fk_zerver_use_id FOREIGN KEY (bot_profile_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zerver_pushdevicetoken ADD CONSTRAINT zerver_pushdevicetok_user_id_015e5dc1_fk_zerver_use_id FOREIGN KEY (user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE social_auth_usersocialauth ADD CONSTRAINT social_auth_usersoci_user_id_17d28448_fk_zerver_use_id FOREIGN KEY (user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE otp_static_staticdevice ADD CONSTRAINT otp_static_staticdev_user_id_7f9cff2b_fk_zerver_use_id FOREIGN KEY (user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE otp_static_statictoken ADD CONSTRAINT otp_static_statictok_device_id_74b7c7d1_fk_otp_static_id FOREIGN KEY (device_id) REFERENCES otp_static_staticdevice (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE otp_totp_totpdevice ADD CONSTRAINT otp_totp_totpdevice_user_id_0fb18292_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE two_factor_phonedevice ADD CONSTRAINT two_factor_phonedevi_user_id_54718003_fk_zerver_use_id FOREIGN KEY (user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE analytics_realmcount ADD CONSTRAINT analytics_realmcount_realm_id_9fccfcfb_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE analytics_usercount ADD CONSTRAINT analytics_usercount_user_id_2e9aca8a_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE analytics_usercount ADD CONSTRAINT analytics_usercount_realm_id_7215e926_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE analytics_streamcount ADD CONSTRAINT analytics_streamcount_stream_id_e1168935_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE analytics_streamcount ADD CONSTRAINT analytics_streamcount_realm_id_2e51c13a_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zilencer_remoterealm ADD CONSTRAINT zilencer_remoterealm_server_id_34ee6aa4_fk_zilencer_r_id FOREIGN KEY (server_id) REFERENCES zilencer_remotezulipserver (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE zilencer_remotepushdevicetoken ADD CONSTRAINT zilencer_remotepushd_server_id_ee542d61_fk_zilencer_r_id FOREIGN KEY (server_id) REFERENCES zilencer_remotezulipserver (id) DEFERRABLE INITIALLY DEFERRED;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA zgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
