-- classify-eval fixture (HOLDOUT 9, with synapse: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): a Ghost 5 publication on PostgreSQL in Ghost's own Knex
-- naming: 24-hex ObjectId keys, snake_case, created_at/created_by/updated_at/
-- updated_by on most tables, JSON kept as text. "The Meridian Dispatch", an
-- independent magazine about cities with writers in Seoul, Lagos, Hanoi,
-- Stockholm, Istanbul, Mumbai and Madrid, and about 1,800 members. Staff
-- users with bcrypt hashes, slugs made of their names, headshots, bios, a
-- free-text location, personal websites and social handles; members with a
-- tracking uuid, the transient_id their session cookie carries, an
-- expertise (job title) shown beside comments, admins' notes and a GeoIP
-- geolocation JSON; Stripe customers and subscriptions with card last four
-- and typed cancellation reasons; the member event tables (logins, email
-- changes, status, paid subscriptions, newsletter subscriptions, clicks,
-- feedback, signups with their attribution and referrer); comments; the
-- newsletter pipeline (emails with the writer's byline and sender, Mailgun
-- batches, per-recipient rows with the member's email and name, bounce
-- messages quoting addresses, spam complaints, suppressions); magic-link
-- tokens whose data holds the email and IP; admin sessions; Admin and
-- Content API keys (the latter public by design); webhooks with Zapier and
-- Slack URLs; settings whose value mixes site copy, the publication's own
-- handles and support address with the Stripe secret and publishable keys,
-- the Mailgun key, session and auth secrets and PEM key pairs; the staff
-- action log; post revisions; posts, tags, snippets and newsletters that are
-- public copy, with Unsplash photographers' credits in captions; tiers,
-- offers, staff invites, brute-force keys (hashes of IP and email),
-- donations with messages, webmentions from other people's blogs, and
-- recommendations of other publications.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ggen;
SET client_min_messages = warning;

-- oid: a Ghost ObjectId (8 hex of a creation second, 16 more hex).
CREATE FUNCTION ggen.oid(tag text, i bigint) RETURNS varchar(24)
LANGUAGE sql IMMUTABLE AS $$
  SELECT lpad(to_hex(1609459200 + fixture_gen.n(tag || 't', i, 110000000)), 8, '0') || substr(md5(tag || '#' || i), 1, 16)
$$;

CREATE FUNCTION ggen.ts(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('second', fixture_gen.stamp(tag, i)) $$;

-- fold: a name without its diacritics, lowercased, letters and digits only.
CREATE FUNCTION ggen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàảãạăắằặấầậâéèêếềệễẻíìịỉóòỏõọôốồộỗơớờợúùủũụưứừựýđĐöÖåÅäşŞçÇğıİüÁÓÉ',
    'aaaaaaaaaaaaaeeeeeeeeiiiioooooooooooooouuuuuuuuuydDoOaAasScCgiIuAOE')), '[^a-z0-9]+', '', 'g')
$$;

-- slug: Ghost's slugify (diacritics folded, words joined by hyphens).
CREATE FUNCTION ggen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' from regexp_replace(lower(translate(s,
    'áàảãạăắằặấầậâéèêếềệễẻíìịỉóòỏõọôốồộỗơớờợúùủũụưứừựýđĐöÖåÅäşŞçÇğıİüÁÓÉ',
    'aaaaaaaaaaaaaeeeeeeeeiiiioooooooooooooouuuuuuuuuydDoOaAasScCgiIuAOE')), '[^a-z0-9]+', '-', 'g'))
$$;

CREATE FUNCTION ggen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.51',
    'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0'], tag, i)
$$;

-- cj: JSON as JSON.stringify writes it (no spaces after ':' and ',').
CREATE FUNCTION ggen.cj(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(replace(t, '" : ', '":'), ', "', ',"'), ', {', ',{'), ', [', ',[') $$;

CREATE FUNCTION ggen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

CREATE FUNCTION ggen.pem(kind text, tag text, body_bytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || kind || E'-----\n'
      || regexp_replace(fixture_gen.b64(tag || 'a', 1, least(body_bytes, 240)) || CASE WHEN body_bytes > 240 THEN fixture_gen.b64(tag || 'b', 1, least(body_bytes - 240, 240)) ELSE '' END
           || CASE WHEN body_bytes > 480 THEN fixture_gen.b64(tag || 'c', 1, body_bytes - 480) ELSE '' END, '(.{64})', E'\\1\n', 'g')
      || E'\n-----END ' || kind || E'-----\n'
$$;

-- Seven cultures: given names, family names, Vietnamese middle names, the
-- cities GeoIP reports (English spelling) with region and coordinates, the
-- country, time zone, access networks and the mail domains people use.
CREATE TABLE ggen.cult (c int PRIMARY KEY, firsts text[], lasts text[], mids text[], cities text[], regions text[], lats numeric[], lons numeric[],
    localcity text[], country text, cc text, tz text, orgs text[], asns int[], doms text[]);
INSERT INTO ggen.cult VALUES
 (0, ARRAY['Lucía','Javier','Carmen','Alejandro','Marta','Diego','Paula','Sergio','Inés','Álvaro'],
     ARRAY['Fernández','López','Moreno','Jiménez','Ruiz','Navarro','Ortega','Castillo','Herrera','Domínguez'], NULL,
     ARRAY['Madrid','Valencia','Bilbao','Seville'], ARRAY['Madrid','Valencia','Basque Country','Andalusia'], ARRAY[40.4165,39.4699,43.2627,37.3891], ARRAY[-3.7026,-0.3763,-2.9253,-5.9845],
     ARRAY['Madrid','València','Bilbao','Sevilla'], 'Spain', 'ES', 'Europe/Madrid', ARRAY['Telefonica de Espana','Vodafone Spain','Orange Espagne'], ARRAY[3352,12430,12479],
     ARRAY['gmail.com','hotmail.es','yahoo.es','outlook.com','correo.example']),
 (1, ARRAY['Linh','Minh','Thảo','Quang','Hương','Tuấn','Ngọc','Duy','Trang','Khoa'],
     ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Phan'], ARRAY['Văn','Thị','Minh','Đức','Ngọc','Thu'],
     ARRAY['Hanoi','Ho Chi Minh City','Da Nang','Hue'], ARRAY['Hanoi','Ho Chi Minh','Da Nang','Thua Thien Hue'], ARRAY[21.0285,10.8231,16.0544,16.4637], ARRAY[105.8542,106.6297,108.2022,107.5909],
     ARRAY['Hà Nội','Sài Gòn','Đà Nẵng','Huế'], 'Vietnam', 'VN', 'Asia/Ho_Chi_Minh', ARRAY['Viettel Group','VNPT Corp','FPT Telecom Company'], ARRAY[7552,45899,18403],
     ARRAY['gmail.com','yahoo.com.vn','outlook.com','fpt.example']),
 (2, ARRAY['Chinedu','Adaeze','Oluwaseun','Funmilayo','Emeka','Ngozi','Tunde','Aisha','Ifeoma','Babajide'],
     ARRAY['Okonkwo','Adebayo','Nwosu','Balogun','Eze','Olawale','Abubakar','Okafor','Adeyemi','Onyekachi'], NULL,
     ARRAY['Lagos','Abuja','Ibadan','Port Harcourt'], ARRAY['Lagos','FCT','Oyo State','Rivers State'], ARRAY[6.4550,9.0579,7.3775,4.8156], ARRAY[3.3841,7.4951,3.9470,7.0498],
     ARRAY['Lagos','Abuja','Ibadan','Port Harcourt'], 'Nigeria', 'NG', 'Africa/Lagos', ARRAY['MTN NIGERIA Communication limited','Airtel Networks Limited','Spectranet Limited'], ARRAY[29465,36873,37340],
     ARRAY['gmail.com','yahoo.com','outlook.com','mail.example']),
 (3, ARRAY['Astrid','Erik','Linnea','Oskar','Maja','Gustav','Elsa','Nils','Sanna','Johan'],
     ARRAY['Lindqvist','Bergström','Holm','Sjöberg','Nyström','Engström','Lundgren','Åberg','Sandberg','Wikström'], NULL,
     ARRAY['Stockholm','Gothenburg','Malmö','Uppsala'], ARRAY['Stockholm County','Västra Götaland','Skåne County','Uppsala County'], ARRAY[59.3293,57.7089,55.6050,59.8586], ARRAY[18.0686,11.9746,13.0038,17.6389],
     ARRAY['Stockholm','Göteborg','Malmö','Uppsala'], 'Sweden', 'SE', 'Europe/Stockholm', ARRAY['Telia Company AB','Bahnhof AB','Com Hem AB'], ARRAY[3301,8473,39651],
     ARRAY['gmail.com','hotmail.se','outlook.com','telia.example','proton.me']),
 (4, ARRAY['Aarav','Diya','Vikram','Kavya','Rohan','Meera','Siddharth','Ishita','Arjun','Priya'],
     ARRAY['Iyer','Menon','Chatterjee','Deshpande','Nair','Kulkarni','Banerjee','Bhatt','Reddy','Sharma'], NULL,
     ARRAY['Mumbai','Bengaluru','Kolkata','Pune'], ARRAY['Maharashtra','Karnataka','West Bengal','Maharashtra'], ARRAY[19.0760,12.9716,22.5726,18.5204], ARRAY[72.8777,77.5946,88.3639,73.8567],
     ARRAY['Mumbai','Bangalore','Kolkata','Pune'], 'India', 'IN', 'Asia/Kolkata', ARRAY['Reliance Jio Infocomm Limited','Bharti Airtel Ltd.','Atria Convergence Technologies'], ARRAY[55836,24560,24309],
     ARRAY['gmail.com','yahoo.co.in','rediffmail.com','outlook.com']),
 (5, ARRAY['Zeynep','Mehmet','Ayşe','Burak','Selin','Can','Ebru','Kerem','Elif','Oğuz'],
     ARRAY['Kaya','Çelik','Şahin','Aydın','Arslan','Doğan','Koç','Kurt','Yıldız','Özdemir'], NULL,
     ARRAY['Istanbul','Ankara','Izmir','Bursa'], ARRAY['Istanbul','Ankara','Izmir','Bursa'], ARRAY[41.0082,39.9334,38.4237,40.1885], ARRAY[28.9784,32.8597,27.1428,29.0610],
     ARRAY['İstanbul','Ankara','İzmir','Bursa'], 'Türkiye', 'TR', 'Europe/Istanbul', ARRAY['Turk Telekomunikasyon Anonim Sirketi','Turkcell Iletisim Hizmetleri A.S.','Superonline Iletisim Hizmetleri A.S.'], ARRAY[9121,16135,34984],
     ARRAY['gmail.com','hotmail.com','yandex.com.tr','outlook.com']),
 (6, ARRAY['Ji-woo','Min-jun','Seo-yeon','Do-hyun','Ha-eun','Jae-won','Su-bin','Hyun-woo','Ye-jin','Tae-yang'],
     ARRAY['Kim','Lee','Park','Choi','Jung','Kang','Yoon','Han','Shin','Lim'], NULL,
     ARRAY['Seoul','Busan','Incheon','Daegu'], ARRAY['Seoul','Busan','Incheon','Daegu'], ARRAY[37.5665,35.1796,37.4563,35.8714], ARRAY[126.9780,129.0756,126.7052,128.6014],
     ARRAY['Seoul','Busan','Incheon','Daegu'], 'South Korea', 'KR', 'Asia/Seoul', ARRAY['Korea Telecom','SK Broadband Co Ltd','LG POWERCOMM'], ARRAY[4766,9318,3786],
     ARRAY['naver.com','gmail.com','daum.net','kakao.com']);

-- people: cnt persons for a tag, their culture, names (Vietnamese family
-- name first with a middle name in half the rows, Korean family name first
-- in a third), an email made of the name, a signup IP and its GeoIP city.
CREATE FUNCTION ggen.people(tag text, cnt int)
RETURNS TABLE (i int, c int, first text, last text, full_name text, email text, ip text, city text, region text, country text, cc text, tz text, lat numeric, lon numeric,
               localcity text, org text, asn int)
LANGUAGE sql STABLE AS $$
  SELECT k, cu.c, x.f, x.l,
         CASE WHEN cu.c = 1 AND k % 2 = 0 THEN x.l || ' ' || fixture_gen.pick(cu.mids, tag || 'mid', k) || ' ' || x.f
              WHEN cu.c = 6 AND k % 3 = 0 THEN x.l || ' ' || x.f ELSE x.f || ' ' || x.l END,
         ggen.fold(x.f) || fixture_gen.pick(ARRAY['.', '', '_', '.'], tag || 'sep', k) || ggen.fold(x.l)
           || CASE WHEN k % 3 = 0 THEN (k % 89 + 10)::text WHEN k % 7 = 1 THEN (1970 + k % 35)::text ELSE '' END
           || '@' || fixture_gen.pick(cu.doms, tag || 'dom', k),
         CASE WHEN k % 6 = 0 THEN fixture_gen.ipv6(tag || 'ip', k) ELSE fixture_gen.ipv4(tag || 'ip', k) END,
         cu.cities[x.ci], cu.regions[x.ci], cu.country, cu.cc, cu.tz,
         round(cu.lats[x.ci] + (fixture_gen.n(tag || 'lat', k, 400) - 200) / 1000.0, 4), round(cu.lons[x.ci] + (fixture_gen.n(tag || 'lon', k, 400) - 200) / 1000.0, 4),
         cu.localcity[x.ci], cu.orgs[1 + fixture_gen.n(tag || 'org', k, 3)], cu.asns[1 + fixture_gen.n(tag || 'org', k, 3)]
  FROM generate_series(1, cnt) k
  JOIN ggen.cult cu ON cu.c = fixture_gen.n(tag || 'cu', k, 7)
  CROSS JOIN LATERAL (SELECT fixture_gen.pick(cu.firsts, tag || 'f', k) AS f, fixture_gen.pick(cu.lasts, tag || 'l', k) AS l, 1 + fixture_gen.n(tag || 'ci', k, 4) AS ci) x
$$;

-- Staff: 24 users (1 the owner). Writers on the publication's domain, a few
-- contributors with their own mailboxes.
CREATE TABLE ggen.st AS
SELECT p.i, ggen.oid('user', p.i) AS id, p.c, p.first, p.last, p.full_name AS name, ggen.slug(p.full_name) AS slug,
       CASE WHEN p.i <= 18 THEN ggen.fold(p.first) || CASE WHEN p.i % 4 = 0 THEN '.' || ggen.fold(p.last) ELSE '' END || '@meridiandispatch.example' ELSE p.email END AS email,
       p.localcity, p.country, p.ip
FROM ggen.people('staff', 24) p;

-- Members: 1,800 readers.
CREATE TABLE ggen.m AS
SELECT p.*, ggen.oid('member', p.i) AS id, fixture_gen.uuid('muuid', p.i) AS uuid,
       CASE WHEN p.i % 100 < 68 THEN 'free' WHEN p.i % 100 < 95 THEN 'paid' ELSE 'comped' END AS status,
       ggen.ts('mcr', p.i) AS created_at
FROM ggen.people('member', 1800) p;
UPDATE ggen.m m SET email = replace(m.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM ggen.m) d WHERE d.i = m.i AND d.rn > 1;
CREATE INDEX ON ggen.m (i);

UPDATE ggen.st s SET email = replace(s.email, '@', '.' || ggen.fold(s.last) || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM ggen.st) d WHERE d.i = s.i AND d.rn > 1;
UPDATE ggen.st s SET slug = s.slug || '-' || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY slug ORDER BY i) AS rn FROM ggen.st) d WHERE d.i = s.i AND d.rn > 1;

