-- classify-eval fixture (HOLDOUT 17: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- pretix 2024 ticket shop on PostgreSQL in the naming its Django migrations
-- create (pretixbase_, pretixapi_, pretixmultidomain_, pretixplugins_,
-- otp_, django_ tables), a subset of its tables with their real columns and
-- types: serial keys, timestamptz, JSON kept as text (pretix's own
-- JSONFields), i18n strings as JSON text. Three organizers: Harbourlight
-- Conferences Ltd (Dublin; tech conferences in Dublin, Lisbon, Amsterdam,
-- Kraków and London), Kulturkollektiv Nordlicht e.V. (Hamburg; a festival,
-- harbour concerts and a reading night) and Konzertagentur Weber, the
-- business of the sole trader Jonas Weber (Leipzig; a brass band's summer
-- tour and a concert in Dresden). Buyers and attendees of many countries:
-- orders with emails, phones, internal comments and contact-form JSON;
-- positions with attendee name_parts JSON, emails, companies and addresses,
-- ticket secrets, web secrets and badge pseudonyms; invoice addresses with
-- VAT ids, beneficiaries and purchase-order references; invoices with the
-- seller's and buyer's address blocks and invoice lines naming attendees;
-- question answers (job titles, phones, birth dates, dietary and access
-- needs, uploaded student ids); payments and refunds whose info JSON holds
-- Stripe PaymentIntents with their client secrets, PayPal payers and bank
-- payers' IBANs; imported bank transactions; check-ins with raw barcodes;
-- carts keyed by their session's cart id; waiting lists; vouchers and gift
-- cards whose codes are bearer values; customer accounts with SSO ids and
-- the SSO provider's client secret; backend users with pbkdf2 hashes and
-- Azure AD object ids, TOTP keys, backup codes, old password hashes,
-- WebAuthn devices named after their owners, login sources, staff sessions
-- whose audit log keeps the searches typed (emails in URLs);
-- teams, invitations and API tokens; devices with initialization and API
-- tokens; OAuth applications, grants and tokens; webhooks (Zapier catch
-- hooks) and their calls; idempotent API calls with response bodies; the
-- log entries whose JSON data keep old and new emails, names and answers;
-- the event and organizer settings stores mixing mail copy with Stripe and
-- PayPal keys, the SMTP password and the organizer's bank details;
-- scheduled exports mailed to people; the Django session store with cart
-- ids. Catalogue tables (items, categories, questions, check-in lists,
-- known domains, content types) hold nothing personal; event locations are
-- public venues, devices and API tokens are named after places and tools.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÓ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDO')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking characters of an alphabet; lower: lower-case alphanumerics.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- at: a time between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- Cultures: country, names, cities, mail domains.
CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, firsts text[], lasts text[], cities text[], domains text[], locale text);
INSERT INTO pgen.cu VALUES
 ('ie', 'IE', ARRAY['Aoife', 'Cian', 'Siobhán', 'Pádraig', 'Niamh', 'Oisín', 'Róisín', 'Ciarán'], ARRAY['Murphy', 'O''Sullivan', 'Walsh', 'Byrne', 'Ó Briain', 'Kavanagh', 'Doyle', 'Ní Bhriain'], ARRAY['Dublin', 'Cork', 'Galway', 'Limerick'], ARRAY['gmail.com', 'eircom.net', 'tcd.example', 'outlook.com'], 'en'),
 ('gb', 'GB', ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya', 'Arthur', 'Poppy'], ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke', 'Shah', 'Okonjo'], ARRAY['London', 'Manchester', 'Leeds', 'Bristol'], ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'icloud.com'], 'en'),
 ('de', 'DE', ARRAY['Jonas', 'Lena', 'Felix', 'Marie', 'Maximilian', 'Sophie', 'Lukas', 'Hannah'], ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter'], ARRAY['Hamburg', 'Leipzig', 'Berlin', 'München', 'Dresden'], ARRAY['gmx.de', 'web.de', 't-online.de', 'posteo.de'], 'de'),
 ('pt', 'PT', ARRAY['João', 'Inês', 'Tiago', 'Beatriz', 'Rui', 'Mariana', 'Duarte', 'Catarina'], ARRAY['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira', 'Rodrigues', 'Martins'], ARRAY['Lisboa', 'Porto', 'Braga', 'Coimbra'], ARRAY['sapo.pt', 'gmail.com', 'ulisboa.example'], 'pt-pt'),
 ('fr', 'FR', ARRAY['Camille', 'Julien', 'Léa', 'Mathieu', 'Chloé', 'Antoine', 'Manon', 'Nicolas'], ARRAY['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux'], ARRAY['Paris', 'Lyon', 'Toulouse', 'Nantes'], ARRAY['orange.fr', 'free.fr', 'laposte.net'], 'fr'),
 ('es', 'ES', ARRAY['Lucía', 'Javier', 'Carmen', 'Diego', 'Paula', 'Sergio', 'Alba', 'Álvaro'], ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres'], ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla'], ARRAY['gmail.com', 'telefonica.net', 'hotmail.es'], 'es'),
 ('nl', 'NL', ARRAY['Daan', 'Sanne', 'Bram', 'Femke', 'Thijs', 'Lotte', 'Ruben', 'Eva'], ARRAY['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van Dijk'], ARRAY['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven'], ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com'], 'nl'),
 ('pl', 'PL', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Magdalena', 'Michał', 'Zofia', 'Łukasz', 'Agnieszka'], ARRAY['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska'], ARRAY['Kraków', 'Warszawa', 'Wrocław', 'Gdańsk'], ARRAY['wp.pl', 'onet.pl', 'gmail.com'], 'pl'),
 ('it', 'IT', ARRAY['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Sara', 'Matteo'], ARRAY['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'], ARRAY['Milano', 'Bologna', 'Torino', 'Roma'], ARRAY['libero.it', 'gmail.com', 'tiscali.it'], 'it'),
 ('us', 'US', ARRAY['Emily', 'Michael', 'Ashley', 'Jacob', 'Madison', 'Tyler', 'Jasmine', 'Brandon'], ARRAY['Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Washington', 'Nguyen'], ARRAY['Boston', 'Austin', 'Seattle', 'Chicago'], ARRAY['gmail.com', 'yahoo.com', 'comcast.net'], 'en'),
 ('jp', 'JP', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Riku', 'Hina', 'Yuto', 'Mio'], ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'], ARRAY['Tokyo', 'Osaka', 'Fukuoka'], ARRAY['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'], 'ja'),
 ('in', 'IN', ARRAY['Aarav', 'Priya', 'Vihaan', 'Ananya', 'Arjun', 'Diya', 'Rohan', 'Kavya'], ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Bose', 'Patil'], ARRAY['Bengaluru', 'Pune', 'Mumbai', 'Hyderabad'], ARRAY['gmail.com', 'rediffmail.com', 'outlook.com'], 'en'),
 ('ng', 'NG', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi', 'Tunde', 'Zainab'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Abubakar', 'Okonkwo'], ARRAY['Lagos', 'Abuja', 'Ibadan'], ARRAY['gmail.com', 'yahoo.com'], 'en'),
 ('tr', 'TR', ARRAY['Emre', 'Zeynep', 'Mehmet', 'Elif', 'Can', 'Ayşe', 'Burak', 'Selin'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'], ARRAY['İstanbul', 'Ankara', 'İzmir'], ARRAY['gmail.com', 'hotmail.com', 'yandex.com.tr'], 'tr'),
 ('kr', 'KR', ARRAY['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon', 'Su-ah', 'Ye-jun', 'Ji-woo'], ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'], ARRAY['Seoul', 'Busan', 'Incheon'], ARRAY['naver.com', 'daum.net', 'gmail.com'], 'ko'),
 ('se', 'SE', ARRAY['Erik', 'Astrid', 'Oskar', 'Maja', 'Nils', 'Elsa', 'Axel', 'Saga'], ARRAY['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson'], ARRAY['Stockholm', 'Göteborg', 'Malmö'], ARRAY['telia.com', 'gmail.com', 'bredband.net'], 'sv');

CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'ie' THEN '+353 8' || (5 + fixture_gen.n(tag, i, 3)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'gb' THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'de' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 'pt' THEN '+351 9' || (1 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'fr' THEN '+33 6 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'nl' THEN '+31 6 ' || fixture_gen.digits(tag, i, 8)
    WHEN 'pl' THEN '+48 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'it' THEN '+39 3' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'us' THEN '+1 ' || (201 + fixture_gen.n(tag, i, 700)) || '-' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'jp' THEN '+81 90-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'tr' THEN '+90 53' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'kr' THEN '+82 10-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '+46 70 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2) END
$$;

CREATE FUNCTION pgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'ie' THEN (1 + fixture_gen.n(tag, i, 90)) || ' ' || fixture_gen.pick(ARRAY['Pembroke Road', 'Leinster Avenue', 'Griffith Avenue', 'Bóthar na Trá', 'Patrick Street'], tag, i)
    WHEN 'gb' THEN CASE WHEN i % 3 = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 24)) || ', ' ELSE '' END || (1 + fixture_gen.n(tag, i, 200)) || ' ' || fixture_gen.pick(ARRAY['Victoria Road', 'Church Lane', 'Oxford Street', 'Kingsway', 'Albert Terrace'], tag, i)
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Eppendorfer Weg', 'Karl-Liebknecht-Straße', 'Schanzenstraße', 'Lindenallee', 'Bautzner Straße', 'Sonnenallee'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 140)) || CASE WHEN i % 5 = 0 THEN 'a' ELSE '' END
    WHEN 'pt' THEN fixture_gen.pick(ARRAY['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 300)) || ', ' || (1 + fixture_gen.n(tag || 'a', i, 6)) || 'º Esq.'
    WHEN 'fr' THEN (1 + fixture_gen.n(tag, i, 120)) || ' ' || fixture_gen.pick(ARRAY['rue Oberkampf', 'avenue Jean Jaurès', 'rue de la Paix', 'boulevard Voltaire'], tag, i)
    WHEN 'es' THEN fixture_gen.pick(ARRAY['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida del Puerto', 'Calle Feria'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 250)) || ', ' || (1 + fixture_gen.n(tag || 'a', i, 8)) || 'º B'
    WHEN 'nl' THEN fixture_gen.pick(ARRAY['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Stratumseind'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 400)) || CASE WHEN i % 4 = 0 THEN '-II' ELSE '' END
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Floriańska', 'Marszałkowska', 'Świdnicka', 'Długa'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 90)) || '/' || (1 + fixture_gen.n(tag || 'a', i, 40))
    WHEN 'it' THEN 'Via ' || fixture_gen.pick(ARRAY['Garibaldi', 'dell''Indipendenza', 'Po', 'Torino'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 150))
    WHEN 'us' THEN (100 + fixture_gen.n(tag, i, 9000)) || ' ' || fixture_gen.pick(ARRAY['Commonwealth Ave', 'Congress Ave', 'Pine St', 'N Clark St'], tag, i) || CASE WHEN i % 3 = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'a', i, 40)) ELSE '' END
    WHEN 'jp' THEN fixture_gen.pick(ARRAY['渋谷区神南', '大阪市北区梅田', '福岡市中央区天神', '世田谷区三軒茶屋'], tag, i) || (1 + fixture_gen.n(tag, i, 5)) || '-' || (1 + fixture_gen.n(tag || 'a', i, 20)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 30))
    WHEN 'in' THEN '#' || (1 + fixture_gen.n(tag, i, 400)) || ', ' || fixture_gen.pick(ARRAY['12th Main, HSR Layout', 'Koregaon Park Lane 5', 'Hill Road, Bandra West', 'Road No. 36, Jubilee Hills'], tag, i)
    WHEN 'ng' THEN (1 + fixture_gen.n(tag, i, 60)) || ' ' || fixture_gen.pick(ARRAY['Admiralty Way, Lekki Phase 1', 'Allen Avenue, Ikeja', 'Aminu Kano Crescent, Wuse 2'], tag, i)
    WHEN 'tr' THEN fixture_gen.pick(ARRAY['Bağdat Caddesi', 'Atatürk Bulvarı', 'Kıbrıs Şehitleri Cd.'], tag, i) || ' No: ' || (1 + fixture_gen.n(tag, i, 300)) || ' D: ' || (1 + fixture_gen.n(tag || 'a', i, 20))
    WHEN 'kr' THEN fixture_gen.pick(ARRAY['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 500))
    ELSE fixture_gen.pick(ARRAY['Drottninggatan', 'Kungsgatan', 'Linnégatan', 'Södra Förstadsgatan'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 120)) END
$$;

CREATE FUNCTION pgen.zip(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'ie' THEN fixture_gen.pick(ARRAY['D04', 'D06', 'D08', 'T12', 'H91'], tag, i) || ' ' || fixture_gen.chars(tag, i, 4, 'ACDEFHKNPRTVWXY0123456789')
    WHEN 'gb' THEN fixture_gen.pick(ARRAY['SW1A', 'M1', 'LS6', 'BS8', 'E14'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'pt' THEN (1000 + fixture_gen.n(tag, i, 3500)) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'nl' THEN (1011 + fixture_gen.n(tag, i, 8000)) || ' ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
    WHEN 'pl' THEN fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'jp' THEN fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'p', i, 4)
    WHEN 'in' THEN (400001 + fixture_gen.n(tag, i, 160000))::text
    WHEN 'ng' THEN (100001 + fixture_gen.n(tag, i, 800000))::text
    WHEN 'se' THEN (111 + fixture_gen.n(tag, i, 800)) || ' ' || fixture_gen.digits(tag || 'p', i, 2)
    ELSE lpad((1001 + fixture_gen.n(tag, i, 98000))::text, 5, '0') END
$$;

-- People. 1-460 buyers; 1001-1800 attendees; 5001-5036 backend users;
-- 6001-6090 waiting-list entries; 7001-7040 customer accounts of the shop.
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, cc text, first text, last text, full_name text, sal text, title text, scheme text, name_parts text,
  email text, phone text, street text, zip text, city text, state text, company text, job text, locale text);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, cc, first, last, locale, city)
  SELECT i, cu.c, cu.cc, cu.firsts[1 + fixture_gen.n('pf', i, 8)], cu.lasts[1 + fixture_gen.n('pl', i, 8)], cu.locale, fixture_gen.pick(cu.cities, 'pcity', i)
  FROM generate_series(lo, hi) i JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
$$;
DO $$ BEGIN PERFORM pgen.add_people(1, 460, ARRAY['ie', 'ie', 'gb', 'gb', 'de', 'de', 'de', 'de', 'pt', 'fr', 'es', 'nl', 'pl', 'it', 'us', 'jp', 'in', 'in', 'ng', 'tr', 'kr', 'se']); END $$;
DO $$ BEGIN PERFORM pgen.add_people(1001, 1800, ARRAY['ie', 'gb', 'gb', 'de', 'de', 'de', 'pt', 'pt', 'fr', 'es', 'nl', 'nl', 'pl', 'pl', 'it', 'us', 'jp', 'in', 'in', 'ng', 'tr', 'kr', 'se']); END $$;
DO $$ BEGIN PERFORM pgen.add_people(5001, 5036, ARRAY['ie', 'ie', 'gb', 'de', 'de', 'de', 'pt', 'pl', 'in', 'ng']); END $$;
DO $$ BEGIN PERFORM pgen.add_people(6001, 6090, ARRAY['de', 'de', 'de', 'gb', 'ie', 'nl', 'fr', 'tr', 'pl']); END $$;
DO $$ BEGIN PERFORM pgen.add_people(7001, 7040, ARRAY['de', 'de', 'de', 'ie', 'gb', 'nl', 'pt', 'tr']); END $$;

UPDATE pgen.p SET
  sal = CASE WHEN first IN ('Aoife', 'Siobhán', 'Niamh', 'Róisín', 'Amelia', 'Isla', 'Freya', 'Poppy', 'Lena', 'Marie', 'Sophie', 'Hannah', 'Inês', 'Beatriz', 'Mariana', 'Catarina',
       'Camille', 'Léa', 'Chloé', 'Manon', 'Lucía', 'Carmen', 'Paula', 'Alba', 'Sanne', 'Femke', 'Lotte', 'Eva', 'Joanna', 'Magdalena', 'Zofia', 'Agnieszka', 'Giulia', 'Francesca',
       'Chiara', 'Sara', 'Emily', 'Ashley', 'Madison', 'Jasmine', 'Yui', 'Aoi', 'Hina', 'Mio', 'Priya', 'Ananya', 'Diya', 'Kavya', 'Adaeze', 'Funmilayo', 'Ngozi', 'Zainab',
       'Zeynep', 'Elif', 'Ayşe', 'Selin', 'Seo-yeon', 'Ha-eun', 'Su-ah', 'Astrid', 'Maja', 'Elsa', 'Saga') THEN 'Ms' WHEN i % 37 = 0 THEN 'Mx' ELSE 'Mr' END,
  title = CASE WHEN i % 19 = 0 THEN 'Dr.' WHEN i % 97 = 0 THEN 'Prof. Dr.' END,
  full_name = CASE WHEN c = 'jp' AND i % 3 = 0 THEN last || ' ' || first ELSE first || ' ' || last END,
  phone = pgen.phone(c, 'pph', i),
  street = pgen.street(c, 'pst', i),
  zip = pgen.zip(c, 'pzip', i),
  state = CASE c WHEN 'us' THEN fixture_gen.pick(ARRAY['MA', 'TX', 'WA', 'IL'], 'pstate', i) WHEN 'in' THEN fixture_gen.pick(ARRAY['KA', 'MH', 'TG'], 'pstate', i)
                 WHEN 'jp' THEN fixture_gen.pick(ARRAY['13', '27', '40'], 'pstate', i) ELSE '' END,
  company = CASE WHEN i % 4 = 3 THEN '' ELSE fixture_gen.pick(ARRAY['Kestrel Bank plc', 'Veridian Analytics Ltd', 'Nordwind Logistik GmbH', 'Trinity College Dublin', 'Universidade de Lisboa',
       'Brightwave Health', 'Cobalt Cloud B.V.', 'Fintera S.A.', 'Lumen Games Sp. z o.o.', 'Hanseatic Insurance AG', 'Ostrava Steel Works', 'Saffron Retail Group', 'Kōdai Robotics K.K.',
       'Paystack-like Payments Ltd', 'Digital Public Services Agency', 'Freelance', 'Studio Kranich', 'Tessera Security', 'Helix Genomics Inc.', 'Politecnico di Milano'], 'pco', i) END,
  job = fixture_gen.pick(ARRAY['Site Reliability Engineer', 'Data Scientist', 'CTO', 'Head of Platform', 'PhD student', 'DevOps Engineer', 'Privacy Counsel', 'Data Protection Officer',
       'Software Engineer', 'Engineering Manager', 'Freelance consultant', 'Product Manager', 'Security Analyst', 'ML Engineer', 'Research Fellow', 'Student'], 'pjob', i);
UPDATE pgen.p SET email = CASE fixture_gen.n('pem', i, 4)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (i % 89)::text
    WHEN 2 THEN pgen.fold(first) || '_' || pgen.fold(last) ELSE pgen.fold(last) || '.' || pgen.fold(first) END || '@'
  || CASE WHEN company NOT IN ('', 'Freelance') AND i % 3 = 0 THEN regexp_replace(lower(split_part(company, ' ', 1)), '[^a-z]', '', 'g') || '.example'
          ELSE fixture_gen.pick(cu.domains, 'pdom', i) END
FROM pgen.cu cu WHERE cu.c = pgen.p.c;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- name_parts as pretix stores them for the scheme the event uses.
CREATE FUNCTION pgen.parts(p pgen.p, scheme text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE scheme
    WHEN 'given_family' THEN jsonb_build_object('_scheme', scheme, 'given_name', p.first, 'family_name', p.last)
    WHEN 'salutation_given_family' THEN jsonb_build_object('_scheme', scheme, 'salutation', p.sal, 'given_name', p.first, 'family_name', p.last)
    WHEN 'salutation_title_given_family' THEN jsonb_build_object('_scheme', scheme, 'salutation', p.sal, 'title', coalesce(p.title, ''), 'given_name', p.first, 'family_name', p.last)
    ELSE jsonb_build_object('_scheme', 'full', 'full_name', p.full_name) END::text
$$;

-- ---------------------------------------------------------------------------
-- Organizers, events and their settings stores.

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL, UNIQUE (app_label, model));
INSERT INTO django_content_type (id, app_label, model) VALUES (1, 'admin', 'logentry'), (2, 'auth', 'permission'), (3, 'contenttypes', 'contenttype'), (4, 'sessions', 'session'),
  (5, 'pretixbase', 'user'), (6, 'pretixbase', 'organizer'), (7, 'pretixbase', 'event'), (8, 'pretixbase', 'item'), (9, 'pretixbase', 'order'), (10, 'pretixbase', 'orderposition'),
  (11, 'pretixbase', 'voucher'), (12, 'pretixbase', 'giftcard'), (13, 'pretixbase', 'team'), (14, 'pretixbase', 'customer'), (15, 'pretixbase', 'checkinlist'), (16, 'pretixbase', 'question'),
  (17, 'pretixbase', 'device'), (18, 'pretixapi', 'webhook'), (19, 'pretixapi', 'oauthapplication'), (20, 'pretixbase', 'invoice'), (21, 'pretixbase', 'quota'), (22, 'pretixbase', 'waitinglistentry');

CREATE TABLE pretixbase_organizer (id serial PRIMARY KEY, name varchar(200) NOT NULL, slug varchar(50) NOT NULL UNIQUE, plugins text NOT NULL);
INSERT INTO pretixbase_organizer VALUES
  (1, 'Harbourlight Conferences', 'harbourlight', 'pretix.plugins.banktransfer,pretix.plugins.stripe,pretix.plugins.paypal2,pretix_mailchimp'),
  (2, 'Kulturkollektiv Nordlicht e.V.', 'nordlicht', 'pretix.plugins.banktransfer,pretix.plugins.stripe'),
  (3, 'Konzertagentur Weber', 'weber-konzerte', 'pretix.plugins.banktransfer,pretix.plugins.paypal2');

CREATE TABLE pgen.ev (e int PRIMARY KEY, org int, slug text, name text, cur text, dfrom timestamptz, days int, loc text, lat float8, lon float8, tz text, scheme text, mix text[], dom text);
INSERT INTO pgen.ev VALUES
  (1, 1, 'devopsdays-dublin-2024', 'DevOpsDays Dublin 2024', 'EUR', '2024-09-19 08:00:00+01', 2, E'The Convention Centre Dublin\nSpencer Dock, North Wall Quay\nDublin 1, D01 T1W6', 53.3478, -6.2392, 'Europe/Dublin', 'given_family', NULL, 'harbourlight'),
  (2, 1, 'pydata-lisboa-2024', 'PyData Lisboa 2024', 'EUR', '2024-10-10 09:00:00+01', 3, E'Centro de Congressos de Lisboa\nPraça das Indústrias 1\n1300-307 Lisboa', 38.6985, -9.1953, 'Europe/Lisbon', 'given_family', NULL, 'harbourlight'),
  (3, 1, 'privacy-summit-ams-2024', 'Data Privacy Summit Amsterdam 2024', 'EUR', '2024-06-04 09:00:00+02', 2, E'Beurs van Berlage\nDamrak 243\n1012 ZJ Amsterdam', 52.3747, 4.8962, 'Europe/Amsterdam', 'salutation_given_family', NULL, 'harbourlight'),
  (4, 1, 'cloudnative-krakow-2024', 'Cloud Native Kraków 2024', 'PLN', '2024-05-15 09:00:00+02', 2, E'ICE Kraków Congress Centre\nul. Marii Konopnickiej 17\n30-302 Kraków', 50.0480, 19.9334, 'Europe/Warsaw', 'given_family', NULL, 'harbourlight'),
  (5, 1, 'devopsdays-dublin-2023', 'DevOpsDays Dublin 2023', 'EUR', '2023-09-21 08:00:00+01', 2, E'The Convention Centre Dublin\nSpencer Dock, North Wall Quay\nDublin 1, D01 T1W6', 53.3478, -6.2392, 'Europe/Dublin', 'given_family', NULL, 'harbourlight'),
  (6, 1, 'cto-breakfast-london-2024', 'CTO Breakfast London', 'GBP', '2024-03-14 07:30:00+00', 1, E'The Brewery\n52 Chiswell Street\nLondon EC1Y 4SD', 51.5212, -0.0915, 'Europe/London', 'salutation_given_family', NULL, 'harbourlight'),
  (7, 2, 'nordlicht-2024', 'Nordlicht Festival 2024', 'EUR', '2024-08-16 14:00:00+02', 3, E'Fischauktionshalle\nGroße Elbstraße 9\n22767 Hamburg', 53.5447, 9.9526, 'Europe/Berlin', 'salutation_title_given_family', NULL, 'nordlicht'),
  (8, 2, 'hafenkonzert-juni-2024', 'Hafenkonzert: Streichquartett im Speicher', 'EUR', '2024-06-22 19:30:00+02', 1, E'Kehrwieder 2\n20457 Hamburg', 53.5434, 9.9886, 'Europe/Berlin', 'salutation_title_given_family', NULL, 'nordlicht'),
  (9, 2, 'lesenacht-2024', 'Lange Lesenacht 2024', 'EUR', '2024-11-08 18:00:00+01', 1, E'Zentralbibliothek\nHühnerposten 1\n20097 Hamburg', 53.5496, 10.0148, 'Europe/Berlin', 'salutation_title_given_family', NULL, 'nordlicht'),
  (10, 3, 'brass-kollektiv-leipzig', 'Brass Kollektiv – Sommertour: Leipzig', 'EUR', '2024-07-05 19:00:00+02', 1, E'Parkbühne im Clara-Zetkin-Park\nAnton-Bruckner-Allee 11\n04107 Leipzig', 51.3309, 12.3578, 'Europe/Berlin', 'full', NULL, 'weber'),
  (11, 3, 'brass-kollektiv-wien', 'Brass Kollektiv – Sommertour: Wien', 'EUR', '2024-07-12 19:30:00+02', 1, E'Arena Wien\nBaumgasse 80\n1030 Wien', 48.1899, 16.4038, 'Europe/Vienna', 'full', NULL, 'weber'),
  (12, 3, 'soeur-lumiere-dresden', 'Sœur Lumière – Live in Dresden', 'EUR', '2024-10-03 20:00:00+02', 1, E'Alter Schlachthof\nGothaer Straße 11\n01097 Dresden', 51.0719, 13.7279, 'Europe/Berlin', 'full', NULL, 'weber');

CREATE TABLE pretixbase_event (
    id serial PRIMARY KEY, name text NOT NULL, slug varchar(50) NOT NULL, live boolean NOT NULL, currency varchar(10) NOT NULL, date_from timestamptz NOT NULL,
    date_to timestamptz, date_admission timestamptz, is_public boolean NOT NULL, presale_end timestamptz, presale_start timestamptz, location text, geo_lat double precision,
    geo_lon double precision, plugins text, comment text, has_subevents boolean NOT NULL, seating_plan_id integer, testmode boolean NOT NULL, organizer_id integer NOT NULL,
    last_modified timestamptz, all_sales_channels boolean NOT NULL, UNIQUE (organizer_id, slug)
);
INSERT INTO pretixbase_event
SELECT e, jsonb_build_object('en', name, 'de', replace(name, 'Summit', 'Gipfel'))::text, slug, e <> 9, cur, dfrom, dfrom + make_interval(days => days - 1, hours => 10),
       dfrom - interval '1 hour', e <> 6, dfrom - interval '2 days', dfrom - interval '150 days', jsonb_build_object('en', loc)::text, lat, lon,
       CASE org WHEN 1 THEN 'pretix.plugins.sendmail,pretix.plugins.statistics,pretix.plugins.stripe,pretix.plugins.paypal2,pretix.plugins.banktransfer,pretix.plugins.ticketoutputpdf,pretix.plugins.badges,pretix.plugins.checkinlists,pretix_pages'
                WHEN 2 THEN 'pretix.plugins.sendmail,pretix.plugins.stripe,pretix.plugins.banktransfer,pretix.plugins.ticketoutputpdf,pretix.plugins.checkinlists'
                ELSE 'pretix.plugins.sendmail,pretix.plugins.paypal2,pretix.plugins.banktransfer,pretix.plugins.ticketoutputpdf,pretix.plugins.checkinlists' END,
       CASE e WHEN 1 THEN E'Venue contact: Orla Fitzgerald (events desk), +353 1 818 4415, orla.fitzgerald@ccd-venue.example. Loading bay opens 06:30; badges printed on site by Ciarán.'
              WHEN 2 THEN E'Catering: Sabores da Ribeira (Sr. Nuno Tavares, 912 448 301). Speaker hotel block under "Harbourlight" until 1 Sept.'
              WHEN 3 THEN 'Sponsor invoices go through Femke Bakker. Keynote speaker arrives on the 3rd, pick-up at Schiphol arranged.'
              WHEN 4 THEN 'PLN prices incl. 23% VAT.'
              WHEN 5 THEN 'Archived. Refunds for the cancelled workshop handled by Niamh in October 2023.'
              WHEN 7 THEN E'Sanitäter: DRK Altona, Ansprechpartner Herr Krüger 0160 9421 5530. Bändchen-Farben siehe Wiki.'
              WHEN 8 THEN 'Max. 180 Plätze wegen Brandschutz.'
              WHEN 10 THEN E'Tourmanager: Jonas (0176 2210 4478). Gästeliste der Band über Lisa Hartmann.'
              WHEN 12 THEN 'Ersatztermin für den 14.03.'
              ELSE '' END,
       false, CASE WHEN e = 8 THEN 1 WHEN e = 12 THEN 2 END, e = 9, org, dfrom - interval '9 days', true
FROM pgen.ev;

-- The settings stores: hierarkey rows of (key, value) per object.
CREATE TABLE pretixbase_organizer_settingsstore (id serial PRIMARY KEY, key varchar(255) NOT NULL, value text NOT NULL, object_id integer NOT NULL);
INSERT INTO pretixbase_organizer_settingsstore (key, value, object_id)
SELECT k, v, o FROM (VALUES
  (1, 'contact_mail', 'tickets@harbourlight-conferences.example'),
  (1, 'organizer_info_text', '{"en": "Harbourlight Conferences runs community-driven tech conferences across Europe."}'),
  (1, 'imprint_url', 'https://harbourlight-conferences.example/imprint'),
  (1, 'privacy_url', 'https://harbourlight-conferences.example/privacy'),
  (1, 'mail_from', 'noreply@harbourlight-conferences.example'),
  (1, 'mail_from_name', 'Harbourlight Conferences'),
  (1, 'mail_bcc', 'bookkeeping@harbourlight-conferences.example'),
  (1, 'smtp_use_custom', 'True'),
  (1, 'smtp_host', 'smtp.eu.mailgun.org'),
  (1, 'smtp_port', '587'),
  (1, 'smtp_username', 'postmaster@mg.harbourlight-conferences.example'),
  (1, 'smtp_password', '@@mailgun@@'),
  (1, 'smtp_use_tls', 'True'),
  (1, 'invoice_address_from_name', 'Harbourlight Conferences Ltd'),
  (1, 'invoice_address_from', E'Unit 4, The Digital Hub\nThomas Street'),
  (1, 'invoice_address_from_zipcode', 'D08 TCV4'),
  (1, 'invoice_address_from_city', 'Dublin'),
  (1, 'invoice_address_from_country', 'IE'),
  (1, 'invoice_address_from_vat_id', 'IE3668997OH'),
  (1, 'giftcard_length', '16'),
  (1, 'customer_accounts', 'True'),
  (1, 'customer_accounts_native', 'True'),
  (1, 'name_scheme', 'given_family'),
  (1, 'primary_color', '#1f5f8b'),
  (1, 'organizer_logo_image', 'file://pub/harbourlight/logo.Xq3LwZ.png'),
  (1, 'mailchimp_api_key', '@@mailchimp@@'),
  (1, 'mailchimp_list_id', 'a4c9e1f0b7'),
  (2, 'contact_mail', 'tickets@nordlicht-hamburg.example'),
  (2, 'imprint_url', 'https://nordlicht-hamburg.example/impressum'),
  (2, 'mail_from', 'tickets@nordlicht-hamburg.example'),
  (2, 'locales', '["de", "en"]'),
  (2, 'locale', 'de'),
  (2, 'invoice_address_from_name', 'Kulturkollektiv Nordlicht e.V.'),
  (2, 'invoice_address_from', 'Stresemannstraße 374'),
  (2, 'invoice_address_from_zipcode', '22761'),
  (2, 'invoice_address_from_city', 'Hamburg'),
  (2, 'invoice_address_from_country', 'DE'),
  (2, 'invoice_address_from_tax_id', '17/451/06392'),
  (2, 'payment_banktransfer_bank_details_type', 'sepa'),
  (2, 'payment_banktransfer_bank_details_sepa_name', 'Kulturkollektiv Nordlicht e.V.'),
  (2, 'payment_banktransfer_bank_details_sepa_iban', '@@iban2@@'),
  (2, 'payment_banktransfer_bank_details_sepa_bic', 'HASPDEHHXXX'),
  (2, 'payment_banktransfer_bank_details_sepa_bank', 'Hamburger Sparkasse'),
  (2, 'name_scheme', 'salutation_title_given_family'),
  (2, 'primary_color', '#0b3d2e'),
  (3, 'contact_mail', 'jonas.weber@weber-konzerte.example'),
  (3, 'imprint_text', E'Konzertagentur Weber\nInhaber: Jonas Weber\nKarl-Heine-Straße 57\n04229 Leipzig\nTel. +49 341 2418 3307\nUSt-IdNr. @@vat3@@'),
  (3, 'mail_from', 'jonas.weber@weber-konzerte.example'),
  (3, 'locales', '["de"]'),
  (3, 'invoice_address_from_name', 'Jonas Weber – Konzertagentur Weber'),
  (3, 'invoice_address_from', 'Karl-Heine-Straße 57'),
  (3, 'invoice_address_from_zipcode', '04229'),
  (3, 'invoice_address_from_city', 'Leipzig'),
  (3, 'invoice_address_from_country', 'DE'),
  (3, 'invoice_address_from_vat_id', '@@vat3@@'),
  (3, 'payment_banktransfer_bank_details_type', 'sepa'),
  (3, 'payment_banktransfer_bank_details_sepa_name', 'Jonas Weber'),
  (3, 'payment_banktransfer_bank_details_sepa_iban', '@@iban3@@'),
  (3, 'payment_banktransfer_bank_details_sepa_bic', 'WELADE8LXXX'),
  (3, 'payment_banktransfer_bank_details_sepa_bank', 'Sparkasse Leipzig'),
  (3, 'name_scheme', 'full')) v(o, k, v);
UPDATE pretixbase_organizer_settingsstore SET value = replace(replace(replace(replace(replace(value,
    '@@mailgun@@', pgen.lower('mgpw', 1, 32) || '-' || pgen.lower('mgpwb', 1, 8) || '-' || pgen.lower('mgpwc', 1, 8)),
    '@@mailchimp@@', fixture_gen.hexn('mcak', 1, 32) || '-us21'),
    '@@iban2@@', fixture_gen.iban('DE', '20050550' || fixture_gen.digits('ib2', 1, 10))),
    '@@iban3@@', fixture_gen.iban('DE', '86055592' || fixture_gen.digits('ib3', 1, 10))),
    '@@vat3@@', fixture_gen.vat('vatw', 2));

CREATE TABLE pretixbase_event_settingsstore (id serial PRIMARY KEY, key varchar(255) NOT NULL, value text NOT NULL, object_id integer NOT NULL);
INSERT INTO pretixbase_event_settingsstore (key, value, object_id)
SELECT k.key, v.value, e.e
FROM pgen.ev e
CROSS JOIN (VALUES (1, 'timezone'), (2, 'locales'), (3, 'contact_mail'), (4, 'attendee_names_asked'), (5, 'attendee_names_required'), (6, 'attendee_emails_asked'),
  (7, 'attendee_company_asked'), (8, 'name_scheme'), (9, 'invoice_address_asked'), (10, 'invoice_address_vatid'), (11, 'invoice_generate'), (12, 'invoice_introductory_text'),
  (13, 'invoice_footer_text'), (14, 'mail_text_order_placed'), (15, 'mail_text_order_paid'), (16, 'payment_stripe__enabled'), (17, 'payment_stripe_connect_user_id'),
  (18, 'payment_stripe_connect_refresh_token'), (19, 'payment_stripe_connect_publishable_key'), (20, 'payment_stripe_connect_user_name'), (21, 'payment_paypal2__enabled'),
  (22, 'payment_paypal2_client_id'), (23, 'payment_paypal2_secret'), (24, 'payment_paypal2_endpoint'), (25, 'payment_banktransfer__enabled'), (26, 'payment_banktransfer_bank_details'),
  (27, 'ticketoutput_pdf__enabled'), (28, 'frontpage_text'), (29, 'show_quota_left'), (30, 'cancel_allow_user'), (31, 'mail_days_order_expire_warning'),
  (32, 'payment_term_days'), (33, 'confirm_texts'), (34, 'checkout_email_helptext'), (35, 'badges_layout_text'), (36, 'waiting_list_enabled'), (37, 'payment_stripe_webhook_secret')) k(n, key)
CROSS JOIN LATERAL (SELECT CASE k.key
    WHEN 'timezone' THEN e.tz
    WHEN 'locales' THEN CASE e.org WHEN 1 THEN '["en"]' WHEN 2 THEN '["de", "en"]' ELSE '["de"]' END
    WHEN 'contact_mail' THEN CASE e.org WHEN 1 THEN e.slug || '@harbourlight-conferences.example' WHEN 2 THEN 'tickets@nordlicht-hamburg.example' ELSE 'jonas.weber@weber-konzerte.example' END
    WHEN 'attendee_names_asked' THEN 'True' WHEN 'attendee_names_required' THEN CASE WHEN e.org = 1 THEN 'True' ELSE 'False' END
    WHEN 'attendee_emails_asked' THEN CASE WHEN e.org = 1 THEN 'True' ELSE 'False' END WHEN 'attendee_company_asked' THEN CASE WHEN e.org = 1 THEN 'True' ELSE 'False' END
    WHEN 'name_scheme' THEN e.scheme WHEN 'invoice_address_asked' THEN 'True' WHEN 'invoice_address_vatid' THEN CASE WHEN e.org = 1 THEN 'True' ELSE 'False' END
    WHEN 'invoice_generate' THEN CASE WHEN e.org = 1 THEN 'paid' ELSE 'user' END
    WHEN 'invoice_introductory_text' THEN CASE WHEN e.org = 1 THEN '{"en": "Thank you for registering for ' || e.name || '."}' ELSE '{"de": "Vielen Dank für Ihre Bestellung."}' END
    WHEN 'invoice_footer_text' THEN CASE e.org WHEN 1 THEN '{"en": "Harbourlight Conferences Ltd, registered in Ireland no. 612457. Directors: Siobhán Kavanagh, Pádraig Doyle."}'
         WHEN 2 THEN '{"de": "Kulturkollektiv Nordlicht e.V., Amtsgericht Hamburg VR 24518. Vorstand: Mareike Brandt, Deniz Aksoy."}' ELSE '{"de": "Kleinunternehmer: Jonas Weber, Karl-Heine-Straße 57, 04229 Leipzig."}' END
    WHEN 'mail_text_order_placed' THEN '{"en": "Hello,\n\nwe successfully received your order for {event} with a total value of {total_with_currency}. Please complete your payment before {expire_date}.\n\nYou can change your order details and view the status of your order at\n{url}\n\nBest regards,\nYour {event} team"}'
    WHEN 'mail_text_order_paid' THEN '{"en": "Hello {name},\n\nwe successfully received your payment for {event}. Thank you!\n\n{payment_info}\n\nYou can download your ticket at {url}\n\nBest regards,\nYour {event} team"}'
    WHEN 'payment_stripe__enabled' THEN CASE WHEN e.org IN (1, 2) THEN 'True' ELSE 'False' END
    WHEN 'payment_stripe_connect_user_id' THEN CASE WHEN e.org IN (1, 2) THEN 'acct_1' || pgen.rnd('sacct', e.org, 15) END
    WHEN 'payment_stripe_connect_refresh_token' THEN CASE WHEN e.org IN (1, 2) THEN 'rt_' || pgen.rnd('srt', e.e, 48) END
    WHEN 'payment_stripe_connect_publishable_key' THEN CASE WHEN e.org IN (1, 2) THEN 'pk_live_' || pgen.rnd('spk', e.org, 99) END
    WHEN 'payment_stripe_connect_user_name' THEN CASE e.org WHEN 1 THEN 'Harbourlight Conferences Ltd' WHEN 2 THEN 'Kulturkollektiv Nordlicht e.V.' END
    WHEN 'payment_paypal2__enabled' THEN CASE WHEN e.org IN (1, 3) THEN 'True' ELSE 'False' END
    WHEN 'payment_paypal2_client_id' THEN CASE WHEN e.org IN (1, 3) THEN 'A' || pgen.rnd('ppcid', e.org, 79) END
    WHEN 'payment_paypal2_secret' THEN CASE WHEN e.org IN (1, 3) THEN 'E' || pgen.rnd('ppsec', e.org, 79) END
    WHEN 'payment_paypal2_endpoint' THEN CASE WHEN e.org IN (1, 3) THEN 'live' END
    WHEN 'payment_banktransfer__enabled' THEN 'True'
    WHEN 'payment_banktransfer_bank_details' THEN CASE e.org WHEN 1 THEN '{"en": "Harbourlight Conferences Ltd\nAIB, IBAN ' || fixture_gen.iban('IE', 'AIBK' || '931152' || fixture_gen.digits('ib1', 1, 8)) || ', BIC AIBKIE2D"}' END
    WHEN 'ticketoutput_pdf__enabled' THEN 'True'
    WHEN 'frontpage_text' THEN CASE e.org WHEN 1 THEN '{"en": "<p>Two days of talks, open spaces and hallway track. Tickets include lunch and the evening social.</p>"}' WHEN 2 THEN '{"de": "<p>Drei Tage Musik an der Elbe.</p>"}' ELSE '{"de": "<p>Einlass ab 18 Uhr. Freie Platzwahl.</p>"}' END
    WHEN 'show_quota_left' THEN 'False' WHEN 'cancel_allow_user' THEN CASE WHEN e.org = 1 THEN 'True' ELSE 'False' END
    WHEN 'mail_days_order_expire_warning' THEN '3' WHEN 'payment_term_days' THEN '14'
    WHEN 'confirm_texts' THEN '[{"en": "I agree to the code of conduct."}]'
    WHEN 'checkout_email_helptext' THEN '{"en": "Make sure to enter a valid email address. We will send you an order confirmation including a link that you need to access your order later."}'
    WHEN 'badges_layout_text' THEN '[{"type": "textarea", "content": "attendee_name", "fontsize": "20.0"}, {"type": "textarea", "content": "attendee_company", "fontsize": "13.0"}]'
    WHEN 'waiting_list_enabled' THEN CASE WHEN e.org = 2 THEN 'True' ELSE 'False' END
    WHEN 'payment_stripe_webhook_secret' THEN CASE WHEN e.org IN (1, 2) THEN 'whsec_' || pgen.rnd('swhs', e.e, 32) END
  END AS value) v
WHERE v.value IS NOT NULL
ORDER BY e.e, k.n;

-- ---------------------------------------------------------------------------
-- Backend users, their second factors, teams and API tokens.

-- Users 1-36 are people 5001-5036: 1-18 Harbourlight staff, 19-28 Nordlicht
-- (staff and volunteers), 29-32 Weber's agency, 33-36 freelancers.
UPDATE pgen.p SET first = 'Siobhán', last = 'Kavanagh', full_name = 'Siobhán Kavanagh', c = 'ie' WHERE i = 5001;
UPDATE pgen.p SET first = 'Mareike', last = 'Brandt', full_name = 'Mareike Brandt', c = 'de' WHERE i = 5019;
UPDATE pgen.p SET first = 'Jonas', last = 'Weber', full_name = 'Jonas Weber', c = 'de' WHERE i = 5029;
UPDATE pgen.p SET first = 'Lisa', last = 'Hartmann', full_name = 'Lisa Hartmann', c = 'de' WHERE i = 5030;

CREATE TABLE pretixbase_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, email varchar(190) UNIQUE, fullname varchar(255), is_active boolean NOT NULL,
    is_staff boolean NOT NULL, date_joined timestamptz NOT NULL, locale varchar(50) NOT NULL, timezone varchar(100) NOT NULL, require_2fa boolean NOT NULL,
    notifications_send boolean NOT NULL, notifications_token varchar(255) NOT NULL, auth_backend varchar(255) NOT NULL, session_token varchar(32) NOT NULL,
    is_verified boolean NOT NULL, needs_password_change boolean NOT NULL, auth_backend_identifier varchar(190)
);
INSERT INTO pretixbase_user
SELECT p.i - 5000,
       CASE WHEN p.i - 5000 BETWEEN 2 AND 12 THEN '!' || pgen.rnd('unus', p.i, 40) ELSE fixture_gen.pbkdf2('upw', p.i) END,
       pgen.at('ull', p.i, '2024-05-01', '2024-06-27'),
       CASE WHEN p.i - 5000 <= 18 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) || '@harbourlight-conferences.example'
            WHEN p.i - 5000 <= 28 AND p.i % 3 <> 0 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) || '@nordlicht-hamburg.example' WHEN p.i - 5000 <= 28 THEN p.email
            WHEN p.i - 5000 = 29 THEN 'jonas.weber@weber-konzerte.example' WHEN p.i - 5000 <= 32 THEN pgen.fold(p.first) || '@weber-konzerte.example'
            ELSE p.email END,
       CASE WHEN p.i % 7 = 3 THEN NULL ELSE p.full_name END,
       p.i % 17 <> 5, p.i - 5000 IN (1, 2), pgen.at('udj', p.i, '2019-02-01', '2024-04-01'),
       CASE WHEN p.c = 'de' THEN 'de' WHEN p.c = 'pt' THEN 'pt-pt' ELSE 'en' END,
       CASE WHEN p.c = 'de' THEN 'Europe/Berlin' WHEN p.c IN ('ie', 'gb') THEN 'Europe/Dublin' WHEN p.c = 'in' THEN 'Asia/Kolkata' ELSE 'UTC' END,
       p.i - 5000 <= 18, p.i % 5 <> 0, pgen.lower('untk', p.i, 32),
       CASE WHEN p.i - 5000 BETWEEN 2 AND 12 THEN 'azuread' ELSE 'native' END, pgen.lower('usest', p.i, 32), p.i % 11 <> 4, p.i - 5000 = 24,
       CASE WHEN p.i - 5000 BETWEEN 2 AND 12 THEN fixture_gen.uuid('aadoid', p.i) END
FROM pgen.p p WHERE p.i BETWEEN 5001 AND 5036 ORDER BY p.i;

CREATE TABLE otp_totp_totpdevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, key varchar(80) NOT NULL, step smallint NOT NULL, t0 bigint NOT NULL, digits smallint NOT NULL,
    tolerance smallint NOT NULL, drift smallint NOT NULL, last_t bigint NOT NULL, user_id integer NOT NULL, throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamptz, created_at timestamptz, last_used_at timestamptz
);
INSERT INTO otp_totp_totpdevice (name, confirmed, key, step, t0, digits, tolerance, drift, last_t, user_id, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at)
SELECT fixture_gen.pick(ARRAY['Authenticator', 'Google Authenticator', 'Phone', '1Password', 'Authy'], 'tdn', u), u % 9 <> 4, fixture_gen.hexn('totpk', u, 40), 30, 0, 6, 1, 0,
       (extract(epoch FROM pgen.at('tlt', u, '2024-05-01', '2024-06-27')) / 30)::bigint, u, CASE WHEN u % 8 = 1 THEN 2 ELSE 0 END,
       CASE WHEN u % 8 = 1 THEN pgen.at('ttf', u, '2024-06-01', '2024-06-27') END, pgen.at('tca', u, '2022-01-01', '2024-04-01'), pgen.at('tlu', u, '2024-05-01', '2024-06-27')
