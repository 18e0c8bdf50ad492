-- classify-eval fixture (HOLDOUT 11, with metabase: written by someone who
-- had not seen the classifier, labelled by what its columns hold; never tune
-- against it): a self-hosted Cal.com v4 scheduling platform on PostgreSQL in
-- the naming Prisma gives its schema.prisma: PascalCase model tables quoted
-- ("Booking", "EventType", "Credential", "WorkflowStep", ...) beside the
-- lower-case "users" table, camelCase quoted columns ("userId",
-- "startTime", "timeZone"), serial integer keys on most models and cuid or
-- uuid text keys on others, timestamp(3) columns, Prisma enums as PostgreSQL
-- enum types, the implicit many-to-many table "_user_eventtype" (columns
-- "A" and "B") and "_prisma_migrations". Northgate Advisory, a management
-- consultancy with offices in London, München, Paris, Mumbai, São Paulo,
-- New York, Tokyo, Lagos, Mexico City and Warsaw, runs it as one
-- organization with practice and office teams, and books its clients
-- through it. Consultants in "users" with bios (some giving a mobile
-- number or an assistant's email), avatar URLs, usernames made of their
-- names, 2FA secrets and backup codes kept encrypted, Google and SAML
-- subject ids, a metadata JSON holding personal Zoom rooms with their
-- passcodes, pending email changes and pre-migration usernames; passwords
-- apart in "UserPassword"; NextAuth accounts with Google tokens (the
-- "Session" table is there but empty: the app signs JWT sessions);
-- profiles, secondary emails, schedules and availability; event types
-- whose public copy, booking questions and slugs hold nothing personal but
-- whose locations JSON carries hosts' own mobile numbers; bookings with
-- titles naming host and client, the booker's notes, the legacy
-- customInputs JSON and the responses JSON (names, emails, phones, guests,
-- notes), locations that are a client's phone number, metadata JSON with
-- Zoom join URLs carrying the passcode, cancellation and rejection reasons,
-- ratings with feedback, dynamic group slugs made of usernames, who
-- cancelled or rescheduled; attendees with names, emails, time zones,
-- locales and phones; seats with their responses; booking references to
-- Google and Microsoft calendar events (calendar ids that are emails) and
-- to Zoom and Daily meetings (passcodes, Daily meeting tokens, join URLs);
-- Stripe payments whose data JSON holds the PaymentIntent client secret and
-- the booker's name, email and phone; calendar, video, CRM and payment
-- credentials as a key JSON of OAuth tokens; the calendar cache whose key
-- and value name calendars by email; selected and destination calendars;
-- webhooks (Zapier, Make and Slack URLs that are the credential, signing
-- secrets) and their scheduled triggers' booking payloads; hashed API
-- keys; workflows whose SMS and email bodies are templates with
-- placeholders, some typed with a consultant's number, and steps that send
-- to an assistant's phone or email; workflow reminders with Twilio and
-- SendGrid references; verified numbers and emails; verification tokens
-- (emails beside invite-link identifiers); reset-password requests whose
-- cuid id is the token in the emailed link; feedback ratings and comments;
-- impersonation logs; OAuth clients, authorization codes and the platform
-- API's access and refresh tokens; installed apps' keys (Google, Microsoft
-- and Zoom client secrets, Stripe keys, the Daily API key); hashed private
-- links; routing forms (the form's field definitions) and their responses
-- (names, emails, phones, project descriptions) keyed by the filler's
-- browser id; the task queue whose payloads carry phone numbers, emails
-- and webhook secrets and whose errors quote phone numbers; a watchlist of
-- blocked spam emails, domains and usernames; out-of-office entries with
-- notes naming the colleague covering; travel schedules; avatars stored as
-- base64 data URLs; redirects from pre-organization usernames; feature
-- flags, the deployment's licence key and organization settings; Cal.ai
-- phone-agent settings (the prompt and opening line typed by the host, the
-- numbers, the guest's name, email and company); hosts' internal notes on
-- bookings beside note presets.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA cgen;

-- tok: len letters and digits (base64 of pseudo-random bytes, +/ folded);
-- lt: the same in lower case; b58: base58 (short-uuid ids).
CREATE FUNCTION cgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, least(len, 190)), '+/=', 'kQ7'), 1, len) $$;
CREATE FUNCTION cgen.lt(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT lower(cgen.tok(tag, i, len)) $$;
CREATE FUNCTION cgen.b58(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(cgen.tok(tag, i, len), '0OIl+/', '1PJmab') $$;
-- cuid: a Prisma cuid() (c, a base36 timestamp, counter and randomness).
CREATE FUNCTION cgen.cuid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'cl' || fixture_gen.pick(ARRAY['r', 's', 't', 'u', 'v', 'w', 'x', 'y'], tag || 'cu', i) || cgen.lt(tag || 'cuid', i, 22) $$;
-- t3: a timestamp(3) between from and from + days.
CREATE FUNCTION cgen.t3(tag text, i bigint, from_ts timestamp, days int) RETURNS timestamp(3)
LANGUAGE sql IMMUTABLE AS $$ SELECT (from_ts + make_interval(secs => fixture_gen.n(tag, i, days * 86400)) + make_interval(secs => fixture_gen.n(tag || 'ms', i, 1000) / 1000.0))::timestamp(3) $$;
-- enc: Cal.com's symmetricEncrypt output (hex IV, colon, hex ciphertext).
CREATE FUNCTION cgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag || 'iv', i, 32) || ':' || fixture_gen.hexn(tag || 'ct', i, len) $$;
CREATE FUNCTION cgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçłśźżńęąćÁÉÍÓÚÖÜÇŁŚŻß', 'aeiouaeiouaeiouaeiouaonclszzneacAEIOUOUCLSZs')), '[^a-z0-9]+', '', 'g')
$$;
CREATE FUNCTION cgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' from regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçłśźżńęąćÁÉÍÓÚÖÜÇŁŚŻß&', 'aeiouaeiouaeiouaeiouaonclszzneacAEIOUOUCLSZsa')), '[^a-z0-9]+', '-', 'g'))
$$;
CREATE FUNCTION cgen.ms(t timestamp) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT (extract(epoch FROM t) * 1000)::bigint $$;
-- meet: a Google Meet code; zoom: a Zoom meeting id.
CREATE FUNCTION cgen.meet(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag || 'a', i, 3, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars(tag || 'b', i, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars(tag || 'c', i, 3, 'abcdefghijklmnopqrstuvwxyz') $$;
-- jwt_hs: an HS256 JSON Web Token with the given claims.
CREATE FUNCTION cgen.b64url(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(t, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;
CREATE FUNCTION cgen.jwt_hs(claims text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT cgen.b64url('{"alg":"HS256","typ":"JWT"}') || '.' || cgen.b64url(claims) || '.' || translate(cgen.tok(tag, i, 43), 'kQ', '-_') $$;
-- img: base64 of an image header and n blocks of pseudo-random bytes.
CREATE FUNCTION cgen.img(hdr text, tag text, i bigint, n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(decode(hdr, 'hex') || (SELECT string_agg(sha512(convert_to(tag || b || ':' || i, 'UTF8')), ''::bytea ORDER BY b) FROM generate_series(1, n) b), 'base64'), E'\n', '')
$$;
CREATE FUNCTION cgen.iso(t timestamp) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- Ten cultures: names, the office's time zone, locale, mail domains and
-- a mobile number in the country's usual format.
CREATE TABLE cgen.cult (c int PRIMARY KEY, firsts text[], lasts text[], tzs text[], locale text, office text, week text, tf int, tld text, form text, doms text[]);
INSERT INTO cgen.cult VALUES
 (0, ARRAY['Oliver','Amelia','Harry','Isla','George','Freya','Jack','Poppy','Thomas','Eleanor','Callum','Niamh'],
     ARRAY['Whitfield','Ashworth','Pemberton','Hughes','Clarke','Fletcher','Barker','Holloway','Pritchard','Kerr','Doyle','McAllister'],
     ARRAY['Europe/London'], 'en', 'London', 'Monday', 24, '.co.uk', 'Ltd', ARRAY['gmail.com','outlook.com','btinternet.com','icloud.com']),
 (1, ARRAY['Lukas','Lena','Felix','Johanna','Maximilian','Anna','Jonas','Katharina','Tobias','Miriam','Jürgen','Sabine'],
     ARRAY['Becker','Hoffmann','Schäfer','Wagner','Krüger','Neumann','Zimmermann','Braun','Hartmann','Vogel','Weiß','Köhler'],
     ARRAY['Europe/Berlin'], 'de', 'München', 'Monday', 24, '.de', 'GmbH', ARRAY['gmail.com','web.de','gmx.de','t-online.de']),
 (2, ARRAY['Camille','Louis','Manon','Hugo','Léa','Théo','Chloé','Antoine','Inès','Mathis','Margaux','Julien'],
     ARRAY['Lefebvre','Moreau','Girard','Fournier','Mercier','Bonnet','Lambert','Fontaine','Rousseau','Chevalier','Garnier','Faure'],
     ARRAY['Europe/Paris'], 'fr', 'Paris', 'Monday', 24, '.fr', 'SAS', ARRAY['gmail.com','orange.fr','free.fr','laposte.net']),
 (3, ARRAY['Aditya','Sneha','Karthik','Pooja','Vivek','Anjali','Rohit','Divya','Nikhil','Lakshmi','Harsh','Meenakshi'],
     ARRAY['Krishnan','Subramanian','Agarwal','Mehta','Joshi','Pillai','Rao','Verma','Saxena','Iyengar','Chopra','Kulkarni'],
     ARRAY['Asia/Kolkata', 'Asia/Calcutta'], 'en', 'Mumbai', 'Monday', 12, '.in', 'Pvt Ltd', ARRAY['gmail.com','yahoo.co.in','rediffmail.com','outlook.com']),
 (4, ARRAY['Rafael','Juliana','Gustavo','Fernanda','Thiago','Camila','Bruno','Larissa','Leonardo','Beatriz','João','Ana Clara'],
     ARRAY['Oliveira','Souza','Pereira','Carvalho','Almeida','Ribeiro','Gomes','Barbosa','Rocha','Cardoso','Araújo','Nascimento'],
     ARRAY['America/Sao_Paulo'], 'pt-BR', 'São Paulo', 'Sunday', 24, '.com.br', 'Ltda', ARRAY['gmail.com','hotmail.com','uol.com.br','bol.com.br']),
 (5, ARRAY['Tyler','Madison','Brandon','Ashley','Jordan','Kayla','Marcus','Brianna','Dylan','Courtney','Ethan','Megan'],
     ARRAY['Thompson','Ramirez','Coleman','Brooks','Henderson','Foster','Washington','Bryant','Sullivan','Reyes','Gallagher','Nguyen'],
     ARRAY['America/New_York','America/Chicago','America/Los_Angeles','America/Denver'], 'en', 'New York', 'Sunday', 12, '.com', 'Inc.', ARRAY['gmail.com','yahoo.com','icloud.com','outlook.com','aol.com']),
 (6, ARRAY['Haruto','Yui','Sota','Aoi','Ren','Hina','Yuto','Sakura','Daiki','Mio','Kenta','Emi'],
     ARRAY['Sato','Takahashi','Watanabe','Ito','Yamamoto','Nakamura','Kobayashi','Kato','Yoshida','Yamada','Inoue','Matsumoto'],
     ARRAY['Asia/Tokyo'], 'ja', 'Tokyo', 'Sunday', 24, '.co.jp', 'K.K.', ARRAY['gmail.com','yahoo.co.jp','docomo.ne.jp','outlook.jp']),
 (7, ARRAY['Chiamaka','Obinna','Temitope','Ifeanyi','Yetunde','Chukwuemeka','Folake','Damilola','Uchenna','Zainab','Babatunde','Ngozi'],
     ARRAY['Okonkwo','Adeyemi','Nwachukwu','Bello','Olatunji','Eze','Ogunleye','Ibrahim','Obi','Akinola','Okafor','Danjuma'],
     ARRAY['Africa/Lagos'], 'en', 'Lagos', 'Monday', 12, '.com.ng', 'Plc', ARRAY['gmail.com','yahoo.com','outlook.com']),
 (8, ARRAY['Alejandro','Valeria','Santiago','Ximena','Diego','Renata','Emiliano','Daniela','Sebastián','Fernanda','Mateo','Regina'],
     ARRAY['Hernández','González','Ramírez','Torres','Flores','Vázquez','Castillo','Morales','Ortiz','Jiménez','Rojas','Navarro'],
     ARRAY['America/Mexico_City'], 'es', 'Ciudad de México', 'Sunday', 12, '.com.mx', 'S.A. de C.V.', ARRAY['gmail.com','hotmail.com','outlook.com','prodigy.net.mx']),
 (9, ARRAY['Kacper','Zuzanna','Jakub','Aleksandra','Mateusz','Natalia','Michał','Karolina','Paweł','Magdalena','Wojciech','Joanna'],
     ARRAY['Nowak','Mazur','Krawczyk','Zając','Wróbel','Sikora','Dudek','Baran','Pawlak','Michalski','Król','Wieczorek'],
     ARRAY['Europe/Warsaw'], 'pl', 'Warszawa', 'Monday', 24, '.pl', 'Sp. z o.o.', ARRAY['gmail.com','wp.pl','onet.pl','o2.pl']);

CREATE FUNCTION cgen.phone(c int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 0 THEN CASE WHEN i % 3 = 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6) ELSE '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6) END
    WHEN 1 THEN CASE WHEN i % 3 = 0 THEN '0' || fixture_gen.pick(ARRAY['151','160','171','176'], tag, i) || ' ' || fixture_gen.digits(tag || 'b', i, 8) ELSE '+49 ' || fixture_gen.pick(ARRAY['151','160','171','176'], tag, i) || ' ' || fixture_gen.digits(tag || 'b', i, 8) END
    WHEN 2 THEN '+33 ' || fixture_gen.pick(ARRAY['6','7'], tag, i) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2)
    WHEN 3 THEN '+91 ' || fixture_gen.pick(ARRAY['98','97','99','88'], tag, i) || fixture_gen.digits(tag || 'a', i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 5)
    WHEN 4 THEN '+55 ' || fixture_gen.pick(ARRAY['11','21','31','41'], tag, i) || ' 9' || fixture_gen.digits(tag || 'a', i, 4) || '-' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 5 THEN CASE WHEN i % 2 = 0 THEN '+1 (' || (201 + fixture_gen.n(tag || 'a', i, 700))::text || ') ' || (201 + fixture_gen.n(tag || 'b', i, 700))::text || '-' || fixture_gen.digits(tag || 'c', i, 4)
                     ELSE '+1' || (201 + fixture_gen.n(tag || 'a', i, 700))::text || (201 + fixture_gen.n(tag || 'b', i, 700))::text || fixture_gen.digits(tag || 'c', i, 4) END
    WHEN 6 THEN CASE WHEN i % 2 = 0 THEN '090-' ELSE '+81 90-' END || fixture_gen.digits(tag || 'a', i, 4) || '-' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 7 THEN '+234 ' || fixture_gen.pick(ARRAY['803','806','813','905','708'], tag, i) || ' ' || fixture_gen.digits(tag || 'a', i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 8 THEN '+52 55 ' || fixture_gen.digits(tag || 'a', i, 4) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
    ELSE '+48 ' || fixture_gen.pick(ARRAY['501','602','698','783','511'], tag, i) || ' ' || fixture_gen.digits(tag || 'a', i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 3) END
$$;

-- Staff (1-240), the associates the client portal manages (241-270).
CREATE TABLE cgen.st (i int PRIMARY KEY, c int, first text, last text, name text, email text, username text, tz text, locale text, phone text, practice int, personal text);
INSERT INTO cgen.st
SELECT i, cu.c, f, l, f || ' ' || l, NULL, NULL, cu.tzs[1 + fixture_gen.n('sttz', i, cardinality(cu.tzs))],
       CASE WHEN cu.c IN (3, 7) OR i % 4 = 0 THEN 'en' ELSE cu.locale END,
       cgen.phone(cu.c, 'stph', i), 2 + fixture_gen.n('stpr', i, 9),
       cgen.fold(f) || fixture_gen.pick(ARRAY['.', '', '_'], 'stps', i) || cgen.fold(l) || CASE WHEN i % 3 = 0 THEN (i % 90 + 10)::text ELSE '' END || '@' || fixture_gen.pick(cu.doms, 'stpd', i)
FROM generate_series(1, 270) i
JOIN cgen.cult cu ON cu.c = CASE WHEN i <= 30 THEN i % 3 ELSE fixture_gen.n('stc', i, 10) END
CROSS JOIN LATERAL (SELECT fixture_gen.pick(cu.firsts, 'stf', i) AS f, fixture_gen.pick(cu.lasts, 'stl', i) AS l) x;
UPDATE cgen.st SET email = cgen.fold(first) || '.' || cgen.fold(last) || '@northgateadvisory.com', username = cgen.slug(first || ' ' || last) WHERE i <= 240;
UPDATE cgen.st s SET email = replace(s.email, '@', d.rn || '@'), username = s.username || '-' || d.rn
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM cgen.st WHERE i <= 240) d WHERE d.i = s.i AND d.rn > 1;
UPDATE cgen.st SET email = split_part(personal, '@', 1) || '+clxp7q2ka0001nb2k8ufc3yzh@' || split_part(personal, '@', 2),
                   username = cgen.slug(split_part(personal, '@', 1)) || '-clxp7q2ka0001nb2k8ufc3yzh-' || cgen.slug(split_part(personal, '@', 2))
WHERE i > 240;

-- Client companies and their people.
CREATE TABLE cgen.co (k int PRIMARY KEY, c int, name text, domain text, street text, city text);
INSERT INTO cgen.co
SELECT k, cu.c, p || ' ' || s || ' ' || cu.form, cgen.fold(p) || cgen.fold(s) || cu.tld,
       CASE cu.c WHEN 1 THEN fixture_gen.pick(ARRAY['Leopoldstraße','Prinzregentenstraße','Sonnenstraße','Arnulfstraße'], 'cost', k) || ' ' || (1 + k % 140)::text
                 WHEN 2 THEN (1 + k % 90)::text || ' ' || fixture_gen.pick(ARRAY['rue de Rivoli','avenue de l''Opéra','boulevard Haussmann','rue du Faubourg Saint-Antoine'], 'cost', k)
                 WHEN 0 THEN (1 + k % 200)::text || ' ' || fixture_gen.pick(ARRAY['Bishopsgate','Gresham Street','Canary Wharf','King Street'], 'cost', k)
                 WHEN 3 THEN (1 + k % 40)::text || ', ' || fixture_gen.pick(ARRAY['G Block, Bandra Kurla Complex','Nariman Point','Senapati Bapat Marg, Lower Parel','Hiranandani Gardens, Powai'], 'cost', k)
                 WHEN 4 THEN fixture_gen.pick(ARRAY['Avenida Paulista','Rua Funchal','Avenida Brigadeiro Faria Lima','Rua Haddock Lobo'], 'cost', k) || ', ' || (100 + k * 17 % 3000)::text
                 WHEN 5 THEN (1 + k * 7 % 900)::text || ' ' || fixture_gen.pick(ARRAY['Park Avenue','Madison Avenue','Hudson Street','Broadway'], 'cost', k)
                 WHEN 6 THEN (1 + k % 3)::text || '-' || (1 + k % 9)::text || '-' || (1 + k % 20)::text || ' ' || fixture_gen.pick(ARRAY['Marunouchi, Chiyoda-ku','Roppongi, Minato-ku','Nishi-Shinjuku, Shinjuku-ku','Shibuya, Shibuya-ku'], 'cost', k)
                 WHEN 7 THEN (1 + k % 60)::text || ' ' || fixture_gen.pick(ARRAY['Adeola Odeku Street, Victoria Island','Awolowo Road, Ikoyi','Admiralty Way, Lekki Phase 1','Broad Street, Lagos Island'], 'cost', k)
                 WHEN 8 THEN fixture_gen.pick(ARRAY['Paseo de la Reforma','Avenida Insurgentes Sur','Avenida Presidente Masaryk'], 'cost', k) || ' ' || (10 + k * 13 % 500)::text
                 ELSE 'ul. ' || fixture_gen.pick(ARRAY['Marszałkowska','Prosta','Grzybowska','Złota'], 'cost', k) || ' ' || (1 + k % 90)::text END,
       CASE cu.c WHEN 0 THEN 'London' WHEN 1 THEN 'München' WHEN 2 THEN 'Paris' WHEN 3 THEN 'Mumbai' WHEN 4 THEN 'São Paulo' WHEN 5 THEN 'New York' WHEN 6 THEN 'Tokyo' WHEN 7 THEN 'Lagos' WHEN 8 THEN 'Ciudad de México' ELSE 'Warszawa' END
FROM generate_series(1, 90) k
JOIN cgen.cult cu ON cu.c = fixture_gen.n('coc', k, 10)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Brightwater','Halden','Quayside','Meridian','Saffron','Ironbridge','Tamarind','Bluefin','Corvid','Larchmont','Pinecrest','Solent','Verdant','Kestrel','Aurelia','Basalt','Cobalt','Fairhaven','Granite','Harbourline'], 'cop', k) AS p,
                          fixture_gen.pick(ARRAY['Foods','Logistics','Health','Capital','Energy','Retail','Pharma','Mobility','Insurance','Textiles','Telecom','Cement'], 'cos', k) AS s) x;
UPDATE cgen.co c SET domain = replace(c.domain, '.', d.rn || '.') FROM (SELECT k, row_number() OVER (PARTITION BY domain ORDER BY k) AS rn FROM cgen.co) d WHERE d.k = c.k AND d.rn > 1;

CREATE TABLE cgen.cl (i int PRIMARY KEY, c int, first text, last text, name text, email text, phone text, tz text, locale text, co int, role text);
INSERT INTO cgen.cl
SELECT i, cu.c, f, l, CASE WHEN cu.c = 6 AND i % 4 = 0 THEN l || ' ' || f WHEN i % 29 = 0 THEN upper(f) || ' ' || upper(l) WHEN i % 23 = 0 THEN lower(f || ' ' || l) ELSE f || ' ' || l END,
       CASE WHEN fixture_gen.n('clem', i, 20) < 13 THEN cgen.fold(f) || '.' || cgen.fold(l) || '@' || co.domain
            WHEN fixture_gen.n('clem', i, 20) < 16 THEN substr(cgen.fold(f), 1, 1) || cgen.fold(l) || '@' || co.domain
            ELSE cgen.fold(f) || fixture_gen.pick(ARRAY['.', '_', ''], 'clsp', i) || cgen.fold(l) || (i % 97)::text || '@' || fixture_gen.pick(cu.doms, 'cld', i) END,
       cgen.phone(cu.c, 'clph', i), cu.tzs[1 + fixture_gen.n('cltz', i, cardinality(cu.tzs))],
       CASE WHEN i % 5 = 0 THEN 'en' ELSE cu.locale END, co.k,
       fixture_gen.pick(ARRAY['CFO','Head of Strategy','COO','Procurement Manager','HR Director','Founder & CEO','Finance Director','Head of Operations','Programme Manager','General Counsel','Chief Digital Officer','Investor Relations Lead'], 'clro', i)
FROM generate_series(1, 1800) i
JOIN cgen.co co ON co.k = 1 + fixture_gen.n('clco', i, 90)
JOIN cgen.cult cu ON cu.c = CASE WHEN i % 5 = 0 THEN fixture_gen.n('clcx', i, 10) ELSE co.c END
CROSS JOIN LATERAL (SELECT fixture_gen.pick(cu.firsts, 'clf', i) AS f, fixture_gen.pick(cu.lasts, 'cll', i) AS l) x;
UPDATE cgen.cl s SET email = replace(s.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM cgen.cl) d WHERE d.i = s.i AND d.rn > 1;

-- Prisma enums.
CREATE TYPE "IdentityProvider" AS ENUM ('CAL', 'GOOGLE', 'SAML');
CREATE TYPE "UserPermissionRole" AS ENUM ('USER', 'ADMIN');
CREATE TYPE "MembershipRole" AS ENUM ('MEMBER', 'ADMIN', 'OWNER');
CREATE TYPE "SMSLockState" AS ENUM ('LOCKED', 'UNLOCKED', 'REVIEW_NEEDED');
CREATE TYPE "PeriodType" AS ENUM ('unlimited', 'rolling', 'rolling_window', 'range');
CREATE TYPE "SchedulingType" AS ENUM ('roundRobin', 'collective', 'managed');
CREATE TYPE "BookingStatus" AS ENUM ('cancelled', 'accepted', 'rejected', 'pending', 'awaiting_host');
CREATE TYPE "EventTypeCustomInputType" AS ENUM ('text', 'textLong', 'number', 'bool', 'radio', 'phone');
CREATE TYPE "WebhookTriggerEvents" AS ENUM ('BOOKING_CREATED', 'BOOKING_PAYMENT_INITIATED', 'BOOKING_PAID', 'BOOKING_RESCHEDULED', 'BOOKING_REQUESTED', 'BOOKING_CANCELLED',
    'BOOKING_REJECTED', 'BOOKING_NO_SHOW_UPDATED', 'FORM_SUBMITTED', 'MEETING_ENDED', 'MEETING_STARTED', 'RECORDING_READY', 'INSTANT_MEETING', 'RECORDING_TRANSCRIPTION_GENERATED',
    'OOO_CREATED', 'AFTER_HOSTS_CAL_VIDEO_NO_SHOW', 'AFTER_GUESTS_CAL_VIDEO_NO_SHOW');
CREATE TYPE "WorkflowTriggerEvents" AS ENUM ('BEFORE_EVENT', 'EVENT_CANCELLED', 'NEW_EVENT', 'AFTER_EVENT', 'RESCHEDULE_EVENT');
CREATE TYPE "WorkflowActions" AS ENUM ('EMAIL_HOST', 'EMAIL_ATTENDEE', 'SMS_ATTENDEE', 'SMS_NUMBER', 'EMAIL_ADDRESS', 'WHATSAPP_ATTENDEE', 'WHATSAPP_NUMBER');
CREATE TYPE "WorkflowTemplates" AS ENUM ('REMINDER', 'CUSTOM', 'CANCELLED', 'RESCHEDULED', 'COMPLETED', 'RATING');
CREATE TYPE "TimeUnit" AS ENUM ('day', 'hour', 'minute');
CREATE TYPE "WorkflowMethods" AS ENUM ('EMAIL', 'SMS', 'WHATSAPP');
CREATE TYPE "AccessScope" AS ENUM ('READ_BOOKING', 'READ_PROFILE');
CREATE TYPE "AppCategories" AS ENUM ('calendar', 'messaging', 'other', 'payment', 'video', 'web3', 'automation', 'analytics', 'conferencing', 'crm');
CREATE TYPE "PaymentOption" AS ENUM ('ON_BOOKING', 'HOLD');
CREATE TYPE "ReminderType" AS ENUM ('PENDING_BOOKING_CONFIRMATION');
CREATE TYPE "FeatureType" AS ENUM ('RELEASE', 'EXPERIMENT', 'OPERATIONAL', 'KILL_SWITCH', 'PERMISSION');
CREATE TYPE "WatchlistType" AS ENUM ('EMAIL', 'DOMAIN', 'USERNAME');
CREATE TYPE "WatchlistSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');
CREATE TYPE "RedirectType" AS ENUM ('user-event-type', 'team-event-type', 'user', 'team');

CREATE TABLE "_prisma_migrations" (
    id varchar(36) PRIMARY KEY,
    checksum varchar(64) NOT NULL,
    finished_at timestamptz,
    migration_name varchar(255) NOT NULL,
    logs text,
    rolled_back_at timestamptz,
    started_at timestamptz NOT NULL DEFAULT now(),
    applied_steps_count integer NOT NULL DEFAULT 0
);
INSERT INTO "_prisma_migrations"
SELECT fixture_gen.uuid('mig', k), encode(sha256(convert_to('mig' || k, 'UTF8')), 'hex'), t + interval '140 milliseconds',
       to_char(timestamp '2021-04-12 08:00:00' + make_interval(days => k * 3, secs => fixture_gen.n('migs', k, 80000)), 'YYYYMMDDHH24MISS') || '_' ||
       fixture_gen.pick(ARRAY['add_event_type_custom_inputs', 'booking_responses', 'add_workflows', 'add_verified_numbers', 'add_api_keys', 'webhook_secret', 'add_team_metadata',
           'add_booking_seats', 'add_selected_slots', 'add_out_of_office', 'user_password_table', 'add_profile', 'add_platform_oauth_clients', 'add_calendar_cache',
           'add_instant_meeting_token', 'add_watchlist', 'booking_rating', 'add_travel_schedule', 'attendee_phone_number', 'add_tasker', 'add_feature_flags',
           'add_routing_forms', 'secondary_emails', 'add_avatar_table', 'temp_org_redirect', 'organization_settings', 'host_weights', 'booking_no_show_host'], 'mign', k),
       NULL, NULL, t, 1
FROM generate_series(1, 320) k
CROSS JOIN LATERAL (SELECT (timestamp '2021-04-12 08:00:00' + make_interval(days => k * 3, secs => fixture_gen.n('migt', k, 80000)))::timestamptz AS t) x;

CREATE TABLE users (
    id serial PRIMARY KEY,
    username text,
    name text,
    email text NOT NULL,
    "emailVerified" timestamp(3),
    bio text,
    "avatarUrl" text,
    "timeZone" text NOT NULL DEFAULT 'Europe/London',
    "weekStart" text NOT NULL DEFAULT 'Sunday',
    "startTime" integer NOT NULL DEFAULT 0,
    "endTime" integer NOT NULL DEFAULT 1440,
    "bufferTime" integer NOT NULL DEFAULT 0,
    "hideBranding" boolean NOT NULL DEFAULT false,
    theme text,
    "appTheme" text,
    created timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trialEndsAt" timestamp(3),
    "defaultScheduleId" integer,
    "completedOnboarding" boolean NOT NULL DEFAULT false,
    locale text,
    "timeFormat" integer DEFAULT 12,
    "twoFactorSecret" text,
    "twoFactorEnabled" boolean NOT NULL DEFAULT false,
    "backupCodes" text,
    "identityProvider" "IdentityProvider" NOT NULL DEFAULT 'CAL',
    "identityProviderId" text,
    "invitedTo" integer,
    "brandColor" text DEFAULT '#292929',
    "darkBrandColor" text DEFAULT '#fafafa',
    away boolean NOT NULL DEFAULT false,
    "allowDynamicBooking" boolean DEFAULT true,
    "allowSEOIndexing" boolean DEFAULT true,
    "receiveMonthlyDigestEmail" boolean DEFAULT true,
    metadata jsonb,
    verified boolean DEFAULT false,
    role "UserPermissionRole" NOT NULL DEFAULT 'USER',
    "disableImpersonation" boolean NOT NULL DEFAULT false,
    "organizationId" integer,
    locked boolean NOT NULL DEFAULT false,
    "isPlatformManaged" boolean NOT NULL DEFAULT false,
    "movedToProfileId" integer,
    "smsLockState" "SMSLockState" NOT NULL DEFAULT 'UNLOCKED',
    "lastActiveAt" timestamp(3)
);
CREATE UNIQUE INDEX "users_email_key" ON users (email);
CREATE UNIQUE INDEX "users_username_organizationId_key" ON users (username, "organizationId");
INSERT INTO users
SELECT s.i, s.username, s.name, s.email,
       CASE WHEN s.i % 17 <> 0 THEN cgen.t3('uev', s.i, timestamp '2021-06-01', 900) END,
       CASE fixture_gen.n('ubio', s.i, 9)
         WHEN 0 THEN 'Partner in our ' || p.name || ' practice. ' || (8 + s.i % 19)::text || ' years advising clients on ' || fixture_gen.pick(ARRAY['pricing and commercial excellence', 'post-merger integration', 'working-capital programmes', 'cloud migration and IT due diligence', 'supply-chain resilience', 'CSRD reporting'], 'ubt', s.i) || '.'
         WHEN 1 THEN 'Senior consultant in the ' || cu.office || ' office. For anything urgent call or WhatsApp me on ' || s.phone || '.'
         WHEN 2 THEN 'If none of these times work, email my assistant ' || a.name || ' (' || a.email || ') and we will find a slot.'
         WHEN 3 THEN 'Manager, ' || p.name || '. I work Tuesday to Thursday since coming back from parental leave; on other days ask ' || a.first || '.'
         WHEN 4 THEN 'Happy to talk about turnaround plans, pricing and operating-model design. Pick a slot below.'
         WHEN 5 THEN 'Book time with me for project check-ins. Please add the project code in the notes.'
         WHEN 6 THEN NULL
         WHEN 7 THEN fixture_gen.pick(ARRAY['Associate', 'Senior Associate', 'Engagement Manager', 'Principal', 'Director'], 'ubr', s.i) || ', ' || p.name || ' | ' || cu.office
         ELSE NULL END,
       CASE WHEN s.i % 10 < 6 THEN 'https://cal.northgateadvisory.com/api/avatar/' || fixture_gen.uuid('uav', s.i) || '.png'
            WHEN s.i % 10 < 8 THEN 'https://lh3.googleusercontent.com/a/ACg8ocK' || cgen.tok('ugav', s.i, 60) || '=s96-c' END,
       s.tz, cu.week, 0, 1440, 0, s.i <= 240, fixture_gen.pick(ARRAY[NULL, NULL, 'light', 'dark'], 'uth', s.i), fixture_gen.pick(ARRAY[NULL, NULL, NULL, 'dark', 'light'], 'uath', s.i),
       cgen.t3('ucr', s.i, timestamp '2021-05-01', 1100), NULL, s.i, s.i % 23 <> 0, s.locale, cu.tf,
       CASE WHEN s.i % 10 IN (1, 4, 7) THEN cgen.enc('u2fa', s.i, 64) END, s.i % 10 IN (1, 4, 7),
       CASE WHEN s.i % 10 IN (1, 4, 7) THEN cgen.enc('ubkc', s.i, 320) END,
       (CASE WHEN s.i > 240 THEN 'CAL' WHEN s.i % 5 IN (0, 2) THEN 'GOOGLE' WHEN s.i % 5 = 3 AND s.i > 120 THEN 'SAML' ELSE 'CAL' END)::"IdentityProvider",
       CASE WHEN s.i > 240 THEN NULL WHEN s.i % 5 IN (0, 2) THEN '1' || fixture_gen.digits('gsub', s.i, 20) WHEN s.i % 5 = 3 AND s.i > 120 THEN s.email END,
       CASE WHEN s.i % 9 = 0 THEN 13 + s.c END,
       CASE WHEN s.i <= 240 THEN '#0b3d5c' ELSE '#1f7a4d' END, CASE WHEN s.i <= 240 THEN '#7fc4e8' ELSE '#6fd3a0' END,
       s.i % 53 = 0, true, s.i % 7 = 0, s.i % 3 <> 0,
       CASE fixture_gen.n('umd', s.i, 8)
         WHEN 0 THEN jsonb_build_object('defaultConferencingApp', jsonb_build_object('appSlug', 'zoom', 'appLink', 'https://us06web.zoom.us/j/' || (3000000000 + fixture_gen.n('pmi', s.i, 900000000))::text || '?pwd=' || cgen.tok('pmipwd', s.i, 32) || '.1'))
         WHEN 1 THEN jsonb_build_object('defaultConferencingApp', jsonb_build_object('appSlug', 'google-meet', 'appLink', NULL))
         WHEN 2 THEN jsonb_build_object('emailChangeWaitingForVerification', s.personal, 'sessionTimeout', 480)
         WHEN 3 THEN jsonb_build_object('migratedToOrgFrom', jsonb_build_object('username', cgen.fold(s.first) || cgen.fold(s.last), 'reverted', false, 'revertTime', NULL, 'lastMigrationTime', cgen.iso(cgen.t3('umig', s.i, timestamp '2024-02-01', 30))))
         WHEN 4 THEN jsonb_build_object('defaultBookerLayouts', jsonb_build_object('enabledLayouts', jsonb_build_array('month_view', 'week_view'), 'defaultLayout', 'month_view'))
         WHEN 5 THEN jsonb_build_object('defaultConferencingApp', jsonb_build_object('appSlug', 'daily-video'))
         ELSE NULL END,
       true, (CASE WHEN s.i IN (1, 2, 3) THEN 'ADMIN' ELSE 'USER' END)::"UserPermissionRole", s.i % 31 = 0,
       CASE WHEN s.i <= 240 THEN 1 ELSE 23 END, s.i IN (97, 188), s.i > 240,
       CASE WHEN s.i <= 240 AND s.i % 5 <> 1 THEN s.i END, 'UNLOCKED',
       CASE WHEN s.i % 13 <> 0 THEN cgen.t3('ula', s.i, timestamp '2025-03-01', 120) END
FROM cgen.st s
JOIN cgen.cult cu ON cu.c = s.c
JOIN cgen.st a ON a.i = 1 + (s.i * 37) % 240
CROSS JOIN LATERAL (SELECT (ARRAY['Strategy & Growth', 'Finance Advisory', 'Digital & Technology', 'Operations & Supply Chain', 'People & Change', 'Risk & Compliance', 'Deals & M&A', 'Sustainability & ESG', 'Public Sector'])[s.practice - 1] AS name) p
ORDER BY s.i;
SELECT setval('users_id_seq', 270);

-- Passwords apart since v3.7: bcryptjs at 12 rounds, for users who sign
-- in with Cal's own login (also SSO users who set one before).
CREATE TABLE "UserPassword" (
    hash text NOT NULL,
    "userId" integer PRIMARY KEY REFERENCES users ON DELETE CASCADE
);
INSERT INTO "UserPassword"
SELECT '$2a' || '$12$' || fixture_gen.chars('upw', id, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), id
FROM users WHERE "identityProvider" = 'CAL' OR id % 11 = 0;

-- NextAuth's adapter tables.
CREATE TABLE "Account" (
    id text PRIMARY KEY,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    type text NOT NULL,
    provider text NOT NULL,
    "providerAccountId" text NOT NULL,
    refresh_token text,
    access_token text,
    expires_at integer,
    token_type text,
    scope text,
    id_token text,
    session_state text,
    UNIQUE (provider, "providerAccountId")
);
INSERT INTO "Account"
SELECT cgen.cuid('acc', u.id), u.id, 'oauth', CASE WHEN u."identityProvider" = 'GOOGLE' THEN 'google' ELSE 'saml' END, u."identityProviderId",
       CASE WHEN u."identityProvider" = 'GOOGLE' AND u.id % 4 <> 0 THEN '1//0' || cgen.tok('art', u.id, 100) END,
       CASE WHEN u."identityProvider" = 'GOOGLE' THEN 'ya29' || '.a0AfB_by' || translate(cgen.tok('aat', u.id, 180), 'kQ', '-_') ELSE cgen.lt('samlat', u.id, 40) END,
       (extract(epoch FROM cgen.t3('aexp', u.id, timestamp '2024-01-01', 500)))::int,
       CASE WHEN u."identityProvider" = 'GOOGLE' THEN 'Bearer' ELSE 'bearer' END,
       CASE WHEN u."identityProvider" = 'GOOGLE' THEN 'https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile openid' END,
       CASE WHEN u."identityProvider" = 'GOOGLE' THEN fixture_gen.jwt('aidt', u.id) END,
       NULL
FROM users u WHERE u."identityProvider" IN ('GOOGLE', 'SAML');

-- The app signs JWT sessions: this table stays empty.
CREATE TABLE "Session" (
    id text PRIMARY KEY,
    "sessionToken" text NOT NULL UNIQUE,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    expires timestamp(3) NOT NULL
);

CREATE TABLE "Team" (
    id serial PRIMARY KEY,
    name text NOT NULL,
    slug text,
    "logoUrl" text,
    "calVideoLogo" text,
    "appLogo" text,
    "appIconLogo" text,
    bio text,
    "hideBranding" boolean NOT NULL DEFAULT false,
    "isPrivate" boolean NOT NULL DEFAULT false,
    "hideBookATeamMember" boolean NOT NULL DEFAULT false,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    metadata jsonb,
    theme text,
    "brandColor" text DEFAULT '#292929',
    "darkBrandColor" text DEFAULT '#fafafa',
    "bannerUrl" text,
    "parentId" integer REFERENCES "Team" ON DELETE CASCADE,
    "timeFormat" integer,
    "timeZone" text NOT NULL DEFAULT 'Europe/London',
    "weekStart" text NOT NULL DEFAULT 'Sunday',
    "isOrganization" boolean NOT NULL DEFAULT false,
    "pendingPayment" boolean NOT NULL DEFAULT false,
    "isPlatform" boolean NOT NULL DEFAULT false,
    "createdByOAuthClientId" text,
    "smsLockState" "SMSLockState" NOT NULL DEFAULT 'UNLOCKED'
);
INSERT INTO "Team" (id, name, slug, bio, "parentId", "timeZone", "isOrganization", "isPlatform", metadata, "timeFormat", "weekStart")
VALUES
 (1, 'Northgate Advisory', 'northgate', 'Independent management consultancy. Strategy, finance, operations and technology advice for mid-sized companies in ten countries.', NULL, 'Europe/London', true, false,
     '{"orgSeats": 250, "orgPricePerSeat": 37, "isOrganizationVerified": true, "isOrganizationConfigured": true, "subscriptionId": "sub_1OkL2mHq7Xz4R9tVb3Nc8WpA", "subscriptionItemId": "si_PZk3vT8mQa2LxF"}', 24, 'Monday'),
 (2, 'Strategy & Growth', 'strategy-growth', 'Corporate strategy, market entry and growth planning. Book a discovery call with one of our partners.', 1, 'Europe/London', false, false, '{}', NULL, 'Monday'),
 (3, 'Finance Advisory', 'finance-advisory', 'Working capital, cost transformation, FP&A redesign and restructuring support.', 1, 'Europe/London', false, false, '{}', NULL, 'Monday'),
 (4, 'Digital & Technology', 'digital-technology', 'IT strategy, cloud migration, data platforms and technology due diligence.', 1, 'Europe/Berlin', false, false, '{}', NULL, 'Monday'),
 (5, 'Operations & Supply Chain', 'operations-supply-chain', 'Procurement, manufacturing excellence, network design and supply-chain resilience.', 1, 'Europe/Berlin', false, false, '{}', NULL, 'Monday'),
 (6, 'People & Change', 'people-change', 'Organisation design, change management and leadership development.', 1, 'Europe/Paris', false, false, '{}', NULL, 'Monday'),
 (7, 'Risk & Compliance', 'risk-compliance', 'Regulatory readiness, internal controls, DORA and NIS2 programmes.', 1, 'Europe/London', false, false, '{}', NULL, 'Monday'),
 (8, 'Deals & M&A', 'deals', 'Commercial due diligence, carve-outs, post-merger integration and value creation plans.', 1, 'America/New_York', false, false, '{}', NULL, 'Sunday'),
 (9, 'Sustainability & ESG', 'sustainability', 'CSRD reporting, decarbonisation roadmaps and sustainable sourcing.', 1, 'Europe/Paris', false, false, '{}', NULL, 'Monday'),
 (10, 'Public Sector', 'public-sector', 'Advisory for ministries, agencies and state-owned companies.', 1, 'Europe/Warsaw', false, false, '{}', NULL, 'Monday'),
 (11, 'Client Success', 'client-success', 'Questions about an engagement, invoices or reports? Talk to our client success team.', 1, 'Europe/London', false, false, '{}', NULL, 'Monday'),
 (12, 'Recruiting', 'recruiting', 'Interview slots for candidates. You will receive the video link by email.', 1, 'Europe/London', false, false, '{"requestedSlug": null}', NULL, 'Monday'),
 (13, 'London Office', 'london', NULL, 1, 'Europe/London', false, false, '{}', 24, 'Monday'),
 (14, 'München Office', 'muenchen', NULL, 1, 'Europe/Berlin', false, false, '{}', 24, 'Monday'),
 (15, 'Paris Office', 'paris', NULL, 1, 'Europe/Paris', false, false, '{}', 24, 'Monday'),
 (16, 'Mumbai Office', 'mumbai', NULL, 1, 'Asia/Kolkata', false, false, '{}', 12, 'Monday'),
 (17, 'São Paulo Office', 'sao-paulo', NULL, 1, 'America/Sao_Paulo', false, false, '{}', 24, 'Sunday'),
 (18, 'New York Office', 'new-york', NULL, 1, 'America/New_York', false, false, '{}', 12, 'Sunday'),
 (19, 'Tokyo Office', 'tokyo', NULL, 1, 'Asia/Tokyo', false, false, '{}', 24, 'Sunday'),
 (20, 'Lagos Office', 'lagos', NULL, 1, 'Africa/Lagos', false, false, '{}', 12, 'Monday'),
 (21, 'Ciudad de México Office', 'cdmx', NULL, 1, 'America/Mexico_City', false, false, '{}', 12, 'Sunday'),
 (22, 'Warszawa Office', 'warszawa', NULL, 1, 'Europe/Warsaw', false, false, '{}', 24, 'Monday'),
 (23, 'Northgate Connect', 'northgate-connect', 'Platform organization for the client portal''s expert network.', NULL, 'Europe/London', true, true, '{"orgSeats": 50}', 24, 'Monday');
UPDATE "Team" SET "logoUrl" = 'https://cal.northgateadvisory.com/api/avatar/' || fixture_gen.uuid('tlogo', id) || '.png', "createdAt" = cgen.t3('tcr', id, timestamp '2021-05-01', 60),
       "hideBranding" = true, "brandColor" = '#0b3d5c', "darkBrandColor" = '#7fc4e8',
       "bannerUrl" = CASE WHEN "isOrganization" THEN 'https://cal.northgateadvisory.com/api/avatar/' || fixture_gen.uuid('tban', id) || '.png' END,
       "calVideoLogo" = CASE WHEN id = 1 THEN 'https://cal.northgateadvisory.com/api/avatar/' || fixture_gen.uuid('tcvl', id) || '.png' END,
       "isPrivate" = id = 12, "createdByOAuthClientId" = NULL;
SELECT setval('"Team_id_seq"', 23);
ALTER TABLE users ADD CONSTRAINT "users_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Team" ON DELETE SET NULL;

CREATE TABLE "Membership" (
    id serial PRIMARY KEY,
    "teamId" integer NOT NULL REFERENCES "Team" ON DELETE CASCADE,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    accepted boolean NOT NULL DEFAULT false,
    role "MembershipRole" NOT NULL,
    "disableImpersonation" boolean NOT NULL DEFAULT false,
    "createdAt" timestamp(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3),
    UNIQUE ("userId", "teamId")
);
INSERT INTO "Membership" ("teamId", "userId", accepted, role, "disableImpersonation", "createdAt", "updatedAt")
SELECT t, s.i, NOT (s.i % 41 = 0 AND t <> 1),
       (CASE WHEN s.i = 1 AND t = 1 THEN 'OWNER' WHEN s.i IN (2, 3) AND t = 1 THEN 'ADMIN' WHEN t BETWEEN 2 AND 12 AND s.i % 19 = 0 THEN 'ADMIN' ELSE 'MEMBER' END)::"MembershipRole",
       s.i % 31 = 0, cgen.t3('mcr', s.i * 30 + t, timestamp '2023-01-01', 600), cgen.t3('mup', s.i * 30 + t, timestamp '2024-09-01', 200)
FROM cgen.st s
CROSS JOIN LATERAL unnest(CASE WHEN s.i > 240 THEN ARRAY[23] ELSE ARRAY[1, s.practice, 13 + s.c] || CASE WHEN s.i % 8 = 0 THEN ARRAY[12] ELSE ARRAY[]::int[] END || CASE WHEN s.i % 15 = 0 THEN ARRAY[11] ELSE ARRAY[]::int[] END END) t
ORDER BY s.i, t;

CREATE TABLE "Profile" (
    id serial PRIMARY KEY,
    uid text NOT NULL,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "organizationId" integer NOT NULL REFERENCES "Team" ON DELETE CASCADE,
    username text NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL
);
INSERT INTO "Profile"
SELECT u.id, fixture_gen.uuid('prof', u.id), u.id, u."organizationId", u.username, cgen.t3('pcr', u.id, timestamp '2024-02-01', 40), cgen.t3('pup', u.id, timestamp '2024-06-01', 200)
FROM users u WHERE u."organizationId" = 1 AND u.id % 5 <> 1;
SELECT setval('"Profile_id_seq"', 240);

CREATE TABLE "SecondaryEmail" (
    id serial PRIMARY KEY,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    email text NOT NULL UNIQUE,
    "emailVerified" timestamp(3)
);
INSERT INTO "SecondaryEmail" ("userId", email, "emailVerified")
SELECT s.i, CASE WHEN s.i % 3 = 0 THEN s.personal ELSE cgen.fold(s.first) || '@northgateadvisory.com' END, CASE WHEN s.i % 4 <> 0 THEN cgen.t3('sev', s.i, timestamp '2024-03-01', 300) END
FROM cgen.st s WHERE s.i <= 240 AND s.i % 4 = 1
  AND NOT EXISTS (SELECT 1 FROM cgen.st o WHERE o.i < s.i AND o.i % 4 = 1 AND cgen.fold(o.first) = cgen.fold(s.first) AND s.i % 3 <> 0);

CREATE TABLE "Schedule" (
    id serial PRIMARY KEY,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    name text NOT NULL,
    "timeZone" text
);
INSERT INTO "Schedule"
SELECT s.i, s.i, 'Working Hours', s.tz FROM cgen.st s;
INSERT INTO "Schedule"
SELECT 270 + k, u, fixture_gen.pick(ARRAY['Summer hours', 'Client-site weeks', 'Winter hours', 'Tue–Thu only', 'APAC overlap', 'Evening slots (Americas)', 'Interview panel', 'Office hours'], 'schn', k),
       CASE WHEN fixture_gen.n('schz', k, 4) = 0 THEN fixture_gen.pick(ARRAY['Asia/Singapore', 'America/New_York', 'Asia/Dubai', 'Europe/Lisbon'], 'schtz', k) ELSE s.tz END
FROM generate_series(1, 80) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('schu', k, 240) AS u) x
JOIN cgen.st s ON s.i = x.u;
SELECT setval('"Schedule_id_seq"', 350);
ALTER TABLE users ADD CONSTRAINT "users_defaultScheduleId_fkey" FOREIGN KEY ("defaultScheduleId") REFERENCES "Schedule" ON DELETE SET NULL;

CREATE TABLE "Availability" (
    id serial PRIMARY KEY,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "eventTypeId" integer,
    days integer[],
    "startTime" time NOT NULL,
    "endTime" time NOT NULL,
    date date,
    "scheduleId" integer REFERENCES "Schedule" ON DELETE CASCADE
);
INSERT INTO "Availability" ("userId", "eventTypeId", days, "startTime", "endTime", date, "scheduleId")
SELECT NULL, NULL,
       CASE WHEN sc.name = 'Tue–Thu only' THEN ARRAY[2, 3, 4] WHEN r = 2 THEN ARRAY[5] ELSE ARRAY[1, 2, 3, 4] || CASE WHEN fixture_gen.n('avf', sc.id, 3) > 0 THEN ARRAY[5] ELSE ARRAY[]::int[] END END,
       make_time(CASE WHEN sc.name LIKE 'Evening%' THEN 16 ELSE 8 + fixture_gen.n('avs', sc.id * 3 + r, 2) END, CASE WHEN fixture_gen.n('avm', sc.id, 2) = 0 THEN 0 ELSE 30 END, 0),
       make_time(CASE WHEN r = 2 THEN 13 WHEN sc.name LIKE 'Evening%' THEN 21 ELSE 17 + fixture_gen.n('ave', sc.id * 3 + r, 2) END, 0, 0),
       NULL, sc.id
FROM "Schedule" sc CROSS JOIN generate_series(1, 2) r
WHERE r = 1 OR fixture_gen.n('avr', sc.id, 3) = 0;
INSERT INTO "Availability" ("userId", "eventTypeId", days, "startTime", "endTime", date, "scheduleId")
SELECT NULL, NULL, ARRAY[]::int[], CASE WHEN k % 3 = 0 THEN time '00:00' ELSE time '10:00' END, CASE WHEN k % 3 = 0 THEN time '00:00' ELSE time '14:00' END,
       date '2024-01-08' + fixture_gen.n('avd', k, 540), 1 + fixture_gen.n('avsc', k, 270)
FROM generate_series(1, 260) k;

-- Event types: two personal ones per consultant (1-480), one per portal
-- associate (481-510), the teams' (521-536) and the children of the
-- managed one (541-560).
CREATE TABLE cgen.et (id int PRIMARY KEY, owner int, team int, title text, slug text, length int, loc text, locs jsonb, price int, currency text, seats int, sched text, parent int, custom boolean, descr text);
CREATE FUNCTION cgen.office_addr(c int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Northgate Advisory, 3rd floor, 14 Bishopsgate, London EC2N 4AJ', 'Northgate Advisory, Maximilianstraße 35, 80539 München', 'Northgate Advisory, 42 avenue de Friedland, 75008 Paris',
    'Northgate Advisory, 7th floor, One BKC, Bandra Kurla Complex, Mumbai 400051', 'Northgate Advisory, Avenida Brigadeiro Faria Lima 3477, São Paulo', 'Northgate Advisory, 250 Vesey Street, New York, NY 10281',
    'Northgate Advisory, Marunouchi Trust Tower 12F, 1-8-3 Marunouchi, Tokyo', 'Northgate Advisory, 4th floor, The Wings Complex, Victoria Island, Lagos',
    'Northgate Advisory, Paseo de la Reforma 296, Ciudad de México', 'Northgate Advisory, Rondo ONZ 1, 00-124 Warszawa'])[c + 1]
$$;
INSERT INTO cgen.et (id, owner, title, length, loc, price, currency, seats, sched, custom, descr)
SELECT k, (k + 1) / 2, x.title, x.len, x.loc, 0, 'usd', NULL, NULL, fixture_gen.n('etcu', k, 4) = 0,
       CASE WHEN fixture_gen.n('etds', k, 3) > 0 THEN fixture_gen.pick(ARRAY[
         'A short call to understand your goals and see whether we are the right fit.',
         'Regular check-in on project progress, risks and next steps.',
         'Drop-in slot for questions on the current engagement.',
         'Prepare the agenda, attendees and materials for the upcoming workshop.',
         'Walk through the draft proposal and agree on scope and fees.',
         'Please share any documents you would like me to read beforehand.'], 'etdesc', k) END
FROM generate_series(1, 480) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 2 = 1 THEN fixture_gen.pick(ARRAY['15 Min Intro Call', '30 Min Meeting', 'Discovery Call', 'Coffee Chat', 'Quick Sync'], 'etta', k)
                                ELSE fixture_gen.pick(ARRAY['Project Check-in', 'Office Hours', 'Workshop Prep', 'Steering Committee Prep', 'Proposal Review', 'Deep Dive'], 'ettb', k) END AS title,
                           (ARRAY['integrations:daily', 'integrations:daily', 'integrations:daily', 'integrations:google:meet', 'integrations:google:meet', 'integrations:zoom', 'integrations:office365_video', 'userPhone', 'phone', 'inPerson'])[1 + fixture_gen.n('etl', k, 10)] AS loc) t
