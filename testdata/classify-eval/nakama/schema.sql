-- classify-eval fixture (HOLDOUT 57: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Nakama game server (Heroic Labs, Go) on PostgreSQL, in the schema its SQL
-- migrations create as of the 3.2x releases (2024) as I recall them: the
-- core tables users, user_device, user_edge, user_tombstone, notification,
-- storage, message, leaderboard (which also holds the tournaments: Nakama
-- has no tournament table, a tournament is a leaderboard row with a
-- duration, title and start and end times), leaderboard_record,
-- wallet_ledger, groups, group_edge, purchase, subscription, console_user
-- and sql-migrate's migration_info, with their real columns and types (uuid
-- keys, JSONB documents, bytea password hashes, the 1970 epoch as "never").
-- Left out: indexes, foreign keys and check constraints, CockroachDB
-- specifics, and the tables of Nakama's optional modules. Next to them,
-- in the same database, the studio's own tables (Go style, snake_case).
-- The invented deployment: Tidewell Games Oy (Helsinki) runs Letterfall, a
-- mobile multiplayer word-puzzle game with about 2 million players
-- worldwide (the fixture holds a sample of 1,600), on iOS and Android: device
-- sign-in with optional email, Apple, Google, Game Center, Facebook and a
-- few Steam and Facebook Instant Games accounts and Firebase uids carried over
-- from the first backend; friends and chat between friends, in clans
-- (Nakama groups) and in public rooms; leaderboards and weekly
-- tournaments; coins and gems bought on the App Store and Google Play, a
-- Letterfall Plus subscription; and a creator program that pays players who
-- build puzzles (PayPal, SEPA and ACH payouts, tax forms with SSNs, PANs,
-- CPFs, NINOs and VAT numbers). The data: player accounts with usernames
-- (Nakama's random ten-letter ones and chosen handles), display names,
-- avatars, emails, bcrypt hashes and provider ids; device ids and push
-- tokens; friend and clan edges; notifications whose subjects name other
-- players; storage objects with age-gate birth dates; chat messages typed
-- by players (some giving a phone, an email or a social handle); records
-- with usernames and countries; store receipts and notifications; console
-- users with MFA secrets and recovery codes. The studio's tables: age-gate
-- consents (parents' emails), player reports and moderation actions with
-- the reported chat lines and moderators' notes, ban appeals, support
-- tickets and their messages (Zendesk-style), referral codes and their
-- redemptions with device ids and IPs, analytics sessions and events with
-- advertising ids, IPs, GeoIP cities and coordinates and user agents, sign-in
-- events, password resets, push tokens, creator profiles and payouts,
-- user-made puzzles and their ratings, the product catalogue, store server
-- notifications, data-subject requests, the admin audit log, the mail
-- outbox with rendered bodies, experiment assignments, chat-filter hits and
-- an integration settings store holding the studio's API keys. What I could
-- not check (no access to the migrations): the exact column sets of
-- user_device (preferences and push tokens), console_user (the MFA
-- columns), leaderboard (enable_ranks) and whether user_edge has gained a
-- metadata column (left out); the exact file names of the migrations
-- (migration_info's rows are approximations); the exact shape of the store
-- responses Nakama keeps in raw_response and raw_notification.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ngen;

CREATE FUNCTION ngen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÓ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDO')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics; lower: lower-case alphanumerics; at: a time between two instants.
CREATE FUNCTION ngen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION ngen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION ngen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;
CREATE FUNCTION ngen.u(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid(tag, i)::uuid $$;

-- Cultures of the players: country, names, mail domains, language, time zones.
CREATE TABLE ngen.cu (c text PRIMARY KEY, cc text, firsts text[], lasts text[], domains text[], lang text, tzs text[]);
INSERT INTO ngen.cu VALUES
 ('us', 'US', ARRAY['Emily', 'Michael', 'Ashley', 'Jacob', 'Madison', 'Tyler', 'Jasmine', 'Brandon', 'Kayla', 'Marcus', 'Brittany', 'DeShawn'], ARRAY['Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Washington', 'Nguyen', 'Rodriguez', 'Thompson', 'Walker', 'Reyes'], ARRAY['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'aol.com'], 'en', ARRAY['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']),
 ('gb', 'GB', ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya', 'Arthur', 'Poppy', 'Jack', 'Sophie'], ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke', 'Shah', 'Okonjo', 'Patel', 'Robinson'], ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'icloud.com', 'sky.com'], 'en-GB', ARRAY['Europe/London']),
 ('de', 'DE', ARRAY['Jonas', 'Lena', 'Felix', 'Marie', 'Maximilian', 'Sophie', 'Lukas', 'Hannah', 'Leon', 'Mia'], ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Yilmaz', 'Neumann'], ARRAY['gmx.de', 'web.de', 't-online.de', 'gmail.com'], 'de', ARRAY['Europe/Berlin']),
 ('fr', 'FR', ARRAY['Camille', 'Julien', 'Léa', 'Mathieu', 'Chloé', 'Antoine', 'Manon', 'Nicolas', 'Inès', 'Hugo'], ARRAY['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Benali', 'Fontaine'], ARRAY['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'], 'fr', ARRAY['Europe/Paris']),
 ('br', 'BR', ARRAY['Gabriel', 'Ana Clara', 'Lucas', 'Beatriz', 'Matheus', 'Larissa', 'Rafael', 'Juliana', 'Thiago', 'Camila'], ARRAY['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Lima', 'Carvalho', 'Ferreira', 'Almeida', 'Ribeiro'], ARRAY['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br'], 'pt-BR', ARRAY['America/Sao_Paulo', 'America/Recife']),
 ('mx', 'MX', ARRAY['Santiago', 'Valentina', 'Diego', 'Ximena', 'Emiliano', 'Regina', 'José Luis', 'Fernanda'], ARRAY['Hernández', 'García', 'López', 'Martínez', 'González', 'Ramírez', 'Flores', 'Cruz'], ARRAY['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'], 'es-MX', ARRAY['America/Mexico_City', 'America/Monterrey']),
 ('es', 'ES', ARRAY['Lucía', 'Javier', 'Carmen', 'Diego', 'Paula', 'Sergio', 'Alba', 'Álvaro'], ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres'], ARRAY['gmail.com', 'telefonica.net', 'hotmail.es'], 'es', ARRAY['Europe/Madrid']),
 ('in', 'IN', ARRAY['Aarav', 'Priya', 'Vihaan', 'Ananya', 'Arjun', 'Diya', 'Rohan', 'Kavya', 'Ishaan', 'Sneha'], ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Bose', 'Patil', 'Verma', 'Chatterjee'], ARRAY['gmail.com', 'rediffmail.com', 'outlook.com', 'yahoo.co.in'], 'en-IN', ARRAY['Asia/Kolkata']),
 ('jp', 'JP', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Riku', 'Hina', 'Yuto', 'Mio'], ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'], ARRAY['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'], 'ja', ARRAY['Asia/Tokyo']),
 ('kr', 'KR', ARRAY['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon', 'Su-ah', 'Ye-jun', 'Ji-woo'], ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'], ARRAY['naver.com', 'daum.net', 'gmail.com'], 'ko', ARRAY['Asia/Seoul']),
 ('tr', 'TR', ARRAY['Emre', 'Zeynep', 'Mehmet', 'Elif', 'Can', 'Ayşe', 'Burak', 'Selin'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'], ARRAY['gmail.com', 'hotmail.com', 'yandex.com.tr'], 'tr', ARRAY['Europe/Istanbul']),
 ('ng', 'NG', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi', 'Tunde', 'Zainab'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Abubakar', 'Okonkwo'], ARRAY['gmail.com', 'yahoo.com'], 'en', ARRAY['Africa/Lagos']),
 ('id', 'ID', ARRAY['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Ayu'], ARRAY['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Nugroho', 'Lestari'], ARRAY['gmail.com', 'yahoo.co.id'], 'id', ARRAY['Asia/Jakarta', 'Asia/Makassar']),
 ('ph', 'PH', ARRAY['Angelo', 'Kristine', 'John Paul', 'Maricel', 'Jericho', 'Princess', 'Mark Anthony', 'Joy'], ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Dela Cruz', 'Garcia', 'Mendoza', 'Villanueva'], ARRAY['gmail.com', 'yahoo.com'], 'en-PH', ARRAY['Asia/Manila']),
 ('pl', 'PL', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Magdalena', 'Michał', 'Zofia', 'Łukasz', 'Agnieszka'], ARRAY['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska'], ARRAY['wp.pl', 'onet.pl', 'gmail.com', 'interia.pl'], 'pl', ARRAY['Europe/Warsaw']),
 ('se', 'SE', ARRAY['Erik', 'Astrid', 'Oskar', 'Maja', 'Nils', 'Elsa', 'Axel', 'Saga'], ARRAY['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson'], ARRAY['telia.com', 'gmail.com', 'bredband.net'], 'sv', ARRAY['Europe/Stockholm']),
 ('fi', 'FI', ARRAY['Mikael', 'Sanna', 'Juho', 'Aino', 'Eetu', 'Venla', 'Lauri', 'Ilona'], ARRAY['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen'], ARRAY['gmail.com', 'kolumbus.fi', 'elisanet.fi'], 'fi', ARRAY['Europe/Helsinki']);

-- Cities with their region and GeoIP-level coordinates.
CREATE TABLE ngen.city (c text, k int, city text, region text, lat float8, lon float8, PRIMARY KEY (c, k));
INSERT INTO ngen.city VALUES
 ('us', 0, 'Columbus', 'OH', 39.9612, -82.9988), ('us', 1, 'Austin', 'TX', 30.2672, -97.7431), ('us', 2, 'Sacramento', 'CA', 38.5816, -121.4944), ('us', 3, 'Tampa', 'FL', 27.9506, -82.4572),
 ('gb', 0, 'Manchester', 'ENG', 53.4808, -2.2426), ('gb', 1, 'Leeds', 'ENG', 53.8008, -1.5491), ('gb', 2, 'Glasgow', 'SCT', 55.8642, -4.2518), ('gb', 3, 'Bristol', 'ENG', 51.4545, -2.5879),
 ('de', 0, 'München', 'BY', 48.1351, 11.5820), ('de', 1, 'Köln', 'NW', 50.9375, 6.9603), ('de', 2, 'Leipzig', 'SN', 51.3397, 12.3731), ('de', 3, 'Hamburg', 'HH', 53.5511, 9.9937),
 ('fr', 0, 'Lyon', 'ARA', 45.7640, 4.8357), ('fr', 1, 'Toulouse', 'OCC', 43.6047, 1.4442), ('fr', 2, 'Lille', 'HDF', 50.6292, 3.0573), ('fr', 3, 'Nantes', 'PDL', 47.2184, -1.5536),
 ('br', 0, 'São Paulo', 'SP', -23.5505, -46.6333), ('br', 1, 'Curitiba', 'PR', -25.4284, -49.2733), ('br', 2, 'Recife', 'PE', -8.0476, -34.8770), ('br', 3, 'Belo Horizonte', 'MG', -19.9167, -43.9345),
 ('mx', 0, 'Ciudad de México', 'CMX', 19.4326, -99.1332), ('mx', 1, 'Guadalajara', 'JAL', 20.6597, -103.3496), ('mx', 2, 'Monterrey', 'NLE', 25.6866, -100.3161), ('mx', 3, 'Puebla', 'PUE', 19.0414, -98.2063),
 ('es', 0, 'Madrid', 'MD', 40.4168, -3.7038), ('es', 1, 'Sevilla', 'AN', 37.3891, -5.9845), ('es', 2, 'Valencia', 'VC', 39.4699, -0.3763), ('es', 3, 'Bilbao', 'PV', 43.2630, -2.9350),
 ('in', 0, 'Bengaluru', 'KA', 12.9716, 77.5946), ('in', 1, 'Pune', 'MH', 18.5204, 73.8567), ('in', 2, 'Hyderabad', 'TG', 17.3850, 78.4867), ('in', 3, 'Kolkata', 'WB', 22.5726, 88.3639),
 ('jp', 0, 'Tokyo', '13', 35.6762, 139.6503), ('jp', 1, 'Osaka', '27', 34.6937, 135.5023), ('jp', 2, 'Fukuoka', '40', 33.5904, 130.4017), ('jp', 3, 'Sapporo', '01', 43.0618, 141.3545),
 ('kr', 0, 'Seoul', '11', 37.5665, 126.9780), ('kr', 1, 'Busan', '26', 35.1796, 129.0756), ('kr', 2, 'Incheon', '28', 37.4563, 126.7052), ('kr', 3, 'Daegu', '27', 35.8714, 128.6014),
 ('tr', 0, 'İstanbul', '34', 41.0082, 28.9784), ('tr', 1, 'Ankara', '06', 39.9334, 32.8597), ('tr', 2, 'İzmir', '35', 38.4237, 27.1428), ('tr', 3, 'Bursa', '16', 40.1885, 29.0610),
 ('ng', 0, 'Lagos', 'LA', 6.5244, 3.3792), ('ng', 1, 'Abuja', 'FC', 9.0765, 7.3986), ('ng', 2, 'Ibadan', 'OY', 7.3775, 3.9470), ('ng', 3, 'Port Harcourt', 'RI', 4.8156, 7.0498),
 ('id', 0, 'Jakarta', 'JK', -6.2088, 106.8456), ('id', 1, 'Surabaya', 'JI', -7.2575, 112.7521), ('id', 2, 'Bandung', 'JB', -6.9175, 107.6191), ('id', 3, 'Makassar', 'SN', -5.1477, 119.4327),
 ('ph', 0, 'Quezon City', '00', 14.6760, 121.0437), ('ph', 1, 'Cebu City', 'CEB', 10.3157, 123.8854), ('ph', 2, 'Davao City', 'DAS', 7.1907, 125.4553), ('ph', 3, 'Manila', '00', 14.5995, 120.9842),
 ('pl', 0, 'Kraków', '12', 50.0647, 19.9450), ('pl', 1, 'Warszawa', '14', 52.2297, 21.0122), ('pl', 2, 'Wrocław', '02', 51.1079, 17.0385), ('pl', 3, 'Gdańsk', '22', 54.3520, 18.6466),
 ('se', 0, 'Stockholm', 'AB', 59.3293, 18.0686), ('se', 1, 'Göteborg', 'O', 57.7089, 11.9746), ('se', 2, 'Malmö', 'M', 55.6050, 13.0038), ('se', 3, 'Uppsala', 'C', 59.8586, 17.6389),
 ('fi', 0, 'Helsinki', '18', 60.1699, 24.9384), ('fi', 1, 'Tampere', '11', 61.4978, 23.7610), ('fi', 2, 'Turku', '02', 60.4518, 22.2666), ('fi', 3, 'Oulu', '17', 65.0121, 25.4651);

CREATE FUNCTION ngen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'us' THEN '+1 ' || (201 + fixture_gen.n(tag, i, 700)) || '-' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'gb' THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'de' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 'fr' THEN '+33 6 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'br' THEN '+55 ' || fixture_gen.pick(ARRAY['11', '41', '81', '31'], tag, i) || ' 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'mx' THEN '+52 ' || fixture_gen.pick(ARRAY['55', '33', '81', '222'], tag, i) || ' ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'jp' THEN '+81 90-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'kr' THEN '+82 10-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'tr' THEN '+90 53' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'id' THEN '+62 81' || fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'y', i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ph' THEN '+63 9' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'pl' THEN '+48 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'fi' THEN '+358 40 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '+46 70 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2) END
$$;

CREATE FUNCTION ngen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'us' THEN (100 + fixture_gen.n(tag, i, 9000)) || ' ' || fixture_gen.pick(ARRAY['Oak Hollow Dr', 'W 5th Ave', 'Riverside Blvd', 'Maple St', 'Bayshore Ct'], tag, i) || CASE WHEN i % 3 = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'a', i, 40)) ELSE '' END
    WHEN 'gb' THEN CASE WHEN i % 3 = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 24)) || ', ' ELSE '' END || (1 + fixture_gen.n(tag, i, 200)) || ' ' || fixture_gen.pick(ARRAY['Victoria Road', 'Church Lane', 'Mill Street', 'Kingsway', 'Albert Terrace'], tag, i)
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Lindenallee', 'Karl-Liebknecht-Straße', 'Schanzenstraße', 'Am Brunnen', 'Goethestraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 140))
    WHEN 'fr' THEN (1 + fixture_gen.n(tag, i, 120)) || ' ' || fixture_gen.pick(ARRAY['rue Oberkampf', 'avenue Jean Jaurès', 'rue des Tanneurs', 'boulevard Voltaire'], tag, i)
    WHEN 'br' THEN fixture_gen.pick(ARRAY['Rua das Flores', 'Avenida Paulista', 'Rua XV de Novembro', 'Rua da Aurora'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 2000)) || CASE WHEN i % 2 = 0 THEN ', apto ' || (11 + fixture_gen.n(tag || 'a', i, 180)) ELSE '' END
    WHEN 'mx' THEN fixture_gen.pick(ARRAY['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Vallarta', 'Calle 5 de Mayo'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 1500)) || ', Col. ' || fixture_gen.pick(ARRAY['Roma Norte', 'Americana', 'Centro', 'Del Valle'], tag || 'c', i)
    WHEN 'es' THEN fixture_gen.pick(ARRAY['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida del Puerto', 'Calle Feria'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 250)) || ', ' || (1 + fixture_gen.n(tag || 'a', i, 8)) || 'º B'
    WHEN 'in' THEN '#' || (1 + fixture_gen.n(tag, i, 400)) || ', ' || fixture_gen.pick(ARRAY['12th Main, HSR Layout', 'Lane 5, Koregaon Park', 'Road No. 36, Jubilee Hills', 'Salt Lake Sector V'], tag, i)
    WHEN 'jp' THEN fixture_gen.pick(ARRAY['渋谷区神南', '大阪市北区梅田', '福岡市中央区天神', '札幌市中央区北一条西'], tag, i) || (1 + fixture_gen.n(tag, i, 5)) || '-' || (1 + fixture_gen.n(tag || 'a', i, 20)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 30))
    WHEN 'kr' THEN fixture_gen.pick(ARRAY['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 500))
    WHEN 'tr' THEN fixture_gen.pick(ARRAY['Bağdat Caddesi', 'Atatürk Bulvarı', 'Kıbrıs Şehitleri Cd.'], tag, i) || ' No: ' || (1 + fixture_gen.n(tag, i, 300)) || ' D: ' || (1 + fixture_gen.n(tag || 'a', i, 20))
    WHEN 'ng' THEN (1 + fixture_gen.n(tag, i, 60)) || ' ' || fixture_gen.pick(ARRAY['Admiralty Way, Lekki Phase 1', 'Allen Avenue, Ikeja', 'Aminu Kano Crescent, Wuse 2'], tag, i)
    WHEN 'id' THEN 'Jl. ' || fixture_gen.pick(ARRAY['Sudirman', 'Merdeka', 'Diponegoro', 'Gatot Subroto'], tag, i) || ' No. ' || (1 + fixture_gen.n(tag, i, 200))
    WHEN 'ph' THEN (1 + fixture_gen.n(tag, i, 300)) || ' ' || fixture_gen.pick(ARRAY['Mabini St., Brgy. San Roque', 'Rizal Ave., Brgy. Poblacion', 'Osmeña Blvd.'], tag, i)
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Floriańska', 'Marszałkowska', 'Świdnicka', 'Długa'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 90)) || '/' || (1 + fixture_gen.n(tag || 'a', i, 40))
    WHEN 'fi' THEN fixture_gen.pick(ARRAY['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Puistokatu'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 80)) || ' ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], tag || 's', i) || ' ' || (1 + fixture_gen.n(tag || 'a', i, 30))
    ELSE fixture_gen.pick(ARRAY['Drottninggatan', 'Kungsgatan', 'Linnégatan', 'Södra Förstadsgatan'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 120)) END
$$;

CREATE FUNCTION ngen.zip(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN fixture_gen.pick(ARRAY['M14', 'LS6', 'G12', 'BS8', 'M20'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'br' THEN fixture_gen.digits(tag, i, 5) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'pl' THEN fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'jp' THEN fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'p', i, 4)
    WHEN 'in' THEN (400001 + fixture_gen.n(tag, i, 160000))::text
    WHEN 'ng' THEN (100001 + fixture_gen.n(tag, i, 800000))::text
    WHEN 'se' THEN (111 + fixture_gen.n(tag, i, 800)) || ' ' || fixture_gen.digits(tag || 'p', i, 2)
    WHEN 'us' THEN lpad((10001 + fixture_gen.n(tag, i, 89000))::text, 5, '0') || CASE WHEN i % 4 = 0 THEN '-' || fixture_gen.digits(tag || 'z', i, 4) ELSE '' END
    ELSE lpad((1001 + fixture_gen.n(tag, i, 98000))::text, 5, '0') END
$$;

-- Players 1-1600 (the sample of Letterfall's accounts); staff 9001-9014.
CREATE TABLE ngen.p (i int PRIMARY KEY, c text, cc text, first text, last text, full_name text, uid uuid, username text, display_name text, email text, lang text, tz text,
  city text, region text, lat float8, lon float8, birth date, created timestamptz, platform text, kind int);
INSERT INTO ngen.p (i, c, cc, first, last, lang, tz, city, region, lat, lon, uid, created, platform, kind)
SELECT i, cu.c, cu.cc, cu.firsts[1 + fixture_gen.n('pf', i, cardinality(cu.firsts))], cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))], cu.lang,
       fixture_gen.pick(cu.tzs, 'ptz', i), ci.city, ci.region, ci.lat + (fixture_gen.n('plat', i, 2000) - 1000) / 20000.0, ci.lon + (fixture_gen.n('plon', i, 2000) - 1000) / 20000.0,
       ngen.u('uid', i), ngen.at('ucr', i, '2021-03-15', '2024-06-20'), CASE WHEN fixture_gen.n('ppl', i, 20) < 9 THEN 'ios' ELSE 'android' END, fixture_gen.n('pkind', i, 20)
FROM generate_series(1, 1600) i
JOIN ngen.cu cu ON cu.c = fixture_gen.pick(ARRAY['us', 'us', 'us', 'us', 'gb', 'gb', 'de', 'de', 'fr', 'br', 'br', 'mx', 'es', 'in', 'in', 'jp', 'kr', 'tr', 'ng', 'id', 'ph', 'ph', 'pl', 'se', 'fi'], 'pc', i)
JOIN ngen.city ci ON ci.c = cu.c AND ci.k = fixture_gen.n('pcity', i, 4);
INSERT INTO ngen.p (i, c, cc, first, last, lang, tz, city, region, lat, lon, uid, created, platform, kind)
SELECT 9000 + k, 'fi', 'FI', (ARRAY['Sanna', 'Mikael', 'Aino', 'Juho', 'Ilona', 'Eetu', 'Priya', 'Tomás', 'Venla', 'Lauri', 'Marta', 'Oskari', 'Hanna', 'Kwame'])[k],
       (ARRAY['Virtanen', 'Lindqvist', 'Mäkelä', 'Korhonen', 'Heikkinen', 'Laine', 'Raman', 'Ferreira', 'Nieminen', 'Salo', 'Nowak', 'Rantanen', 'Berg', 'Mensah'])[k],
       'en', 'Europe/Helsinki', 'Helsinki', '18', 60.17, 24.94, ngen.u('staff', k), ngen.at('scr', k, '2021-01-10', '2024-03-01'), 'web', 0
FROM generate_series(1, 14) k;

UPDATE ngen.p SET
  full_name = CASE WHEN c IN ('jp', 'kr') AND i % 3 = 0 THEN last || ' ' || first ELSE first || ' ' || last END,
  birth = CASE WHEN i > 9000 THEN date '1975-01-01' + fixture_gen.n('pbd', i, 365 * 25)
               WHEN fixture_gen.n('pkid', i, 20) = 0 THEN date '2009-06-01' + fixture_gen.n('pbd', i, 365 * 5)
               WHEN fixture_gen.n('pold', i, 4) = 0 THEN date '1952-01-01' + fixture_gen.n('pbd', i, 365 * 30)
               ELSE date '1982-01-01' + fixture_gen.n('pbd', i, 365 * 24) END;

UPDATE ngen.p SET username = CASE
    WHEN i > 9000 THEN ngen.fold(first) || '.' || ngen.fold(last)
    WHEN fixture_gen.n('pun', i, 20) < 9 THEN fixture_gen.chars('unm', i, 10, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    ELSE CASE fixture_gen.n('punk', i, 7)
      WHEN 0 THEN ngen.fold(first) || '_' || ngen.fold(last)
      WHEN 1 THEN ngen.fold(first) || extract(year FROM birth)::text
      WHEN 2 THEN fixture_gen.pick(ARRAY['Word', 'Lexi', 'Puzzle', 'Quill', 'Letter', 'Vowel', 'Scrabbly', 'Anagram'], 'punw', i) || fixture_gen.pick(ARRAY['Wizard', 'Ninja', 'Queen', 'King', 'Fox', 'Hawk', 'Nerd', 'Master'], 'punx', i) || (i % 100)::text
      WHEN 3 THEN ngen.fold(first) || substr(ngen.fold(last), 1, 1) || (i % 1000)::text
      WHEN 4 THEN 'the_real_' || ngen.fold(first)
      WHEN 5 THEN initcap(ngen.fold(first)) || initcap(ngen.fold(last))
      ELSE ngen.fold(first) || '.plays' END END;
UPDATE ngen.p p SET username = p.username || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY lower(username) ORDER BY i) AS rn FROM ngen.p) d WHERE d.i = p.i AND d.rn > 1;

UPDATE ngen.p SET display_name = CASE
    WHEN i > 9000 THEN first || ' (Tidewell)'
    ELSE CASE fixture_gen.n('pdn', i, 20)
      WHEN 0 THEN NULL WHEN 1 THEN NULL WHEN 2 THEN NULL
      WHEN 3 THEN full_name WHEN 4 THEN full_name WHEN 5 THEN full_name
      WHEN 6 THEN first || ' ' || substr(last, 1, 1) || '.' WHEN 7 THEN first || ' ' || substr(last, 1, 1) || '.' WHEN 8 THEN first || ' ' || substr(last, 1, 1) || '.'
      WHEN 9 THEN fixture_gen.pick(ARRAY['🦊 ', '✨', '📚 ', '🌙 ', ''], 'pde', i) || first
      WHEN 10 THEN fixture_gen.pick(ARRAY['Mama ', 'Grandpa ', 'Auntie ', 'Coach ', 'Dr. '], 'pdm', i) || first
      WHEN 11 THEN fixture_gen.pick(ARRAY['WordNerd', 'Quizzy', 'VowelMovement', 'LexLuthor', 'SpellCheck', 'Mr Crossword', 'Night Owl', 'Bookworm'], 'pdw', i)
      WHEN 12 THEN fixture_gen.pick(ARRAY['WordNerd', 'Quizzy', 'VowelMovement', 'LexLuthor', 'SpellCheck', 'Mr Crossword', 'Night Owl', 'Bookworm'], 'pdw', i) || ' ' || first
      ELSE first END END;

UPDATE ngen.p p SET email = CASE
    WHEN i > 9000 THEN ngen.fold(first) || '.' || ngen.fold(last) || '@tidewellgames.example'
    WHEN fixture_gen.n('pem?', i, 100) < 38 THEN
      CASE fixture_gen.n('pem', i, 4)
        WHEN 0 THEN ngen.fold(first) || '.' || ngen.fold(last) WHEN 1 THEN substr(ngen.fold(first), 1, 1) || ngen.fold(last) || (i % 89)::text
        WHEN 2 THEN ngen.fold(first) || '_' || ngen.fold(last) || extract(year FROM birth)::text ELSE ngen.fold(last) || '.' || ngen.fold(first) END
      || '@' || fixture_gen.pick(cu.domains, 'pdom', i) END
FROM ngen.cu cu WHERE cu.c = p.c;
UPDATE ngen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM ngen.p WHERE email IS NOT NULL) d WHERE d.i = p.i AND d.rn > 1;

-- Chat lines players type: most are game talk, some give a name, a phone, an email or a handle.
CREATE FUNCTION ngen.chat(tag text, i bigint, other text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'pii', i, 9) = 0 THEN
    replace(replace(replace(replace(fixture_gen.pick(ARRAY[
      'add me on insta @{h} so we can keep playing after my phone dies lol',
      'my number is {ph}, text me when you start the next round',
      'can you email me the list of words from yesterday? {em}',
      'happy birthday {o}!! 🎂 hope Dave got you the cake',
      'it''s {o} btw, from the book club. my other account got wiped',
      'whatsapp me {ph} if the clan chat is down again',
      'I sent the screenshot to {em}, check your spam',
      '{o} are you still in Leeds? we should meet up for the quiz night',
      'my mum''s account is {h}, please accept her request',
      'call me at {ph} after 8, cant type with the baby'], tag, i),
      '{h}', lower(replace(other, ' ', '_')) || (i % 97)::text), '{ph}', fixture_gen.phone(tag || 'p', i)), '{em}', fixture_gen.email(tag || 'e', i)), '{o}', other)
  ELSE replace(fixture_gen.pick(ARRAY[
      'gg! that last word was brutal', 'how did you get QUIXOTIC with those tiles??', 'rematch?', 'nice one {o}', 'lol I totally missed ZEPHYR',
      'who''s doing the weekly tournament?', 'need 2 more for the clan chest, anyone?', 'good morning word nerds ☕', 'daily puzzle was easy today',
      'I keep getting only vowels 😭', 'is the hint button broken for anyone else?', 'brb dinner', 'gl everyone', 'that''s not even a real word',
      'OXYPHENBUTAZONE would fit if I had the tiles', '3 stars on level 412 finally!', 'thanks for the gems', 'clan war starts in 1h, be ready',
      'who made the fish-themed puzzle? it''s great', 'can we kick inactive members?', 'new season leaderboard is live', 'ok one more game then bed',
      'you''re on fire today {o}', 'I''ll send you a life', 'what''s the word for 7 down?', 'double letter on the corner, classic'], tag, i), '{o}', other) END
$$;

-- ---------------------------------------------------------------------------
-- Nakama's core tables.

CREATE TABLE migration_info (id text PRIMARY KEY, applied_at timestamptz);
INSERT INTO migration_info VALUES
  ('20180103142001_initial_schema.sql', '2021-02-02 09:14:07+00'), ('20180805174141-tournaments.sql', '2021-02-02 09:14:07+00'),
  ('20200116134800-facebook-instant-games.sql', '2021-02-02 09:14:08+00'), ('20200615102232-apple.sql', '2021-02-02 09:14:08+00'),
  ('20201005180855-console.sql', '2021-02-02 09:14:08+00'), ('20210416090601-purchase.sql', '2021-06-21 07:40:51+00'),
  ('20220426122700-purchase-refund.sql', '2022-05-30 06:02:13+00'), ('20221027145900-subscriptions.sql', '2022-12-12 08:31:44+00'),
  ('20230222172540-purchases-not-null-user-id.sql', '2023-03-20 07:55:02+00'), ('20230706095800-leaderboard-index.sql', '2023-08-14 06:12:39+00'),
  ('20231115084100-device-push-tokens.sql', '2023-12-04 07:21:10+00'), ('20240321093000-console-mfa.sql', '2024-04-15 06:48:27+00'),
  ('20240502110000-leaderboard-enable-ranks.sql', '2024-05-27 06:05:55+00');

CREATE TABLE users (
    id uuid PRIMARY KEY, username varchar(128) NOT NULL UNIQUE, display_name varchar(255), avatar_url varchar(512), lang_tag varchar(18) NOT NULL DEFAULT 'en',
    location varchar(255), timezone varchar(255), metadata jsonb NOT NULL DEFAULT '{}', wallet jsonb NOT NULL DEFAULT '{}', email varchar(255) UNIQUE,
    password bytea, facebook_id varchar(128) UNIQUE, google_id varchar(128) UNIQUE, gamecenter_id varchar(128) UNIQUE, steam_id varchar(128) UNIQUE,
    custom_id varchar(128) UNIQUE, edge_count integer NOT NULL DEFAULT 0, create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, verify_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC',
    disable_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC', apple_id varchar(128) UNIQUE, facebook_instant_game_id varchar(128) UNIQUE
);
-- The system user Nakama creates, then the players.
INSERT INTO users (id, username, create_time, update_time) VALUES ('00000000-0000-0000-0000-000000000000', '', '2021-02-02 09:14:07+00', '2021-02-02 09:14:07+00');
CREATE TABLE ngen.acct AS
SELECT p.*, 
  CASE WHEN fixture_gen.n('afb', p.i, 100) < 15 THEN '10' || fixture_gen.digits('afbid', p.i, 13 + fixture_gen.n('afbl', p.i, 3)) END AS fb,
  CASE WHEN p.platform = 'android' AND fixture_gen.n('ago', p.i, 100) < 45 THEN '1' || fixture_gen.digits('agoid', p.i, 20) END AS go,
  CASE WHEN p.platform = 'ios' AND fixture_gen.n('agc', p.i, 100) < 40 THEN CASE WHEN p.created < '2023-01-01' THEN 'G:' || (1000000000 + fixture_gen.n('agcid', p.i, 999999999))::text
       ELSE 'T:_' || fixture_gen.hexn('agct', p.i, 32) END END AS gc,
  CASE WHEN p.platform = 'ios' AND fixture_gen.n('aap', p.i, 100) < 25 THEN '00' || fixture_gen.digits('aapa', p.i, 4) || '.' || fixture_gen.hexn('aapb', p.i, 32) || '.' || fixture_gen.digits('aapc', p.i, 4) END AS ap,
  CASE WHEN p.i % 97 = 0 THEN '7656119' || fixture_gen.digits('ast', p.i, 10) END AS st,
  CASE WHEN p.created < '2022-06-01' AND fixture_gen.n('acu', p.i, 100) < 70 THEN ngen.rnd('afire', p.i, 28) END AS cu,
  CASE WHEN p.i % 53 = 0 THEN fixture_gen.digits('afi', p.i, 16) END AS fi
FROM ngen.p p WHERE p.i <= 1600;

INSERT INTO users (id, username, display_name, avatar_url, lang_tag, location, timezone, metadata, wallet, email, password, facebook_id, google_id, gamecenter_id, steam_id,
                   custom_id, edge_count, create_time, update_time, verify_time, disable_time, apple_id, facebook_instant_game_id)
SELECT a.uid, a.username, a.display_name,
       CASE WHEN a.fb IS NOT NULL AND a.i % 3 <> 0 THEN 'https://graph.facebook.com/' || a.fb || '/picture?type=large'
            WHEN a.go IS NOT NULL AND a.i % 2 = 0 THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || ngen.rnd('aggav', a.i, 40) || '=s96-c'
            WHEN fixture_gen.n('aav', a.i, 10) < 3 THEN 'https://cdn.letterfall.example/avatars/' || a.uid || '/' || fixture_gen.hexn('aavh', a.i, 12) || '.jpg'
            WHEN fixture_gen.n('aav', a.i, 10) < 7 THEN 'preset://avatars/' || fixture_gen.pick(ARRAY['owl', 'fox', 'cat', 'octopus', 'quill', 'panda', 'robot'], 'aavp', a.i) || '_0' || (1 + a.i % 6)::text END,
       a.lang, CASE WHEN fixture_gen.n('aloc', a.i, 10) < 4 THEN a.city || ', ' || a.cc END, CASE WHEN fixture_gen.n('atz', a.i, 10) < 7 THEN a.tz END,
       jsonb_build_object('country', a.cc, 'birth_year', extract(year FROM a.birth)::int, 'age_band', CASE WHEN a.birth > '2006-06-30' THEN 'u18' WHEN a.birth > '1999-06-30' THEN '18-24' WHEN a.birth > '1989-06-30' THEN '25-34'
         WHEN a.birth > '1979-06-30' THEN '35-44' ELSE '45+' END, 'onboarding', CASE WHEN a.i % 11 = 0 THEN 'skipped' ELSE 'done' END, 'marketing_opt_in', a.i % 3 = 0,
         'install_platform', a.platform, 'client_version', '4.' || (6 + a.i % 7)::text || '.' || (a.i % 4)::text),
       jsonb_build_object('coins', fixture_gen.n('awc', a.i, 25000), 'gems', fixture_gen.n('awg', a.i, 400), 'hints', fixture_gen.n('awh', a.i, 30), 'lives', 1 + a.i % 5),
       a.email, CASE WHEN a.email IS NOT NULL AND a.i % 5 <> 0 THEN convert_to(replace(fixture_gen.bcrypt('upw', a.i), '$12$', '$10$'), 'UTF8') END,
       a.fb, a.go, a.gc, a.st, a.cu, 0, a.created, a.created + make_interval(days => fixture_gen.n('aupd', a.i, 400)),
       CASE WHEN a.email IS NOT NULL AND a.i % 4 <> 1 THEN a.created + make_interval(mins => 3 + fixture_gen.n('aver', a.i, 600)) ELSE '1970-01-01 00:00:00+00' END,
       CASE WHEN a.i % 89 = 0 THEN ngen.at('adis', a.i, '2024-01-01', '2024-06-25') ELSE '1970-01-01 00:00:00+00' END, a.ap, a.fi
FROM ngen.acct a ORDER BY a.i;
UPDATE users SET update_time = '2024-06-28 12:00:00+00' WHERE update_time > '2024-06-28 12:00:00+00';

CREATE TABLE user_device (
    id varchar(128) PRIMARY KEY, user_id uuid NOT NULL, preferences jsonb NOT NULL DEFAULT '{}', push_token_android varchar(512) NOT NULL DEFAULT '',
    push_token_ios varchar(512) NOT NULL DEFAULT '', create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE ngen.dev AS
SELECT p.i, k AS dk, p.uid, p.platform, CASE WHEN p.platform = 'ios' THEN upper(fixture_gen.uuid('idfv', p.i * 10 + k)) WHEN k = 2 THEN fixture_gen.hexn('unityid', p.i, 32) ELSE fixture_gen.hexn('andid', p.i * 10 + k, 16) END AS did,
       CASE WHEN p.platform = 'android' THEN ngen.rnd('fcmA', p.i * 10 + k, 22) || ':APA91b' || translate(fixture_gen.b64('fcmB', p.i * 10 + k, 101), '+/=', '-_') ELSE '' END AS tok_android,
       CASE WHEN p.platform = 'ios' THEN fixture_gen.hexn('apns', p.i * 10 + k, 64) ELSE '' END AS tok_ios,
       p.created + make_interval(days => (k - 1) * fixture_gen.n('devk', p.i, 300)) AS created
FROM ngen.p p CROSS JOIN generate_series(1, 2) k WHERE p.i <= 1600 AND (k = 1 OR p.i % 6 = 0);
INSERT INTO user_device (id, user_id, preferences, push_token_android, push_token_ios, create_time, update_time)
SELECT did, uid, jsonb_build_object('push_enabled', i % 7 <> 0, 'friend_requests', true, 'daily_puzzle', i % 3 <> 0, 'tournament_reminders', i % 4 <> 0, 'quiet_hours', CASE WHEN i % 5 = 0 THEN '22:00-08:00' END),
       CASE WHEN i % 7 = 0 THEN '' ELSE tok_android END, CASE WHEN i % 7 = 0 THEN '' ELSE tok_ios END, created, created + make_interval(hours => fixture_gen.n('devu', i * 10 + dk, 9000))
FROM ngen.dev ORDER BY i, dk;
UPDATE user_device SET update_time = '2024-06-28 12:00:00+00' WHERE update_time > '2024-06-28 12:00:00+00';

CREATE TABLE user_tombstone (user_id uuid NOT NULL UNIQUE, create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (create_time, user_id));
INSERT INTO user_tombstone SELECT ngen.u('uid', 5000 + k), ngen.at('tomb', k, '2023-01-01', '2024-06-27') FROM generate_series(1, 36) k;

CREATE TABLE user_edge (
    source_id uuid NOT NULL, "position" bigint NOT NULL, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, destination_id uuid NOT NULL,
    state smallint NOT NULL DEFAULT 0, PRIMARY KEY (source_id, state, "position"), UNIQUE (source_id, destination_id)
);
CREATE TABLE ngen.fr AS
SELECT DISTINCT ON (least(a, b), greatest(a, b)) k, a, b, fixture_gen.n('frs', k, 20) AS s, ngen.at('frt', k, '2021-04-01', '2024-06-27') AS t
FROM (SELECT k, 1 + fixture_gen.n('fra', k, 1600) AS a, 1 + (fixture_gen.n('fra', k, 1600) + 1 + fixture_gen.n('frb', k, 120) * (1 + k % 9)) % 1600 AS b FROM generate_series(1, 1500) k) x
WHERE a <> b ORDER BY least(a, b), greatest(a, b), k;
INSERT INTO user_edge (source_id, "position", update_time, destination_id, state)
SELECT pa.uid, (extract(epoch FROM f.t) * 1000000)::bigint + f.k, f.t, pb.uid, CASE WHEN f.s < 16 THEN 0 WHEN f.s < 19 THEN 1 ELSE 3 END
FROM ngen.fr f JOIN ngen.p pa ON pa.i = f.a JOIN ngen.p pb ON pb.i = f.b
UNION ALL
SELECT pb.uid, (extract(epoch FROM f.t) * 1000000)::bigint + f.k, f.t, pa.uid, CASE WHEN f.s < 16 THEN 0 ELSE 2 END
FROM ngen.fr f JOIN ngen.p pa ON pa.i = f.a JOIN ngen.p pb ON pb.i = f.b WHERE f.s < 19;
UPDATE users u SET edge_count = c.n FROM (SELECT source_id, count(*) AS n FROM user_edge WHERE state IN (0, 1, 2) GROUP BY source_id) c WHERE c.source_id = u.id;

-- Clans are Nakama groups; membership is kept in both directions in group_edge.
CREATE TABLE groups (
    id uuid PRIMARY KEY, creator_id uuid NOT NULL, name varchar(255) NOT NULL UNIQUE, description varchar(255), avatar_url varchar(512), lang_tag varchar(18) NOT NULL DEFAULT 'en',
    metadata jsonb NOT NULL DEFAULT '{}', state smallint NOT NULL DEFAULT 0, edge_count integer NOT NULL DEFAULT 0, max_count integer NOT NULL DEFAULT 100,
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, disable_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC'
);
CREATE TABLE ngen.mem AS
SELECT p.i, p.uid, p.username, 1 + fixture_gen.n('clan', p.i, 80) AS g, CASE WHEN p.i % 3 = 0 THEN 3 ELSE 2 END AS st, p.created + make_interval(days => 1 + fixture_gen.n('clanj', p.i, 200)) AS joined
FROM ngen.p p WHERE p.i <= 1600 AND (p.i % 3 <> 0 OR p.i % 7 = 0);
UPDATE ngen.mem m SET st = 0 FROM (SELECT g, min(i) AS i FROM ngen.mem WHERE st = 2 GROUP BY g) f WHERE f.i = m.i;
UPDATE ngen.mem m SET st = 1 FROM (SELECT g, max(i) AS i FROM ngen.mem WHERE st = 2 GROUP BY g) f WHERE f.i = m.i;
CREATE TABLE ngen.clan AS
SELECT g, ngen.u('clan', g) AS id,
       fixture_gen.pick(ARRAY['Vowel', 'Lexicon', 'Quill', 'Midnight', 'Crossword', 'Syllable', 'Northern', 'Tea-Time', 'Anagram', 'Serif', 'Paper', 'Inkwell', 'Spelling', 'Silent E', 'Alphabet', 'Polyglot'], 'cna', g)
       || ' ' || fixture_gen.pick(ARRAY['Vikings', 'Legends', 'Society', 'Owls', 'Guild', 'Squad', 'Club', 'Hive', 'Circle', 'Crew', 'Order', 'Collective', 'Pirates', 'Foxes'], 'cnb', g) AS name
FROM generate_series(1, 80) g;
UPDATE ngen.clan c SET name = c.name || ' ' || d.rn FROM (SELECT g, row_number() OVER (PARTITION BY name ORDER BY g) AS rn FROM ngen.clan) d WHERE d.g = c.g AND d.rn > 1;
UPDATE ngen.clan SET name = (ARRAY['Scrabble Moms of Ohio', 'Los Palabreros', 'Famille Dubois', 'Okafor Family Wordsmiths', 'Kelime Avcıları', 'Palavras Cruzadas BR', 'Sanaseppo', 'Book Club @ Leeds Library'])[g / 10] WHERE g % 10 = 0;
INSERT INTO groups
SELECT c.id, m.uid, c.name,
       CASE fixture_gen.n('cdesc', c.g, 12)
         WHEN 0 THEN 'Family clan! Ask Grandma ' || (SELECT first FROM ngen.p WHERE i = m.i) || ' before you request to join 💕'
         WHEN 1 THEN 'Active players only. Weekly chest is mandatory. Questions? ' || coalesce((SELECT email FROM ngen.p WHERE i = m.i), 'DM the leader')
         WHEN 2 THEN 'We talk on WhatsApp too, message ' || ngen.phone((SELECT c FROM ngen.p WHERE i = m.i), 'cdph', c.g) || ' to be added'
         WHEN 3 THEN 'Friends from the Tuesday quiz night. Led by ' || (SELECT full_name FROM ngen.p WHERE i = m.i) || '.'
         WHEN 4 THEN '' WHEN 5 THEN NULL
         ELSE fixture_gen.pick(ARRAY['Chill clan for word lovers. No pressure, just puzzles.', 'Top 100 clan. Min level 200, play the weekly tournament.',
           'English only please. Be kind, no spoilers for the daily.', 'Somos un clan tranquilo, todos bienvenidos.', 'Clan francophone, on joue le soir.',
           'Competitive, we do clan wars every weekend. Inactive 7 days = kick.'], 'cdx', c.g) END,
       'preset://clan_badges/' || fixture_gen.pick(ARRAY['shield', 'owl', 'quill', 'crown', 'anchor', 'star', 'book'], 'cbad', c.g) || '_' || lpad((1 + c.g % 12)::text, 2, '0'),
       fixture_gen.pick(ARRAY['en', 'en', 'en', 'es', 'pt-BR', 'fr', 'de', 'tr'], 'clang', c.g),
       jsonb_build_object('min_level', (ARRAY[0, 20, 50, 100, 200])[1 + c.g % 5], 'region', fixture_gen.pick(ARRAY['global', 'EU', 'NA', 'LATAM', 'APAC'], 'creg', c.g), 'chest_tier', 1 + c.g % 4, 'war_opt_in', c.g % 3 = 0),
       CASE WHEN c.g % 4 = 0 THEN 1 ELSE 0 END, (SELECT count(*) FROM ngen.mem x WHERE x.g = c.g AND x.st < 3), 50,
       m.joined - interval '1 hour', m.joined + make_interval(days => fixture_gen.n('cupd', c.g, 300)), CASE WHEN c.g = 37 THEN timestamptz '2024-02-11 10:00:00+00' ELSE '1970-01-01 00:00:00+00' END
FROM ngen.clan c JOIN ngen.mem m ON m.g = c.g AND m.st = 0;
UPDATE groups SET update_time = '2024-06-28 12:00:00+00' WHERE update_time > '2024-06-28 12:00:00+00';

CREATE TABLE group_edge (
    source_id uuid NOT NULL, "position" bigint NOT NULL, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, destination_id uuid NOT NULL,
    state smallint NOT NULL DEFAULT 0, PRIMARY KEY (source_id, state, "position"), UNIQUE (source_id, destination_id)
);
INSERT INTO group_edge
SELECT c.id, (extract(epoch FROM m.joined) * 1000000)::bigint + m.i, m.joined, m.uid, m.st FROM ngen.mem m JOIN ngen.clan c ON c.g = m.g
UNION ALL
SELECT m.uid, (extract(epoch FROM m.joined) * 1000000)::bigint + m.i, m.joined, c.id, m.st FROM ngen.mem m JOIN ngen.clan c ON c.g = m.g;

CREATE TABLE notification (
    id uuid NOT NULL UNIQUE, user_id uuid NOT NULL, subject varchar(255) NOT NULL, content jsonb NOT NULL DEFAULT '{}', code smallint NOT NULL, sender_id uuid NOT NULL,
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (user_id, create_time, id)
);
INSERT INTO notification
SELECT ngen.u('nfr', f.k), pb.uid, pa.username || ' wants to add you as a friend', jsonb_build_object('username', pa.username), -2, pa.uid, f.t
FROM ngen.fr f JOIN ngen.p pa ON pa.i = f.a JOIN ngen.p pb ON pb.i = f.b WHERE f.s BETWEEN 12 AND 18
UNION ALL
SELECT ngen.u('nfa', f.k), pa.uid, pb.username || ' accepted your friend request', jsonb_build_object('username', pb.username), -3, pb.uid, f.t + interval '3 hours'
FROM ngen.fr f JOIN ngen.p pa ON pa.i = f.a JOIN ngen.p pb ON pb.i = f.b WHERE f.s BETWEEN 12 AND 15
UNION ALL
SELECT ngen.u('ngj', m.i), o.uid, 'User ' || m.username || ' wants to join your group', jsonb_build_object('group_id', c.id, 'username', m.username), -5, m.uid, m.joined
FROM ngen.mem m JOIN ngen.clan c ON c.g = m.g JOIN ngen.mem o ON o.g = m.g AND o.st = 0 WHERE m.st = 3
UNION ALL
SELECT ngen.u('nga', m.i), m.uid, 'You''ve been added to group ' || c.name, jsonb_build_object('group_id', c.id, 'name', c.name), -6, o.uid, m.joined + interval '40 minutes'
FROM ngen.mem m JOIN ngen.clan c ON c.g = m.g JOIN ngen.mem o ON o.g = m.g AND o.st = 0 WHERE m.st IN (1, 2) AND m.i % 4 = 0
UNION ALL
SELECT ngen.u('ndp', k), p.uid, 'Your daily puzzle is ready', jsonb_build_object('puzzle_date', (date '2024-06-01' + k % 27)::text, 'streak', fixture_gen.n('nds', k, 60)), 100,
       '00000000-0000-0000-0000-000000000000', timestamptz '2024-06-01 07:00:00+00' + make_interval(days => k % 27)
FROM generate_series(1, 400) k JOIN ngen.p p ON p.i = 1 + fixture_gen.n('ndpu', k, 1600)
UNION ALL
SELECT ngen.u('ntr', k), p.uid, 'Tournament results are in', jsonb_build_object('leaderboard_id', 'tourney_2024w' || (18 + k % 7), 'rank', 1 + fixture_gen.n('ntrr', k, 500), 'reward', jsonb_build_object('gems', (ARRAY[5, 10, 20, 50])[1 + k % 4])), 110,
       '00000000-0000-0000-0000-000000000000', timestamptz '2024-05-06 00:05:00+00' + make_interval(days => 7 * (k % 7))
FROM generate_series(1, 300) k JOIN ngen.p p ON p.i = 1 + fixture_gen.n('ntru', k, 1600);

-- Storage objects: campaign progress, client settings, the age gate's answers, cosmetics.
CREATE TABLE storage (
    collection varchar(128) NOT NULL, key varchar(128) NOT NULL, user_id uuid NOT NULL, value jsonb NOT NULL DEFAULT '{}', version varchar(32) NOT NULL,
    read smallint NOT NULL DEFAULT 1, write smallint NOT NULL DEFAULT 1, create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (collection, read, key, user_id), UNIQUE (collection, key, user_id)
);
INSERT INTO storage (collection, key, user_id, value, version, read, write, create_time, update_time)
SELECT x.col, x.key, p.uid, x.v, md5(x.v::text), x.r, x.w, p.created + interval '2 minutes', p.created + make_interval(hours => fixture_gen.n('stu' || x.col, p.i, 9000))
FROM ngen.p p CROSS JOIN LATERAL (VALUES
   ('progress', 'campaign', jsonb_build_object('chapter', 1 + fixture_gen.n('stc', p.i, 40), 'level', 1 + fixture_gen.n('stl', p.i, 1200), 'stars', fixture_gen.n('sts', p.i, 3600),
      'streak', fixture_gen.n('stk', p.i, 90), 'last_daily', (date '2024-06-27' - fixture_gen.n('std', p.i, 40))::text), 1, 0),
   ('settings', 'client', jsonb_build_object('sound', p.i % 4 <> 0, 'music', p.i % 3 = 0, 'haptics', true, 'theme', fixture_gen.pick(ARRAY['light', 'dark', 'sepia', 'system'], 'stth', p.i),
      'colorblind_mode', p.i % 23 = 0, 'dictionary', fixture_gen.pick(ARRAY['en-US', 'en-GB', 'es', 'pt-BR', 'fr', 'de'], 'stdi', p.i)), 1, 1),
   ('age_gate', 'consent', jsonb_build_object('birth_date', p.birth::text, 'country', p.cc, 'answered_at', to_char(p.created, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'gate_version', CASE WHEN p.created < '2023-03-01' THEN 'v1' ELSE 'v2' END, 'under_16', p.birth > date '2008-06-30'), 0, 0),
   ('inventory', 'cosmetics', jsonb_build_object('frames', CASE WHEN p.i % 5 = 0 THEN '["gold_quill", "autumn_leaves"]'::jsonb ELSE '["default"]'::jsonb END,
      'tile_skin', fixture_gen.pick(ARRAY['classic', 'wood', 'neon', 'marble'], 'stsk', p.i)), 2, 0)) x(col, key, v, r, w)
WHERE p.i <= 1600 AND (x.col <> 'inventory' OR p.i % 2 = 0) AND (x.col <> 'age_gate' OR p.created >= '2022-01-01');
UPDATE storage SET update_time = '2024-06-28 12:00:00+00' WHERE update_time > '2024-06-28 12:00:00+00';

-- Chat: clan channels (stream mode 3), direct messages between friends (4) and public rooms (2).
CREATE TABLE message (
    id uuid NOT NULL UNIQUE, code smallint NOT NULL DEFAULT 0, sender_id uuid NOT NULL, username varchar(128) NOT NULL, stream_mode smallint NOT NULL,
    stream_subject uuid NOT NULL, stream_descriptor uuid NOT NULL, stream_label varchar(128) NOT NULL, content jsonb NOT NULL DEFAULT '{}',
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (stream_mode, stream_subject, stream_descriptor, stream_label, create_time, id), UNIQUE (sender_id, id)
);
CREATE TABLE ngen.msg AS
SELECT k, m.i AS si, m.uid AS suid, m.username AS sname, 3 AS mode, c.id AS subj, '00000000-0000-0000-0000-000000000000'::uuid AS descr, '' AS label,
       (SELECT coalesce(o.display_name, o.first) FROM ngen.mem mm JOIN ngen.p o ON o.i = mm.i WHERE mm.g = m.g AND mm.i <> m.i AND mm.st < 3 ORDER BY fixture_gen.n('mo', k * 1000 + mm.i, 1000) LIMIT 1) AS other,
       ngen.at('mct', k, greatest(m.joined, '2024-03-01'), '2024-06-28 11:00') AS t
FROM generate_series(1, 1300) k
JOIN LATERAL (SELECT * FROM ngen.mem WHERE st < 3 ORDER BY fixture_gen.n('mgs', k * 7919 + i, 100000) LIMIT 1) m ON true
JOIN ngen.clan c ON c.g = m.g;
INSERT INTO ngen.msg
SELECT 2000 + q, s.i, s.uid, s.username, 4, least(s.uid, o.uid), greatest(s.uid, o.uid), '', coalesce(o.display_name, o.first), ngen.at('mdt', q, greatest(f.t, '2024-01-01'), '2024-06-28 11:00')
FROM generate_series(1, 900) q
JOIN ngen.fr f ON f.k = (SELECT x.k FROM ngen.fr x WHERE x.s < 12 ORDER BY fixture_gen.n('mdf', q * 31 + x.k, 100000) LIMIT 1)
JOIN ngen.p s ON s.i = CASE WHEN q % 2 = 0 THEN f.a ELSE f.b END JOIN ngen.p o ON o.i = CASE WHEN q % 2 = 0 THEN f.b ELSE f.a END;
INSERT INTO ngen.msg
SELECT 4000 + k, s.i, s.uid, s.username, 2, '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000',
       fixture_gen.pick(ARRAY['global-en', 'global-en', 'global-es', 'global-pt', 'tournament-lobby', 'new-players'], 'mrl', k), 'everyone', ngen.at('mrt', k, '2024-05-01', '2024-06-28 11:00')
FROM generate_series(1, 500) k JOIN ngen.p s ON s.i = 1 + fixture_gen.n('mrs', k, 1600);
INSERT INTO message
SELECT ngen.u('msg', k), CASE WHEN mode = 3 AND k % 41 = 0 THEN 3 ELSE 0 END, suid, sname, mode, subj, descr, label,
       CASE WHEN mode = 3 AND k % 41 = 0 THEN '{}'::jsonb ELSE jsonb_build_object('message', ngen.chat('chat', k, split_part(coalesce(other, 'friend'), ' ', 1))) END,
       t, t + CASE WHEN k % 67 = 0 THEN interval '2 minutes' ELSE interval '0' END
FROM ngen.msg;

-- Leaderboards and the tournaments Nakama keeps in the same table.
CREATE TABLE leaderboard (
    id varchar(128) PRIMARY KEY, authoritative boolean NOT NULL DEFAULT false, sort_order smallint NOT NULL DEFAULT 1, operator smallint NOT NULL DEFAULT 0,
    reset_schedule varchar(64), metadata jsonb NOT NULL DEFAULT '{}', create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, category smallint NOT NULL DEFAULT 0,
    description varchar(255) NOT NULL DEFAULT '', duration integer NOT NULL DEFAULT 0, end_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC',
    join_required boolean NOT NULL DEFAULT false, max_size integer NOT NULL DEFAULT 100000000, max_num_score integer NOT NULL DEFAULT 1000000,
    title varchar(255) NOT NULL DEFAULT '', size integer NOT NULL DEFAULT 0, start_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, enable_ranks boolean NOT NULL DEFAULT false
);
INSERT INTO leaderboard VALUES
  ('alltime_words', true, 1, 2, NULL, '{"display": "Words found", "icon": "book"}', '2021-02-02 09:20:00+00', 0, '', 0, '1970-01-01 00:00:00+00', false, 100000000, 1000000, '', 0, '2021-02-02 09:20:00+00', true),
  ('weekly_score', true, 1, 2, '0 0 * * 1', '{"display": "Weekly score", "season": 14}', '2021-02-02 09:20:00+00', 0, '', 0, '1970-01-01 00:00:00+00', false, 100000000, 1000000, '', 0, '2021-02-02 09:20:00+00', true),
  ('daily_speed', true, 0, 0, '0 0 * * *', '{"display": "Fastest daily solve (ms)"}', '2022-04-11 08:00:00+00', 0, '', 0, '1970-01-01 00:00:00+00', false, 100000000, 1000000, '', 0, '2022-04-11 08:00:00+00', false),
  ('clan_weekly', true, 1, 2, '0 0 * * 1', '{"display": "Clan points", "owner_type": "group"}', '2022-09-05 08:00:00+00', 0, '', 0, '1970-01-01 00:00:00+00', false, 100000000, 1000000, '', 0, '2022-09-05 08:00:00+00', false),
  ('tourney_2024w25', true, 1, 0, '0 18 * * 5', '{"entry_fee": {"gems": 5}, "prizes": [50, 25, 10]}', '2024-06-14 12:00:00+00', 1, 'Best single-game score over the weekend. Top 3 win gems.', 187200, '2024-06-24 00:00:00+00', true, 5000, 3, 'Weekend Blitz', 412, '2024-06-21 18:00:00+00', true),
  ('tourney_2024w26', true, 1, 0, '0 18 * * 5', '{"entry_fee": {"gems": 5}, "prizes": [50, 25, 10]}', '2024-06-21 12:00:00+00', 1, 'Best single-game score over the weekend. Top 3 win gems.', 187200, '2024-07-01 00:00:00+00', true, 5000, 3, 'Weekend Blitz', 398, '2024-06-28 18:00:00+00', true),
  ('tourney_spring_2024', true, 1, 2, NULL, '{"theme": "flowers", "prizes": [500, 250, 100]}', '2024-03-10 09:00:00+00', 2, 'Spring word hunt: flower words score double.', 1209600, '2024-04-05 00:00:00+00', true, 20000, 50, 'Spring Bloom Cup', 2118, '2024-03-22 00:00:00+00', true),
  ('tourney_summer_2024', true, 1, 2, NULL, '{"theme": "beach", "prizes": [500, 250, 100]}', '2024-06-01 09:00:00+00', 2, 'Summer word hunt: beach and sea words score double.', 1209600, '2024-07-12 00:00:00+00', true, 20000, 50, 'Summer Splash Cup', 1874, '2024-06-28 00:00:00+00', true),
  ('creators_cup_2024', true, 1, 0, NULL, '{"sponsor": "creator_program", "puzzle_pool": "featured"}', '2024-05-01 09:00:00+00', 3, 'Solve the best community puzzles of the month.', 2592000, '2024-06-30 23:59:59+00', false, 100000000, 10, 'Creators Cup', 960, '2024-06-01 00:00:00+00', false),
  ('halloween_2023', true, 1, 2, NULL, '{"theme": "spooky"}', '2023-10-15 09:00:00+00', 2, 'Spooky words only. Ends at midnight on Halloween.', 1036800, '2023-11-01 00:00:00+00', true, 20000, 50, 'Haunted Letters', 2409, '2023-10-20 00:00:00+00', false);

CREATE TABLE leaderboard_record (
    leaderboard_id varchar(128) NOT NULL, owner_id uuid NOT NULL, username varchar(128), score bigint NOT NULL DEFAULT 0, subscore bigint NOT NULL DEFAULT 0,
    num_score integer NOT NULL DEFAULT 1, metadata jsonb NOT NULL DEFAULT '{}', create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, expiry_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC', max_num_score integer NOT NULL DEFAULT 1000000,
    PRIMARY KEY (leaderboard_id, expiry_time, score, subscore, owner_id), UNIQUE (owner_id, leaderboard_id, expiry_time)
);
INSERT INTO leaderboard_record
SELECT l.id, p.uid, p.username,
       CASE WHEN l.id = 'daily_speed' THEN 40000 + fixture_gen.n('lrs' || l.id, p.i, 400000) WHEN l.id = 'alltime_words' THEN fixture_gen.n('lrs' || l.id, p.i, 90000) ELSE fixture_gen.n('lrs' || l.id, p.i, 25000) END,
       fixture_gen.n('lrss' || l.id, p.i, 100), 1 + fixture_gen.n('lrn' || l.id, p.i, least(l.max_num_score, 40)),
       jsonb_build_object('country', p.cc, 'best_word', fixture_gen.pick(ARRAY['QUIXOTIC', 'ZEPHYR', 'JUKEBOX', 'SPHINX', 'OXYGEN', 'WALTZ', 'BANJO', 'FJORD', 'KAYAK', 'VORTEX'], 'lrw', p.i), 'frame', CASE WHEN p.i % 5 = 0 THEN 'gold_quill' ELSE 'default' END),
       greatest(l.start_time, p.created), greatest(l.start_time, p.created) + make_interval(hours => fixture_gen.n('lru' || l.id, p.i, 48)),
       CASE l.id WHEN 'weekly_score' THEN timestamptz '2024-07-01 00:00:00+00' WHEN 'daily_speed' THEN timestamptz '2024-06-29 00:00:00+00' WHEN 'alltime_words' THEN '1970-01-01 00:00:00+00' ELSE l.end_time END, l.max_num_score
FROM leaderboard l JOIN ngen.p p ON p.i <= 1600 AND fixture_gen.n('lrp' || l.id, p.i, 100) < CASE l.id WHEN 'alltime_words' THEN 40 WHEN 'weekly_score' THEN 25 ELSE 9 END
WHERE l.id <> 'clan_weekly'
UNION ALL
SELECT 'clan_weekly', c.id, c.name, fixture_gen.n('lrcw', c.g, 90000), 0, 1, jsonb_build_object('members', (SELECT edge_count FROM groups WHERE id = c.id)), timestamptz '2024-06-24 00:10:00+00',
       timestamptz '2024-06-24 00:10:00+00' + make_interval(mins => fixture_gen.n('lrcu', c.g, 5000)), timestamptz '2024-07-01 00:00:00+00', 1000000
FROM ngen.clan c WHERE c.g % 4 <> 0;
UPDATE leaderboard_record SET update_time = '2024-06-28 12:00:00+00', create_time = least(create_time, '2024-06-28 12:00:00+00') WHERE update_time > '2024-06-28 12:00:00+00';

CREATE TABLE wallet_ledger (
    id uuid PRIMARY KEY, user_id uuid NOT NULL, changeset jsonb NOT NULL, metadata jsonb NOT NULL, create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO wallet_ledger
SELECT ngen.u('wl', k), p.uid,
       CASE r WHEN 0 THEN jsonb_build_object('coins', (ARRAY[500, 1200, 3000, 8000])[1 + k % 4]) WHEN 1 THEN jsonb_build_object('coins', -(ARRAY[50, 100, 150])[1 + k % 3])
              WHEN 2 THEN jsonb_build_object('gems', (ARRAY[5, 10, 20, 50])[1 + k % 4]) WHEN 3 THEN jsonb_build_object('hints', -1) WHEN 4 THEN jsonb_build_object('coins', 25 * (1 + k % 4))
              ELSE jsonb_build_object('gems', -5) END,
       CASE r WHEN 0 THEN jsonb_build_object('reason', 'iap', 'product_id', 'com.tidewell.letterfall.coins_' || (ARRAY[500, 1200, 3000, 8000])[1 + k % 4], 'store', CASE WHEN p.platform = 'ios' THEN 'apple' ELSE 'google' END)
              WHEN 1 THEN jsonb_build_object('reason', 'hint_purchase', 'level', 1 + fixture_gen.n('wll', k, 1200)) WHEN 2 THEN jsonb_build_object('reason', 'tournament_reward', 'leaderboard_id', 'tourney_2024w' || (18 + k % 7), 'rank', 1 + k % 3)
              WHEN 3 THEN jsonb_build_object('reason', 'hint_used', 'puzzle', 'daily-' || (date '2024-06-01' + k % 27)::text) WHEN 4 THEN jsonb_build_object('reason', 'daily_reward', 'streak', 1 + k % 30)
              ELSE jsonb_build_object('reason', 'tournament_entry', 'leaderboard_id', 'tourney_2024w' || (20 + k % 7)) END,
       t, t
FROM generate_series(1, 2200) k CROSS JOIN LATERAL (SELECT fixture_gen.n('wlr', k, 6) AS r, ngen.at('wlt', k, '2023-06-01', '2024-06-28 11:00') AS t) x
JOIN ngen.p p ON p.i = 1 + fixture_gen.n('wlu', k, 1600);

-- In-app purchases validated by Nakama (store 0 App Store, 1 Google Play; environment 2 production, 1 sandbox).
CREATE TABLE purchase (
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, environment smallint NOT NULL DEFAULT 0, product_id varchar(512) NOT NULL,
    purchase_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, raw_response jsonb NOT NULL DEFAULT '{}', store smallint NOT NULL DEFAULT 0,
    transaction_id varchar(512) PRIMARY KEY, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, user_id uuid NOT NULL,
    refund_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC'
);
CREATE TABLE ngen.pur AS
SELECT k, p.i, p.uid, p.cc, p.platform, CASE WHEN p.platform = 'ios' THEN 0 ELSE 1 END AS store,
       fixture_gen.pick(ARRAY['coins_500', 'coins_1200', 'coins_3000', 'coins_8000', 'gems_80', 'gems_250', 'starter_pack', 'remove_ads', 'hint_bundle_20', 'season_pass_s14'], 'pup', k) AS prod,
       ngen.at('put', k, '2021-05-01', '2024-06-28 10:00') AS t,
       CASE WHEN p.platform = 'ios' THEN '2000000' || (100000000 + fixture_gen.n('putx', k, 899999999))::text
            ELSE 'GPA.33' || fixture_gen.digits('pug1', k, 2) || '-' || fixture_gen.digits('pug2', k, 4) || '-' || fixture_gen.digits('pug3', k, 4) || '-' || fixture_gen.digits('pug4', k, 5) END AS tx
FROM generate_series(1, 950) k JOIN ngen.p p ON p.i = 4 * (1 + fixture_gen.n('puu', k, 400));
INSERT INTO purchase
SELECT t + interval '2 seconds', CASE WHEN k % 61 = 0 THEN 1 ELSE 2 END, 'com.tidewell.letterfall.' || prod, t,
       CASE WHEN store = 0 THEN jsonb_build_object('status', 0, 'environment', CASE WHEN k % 61 = 0 THEN 'Sandbox' ELSE 'Production' END, 'receipt', jsonb_build_object(
            'receipt_type', 'Production', 'bundle_id', 'com.tidewell.letterfall', 'application_version', (380 + k % 40)::text, 'download_id', 80000000000000 + fixture_gen.n('pudl', i, 999999999),
            'receipt_creation_date_ms', ((extract(epoch FROM t) * 1000)::bigint)::text, 'original_application_version', '1.0',
            'in_app', jsonb_build_array(jsonb_build_object('quantity', '1', 'product_id', 'com.tidewell.letterfall.' || prod, 'transaction_id', tx, 'original_transaction_id', tx,
              'purchase_date_ms', ((extract(epoch FROM t) * 1000)::bigint)::text, 'in_app_ownership_type', 'PURCHASED', 'is_trial_period', 'false'))))
            ELSE jsonb_build_object('kind', 'androidpublisher#productPurchase', 'purchaseTimeMillis', ((extract(epoch FROM t) * 1000)::bigint)::text, 'purchaseState', 0,
              'consumptionState', CASE WHEN prod = 'remove_ads' THEN 0 ELSE 1 END, 'developerPayload', '', 'orderId', tx, 'acknowledgementState', 1, 'regionCode', cc,
              'obfuscatedExternalAccountId', substr(encode(sha256(convert_to(uid::text, 'UTF8')), 'hex'), 1, 40), 'purchaseToken',
              fixture_gen.chars('puptk', k, 24, 'abcdefghijklmnopqrstuvwxyz') || '.AO-J1O' || translate(fixture_gen.b64('pupt2', k, 90), '+/=', '-_')) END,
       store, tx, t + interval '2 seconds', uid, CASE WHEN k % 37 = 0 THEN t + make_interval(days => 1 + k % 20) ELSE '1970-01-01 00:00:00+00' END
FROM ngen.pur ORDER BY k;

CREATE TABLE subscription (
    original_transaction_id varchar(512) PRIMARY KEY, user_id uuid NOT NULL, store smallint NOT NULL DEFAULT 0, product_id varchar(512) NOT NULL,
    purchase_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    environment smallint NOT NULL DEFAULT 0, expire_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC', raw_response jsonb NOT NULL DEFAULT '{}',
    raw_notification jsonb NOT NULL DEFAULT '{}', refund_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC'
);
INSERT INTO subscription
SELECT tx, uid, store, 'com.tidewell.letterfall.' || pr, t, t + interval '3 seconds', t + make_interval(days => 30 * (k % 6)), 2,
       t + make_interval(days => CASE WHEN pr = 'plus_yearly' THEN 365 ELSE 30 * (1 + k % 6) END),
       CASE WHEN store = 0 THEN jsonb_build_object('status', 0, 'environment', 'Production', 'latest_receipt_info', jsonb_build_array(jsonb_build_object('product_id', 'com.tidewell.letterfall.' || pr,
              'original_transaction_id', tx, 'transaction_id', (tx::bigint + k % 6)::text, 'expires_date_ms', ((extract(epoch FROM t + make_interval(days => 30 * (1 + k % 6))) * 1000)::bigint)::text,
              'subscription_group_identifier', '21034567', 'in_app_ownership_type', CASE WHEN k % 9 = 0 THEN 'FAMILY_SHARED' ELSE 'PURCHASED' END)),
              'pending_renewal_info', jsonb_build_array(jsonb_build_object('auto_renew_status', (k % 4 <> 0)::int::text, 'product_id', 'com.tidewell.letterfall.' || pr)))
            ELSE jsonb_build_object('kind', 'androidpublisher#subscriptionPurchaseV2', 'regionCode', cc, 'startTime', to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'latestOrderId', tx || '..' || (k % 6),
              'subscriptionState', CASE WHEN k % 4 = 0 THEN 'SUBSCRIPTION_STATE_CANCELED' ELSE 'SUBSCRIPTION_STATE_ACTIVE' END, 'acknowledgementState', 'ACKNOWLEDGEMENT_STATE_ACKNOWLEDGED',
              'externalAccountIdentifiers', jsonb_build_object('obfuscatedExternalAccountId', substr(encode(sha256(convert_to(uid::text, 'UTF8')), 'hex'), 1, 40)),
              'lineItems', jsonb_build_array(jsonb_build_object('productId', 'com.tidewell.letterfall.' || pr, 'expiryTime', to_char(t + make_interval(days => 30 * (1 + k % 6)), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))) END,
       CASE WHEN k % 3 = 0 THEN '{}'::jsonb WHEN store = 0 THEN jsonb_build_object('notificationType', CASE WHEN k % 4 = 0 THEN 'DID_CHANGE_RENEWAL_STATUS' ELSE 'DID_RENEW' END,
              'subtype', CASE WHEN k % 4 = 0 THEN 'AUTO_RENEW_DISABLED' ELSE '' END, 'notificationUUID', fixture_gen.uuid('sunu', k), 'version', '2.0',
              'data', jsonb_build_object('appAppleId', 1556432987, 'bundleId', 'com.tidewell.letterfall', 'bundleVersion', (380 + k % 40)::text, 'environment', 'Production', 'status', 1))
            ELSE jsonb_build_object('version', '1.0', 'packageName', 'com.tidewell.letterfall', 'eventTimeMillis', ((extract(epoch FROM t) * 1000)::bigint + 86400000 * (k % 6))::text,
              'subscriptionNotification', jsonb_build_object('version', '1.0', 'notificationType', CASE WHEN k % 4 = 0 THEN 3 ELSE 2 END, 'subscriptionId', 'com.tidewell.letterfall.' || pr)) END,
       CASE WHEN k % 41 = 0 THEN t + interval '5 days' ELSE '1970-01-01 00:00:00+00' END
FROM (SELECT k, p.uid, p.cc, CASE WHEN p.platform = 'ios' THEN 0 ELSE 1 END AS store, CASE WHEN k % 5 = 0 THEN 'plus_yearly' ELSE 'plus_monthly' END AS pr,
             ngen.at('sut', k, '2023-01-10', '2024-06-20') AS t,
             CASE WHEN p.platform = 'ios' THEN '2000000' || (100000000 + fixture_gen.n('sutx', k, 899999999))::text
                  ELSE 'GPA.33' || fixture_gen.digits('sug1', k, 2) || '-' || fixture_gen.digits('sug2', k, 4) || '-' || fixture_gen.digits('sug3', k, 4) || '-' || fixture_gen.digits('sug4', k, 5) END AS tx
      FROM generate_series(1, 160) k JOIN ngen.p p ON p.i = 10 * k - 3) s;
UPDATE subscription SET update_time = '2024-06-28 12:00:00+00' WHERE update_time > '2024-06-28 12:00:00+00';

-- Nakama console accounts of the studio's staff (role 1 admin, 2 developer, 3 maintainer, 4 read-only).
CREATE TABLE console_user (
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, disable_time timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00 UTC', email varchar(255) NOT NULL UNIQUE,
    id uuid PRIMARY KEY, metadata jsonb NOT NULL DEFAULT '{}', password bytea, role smallint NOT NULL DEFAULT 4, update_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    username varchar(128) NOT NULL UNIQUE, mfa_secret bytea, mfa_recovery_codes bytea, mfa_required boolean NOT NULL DEFAULT false
);
INSERT INTO console_user
SELECT p.created, CASE WHEN p.i = 9008 THEN timestamptz '2023-11-30 16:00:00+00' ELSE '1970-01-01 00:00:00+00' END, p.email, p.uid,
       jsonb_build_object('team', (ARRAY['liveops', 'backend', 'support', 'support', 'moderation', 'moderation', 'backend', 'data', 'support', 'moderation', 'finance', 'liveops', 'support', 'creator-relations'])[p.i - 9000]),
       convert_to(replace(fixture_gen.bcrypt('cpw', p.i), '$12$', '$10$'), 'UTF8'),
       (ARRAY[1, 2, 3, 3, 3, 3, 1, 4, 3, 3, 4, 2, 3, 3])[p.i - 9000], p.created + make_interval(days => fixture_gen.n('cupd', p.i, 300)), p.username,
       CASE WHEN p.i % 4 <> 3 THEN decode(fixture_gen.hexn('cmfa', p.i, 88), 'hex') END,
       CASE WHEN p.i % 4 <> 3 THEN decode(fixture_gen.hexn('cmfr', p.i, 320), 'hex') END, p.i % 4 <> 3
FROM ngen.p p WHERE p.i > 9000 ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Tidewell Games' own tables, in the same database.

-- fill: a template with a person's name {n}, phone {p} and email {e} put in.
CREATE FUNCTION ngen.fill(t text, n text, p text, e text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(t, '{n}', coalesce(n, 'them')), '{p}', coalesce(p, '')), '{e}', coalesce(e, '')) $$;

-- The age gate: answers kept since the 2022 consent flow; under-16s need a parent's email and consent.
CREATE TABLE player_consent (
    user_id uuid PRIMARY KEY, birth_date date NOT NULL, country_code char(2) NOT NULL, region_code varchar(8), consent_version varchar(16) NOT NULL,
    marketing_opt_in boolean NOT NULL DEFAULT false, analytics_opt_in boolean NOT NULL DEFAULT true, att_status varchar(20), parent_email varchar(255),
    parent_consent_at timestamptz, consent_ip inet, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
);
INSERT INTO player_consent
SELECT p.uid, p.birth, p.cc, CASE WHEN p.c IN ('us', 'br', 'mx', 'in', 'gb', 'de') THEN p.region END, CASE WHEN p.created < '2023-03-01' THEN '2022.1' ELSE '2023.2' END,
       p.i % 3 = 0 AND p.birth <= date '2008-06-30', p.i % 8 <> 0,
       CASE WHEN p.platform = 'ios' THEN fixture_gen.pick(ARRAY['authorized', 'denied', 'denied', 'denied', 'not_determined', 'restricted'], 'pcatt', p.i) END,
       CASE WHEN p.birth > date '2008-06-30' THEN ngen.fold(cu.firsts[1 + fixture_gen.n('pcpf', p.i, cardinality(cu.firsts))]) || '.' || ngen.fold(p.last) || '@' || fixture_gen.pick(cu.domains, 'pcpd', p.i) END,
       CASE WHEN p.birth > date '2008-06-30' AND p.i % 4 <> 0 THEN p.created + make_interval(hours => 1 + fixture_gen.n('pcpt', p.i, 70)) END,
       fixture_gen.ipv4('pcip', p.i)::inet, p.created + interval '40 seconds', p.created + make_interval(days => fixture_gen.n('pcup', p.i, 200))
FROM ngen.p p JOIN ngen.cu cu ON cu.c = p.c WHERE p.i <= 1600 AND p.created >= '2022-01-01';
UPDATE player_consent SET updated_at = '2024-06-28 12:00:00+00' WHERE updated_at > '2024-06-28 12:00:00+00';

-- Player reports from the in-game report button (chat lines, profiles, user-made puzzles, clans).
CREATE TABLE player_report (
    id bigserial PRIMARY KEY, reporter_id uuid NOT NULL, reported_id uuid NOT NULL, reported_username varchar(128) NOT NULL, reason_code varchar(32) NOT NULL,
    context varchar(16) NOT NULL, message_id uuid, group_id uuid, evidence_text text, reporter_comment text, status varchar(16) NOT NULL, assigned_to uuid,
    created_at timestamptz NOT NULL, resolved_at timestamptz, client_version varchar(16), platform varchar(8)
);
INSERT INTO player_report (reporter_id, reported_id, reported_username, reason_code, context, message_id, group_id, evidence_text, reporter_comment, status, assigned_to, created_at, resolved_at, client_version, platform)
SELECT rp.uid, m.suid, m.sname, x.reason, CASE WHEN m.mode = 3 THEN 'clan_chat' WHEN m.mode = 4 THEN 'dm' ELSE 'room' END, ngen.u('msg', m.k), CASE WHEN m.mode = 3 THEN m.subj END,
       ngen.fill(fixture_gen.pick(CASE x.reason
         WHEN 'harassment' THEN ARRAY['you are so dumb just uninstall already', 'nobody in this clan likes you {n}, leave', 'I know you live in Leeds, I''ll find you', 'shut up loser, go cry to your mum', 'keep losing lol, pathetic']
         WHEN 'sharing_personal_info' THEN ARRAY['whats your address? I''ll send you a gift', 'text me {p} or add me on snap', 'how old are you? send a pic', 'email me at {e} for free gems', 'her real name is {n}, she goes to my school']
         WHEN 'spam' THEN ARRAY['FREE 10000 GEMS >>> letterfall-gems.example/claim', 'join my clan join my clan join my clan', 'sell account lvl 900 cheap, dm me', 'visit gemz4u.example for unlimited coins']
         WHEN 'cheating' THEN ARRAY['[score 99999 in 4 seconds]', 'lol I use the solver app, can''t catch me', '[impossible word list submitted]']
         ELSE ARRAY['[offensive display name]', '[slur in chat, hidden by filter]', 'f*** you and your clan', 'racist remark about Turkish players'] END, 'prev', m.k),
         rp2.full_name, ngen.phone(rp2.c, 'prph', m.k), fixture_gen.email('prem', m.k)),
       CASE WHEN fixture_gen.n('prc?', m.k, 3) = 0 THEN NULL ELSE ngen.fill(fixture_gen.pick(ARRAY[
         'He keeps messaging me after I blocked him on the other account.', 'This person asked my daughter for her address. She is 11.', 'spam', 'bot',
         'Obvious cheater, no one solves that in 4 seconds.', 'Keeps posting links in the clan chat.', 'She said she knows where I live. Please do something.',
         'This is my ex, he made a new account to contact me. My name is {n} if you need it, my number is {p}.', 'Please check, he does this to everyone in global chat.',
         'I''m the clan leader, he shared another member''s phone number.', 'Reporting on behalf of my son, contact me at {e}.', 'rude', 'Racist comments'], 'prcm', m.k), rp.full_name, ngen.phone(rp.c, 'prcp', m.k), rp.email || '') END,
       x.status, CASE WHEN x.status <> 'open' THEN ngen.u('staff', (ARRAY[3, 4, 5, 6, 9, 10, 13])[1 + m.k % 7]) END, x.t,
       CASE WHEN x.status IN ('actioned', 'dismissed') THEN x.t + make_interval(hours => 1 + fixture_gen.n('prrt', m.k, 96)) END,
       '4.' || (6 + m.k % 7) || '.' || (m.k % 4), rp.platform
FROM ngen.msg m
JOIN ngen.p rp ON rp.i = 1 + (m.si + 17 + fixture_gen.n('prr', m.k, 1500)) % 1600
JOIN ngen.p rp2 ON rp2.i = 1 + fixture_gen.n('prr2', m.k, 1600)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['harassment', 'harassment', 'spam', 'sharing_personal_info', 'cheating', 'hate_speech', 'inappropriate_name'], 'prre', m.k) AS reason,
                           fixture_gen.pick(ARRAY['actioned', 'actioned', 'dismissed', 'dismissed', 'dismissed', 'open', 'in_review'], 'prst', m.k) AS status,
                           m.t + make_interval(mins => 2 + fixture_gen.n('prt', m.k, 600)) AS t) x
WHERE m.k % 9 = 4 ORDER BY x.t;

-- Moderation actions taken by the moderators (mutes, bans, forced renames, warnings).
CREATE TABLE moderation_action (
    id bigserial PRIMARY KEY, target_user_id uuid NOT NULL, action_type varchar(16) NOT NULL, reason_code varchar(32) NOT NULL, duration_seconds integer,
    issued_by uuid NOT NULL, issued_by_name varchar(128) NOT NULL, note text, report_id bigint, previous_display_name varchar(255), created_at timestamptz NOT NULL,
    expires_at timestamptz, revoked_at timestamptz, revoked_by uuid, appeal_status varchar(16) NOT NULL DEFAULT 'none'
);
INSERT INTO moderation_action (target_user_id, action_type, reason_code, duration_seconds, issued_by, issued_by_name, note, report_id, previous_display_name, created_at, expires_at, revoked_at, revoked_by, appeal_status)
SELECT r.reported_id, a.act, r.reason_code, a.dur, r.assigned_to, s.first || ' ' || substr(s.last, 1, 1) || '.',
       CASE WHEN fixture_gen.n('mac?', r.id, 4) = 0 THEN NULL ELSE ngen.fill(fixture_gen.pick(ARRAY[
         'Repeat offender, second mute this month. See ticket LF-' || (204000 + r.id)::text || '.', 'Shared a phone number ({p}) in clan chat, message removed.',
         'Parent ({n}) emailed support about this user, escalated to T&S lead.', 'Alt account of a banned player, same device id.', 'First offence, warning only.',
         'Display name contained a slur, forced rename.', 'Score injection confirmed by the anti-cheat job, leaderboard entries wiped.',
         'Sent a minor an email address ({e}) to move the chat off-platform. Permanent ban, reported to NCMEC per policy.', 'Spam links, bot-like behaviour.',
         'Called the reporter on {p}? Reporter says so, could not verify.'], 'macn', r.id), fixture_gen.full_name('macnm', r.id), fixture_gen.phone('macph', r.id), fixture_gen.email('macem', r.id)) END,
       r.id, CASE WHEN a.act = 'rename' THEN coalesce(tp.display_name, tp.first) END, r.resolved_at,
       CASE WHEN a.dur IS NOT NULL THEN r.resolved_at + make_interval(secs => a.dur) END,
       CASE WHEN r.id % 17 = 0 THEN r.resolved_at + interval '2 days' END, CASE WHEN r.id % 17 = 0 THEN ngen.u('staff', 1) END,
       CASE WHEN r.id % 5 = 0 THEN 'submitted' WHEN r.id % 17 = 0 THEN 'granted' ELSE 'none' END
FROM player_report r JOIN ngen.p s ON s.uid = r.assigned_to JOIN ngen.p tp ON tp.uid = r.reported_id
CROSS JOIN LATERAL (SELECT CASE r.reason_code WHEN 'inappropriate_name' THEN 'rename' WHEN 'cheating' THEN 'ban' WHEN 'spam' THEN 'mute' ELSE fixture_gen.pick(ARRAY['warn', 'mute', 'mute', 'ban'], 'maa', r.id) END AS act) a0
CROSS JOIN LATERAL (SELECT a0.act, CASE a0.act WHEN 'mute' THEN (ARRAY[3600, 86400, 604800])[1 + r.id % 3] WHEN 'ban' THEN CASE WHEN r.id % 3 = 0 THEN NULL ELSE 2592000 END END AS dur) a
WHERE r.status = 'actioned' ORDER BY r.id;

CREATE TABLE ban_appeal (
    id bigserial PRIMARY KEY, user_id uuid NOT NULL, moderation_action_id bigint NOT NULL, contact_email varchar(255), appeal_text text NOT NULL, decision varchar(16),
    decided_by uuid, decision_note text, created_at timestamptz NOT NULL, decided_at timestamptz
);
INSERT INTO ban_appeal (user_id, moderation_action_id, contact_email, appeal_text, decision, decided_by, decision_note, created_at, decided_at)
SELECT m.target_user_id, m.id, coalesce(p.email, fixture_gen.email('baem', m.id)),
       ngen.fill(fixture_gen.pick(ARRAY[
         'I was hacked, my little brother used my phone that day. Please give my account back, I have played since 2021.',
         'I didn''t say anything bad, the other person started it. You can check the whole chat.',
         'I''m sorry. It won''t happen again. I lost my 400 day streak because of this.',
         'My name is {n} and this is my real account, the rude messages came from my ex who knows my password. Call me on {p} if you need proof.',
         'That wasn''t cheating, I''m just really good with anagrams. I play competitive Scrabble in real life.',
         'Please unban, I paid for Letterfall Plus. Receipt was sent to {e}.',
         'why am i banned???', 'The link I shared was to our clan''s Discord, not spam.'], 'bat', m.id), p.full_name, ngen.phone(p.c, 'baph', m.id), coalesce(p.email, fixture_gen.email('baem', m.id))),
       CASE WHEN m.id % 7 = 0 THEN NULL WHEN m.appeal_status = 'granted' OR m.id % 4 = 0 THEN 'granted' ELSE 'denied' END,
       CASE WHEN m.id % 7 <> 0 THEN ngen.u('staff', 1 + m.id % 2 * 6) END,
       CASE WHEN m.id % 7 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['Upheld, chat logs show repeated abuse.', 'Lifted, first offence and credible compromise story.', 'Upheld. Same device as two earlier banned accounts.',
         'Lifted after the parent confirmed the account belongs to the child, password reset forced.', 'Upheld, anti-cheat evidence is clear.', 'Reduced to a 24h mute.'], 'badn', m.id) END,
       m.created_at + make_interval(hours => 2 + fixture_gen.n('bact', m.id, 100)), CASE WHEN m.id % 7 <> 0 THEN m.created_at + make_interval(hours => 30 + fixture_gen.n('badt', m.id, 200)) END
FROM moderation_action m JOIN ngen.p p ON p.uid = m.target_user_id WHERE m.action_type IN ('ban', 'mute') AND (m.appeal_status <> 'none' OR m.id % 3 = 0) ORDER BY m.id;

-- Support tickets (mirrored from the help desk) and their messages.
CREATE TABLE support_ticket (
    id bigserial PRIMARY KEY, ticket_number varchar(16) NOT NULL UNIQUE, user_id uuid, requester_email varchar(255) NOT NULL, requester_name varchar(255), subject varchar(255) NOT NULL,
    description text NOT NULL, category varchar(32) NOT NULL, priority varchar(8) NOT NULL, status varchar(16) NOT NULL, platform varchar(8), os_version varchar(32),
    app_version varchar(16), device_model varchar(64), locale varchar(10), zendesk_ticket_id bigint, assignee_id uuid, assignee_name varchar(128), satisfaction_rating smallint,
    created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, solved_at timestamptz
);
CREATE TABLE ngen.tk AS
SELECT k, p.i, p.uid, p.c, p.first, p.full_name, p.platform, p.lang, coalesce(p.email, fixture_gen.email('tkem', k)) AS email,
       fixture_gen.pick(ARRAY['lost_progress', 'lost_progress', 'purchase_missing', 'purchase_missing', 'refund', 'account_recovery', 'bug', 'bug', 'report_player', 'creator_program', 'feedback', 'delete_account'], 'tkc', k) AS cat,
       ngen.at('tkt', k, '2023-01-05', '2024-06-27 18:00') AS t, fixture_gen.pick(ARRAY['new', 'open', 'pending', 'solved', 'solved', 'solved', 'closed', 'closed'], 'tks', k) AS st
FROM generate_series(1, 420) k JOIN ngen.p p ON p.i = 1 + fixture_gen.n('tku', k, 1600);
INSERT INTO support_ticket (ticket_number, user_id, requester_email, requester_name, subject, description, category, priority, status, platform, os_version, app_version, device_model, locale,
                            zendesk_ticket_id, assignee_id, assignee_name, satisfaction_rating, created_at, updated_at, solved_at)
SELECT 'LF-' || (204000 + k)::text, CASE WHEN k % 11 = 0 THEN NULL ELSE uid END, email, CASE WHEN k % 6 = 0 THEN NULL WHEN k % 6 = 1 THEN first ELSE full_name END,
       fixture_gen.pick(CASE cat
         WHEN 'lost_progress' THEN ARRAY['Lost all my progress after changing phone', 'Level reset to 1??', 'progress gone', 'New iPhone, old account not there']
         WHEN 'purchase_missing' THEN ARRAY['Bought gems but did not receive them', 'Coins missing after purchase', 'Paid for Letterfall Plus, still see ads']
         WHEN 'refund' THEN ARRAY['Refund request', 'My son bought coins without permission', 'Charged twice']
         WHEN 'account_recovery' THEN ARRAY['Can''t log in', 'Forgot which email I used', 'Account hacked']
         WHEN 'bug' THEN ARRAY['Game freezes on level 412', 'Keyboard covers the tiles', 'Daily puzzle not loading', 'Crash when opening clan chat']
         WHEN 'report_player' THEN ARRAY['Someone is harassing me', 'Player sharing my personal info', 'Cheater on the weekly board']
         WHEN 'creator_program' THEN ARRAY['Payout not received', 'How do I fill the tax form?', 'Change payout method', 'My puzzle was rejected']
         WHEN 'delete_account' THEN ARRAY['Delete my account', 'Please remove all my data']
         ELSE ARRAY['Suggestion: more themes', 'Love the game!', 'Please add Finnish dictionary'] END, 'tksub', k),
       ngen.fill(fixture_gen.pick(CASE cat
         WHEN 'lost_progress' THEN ARRAY['I got a new phone and now the game starts from level 1. I was on level 800 with 3 stars everywhere. My username was the same. Please help!!',
           'Hi, this is {n}. I reinstalled the app and my progress is gone. I used to log in with Facebook. My old phone number was {p} if that helps.',
           'progress reset after update. please restore.', 'I switched from Android to iPhone. Old account email {e}.']
         WHEN 'purchase_missing' THEN ARRAY['I paid 9.99 for 250 gems yesterday and nothing arrived. Order GPA.3398-2214-5512-40017.', 'Bought the starter pack twice, got it once. Receipt attached.',
           'Hello, I subscribed to Letterfall Plus but still see ads. Apple receipt sent to {e}.']
         WHEN 'refund' THEN ARRAY['My 9 year old bought 3000 coins on my card without asking. Can I get a refund? I''m {n}, the card holder.',
           'I was charged twice for the same pack, please refund one.', 'Requesting a refund for the season pass, the event ended early.']
         WHEN 'account_recovery' THEN ARRAY['I can''t remember which email I signed up with. Maybe {e}? My display name is {n}.', 'Someone changed my password and email. Please call me {p}.',
           'Login with Apple says account not found.']
         WHEN 'bug' THEN ARRAY['The game freezes every time I open level 412. Samsung A52, Android 13.', 'The keyboard covers the bottom row of tiles on my iPad mini.',
           'Daily puzzle stuck on loading since this morning.', 'App crashes when I open the clan chat. Reinstalled twice.']
         WHEN 'report_player' THEN ARRAY['A player keeps sending me messages after I blocked them. Their name is {n}.', 'Someone posted my phone number {p} in the global chat. Please remove it!',
           'There is a cheater at the top of the weekly leaderboard with impossible scores.']
         WHEN 'creator_program' THEN ARRAY['My May payout has not arrived in PayPal ({e}). Can you check?', 'Which tax form do I need as a creator living in Germany?',
           'I want to switch my payout from PayPal to bank transfer.', 'Why was my puzzle "Kitchen Chaos" rejected? It has no bad words.']
         WHEN 'delete_account' THEN ARRAY['Please delete my account and all data. {e}', 'I want my data removed under GDPR. My name is {n}.']
         ELSE ARRAY['More themes please! Maybe a space theme.', 'Best word game ever, my whole family plays.', 'Could you add a Finnish dictionary? Kiitos!'] END, 'tkdesc', k),
         full_name, ngen.phone(c, 'tkph', k), email),
       cat, CASE WHEN cat IN ('refund', 'account_recovery', 'report_player') THEN 'high' WHEN cat = 'feedback' THEN 'low' ELSE 'normal' END, st, platform,
       CASE WHEN platform = 'ios' THEN 'iOS ' || fixture_gen.pick(ARRAY['16.7.8', '17.4.1', '17.5.1', '15.8.2'], 'tkos', k) ELSE 'Android ' || fixture_gen.pick(ARRAY['12', '13', '14', '11'], 'tkos', k) END,
       '4.' || (6 + k % 7) || '.' || (k % 4),
       CASE WHEN platform = 'ios' THEN fixture_gen.pick(ARRAY['iPhone14,2', 'iPhone15,3', 'iPhone12,1', 'iPad13,18', 'iPhone13,2'], 'tkdm', k) ELSE fixture_gen.pick(ARRAY['SM-A525F', 'SM-S911B', 'Pixel 7', 'Redmi Note 12', 'moto g54 5G', 'CPH2491'], 'tkdm', k) END,
       lang, 88000000 + k * 37, CASE WHEN st <> 'new' THEN ngen.u('staff', (ARRAY[3, 4, 9, 13, 14])[1 + k % 5]) END,
       CASE WHEN st <> 'new' THEN (ARRAY['Aino Mäkelä', 'Juho Korhonen', 'Venla Nieminen', 'Hanna Berg', 'Kwame Mensah'])[1 + k % 5] END,
       CASE WHEN st IN ('solved', 'closed') AND k % 3 = 0 THEN 1 + fixture_gen.n('tksat', k, 5) END,
       t, t + make_interval(hours => fixture_gen.n('tkup', k, 200)), CASE WHEN st IN ('solved', 'closed') THEN t + make_interval(hours => 1 + fixture_gen.n('tkup', k, 200)) END
FROM ngen.tk ORDER BY k;

CREATE TABLE support_ticket_message (
    id bigserial PRIMARY KEY, ticket_id bigint NOT NULL, author_type varchar(8) NOT NULL, author_id uuid, from_address varchar(255), body text NOT NULL,
    is_internal boolean NOT NULL DEFAULT false, attachment_keys text[], created_at timestamptz NOT NULL, via_channel varchar(8) NOT NULL
);
INSERT INTO support_ticket_message (ticket_id, author_type, author_id, from_address, body, is_internal, attachment_keys, created_at, via_channel)
SELECT t.id, CASE WHEN j = 1 OR j = 3 THEN 'player' WHEN j = 2 AND t.id % 5 = 0 THEN 'system' ELSE 'agent' END,
       CASE WHEN j IN (1, 3) THEN t.user_id WHEN j = 2 AND t.id % 5 = 0 THEN NULL ELSE t.assignee_id END,
       CASE WHEN j IN (1, 3) AND t.id % 3 = 0 THEN t.requester_email WHEN j IN (2, 4) AND t.id % 5 <> 0 AND t.id % 3 = 0 THEN 'support@letterfall.example' END,
       CASE WHEN j = 1 THEN t.description
            WHEN j = 2 AND t.id % 5 = 0 THEN 'This is an automated reply: we received your request ' || t.ticket_number || ' and will get back to you within 48 hours.'
            WHEN j = 2 THEN 'Hi ' || coalesce(split_part(t.requester_name, ' ', 1), 'there') || ', thanks for reaching out! ' || fixture_gen.pick(ARRAY[
              'Could you send us your player ID from Settings > Account so we can look up your progress?', 'I have restored your purchase, please restart the app.',
              'We''ve refunded the duplicate charge, it can take 5-10 days to show.', 'I''ve escalated this to our trust & safety team.', 'Our engineers are looking into this crash.'], 'stmb', t.id) || ' Best, ' || coalesce(split_part(t.assignee_name, ' ', 1), 'Letterfall Support')
            WHEN j = 3 THEN ngen.fill(fixture_gen.pick(ARRAY['Thanks, it works now!', 'My player ID is ' || upper(substr(coalesce(t.user_id, ngen.u('stmx', t.id))::text, 1, 8)) || '. Username is the same as before.', 'Still not fixed.',
              'Here is a screenshot of the receipt. The card is in my husband''s name, {n}.', 'You can reach me at {p} during the day.', 'ok thank you'], 'stmp', t.id), fixture_gen.full_name('stmn', t.id), fixture_gen.phone('stmp', t.id), NULL)
            ELSE fixture_gen.pick(ARRAY['Internal: verified receipt in the console, granted 250 gems manually.', 'Internal: linked old device account to new one, merged progress.',
              'Internal: player is 12 per age gate, parent consent on file.', 'Internal: refund approved by finance (Marta).', 'Internal: possible account takeover, forced password reset.'], 'stmi', t.id) END,
       j = 4, CASE WHEN j IN (1, 3) AND t.id % 4 = 0 THEN ARRAY['tickets/' || t.ticket_number || '/' || fixture_gen.pick(ARRAY['IMG_', 'Screenshot_2024', 'receipt_'], 'stma', t.id * 10 + j) || fixture_gen.digits('stmd', t.id * 10 + j, 4) || '.png'] END,
       t.created_at + make_interval(hours => (j - 1) * (2 + fixture_gen.n('stmt', t.id * 10 + j, 30))),
       CASE WHEN t.id % 3 = 0 THEN 'email' ELSE 'in_app' END
FROM support_ticket t CROSS JOIN generate_series(1, 4) j
WHERE j = 1 OR (j = 2 AND t.status <> 'new') OR (j = 3 AND t.status <> 'new' AND t.id % 2 = 0) OR (j = 4 AND t.status IN ('solved', 'closed') AND t.id % 3 = 1)
ORDER BY t.id, j;

-- Referral codes players share in invite links, and their redemptions by new installs.
CREATE TABLE referral_code (
    code varchar(16) PRIMARY KEY, owner_id uuid NOT NULL, campaign varchar(32) NOT NULL, reward_coins integer NOT NULL, uses_count integer NOT NULL DEFAULT 0,
    max_uses integer, share_channel varchar(16), created_at timestamptz NOT NULL, disabled_at timestamptz
);
INSERT INTO referral_code
SELECT 'LF' || fixture_gen.chars('rfc', p.i, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), p.uid, CASE WHEN p.created < '2023-01-01' THEN 'invite_v1' WHEN p.i % 9 = 0 THEN 'summer_2024_double' ELSE 'invite_v2' END,
       CASE WHEN p.i % 9 = 0 THEN 400 ELSE 200 END, 0, CASE WHEN p.i % 4 = 0 THEN 50 END, fixture_gen.pick(ARRAY['whatsapp', 'sms', 'copy_link', 'facebook', 'instagram', 'line', NULL], 'rfch', p.i),
       p.created + make_interval(days => 1 + fixture_gen.n('rfct', p.i, 30)), CASE WHEN p.i % 89 = 0 THEN ngen.at('adis', p.i, '2024-01-01', '2024-06-25') END
FROM ngen.p p WHERE p.i <= 1600 AND p.i % 3 <> 1;

CREATE TABLE referral_redemption (
    id bigserial PRIMARY KEY, code varchar(16) NOT NULL, referrer_id uuid NOT NULL, referee_id uuid NOT NULL, device_id varchar(128), ip_address inet,
    install_source varchar(32), fraud_score numeric(4, 3), reward_status varchar(16) NOT NULL, redeemed_at timestamptz NOT NULL
);
INSERT INTO referral_redemption (code, referrer_id, referee_id, device_id, ip_address, install_source, fraud_score, reward_status, redeemed_at)
SELECT rc.code, rc.owner_id, e.uid, d.did, CASE WHEN q % 13 = 0 THEN fixture_gen.ipv6('rrip', q) ELSE fixture_gen.ipv4('rrip', q) END::inet,
       fixture_gen.pick(ARRAY['app_store', 'google_play', 'branch_link', 'branch_link', 'qr_code'], 'rrsrc', q), round((fixture_gen.n('rrfs', q, 1000) / 1000.0) ^ 3, 3),
       CASE WHEN q % 19 = 0 THEN 'rejected_fraud' WHEN q % 7 = 0 THEN 'pending' ELSE 'granted' END, greatest(e.created, rc.created_at) + make_interval(mins => 5 + fixture_gen.n('rrt', q, 90))
FROM generate_series(1, 650) q
JOIN ngen.p e ON e.i = 1 + fixture_gen.n('rre', q, 1600)
JOIN (SELECT r.*, row_number() OVER (ORDER BY r.code) AS rn FROM referral_code r) rc ON rc.rn = 1 + fixture_gen.n('rrc', q, (SELECT count(*) FROM referral_code)::int) AND rc.owner_id <> e.uid
LEFT JOIN ngen.dev d ON d.i = e.i AND d.dk = 1
ORDER BY 9;
UPDATE referral_code r SET uses_count = c.n FROM (SELECT code, count(*) AS n FROM referral_redemption WHERE reward_status <> 'rejected_fraud' GROUP BY code) c WHERE c.code = r.code;

-- Analytics: client sessions with device, advertising id, IP and its GeoIP answer, and their events.
CREATE FUNCTION ngen.model(platform text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN platform = 'ios' THEN fixture_gen.pick(ARRAY['iPhone14,2', 'iPhone15,3', 'iPhone12,1', 'iPad13,18', 'iPhone13,2', 'iPhone14,7', 'iPhone16,1', 'iPhone11,8'], 'mdl', i)
              ELSE fixture_gen.pick(ARRAY['SM-A525F', 'SM-S911B', 'Pixel 7', '23021RAAEG', 'moto g54 5G', 'CPH2491', 'SM-A145R', 'M2101K6G', 'SM-G991B', 'V2207'], 'mdl', i) END
$$;
CREATE FUNCTION ngen.os(platform text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN platform = 'ios' THEN fixture_gen.pick(ARRAY['16.7.8', '17.4.1', '17.5.1', '15.8.2', '17.3'], 'osv', i) ELSE fixture_gen.pick(ARRAY['11', '12', '13', '13', '14', '14'], 'osv', i) END
$$;
CREATE FUNCTION ngen.ua(platform text, i bigint, build int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN platform = 'ios' THEN 'Letterfall/' || build || ' CFNetwork/' || fixture_gen.pick(ARRAY['1410.1 Darwin/22.6.0', '1494.0.7 Darwin/23.4.0', '1496.0.7 Darwin/23.5.0', '1335.0.3.4 Darwin/21.6.0'], 'uacf', i)
              ELSE 'Dalvik/2.1.0 (Linux; U; Android ' || ngen.os(platform, i) || '; ' || ngen.model(platform, i) || ' Build/' || fixture_gen.pick(ARRAY['TP1A.220624.014', 'UP1A.231005.007', 'SP1A.210812.016', 'RKQ1.211119.001'], 'uabd', i) || ')' END
$$;
CREATE TABLE analytics_session (
    session_id uuid PRIMARY KEY, user_id uuid NOT NULL, device_id varchar(128) NOT NULL, advertising_id varchar(64), ip_address inet, country_code char(2), region_code varchar(8),
    city varchar(128), latitude double precision, longitude double precision, platform varchar(8) NOT NULL, os_version varchar(16), device_model varchar(64), app_version varchar(16),
    user_agent text, locale varchar(10), network_type varchar(8), install_source varchar(32), started_at timestamptz NOT NULL, ended_at timestamptz, duration_seconds integer,
    puzzles_played integer NOT NULL DEFAULT 0, coins_spent integer NOT NULL DEFAULT 0, ad_impressions integer NOT NULL DEFAULT 0
);
INSERT INTO analytics_session
SELECT ngen.u('ases', k), p.uid, d.did,
       CASE WHEN p.platform = 'ios' AND fixture_gen.n('asatt', p.i, 10) < 3 THEN upper(fixture_gen.uuid('idfa', p.i)) WHEN p.platform = 'ios' THEN '00000000-0000-0000-0000-000000000000'
            WHEN p.i % 9 = 0 THEN NULL ELSE fixture_gen.uuid('gaid', p.i) END,
       CASE WHEN k % 17 = 0 THEN fixture_gen.ipv6('asip', k) ELSE fixture_gen.ipv4('asip', p.i * 7 + k % 3) END::inet,
       CASE WHEN k % 23 = 0 THEN fixture_gen.pick(ARRAY['ES', 'PT', 'TH', 'US', 'GB', 'AE'], 'astrv', k) ELSE p.cc END, CASE WHEN k % 23 = 0 THEN NULL ELSE p.region END,
       CASE WHEN k % 23 = 0 THEN NULL ELSE p.city END, CASE WHEN k % 23 = 0 THEN NULL ELSE round(p.lat::numeric, 4)::float8 END, CASE WHEN k % 23 = 0 THEN NULL ELSE round(p.lon::numeric, 4)::float8 END,
       p.platform, ngen.os(p.platform, p.i), ngen.model(p.platform, p.i), '4.' || (6 + x.v) || '.' || (k % 4), ngen.ua(p.platform, p.i, 4060 + x.v * 10 + k % 4), p.lang,
       fixture_gen.pick(ARRAY['wifi', 'wifi', 'wifi', 'cell', 'cell'], 'asnet', k), fixture_gen.pick(ARRAY['organic', 'organic', 'apple_search_ads', 'google_ads_uac', 'meta_ads', 'referral', 'tiktok_ads'], 'asis', p.i),
       x.t, x.t + make_interval(secs => x.dur), x.dur, x.dur / 160, CASE WHEN k % 4 = 0 THEN 50 * (1 + k % 5) ELSE 0 END, CASE WHEN k % 3 = 0 THEN 0 ELSE x.dur / 300 END
FROM generate_series(1, 3000) k
JOIN ngen.p p ON p.i = 1 + fixture_gen.n('asu', k, 1600)
JOIN ngen.dev d ON d.i = p.i AND d.dk = 1
CROSS JOIN LATERAL (SELECT least(6, fixture_gen.n('asv', k, 7)) AS v, ngen.at('ast', k, greatest(p.created, '2024-03-01'), '2024-06-28 11:00') AS t, 30 + fixture_gen.n('asdur', k, 2400) AS dur) x
ORDER BY x.t;

CREATE TABLE analytics_event (
    id bigserial PRIMARY KEY, session_id uuid NOT NULL, user_id uuid NOT NULL, event_name varchar(64) NOT NULL, event_time timestamptz NOT NULL, params jsonb NOT NULL DEFAULT '{}',
    client_ts_ms bigint
);
INSERT INTO analytics_event (session_id, user_id, event_name, event_time, params, client_ts_ms)
SELECT s.session_id, s.user_id, e.name, e.t,
       CASE e.name WHEN 'level_start' THEN jsonb_build_object('level', 1 + fixture_gen.n('aelv', q, 1200), 'mode', 'campaign')
                   WHEN 'level_complete' THEN jsonb_build_object('level', 1 + fixture_gen.n('aelv', q, 1200), 'stars', 1 + q % 3, 'score', fixture_gen.n('aesc', q, 5000), 'time_ms', 20000 + fixture_gen.n('aetm', q, 200000))
                   WHEN 'hint_used' THEN jsonb_build_object('level', 1 + fixture_gen.n('aelv', q, 1200), 'hint_type', fixture_gen.pick(ARRAY['reveal_letter', 'shuffle', 'reveal_word'], 'aeht', q))
                   WHEN 'iap_view' THEN jsonb_build_object('placement', fixture_gen.pick(ARRAY['shop', 'out_of_coins', 'season_pass_banner'], 'aepl', q))
                   WHEN 'ad_watched' THEN jsonb_build_object('network', fixture_gen.pick(ARRAY['applovin', 'unity_ads', 'ironsource'], 'aean', q), 'reward', 'coins_25', 'ecpm_usd', round((fixture_gen.n('aeec', q, 3000) / 100.0)::numeric, 2))
                   WHEN 'tournament_join' THEN jsonb_build_object('leaderboard_id', 'tourney_2024w' || (20 + q % 7), 'entry_fee_gems', 5)
                   WHEN 'ugc_puzzle_play' THEN jsonb_build_object('puzzle_id', fixture_gen.uuid('puz', 1 + fixture_gen.n('aepz', q, 400)), 'source', 'browse')
                   ELSE jsonb_build_object('screen', fixture_gen.pick(ARRAY['home', 'clan', 'friends', 'settings', 'daily'], 'aesc', q)) END,
       (extract(epoch FROM e.t) * 1000)::bigint - fixture_gen.n('aeskew', q, 4000)
FROM generate_series(1, 2600) q
JOIN (SELECT session_id, user_id, started_at, duration_seconds, row_number() OVER (ORDER BY session_id) AS rn FROM analytics_session) s ON s.rn = 1 + fixture_gen.n('aes', q, 3000)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['level_start', 'level_start', 'level_complete', 'level_complete', 'hint_used', 'iap_view', 'ad_watched', 'tournament_join', 'ugc_puzzle_play', 'screen_view', 'screen_view'], 'aen', q) AS name,
                           s.started_at + make_interval(secs => fixture_gen.n('aet', q, greatest(1, s.duration_seconds))) AS t) e
ORDER BY e.t;

-- Sign-in events written by the studio's before-authenticate hooks.
CREATE TABLE auth_event (
    id bigserial PRIMARY KEY, user_id uuid, method varchar(16) NOT NULL, success boolean NOT NULL, failure_reason varchar(64), ip_address inet, device_id varchar(128),
    user_agent text, geo_country char(2), created_at timestamptz NOT NULL
);
INSERT INTO auth_event (user_id, method, success, failure_reason, ip_address, device_id, user_agent, geo_country, created_at)
SELECT CASE WHEN x.fail AND q % 3 = 0 THEN NULL ELSE a.uid END, x.m, NOT x.fail,
       CASE WHEN NOT x.fail THEN NULL WHEN x.m = 'email' THEN fixture_gen.pick(ARRAY['invalid_credentials', 'invalid_credentials', 'account_not_found'], 'aefr', q) WHEN a.disable_time > '1971-01-01' THEN 'account_disabled' ELSE 'provider_token_invalid' END,
       fixture_gen.ipv4('asip', a.i * 7 + q % 3)::inet, d.did, ngen.ua(a.platform, a.i, 4060 + q % 7 * 10), CASE WHEN q % 29 = 0 THEN 'US' ELSE a.cc END,
       ngen.at('aet', q, greatest(a.created, '2024-01-01'), '2024-06-28 11:00')
FROM generate_series(1, 2000) q
JOIN (SELECT ac.*, u.disable_time FROM ngen.acct ac JOIN users u ON u.id = ac.uid) a ON a.i = 1 + fixture_gen.n('aeu', q, 1600)
JOIN ngen.dev d ON d.i = a.i AND d.dk = 1
CROSS JOIN LATERAL (SELECT CASE WHEN a.email IS NOT NULL AND q % 3 = 0 THEN 'email' WHEN a.ap IS NOT NULL AND q % 2 = 0 THEN 'apple' WHEN a.go IS NOT NULL AND q % 2 = 0 THEN 'google'
                                WHEN a.gc IS NOT NULL THEN 'gamecenter' WHEN a.fb IS NOT NULL AND q % 2 = 1 THEN 'facebook' ELSE 'device' END AS m, fixture_gen.n('aef', q, 100) < 6 AS fail) x
ORDER BY 9;

-- Password resets for email accounts (the studio's own RPC: the mailed token is kept hashed).
CREATE TABLE password_reset (
    id bigserial PRIMARY KEY, user_id uuid NOT NULL, email varchar(255) NOT NULL, token_hash char(64) NOT NULL, created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL,
    used_at timestamptz, request_ip inet
);
INSERT INTO password_reset (user_id, email, token_hash, created_at, expires_at, used_at, request_ip)
SELECT p.uid, p.email, encode(sha256(convert_to(ngen.rnd('prtok', q, 43), 'UTF8')), 'hex'), x.t, x.t + interval '1 hour', CASE WHEN q % 3 <> 0 THEN x.t + make_interval(mins => 2 + q % 50) END,
       fixture_gen.ipv4('asip', p.i * 7 + q % 3)::inet
FROM generate_series(1, 130) q
JOIN (SELECT i, uid, email, created, row_number() OVER (ORDER BY i) AS rn FROM ngen.p WHERE email IS NOT NULL AND i <= 1600) p ON p.rn = 1 + fixture_gen.n('prpu', q, 600)
CROSS JOIN LATERAL (SELECT ngen.at('prt', q, greatest(p.created, '2023-01-01'), '2024-06-28 11:00') AS t) x
ORDER BY x.t;

-- The studio's push service registry (kept before Nakama stored push tokens, still the one that sends).
CREATE TABLE push_token (
    id bigserial PRIMARY KEY, user_id uuid NOT NULL, platform varchar(8) NOT NULL, token varchar(512) NOT NULL UNIQUE, apns_environment varchar(12), app_version varchar(16),
    locale varchar(10), timezone varchar(64), enabled boolean NOT NULL DEFAULT true, last_sent_at timestamptz, last_error varchar(64), created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
);
INSERT INTO push_token (user_id, platform, token, apns_environment, app_version, locale, timezone, enabled, last_sent_at, last_error, created_at, updated_at)
SELECT d.uid, d.platform, CASE WHEN d.platform = 'ios' THEN d.tok_ios ELSE d.tok_android END, CASE WHEN d.platform = 'ios' THEN CASE WHEN d.i % 97 = 1 THEN 'sandbox' ELSE 'production' END END,
       '4.' || (6 + d.i % 7) || '.' || (d.i % 4), p.lang, p.tz, d.i % 7 <> 0 AND d.i % 13 <> 0,
       CASE WHEN d.i % 7 <> 0 THEN ngen.at('ptls', d.i * 10 + d.dk, '2024-05-01', '2024-06-28 07:00') END,
       CASE WHEN d.i % 13 = 0 THEN fixture_gen.pick(ARRAY['Unregistered', 'BadDeviceToken', 'messaging/registration-token-not-registered'], 'ptle', d.i) END,
       d.created + interval '1 minute', d.created + make_interval(days => fixture_gen.n('ptup', d.i * 10 + d.dk, 500))
FROM ngen.dev d JOIN ngen.p p ON p.i = d.i ORDER BY d.created;
UPDATE push_token SET updated_at = '2024-06-28 12:00:00+00' WHERE updated_at > '2024-06-28 12:00:00+00';

-- The creator program: players who build puzzles and are paid a share of what their puzzles earn.
CREATE TABLE creator_profile (
    user_id uuid PRIMARY KEY, legal_name varchar(255) NOT NULL, payout_email varchar(255) NOT NULL, date_of_birth date, address_line1 varchar(255), address_line2 varchar(255),
    city varchar(128), postal_code varchar(16), state_region varchar(64), country_code char(2) NOT NULL, phone varchar(32), tax_form_type varchar(8), tax_id varchar(32),
    vat_number varchar(20), payout_method varchar(8) NOT NULL, paypal_email varchar(255), iban varchar(34), bic varchar(11), bank_account_holder varchar(255),
    bank_routing_number varchar(16), bank_account_number varchar(34), wise_recipient_id bigint, revenue_share_pct numeric(5, 2) NOT NULL, status varchar(16) NOT NULL, bio text,
    approved_at timestamptz, approved_by uuid, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
);
CREATE TABLE ngen.cr AS
SELECT p.*, CASE WHEN p.c = 'us' THEN CASE WHEN p.i % 50 = 0 THEN 'paypal' ELSE 'ach' END WHEN p.c IN ('de', 'fr', 'es', 'fi', 'se', 'pl') THEN CASE WHEN p.i % 75 = 0 THEN 'paypal' ELSE 'sepa' END
                 WHEN p.c IN ('in', 'br', 'mx', 'ng', 'tr', 'id') AND p.i % 2 = 0 THEN 'wise' ELSE 'paypal' END AS pm,
       coalesce(p.email, ngen.fold(p.first) || '.' || ngen.fold(p.last) || '.puzzles@gmail.com') AS pe,
       CASE WHEN p.i % 10 = 5 THEN 'pending_review' WHEN p.i = 1150 THEN 'suspended' ELSE 'active' END AS st
FROM ngen.p p WHERE p.i <= 1600 AND p.i % 25 = 0 AND p.birth <= date '2006-06-01';
INSERT INTO creator_profile
SELECT r.uid, CASE WHEN r.c = 'br' THEN r.first || ' ' || fixture_gen.pick(ARRAY['Aparecida', 'Cristina', 'Henrique', 'Augusto'], 'crmid', r.i) || ' ' || r.last WHEN r.c = 'mx' THEN r.full_name || ' ' || fixture_gen.last_name('crml', r.i) ELSE r.full_name END,
       r.pe, r.birth, ngen.street(r.c, 'crst', r.i), CASE WHEN r.i % 4 = 0 AND r.c IN ('us', 'gb') THEN 'c/o ' || fixture_gen.full_name('crco', r.i) WHEN r.c = 'us' AND r.i % 3 = 1 THEN 'Unit ' || (1 + r.i % 30) END,
       r.city, ngen.zip(r.c, 'crzip', r.i), CASE WHEN r.c IN ('us', 'br', 'mx', 'in') THEN r.region END, r.cc, CASE WHEN r.i % 6 <> 0 THEN ngen.phone(r.c, 'crph', r.i) END,
       CASE WHEN r.st = 'pending_review' AND r.i % 20 = 5 THEN NULL WHEN r.c = 'us' THEN 'W-9' ELSE 'W-8BEN' END,
       CASE WHEN r.st = 'pending_review' AND r.i % 20 = 5 THEN NULL WHEN r.c = 'us' THEN fixture_gen.ssn('crssn', r.i) WHEN r.c = 'in' THEN fixture_gen.pan('crpan', r.i) WHEN r.c = 'br' THEN fixture_gen.cpf('crcpf', r.i)
            WHEN r.c = 'gb' THEN fixture_gen.nino('crnino', r.i) WHEN r.c = 'de' THEN (1 + fixture_gen.n('crstid', r.i, 9))::text || fixture_gen.digits('crstid', r.i, 10) END,
       CASE WHEN r.c IN ('de', 'fr') AND r.i % 2 = 0 THEN fixture_gen.vat('crvat', CASE WHEN r.c = 'de' THEN 3 * r.i ELSE 3 * r.i + 1 END) END,
       r.pm, CASE WHEN r.pm = 'paypal' THEN CASE WHEN r.i % 2 = 0 THEN r.pe ELSE ngen.fold(r.first) || ngen.fold(r.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com'], 'crpp', r.i) END END,
       CASE WHEN r.pm = 'sepa' THEN CASE r.c WHEN 'de' THEN fixture_gen.iban('DE', fixture_gen.digits('criban', r.i, 18)) WHEN 'fr' THEN fixture_gen.iban('FR', fixture_gen.digits('criban', r.i, 23))
            WHEN 'es' THEN fixture_gen.iban('ES', fixture_gen.digits('criban', r.i, 20)) WHEN 'fi' THEN fixture_gen.iban('FI', fixture_gen.digits('criban', r.i, 14))
            WHEN 'pl' THEN fixture_gen.iban('PL', fixture_gen.digits('criban', r.i, 24)) ELSE fixture_gen.iban('SE', fixture_gen.digits('criban', r.i, 20)) END END,
       CASE WHEN r.pm = 'sepa' THEN CASE r.c WHEN 'de' THEN 'COBADEFFXXX' WHEN 'fr' THEN 'BNPAFRPPXXX' WHEN 'es' THEN 'CAIXESBBXXX' WHEN 'fi' THEN 'NDEAFIHH' WHEN 'pl' THEN 'BPKOPLPW' ELSE 'ESSESESS' END END,
       CASE WHEN r.pm IN ('sepa', 'ach', 'wise') THEN upper(r.full_name) END,
       CASE WHEN r.pm = 'ach' THEN fixture_gen.pick(ARRAY['021000021', '026009593', '121000358', '111000025', '071000013'], 'craba', r.i) WHEN r.pm = 'wise' AND r.c = 'in' THEN fixture_gen.pick(ARRAY['HDFC0001234', 'ICIC0000456', 'SBIN0004321'], 'crifsc', r.i) END,
       CASE WHEN r.pm = 'ach' THEN fixture_gen.digits('cracct', r.i, 10 + r.i % 3) WHEN r.pm = 'wise' AND r.c = 'in' THEN fixture_gen.digits('cracct', r.i, 14) END,
       CASE WHEN r.pm = 'wise' THEN 148000000 + fixture_gen.n('crwise', r.i, 9999999) END,
       CASE WHEN r.created < '2023-01-01' THEN 60.00 ELSE 50.00 END, r.st,
       CASE WHEN r.i % 5 = 3 THEN NULL ELSE ngen.fill(fixture_gen.pick(ARRAY[
         'Retired English teacher. I make puzzles about birds, gardens and old films.', 'Mum of three, I build puzzles at night when the kids are asleep 🌙',
         'Crossword constructor since 2009. Follow my weekly themes! Questions: {e}', 'Hi I''m {n}! Biology student, expect lots of science words.',
         'I make puzzles in English and Portuguese. Commissions welcome, WhatsApp {p}.', 'Word nerd from the north. Themed packs every Friday.',
         'Librarian. Every puzzle hides a book title.', 'Puzzles for beginners and kids, no hard words.', 'Ex-Scrabble club champion, my puzzles are HARD.'], 'crbio', r.i), r.first || ' ' || r.last, ngen.phone(r.c, 'crbp', r.i), r.pe) END,
       CASE WHEN r.st <> 'pending_review' THEN r.created + make_interval(days => 30 + fixture_gen.n('crap', r.i, 200)) END, CASE WHEN r.st <> 'pending_review' THEN ngen.u('staff', 14) END,
       r.created + make_interval(days => 20 + fixture_gen.n('crcr', r.i, 20)), r.created + make_interval(days => 60 + fixture_gen.n('crup', r.i, 400))
FROM ngen.cr r ORDER BY r.i;
UPDATE creator_profile SET updated_at = '2024-06-28 12:00:00+00' WHERE updated_at > '2024-06-28 12:00:00+00';
UPDATE creator_profile SET approved_at = least(approved_at, '2024-06-20 12:00:00+00'), created_at = least(created_at, '2024-06-01 12:00:00+00');

CREATE TABLE creator_payout (
    id bigserial PRIMARY KEY, creator_id uuid NOT NULL, period_start date NOT NULL, period_end date NOT NULL, gross_amount_cents bigint NOT NULL, fee_cents bigint NOT NULL,
    withholding_cents bigint NOT NULL DEFAULT 0, net_amount_cents bigint NOT NULL, currency char(3) NOT NULL, method varchar(8) NOT NULL, provider_payout_id varchar(64),
    status varchar(16) NOT NULL, failure_reason varchar(64), statement_url text, created_at timestamptz NOT NULL, paid_at timestamptz
);
INSERT INTO creator_payout (creator_id, period_start, period_end, gross_amount_cents, fee_cents, withholding_cents, net_amount_cents, currency, method, provider_payout_id, status, failure_reason, statement_url, created_at, paid_at)
SELECT c.user_id, m.ps, (m.ps + interval '1 month' - interval '1 day')::date, x.gross, x.fee, x.wh, x.gross - x.fee - x.wh,
       CASE WHEN c.payout_method = 'sepa' THEN 'EUR' ELSE 'USD' END, c.payout_method,
       CASE WHEN x.st = 'failed' THEN NULL WHEN c.payout_method = 'paypal' THEN fixture_gen.chars('cppb', x.key, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
            WHEN c.payout_method = 'wise' THEN (870000000 + fixture_gen.n('cpwt', x.key, 99999999))::text WHEN c.payout_method = 'ach' THEN 'ACH-' || to_char(m.ps, 'YYYYMM') || '-' || lpad((x.key % 10000)::text, 5, '0')
            ELSE 'SEPA-' || to_char(m.ps, 'YYYY-MM') || '-' || lpad((x.key % 10000)::text, 5, '0') END,
       x.st, CASE WHEN x.st = 'failed' THEN fixture_gen.pick(ARRAY['RECEIVER_UNREGISTERED', 'ACCOUNT_CLOSED', 'INVALID_IBAN', 'BELOW_MINIMUM'], 'cpfr', x.key) END,
       CASE WHEN x.st = 'paid' THEN 'https://tidewell-creator-statements.s3.eu-north-1.amazonaws.com/statements/' || c.user_id || '/' || to_char(m.ps, 'YYYY-MM') || '.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential='
            || 'AK' || 'IA' || fixture_gen.chars('cpak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '%2F' || to_char(m.ps + interval '1 month' + interval '3 days', 'YYYYMMDD') || '%2Feu-north-1%2Fs3%2Faws4_request&X-Amz-Date='
            || to_char(m.ps + interval '1 month' + interval '3 days', 'YYYYMMDD') || 'T090000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('cpsig', x.key, 64) END,
       m.ps + interval '1 month' + interval '3 days 09:00', CASE WHEN x.st = 'paid' THEN m.ps + interval '1 month' + make_interval(days => 5 + x.key % 4, hours => 10) END
FROM creator_profile c
CROSS JOIN generate_series(date '2023-06-01', date '2024-05-01', interval '1 month') m0 CROSS JOIN LATERAL (SELECT m0::date AS ps) m
CROSS JOIN LATERAL (SELECT hashtext(c.user_id::text || m.ps::text) & 2147483647 AS key) k0
CROSS JOIN LATERAL (SELECT k0.key, 1500 + fixture_gen.n('cpg', k0.key, 90000) AS gross, 0 AS fee, 0 AS wh,
                           CASE WHEN m.ps = date '2024-05-01' AND k0.key % 3 = 0 THEN 'processing' WHEN k0.key % 31 = 0 THEN 'failed' ELSE 'paid' END AS st) x0
CROSS JOIN LATERAL (SELECT x0.key, x0.gross, CASE WHEN c.payout_method = 'paypal' THEN least(2000, x0.gross / 50) WHEN c.payout_method = 'wise' THEN 95 + x0.gross / 200 ELSE 25 END AS fee,
                           CASE WHEN c.tax_form_type = 'W-8BEN' AND c.country_code IN ('BR', 'MX', 'NG', 'ID', 'PH') THEN x0.gross * 30 / 100 ELSE 0 END AS wh, x0.st) x
WHERE c.status <> 'pending_review' AND c.approved_at < m.ps
ORDER BY m.ps, c.user_id;

-- Puzzles players build in the editor, and the ratings and reviews they get.
CREATE TABLE puzzle (
    id uuid PRIMARY KEY, creator_id uuid NOT NULL, title varchar(80) NOT NULL, theme varchar(32), locale varchar(10) NOT NULL, grid jsonb NOT NULL, word_list text[] NOT NULL,
    difficulty smallint NOT NULL, plays_count integer NOT NULL DEFAULT 0, likes_count integer NOT NULL DEFAULT 0, status varchar(16) NOT NULL, moderation_state varchar(16) NOT NULL,
    rejected_reason varchar(64), featured boolean NOT NULL DEFAULT false, published_at timestamptz, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
);
CREATE TABLE ngen.pz AS
SELECT k, ngen.u('puz', k) AS id, CASE WHEN k % 3 = 0 THEN p.uid ELSE c.user_id END AS creator,
       fixture_gen.pick(ARRAY['food', 'animals', 'sea', 'space', 'music', 'sports', 'garden', 'travel', 'books', 'science', 'film', 'weather'], 'pzth', k) AS theme,
       fixture_gen.pick(ARRAY['published', 'published', 'published', 'published', 'draft', 'rejected', 'unlisted'], 'pzst', k) AS st,
       ngen.at('pzct', k, '2022-03-01', '2024-06-25') AS t
FROM generate_series(1, 420) k
JOIN ngen.p p ON p.i = 1 + fixture_gen.n('pzu', k, 1600)
JOIN (SELECT user_id, row_number() OVER (ORDER BY user_id) AS rn FROM creator_profile) c ON c.rn = 1 + fixture_gen.n('pzc', k, (SELECT count(*) FROM creator_profile)::int);
INSERT INTO puzzle
SELECT z.id, z.creator,
       CASE z.theme WHEN 'food' THEN fixture_gen.pick(ARRAY['Kitchen Chaos', 'Spice Rack', 'Sunday Brunch', 'Street Food Tour'], 'pzti', z.k) WHEN 'animals' THEN fixture_gen.pick(ARRAY['Safari Morning', 'Birds of the Marsh', 'Pet Shop'], 'pzti', z.k)
         WHEN 'sea' THEN fixture_gen.pick(ARRAY['Under the Sea', 'Harbour Lights', 'Shipwreck'], 'pzti', z.k) WHEN 'space' THEN fixture_gen.pick(ARRAY['Moon Landing', 'Red Planet', 'Nebula'], 'pzti', z.k)
         WHEN 'music' THEN fixture_gen.pick(ARRAY['Jazz Night', 'Orchestra Pit', 'Garage Band'], 'pzti', z.k) WHEN 'sports' THEN fixture_gen.pick(ARRAY['Extra Time', 'Marathon', 'Ski Lift'], 'pzti', z.k)
         WHEN 'garden' THEN fixture_gen.pick(ARRAY['Allotment', 'Spring Bulbs', 'Greenhouse'], 'pzti', z.k) WHEN 'travel' THEN fixture_gen.pick(ARRAY['Night Train', 'Lost Luggage', 'Passport Control'], 'pzti', z.k)
         WHEN 'books' THEN fixture_gen.pick(ARRAY['Library Hush', 'First Editions', 'Plot Twist'], 'pzti', z.k) WHEN 'science' THEN fixture_gen.pick(ARRAY['Lab Coat', 'Periodic Table', 'Cell Division'], 'pzti', z.k)
         WHEN 'film' THEN fixture_gen.pick(ARRAY['Silver Screen', 'Popcorn', 'Director''s Cut'], 'pzti', z.k) ELSE fixture_gen.pick(ARRAY['Thunderstorm', 'Heatwave', 'Fog Bank'], 'pzti', z.k) END
       || CASE WHEN z.k % 7 = 0 THEN ' #' || (2 + z.k % 5) ELSE '' END,
       z.theme, fixture_gen.pick(ARRAY['en', 'en', 'en', 'es', 'pt-BR', 'fr', 'de'], 'pzlo', z.k),
       jsonb_build_object('w', 5 + z.k % 4, 'h', 5 + z.k % 4, 'cells', fixture_gen.chars('pzg', z.k, (5 + z.k % 4) * (5 + z.k % 4), 'AAAAABCDEEEEEFGHIIIILMNOOOORSSTTUUY#'), 'bonus', jsonb_build_array(z.k % 25, (z.k * 7) % 25)),
       CASE z.theme WHEN 'food' THEN ARRAY['SPICE', 'BASIL', 'TOAST', 'CURRY', 'DOUGH', 'WHISK'] WHEN 'animals' THEN ARRAY['HERON', 'OTTER', 'BISON', 'EGRET', 'LEMUR']
         WHEN 'sea' THEN ARRAY['CORAL', 'SQUID', 'TIDE', 'REEF', 'KELP', 'WHALE'] WHEN 'space' THEN ARRAY['ORBIT', 'COMET', 'LUNAR', 'NOVA', 'QUASAR']
         WHEN 'music' THEN ARRAY['TEMPO', 'CHORD', 'BANJO', 'OBOE', 'RIFF'] WHEN 'sports' THEN ARRAY['GOAL', 'RELAY', 'SLALOM', 'PUTT', 'DEUCE']
         WHEN 'garden' THEN ARRAY['TULIP', 'HOE', 'COMPOST', 'FERN', 'BULB'] WHEN 'travel' THEN ARRAY['VISA', 'TRAIN', 'HOSTEL', 'MAP', 'FERRY']
         WHEN 'books' THEN ARRAY['NOVEL', 'QUILL', 'SPINE', 'PROSE', 'VERSE'] WHEN 'science' THEN ARRAY['ATOM', 'GENE', 'LASER', 'PRISM', 'ENZYME']
         WHEN 'film' THEN ARRAY['SCENE', 'REEL', 'CAMEO', 'GENRE', 'SEQUEL'] ELSE ARRAY['SLEET', 'GALE', 'HAZE', 'FROST', 'MONSOON'] END,
       1 + fixture_gen.n('pzd', z.k, 5), CASE WHEN z.st IN ('published', 'unlisted') THEN fixture_gen.n('pzpl', z.k, 40000) ELSE 0 END,
       CASE WHEN z.st IN ('published', 'unlisted') THEN fixture_gen.n('pzlk', z.k, 3000) ELSE 0 END, z.st,
       CASE z.st WHEN 'rejected' THEN 'rejected' WHEN 'draft' THEN 'not_submitted' ELSE CASE WHEN z.k % 3 = 0 THEN 'auto_approved' ELSE 'approved' END END,
       CASE WHEN z.st = 'rejected' THEN fixture_gen.pick(ARRAY['contains personal information', 'offensive word in grid', 'duplicate of an existing puzzle', 'too few valid words'], 'pzrr', z.k) END,
       z.st = 'published' AND z.k % 19 = 0, CASE WHEN z.st IN ('published', 'unlisted') THEN z.t + make_interval(hours => 2 + fixture_gen.n('pzpt', z.k, 72)) END, z.t,
       z.t + make_interval(days => fixture_gen.n('pzup', z.k, 60))
FROM ngen.pz z ORDER BY z.t;
UPDATE puzzle SET updated_at = '2024-06-28 12:00:00+00' WHERE updated_at > '2024-06-28 12:00:00+00';

CREATE TABLE puzzle_rating (
    puzzle_id uuid NOT NULL, user_id uuid NOT NULL, stars smallint NOT NULL, review_text text, created_at timestamptz NOT NULL, PRIMARY KEY (puzzle_id, user_id)
);
INSERT INTO puzzle_rating
SELECT DISTINCT ON (z.id, p.uid) z.id, p.uid, 1 + fixture_gen.n('prs', q, 5),
       CASE WHEN fixture_gen.n('prv?', q, 5) < 2 THEN fixture_gen.pick(ARRAY['Loved it, the theme words were clever.', 'Too hard, I needed 5 hints.', 'Fun but the grid is too small.',
         'Great puzzle for a coffee break.', 'Some words are not in my dictionary.', 'Perfect difficulty.', 'Boring, only short words.', 'More like this please!',
         'The bonus tile placement is genius.', 'Took me 20 minutes, worth it.'], 'prvt', q) END,
       ngen.at('prt', q, greatest(z.published_at, '2022-03-01'), '2024-06-28 11:00')
FROM generate_series(1, 1600) q
JOIN (SELECT id, published_at, row_number() OVER (ORDER BY id) AS rn FROM puzzle WHERE status = 'published') z ON z.rn = 1 + fixture_gen.n('prz', q, (SELECT count(*) FROM puzzle WHERE status = 'published')::int)
JOIN ngen.p p ON p.i = 1 + fixture_gen.n('pru', q, 1600)
ORDER BY z.id, p.uid, q;

-- The product catalogue of the two stores.
CREATE TABLE iap_product (
    product_id varchar(128) PRIMARY KEY, store varchar(8) NOT NULL, title varchar(64) NOT NULL, description varchar(255) NOT NULL, price_tier smallint NOT NULL,
    price_usd_cents integer NOT NULL, coins integer NOT NULL DEFAULT 0, gems integer NOT NULL DEFAULT 0, is_subscription boolean NOT NULL DEFAULT false,
    active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL
);
INSERT INTO iap_product VALUES
  ('com.tidewell.letterfall.coins_500', 'both', 'Pouch of Coins', '500 coins to spend on hints and shuffles.', 1, 99, 500, 0, false, true, '2021-02-20 10:00:00+00'),
  ('com.tidewell.letterfall.coins_1200', 'both', 'Bag of Coins', '1,200 coins. Best for casual players.', 2, 199, 1200, 0, false, true, '2021-02-20 10:00:00+00'),
  ('com.tidewell.letterfall.coins_3000', 'both', 'Chest of Coins', '3,000 coins plus a bonus 10%.', 5, 499, 3300, 0, false, true, '2021-02-20 10:00:00+00'),
  ('com.tidewell.letterfall.coins_8000', 'both', 'Vault of Coins', '8,000 coins plus a bonus 25%.', 10, 999, 10000, 0, false, true, '2021-02-20 10:00:00+00'),
  ('com.tidewell.letterfall.gems_80', 'both', 'Handful of Gems', '80 gems for tournament entries.', 5, 499, 0, 80, false, true, '2021-09-01 10:00:00+00'),
  ('com.tidewell.letterfall.gems_250', 'both', 'Crate of Gems', '250 gems for tournament entries.', 10, 999, 0, 250, false, true, '2021-09-01 10:00:00+00'),
  ('com.tidewell.letterfall.starter_pack', 'both', 'Starter Pack', 'One per account: 2,000 coins, 20 gems and a gold frame.', 3, 299, 2000, 20, false, true, '2021-05-10 10:00:00+00'),
  ('com.tidewell.letterfall.remove_ads', 'both', 'No More Ads', 'Removes banner and interstitial ads forever.', 4, 399, 0, 0, false, true, '2021-02-20 10:00:00+00'),
  ('com.tidewell.letterfall.hint_bundle_20', 'both', 'Hint Bundle', '20 reveal-letter hints.', 2, 199, 0, 0, false, true, '2022-01-15 10:00:00+00'),
  ('com.tidewell.letterfall.season_pass_s14', 'both', 'Season 14 Pass', 'Premium rewards track for Season 14 (May-July 2024).', 8, 799, 0, 0, false, true, '2024-04-28 10:00:00+00'),
  ('com.tidewell.letterfall.season_pass_s13', 'both', 'Season 13 Pass', 'Premium rewards track for Season 13.', 8, 799, 0, 0, false, false, '2024-01-28 10:00:00+00'),
  ('com.tidewell.letterfall.plus_monthly', 'both', 'Letterfall Plus (monthly)', 'No ads, 2x daily rewards, unlimited puzzle editor slots.', 5, 499, 0, 0, true, true, '2023-01-09 10:00:00+00'),
  ('com.tidewell.letterfall.plus_yearly', 'both', 'Letterfall Plus (yearly)', 'Twelve months of Plus for the price of eight.', 40, 3999, 0, 0, true, true, '2023-01-09 10:00:00+00');

-- App Store Server Notifications v2 and Google Play real-time developer notifications, as received.
CREATE TABLE store_notification_log (
    id bigserial PRIMARY KEY, store varchar(8) NOT NULL, notification_type varchar(64) NOT NULL, original_transaction_id varchar(512), user_id uuid, payload jsonb NOT NULL,
    signature_valid boolean, source_ip inet, received_at timestamptz NOT NULL, processed_at timestamptz
);
CREATE FUNCTION ngen.b64url(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(s, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;
INSERT INTO store_notification_log (store, notification_type, original_transaction_id, user_id, payload, signature_valid, source_ip, received_at, processed_at)
SELECT CASE WHEN s.store = 0 THEN 'apple' ELSE 'google' END, x.typ, s.original_transaction_id, s.user_id,
       CASE WHEN s.store = 0 THEN jsonb_build_object('signedPayload', ngen.b64url('{"alg":"ES256","x5c":["' || fixture_gen.b64('snx5', q, 96) || '"]}') || '.' ||
              ngen.b64url(jsonb_build_object('notificationType', x.typ, 'notificationUUID', fixture_gen.uuid('snu', q), 'version', '2.0', 'signedDate', (extract(epoch FROM x.t) * 1000)::bigint,
                'data', jsonb_build_object('appAppleId', 1556432987, 'bundleId', 'com.tidewell.letterfall', 'environment', 'Production', 'signedTransactionInfo', ngen.rnd('snti', q, 120)))::text)
              || '.' || translate(rtrim(fixture_gen.b64('snsig', q, 64), '='), '+/', '-_'))
            ELSE jsonb_build_object('message', jsonb_build_object('data', translate(encode(convert_to(jsonb_build_object('version', '1.0', 'packageName', 'com.tidewell.letterfall',
                'eventTimeMillis', ((extract(epoch FROM x.t) * 1000)::bigint)::text, 'subscriptionNotification', jsonb_build_object('version', '1.0', 'notificationType', x.gtype,
                'subscriptionId', s.product_id))::text, 'UTF8'), 'base64'), E'\n', ''),
              'messageId', (9000000000000000 + fixture_gen.n('snmid', q, 99999999))::text, 'publishTime', to_char(x.t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
              'subscription', 'projects/tidewell-letterfall/subscriptions/play-rtdn-push') END,
       CASE WHEN s.store = 0 THEN q % 53 <> 0 END,
       CASE WHEN s.store = 0 THEN '17.' || (32 + q % 4) || '.' || fixture_gen.n('snia', q, 256) || '.' || (1 + fixture_gen.n('snib', q, 254)) ELSE fixture_gen.pick(ARRAY['66.102.8.', '66.249.83.', '74.125.212.'], 'snig', q) || (1 + fixture_gen.n('snic', q, 254)) END::inet,
       x.t, CASE WHEN q % 53 = 0 THEN NULL ELSE x.t + make_interval(secs => 1 + q % 9) END
FROM generate_series(1, 300) q
JOIN (SELECT *, row_number() OVER (ORDER BY original_transaction_id) AS rn FROM subscription) s ON s.rn = 1 + fixture_gen.n('sns', q, 160)
CROSS JOIN LATERAL (SELECT CASE WHEN s.store = 0 THEN fixture_gen.pick(ARRAY['DID_RENEW', 'DID_RENEW', 'DID_RENEW', 'DID_CHANGE_RENEWAL_STATUS', 'SUBSCRIBED', 'EXPIRED', 'REFUND', 'DID_FAIL_TO_RENEW'], 'snt', q)
                                ELSE fixture_gen.pick(ARRAY['SUBSCRIPTION_RENEWED', 'SUBSCRIPTION_RENEWED', 'SUBSCRIPTION_CANCELED', 'SUBSCRIPTION_PURCHASED', 'SUBSCRIPTION_EXPIRED', 'SUBSCRIPTION_ON_HOLD'], 'snt', q) END AS typ,
                           (ARRAY[2, 2, 3, 4, 13, 5])[1 + fixture_gen.n('snt', q, 6)] AS gtype,
                           ngen.at('snrt', q, s.purchase_time, '2024-06-28 11:00') AS t) x
ORDER BY x.t;

-- Data-subject requests (GDPR, CCPA, LGPD): access exports and erasures.
CREATE TABLE data_subject_request (
    id bigserial PRIMARY KEY, user_id uuid, request_type varchar(16) NOT NULL, jurisdiction varchar(8), requester_email varchar(255) NOT NULL, requester_name varchar(255),
    verification_token varchar(64) NOT NULL, verified_at timestamptz, status varchar(16) NOT NULL, export_url text, notes text, received_at timestamptz NOT NULL, due_at timestamptz NOT NULL,
    completed_at timestamptz, handled_by uuid
);
INSERT INTO data_subject_request (user_id, request_type, jurisdiction, requester_email, requester_name, verification_token, verified_at, status, export_url, notes, received_at, due_at, completed_at, handled_by)
SELECT CASE WHEN q % 9 = 0 THEN NULL ELSE p.uid END, x.rt, CASE p.c WHEN 'us' THEN 'CCPA' WHEN 'br' THEN 'LGPD' WHEN 'gb' THEN 'UK-GDPR' WHEN 'in' THEN NULL WHEN 'jp' THEN 'APPI' ELSE 'GDPR' END,
       coalesce(p.email, ngen.fold(p.first) || '.' || ngen.fold(p.last) || (q % 90)::text || '@gmail.com'), CASE WHEN q % 4 = 0 THEN NULL ELSE p.full_name END, ngen.rnd('dstok', q, 40),
       CASE WHEN q % 6 <> 0 THEN x.t + make_interval(hours => 1 + q % 30) END, x.st,
       CASE WHEN x.rt = 'access' AND x.st = 'completed' THEN 'https://tidewell-dsr-exports.s3.eu-north-1.amazonaws.com/exports/' || fixture_gen.uuid('dsx', q) || '.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential='
            || 'AK' || 'IA' || fixture_gen.chars('dsak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '%2F' || to_char(x.t + interval '5 days', 'YYYYMMDD') || '%2Feu-north-1%2Fs3%2Faws4_request&X-Amz-Date='
            || to_char(x.t + interval '5 days', 'YYYYMMDD') || 'T120000Z&X-Amz-Expires=259200&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('dssig', q, 64) END,
       CASE WHEN q % 3 = 0 THEN NULL ELSE ngen.fill(fixture_gen.pick(ARRAY['Requester could not say which account; matched by the purchase receipt email.',
         'Parent request for a 12 year old''s account, verified by the parent email on the consent record ({e}).', 'Also asked us to delete the Zendesk tickets.',
         'Called support on {p} asking about status.', 'Duplicate of an earlier request, merged.', 'Creator: payout history kept 7 years for tax, told {n} so.',
         'Verified via Apple sign-in on the device.'], 'dsn', q), p.full_name, ngen.phone(p.c, 'dsph', q), coalesce(p.email, ngen.fold(p.first) || '.' || ngen.fold(p.last) || (q % 90)::text || '@gmail.com')) END,
       x.t, x.t + interval '30 days', CASE WHEN x.st = 'completed' THEN x.t + make_interval(days => 2 + q % 20) END, CASE WHEN x.st <> 'received' THEN ngen.u('staff', 2) END
FROM generate_series(1, 48) q
JOIN ngen.p p ON p.i = 1 + fixture_gen.n('dsu', q, 1600)
CROSS JOIN LATERAL (SELECT CASE WHEN q % 3 = 0 THEN 'access' WHEN q % 7 = 0 THEN 'rectification' ELSE 'erasure' END AS rt,
                           CASE WHEN q > 44 THEN 'received' WHEN q % 13 = 0 THEN 'rejected' WHEN q > 40 THEN 'in_progress' ELSE 'completed' END AS st,
                           ngen.at('dst', q, '2022-06-01', '2024-06-26') AS t) x
ORDER BY x.t;

-- What staff did in the studio's admin tools (on top of Nakama's console).
CREATE TABLE admin_audit_log (
    id bigserial PRIMARY KEY, console_user_id uuid NOT NULL, console_username varchar(128) NOT NULL, action varchar(48) NOT NULL, target_type varchar(24), target_id varchar(64),
    details jsonb NOT NULL DEFAULT '{}', ip_address inet, user_agent text, created_at timestamptz NOT NULL
);
INSERT INTO admin_audit_log (console_user_id, console_username, action, target_type, target_id, details, ip_address, user_agent, created_at)
SELECT s.uid, s.username, x.act, CASE WHEN x.act LIKE 'user.%' OR x.act LIKE 'wallet.%' THEN 'user' WHEN x.act LIKE 'purchase.%' THEN 'purchase' WHEN x.act LIKE 'creator.%' THEN 'creator' WHEN x.act = 'console.login' THEN NULL ELSE 'config' END,
       CASE WHEN x.act = 'console.login' THEN NULL WHEN x.act = 'config.update' THEN 'leaderboard:tourney_2024w26' ELSE p.uid::text END,
       CASE x.act
         WHEN 'user.search' THEN jsonb_build_object('query', CASE WHEN q % 3 = 0 THEN coalesce(p.email, p.username) WHEN q % 3 = 1 THEN p.username ELSE coalesce(p.display_name, p.first) END, 'results', 1 + q % 4)
         WHEN 'user.update_email' THEN jsonb_build_object('old', coalesce(p.email, ''), 'new', fixture_gen.email('aaem', q), 'ticket', 'LF-' || (204000 + q % 420))
         WHEN 'user.rename' THEN jsonb_build_object('old_display_name', coalesce(p.display_name, p.first), 'new_display_name', 'Player' || (q * 37 % 100000), 'reason', 'offensive_name')
         WHEN 'user.ban' THEN jsonb_build_object('duration', '30d', 'reason', 'harassment', 'report_id', 1 + q % 300)
         WHEN 'wallet.grant' THEN jsonb_build_object('changeset', jsonb_build_object('gems', 250), 'reason', 'missing purchase', 'ticket', 'LF-' || (204000 + q % 420))
         WHEN 'purchase.refund' THEN jsonb_build_object('transaction_id', 'GPA.33' || fixture_gen.digits('aatx', q, 2) || '-' || fixture_gen.digits('aatx2', q, 4) || '-' || fixture_gen.digits('aatx3', q, 4) || '-' || fixture_gen.digits('aatx4', q, 5), 'amount', '9.99')
         WHEN 'creator.approve' THEN jsonb_build_object('revenue_share_pct', 50, 'tax_form', 'W-8BEN')
         WHEN 'config.update' THEN jsonb_build_object('field', 'max_size', 'old', 5000, 'new', 6000)
         ELSE jsonb_build_object('mfa', true, 'method', 'totp') END,
       CASE WHEN q % 3 = 0 THEN ('185.' || (90 + s.i % 5) || '.14.' || (10 + s.i % 40)) ELSE fixture_gen.ipv4('aaip', s.i * 100 + q % 4) END::inet,
       'Mozilla/5.0 (' || fixture_gen.pick(ARRAY['Macintosh; Intel Mac OS X 10_15_7', 'Windows NT 10.0; Win64; x64', 'X11; Linux x86_64'], 'aaos', s.i) || ') AppleWebKit/537.36 (KHTML, like Gecko) Chrome/'
         || (120 + q % 6) || '.0.0.0 Safari/537.36', x.t
FROM generate_series(1, 600) q
JOIN ngen.p s ON s.i = 9000 + (ARRAY[1, 2, 3, 4, 5, 6, 9, 10, 13, 14, 3, 4, 5, 6])[1 + fixture_gen.n('aas', q, 14)]
JOIN ngen.p p ON p.i = 1 + fixture_gen.n('aau', q, 1600)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['user.search', 'user.search', 'user.search', 'user.update_email', 'user.rename', 'user.ban', 'wallet.grant', 'wallet.grant', 'purchase.refund',
                           'creator.approve', 'config.update', 'console.login', 'console.login'], 'aaa', q) AS act, ngen.at('aat', q, '2023-09-01', '2024-06-28 11:00') AS t) x
ORDER BY x.t;

-- Mail the studio sends (rendered bodies are kept for support): welcome, verification, resets, receipts, creator mails, parent consent.
CREATE TABLE email_outbox (
    id bigserial PRIMARY KEY, user_id uuid, to_address varchar(255) NOT NULL, template varchar(48) NOT NULL, subject varchar(255) NOT NULL, rendered_body text NOT NULL,
    provider_message_id varchar(64), status varchar(16) NOT NULL, sent_at timestamptz, opened_at timestamptz, bounce_reason text
);
INSERT INTO email_outbox (user_id, to_address, template, subject, rendered_body, provider_message_id, status, sent_at, opened_at, bounce_reason)
SELECT p.uid, x.addr, x.tpl,
       CASE x.tpl WHEN 'welcome' THEN 'Welcome to Letterfall!' WHEN 'verify_email' THEN 'Confirm your email address' WHEN 'password_reset' THEN 'Reset your Letterfall password'
                  WHEN 'receipt' THEN 'Your Letterfall receipt' WHEN 'creator_payout_sent' THEN 'Your creator payout is on its way' WHEN 'parent_consent' THEN 'Your child wants to play Letterfall'
                  ELSE 'Your week in Letterfall' END,
       CASE x.tpl
         WHEN 'welcome' THEN 'Hi ' || p.first || E',\n\nWelcome to Letterfall! Your username is ' || p.username || E'. Find friends, join a clan and try today''s daily puzzle.\n\nThe Letterfall team'
         WHEN 'verify_email' THEN 'Hi ' || p.first || E',\n\nPlease confirm this address by opening the link below:\nhttps://account.letterfall.example/verify?token=' || ngen.rnd('eovt', q, 43) || E'\n\nThe Letterfall team'
         WHEN 'password_reset' THEN 'Hi ' || p.first || E',\n\nSomeone asked to reset the password of your Letterfall account (' || p.username || E'). Open this link within an hour:\nhttps://account.letterfall.example/reset?token='
              || ngen.rnd('prtok', q, 43) || E'\n\nIf it wasn''t you, you can ignore this mail.\nThe Letterfall team'
         WHEN 'receipt' THEN 'Hi ' || p.first || E',\n\nThanks for your purchase of ' || fixture_gen.pick(ARRAY['1,200 coins', '250 gems', 'the Starter Pack', 'the Season 14 Pass'], 'eorc', q) || E'.\nOrder: ' || 'GPA.33' || fixture_gen.digits('eoo', q, 2) || '-' || fixture_gen.digits('eoo2', q, 4) || E'\n\nThe Letterfall team'
         WHEN 'creator_payout_sent' THEN 'Hi ' || p.full_name || E',\n\nWe sent your May payout of USD ' || (15 + q % 400) || '.' || lpad((q % 100)::text, 2, '0') || ' to ' || x.addr || E' (PayPal).\nThank you for building puzzles!\n\nCreator Relations, Tidewell Games Oy'
         WHEN 'parent_consent' THEN E'Hello,\n\n' || coalesce(p.display_name, p.first) || ' (born ' || to_char(p.birth, 'YYYY') || E') has signed up for Letterfall and needs your permission to chat with friends.\nApprove: https://account.letterfall.example/consent?token='
              || ngen.rnd('eoct', q, 43) || E'\n\nTidewell Games Oy, Helsinki'
         ELSE 'Hi ' || p.first || E',\n\nThis week you found ' || (100 + q % 900) || ' words and climbed to rank ' || (1 + q % 5000) || E' on the weekly board. Keep your streak going!\n\nThe Letterfall team' END,
       CASE WHEN x.st <> 'queued' THEN ngen.rnd('eomid', q, 22) || '.filterdrecv-' || fixture_gen.hexn('eomh', q, 10) || '-1-' || upper(fixture_gen.hexn('eomj', q, 8)) || '-1' END,
       x.st, CASE WHEN x.st <> 'queued' THEN x.t END, CASE WHEN x.st = 'delivered' AND q % 3 <> 0 THEN x.t + make_interval(mins => 3 + fixture_gen.n('eoop', q, 3000)) END,
       CASE WHEN x.st = 'bounced' THEN fixture_gen.pick(ARRAY['550 5.1.1 <' || x.addr || '>: Recipient address rejected: User unknown in virtual mailbox table',
         '552 5.2.2 The email account that you tried to reach is over quota', '550 5.7.1 Service unavailable; client host blocked using Spamhaus', '550 No such user (' || x.addr || ')'], 'eobr', q) END
FROM generate_series(1, 820) q
JOIN (SELECT ac.*, row_number() OVER (ORDER BY i) AS rn FROM ngen.acct ac WHERE email IS NOT NULL) p ON p.rn = 1 + fixture_gen.n('eou', q, 600)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['welcome', 'welcome', 'verify_email', 'password_reset', 'receipt', 'receipt', 'weekly_recap', 'weekly_recap', 'weekly_recap', 'creator_payout_sent', 'parent_consent'], 'eot', q) AS tpl,
                           fixture_gen.pick(ARRAY['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'bounced', 'queued', 'dropped'], 'eos', q) AS st,
                           ngen.at('eoti', q, greatest(p.created, '2023-06-01'), '2024-06-28 11:00') AS t) x0
CROSS JOIN LATERAL (SELECT x0.tpl, x0.st, x0.t, CASE WHEN x0.tpl = 'parent_consent' THEN ngen.fold(fixture_gen.first_name('eopf', q)) || '.' || ngen.fold(p.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.com'], 'eopd', q) ELSE p.email END AS addr) x
ORDER BY x.t;

-- The integration settings store: keys for the stores, mail, help desk, payouts and alerts.
CREATE TABLE integration_setting (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, value text NOT NULL, environment varchar(12) NOT NULL, updated_by uuid, updated_at timestamptz NOT NULL, UNIQUE (name, environment)
);
INSERT INTO integration_setting (name, value, environment, updated_by, updated_at) VALUES
  ('apple.bundle_id', 'com.tidewell.letterfall', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2021-02-18 10:00:00+00'),
  ('apple.shared_secret', '@@applesecret@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-01-09 09:12:00+00'),
  ('apple.app_store_connect_key', '@@ascpem@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-11-20 14:03:00+00'),
  ('google.service_account_json', '@@gsa@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2022-08-02 08:40:00+00'),
  ('fcm.server_key', '@@fcm@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2021-03-01 12:00:00+00'),
  ('sendgrid.api_key', '@@sendgrid@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-05-15 07:30:00+00'),
  ('zendesk.api_token', '@@zendesk@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-02-01 11:11:00+00'),
  ('paypal.payouts_client_id', '@@ppid@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-06-20 13:45:00+00'),
  ('paypal.payouts_client_secret', '@@ppsecret@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-06-20 13:45:00+00'),
  ('wise.api_token', '@@wise@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-09-04 09:00:00+00'),
  ('slack.moderation_webhook_url', '@@slack@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2022-11-11 15:20:00+00'),
  ('branch.key', '@@branch@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2021-06-01 10:00:00+00'),
  ('nakama.http_key', '@@httpkey@@', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2021-02-18 10:00:00+00'),
  ('sendgrid.api_key', '@@sendgrid_stg@@', 'staging', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2023-05-15 07:31:00+00'),
  ('support.sender_address', 'support@letterfall.example', 'production', '7c7d3a62-3f2e-4d61-9a43-1f3c9e4f0a01', '2021-02-18 10:00:00+00');
CREATE FUNCTION ngen.pem(tag text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || 'PRIVATE KEY-----' || E'\n' || string_agg(substr(b, 1 + 64 * (l - 1), 64), E'\n' ORDER BY l) || E'\n-----END ' || 'PRIVATE KEY-----' || E'\n'
  FROM (SELECT fixture_gen.b64(tag, 1, 180) || fixture_gen.b64(tag, 2, 180) || fixture_gen.b64(tag, 3, 180) || fixture_gen.b64(tag, 4, 180) || fixture_gen.b64(tag, 5, 180) AS b) x, generate_series(1, 19) l
$$;
UPDATE integration_setting SET updated_by = ngen.u('staff', CASE WHEN name LIKE 'paypal%' OR name LIKE 'wise%' THEN 11 ELSE 7 END);
UPDATE integration_setting SET value = CASE value
    WHEN '@@applesecret@@' THEN fixture_gen.hexn('isap', 1, 32)
    WHEN '@@ascpem@@' THEN ngen.pem('isasc')
    WHEN '@@gsa@@' THEN jsonb_build_object('type', 'service_account', 'project_id', 'tidewell-letterfall', 'private_key_id', fixture_gen.hexn('isgk', 1, 40), 'private_key', ngen.pem('isgsa'),
        'client_email', 'play-validator@tidewell-letterfall.iam.gserviceaccount.com', 'client_id', '1' || fixture_gen.digits('isgc', 1, 20), 'auth_uri', 'https://accounts.google.com/o/oauth2/auth',
        'token_uri', 'https://oauth2.googleapis.com/token')::text
    WHEN '@@fcm@@' THEN 'AAAA' || ngen.rnd('isfc', 1, 7) || ':APA91b' || translate(fixture_gen.b64('isfc2', 1, 101), '+/=', '-_')
    WHEN '@@sendgrid@@' THEN 'SG.' || ngen.rnd('issg', 1, 22) || '.' || ngen.rnd('issg2', 1, 43)
    WHEN '@@sendgrid_stg@@' THEN 'SG.' || ngen.rnd('issg', 2, 22) || '.' || ngen.rnd('issg2', 2, 43)
    WHEN '@@zendesk@@' THEN ngen.rnd('iszd', 1, 40)
    WHEN '@@ppid@@' THEN 'A' || ngen.rnd('ispp', 1, 79)
    WHEN '@@ppsecret@@' THEN 'E' || ngen.rnd('ispp2', 1, 79)
    WHEN '@@wise@@' THEN fixture_gen.uuid('iswise', 1)
    WHEN '@@slack@@' THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('issl', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('issl2', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || ngen.rnd('issl3', 1, 24)
    WHEN '@@branch@@' THEN 'key_live_' || ngen.lower('isbr', 1, 32)
    WHEN '@@httpkey@@' THEN ngen.rnd('isnk', 1, 32)
    ELSE value END;

-- A/B test assignments.
CREATE TABLE experiment_assignment (
    user_id uuid NOT NULL, experiment_key varchar(64) NOT NULL, variant varchar(32) NOT NULL, assigned_at timestamptz NOT NULL, exposure_count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, experiment_key)
);
INSERT INTO experiment_assignment
SELECT p.uid, e.key, fixture_gen.pick(e.variants, 'eav' || e.key, p.i), greatest(p.created, e.start) + make_interval(mins => fixture_gen.n('eat' || e.key, p.i, 5000)), fixture_gen.n('eax' || e.key, p.i, 60)
FROM ngen.p p CROSS JOIN (VALUES ('hint_price_v3', ARRAY['control', 'cheaper', 'bundle_first'], timestamptz '2024-02-01'), ('onboarding_short', ARRAY['control', 'three_steps'], timestamptz '2023-10-01'),
                                 ('daily_reward_curve', ARRAY['control', 'steep', 'flat'], timestamptz '2024-04-15'), ('shop_layout_2024', ARRAY['control', 'grid'], timestamptz '2024-05-20')) e(key, variants, start)
WHERE p.i <= 1600 AND fixture_gen.n('eain' || e.key, p.i, 100) < 40 AND p.created < '2024-06-20';

-- Messages the chat filter caught (personal data patterns, profanity), kept for moderators.
CREATE TABLE chat_filter_hit (
    id bigserial PRIMARY KEY, message_id uuid NOT NULL, user_id uuid NOT NULL, stream_mode smallint NOT NULL, original_text text NOT NULL, matched_terms text[] NOT NULL,
    action varchar(8) NOT NULL, created_at timestamptz NOT NULL
);
INSERT INTO chat_filter_hit (message_id, user_id, stream_mode, original_text, matched_terms, action, created_at)
SELECT m.id, m.sender_id, m.stream_mode, m.content ->> 'message',
       CASE WHEN m.content ->> 'message' ~ '@[a-z0-9.-]+\.[a-z]' THEN ARRAY['pii:email'] WHEN m.content ->> 'message' ~ '\+[0-9]' THEN ARRAY['pii:phone'] WHEN m.content ->> 'message' ~ '@' THEN ARRAY['pii:social_handle']
            WHEN m.content ->> 'message' ~* 'birthday|it''s [A-Z]|are you still in' THEN ARRAY['pii:real_name_heuristic'] ELSE ARRAY['pii:none', 'spam:repeat'] END,
       CASE WHEN m.stream_mode = 2 THEN 'blocked' WHEN m.content ->> 'message' ~ '\+[0-9]|@' THEN 'masked' ELSE 'flagged' END, m.create_time
FROM message m
WHERE m.content ->> 'message' ~ '@|\+[0-9]|birthday|it''s [A-Z]|are you still in' OR (m.content ->> 'message' = 'that''s not even a real word' AND m.stream_mode = 2)
ORDER BY m.create_time;

-- ---------------------------------------------------------------------------
SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA ngen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