FROM generate_series(1, 36) u WHERE u NOT BETWEEN 2 AND 12 AND u % 6 <> 5;

CREATE TABLE otp_static_staticdevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, user_id integer NOT NULL, throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamptz, created_at timestamptz, last_used_at timestamptz
);
INSERT INTO otp_static_staticdevice (name, confirmed, user_id, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at)
SELECT 'emergency', true, user_id, 0, NULL, created_at, CASE WHEN user_id % 7 = 0 THEN pgen.at('slu', user_id, '2023-06-01', '2024-06-27') END FROM otp_totp_totpdevice ORDER BY id;

CREATE TABLE otp_static_statictoken (id serial PRIMARY KEY, token varchar(16) NOT NULL, device_id integer NOT NULL);
INSERT INTO otp_static_statictoken (token, device_id)
SELECT fixture_gen.chars('stok', d.id * 100 + k, 8, 'abcdefghijklmnopqrstuvwxyz234567'), d.id FROM otp_static_staticdevice d CROSS JOIN generate_series(1, 10) k
WHERE NOT (d.last_used_at IS NOT NULL AND k <= 2) ORDER BY d.id, k;

CREATE TABLE pretixbase_webauthndevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, credential_id varchar(255), rp_id varchar(255), icon_url varchar(255), ukey text,
    pub_key text, sign_count integer NOT NULL, user_id integer NOT NULL
);
INSERT INTO pretixbase_webauthndevice (name, confirmed, credential_id, rp_id, icon_url, ukey, pub_key, sign_count, user_id)
SELECT CASE k % 5 WHEN 0 THEN 'YubiKey 5C NFC' WHEN 1 THEN split_part(u.fullname, ' ', 1) || '''s MacBook (Touch ID)' WHEN 2 THEN 'Pixel 8 von ' || split_part(u.fullname, ' ', 1)
            WHEN 3 THEN 'iPhone ' || u.fullname ELSE 'Titan key' END,
       k % 11 <> 7, translate(rtrim(fixture_gen.b64('wacid', k, 64), '='), '+/', '-_'),
       CASE WHEN u.id BETWEEN 19 AND 32 THEN 'tickets.nordlicht-hamburg.example' ELSE 'tickets.harbourlight-conferences.example' END, NULL,
       translate(rtrim(fixture_gen.b64('wauk', u.id, 32), '='), '+/', '-_'), 'pQECAyYgASFYI' || translate(rtrim(fixture_gen.b64('wapk', k, 66), '='), '+/', '-_'),
       fixture_gen.n('wasc', k, 400), u.id
FROM generate_series(1, 22) k JOIN pretixbase_user u ON u.id = 1 + fixture_gen.n('wau', k, 36) WHERE u.fullname IS NOT NULL;

CREATE TABLE pretixbase_historicpassword (id serial PRIMARY KEY, password varchar(128) NOT NULL, created timestamptz NOT NULL, user_id integer NOT NULL);
INSERT INTO pretixbase_historicpassword (password, created, user_id)
SELECT fixture_gen.pbkdf2('hpw', u * 10 + k), pgen.at('hpc', u * 10 + k, '2020-01-01', '2024-06-01'), u
FROM generate_series(1, 36) u CROSS JOIN generate_series(1, 3) k WHERE u NOT BETWEEN 2 AND 12 AND k <= 1 + u % 3 ORDER BY u, k;

CREATE TABLE pretixbase_userknownloginsource (
    id serial PRIMARY KEY, agent_type varchar(255), device_type varchar(255), os_type varchar(255), country varchar(2), last_seen timestamptz NOT NULL, user_id integer NOT NULL
);
INSERT INTO pretixbase_userknownloginsource (agent_type, device_type, os_type, country, last_seen, user_id)
SELECT fixture_gen.pick(ARRAY['Firefox', 'Chrome', 'Chrome', 'Safari', 'Edge', 'Chrome Mobile', 'Mobile Safari'], 'klsa', k),
       fixture_gen.pick(ARRAY['Other', 'Other', 'iPhone', 'Mac', 'K', 'Samsung SM-S911B'], 'klsd', k),
       fixture_gen.pick(ARRAY['Windows', 'Mac OS X', 'Linux', 'iOS', 'Android', 'Ubuntu'], 'klso', k),
       CASE WHEN u.id <= 18 THEN fixture_gen.pick(ARRAY['IE', 'IE', 'IE', 'PT', 'NL', 'PL', 'GB'], 'klsc', k) WHEN u.id <= 32 THEN fixture_gen.pick(ARRAY['DE', 'DE', 'DE', 'AT', 'ES'], 'klsc', k)
            ELSE fixture_gen.pick(ARRAY['IN', 'NG', 'DE', 'PT'], 'klsc', k) END,
       pgen.at('klsl', k, '2023-01-01', '2024-06-27'), u.id
FROM generate_series(1, 90) k JOIN pretixbase_user u ON u.id = 1 + fixture_gen.n('klsu', k, 36);


CREATE TABLE pretixbase_staffsession (id serial PRIMARY KEY, date_start timestamptz NOT NULL, date_end timestamptz, session_key varchar(255) NOT NULL, comment text NOT NULL, user_id integer NOT NULL);
INSERT INTO pretixbase_staffsession (date_start, date_end, session_key, comment, user_id)
SELECT t, t + make_interval(mins => 5 + fixture_gen.n('sse', k, 80)), pgen.lower('sskey', k, 32),
       CASE k % 8 WHEN 0 THEN 'Ticket #' || (4100 + k) || ': Mareike Brandt cannot see the Lesenacht orders in her team'
                  WHEN 1 THEN 'Refund request from ' || b.full_name || ' (' || b.email || '), order paid twice'
                  WHEN 2 THEN 'Checking Stripe connect status for Nordlicht'
                  WHEN 3 THEN 'Attendee ' || b.full_name || ' asked by phone (' || b.phone || ') to change the name on the ticket'
                  WHEN 4 THEN 'Fix invoice address of Jonas Weber''s order, he typed his old street'
                  WHEN 5 THEN 'Export for the accountant'
                  WHEN 6 THEN 'Debug seating plan of Sœur Lumière'
                  ELSE 'GDPR request: delete customer account ' || b.email END,
       CASE WHEN k % 3 = 0 THEN 2 ELSE 1 END
FROM generate_series(1, 24) k JOIN pgen.p b ON b.i = 1 + fixture_gen.n('ssb', k, 460)
CROSS JOIN LATERAL (SELECT pgen.at('sss', k, '2023-09-01', '2024-06-27') AS t) x ORDER BY t;

CREATE TABLE pretixbase_staffsessionauditlog (id serial PRIMARY KEY, datetime timestamptz NOT NULL, url varchar(255) NOT NULL, method varchar(255) NOT NULL, impersonating_id integer, session_id integer NOT NULL);
INSERT INTO pretixbase_staffsessionauditlog (datetime, url, method, impersonating_id, session_id)
SELECT s.date_start + make_interval(secs => k * 37),
       CASE k % 6 WHEN 0 THEN '/control/search/orders/?query=' || replace(b.email, '@', '%40')
                  WHEN 1 THEN '/control/event/' || o.slug || '/' || e.slug || '/orders/'
                  WHEN 2 THEN '/control/event/' || o.slug || '/' || e.slug || '/orders/?query=' || replace(b.last, ' ', '+')
                  WHEN 3 THEN '/control/organizer/' || o.slug || '/teams'
                  WHEN 4 THEN '/control/users/' || (1 + fixture_gen.n('ssau', k, 36)) || '/'
                  ELSE '/control/event/' || o.slug || '/' || e.slug || '/settings/payment' END,
       CASE WHEN k % 6 = 5 THEN 'POST' ELSE 'GET' END, CASE WHEN k % 6 = 4 THEN 1 + fixture_gen.n('ssau', k, 36) END, s.id
FROM pretixbase_staffsession s CROSS JOIN generate_series(1, 4) k
JOIN pgen.ev e ON e.e = 1 + fixture_gen.n('ssae', s.id * 10 + k, 12) JOIN pretixbase_organizer o ON o.id = e.org
JOIN pgen.p b ON b.i = 1 + fixture_gen.n('ssab', s.id * 10 + k, 460)
ORDER BY s.id, k;

CREATE TABLE pretixbase_team (
    id serial PRIMARY KEY, name varchar(190) NOT NULL, all_events boolean NOT NULL, can_create_events boolean NOT NULL, can_change_teams boolean NOT NULL,
    can_change_organizer_settings boolean NOT NULL, can_change_event_settings boolean NOT NULL, can_change_items boolean NOT NULL, can_view_orders boolean NOT NULL,
    can_change_orders boolean NOT NULL, can_view_vouchers boolean NOT NULL, can_change_vouchers boolean NOT NULL, organizer_id integer NOT NULL,
    can_manage_gift_cards boolean NOT NULL, can_checkin_orders boolean NOT NULL, can_manage_customers boolean NOT NULL, require_2fa boolean NOT NULL
);
INSERT INTO pretixbase_team VALUES
  (1, 'Administrators', true, true, true, true, true, true, true, true, true, true, 1, true, true, true, true),
  (2, 'Registration desk', true, false, false, false, false, false, true, true, true, false, 1, false, true, false, true),
  (3, 'Finance', true, false, false, false, false, false, true, true, false, false, 1, true, false, true, true),
  (4, 'Programme committee', false, false, false, false, false, false, true, false, true, true, 1, false, false, false, false),
  (5, 'Vorstand', true, true, true, true, true, true, true, true, true, true, 2, true, true, true, false),
  (6, 'Abendkasse', true, false, false, false, false, false, true, true, false, false, 2, false, true, false, false),
  (7, 'Helfer:innen Einlass', true, false, false, false, false, false, false, false, false, false, 2, false, true, false, false),
  (8, 'Agentur', true, true, true, true, true, true, true, true, true, true, 3, true, true, true, false),
  (9, 'Band & Crew', false, false, false, false, false, false, true, false, false, false, 3, false, true, false, false);

CREATE TABLE pretixbase_team_members (id serial PRIMARY KEY, team_id integer NOT NULL, user_id integer NOT NULL, UNIQUE (team_id, user_id));
INSERT INTO pretixbase_team_members (team_id, user_id)
SELECT DISTINCT t, u FROM (
  SELECT CASE WHEN u <= 3 THEN 1 WHEN u <= 9 THEN 2 WHEN u <= 12 THEN 3 WHEN u <= 18 THEN 4 WHEN u <= 21 THEN 5 WHEN u <= 24 THEN 6 WHEN u <= 28 THEN 7 WHEN u <= 30 THEN 8 WHEN u <= 32 THEN 9
              WHEN u <= 34 THEN 2 ELSE 6 END AS t, u FROM generate_series(1, 36) u
  UNION ALL SELECT 2, u FROM unnest(ARRAY[1, 11, 14]) u UNION ALL SELECT 4, 1 UNION ALL SELECT 9, 29) x ORDER BY 1, 2;


CREATE TABLE pretixbase_teaminvite (id serial PRIMARY KEY, email varchar(254), token varchar(64), team_id integer NOT NULL);
INSERT INTO pretixbase_teaminvite (email, token, team_id)
SELECT CASE WHEN k % 4 = 0 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) || '@harbourlight-conferences.example' ELSE p.email END, pgen.lower('tinv', k, 32),
       (ARRAY[2, 2, 4, 4, 6, 7, 7, 7, 9, 3])[k]
FROM generate_series(1, 10) k JOIN pgen.p p ON p.i = 1000 + k * 31;

CREATE TABLE pretixbase_teamapitoken (id serial PRIMARY KEY, name varchar(190) NOT NULL, active boolean NOT NULL, token varchar(64) NOT NULL, team_id integer NOT NULL);
INSERT INTO pretixbase_teamapitoken (name, active, token, team_id) VALUES
  ('Zapier to HubSpot', true, '', 1), ('Badge printing (onsite)', true, '', 2), ('Website event list', true, '', 1), ('Xero accounting export', true, '', 3),
  ('sync-speakers.py', false, '', 4), ('Old Zapier', false, '', 1), ('Einlass-Statistik', true, '', 5), ('Newsletter-Sync', true, '', 5), ('Website Termine', true, '', 8);
UPDATE pretixbase_teamapitoken SET token = pgen.lower('tapi', id, 64);

-- ---------------------------------------------------------------------------
-- Catalogue: categories, items, variations, questions, check-in lists, seats.

CREATE TABLE pgen.it (e int, k int, id int, cat int, en text, de text, price numeric, admission boolean, voucher boolean);
INSERT INTO pgen.it
SELECT e.e, t.k, e.e * 10 + t.k, e.e * 10 + t.cat, t.en, t.de, t.price, t.adm, t.vch
FROM pgen.ev e JOIN (VALUES
  (1, 1, 1, 'Early Bird Ticket', 'Frühbucher-Ticket', 249.00, true, false), (1, 2, 1, 'Regular Ticket', 'Reguläres Ticket', 399.00, true, false),
  (1, 3, 1, 'Student Ticket', 'Studierendenticket', 79.00, true, false), (1, 4, 2, 'Workshop: Hands-on Kubernetes Security', 'Workshop', 149.00, false, false),
  (1, 5, 3, 'Conference T-Shirt', 'Konferenz-T-Shirt', 25.00, false, false), (1, 6, 1, 'Speaker Ticket', 'Speaker-Ticket', 0.00, true, true),
  (1, 7, 1, 'Sponsor Pass', 'Sponsorenpass', 0.00, true, true),
  (2, 1, 1, 'Festivalpass (3 Tage)', 'Festivalpass (3 Tage)', 119.00, true, false), (2, 2, 1, 'Tagesticket Freitag', 'Tagesticket Freitag', 49.00, true, false),
  (2, 3, 1, 'Tagesticket Samstag', 'Tagesticket Samstag', 59.00, true, false), (2, 4, 1, 'Ermäßigt (Schüler:innen, Studierende, Hamburg-Pass)', 'Ermäßigt', 35.00, true, false),
  (2, 5, 2, 'Parkticket', 'Parkticket', 12.00, false, false),
  (3, 1, 1, 'Stehplatz', 'Stehplatz', 39.00, true, false), (3, 2, 1, 'Sitzplatz Kategorie 1', 'Sitzplatz Kategorie 1', 69.00, true, false),
  (3, 3, 1, 'Sitzplatz Kategorie 2', 'Sitzplatz Kategorie 2', 55.00, true, false), (3, 4, 1, 'VIP inkl. Meet & Greet', 'VIP inkl. Meet & Greet', 149.00, true, false)
) t(org, k, cat, en, de, price, adm, vch) ON t.org = e.org;

CREATE TABLE pretixbase_itemcategory (id serial PRIMARY KEY, name text NOT NULL, position integer NOT NULL, event_id integer NOT NULL, description text NOT NULL, is_addon boolean NOT NULL, internal_name varchar(255));
INSERT INTO pretixbase_itemcategory
SELECT DISTINCT it.cat, jsonb_build_object('en', CASE it.cat % 10 WHEN 1 THEN 'Tickets' WHEN 2 THEN CASE WHEN e.org = 1 THEN 'Workshops' ELSE 'Extras' END ELSE 'Merchandise' END)::text,
       it.cat % 10, it.e, CASE WHEN it.cat % 10 = 2 AND e.org = 1 THEN '{"en": "Workshops have limited seats and require a conference ticket."}' ELSE '' END, it.cat % 10 = 2 AND e.org = 1,
       CASE WHEN it.cat % 10 = 3 THEN 'merch' END
FROM pgen.it it JOIN pgen.ev e ON e.e = it.e ORDER BY it.cat;

CREATE TABLE pretixbase_item (
    id serial PRIMARY KEY, name text NOT NULL, active boolean NOT NULL, description text, default_price numeric(13, 2) NOT NULL, admission boolean NOT NULL, position integer NOT NULL,
    picture varchar(255), available_from timestamptz, available_until timestamptz, category_id integer, event_id integer NOT NULL, tax_rule_id integer, free_price boolean NOT NULL,
    min_per_order integer, max_per_order integer, require_voucher boolean NOT NULL, hide_without_voucher boolean NOT NULL, allow_cancel boolean NOT NULL, checkin_attention boolean NOT NULL,
    internal_name varchar(255), original_price numeric(13, 2), require_approval boolean NOT NULL, generate_tickets boolean, allow_waitinglist boolean NOT NULL,
    issue_giftcard boolean NOT NULL, personalized boolean NOT NULL
);
INSERT INTO pretixbase_item
SELECT it.id, jsonb_build_object('en', it.en, 'de', it.de)::text, NOT (it.e = 5), CASE WHEN it.k = 1 AND e.org = 1 THEN '{"en": "Available until the end of June or while stocks last."}'
            WHEN it.k = 4 AND e.org = 2 THEN '{"de": "Bitte Nachweis am Einlass vorzeigen."}' WHEN it.k = 4 AND e.org = 3 THEN '{"de": "Inklusive Soundcheck-Besuch und Tourposter."}' END,
       it.price, it.admission, it.k, CASE WHEN it.k = 5 AND e.org = 1 THEN 'pub/' || o.slug || '/' || e.slug || '/item-' || it.id || '-tshirt.' || pgen.lower('pic', it.id, 6) || '.png' END,
       NULL, CASE WHEN it.k = 1 AND e.org = 1 THEN e.dfrom - interval '90 days' END, it.cat, it.e, e.org, it.price = 0 AND NOT it.voucher,
       NULL, CASE WHEN it.k = 5 THEN 5 END, it.voucher, it.voucher, e.org = 1 AND NOT it.voucher, it.k = 7 AND e.org = 1,
       CASE WHEN it.voucher THEN 'comp' END, CASE WHEN it.k = 1 AND e.org = 1 THEN 399.00 END, it.k = 3 AND e.org = 1, CASE WHEN it.k = 5 THEN false END, e.org = 2,
       false, it.admission
FROM pgen.it it JOIN pgen.ev e ON e.e = it.e JOIN pretixbase_organizer o ON o.id = e.org ORDER BY it.id;


CREATE TABLE pgen.q (org int, k int, type text, en text, ident text, req boolean);
INSERT INTO pgen.q VALUES
  (1, 1, 'S', 'Job title', 'JOBTITLE', false), (1, 2, 'C', 'T-shirt size', 'TSHIRT', false), (1, 3, 'T', 'Dietary requirements', 'DIET', false),
  (1, 4, 'T', 'Accessibility needs', 'ACCESS', false), (1, 5, 'TEL', 'Mobile phone for on-site emergencies', 'MOBILE', false), (1, 6, 'D', 'Date of birth (student tickets)', 'DOB', false),
  (1, 7, 'F', 'Proof of student status', 'STUDENTID', false), (1, 8, 'C', 'How did you hear about us?', 'SOURCE', false), (1, 9, 'B', 'Share my contact details with sponsors', 'LEADSHARE', true),
  (1, 10, 'CC', 'Country of residence', 'COUNTRY', false), (1, 11, 'S', 'Name for the visa invitation letter, as in your passport, and passport number', 'VISA', false),
  (2, 1, 'D', 'Geburtsdatum', 'GEBDAT', true), (2, 2, 'S', 'Notfallkontakt (Name und Telefon)', 'NOTFALL', false), (2, 3, 'S', 'Mitgliedsnummer (für Vereinsmitglieder)', 'MITGLIED', false),
  (2, 4, 'B', 'Ich möchte als Helfer:in mitmachen', 'HELFER', false), (3, 1, 'B', 'Rollstuhlplatz benötigt', 'ROLLI', false), (3, 2, 'T', 'Anmerkungen', 'NOTIZ', false);

CREATE TABLE pretixbase_question (
    id serial PRIMARY KEY, question text NOT NULL, type varchar(5) NOT NULL, required boolean NOT NULL, event_id integer NOT NULL, position integer NOT NULL,
    ask_during_checkin boolean NOT NULL, identifier varchar(190) NOT NULL, help_text text, hidden boolean NOT NULL, print_on_invoice boolean NOT NULL,
    dependency_question_id integer, dependency_values text NOT NULL, valid_date_min date, valid_file_portrait boolean NOT NULL
);
INSERT INTO pretixbase_question
SELECT e.e * 100 + q.k, jsonb_build_object(CASE WHEN e.org = 1 THEN 'en' ELSE 'de' END, q.en)::text, q.type, q.req, e.e, q.k, q.ident = 'ROLLI', q.ident,
       CASE q.ident WHEN 'STUDENTID' THEN '{"en": "Upload a photo of your student card or enrolment certificate."}' WHEN 'VISA' THEN '{"en": "Only if you need an invitation letter for your visa application."}'
                    WHEN 'GEBDAT' THEN '{"de": "Das Festival ist ab 16 Jahren."}' ELSE NULL END,
       q.ident = 'LEADSHARE' AND e.e = 5, q.ident = 'JOBTITLE', CASE WHEN q.ident IN ('DOB', 'STUDENTID') THEN e.e * 100 + 8 END,
       CASE WHEN q.ident IN ('DOB', 'STUDENTID') THEN '[]' ELSE '[]' END, CASE WHEN q.ident = 'GEBDAT' THEN date '1900-01-01' END, false
FROM pgen.ev e JOIN pgen.q q ON q.org = e.org ORDER BY 1;
UPDATE pretixbase_question SET dependency_question_id = NULL;


CREATE TABLE pretixbase_checkinlist (
    id serial PRIMARY KEY, name varchar(190) NOT NULL, all_products boolean NOT NULL, event_id integer NOT NULL, include_pending boolean NOT NULL, subevent_id integer,
    allow_multiple_entries boolean NOT NULL, allow_entry_after_exit boolean NOT NULL, rules text NOT NULL, exit_all_at timestamptz, addon_match boolean NOT NULL,
    consider_tickets_used boolean NOT NULL, ignore_in_statistics boolean NOT NULL
);
INSERT INTO pretixbase_checkinlist (name, all_products, event_id, include_pending, subevent_id, allow_multiple_entries, allow_entry_after_exit, rules, exit_all_at, addon_match, consider_tickets_used, ignore_in_statistics)
SELECT l.name, l.k = 1, e.e, false, NULL, l.k = 1 AND e.org = 1, true,
       CASE WHEN l.k = 2 THEN '{"and": [{"inList": [{"var": "product"}, {"objectList": [{"lookup": ["product", "' || (e.e * 10 + 4) || '", "Workshop"]}]}]}, {"isAfter": [{"var": "now"}, {"buildTime": ["date_from"]}, 30]}]}' ELSE '{}' END,
       CASE WHEN l.k = 1 THEN e.dfrom + interval '20 hours' END, false, true, l.k = 3
FROM pgen.ev e CROSS JOIN LATERAL (VALUES (1, CASE e.org WHEN 1 THEN 'Main entrance' WHEN 2 THEN 'Einlass' ELSE 'Abendkasse / Einlass' END), (2, CASE WHEN e.org = 1 THEN 'Workshop room' END),
  (3, CASE WHEN e.org <> 3 THEN 'Merch & lunch pickup' END)) l(k, name) WHERE l.name IS NOT NULL ORDER BY e.e, l.k;


-- ---------------------------------------------------------------------------
-- Orders, positions, carts, answers, invoice addresses.


-- Customer accounts of Harbourlight's shop: buyers with i % 9 = 0 and people 7001-7040.
CREATE TABLE pgen.cust (cid serial, i int);
INSERT INTO pgen.cust (i) SELECT i FROM pgen.p WHERE (i <= 460 AND i % 9 = 0) OR i BETWEEN 7001 AND 7040 ORDER BY i;

CREATE TABLE pgen.ord (i int PRIMARY KEY, e int, org int, code text, status text, dt timestamptz, expires timestamptz, email text, phone text, npos int, secret text,
  provider text, cust int, inv boolean, biz boolean, canceled_at timestamptz);
INSERT INTO pgen.ord (i, e, org, code, npos, secret, email, phone, provider, inv, biz)
SELECT p.i, x.e, ev.org, fixture_gen.chars('ocode', p.i, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ3789'),
       CASE ev.org WHEN 1 THEN (ARRAY[1, 1, 1, 1, 2, 2, 3, 1])[1 + fixture_gen.n('onp', p.i, 8)] WHEN 2 THEN 1 + fixture_gen.n('onp', p.i, 4) ELSE 1 + fixture_gen.n('onp', p.i, 2) END,
       pgen.lower('osec', p.i, 16),
       CASE WHEN p.i % 23 = 0 AND p.company NOT IN ('', 'Freelance') THEN 'events@' || regexp_replace(lower(split_part(p.company, ' ', 1)), '[^a-z]', '', 'g') || '.example' ELSE p.email END,
       CASE WHEN p.i % 20 < 11 THEN p.phone END,
       CASE ev.org WHEN 1 THEN (ARRAY['stripe', 'stripe', 'paypal2', 'banktransfer'])[1 + fixture_gen.n('oprov', p.i, 4)]
                   WHEN 2 THEN (ARRAY['stripe', 'stripe', 'stripe', 'banktransfer', 'banktransfer'])[1 + fixture_gen.n('oprov', p.i, 5)]
                   ELSE (ARRAY['paypal2', 'banktransfer'])[1 + fixture_gen.n('oprov', p.i, 2)] END,
       ev.org = 1 OR p.i % 5 = 0, ev.org = 1 AND p.company NOT IN ('', 'Freelance') AND p.i % 3 <> 1
FROM pgen.p p CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 7, 7, 7, 8, 8, 9, 9, 10, 10, 11, 12, 12])[1 + fixture_gen.n('oev', p.i, 27)] AS e) x
JOIN pgen.ev ev ON ev.e = x.e WHERE p.i <= 460;
UPDATE pgen.ord o SET dt = least(pgen.at('odt', o.i, ev.dfrom - interval '150 days', ev.dfrom - interval '2 days'), pgen.at('odtc', o.i, '2024-06-20', '2024-06-27 18:00')),
  status = CASE WHEN o.i % 31 = 7 THEN 'c' WHEN o.i % 17 = 3 THEN 'e' WHEN o.provider = 'banktransfer' AND o.i % 4 = 1 AND ev.dfrom > '2024-06-28' THEN 'n' ELSE 'p' END,
  cust = (SELECT c.cid FROM pgen.cust c WHERE c.i = o.i AND o.org = 1)
FROM pgen.ev ev WHERE ev.e = o.e;
UPDATE pgen.ord SET expires = dt + interval '14 days', canceled_at = CASE WHEN status = 'c' THEN least(dt + make_interval(days => 3 + fixture_gen.n('ocan', i, 40)), timestamptz '2024-06-28 12:00:00+00' - make_interval(mins => i)) END;
UPDATE pgen.ord o SET code = o.code || 'X' FROM (SELECT i, row_number() OVER (PARTITION BY e, code ORDER BY i) rn FROM pgen.ord) d WHERE d.i = o.i AND d.rn > 1;

CREATE TABLE pgen.pos (id serial PRIMARY KEY, i int, k int, e int, org int, item int, price numeric, att int);
INSERT INTO pgen.pos (i, k, e, org, item, price)
SELECT o.i, g.k, o.e, o.org, it.id, it.price FROM pgen.ord o CROSS JOIN generate_series(1, 4) g(k)
JOIN pgen.it it ON it.e = o.e AND it.k = CASE o.org WHEN 1 THEN (ARRAY[1, 1, 2, 2, 2, 3, 3, 6, 7, 5])[1 + fixture_gen.n('pitm', o.i * 10 + g.k, 10)]
                                                    WHEN 2 THEN CASE WHEN g.k = 4 THEN 5 ELSE (ARRAY[1, 1, 1, 2, 3, 4])[1 + fixture_gen.n('pitm', o.i * 10 + g.k, 6)] END
                                                    ELSE (ARRAY[1, 1, 2, 3, 4])[1 + fixture_gen.n('pitm', o.i * 10 + g.k, 5)] END
WHERE g.k <= o.npos ORDER BY o.i, g.k;
UPDATE pgen.pos ps SET item = ps.e * 10 + 1, price = (SELECT it.price FROM pgen.it it WHERE it.id = ps.e * 10 + 1) WHERE ps.k = 1 AND ps.item = ps.e * 10 + 5;
UPDATE pgen.pos SET att = CASE WHEN k = 1 AND i % 3 <> 0 THEN i ELSE 1001 + (id % 800) END;
-- Workshops and T-shirts are add-ons of the first position in Harbourlight's orders.
CREATE TABLE pgen.addon AS SELECT p.id, f.id AS parent FROM pgen.pos p JOIN pgen.pos f ON f.i = p.i AND f.k = 1 WHERE p.org = 1 AND p.item % 10 IN (4, 5) AND p.k > 1;
UPDATE pgen.pos p SET att = f.att FROM pgen.addon a JOIN pgen.pos f ON f.id = a.parent WHERE a.id = p.id;

CREATE TABLE pretixbase_order (
    id serial PRIMARY KEY, code varchar(16) NOT NULL, status varchar(3) NOT NULL, email varchar(254), locale varchar(32), datetime timestamptz NOT NULL, expires timestamptz NOT NULL,
    total numeric(13, 2) NOT NULL, event_id integer NOT NULL, secret varchar(32) NOT NULL, comment text NOT NULL, last_modified timestamptz NOT NULL, checkin_attention boolean NOT NULL,
    meta_info text, require_approval boolean NOT NULL, testmode boolean NOT NULL, email_known_to_work boolean NOT NULL, customer_id integer, phone varchar(128),
    valid_if_pending boolean NOT NULL, cancellation_date timestamptz, custom_followup_at date, invoice_dirty boolean NOT NULL, api_meta text NOT NULL, sales_channel_id integer NOT NULL
);
INSERT INTO pretixbase_order
SELECT o.i, o.code, o.status, o.email, p.locale, o.dt, o.expires,
       coalesce((SELECT sum(price) FROM pgen.pos WHERE pos.i = o.i), 0) + CASE WHEN o.org = 3 THEN 2.00 WHEN o.provider = 'paypal2' AND o.org = 1 THEN 4.50 ELSE 0 END,
       o.e, o.secret,
       CASE WHEN o.i % 13 = 2 THEN fixture_gen.pick(ARRAY[
              'Called ' || p.full_name || ' on ' || p.phone || ': will pay by bank transfer from the company account next week.',
              'Wheelchair user, needs step-free access and a companion ticket. Contact: ' || p.email,
              'Invoice must be re-issued to ' || p.company || ', attn. ' || p.first || ' ' || p.last || ', accounts payable.',
              'Speaker (talk "Observability on a budget"). Hotel booked by us, 2 nights.',
              'Duplicate of an earlier order, keep this one.',
              'Mutter rief an: ' || p.first || ' ist erst 15, Einverständniserklärung der Eltern liegt vor.',
              'Sponsor contact: ' || p.full_name || ', ' || p.job || ' at ' || p.company || '.',
              'Paid in cash at the box office. Receipt no. ' || (4000 + o.i)], 'ocom', o.i) ELSE '' END,
       least(o.dt + make_interval(days => fixture_gen.n('olm', o.i, 20)), timestamptz '2024-06-28 16:00:00+00'), o.i % 41 = 5,
       jsonb_build_object('contact_form_data', jsonb_strip_nulls(jsonb_build_object('email', o.email, 'email_repeat', o.email, 'phone', o.phone)),
         'confirm_messages', CASE WHEN o.org = 1 THEN jsonb_build_array('I agree to the code of conduct.') ELSE '[]'::jsonb END)::text,
       false, false, o.status = 'p', o.cust, o.phone, false, o.canceled_at,
       CASE WHEN o.i % 29 = 4 THEN (o.dt + interval '10 days')::date END, o.i % 37 = 1,
       CASE WHEN o.i % 19 = 6 AND o.org = 1 THEN '{"source": "sponsor-portal", "sponsor_tier": "gold"}' ELSE '{}' END,
       CASE WHEN o.org = 1 THEN CASE WHEN o.i % 19 = 6 THEN 2 ELSE 1 END WHEN o.org = 2 THEN CASE WHEN o.i % 11 = 0 THEN 4 ELSE 3 END ELSE CASE WHEN o.i % 7 = 0 THEN 6 ELSE 5 END END
FROM pgen.ord o JOIN pgen.p p ON p.i = o.i ORDER BY o.i;

CREATE TABLE pretixbase_orderposition (
    id serial PRIMARY KEY, positionid integer NOT NULL, price numeric(13, 2) NOT NULL, attendee_name_cached varchar(255), attendee_email varchar(254), secret varchar(255) NOT NULL,
    item_id integer NOT NULL, order_id integer NOT NULL, variation_id integer, voucher_id integer, addon_to_id integer, subevent_id integer, tax_rate numeric(7, 2) NOT NULL,
    tax_rule_id integer, tax_value numeric(13, 2) NOT NULL, attendee_name_parts text NOT NULL, pseudonymization_id varchar(16) NOT NULL, seat_id integer, canceled boolean NOT NULL,
    city varchar(255), company varchar(255), country varchar(2), state varchar(255), street text, zipcode varchar(30), is_bundled boolean NOT NULL,
    price_before_voucher numeric(13, 2), voucher_budget_use numeric(13, 2), web_secret varchar(32) NOT NULL, valid_from timestamptz, valid_until timestamptz,
    blocked text, ignore_from_quota_while_blocked boolean NOT NULL, used_membership_id integer, discount_id integer
);
INSERT INTO pretixbase_orderposition
SELECT ps.id, ps.k, ps.price,
       CASE WHEN a.id IS NULL AND NOT (ps.org = 1 AND ps.item % 10 IN (4, 5)) THEN CASE WHEN ps.org <> 1 AND ps.k > 1 AND ps.id % 3 = 0 THEN NULL ELSE t.full_name END END,
       CASE WHEN ps.org = 1 AND a.id IS NULL AND ps.id % 10 <> 3 THEN CASE WHEN ps.att = ps.i THEN o.email ELSE t.email END END,
       fixture_gen.chars('psec', ps.id, 32, 'abcdefghjkmnpqrstuvwxyz23456789'), ps.item, ps.i,
       CASE WHEN ps.item % 10 = 5 AND ps.org = 1 THEN ps.item * 10 + 1 + fixture_gen.n('pvar', ps.id, 6) END,
       NULL, a.parent, NULL, CASE ps.org WHEN 1 THEN 23.00 WHEN 2 THEN 7.00 ELSE 0.00 END, ps.org,
       round(ps.price - ps.price / (1 + CASE ps.org WHEN 1 THEN 0.23 WHEN 2 THEN 0.07 ELSE 0 END), 2),
       CASE WHEN a.id IS NULL AND NOT (ps.org = 1 AND ps.item % 10 IN (4, 5)) AND NOT (ps.org <> 1 AND ps.k > 1 AND ps.id % 3 = 0) THEN pgen.parts(t, ev.scheme) ELSE '{}' END,
       fixture_gen.chars('pseu', ps.id, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ3789'), NULL, o.status = 'c' OR (ps.id % 53 = 7),
       CASE WHEN ps.e = 7 AND a.id IS NULL THEN t.city END, CASE WHEN ps.org = 1 AND a.id IS NULL THEN t.company END, CASE WHEN ps.e = 7 AND a.id IS NULL THEN t.cc END,
       CASE WHEN ps.e = 7 AND a.id IS NULL THEN t.state END, CASE WHEN ps.e = 7 AND a.id IS NULL THEN t.street END, CASE WHEN ps.e = 7 AND a.id IS NULL THEN t.zip END,
       false, ps.price, 0.00, pgen.lower('pweb', ps.id, 32), NULL, NULL, NULL, false, NULL, NULL
FROM pgen.pos ps JOIN pgen.ord o ON o.i = ps.i JOIN pgen.ev ev ON ev.e = ps.e JOIN pgen.p t ON t.i = ps.att LEFT JOIN pgen.addon a ON a.id = ps.id ORDER BY ps.id;

CREATE TABLE pretixbase_questionanswer (id serial PRIMARY KEY, answer text NOT NULL, orderposition_id integer, question_id integer NOT NULL, cartposition_id integer, file varchar(255));
INSERT INTO pretixbase_questionanswer (answer, orderposition_id, question_id, cartposition_id, file)
SELECT CASE q.identifier
    WHEN 'JOBTITLE' THEN t.job
    WHEN 'TSHIRT' THEN fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL', 'fitted M', 'fitted S'], 'qats', ps.id)
    WHEN 'DIET' THEN fixture_gen.pick(ARRAY['Vegetarian', 'Vegan', 'None', 'Halal', 'Coeliac – strictly gluten free please', 'Severe nut allergy (EpiPen)', 'Kosher', 'Lactose intolerant', 'Pescatarian'], 'qadi', ps.id)
    WHEN 'ACCESS' THEN fixture_gen.pick(ARRAY['I use a wheelchair and need step-free access.', 'Hearing impaired, live captions would help.', 'I will bring my guide dog.',
         'Need a quiet room to pump milk, I''m breastfeeding.', 'Type 1 diabetic, may need to eat during sessions.', 'Reserved seat near the exit please (anxiety).'], 'qaac', ps.id)
    WHEN 'MOBILE' THEN t.phone
    WHEN 'DOB' THEN to_char(date '1995-01-01' + fixture_gen.n('qadob', ps.id, 3650), 'YYYY-MM-DD')
    WHEN 'STUDENTID' THEN 'file:///pretixbase/questionanswer/' || pgen.lower('qaf', ps.id, 16) || '/' || fixture_gen.pick(ARRAY['student_card_', 'Studierendenausweis_', 'enrolment_'], 'qafn', ps.id) || replace(t.full_name, ' ', '_') || '.jpg'
    WHEN 'SOURCE' THEN fixture_gen.pick(ARRAY['Twitter / Mastodon', 'LinkedIn', 'A colleague', 'Meetup group', 'Previous edition', 'Newsletter'], 'qaso', ps.id)
    WHEN 'LEADSHARE' THEN CASE WHEN ps.id % 3 = 0 THEN 'False' ELSE 'True' END
    WHEN 'COUNTRY' THEN t.cc
    WHEN 'VISA' THEN t.full_name || ', passport ' || CASE t.c WHEN 'in' THEN chr(65 + fixture_gen.n('qavl', ps.id, 26)) || fixture_gen.digits('qavp', ps.id, 7) WHEN 'ng' THEN 'A' || fixture_gen.digits('qavp', ps.id, 8)
         WHEN 'tr' THEN 'U' || fixture_gen.digits('qavp', ps.id, 8) ELSE fixture_gen.chars('qavp', ps.id, 9, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') END || ', born ' || to_char(fixture_gen.birth_date('qavb', ps.id), 'DD.MM.YYYY')
    WHEN 'GEBDAT' THEN to_char(fixture_gen.birth_date('qageb', ps.id), 'YYYY-MM-DD')
    WHEN 'NOTFALL' THEN fixture_gen.pick(ARRAY['Mama', 'Papa', 'Partner', 'Schwester'], 'qanf', ps.id) || ' ' || fixture_gen.first_name('qanfn', ps.id) || ' ' || t.last || ', ' || pgen.phone('de', 'qanfp', ps.id)
    WHEN 'MITGLIED' THEN 'NL-' || (1000 + fixture_gen.n('qamg', ps.id, 900))
    WHEN 'HELFER' THEN CASE WHEN ps.id % 4 = 0 THEN 'True' ELSE 'False' END
    WHEN 'ROLLI' THEN 'True'
    ELSE fixture_gen.pick(ARRAY['Wir kommen mit Kinderwagen.', 'Bitte Platz neben meiner Begleitperson ' || fixture_gen.first_name('qano', ps.id) || '.', 'Rechnung bitte an meine Firma.'], 'qano', ps.id) END,
  ps.id, q.id, NULL,
  CASE WHEN q.identifier = 'STUDENTID' THEN 'pretixbase/questionanswer/' || pgen.lower('qaf', ps.id, 16) || '/' || fixture_gen.pick(ARRAY['student_card_', 'Studierendenausweis_', 'enrolment_'], 'qafn', ps.id) || replace(t.full_name, ' ', '_') || '.jpg' END
FROM pgen.pos ps JOIN pgen.p t ON t.i = ps.att JOIN pretixbase_question q ON q.event_id = ps.e
WHERE NOT EXISTS (SELECT 1 FROM pgen.addon a WHERE a.id = ps.id) AND NOT (ps.org = 1 AND ps.item % 10 IN (4, 5))
  AND CASE q.identifier WHEN 'JOBTITLE' THEN ps.id % 4 <> 0 WHEN 'TSHIRT' THEN true WHEN 'DIET' THEN ps.id % 3 = 0 WHEN 'ACCESS' THEN ps.id % 17 = 0 WHEN 'MOBILE' THEN ps.id % 2 = 0
        WHEN 'DOB' THEN ps.item % 10 = 3 WHEN 'STUDENTID' THEN ps.item % 10 = 3 WHEN 'SOURCE' THEN ps.id % 5 <> 0 WHEN 'LEADSHARE' THEN true WHEN 'COUNTRY' THEN ps.id % 3 <> 2
        WHEN 'VISA' THEN t.c IN ('in', 'ng', 'tr') AND ps.id % 2 = 0 WHEN 'GEBDAT' THEN true WHEN 'NOTFALL' THEN ps.id % 3 = 0 WHEN 'MITGLIED' THEN ps.id % 7 = 0 WHEN 'HELFER' THEN ps.id % 2 = 0
        WHEN 'ROLLI' THEN ps.id % 23 = 0 ELSE ps.id % 11 = 0 END
ORDER BY ps.id, q.id;

CREATE TABLE pretixbase_invoiceaddress (
    id serial PRIMARY KEY, last_modified timestamptz NOT NULL, company varchar(255) NOT NULL, name_cached varchar(255) NOT NULL, street text NOT NULL, zipcode varchar(30) NOT NULL,
    city varchar(255) NOT NULL, country varchar(2) NOT NULL, vat_id varchar(255) NOT NULL, order_id integer UNIQUE, is_business boolean NOT NULL, vat_id_validated boolean NOT NULL,
    internal_reference text NOT NULL, state varchar(255) NOT NULL, beneficiary text NOT NULL, name_parts text NOT NULL, custom_field varchar(255), customer_id integer
);
INSERT INTO pretixbase_invoiceaddress (last_modified, company, name_cached, street, zipcode, city, country, vat_id, order_id, is_business, vat_id_validated, internal_reference, state,
  beneficiary, name_parts, custom_field, customer_id)
SELECT o.dt, CASE WHEN o.biz THEN p.company ELSE '' END, CASE WHEN o.biz AND o.i % 4 = 0 THEN '' ELSE p.full_name END, p.street, p.zip, p.city, p.cc,
       CASE WHEN o.biz AND p.cc IN ('DE', 'FR', 'BE') THEN fixture_gen.vat('iavat', o.i)
            WHEN o.biz AND p.cc = 'IE' THEN 'IE' || fixture_gen.digits('iavi', o.i, 7) || chr(65 + fixture_gen.n('iavl', o.i, 23)) || 'H'
            WHEN o.biz AND p.cc = 'NL' THEN 'NL' || fixture_gen.digits('iavn', o.i, 9) || 'B01'
            WHEN o.biz AND p.cc = 'PL' THEN 'PL' || fixture_gen.digits('iavp', o.i, 10)
            WHEN o.biz AND p.cc = 'PT' THEN 'PT5' || fixture_gen.digits('iavt', o.i, 8) ELSE '' END,
       o.i, o.biz, o.biz AND p.cc IN ('DE', 'FR', 'BE', 'IE', 'NL'),
       CASE WHEN o.biz AND o.i % 3 = 0 THEN 'PO ' || (4500000000 + fixture_gen.n('iapo', o.i, 99999999))::text
            WHEN o.biz AND o.i % 5 = 0 THEN 'Kostenstelle ' || (1000 + fixture_gen.n('iaks', o.i, 8999)) || ', z. Hd. ' || fixture_gen.full_name('iazh', o.i)
            WHEN o.biz AND o.i % 7 = 0 THEN 'Training budget ' || p.first || ' ' || p.last ELSE '' END,
       p.state, CASE WHEN o.biz AND o.i % 6 = 0 THEN p.full_name ELSE '' END, pgen.parts(p, ev.scheme),
       CASE WHEN o.biz AND p.cc = 'DE' AND o.i % 4 = 0 THEN '991-' || fixture_gen.digits('ialw', o.i, 5) || '-' || fixture_gen.digits('ialx', o.i, 2) END, o.cust
FROM pgen.ord o JOIN pgen.p p ON p.i = o.i JOIN pgen.ev ev ON ev.e = o.e WHERE o.inv ORDER BY o.i;

CREATE TABLE pretixbase_cartposition (
    id serial PRIMARY KEY, cart_id varchar(255), price numeric(13, 2) NOT NULL, datetime timestamptz NOT NULL, expires timestamptz NOT NULL, attendee_name_cached varchar(255),
    attendee_email varchar(254), event_id integer NOT NULL, item_id integer NOT NULL, variation_id integer, voucher_id integer, addon_to_id integer, subevent_id integer,
    includes_tax boolean NOT NULL, attendee_name_parts text NOT NULL, seat_id integer, is_bundled boolean NOT NULL, price_before_voucher numeric(13, 2),
    city varchar(255), company varchar(255), country varchar(2), state varchar(255), street text, zipcode varchar(30), custom_price_input numeric(13, 2),
    custom_price_input_is_net boolean NOT NULL, listed_price numeric(13, 2), line_price_gross numeric(13, 2), max_extend timestamptz, discount_id integer, tax_rate numeric(7, 2) NOT NULL
);
INSERT INTO pretixbase_cartposition (cart_id, price, datetime, expires, attendee_name_cached, attendee_email, event_id, item_id, variation_id, voucher_id, addon_to_id, subevent_id,
  includes_tax, attendee_name_parts, seat_id, is_bundled, price_before_voucher, city, company, country, state, street, zipcode, custom_price_input, custom_price_input_is_net,
  listed_price, line_price_gross, max_extend, discount_id, tax_rate)
SELECT pgen.rnd('cart', c.cart, 32) || '@' || ev.slug, it.price, x.at, x.at + interval '30 minutes',
       CASE WHEN g.n % 3 <> 0 THEN t.full_name END, CASE WHEN ev.org = 1 AND g.n % 3 = 1 THEN t.email END, ev.e, it.id, NULL, NULL, NULL, NULL, true,
       CASE WHEN g.n % 3 <> 0 THEN pgen.parts(t, ev.scheme) ELSE '{}' END, NULL, false, it.price,
       CASE WHEN ev.e = 7 AND g.n % 3 = 1 THEN t.city END, CASE WHEN ev.org = 1 AND g.n % 3 = 1 THEN t.company END, CASE WHEN ev.e = 7 AND g.n % 3 = 1 THEN t.cc END, NULL,
       CASE WHEN ev.e = 7 AND g.n % 3 = 1 THEN t.street END, CASE WHEN ev.e = 7 AND g.n % 3 = 1 THEN t.zip END, NULL, false, it.price, it.price, x.at + interval '2 hours', NULL,
       CASE ev.org WHEN 1 THEN 23.00 WHEN 2 THEN 7.00 ELSE 0.00 END
FROM generate_series(1, 110) g(n)
CROSS JOIN LATERAL (SELECT (g.n + 1) / 2 AS cart) c
JOIN pgen.ev ev ON ev.e = (ARRAY[1, 1, 2, 2, 7, 7, 7, 9, 10, 11, 12])[1 + fixture_gen.n('cev', c.cart, 11)]
JOIN pgen.it it ON it.e = ev.e AND it.k = 1 + fixture_gen.n('cit', g.n, 3)
JOIN pgen.p t ON t.i = 1001 + fixture_gen.n('cpe', g.n, 800)
CROSS JOIN LATERAL (SELECT pgen.at('cdt', c.cart, '2024-06-28 14:00', '2024-06-28 16:59') AS at) x
ORDER BY x.at, g.n;

-- ---------------------------------------------------------------------------
-- Payments, refunds, fees, bank transactions.

CREATE TABLE pretixbase_orderfee (
    id serial PRIMARY KEY, value numeric(10, 2) NOT NULL, description varchar(190) NOT NULL, internal_type varchar(255) NOT NULL, fee_type varchar(100) NOT NULL,
    tax_rate numeric(7, 2) NOT NULL, tax_value numeric(10, 2) NOT NULL, order_id integer NOT NULL, tax_rule_id integer, canceled boolean NOT NULL
);
INSERT INTO pretixbase_orderfee (value, description, internal_type, fee_type, tax_rate, tax_value, order_id, tax_rule_id, canceled)
SELECT CASE WHEN o.org = 3 THEN 2.00 ELSE 4.50 END, CASE WHEN o.org = 3 THEN 'Vorverkaufsgebühr' ELSE '' END, CASE WHEN o.org = 3 THEN '' ELSE 'paypal2' END,
       CASE WHEN o.org = 3 THEN 'service' ELSE 'payment' END, CASE WHEN o.org = 3 THEN 0 ELSE 23.00 END, CASE WHEN o.org = 3 THEN 0 ELSE 0.84 END, o.i, o.org, o.status = 'c'
FROM pgen.ord o WHERE o.org = 3 OR (o.org = 1 AND o.provider = 'paypal2') ORDER BY o.i;

-- Payment info as the providers' plugins keep it: Stripe's PaymentIntent,
-- PayPal's order, the bank transfer's matched statement line.
CREATE TABLE pgen.pay (id serial PRIMARY KEY, i int, local_id int, state text, provider text, amount numeric, created timestamptz, paid timestamptz, info text, pi text);
INSERT INTO pgen.pay (i, local_id, state, provider, amount, created, paid)
SELECT o.i, x.l, CASE WHEN x.l = 1 AND c.n = 2 THEN 'failed' WHEN o.status = 'p' OR o.status = 'c' AND o.i % 2 = 0 THEN 'confirmed' WHEN o.status = 'c' THEN 'canceled'
                       WHEN o.status = 'e' THEN 'canceled' ELSE 'created' END, o.provider, po.total, o.dt + make_interval(mins => x.l),
       CASE WHEN (o.status = 'p' OR (o.status = 'c' AND o.i % 2 = 0)) AND NOT (x.l = 1 AND c.n = 2) THEN o.dt + make_interval(mins => x.l + 1, days => CASE WHEN o.provider = 'banktransfer' THEN 2 + fixture_gen.n('pyd', o.i, 9) ELSE 0 END) END
FROM pgen.ord o JOIN pretixbase_order po ON po.id = o.i
CROSS JOIN LATERAL (SELECT CASE WHEN o.provider = 'stripe' AND o.i % 8 = 3 THEN 2 ELSE 1 END AS n) c
CROSS JOIN LATERAL generate_series(1, c.n) x(l)
ORDER BY o.i, x.l;
UPDATE pgen.pay SET pi = 'pi_3P' || pgen.rnd('spi', id, 19);
UPDATE pgen.pay y SET info = CASE y.provider
  WHEN 'stripe' THEN jsonb_build_object('id', y.pi, 'object', 'payment_intent', 'amount', (y.amount * 100)::int, 'amount_received', CASE WHEN y.state = 'confirmed' THEN (y.amount * 100)::int ELSE 0 END,
      'client_secret', y.pi || '_secret_' || pgen.rnd('spcs', y.id, 25), 'currency', lower(ev.cur), 'customer', NULL, 'livemode', true, 'payment_method_types', jsonb_build_array('card'),
      'status', CASE y.state WHEN 'confirmed' THEN 'succeeded' WHEN 'failed' THEN 'requires_payment_method' ELSE 'canceled' END,
      'metadata', jsonb_build_object('event', ev.e::text, 'order', po.code, 'code', po.code),
      'last_payment_error', CASE WHEN y.state = 'failed' THEN jsonb_build_object('code', 'card_declined', 'decline_code', 'insufficient_funds', 'message', 'Your card has insufficient funds.') END,
      'latest_charge', CASE WHEN y.state <> 'failed' THEN jsonb_build_object('id', 'ch_3P' || pgen.rnd('sch', y.id, 19),
        'billing_details', jsonb_build_object('address', jsonb_build_object('city', NULL, 'country', p.cc, 'line1', NULL, 'postal_code', CASE WHEN p.c IN ('us', 'gb') THEN p.zip END), 'email', NULL, 'name', upper(p.full_name), 'phone', NULL),
        'payment_method_details', jsonb_build_object('type', 'card', 'card', jsonb_build_object('brand', fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex', 'visa'], 'scb', y.id),
          'country', p.cc, 'exp_month', 1 + fixture_gen.n('sem', y.id, 12), 'exp_year', 2025 + fixture_gen.n('sey', y.id, 5), 'last4', fixture_gen.digits('sl4', y.id, 4),
          'fingerprint', pgen.rnd('sfp', y.i, 16), 'funding', 'credit', 'three_d_secure', CASE WHEN y.id % 3 = 0 THEN jsonb_build_object('result', 'authenticated', 'version', '2.2.0') END)),
        'receipt_url', 'https://pay.stripe.com/receipts/payment/' || pgen.rnd('srcp', y.id, 60)) END)::text
  WHEN 'paypal2' THEN jsonb_build_object('id', upper(fixture_gen.chars('ppo', y.id, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), 'intent', 'CAPTURE',
      'status', CASE WHEN y.state = 'confirmed' THEN 'COMPLETED' ELSE 'CREATED' END,
      'payer', jsonb_build_object('name', jsonb_build_object('given_name', p.first, 'surname', p.last), 'email_address', CASE WHEN y.id % 4 = 0 THEN pgen.fold(p.first) || pgen.fold(p.last) || '@paypal-mail.example' ELSE p.email END,
        'payer_id', upper(fixture_gen.chars('ppid', y.i, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')), 'address', jsonb_build_object('country_code', p.cc)),
      'purchase_units', jsonb_build_array(jsonb_build_object('reference_id', 'default', 'description', 'Order ' || po.code || ' for ' || ev.name,
        'amount', jsonb_build_object('currency_code', ev.cur, 'value', y.amount::text),
        'shipping', CASE WHEN y.id % 2 = 0 THEN jsonb_build_object('name', jsonb_build_object('full_name', p.full_name), 'address', jsonb_build_object('address_line_1', p.street, 'admin_area_2', p.city, 'postal_code', p.zip, 'country_code', p.cc)) END,
        'payments', CASE WHEN y.state = 'confirmed' THEN jsonb_build_object('captures', jsonb_build_array(jsonb_build_object('id', upper(fixture_gen.chars('ppc', y.id, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), 'status', 'COMPLETED'))) END)),
      'create_time', to_char(y.created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text
  ELSE CASE WHEN y.state = 'confirmed' THEN jsonb_build_object('reference', upper(split_part(ev.slug, '-', 1)) || '-' || po.code, 'date', to_char(y.paid, 'YYYY-MM-DD'),
      'payer', CASE WHEN y.id % 3 = 0 THEN upper(p.full_name) WHEN y.id % 5 = 0 AND p.company NOT IN ('', 'Freelance') THEN upper(p.company) ELSE p.full_name END,
      'iban', fixture_gen.iban_for('bti', y.i), 'bic', fixture_gen.pick(ARRAY['COBADEFFXXX', 'INGDDEFFXXX', 'AIBKIE2D', 'BSCHESMMXXX', 'ABNANL2A', 'BCOMPTPL'], 'btb', y.i),
      'trans_id', 2000 + y.id)::text ELSE '{}' END END
FROM pgen.ord o JOIN pretixbase_order po ON po.id = o.i JOIN pgen.ev ev ON ev.e = o.e JOIN pgen.p p ON p.i = o.i WHERE o.i = y.i;

CREATE TABLE pretixbase_orderpayment (
    id serial PRIMARY KEY, local_id integer NOT NULL, state varchar(190) NOT NULL, amount numeric(10, 2) NOT NULL, created timestamptz NOT NULL, payment_date timestamptz,
    provider varchar(255), info text, migrated boolean NOT NULL, order_id integer NOT NULL, fee_id integer, process_initiated boolean
);
INSERT INTO pretixbase_orderpayment SELECT y.id, y.local_id, y.state, y.amount, y.created, y.paid, y.provider, y.info, false, y.i,
  (SELECT f.id FROM pretixbase_orderfee f WHERE f.order_id = y.i AND f.fee_type = 'payment'), true FROM pgen.pay y ORDER BY y.id;

CREATE TABLE pretixbase_orderrefund (
    id serial PRIMARY KEY, local_id integer NOT NULL, state varchar(190) NOT NULL, source varchar(190) NOT NULL, amount numeric(10, 2) NOT NULL, created timestamptz NOT NULL,
    execution_date timestamptz, provider varchar(255), info text, comment text, order_id integer NOT NULL, payment_id integer
);
INSERT INTO pretixbase_orderrefund (local_id, state, source, amount, created, execution_date, provider, info, comment, order_id, payment_id)
SELECT 1, CASE WHEN y.provider = 'banktransfer' AND y.i % 4 = 0 THEN 'created' ELSE 'done' END, CASE WHEN y.i % 3 = 0 THEN 'buyer' ELSE 'admin' END, y.amount, o.canceled_at,
       CASE WHEN NOT (y.provider = 'banktransfer' AND y.i % 4 = 0) THEN o.canceled_at + interval '1 day' END, y.provider,
       CASE y.provider WHEN 'stripe' THEN jsonb_build_object('id', 're_3P' || pgen.rnd('sre', y.id, 19), 'object', 'refund', 'amount', (y.amount * 100)::int, 'payment_intent', y.pi, 'status', 'succeeded')::text
                       WHEN 'paypal2' THEN jsonb_build_object('id', upper(fixture_gen.chars('ppr', y.id, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), 'status', 'COMPLETED')::text
                       ELSE jsonb_build_object('payer', p.full_name, 'iban', fixture_gen.iban_for('bti', y.i), 'bic', 'COBADEFFXXX', 'reference', 'Refund ' || po.code)::text END,
       fixture_gen.pick(ARRAY['', '', 'Flight cancelled, ' || p.first || ' asked for a full refund by phone (' || p.phone || ').', 'Event cancelled by organizer.',
         'Refund to the sister''s account, see email from ' || p.email || '.', 'Duplicate payment.'], 'refc', y.i),
       y.i, y.id
FROM pgen.pay y JOIN pgen.ord o ON o.i = y.i JOIN pgen.p p ON p.i = y.i JOIN pretixbase_order po ON po.id = y.i
WHERE o.status = 'c' AND y.state = 'confirmed' ORDER BY y.id;
INSERT INTO pretixbase_orderrefund (local_id, state, source, amount, created, execution_date, provider, info, comment, order_id, payment_id)
SELECT 1, 'done', 'admin', 25.00, y.paid + interval '5 days', y.paid + interval '6 days', 'giftcard', jsonb_build_object('gift_card', 1 + y.id % 40)::text,
       'Partial refund: T-shirt out of stock', y.i, NULL
FROM pgen.pay y JOIN pgen.ord o ON o.i = y.i WHERE o.org = 1 AND y.state = 'confirmed' AND y.i % 43 = 0;


CREATE TABLE pretixplugins_banktransfer_banktransaction (
    id serial PRIMARY KEY, state varchar(32) NOT NULL, message text NOT NULL, checksum varchar(190) NOT NULL, payer text NOT NULL, reference text NOT NULL, amount numeric(10, 2) NOT NULL,
    date varchar(50) NOT NULL, event_id integer, import_job_id integer NOT NULL, order_id integer, comment text NOT NULL, iban varchar(250) NOT NULL, bic varchar(250) NOT NULL,
    organizer_id integer, currency varchar(10), external_id varchar(190), date_parsed date
);
INSERT INTO pretixplugins_banktransfer_banktransaction (state, message, checksum, payer, reference, amount, date, event_id, import_job_id, order_id, comment, iban, bic, organizer_id, currency, external_id, date_parsed)
SELECT 'valid', '', encode(sha256(convert_to('btx' || y.id, 'UTF8')), 'hex'), (y.info::jsonb) ->> 'payer',
       fixture_gen.pick(ARRAY[(y.info::jsonb) ->> 'reference', 'SEPA-UEBERWEISUNG ' || ((y.info::jsonb) ->> 'reference') || ' ' || upper(p.full_name), ((y.info::jsonb) ->> 'reference') || ' Ticket ' || p.first,
         'Rechnung ' || po.code || ' / Kostenstelle 4711'], 'btr', y.id),
       y.amount, to_char(y.paid, 'DD.MM.YYYY'), NULL::integer, 1 + (y.id % 45), y.i, '', (y.info::jsonb) ->> 'iban', (y.info::jsonb) ->> 'bic', o.org, 'EUR', 'TX' || fixture_gen.digits('btex', y.id, 12), y.paid::date
FROM pgen.pay y JOIN pgen.ord o ON o.i = y.i JOIN pgen.p p ON p.i = y.i JOIN pretixbase_order po ON po.id = y.i WHERE y.provider = 'banktransfer' AND y.state = 'confirmed'
UNION ALL
SELECT CASE WHEN k % 4 = 0 THEN 'error' WHEN k % 4 = 1 THEN 'duplicate' ELSE 'nomatch' END,
       CASE WHEN k % 4 = 0 THEN 'The order has already been canceled.' WHEN k % 4 = 1 THEN '' ELSE '' END, encode(sha256(convert_to('btn' || k, 'UTF8')), 'hex'),
       CASE WHEN k % 3 = 0 THEN upper(fixture_gen.full_name('btnp', k)) ELSE fixture_gen.full_name('btnp', k) END,
       fixture_gen.pick(ARRAY['Tickets Nordlicht fuer ' || fixture_gen.full_name('btnp', k) || ' und Begleitung', 'Festivalpass 2 Stueck', 'Mitgliedsbeitrag 2024 ' || fixture_gen.last_name('btnp', k),
         'Spende', 'Gutschrift Erstattung', 'Konzert Dresden Weber'], 'btnr', k),
       (10 + fixture_gen.n('btna', k, 300))::numeric, to_char(date '2024-01-01' + fixture_gen.n('btnd', k, 170), 'DD.MM.YYYY'), NULL, 1 + k % 45, NULL,
       CASE WHEN k % 7 = 0 THEN 'Mitgliedsbeitrag, an Kassenwart weitergeleitet' WHEN k % 11 = 0 THEN 'Called ' || fixture_gen.first_name('btnp', k) || ', will send order code' ELSE '' END,
       fixture_gen.iban_for('btni', k), fixture_gen.pick(ARRAY['HASPDEHHXXX', 'GENODEF1S11', 'DEUTDEDBHAM', 'PBNKDEFFXXX'], 'btnb', k), 2, 'EUR', 'TX' || fixture_gen.digits('btnx', k, 12),
       date '2024-01-01' + fixture_gen.n('btnd', k, 170)
FROM generate_series(1, 30) k;

-- ---------------------------------------------------------------------------
-- Invoices.

CREATE TABLE pgen.inv (id serial PRIMARY KEY, i int, org int, cancel boolean, refers int, dt date);
INSERT INTO pgen.inv (i, org, cancel, refers, dt)
SELECT o.i, o.org, false, NULL, (o.dt + interval '1 day')::date FROM pgen.ord o WHERE o.inv AND o.status IN ('p', 'c') AND (o.org = 1 OR o.i % 2 = 0) ORDER BY o.dt, o.i;
INSERT INTO pgen.inv (i, org, cancel, refers, dt)
SELECT v.i, v.org, true, v.id, coalesce(o.canceled_at::date, v.dt + 20) FROM pgen.inv v JOIN pgen.ord o ON o.i = v.i WHERE o.status = 'c' OR v.i % 29 = 0 ORDER BY v.id;

CREATE TABLE pretixbase_invoice (
    id serial PRIMARY KEY, invoice_no varchar(19) NOT NULL, invoice_from text NOT NULL, invoice_to text NOT NULL, date date NOT NULL, additional_text text NOT NULL, file varchar(255),
    order_id integer NOT NULL, refers_id integer, is_cancellation boolean NOT NULL, footer_text text NOT NULL, locale varchar(50) NOT NULL, payment_provider_text text NOT NULL,
    introductory_text text NOT NULL, internal_reference text NOT NULL, reverse_charge boolean NOT NULL, event_id integer NOT NULL, organizer_id integer NOT NULL, prefix varchar(160) NOT NULL,
    full_invoice_no varchar(190) NOT NULL, foreign_currency_display varchar(50), foreign_currency_rate numeric(10, 4), foreign_currency_rate_date date, invoice_from_city varchar(190),
    invoice_from_country varchar(2), invoice_from_name varchar(190), invoice_from_tax_id varchar(190), invoice_from_vat_id varchar(190), invoice_from_zipcode varchar(190),
    invoice_to_city text, invoice_to_company text, invoice_to_country varchar(2), invoice_to_name text, invoice_to_street text, invoice_to_vat_id text, invoice_to_zipcode text,
    invoice_to_state text, invoice_to_beneficiary text, shredded boolean NOT NULL, sent_to_organizer boolean, sent_to_customer timestamptz, custom_field varchar(255),
    payment_provider_stamp varchar(100)
);
INSERT INTO pretixbase_invoice
SELECT v.id, n.no::text,
       s.name || E'\n' || s.street || E'\n' || s.zip || ' ' || s.city || E'\n' || s.country_name,
       CASE WHEN NOT ia.is_business OR ia.name_cached <> '' THEN concat_ws(E'\n', nullif(ia.company, ''), nullif(ia.name_cached, ''), ia.street, ia.zipcode || ' ' || ia.city, p.cc)
            ELSE concat_ws(E'\n', ia.company, ia.street, ia.zipcode || ' ' || ia.city, p.cc) END
         || CASE WHEN ia.vat_id <> '' THEN E'\nVAT-ID: ' || ia.vat_id ELSE '' END,
       v.dt, CASE WHEN o.org = 1 THEN 'Attendee names are listed per line.' ELSE '' END,
       'invoices/' || org.slug || '-' || ev.slug || '-' || s.prefix || lpad(n.no::text, 5, '0') || '.' || pgen.lower('invf', v.id, 12) || '.pdf',
       v.i, v.refers, v.cancel,
       CASE o.org WHEN 1 THEN 'Harbourlight Conferences Ltd, registered in Ireland no. 612457, Unit 4, The Digital Hub, Dublin 8.' WHEN 2 THEN 'Kulturkollektiv Nordlicht e.V., Amtsgericht Hamburg VR 24518.'
            ELSE 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.' END,
       CASE WHEN o.org = 1 THEN 'en' ELSE 'de' END,
       CASE WHEN y.provider = 'banktransfer' THEN CASE o.org WHEN 1 THEN 'Please transfer the full amount to Harbourlight Conferences Ltd, IBAN ' || s.iban || ', BIC AIBKIE2D, reference ' || po.code || '.'
                 ELSE 'Bitte überweisen Sie den Betrag an ' || s.holder || E',\nIBAN ' || s.iban || ', BIC ' || s.bic || E',\nVerwendungszweck: ' || po.code END
            WHEN y.provider = 'stripe' THEN 'The payment was made by credit card.' WHEN y.provider = 'paypal2' THEN 'The payment was made via PayPal.' ELSE '' END,
       CASE WHEN o.org = 1 THEN 'Thank you for registering for ' || ev.name || '.' ELSE 'Vielen Dank für Ihre Bestellung.' END,
       ia.internal_reference, ia.is_business AND ia.vat_id <> '' AND p.cc <> 'IE' AND o.org = 1, o.e, o.org, s.prefix, s.prefix || lpad(n.no::text, 5, '0'),
       CASE WHEN ev.cur = 'PLN' THEN 'EUR' END, CASE WHEN ev.cur = 'PLN' THEN 0.2321 END, CASE WHEN ev.cur = 'PLN' THEN v.dt END,
       s.city, s.cc, s.name, s.tax_id, s.vat_id, s.zip,
       ia.city, ia.company, ia.country, ia.name_cached, ia.street, ia.vat_id, ia.zipcode, ia.state, ia.beneficiary, false, true,
       CASE WHEN v.id % 9 <> 0 THEN v.dt + interval '10 minutes' END, ia.custom_field, CASE WHEN y.state = 'confirmed' THEN 'paid' END
FROM pgen.inv v JOIN pgen.ord o ON o.i = v.i JOIN pretixbase_order po ON po.id = v.i JOIN pgen.ev ev ON ev.e = o.e JOIN pretixbase_organizer org ON org.id = o.org
JOIN pretixbase_invoiceaddress ia ON ia.order_id = v.i JOIN pgen.p p ON p.i = v.i
LEFT JOIN LATERAL (SELECT * FROM pgen.pay y WHERE y.i = v.i ORDER BY y.id DESC LIMIT 1) y ON true
CROSS JOIN LATERAL (SELECT (SELECT count(*) FROM pgen.inv w WHERE w.org = v.org AND w.id <= v.id) + CASE v.org WHEN 1 THEN 1200 ELSE 0 END AS no) n
CROSS JOIN LATERAL (SELECT
    CASE o.org WHEN 1 THEN 'Harbourlight Conferences Ltd' WHEN 2 THEN 'Kulturkollektiv Nordlicht e.V.' ELSE 'Jonas Weber – Konzertagentur Weber' END AS name,
    CASE o.org WHEN 1 THEN E'Unit 4, The Digital Hub\nThomas Street' WHEN 2 THEN 'Stresemannstraße 374' ELSE 'Karl-Heine-Straße 57' END AS street,
    CASE o.org WHEN 1 THEN 'D08 TCV4' WHEN 2 THEN '22761' ELSE '04229' END AS zip, CASE o.org WHEN 1 THEN 'Dublin' WHEN 2 THEN 'Hamburg' ELSE 'Leipzig' END AS city,
    CASE o.org WHEN 1 THEN 'Ireland' ELSE 'Deutschland' END AS country_name, CASE o.org WHEN 1 THEN 'IE' ELSE 'DE' END AS cc,
    CASE o.org WHEN 1 THEN 'HLC-' WHEN 2 THEN 'NL' || to_char(v.dt, 'YY') || '-' ELSE 'KW-' END AS prefix,
    CASE o.org WHEN 2 THEN '17/451/06392' ELSE '' END AS tax_id, CASE o.org WHEN 1 THEN 'IE3668997OH' WHEN 3 THEN fixture_gen.vat('vatw', 2) ELSE '' END AS vat_id,
    CASE o.org WHEN 1 THEN fixture_gen.iban('IE', 'AIBK' || '931152' || fixture_gen.digits('ib1', 1, 8)) WHEN 2 THEN fixture_gen.iban('DE', '20050550' || fixture_gen.digits('ib2', 1, 10))
         ELSE fixture_gen.iban('DE', '86055592' || fixture_gen.digits('ib3', 1, 10)) END AS iban,
    CASE o.org WHEN 2 THEN 'HASPDEHHXXX' ELSE 'WELADE8LXXX' END AS bic, CASE o.org WHEN 2 THEN 'Kulturkollektiv Nordlicht e.V.' ELSE 'Jonas Weber' END AS holder) s
ORDER BY v.id;

CREATE TABLE pretixbase_invoiceline (
    id serial PRIMARY KEY, description text NOT NULL, gross_value numeric(10, 2) NOT NULL, tax_value numeric(10, 2) NOT NULL, tax_rate numeric(7, 2) NOT NULL, tax_name varchar(190) NOT NULL,
    invoice_id integer NOT NULL, position integer NOT NULL, subevent_id integer, event_date_from timestamptz, event_date_to timestamptz, item_id integer, variation_id integer,
    event_location text, fee_type varchar(190)
);
INSERT INTO pretixbase_invoiceline (description, gross_value, tax_value, tax_rate, tax_name, invoice_id, position, subevent_id, event_date_from, event_date_to, item_id, variation_id, event_location, fee_type)
SELECT CASE WHEN op.attendee_name_cached IS NOT NULL THEN it.en || CASE WHEN o.org = 1 THEN '<br />Attendee: ' ELSE '<br />Teilnehmer:in: ' END || op.attendee_name_cached
            || CASE WHEN op.company IS NOT NULL AND op.company <> '' THEN ' (' || op.company || ')' ELSE '' END ELSE it.en END
         || CASE WHEN o.org = 1 THEN '<br />' || to_char(ev.dfrom, 'FMDD FMMonth YYYY') ELSE '' END,
       CASE WHEN inv.is_cancellation THEN -op.price ELSE op.price END, CASE WHEN inv.is_cancellation THEN -op.tax_value ELSE op.tax_value END, op.tax_rate,
       CASE o.org WHEN 1 THEN 'VAT' WHEN 2 THEN 'MwSt.' ELSE '' END, inv.id, op.positionid, NULL, ev.dfrom, ev.dfrom + interval '10 hours', op.item_id, op.variation_id,
       replace(ev.loc, E'\n', ', '), NULL
FROM pretixbase_invoice inv JOIN pretixbase_orderposition op ON op.order_id = inv.order_id JOIN pgen.ord o ON o.i = inv.order_id JOIN pgen.ev ev ON ev.e = o.e JOIN pgen.it it ON it.id = op.item_id
ORDER BY inv.id, op.positionid;
INSERT INTO pretixbase_invoiceline (description, gross_value, tax_value, tax_rate, tax_name, invoice_id, position, subevent_id, event_date_from, event_date_to, item_id, variation_id, event_location, fee_type)
SELECT CASE WHEN f.fee_type = 'service' THEN 'Vorverkaufsgebühr' ELSE 'Payment fee' END, f.value, f.tax_value, f.tax_rate, '', inv.id, 10, NULL, NULL, NULL, NULL, NULL, NULL, f.fee_type
FROM pretixbase_invoice inv JOIN pretixbase_orderfee f ON f.order_id = inv.order_id AND NOT inv.is_cancellation;

-- ---------------------------------------------------------------------------
-- Devices and check-ins.

CREATE TABLE pretixbase_device (
    id serial PRIMARY KEY, device_id integer NOT NULL, unique_serial varchar(190) NOT NULL UNIQUE, initialization_token varchar(190) NOT NULL UNIQUE, api_token varchar(190) UNIQUE,
    all_events boolean NOT NULL, name varchar(190) NOT NULL, created timestamptz NOT NULL, initialized timestamptz, hardware_brand varchar(190), hardware_model varchar(190),
    software_brand varchar(190), software_version varchar(190), organizer_id integer NOT NULL, revoked boolean NOT NULL
);
INSERT INTO pretixbase_device (device_id, unique_serial, initialization_token, api_token, all_events, name, created, initialized, hardware_brand, hardware_model, software_brand, software_version, organizer_id, revoked)
SELECT row_number() OVER (PARTITION BY d.org ORDER BY k), upper(fixture_gen.chars('dser', k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), pgen.lower('dinit', k, 16),
       CASE WHEN k % 9 <> 0 THEN pgen.lower('dapi', k, 64) END, true, d.name, pgen.at('dcr', k, '2023-01-10', '2024-06-01'),
       CASE WHEN k % 9 <> 0 THEN pgen.at('dcr', k, '2023-01-10', '2024-06-01') + make_interval(mins => 2 + fixture_gen.n('dini', k, 900)) END,
       fixture_gen.pick(ARRAY['Zebra', 'Samsung', 'Sunmi', 'Apple', 'Google'], 'dhb', k), fixture_gen.pick(ARRAY['TC21', 'Galaxy XCover 6 Pro', 'V2s', 'iPad (9th generation)', 'Pixel 6a'], 'dhm', k),
       CASE WHEN k % 5 = 0 THEN 'pretixPOS' ELSE 'pretixSCAN' END, fixture_gen.pick(ARRAY['1.21.2', '1.20.0', '2.3.1', '1.19.4'], 'dsv', k), d.org, k % 11 = 4
FROM generate_series(1, 24) k
CROSS JOIN LATERAL (SELECT 1 + k % 3 AS org, CASE k % 3 WHEN 0 THEN 'Einlass Tor ' || (1 + k % 4) WHEN 1 THEN 'Entrance scanner ' || k WHEN 2 THEN 'Abendkasse ' || (1 + k % 2) END AS name) d0
CROSS JOIN LATERAL (SELECT CASE d0.org WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 3 END AS org,
  CASE d0.org WHEN 1 THEN fixture_gen.pick(ARRAY['Entrance scanner ', 'Registration desk ', 'Workshop door '], 'dnm', k) || k WHEN 2 THEN 'Einlass Tor ' || (1 + k % 4) ELSE 'Abendkasse ' || (1 + k % 2) END AS name) d;

CREATE TABLE pretixbase_checkin (
    id serial PRIMARY KEY, datetime timestamptz NOT NULL, nonce varchar(190), position_id integer, list_id integer NOT NULL, type varchar(100) NOT NULL, auto_checked_in boolean NOT NULL,
    device_id integer, forced boolean NOT NULL, successful boolean NOT NULL, error_reason varchar(100), raw_barcode text, created timestamptz, error_explanation text
);
INSERT INTO pretixbase_checkin (datetime, nonce, position_id, list_id, type, auto_checked_in, device_id, forced, successful, error_reason, raw_barcode, created, error_explanation)
SELECT x.t, pgen.rnd('cnon', op.id * 3 + g.n, 20), op.id, cl.id, CASE WHEN g.n = 2 THEN 'exit' ELSE 'entry' END, false,
       CASE WHEN op.id % 13 = 0 THEN NULL ELSE (SELECT d.id FROM pretixbase_device d WHERE d.organizer_id = ev.org ORDER BY d.id OFFSET fixture_gen.n('cdev', op.id, 4) LIMIT 1) END,
       op.id % 61 = 0, true, NULL, NULL, x.t + make_interval(secs => CASE WHEN op.id % 13 = 0 THEN 0 ELSE 2 + fixture_gen.n('ccr', op.id, 600) END), NULL
FROM pretixbase_orderposition op JOIN pretixbase_order o ON o.id = op.order_id JOIN pgen.ev ev ON ev.e = o.event_id
JOIN pretixbase_checkinlist cl ON cl.event_id = o.event_id AND cl.all_products
CROSS JOIN generate_series(1, 2) g(n)
CROSS JOIN LATERAL (SELECT ev.dfrom - interval '1 hour' + make_interval(mins => fixture_gen.n('cdt', op.id, 180) + (g.n - 1) * (60 + fixture_gen.n('cex', op.id, 400))) AS t) x
WHERE o.event_id IN (3, 4, 5, 6, 8) AND o.status = 'p' AND NOT op.canceled AND op.id % 8 <> 3 AND (g.n = 1 OR op.id % 5 = 0) AND op.addon_to_id IS NULL;
-- Failed scans: tickets scanned twice, canceled tickets, and codes that are not tickets.
INSERT INTO pretixbase_checkin (datetime, nonce, position_id, list_id, type, auto_checked_in, device_id, forced, successful, error_reason, raw_barcode, created, error_explanation)
SELECT c.datetime + make_interval(mins => 3 + fixture_gen.n('cfd', c.id, 200)), pgen.rnd('cfnon', c.id, 20), c.position_id, c.list_id, 'entry', false, c.device_id, false, false,
       'already_redeemed', op.secret, c.created + interval '4 minutes', NULL
FROM pretixbase_checkin c JOIN pretixbase_orderposition op ON op.id = c.position_id WHERE c.type = 'entry' AND c.id % 14 = 5;
INSERT INTO pretixbase_checkin (datetime, nonce, position_id, list_id, type, auto_checked_in, device_id, forced, successful, error_reason, raw_barcode, created, error_explanation)
SELECT ev.dfrom + make_interval(mins => fixture_gen.n('cfi', k, 200)), pgen.rnd('cfinon', k, 20), CASE WHEN k % 3 = 0 THEN op.id END,
       (SELECT cl.id FROM pretixbase_checkinlist cl WHERE cl.event_id = ev.e AND cl.all_products), 'entry', false, NULL, false, false,
       CASE WHEN k % 3 = 0 THEN 'canceled' ELSE 'invalid' END,
       CASE WHEN k % 3 = 0 AND op.secret IS NOT NULL THEN op.secret WHEN k % 3 IN (0, 1) THEN fixture_gen.chars('cfib', k, 32, 'abcdefghjkmnpqrstuvwxyz23456789') ELSE '4' || fixture_gen.digits('cfie', k, 12) END,
       ev.dfrom + make_interval(mins => fixture_gen.n('cfi', k, 200), secs => 5),
       CASE WHEN k % 3 = 2 THEN 'EAN barcode of a drink voucher' END
FROM generate_series(1, 24) k JOIN pgen.ev ev ON ev.e = (ARRAY[3, 4, 5, 6, 8])[1 + k % 5]
LEFT JOIN LATERAL (SELECT op.* FROM pretixbase_orderposition op JOIN pretixbase_order o ON o.id = op.order_id WHERE o.event_id = ev.e AND op.canceled ORDER BY op.id OFFSET k % 2 LIMIT 1) op ON true;

-- ---------------------------------------------------------------------------
-- Vouchers, gift cards, customers, waiting list.

CREATE TABLE pretixbase_voucher (
    id serial PRIMARY KEY, code varchar(255) NOT NULL, max_usages integer NOT NULL, redeemed integer NOT NULL, valid_until timestamptz, block_quota boolean NOT NULL,
    allow_ignore_quota boolean NOT NULL, price_mode varchar(100) NOT NULL, value numeric(13, 2), event_id integer NOT NULL, item_id integer, tag varchar(255) NOT NULL,
    comment text NOT NULL, show_hidden_items boolean NOT NULL
);
INSERT INTO pretixbase_voucher (code, max_usages, redeemed, valid_until, block_quota, allow_ignore_quota, price_mode, value, event_id, item_id, tag, comment, show_hidden_items)
SELECT c.code, c.mx, least(c.mx, fixture_gen.n('vred', e.e, c.mx + 1)), e.dfrom - interval '30 days', false, false, 'percent', c.val, e.e, NULL, c.tag, '', false
FROM pgen.ev e CROSS JOIN LATERAL (VALUES (upper(split_part(e.slug, '-', 1)) || '-COMMUNITY', 200, 15.00, 'community'), (upper(split_part(e.slug, '-', 1)) || '-MEETUP', 50, 20.00, 'meetups')) c(code, mx, val, tag)
WHERE e.org = 1 AND e.e <> 5;
INSERT INTO pretixbase_voucher (code, max_usages, redeemed, valid_until, block_quota, allow_ignore_quota, price_mode, value, event_id, item_id, tag, comment, show_hidden_items)
SELECT upper(fixture_gen.chars('vcode', k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')), CASE WHEN t.tag = 'sponsors-gold' THEN 5 ELSE 1 END, CASE WHEN k % 3 = 0 THEN 0 ELSE 1 END,
       e.dfrom, t.tag IN ('speakers', 'gaesteliste'), true, 'set', 0.00, e.e, e.e * 10 + CASE WHEN t.tag LIKE 'sponsors%' THEN 7 WHEN e.org = 1 THEN 6 ELSE 1 END, t.tag,
       CASE t.tag WHEN 'speakers' THEN 'Speaker: ' || p.full_name || ' <' || p.email || '>, talk accepted ' || to_char(e.dfrom - interval '90 days', 'YYYY-MM-DD')
                  WHEN 'sponsors-gold' THEN p.company || ' (contact ' || p.first || ' ' || p.last || ', ' || p.phone || ')'
                  WHEN 'press' THEN 'Press: ' || p.full_name || ', freelance journalist'
                  WHEN 'gaesteliste' THEN 'Gästeliste Band: ' || p.full_name || ' +1'
                  ELSE '' END, t.tag <> 'gaesteliste'
FROM generate_series(1, 110) k JOIN pgen.ev e ON e.e = (ARRAY[1, 1, 2, 2, 3, 4, 5, 6, 7, 10, 11, 12])[1 + fixture_gen.n('vev', k, 12)]
JOIN pgen.p p ON p.i = 1001 + fixture_gen.n('vpp', k, 800)
CROSS JOIN LATERAL (SELECT CASE WHEN e.org = 1 THEN (ARRAY['speakers', 'speakers', 'speakers', 'sponsors-gold', 'press', ''])[1 + k % 6] WHEN e.org = 3 THEN 'gaesteliste' ELSE 'helfer' END AS tag) t
ORDER BY k;

CREATE TABLE pretixbase_giftcard (
    id serial PRIMARY KEY, issuance timestamptz NOT NULL, secret varchar(190) NOT NULL, currency varchar(10) NOT NULL, issuer_id integer NOT NULL, testmode boolean NOT NULL,
    expires timestamptz, conditions text, owner_ticket_id integer
);
INSERT INTO pretixbase_giftcard (issuance, secret, currency, issuer_id, testmode, expires, conditions, owner_ticket_id)
SELECT pgen.at('gci', k, '2023-01-01', '2024-06-20'), upper(fixture_gen.chars('gcsec', k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')), 'EUR', CASE k % 3 WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 3 END, k = 40,
       pgen.at('gci', k, '2023-01-01', '2024-06-20') + interval '3 years',
       CASE WHEN k % 3 = 2 THEN 'Einlösbar für alle Veranstaltungen des Kulturkollektiv Nordlicht e.V. Keine Barauszahlung.' WHEN k % 3 = 0 THEN 'Gutschein für ein Konzert nach Wahl.' END,
       NULL
FROM generate_series(1, 40) k;

CREATE TABLE pretixbase_giftcardtransaction (
    id serial PRIMARY KEY, datetime timestamptz NOT NULL, value numeric(13, 2) NOT NULL, card_id integer NOT NULL, order_id integer, text text, acceptor_id integer, info text
);
INSERT INTO pretixbase_giftcardtransaction (datetime, value, card_id, order_id, text, acceptor_id, info)
SELECT g.issuance, (ARRAY[25, 50, 50, 100, 30])[1 + g.id % 5], g.id, NULL,
       CASE g.id % 6 WHEN 0 THEN 'Geburtstagsgeschenk für ' || fixture_gen.full_name('gct', g.id) WHEN 1 THEN 'Refund for cancelled workshop, ' || fixture_gen.full_name('gct', g.id)
                     WHEN 2 THEN 'Goodwill: wrong seat in row 3 (' || fixture_gen.email('gct', g.id) || ')' ELSE NULL END,
       g.issuer_id, CASE WHEN g.id % 4 = 0 THEN jsonb_build_object('imported_from', 'legacy-shop', 'legacy_id', 8000 + g.id)::text END
FROM pretixbase_giftcard g
UNION ALL
SELECT g.issuance + interval '40 days', -(ARRAY[25, 50, 50, 100, 30])[1 + g.id % 5] / 2, g.id, 1 + fixture_gen.n('gco', g.id, 460), NULL, g.issuer_id, NULL
FROM pretixbase_giftcard g WHERE g.id % 2 = 0;

CREATE TABLE pretixbase_customerssoprovider (id serial PRIMARY KEY, name text NOT NULL, is_active boolean NOT NULL, button_label text NOT NULL, method varchar(190) NOT NULL, configuration text NOT NULL, organizer_id integer NOT NULL);
INSERT INTO pretixbase_customerssoprovider (name, is_active, button_label, method, configuration, organizer_id) VALUES
  ('{"en": "Harbourlight community (Discourse)"}', true, '{"en": "Log in with your community account"}', 'oidc', '', 1),
  ('{"en": "Google"}', false, '{"en": "Sign in with Google"}', 'oidc', '', 1);
UPDATE pretixbase_customerssoprovider SET configuration = jsonb_build_object('base_url', CASE id WHEN 1 THEN 'https://community.harbourlight-conferences.example' ELSE 'https://accounts.google.com' END,
  'client_id', CASE id WHEN 1 THEN 'pretix-shop' ELSE fixture_gen.digits('gcid', id, 12) || '-' || pgen.lower('gcidb', id, 32) || '.apps.googleusercontent.com' END,
  'client_secret', CASE id WHEN 1 THEN pgen.rnd('ssocs', id, 40) ELSE 'GOCSPX-' || pgen.rnd('ssocs', id, 28) END, 'scope', 'openid email profile',
  'uid_field', 'sub', 'email_field', 'email', 'provider_config', jsonb_build_object('issuer', 'https://community.harbourlight-conferences.example'))::text;

CREATE TABLE pretixbase_customer (
    id serial PRIMARY KEY, identifier varchar(190) NOT NULL, email varchar(190), password varchar(128) NOT NULL, name_cached varchar(255) NOT NULL, name_parts text NOT NULL,
    is_active boolean NOT NULL, is_verified boolean NOT NULL, last_login timestamptz, date_joined timestamptz NOT NULL, locale varchar(50) NOT NULL, last_modified timestamptz NOT NULL,
    organizer_id integer NOT NULL, external_identifier varchar(255), notes text, phone varchar(128), provider_id integer
);
INSERT INTO pretixbase_customer
SELECT c.cid, upper(fixture_gen.chars('cuid', c.cid, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ3789')), p.email,
       CASE WHEN c.cid % 5 = 0 THEN '!' || pgen.rnd('cunu', c.cid, 40) ELSE fixture_gen.pbkdf2('cupw', c.cid) END,
       p.full_name, pgen.parts(p, 'given_family'), c.cid % 23 <> 0, c.cid % 7 <> 3, pgen.at('cull', c.cid, '2024-01-01', '2024-06-27'), pgen.at('cudj', c.cid, '2022-06-01', '2023-12-31'),
       CASE WHEN p.c = 'de' THEN 'de' ELSE 'en' END, pgen.at('culm', c.cid, '2024-01-01', '2024-06-27'), 1,
       CASE WHEN c.cid % 5 = 0 THEN (100 + c.cid * 7)::text END,
       CASE WHEN c.cid % 8 = 1 THEN fixture_gen.pick(ARRAY['Speaker 2022 and 2023, prefers aisle seats.', 'Asked us to stop sending marketing mails, ' || p.phone, 'Volunteer lead for the registration desk.',
         'Paid late twice, require prepayment.', 'Has a hearing impairment, book a seat near the captioning screen.'], 'cunt', c.cid) END,
       CASE WHEN c.cid % 3 = 0 THEN p.phone END, CASE WHEN c.cid % 5 = 0 THEN 1 END
FROM pgen.cust c JOIN pgen.p p ON p.i = c.i ORDER BY c.cid;

CREATE TABLE pretixbase_waitinglistentry (
    id serial PRIMARY KEY, created timestamptz NOT NULL, email varchar(254) NOT NULL, voucher_id integer, item_id integer NOT NULL, event_id integer NOT NULL, locale varchar(190) NOT NULL,
    priority integer NOT NULL, name_cached varchar(255), name_parts text NOT NULL, phone varchar(128)
);
INSERT INTO pretixbase_waitinglistentry (created, email, voucher_id, item_id, event_id, locale, priority, name_cached, name_parts, phone)
SELECT pgen.at('wlc', p.i, least(ev.dfrom - interval '60 days', '2024-04-01'), least(ev.dfrom, '2024-06-27')), p.email, NULL, ev.e * 10 + 1 + fixture_gen.n('wli', p.i, 3), ev.e,
       CASE WHEN p.c = 'de' THEN 'de' ELSE 'en' END, CASE WHEN p.i % 10 = 0 THEN 10 ELSE 0 END, CASE WHEN p.i % 4 <> 0 THEN p.full_name END,
       CASE WHEN p.i % 4 <> 0 THEN pgen.parts(p, ev.scheme) ELSE '{}' END, CASE WHEN p.i % 3 = 0 THEN p.phone END
FROM pgen.p p JOIN pgen.ev ev ON ev.e = (ARRAY[7, 7, 8, 8, 8, 9])[1 + fixture_gen.n('wle', p.i, 6)] WHERE p.i BETWEEN 6001 AND 6090 ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Scheduled exports, the audit log, webhooks, OAuth, API calls, domains, sessions.

CREATE TABLE pretixbase_scheduledeventexport (
    id serial PRIMARY KEY, export_identifier varchar(190) NOT NULL, export_form_data text NOT NULL, locale varchar(250) NOT NULL, mail_additional_recipients text NOT NULL,
    mail_subject varchar(250) NOT NULL, mail_template text NOT NULL, schedule_rrule text, schedule_rrule_time time NOT NULL, schedule_next_run timestamptz, error_counter integer NOT NULL,
    event_id integer NOT NULL, owner_id integer NOT NULL
);
INSERT INTO pretixbase_scheduledeventexport (export_identifier, export_form_data, locale, mail_additional_recipients, mail_subject, mail_template, schedule_rrule, schedule_rrule_time,
  schedule_next_run, error_counter, event_id, owner_id)
SELECT x.ident, x.form, CASE WHEN ev.org = 1 THEN 'en' ELSE 'de' END, x.rcpt, x.subj, x.tmpl, x.rrule, x.tm, timestamptz '2024-06-29 06:00:00+00' + make_interval(days => k % 7), CASE WHEN k = 5 THEN 3 ELSE 0 END,
       ev.e, CASE ev.org WHEN 1 THEN 1 + k % 12 WHEN 2 THEN 19 + k % 3 ELSE 29 END
FROM generate_series(1, 14) k JOIN pgen.ev ev ON ev.e = (ARRAY[1, 2, 3, 7, 7, 9, 10, 11, 12, 1, 2, 7, 12, 4])[k]
JOIN pgen.p c ON c.i = 1001 + k * 13
CROSS JOIN LATERAL (SELECT
  (ARRAY['orderlist', 'checkinlist', 'dietary_requirements', 'orderlist', 'badges', 'checkinlist'])[1 + k % 6] AS ident,
  CASE WHEN k % 6 = 1 THEN '{"list": 1, "_format": "pdf", "questions": ["DIET", "ACCESS"], "sort": "name"}' ELSE '{"_format": "xlsx", "paid_only": true, "include_payment_amounts": false}' END AS form,
  CASE k % 4 WHEN 0 THEN c.email WHEN 1 THEN c.email || E'\n' || 'catering@' || CASE WHEN ev.org = 1 THEN 'ccd-venue.example' ELSE 'fischauktionshalle.example' END
             WHEN 2 THEN 'security@' || CASE WHEN ev.org = 1 THEN 'ccd-venue.example' ELSE 'nordwache-hamburg.example' END ELSE '' END AS rcpt,
  CASE WHEN ev.org = 1 THEN 'Daily ' || (ARRAY['orders', 'check-in list', 'dietary list', 'orders', 'badges', 'check-in list'])[1 + k % 6] || ' for ' || ev.name ELSE 'Tagesexport ' || ev.name END AS subj,
  CASE WHEN k % 4 = 1 THEN 'Hi ' || c.first || E',\n\nattached is today''s list. Please call me on ' || CASE WHEN ev.org = 1 THEN '+353 87 412 5590' ELSE '0171 553 2089' END || E' if anything looks off.\n\nThanks!'
       ELSE E'Hello,\n\nattached you find the scheduled export.\n\nBest regards' END AS tmpl,
  CASE WHEN k % 3 = 0 THEN 'DTSTART:20240501T000000' || E'\n' || 'RRULE:FREQ=WEEKLY;BYDAY=MO' ELSE 'DTSTART:20240501T000000' || E'\n' || 'RRULE:FREQ=DAILY' END AS rrule,
  time '06:00' + make_interval(hours => k % 3) AS tm) x
ORDER BY k;

CREATE TABLE pretixbase_logentry (
    id serial PRIMARY KEY, object_id integer NOT NULL, datetime timestamptz NOT NULL, action_type varchar(255) NOT NULL, data text NOT NULL, content_type_id integer NOT NULL,
    user_id integer, event_id integer, api_token_id integer, visible boolean NOT NULL, device_id integer, oauth_application_id integer, shredded boolean NOT NULL, organizer_link_id integer
);
CREATE TABLE pgen.le (dt timestamptz, obj int, action text, data text, ct int, usr int, ev int, tok int, dev int, app int, org int);
-- Orders placed, with the confirmation mail as sent (its link carries the order secret).
INSERT INTO pgen.le
SELECT po.datetime, po.id, 'pretix.event.order.placed', '{}', 9, NULL::int, po.event_id, CASE WHEN po.sales_channel_id = 2 THEN 1 END, NULL::int, NULL::int, ev.org FROM pretixbase_order po JOIN pgen.ev ev ON ev.e = po.event_id
UNION ALL
SELECT po.datetime + interval '3 seconds', po.id, 'pretix.event.order.email.order_placed',
       jsonb_build_object('subject', 'Your order: ' || po.code, 'recipient', po.email, 'invoices', '[]'::jsonb, 'attach_tickets', false, 'attach_ical', false, 'position', NULL,
         'message', E'Hello,\n\nwe successfully received your order for ' || ev.name || ' with a total value of ' || po.total || ' ' || ev.cur || E'.\n\nYou can change your order details and view the status of your order at\n'
           || 'https://tickets.' || CASE ev.org WHEN 1 THEN 'harbourlight-conferences.example' WHEN 2 THEN 'nordlicht-hamburg.example' ELSE 'weber-konzerte.example' END || '/' || o.slug || '/' || ev.slug || '/order/' || po.code || '/' || po.secret || E'/\n\nBest regards,\nYour ' || ev.name || ' team')::text,
       9, NULL, po.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_order po JOIN pgen.ev ev ON ev.e = po.event_id JOIN pretixbase_organizer o ON o.id = ev.org
UNION ALL
SELECT y.payment_date, po.id, 'pretix.event.order.payment.confirmed', jsonb_build_object('local_id', y.local_id, 'provider', y.provider)::text, 9,
       CASE WHEN y.provider = 'banktransfer' THEN 1 + fixture_gen.n('leu', y.id, 12) END, po.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_orderpayment y JOIN pretixbase_order po ON po.id = y.order_id JOIN pgen.ev ev ON ev.e = po.event_id WHERE y.state = 'confirmed'
UNION ALL
SELECT po.datetime + make_interval(days => 2 + fixture_gen.n('lecd', po.id, 20)), po.id, 'pretix.event.order.contact.changed',
       jsonb_build_object('old_email', fixture_gen.email('leold', po.id), 'new_email', po.email)::text, 9, CASE WHEN po.id % 2 = 0 THEN 1 + fixture_gen.n('leu2', po.id, 12) END, po.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_order po JOIN pgen.ev ev ON ev.e = po.event_id WHERE po.id % 11 = 4
UNION ALL
SELECT po.datetime + make_interval(days => 1 + fixture_gen.n('lepd', po.id, 20)), po.id, 'pretix.event.order.phone.changed',
       jsonb_build_object('old_phone', CASE WHEN po.id % 2 = 0 THEN NULL ELSE pgen.phone('de', 'leoph', po.id) END, 'new_phone', po.phone)::text, 9, NULL, po.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_order po JOIN pgen.ev ev ON ev.e = po.event_id WHERE po.id % 13 = 6 AND po.phone IS NOT NULL
UNION ALL
SELECT po.datetime + make_interval(days => 1 + fixture_gen.n('lemd', op.id, 30)), po.id, 'pretix.event.order.modified',
       jsonb_build_object('data', jsonb_build_array(jsonb_build_object('position', op.id, 'attendee_name_parts', op.attendee_name_parts::jsonb, 'attendee_email', op.attendee_email,
         'company', op.company, 'question_' || (po.event_id * 100 + 1), fixture_gen.pick(ARRAY['Senior SRE', 'Head of Data', 'Student'], 'lemq', op.id))))::text,
       9, NULL, po.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_orderposition op JOIN pretixbase_order po ON po.id = op.order_id JOIN pgen.ev ev ON ev.e = po.event_id WHERE op.id % 9 = 2 AND op.attendee_name_cached IS NOT NULL
UNION ALL
SELECT po.last_modified, po.id, 'pretix.event.order.comment', jsonb_build_object('new_comment', po.comment)::text, 9, 1 + fixture_gen.n('leu3', po.id, 18), po.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_order po JOIN pgen.ev ev ON ev.e = po.event_id WHERE po.comment <> ''
UNION ALL
SELECT po.cancellation_date, po.id, 'pretix.event.order.canceled', jsonb_build_object('comment', CASE WHEN po.id % 2 = 0 THEN 'Customer request by phone' END, 'send_mail', true)::text, 9,
       1 + fixture_gen.n('leu4', po.id, 18), po.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_order po JOIN pgen.ev ev ON ev.e = po.event_id WHERE po.status = 'c'
UNION ALL
SELECT c.datetime, op.order_id, 'pretix.event.checkin', jsonb_build_object('position', op.id, 'positionid', op.positionid, 'first', true, 'forced', c.forced, 'datetime', c.datetime, 'type', c.type, 'list', c.list_id)::text,
       9, NULL, po.event_id, NULL, c.device_id, NULL, ev.org
FROM pretixbase_checkin c JOIN pretixbase_orderposition op ON op.id = c.position_id JOIN pretixbase_order po ON po.id = op.order_id JOIN pgen.ev ev ON ev.e = po.event_id WHERE c.successful
UNION ALL
SELECT ls.last_seen, ls.user_id, 'pretix.control.auth.user.new_source', jsonb_build_object('agent_type', ls.agent_type, 'os_type', ls.os_type, 'country', ls.country)::text, 5, ls.user_id, NULL, NULL, NULL, NULL, NULL
FROM pretixbase_userknownloginsource ls
UNION ALL
SELECT pgen.at('leti', t.id, '2023-01-01', '2024-06-01'), t.team_id, 'pretix.team.invite.created', jsonb_build_object('email', t.email)::text, 13, 1, NULL, NULL, NULL, NULL, tm.organizer_id
FROM pretixbase_teaminvite t JOIN pretixbase_team tm ON tm.id = t.team_id
UNION ALL
SELECT u.date_joined + interval '1 day', m.team_id, 'pretix.team.member.added', jsonb_build_object('email', u.email, 'user', u.id)::text, 13, 1, NULL, NULL, NULL, NULL, tm.organizer_id
FROM pretixbase_team_members m JOIN pretixbase_user u ON u.id = m.user_id JOIN pretixbase_team tm ON tm.id = m.team_id
UNION ALL
SELECT u.date_joined + interval '2 days', u.id, 'pretix.user.settings.changed', jsonb_build_object('email', u.email, 'fullname', u.fullname, 'locale', u.locale)::text, 5, u.id, NULL, NULL, NULL, NULL, NULL
FROM pretixbase_user u WHERE u.id % 3 = 0
UNION ALL
SELECT pgen.at('levo', v.id, '2023-06-01', '2024-06-01'), v.id, 'pretix.voucher.added', jsonb_build_object('code', v.code, 'max_usages', v.max_usages, 'tag', v.tag, 'comment', v.comment)::text,
       11, 1 + fixture_gen.n('leu5', v.id, 18), v.event_id, NULL, NULL, NULL, ev.org
FROM pretixbase_voucher v JOIN pgen.ev ev ON ev.e = v.event_id WHERE v.comment <> '';
INSERT INTO pretixbase_logentry (object_id, datetime, action_type, data, content_type_id, user_id, event_id, api_token_id, visible, device_id, oauth_application_id, shredded, organizer_link_id)
SELECT obj, dt, action, data, ct, usr, ev, tok, true, dev, app, false, org FROM pgen.le WHERE dt IS NOT NULL AND dt <= timestamptz '2024-06-28 17:00:00+00' ORDER BY dt, obj, action;

CREATE TABLE pretixapi_webhook (id serial PRIMARY KEY, enabled boolean NOT NULL, target_url varchar(255) NOT NULL, all_events boolean NOT NULL, organizer_id integer NOT NULL, comment varchar(255));
INSERT INTO pretixapi_webhook (enabled, target_url, all_events, organizer_id, comment) VALUES
  (true, 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zapa', 1, 8) || '/' || pgen.lower('zapb', 1, 7) || '/', true, 1, 'Zapier: new orders to HubSpot'),
  (true, 'https://hook.eu1.make.com/' || pgen.lower('makeh', 2, 32), false, 1, 'Make scenario: speaker tickets to Airtable'),
  (true, 'https://crm.harbourlight-conferences.example/api/pretix-webhook?token=' || pgen.rnd('crmt', 3, 40), true, 1, NULL),
  (false, 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zapa', 4, 8) || '/' || pgen.lower('zapb', 4, 7) || '/', true, 1, 'old Zap, disabled'),
  (true, 'https://n8n.nordlicht-hamburg.example/webhook/' || fixture_gen.uuid('n8n', 5), true, 2, 'n8n: Helfer-Liste'),
  (true, 'https://nordlicht-hamburg.example/wp-json/pretix/v1/availability', true, 2, 'Website: ausverkauft-Anzeige'),
  (true, 'https://weber-konzerte.example/pretix-hook.php?key=' || pgen.lower('webk', 7, 24), true, 3, NULL);

CREATE TABLE pretixapi_webhookeventlistener (id serial PRIMARY KEY, action_type varchar(255) NOT NULL, webhook_id integer NOT NULL);
INSERT INTO pretixapi_webhookeventlistener (action_type, webhook_id)
SELECT a, w FROM unnest(ARRAY[1, 1, 1, 2, 3, 3, 3, 3, 4, 5, 5, 6, 6, 7]) WITH ORDINALITY x(w, n)
JOIN LATERAL (SELECT (ARRAY['pretix.event.order.placed', 'pretix.event.order.paid', 'pretix.event.order.canceled', 'pretix.event.order.placed', 'pretix.event.order.placed', 'pretix.event.order.paid',
  'pretix.event.order.changed.*', 'pretix.event.checkin', 'pretix.event.order.placed', 'pretix.event.order.paid', 'pretix.event.order.modified', 'pretix.event.quota.changed', 'pretix.event.order.paid',
  'pretix.event.order.paid'])[x.n] AS a) y ON true ORDER BY n;

CREATE TABLE pretixapi_webhookcall (
    id serial PRIMARY KEY, datetime timestamptz NOT NULL, target_url varchar(255) NOT NULL, is_retry boolean NOT NULL, execution_time double precision, return_code integer NOT NULL,
    payload text NOT NULL, response_body text NOT NULL, webhook_id integer NOT NULL, success boolean NOT NULL, action_type varchar(255) NOT NULL
);
INSERT INTO pretixapi_webhookcall (datetime, target_url, is_retry, execution_time, return_code, payload, response_body, webhook_id, success, action_type)
SELECT l.datetime + interval '2 seconds', w.target_url, k.retry, 0.1 + fixture_gen.n('whx', l.id * 10 + w.id, 2000) / 1000.0, x.rc,
       jsonb_build_object('notification_id', l.id, 'organizer', o.slug, 'event', e.slug, 'code', po.code, 'action', l.action_type)::text,
       CASE WHEN x.rc = 200 AND w.id IN (1, 4) THEN jsonb_build_object('attempt', fixture_gen.uuid('zatt', l.id), 'id', fixture_gen.uuid('zid', l.id), 'request_id', pgen.rnd('zrq', l.id, 16), 'status', 'success')::text
            WHEN x.rc = 200 AND w.id = 2 THEN 'Accepted'
            WHEN x.rc = 200 AND w.id = 3 THEN jsonb_build_object('ok', true, 'contact', jsonb_build_object('id', 5000 + po.id, 'email', po.email, 'name', (SELECT p.full_name FROM pgen.p p WHERE p.i = po.id)))::text
            WHEN x.rc = 409 THEN jsonb_build_object('ok', false, 'error', 'Contact with email ' || po.email || ' already exists (id ' || (5000 + po.id) || ')')::text
            WHEN x.rc = 200 THEN '{"message":"Workflow was started"}'
            WHEN x.rc = 502 THEN E'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>'
            ELSE '' END,
       w.id, x.rc < 300, l.action_type
FROM pretixbase_logentry l JOIN pretixbase_order po ON po.id = l.object_id JOIN pgen.ev e ON e.e = l.event_id JOIN pretixbase_organizer o ON o.id = e.org
JOIN pretixapi_webhook w ON w.organizer_id = e.org AND w.enabled AND w.id <> 6
CROSS JOIN LATERAL (VALUES (false), (true)) k(retry)
CROSS JOIN LATERAL (SELECT CASE WHEN k.retry THEN 200 WHEN l.id % 17 = 3 THEN 502 WHEN w.id = 3 AND l.id % 7 = 2 THEN 409 ELSE 200 END AS rc) x0
CROSS JOIN LATERAL (SELECT x0.rc) x(rc)
WHERE l.action_type IN ('pretix.event.order.placed', 'pretix.event.order.payment.confirmed') AND l.content_type_id = 9 AND l.id % 3 = 0
  AND (NOT k.retry OR l.id % 17 = 3)
ORDER BY 1, w.id;

CREATE TABLE pretixapi_oauthapplication (
    id serial PRIMARY KEY, client_id varchar(100) NOT NULL UNIQUE, redirect_uris text NOT NULL, client_type varchar(32) NOT NULL, authorization_grant_type varchar(32) NOT NULL,
    client_secret varchar(255) NOT NULL, name varchar(255) NOT NULL, skip_authorization boolean NOT NULL, active boolean NOT NULL, created timestamptz NOT NULL, updated timestamptz NOT NULL,
    algorithm varchar(5) NOT NULL, user_id integer
);
INSERT INTO pretixapi_oauthapplication (client_id, redirect_uris, client_type, authorization_grant_type, client_secret, name, skip_authorization, active, created, updated, algorithm, user_id)
SELECT pgen.rnd('oacid', k, 40), v.uri, 'confidential', 'authorization-code', fixture_gen.pbkdf2('oacs', k), v.name, false, v.active, pgen.at('oacr', k, '2021-01-01', '2023-06-01'),
       pgen.at('oaup', k, '2023-06-01', '2024-06-01'), '', NULL
FROM (VALUES (1, 'pretix Connect for HubSpot', 'https://hubspot-connector.pretix-apps.example/oauth/callback', true),
  (2, 'Lexoffice Sync', 'https://lexoffice-sync.example/callback https://lexoffice-sync.example/callback2', true),
  (3, 'BadgeBooth onsite printing', 'https://app.badgebooth.example/pretix/oauth', true), (4, 'Eventbrite importer (retired)', 'https://importer.example/oauth/redirect', false)) v(k, name, uri, active);

CREATE TABLE pretixapi_oauthrefreshtoken (
    id serial PRIMARY KEY, token varchar(255) NOT NULL, access_token_id integer, application_id integer NOT NULL, user_id integer NOT NULL, created timestamptz NOT NULL, updated timestamptz NOT NULL,
    revoked timestamptz
);
CREATE TABLE pretixapi_oauthaccesstoken (
    id serial PRIMARY KEY, token varchar(255) NOT NULL UNIQUE, expires timestamptz NOT NULL, scope text NOT NULL, application_id integer, user_id integer, created timestamptz NOT NULL,
    updated timestamptz NOT NULL, source_refresh_token_id integer
);
INSERT INTO pretixapi_oauthaccesstoken (token, expires, scope, application_id, user_id, created, updated, source_refresh_token_id)
SELECT pgen.rnd('oaat', k, 30), x.c + interval '10 hours', CASE WHEN k % 3 = 0 THEN 'read' ELSE 'read write' END, 1 + k % 3, (ARRAY[1, 2, 13, 19, 29, 14])[1 + k % 6], x.c, x.c, NULL
FROM generate_series(1, 30) k CROSS JOIN LATERAL (SELECT pgen.at('oaac', k, '2024-03-01', '2024-06-28') AS c) x ORDER BY x.c;
INSERT INTO pretixapi_oauthrefreshtoken (token, access_token_id, application_id, user_id, created, updated, revoked)
SELECT pgen.rnd('oart', a.id, 30), a.id, a.application_id, a.user_id, a.created, a.created, CASE WHEN a.id % 7 = 0 THEN a.created + interval '3 days' END FROM pretixapi_oauthaccesstoken a ORDER BY a.id;

CREATE TABLE pretixapi_apicall (
    id serial PRIMARY KEY, idempotency_key varchar(190) NOT NULL, auth_hash varchar(190) NOT NULL, created timestamptz NOT NULL, locked timestamptz, request_method varchar(20) NOT NULL,
    request_path varchar(255) NOT NULL, response_code integer NOT NULL, response_headers text NOT NULL, response_body bytea NOT NULL
);
INSERT INTO pretixapi_apicall (idempotency_key, auth_hash, created, locked, request_method, request_path, response_code, response_headers, response_body)
SELECT fixture_gen.uuid('idem', po.id), encode(sha256(convert_to('Token ' || pgen.lower('tapi', 2 - (po.id % 2), 64), 'UTF8')), 'hex'), po.datetime, NULL::timestamptz, 'POST',
       '/api/v1/organizers/harbourlight/events/' || e.slug || '/orders/', 201, '{"Content-Type": "application/json", "Vary": "Accept, Accept-Language", "Allow": "GET, POST, HEAD, OPTIONS"}',
       convert_to(jsonb_build_object('code', po.code, 'status', po.status, 'secret', po.secret, 'email', po.email, 'phone', po.phone, 'locale', po.locale, 'total', po.total::text,
         'positions', (SELECT jsonb_agg(jsonb_build_object('id', op.id, 'positionid', op.positionid, 'item', op.item_id, 'attendee_name', op.attendee_name_cached, 'attendee_email', op.attendee_email,
           'secret', op.secret, 'company', op.company) ORDER BY op.id) FROM pretixbase_orderposition op WHERE op.order_id = po.id))::text, 'UTF8')
FROM pretixbase_order po JOIN pgen.ev e ON e.e = po.event_id WHERE e.org = 1 AND po.id % 4 = 1
UNION ALL
SELECT fixture_gen.uuid('idemc', k), encode(sha256(convert_to('Device ' || pgen.lower('dapi', 1 + k % 8, 64), 'UTF8')), 'hex'), pgen.at('idc', k, '2024-05-15', '2024-06-22'), NULL, 'POST',
       '/api/v1/organizers/harbourlight/checkinrpc/redeem/', 201, '{"Content-Type": "application/json"}', convert_to('{"status": "ok", "require_attention": false}', 'UTF8')
FROM generate_series(1, 20) k;

CREATE TABLE pretixmultidomain_knowndomain (domainname varchar(255) PRIMARY KEY, organizer_id integer, event_id integer, mode varchar(255) NOT NULL);
INSERT INTO pretixmultidomain_knowndomain VALUES ('tickets.harbourlight-conferences.example', 1, NULL, 'organizer'), ('tickets.nordlicht-hamburg.example', 2, NULL, 'organizer'),
  ('tickets.weber-konzerte.example', 3, NULL, 'organizer'), ('pydata-lisboa.example', 1, 2, 'event'), ('register.devopsdays-dublin.example', 1, 1, 'event');

CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT pgen.lower('sesk', k, 32),
       translate(rtrim(encode(convert_to(CASE WHEN k <= 30 THEN jsonb_build_object('_auth_user_id', (1 + k % 36)::text, '_auth_user_backend', 'pretix.base.auth.NativeAuthBackend',
           '_auth_user_hash', fixture_gen.hexn('sesh', k, 64), 'pretix_auth_login_time', 1718000000 + k * 977, 'pretix_auth_last_used', 1718000000 + k * 1977, 'pretix_auth_long_session', k % 3 = 0)::text
         ELSE jsonb_build_object('current_cart_event_' || (ARRAY[1, 2, 7, 9, 10, 11, 12])[1 + k % 7], pgen.rnd('cart', k - 30, 32) || '@' || (SELECT slug FROM pgen.ev WHERE e = (ARRAY[1, 2, 7, 9, 10, 11, 12])[1 + k % 7]),
           'pretix_event_access_' || (ARRAY[1, 2, 7])[1 + k % 3], true, 'django_language', 'en')::text END, 'UTF8'), 'base64'), '='), E'+/\n', '-_')
       || ':' || pgen.rnd('sests', k, 6) || ':' || translate(rtrim(fixture_gen.b64('sessig', k, 32), '='), '+/', '-_'),
       timestamptz '2024-06-28 17:00:00+00' + make_interval(hours => 1 + fixture_gen.n('sese', k, 300))
FROM generate_series(1, 70) k;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