CROSS JOIN LATERAL (SELECT t.title, t.loc, CASE WHEN t.title LIKE '15%' OR t.title = 'Quick Sync' THEN 15 WHEN t.title IN ('Workshop Prep', 'Steering Committee Prep') THEN 60 WHEN t.title = 'Deep Dive' THEN 90 WHEN t.title = 'Coffee Chat' THEN 20 ELSE 30 END AS len) x;
INSERT INTO cgen.et (id, owner, title, length, loc, price, currency, custom, descr)
SELECT 480 + k, 240 + k, 'Expert Call', 60, 'integrations:daily', CASE WHEN k % 3 = 0 THEN 20000 ELSE 0 END, 'usd', true, 'One-hour call with an industry expert from the Northgate Connect network.'
FROM generate_series(1, 30) k;
INSERT INTO cgen.et (id, team, title, length, loc, price, currency, seats, sched, custom, descr) VALUES
 (521, 2, 'Strategy Discovery Call', 30, 'integrations:google:meet', 0, 'usd', NULL, 'roundRobin', true, 'Tell us about your growth plans; a partner will get back to you within a week.'),
 (522, 3, 'Finance Health Check', 60, 'integrations:zoom', 25000, 'eur', NULL, 'roundRobin', true, 'A paid one-hour review of your working capital and cost base. The fee is credited against any follow-on engagement.'),
 (523, 4, 'Tech Due Diligence Kickoff', 60, 'integrations:office365_video', 0, 'usd', NULL, 'collective', true, 'Kick-off with the deal team: scope, data room access and interview plan.'),
 (524, 5, 'Supply Chain Diagnostic', 45, 'integrations:daily', 0, 'usd', NULL, 'roundRobin', true, NULL),
 (525, 6, 'Leadership Coaching Session', 60, 'integrations:zoom', 18000, 'eur', NULL, 'roundRobin', true, 'Confidential one-to-one coaching session with an accredited coach.'),
 (526, 7, 'DORA Readiness Briefing', 60, 'integrations:daily', 0, 'eur', 40, 'collective', false, 'Live briefing on the Digital Operational Resilience Act for financial entities. Seats are limited.'),
 (527, 8, 'Deal Screening Call', 30, 'integrations:zoom', 0, 'usd', NULL, 'roundRobin', true, 'Initial screening of a potential target. Please do not share confidential information before an NDA is in place.'),
 (528, 9, 'CSRD Clinic', 45, 'integrations:daily', 0, 'eur', 60, 'collective', false, 'Monthly open clinic on double materiality and ESRS data points.'),
 (529, 10, 'Public Sector Introduction', 30, 'integrations:office365_video', 0, 'eur', NULL, 'roundRobin', false, NULL),
 (530, 11, 'Engagement Check-in', 30, 'integrations:daily', 0, 'usd', NULL, 'roundRobin', false, 'Questions about the current engagement, deliverables or the team.'),
 (531, 11, 'Invoice & Billing Questions', 15, 'phone', 0, 'usd', NULL, 'roundRobin', false, 'We will call you at the number you enter.'),
 (532, 12, 'Candidate Interview – First Round', 45, 'integrations:google:meet', 0, 'usd', NULL, 'roundRobin', true, 'First-round interview with a consultant. Expect a short case discussion.'),
 (533, 12, 'Case Interview', 60, 'integrations:google:meet', 0, 'usd', NULL, 'collective', true, 'Case interview with two interviewers. Have pen and paper ready.'),
 (534, 12, 'Partner Interview', 45, 'inPerson', 0, 'usd', NULL, 'roundRobin', true, 'Final interview at our office. Please bring a photo ID for reception.'),
 (535, 2, 'Client Workshop Prep', 60, 'integrations:daily', 0, 'usd', NULL, 'managed', false, 'Preparation session before a client workshop.'),
 (536, 23, 'Expert Call', 60, 'integrations:daily', 30000, 'usd', NULL, 'roundRobin', true, 'Paid expert call booked through the client portal.');
