-- classify-eval fixture (HOLDOUT 22: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): a self-hosted Immich photo and video library (v1.135, upgraded from
-- 1.9x, so it keeps TypeORM's migrations table beside Kysely's) on
-- PostgreSQL, in the naming its migrations create: snake_case plural tables
-- (users, assets, exif, asset_faces, albums_shared_users_users,
-- shared_link__asset), quoted camelCase columns ("ownerId",
-- "originalFileName", "dateTimeOriginal", "isActivityEnabled"), uuid keys
-- (v4 ids, v7 "updateId"s for the mobile sync), timestamptz, varchar
-- enums, jsonb, bytea checksums and thumbhashes; pgvector columns are kept
-- as real[] here. "photos.lindenweg.net", the server of a family and its
-- friends in several countries (and a small photo club), with mobile
-- backups from iPhones, Pixels and Galaxies, web uploads, and two external
-- libraries on a NAS. Users with bcrypt hashes and PIN codes, OIDC subject
-- ids of the Authentik server, storage labels that are first names; the
-- user_metadata key/value rows of preferences and client licences with
-- their activation keys; API keys and sessions as SHA-256 of the token,
-- with the device model parsed from the user agent; assets whose original
-- paths hold the storage label, the folders of the NAS named after people
-- and the original file names (IMG_1234.HEIC beside "Passport Priya
-- Sharma.jpg" and WhatsApp images), device asset ids that keep web-uploaded
-- file names; EXIF with camera models, GPS positions (many at the owner's
-- home), reverse-geocoded city, state and country, captions typed by
-- people and keyword tags naming them; faces with bounding boxes and
-- 512-dimension face embeddings, people named by their family with birth
-- dates and face thumbnails; albums titled after weddings and birthdays,
-- shared with members, activity comments and likes, shared links whose key
-- is the credential and whose password is kept in clear, partners, on-this-
-- day memories, tags, stacks, the storage template's move history, the
-- sync audit tables, notifications, the socket.io adapter's payloads (asset
-- DTOs with the owner's name and email), and system_metadata's config with
-- the OAuth client secret, the SMTP password and the server licence.
-- Public reverse-geocoding data (geodata_places, naturalearth_countries),
-- version history and migrations hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA imgen;
SET client_min_messages = warning;
SET jit = off;

-- u4: a version 4 UUID; u7: a version 7 UUID for a time (Immich's
-- immich_uuid_v7() for "updateId" and "createId").
CREATE FUNCTION imgen.u4(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(md5('u4' || tag || ':' || i)::uuid::text placing '4' from 15 for 1)
                 placing translate(substr(md5('u4' || tag || ':' || i), 17, 1), '0123456789abcdef', '89ab89ab89ab89ab') from 20 for 1)::uuid
$$;

CREATE FUNCTION imgen.u7(t timestamptz, tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7' || substr(md5('u7' || tag || i), 1, 3)
          || translate(substr(md5('u7' || tag || i), 4, 1), '0123456789abcdef', '89ab89ab89ab89ab') || substr(md5('u7' || tag || i), 5, 15))::uuid
$$;

CREATE FUNCTION imgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğÁÉÍÓÚÖÜÇŞİ-', 'aeiouaeiouaeiouaeiouaoncisgAEIOUOUCSI')), '[^a-z0-9]+', '', 'g')
$$;

-- bcrypt as the bcrypt package writes it for Immich (cost 10).
CREATE FUNCTION imgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2b' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- sha256b64: what Immich's hashSha256() stores for API keys and sessions.
CREATE FUNCTION imgen.sha256b64(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to('imm' || tag || ':' || i, 'UTF8')), 'base64') $$;

CREATE FUNCTION imgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION imgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
         + fixture_gen.n(tag || 'ms', i, 1000) * interval '1 ms'
$$;

-- frac: a deterministic number in [-1, 1).
CREATE FUNCTION imgen.frac(tag text, i bigint) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$ SELECT (fixture_gen.n(tag, i, 2000000) - 1000000) / 1000000.0 $$;

-- vec: an embedding of dim reals (a normalised CLIP or ArcFace vector).
CREATE FUNCTION imgen.vec(tag text, i bigint, dim int) RETURNS real[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT array_agg(round((imgen.frac(tag || k, i) * 0.0884)::numeric, 6)::real ORDER BY k) FROM generate_series(1, dim) k
$$;

-- Places: the cities of the family and their travels, with GeoNames'
-- admin names as the reverse geocoder returns them.
CREATE TABLE imgen.pl (id int PRIMARY KEY, name text, lat float8, lon float8, cc text, a1c text, a1 text, a2 text, country text, tz text, gid int);
INSERT INTO imgen.pl VALUES
 (1, 'Porto', 41.14961, -8.61099, 'PT', '17', 'Porto', 'Porto', 'Portugal', 'Europe/Lisbon', 2735943),
 (2, 'Lisbon', 38.71667, -9.13333, 'PT', '14', 'Lisbon', 'Lisboa', 'Portugal', 'Europe/Lisbon', 2267057),
 (3, 'Berlin', 52.52437, 13.41053, 'DE', '16', 'Berlin', NULL, 'Germany', 'Europe/Berlin', 2950159),
 (4, 'Munich', 48.13743, 11.57549, 'DE', '02', 'Bavaria', 'Upper Bavaria', 'Germany', 'Europe/Berlin', 2867714),
 (5, 'Cologne', 50.93333, 6.95, 'DE', '07', 'North Rhine-Westphalia', 'Regierungsbezirk Köln', 'Germany', 'Europe/Berlin', 2886242),
 (6, 'Hamburg', 53.55073, 9.99302, 'DE', '04', 'Hamburg', NULL, 'Germany', 'Europe/Berlin', 2911298),
 (7, 'Lyon', 45.74846, 4.84671, 'FR', '84', 'Auvergne-Rhône-Alpes', 'Rhône', 'France', 'Europe/Paris', 2996944),
 (8, 'Paris', 48.85341, 2.3488, 'FR', '11', 'Île-de-France', 'Paris', 'France', 'Europe/Paris', 2988507),
 (9, 'Toulouse', 43.60426, 1.44367, 'FR', '76', 'Occitanie', 'Haute-Garonne', 'France', 'Europe/Paris', 2972315),
 (10, 'Seville', 37.38283, -5.97317, 'ES', '51', 'Andalusia', 'Sevilla', 'Spain', 'Europe/Madrid', 2510911),
 (11, 'Barcelona', 41.38879, 2.15899, 'ES', '56', 'Catalonia', 'Barcelona', 'Spain', 'Europe/Madrid', 3128760),
 (12, 'Bologna', 44.49381, 11.33875, 'IT', '05', 'Emilia-Romagna', 'Bologna', 'Italy', 'Europe/Rome', 3181928),
 (13, 'Rome', 41.89193, 12.51133, 'IT', '07', 'Lazio', 'Rome', 'Italy', 'Europe/Rome', 3169070),
 (14, 'Lagos', 6.45407, 3.39467, 'NG', '05', 'Lagos', 'Lagos Island', 'Nigeria', 'Africa/Lagos', 2332459),
 (15, 'Abuja', 9.05785, 7.49508, 'NG', 'FC', 'FCT', 'Abuja Municipal', 'Nigeria', 'Africa/Lagos', 2352778),
 (16, 'Accra', 5.55602, -0.1969, 'GH', '07', 'Greater Accra', 'Accra Metropolitan', 'Ghana', 'Africa/Accra', 2306104),
 (17, 'Pune', 18.51957, 73.85535, 'IN', '16', 'Maharashtra', 'Pune', 'India', 'Asia/Kolkata', 1259229),
 (18, 'Bengaluru', 12.97194, 77.59369, 'IN', '19', 'Karnataka', 'Bengaluru Urban', 'India', 'Asia/Kolkata', 1277333),
 (19, 'Mumbai', 19.07283, 72.88261, 'IN', '16', 'Maharashtra', 'Mumbai Suburban', 'India', 'Asia/Kolkata', 1275339),
 (20, 'Osaka', 34.69374, 135.50218, 'JP', '32', 'Ōsaka', 'Osaka Shi', 'Japan', 'Asia/Tokyo', 1853909),
 (21, 'Kyoto', 35.02107, 135.75385, 'JP', '22', 'Kyoto', 'Kyoto Shi', 'Japan', 'Asia/Tokyo', 1857910),
 (22, 'Tokyo', 35.6895, 139.69171, 'JP', '40', 'Tokyo', NULL, 'Japan', 'Asia/Tokyo', 1850147),
 (23, 'Busan', 35.10168, 129.03004, 'KR', '10', 'Busan', NULL, 'South Korea', 'Asia/Seoul', 1838524),
 (24, 'Seoul', 37.566, 126.9784, 'KR', '11', 'Seoul', NULL, 'South Korea', 'Asia/Seoul', 1835848),
 (25, 'Kraków', 50.06143, 19.93658, 'PL', '77', 'Lesser Poland', 'Kraków', 'Poland', 'Europe/Warsaw', 3094802),
 (26, 'Warsaw', 52.22977, 21.01178, 'PL', '78', 'Masovia', 'Warszawa', 'Poland', 'Europe/Warsaw', 756135),
 (27, 'Gothenburg', 57.70716, 11.96679, 'SE', '28', 'Västra Götaland', 'Göteborgs Kommun', 'Sweden', 'Europe/Stockholm', 2711537),
 (28, 'Stockholm', 59.32938, 18.06871, 'SE', '26', 'Stockholm', 'Stockholms kommun', 'Sweden', 'Europe/Stockholm', 2673730),
 (29, 'Helsinki', 60.16952, 24.93545, 'FI', '01', 'Uusimaa', 'Helsinki', 'Finland', 'Europe/Helsinki', 658225),
 (30, 'Istanbul', 41.01384, 28.94966, 'TR', '34', 'Istanbul', NULL, 'Turkey', 'Europe/Istanbul', 745044),
 (31, 'Izmir', 38.41273, 27.13838, 'TR', '35', 'İzmir', NULL, 'Turkey', 'Europe/Istanbul', 311046),
 (32, 'Manchester', 53.48095, -2.23743, 'GB', 'ENG', 'England', 'Manchester', 'United Kingdom', 'Europe/London', 2643123),
 (33, 'Leeds', 53.79648, -1.54785, 'GB', 'ENG', 'England', 'Leeds', 'United Kingdom', 'Europe/London', 2644688),
 (34, 'London', 51.50853, -0.12574, 'GB', 'ENG', 'England', 'Greater London', 'United Kingdom', 'Europe/London', 2643743),
 (35, 'Dublin', 53.33306, -6.24889, 'IE', 'L', 'Leinster', 'Dublin City', 'Ireland', 'Europe/Dublin', 2964574),
 (36, 'Cork', 51.89797, -8.47061, 'IE', 'M', 'Munster', 'Cork City', 'Ireland', 'Europe/Dublin', 2965140),
 (37, 'Curitiba', -25.42778, -49.27306, 'BR', '18', 'Paraná', 'Curitiba', 'Brazil', 'America/Sao_Paulo', 3464975),
 (38, 'São Paulo', -23.5475, -46.63611, 'BR', '27', 'São Paulo', 'São Paulo', 'Brazil', 'America/Sao_Paulo', 3448439),
 (39, 'Johannesburg', -26.20227, 28.04363, 'ZA', '06', 'Gauteng', 'City of Johannesburg Metropolitan Municipality', 'South Africa', 'Africa/Johannesburg', 993800),
 (40, 'Cape Town', -33.92584, 18.42322, 'ZA', '11', 'Western Cape', 'City of Cape Town', 'South Africa', 'Africa/Johannesburg', 3369157),
 (41, 'Hanoi', 21.0245, 105.84117, 'VN', '44', 'Hanoi', NULL, 'Vietnam', 'Asia/Bangkok', 1581130),
 (42, 'Ho Chi Minh City', 10.82302, 106.62965, 'VN', '20', 'Ho Chi Minh', NULL, 'Vietnam', 'Asia/Ho_Chi_Minh', 1566083),
 (43, 'Portland', 45.52345, -122.67621, 'US', 'OR', 'Oregon', 'Multnomah County', 'United States of America', 'America/Los_Angeles', 5746545),
 (44, 'Austin', 30.26715, -97.74306, 'US', 'TX', 'Texas', 'Travis County', 'United States of America', 'America/Chicago', 4671654),
 (45, 'New York City', 40.71427, -74.00597, 'US', 'NY', 'New York', NULL, 'United States of America', 'America/New_York', 5128581),
 (46, 'Reykjavík', 64.13548, -21.89541, 'IS', '39', 'Capital Region', 'Reykjavíkurborg', 'Iceland', 'Atlantic/Reykjavik', 3413829),
 (47, 'Marrakesh', 31.63416, -7.99994, 'MA', '04', 'Marrakesh-Safi', 'Marrakech', 'Morocco', 'Africa/Casablanca', 2542997),
 (48, 'Amsterdam', 52.37403, 4.88969, 'NL', '07', 'North Holland', 'Gemeente Amsterdam', 'Netherlands', 'Europe/Amsterdam', 2759794),
 (49, 'Vienna', 48.20849, 16.37208, 'AT', '09', 'Vienna', NULL, 'Austria', 'Europe/Vienna', 2761369),
 (50, 'Athens', 37.98376, 23.72784, 'GR', 'ESYE31', 'Attica', 'Nomarchía Athínas', 'Greece', 'Europe/Athens', 264371);

-- Users: 1 is the admin who runs the server; 2-34 family and friends; 35
-- and 36 were deleted (35 still being removed). Each has a home in one of
-- the first 45 places, a few streets from the centre.
CREATE TABLE imgen.u AS
SELECT i, imgen.u4('user', i) AS id, f, l, f || ' ' || l AS full_name, 1 + fixture_gen.n('uhome', i, 45) AS home,
       imgen.frac('uhla', i) * 0.03 AS dlat, imgen.frac('uhlo', i) * 0.04 AS dlon,
       CASE WHEN i = 1 THEN timestamptz '2022-03-12 20:41:07.118+00'
            ELSE timestamptz '2022-03-14 00:00:00+00' + (i * interval '19 days') + make_interval(secs => fixture_gen.n('ucr', i, 80000)) + fixture_gen.n('ucrms', i, 1000) * interval '1 ms' END AS cr
FROM (SELECT k AS i,
             CASE WHEN k = 1 THEN 'Jonas' ELSE fixture_gen.first_name('imuf', k) END AS f,
             CASE WHEN k = 1 THEN 'Andersen' ELSE fixture_gen.last_name('imul', k) END AS l
      FROM generate_series(1, 36) k) x;
ALTER TABLE imgen.u ADD COLUMN email text, ADD COLUMN label text, ADD COLUMN lat float8, ADD COLUMN lon float8;
UPDATE imgen.u u SET
  email = CASE WHEN i = 1 THEN 'jonas@lindenweg.net' WHEN i IN (2, 3) THEN imgen.fold(f) || '@lindenweg.net' ELSE
          CASE fixture_gen.n('uem', i, 4) WHEN 0 THEN imgen.fold(f) || '.' || imgen.fold(l) WHEN 1 THEN substr(imgen.fold(f), 1, 1) || imgen.fold(l)
               WHEN 2 THEN imgen.fold(f) || imgen.fold(l) || (1960 + i % 40)::text ELSE imgen.fold(l) || '.' || imgen.fold(f) END
          || '@' || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'proton.me', 'icloud.com', 'outlook.com', 'web.de', 'gmx.de', 'yahoo.co.jp', 'naver.com', 'hotmail.co.uk', 'orange.fr'], 'udom', i) END,
  label = CASE WHEN i = 1 THEN 'admin' WHEN fixture_gen.n('ulab', i, 10) < 5 THEN imgen.fold(f) WHEN fixture_gen.n('ulab', i, 10) < 7 THEN imgen.fold(f) || '-' || imgen.fold(l) END,
  lat = round((p.lat + u.dlat)::numeric, 6), lon = round((p.lon + u.dlon)::numeric, 6)
