-- classify-eval fixture (HOLDOUT 73: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- database of "crm.familienbande.net", a small hosted instance of Monica, the
-- open-source personal relationship manager ("a CRM for your friends and
-- family"), run by a two-person hosting shop in Köln for 240 paying and free
-- accounts: families in Germany (German, Turkish, Kurdish and Polish ones),
-- in Poland and in Turkey, whose contacts include relatives abroad (the
-- Netherlands, Austria, Switzerland, Sweden, France, the UK, Ireland, Spain,
-- the US). Monica 2.x (the 2.19/2.20 line of late 2020, snapshot taken in
-- February 2021), its Laravel migrations run against PostgreSQL as a
-- self-hoster does (DB_CONNECTION=pgsql): the same table and column names as
-- on MySQL, with the pgsql grammar's types (serial and bigserial ids,
-- varchar(255), boolean, timestamp(0) without time zone in UTC, date, json,
-- uuid, double precision, the camelCase columns of the WebAuthn package
-- quoted). Monica has no plugins; the instance enables its optional parts:
-- Laravel Passport (the API and the mobile apps), Cashier (Stripe
-- subscriptions), pragmarx google2fa with recovery codes, asbiin's
-- laravel-webauthn security keys, the sabre/dav CardDAV/CalDAV server,
-- LocationIQ geocoding and Dark Sky weather (queued jobs on Redis), vCard
-- import. 45 of its tables: accounts and users (bcrypt hashes, remember
-- tokens, TOTP secrets, recovery codes, WebAuthn keys), contacts (names,
-- nicknames, genders, birthdays and dates of death as special_dates, how they
-- met, food preferences, job and company, avatars, the vCard kept for CardDAV
-- and the CardDAV client's remote ids), contact fields and their per-account
-- types (emails, phones, Facebook, Twitter, WhatsApp, Telegram, LinkedIn),
-- addresses and places (latitude and longitude from LocationIQ),
-- relationships and their per-account types, reminders, notes, activities,
-- calls, conversations and messages, debts, gifts, tasks, pets, life events,
-- the journal (entries and journal_entries), documents and photos (stored
-- file names and mime types), tags, occupations and companies, per-account
-- genders, the audit log, API usage, Passport's OAuth clients and access
-- tokens, password resets, Stripe subscriptions, vCard import jobs and their
-- reports, failed queue jobs, migrations, and the DAV sync tables (synctoken,
-- addressbooks). Sessions live in files and the cache and queue in Redis, so
-- those tables are not in the database; reminder_outbox, days, contact_photo,
-- the other OAuth tables, invitations, currencies, countries, the default_*
-- seeds and the per-account activity types, life event types, relationship
-- type groups and pet categories were left out to keep to 45 tables (their
-- ids appear as plain integers). Serialization: audit_logs.objects and the
-- OAuth scopes are PHP json_encode() output (non-ASCII escaped as \uXXXX);
-- contacts.vcard is vCard 3.0 text with CRLF line ends; failed_jobs.payload
-- is Laravel 8's queue JSON with the command as PHP serialize() text of
-- ModelIdentifiers; WebAuthn keys keep base64 credential ids and COSE keys,
-- JSON transports and trust paths. People write in German, Polish, Turkish,
-- Kurmanji and English.
-- Written from memory of the published schemas, not checked against them:
-- column order, some lengths and nullability; whether contacts still carry
-- first_met_where and the old avatar columns (has_avatar, avatar_file_name,
-- avatar_location, gravatar_url, avatar_external_url) beside the 2.x ones;
-- the address_book_id and distant_uuid/distant_etag/distant_uri columns of
-- the CardDAV client (they may have come only with 3.0) and the columns of
-- addressbooks; gifts in their refactored form (status and date instead of
-- is_an_idea/has_been_offered) and debts and gifts keeping amounts as integer
-- cents; users.temperature_scale (earlier metric); whether genders, entries
-- and companies have a uuid; the action names and object keys of audit_logs;
-- how a year-unknown special date stores its year (here the year the date was
-- entered); documents.type; import_job_reports.skip_reason as translation
-- keys; the recovery code format; whether google2fa_secret is stored
-- encrypted (here plain base32); the migration file names and batches.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- fold: a name reduced to ASCII for an email address or a login; de: the
-- German umlaut spelling (ü -> ue).
CREATE FUNCTION pgen.fold(s text, de boolean DEFAULT false) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(
    CASE WHEN de THEN replace(replace(replace(replace(replace(replace(replace(s, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss')
         ELSE replace(s, 'ß', 'ss') END,
    'ąćęłńóśźżĄĆĘŁŃÓŚŹŻçğıİöşüÇĞÖŞÜäÄêîûÊÎÛéèáàâ',
    'acelnoszzACELNOSZZcgiIosuCGOSUaAeiuEIUeeaaa')), '[^a-z0-9]+', '', 'g')
$$;

-- at: a time between two instants (UTC, to the second); d: a date between two dates.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;
CREATE FUNCTION pgen.d(tag text, i bigint, lo date, hi date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo + 1)) $$;

-- rnd: random-looking alphanumerics; hex: lower-case hex; b32: base32.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;
CREATE FUNCTION pgen.hex(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;
CREATE FUNCTION pgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;
CREATE FUNCTION pgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- bcrypt as Laravel's Hash::make() writes it.
CREATE FUNCTION pgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- pj: a JSON string literal as PHP's json_encode() writes it (non-ASCII as
-- \uXXXX, '/' as '\/'); NULL gives null.
CREATE FUNCTION pgen.pj(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN 'null' ELSE (
    SELECT coalesce(string_agg(CASE WHEN ascii(ch) > 127 THEN '\u' || lpad(to_hex(ascii(ch)), 4, '0') WHEN ch = '/' THEN '\/' ELSE ch END, '' ORDER BY k), '')
    FROM (SELECT k, substr(j, k, 1) AS ch FROM (SELECT to_json(v)::text AS j) y, generate_series(1, length(j)) k) x) END
$$;

-- PHP serialize(): strings (byte lengths), integers, null, arrays and objects
-- (alternating property names and already serialized values).
CREATE FUNCTION pgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;
CREATE FUNCTION pgen.pi(v bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'i:' || v || ';' $$;
CREATE FUNCTION pgen.po(cls text, kv text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'O:' || octet_length(cls) || ':"' || cls || '":' || (cardinality(kv) / 2) || ':{'
      || coalesce(string_agg(pgen.ps(kv[2 * k - 1]) || kv[2 * k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, cardinality(kv) / 2) k
$$;
-- mi: Laravel 8's ModelIdentifier of a model.
CREATE FUNCTION pgen.mi(cls text, id bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT pgen.po('Illuminate\Contracts\Database\ModelIdentifier', ARRAY['class', pgen.ps(cls), 'id', pgen.pi(id), 'relations', 'a:0:{}', 'connection', pgen.ps('pgsql'), 'collectionClass', 'N;'])
$$;

-- Checksummed national numbers: Polish PESEL (from birth date and sex),
-- Turkish T.C. Kimlik No, German Steuer-ID (ISO 7064 mod 11,10).
CREATE FUNCTION pgen.pesel(b date, female boolean, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || ((10 - (SELECT sum(substr(d, k, 1)::int * (ARRAY[1, 3, 7, 9, 1, 3, 7, 9, 1, 3])[k]) FROM generate_series(1, 10) k) % 10) % 10)::text
  FROM (SELECT to_char(b, 'YY') || lpad((extract(month FROM b)::int + CASE WHEN b >= date '2000-01-01' THEN 20 ELSE 0 END)::text, 2, '0') || to_char(b, 'DD')
             || fixture_gen.digits(tag, i, 3) || (2 * fixture_gen.n(tag || 'sx', i, 5) + CASE WHEN female THEN 0 ELSE 1 END)::text AS d) x
$$;
CREATE FUNCTION pgen.tckn(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || d10 || ((SELECT sum(substr(d || d10, k, 1)::int) FROM generate_series(1, 10) k) % 10)::text
  FROM (SELECT d, ((((substr(d, 1, 1)::int + substr(d, 3, 1)::int + substr(d, 5, 1)::int + substr(d, 7, 1)::int + substr(d, 9, 1)::int) * 7
                    - (substr(d, 2, 1)::int + substr(d, 4, 1)::int + substr(d, 6, 1)::int + substr(d, 8, 1)::int)) % 10 + 10) % 10)::text AS d10
        FROM (SELECT (1 + fixture_gen.n(tag || 'f', i, 9))::text || fixture_gen.digits(tag, i, 8) AS d) y) x
$$;
CREATE FUNCTION pgen.steuerid(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text := (1 + fixture_gen.n(tag || 'f', i, 9))::text || fixture_gen.digits(tag, i, 9);
  p int := 10;
  s int;
BEGIN
  FOR k IN 1..10 LOOP
    s := (substr(d, k, 1)::int + p) % 10;
    IF s = 0 THEN s := 10; END IF;
    p := (2 * s) % 11;
  END LOOP;
  RETURN d || ((11 - p) % 10)::text;
END $$;
-- IBANs of Germany, Poland and Turkey, printed in groups of four.
CREATE FUNCTION pgen.iban(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(fixture_gen.iban(cc, CASE cc WHEN 'PL' THEN fixture_gen.digits(tag, i, 24) WHEN 'TR' THEN fixture_gen.digits(tag, i, 5) || '0' || fixture_gen.digits(tag || 't', i, 16)
    ELSE fixture_gen.digits(tag, i, 18) END), '(.{4})(?!$)', '\1 ', 'g')
$$;

-- Cultures: given names by sex, surnames (Polish ones in the masculine form,
-- made feminine by pgen.fem_last), nicknames by sex and mail domains.
CREATE TABLE pgen.cu (c text PRIMARY KEY, m text[], f text[], lasts text[], nm text[], nf text[], domains text[]);
INSERT INTO pgen.cu VALUES
 ('de', ARRAY['Thomas', 'Michael', 'Andreas', 'Stefan', 'Jürgen', 'Klaus', 'Markus', 'Tobias', 'Jan', 'Lukas', 'Felix', 'Maximilian', 'Jonas', 'Paul', 'Heinz', 'Günter', 'Wolfgang', 'Dieter', 'Florian', 'Sebastian', 'Uwe', 'Niklas'],
        ARRAY['Sabine', 'Petra', 'Claudia', 'Andrea', 'Monika', 'Birgit', 'Julia', 'Anna', 'Lena', 'Laura', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Gerda', 'Renate', 'Ingrid', 'Hannelore', 'Johanna', 'Emma', 'Kerstin', 'Mia'],
        ARRAY['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange', 'Schmitz', 'Krause', 'Lehmann', 'Köhler', 'Vogel'],
        ARRAY['Opa', 'Onkel Hans', 'Flo', 'Basti', 'Micha', 'Bubi'], ARRAY['Omi', 'Tante Gabi', 'Mausi', 'Stefi', 'Lenchen', 'Katha'],
        ARRAY['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'mailbox.org', 'googlemail.com']),
 ('pl', ARRAY['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Marcin', 'Michał', 'Grzegorz', 'Jakub', 'Kacper', 'Bartosz', 'Łukasz', 'Wojciech', 'Stanisław', 'Józef', 'Zbigniew', 'Mateusz', 'Szymon'],
        ARRAY['Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Magdalena', 'Joanna', 'Zofia', 'Alicja', 'Zuzanna', 'Julia', 'Maria', 'Krystyna', 'Halina', 'Jadwiga', 'Dorota', 'Karolina'],
        ARRAY['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Pawłowski', 'Michalski', 'Zając', 'Król', 'Wieczorek', 'Jabłoński'],
        ARRAY['Dziadek', 'Bartek', 'Kuba', 'Wujek Staszek', 'Misiek', 'Grzesiu'], ARRAY['Babcia', 'Kasia', 'Gosia', 'Ola', 'Zosia', 'Ciocia Basia', 'Madzia'],
        ARRAY['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com', 'gazeta.pl']),
 ('tr', ARRAY['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Burak', 'Yusuf', 'Ömer', 'Kemal', 'Cem', 'Onur', 'Serkan', 'Oğuz', 'Eren', 'Mert', 'Can'],
        ARRAY['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Büşra', 'Esra', 'Özlem', 'Selin', 'Derya', 'Gül', 'Sevgi', 'Hülya', 'Nur', 'Ebru', 'Cansu', 'Yasemin', 'Melek'],
        ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat', 'Güneş', 'Akgül', 'Erdem'],
        ARRAY['Dede', 'Amca', 'Abi', 'Memo', 'Hüsso', 'Dayı'], ARRAY['Anneanne', 'Babaanne', 'Teyze', 'Halacım', 'Ablacım', 'Yenge'],
        ARRAY['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com', 'hotmail.de', 'icloud.com']),
 ('ku', ARRAY['Azad', 'Rojhat', 'Welat', 'Serhat', 'Baran', 'Şervan', 'Dilşad', 'Rêzan', 'Mervan', 'Hogir', 'Rênas', 'Ciwan', 'Zinar', 'Delîl', 'Kawa', 'Çiya', 'Agit', 'Berzan'],
        ARRAY['Rojda', 'Berfin', 'Zilan', 'Dilan', 'Hêvî', 'Delal', 'Jiyan', 'Nûdem', 'Rûken', 'Bêrîvan', 'Gulistan', 'Newroz', 'Evîn', 'Helin', 'Roza', 'Zozan', 'Şîlan', 'Ronahî'],
        ARRAY['Ekinci', 'Demirtaş', 'Tekin', 'Ertaş', 'Baysal', 'Kaplan', 'Oruç', 'Tunç', 'Akbaş', 'Bulut', 'Zengin', 'Karakoç', 'Ateş', 'Ayhan', 'Kılınç', 'Alkan', 'Yavuz', 'Dağ'],
        ARRAY['Bapîr', 'Xalo', 'Apo', 'Mamo', 'Delo'], ARRAY['Dapîr', 'Metê', 'Dayê', 'Xaltî', 'Roj'],
        ARRAY['gmail.com', 'hotmail.com', 'outlook.de', 'gmx.de', 'yahoo.com']);

CREATE FUNCTION pgen.fem_last(c text, l text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN c = 'pl' THEN regexp_replace(l, '(sk|ck|dzk)i$', '\1a') ELSE l END $$;

-- Cities of residence: country, name, province, centre, postcode range and
-- length, and the landline area code.
CREATE TABLE pgen.city (id int PRIMARY KEY, cc text, name text, prov text, lat double precision, lon double precision, zlo int, zhi int, zlen int, area text);
INSERT INTO pgen.city VALUES
 (1, 'DE', 'Berlin', 'Berlin', 52.5200, 13.4050, 10115, 14199, 5, '30'),
 (2, 'DE', 'Köln', 'Nordrhein-Westfalen', 50.9375, 6.9603, 50667, 51149, 5, '221'),
 (3, 'DE', 'Duisburg', 'Nordrhein-Westfalen', 51.4344, 6.7623, 47051, 47279, 5, '203'),
 (4, 'DE', 'Gelsenkirchen', 'Nordrhein-Westfalen', 51.5177, 7.0857, 45879, 45899, 5, '209'),
 (5, 'DE', 'Dortmund', 'Nordrhein-Westfalen', 51.5136, 7.4653, 44135, 44388, 5, '231'),
 (6, 'DE', 'Hamburg', 'Hamburg', 53.5511, 9.9937, 20095, 22769, 5, '40'),
 (7, 'DE', 'München', 'Bayern', 48.1351, 11.5820, 80331, 81929, 5, '89'),
 (8, 'DE', 'Frankfurt am Main', 'Hessen', 50.1109, 8.6821, 60306, 60599, 5, '69'),
 (9, 'DE', 'Stuttgart', 'Baden-Württemberg', 48.7758, 9.1829, 70173, 70629, 5, '711'),
 (10, 'DE', 'Mannheim', 'Baden-Württemberg', 49.4875, 8.4660, 68159, 68309, 5, '621'),
 (11, 'DE', 'Bielefeld', 'Nordrhein-Westfalen', 52.0302, 8.5325, 33602, 33739, 5, '521'),
 (12, 'DE', 'Hannover', 'Niedersachsen', 52.3759, 9.7320, 30159, 30669, 5, '511'),
 (13, 'DE', 'Nürnberg', 'Bayern', 49.4521, 11.0767, 90402, 90491, 5, '911'),
 (14, 'DE', 'Offenbach am Main', 'Hessen', 50.0956, 8.7761, 63065, 63075, 5, '69'),
 (15, 'DE', 'Leipzig', 'Sachsen', 51.3397, 12.3731, 4103, 4357, 5, '341'),
 (16, 'DE', 'Bremen', 'Bremen', 53.0793, 8.8017, 28195, 28779, 5, '421'),
 (21, 'PL', 'Warszawa', 'mazowieckie', 52.2297, 21.0122, 1, 4999, 5, '22'),
 (22, 'PL', 'Kraków', 'małopolskie', 50.0647, 19.9450, 30001, 31999, 5, '12'),
 (23, 'PL', 'Wrocław', 'dolnośląskie', 51.1079, 17.0385, 50001, 54999, 5, '71'),
 (24, 'PL', 'Gdańsk', 'pomorskie', 54.3520, 18.6466, 80001, 80999, 5, '58'),
 (25, 'PL', 'Poznań', 'wielkopolskie', 52.4064, 16.9252, 60001, 61999, 5, '61'),
 (26, 'PL', 'Łódź', 'łódzkie', 51.7592, 19.4560, 90001, 94999, 5, '42'),
 (27, 'PL', 'Katowice', 'śląskie', 50.2649, 19.0238, 40001, 40999, 5, '32'),
 (28, 'PL', 'Opole', 'opolskie', 50.6751, 17.9213, 45001, 45999, 5, '77'),
 (29, 'PL', 'Szczecin', 'zachodniopomorskie', 53.4285, 14.5528, 70001, 71999, 5, '91'),
 (30, 'PL', 'Lublin', 'lubelskie', 51.2465, 22.5684, 20001, 20999, 5, '81'),
 (31, 'PL', 'Rzeszów', 'podkarpackie', 50.0412, 21.9991, 35001, 35999, 5, '17'),
 (41, 'TR', 'İstanbul', 'İstanbul', 41.0082, 28.9784, 34000, 34999, 5, '212'),
 (42, 'TR', 'Ankara', 'Ankara', 39.9334, 32.8597, 6000, 6999, 5, '312'),
 (43, 'TR', 'İzmir', 'İzmir', 38.4237, 27.1428, 35000, 35999, 5, '232'),
 (44, 'TR', 'Diyarbakır', 'Diyarbakır', 37.9144, 40.2306, 21000, 21999, 5, '412'),
 (45, 'TR', 'Van', 'Van', 38.5012, 43.3730, 65000, 65999, 5, '432'),
 (46, 'TR', 'Mardin', 'Mardin', 37.3212, 40.7245, 47000, 47999, 5, '482'),
 (47, 'TR', 'Bursa', 'Bursa', 40.1885, 29.0610, 16000, 16999, 5, '224'),
 (48, 'TR', 'Antalya', 'Antalya', 36.8969, 30.7133, 7000, 7999, 5, '242'),
 (49, 'TR', 'Kayseri', 'Kayseri', 38.7205, 35.4826, 38000, 38999, 5, '352'),
 (50, 'TR', 'Trabzon', 'Trabzon', 41.0015, 39.7178, 61000, 61999, 5, '462'),
 (51, 'TR', 'Gaziantep', 'Gaziantep', 37.0662, 37.3833, 27000, 27999, 5, '342'),
 (52, 'TR', 'Şanlıurfa', 'Şanlıurfa', 37.1591, 38.7969, 63000, 63999, 5, '414'),
 (53, 'TR', 'Konya', 'Konya', 37.8746, 32.4932, 42000, 42999, 5, '332'),
 (54, 'TR', 'Tunceli', 'Tunceli', 39.1079, 39.5401, 62000, 62999, 5, '428'),
 (55, 'TR', 'Batman', 'Batman', 37.8812, 41.1351, 72000, 72999, 5, '488'),
 (61, 'NL', 'Rotterdam', 'Zuid-Holland', 51.9244, 4.4777, 3011, 3089, 4, '10'),
 (62, 'NL', 'Amsterdam', 'Noord-Holland', 52.3676, 4.9041, 1011, 1109, 4, '20'),
 (63, 'NL', 'Den Haag', 'Zuid-Holland', 52.0705, 4.3007, 2491, 2597, 4, '70'),
 (64, 'NL', 'Utrecht', 'Utrecht', 52.0907, 5.1214, 3511, 3585, 4, '30'),
 (71, 'AT', 'Wien', 'Wien', 48.2082, 16.3738, 1010, 1230, 4, '1'),
 (72, 'AT', 'Linz', 'Oberösterreich', 48.3069, 14.2858, 4020, 4040, 4, '732'),
 (73, 'AT', 'Graz', 'Steiermark', 47.0707, 15.4395, 8010, 8055, 4, '316'),
 (74, 'AT', 'Salzburg', 'Salzburg', 47.8095, 13.0550, 5020, 5026, 4, '662'),
 (81, 'CH', 'Basel', 'Basel-Stadt', 47.5596, 7.5886, 4001, 4059, 4, '61'),
 (82, 'CH', 'Zürich', 'Zürich', 47.3769, 8.5417, 8001, 8057, 4, '44'),
 (83, 'CH', 'Bern', 'Bern', 46.9480, 7.4474, 3001, 3030, 4, '31'),
 (91, 'GB', 'London', 'England', 51.5072, -0.1276, 0, 0, 0, '20'),
 (92, 'GB', 'Birmingham', 'England', 52.4862, -1.8904, 0, 0, 0, '121'),
 (93, 'GB', 'Manchester', 'England', 53.4808, -2.2426, 0, 0, 0, '161'),
 (94, 'GB', 'Edinburgh', 'Scotland', 55.9533, -3.1883, 0, 0, 0, '131'),
 (101, 'IE', 'Dublin', 'Co. Dublin', 53.3498, -6.2603, 0, 0, 0, '1'),
 (102, 'IE', 'Cork', 'Co. Cork', 51.8985, -8.4756, 0, 0, 0, '21'),
 (111, 'US', 'Chicago', 'IL', 41.8781, -87.6298, 60601, 60661, 5, '773'),
 (112, 'US', 'New York', 'NY', 40.7128, -74.0060, 10001, 10282, 5, '718'),
 (113, 'US', 'Houston', 'TX', 29.7604, -95.3698, 77002, 77099, 5, '713'),
 (114, 'US', 'Los Angeles', 'CA', 34.0522, -118.2437, 90001, 90089, 5, '323'),
 (121, 'SE', 'Stockholm', 'Stockholms län', 59.3293, 18.0686, 11120, 11860, 5, '8'),
 (122, 'SE', 'Göteborg', 'Västra Götalands län', 57.7089, 11.9746, 41101, 41879, 5, '31'),
 (123, 'SE', 'Malmö', 'Skåne län', 55.6050, 13.0038, 21111, 21774, 5, '40'),
 (124, 'SE', 'Uppsala', 'Uppsala län', 59.8586, 17.6389, 75220, 75759, 5, '18'),
 (131, 'FR', 'Strasbourg', 'Grand Est', 48.5734, 7.7521, 67000, 67200, 5, '3 88'),
 (132, 'FR', 'Paris', 'Île-de-France', 48.8566, 2.3522, 75001, 75020, 5, '1'),
 (133, 'FR', 'Lyon', 'Auvergne-Rhône-Alpes', 45.7640, 4.8357, 69001, 69009, 5, '4 78'),
 (134, 'FR', 'Mulhouse', 'Grand Est', 47.7508, 7.3359, 68100, 68200, 5, '3 89'),
 (141, 'ES', 'Palma', 'Illes Balears', 39.5696, 2.6502, 7001, 7015, 5, '971'),
 (142, 'ES', 'Málaga', 'Andalucía', 36.7213, -4.4214, 29001, 29018, 5, '952');

-- city_in: a city of a country (DE weighted to the Ruhr, Köln and Berlin).
CREATE FUNCTION pgen.city_in(cc text, tag text, i bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN cc = 'DE' THEN (ARRAY[1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16])[1 + fixture_gen.n(tag, i, 26)]
    ELSE (SELECT ids[1 + fixture_gen.n(tag, i, cardinality(ids))] FROM (SELECT array_agg(id ORDER BY id) AS ids FROM pgen.city WHERE city.cc = city_in.cc) x) END
$$;

CREATE FUNCTION pgen.zip(city int, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE c.cc
    WHEN 'PL' THEN substr(z, 1, 2) || '-' || substr(z, 3, 3)
    WHEN 'NL' THEN z || ' ' || fixture_gen.chars(tag || 'l', i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
    WHEN 'SE' THEN substr(z, 1, 3) || ' ' || substr(z, 4, 2)
    WHEN 'GB' THEN fixture_gen.pick(CASE c.name WHEN 'London' THEN ARRAY['E1', 'N16', 'SE15', 'NW10', 'W3', 'E17'] WHEN 'Birmingham' THEN ARRAY['B11', 'B10', 'B8', 'B19']
        WHEN 'Manchester' THEN ARRAY['M8', 'M14', 'M16'] ELSE ARRAY['EH6', 'EH11', 'EH7'] END, tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'IE' THEN fixture_gen.pick(CASE c.name WHEN 'Dublin' THEN ARRAY['D01', 'D07', 'D08', 'D15', 'D24'] ELSE ARRAY['T12', 'T23'] END, tag, i) || ' ' || fixture_gen.chars(tag, i, 4, 'ACDEFHKNPRTVWXY0123456789')
    ELSE z END
  FROM pgen.city c CROSS JOIN LATERAL (SELECT lpad((c.zlo + fixture_gen.n(tag, i, greatest(1, c.zhi - c.zlo + 1)))::text, c.zlen, '0') AS z) x
  WHERE c.id = city
$$;

CREATE FUNCTION pgen.street(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Hauptstraße', 'Bahnhofstraße', 'Goethestraße', 'Schillerstraße', 'Lindenstraße', 'Am Kirchberg', 'Weseler Straße', 'Keupstraße', 'Venloer Straße',
        'Bergstraße', 'Gartenstraße', 'Friedrich-Ebert-Straße', 'Kantstraße', 'Sonnenallee', 'Hermannstraße', 'Eichendorffweg', 'Auf dem Hügel', 'Rosenweg', 'Kaiserstraße', 'Münsterstr.'], tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text || CASE WHEN fixture_gen.n(tag || 'a', i, 9) = 0 THEN 'a' ELSE '' END
    WHEN 'PL' THEN fixture_gen.pick(ARRAY['ul. Długa', 'ul. Polna', 'ul. Leśna', 'ul. Słoneczna', 'ul. Krótka', 'ul. Szkolna', 'ul. Ogrodowa', 'ul. Lipowa', 'ul. Piotrkowska', 'ul. Mickiewicza',
        'ul. Kościuszki', 'ul. Sienkiewicza', 'al. Jana Pawła II', 'ul. Marszałkowska', 'ul. Grunwaldzka', 'os. Tysiąclecia'], tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, 160))::text || CASE WHEN fixture_gen.n(tag || 'a', i, 5) < 3 THEN '/' || (1 + fixture_gen.n(tag || 'm', i, 60))::text ELSE '' END
    WHEN 'TR' THEN fixture_gen.pick(ARRAY['Atatürk Cad.', 'Cumhuriyet Cad.', 'İstiklal Cad.', 'Bağdat Cad.', 'Gazi Mustafa Kemal Bulvarı', 'Fevzi Çakmak Mah. 1453. Sok.', 'Yenişehir Mah. Lise Cad.',
        'Bahçelievler Mah. 7. Sok.', 'Kocatepe Mah. Mithatpaşa Cad.', 'Ofis Mah. Kooperatif Cad.', 'Bağlar Mah. 12. Sok.', 'Kültür Mah. Şehit Nevres Bulvarı'], tag, i)
        || ' No:' || (1 + fixture_gen.n(tag || 'n', i, 180))::text || CASE WHEN fixture_gen.n(tag || 'a', i, 2) = 0 THEN ' D:' || (1 + fixture_gen.n(tag || 'm', i, 24))::text ELSE '' END
    WHEN 'NL' THEN fixture_gen.pick(ARRAY['Kruiskade', 'Westersingel', 'Beijerlandselaan', 'Kinkerstraat', 'Javastraat', 'Amsterdamsestraatweg', 'Hoefkade'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 300))::text
        || CASE WHEN fixture_gen.n(tag || 'a', i, 3) = 0 THEN '-' || (1 + fixture_gen.n(tag || 'm', i, 3))::text ELSE '' END
    WHEN 'AT' THEN fixture_gen.pick(ARRAY['Mariahilfer Straße', 'Favoritenstraße', 'Ottakringer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Annenstraße', 'Linzer Gasse'], tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, 120))::text || '/' || (1 + fixture_gen.n(tag || 's', i, 4))::text || '/' || (1 + fixture_gen.n(tag || 'm', i, 20))::text
    WHEN 'CH' THEN fixture_gen.pick(ARRAY['Steinenvorstadt', 'Langstrasse', 'Badenerstrasse', 'Feldbergstrasse', 'Bahnhofstrasse', 'Lorrainestrasse'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text
    WHEN 'GB' THEN (1 + fixture_gen.n(tag || 'n', i, 240))::text || ' ' || fixture_gen.pick(ARRAY['Station Road', 'High Street', 'Green Lanes', 'Stamford Hill', 'Kingsland Road', 'Church Lane', 'Leith Walk', 'Stratford Road'], tag, i)
    WHEN 'IE' THEN (1 + fixture_gen.n(tag || 'n', i, 120))::text || ' ' || fixture_gen.pick(ARRAY['Parnell Street', 'Capel Street', 'Dorset Street', 'Patrick Street', 'Thomas Street'], tag, i)
    WHEN 'US' THEN (100 + fixture_gen.n(tag || 'n', i, 9800))::text || ' ' || fixture_gen.pick(ARRAY['N Milwaukee Ave', 'W Belmont Ave', 'Ocean Pkwy', 'Westheimer Rd', 'S Archer Ave', 'Wilshire Blvd', 'Bedford Ave'], tag, i)
        || CASE WHEN fixture_gen.n(tag || 'a', i, 3) = 0 THEN ', Apt ' || (1 + fixture_gen.n(tag || 'm', i, 40))::text ELSE '' END
    WHEN 'SE' THEN fixture_gen.pick(ARRAY['Drottninggatan', 'Rinkebytorget', 'Sveavägen', 'Kungsgatan', 'Amiralsgatan', 'Vårbergsvägen'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text
    WHEN 'FR' THEN (1 + fixture_gen.n(tag || 'n', i, 150))::text || ' ' || fixture_gen.pick(ARRAY['rue du Faubourg National', 'rue de la Division Leclerc', 'avenue des Vosges', 'rue du Faubourg Saint-Denis', 'rue de Belleville', 'cours Gambetta'], tag, i)
    ELSE fixture_gen.pick(ARRAY['Carrer de Sant Miquel', 'Calle Larios', 'Avinguda de Gabriel Roca', 'Calle Mayor'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text END
$$;

-- phone: a mobile (or, with mobile false, a landline of the city) in one of
-- the formats people type in that country.
CREATE FUNCTION pgen.phone(city int, tag text, i bigint, mobile boolean DEFAULT true) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN mobile THEN CASE c.cc
      WHEN 'DE' THEN (ARRAY['+49 ', '0', '+49 ', '0049 '])[1 + f] || fixture_gen.pick(ARRAY['151', '152', '157', '160', '162', '170', '171', '172', '173', '176', '177', '178', '179', '1512', '1522'], tag, i) || ' ' || fixture_gen.digits(tag, i, 7 + (i % 2)::int)
      WHEN 'PL' THEN (ARRAY['+48 ', '', '+48 ', '0048 '])[1 + f] || fixture_gen.pick(ARRAY['501', '502', '600', '601', '602', '603', '604', '605', '660', '661', '690', '691', '721', '730', '790', '880', '881', '885', '888'], tag, i)
          || CASE WHEN f = 1 THEN '-' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'x', i, 3) ELSE ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3) END
      WHEN 'TR' THEN (ARRAY['+90 ', '0', '+90 ', '0 ('])[1 + f] || '5' || fixture_gen.pick(ARRAY['30', '32', '33', '35', '36', '42', '43', '44', '05', '06', '07', '52', '53', '55'], tag, i)
          || CASE WHEN f = 3 THEN ') ' ELSE ' ' END || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2)
      WHEN 'NL' THEN CASE WHEN f = 1 THEN '06-' ELSE '+31 6 ' END || fixture_gen.digits(tag, i, 8)
      WHEN 'AT' THEN CASE WHEN f = 1 THEN '0' ELSE '+43 ' END || fixture_gen.pick(ARRAY['664', '676', '650', '699'], tag, i) || ' ' || fixture_gen.digits(tag, i, 7)
      WHEN 'CH' THEN CASE WHEN f = 1 THEN '0' ELSE '+41 ' END || fixture_gen.pick(ARRAY['76', '78', '79'], tag, i) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2)
      WHEN 'GB' THEN CASE WHEN f = 1 THEN '07' ELSE '+44 7' END || fixture_gen.pick(ARRAY['400', '700', '723', '788', '851', '912', '956'], tag, i) || ' ' || fixture_gen.digits(tag, i, 6)
      WHEN 'IE' THEN CASE WHEN f = 1 THEN '08' ELSE '+353 8' END || fixture_gen.pick(ARRAY['3', '5', '6', '7'], tag, i) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
      WHEN 'US' THEN '+1 (' || c.area || ') ' || (2 + fixture_gen.n(tag || 'e', i, 8))::text || fixture_gen.digits(tag || 'e', i, 2) || '-' || fixture_gen.digits(tag, i, 4)
      WHEN 'SE' THEN CASE WHEN f = 1 THEN '07' ELSE '+46 7' END || fixture_gen.pick(ARRAY['0', '2', '3', '6'], tag, i) || '-' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2)
      WHEN 'FR' THEN CASE WHEN f = 1 THEN '0' ELSE '+33 ' END || fixture_gen.pick(ARRAY['6', '7'], tag, i) || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
      ELSE '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 3) END
    ELSE CASE c.cc
      WHEN 'DE' THEN CASE WHEN f = 1 THEN '0' || c.area || '/' ELSE '+49 ' || c.area || ' ' END || fixture_gen.digits(tag, i, 9 - length(c.area))
      WHEN 'PL' THEN '+48 ' || c.area || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2)
      WHEN 'TR' THEN CASE WHEN f = 1 THEN '0' ELSE '+90 ' END || c.area || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2)
      WHEN 'US' THEN '+1 (' || c.area || ') ' || (2 + fixture_gen.n(tag || 'e', i, 8))::text || fixture_gen.digits(tag || 'e', i, 2) || '-' || fixture_gen.digits(tag, i, 4)
      WHEN 'FR' THEN '+33 ' || c.area || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2)
      ELSE '+' || (CASE c.cc WHEN 'NL' THEN '31' WHEN 'AT' THEN '43' WHEN 'CH' THEN '41' WHEN 'GB' THEN '44' WHEN 'IE' THEN '353' WHEN 'SE' THEN '46' ELSE '34' END) || ' ' || c.area || ' ' || fixture_gen.digits(tag, i, 7) END END
  FROM pgen.city c CROSS JOIN LATERAL (SELECT fixture_gen.n(tag || 'fmt', i, 4) AS f) x WHERE c.id = city
$$;

-- abroad: where relatives of a culture live outside the family's country.
CREATE FUNCTION pgen.abroad(c text, home text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(CASE c
    WHEN 'de' THEN ARRAY['AT', 'CH', 'US', 'ES', 'AT', CASE WHEN home = 'DE' THEN 'US' ELSE 'DE' END]
    WHEN 'pl' THEN ARRAY['GB', 'IE', 'US', 'GB', CASE WHEN home = 'DE' THEN 'PL' ELSE 'DE' END, CASE WHEN home = 'DE' THEN 'PL' ELSE 'DE' END]
    WHEN 'tr' THEN ARRAY['NL', 'AT', 'FR', 'CH', CASE WHEN home = 'DE' THEN 'TR' ELSE 'DE' END, CASE WHEN home = 'DE' THEN 'TR' ELSE 'DE' END]
    ELSE ARRAY['SE', 'NL', 'FR', 'CH', CASE WHEN home = 'DE' THEN 'TR' ELSE 'DE' END, CASE WHEN home = 'DE' THEN 'TR' ELSE 'DE' END] END, tag, i)
$$;

-- ---------------------------------------------------------------------------
-- Staging: the 240 accounts (families), their users, and the people they keep.

CREATE TABLE pgen.acct (a int PRIMARY KEY, c text, cc text, city int, fam text, locale text, tz text, cur int, created timestamp);
INSERT INTO pgen.acct (a, c, created)
SELECT a, CASE a WHEN 1 THEN 'de' WHEN 2 THEN 'tr'
  ELSE fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'de', 'tr', 'tr', 'tr', 'tr', 'tr', 'tr', 'ku', 'ku', 'ku', 'pl', 'pl', 'pl', 'pl', 'pl', 'pl'], 'ac', a) END,
  (timestamp '2018-04-02 08:00:00' + (a - 1) * interval '4 days 6 hours' + make_interval(secs => fixture_gen.n('acr', a, 259200)))::timestamp(0)
FROM generate_series(1, 240) a;
UPDATE pgen.acct SET cc = CASE c WHEN 'de' THEN 'DE' WHEN 'tr' THEN CASE WHEN fixture_gen.n('acc', a, 10) < 7 OR a = 2 THEN 'DE' ELSE 'TR' END
  WHEN 'ku' THEN CASE WHEN fixture_gen.n('acc', a, 10) < 8 THEN 'DE' ELSE 'TR' END ELSE CASE WHEN fixture_gen.n('acc', a, 10) < 4 THEN 'DE' ELSE 'PL' END END;
UPDATE pgen.acct x SET
  city = CASE WHEN a IN (1, 2) THEN 2 WHEN c = 'ku' AND cc = 'TR' THEN fixture_gen.pick(ARRAY['44', '45', '46', '52', '54', '55', '41'], 'acity', a)::int ELSE pgen.city_in(cc, 'acity', a) END,
  fam = (SELECT cu.lasts[1 + fixture_gen.n('afam', a, cardinality(cu.lasts))] FROM pgen.cu WHERE cu.c = x.c),
  locale = CASE c WHEN 'de' THEN CASE WHEN fixture_gen.n('aloc', a, 12) = 0 THEN 'en' ELSE 'de' END
    WHEN 'pl' THEN CASE WHEN cc = 'PL' THEN CASE WHEN fixture_gen.n('aloc', a, 8) = 0 THEN 'en' ELSE 'pl' END ELSE fixture_gen.pick(ARRAY['pl', 'pl', 'de', 'en'], 'aloc', a) END
    WHEN 'tr' THEN CASE WHEN cc = 'TR' THEN fixture_gen.pick(ARRAY['tr', 'tr', 'tr', 'en'], 'aloc', a) ELSE fixture_gen.pick(ARRAY['tr', 'de', 'de', 'en'], 'aloc', a) END
    ELSE fixture_gen.pick(ARRAY['tr', 'de', 'en', 'de'], 'aloc', a) END,
  tz = CASE cc WHEN 'DE' THEN 'Europe/Berlin' WHEN 'PL' THEN 'Europe/Warsaw' ELSE 'Europe/Istanbul' END,
  cur = CASE cc WHEN 'DE' THEN 46 WHEN 'PL' THEN 112 ELSE 141 END;
UPDATE pgen.acct SET fam = 'Hoffmann', locale = 'de', created = '2018-04-02 08:12:40' WHERE a = 1;
UPDATE pgen.acct SET fam = 'Aydın', locale = 'de', created = '2018-04-02 08:31:05' WHERE a = 2;

-- Users: the owner of each account (u = a), a spouse in some (u > 240).
CREATE TABLE pgen.usr (u int PRIMARY KEY, a int, owner boolean, g text, first text, last text, email text, created timestamp, c text, cc text, city int, locale text, tz text);
INSERT INTO pgen.usr (u, a, owner, g, created, c, cc, city, locale, tz)
SELECT a, a, true, CASE WHEN fixture_gen.n('ug', a, 2) = 0 THEN 'M' ELSE 'F' END, created, c, cc, city, locale, tz FROM pgen.acct;
INSERT INTO pgen.usr (u, a, owner, g, created, c, cc, city, locale, tz)
SELECT 240 + row_number() OVER (ORDER BY x.a), x.a, false, CASE WHEN o.g = 'M' THEN 'F' ELSE 'M' END,
       x.created + make_interval(days => 1 + fixture_gen.n('usc', x.a, 200), secs => fixture_gen.n('uss', x.a, 86400)), x.c, x.cc, x.city,
       CASE WHEN x.locale = 'en' THEN 'en' WHEN x.c IN ('tr', 'ku') AND x.cc = 'DE' THEN fixture_gen.pick(ARRAY['tr', 'de'], 'usl', x.a) ELSE x.locale END, x.tz
FROM pgen.acct x JOIN pgen.usr o ON o.u = x.a WHERE x.a % 4 = 1 AND x.a > 2 OR x.a = 2;
UPDATE pgen.usr x SET
  first = (SELECT CASE WHEN x.g = 'M' THEN cu.m[1 + fixture_gen.n('ufm', x.u, cardinality(cu.m))] ELSE cu.f[1 + fixture_gen.n('uff', x.u, cardinality(cu.f))] END FROM pgen.cu WHERE cu.c = x.c),
  last = CASE WHEN x.g = 'F' THEN pgen.fem_last(x.c, (SELECT fam FROM pgen.acct WHERE a = x.a)) ELSE (SELECT fam FROM pgen.acct WHERE a = x.a) END;
-- Some wives keep their own surname or carry both.
UPDATE pgen.usr x SET last = CASE WHEN x.c IN ('tr', 'ku') THEN (SELECT cu.lasts[1 + fixture_gen.n('uml', x.u, cardinality(cu.lasts))] FROM pgen.cu WHERE cu.c = x.c) || ' ' || x.last
    ELSE (SELECT pgen.fem_last(x.c, cu.lasts[1 + fixture_gen.n('uml', x.u, cardinality(cu.lasts))]) FROM pgen.cu WHERE cu.c = x.c) || '-' || x.last END
WHERE x.g = 'F' AND fixture_gen.n('umk', x.u, 5) = 0;
UPDATE pgen.usr SET first = 'Jan', g = 'M', last = 'Hoffmann' WHERE u = 1;
UPDATE pgen.usr SET first = 'Derya', g = 'F', last = 'Aydın' WHERE u = 2;
UPDATE pgen.usr x SET email = CASE WHEN x.u IN (1, 2) THEN lower(x.first) || '@familienbande.net' ELSE
  CASE fixture_gen.n('uem', x.u, 5)
    WHEN 0 THEN pgen.fold(x.first, x.c = 'de') || '.' || pgen.fold(split_part(x.last, ' ', 1), x.c = 'de')
    WHEN 1 THEN pgen.fold(x.first, x.c = 'de') || pgen.fold(x.last, x.c = 'de')
    WHEN 2 THEN substr(pgen.fold(x.first), 1, 1) || '.' || pgen.fold(x.last, x.c = 'de')
    WHEN 3 THEN pgen.fold(x.first, x.c = 'de') || '_' || pgen.fold(x.last, x.c = 'de') || (60 + fixture_gen.n('uy', x.u, 40))::text
    ELSE pgen.fold(x.last, x.c = 'de') || '.' || pgen.fold(x.first, x.c = 'de') END
  || '@' || (SELECT fixture_gen.pick(cu.domains, 'udom', x.u) FROM pgen.cu WHERE cu.c = x.c) END;
UPDATE pgen.usr p SET email = replace(p.email, '@', (p.u % 89)::text || '@') FROM (SELECT u, row_number() OVER (PARTITION BY email ORDER BY u) rn FROM pgen.usr) d WHERE d.u = p.u AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Accounts and users.

CREATE TABLE accounts (
    id serial PRIMARY KEY,
    uuid uuid,
    api_key varchar(255) NOT NULL,
    number_of_invitations_sent integer,
    has_access_to_paid_version_for_free boolean NOT NULL DEFAULT false,
    legacy_free_plan_unlimited_contacts boolean NOT NULL DEFAULT false,
    stripe_id varchar(255),
    card_brand varchar(255),
    card_last_four varchar(255),
    trial_ends_at timestamp(0) without time zone,
    default_time_reminder_is_sent time(0) without time zone NOT NULL DEFAULT '12:00:00',
    default_gender_id integer,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
-- Paying accounts (a customer at Stripe) are those with a subscription row below.
INSERT INTO accounts (id, uuid, api_key, number_of_invitations_sent, has_access_to_paid_version_for_free, legacy_free_plan_unlimited_contacts, stripe_id, card_brand, card_last_four,
                      trial_ends_at, default_time_reminder_is_sent, default_gender_id, created_at, updated_at)
SELECT a, fixture_gen.uuid('acu', a)::uuid, pgen.rnd('akey', a, 30),
       CASE WHEN a % 4 = 1 AND a > 2 OR a = 2 THEN 1 WHEN fixture_gen.n('ainv', a, 9) = 0 THEN 1 ELSE NULL END,
       a IN (1, 2, 17, 58, 133), a < 40 AND a % 3 = 0,
       CASE WHEN fixture_gen.n('apay', a, 10) < 3 AND a > 2 THEN 'cus_' || pgen.rnd('acus', a, 14) END,
       CASE WHEN fixture_gen.n('apay', a, 10) < 3 AND a > 2 THEN fixture_gen.pick(ARRAY['Visa', 'Visa', 'MasterCard', 'MasterCard', 'American Express'], 'abr', a) END,
       CASE WHEN fixture_gen.n('apay', a, 10) < 3 AND a > 2 THEN fixture_gen.digits('al4', a, 4) END,
       CASE WHEN created > '2020-11-01' THEN created + interval '30 days' END,
       CASE WHEN fixture_gen.n('arem', a, 6) = 0 THEN '08:00:00'::time WHEN fixture_gen.n('arem', a, 6) = 1 THEN '18:00:00'::time ELSE '12:00:00'::time END,
       (a - 1) * 3 + CASE WHEN fixture_gen.n('adg', a, 5) = 0 THEN 1 ELSE 3 END,
       created, created + make_interval(days => fixture_gen.n('aup', a, 300))
FROM pgen.acct ORDER BY a;
UPDATE accounts SET updated_at = timestamp '2021-02-14 22:10:00' - make_interval(hours => fixture_gen.n('aupx', id, 700)) WHERE updated_at > '2021-02-14';

CREATE TABLE users (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    first_name varchar(255) NOT NULL,
    last_name varchar(255),
    email varchar(255) NOT NULL UNIQUE,
    email_verified_at timestamp(0) without time zone,
    password varchar(255) NOT NULL,
    remember_token varchar(100),
    google2fa_secret varchar(255),
    admin boolean NOT NULL DEFAULT false,
    timezone varchar(255),
    currency_id integer,
    locale varchar(255) NOT NULL DEFAULT 'en',
    temperature_scale varchar(255) NOT NULL DEFAULT 'celsius',
    fluid_container boolean NOT NULL DEFAULT false,
    contacts_sort_order varchar(255) NOT NULL DEFAULT 'firstnameAZ',
    name_order varchar(255) NOT NULL DEFAULT 'firstname_lastname',
    invited_by_user_id integer,
    dashboard_active_tab varchar(255) NOT NULL DEFAULT 'calls',
    gifts_active_tab varchar(255) NOT NULL DEFAULT 'ideas',
    profile_active_tab varchar(255) NOT NULL DEFAULT 'notes',
    profile_new_life_event_badge_seen boolean NOT NULL DEFAULT false,
    me_contact_id integer,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO users (id, uuid, account_id, first_name, last_name, email, email_verified_at, password, remember_token, google2fa_secret, admin, timezone, currency_id, locale,
                   temperature_scale, fluid_container, contacts_sort_order, name_order, invited_by_user_id, dashboard_active_tab, gifts_active_tab, profile_active_tab,
                   profile_new_life_event_badge_seen, me_contact_id, created_at, updated_at)
SELECT u, fixture_gen.uuid('uuu', u)::uuid, a, first, last, email,
       CASE WHEN fixture_gen.n('uver', u, 12) = 0 THEN NULL ELSE created + make_interval(secs => 40 + fixture_gen.n('uvs', u, 7200)) END,
       pgen.bcrypt('upw', u),
       CASE WHEN fixture_gen.n('urt', u, 3) > 0 THEN pgen.rnd('urt', u, 60) END,
       CASE WHEN u IN (1, 2) OR fixture_gen.n('u2fa', u, 8) = 0 THEN pgen.b32('u2fa', u, 16) END,
       u IN (1, 2), tz, (SELECT cur FROM pgen.acct WHERE acct.a = usr.a), locale,
       CASE WHEN fixture_gen.n('utmp', u, 30) = 0 THEN 'fahrenheit' ELSE 'celsius' END,
       fixture_gen.n('ufl', u, 7) = 0,
       fixture_gen.pick(ARRAY['firstnameAZ', 'firstnameAZ', 'firstnameAZ', 'lastnameAZ', 'lastnameAZ', 'lastactivitydateNewtoOld', 'firstnameZA'], 'uso', u),
       fixture_gen.pick(ARRAY['firstname_lastname', 'firstname_lastname', 'firstname_lastname', 'lastname_firstname', 'firstname_lastname_nickname', 'nickname'], 'uno', u),
       CASE WHEN NOT owner THEN a END,
       fixture_gen.pick(ARRAY['calls', 'calls', 'notes', 'tasks', 'debts'], 'udt', u),
       fixture_gen.pick(ARRAY['ideas', 'ideas', 'offered', 'received'], 'ugt', u),
       fixture_gen.pick(ARRAY['notes', 'notes', 'life-events', 'photos'], 'upt', u),
       fixture_gen.n('ule', u, 3) > 0, NULL,
       created, created + make_interval(days => fixture_gen.n('uup', u, 700))
FROM pgen.usr ORDER BY u;
UPDATE users SET updated_at = timestamp '2021-02-15 07:00:00' - make_interval(hours => fixture_gen.n('uupx', id, 900)) WHERE updated_at > '2021-02-15';

-- Per-account lookups Monica seeds when an account is created: genders,
-- contact field types, relationship types (ids derived from the account).
CREATE TABLE genders (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    type char(1),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO genders (id, uuid, account_id, name, type, created_at, updated_at)
SELECT (x.a - 1) * 3 + g, fixture_gen.uuid('gnd', (x.a - 1) * 3 + g)::uuid, x.a,
       CASE x.locale WHEN 'de' THEN (ARRAY['Mann', 'Frau', 'Keine Angabe'])[g] WHEN 'pl' THEN (ARRAY['Mężczyzna', 'Kobieta', 'Wolę nie podawać'])[g]
         WHEN 'tr' THEN (ARRAY['Erkek', 'Kadın', 'Belirtmek istemiyorum'])[g] ELSE (ARRAY['Man', 'Woman', 'Rather not say'])[g] END,
       (ARRAY['M', 'F', 'O'])[g], x.created, x.created
FROM pgen.acct x CROSS JOIN generate_series(1, 3) g ORDER BY 1;

CREATE TABLE contact_field_types (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    fontawesome_icon varchar(255),
    protocol varchar(255),
    delible boolean NOT NULL DEFAULT true,
    type varchar(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO contact_field_types (id, account_id, name, fontawesome_icon, protocol, delible, type, created_at, updated_at)
SELECT (x.a - 1) * 7 + t, x.a, (ARRAY['Email', 'Phone', 'Facebook', 'Twitter', 'Whatsapp', 'Telegram', 'LinkedIn'])[t],
       (ARRAY['fa fa-envelope-open-o', 'fa fa-volume-control-phone', 'fa fa-facebook-official', 'fa fa-twitter-square', 'fa fa-whatsapp', 'fa fa-telegram', 'fa fa-linkedin-square'])[t],
       (ARRAY['mailto:', 'tel:', NULL, NULL, 'https://wa.me/', 'https://t.me/', NULL])[t], t > 2, (ARRAY['email', 'phone', NULL, NULL, NULL, NULL, NULL])[t], x.created, x.created
FROM pgen.acct x CROSS JOIN generate_series(1, 7) t ORDER BY 1;
-- A few accounts renamed a type or added their own.
UPDATE contact_field_types SET name = 'WhatsApp', updated_at = created_at + interval '12 days' WHERE name = 'Whatsapp' AND account_id % 9 = 4;
UPDATE contact_field_types SET name = 'Instagram', fontawesome_icon = 'fa fa-instagram', protocol = 'https://instagram.com/', updated_at = created_at + interval '40 days' WHERE name = 'LinkedIn' AND account_id % 11 = 7;
UPDATE contact_field_types SET name = 'Signal', fontawesome_icon = 'fa fa-comment', protocol = NULL, updated_at = created_at + interval '90 days' WHERE name = 'Telegram' AND account_id % 13 = 5;

CREATE TABLE relationship_types (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    name_reverse_relationship varchar(255) NOT NULL,
    relationship_type_group_id integer,
    delible boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.rt (t int PRIMARY KEY, name text, rev int, grp int);
INSERT INTO pgen.rt VALUES (1, 'partner', 1, 1), (2, 'spouse', 2, 1), (3, 'date', 3, 1), (4, 'ex', 4, 1), (5, 'parent', 6, 2), (6, 'child', 5, 2), (7, 'sibling', 7, 2),
  (8, 'grandparent', 9, 2), (9, 'grandchild', 8, 2), (10, 'uncle', 11, 2), (11, 'nephew', 10, 2), (12, 'cousin', 12, 2), (13, 'godfather', 14, 2), (14, 'godson', 13, 2),
  (15, 'friend', 15, 3), (16, 'bestfriend', 16, 3), (17, 'colleague', 17, 4), (18, 'boss', 19, 4), (19, 'subordinate', 18, 4);
INSERT INTO relationship_types (id, account_id, name, name_reverse_relationship, relationship_type_group_id, delible, created_at, updated_at)
SELECT (x.a - 1) * 19 + rt.t, x.a, rt.name, r2.name, (x.a - 1) * 4 + rt.grp, false, x.created, x.created
FROM pgen.acct x CROSS JOIN pgen.rt JOIN pgen.rt r2 ON r2.t = rt.rev ORDER BY 1;

-- ---------------------------------------------------------------------------
-- What people type: templates by kind and language; {n} the contact's first
-- name, {m} another relative's or friend's, {ph} a phone, {st} {zip} {ci} an
-- address, {co} an employer, {email}, {iban}, {pid} a national number
-- (Steuer-ID, PESEL or T.C. Kimlik No), {dt} a date.
CREATE TABLE pgen.tx (id serial PRIMARY KEY, cat text, lang text, t text);
INSERT INTO pgen.tx (cat, lang, t) VALUES
 ('desc_family', 'de', 'Cousine aus {ci}'), ('desc_family', 'de', 'Onkel väterlicherseits'), ('desc_family', 'de', 'Schwager, Mann von {m}'), ('desc_family', 'de', 'Patenkind'),
 ('desc_family', 'de', 'Lebt jetzt in {ci}'), ('desc_family', 'de', 'Tante mütterlicherseits'), ('desc_family', 'de', 'Mamas Cousine'),
 ('desc_friend', 'de', 'Nachbarin von gegenüber'), ('desc_friend', 'de', 'Schulfreund aus der Grundschule'), ('desc_friend', 'de', 'Aus dem Fußballverein'), ('desc_friend', 'de', 'Kennen uns vom Deutschkurs'),
 ('desc_friend', 'de', 'Mamas beste Freundin'), ('desc_friend', 'de', 'Trainer von {m}'), ('desc_friend', 'de', 'Aus der Krabbelgruppe'),
 ('desc_colleague', 'de', 'Kollege bei {co}'), ('desc_colleague', 'de', 'Aus der Buchhaltung'), ('desc_colleague', 'de', 'Ehemalige Chefin'),
 ('desc_other', 'de', 'Hausärztin'), ('desc_other', 'de', 'Vermieter'), ('desc_other', 'de', 'Zahnarzt der Kinder'), ('desc_other', 'de', 'Steuerberater'),
 ('desc_family', 'pl', 'Kuzynka z {ci}'), ('desc_family', 'pl', 'Szwagier'), ('desc_family', 'pl', 'Ciocia od strony mamy'), ('desc_family', 'pl', 'Chrześniak'), ('desc_family', 'pl', 'Mieszka w {ci}'), ('desc_family', 'pl', 'Żona {m}'),
 ('desc_friend', 'pl', 'Koleżanka ze studiów'), ('desc_friend', 'pl', 'Sąsiad z bloku'), ('desc_friend', 'pl', 'Znajomy z parafii'), ('desc_friend', 'pl', 'Mama {m} z przedszkola'),
 ('desc_colleague', 'pl', 'Kolega z pracy ({co})'), ('desc_colleague', 'pl', 'Szef'), ('desc_other', 'pl', 'Lekarz rodzinny'), ('desc_other', 'pl', 'Właściciel mieszkania'),
 ('desc_family', 'tr', '{ci} şehrindeki kuzenim'), ('desc_family', 'tr', 'Eşimin teyzesi'), ('desc_family', 'tr', 'Amcamın oğlu'), ('desc_family', 'tr', 'Yengem'), ('desc_family', 'tr', '{m} in eşi'),
 ('desc_friend', 'tr', 'Okul arkadaşı'), ('desc_friend', 'tr', 'Komşumuz'), ('desc_friend', 'tr', 'Dernekten tanıdık'), ('desc_friend', 'tr', '{ci} şehrinde oturuyor'),
 ('desc_colleague', 'tr', '{co} iş arkadaşı'), ('desc_colleague', 'tr', 'Eski patronum'), ('desc_other', 'tr', 'Aile hekimi'), ('desc_other', 'tr', 'Ev sahibi'), ('desc_other', 'tr', 'Avukatımız'),
 ('desc_family', 'ku', 'Pismamê min, li {ci} dijî'), ('desc_family', 'ku', 'Xaltîya min'), ('desc_family', 'ku', 'Jina {m}'),
 ('desc_friend', 'ku', 'Hevala min ji dibistanê'), ('desc_friend', 'ku', 'Cîranê me'), ('desc_colleague', 'ku', 'Hevkarê min li {co}'), ('desc_other', 'ku', 'Xwediyê xanî'),
 ('desc_family', 'en', 'Cousin in {ci}'), ('desc_family', 'en', 'Wife of {m}'), ('desc_friend', 'en', 'Friend from uni'), ('desc_friend', 'en', 'Neighbour'),
 ('desc_colleague', 'en', 'Colleague at {co}'), ('desc_other', 'en', 'Family doctor'), ('desc_other', 'en', 'Landlord'),

 ('met_where', 'de', 'Hochzeit von {m}'), ('met_where', 'de', 'Uni Köln'), ('met_where', 'de', 'Fitnessstudio'), ('met_where', 'de', 'Kindergarten'), ('met_where', 'de', 'Urlaub in Antalya'),
 ('met_where', 'de', 'Arbeit'), ('met_where', 'de', 'Ostseeurlaub'), ('met_where', 'de', 'Tanzkurs'),
 ('met_where', 'pl', 'Studia we Wrocławiu'), ('met_where', 'pl', 'Wesele {m}'), ('met_where', 'pl', 'Praca'), ('met_where', 'pl', 'Kościół'), ('met_where', 'pl', 'Obóz harcerski'),
 ('met_where', 'tr', 'Üniversite'), ('met_where', 'tr', '{m}''in düğünü'), ('met_where', 'tr', 'Dershane'), ('met_where', 'tr', 'Köyde'), ('met_where', 'tr', 'İş yerinde'),
 ('met_where', 'ku', 'Li Newrozê'), ('met_where', 'ku', 'Li gund'), ('met_where', 'ku', 'Li dawetê'),
 ('met_where', 'en', 'Erasmus in Kraków'), ('met_where', 'en', 'At work'), ('met_where', 'en', 'Through {m}'), ('met_where', 'en', 'Language course'),

 ('met_info', 'de', 'Wir saßen beim Polterabend von {m} zufällig nebeneinander und haben die ganze Nacht geredet.'),
 ('met_info', 'de', 'Hat mir beim Umzug nach {ci} geholfen, seitdem befreundet.'),
 ('met_info', 'de', 'Kennen uns seit der 5. Klasse, {m} hat uns vorgestellt.'),
 ('met_info', 'de', 'Im Krankenhaus kennengelernt, als unser Sohn geboren wurde – sie lag im Nachbarzimmer.'),
 ('met_info', 'de', 'Über die Elternpflegschaft der Grundschule.'),
 ('met_info', 'pl', 'Poznaliśmy się w akademiku w {ci}, pokój obok.'), ('met_info', 'pl', 'Na weselu {m}, tańczyliśmy całą noc.'), ('met_info', 'pl', 'Przez {m}, który pracował z nim w {co}.'),
 ('met_info', 'tr', 'Almanca kursunda tanıştık, aynı sınıftaydık.'), ('met_info', 'tr', '{m}''in düğününde tanıştık.'), ('met_info', 'tr', 'Köyden komşumuz, babası dedemin arkadaşı.'),
 ('met_info', 'ku', 'Li Newroza {ci} me hev nas kir.'), ('met_info', 'ku', 'Bavê wî û bavê min hevalên zarokatiyê ne.'),
 ('met_info', 'en', 'We met during my Erasmus semester in Kraków, she was my flatmate.'), ('met_info', 'en', 'Met at a conference in Berlin, introduced by {m}.'),

 ('food', 'de', 'Vegetarisch'), ('food', 'de', 'Isst kein Schweinefleisch'), ('food', 'de', 'Laktoseintolerant'), ('food', 'de', 'Allergisch gegen Nüsse!'), ('food', 'de', 'Glutenfrei (Zöliakie)'),
 ('food', 'de', 'Trinkt keinen Alkohol'), ('food', 'de', 'Mag keinen Koriander'), ('food', 'de', 'Vegan seit 2019'), ('food', 'de', 'Diabetiker – wenig Zucker'),
 ('food', 'pl', 'Wegetarianka'), ('food', 'pl', 'Nie je ryb'), ('food', 'pl', 'Alergia na orzechy'), ('food', 'pl', 'Bez glutenu'), ('food', 'pl', 'Uwielbia pierogi z kapustą'),
 ('food', 'tr', 'Helal yiyor'), ('food', 'tr', 'Domuz eti yemiyor, alkol içmiyor'), ('food', 'tr', 'Vejetaryen'), ('food', 'tr', 'Fıstık alerjisi var'), ('food', 'tr', 'Şeker hastası, tatlı yemiyor'),
 ('food', 'ku', 'Goşt naxwe'), ('food', 'ku', 'Tenê helal'),
 ('food', 'en', 'Vegetarian'), ('food', 'en', 'Halal only'), ('food', 'en', 'Nut allergy'), ('food', 'en', 'No pork'),

 ('note', 'de', '{n} hat im Mai eine neue Stelle bei {co} angefangen, ist aber noch in der Probezeit.'),
 ('note', 'de', '{n} ist allergisch gegen Erdnüsse und Penicillin! Beim Grillen dran denken.'),
 ('note', 'de', 'Neue Handynummer von {n}: {ph}'),
 ('note', 'de', '{n} wurde am Knie operiert (Kreuzband), liegt bis Freitag im Klinikum. Besuchen!'),
 ('note', 'de', 'Hat sich von {m} getrennt, nicht drauf ansprechen.'),
 ('note', 'de', 'Lieblingsblumen: Pfingstrosen. Lieblingsfarbe grün.'),
 ('note', 'de', 'Neue Adresse: {st}, {zip} {ci}'),
 ('note', 'de', 'Schuhgröße 38, Kleidergröße M. Für Weihnachten merken.'),
 ('note', 'de', 'IBAN für das Geld vom Flohmarkt: {iban}'),
 ('note', 'de', 'Hat Diabetes Typ 2 und muss Insulin spritzen. Mama sagt, {n} nimmt es nicht ernst.'),
 ('note', 'de', 'Steuer-ID von {n} für den Erbschein: {pid}'),
 ('note', 'de', 'Mag Krimis von Nele Neuhaus und Kreuzworträtsel.'),
 ('note', 'de', 'Immer nach dem Hund fragen!'),
 ('note', 'de', 'Rezept für Linsensuppe ausprobieren, das es letztes Mal gab.'),
 ('note', 'pl', '{n} zaczęła nową pracę w {co}. Bardzo zadowolona.'),
 ('note', 'pl', 'Nowy numer telefonu: {ph}'),
 ('note', 'pl', 'Babcia źle się czuje, ma wysokie ciśnienie. Dzwonić co niedzielę.'),
 ('note', 'pl', 'Imieniny {n} w listopadzie – pamiętać o kwiatach!'),
 ('note', 'pl', 'Nowy adres: {st}, {zip} {ci}'),
 ('note', 'pl', 'Nie je mięsa od 2019 roku.'),
 ('note', 'pl', 'Numer konta do zwrotu za wesele: {iban}'),
 ('note', 'pl', 'PESEL {n} (do wniosku o paszport): {pid}'),
 ('note', 'pl', 'Przeprowadzka do Londynu w sierpniu, pomóc z pakowaniem.'),
 ('note', 'pl', 'Lubi kryminały i grzybobranie.'),
 ('note', 'tr', '{n} yeni bir işe başladı, {co} şirketinde.'),
 ('note', 'tr', 'Yeni telefon numarası: {ph}'),
 ('note', 'tr', 'Tansiyonu yüksek, ilaçlarını unutmasın diye hatırlat.'),
 ('note', 'tr', 'Adresi: {st}, {zip} {ci}'),
 ('note', 'tr', 'Düğün takısı için IBAN: {iban}'),
 ('note', 'tr', 'TC kimlik no (uçak bileti için): {pid}'),
 ('note', 'tr', 'Kızı üniversiteyi kazandı, tebrik et!'),
 ('note', 'tr', 'Ramazan Bayramı''nda ziyaret et, baklava götür.'),
 ('note', 'tr', 'Futbolu çok seviyor, Trabzonspor taraftarı.'),
 ('note', 'tr', 'Kemoterapi bitti, çok yorgun ama umutlu.'),
 ('note', 'ku', 'Dapîr li {ci} dijî, her hefte telefon bike: {ph}'),
 ('note', 'ku', '{n} niha li {ci} dixebite, li {co}.'),
 ('note', 'ku', 'Navnîşana nû: {st}, {ci}'),
 ('note', 'ku', 'Jê hez dike ku stranên Şivan Perwer guhdarî bike.'),
 ('note', 'en', 'Prefers to be called by the nickname, not the full name.'),
 ('note', 'en', 'New number: {ph}'),
 ('note', 'en', 'Moved to {ci}, new address {st}, {zip}.'),
 ('note', 'en', 'Loves hiking, wants to do the Lycian Way next year.'),
 ('note', 'en', 'Pregnant, due in October!'),
 ('note', 'en', 'Email for the wedding photos: {email}'),

 ('act_sum', 'de', 'Kaffee bei {n}'), ('act_sum', 'de', 'Grillen im Garten'), ('act_sum', 'de', 'Geburtstag von {n}'), ('act_sum', 'de', 'Oma im Pflegeheim besucht'), ('act_sum', 'de', 'Kino'),
 ('act_sum', 'de', 'Spaziergang am Rhein'), ('act_sum', 'de', 'Videoanruf mit der Familie'), ('act_sum', 'de', 'Weihnachtsessen'), ('act_sum', 'de', 'Beim Umzug geholfen'), ('act_sum', 'de', 'Brunch'),
 ('act_sum', 'pl', 'Kolacja u {n}'), ('act_sum', 'pl', 'Imieniny {n}'), ('act_sum', 'pl', 'Wigilia u rodziców'), ('act_sum', 'pl', 'Grzybobranie'), ('act_sum', 'pl', 'Spacer'),
 ('act_sum', 'pl', 'Grill na działce'), ('act_sum', 'pl', 'Chrzciny'),
 ('act_sum', 'tr', 'Kahvaltı'), ('act_sum', 'tr', '{n} ile çay içtik'), ('act_sum', 'tr', 'Bayram ziyareti'), ('act_sum', 'tr', 'Kına gecesi'), ('act_sum', 'tr', 'Piknik'), ('act_sum', 'tr', 'Düğün'), ('act_sum', 'tr', 'Mevlit'),
 ('act_sum', 'ku', 'Newroz li parkê'), ('act_sum', 'ku', 'Dawet'), ('act_sum', 'ku', 'Şîv li mala {n}'),
 ('act_sum', 'en', 'Dinner with {n}'), ('act_sum', 'en', 'Zoom call with the cousins'), ('act_sum', 'en', 'Birthday party'), ('act_sum', 'en', 'Coffee'),

 ('act_desc', 'de', 'Es gab Käsekuchen, {n} hat von der neuen Wohnung in {ci} erzählt.'),
 ('act_desc', 'de', 'War schön, aber {m} war wieder schlecht gelaunt.'),
 ('act_desc', 'de', '{n} hat erzählt, dass sie im Oktober ein Baby erwartet!'),
 ('act_desc', 'de', 'Nur kurz, weil die Kinder krank waren.'),
 ('act_desc', 'de', 'Haben über die Pflege von Opa gesprochen, er hat jetzt Pflegegrad 3.'),
 ('act_desc', 'de', 'Bei strahlendem Wetter, die Kinder waren den ganzen Tag draußen.'),
 ('act_desc', 'pl', 'Było bardzo miło, {n} opowiadała o nowej pracy w {co}.'), ('act_desc', 'pl', 'Dziadek już słabo słyszy, trzeba mówić głośno.'), ('act_desc', 'pl', 'Przywieźli nam słoiki z ogórkami.'),
 ('act_desc', 'tr', 'Çok güzeldi, {n} yeni evlerini gösterdi.'), ('act_desc', 'tr', 'Annemin ameliyatını konuştuk.'), ('act_desc', 'tr', '{m} nişanlanmış!'), ('act_desc', 'tr', 'Hava çok güzeldi, çocuklar bütün gün oynadı.'),
 ('act_desc', 'ku', 'Gelek xweş bû, {n} ji me re stran got.'),
 ('act_desc', 'en', 'Great evening, talked about their move to {ci}.'), ('act_desc', 'en', 'Short visit, kids were sick.'),

 ('call', 'de', 'Hat erzählt, dass sie schwanger ist! ET im Oktober.'), ('call', 'de', '{n} braucht Hilfe beim Umzug am Samstag.'), ('call', 'de', 'Nur kurz wegen dem Paket.'),
 ('call', 'de', 'Papa geht es besser, Reha in Bad Salzuflen ab Montag.'), ('call', 'de', 'Hat nach der neuen Nummer von {m} gefragt: {ph}'), ('call', 'de', 'Wegen Weihnachten: wir fahren am 23. zu ihnen.'),
 ('call', 'pl', 'Rozmawialiśmy o świętach, przyjadą 23 grudnia.'), ('call', 'pl', 'Mama ma wyniki badań, wszystko w porządku.'), ('call', 'pl', '{n} szuka pracy w Niemczech, pytała o {co}.'),
 ('call', 'tr', 'Annem aradı, babamın ameliyatı iyi geçmiş.'), ('call', 'tr', '{n} bayramda Almanya''ya gelecek.'), ('call', 'tr', 'Kira konusunu konuştuk.'),
 ('call', 'ku', 'Dayê got ku bapîr nexweş e.'), ('call', 'ku', 'Li ser dawetê axivîn.'),
 ('call', 'en', 'Caught up about the new job.'), ('call', 'en', 'Called to wish happy birthday.'),

 ('msg', 'de', 'Bist du Sonntag da?'), ('msg', 'de', 'Hast du die neue Adresse? {st}, {ci}'), ('msg', 'de', 'Meine neue Nummer ist {ph}'), ('msg', 'de', 'Ok, bis dann 👍'),
 ('msg', 'de', 'Alles Gute zum Geburtstag!! 🎉'), ('msg', 'de', 'Danke für gestern, war richtig schön'), ('msg', 'de', 'Kannst du die Kinder um 4 abholen?'), ('msg', 'de', 'Sind gut angekommen'),
 ('msg', 'pl', 'Dziękuję za życzenia!'), ('msg', 'pl', 'Będziesz w niedzielę?'), ('msg', 'pl', 'Mój nowy numer: {ph}'), ('msg', 'pl', 'Wszystkiego najlepszego! 🎂'), ('msg', 'pl', 'Dojechaliśmy, buziaki'),
 ('msg', 'tr', 'Doğum günün kutlu olsun canım!'), ('msg', 'tr', 'Bayramın mübarek olsun'), ('msg', 'tr', 'Eve vardık, merak etme'), ('msg', 'tr', 'Yeni numaram: {ph}'),
 ('msg', 'tr', 'Cumartesi geliyor musunuz?'), ('msg', 'tr', 'Tamam abla 👍'),
 ('msg', 'ku', 'Roja te ya jidayikbûnê pîroz be!'), ('msg', 'ku', 'Newroz pîroz be!'), ('msg', 'ku', 'Spas, tu jî'),
 ('msg', 'en', 'Happy birthday!! 🎉'), ('msg', 'en', 'See you Sunday'), ('msg', 'en', 'My new email is {email}'), ('msg', 'en', 'Thanks for yesterday'),

 ('bday', 'de', 'Gratuliere {n} zum Geburtstag'), ('bday', 'pl', 'Złóż {n} życzenia urodzinowe'), ('bday', 'tr', '{n} için doğum günü kutlaması'), ('bday', 'en', 'Wish happy birthday to {n}'),
 ('dday', 'de', 'Todestag von {n}'), ('dday', 'pl', 'Rocznica śmierci {n}'), ('dday', 'tr', '{n} vefat yıldönümü'), ('dday', 'en', 'Anniversary of the death of {n}'),
 ('mday', 'de', 'Jahrestag: {n} kennengelernt'), ('mday', 'pl', 'Rocznica poznania {n}'), ('mday', 'tr', '{n} ile tanışma yıldönümü'), ('mday', 'en', 'Anniversary of the day you met {n}'),

 ('rem_title', 'de', 'Oma anrufen'), ('rem_title', 'de', 'Geburtstagskarte an {n} schicken'), ('rem_title', 'de', 'Grab von Opa pflegen (Allerheiligen)'), ('rem_title', 'de', 'Hochzeitstag von {n} und {m}'),
 ('rem_title', 'de', 'Papa: Blutdruck-Tabletten abholen'), ('rem_title', 'de', 'Bei {n} melden'),
 ('rem_title', 'pl', 'Zadzwonić do babci'), ('rem_title', 'pl', 'Rocznica ślubu rodziców'), ('rem_title', 'pl', 'Imieniny {n}'), ('rem_title', 'pl', 'Wysłać kartkę do {n}'), ('rem_title', 'pl', 'Znicz na grób dziadka (1 listopada)'),
 ('rem_title', 'tr', '{n} için hediye al'), ('rem_title', 'tr', 'Anneme çiçek gönder'), ('rem_title', 'tr', 'Bayramda {n} ara'), ('rem_title', 'tr', 'Evlilik yıldönümü'),
 ('rem_title', 'ku', 'Ji dapîrê re telefon bike'), ('rem_title', 'ku', 'Newroz: li {n} bigere'),
 ('rem_title', 'en', 'Call {n}'), ('rem_title', 'en', 'Send flowers to {n}'), ('rem_title', 'en', 'Check in with {n}'),
 ('rem_desc', 'de', 'Sie freut sich über Fotos von den Kindern.'), ('rem_desc', 'de', 'Nummer im Heim: {ph}'), ('rem_desc', 'de', 'Blumen bei Blumen Schäfer bestellen.'),
 ('rem_desc', 'pl', 'Ulubione kwiaty: tulipany.'), ('rem_desc', 'pl', 'Numer do szpitala: {ph}'), ('rem_desc', 'tr', 'Sevdiği çiçek: lale.'), ('rem_desc', 'tr', 'Numarası değişti: {ph}'),
 ('rem_desc', 'ku', 'Hejmara nû: {ph}'), ('rem_desc', 'en', 'She likes tulips.'),

 ('task', 'de', 'Fotobuch für {n} fertig machen'), ('task', 'de', 'Kaution an {n} zurücküberweisen'), ('task', 'de', 'Adresse von {n} aktualisieren'), ('task', 'de', 'Geschenk für die Einschulung besorgen'),
 ('task', 'de', 'Pass von {n} verlängern'), ('task', 'de', 'Flug nach {ci} buchen'),
 ('task', 'pl', 'Odebrać paszport {n}'), ('task', 'pl', 'Kupić prezent na komunię'), ('task', 'pl', 'Zarezerwować salę na 60. urodziny taty'), ('task', 'pl', 'Wysłać paczkę do {n} do {ci}'),
 ('task', 'tr', '{n} için vize randevusu al'), ('task', 'tr', 'Düğün davetiyelerini gönder'), ('task', 'tr', 'Bayram için bilet al'), ('task', 'tr', '{ci} için kargo gönder'),
 ('task', 'ku', 'Ji bo Newrozê cil bikire'), ('task', 'en', 'Buy flight tickets to {ci}'), ('task', 'en', 'Book a table for the birthday of {n}'),
 ('task_desc', 'de', 'Fotos sind im Ordner „Sommer 2019“.'), ('task_desc', 'de', 'Kontonummer: {iban}'), ('task_desc', 'de', 'Termin im Bürgeramt: {dt}'),
 ('task_desc', 'pl', 'Wniosek złożony w urzędzie w {ci}.'), ('task_desc', 'pl', 'Numer konta: {iban}'), ('task_desc', 'tr', 'Konsolosluk randevusu: {dt}'), ('task_desc', 'tr', 'Pasaport no ve kimlik no lazım: {pid}'),
 ('task_desc', 'en', 'Check prices first.'),

 ('debt', 'de', 'Flugticket nach Istanbul'), ('debt', 'de', 'Mietkaution'), ('debt', 'de', 'Konzertkarten'), ('debt', 'de', 'Anteil am Geschenk für {m}'), ('debt', 'de', 'Reparatur Auto'), ('debt', 'de', 'Tankgeld Urlaub'),
 ('debt', 'pl', 'Pożyczka na remont'), ('debt', 'pl', 'Bilety na koncert'), ('debt', 'pl', 'Za wesele'), ('debt', 'pl', 'Za zakupy w Lidlu'),
 ('debt', 'tr', 'Düğün masrafları'), ('debt', 'tr', 'Uçak bileti'), ('debt', 'tr', 'Kira yardımı'), ('debt', 'tr', 'Araba tamiri'),
 ('debt', 'ku', 'Ji bo dawetê'), ('debt', 'en', 'Concert tickets'), ('debt', 'en', 'Airport taxi'),

 ('gift_comment', 'de', 'Hat es im Urlaub erwähnt'), ('gift_comment', 'de', 'Größe M, Farbe blau'), ('gift_comment', 'de', 'Für die Hochzeit von {n} und {m}'), ('gift_comment', 'de', 'Zusammen mit {m} schenken'),
 ('gift_comment', 'de', 'Zum 18. Geburtstag'), ('gift_comment', 'pl', 'Na komunię'), ('gift_comment', 'pl', 'Rozmiar 38'), ('gift_comment', 'pl', 'Razem z {m}'),
 ('gift_comment', 'tr', 'Düğün için'), ('gift_comment', 'tr', 'Sünnet hediyesi'), ('gift_comment', 'tr', 'Nişan için, {m} ile birlikte'), ('gift_comment', 'ku', 'Ji bo dawetê'), ('gift_comment', 'en', 'For the housewarming'),

 ('le_name', 'de', 'Hochzeit mit {m}'), ('le_name', 'de', 'Geburt von {m}'), ('le_name', 'de', 'Umzug nach {ci}'), ('le_name', 'de', 'Neuer Job bei {co}'), ('le_name', 'de', 'Führerschein bestanden'),
 ('le_name', 'de', 'Hüft-OP'), ('le_name', 'de', 'Rente'), ('le_name', 'de', 'Abitur'),
 ('le_name', 'pl', 'Ślub z {m}'), ('le_name', 'pl', 'Narodziny {m}'), ('le_name', 'pl', 'Przeprowadzka do {ci}'), ('le_name', 'pl', 'Nowa praca w {co}'), ('le_name', 'pl', 'Emerytura'), ('le_name', 'pl', 'Matura'),
 ('le_name', 'tr', '{m} ile nişan'), ('le_name', 'tr', 'Düğün'), ('le_name', 'tr', '{m} doğdu'), ('le_name', 'tr', '{ci} şehrine taşındı'), ('le_name', 'tr', 'Emekli oldu'), ('le_name', 'tr', 'Askerlik'), ('le_name', 'tr', 'Ehliyet aldı'),
 ('le_name', 'ku', 'Dawet bi {m} re'), ('le_name', 'ku', 'Çû {ci}'),
 ('le_name', 'en', 'Moved to {ci}'), ('le_name', 'en', 'Started at {co}'), ('le_name', 'en', 'Graduated'), ('le_name', 'en', 'Got engaged to {m}'),
 ('le_note', 'de', 'Schöne Feier im Gasthaus, 120 Gäste.'), ('le_note', 'de', 'Operation gut verlaufen, Reha bis Juni.'), ('le_note', 'de', 'Neue Adresse: {st}, {zip} {ci}'),
 ('le_note', 'pl', 'Piękna uroczystość w kościele św. Anny.'), ('le_note', 'pl', 'Nowy adres: {st}, {zip} {ci}'), ('le_note', 'tr', 'Düğün salonu dolup taştı, 400 kişi vardı.'),
 ('le_note', 'tr', 'Yeni adresi: {st}, {ci}'), ('le_note', 'ku', 'Gelek xweş bû.'), ('le_note', 'en', 'Big party!'),

 ('entry_title', 'de', 'Sonntag bei Oma'), ('entry_title', 'de', 'Weihnachten'), ('entry_title', 'de', 'Urlaub in der Türkei'), ('entry_title', 'de', 'Erster Schultag'), ('entry_title', 'de', 'Abschied von Opa'),
 ('entry_title', 'pl', 'Wigilia u rodziców'), ('entry_title', 'pl', 'Chrzciny'), ('entry_title', 'pl', 'Wakacje nad morzem'),
 ('entry_title', 'tr', 'Bayram'), ('entry_title', 'tr', 'Köye gidiş'), ('entry_title', 'tr', 'Düğün'), ('entry_title', 'ku', 'Newroz'), ('entry_title', 'en', 'Weekend trip'),
 ('entry_post', 'de', 'Heute waren wir bei {n} in {ci}. Es gab wieder Rouladen und alle haben nach {m} gefragt. Das Knie wird schlimmer, der Arzt sagt, eine OP wäre nötig. Wir haben ausgemacht, dass ich jeden Dienstag anrufe.'),
 ('entry_post', 'de', 'Ruhiger Tag. Wir waren im Wald spazieren, die Kinder haben Kastanien gesammelt. Abends Pizza und ein Film.'),
 ('entry_post', 'de', '{n} und {m} waren zu Besuch. {n} hat erzählt, dass die Firma Leute entlässt und die Stelle bei {co} vielleicht wegfällt. Ich mache mir Sorgen.'),
 ('entry_post', 'pl', 'Cała rodzina przyjechała do {ci}. {n} przywiozła sernik, {m} spóźnił się jak zwykle. Tata po operacji czuje się już lepiej.'),
 ('entry_post', 'pl', 'Spokojny dzień, spacer nad rzeką i obiad u teściów.'),
 ('entry_post', 'tr', 'Bugün {ci} şehrindeki akrabaları ziyaret ettik. {n} çok yaşlanmış, şeker hastalığı ilerlemiş. {m} yeni doğan bebeğini gösterdi.'),
 ('entry_post', 'tr', 'Sakin bir gün. Parkta yürüyüş yaptık, akşam mantı yaptık.'),
 ('entry_post', 'ku', 'Îro em çûn {ci}. {n} û {m} jî hatin. Gelek kêfxweş bûn.'),
 ('entry_post', 'en', 'Spent the weekend in {ci} with {n} and {m}. Long walks and far too much food.'),

 ('occ_desc', 'de', 'Schichtarbeit, Nachtschicht im Wechsel'), ('occ_desc', 'de', 'Teilzeit, 30 Stunden'), ('occ_desc', 'de', 'Befristet bis Ende des Jahres'),
 ('occ_desc', 'pl', 'Praca zmianowa'), ('occ_desc', 'pl', 'Na pół etatu'), ('occ_desc', 'tr', 'Yarı zamanlı'), ('occ_desc', 'tr', 'Vardiyalı çalışıyor'), ('occ_desc', 'en', 'Part-time'), ('occ_desc', 'en', 'Fixed-term contract');

CREATE TABLE pgen.txa AS SELECT cat, lang, array_agg(t ORDER BY id) AS ts FROM pgen.tx GROUP BY cat, lang;
CREATE FUNCTION pgen.say(cat text, lang text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT fixture_gen.pick(ts, tag, i) FROM pgen.txa
  WHERE txa.cat = say.cat AND txa.lang = CASE WHEN EXISTS (SELECT 1 FROM pgen.txa t2 WHERE t2.cat = say.cat AND t2.lang = say.lang) THEN say.lang ELSE 'en' END
$$;
CREATE FUNCTION pgen.fill(t text, v jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE r record;
BEGIN
  IF t IS NULL THEN RETURN NULL; END IF;
  FOR r IN SELECT key, value FROM jsonb_each_text(v) LOOP
    t := replace(t, '{' || r.key || '}', coalesce(r.value, ''));
  END LOOP;
  RETURN t;
END $$;

-- wl: the language a user of the account writes in.
CREATE FUNCTION pgen.wl(acct int, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN x.c = 'ku' AND fixture_gen.n(tag || 'wl', i, 4) = 0 THEN 'ku'
    WHEN x.locale = 'en' THEN CASE WHEN fixture_gen.n(tag || 'wl', i, 2) = 0 THEN 'en' WHEN x.c = 'ku' THEN 'tr' ELSE x.c END
    WHEN x.c IN ('tr', 'ku') AND x.locale = 'de' AND fixture_gen.n(tag || 'wl', i, 3) = 0 THEN 'tr'
    WHEN x.c = 'pl' AND x.locale = 'de' AND fixture_gen.n(tag || 'wl', i, 3) = 0 THEN 'pl'
    ELSE x.locale END
  FROM pgen.acct x WHERE x.a = acct
$$;

-- ---------------------------------------------------------------------------
-- Staging: the people each account keeps (kinds: the owner's parent and
-- sibling, other family, the children, friends, colleagues, others such as
-- the family doctor or the landlord, and the user's own "me" contact).

-- Address books a few users subscribed to from their phones (DAVx5, iOS).
CREATE TABLE pgen.ab (id int PRIMARY KEY, u int, a int, created timestamp);
INSERT INTO pgen.ab SELECT row_number() OVER (ORDER BY u), u, a, created + make_interval(days => 20 + fixture_gen.n('abc', u, 200)) FROM pgen.usr WHERE u % 23 = 3 OR u = 1;
UPDATE pgen.ab SET created = least(created, timestamp '2021-02-01 10:00:00');

CREATE TABLE pgen.ct (id int PRIMARY KEY, a int, kno int, kind text, u int, c text, g text, first text, middle text, last text, nick text, cc text, city int,
  email text, mob text, land text, birth date, bknown boolean, age_based boolean, yunk boolean, dead boolean, death date, partial boolean,
  created timestamp, updated timestamp, job text, company text, lang text, ab int);
INSERT INTO pgen.ct (id, a, kno, kind, u, created)
SELECT row_number() OVER (ORDER BY created, a, k), a, k, kind, u, created FROM (
  SELECT x.a, k, CASE WHEN k = 1 THEN 'parent' WHEN k = 2 THEN 'sibling'
           ELSE fixture_gen.pick(ARRAY['family', 'family', 'friend', 'friend', 'friend', 'colleague', 'other', 'child'], 'ck', x.a * 100 + k) END AS kind, NULL::int AS u,
         (x.created + make_interval(mins => 3 + fixture_gen.n('ccd', x.a * 100 + k, greatest(1, least(CASE WHEN k <= 3 THEN 30 ELSE 720 END, extract(day FROM timestamp '2021-02-14 00:00:00' - x.created)::int) * 1440))))::timestamp(0) AS created
  FROM pgen.acct x CROSS JOIN LATERAL generate_series(1, 2 + fixture_gen.n('nc', x.a, 7)) k
  UNION ALL
  SELECT s.a, 100 + s.u, 'me', s.u, (s.created + make_interval(mins => 10 + fixture_gen.n('cme', s.u, 60 * 1440)))::timestamp(0) FROM pgen.usr s WHERE s.u % 6 = 0 OR s.u = 1
) b;

UPDATE pgen.ct t SET
  c = CASE WHEN t.kind IN ('parent', 'sibling', 'family', 'child', 'me') THEN x.c
    WHEN t.kind = 'friend' THEN fixture_gen.pick(ARRAY[x.c, x.c, x.c, 'de', 'tr', 'pl', 'ku'], 'cfc', t.id)
    WHEN t.kind = 'colleague' THEN CASE WHEN x.cc = 'DE' THEN fixture_gen.pick(ARRAY[x.c, 'de', 'de', 'tr', 'pl'], 'cfc', t.id) ELSE x.c END
    ELSE CASE x.cc WHEN 'DE' THEN 'de' WHEN 'PL' THEN 'pl' ELSE 'tr' END END,
  g = CASE WHEN fixture_gen.n('cg', t.id, 2) = 0 THEN 'M' ELSE 'F' END,
  partial = (t.kind = 'child' AND fixture_gen.n('cpt', t.id, 5) < 3) OR (t.kind = 'family' AND fixture_gen.n('cpt', t.id, 7) = 0),
  lang = pgen.wl(t.a, 'cwl', t.id)
FROM pgen.acct x WHERE x.a = t.a;
UPDATE pgen.ct t SET
  first = CASE WHEN t.g = 'M' THEN cu.m[1 + fixture_gen.n('cfn', t.id, cardinality(cu.m))] ELSE cu.f[1 + fixture_gen.n('cfn', t.id, cardinality(cu.f))] END,
  middle = CASE WHEN (t.c = 'pl' AND fixture_gen.n('cmid', t.id, 7) = 0) OR (t.c = 'de' AND fixture_gen.n('cmid', t.id, 12) = 0)
    THEN CASE WHEN t.g = 'M' THEN cu.m[1 + fixture_gen.n('cmn', t.id, cardinality(cu.m))] ELSE cu.f[1 + fixture_gen.n('cmn', t.id, cardinality(cu.f))] END END,
  last = CASE WHEN t.kind IN ('parent', 'sibling', 'child') OR (t.kind = 'family' AND fixture_gen.n('cfl', t.id, 2) = 0) THEN x.fam
               ELSE cu.lasts[1 + fixture_gen.n('cln', t.id, cardinality(cu.lasts))] END,
  nick = CASE WHEN t.kind = 'parent' AND fixture_gen.n('cnk', t.id, 3) = 0 THEN
      CASE t.c WHEN 'de' THEN CASE WHEN t.g = 'M' THEN 'Papa' ELSE 'Mama' END WHEN 'pl' THEN CASE WHEN t.g = 'M' THEN 'Tata' ELSE 'Mama' END
        WHEN 'tr' THEN CASE WHEN t.g = 'M' THEN 'Babam' ELSE 'Annem' END ELSE CASE WHEN t.g = 'M' THEN 'Bavo' ELSE 'Dayê' END END
    WHEN fixture_gen.n('cnk', t.id, 9) = 0 THEN CASE WHEN t.g = 'M' THEN cu.nm[1 + fixture_gen.n('cnn', t.id, cardinality(cu.nm))] ELSE cu.nf[1 + fixture_gen.n('cnn', t.id, cardinality(cu.nf))] END END
FROM pgen.cu, pgen.acct x
WHERE cu.c = t.c AND x.a = t.a;
UPDATE pgen.ct SET last = pgen.fem_last(c, last) WHERE g = 'F';
UPDATE pgen.ct t SET first = s.first, last = s.last, g = s.g, middle = NULL, nick = NULL, email = s.email FROM pgen.usr s WHERE t.kind = 'me' AND s.u = t.u;
UPDATE pgen.ct SET last = NULL WHERE partial AND kind = 'child' AND fixture_gen.n('cpl', id, 2) = 0;

UPDATE pgen.ct t SET cc = CASE
    WHEN t.kind = 'parent' AND fixture_gen.n('ccc', t.id, 4) = 0 THEN pgen.abroad(t.c, x.cc, 'cab', t.id)
    WHEN t.kind IN ('sibling', 'family') AND fixture_gen.n('ccc', t.id, 3) = 0 THEN pgen.abroad(t.c, x.cc, 'cab', t.id)
    WHEN t.kind = 'child' AND fixture_gen.n('ccc', t.id, 8) = 0 THEN pgen.abroad(t.c, x.cc, 'cab', t.id)
    WHEN t.kind = 'friend' AND fixture_gen.n('ccc', t.id, 10) = 0 THEN pgen.abroad(t.c, x.cc, 'cab', t.id)
    ELSE x.cc END
FROM pgen.acct x WHERE x.a = t.a;
UPDATE pgen.ct t SET city = CASE WHEN t.cc = x.cc AND (t.kind = 'me' OR fixture_gen.n('cci', t.id, 20) < 11) THEN x.city
    WHEN t.cc = 'TR' AND t.c = 'ku' THEN fixture_gen.pick(ARRAY['44', '45', '46', '52', '54', '55', '41'], 'cci2', t.id)::int
    ELSE pgen.city_in(t.cc, 'cci2', t.id) END
FROM pgen.acct x WHERE x.a = t.a;

UPDATE pgen.ct SET
  birth = CASE kind WHEN 'parent' THEN pgen.d('cb', id, '1936-01-01', '1966-12-31') WHEN 'sibling' THEN pgen.d('cb', id, '1962-01-01', '1999-12-31')
    WHEN 'child' THEN pgen.d('cb', id, '1996-01-01', '2020-10-31') WHEN 'family' THEN pgen.d('cb', id, '1932-01-01', '2016-12-31')
    WHEN 'me' THEN pgen.d('cb', id, '1962-01-01', '1998-12-31') ELSE pgen.d('cb', id, '1952-01-01', '2001-12-31') END,
  bknown = fixture_gen.n('cbk', id, 10) < CASE kind WHEN 'other' THEN 1 WHEN 'colleague' THEN 4 WHEN 'child' THEN 9 WHEN 'me' THEN 9 ELSE 7 END;
UPDATE pgen.ct SET
  age_based = bknown AND fixture_gen.n('cag', id, 16) = 0,
  yunk = bknown AND fixture_gen.n('cag', id, 16) <> 0 AND fixture_gen.n('cyu', id, 7) = 0,
  dead = (kind = 'parent' AND fixture_gen.n('cdd', id, 6) = 0) OR (kind = 'family' AND birth < '1960-01-01' AND fixture_gen.n('cdd', id, 6) = 0);
UPDATE pgen.ct SET death = pgen.d('cdt', id, greatest(birth + 365 * 45, date '2006-01-01'), least(created::date, date '2021-01-20')) WHERE dead;
UPDATE pgen.ct SET death = pgen.d('cdt', id, date '2006-01-01', created::date) WHERE dead AND death > created::date;

CREATE FUNCTION pgen.mdom(c text, cc text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN cc IN ('DE', 'PL', 'TR') THEN (SELECT fixture_gen.pick(domains, tag, i) FROM pgen.cu WHERE cu.c = mdom.c)
    ELSE fixture_gen.pick(CASE cc WHEN 'GB' THEN ARRAY['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com'] WHEN 'IE' THEN ARRAY['gmail.com', 'eircom.net', 'outlook.com']
      WHEN 'US' THEN ARRAY['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'] WHEN 'NL' THEN ARRAY['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl']
      WHEN 'AT' THEN ARRAY['gmx.at', 'gmail.com', 'aon.at'] WHEN 'CH' THEN ARRAY['bluewin.ch', 'gmail.com', 'gmx.ch'] WHEN 'SE' THEN ARRAY['gmail.com', 'telia.com', 'hotmail.se']
      WHEN 'FR' THEN ARRAY['gmail.com', 'orange.fr', 'free.fr'] ELSE ARRAY['gmail.com', 'hotmail.es'] END, tag, i) END
$$;
UPDATE pgen.ct SET email = CASE WHEN kind = 'other' THEN
      CASE fixture_gen.n('cemo', id, 3) WHEN 0 THEN 'praxis.' || pgen.fold(last, c = 'de') || '@t-online.de'
        WHEN 1 THEN 'info@praxis-' || pgen.fold(last, c = 'de') || CASE cc WHEN 'PL' THEN '.pl' WHEN 'TR' THEN '.com.tr' ELSE '.de' END
        ELSE 'kontakt@' || pgen.fold(last, c = 'de') || '-immobilien' || CASE cc WHEN 'PL' THEN '.pl' WHEN 'TR' THEN '.com.tr' ELSE '.de' END END
    ELSE CASE fixture_gen.n('cem', id, 6)
      WHEN 0 THEN pgen.fold(first, c = 'de') || '.' || pgen.fold(last, c = 'de')
      WHEN 1 THEN pgen.fold(first, c = 'de') || pgen.fold(last, c = 'de')
      WHEN 2 THEN substr(pgen.fold(first), 1, 1) || '.' || pgen.fold(last, c = 'de')
      WHEN 3 THEN pgen.fold(first, c = 'de') || '_' || pgen.fold(last, c = 'de') || to_char(birth, 'YY')
      WHEN 4 THEN pgen.fold(first, c = 'de') || to_char(birth, 'YYYY')
      ELSE pgen.fold(last, c = 'de') || '.' || pgen.fold(first, c = 'de') END || '@' || pgen.mdom(c, cc, 'cemd', id) END
WHERE kind <> 'me' AND last IS NOT NULL AND NOT partial AND NOT dead
  AND fixture_gen.n('cem', id, 20) < CASE kind WHEN 'colleague' THEN 16 WHEN 'friend' THEN 13 WHEN 'parent' THEN 6 WHEN 'other' THEN 6 ELSE 11 END;
UPDATE pgen.ct SET
  mob = CASE WHEN NOT partial AND NOT dead AND fixture_gen.n('cmo', id, 10) < CASE kind WHEN 'other' THEN 5 ELSE 8 END THEN pgen.phone(city, 'cmob', id, true) END,
  land = CASE WHEN NOT partial AND NOT dead AND kind IN ('parent', 'family', 'other') AND fixture_gen.n('cla', id, 10) < 3 THEN pgen.phone(city, 'cland', id, false) END;

-- Work: a job title in the language of the country they live in, an employer there.
UPDATE pgen.ct SET
  job = CASE WHEN kind = 'parent' AND birth < '1956-01-01' THEN CASE cc WHEN 'PL' THEN CASE WHEN g = 'M' THEN 'Emeryt' ELSE 'Emerytka' END WHEN 'TR' THEN 'Emekli'
      WHEN 'DE' THEN CASE WHEN g = 'M' THEN 'Rentner' ELSE 'Rentnerin' END ELSE 'Retired' END
    WHEN kind = 'other' THEN fixture_gen.pick(CASE WHEN cc = 'PL' THEN CASE WHEN g = 'M' THEN ARRAY['Lekarz rodzinny', 'Dentysta', 'Właściciel mieszkania'] ELSE ARRAY['Lekarka rodzinna', 'Dentystka', 'Właścicielka mieszkania'] END
        WHEN cc = 'TR' THEN ARRAY['Aile hekimi', 'Diş hekimi', 'Ev sahibi', 'Avukat']
        WHEN g = 'M' THEN ARRAY['Allgemeinmediziner', 'Zahnarzt', 'Physiotherapeut', 'Vermieter', 'Steuerberater', 'Kinderarzt']
        ELSE ARRAY['Allgemeinmedizinerin', 'Zahnärztin', 'Physiotherapeutin', 'Vermieterin', 'Steuerberaterin', 'Kinderärztin'] END, 'cjo', id)
    ELSE fixture_gen.pick(CASE WHEN cc IN ('DE', 'AT', 'CH') THEN CASE WHEN g = 'M' THEN ARRAY['Elektriker', 'Softwareentwickler', 'Busfahrer', 'Industriemechaniker', 'Lagerist', 'Ingenieur',
          'Krankenpfleger', 'Schichtleiter', 'Bauleiter', 'Lehrer', 'Erzieher', 'Verkäufer', 'Arzt', 'Bankkaufmann']
        ELSE ARRAY['Erzieherin', 'Lehrerin', 'Verkäuferin', 'Altenpflegerin', 'Steuerfachangestellte', 'Ärztin', 'Friseurin', 'Bankkauffrau', 'Projektmanagerin', 'Pflegefachfrau',
          'Ingenieurin', 'Softwareentwicklerin'] END
      WHEN cc = 'PL' THEN CASE WHEN g = 'M' THEN ARRAY['Kierowca', 'Programista', 'Spawacz', 'Lekarz', 'Elektryk', 'Kierownik budowy', 'Nauczyciel', 'Magazynier']
        ELSE ARRAY['Nauczycielka', 'Księgowa', 'Pielęgniarka', 'Kelnerka', 'Lekarka', 'Fryzjerka', 'Programistka', 'Kasjerka'] END
      WHEN cc = 'TR' THEN ARRAY['Öğretmen', 'Mühendis', 'Hemşire', 'Şoför', 'Muhasebeci', 'Doktor', 'Esnaf', 'Avukat', 'Kuaför', 'Polis memuru']
      ELSE ARRAY['Nurse', 'Software Engineer', 'Warehouse Operative', 'Delivery Driver', 'Teacher', 'Carpenter', 'Accountant', 'Chef', 'Care Assistant'] END, 'cjb', id) END,
  company = CASE WHEN kind = 'other' OR (kind = 'parent' AND birth < '1956-01-01') THEN NULL ELSE fixture_gen.pick(CASE cc
      WHEN 'DE' THEN ARRAY['Ford-Werke GmbH', 'thyssenkrupp Steel Europe', 'Deutsche Bahn', 'REWE', 'Uniklinik Köln', 'Stadt Duisburg', 'Robert Bosch GmbH', 'Siemens Healthineers',
        'Kita Sonnenschein e.V.', 'DHL Hub Leipzig', 'Lidl', 'Deutsche Telekom', 'AOK Rheinland/Hamburg', 'Allianz', 'Evonik', 'Caritas Altenzentrum St. Josef']
      WHEN 'PL' THEN ARRAY['PKO Bank Polski', 'PKN Orlen', 'Biedronka', 'Szpital Wojewódzki', 'LPP', 'Comarch', 'Poczta Polska', 'Urząd Miasta']
      WHEN 'TR' THEN ARRAY['Türk Telekom', 'Ziraat Bankası', 'Arçelik', 'Türk Hava Yolları', 'Milli Eğitim Bakanlığı', 'Devlet Hastanesi', 'Migros', 'Koç Holding']
      WHEN 'GB' THEN ARRAY['NHS', 'Amazon UK', 'Tesco', 'Royal Mail'] WHEN 'IE' THEN ARRAY['Google Ireland', 'HSE', 'Intel Ireland'] WHEN 'US' THEN ARRAY['Walgreens', 'UPS', 'Northwestern Medicine']
      WHEN 'NL' THEN ARRAY['Albert Heijn', 'Havenbedrijf Rotterdam', 'Erasmus MC'] WHEN 'AT' THEN ARRAY['Wiener Linien', 'AKH Wien', 'voestalpine'] WHEN 'CH' THEN ARRAY['Roche', 'Novartis', 'SBB']
      WHEN 'SE' THEN ARRAY['Volvo Cars', 'Ericsson', 'Region Stockholm'] WHEN 'FR' THEN ARRAY['Hôpitaux Universitaires de Strasbourg', 'SNCF', 'Stellantis Mulhouse'] ELSE ARRAY['TUI España', 'Meliá Hotels'] END, 'cco', id) END
WHERE NOT partial AND NOT dead AND birth < '2002-01-01' AND kind <> 'me' AND (kind IN ('colleague', 'other') OR (kind <> 'child' AND fixture_gen.n('cjx', id, 10) < 4));

UPDATE pgen.ct SET updated = least((created + make_interval(mins => fixture_gen.n('cup', id, 400 * 1440)))::timestamp(0), timestamp '2021-02-14 21:00:00' - make_interval(mins => fixture_gen.n('cupx', id, 3000)));
UPDATE pgen.ct SET updated = created + interval '2 minutes' WHERE updated < created;
UPDATE pgen.ct t SET ab = b.id FROM pgen.ab b WHERE b.a = t.a AND t.kind NOT IN ('me') AND NOT t.partial AND t.created > b.created AND fixture_gen.n('cabk', t.id, 3) = 0;

-- Where they live: a first address for most, a second one (the village house
-- in Turkey, the family home in Poland) for some; geocoded when LocationIQ
-- found the street.
CREATE TABLE pgen.pl (n int, ct int, a int, cc text, city int, street text, zip text, prov text, lat double precision, lon double precision, label text, created timestamp);
INSERT INTO pgen.pl (n, ct, a, cc, city, created)
SELECT 1, id, a, cc, city, created + make_interval(secs => 30 + fixture_gen.n('plc', id, 900)) FROM pgen.ct
WHERE NOT partial AND (kind = 'me' OR (fixture_gen.n('cad', id, 10) < 6 AND (NOT dead OR fixture_gen.n('cad', id, 3) = 0)));
INSERT INTO pgen.pl (n, ct, a, cc, city, created)
SELECT 2, t.id, t.a, CASE WHEN t.c = 'pl' THEN 'PL' ELSE 'TR' END,
       CASE WHEN t.c = 'ku' THEN fixture_gen.pick(ARRAY['44', '45', '46', '52', '54', '55'], 'pl2', t.id)::int ELSE pgen.city_in(CASE WHEN t.c = 'pl' THEN 'PL' ELSE 'TR' END, 'pl2', t.id) END,
       least(t.updated, t.created + make_interval(days => 1 + fixture_gen.n('pl2c', t.id, 200)))
FROM pgen.ct t WHERE t.cc = 'DE' AND t.c IN ('tr', 'ku', 'pl') AND t.kind IN ('parent', 'sibling', 'family', 'me') AND NOT t.partial AND fixture_gen.n('cad2', t.id, 5) = 0;
UPDATE pgen.pl p SET
  street = CASE WHEN fixture_gen.n('pls', p.ct * 3 + p.n, 5) > 0 THEN pgen.street(p.cc, 'plst', p.ct * 3 + p.n) END,
  prov = CASE WHEN fixture_gen.n('plp', p.ct * 3 + p.n, 10) < 7 THEN c.prov END,
  label = CASE WHEN p.n = 2 THEN CASE WHEN p.cc = 'PL' THEN fixture_gen.pick(ARRAY['Dom rodzinny', 'Działka', 'Dom w Polsce'], 'pll', p.ct)
      ELSE fixture_gen.pick(ARRAY['Köy evi', 'Yazlık', 'Memleket', 'Ferienwohnung Türkei', 'Mala gund'], 'pll', p.ct) END
    WHEN fixture_gen.n('pll', p.ct, 5) < 2 THEN NULL
    ELSE fixture_gen.pick(CASE (SELECT lang FROM pgen.ct WHERE ct.id = p.ct) WHEN 'de' THEN ARRAY['Zuhause', 'Zuhause', 'Wohnung', 'Arbeit'] WHEN 'pl' THEN ARRAY['Dom', 'Dom', 'Mieszkanie', 'Praca']
      WHEN 'tr' THEN ARRAY['Ev', 'Ev', 'İş'] WHEN 'ku' THEN ARRAY['Mal', 'Mal'] ELSE ARRAY['Home', 'Home', 'Work'] END, 'pll2', p.ct) END
FROM pgen.city c WHERE c.id = p.city;
UPDATE pgen.pl p SET zip = CASE WHEN p.street IS NOT NULL AND fixture_gen.n('plz', p.ct * 3 + p.n, 7) > 0 THEN pgen.zip(p.city, 'plzip', p.ct * 3 + p.n) END;
UPDATE pgen.pl p SET lat = round((c.lat + (fixture_gen.n('plla', p.ct * 3 + p.n, 2001) - 1000) / 20000.0)::numeric, 7)::double precision,
                     lon = round((c.lon + (fixture_gen.n('pllo', p.ct * 3 + p.n, 2001) - 1000) / 14000.0)::numeric, 7)::double precision
FROM pgen.city c WHERE c.id = p.city AND p.street IS NOT NULL AND fixture_gen.n('plg', p.ct * 3 + p.n, 10) < 6;

-- Employers for the templates, by country.
CREATE TABLE pgen.co (cc text PRIMARY KEY, names text[]);
INSERT INTO pgen.co VALUES ('DE', ARRAY['Ford-Werke GmbH', 'thyssenkrupp Steel Europe', 'Deutsche Bahn', 'REWE', 'Uniklinik Köln', 'Stadt Duisburg', 'Robert Bosch GmbH', 'Evonik']),
  ('PL', ARRAY['PKO Bank Polski', 'PKN Orlen', 'Biedronka', 'Comarch']), ('TR', ARRAY['Türk Telekom', 'Ziraat Bankası', 'Arçelik', 'Türk Hava Yolları']),
  ('XX', ARRAY['Amazon', 'NHS', 'Albert Heijn', 'Volvo Cars', 'Roche']);

-- vals: what a template may mention about a contact, for a language.
CREATE FUNCTION pgen.vals(cid int, lang text, tag text) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'n', CASE WHEN t.nick IS NOT NULL AND fixture_gen.n(tag || 'nk', cid, 3) = 0 THEN t.nick ELSE t.first END,
    'm', CASE WHEN fixture_gen.n(tag || 'mg', cid, 2) = 0 THEN cu.m[1 + fixture_gen.n(tag || 'm', cid, cardinality(cu.m))] ELSE cu.f[1 + fixture_gen.n(tag || 'm', cid, cardinality(cu.f))] END,
    'ph', coalesce(CASE WHEN fixture_gen.n(tag || 'ph', cid, 2) = 0 THEN t.mob END, pgen.phone(t.city, tag || 'ph', cid, fixture_gen.n(tag || 'pl', cid, 4) > 0)),
    'st', pgen.street(t.cc, tag || 'st', cid), 'zip', pgen.zip(t.city, tag || 'zip', cid), 'ci', c.name,
    'co', coalesce(t.company, (SELECT fixture_gen.pick(names, tag || 'co', cid) FROM pgen.co WHERE co.cc = CASE WHEN t.cc IN ('DE', 'PL', 'TR') THEN t.cc ELSE 'XX' END)),
    'email', coalesce(t.email, pgen.fold(t.first, t.c = 'de') || '.' || pgen.fold(coalesce(t.last, 'x'), t.c = 'de') || '@' || pgen.mdom(t.c, t.cc, tag || 'em', cid)),
    'iban', pgen.iban(CASE lang WHEN 'pl' THEN 'PL' WHEN 'tr' THEN 'TR' ELSE 'DE' END, tag || 'ib', cid),
    'pid', CASE lang WHEN 'pl' THEN pgen.pesel(t.birth, t.g = 'F', tag || 'pid', cid) WHEN 'tr' THEN pgen.tckn(tag || 'pid', cid) ELSE pgen.steuerid(tag || 'pid', cid) END,
    'dt', to_char(date '2021-02-20' + fixture_gen.n(tag || 'dt', cid, 120), 'DD.MM.YYYY'))
  FROM pgen.ct t JOIN pgen.cu ON cu.c = t.c JOIN pgen.city c ON c.id = t.city WHERE t.id = cid
$$;

-- ---------------------------------------------------------------------------
-- Contacts and what hangs off them.

CREATE TABLE contacts (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    address_book_id integer,
    first_name varchar(255) NOT NULL,
    middle_name varchar(255),
    last_name varchar(255),
    nickname varchar(255),
    gender_id integer,
    description varchar(255),
    is_partial boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true,
    is_starred boolean NOT NULL DEFAULT false,
    is_dead boolean NOT NULL DEFAULT false,
    deceased_special_date_id integer,
    deceased_reminder_id integer,
    last_talked_to date,
    stay_in_touch_frequency integer,
    stay_in_touch_trigger_date timestamp(0) without time zone,
    birthday_special_date_id integer,
    birthday_reminder_id integer,
    first_met_special_date_id integer,
    first_met_reminder_id integer,
    first_met_through_contact_id integer,
    first_met_where varchar(255),
    first_met_additional_info text,
    job varchar(255),
    company varchar(255),
    food_preferences text,
    avatar_source varchar(255),
    avatar_gravatar_url varchar(250),
    avatar_adorable_uuid varchar(255),
    avatar_adorable_url varchar(255),
    avatar_default_url varchar(255),
    avatar_photo_id integer,
    has_avatar boolean NOT NULL DEFAULT false,
    avatar_external_url varchar(400),
    avatar_file_name varchar(255),
    avatar_location varchar(255) NOT NULL DEFAULT 'public',
    gravatar_url varchar(250),
    default_avatar_color varchar(255),
    number_of_views integer NOT NULL DEFAULT 0,
    last_consulted_at timestamp(0) without time zone,
    vcard text,
    distant_uuid varchar(256),
    distant_etag varchar(256),
    distant_uri varchar(2096),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO contacts
SELECT t.id, u.uuid::uuid, t.a, t.ab, t.first, t.middle, t.last, t.nick,
       (t.a - 1) * 3 + CASE WHEN t.partial AND t.kind = 'child' AND fixture_gen.n('cgu', t.id, 3) = 0 THEN 3 WHEN t.g = 'M' THEN 1 ELSE 2 END,
       CASE WHEN t.kind NOT IN ('me', 'parent', 'child') AND fixture_gen.n('cds', t.id, 3) = 0 THEN pgen.fill(pgen.say('desc_' || CASE WHEN t.kind IN ('sibling', 'family') THEN 'family' ELSE t.kind END, t.lang, 'cdsx', t.id), pgen.vals(t.id, t.lang, 'cdsv')) END,
       t.partial, NOT (t.kind <> 'me' AND fixture_gen.n('cia', t.id, 33) = 0), NOT t.partial AND fixture_gen.n('cst', t.id, 12) = 0, t.dead,
       NULL, NULL,
       CASE WHEN NOT t.partial AND NOT t.dead AND t.kind <> 'me' AND fixture_gen.n('clt', t.id, 20) < 9 THEN pgen.d('cltd', t.id, t.created::date, date '2021-02-14') END,
       CASE WHEN x.sif THEN (ARRAY[7, 14, 30, 30, 90])[1 + fixture_gen.n('csf', t.id, 5)] END,
       CASE WHEN x.sif THEN timestamp '2021-02-15 07:00:00' + make_interval(days => fixture_gen.n('cstd', t.id, 30)) END,
       NULL, NULL, NULL, NULL,
       CASE WHEN t.kind IN ('friend', 'colleague') AND fixture_gen.n('cmt', t.id, 10) = 0 THEN
         (SELECT min(o.id) FROM pgen.ct o WHERE o.a = t.a AND o.id < t.id AND o.kind IN ('friend', 'sibling', 'family', 'colleague') AND NOT o.partial) END,
       CASE WHEN t.kind IN ('friend', 'colleague', 'family') AND fixture_gen.n('cmw', t.id, 6) = 0 THEN pgen.fill(pgen.say('met_where', t.lang, 'cmwx', t.id), pgen.vals(t.id, t.lang, 'cmwv')) END,
       CASE WHEN t.kind IN ('friend', 'colleague') AND fixture_gen.n('cmi', t.id, 5) = 0 THEN pgen.fill(pgen.say('met_info', t.lang, 'cmix', t.id), pgen.vals(t.id, t.lang, 'cmiv')) END,
       t.job, t.company,
       CASE WHEN NOT t.partial AND t.kind <> 'other' AND fixture_gen.n('cfd', t.id, 9) = 0 THEN pgen.say('food', t.lang, 'cfdx', t.id) END,
       x.src,
       CASE WHEN x.src = 'gravatar' THEN 'https://www.gravatar.com/avatar/' || md5(lower(t.email)) || '?d=mm&s=200' END,
       u.adorable, 'https://api.adorable.io/avatars/200/' || u.adorable || '.png',
       'avatars/' || fixture_gen.uuid('cdav', t.id) || '.jpg',
       NULL,
       x.src = 'photo' AND t.created < '2019-06-01',
       CASE WHEN x.src = 'photo' AND fixture_gen.n('cext', t.id, 8) = 0 THEN 'https://scontent-frt3-' || (1 + fixture_gen.n('cfb', t.id, 2)) || '.xx.fbcdn.net/v/t1.0-9/'
         || fixture_gen.digits('cfb1', t.id, 8) || '_' || fixture_gen.digits('cfb2', t.id, 17) || '_' || fixture_gen.digits('cfb3', t.id, 19) || '_n.jpg?_nc_cat=' || (100 + fixture_gen.n('cfb4', t.id, 10)) || '&oh=' || pgen.hex('cfb5', t.id, 32) || '&oe=' || upper(pgen.hex('cfb6', t.id, 8)) END,
       CASE WHEN x.src = 'photo' AND t.created < '2019-06-01' THEN 'avatars/' || pgen.rnd('cavf', t.id, 40) || '.jpg' END,
       'public',
       CASE WHEN t.created < '2019-03-01' AND t.email IS NOT NULL AND fixture_gen.n('cgr', t.id, 4) = 0 THEN 'https://secure.gravatar.com/avatar/' || md5(lower(t.email)) || '?s=400&d=mm' END,
       fixture_gen.pick(ARRAY['#fdb660', '#93521e', '#bd5067', '#b3d5fe', '#ff9807', '#709512', '#5f479a', '#e5e5cd'], 'ccol', t.id),
       CASE WHEN t.partial THEN 0 ELSE fixture_gen.n('cnv', t.id, 80) END,
       CASE WHEN NOT t.partial THEN pgen.at('clc', t.id, t.updated, timestamp '2021-02-15 06:00:00') END,
       CASE WHEN t.ab IS NOT NULL OR (NOT t.partial AND fixture_gen.n('cvc', t.id, 7) = 0) THEN concat_ws(E'\r\n', 'BEGIN:VCARD', 'VERSION:3.0',
           CASE WHEN t.ab IS NOT NULL AND fixture_gen.n('cvp', t.id, 2) = 0 THEN 'PRODID:-//Apple Inc.//iPhone OS 14.3//EN' WHEN t.ab IS NOT NULL THEN 'PRODID:ez-vcard 0.11.2' ELSE 'PRODID:-//Sabre//Sabre VObject 4.3.0//EN' END,
           'UID:' || u.uuid, 'N:' || coalesce(t.last, '') || ';' || t.first || ';' || coalesce(t.middle, '') || ';;', 'FN:' || t.first || coalesce(' ' || t.last, ''),
           CASE WHEN t.nick IS NOT NULL THEN 'NICKNAME:' || t.nick END, CASE WHEN t.bknown AND NOT t.yunk THEN 'BDAY:' || to_char(t.birth, 'YYYY-MM-DD') END,
           CASE WHEN t.company IS NOT NULL THEN 'ORG:' || t.company END, CASE WHEN t.job IS NOT NULL THEN 'TITLE:' || t.job END,
           CASE WHEN t.email IS NOT NULL THEN 'EMAIL;TYPE=INTERNET;TYPE=HOME:' || t.email END, CASE WHEN t.mob IS NOT NULL THEN 'TEL;TYPE=CELL:' || t.mob END,
           CASE WHEN t.land IS NOT NULL THEN 'TEL;TYPE=HOME;TYPE=VOICE:' || t.land END,
           (SELECT 'ADR;TYPE=HOME:;;' || coalesce(p.street, '') || ';' || c.name || ';' || coalesce(p.prov, '') || ';' || coalesce(p.zip, '') || ';' || p.cc FROM pgen.pl p JOIN pgen.city c ON c.id = p.city WHERE p.ct = t.id AND p.n = 1),
           'REV:' || to_char(t.updated, 'YYYYMMDD"T"HH24MISS"Z"'), 'END:VCARD') || E'\r\n' END,
       CASE WHEN t.ab IS NOT NULL THEN upper(fixture_gen.uuid('cdu', t.id)) END,
       CASE WHEN t.ab IS NOT NULL THEN '"' || pgen.hex('cde', t.id, 32) || '"' END,
       CASE WHEN t.ab IS NOT NULL THEN
         CASE WHEN b.u % 2 = 0 THEN 'https://p' || (20 + b.u % 50) || '-contacts.icloud.com/' || fixture_gen.digits('icl', b.u, 10) || '/carddavhome/card/' || upper(fixture_gen.uuid('cdu', t.id)) || '.vcf'
           ELSE 'https://cloud.' || pgen.fold(s.last, s.c = 'de') || '-familie.de/remote.php/dav/addressbooks/users/' || pgen.fold(s.first, s.c = 'de') || '/contacts/' || upper(fixture_gen.uuid('cdu', t.id)) || '.vcf' END END,
       t.created, t.updated
FROM pgen.ct t
CROSS JOIN LATERAL (SELECT fixture_gen.uuid('cuu', t.id) AS uuid, fixture_gen.uuid('cado', t.id) AS adorable) u
CROSS JOIN LATERAL (SELECT NOT t.partial AND NOT t.dead AND t.kind <> 'me' AND fixture_gen.n('csif', t.id, 12) = 0 AS sif,
  CASE WHEN fixture_gen.n('cav', t.id, 20) < 11 THEN 'adorable' WHEN fixture_gen.n('cav', t.id, 20) < 16 OR t.partial THEN 'default'
       WHEN fixture_gen.n('cav', t.id, 20) < 18 THEN CASE WHEN t.email IS NOT NULL THEN 'gravatar' ELSE 'adorable' END ELSE 'photo' END AS src) x
LEFT JOIN pgen.ab b ON b.id = t.ab LEFT JOIN pgen.usr s ON s.u = b.u
ORDER BY t.id;
UPDATE users u SET me_contact_id = t.id, updated_at = greatest(u.updated_at, t.created) FROM pgen.ct t WHERE t.kind = 'me' AND t.u = u.id;

CREATE TABLE special_dates (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    is_age_based boolean NOT NULL DEFAULT false,
    is_year_unknown boolean NOT NULL DEFAULT false,
    date date NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.sd (id int, ct int, a int, typ text, d date, age_based boolean, yunk boolean, created timestamp);
INSERT INTO pgen.sd (ct, a, typ, d, age_based, yunk, created)
SELECT id, a, 'b', CASE WHEN age_based THEN make_date(extract(year FROM birth)::int, 1, 1)
    WHEN yunk THEN (birth + make_interval(years => extract(year FROM created)::int - extract(year FROM birth)::int))::date ELSE birth END,
  age_based, yunk, created + make_interval(secs => 1 + fixture_gen.n('sdb', id, 5)) FROM pgen.ct WHERE bknown
UNION ALL
SELECT id, a, 'd', death, false, false, CASE WHEN death::timestamp > created THEN least(updated, death + time '19:12:00' + make_interval(days => fixture_gen.n('sdd', id, 10))) ELSE created + interval '4 seconds' END
FROM pgen.ct WHERE dead
UNION ALL
SELECT id, a, 'm', pgen.d('sdm', id, greatest(birth + 365 * 16, date '1985-01-01'), created::date - 30), false, fixture_gen.n('sdmy', id, 4) = 0, created + interval '6 seconds'
FROM pgen.ct WHERE kind IN ('friend', 'colleague') AND NOT partial AND fixture_gen.n('cfm', id, 7) = 0 AND birth + 365 * 16 < created::date - 30;
UPDATE pgen.sd s SET id = r.rn FROM (SELECT ct, typ, row_number() OVER (ORDER BY created, ct, typ) rn FROM pgen.sd) r WHERE r.ct = s.ct AND r.typ = s.typ;
INSERT INTO special_dates (id, uuid, account_id, contact_id, is_age_based, is_year_unknown, date, created_at, updated_at)
SELECT id, fixture_gen.uuid('sdu', id)::uuid, a, ct, age_based, yunk, d, created, created FROM pgen.sd ORDER BY id;

CREATE TABLE reminders (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    initial_date date NOT NULL,
    title varchar(255),
    description text,
    frequency_type varchar(255) NOT NULL,
    frequency_number integer,
    delible boolean NOT NULL DEFAULT true,
    inactive boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.rm (id int, ct int, a int, typ text, initial date, title text, descr text, ftype text, fnum int, delible boolean, inactive boolean, created timestamp, k int);
INSERT INTO pgen.rm (ct, a, typ, initial, title, descr, ftype, fnum, delible, inactive, created, k)
SELECT s.ct, s.a, s.typ, s.d,
       pgen.fill((SELECT ts[1] FROM pgen.txa WHERE cat = CASE s.typ WHEN 'b' THEN 'bday' WHEN 'd' THEN 'dday' ELSE 'mday' END AND lang = CASE WHEN x.locale IN ('de', 'pl', 'tr') THEN x.locale ELSE 'en' END),
                 jsonb_build_object('n', t.first)), NULL, 'year', 1, false, false, s.created + interval '1 second', 0
FROM pgen.sd s JOIN pgen.ct t ON t.id = s.ct JOIN pgen.acct x ON x.a = s.a
WHERE (s.typ = 'b' AND NOT t.dead AND fixture_gen.n('rmb', s.ct, 20) < 13) OR (s.typ = 'd' AND fixture_gen.n('rmd', s.ct, 5) < 2) OR (s.typ = 'm' AND fixture_gen.n('rmm', s.ct, 10) < 3)
UNION ALL
SELECT t.id, t.a, 'c', pgen.d('rci', t.id * 3 + kk, t.created::date, date '2021-08-31'),
       pgen.fill(pgen.say('rem_title', t.lang, 'rct', t.id * 3 + kk), pgen.vals(t.id, t.lang, 'rcv' || kk)),
       CASE WHEN fixture_gen.n('rcd', t.id * 3 + kk, 10) < 3 THEN pgen.fill(pgen.say('rem_desc', t.lang, 'rcdx', t.id * 3 + kk), pgen.vals(t.id, t.lang, 'rcdv' || kk)) END,
       fixture_gen.pick(ARRAY['one_time', 'one_time', 'year', 'year', 'month', 'week'], 'rcf', t.id * 3 + kk), CASE WHEN fixture_gen.n('rcn', t.id * 3 + kk, 5) = 0 THEN 2 ELSE 1 END,
       true, fixture_gen.n('rcin', t.id * 3 + kk, 20) = 0,
       least(t.created + make_interval(mins => 5 + fixture_gen.n('rcc', t.id * 3 + kk, 300 * 1440)), timestamp '2021-02-14 20:00:00' - make_interval(mins => fixture_gen.n('rccx', t.id * 3 + kk, 5000))), kk
FROM pgen.ct t CROSS JOIN generate_series(1, 2) kk WHERE NOT t.partial AND NOT t.dead AND t.kind <> 'me' AND fixture_gen.n('rc', t.id * 3 + kk, 10) < 2;
UPDATE pgen.rm SET created = (SELECT created FROM pgen.ct WHERE ct.id = rm.ct) + interval '9 seconds' WHERE created < (SELECT created FROM pgen.ct WHERE ct.id = rm.ct);
UPDATE pgen.rm m SET id = r.rn FROM (SELECT ct, typ, k, row_number() OVER (ORDER BY created, ct, typ, k) rn FROM pgen.rm) r WHERE r.ct = m.ct AND r.typ = m.typ AND r.k = m.k;
INSERT INTO reminders (id, uuid, account_id, contact_id, initial_date, title, description, frequency_type, frequency_number, delible, inactive, created_at, updated_at)
SELECT id, fixture_gen.uuid('rmu', id)::uuid, a, ct, initial, title, descr, ftype, fnum, delible, inactive, created,
       CASE WHEN inactive THEN least(created + interval '40 days', timestamp '2021-02-14 20:00:00') ELSE created END
FROM pgen.rm ORDER BY id;

UPDATE contacts c SET birthday_special_date_id = s.id FROM pgen.sd s WHERE s.ct = c.id AND s.typ = 'b';
UPDATE contacts c SET deceased_special_date_id = s.id FROM pgen.sd s WHERE s.ct = c.id AND s.typ = 'd';
UPDATE contacts c SET first_met_special_date_id = s.id FROM pgen.sd s WHERE s.ct = c.id AND s.typ = 'm';
UPDATE contacts c SET birthday_reminder_id = r.id FROM pgen.rm r WHERE r.ct = c.id AND r.typ = 'b';
UPDATE contacts c SET deceased_reminder_id = r.id FROM pgen.rm r WHERE r.ct = c.id AND r.typ = 'd';
UPDATE contacts c SET first_met_reminder_id = r.id FROM pgen.rm r WHERE r.ct = c.id AND r.typ = 'm';

-- rank of each full contact within its account, to pick companions.
CREATE TABLE pgen.rk AS SELECT a, id, row_number() OVER (PARTITION BY a ORDER BY id) AS r, count(*) OVER (PARTITION BY a) AS cnt FROM pgen.ct WHERE NOT partial;
CREATE FUNCTION pgen.pickct(acct int, tag text, i bigint) RETURNS int
LANGUAGE sql STABLE AS $$ SELECT id FROM pgen.rk WHERE rk.a = acct AND rk.r = 1 + fixture_gen.n(tag, i, (SELECT max(cnt) FROM pgen.rk r2 WHERE r2.a = acct)::int) $$;

CREATE TABLE contact_fields (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    contact_field_type_id integer NOT NULL REFERENCES contact_field_types ON DELETE CASCADE,
    data varchar(255) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.cf (ct int, a int, t int, o int, data text, created timestamp);
INSERT INTO pgen.cf
SELECT id, a, 1, 1, email, created + interval '20 seconds' FROM pgen.ct WHERE email IS NOT NULL
UNION ALL SELECT id, a, 2, 2, mob, created + interval '25 seconds' FROM pgen.ct WHERE mob IS NOT NULL
UNION ALL SELECT id, a, 2, 3, land, created + interval '31 seconds' FROM pgen.ct WHERE land IS NOT NULL
UNION ALL SELECT id, a, 5, 4, CASE WHEN fixture_gen.n('cfwa', id, 2) = 0 THEN mob ELSE regexp_replace(pgen.phone(city, 'cmob', id, true), '[^0-9+]', '', 'g') END,
  least(updated, created + make_interval(days => fixture_gen.n('cfwd', id, 90))) FROM pgen.ct WHERE mob IS NOT NULL AND fixture_gen.n('cfw', id, 20) < 7
UNION ALL SELECT id, a, 3, 5, CASE WHEN fixture_gen.n('cffb', id, 3) = 0 THEN pgen.fold(first) || '.' || pgen.fold(coalesce(last, '')) || '.' || fixture_gen.digits('cffd', id, 2)
    ELSE 'https://www.facebook.com/' || pgen.fold(first) || '.' || pgen.fold(coalesce(last, '')) || CASE WHEN fixture_gen.n('cffn', id, 2) = 0 THEN '.' || (1 + fixture_gen.n('cffm', id, 99)) ELSE '' END END,
  created + interval '40 seconds' FROM pgen.ct WHERE NOT partial AND NOT dead AND kind NOT IN ('other', 'me') AND fixture_gen.n('cff', id, 20) < 3
UNION ALL SELECT id, a, 4, 6, '@' || pgen.fold(first) || CASE WHEN fixture_gen.n('cftw', id, 2) = 0 THEN '_' ELSE '' END || pgen.fold(coalesce(last, '')) || CASE WHEN fixture_gen.n('cftn', id, 3) = 0 THEN to_char(birth, 'YY') ELSE '' END,
  created + interval '45 seconds' FROM pgen.ct WHERE NOT partial AND NOT dead AND kind IN ('friend', 'sibling', 'colleague', 'family') AND fixture_gen.n('cft', id, 20) = 0
UNION ALL SELECT id, a, 6, 7, '@' || pgen.fold(first) || pgen.fold(coalesce(last, '')), created + interval '50 seconds'
  FROM pgen.ct WHERE NOT partial AND NOT dead AND kind IN ('friend', 'sibling', 'family') AND fixture_gen.n('cftg', id, 20) = 0
UNION ALL SELECT id, a, 7, 8, CASE WHEN a % 11 = 7 THEN '@' || pgen.fold(first) || '.' || pgen.fold(coalesce(last, '')) ELSE 'https://www.linkedin.com/in/' || pgen.fold(first) || '-' || pgen.fold(coalesce(last, '')) || '-' || pgen.hex('cfli', id, 8) END,
  created + interval '55 seconds' FROM pgen.ct WHERE NOT partial AND NOT dead AND ((kind = 'colleague' AND fixture_gen.n('cfl', id, 5) < 2) OR (a % 11 = 7 AND kind IN ('friend', 'sibling') AND fixture_gen.n('cfl', id, 3) = 0));
-- Accounts that turned Telegram into Signal keep a phone there.
UPDATE pgen.cf SET data = (SELECT coalesce(mob, pgen.phone(city, 'csig', id, true)) FROM pgen.ct WHERE ct.id = cf.ct) WHERE t = 6 AND a % 13 = 5;
INSERT INTO contact_fields (id, account_id, contact_id, contact_field_type_id, data, created_at, updated_at)
SELECT row_number() OVER (ORDER BY created, ct, o), a, ct, (a - 1) * 7 + t, data, created, created FROM pgen.cf ORDER BY 1;

CREATE TABLE places (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    street varchar(255),
    city varchar(255),
    province varchar(255),
    postal_code varchar(255),
    country varchar(3),
    latitude double precision,
    longitude double precision,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE addresses (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    place_id integer NOT NULL REFERENCES places ON DELETE CASCADE,
    name varchar(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
UPDATE pgen.pl p SET created = greatest(p.created, (SELECT created FROM pgen.ct WHERE ct.id = p.ct) + interval '1 minute');
CREATE TABLE pgen.plx AS SELECT row_number() OVER (ORDER BY created, ct, n) AS id, * FROM pgen.pl;
INSERT INTO places (id, account_id, street, city, province, postal_code, country, latitude, longitude, created_at, updated_at)
SELECT p.id, p.a, p.street, c.name, p.prov, p.zip, p.cc, p.lat, p.lon, p.created, CASE WHEN p.lat IS NOT NULL THEN p.created + interval '3 seconds' ELSE p.created END
FROM pgen.plx p JOIN pgen.city c ON c.id = p.city ORDER BY p.id;
INSERT INTO addresses (id, uuid, account_id, contact_id, place_id, name, created_at, updated_at)
SELECT id, fixture_gen.uuid('adu', id)::uuid, a, ct, id, label, created, created FROM pgen.plx ORDER BY id;

-- Relationships: each kept twice, as Monica stores the reverse too.
CREATE TABLE relationships (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    relationship_type_id integer NOT NULL REFERENCES relationship_types ON DELETE CASCADE,
    contact_is integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    of_contact integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.rel (x int, t int, y int, a int);
-- anchor: the user's own contact if there is one, else the sibling.
CREATE TABLE pgen.anchor AS SELECT a, coalesce(min(id) FILTER (WHERE kind = 'me'), min(id) FILTER (WHERE kind = 'sibling')) AS id,
  min(id) FILTER (WHERE kind = 'parent') AS parent, min(id) FILTER (WHERE kind = 'sibling') AS sibling FROM pgen.ct GROUP BY a;
INSERT INTO pgen.rel SELECT parent, 5, sibling, a FROM pgen.anchor;
INSERT INTO pgen.rel SELECT t.id, CASE WHEN t.kind = 'child' THEN 6 ELSE fixture_gen.pick(ARRAY['12', '11', '9', '12', '14'], 'rlf', t.id)::int END, x.id, t.a
FROM pgen.ct t JOIN pgen.anchor x ON x.a = t.a WHERE (t.partial OR t.kind = 'child') AND t.id <> x.id;
INSERT INTO pgen.rel SELECT t.id, CASE WHEN fixture_gen.n('rlc', t.id, 5) = 0 THEN 18 ELSE 17 END, x.id, t.a
FROM pgen.ct t JOIN pgen.anchor x ON x.a = t.a JOIN pgen.ct m ON m.id = x.id AND m.kind = 'me' WHERE t.kind = 'colleague';
INSERT INTO pgen.rel SELECT t.id, CASE WHEN fixture_gen.n('rlfr', t.id, 3) = 0 THEN 16 ELSE 15 END, o.id, t.a
FROM pgen.ct t JOIN LATERAL (SELECT max(o.id) AS id FROM pgen.ct o WHERE o.a = t.a AND o.id < t.id AND o.kind = 'friend') o ON o.id IS NOT NULL
WHERE t.kind = 'friend' AND fixture_gen.n('rlf2', t.id, 4) = 0;
INSERT INTO pgen.rel SELECT t.id, CASE WHEN fixture_gen.n('rlfa', t.id, 2) = 0 THEN 2 ELSE 12 END, x.sibling, t.a
FROM pgen.ct t JOIN pgen.anchor x ON x.a = t.a WHERE t.kind = 'family' AND NOT t.partial AND fixture_gen.n('rlfb', t.id, 10) < 3
  AND NOT EXISTS (SELECT 1 FROM pgen.rel r WHERE r.x = t.id);
INSERT INTO relationships (id, account_id, relationship_type_id, contact_is, of_contact, created_at, updated_at)
SELECT 2 * rn - 1 + d, r.a, (r.a - 1) * 19 + CASE WHEN d = 0 THEN r.t ELSE rt.rev END, CASE WHEN d = 0 THEN r.x ELSE r.y END, CASE WHEN d = 0 THEN r.y ELSE r.x END, r.c, r.c
FROM (SELECT rel.*, greatest(cx.created, cy.created) + interval '2 minutes' AS c, row_number() OVER (ORDER BY greatest(cx.created, cy.created), rel.x, rel.y) rn
      FROM pgen.rel JOIN pgen.ct cx ON cx.id = rel.x JOIN pgen.ct cy ON cy.id = rel.y) r
JOIN pgen.rt ON rt.t = r.t CROSS JOIN generate_series(0, 1) d ORDER BY 1;

-- Notes about the people.
CREATE TABLE notes (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    body text NOT NULL,
    is_favorited boolean NOT NULL DEFAULT false,
    favorited_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.nt AS
SELECT t.id AS ct, t.a, k, t.lang,
       least(t.created + make_interval(mins => 2 + fixture_gen.n('ntc', t.id * 4 + k, 500 * 1440)), timestamp '2021-02-14 21:30:00' - make_interval(mins => fixture_gen.n('ntx', t.id * 4 + k, 3000))) AS created
FROM pgen.ct t CROSS JOIN generate_series(1, 3) k WHERE NOT t.partial AND t.kind <> 'me' AND fixture_gen.n('nt', t.id * 4 + k, 10) < CASE k WHEN 1 THEN 5 WHEN 2 THEN 2 ELSE 1 END;
UPDATE pgen.nt SET created = (SELECT created FROM pgen.ct WHERE ct.id = nt.ct) + interval '3 minutes' WHERE created < (SELECT created FROM pgen.ct WHERE ct.id = nt.ct);
INSERT INTO notes (id, uuid, account_id, contact_id, body, is_favorited, favorited_at, created_at, updated_at)
SELECT row_number() OVER (ORDER BY created, ct, k), fixture_gen.uuid('ntu', ct * 4 + k)::uuid, a, ct,
       pgen.fill(pgen.say('note', lang, 'ntb', ct * 4 + k), pgen.vals(ct, lang, 'ntv' || k))
         || CASE WHEN fixture_gen.n('ntl', ct * 4 + k, 4) = 0 THEN E'\n\n' || pgen.fill(pgen.say('note', lang, 'ntb2', ct * 4 + k), pgen.vals(ct, lang, 'ntw' || k)) ELSE '' END,
       fixture_gen.n('ntf', ct * 4 + k, 10) = 0,
       CASE WHEN fixture_gen.n('ntf', ct * 4 + k, 10) = 0 THEN created + make_interval(days => fixture_gen.n('ntfd', ct * 4 + k, 20)) END,
       created, created
FROM pgen.nt ORDER BY 1;
UPDATE notes SET favorited_at = least(favorited_at, timestamp '2021-02-14 22:00:00'), updated_at = least(favorited_at, timestamp '2021-02-14 22:00:00') WHERE is_favorited;

-- Activities with one to three of the account's people.
CREATE TABLE activities (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    activity_type_id integer,
    summary varchar(255) NOT NULL,
    description text,
    happened_at date NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE activity_contact (
    activity_id integer NOT NULL REFERENCES activities ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE
);
CREATE TABLE pgen.act AS
SELECT x.a, k, pgen.pickct(x.a, 'acp', x.a * 20 + k) AS ct, pgen.wl(x.a, 'acw', x.a * 20 + k) AS lang,
       least(x.created + make_interval(mins => 60 + fixture_gen.n('acc', x.a * 20 + k, 900 * 1440)), timestamp '2021-02-14 21:00:00' - make_interval(mins => fixture_gen.n('acx', x.a * 20 + k, 8000))) AS created
FROM pgen.acct x CROSS JOIN LATERAL generate_series(1, fixture_gen.n('actn', x.a, 8)) k;
UPDATE pgen.act SET created = (SELECT created FROM pgen.ct WHERE ct.id = act.ct) + interval '30 minutes' WHERE created < (SELECT created FROM pgen.ct WHERE ct.id = act.ct);
CREATE TABLE pgen.actx AS SELECT row_number() OVER (ORDER BY created, a, k) AS id, * FROM pgen.act;
INSERT INTO activities (id, uuid, account_id, activity_type_id, summary, description, happened_at, created_at, updated_at)
SELECT id, fixture_gen.uuid('acu', id)::uuid, a, CASE WHEN fixture_gen.n('act', id, 10) < 7 THEN (a - 1) * 13 + 1 + fixture_gen.n('actt', id, 13) END,
       pgen.fill(pgen.say('act_sum', lang, 'acs', id), pgen.vals(ct, lang, 'acsv')),
       CASE WHEN fixture_gen.n('acd', id, 10) < 6 THEN pgen.fill(pgen.say('act_desc', lang, 'acdx', id), pgen.vals(ct, lang, 'acdv')) END,
       (created - make_interval(days => fixture_gen.n('ach', id, 10)))::date, created, created
FROM pgen.actx ORDER BY id;
INSERT INTO activity_contact (activity_id, contact_id, account_id)
SELECT DISTINCT ON (x.id, c.ct) x.id, c.ct, x.a FROM pgen.actx x
CROSS JOIN LATERAL (SELECT x.ct UNION ALL SELECT pgen.pickct(x.a, 'acp' || j, x.id) FROM generate_series(1, fixture_gen.n('acn', x.id, 3)) j) c(ct)
WHERE c.ct IS NOT NULL ORDER BY x.id, c.ct;

-- Calls.
CREATE TABLE calls (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    called_at timestamp(0) without time zone NOT NULL,
    content text,
    contact_called boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.cl AS
SELECT t.id AS ct, t.a, k, t.lang, t.created AS cc,
       least(t.created + make_interval(mins => 5 + fixture_gen.n('clc', t.id * 3 + k, 600 * 1440)), timestamp '2021-02-14 21:40:00' - make_interval(mins => fixture_gen.n('clx', t.id * 3 + k, 9000))) AS created
FROM pgen.ct t CROSS JOIN generate_series(1, 2) k WHERE NOT t.partial AND NOT t.dead AND t.kind NOT IN ('me', 'other') AND fixture_gen.n('cl', t.id * 3 + k, 10) < CASE k WHEN 1 THEN 4 ELSE 2 END;
UPDATE pgen.cl SET created = cc + interval '10 minutes' WHERE created < cc;
INSERT INTO calls (id, uuid, account_id, contact_id, called_at, content, contact_called, created_at, updated_at)
SELECT row_number() OVER (ORDER BY created, ct, k), fixture_gen.uuid('clu', ct * 3 + k)::uuid, a, ct,
       greatest(cc, created - make_interval(mins => fixture_gen.n('clh', ct * 3 + k, 2000)))::timestamp(0),
       CASE WHEN fixture_gen.n('clt', ct * 3 + k, 10) < 7 THEN pgen.fill(pgen.say('call', lang, 'cltx', ct * 3 + k), pgen.vals(ct, lang, 'clv' || k)) END,
       fixture_gen.n('clw', ct * 3 + k, 2) = 0, created, created
FROM pgen.cl ORDER BY 1;

-- Conversations (kept by hand from WhatsApp, Telegram or SMS) and their messages.
CREATE TABLE conversations (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    contact_field_type_id integer NOT NULL REFERENCES contact_field_types ON DELETE CASCADE,
    happened_at timestamp(0) without time zone NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE messages (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    conversation_id integer NOT NULL REFERENCES conversations ON DELETE CASCADE,
    content text NOT NULL,
    written_at timestamp(0) without time zone NOT NULL,
    written_by_me boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.cv AS
SELECT row_number() OVER (ORDER BY c2, id) AS cv, id AS ct, a, lang, c2 AS created FROM (
  SELECT t.*, greatest(t.created + interval '1 hour', least(t.created + make_interval(mins => fixture_gen.n('cvc', t.id, 500 * 1440)), timestamp '2021-02-14 21:00:00' - make_interval(mins => fixture_gen.n('cvx', t.id, 9000)))) AS c2
  FROM pgen.ct t WHERE t.mob IS NOT NULL AND t.kind <> 'me' AND fixture_gen.n('cv', t.id, 10) < 3) z;
INSERT INTO conversations (id, uuid, account_id, contact_id, contact_field_type_id, happened_at, created_at, updated_at)
SELECT cv, fixture_gen.uuid('cvu', cv)::uuid, a, ct, (a - 1) * 7 + fixture_gen.pick(ARRAY['5', '5', '5', '2', '6'], 'cvt', cv)::int,
       created - make_interval(mins => fixture_gen.n('cvh', cv, 1440)), created, created
FROM pgen.cv ORDER BY cv;
INSERT INTO messages (id, account_id, contact_id, conversation_id, content, written_at, written_by_me, created_at, updated_at)
SELECT row_number() OVER (ORDER BY v.cv, j), v.a, v.ct, v.cv, pgen.fill(pgen.say('msg', v.lang, 'msg', v.cv * 8 + j), pgen.vals(v.ct, v.lang, 'msv' || j)),
       (v.created - make_interval(mins => fixture_gen.n('cvh', v.cv, 1440)) + make_interval(mins => j * (1 + fixture_gen.n('msw', v.cv * 8 + j, 30))))::timestamp(0),
       (j + fixture_gen.n('msb', v.cv, 2)) % 2 = 0, v.created, v.created
FROM pgen.cv v CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('msn', v.cv, 5)) j ORDER BY 1;

-- Debts, gifts, tasks, pets, life events (amounts in cents, in the account's currency).
CREATE TABLE debts (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    in_debt varchar(255) NOT NULL DEFAULT 'no',
    status varchar(255) NOT NULL DEFAULT 'inprogress',
    amount integer NOT NULL,
    currency_id integer,
    reason text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.ev AS
SELECT t.id AS ct, t.a, t.lang, t.created AS cc, k,
       greatest(t.created + interval '5 minutes', least(t.created + make_interval(mins => fixture_gen.n('evc', t.id * 5 + k, 600 * 1440)), timestamp '2021-02-14 21:00:00' - make_interval(mins => fixture_gen.n('evx', t.id * 5 + k, 9000)))) AS created
FROM pgen.ct t CROSS JOIN generate_series(1, 5) k WHERE NOT t.partial AND t.kind <> 'me';
INSERT INTO debts (id, uuid, account_id, contact_id, in_debt, status, amount, currency_id, reason, created_at, updated_at)
SELECT row_number() OVER (ORDER BY e.created, e.ct), fixture_gen.uuid('dbu', e.ct)::uuid, e.a, e.ct,
       CASE WHEN fixture_gen.n('dbi', e.ct, 3) = 0 THEN 'yes' ELSE 'no' END, CASE WHEN fixture_gen.n('dbs', e.ct, 5) < 2 THEN 'complete' ELSE 'inprogress' END,
       (ARRAY[1500, 2000, 3500, 5000, 8000, 12000, 25000, 50000, 100000, 150000])[1 + fixture_gen.n('dba', e.ct, 10)] * CASE x.cc WHEN 'TR' THEN 6 WHEN 'PL' THEN 4 ELSE 1 END,
       x.cur, CASE WHEN fixture_gen.n('dbr', e.ct, 10) < 9 THEN pgen.fill(pgen.say('debt', e.lang, 'dbrx', e.ct), pgen.vals(e.ct, e.lang, 'dbv')) END,
       e.created, CASE WHEN fixture_gen.n('dbs', e.ct, 5) < 2 THEN least(e.created + make_interval(days => 3 + fixture_gen.n('dbd', e.ct, 90)), timestamp '2021-02-14 21:00:00') ELSE e.created END
FROM pgen.ev e JOIN pgen.acct x ON x.a = e.a JOIN pgen.ct t ON t.id = e.ct WHERE e.k = 1 AND NOT t.dead AND fixture_gen.n('db', e.ct, 25) < 3 ORDER BY 1;

CREATE TABLE gifts (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    recipient integer,
    name varchar(255) NOT NULL,
    comment text,
    url varchar(1000),
    value integer,
    currency_id integer,
    status varchar(8) NOT NULL DEFAULT 'idea',
    date date,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.gift (name text, shop text, price int);
INSERT INTO pgen.gift VALUES ('Kindle Paperwhite', 'amazon', 12999), ('Thermomix TM6', 'vorwerk', 135900), ('Fotobuch Sommerurlaub', 'cewe', 3995), ('LEGO Technic Bagger', 'amazon', 8999),
  ('Douglas-Gutschein', NULL, 5000), ('Bluetooth-Lautsprecher JBL Flip 5', 'amazon', 9900), ('Altın bilezik', NULL, 180000), ('Çeyrek altın', NULL, 65000),
  ('Chanel N°5 Eau de Parfum', 'douglas', 11900), ('Księgi Jakubowe – Olga Tokarczuk', 'empik', 5999), ('Monstera im Korb', NULL, 4500), ('Konzertkarten Tarkan', 'eventim', 15800),
  ('AirPods Pro', 'amazon', 27900), ('Pamuk pike takımı', 'trendyol', 34900), ('Zestaw noży Gerlach', 'allegro', 24900), ('Fitbit Charge 4', 'amazon', 12995),
  ('Kinderfahrrad 16 Zoll', NULL, 17900), ('Kette mit Namensgravur', 'etsy', 4900), ('Puzzle 1000 Teile', NULL, 1499), ('Nargile takımı', 'hepsiburada', 45000),
  ('Wochenende im Spreewald', NULL, 39000), ('Kurs gotowania', NULL, 29900), ('Türk kahvesi makinesi Arzum', 'hepsiburada', 59900), ('Gutschein Thalia', NULL, 2500);
CREATE TABLE pgen.giftx AS SELECT row_number() OVER (ORDER BY name) AS g, * FROM pgen.gift;
INSERT INTO gifts (id, uuid, account_id, contact_id, recipient, name, comment, url, value, currency_id, status, date, created_at, updated_at)
SELECT row_number() OVER (ORDER BY e.created, e.ct, e.k), fixture_gen.uuid('gfu', e.ct * 5 + e.k)::uuid, e.a, e.ct,
       CASE WHEN fixture_gen.n('gfr', e.ct * 5 + e.k, 6) = 0 THEN (SELECT min(r.x) FROM pgen.rel r JOIN pgen.ct p ON p.id = r.x WHERE r.y = e.ct AND p.partial) END,
       g.name,
       CASE WHEN fixture_gen.n('gfc', e.ct * 5 + e.k, 10) < 4 THEN pgen.fill(pgen.say('gift_comment', e.lang, 'gfcx', e.ct * 5 + e.k), pgen.vals(e.ct, e.lang, 'gfv')) END,
       CASE g.shop WHEN 'amazon' THEN 'https://www.amazon.de/dp/B0' || fixture_gen.chars('gfa', g.g, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
         WHEN 'allegro' THEN 'https://allegro.pl/oferta/zestaw-nozy-gerlach-' || fixture_gen.digits('gfal', g.g, 11)
         WHEN 'trendyol' THEN 'https://www.trendyol.com/pamuk/pike-takimi-p-' || fixture_gen.digits('gftr', g.g, 9)
         WHEN 'hepsiburada' THEN 'https://www.hepsiburada.com/urun-p-HBV' || fixture_gen.digits('gfhb', g.g, 11)
         WHEN 'etsy' THEN 'https://www.etsy.com/de/listing/' || fixture_gen.digits('gfet', g.g, 9) || '/namenskette-gold'
         WHEN 'empik' THEN 'https://www.empik.com/ksiegi-jakubowe-tokarczuk-olga,p' || fixture_gen.digits('gfem', g.g, 10) || ',ksiazka-p'
         WHEN 'douglas' THEN 'https://www.douglas.de/de/p/' || fixture_gen.digits('gfdo', g.g, 10)
         WHEN 'eventim' THEN 'https://www.eventim.de/event/tarkan-' || fixture_gen.digits('gfev', g.g, 8) || '/'
         WHEN 'cewe' THEN 'https://www.cewe.de/fotobuch.html' WHEN 'vorwerk' THEN 'https://www.vorwerk.com/de/de/s/shop/thermomix-tm6' END,
       CASE WHEN fixture_gen.n('gfvv', e.ct * 5 + e.k, 10) < 7 THEN g.price END, x.cur,
       fixture_gen.pick(ARRAY['idea', 'idea', 'idea', 'offered', 'offered', 'received'], 'gfs', e.ct * 5 + e.k),
       CASE WHEN fixture_gen.n('gfs', e.ct * 5 + e.k, 6) >= 3 THEN e.created::date + fixture_gen.n('gfd', e.ct * 5 + e.k, 30) END,
       e.created, e.created
FROM pgen.ev e JOIN pgen.acct x ON x.a = e.a JOIN pgen.giftx g ON g.g = 1 + fixture_gen.n('gfg', e.ct * 5 + e.k, 24)
WHERE e.k IN (2, 3) AND fixture_gen.n('gf', e.ct * 5 + e.k, 20) < 3 ORDER BY 1;
UPDATE gifts SET date = least(date, date '2021-02-14') WHERE date IS NOT NULL;

CREATE TABLE tasks (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer REFERENCES contacts ON DELETE CASCADE,
    title varchar(255) NOT NULL,
    description text,
    completed boolean NOT NULL DEFAULT false,
    completed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO tasks (id, uuid, account_id, contact_id, title, description, completed, completed_at, created_at, updated_at)
SELECT row_number() OVER (ORDER BY e.created, e.ct), fixture_gen.uuid('tku', e.ct)::uuid, e.a, CASE WHEN fixture_gen.n('tkn', e.ct, 6) = 0 THEN NULL ELSE e.ct END,
       pgen.fill(pgen.say('task', e.lang, 'tkt', e.ct), pgen.vals(e.ct, e.lang, 'tkv')),
       CASE WHEN fixture_gen.n('tkd', e.ct, 10) < 3 THEN pgen.fill(pgen.say('task_desc', e.lang, 'tkdx', e.ct), pgen.vals(e.ct, e.lang, 'tkdv')) END,
       fixture_gen.n('tkc', e.ct, 5) < 3,
       CASE WHEN fixture_gen.n('tkc', e.ct, 5) < 3 THEN least(e.created + make_interval(hours => 2 + fixture_gen.n('tkcd', e.ct, 1500)), timestamp '2021-02-14 21:50:00') END,
       e.created, CASE WHEN fixture_gen.n('tkc', e.ct, 5) < 3 THEN least(e.created + make_interval(hours => 2 + fixture_gen.n('tkcd', e.ct, 1500)), timestamp '2021-02-14 21:50:00') ELSE e.created END
FROM pgen.ev e WHERE e.k = 4 AND fixture_gen.n('tk', e.ct, 10) < 3 ORDER BY 1;

CREATE TABLE pets (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    pet_category_id integer NOT NULL,
    name varchar(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO pets (id, account_id, contact_id, pet_category_id, name, created_at, updated_at)
SELECT row_number() OVER (ORDER BY e.created, e.ct), e.a, e.ct, (ARRAY[1, 1, 1, 2, 2, 2, 3, 4, 5, 7, 11])[1 + fixture_gen.n('ptc', e.ct, 11)],
       CASE WHEN fixture_gen.n('ptn', e.ct, 8) = 0 THEN NULL ELSE fixture_gen.pick(CASE (SELECT c FROM pgen.ct WHERE ct.id = e.ct) WHEN 'de' THEN ARRAY['Bello', 'Luna', 'Balou', 'Minka', 'Felix', 'Kira', 'Lotte', 'Sammy']
         WHEN 'pl' THEN ARRAY['Burek', 'Reksio', 'Mruczek', 'Kicia', 'Azor', 'Luna', 'Filemon'] WHEN 'tr' THEN ARRAY['Pamuk', 'Karabaş', 'Boncuk', 'Tarçın', 'Duman', 'Zeytin', 'Fındık']
         ELSE ARRAY['Şêr', 'Pisîk', 'Boncuk', 'Gever', 'Luna'] END, 'ptnm', e.ct) END,
       e.created, e.created
FROM pgen.ev e WHERE e.k = 5 AND fixture_gen.n('pt', e.ct, 8) = 0 ORDER BY 1;

CREATE TABLE life_events (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    life_event_type_id integer NOT NULL,
    reminder_id integer,
    name varchar(255),
    note text,
    happened_at date NOT NULL,
    happened_at_month_unknown boolean NOT NULL DEFAULT false,
    happened_at_day_unknown boolean NOT NULL DEFAULT false,
    specific_information json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO life_events (id, uuid, account_id, contact_id, life_event_type_id, reminder_id, name, note, happened_at, happened_at_month_unknown, happened_at_day_unknown, specific_information, created_at, updated_at)
SELECT row_number() OVER (ORDER BY e.created, e.ct, e.k), fixture_gen.uuid('leu', e.ct * 5 + e.k)::uuid, e.a, e.ct, (e.a - 1) * 42 + 1 + fixture_gen.n('let', e.ct * 5 + e.k, 42), NULL,
       CASE WHEN fixture_gen.n('len', e.ct * 5 + e.k, 10) < 8 THEN pgen.fill(pgen.say('le_name', e.lang, 'lenx', e.ct * 5 + e.k), pgen.vals(e.ct, e.lang, 'lev')) END,
       CASE WHEN fixture_gen.n('leo', e.ct * 5 + e.k, 10) < 3 THEN pgen.fill(pgen.say('le_note', e.lang, 'leox', e.ct * 5 + e.k), pgen.vals(e.ct, e.lang, 'leov')) END,
       pgen.d('leh', e.ct * 5 + e.k, date '1975-01-01', e.created::date),
       fixture_gen.n('lem', e.ct * 5 + e.k, 12) = 0, fixture_gen.n('lem', e.ct * 5 + e.k, 12) < 3, NULL,
       e.created, e.created
FROM pgen.ev e JOIN pgen.ct t ON t.id = e.ct WHERE e.k IN (1, 5) AND fixture_gen.n('le', e.ct * 5 + e.k, 20) < 3 ORDER BY 1;
UPDATE life_events SET happened_at = make_date(extract(year FROM happened_at)::int, 1, 1) WHERE happened_at_month_unknown;
UPDATE life_events SET happened_at = make_date(extract(year FROM happened_at)::int, extract(month FROM happened_at)::int, 1) WHERE happened_at_day_unknown AND NOT happened_at_month_unknown;

-- The journal: entries the users write, and the activities that show in it.
CREATE TABLE entries (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    title varchar(255),
    post text NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.en AS
SELECT x.a, k, pgen.pickct(x.a, 'enp', x.a * 20 + k) AS ct, pgen.wl(x.a, 'enw', x.a * 20 + k) AS lang,
       least(x.created + make_interval(mins => 60 + fixture_gen.n('enc', x.a * 20 + k, 900 * 1440)), timestamp '2021-02-14 22:00:00' - make_interval(mins => fixture_gen.n('enx', x.a * 20 + k, 8000))) AS created
FROM pgen.acct x CROSS JOIN LATERAL generate_series(1, CASE WHEN fixture_gen.n('enn', x.a, 3) = 0 THEN 1 + fixture_gen.n('enk', x.a, 6) ELSE 0 END) k;
UPDATE pgen.en SET created = greatest(created, (SELECT created FROM pgen.acct WHERE acct.a = en.a) + interval '1 hour');
CREATE TABLE pgen.enx AS SELECT row_number() OVER (ORDER BY created, a, k) AS id, * FROM pgen.en;
INSERT INTO entries (id, uuid, account_id, title, post, created_at, updated_at)
SELECT id, fixture_gen.uuid('enu', id)::uuid, a, CASE WHEN fixture_gen.n('ent', id, 5) > 0 THEN pgen.say('entry_title', lang, 'entx', id) END,
       pgen.fill(pgen.say('entry_post', lang, 'enpx', id), pgen.vals(ct, lang, 'enpv')), created, created
FROM pgen.enx ORDER BY id;

CREATE TABLE journal_entries (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    date timestamp(0) without time zone NOT NULL,
    journalable_id integer NOT NULL,
    journalable_type varchar(255) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO journal_entries (id, account_id, date, journalable_id, journalable_type, created_at, updated_at)
SELECT row_number() OVER (ORDER BY created, typ, jid), a, d, jid, typ, created, created FROM (
  SELECT a, id AS jid, 'App\Models\Journal\Entry' AS typ, created::date::timestamp AS d, created FROM pgen.enx
  UNION ALL SELECT account_id, id, 'App\Models\Account\Activity', happened_at::timestamp, created_at FROM activities) j ORDER BY 1;

-- Documents and photos uploaded to contacts (stored under random names).
CREATE TABLE documents (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    original_filename varchar(255) NOT NULL,
    new_filename varchar(255) NOT NULL,
    filesize integer,
    type varchar(255),
    mime_type varchar(255),
    number_of_downloads integer NOT NULL DEFAULT 0,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.doc AS
SELECT e.*, t.first, t.last, t.c, c.name AS city,
  fixture_gen.pick(CASE t.c WHEN 'de' THEN ARRAY['Personalausweis_{F}.pdf', 'Reisepass {F} {L}.pdf', 'Impfpass.pdf', 'Testament_Opa.pdf', 'Mietvertrag_{C}.pdf', 'Scan_{D}.pdf',
      'Geburtsurkunde_{F}.pdf', 'Vollmacht_Mama.docx', 'Arztbrief_{L}.pdf', 'Lebenslauf_{F}_{L}.pdf', 'Patientenverfügung.pdf', 'Kaufvertrag Auto.pdf']
    WHEN 'pl' THEN ARRAY['dowod_{f}_{l}.pdf', 'akt_urodzenia_{F}.pdf', 'paszport {F}.jpg', 'skan_{D}.pdf', 'umowa_najmu.pdf', 'CV_{F}_{L}.pdf', 'wypis_ze_szpitala.pdf']
    ELSE ARRAY['Kimlik_{f}.jpg', 'nüfus_kayıt_örneği.pdf', 'pasaport_{f}.jpg', 'tapu_{C}.pdf', 'Scan_{D}.pdf', 'Aufenthaltstitel_{F}.pdf', 'evlilik_cüzdanı.jpg', 'diploma_{f}.pdf'] END, 'dcn', e.ct) AS tpl
FROM pgen.ev e JOIN pgen.ct t ON t.id = e.ct JOIN pgen.city c ON c.id = t.city WHERE e.k = 2 AND fixture_gen.n('dc', e.ct, 15) < 2;
INSERT INTO documents (id, uuid, account_id, contact_id, original_filename, new_filename, filesize, type, mime_type, number_of_downloads, created_at, updated_at)
SELECT row_number() OVER (ORDER BY created, ct), fixture_gen.uuid('dcu', ct)::uuid, a, ct, fn, 'documents/' || pgen.rnd('dcf', ct, 40) || '.' || ext,
       20000 + fixture_gen.n('dcs', ct, 4000000), ext,
       CASE ext WHEN 'pdf' THEN 'application/pdf' WHEN 'jpg' THEN 'image/jpeg' ELSE 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' END,
       fixture_gen.n('dcd', ct, 6), created, created
FROM (SELECT d.*, replace(replace(replace(replace(replace(replace(tpl, '{F}', first), '{L}', coalesce(last, '')), '{f}', lower(pgen.fold(first))), '{l}', lower(pgen.fold(coalesce(last, '')))),
        '{C}', city), '{D}', to_char(created, 'YYYYMMDD')) AS fn, lower(substring(tpl FROM '\.([a-z]+)$')) AS ext FROM pgen.doc d) z ORDER BY 1;

CREATE TABLE photos (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    original_filename varchar(255) NOT NULL,
    new_filename varchar(255) NOT NULL,
    filesize integer,
    mime_type varchar(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.ph AS
SELECT e.ct, e.a, e.k, e.created, t.first, t.c, (c.avatar_source = 'photo' AND e.k = 3) AS avatar
FROM pgen.ev e JOIN pgen.ct t ON t.id = e.ct JOIN contacts c ON c.id = e.ct
WHERE (e.k = 3 AND c.avatar_source = 'photo') OR (e.k = 4 AND fixture_gen.n('ph', e.ct, 10) < 2);
CREATE TABLE pgen.phx AS SELECT row_number() OVER (ORDER BY created, ct, k) AS id, * FROM pgen.ph;
INSERT INTO photos (id, uuid, account_id, original_filename, new_filename, filesize, mime_type, created_at, updated_at)
SELECT id, fixture_gen.uuid('phu', id)::uuid, a,
       CASE fixture_gen.n('phn', id, 9)
         WHEN 0 THEN 'IMG_' || to_char(created - interval '20 days', 'YYYYMMDD_HH24MISS') || '.jpg'
         WHEN 1 THEN 'PXL_' || to_char(created - interval '3 days', 'YYYYMMDD_HH24MISS') || fixture_gen.digits('phd', id, 3) || '.jpg'
         WHEN 2 THEN 'WhatsApp Image ' || to_char(created - interval '1 day', 'YYYY-MM-DD "at" HH24.MI.SS') || '.jpeg'
         WHEN 3 THEN 'IMG-' || to_char(created - interval '2 days', 'YYYYMMDD') || '-WA00' || fixture_gen.digits('phw', id, 2) || '.jpg'
         WHEN 4 THEN 'DSC0' || fixture_gen.digits('phds', id, 4) || '.JPG'
         WHEN 5 THEN to_char(created - interval '9 days', 'YYYYMMDD_HH24MISS') || '.jpg'
         WHEN 6 THEN CASE c WHEN 'de' THEN first || '_Hochzeit.jpg' WHEN 'pl' THEN 'chrzciny_' || first || '.jpg' ELSE lower(pgen.fold(first)) || '_dugun.jpg' END
         WHEN 7 THEN CASE c WHEN 'de' THEN 'Oma_80.jpg' WHEN 'pl' THEN 'babcia_i_dziadek.jpg' ELSE 'bayram_' || to_char(created, 'YYYY') || '.jpg' END
         ELSE first || '.jpg' END,
       'photos/' || pgen.rnd('phf', id, 40) || '.jpg', 150000 + fixture_gen.n('phs', id, 4500000),
       CASE WHEN fixture_gen.n('phm', id, 12) = 0 THEN 'image/png' ELSE 'image/jpeg' END, created, created
FROM pgen.phx ORDER BY id;
UPDATE contacts c SET avatar_photo_id = p.id FROM pgen.phx p WHERE p.ct = c.id AND p.avatar;
UPDATE contacts SET avatar_source = 'adorable' WHERE avatar_source = 'photo' AND avatar_photo_id IS NULL;

-- Tags.
CREATE TABLE tags (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    name_slug varchar(255) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE contact_tag (
    id serial PRIMARY KEY,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES tags ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.tg AS
SELECT x.a, k, CASE k WHEN 1 THEN 'family' WHEN 2 THEN 'friend' WHEN 3 THEN 'colleague' ELSE 'other' END AS kind,
  CASE x.locale WHEN 'de' THEN (ARRAY['Familie', 'Freunde', 'Arbeit', fixture_gen.pick(ARRAY['Nachbarn', 'Verein', 'Kita', 'Hochzeit 2021', 'Weihnachtskarten'], 'tgn', x.a)])[k]
    WHEN 'pl' THEN (ARRAY['Rodzina', 'Przyjaciele', 'Praca', fixture_gen.pick(ARRAY['Sąsiedzi', 'Parafia', 'Kartki świąteczne', 'Wesele'], 'tgn', x.a)])[k]
    WHEN 'tr' THEN (ARRAY['Aile', 'Arkadaşlar', 'İş', fixture_gen.pick(ARRAY['Komşular', 'Memleket', 'Düğün listesi', 'Dernek'], 'tgn', x.a)])[k]
    ELSE (ARRAY['Family', 'Friends', 'Work', fixture_gen.pick(ARRAY['Neighbours', 'Christmas cards', 'Abroad', 'Malbat'], 'tgn', x.a)])[k] END AS name,
  (x.created + make_interval(days => 1 + fixture_gen.n('tgc', x.a * 5 + k, 60)))::timestamp(0) AS created
FROM pgen.acct x CROSS JOIN generate_series(1, 4) k WHERE fixture_gen.n('tg', x.a, 5) < 3 AND (k < 4 OR fixture_gen.n('tg4', x.a, 2) = 0);
UPDATE pgen.tg SET created = least(created, timestamp '2021-02-14 12:00:00');
CREATE TABLE pgen.tgx AS SELECT row_number() OVER (ORDER BY created, a, k) AS id, * FROM pgen.tg;
INSERT INTO tags (id, account_id, name, name_slug, created_at, updated_at)
SELECT id, a, name, lower(regexp_replace(translate(name, 'ąćęłńóśźżİıçğöşüäÄÖÜ', 'acelnoszziicgosuaAOU'), '[^A-Za-z0-9]+', '-', 'g')), created, created FROM pgen.tgx ORDER BY id;
INSERT INTO contact_tag (id, contact_id, tag_id, account_id, created_at, updated_at)
SELECT row_number() OVER (ORDER BY greatest(t.created, g.created), t.id, g.id), t.id, g.id, t.a, greatest(t.created, g.created) + interval '1 minute', greatest(t.created, g.created) + interval '1 minute'
FROM pgen.ct t JOIN pgen.tgx g ON g.a = t.a
WHERE NOT t.partial AND ((g.kind = 'family' AND t.kind IN ('parent', 'sibling', 'family', 'child')) OR (g.kind = 'friend' AND t.kind = 'friend') OR (g.kind = 'colleague' AND t.kind = 'colleague')
  OR (g.kind = 'other' AND fixture_gen.n('ctg', t.id, 3) = 0)) AND fixture_gen.n('ctg2', t.id * 7 + g.k, 10) < 7
ORDER BY 1;
UPDATE contact_tag SET created_at = least(created_at, timestamp '2021-02-14 22:00:00'), updated_at = least(updated_at, timestamp '2021-02-14 22:00:00');

-- Work history: companies per account, occupations of contacts.
CREATE TABLE companies (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    website varchar(255),
    number_of_employees integer,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE occupations (
    id serial PRIMARY KEY,
    uuid uuid,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
    company_id integer NOT NULL REFERENCES companies ON DELETE CASCADE,
    title varchar(255) NOT NULL,
    description text,
    salary integer,
    salary_unit varchar(255),
    currently_works_here boolean NOT NULL DEFAULT false,
    start_date date,
    end_date date,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.oc AS
SELECT t.id AS ct, t.a, t.job, t.company, t.cc, t.lang, t.birth, least(t.updated, t.created + make_interval(days => fixture_gen.n('occ', t.id, 200))) + interval '2 minutes' AS created
FROM pgen.ct t WHERE t.company IS NOT NULL AND fixture_gen.n('oc', t.id, 10) < 5;
CREATE TABLE pgen.cmp AS SELECT row_number() OVER (ORDER BY min(created), a, company) AS id, a, company, min(created) AS created FROM pgen.oc GROUP BY a, company;
INSERT INTO companies (id, uuid, account_id, name, website, number_of_employees, created_at, updated_at)
SELECT id, fixture_gen.uuid('cmu', id)::uuid, a, company,
       CASE company WHEN 'Ford-Werke GmbH' THEN 'https://www.ford.de' WHEN 'Deutsche Bahn' THEN 'https://www.deutschebahn.com' WHEN 'REWE' THEN 'https://www.rewe.de'
         WHEN 'Robert Bosch GmbH' THEN 'https://www.bosch.de' WHEN 'PKO Bank Polski' THEN 'https://www.pkobp.pl' WHEN 'Türk Telekom' THEN 'https://www.turktelekom.com.tr'
         WHEN 'Uniklinik Köln' THEN 'https://www.uk-koeln.de' WHEN 'Arçelik' THEN 'https://www.arcelik.com.tr' WHEN 'Comarch' THEN 'https://www.comarch.pl' END,
       CASE WHEN fixture_gen.n('cme', id, 4) = 0 THEN (ARRAY[12, 45, 250, 1200, 8000, 20000])[1 + fixture_gen.n('cmn', id, 6)] END, created, created
FROM pgen.cmp ORDER BY id;
INSERT INTO occupations (id, uuid, account_id, contact_id, company_id, title, description, salary, salary_unit, currently_works_here, start_date, end_date, created_at, updated_at)
SELECT row_number() OVER (ORDER BY o.created, o.ct), fixture_gen.uuid('ocu', o.ct)::uuid, o.a, o.ct, m.id, o.job,
       CASE WHEN fixture_gen.n('ocd', o.ct, 5) = 0 THEN pgen.say('occ_desc', o.lang, 'ocdx', o.ct) END,
       CASE WHEN fixture_gen.n('ocs', o.ct, 10) < 3 THEN CASE o.cc WHEN 'PL' THEN 4500 + 100 * fixture_gen.n('ocsv', o.ct, 80) WHEN 'TR' THEN 5500 + 250 * fixture_gen.n('ocsv', o.ct, 70)
         ELSE CASE WHEN fixture_gen.n('ocsu', o.ct, 2) = 0 THEN 2400 + 50 * fixture_gen.n('ocsv', o.ct, 90) ELSE 32000 + 1000 * fixture_gen.n('ocsv', o.ct, 55) END END END,
       CASE WHEN fixture_gen.n('ocs', o.ct, 10) < 3 THEN CASE WHEN o.cc NOT IN ('PL', 'TR') AND fixture_gen.n('ocsu', o.ct, 2) = 1 THEN 'year' ELSE 'month' END END,
       fixture_gen.n('occw', o.ct, 6) > 0,
       CASE WHEN fixture_gen.n('ocst', o.ct, 3) > 0 THEN pgen.d('ocsd', o.ct, greatest(o.birth + 365 * 18, date '1990-01-01'), date '2020-12-01') END,
       NULL, o.created, o.created
FROM pgen.oc o JOIN pgen.cmp m ON m.a = o.a AND m.company = o.company ORDER BY 1;
UPDATE occupations SET end_date = least(date '2021-01-31', start_date + 365 * (1 + fixture_gen.n('ocen', id, 6))) WHERE NOT currently_works_here AND start_date IS NOT NULL;

-- ---------------------------------------------------------------------------
-- The audit log (from 2.15 on): who did what about whom, objects as json_encode() writes them.
CREATE TABLE audit_logs (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    author_id integer REFERENCES users ON DELETE SET NULL,
    about_contact_id integer REFERENCES contacts ON DELETE SET NULL,
    author_name varchar(255) NOT NULL,
    action varchar(255) NOT NULL,
    objects json NOT NULL,
    audited_at timestamp(0) without time zone NOT NULL,
    should_appear_on_dashboard boolean NOT NULL DEFAULT true,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.au AS
SELECT t.a, t.id AS ct, 'contact_created' AS action, t.created AS at, 1 AS o, NULL::int AS oid, NULL::text AS oname FROM pgen.ct t WHERE t.created >= '2019-09-01'
UNION ALL SELECT t.a, t.id, 'contact_updated', t.updated, 2, NULL, NULL FROM pgen.ct t WHERE t.updated >= '2019-09-01' AND t.updated > t.created + interval '1 day' AND fixture_gen.n('auu', t.id, 10) < 3
UNION ALL SELECT p.a, p.ct, 'address_created', p.created, 3, p.id, p.label FROM pgen.plx p WHERE p.created >= '2019-09-01'
UNION ALL SELECT n.account_id, n.contact_id, 'note_created', n.created_at, 4, n.id, NULL FROM notes n WHERE n.created_at >= '2019-09-01' AND fixture_gen.n('aun', n.id, 3) = 0
UNION ALL SELECT r.a, r.ct, 'reminder_created', r.created, 5, r.id, r.title FROM pgen.rm r WHERE r.created >= '2019-09-01' AND r.typ = 'c';
INSERT INTO audit_logs (id, account_id, author_id, about_contact_id, author_name, action, objects, audited_at, should_appear_on_dashboard, created_at, updated_at)
SELECT row_number() OVER (ORDER BY au.at, au.ct, au.o), au.a, s.u, au.ct, s.first || ' ' || s.last, au.action,
       ('{"contact_name":' || pgen.pj(t.first || coalesce(' ' || t.last, '')) || ',"contact_id":' || au.ct
        || CASE au.o WHEN 3 THEN ',"address_id":' || au.oid || ',"address_name":' || pgen.pj(au.oname) WHEN 4 THEN ',"note_id":' || au.oid
             WHEN 5 THEN ',"reminder_id":' || au.oid || ',"reminder_title":' || pgen.pj(au.oname) ELSE '' END || '}')::json,
       au.at, au.o <> 2, au.at, au.at
FROM pgen.au JOIN pgen.ct t ON t.id = au.ct
JOIN pgen.usr s ON s.u = coalesce((SELECT min(u2.u) FROM pgen.usr u2 WHERE u2.a = au.a AND NOT u2.owner AND u2.created <= au.at AND fixture_gen.n('aua', au.ct * 7 + au.o, 3) = 0), au.a)
ORDER BY 1;

-- API usage of the mobile apps and scripts, with the client's address.
CREATE TABLE api_usage (
    id serial PRIMARY KEY,
    url varchar(255) NOT NULL,
    method varchar(255) NOT NULL,
    client_ip varchar(255) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.apiu AS SELECT u, a, row_number() OVER (ORDER BY u) AS k FROM pgen.usr WHERE u % 9 = 2 OR u IN (1, 2) OR u % 31 = 7;
INSERT INTO api_usage (id, url, method, client_ip, created_at, updated_at)
SELECT row_number() OVER (ORDER BY at, i), 'https://crm.familienbande.net/api/' || path, meth, ip, at, at FROM (
  SELECT i, au.u, au.a,
    (timestamp '2020-05-01 00:00:00' + make_interval(secs => fixture_gen.n('apt', i, 24000000)))::timestamp(0) AS at,
    CASE WHEN fixture_gen.n('apip', i, 8) = 0 THEN fixture_gen.ipv6('apip6', au.u * 4 + fixture_gen.n('apiv', i, 3))
         ELSE '8' || (4 + au.u % 6)::text || '.' || (128 + fixture_gen.n('apib', au.u * 4 + fixture_gen.n('apiv', i, 3), 120)) || '.' || fixture_gen.n('apic', au.u * 4 + fixture_gen.n('apiv', i, 3), 256) || '.' || (1 + fixture_gen.n('apid', au.u * 4 + fixture_gen.n('apiv', i, 3), 254)) END AS ip,
    c.id AS cid, c.last,
    fixture_gen.n('apk', i, 20) AS kind
  FROM generate_series(1, 1600) i
  JOIN pgen.apiu au ON au.k = 1 + fixture_gen.n('apu', i, (SELECT count(*) FROM pgen.apiu)::int)
  LEFT JOIN pgen.ct c ON c.id = pgen.pickct(au.a, 'apc', i)
) z CROSS JOIN LATERAL (SELECT
    CASE WHEN kind < 5 THEN 'contacts?page=' || (1 + i % 3) || '&limit=100&sort=-updated_at'
         WHEN kind < 9 THEN 'contacts/' || cid
         WHEN kind < 11 THEN 'contacts/' || cid || '/notes'
         WHEN kind = 11 THEN 'contacts?query=' || lower(replace(pgen.fold(coalesce(last, 'x')), ' ', '+'))
         WHEN kind < 14 THEN 'reminders?page=1&limit=50'
         WHEN kind = 14 THEN 'me'
         WHEN kind = 15 THEN 'calls'
         WHEN kind = 16 THEN 'notes'
         WHEN kind = 17 THEN 'journal?page=1'
         WHEN kind = 18 THEN 'activities?page=' || (1 + i % 2)
         ELSE 'contacts/' || cid END AS path,
    CASE WHEN kind IN (15, 16) THEN 'POST' WHEN kind = 19 THEN 'PUT' ELSE 'GET' END AS meth) m
ORDER BY 1;

-- Laravel Passport.
CREATE TABLE oauth_clients (
    id bigserial PRIMARY KEY,
    user_id bigint,
    name varchar(255) NOT NULL,
    secret varchar(100),
    provider varchar(255),
    redirect text NOT NULL,
    personal_access_client boolean NOT NULL,
    password_client boolean NOT NULL,
    revoked boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO oauth_clients (id, user_id, name, secret, provider, redirect, personal_access_client, password_client, revoked, created_at, updated_at) VALUES
  (1, NULL, 'Monica Personal Access Client', pgen.rnd('ocs', 1, 40), NULL, 'http://localhost', true, false, false, '2018-03-30 21:14:02', '2018-03-30 21:14:02'),
  (2, NULL, 'Monica Password Grant Client', pgen.rnd('ocs', 2, 40), 'users', 'http://localhost', false, true, false, '2018-03-30 21:14:02', '2018-03-30 21:14:02');
INSERT INTO oauth_clients (id, user_id, name, secret, provider, redirect, personal_access_client, password_client, revoked, created_at, updated_at)
SELECT 2 + row_number() OVER (ORDER BY at), u, nm, pgen.rnd('ocs', 2 + u, 40), NULL, redir, false, false, u % 5 = 0, at, at FROM (
  SELECT au.u, (timestamp '2019-11-01 00:00:00' + make_interval(secs => fixture_gen.n('occ', au.u, 40000000)))::timestamp(0) AS at,
         (ARRAY['Home Assistant', 'Kalender-Sync', 'n8n', 'Monica Android', 'Shortcuts', 'Geburtstagsliste'])[1 + fixture_gen.n('ocn', au.u, 6)] AS nm,
         (ARRAY['http://homeassistant.local:8123/auth/external/callback', 'http://localhost:8080/callback', 'https://n8n.local/rest/oauth2-credential/callback', 'monica://oauth/callback',
                'monica://oauth/callback', 'http://localhost:8000/callback'])[1 + fixture_gen.n('ocn', au.u, 6)] AS redir
  FROM pgen.apiu au WHERE au.k % 3 = 1) z;

CREATE TABLE oauth_access_tokens (
    id varchar(100) PRIMARY KEY,
    user_id bigint,
    client_id bigint NOT NULL,
    name varchar(255),
    scopes text,
    revoked boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    expires_at timestamp(0) without time zone
);
INSERT INTO oauth_access_tokens (id, user_id, client_id, name, scopes, revoked, created_at, updated_at, expires_at)
SELECT pgen.hex('oat', k, 80), u, cl, nm, '[]', revoked, at, at, at + interval '1 year' FROM (
  SELECT au.u, j, au.k * 10 + j AS k,
         CASE WHEN fixture_gen.n('oatc', au.k * 10 + j, 3) = 0 THEN 2 ELSE 1 END AS cl,
         (timestamp '2019-06-01 00:00:00' + make_interval(secs => fixture_gen.n('oatt', au.k * 10 + j, 53000000)))::timestamp(0) AS at,
         fixture_gen.n('oatr', au.k * 10 + j, 5) = 0 AS revoked,
         fixture_gen.pick(ARRAY['Home Assistant', 'Android', 'Backup-Skript', 'Raspberry Pi', 'iPhone Kurzbefehle', 'Test'], 'oatn', au.k * 10 + j) AS nm
  FROM pgen.apiu au CROSS JOIN generate_series(1, 1 + fixture_gen.n('oatk', au.u, 3)) j) z
ORDER BY at;
UPDATE oauth_access_tokens SET name = NULL WHERE client_id = 2;

-- Password resets not (yet) used; Laravel stores the token bcrypt-hashed.
CREATE TABLE password_resets (
    email varchar(255) NOT NULL,
    token varchar(255) NOT NULL,
    created_at timestamp(0) without time zone
);
CREATE INDEX password_resets_email_index ON password_resets (email);
INSERT INTO password_resets (email, token, created_at)
SELECT CASE WHEN k % 9 = 4 THEN replace(s.email, 'gmail.com', 'gmial.com') ELSE s.email END, pgen.bcrypt('prt', k),
       (timestamp '2020-09-01 00:00:00' + make_interval(secs => fixture_gen.n('prc', k, 14000000)))::timestamp(0)
FROM generate_series(1, 22) k JOIN pgen.usr s ON s.u = 3 + fixture_gen.n('pru', k, 297) ORDER BY 3;

-- Cashier's Stripe subscriptions of the paying accounts.
CREATE TABLE subscriptions (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    stripe_id varchar(255) NOT NULL,
    stripe_status varchar(255),
    stripe_plan varchar(255),
    quantity integer,
    trial_ends_at timestamp(0) without time zone,
    ends_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO subscriptions (id, account_id, name, stripe_id, stripe_status, stripe_plan, quantity, trial_ends_at, ends_at, created_at, updated_at)
SELECT row_number() OVER (ORDER BY at), id, 'main', 'sub_' || pgen.rnd('sub', id, 14), st,
       CASE WHEN fixture_gen.n('subp', id, 3) = 0 THEN 'familienbande-jaehrlich' ELSE 'familienbande-monatlich' END, 1, NULL,
       CASE WHEN st = 'canceled' THEN least(at + interval '1 year', timestamp '2021-02-10 00:00:00') END, at,
       CASE WHEN st = 'active' THEN at ELSE least(at + interval '1 year', timestamp '2021-02-10 00:00:00') END
FROM (SELECT a.id, (a.created_at + make_interval(days => 1 + fixture_gen.n('subc', a.id, 40)))::timestamp(0) AS at,
             CASE fixture_gen.n('subs', a.id, 10) WHEN 0 THEN 'canceled' WHEN 1 THEN 'past_due' ELSE 'active' END AS st
      FROM accounts a WHERE a.stripe_id IS NOT NULL) z ORDER BY 1;
UPDATE subscriptions SET created_at = least(created_at, timestamp '2021-02-01 00:00:00'), updated_at = least(updated_at, timestamp '2021-02-01 00:00:00');

-- Two-factor recovery codes and WebAuthn security keys.
CREATE TABLE recovery_codes (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users ON DELETE CASCADE,
    recovery varchar(255) NOT NULL,
    used boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO recovery_codes (id, account_id, user_id, recovery, used, created_at, updated_at)
SELECT row_number() OVER (ORDER BY at, u.id, j), u.account_id, u.id,
       fixture_gen.chars('rcc', u.id * 10 + j, 10, 'abcdefghijklmnopqrstuvwxyz0123456789') || '-' || fixture_gen.chars('rcd', u.id * 10 + j, 10, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       fixture_gen.n('rcu', u.id * 10 + j, 12) = 0, at, at
FROM (SELECT id, account_id, (created_at + make_interval(days => 2 + fixture_gen.n('rca', id, 120)))::timestamp(0) AS at FROM users WHERE google2fa_secret IS NOT NULL) u CROSS JOIN generate_series(1, 8) j
ORDER BY 1;
UPDATE recovery_codes SET created_at = least(created_at, timestamp '2021-02-10 00:00:00'), updated_at = least(updated_at, timestamp '2021-02-10 00:00:00');

CREATE TABLE webauthn_keys (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users ON DELETE CASCADE,
    name varchar(255) NOT NULL DEFAULT 'key',
    "credentialId" varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    transports text NOT NULL,
    "attestationType" varchar(255) NOT NULL,
    "trustPath" text NOT NULL,
    aaguid text NOT NULL,
    "credentialPublicKey" text NOT NULL,
    counter integer NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO webauthn_keys (id, user_id, name, "credentialId", type, transports, "attestationType", "trustPath", aaguid, "credentialPublicKey", counter, created_at, updated_at)
SELECT row_number() OVER (ORDER BY at, u), u, nm, fixture_gen.b64('wkid', u * 3 + j, CASE WHEN model = 0 THEN 64 ELSE 32 END), 'public-key',
       CASE model WHEN 0 THEN '["usb","nfc"]' WHEN 1 THEN '["internal"]' ELSE '[]' END, 'none', '{"type":"Webauthn\\TrustPath\\EmptyTrustPath"}',
       CASE model WHEN 0 THEN 'cb69481e-8ff7-4039-93ec-0a2729a154a8' WHEN 1 THEN 'adce0002-35bc-c60a-648b-0b25f1f05503' ELSE '00000000-0000-0000-0000-000000000000' END,
       'pQECAyYgASFYI' || fixture_gen.b64('wkpk', u * 3 + j, 64), fixture_gen.n('wkc', u * 3 + j, 400), at, at
FROM (SELECT s.u, j, fixture_gen.n('wkm', s.u * 3 + j, 3) AS model,
             (greatest(s.created, timestamp '2020-06-20 00:00:00') + make_interval(secs => fixture_gen.n('wka', s.u * 3 + j, 200 * 86400)))::timestamp(0) AS at
      FROM pgen.usr s CROSS JOIN generate_series(1, 1 + fixture_gen.n('wkn', s.u, 2)) j WHERE s.u IN (1, 2) OR s.u % 17 = 5) z
CROSS JOIN LATERAL (SELECT CASE model WHEN 0 THEN fixture_gen.pick(ARRAY['YubiKey 5 NFC', 'Yubikey', 'Schlüsselbund', 'Security Key'], 'wkn', u * 3 + j)
    WHEN 1 THEN fixture_gen.pick(ARRAY['MacBook Touch ID', 'Chrome auf dem Mac'], 'wkn', u * 3 + j) ELSE 'key' END AS nm) x
ORDER BY 1;
UPDATE webauthn_keys SET created_at = least(created_at, timestamp '2021-02-12 00:00:00'), updated_at = least(updated_at, timestamp '2021-02-12 00:00:00');

-- vCard imports and what each did with the cards it found.
CREATE TABLE import_jobs (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users ON DELETE CASCADE,
    type varchar(255) NOT NULL,
    contacts_found integer,
    contacts_skipped integer,
    contacts_imported integer,
    filename varchar(255),
    started_at timestamp(0) without time zone,
    ended_at timestamp(0) without time zone,
    failed boolean NOT NULL DEFAULT false,
    failed_reason text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE import_job_reports (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users ON DELETE CASCADE,
    import_job_id integer NOT NULL REFERENCES import_jobs ON DELETE CASCADE,
    contact_information varchar(255) NOT NULL,
    skipped boolean NOT NULL,
    skip_reason varchar(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
CREATE TABLE pgen.ij AS
SELECT row_number() OVER (ORDER BY at, u) AS id, * FROM (
  SELECT s.u, s.a, s.c, (s.created + make_interval(mins => 20 + fixture_gen.n('ijc', s.u, 40 * 1440)))::timestamp(0) AS at,
         3 + fixture_gen.n('ijf', s.u, 22) AS found, fixture_gen.n('ijx', s.u, 16) = 0 AS failed
  FROM pgen.usr s WHERE s.u % 6 = 1 OR s.u % 25 = 4) z;
CREATE TABLE pgen.ijr AS
SELECT j.id AS job, j.a, j.u, r, j.at,
       CASE WHEN fixture_gen.n('ijrs', j.id * 40 + r, 4) = 0 THEN 'x' WHEN fixture_gen.n('ijrs', j.id * 40 + r, 4) = 1 THEN 'e' ELSE 'i' END AS fate,
       CASE WHEN fixture_gen.n('ijrg', j.id * 40 + r, 2) = 0 THEN cu.m[1 + fixture_gen.n('ijrf', j.id * 40 + r, cardinality(cu.m))] ELSE cu.f[1 + fixture_gen.n('ijrf', j.id * 40 + r, cardinality(cu.f))] END AS first,
       cu.lasts[1 + fixture_gen.n('ijrl', j.id * 40 + r, cardinality(cu.lasts))] AS last, cu.domains[1 + fixture_gen.n('ijrd', j.id * 40 + r, cardinality(cu.domains))] AS dom
FROM pgen.ij j JOIN pgen.cu ON cu.c = fixture_gen.pick(ARRAY[j.c, j.c, j.c, 'de', 'tr', 'pl', 'ku'], 'ijrc', j.id) CROSS JOIN LATERAL generate_series(1, j.found) r WHERE NOT j.failed;
INSERT INTO import_jobs (id, account_id, user_id, type, contacts_found, contacts_skipped, contacts_imported, filename, started_at, ended_at, failed, failed_reason, created_at, updated_at)
SELECT j.id, j.a, j.u, 'vcard', CASE WHEN j.failed THEN 0 ELSE j.found END,
       CASE WHEN j.failed THEN 0 ELSE (SELECT count(*) FROM pgen.ijr r WHERE r.job = j.id AND r.fate <> 'i') END,
       CASE WHEN j.failed THEN 0 ELSE (SELECT count(*) FROM pgen.ijr r WHERE r.job = j.id AND r.fate = 'i') END,
       'imports/' || pgen.rnd('ijfn', j.id, 40) || '.vcf', j.at + interval '4 seconds', j.at + make_interval(secs => 6 + j.found * 2), j.failed,
       CASE WHEN j.failed THEN 'Invalid vCard: missing "BEGIN:VCARD" on line 1' END, j.at, j.at + make_interval(secs => 6 + j.found * 2)
FROM pgen.ij j ORDER BY j.id;
INSERT INTO import_job_reports (id, account_id, user_id, import_job_id, contact_information, skipped, skip_reason, created_at, updated_at)
SELECT row_number() OVER (ORDER BY job, r), a, u, job,
       CASE WHEN fate = 'e' THEN trim(coalesce(NULLIF(fixture_gen.n('ijre', job * 40 + r, 2), 0)::text, '') || ' ' || pgen.fold(first) || '.' || pgen.fold(last) || '@' || dom)
            ELSE first || ' ' || last || CASE WHEN fixture_gen.n('ijrm', job * 40 + r, 3) = 0 THEN ' ' || pgen.fold(first) || '.' || pgen.fold(last) || '@' || dom ELSE '' END END,
       fate <> 'i', CASE fate WHEN 'x' THEN 'import_vcard_contact_exist' WHEN 'e' THEN 'import_vcard_contact_no_firstname' END,
       at + make_interval(secs => 4 + r * 2), at + make_interval(secs => 4 + r * 2)
FROM pgen.ijr ORDER BY 1;
UPDATE import_job_reports SET contact_information = regexp_replace(contact_information, '^1 ', '') WHERE skip_reason = 'import_vcard_contact_no_firstname';

-- Queue jobs that failed (the queue itself is in Redis): LocationIQ and Dark
-- Sky lookups over quota, reminder mails bounced, the signup alert to the admins.
CREATE FUNCTION pgen.urlenc(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(CASE WHEN b BETWEEN 48 AND 57 OR b BETWEEN 65 AND 90 OR b BETWEEN 97 AND 122 OR b IN (45, 46, 95) THEN chr(b) WHEN b = 32 THEN '+'
                         ELSE '%' || upper(lpad(to_hex(b), 2, '0')) END, '' ORDER BY k)
  FROM (SELECT k, get_byte(convert_to(s, 'UTF8'), k - 1) AS b FROM generate_series(1, octet_length(convert_to(s, 'UTF8'))) k) x
$$;
CREATE FUNCTION pgen.qprops() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['job', 'N;', 'connection', 'N;', 'queue', 'N;', 'chainConnection', 'N;', 'chainQueue', 'N;', 'chainCatchCallbacks', 'N;', 'delay', 'N;', 'afterCommit', 'N;', 'middleware', 'a:0:{}', 'chained', 'a:0:{}']
$$;
CREATE FUNCTION pgen.payload(uuid text, cls text, cmd text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"uuid":' || pgen.pj(uuid) || ',"displayName":' || pgen.pj(cls) || ',"job":' || pgen.pj('Illuminate\Queue\CallQueuedHandler@call')
      || ',"maxTries":null,"maxExceptions":null,"backoff":null,"timeout":null,"retryUntil":null,"data":{"commandName":' || pgen.pj(CASE WHEN strpos(cls, 'App\Notifications\') = 1 THEN 'Illuminate\Notifications\SendQueuedNotifications' ELSE cls END)
      || ',"command":' || pgen.pj(cmd) || '}}'
$$;
CREATE FUNCTION pgen.trace(frames text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'Stack trace:' || chr(10) || string_agg('#' || (k - 1) || ' ' || frames[k], chr(10) ORDER BY k) || chr(10) || '#' || cardinality(frames) || ' {main}'
  FROM generate_series(1, cardinality(frames)) k
$$;
CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY,
    uuid varchar(255) NOT NULL UNIQUE,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp(0) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE pgen.fj AS
SELECT k, CASE WHEN k <= 24 THEN 'gps' WHEN k <= 34 THEN 'weather' WHEN k <= 50 THEN 'mail' ELSE 'alert' END AS kind,
       (SELECT id FROM pgen.plx p WHERE p.street IS NOT NULL AND (k <= 24 OR p.lat IS NOT NULL) ORDER BY md5('fjp' || k || ':' || p.id) LIMIT 1) AS place,
       (SELECT id FROM pgen.rm r WHERE r.typ = 'b' ORDER BY md5('fjr' || k || ':' || r.id) LIMIT 1) AS reminder,
       fixture_gen.uuid('fju', k) AS uuid
FROM generate_series(1, 56) k;
INSERT INTO failed_jobs (id, uuid, connection, queue, payload, exception, failed_at)
SELECT row_number() OVER (ORDER BY at, k), uuid, 'redis', 'default', payload, exc, at FROM (
  SELECT f.k, f.uuid,
    CASE f.kind
      WHEN 'gps' THEN greatest(p.created + interval '2 seconds', timestamp '2020-03-01 00:00:00' + make_interval(secs => fixture_gen.n('fja', f.k, 30000000)))
      WHEN 'weather' THEN greatest(p.created + interval '5 minutes', timestamp '2020-06-01 00:00:00' + make_interval(secs => fixture_gen.n('fja', f.k, 22000000)))
      ELSE timestamp '2020-01-15 00:00:00' + make_interval(secs => fixture_gen.n('fja', f.k, 33000000)) END::timestamp(0) AS at,
    CASE f.kind
      WHEN 'gps' THEN pgen.payload(f.uuid, 'App\Jobs\GetGPSCoordinate', pgen.po('App\Jobs\GetGPSCoordinate', ARRAY['place', pgen.mi('App\Models\Account\Place', f.place)] || pgen.qprops()))
      WHEN 'weather' THEN pgen.payload(f.uuid, 'App\Jobs\GetWeatherInformation', pgen.po('App\Jobs\GetWeatherInformation', ARRAY['place', pgen.mi('App\Models\Account\Place', f.place)] || pgen.qprops()))
      WHEN 'mail' THEN pgen.payload(f.uuid, 'App\Notifications\UserReminded', pgen.po('Illuminate\Notifications\SendQueuedNotifications', ARRAY[
          'notifiables', pgen.mi('App\Models\User\User', rs.u),
          'notification', pgen.po('App\Notifications\UserReminded', ARRAY['reminder', pgen.mi('App\Models\Contact\Reminder', f.reminder), 'id', pgen.ps(fixture_gen.uuid('fjn', f.k)), 'locale', 'N;'] || pgen.qprops()),
          'channels', 'a:1:{i:0;s:4:"mail";}', 'tries', 'N;', 'timeout', 'N;'] || pgen.qprops()))
      ELSE pgen.payload(f.uuid, 'App\Jobs\SendNewUserAlert', pgen.po('App\Jobs\SendNewUserAlert', ARRAY['user', pgen.mi('App\Models\User\User', 3 + fixture_gen.n('fjs', f.k, 290))] || pgen.qprops())) END AS payload,
    CASE f.kind
      WHEN 'gps' THEN 'GuzzleHttp\Exception\ClientException: Client error: `GET https://eu1.locationiq.com/v1/search.php?format=json&key=' || liq.key
          || '&q=' || pgen.urlenc(p.street || ', ' || coalesce(p.zip || ' ', '') || c.name || ', ' || p.cc) || '` resulted in a `429 Too Many Requests` response:' || chr(10)
          || '{"error":"Rate Limited Second"}' || chr(10) || ' in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113' || chr(10)
          || pgen.trace(ARRAY['/var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(66): GuzzleHttp\Exception\RequestException::create(Object(GuzzleHttp\Psr7\Request), Object(GuzzleHttp\Psr7\Response), NULL, Array, NULL)',
              '/var/www/html/vendor/guzzlehttp/promises/src/Promise.php(203): GuzzleHttp\Middleware::GuzzleHttp\{closure}(Object(GuzzleHttp\Psr7\Response))',
              '/var/www/html/vendor/guzzlehttp/guzzle/src/Client.php(187): GuzzleHttp\Promise\Promise->wait()',
              '/var/www/html/app/Services/Instance/Geolocalization/GetGPSCoordinate.php(71): GuzzleHttp\Client->request(''GET'', ''https://eu1.locat...'')',
              '/var/www/html/app/Jobs/GetGPSCoordinate.php(44): App\Services\Instance\Geolocalization\GetGPSCoordinate->execute(Array)',
              '/var/www/html/vendor/laravel/framework/src/Illuminate/Container/BoundMethod.php(36): App\Jobs\GetGPSCoordinate->handle()'])
      WHEN 'weather' THEN 'GuzzleHttp\Exception\ClientException: Client error: `GET https://api.darksky.net/forecast/' || dsk.key || '/' || p.lat || ',' || p.lon
          || '?exclude=alerts,minutely,hourly,daily,flags&units=si` resulted in a `403 Forbidden` response:' || chr(10) || '{"code":403,"error":"daily usage limit exceeded"}' || chr(10)
          || ' in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113' || chr(10)
          || pgen.trace(ARRAY['/var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(66): GuzzleHttp\Exception\RequestException::create(Object(GuzzleHttp\Psr7\Request), Object(GuzzleHttp\Psr7\Response), NULL, Array, NULL)',
              '/var/www/html/vendor/guzzlehttp/promises/src/Promise.php(203): GuzzleHttp\Middleware::GuzzleHttp\{closure}(Object(GuzzleHttp\Psr7\Response))',
              '/var/www/html/app/Services/Instance/Weather/GetWeatherInformation.php(83): GuzzleHttp\Client->request(''GET'', ''https://api.darks...'')',
              '/var/www/html/app/Jobs/GetWeatherInformation.php(40): App\Services\Instance\Weather\GetWeatherInformation->execute(Array)'])
      WHEN 'mail' THEN 'Swift_TransportException: Expected response code 250 but got code "550", with message "550 5.1.1 <' || rs.email
          || '>: Recipient address rejected: User unknown in virtual mailbox table' || chr(13) || chr(10) || '" in /var/www/html/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php:457' || chr(10)
          || pgen.trace(ARRAY['/var/www/html/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php(341): Swift_Transport_AbstractSmtpTransport->assertResponseCode(''550 5.1.1 <...'', Array)',
              '/var/www/html/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/EsmtpTransport.php(305): Swift_Transport_AbstractSmtpTransport->executeCommand(''RCPT TO:<...'', Array, Array, false, NULL)',
              '/var/www/html/vendor/laravel/framework/src/Illuminate/Mail/Mailer.php(521): Swift_Mailer->send(Object(Swift_Message), Array)',
              '/var/www/html/vendor/laravel/framework/src/Illuminate/Notifications/Channels/MailChannel.php(68): Illuminate\Mail\Mailer->send(Object(Illuminate\Support\HtmlString), Array, Object(Closure))'])
      ELSE 'Swift_TransportException: Connection could not be established with host smtp.eu.mailgun.org :stream_socket_client(): unable to connect to tcp://smtp.eu.mailgun.org:587 (Connection timed out) in /var/www/html/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/StreamBuffer.php:261' || chr(10)
          || pgen.trace(ARRAY['/var/www/html/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/StreamBuffer.php(62): Swift_Transport_StreamBuffer->establishSocketConnection()',
              '/var/www/html/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php(113): Swift_Transport_StreamBuffer->initialize(Array)',
              '/var/www/html/vendor/laravel/framework/src/Illuminate/Mail/Mailer.php(521): Swift_Mailer->send(Object(Swift_Message), Array)']) END AS exc
  FROM pgen.fj f
  LEFT JOIN pgen.plx p ON p.id = f.place LEFT JOIN pgen.city c ON c.id = p.city
  LEFT JOIN pgen.rm r ON r.id = f.reminder LEFT JOIN pgen.usr rs ON rs.u = coalesce((SELECT min(u) FROM pgen.usr WHERE usr.a = r.a AND fixture_gen.n('fjru', f.k, 3) = 0 AND NOT owner), r.a)
  CROSS JOIN (SELECT 'pk.' || pgen.hex('locationiq', 1, 32) AS key) liq
  CROSS JOIN (SELECT pgen.hex('darksky', 1, 32) AS key) dsk
) z ORDER BY 1;

-- Laravel's migrations (batch 1 at the install in March 2018, then one batch per upgrade).
CREATE TABLE migrations (
    id serial PRIMARY KEY,
    migration varchar(255) NOT NULL,
    batch integer NOT NULL
);
INSERT INTO migrations (migration, batch)
SELECT m, b FROM (VALUES
  ('2014_10_12_000000_create_users_table', 1), ('2014_10_12_100000_create_password_resets_table', 1), ('2016_06_01_000001_create_oauth_auth_codes_table', 1),
  ('2016_06_01_000002_create_oauth_access_tokens_table', 1), ('2016_06_01_000003_create_oauth_refresh_tokens_table', 1), ('2016_06_01_000004_create_oauth_clients_table', 1),
  ('2016_06_01_000005_create_oauth_personal_access_clients_table', 1), ('2016_06_07_234741_create_contacts_table', 1), ('2016_06_08_005413_create_accounts_table', 1),
  ('2016_06_10_224149_create_reminders_table', 1), ('2016_06_11_151030_create_notes_table', 1), ('2016_06_18_222831_create_activities_table', 1),
  ('2016_06_22_214223_create_activity_contact_table', 1), ('2016_07_19_171305_create_gifts_table', 1), ('2016_08_28_020601_create_jobs_table', 1),
  ('2016_08_28_023145_create_failed_jobs_table', 1), ('2016_09_10_164406_create_tasks_table', 1), ('2016_10_19_155139_create_entries_table', 1),
  ('2016_11_01_174416_create_countries_table', 1), ('2016_12_28_150831_create_relationships_table', 1), ('2017_01_21_163232_create_debts_table', 1),
  ('2017_02_10_023442_create_import_jobs_table', 1), ('2017_03_30_212344_create_import_job_reports_table', 1), ('2017_04_06_185128_create_tags_table', 1),
  ('2017_04_06_185334_create_contact_tag_table', 1), ('2017_05_30_011121_create_invitations_table', 1), ('2017_06_07_173437_create_pets_table', 1),
  ('2017_06_12_030145_create_pet_categories_table', 1), ('2017_06_20_232817_create_subscriptions_table', 1), ('2017_07_26_220021_create_calls_table', 1),
  ('2017_08_06_153253_create_contact_fields_table', 1), ('2017_08_06_153820_create_contact_field_types_table', 1), ('2017_09_10_124408_create_journal_entries_table', 1),
  ('2017_09_17_183451_create_days_table', 1), ('2017_10_19_180417_create_genders_table', 1), ('2017_11_10_181043_create_addresses_table', 1),
  ('2017_12_21_170847_create_special_dates_table', 1), ('2018_01_17_214723_create_relationship_types_table', 1), ('2018_03_08_184317_create_api_usage_table', 1),
  ('2018_04_15_230104_create_recovery_codes_table', 2), ('2018_05_02_231502_create_u2f_key_table', 2), ('2018_05_25_012455_create_documents_table', 3),
  ('2018_06_22_132418_create_conversations_table', 4), ('2018_06_22_133043_create_messages_table', 4), ('2018_07_09_132521_create_life_events_table', 5),
  ('2018_08_29_145512_create_photos_table', 6), ('2018_09_05_211256_add_avatars_to_contacts', 6), ('2018_10_14_181006_create_synctoken_table', 7),
  ('2018_11_21_024112_create_places_table', 8), ('2018_11_21_031207_move_addresses_to_places', 8), ('2018_12_09_023232_create_occupations_table', 9),
  ('2018_12_09_023640_create_companies_table', 9), ('2019_01_28_163427_create_reminder_outbox_table', 10), ('2019_02_06_125611_create_audit_logs_table', 11),
  ('2019_05_17_150213_add_uuid_to_models', 12), ('2019_08_14_104431_add_stay_in_touch_to_contacts', 13), ('2019_11_20_201518_add_food_preferences_to_contacts', 14),
  ('2020_01_24_172932_add_vcard_to_contacts', 15), ('2020_03_18_232318_create_webauthn_keys_table', 16), ('2020_03_19_224014_migrate_u2f_to_webauthn', 16),
  ('2020_04_20_102430_add_currency_to_gifts_and_debts', 17), ('2020_04_20_155025_refactor_gifts_status', 17), ('2020_06_03_201518_add_uuid_to_failed_jobs_table', 18),
  ('2020_09_21_164012_create_addressbooks_table', 19), ('2020_09_21_164013_add_addressbook_to_contacts', 19), ('2020_10_04_155542_add_distant_fields_to_contacts', 19),
  ('2020_11_12_200512_rename_metric_to_temperature_scale', 20)) v(m, b);

-- The DAV server's sync tokens and the address books synced from phones.
CREATE TABLE synctoken (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users ON DELETE CASCADE,
    name varchar(255) NOT NULL DEFAULT 'contacts',
    timestamp timestamp(0) without time zone NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO synctoken (id, account_id, user_id, name, timestamp, created_at, updated_at)
SELECT row_number() OVER (ORDER BY at, u, j), a, u, CASE WHEN j % 3 = 2 THEN 'birthdays' WHEN j % 3 = 0 THEN 'tasks' ELSE 'contacts' END, at, at, at FROM (
  SELECT s.u, s.a, j, (greatest(s.created, timestamp '2018-10-20 00:00:00') + make_interval(secs => fixture_gen.n('stt', s.u * 8 + j, 70000000)))::timestamp(0) AS at
  FROM pgen.usr s CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('stn', s.u, 5)) j WHERE s.u % 5 = 2 OR s.u % 23 = 3 OR s.u = 1) z
WHERE at < '2021-02-15' ORDER BY 1;

CREATE TABLE addressbooks (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    description varchar(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);
INSERT INTO addressbooks (id, account_id, user_id, name, description, created_at, updated_at)
SELECT b.id, b.a, b.u, 'contacts' || b.id, CASE WHEN b.u % 2 = 0 THEN 'iCloud' ELSE fixture_gen.pick(ARRAY['Nextcloud', 'Nextcloud Familie', 'Kontakte (Nextcloud)'], 'abd', b.u) END, b.created, b.created
FROM pgen.ab b ORDER BY b.id;

-- Rewrite every table in primary key order, so that the rows' physical order
-- (and a dump of them) does not depend on where updated rows landed.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.relname AS tbl, i.relname AS idx FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND x.indisprimary ORDER BY c.relname LOOP
    EXECUTE format('CLUSTER public.%I USING %I', r.tbl, r.idx);
    EXECUTE format('ALTER TABLE public.%I SET WITHOUT CLUSTER', r.tbl);
  END LOOP;
END $$;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