INSERT INTO cgen.et (id, owner, title, length, loc, price, currency, parent, custom, descr)
SELECT 540 + k, 1 + fixture_gen.n('mch', k, 240), 'Client Workshop Prep', 60, 'integrations:daily', 0, 'usd', 535, false, 'Preparation session before a client workshop.'
FROM generate_series(1, 20) k;
UPDATE cgen.et SET slug = cgen.slug(title) || CASE WHEN id > 480 AND id <= 510 THEN '' ELSE '' END;
UPDATE cgen.et e SET locs = CASE e.loc
    WHEN 'userPhone' THEN jsonb_build_array(jsonb_build_object('type', 'userPhone', 'hostPhoneNumber', s.phone))
    WHEN 'inPerson' THEN jsonb_build_array(jsonb_build_object('type', 'inPerson', 'address', cgen.office_addr(coalesce(s.c, 0)), 'displayLocationPublicly', true))
    WHEN 'phone' THEN '[{"type": "phone"}]'::jsonb
    ELSE jsonb_build_array(jsonb_build_object('type', e.loc)) END
      || CASE WHEN e.id % 9 = 0 AND e.loc LIKE 'integrations:%' THEN jsonb_build_array(jsonb_build_object('link', 'https://meet.google.com/' || cgen.meet('mlk', e.id), 'type', 'link', 'displayLocationPublicly', false)) ELSE '[]'::jsonb END
FROM cgen.et e2 LEFT JOIN cgen.st s ON s.i = e2.owner WHERE e2.id = e.id;

-- Hosts of the team event types.
CREATE TABLE cgen.h (et int, u int, rn int, cnt int);
INSERT INTO cgen.h
SELECT et, i, row_number() OVER (PARTITION BY et ORDER BY i), count(*) OVER (PARTITION BY et) FROM (
  SELECT e.id AS et, s.i FROM cgen.et e JOIN cgen.st s ON e.team BETWEEN 2 AND 10 AND s.practice = e.team AND s.i <= 240 AND (e.sched <> 'collective' OR s.i % 6 = 0)
  UNION ALL SELECT e.id, s.i FROM cgen.et e JOIN cgen.st s ON e.team = 11 AND s.i <= 240 AND s.i % 15 = 0
  UNION ALL SELECT e.id, s.i FROM cgen.et e JOIN cgen.st s ON e.team = 12 AND s.i <= 240 AND s.i % 8 = 0 AND (e.id <> 533 OR s.i % 16 = 0)
  UNION ALL SELECT e.id, s.i FROM cgen.et e JOIN cgen.st s ON e.team = 23 AND s.i > 240
  UNION ALL SELECT id, owner FROM cgen.et WHERE owner IS NOT NULL) x;

CREATE FUNCTION cgen.sysfields() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT '[{"name": "name", "type": "name", "sources": [{"id": "default", "type": "default", "label": "Default"}], "editable": "system", "required": true, "defaultLabel": "your_name"},
    {"name": "email", "type": "email", "sources": [{"id": "default", "type": "default", "label": "Default"}], "editable": "system-but-optional", "required": true, "defaultLabel": "email_address"},
    {"name": "location", "type": "radioInput", "sources": [{"id": "default", "type": "default", "label": "Default"}], "editable": "system", "required": false, "defaultLabel": "location", "getOptionsAt": "locations", "optionsInputs": {"phone": {"type": "phone", "required": true, "placeholder": ""}, "attendeeInPerson": {"type": "address", "required": true, "placeholder": ""}}, "hideWhenJustOneOption": true},
    {"name": "title", "type": "text", "hidden": true, "sources": [{"id": "default", "type": "default", "label": "Default"}], "editable": "system-but-optional", "required": true, "defaultLabel": "what_is_this_meeting_about", "defaultPlaceholder": ""},
    {"name": "notes", "type": "textarea", "sources": [{"id": "default", "type": "default", "label": "Default"}], "editable": "system-but-optional", "required": false, "defaultLabel": "additional_notes", "defaultPlaceholder": "share_additional_notes"},
    {"name": "guests", "type": "multiemail", "sources": [{"id": "default", "type": "default", "label": "Default"}], "editable": "system-but-optional", "required": false, "defaultLabel": "additional_guests", "defaultPlaceholder": "email"},
    {"name": "rescheduleReason", "type": "textarea", "views": [{"id": "reschedule", "label": "Reschedule View"}], "sources": [{"id": "default", "type": "default", "label": "Default"}], "editable": "system-but-optional", "required": false, "defaultLabel": "reason_for_reschedule", "defaultPlaceholder": "reschedule_placeholder"}]'::jsonb
$$;

CREATE TABLE "EventType" (
    id serial PRIMARY KEY,
    title text NOT NULL,
    slug text NOT NULL,
    description text,
    position integer NOT NULL DEFAULT 0,
    locations jsonb,
    length integer NOT NULL,
    "offsetStart" integer NOT NULL DEFAULT 0,
    hidden boolean NOT NULL DEFAULT false,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "profileId" integer REFERENCES "Profile",
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    "eventName" text,
    "parentId" integer REFERENCES "EventType" ON DELETE CASCADE,
    "bookingFields" jsonb,
    "timeZone" text,
    "periodType" "PeriodType" NOT NULL DEFAULT 'unlimited',
    "periodStartDate" timestamp(3),
    "periodEndDate" timestamp(3),
    "periodDays" integer,
    "periodCountCalendarDays" boolean,
    "lockTimeZoneToggleOnBookingPage" boolean NOT NULL DEFAULT false,
    "requiresConfirmation" boolean NOT NULL DEFAULT false,
    "requiresBookerEmailVerification" boolean NOT NULL DEFAULT false,
    "recurringEvent" jsonb,
    "disableGuests" boolean NOT NULL DEFAULT false,
    "hideCalendarNotes" boolean NOT NULL DEFAULT false,
    "minimumBookingNotice" integer NOT NULL DEFAULT 120,
    "beforeEventBuffer" integer NOT NULL DEFAULT 0,
    "afterEventBuffer" integer NOT NULL DEFAULT 0,
    "seatsPerTimeSlot" integer,
    "onlyShowFirstAvailableSlot" boolean NOT NULL DEFAULT false,
    "seatsShowAttendees" boolean DEFAULT false,
    "seatsShowAvailabilityCount" boolean DEFAULT true,
    "schedulingType" "SchedulingType",
    "scheduleId" integer REFERENCES "Schedule",
    price integer NOT NULL DEFAULT 0,
    currency text NOT NULL DEFAULT 'usd',
    "slotInterval" integer,
    metadata jsonb,
    "successRedirectUrl" text,
    "forwardParamsSuccessRedirect" boolean DEFAULT true,
    "bookingLimits" jsonb,
    "durationLimits" jsonb,
    "isInstantEvent" boolean NOT NULL DEFAULT false,
    "assignAllTeamMembers" boolean NOT NULL DEFAULT false,
    "useEventTypeDestinationCalendarEmail" boolean NOT NULL DEFAULT false,
    "secondaryEmailId" integer REFERENCES "SecondaryEmail" ON DELETE CASCADE,
    "eventTypeColor" jsonb
);
INSERT INTO "EventType"
SELECT e.id, e.title, e.slug, e.descr, CASE WHEN e.id % 2 = 0 AND e.id <= 480 THEN 1 ELSE 0 END, e.locs, e.length, 0, e.id % 37 = 0,
       e.owner, CASE WHEN e.owner <= 240 AND e.owner % 5 <> 1 THEN e.owner END, e.team,
       CASE WHEN e.id % 29 = 0 THEN '{Event type title} between {Organiser} and {Scheduler}' WHEN e.id IN (521, 527) THEN '{Event type title} | {Scheduler} x Northgate' WHEN e.id = 532 THEN 'Interview: {Scheduler} ({Event type title})' END,
       e.parent,
       CASE WHEN e.custom THEN cgen.sysfields() || jsonb_build_array(
             jsonb_build_object('name', 'company', 'type', 'text', 'label', CASE WHEN e.team = 12 THEN 'Current employer' ELSE 'Company' END, 'sources', jsonb_build_array(jsonb_build_object('id', 'user', 'type', 'user', 'label', 'User', 'fieldRequired', true)), 'editable', 'user', 'required', e.team <> 12, 'placeholder', ''),
             jsonb_build_object('name', CASE WHEN e.team = 12 THEN 'linkedin-profile' ELSE 'what-would-you-like-to-discuss' END, 'type', CASE WHEN e.team = 12 THEN 'url' ELSE 'textarea' END,
                'label', CASE WHEN e.team = 12 THEN 'LinkedIn profile' ELSE 'What would you like to discuss?' END, 'sources', jsonb_build_array(jsonb_build_object('id', 'user', 'type', 'user', 'label', 'User', 'fieldRequired', true)), 'editable', 'user', 'required', false, 'placeholder', ''),
             jsonb_build_object('name', 'attendeePhoneNumber', 'type', 'phone', 'hidden', e.id % 3 = 0, 'sources', jsonb_build_array(jsonb_build_object('id', 'default', 'type', 'default', 'label', 'Default')), 'editable', 'system-but-optional', 'required', false, 'defaultLabel', 'phone_number'))
            ELSE '[]'::jsonb END,
       CASE WHEN e.id % 41 = 0 THEN 'Europe/London' END,
       (CASE WHEN e.id % 5 = 0 THEN 'rolling' WHEN e.id = 526 OR e.id = 528 THEN 'range' ELSE 'unlimited' END)::"PeriodType",
       CASE WHEN e.id IN (526, 528) THEN timestamp '2025-01-01' END, CASE WHEN e.id IN (526, 528) THEN timestamp '2025-12-31' END,
       CASE WHEN e.id % 5 = 0 THEN 30 END, CASE WHEN e.id % 5 = 0 THEN false END,
       false, e.id IN (522, 525, 534) OR e.id % 17 = 0, e.id IN (532, 533), CASE WHEN e.id % 43 = 0 THEN '{"freq": 2, "count": 6, "interval": 1}'::jsonb END,
       coalesce(e.team = 12, false), e.id % 7 = 0, CASE WHEN e.team IS NOT NULL THEN 1440 ELSE 120 END, CASE WHEN e.id % 4 = 0 THEN 10 ELSE 0 END, CASE WHEN e.id % 6 = 0 THEN 15 ELSE 0 END,
       e.seats, false, false, true, e.sched::"SchedulingType", CASE WHEN e.owner IS NOT NULL AND e.owner <= 240 AND e.id % 10 = 3 THEN (SELECT min(sc.id) FROM "Schedule" sc WHERE sc."userId" = e.owner AND sc.id > 270) END,
       e.price, e.currency, CASE WHEN e.id % 11 = 0 THEN 30 END,
       CASE WHEN e.price > 0 THEN jsonb_build_object('apps', jsonb_build_object('stripe', jsonb_build_object('price', e.price, 'enabled', true, 'currency', e.currency, 'paymentOption', 'ON_BOOKING', 'appId', 'stripe')))
            WHEN e.id % 13 = 0 THEN '{"multipleDuration": [30, 45, 60]}'::jsonb
            WHEN e.id = 535 THEN '{"managedEventConfig": {"unlockedFields": {"locations": true, "description": true}}}'::jsonb
            ELSE '{}'::jsonb END,
       CASE WHEN e.id IN (521, 522) THEN 'https://northgateadvisory.com/thank-you?utm_source=cal&utm_medium=booking' WHEN e.id = 536 THEN 'https://connect.northgateadvisory.com/bookings/confirmed' END,
       true, CASE WHEN e.id % 8 = 0 THEN '{"PER_DAY": 4}'::jsonb WHEN e.team = 12 THEN '{"PER_WEEK": 10}'::jsonb END, NULL,
       false, coalesce(e.team IN (11, 23), false), false, NULL,
       CASE WHEN e.id % 3 = 0 THEN '{"darkEventTypeColor": "#7fc4e8", "lightEventTypeColor": "#0b3d5c"}'::jsonb END
