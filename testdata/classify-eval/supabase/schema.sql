-- classify-eval fixture (HOLDOUT 13, with jira: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): the Supabase (PostgreSQL 15) database of Limber, a startup
-- that books physiotherapists by video ("book a physio online") in the UK,
-- Ireland, Germany, the Netherlands, Spain, France and the US. It holds
-- Supabase's own schemas as their services create them, and the app's
-- tables in public in the style Supabase apps write (snake_case, uuid keys
-- defaulting to gen_random_uuid(), timestamptz, jsonb, text arrays, enums).
-- auth (GoTrue v2.158): users with bcrypt hashes, pending confirmation,
-- recovery, email-change, phone-change and reauthentication tokens (hex
-- SHA-224 token hashes), phones as bare E.164 digits, raw_user_meta_data
-- with names, Google and Apple subject ids and profile pictures, SSO
-- practitioners' SAML claims (job title, department); identities whose
-- provider_id is the Google or Apple subject (or the user's own uuid) and
-- whose email is generated from identity_data; sessions with user agents
-- and IPs; rotated refresh tokens (22- and 12-character) with their parent
-- chains; TOTP factors with their secrets and friendly names like "Amara's
-- iPhone", SMS factors with phones, challenges with SMS codes; AMR claims;
-- the audit log whose JSON payload names the actor by email or phone; PKCE
-- flow states keeping Google and Apple access and refresh tokens; one-time
-- token hashes with the email or phone they relate to; three SAML providers
-- (Entra ID metadata with its public certificate), their domains and relay
-- states with the email typed. storage: buckets and about 4,000 objects whose
-- names are paths under a user's uuid or name people ("MRI report <name>.pdf",
-- legacy avatars public/<first>-<last>.png, GP referral letters), with
-- eTag metadata and user metadata keeping original file names; multipart
-- uploads of imaging archives named after patients; storage's migrations.
-- public: profiles (names, usernames, avatars, dates of birth, phones in
-- national formats, a few bios); practitioners with licence numbers (HCPC,
-- CORU, BIG, RPPS, US state licences), practice addresses (some their
-- home), Stripe Connect ids, bios that give a mobile or an email; clinics
-- (group sites and practices named after their owner, with VAT numbers);
-- availability and its exceptions ("My father's funeral"); services;
-- appointments with the symptoms patients typed (in five languages, some
-- with a phone or a child's name), Daily and Whereby room URLs carrying
-- meeting tokens and room keys, cancellation notes; SOAP notes with pain
-- scores and ICD-10 codes; intake forms as JSON (medical history,
-- medications, emergency contact, GP) with a drawn signature as a data URL;
-- conversations and messages (attachments named after patients); Stripe
-- customers, payments with billing details, last four and receipt URLs,
-- invoices whose line items name the practitioner and licence; insurance
-- policies (member and group numbers, policy holders); reviews;
-- notifications whose payload names the other party; Expo push tokens and
-- device names; SMS and email logs; support tickets; GP referrals;
-- exercise programmes; video sessions with the patient's IP; clinic API
-- keys (hashed, with a public prefix), webhooks (Zapier, Make and token
-- URLs, signing secrets) and their deliveries' JSON; feature flags;
-- app_settings mixing Stripe, Twilio, Resend, Daily and OpenAI keys, the
-- service-role JWT and a Slack webhook with support addresses, the DPO's
-- name and phone and marketing copy; an audit trail whose diffs hold old
-- and new phones, emails and names and, for rotated settings, secrets; the
-- waitlist; promo codes; clinic invitations with link tokens. And the
-- places a Supabase project keeps credentials without meaning to: the
-- CLI's migration history (statements scheduling pg_cron jobs with the
-- service-role key, creating Vault secrets), pg_cron's jobs and their run
-- history quoting the same commands, pg_net's responses listing phones an
-- SMS could not reach, and the Vault's encrypted secrets. Lookup tables
-- (countries, specialties, insurers with public helplines, exercises) and
-- public copy hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA sgen;

-- ts: an instant between from_ts and from_ts + days, to the second.
CREATE FUNCTION sgen.ts(tag text, i bigint, from_ts timestamptz DEFAULT '2023-02-01 08:00:00+00', days int DEFAULT 720) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT from_ts + make_interval(secs => fixture_gen.n(tag, i, days * 86400)) $$;
-- between: an instant in [a, b) (b defaults to the snapshot, 2025-02-28).
CREATE FUNCTION sgen.between(tag text, i bigint, a timestamptz, b timestamptz DEFAULT '2025-02-28 06:00:00+00') RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT a + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM b - a)::int))) $$;
-- fold: a name without diacritics, lower case, letters and digits only.
CREATE FUNCTION sgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áéíóúàèìòùâêîôûäëïöüãõñçłśźżńęąćığşÁÉÍÓÚÖÜÇŁŚŻŞİßÉ',
    'aeiouaeiouaeiouaeiouaonclszzneacigsAEIOUOUCLSZSIsE')), '[^a-z0-9]+', '', 'g')
$$;
CREATE FUNCTION sgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' from regexp_replace(lower(translate(s,
    'áéíóúàèìòùâêîôûäëïöüãõñçłśźżńęąćığşÁÉÍÓÚÖÜÇŁŚŻŞİß''',
    'aeiouaeiouaeiouaeiouaonclszzneacigsAEIOUOUCLSZSIs ')), '[^a-z0-9]+', '-', 'g'))
$$;
-- uid: a deterministic uuid.
CREATE FUNCTION sgen.uid(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT md5('sb:' || tag || ':' || i)::uuid $$;
-- tok: len URL-safe base64 characters; lc: lower-case letters and digits.
CREATE FUNCTION sgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN len <= 80 THEN substr(translate(encode(sha512(convert_to('sb:' || tag || ':' || i, 'UTF8')), 'base64'), E'+/=\n', '-_A'), 1, len)
              ELSE substr(translate(fixture_gen.b64(tag, i, least(190, len)), '+/=', '-_A'), 1, len) END
$$;
-- dg: len decimal digits (up to 30).
CREATE FUNCTION sgen.dg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(lpad((('x' || substr(h, 1, 15))::bit(60)::bigint % 1000000000000000)::text, 15, '0') || lpad((('x' || substr(h, 16, 15))::bit(60)::bigint % 1000000000000000)::text, 15, '0'), 1, len)
  FROM (SELECT md5('sb-dg:' || tag || ':' || i) AS h) x
$$;
-- an: len letters and digits.
CREATE FUNCTION sgen.an(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(encode(sha512(convert_to('sb-an:' || tag || ':' || i, 'UTF8')), 'base64'), E'+/=\n', ''), 1, len) $$;
CREATE FUNCTION sgen.lc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(lower(encode(sha512(convert_to('sb-lc:' || tag || ':' || i, 'UTF8')), 'base64')), E'+/=\n', ''), 1, len) $$;
CREATE FUNCTION sgen.b64url(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(t, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;
-- jwt: an HS256 token with the given claims (Supabase keys and Daily meeting tokens).
CREATE FUNCTION sgen.jwt(claims text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT sgen.b64url('{"alg":"HS256","typ":"JWT"}') || '.' || sgen.b64url(claims) || '.' || sgen.tok(tag, i, 43) $$;
-- h224: GoTrue's token hash (hex SHA-224, 56 characters).
CREATE FUNCTION sgen.h224(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha224(convert_to('sb-otp:' || tag || ':' || i, 'UTF8')), 'hex') $$;
CREATE FUNCTION sgen.h256(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to('sb-key:' || tag || ':' || i, 'UTF8')), 'hex') $$;
-- bcrypt as GoTrue writes it (cost 10).
CREATE FUNCTION sgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || substr(translate(encode(sha512(convert_to('sb-pw:' || tag || ':' || i, 'UTF8')), 'base64'), E'+\n', '.'), 1, 53) $$;
CREATE FUNCTION sgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;
CREATE FUNCTION sgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 9)
    WHEN 0 THEN 'Limber/2.' || (10 + fixture_gen.n(tag || 'v', i, 9)) || '.' || fixture_gen.n(tag || 'p', i, 4) || ' (iPhone; iOS 17.' || fixture_gen.n(tag || 'o', i, 6) || '; Scale/3.00)'
    WHEN 1 THEN 'Limber/2.' || (10 + fixture_gen.n(tag || 'v', i, 9)) || '.' || fixture_gen.n(tag || 'p', i, 4) || ' (iPhone; iOS 16.7.' || fixture_gen.n(tag || 'o', i, 9) || '; Scale/2.00)'
    WHEN 2 THEN 'okhttp/4.12.0'
    WHEN 3 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12' || fixture_gen.n(tag || 'c', i, 8) || '.0.0.0 Safari/537.36'
    WHEN 4 THEN 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.' || fixture_gen.n(tag || 's', i, 5) || ' Safari/605.1.15'
    WHEN 5 THEN 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_' || fixture_gen.n(tag || 'o', i, 6) || ' like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.' || fixture_gen.n(tag || 's', i, 5) || ' Mobile/15E148 Safari/604.1'
    WHEN 6 THEN 'Mozilla/5.0 (Linux; Android 14; SM-S91' || fixture_gen.n(tag || 'm', i, 9) || 'B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12' || fixture_gen.n(tag || 'c', i, 8) || '.0.0.0 Mobile Safari/537.36'
    WHEN 7 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:12' || fixture_gen.n(tag || 'f', i, 6) || '.0) Gecko/20100101 Firefox/12' || fixture_gen.n(tag || 'f', i, 6) || '.0'
    ELSE 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12' || fixture_gen.n(tag || 'c', i, 8) || '.0.0.0 Safari/537.36' END
$$;
CREATE FUNCTION sgen.ip(tag text, i bigint) RETURNS inet
LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE WHEN get_byte(h, 4) % 5 = 0 THEN '2a02:' || substr(x, 1, 4) || ':' || substr(x, 5, 4) || '::' || substr(x, 9, 4) || ':' || substr(x, 13, 4)
               ELSE (11 + get_byte(h, 0) % 200) || '.' || get_byte(h, 1) || '.' || get_byte(h, 2) || '.' || (1 + get_byte(h, 3) % 254) END)::inet
  FROM (SELECT decode(md5('sb-ip:' || tag || ':' || i), 'hex') AS h, md5(tag || ':' || i) AS x) y
$$;

-- Name cultures.
CREATE TABLE sgen.cult (c int PRIMARY KEY, firsts text[], lasts text[], fem int[]);
INSERT INTO sgen.cult VALUES
 (0, ARRAY['Oliver','Amelia','Harry','Isla','George','Freya','Jack','Poppy','Thomas','Eleanor','Charlotte','William','Sophie','James','Emily','Daniel'],
     ARRAY['Whitfield','Ashworth','Pemberton','Hughes','Clarke','Fletcher','Barker','Holloway','Pritchard','Evans','Taylor','Wright','Walker','Robinson','Thompson','Bennett'], ARRAY[2,4,6,8,10,11,13,15]),
 (1, ARRAY['Aoife','Cian','Niamh','Oisín','Saoirse','Darragh','Róisín','Seán','Ciara','Eoin','Gráinne','Pádraig'],
     ARRAY['Murphy','O''Sullivan','Byrne','Ryan','O''Brien','Walsh','Kelly','McCarthy','Doyle','Gallagher','Kavanagh','Fitzgerald'], ARRAY[1,3,5,7,9,11]),
 (2, ARRAY['Lukas','Lena','Felix','Johanna','Maximilian','Anna','Jonas','Katharina','Jürgen','Sabine','Moritz','Greta'],
     ARRAY['Becker','Hoffmann','Schäfer','Wagner','Krüger','Neumann','Zimmermann','Braun','Weiß','Köhler','Schulze','Vogel'], ARRAY[2,4,6,8,10,12]),
 (3, ARRAY['Daan','Sanne','Bram','Fleur','Sem','Lotte','Thijs','Femke','Jesse','Anouk','Ruben','Iris'],
     ARRAY['de Jong','Jansen','de Vries','van den Berg','van Dijk','Bakker','Visser','Smit','Meijer','de Boer','Mulder','van Leeuwen'], ARRAY[2,4,6,8,10,12]),
 (4, ARRAY['Lucía','Hugo','Martina','Pablo','Carmen','Álvaro','Elena','Javier','Paula','Sergio','Nuria','Íñigo'],
     ARRAY['García','Fernández','González','Rodríguez','López','Martínez','Sánchez','Pérez','Gómez','Ruiz','Jiménez','Navarro'], ARRAY[1,3,5,7,9,11]),
 (5, ARRAY['Camille','Louis','Manon','Hugo','Léa','Théo','Chloé','Antoine','Inès','Mathis','Margaux','Julien'],
     ARRAY['Lefebvre','Moreau','Girard','Fournier','Mercier','Bonnet','Lambert','Fontaine','Rousseau','Chevalier','Garnier','Faure'], ARRAY[1,3,5,7,9,11]),
 (6, ARRAY['Tyler','Madison','Brandon','Ashley','Jordan','Kayla','Marcus','Brianna','Dylan','Courtney','Ethan','Megan'],
     ARRAY['Coleman','Brooks','Henderson','Foster','Washington','Bryant','Sullivan','Hayes','Jenkins','Perry','Russell','Carter'], ARRAY[2,4,6,8,10,12]),
 (7, ARRAY['Priya','Arjun','Ananya','Rahul','Sneha','Vikram','Kavya','Rohan','Deepa','Sanjay','Meera','Aditya'],
     ARRAY['Sharma','Patel','Gupta','Reddy','Iyer','Nair','Mehta','Kapoor','Chatterjee','Singh','Desai','Banerjee'], ARRAY[1,3,5,7,9,11]),
 (8, ARRAY['Chidi','Ngozi','Kwame','Amara','Tunde','Adaeze','Kofi','Funmilayo','Emeka','Yewande','Obinna','Abena'],
     ARRAY['Okafor','Adeyemi','Mensah','Okonkwo','Boateng','Eze','Asante','Balogun','Nwosu','Owusu','Adebayo','Achebe'], ARRAY[2,4,6,8,10,12]),
 (9, ARRAY['Zofia','Piotr','Katarzyna','Tomasz','Agnieszka','Krzysztof','Magdalena','Paweł','Joanna','Michał','Ewa','Marek'],
     ARRAY['Kowalski','Nowak','Wiśniewski','Wójcik','Kamiński','Lewandowski','Zieliński','Szymański','Dąbrowski','Kozłowski','Jankowski','Mazur'], ARRAY[1,3,5,7,9,11]),
 (10, ARRAY['Elif','Emre','Aylin','Mehmet','Zeynep','Burak','Ayşe','Can','Selin','Murat','Deniz','Hakan'],
     ARRAY['Yılmaz','Kaya','Demir','Şahin','Çelik','Öztürk','Aydın','Arslan','Doğan','Koç','Kurt','Özdemir'], ARRAY[1,3,5,7,9]),
 (11, ARRAY['Youssef','Fatima','Omar','Leila','Karim','Nadia','Mehdi','Samira','Rachid','Yasmine','Hamza','Imane'],
     ARRAY['Benali','El Amrani','Haddad','Bouzid','Khalil','Mansouri','Cherkaoui','Saadi','Belkacem','Ziani','Idrissi','Naciri'], ARRAY[2,4,6,8,10,12]),
 (12, ARRAY['Wei','Mei','Jun','Xiu','Hao','Ling','Chen','Yan','Bo','Na','Lei','Fang'],
     ARRAY['Wang','Li','Zhang','Liu','Chen','Yang','Huang','Zhao','Wu','Zhou','Xu','Lin'], ARRAY[2,4,6,8,10,12]),
 (13, ARRAY['Alejandro','Valeria','Santiago','Ximena','Diego','Renata','Carlos','Daniela','Luis','Gabriela','Miguel','Sofía'],
     ARRAY['Hernández','Ramírez','Torres','Flores','Vázquez','Castillo','Morales','Ortiz','Rojas','Reyes','Cruz','Mendoza'], ARRAY[2,4,6,8,10,12]),
 (14, ARRAY['Minji','Joon-ho','Seo-yeon','Ji-woo','Linh','Minh','Thao','Duc'],
     ARRAY['Kim','Park','Lee','Choi','Nguyen','Tran','Pham','Le'], ARRAY[1,3,4,5,7]);

-- Countries the app serves: name cultures, zone, locale, mail domains, cities.
CREATE TABLE sgen.ctry (k int PRIMARY KEY, code text, cults int[], tz text, locale text, doms text[], cities text[], currency text);
INSERT INTO sgen.ctry VALUES
 (0, 'GB', ARRAY[0,0,0,0,0,7,7,8,9,12,11,1], 'Europe/London', 'en-GB', ARRAY['gmail.com','outlook.com','hotmail.co.uk','btinternet.com','icloud.com','yahoo.co.uk'],
     ARRAY['London','Manchester','Leeds','Bristol','Birmingham','Brighton','Edinburgh','Glasgow','Cardiff','Sheffield','Nottingham','Oxford'], 'GBP'),
 (1, 'IE', ARRAY[1,1,1,1,0,9,8], 'Europe/Dublin', 'en-IE', ARRAY['gmail.com','eircom.net','outlook.ie','icloud.com'], ARRAY['Dublin','Cork','Galway','Limerick','Waterford'], 'EUR'),
 (2, 'DE', ARRAY[2,2,2,2,2,10,10,9,11], 'Europe/Berlin', 'de-DE', ARRAY['gmail.com','web.de','gmx.de','t-online.de','posteo.de'], ARRAY['Berlin','Hamburg','München','Köln','Frankfurt am Main','Leipzig','Stuttgart'], 'EUR'),
 (3, 'NL', ARRAY[3,3,3,3,10,11,0], 'Europe/Amsterdam', 'nl-NL', ARRAY['gmail.com','ziggo.nl','kpnmail.nl','outlook.com','hotmail.nl'], ARRAY['Amsterdam','Rotterdam','Utrecht','Den Haag','Eindhoven','Groningen'], 'EUR'),
 (4, 'ES', ARRAY[4,4,4,4,13,11,5], 'Europe/Madrid', 'es-ES', ARRAY['gmail.com','hotmail.es','yahoo.es','telefonica.net'], ARRAY['Madrid','Barcelona','Valencia','Sevilla','Bilbao','Málaga'], 'EUR'),
 (5, 'FR', ARRAY[5,5,5,5,11,11,8,12], 'Europe/Paris', 'fr-FR', ARRAY['gmail.com','orange.fr','free.fr','laposte.net','sfr.fr'], ARRAY['Paris','Lyon','Marseille','Toulouse','Bordeaux','Lille','Nantes'], 'EUR'),
 (6, 'US', ARRAY[6,6,6,6,13,13,14,7,12,8], 'America/New_York', 'en-US', ARRAY['gmail.com','yahoo.com','icloud.com','outlook.com','aol.com'],
     ARRAY['New York','Boston','Chicago','Austin','Denver','Seattle','San Diego','Atlanta'], 'USD');

-- The country of person i: GB most, then the others.
CREATE FUNCTION sgen.country_of(tag text, i bigint) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT (ARRAY[0,0,0,0,0,0,0,0,1,1,2,2,2,3,3,4,4,5,5,6,6,6])[1 + fixture_gen.n(tag, i, 22)] $$;