FROM imgen.pl p WHERE p.id = u.home;
UPDATE imgen.u u SET label = u.label || '2' FROM (SELECT i, row_number() OVER (PARTITION BY label ORDER BY i) rn FROM imgen.u WHERE label IS NOT NULL) d WHERE d.i = u.i AND d.rn > 1;
CREATE UNIQUE INDEX ON imgen.u (i);

-- Cameras and the file names they write.
CREATE TABLE imgen.cam (k int PRIMARY KEY, make text, model text, lens text, src text, w int, h int, prof text);
INSERT INTO imgen.cam VALUES
 (0, 'Apple', 'iPhone 13', 'iPhone 13 back dual wide camera 5.1mm f/1.6', 'ios', 4032, 3024, 'Display P3'),
 (1, 'Apple', 'iPhone 14 Pro', 'iPhone 14 Pro back triple camera 6.86mm f/1.78', 'ios', 4032, 3024, 'Display P3'),
 (2, 'Apple', 'iPhone 15', 'iPhone 15 back dual wide camera 6.24mm f/1.6', 'ios', 5712, 4284, 'Display P3'),
 (3, 'Apple', 'iPhone SE (2nd generation)', 'iPhone SE (2nd generation) back camera 3.99mm f/1.8', 'ios', 4032, 3024, 'Display P3'),
 (4, 'Google', 'Pixel 7', 'Pixel 7 back camera 6.81mm f/1.85', 'android', 4080, 3072, 'sRGB IEC61966-2.1'),
 (5, 'Google', 'Pixel 8 Pro', 'Pixel 8 Pro back camera 6.9mm f/1.68', 'android', 4080, 3072, 'sRGB IEC61966-2.1'),
 (6, 'samsung', 'SM-S918B', NULL, 'android', 4000, 3000, 'sRGB IEC61966-2.1'),
 (7, 'samsung', 'SM-A536B', NULL, 'android', 4000, 3000, 'sRGB IEC61966-2.1'),
 (8, 'Xiaomi', '2201117TG', NULL, 'android', 4000, 3000, 'sRGB IEC61966-2.1'),
 (9, 'SONY', 'ILCE-7M3', 'FE 24-105mm F4 G OSS', 'camera', 6000, 4000, 'sRGB IEC61966-2.1'),
 (10, 'Canon', 'Canon EOS R6', 'RF24-105mm F4 L IS USM', 'camera', 5472, 3648, 'sRGB IEC61966-2.1'),
 (11, 'FUJIFILM', 'X-T4', 'XF23mmF1.4 R', 'camera', 6240, 4160, 'sRGB IEC61966-2.1'),
 (12, NULL, NULL, NULL, 'whatsapp', 1600, 1200, NULL),
 (13, NULL, NULL, NULL, 'screenshot', 1170, 2532, 'sRGB IEC61966-2.1'),
 (14, 'NIKON', 'COOLSCAN V ED', NULL, 'scan', 3946, 2580, 'Adobe RGB (1998)');

-- External libraries on the NAS: their owners and folders.
CREATE TABLE imgen.lib (k int PRIMARY KEY, owner int, name text, paths text[], excl text[]);
INSERT INTO imgen.lib
SELECT 1, 1, 'NAS photos', ARRAY['/mnt/nas/photos/Jonas Andersen', '/mnt/nas/photos/Familie Andersen/Dias 1978-1999'], ARRAY['**/@eaDir/**', '**/.Trash-*/**', '**/#recycle/**']
UNION ALL SELECT 2, u.i, 'Library 1', ARRAY['/mnt/nas/photos/' || u.full_name], ARRAY['**/@eaDir/**', '**/._*', '**/Private/**']
FROM imgen.u u WHERE u.i = 7
UNION ALL SELECT 3, u.i, 'Old phone backups', ARRAY['/mnt/external/' || imgen.fold(u.f) || '/Google Photos Takeout', '/mnt/external/' || imgen.fold(u.f) || '/DCIM'], ARRAY['**/*.json', '**/@eaDir/**']
FROM imgen.u u WHERE u.i = 12
UNION ALL SELECT 4, 1, 'Photo club exhibition', ARRAY['/mnt/nas/club/Ausstellung 2024'], ARRAY['**/_rejects/**']
UNION ALL SELECT 5, u.i, 'Scans', ARRAY['/mnt/nas/photos/' || u.label || '/scans'], ARRAY[]::text[]
FROM imgen.u u WHERE u.i = 3
UNION ALL SELECT 5 + r, u.i, (ARRAY['Library 1', 'NAS', 'Photos', 'Camera archive', 'Old laptop', 'Phone backup', 'Library 1', 'Family archive', 'Pictures', 'Dropbox camera uploads', 'Library 1', 'OneDrive'])[r],
       CASE r % 4 WHEN 0 THEN ARRAY['/mnt/nas/photos/' || u.full_name]
                  WHEN 1 THEN ARRAY['/mnt/nas/home/' || imgen.fold(u.f) || '/Photos', '/mnt/nas/home/' || imgen.fold(u.f) || '/Camera Uploads']
                  WHEN 2 THEN ARRAY['/media/usb-' || imgen.fold(u.l) || '/Bilder']
                  ELSE ARRAY['/mnt/nas/photos/Familie ' || u.l || '/' || fixture_gen.first_name('libk', r) || ' ' || u.l] END,
       CASE WHEN r % 3 = 0 THEN ARRAY['**/@eaDir/**', '**/._*'] ELSE ARRAY['**/@eaDir/**'] END
FROM generate_series(1, 12) r JOIN imgen.u u ON u.i = 4 + 2 * r;

-- Assets: 1-560 uploaded by users (from the mobile app, the web and the
-- CLI), 561-620 imported from the libraries, 621-660 the video halves of
-- live photos.
CREATE TABLE imgen.a AS
SELECT x.k, x.o, c.k AS ck, c.make, c.model, c.lens, c.w, c.h, c.prof,
       CASE WHEN x.k > 560 AND x.k <= 620 THEN 'library' ELSE c.src END AS src, x.t, lb.lib,
       CASE WHEN c.src IN ('ios', 'android') AND fixture_gen.n('avid', x.k, 100) < 13 THEN 'VIDEO' ELSE 'IMAGE' END AS type
FROM (SELECT k,
             CASE WHEN k BETWEEN 561 AND 620 THEN (ARRAY[1, 1, 7, 12, 12, 1, 3, 7])[1 + fixture_gen.n('alo', k, 8)]
                  ELSE 1 + fixture_gen.n('aown', k, 34) END AS o,
             imgen.at('at', k, timestamptz '2016-01-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') AS t,
             fixture_gen.n('asrc', k, 100) AS r
      FROM generate_series(1, 620) k) x
CROSS JOIN LATERAL (SELECT CASE WHEN x.k BETWEEN 561 AND 620 THEN
                               (SELECT l.k FROM imgen.lib l WHERE l.owner = x.o ORDER BY fixture_gen.n('alib', x.k + l.k, 100) LIMIT 1) END AS lib) lb
JOIN imgen.cam c ON c.k = CASE
       WHEN x.k BETWEEN 561 AND 620 THEN CASE WHEN lb.lib IN (1, 5) AND fixture_gen.n('ascan', x.k, 2) = 0 THEN 14 WHEN lb.lib = 3 THEN fixture_gen.n('aph', x.o, 9) ELSE 9 + fixture_gen.n('acm', x.o, 3) END
       WHEN x.r < 58 THEN fixture_gen.n('aph', x.o, 9)
       WHEN x.r < 70 THEN 9 + fixture_gen.n('acm', x.o, 3)
       WHEN x.r < 84 THEN 12
       ELSE 13 END;
CREATE UNIQUE INDEX ON imgen.a (k);
ALTER TABLE imgen.a ADD COLUMN chan text, ADD COLUMN fname text, ADD COLUMN id uuid, ADD COLUMN gps int, ADD COLUMN lat float8, ADD COLUMN lon float8, ADD COLUMN place int;
UPDATE imgen.a SET id = imgen.u4('asset', k),
  chan = CASE WHEN src = 'library' THEN 'library' WHEN src IN ('ios', 'android', 'screenshot') THEN 'mobile'
              WHEN src = 'whatsapp' THEN CASE WHEN fixture_gen.n('awa', k, 2) = 0 THEN 'mobile' ELSE 'web' END
              WHEN fixture_gen.n('acli', k, 3) = 0 THEN 'cli' ELSE 'web' END,
  gps = CASE WHEN src IN ('ios', 'android') AND fixture_gen.n('agps', k, 100) < 78 THEN CASE WHEN fixture_gen.n('ahome', k, 100) < 58 THEN 1 ELSE 2 END
             WHEN src = 'library' AND ck < 12 AND fixture_gen.n('agps', k, 100) < 40 THEN 2 ELSE 0 END;
-- File names as the devices write them; some photos of documents and
-- portraits were renamed after the person before upload.
UPDATE imgen.a SET fname = CASE
  WHEN k % 13 = 6 AND src IN ('whatsapp', 'screenshot', 'ios', 'android') AND type = 'IMAGE' THEN
    replace(replace(replace(replace(fixture_gen.pick(ARRAY['Passport %F %L.jpg', 'Reisepass_%F_%L.jpg', '%f_%l_driving_licence.jpg', 'Insurance card %F %L.png',
        '%F %L visa photo.jpg', 'ID card %L front.jpeg', '%F graduation day.jpg', '%L family portrait.jpg', 'Carte identité %F %L recto.jpg', '%F_%L_residence_permit.jpg',
        'Geburtsurkunde %F.jpg', 'vaccination record %F.jpg'], 'afnp', k),
      '%F', fixture_gen.first_name('afnf', k)), '%L', fixture_gen.last_name('afnl', k)), '%f', lower(imgen.fold(fixture_gen.first_name('afnf', k)))), '%l', lower(imgen.fold(fixture_gen.last_name('afnl', k))))
  WHEN src = 'ios' THEN 'IMG_' || lpad((1 + fixture_gen.n('afn', k, 9998))::text, 4, '0') || CASE WHEN type = 'VIDEO' THEN '.MOV' WHEN fixture_gen.n('ajpg', k, 5) = 0 THEN '.JPG' ELSE '.HEIC' END
  WHEN src = 'android' AND make = 'Google' THEN CASE WHEN type = 'VIDEO' THEN 'PXL_' || to_char(t, 'YYYYMMDD_HH24MISSMS') || '.mp4' ELSE 'PXL_' || to_char(t, 'YYYYMMDD_HH24MISSMS') || CASE WHEN k % 7 = 0 THEN '.PORTRAIT.jpg' ELSE '.jpg' END END
  WHEN src = 'android' AND make = 'samsung' THEN to_char(t, 'YYYYMMDD_HH24MISS') || CASE WHEN type = 'VIDEO' THEN '.mp4' ELSE '.jpg' END
  WHEN src = 'android' THEN CASE WHEN type = 'VIDEO' THEN 'VID_' ELSE 'IMG_' END || to_char(t, 'YYYYMMDD_HH24MISS') || CASE WHEN type = 'VIDEO' THEN '.mp4' ELSE '.jpg' END
  WHEN src = 'camera' OR (src = 'library' AND ck BETWEEN 9 AND 11) THEN
    CASE make WHEN 'SONY' THEN 'DSC0' || lpad((1 + fixture_gen.n('afn', k, 9998))::text, 4, '0') || CASE WHEN k % 3 = 0 THEN '.JPG' ELSE '.ARW' END
              WHEN 'Canon' THEN 'IMG_' || lpad((1 + fixture_gen.n('afn', k, 9998))::text, 4, '0') || CASE WHEN k % 3 = 0 THEN '.JPG' ELSE '.CR3' END
              ELSE 'DSCF' || lpad((1 + fixture_gen.n('afn', k, 9998))::text, 4, '0') || CASE WHEN k % 3 = 0 THEN '.JPG' ELSE '.RAF' END END
  WHEN src = 'library' AND ck = 14 THEN CASE WHEN fixture_gen.n('ascn', k, 3) = 0
    THEN replace(replace(fixture_gen.pick(ARRAY['Dia_%Y_%N.tif', 'Scan %Y-%N.tif', 'Negativ_%N.tif'], 'ascp', k), '%Y', (1978 + fixture_gen.n('asy', k, 22))::text), '%N', lpad((1 + fixture_gen.n('asn', k, 240))::text, 3, '0'))
    ELSE replace(replace(fixture_gen.pick(ARRAY['Oma %F und Opa %G Hochzeit %Y.tif', '%F Einschulung %Y.tif', 'Weihnachten %Y bei %F und %G.tif', '%F %L Konfirmation %Y.tif',
         'Urlaub %Y mit %F.tif', '%F als Baby %Y.tif'], 'ascq', k), '%F', fixture_gen.first_name('ascf', k)), '%G', fixture_gen.first_name('ascg', k))
         || '' END
  WHEN src = 'library' THEN 'PXL_' || to_char(t, 'YYYYMMDD_HH24MISSMS') || '.jpg'
  WHEN src = 'whatsapp' AND chan = 'mobile' THEN 'IMG-' || to_char(t, 'YYYYMMDD') || '-WA' || lpad(fixture_gen.n('awn', k, 200)::text, 4, '0') || '.jpg'
  WHEN src = 'whatsapp' THEN 'WhatsApp Image ' || to_char(t, 'YYYY-MM-DD') || ' at ' || to_char(t, 'HH24.MI.SS') || '.jpeg'
  ELSE CASE WHEN fixture_gen.n('ass', k, 2) = 0 THEN 'Screenshot_' || to_char(t, 'YYYYMMDD-HH24MISS') || '.png' ELSE 'IMG_' || lpad((1 + fixture_gen.n('afn', k, 9998))::text, 4, '0') || '.PNG' END END;
UPDATE imgen.a SET fname = replace(replace(fname, '%L', fixture_gen.last_name('ascl', k)), '%Y', (1978 + fixture_gen.n('asy', k, 22))::text) WHERE fname LIKE '%\%%';
-- Positions: at the owner's home (a few metres around it) or on a trip.
UPDATE imgen.a a SET place = CASE WHEN a.gps = 1 THEN u.home ELSE 1 + fixture_gen.n('atrip', a.k / 6, 50) END,
  lat = CASE WHEN a.gps = 1 THEN round((u.lat + imgen.frac('ajla', a.k) * 0.0004)::numeric, 6) WHEN a.gps = 2 THEN round((p.lat + imgen.frac('atla', a.k) * 0.05)::numeric, 6) END,
  lon = CASE WHEN a.gps = 1 THEN round((u.lon + imgen.frac('ajlo', a.k) * 0.0005)::numeric, 6) WHEN a.gps = 2 THEN round((p.lon + imgen.frac('atlo', a.k) * 0.06)::numeric, 6) END