FROM cgen.et e ORDER BY e.id;
SELECT setval('"EventType_id_seq"', 560);
ALTER TABLE "Availability" ADD CONSTRAINT "Availability_eventTypeId_fkey" FOREIGN KEY ("eventTypeId") REFERENCES "EventType" ON DELETE CASCADE;

-- Legacy custom inputs, from before booking questions.
CREATE TABLE "EventTypeCustomInput" (
    id serial PRIMARY KEY,
    "eventTypeId" integer NOT NULL REFERENCES "EventType" ON DELETE CASCADE,
    label text NOT NULL,
    type "EventTypeCustomInputType" NOT NULL,
    options jsonb,
    required boolean NOT NULL,
    placeholder text NOT NULL DEFAULT ''
);
INSERT INTO "EventTypeCustomInput" ("eventTypeId", label, type, options, required, placeholder)
SELECT 1 + (k * 7) % 480, x.label, x.typ::"EventTypeCustomInputType",
       CASE WHEN x.typ = 'radio' THEN '[{"label": "LinkedIn", "type": "text"}, {"label": "A colleague", "type": "text"}, {"label": "Conference or event", "type": "text"}, {"label": "Search engine", "type": "text"}]'::jsonb END,
       k % 3 <> 0, x.ph
FROM generate_series(1, 45) k
CROSS JOIN LATERAL (SELECT (ARRAY['Company name', 'Your role', 'What would you like to discuss?', 'Phone number', 'How did you hear about us?', 'Project code'])[1 + k % 6] AS label,
                           (ARRAY['text', 'text', 'textLong', 'phone', 'radio', 'text'])[1 + k % 6] AS typ,
                           (ARRAY['e.g. Acme Ltd', 'e.g. CFO', 'A few lines about the context', '', '', 'e.g. NGA-2024-031'])[1 + k % 6] AS ph) x;

CREATE TABLE "Host" (
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "eventTypeId" integer NOT NULL REFERENCES "EventType" ON DELETE CASCADE,
    "isFixed" boolean NOT NULL DEFAULT false,
    priority integer,
    weight integer,
    "weightAdjustment" integer,
    "scheduleId" integer REFERENCES "Schedule",
    "createdAt" timestamp(3) DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("userId", "eventTypeId")
);
INSERT INTO "Host"
SELECT h.u, h.et, e.sched = 'collective', 2 + fixture_gen.n('hpr', h.u * 1000 + h.et, 3), CASE WHEN h.et = 521 THEN 50 + fixture_gen.n('hw', h.u, 100) END, NULL, NULL,
       cgen.t3('hcr', h.u * 1000 + h.et, timestamp '2024-01-01', 300)
FROM cgen.h h JOIN cgen.et e ON e.id = h.et WHERE e.team IS NOT NULL;

CREATE TABLE "_user_eventtype" (
    "A" integer NOT NULL REFERENCES "EventType" ON DELETE CASCADE,
    "B" integer NOT NULL REFERENCES users ON DELETE CASCADE
);
CREATE UNIQUE INDEX "_user_eventtype_AB_unique" ON "_user_eventtype" ("A", "B");
INSERT INTO "_user_eventtype" SELECT id, owner FROM cgen.et WHERE owner IS NOT NULL;

-- Private links to hidden event types: the hash is the link.
CREATE TABLE "HashedLink" (
    id serial PRIMARY KEY,
    link text NOT NULL UNIQUE,
    "eventTypeId" integer NOT NULL REFERENCES "EventType" ON DELETE CASCADE
);
INSERT INTO "HashedLink" (link, "eventTypeId")
SELECT cgen.b58('hl', k, 22), CASE WHEN k <= 13 THEN 37 * k ELSE 1 + fixture_gen.n('hle', k, 480) END FROM generate_series(1, 30) k;

-- Bookings: who, when, where, and what the booker typed.
CREATE TABLE cgen.bk AS
SELECT b, e.id AS et, e.title AS ettitle, e.length, e.loc, e.team, e.price, e.currency, e.seats, e.custom,
       h.u AS host, 1 + fixture_gen.n('bkcl', b, 1800) AS cl,
       CASE WHEN fixture_gen.n('bkg', b, 4) = 0 AND e.seats IS NULL THEN 1 + fixture_gen.n('bkgu', b, 1800) END AS guest,
       (date '2023-01-09' + fixture_gen.n('bkd', b, 900) + make_interval(hours => 7 + fixture_gen.n('bkh', b, 10), mins => 30 * fixture_gen.n('bkm', b, 2)))::timestamp(3) AS st,
       fixture_gen.n('bks', b, 100) AS sr, cgen.b58('bkuid', b, 22) AS uid, fixture_gen.n('bkn', b, 20) AS nr
FROM generate_series(1, 1600) b
CROSS JOIN LATERAL (SELECT fixture_gen.n('bkk', b, 20) AS kind) k
JOIN cgen.et e ON e.id = CASE WHEN k.kind < 14 THEN 1 + fixture_gen.n('bket', b, 480)
                              WHEN k.kind < 19 THEN (ARRAY[521, 522, 524, 525, 526, 527, 528, 529, 530, 531, 532, 532, 533, 534, 536, 523])[1 + fixture_gen.n('bkte', b, 16)]
                              WHEN b % 2 = 0 THEN 481 + fixture_gen.n('bkae', b, 30) ELSE 541 + fixture_gen.n('bkme', b, 20) END
JOIN LATERAL (SELECT u FROM cgen.h WHERE cgen.h.et = e.id AND rn = 1 + fixture_gen.n('bkho', b, cnt)) h ON true;
ALTER TABLE cgen.bk ADD PRIMARY KEY (b);
ALTER TABLE cgen.bk ADD COLUMN status text, ADD COLUMN resched boolean, ADD COLUMN dyn text, ADD COLUMN fn text;
UPDATE cgen.bk SET status = CASE WHEN sr < 72 THEN 'accepted' WHEN sr < 86 THEN 'cancelled' WHEN sr < 89 THEN 'rejected' WHEN st > timestamp '2025-06-01' OR sr < 97 THEN 'pending' ELSE 'accepted' END,
                   resched = (b + 1) % 19 = 0;
UPDATE cgen.bk SET status = 'cancelled' WHERE resched;
UPDATE cgen.bk SET dyn = (SELECT s1.username || '+' || s2.username FROM cgen.st s1, cgen.st s2 WHERE s1.i = host AND s2.i = 1 + (host * 7) % 240) WHERE b % 61 = 0 AND et <= 480;
-- Candidates book with private addresses.
UPDATE cgen.bk SET fn = 'cand' WHERE team = 12;

-- Installed apps' credentials: the key JSON holds the OAuth tokens (an
-- encrypted string for CalDAV and Apple); id u is consultant u's
-- calendar, 300+u a Zoom account, 1000+u Google Meet, 801+ the rest.
CREATE TABLE "Credential" (
    id serial PRIMARY KEY,
    type text NOT NULL,
    key jsonb NOT NULL,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    "appId" text,
    "subscriptionId" text,
    "paymentStatus" text,
    "billingCycleStart" integer,
    invalid boolean DEFAULT false
);
INSERT INTO "Credential" (id, type, key, "userId", "appId", invalid)
SELECT s.i, CASE WHEN g THEN 'google_calendar' ELSE 'office365_calendar' END,
       CASE WHEN g THEN jsonb_build_object('scope', 'https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.readonly', 'token_type', 'Bearer',
                'expiry_date', cgen.ms(cgen.t3('cexp', s.i, timestamp '2025-05-01', 60)), 'access_token', 'ya29' || '.a0AeDClZ' || translate(cgen.tok('cgat', s.i, 170), 'kQ', '-_'),
                'refresh_token', '1//09' || translate(cgen.tok('cgrt', s.i, 98), 'kQ', '-_'))
            ELSE jsonb_build_object('scope', 'User.Read Calendars.Read Calendars.ReadWrite', 'token_type', 'Bearer', 'expires_in', 4779, 'ext_expires_in', 4779,
                'expiry_date', extract(epoch FROM cgen.t3('cexp', s.i, timestamp '2025-05-01', 60))::bigint, 'access_token', fixture_gen.jwt('cmat', s.i) || cgen.tok('cmat2', s.i, 120),
                'refresh_token', '0.AXEA' || translate(cgen.tok('cmrt', s.i, 180) || cgen.tok('cmrt2', s.i, 180), 'kQ', '-_'), 'email', s.email) END,
       s.i, CASE WHEN g THEN 'google-calendar' ELSE 'office365-calendar' END, s.i IN (45, 133, 207)
FROM cgen.st s CROSS JOIN LATERAL (SELECT fixture_gen.n('calp', s.i, 5) < 3 AS g) x;
INSERT INTO "Credential" (id, type, key, "userId", "appId")
SELECT 300 + s.i, 'zoom_video',
       jsonb_build_object('scope', 'meeting:write:meeting user:read:user', 'api_url', 'https://api.zoom.us', 'expires_in', 3599, 'token_type', 'bearer',
           'expiry_date', cgen.ms(cgen.t3('zexp', s.i, timestamp '2025-05-01', 60)), 'access_token', fixture_gen.jwt('zat', s.i), 'refresh_token', fixture_gen.jwt('zrt', s.i)),
       s.i, 'zoom'
FROM cgen.st s WHERE s.i <= 240 AND (s.i % 3 = 0 OR EXISTS (SELECT 1 FROM cgen.h JOIN cgen.et e ON e.id = cgen.h.et WHERE cgen.h.u = s.i AND e.loc = 'integrations:zoom'));
INSERT INTO "Credential" (id, type, key, "userId", "appId")
SELECT 1000 + s.i, 'google_video', '{}'::jsonb, s.i, 'google-meet' FROM cgen.st s WHERE fixture_gen.n('calp', s.i, 5) < 3;
INSERT INTO "Credential" (id, type, key, "userId", "teamId", "appId", "subscriptionId", "paymentStatus", "billingCycleStart") VALUES
 (801, 'stripe_payment', jsonb_build_object('scope', 'read_write', 'livemode', true, 'token_type', 'bearer', 'access_token', 'sk_' || 'live_' || cgen.tok('stak', 1, 99),
      'refresh_token', 'rt_' || cgen.tok('strt', 1, 56), 'stripe_user_id', 'acct_1N' || cgen.tok('stacct', 1, 14), 'stripe_publishable_key', 'pk_' || 'live_' || cgen.tok('stpk', 1, 99)),
  NULL, 1, 'stripe', NULL, NULL, NULL),
 (802, 'hubspot_other_calendar', jsonb_build_object('tokenType', 'bearer', 'expiresIn', 1800, 'expiryDate', 1735689600000, 'accessToken', 'CP' || cgen.tok('hsat', 1, 150), 'refreshToken', 'eu1-' || fixture_gen.uuid('hsrt', 1)),
  NULL, 1, 'hubspot', NULL, NULL, NULL),
 (803, 'salesforce_other_calendar', jsonb_build_object('id', 'https://login.salesforce.com/id/00D5g000004' || cgen.tok('sfo', 1, 4) || '/0055g00000' || cgen.tok('sfu', 1, 5), 'scope', 'refresh_token api',
      'issued_at', '1718201551392', 'token_type', 'Bearer', 'instance_url', 'https://northgateadvisory.my.salesforce.com', 'access_token', '00D5g000004' || cgen.tok('sfo', 1, 4) || '!' || cgen.tok('sfat', 1, 96),
      'refresh_token', '5Aep861' || cgen.tok('sfrt', 1, 80), 'signature', fixture_gen.b64('sfsig', 1, 32)),
  8, NULL, 'salesforce', NULL, NULL, NULL),
 (804, 'stripe_payment', jsonb_build_object('scope', 'read_write', 'livemode', true, 'token_type', 'bearer', 'access_token', 'sk_' || 'live_' || cgen.tok('stak', 2, 99),
      'refresh_token', 'rt_' || cgen.tok('strt', 2, 56), 'stripe_user_id', 'acct_1P' || cgen.tok('stacct', 2, 14), 'stripe_publishable_key', 'pk_' || 'live_' || cgen.tok('stpk', 2, 99)),
  NULL, 23, 'stripe', NULL, NULL, NULL),
 (805, 'zapier_automation', '{}'::jsonb, 2, NULL, 'zapier', NULL, NULL, NULL),
 (806, 'make_automation', '{}'::jsonb, 3, NULL, 'make', NULL, NULL, NULL),
 (807, 'daily_video', '{}'::jsonb, NULL, 1, 'daily-video', NULL, NULL, NULL),
 (808, 'msteams_video', '{}'::jsonb, NULL, 1, 'msteams', NULL, NULL, NULL);
INSERT INTO "Credential" (id, type, key, "userId", "appId", "subscriptionId", "paymentStatus", "billingCycleStart")
SELECT 820 + k, CASE WHEN k % 2 = 0 THEN 'apple_calendar' ELSE 'caldav_calendar' END, to_jsonb(cgen.enc('cdav', k, 256)), 1 + (k * 23) % 240,
       CASE WHEN k % 2 = 0 THEN 'apple-calendar' ELSE 'caldav-calendar' END, NULL, NULL, NULL
FROM generate_series(1, 12) k;
INSERT INTO "Credential" (id, type, key, "userId", "appId", "subscriptionId", "paymentStatus", "billingCycleStart")
SELECT 840 + k, 'giphy_other', jsonb_build_object('app_data', true), 1 + (k * 31) % 240, 'giphy', 'sub_1P' || cgen.tok('gsub', k, 22), 'active', 1 + k % 28
FROM generate_series(1, 6) k;
SELECT setval('"Credential_id_seq"', 1300);

CREATE TABLE "DestinationCalendar" (
    id serial PRIMARY KEY,
    integration text NOT NULL,
    "externalId" text NOT NULL,
    "primaryEmail" text,
    "userId" integer UNIQUE REFERENCES users ON DELETE CASCADE,
    "eventTypeId" integer UNIQUE REFERENCES "EventType" ON DELETE CASCADE,
    "credentialId" integer REFERENCES "Credential" ON DELETE CASCADE
);
INSERT INTO "DestinationCalendar" (id, integration, "externalId", "primaryEmail", "userId", "eventTypeId", "credentialId")
SELECT cr.id, cr.type,
       CASE WHEN cr.type = 'google_calendar' THEN CASE WHEN cr.id % 7 = 0 THEN fixture_gen.hexn('gcal', cr.id, 52) || '@group.calendar.google.com' ELSE u.email END
            ELSE 'AAMkAD' || cgen.tok('o365cal', cr.id, 40) || 'AAAAAAEGAAA' || cgen.tok('o365cal2', cr.id, 30) || 'AAA=' END,
       u.email, u.id, NULL, cr.id
FROM "Credential" cr JOIN users u ON u.id = cr."userId" WHERE cr.id <= 270;
INSERT INTO "DestinationCalendar" (id, integration, "externalId", "primaryEmail", "userId", "eventTypeId", "credentialId")
SELECT 300 + e.id, 'google_calendar', 'c_' || fixture_gen.hexn('tcal', e.id, 52) || '@group.calendar.google.com', 'recruiting@northgateadvisory.com', NULL, e.id, 2
FROM "EventType" e WHERE e.id IN (532, 533, 534);
SELECT setval('"DestinationCalendar_id_seq"', 900);
CREATE TABLE "Booking" (
    id serial PRIMARY KEY,
    uid text NOT NULL UNIQUE,
    "idempotencyKey" text UNIQUE,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "userPrimaryEmail" text,
    "eventTypeId" integer REFERENCES "EventType",
    title text NOT NULL,
    description text,
    "customInputs" jsonb,
    responses jsonb NOT NULL DEFAULT '{}',
    "startTime" timestamp(3) NOT NULL,
    "endTime" timestamp(3) NOT NULL,
    location text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3),
    status "BookingStatus" NOT NULL DEFAULT 'accepted',
    paid boolean NOT NULL DEFAULT false,
    "destinationCalendarId" integer REFERENCES "DestinationCalendar",
    "cancellationReason" text,
    "rejectionReason" text,
    "dynamicEventSlugRef" text,
    "dynamicGroupSlugRef" text,
    rescheduled boolean,
    "fromReschedule" text,
    "recurringEventId" text,
    "smsReminderNumber" text,
    "scheduledJobs" text[],
    metadata jsonb,
    "isRecorded" boolean NOT NULL DEFAULT false,
    "iCalUID" text DEFAULT '',
    "iCalSequence" integer NOT NULL DEFAULT 0,
    rating integer,
    "ratingFeedback" text,
    "noShowHost" boolean DEFAULT false,
    "cancelledBy" text,
    "rescheduledBy" text
);
INSERT INTO "Booking"
SELECT k.b, k.uid, fixture_gen.uuid('idem', k.b), k.host, h.email, CASE WHEN k.dyn IS NULL THEN k.et END,
       CASE WHEN k.et = 532 THEN 'Interview: ' || c.name || ' (Candidate Interview – First Round)'
            WHEN k.seats IS NOT NULL THEN k.ettitle || ' between Northgate Advisory and ' || c.name
            WHEN k.dyn IS NOT NULL THEN '30 min between ' || h.name || ' and ' || c.name
            ELSE k.ettitle || ' between ' || h.name || ' and ' || c.name END,
       x.notes,
       CASE WHEN k.st < timestamp '2023-07-01' AND k.b % 4 = 0 THEN jsonb_build_object('Company name', co.name, 'Your role', c.role, 'Phone number', c.phone) ELSE '{}'::jsonb END,
       jsonb_strip_nulls(jsonb_build_object(
         'name', CASE WHEN k.b % 5 = 0 THEN jsonb_build_object('firstName', c.first, 'lastName', c.last) ELSE to_jsonb(c.name) END,
         'email', x.cemail,
         'location', jsonb_build_object('value', CASE WHEN k.loc = 'inPerson' THEN 'inPerson' ELSE k.loc END, 'optionValue', CASE WHEN k.loc = 'phone' THEN c.phone ELSE '' END),
         'guests', CASE WHEN k.guest IS NOT NULL THEN jsonb_build_array(g.email) ELSE '[]'::jsonb END,
         'notes', x.notes,
         'attendeePhoneNumber', CASE WHEN k.custom AND k.b % 3 = 0 THEN c.phone END,
         'company', CASE WHEN k.custom THEN CASE WHEN k.fn = 'cand' THEN fixture_gen.pick(ARRAY['Deloitte', 'Siemens AG', 'Tata Consultancy Services', 'Unilever', 'Banco Itaú', 'self-employed', 'University of Warsaw', 'Dangote Group'], 'cemp', k.b) ELSE co.name END END,
         'what-would-you-like-to-discuss', CASE WHEN k.custom AND k.fn IS NULL AND k.b % 2 = 0 THEN fixture_gen.pick(ARRAY['Pricing review for our B2B portfolio', 'Working capital release before year-end',
             'Vendor selection for a new ERP', 'Reorganisation of the sales team after the merger', 'Carve-out of our logistics business', 'Decarbonisation roadmap for two plants'], 'bkwd', k.b)
             || CASE WHEN k.b % 6 = 0 THEN '. Our ' || o.role || ', ' || o.name || ', will join; reach her on ' || o.phone || '.' ELSE '' END END,
         'linkedin-profile', CASE WHEN k.fn = 'cand' AND k.b % 3 <> 0 THEN 'https://www.linkedin.com/in/' || cgen.slug(c.first || ' ' || c.last) || '-' || cgen.lt('li', k.cl, 6) END,
         'rescheduleReason', CASE WHEN k.resched AND k.b % 2 = 0 THEN 'Clashes with our audit committee, sorry!' END)),
       k.st, k.st + make_interval(mins => k.length),
       CASE k.loc WHEN 'phone' THEN c.phone WHEN 'userPhone' THEN h.phone WHEN 'inPerson' THEN cgen.office_addr(h.c) ELSE k.loc END,
       k.st - make_interval(days => 1 + fixture_gen.n('bkca', k.b, 30), hours => fixture_gen.n('bkch', k.b, 12), secs => fixture_gen.n('bkcs', k.b, 3600)),
       k.st + make_interval(mins => k.length + fixture_gen.n('bkup', k.b, 3000)),
       k.status::"BookingStatus", k.price > 0 AND k.status = 'accepted',
       CASE WHEN k.et IN (532, 533, 534) THEN 300 + k.et ELSE k.host END,
       CASE WHEN k.status = 'cancelled' AND NOT k.resched AND k.b % 4 <> 0 THEN (ARRAY[
           'Conflict with our quarterly board meeting.', 'Project on hold until the budget is approved.', o.first || ' is off sick this week, we will rebook.', 'Booked the wrong slot, sorry.',
           'Our procurement lead ' || o.name || ' will book a new time.', 'Family emergency, apologies.', 'Please call me on ' || c.phone || ' to find a new date.', 'Host is travelling, need to reschedule.'])[1 + fixture_gen.n('bkcr', k.b, 8)] END,
       CASE WHEN k.status = 'rejected' AND k.b % 5 <> 0 THEN (ARRAY['Outside our engagement scope; please use the general enquiry form.', 'Fully booked until next quarter.',
           'We need a signed NDA first; I have sent it to ' || x.cemail || '.', 'Conflict of interest with a current client.'])[1 + fixture_gen.n('bkrr', k.b, 4)] END,
       CASE WHEN k.dyn IS NOT NULL THEN '30' END, k.dyn,
       CASE WHEN k.resched THEN true END,
       CASE WHEN k.b % 19 = 0 THEN (SELECT uid FROM cgen.bk p WHERE p.b = k.b - 1) END,
       CASE WHEN k.et % 43 = 0 THEN fixture_gen.uuid('rec', k.et * 10 + k.b % 3) END,
       CASE WHEN k.b % 12 = 0 THEN c.phone END,
       CASE WHEN k.b % 15 = 0 THEN ARRAY['zapier_' || fixture_gen.uuid('zsub', k.b % 7) || '_' || k.uid] ELSE ARRAY[]::text[] END,
       CASE k.loc WHEN 'integrations:daily' THEN jsonb_build_object('videoCallUrl', 'https://cal.northgateadvisory.com/video/' || k.uid)
                  WHEN 'integrations:google:meet' THEN jsonb_build_object('videoCallUrl', 'https://meet.google.com/' || cgen.meet('bkmeet', k.b))
                  WHEN 'integrations:zoom' THEN jsonb_build_object('videoCallUrl', 'https://us06web.zoom.us/j/8' || fixture_gen.digits('zid', k.b, 10) || '?pwd=' || cgen.tok('zpwd', k.b, 32) || '.1')
                  WHEN 'integrations:office365_video' THEN jsonb_build_object('videoCallUrl', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_' || cgen.tok('teams', k.b, 48) || '%40thread.v2/0?context=%7b%22Tid%22%3a%22'
                       || fixture_gen.uuid('tid', 1) || '%22%2c%22Oid%22%3a%22' || fixture_gen.uuid('oid', k.host) || '%22%7d')
                  ELSE '{}'::jsonb END,
       k.loc = 'integrations:daily' AND k.b % 25 = 0,
       k.uid || '@Cal.com', CASE WHEN k.b % 19 = 0 THEN 1 ELSE 0 END,
       CASE WHEN k.status = 'accepted' AND k.b % 9 = 0 THEN 3 + fixture_gen.n('bkrt', k.b, 3) WHEN k.status = 'accepted' AND k.b % 97 = 0 THEN 1 END,
       CASE WHEN k.status = 'accepted' AND k.b % 27 = 0 THEN (ARRAY['Very helpful, clear next steps.', 'The video link did not work the first time.', 'Thank you ' || h.first || ', great session!',
           'Too short for the topic.', 'Please send the slides to ' || o.email || ', she could not join.'])[1 + fixture_gen.n('bkrf', k.b, 5)] END,
       CASE WHEN k.status = 'accepted' AND k.b % 53 = 0 THEN true WHEN k.b % 2 = 0 THEN false END,
       CASE WHEN k.status = 'cancelled' AND k.st > timestamp '2024-09-01' THEN CASE WHEN k.b % 3 = 0 THEN h.email ELSE x.cemail END END,
       CASE WHEN k.resched AND k.st > timestamp '2024-09-01' THEN x.cemail END