-- phone: a mobile of the country; e164 digits without the plus, as GoTrue keeps them.
CREATE FUNCTION sgen.mobile_digits(k int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k
    WHEN 0 THEN '447' || fixture_gen.pick(ARRAY['4','5','7','8','9'], tag || 'p', i) || sgen.dg(tag, i, 8)
    WHEN 1 THEN '3538' || fixture_gen.pick(ARRAY['3','5','6','7'], tag || 'p', i) || sgen.dg(tag, i, 7)
    WHEN 2 THEN '491' || fixture_gen.pick(ARRAY['51','52','57','60','62','70','72','76'], tag || 'p', i) || sgen.dg(tag, i, 8)
    WHEN 3 THEN '316' || sgen.dg(tag, i, 8)
    WHEN 4 THEN '346' || sgen.dg(tag, i, 8)
    WHEN 5 THEN '33' || fixture_gen.pick(ARRAY['6','7'], tag || 'p', i) || sgen.dg(tag, i, 8)
    ELSE '1' || (201 + fixture_gen.n(tag || 'a', i, 780))::text || (201 + fixture_gen.n(tag || 'b', i, 780))::text || sgen.dg(tag, i, 4) END
$$;
-- as people type them: national or international, spaced.
CREATE FUNCTION sgen.fmt_phone(d text, style int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN d LIKE '44%' THEN CASE style % 3 WHEN 0 THEN '0' || substr(d, 3, 4) || ' ' || substr(d, 7) WHEN 1 THEN '+44 ' || substr(d, 3, 4) || ' ' || substr(d, 7) ELSE '+' || d END
    WHEN d LIKE '353%' THEN CASE style % 2 WHEN 0 THEN '0' || substr(d, 4, 2) || ' ' || substr(d, 6, 3) || ' ' || substr(d, 9) ELSE '+353 ' || substr(d, 4, 2) || ' ' || substr(d, 6, 3) || ' ' || substr(d, 9) END
    WHEN d LIKE '49%' THEN CASE style % 2 WHEN 0 THEN '0' || substr(d, 3, 3) || ' ' || substr(d, 6) ELSE '+49 ' || substr(d, 3, 3) || ' ' || substr(d, 6) END
    WHEN d LIKE '31%' THEN CASE style % 2 WHEN 0 THEN '06-' || substr(d, 4) ELSE '+31 6 ' || substr(d, 4) END
    WHEN d LIKE '34%' THEN '+34 ' || substr(d, 3, 3) || ' ' || substr(d, 6, 2) || ' ' || substr(d, 8, 2) || ' ' || substr(d, 10)
    WHEN d LIKE '33%' THEN CASE style % 2 WHEN 0 THEN '0' || substr(d, 3, 1) || ' ' || substr(d, 4, 2) || ' ' || substr(d, 6, 2) || ' ' || substr(d, 8, 2) || ' ' || substr(d, 10) ELSE '+33 ' || substr(d, 3, 1) || ' ' || substr(d, 4, 2) || ' ' || substr(d, 6, 2) || ' ' || substr(d, 8, 2) || ' ' || substr(d, 10) END
    ELSE CASE style % 2 WHEN 0 THEN '(' || substr(d, 2, 3) || ') ' || substr(d, 5, 3) || '-' || substr(d, 8) ELSE '+1 ' || substr(d, 2, 3) || '-' || substr(d, 5, 3) || '-' || substr(d, 8) END END
$$;
CREATE FUNCTION sgen.street(k int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k
    WHEN 0 THEN CASE WHEN fixture_gen.n(tag || 'f', i, 4) = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'a', i, 24)) || ', ' ELSE '' END || (1 + fixture_gen.n(tag || 'n', i, 180)) || ' '
         || fixture_gen.pick(ARRAY['Kingsway Road','Albert Street','Wilmslow Road','Gloucester Place','Harehills Lane','Cotham Hill','Coldharbour Lane','Leith Walk','Ecclesall Road','Mansfield Road','Cowley Road','Chatsworth Avenue'], tag, i)
    WHEN 1 THEN (1 + fixture_gen.n(tag || 'n', i, 90)) || ' ' || fixture_gen.pick(ARRAY['Rathmines Road Upper','Grafton Street','Shandon Street','Salthill Promenade','O''Connell Avenue','Clontarf Road'], tag, i)
    WHEN 2 THEN fixture_gen.pick(ARRAY['Schönhauser Allee','Eppendorfer Weg','Leopoldstraße','Venloer Straße','Berger Straße','Karl-Liebknecht-Straße','Königstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 160))
         || CASE WHEN fixture_gen.n(tag || 'f', i, 5) = 0 THEN 'a' ELSE '' END
    WHEN 3 THEN fixture_gen.pick(ARRAY['Prinsengracht','Witte de Withstraat','Oudegracht','Laan van Meerdervoort','Stratumseind','Herestraat'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 400))
         || CASE WHEN fixture_gen.n(tag || 'f', i, 3) = 0 THEN '-' || fixture_gen.pick(ARRAY['II','III','hs','A'], tag || 'h', i) ELSE '' END
    WHEN 4 THEN fixture_gen.pick(ARRAY['Calle de Alcalá','Carrer de Mallorca','Avenida del Puerto','Calle Sierpes','Gran Vía de Don Diego López de Haro','Calle Larios'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 220))
         || ', ' || (1 + fixture_gen.n(tag || 'a', i, 8)) || 'º ' || fixture_gen.pick(ARRAY['A','B','C','D','izq.','dcha.'], tag || 'h', i)
    WHEN 5 THEN (1 + fixture_gen.n(tag || 'n', i, 140)) || CASE WHEN fixture_gen.n(tag || 'f', i, 6) = 0 THEN ' bis' ELSE '' END || ' '
         || fixture_gen.pick(ARRAY['rue de la Roquette','avenue Jean Jaurès','rue Sainte-Catherine','boulevard de la Croix-Rousse','rue de Béthune','quai de la Fosse','rue du Faubourg Saint-Denis'], tag, i)
    ELSE (1 + fixture_gen.n(tag || 'n', i, 4800)) || ' ' || fixture_gen.pick(ARRAY['Bedford Avenue','Commonwealth Avenue','North Clark Street','South Congress Avenue','Larimer Street','Pine Street','Adams Avenue','Peachtree Street NE'], tag, i)
         || CASE WHEN fixture_gen.n(tag || 'f', i, 3) = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'a', i, 40)) || fixture_gen.pick(ARRAY['A','B','C',''], tag || 'h', i) ELSE '' END END
$$;
CREATE FUNCTION sgen.postcode(k int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k
    WHEN 0 THEN fixture_gen.pick(ARRAY['SW9','M14','LS8','BS6','B13','BN1','EH6','G12','CF24','S11','NG5','OX4','E8','N16','SE15'], tag, i) || ' ' || sgen.dg(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 1 THEN fixture_gen.pick(ARRAY['D06','D03','T23','H91','V94','D08'], tag, i) || ' ' || fixture_gen.chars(tag, i, 4, 'ACDEFHKNPRTVWXY0123456789')
    WHEN 2 THEN lpad((10115 + fixture_gen.n(tag, i, 80000))::text, 5, '0')
    WHEN 3 THEN (1011 + fixture_gen.n(tag, i, 8000))::text || ' ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
    WHEN 4 THEN lpad((1001 + fixture_gen.n(tag, i, 51000))::text, 5, '0')
    WHEN 5 THEN lpad((1000 + fixture_gen.n(tag, i, 94000))::text, 5, '0')
    ELSE lpad((2108 + fixture_gen.n(tag, i, 97000))::text, 5, '0') END
$$;

-- Everyone with a login: 1-6 Limber staff, 7-160 physiotherapists, 161-175
-- clinic managers, 176-1600 patients (a few anonymous guests among them).
CREATE TABLE sgen.u (i int PRIMARY KEY, id uuid, kind text, k int, c int, first text, last text, fem boolean, full_name text,
  email text, phone text, provider text, dob date, created_at timestamptz, city text, postcode text, street text, tz text, locale text);
INSERT INTO sgen.u
SELECT i, sgen.uid('user', i),
       CASE WHEN i <= 6 THEN 'staff' WHEN i <= 160 THEN 'practitioner' WHEN i <= 175 THEN 'clinic_admin' ELSE 'patient' END,
       ct.k, cu.c, f.v, l.v, (f.ix = ANY (cu.fem)), f.v || ' ' || l.v, NULL,
       sgen.mobile_digits(ct.k, 'umob', i),
       CASE WHEN i <= 6 THEN 'google'
            WHEN i <= 160 THEN CASE WHEN i % 11 = 0 AND (i - 7) % 6 <> 0 THEN 'sso' WHEN i % 9 = 0 THEN 'google' ELSE 'email' END
            WHEN i <= 175 THEN 'email'
            ELSE (ARRAY['email','email','email','email','email','email','email','email','email','email','google','google','google','google','google','apple','apple','apple','phone','phone','anonymous'])[1 + fixture_gen.n('uprov', i, 21)] END,
       CASE WHEN i <= 175 THEN date '1962-01-01' + fixture_gen.n('udob', i, 365 * 38) ELSE date '1938-01-01' + fixture_gen.n('udob', i, 365 * 68) END,
       CASE WHEN i <= 6 THEN sgen.ts('ucr', i, '2023-01-09 09:00:00+00', 20) WHEN i <= 175 THEN sgen.ts('ucr', i, '2023-01-20 08:00:00+00', 400) ELSE sgen.ts('ucr', i, '2023-03-01 06:00:00+00', 690) END,
       ct.cities[1 + fixture_gen.n('ucity', i, cardinality(ct.cities))], sgen.postcode(ct.k, 'upc', i), sgen.street(ct.k, 'ust', i),
       CASE WHEN ct.k = 6 THEN fixture_gen.pick(ARRAY['America/New_York','America/New_York','America/Chicago','America/Denver','America/Los_Angeles'], 'utz', i) ELSE ct.tz END,
       ct.locale
FROM generate_series(1, 1600) i
JOIN sgen.ctry ct ON ct.k = CASE WHEN i <= 6 THEN 0 ELSE sgen.country_of('uctry', i) END
JOIN sgen.cult cu ON cu.c = ct.cults[1 + fixture_gen.n('ucult', i, cardinality(ct.cults))]
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ufirst', i, cardinality(cu.firsts)) AS ix) fx
CROSS JOIN LATERAL (SELECT cu.firsts[fx.ix] AS v, fx.ix) f
CROSS JOIN LATERAL (SELECT cu.lasts[1 + fixture_gen.n('ulast', i, cardinality(cu.lasts))] AS v) l;
UPDATE sgen.u SET email = CASE
    WHEN kind = 'staff' THEN sgen.fold(first) || '@limber.health'
    WHEN provider = 'anonymous' THEN NULL
    WHEN provider = 'phone' AND i % 3 <> 0 THEN NULL
    WHEN provider = 'apple' AND i % 5 < 2 THEN sgen.lc('relay', i, 10) || '@privaterelay.appleid.com'
    WHEN provider = 'sso' THEN sgen.fold(first) || '.' || sgen.fold(last) || '@' || (ARRAY['kinesishealth.co.uk','hartwellmsk.com','physiopartners.ie'])[1 + i % 3]
    ELSE sgen.fold(CASE fixture_gen.n('uesty', i, 6) WHEN 0 THEN substr(first, 1, 1) || last WHEN 1 THEN first || last WHEN 2 THEN last || '.' || first ELSE first || '.' || last END)
         || CASE WHEN fixture_gen.n('uedig', i, 3) = 0 THEN (fixture_gen.n('uedn', i, 90) + 10)::text WHEN fixture_gen.n('uedig', i, 3) = 1 AND kind = 'patient' THEN extract(year FROM dob)::text ELSE '' END
         || '@' || ct.doms[1 + fixture_gen.n('udom', i, cardinality(ct.doms))] END
FROM sgen.ctry ct WHERE ct.k = sgen.u.k;
UPDATE sgen.u SET email = replace(email, '.', '.' || sgen.u.i || '.') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM sgen.u WHERE email IS NOT NULL) d
WHERE d.i = sgen.u.i AND d.rn > 1 AND email NOT LIKE '%privaterelay%';
UPDATE sgen.u SET email = regexp_replace(email, '@', '+' || i || '@') WHERE email LIKE '%.%.%.%@%' AND email ~ '^[a-z]+\.[0-9]+\.';
UPDATE sgen.u SET postcode = (ARRAY['SW9','M14','LS6','BS6','B13','BN1','EH6','G12','CF24','S11','NG5','OX4'])[array_position(ARRAY['London','Manchester','Leeds','Bristol','Birmingham','Brighton','Edinburgh','Glasgow','Cardiff','Sheffield','Nottingham','Oxford'], city)]
    || ' ' || sgen.dg('upc', i, 1) || fixture_gen.chars('upc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
WHERE k = 0;
UPDATE sgen.u SET postcode = (ARRAY['E8','N16','SE15','SW9'])[1 + i % 4] || ' ' || sgen.dg('upc', i, 1) || fixture_gen.chars('upc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ') WHERE k = 0 AND city = 'London' AND i % 5 <> 0;

-- ---------------------------------------------------------------------------
-- auth: GoTrue's schema (supabase/auth v2.158), as its migrations create it.
CREATE SCHEMA auth;
CREATE TYPE auth.aal_level AS ENUM ('aal1', 'aal2', 'aal3');
CREATE TYPE auth.factor_type AS ENUM ('totp', 'webauthn', 'phone');
CREATE TYPE auth.factor_status AS ENUM ('unverified', 'verified');
CREATE TYPE auth.code_challenge_method AS ENUM ('s256', 'plain');
CREATE TYPE auth.one_time_token_type AS ENUM ('confirmation_token', 'reauthentication_token', 'recovery_token', 'email_change_token_new', 'email_change_token_current', 'phone_change_token');

CREATE TABLE auth.schema_migrations (version varchar(255) NOT NULL PRIMARY KEY);

CREATE TABLE auth.users (
  instance_id uuid NULL,
  id uuid NOT NULL PRIMARY KEY,
  aud varchar(255) NULL,
  "role" varchar(255) NULL,
  email varchar(255) NULL,
  encrypted_password varchar(255) NULL,
  email_confirmed_at timestamptz NULL,
  invited_at timestamptz NULL,
  confirmation_token varchar(255) NULL,
  confirmation_sent_at timestamptz NULL,
  recovery_token varchar(255) NULL,
  recovery_sent_at timestamptz NULL,
  email_change_token_new varchar(255) NULL,
  email_change varchar(255) NULL,
  email_change_sent_at timestamptz NULL,
  last_sign_in_at timestamptz NULL,
  raw_app_meta_data jsonb NULL,
  raw_user_meta_data jsonb NULL,
  is_super_admin bool NULL,
  created_at timestamptz NULL,
  updated_at timestamptz NULL,
  phone text NULL UNIQUE DEFAULT NULL,
  phone_confirmed_at timestamptz NULL,
  phone_change text NULL DEFAULT '',
  phone_change_token varchar(255) NULL DEFAULT '',
  phone_change_sent_at timestamptz NULL,
  confirmed_at timestamptz GENERATED ALWAYS AS (LEAST(email_confirmed_at, phone_confirmed_at)) STORED,
  email_change_token_current varchar(255) NULL DEFAULT '',
  email_change_confirm_status smallint NULL DEFAULT 0 CHECK (email_change_confirm_status >= 0 AND email_change_confirm_status <= 2),
  banned_until timestamptz NULL,
  reauthentication_token varchar(255) NULL DEFAULT '',
  reauthentication_sent_at timestamptz NULL,
  is_sso_user boolean NOT NULL DEFAULT false,
  deleted_at timestamptz NULL,
  is_anonymous boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX users_email_partial_key ON auth.users (email) WHERE (is_sso_user = false);
CREATE INDEX users_instance_id_idx ON auth.users (instance_id);

CREATE TABLE auth.identities (
  provider_id text NOT NULL,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  identity_data jsonb NOT NULL,
  provider text NOT NULL,
  last_sign_in_at timestamptz NULL,
  created_at timestamptz NULL,
  updated_at timestamptz NULL,
  email text GENERATED ALWAYS AS (lower(identity_data ->> 'email')) STORED,
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  CONSTRAINT identities_provider_id_provider_unique UNIQUE (provider_id, provider)
);

CREATE TABLE auth.sessions (
  id uuid NOT NULL PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  created_at timestamptz NULL,
  updated_at timestamptz NULL,
  factor_id uuid NULL,
  aal auth.aal_level NULL,
  not_after timestamptz NULL,
  refreshed_at timestamp without time zone NULL,
  user_agent text NULL,
  ip inet NULL,
  tag text NULL
);

CREATE TABLE auth.refresh_tokens (
  instance_id uuid NULL,
  id bigserial NOT NULL PRIMARY KEY,
  "token" varchar(255) NULL UNIQUE,
  user_id varchar(255) NULL,
  revoked bool NULL,
  created_at timestamptz NULL,
  updated_at timestamptz NULL,
  parent varchar(255) NULL,
  session_id uuid NULL REFERENCES auth.sessions (id) ON DELETE CASCADE
);

CREATE TABLE auth.mfa_factors (
  id uuid NOT NULL PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  friendly_name text NULL,
  factor_type auth.factor_type NOT NULL,
  status auth.factor_status NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  secret text NULL,
  phone text NULL,
  last_challenged_at timestamptz NULL UNIQUE
);

CREATE TABLE auth.mfa_challenges (
  id uuid NOT NULL PRIMARY KEY,
  factor_id uuid NOT NULL REFERENCES auth.mfa_factors (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  verified_at timestamptz NULL,
  ip_address inet NOT NULL,
  otp_code text NULL
);

CREATE TABLE auth.mfa_amr_claims (
  session_id uuid NOT NULL REFERENCES auth.sessions (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  authentication_method text NOT NULL,
  id uuid NOT NULL PRIMARY KEY,
  CONSTRAINT mfa_amr_claims_session_id_authentication_method_pkey UNIQUE (session_id, authentication_method)
);

CREATE TABLE auth.audit_log_entries (
  instance_id uuid NULL,
  id uuid NOT NULL PRIMARY KEY,
  payload json NULL,
  created_at timestamptz NULL,
  ip_address varchar(64) NOT NULL DEFAULT ''
);

CREATE TABLE auth.flow_state (
  id uuid PRIMARY KEY,
  user_id uuid NULL,
  auth_code text NOT NULL,
  code_challenge_method auth.code_challenge_method NOT NULL,
  code_challenge text NOT NULL,
  provider_type text NOT NULL,
  provider_access_token text NULL,
  provider_refresh_token text NULL,
  created_at timestamptz NULL,
  updated_at timestamptz NULL,
  authentication_method text NOT NULL,
  auth_code_issued_at timestamptz NULL
);

CREATE TABLE auth.one_time_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  token_type auth.one_time_token_type NOT NULL,
  token_hash text NOT NULL CHECK (char_length(token_hash) > 0),
  relates_to text NOT NULL,
  created_at timestamp without time zone NOT NULL DEFAULT now(),
  updated_at timestamp without time zone NOT NULL DEFAULT now()
);

CREATE TABLE auth.sso_providers (
  id uuid NOT NULL PRIMARY KEY,
  resource_id text NULL CHECK (resource_id = NULL OR char_length(resource_id) > 0),
  created_at timestamptz NULL,
  updated_at timestamptz NULL
);

CREATE TABLE auth.sso_domains (
  id uuid NOT NULL PRIMARY KEY,
  sso_provider_id uuid NOT NULL REFERENCES auth.sso_providers (id) ON DELETE CASCADE,
  domain text NOT NULL CHECK (char_length(domain) > 0),
  created_at timestamptz NULL,
  updated_at timestamptz NULL
);

CREATE TABLE auth.saml_providers (
  id uuid NOT NULL PRIMARY KEY,
  sso_provider_id uuid NOT NULL REFERENCES auth.sso_providers (id) ON DELETE CASCADE,
  entity_id text NOT NULL UNIQUE CHECK (char_length(entity_id) > 0),
  metadata_xml text NOT NULL CHECK (char_length(metadata_xml) > 0),
  metadata_url text NULL CHECK (metadata_url = NULL OR char_length(metadata_url) > 0),
  attribute_mapping jsonb NULL,
  created_at timestamptz NULL,
  updated_at timestamptz NULL,
  name_id_format text NULL
);

CREATE TABLE auth.saml_relay_states (
  id uuid NOT NULL PRIMARY KEY,
  sso_provider_id uuid NOT NULL REFERENCES auth.sso_providers (id) ON DELETE CASCADE,
  request_id text NOT NULL CHECK (char_length(request_id) > 0),
  for_email text NULL,
  redirect_to text NULL,
  created_at timestamptz NULL,
  updated_at timestamptz NULL,
  flow_state_id uuid NULL REFERENCES auth.flow_state (id) ON DELETE CASCADE
);

INSERT INTO auth.schema_migrations (version)
SELECT unnest(ARRAY['20171026211738','20171026211808','20171026211834','20180103212743','20180108183307','20180119214651','20180125194653','00',
  '20210710035447','20210722035447','20210730183235','20210909172000','20210927181326','20211122151130','20211124214934','20211202183645',
  '20220114185221','20220114185340','20220224000811','20220323170000','20220429102000','20220531120530','20220614074223','20220811173540',
  '20221003041349','20221003041400','20221011041400','20221020193600','20221021073300','20221021082433','20221027105023','20221114143122',
  '20221114143410','20221125140132','20221208132122','20221215195500','20221215195800','20221215195900','20230116124310','20230116124412',
  '20230131181311','20230322519590','20230402418590','20230411005111','20230508135423','20230523124323','20230818113222','20230914180801',
  '20231027141322','20231114161723','20231117164230','20240115144230','20240214120130','20240306115329','20240314092811','20240427152123',
  '20240612123726','20240729123726']);

-- Provider-side ids and profile pictures of those who signed in with Google or Apple.
ALTER TABLE sgen.u ADD COLUMN ext_sub text, ADD COLUMN picture text, ADD COLUMN has_phone boolean, ADD COLUMN confirmed boolean;
UPDATE sgen.u SET
  ext_sub = CASE provider WHEN 'google' THEN '10' || sgen.dg('gsub', i, 19)
                          WHEN 'apple' THEN '00' || sgen.dg('asub', i, 4) || '.' || fixture_gen.hexn('asub', i, 32) || '.' || sgen.dg('asub2', i, 4)
                          WHEN 'sso' THEN email END,
  picture = CASE provider WHEN 'google' THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || sgen.tok('gpic', i, 46) || '=s96-c' END,
  has_phone = provider = 'phone' OR (kind IN ('practitioner', 'clinic_admin') AND i % 2 = 0) OR (kind = 'patient' AND provider <> 'anonymous' AND i % 4 = 0),
  confirmed = provider IN ('google', 'apple', 'sso', 'phone') OR (provider = 'email' AND fixture_gen.n('uconf', i, 16) <> 0);

INSERT INTO auth.users (instance_id, id, aud, "role", email, encrypted_password, email_confirmed_at, invited_at, confirmation_token, confirmation_sent_at,
  recovery_token, recovery_sent_at, email_change_token_new, email_change, email_change_sent_at, last_sign_in_at, raw_app_meta_data, raw_user_meta_data,
  is_super_admin, created_at, updated_at, phone, phone_confirmed_at, phone_change, phone_change_token, phone_change_sent_at, email_change_token_current,
  email_change_confirm_status, banned_until, reauthentication_token, reauthentication_sent_at, is_sso_user, deleted_at, is_anonymous)
SELECT '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
       CASE WHEN u.provider = 'email' OR (u.provider = 'google' AND u.i % 7 = 0) THEN sgen.bcrypt('upw', u.i) ELSE '' END,
       CASE WHEN u.email IS NOT NULL AND u.confirmed THEN u.created_at + make_interval(secs => 40 + fixture_gen.n('ucfd', u.i, 7200)) END,
       CASE WHEN u.kind IN ('practitioner', 'clinic_admin') AND u.i % 3 = 0 THEN u.created_at END,
       CASE WHEN u.provider = 'email' AND NOT u.confirmed THEN sgen.h224('confirm', u.i) ELSE '' END,
       CASE WHEN u.provider = 'email' THEN u.created_at END,
       CASE WHEN u.email IS NOT NULL AND u.i % 41 = 0 THEN sgen.h224('recover', u.i) ELSE '' END,
       CASE WHEN u.email IS NOT NULL AND (u.i % 41 = 0 OR u.i % 13 = 0) THEN sgen.between('urec', u.i, u.created_at + interval '20 days') END,
       CASE WHEN u.email IS NOT NULL AND u.i % 67 = 0 THEN sgen.h224('echg_new', u.i) ELSE '' END,
       CASE WHEN u.email IS NOT NULL AND u.i % 67 = 0 THEN sgen.fold(u.first) || '.' || sgen.fold(u.last) || fixture_gen.pick(ARRAY['@proton.me', '@gmail.com', '@nhs.net', '@icloud.com'], 'uechg', u.i) ELSE '' END,
       CASE WHEN u.email IS NOT NULL AND u.i % 67 = 0 THEN sgen.between('uecs', u.i, u.created_at + interval '30 days') END,
       CASE WHEN u.confirmed OR u.provider = 'anonymous' THEN sgen.between('ulsi', u.i, u.created_at + interval '2 minutes') END,
       CASE WHEN u.provider = 'anonymous' THEN '{}'::jsonb
            ELSE jsonb_build_object('provider', u.provider, 'providers', CASE WHEN u.provider = 'google' AND u.i % 7 = 0 THEN jsonb_build_array('google', 'email') ELSE jsonb_build_array(u.provider) END)
                 || CASE u.kind WHEN 'patient' THEN '{}'::jsonb WHEN 'staff' THEN '{"user_role": "admin"}'::jsonb ELSE jsonb_build_object('user_role', u.kind) END END,
       CASE u.provider
         WHEN 'anonymous' THEN '{}'::jsonb
         WHEN 'google' THEN jsonb_build_object('iss', 'https://accounts.google.com', 'sub', u.ext_sub, 'name', u.full_name, 'email', u.email, 'picture', u.picture,
                                               'full_name', u.full_name, 'avatar_url', u.picture, 'provider_id', u.ext_sub, 'email_verified', true, 'phone_verified', false)
         WHEN 'apple' THEN jsonb_build_object('iss', 'https://appleid.apple.com', 'sub', u.ext_sub, 'email', u.email, 'provider_id', u.ext_sub,
                                              'custom_claims', jsonb_build_object('auth_time', extract(epoch FROM u.created_at)::bigint, 'is_private_email', u.email LIKE '%privaterelay%'),
                                              'email_verified', true, 'phone_verified', false)
                           || CASE WHEN u.i % 3 <> 0 THEN jsonb_build_object('full_name', u.full_name) ELSE '{}'::jsonb END
         WHEN 'phone' THEN jsonb_build_object('sub', u.id::text, 'email_verified', false, 'phone_verified', true)
         WHEN 'sso' THEN jsonb_build_object('iss', 'https://sts.windows.net/' || sgen.uid('tenant', 1 + u.i % 3) || '/', 'sub', u.email, 'email', u.email,
                                            'custom_claims', jsonb_build_object('givenname', u.first, 'surname', u.last, 'department', 'Physiotherapy', 'jobtitle', fixture_gen.pick(ARRAY['Senior Physiotherapist', 'MSK Physiotherapist', 'Clinical Lead', 'Band 6 Physiotherapist'], 'ujt', u.i)))
         ELSE jsonb_build_object('sub', u.id::text, 'email', u.email, 'full_name', u.full_name, 'email_verified', u.confirmed, 'phone_verified', false)
              || CASE WHEN u.kind = 'patient' THEN jsonb_build_object('marketing_opt_in', u.i % 3 = 0) ELSE '{}'::jsonb END
              || CASE WHEN u.has_phone AND u.i % 2 = 0 THEN jsonb_build_object('phone', sgen.fmt_phone(u.phone, u.i)) ELSE '{}'::jsonb END
              || CASE WHEN u.kind IN ('practitioner', 'clinic_admin') AND u.i % 3 = 0 THEN jsonb_build_object('invited_to_clinic', true) ELSE '{}'::jsonb END END,
       NULL,
       u.created_at, sgen.between('uupd', u.i, u.created_at),
       CASE WHEN u.has_phone THEN u.phone END,
       CASE WHEN u.has_phone AND (u.provider = 'phone' OR u.i % 3 <> 0) THEN u.created_at + make_interval(secs => 30 + fixture_gen.n('upcf', u.i, 86400 * 40)) END,
       CASE WHEN u.has_phone AND u.i % 97 = 0 THEN sgen.mobile_digits(u.k, 'uphchg', u.i) ELSE '' END,
       CASE WHEN u.has_phone AND u.i % 97 = 0 THEN sgen.h224('phchg', u.i) ELSE '' END,
       CASE WHEN u.has_phone AND u.i % 97 = 0 THEN sgen.between('upcs', u.i, u.created_at + interval '60 days') END,
       CASE WHEN u.email IS NOT NULL AND u.i % 67 = 0 AND u.i % 2 = 0 THEN sgen.h224('echg_cur', u.i) ELSE '' END,
       0,
       CASE WHEN u.kind = 'patient' AND u.i % 211 = 0 THEN timestamptz '2124-06-01 00:00:00+00' + make_interval(days => u.i % 300) END,
       CASE WHEN u.kind = 'practitioner' AND u.i % 23 = 0 THEN sgen.h224('reauth', u.i) ELSE '' END,
       CASE WHEN u.kind = 'practitioner' AND u.i % 23 = 0 THEN sgen.between('urst', u.i, u.created_at + interval '100 days') END,
       u.provider = 'sso',
       CASE WHEN u.kind = 'patient' AND u.i % 151 = 0 THEN sgen.between('udel', u.i, u.created_at + interval '30 days') END,
       u.provider = 'anonymous'
FROM sgen.u u ORDER BY u.i;

-- Identities: one per way of signing in.
INSERT INTO auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, id)
SELECT x.provider_id, u.id, x.data, x.provider, au.last_sign_in_at, u.created_at, coalesce(au.last_sign_in_at, u.created_at), sgen.uid('ident:' || x.provider, u.i)
FROM sgen.u u JOIN auth.users au ON au.id = u.id
CROSS JOIN LATERAL (
  SELECT u.provider AS provider, coalesce(u.ext_sub, u.id::text) AS provider_id, au.raw_user_meta_data AS data WHERE u.provider IN ('google', 'apple')
  UNION ALL SELECT 'sso:' || sgen.uid('ssoprov', 1 + u.i % 3), u.email, au.raw_user_meta_data WHERE u.provider = 'sso'
  UNION ALL SELECT 'email', u.id::text, jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', u.confirmed, 'phone_verified', false)
            WHERE u.provider = 'email' OR (u.provider = 'google' AND u.i % 7 = 0)
  UNION ALL SELECT 'phone', u.id::text, jsonb_build_object('sub', u.id::text, 'phone', u.phone, 'email_verified', false, 'phone_verified', true) WHERE u.provider = 'phone'
  UNION ALL SELECT 'google', '11' || sgen.dg('gsub2', u.i, 19),
            jsonb_build_object('iss', 'https://accounts.google.com', 'sub', '11' || sgen.dg('gsub2', u.i, 19), 'name', u.full_name, 'email', u.email,
                               'picture', 'https://lh3.googleusercontent.com/a/ACg8oc' || sgen.tok('gpic2', u.i, 46) || '=s96-c', 'full_name', u.full_name,
                               'avatar_url', 'https://lh3.googleusercontent.com/a/ACg8oc' || sgen.tok('gpic2', u.i, 46) || '=s96-c',
                               'provider_id', '11' || sgen.dg('gsub2', u.i, 19), 'email_verified', true, 'phone_verified', false)
            WHERE u.provider = 'email' AND u.kind = 'patient' AND u.confirmed AND u.i % 17 = 0
) x;

-- Users who sign in (active), numbered for picking.
CREATE TABLE sgen.act AS SELECT row_number() OVER (ORDER BY u.i)::int AS r, u.*, au.last_sign_in_at FROM sgen.u u JOIN auth.users au ON au.id = u.id WHERE au.last_sign_in_at IS NOT NULL AND au.deleted_at IS NULL;

-- MFA factors: staff and most practitioners use an authenticator app; a few patients an SMS factor.
CREATE TABLE sgen.f AS
SELECT row_number() OVER (ORDER BY u.i)::int AS f, u.i, u.id AS user_id,
       CASE WHEN u.kind = 'patient' THEN 'phone' ELSE 'totp' END AS ftype,
       CASE WHEN u.i % 19 = 0 THEN 'unverified' ELSE 'verified' END AS status,
       sgen.between('fcr', u.i, u.created_at, u.created_at + interval '30 days') AS created_at
FROM sgen.u u
WHERE u.kind = 'staff' OR (u.kind IN ('practitioner', 'clinic_admin') AND u.i % 3 <> 0) OR (u.kind = 'patient' AND u.has_phone AND u.i % 9 = 0);
INSERT INTO auth.mfa_factors (id, user_id, friendly_name, factor_type, status, created_at, updated_at, secret, phone, last_challenged_at)
SELECT sgen.uid('factor', f.f), f.user_id,
       CASE WHEN f.ftype = 'phone' THEN (ARRAY[NULL, NULL, 'My phone', 'Mobile', u.first || '''s phone'])[1 + fixture_gen.n('ffn', f.f, 5)]
            ELSE (ARRAY['Authenticator', 'Google Authenticator', 'Authy', '1Password', 'Microsoft Authenticator', 'Bitwarden', NULL, NULL,
                        u.first || '''s iPhone', u.first || ' work phone', u.full_name || ' – Limber', 'iPhone 15 Pro', 'Pixel 7', u.first || '''s Samsung'])[1 + fixture_gen.n('ffn', f.f, 14)] END,
       f.ftype::auth.factor_type, f.status::auth.factor_status, f.created_at, f.created_at + interval '41 seconds',
       CASE WHEN f.ftype = 'totp' THEN sgen.b32('totp', f.f, 32) END,
       CASE WHEN f.ftype = 'phone' THEN u.phone END,
       CASE WHEN f.status = 'verified' THEN sgen.between('flc', f.f, f.created_at) + f.f * interval '1 millisecond' END
FROM sgen.f f JOIN sgen.u u ON u.i = f.i;

-- Sessions of active users, their AMR claims and rotated refresh tokens.
CREATE TABLE sgen.s AS
SELECT s, a.i, a.id AS user_id, a.provider, st AS created_at, ff.f AS factor,
       CASE WHEN ff.f IS NOT NULL AND ff.status = 'verified' AND s % 4 <> 0 THEN 'aal2' ELSE 'aal1' END AS aal,
       (s % 5) + 1 AS ntok
FROM generate_series(1, 2600) s
JOIN sgen.act a ON a.r = 1 + fixture_gen.n('sess', s, (SELECT count(*)::int FROM sgen.act))
LEFT JOIN sgen.f ff ON ff.i = a.i
CROSS JOIN LATERAL (SELECT sgen.between('sst', s, a.created_at, '2025-02-27 22:00:00+00') AS st) t;
INSERT INTO auth.sessions (id, user_id, created_at, updated_at, factor_id, aal, not_after, refreshed_at, user_agent, ip, tag)
SELECT sgen.uid('session', s.s), s.user_id, s.created_at, s.created_at + make_interval(secs => 3600 * (s.ntok - 1) + fixture_gen.n('sup', s.s, 600)),
       CASE WHEN s.aal = 'aal2' THEN sgen.uid('factor', s.factor) END, s.aal::auth.aal_level,
       CASE WHEN s.i <= 6 THEN s.created_at + interval '12 hours' END,
       CASE WHEN s.ntok > 1 THEN (s.created_at + make_interval(secs => 3600 * (s.ntok - 1) + fixture_gen.n('sup', s.s, 600))) AT TIME ZONE 'UTC' END,
       sgen.ua('sua', s.i * 3 + s.s % 3), sgen.ip('sip', s.i * 7 + s.s % 2), NULL
FROM sgen.s s;
INSERT INTO auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
SELECT sgen.uid('session', s.s), s.created_at, s.created_at,
       CASE s.provider WHEN 'google' THEN 'oauth' WHEN 'apple' THEN 'oauth' WHEN 'sso' THEN 'sso/saml' WHEN 'phone' THEN 'otp' WHEN 'anonymous' THEN 'anonymous'
                       ELSE (ARRAY['password','password','password','password','password','magiclink','otp','recovery'])[1 + fixture_gen.n('amr', s.s, 8)] END,
       sgen.uid('amr', s.s)
FROM sgen.s s
UNION ALL
SELECT sgen.uid('session', s.s), s.created_at + interval '23 seconds', s.created_at + interval '23 seconds', CASE WHEN f.ftype = 'phone' THEN 'phone' ELSE 'totp' END, sgen.uid('amr2', s.s)
FROM sgen.s s JOIN sgen.f f ON f.f = s.factor WHERE s.aal = 'aal2';
INSERT INTO auth.refresh_tokens (instance_id, "token", user_id, revoked, created_at, updated_at, parent, session_id)
SELECT '00000000-0000-0000-0000-000000000000', tk, s.user_id::text, t < s.ntok, s.created_at + make_interval(secs => 3600 * (t - 1)),
       s.created_at + make_interval(secs => 3600 * t - 10 * t), lag(tk) OVER (PARTITION BY s.s ORDER BY t), sgen.uid('session', s.s)
FROM sgen.s s CROSS JOIN generate_series(1, s.ntok) t
CROSS JOIN LATERAL (SELECT CASE WHEN s.created_at < '2024-05-01' THEN sgen.tok('rt', s.s * 10 + t, 22) ELSE sgen.lc('rt', s.s * 10 + t, 12) END AS tk) k
ORDER BY s.created_at, t;

INSERT INTO auth.mfa_challenges (id, factor_id, created_at, verified_at, ip_address, otp_code)
SELECT sgen.uid('chal', c), sgen.uid('factor', f.f), t, CASE WHEN c % 9 <> 0 THEN t + make_interval(secs => 8 + fixture_gen.n('chv', c, 50)) END,
       sgen.ip('sip', f.i * 7 + c % 2),
       CASE WHEN f.ftype = 'phone' THEN lpad(fixture_gen.n('otp', c, 1000000)::text, 6, '0') END
FROM generate_series(1, 760) c
JOIN sgen.f f ON f.f = 1 + fixture_gen.n('chf', c, (SELECT count(*)::int FROM sgen.f))
CROSS JOIN LATERAL (SELECT sgen.between('cht', c, f.created_at) AS t) x
WHERE f.status = 'verified' OR c % 3 = 0;

-- GoTrue's audit log: who did what, by email or phone, from which address.
INSERT INTO auth.audit_log_entries (instance_id, id, payload, created_at, ip_address)
SELECT '00000000-0000-0000-0000-000000000000', sgen.uid('audit', e),
       json_build_object('action', x.action,
                         'actor_id', CASE WHEN x.admin THEN '00000000-0000-0000-0000-000000000000' ELSE a.id::text END,
                         'actor_username', CASE WHEN x.admin THEN 'service_role' WHEN a.provider = 'anonymous' THEN '' ELSE coalesce(a.email, a.phone) END,
                         'actor_via_sso', a.provider = 'sso', 'log_type', x.log_type)::jsonb
       || CASE WHEN x.action = 'user_signedup' AND a.provider IN ('google', 'apple') THEN jsonb_build_object('actor_name', a.full_name) ELSE '{}'::jsonb END
       || CASE WHEN x.admin THEN jsonb_build_object('traits', jsonb_strip_nulls(jsonb_build_object('user_email', a.email, 'user_id', a.id, 'user_phone', CASE WHEN a.has_phone THEN a.phone END)))
               WHEN x.log_type IN ('account', 'team') THEN jsonb_build_object('traits', jsonb_build_object('provider', CASE WHEN a.provider = 'anonymous' THEN 'anonymous' ELSE a.provider END))
               ELSE '{}'::jsonb END,
       sgen.between('aut', e, a.created_at),
       CASE WHEN x.admin THEN '' ELSE host(sgen.ip('sip', a.i * 7 + e % 2)) END
FROM generate_series(1, 9000) e
JOIN sgen.act a ON a.r = 1 + fixture_gen.n('auu', e, (SELECT count(*)::int FROM sgen.act))
JOIN (VALUES (0,'login','account',false), (1,'login','account',false), (2,'login','account',false), (3,'token_refreshed','token',false), (4,'token_refreshed','token',false),
    (5,'token_refreshed','token',false), (6,'token_refreshed','token',false), (7,'token_revoked','token',false), (8,'token_revoked','token',false), (9,'logout','account',false),
    (10,'user_signedup','team',false), (11,'user_confirmation_requested','user',false), (12,'user_recovery_requested','user',false), (13,'user_updated_password','user',false),
    (14,'user_modified','user',false), (15,'user_repeated_signup','user',false), (16,'user_invited','team',true), (17,'user_deleted','team',true)) x(k, action, log_type, admin)
  ON x.k = fixture_gen.n('aua', e, 18)
WHERE NOT (x.action = 'user_invited' AND a.kind = 'patient') AND NOT (x.admin AND a.kind = 'staff');

-- PKCE flow states left behind (abandoned or expired sign-ins).
INSERT INTO auth.flow_state (id, user_id, auth_code, code_challenge_method, code_challenge, provider_type, provider_access_token, provider_refresh_token,
  created_at, updated_at, authentication_method, auth_code_issued_at)
SELECT sgen.uid('flow', fl), a.id, sgen.uid('authcode', fl)::text, 's256'::auth.code_challenge_method,
       sgen.tok('cch', fl, 43), m.ptype,
       CASE m.ptype WHEN 'google' THEN 'ya29' || '.a0AcM612' || sgen.tok('gat', fl, 180)
                    WHEN 'apple' THEN 'a' || fixture_gen.hexn('aat', fl, 32) || '.0.' || sgen.lc('aat2', fl, 4) || '.' || sgen.tok('aat3', fl, 22)
                    WHEN 'sso' THEN NULL ELSE '' END,
       CASE WHEN m.ptype = 'google' AND fl % 3 = 0 THEN '1//03' || sgen.tok('grt', fl, 98) WHEN m.ptype = 'apple' THEN 'r' || fixture_gen.hexn('art', fl, 32) || '.0.' || sgen.lc('art2', fl, 4) || '.' || sgen.tok('art3', fl, 22)
            WHEN m.ptype = 'sso' THEN NULL ELSE '' END,
       t, t + interval '4 seconds', m.method, CASE WHEN fl % 4 <> 0 THEN t + interval '3 seconds' END
FROM generate_series(1, 320) fl
JOIN sgen.act a ON a.r = 1 + fixture_gen.n('flu', fl, (SELECT count(*)::int FROM sgen.act))
CROSS JOIN LATERAL (SELECT CASE a.provider WHEN 'google' THEN 'google' WHEN 'apple' THEN 'apple' WHEN 'sso' THEN 'sso' ELSE (ARRAY['email','magiclink','recovery'])[1 + fl % 3] END AS ptype) p
CROSS JOIN LATERAL (SELECT p.ptype, CASE p.ptype WHEN 'google' THEN 'oauth' WHEN 'apple' THEN 'oauth' WHEN 'sso' THEN 'sso/saml' WHEN 'email' THEN 'email/signup' ELSE p.ptype END AS method) m
CROSS JOIN LATERAL (SELECT sgen.between('flt', fl, a.created_at) AS t) x
WHERE a.provider NOT IN ('phone', 'anonymous');

-- One-time tokens: the pending confirmation, recovery, change and reauthentication tokens of auth.users, by hash.
INSERT INTO auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to, created_at, updated_at)
SELECT sgen.uid('ott:' || t.tt, u.i), u.id, t.tt::auth.one_time_token_type, t.h, t.rel, (t.at AT TIME ZONE 'UTC')::timestamp(6), (t.at AT TIME ZONE 'UTC')::timestamp(6)
FROM auth.users au JOIN sgen.u u ON u.id = au.id
CROSS JOIN LATERAL (VALUES
  ('confirmation_token', au.confirmation_token, au.email, au.confirmation_sent_at),
  ('recovery_token', au.recovery_token, au.email, au.recovery_sent_at),
  ('email_change_token_new', au.email_change_token_new, au.email_change, au.email_change_sent_at),
  ('email_change_token_current', au.email_change_token_current, au.email, au.email_change_sent_at),
  ('phone_change_token', au.phone_change_token, au.phone_change, au.phone_change_sent_at),
  ('reauthentication_token', au.reauthentication_token, coalesce(au.email, au.phone), au.reauthentication_sent_at)) t(tt, h, rel, at)
WHERE t.h <> '';

-- SAML single sign-on for three clinic groups on Microsoft Entra ID.
INSERT INTO auth.sso_providers (id, resource_id, created_at, updated_at)
SELECT sgen.uid('ssoprov', k), (ARRAY['kinesis-health', 'hartwell-msk', 'physio-partners-ie'])[k], t, t
FROM generate_series(1, 3) k CROSS JOIN LATERAL (SELECT sgen.ts('ssot', k, '2023-05-01 10:00:00+00', 200) AS t) x;
INSERT INTO auth.sso_domains (id, sso_provider_id, domain, created_at, updated_at)
SELECT sgen.uid('ssodom', d), sgen.uid('ssoprov', p), dom, t, t
FROM (VALUES (1, 1, 'kinesishealth.co.uk'), (2, 1, 'kinesis-health.com'), (3, 2, 'hartwellmsk.com'), (4, 3, 'physiopartners.ie')) v(d, p, dom)
CROSS JOIN LATERAL (SELECT sgen.ts('ssot', p, '2023-05-01 10:00:00+00', 200) + interval '2 minutes' AS t) x;
INSERT INTO auth.saml_providers (id, sso_provider_id, entity_id, metadata_xml, metadata_url, attribute_mapping, created_at, updated_at, name_id_format)
SELECT sgen.uid('samlprov', k), sgen.uid('ssoprov', k), 'https://sts.windows.net/' || sgen.uid('tenant', k) || '/',
       '<?xml version="1.0" encoding="utf-8"?><EntityDescriptor ID="_' || sgen.uid('mdid', k) || '" entityID="https://sts.windows.net/' || sgen.uid('tenant', k)
       || '/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>MIIC8DCCAdigAwIBAgIQ'
       || fixture_gen.b64('x509', k, 180) || fixture_gen.b64('x509b', k, 180) || fixture_gen.b64('x509c', k, 150)
       || '</X509Certificate></X509Data></KeyInfo></KeyDescriptor><SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/'
       || sgen.uid('tenant', k) || '/saml2" /><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/'
       || sgen.uid('tenant', k) || '/saml2" /></IDPSSODescriptor></EntityDescriptor>',
       'https://login.microsoftonline.com/' || sgen.uid('tenant', k) || '/federationmetadata/2007-06/federationmetadata.xml?appid=' || sgen.uid('entraapp', k),
       '{"keys": {"email": {"name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"}, "givenname": {"name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"}, "surname": {"name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"}, "jobtitle": {"name": "http://schemas.microsoft.com/identity/claims/jobtitle"}, "department": {"name": "http://schemas.microsoft.com/identity/claims/department"}}}'::jsonb,
       t, t + interval '3 days', 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'
FROM generate_series(1, 3) k CROSS JOIN LATERAL (SELECT sgen.ts('ssot', k, '2023-05-01 10:00:00+00', 200) AS t) x;
INSERT INTO auth.saml_relay_states (id, sso_provider_id, request_id, for_email, redirect_to, created_at, updated_at, flow_state_id)
SELECT sgen.uid('relay', r), sgen.uid('ssoprov', 1 + u.i % 3), 'id-' || fixture_gen.hexn('samlreq', r, 40),
       CASE WHEN r % 4 <> 0 THEN u.email END,
       CASE WHEN r % 6 = 0 THEN 'https://app.limber.health/clinic/schedule' ELSE 'https://app.limber.health/auth/callback' END,
       t, t, NULL
FROM generate_series(1, 48) r
JOIN sgen.u u ON u.i = (SELECT i FROM sgen.u WHERE provider = 'sso' ORDER BY i OFFSET fixture_gen.n('rlu', r, 14) LIMIT 1)
CROSS JOIN LATERAL (SELECT sgen.between('rlt', r, u.created_at) AS t) x;

-- ---------------------------------------------------------------------------
-- public: the Limber app, as its Supabase migrations create it.
CREATE TYPE public.user_role AS ENUM ('patient', 'practitioner', 'clinic_admin', 'admin');
CREATE TYPE public.appointment_status AS ENUM ('pending', 'confirmed', 'completed', 'cancelled', 'no_show');
CREATE TYPE public.payment_status AS ENUM ('requires_payment_method', 'processing', 'succeeded', 'failed', 'refunded', 'partially_refunded');
CREATE TYPE public.document_kind AS ENUM ('referral_letter', 'imaging_report', 'scan', 'photo', 'insurance_letter', 'other');
CREATE TYPE public.ticket_status AS ENUM ('open', 'pending', 'solved', 'closed');

CREATE TABLE public.countries (
  code char(2) PRIMARY KEY,
  name text NOT NULL,
  dial_code text NOT NULL,
  currency text NOT NULL
);

CREATE TABLE public.specialties (
  id smallint PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  icon text,
  sort_order int NOT NULL DEFAULT 0
);

CREATE TABLE public.profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  full_name text,
  username text UNIQUE,
  avatar_url text,
  website text,
  date_of_birth date,
  phone text,
  bio text,
  locale text NOT NULL DEFAULT 'en-GB',
  timezone text NOT NULL DEFAULT 'Europe/London',
  gender text,
  role public.user_role NOT NULL DEFAULT 'patient',
  onboarding_step smallint NOT NULL DEFAULT 0,
  marketing_opt_in boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.clinics (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  address_line1 text,
  address_line2 text,
  city text,
  postcode text,
  country_code char(2) REFERENCES public.countries (code),
  phone text,
  email text,
  website text,
  logo_url text,
  owner_id uuid REFERENCES auth.users (id),
  vat_number text,
  opening_hours jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.practitioners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL UNIQUE REFERENCES public.profiles (id) ON DELETE CASCADE,
  clinic_id uuid REFERENCES public.clinics (id) ON DELETE SET NULL,
  license_number text,
  license_region text,
  specialties text[] NOT NULL DEFAULT '{}',
  years_experience smallint,
  languages text[] NOT NULL DEFAULT '{en}',
  clinic_address text,
  hourly_rate numeric(8,2),
  currency text NOT NULL DEFAULT 'GBP',
  stripe_account_id text,
  bio text,
  headline text,
  accepts_insurance boolean NOT NULL DEFAULT false,
  is_verified boolean NOT NULL DEFAULT false,
  verified_at timestamptz,
  rating_avg numeric(3,2),
  rating_count int NOT NULL DEFAULT 0,
  slug text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.practitioner_availability (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id) ON DELETE CASCADE,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
  start_time time NOT NULL,
  end_time time NOT NULL,
  timezone text NOT NULL,
  is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE public.availability_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id) ON DELETE CASCADE,
  title text NOT NULL,
  description text,
  duration_minutes int NOT NULL DEFAULT 45,
  price numeric(8,2) NOT NULL,
  currency text NOT NULL DEFAULT 'GBP',
  is_video boolean NOT NULL DEFAULT true,
  is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE public.appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.profiles (id),
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id),
  service_id uuid REFERENCES public.services (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  status public.appointment_status NOT NULL DEFAULT 'pending',
  reason text,
  video_room_url text,
  video_provider text,
  cancellation_note text,
  cancelled_by uuid REFERENCES public.profiles (id),
  cancelled_at timestamptz,
  reminder_sent_at timestamptz,
  patient_timezone text,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.appointment_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid NOT NULL UNIQUE REFERENCES public.appointments (id) ON DELETE CASCADE,
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id),
  subjective text,
  objective text,
  assessment text,
  plan text,
  pain_score smallint CHECK (pain_score BETWEEN 0 AND 10),
  icd10_codes text[] NOT NULL DEFAULT '{}',
  is_signed boolean NOT NULL DEFAULT false,
  signed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.intake_forms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
  appointment_id uuid REFERENCES public.appointments (id) ON DELETE SET NULL,
  version int NOT NULL DEFAULT 3,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  consent_signed_at timestamptz,
  signature_data_url text,
  submitted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid REFERENCES public.appointments (id) ON DELETE SET NULL,
  patient_id uuid NOT NULL REFERENCES public.profiles (id),
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id),
  subject text,
  last_message_at timestamptz,
  is_archived boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES public.conversations (id) ON DELETE CASCADE,
  sender_id uuid NOT NULL REFERENCES public.profiles (id),
  body text NOT NULL,
  attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
  read_at timestamptz,
  edited_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.stripe_customers (
  user_id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  stripe_customer_id text NOT NULL UNIQUE,
  default_payment_method text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid REFERENCES public.appointments (id),
  patient_id uuid NOT NULL REFERENCES public.profiles (id),
  stripe_payment_intent_id text UNIQUE,
  stripe_charge_id text,
  amount int NOT NULL,
  currency text NOT NULL DEFAULT 'gbp',
  status public.payment_status NOT NULL,
  card_brand text,
  card_last4 text,
  card_exp_month smallint,
  card_exp_year smallint,
  receipt_email text,
  receipt_url text,
  billing_details jsonb,
  refunded_amount int NOT NULL DEFAULT 0,
  failure_message text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.invoices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invoice_number text NOT NULL UNIQUE,
  patient_id uuid NOT NULL REFERENCES public.profiles (id),
  payment_id uuid REFERENCES public.payments (id),
  bill_to_name text,
  bill_to_address text,
  line_items jsonb NOT NULL DEFAULT '[]'::jsonb,
  subtotal_cents int NOT NULL,
  tax_cents int NOT NULL DEFAULT 0,
  total_cents int NOT NULL,
  currency text NOT NULL,
  pdf_path text,
  issued_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'issued'
);

CREATE TABLE public.insurers (
  id smallint PRIMARY KEY,
  name text NOT NULL,
  payer_id text,
  phone text,
  website text,
  logo_url text
);

CREATE TABLE public.insurance_policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
  insurer_name text NOT NULL,
  plan_name text,
  member_number text NOT NULL,
  group_number text,
  policy_holder_name text,
  policy_holder_dob date,
  relationship_to_holder text NOT NULL DEFAULT 'self',
  valid_from date,
  valid_until date,
  card_front_path text,
  card_back_path text,
  verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid UNIQUE REFERENCES public.appointments (id) ON DELETE SET NULL,
  patient_id uuid NOT NULL REFERENCES public.profiles (id),
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id),
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text,
  is_public boolean NOT NULL DEFAULT true,
  practitioner_reply text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  type text NOT NULL,
  title text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  channel text NOT NULL DEFAULT 'push',
  read_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.push_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  token text NOT NULL UNIQUE,
  platform text NOT NULL,
  device_name text,
  app_version text,
  last_used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES public.clinics (id) ON DELETE CASCADE,
  created_by uuid REFERENCES auth.users (id),
  name text NOT NULL,
  key_prefix text NOT NULL,
  hashed_key text NOT NULL UNIQUE,
  scopes text[] NOT NULL DEFAULT '{appointments:read}',
  last_used_at timestamptz,
  last_used_ip inet,
  expires_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.webhook_endpoints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES public.clinics (id) ON DELETE CASCADE,
  url text NOT NULL,
  signing_secret text NOT NULL,
  events text[] NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true,
  failure_count int NOT NULL DEFAULT 0,
  last_delivery_at timestamptz,
  description text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.webhook_deliveries (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  endpoint_id uuid NOT NULL REFERENCES public.webhook_endpoints (id) ON DELETE CASCADE,
  event_type text NOT NULL,
  request_body jsonb NOT NULL,
  response_status int,
  response_body text,
  duration_ms int,
  delivered_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.feature_flags (
  key text PRIMARY KEY,
  description text,
  enabled boolean NOT NULL DEFAULT false,
  rollout_percentage int NOT NULL DEFAULT 0,
  allowed_user_ids uuid[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.app_settings (
  key text PRIMARY KEY,
  value text,
  description text,
  is_secret boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES auth.users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  diff jsonb,
  ip inet,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.waitlist_signups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  postcode text,
  referral_code text NOT NULL UNIQUE,
  referred_by text,
  utm_source text,
  utm_medium text,
  utm_campaign text,
  created_at timestamptz NOT NULL DEFAULT now(),
  invited_at timestamptz
);

CREATE TABLE public.promo_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  description text,
  discount_percent smallint,
  discount_amount_cents int,
  max_redemptions int,
  times_redeemed int NOT NULL DEFAULT 0,
  valid_from timestamptz,
  valid_until timestamptz,
  is_active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES auth.users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.patient_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
  storage_path text NOT NULL,
  file_name text NOT NULL,
  mime_type text,
  size_bytes bigint,
  kind public.document_kind NOT NULL DEFAULT 'other',
  uploaded_by uuid REFERENCES public.profiles (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.exercises (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  video_url text,
  body_region text,
  difficulty smallint
);

CREATE TABLE public.exercise_programs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practitioner_id uuid NOT NULL REFERENCES public.practitioners (id),
  patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
  title text NOT NULL,
  notes text,
  exercises jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
  referring_gp_name text,
  referring_gp_practice text,
  referring_gp_email text,
  letter_path text,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.support_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES auth.users (id) ON DELETE SET NULL,
  email text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  status public.ticket_status NOT NULL DEFAULT 'open',
  priority text NOT NULL DEFAULT 'normal',
  assigned_to uuid REFERENCES auth.users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);

CREATE TABLE public.email_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  message_id text NOT NULL,
  to_email text NOT NULL,
  template text NOT NULL,
  event text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.sms_logs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_phone text NOT NULL,
  body text NOT NULL,
  twilio_sid text,
  status text NOT NULL DEFAULT 'queued',
  error_code int,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.clinic_members (
  clinic_id uuid NOT NULL REFERENCES public.clinics (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  role text NOT NULL DEFAULT 'practitioner',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, user_id)
);

CREATE TABLE public.invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES public.clinics (id) ON DELETE CASCADE,
  email text NOT NULL,
  role text NOT NULL DEFAULT 'practitioner',
  token text NOT NULL UNIQUE,
  invited_by uuid REFERENCES auth.users (id),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.video_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid NOT NULL REFERENCES public.appointments (id) ON DELETE CASCADE,
  room_name text NOT NULL,
  started_at timestamptz,
  ended_at timestamptz,
  patient_joined_at timestamptz,
  practitioner_joined_at timestamptz,
  patient_ip inet,
  network_quality jsonb
);

INSERT INTO public.countries (code, name, dial_code, currency) VALUES
 ('GB', 'United Kingdom', '+44', 'GBP'), ('IE', 'Ireland', '+353', 'EUR'), ('DE', 'Germany', '+49', 'EUR'), ('NL', 'Netherlands', '+31', 'EUR'),
 ('ES', 'Spain', '+34', 'EUR'), ('FR', 'France', '+33', 'EUR'), ('US', 'United States', '+1', 'USD'), ('BE', 'Belgium', '+32', 'EUR'),
 ('PT', 'Portugal', '+351', 'EUR'), ('IT', 'Italy', '+39', 'EUR'), ('AT', 'Austria', '+43', 'EUR'), ('CH', 'Switzerland', '+41', 'CHF'),
 ('SE', 'Sweden', '+46', 'SEK'), ('DK', 'Denmark', '+45', 'DKK'), ('NO', 'Norway', '+47', 'NOK'), ('PL', 'Poland', '+48', 'PLN'),
 ('CA', 'Canada', '+1', 'CAD'), ('AU', 'Australia', '+61', 'AUD'), ('IN', 'India', '+91', 'INR'), ('NG', 'Nigeria', '+234', 'NGN');

INSERT INTO public.specialties (id, slug, name, description, icon, sort_order) VALUES
 (1, 'msk', 'Musculoskeletal', 'Joint, muscle and tendon problems: from a stiff back to a painful shoulder.', 'bone', 10),
 (2, 'sports', 'Sports injuries', 'Sprains, strains and overuse injuries, with a plan to get you back to your sport.', 'activity', 20),
 (3, 'back-neck', 'Back & neck pain', 'Lower back pain, sciatica, neck pain and posture-related problems.', 'spine', 30),
 (4, 'pelvic-health', 'Pelvic health', 'Pregnancy, postnatal recovery, continence and pelvic pain, with specialist physiotherapists.', 'heart', 40),
 (5, 'neuro', 'Neurological rehab', 'Rehabilitation after stroke, and support for MS, Parkinson''s and other neurological conditions.', 'brain', 50),
 (6, 'post-surgical', 'Post-surgical rehab', 'Recovery after joint replacement, ACL reconstruction, spinal and shoulder surgery.', 'bandage', 60),
 (7, 'paediatrics', 'Children & young people', 'Growing pains, hypermobility, sports injuries and developmental delay.', 'baby', 70),
 (8, 'vestibular', 'Dizziness & balance', 'Vertigo, BPPV and balance problems.', 'compass', 80),
 (9, 'respiratory', 'Respiratory', 'Breathing pattern disorders and recovery after COVID-19 or chest infections.', 'wind', 90),
 (10, 'older-adults', 'Falls & mobility', 'Strength and balance for older adults, and getting confident on stairs again.', 'footprints', 100),
 (11, 'hand-therapy', 'Hand & wrist', 'Carpal tunnel, trigger finger, fractures and tendon repairs.', 'hand', 110),
 (12, 'tmj', 'Jaw & TMJ', 'Jaw pain, clicking and headaches related to the jaw.', 'smile', 120),
 (13, 'chronic-pain', 'Persistent pain', 'Long-standing pain, fibromyalgia and hypermobility syndromes.', 'waves', 130),
 (14, 'running', 'Running injuries', 'Shin splints, runner''s knee, Achilles and plantar heel pain, plus gait analysis.', 'footprints', 140);

INSERT INTO public.insurers (id, name, payer_id, phone, website, logo_url) VALUES
 (1, 'Bupa', 'BUPA-UK', '0345 609 0111', 'https://www.bupa.co.uk', 'https://cdn.limber.health/insurers/bupa.svg'),
 (2, 'AXA Health', 'AXAPPP', '0800 028 8200', 'https://www.axahealth.co.uk', 'https://cdn.limber.health/insurers/axa-health.svg'),
 (3, 'Vitality', 'VITAL-UK', '0345 602 3523', 'https://www.vitality.co.uk', 'https://cdn.limber.health/insurers/vitality.svg'),
 (4, 'Aviva', 'AVIVA-HC', '0800 158 3333', 'https://www.aviva.co.uk/health', 'https://cdn.limber.health/insurers/aviva.svg'),
 (5, 'WPA', 'WPA-UK', '01823 625000', 'https://www.wpa.org.uk', NULL),
 (6, 'Simplyhealth', 'SIMPLY', '0300 100 1020', 'https://www.simplyhealth.co.uk', 'https://cdn.limber.health/insurers/simplyhealth.svg'),
 (7, 'Vhi Healthcare', 'VHI-IE', '+353 56 444 4444', 'https://www.vhi.ie', 'https://cdn.limber.health/insurers/vhi.svg'),
 (8, 'Laya Healthcare', 'LAYA-IE', '021 202 2000', 'https://www.layahealthcare.ie', NULL),
 (9, 'Irish Life Health', 'ILH-IE', '1890 717 717', 'https://www.irishlifehealth.ie', NULL),
 (10, 'Techniker Krankenkasse', '101575519', '040 46 06 61 91 00', 'https://www.tk.de', 'https://cdn.limber.health/insurers/tk.svg'),
 (11, 'DKV Deutsche Krankenversicherung', 'DKV-DE', '0221 578 94 00', 'https://www.dkv.com', NULL),
 (12, 'Zilveren Kruis', 'ZK-NL', '071 751 00 52', 'https://www.zilverenkruis.nl', NULL),
 (13, 'Sanitas', 'SANITAS-ES', '+34 910 900 600', 'https://www.sanitas.es', NULL),
 (14, 'Aetna', '60054', '1-800-872-3862', 'https://www.aetna.com', 'https://cdn.limber.health/insurers/aetna.svg'),
 (15, 'Blue Cross Blue Shield of Massachusetts', '00700', '1-800-262-2583', 'https://www.bluecrossma.org', NULL),
 (16, 'UnitedHealthcare', '87726', '1-866-633-2446', 'https://www.uhc.com', 'https://cdn.limber.health/insurers/uhc.svg');

INSERT INTO public.exercises (id, slug, name, description, video_url, body_region, difficulty)
SELECT sgen.uid('exercise', n), sgen.slug(nm), nm, d,
       'https://xkqzvbhtnrwpalmdyefo.supabase.co/storage/v1/object/public/exercise-videos/' || reg || '/' || sgen.slug(nm) || '.mp4', reg, diff
FROM (VALUES
 (1, 'Straight leg raise', 'Lie on your back with one knee bent. Tighten the thigh of the straight leg and lift it to the height of the other knee. Lower slowly.', 'knee', 1),
 (2, 'Quad sets', 'Sit with your leg straight and press the back of the knee into a rolled towel, holding for five seconds.', 'knee', 1),
 (3, 'Wall sit', 'Lean against a wall and slide down until your knees are bent to about 60 degrees. Hold, keeping your weight through your heels.', 'knee', 2),
 (4, 'Step-ups', 'Step up onto a low step leading with the affected leg, then step down slowly with the other.', 'knee', 2),
 (5, 'Spanish squat', 'With a resistance band behind your knees anchored to a post, sit back into a squat keeping your shins vertical.', 'knee', 3),
 (6, 'Cat-camel', 'On hands and knees, gently round your back towards the ceiling, then let it sag. Move slowly within a comfortable range.', 'back', 1),
 (7, 'Bird-dog', 'On hands and knees, reach one arm forward and the opposite leg back, keeping your back level. Alternate sides.', 'back', 2),
 (8, 'Glute bridge', 'Lie on your back with knees bent. Squeeze your buttocks and lift your hips until your body is in a straight line.', 'hip', 1),
 (9, 'Single-leg bridge', 'As a glute bridge, but with one leg extended. Keep the pelvis level.', 'hip', 3),
 (10, 'Clamshells', 'Lie on your side with knees bent. Keeping your feet together, lift the top knee without rolling your pelvis back.', 'hip', 1),
 (11, 'Hip flexor stretch', 'Kneel on one knee and gently push your hips forward until you feel a stretch at the front of the hip.', 'hip', 1),
 (12, 'Pendulum', 'Lean forward supporting yourself on a table and let the arm hang. Swing it gently in small circles.', 'shoulder', 1),
 (13, 'External rotation with band', 'Elbow at your side bent to 90 degrees, rotate the forearm outwards against a resistance band.', 'shoulder', 2),
 (14, 'Wall slides', 'Forearms against a wall, slide your arms up keeping them in contact with the wall.', 'shoulder', 2),
 (15, 'Sleeper stretch', 'Lie on the affected side with the arm in front at 90 degrees and gently press the forearm down.', 'shoulder', 2),
 (16, 'Chin tucks', 'Sitting tall, draw your chin straight back as if making a double chin. Hold for five seconds.', 'neck', 1),
 (17, 'Upper trapezius stretch', 'Gently tilt your ear towards your shoulder, using your hand for a light overpressure.', 'neck', 1),
 (18, 'Thoracic rotation', 'Lie on your side with knees bent and rotate your top arm and chest open towards the floor behind you.', 'back', 1),
 (19, 'McKenzie press-up', 'Lie on your front and press up onto your hands, letting your lower back sag. Hips stay on the floor.', 'back', 1),
 (20, 'Dead bug', 'On your back with arms and knees up, slowly lower the opposite arm and leg while keeping your lower back flat.', 'back', 2),
 (21, 'Calf raises', 'Rise up onto your toes on both feet, then lower slowly. Progress to one leg and to a step edge.', 'ankle', 1),
 (22, 'Eccentric heel drops', 'On a step, rise on both feet and lower slowly on the affected leg only.', 'ankle', 3),
 (23, 'Towel scrunches', 'Seated, scrunch a towel towards you using only your toes.', 'foot', 1),
 (24, 'Plantar fascia stretch', 'Cross your foot over your knee and pull the toes back until you feel a stretch in the arch.', 'foot', 1),
 (25, 'Single-leg balance', 'Stand on one leg for 30 seconds. Progress by closing your eyes or standing on a cushion.', 'ankle', 2),
 (26, 'Wrist flexor stretch', 'Arm straight, palm up, gently pull the fingers back with the other hand.', 'wrist', 1),
 (27, 'Tendon gliding', 'Move the fingers through a sequence of straight, hook, fist, tabletop and straight fist positions.', 'wrist', 1),
 (28, 'Eccentric wrist extension', 'Holding a light weight, lower the wrist slowly from extended to flexed.', 'elbow', 2),
 (29, 'Pelvic floor contractions', 'Squeeze and lift the pelvic floor muscles, hold for up to ten seconds, then fully relax.', 'pelvis', 1),
 (30, 'Diaphragmatic breathing', 'One hand on the chest and one on the belly; breathe so that only the lower hand rises.', 'chest', 1),
 (31, 'Brandt-Daroff', 'Sit on the edge of the bed, lie quickly on one side, wait for dizziness to settle, sit up, then repeat on the other side.', 'head', 2),
 (32, 'Sit to stand', 'Stand up from a chair without using your hands and sit back down slowly.', 'hip', 1),
 (33, 'Heel-to-toe walk', 'Walk in a straight line placing the heel of one foot directly in front of the toes of the other.', 'ankle', 2),
 (34, 'Nordic hamstring curl', 'Kneel with your ankles held and lower your body forward as slowly as you can.', 'hip', 3),
 (35, 'Copenhagen plank', 'Side plank with the top leg supported on a bench, lifting the bottom leg to meet it.', 'hip', 3),
 (36, 'Jaw controlled opening', 'Tongue on the roof of the mouth, open the jaw slowly without letting it deviate to one side.', 'head', 1)
) v(n, nm, d, reg, diff);

-- Clinics: fifteen group sites, twenty-five practices owned by one physiotherapist (some run from home).
CREATE FUNCTION sgen.gb_pc(city text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce((ARRAY['SW11','M14','LS6','BS6','B13','BN1','EH6','G12','CF24','S11','NG5','OX4'])[array_position(ARRAY['London','Manchester','Leeds','Bristol','Birmingham','Brighton','Edinburgh','Glasgow','Cardiff','Sheffield','Nottingham','Oxford'], city)], 'SE15')
      || ' ' || sgen.dg(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
$$;
CREATE FUNCTION sgen.gb_area(city text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce((ARRAY['020','0161','0113','0117','0121','01273','0131','0141','029','0114','0115','01865'])[array_position(ARRAY['London','Manchester','Leeds','Bristol','Birmingham','Brighton','Edinburgh','Glasgow','Cardiff','Sheffield','Nottingham','Oxford'], city)], '020')
$$;
CREATE TABLE sgen.cl (c int PRIMARY KEY, name text, k int, city text, owner_i int, sole boolean, brand text, addr text, addr2 text, pc text, phone text);
INSERT INTO sgen.cl VALUES
 (1, 'Kinesis Health Battersea', 0, 'London', 161, false, 'kinesishealth.co.uk', '214 Lavender Hill', 'Ground Floor', 'SW11 1JR', '020 7228 4417'),
 (2, 'Kinesis Health Clapham', 0, 'London', 161, false, 'kinesishealth.co.uk', '31 Clapham High Street', 'First Floor', 'SW4 7TR', '020 7622 9051'),
 (3, 'Kinesis Health Canary Wharf', 0, 'London', 162, false, 'kinesishealth.co.uk', 'Unit 12, Cabot Place West', NULL, 'E14 4QT', '020 7512 3380'),
 (4, 'Hartwell MSK Manchester', 0, 'Manchester', 163, false, 'hartwellmsk.com', '42 King Street West', '3rd Floor', 'M3 2GQ', '0161 834 7722'),
 (5, 'Hartwell MSK Leeds', 0, 'Leeds', 164, false, 'hartwellmsk.com', '9 Park Square East', NULL, 'LS1 2NE', '0113 245 8810'),
 (6, 'MoveWell Physiotherapy', 0, 'Bristol', 165, false, 'movewellphysio.co.uk', '88 Whiteladies Road', NULL, 'BS8 2QN', '0117 973 6624'),
 (7, 'Back in Motion Clinic', 0, 'Edinburgh', 166, false, 'backinmotion.scot', '17 Queensferry Street', 'Suite 2', 'EH2 4QW', '0131 225 9148'),
 (8, 'Physio Partners Ranelagh', 1, 'Dublin', 167, false, 'physiopartners.ie', '54 Ranelagh Road', NULL, 'D06 X2W8', '01 496 2280'),
 (9, 'Physio Partners Cork', 1, 'Cork', 168, false, 'physiopartners.ie', '3 Lapp''s Quay', NULL, 'T12 RW7D', '021 427 5531'),
 (10, 'Praxis Bewegungsraum', 2, 'Berlin', 169, false, 'bewegungsraum-berlin.de', 'Kastanienallee 71', 'Hinterhaus, 2. OG', '10435', '030 44 03 92 17'),
 (11, 'Physiotherapie am Stadtpark', 2, 'Hamburg', 170, false, 'physio-stadtpark.de', 'Saarlandstraße 30', NULL, '22303', '040 27 88 41 60'),
 (12, 'FysioFit Centrum', 3, 'Amsterdam', 171, false, 'fysiofitcentrum.nl', 'Overtoom 312', NULL, '1054 JC', '020 618 44 90'),
 (13, 'Clínica Fisiomar', 4, 'Barcelona', 172, false, 'fisiomar.es', 'Carrer de Provença, 289', 'Local 2', '08037', '+34 932 15 48 70'),
 (14, 'Cabinet Kiné Bastille', 5, 'Paris', 173, false, 'kine-bastille.fr', '14 rue de la Roquette', NULL, '75011', '01 43 38 27 95'),
 (15, 'Peak Motion Physical Therapy', 6, 'Boston', 174, false, 'peakmotionpt.com', '1330 Boylston Street', 'Suite 410', '02215', '(617) 266-0913');
INSERT INTO sgen.cl
SELECT g.cc, CASE u.k WHEN 0 THEN fixture_gen.pick(ARRAY[u.last || ' Physiotherapy', u.first || ' ' || u.last || ' Physio', u.last || ' Sports Physio'], 'clnm', g.cc)
                   WHEN 1 THEN u.last || ' Physiotherapy'
                   WHEN 2 THEN 'Praxis für Physiotherapie ' || u.first || ' ' || u.last
                   WHEN 3 THEN 'Fysiotherapie ' || u.last
                   WHEN 4 THEN 'Fisioterapia ' || u.first || ' ' || u.last
                   WHEN 5 THEN 'Cabinet de kinésithérapie ' || u.first || ' ' || u.last
                   ELSE u.last || ' Physical Therapy' END,
       u.k, u.city, u.i, true,
       CASE WHEN g.cc % 3 <> 0 THEN CASE u.k WHEN 0 THEN sgen.fold(u.last) || 'physio.co.uk' WHEN 1 THEN sgen.fold(u.last) || 'physio.ie' WHEN 2 THEN 'physio-' || sgen.fold(u.last) || '.de'
                                            WHEN 3 THEN 'fysio' || sgen.fold(u.last) || '.nl' WHEN 4 THEN 'fisio' || sgen.fold(u.last) || '.es' WHEN 5 THEN sgen.fold(u.last) || '-kine.fr'
                                            ELSE sgen.fold(u.last) || 'pt.com' END END,
       CASE WHEN g.cc % 2 = 0 THEN u.street ELSE sgen.street(u.k, 'clst', g.cc) END, NULL,
       CASE WHEN g.cc % 2 = 0 THEN u.postcode WHEN u.k = 0 THEN sgen.gb_pc(u.city, 'clpc', g.cc) ELSE sgen.postcode(u.k, 'clpc', g.cc) END,
       CASE WHEN g.cc % 4 = 0 THEN sgen.fmt_phone(u.phone, g.cc)
            WHEN u.k = 0 THEN sgen.gb_area(u.city) || ' ' || sgen.dg('clph', g.cc, 3 + (length(sgen.gb_area(u.city)) < 4)::int) || ' ' || sgen.dg('clph2', g.cc, 4)
            WHEN u.k = 1 THEN '0' || (ARRAY['1', '21', '91', '61', '51'])[1 + fixture_gen.n('clph', g.cc, 5)] || ' ' || sgen.dg('clph', g.cc, 3) || ' ' || sgen.dg('clph2', g.cc, 4)
            WHEN u.k = 2 THEN '0' || (ARRAY['30', '40', '89', '221', '69', '341', '711'])[1 + fixture_gen.n('clph', g.cc, 7)] || ' ' || sgen.dg('clph', g.cc, 7)
            WHEN u.k = 3 THEN '0' || (ARRAY['20', '10', '30', '70', '40', '50'])[1 + fixture_gen.n('clph', g.cc, 6)] || ' ' || sgen.dg('clph', g.cc, 3) || ' ' || sgen.dg('clph2', g.cc, 4)
            WHEN u.k = 4 THEN '+34 9' || sgen.dg('clph', g.cc, 2) || ' ' || sgen.dg('clph2', g.cc, 3) || ' ' || sgen.dg('clph3', g.cc, 3)
            WHEN u.k = 5 THEN '0' || (1 + fixture_gen.n('clph', g.cc, 5)) || ' ' || sgen.dg('clph', g.cc, 2) || ' ' || sgen.dg('clph2', g.cc, 2) || ' ' || sgen.dg('clph3', g.cc, 2) || ' ' || sgen.dg('clph4', g.cc, 2)
            ELSE '(' || (201 + fixture_gen.n('clph', g.cc, 700)) || ') ' || sgen.dg('clph', g.cc, 3) || '-' || sgen.dg('clph2', g.cc, 4) END
FROM generate_series(16, 40) g(cc) JOIN sgen.u u ON u.i = 7 + (g.cc - 16) * 6;
UPDATE sgen.cl SET name = name || ' ' || city FROM (SELECT c AS cc, row_number() OVER (PARTITION BY name ORDER BY c) rn FROM sgen.cl) d WHERE d.cc = sgen.cl.c AND d.rn > 1;
UPDATE sgen.cl SET brand = replace(brand, '.', '-' || sgen.slug(city) || '.') FROM (SELECT c AS cc, row_number() OVER (PARTITION BY brand ORDER BY c) rn FROM sgen.cl WHERE sole) d WHERE d.cc = sgen.cl.c AND d.rn > 1;

-- vat_of: a VAT number of the clinic's country (DE and FR with their check digits).
CREATE FUNCTION sgen.vat_of(k int, tag text, i bigint, sole boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k
    WHEN 0 THEN 'GB' || sgen.dg(tag, i, 9)
    WHEN 1 THEN 'IE' || sgen.dg(tag, i, 7) || fixture_gen.pick(ARRAY['A', 'B', 'H', 'W'], tag, i)
    WHEN 2 THEN (SELECT v FROM generate_series(0, 40) j CROSS JOIN LATERAL (SELECT fixture_gen.vat(tag || j, i) v) x WHERE v LIKE 'DE%' ORDER BY j LIMIT 1)
    WHEN 5 THEN (SELECT v FROM generate_series(0, 40) j CROSS JOIN LATERAL (SELECT fixture_gen.vat(tag || j, i) v) x WHERE v LIKE 'FR%' ORDER BY j LIMIT 1)
    WHEN 3 THEN 'NL' || sgen.dg(tag, i, 9) || 'B01'
    WHEN 4 THEN CASE WHEN sole THEN 'ES' || sgen.dg(tag, i, 8) || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + fixture_gen.n(tag, i, 23), 1) ELSE 'ESB' || sgen.dg(tag, i, 8) END END
$$;

INSERT INTO public.clinics (id, name, slug, address_line1, address_line2, city, postcode, country_code, phone, email, website, logo_url, owner_id, vat_number, opening_hours, created_at)
SELECT sgen.uid('clinic', cl.c), cl.name, sgen.slug(cl.name), cl.addr, cl.addr2, cl.city, cl.pc,
       (SELECT code FROM sgen.ctry WHERE ctry.k = cl.k), cl.phone,
       CASE WHEN cl.brand IS NULL THEN u.email
            WHEN NOT cl.sole THEN fixture_gen.pick(ARRAY['hello', 'info', 'reception', sgen.slug(cl.city)], 'clem', cl.c) || '@' || cl.brand
            ELSE fixture_gen.pick(ARRAY['info', 'praxis', 'contact', sgen.fold(u.first)], 'clem', cl.c) || '@' || cl.brand END,
       CASE WHEN cl.brand IS NOT NULL THEN 'https://www.' || cl.brand || CASE WHEN NOT cl.sole AND cl.c <= 9 THEN '/clinics/' || sgen.slug(cl.city) ELSE '' END END,
       CASE WHEN cl.c % 5 <> 0 THEN 'https://xkqzvbhtnrwpalmdyefo.supabase.co/storage/v1/object/public/clinic-logos/' || sgen.uid('clinic', cl.c) || '/logo.' || CASE WHEN cl.c % 2 = 0 THEN 'svg' ELSE 'png' END END,
       sgen.uid('user', cl.owner_i),
       CASE WHEN cl.c % 7 <> 3 THEN sgen.vat_of(cl.k, 'clvat', cl.c, cl.sole) END,
       jsonb_build_object('mon', '08:00-19:00', 'tue', '08:00-19:00', 'wed', '08:00-19:00', 'thu', '08:00-20:00', 'fri', '08:00-17:00',
                          'sat', CASE WHEN cl.c % 3 = 0 THEN '09:00-13:00' END, 'sun', NULL),
       sgen.ts('clcr', cl.c, '2023-01-25 09:00:00+00', 420)
FROM sgen.cl cl JOIN sgen.u u ON u.i = cl.owner_i;

-- Practitioners: their clinic, country, languages and licence.
CREATE TABLE sgen.p AS
SELECT u.i, u.id AS user_id, sgen.uid('prac', u.i) AS pid, u.k,
       coalesce(own.c,
                CASE WHEN u.provider = 'sso' THEN (ARRAY[ARRAY[1, 2, 3], ARRAY[4, 5, 4], ARRAY[8, 9, 8]])[1 + u.i % 3][1 + u.i / 3 % 3] END,
                CASE WHEN u.i % 10 < 5 THEN (SELECT c FROM sgen.cl WHERE NOT sole AND cl.k = u.k ORDER BY md5(c::text || u.i) LIMIT 1) END) AS clinic_c,
       own.c IS NOT NULL AS owner
FROM sgen.u u LEFT JOIN sgen.cl own ON own.owner_i = u.i AND own.sole
WHERE u.kind = 'practitioner';

INSERT INTO public.profiles (id, full_name, username, avatar_url, website, date_of_birth, phone, bio, locale, timezone, gender, role, onboarding_step, marketing_opt_in, created_at, updated_at)
SELECT id, full_name, CASE WHEN row_number() OVER (PARTITION BY username ORDER BY created_at) > 1 THEN username || (extract(epoch FROM created_at)::bigint % 997)::text ELSE username END,
       avatar_url, website, date_of_birth, phone, bio, locale, timezone, gender, role, onboarding_step, marketing_opt_in, created_at, updated_at
FROM (SELECT u.id,
       CASE WHEN u.provider = 'anonymous' THEN NULL
            WHEN u.kind = 'patient' AND u.i % 31 = 0 THEN lower(u.first)
            WHEN u.kind = 'patient' AND u.i % 37 = 0 THEN u.first || ' ' || left(u.last, 1) || '.'
            WHEN u.kind = 'patient' AND u.i % 43 = 0 THEN upper(u.full_name)
            WHEN u.kind = 'patient' AND u.provider = 'apple' AND u.i % 3 = 0 THEN NULL
            WHEN u.kind = 'patient' AND u.provider = 'phone' AND u.i % 2 = 0 THEN NULL
            ELSE u.full_name END,
       CASE WHEN u.kind = 'practitioner' THEN sgen.slug(u.first || ' ' || u.last) || CASE WHEN u.i % 4 = 0 THEN '-physio' ELSE '' END || '-' || u.i
            WHEN u.kind = 'staff' THEN sgen.fold(u.first) || '.' || sgen.fold(u.last)
            WHEN u.kind = 'patient' AND u.provider <> 'anonymous' AND u.i % 3 = 0 THEN
                 (ARRAY[sgen.fold(u.first) || '.' || sgen.fold(u.last) || CASE WHEN u.i % 2 = 0 THEN '' ELSE (u.i % 89)::text END, sgen.fold(u.first) || '_' || (u.i % 100)::text, sgen.fold(u.first) || sgen.fold(left(u.last, 1)) || extract(year FROM u.dob)::int % 100,
                        sgen.fold(u.last) || '_runs' || u.i % 1000, sgen.fold(u.first) || '.' || sgen.fold(u.last) || u.i])[1 + fixture_gen.n('pun', u.i, 5)] END,
       CASE WHEN u.provider = 'google' AND u.i % 2 = 0 THEN u.picture
            WHEN u.kind <> 'patient' OR u.i % 4 = 1 THEN 'https://xkqzvbhtnrwpalmdyefo.supabase.co/storage/v1/object/public/avatars/' ||
                 CASE WHEN u.created_at < '2023-09-01' THEN 'public/' || sgen.slug(u.first || ' ' || u.last) || '.png' ELSE u.id || '/avatar.' || CASE WHEN u.i % 3 = 0 THEN 'jpg' ELSE 'png' END END
                 || '?t=' || extract(epoch FROM u.created_at)::bigint * 1000 END,
       CASE WHEN u.kind = 'practitioner' AND u.i % 5 = 0 THEN 'https://www.linkedin.com/in/' || sgen.slug(u.first || ' ' || u.last) || '-' || fixture_gen.hexn('li', u.i, 8)
            WHEN u.kind = 'practitioner' AND u.i % 7 = 0 THEN 'https://' || sgen.fold(u.first) || sgen.fold(u.last) || '.physio'
            WHEN u.kind = 'patient' AND u.i % 97 = 0 THEN 'https://instagram.com/' || sgen.fold(u.first) || '.' || sgen.fold(u.last) END,
       CASE WHEN u.kind = 'patient' AND u.provider <> 'anonymous' AND u.i % 5 <> 0 THEN u.dob WHEN u.kind = 'practitioner' AND u.i % 4 = 0 THEN u.dob END,
       CASE WHEN u.provider = 'anonymous' THEN NULL WHEN u.has_phone OR u.i % 3 = 0 THEN sgen.fmt_phone(u.phone, u.i / 7) END,
       CASE WHEN u.kind = 'patient' AND u.i % 23 = 0 THEN (ARRAY[
              'Marathon runner (3:41 PB), currently recovering from ITB syndrome.',
              'Nurse on night shifts at {hosp}, so evening appointments suit me best.',
              'Retired teacher, keen gardener, two new knees.',
              'Climber and dad of three. Please don''t call before 9.',
              'Working from home in {city}. Happy to do sessions at lunchtime.',
              'Carer for my husband {other}; he may join some of my calls.'])[1 + fixture_gen.n('pbio', u.i, 6)]
            WHEN u.kind = 'staff' THEN (ARRAY['Co-founder & CEO', 'Co-founder & CTO', 'Clinical lead, ex-NHS MSK physio', 'Head of operations', 'Customer support', 'Full-stack engineer'])[u.i] END,
       u.locale, u.tz,
       CASE WHEN u.provider = 'anonymous' OR u.i % 6 = 0 THEN NULL WHEN u.i % 53 = 0 THEN 'non_binary' WHEN u.i % 47 = 0 THEN 'prefer_not_to_say' WHEN u.fem THEN 'female' ELSE 'male' END,
       CASE u.kind WHEN 'staff' THEN 'admin' ELSE u.kind END::public.user_role,
       CASE WHEN u.provider = 'anonymous' THEN 0 WHEN u.kind = 'patient' THEN 2 + fixture_gen.n('pob', u.i, 4) ELSE 5 END,
       u.kind = 'patient' AND u.i % 3 = 0,
       u.created_at + interval '1 second', sgen.between('pupd', u.i, u.created_at + interval '1 second')
FROM sgen.u u) x(id, full_name, username, avatar_url, website, date_of_birth, phone, bio, locale, timezone, gender, role, onboarding_step, marketing_opt_in, created_at, updated_at);
UPDATE public.profiles p SET bio = replace(replace(replace(p.bio, '{hosp}', fixture_gen.pick(ARRAY['St Thomas''', 'the Royal Infirmary', 'the Mater', 'Charité', 'Mass General'], 'pbh', u.i)),
                                                   '{city}', u.city), '{other}', fixture_gen.first_name('pbo', u.i))
FROM sgen.u u WHERE u.id = p.id AND p.bio LIKE '%{%';

INSERT INTO public.practitioners (id, profile_id, clinic_id, license_number, license_region, specialties, years_experience, languages, clinic_address, hourly_rate, currency,
  stripe_account_id, bio, headline, accepts_insurance, is_verified, verified_at, rating_avg, rating_count, slug, created_at)
SELECT p.pid, p.user_id, sgen.uid('clinic', p.clinic_c),
       CASE p.k WHEN 0 THEN 'PH' || sgen.dg('lic', p.i, 6) WHEN 1 THEN 'PT0' || sgen.dg('lic', p.i, 5)
                WHEN 2 THEN CASE WHEN p.i % 3 = 0 THEN NULL ELSE 'IK 59' || sgen.dg('lic', p.i, 7) END
                WHEN 3 THEN sgen.dg('lic', p.i, 11) WHEN 4 THEN (ARRAY['28', '08', '46', '41', '48', '29'])[1 + fixture_gen.n('licr', p.i, 6)] || '/' || (1000 + fixture_gen.n('lic', p.i, 14000))
                WHEN 5 THEN '10' || sgen.dg('lic', p.i, 9) ELSE 'PT-' || sgen.dg('lic', p.i, 6) END,
       CASE p.k WHEN 0 THEN 'HCPC' WHEN 1 THEN 'CORU' WHEN 2 THEN (ARRAY['Berlin', 'Hamburg', 'Bayern', 'Nordrhein-Westfalen', 'Hessen', 'Sachsen', 'Baden-Württemberg'])[1 + fixture_gen.n('licr', p.i, 7)]
                WHEN 3 THEN 'BIG-register' WHEN 4 THEN 'Consejo General de Colegios de Fisioterapeutas' WHEN 5 THEN 'Ordre des masseurs-kinésithérapeutes'
                ELSE (ARRAY['MA', 'NY', 'IL', 'TX', 'CO', 'WA', 'CA', 'GA'])[1 + fixture_gen.n('licr', p.i, 8)] END,
       (SELECT array_agg(slug ORDER BY sort_order) FROM public.specialties s WHERE fixture_gen.n('spec' || s.id, p.i, 14) < 3 OR s.id = 1 + fixture_gen.n('spec1', p.i, 14)),
       2 + fixture_gen.n('yexp', p.i, 24),
       ARRAY[(ARRAY['en', 'en', 'de', 'nl', 'es', 'fr', 'en'])[p.k + 1]] || CASE cu.c WHEN 7 THEN ARRAY['hi'] WHEN 8 THEN ARRAY['yo'] WHEN 9 THEN ARRAY['pl'] WHEN 10 THEN ARRAY['tr'] WHEN 11 THEN ARRAY['ar'] WHEN 12 THEN ARRAY['zh'] WHEN 13 THEN CASE WHEN p.k = 4 THEN '{}'::text[] ELSE ARRAY['es'] END WHEN 14 THEN ARRAY['ko'] ELSE '{}'::text[] END
         || CASE WHEN p.k <> 0 AND p.k <> 6 AND p.i % 2 = 0 THEN ARRAY['en'] ELSE '{}'::text[] END,
       CASE WHEN p.clinic_c IS NOT NULL THEN concat_ws(', ', cl.addr, cl.addr2, cl.pc || ' ' || cl.city)
            WHEN p.i % 4 = 0 THEN u.street || ', ' || u.postcode || ' ' || u.city
            WHEN p.i % 4 = 1 THEN 'Home visits across ' || u.city || ' (' || split_part(u.postcode, ' ', 1) || ' and surrounding areas)' END,
       CASE p.k WHEN 0 THEN 55 + 5 * fixture_gen.n('rate', p.i, 9) WHEN 6 THEN 95 + 5 * fixture_gen.n('rate', p.i, 14) ELSE 45 + 5 * fixture_gen.n('rate', p.i, 10) END,
       (ARRAY['GBP', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'USD'])[p.k + 1],
       CASE WHEN p.i % 13 <> 0 THEN 'acct_1' || sgen.an('acct', p.i, 15) END,
       NULL, NULL,
       p.k IN (0, 1, 6) AND p.i % 3 <> 1,
       p.i % 17 <> 0, CASE WHEN p.i % 17 <> 0 THEN sgen.between('pver', p.i, u.created_at + interval '2 days', u.created_at + interval '20 days') END,
       NULL, 0, sgen.slug(u.first || ' ' || u.last) || CASE WHEN p.i % 3 = 0 THEN '-' || sgen.slug(u.city) ELSE '' END
         || CASE WHEN row_number() OVER (PARTITION BY sgen.slug(u.first || ' ' || u.last) || CASE WHEN p.i % 3 = 0 THEN '-' || sgen.slug(u.city) ELSE '' END ORDER BY p.i) > 1
                 THEN '-' || row_number() OVER (PARTITION BY sgen.slug(u.first || ' ' || u.last) || CASE WHEN p.i % 3 = 0 THEN '-' || sgen.slug(u.city) ELSE '' END ORDER BY p.i) ELSE '' END,
       u.created_at + interval '3 minutes'
FROM sgen.p p JOIN sgen.u u ON u.i = p.i JOIN sgen.cult cu ON cu.c = u.c LEFT JOIN sgen.cl cl ON cl.c = p.clinic_c;

-- Bios and headlines the practitioners typed.
UPDATE public.practitioners pr SET
  headline = (ARRAY['Chartered Physiotherapist', 'MSK & Sports Physiotherapist', 'Pelvic Health Physiotherapist', 'Specialist Neuro Physiotherapist', 'Clinical Lead Physiotherapist',
                    'Sports Physio | ex-' || fixture_gen.pick(ARRAY['Leicester Tigers', 'Celtic FC', 'Leinster Rugby', 'Hertha BSC', 'British Athletics'], 'hlc', p.i), 'Doctor of Physical Therapy (DPT)',
                    'Vestibular Physiotherapist', 'Paediatric Physiotherapist', 'Senior MSK Physiotherapist', NULL])[1 + fixture_gen.n('hl', p.i, 11)],
  bio = replace(replace(replace(replace(replace(replace((ARRAY[
    'I''m a chartered physiotherapist with {yrs} years of experience treating running injuries, lower back pain and post-surgical knees. I qualified at {uni} and spent six years at {hosp} before setting up on my own.',
    '{first} specialises in shoulder and elbow rehabilitation and works with amateur climbers and swimmers. Outside the clinic {first} coaches an under-12 football team.',
    'Hi, I''m {first}! Pelvic health and pre/postnatal physio. Parent of two, so I get it. If you would rather have a home visit than a video call, text me on {phone}.',
    'Sports physiotherapist (MSc) and former physio at {hosp}. I use a mix of hands-on work and progressive loading, and every patient leaves with a written plan.',
    'Neuro physio with a background in stroke rehabilitation at {hosp}. I also see people living with MS and Parkinson''s. For clinic enquiries email {email}.',
    'Vestibular rehabilitation and dizziness. Most BPPV is settled in one or two sessions. Registered with Bupa, AXA and Vitality.',
    'I help desk workers with neck and back pain get moving again: clear plans, no jargon, and exercises that fit into a working day.',
    'Paediatric physiotherapist. I work with children with hypermobility, developmental delay and sports injuries, always with a parent on the call.',
    'Over {yrs} years in private practice and the NHS. Special interest in persistent pain and hypermobility. Sessions in English and {lang2}.',
    'Running coach and physio. Gait analysis by video: film yourself on a treadmill and we go through it together.',
    NULL])[1 + fixture_gen.n('pbio', p.i, 11)],
    '{yrs}', pr.years_experience::text), '{first}', u.first), '{phone}', sgen.fmt_phone(u.phone, p.i)), '{email}', u.email),
    '{uni}', fixture_gen.pick(ARRAY['King''s College London', 'the University of Salford', 'Trinity College Dublin', 'Glasgow Caledonian University', 'Hogeschool van Amsterdam', 'Universidad Complutense'], 'puni', p.i)),
    '{hosp}', fixture_gen.pick(ARRAY['Guy''s and St Thomas''', 'the Royal National Orthopaedic Hospital', 'St Vincent''s University Hospital', 'the Charité', 'Hospital Clínic', 'Massachusetts General Hospital', 'Salford Royal'], 'phosp', p.i))
FROM sgen.p p JOIN sgen.u u ON u.i = p.i WHERE p.pid = pr.id;
UPDATE public.practitioners SET bio = replace(bio, '{lang2}', coalesce((SELECT CASE languages[2] WHEN 'hi' THEN 'Hindi' WHEN 'yo' THEN 'Yoruba' WHEN 'pl' THEN 'Polish' WHEN 'tr' THEN 'Turkish' WHEN 'ar' THEN 'Arabic' WHEN 'zh' THEN 'Mandarin' WHEN 'es' THEN 'Spanish' WHEN 'ko' THEN 'Korean' WHEN 'en' THEN 'English' END), 'French'))
WHERE bio LIKE '%{lang2}%';

INSERT INTO public.clinic_members (clinic_id, user_id, role, created_at)
SELECT sgen.uid('clinic', p.clinic_c), p.user_id, CASE WHEN p.owner THEN 'owner' ELSE 'practitioner' END, sgen.ts('cmcr', p.i, '2023-02-01 09:00:00+00', 500)
FROM sgen.p p WHERE p.clinic_c IS NOT NULL
UNION ALL
SELECT sgen.uid('clinic', cl.c), sgen.uid('user', cl.owner_i), 'admin', sgen.ts('clcr', cl.c, '2023-01-25 09:00:00+00', 420) FROM sgen.cl cl WHERE NOT cl.sole;

INSERT INTO public.practitioner_availability (id, practitioner_id, weekday, start_time, end_time, timezone, is_active)
SELECT sgen.uid('avail', p.i * 10 + wd), p.pid, wd, make_time(7 + fixture_gen.n('avs', p.i * 10 + wd, 4), CASE WHEN p.i % 2 = 0 THEN 0 ELSE 30 END, 0),
       make_time(15 + fixture_gen.n('ave', p.i * 10 + wd, 5), 0, 0), u.tz, wd <> 6 OR p.i % 5 = 0
FROM sgen.p p JOIN sgen.u u ON u.i = p.i CROSS JOIN generate_series(1, 6) wd
WHERE fixture_gen.n('avd', p.i * 10 + wd, 6) <> 0;

INSERT INTO public.availability_exceptions (id, practitioner_id, starts_at, ends_at, reason, created_at)
SELECT sgen.uid('avex', e), p.pid, date_trunc('day', t), date_trunc('day', t) + make_interval(days => 1 + fixture_gen.n('axd', e, 10)),
       (ARRAY['Annual leave', 'Annual leave', 'Holiday', 'Conference (Physiotherapy UK)', 'CPD course: vestibular rehab', NULL, NULL,
              'Kids'' half term', 'Moving house', 'Dentist in the morning, back at 2pm', 'Jury service', 'Covering at the Clapham clinic',
              'Wedding in Lagos', 'Paternity leave', 'Maternity leave: Amy Clarke is covering my patients', 'Surgery (knee arthroscopy), back in 3 weeks',
              'My father''s funeral', 'Sick', 'Bank holiday', 'School play – Jonas is a sheep'])[1 + fixture_gen.n('axr', e, 20)],
       least(t - make_interval(days => 7 + fixture_gen.n('axc', e, 40)), timestamptz '2025-02-27 12:00:00+00' - make_interval(hours => fixture_gen.n('axc2', e, 300)))
FROM generate_series(1, 520) e
JOIN sgen.p p ON p.i = 7 + fixture_gen.n('axp', e, 154)
CROSS JOIN LATERAL (SELECT sgen.ts('axt', e, '2023-04-01 00:00:00+00', 720) AS t) x;

INSERT INTO public.services (id, practitioner_id, title, description, duration_minutes, price, currency, is_video, is_active)
SELECT sgen.uid('svc', p.i * 10 + s), p.pid, v.title, v.descr, v.mins, round(pr.hourly_rate * v.mins / 60.0 * v.mult / 5) * 5, pr.currency, v.video, NOT (s = 3 AND p.i % 4 = 0)
FROM sgen.p p JOIN public.practitioners pr ON pr.id = p.pid
CROSS JOIN generate_series(1, 3) s
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (1, 'Initial assessment', 'A full assessment of your problem by video, a clear diagnosis and a written plan with exercises in the app.', 60, 1.0, true),
  (2, 'Follow-up session', 'Review your progress, adjust your exercise programme and answer your questions.', 30, 1.1, true),
  (3, 'Running gait analysis', 'Send us treadmill video beforehand; we go through your running form together.', 45, 1.0, true),
  (4, 'Pelvic health consultation', 'A private, unhurried consultation for pregnancy, postnatal and pelvic floor concerns.', 60, 1.1, true),
  (5, 'Home visit', 'Assessment and treatment at your home, within the practitioner''s travel area.', 60, 1.4, false),
  (6, 'Clinic session', 'Hands-on treatment at the clinic.', 45, 1.0, false),
  (7, 'Post-op rehab check-in', 'Short check-in after surgery: wound-safe exercises, swelling and range of movement.', 20, 1.2, true)) t(n, title, descr, mins, mult, video)
  WHERE t.n = CASE s WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 3 + fixture_gen.n('svc3', p.i, 5) END) v;

-- Patients who book (numbered), practitioners by country.
CREATE TABLE sgen.pt AS SELECT row_number() OVER (ORDER BY u.i)::int AS r, u.* FROM sgen.u u JOIN auth.users au ON au.id = u.id
WHERE u.kind = 'patient' AND u.provider <> 'anonymous' AND au.deleted_at IS NULL;
CREATE TABLE sgen.pk AS SELECT p.k, row_number() OVER (PARTITION BY p.k ORDER BY p.i)::int AS r, p.i, p.pid, u.first, u.last, u.email, u.phone, u.tz FROM sgen.p p JOIN sgen.u u ON u.i = p.i;
CREATE TABLE sgen.pkn AS SELECT k, count(*)::int AS n FROM sgen.pk GROUP BY k;

-- Clinical cases: what patients type when booking, and the practitioner's SOAP note.
CREATE TABLE sgen.cs (cs int PRIMARY KEY, icd text[], reasons text[], s text[], o text[], a text[], pl text[]);
INSERT INTO sgen.cs VALUES
 (0, ARRAY['M54.50'],
  ARRAY['Lower back pain for 3 weeks after moving house, worse in the mornings.', 'My GP Dr {gp} suggested physio for my back. I sit at a desk all day.', 'back pain',
        'Mi espalda baja me duele desde hace un mes, trabajo de pie todo el día.', 'Pain after long drives, lower back and right buttock. I drive a taxi so this is affecting my work.'],
  ARRAY['Pt reports central LBP for {n} weeks after {trigger}. Worse with sitting >30 min and first thing in the morning. No leg symptoms. Works as a {job}. Goal: {goal}.',
        'LBP since lifting a suitcase on holiday. Pain 6/10 at worst. Sleeping OK. Lives with partner {other}, who has been doing the shopping. No bladder/bowel change, no saddle anaesthesia.'],
  ARRAY['Lumbar flexion to mid-shin with end-range pain; extension full and eases symptoms. SLR negative bilaterally. Neuro screen NAD. No red flags on screening.',
        'Moves guardedly on video. Flexion limited to knees, lateral shift to the left. Repeated extension in lying reduces pain from 5/10 to 2/10.'],
  ARRAY['Non-specific mechanical LBP, flexion-intolerant. Good prognosis.', 'Mechanical LBP with directional preference for extension.'],
  ARRAY['HEP via app: press-ups, bird-dog, glute bridge 3x10 daily. Advice on desk set-up and walking breaks. Review in 2 weeks.',
        'Reassurance and education on pain. Repeated extension 10x every 2 hours. Letter to GP Dr {gp} at {practice} re. fit note. Review in 1 week.']),
 (1, ARRAY['M22.2'],
  ARRAY['Right knee swelling after my Sunday 10k, hurts going downstairs.', 'Schmerzen im rechten Knie beim Treppensteigen, seit dem Skiurlaub.',
        'Booking for my son {child} (14): Osgood-Schlatter, he plays football four times a week. Please call me on {phone} if you need anything before.', 'Knee pain when squatting, runner''s knee?'],
  ARRAY['Anterior knee pain R for {n} weeks, started after increasing running to 40 km/week for a marathon. Pain on stairs and after sitting (cinema sign).',
        '{child} (14) attends with mum. Pain below both kneecaps with football, 4 sessions a week plus PE. Playing through pain.'],
  ARRAY['Single-leg squat reproduces pain, dynamic valgus R. No effusion. Patellar tap negative. Hip abductor weakness R.', 'Tender tibial tuberosities bilaterally. Full ROM. Tight quads (Ely''s test positive).'],
  ARRAY['Patellofemoral pain, load-related.', 'Osgood-Schlatter disease, bilateral.'],
  ARRAY['Reduce running volume by 30%, no hills for 2 weeks. Spanish squats, step-downs, clamshells. Review in 3 weeks.', 'Load management plan agreed with parent and club coach. Quad stretches, isometrics. Review in 4 weeks.']),
 (2, ARRAY['M75.1'],
  ARRAY['Pain in my left shoulder when lifting my arm above my head. Had a cortisone injection in March which helped a bit.', 'Second opinion on a rotator cuff tear, I will upload the MRI report in messages.',
        'Frozen shoulder (I am type 2 diabetic).', 'Pijn in mijn schouder na het tennissen.'],
  ARRAY['L shoulder pain {n} months, painful arc, night pain lying on L side. Works as a {job}. Type 2 diabetes (metformin).', 'MRI ({date}) shows partial-thickness supraspinatus tear. Pt keen to avoid surgery; daughter {other} is getting married in June.'],
  ARRAY['Active flexion 140 deg with painful arc 80-120. ER strength 4/5 and painful. Hawkins-Kennedy positive.', 'Passive ER markedly reduced (20 deg vs 70 on R). Capsular pattern.'],
  ARRAY['Rotator cuff related shoulder pain.', 'Adhesive capsulitis, freezing phase.'],
  ARRAY['Isometric ER/IR, scapular setting, graded loading. Discuss with GP re. further injection if no change in 6 weeks.', 'Pendulums, pain-free ROM. Explained natural history (12-18 months). Review monthly.']),
 (3, ARRAY['S93.40'],
  ARRAY['Ankle sprain playing 5-a-side, still swollen after 10 days.', 'Rolled my ankle on a trail run, can walk but not run.', 'Achilles pain both sides, worse in the morning.'],
  ARRAY['Inversion injury R ankle {n} days ago playing 5-a-side. Able to weight bear immediately. Swelling lateral.', 'Bilateral Achilles pain x {n} months, morning stiffness 20 min. Recently changed to zero-drop shoes.'],
  ARRAY['Ottawa rules negative. Tender ATFL. Single-leg balance 8s R vs 30s L.', 'Tender mid-portion Achilles bilaterally, no palpable gap. Single-leg heel raises 12 R, 15 L.'],
  ARRAY['Grade II lateral ankle sprain.', 'Mid-portion Achilles tendinopathy.'],
  ARRAY['Balance progressions, calf raises, return-to-run plan in the app. Review in 2 weeks.', 'Heavy slow calf loading, eccentric heel drops, back to previous trainers. Review in 4 weeks.']),
 (4, ARRAY['M54.2'],
  ARRAY['Stiff neck and headaches, I work at a laptop all day.', 'Whiplash after a car accident on 3 January, claim is with Aviva.', 'Douleurs cervicales depuis un accident de vélo, je suis joignable au {phone}.', 'Neck pain.'],
  ARRAY['Neck pain and headaches x {n} weeks, works from home on a laptop at the kitchen table. Stress at work (redundancies).', 'Rear-end collision {date}, passenger. Neck pain next morning. Claim via solicitor; needs report.'],
  ARRAY['Cervical rotation 60 deg bilaterally, painful at end of range. Upper cervical flexion-rotation test positive L.', 'Reduced ROM all directions, guarding. Neuro screen NAD. Canadian C-spine rule: low risk.'],
  ARRAY['Mechanical neck pain with cervicogenic headache.', 'Whiplash-associated disorder grade II.'],
  ARRAY['Chin tucks, thoracic rotation, laptop riser. Review in 2 weeks.', 'Graded activity, reassurance. Report to be sent to solicitor at pt''s request (email {email}).']),
 (5, ARRAY['O26.72', 'N39.3'],
  ARRAY['6 weeks postpartum, some leaking when I run and I would like a diastasis check.', 'Pelvic girdle pain at 28 weeks pregnant.',
        'I would prefer a female physio please. Lower back and coccyx pain since giving birth to my daughter in May.'],
  ARRAY['G2P2, vaginal delivery {n} weeks ago (forceps). Stress urinary incontinence with running and coughing. Partner {other} on paternity leave.', '28/40, PGP on turning in bed and stairs. Works as a {job}. First pregnancy.'],
  ARRAY['Self-assessed DRA 2 finger widths at umbilicus. Unable to assess pelvic floor via video; offered in-person referral.', 'ASLR positive, improved with compression. Pain on single-leg stance.'],
  ARRAY['Postnatal SUI and DRA.', 'Pregnancy-related pelvic girdle pain.'],
  ARRAY['PFMT programme (Squeezy), graded return to run at 12 weeks. Referral to women''s health physio at {practice} for internal assessment.', 'Support belt, pacing, sleeping with pillow between knees. Review in 3 weeks.']),
 (6, ARRAY['Z96.641', 'Z98.890'],
  ARRAY['Recovering from a hip replacement, discharged from hospital 2 weeks ago.', 'Follow-up for ACL reconstruction (surgery 14 Feb at Spire Manchester, Mr {gp}).',
        'Booking for my mum, she is 81 and had a knee replacement in October. I will join the call with her. My number is {phone}.'],
  ARRAY['Day {n} post R THR (posterior approach). Walking with 2 crutches. Lives alone; son {other} visits daily.', 'Week {n} post L ACLR (hamstring graft). Full WB, no crutches.'],
  ARRAY['Wound healed per pt. Hip precautions understood. Sit-to-stand with hands 5x in 21s.', 'Knee flexion 110 deg, extension -3. Quad lag on SLR. Mild effusion.'],
  ARRAY['Progressing as expected post THR.', 'Post ACLR, slightly behind on extension.'],
  ARRAY['Progress to 1 stick indoors, sit-to-stand, heel raises. Falls advice given to son. Review in 1 week.', 'Prone hangs for extension, quad sets, bike. Review in 1 week; consultant follow-up on {date}.']),
 (7, ARRAY['H81.10'],
  ARRAY['Dizziness when I turn over in bed, GP thinks BPPV.', 'Vertigo since a virus in November, I can''t drive at the moment.'],
  ARRAY['Brief spinning vertigo turning R in bed, {n} weeks. No hearing loss, no tinnitus. Lives with husband {other}, who was present on the call.', 'Constant imbalance since viral illness. Worse in supermarkets.'],
  ARRAY['Hallpike performed with husband''s help on video: R geotropic torsional nystagmus.', 'Head impulse test not possible on video. Romberg on foam positive.'],
  ARRAY['R posterior canal BPPV.', 'Probable vestibular neuritis, compensating.'],
  ARRAY['Self-Epley taught, husband to assist. Review in 1 week.', 'Gaze stabilisation, habituation exercises. Advised not to drive until reviewed.']),
 (8, ARRAY['M72.2'],
  ARRAY['Plantar fasciitis, heel pain first thing in the morning.', 'Heel pain, I am a nurse and on my feet for 12-hour shifts at {hosp}.'],
  ARRAY['Heel pain L x {n} months, first steps in the morning 8/10. Works 12-hour shifts as a {job}.', 'Bilateral heel pain since starting a new job. BMI 31.'],
  ARRAY['Tender medial calcaneal tubercle. Windlass test positive. Calf tightness.', 'Reduced ankle DF bilaterally in knee-to-wall (5 cm).'],
  ARRAY['Plantar heel pain.', 'Plantar heel pain, bilateral.'],
  ARRAY['Rathleff high-load protocol, calf stretches, supportive footwear at work. Review in 4 weeks.', 'Calf loading, taping video sent. Review in 3 weeks.']),
 (9, ARRAY['M77.10', 'G56.00'],
  ARRAY['Tennis elbow.', 'Carpal tunnel symptoms, numbness in my thumb and two fingers at night. Pregnant (24 weeks).', 'Pain on the outside of my elbow from using the mouse, I am a graphic designer.'],
  ARRAY['Lateral elbow pain R x {n} months. Works as a {job}, 9 hours a day on the mouse.', 'Night-time numbness thumb, index and middle finger. 24/40 pregnant.'],
  ARRAY['Pain on resisted wrist extension and middle finger extension. Grip 18 kg R vs 32 kg L.', 'Phalen''s positive at 30 s. Thenar bulk normal.'],
  ARRAY['Lateral elbow tendinopathy.', 'Carpal tunnel syndrome, pregnancy-related.'],
  ARRAY['Isometrics then eccentric wrist extension; vertical mouse. Review in 3 weeks.', 'Night splint, tendon gliding. Expect resolution after delivery; GP aware.']),
 (10, ARRAY['M35.7', 'U09.9'],
  ARRAY['Chronic fatigue and joint pain, diagnosed with hypermobile EDS last year.', 'Hip pain at night, can''t sleep on my right side. I have rheumatoid arthritis (on methotrexate).', 'Post-COVID breathlessness and fatigue.'],
  ARRAY['hEDS diagnosed {date} by rheumatology. Widespread pain, subluxing shoulders. Off work for {n} weeks; employer is {employer}.', 'Breathless on stairs since COVID in {date}. Works as a {job}, currently on a phased return.'],
  ARRAY['Beighton 7/9. Deconditioned; sit-to-stand 30 s: 9 reps.', 'Resp rate 18 at rest, SpO2 97% on home oximeter. Nijmegen score 28.'],
  ARRAY['Hypermobility spectrum disorder with persistent pain.', 'Breathing pattern disorder post COVID.'],
  ARRAY['Pacing, graded strengthening in mid-range, sleep hygiene. Review in 4 weeks.', 'Breathing retraining, paced walking. Review in 2 weeks.']);

-- Appointments.
CREATE TABLE sgen.ap AS
SELECT a, pt.i AS pi, pt.id AS patient_id, pt.k AS pk_country, pk.i AS prac_i, pk.pid, fixture_gen.n('apcs', a, 11) AS cs, st AS starts_at,
       CASE WHEN a % 3 = 0 THEN 1 WHEN a % 11 = 0 THEN 3 ELSE 2 END AS svc,
       CASE WHEN st > '2025-02-27 18:00:00+00' THEN CASE WHEN a % 7 = 0 THEN 'pending' ELSE 'confirmed' END
            ELSE (ARRAY['completed','completed','completed','completed','completed','completed','completed','completed','completed','completed','completed','completed','completed','completed','completed','cancelled','cancelled','completed','no_show','cancelled'])[1 + fixture_gen.n('apst', a, 20)] END AS status
FROM generate_series(1, 2300) a
JOIN sgen.pt pt ON pt.r = 1 + fixture_gen.n('app', a, (SELECT count(*)::int FROM sgen.pt))
JOIN sgen.pkn kn ON kn.k = CASE WHEN a % 9 = 0 THEN 0 ELSE pt.k END
JOIN sgen.pk pk ON pk.k = kn.k AND pk.r = 1 + fixture_gen.n('apr', a, kn.n)
CROSS JOIN LATERAL (SELECT date_trunc('hour', sgen.between('apt', a, greatest(pt.created_at, timestamptz '2023-03-15 00:00:00+00'), '2025-04-20 00:00:00+00'))
                           + make_interval(mins => 15 * fixture_gen.n('apq', a, 4)) AS st) x;
UPDATE sgen.ap SET starts_at = date_trunc('day', starts_at) + make_interval(hours => 7 + fixture_gen.n('aph', a, 12), mins => 15 * fixture_gen.n('apq', a, 4));
UPDATE sgen.ap SET status = CASE WHEN a % 7 = 0 THEN 'pending' ELSE 'confirmed' END WHERE starts_at > '2025-02-27 18:00:00+00' AND status NOT IN ('pending', 'confirmed');
UPDATE sgen.ap SET status = 'completed' WHERE starts_at <= '2025-02-27 18:00:00+00' AND status IN ('pending', 'confirmed');
-- booked: hours to weeks before the session, never after the snapshot.
ALTER TABLE sgen.ap ADD COLUMN created timestamptz;
UPDATE sgen.ap SET created = least(starts_at - make_interval(hours => 3 + fixture_gen.n('apcr', a, 500)), timestamptz '2025-02-28 05:00:00+00' - make_interval(mins => fixture_gen.n('apcr2', a, 20000)));

INSERT INTO public.appointments (id, patient_id, practitioner_id, service_id, starts_at, ends_at, status, reason, video_room_url, video_provider, cancellation_note,
  cancelled_by, cancelled_at, reminder_sent_at, patient_timezone, metadata, created_at, updated_at)
SELECT sgen.uid('appt', ap.a), ap.patient_id, ap.pid, s.id, ap.starts_at, ap.starts_at + make_interval(mins => s.duration_minutes), ap.status::public.appointment_status,
       CASE WHEN ap.a % 13 = 0 THEN NULL ELSE replace(replace(replace(replace(cs.reasons[1 + fixture_gen.n('apre', ap.a, cardinality(cs.reasons))],
              '{gp}', fixture_gen.pick(ARRAY['Hughes', 'Okonkwo', 'Patel', 'Lindqvist', 'Fraser', 'Murray', 'Chaudhry', 'Evans'], 'apgp', ap.a)),
              '{child}', fixture_gen.pick(ARRAY['Leo', 'Oscar', 'Finn', 'Noah', 'Arlo', 'Theo', 'Ibrahim', 'Kacper'], 'apch', ap.a)),
              '{phone}', sgen.fmt_phone(u.phone, ap.a)), '{hosp}', fixture_gen.pick(ARRAY['the Royal Free', 'St James''s', 'Addenbrooke''s', 'the Western General'], 'aph', ap.a)) END,
       CASE WHEN s.is_video AND ap.starts_at < '2023-09-01' THEN 'https://limber.whereby.com/' || x.room || '?roomKey=' || sgen.tok('wbk', ap.a, 36)
            WHEN s.is_video THEN 'https://limber.daily.co/' || x.room || '?t='
                 || sgen.jwt('{"r":"' || x.room || '","ud":"' || ap.patient_id || '","o":false,"exp":' || extract(epoch FROM ap.starts_at + interval '2 hours')::bigint || ',"d":"' || sgen.uid('dailydomain', 1) || '"}', 'dailytok', ap.a) END,
       CASE WHEN s.is_video AND ap.starts_at < '2023-09-01' THEN 'whereby' WHEN s.is_video THEN 'daily' END,
       CASE WHEN ap.status = 'cancelled' THEN replace(replace((ARRAY[
              'Sorry, my daughter is sick, can we do next week?', 'Feeling much better, thank you!', 'Double booked by mistake', 'Work emergency, will rebook',
              NULL, NULL, 'Cancelled by clinic: practitioner unwell', 'I have been admitted to hospital, my husband {other} is sending this. Please call him on {phone}.',
              'Can''t afford it this month unfortunately', 'Insurance did not approve more sessions', 'Going with an in-person physio near me instead',
              'Problema con el trabajo, lo siento', 'Termin passt leider nicht mehr, ich melde mich.', 'Clinic emergency – I will call you on {phone} to rebook'])[1 + fixture_gen.n('apcn', ap.a, 14)],
              '{other}', fixture_gen.pick(ARRAY['Piotr', 'David', 'Ahmed', 'Sean', 'Marco', 'Kenji'], 'apco', ap.a)), '{phone}', sgen.fmt_phone(u.phone, ap.a + 1)) END,
       CASE WHEN ap.status = 'cancelled' THEN CASE WHEN ap.a % 5 = 0 THEN (SELECT user_id FROM sgen.p WHERE p.i = ap.prac_i) ELSE ap.patient_id END END,
       CASE WHEN ap.status = 'cancelled' THEN ap.starts_at - make_interval(hours => 2 + fixture_gen.n('apca', ap.a, 70)) END,
       CASE WHEN ap.status <> 'cancelled' AND ap.starts_at - interval '24 hours' < '2025-02-28 06:00:00+00' THEN ap.starts_at - interval '24 hours' END,
       u.tz,
       jsonb_strip_nulls(jsonb_build_object('source', (ARRAY['ios', 'ios', 'android', 'web', 'web'])[1 + fixture_gen.n('apsrc', ap.a, 5)],
                          'app_version', '2.' || (10 + fixture_gen.n('apv', ap.a, 9)) || '.' || fixture_gen.n('apv2', ap.a, 4),
                          'booking_flow', (ARRAY['search', 'practitioner_page', 'rebook', 'rebook', 'specialty_page'])[1 + fixture_gen.n('apfl', ap.a, 5)],
                          'utm_source', CASE WHEN ap.a % 4 = 0 THEN (ARRAY['google', 'instagram', 'newsletter', 'referral'])[1 + fixture_gen.n('aputm', ap.a, 4)] END,
                          'insurance_claim', ap.a % 6 = 0)),
       x.created, greatest(x.created, least(ap.starts_at, timestamptz '2025-02-28 06:00:00+00'))
FROM sgen.ap ap JOIN sgen.u u ON u.i = ap.pi JOIN sgen.cs cs ON cs.cs = ap.cs
JOIN public.services s ON s.id = sgen.uid('svc', ap.prac_i * 10 + ap.svc)
CROSS JOIN LATERAL (SELECT 'apt-' || fixture_gen.hexn('room', ap.a, 12) AS room, ap.created AS created) x;

-- SOAP notes of completed appointments.
INSERT INTO public.appointment_notes (id, appointment_id, practitioner_id, subjective, objective, assessment, plan, pain_score, icd10_codes, is_signed, signed_at, created_at, updated_at)
SELECT sgen.uid('note', ap.a), sgen.uid('appt', ap.a), ap.pid,
       replace(replace(replace(replace(replace(replace(replace(replace(cs.s[v], '{n}', (2 + fixture_gen.n('ntn', ap.a, 10))::text),
               '{trigger}', fixture_gen.pick(ARRAY['moving house', 'a weekend of gardening', 'a long-haul flight', 'starting CrossFit'], 'nttr', ap.a)),
               '{job}', fixture_gen.pick(ARRAY['nurse at the Royal Free', 'primary school teacher', 'software developer', 'bus driver for Arriva', 'warehouse picker at Amazon', 'hairdresser', 'dentist', 'barista', 'solicitor', 'chef'], 'ntjob', ap.a)),
               '{goal}', fixture_gen.pick(ARRAY['pick up his grandson', 'return to 5-a-side', 'walk the dog without pain', 'get through a full shift'], 'ntgo', ap.a)),
               '{other}', fixture_gen.first_name('ntot', ap.a)), '{child}', fixture_gen.pick(ARRAY['Leo', 'Oscar', 'Finn', 'Noah', 'Arlo'], 'apch', ap.a)),
               '{date}', to_char(ap.starts_at - make_interval(days => 20 + fixture_gen.n('ntd', ap.a, 200)), 'DD/MM/YYYY')),
               '{employer}', fixture_gen.pick(ARRAY['Tesco', 'Leeds City Council', 'Deloitte', 'the NHS trust'], 'ntem', ap.a)),
       cs.o[v], cs.a[v],
       replace(replace(replace(replace(cs.pl[v], '{gp}', fixture_gen.pick(ARRAY['Hughes', 'Okonkwo', 'Patel', 'Fraser', 'Murray'], 'apgp', ap.a)),
               '{practice}', fixture_gen.pick(ARRAY['Bridge Street Surgery', 'Hillside Medical Centre', 'Parkway Health Centre', 'the Women''s Health Centre, St Mary''s'], 'ntpr', ap.a)),
               '{email}', coalesce(u.email, 'on file')), '{date}', to_char(ap.starts_at + make_interval(days => 10 + fixture_gen.n('ntfd', ap.a, 30)), 'DD/MM/YYYY')),
       CASE WHEN ap.a % 9 = 0 THEN NULL ELSE 2 + fixture_gen.n('ntps', ap.a, 7) END,
       ARRAY[coalesce(cs.icd[v], cs.icd[1])] || CASE WHEN ap.cs = 2 AND v = 1 THEN ARRAY['E11.9'] ELSE '{}'::text[] END,
       ap.a % 10 <> 0, CASE WHEN ap.a % 10 <> 0 THEN least(ap.starts_at + make_interval(hours => 1 + fixture_gen.n('ntsg', ap.a, 30)), timestamptz '2025-02-28 05:40:00+00') END,
       ap.starts_at + interval '50 minutes', least(ap.starts_at + make_interval(hours => 1 + fixture_gen.n('ntsg', ap.a, 30)), timestamptz '2025-02-28 05:40:00+00')
FROM sgen.ap ap JOIN sgen.cs cs ON cs.cs = ap.cs JOIN sgen.u u ON u.i = ap.pi
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ntv', ap.a, 2) AS v) vv
WHERE ap.status = 'completed' AND ap.a % 12 <> 5;
UPDATE public.appointment_notes SET subjective = replace(subjective, '{email}', '') WHERE subjective LIKE '%{%';

-- Intake forms: one per patient, before their first appointment.
INSERT INTO public.intake_forms (id, patient_id, appointment_id, version, answers, consent_signed_at, signature_data_url, submitted_at, created_at)
SELECT sgen.uid('intake', f.pi), f.patient_id, sgen.uid('appt', f.a), CASE WHEN f.starts_at < '2024-01-15' THEN 2 ELSE 3 END,
       jsonb_strip_nulls(jsonb_build_object(
         'occupation', fixture_gen.pick(ARRAY['Nurse', 'Teacher', 'Software engineer', 'Retired', 'Student', 'Delivery driver', 'Accountant', 'Self-employed plumber', 'Civil servant', 'Chef', 'Full-time parent', 'Unemployed', 'Police officer', 'Architect'], 'inoc', f.pi),
         'activity_level', fixture_gen.pick(ARRAY['sedentary', 'light', 'moderate', 'active', 'very_active'], 'inal', f.pi),
         'medical_history', jsonb_build_object(
            'conditions', (ARRAY['[]', '["Asthma"]', '["High blood pressure"]', '["Type 2 diabetes", "High cholesterol"]', '["Depression", "Anxiety"]', '["Rheumatoid arthritis"]', '[]', '["Osteoporosis"]', '["Hypothyroidism"]', '["Epilepsy"]', '[]', '["Breast cancer (in remission since 2019)"]'])[1 + fixture_gen.n('incd', f.pi, 12)]::jsonb,
            'surgeries', (ARRAY['[]', '[]', '[{"procedure": "Appendectomy", "year": 2009}]', '[{"procedure": "Right knee arthroscopy", "year": 2017}]', '[{"procedure": "Caesarean section", "year": 2021}]', '[{"procedure": "Left total hip replacement", "year": 2024}]'])[1 + fixture_gen.n('insg', f.pi, 6)]::jsonb,
            'pregnant', u.fem AND fixture_gen.n('inpg', f.pi, 12) = 0, 'smoker', fixture_gen.n('insm', f.pi, 7) = 0),
         'medications', (ARRAY['[]', '["Ibuprofen as needed"]', '["Sertraline 50mg"]', '["Metformin 500mg", "Atorvastatin 20mg"]', '["Ramipril 5mg"]', '["Levothyroxine 100mcg"]', '["Methotrexate 15mg weekly", "Folic acid"]', '["Co-codamol 30/500"]', '["Salbutamol inhaler"]', '[]'])[1 + fixture_gen.n('inmd', f.pi, 10)]::jsonb,
         'allergies', (ARRAY['[]', '[]', '["Penicillin"]', '["Latex"]', '["Elastoplast"]', '[]'])[1 + fixture_gen.n('inag', f.pi, 6)]::jsonb,
         'red_flags', jsonb_build_object('night_pain', fixture_gen.n('inrf', f.pi, 5) = 0, 'unexplained_weight_loss', false, 'bladder_bowel_changes', false, 'saddle_numbness', false),
         'emergency_contact', CASE WHEN f.pi % 7 <> 0 THEN jsonb_build_object('name', x.ec_name, 'relationship', x.ec_rel, 'phone', sgen.fmt_phone(sgen.mobile_digits(u.k, 'inec', f.pi), f.pi)) END,
         'gp', CASE WHEN u.k IN (0, 1) THEN jsonb_build_object('name', 'Dr ' || fixture_gen.pick(ARRAY['Sarah', 'James', 'Aisha', 'Rajesh', 'Mary', 'Tom'], 'ingp1', f.pi) || ' ' || fixture_gen.pick(ARRAY['Hughes', 'Okonkwo', 'Patel', 'Fraser', 'Murray', 'Lindqvist'], 'ingp2', f.pi),
                                                               'practice', fixture_gen.pick(ARRAY['Bridge Street Surgery', 'Hillside Medical Centre', 'Parkway Health Centre', 'The Grove Medical Practice', 'Rathmines Family Practice'], 'ingp3', f.pi)) END,
         'goals', (ARRAY['Run the Manchester half marathon in October', 'Walk the dog without pain', 'Pick up my grandchildren', 'Get back to netball', 'Sleep through the night', 'Return to work full time', NULL])[1 + fixture_gen.n('ingo', f.pi, 7)],
         'how_did_you_hear', fixture_gen.pick(ARRAY['Google', 'Friend or family', 'Instagram', 'My GP', 'My insurer', 'Employer benefits'], 'inhh', f.pi))),
       CASE WHEN f.pi % 11 <> 0 THEN f.created + interval '20 minutes' END,
       CASE WHEN f.pi % 11 <> 0 THEN 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAACWCAYAAADwkd5l' || fixture_gen.b64('sig', f.pi, 180) || fixture_gen.b64('sig2', f.pi, 120) || 'AAAABJRU5ErkJggg==' END,
       CASE WHEN f.pi % 11 <> 0 THEN f.created + interval '20 minutes' END,
       f.created + interval '2 minutes'
FROM (SELECT DISTINCT ON (pi) * FROM sgen.ap ORDER BY pi, starts_at) f
JOIN sgen.u u ON u.i = f.pi
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('inecr', f.pi, 5) WHEN 0 THEN 'mother' WHEN 1 THEN 'friend' WHEN 2 THEN 'daughter' ELSE CASE WHEN u.fem THEN 'husband' ELSE 'wife' END END AS ec_rel,
                           (SELECT firsts[1 + fixture_gen.n('inecf', f.pi, cardinality(firsts))] FROM sgen.cult WHERE c = u.c) || ' ' ||
                           CASE WHEN fixture_gen.n('inecr', f.pi, 5) = 1 THEN fixture_gen.last_name('inecl', f.pi) ELSE u.last END AS ec_name) x;

-- Conversations and their messages.
INSERT INTO public.conversations (id, appointment_id, patient_id, practitioner_id, subject, last_message_at, is_archived, created_at)
SELECT sgen.uid('conv', ap.a), sgen.uid('appt', ap.a), ap.patient_id, ap.pid,
       CASE WHEN ap.a % 5 = 0 THEN 'Booking ' || upper(fixture_gen.hexn('room', ap.a, 6)) END,
       NULL, ap.starts_at < '2024-06-01' AND ap.a % 3 = 0, ap.created + interval '1 minute'
FROM sgen.ap ap WHERE ap.a % 2 = 0 AND ap.status <> 'pending';

CREATE TABLE sgen.msg AS
SELECT ap.a, m, ap.pi, ap.prac_i, ap.patient_id, (SELECT user_id FROM sgen.p WHERE p.i = ap.prac_i) AS prac_user,
       (m + ap.a) % 2 = 0 AS from_patient, ap.created + make_interval(mins => 5 + 37 * m * m + fixture_gen.n('msgt', ap.a * 10 + m, 30)) AS at,
       fixture_gen.n('msgb', ap.a * 10 + m, 16) AS b
FROM sgen.ap ap CROSS JOIN generate_series(1, 1 + fixture_gen.n('msgn', ap.a, 6)) m
WHERE ap.a % 2 = 0 AND ap.status <> 'pending';
DELETE FROM sgen.msg WHERE at > '2025-02-28 06:00:00+00';
INSERT INTO public.messages (id, conversation_id, sender_id, body, attachments, read_at, edited_at, deleted_at, created_at)
SELECT sgen.uid('msg', g.a * 10 + g.m), sgen.uid('conv', g.a), CASE WHEN g.from_patient THEN g.patient_id ELSE g.prac_user END,
       CASE WHEN g.from_patient THEN replace(replace(replace(replace(replace((ARRAY[
            'Hi, is it ok if I do the session from my office? A colleague might walk past.', 'Thanks {pfirst}, the exercises are helping, pain is down to 3/10.',
            'I''ve uploaded my MRI report, can you have a look before Thursday?', 'Running 10 min late, sorry!',
            'Can my husband {other} join the call? He''ll be doing the exercises with me.', 'My new number is {phone}, the old one no longer works.',
            'Could you send the invoice to my work email {email2} for reimbursement?', 'The link isn''t working on my iPad, can you call me instead on {phone}?',
            'Knee swelled up again after the stairs exercise, should I stop? Photo attached.', 'Ok thank you!',
            'Bupa need a letter with the diagnosis and number of sessions, my membership number is {member}.', 'Is it normal to feel sore the day after?',
            'Thank you so much, see you next week 🙏', '¿Podemos cambiar la cita al jueves por la tarde?', 'Vielen Dank! Die Übungen helfen schon.', 'Ok'])[1 + g.b],
            '{pfirst}', pu.first), '{other}', fixture_gen.first_name('msgo', g.a)), '{phone}', sgen.fmt_phone(u.phone, g.m)),
            '{email2}', sgen.fold(u.first) || '.' || sgen.fold(u.last) || '@' || fixture_gen.pick(ARRAY['deloitte.co.uk', 'nhs.net', 'siemens.com', 'accenture.com', 'leeds.gov.uk'], 'msgw', g.a)),
            '{member}', sgen.dg('msgmem', g.a, 8))
        ELSE replace(replace(replace(replace((ARRAY[
            'Hi {first}, just a reminder to wear shorts so I can see the knee on camera.', 'Great progress today. I''ve added two new exercises to your programme in the app.',
            'No problem at all, see you at 10:30.', 'If the pain gets worse or you notice numbness in the saddle area, please call 111 or go to A&E straight away.',
            'I''ve attached the letter for your insurer.', 'Sorry, I need to move our Thursday session, does Friday 9am work?',
            'You can reach me on my work mobile {pphone} between sessions.', 'Please fill in the intake form before our first session, it takes about 5 minutes.',
            'Some soreness (up to 4/10) that settles by the next morning is fine. Keep going.', 'I''ve written to Dr {gp} at your surgery with a summary of today.',
            'Hola {first}, sin problema, te cambio la cita.', 'Thanks for letting me know.', 'See you then!', 'Happy to hear that!',
            'The room link is in your appointment, it opens 5 minutes before the start.', 'Sure, I''ll send the receipt now.'])[1 + g.b],
            '{first}', coalesce(split_part(pr.full_name, ' ', 1), 'there')), '{pphone}', sgen.fmt_phone(pu.phone, g.a)),
            '{gp}', fixture_gen.pick(ARRAY['Hughes', 'Okonkwo', 'Patel', 'Fraser', 'Murray'], 'apgp', g.a)), '{x}', '') END,
       CASE WHEN g.from_patient AND g.b = 2 THEN jsonb_build_array(jsonb_build_object('name', 'MRI report ' || u.first || ' ' || u.last || '.pdf', 'path', g.patient_id || '/mri-report-' || to_char(g.at, 'YYYY-MM-DD') || '.pdf', 'size', 180000 + fixture_gen.n('msgsz', g.a, 900000), 'mime_type', 'application/pdf'))
            WHEN g.from_patient AND g.b = 8 THEN jsonb_build_array(jsonb_build_object('name', 'IMG_' || (1000 + fixture_gen.n('msgimg', g.a, 9000)) || '.HEIC', 'path', g.patient_id || '/chat/' || fixture_gen.hexn('msgp', g.a, 12) || '.heic', 'size', 1500000 + fixture_gen.n('msgsz', g.a, 2000000), 'mime_type', 'image/heic'))
            WHEN NOT g.from_patient AND g.b = 4 THEN jsonb_build_array(jsonb_build_object('name', 'Insurance letter - ' || u.first || ' ' || u.last || '.pdf', 'path', g.patient_id || '/letters/insurance-' || to_char(g.at, 'YYYY-MM-DD') || '.pdf', 'size', 60000 + fixture_gen.n('msgsz', g.a, 90000), 'mime_type', 'application/pdf'))
            ELSE '[]'::jsonb END,
       CASE WHEN g.m % 7 <> 3 THEN least(g.at + make_interval(mins => 3 + fixture_gen.n('msgr', g.a * 10 + g.m, 600)), timestamptz '2025-02-28 06:00:00+00') END,
       CASE WHEN g.b = 11 AND g.m = 2 THEN g.at + interval '1 minute' END,
       CASE WHEN g.a % 97 = 0 AND g.m = 1 THEN g.at + interval '2 minutes' END,
       g.at
FROM sgen.msg g JOIN sgen.u u ON u.i = g.pi JOIN sgen.u pu ON pu.i = g.prac_i JOIN public.profiles pr ON pr.id = g.patient_id;
UPDATE public.conversations c SET last_message_at = m.mx FROM (SELECT conversation_id, max(created_at) mx FROM public.messages GROUP BY 1) m WHERE m.conversation_id = c.id;

-- Stripe: customers, one payment per booking (a few failed attempts first), receipts and invoices.
INSERT INTO public.stripe_customers (user_id, stripe_customer_id, default_payment_method, created_at)
SELECT u.id, 'cus_' || sgen.an('cus', u.i, 14), CASE WHEN u.i % 4 <> 0 THEN 'pm_1' || sgen.an('pm', u.i, 23) END, min(ap.created) - interval '2 minutes'
FROM sgen.ap ap JOIN sgen.u u ON u.i = ap.pi WHERE ap.status <> 'pending' GROUP BY u.id, u.i;

CREATE TABLE sgen.pay AS
SELECT ap.a, 0 AS attempt, ap.pi, ap.patient_id, ap.status, s.price, s.currency, ap.starts_at, ap.pk_country, ap.created,
       CASE WHEN ap.status = 'cancelled' AND ap.a % 4 = 0 THEN 'succeeded' WHEN ap.status = 'cancelled' THEN 'refunded'
            WHEN ap.status = 'confirmed' AND ap.a % 6 = 0 THEN 'processing' ELSE 'succeeded' END AS pstatus
FROM sgen.ap ap JOIN public.services s ON s.id = sgen.uid('svc', ap.prac_i * 10 + ap.svc) WHERE ap.status <> 'pending'
UNION ALL
SELECT ap.a, 1, ap.pi, ap.patient_id, ap.status, s.price, s.currency, ap.starts_at, ap.pk_country, ap.created, 'failed'
FROM sgen.ap ap JOIN public.services s ON s.id = sgen.uid('svc', ap.prac_i * 10 + ap.svc) WHERE ap.status <> 'pending' AND ap.a % 23 = 0;
INSERT INTO public.payments (id, appointment_id, patient_id, stripe_payment_intent_id, stripe_charge_id, amount, currency, status, card_brand, card_last4, card_exp_month, card_exp_year,
  receipt_email, receipt_url, billing_details, refunded_amount, failure_message, created_at)
SELECT sgen.uid('pay', y.a * 2 + y.attempt), sgen.uid('appt', y.a), y.patient_id, 'pi_3' || x.sfx, CASE WHEN y.pstatus <> 'processing' THEN 'ch_3' || x.sfx END,
       (y.price * 100)::int, lower(y.currency), y.pstatus::public.payment_status,
       x.brand, sgen.dg('last4', y.pi * 3 + (y.a % 2), 4), 1 + fixture_gen.n('expm', y.pi, 12), 2025 + fixture_gen.n('expy', y.pi, 5),
       CASE WHEN y.a % 9 = 0 THEN sgen.fold(u.first) || '.' || sgen.fold(u.last) || '@' || fixture_gen.pick(ARRAY['deloitte.co.uk', 'nhs.net', 'siemens.com', 'accenture.com', 'leeds.gov.uk'], 'msgw', y.a) ELSE u.email END,
       CASE WHEN y.pstatus IN ('succeeded', 'refunded') THEN 'https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xTjhLd1pHWmx' || sgen.tok('rcpt', y.a, 52) END,
       jsonb_build_object('name', CASE WHEN y.a % 17 = 0 THEN upper(u.full_name) WHEN y.a % 19 = 0 THEN fixture_gen.first_name('payn', y.a) || ' ' || u.last ELSE u.full_name END,
                          'email', u.email, 'phone', CASE WHEN u.has_phone THEN '+' || u.phone END,
                          'address', jsonb_build_object('city', u.city, 'country', (SELECT code FROM sgen.ctry WHERE ctry.k = u.k), 'line1', CASE WHEN y.a % 3 <> 0 THEN u.street END,
                                                        'line2', NULL, 'postal_code', u.postcode, 'state', NULL)),
       CASE WHEN y.pstatus = 'refunded' THEN (y.price * 100)::int ELSE 0 END,
       CASE WHEN y.pstatus = 'failed' THEN fixture_gen.pick(ARRAY['Your card was declined.', 'Your card has insufficient funds.', 'Your card''s security code is incorrect.', 'Your card has expired.', 'An error occurred while processing your card. Try again in a little bit.'], 'payf', y.a) END,
       y.created + make_interval(secs => 40 + fixture_gen.n('payt', y.a, 200)) - make_interval(mins => 3 * y.attempt)
FROM sgen.pay y JOIN sgen.u u ON u.i = y.pi
CROSS JOIN LATERAL (SELECT sgen.an('pisfx', y.a * 2 + y.attempt, 24) AS sfx, fixture_gen.pick(ARRAY['visa', 'visa', 'visa', 'mastercard', 'mastercard', 'amex'], 'brand', y.pi) AS brand) x;

INSERT INTO public.invoices (id, invoice_number, patient_id, payment_id, bill_to_name, bill_to_address, line_items, subtotal_cents, tax_cents, total_cents, currency, pdf_path, issued_at, status)
SELECT sgen.uid('inv', y.a), 'LMB-' || to_char(y.starts_at, 'YYYY') || '-' || lpad(row_number() OVER (PARTITION BY to_char(y.starts_at, 'YYYY') ORDER BY y.starts_at, y.a)::text, 6, '0'),
       y.patient_id, sgen.uid('pay', y.a * 2),
       CASE WHEN y.a % 14 = 0 THEN 'Accounts Payable, ' || fixture_gen.pick(ARRAY['Deloitte LLP', 'Siemens AG', 'Leeds City Council', 'Accenture'], 'invco', y.a) ELSE u.full_name END,
       concat_ws(E'\n', u.street, u.postcode || ' ' || u.city, (SELECT name FROM public.countries WHERE code = (SELECT code FROM sgen.ctry WHERE ctry.k = u.k))),
       jsonb_build_array(jsonb_build_object('description', s.title || ' (' || s.duration_minutes || ' min)' || CASE WHEN s.is_video THEN ' – video' ELSE '' END,
                                            'date', to_char(y.starts_at, 'YYYY-MM-DD'), 'quantity', 1, 'unit_amount', (y.price * 100)::int,
                                            'practitioner', pu.full_name || CASE WHEN pr.license_number IS NOT NULL THEN ', ' || pr.license_region || ' ' || pr.license_number ELSE '' END)),
       (y.price * 100)::int, 0, (y.price * 100)::int, lower(y.currency),
       'invoices/' || to_char(y.starts_at, 'YYYY/MM') || '/' || sgen.uid('inv', y.a) || '.pdf',
       y.starts_at + interval '2 hours', CASE WHEN y.pstatus = 'refunded' THEN 'void' ELSE 'paid' END
FROM sgen.pay y JOIN sgen.u u ON u.i = y.pi JOIN sgen.ap ap ON ap.a = y.a JOIN sgen.u pu ON pu.i = ap.prac_i JOIN public.practitioners pr ON pr.id = ap.pid
JOIN public.services s ON s.id = sgen.uid('svc', ap.prac_i * 10 + ap.svc)
WHERE y.attempt = 0 AND y.pstatus IN ('succeeded', 'refunded') AND y.starts_at < '2025-02-28 06:00:00+00';
UPDATE public.invoices SET pdf_path = 'invoices/' || to_char(issued_at, 'YYYY/MM') || '/' || invoice_number || '.pdf';

-- Health insurance of patients in the UK, Ireland and the US.
INSERT INTO public.insurance_policies (id, patient_id, insurer_name, plan_name, member_number, group_number, policy_holder_name, policy_holder_dob, relationship_to_holder,
  valid_from, valid_until, card_front_path, card_back_path, verified, created_at)
SELECT sgen.uid('ins', u.i), u.id, ins.name,
       CASE ins.name WHEN 'Bupa' THEN fixture_gen.pick(ARRAY['Bupa By You Comprehensive', 'Bupa Corporate', NULL], 'insp', u.i) WHEN 'AXA Health' THEN 'Personal Health' WHEN 'Vitality' THEN 'Vitality Health Core'
                     WHEN 'Vhi Healthcare' THEN 'Health Plus Extra' WHEN 'Laya Healthcare' THEN 'Inspire' WHEN 'Aetna' THEN 'Aetna Choice POS II' WHEN 'Blue Cross Blue Shield of Massachusetts' THEN 'PPO Blue' ELSE NULL END,
       CASE ins.name WHEN 'Bupa' THEN sgen.dg('insm', u.i, 8) || fixture_gen.chars('insm', u.i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') WHEN 'AXA Health' THEN '4' || sgen.dg('insm', u.i, 9)
                     WHEN 'Vitality' THEN 'VH' || sgen.dg('insm', u.i, 7) WHEN 'Aviva' THEN 'H' || sgen.dg('insm', u.i, 8) || '/01'
                     WHEN 'Vhi Healthcare' THEN '6' || sgen.dg('insm', u.i, 8) WHEN 'Laya Healthcare' THEN 'LH' || sgen.dg('insm', u.i, 8)
                     WHEN 'Aetna' THEN 'W' || sgen.dg('insm', u.i, 9) WHEN 'Blue Cross Blue Shield of Massachusetts' THEN 'ZGD' || sgen.dg('insm', u.i, 9)
                     ELSE sgen.dg('insm', u.i, 10) END,
       CASE WHEN u.k = 6 THEN sgen.dg('insg', u.i % 40, 6) || '-' || sgen.dg('insg2', u.i % 40, 3) WHEN u.i % 4 = 0 THEN 'S' || sgen.dg('insg', u.i % 25, 5) END,
       CASE x.rel WHEN 'self' THEN u.full_name ELSE x.holder END,
       CASE x.rel WHEN 'self' THEN u.dob WHEN 'child' THEN u.dob - (365 * (25 + fixture_gen.n('insd', u.i, 10))) ELSE u.dob + fixture_gen.n('insd', u.i, 2000) - 1000 END,
       x.rel, make_date(2024, 1 + fixture_gen.n('insv', u.i, 12), 1), make_date(2025, 1 + fixture_gen.n('insv', u.i, 12), 1) - 1,
       CASE WHEN u.i % 5 <> 0 THEN u.id || '/insurance/card-front.jpg' END, CASE WHEN u.i % 5 <> 0 AND u.i % 3 <> 0 THEN u.id || '/insurance/card-back.jpg' END,
       u.i % 6 <> 1, sgen.between('insc', u.i, u.created_at)
FROM sgen.pt u
JOIN public.insurers ins ON ins.id = CASE u.k WHEN 0 THEN 1 + fixture_gen.n('insi', u.i, 6) WHEN 1 THEN 7 + fixture_gen.n('insi', u.i, 3) ELSE 14 + fixture_gen.n('insi', u.i, 3) END
CROSS JOIN LATERAL (SELECT CASE WHEN u.i % 5 = 1 THEN 'spouse' WHEN u.i % 13 = 0 AND u.dob > '1999-01-01' THEN 'child' ELSE 'self' END AS rel,
                           (SELECT firsts[1 + fixture_gen.n('insh', u.i, cardinality(firsts))] FROM sgen.cult WHERE c = u.c) || ' ' || u.last AS holder) x
WHERE u.k IN (0, 1, 6) AND u.i % 3 = 0;

-- Reviews of completed appointments.
INSERT INTO public.reviews (id, appointment_id, patient_id, practitioner_id, rating, comment, is_public, practitioner_reply, created_at)
SELECT sgen.uid('review', ap.a), sgen.uid('appt', ap.a), ap.patient_id, ap.pid, x.rating,
       CASE WHEN ap.a % 5 = 0 THEN NULL ELSE replace(replace(CASE WHEN x.rating >= 4 THEN (ARRAY[
            'Great session, very clear explanations and a realistic plan.', '{pfirst} was brilliant. My back is so much better after three sessions.',
            'Really helpful. I was sceptical about physio by video but it worked well.', 'Excellent – knew exactly what was wrong with my knee within ten minutes.',
            'Lovely and patient with my mum, who is 84 and not great with technology.', 'After my husband''s stroke we didn''t know where to start. {pfirst} gave us a plan and hope.',
            'Good advice, exercises in the app are easy to follow.', 'Sehr kompetent und freundlich, klare Übungen.', 'Muy profesional, me ayudó mucho con la espalda.',
            'Top! Binnen twee weken weer aan het hardlopen.', 'Thank you {pfirst}! Back running the parkrun in Heaton Park.', 'Five stars.'])[1 + fixture_gen.n('rvc', ap.a, 12)]
          ELSE (ARRAY['Video kept dropping, hard to show my shoulder properly.', 'Felt rushed, 30 minutes is not enough.', 'Started 15 minutes late with no message.',
                      'Ok but I think I needed hands-on treatment.', 'Practitioner seemed distracted, could hear kids in the background.'])[1 + fixture_gen.n('rvc', ap.a, 5)] END,
          '{pfirst}', pu.first), '{x}', '') END,
       ap.a % 8 <> 0,
       CASE WHEN x.rating <= 3 AND ap.a % 2 = 0 THEN 'Sorry to hear that – please message me and I''ll add a free follow-up.'
            WHEN x.rating >= 4 AND ap.a % 10 = 1 THEN 'Thank you, so glad it helped!' END,
       least(ap.starts_at + make_interval(hours => 3 + fixture_gen.n('rvt', ap.a, 200)), timestamptz '2025-02-28 05:00:00+00' - make_interval(mins => fixture_gen.n('rvt2', ap.a, 600)))
FROM sgen.ap ap JOIN sgen.u pu ON pu.i = ap.prac_i
CROSS JOIN LATERAL (SELECT (ARRAY[5, 5, 5, 5, 5, 4, 4, 4, 3, 2, 1, 5])[1 + fixture_gen.n('rvr', ap.a, 12)]::smallint AS rating) x
WHERE ap.status = 'completed' AND fixture_gen.n('rvx', ap.a, 5) < 3 AND ap.starts_at < '2025-02-25';
UPDATE public.practitioners pr SET rating_avg = r.av, rating_count = r.n FROM (SELECT practitioner_id, round(avg(rating), 2) av, count(*) n FROM public.reviews WHERE is_public GROUP BY 1) r WHERE r.practitioner_id = pr.id;

-- Documents patients and practitioners upload, GP referrals, exercise programmes.
INSERT INTO public.patient_documents (id, patient_id, storage_path, file_name, mime_type, size_bytes, kind, uploaded_by, created_at)
SELECT sgen.uid('doc', d), u.id, u.id || '/' || extract(epoch FROM x.t)::bigint || '-' || regexp_replace(sgen.slug(regexp_replace(x.fname, '\.[a-zA-Z]+$', '')), '-+', '-', 'g') || '.' || x.ext,
       x.fname, CASE x.ext WHEN 'pdf' THEN 'application/pdf' WHEN 'jpg' THEN 'image/jpeg' WHEN 'heic' THEN 'image/heic' ELSE 'image/png' END,
       40000 + fixture_gen.n('docsz', d, 4000000), x.kind::public.document_kind, CASE WHEN d % 6 = 0 THEN (SELECT user_id FROM sgen.p ORDER BY md5(p.i || ':' || d) LIMIT 1) ELSE u.id END, x.t
FROM generate_series(1, 680) d
JOIN sgen.pt u ON u.r = 1 + fixture_gen.n('docu', d, (SELECT count(*)::int FROM sgen.pt))
CROSS JOIN LATERAL (SELECT v[1] AS fname, v[2] AS ext, v[3] AS kind, sgen.between('doct', d, u.created_at) AS t FROM (SELECT CASE fixture_gen.n('dock', d, 10)
    WHEN 0 THEN ARRAY['MRI report ' || u.first || ' ' || u.last || '.pdf', 'pdf', 'imaging_report']
    WHEN 1 THEN ARRAY['GP referral - ' || u.full_name || '.pdf', 'pdf', 'referral_letter']
    WHEN 2 THEN ARRAY['IMG_' || (1000 + fixture_gen.n('docimg', d, 9000)) || '.HEIC', 'heic', 'photo']
    WHEN 3 THEN ARRAY['knee-swelling.jpg', 'jpg', 'photo']
    WHEN 4 THEN ARRAY['Bupa authorisation ' || sgen.dg('insm', u.i, 8) || '.pdf', 'pdf', 'insurance_letter']
    WHEN 5 THEN ARRAY['X-ray_left_shoulder.pdf', 'pdf', 'imaging_report']
    WHEN 6 THEN ARRAY['scan.pdf', 'pdf', 'scan']
    WHEN 7 THEN ARRAY['Überweisung ' || u.last || '.pdf', 'pdf', 'referral_letter']
    WHEN 8 THEN ARRAY['discharge_letter_' || lower(sgen.fold(u.last)) || '_' || to_char(u.dob, 'DDMMYYYY') || '.pdf', 'pdf', 'other']
    ELSE ARRAY['Screenshot ' || to_char(sgen.between('doct', d, u.created_at), 'YYYY-MM-DD "at" HH24.MI.SS') || '.png', 'png', 'other'] END AS v) y) x;

INSERT INTO public.referrals (id, patient_id, referring_gp_name, referring_gp_practice, referring_gp_email, letter_path, reason, created_at)
SELECT sgen.uid('ref', g.rf), u.id, 'Dr ' || gp.first || ' ' || gp.last, gp.practice,
       CASE WHEN g.rf % 3 = 0 THEN gp.practice_mail WHEN g.rf % 3 = 1 THEN lower(sgen.fold(gp.first)) || '.' || lower(sgen.fold(gp.last)) || (g.rf % 9) || '@nhs.net' END,
       u.id || '/referrals/' || to_char(x.t, 'YYYY-MM-DD') || '.pdf',
       replace(replace((ARRAY[
         'Please assess and treat this {age} year old with a 3 month history of right shoulder pain. Diabetic, on metformin.',
         'Thank you for seeing {first}, {age}, with mechanical low back pain. No red flags. Off work since {d}.',
         '{age}yo with knee OA, awaiting orthopaedic review. Would benefit from strengthening programme.',
         'Post-natal pelvic floor weakness. Patient prefers video appointments as she has a 6-week-old.',
         'Recurrent ankle sprains, playing semi-professional football. Please see.',
         'Dizziness on rolling in bed, Dix-Hallpike positive in surgery. Please consider repositioning manoeuvres.'])[1 + fixture_gen.n('refr', g.rf, 6)],
         '{age}', (date_part('year', age(x.t, u.dob)))::int::text), '{first}', u.first),
       x.t
FROM generate_series(1, 560) g(rf)
JOIN sgen.pt u ON u.r = 1 + fixture_gen.n('refu', g.rf, (SELECT count(*)::int FROM sgen.pt)) AND u.k IN (0, 1)
CROSS JOIN LATERAL (SELECT sgen.between('reft', g.rf, u.created_at) AS t) x
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Sarah', 'James', 'Aisha', 'Rajesh', 'Mary', 'Tom', 'Fiona', 'Chinedu'], 'refg1', g.rf) AS first,
                           fixture_gen.pick(ARRAY['Hughes', 'Okonkwo', 'Patel', 'Fraser', 'Murray', 'Lindqvist', 'O''Neill', 'Campbell'], 'refg2', g.rf) AS last,
                           fixture_gen.pick(ARRAY['Bridge Street Surgery, Leeds', 'Hillside Medical Centre, Bristol', 'Parkway Health Centre, London', 'The Grove Medical Practice, Manchester', 'Rathmines Family Practice, Dublin', 'Leith Links Surgery, Edinburgh'], 'refg3', g.rf) AS practice,
                           fixture_gen.pick(ARRAY['bridgestreet.reception@nhs.net', 'hillside.admin@nhs.net', 'parkway.referrals@nhs.net', 'grove.practice@nhs.net', 'info@rathminesfp.ie', 'leithlinks.admin@nhs.scot'], 'refg3', g.rf) AS practice_mail) gp;
UPDATE public.referrals SET reason = replace(reason, '{d}', to_char(created_at - interval '3 weeks', 'DD Mon')) WHERE reason LIKE '%{d}%';

INSERT INTO public.exercise_programs (id, practitioner_id, patient_id, title, notes, exercises, created_at)
SELECT sgen.uid('prog', ap.a), ap.pid, ap.patient_id,
       (ARRAY['Lower back: weeks 1-2', 'Knee rehab – phase 1', 'Shoulder loading programme', 'Ankle sprain return to run', 'Neck & upper back', 'Postnatal pelvic floor + core',
              'Post-op THR day 10+', 'BPPV: self-Epley', 'Plantar heel pain – Rathleff', 'Tennis elbow – isometrics to eccentrics', 'Pacing & gentle strength'])[ap.cs + 1],
       CASE WHEN ap.a % 7 = 0 THEN NULL ELSE replace((ARRAY['Stop if you get sharp pain. Film your squat for me next week.', 'Do these every morning before work.',
              '{first}, your daughter can hold the phone for the balance exercise.', 'Ice after, not before. Message me if the swelling comes back.', 'Twice a day, little and often.',
              'Keep the pain under 4/10.'])[1 + fixture_gen.n('pgn', ap.a, 6)], '{first}', u.first) END,
       (SELECT jsonb_agg(jsonb_build_object('exercise_id', sgen.uid('exercise', 1 + fixture_gen.n('pge', ap.a * 10 + e, 36)), 'sets', 2 + e % 2, 'reps', 8 + 2 * fixture_gen.n('pgr', ap.a * 10 + e, 4),
                                            'hold_seconds', CASE WHEN e = 2 THEN 30 END, 'frequency', CASE WHEN e % 2 = 0 THEN 'daily' ELSE '3x_week' END) ORDER BY e)
          FROM generate_series(1, 2 + fixture_gen.n('pgk', ap.a, 4)) e),
       ap.starts_at + interval '55 minutes'
FROM sgen.ap ap JOIN sgen.u u ON u.i = ap.pi WHERE ap.status = 'completed' AND ap.svc = 1;

-- Video rooms that ran.
INSERT INTO public.video_sessions (id, appointment_id, room_name, started_at, ended_at, patient_joined_at, practitioner_joined_at, patient_ip, network_quality)
SELECT sgen.uid('vs', ap.a), sgen.uid('appt', ap.a), 'apt-' || fixture_gen.hexn('room', ap.a, 12),
       ap.starts_at - make_interval(secs => fixture_gen.n('vss', ap.a, 240)), ap.starts_at + make_interval(mins => 25 + fixture_gen.n('vse', ap.a, 40)),
       CASE WHEN ap.status = 'completed' THEN ap.starts_at + make_interval(secs => fixture_gen.n('vsp', ap.a, 600)) - interval '2 minutes' END,
       ap.starts_at - make_interval(secs => fixture_gen.n('vss', ap.a, 240)),
       CASE WHEN ap.status = 'completed' THEN sgen.ip('sip', ap.pi * 7 + ap.a % 2) END,
       jsonb_build_object('patient', jsonb_build_object('avg_bitrate_kbps', 400 + fixture_gen.n('vsb', ap.a, 2000), 'packet_loss_pct', (fixture_gen.n('vsl', ap.a, 40) / 10.0)::numeric(3,1)),
                          'practitioner', jsonb_build_object('avg_bitrate_kbps', 900 + fixture_gen.n('vsb2', ap.a, 2000), 'packet_loss_pct', (fixture_gen.n('vsl2', ap.a, 10) / 10.0)::numeric(3,1)),
                          'reconnects', fixture_gen.n('vsr', ap.a, 4) / 3)
FROM sgen.ap ap JOIN public.appointments a ON a.id = sgen.uid('appt', ap.a)
WHERE ap.status IN ('completed', 'no_show') AND a.video_provider IS NOT NULL;

-- In-app notifications, push tokens, SMS and email logs.
INSERT INTO public.notifications (id, user_id, type, title, payload, channel, read_at, sent_at, created_at)
SELECT sgen.uid('notif:' || n.kind, n.a), n.user_id, n.kind, n.title, n.payload, n.channel,
       CASE WHEN n.a % 4 <> 0 THEN least(n.t + make_interval(mins => 5 + fixture_gen.n('ntr', n.a, 3000)), timestamptz '2025-02-28 06:00:00+00') END, n.t, n.t
FROM (
  SELECT ap.a, ap.patient_id AS user_id, 'appointment_confirmed' AS kind, 'Appointment confirmed' AS title, 'push' AS channel,
         jsonb_build_object('appointment_id', sgen.uid('appt', ap.a), 'practitioner_name', pu.full_name, 'starts_at', ap.starts_at, 'deep_link', 'limber://appointments/' || sgen.uid('appt', ap.a)) AS payload,
         ap.created + interval '1 minute' AS t
  FROM sgen.ap ap JOIN sgen.u pu ON pu.i = ap.prac_i WHERE ap.status <> 'pending'
  UNION ALL
  SELECT ap.a, ap.patient_id, 'appointment_reminder', 'Your session is tomorrow', CASE WHEN ap.a % 4 = 0 THEN 'sms' ELSE 'push' END,
         jsonb_build_object('appointment_id', sgen.uid('appt', ap.a), 'practitioner_name', pu.full_name, 'starts_at', ap.starts_at, 'join_url', 'https://app.limber.health/a/' || fixture_gen.hexn('room', ap.a, 12)),
         ap.starts_at - interval '24 hours'
  FROM sgen.ap ap JOIN sgen.u pu ON pu.i = ap.prac_i WHERE ap.status IN ('completed', 'no_show', 'confirmed') AND ap.a % 2 = 0
  UNION ALL
  SELECT ap.a, (SELECT user_id FROM sgen.p WHERE p.i = ap.prac_i), 'new_booking', 'New booking', 'email',
         jsonb_build_object('appointment_id', sgen.uid('appt', ap.a), 'patient_name', coalesce(pr.full_name, 'Guest'), 'patient_email', u.email, 'starts_at', ap.starts_at,
                            'reason_preview', left(a.reason, 60)),
         ap.created + interval '1 minute'
  FROM sgen.ap ap JOIN sgen.u u ON u.i = ap.pi JOIN public.profiles pr ON pr.id = ap.patient_id JOIN public.appointments a ON a.id = sgen.uid('appt', ap.a) WHERE ap.a % 3 = 0
  UNION ALL
  SELECT g.a * 10 + g.m, CASE WHEN g.from_patient THEN g.prac_user ELSE g.patient_id END, 'new_message', 'New message', 'push',
         jsonb_build_object('conversation_id', sgen.uid('conv', g.a), 'sender_name', CASE WHEN g.from_patient THEN u.full_name ELSE pu.full_name END, 'preview', left(m.body, 60)),
         g.at
  FROM sgen.msg g JOIN sgen.u u ON u.i = g.pi JOIN sgen.u pu ON pu.i = g.prac_i JOIN public.messages m ON m.id = sgen.uid('msg', g.a * 10 + g.m) WHERE g.m % 3 = 1
) n WHERE n.t < '2025-02-28 06:00:00+00';

INSERT INTO public.push_tokens (id, user_id, token, platform, device_name, app_version, last_used_at, created_at)
SELECT sgen.uid('push', u.i), u.id, 'ExponentPushToken[' || sgen.tok('expo', u.i, 22) || ']', x.platform,
       CASE WHEN u.i % 5 = 0 THEN NULL
            WHEN x.platform = 'ios' THEN (ARRAY[u.first || '''s iPhone', 'iPhone', u.first || '''s iPhone 15', u.full_name || '''s iPad', 'iPhone 13 mini', u.first || ' iPhone'])[1 + fixture_gen.n('pushd', u.i, 6)]
            ELSE (ARRAY['Pixel 8 Pro', 'SM-S918B', 'Galaxy A54 de ' || u.first, u.first || '''s Pixel', 'OnePlus 11', 'moto g84 5G'])[1 + fixture_gen.n('pushd', u.i, 6)] END,
       '2.' || (10 + fixture_gen.n('pushv', u.i, 9)) || '.' || fixture_gen.n('pushv2', u.i, 4),
       sgen.between('pushl', u.i, u.created_at + interval '1 day'), u.created_at + interval '10 minutes'
FROM sgen.act u CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('pushp', u.i, 3) = 0 THEN 'android' ELSE 'ios' END AS platform) x
WHERE u.i % 8 < 5 AND u.kind <> 'staff';

INSERT INTO public.sms_logs (id, to_phone, body, twilio_sid, status, error_code, created_at)
SELECT sgen.uid('sms', s.n), '+' || u.phone,
       CASE s.kind
         WHEN 0 THEN 'Limber: Hi ' || u.first || ', a reminder of your video session with ' || pu.full_name || ' tomorrow at ' || to_char(ap.starts_at AT TIME ZONE u.tz, 'HH24:MI') || '. Join: https://lmbr.link/a/' || fixture_gen.hexn('room', ap.a, 8) || ' Reply STOP to opt out.'
         WHEN 1 THEN 'Limber: your appointment on ' || to_char(ap.starts_at AT TIME ZONE u.tz, 'DD Mon') || ' with ' || pu.first || ' has been cancelled. Rebook any time in the app.'
         WHEN 2 THEN 'Limber: ' || pu.first || ' sent you a message. Open the app to read it.'
         ELSE 'Limber: ' || u.first || ', how was your session with ' || pu.first || '? Leave a review: https://lmbr.link/r/' || fixture_gen.hexn('rvl', ap.a, 8) END,
       'SM' || fixture_gen.hexn('smsid', s.n, 32),
       CASE WHEN s.n % 31 = 0 THEN 'undelivered' WHEN s.n % 53 = 0 THEN 'failed' ELSE 'delivered' END,
       CASE WHEN s.n % 31 = 0 THEN 30003 WHEN s.n % 53 = 0 THEN 21614 END,
       ap.starts_at - interval '24 hours' + make_interval(secs => s.kind * 3600)
FROM (SELECT a AS n, a, a % 4 AS kind FROM sgen.ap) s JOIN sgen.ap ap ON ap.a = s.a JOIN sgen.u u ON u.i = ap.pi JOIN sgen.u pu ON pu.i = ap.prac_i
WHERE u.has_phone AND ap.starts_at - interval '20 hours' < '2025-02-28 06:00:00+00';

INSERT INTO public.email_events (id, message_id, to_email, template, event, created_at)
SELECT sgen.uid('mail', e.n * 10 + ev.k), sgen.uid('resend', e.n)::text, e.email, e.template, ev.event, e.t + make_interval(secs => ev.k * (60 + fixture_gen.n('mlt', e.n * 10 + ev.k, 40000)))
FROM (SELECT ap.a AS n, u.email, (ARRAY['booking_confirmed', 'booking_reminder', 'receipt', 'review_request', 'booking_cancelled'])[1 + ap.a % 5] AS template, ap.starts_at - interval '2 days' AS t
      FROM sgen.ap ap JOIN sgen.u u ON u.i = ap.pi WHERE u.email IS NOT NULL AND ap.a % 3 <> 2) e
CROSS JOIN LATERAL (SELECT * FROM (VALUES (0, 'sent'), (1, 'delivered'), (2, 'opened'), (3, 'clicked'), (2, 'bounced')) v(k, event)
                    WHERE (v.event IN ('sent', 'delivered') AND e.n % 41 <> 0) OR (v.event = 'sent') OR (v.event = 'bounced' AND e.n % 41 = 0)
                       OR (v.event = 'opened' AND e.n % 3 <> 0 AND e.n % 41 <> 0) OR (v.event = 'clicked' AND e.n % 5 = 0 AND e.n % 41 <> 0)) ev
WHERE e.t < '2025-02-26';

-- Support tickets.
INSERT INTO public.support_tickets (id, user_id, email, subject, body, status, priority, assigned_to, created_at, resolved_at)
SELECT sgen.uid('ticket', t), CASE WHEN t % 9 = 0 THEN NULL ELSE u.id END, coalesce(u.email, sgen.fold(u.first) || '.' || sgen.fold(u.last) || '@gmail.com'),
       x.subject,
       replace(replace(replace(replace(replace(x.body, '{first}', u.first), '{name}', u.full_name), '{phone}', sgen.fmt_phone(u.phone, t)),
               '{email}', coalesce(u.email, '')), '{member}', sgen.dg('insm', u.i, 8)),
       (ARRAY['solved', 'solved', 'solved', 'closed', 'open', 'pending'])[1 + fixture_gen.n('tks', t, 6)]::public.ticket_status,
       CASE WHEN x.k IN (1, 5) THEN 'high' WHEN x.k = 9 THEN 'low' ELSE 'normal' END,
       sgen.uid('user', 4 + t % 3), tt, CASE WHEN fixture_gen.n('tks', t, 6) < 4 THEN least(tt + make_interval(hours => 2 + fixture_gen.n('tkr', t, 90)), timestamptz '2025-02-28 05:30:00+00') END
FROM generate_series(1, 420) t
JOIN sgen.act u ON u.r = 1 + fixture_gen.n('tku', t, (SELECT count(*)::int FROM sgen.act)) AND u.kind IN ('patient', 'practitioner')
CROSS JOIN LATERAL (SELECT sgen.between('tkt', t, u.created_at) AS tt) y
JOIN (VALUES
  (0, 'Can''t join video call', 'The link says the room is not available. My appointment is in 10 minutes!! Please call me on {phone}.'),
  (1, 'Charged twice', 'Hi, I was charged twice for the same appointment, both on my Visa. Please refund one of them. Thanks, {name}'),
  (2, 'Delete my account', 'Please delete my account and all my data under GDPR. The email on the account is {email}.'),
  (3, 'Login code not arriving', 'I changed my number to {phone} and the login code still goes to my old phone.'),
  (4, 'Invoice for my insurer', 'My insurer (Bupa, membership {member}) needs an itemised invoice with the physio''s HCPC number. Can you send one?'),
  (5, 'Complaint', 'The practitioner did not turn up and nobody told me. I took a morning off work for this.'),
  (6, 'App crashes', 'App crashes when I open the exercises tab (Pixel 6, Android 14).'),
  (7, 'How do I change my appointment?', 'How do I move my appointment to next week?'),
  (8, 'Refund request', 'The video kept freezing and we had to stop after 20 minutes. I would like a partial refund please.'),
  (9, 'Feature request', 'Would be great to have the exercises as a printable PDF for my dad, he doesn''t use apps.'),
  (10, 'Payout missing', 'Hi, my payout for last week hasn''t arrived in my account. Stripe says the account is verified. {first}'),
  (11, 'Wrong name on invoice', 'The invoice is in my maiden name, it should be {name}. Can you reissue it?')) x(k, subject, body)
  ON x.k = CASE WHEN u.kind = 'practitioner' AND t % 2 = 0 THEN 10 ELSE fixture_gen.n('tkk', t, 12) END;

-- Clinic integrations: API keys, webhooks and their deliveries.
INSERT INTO public.api_keys (id, clinic_id, created_by, name, key_prefix, hashed_key, scopes, last_used_at, last_used_ip, expires_at, revoked_at, created_at)
SELECT sgen.uid('apikey', g.kk), sgen.uid('clinic', cl.c), sgen.uid('user', cl.owner_i),
       (ARRAY['Cliniko sync', 'Zapier', 'Power BI export', 'Reception kiosk', 'Jane App import', 'Test key - do not use', 'Website booking widget', 'Xero reconciliation'])[1 + fixture_gen.n('akn', g.kk, 8)],
       'lmb_live_' || sgen.an('akp', g.kk, 4), encode(sha256(convert_to('lmb_live_' || sgen.an('akp', g.kk, 4) || sgen.an('aks', g.kk, 36), 'UTF8')), 'hex'),
       (ARRAY['{appointments:read}', '{appointments:read,appointments:write}', '{appointments:read,patients:read}', '{payments:read}', '{appointments:read,practitioners:read}'])[1 + fixture_gen.n('aksc', g.kk, 5)]::text[],
       CASE WHEN g.kk % 6 <> 0 THEN sgen.between('aklu', g.kk, t) END, CASE WHEN g.kk % 6 <> 0 THEN sgen.ip('akip', g.kk) END,
       CASE WHEN g.kk % 3 = 0 THEN t + interval '365 days' END, CASE WHEN g.kk % 7 = 0 THEN sgen.between('akrv', g.kk, t) END, t
FROM generate_series(1, 26) g(kk) JOIN sgen.cl cl ON cl.c = 1 + fixture_gen.n('akc', g.kk, 40)
CROSS JOIN LATERAL (SELECT sgen.ts('akt', g.kk, '2023-06-01 09:00:00+00', 500) AS t) x;

INSERT INTO public.webhook_endpoints (id, clinic_id, url, signing_secret, events, is_active, failure_count, last_delivery_at, description, created_at)
SELECT sgen.uid('wh', w), sgen.uid('clinic', cl.c),
       CASE fixture_gen.n('whu', w, 7)
         WHEN 0 THEN 'https://hooks.zapier.com/hooks/catch/' || sgen.dg('whz', w, 8) || '/' || sgen.lc('whz', w, 7) || '/'
         WHEN 1 THEN 'https://hook.eu1.make.com/' || sgen.lc('whm', w, 32)
         WHEN 2 THEN 'https://www.' || coalesce(cl.brand, sgen.fold(cl.name) || '.com') || '/api/limber-webhook?token=' || sgen.tok('whq', w, 32)
         WHEN 3 THEN 'https://n8n.' || coalesce(cl.brand, sgen.fold(cl.name) || '.com') || '/webhook/' || sgen.uid('whn', w)
         WHEN 4 THEN 'https://api.cliniko-bridge.io/v1/hooks/limber/' || sgen.uid('whc', w)
         WHEN 5 THEN 'https://webhook.site/' || sgen.uid('whs', w)
         ELSE 'https://integrations.' || coalesce(cl.brand, sgen.fold(cl.name) || '.com') || '/limber/events' END,
       'whsec_' || sgen.tok('whsec', w, 32),
       (ARRAY['{appointment.created,appointment.cancelled}', '{appointment.created,appointment.updated,appointment.cancelled,appointment.completed}', '{payment.succeeded,payment.refunded}', '{review.created}'])[1 + fixture_gen.n('whe', w, 4)]::text[],
       w % 5 <> 0, CASE WHEN w % 5 = 0 THEN 12 + w ELSE fixture_gen.n('whf', w, 3) END, NULL,
       (ARRAY['Sync bookings to Cliniko', 'Bookings to Google Sheets', 'Reception Slack alerts', NULL, 'Testing', 'Xero', NULL])[1 + fixture_gen.n('whd', w, 7)],
       sgen.ts('wht', w, '2023-07-01 09:00:00+00', 480)
FROM generate_series(1, 18) w JOIN sgen.cl cl ON cl.c = 1 + fixture_gen.n('whcl', w, 40);

INSERT INTO public.webhook_deliveries (endpoint_id, event_type, request_body, response_status, response_body, duration_ms, delivered_at)
SELECT sgen.uid('wh', 1 + fixture_gen.n('wdw', d.a, 18)), x.ev,
       jsonb_build_object('id', 'evt_' || sgen.an('wdid', d.a, 24), 'type', x.ev, 'created', extract(epoch FROM d.t)::bigint,
                          'data', jsonb_build_object('appointment_id', sgen.uid('appt', d.a), 'starts_at', d.starts_at, 'status', d.status, 'service', s.title,
                                                     'patient', jsonb_build_object('id', d.patient_id, 'name', u.full_name, 'email', u.email, 'phone', CASE WHEN u.has_phone THEN '+' || u.phone END),
                                                     'practitioner', jsonb_build_object('id', d.pid, 'name', pu.full_name))),
       x.st, CASE x.st WHEN 200 THEN '{"ok":true}' WHEN 202 THEN 'Accepted' WHEN 410 THEN 'Gone' WHEN 500 THEN '{"error":"Internal Server Error"}' ELSE '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>' END,
       40 + fixture_gen.n('wdms', d.a, 3000), d.t
FROM (SELECT ap.*, ap.created + interval '1 minute' AS t FROM sgen.ap ap WHERE ap.a % 3 = 1) d
JOIN sgen.u u ON u.i = d.pi JOIN sgen.u pu ON pu.i = d.prac_i JOIN public.services s ON s.id = sgen.uid('svc', d.prac_i * 10 + d.svc)
CROSS JOIN LATERAL (SELECT CASE WHEN d.status = 'cancelled' THEN 'appointment.cancelled' WHEN d.a % 2 = 0 THEN 'appointment.created' ELSE 'appointment.updated' END AS ev,
                           (ARRAY[200, 200, 200, 200, 200, 200, 202, 500, 502, 410])[1 + fixture_gen.n('wdst', d.a, 10)] AS st) x
WHERE d.t < '2025-02-28';
UPDATE public.webhook_endpoints w SET last_delivery_at = x.mx FROM (SELECT endpoint_id, max(delivered_at) mx FROM public.webhook_deliveries GROUP BY 1) x WHERE x.endpoint_id = w.id;

-- Feature flags and the app's key/value settings.
INSERT INTO public.feature_flags (key, description, enabled, rollout_percentage, allowed_user_ids, updated_at) VALUES
 ('video_provider_daily', 'Use Daily instead of Whereby for new rooms', true, 100, '{}', '2023-09-01 08:00:00+00'),
 ('ai_note_summaries', 'Draft SOAP notes from the call transcript (beta)', false, 0, ARRAY[sgen.uid('user', 3), sgen.uid('user', 11), sgen.uid('user', 25), sgen.uid('user', 40)], '2024-11-12 10:20:00+00'),
 ('insurance_direct_billing', 'Bill Bupa and AXA directly', true, 50, '{}', '2024-06-03 09:00:00+00'),
 ('home_visits', 'Show home-visit services in search', true, 100, '{}', '2024-02-14 12:00:00+00'),
 ('new_onboarding_flow', 'Three-step onboarding with intake form first', true, 25, '{}', '2025-01-20 15:30:00+00'),
 ('group_classes', 'Pilates and back-pain group classes', false, 0, ARRAY[sgen.uid('user', 1), sgen.uid('user', 2)], '2024-12-01 09:00:00+00'),
 ('exercise_video_upload', 'Practitioners can upload their own exercise videos', true, 100, '{}', '2024-04-22 11:00:00+00'),
 ('us_launch', 'Allow US patients to book', true, 100, '{}', '2024-05-01 13:00:00+00'),
 ('fr_launch', 'Allow French patients to book', false, 10, '{}', '2025-02-10 08:00:00+00'),
 ('maintenance_banner', 'Show the maintenance banner in the apps', false, 0, '{}', '2024-10-06 22:00:00+00'),
 ('stripe_link_payments', 'Offer Link at checkout', true, 100, '{}', '2023-11-08 10:00:00+00'),
 ('sms_reminders', 'Send SMS reminders (Twilio) in addition to push', true, 100, '{}', '2023-05-18 16:40:00+00'),
 ('practitioner_payouts_weekly', 'Weekly instead of monthly payouts', true, 100, '{}', '2024-03-01 09:00:00+00'),
 ('review_prompts', 'Ask for a review 3 hours after a completed session', true, 100, '{}', '2023-07-10 12:00:00+00');

INSERT INTO public.app_settings (key, value, description, is_secret, updated_by, updated_at)
SELECT key, value, description, is_secret, sgen.uid('user', 1 + fixture_gen.n('asu', ord, 3)), sgen.ts('ast', ord, '2023-02-01 09:00:00+00', 700)
FROM (VALUES
 (1, 'stripe_secret_key', 'sk_' || 'live_51N' || sgen.an('stsk', 1, 96), 'Used by the create-payment-intent edge function', true),
 (2, 'stripe_publishable_key', 'pk_' || 'live_51N' || sgen.an('stpk', 1, 96), 'Shipped in the apps', false),
 (3, 'stripe_webhook_secret', 'whsec_' || sgen.an('stwh', 1, 32), 'Endpoint /functions/v1/stripe-webhook', true),
 (4, 'twilio_account_sid', 'AC' || fixture_gen.hexn('twsid', 1, 32), NULL, false),
 (5, 'twilio_auth_token', fixture_gen.hexn('twtok', 1, 32), 'Rotate with the Twilio console, then update here', true),
 (6, 'twilio_messaging_service_sid', 'MG' || fixture_gen.hexn('twmg', 1, 32), NULL, false),
 (7, 'resend_api_key', 're_' || sgen.an('resend', 1, 8) || '_' || sgen.an('resend2', 1, 24), 'Transactional email', true),
 (8, 'daily_api_key', fixture_gen.hexn('daily', 1, 64), 'Video rooms', true),
 (9, 'expo_access_token', sgen.an('expo', 1, 40), 'Expo push API (sending works without it; enhanced push security is off)', true),
 (10, 'openai_api_key', 'sk-' || 'proj-' || sgen.tok('oai', 1, 48) || 'T3BlbkFJ' || sgen.tok('oai2', 1, 48), 'ai_note_summaries beta', true),
 (11, 'google_maps_api_key', 'AIza' || sgen.tok('gmaps', 1, 35), 'Restricted to app.limber.health', false),
 (12, 'slack_ops_webhook', 'https://hooks.slack.com/services/T0' || upper(sgen.an('slk1', 1, 8)) || '/B0' || upper(sgen.an('slk2', 1, 9)) || '/' || sgen.an('slk3', 1, 24), 'Posts failed payouts to #ops', true),
 (13, 'sentry_dsn', 'https://' || fixture_gen.hexn('sentry', 1, 32) || '@o4505' || sgen.dg('sentry', 1, 10) || '.ingest.de.sentry.io/4505' || sgen.dg('sentry2', 1, 10), NULL, false),
 (14, 'posthog_project_key', 'phc_' || sgen.an('posthog', 1, 43), 'Public by design', false),
 (15, 'support_email', 'support@limber.health', 'Reply-to for all patient emails', false),
 (16, 'support_phone', '+44 20 3807 4411', 'Shown in the app footer', false),
 (17, 'dpo_contact', 'Helen Marsh, Data Protection Officer – dpo@limber.health, +44 7700 914 228', 'Named in the privacy policy', false),
 (18, 'clinical_lead', 'Dr Karim Haddad (HCPC PH118823)', 'Signs off practitioner verification', false),
 (19, 'company_registered_address', 'Limber Health Ltd, 71-75 Shelton Street, Covent Garden, London WC2H 9JQ', NULL, false),
 (20, 'company_number', '14598812', NULL, false),
 (21, 'vat_number', 'GB 412 8830 17', NULL, false),
 (22, 'marketing_hero_title', 'Physio that fits around your life', 'Landing page', false),
 (23, 'marketing_hero_subtitle', 'Book a chartered physiotherapist by video today. Most patients feel better within three sessions.', 'Landing page', false),
 (24, 'marketing_testimonial', '"I was back running within a month" – Rachel, Leeds', 'Landing page, with written consent', false),
 (25, 'cancellation_policy', 'Free cancellation up to 24 hours before your session. Later cancellations are charged in full.', NULL, false),
 (26, 'booking_fee_percent', '0', NULL, false),
 (27, 'platform_commission_percent', '15', 'Taken from practitioner payouts', false),
 (28, 'min_booking_notice_hours', '12', NULL, false),
 (29, 'default_currency', 'GBP', NULL, false),
 (30, 'ios_min_supported_version', '2.12.0', 'Force-update below this', false),
 (31, 'android_min_supported_version', '2.12.0', NULL, false),
 (32, 'maintenance_mode', 'false', NULL, false),
 (33, 'terms_version', '2024-06', NULL, false),
 (34, 'emergency_notice', 'Limber is not an emergency service. If you have chest pain, sudden weakness or loss of bladder control, call 999 or 112.', 'Shown before booking', false),
 (35, 'supabase_service_role_key', sgen.jwt('{"iss":"supabase","ref":"xkqzvbhtnrwpalmdyefo","role":"service_role","iat":1673866432,"exp":1989442432}', 'srk', 1), 'Copied here for the Retool admin; do not use in clients', true),
 (36, 'retool_admin_password', 'Limber-' || sgen.an('retool', 1, 12) || '!', 'Shared ops login for Retool', true)
) v(ord, key, value, description, is_secret);

-- The app's own audit trail.
INSERT INTO public.audit_events (actor_id, action, entity_type, entity_id, diff, ip, user_agent, created_at)
SELECT CASE WHEN x.kind = 9 THEN NULL ELSE u.id END, v.action, v.entity_type,
       CASE v.entity_type WHEN 'profile' THEN u.id::text WHEN 'appointment' THEN sgen.uid('appt', 1 + fixture_gen.n('aea', e, 2300))::text WHEN 'practitioner' THEN sgen.uid('prac', 7 + fixture_gen.n('aep', e, 154))::text
                          WHEN 'app_setting' THEN (ARRAY['support_email', 'marketing_hero_title', 'min_booking_notice_hours', 'twilio_auth_token', 'terms_version', 'stripe_webhook_secret'])[1 + e % 6] ELSE sgen.uid(v.entity_type, e)::text END,
       CASE x.kind
         WHEN 0 THEN jsonb_build_object('phone', jsonb_build_object('old', sgen.fmt_phone(u.phone, e), 'new', sgen.fmt_phone(sgen.mobile_digits(u.k, 'aeph', e), e)))
         WHEN 1 THEN jsonb_build_object('full_name', jsonb_build_object('old', u.first || ' ' || fixture_gen.last_name('aeln', e), 'new', u.full_name))
         WHEN 2 THEN jsonb_build_object('status', jsonb_build_object('old', 'confirmed', 'new', 'cancelled'))
         WHEN 3 THEN jsonb_build_object('is_signed', jsonb_build_object('old', false, 'new', true))
         WHEN 4 THEN jsonb_build_object('refunded_amount', jsonb_build_object('old', 0, 'new', 6500 + 500 * (e % 5)), 'reason', 'requested_by_customer')
         WHEN 5 THEN jsonb_build_object('is_verified', jsonb_build_object('old', false, 'new', true), 'license_checked', true)
         WHEN 6 THEN jsonb_build_object('email', jsonb_build_object('old', coalesce(u.email, ''), 'new', sgen.fold(u.first) || '.' || sgen.fold(u.last) || '@proton.me'))
         WHEN 7 THEN jsonb_build_object('member_number', jsonb_build_object('old', NULL, 'new', sgen.dg('aemn', e, 10)), 'insurer_name', jsonb_build_object('old', NULL, 'new', 'AXA Health'))
         WHEN 8 THEN jsonb_build_object('date_of_birth', jsonb_build_object('old', NULL, 'new', u.dob))
         WHEN 9 THEN jsonb_build_object('deleted_user', u.id, 'reason', 'GDPR erasure request')
         ELSE jsonb_build_object('value', (ARRAY[jsonb_build_object('old', 'help@limber.health', 'new', 'support@limber.health'),
                                                 jsonb_build_object('old', 'Physiotherapy, wherever you are', 'new', 'Physio that fits around your life'),
                                                 jsonb_build_object('old', '24', 'new', '12'),
                                                 jsonb_build_object('old', fixture_gen.hexn('twtok-old', e, 32), 'new', fixture_gen.hexn('twtok', 1, 32)),
                                                 jsonb_build_object('old', '2023-03', 'new', '2024-06'),
                                                 jsonb_build_object('old', 'whsec_' || sgen.an('stwh-old', e, 32), 'new', 'whsec_' || sgen.an('stwh', 1, 32))])[1 + e % 6]) END,
       CASE WHEN x.kind = 9 THEN NULL ELSE sgen.ip('sip', u.i * 7 + e % 2) END,
       CASE WHEN x.kind = 9 THEN 'supabase-edge-runtime' ELSE sgen.ua('sua', u.i * 3 + e % 3) END,
       sgen.between('aet', e, u.created_at)
FROM generate_series(1, 3000) e
CROSS JOIN LATERAL (SELECT fixture_gen.n('aek', e, 11) AS kind) x
JOIN sgen.act u ON u.r = 1 + fixture_gen.n('aeu', e, (SELECT count(*)::int FROM sgen.act))
JOIN (VALUES (0, 'profile.updated', 'profile'), (1, 'profile.updated', 'profile'), (2, 'appointment.cancelled', 'appointment'), (3, 'note.signed', 'appointment_note'),
             (4, 'payment.refunded', 'payment'), (5, 'practitioner.verified', 'practitioner'), (6, 'profile.email_changed', 'profile'), (7, 'insurance.updated', 'insurance_policy'),
             (8, 'profile.updated', 'profile'), (9, 'user.deleted', 'profile'), (10, 'settings.updated', 'app_setting')) v(kind, action, entity_type) ON v.kind = x.kind;

-- The pre-launch waitlist and city waitlists.
INSERT INTO public.waitlist_signups (id, email, postcode, referral_code, referred_by, utm_source, utm_medium, utm_campaign, created_at, invited_at)
SELECT sgen.uid('wait', w), lower(sgen.fold(f) || CASE WHEN w % 3 = 0 THEN '.' ELSE '' END || sgen.fold(l) || CASE WHEN w % 4 = 0 THEN (w % 97)::text ELSE '' END || '@' || ct.doms[1 + fixture_gen.n('wtd', w, cardinality(ct.doms))]),
       CASE WHEN w % 5 <> 0 THEN CASE WHEN ct.k = 0 THEN sgen.gb_pc(ct.cities[1 + fixture_gen.n('wtc', w, cardinality(ct.cities))], 'wtpc', w) ELSE sgen.postcode(ct.k, 'wtpc', w) END END,
       upper(sgen.an('wref', w, 8)),
       CASE WHEN w > 40 AND w % 4 = 0 THEN upper(sgen.an('wref', 1 + fixture_gen.n('wrb', w, w - 1), 8)) END,
       CASE WHEN w % 4 = 0 THEN NULL ELSE (ARRAY['instagram', 'google', 'facebook', 'tiktok', 'newsletter', 'parkrun'])[1 + fixture_gen.n('wts', w, 6)] END,
       CASE WHEN w % 4 = 0 THEN NULL ELSE (ARRAY['paid_social', 'cpc', 'paid_social', 'paid_social', 'email', 'partner'])[1 + fixture_gen.n('wts', w, 6)] END,
       CASE WHEN w % 4 = 0 THEN NULL WHEN w <= 700 THEN 'prelaunch_2023' ELSE (ARRAY['us_launch', 'fr_waitlist', 'spring_2024'])[1 + w % 3] END,
       CASE WHEN w <= 700 THEN sgen.ts('wtt', w, '2022-11-01 09:00:00+00', 120) ELSE sgen.ts('wtt', w, '2024-02-01 09:00:00+00', 380) END,
       CASE WHEN w <= 700 AND w % 3 <> 0 THEN timestamptz '2023-03-01 09:00:00+00' + make_interval(days => w % 20) END
FROM generate_series(1, 1200) w
JOIN sgen.ctry ct ON ct.k = CASE WHEN w <= 700 THEN sgen.country_of('wctry', w) ELSE (ARRAY[6, 6, 5, 0])[1 + w % 4] END
CROSS JOIN LATERAL (SELECT (SELECT firsts[1 + fixture_gen.n('wtf', w, cardinality(firsts))] FROM sgen.cult WHERE c = ct.cults[1 + fixture_gen.n('wtcu', w, cardinality(ct.cults))]) AS f,
                           (SELECT lasts[1 + fixture_gen.n('wtl', w, cardinality(lasts))] FROM sgen.cult WHERE c = ct.cults[1 + fixture_gen.n('wtcu', w, cardinality(ct.cults))]) AS l) n
ON CONFLICT (email) DO NOTHING;

INSERT INTO public.promo_codes (id, code, description, discount_percent, discount_amount_cents, max_redemptions, times_redeemed, valid_from, valid_until, is_active, created_by, created_at)
SELECT sgen.uid('promo', n), code, descr, pct, amt, maxr, least(coalesce(maxr, 100000), fixture_gen.n('prr', n, 400)), vf, vu, vu IS NULL OR vu > '2025-02-28', sgen.uid('user', 1 + n % 4), vf - interval '3 days'
FROM (VALUES
 (1, 'WELCOME10', 'New patients: 10% off the first session', 10, NULL, NULL, timestamptz '2023-03-01', NULL::timestamptz),
 (2, 'LAUNCH50', 'Launch offer for the waitlist', 50, NULL, 1000, '2023-03-01', '2023-04-30'),
 (3, 'SPRING24', 'Spring campaign 2024', 15, NULL, 2000, '2024-03-01', '2024-05-31'),
 (4, 'RUNNER15', 'Running clubs partnership', 15, NULL, NULL, '2023-06-01', NULL),
 (5, 'PARKRUN', 'parkrun UK partnership', 20, NULL, 5000, '2024-01-10', '2024-12-31'),
 (6, 'NHSHEROES', 'NHS staff discount', 25, NULL, NULL, '2023-05-01', NULL),
 (7, 'KINESIS20', 'Kinesis Health members', 20, NULL, NULL, '2023-08-01', NULL),
 (8, 'BUPA-MEMBER', 'Bupa members: no booking fee', NULL, 500, NULL, '2024-06-03', NULL),
 (9, 'BLACKFRIDAY', 'Black Friday 2023', 30, NULL, 800, '2023-11-24', '2023-11-27'),
 (10, 'BLACKFRIDAY24', 'Black Friday 2024', 30, NULL, 800, '2024-11-29', '2024-12-02'),
 (11, 'NEWYEAR25', 'January 2025', 20, NULL, 1500, '2025-01-01', '2025-01-31'),
 (12, 'FRIEND5', 'Refer a friend: £5 off', NULL, 500, NULL, '2023-09-01', NULL),
 (13, 'STUDENT', 'Students with a valid university email', 20, NULL, NULL, '2023-09-15', NULL),
 (14, 'PODCAST', 'Podcast sponsorship read', 15, NULL, 500, '2024-09-01', '2024-10-31'),
 (15, 'USLAUNCH', 'US launch', 25, NULL, 1000, '2024-05-01', '2024-07-31'),
 (16, 'SORRY', 'Goodwill credit issued by support', NULL, 2000, 1, '2024-02-10', '2024-08-10'),
 (17, 'STAFFTEST', 'Internal testing, 100% off', 100, NULL, 50, '2023-02-20', NULL),
 (18, 'PHYSIOWEEK', 'Physiotherapy Week', 10, NULL, NULL, '2024-09-09', '2024-09-15')
) v(n, code, descr, pct, amt, maxr, vf, vu);

-- Clinic invitations for practitioners, by email, with the link token.
INSERT INTO public.invitations (id, clinic_id, email, role, token, invited_by, expires_at, accepted_at, created_at)
SELECT sgen.uid('invite', iv), sgen.uid('clinic', cl.c),
       CASE WHEN iv <= 30 THEN u.email ELSE lower(sgen.fold(fixture_gen.first_name('ivf', iv)) || '.' || sgen.fold(fixture_gen.last_name('ivl', iv))) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'nhs.net'], 'ivd', iv) END,
       CASE WHEN iv % 9 = 0 THEN 'admin' ELSE 'practitioner' END,
       sgen.tok('invtok', iv, 40), sgen.uid('user', cl.owner_i), x.t + interval '7 days',
       CASE WHEN iv <= 30 THEN x.t + make_interval(hours => 3 + fixture_gen.n('iva', iv, 100)) END, x.t
FROM generate_series(1, 44) iv
JOIN sgen.p p ON p.i = (SELECT i FROM sgen.p WHERE clinic_c IS NOT NULL AND NOT owner ORDER BY i OFFSET (iv - 1) % 60 LIMIT 1)
JOIN sgen.u u ON u.i = p.i JOIN sgen.cl cl ON cl.c = p.clinic_c
CROSS JOIN LATERAL (SELECT u.created_at - interval '2 days' AS t) x;

-- ---------------------------------------------------------------------------
-- storage: Supabase Storage's schema, as storage-api's migrations create it.
CREATE SCHEMA storage;
CREATE TABLE storage.migrations (
  id int4 NOT NULL PRIMARY KEY,
  name varchar(100) NOT NULL UNIQUE,
  hash varchar(40) NOT NULL,
  executed_at timestamp NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE storage.buckets (
  id text NOT NULL PRIMARY KEY,
  name text NOT NULL,
  owner uuid NULL,
  created_at timestamptz NULL DEFAULT now(),
  updated_at timestamptz NULL DEFAULT now(),
  public bool NULL DEFAULT false,
  avif_autodetection bool NULL DEFAULT false,
  file_size_limit int8 NULL,
  allowed_mime_types text[] NULL,
  owner_id text NULL
);
CREATE UNIQUE INDEX bname ON storage.buckets USING btree (name);
CREATE TABLE storage.objects (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  bucket_id text NULL REFERENCES storage.buckets (id),
  name text NULL,
  owner uuid NULL,
  created_at timestamptz NULL DEFAULT now(),
  updated_at timestamptz NULL DEFAULT now(),
  last_accessed_at timestamptz NULL DEFAULT now(),
  metadata jsonb NULL,
  path_tokens text[] NULL GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
  version text NULL,
  owner_id text NULL,
  user_metadata jsonb NULL
);
CREATE UNIQUE INDEX bucketid_objname ON storage.objects USING btree (bucket_id, name);
CREATE TABLE storage.s3_multipart_uploads (
  id text NOT NULL PRIMARY KEY,
  in_progress_size int8 NOT NULL DEFAULT 0,
  upload_signature text NOT NULL,
  bucket_id text NOT NULL REFERENCES storage.buckets (id),
  "key" text COLLATE "C" NOT NULL,
  version text NOT NULL,
  owner_id text NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  user_metadata jsonb NULL
);

INSERT INTO storage.migrations (id, name, hash, executed_at)
SELECT ord - 1, nm, substr(encode(sha256(convert_to('storage-migration:' || nm, 'UTF8')), 'hex'), 1, 40), timestamp '2023-01-16 10:53:52' + make_interval(secs => ord) + CASE WHEN ord > 18 THEN interval '400 days' ELSE interval '0' END
FROM unnest(ARRAY['create-migrations-table', 'initialmigration', 'storage-schema', 'pathtoken-column', 'add-migrations-rls', 'add-size-functions',
  'change-column-name-in-get-size', 'add-rls-to-buckets', 'add-public-to-buckets', 'fix-search-function', 'search-files-search-function',
  'add-trigger-to-auto-update-updated_at-column', 'add-automatic-avif-detection-flag', 'add-bucket-custom-limits', 'use-bytes-for-max-size',
  'add-can-insert-object-function', 'add-version', 'drop-owner-foreign-key', 'add_owner_id_column_deprecate_owner', 'alter-default-value-objects-id',
  'list-objects-with-delimiter', 's3-multipart-uploads', 's3-multipart-uploads-big-ints', 'optimize-search-function', 'operation-function', 'custom-metadata']) WITH ORDINALITY t(nm, ord);

INSERT INTO storage.buckets (id, name, owner, created_at, updated_at, public, avif_autodetection, file_size_limit, allowed_mime_types, owner_id) VALUES
 ('avatars', 'avatars', NULL, '2023-01-16 11:20:04+00', '2023-01-16 11:20:04+00', true, false, 5242880, '{image/png,image/jpeg,image/webp}', NULL),
 ('clinic-logos', 'clinic-logos', NULL, '2023-02-02 09:41:17+00', '2023-02-02 09:41:17+00', true, false, 2097152, '{image/png,image/svg+xml}', NULL),
 ('exercise-videos', 'exercise-videos', NULL, '2023-02-20 14:03:55+00', '2024-04-22 10:58:12+00', true, false, 209715200, '{video/mp4}', NULL),
 ('patient-documents', 'patient-documents', NULL, '2023-02-20 14:05:31+00', '2023-06-11 16:12:40+00', false, false, 26214400, '{application/pdf,image/jpeg,image/png,image/heic}', NULL),
 ('insurance-cards', 'insurance-cards', NULL, '2023-05-03 08:30:00+00', '2023-05-03 08:30:00+00', false, false, 10485760, '{image/jpeg,image/png,image/heic}', NULL),
 ('chat-attachments', 'chat-attachments', NULL, '2023-04-12 12:14:09+00', '2023-04-12 12:14:09+00', false, false, 26214400, NULL, NULL),
 ('invoices', 'invoices', NULL, '2023-03-01 07:00:00+00', '2023-03-01 07:00:00+00', false, false, NULL, '{application/pdf}', NULL);

-- Objects: every file the app references, plus the legacy avatars named after their owners.
CREATE TABLE sgen.obj (bucket text, name text, owner uuid, t timestamptz, mime text, size bigint, orig text);
INSERT INTO sgen.obj
SELECT 'avatars', split_part(split_part(p.avatar_url, '/object/public/avatars/', 2), '?', 1), p.id, p.created_at + interval '5 minutes',
       CASE WHEN p.avatar_url LIKE '%.jpg%' THEN 'image/jpeg' ELSE 'image/png' END, 20000 + fixture_gen.n('avsz', extract(epoch FROM p.created_at)::bigint, 400000), NULL
FROM public.profiles p WHERE p.avatar_url LIKE '%/object/public/avatars/%'
UNION ALL
SELECT 'clinic-logos', split_part(c.logo_url, '/object/public/clinic-logos/', 2), c.owner_id, c.created_at + interval '1 hour',
       CASE WHEN c.logo_url LIKE '%.svg' THEN 'image/svg+xml' ELSE 'image/png' END, 3000 + fixture_gen.n('lgsz', extract(epoch FROM c.created_at)::bigint, 90000), NULL
FROM public.clinics c WHERE c.logo_url IS NOT NULL
UNION ALL
SELECT 'exercise-videos', split_part(e.video_url, '/object/public/exercise-videos/', 2), sgen.uid('user', 3), timestamptz '2023-02-21 10:00:00+00' + make_interval(hours => n),
       'video/mp4', 4000000 + fixture_gen.n('exsz', n, 30000000), NULL
FROM public.exercises e CROSS JOIN LATERAL (SELECT fixture_gen.n('exn', length(e.slug) * 100 + ascii(e.slug), 2000) AS n) x
UNION ALL
SELECT 'patient-documents', d.storage_path, d.uploaded_by, d.created_at, d.mime_type, d.size_bytes, d.file_name FROM public.patient_documents d
UNION ALL
SELECT 'patient-documents', r.letter_path, r.patient_id, r.created_at, 'application/pdf', 60000 + fixture_gen.n('rfsz', extract(epoch FROM r.created_at)::bigint, 300000), 'Referral letter.pdf' FROM public.referrals r
UNION ALL
SELECT 'insurance-cards', x.path, i.patient_id, i.created_at, 'image/jpeg', 300000 + fixture_gen.n('iczs', extract(epoch FROM i.created_at)::bigint, 3000000), x.orig
FROM public.insurance_policies i CROSS JOIN LATERAL (VALUES (i.card_front_path, 'IMG_' || (1000 + fixture_gen.n('icf', extract(epoch FROM i.created_at)::bigint, 9000)) || '.jpg'),
                                                           (i.card_back_path, 'IMG_' || (1000 + fixture_gen.n('icb', extract(epoch FROM i.created_at)::bigint, 9000)) || '.jpg')) x(path, orig)
WHERE x.path IS NOT NULL
UNION ALL
SELECT 'chat-attachments', a ->> 'path', m.sender_id, m.created_at, a ->> 'mime_type', (a ->> 'size')::bigint, a ->> 'name'
FROM public.messages m CROSS JOIN LATERAL jsonb_array_elements(m.attachments) a
UNION ALL
SELECT 'invoices', substr(v.pdf_path, 10), NULL, v.issued_at + interval '40 seconds', 'application/pdf', 28000 + fixture_gen.n('ivsz', extract(epoch FROM v.issued_at)::bigint, 20000), NULL
FROM public.invoices v;

INSERT INTO storage.objects (id, bucket_id, name, owner, created_at, updated_at, last_accessed_at, metadata, version, owner_id, user_metadata)
SELECT sgen.uid('obj', rn), o.bucket, o.name, o.owner, o.t, o.t, least(o.t + make_interval(days => fixture_gen.n('obla', rn, 200)), timestamptz '2025-02-28 06:00:00+00'),
       jsonb_build_object('eTag', '"' || fixture_gen.hexn('etag', rn, 32) || '"', 'size', o.size, 'mimetype', o.mime, 'cacheControl', CASE WHEN o.bucket IN ('avatars', 'clinic-logos', 'exercise-videos') THEN 'max-age=3600' ELSE 'no-cache' END,
                          'lastModified', to_char(o.t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'), 'contentLength', o.size, 'httpStatusCode', 200),
       sgen.uid('objver', rn)::text, o.owner::text,
       CASE WHEN o.orig IS NOT NULL AND o.t >= '2024-06-01' THEN jsonb_build_object('originalName', o.orig, 'uploadedFrom', (ARRAY['ios', 'android', 'web'])[1 + rn % 3]) END
FROM (SELECT row_number() OVER (ORDER BY t, bucket, name) AS rn, * FROM (SELECT DISTINCT ON (bucket, name) * FROM sgen.obj WHERE name IS NOT NULL AND name <> '' ORDER BY bucket, name, t) d) o;

INSERT INTO storage.s3_multipart_uploads (id, in_progress_size, upload_signature, bucket_id, "key", version, owner_id, created_at, user_metadata)
SELECT sgen.b64url(sgen.uid('mpu', m)::text || '.' || fixture_gen.hexn('mpu', m, 64)), (5242880 * (1 + fixture_gen.n('mpus', m, 12)))::bigint,
       fixture_gen.b64('mpsig', m, 32), x.bucket, x.key, sgen.uid('mpver', m)::text, x.owner::text, x.t,
       CASE WHEN x.bucket = 'patient-documents' THEN jsonb_build_object('originalName', split_part(x.key, '/', 2)) END
FROM generate_series(1, 11) m
CROSS JOIN LATERAL (
  SELECT CASE WHEN m <= 5 THEN 'exercise-videos' ELSE 'patient-documents' END AS bucket,
         CASE WHEN m <= 5 THEN (ARRAY['knee/terminal-knee-extension', 'hip/side-lying-hip-abduction', 'shoulder/prone-y-raise', 'back/jefferson-curl', 'ankle/tibialis-raise'])[m] || '.mp4'
              ELSE pt.id || '/' || (ARRAY['MRI DICOM - ', 'CT lumbar spine ', 'Ultrasound shoulder ', 'MRI knee ', 'DEXA scan ', 'X-ray hip '])[m - 5] || pt.first || ' ' || pt.last || '.zip' END AS key,
         CASE WHEN m <= 5 THEN sgen.uid('user', 7 + m * 13) ELSE pt.id END AS owner,
         timestamptz '2025-02-20 08:00:00+00' + make_interval(hours => m * 17) AS t
  FROM sgen.pt pt WHERE pt.r = 1 + fixture_gen.n('mpu', m, 1000)) x;

-- ---------------------------------------------------------------------------
-- The rest of a Supabase project's database the app touches: the CLI's
-- migration history, pg_cron's jobs and their runs, pg_net's responses and
-- the Vault (schemas and tables as the extensions create them).
CREATE SCHEMA supabase_migrations;
CREATE TABLE supabase_migrations.schema_migrations (
  version text NOT NULL PRIMARY KEY,
  statements text[],
  name text,
  created_by text
);
CREATE SCHEMA cron;
CREATE TABLE cron.job (
  jobid bigserial PRIMARY KEY,
  schedule text NOT NULL,
  command text NOT NULL,
  nodename text NOT NULL DEFAULT 'localhost',
  nodeport int NOT NULL DEFAULT 5432,
  database text NOT NULL DEFAULT current_database(),
  username text NOT NULL DEFAULT CURRENT_USER,
  active boolean NOT NULL DEFAULT true,
  jobname text
);
CREATE TABLE cron.job_run_details (
  jobid bigint,
  runid bigserial PRIMARY KEY,
  job_pid integer,
  database text,
  username text,
  command text,
  status text,
  return_message text,
  start_time timestamptz,
  end_time timestamptz
);
CREATE SCHEMA net;
CREATE TABLE net._http_response (
  id bigint,
  status_code integer,
  content_type text,
  headers jsonb,
  content text,
  timed_out boolean,
  error_msg text,
  created timestamptz NOT NULL DEFAULT now()
);
CREATE SCHEMA vault;
CREATE TABLE vault.secrets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text,
  description text NOT NULL DEFAULT '',
  secret text NOT NULL,
  key_id uuid,
  nonce bytea,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The service-role and anon keys of the project, as the dashboard shows them.
CREATE TABLE sgen.keys AS SELECT
  sgen.jwt('{"iss":"supabase","ref":"xkqzvbhtnrwpalmdyefo","role":"service_role","iat":1673866432,"exp":1989442432}', 'srk', 1) AS service_role,
  sgen.jwt('{"iss":"supabase","ref":"xkqzvbhtnrwpalmdyefo","role":"anon","iat":1673866432,"exp":1989442432}', 'anonk', 1) AS anon;

INSERT INTO supabase_migrations.schema_migrations (version, statements, name, created_by)
SELECT v, st, nm, cb FROM (VALUES
 ('20230116110412', ARRAY['create table public.profiles (id uuid not null references auth.users on delete cascade, full_name text, username text unique, avatar_url text, website text, primary key (id))',
                          'alter table public.profiles enable row level security',
                          'create policy "Public profiles are viewable by everyone." on profiles for select using (true)',
                          'create function public.handle_new_user() returns trigger language plpgsql security definer set search_path = '''' as $$ begin insert into public.profiles (id, full_name, avatar_url) values (new.id, new.raw_user_meta_data->>''full_name'', new.raw_user_meta_data->>''avatar_url''); return new; end; $$',
                          'create trigger on_auth_user_created after insert on auth.users for each row execute procedure public.handle_new_user()'], 'init_profiles', NULL),
 ('20230120093015', ARRAY['create table public.practitioners (id uuid primary key default gen_random_uuid(), profile_id uuid not null unique references public.profiles on delete cascade, license_number text, specialties text[] not null default ''{}'')',
                          'create table public.clinics (id uuid primary key default gen_random_uuid(), name text not null, slug text not null unique)'], 'practitioners_and_clinics', NULL),
 ('20230203141122', ARRAY['create type public.appointment_status as enum (''pending'', ''confirmed'', ''completed'', ''cancelled'', ''no_show'')',
                          'create table public.appointments (id uuid primary key default gen_random_uuid(), patient_id uuid not null references public.profiles, practitioner_id uuid not null references public.practitioners, starts_at timestamptz not null, ends_at timestamptz not null, status public.appointment_status not null default ''pending'', reason text)'], 'appointments', NULL),
 ('20230218101500', ARRAY['create table public.appointment_notes (id uuid primary key default gen_random_uuid(), appointment_id uuid not null unique references public.appointments on delete cascade, subjective text, objective text, assessment text, plan text)',
                          'alter table public.appointment_notes enable row level security',
                          'create policy "Practitioners manage their notes" on public.appointment_notes using (practitioner_id in (select id from public.practitioners where profile_id = auth.uid()))'], 'soap_notes', NULL),
 ('20230301080000', ARRAY['insert into public.app_settings (key, value) values (''support_email'', ''help@limber.health''), (''min_booking_notice_hours'', ''24''), (''default_currency'', ''GBP'')'], 'seed_settings', NULL),
 ('20230518163012', ARRAY['create extension if not exists pg_cron with schema extensions', 'create extension if not exists pg_net with schema extensions',
                          'select cron.schedule(''send-appointment-reminders'', ''*/10 * * * *'', $$ select net.http_post(url := ''https://xkqzvbhtnrwpalmdyefo.supabase.co/functions/v1/send-reminders'', headers := ''{"Content-Type": "application/json", "Authorization": "Bearer ' || (SELECT service_role FROM sgen.keys) || '"}''::jsonb, body := ''{}''::jsonb) $$)'],
  'reminder_cron', NULL),
 ('20230710120000', ARRAY['create table public.reviews (id uuid primary key default gen_random_uuid(), appointment_id uuid unique references public.appointments on delete set null, rating smallint not null check (rating between 1 and 5), comment text, is_public boolean not null default true)'], 'reviews', NULL),
 ('20231002091230', ARRAY['select vault.create_secret(''' || 'sk_' || 'live_51N' || sgen.an('stsk', 1, 96) || ''', ''stripe_secret_key'', ''Stripe live secret key'')',
                          'select vault.create_secret(''' || fixture_gen.hexn('twtok', 1, 32) || ''', ''twilio_auth_token'')'], 'vault_secrets', 'tomas@limber.health'),
 ('20240115101010', ARRAY['create table public.insurance_policies (id uuid primary key default gen_random_uuid(), patient_id uuid not null references public.profiles on delete cascade, insurer_name text not null, member_number text not null)',
                          'alter table public.insurance_policies enable row level security'], 'insurance_policies', NULL),
 ('20240301143000', ARRAY['alter table public.practitioners add column stripe_account_id text', 'create index on public.payments (patient_id)'], 'stripe_connect', NULL),
 ('20240422105500', ARRAY['insert into storage.buckets (id, name, public, file_size_limit) values (''exercise-videos'', ''exercise-videos'', true, 209715200) on conflict (id) do update set file_size_limit = excluded.file_size_limit'], 'exercise_video_limit', NULL),
 ('20240603090000', ARRAY['select cron.schedule(''nightly-invoice-export'', ''30 2 * * *'', $$ select net.http_post(url := ''https://xkqzvbhtnrwpalmdyefo.supabase.co/functions/v1/export-invoices'', headers := ''{"Authorization": "Bearer ' || (SELECT anon FROM sgen.keys) || '"}''::jsonb) $$)'], 'invoice_export_cron', 'karim@limber.health'),
 ('20241112101500', ARRAY['alter table public.appointments add column video_provider text', 'update public.appointments set video_provider = ''whereby'' where video_room_url like ''%whereby%'''], 'video_provider', NULL),
 ('20250120150000', ARRAY['create table public.video_sessions (id uuid primary key default gen_random_uuid(), appointment_id uuid not null references public.appointments on delete cascade, room_name text not null, patient_ip inet)'], 'video_sessions', NULL)
) v(v, st, nm, cb);

INSERT INTO cron.job (schedule, command, nodename, nodeport, database, username, active, jobname)
SELECT schedule, command, 'localhost', 5432, 'postgres', 'postgres', active, jobname FROM (VALUES
 (1, '*/10 * * * *', ' select net.http_post(url := ''https://xkqzvbhtnrwpalmdyefo.supabase.co/functions/v1/send-reminders'', headers := ''{"Content-Type": "application/json", "Authorization": "Bearer ' || (SELECT service_role FROM sgen.keys) || '"}''::jsonb, body := ''{}''::jsonb) ', true, 'send-appointment-reminders'),
 (2, '0 3 * * *', 'delete from public.waitlist_signups where invited_at < now() - interval ''18 months''', true, 'purge-old-waitlist'),
 (3, '15 * * * *', 'update public.practitioners p set rating_avg = r.av, rating_count = r.n from (select practitioner_id, round(avg(rating), 2) av, count(*) n from public.reviews where is_public group by 1) r where r.practitioner_id = p.id', true, 'refresh-practitioner-ratings'),
 (4, '30 2 * * *', ' select net.http_post(url := ''https://xkqzvbhtnrwpalmdyefo.supabase.co/functions/v1/export-invoices'', headers := ''{"Authorization": "Bearer ' || (SELECT anon FROM sgen.keys) || '"}''::jsonb) ', true, 'nightly-invoice-export'),
 (5, '0 4 * * 0', 'delete from auth.flow_state where created_at < now() - interval ''7 days''', false, 'cleanup-flow-state'),
 (6, '*/5 * * * *', 'select net.http_post(url := ''https://hooks.slack.com/services/T0' || upper(sgen.an('slk1', 1, 8)) || '/B0' || upper(sgen.an('slk2', 1, 9)) || '/' || sgen.an('slk3', 1, 24) || ''', body := jsonb_build_object(''text'', ''Failed payouts: '' || (select count(*) from public.payments where status = ''failed'' and created_at > now() - interval ''5 minutes''))) where exists (select 1 from public.payments where status = ''failed'' and created_at > now() - interval ''5 minutes'')', true, 'alert-failed-payments')
) v(jobid, schedule, command, active, jobname) ORDER BY jobid;

INSERT INTO cron.job_run_details (jobid, job_pid, database, username, command, status, return_message, start_time, end_time)
SELECT j.jobid, 100000 + fixture_gen.n('crpid', r, 900000), 'postgres', 'postgres', j.command,
       CASE WHEN r % 97 = 0 THEN 'failed' ELSE 'succeeded' END,
       CASE WHEN r % 97 = 0 THEN 'ERROR:  canceling statement due to statement timeout'
            WHEN j.jobid IN (1, 4, 6) THEN '1 row' WHEN j.jobid = 2 THEN 'DELETE ' || fixture_gen.n('crdel', r, 4) WHEN j.jobid = 3 THEN 'UPDATE ' || (100 + fixture_gen.n('crupd', r, 50)) ELSE 'DELETE 0' END,
       t, t + make_interval(secs => 0.01 * (1 + fixture_gen.n('crdur', r, 300)))
FROM generate_series(1, 2400) r
JOIN cron.job j ON j.jobid = (ARRAY[1, 1, 1, 1, 1, 1, 3, 3, 2, 4, 6, 6])[1 + r % 12]
CROSS JOIN LATERAL (SELECT timestamptz '2025-02-10 00:00:00+00' + make_interval(mins => 10 * (r / 6)) AS t) x
ORDER BY r;

INSERT INTO net._http_response (id, status_code, content_type, headers, content, timed_out, error_msg, created)
SELECT h, CASE WHEN h % 61 = 0 THEN NULL WHEN h % 29 = 0 THEN 500 ELSE 200 END,
       CASE WHEN h % 61 = 0 THEN NULL ELSE 'application/json' END,
       CASE WHEN h % 61 = 0 THEN NULL ELSE jsonb_build_object('Date', to_char(t AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS "GMT"'), 'Vary', 'Accept-Encoding', 'sb-gateway-version', '1', 'Content-Type', 'application/json',
                                                               'x-served-by', 'supabase-edge-runtime', 'Content-Length', '61', 'x-sb-edge-region', 'eu-west-2') END,
       CASE WHEN h % 61 = 0 THEN NULL
            WHEN h % 29 = 0 THEN '{"error":"TwilioError: Authenticate","code":20003}'
            WHEN h % 4 = 0 THEN jsonb_build_object('processed', 1 + fixture_gen.n('nhp', h, 15), 'sent', fixture_gen.n('nhp', h, 15),
                                                   'failed', jsonb_build_array(jsonb_build_object('appointment_id', sgen.uid('appt', 1 + fixture_gen.n('nha', h, 2300)), 'to', '+' || u.phone,
                                                                                                  'error', fixture_gen.pick(ARRAY['21614: ''To'' number is not a valid mobile number', '30003: Unreachable destination handset', '21610: Attempt to send to unsubscribed recipient'], 'nhe', h))))::text
            ELSE jsonb_build_object('processed', fixture_gen.n('nhp', h, 15), 'sent', fixture_gen.n('nhp', h, 15), 'failed', '[]'::jsonb)::text END,
       h % 61 = 0, CASE WHEN h % 61 = 0 THEN 'Timeout of 5000 ms reached. Total time: 5001.402 ms' END, t
FROM generate_series(1, 600) h
JOIN sgen.pt u ON u.r = 1 + fixture_gen.n('nhu', h, 1000) AND u.has_phone IS NOT NULL
CROSS JOIN LATERAL (SELECT timestamptz '2025-02-23 20:00:00+00' + make_interval(mins => 10 * h) AS t) x;

INSERT INTO vault.secrets (id, name, description, secret, key_id, nonce, created_at, updated_at)
SELECT sgen.uid('vault', n), nm, descr, fixture_gen.b64('vaultct', n, 48 + 16 * (n % 3)), 'b4dd5d4c-7d2f-4c19-a4a8-fc2c8b3a1f0e', decode(fixture_gen.hexn('vaultnonce', n, 48), 'hex'), t, t
FROM (VALUES (1, 'stripe_secret_key', 'Stripe live secret key'), (2, 'twilio_auth_token', ''), (3, 'service_role_key', 'For pg_net calls to edge functions'),
             (4, 'daily_api_key', 'Daily.co REST API'), (5, 'resend_api_key', ''), (6, 'openai_api_key', 'AI note summaries (beta)')) v(n, nm, descr)
CROSS JOIN LATERAL (SELECT timestamptz '2023-10-02 09:12:30+00' + make_interval(days => 40 * (n - 1)) AS t) x;

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