FROM imgen.u u, imgen.pl p WHERE u.i = a.o AND p.id = 1 + fixture_gen.n('atrip', a.k / 6, 50);
UPDATE imgen.a SET place = NULL WHERE gps = 0;
-- Live photos: 621-660 are the .MOV halves of the first forty iPhone stills.
INSERT INTO imgen.a (k, o, ck, make, model, lens, w, h, prof, src, t, lib, type, chan, fname, id, gps, lat, lon, place)
SELECT 620 + s.rn, s.o, s.ck, s.make, s.model, s.lens, 1920, 1440, s.prof, 'ios', s.t, NULL, 'VIDEO', 'mobile', regexp_replace(s.fname, '\.[A-Z]+$', '.MOV'),
       imgen.u4('asset', 620 + s.rn), s.gps, s.lat, s.lon, s.place
FROM (SELECT a.*, row_number() OVER (ORDER BY k) rn FROM imgen.a a WHERE src = 'ios' AND type = 'IMAGE' AND fname LIKE 'IMG\_%') s WHERE s.rn <= 40;
ALTER TABLE imgen.a ADD COLUMN live int;
UPDATE imgen.a a SET live = 620 + s.rn FROM (SELECT k, row_number() OVER (ORDER BY k) rn FROM imgen.a WHERE k <= 620 AND src = 'ios' AND type = 'IMAGE' AND fname LIKE 'IMG\_%') s WHERE s.k = a.k AND s.rn <= 40;

-- People the face recognition found, named (or not) by the owner: full
-- names, first names, what the family calls them.
CREATE TABLE imgen.p AS
SELECT p, imgen.u4('person', p) AS id, u.i AS o,
       CASE WHEN fixture_gen.n('pnm', p, 100) < 38 THEN ''
            WHEN fixture_gen.n('pnm', p, 100) < 70 THEN fixture_gen.first_name('pf', p) || ' ' || CASE WHEN fixture_gen.n('psur', p, 3) = 0 THEN u.l ELSE fixture_gen.last_name('pl', p) END
            WHEN fixture_gen.n('pnm', p, 100) < 86 THEN fixture_gen.first_name('pf', p)
            ELSE replace(fixture_gen.pick(ARRAY['Oma', 'Opa %f', 'Mum', 'Dad', 'Nana %f', 'Auntie %f', 'Uncle %f', 'Baba', 'Dadi', 'Obaachan', 'Halmeoni', 'Babcia', 'Tía %f', 'Grandad', 'Baby %f', 'Me'], 'pkin', p),
                         '%f', fixture_gen.first_name('pf', p)) END AS name,
       CASE WHEN fixture_gen.n('pbd', p, 100) < 34 AND fixture_gen.n('pnm', p, 100) >= 38 THEN fixture_gen.birth_date('pbd', p) END AS bd,
       u.cr + make_interval(days => 20 + fixture_gen.n('pcr', p, 500), secs => fixture_gen.n('pcrs', p, 86400)) AS cr
FROM generate_series(1, 170) p
JOIN imgen.u u ON u.i = CASE WHEN p <= 30 THEN 1 + (p - 1) % 10 ELSE 1 + fixture_gen.n('pown', p, 34) END;
-- Children's birth dates are recent.
UPDATE imgen.p SET bd = date '2012-01-01' + fixture_gen.n('pkbd', p, 4000) WHERE bd IS NOT NULL AND (name LIKE 'Baby %' OR fixture_gen.n('pkid', p, 4) = 0);
CREATE UNIQUE INDEX ON imgen.p (p);

-- Faces: photos of people (phone pictures, WhatsApp images, camera and
-- scanned pictures), each assigned to a person of the asset's owner or
-- not yet recognised.
CREATE TABLE imgen.f AS
SELECT row_number() OVER (ORDER BY a.k, s.n) AS fk, a.k AS ak, a.id AS aid, a.o, a.w, a.h, s.n
FROM imgen.a a CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('fcnt', a.k, 3)) s(n)
WHERE a.type = 'IMAGE' AND a.src IN ('ios', 'android', 'camera', 'whatsapp', 'library') AND fixture_gen.n('fhas', a.k, 100) < 55;
ALTER TABLE imgen.f ADD COLUMN pk int, ADD COLUMN id uuid;
UPDATE imgen.f f SET id = imgen.u4('face', f.fk),
  pk = CASE WHEN fixture_gen.n('fun', f.fk, 100) < 14 THEN NULL
            ELSE (SELECT p.p FROM imgen.p p WHERE p.o = f.o ORDER BY fixture_gen.n('fpp', f.fk * 1000 + p.p, 1000) LIMIT 1) END;
CREATE UNIQUE INDEX ON imgen.f (fk);

-- =====================================================================
-- The application's tables.
-- =====================================================================

CREATE TABLE users (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  email varchar NOT NULL UNIQUE,
  password varchar NOT NULL DEFAULT '',
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "profileImagePath" varchar NOT NULL DEFAULT '',
  "isAdmin" boolean NOT NULL DEFAULT false,
  "shouldChangePassword" boolean NOT NULL DEFAULT true,
  "deletedAt" timestamptz,
  "oauthId" varchar NOT NULL DEFAULT '',
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "storageLabel" varchar UNIQUE,
  name varchar NOT NULL DEFAULT '',
  "quotaSizeInBytes" bigint,
  "quotaUsageInBytes" bigint NOT NULL DEFAULT 0,
  status varchar NOT NULL DEFAULT 'active',
  "profileChangedAt" timestamptz NOT NULL DEFAULT now(),
  "updateId" uuid NOT NULL,
  "pinCode" varchar
);
INSERT INTO users (id, email, password, "createdAt", "profileImagePath", "isAdmin", "shouldChangePassword", "deletedAt", "oauthId", "updatedAt",
                   "storageLabel", name, "quotaSizeInBytes", "quotaUsageInBytes", status, "profileChangedAt", "updateId", "pinCode")
SELECT u.id, u.email,
       CASE WHEN u.i > 1 AND fixture_gen.n('uoa', u.i, 10) < 4 THEN '' ELSE imgen.bcrypt('upw', u.i) END,
       u.cr,
       CASE WHEN fixture_gen.n('upi', u.i, 10) < 6 THEN '/usr/src/app/upload/profile/' || u.id || '/' || imgen.u4('profimg', u.i) || '.' || fixture_gen.pick(ARRAY['jpg', 'jpeg', 'png', 'webp'], 'upix', u.i) ELSE '' END,
       u.i IN (1, 2), u.i > 1 AND fixture_gen.n('uscp', u.i, 8) = 0,
       CASE WHEN u.i >= 35 THEN timestamptz '2025-05-02 09:12:44.201+00' + (u.i - 35) * interval '31 days' END,
       CASE WHEN u.i = 1 OR fixture_gen.n('uoa', u.i, 10) < 7 THEN encode(sha256(convert_to('authentik-sub:' || u.i, 'UTF8')), 'hex') ELSE '' END,
       u.cr + make_interval(days => 30 + fixture_gen.n('uup', u.i, 900)),
       CASE WHEN u.i < 35 THEN u.label END, u.full_name,
       CASE WHEN u.i = 1 THEN NULL WHEN fixture_gen.n('uq', u.i, 3) = 0 THEN NULL ELSE (ARRAY[53687091200, 107374182400, 214748364800, 536870912000])[1 + fixture_gen.n('uqs', u.i, 4)] END,
       CASE WHEN u.i >= 35 THEN 0 ELSE 1048576 * (800 + fixture_gen.n('uqu', u.i, 90000))::bigint END,
       CASE WHEN u.i = 35 THEN 'removing' WHEN u.i = 36 THEN 'deleted' ELSE 'active' END,
       u.cr + make_interval(days => fixture_gen.n('upc', u.i, 300)),
       imgen.u7(u.cr + make_interval(days => 30 + fixture_gen.n('uup', u.i, 900)), 'uupd', u.i),
       CASE WHEN fixture_gen.n('upin', u.i, 5) = 0 THEN imgen.bcrypt('upin', u.i) END
FROM imgen.u u ORDER BY u.i;