FROM cgen.bk k
JOIN cgen.st h ON h.i = k.host
JOIN cgen.cl c ON c.i = k.cl
JOIN cgen.co co ON co.k = c.co
JOIN cgen.cl o ON o.i = 1 + (k.cl * 13) % 1800
LEFT JOIN cgen.cl g ON g.i = k.guest
CROSS JOIN LATERAL (SELECT
    CASE WHEN k.fn = 'cand' THEN cgen.fold(c.first) || fixture_gen.pick(ARRAY['.', '', '_'], 'cnd', k.cl) || cgen.fold(c.last) || (k.cl % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'yahoo.com'], 'cndd', k.cl)
         ELSE c.email END AS cemail,
    CASE WHEN k.fn = 'cand' THEN (ARRAY['My CV is in the email I sent to recruiting. Notice period is three months.', 'Could we do this in the afternoon? I am currently in Singapore.', NULL, NULL,
           'I am ' || c.first || ', we spoke at the career fair in ' || co.city || '. Phone: ' || c.phone, NULL])[1 + k.nr % 6]
         ELSE (ARRAY['We are preparing a bid for a logistics tender and need help with the pricing model.',
           'Would like to discuss the post-merger integration timeline before our board meeting on the 14th.',
           'Please call me on ' || c.phone || ' if the video link does not work.',
           'I will be joined by our ' || o.role || ', ' || o.name || ' (' || o.email || ').',
           'Looking for support on our ESG reporting under CSRD.',
           'Referred by ' || (SELECT name FROM cgen.st WHERE i = 1 + (k.b * 11) % 240) || ' after the ' || co.city || ' roundtable.',
           'Our office is at ' || co.street || ', ' || co.city || '; reception will have a visitor badge for you.',
           'I may need to move this, I have a hospital appointment that week.',
           'Need a second opinion on a carve-out. NDA already signed by both sides.',
           'Can we keep this one short? Hard stop at the top of the hour.', NULL, NULL, NULL, NULL])[1 + k.nr] END AS notes) x
ORDER BY k.b;
SELECT setval('"Booking_id_seq"', 1600);

CREATE TABLE "Attendee" (
    id serial PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    "timeZone" text NOT NULL,
    locale text DEFAULT 'en',
    "bookingId" integer REFERENCES "Booking" ON DELETE CASCADE,
    "noShow" boolean DEFAULT false,
    "phoneNumber" text
);
INSERT INTO "Attendee" (email, name, "timeZone", locale, "bookingId", "noShow", "phoneNumber")
SELECT bo.responses ->> 'email', c.name, c.tz, c.locale, k.b, CASE WHEN k.status = 'accepted' AND k.b % 71 = 0 THEN true ELSE false END, bo.responses ->> 'attendeePhoneNumber'
FROM cgen.bk k JOIN "Booking" bo ON bo.id = k.b JOIN cgen.cl c ON c.i = k.cl
UNION ALL
SELECT g.email, '', c.tz, 'en', k.b, false, NULL
FROM cgen.bk k JOIN cgen.cl g ON g.i = k.guest JOIN cgen.cl c ON c.i = k.cl
UNION ALL
SELECT s.email, s.name, s.tz, s.locale, k.b, false, NULL
FROM cgen.bk k CROSS JOIN generate_series(1, 5) j JOIN cgen.cl s ON s.i = 1 + fixture_gen.n('seat', k.b * 10 + j, 1800)
WHERE k.seats IS NOT NULL
ORDER BY 5, 1;

-- Seats of the webinars: each attendee's own responses.
CREATE TABLE "BookingSeat" (
    id serial PRIMARY KEY,
    "referenceUid" text NOT NULL UNIQUE,
    "bookingId" integer NOT NULL REFERENCES "Booking" ON DELETE CASCADE,
    "attendeeId" integer NOT NULL UNIQUE REFERENCES "Attendee" ON DELETE CASCADE,
    data jsonb,
    metadata jsonb
);
INSERT INTO "BookingSeat" ("referenceUid", "bookingId", "attendeeId", data, metadata)
SELECT fixture_gen.uuid('seatref', a.id), a."bookingId", a.id,
       jsonb_strip_nulls(jsonb_build_object('description', CASE WHEN a.id % 4 = 0 THEN 'Can you cover outsourcing to cloud providers? I am the ICT risk owner at our bank.' WHEN a.id % 7 = 0 THEN 'Joining from the train, audio only.' END,
                         'responses', jsonb_build_object('name', a.name, 'email', a.email, 'guests', '[]'::jsonb, 'location', jsonb_build_object('value', 'integrations:daily', 'optionValue', '')))),
       '{}'::jsonb
FROM "Attendee" a JOIN cgen.bk k ON k.b = a."bookingId" WHERE k.seats IS NOT NULL;

-- External records of a booking: the calendar event on the host's
-- calendar, and the video meeting (Zoom's passcode, Daily's meeting token).
CREATE TABLE "BookingReference" (
    id serial PRIMARY KEY,
    type text NOT NULL,
    uid text NOT NULL,
    "meetingId" text,
    "thirdPartyRecurringEventId" text,
    "meetingPassword" text,
    "meetingUrl" text,
    "bookingId" integer REFERENCES "Booking" ON DELETE CASCADE,
    "externalCalendarId" text,
    deleted boolean,
    "credentialId" integer
);
INSERT INTO "BookingReference" (type, uid, "meetingId", "thirdPartyRecurringEventId", "meetingPassword", "meetingUrl", "bookingId", "externalCalendarId", deleted, "credentialId")
SELECT r.type, r.uid, r.mid, r.rec, r.pwd, r.url, bo.id, r.cal, CASE WHEN bo.status = 'cancelled' AND bo.id % 3 = 0 THEN true END, r.cred
FROM "Booking" bo
JOIN cgen.bk k ON k.b = bo.id
LEFT JOIN "DestinationCalendar" dc ON dc.id = bo."destinationCalendarId"
CROSS JOIN LATERAL (
  SELECT dc.integration AS type,
         CASE WHEN dc.integration = 'google_calendar' THEN fixture_gen.chars('gev', bo.id, 26, 'abcdefghijklmnopqrstuv0123456789') ELSE 'AAMkAD' || cgen.tok('oev', bo.id, 60) || 'AAA=' END AS uid,
         CASE WHEN dc.integration = 'google_calendar' THEN fixture_gen.chars('gev', bo.id, 26, 'abcdefghijklmnopqrstuv0123456789') ELSE 'AAMkAD' || cgen.tok('oev', bo.id, 60) || 'AAA=' END AS mid,
         CASE WHEN bo."recurringEventId" IS NOT NULL THEN fixture_gen.chars('grec', k.et * 10 + k.b % 3, 26, 'abcdefghijklmnopqrstuv0123456789') END AS rec,
         NULL::text AS pwd,
         CASE WHEN k.loc = 'integrations:google:meet' THEN bo.metadata ->> 'videoCallUrl' END AS url,
         dc."externalId" AS cal, dc."credentialId" AS cred
  WHERE dc.id IS NOT NULL AND bo.status IN ('accepted', 'cancelled')
  UNION ALL
  SELECT 'zoom_video', '8' || fixture_gen.digits('zid', bo.id, 10), '8' || fixture_gen.digits('zid', bo.id, 10), NULL, cgen.tok('zpass', bo.id, 6),
         bo.metadata ->> 'videoCallUrl', NULL, 300 + bo."userId"
  WHERE k.loc = 'integrations:zoom' AND bo.status IN ('accepted', 'cancelled')
  UNION ALL
  SELECT 'daily_video', cgen.tok('droom', bo.id, 20), cgen.tok('droom', bo.id, 20), NULL,
         cgen.jwt_hs('{"r":"' || cgen.tok('droom', bo.id, 20) || '","exp":' || (1700000000 + bo.id * 977) || ',"o":true,"d":"' || fixture_gen.uuid('ddom', 1) || '","iat":' || (1690000000 + bo.id * 977) || '}', 'dsig', bo.id),
         'https://northgate.daily.co/' || cgen.tok('droom', bo.id, 20), NULL, NULL
  WHERE k.loc = 'integrations:daily' AND bo.status IN ('accepted', 'cancelled')
  UNION ALL
  SELECT 'office365_video', 'MSo' || cgen.tok('tmid', bo.id, 40), 'MSo' || cgen.tok('tmid', bo.id, 40), NULL, NULL, bo.metadata ->> 'videoCallUrl', NULL, 808
  WHERE k.loc = 'integrations:office365_video' AND bo.status = 'accepted'
) r
ORDER BY bo.id;

-- Stripe payments: data is the PaymentIntent as Cal.com stores it (client
-- secret, the booker's details in its metadata), plus the account ids.
CREATE TABLE "Payment" (
    id serial PRIMARY KEY,
    uid text NOT NULL UNIQUE,
    "appId" text,
    "bookingId" integer NOT NULL REFERENCES "Booking" ON DELETE CASCADE,
    amount integer NOT NULL,
    fee integer NOT NULL,
    currency text NOT NULL,
    success boolean NOT NULL,
    refunded boolean NOT NULL,
    data jsonb NOT NULL,
    "externalId" text NOT NULL UNIQUE,
    "paymentOption" "PaymentOption" DEFAULT 'ON_BOOKING'
);
INSERT INTO "Payment" (uid, "appId", "bookingId", amount, fee, currency, success, refunded, data, "externalId", "paymentOption")
SELECT cgen.b58('payuid', bo.id, 22), 'stripe', bo.id, k.price, 0, k.currency, bo.paid, bo.status = 'cancelled' AND bo.id % 2 = 0,
       jsonb_build_object('id', pi, 'object', 'payment_intent', 'amount', k.price, 'amount_received', CASE WHEN bo.paid THEN k.price ELSE 0 END, 'currency', k.currency,
           'client_secret', pi || '_secret_' || cgen.tok('pisec', bo.id, 25), 'customer', NULL, 'livemode', true, 'payment_method_types', jsonb_build_array('card'),
           'status', CASE WHEN bo.paid THEN 'succeeded' ELSE 'requires_payment_method' END, 'created', extract(epoch FROM bo."createdAt")::bigint,
           'metadata', jsonb_build_object('identifier', 'cal.com', 'bookingId', bo.id, 'calAccountId', bo."userId", 'calUsername', h.username, 'bookerName', a.name, 'bookerEmail', a.email,
               'bookerPhoneNumber', bo.responses ->> 'attendeePhoneNumber', 'eventTitle', k.ettitle, 'bookingTitle', bo.title),
           'stripe_publishable_key', CASE WHEN k.team = 23 THEN 'pk_' || 'live_' || cgen.tok('stpk', 2, 99) ELSE 'pk_' || 'live_' || cgen.tok('stpk', 1, 99) END,
           'stripeAccount', CASE WHEN k.team = 23 THEN 'acct_1P' || cgen.tok('stacct', 2, 14) ELSE 'acct_1N' || cgen.tok('stacct', 1, 14) END),
       pi, 'ON_BOOKING'
FROM "Booking" bo JOIN cgen.bk k ON k.b = bo.id JOIN cgen.st h ON h.i = bo."userId"
JOIN LATERAL (SELECT name, email FROM "Attendee" WHERE "bookingId" = bo.id ORDER BY id LIMIT 1) a ON true
CROSS JOIN LATERAL (SELECT 'pi_3P' || cgen.tok('piid', bo.id, 22) AS pi) p
WHERE k.price > 0 AND bo.status <> 'rejected'
ORDER BY bo.id;

-- Calendars checked for conflicts; the Google push channel's resource URI
-- names the calendar, an address.
CREATE TABLE "SelectedCalendar" (
    id text PRIMARY KEY,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    integration text NOT NULL,
    "externalId" text NOT NULL,
    "credentialId" integer REFERENCES "Credential" ON DELETE CASCADE,
    "googleChannelId" text,
    "googleChannelKind" text,
    "googleChannelResourceId" text,
    "googleChannelResourceUri" text,
    "googleChannelExpiration" text,
    "eventTypeId" integer REFERENCES "EventType" ON DELETE CASCADE
);
INSERT INTO "SelectedCalendar"
SELECT fixture_gen.uuid('selcal', cr.id * 10 + j), cr."userId", cr.type, x.ext, cr.id,
       CASE WHEN cr.type = 'google_calendar' AND cr.id % 2 = 0 THEN fixture_gen.uuid('gch', cr.id * 10 + j) END,
       CASE WHEN cr.type = 'google_calendar' AND cr.id % 2 = 0 THEN 'api#channel' END,
       CASE WHEN cr.type = 'google_calendar' AND cr.id % 2 = 0 THEN translate(cgen.tok('gchr', cr.id * 10 + j, 27), 'kQ', '-_') END,
       CASE WHEN cr.type = 'google_calendar' AND cr.id % 2 = 0 THEN 'https://www.googleapis.com/calendar/v3/calendars/' || replace(replace(x.ext, '@', '%40'), '#', '%23') || '/events?alt=json' END,
       CASE WHEN cr.type = 'google_calendar' AND cr.id % 2 = 0 THEN cgen.ms(cgen.t3('gchx', cr.id, timestamp '2025-06-01', 30))::text END,
       NULL
FROM "Credential" cr JOIN users u ON u.id = cr."userId"
CROSS JOIN generate_series(1, 2) j
CROSS JOIN LATERAL (SELECT CASE WHEN cr.type IN ('apple_calendar', 'caldav_calendar') THEN
                                  CASE WHEN j = 1 THEN 'https://caldav.icloud.com/' || fixture_gen.digits('icl', cr.id, 10) || '/calendars/home/' ELSE 'https://caldav.icloud.com/' || fixture_gen.digits('icl', cr.id, 10) || '/calendars/work/' END
                                WHEN cr.type = 'google_calendar' THEN CASE WHEN j = 1 THEN u.email WHEN cr.id % 3 = 0 THEN 'en.uk#holiday@group.v.calendar.google.com' ELSE fixture_gen.hexn('gcal2', cr.id, 52) || '@group.calendar.google.com' END
                                ELSE 'AAMkAD' || cgen.tok('o365sel', cr.id * 10 + j, 40) || 'AAAAAAEGAAA' || cgen.tok('o365sel2', cr.id * 10 + j, 30) || 'AAA=' END AS ext) x
WHERE cr.type IN ('google_calendar', 'office365_calendar', 'apple_calendar', 'caldav_calendar') AND (j = 1 OR cr.id % 3 <> 1);

-- Free/busy cache: the key is the request, the value Google's answer,
-- both naming the calendars (addresses).
CREATE TABLE "CalendarCache" (
    id text NOT NULL,
    key text NOT NULL,
    value jsonb NOT NULL,
    "expiresAt" timestamp(3) NOT NULL,
    "credentialId" integer NOT NULL REFERENCES "Credential" ON DELETE CASCADE,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "updatedAt" timestamp(3),
    PRIMARY KEY ("credentialId", key)
);
INSERT INTO "CalendarCache"
SELECT fixture_gen.uuid('cc', cr.id * 10 + m), 
       '{"timeMin":"' || to_char(mo, 'YYYY-MM-DD') || 'T00:00:00.000Z","timeMax":"' || to_char(mo + interval '1 month', 'YYYY-MM-DD') || 'T00:00:00.000Z","items":[{"id":"' || u.email || '"}'
         || CASE WHEN cr.id % 3 <> 1 THEN ',{"id":"' || fixture_gen.hexn('gcal2', cr.id, 52) || '@group.calendar.google.com"}' ELSE '' END || ']}',
       jsonb_build_object('kind', 'calendar#freeBusy', 'timeMin', to_char(mo, 'YYYY-MM-DD') || 'T00:00:00.000Z', 'timeMax', to_char(mo + interval '1 month', 'YYYY-MM-DD') || 'T00:00:00.000Z',
           'calendars', jsonb_build_object(u.email, jsonb_build_object('busy', (SELECT jsonb_agg(jsonb_build_object('start', cgen.iso(t), 'end', cgen.iso(t + interval '1 hour')) ORDER BY t)
               FROM (SELECT mo + make_interval(days => fixture_gen.n('ccd', cr.id * 100 + q, 28), hours => 8 + fixture_gen.n('cch', cr.id * 100 + q, 9)) AS t FROM generate_series(1, 5) q) z)))),
       (mo + interval '1 month')::timestamp(3), cr.id, u.id, cgen.t3('ccu', cr.id * 10 + m, mo - interval '10 days', 9)
FROM "Credential" cr JOIN users u ON u.id = cr."userId"
CROSS JOIN generate_series(0, 1) m
CROSS JOIN LATERAL (SELECT (timestamp '2025-05-01' + make_interval(months => m)) AS mo) y
WHERE cr.type = 'google_calendar' AND cr.id % 2 = 0;

-- Webhooks: Zapier, Make and Slack URLs are themselves the credential;
-- the others sign with secret.
CREATE TABLE "Webhook" (
    id text PRIMARY KEY,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    "eventTypeId" integer REFERENCES "EventType" ON DELETE CASCADE,
    "platformOAuthClientId" text,
    "subscriberUrl" text NOT NULL,
    "payloadTemplate" text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    active boolean NOT NULL DEFAULT true,
    "eventTriggers" "WebhookTriggerEvents"[],
    "appId" text,
    secret text,
    platform boolean NOT NULL DEFAULT false,
    time integer,
    "timeUnit" "TimeUnit"
);
INSERT INTO "Webhook"
SELECT fixture_gen.uuid('wh', k), CASE WHEN k % 5 <> 0 THEN 1 + fixture_gen.n('whu', k, 240) END, CASE WHEN k % 5 = 0 THEN (ARRAY[1, 11, 12, 2, 3, 8])[1 + k / 5 % 6] END,
       CASE WHEN k % 9 = 0 THEN 1 + fixture_gen.n('whe', k, 480) END, NULL,
       CASE x.kind
         WHEN 0 THEN 'https://hooks.zapier.com/hooks/standard/' || fixture_gen.digits('zh', k, 8) || '/' || fixture_gen.hexn('zhh', k, 32) || '/'
         WHEN 1 THEN 'https://hook.eu2.make.com/' || cgen.lt('mk', k, 32)
         WHEN 2 THEN 'https://hooks.slack.com/services/T' || upper(cgen.lt('slt', 1, 8)) || '/B' || upper(cgen.lt('slb', k, 10)) || '/' || cgen.tok('sls', k, 24)
         WHEN 3 THEN 'https://n8n.northgateadvisory.com/webhook/' || fixture_gen.uuid('n8n', k)
         ELSE 'https://crm.northgateadvisory.com/api/hooks/cal?token=' || cgen.tok('crmt', k, 40) END,
       CASE WHEN x.kind = 2 THEN '{"text": "New booking: {{title}} on {{startTime}} with {{attendees.0.name}} ({{attendees.0.email}})"}'
            WHEN x.kind = 4 AND k % 2 = 0 THEN '{"event": "{{triggerEvent}}", "uid": "{{uid}}", "start": "{{startTime}}", "organizer": "{{organizer.email}}"}' END,
       cgen.t3('whc', k, timestamp '2023-02-01', 700), k % 13 <> 0,
       CASE x.kind WHEN 0 THEN ARRAY['BOOKING_CREATED']::"WebhookTriggerEvents"[] WHEN 1 THEN ARRAY['BOOKING_CREATED', 'BOOKING_CANCELLED', 'BOOKING_RESCHEDULED']::"WebhookTriggerEvents"[]
            WHEN 2 THEN ARRAY['BOOKING_CREATED', 'BOOKING_CANCELLED']::"WebhookTriggerEvents"[] ELSE ARRAY['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'MEETING_ENDED', 'BOOKING_NO_SHOW_UPDATED', 'FORM_SUBMITTED']::"WebhookTriggerEvents"[] END,
       CASE x.kind WHEN 0 THEN 'zapier' WHEN 1 THEN 'make' END,
       CASE WHEN x.kind >= 3 THEN cgen.tok('whs', k, 32) END, false,
       CASE WHEN x.kind >= 3 AND k % 2 = 0 THEN 5 END, CASE WHEN x.kind >= 3 AND k % 2 = 0 THEN 'minute'::"TimeUnit" END
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT fixture_gen.n('whk', k, 5) AS kind) x;

-- Deliveries scheduled for later (meeting ended, no-show checks): the
-- payload is the booking as JSON text.
CREATE TABLE "WebhookScheduledTriggers" (
    id serial PRIMARY KEY,
    "jobName" text,
    "subscriberUrl" text NOT NULL,
    payload text NOT NULL,
    "startAfter" timestamp(3) NOT NULL,
    "retryCount" integer NOT NULL DEFAULT 0,
    "createdAt" timestamp(3) DEFAULT CURRENT_TIMESTAMP,
    "appId" text,
    "webhookId" text REFERENCES "Webhook" ON DELETE CASCADE,
    "bookingId" integer REFERENCES "Booking" ON DELETE CASCADE
);
INSERT INTO "WebhookScheduledTriggers" ("jobName", "subscriberUrl", payload, "startAfter", "retryCount", "createdAt", "appId", "webhookId", "bookingId")
SELECT CASE WHEN w."appId" = 'zapier' THEN w.id || '_' || bo.uid END, w."subscriberUrl",
       jsonb_build_object('triggerEvent', 'MEETING_ENDED', 'createdAt', cgen.iso(bo."createdAt"), 'payload', jsonb_build_object(
           'type', k.ettitle, 'title', bo.title, 'description', bo.description, 'startTime', cgen.iso(bo."startTime"), 'endTime', cgen.iso(bo."endTime"),
           'organizer', jsonb_build_object('id', h.i, 'name', h.name, 'email', h.email, 'username', h.username, 'timeZone', h.tz, 'language', jsonb_build_object('locale', h.locale)),
           'attendees', (SELECT jsonb_agg(jsonb_build_object('name', a.name, 'email', a.email, 'timeZone', a."timeZone", 'language', jsonb_build_object('locale', a.locale)) ORDER BY a.id) FROM "Attendee" a WHERE a."bookingId" = bo.id),
           'location', bo.location, 'uid', bo.uid, 'bookingId', bo.id, 'responses', bo.responses, 'status', upper(bo.status::text)))::text,
       bo."endTime", CASE WHEN bo.id % 11 = 0 THEN 1 + bo.id % 3 ELSE 0 END, bo."createdAt", w."appId", w.id, bo.id
FROM "Booking" bo JOIN cgen.bk k ON k.b = bo.id JOIN cgen.st h ON h.i = bo."userId"
JOIN "Webhook" w ON w.id = fixture_gen.uuid('wh', 1 + bo.id % 40)
WHERE bo.status = 'accepted' AND bo."startTime" > timestamp '2025-03-01' AND bo.id % 2 = 0;

-- API keys: only the SHA-256 of the key is kept.
CREATE TABLE "ApiKey" (
    id text PRIMARY KEY,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    note text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" timestamp(3),
    "lastUsedAt" timestamp(3),
    "hashedKey" text NOT NULL UNIQUE,
    "appId" text
);
INSERT INTO "ApiKey"
SELECT cgen.cuid('apik', k), 1 + fixture_gen.n('apiu', k, 240), CASE WHEN k % 10 = 0 THEN 1 END,
       CASE WHEN x.app IS NOT NULL THEN NULL ELSE fixture_gen.pick(ARRAY['HubSpot sync', 'Power BI bookings dashboard', 'n8n automation', 'Staffing tool import', 'Test', 'Bookings export script', NULL], 'apin', k) END,
       cgen.t3('apic', k, timestamp '2023-03-01', 700), CASE WHEN k % 3 = 0 THEN cgen.t3('apie', k, timestamp '2025-01-01', 400) END,
       CASE WHEN k % 4 <> 0 THEN cgen.t3('apil', k, timestamp '2025-04-01', 60) END,
       encode(sha256(convert_to('cal_' || 'live_' || fixture_gen.hexn('apikey', k, 32), 'UTF8')), 'hex'), x.app
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT CASE WHEN k % 4 = 0 THEN 'zapier' WHEN k % 7 = 0 THEN 'make' END AS app) x;