CREATE TABLE users (
    id varchar(24) PRIMARY KEY, name varchar(191) NOT NULL, slug varchar(191) NOT NULL UNIQUE, password varchar(60) NOT NULL, email varchar(191) NOT NULL UNIQUE,
    profile_image varchar(2000), cover_image varchar(2000), bio text, website varchar(2000), location text, facebook varchar(2000), twitter varchar(2000),
    accessibility text, status varchar(50) NOT NULL DEFAULT 'active', locale varchar(6), visibility varchar(50) NOT NULL DEFAULT 'public',
    meta_title varchar(2000), meta_description varchar(2000), tour text, last_seen timestamptz,
    comment_notifications boolean NOT NULL DEFAULT true, free_member_signup_notification boolean NOT NULL DEFAULT true,
    paid_subscription_started_notification boolean NOT NULL DEFAULT true, paid_subscription_canceled_notification boolean NOT NULL DEFAULT false,
    mention_notifications boolean NOT NULL DEFAULT true, milestone_notifications boolean NOT NULL DEFAULT true, donation_notifications boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO users
SELECT s.id, s.name, s.slug, ggen.bcrypt('upw', s.i), s.email,
       CASE WHEN s.i % 5 = 3 THEN 'https://www.gravatar.com/avatar/' || md5(lower(s.email)) || '?s=250&r=x&d=mp'
            WHEN s.i % 7 <> 6 THEN 'https://meridiandispatch.example/content/images/' || (2021 + s.i % 3) || '/' || lpad((1 + s.i % 12)::text, 2, '0') || '/' || s.slug || fixture_gen.pick(ARRAY['-headshot.jpg', '.jpg', '-portrait-2023.png', '-by-', '_profile.webp'], 'upi', s.i)
               || CASE WHEN fixture_gen.n('upi', s.i, 5) = 3 THEN ggen.slug(fixture_gen.full_name('uph', s.i)) || '.jpg' ELSE '' END END,
       CASE WHEN s.i % 3 = 0 THEN 'https://meridiandispatch.example/content/images/2022/11/' || s.slug || '-cover.jpg'
            WHEN s.i % 3 = 1 THEN 'https://images.unsplash.com/photo-' || (1500000000000 + fixture_gen.n('ucv', s.i, 99999999)::bigint * 1000) || '-' || fixture_gen.hexn('ucv', s.i, 12) || '?crop=entropy&cs=tinysrgb&fit=max&fm=jpg&w=2000' END,
       CASE WHEN s.i % 6 <> 5 THEN fixture_gen.pick(ARRAY[
            s.localcity || '-based reporter covering housing, night markets and the people who keep them open. Previously at a city daily for six years.',
            'Writes about food and migration from ' || s.localcity || '. Tips welcome on Signal: ' || CASE s.c WHEN 6 THEN '+82 10-' || fixture_gen.digits('ubph', s.i, 4) || '-' || fixture_gen.digits('ubpj', s.i, 4)
                 WHEN 2 THEN '+234 803 ' || fixture_gen.digits('ubph', s.i, 3) || ' ' || fixture_gen.digits('ubpj', s.i, 4) WHEN 3 THEN '+46 70 ' || fixture_gen.digits('ubph', s.i, 3) || ' ' || fixture_gen.digits('ubpj', s.i, 2) || ' ' || fixture_gen.digits('ubpk', s.i, 2)
                 WHEN 5 THEN '+90 532 ' || fixture_gen.digits('ubph', s.i, 3) || ' ' || fixture_gen.digits('ubpj', s.i, 4) WHEN 4 THEN '+91 98' || fixture_gen.digits('ubph', s.i, 3) || ' ' || fixture_gen.digits('ubpj', s.i, 5)
                 WHEN 1 THEN '+84 91 ' || fixture_gen.digits('ubph', s.i, 3) || ' ' || fixture_gen.digits('ubpj', s.i, 4) ELSE '+34 6' || fixture_gen.digits('ubph', s.i, 2) || ' ' || fixture_gen.digits('ubpj', s.i, 3) || ' ' || fixture_gen.digits('ubpk', s.i, 3) END || '.',
            'Photographer and editor. Grew up in ' || s.localcity || ', lives with two cats and a very old bicycle.',
            'Contributing editor. Mother of two, former urban planner, still arguing about bus lanes in ' || s.localcity || '.',
            'Our data desk: maps, spreadsheets and public records requests. Say hi at ' || s.email || '.',
            'Columnist. Her book on ' || s.localcity || '''s street food comes out next spring.'], 'ubio', s.i) END,
       CASE WHEN s.i % 4 = 1 THEN 'https://' || s.slug || '.example' WHEN s.i % 4 = 2 THEN 'https://www.' || ggen.fold(s.first) || ggen.fold(s.last) || '.com' END,
       CASE WHEN s.i % 5 = 4 THEN NULL WHEN s.i % 5 = 2 THEN s.localcity || ', ' || s.country WHEN s.i % 7 = 0 THEN 'Between ' || s.localcity || ' and Berlin' ELSE s.localcity END,
       CASE WHEN s.i % 3 <> 2 THEN ggen.fold(s.first) || '.' || ggen.fold(s.last) || CASE WHEN s.i % 2 = 0 THEN (s.i * 7)::text ELSE '' END END,
       CASE WHEN s.i % 4 <> 3 THEN '@' || ggen.fold(s.first) || CASE WHEN s.i % 2 = 0 THEN '_' ELSE '' END || ggen.fold(s.last) END,
       '{"nightShift":' || (s.i % 3 = 0)::text || ',"whatsNew":{"lastSeenDate":"' || to_char(ggen.ts('uwn', s.i), 'YYYY-MM-DD"T"HH24:MI:SS".000+00:00"') || '"},"onboarding":{"completedSteps":["customize-design"],"checklistState":"' || (ARRAY['started', 'dismissed', 'completed'])[1 + s.i % 3] || '"}}',
       CASE WHEN s.i % 11 = 5 THEN 'locked' WHEN s.i % 9 = 8 THEN 'inactive' ELSE 'active' END,
       CASE WHEN s.i % 5 = 0 THEN 'en' END, 'public',
       CASE WHEN s.i % 3 = 0 THEN s.name || ' – The Meridian Dispatch' END,
       CASE WHEN s.i % 3 = 0 THEN 'Reporting by ' || s.name || ' from ' || s.localcity || ': housing, food and everyday life.' END,
       CASE WHEN s.i % 2 = 0 THEN '["getting-started","using-the-editor","upload-a-theme"]' WHEN s.i % 3 = 0 THEN '["getting-started"]' END,
       ggen.ts('useen', s.i) + interval '3 months',
       s.i % 4 <> 0, s.i <= 4, s.i <= 6, s.i <= 3, s.i % 3 <> 1, s.i <= 2, s.i <= 4,
       ggen.ts('ucr', s.i) - interval '1 year', ggen.oid('user', 1), ggen.ts('uup', s.i), CASE WHEN s.i % 2 = 0 THEN s.id ELSE ggen.oid('user', 1) END
FROM ggen.st s;

CREATE TABLE roles (
    id varchar(24) PRIMARY KEY, name varchar(50) NOT NULL UNIQUE, description varchar(2000), created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL,
    updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO roles
SELECT ggen.oid('role', k), n, d, timestamptz '2021-02-03 09:12:44+00', ggen.oid('user', 1), timestamptz '2021-02-03 09:12:44+00', ggen.oid('user', 1)
FROM (VALUES (1, 'Administrator', 'Administrators'), (2, 'Editor', 'Editors'), (3, 'Author', 'Authors'), (4, 'Contributor', 'Contributors'), (5, 'Owner', 'Blog Owner'),
             (6, 'Admin Integration', 'External Apps'), (7, 'Ghost Explore Integration', 'Internal Integration for the Ghost Explore directory'),
             (8, 'Self-Serve Migration Integration', 'Internal Integration for the Self-Serve migration tool'), (9, 'DB Backup Integration', 'Internal DB Backup Client'),
             (10, 'Super Editor', 'Editors who can also manage members')) v(k, n, d);

CREATE TABLE roles_users (id varchar(24) PRIMARY KEY, role_id varchar(24) NOT NULL, user_id varchar(24) NOT NULL);
INSERT INTO roles_users
SELECT ggen.oid('roleuser', s.i), ggen.oid('role', CASE WHEN s.i = 1 THEN 5 WHEN s.i <= 3 THEN 1 WHEN s.i <= 7 THEN 2 WHEN s.i = 8 THEN 10 WHEN s.i <= 18 THEN 3 ELSE 4 END), s.id
FROM ggen.st s;

CREATE TABLE integrations (
    id varchar(24) PRIMARY KEY, type varchar(50) NOT NULL DEFAULT 'custom', name varchar(191) NOT NULL, slug varchar(191) NOT NULL UNIQUE, icon_image varchar(2000),
    description varchar(2000), created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO integrations
SELECT ggen.oid('integ', k), t, n, ggen.slug(n), ic, d, ggen.ts('intcr', k), ggen.oid('user', 1 + k % 3), ggen.ts('intcr', k) + interval '40 days', ggen.oid('user', 1)
FROM (VALUES (1, 'builtin', 'Zapier', NULL, 'Built-in Zapier integration'), (2, 'core', 'Ghost Explore', NULL, 'Built-in Ghost Explore integration'),
             (3, 'core', 'Self-Serve Migration Integration', NULL, 'Core Self-Serve Migration integration'), (4, 'internal', 'Ghost Scheduler', NULL, 'Internal Scheduler integration'),
             (5, 'internal', 'Ghost Backup', NULL, 'Internal DB Backup integration'),
             (6, 'custom', 'Slack newsroom alerts', 'https://meridiandispatch.example/content/images/2022/03/slack-icon.png', 'Posts new members and published stories to #newsroom'),
             (7, 'custom', 'Next.js frontend', NULL, 'Headless site for the city guides'),
             (8, 'custom', 'Podcast RSS sync', NULL, 'Imports episode notes from the podcast host'),
             (9, 'custom', 'n8n automations', 'https://meridiandispatch.example/content/images/2023/06/n8n.png', 'Member onboarding flows and the CRM sync'),
             (10, 'custom', 'Sheets export', NULL, 'Nightly export of post stats to the editorial spreadsheet'),
             (11, 'custom', 'Translation bot', NULL, 'Sends drafts to the translation vendor'),
             (12, 'custom', 'Mobile app (iOS)', NULL, 'Read-only content for the app')) v(k, t, n, ic, d);

-- Admin API keys: a 64-hex secret; Content API keys: 26 hex, meant to be
-- public (they sit in browsers' JavaScript). Staff access tokens are admin
-- keys with a user_id.
CREATE TABLE api_keys (
    id varchar(24) PRIMARY KEY, type varchar(50) NOT NULL, secret varchar(191) NOT NULL UNIQUE, role_id varchar(24), integration_id varchar(24), user_id varchar(24),
    last_seen_at timestamptz, last_seen_version varchar(50), created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO api_keys
SELECT ggen.oid('apikey', k * 2 + t), CASE t WHEN 0 THEN 'admin' ELSE 'content' END,
       CASE t WHEN 0 THEN fixture_gen.hexn('akadm', k, 64) ELSE fixture_gen.hexn('akcnt', k, 26) END,
       CASE WHEN t = 0 THEN ggen.oid('role', CASE k WHEN 2 THEN 7 WHEN 3 THEN 8 WHEN 5 THEN 9 ELSE 6 END) END, ggen.oid('integ', k), NULL,
       CASE WHEN k % 4 <> 0 THEN ggen.ts('akseen', k * 2 + t) + interval '1 year' END, CASE WHEN k % 4 <> 0 THEN (ARRAY['5.54', '5.71', '5.82', 'v5.0'])[1 + k % 4] END,
       ggen.ts('intcr', k), ggen.oid('user', 1), ggen.ts('intcr', k), ggen.oid('user', 1)
FROM generate_series(1, 12) k, generate_series(0, 1) t
WHERE NOT (t = 1 AND k IN (3, 4, 5))
UNION ALL
SELECT ggen.oid('apikey', 100 + u), 'admin', fixture_gen.hexn('akstaff', u, 64), ggen.oid('role', CASE WHEN u <= 3 THEN 1 ELSE 2 END), NULL, ggen.oid('user', u),
       ggen.ts('akst', u) + interval '1 year', '5.82', ggen.ts('akst', u), ggen.oid('user', u), ggen.ts('akst', u), ggen.oid('user', u)
FROM generate_series(1, 7) u WHERE u <> 4;

CREATE TABLE webhooks (
    id varchar(24) PRIMARY KEY, event varchar(50) NOT NULL, target_url varchar(2000) NOT NULL, name varchar(191), secret varchar(191), api_version varchar(50) NOT NULL DEFAULT 'v2',
    integration_id varchar(24), last_triggered_at timestamptz, last_triggered_status varchar(50), last_triggered_error varchar(50),
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO webhooks
SELECT ggen.oid('webhook', k), ev,
       CASE WHEN integ = 1 THEN 'https://hooks.zapier.com/hooks/' || 'catch/' || (4000000 + fixture_gen.n('whz', k, 999999)) || '/' || fixture_gen.chars('whz', k, 7, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/'
            WHEN integ = 6 THEN 'https://hooks.slack.com/' || 'services/T' || fixture_gen.chars('whsT', k, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('whsB', k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('whsX', k, 24)
            WHEN integ = 9 THEN 'https://n8n.meridiandispatch.example/webhook/' || fixture_gen.uuid('whn8n', k)
            WHEN integ = 7 THEN 'https://guides.meridiandispatch.example/api/revalidate?secret=' || fixture_gen.chars('whrv', k, 32)
            ELSE 'https://hooks.translate-vendor.example/ghost/' || ev END,
       nm, CASE WHEN k % 3 <> 0 THEN fixture_gen.hexn('whsec', k, 64) END, (ARRAY['v2', 'v3', 'v4', 'v5'])[1 + k % 4], ggen.oid('integ', integ),
       CASE WHEN k % 5 <> 4 THEN ggen.ts('whtr', k) + interval '1 year' END, CASE WHEN k % 5 = 4 THEN NULL WHEN k % 7 = 3 THEN '410' WHEN k % 7 = 5 THEN '500' ELSE '200' END,
       CASE WHEN k % 7 = 3 THEN 'Request failed with status 410' WHEN k % 7 = 5 THEN 'Internal Server Error' END,
       ggen.ts('whcr', k), ggen.oid('user', 1 + k % 3), ggen.ts('whcr', k) + interval '12 days', ggen.oid('user', 1)
FROM (VALUES (1, 'member.added', 1, 'New member to Mailchimp'), (2, 'post.published', 1, 'Published post to Buffer'), (3, 'member.deleted', 1, 'Member deleted'),
             (4, 'post.published', 6, 'Story published'), (5, 'member.added', 6, 'New member'), (6, 'member.edited', 9, 'CRM sync'), (7, 'member.added', 9, 'Welcome sequence'),
             (8, 'site.changed', 7, 'Rebuild guides'), (9, 'post.published.edited', 7, 'Revalidate post'), (10, 'page.published', 7, 'Revalidate page'),
             (11, 'post.added', 11, 'Send draft to vendor'), (12, 'tag.added', 1, 'Tag to Airtable'), (13, 'member.deleted', 9, 'Erase from CRM'), (14, 'post.unpublished', 6, 'Story unpublished')) v(k, ev, integ, nm);

-- Settings: key/value. Site copy, the publication's own handles and support
-- mailbox, flags, and among them the Stripe and Mailgun keys, session and
-- auth secrets and two PEM key pairs.
CREATE TABLE settings (
    id varchar(24) PRIMARY KEY, "group" varchar(50) NOT NULL DEFAULT 'core', key varchar(50) NOT NULL UNIQUE, value text, type varchar(50) NOT NULL, flags varchar(50),
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO settings
SELECT ggen.oid('setting', k), g, key, v, t, f, timestamptz '2021-02-03 09:12:45+00', ggen.oid('user', 1),
       timestamptz '2021-02-03 09:12:45+00' + make_interval(days => fixture_gen.n('setup', k, 1100)), ggen.oid('user', 1 + fixture_gen.n('setub', k, 3))
FROM (VALUES
  (1, 'core', 'db_hash', fixture_gen.uuid('dbhash', 1), 'string', NULL),
  (2, 'core', 'routes_hash', md5('routes.yaml'), 'string', NULL),
  (3, 'core', 'next_update_check', '1718236800', 'number', NULL),
  (4, 'core', 'notifications', '[]', 'array', NULL),
  (5, 'core', 'version_notifications', '["5.0.0"]', 'array', NULL),
  (6, 'core', 'admin_session_secret', fixture_gen.hexn('admsess', 1, 64), 'string', NULL),
  (7, 'core', 'theme_session_secret', fixture_gen.hexn('themesess', 1, 64), 'string', NULL),
  (8, 'core', 'ghost_public_key', ggen.pem('RSA PUBLIC' || ' KEY', 'ghpub', 140), 'string', NULL),
  (9, 'core', 'ghost_private_key', ggen.pem('RSA PRIVATE' || ' KEY', 'ghpriv', 608), 'string', NULL),
  (10, 'core', 'members_public_key', ggen.pem('RSA PUBLIC' || ' KEY', 'mbpub', 140), 'string', NULL),
  (11, 'core', 'members_private_key', ggen.pem('RSA PRIVATE' || ' KEY', 'mbpriv', 608), 'string', NULL),
  (12, 'core', 'members_email_auth_secret', fixture_gen.hexn('mbauth', 1, 128), 'string', NULL),
  (13, 'core', 'members_stripe_webhook_id', 'we' || '_' || fixture_gen.chars('swhid', 1, 24), 'string', NULL),
  (14, 'core', 'members_stripe_webhook_secret', 'whsec' || '_' || fixture_gen.chars('swhsec', 1, 32), 'string', NULL),
  (15, 'core', 'site_uuid', fixture_gen.uuid('siteuuid', 1), 'string', 'PUBLIC,RO'),
  (16, 'site', 'title', 'The Meridian Dispatch', 'string', 'PUBLIC'),
  (17, 'site', 'description', 'Cities, food and the people who keep them running, reported from Seoul, Lagos, Hanoi, Stockholm, Istanbul, Mumbai and Madrid.', 'string', 'PUBLIC'),
  (18, 'site', 'logo', 'https://meridiandispatch.example/content/images/2021/02/meridian-logo.svg', 'string', NULL),
  (19, 'site', 'cover_image', 'https://meridiandispatch.example/content/images/2022/01/ferry-at-dusk.jpg', 'string', NULL),
  (20, 'site', 'icon', 'https://meridiandispatch.example/content/images/2021/02/meridian-icon.png', 'string', NULL),
  (21, 'site', 'accent_color', '#d4502f', 'string', 'PUBLIC'),
  (22, 'site', 'locale', 'en', 'string', NULL),
  (23, 'site', 'timezone', 'Europe/Stockholm', 'string', NULL),
  (24, 'site', 'codeinjection_head', '<script defer data-domain="meridiandispatch.example" src="https://plausible.io/js/script.js"></script>', 'string', NULL),
  (25, 'site', 'codeinjection_foot', '', 'string', NULL),
  (26, 'site', 'facebook', 'meridiandispatch', 'string', NULL),
  (27, 'site', 'twitter', '@meridiandispatch', 'string', NULL),
  (28, 'site', 'navigation', '[{"label":"Home","url":"/"},{"label":"City guides","url":"/tag/guides/"},{"label":"Newsletters","url":"/newsletters/"},{"label":"About","url":"/about/"}]', 'array', NULL),
  (29, 'site', 'secondary_navigation', '[{"label":"Sign up","url":"#/portal/"},{"label":"Contact","url":"/contact/"},{"label":"Privacy","url":"/privacy/"}]', 'array', NULL),
  (30, 'site', 'meta_title', 'The Meridian Dispatch – cities, food, people', 'string', NULL),
  (31, 'site', 'og_description', 'Independent reporting on how cities feed, house and move their people.', 'string', NULL),
  (32, 'members', 'members_signup_access', 'all', 'string', NULL),
  (33, 'members', 'default_content_visibility', 'public', 'string', NULL),
  (34, 'members', 'members_support_address', 'support@meridiandispatch.example', 'string', 'PUBLIC,RO'),
  (35, 'members', 'stripe_secret_key', 'sk' || '_live_' || fixture_gen.chars('stsk', 1, 99), 'string', NULL),
  (36, 'members', 'stripe_publishable_key', 'pk' || '_live_' || fixture_gen.chars('stpk', 1, 99), 'string', NULL),
  (37, 'members', 'stripe_plans', '[]', 'array', NULL),
  (38, 'members', 'stripe_connect_publishable_key', 'pk' || '_live_' || fixture_gen.chars('stcpk', 1, 99), 'string', NULL),
  (39, 'members', 'stripe_connect_secret_key', 'sk' || '_live_' || fixture_gen.chars('stcsk', 1, 99), 'string', NULL),
  (40, 'members', 'stripe_connect_livemode', 'true', 'boolean', NULL),
  (41, 'members', 'stripe_connect_display_name', 'The Meridian Dispatch AB', 'string', NULL),
  (42, 'members', 'stripe_connect_account_id', 'acct' || '_' || fixture_gen.chars('stacct', 1, 16), 'string', NULL),
  (43, 'members', 'members_track_sources', 'true', 'boolean', NULL),
  (44, 'portal', 'portal_name', 'true', 'boolean', NULL),
  (45, 'portal', 'portal_button', 'true', 'boolean', NULL),
  (46, 'portal', 'portal_plans', '["free","monthly","yearly"]', 'array', NULL),
  (47, 'portal', 'portal_button_style', 'icon-and-text', 'string', NULL),
  (48, 'portal', 'portal_button_signup_text', 'Subscribe', 'string', NULL),
  (49, 'email_domain', 'mailgun_domain', 'mg.meridiandispatch.example', 'string', NULL),
  (50, 'email_domain', 'mailgun_api_key', fixture_gen.hexn('mgkey', 1, 32) || '-' || fixture_gen.hexn('mgkey', 2, 8) || '-' || fixture_gen.hexn('mgkey', 3, 8), 'string', NULL),
  (51, 'email_domain', 'mailgun_base_url', 'https://api.eu.mailgun.net/v3', 'string', NULL),
  (52, 'email', 'email_track_opens', 'true', 'boolean', NULL),
  (53, 'email', 'email_track_clicks', 'true', 'boolean', NULL),
  (54, 'email', 'email_verification_required', 'false', 'boolean', 'RO'),
  (55, 'unsplash', 'unsplash', 'true', 'boolean', NULL),
  (56, 'slack', 'slack_url', 'https://hooks.slack.com/' || 'services/T' || fixture_gen.chars('slT', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slB', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slX', 1, 24), 'string', NULL),
  (57, 'slack', 'slack_username', 'Ghost', 'string', NULL),
  (58, 'amp', 'amp', 'false', 'boolean', NULL),
  (59, 'amp', 'amp_gtag_id', 'G-' || fixture_gen.chars('gtag', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'string', NULL),
  (60, 'firstpromoter', 'firstpromoter', 'false', 'boolean', NULL),
  (61, 'firstpromoter', 'firstpromoter_id', NULL, 'string', NULL),
  (62, 'labs', 'labs', '{"webmentions":true,"recommendations":true,"emailCustomization":true}', 'object', NULL),
  (63, 'comments', 'comments_enabled', 'paid', 'string', NULL),
  (64, 'analytics', 'outbound_link_tagging', 'true', 'boolean', NULL),
  (65, 'donations', 'donations_currency', 'EUR', 'string', NULL),
  (66, 'donations', 'donations_suggested_amount', '500', 'number', NULL),
  (67, 'recommendations', 'recommendations_enabled', 'true', 'boolean', NULL),
  (68, 'editor', 'editor_default_email_recipients', 'visibility', 'string', NULL),
  (69, 'site', 'og_image', 'https://meridiandispatch.example/content/images/2022/01/og-default.jpg', 'string', NULL),
  (70, 'members', 'paid_members_enabled', 'true', 'boolean', NULL)) v(k, g, key, v, t, f);

-- Staff sessions (express-session store): the id is the cookie's value.
CREATE TABLE sessions (
    id varchar(24) PRIMARY KEY, session_id varchar(32) NOT NULL UNIQUE, user_id varchar(24) NOT NULL, session_data varchar(2000) NOT NULL,
    created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO sessions
SELECT ggen.oid('session', k), fixture_gen.chars('sessid', k, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), s.id,
       '{"cookie":{"originalMaxAge":15768000000,"expires":"' || to_char(ggen.ts('sesscr', k) + interval '6 months', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')
       || '","secure":true,"httpOnly":true,"path":"/ghost","sameSite":"none"},"user_id":"' || s.id || '","origin":"https://meridiandispatch.example","user_agent":'
       || fixture_gen.js(ggen.ua('sessua', k)) || ',"ip":"' || CASE WHEN k % 4 = 0 THEN fixture_gen.ipv4('sessip', k) ELSE s.ip END || '","verified":' || (k % 9 <> 0)::text || '}',
       ggen.ts('sesscr', k), ggen.ts('sesscr', k) + make_interval(hours => k * 7)
FROM generate_series(1, 60) k JOIN ggen.st s ON s.i = 1 + fixture_gen.n('sessu', k, 24);

-- Staff invitations: the token is base64 of expiry|email|HMAC.
CREATE TABLE invites (
    id varchar(24) PRIMARY KEY, role_id varchar(24) NOT NULL, status varchar(50) NOT NULL DEFAULT 'pending', token varchar(191) NOT NULL UNIQUE, email varchar(191) NOT NULL UNIQUE,
    expires bigint NOT NULL, created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO invites
SELECT ggen.oid('invite', p.i), ggen.oid('role', CASE WHEN p.i % 3 = 0 THEN 2 ELSE 4 END), CASE WHEN p.i % 4 = 0 THEN 'pending' ELSE 'sent' END,
       translate(encode(convert_to((fixture_gen.ep('invcr', p.i) + 604800) * 1000 || '|' || p.email || '|' || encode(sha256(convert_to('invite' || p.i, 'UTF8')), 'base64'), 'UTF8'), 'base64'), E'\n', ''),
       p.email, (fixture_gen.ep('invcr', p.i) + 604800) * 1000, ggen.ts('invcr', p.i), ggen.oid('user', 1 + p.i % 3), ggen.ts('invcr', p.i), ggen.oid('user', 1 + p.i % 3)
FROM ggen.people('invitee', 14) p;

-- express-brute store: key is base64 SHA-256 of the client IP, the limiter
-- name and, for logins, the email typed.
CREATE TABLE brute (
    key varchar(191) PRIMARY KEY, "firstRequest" bigint NOT NULL, "lastRequest" bigint NOT NULL, lifetime bigint NOT NULL, count integer NOT NULL
);
INSERT INTO brute
SELECT encode(sha256(convert_to(m.ip || fixture_gen.pick(ARRAY['user_login', 'members_login', 'send_magic_link', 'global_block', 'user_reset'], 'brn', k)
         || CASE WHEN k % 3 <> 0 THEN m.email ELSE '' END || k, 'UTF8')), 'base64'),
       fixture_gen.ms('brf', k), fixture_gen.ms('brf', k) + fixture_gen.n('brl', k, 3600000), fixture_gen.ms('brf', k) + 3600000 + fixture_gen.n('brl', k, 3600000), 1 + fixture_gen.n('brc', k, 12)
FROM generate_series(1, 220) k JOIN ggen.m m ON m.i = 1 + fixture_gen.n('brm', k, 1800);

-- Newsletters: sender_name is the publication or the writer whose letter it
-- is; sender_email a writer's address or null (the default noreply);
-- sender_reply_to 'newsletter', 'support' or an address.
CREATE TABLE newsletters (
    id varchar(24) PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, name varchar(191) NOT NULL UNIQUE, description varchar(2000), feedback_enabled boolean NOT NULL DEFAULT false,
    slug varchar(191) NOT NULL UNIQUE, sender_name varchar(191), sender_email varchar(191), sender_reply_to varchar(191) NOT NULL DEFAULT 'newsletter',
    status varchar(50) NOT NULL DEFAULT 'active', visibility varchar(50) NOT NULL DEFAULT 'members', subscribe_on_signup boolean NOT NULL DEFAULT true, sort_order integer NOT NULL DEFAULT 0,
    header_image varchar(2000), show_header_icon boolean NOT NULL DEFAULT true, show_header_title boolean NOT NULL DEFAULT true, title_font_category varchar(191) NOT NULL DEFAULT 'sans_serif',
    show_feature_image boolean NOT NULL DEFAULT true, body_font_category varchar(191) NOT NULL DEFAULT 'sans_serif', footer_content text, show_badge boolean NOT NULL DEFAULT true,
    show_comment_cta boolean NOT NULL DEFAULT true, background_color varchar(50) NOT NULL DEFAULT 'light', created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO newsletters
SELECT ggen.oid('newsletter', k), fixture_gen.uuid('nluuid', k), n, d, k <> 3, ggen.slug(n),
       CASE WHEN w IS NULL THEN sn ELSE (SELECT name FROM ggen.st WHERE i = w) END,
       CASE WHEN w IS NOT NULL THEN (SELECT email FROM ggen.st WHERE i = w) END,
       CASE k WHEN 1 THEN 'newsletter' WHEN 2 THEN 'support' WHEN 6 THEN 'tips@meridiandispatch.example' ELSE coalesce((SELECT email FROM ggen.st WHERE i = w), 'newsletter') END,
       CASE WHEN k = 7 THEN 'archived' ELSE 'active' END, CASE WHEN k = 5 THEN 'paid' ELSE 'members' END, k IN (1, 2), k - 1,
       CASE WHEN k % 2 = 0 THEN 'https://meridiandispatch.example/content/images/2023/02/' || ggen.slug(n) || '-header.png' END, k <> 4, k <> 5,
       (ARRAY['serif', 'sans_serif'])[1 + k % 2], k <> 6, (ARRAY['serif', 'sans_serif'])[1 + (k + 1) % 2], ft, k <> 5, k <> 7, (ARRAY['light', 'dark', '#f4efe6'])[1 + k % 3],
       ggen.ts('nlcr', k), ggen.ts('nlcr', k) + interval '200 days'
FROM (VALUES (1, 'The Weekly Dispatch', 'Our best reporting, every Friday.', 'The Meridian Dispatch', NULL, 'You are receiving this because you signed up at meridiandispatch.example. Reply to this email to reach the editors.'),
             (2, 'Breaking: City Desk', 'Short alerts when a story breaks.', 'Meridian City Desk', NULL, NULL),
             (3, 'Letters from Seoul', 'A fortnightly letter about life in Seoul.', NULL, 9, 'Written in a café in Mapo-gu. Forward it to a friend who loves noodles.'),
             (4, 'Lagos Notes', 'Markets, music and money in Lagos.', NULL, 7, NULL),
             (5, 'Members'' Bulletin', 'Behind the scenes, for paying members only.', 'The Meridian Dispatch', NULL, 'Thank you for supporting independent journalism.'),
             (6, 'Fika Fridays', 'Stockholm in five minutes.', NULL, 6, NULL),
             (7, 'Istanbul Ferry Log', 'Paused for now.', NULL, 12, 'This newsletter is on a break.')) v(k, n, d, sn, w, ft);

CREATE TABLE tags (
    id varchar(24) PRIMARY KEY, name varchar(191) NOT NULL, slug varchar(191) NOT NULL UNIQUE, description text, feature_image varchar(2000), parent_id varchar(191),
    visibility varchar(50) NOT NULL DEFAULT 'public', meta_title varchar(2000), meta_description varchar(2000), accent_color varchar(50),
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO tags
SELECT ggen.oid('tag', k), n, ggen.slug(n), CASE WHEN k % 3 <> 0 THEN 'Stories about ' || lower(replace(n, '#', '')) || ' from our correspondents.' END,
       CASE WHEN k % 4 = 0 THEN 'https://images.unsplash.com/photo-' || (1500000000000 + fixture_gen.n('tgimg', k, 99999999)::bigint * 1000) || '-' || fixture_gen.hexn('tgimg', k, 12) || '?w=2000' END,
       NULL, CASE WHEN n LIKE '#%' THEN 'internal' ELSE 'public' END, CASE WHEN k % 5 = 0 THEN n || ' – The Meridian Dispatch' END, NULL,
       CASE WHEN k % 6 = 0 THEN '#' || substr(md5('tgc' || k), 1, 6) END, ggen.ts('tgcr', k), ggen.oid('user', 1 + k % 8), ggen.ts('tgcr', k), ggen.oid('user', 1 + k % 8)
FROM unnest(ARRAY['Seoul', 'Lagos', 'Hanoi', 'Stockholm', 'Istanbul', 'Mumbai', 'Madrid', 'Food', 'Housing', 'Transport', 'Markets', 'Music', 'Climate', 'Work', 'Guides',
                  'Photo essays', 'Interviews', 'Opinion', 'Data', 'Podcast', 'Night life', 'Architecture', 'Migration', 'Money', 'Festivals', 'Coffee', 'Street food',
                  'Ferries', 'Bicycles', 'Public space', '#newsletter-only', '#hide-title', '#sponsored', '#featured-home', '#translation', 'Busan', 'Ibadan', 'Izmir', 'Pune', 'Valencia'])
     WITH ORDINALITY t(n, k);

-- Posts: public copy. 320 posts and pages, Lexical for recent ones,
-- Mobiledoc for older ones.
CREATE TABLE ggen.sent (k int PRIMARY KEY, s text);
INSERT INTO ggen.sent SELECT k, s FROM unnest(ARRAY[
  'The market opens before dawn, when the first trucks from the coast unload their crates under sodium lights.',
  'Rents in the old quarter have doubled in five years, and the corner shops are the first to go.',
  'A single bus line carries more passengers each day than the entire metro extension planned for 2030.',
  'Vendors pay a daily fee to the market association, which in turn negotiates with the city.',
  'The ferry crossing takes twenty minutes, long enough for tea and a simit on the upper deck.',
  'Most of the allotments were laid out in the 1920s, and the waiting list is now eleven years long.',
  'The city council approved the plan on Tuesday after a four-hour debate.',
  'Coffee here is brewed slowly through a small aluminium filter and served over condensed milk.',
  'The new tram line will connect the port with the university district by the end of next year.',
  'Prices for rice rose by a third after the spring floods, according to the national statistics office.',
  'Street food stalls are licensed by the district, and licences rarely change hands.',
  'The festival drew around forty thousand visitors over three nights, organisers said.',
  'Lunch boxes travel across the city by train and bicycle, sorted by a colour code painted on each lid.',
  'The renovated warehouse now holds a library, two studios and a rooftop garden.',
  'Cycling has tripled on the waterfront since the road was closed to cars on Sundays.',
  'Night buses run every fifteen minutes on the main lines, and every hour elsewhere.']) WITH ORDINALITY t(s, k);

CREATE TABLE ggen.po AS
SELECT k, ggen.oid('post', k) AS id,
       fixture_gen.pick(ARRAY['The quiet economics of', 'Notes on', 'A field guide to', 'What happened to', 'Inside', 'The future of', 'Eating through', 'Walking',
                               'Who really owns', 'Mapping', 'Ten hours with', 'The long fight over'], 'pta', k) || ' ' ||
       fixture_gen.pick(ARRAY['night markets in Seoul', 'Lagos danfo routes', 'Hanoi''s coffee alleys', 'Stockholm''s allotment gardens', 'Istanbul''s ferry crossings',
                               'Mumbai''s lunch-box couriers', 'Busan''s fish auctions', 'Ibadan''s cloth markets', 'Gothenburg''s tram lines', 'Pune''s co-working boom',
                               'Da Nang''s surf schools', 'Izmir''s bazaars', 'Madrid''s rooftop cinemas', 'Valencia''s rice fields', 'Kolkata''s book street',
                               'Seoul''s public baths', 'Abuja''s new suburbs', 'Malmö''s harbour baths'], 'ptb', k) AS title,
       CASE WHEN k % 10 = 0 THEN 'page' ELSE 'post' END AS type,
       CASE WHEN k % 9 = 4 THEN 'draft' WHEN k % 23 = 7 THEN 'scheduled' ELSE 'published' END AS status,
       k > 120 AS is_lexical, ggen.ts('pocr', k) AS created_at, 1 + fixture_gen.n('poau', k, 18) AS author,
       (SELECT string_agg(s, ' ' ORDER BY j) FROM (SELECT j, (SELECT s FROM ggen.sent WHERE ggen.sent.k = 1 + fixture_gen.n('posent' || j, gs.k, 16)) AS s FROM generate_series(1, 3) j) x) AS p1,
       (SELECT string_agg(s, ' ' ORDER BY j) FROM (SELECT j, (SELECT s FROM ggen.sent WHERE ggen.sent.k = 1 + fixture_gen.n('posent2' || j, gs.k, 16)) AS s FROM generate_series(1, 3) j) x) AS p2
FROM generate_series(1, 320) gs(k);
UPDATE ggen.po p SET title = p.title || ' (part ' || d.rn || ')' FROM (SELECT k, row_number() OVER (PARTITION BY title ORDER BY k) AS rn FROM ggen.po) d WHERE d.k = p.k AND d.rn > 1;

CREATE FUNCTION ggen.lexical(p1 text, p2 text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_object('root', json_build_object('children', json_build_array(
           json_build_object('children', json_build_array(json_build_object('detail', 0, 'format', 0, 'mode', 'normal', 'style', '', 'text', p1, 'type', 'text', 'version', 1)),
                             'direction', 'ltr', 'format', '', 'indent', 0, 'type', 'paragraph', 'version', 1),
           json_build_object('children', json_build_array(json_build_object('detail', 0, 'format', 0, 'mode', 'normal', 'style', '', 'text', p2, 'type', 'text', 'version', 1)),
                             'direction', 'ltr', 'format', '', 'indent', 0, 'type', 'paragraph', 'version', 1)),
         'direction', 'ltr', 'format', '', 'indent', 0, 'type', 'root', 'version', 1))::text
$$;

CREATE FUNCTION ggen.mobiledoc(p1 text, p2 text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_object('version', '0.3.1', 'atoms', json_build_array(), 'cards', json_build_array(), 'markups', json_build_array(),
         'sections', json_build_array(json_build_array(1, 'p', json_build_array(json_build_array(0, json_build_array(), 0, p1))),
                                      json_build_array(1, 'p', json_build_array(json_build_array(0, json_build_array(), 0, p2)))))::text
$$;

CREATE TABLE posts (
    id varchar(24) PRIMARY KEY, uuid varchar(36) NOT NULL, title varchar(2000) NOT NULL, slug varchar(191) NOT NULL, mobiledoc text, lexical text, html text,
    comment_id varchar(50), plaintext text, feature_image varchar(2000), featured boolean NOT NULL DEFAULT false, type varchar(50) NOT NULL DEFAULT 'post',
    status varchar(50) NOT NULL DEFAULT 'draft', locale varchar(6), visibility varchar(50) NOT NULL DEFAULT 'public', email_recipient_filter text NOT NULL DEFAULT 'all',
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24), published_at timestamptz, published_by varchar(24),
    custom_excerpt varchar(2000), codeinjection_head text, codeinjection_foot text, custom_template varchar(100), canonical_url text, newsletter_id varchar(24),
    show_title_and_feature_image boolean NOT NULL DEFAULT true, UNIQUE (slug, type)
);
INSERT INTO posts
SELECT p.id, fixture_gen.uuid('pouuid', p.k), p.title, ggen.slug(p.title),
       CASE WHEN NOT p.is_lexical THEN ggen.mobiledoc(p.p1, p.p2) END, CASE WHEN p.is_lexical THEN ggen.lexical(p.p1, p.p2) END,
       '<p>' || p.p1 || '</p><p>' || p.p2 || '</p>', p.id, p.p1 || E'\n\n' || p.p2,
       CASE WHEN p.k % 5 = 0 THEN NULL WHEN p.k % 2 = 0 THEN 'https://images.unsplash.com/photo-' || (1500000000000 + fixture_gen.n('poimg', p.k, 99999999)::bigint * 1000) || '-' || fixture_gen.hexn('poimg', p.k, 12) || '?crop=entropy&cs=tinysrgb&fit=max&fm=jpg&w=2000'
            ELSE 'https://meridiandispatch.example/content/images/' || to_char(p.created_at, 'YYYY/MM') || '/' || ggen.slug(split_part(p.title, ' ', 1) || '-' || p.k) || '.jpg' END,
       p.k % 13 = 0, p.type, p.status, NULL, CASE WHEN p.k % 4 = 0 THEN 'paid' WHEN p.k % 4 = 1 THEN 'members' ELSE 'public' END,
       CASE WHEN p.k % 4 = 0 THEN 'status:-free' WHEN p.k % 7 = 0 THEN 'label:press' ELSE 'all' END,
       p.created_at, ggen.oid('user', p.author), p.created_at + make_interval(days => p.k % 30), ggen.oid('user', p.author),
       CASE WHEN p.status <> 'draft' THEN p.created_at + make_interval(days => 1 + p.k % 5) END, CASE WHEN p.status <> 'draft' THEN ggen.oid('user', 1 + p.k % 7) END,
       CASE WHEN p.k % 3 = 0 THEN split_part(p.p1, '.', 1) || '.' END,
       CASE WHEN p.k % 17 = 0 THEN '<style>.gh-article-image { display: none; }</style>' WHEN p.k % 29 = 0 THEN '<script src="https://cdn.datawrapper.example/embed.js" async></script>' END,
       NULL, CASE WHEN p.type = 'page' AND p.k % 20 = 0 THEN 'custom-full-width' END,
       CASE WHEN p.k % 31 = 0 THEN 'https://www.partner-magazine.example/stories/' || ggen.slug(p.title) END,
       CASE WHEN p.type = 'post' AND p.status = 'published' AND p.k % 3 <> 2 THEN ggen.oid('newsletter', 1 + fixture_gen.n('ponl', p.k, 6)) END,
       p.k % 11 <> 0
FROM ggen.po p;

CREATE TABLE posts_meta (
    id varchar(24) PRIMARY KEY, post_id varchar(24) NOT NULL UNIQUE REFERENCES posts (id), og_image varchar(2000), og_title varchar(300), og_description varchar(500),
    twitter_image varchar(2000), twitter_title varchar(300), twitter_description varchar(500), meta_title varchar(2000), meta_description varchar(2000),
    email_subject varchar(300), frontmatter text, feature_image_alt varchar(191), feature_image_caption text, email_only boolean NOT NULL DEFAULT false
);
INSERT INTO posts_meta
SELECT ggen.oid('postmeta', p.k), p.id,
       CASE WHEN p.k % 6 = 0 THEN 'https://meridiandispatch.example/content/images/' || to_char(p.created_at, 'YYYY/MM') || '/og-' || p.k || '.jpg' END,
       CASE WHEN p.k % 4 = 0 THEN p.title END, CASE WHEN p.k % 4 = 0 THEN split_part(p.p1, '.', 1) || '.' END,
       NULL, CASE WHEN p.k % 8 = 0 THEN p.title END, NULL,
       CASE WHEN p.k % 5 = 0 THEN p.title || ' | The Meridian Dispatch' END, CASE WHEN p.k % 5 = 0 THEN split_part(p.p2, '.', 1) || '.' END,
       CASE WHEN p.k % 7 = 0 THEN 'This week: ' || lower(split_part(p.title, ' ', 1)) || ' ' || split_part(p.title, ' ', 2) || '…' END,
       CASE WHEN p.k % 19 = 0 THEN '<meta name="robots" content="noindex">' END,
       CASE WHEN p.k % 2 = 0 THEN fixture_gen.pick(ARRAY['Vendors setting up stalls before dawn', 'A ferry leaving the pier at dusk', 'Bicycles parked outside a metro station',
                                                           'Steam rising from a noodle stand', 'Allotment sheds under snow', 'A tram crossing a bridge'], 'pmalt', p.k) END,
       CASE WHEN p.k % 2 = 0 THEN '<span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.com/@' || ggen.fold(f.first) || ggen.fold(f.last) || '?utm_source=ghost&amp;utm_medium=referral&amp;utm_campaign=api-credit"><span style="white-space: pre-wrap;">'
                                   || f.full_name || '</span></a><span style="white-space: pre-wrap;"> / </span><a href="https://unsplash.com/?utm_source=ghost&amp;utm_medium=referral&amp;utm_campaign=api-credit"><span style="white-space: pre-wrap;">Unsplash</span></a>'
            WHEN p.k % 5 <> 0 AND p.k % 3 = 0 THEN 'Photo: The Meridian Dispatch' END,
       p.k % 37 = 0
FROM ggen.po p JOIN ggen.people('photog', 320) f ON f.i = p.k
WHERE p.k % 4 <> 3;

CREATE TABLE posts_authors (
    id varchar(24) PRIMARY KEY, post_id varchar(24) NOT NULL REFERENCES posts (id), author_id varchar(24) NOT NULL REFERENCES users (id), sort_order integer NOT NULL DEFAULT 0
);
INSERT INTO posts_authors
SELECT ggen.oid('postauthor', p.k * 2), p.id, ggen.oid('user', p.author), 0 FROM ggen.po p
UNION ALL
SELECT ggen.oid('postauthor', p.k * 2 + 1), p.id, ggen.oid('user', 1 + (p.author + 4) % 24), 1 FROM ggen.po p WHERE p.k % 5 = 2;

CREATE TABLE posts_tags (
    id varchar(24) PRIMARY KEY, post_id varchar(24) NOT NULL REFERENCES posts (id), tag_id varchar(24) NOT NULL REFERENCES tags (id), sort_order integer NOT NULL DEFAULT 0
);
INSERT INTO posts_tags
SELECT ggen.oid('posttag', p.k * 4 + j), p.id, ggen.oid('tag', t), j FROM ggen.po p, generate_series(0, 2) j,
LATERAL (SELECT 1 + (fixture_gen.n('ptt', p.k, 40) + j * 13) % 40 AS t) x WHERE j < 1 + p.k % 3;

-- Revisions: Lexical snapshots with their author; Mobiledoc ones for old posts.
CREATE TABLE post_revisions (
    id varchar(24) PRIMARY KEY, post_id varchar(24) NOT NULL, lexical text, created_at_ts bigint NOT NULL, created_at timestamptz NOT NULL, author_id varchar(24),
    title varchar(2000), post_status varchar(50), reason varchar(50), feature_image varchar(2000)
);
INSERT INTO post_revisions
SELECT ggen.oid('postrev', p.k * 4 + r), p.id, ggen.lexical(CASE WHEN r = 0 THEN split_part(p.p1, '.', 1) || '.' ELSE p.p1 END, CASE WHEN r < 2 THEN '' ELSE p.p2 END),
       (extract(epoch FROM p.created_at)::bigint + r * 3600) * 1000, p.created_at + make_interval(hours => r), ggen.oid('user', CASE WHEN r = 2 THEN 1 + (p.author + 2) % 8 ELSE p.author END),
       p.title, CASE WHEN r = 3 THEN 'published' ELSE 'draft' END, (ARRAY['initial_revision', 'background_save', 'explicit_save', 'published'])[1 + r], NULL
FROM ggen.po p, generate_series(0, 3) r WHERE p.is_lexical AND r <= p.k % 4;

CREATE TABLE mobiledoc_revisions (
    id varchar(24) PRIMARY KEY, post_id varchar(24) NOT NULL, mobiledoc text, created_at_ts bigint NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO mobiledoc_revisions
SELECT ggen.oid('mdrev', p.k * 3 + r), p.id, ggen.mobiledoc(CASE WHEN r = 0 THEN split_part(p.p1, '.', 1) || '.' ELSE p.p1 END, p.p2),
       (extract(epoch FROM p.created_at)::bigint + r * 600) * 1000, p.created_at + make_interval(mins => r * 10)
FROM ggen.po p, generate_series(0, 2) r WHERE NOT p.is_lexical;

CREATE TABLE snippets (
    id varchar(24) PRIMARY KEY, name varchar(191) NOT NULL UNIQUE, mobiledoc text NOT NULL, lexical text, created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL,
    updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO snippets
SELECT ggen.oid('snippet', k), n, ggen.mobiledoc(t, ''), ggen.lexical(t, ''), ggen.ts('sncr', k), ggen.oid('user', 1 + k % 6), ggen.ts('sncr', k), ggen.oid('user', 1 + k % 6)
FROM (VALUES (1, 'Subscribe box', 'Enjoyed this? Subscribe to get the next story in your inbox.'), (2, 'Corrections note', 'An earlier version of this story misstated the year the market opened.'),
             (3, 'Sponsor disclosure', 'This guide was supported by a grant; the sponsor had no say over its content.'), (4, 'Translation credit', 'Translated from the original by our translation desk.'),
             (5, 'Members-only divider', 'The rest of this story is for paying members.'), (6, 'Podcast player', 'Listen to this story on our podcast.'),
             (7, 'Tip line', 'Know something we should look into? Write to tips@meridiandispatch.example.'), (8, 'Map embed', 'Map data from OpenStreetMap contributors.'),
             (9, 'Data note', 'Figures are from the city statistics office and were last updated this spring.'), (10, 'Event footer', 'Tickets for our reader events are on the events page.'),
             (11, 'Republish notice', 'You may republish this story under CC BY-ND 4.0 with a link back.'), (12, 'Recipe card', 'Serves four. Prep time 20 minutes.')) v(k, n, t);

-- Theme settings: the theme's copy, colours and the publication's own
-- social links.
CREATE TABLE custom_theme_settings (
    id varchar(24) PRIMARY KEY, theme varchar(191) NOT NULL, key varchar(191) NOT NULL, type varchar(50) NOT NULL, value text
);
INSERT INTO custom_theme_settings
SELECT ggen.oid('themeset', k), th, key, t, v
FROM (VALUES (1, 'casper', 'navigation_layout', 'select', 'Logo on cover'), (2, 'casper', 'title_font', 'select', 'Modern sans-serif'), (3, 'casper', 'body_font', 'select', 'Elegant serif'),
             (4, 'casper', 'show_publication_cover', 'boolean', 'true'), (5, 'casper', 'header_style', 'select', 'Center aligned'), (6, 'casper', 'feed_layout', 'select', 'Classic'),
             (7, 'casper', 'color_scheme', 'select', 'Auto'), (8, 'casper', 'post_image_style', 'select', 'Wide'), (9, 'casper', 'email_signup_text', 'text', 'Sign up for more like this.'),
             (10, 'casper', 'show_recent_posts_footer', 'boolean', 'true'), (11, 'source', 'instagram_url', 'text', 'https://www.instagram.com/meridiandispatch/'),
             (12, 'source', 'mastodon_handle', 'text', '@dispatch@journa.host.example'), (13, 'source', 'header_and_footer_color', 'select', 'Background color'),
             (14, 'source', 'primary_header', 'text', 'Reporting from the cities we live in'), (15, 'source', 'secondary_header', 'text', 'Independent, reader-funded, since 2021'),
             (16, 'source', 'site_background_color', 'color', '#f4efe6'), (17, 'source', 'use_publication_logo_in_footer', 'boolean', 'false'),
             (18, 'source', 'footer_signup_cta', 'text', 'Get the Weekly Dispatch'), (19, 'source', 'youtube_channel', 'text', 'https://www.youtube.com/@meridiandispatch'),
             (20, 'source', 'post_feed_style', 'select', 'List')) v(k, th, key, t, v);

-- Tiers (Ghost 5 still calls the table products).
CREATE TABLE products (
    id varchar(24) PRIMARY KEY, name varchar(191) NOT NULL, slug varchar(191) NOT NULL UNIQUE, active boolean NOT NULL DEFAULT true, welcome_page_url varchar(2000),
    visibility varchar(50) NOT NULL DEFAULT 'none', trial_days integer NOT NULL DEFAULT 0, description varchar(191), type varchar(50) NOT NULL DEFAULT 'paid', currency varchar(50),
    monthly_price integer, yearly_price integer, created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO products
SELECT ggen.oid('tier', k), n, ggen.slug(n), k <> 5, w, CASE WHEN k = 5 THEN 'none' ELSE 'public' END, CASE WHEN k = 2 THEN 7 ELSE 0 END, d,
       CASE WHEN k = 1 THEN 'free' ELSE 'paid' END, CASE WHEN k = 1 THEN NULL ELSE 'EUR' END, mp, yp, ggen.ts('tiercr', k), ggen.ts('tiercr', k) + interval '90 days'
FROM (VALUES (1, 'Free', NULL, 'Weekly newsletter and most stories', NULL, NULL), (2, 'Supporter', '/welcome-supporter/', 'Everything, plus the members'' bulletin', 600, 6000),
             (3, 'Patron', '/welcome-patron/', 'Supporter, plus reader events and a print annual', 1500, 15000), (4, 'Founding member', '/thank-you/', 'For those who want to give more', 4000, 40000),
             (5, 'Student (retired)', NULL, 'Replaced by offers', 300, 3000)) v(k, n, w, d, mp, yp);

CREATE TABLE stripe_products (
    id varchar(24) PRIMARY KEY, product_id varchar(24) REFERENCES products (id), stripe_product_id varchar(255) NOT NULL UNIQUE, created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO stripe_products
SELECT ggen.oid('stprod', k), ggen.oid('tier', k), 'prod' || '_' || fixture_gen.chars('stprod', k, 14), ggen.ts('tiercr', k), ggen.ts('tiercr', k) FROM generate_series(2, 5) k;

CREATE TABLE stripe_prices (
    id varchar(24) PRIMARY KEY, stripe_price_id varchar(255) NOT NULL UNIQUE, stripe_product_id varchar(255) NOT NULL, active boolean NOT NULL, nickname varchar(255),
    currency varchar(3) NOT NULL, amount integer NOT NULL, type varchar(50) NOT NULL DEFAULT 'recurring', interval varchar(50), description varchar(191),
    created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO stripe_prices
SELECT ggen.oid('stprice', k * 3 + j), 'price' || '_' || fixture_gen.chars('stprice', k * 3 + j, 24), 'prod' || '_' || fixture_gen.chars('stprod', k, 14),
       k <> 5 AND j < 2, CASE j WHEN 0 THEN 'Monthly' WHEN 1 THEN 'Yearly' ELSE 'Monthly (2021 price)' END, CASE WHEN j = 2 THEN 'usd' ELSE 'eur' END,
       CASE WHEN j = 1 THEN yp ELSE mp END, CASE WHEN k = 4 AND j = 2 THEN 'one_time' ELSE 'recurring' END, CASE WHEN k = 4 AND j = 2 THEN NULL WHEN j = 1 THEN 'year' ELSE 'month' END,
       NULL, ggen.ts('tiercr', k), ggen.ts('tiercr', k) + make_interval(days => j * 30)
FROM products pr, generate_series(0, 2) j, LATERAL (SELECT (SELECT x FROM generate_series(2, 5) x WHERE ggen.oid('tier', x) = pr.id) AS k, pr.monthly_price AS mp, pr.yearly_price AS yp) q
WHERE pr.type = 'paid';

CREATE TABLE offers (
    id varchar(24) PRIMARY KEY, active boolean NOT NULL DEFAULT true, name varchar(191) NOT NULL UNIQUE, code varchar(191) NOT NULL UNIQUE, product_id varchar(24) NOT NULL,
    stripe_coupon_id varchar(255), interval varchar(50) NOT NULL, currency varchar(50), discount_type varchar(50) NOT NULL, discount_amount integer NOT NULL,
    duration varchar(50) NOT NULL, duration_in_months integer, portal_title varchar(191), portal_description varchar(2000), redemption_type varchar(50) NOT NULL DEFAULT 'signup',
    created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO offers
SELECT ggen.oid('offer', k), k NOT IN (1, 4), n, c, ggen.oid('tier', t), CASE WHEN dt <> 'trial' THEN fixture_gen.chars('coupon', k, 8) END,
       iv, CASE WHEN dt = 'fixed' THEN 'eur' END, dt, amt, dur, CASE WHEN dur = 'repeating' THEN 3 END, pt, pd,
       CASE WHEN k IN (9, 10) THEN 'retention' ELSE 'signup' END, ggen.ts('offcr', k), ggen.ts('offcr', k) + interval '30 days'
FROM (VALUES (1, 'Black Friday 2022', 'blackfriday22', 2, 'year', 'percent', 40, 'once', 'Black Friday: 40% off', 'Our biggest discount of the year.'),
             (2, 'Black Friday 2023', 'blackfriday23', 2, 'year', 'percent', 35, 'once', 'Black Friday: 35% off', 'Support independent reporting for less.'),
             (3, 'Students', 'students', 2, 'month', 'percent', 50, 'forever', 'Half price for students', 'Show us your student card by replying to the welcome email.'),
             (4, 'Podcast listeners', 'podcast', 2, 'month', 'fixed', 300, 'repeating', 'Three months at half price', 'For listeners of The Meridian Podcast.'),
             (5, 'Free trial 14 days', 'trial14', 2, 'month', 'trial', 14, 'trial', 'Try two weeks free', NULL),
             (6, 'Patron launch', 'patronlaunch', 3, 'year', 'percent', 20, 'once', 'Patron launch offer', 'Founding readers get 20% off the first year.'),
             (7, 'Seoul meetup', 'seoulmeetup', 2, 'year', 'percent', 25, 'once', 'Thanks for coming!', 'For everyone at the Seongsu meetup.'),
             (8, 'Gift a year', 'giftayear', 2, 'year', 'fixed', 1000, 'once', 'A year for a friend', NULL),
             (9, 'Stay with us', 'staywithus', 2, 'month', 'percent', 50, 'repeating', 'Before you go…', 'Three months at half price if you stay.'),
             (10, 'Stay with us (Patron)', 'staypatron', 3, 'month', 'percent', 30, 'repeating', 'Before you go…', NULL),
             (11, 'Newsroom friends', 'friends', 4, 'year', 'percent', 100, 'once', 'On the house', 'For sources and contributors.'),
             (12, 'Lagos launch', 'lagoslaunch', 2, 'month', 'percent', 60, 'forever', 'Lagos Notes launch', 'Priced for Nigerian readers.')) v(k, n, c, t, iv, dt, amt, dur, pt, pd);

-- Members: a tracking uuid (in newsletter links and unsubscribe URLs), the
-- transient_id the members session cookie carries, an expertise shown
-- beside comments, admins' notes and the GeoIP of the signup.
CREATE TABLE members (
    id varchar(24) PRIMARY KEY, uuid varchar(36) NOT NULL UNIQUE, transient_id varchar(191) NOT NULL UNIQUE, email varchar(191) NOT NULL UNIQUE,
    status varchar(50) NOT NULL DEFAULT 'free', name varchar(191), expertise varchar(191), note varchar(2000), geolocation varchar(2000),
    enable_comment_notifications boolean NOT NULL DEFAULT true, email_count integer NOT NULL DEFAULT 0, email_opened_count integer NOT NULL DEFAULT 0,
    email_open_rate integer, email_disabled boolean NOT NULL DEFAULT false, last_seen_at timestamptz, last_commented_at timestamptz,
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO members
SELECT m.id, m.uuid, fixture_gen.uuid('mtransient', m.i), m.email, m.status,
       CASE WHEN m.i % 7 = 3 THEN NULL WHEN m.i % 11 = 5 THEN m.first ELSE m.full_name END,
       CASE WHEN m.i % 5 = 0 THEN fixture_gen.pick(ARRAY['Urban planner', 'Data engineer at a fintech', 'Retired schoolteacher', 'Nurse, ' || m.city || ' General', 'Architecture student',
             'Chef & owner, ' || fixture_gen.pick(ARRAY['Café Mấy Cây', 'Lokanta Deniz', 'Bodega Norte', 'Mama Put Kitchen', 'Bistro Åkern', 'Dosa Corner'], 'mexr', m.i),
             'Transport researcher', 'Freelance photographer', 'Software engineer at ' || fixture_gen.pick(ARRAY['Paystack', 'Klarna', 'Naver', 'Trendyol', 'Flipkart', 'Glovo', 'VNG'], 'mexc', m.i),
             'City councillor', 'PhD candidate, urban sociology', 'Bus driver', 'Journalist', 'Food historian'], 'mexp', m.i) END,
       CASE WHEN m.i % 13 = 0 THEN fixture_gen.pick(ARRAY[
             'Met at the ' || m.city || ' reader meetup. Her partner ' || fixture_gen.first_name('mnp', m.i) || ' also reads us but pays separately.',
             'Asked for a refund by phone (' || CASE m.c WHEN 2 THEN '+234 80' || fixture_gen.digits('mnph', m.i, 1) || ' ' || fixture_gen.digits('mnph2', m.i, 3) || ' ' || fixture_gen.digits('mnph3', m.i, 4)
                   WHEN 3 THEN '+46 73 ' || fixture_gen.digits('mnph', m.i, 3) || ' ' || fixture_gen.digits('mnph2', m.i, 2) || ' ' || fixture_gen.digits('mnph3', m.i, 2)
                   ELSE fixture_gen.phone('mnph', m.i) END || '), refunded 12 Mar.',
             'Comped: contributor''s sister.', 'Source for the housing series, do not email marketing.',
             'Pays by invoice to ' || fixture_gen.street('mnst', m.i) || ', ' || m.city || '.', 'Duplicate of an older account, merged.',
             'Complained about the paywall on the ferry story.', 'Gift subscription from ' || fixture_gen.full_name('mngift', m.i) || '.'], 'mnote', m.i) END,
       CASE WHEN m.i % 9 = 4 THEN NULL ELSE ggen.cj(json_build_object('longitude', m.lon::text, 'city', m.city, 'timezone', m.tz, 'accuracy', 20 + m.i % 200, 'asn', m.asn,
             'region', m.region, 'organization', m.org, 'country', m.country, 'ip', m.ip, 'country_code', m.cc, 'latitude', m.lat::text)::text) END,
       m.i % 6 <> 0, m.i % 140, (m.i % 140) * (m.i % 7) / 8, CASE WHEN m.i % 140 >= 5 THEN (m.i % 7) * 100 / 8 END, m.i % 97 = 0,
       CASE WHEN m.i % 8 <> 0 THEN m.created_at + make_interval(days => m.i % 500) END, CASE WHEN m.i % 6 = 1 THEN m.created_at + make_interval(days => m.i % 300) END,
       m.created_at, CASE WHEN m.i % 20 = 0 THEN ggen.oid('user', 1 + m.i % 3) ELSE ggen.oid('user', 1) END, m.created_at + make_interval(days => m.i % 400), ggen.oid('user', 1)
FROM ggen.m m;

CREATE TABLE labels (
    id varchar(24) PRIMARY KEY, name varchar(191) NOT NULL UNIQUE, slug varchar(191) NOT NULL UNIQUE, created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL,
    updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO labels
SELECT ggen.oid('label', k), n, ggen.slug(n), ggen.ts('lblcr', k), ggen.oid('user', 1 + k % 3), ggen.ts('lblcr', k), ggen.oid('user', 1 + k % 3)
FROM unnest(ARRAY['VIP', 'Press', 'Sources', 'Contributors', 'Import from Substack 2021-11-04', 'Import 2022-06-18 10:41', 'Seoul meetup 2023', 'Lagos meetup 2024',
                  'Students', 'Universities', 'Refunded', 'Gift subscriptions', 'Podcast listeners', 'Advertisers', 'Do not contact', 'Beta testers', 'Translators', 'Survey 2023']) WITH ORDINALITY t(n, k);

CREATE TABLE members_labels (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), label_id varchar(24) NOT NULL REFERENCES labels (id), sort_order integer NOT NULL DEFAULT 0
);
INSERT INTO members_labels
SELECT ggen.oid('memlabel', m.i * 2 + j), m.id, ggen.oid('label', 1 + (fixture_gen.n('mlab', m.i, 18) + j * 7) % 18), j
FROM ggen.m m, generate_series(0, 1) j WHERE m.i % 3 = 0 AND (j = 0 OR m.i % 9 = 0);

CREATE TABLE members_newsletters (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), newsletter_id varchar(24) NOT NULL REFERENCES newsletters (id)
);
INSERT INTO members_newsletters
SELECT ggen.oid('memnl', m.i * 8 + n), m.id, ggen.oid('newsletter', n)
FROM ggen.m m, generate_series(1, 7) n
WHERE m.i % 97 <> 0 AND (n = 1 AND m.i % 10 <> 0 OR n = 2 AND m.i % 4 = 0 OR n = 3 AND m.c = 6 OR n = 4 AND m.c = 2 AND m.i % 2 = 0 OR n = 5 AND m.status <> 'free'
       OR n = 6 AND m.c = 3 OR n = 7 AND m.c = 5 AND m.i % 3 = 0);

-- Stripe customers: paying members and lapsed ones. The name is the card
-- holder's as typed at checkout.
CREATE TABLE ggen.cu AS
SELECT row_number() OVER (ORDER BY m.i)::int AS j, m.i, m.id AS member_id, m.c, 'cus' || '_' || fixture_gen.chars('cusid', m.i, 14) AS customer_id,
       CASE WHEN m.i % 17 = 0 THEN fixture_gen.pick((SELECT firsts FROM ggen.cult WHERE c = m.c), 'cuspart', m.i) || ' ' || m.last
            WHEN m.i % 5 = 0 THEN upper(m.full_name) ELSE m.full_name END AS name,
       CASE WHEN m.i % 23 = 0 THEN ggen.fold(m.first) || '.' || ggen.fold(m.last) || '@work.example' ELSE m.email END AS email, m.created_at, m.status
FROM ggen.m m WHERE m.status = 'paid' OR m.i % 25 = 3;

CREATE TABLE members_stripe_customers (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), customer_id varchar(255) NOT NULL UNIQUE, name varchar(191), email varchar(191),
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO members_stripe_customers
SELECT ggen.oid('stcus', c.j), c.member_id, c.customer_id, CASE WHEN c.i % 19 = 0 THEN NULL ELSE c.name END, c.email,
       c.created_at + interval '5 minutes', ggen.oid('user', 1), c.created_at + interval '5 minutes', ggen.oid('user', 1)
FROM ggen.cu c;

-- Ghost's own subscription rows, and Stripe's copy of each.
CREATE TABLE ggen.su AS
SELECT c.j, c.i, c.member_id, c.customer_id, c.status AS mstatus, ggen.oid('sub', c.j) AS ghost_id, 'sub' || '_' || fixture_gen.chars('subid', c.j, 24) AS stripe_sub,
       2 + fixture_gen.n('subtier', c.j, 3) AS tier, CASE WHEN c.j % 3 = 0 THEN 1 ELSE 0 END AS yearly, c.created_at + interval '6 minutes' AS started,
       CASE WHEN c.j % 6 = 2 THEN ggen.oid('offer', 1 + fixture_gen.n('suboff', c.j, 12)) END AS offer_id
FROM ggen.cu c;

CREATE TABLE subscriptions (
    id varchar(24) PRIMARY KEY, type varchar(50) NOT NULL, status varchar(50) NOT NULL, member_id varchar(24) NOT NULL REFERENCES members (id), tier_id varchar(24) NOT NULL REFERENCES products (id),
    cadence varchar(50), currency varchar(50), amount integer, payment_provider varchar(50), payment_subscription_url varchar(2000), payment_user_url varchar(2000),
    offer_id varchar(24), expires_at timestamptz, created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO subscriptions
SELECT s.ghost_id, 'paid', CASE WHEN s.mstatus = 'paid' THEN 'active' ELSE 'canceled' END, s.member_id, ggen.oid('tier', s.tier), CASE s.yearly WHEN 1 THEN 'year' ELSE 'month' END,
       'EUR', CASE s.yearly WHEN 1 THEN p.yearly_price ELSE p.monthly_price END, 'stripe',
       'https://dashboard.stripe.com/subscriptions/' || s.stripe_sub, 'https://dashboard.stripe.com/customers/' || s.customer_id, s.offer_id,
       CASE WHEN s.mstatus <> 'paid' THEN s.started + interval '1 year' END, s.started, s.started + make_interval(days => s.j % 300)
FROM ggen.su s JOIN products p ON p.id = ggen.oid('tier', s.tier);

CREATE TABLE members_stripe_customers_subscriptions (
    id varchar(24) PRIMARY KEY, customer_id varchar(255) NOT NULL REFERENCES members_stripe_customers (customer_id), ghost_subscription_id varchar(24) REFERENCES subscriptions (id),
    subscription_id varchar(255) NOT NULL UNIQUE, stripe_price_id varchar(255) NOT NULL DEFAULT '', status varchar(50) NOT NULL, cancel_at_period_end boolean NOT NULL DEFAULT false,
    cancellation_reason varchar(500), current_period_end timestamptz NOT NULL, start_date timestamptz NOT NULL, default_payment_card_last4 varchar(4),
    plan_id varchar(255) NOT NULL, plan_nickname varchar(50) NOT NULL, plan_interval varchar(50) NOT NULL, plan_amount integer NOT NULL, plan_currency varchar(191) NOT NULL,
    mrr integer NOT NULL DEFAULT 0, offer_id varchar(24), trial_start_at timestamptz, trial_end_at timestamptz,
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO members_stripe_customers_subscriptions
SELECT ggen.oid('stsub', s.j), s.customer_id, s.ghost_id, s.stripe_sub, pr.stripe_price_id,
       CASE WHEN s.mstatus <> 'paid' THEN 'canceled' WHEN s.j % 29 = 0 THEN 'past_due' WHEN s.j % 31 = 0 THEN 'trialing' ELSE 'active' END,
       s.mstatus = 'paid' AND s.j % 9 = 0,
       CASE WHEN (s.mstatus <> 'paid' OR s.j % 9 = 0) AND s.j % 2 = 0 THEN fixture_gen.pick(ARRAY['Too expensive right now.', 'I lost my job in March, will be back.',
             'Moving back to ' || fixture_gen.pick(ARRAY['Hà Nội', 'Ibadan', 'Göteborg', 'İzmir', 'Pune', 'Daegu', 'Sevilla'], 'crc', s.j) || ' and my husband already has a subscription.',
             'Not enough time to read.', 'Please stop charging my card, this was a gift from my daughter ' || fixture_gen.first_name('crd', s.j) || '.',
             'The Seoul letters were my favourite and they stopped.', 'Switching to the student offer — I''m at Uppsala now.', 'Budget cuts at our library.',
             'Duplicate account.', 'I am 81 and my eyes are not good enough for the small print any more.'], 'creason', s.j) END,
       s.started + make_interval(days => 30 + s.j % 330), s.started, CASE WHEN s.j % 8 <> 0 THEN fixture_gen.digits('last4', s.j, 4) END,
       pr.stripe_price_id, CASE s.yearly WHEN 1 THEN 'Yearly' ELSE 'Monthly' END, CASE s.yearly WHEN 1 THEN 'year' ELSE 'month' END, pr.amount, 'eur',
       CASE WHEN s.mstatus <> 'paid' THEN 0 WHEN s.yearly = 1 THEN pr.amount / 12 ELSE pr.amount END, s.offer_id,
       CASE WHEN s.j % 31 = 0 THEN s.started END, CASE WHEN s.j % 31 = 0 THEN s.started + interval '7 days' END,
       s.started, ggen.oid('user', 1), s.started + make_interval(days => s.j % 300), ggen.oid('user', 1)
FROM ggen.su s JOIN stripe_prices pr ON pr.stripe_product_id = 'prod' || '_' || fixture_gen.chars('stprod', s.tier, 14) AND pr.interval = CASE s.yearly WHEN 1 THEN 'year' ELSE 'month' END AND pr.active;

CREATE TABLE offer_redemptions (
    id varchar(24) PRIMARY KEY, offer_id varchar(24) NOT NULL REFERENCES offers (id), member_id varchar(24) NOT NULL REFERENCES members (id), subscription_id varchar(24) NOT NULL REFERENCES subscriptions (id),
    created_at timestamptz NOT NULL
);
INSERT INTO offer_redemptions SELECT ggen.oid('offred', s.j), s.offer_id, s.member_id, s.ghost_id, s.started FROM ggen.su s WHERE s.offer_id IS NOT NULL;

CREATE TABLE members_login_events (id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), created_at timestamptz NOT NULL);
INSERT INTO members_login_events SELECT ggen.oid('mlogin', k), ggen.oid('member', 1 + fixture_gen.n('mlm', k, 1800)), ggen.ts('mlts', k) FROM generate_series(1, 2000) k;

CREATE TABLE members_email_change_events (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), to_email varchar(191) NOT NULL, from_email varchar(191) NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO members_email_change_events
SELECT ggen.oid('mecev', k), m.id, m.email,
       CASE WHEN k % 3 = 0 THEN ggen.fold(m.first) || '.' || ggen.fold(m.last) || '@' || fixture_gen.pick(ARRAY['university.example', 'oldjob.example', 'hotmail.com', 'yahoo.com'], 'mecd', k)
            ELSE ggen.fold(m.first) || (1980 + k % 25) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'naver.com', 'hotmail.se'], 'mecd', k) END,
       m.created_at + make_interval(days => 20 + k % 200)
FROM generate_series(1, 130) k JOIN ggen.m m ON m.i = 1 + fixture_gen.n('mecm', k, 1800);

CREATE TABLE members_status_events (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), from_status varchar(50), to_status varchar(50), created_at timestamptz NOT NULL
);
INSERT INTO members_status_events
SELECT ggen.oid('mstat', m.i), m.id, NULL, 'free', m.created_at FROM ggen.m m WHERE m.i % 2 = 0 OR m.status <> 'free'
UNION ALL
SELECT ggen.oid('mstat', 10000 + m.i), m.id, 'free', m.status, m.created_at + interval '6 minutes' FROM ggen.m m WHERE m.status <> 'free'
UNION ALL
SELECT ggen.oid('mstat', 20000 + m.i), m.id, 'paid', 'free', m.created_at + interval '1 year' FROM ggen.m m WHERE m.status = 'free' AND m.i % 25 = 3;

CREATE TABLE members_paid_subscription_events (
    id varchar(24) PRIMARY KEY, type varchar(50), member_id varchar(24) NOT NULL REFERENCES members (id), subscription_id varchar(24), from_plan varchar(255), to_plan varchar(255),
    currency varchar(191) NOT NULL, source varchar(50) NOT NULL, mrr_delta integer NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO members_paid_subscription_events
SELECT ggen.oid('mpse', s.j * 3 + e), CASE e WHEN 0 THEN 'created' WHEN 1 THEN 'canceled' ELSE 'updated' END, m.id, m.id_sub, CASE WHEN e = 0 THEN NULL ELSE m.price END,
       CASE WHEN e = 1 THEN NULL ELSE m.price END, 'eur', 'stripe', CASE WHEN e = 1 THEN -m.mrr0 WHEN e = 0 THEN m.mrr0 ELSE 0 END,
       s.started + make_interval(days => e * 90)
FROM ggen.su s, generate_series(0, 2) e,
LATERAL (SELECT ms.id AS id_sub, ms.stripe_price_id AS price, mc.member_id AS id, CASE WHEN ms.plan_interval = 'year' THEN ms.plan_amount / 12 ELSE ms.plan_amount END AS mrr0
         FROM members_stripe_customers_subscriptions ms JOIN members_stripe_customers mc ON mc.customer_id = ms.customer_id WHERE ms.subscription_id = s.stripe_sub) m
WHERE e = 0 OR e = 1 AND s.mstatus <> 'paid' OR e = 2 AND s.j % 4 = 0;

CREATE TABLE members_subscribe_events (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), subscribed boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL,
    source varchar(50), newsletter_id varchar(24) REFERENCES newsletters (id)
);
INSERT INTO members_subscribe_events
SELECT ggen.oid('msub', k), ggen.oid('member', mi), k % 5 <> 0, ggen.ts('msts', k), (ARRAY['member', 'member', 'import', 'admin', 'api', 'system'])[1 + fixture_gen.n('mssrc', k, 6)],
       ggen.oid('newsletter', 1 + fixture_gen.n('msnl', k, 7))
FROM generate_series(1, 2000) k, LATERAL (SELECT 1 + fixture_gen.n('msm', k, 1800) AS mi) x;

CREATE TABLE members_feedback (
    id varchar(24) PRIMARY KEY, score integer NOT NULL DEFAULT 0, member_id varchar(24) NOT NULL REFERENCES members (id), post_id varchar(24) NOT NULL REFERENCES posts (id),
    created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO members_feedback
SELECT ggen.oid('mfb', k), CASE WHEN k % 4 = 0 THEN 0 ELSE 1 END, ggen.oid('member', 1 + fixture_gen.n('mfbm', k, 1800)), ggen.oid('post', 1 + fixture_gen.n('mfbp', k, 320)),
       ggen.ts('mfbts', k), ggen.ts('mfbts', k)
FROM generate_series(1, 650) k;

CREATE TABLE members_created_events (
    id varchar(24) PRIMARY KEY, created_at timestamptz NOT NULL, member_id varchar(24) NOT NULL REFERENCES members (id), attribution_id varchar(24), attribution_type varchar(50),
    attribution_url varchar(2000), referrer_source varchar(191), referrer_medium varchar(191), referrer_url varchar(2000), source varchar(50) NOT NULL, batch_id varchar(24)
);
INSERT INTO members_created_events
SELECT ggen.oid('mcev', m.i), m.created_at, m.id, CASE WHEN a.t = 'post' THEN ggen.oid('post', a.pk) END, a.t,
       CASE a.t WHEN 'post' THEN '/' || ggen.slug(p.title) || '/' WHEN 'url' THEN fixture_gen.pick(ARRAY['/', '/newsletters/', '/about/', '/tag/guides/'], 'mcau', m.i) END,
       r.src, r.med, r.url, src.s, CASE WHEN src.s = 'import' THEN ggen.oid('importbatch', 1 + m.i % 3) END
FROM ggen.m m
CROSS JOIN LATERAL (SELECT CASE WHEN m.i % 10 < 5 THEN 'post' WHEN m.i % 10 < 8 THEN 'url' END AS t, 1 + fixture_gen.n('mcap', m.i, 320) AS pk) a
LEFT JOIN ggen.po p ON p.k = a.pk
CROSS JOIN LATERAL (SELECT CASE WHEN m.i % 9 = 0 THEN 'import' WHEN m.i % 31 = 0 THEN 'admin' WHEN m.i % 43 = 0 THEN 'api' ELSE 'member' END AS s) src
CROSS JOIN LATERAL (SELECT * FROM (VALUES (0, 'Twitter', 'social', 'https://t.co/'), (1, 'Google', 'search', 'https://www.google.com/'), (2, 'Facebook', 'social', 'https://l.facebook.com/'),
        (3, 'Ghost Explore', 'Ghost Network', NULL), (4, 'The Weekly Dispatch', 'Email', NULL), (5, NULL, NULL, NULL), (6, 'news.ycombinator.com', NULL, 'https://news.ycombinator.com/'),
        (7, 'Naver', 'search', 'https://search.naver.com/'), (8, 'LinkedIn', 'social', 'https://www.linkedin.com/'), (9, 'Reddit', 'social', 'https://www.reddit.com/r/urbanplanning/')) v(n, src, med, url)
        WHERE v.n = fixture_gen.n('mcref', m.i, 10)) r;

-- Link redirects Ghost creates for click tracking in newsletters.
CREATE TABLE redirects (
    id varchar(24) PRIMARY KEY, "from" varchar(191) NOT NULL, "to" varchar(2000) NOT NULL, post_id varchar(24), created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO redirects
SELECT ggen.oid('redirect', g.r), '/r/' || substr(md5('redir' || g.r), 1, 8), 
       fixture_gen.pick(ARRAY['https://meridiandispatch.example/' || ggen.slug(p.title) || '/', 'https://www.seoul.go.kr.example/housing/report-2023.pdf',
             'https://www.openstreetmap.org/relation/' || (100000 + g.r), 'https://lagosstate.gov.example/transport/brt-lines', 'https://meridiandispatch.example/#/portal/signup',
             'https://www.scb.se.example/en/finding-statistics/', 'https://podcasts.example/meridian/episode-' || (g.r % 60)], 'rdto', g.r)
       || '?ref=meridiandispatch.example', p.id, p.created_at + interval '2 days', p.created_at + interval '2 days'
FROM generate_series(1, 600) g(r) JOIN ggen.po p ON p.k = 1 + fixture_gen.n('rdp', g.r, 320);

CREATE TABLE members_click_events (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), redirect_id varchar(24) NOT NULL REFERENCES redirects (id), created_at timestamptz NOT NULL
);
INSERT INTO members_click_events
SELECT ggen.oid('mclick', k), ggen.oid('member', 1 + fixture_gen.n('mckm', k, 1800)), ggen.oid('redirect', 1 + fixture_gen.n('mckr', k, 600)), ggen.ts('mckts', k)
FROM generate_series(1, 2000) k;

-- Comments members typed under posts.
CREATE TABLE comments (
    id varchar(24) PRIMARY KEY, post_id varchar(24) NOT NULL REFERENCES posts (id), member_id varchar(24) REFERENCES members (id), parent_id varchar(24), in_reply_to_id varchar(24),
    status varchar(50) NOT NULL DEFAULT 'published', html text, edited_at timestamptz, created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO comments
SELECT ggen.oid('comment', k), ggen.oid('post', 1 + fixture_gen.n('cmp', CASE WHEN k % 4 = 0 THEN k - 1 ELSE k END, 320)), m.id,
       CASE WHEN k % 4 = 0 THEN ggen.oid('comment', k - 1) END, CASE WHEN k % 8 = 0 THEN ggen.oid('comment', k - 1) END,
       CASE WHEN k % 41 = 0 THEN 'hidden' WHEN k % 53 = 0 THEN 'deleted' ELSE 'published' END,
       '<p>' || fixture_gen.pick(ARRAY[
         'Great piece, thank you.', 'This is exactly what happened on our street too.', 'I disagree about the bus lanes — they made my commute longer.',
         'My grandmother ran a stall in that market until 1998, everyone called her Bà ' || fixture_gen.pick(ARRAY['Lan', 'Hạnh', 'Tư', 'Sáu'], 'cmg', k) || '. Thank you for remembering it.',
         'I''m the owner of the café you mention, happy to talk more: call me on ' || fixture_gen.phone('cmph', k) || '.',
         'As a nurse at ' || m.city || ' General I can confirm the night shifts are brutal.', 'Could you do a follow-up on the tram extension?',
         'We live at ' || fixture_gen.street('cmst', k) || ' and the landlord has doubled our rent as well. Our neighbour ' || fixture_gen.first_name('cmnb', k) || ' was evicted last month.',
         'Shared this with my students at ' || fixture_gen.pick(ARRAY['Yonsei', 'UNILAG', 'KTH', 'Boğaziçi', 'IIT Bombay', 'Complutense'], 'cmu', k) || '.',
         'Typo in the third paragraph: it''s 1920s, not 1902s.', 'Love the photos!', 'My email is ' || m.email || ' if the reporter wants to hear about our building.',
         'This made me homesick for ' || m.localcity || '.', 'Please write about the ferries in winter.'], 'cmtxt', k) || '</p>',
       CASE WHEN k % 12 = 0 THEN ggen.ts('cmts', k) + interval '15 minutes' END, ggen.ts('cmts', k), ggen.ts('cmts', k) + interval '15 minutes'
FROM generate_series(1, 700) k JOIN ggen.m m ON m.i = 1 + fixture_gen.n('cmm', k, 1800);

CREATE TABLE comment_likes (
    id varchar(24) PRIMARY KEY, comment_id varchar(24) NOT NULL REFERENCES comments (id), member_id varchar(24) REFERENCES members (id), created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO comment_likes
SELECT ggen.oid('clike', k), ggen.oid('comment', 1 + fixture_gen.n('clc', k, 700)), ggen.oid('member', 1 + fixture_gen.n('clm', k, 1800)), ggen.ts('clts', k), ggen.ts('clts', k)
FROM generate_series(1, 1200) k;

CREATE TABLE comment_reports (
    id varchar(24) PRIMARY KEY, comment_id varchar(24) NOT NULL REFERENCES comments (id), member_id varchar(24) REFERENCES members (id), created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO comment_reports
SELECT ggen.oid('creport', k), ggen.oid('comment', 1 + fixture_gen.n('crc', k, 700)), ggen.oid('member', 1 + fixture_gen.n('crm', k, 1800)), ggen.ts('crts', k), ggen.ts('crts', k)
FROM generate_series(1, 45) k;

-- Magic-link tokens: the token signs the member in; data is what the signup
-- form sent (email, name, newsletters, attribution, the request's IP).
CREATE TABLE tokens (
    id varchar(24) PRIMARY KEY, token varchar(32) NOT NULL UNIQUE, data varchar(2000), created_at timestamptz NOT NULL, updated_at timestamptz,
    first_used_at timestamptz, used_count integer NOT NULL DEFAULT 0, created_by varchar(24) NOT NULL
);
INSERT INTO tokens
SELECT ggen.oid('token', k), fixture_gen.chars('mlink', k, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
       ggen.cj(json_build_object('email', m.email, 'labels', json_build_array(), 'name', CASE WHEN k % 3 = 0 THEN '' ELSE m.full_name END,
         'newsletters', CASE WHEN k % 2 = 0 THEN json_build_array(json_build_object('id', ggen.oid('newsletter', 1)), json_build_object('id', ggen.oid('newsletter', 1 + k % 7))) ELSE json_build_array() END,
         'attribution', json_build_object('id', CASE WHEN k % 3 <> 2 THEN ggen.oid('post', 1 + k % 320) END, 'url', CASE WHEN k % 3 <> 2 THEN '/' || ggen.slug(p.title) || '/' ELSE '/' END,
             'type', CASE WHEN k % 3 <> 2 THEN 'post' ELSE 'url' END, 'referrer_source', CASE WHEN k % 4 = 0 THEN 'Twitter' END, 'referrer_medium', CASE WHEN k % 4 = 0 THEN 'social' END,
             'referrer_url', CASE WHEN k % 4 = 0 THEN 'https://t.co/' END),
         'reqIp', CASE WHEN k % 5 = 0 THEN fixture_gen.ipv4('tkip', k) ELSE m.ip END, 'emailType', CASE WHEN k % 3 = 1 THEN 'signin' ELSE 'signup' END)::text),
       ggen.ts('tkcr', k), ggen.ts('tkcr', k) + interval '3 minutes', CASE WHEN k % 4 <> 3 THEN ggen.ts('tkcr', k) + make_interval(secs => 40 + k % 600) END,
       CASE WHEN k % 4 = 3 THEN 0 ELSE 1 + k % 3 END, ggen.oid('user', 1)
FROM generate_series(1, 500) k JOIN ggen.m m ON m.i = 1 + fixture_gen.n('tkm', k, 1800) JOIN (SELECT k AS pk, title FROM ggen.po) p ON p.pk = 1 + k % 320;

-- Newsletter sends. The stored html is the template with %%{...}%%
-- placeholders, the writer's byline and the sender.
CREATE TABLE ggen.em AS
SELECT row_number() OVER (ORDER BY p.k)::int AS e, p.k AS pk, p.id AS post_id, p.title, p.p1, p.p2, ps.published_at, ps.newsletter_id, n.name AS nl_name, n.sender_name, n.sender_email, n.sender_reply_to,
       s.name AS author_name, ps.email_recipient_filter
FROM ggen.po p JOIN posts ps ON ps.id = p.id JOIN newsletters n ON n.id = ps.newsletter_id JOIN ggen.st s ON s.i = p.author
WHERE ps.newsletter_id IS NOT NULL;

CREATE TABLE emails (
    id varchar(24) PRIMARY KEY, post_id varchar(24) NOT NULL UNIQUE REFERENCES posts (id), uuid varchar(36) NOT NULL, status varchar(50) NOT NULL DEFAULT 'pending',
    recipient_filter text NOT NULL DEFAULT 'status:-free', error varchar(2000), error_data text, email_count integer NOT NULL DEFAULT 0, delivered_count integer NOT NULL DEFAULT 0,
    opened_count integer NOT NULL DEFAULT 0, failed_count integer NOT NULL DEFAULT 0, subject varchar(300), "from" varchar(2000), reply_to varchar(2000), html text, plaintext text,
    source text, source_type varchar(50) NOT NULL DEFAULT 'html', track_opens boolean NOT NULL DEFAULT false, track_clicks boolean NOT NULL DEFAULT false,
    feedback_enabled boolean NOT NULL DEFAULT false, submitted_at timestamptz NOT NULL, newsletter_id varchar(24) REFERENCES newsletters (id),
    created_at timestamptz NOT NULL, created_by varchar(24) NOT NULL, updated_at timestamptz, updated_by varchar(24)
);
INSERT INTO emails
SELECT ggen.oid('email', e.e), e.post_id, fixture_gen.uuid('emuuid', e.e), CASE WHEN e.e % 37 = 0 THEN 'failed' ELSE 'submitted' END, e.email_recipient_filter,
       CASE WHEN e.e % 37 = 0 THEN 'Email service is currently unavailable - please try again' END,
       CASE WHEN e.e % 37 = 0 THEN '[{"id":"' || ggen.oid('emb', e.e * 4) || '","code":500,"message":"Mailgun: Internal Server Error"}]' END,
       400 + fixture_gen.n('emcnt', e.e, 900), 390 + fixture_gen.n('emcnt', e.e, 900), 150 + fixture_gen.n('emop', e.e, 300), fixture_gen.n('emfail', e.e, 9),
       e.title,
       CASE WHEN e.sender_email IS NULL THEN '"' || e.sender_name || '" <noreply@meridiandispatch.example>' ELSE '"' || e.sender_name || '" <' || e.sender_email || '>' END,
       CASE WHEN e.sender_reply_to = 'newsletter' THEN coalesce(e.sender_email, 'noreply@meridiandispatch.example') WHEN e.sender_reply_to = 'support' THEN 'support@meridiandispatch.example' ELSE e.sender_reply_to END,
       '<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>' || e.title || '</title></head><body><table class="body"><tr><td class="site-info"><a href="https://meridiandispatch.example">'
         || e.nl_name || '</a></td></tr><tr><td class="post-title"><a href="https://meridiandispatch.example/' || ggen.slug(e.title) || '/">' || e.title || '</a></td></tr>'
         || '<tr><td class="post-meta">By ' || e.author_name || ' – ' || to_char(e.published_at, 'DD Mon YYYY') || '</td></tr>'
         || '<tr><td class="post-content"><p>Hi %%{first_name, "there"}%%,</p><p>' || e.p1 || '</p><p>' || e.p2 || '</p></td></tr>'
         || '<tr><td class="footer">' || e.nl_name || ' © 2024 – <a href="%%{unsubscribe_url}%%">Unsubscribe</a> <img src="%%{list_unsubscribe}%%" width="1" height="1"></td></tr></table></body></html>',
       e.nl_name || E'\n\n' || e.title || E'\nBy ' || e.author_name || E'\n\nHi %%{first_name, "there"}%%,\n\n' || e.p1 || E'\n\n' || e.p2 || E'\n\nUnsubscribe: %%{unsubscribe_url}%%',
       ggen.lexical(e.p1, e.p2), 'lexical', true, e.e % 5 <> 0, e.e % 3 = 0, e.published_at, e.newsletter_id, e.published_at, ggen.oid('user', 1 + e.pk % 7), e.published_at + interval '4 minutes', ggen.oid('user', 1)
FROM ggen.em e;

CREATE TABLE email_batches (
    id varchar(24) PRIMARY KEY, email_id varchar(24) NOT NULL REFERENCES emails (id), provider_id varchar(255), status varchar(50) NOT NULL DEFAULT 'pending',
    member_segment text, error_status_code integer, error_message varchar(2000), error_data text, fallback_sending_domain boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO email_batches
SELECT ggen.oid('emb', e.e * 4 + b), ggen.oid('email', e.e),
       CASE WHEN NOT (e.e % 37 = 0 AND b = 0) THEN '<' || to_char(e.published_at + make_interval(secs => b * 5), 'YYYYMMDDHH24MISS') || '.' || fixture_gen.hexn('mgid', e.e * 4 + b, 16) || '@mg.meridiandispatch.example>' END,
       CASE WHEN e.e % 37 = 0 AND b = 0 THEN 'failed' ELSE 'submitted' END, CASE WHEN e.email_recipient_filter = 'all' THEN (ARRAY['status:free', 'status:-free'])[1 + b % 2] END,
       CASE WHEN e.e % 37 = 0 AND b = 0 THEN 500 END, CASE WHEN e.e % 37 = 0 AND b = 0 THEN 'Mailgun: Internal Server Error' END,
       CASE WHEN e.e % 37 = 0 AND b = 0 THEN '{"status":500,"details":"Internal Server Error","type":"MailgunAPIError"}' END, e.e % 23 = 0 AND b = 1,
       e.published_at + make_interval(secs => b * 5), e.published_at + make_interval(secs => b * 5 + 2)
FROM ggen.em e, generate_series(0, 3) b WHERE b <= e.e % 4;

-- Per-recipient rows: Ghost copies the member's email, name and uuid at send time.
CREATE TABLE email_recipients (
    id varchar(24) PRIMARY KEY, email_id varchar(24) NOT NULL REFERENCES emails (id), member_id varchar(24) NOT NULL, batch_id varchar(24) NOT NULL REFERENCES email_batches (id),
    processed_at timestamptz, delivered_at timestamptz, opened_at timestamptz, failed_at timestamptz, member_uuid varchar(36) NOT NULL, member_email varchar(191) NOT NULL,
    member_name varchar(191)
);
INSERT INTO email_recipients
SELECT ggen.oid('emrcpt', k), ggen.oid('email', x.e), m.id, ggen.oid('emb', x.e * 4 + x.e % 4 * fixture_gen.n('erb', k, 2)),
       em.published_at + interval '30 seconds', CASE WHEN k % 41 <> 0 THEN em.published_at + make_interval(secs => 40 + k % 200) END,
       CASE WHEN k % 3 = 0 THEN em.published_at + make_interval(mins => 5 + k % 3000) END, CASE WHEN k % 41 = 0 THEN em.published_at + interval '2 minutes' END,
       m.uuid, m.email, CASE WHEN m.i % 7 = 3 THEN NULL WHEN m.i % 11 = 5 THEN m.first ELSE m.full_name END
FROM generate_series(1, 2000) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ere', k, (SELECT count(*)::int FROM ggen.em)) AS e) x
JOIN ggen.em em ON em.e = x.e JOIN ggen.m m ON m.i = 1 + fixture_gen.n('erm', k, 1800);

-- Mailgun failure events: the bounce message often quotes the address.
CREATE TABLE email_recipient_failures (
    id varchar(24) PRIMARY KEY, email_id varchar(24) NOT NULL REFERENCES emails (id), member_id varchar(24), email_recipient_id varchar(24) NOT NULL REFERENCES email_recipients (id),
    code integer NOT NULL, enhanced_code varchar(50), message varchar(2000) NOT NULL, severity varchar(50) NOT NULL DEFAULT 'permanent', failed_at timestamptz NOT NULL, event_id varchar(255)
);
INSERT INTO email_recipient_failures
SELECT ggen.oid('emfail', row_number() OVER (ORDER BY r.id)), r.email_id, r.member_id, r.id, f.code, f.enh, f.msg, f.sev, coalesce(r.failed_at, r.processed_at + interval '1 minute'),
       fixture_gen.chars('mgev', row_number() OVER (ORDER BY r.id), 22)
FROM email_recipients r
CROSS JOIN LATERAL (SELECT * FROM (VALUES
   (0, 550, '5.1.1', '550 5.1.1 <' || r.member_email || '>: Recipient address rejected: User unknown in virtual mailbox table', 'permanent'),
   (1, 552, '5.2.2', '552 5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm', 'temporary'),
   (2, 605, NULL, 'Not delivering to previously bounced address', 'permanent'),
   (3, 550, '5.7.1', '554 5.7.1 Service unavailable; Client host [' || fixture_gen.ipv4('mgsrv', 3) || '] blocked using zen.spamhaus.org', 'permanent'),
   (4, 550, '5.1.1', 'The email account that you tried to reach does not exist. Please try double-checking the recipient''s email address for typos or unnecessary spaces. ' || r.member_email, 'permanent'),
   (5, 421, '4.7.0', '421 4.7.0 Try again later, closing connection. (EHLO)', 'temporary')) v(n, code, enh, msg, sev)
   WHERE v.n = fixture_gen.n('erfm', length(r.id) + ascii(substr(r.id, 20, 1)) + ascii(substr(r.id, 24, 1)), 6)) f
WHERE r.failed_at IS NOT NULL OR r.id < '6000';

CREATE TABLE email_spam_complaint_events (
    id varchar(24) PRIMARY KEY, member_id varchar(24) NOT NULL REFERENCES members (id), email_id varchar(24) NOT NULL REFERENCES emails (id), email_address varchar(191) NOT NULL,
    created_at timestamptz NOT NULL
);
INSERT INTO email_spam_complaint_events
SELECT ggen.oid('spam', k), r.member_id, r.email_id, r.member_email, r.processed_at + make_interval(hours => 2 + k::int)
FROM (SELECT row_number() OVER (ORDER BY id) AS k, * FROM email_recipients WHERE id LIKE '%7' ) r WHERE r.k <= 35;

CREATE TABLE suppressions (
    id varchar(24) PRIMARY KEY, email varchar(191) NOT NULL UNIQUE, email_id varchar(24), reason varchar(50) NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO suppressions
SELECT ggen.oid('suppr', k), email, email_id, CASE WHEN src = 's' THEN 'spam' ELSE 'fail' END, ts
FROM (SELECT row_number() OVER (ORDER BY e) AS k, * FROM (
        SELECT DISTINCT ON (email_address) email_address AS e, email_address AS email, email_id, 's' AS src, created_at AS ts FROM email_spam_complaint_events
        UNION ALL
        SELECT DISTINCT ON (r.member_email) r.member_email, r.member_email, f.email_id, 'f', f.failed_at FROM email_recipient_failures f JOIN email_recipients r ON r.id = f.email_recipient_id
        WHERE f.severity = 'permanent') u) z
WHERE NOT EXISTS (SELECT 1 FROM email_spam_complaint_events s WHERE s.email_address = z.email AND z.src = 'f');

-- Tips through the donation page (Stripe Checkout: the name and email typed there).
CREATE TABLE donation_payment_events (
    id varchar(24) PRIMARY KEY, name varchar(191), email varchar(191) NOT NULL, member_id varchar(24) REFERENCES members (id), amount integer NOT NULL, currency varchar(50) NOT NULL,
    attribution_id varchar(24), attribution_type varchar(50), attribution_url varchar(2000), referrer_source varchar(191), referrer_medium varchar(191), referrer_url varchar(2000),
    created_at timestamptz NOT NULL, donation_message varchar(255)
);
INSERT INTO donation_payment_events
SELECT ggen.oid('donation', d.i), CASE WHEN d.i % 6 = 0 THEN NULL ELSE d.full_name END,
       CASE WHEN d.i % 3 = 0 THEN m.email ELSE d.email END, CASE WHEN d.i % 3 = 0 THEN m.id END,
       (ARRAY[300, 500, 500, 1000, 2000, 5000])[1 + fixture_gen.n('dnam', d.i, 6)], 'eur',
       CASE WHEN d.i % 2 = 0 THEN ggen.oid('post', 1 + d.i % 320) END, CASE WHEN d.i % 2 = 0 THEN 'post' ELSE 'url' END,
       CASE WHEN d.i % 2 = 0 THEN '/' || ggen.slug(p.title) || '/' ELSE '/tip/' END, CASE WHEN d.i % 5 = 0 THEN 'The Weekly Dispatch' END, CASE WHEN d.i % 5 = 0 THEN 'Email' END, NULL,
       ggen.ts('dncr', d.i),
       CASE WHEN d.i % 3 <> 1 THEN fixture_gen.pick(ARRAY['Keep going!', 'For the Hanoi coffee piece — from ' || d.first || '''s family in Melbourne.', 'Thank you for the ferry story, it was my father''s route.',
            'In memory of my mother, ' || fixture_gen.full_name('dnmom', d.i) || ', who sold fish at that market for forty years.', 'Coffee for the data desk.',
            'From the ' || d.city || ' reader meetup crew.', 'Sorry it''s small, student budget.', 'Please do more on Lagos housing. I can be reached at ' || fixture_gen.phone('dnph', d.i) || '.'], 'dnmsg', d.i) END
FROM ggen.people('donor', 130) d JOIN ggen.m m ON m.i = 1 + fixture_gen.n('dnm', d.i, 1800) JOIN ggen.po p ON p.k = 1 + d.i % 320;

-- Webmentions: other people's blogs and magazines linking to our posts.
CREATE TABLE mentions (
    id varchar(24) PRIMARY KEY, source varchar(2000) NOT NULL, source_title varchar(2000), source_site_title varchar(2000), source_excerpt varchar(2000),
    source_author varchar(2000), source_featured_image varchar(2000), source_favicon varchar(2000), target varchar(2000) NOT NULL, resource_id varchar(24),
    resource_type varchar(50), created_at timestamptz NOT NULL, payload text, deleted boolean NOT NULL DEFAULT false, verified boolean NOT NULL DEFAULT false
);
INSERT INTO mentions
SELECT ggen.oid('mention', a.i), s.url, s.title, s.site, s.excerpt, a.full_name,
       CASE WHEN a.i % 3 <> 0 THEN s.base || '/content/images/2024/0' || (1 + a.i % 9) || '/cover-' || a.i || '.jpg' END, s.base || '/favicon.ico',
       'https://meridiandispatch.example/' || ggen.slug(p.title) || '/', p.id, 'post', ggen.ts('mncr', a.i),
       ggen.cj(json_build_object('source', s.url, 'target', 'https://meridiandispatch.example/' || ggen.slug(p.title) || '/',
         'post', json_build_object('type', 'entry', 'author', json_build_object('type', 'card', 'name', a.full_name, 'url', s.base, 'photo', CASE WHEN a.i % 2 = 0 THEN s.base || '/avatar.jpg' END),
         'name', s.title, 'published', to_char(ggen.ts('mncr', a.i), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))::text),
       a.i % 29 = 0, a.i % 7 <> 0
FROM ggen.people('blogger', 80) a JOIN ggen.po p ON p.k = 1 + fixture_gen.n('mnp', a.i, 320)
CROSS JOIN LATERAL (SELECT base, base || '/' || ggen.slug(t) || '/' AS url, t AS title, st AS site, ex AS excerpt FROM (SELECT
     CASE WHEN a.i % 3 = 0 THEN 'https://www.' || fixture_gen.pick(ARRAY['citylab-weekly', 'streetfood-review', 'transit-notes', 'urbanist-digest'], 'mnsite', a.i) || '.example'
          ELSE 'https://' || ggen.slug(a.first || ' ' || a.last) || '.example' END AS base,
     fixture_gen.pick(ARRAY['What I read this week', 'Links for the weekend', 'On markets and memory', 'Reading list: cities', 'Why ferries matter'], 'mntitle', a.i) || ' #' || (a.i % 50 + 1) AS t,
     CASE WHEN a.i % 3 = 0 THEN fixture_gen.pick(ARRAY['CityLab Weekly', 'Street Food Review', 'Transit Notes', 'Urbanist Digest'], 'mnsite', a.i) ELSE a.full_name END AS st,
     fixture_gen.pick(ARRAY['A lovely long read on how a market survives rising rents.', 'Links this week: ferries, noodles and a great piece on allotments.',
         'This story about night buses stayed with me all week.', 'Three things I read about public space, and one I disagreed with.'], 'mnex', a.i) AS ex) q) s;

CREATE TABLE recommendations (
    id varchar(24) PRIMARY KEY, url varchar(2000) NOT NULL, title varchar(2000) NOT NULL, excerpt varchar(2000), featured_image varchar(2000), favicon varchar(2000),
    description varchar(2000), one_click_subscribe boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL, updated_at timestamptz
);
INSERT INTO recommendations
SELECT ggen.oid('recommend', k), 'https://' || ggen.slug(t) || '.example/', t, ex, CASE WHEN k % 2 = 0 THEN 'https://' || ggen.slug(t) || '.example/content/images/cover.jpg' END,
       'https://' || ggen.slug(t) || '.example/favicon.png', d, k % 3 <> 0, ggen.ts('reccr', k), ggen.ts('reccr', k) + interval '10 days'
FROM (VALUES (1, 'Transit Notes', 'Weekly notes on buses, trams and ferries.', 'The best transport newsletter we know.'),
             (2, 'Street Food Review', 'Independent food criticism from the pavement up.', 'Honest, funny and always hungry.'),
             (3, 'The Housing Ledger', 'Data journalism on rents and tenancy.', 'Rigorous housing data, beautifully charted.'),
             (4, 'Urbanist Digest', 'A roundup of urbanism links.', 'Our go-to link roundup.'),
             (5, 'Nordic Design Weekly', 'Design and architecture from the North.', 'Gorgeous photography.'),
             (6, 'Anatolian Table', 'Recipes and food history from Türkiye.', 'For the food-history nerds among you.'),
             (7, 'Lagos Low-Down', 'What''s on in Lagos this week.', 'Indispensable if you live in Lagos.'),
             (8, 'Han River Review', 'Culture and cities in Korea.', 'Long reads about Seoul.'),
             (9, 'Monsoon Metro', 'Mumbai''s trains, explained.', 'Explainers on India''s cities.'),
             (10, 'Saigon Slow', 'Slow travel in southern Vietnam.', 'Lovely writing on slow travel.'),
             (11, 'Meseta Letters', 'Rural Spain, one village at a time.', 'Beyond the big cities.'),
             (12, 'Public Space Quarterly', 'Research on squares, parks and streets.', 'Academic but readable.')) v(k, t, ex, d);

-- The staff action log: context names what was touched (a post's title, a
-- staff member's name, a setting's key).
CREATE TABLE actions (
    id varchar(24) PRIMARY KEY, resource_id varchar(24), resource_type varchar(50) NOT NULL, actor_id varchar(24) NOT NULL, actor_type varchar(50) NOT NULL,
    event varchar(50) NOT NULL, context text, created_at timestamptz NOT NULL
);
INSERT INTO actions
SELECT ggen.oid('action', k),
       CASE r.t WHEN 'post' THEN ggen.oid('post', r.n % 320 + 1) WHEN 'user' THEN ggen.oid('user', r.n % 24 + 1) WHEN 'tag' THEN ggen.oid('tag', r.n % 40 + 1)
                WHEN 'integration' THEN ggen.oid('integ', r.n % 12 + 1) WHEN 'webhook' THEN ggen.oid('webhook', r.n % 14 + 1) WHEN 'offer' THEN ggen.oid('offer', r.n % 12 + 1) END,
       r.t, CASE WHEN k % 15 = 0 THEN ggen.oid('integ', 1 + k % 12) ELSE ggen.oid('user', 1 + fixture_gen.n('acu', k, 24)) END, CASE WHEN k % 15 = 0 THEN 'integration' ELSE 'user' END,
       (ARRAY['added', 'edited', 'edited', 'edited', 'deleted'])[1 + fixture_gen.n('acev', k, 5)],
       CASE r.t WHEN 'post' THEN ggen.cj(json_build_object('type', CASE WHEN r.n % 10 = 9 THEN 'page' ELSE 'post' END, 'primary_name', p.title)::text)
                WHEN 'user' THEN ggen.cj(json_build_object('primary_name', s.name)::text)
                WHEN 'tag' THEN ggen.cj(json_build_object('primary_name', t.name)::text)
                WHEN 'setting' THEN ggen.cj(json_build_object('key', fixture_gen.pick(ARRAY['title', 'description', 'accent_color', 'navigation', 'members_support_address', 'portal_plans', 'stripe_connect_secret_key'], 'acset', k),
                                                        'group', fixture_gen.pick(ARRAY['site', 'members', 'portal'], 'acset', k))::text)
                WHEN 'integration' THEN ggen.cj(json_build_object('primary_name', i.name)::text)
                ELSE '{}' END,
       ggen.ts('acts', k)
FROM generate_series(1, 1000) k
CROSS JOIN LATERAL (SELECT (ARRAY['post', 'post', 'post', 'post', 'user', 'tag', 'setting', 'integration', 'webhook', 'offer'])[1 + fixture_gen.n('act', k, 10)] AS t, fixture_gen.n('acn', k, 100000) AS n) r
LEFT JOIN (SELECT k AS pk, title FROM ggen.po) p ON p.pk = r.n % 320 + 1 LEFT JOIN ggen.st s ON s.i = r.n % 24 + 1 LEFT JOIN tags t ON t.id = ggen.oid('tag', r.n % 40 + 1)
LEFT JOIN integrations i ON i.id = ggen.oid('integ', r.n % 12 + 1);

SET client_min_messages = warning;
DROP SCHEMA ggen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