CREATE TABLE users_audit (
  id uuid NOT NULL PRIMARY KEY,
  "userId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO users_audit SELECT imgen.u7(d, 'uaud', i), imgen.u4('user', 100 + i), d
FROM (SELECT i, imgen.at('uaudt', i, timestamptz '2023-01-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 12) i) x;

CREATE TABLE user_metadata (
  "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key varchar NOT NULL,
  value jsonb NOT NULL,
  "updateId" uuid NOT NULL,
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("userId", key)
);
INSERT INTO user_metadata
SELECT u.id, 'preferences',
       jsonb_build_object('avatar', jsonb_build_object('color', fixture_gen.pick(ARRAY['primary', 'pink', 'red', 'yellow', 'blue', 'green', 'purple', 'orange', 'gray', 'amber'], 'mavc', u.i)),
         'download', jsonb_build_object('archiveSize', (ARRAY[4294967296, 2147483648, 8589934592])[1 + fixture_gen.n('mdl', u.i, 3)], 'includeEmbeddedVideos', u.i % 5 = 0),
         'emailNotifications', jsonb_build_object('enabled', u.i % 6 <> 0, 'albumInvite', true, 'albumUpdate', u.i % 3 <> 0),
         'folders', jsonb_build_object('enabled', u.i % 4 = 0, 'sidebarWeb', false),
         'memories', jsonb_build_object('enabled', u.i % 9 <> 0),
         'people', jsonb_build_object('enabled', true, 'sidebarWeb', u.i % 2 = 0),
         'purchase', jsonb_build_object('showSupportBadge', u.i % 3 = 0, 'hideBuyButtonUntil', to_char(u.cr + interval '400 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
         'ratings', jsonb_build_object('enabled', u.i % 7 = 0),
         'sharedLinks', jsonb_build_object('enabled', true, 'sidebarWeb', false),
         'tags', jsonb_build_object('enabled', u.i % 5 < 2, 'sidebarWeb', u.i % 5 = 0),
         'cast', jsonb_build_object('gCastEnabled', u.i % 8 = 0)),
       imgen.u7(u.cr + interval '3 days', 'mpref', u.i), u.cr + interval '3 days'
FROM imgen.u u WHERE u.i < 35 AND fixture_gen.n('mhp', u.i, 10) < 8
UNION ALL
SELECT u.id, 'onboarding', jsonb_build_object('isOnboarded', true), imgen.u7(u.cr + interval '2 minutes', 'monb', u.i), u.cr + interval '2 minutes'
FROM imgen.u u WHERE u.i < 35 AND fixture_gen.n('mho', u.i, 10) < 7
UNION ALL
SELECT u.id, 'license',
       jsonb_build_object('licenseKey', 'IMCL-' || array_to_string(ARRAY(SELECT fixture_gen.chars('mlk' || g, u.i, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') FROM generate_series(1, 8) g), '-'),
                          'activationKey', imgen.b64url('mlak', u.i, 255) || imgen.b64url('mlak2', u.i, 150),
                          'activatedAt', to_char(u.cr + interval '120 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
       imgen.u7(u.cr + interval '120 days', 'mlic', u.i), u.cr + interval '120 days'
FROM imgen.u u WHERE u.i IN (3, 6, 11, 17, 22, 29, 33);

CREATE TABLE user_metadata_audit (
  id uuid NOT NULL PRIMARY KEY,
  "userId" uuid NOT NULL,
  key varchar NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO user_metadata_audit SELECT imgen.u7(d, 'umaud', i), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('umau', x.i, 34)), (ARRAY['license', 'preferences', 'onboarding'])[1 + i % 3], d
FROM (SELECT i, imgen.at('umaudt', i, timestamptz '2025-02-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 14) i) x;

CREATE TABLE api_keys (
  name varchar NOT NULL,
  key varchar NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  permissions varchar[] NOT NULL,
  "updateId" uuid NOT NULL
);
INSERT INTO api_keys
SELECT t.name, imgen.sha256b64('apikey', k), c, c + make_interval(days => fixture_gen.n('akup', k, 40)), imgen.u4('apikey', k), u.id, t.perm,
       imgen.u7(c + make_interval(days => fixture_gen.n('akup', k, 40)), 'akupd', k)
FROM generate_series(1, 42) k
JOIN imgen.u u ON u.i = CASE WHEN k <= 8 THEN 1 ELSE 1 + fixture_gen.n('akown', k, 34) END
CROSS JOIN LATERAL (SELECT fixture_gen.n('akt', k, 10) AS tk) s
CROSS JOIN LATERAL (SELECT (ARRAY['Immich CLI', 'immich-go', 'Home Assistant', 'immich-kiosk hallway', 'ImmichFrame kitchen', 'Backup script NAS', 'Lightroom publish', 'Immich Power Tools', 'Syncthing import', 'API Key'])[1 + s.tk] AS name,
                           CASE WHEN s.tk IN (3, 4) THEN ARRAY['asset.read', 'asset.view', 'album.read', 'person.read']::varchar[]
                                WHEN s.tk = 2 THEN ARRAY['asset.read', 'asset.view', 'album.read', 'memory.read', 'server.about']::varchar[]
                                WHEN s.tk = 6 THEN ARRAY['asset.read', 'asset.upload', 'asset.update', 'album.create', 'album.update']::varchar[]
                                ELSE ARRAY['all']::varchar[] END AS perm) t
CROSS JOIN LATERAL (SELECT greatest(u.cr, imgen.at('akcr', k, timestamptz '2022-04-01 00:00:00+00', timestamptz '2025-06-01 00:00:00+00')) AS c) cc;

CREATE TABLE sessions (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  token varchar NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "expiresAt" timestamptz,
  "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "parentId" uuid REFERENCES sessions (id) ON DELETE CASCADE,
  "deviceType" varchar NOT NULL DEFAULT '',
  "deviceOS" varchar NOT NULL DEFAULT '',
  "updateId" uuid NOT NULL,
  "isPendingSyncReset" boolean NOT NULL DEFAULT false,
  "pinExpiresAt" timestamptz
);
CREATE TABLE imgen.s AS
SELECT k, imgen.u4('session', k) AS id, u.i AS ui, u.id AS uid,
       CASE WHEN fixture_gen.n('sweb', k, 100) < 45 THEN 'web' ELSE 'app' END AS kind,
       greatest(u.cr, imgen.at('scr', k, timestamptz '2023-01-01 00:00:00+00', timestamptz '2025-06-18 00:00:00+00')) AS cr
FROM generate_series(1, 96) k JOIN imgen.u u ON u.i = 1 + fixture_gen.n('sown', k, 34);
INSERT INTO sessions
SELECT s.id, imgen.sha256b64('session', s.k), s.cr, least(s.cr + make_interval(days => fixture_gen.n('sup', s.k, 200)), timestamptz '2025-06-20 08:00:00+00'),
       CASE WHEN s.kind = 'web' AND s.k % 4 = 0 THEN s.cr + interval '30 days' END, s.uid, NULL,
       CASE WHEN s.kind = 'web' THEN fixture_gen.pick(ARRAY['Chrome', 'Chrome', 'Firefox', 'Safari', 'Edge', 'Mobile Safari', 'Samsung Internet', 'Chrome WebView'], 'sbr', s.k)
            WHEN c.src = 'ios' THEN (ARRAY['iPhone14,5', 'iPhone15,2', 'iPhone15,4', 'iPhone12,8'])[1 + c.k] ELSE coalesce(c.model, 'Pixel 6a') END,
       CASE WHEN s.kind = 'web' THEN fixture_gen.pick(ARRAY['Mac OS', 'Windows', 'Linux', 'iOS', 'Android', 'Ubuntu', 'Chromium OS'], 'sos', s.k)
            WHEN c.src = 'ios' THEN 'iOS' ELSE 'Android' END,
       imgen.u7(s.cr + make_interval(days => fixture_gen.n('sup', s.k, 200)), 'supd', s.k), s.kind = 'app' AND s.k % 17 = 0,
       CASE WHEN s.k % 11 = 0 THEN s.cr + interval '15 minutes' END
FROM imgen.s s JOIN imgen.cam c ON c.k = fixture_gen.n('aph', s.ui, 9);

CREATE TABLE session_sync_checkpoints (
  "sessionId" uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  type varchar NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  ack varchar NOT NULL,
  "updateId" uuid NOT NULL,
  PRIMARY KEY ("sessionId", type)
);
INSERT INTO session_sync_checkpoints
SELECT s.id, t.type, s.cr + interval '5 minutes', s.cr + make_interval(hours => 1 + fixture_gen.n('sckh', s.k * 10 + t.o, 900)),
       t.type || '|' || imgen.u7(s.cr + make_interval(hours => fixture_gen.n('sckh', s.k * 10 + t.o, 900)), 'scka', s.k * 10 + t.o)::text || CASE WHEN t.o = 3 THEN '|COMPLETE' ELSE '' END,
       imgen.u7(s.cr + make_interval(hours => 1 + fixture_gen.n('sckh', s.k * 10 + t.o, 900)), 'scku', s.k * 10 + t.o)
FROM imgen.s s CROSS JOIN (VALUES (1, 'UserV1'), (2, 'PartnerV1'), (3, 'AssetV1'), (4, 'AssetExifV1'), (5, 'AlbumV1'), (6, 'AlbumToAssetV1')) t(o, type)
WHERE s.kind = 'app' AND s.cr > timestamptz '2024-10-01 00:00:00+00';

CREATE TABLE libraries (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  name varchar NOT NULL,
  "ownerId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "importPaths" text[] NOT NULL,
  "exclusionPatterns" text[] NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  "refreshedAt" timestamptz,
  "updateId" uuid NOT NULL
);
INSERT INTO libraries
SELECT imgen.u4('library', l.k), l.name, u.id, l.paths, l.excl, u.cr + make_interval(days => 10 * l.k), timestamptz '2025-05-30 02:00:00+00' + l.k * interval '7 minutes',
       CASE WHEN l.k = 4 THEN timestamptz '2025-01-09 18:22:10.514+00' END, timestamptz '2025-06-20 00:00:00+00' + l.k * interval '2 minutes',
       imgen.u7(timestamptz '2025-05-30 02:00:00+00' + l.k * interval '7 minutes', 'lupd', l.k)
FROM imgen.lib l JOIN imgen.u u ON u.i = l.owner;

CREATE TABLE asset_stack (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "primaryAssetId" uuid NOT NULL UNIQUE,
  "ownerId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "updateId" uuid NOT NULL
);
-- Stacks: camera RAW and JPEG pairs and bursts (an asset and its owner's
-- next one).
CREATE TABLE imgen.st AS
SELECT row_number() OVER (ORDER BY k) AS sk, k AS pk, nk, o FROM (
  SELECT k, o, src, lead(k) OVER (PARTITION BY o ORDER BY k) AS nk FROM imgen.a WHERE k <= 560 AND type = 'IMAGE') x
WHERE src IN ('camera', 'ios') AND nk IS NOT NULL AND fixture_gen.n('stk', k, 100) < 12;
INSERT INTO asset_stack
SELECT imgen.u4('stack', st.sk), a.id, u.id, imgen.at('stcr', st.sk, timestamptz '2024-04-01 00:00:00+00', timestamptz '2025-06-01 00:00:00+00'),
       imgen.at('stcr', st.sk, timestamptz '2024-04-01 00:00:00+00', timestamptz '2025-06-01 00:00:00+00') + interval '1 second',
       imgen.u7(imgen.at('stcr', st.sk, timestamptz '2024-04-01 00:00:00+00', timestamptz '2025-06-01 00:00:00+00'), 'stupd', st.sk)
FROM imgen.st st JOIN imgen.a a ON a.k = st.pk JOIN imgen.u u ON u.i = st.o;

CREATE TABLE stacks_audit (
  id uuid NOT NULL PRIMARY KEY,
  "stackId" uuid NOT NULL,
  "userId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO stacks_audit SELECT imgen.u7(d, 'staud', i), imgen.u4('stack', 500 + i), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('stau', x.i, 34)), d
FROM (SELECT i, imgen.at('staudt', i, timestamptz '2025-02-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 10) i) x;

CREATE TABLE assets (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "deviceAssetId" varchar NOT NULL,
  "ownerId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "deviceId" varchar NOT NULL,
  type varchar NOT NULL,
  "originalPath" varchar NOT NULL,
  "fileCreatedAt" timestamptz NOT NULL,
  "fileModifiedAt" timestamptz NOT NULL,
  "isFavorite" boolean NOT NULL DEFAULT false,
  duration varchar,
  "encodedVideoPath" varchar DEFAULT '',
  checksum bytea NOT NULL,
  "livePhotoVideoId" uuid REFERENCES assets (id) ON DELETE SET NULL,
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "originalFileName" varchar NOT NULL,
  "sidecarPath" varchar,
  thumbhash bytea,
  "isOffline" boolean NOT NULL DEFAULT false,
  "libraryId" uuid REFERENCES libraries (id) ON DELETE CASCADE,
  "isExternal" boolean NOT NULL DEFAULT false,
  "deletedAt" timestamptz,
  "localDateTime" timestamptz NOT NULL,
  "stackId" uuid REFERENCES asset_stack (id) ON DELETE SET NULL,
  "duplicateId" uuid,
  status varchar NOT NULL DEFAULT 'active',
  "updateId" uuid NOT NULL,
  visibility varchar NOT NULL DEFAULT 'timeline'
);
-- Where each asset is stored: the storage template
-- ({{y}}/{{y}}-{{MM}}-{{dd}}/{{filename}}) under the owner's storage label
-- (or id), the older upload/<user id>/ layout for a few, and the NAS
-- folders of the external libraries.
ALTER TABLE imgen.a ADD COLUMN path text, ADD COLUMN cr timestamptz, ADD COLUMN tz text;
UPDATE imgen.a a SET
  cr = CASE WHEN a.chan = 'library' THEN l.cr + make_interval(days => fixture_gen.n('acrl', a.k, 300)) ELSE greatest(a.t, u.cr) + make_interval(hours => 1 + fixture_gen.n('acrh', a.k, 200), secs => fixture_gen.n('acrs', a.k, 3600)) END,
  tz = coalesce((SELECT p.tz FROM imgen.pl p WHERE p.id = coalesce(a.place, u.home)), 'UTC'),
  path = CASE
    WHEN a.chan = 'library' THEN
      CASE a.lib
        WHEN 1 THEN CASE WHEN a.ck = 14 THEN '/mnt/nas/photos/Familie Andersen/Dias 1978-1999/' || fixture_gen.pick(ARRAY['Kasten 1', 'Kasten 2', 'Oma Ingrid', 'Hochzeit Ingrid und Lars'], 'alsub', a.k) || '/'
                         ELSE '/mnt/nas/photos/Jonas Andersen/' || to_char(a.t, 'YYYY') || '/' || fixture_gen.pick(ARRAY['Sommerurlaub', 'Fotoclub', 'Geburtstag Mia', 'Misc', 'Hochzeit Lena & Tobi'], 'alsub', a.k) || '/' END
        WHEN 2 THEN '/mnt/nas/photos/' || u.full_name || '/' || to_char(a.t, 'YYYY') || '/' || fixture_gen.pick(ARRAY['Family', 'Trips', 'Kids', 'Garden'], 'alsub', a.k) || '/'
        WHEN 3 THEN '/mnt/external/' || imgen.fold(u.f) || '/Google Photos Takeout/Photos from ' || to_char(a.t, 'YYYY') || '/'
        WHEN 5 THEN '/mnt/nas/photos/' || u.label || '/scans/'
        ELSE '/mnt/nas/club/Ausstellung 2024/' END || a.fname
    WHEN a.k % 10 = 3 THEN '/usr/src/app/upload/upload/' || u.id || '/' || substr(a.id::text, 1, 2) || '/' || substr(a.id::text, 3, 2) || '/' || a.id || lower(substring(a.fname from '\.[A-Za-z0-9]+$'))
    ELSE '/usr/src/app/upload/library/' || coalesce(u.label, u.id::text) || '/' || to_char(a.t, 'YYYY') || '/' || to_char(a.t, 'YYYY-MM-DD') || '/' || a.fname END
FROM imgen.u u LEFT JOIN (SELECT l.k AS lk, lu.cr FROM imgen.lib l JOIN imgen.u lu ON lu.i = l.owner) l ON true
WHERE u.i = a.o AND (l.lk = a.lib OR (a.lib IS NULL AND l.lk = 1));
INSERT INTO assets
SELECT a.id,
       CASE a.chan WHEN 'library' THEN replace(a.fname, ' ', '')
                   WHEN 'web' THEN 'web-' || a.fname || '-' || (extract(epoch FROM a.t) * 1000)::bigint::text
                   WHEN 'cli' THEN replace(a.fname, ' ', '') || '-' || (800000 + fixture_gen.n('asz', a.k, 40000000))::text
                   ELSE CASE WHEN a.src = 'ios' OR (a.src IN ('screenshot', 'whatsapp') AND fixture_gen.n('aph', a.o, 9) < 4)
                             THEN upper(imgen.u4('phasset', a.k)::text) || '/L0/001' ELSE (1000000000 + fixture_gen.n('amsid', a.k, 90000000))::text END END,
       u.id,
       CASE a.chan WHEN 'library' THEN 'Library Import' WHEN 'web' THEN 'WEB' WHEN 'cli' THEN 'CLI'
                   ELSE CASE WHEN fixture_gen.n('aph', a.o, 9) < 4 THEN upper(imgen.u4('idfv', a.o)::text) ELSE substr(md5('androidid' || a.o), 1, 16) END END,
       a.type, a.path, a.t, a.t + make_interval(secs => fixture_gen.n('afm', a.k, 5)),
       fixture_gen.n('afav', a.k, 100) < 10,
       CASE WHEN a.type = 'VIDEO' THEN '0:00:' || lpad((1 + fixture_gen.n('adur', a.k, 58))::text, 2, '0') || '.' || lpad(fixture_gen.n('adurms', a.k, 1000)::text, 3, '0') || '000' ELSE '0:00:00.00000' END,
       CASE WHEN a.type = 'VIDEO' THEN '/usr/src/app/upload/encoded-video/' || u.id || '/' || substr(a.id::text, 1, 2) || '/' || substr(a.id::text, 3, 2) || '/' || a.id || '.mp4' ELSE '' END,
       decode(fixture_gen.hexn('achk', a.k, 40), 'hex'),
       lv.id, a.cr + make_interval(days => fixture_gen.n('aupd', a.k, 60)), a.cr, a.fname,
       CASE WHEN a.fname ~ '\.(ARW|CR3|RAF)$' AND fixture_gen.n('axmp', a.k, 3) = 0 THEN a.path || '.xmp' END,
       decode(fixture_gen.hexn('athumb', a.k, 50), 'hex'),
       a.chan = 'library' AND fixture_gen.n('aoff', a.k, 20) = 0,
       (SELECT imgen.u4('library', a.lib) WHERE a.lib IS NOT NULL), a.chan = 'library',
       CASE WHEN fixture_gen.n('atr', a.k, 100) < 4 THEN a.cr + make_interval(days => 30 + fixture_gen.n('atrd', a.k, 200)) END,
       (a.t AT TIME ZONE a.tz) AT TIME ZONE 'UTC',
       NULL, NULL,
       CASE WHEN fixture_gen.n('atr', a.k, 100) < 4 THEN 'trashed' ELSE 'active' END,
       imgen.u7(a.cr + make_interval(days => fixture_gen.n('aupd', a.k, 60)), 'aupdid', a.k),
       CASE WHEN a.k > 620 THEN 'hidden' WHEN fixture_gen.n('avis', a.k, 100) < 8 THEN 'archive' WHEN fixture_gen.n('avis', a.k, 100) < 10 OR a.fname ~ '^(Passport|Reisepass|ID card|Carte)' THEN 'locked' ELSE 'timeline' END
FROM imgen.a a JOIN imgen.u u ON u.i = a.o LEFT JOIN imgen.a lv ON lv.k = a.live
ORDER BY a.k DESC;
UPDATE assets SET "stackId" = s.sid FROM (
  SELECT imgen.u4('stack', st.sk) sid, a.id FROM imgen.st st JOIN imgen.a a ON a.k IN (st.pk, st.nk)) s WHERE s.id = assets.id;
UPDATE assets SET "duplicateId" = d.did FROM (
  SELECT imgen.u4('dup', (x.rn + 1) / 2) did, x.id FROM (SELECT a.id, row_number() OVER (ORDER BY a.o, a.k) rn FROM imgen.a a WHERE fixture_gen.n('adup', a.k, 100) < 6 AND a.k <= 560) x) d
WHERE d.id = assets.id;

-- The audit table of the first mobile sync (still written for old apps).
CREATE TABLE audit (
  id serial PRIMARY KEY,
  "entityType" varchar NOT NULL,
  "entityId" uuid NOT NULL,
  action varchar NOT NULL,
  "ownerId" uuid NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now()
);
INSERT INTO audit ("entityType", "entityId", action, "ownerId", "createdAt")
SELECT CASE WHEN k % 5 = 0 THEN 'ALBUM' ELSE 'ASSET' END, CASE WHEN k % 5 = 0 THEN imgen.u4('album', 300 + k) ELSE imgen.u4('asset', 3000 + k) END,
       CASE WHEN k % 4 = 0 THEN 'UPDATE' ELSE 'DELETE' END, (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('audo', x.k, 34)), t
FROM (SELECT k, imgen.at('audt', k, timestamptz '2024-06-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') t FROM generate_series(1, 80) k) x ORDER BY t;

CREATE TABLE assets_audit (
  id uuid NOT NULL PRIMARY KEY,
  "assetId" uuid NOT NULL,
  "ownerId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO assets_audit SELECT imgen.u7(d, 'aaud', i), imgen.u4('asset', 2000 + i), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('aau', x.i, 34)), d
FROM (SELECT i, imgen.at('aaudt', i, timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 60) i) x;

CREATE TABLE exif (
  "assetId" uuid NOT NULL PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
  make varchar,
  model varchar,
  "exifImageWidth" integer,
  "exifImageHeight" integer,
  "fileSizeInByte" bigint,
  orientation varchar,
  "dateTimeOriginal" timestamptz,
  "modifyDate" timestamptz,
  "lensModel" varchar,
  "fNumber" double precision,
  "focalLength" double precision,
  iso integer,
  latitude double precision,
  longitude double precision,
  city varchar,
  state varchar,
  country varchar,
  description text NOT NULL DEFAULT '',
  fps double precision,
  "exposureTime" varchar,
  "livePhotoCID" varchar,
  "timeZone" varchar,
  "projectionType" varchar,
  "profileDescription" varchar,
  colorspace varchar,
  "bitsPerSample" integer,
  "autoStackId" varchar,
  rating integer,
  "updatedAt" timestamptz NOT NULL DEFAULT clock_timestamp(),
  "updateId" uuid NOT NULL,
  tags varchar[]
);
INSERT INTO exif
SELECT a.id, a.make, a.model,
       CASE WHEN a.type = 'VIDEO' THEN 1920 ELSE a.w END, CASE WHEN a.type = 'VIDEO' THEN 1080 ELSE a.h END,
       CASE WHEN a.type = 'VIDEO' THEN 4000000 + fixture_gen.n('xsz', a.k, 180000000) WHEN a.fname ~ '\.(ARW|CR3|RAF|tif)$' THEN 24000000 + fixture_gen.n('xsz', a.k, 30000000) ELSE 180000 + fixture_gen.n('xsz', a.k, 6000000) END,
       CASE WHEN a.src IN ('whatsapp', 'screenshot') THEN NULL ELSE (ARRAY['1', '1', '1', '6', '6', '8', '3'])[1 + fixture_gen.n('xor', a.k, 7)] END,
       CASE WHEN a.src = 'screenshot' THEN NULL ELSE a.t END,
       a.t + make_interval(secs => fixture_gen.n('xmd', a.k, 3)),
       a.lens,
       CASE WHEN a.make IS NULL OR a.ck = 14 THEN NULL ELSE (ARRAY[1.6, 1.78, 1.8, 2.2, 2.8, 4, 5.6, 8])[1 + fixture_gen.n('xfn', a.k, 8)] END,
       CASE WHEN a.make IS NULL OR a.ck = 14 THEN NULL WHEN a.ck < 9 THEN (ARRAY[4.2, 5.1, 6.86, 6.81, 2.22])[1 + fixture_gen.n('xfl', a.k, 5)] ELSE (ARRAY[23, 24, 35, 50, 70, 105])[1 + fixture_gen.n('xfl', a.k, 6)] END,
       CASE WHEN a.make IS NULL OR a.ck = 14 THEN NULL ELSE (ARRAY[50, 64, 100, 125, 200, 400, 800, 1600, 3200])[1 + fixture_gen.n('xiso', a.k, 9)] END,
       a.lat, a.lon, p.name, p.a1 || coalesce(', ' || p.a2, ''), p.country,
       '', CASE WHEN a.type = 'VIDEO' THEN (ARRAY[29.97, 30, 59.94, 60, 25])[1 + fixture_gen.n('xfps', a.k, 5)] END,
       CASE WHEN a.make IS NULL OR a.ck = 14 THEN NULL ELSE (ARRAY['1/60', '1/120', '1/250', '1/500', '1/1000', '1/30', '1/8', '2'])[1 + fixture_gen.n('xexp', a.k, 8)] END,
       CASE WHEN a.live IS NOT NULL THEN upper(imgen.u4('livecid', a.k)::text) WHEN a.k > 620 THEN upper(imgen.u4('livecid', (SELECT s.k FROM imgen.a s WHERE s.live = a.k))::text) END,
       CASE WHEN a.place IS NOT NULL THEN a.tz WHEN a.ck BETWEEN 0 AND 11 THEN (ARRAY['UTC+1', 'UTC+2', 'UTC', 'UTC+9', 'UTC+5:30', 'UTC-5'])[1 + fixture_gen.n('xtz', a.o, 6)] END,
       CASE WHEN a.fname LIKE 'PXL%' AND fixture_gen.n('xpano', a.k, 30) = 0 THEN 'EQUIRECTANGULAR' END,
       a.prof, CASE WHEN a.prof IS NULL THEN NULL WHEN a.prof = 'Display P3' THEN 'Uncalibrated' ELSE 'sRGB' END,
       CASE WHEN a.fname ~ '\.(ARW|CR3|RAF)$' THEN 14 WHEN a.fname LIKE '%.tif' THEN 16 WHEN a.make IS NULL THEN NULL ELSE 8 END,
       CASE WHEN a.src = 'ios' AND fixture_gen.n('xburst', a.k, 25) = 0 THEN upper(imgen.u4('burst', a.k / 3)::text) END,
       CASE WHEN a.ck BETWEEN 9 AND 11 AND fixture_gen.n('xrat', a.k, 3) > 0 THEN fixture_gen.n('xr', a.k, 6) END,
       a.cr + interval '40 seconds', imgen.u7(a.cr + interval '40 seconds', 'xupd', a.k), NULL
FROM imgen.a a LEFT JOIN imgen.pl p ON p.id = a.place;
-- Captions: typed in the app's info panel, written by the camera, or
-- carried in the XMP of the scans and the NAS photos.
UPDATE exif x SET description = CASE WHEN fixture_gen.n('xdt', a.k, 100) < 62 THEN
  replace(replace(replace(replace(replace(replace(replace(fixture_gen.pick(ARRAY[
    'Oma %F turning 80 – the whole %L family in one picture', '%F and %G at the beach in %C', 'First day of school for %F, with her teacher Frau %L',
    '%F''s new flat, %S. Ring twice, the bell is broken', 'Found this cat near the station – it belongs to %F %L, call %P', 'Scanned from Tante %F''s album',
    '%F %L (born %B) – photo for the residence permit', 'Wedding of %F & %G, %C', 'Happy birthday %F! 🎂', 'Parents'' evening – call Mrs %L on %P about the class trip',
    'Photo: %F %L', '%F with baby %G, two days old', '%F %L at her retirement party', 'Our neighbour %F (%P) looked after the plants',
    'Grandpa %F teaching %G to ride a bike', 'Christmas at %F and %G''s, %S'], 'xdp', a.k),
    '%F', fixture_gen.first_name('xdf', a.k)), '%G', fixture_gen.first_name('xdg', a.k)), '%L', fixture_gen.last_name('xdl', a.k)),
    '%C', coalesce(x.city, fixture_gen.city('xdc', a.k))), '%S', fixture_gen.street('xds', a.k)), '%P', fixture_gen.phone('xdph', a.k)), '%B', to_char(fixture_gen.birth_date('xdb', a.k), 'DD.MM.YYYY'))
  ELSE fixture_gen.pick(ARRAY['Sunset from the ferry', 'OLYMPUS DIGITAL CAMERA', 'Northern lights!', 'The view from the top', 'Receipt for the new washing machine',
    'SAMSUNG CAMERA PICTURES', 'Lunch', 'Rainbow over the allotment', 'Parking level 3, row F', 'Best pizza in town', 'Snow!!!'], 'xdn', a.k) END
FROM imgen.a a WHERE a.id = x."assetId" AND (fixture_gen.n('xdesc', a.k, 100) < 20 OR (a.ck = 14 AND fixture_gen.n('xdesc', a.k, 100) < 60));
-- Keywords from Lightroom and digiKam (hierarchical subjects).
UPDATE exif x SET tags = ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[
       'People/' || fixture_gen.full_name('xkw', a.k),
       CASE WHEN fixture_gen.n('xk2', a.k, 2) = 0 THEN 'People/' || fixture_gen.full_name('xkw2', a.k) END,
       fixture_gen.pick(ARRAY['Events/Wedding', 'Events/Birthday', 'Places/' || coalesce(x.city, 'Home'), 'Travel', 'Family', 'Fotoclub/Nachtwanderung', 'Scans/Dias'], 'xk3', a.k)]) t WHERE t IS NOT NULL)
FROM imgen.a a WHERE a.id = x."assetId" AND (a.chan = 'library' OR a.src = 'camera') AND fixture_gen.n('xkws', a.k, 100) < 45;

CREATE TABLE asset_files (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "assetId" uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  type varchar NOT NULL,
  path varchar NOT NULL,
  "updateId" uuid NOT NULL,
  UNIQUE ("assetId", type)
);
INSERT INTO asset_files
SELECT imgen.u4('afile' || t.type, a.k), a.id, a.cr + interval '1 minute', a.cr + interval '1 minute', t.type,
       '/usr/src/app/upload/thumbs/' || u.id || '/' || substr(a.id::text, 1, 2) || '/' || substr(a.id::text, 3, 2) || '/' || a.id || '-' || t.type || '.' || CASE WHEN t.type = 'thumbnail' THEN 'webp' ELSE 'jpeg' END,
       imgen.u7(a.cr + interval '1 minute', 'afupd' || t.type, a.k)
FROM imgen.a a JOIN imgen.u u ON u.i = a.o CROSS JOIN (VALUES ('preview'), ('thumbnail'), ('fullsize')) t(type)
WHERE a.k % 3 = 0 AND (t.type <> 'fullsize' OR a.fname ~ '\.(ARW|CR3|RAF|HEIC)$');

CREATE TABLE asset_job_status (
  "assetId" uuid NOT NULL PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
  "facesRecognizedAt" timestamptz,
  "metadataExtractedAt" timestamptz,
  "duplicatesDetectedAt" timestamptz,
  "previewAt" timestamptz,
  "thumbnailAt" timestamptz
);
INSERT INTO asset_job_status
SELECT a.id, CASE WHEN a.type = 'IMAGE' THEN a.cr + interval '4 minutes' END, a.cr + interval '40 seconds', CASE WHEN a.k % 7 <> 0 THEN a.cr + interval '6 minutes' END,
       a.cr + interval '1 minute', a.cr + interval '1 minute'
FROM imgen.a a WHERE a.k % 2 = 0;

CREATE TABLE smart_search (
  "assetId" uuid NOT NULL PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
  embedding real[] NOT NULL
);
INSERT INTO smart_search SELECT a.id, imgen.vec('clip', a.k, 512) FROM imgen.a a WHERE a.k % 4 = 1;

CREATE TABLE person (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "ownerId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name varchar NOT NULL DEFAULT '',
  "thumbnailPath" varchar NOT NULL DEFAULT '',
  "isHidden" boolean NOT NULL DEFAULT false,
  "birthDate" date,
  "faceAssetId" uuid,
  "isFavorite" boolean NOT NULL DEFAULT false,
  color varchar,
  "updateId" uuid NOT NULL
);
INSERT INTO person
SELECT p.id, p.cr, p.cr + make_interval(days => fixture_gen.n('pup', p.p, 300)), u.id, p.name,
       CASE WHEN EXISTS (SELECT 1 FROM imgen.f f WHERE f.pk = p.p) THEN '/usr/src/app/upload/thumbs/' || u.id || '/' || substr(p.id::text, 1, 2) || '/' || substr(p.id::text, 3, 2) || '/' || p.id || '.jpeg' ELSE '' END,
       p.name = '' AND fixture_gen.n('phid', p.p, 5) = 0, p.bd, NULL,
       p.name <> '' AND fixture_gen.n('pfav', p.p, 6) = 0,
       CASE WHEN fixture_gen.n('pcol', p.p, 3) = 0 THEN fixture_gen.pick(ARRAY['#e11d48', '#3b82f6', '#22c55e', '#f59e0b', '#a855f7', '#14b8a6'], 'pcc', p.p) END,
       imgen.u7(p.cr + make_interval(days => fixture_gen.n('pup', p.p, 300)), 'pupd', p.p)
FROM imgen.p p JOIN imgen.u u ON u.i = p.o;

CREATE TABLE asset_faces (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "assetId" uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  "personId" uuid REFERENCES person (id) ON DELETE SET NULL,
  "imageWidth" integer NOT NULL DEFAULT 0,
  "imageHeight" integer NOT NULL DEFAULT 0,
  "boundingBoxX1" integer NOT NULL DEFAULT 0,
  "boundingBoxY1" integer NOT NULL DEFAULT 0,
  "boundingBoxX2" integer NOT NULL DEFAULT 0,
  "boundingBoxY2" integer NOT NULL DEFAULT 0,
  "sourceType" varchar NOT NULL DEFAULT 'machine-learning',
  "deletedAt" timestamptz,
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "updateId" uuid NOT NULL
);
INSERT INTO asset_faces
SELECT f.id, f.aid, p.id, bw, bh, x1, y1, x1 + sz, y1 + (sz * 1.25)::int,
       CASE WHEN fixture_gen.n('fsrc', f.fk, 20) = 0 THEN 'exif' WHEN fixture_gen.n('fsrc', f.fk, 20) = 1 THEN 'manual' ELSE 'machine-learning' END,
       CASE WHEN fixture_gen.n('fdel', f.fk, 40) = 0 THEN a.cr + interval '90 days' END,
       a.cr + interval '4 minutes', imgen.u7(a.cr + interval '4 minutes', 'fupd', f.fk)
FROM imgen.f f JOIN imgen.a a ON a.k = f.ak LEFT JOIN imgen.p p ON p.p = f.pk
CROSS JOIN LATERAL (SELECT 1440 AS bw, (1440 * f.h / f.w) AS bh) d
CROSS JOIN LATERAL (SELECT 60 + fixture_gen.n('fsz', f.fk, 260) AS sz) s
CROSS JOIN LATERAL (SELECT fixture_gen.n('fx1', f.fk, 1440 - 60 - 320) AS x1, fixture_gen.n('fy1', f.fk, greatest(1, (1440 * f.h / f.w) - 420)) AS y1) b;
UPDATE person SET "faceAssetId" = x.fid FROM (
  SELECT DISTINCT ON (f.pk) f.pk, f.id AS fid FROM imgen.f f WHERE f.pk IS NOT NULL ORDER BY f.pk, f.fk) x
JOIN imgen.p p ON p.p = x.pk WHERE person.id = p.id;
ALTER TABLE person ADD FOREIGN KEY ("faceAssetId") REFERENCES asset_faces (id) ON DELETE SET NULL;

CREATE TABLE face_search (
  "faceId" uuid NOT NULL PRIMARY KEY REFERENCES asset_faces (id) ON DELETE CASCADE,
  embedding real[] NOT NULL
);
-- Faces of one person lie close together: a shared centre plus noise.
INSERT INTO face_search
SELECT f.id, ARRAY(SELECT round((imgen.frac('fc' || coalesce(f.pk, -f.fk::int) || ':' || d, 1) * 0.075 + imgen.frac('fn' || d, f.fk) * 0.02)::numeric, 6)::real FROM generate_series(1, 512) d ORDER BY d)
FROM imgen.f f WHERE f.fk % 2 = 1;

CREATE TABLE person_audit (
  id uuid NOT NULL PRIMARY KEY,
  "personId" uuid NOT NULL,
  "ownerId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO person_audit SELECT imgen.u7(d, 'paud', i), imgen.u4('person', 900 + i), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('pau', x.i, 34)), d
FROM (SELECT i, imgen.at('paudt', i, timestamptz '2025-02-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 24) i) x;

CREATE TABLE asset_face_audit (
  id uuid NOT NULL PRIMARY KEY,
  "assetFaceId" uuid NOT NULL,
  "assetId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO asset_face_audit SELECT imgen.u7(d, 'faud', i), imgen.u4('face', 5000 + i), imgen.u4('asset', 1 + fixture_gen.n('fau', i, 600)), d
FROM (SELECT i, imgen.at('faudt', i, timestamptz '2025-02-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 30) i) x;

CREATE TABLE albums (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "ownerId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "albumName" varchar NOT NULL DEFAULT 'Untitled Album',
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "albumThumbnailAssetId" uuid REFERENCES assets (id) ON DELETE SET NULL,
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  description text NOT NULL DEFAULT '',
  "deletedAt" timestamptz,
  "isActivityEnabled" boolean NOT NULL DEFAULT true,
  "order" varchar NOT NULL DEFAULT 'desc',
  "updateId" uuid NOT NULL
);
CREATE TABLE imgen.al AS
SELECT k, imgen.u4('album', k) AS id, u.i AS o, u.id AS uid, u.l AS ul,
       greatest(u.cr, imgen.at('alcr', k, timestamptz '2022-04-01 00:00:00+00', timestamptz '2025-06-10 00:00:00+00')) AS cr
FROM generate_series(1, 72) k JOIN imgen.u u ON u.i = CASE WHEN k <= 12 THEN 1 + (k - 1) % 6 ELSE 1 + fixture_gen.n('alown', k, 34) END;
INSERT INTO albums
SELECT al.id, al.uid,
       CASE WHEN k % 17 = 0 THEN 'Untitled Album' ELSE
       replace(replace(replace(replace(replace(replace(fixture_gen.pick(ARRAY['%F''s %N. Geburtstag', '%F''s %Nth birthday', 'Wedding %F & %G', 'Hochzeit %F & %G', 'Summer in %C %Y', 'Christmas %Y',
         '%C trip %Y', 'Baby %F', 'Oma %F wird 80', 'Kita Sommerfest %Y', 'Garden', 'Receipts & documents', 'Fotoclub – Nachtwanderung', 'Best of %Y', 'Family', 'Camping %Y',
         '%L family reunion %Y', 'Graduation %F %L', 'Passports & visas', 'Cars'], 'alnm', k),
         '%F', fixture_gen.first_name('alf', k)), '%G', fixture_gen.first_name('alg', k)), '%L', al.ul), '%C', fixture_gen.pick(ARRAY['Porto', 'Lisbon', 'Kyoto', 'Cape Town', 'Iceland', 'Marrakesh', 'Seville', 'Vienna', 'Lagos', 'Busan'], 'alc', k)),
         '%Y', to_char(al.cr, 'YYYY')), '%N', (1 + fixture_gen.n('aln', k, 12))::text) END,
       al.cr, (SELECT a.id FROM imgen.a a WHERE a.o = al.o AND a.k <= 620 ORDER BY fixture_gen.n('althumb', al.k * 1000 + a.k, 100000) LIMIT 1),
       al.cr + make_interval(days => fixture_gen.n('alup', k, 200)),
       CASE WHEN fixture_gen.n('aldesc', k, 100) < 45 THEN
         replace(replace(replace(replace(replace(fixture_gen.pick(ARRAY[
           'Photos from the reunion – send yours to %F (%E) or WhatsApp %P', 'Everyone who was at the wedding, please add your pictures!', 'Shared with the grandparents',
           'Scans of Oma''s albums, the names on the back are in the captions', 'Our trip with %F and %G', 'Pictures for %F''s school project (class 3b)',
           'For the insurance claim – contact %F %L, %P', 'Best shots of the year, voted at the club evening', 'Birthday party at %S', 'Only the good ones :)'], 'aldp', k),
           '%F', fixture_gen.first_name('aldf', k)), '%G', fixture_gen.first_name('aldg', k)), '%L', fixture_gen.last_name('aldl', k)), '%P', fixture_gen.phone('aldp', k)),
           '%E', fixture_gen.email('alde', k)) ELSE '' END,
       CASE WHEN k % 23 = 0 THEN al.cr + interval '120 days' END, k % 9 <> 0, CASE WHEN k % 4 = 0 THEN 'asc' ELSE 'desc' END,
       imgen.u7(al.cr + make_interval(days => fixture_gen.n('alup', k, 200)), 'alupd', k)
FROM imgen.al al;
UPDATE albums SET description = replace(description, '%S', fixture_gen.street('alds', 1)) WHERE description LIKE '%\%S%';

CREATE TABLE albums_shared_users_users (
  "albumsId" uuid NOT NULL REFERENCES albums (id) ON DELETE CASCADE,
  "usersId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role varchar NOT NULL DEFAULT 'editor',
  "createId" uuid NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updateId" uuid NOT NULL,
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("albumsId", "usersId")
);
INSERT INTO albums_shared_users_users
SELECT DISTINCT ON (al.id, u.id) al.id, u.id, CASE WHEN fixture_gen.n('asurole', al.k * 100 + s.n, 3) = 0 THEN 'viewer' ELSE 'editor' END,
       imgen.u7(al.cr + make_interval(hours => s.n), 'asuc', al.k * 100 + s.n), al.cr + make_interval(hours => s.n),
       imgen.u7(al.cr + make_interval(hours => s.n), 'asuu', al.k * 100 + s.n), al.cr + make_interval(hours => s.n)
FROM imgen.al al CROSS JOIN LATERAL generate_series(1, fixture_gen.n('asucnt', al.k, 5)) s(n)
JOIN imgen.u u ON u.i = 1 + fixture_gen.n('asuu', al.k * 100 + s.n, 34)
WHERE u.i <> al.o;

CREATE TABLE albums_assets_assets (
  "albumsId" uuid NOT NULL REFERENCES albums (id) ON DELETE CASCADE,
  "assetsId" uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "createId" uuid NOT NULL,
  "updateId" uuid NOT NULL,
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("albumsId", "assetsId")
);
INSERT INTO albums_assets_assets
SELECT al.id, a.id, greatest(al.cr, a.cr) + interval '5 minutes', imgen.u7(greatest(al.cr, a.cr) + interval '5 minutes', 'aac', al.k * 1000 + a.k),
       imgen.u7(greatest(al.cr, a.cr) + interval '5 minutes', 'aau', al.k * 1000 + a.k), greatest(al.cr, a.cr) + interval '5 minutes'
FROM imgen.al al JOIN imgen.a a ON a.o = al.o AND a.k <= 620 AND fixture_gen.n('aasel', al.k * 1000 + a.k, 100) < 35;

CREATE TABLE albums_audit (
  id uuid NOT NULL PRIMARY KEY,
  "albumId" uuid NOT NULL,
  "userId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO albums_audit SELECT imgen.u7(d, 'alaud', i), imgen.u4('album', 300 + i), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('alau', x.i, 34)), d
FROM (SELECT i, imgen.at('alaudt', i, timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 16) i) x;

CREATE TABLE album_users_audit (
  id uuid NOT NULL PRIMARY KEY,
  "albumId" uuid NOT NULL,
  "userId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO album_users_audit SELECT imgen.u7(d, 'auaud', i), imgen.u4('album', 1 + fixture_gen.n('auaa', i, 72)), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('auau', x.i, 34)), d
FROM (SELECT i, imgen.at('auaudt', i, timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 20) i) x;

CREATE TABLE album_assets_audit (
  id uuid NOT NULL PRIMARY KEY,
  "albumId" uuid NOT NULL,
  "assetId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO album_assets_audit SELECT imgen.u7(d, 'aaaud', i), imgen.u4('album', 1 + fixture_gen.n('aaaa', i, 72)), imgen.u4('asset', 1 + fixture_gen.n('aaas', i, 620)), d
FROM (SELECT i, imgen.at('aaaudt', i, timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 40) i) x;

CREATE TABLE activity (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "albumId" uuid NOT NULL REFERENCES albums (id) ON DELETE CASCADE,
  "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "assetId" uuid REFERENCES assets (id) ON DELETE CASCADE,
  comment text,
  "isLiked" boolean NOT NULL DEFAULT false,
  "updateId" uuid NOT NULL,
  CONSTRAINT "CHK_2ab1e70f113f450eb40c1e3ec8" CHECK ((comment IS NULL AND "isLiked" = true) OR ("isLiked" = false))
);
INSERT INTO activity
SELECT imgen.u4('activity', k), t, t, m."albumsId", m."usersId", aa."assetsId",
       CASE WHEN liked THEN NULL ELSE
         replace(replace(replace(replace(replace(replace(fixture_gen.pick(ARRAY['So cute! 😍', 'Who is the man next to Oma? I think it''s Uncle %F %L', 'Can you send me the full-size of this one? my email is %E',
           'Happy birthday %F!!', 'Is that %F''s new car?', 'Miss you all ❤️', 'Great shot', 'Look at %F''s face haha', 'I''ll print this one for Oma, her address is still %S right?',
           'My new number is %P btw', 'Where was this taken?', 'Beautiful light', 'The guy in the red jacket is %F %L from my work', 'Wow', 'Can we remove this one please, I look terrible',
           'That''s %F %L, she lives next door to us – her number is %P if you want to send her the photos'], 'acp', k),
           '%F', fixture_gen.first_name('acf', k)), '%L', fixture_gen.last_name('acl', k)), '%E', fixture_gen.email('ace', k)), '%P', fixture_gen.phone('acph', k)),
           '%S', fixture_gen.street('acs', k)), '%G', '') END,
       liked, imgen.u7(t, 'acupd', k)
FROM generate_series(1, 320) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('aclike', k, 100) < 45 AS liked) l
JOIN LATERAL (SELECT * FROM albums_shared_users_users ORDER BY fixture_gen.n('acm', k * 10000 + fixture_gen.n('x', hashtext("albumsId"::text || "usersId"::text), 9999), 100000) LIMIT 1) m ON true
LEFT JOIN LATERAL (SELECT "assetsId" FROM albums_assets_assets x WHERE x."albumsId" = m."albumsId" AND k % 5 <> 0 ORDER BY fixture_gen.n('aca', k * 7 + hashtext("assetsId"::text), 100000) LIMIT 1) aa ON true
CROSS JOIN LATERAL (SELECT greatest(m."createdAt", timestamptz '2023-11-01 00:00:00+00') + make_interval(days => fixture_gen.n('acd', k, 560), secs => fixture_gen.n('acs2', k, 86400)) AS t) tt;

CREATE TABLE shared_links (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  description varchar,
  "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key bytea NOT NULL UNIQUE,
  type varchar NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "expiresAt" timestamptz,
  "allowUpload" boolean NOT NULL DEFAULT false,
  "albumId" uuid REFERENCES albums (id) ON DELETE CASCADE,
  "allowDownload" boolean NOT NULL DEFAULT true,
  "showExif" boolean NOT NULL DEFAULT true,
  password varchar
);
-- The link is /share/<base64url of key>; the password is compared as typed.
INSERT INTO shared_links
SELECT imgen.u4('slink', k),
       CASE WHEN fixture_gen.n('sld', k, 100) < 60 THEN
         replace(replace(replace(fixture_gen.pick(ARRAY['For the %L family', 'Oma %F''s 80th – for the relatives', 'Wedding photos for the guests', 'For %F %L (photographer credit)',
           'Kita group Sonnenblume', 'Insurance – claim 2024-%N', 'Pictures for %F, she asked at the party', 'Photo club entries', 'For the landlord: water damage in the bathroom',
           'Visa application photos for %F %L'], 'sldp', k), '%F', fixture_gen.first_name('slf', k)), '%L', fixture_gen.last_name('sll', k)), '%N', fixture_gen.digits('sln', k, 5)) END,
       al.uid, decode(fixture_gen.hexn('slkey', k, 100), 'hex'),
       CASE WHEN k % 3 = 0 THEN 'INDIVIDUAL' ELSE 'ALBUM' END,
       al.cr + make_interval(days => fixture_gen.n('slcr', k, 60)),
       CASE WHEN fixture_gen.n('slexp', k, 3) = 0 THEN al.cr + make_interval(days => 60 + fixture_gen.n('slexd', k, 90)) END,
       fixture_gen.n('slup', k, 4) = 0, CASE WHEN k % 3 <> 0 THEN al.id END, fixture_gen.n('sldl', k, 5) <> 0, fixture_gen.n('slex', k, 3) <> 0,
       CASE WHEN fixture_gen.n('slpw', k, 100) < 40 THEN
         fixture_gen.pick(ARRAY['Hochzeit', 'oma', 'Sonnenblume', 'lindenweg', 'Biscuit', 'porto', 'Familie', 'summer', 'ngozi', 'kyoto'], 'slpwa', k) || fixture_gen.pick(ARRAY['', '!', '_', '#'], 'slpwb', k) || fixture_gen.digits('slpwd', k, 2 + fixture_gen.n('slpwl', k, 3)) END
FROM generate_series(1, 54) k JOIN (SELECT k AS ak, id, uid, cr FROM imgen.al) al ON al.ak = 1 + fixture_gen.n('slal', k, 72);

CREATE TABLE shared_link__asset (
  "assetsId" uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  "sharedLinksId" uuid NOT NULL REFERENCES shared_links (id) ON DELETE CASCADE,
  PRIMARY KEY ("assetsId", "sharedLinksId")
);
INSERT INTO shared_link__asset
SELECT DISTINCT a.id, l.id FROM shared_links l JOIN imgen.u uu ON uu.id = l."userId" JOIN imgen.a a ON a.o = uu.i AND a.k <= 620
WHERE l.type = 'INDIVIDUAL' AND fixture_gen.n('slaa', hashtext(l.id::text) + a.k, 100) < 8;

CREATE TABLE partners (
  "sharedById" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "sharedWithId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "inTimeline" boolean NOT NULL DEFAULT false,
  "createId" uuid NOT NULL,
  "updateId" uuid NOT NULL,
  PRIMARY KEY ("sharedById", "sharedWithId")
);
INSERT INTO partners
SELECT DISTINCT ON (a.id, b.id) a.id, b.id, t, t + interval '2 days', fixture_gen.n('ptl', k, 3) > 0, imgen.u7(t, 'ptc', k), imgen.u7(t + interval '2 days', 'ptu', k)
FROM generate_series(1, 30) k
JOIN imgen.u a ON a.i = 1 + fixture_gen.n('pta', k, 34) JOIN imgen.u b ON b.i = 1 + fixture_gen.n('ptb', k, 34)
CROSS JOIN LATERAL (SELECT greatest(a.cr, b.cr) + make_interval(days => 5 + fixture_gen.n('ptd', k, 400)) AS t) tt
WHERE a.i <> b.i;

CREATE TABLE partners_audit (
  id uuid NOT NULL PRIMARY KEY,
  "sharedById" uuid NOT NULL,
  "sharedWithId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO partners_audit SELECT imgen.u7(d, 'ptaud', i), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('ptaa', x.i, 34)), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('ptab', x.i, 34)), d
FROM (SELECT i, imgen.at('ptaudt', i, timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 22) i) x;

CREATE TABLE memories (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  "ownerId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type varchar NOT NULL,
  data jsonb NOT NULL,
  "isSaved" boolean NOT NULL DEFAULT false,
  "memoryAt" timestamptz NOT NULL,
  "seenAt" timestamptz,
  "showAt" timestamptz,
  "hideAt" timestamptz,
  "updateId" uuid NOT NULL
);
CREATE TABLE imgen.m AS
SELECT k, imgen.u4('memory', k) AS id, u.i AS o, u.id AS uid, d, 2016 + fixture_gen.n('my', k, 9) AS yr
FROM generate_series(1, 150) k JOIN imgen.u u ON u.i = 1 + fixture_gen.n('mown', k, 34)
CROSS JOIN LATERAL (SELECT date '2025-05-10' + fixture_gen.n('mday', k, 42) AS d) dd;
INSERT INTO memories
SELECT m.id, m.d::timestamptz - interval '2 hours', m.d::timestamptz - interval '2 hours', NULL, m.uid, 'on_this_day', jsonb_build_object('year', m.yr), m.k % 19 = 0,
       make_timestamptz(m.yr, extract(month FROM m.d)::int, extract(day FROM m.d)::int, 0, 0, 0, 'UTC'),
       CASE WHEN m.k % 3 = 0 THEN m.d::timestamptz + make_interval(hours => 7 + m.k % 12) END,
       m.d::timestamptz, m.d::timestamptz + interval '1 day', imgen.u7(m.d::timestamptz - interval '2 hours', 'mupd', m.k)
FROM imgen.m m;

CREATE TABLE memories_assets_assets (
  "memoriesId" uuid NOT NULL REFERENCES memories (id) ON DELETE CASCADE,
  "assetsId" uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  PRIMARY KEY ("memoriesId", "assetsId")
);
INSERT INTO memories_assets_assets
SELECT m.id, a.id FROM imgen.m m JOIN imgen.a a ON a.o = m.o AND a.k <= 620 AND fixture_gen.n('mas', m.k * 1000 + a.k, 100) < 12;

CREATE TABLE memories_audit (
  id uuid NOT NULL PRIMARY KEY,
  "memoryId" uuid NOT NULL,
  "userId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO memories_audit SELECT imgen.u7(d, 'maud', i), imgen.u4('memory', 400 + i), (SELECT u.id FROM imgen.u u WHERE u.i = 1 + fixture_gen.n('mau', x.i, 34)), d
FROM (SELECT i, imgen.at('maudt', i, timestamptz '2025-04-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 40) i) x;

CREATE TABLE memory_assets_audit (
  id uuid NOT NULL PRIMARY KEY,
  "memoryId" uuid NOT NULL,
  "assetId" uuid NOT NULL,
  "deletedAt" timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO memory_assets_audit SELECT imgen.u7(d, 'mauad', i), imgen.u4('memory', 1 + fixture_gen.n('maam', i, 150)), imgen.u4('asset', 1 + fixture_gen.n('maaa', i, 620)), d
FROM (SELECT i, imgen.at('mauadt', i, timestamptz '2025-04-01 00:00:00+00', timestamptz '2025-06-20 00:00:00+00') d FROM generate_series(1, 25) i) x;

CREATE TABLE tags (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  value varchar NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  color varchar,
  "parentId" uuid REFERENCES tags (id) ON DELETE CASCADE,
  "updateId" uuid NOT NULL,
  UNIQUE ("userId", value)
);
-- Tag trees of nine users: the roots, then their children; People/ names
-- the family, Documents/ what was photographed.
CREATE TABLE imgen.tg AS
SELECT row_number() OVER (ORDER BY o, lvl, v) AS tk, o, v, lvl FROM (
  SELECT DISTINCT o, v, lvl FROM (
    SELECT u.i AS o, r.v, 1 AS lvl FROM imgen.u u CROSS JOIN (VALUES ('People'), ('Places'), ('Events'), ('Pets'), ('Documents')) r(v) WHERE u.i IN (1, 2, 3, 5, 7, 9, 12, 14, 20)
    UNION ALL
    SELECT u.i, CASE greatest(fixture_gen.n('tgr', u.i * 100 + s, 7) - 2, 0)
                  WHEN 0 THEN 'People/' || CASE WHEN fixture_gen.n('tgp', u.i * 100 + s, 3) = 0 THEN fixture_gen.first_name('tgf', u.i * 100 + s) ELSE fixture_gen.full_name('tgn', u.i * 100 + s) END
                  WHEN 1 THEN 'Places/' || fixture_gen.pick(ARRAY['Porto', 'Allotment', 'Grandma''s house', 'Kyoto', 'Lake Constance', 'Cape Town', 'Work'], 'tgpl', u.i * 100 + s)
                  WHEN 2 THEN 'Events/' || fixture_gen.pick(ARRAY['Wedding', 'Birthday', 'Christmas', 'Eid', 'Diwali', 'Graduation', 'Funeral'], 'tgev', u.i * 100 + s)
                  WHEN 3 THEN 'Pets/' || fixture_gen.pick(ARRAY['Biscuit', 'Luna', 'Mochi', 'Rex', 'Simba'], 'tgpt', u.i * 100 + s)
                  ELSE 'Documents/' || fixture_gen.pick(ARRAY['Receipts', 'Passports', 'Insurance', 'Car', 'School reports'], 'tgdc', u.i * 100 + s) END, 2
    FROM imgen.u u CROSS JOIN generate_series(1, 9) s WHERE u.i IN (1, 2, 3, 5, 7, 9, 12, 14, 20)) x) y;
INSERT INTO tags
SELECT imgen.u4('tag', t.tk), u.id, t.v, u.cr + make_interval(days => 40 + t.tk::int), u.cr + make_interval(days => 40 + t.tk::int),
       CASE WHEN fixture_gen.n('tgcol', t.tk, 3) = 0 THEN fixture_gen.pick(ARRAY['#4250af', '#e0525f', '#16a34a', '#d97706'], 'tgc', t.tk) END,
       (SELECT imgen.u4('tag', p.tk) FROM imgen.tg p WHERE p.o = t.o AND p.lvl = 1 AND p.v = split_part(t.v, '/', 1) AND t.lvl = 2),
       imgen.u7(u.cr + make_interval(days => 40 + t.tk::int), 'tgupd', t.tk)
FROM imgen.tg t JOIN imgen.u u ON u.i = t.o ORDER BY t.tk;

CREATE TABLE tags_closure (
  id_ancestor uuid NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  id_descendant uuid NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (id_ancestor, id_descendant)
);
INSERT INTO tags_closure SELECT id, id FROM tags UNION ALL SELECT "parentId", id FROM tags WHERE "parentId" IS NOT NULL;

CREATE TABLE tag_asset (
  "assetsId" uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  "tagsId" uuid NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY ("assetsId", "tagsId")
);
INSERT INTO tag_asset
SELECT a.id, imgen.u4('tag', t.tk) FROM imgen.tg t JOIN imgen.a a ON a.o = t.o AND a.k <= 620 AND t.lvl = 2 AND fixture_gen.n('tga', t.tk * 1000 + a.k, 100) < 9;

CREATE TABLE move_history (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "entityId" uuid NOT NULL,
  "pathType" varchar NOT NULL,
  "oldPath" varchar NOT NULL,
  "newPath" varchar NOT NULL UNIQUE,
  UNIQUE ("entityId", "pathType")
);
-- Moves the storage template migration left behind (failed or pending):
-- originals and sidecars from the upload/ layout to the labelled one,
-- and person thumbnails and profile images.
INSERT INTO move_history
SELECT imgen.u4('move', a.k), a.id, CASE WHEN a.k % 5 = 0 AND x."sidecarPath" IS NOT NULL THEN 'sidecar' ELSE 'original' END,
       '/usr/src/app/upload/upload/' || u.id || '/' || substr(a.id::text, 1, 2) || '/' || substr(a.id::text, 3, 2) || '/' || a.id || lower(substring(a.fname from '\.[A-Za-z0-9]+$'))
         || CASE WHEN a.k % 5 = 0 AND x."sidecarPath" IS NOT NULL THEN '.xmp' ELSE '' END,
       CASE WHEN a.k % 5 = 0 AND x."sidecarPath" IS NOT NULL THEN x."sidecarPath" ELSE replace(a.path, '/' || a.fname, '/' || regexp_replace(a.fname, '(\.[A-Za-z0-9]+)$', '+1\1')) END
FROM imgen.a a JOIN imgen.u u ON u.i = a.o JOIN assets x ON x.id = a.id
WHERE a.chan <> 'library' AND a.k % 10 <> 3 AND fixture_gen.n('mvh', a.k, 100) < 7
UNION ALL
SELECT imgen.u4('movep', p.p), p.id, 'face', '/usr/src/app/upload/thumbs/' || u.id || '/' || p.id || '.jpeg', x."thumbnailPath"
FROM imgen.p p JOIN imgen.u u ON u.i = p.o JOIN person x ON x.id = p.id WHERE x."thumbnailPath" <> '' AND p.p % 9 = 0
UNION ALL
SELECT imgen.u4('moveu', u.i), u.id, 'profile', '/usr/src/app/upload/profile/' || u.id || '/' || imgen.u4('profold', u.i) || '.jpg', x."profileImagePath"
FROM imgen.u u JOIN users x ON x.id = u.id WHERE x."profileImagePath" <> '' AND u.i % 4 = 1;

CREATE TABLE notifications (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  "updateId" uuid NOT NULL,
  "userId" uuid REFERENCES users (id) ON DELETE CASCADE,
  level varchar NOT NULL DEFAULT 'info',
  type varchar NOT NULL DEFAULT 'info',
  data jsonb,
  title varchar NOT NULL,
  description text,
  "readAt" timestamptz
);
INSERT INTO notifications
SELECT imgen.u4('notif', k), t, t, CASE WHEN k % 11 = 0 THEN t + interval '20 days' END, imgen.u7(t, 'nupd', k),
       CASE WHEN ty IN ('JobFailed', 'BackupFailed') THEN (SELECT id FROM imgen.u WHERE i = 1) ELSE su.id END,
       CASE ty WHEN 'JobFailed' THEN 'error' WHEN 'BackupFailed' THEN 'error' WHEN 'SystemMessage' THEN 'info' ELSE 'success' END, ty,
       CASE ty WHEN 'JobFailed' THEN jsonb_build_object('job', jsonb_build_object('name', fixture_gen.pick(ARRAY['metadata-extraction', 'face-detection', 'video-conversion', 'sidecar-sync'], 'njn', k), 'data', jsonb_build_object('id', a.id)))
               WHEN 'BackupFailed' THEN jsonb_build_object('path', '/usr/src/app/upload/backups')
               WHEN 'AlbumInvite' THEN jsonb_build_object('albumId', al.id, 'senderId', al.uid)
               WHEN 'AlbumUpdate' THEN jsonb_build_object('albumId', al.id, 'senderId', al.uid)
               ELSE NULL END,
       CASE ty WHEN 'JobFailed' THEN 'Job failed' WHEN 'BackupFailed' THEN 'Backup failed' WHEN 'SystemMessage' THEN 'Server update'
               WHEN 'AlbumInvite' THEN 'Shared album invitation' ELSE 'Shared album updated' END,
       CASE ty WHEN 'JobFailed' THEN 'Job ' || fixture_gen.pick(ARRAY['metadata-extraction', 'face-detection', 'video-conversion', 'sidecar-sync'], 'njn', k) || ' failed with error: ' || fixture_gen.pick(ARRAY['ENOENT: no such file or directory, open ''' || a.path || '''', 'ffmpeg exited with code 1: Conversion failed!', 'Error: Machine learning request failed with status 500'], 'nerr', k)
               WHEN 'BackupFailed' THEN 'Database backup failed: pg_dump exited with code 1: ENOSPC: no space left on device'
               WHEN 'SystemMessage' THEN 'Immich v1.135.3 is available. The server will be updated tonight.'
               WHEN 'AlbumInvite' THEN sn.full_name || ' shared ' || alx."albumName" || ' with you'
               ELSE sn.full_name || ' added ' || (2 + fixture_gen.n('nadd', k, 40))::text || ' photos to ' || alx."albumName" END,
       CASE WHEN k % 3 <> 0 THEN t + make_interval(hours => 1 + fixture_gen.n('nread', k, 100)) END
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT (ARRAY['AlbumInvite', 'AlbumInvite', 'AlbumUpdate', 'AlbumUpdate', 'AlbumUpdate', 'JobFailed', 'SystemMessage', 'BackupFailed'])[1 + fixture_gen.n('nty', k, 8)] AS ty) tyy
JOIN (SELECT k AS ak, id, uid, o FROM imgen.al) al ON al.ak = 1 + fixture_gen.n('nal', k, 72)
JOIN albums alx ON alx.id = al.id
JOIN imgen.u sn ON sn.i = al.o
JOIN imgen.u su ON su.i = 1 + fixture_gen.n('nsu', k, 34)
JOIN (SELECT k AS xk, id, path FROM imgen.a) a ON a.xk = 1 + fixture_gen.n('nas', k, 620)
CROSS JOIN LATERAL (SELECT timestamptz '2025-05-20 00:00:00+00' + make_interval(hours => fixture_gen.n('nt', k, 700), secs => fixture_gen.n('nts', k, 3600)) AS t) tt;

-- The socket.io Postgres adapter: events too large for NOTIFY are kept
-- here (the packet as JSON): upload and update events carry the whole
-- asset DTO, its owner, EXIF and people.
CREATE TABLE socket_io_attachments (
  id bigserial UNIQUE,
  created_at timestamptz DEFAULT now(),
  payload bytea
);
INSERT INTO socket_io_attachments (created_at, payload)
SELECT t, convert_to(jsonb_build_object('uid', substr(md5('sio' || k), 1, 6), 'type', 3,
         'data', jsonb_build_object('opts', jsonb_build_object('rooms', jsonb_build_array(u.id), 'except', '[]'::jsonb, 'flags', '{}'::jsonb),
           'packet', jsonb_build_object('type', 2, 'nsp', '/', 'data', jsonb_build_array(CASE WHEN k % 3 = 0 THEN 'on_asset_update' ELSE 'on_upload_success' END,
             jsonb_build_object('id', x.id, 'deviceAssetId', x."deviceAssetId", 'ownerId', u.id,
               'owner', jsonb_build_object('id', u.id, 'email', u.email, 'name', u.name, 'profileImagePath', u."profileImagePath", 'avatarColor', 'primary', 'profileChangedAt', u."profileChangedAt"),
               'deviceId', x."deviceId", 'libraryId', x."libraryId", 'type', x.type, 'originalPath', x."originalPath", 'originalFileName', x."originalFileName",
               'originalMimeType', CASE WHEN x.type = 'VIDEO' THEN 'video/mp4' ELSE 'image/jpeg' END, 'thumbhash', encode(x.thumbhash, 'base64'),
               'fileCreatedAt', x."fileCreatedAt", 'localDateTime', x."localDateTime", 'isFavorite', x."isFavorite", 'visibility', x.visibility, 'checksum', encode(x.checksum, 'base64'),
               'exifInfo', jsonb_build_object('make', e.make, 'model', e.model, 'latitude', e.latitude, 'longitude', e.longitude, 'city', e.city, 'state', e.state, 'country', e.country,
                                              'description', e.description, 'dateTimeOriginal', e."dateTimeOriginal", 'timeZone', e."timeZone"),
               'people', coalesce((SELECT jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'birthDate', p."birthDate", 'thumbnailPath', p."thumbnailPath"))
                                   FROM asset_faces f JOIN person p ON p.id = f."personId" WHERE f."assetId" = x.id), '[]'::jsonb))))))::text, 'UTF8')
FROM generate_series(1, 48) k
JOIN assets x ON x.id = imgen.u4('asset', 1 + fixture_gen.n('sioa', k, 560))
JOIN exif e ON e."assetId" = x.id JOIN users u ON u.id = x."ownerId"
CROSS JOIN LATERAL (SELECT timestamptz '2025-06-19 00:00:00+00' + make_interval(secs => fixture_gen.n('siot', k, 100000)) AS t) tt
ORDER BY t;

CREATE TABLE system_metadata (
  key varchar NOT NULL PRIMARY KEY,
  value jsonb NOT NULL
);
INSERT INTO system_metadata VALUES
 ('admin-onboarding', '{"isOnboarded": true}'),
 ('reverse-geocoding-state', '{"lastUpdate": "2025-06-03T14:11:52.000Z", "lastImportFileName": "cities500.txt"}'),
 ('facial-recognition-state', '{"lastRun": "2025-06-20T00:00:04.118Z"}'),
 ('memories-state', '{"lastOnThisDayDate": "2025-06-20T00:00:00.000Z"}'),
 ('version-check-state', '{"checkedAt": "2025-06-20T06:12:40.552Z", "releaseVersion": "v1.135.3"}'),
 ('system-flags', '{"mountChecks": {"thumbs": true, "upload": true, "backups": true, "library": true, "profile": true, "encoded-video": true}}'),
 ('MediaLocation', '{"location": "/usr/src/app/upload"}');
INSERT INTO system_metadata
SELECT 'license', jsonb_build_object('licenseKey', 'IMSV-' || array_to_string(ARRAY(SELECT fixture_gen.chars('svlk' || g, 1, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') FROM generate_series(1, 8) g), '-'),
                                     'activationKey', imgen.b64url('svak', 1, 255) || imgen.b64url('svak2', 1, 150), 'activatedAt', '2024-07-19T21:03:11.861Z')
UNION ALL
SELECT 'system-config', jsonb_build_object(
  'ffmpeg', jsonb_build_object('crf', 23, 'threads', 0, 'preset', 'ultrafast', 'targetVideoCodec', 'h264', 'acceptedVideoCodecs', jsonb_build_array('h264'), 'targetAudioCodec', 'aac',
                               'acceptedAudioCodecs', jsonb_build_array('aac', 'mp3', 'libopus'), 'targetResolution', '720', 'maxBitrate', '0', 'transcode', 'required', 'accel', 'qsv', 'accelDecode', true, 'tonemap', 'hable'),
  'job', jsonb_build_object('backgroundTask', jsonb_build_object('concurrency', 5), 'smartSearch', jsonb_build_object('concurrency', 2), 'faceDetection', jsonb_build_object('concurrency', 2),
                            'thumbnailGeneration', jsonb_build_object('concurrency', 3), 'videoConversion', jsonb_build_object('concurrency', 1)),
  'logging', jsonb_build_object('enabled', true, 'level', 'log'),
  'machineLearning', jsonb_build_object('enabled', true, 'urls', jsonb_build_array('http://immich-machine-learning:3003', 'http://192.168.178.40:3003'),
      'clip', jsonb_build_object('enabled', true, 'modelName', 'ViT-B-16-SigLIP2__webli'),
      'facialRecognition', jsonb_build_object('enabled', true, 'modelName', 'buffalo_l', 'minScore', 0.7, 'maxDistance', 0.5, 'minFaces', 3),
      'duplicateDetection', jsonb_build_object('enabled', true, 'maxDistance', 0.01)),
  'map', jsonb_build_object('enabled', true, 'lightStyle', 'https://tiles.immich.cloud/v1/style/light.json', 'darkStyle', 'https://tiles.immich.cloud/v1/style/dark.json'),
  'reverseGeocoding', jsonb_build_object('enabled', true),
  'oauth', jsonb_build_object('enabled', true, 'issuerUrl', 'https://auth.lindenweg.net/application/o/immich/', 'clientId', fixture_gen.chars('oacid', 1, 40),
      'clientSecret', fixture_gen.chars('oacs', 1, 128), 'scope', 'openid email profile', 'signingAlgorithm', 'RS256', 'profileSigningAlgorithm', 'none',
      'storageLabelClaim', 'preferred_username', 'storageQuotaClaim', 'immich_quota', 'roleClaim', 'immich_role', 'defaultStorageQuota', 100, 'buttonText', 'Login with Authentik',
      'autoRegister', true, 'autoLaunch', false, 'mobileOverrideEnabled', true, 'mobileRedirectUri', 'https://photos.lindenweg.net/api/oauth/mobile-redirect', 'timeout', 30000),
  'passwordLogin', jsonb_build_object('enabled', true),
  'storageTemplate', jsonb_build_object('enabled', true, 'hashVerificationEnabled', true, 'template', '{{y}}/{{y}}-{{MM}}-{{dd}}/{{filename}}'),
  'image', jsonb_build_object('thumbnail', jsonb_build_object('format', 'webp', 'size', 250, 'quality', 80), 'preview', jsonb_build_object('format', 'jpeg', 'size', 1440, 'quality', 80),
                              'fullsize', jsonb_build_object('enabled', true, 'format', 'jpeg', 'quality', 80), 'colorspace', 'p3', 'extractEmbedded', false),
  'newVersionCheck', jsonb_build_object('enabled', true),
  'trash', jsonb_build_object('enabled', true, 'days', 30),
  'theme', jsonb_build_object('customCss', '.bg-immich-primary { background-color: #2f6d4f; }'),
  'library', jsonb_build_object('scan', jsonb_build_object('enabled', true, 'cronExpression', '0 0 * * *'), 'watch', jsonb_build_object('enabled', false)),
  'server', jsonb_build_object('externalDomain', 'https://photos.lindenweg.net', 'publicUsers', true,
      'loginPageMessage', 'Willkommen bei den Lindenweg-Fotos! Kein Konto? Schreib Jonas: jonas@lindenweg.net oder +49 30 ' || fixture_gen.digits('srvph', 1, 8)),
  'notifications', jsonb_build_object('smtp', jsonb_build_object('enabled', true, 'from', 'Lindenweg Fotos <noreply@lindenweg.net>', 'replyTo', 'jonas@lindenweg.net',
      'transport', jsonb_build_object('host', 'smtp.eu.mailgun.org', 'port', 587, 'username', 'postmaster@mg.lindenweg.net',
                                      'password', fixture_gen.hexn('smtppw', 1, 32) || '-' || fixture_gen.hexn('smtppw2', 1, 8) || '-' || fixture_gen.hexn('smtppw3', 1, 8), 'ignoreCert', false))),
  'templates', jsonb_build_object('email', jsonb_build_object('welcomeTemplate', '', 'albumInviteTemplate', '', 'albumUpdateTemplate', '')),
  'user', jsonb_build_object('deleteDelay', 7),
  'backup', jsonb_build_object('database', jsonb_build_object('enabled', true, 'cronExpression', '0 02 * * *', 'keepLastAmount', 14)),
  'nightlyTasks', jsonb_build_object('startTime', '00:00', 'databaseCleanup', true, 'missingThumbnails', true, 'clusterNewFaces', true, 'syncQuotaUsage', true, 'generateMemories', true));

CREATE TABLE version_history (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  version varchar NOT NULL
);
INSERT INTO version_history
SELECT imgen.u4('version', k), timestamptz '2024-04-20 10:00:00+00' + make_interval(days => k::int * 28 + fixture_gen.n('vhd', k, 10), secs => fixture_gen.n('vhs', k, 80000)), v
FROM unnest(ARRAY['1.102.3', '1.104.0', '1.105.1', '1.106.4', '1.108.0', '1.111.0', '1.112.1', '1.115.0', '1.117.0', '1.118.2', '1.119.1', '1.121.0', '1.123.0',
                  '1.125.7', '1.127.0', '1.129.0', '1.131.3', '1.132.3', '1.133.1', '1.134.0', '1.135.3']) WITH ORDINALITY x(v, k);

CREATE TABLE geodata_places (
  id integer NOT NULL PRIMARY KEY,
  name varchar(200) NOT NULL,
  longitude double precision NOT NULL,
  latitude double precision NOT NULL,
  "countryCode" char(2) NOT NULL,
  "admin1Code" varchar(20),
  "admin2Code" varchar(80),
  "modificationDate" date NOT NULL,
  "admin1Name" varchar,
  "admin2Name" varchar,
  "alternateNames" varchar
);
INSERT INTO geodata_places
SELECT p.gid, p.name, p.lon, p.lat, p.cc, p.a1c, CASE WHEN p.a2 IS NOT NULL THEN fixture_gen.digits('gda2', p.id, 3) END,
       date '2023-01-01' + fixture_gen.n('gdmd', p.id, 700), p.a1, p.a2,
       CASE WHEN p.id % 2 = 0 THEN p.name || ',' || upper(p.name) END
FROM imgen.pl p
UNION ALL
SELECT 9000000 + k, fixture_gen.pick(ARRAY['Vila Nova de Gaia', 'Matosinhos', 'Potsdam', 'Fürth', 'Villeurbanne', 'Blagnac', 'Dos Hermanas', 'Ikeja', 'Tema', 'Pimpri-Chinchwad',
         'Sakai', 'Uji', 'Gimhae', 'Wieliczka', 'Mölndal', 'Espoo', 'Üsküdar', 'Salford', 'Dún Laoghaire', 'São José dos Pinhais', 'Soweto', 'Bellville', 'Gresham', 'Round Rock'], 'gdn', k) || CASE WHEN k > 24 THEN ' ' || k::text ELSE '' END,
       round((p.lon + imgen.frac('gdlo', k) * 0.3)::numeric, 5), round((p.lat + imgen.frac('gdla', k) * 0.3)::numeric, 5), p.cc, p.a1c, NULL, date '2023-01-01' + fixture_gen.n('gdmd2', k, 700), p.a1, p.a2, NULL
FROM generate_series(1, 60) k JOIN imgen.pl p ON p.id = 1 + fixture_gen.n('gdp', k, 50);

CREATE TABLE naturalearth_countries (
  id serial PRIMARY KEY,
  admin varchar(50) NOT NULL,
  admin_a3 varchar(3) NOT NULL,
  type varchar(50) NOT NULL,
  coordinates polygon NOT NULL
);
INSERT INTO naturalearth_countries (admin, admin_a3, type, coordinates)
SELECT c.country, c.a3, CASE WHEN c.country IN ('United Kingdom', 'Netherlands') THEN 'Country' ELSE 'Sovereign country' END,
       polygon(box(point(min(p.lon) - 2, min(p.lat) - 2), point(max(p.lon) + 2, max(p.lat) + 2)))
FROM imgen.pl p JOIN (VALUES ('Portugal', 'PRT'), ('Germany', 'DEU'), ('France', 'FRA'), ('Spain', 'ESP'), ('Italy', 'ITA'), ('Nigeria', 'NGA'), ('Ghana', 'GHA'), ('India', 'IND'),
     ('Japan', 'JPN'), ('South Korea', 'KOR'), ('Poland', 'POL'), ('Sweden', 'SWE'), ('Finland', 'FIN'), ('Turkey', 'TUR'), ('United Kingdom', 'GBR'), ('Ireland', 'IRL'),
     ('Brazil', 'BRA'), ('South Africa', 'ZAF'), ('Vietnam', 'VNM'), ('United States of America', 'USA'), ('Iceland', 'ISL'), ('Morocco', 'MAR'), ('Netherlands', 'NLD'),
     ('Austria', 'AUT'), ('Greece', 'GRC')) c(country, a3) ON c.country = p.country
GROUP BY c.country, c.a3 ORDER BY c.country;

-- TypeORM's migrations (until 1.131) and Kysely's since.
CREATE TABLE migrations (
  id serial PRIMARY KEY,
  timestamp bigint NOT NULL,
  name varchar NOT NULL
);
INSERT INTO migrations (timestamp, name)
SELECT ts, n || ts FROM (VALUES (1661881837496, 'AddAssetChecksum'), (1667762360744, 'AddPartnersTable'), (1672109862870, 'DropSaltColumn'), (1677613712565, 'AlbumThumbnailRelation'),
  (1679751316282, 'PersonTable'), (1682371561743, 'FixNullableRelations'), (1685370430343, 'UserDatesTimestamptz'), (1688392120838, 'AddLivePhotosRelatedColumnToAsset'),
  (1690217088596, 'AddSidecarFile'), (1692112147855, 'AddPersonFaceAssetId'), (1694204416744, 'AddAssetDeviceIdIndex'), (1695354433573, 'AddStackParentIdToAssets'),
  (1699345863886, 'AddJobStatus'), (1700713871511, 'UsePgVectors'), (1702257380990, 'DropSmartInfoTable'), (1704382918223, 'AddActivity'), (1705094221536, 'AddMoveHistory'),
  (1707000751533, 'AddVectorsToSearchPath'), (1709150004123, 'AddMemoryTable'), (1711637874206, 'AddAssetStackTable'), (1713337511945, 'AddFaceSearchRelation'),
  (1715804005643, 'AddUserMetadata'), (1718486162779, 'AddAssetDuplicateId'), (1721249222549, 'AddTagsTable'), (1724790460210, 'NaturalEarthCountries'),
  (1726491047923, 'AddAssetFilesTable'), (1729793521993, 'AddUpdateIdColumns'), (1732072134943, 'AddNotificationsTable'), (1734879118272, 'AddAuditTables'),
  (1737845696644, 'AddSessionSyncCheckpoint'), (1740739778549, 'AddPinCode'), (1741281344519, 'AddVisibilityColumn')) v(ts, n);

CREATE TABLE kysely_migrations (
  name varchar(255) NOT NULL PRIMARY KEY,
  timestamp varchar(255) NOT NULL
);
INSERT INTO kysely_migrations
SELECT n, to_char(timestamptz '2025-04-01 09:30:00+00' + make_interval(days => k::int * 3, secs => k::int * 7), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
FROM unnest(ARRAY['1744910873969-InitialMigration', '1744991379464-AddNotificationsTable', '1746041804011-AddSessionExpiresAt', '1746636476623-DropExtraIndexes',
                  '1746768434888-UserMetadataUpdateId', '1747328525009-AddAuditTablesForUserMetadata', '1747664684909-AddAlbumAuditTables', '1747778452432-AddMemoriesAuditTables',
                  '1748009045123-AddStacksAuditTable', '1749067526402-AddPersonAuditTable', '1750011237582-AddAssetFaceAuditTable', '1750323941566-UnsetPrewarmDimParameter']) WITH ORDINALITY x(n, k);

CREATE TABLE kysely_migrations_lock (
  id varchar(255) NOT NULL PRIMARY KEY,
  is_locked integer NOT NULL DEFAULT 0
);
INSERT INTO kysely_migrations_lock VALUES ('migration_lock', 0);

CREATE TABLE migration_overrides (
  name varchar NOT NULL PRIMARY KEY,
  value jsonb NOT NULL
);
INSERT INTO migration_overrides VALUES
 ('function_immich_uuid_v7', '{"sql": "CREATE OR REPLACE FUNCTION immich_uuid_v7(p_timestamp timestamp with time zone default clock_timestamp()) RETURNS uuid ...", "type": "function", "name": "immich_uuid_v7"}'),
 ('trigger_users_delete_audit', '{"sql": "CREATE OR REPLACE TRIGGER \"users_delete_audit\" AFTER DELETE ON \"users\" REFERENCING OLD TABLE AS \"old\" FOR EACH STATEMENT WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION users_delete_audit();", "type": "trigger", "name": "users_delete_audit"}'),
 ('index_face_index', '{"sql": "CREATE INDEX \"face_index\" ON \"face_search\" USING hnsw (embedding vector_cosine_ops) WITH (ef_construction = 300, m = 16);", "type": "index", "name": "face_index"}'),
 ('index_clip_index', '{"sql": "CREATE INDEX \"clip_index\" ON \"smart_search\" USING hnsw (embedding vector_cosine_ops) WITH (ef_construction = 300, m = 16);", "type": "index", "name": "clip_index"}');

-- ---------------------------------------------------------------------
SELECT fixture_gen.reset_sequences('public');
SET client_min_messages = warning;
DROP SCHEMA imgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