-- Sign-up and secondary-email verification, team invitations (the
-- invitee's address) and reusable invite links.
CREATE TABLE "VerificationToken" (
    id serial PRIMARY KEY,
    identifier text NOT NULL,
    token text NOT NULL UNIQUE,
    expires timestamp(3) NOT NULL,
    "expiresInDays" integer,
    "createdAt" timestamp(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3),
    "teamId" integer REFERENCES "Team",
    "secondaryEmailId" integer REFERENCES "SecondaryEmail",
    UNIQUE (identifier, token)
);
INSERT INTO "VerificationToken" (identifier, token, expires, "expiresInDays", "createdAt", "updatedAt", "teamId", "secondaryEmailId")
SELECT CASE x.kind WHEN 0 THEN 'invite-link-for-teamId-' || (1 + k % 22)::text
                   WHEN 1 THEN c.email
                   WHEN 2 THEN cgen.fold(c.first) || '.' || cgen.fold(c.last) || '@northgateadvisory.com'
                   ELSE coalesce(se.email, c.email) END,
       fixture_gen.hexn('vtok', k, 64), t + interval '7 days', CASE WHEN x.kind IN (0, 2) THEN 7 END, t, t,
       CASE WHEN x.kind IN (0, 2) THEN 1 + k % 22 END, CASE WHEN x.kind = 3 THEN se.id END
FROM generate_series(1, 180) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('vtk', k, 4) AS kind, cgen.t3('vtc', k, timestamp '2024-01-01', 520) AS t) x
JOIN cgen.cl c ON c.i = 1 + fixture_gen.n('vtcl', k, 1800)
LEFT JOIN LATERAL (SELECT id, email FROM "SecondaryEmail" ORDER BY id OFFSET k % 50 LIMIT 1) se ON x.kind = 3;

-- Workflows: reminder bodies are templates with placeholders; some were
-- typed with a consultant's own number or address, and some steps send to
-- an assistant.
CREATE TABLE cgen.wf (id int PRIMARY KEY, kind int, u int, team int);
INSERT INTO cgen.wf
SELECT k, CASE WHEN k > 62 THEN 5 ELSE fixture_gen.n('wfk', k, 5) END, CASE WHEN k <= 62 THEN 1 + fixture_gen.n('wfu', k, 240) END, CASE WHEN k > 62 THEN (ARRAY[12, 11, 2, 3, 8, 9, 1, 12])[k - 62] END
FROM generate_series(1, 70) k;
UPDATE cgen.wf SET kind = 6 WHERE id IN (17, 44);
CREATE TABLE "Workflow" (
    id serial PRIMARY KEY,
    position integer NOT NULL DEFAULT 0,
    name text NOT NULL,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    trigger "WorkflowTriggerEvents" NOT NULL,
    time integer,
    "timeUnit" "TimeUnit",
    "isActiveOnAll" boolean NOT NULL DEFAULT false
);
INSERT INTO "Workflow"
SELECT w.id, 0, (ARRAY['Reminder 24h before', 'SMS reminder 1h before', 'Thank-you email after meeting', 'Notify my assistant on new bookings', 'Rating request', 'Candidate reminder', 'WhatsApp reminder'])[w.kind + 1]
         || CASE WHEN w.team IS NOT NULL AND w.kind <> 5 THEN ' (team)' ELSE '' END,
       w.u, w.team,
       (ARRAY['BEFORE_EVENT', 'BEFORE_EVENT', 'AFTER_EVENT', 'NEW_EVENT', 'AFTER_EVENT', 'BEFORE_EVENT', 'BEFORE_EVENT'])[w.kind + 1]::"WorkflowTriggerEvents",
       (ARRAY[24, 1, 1, NULL, 2, 24, 2])[w.kind + 1], CASE WHEN w.kind = 3 THEN NULL ELSE 'hour' END::"TimeUnit", coalesce(w.team = 1, false)
FROM cgen.wf w;
SELECT setval('"Workflow_id_seq"', 70);

CREATE TABLE "WorkflowStep" (
    id serial PRIMARY KEY,
    "stepNumber" integer NOT NULL,
    action "WorkflowActions" NOT NULL,
    "workflowId" integer NOT NULL REFERENCES "Workflow" ON DELETE CASCADE,
    "sendTo" text,
    "reminderBody" text,
    "emailSubject" text,
    template "WorkflowTemplates" NOT NULL DEFAULT 'REMINDER',
    "numberRequired" boolean,
    sender text,
    "numberVerificationPending" boolean NOT NULL DEFAULT true,
    "includeCalendarEvent" boolean NOT NULL DEFAULT false
);
INSERT INTO "WorkflowStep" ("stepNumber", action, "workflowId", "sendTo", "reminderBody", "emailSubject", template, "numberRequired", sender, "numberVerificationPending", "includeCalendarEvent")
SELECT st.n, st.action::"WorkflowActions", w.id, st.send_to, st.body, st.subj, st.tpl::"WorkflowTemplates", st.numreq, st.sender, false, st.action LIKE 'EMAIL%' AND w.id % 4 = 0
FROM cgen.wf w
LEFT JOIN cgen.st h ON h.i = w.u
LEFT JOIN cgen.st a ON a.i = 1 + (coalesce(w.u, w.id) * 37) % 240
CROSS JOIN LATERAL (
  SELECT 1 AS n,
         (ARRAY['EMAIL_ATTENDEE', 'SMS_ATTENDEE', 'EMAIL_ATTENDEE', CASE WHEN w.id % 2 = 0 THEN 'SMS_NUMBER' ELSE 'EMAIL_ADDRESS' END, 'EMAIL_ATTENDEE', 'EMAIL_ATTENDEE', 'WHATSAPP_ATTENDEE'])[w.kind + 1] AS action,
         CASE WHEN w.kind = 3 THEN CASE WHEN w.id % 2 = 0 THEN replace(replace(replace(replace(a.phone, ' ', ''), '(', ''), ')', ''), '-', '') ELSE CASE WHEN w.id % 3 = 0 THEN a.email ELSE a.personal END END END AS send_to,
         CASE w.kind
           WHEN 0 THEN '<p>Hi {ATTENDEE},</p><p>This is a reminder about your upcoming event.</p><p><strong>Event: </strong>{EVENT_NAME}<br><strong>Date & Time: </strong>{EVENT_DATE_ddd, MMM D, YYYY h:mma} - {EVENT_END_TIME} {TIMEZONE}<br><strong>Attendees: </strong>You & {ORGANIZER}</p><p><strong>Location: </strong>{LOCATION} {MEETING_URL}</p><p>{ADDITIONAL_NOTES}</p><p>Need to make a change? <a href="{CANCEL_URL}">Cancel</a> or <a href="{RESCHEDULE_URL}">reschedule</a></p>'
           WHEN 1 THEN CASE WHEN w.id % 3 = 0 THEN 'Hi {ATTENDEE_FIRST_NAME}, looking forward to our call at {EVENT_TIME_h:mma}. Running late or lost the link? Text me on ' || h.phone || ' - ' || h.first
                            ELSE 'Hi {ATTENDEE}, this is a reminder that your meeting ({EVENT_NAME}) with {ORGANIZER} is on {EVENT_DATE_ddd, MMM D YYYY h:mma} {TIMEZONE}.' END
           WHEN 2 THEN '<p>Dear {ATTENDEE_FIRST_NAME},</p><p>Thank you for your time today. I will send the summary and next steps by the end of the week.</p><p>Best regards,<br>' || coalesce(h.name, 'Northgate Advisory') || '<br>'
                       || coalesce(h.email, 'hello@northgateadvisory.com') || CASE WHEN w.id % 2 = 0 THEN '<br>Mobile: ' || coalesce(h.phone, '') ELSE '' END || '</p>'
           WHEN 3 THEN '{ATTENDEE_NAME} ({ATTENDEE_EMAIL}) booked {EVENT_NAME} on {EVENT_DATE_YYYY MMM D} at {EVENT_TIME_H:mm}. Notes: {ADDITIONAL_NOTES}'
           WHEN 4 THEN '<p>Hi {ATTENDEE},</p><p>How was your meeting with {ORGANIZER}? Rate it here: {RATING_URL}</p><p>Did they not show up? <a href="{NO_SHOW_URL}">Let us know</a>.</p>'
           WHEN 5 THEN '<p>Hi {ATTENDEE_FIRST_NAME},</p><p>Your interview with Northgate Advisory is on {EVENT_DATE_dddd, MMMM D} at {EVENT_TIME_h:mma} {TIMEZONE}. Join here: {MEETING_URL}</p><p>Questions? Write to our recruiting coordinator, ' || a.name || ', at ' || a.email || '.</p>'
           ELSE '{ATTENDEE}, your meeting {EVENT_NAME} starts at {EVENT_TIME_h:mma} {TIMEZONE}.' END AS body,
         CASE w.kind WHEN 0 THEN 'Reminder: {EVENT_NAME} - {EVENT_DATE_ddd, MMM D, YYYY h:mma}' WHEN 2 THEN 'Thank you for your time, {ATTENDEE_FIRST_NAME}'
                     WHEN 3 THEN CASE WHEN w.id % 2 = 1 THEN 'New booking: {EVENT_NAME}' END WHEN 4 THEN 'How was your meeting with {ORGANIZER}?' WHEN 5 THEN 'Your interview on {EVENT_DATE_ddd, MMM D}' END AS subj,
         (ARRAY['REMINDER', CASE WHEN w.id % 3 = 0 THEN 'CUSTOM' ELSE 'REMINDER' END, 'CUSTOM', 'CUSTOM', 'RATING', 'CUSTOM', 'REMINDER'])[w.kind + 1] AS tpl,
         CASE WHEN w.kind IN (1, 6) THEN true WHEN w.kind = 3 AND w.id % 2 = 0 THEN true END AS numreq,
         CASE WHEN w.kind IN (1, 3, 6) THEN CASE WHEN w.id % 4 = 0 THEN 'Cal' ELSE 'Northgate' END ELSE 'Northgate Advisory' END AS sender
  UNION ALL
  SELECT 2, 'SMS_ATTENDEE', NULL,
         'Hi {ATTENDEE_FIRST_NAME}, reminder: your Northgate interview is tomorrow at {EVENT_TIME_h:mma} {TIMEZONE}. Reply to ' || a.email || ' if you need to reschedule.', NULL, 'CUSTOM', true, 'Northgate'
  WHERE w.kind = 5
  UNION ALL
  SELECT 2, 'EMAIL_HOST', NULL,
         '<p>Hi {ORGANIZER},</p><p>Reminder: {EVENT_NAME} with {ATTENDEE} at {EVENT_TIME_h:mma} {TIMEZONE}.</p><p>{ADDITIONAL_NOTES}</p>', 'Reminder: {EVENT_NAME} with {ATTENDEE}', 'REMINDER', NULL, 'Northgate Advisory'
  WHERE w.kind = 0 AND w.id % 2 = 0
) st
ORDER BY w.id, st.n;

CREATE TABLE "WorkflowsOnEventTypes" (
    id serial PRIMARY KEY,
    "workflowId" integer NOT NULL REFERENCES "Workflow" ON DELETE CASCADE,
    "eventTypeId" integer NOT NULL REFERENCES "EventType" ON DELETE CASCADE,
    UNIQUE ("workflowId", "eventTypeId")
);
INSERT INTO "WorkflowsOnEventTypes" ("workflowId", "eventTypeId")
SELECT w.id, e.id FROM cgen.wf w JOIN cgen.et e ON (w.u IS NOT NULL AND e.owner = w.u) OR (w.team IS NOT NULL AND w.team <> 1 AND e.team = w.team)
ORDER BY 1, 2;

-- Scheduled reminders: SendGrid batch ids and Twilio message SIDs.
CREATE TABLE "WorkflowReminder" (
    id serial PRIMARY KEY,
    uuid text UNIQUE,
    "bookingUid" text REFERENCES "Booking" (uid),
    method "WorkflowMethods" NOT NULL,
    "scheduledDate" timestamp(3) NOT NULL,
    "referenceId" text UNIQUE,
    scheduled boolean NOT NULL,
    "workflowStepId" integer REFERENCES "WorkflowStep" ON DELETE CASCADE,
    cancelled boolean,
    "seatReferenceId" text,
    "isMandatoryReminder" boolean DEFAULT false,
    "retryCount" integer NOT NULL DEFAULT 0
);
INSERT INTO "WorkflowReminder" (uuid, "bookingUid", method, "scheduledDate", "referenceId", scheduled, "workflowStepId", cancelled, "seatReferenceId", "isMandatoryReminder", "retryCount")
SELECT fixture_gen.uuid('wrm', r), bo.uid, m.method::"WorkflowMethods",
       bo."startTime" - CASE WHEN ws.action::text LIKE 'SMS%' THEN interval '1 hour' ELSE interval '24 hours' END,
       CASE WHEN r % 6 = 0 THEN NULL WHEN m.method = 'EMAIL' THEN rtrim(encode(convert_to(fixture_gen.uuid('sgb', r) || '-' || fixture_gen.hexn('sgb2', r, 9), 'UTF8'), 'base64'), '=')
            ELSE CASE WHEN m.method = 'WHATSAPP' THEN 'MM' ELSE 'SM' END || fixture_gen.hexn('twsid', r, 32) END,
       r % 6 <> 0, ws.id, CASE WHEN bo.status = 'cancelled' THEN true END,
       NULL, ws.id IS NULL, CASE WHEN r % 37 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 1100) r
JOIN "Booking" bo ON bo.id = 1 + fixture_gen.n('wrb', r, 1600)
JOIN LATERAL (SELECT id, action FROM "WorkflowStep" ORDER BY id OFFSET fixture_gen.n('wrs', r, (SELECT count(*)::int FROM "WorkflowStep")) LIMIT 1) ws ON true
CROSS JOIN LATERAL (SELECT CASE WHEN ws.action::text LIKE 'SMS%' THEN 'SMS' WHEN ws.action::text LIKE 'WHATSAPP%' THEN 'WHATSAPP' ELSE 'EMAIL' END AS method) m;

CREATE TABLE "VerifiedNumber" (
    id serial PRIMARY KEY,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    "phoneNumber" text NOT NULL
);
INSERT INTO "VerifiedNumber" ("userId", "teamId", "phoneNumber")
SELECT CASE WHEN k % 6 <> 0 THEN s.i END, CASE WHEN k % 6 = 0 THEN 12 END, replace(replace(replace(replace(s.phone, ' ', ''), '(', ''), ')', ''), '-', '')
FROM generate_series(1, 40) k JOIN cgen.st s ON s.i = 1 + (k * 53) % 240;

CREATE TABLE "VerifiedEmail" (
    id serial PRIMARY KEY,
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    email text NOT NULL
);
INSERT INTO "VerifiedEmail" ("userId", "teamId", email)
SELECT CASE WHEN k % 5 <> 0 THEN 1 + (k * 41) % 240 END, CASE WHEN k % 5 = 0 THEN 12 END, CASE WHEN k % 3 = 0 THEN s.personal ELSE s.email END
FROM generate_series(1, 30) k JOIN cgen.st s ON s.i = 1 + (k * 67) % 240;

-- The reset link is /auth/forgot-password/<id>: the id is the token.
CREATE TABLE "ResetPasswordRequest" (
    id text PRIMARY KEY,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL,
    email text NOT NULL,
    expires timestamp(3) NOT NULL
);
INSERT INTO "ResetPasswordRequest"
SELECT cgen.cuid('rpr', k), t, t, CASE WHEN k % 9 = 0 THEN c.email ELSE s.email END, t + interval '6 hours'
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT cgen.t3('rprc', k, timestamp '2023-06-01', 700) AS t) x
JOIN cgen.st s ON s.i = 1 + fixture_gen.n('rpru', k, 270)
JOIN cgen.cl c ON c.i = 1 + fixture_gen.n('rprc2', k, 1800);

CREATE TABLE "Feedback" (
    id serial PRIMARY KEY,
    date timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    rating text NOT NULL,
    comment text
);
INSERT INTO "Feedback" (date, "userId", rating, comment)
SELECT cgen.t3('fbd', k, timestamp '2023-03-01', 800), 1 + fixture_gen.n('fbu', k, 270),
       (ARRAY['Extremely unsatisfied', 'Unsatisfied', 'Satisfied', 'Extremely satisfied', 'Satisfied', 'Extremely satisfied'])[1 + fixture_gen.n('fbr', k, 6)],
       (ARRAY['The booking page loads slowly on my phone.', 'Please add a way to hide weekends on team pages.',
              'Calendar sync missed an Outlook event and a client booked over my lunch with ' || c.name || '.',
              'Would love Teams links by default.', 'Great tool, saves me hours every week.', NULL, NULL,
              'Round-robin keeps giving ' || s.first || ' all the Friday calls.', 'The reminder SMS went to my old number, ' || s.phone || ', even after I changed it.',
              'Time zone shown to the client was wrong during the DST switch.', NULL])[1 + fixture_gen.n('fbc', k, 11)]
FROM generate_series(1, 120) k JOIN cgen.cl c ON c.i = 1 + fixture_gen.n('fbcl', k, 1800) JOIN cgen.st s ON s.i = 1 + fixture_gen.n('fbst', k, 240);

CREATE TABLE "Impersonations" (
    id serial PRIMARY KEY,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "impersonatedUserId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "impersonatedById" integer NOT NULL REFERENCES users ON DELETE CASCADE
);
INSERT INTO "Impersonations" ("createdAt", "impersonatedUserId", "impersonatedById")
SELECT cgen.t3('impc', k, timestamp '2023-05-01', 760), 4 + fixture_gen.n('impu', k, 236), (ARRAY[1, 2, 3])[1 + k % 3] FROM generate_series(1, 60) k;

-- Cal.com as an OAuth provider (Zapier, Make, the firm's CRM): the secret
-- is kept hashed; authorization codes are short-lived.
CREATE TABLE "OAuthClient" (
    "clientId" text PRIMARY KEY,
    "redirectUri" text NOT NULL,
    "clientSecret" text NOT NULL,
    name text NOT NULL,
    logo text
);
INSERT INTO "OAuthClient" VALUES
 (fixture_gen.hexn('oac', 1, 64), 'https://zapier.com/dashboard/auth/oauth/return/App1928374CLIAPI/', encode(sha256(convert_to('oacs' || fixture_gen.hexn('oacs', 1, 64), 'UTF8')), 'hex'), 'Zapier', 'https://cdn.zapier.com/storage/developer/cde9764aa8d19fdd6d591455dbe5a78d.png'),
 (fixture_gen.hexn('oac', 2, 64), 'https://www.make.com/oauth/cb/app', encode(sha256(convert_to('oacs' || fixture_gen.hexn('oacs', 2, 64), 'UTF8')), 'hex'), 'Make', NULL),
 (fixture_gen.hexn('oac', 3, 64), 'https://crm.northgateadvisory.com/oauth/cal/callback', encode(sha256(convert_to('oacs' || fixture_gen.hexn('oacs', 3, 64), 'UTF8')), 'hex'), 'Northgate CRM', 'https://northgateadvisory.com/static/logo-mark.png');

CREATE TABLE "AccessCode" (
    id serial PRIMARY KEY,
    code text NOT NULL,
    "clientId" text REFERENCES "OAuthClient" ON DELETE CASCADE,
    "expiresAt" timestamp(3) NOT NULL,
    scopes "AccessScope"[],
    "userId" integer REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE
);
INSERT INTO "AccessCode" (code, "clientId", "expiresAt", scopes, "userId", "teamId")
SELECT fixture_gen.hexn('acode', k, 64), fixture_gen.hexn('oac', 1 + k % 3, 64), cgen.t3('acx', k, timestamp '2024-06-01', 360), ARRAY['READ_BOOKING', 'READ_PROFILE']::"AccessScope"[],
       CASE WHEN k % 8 <> 0 THEN 1 + fixture_gen.n('acu', k, 240) END, CASE WHEN k % 8 = 0 THEN 1 END
FROM generate_series(1, 40) k;

-- Installed apps, with the deployment's own keys for each.
CREATE TABLE "App" (
    slug text PRIMARY KEY,
    "dirName" text NOT NULL UNIQUE,
    keys jsonb,
    categories "AppCategories"[],
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL,
    enabled boolean NOT NULL DEFAULT false
);
INSERT INTO "App" (slug, "dirName", keys, categories, "createdAt", "updatedAt", enabled)
SELECT slug, dir, keys, cats::"AppCategories"[], timestamp '2021-09-14 10:12:31.512', cgen.t3('appu', ord, timestamp '2024-11-01', 200), en
FROM (VALUES
 (1, 'google-calendar', 'googlecalendar', jsonb_build_object('client_id', fixture_gen.digits('gcid', 1, 12) || '-' || cgen.lt('gcid2', 1, 32) || '.apps.googleusercontent.com', 'client_secret', 'GOCSPX' || '-' || translate(cgen.tok('gcsec', 1, 28), 'kQ', '-_'),
     'redirect_uris', jsonb_build_array('https://cal.northgateadvisory.com/api/integrations/googlecalendar/callback', 'https://cal.northgateadvisory.com/api/auth/callback/google')), '{calendar}', true),
 (2, 'office365-calendar', 'office365calendar', jsonb_build_object('client_id', fixture_gen.uuid('o365app', 1), 'client_secret', translate(cgen.tok('o365sec', 1, 40), 'kQ', '~.')), '{calendar}', true),
 (3, 'apple-calendar', 'applecalendar', NULL, '{calendar}', true),
 (4, 'caldav-calendar', 'caldavcalendar', NULL, '{calendar}', true),
 (5, 'zoom', 'zoomvideo', jsonb_build_object('client_id', cgen.tok('zcid', 1, 22), 'client_secret', cgen.tok('zcsec', 1, 32)), '{conferencing}', true),
 (6, 'daily-video', 'dailyvideo', jsonb_build_object('api_key', fixture_gen.hexn('dailykey', 1, 64), 'scale_plan', 'false'), '{conferencing}', true),
 (7, 'google-meet', 'googlevideo', '{}'::jsonb, '{conferencing}', true),
 (8, 'msteams', 'office365video', jsonb_build_object('client_id', fixture_gen.uuid('teamsapp', 1), 'client_secret', translate(cgen.tok('teamssec', 1, 40), 'kQ', '~.')), '{conferencing}', true),
 (9, 'stripe', 'stripepayment', jsonb_build_object('client_id', 'ca_' || cgen.tok('stca', 1, 32), 'client_secret', 'sk_' || 'live_' || cgen.tok('stsk', 1, 99), 'public_key', 'pk_' || 'live_' || cgen.tok('stpub', 1, 99),
     'webhook_secret', 'whsec' || '_' || cgen.tok('stwh', 1, 32)), '{payment}', true),
 (10, 'hubspot', 'hubspot', jsonb_build_object('client_id', fixture_gen.uuid('hsapp', 1), 'client_secret', fixture_gen.uuid('hssec', 1)), '{crm}', true),
 (11, 'salesforce', 'salesforce', jsonb_build_object('consumer_key', '3MVG9' || cgen.tok('sfck', 1, 80), 'consumer_secret', fixture_gen.digits('sfcs', 1, 19) || fixture_gen.hexn('sfcs2', 1, 45)), '{crm}', true),
 (12, 'zapier', 'zapier', jsonb_build_object('invite_link', 'https://zapier.com/developer/public-invite/' || fixture_gen.digits('zinv', 1, 6) || '/' || fixture_gen.hexn('zinv2', 1, 32) || '/'), '{automation}', true),
 (13, 'make', 'make', jsonb_build_object('invite_link', 'https://www.make.com/en/hq/app-invitation/' || fixture_gen.hexn('minv', 1, 32)), '{automation}', true),
 (14, 'giphy', 'giphy', jsonb_build_object('api_key', cgen.tok('giphy', 1, 32)), '{other}', false),
 (15, 'routing-forms', 'routing-forms', NULL, '{automation}', true),
 (16, 'ga4', 'ga4', '{}'::jsonb, '{analytics}', false),
 (17, 'whatsapp', 'whatsapp', NULL, '{messaging}', false),
 (18, 'office365-video', 'office365-video-legacy', NULL, '{conferencing}', false)
) v(ord, slug, dir, keys, cats, en);

CREATE TABLE "ReminderMail" (
    id serial PRIMARY KEY,
    "referenceId" integer NOT NULL,
    "reminderType" "ReminderType" NOT NULL,
    "elapsedHours" integer NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "ReminderMail" ("referenceId", "reminderType", "elapsedHours", "createdAt")
SELECT bo.id, 'PENDING_BOOKING_CONFIRMATION', h, bo."createdAt" + make_interval(hours => h)
FROM "Booking" bo CROSS JOIN unnest(ARRAY[24, 48, 72]) h WHERE bo.status = 'pending' AND (h = 24 OR bo.id % 2 = 0);

CREATE TABLE "Deployment" (
    id integer PRIMARY KEY DEFAULT 1,
    logo text,
    theme jsonb,
    "licenseKey" text,
    "agreedLicenseAt" timestamp(3)
);
INSERT INTO "Deployment" VALUES (1, NULL, NULL, fixture_gen.uuid('licence', 1), timestamp '2023-02-14 09:41:07.221');

CREATE TABLE "Feature" (
    slug text PRIMARY KEY,
    enabled boolean NOT NULL DEFAULT false,
    description text,
    type "FeatureType" DEFAULT 'RELEASE',
    stale boolean DEFAULT false,
    "lastUsedAt" timestamp(3),
    "createdAt" timestamp(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" integer
);
INSERT INTO "Feature"
SELECT slug, en, descr, typ::"FeatureType", false, cgen.t3('fel', ord, timestamp '2025-04-01', 60), cgen.t3('fec', ord, timestamp '2022-10-01', 600), cgen.t3('feu', ord, timestamp '2024-10-01', 200), CASE WHEN ord % 3 = 0 THEN 1 END
FROM (VALUES (1, 'insights', true, 'Enable insights for this instance - Disable to hide insights', 'OPERATIONAL'), (2, 'teams', true, 'Enable teams for this instance', 'OPERATIONAL'),
 (3, 'webhooks', true, 'Enable webhooks for this instance', 'OPERATIONAL'), (4, 'workflows', true, 'Enable workflows for this instance', 'OPERATIONAL'),
 (5, 'emails', true, 'Enable emails for this instance', 'OPERATIONAL'), (6, 'organizations', true, 'Manage organizations with multiple teams', 'OPERATIONAL'),
 (7, 'email-verification', false, 'Enable email verification for new users', 'OPERATIONAL'), (8, 'attributes', true, 'Enable attributes for organizations', 'RELEASE'),
 (9, 'managed-event-types', true, 'Enable managed event types', 'RELEASE'), (10, 'calendar-cache', true, 'Cache calendar availability', 'OPERATIONAL'),
 (11, 'disable-signup', true, 'Disable new signups to the instance', 'OPERATIONAL'), (12, 'google-workspace-directory', false, 'Invite users from Google Workspace', 'EXPERIMENT'),
 (13, 'booker-layouts', true, 'Enable new booker layouts', 'RELEASE'), (14, 'routing-forms', true, 'Routing forms app', 'RELEASE'),
 (15, 'platform', false, 'Platform API and managed users', 'OPERATIONAL'), (16, 'kill-switch-video', false, 'Disable Cal Video', 'KILL_SWITCH'),
 (17, 'sms-workflows', true, 'Allow SMS actions in workflows', 'PERMISSION'), (18, 'calendar-cache-serve', false, 'Serve availability from the cache', 'EXPERIMENT')) v(ord, slug, en, descr, typ);

CREATE TABLE "UserFeatures" (
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "featureId" text NOT NULL REFERENCES "Feature" ON DELETE CASCADE,
    "assignedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedBy" text NOT NULL,
    "updatedAt" timestamp(3) NOT NULL,
    PRIMARY KEY ("userId", "featureId")
);
INSERT INTO "UserFeatures"
SELECT DISTINCT ON (u, f) u, f, t, CASE WHEN k % 4 = 0 THEN 'system' ELSE (SELECT username FROM users WHERE id = 1 + k % 3) END, t
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ufu', k, 240) AS u, (ARRAY['calendar-cache', 'calendar-cache-serve', 'attributes', 'booker-layouts', 'google-workspace-directory'])[1 + k % 5] AS f, cgen.t3('ufa', k, timestamp '2024-05-01', 300) AS t) x;

CREATE TABLE "TeamFeatures" (
    "teamId" integer NOT NULL REFERENCES "Team" ON DELETE CASCADE,
    "featureId" text NOT NULL REFERENCES "Feature" ON DELETE CASCADE,
    "assignedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedBy" text NOT NULL,
    "updatedAt" timestamp(3) NOT NULL,
    PRIMARY KEY ("teamId", "featureId")
);
INSERT INTO "TeamFeatures"
SELECT t, f, cgen.t3('tfa', t * 10 + length(f), timestamp '2024-03-01', 300), CASE WHEN t = 1 THEN (SELECT username FROM users WHERE id = 1) ELSE 'system' END, cgen.t3('tfu', t * 10 + length(f), timestamp '2024-09-01', 200)
FROM (VALUES (1, 'attributes'), (1, 'calendar-cache'), (1, 'managed-event-types'), (12, 'booker-layouts'), (23, 'platform'), (2, 'routing-forms'), (8, 'routing-forms'), (11, 'calendar-cache-serve')) v(t, f);

-- Slots held while someone is filling in the booking form; uid is the
-- booker's browser id from a cookie.
CREATE TABLE "SelectedSlots" (
    id serial PRIMARY KEY,
    "eventTypeId" integer NOT NULL,
    "userId" integer NOT NULL,
    "slotUtcStartDate" timestamp(3) NOT NULL,
    "slotUtcEndDate" timestamp(3) NOT NULL,
    uid text NOT NULL,
    "releaseAt" timestamp(3) NOT NULL,
    "isSeat" boolean NOT NULL DEFAULT false,
    UNIQUE ("userId", "slotUtcStartDate", "slotUtcEndDate", uid)
);
INSERT INTO "SelectedSlots" ("eventTypeId", "userId", "slotUtcStartDate", "slotUtcEndDate", uid, "releaseAt", "isSeat")
SELECT e.id, e.owner, t, t + make_interval(mins => e.length), fixture_gen.uuid('slotuid', k % 31), timestamp '2025-06-02 09:00:00' + make_interval(mins => k * 3), false
FROM generate_series(1, 40) k JOIN cgen.et e ON e.id = 1 + fixture_gen.n('sse', k, 480)
CROSS JOIN LATERAL (SELECT (date '2025-06-03' + fixture_gen.n('ssd', k, 20) + make_interval(hours => 8 + fixture_gen.n('ssh', k, 9)))::timestamp(3) AS t) x;

CREATE TABLE "OutOfOfficeReason" (
    id serial PRIMARY KEY,
    emoji text NOT NULL,
    reason text NOT NULL UNIQUE,
    enabled boolean NOT NULL DEFAULT true,
    "userId" integer REFERENCES users ON DELETE CASCADE
);
INSERT INTO "OutOfOfficeReason" (emoji, reason, enabled, "userId") VALUES
 ('🏝️', 'ooo_reasons_vacation', true, NULL), ('✈️', 'ooo_reasons_travel', true, NULL), ('🤒', 'ooo_reasons_sick_leave', true, NULL),
 ('📅', 'ooo_reasons_public_holiday', true, NULL), ('🕒', 'ooo_reasons_unspecified', true, NULL),
 ('🏢', 'Client site visit', true, 14), ('🎓', 'Training course', true, 51), ('🎤', 'Conference', true, 88);

CREATE TABLE "OutOfOfficeEntry" (
    id serial PRIMARY KEY,
    uuid text NOT NULL UNIQUE,
    start timestamp(3) NOT NULL,
    "end" timestamp(3) NOT NULL,
    notes text,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "toUserId" integer REFERENCES users ON DELETE CASCADE,
    "reasonId" integer REFERENCES "OutOfOfficeReason" ON DELETE SET NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL
);
INSERT INTO "OutOfOfficeEntry" (uuid, start, "end", notes, "userId", "toUserId", "reasonId", "createdAt", "updatedAt")
SELECT fixture_gen.uuid('ooo', k), d::timestamp(3), (d + make_interval(days => 1 + fixture_gen.n('oold', k, 14)) - interval '1 second')::timestamp(3),
       (ARRAY['Annual leave. ' || c.name || ' is covering my clients.', 'Parental leave until the end of March. Urgent matters: ' || c.email, 'At a client site all week, limited availability.',
              'Conference in Singapore.', NULL, NULL, 'Medical leave.', 'Travelling, back on Monday.', 'Family wedding in ' || (ARRAY['Lagos', 'Pune', 'Kraków', 'Curitiba', 'Osaka'])[1 + k % 5] || ', offline.', NULL])[1 + fixture_gen.n('oon', k, 10)],
       s.i, CASE WHEN k % 3 = 0 THEN c.i END, 1 + fixture_gen.n('oor', k, 8), d - interval '12 days', d - interval '11 days'
FROM generate_series(1, 150) k
JOIN cgen.st s ON s.i = 1 + fixture_gen.n('oou', k, 240)
JOIN cgen.st c ON c.i = 1 + fixture_gen.n('ooc', k, 240)
CROSS JOIN LATERAL (SELECT timestamp '2024-01-08' + make_interval(days => fixture_gen.n('oos', k, 600)) AS d) x;

-- Trips: the zone the consultant will be in, and when.
CREATE TABLE "TravelSchedule" (
    id serial PRIMARY KEY,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "timeZone" text NOT NULL,
    "startDate" timestamp(3) NOT NULL,
    "endDate" timestamp(3),
    "prevTimeZone" text
);
INSERT INTO "TravelSchedule" ("userId", "timeZone", "startDate", "endDate", "prevTimeZone")
SELECT s.i, fixture_gen.pick(ARRAY['Asia/Singapore', 'America/New_York', 'Asia/Dubai', 'Europe/Lisbon', 'Asia/Tokyo', 'Africa/Nairobi', 'America/Sao_Paulo', 'Australia/Sydney', 'Europe/Istanbul'], 'tsz', k),
       d, CASE WHEN k % 7 <> 0 THEN d + make_interval(days => 3 + fixture_gen.n('tsd', k, 12)) END, CASE WHEN k % 4 = 0 THEN s.tz END
FROM generate_series(1, 80) k JOIN cgen.st s ON s.i = 1 + fixture_gen.n('tsu', k, 240)
CROSS JOIN LATERAL (SELECT (date '2024-03-04' + fixture_gen.n('tss', k, 480))::timestamp(3) AS d) x;

-- Uploaded avatars, team logos and banners as data URLs.
CREATE TABLE "Avatar" (
    "teamId" integer NOT NULL DEFAULT 0,
    "userId" integer NOT NULL DEFAULT 0,
    data text NOT NULL,
    "objectKey" text NOT NULL UNIQUE,
    "isBanner" boolean NOT NULL DEFAULT false,
    PRIMARY KEY ("teamId", "userId", "isBanner")
);
INSERT INTO "Avatar"
SELECT 0, u.id, CASE WHEN u.id % 3 = 0 THEN 'data:image/jpeg;base64,' || cgen.img('ffd8ffe000104a46494600010101004800480000', 'avd', u.id, 12) ELSE 'data:image/png;base64,' || cgen.img('89504e470d0a1a0a0000000d49484452', 'avd', u.id, 12) END,
       split_part(split_part(u."avatarUrl", '/api/avatar/', 2), '.png', 1), false
FROM users u WHERE u."avatarUrl" LIKE 'https://cal.northgateadvisory.com/api/avatar/%';
INSERT INTO "Avatar"
SELECT t.id, 0, 'data:image/png;base64,' || cgen.img('89504e470d0a1a0a0000000d49484452', 'tav', t.id, 4), split_part(split_part(t."logoUrl", '/api/avatar/', 2), '.png', 1), false
FROM "Team" t
UNION ALL
SELECT t.id, 0, 'data:image/png;base64,' || cgen.img('89504e470d0a1a0a0000000d49484452', 'tbn', t.id, 16), split_part(split_part(t."bannerUrl", '/api/avatar/', 2), '.png', 1), true
FROM "Team" t WHERE t."bannerUrl" IS NOT NULL;

-- Redirects from the usernames and team slugs before the organization.
CREATE TABLE "TempOrgRedirect" (
    id serial PRIMARY KEY,
    "from" text NOT NULL,
    "fromOrgId" integer NOT NULL,
    type "RedirectType" NOT NULL,
    "toUrl" text NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL,
    UNIQUE ("from", type, "fromOrgId")
);
INSERT INTO "TempOrgRedirect" ("from", "fromOrgId", type, "toUrl", enabled, "createdAt", "updatedAt")
SELECT * FROM (SELECT DISTINCT ON (1) coalesce(u.metadata -> 'migratedToOrgFrom' ->> 'username', cgen.fold(s.first) || cgen.fold(s.last) || CASE WHEN s.i % 4 = 0 THEN (s.i % 90)::text ELSE '' END), 0, 'user'::"RedirectType",
       'https://northgate.cal.northgateadvisory.com/' || u.username, true, timestamp '2024-02-12 18:20:00' + make_interval(secs => u.id), timestamp '2024-02-12 18:20:00' + make_interval(secs => u.id)
FROM users u JOIN cgen.st s ON s.i = u.id WHERE u."movedToProfileId" IS NOT NULL ORDER BY 1, u.id) d
UNION ALL
SELECT v.f, 0, 'team'::"RedirectType", 'https://northgate.cal.northgateadvisory.com/team/' || v.t, true, timestamp '2024-02-12 18:30:00', timestamp '2024-02-12 18:30:00'
FROM (VALUES ('strategy', 'strategy-growth'), ('finance', 'finance-advisory'), ('digital', 'digital-technology'), ('ops', 'operations-supply-chain'), ('careers', 'recruiting')) v(f, t);

CREATE TABLE "OrganizationSettings" (
    id serial PRIMARY KEY,
    "organizationId" integer NOT NULL UNIQUE REFERENCES "Team" ON DELETE CASCADE,
    "isOrganizationConfigured" boolean NOT NULL DEFAULT false,
    "isOrganizationVerified" boolean NOT NULL DEFAULT false,
    "orgAutoAcceptEmail" text NOT NULL,
    "lockEventTypeCreationForUsers" boolean NOT NULL DEFAULT false,
    "adminGetsNoSlotsNotification" boolean NOT NULL DEFAULT false,
    "isAdminReviewed" boolean NOT NULL DEFAULT false,
    "isAdminAPIEnabled" boolean NOT NULL DEFAULT false
);
INSERT INTO "OrganizationSettings" ("organizationId", "isOrganizationConfigured", "isOrganizationVerified", "orgAutoAcceptEmail", "lockEventTypeCreationForUsers", "adminGetsNoSlotsNotification", "isAdminReviewed", "isAdminAPIEnabled")
VALUES (1, true, true, 'northgateadvisory.com', false, true, true, true), (23, true, false, 'connect.northgateadvisory.com', true, false, true, false);

-- Routing forms: the form holds field definitions and routes; each
-- response holds what the visitor typed, keyed by field id, and the
-- visitor's browser id.
CREATE TABLE cgen.ff (form int, n int, type text, label text, opts text[]);
INSERT INTO cgen.ff VALUES
 (1, 1, 'text', 'Full name', NULL), (1, 2, 'email', 'Work email', NULL), (1, 3, 'phone', 'Phone', NULL), (1, 4, 'text', 'Company', NULL),
 (1, 5, 'select', 'Which area can we help with?', ARRAY['Strategy', 'Finance', 'Technology', 'Operations', 'People', 'M&A', 'Sustainability']),
 (1, 6, 'select', 'Company size', ARRAY['1-50', '51-250', '251-1000', '1000+']), (1, 7, 'textarea', 'Tell us about your project', NULL),
 (2, 1, 'text', 'Full name', NULL), (2, 2, 'email', 'Email', NULL), (2, 3, 'text', 'LinkedIn profile', NULL), (2, 4, 'text', 'Current role', NULL),
 (2, 5, 'select', 'Office you are applying to', ARRAY['London', 'München', 'Paris', 'Mumbai', 'São Paulo', 'New York', 'Tokyo', 'Lagos', 'Ciudad de México', 'Warszawa']), (2, 6, 'text', 'Notice period', NULL),
 (3, 1, 'text', 'Your name', NULL), (3, 2, 'email', 'Email', NULL), (3, 3, 'text', 'Engagement code', NULL), (3, 4, 'select', 'What do you need?', ARRAY['Invoice question', 'Change of scope', 'Access to the data room', 'Complaint', 'Other']),
 (3, 5, 'textarea', 'Details', NULL),
 (4, 1, 'text', 'Full name', NULL), (4, 2, 'email', 'Email', NULL), (4, 3, 'select', 'Industry', ARRAY['Energy', 'Healthcare', 'Logistics', 'Retail', 'Financial services']), (4, 4, 'textarea', 'What should the expert know?', NULL),
 (5, 1, 'text', 'Name', NULL), (5, 2, 'email', 'Email', NULL), (5, 3, 'select', 'Dietary requirements', ARRAY['None', 'Vegetarian', 'Vegan', 'Halal', 'Kosher', 'Gluten-free']),
 (6, 1, 'text', 'Name', NULL), (6, 2, 'email', 'Email', NULL), (6, 3, 'textarea', 'Message', NULL);

CREATE TABLE "App_RoutingForms_Form" (
    id text PRIMARY KEY,
    description text,
    position integer NOT NULL DEFAULT 0,
    routes jsonb,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL,
    name text NOT NULL,
    fields jsonb,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE,
    "teamId" integer REFERENCES "Team" ON DELETE CASCADE,
    disabled boolean NOT NULL DEFAULT false,
    settings jsonb
);
INSERT INTO "App_RoutingForms_Form"
SELECT fixture_gen.uuid('rf', v.f), v.descr, 0,
       jsonb_build_array(
         jsonb_build_object('id', fixture_gen.uuid('rfr', v.f * 10 + 1), 'action', jsonb_build_object('type', 'eventTypeRedirectUrl', 'value', v.route), 'queryValue', jsonb_build_object('id', fixture_gen.uuid('rfq', v.f), 'type', 'group',
             'children1', jsonb_build_object(fixture_gen.uuid('rfc', v.f), jsonb_build_object('type', 'rule', 'properties', jsonb_build_object('field', fixture_gen.uuid('ff', v.f * 10 + 5), 'value', jsonb_build_array(jsonb_build_array(fixture_gen.uuid('ffo', v.f * 100 + 1))), 'operator', 'select_any_in', 'valueSrc', jsonb_build_array('value'), 'valueType', jsonb_build_array('multiselect')))))),
         jsonb_build_object('id', fixture_gen.uuid('rfr', v.f * 10 + 2), 'action', jsonb_build_object('type', 'customPageMessage', 'value', 'Thank you! We will get back to you within two working days.'), 'isFallback', true,
             'queryValue', jsonb_build_object('id', fixture_gen.uuid('rfq2', v.f), 'type', 'group'))),
       cgen.t3('rfc', v.f, timestamp '2023-09-01', 300), cgen.t3('rfu', v.f, timestamp '2024-10-01', 200), v.name,
       (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('id', fixture_gen.uuid('ff', ff.form * 10 + ff.n), 'type', ff.type, 'label', ff.label, 'required', ff.n <= 2,
                  'options', (SELECT jsonb_agg(jsonb_build_object('id', fixture_gen.uuid('ffo', ff.form * 100 + o.ord), 'label', o.l) ORDER BY o.ord) FROM unnest(ff.opts) WITH ORDINALITY o(l, ord)))) ORDER BY ff.n)
        FROM cgen.ff WHERE ff.form = v.f),
       v.u, v.t, v.f = 6, jsonb_build_object('emailOwnerOnSubmission', v.f IN (1, 3), 'sendUpdatesTo', CASE WHEN v.f = 1 THEN jsonb_build_array(1, 2) ELSE '[]'::jsonb END)
FROM (VALUES (1, 'New engagement enquiry', 'Tell us what you need and we will route you to the right practice.', 2, 1, 'team/strategy-growth/strategy-discovery-call'),
             (2, 'Candidate pre-screen', 'A few questions before you pick an interview slot.', 8, 12, 'team/recruiting/candidate-interview-first-round'),
             (3, 'Client support triage', NULL, 15, 11, 'team/client-success/engagement-check-in'),
             (4, 'Expert network request', 'Describe the expertise you are looking for.', 241, 23, 'team/northgate-connect/expert-call'),
             (5, 'CFO roundtable registration', 'Registration for the quarterly CFO roundtable dinner.', 14, NULL, 'katharina-hartmann/coffee-chat'),
             (6, 'Contact form (old)', NULL, 2, NULL, 'camille-bonnet/30-min-meeting')) v(f, name, descr, u, t, route);

CREATE TABLE "App_RoutingForms_FormResponse" (
    id serial PRIMARY KEY,
    "formFillerId" text NOT NULL,
    "formId" text NOT NULL REFERENCES "App_RoutingForms_Form" ON DELETE CASCADE,
    response jsonb NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "routedToBookingUid" text UNIQUE,
    UNIQUE ("formFillerId", "formId")
);
INSERT INTO "App_RoutingForms_FormResponse" ("formFillerId", "formId", response, "createdAt", "routedToBookingUid")
SELECT fixture_gen.uuid('filler', r), fixture_gen.uuid('rf', f.f),
       (SELECT jsonb_object_agg(fixture_gen.uuid('ff', ff.form * 10 + ff.n), jsonb_build_object('label', ff.label, 'value',
            CASE WHEN ff.opts IS NOT NULL THEN to_jsonb(ff.opts[1 + fixture_gen.n('rfo' || ff.n, r, cardinality(ff.opts))])
                 WHEN ff.label IN ('Full name', 'Your name', 'Name') THEN to_jsonb(c.name)
                 WHEN ff.type = 'email' THEN to_jsonb(c.email)
                 WHEN ff.type = 'phone' THEN to_jsonb(c.phone)
                 WHEN ff.label = 'Company' THEN to_jsonb(co.name)
                 WHEN ff.label = 'LinkedIn profile' THEN to_jsonb('https://www.linkedin.com/in/' || cgen.slug(c.first || ' ' || c.last) || '-' || cgen.lt('li', c.i, 6))
                 WHEN ff.label = 'Current role' THEN to_jsonb(fixture_gen.pick(ARRAY['Business Analyst', 'Senior Auditor', 'MBA student', 'Product Manager', 'Associate, Corporate Finance'], 'rfcr', r))
                 WHEN ff.label = 'Notice period' THEN to_jsonb(fixture_gen.pick(ARRAY['1 month', '3 months', 'Immediately', '6 weeks'], 'rfnp', r))
                 WHEN ff.label = 'Engagement code' THEN to_jsonb('NGA-' || (2023 + r % 3)::text || '-' || lpad((r % 140)::text, 3, '0'))
                 ELSE to_jsonb((ARRAY['We are a family-owned ' || lower(split_part(co.name, ' ', 2)) || ' business looking at a succession plan; my father ' || o.first || ' ' || c.last || ' is stepping down next year.',
                      'Our board wants an independent review of the 2025 budget before the March meeting.',
                      'Please call me on ' || c.phone || ', I rarely check email.',
                      'We need help selecting a warehouse management system for two new sites.',
                      'I was given your name by ' || o.name || ' (' || o.email || ').',
                      'The invoice for February was sent to the wrong person; it should go to ' || o.email || '.',
                      'Looking for someone who has run a pharma carve-out in Brazil.', ''])[1 + fixture_gen.n('rfta', r, 8)]) END))
        FROM cgen.ff WHERE ff.form = f.f),
       cgen.t3('rfrc', r, timestamp '2023-10-01', 600),
       CASE WHEN r % 3 = 0 THEN (SELECT uid FROM "Booking" WHERE id = 1 + (r * 7) % 1600) END
FROM generate_series(1, 600) r
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6])[1 + fixture_gen.n('rff', r, 12)] AS f) f
JOIN cgen.cl c ON c.i = 1 + fixture_gen.n('rfcl', r, 1800)
JOIN cgen.co co ON co.k = c.co
JOIN cgen.cl o ON o.i = 1 + fixture_gen.n('rfo', r, 1800);

-- The task queue: payloads and errors as text.
CREATE TABLE "Task" (
    id text PRIMARY KEY,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL,
    "scheduledAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "succeededAt" timestamp(3),
    type text NOT NULL,
    payload text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    "maxAttempts" integer NOT NULL DEFAULT 3,
    "lastError" text,
    "lastFailedAttemptAt" timestamp(3),
    "referenceUid" text
);
INSERT INTO "Task"
SELECT fixture_gen.uuid('task', r), bo."createdAt", bo."createdAt" + interval '2 minutes', bo."createdAt" + CASE WHEN x.typ LIKE 'trigger%' THEN make_interval(mins => k.length + 5) ELSE interval '1 second' END,
       CASE WHEN x.fail THEN NULL ELSE bo."createdAt" + interval '3 seconds' END, x.typ,
       CASE x.typ
         WHEN 'sendSms' THEN jsonb_build_object('to', a.phone, 'message', 'Hi ' || a.first || ', this is a reminder that your meeting (' || k.ettitle || ') with ' || h.name || ' is on ' || to_char(bo."startTime", 'Dy, Mon DD YYYY HH12:MIam') || '.',
                                                'sender', 'Northgate', 'userId', h.i, 'teamId', NULL)::text
         WHEN 'sendWebhook' THEN jsonb_build_object('subscriberUrl', w."subscriberUrl", 'secretKey', w.secret, 'triggerEvent', 'BOOKING_CREATED', 'createdAt', cgen.iso(bo."createdAt"),
                                                    'payload', jsonb_build_object('title', bo.title, 'startTime', cgen.iso(bo."startTime"), 'organizer', jsonb_build_object('name', h.name, 'email', h.email),
                                                       'attendees', jsonb_build_array(jsonb_build_object('name', a.name, 'email', bo.responses ->> 'email')), 'uid', bo.uid))::text
         WHEN 'triggerHostNoShowWebhook' THEN jsonb_build_object('triggerEvent', 'AFTER_HOSTS_CAL_VIDEO_NO_SHOW', 'bookingId', bo.id, 'webhook', jsonb_build_object('id', w.id, 'subscriberUrl', w."subscriberUrl",
                                                    'appId', w."appId", 'secret', w.secret, 'time', 5, 'timeUnit', 'MINUTE', 'eventTriggers', jsonb_build_array('AFTER_HOSTS_CAL_VIDEO_NO_SHOW'), 'payloadTemplate', NULL))::text
         WHEN 'createCRMEvent' THEN jsonb_build_object('bookingUid', bo.uid)::text
         WHEN 'scanWorkflowBody' THEN jsonb_build_object('workflowStepId', 1 + r % 80, 'userId', h.i)::text
         ELSE jsonb_build_object('eventTypeId', k.et, 'userId', h.i, 'title', k.ettitle, 'description', (SELECT description FROM "EventType" WHERE id = k.et), 'userLocale', h.locale)::text END,
       CASE WHEN x.fail THEN 3 ELSE 1 END, 3,
       CASE WHEN x.fail THEN CASE x.typ
           WHEN 'sendSms' THEN 'Error: Twilio error 21211: The ''To'' number ' || replace(a.phone, ' ', '') || ' is not a valid phone number.'
           WHEN 'sendWebhook' THEN 'Error: Webhook delivery failed with status 410 (Gone)'
           WHEN 'triggerHostNoShowWebhook' THEN 'Error: Request timed out after 10000ms'
           WHEN 'createCRMEvent' THEN 'Salesforce: INVALID_SESSION_ID: Session expired or invalid'
           ELSE 'Error: OpenAI rate limit reached' END END,
       CASE WHEN x.fail THEN bo."createdAt" + interval '15 minutes' END, bo.uid
FROM generate_series(1, 500) r
JOIN "Booking" bo ON bo.id = 1 + fixture_gen.n('tkb', r, 1600)
JOIN cgen.bk k ON k.b = bo.id JOIN cgen.st h ON h.i = bo."userId" JOIN cgen.cl a ON a.i = k.cl
JOIN "Webhook" w ON w.id = fixture_gen.uuid('wh', 1 + r % 40)
CROSS JOIN LATERAL (SELECT (ARRAY['sendSms', 'sendSms', 'sendWebhook', 'sendWebhook', 'sendWebhook', 'triggerHostNoShowWebhook', 'createCRMEvent', 'scanWorkflowBody', 'translateEventTypeData'])[1 + fixture_gen.n('tkt', r, 9)] AS typ,
                           fixture_gen.n('tkf', r, 12) = 0 AS fail) x;

CREATE TABLE "Watchlist" (
    id text PRIMARY KEY,
    type "WatchlistType" NOT NULL,
    value text NOT NULL,
    description text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" integer NOT NULL REFERENCES users,
    "updatedAt" timestamp(3),
    "updatedById" integer REFERENCES users,
    severity "WatchlistSeverity" NOT NULL DEFAULT 'LOW',
    UNIQUE (type, value)
);
INSERT INTO "Watchlist"
SELECT fixture_gen.uuid('wl', k), x.typ::"WatchlistType",
       CASE x.typ WHEN 'DOMAIN' THEN (ARRAY['mailinator.com', 'guerrillamail.com', 'yopmail.com', 'tempmail.dev', '10minutemail.com', 'sharklasers.com', 'trashmail.de', 'getnada.com', 'dispostable.com', 'maildrop.cc'])[1 + k % 10]
                  WHEN 'USERNAME' THEN (ARRAY['seo-growth-agency', 'crypto-returns-desk', 'free-audit-bot', 'lead-gen-pro', 'booking-tester'])[1 + k % 5]
                  ELSE c.email END,
       (ARRAY['Booked 30 fake slots with the same company name.', 'Asked our consultant for bank details over SMS: phishing.', 'Reported by ' || s.name || ' after repeated no-shows.', NULL,
              'Disposable address used to spam the recruiting page.', 'Harassed ' || s.first || ' in booking notes; legal informed.', NULL])[1 + fixture_gen.n('wld', k, 7)],
       cgen.t3('wlc', k, timestamp '2024-01-01', 500), (ARRAY[1, 2, 3])[1 + k % 3], CASE WHEN k % 4 = 0 THEN cgen.t3('wlu', k, timestamp '2025-01-01', 100) END, CASE WHEN k % 4 = 0 THEN 2 END,
       (ARRAY['LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'LOW', 'MEDIUM'])[1 + k % 6]::"WatchlistSeverity"
FROM generate_series(1, 50) k
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 10 THEN 'DOMAIN' WHEN k <= 15 THEN 'USERNAME' ELSE 'EMAIL' END AS typ) x
JOIN cgen.cl c ON c.i = 1 + fixture_gen.n('wlcl', k, 1800)
JOIN cgen.st s ON s.i = 1 + fixture_gen.n('wls', k, 240);

CREATE TABLE "InstantMeetingToken" (
    id serial PRIMARY KEY,
    token text NOT NULL UNIQUE,
    expires timestamp(3) NOT NULL,
    "teamId" integer NOT NULL REFERENCES "Team",
    "bookingId" integer UNIQUE REFERENCES "Booking" ON DELETE CASCADE,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL
);
INSERT INTO "InstantMeetingToken" (token, expires, "teamId", "bookingId", "createdAt", "updatedAt")
SELECT fixture_gen.hexn('imt', bo.id, 64), bo."createdAt" + interval '90 seconds', k.team, bo.id, bo."createdAt", bo."createdAt"
FROM "Booking" bo JOIN cgen.bk k ON k.b = bo.id WHERE k.team IN (11, 2) AND bo.id % 3 = 0;

-- The platform API (the client portal): OAuth client secrets and the
-- access and refresh tokens it issued to managed users.
CREATE TABLE "PlatformOAuthClient" (
    id text PRIMARY KEY,
    name text NOT NULL,
    secret text NOT NULL,
    permissions integer NOT NULL,
    logo text,
    "redirectUris" text[],
    "organizationId" integer NOT NULL REFERENCES "Team" ON DELETE CASCADE,
    "bookingRedirectUri" text,
    "bookingCancelRedirectUri" text,
    "bookingRescheduleRedirectUri" text,
    "areEmailsEnabled" boolean NOT NULL DEFAULT false,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "PlatformOAuthClient" VALUES
 ('clxp7q2ka0001nb2k8ufc3yzh', 'Northgate Connect portal', cgen.jwt_hs('{"name":"Northgate Connect portal","permissions":1023,"iat":1718190212}', 'pocs', 1), 1023, NULL,
  ARRAY['https://connect.northgateadvisory.com', 'https://connect.northgateadvisory.com/auth/callback'], 23, 'https://connect.northgateadvisory.com/bookings/confirmed',
  'https://connect.northgateadvisory.com/bookings/cancelled', 'https://connect.northgateadvisory.com/bookings/reschedule', true, timestamp '2024-06-12 10:23:32.114'),
 ('clxq0b9tr0003nb2kgdq7w1me', 'Northgate Connect staging', cgen.jwt_hs('{"name":"Northgate Connect staging","permissions":1023,"iat":1718711455}', 'pocs', 2), 1023, NULL,
  ARRAY['http://localhost:4321', 'https://staging.connect.northgateadvisory.com'], 23, NULL, NULL, NULL, false, timestamp '2024-06-18 11:50:55.870');
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_platformOAuthClientId_fkey" FOREIGN KEY ("platformOAuthClientId") REFERENCES "PlatformOAuthClient" ON DELETE CASCADE;

CREATE TABLE "AccessToken" (
    id serial PRIMARY KEY,
    secret text NOT NULL UNIQUE,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" timestamp(3) NOT NULL,
    "platformOAuthClientId" text NOT NULL REFERENCES "PlatformOAuthClient" ON DELETE CASCADE,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE
);
INSERT INTO "AccessToken" (secret, "createdAt", "expiresAt", "platformOAuthClientId", "userId")
SELECT cgen.jwt_hs('{"type":"access_token","clientId":"clxp7q2ka0001nb2k8ufc3yzh","ownerId":' || u || ',"iat":' || extract(epoch FROM t)::bigint || ',"exp":' || (extract(epoch FROM t)::bigint + 3600) || '}', 'pat', k),
       t, t + interval '1 hour', 'clxp7q2ka0001nb2k8ufc3yzh', u
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT 241 + k % 30 AS u, cgen.t3('patc', k, timestamp '2025-05-20', 14) AS t) x;

CREATE TABLE "RefreshToken" (
    id serial PRIMARY KEY,
    secret text NOT NULL UNIQUE,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" timestamp(3) NOT NULL,
    "platformOAuthClientId" text NOT NULL REFERENCES "PlatformOAuthClient" ON DELETE CASCADE,
    "userId" integer NOT NULL REFERENCES users ON DELETE CASCADE
);
INSERT INTO "RefreshToken" (secret, "createdAt", "expiresAt", "platformOAuthClientId", "userId")
SELECT cgen.jwt_hs('{"type":"refresh_token","clientId":"clxp7q2ka0001nb2k8ufc3yzh","ownerId":' || (240 + k) || ',"iat":' || extract(epoch FROM t)::bigint || '}', 'prt', k),
       t, t + interval '1 year', 'clxp7q2ka0001nb2k8ufc3yzh', 240 + k
FROM generate_series(1, 30) k CROSS JOIN LATERAL (SELECT cgen.t3('prtc', k, timestamp '2025-05-20', 14) AS t) x;

-- Cal.ai phone agents: the prompt and opening line typed by the host,
-- the number called and the guest's details.
CREATE TABLE "AIPhoneCallConfiguration" (
    id serial PRIMARY KEY,
    "eventTypeId" integer NOT NULL UNIQUE REFERENCES "EventType" ON DELETE CASCADE,
    "templateType" text NOT NULL DEFAULT 'CUSTOM_TEMPLATE',
    "schedulerName" text,
    "generalPrompt" text,
    "yourPhoneNumber" text NOT NULL,
    "numberToCall" text NOT NULL,
    "guestName" text,
    "guestEmail" text,
    "guestCompany" text,
    enabled boolean NOT NULL DEFAULT false,
    "beginMessage" text,
    "llmId" text
);
INSERT INTO "AIPhoneCallConfiguration" ("eventTypeId", "templateType", "schedulerName", "generalPrompt", "yourPhoneNumber", "numberToCall", "guestName", "guestEmail", "guestCompany", enabled, "beginMessage", "llmId")
SELECT e.id, CASE WHEN q % 3 = 0 THEN 'CHECK_IN_APPOINTMENT' ELSE 'CUSTOM_TEMPLATE' END, h.name,
       CASE WHEN q % 3 = 0 THEN 'You are calling to confirm an upcoming appointment with {{scheduler_name}}. Be brief and polite. If the guest wants to reschedule, offer the next two available slots.'
            ELSE 'You are the scheduling assistant of ' || h.name || ' at Northgate Advisory. Call ' || c.first || ' at ' || co.name || ' to book the follow-up workshop discussed last week. '
                 || CASE WHEN q % 2 = 0 THEN 'If they cannot talk, ask them to call ' || h.first || ' back on ' || h.phone || '.' ELSE 'Do not discuss fees.' END END,
       replace(replace(h.phone, ' ', ''), '-', ''), replace(replace(replace(replace(c.phone, ' ', ''), '-', ''), '(', ''), ')', ''),
       c.name, c.email, co.name, q % 4 <> 0,
       'Hi ' || c.first || ', this is the assistant of ' || h.name || ' from Northgate Advisory. Do you have a minute?',
       'llm_' || fixture_gen.hexn('llm', q, 32)
FROM generate_series(1, 24) q
JOIN cgen.et e ON e.id = 2 * (1 + fixture_gen.n('aie', q, 10) + 10 * (q - 1)) - 1
JOIN cgen.st h ON h.i = e.owner
JOIN cgen.cl c ON c.i = 1 + fixture_gen.n('aic', q, 1800)
JOIN cgen.co co ON co.k = c.co;

-- Internal notes on bookings (hosts only): presets, or typed text.
CREATE TABLE "InternalNotePreset" (
    id serial PRIMARY KEY,
    name text NOT NULL,
    "cancellationReason" text,
    "teamId" integer NOT NULL REFERENCES "Team" ON DELETE CASCADE,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE ("teamId", name)
);
INSERT INTO "InternalNotePreset" (name, "cancellationReason", "teamId", "createdAt") VALUES
 ('No-show', 'We are sorry we missed you. Please book a new time that suits you.', 1, timestamp '2024-11-04 10:02:11.480'),
 ('Budget not approved', NULL, 1, timestamp '2024-11-04 10:03:40.118'),
 ('Wrong contact person', 'This request should go to another team; we will forward it.', 1, timestamp '2024-11-04 10:05:02.907'),
 ('Duplicate booking', 'You already have a booking with us at another time.', 1, timestamp '2024-11-04 10:05:51.377'),
 ('Candidate withdrew', NULL, 12, timestamp '2024-11-18 15:20:09.611');

CREATE TABLE "BookingInternalNote" (
    id serial PRIMARY KEY,
    "notePresetId" integer REFERENCES "InternalNotePreset" ON DELETE CASCADE,
    text text,
    "bookingId" integer NOT NULL REFERENCES "Booking" ON DELETE CASCADE,
    "createdById" integer NOT NULL REFERENCES users,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "BookingInternalNote" ("notePresetId", text, "bookingId", "createdById", "createdAt")
SELECT CASE WHEN x.p <= 5 THEN x.p END,
       CASE WHEN x.p > 5 THEN (ARRAY['Client asked for a discount; their CFO ' || o.name || ' has to approve by Friday.', 'No-show. Called ' || c.phone || ', no answer.',
            'Wants to bring ' || o.name || ' from procurement next time.', 'Sensitive: the CEO is on medical leave, keep it confidential.', 'Good fit, send proposal.'])[x.p - 5] END,
       bo.id, bo."userId", bo."endTime" + interval '2 hours'
FROM "Booking" bo JOIN cgen.bk k ON k.b = bo.id JOIN cgen.cl c ON c.i = k.cl JOIN cgen.cl o ON o.i = 1 + (k.cl * 17) % 1800
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('bin', bo.id, 10) AS p) x
WHERE bo."startTime" > timestamp '2024-11-05' AND bo.status IN ('accepted', 'cancelled') AND bo.id % 4 = 0 AND (x.p <> 5 OR k.team = 12);

SET client_min_messages = warning;
DROP SCHEMA cgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
