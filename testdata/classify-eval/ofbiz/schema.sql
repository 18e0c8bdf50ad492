-- classify-eval fixture (HOLDOUT 16, with zulip: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): an Apache OFBiz 18.12 ERP and web shop on PostgreSQL, in the
-- entity engine's own naming as it creates tables there: UPPER_CASE entity
-- and field names unquoted (so folded to lower case), VARCHAR(20) ids from
-- the sequence bank ("10042", order ids "WS10042"), indicator CHAR(1) flags,
-- TIMESTAMPTZ date-times, the entity engine's stamps on every table (here
-- last_updated_stamp and created_tx_stamp). "Copperleaf Home & Kitchen", a
-- shop selling cookware to customers in the US, UK, Germany, France, India,
-- Japan, Nigeria and Spain, with its warehouse and office staff in the same
-- party model. Parties, persons (salutations, names in Latin and Japanese
-- script, nicknames, birth dates, gender, marital status, SSNs, UK NINOs and
-- Indian PANs in social_security_number, passports, height and weight for
-- the warehouse's fit tests, the mother's maiden name encrypted by the
-- entity engine), party groups (B2B customers, suppliers, carriers), party
-- relationships with contacts' position titles, contact mechs whose
-- info_string holds emails and URLs, postal addresses with delivery
-- directions, telecom numbers split into country, area and number; user
-- logins that are emails or chosen handles, HashCrypt "$SHA$salt$hash"
-- passwords (legacy "{SHA}" hex ones too), password hints, login history
-- keeping the wrong passwords typed (store.login.history.incorrect.password),
-- impersonation by admins, password history; products, prices, categories
-- and reviews (public copy); orders with ship groups' gift messages and
-- shipping instructions, order item comments with engravings, payment
-- preferences with a few CVVs and POS track-2 data, credit cards, bank
-- accounts and gift cards (numbers encrypted), payments, gateway responses
-- with AVS/CVV codes and raw pipe-delimited replies naming the cardholder,
-- invoices, shipments with handling instructions; communication events
-- (order mails, customer emails with raw headers, phone call notes, contact
-- form messages, password reset links with JWTs), party notes, party
-- identifications (VAT, DUNS, driving licences, marketplace user names),
-- party attributes mixing settings and contact details, employment dates,
-- positions, training with reasons, qualifications, CVs as text; visits with
-- IPs, reverse DNS, user agents, referrers, JSESSIONIDs and back-office
-- requests carrying externalLoginKey, server hits; product store settings
-- (a default password), payment gateway settings (Authorize.Net transaction
-- key, PayPal API signature), system properties mixing flags with SMTP,
-- UPS/FedEx credentials and the JWT signing key, the entity key store,
-- persisted jobs whose runtime data is the XML-serialized service context
-- with the userLogin and its password hash, web sites, CMS content and
-- uploaded party documents named after their owners.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ogen;
SET client_min_messages = warning;

-- ts: a date-time as OFBiz writes it (milliseconds).
CREATE FUNCTION ogen.ts(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('second', fixture_gen.stamp(tag, i)) + make_interval(secs => fixture_gen.n(tag || 'ms', i, 1000) / 1000.0)
$$;

-- b64url: base64url without padding of the first len bytes of sha256.
CREATE FUNCTION ogen.b64url(s text, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT rtrim(translate(encode(substr(sha256(convert_to(s, 'UTF8')), 1, len), 'base64'), E'+/\n', '-_'), '=')
$$;

-- sha: HashCrypt.cryptUTF8 as OFBiz 18 stores current_password:
-- "$SHA$" + a 1-15 character salt + "$" + base64url of the digest.
CREATE FUNCTION ogen.sha(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$' || 'SHA' || '$' || fixture_gen.chars(tag || 's', i, 1 + fixture_gen.n(tag || 'sl', i, 15),
         'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./') || '$' || ogen.b64url(tag || ':' || i, 20)
$$;

-- legacy: the "{SHA}" + 40 hex form of accounts migrated from 13.07.
CREATE FUNCTION ogen.legacy(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '{' || 'SHA}' || fixture_gen.hexn(tag, i, 40) $$;

-- enc: a field stored with encrypt="true": EntityCrypto's AES (Shiro),
-- base64 of the IV and the cipher blocks of the serialized value.
CREATE FUNCTION ogen.enc(tag text, i bigint, plainlen int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag, i, 16 + 16 * ((plainlen + 8) / 16 + 1)) $$;

CREATE FUNCTION ogen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0',
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36'], tag, i)
$$;

-- Eight cultures. Names (with their Japanese spelling), cities with the
-- state/province geo id, a postcode pattern, phone country and area codes,
-- street lines and the mail domains their people use.
CREATE TABLE ogen.cult (c int PRIMARY KEY, geo text, iso text, cc text, ffem text[], fmale text[], lasts text[], ffem_l text[], fmale_l text[], lasts_l text[],
    cities text[], states text[], pcs text[], areas text[], streets text[], doms text[], locale text, tz text, cur text);
INSERT INTO ogen.cult VALUES
 (0, 'USA', 'US', '1',
  ARRAY['Emily', 'Jessica', 'Ashley', 'Maria', 'Keisha', 'Lauren', 'Megan', 'Sarah', 'Jennifer', 'Olivia', 'Brianna', 'Rosa', 'Tamika', 'Hannah', 'Guadalupe', 'Mei-Ling', 'Shanice', 'Abigail', 'Courtney', 'Yesenia'],
  ARRAY['Michael', 'James', 'Tyler', 'Brandon', 'DeShawn', 'Carlos', 'Kevin', 'Ryan', 'Daniel', 'Robert', 'Marcus', 'Ethan', 'Jamal', 'Luis', 'Cody', 'Trevor', 'Andre', 'Hunter', 'Jose', 'Wesley'],
  ARRAY['Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Rodriguez', 'Thompson', 'Washington', 'Nguyen', 'Kowalczyk', 'O''Neill', 'Hernandez', 'Anderson', 'Goldberg', 'Whitfield', 'Jackson', 'Flores', 'Kim', 'Patterson', 'Schultz', 'Morales', 'Carter', 'Chen', 'Brooks', 'Hayes', 'Ramirez'],
  NULL, NULL, NULL,
  ARRAY['Portland', 'Austin', 'Brooklyn', 'Oakland', 'Denver', 'Chicago', 'Columbus', 'Raleigh'],
  ARRAY['OR', 'TX', 'NY', 'CA', 'CO', 'IL', 'OH', 'NC'],
  ARRAY['972', '787', '112', '946', '802', '606', '432', '276'],
  ARRAY['503', '512', '718', '510', '303', '312', '614', '919'],
  ARRAY['# SE Hawthorne Blvd', '# Maple Avenue', '# Bedford Ave Apt 3R', '# Telegraph Ave', '# W Colfax Ave', '# N Milwaukee Ave', '# Oak Street', '# Glenwood Ave'],
  ARRAY['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'], 'en_US', 'America/Chicago', 'USD'),
 (1, 'GBR', 'GB', '44',
  ARRAY['Charlotte', 'Amelia', 'Sophie', 'Harriet', 'Eleanor', 'Grace', 'Niamh', 'Rebecca', 'Imogen', 'Zara'],
  ARRAY['Oliver', 'Harry', 'George', 'Callum', 'Jack', 'Thomas', 'William', 'Rhys', 'Alistair', 'Samuel'],
  ARRAY['Taylor', 'Evans', 'Wilson', 'Hughes', 'Roberts', 'Walker', 'Wright', 'Clarke', 'Patel', 'Khan', 'MacDonald', 'Jenkins', 'Fletcher', 'Ashworth'],
  NULL, NULL, NULL,
  ARRAY['Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Cardiff', 'London'],
  ARRAY[NULL, NULL, NULL, NULL, NULL, NULL],
  ARRAY['M14', 'LS6', 'BS3', 'EH6', 'CF10', 'SE15'],
  ARRAY['161', '113', '117', '131', '29', '20'],
  ARRAY['# Wilbraham Road', '# Otley Road', '# North Street', 'Flat %, # Leith Walk', '# Cathedral Road', '# Rye Lane'],
  ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk', 'outlook.com', 'sky.com'], 'en_GB', 'Europe/London', 'GBP'),
 (2, 'DEU', 'DE', '49',
  ARRAY['Anna', 'Lena', 'Katharina', 'Julia', 'Sabine', 'Lea', 'Marie', 'Ayşe', 'Claudia', 'Franziska'],
  ARRAY['Lukas', 'Jonas', 'Maximilian', 'Felix', 'Tobias', 'Stefan', 'Jürgen', 'Mehmet', 'Florian', 'Matthias'],
  ARRAY['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Yılmaz', 'Kaya', 'Zimmermann'],
  NULL, NULL, NULL,
  ARRAY['Berlin', 'München', 'Hamburg', 'Köln', 'Leipzig', 'Frankfurt am Main'],
  ARRAY['DE-BE', 'DE-BY', 'DE-HH', 'DE-NW', 'DE-SN', 'DE-HE'],
  ARRAY['10', '80', '20', '50', '04', '60'],
  ARRAY['30', '89', '40', '221', '341', '69'],
  ARRAY['Schönhauser Allee #', 'Lindwurmstraße #', 'Eppendorfer Weg #', 'Venloer Straße #', 'Karl-Liebknecht-Straße #', 'Berger Straße #'],
  ARRAY['web.de', 'gmx.de', 'gmail.com', 't-online.de', 'posteo.de', 'gmx.net'], 'de_DE', 'Europe/Berlin', 'EUR'),
 (3, 'FRA', 'FR', '33',
  ARRAY['Camille', 'Manon', 'Léa', 'Chloé', 'Inès', 'Sarah', 'Élodie', 'Margaux', 'Nadia', 'Aurélie'],
  ARRAY['Lucas', 'Hugo', 'Théo', 'Nicolas', 'Julien', 'Mathieu', 'Karim', 'Antoine', 'Guillaume', 'Yanis'],
  ARRAY['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Benali', 'Fontaine', 'Girard'],
  NULL, NULL, NULL,
  ARRAY['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille'],
  ARRAY['FR-75', 'FR-69', 'FR-13', 'FR-31', 'FR-44', 'FR-59'],
  ARRAY['750', '690', '130', '310', '440', '590'],
  ARRAY['1', '4', '4', '5', '2', '3'],
  ARRAY['# rue Oberkampf', '# rue de la République', '# boulevard Longchamp', '# rue des Lois', '# quai de la Fosse', '# rue Solférino'],
  ARRAY['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'sfr.fr', 'hotmail.fr'], 'fr_FR', 'Europe/Paris', 'EUR'),
 (4, 'IND', 'IN', '91',
  ARRAY['Priya', 'Ananya', 'Divya', 'Kavya', 'Sneha', 'Lakshmi', 'Aisha', 'Meera', 'Pooja', 'Shreya'],
  ARRAY['Arjun', 'Rahul', 'Vikram', 'Rohan', 'Karthik', 'Aditya', 'Sanjay', 'Imran', 'Siddharth', 'Venkat'],
  ARRAY['Sharma', 'Patel', 'Reddy', 'Iyer', 'Nair', 'Gupta', 'Singh', 'Mehta', 'Krishnan', 'Banerjee', 'Desai', 'Kulkarni', 'Chatterjee', 'Menon'],
  NULL, NULL, NULL,
  ARRAY['Bengaluru', 'Mumbai', 'Pune', 'Chennai', 'Hyderabad', 'New Delhi'],
  ARRAY['IN-KA', 'IN-MH', 'IN-MH', 'IN-TN', 'IN-TG', 'IN-DL'],
  ARRAY['5600', '4000', '4110', '6000', '5000', '1100'],
  ARRAY[NULL, NULL, NULL, NULL, NULL, NULL],
  ARRAY['No. #, 3rd Cross, Indiranagar', 'Flat %B, Sea Breeze Apartments, Bandra West', '#/2 Prabhat Road, Erandwane', 'Old No. #, TTK Road, Alwarpet', 'Plot #, Road No. 12, Banjara Hills', 'C-#, Greater Kailash Part 1'],
  ARRAY['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'], 'en_IN', 'Asia/Kolkata', 'INR'),
 (5, 'JPN', 'JP', '81',
  ARRAY['Yui', 'Haruka', 'Aoi', 'Sakura', 'Misaki', 'Yuna', 'Mei', 'Rin'],
  ARRAY['Haruto', 'Ren', 'Takumi', 'Daiki', 'Kenji', 'Sota', 'Hiroshi', 'Yuto'],
  ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
  ARRAY['結衣', '遥', '葵', 'さくら', '美咲', '結菜', '芽依', '凛'],
  ARRAY['陽翔', '蓮', '拓海', '大輝', '健二', '颯太', '浩', '悠斗'],
  ARRAY['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤'],
  ARRAY['Tokyo', 'Osaka', 'Yokohama', 'Kyoto', 'Fukuoka', 'Sapporo'],
  ARRAY['JP-13', 'JP-27', 'JP-14', 'JP-26', 'JP-40', 'JP-01'],
  ARRAY['154', '530', '220', '604', '810', '060'],
  ARRAY['3', '6', '45', '75', '92', '11'],
  ARRAY['Setagaya-ku Sangenjaya 2-#-4', 'Kita-ku Umeda 1-#-3', 'Nishi-ku Minatomirai 3-#-1', 'Nakagyo-ku Karasuma-dori #', 'Chuo-ku Tenjin 2-#-7', 'Chuo-ku Minami 1-jo Nishi #-5'],
  ARRAY['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'outlook.jp'], 'ja_JP', 'Asia/Tokyo', 'JPY'),
 (6, 'NGA', 'NG', '234',
  ARRAY['Ngozi', 'Chiamaka', 'Amara', 'Funke', 'Aisha', 'Zainab', 'Adaeze', 'Temitope'],
  ARRAY['Chidi', 'Emeka', 'Tunde', 'Oluwaseun', 'Ibrahim', 'Obinna', 'Kelechi', 'Babatunde'],
  ARRAY['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwosu', 'Abubakar', 'Olawale', 'Ogunleye', 'Bello', 'Chukwu'],
  NULL, NULL, NULL,
  ARRAY['Lagos', 'Abuja', 'Ibadan', 'Port Harcourt'],
  ARRAY['NG-LA', 'NG-FC', 'NG-OY', 'NG-RI'],
  ARRAY['1012', '9000', '2001', '5002'],
  ARRAY['803', '806', '813', '703'],
  ARRAY['# Admiralty Way, Lekki Phase 1', 'Plot # Aminu Kano Crescent, Wuse II', '# Ring Road, Oke-Ado', '# Aba Road, GRA Phase 2'],
  ARRAY['gmail.com', 'yahoo.com', 'outlook.com', 'ymail.com'], 'en_NG', 'Africa/Lagos', 'NGN'),
 (7, 'ESP', 'ES', '34',
  ARRAY['Lucía', 'María', 'Carmen', 'Paula', 'Marta', 'Elena', 'Sofía', 'Nerea'],
  ARRAY['Alejandro', 'Javier', 'Pablo', 'Sergio', 'Álvaro', 'David', 'Raúl', 'Iker'],
  ARRAY['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Jiménez', 'Navarro'],
  NULL, NULL, NULL,
  ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao'],
  ARRAY['ES-M', 'ES-B', 'ES-V', 'ES-SE', 'ES-BI'],
  ARRAY['280', '080', '460', '410', '480'],
  ARRAY[NULL, NULL, NULL, NULL, NULL],
  ARRAY['Calle de Alcalá #, 4º B', 'Carrer de Mallorca #, 2n 1a', 'Avenida del Puerto #, 3º', 'Calle Feria #, bajo', 'Gran Vía de Don Diego López de Haro #, 5º izq.'],
  ARRAY['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'], 'es_ES', 'Europe/Madrid', 'EUR');

-- fold: a name without diacritics, lower case, letters and digits only.
CREATE FUNCTION ogen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãåéèêëíìîïóòôöõúùûüñçşğıİÁÉÍÓÚÖÜÇŞÀÂÉÈÊßø', 'aaaaaaeeeeiiiiooooouuuuncsgiIAEIOUOUCSAAEEEso')), '[^a-z0-9]+', '', 'g')
$$;

-- People 1-1460: 1-60 staff (US warehouse and office, the Leeds office,
-- developers in Pune, two in Berlin), 61-1460 customers, of whom 1361-1460
-- are the purchasing contacts of B2B customers and suppliers.
CREATE TABLE ogen.p AS
SELECT i, (10000 + i)::text AS pid, i <= 60 AS staff, c, g, k.geo, k.iso, k.cc, k.locale, k.tz, k.cur,
       CASE WHEN g = 'F' OR (g IS NULL AND i % 2 = 0) THEN k.ffem[1 + fi % cardinality(k.ffem)] ELSE k.fmale[1 + fi % cardinality(k.fmale)] END AS first,
       k.lasts[1 + li % cardinality(k.lasts)] AS last,
       CASE WHEN k.ffem_l IS NOT NULL THEN CASE WHEN g = 'F' OR (g IS NULL AND i % 2 = 0) THEN k.ffem_l[1 + fi % cardinality(k.ffem_l)] ELSE k.fmale_l[1 + fi % cardinality(k.fmale_l)] END END AS first_l,
       CASE WHEN k.lasts_l IS NOT NULL THEN k.lasts_l[1 + li % cardinality(k.lasts_l)] END AS last_l,
       ci, k.cities[1 + ci] AS city, k.states[1 + ci] AS state, k.pcs[1 + ci] AS pcpre, k.areas[1 + ci] AS area, k.streets[1 + ci] AS street,
       ci2, k.doms[1 + fixture_gen.n('odom', i, cardinality(k.doms))] AS dom
FROM (SELECT i,
        CASE WHEN i <= 40 THEN 0 WHEN i <= 48 THEN 1 WHEN i <= 55 THEN 4 WHEN i <= 57 THEN 2 WHEN i <= 60 THEN 0
             WHEN i > 1360 THEN (ARRAY[0, 0, 1, 2, 3, 4, 5, 6, 7, 1, 0, 0, 3, 4, 5, 6, 7, 2, 0, 1, 1, 3, 0, 0, 6, 1, 2, 3, 4, 5, 0, 7, 0, 1, 2, 5, 0, 4, 3, 7, 1, 0, 0, 2, 6, 0, 3, 0, 5, 0])[1 + (i - 1361) % 50]
             ELSE (SELECT CASE WHEN m < 30 THEN 0 WHEN m < 45 THEN 1 WHEN m < 57 THEN 2 WHEN m < 67 THEN 3 WHEN m < 77 THEN 4 WHEN m < 85 THEN 5 WHEN m < 92 THEN 6 ELSE 7 END
                   FROM (SELECT fixture_gen.n('ocult', i, 100) AS m) mm) END AS c,
        CASE WHEN fixture_gen.n('ogen', i, 100) < 49 THEN 'F' WHEN fixture_gen.n('ogen', i, 100) < 97 THEN 'M' END AS g,
        fixture_gen.n('ofi', i, 1000) AS fi, fixture_gen.n('oli', i, 1000) AS li
      FROM generate_series(1, 1460) i) x
JOIN ogen.cult k USING (c),
LATERAL (SELECT CASE WHEN x.i <= 40 AND x.i % 5 <> 0 THEN 6 WHEN x.i BETWEEN 49 AND 55 THEN 2 ELSE fixture_gen.n('oci', x.i, cardinality(k.cities)) END AS ci,
                CASE WHEN x.i > 60 AND x.i % 4 = 1 THEN fixture_gen.n('oci2', x.i, cardinality(k.cities)) END AS ci2) cc;
ALTER TABLE ogen.p ADD PRIMARY KEY (i);

ALTER TABLE ogen.p ADD COLUMN middle text, ADD COLUMN nick text, ADD COLUMN birth date, ADD COLUMN email text, ADD COLUMN login text,
    ADD COLUMN addr1 text, ADD COLUMN addr2 text, ADD COLUMN pc text, ADD COLUMN pcext text, ADD COLUMN tel_area text, ADD COLUMN tel_num text, ADD COLUMN salut text;
UPDATE ogen.p SET
  middle = CASE WHEN c IN (0, 1) AND fixture_gen.n('omid', i, 10) < 3 THEN CASE WHEN g = 'F' OR (g IS NULL AND i % 2 = 0) THEN fixture_gen.pick(ARRAY['Anne', 'Marie', 'Lee', 'Elizabeth', 'Rose', 'J.', 'Louise'], 'omidn', i)
                     ELSE fixture_gen.pick(ARRAY['James', 'Lee', 'Robert', 'J.', 'Alexander', 'Edward', 'Michael'], 'omidn', i) END
                WHEN c = 4 AND fixture_gen.n('omid', i, 10) < 2 THEN CASE WHEN g = 'F' THEN fixture_gen.pick(ARRAY['Devi', 'Lakshmi', 'Kumari'], 'omidn', i) ELSE fixture_gen.pick(ARRAY['Kumar', 'Prasad', 'Nath'], 'omidn', i) END END,
  nick = CASE WHEN fixture_gen.n('onick', i, 100) < 12 THEN fixture_gen.pick(ARRAY[left(first, 3), left(first, 4) || 'y', 'Chef ' || first, upper(left(first, 1)) || upper(left(last, 1)), left(first, 2) || left(first, 2)], 'onickv', i) END,
  birth = CASE WHEN staff OR fixture_gen.n('obirthq', i, 100) < 42 THEN date '1958-01-01' + fixture_gen.n('obirth', i, 365 * 47) END,
  email = CASE WHEN staff THEN ogen.fold(first) || '.' || ogen.fold(last) || '@copperleafhome.example'
               ELSE CASE fixture_gen.n('oep', i, 6)
                 WHEN 0 THEN ogen.fold(first) || '.' || ogen.fold(last)
                 WHEN 1 THEN ogen.fold(first) || ogen.fold(last) || (10 + i % 89)::text
                 WHEN 2 THEN left(ogen.fold(first), 1) || ogen.fold(last)
                 WHEN 3 THEN ogen.fold(first) || '_' || ogen.fold(last)
                 WHEN 4 THEN ogen.fold(first) || (1960 + i % 45)::text
                 ELSE ogen.fold(last) || '.' || left(ogen.fold(first), 1) END || '@' || dom END,
  addr1 = replace(replace(street, '#', (1 + fixture_gen.n('ohn', i, 180))::text), '%', (1 + fixture_gen.n('ofl', i, 24))::text),
  addr2 = CASE WHEN c = 0 AND i % 7 = 0 THEN 'Apt ' || (1 + i % 40)::text || fixture_gen.pick(ARRAY['A', 'B', 'C', ''], 'oapt', i)
               WHEN c = 1 AND i % 9 = 0 THEN (ARRAY['Didsbury', 'Headingley', 'Bedminster', 'Leith', 'Pontcanna', 'Peckham'])[1 + ci]
               WHEN c = 4 THEN fixture_gen.pick(ARRAY['Near Ganesh Temple', 'Opp. HDFC Bank', 'Behind Forum Mall', NULL, NULL], 'olm', i)
               WHEN c = 2 AND i % 6 = 0 THEN 'c/o ' || fixture_gen.pick(ARRAY['Familie Brandt', 'Weber', 'Hinterhaus, 3. OG'], 'oco', i) END,
  pc = CASE c WHEN 0 THEN pcpre || lpad(fixture_gen.n('opc', i, 99)::text, 2, '0')
              WHEN 1 THEN pcpre || ' ' || fixture_gen.digits('opc', i, 1) || fixture_gen.chars('opc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
              WHEN 2 THEN pcpre || fixture_gen.digits('opc', i, 3)
              WHEN 3 THEN pcpre || lpad((1 + fixture_gen.n('opc', i, 20))::text, 2, '0')
              WHEN 4 THEN pcpre || fixture_gen.digits('opc', i, 2)
              WHEN 5 THEN pcpre || '-' || fixture_gen.digits('opc', i, 4)
              WHEN 6 THEN pcpre || fixture_gen.digits('opc', i, 2)
              ELSE pcpre || fixture_gen.digits('opc', i, 2) END,
  pcext = CASE WHEN c = 0 AND i % 6 = 0 THEN fixture_gen.digits('opce', i, 4) END,
  tel_area = CASE c WHEN 0 THEN area
                    WHEN 1 THEN CASE WHEN i % 5 < 2 THEN area ELSE '7' || fixture_gen.pick(ARRAY['700', '911', '823', '456', '984', '387'], 'omob', i) END
                    WHEN 2 THEN CASE WHEN i % 2 = 0 THEN area ELSE fixture_gen.pick(ARRAY['151', '160', '176', '172'], 'omob', i) END
                    WHEN 3 THEN CASE WHEN i % 4 = 0 THEN area ELSE fixture_gen.pick(ARRAY['6', '7'], 'omob', i) END
                    WHEN 5 THEN CASE WHEN i % 3 = 0 THEN area ELSE fixture_gen.pick(ARRAY['90', '80', '70'], 'omob', i) END
                    WHEN 6 THEN area END,
  tel_num = CASE c WHEN 0 THEN (2 + fixture_gen.n('otn', i, 8))::text || fixture_gen.digits('otn', i, 2) || '-' || fixture_gen.digits('otn2', i, 4)
                   WHEN 1 THEN CASE WHEN i % 5 < 2 THEN fixture_gen.digits('otn', i, 3) || ' ' || fixture_gen.digits('otn2', i, 4) ELSE fixture_gen.digits('otn', i, 6) END
                   WHEN 2 THEN fixture_gen.digits('otn', i, 7 + i % 2)
                   WHEN 3 THEN fixture_gen.digits('otn', i, 2) || ' ' || fixture_gen.digits('otn2', i, 2) || ' ' || fixture_gen.digits('otn3', i, 2) || ' ' || fixture_gen.digits('otn4', i, 2)
                   WHEN 4 THEN fixture_gen.pick(ARRAY['98', '99', '97', '90', '70', '88'], 'oinp', i) || fixture_gen.digits('otn', i, 3) || ' ' || fixture_gen.digits('otn2', i, 5)
                   WHEN 5 THEN fixture_gen.digits('otn', i, 4) || '-' || fixture_gen.digits('otn2', i, 4)
                   WHEN 6 THEN fixture_gen.digits('otn', i, 3) || ' ' || fixture_gen.digits('otn2', i, 4)
                   ELSE fixture_gen.pick(ARRAY['6', '7', '9'], 'oesp', i) || fixture_gen.digits('otn', i, 2) || ' ' || fixture_gen.digits('otn2', i, 3) || ' ' || fixture_gen.digits('otn3', i, 3) END,
  salut = CASE WHEN c IN (0, 1, 4, 6) AND fixture_gen.n('osal', i, 10) < 6 THEN CASE WHEN g = 'F' THEN fixture_gen.pick(ARRAY['Ms.', 'Mrs.', 'Miss', 'Ms.'], 'osalf', i) WHEN g = 'M' THEN 'Mr.' ELSE 'Mx.' END
               WHEN c = 2 AND fixture_gen.n('osal', i, 10) < 6 THEN CASE WHEN g = 'F' THEN 'Frau' ELSE 'Herr' END
               WHEN c = 3 AND fixture_gen.n('osal', i, 10) < 6 THEN CASE WHEN g = 'F' THEN 'Mme' ELSE 'M.' END
               WHEN c = 7 AND fixture_gen.n('osal', i, 10) < 4 THEN CASE WHEN g = 'F' THEN 'Sra.' ELSE 'Sr.' END END;
-- Party groups 11501-11550: 1-34 B2B customers (restaurants, cafés, cooking
-- schools, hotels, caterers), 35-50 suppliers.
CREATE TABLE ogen.g AS
SELECT g, (11500 + g)::text AS pid, nm, c, g <= 34 AS customer
FROM unnest(ARRAY['Blue Heron Bistro LLC', 'Little Saffron Cooking School', 'Hotel Marlowe Leeds Ltd', 'Kaffeehaus Lindner GmbH', 'La Table de Margaux SARL',
  'Tandoor Junction Pvt Ltd', 'Izakaya Kenta K.K.', 'Mama Put Kitchens Ltd', 'Restaurante Casa Pepa SL', 'Rhodes & Daughters Catering',
  'Harvest Table Co-op', 'The Copper Pot Tavern', 'Brasserie du Vieux Port', 'Spice Route Catering Pvt Ltd', 'Sakura Ramen Bar',
  'Suya Spot Abuja', 'Taberna El Rincón SL', 'Gasthof Zur Linde', 'Bayside Culinary Institute', 'Marigold Events Ltd',
  'Northern Soul Bakery', 'Café Lumière', 'Green Fork Meal Prep', 'Osteria Lupo LLC', 'Jollof Republic Ltd',
  'The Whisk & Ladle', 'Haus am See Hotel GmbH', 'Pâtisserie Girard', 'Chennai Dosa House', 'Kyoto Kaiseki Okumura',
  'Lakeshore Supper Club', 'Mesón de la Villa SL', 'Smoke & Barrel BBQ', 'St. Mungo''s Community Kitchen',
  'Ruhrtal Edelstahl GmbH', 'Seki Hamono Works Co., Ltd.', 'Lodgepole Cast Iron Co.', 'Moradabad Brassware Exports', 'Atelier Cuivre de Villedieu',
  'Cerámica Talavera Ruiz SL', 'Sheffield Blade Forge Ltd', 'Ohio Valley Packaging Inc.', 'Shenzhen Homeware Trading Co., Ltd.', 'Enamelware Works Poland Sp. z o.o.',
  'Lagos Textile Mills Ltd', 'Pacific Bamboo Goods Inc.', 'Maison Linge de Table', 'Great Lakes Freight Brokers LLC', 'Kyushu Ceramics Co., Ltd.', 'Appalachian Hardwoods LLC']) WITH ORDINALITY AS t(nm, g),
LATERAL (SELECT (ARRAY[0, 0, 1, 2, 3, 4, 5, 6, 7, 1, 0, 0, 3, 4, 5, 6, 7, 2, 0, 1, 1, 3, 0, 0, 6, 1, 2, 3, 4, 5, 0, 7, 0, 1, 2, 5, 0, 4, 3, 7, 1, 0, 0, 2, 6, 0, 3, 0, 5, 0])[t.g] AS c) cc;
ALTER TABLE ogen.g ADD COLUMN dom text;
UPDATE ogen.g SET dom = ogen.fold(split_part(nm, ' ', 1) || split_part(nm, ' ', 2)) || '.example';

-- purchasing contacts write from their company's domain.
UPDATE ogen.p p SET email = ogen.fold(p.first) || CASE WHEN p.i % 3 = 0 THEN '' ELSE '.' || ogen.fold(p.last) END || '@' || gg.dom
FROM ogen.g gg WHERE p.i > 1360 AND gg.g = 1 + (p.i - 1361) % 50;
UPDATE ogen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM ogen.p) d WHERE d.i = p.i AND d.rn > 1;
-- logins: staff by initial and surname; customers since 2021 by email
-- (use_primary_email_username), earlier ones by a handle they chose; every
-- eleventh customer ordered by phone or as a guest and has none.
UPDATE ogen.p SET login = CASE WHEN staff THEN left(ogen.fold(first), 1) || ogen.fold(last)
    WHEN i % 11 = 0 THEN NULL
    WHEN i % 3 = 0 THEN CASE fixture_gen.n('ohdl', i, 6) WHEN 0 THEN ogen.fold(first) || '_' || left(ogen.fold(last), 1) || (i % 97)::text
        WHEN 1 THEN ogen.fold(first) || ogen.fold(last) WHEN 2 THEN fixture_gen.pick(ARRAY['cookwith', 'bakingwith', 'kitchen', 'chef', 'spiceby'], 'ohp', i) || ogen.fold(first)
        WHEN 3 THEN left(ogen.fold(first), 1) || ogen.fold(last) || (1960 + i % 45)::text WHEN 4 THEN ogen.fold(last) || '.' || ogen.fold(first) ELSE ogen.fold(first) || '.' || left(ogen.fold(last), 3) END
    ELSE email END;
UPDATE ogen.p p SET login = p.login || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) AS rn FROM ogen.p WHERE login IS NOT NULL) d WHERE d.i = p.i AND d.rn > 1;



-- The entity engine's tables (a subset of OFBiz 18.12's entities and of
-- their fields; the two stamps it adds to every entity are kept).
CREATE TABLE PARTY_TYPE (PARTY_TYPE_ID VARCHAR(20) NOT NULL, PARENT_TYPE_ID VARCHAR(20), HAS_TABLE CHAR(1), DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_TYPE PRIMARY KEY (PARTY_TYPE_ID));
CREATE TABLE PARTY (PARTY_ID VARCHAR(20) NOT NULL, PARTY_TYPE_ID VARCHAR(20), EXTERNAL_ID VARCHAR(20), DESCRIPTION TEXT,
    STATUS_ID VARCHAR(20), CREATED_DATE TIMESTAMPTZ, CREATED_BY_USER_LOGIN VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY PRIMARY KEY (PARTY_ID));
CREATE TABLE PERSON (PARTY_ID VARCHAR(20) NOT NULL, SALUTATION VARCHAR(100), FIRST_NAME VARCHAR(100), MIDDLE_NAME VARCHAR(100), LAST_NAME VARCHAR(100),
    PERSONAL_TITLE VARCHAR(100), SUFFIX VARCHAR(100), NICKNAME VARCHAR(100), FIRST_NAME_LOCAL VARCHAR(100), LAST_NAME_LOCAL VARCHAR(100), MEMBER_ID VARCHAR(20),
    GENDER CHAR(1), BIRTH_DATE DATE, HEIGHT FLOAT8, WEIGHT FLOAT8, MOTHERS_MAIDEN_NAME VARCHAR(255), MARITAL_STATUS CHAR(1), SOCIAL_SECURITY_NUMBER VARCHAR(255),
    PASSPORT_NUMBER VARCHAR(255), PASSPORT_EXPIRE_DATE DATE, COMMENTS VARCHAR(255), OCCUPATION VARCHAR(100),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PERSON PRIMARY KEY (PARTY_ID));
CREATE TABLE PARTY_GROUP (PARTY_ID VARCHAR(20) NOT NULL, GROUP_NAME VARCHAR(100), GROUP_NAME_LOCAL VARCHAR(100), ANNUAL_REVENUE NUMERIC(18,2), NUM_EMPLOYEES NUMERIC(20,0),
    COMMENTS VARCHAR(255), LOGO_IMAGE_URL VARCHAR(2000),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_GROUP PRIMARY KEY (PARTY_ID));
CREATE TABLE PARTY_ROLE (PARTY_ID VARCHAR(20) NOT NULL, ROLE_TYPE_ID VARCHAR(20) NOT NULL,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_ROLE PRIMARY KEY (PARTY_ID, ROLE_TYPE_ID));
CREATE TABLE PARTY_RELATIONSHIP (PARTY_ID_FROM VARCHAR(20) NOT NULL, PARTY_ID_TO VARCHAR(20) NOT NULL, ROLE_TYPE_ID_FROM VARCHAR(20) NOT NULL, ROLE_TYPE_ID_TO VARCHAR(20) NOT NULL,
    FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ, PARTY_RELATIONSHIP_TYPE_ID VARCHAR(20), POSITION_TITLE VARCHAR(100), COMMENTS VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_RELATIONSHIP PRIMARY KEY (PARTY_ID_FROM, PARTY_ID_TO, ROLE_TYPE_ID_FROM, ROLE_TYPE_ID_TO, FROM_DATE));
CREATE TABLE CONTACT_MECH (CONTACT_MECH_ID VARCHAR(20) NOT NULL, CONTACT_MECH_TYPE_ID VARCHAR(20), INFO_STRING VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_CONTACT_MECH PRIMARY KEY (CONTACT_MECH_ID));
CREATE TABLE CONTACT_MECH_PURPOSE_TYPE (CONTACT_MECH_PURPOSE_TYPE_ID VARCHAR(20) NOT NULL, DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_CONTACT_MECH_PURPOSE_TYPE PRIMARY KEY (CONTACT_MECH_PURPOSE_TYPE_ID));
CREATE TABLE PARTY_CONTACT_MECH (PARTY_ID VARCHAR(20) NOT NULL, CONTACT_MECH_ID VARCHAR(20) NOT NULL, FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ,
    ALLOW_SOLICITATION CHAR(1), EXTENSION VARCHAR(255), VERIFIED CHAR(1), COMMENTS VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_CONTACT_MECH PRIMARY KEY (PARTY_ID, CONTACT_MECH_ID, FROM_DATE));
CREATE TABLE PARTY_CONTACT_MECH_PURPOSE (PARTY_ID VARCHAR(20) NOT NULL, CONTACT_MECH_ID VARCHAR(20) NOT NULL, CONTACT_MECH_PURPOSE_TYPE_ID VARCHAR(20) NOT NULL,
    FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_CONTACT_MECH_PURPOSE PRIMARY KEY (PARTY_ID, CONTACT_MECH_ID, CONTACT_MECH_PURPOSE_TYPE_ID, FROM_DATE));
CREATE TABLE POSTAL_ADDRESS (CONTACT_MECH_ID VARCHAR(20) NOT NULL, TO_NAME VARCHAR(100), ATTN_NAME VARCHAR(100), ADDRESS1 VARCHAR(255), ADDRESS2 VARCHAR(255),
    HOUSE_NUMBER NUMERIC(20,0), HOUSE_NUMBER_EXT VARCHAR(60), DIRECTIONS VARCHAR(255), CITY VARCHAR(100), POSTAL_CODE VARCHAR(60), POSTAL_CODE_EXT VARCHAR(60),
    COUNTRY_GEO_ID VARCHAR(20), STATE_PROVINCE_GEO_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_POSTAL_ADDRESS PRIMARY KEY (CONTACT_MECH_ID));
CREATE TABLE TELECOM_NUMBER (CONTACT_MECH_ID VARCHAR(20) NOT NULL, COUNTRY_CODE VARCHAR(10), AREA_CODE VARCHAR(10), CONTACT_NUMBER VARCHAR(60), ASK_FOR_NAME VARCHAR(100),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_TELECOM_NUMBER PRIMARY KEY (CONTACT_MECH_ID));
CREATE TABLE USER_LOGIN (USER_LOGIN_ID VARCHAR(250) NOT NULL, CURRENT_PASSWORD VARCHAR(255), PASSWORD_HINT VARCHAR(255), IS_SYSTEM CHAR(1), ENABLED CHAR(1),
    REQUIRE_PASSWORD_CHANGE CHAR(1), LAST_LOCALE VARCHAR(10), LAST_TIME_ZONE VARCHAR(60), DISABLED_DATE_TIME TIMESTAMPTZ, SUCCESSIVE_FAILED_LOGINS NUMERIC(20,0),
    EXTERNAL_AUTH_ID VARCHAR(255), USER_LDAP_DN VARCHAR(255), DISABLED_BY VARCHAR(250), PARTY_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_USER_LOGIN PRIMARY KEY (USER_LOGIN_ID));
CREATE TABLE USER_LOGIN_HISTORY (USER_LOGIN_ID VARCHAR(250) NOT NULL, VISIT_ID VARCHAR(20), FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ, PASSWORD_USED VARCHAR(255),
    PARTY_ID VARCHAR(20), SUCCESSFUL_LOGIN CHAR(1), ORIGIN_USER_LOGIN_ID VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_USER_LOGIN_HISTORY PRIMARY KEY (USER_LOGIN_ID, FROM_DATE));
CREATE TABLE USER_LOGIN_PASSWORD_HISTORY (USER_LOGIN_ID VARCHAR(250) NOT NULL, FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ, CURRENT_PASSWORD VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_USER_LOGIN_PASSWORD_HISTORY PRIMARY KEY (USER_LOGIN_ID, FROM_DATE));
CREATE TABLE SECURITY_GROUP (GROUP_ID VARCHAR(20) NOT NULL, GROUP_NAME VARCHAR(255), DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_SECURITY_GROUP PRIMARY KEY (GROUP_ID));
CREATE TABLE USER_LOGIN_SECURITY_GROUP (USER_LOGIN_ID VARCHAR(250) NOT NULL, GROUP_ID VARCHAR(20) NOT NULL, FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_USER_LOGIN_SECURITY_GROUP PRIMARY KEY (USER_LOGIN_ID, GROUP_ID, FROM_DATE));
CREATE TABLE PRODUCT_CATEGORY (PRODUCT_CATEGORY_ID VARCHAR(20) NOT NULL, PRODUCT_CATEGORY_TYPE_ID VARCHAR(20), PRIMARY_PARENT_CATEGORY_ID VARCHAR(20), CATEGORY_NAME VARCHAR(100),
    DESCRIPTION VARCHAR(255), LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PRODUCT_CATEGORY PRIMARY KEY (PRODUCT_CATEGORY_ID));
CREATE TABLE PRODUCT (PRODUCT_ID VARCHAR(20) NOT NULL, PRODUCT_TYPE_ID VARCHAR(20), PRIMARY_PRODUCT_CATEGORY_ID VARCHAR(20), INTERNAL_NAME VARCHAR(255), BRAND_NAME VARCHAR(100),
    COMMENTS VARCHAR(255), PRODUCT_NAME VARCHAR(100), DESCRIPTION VARCHAR(255), LONG_DESCRIPTION TEXT, SMALL_IMAGE_URL VARCHAR(2000), PRODUCT_WEIGHT NUMERIC(18,6),
    CREATED_BY_USER_LOGIN VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PRODUCT PRIMARY KEY (PRODUCT_ID));
CREATE TABLE PRODUCT_PRICE (PRODUCT_ID VARCHAR(20) NOT NULL, PRODUCT_PRICE_TYPE_ID VARCHAR(20) NOT NULL, CURRENCY_UOM_ID VARCHAR(20) NOT NULL, FROM_DATE TIMESTAMPTZ NOT NULL,
    THRU_DATE TIMESTAMPTZ, PRICE NUMERIC(18,3), CREATED_BY_USER_LOGIN VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PRODUCT_PRICE PRIMARY KEY (PRODUCT_ID, PRODUCT_PRICE_TYPE_ID, CURRENCY_UOM_ID, FROM_DATE));
CREATE TABLE PRODUCT_REVIEW (PRODUCT_REVIEW_ID VARCHAR(20) NOT NULL, PRODUCT_STORE_ID VARCHAR(20), PRODUCT_ID VARCHAR(20), USER_LOGIN_ID VARCHAR(250), POSTED_DATE_TIME TIMESTAMPTZ,
    STATUS_ID VARCHAR(20), PRODUCT_RATING NUMERIC(18,6), PRODUCT_REVIEW TEXT,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PRODUCT_REVIEW PRIMARY KEY (PRODUCT_REVIEW_ID));
CREATE TABLE ORDER_HEADER (ORDER_ID VARCHAR(20) NOT NULL, ORDER_TYPE_ID VARCHAR(20), ORDER_NAME VARCHAR(100), EXTERNAL_ID VARCHAR(20), SALES_CHANNEL_ENUM_ID VARCHAR(20),
    ORDER_DATE TIMESTAMPTZ, VISIT_ID VARCHAR(20), STATUS_ID VARCHAR(20), CREATED_BY VARCHAR(250), WEB_SITE_ID VARCHAR(20), PRODUCT_STORE_ID VARCHAR(20),
    GRAND_TOTAL NUMERIC(18,2),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ORDER_HEADER PRIMARY KEY (ORDER_ID));
CREATE TABLE ORDER_ITEM (ORDER_ID VARCHAR(20) NOT NULL, ORDER_ITEM_SEQ_ID VARCHAR(20) NOT NULL, PRODUCT_ID VARCHAR(20), QUANTITY NUMERIC(18,6),
    UNIT_PRICE NUMERIC(18,3), ITEM_DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), STATUS_ID VARCHAR(20), CHANGE_BY_USER_LOGIN_ID VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ORDER_ITEM PRIMARY KEY (ORDER_ID, ORDER_ITEM_SEQ_ID));
CREATE TABLE ORDER_ITEM_SHIP_GROUP (ORDER_ID VARCHAR(20) NOT NULL, SHIP_GROUP_SEQ_ID VARCHAR(20) NOT NULL, SHIPMENT_METHOD_TYPE_ID VARCHAR(20), CARRIER_PARTY_ID VARCHAR(20),
    CONTACT_MECH_ID VARCHAR(20), TELECOM_CONTACT_MECH_ID VARCHAR(20), TRACKING_NUMBER VARCHAR(60), SHIPPING_INSTRUCTIONS VARCHAR(255), GIFT_MESSAGE VARCHAR(255), IS_GIFT CHAR(1),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ORDER_ITEM_SHIP_GROUP PRIMARY KEY (ORDER_ID, SHIP_GROUP_SEQ_ID));
CREATE TABLE ORDER_CONTACT_MECH (ORDER_ID VARCHAR(20) NOT NULL, CONTACT_MECH_PURPOSE_TYPE_ID VARCHAR(20) NOT NULL, CONTACT_MECH_ID VARCHAR(20) NOT NULL,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ORDER_CONTACT_MECH PRIMARY KEY (ORDER_ID, CONTACT_MECH_PURPOSE_TYPE_ID, CONTACT_MECH_ID));
CREATE TABLE ORDER_ROLE (ORDER_ID VARCHAR(20) NOT NULL, PARTY_ID VARCHAR(20) NOT NULL, ROLE_TYPE_ID VARCHAR(20) NOT NULL,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ORDER_ROLE PRIMARY KEY (ORDER_ID, PARTY_ID, ROLE_TYPE_ID));
CREATE TABLE PAYMENT_METHOD (PAYMENT_METHOD_ID VARCHAR(20) NOT NULL, PAYMENT_METHOD_TYPE_ID VARCHAR(20), PARTY_ID VARCHAR(20), DESCRIPTION VARCHAR(255), FROM_DATE TIMESTAMPTZ, THRU_DATE TIMESTAMPTZ,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PAYMENT_METHOD PRIMARY KEY (PAYMENT_METHOD_ID));
CREATE TABLE CREDIT_CARD (PAYMENT_METHOD_ID VARCHAR(20) NOT NULL, CARD_TYPE VARCHAR(60), CARD_NUMBER VARCHAR(255), VALID_FROM_DATE VARCHAR(7), EXPIRE_DATE VARCHAR(7), ISSUE_NUMBER VARCHAR(10),
    COMPANY_NAME_ON_CARD VARCHAR(100), TITLE_ON_CARD VARCHAR(100), FIRST_NAME_ON_CARD VARCHAR(100), LAST_NAME_ON_CARD VARCHAR(100), CONTACT_MECH_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_CREDIT_CARD PRIMARY KEY (PAYMENT_METHOD_ID));
CREATE TABLE EFT_ACCOUNT (PAYMENT_METHOD_ID VARCHAR(20) NOT NULL, BANK_NAME VARCHAR(100), ROUTING_NUMBER VARCHAR(60), ACCOUNT_TYPE VARCHAR(100), ACCOUNT_NUMBER VARCHAR(255),
    NAME_ON_ACCOUNT VARCHAR(100), COMPANY_NAME_ON_ACCOUNT VARCHAR(100), CONTACT_MECH_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_EFT_ACCOUNT PRIMARY KEY (PAYMENT_METHOD_ID));
CREATE TABLE GIFT_CARD (PAYMENT_METHOD_ID VARCHAR(20) NOT NULL, CARD_NUMBER VARCHAR(255), PIN_NUMBER VARCHAR(255), EXPIRE_DATE VARCHAR(7), CONTACT_MECH_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_GIFT_CARD PRIMARY KEY (PAYMENT_METHOD_ID));
CREATE TABLE ORDER_PAYMENT_PREFERENCE (ORDER_PAYMENT_PREFERENCE_ID VARCHAR(20) NOT NULL, ORDER_ID VARCHAR(20), PAYMENT_METHOD_TYPE_ID VARCHAR(20), PAYMENT_METHOD_ID VARCHAR(20),
    SECURITY_CODE VARCHAR(60), TRACK2 VARCHAR(255), MAX_AMOUNT NUMERIC(18,2), BILLING_POSTAL_CODE VARCHAR(60), MANUAL_AUTH_CODE VARCHAR(60), MANUAL_REF_NUM VARCHAR(60),
    STATUS_ID VARCHAR(20), CREATED_DATE TIMESTAMPTZ, CREATED_BY_USER_LOGIN VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ORDER_PAYMENT_PREFERENCE PRIMARY KEY (ORDER_PAYMENT_PREFERENCE_ID));
CREATE TABLE PAYMENT_GATEWAY_RESPONSE (PAYMENT_GATEWAY_RESPONSE_ID VARCHAR(20) NOT NULL, PAYMENT_SERVICE_TYPE_ENUM_ID VARCHAR(20), ORDER_PAYMENT_PREFERENCE_ID VARCHAR(20),
    PAYMENT_METHOD_ID VARCHAR(20), TRANS_CODE_ENUM_ID VARCHAR(20), AMOUNT NUMERIC(18,2), REFERENCE_NUM VARCHAR(255), GATEWAY_CODE VARCHAR(60), GATEWAY_AVS_RESULT VARCHAR(60),
    GATEWAY_CV_RESULT VARCHAR(60), GATEWAY_MESSAGE VARCHAR(255), TRANSACTION_DATE TIMESTAMPTZ, RESULT_DECLINED CHAR(1), RESULT_NSF CHAR(1), RESULT_BAD_EXPIRE CHAR(1),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PAYMENT_GATEWAY_RESPONSE PRIMARY KEY (PAYMENT_GATEWAY_RESPONSE_ID));
CREATE TABLE PAYMENT (PAYMENT_ID VARCHAR(20) NOT NULL, PAYMENT_TYPE_ID VARCHAR(20), PAYMENT_METHOD_ID VARCHAR(20), PAYMENT_GATEWAY_RESPONSE_ID VARCHAR(20), PARTY_ID_FROM VARCHAR(20),
    PARTY_ID_TO VARCHAR(20), STATUS_ID VARCHAR(20), EFFECTIVE_DATE TIMESTAMPTZ, PAYMENT_REF_NUM VARCHAR(60), AMOUNT NUMERIC(18,2), COMMENTS VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PAYMENT PRIMARY KEY (PAYMENT_ID));
CREATE TABLE INVOICE (INVOICE_ID VARCHAR(20) NOT NULL, INVOICE_TYPE_ID VARCHAR(20), PARTY_ID_FROM VARCHAR(20), PARTY_ID VARCHAR(20), STATUS_ID VARCHAR(20), CONTACT_MECH_ID VARCHAR(20),
    INVOICE_DATE TIMESTAMPTZ, DUE_DATE TIMESTAMPTZ, INVOICE_MESSAGE VARCHAR(255), REFERENCE_NUMBER VARCHAR(255), DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_INVOICE PRIMARY KEY (INVOICE_ID));
CREATE TABLE INVOICE_ITEM (INVOICE_ID VARCHAR(20) NOT NULL, INVOICE_ITEM_SEQ_ID VARCHAR(20) NOT NULL, INVOICE_ITEM_TYPE_ID VARCHAR(20), PRODUCT_ID VARCHAR(20), QUANTITY NUMERIC(18,6),
    AMOUNT NUMERIC(18,3), DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_INVOICE_ITEM PRIMARY KEY (INVOICE_ID, INVOICE_ITEM_SEQ_ID));
CREATE TABLE SHIPMENT (SHIPMENT_ID VARCHAR(20) NOT NULL, SHIPMENT_TYPE_ID VARCHAR(20), STATUS_ID VARCHAR(20), PRIMARY_ORDER_ID VARCHAR(20), ESTIMATED_ARRIVAL_DATE TIMESTAMPTZ,
    HANDLING_INSTRUCTIONS VARCHAR(255), DESTINATION_CONTACT_MECH_ID VARCHAR(20), PARTY_ID_TO VARCHAR(20), PARTY_ID_FROM VARCHAR(20), CREATED_BY_USER_LOGIN VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_SHIPMENT PRIMARY KEY (SHIPMENT_ID));
CREATE TABLE SHIPMENT_PACKAGE (SHIPMENT_ID VARCHAR(20) NOT NULL, SHIPMENT_PACKAGE_SEQ_ID VARCHAR(20) NOT NULL, DATE_CREATED TIMESTAMPTZ,
    WEIGHT NUMERIC(18,6), INSURED_VALUE NUMERIC(18,2),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_SHIPMENT_PACKAGE PRIMARY KEY (SHIPMENT_ID, SHIPMENT_PACKAGE_SEQ_ID));
CREATE TABLE COMMUNICATION_EVENT (COMMUNICATION_EVENT_ID VARCHAR(20) NOT NULL, COMMUNICATION_EVENT_TYPE_ID VARCHAR(20), STATUS_ID VARCHAR(20), CONTACT_MECH_ID_FROM VARCHAR(20),
    CONTACT_MECH_ID_TO VARCHAR(20), PARTY_ID_FROM VARCHAR(20), PARTY_ID_TO VARCHAR(20), DATETIME_STARTED TIMESTAMPTZ,
    SUBJECT VARCHAR(255), CONTENT_MIME_TYPE_ID VARCHAR(60), CONTENT TEXT, NOTE TEXT, HEADER_STRING TEXT, FROM_STRING TEXT, TO_STRING TEXT, CC_STRING TEXT, BCC_STRING TEXT,
    MESSAGE_ID VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_COMMUNICATION_EVENT PRIMARY KEY (COMMUNICATION_EVENT_ID));
CREATE TABLE NOTE_DATA (NOTE_ID VARCHAR(20) NOT NULL, NOTE_NAME VARCHAR(100), NOTE_INFO TEXT, NOTE_DATE_TIME TIMESTAMPTZ, NOTE_PARTY VARCHAR(20), MORE_INFO_URL VARCHAR(2000),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_NOTE_DATA PRIMARY KEY (NOTE_ID));
CREATE TABLE PARTY_NOTE (PARTY_ID VARCHAR(20) NOT NULL, NOTE_ID VARCHAR(20) NOT NULL,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_NOTE PRIMARY KEY (PARTY_ID, NOTE_ID));
CREATE TABLE PARTY_IDENTIFICATION (PARTY_ID VARCHAR(20) NOT NULL, PARTY_IDENTIFICATION_TYPE_ID VARCHAR(20) NOT NULL, ID_VALUE VARCHAR(60),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_IDENTIFICATION PRIMARY KEY (PARTY_ID, PARTY_IDENTIFICATION_TYPE_ID));
CREATE TABLE PARTY_ATTRIBUTE (PARTY_ID VARCHAR(20) NOT NULL, ATTR_NAME VARCHAR(60) NOT NULL, ATTR_VALUE VARCHAR(255), ATTR_DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_ATTRIBUTE PRIMARY KEY (PARTY_ID, ATTR_NAME));
CREATE TABLE EMPLOYMENT (ROLE_TYPE_ID_FROM VARCHAR(20) NOT NULL, ROLE_TYPE_ID_TO VARCHAR(20) NOT NULL, PARTY_ID_FROM VARCHAR(20) NOT NULL, PARTY_ID_TO VARCHAR(20) NOT NULL,
    FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ, TERMINATION_REASON_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_EMPLOYMENT PRIMARY KEY (ROLE_TYPE_ID_FROM, ROLE_TYPE_ID_TO, PARTY_ID_FROM, PARTY_ID_TO, FROM_DATE));
CREATE TABLE EMPL_POSITION (EMPL_POSITION_ID VARCHAR(20) NOT NULL, STATUS_ID VARCHAR(20), PARTY_ID VARCHAR(20), EMPL_POSITION_TYPE_ID VARCHAR(20), FULLTIME_FLAG CHAR(1),
    ACTUAL_FROM_DATE TIMESTAMPTZ, ACTUAL_THRU_DATE TIMESTAMPTZ,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_EMPL_POSITION PRIMARY KEY (EMPL_POSITION_ID));
CREATE TABLE PERSON_TRAINING (PARTY_ID VARCHAR(20) NOT NULL, TRAINING_CLASS_TYPE_ID VARCHAR(20), FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ, APPROVER_ID VARCHAR(20),
    APPROVAL_STATUS VARCHAR(60), REASON VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PERSON_TRAINING PRIMARY KEY (PARTY_ID, FROM_DATE));
CREATE TABLE PARTY_QUAL (PARTY_ID VARCHAR(20) NOT NULL, PARTY_QUAL_TYPE_ID VARCHAR(20) NOT NULL, QUALIFICATION_DESC VARCHAR(255), TITLE VARCHAR(255), STATUS_ID VARCHAR(20),
    FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_QUAL PRIMARY KEY (PARTY_ID, PARTY_QUAL_TYPE_ID, FROM_DATE));
CREATE TABLE PARTY_RESUME (RESUME_ID VARCHAR(20) NOT NULL, PARTY_ID VARCHAR(20), CONTENT_ID VARCHAR(20), RESUME_DATE TIMESTAMPTZ, RESUME_TEXT TEXT,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PARTY_RESUME PRIMARY KEY (RESUME_ID));
CREATE TABLE VISITOR (VISITOR_ID VARCHAR(20) NOT NULL, USER_LOGIN_ID VARCHAR(250), PARTY_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_VISITOR PRIMARY KEY (VISITOR_ID));
CREATE TABLE VISIT (VISIT_ID VARCHAR(20) NOT NULL, VISITOR_ID VARCHAR(20), USER_LOGIN_ID VARCHAR(250), PARTY_ID VARCHAR(20), WEBAPP_NAME VARCHAR(60), SERVER_IP_ADDRESS VARCHAR(60),
    SESSION_ID VARCHAR(60), INITIAL_REQUEST VARCHAR(2000), INITIAL_REFERRER VARCHAR(2000), INITIAL_USER_AGENT VARCHAR(255), CLIENT_IP_ADDRESS VARCHAR(60),
    CLIENT_HOST_NAME VARCHAR(255), CLIENT_USER VARCHAR(255), CLIENT_IP_COUNTRY_GEO_ID VARCHAR(20), FROM_DATE TIMESTAMPTZ NOT NULL, THRU_DATE TIMESTAMPTZ,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_VISIT PRIMARY KEY (VISIT_ID));
CREATE TABLE SERVER_HIT (VISIT_ID VARCHAR(20) NOT NULL, CONTENT_ID VARCHAR(250) NOT NULL, HIT_START_DATE_TIME TIMESTAMPTZ NOT NULL, HIT_TYPE_ID VARCHAR(20) NOT NULL,
    RUNNING_TIME_MILLIS NUMERIC(20,0), USER_LOGIN_ID VARCHAR(250), STATUS_ID VARCHAR(20), REQUEST_URL VARCHAR(2000), REFERRER_URL VARCHAR(2000), SERVER_IP_ADDRESS VARCHAR(60),
    PARTY_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_SERVER_HIT PRIMARY KEY (VISIT_ID, CONTENT_ID, HIT_START_DATE_TIME, HIT_TYPE_ID));
CREATE TABLE PRODUCT_STORE (PRODUCT_STORE_ID VARCHAR(20) NOT NULL, STORE_NAME VARCHAR(100), COMPANY_NAME VARCHAR(100), TITLE VARCHAR(255), ORDER_NUMBER_PREFIX VARCHAR(60),
    DEFAULT_LOCALE_STRING VARCHAR(10), DEFAULT_CURRENCY_UOM_ID VARCHAR(20), DEFAULT_TIME_ZONE_STRING VARCHAR(60), ALLOW_PASSWORD CHAR(1), DEFAULT_PASSWORD VARCHAR(255),
    AUTH_DECLINED_MESSAGE VARCHAR(255), AUTH_FRAUD_MESSAGE VARCHAR(255), USE_PRIMARY_EMAIL_USERNAME CHAR(1), SHOW_PRICES_WITH_VAT_TAX CHAR(1),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PRODUCT_STORE PRIMARY KEY (PRODUCT_STORE_ID));
CREATE TABLE PRODUCT_STORE_PAYMENT_SETTING (PRODUCT_STORE_ID VARCHAR(20) NOT NULL, PAYMENT_METHOD_TYPE_ID VARCHAR(20) NOT NULL, PAYMENT_SERVICE_TYPE_ENUM_ID VARCHAR(20) NOT NULL,
    PAYMENT_SERVICE VARCHAR(255), PAYMENT_GATEWAY_CONFIG_ID VARCHAR(20), PAYMENT_PROPERTIES_PATH VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PRODUCT_STORE_PAYMENT_SETTING PRIMARY KEY (PRODUCT_STORE_ID, PAYMENT_METHOD_TYPE_ID, PAYMENT_SERVICE_TYPE_ENUM_ID));
CREATE TABLE PAYMENT_GATEWAY_AUTHORIZE_NET (PAYMENT_GATEWAY_CONFIG_ID VARCHAR(20) NOT NULL, TRANSACTION_URL VARCHAR(255), API_VERSION VARCHAR(255), DELIMITER_CHAR VARCHAR(255),
    EMAIL_CUSTOMER CHAR(1), EMAIL_MERCHANT CHAR(1), TEST_MODE CHAR(1), TRAN_KEY VARCHAR(255), USER_ID VARCHAR(255), PWD VARCHAR(255), TRANS_DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PAYMENT_GATEWAY_AUTHORIZE_NET PRIMARY KEY (PAYMENT_GATEWAY_CONFIG_ID));
CREATE TABLE PAYMENT_GATEWAY_PAY_PAL (PAYMENT_GATEWAY_CONFIG_ID VARCHAR(20) NOT NULL, BUSINESS_EMAIL VARCHAR(320), API_USER_NAME VARCHAR(255), API_PASSWORD VARCHAR(255),
    API_SIGNATURE VARCHAR(255), API_ENVIRONMENT VARCHAR(255), NOTIFY_URL VARCHAR(2000), RETURN_URL VARCHAR(2000), CANCEL_RETURN_URL VARCHAR(2000),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_PAYMENT_GATEWAY_PAY_PAL PRIMARY KEY (PAYMENT_GATEWAY_CONFIG_ID));
CREATE TABLE SYSTEM_PROPERTY (SYSTEM_RESOURCE_ID VARCHAR(60) NOT NULL, SYSTEM_PROPERTY_ID VARCHAR(60) NOT NULL, SYSTEM_PROPERTY_VALUE VARCHAR(255), DESCRIPTION VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_SYSTEM_PROPERTY PRIMARY KEY (SYSTEM_RESOURCE_ID, SYSTEM_PROPERTY_ID));
CREATE TABLE ENTITY_KEY_STORE (KEY_NAME VARCHAR(60) NOT NULL, KEY_TEXT VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ENTITY_KEY_STORE PRIMARY KEY (KEY_NAME));
CREATE TABLE RUNTIME_DATA (RUNTIME_DATA_ID VARCHAR(20) NOT NULL, RUNTIME_INFO TEXT,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_RUNTIME_DATA PRIMARY KEY (RUNTIME_DATA_ID));
CREATE TABLE JOB_SANDBOX (JOB_ID VARCHAR(20) NOT NULL, JOB_NAME VARCHAR(100), RUN_TIME TIMESTAMPTZ, STATUS_ID VARCHAR(20), SERVICE_NAME VARCHAR(255), AUTH_USER_LOGIN_ID VARCHAR(250),
    RUN_AS_USER VARCHAR(250), RUNTIME_DATA_ID VARCHAR(20), START_DATE_TIME TIMESTAMPTZ, FINISH_DATE_TIME TIMESTAMPTZ, JOB_RESULT VARCHAR(255),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_JOB_SANDBOX PRIMARY KEY (JOB_ID));
CREATE TABLE WEB_SITE (WEB_SITE_ID VARCHAR(20) NOT NULL, SITE_NAME VARCHAR(100), HTTP_HOST VARCHAR(255), HTTPS_HOST VARCHAR(255),
    STANDARD_CONTENT_PREFIX VARCHAR(255), COOKIE_DOMAIN VARCHAR(255), PRODUCT_STORE_ID VARCHAR(20),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_WEB_SITE PRIMARY KEY (WEB_SITE_ID));
CREATE TABLE DATA_RESOURCE (DATA_RESOURCE_ID VARCHAR(20) NOT NULL, DATA_RESOURCE_TYPE_ID VARCHAR(20), DATA_RESOURCE_NAME VARCHAR(255), MIME_TYPE_ID VARCHAR(60),
    OBJECT_INFO VARCHAR(255), CREATED_DATE TIMESTAMPTZ, CREATED_BY_USER_LOGIN VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_DATA_RESOURCE PRIMARY KEY (DATA_RESOURCE_ID));
CREATE TABLE ELECTRONIC_TEXT (DATA_RESOURCE_ID VARCHAR(20) NOT NULL, TEXT_DATA TEXT,
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_ELECTRONIC_TEXT PRIMARY KEY (DATA_RESOURCE_ID));
CREATE TABLE CONTENT (CONTENT_ID VARCHAR(20) NOT NULL, CONTENT_TYPE_ID VARCHAR(20), DATA_RESOURCE_ID VARCHAR(20), STATUS_ID VARCHAR(20), CONTENT_NAME VARCHAR(100),
    DESCRIPTION VARCHAR(255), MIME_TYPE_ID VARCHAR(60), CREATED_DATE TIMESTAMPTZ, CREATED_BY_USER_LOGIN VARCHAR(250),
    LAST_UPDATED_STAMP TIMESTAMPTZ, CREATED_TX_STAMP TIMESTAMPTZ, CONSTRAINT PK_CONTENT PRIMARY KEY (CONTENT_ID));

-- When each party was created: staff before go-live (November 2020), the
-- customers imported from the old Magento shop on 9 January 2021, then
-- sign-ups until the end of 2024.
ALTER TABLE ogen.p ADD COLUMN created timestamptz, ADD COLUMN creator text;
UPDATE ogen.p SET created = CASE WHEN staff THEN timestamptz '2020-11-16 09:12:40.118+00' + make_interval(mins => i * 37)
                                 WHEN i <= 460 THEN timestamptz '2021-01-09 02:14:05.000+00' + make_interval(secs => i * 0.871)
                                 ELSE ogen.ts('ocr', i) END;
-- Staff: 1-22 warehouse, 23-30 customer service, 31-36 office, 37-40
-- managers (Columbus); 41-48 the Leeds office; 49-55 developers in Pune;
-- 56-57 sales in Berlin; 58-60 IT, analytics and HR, remote.
UPDATE ogen.p p SET creator = CASE WHEN p.staff THEN 'admin' WHEN p.i <= 460 THEN 'system'
    WHEN p.i > 1360 THEN (SELECT s.login FROM ogen.p s WHERE s.i = 56 + p.i % 2)
    WHEN p.login IS NULL THEN (SELECT s.login FROM ogen.p s WHERE s.i = 23 + p.i % 8) ELSE p.login END;

INSERT INTO PARTY_TYPE VALUES
 ('AUTOMATED_AGENT', NULL, 'N', 'Automated Agent', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PERSON', NULL, 'Y', 'Person', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PARTY_GROUP', NULL, 'Y', 'Party Group', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('INFORMAL_GROUP', 'PARTY_GROUP', 'N', 'Informal Group', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('FAMILY', 'INFORMAL_GROUP', 'N', 'Family', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('TEAM', 'INFORMAL_GROUP', 'N', 'Team', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('LEGAL_ORGANIZATION', 'PARTY_GROUP', 'N', 'Legal Organization', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('CORPORATION', 'LEGAL_ORGANIZATION', 'N', 'Corporation', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('GOVERNMENT_AGENCY', 'LEGAL_ORGANIZATION', 'N', 'Government Agency', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00');

INSERT INTO PARTY (PARTY_ID, PARTY_TYPE_ID, STATUS_ID, CREATED_DATE, CREATED_BY_USER_LOGIN, LAST_UPDATED_STAMP, CREATED_TX_STAMP) VALUES
 ('admin', 'PERSON', 'PARTY_ENABLED', '2020-11-02 14:03:12.552+00', NULL, '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('Company', 'PARTY_GROUP', 'PARTY_ENABLED', '2020-11-02 14:05:40.001+00', 'admin', '2023-03-14 10:22:09.731+00', '2020-11-02 14:05:40.001+00'),
 ('UPS', 'PARTY_GROUP', NULL, '2020-11-02 14:03:15.870+00', NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('FEDEX', 'PARTY_GROUP', NULL, '2020-11-02 14:03:15.870+00', NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('DHL', 'PARTY_GROUP', NULL, '2020-11-02 14:03:15.870+00', NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('USPS', 'PARTY_GROUP', NULL, '2020-11-02 14:03:15.870+00', NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00');
INSERT INTO PARTY (PARTY_ID, PARTY_TYPE_ID, EXTERNAL_ID, DESCRIPTION, STATUS_ID, CREATED_DATE, CREATED_BY_USER_LOGIN, LAST_UPDATED_STAMP, CREATED_TX_STAMP)
SELECT pid, 'PERSON', CASE WHEN i > 60 AND i <= 460 THEN 'M2-' || lpad((1000 + i * 3)::text, 6, '0') END,
       CASE WHEN i % 97 = 0 THEN 'Merged into ' || (10000 + i - 1)::text || ' (duplicate account)' END,
       CASE WHEN i % 97 = 0 THEN 'PARTY_DISABLED' ELSE 'PARTY_ENABLED' END, created, creator,
       least(created + make_interval(days => fixture_gen.n('opu', i, 400)), timestamptz '2025-02-14 23:00:00+00'), created
FROM ogen.p;
INSERT INTO PARTY (PARTY_ID, PARTY_TYPE_ID, EXTERNAL_ID, DESCRIPTION, STATUS_ID, CREATED_DATE, CREATED_BY_USER_LOGIN, LAST_UPDATED_STAMP, CREATED_TX_STAMP)
SELECT pid, 'PARTY_GROUP', NULL,
       CASE WHEN customer THEN fixture_gen.pick(ARRAY['Wholesale account, net 30 terms.', 'Trade account - 15% off list.', NULL, NULL], 'ogde', g) ELSE fixture_gen.pick(ARRAY['Supplier, PO by email.', 'Drop-ship supplier.', NULL], 'ogde', g) END,
       'PARTY_ENABLED', ogen.ts('ogcr', g), (SELECT s.login FROM ogen.p s WHERE s.i = CASE WHEN gg.g <= 34 THEN 56 + gg.g % 2 ELSE 33 END),
       ogen.ts('ogcr', g) + interval '30 days', ogen.ts('ogcr', g)
FROM ogen.g gg;

-- Persons: the seed administrator, staff and customers.
ALTER TABLE ogen.p ADD COLUMN title text;
UPDATE ogen.p SET title = CASE WHEN i <= 22 THEN CASE WHEN i IN (3, 11) THEN 'Shift Lead' WHEN i % 5 = 2 THEN 'Forklift Operator' ELSE 'Warehouse Associate' END
    WHEN i <= 29 THEN 'Customer Service Representative' WHEN i = 30 THEN 'Customer Service Team Lead'
    WHEN i <= 60 THEN (ARRAY['Accounts Payable Clerk', 'Staff Accountant', 'Purchasing Coordinator', 'Marketing Coordinator', 'Merchandiser', 'Office Administrator',
        'Operations Manager', 'Customer Service Manager', 'Chief Financial Officer', 'Founder & CEO',
        'EU Customer Service Advisor', 'EU Customer Service Advisor', 'EU Customer Service Advisor', 'EU Customer Service Advisor', 'EU Customer Service Advisor', 'EU Customer Service Advisor',
        'EU Marketing Manager', 'Office Manager (UK)', 'OFBiz Developer', 'OFBiz Developer', 'OFBiz Developer', 'OFBiz Developer', 'QA Engineer', 'OFBiz Developer', 'Tech Lead',
        'Key Account Manager DACH', 'Sales Representative', 'IT Systems Administrator', 'Data Analyst', 'HR Generalist'])[i - 30]
    WHEN i > 1360 THEN CASE WHEN (i - 1361) % 50 < 34 THEN fixture_gen.pick(ARRAY['Head Chef', 'Owner', 'Purchasing Manager', 'Sous Chef', 'General Manager', 'Accounts Payable', 'Executive Chef', 'Kitchen Manager'], 'ortt', i)
                        ELSE fixture_gen.pick(ARRAY['Sales Manager', 'Export Manager', 'Key Account Manager', 'Managing Director', 'Customer Service'], 'ortt', i) END END;

INSERT INTO PERSON (PARTY_ID, FIRST_NAME, LAST_NAME, LAST_UPDATED_STAMP, CREATED_TX_STAMP)
VALUES ('admin', 'THE', 'ADMINISTRATOR', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00');
INSERT INTO PERSON (PARTY_ID, SALUTATION, FIRST_NAME, MIDDLE_NAME, LAST_NAME, PERSONAL_TITLE, SUFFIX, NICKNAME, FIRST_NAME_LOCAL, LAST_NAME_LOCAL, MEMBER_ID, GENDER, BIRTH_DATE,
    HEIGHT, WEIGHT, MOTHERS_MAIDEN_NAME, MARITAL_STATUS, SOCIAL_SECURITY_NUMBER, PASSPORT_NUMBER, PASSPORT_EXPIRE_DATE, COMMENTS, OCCUPATION, LAST_UPDATED_STAMP, CREATED_TX_STAMP)
SELECT pid, salut, first, middle, last,
       CASE WHEN fixture_gen.n('ott', i, 100) < 3 THEN 'Dr.' WHEN fixture_gen.n('ott', i, 100) = 3 AND NOT staff THEN 'Prof.' WHEN fixture_gen.n('ott', i, 100) = 4 AND c IN (0, 1) THEN 'Rev.' END,
       CASE WHEN c IN (0, 1) AND fixture_gen.n('osuf', i, 100) < 5 THEN fixture_gen.pick(ARRAY['Jr.', 'Sr.', 'III', 'II', 'PhD', 'MD', 'Jr.'], 'osufv', i) END,
       nick,
       CASE WHEN first_l IS NOT NULL AND i % 10 < 7 THEN first_l END, CASE WHEN last_l IS NOT NULL AND i % 10 < 7 THEN last_l END,
       CASE WHEN NOT staff AND fixture_gen.n('omem', i, 10) < 4 THEN 'CL' || fixture_gen.digits('omem', i, 8) END,
       CASE WHEN staff OR fixture_gen.n('ogq', i, 10) < 6 THEN g END,
       birth,
       CASE WHEN i <= 22 THEN round((CASE WHEN g = 'F' THEN 152 ELSE 163 END + fixture_gen.n('ohgt', i, 28) + fixture_gen.n('ohgt2', i, 10) / 10.0)::numeric, 1)::float8 END,
       CASE WHEN i <= 22 THEN round((CASE WHEN g = 'F' THEN 50 ELSE 64 END + fixture_gen.n('owgt', i, 50) + fixture_gen.n('owgt2', i, 10) / 10.0)::numeric, 1)::float8 END,
       CASE WHEN staff OR fixture_gen.n('ommq', i, 100) < 4 THEN ogen.enc('omm', i, 6 + i % 8) END,
       CASE WHEN staff THEN fixture_gen.pick(ARRAY['S', 'M', 'M', 'S', 'D', 'M', 'W'], 'omar', i) WHEN fixture_gen.n('omarq', i, 100) < 3 THEN fixture_gen.pick(ARRAY['S', 'M'], 'omar', i) END,
       CASE WHEN staff THEN CASE c WHEN 0 THEN fixture_gen.ssn('ossn', i) WHEN 1 THEN fixture_gen.nino('onino', i) WHEN 4 THEN fixture_gen.pan('opan', i)
                                   ELSE (1 + fixture_gen.n('ostid', i, 9))::text || fixture_gen.digits('ostid', i, 10) END
            WHEN c = 0 AND i % 150 = 7 THEN replace(fixture_gen.ssn('ossn', i), '-', '') END,
       CASE WHEN (staff AND i % 3 = 0) OR (NOT staff AND c = 5 AND i % 40 = 3) THEN CASE c WHEN 0 THEN (5 + i % 2)::text || fixture_gen.digits('opass', i, 8)
                 WHEN 1 THEN '1' || fixture_gen.digits('opass', i, 8) WHEN 4 THEN fixture_gen.chars('opassl', i, 1, 'JKLMNPRSTUVWZ') || fixture_gen.digits('opass', i, 7)
                 WHEN 5 THEN 'T' || fixture_gen.chars('opassl', i, 1, 'KRSZ') || fixture_gen.digits('opass', i, 7)
                 ELSE 'C' || fixture_gen.chars('opass', i, 8, 'CFGHJKLMNPRTVWXYZ0123456789') END END,
       CASE WHEN (staff AND i % 3 = 0) OR (NOT staff AND c = 5 AND i % 40 = 3) THEN date '2025-02-01' + fixture_gen.n('opexp', i, 3200) END,
       CASE WHEN staff THEN CASE i % 9
              WHEN 0 THEN 'Emergency contact: ' || fixture_gen.first_name('oemc', i) || ' ' || last || ' (spouse) ' || '+' || cc || ' ' || coalesce(area, '') || ' ' || fixture_gen.digits('oemcn', i, 7)
              WHEN 2 THEN 'Forklift certified, renewal due ' || to_char(date '2025-01-01' + fixture_gen.n('ofrk', i, 300), 'Mon YYYY') || '.'
              WHEN 4 THEN 'Works Mon-Thu only (childcare).'
              WHEN 6 THEN 'Back from parental leave ' || to_char(date '2023-01-01' + fixture_gen.n('opl', i, 500), 'DD Mon YYYY') || '.' END
            WHEN fixture_gen.n('ocmq', i, 100) < 5 THEN fixture_gen.pick(ARRAY[
              'Prefers delivery after 5pm, works nights at the hospital.',
              'Called about a warped skillet in 2022, sent a replacement free of charge.',
              'Food blogger, sends us photos of our pans in use. Happy to be quoted.',
              'Hearing impaired - contact by email only, not phone.',
              'Husband ' || fixture_gen.first_name('ohus', i) || ' also orders on this account with the same card.',
              'Asked to be removed from the printed catalogue mailing list.',
              'Chargeback in 2023, ask for ID on orders over $300.',
              'Moved to ' || fixture_gen.city('omv', i) || ' in 2024, old address kept for the gift orders.',
              'Allergic to nickel, only stainless 18/0 or cast iron please.'], 'ocmv', i) END,
       CASE WHEN NOT staff AND fixture_gen.n('oocq', i, 100) < 18 THEN fixture_gen.pick(ARRAY['Chef', 'Teacher', 'Registered Nurse', 'Software Engineer', 'Retired', 'Student',
              'Accountant', 'Baker', 'Pharmacist', 'Graphic Designer', 'Restaurant Owner', 'Civil Engineer', 'Homemaker', 'Lawyer', 'Caterer'], 'oocv', i) END,
       least(created + make_interval(days => fixture_gen.n('opu', i, 400)), timestamptz '2025-02-14 23:00:00+00'), created
FROM ogen.p;

INSERT INTO PARTY_GROUP (PARTY_ID, GROUP_NAME, GROUP_NAME_LOCAL, ANNUAL_REVENUE, NUM_EMPLOYEES, COMMENTS, LOGO_IMAGE_URL, LAST_UPDATED_STAMP, CREATED_TX_STAMP) VALUES
 ('Company', 'Copperleaf Home & Kitchen Inc.', NULL, 14250000.00, 64, 'Delaware corporation, HQ and warehouse in Columbus OH, EU office in Leeds.', '/images/copperleaf/logo-header.png', '2023-03-14 10:22:09.731+00', '2020-11-02 14:05:40.001+00'),
 ('UPS', 'United Parcel Service', NULL, NULL, NULL, NULL, NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('FEDEX', 'Federal Express', NULL, NULL, NULL, NULL, NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('DHL', 'DHL Express', NULL, NULL, NULL, NULL, NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('USPS', 'United States Postal Service', NULL, NULL, NULL, NULL, NULL, '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00');
INSERT INTO PARTY_GROUP (PARTY_ID, GROUP_NAME, GROUP_NAME_LOCAL, ANNUAL_REVENUE, NUM_EMPLOYEES, COMMENTS, LOGO_IMAGE_URL, LAST_UPDATED_STAMP, CREATED_TX_STAMP)
SELECT pid, nm,
       CASE nm WHEN 'Izakaya Kenta K.K.' THEN '株式会社居酒屋けんた' WHEN 'Sakura Ramen Bar' THEN 'さくらラーメン' WHEN 'Kyoto Kaiseki Okumura' THEN '京懐石 奥村'
               WHEN 'Seki Hamono Works Co., Ltd.' THEN '関刃物工業株式会社' WHEN 'Kyushu Ceramics Co., Ltd.' THEN '九州セラミックス株式会社' END,
       CASE WHEN g % 3 = 0 THEN (200000 + fixture_gen.n('orev', g, 9000) * 1000)::numeric(18,2) END,
       CASE WHEN g % 2 = 0 THEN 4 + fixture_gen.n('oemp', g, 120) END,
       CASE WHEN g % 4 = 1 THEN fixture_gen.pick(ARRAY['Deliveries only Tue/Thu before 10am, kitchen is closed to deliveries during service.',
            'Invoices must quote their PO number or AP will reject them.', 'Pays by bank transfer, usually late. Chase after 35 days.',
            'Minimum order 200 units, lead time 6 weeks from PO.', 'Owner is also a private customer, keep the accounts separate.', 'Samples go to the Leeds office.'], 'ogcm', g) END,
       CASE WHEN g % 5 = 0 THEN '/images/partylogos/' || pid || '.png' END,
       ogen.ts('ogcr', g) + interval '30 days', ogen.ts('ogcr', g)
FROM ogen.g;

INSERT INTO PARTY_ROLE VALUES
 ('Company', 'INTERNAL_ORGANIZATIO', '2020-11-02 14:05:40.001+00', '2020-11-02 14:05:40.001+00'), ('Company', 'BILL_FROM_VENDOR', '2020-11-02 14:05:40.001+00', '2020-11-02 14:05:40.001+00'),
 ('Company', 'SHIP_FROM_VENDOR', '2020-11-02 14:05:40.001+00', '2020-11-02 14:05:40.001+00'), ('UPS', 'CARRIER', '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('FEDEX', 'CARRIER', '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'), ('DHL', 'CARRIER', '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00'),
 ('USPS', 'CARRIER', '2020-11-02 14:03:15.870+00', '2020-11-02 14:03:15.870+00');
INSERT INTO PARTY_ROLE SELECT pid, CASE WHEN staff THEN 'EMPLOYEE' ELSE 'CUSTOMER' END, created, created FROM ogen.p;
INSERT INTO PARTY_ROLE SELECT pid, 'CONTACT', created, created FROM ogen.p WHERE i > 1360;
INSERT INTO PARTY_ROLE SELECT pid, r, ogen.ts('ogcr', g), ogen.ts('ogcr', g) FROM ogen.g, unnest(CASE WHEN customer THEN ARRAY['CUSTOMER', 'ACCOUNT'] ELSE ARRAY['SUPPLIER'] END) r;

INSERT INTO PARTY_RELATIONSHIP
SELECT 'Company', pid, 'INTERNAL_ORGANIZATIO', 'EMPLOYEE', created, CASE WHEN i IN (9, 17, 27, 46) THEN created + make_interval(days => 300 + i * 11) END, 'EMPLOYMENT', title,
       CASE WHEN i IN (9, 17, 27, 46) THEN 'Left, see employment record.' WHEN i = 40 THEN 'Founder.' WHEN i BETWEEN 49 AND 55 THEN 'Contractor via Pune office, invoices monthly.' END,
       created, created
FROM ogen.p WHERE staff;
INSERT INTO PARTY_RELATIONSHIP
SELECT gg.pid, p.pid, CASE WHEN gg.customer THEN 'ACCOUNT' ELSE 'SUPPLIER' END, 'CONTACT', p.created, NULL, 'CONTACT_REL', p.title,
       CASE fixture_gen.n('orlc', p.i, 8) WHEN 0 THEN 'Main contact for reorders.' WHEN 1 THEN 'Only person who can approve POs over $2,000.'
            WHEN 2 THEN 'Prefers WhatsApp: +' || p.cc || ' ' || coalesce(p.tel_area || ' ', '') || p.tel_num WHEN 3 THEN 'Replaced ' || fixture_gen.full_name('orlo', p.i) || ' in 2023.' END,
       p.created, p.created
FROM ogen.p p JOIN ogen.g gg ON gg.g = 1 + (p.i - 1361) % 50 WHERE p.i > 1360;
INSERT INTO PARTY_RELATIONSHIP
SELECT 'Company', pid, 'INTERNAL_ORGANIZATIO', CASE WHEN customer THEN 'CUSTOMER' ELSE 'SUPPLIER' END, ogen.ts('ogcr', g), NULL, CASE WHEN customer THEN 'CUSTOMER_REL' ELSE 'SUPPLIER_REL' END, NULL, NULL,
       ogen.ts('ogcr', g), ogen.ts('ogcr', g)
FROM ogen.g;

-- Contact mechs. Persons: 1000000 + 10 * i + slot (0 email, 1 phone,
-- 2 home address, 3 second address, 4 desk phone or web address, 5 an
-- email replaced since); groups: 2000000 + 10 * g + slot; the company 9000-9005.
CREATE FUNCTION ogen.postcode(c int, pre text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c WHEN 0 THEN pre || lpad(fixture_gen.n(tag, i, 99)::text, 2, '0')
              WHEN 1 THEN pre || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
              WHEN 2 THEN pre || fixture_gen.digits(tag, i, 3)
              WHEN 3 THEN pre || lpad((1 + fixture_gen.n(tag, i, 20))::text, 2, '0')
              WHEN 5 THEN pre || '-' || fixture_gen.digits(tag, i, 4)
              ELSE pre || fixture_gen.digits(tag, i, 2) END
$$;

CREATE TABLE ogen.cm (cmid text PRIMARY KEY, pid text, i int, slot int, typ text, info text, purposes text[], from_date timestamptz, thru_date timestamptz,
    sol char(1), ext text, ver char(1), cmt text);
INSERT INTO ogen.cm
SELECT (1000000 + 10 * i)::text, pid, i, 0, 'EMAIL_ADDRESS', email, ARRAY['PRIMARY_EMAIL'], created, NULL,
       CASE WHEN staff THEN NULL WHEN i % 3 = 0 THEN 'N' ELSE 'Y' END, NULL, CASE WHEN i % 10 < 7 THEN 'Y' END,
       CASE WHEN i > 1360 AND i % 4 = 0 THEN 'Work email - no marketing mails.' END
FROM ogen.p WHERE i % 33 <> 0;
INSERT INTO ogen.cm
SELECT (1000000 + 10 * i + 5)::text, pid, i, 5, 'EMAIL_ADDRESS',
       ogen.fold(first) || ogen.fold(last) || fixture_gen.pick(ARRAY['', '1', '_old', '77'], 'oolde', i) || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'aol.com', 'yahoo.com', 'mail.com', 'live.com'], 'oold', i),
       ARRAY['PRIMARY_EMAIL'], created, created + make_interval(days => 20 + fixture_gen.n('oldt', i, 600)), 'N', NULL, NULL,
       fixture_gen.pick(ARRAY['Bounced, customer gave new address by phone.', NULL, 'Replaced by customer on My Account.'], 'oldc', i)
FROM ogen.p WHERE NOT staff AND i % 13 = 5;
INSERT INTO ogen.cm
SELECT (1000000 + 10 * i + 1)::text, pid, i, 1, 'TELECOM_NUMBER', NULL,
       CASE WHEN staff THEN ARRAY['PHONE_HOME'] WHEN tel_area IS NULL OR tel_area ~ '^(7|9|8|15|16|17|6)' OR c IN (4, 6) THEN ARRAY['PHONE_MOBILE', 'PRIMARY_PHONE'] ELSE ARRAY['PRIMARY_PHONE'] END,
       created, NULL, CASE WHEN NOT staff THEN CASE WHEN i % 4 = 0 THEN 'Y' ELSE 'N' END END, NULL, NULL,
       CASE fixture_gen.n('ophc', i, 40) WHEN 0 THEN 'Only after 6pm.' WHEN 1 THEN 'WhatsApp only, does not pick up calls.' WHEN 2 THEN 'Shared family phone.' WHEN 3 THEN 'Text before calling.' END
FROM ogen.p WHERE staff OR fixture_gen.n('ophq', i, 100) < 86;
INSERT INTO ogen.cm
SELECT (1000000 + 10 * i + 2)::text, pid, i, 2, 'POSTAL_ADDRESS', NULL,
       CASE WHEN staff THEN ARRAY['GENERAL_LOCATION'] ELSE ARRAY['SHIPPING_LOCATION', 'BILLING_LOCATION'] END, created, NULL, NULL, NULL, NULL, NULL
FROM ogen.p WHERE staff OR i % 50 <> 0;
INSERT INTO ogen.cm
SELECT (1000000 + 10 * i + 3)::text, pid, i, 3, 'POSTAL_ADDRESS', NULL, ARRAY['SHIPPING_LOCATION'], created + make_interval(days => fixture_gen.n('oa2', i, 300)), NULL, NULL, NULL, NULL,
       CASE WHEN i % 8 = 1 THEN 'Office address, weekdays only.' WHEN i % 8 = 5 THEN 'Parents'' address for gifts.' END
FROM ogen.p WHERE ci2 IS NOT NULL;
INSERT INTO ogen.cm
SELECT (1000000 + 10 * i + 4)::text, pid, i, 4,
       CASE WHEN staff THEN 'TELECOM_NUMBER' ELSE 'WEB_ADDRESS' END,
       CASE WHEN NOT staff THEN CASE fixture_gen.n('oweb', i, 4)
            WHEN 0 THEN 'https://www.instagram.com/' || ogen.fold(first) || '.cooks'
            WHEN 1 THEN 'https://' || ogen.fold(first) || ogen.fold(last) || '.blogspot.com'
            WHEN 2 THEN 'https://www.linkedin.com/in/' || ogen.fold(first) || '-' || ogen.fold(last) || '-' || fixture_gen.hexn('oln', i, 8)
            ELSE 'https://www.youtube.com/@' || ogen.fold(first) || 'inthekitchen' END END,
       CASE WHEN staff THEN ARRAY['PHONE_WORK'] ELSE ARRAY['PRIMARY_WEB_URL'] END, created, NULL, NULL,
       CASE WHEN staff AND i <= 40 THEN (200 + i)::text WHEN staff THEN (10 + i)::text END, NULL, NULL
FROM ogen.p WHERE (staff AND i > 22) OR (NOT staff AND fixture_gen.n('owebq', i, 100) < 5);
INSERT INTO ogen.cm
SELECT (2000000 + 10 * g + s)::text, pid, 100000 + g, s, CASE s WHEN 0 THEN 'EMAIL_ADDRESS' WHEN 1 THEN 'TELECOM_NUMBER' WHEN 2 THEN 'POSTAL_ADDRESS' ELSE 'WEB_ADDRESS' END,
       CASE s WHEN 0 THEN CASE WHEN customer THEN fixture_gen.pick(ARRAY['accounts', 'kitchen', 'office', 'info', 'purchasing'], 'ogem', g) ELSE fixture_gen.pick(ARRAY['sales', 'orders', 'export', 'info'], 'ogem', g) END || '@' || dom
              WHEN 4 THEN 'https://www.' || dom END,
       CASE s WHEN 0 THEN ARRAY['PRIMARY_EMAIL', 'BILLING_EMAIL'] WHEN 1 THEN ARRAY['PRIMARY_PHONE'] WHEN 2 THEN ARRAY['GENERAL_LOCATION', 'SHIPPING_LOCATION', 'BILLING_LOCATION'] ELSE ARRAY['PRIMARY_WEB_URL'] END,
       ogen.ts('ogcr', g), NULL, NULL, NULL, NULL, NULL
FROM ogen.g, unnest(ARRAY[0, 1, 2, 4]) s;
INSERT INTO ogen.cm VALUES
 ('9000', 'Company', 0, 0, 'EMAIL_ADDRESS', 'support@copperleafhome.example', ARRAY['PRIMARY_EMAIL', 'SUPPORT_EMAIL'], '2020-11-02 14:05:40.001+00', NULL, NULL, NULL, 'Y', NULL),
 ('9001', 'Company', 0, 0, 'EMAIL_ADDRESS', 'orders@copperleafhome.example', ARRAY['ORDER_EMAIL', 'BILLING_EMAIL'], '2020-11-02 14:05:40.001+00', NULL, NULL, NULL, 'Y', NULL),
 ('9002', 'Company', 0, 1, 'TELECOM_NUMBER', NULL, ARRAY['PRIMARY_PHONE'], '2020-11-02 14:05:40.001+00', NULL, NULL, NULL, NULL, 'Main line, IVR.'),
 ('9003', 'Company', 0, 2, 'POSTAL_ADDRESS', NULL, ARRAY['GENERAL_LOCATION', 'SHIP_ORIG_LOCATION', 'PAYMENT_LOCATION'], '2020-11-02 14:05:40.001+00', NULL, NULL, NULL, NULL, NULL),
 ('9004', 'Company', 0, 3, 'POSTAL_ADDRESS', NULL, ARRAY['GENERAL_LOCATION'], '2021-06-01 09:00:00.000+00', NULL, NULL, NULL, NULL, 'EU office and returns.'),
 ('9005', 'Company', 0, 4, 'WEB_ADDRESS', 'https://www.copperleafhome.example', ARRAY['PRIMARY_WEB_URL'], '2020-11-02 14:05:40.001+00', NULL, NULL, NULL, NULL, NULL);

INSERT INTO CONTACT_MECH_PURPOSE_TYPE VALUES
 ('PRIMARY_EMAIL', 'Primary Email Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('BILLING_EMAIL', 'Billing (AP) Email', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('ORDER_EMAIL', 'Order Notification Email Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('SUPPORT_EMAIL', 'Support Email', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PRIMARY_PHONE', 'Main Phone Number', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PHONE_HOME', 'Main Home Phone Number', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PHONE_WORK', 'Main Work Phone Number', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PHONE_MOBILE', 'Main Mobile Phone Number', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('FAX_NUMBER', 'Main Fax Number', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('GENERAL_LOCATION', 'General Correspondence Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('SHIPPING_LOCATION', 'Shipping Destination Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('BILLING_LOCATION', 'Billing (AP) Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PAYMENT_LOCATION', 'Payment (AR) Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('SHIP_ORIG_LOCATION', 'Shipping Origin Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('PRIMARY_WEB_URL', 'Primary Website URL', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00'),
 ('IP_ADDRESS', 'Internet Protocol (IP) Address', '2020-11-02 14:03:11.204+00', '2020-11-02 14:03:11.204+00');

INSERT INTO CONTACT_MECH SELECT cmid, typ, info, coalesce(thru_date, from_date), from_date FROM ogen.cm;
INSERT INTO PARTY_CONTACT_MECH SELECT pid, cmid, from_date, thru_date, sol, ext, ver, cmt, coalesce(thru_date, from_date), from_date FROM ogen.cm;
INSERT INTO PARTY_CONTACT_MECH_PURPOSE SELECT pid, cmid, pu, from_date, thru_date, coalesce(thru_date, from_date), from_date FROM ogen.cm, unnest(purposes) pu;

INSERT INTO POSTAL_ADDRESS
SELECT m.cmid,
       CASE WHEN p.c = 5 AND p.last_l IS NOT NULL AND p.i % 3 = 0 THEN p.last_l || ' ' || p.first_l
            ELSE concat_ws(' ', CASE WHEN p.i % 9 = 0 THEN p.salut END, p.first, p.middle, p.last) END,
       CASE WHEN p.i % 40 = 3 THEN fixture_gen.first_name('oattn', p.i) || ' ' || p.last END,
       CASE WHEN p.c = 2 AND p.i % 3 = 0 THEN regexp_replace(p.addr1, ' [0-9]+$', '') ELSE p.addr1 END,
       p.addr2,
       CASE WHEN p.c = 2 AND p.i % 3 = 0 THEN substring(p.addr1 from ' ([0-9]+)$')::numeric END,
       CASE WHEN p.c = 2 AND p.i % 3 = 0 AND p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['a', 'b', 'c'], 'ohnx', p.i) END,
       CASE WHEN fixture_gen.n('odir', p.i, 100) < 9 THEN fixture_gen.pick(ARRAY[
            'Gate code ' || fixture_gen.digits('ogate', p.i, 4) || '#, blue door at the back.',
            'Leave with the concierge, ask for ' || p.first || '.',
            'Call +' || p.cc || ' ' || coalesce(p.tel_area || ' ', '') || coalesce(p.tel_num, '') || ' when outside, the bell does not work.',
            'Do not leave on the porch, parcels get stolen.',
            'Third house after the temple, green gate.',
            'Side entrance with the wheelchair ramp.',
            'Neighbour at number ' || (2 + p.i % 60) || ' (' || fixture_gen.pick(ARRAY['Mrs. ', 'Mr. ', ''], 'onb', p.i) || fixture_gen.last_name('onbl', p.i) || ') takes parcels.',
            'Loading bay closes at 4pm.'], 'odirv', p.i) END,
       p.city, p.pc, p.pcext, p.geo, p.state, m.from_date, m.from_date
FROM ogen.cm m JOIN ogen.p p ON p.i = m.i WHERE m.slot = 2 AND m.pid = p.pid;
INSERT INTO POSTAL_ADDRESS
SELECT m.cmid,
       CASE WHEN p.i % 8 = 1 THEN fixture_gen.pick(ARRAY['Riverside Dental Group', 'Northwell Logistics', 'City Hall, Room 214', 'St. Luke''s Hospital', 'Brightwave Software', 'Hargreaves Solicitors LLP'], 'oofc', p.i)
            WHEN p.i % 3 = 0 THEN CASE WHEN p.c = 5 THEN fixture_gen.pick(k.ffem, 'ogift', p.i) ELSE fixture_gen.first_name('ogift', p.i) END || ' ' || p.last
            ELSE p.first || ' ' || p.last END,
       CASE WHEN p.i % 8 = 1 THEN p.first || ' ' || p.last END,
       replace(replace(k.streets[1 + p.ci2], '#', (1 + fixture_gen.n('ohn2', p.i, 220))::text), '%', (1 + fixture_gen.n('ofl2', p.i, 30))::text),
       CASE WHEN p.i % 8 = 1 THEN fixture_gen.pick(ARRAY['Floor 3', 'Suite 400', 'Reception', 'Building B'], 'oofa', p.i) END,
       NULL, NULL, NULL, k.cities[1 + p.ci2], ogen.postcode(p.c, k.pcs[1 + p.ci2], 'opc3', p.i), NULL, k.geo, k.states[1 + p.ci2], m.from_date, m.from_date
FROM ogen.cm m JOIN ogen.p p ON p.i = m.i AND m.pid = p.pid JOIN ogen.cult k ON k.c = p.c WHERE m.slot = 3;
INSERT INTO POSTAL_ADDRESS
SELECT m.cmid, gg.nm,
       CASE WHEN gg.g % 3 = 0 THEN 'Accounts Payable' WHEN gg.g % 3 = 1 THEN (SELECT p.first || ' ' || p.last FROM ogen.p p WHERE p.i = 1360 + gg.g) ELSE 'Receiving' END,
       replace(replace(k.streets[1 + ci], '#', (1 + fixture_gen.n('oghn', gg.g, 300))::text), '%', '1'), NULL, NULL, NULL,
       CASE WHEN gg.customer AND gg.g % 4 = 2 THEN 'Deliveries via the rear lane, ring the kitchen bell.' END,
       k.cities[1 + ci], ogen.postcode(gg.c, k.pcs[1 + ci], 'ogpc', gg.g), NULL, k.geo, k.states[1 + ci], m.from_date, m.from_date
FROM ogen.cm m JOIN ogen.g gg ON m.pid = gg.pid JOIN ogen.cult k ON k.c = gg.c, LATERAL (SELECT fixture_gen.n('ogci', gg.g, cardinality(k.cities)) AS ci) x
WHERE m.slot = 2;
INSERT INTO POSTAL_ADDRESS VALUES
 ('9003', 'Copperleaf Home & Kitchen Inc.', 'Receiving Dock 4', '2750 Westbelt Drive', NULL, NULL, NULL, 'Trucks use the Westbelt Dr entrance, not Feder Rd.', 'Columbus', '43228', NULL, 'USA', 'OH', '2020-11-02 14:05:40.001+00', '2020-11-02 14:05:40.001+00'),
 ('9004', 'Copperleaf Home & Kitchen Ltd', 'Returns', 'Unit 7, Kirkstall Forge', 'Bridge Road', NULL, NULL, NULL, 'Leeds', 'LS5 3BT', NULL, 'GBR', NULL, '2021-06-01 09:00:00.000+00', '2021-06-01 09:00:00.000+00');

INSERT INTO TELECOM_NUMBER
SELECT m.cmid, CASE WHEN p.i % 10 = 4 THEN '+' || p.cc ELSE p.cc END, p.tel_area, p.tel_num,
       CASE WHEN fixture_gen.n('oask', p.i, 100) < 5 THEN fixture_gen.pick(ARRAY[p.first, CASE WHEN p.g = 'F' THEN 'Mrs. ' ELSE 'Mr. ' END || p.last, fixture_gen.first_name('oaskn', p.i)], 'oaskv', p.i) END,
       m.from_date, m.from_date
FROM ogen.cm m JOIN ogen.p p ON p.i = m.i AND m.pid = p.pid WHERE m.slot = 1;
INSERT INTO TELECOM_NUMBER
SELECT m.cmid, '1', '614', '478-2200', NULL, m.from_date, m.from_date FROM ogen.cm m WHERE m.slot = 4 AND m.typ = 'TELECOM_NUMBER' AND m.i <= 40;
INSERT INTO TELECOM_NUMBER
SELECT m.cmid, '44', '113', '496 0780', NULL, m.from_date, m.from_date FROM ogen.cm m WHERE m.slot = 4 AND m.typ = 'TELECOM_NUMBER' AND m.i > 40;
INSERT INTO TELECOM_NUMBER
SELECT m.cmid, k.cc, k.areas[1 + fixture_gen.n('ogci', gg.g, cardinality(k.cities))],
       CASE gg.c WHEN 0 THEN (2 + fixture_gen.n('ogtn', gg.g, 8))::text || fixture_gen.digits('ogtn', gg.g, 2) || '-' || fixture_gen.digits('ogtn2', gg.g, 4)
                 WHEN 3 THEN fixture_gen.digits('ogtn', gg.g, 2) || ' ' || fixture_gen.digits('ogtn2', gg.g, 2) || ' ' || fixture_gen.digits('ogtn3', gg.g, 2) || ' ' || fixture_gen.digits('ogtn4', gg.g, 2)
                 WHEN 5 THEN fixture_gen.digits('ogtn', gg.g, 4) || '-' || fixture_gen.digits('ogtn2', gg.g, 4)
                 WHEN 4 THEN '80 ' || fixture_gen.digits('ogtn', gg.g, 4) || ' ' || fixture_gen.digits('ogtn2', gg.g, 4)
                 WHEN 7 THEN '9' || fixture_gen.digits('ogtn', gg.g, 2) || ' ' || fixture_gen.digits('ogtn2', gg.g, 3) || ' ' || fixture_gen.digits('ogtn3', gg.g, 3)
                 ELSE fixture_gen.digits('ogtn', gg.g, 7 + (gg.g % 2)::int) END,
       CASE WHEN gg.g % 3 = 1 THEN (SELECT p.first FROM ogen.p p WHERE p.i = 1360 + gg.g) WHEN gg.g % 3 = 2 THEN fixture_gen.pick(ARRAY['Front desk', 'Kitchen', 'Sales desk'], 'ogask', gg.g) END,
       m.from_date, m.from_date
FROM ogen.cm m JOIN ogen.g gg ON m.pid = gg.pid JOIN ogen.cult k ON k.c = gg.c WHERE m.slot = 1;
INSERT INTO TELECOM_NUMBER VALUES ('9002', '1', '866', '420-7731', NULL, '2020-11-02 14:05:40.001+00', '2020-11-02 14:05:40.001+00');

-- User logins. Staff authenticate against the office LDAP too; customers
-- imported from Magento kept a legacy hash until they next changed it; a few
-- customers sign in with Google (external_auth_id is the Google subject).
INSERT INTO USER_LOGIN (USER_LOGIN_ID, CURRENT_PASSWORD, IS_SYSTEM, ENABLED, LAST_UPDATED_STAMP, CREATED_TX_STAMP) VALUES
 ('system', NULL, 'Y', 'N', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('anonymous', NULL, NULL, 'N', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00');
INSERT INTO USER_LOGIN (USER_LOGIN_ID, CURRENT_PASSWORD, ENABLED, REQUIRE_PASSWORD_CHANGE, LAST_LOCALE, LAST_TIME_ZONE, SUCCESSIVE_FAILED_LOGINS, PARTY_ID, LAST_UPDATED_STAMP, CREATED_TX_STAMP)
VALUES ('admin', ogen.sha('oadm', 1), 'Y', 'N', 'en_US', 'America/New_York', 0, 'admin', '2024-09-30 08:14:51.330+00', '2020-11-02 14:03:12.552+00');
INSERT INTO USER_LOGIN
SELECT login,
       CASE WHEN NOT staff AND i <= 460 AND i % 4 = 0 THEN ogen.legacy('oleg', i) ELSE ogen.sha('opw', i) END,
       CASE WHEN NOT staff AND fixture_gen.n('ohint', i, 100) < 14 THEN fixture_gen.pick(ARRAY[
            'dog''s name', 'usual + year', 'first car', 'mum''s maiden name', 'same as netflix', 'pw is ' || ogen.fold(first) || fixture_gen.digits('ohpw', i, 4),
            'street I grew up on', 'Summer' || (2019 + i % 5) || '!', ogen.fold(last) || ' + birthday', 'the one with the exclamation mark', 'kids'' initials + 0' || (1 + i % 9),
            'cat ' || fixture_gen.pick(ARRAY['Mochi', 'Biscuit', 'Luna', 'Pepper', 'Simba'], 'ocat', i) || ' twice'], 'ohintv', i) END,
       NULL,
       CASE WHEN i % 97 = 0 OR i IN (9, 17, 27, 46) OR fixture_gen.n('odis', i, 100) = 0 THEN 'N' ELSE 'Y' END,
       CASE WHEN NOT staff AND i <= 460 AND i % 4 = 0 THEN 'Y' ELSE 'N' END,
       CASE WHEN fixture_gen.n('olloc', i, 10) < 8 THEN locale END,
       CASE WHEN fixture_gen.n('oltz', i, 10) < 6 THEN CASE WHEN c = 0 THEN (ARRAY['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/New_York'])[1 + ci] ELSE tz END END,
       CASE WHEN i IN (9, 17, 27, 46) THEN created + make_interval(days => 300 + i * 11) WHEN fixture_gen.n('odis', i, 100) = 0 THEN ogen.ts('odisd', i) END,
       CASE WHEN fixture_gen.n('odis', i, 100) = 0 THEN 3 ELSE fixture_gen.n('ofail', i, 3) END,
       CASE WHEN NOT staff AND fixture_gen.n('ogoog', i, 100) < 7 THEN '1' || fixture_gen.digits('ogsub', i, 20) END,
       CASE WHEN staff AND i <= 48 THEN 'uid=' || login || ',ou=' || CASE WHEN i > 40 THEN 'leeds' ELSE 'columbus' END || ',ou=people,dc=copperleafhome,dc=example' END,
       CASE WHEN i IN (9, 17, 27, 46) THEN 'rjohnson2' WHEN i % 97 = 0 THEN (SELECT s.login FROM ogen.p s WHERE s.i = 23 + p.i % 8) END,
       pid, least(created + make_interval(days => fixture_gen.n('olup', i, 900)), timestamptz '2025-02-14 23:00:00+00'), created
FROM ogen.p p WHERE login IS NOT NULL;

INSERT INTO USER_LOGIN_PASSWORD_HISTORY
SELECT 'admin', timestamptz '2020-11-02 14:03:12.552+00' + make_interval(days => k * 180), timestamptz '2020-11-02 14:03:12.552+00' + make_interval(days => (k + 1) * 180),
       ogen.sha('oadmh', k), timestamptz '2020-11-02 14:03:12.552+00' + make_interval(days => (k + 1) * 180), timestamptz '2020-11-02 14:03:12.552+00' + make_interval(days => k * 180)
FROM generate_series(0, 6) k;
INSERT INTO USER_LOGIN_PASSWORD_HISTORY
SELECT login, created + make_interval(days => 200 * (k - 1)), CASE WHEN k < n THEN created + make_interval(days => 200 * k) END,
       CASE WHEN k = 1 AND NOT staff AND i <= 460 THEN ogen.legacy('oleg', i) WHEN k = n THEN ogen.sha('opw', i) ELSE ogen.sha('opwh' || k, i) END,
       created + make_interval(days => 200 * k), created + make_interval(days => 200 * (k - 1))
FROM (SELECT p.*, 1 + fixture_gen.n('ophn', i, CASE WHEN staff THEN 5 ELSE 2 END) AS n FROM ogen.p p WHERE login IS NOT NULL) x, generate_series(1, x.n) k;

INSERT INTO SECURITY_GROUP VALUES
 ('FULLADMIN', 'Full Admin', 'Full Admin group, has all general functional permissions.', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('FLEXADMIN', 'Flexible Admin', 'Partial Admin group, has all permissions except for those that are only for the Full Admin.', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('VIEWADMIN', 'View-Only Admin', 'Admin group with view-only permissions.', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('BIZADMIN', 'Business Admin', 'Full business applications permission group, has all business functional permissions.', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('ORDERADMIN', 'Order Admin', 'Order management, returns and payments.', '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('ORDERENTRY', 'Order Entry', 'Customer service: create and view orders, parties and notes.', '2021-01-04 10:00:00.000+00', '2021-01-04 10:00:00.000+00'),
 ('FACILITYADMIN', 'Facility Admin', 'Warehouse: picking, packing, shipments and receipts.', '2021-01-04 10:00:00.000+00', '2021-01-04 10:00:00.000+00'),
 ('ACCTG_ADMIN', 'Accounting Admin', 'Invoices, payments and the general ledger.', '2021-01-04 10:00:00.000+00', '2021-01-04 10:00:00.000+00'),
 ('CATALOGADMIN', 'Catalog Admin', 'Products, prices, categories and promotions.', '2021-01-04 10:00:00.000+00', '2021-01-04 10:00:00.000+00'),
 ('HUMANRES_ADMIN', 'HR Admin', 'Employment, positions, training and qualifications.', '2021-01-04 10:00:00.000+00', '2021-01-04 10:00:00.000+00'),
 ('SECURITY_ADMIN', 'Security Admin', 'User logins and security groups.', '2021-01-04 10:00:00.000+00', '2021-01-04 10:00:00.000+00');
INSERT INTO USER_LOGIN_SECURITY_GROUP VALUES ('admin', 'FULLADMIN', '2020-11-02 14:03:12.552+00', NULL, '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00'),
 ('system', 'FULLADMIN', '2020-11-02 14:03:12.552+00', NULL, '2020-11-02 14:03:12.552+00', '2020-11-02 14:03:12.552+00');
INSERT INTO USER_LOGIN_SECURITY_GROUP
SELECT login, grp, created, CASE WHEN i IN (9, 17, 27, 46) THEN created + make_interval(days => 300 + i * 11) END, created, created
FROM ogen.p, unnest(CASE WHEN i <= 22 THEN ARRAY['FACILITYADMIN'] WHEN i <= 30 OR i BETWEEN 41 AND 46 THEN ARRAY['ORDERENTRY'] WHEN i IN (31, 32, 39) THEN ARRAY['ACCTG_ADMIN', 'VIEWADMIN']
    WHEN i IN (33, 34, 35, 47) THEN ARRAY['CATALOGADMIN'] WHEN i IN (37, 38) THEN ARRAY['ORDERADMIN', 'BIZADMIN'] WHEN i = 40 THEN ARRAY['FULLADMIN'] WHEN i IN (55, 58) THEN ARRAY['FULLADMIN', 'SECURITY_ADMIN']
    WHEN i BETWEEN 49 AND 54 THEN ARRAY['FLEXADMIN'] WHEN i = 60 THEN ARRAY['HUMANRES_ADMIN'] ELSE ARRAY['VIEWADMIN'] END) grp
WHERE staff;

-- Visits 100001-105000: customers signed in on the shop, staff in the
-- back-office applications (whose links between applications carry the
-- externalLoginKey), anonymous shoppers.
CREATE TABLE ogen.v AS
SELECT v, (100000 + v)::text AS visit_id, x.pi, p.login, p.pid, p.staff, p.c, p.geo, ogen.ts('ovf', v) AS at,
       CASE WHEN p.i IS NULL THEN (60000 + fixture_gen.n('oanon', v, 2600))::text ELSE (50000 + p.i)::text END AS visitor_id,
       CASE WHEN p.staff THEN fixture_gen.pick(ARRAY['ordermgr', 'partymgr', 'catalog', 'facility', 'accounting', 'webtools', 'humanres', 'ordermgr', 'partymgr'], 'owa', v) ELSE 'ecommerce' END AS webapp,
       CASE WHEN fixture_gen.n('ov6', coalesce(p.i, v), 100) < 14 THEN fixture_gen.ipv6('ovip6', coalesce(p.i * 10 + v % 3, v)) ELSE fixture_gen.ipv4('ovip', coalesce(p.i * 10 + v % 3, 100000 + v)) END AS ip,
       CASE WHEN p.i IS NULL THEN fixture_gen.pick(ARRAY['USA', 'USA', 'USA', 'GBR', 'DEU', 'FRA', 'IND', 'JPN', 'NGA', 'ESP', 'CAN', 'NLD'], 'ovcty', v) ELSE p.geo END AS ipgeo,
       CASE WHEN p.i IS NULL AND v % 19 = 0 THEN fixture_gen.pick(ARRAY['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
            'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)'], 'ovbot', v)
            ELSE ogen.ua('ovua', coalesce(p.i * 3 + v % 2, v)) END AS ua
FROM generate_series(1, 5000) v
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('ovk', v, 100) < 46 THEN 61 + fixture_gen.n('ovc', v, 1400) WHEN fixture_gen.n('ovk', v, 100) < 53 THEN 1 + fixture_gen.n('ovs', v, 60) END AS pi) x
LEFT JOIN ogen.p p ON p.i = x.pi AND p.login IS NOT NULL;
ALTER TABLE ogen.v ADD PRIMARY KEY (v);
ALTER TABLE ogen.v ADD COLUMN req text, ADD COLUMN ref text, ADD COLUMN host text;
UPDATE ogen.v SET
  req = CASE WHEN staff THEN 'https://erp.copperleafhome.example/' || webapp || '/control/' || CASE webapp
              WHEN 'ordermgr' THEN 'orderview?orderId=WS' || (10000 + fixture_gen.n('ovo', v, 2400))
              WHEN 'partymgr' THEN 'viewprofile?partyId=' || (10061 + fixture_gen.n('ovp', v, 1400))
              WHEN 'catalog' THEN 'EditProduct?productId=CL-' || (1000 + fixture_gen.n('ovpr', v, 120))
              WHEN 'facility' THEN 'PackOrder?facilityId=CL_WH_COLUMBUS'
              WHEN 'accounting' THEN 'invoiceOverview?invoiceId=' || (10000 + fixture_gen.n('ovi', v, 2200))
              WHEN 'webtools' THEN 'FindGeneric?entityName=' || fixture_gen.pick(ARRAY['JobSandbox', 'UserLogin', 'SystemProperty', 'Visit'], 'ovwt', v)
              ELSE 'EditEmplPosition?emplPositionId=' || (10000 + v % 40) END
            || CASE WHEN v % 3 <> 0 THEN '&externalLoginKey=EL' || fixture_gen.digits('oelk', v, 13) ELSE '' END
        ELSE 'https://www.copperleafhome.example/ecommerce/control/' || CASE fixture_gen.n('ovr', v, 12)
              WHEN 0 THEN 'main' WHEN 1 THEN 'product/~product_id=CL-' || (1000 + fixture_gen.n('ovpr', v, 120))
              WHEN 2 THEN 'category/~category_id=' || fixture_gen.pick(ARRAY['CL_COOKWARE', 'CL_KNIVES', 'CL_BAKEWARE', 'CL_TEXTILES', 'CL_GIFTS'], 'ovcat', v)
              WHEN 3 THEN 'keywordsearch?SEARCH_STRING=' || fixture_gen.pick(ARRAY['dutch+oven', 'santoku', 'carbon+steel+wok', 'gift+card', 'enamel+mug', 'copper+pan+lid'], 'ovks', v)
              WHEN 4 THEN 'main?utm_source=newsletter&utm_medium=email&utm_campaign=' || fixture_gen.pick(ARRAY['spring24', 'bf2023', 'restock-0922', 'welcome'], 'ovutm', v)
              WHEN 5 THEN 'orderstatus?orderId=WS' || (10000 + fixture_gen.n('ovo', v, 2400))
              WHEN 6 THEN 'checkLogin'
              WHEN 7 THEN 'viewprofile'
              WHEN 8 THEN 'main?gclid=' || fixture_gen.chars('ogcl', v, 38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
              ELSE 'main' END END,
  ref = CASE WHEN staff THEN CASE WHEN v % 2 = 0 THEN 'https://erp.copperleafhome.example/ordermgr/control/main' END
        ELSE fixture_gen.pick(ARRAY['https://www.google.com/', 'https://www.google.com/', 'https://www.google.co.uk/', 'https://www.google.de/', 'https://www.bing.com/', 'https://duckduckgo.com/',
              'https://l.instagram.com/', 'https://l.facebook.com/', 'https://www.pinterest.com/', 'https://t.co/' || fixture_gen.chars('otco', v, 10), NULL, NULL, NULL,
              'https://www.seriouseats.example/best-dutch-ovens-2023', 'android-app://com.google.android.gm/', 'https://www.reddit.com/r/castiron/comments/' || fixture_gen.chars('ordt', v, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/',
              'https://search.yahoo.co.jp/', 'https://www.youtube.com/'], 'ovref', v) END;
UPDATE ogen.v SET host = CASE WHEN ip LIKE '2a02:%' OR v % 5 < 2 THEN ip
    WHEN c = 0 OR c IS NULL THEN 'c-' || replace(ip, '.', '-') || '.hsd1.' || lower(fixture_gen.pick(ARRAY['oh', 'ca', 'tx', 'ny', 'il'], 'ohst', v)) || '.comcast.net'
    WHEN c = 1 THEN 'cpc' || fixture_gen.digits('ocpc', v, 6) || '-' || fixture_gen.pick(ARRAY['leed', 'mant', 'brst', 'edin'], 'ocpcl', v) || fixture_gen.digits('ocpc2', v, 2) || '-2-0-cust' || (v % 900) || '.7-1.cable.virginm.net'
    WHEN c = 2 THEN 'p' || fixture_gen.hexn('otip', v, 8) || '.dip0.t-ipconnect.de'
    WHEN c = 3 THEN 'lfbn-' || fixture_gen.pick(ARRAY['lyo', 'idf1', 'tou', 'nan'], 'olfb', v) || '-1-' || (v % 999) || '-' || (v % 250) || '.w' || ip || '.abo.wanadoo.fr'
    ELSE ip END;

INSERT INTO VISITOR
SELECT DISTINCT ON (visitor_id) visitor_id, login, pid, at, at FROM ogen.v ORDER BY visitor_id, at;
INSERT INTO VISIT
SELECT visit_id, visitor_id, login, pid, webapp, '10.20.1.' || (11 + v % 3), upper(fixture_gen.hexn('ojs', v, 32)) || '.jvm' || (1 + v % 3),
       req, ref, ua, ip, host, CASE WHEN staff AND webapp = 'webtools' AND v % 4 = 0 THEN login END, ipgeo,
       at, at + make_interval(secs => 30 + fixture_gen.n('ovdur', v, 2400)), at + make_interval(secs => 30 + fixture_gen.n('ovdur', v, 2400)), at
FROM ogen.v;

INSERT INTO SERVER_HIT
SELECT vv.visit_id, vv.webapp || '.request.' || substring(h.url from '/control/([A-Za-z_]+)'), vv.at + make_interval(secs => h.k * 17 + fixture_gen.n('oshs', vv.v * 10 + h.k, 15)), 'REQUEST',
       40 + fixture_gen.n('oshr', vv.v * 10 + h.k, 1900), vv.login, NULL, h.url, CASE WHEN h.k = 1 THEN vv.ref ELSE vv.req END, '10.20.1.' || (11 + vv.v % 3), vv.pid,
       vv.at + make_interval(secs => h.k * 17), vv.at + make_interval(secs => h.k * 17)
FROM ogen.v vv, LATERAL (SELECT k,
       CASE WHEN k = 1 THEN vv.req WHEN vv.staff THEN 'https://erp.copperleafhome.example/' || vv.webapp || '/control/' || fixture_gen.pick(ARRAY['main', 'FindOrders?partyId=' || (10061 + fixture_gen.n('oshp', vv.v * 10 + k, 1400)) || '&externalLoginKey=EL' || fixture_gen.digits('oelk', vv.v, 13), 'findparty?lastName=' || fixture_gen.last_name('oshl', vv.v * 10 + k) || '&firstName=' || fixture_gen.first_name('oshf', vv.v * 10 + k), 'FindGeneric?entityName=UserLoginHistory'], 'oshu', vv.v * 10 + k)
            ELSE 'https://www.copperleafhome.example/ecommerce/control/' || fixture_gen.pick(ARRAY['additem', 'showcart', 'checkoutoptions', 'quickcheckout', 'product/~product_id=CL-' || (1000 + fixture_gen.n('oshpr', vv.v * 10 + k, 120))], 'oshu', vv.v * 10 + k) END AS url
    FROM generate_series(1, 1 + fixture_gen.n('oshn', vv.v, 3)) k) h
WHERE vv.v % 3 = 0;

-- Login history: every signed-in visit; a wrong password typed before some
-- of them, kept in clear (store.login.history.incorrect.password=true);
-- customer service impersonating customers from the party manager.
INSERT INTO USER_LOGIN_HISTORY
SELECT vv.login, vv.visit_id, vv.at + interval '4 seconds', NULL,
       fixture_gen.pick(ARRAY[ogen.fold(p.first) || fixture_gen.pick(ARRAY['1', '123', '2020', '!', '01', '1234'], 'owp1', vv.v), 'Summer' || (2019 + vv.v % 5) || '!',
            'Welcome1', 'Password1!', 'iloveyou2', 'qwerty123', 'Copperleaf1', 'letmein!', ogen.fold(p.last) || (1960 + vv.v % 40),
            upper(ogen.fold(p.first)) || '2024', initcap(ogen.fold(p.first)) || '.' || fixture_gen.digits('owp2', vv.v, 4), 'Tr0ub4dor&3', 'Skillet' || fixture_gen.digits('owp3', vv.v, 2)], 'owp', vv.v),
       vv.pid, 'N', NULL, vv.at + interval '4 seconds', vv.at + interval '4 seconds'
FROM ogen.v vv JOIN ogen.p p ON p.pid = vv.pid WHERE vv.login IS NOT NULL AND fixture_gen.n('oulf', vv.v, 100) < 13;
INSERT INTO USER_LOGIN_HISTORY
SELECT vv.login, vv.visit_id, vv.at + interval '21 seconds', vv.at + make_interval(secs => 30 + fixture_gen.n('ovdur', vv.v, 2400)), NULL, vv.pid, 'Y', NULL,
       vv.at + make_interval(secs => 30 + fixture_gen.n('ovdur', vv.v, 2400)), vv.at + interval '21 seconds'
FROM ogen.v vv WHERE vv.login IS NOT NULL;
INSERT INTO USER_LOGIN_HISTORY
SELECT c.login, vv.visit_id, vv.at + interval '95 seconds', vv.at + interval '11 minutes', NULL, c.pid, 'Y', vv.login, vv.at + interval '11 minutes', vv.at + interval '95 seconds'
FROM ogen.v vv JOIN ogen.p s ON s.pid = vv.pid AND (s.i BETWEEN 23 AND 30 OR s.i BETWEEN 37 AND 46)
JOIN ogen.p c ON c.i = 61 + fixture_gen.n('oimp', vv.v, 1300) AND c.login IS NOT NULL
WHERE vv.webapp = 'partymgr';

-- The catalogue: public copy.
INSERT INTO PRODUCT_CATEGORY VALUES
 ('CL_ROOT', 'CATALOG_CATEGORY', NULL, 'Copperleaf Browse Root', 'Root of the browse tree.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_COOKWARE', 'CATALOG_CATEGORY', 'CL_ROOT', 'Cookware', 'Pans, pots and ovenware for every hob.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_CAST_IRON', 'CATALOG_CATEGORY', 'CL_COOKWARE', 'Cast Iron', 'Pre-seasoned skillets, griddles and Dutch ovens.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_COPPER', 'CATALOG_CATEGORY', 'CL_COOKWARE', 'Copper', 'Tin- and steel-lined copper from Normandy.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_KNIVES', 'CATALOG_CATEGORY', 'CL_ROOT', 'Knives', 'Japanese and German steel, hand-sharpened.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_BAKEWARE', 'CATALOG_CATEGORY', 'CL_ROOT', 'Bakeware', 'Tins, sheets and stones.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_TEXTILES', 'CATALOG_CATEGORY', 'CL_ROOT', 'Kitchen Textiles', 'Linen tea towels, aprons and oven gloves.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_TABLEWARE', 'CATALOG_CATEGORY', 'CL_ROOT', 'Tableware', 'Stoneware, enamel and wood for the table.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_GIFTS', 'CATALOG_CATEGORY', 'CL_ROOT', 'Gifts', 'Gift sets and gift cards.', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CL_SALE', 'CATALOG_CATEGORY', 'CL_ROOT', 'Sale', 'Last of the season and seconds with cosmetic marks.', '2021-06-01 10:00:00.000+00', '2021-06-01 10:00:00.000+00'),
 ('CL_B2B', 'CATALOG_CATEGORY', NULL, 'Trade Catalogue', 'Case quantities for restaurants and schools.', '2021-03-15 10:00:00.000+00', '2021-03-15 10:00:00.000+00');

CREATE TABLE ogen.prod AS
SELECT k, 'CL-' || (1000 + k) AS product_id, b.nm || CASE WHEN b.sz IS NULL THEN '' ELSE ' ' || b.sz[1 + (k / 20) % cardinality(b.sz)] END
         || CASE WHEN k / 20 >= coalesce(cardinality(b.sz), 1) THEN ' ' || (ARRAY['Pro', 'Gift Set', 'Seconds', 'Limited Edition', 'Trade Pack'])[1 + (k / 20) % 5] ELSE '' END AS nm, b.cat, b.code, b.brand, b.price, b.kg, b.copy
FROM generate_series(0, 116) k
JOIN (VALUES
  (0, 'Cast Iron Skillet', ARRAY['20 cm', '26 cm', '30 cm'], 'CL_CAST_IRON', 'SKIL-CI', 'Lodgepole', 34.00, 2.6, 'Pre-seasoned with flaxseed oil, ready to sear.'),
  (1, 'Enamelled Dutch Oven', ARRAY['3.8 L Sage', '5.2 L Ochre', '6.7 L Ink'], 'CL_CAST_IRON', 'DUTCH-EN', 'Copperleaf', 119.00, 5.1, 'Heavy lid with self-basting spikes; oven-safe to 250 °C.'),
  (2, 'Carbon Steel Wok', ARRAY['30 cm', '35 cm'], 'CL_COOKWARE', 'WOK-CS', 'Copperleaf', 49.00, 1.4, 'Hand-hammered, flat base for induction.'),
  (3, 'Copper Saucepan', ARRAY['14 cm', '16 cm', '18 cm'], 'CL_COPPER', 'SAUCE-CU', 'Atelier Villedieu', 189.00, 1.9, '2.5 mm copper lined with stainless steel, cast bronze handle.'),
  (4, 'Santoku Knife', ARRAY['165 mm', '180 mm'], 'CL_KNIVES', 'KN-SANT', 'Seki Hamono', 89.00, 0.2, 'VG-10 core, 33-layer Damascus cladding, octagonal magnolia handle.'),
  (5, 'Chef''s Knife', ARRAY['20 cm', '24 cm'], 'CL_KNIVES', 'KN-CHEF', 'Ruhrtal', 79.00, 0.3, 'Forged X50CrMoV15, full tang, 15° edge.'),
  (6, 'Paring Knife', NULL, 'CL_KNIVES', 'KN-PAR', 'Ruhrtal', 24.00, 0.1, 'For the small jobs.'),
  (7, 'Bread Knife', NULL, 'CL_KNIVES', 'KN-BRD', 'Sheffield Blade', 39.00, 0.2, 'Scalloped edge that does not tear soft crumb.'),
  (8, 'Loaf Tin', ARRAY['1 lb', '2 lb'], 'CL_BAKEWARE', 'BK-LOAF', 'Copperleaf', 16.00, 0.5, 'Aluminised steel, folded corners.'),
  (9, 'Springform Cake Tin', ARRAY['20 cm', '23 cm'], 'CL_BAKEWARE', 'BK-SPRG', 'Copperleaf', 22.00, 0.6, 'Leakproof base, ceramic non-stick.'),
  (10, 'Linen Tea Towel (set of 3)', ARRAY['Natural', 'Rust Stripe', 'Indigo Check'], 'CL_TEXTILES', 'TX-TEA', 'Maison Linge', 28.00, 0.3, 'Stonewashed Lithuanian linen.'),
  (11, 'Oven Gloves', ARRAY['Charcoal', 'Mustard'], 'CL_TEXTILES', 'TX-GLOVE', 'Copperleaf', 19.00, 0.3, 'Double-layer cotton with silicone grip.'),
  (12, 'Stoneware Mug', ARRAY['Speckled White', 'Moss', 'Clay'], 'CL_TABLEWARE', 'TW-MUG', 'Kyushu Ceramics', 18.00, 0.4, 'Wheel-thrown, 350 ml, dishwasher safe.'),
  (13, 'Enamel Camp Mug', ARRAY['Cream', 'Forest'], 'CL_TABLEWARE', 'TW-ENMUG', 'Enamelware Works', 12.00, 0.2, 'Rolled steel rim, 300 ml.'),
  (14, 'Olive Wood Board', ARRAY['Small', 'Large'], 'CL_TABLEWARE', 'TW-OLIVE', 'Copperleaf', 45.00, 1.1, 'Each one cut from a single branch; grain varies.'),
  (15, 'Sauté Pan with Lid', ARRAY['24 cm', '28 cm'], 'CL_COOKWARE', 'SAUTE-SS', 'Copperleaf Pro', 99.00, 2.2, 'Five-ply stainless, riveted handles.'),
  (16, 'Stockpot', ARRAY['8 L', '12 L'], 'CL_COOKWARE', 'STOCK-SS', 'Copperleaf Pro', 85.00, 3.0, 'Encapsulated base, measuring marks inside.'),
  (17, 'Mortar & Pestle', NULL, 'CL_TABLEWARE', 'TW-MORT', 'Moradabad Brass', 42.00, 2.8, 'Solid granite, 15 cm bowl.'),
  (18, 'Bamboo Utensil Set', NULL, 'CL_COOKWARE', 'UT-BAMB', 'Pacific Bamboo', 21.00, 0.4, 'Five pieces, food-safe oil finish.'),
  (19, 'Sheet Pan', ARRAY['Half', 'Quarter'], 'CL_BAKEWARE', 'BK-SHEET', 'Ohio Valley', 18.00, 0.9, 'Commercial-gauge aluminium, will not warp.')
) AS b(m, nm, sz, cat, code, brand, price, kg, copy) ON b.m = k % 20;
INSERT INTO ogen.prod VALUES
 (117, 'CL-GC-25', 'Digital Gift Card $25', 'CL_GIFTS', 'GC-25', 'Copperleaf', 25.00, 0, 'Delivered by email with your message.'),
 (118, 'CL-GC-50', 'Digital Gift Card $50', 'CL_GIFTS', 'GC-50', 'Copperleaf', 50.00, 0, 'Delivered by email with your message.'),
 (119, 'CL-GC-100', 'Digital Gift Card $100', 'CL_GIFTS', 'GC-100', 'Copperleaf', 100.00, 0, 'Delivered by email with your message.');
UPDATE ogen.prod SET price = round(price * (1 + (k / 20) * 0.15), 0) - 0.01 WHERE k < 117;

INSERT INTO PRODUCT
SELECT product_id, CASE WHEN k >= 117 THEN 'DIGITAL_GOOD' ELSE 'FINISHED_GOOD' END, cat, code || '-' || lpad(k::text, 3, '0'), brand,
       CASE k % 9 WHEN 0 THEN 'Reorder point 40 units.' WHEN 3 THEN 'Supplier raised cost 6% in Jan 2024.' WHEN 5 THEN 'Seconds sold under CL_SALE.' END,
       nm, copy,
       '<p>' || copy || '</p><p>Made to last and backed by our lifetime warranty against manufacturing defects. Care instructions are printed on the box.</p>',
       '/images/products/' || product_id || '/small.jpg', kg,
       (SELECT login FROM ogen.p WHERE i = 35), timestamptz '2021-11-02 10:00:00+00' + make_interval(days => k * 3), timestamptz '2020-11-20 10:00:00+00' + make_interval(hours => k)
FROM ogen.prod;
INSERT INTO PRODUCT_PRICE
SELECT product_id, t, cur, timestamptz '2020-11-20 10:00:00+00', NULL,
       round(price * CASE cur WHEN 'USD' THEN 1 WHEN 'EUR' THEN 0.95 ELSE 0.82 END * CASE WHEN t = 'LIST_PRICE' THEN 1.15 ELSE 1 END, 2),
       (SELECT login FROM ogen.p WHERE i = 35), timestamptz '2020-11-20 10:00:00+00', timestamptz '2020-11-20 10:00:00+00'
FROM ogen.prod, unnest(ARRAY['DEFAULT_PRICE', 'LIST_PRICE']) t, unnest(ARRAY['USD', 'EUR', 'GBP']) cur
WHERE cur = 'USD' OR k % 2 = 0;

INSERT INTO PRODUCT_REVIEW
SELECT (10000 + r)::text, 'CL_STORE', pr.product_id, p.login, ogen.ts('orev', r),
       CASE WHEN r % 11 = 0 THEN 'PRR_PENDING' WHEN r % 29 = 0 THEN 'PRR_DELETED' ELSE 'PRR_APPROVED' END,
       (1 + fixture_gen.n('orat', r, 5) + CASE WHEN fixture_gen.n('orat2', r, 3) > 0 AND fixture_gen.n('orat', r, 5) < 3 THEN 2 ELSE 0 END)::numeric(18,6),
       fixture_gen.pick(ARRAY['Heats evenly and the enamel has held up after a year of daily use.', 'Handle gets hot, but that is expected with cast iron. Great sear on steaks.',
            'Arrived well packed. The lid fits snugly and it is lighter than I expected.', 'Sharp out of the box and holds an edge well. Slightly heavy for my taste.',
            'The colour is more orange than in the photos, but I have grown to like it.', 'Wish it came with a pour spout. Otherwise perfect.',
            'Second one I have bought, this time as a wedding present.', 'Mug chipped after a few weeks in the dishwasher, so hand wash only.',
            'Good value compared to the big brands.', 'Seasoning flaked off on the first use; customer service replaced it quickly.',
            'Bread comes out with a proper crust. Worth it.', 'Too small for a family of five, would buy the larger size next time.',
            'Beautiful board, the grain on mine is stunning.', 'Towels are thin at first but soften after a few washes.'], 'orevt', r),
       ogen.ts('orev', r), ogen.ts('orev', r)
FROM generate_series(1, 420) r JOIN ogen.prod pr ON pr.k = fixture_gen.n('orevp', r, 117) JOIN ogen.p p ON p.i = 61 + fixture_gen.n('orevc', r, 1300) AND p.login IS NOT NULL;

-- Payment methods: cards (a second, expired one for some), bank accounts
-- (ACH in the US, SEPA in Europe, the trade accounts and suppliers'
-- accounts), gift cards. Numbers are stored encrypted (encrypt="true").
CREATE TABLE ogen.pm AS
SELECT (20000 + 2 * i + s)::text AS pm_id, 'CREDIT_CARD' AS typ, p.i, p.pid, s,
       CASE WHEN fixture_gen.n('oamex', i * 2 + s, 100) < 9 THEN fixture_gen.luhn('3' || fixture_gen.pick(ARRAY['4', '7'], 'oamx', i * 2 + s) || fixture_gen.digits('oamxd', i * 2 + s, 12))
            ELSE fixture_gen.card('occ', i * 2 + s) END AS card,
       CASE WHEN s = 1 THEN p.created ELSE p.created + make_interval(days => 1 + fixture_gen.n('opmf', i, 30)) END AS from_date,
       CASE WHEN s = 1 THEN p.created + make_interval(days => 200 + fixture_gen.n('opmt', i, 400)) END AS thru_date
FROM ogen.p p, generate_series(0, 1) s
WHERE NOT p.staff AND fixture_gen.n('opmc', p.i, 100) < 60 AND (s = 0 OR fixture_gen.n('opm2', p.i, 100) < 15);
ALTER TABLE ogen.pm ADD COLUMN card_type text, ADD COLUMN expire text;
UPDATE ogen.pm SET card_type = CASE WHEN card ~ '^3[47]' THEN 'CCT_AMERICANEXPRESS' WHEN card ~ '^4' THEN 'CCT_VISA' ELSE 'CCT_MASTERCARD' END,
    expire = lpad((1 + fixture_gen.n('oexm', i * 2 + s, 12))::text, 2, '0') || '/' || CASE WHEN s = 1 THEN 2021 + fixture_gen.n('oexy', i, 3) ELSE 2025 + fixture_gen.n('oexy', i, 5) END;

INSERT INTO PAYMENT_METHOD
SELECT m.pm_id, 'CREDIT_CARD', m.pid,
       CASE WHEN fixture_gen.n('opmd', m.i * 2 + m.s, 100) < 22 THEN fixture_gen.pick(ARRAY['My Visa', 'Work Amex', 'Joint account card (' || fixture_gen.first_name('opmsp', m.i) || ')', 'Mum''s card - ask before using',
            'Business card', 'Old card, do not use', 'Christmas budget card', 'Card for ' || p.first || '''s bakery', 'Revolut'], 'opmdv', m.i * 2 + m.s) END,
       m.from_date, m.thru_date, coalesce(m.thru_date, m.from_date), m.from_date
FROM ogen.pm m JOIN ogen.p p ON p.i = m.i;
INSERT INTO CREDIT_CARD
SELECT m.pm_id, m.card_type, ogen.enc('occe', m.i * 2 + m.s, length(m.card)),
       CASE WHEN p.c = 1 AND m.i % 3 = 0 THEN lpad((1 + fixture_gen.n('ovfm', m.i, 12))::text, 2, '0') || '/' || (2019 + fixture_gen.n('ovfy', m.i, 4)) END,
       m.expire,
       CASE WHEN p.c = 1 AND m.i % 17 = 0 THEN (1 + m.i % 3)::text END,
       CASE WHEN p.i > 1360 THEN (SELECT gg.nm FROM ogen.g gg WHERE gg.g = 1 + (p.i - 1361) % 50) END,
       CASE WHEN fixture_gen.n('otoc', m.i, 100) < 10 THEN coalesce(p.salut, 'Mr.') END,
       CASE WHEN fixture_gen.n('ocsp', m.i * 2 + m.s, 100) < 7 THEN fixture_gen.first_name('ocspn', m.i) WHEN m.i % 6 = 0 THEN upper(p.first) ELSE p.first END,
       CASE WHEN m.i % 6 = 0 THEN upper(p.last) ELSE p.last END,
       (1000000 + 10 * p.i + 2)::text, coalesce(m.thru_date, m.from_date), m.from_date
FROM ogen.pm m JOIN ogen.p p ON p.i = m.i;

INSERT INTO ogen.pm (pm_id, typ, i, pid, s, card, from_date, thru_date)
SELECT (30000 + i)::text, 'EFT_ACCOUNT', i, pid, 0,
       CASE WHEN c = 0 THEN fixture_gen.digits('oacct', i, 8 + i % 5) ELSE fixture_gen.iban_for('oiban', i) END, created + interval '3 days', NULL
FROM ogen.p WHERE NOT staff AND fixture_gen.n('opmc', i, 100) BETWEEN 60 AND 63 AND c IN (0, 2, 3, 7);
INSERT INTO PAYMENT_METHOD
SELECT m.pm_id, 'EFT_ACCOUNT', m.pid, CASE WHEN m.i % 3 = 0 THEN fixture_gen.pick(ARRAY['Checking', 'Household account', 'Girokonto', 'Compte joint'], 'oefd', m.i) END,
       m.from_date, NULL, m.from_date, m.from_date
FROM ogen.pm m WHERE m.typ = 'EFT_ACCOUNT';
INSERT INTO EFT_ACCOUNT
SELECT m.pm_id,
       CASE p.c WHEN 0 THEN fixture_gen.pick(ARRAY['JPMorgan Chase Bank', 'Fifth Third Bank', 'The Huntington National Bank', 'Wells Fargo Bank', 'Bank of America'], 'obk', m.i)
                WHEN 2 THEN fixture_gen.pick(ARRAY['Deutsche Bank', 'Commerzbank', 'Sparkasse KölnBonn'], 'obk', m.i) WHEN 3 THEN fixture_gen.pick(ARRAY['BNP Paribas', 'Crédit Agricole'], 'obk', m.i)
                ELSE fixture_gen.pick(ARRAY['CaixaBank', 'BBVA', 'ING'], 'obk', m.i) END,
       CASE p.c WHEN 0 THEN fixture_gen.pick(ARRAY['044000037', '042000314', '044000024', '121000248', '026009593'], 'obk', m.i)
                WHEN 2 THEN fixture_gen.pick(ARRAY['DEUTDEFFXXX', 'COBADEFFXXX', 'COLSDE33XXX'], 'obk', m.i) WHEN 3 THEN fixture_gen.pick(ARRAY['BNPAFRPPXXX', 'AGRIFRPPXXX'], 'obk', m.i)
                ELSE fixture_gen.pick(ARRAY['CAIXESBBXXX', 'BBVAESMMXXX', 'INGDESMMXXX'], 'obk', m.i) END,
       CASE WHEN m.i % 4 = 0 THEN 'Savings' ELSE 'Checking' END,
       ogen.enc('oefe', m.i, length(m.card)), p.first || ' ' || p.last, NULL, (1000000 + 10 * p.i + 2)::text, m.from_date, m.from_date
FROM ogen.pm m JOIN ogen.p p ON p.i = m.i WHERE m.typ = 'EFT_ACCOUNT';
-- the trade accounts that pay by ACH, and the suppliers Copperleaf pays.
INSERT INTO ogen.pm (pm_id, typ, i, pid, s, card, from_date, thru_date)
SELECT (36000 + g)::text, 'EFT_ACCOUNT', 100000 + g, pid, 0, CASE WHEN c = 0 THEN fixture_gen.digits('ogacct', g, 10) ELSE fixture_gen.iban_for('ogiban', g) END, ogen.ts('ogcr', g) + interval '10 days', NULL
FROM ogen.g WHERE NOT customer OR g % 3 = 0;
INSERT INTO PAYMENT_METHOD
SELECT m.pm_id, 'EFT_ACCOUNT', m.pid, CASE WHEN gg.customer THEN 'ACH debit authorised by the owner' ELSE 'Supplier remittance account' END, m.from_date, NULL, m.from_date, m.from_date
FROM ogen.pm m JOIN ogen.g gg ON gg.pid = m.pid;
INSERT INTO EFT_ACCOUNT
SELECT m.pm_id, CASE WHEN gg.c = 0 THEN fixture_gen.pick(ARRAY['KeyBank', 'PNC Bank', 'U.S. Bank'], 'ogbk', gg.g) WHEN gg.c = 5 THEN 'MUFG Bank' WHEN gg.c = 4 THEN 'HDFC Bank' WHEN gg.c = 1 THEN 'Barclays Bank UK PLC' ELSE 'Commerzbank' END,
       CASE WHEN gg.c = 0 THEN fixture_gen.pick(ARRAY['041001039', '043000096', '091000022'], 'ogbk', gg.g) WHEN gg.c = 5 THEN 'BOTKJPJT' WHEN gg.c = 4 THEN 'HDFC0000240' WHEN gg.c = 1 THEN '20-00-00' ELSE 'COBADEFFXXX' END,
       'Business Checking', ogen.enc('ogefe', gg.g, length(m.card)),
       CASE WHEN gg.g % 2 = 0 THEN (SELECT p.first || ' ' || p.last FROM ogen.p p WHERE p.i = 1360 + gg.g) ELSE gg.nm END, gg.nm, (2000000 + 10 * gg.g + 2)::text, m.from_date, m.from_date
FROM ogen.pm m JOIN ogen.g gg ON gg.pid = m.pid;

INSERT INTO ogen.pm (pm_id, typ, i, pid, s, card, from_date, thru_date)
SELECT (40000 + k)::text, 'GIFT_CARD', p.i, p.pid, 0, '6006' || fixture_gen.digits('ogcn', k, 12), ogen.ts('ogcf', k), NULL
FROM generate_series(1, 90) k JOIN ogen.p p ON p.i = 61 + fixture_gen.n('ogcp', k, 1300);
INSERT INTO PAYMENT_METHOD SELECT pm_id, 'GIFT_CARD', pid, NULL, from_date, NULL, from_date, from_date FROM ogen.pm WHERE typ = 'GIFT_CARD';
INSERT INTO GIFT_CARD
SELECT pm_id, ogen.enc('ogce', i, 16), ogen.enc('ogcpin', i, 4), CASE WHEN i % 3 = 0 THEN '12/' || (2025 + i % 3) END, NULL, from_date, from_date FROM ogen.pm WHERE typ = 'GIFT_CARD';

-- Orders WS10000-WS12399: web orders, trade orders placed by the B2B
-- contacts, phone orders keyed in by customer service, the Columbus pop-up
-- store's POS, and eBay.
CREATE TABLE ogen.o AS
SELECT k, 'WS' || (9999 + k) AS order_id, kind, p.i, p.pid, p.login, p.c, p.first, p.last, p.email, p.geo, gg.g, gg.pid AS gpid,
       greatest(ogen.ts('ood', k), p.created + interval '2 hours') AS at
FROM generate_series(1, 2400) k
CROSS JOIN LATERAL (SELECT CASE WHEN m < 78 THEN 'WEB' WHEN m < 86 THEN 'B2B' WHEN m < 93 THEN 'PHONE' WHEN m < 96 THEN 'POS' ELSE 'EBAY' END AS kind
                    FROM (SELECT fixture_gen.n('ook', k, 100) AS m) mm) kk
LEFT JOIN ogen.g gg ON kk.kind = 'B2B' AND gg.g = 1 + fixture_gen.n('oog', k, 34)
JOIN ogen.p p ON p.i = CASE WHEN kk.kind = 'B2B' THEN 1360 + gg.g ELSE 61 + fixture_gen.n('ooc', k, 1300) END;
ALTER TABLE ogen.o ADD PRIMARY KEY (k);
ALTER TABLE ogen.o ADD COLUMN status text, ADD COLUMN paytype text, ADD COLUMN pm_id text, ADD COLUMN card text, ADD COLUMN ship_cm text, ADD COLUMN staff_login text, ADD COLUMN sub numeric, ADD COLUMN total numeric;
UPDATE ogen.o o SET
  status = CASE WHEN fixture_gen.n('oos', o.k, 100) < 4 THEN 'ORDER_CANCELLED' WHEN o.at > timestamptz '2025-01-28 00:00:00+00' THEN 'ORDER_APPROVED' ELSE 'ORDER_COMPLETED' END,
  staff_login = (SELECT s.login FROM ogen.p s WHERE s.i = CASE WHEN o.c IN (0, 4, 5) THEN 23 + o.k % 8 ELSE 41 + o.k % 6 END),
  ship_cm = CASE WHEN o.kind = 'B2B' THEN (2000000 + 10 * o.g + 2)::text
                 WHEN o.k % 3 = 0 AND EXISTS (SELECT 1 FROM ogen.cm m WHERE m.cmid = (1000000 + 10 * o.i + 3)::text) THEN (1000000 + 10 * o.i + 3)::text
                 ELSE (1000000 + 10 * o.i + 2)::text END;
UPDATE ogen.o o SET paytype = x.t, pm_id = x.pm, card = x.card
FROM (SELECT o2.k, CASE WHEN o2.kind = 'B2B' THEN CASE WHEN e.pm_id IS NOT NULL THEN 'EFT_ACCOUNT' ELSE 'EXT_BILLACCT' END
                        WHEN cc.pm_id IS NOT NULL AND (o2.kind <> 'WEB' OR o2.k % 7 <> 0) THEN 'CREDIT_CARD'
                        WHEN pe.pm_id IS NOT NULL THEN 'EFT_ACCOUNT' WHEN gc.pm_id IS NOT NULL THEN 'GIFT_CARD' WHEN o2.kind = 'EBAY' THEN 'EXT_EBAY' ELSE 'EXT_PAYPAL' END AS t,
             CASE WHEN o2.kind = 'B2B' THEN e.pm_id WHEN cc.pm_id IS NOT NULL AND (o2.kind <> 'WEB' OR o2.k % 7 <> 0) THEN cc.pm_id ELSE coalesce(pe.pm_id, gc.pm_id) END AS pm,
             CASE WHEN o2.kind <> 'B2B' AND (o2.kind <> 'WEB' OR o2.k % 7 <> 0) THEN cc.card END AS card
      FROM ogen.o o2
      LEFT JOIN ogen.pm e ON e.pid = o2.gpid
      LEFT JOIN ogen.pm cc ON cc.i = o2.i AND cc.typ = 'CREDIT_CARD' AND cc.s = 0
      LEFT JOIN ogen.pm pe ON pe.i = o2.i AND pe.typ = 'EFT_ACCOUNT'
      LEFT JOIN (SELECT DISTINCT ON (i) i, pm_id FROM ogen.pm WHERE typ = 'GIFT_CARD' ORDER BY i, pm_id) gc ON gc.i = o2.i) x
WHERE x.k = o.k;
UPDATE ogen.o SET paytype = 'EXT_EBAY', pm_id = NULL, card = NULL WHERE kind = 'EBAY';
UPDATE ogen.o SET paytype = 'EXT_OFFLINE', pm_id = NULL WHERE kind = 'PHONE' AND paytype = 'EXT_PAYPAL';
UPDATE ogen.o SET paytype = 'EXT_PAYPAL' WHERE kind = 'POS' AND paytype <> 'CREDIT_CARD';
UPDATE ogen.o SET paytype = 'CREDIT_CARD', card = fixture_gen.card('oposc', k) WHERE kind = 'POS' AND paytype = 'EXT_PAYPAL';

CREATE TABLE ogen.oi AS
SELECT o.k, j, lpad(j::text, 5, '0') AS seq, pr.product_id, pr.nm, pr.cat, pr.price,
       CASE WHEN o.kind = 'B2B' THEN (ARRAY[6, 12, 12, 24, 48])[1 + fixture_gen.n('oiq', o.k * 10 + j, 5)] ELSE 1 + CASE WHEN fixture_gen.n('oiq', o.k * 10 + j, 10) > 7 THEN 1 + fixture_gen.n('oiq2', o.k * 10 + j, 2) ELSE 0 END END AS qty
FROM ogen.o o CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('oin', o.k, 4)) j
JOIN ogen.prod pr ON pr.k = CASE WHEN fixture_gen.n('oigc', o.k * 10 + j, 40) = 0 THEN 117 + fixture_gen.n('oigcv', o.k * 10 + j, 3) ELSE fixture_gen.n('oip', o.k * 10 + j, 117) END;
UPDATE ogen.o o SET sub = x.s FROM (SELECT k, sum(price * qty) AS s FROM ogen.oi GROUP BY k) x WHERE x.k = o.k;
UPDATE ogen.o SET total = round(sub * CASE WHEN geo = 'USA' AND kind <> 'B2B' THEN 1.0725 ELSE 1 END + CASE WHEN sub >= 100 OR kind = 'POS' THEN 0 ELSE 9.95 END, 2);

INSERT INTO ORDER_HEADER
SELECT order_id, 'SALES_ORDER',
       CASE WHEN kind = 'B2B' THEN 'PO ' || fixture_gen.digits('opo', k, 5) || CASE WHEN k % 3 = 0 THEN ' - ' || fixture_gen.pick(ARRAY['weekly restock', 'new menu launch', 'replacement knives', 'spring refit'], 'opon', k) ELSE '' END
            WHEN fixture_gen.n('oonm', k, 100) < 4 THEN fixture_gen.pick(ARRAY['Wedding gift for ' || fixture_gen.first_name('oow1', k) || ' & ' || fixture_gen.first_name('oow2', k),
                 'Mum''s 70th', 'Christmas - ' || last || ' family', 'Housewarming ' || fixture_gen.first_name('oow3', k), 'Office kitchen'], 'oonmv', k) END,
       CASE WHEN kind = 'EBAY' THEN fixture_gen.digits('oebay', k, 2) || '-' || fixture_gen.digits('oebay2', k, 5) || '-' || fixture_gen.digits('oebay3', k, 5) END,
       CASE kind WHEN 'WEB' THEN 'WEB_SALES_CHANNEL' WHEN 'B2B' THEN 'EMAIL_SALES_CHANNEL' WHEN 'PHONE' THEN 'PHONE_SALES_CHANNEL' WHEN 'POS' THEN 'POS_SALES_CHANNEL' ELSE 'EBAY_SALES_CHANNEL' END,
       at, CASE WHEN kind = 'WEB' THEN (100001 + fixture_gen.n('oovis', k, 5000))::text END, status,
       CASE WHEN kind IN ('PHONE', 'B2B') THEN staff_login WHEN kind = 'POS' THEN (SELECT s.login FROM ogen.p s WHERE s.i = 23 + k % 3) WHEN kind = 'EBAY' THEN 'system' ELSE coalesce(login, 'anonymous') END,
       CASE WHEN kind = 'WEB' THEN 'CopperleafWeb' END, 'CL_STORE', total, at + make_interval(days => 2 + fixture_gen.n('oolu', k, 12)), at
FROM ogen.o;

INSERT INTO ORDER_ITEM
SELECT o.order_id, i.seq, i.product_id, i.qty, i.price, i.nm,
       CASE WHEN i.cat = 'CL_KNIVES' AND fixture_gen.n('oeng', o.k * 10 + i.j, 100) < 14 THEN 'Engraving: "' || fixture_gen.pick(ARRAY[o.first, 'For ' || fixture_gen.first_name('oengn', o.k) || ', love ' || o.first,
                 o.first || ' ' || o.last || ' - Chef', 'Happy retirement ' || fixture_gen.first_name('oengr', o.k), upper(left(o.first, 1)) || '.' || upper(left(o.last, 1)) || '. ' || extract(year FROM o.at)], 'oengv', o.k * 10 + i.j) || '"'
            WHEN i.product_id LIKE 'CL-GC-%' THEN 'Send to ' || fixture_gen.email('ogcto', o.k) || ' on ' || to_char(o.at + interval '5 days', 'YYYY-MM-DD')
            WHEN fixture_gen.n('oicm', o.k * 10 + i.j, 100) < 3 THEN fixture_gen.pick(ARRAY['Please gift wrap', 'No invoice in the box please, it is a present', 'Matching the one bought in 2022'], 'oicmv', o.k * 10 + i.j) END,
       CASE WHEN o.status = 'ORDER_CANCELLED' THEN 'ITEM_CANCELLED' WHEN o.status = 'ORDER_COMPLETED' THEN 'ITEM_COMPLETED' ELSE 'ITEM_APPROVED' END,
       CASE WHEN o.status = 'ORDER_CANCELLED' THEN o.staff_login END, o.at + interval '3 days', o.at
FROM ogen.oi i JOIN ogen.o o ON o.k = i.k;

INSERT INTO ORDER_ITEM_SHIP_GROUP
SELECT o.order_id, '00001',
       CASE WHEN o.kind = 'POS' THEN 'NO_SHIPPING' WHEN o.geo = 'USA' AND o.kind <> 'B2B' THEN fixture_gen.pick(ARRAY['GROUND', 'GROUND', 'NEXT_DAY', 'STANDARD'], 'osm', o.k) WHEN o.geo = 'USA' THEN 'GROUND' ELSE fixture_gen.pick(ARRAY['EXPRESS', 'STANDARD'], 'osm', o.k) END,
       CASE WHEN o.kind = 'POS' THEN '_NA_' WHEN o.geo = 'USA' THEN fixture_gen.pick(ARRAY['UPS', 'UPS', 'USPS', 'FEDEX'], 'ocar', o.k) ELSE 'DHL' END,
       CASE WHEN o.kind <> 'POS' THEN o.ship_cm END,
       CASE WHEN o.kind <> 'POS' AND EXISTS (SELECT 1 FROM ogen.cm m WHERE m.cmid = (1000000 + 10 * o.i + 1)::text) THEN (1000000 + 10 * o.i + 1)::text END,
       CASE WHEN o.kind <> 'POS' AND o.status = 'ORDER_COMPLETED' THEN CASE WHEN o.geo <> 'USA' THEN fixture_gen.digits('otrk', o.k, 10)
            ELSE (ARRAY['1Z' || fixture_gen.chars('otrk', o.k, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') || '03' || fixture_gen.digits('otrk2', o.k, 8),
                        '1Z' || fixture_gen.chars('otrk', o.k, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') || '03' || fixture_gen.digits('otrk2', o.k, 8),
                        '9400' || fixture_gen.digits('otrk', o.k, 18), fixture_gen.digits('otrk', o.k, 12)])[1 + fixture_gen.n('ocar', o.k, 4)] END END,
       CASE WHEN o.kind <> 'POS' AND fixture_gen.n('oshi', o.k, 100) < 8 THEN fixture_gen.pick(ARRAY['Leave at the back door if no answer.', 'Deliver to reception, ask for ' || o.first || '.',
            'Call before delivery: ' || coalesce((SELECT '+' || p.cc || ' ' || coalesce(p.tel_area || ' ', '') || p.tel_num FROM ogen.p p WHERE p.i = o.i), 'n/a'),
            'Not before 10am, night shift worker.', 'Kitchen entrance on ' || fixture_gen.pick(ARRAY['Elm St', 'Mill Lane', 'Rue Sainte'], 'oshst', o.k) || ', not the front of house.',
            'If out, leave with ' || fixture_gen.first_name('oshn2', o.k) || ' at number ' || (3 + o.k % 50) || '.'], 'oshiv', o.k) END,
       CASE WHEN o.kind IN ('WEB', 'PHONE') AND fixture_gen.n('ogift', o.k, 100) < 9 THEN fixture_gen.pick(ARRAY[
            'Happy birthday ' || fixture_gen.first_name('ogr', o.k) || '! Love, ' || o.first,
            'Congratulations on the new home, ' || fixture_gen.first_name('ogr', o.k) || ' & ' || fixture_gen.first_name('ogr2', o.k) || '. From the ' || o.last || 's',
            'Merry Christmas from all of us. ' || o.first || ' x', 'For the best cook I know. Happy anniversary, ' || fixture_gen.first_name('ogr', o.k) || '.',
            'Thank you for looking after Biscuit while we were away! - ' || o.first || ' ' || o.last, 'Good luck at culinary school!'], 'ogiftv', o.k) END,
       CASE WHEN o.kind IN ('WEB', 'PHONE') AND fixture_gen.n('ogift', o.k, 100) < 9 THEN 'Y' ELSE 'N' END,
       o.at + interval '2 days', o.at
FROM ogen.o o;

INSERT INTO ORDER_CONTACT_MECH SELECT order_id, 'SHIPPING_LOCATION', ship_cm, at, at FROM ogen.o WHERE kind <> 'POS';
INSERT INTO ORDER_CONTACT_MECH SELECT o.order_id, 'ORDER_EMAIL', m.cmid, o.at, o.at FROM ogen.o o JOIN ogen.cm m ON m.cmid = (1000000 + 10 * o.i)::text;
INSERT INTO ORDER_CONTACT_MECH SELECT order_id, 'BILLING_LOCATION', CASE WHEN kind = 'B2B' THEN (2000000 + 10 * g + 2)::text ELSE (1000000 + 10 * i + 2)::text END, at, at
FROM ogen.o WHERE paytype IN ('CREDIT_CARD', 'EFT_ACCOUNT', 'EXT_BILLACCT') AND (kind = 'B2B' OR i % 50 <> 0);
INSERT INTO ORDER_ROLE
SELECT order_id, r.pid, r.role, at, at
FROM ogen.o, LATERAL (VALUES (ogen.o.pid, 'PLACING_CUSTOMER'), (coalesce(ogen.o.gpid, ogen.o.pid), 'BILL_TO_CUSTOMER'), (coalesce(ogen.o.gpid, ogen.o.pid), 'SHIP_TO_CUSTOMER'), ('Company', 'BILL_FROM_VENDOR')) r(pid, role);
INSERT INTO PARTY_ROLE SELECT DISTINCT r.party_id, r.role_type_id, min(r.created_tx_stamp), min(r.created_tx_stamp) FROM ORDER_ROLE r GROUP BY 1, 2 ON CONFLICT DO NOTHING;

-- Payment preferences: a CVV kept on some early card orders, the track-2
-- data the pop-up store's card reader passed through, manual authorisations
-- taken by phone while the gateway was down; a declined first attempt.
INSERT INTO ORDER_PAYMENT_PREFERENCE
SELECT (10000 + k)::text, order_id, paytype, pm_id,
       CASE WHEN paytype = 'CREDIT_CARD' AND kind <> 'POS' AND (at < timestamptz '2021-08-01 00:00:00+00' OR (kind = 'PHONE' AND k % 3 = 0)) THEN fixture_gen.digits('ocvv', k, CASE WHEN card ~ '^3[47]' THEN 4 ELSE 3 END) END,
       CASE WHEN kind = 'POS' AND paytype = 'CREDIT_CARD' THEN ';' || card || '=' || to_char(at + interval '3 years', 'YYMM') || '101' || fixture_gen.digits('otr2', k, 9) || '?' END,
       total,
       CASE WHEN paytype = 'CREDIT_CARD' AND kind <> 'POS' THEN (SELECT p.pc FROM ogen.p p WHERE p.i = ogen.o.i) END,
       CASE WHEN kind = 'PHONE' AND k % 29 = 0 THEN fixture_gen.chars('omac', k, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') END,
       CASE WHEN kind = 'PHONE' AND k % 29 = 0 THEN 'TEL-' || to_char(at, 'YYYYMMDD') || '-' || (k % 100) END,
       CASE WHEN status = 'ORDER_CANCELLED' THEN 'PAYMENT_CANCELLED' WHEN paytype = 'EXT_BILLACCT' THEN 'PAYMENT_NOT_RECEIVED' WHEN status = 'ORDER_APPROVED' THEN 'PAYMENT_AUTHORIZED'
            WHEN paytype IN ('EXT_PAYPAL', 'EXT_EBAY', 'EXT_OFFLINE') THEN 'PAYMENT_RECEIVED' ELSE 'PAYMENT_SETTLED' END,
       at, (SELECT h.created_by FROM ORDER_HEADER h WHERE h.order_id = ogen.o.order_id), at + interval '2 days', at
FROM ogen.o;
INSERT INTO ORDER_PAYMENT_PREFERENCE
SELECT (20000 + k)::text, order_id, 'CREDIT_CARD', pm_id, NULL, NULL, total, (SELECT p.pc FROM ogen.p p WHERE p.i = ogen.o.i), NULL, NULL, 'PAYMENT_DECLINED',
       at - interval '3 minutes', (SELECT h.created_by FROM ORDER_HEADER h WHERE h.order_id = ogen.o.order_id), at - interval '3 minutes', at - interval '3 minutes'
FROM ogen.o WHERE paytype = 'CREDIT_CARD' AND kind IN ('WEB', 'PHONE') AND k % 23 = 0;

-- Gateway responses. Authorize.Net AIM for cards: until the logging level
-- was lowered in mid-2021 (and on every capture retried by hand since),
-- gateway_message kept the whole pipe-delimited reply, cardholder included.
CREATE TABLE ogen.r AS
SELECT o.*, t.step, (10000 + 3 * o.k + t.step)::text AS pgr_id, '6' || fixture_gen.digits('oanet', o.k, 10) AS trans,
       fixture_gen.chars('oauth', o.k, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') AS authc, p.addr1, p.city, p.state, p.pc, p.cc, p.tel_area, p.tel_num
FROM ogen.o o JOIN ogen.p p ON p.i = o.i,
LATERAL (SELECT s AS step FROM generate_series(0, 2) s) t
WHERE (o.paytype = 'CREDIT_CARD' AND (t.step = 0 OR (t.step = 1 AND o.status = 'ORDER_COMPLETED') OR (t.step = 2 AND o.kind IN ('WEB', 'PHONE') AND o.k % 23 = 0)))
   OR (o.paytype = 'EXT_PAYPAL' AND t.step = 1 AND o.status <> 'ORDER_CANCELLED');
INSERT INTO PAYMENT_GATEWAY_RESPONSE
SELECT pgr_id,
       CASE WHEN paytype = 'EXT_PAYPAL' THEN 'PRDS_PAY_EXTERNAL' WHEN step = 1 THEN 'PRDS_PAY_CAPTURE' ELSE 'PRDS_PAY_AUTH' END,
       CASE WHEN step = 2 THEN (20000 + k)::text ELSE (10000 + k)::text END, pm_id,
       CASE WHEN paytype = 'EXT_PAYPAL' THEN 'PGT_CAPTURE' WHEN step = 1 THEN 'PGT_CAPTURE' ELSE 'PGT_AUTHORIZE' END, total,
       CASE WHEN paytype = 'EXT_PAYPAL' THEN upper(fixture_gen.chars('opp', k, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')) WHEN step = 2 THEN '0' ELSE trans END,
       CASE WHEN paytype = 'EXT_PAYPAL' THEN 'Success' WHEN step = 2 THEN '2' ELSE '1' END,
       CASE WHEN paytype = 'EXT_PAYPAL' THEN NULL WHEN geo <> 'USA' THEN 'G' ELSE fixture_gen.pick(ARRAY['Y', 'Y', 'Y', 'A', 'Z', 'N', 'U'], 'oavs', k) END,
       CASE WHEN paytype = 'EXT_PAYPAL' OR step = 1 THEN NULL WHEN step = 2 THEN 'N' ELSE fixture_gen.pick(ARRAY['M', 'M', 'M', 'M', 'P', 'U'], 'ocvr', k) END,
       CASE WHEN paytype = 'EXT_PAYPAL' THEN 'Completed: ' || fixture_gen.pick(ARRAY['instant', 'echeck'], 'oppt', k)
            WHEN step = 2 THEN CASE WHEN k % 2 = 0 THEN 'This transaction has been declined.' ELSE 'The credit card has expired.' END
            WHEN at < timestamptz '2021-07-01 00:00:00+00' OR k % 11 = 0 THEN left('1|1|1|This transaction has been approved.|' || authc || '|' || CASE WHEN geo = 'USA' THEN 'Y' ELSE 'G' END || '|' || trans || '|' || order_id
                 || '|Copperleaf Home order|' || total || '|CC|' || CASE WHEN step = 0 THEN 'auth_only' ELSE 'prior_auth_capture' END || '|' || pid || '|' || first || '|' || last || '||' || coalesce(addr1, '')
                 || '|' || coalesce(city, '') || '|' || coalesce(state, '') || '|' || coalesce(pc, '') || '|' || geo || '|' || coalesce(cc || ' ' || coalesce(tel_area || ' ', '') || tel_num, '') || '||' || coalesce(email, '') || '|', 255)
            ELSE 'This transaction has been approved.' END,
       at + make_interval(secs => CASE WHEN step = 1 THEN 86400 + fixture_gen.n('ocapt', k, 86400) WHEN step = 2 THEN -180 ELSE 2 END),
       CASE WHEN step = 2 THEN 'Y' ELSE 'N' END, 'N', CASE WHEN step = 2 AND k % 2 = 1 THEN 'Y' ELSE 'N' END,
       at + make_interval(secs => CASE WHEN step = 1 THEN 86400 + fixture_gen.n('ocapt', k, 86400) WHEN step = 2 THEN -180 ELSE 2 END),
       at + make_interval(secs => CASE WHEN step = 1 THEN 86400 + fixture_gen.n('ocapt', k, 86400) WHEN step = 2 THEN -180 ELSE 2 END)
FROM ogen.r;

-- Payments received, trade customers' wires and cheques, refunds.
INSERT INTO PAYMENT
SELECT (10000 + o.k)::text, 'CUSTOMER_PAYMENT', o.pm_id, r.pgr_id, coalesce(o.gpid, o.pid), 'Company',
       CASE WHEN o.at > timestamptz '2025-01-20 00:00:00+00' THEN 'PMNT_RECEIVED' ELSE 'PMNT_CONFIRMED' END,
       coalesce(o.at + interval '1 day', o.at) + CASE WHEN o.kind = 'B2B' THEN make_interval(days => 20 + fixture_gen.n('ob2bp', o.k, 25)) ELSE interval '0' END,
       CASE WHEN r.pgr_id IS NOT NULL THEN CASE WHEN o.paytype = 'EXT_PAYPAL' THEN upper(fixture_gen.chars('opp', o.k, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')) ELSE r.trans END
            WHEN o.kind = 'B2B' AND o.k % 4 = 0 THEN 'CHK ' || fixture_gen.digits('ochk', o.k, 4)
            WHEN o.kind = 'B2B' THEN 'FT' || fixture_gen.digits('oft', o.k, 10)
            WHEN o.paytype = 'EXT_EBAY' THEN 'EBAY-' || fixture_gen.digits('oebp', o.k, 12) END,
       o.total,
       CASE WHEN o.kind = 'B2B' AND o.k % 5 = 0 THEN 'Remittance advice from ' || (SELECT p.email FROM ogen.p p WHERE p.i = o.i) || ', short-paid ' || (1 + o.k % 40) || '.00 for a dented pan.'
            WHEN o.kind = 'B2B' AND o.k % 5 = 1 THEN 'Wire from ' || (SELECT gg.nm FROM ogen.g gg WHERE gg.g = o.g) || ', two invoices in one transfer.'
            WHEN o.paytype = 'EXT_OFFLINE' THEN 'Cheque received by post.' END,
       o.at + interval '3 days', o.at + interval '1 day'
FROM ogen.o o LEFT JOIN ogen.r r ON r.k = o.k AND (r.step = 1)
WHERE o.status = 'ORDER_COMPLETED';
INSERT INTO PAYMENT
SELECT (30000 + o.k)::text, 'CUSTOMER_REFUND', o.pm_id, NULL, 'Company', coalesce(o.gpid, o.pid), 'PMNT_SENT', o.at + make_interval(days => 12 + o.k % 20),
       NULL, round(o.total * (ARRAY[1, 0.5, 0.2])[1 + o.k % 3], 2),
       fixture_gen.pick(ARRAY['Refund for chipped mug, approved by ' || (SELECT s.first FROM ogen.p s WHERE s.i = 38) || '.',
            'Partial refund - delivery 9 days late.', 'Customer ' || o.first || ' ' || o.last || ' returned the Dutch oven, wrong colour.',
            'Goodwill refund after ' || o.first || ' called three times (' || coalesce(o.email, 'no email') || ').', 'Duplicate charge reversed.'], 'orfc', o.k),
       o.at + make_interval(days => 12 + o.k % 20), o.at + make_interval(days => 12 + o.k % 20)
FROM ogen.o o WHERE o.status = 'ORDER_COMPLETED' AND fixture_gen.n('orfd', o.k, 100) < 3;

INSERT INTO INVOICE
SELECT (10000 + o.k)::text, 'SALES_INVOICE', 'Company', coalesce(o.gpid, o.pid),
       CASE WHEN o.status = 'ORDER_COMPLETED' THEN 'INVOICE_PAID' ELSE 'INVOICE_READY' END,
       CASE WHEN o.kind = 'B2B' THEN (2000000 + 10 * o.g + 2)::text WHEN o.i % 50 <> 0 THEN (1000000 + 10 * o.i + 2)::text END,
       o.at + interval '1 day', CASE WHEN o.kind = 'B2B' THEN o.at + interval '31 days' END,
       CASE WHEN o.kind = 'B2B' THEN 'Attn: ' || o.first || ' ' || o.last || ', ' || (SELECT gg.nm FROM ogen.g gg WHERE gg.g = o.g) || ' - please quote the invoice number on your remittance.'
            WHEN o.k % 31 = 0 THEN 'Thank you for shopping with Copperleaf!' END,
       CASE WHEN o.kind = 'B2B' THEN (SELECT h.order_name FROM ORDER_HEADER h WHERE h.order_id = o.order_id) WHEN o.kind = 'EBAY' THEN (SELECT h.external_id FROM ORDER_HEADER h WHERE h.order_id = o.order_id) END,
       CASE WHEN o.kind = 'B2B' THEN 'Trade order ' || o.order_id END,
       o.at + interval '2 days', o.at + interval '1 day'
FROM ogen.o o WHERE o.status <> 'ORDER_CANCELLED';
INSERT INTO INVOICE_ITEM
SELECT (10000 + o.k)::text, i.seq, 'INV_FPROD_ITEM', i.product_id, i.qty, i.price, i.nm, o.at + interval '1 day', o.at + interval '1 day'
FROM ogen.oi i JOIN ogen.o o ON o.k = i.k WHERE o.status <> 'ORDER_CANCELLED';
INSERT INTO INVOICE_ITEM
SELECT (10000 + o.k)::text, '00100', 'ITM_SHIPPING_CHARGES', NULL, 1, 9.95, 'Shipping and Handling', o.at + interval '1 day', o.at + interval '1 day'
FROM ogen.o o WHERE o.status <> 'ORDER_CANCELLED' AND o.sub < 100 AND o.kind <> 'POS';
INSERT INTO INVOICE_ITEM
SELECT (10000 + o.k)::text, '00101', 'ITM_SALES_TAX', NULL, 1, round(o.sub * 0.0725, 2), 'Ohio State Sales Tax (7.25%)', o.at + interval '1 day', o.at + interval '1 day'
FROM ogen.o o WHERE o.status <> 'ORDER_CANCELLED' AND o.geo = 'USA' AND o.kind <> 'B2B';

INSERT INTO SHIPMENT
SELECT (10000 + o.k)::text, 'SALES_SHIPMENT', CASE WHEN o.at > timestamptz '2025-01-20 00:00:00+00' THEN 'SHIPMENT_SHIPPED' ELSE 'SHIPMENT_DELIVERED' END, o.order_id,
       o.at + make_interval(days => CASE WHEN o.geo = 'USA' THEN 4 ELSE 8 END),
       CASE WHEN fixture_gen.n('ohin', o.k, 100) < 6 THEN fixture_gen.pick(ARRAY['Fragile - glass lids, extra bubble wrap.', 'Double box: customer complained about dents last time.',
            'Include a handwritten thank-you note for ' || o.first || '.', 'Knife order - adult signature required.', 'Pack the gift receipt only, no prices.',
            'VIP: ' || o.first || ' ' || o.last || ' is a food writer, check the box is spotless.'], 'ohinv', o.k) END,
       o.ship_cm, coalesce(o.gpid, o.pid), 'Company', (SELECT s.login FROM ogen.p s WHERE s.i = 1 + o.k % 22), o.at + interval '2 days', o.at + interval '1 day'
FROM ogen.o o WHERE o.status = 'ORDER_COMPLETED' AND o.kind <> 'POS';
INSERT INTO SHIPMENT_PACKAGE
SELECT (10000 + o.k)::text, lpad(s::text, 5, '0'), o.at + interval '1 day', round((0.4 + fixture_gen.n('opkw', o.k * 3 + s, 90) / 10.0)::numeric, 2), CASE WHEN o.total > 200 THEN round(o.total / s, 2) END,
       o.at + interval '1 day', o.at + interval '1 day'
FROM ogen.o o, generate_series(1, 2) s WHERE o.status = 'ORDER_COMPLETED' AND o.kind <> 'POS' AND (s = 1 OR o.kind = 'B2B' OR o.k % 6 = 0);

-- Communication events 10001-: order confirmations, customers' emails
-- (stored by the mail client agent with their raw headers), replies, phone
-- call notes, contact form messages, password reset mails.
CREATE TABLE ogen.ce (id text, typ text, status text, cm_from text, cm_to text, pfrom text, pto text, at timestamptz, subject text, mime text, content text, note text,
    hdr text, fromstr text, tostr text, ccstr text, bccstr text, msgid text);
INSERT INTO ogen.ce
SELECT (10000 + o.k)::text, 'EMAIL_COMMUNICATION', 'COM_COMPLETE', '9001', (1000000 + 10 * o.i)::text, 'Company', o.pid, o.at + interval '40 seconds',
       'Copperleaf Home - Order Confirmation #' || o.order_id, 'text/html',
       '<html><body><p>Dear ' || o.first || ' ' || o.last || ',</p><p>Thank you for your order <b>' || o.order_id || '</b> of ' || to_char(o.at, 'FMMonth DD, YYYY') || '.</p><p>Ship to:<br/>'
           || coalesce((SELECT a.to_name || '<br/>' || a.address1 || '<br/>' || coalesce(a.address2 || '<br/>', '') || a.city || ' ' || a.postal_code FROM POSTAL_ADDRESS a WHERE a.contact_mech_id = o.ship_cm), '')
           || '</p><p>Order total: ' || o.total || '</p><p>You can follow your order at https://www.copperleafhome.example/ecommerce/control/orderstatus?orderId=' || o.order_id || '</p></body></html>',
       NULL, NULL, 'orders@copperleafhome.example', o.email, NULL, 'orders-archive@copperleafhome.example',
       '<' || fixture_gen.digits('omid', o.k, 9) || '.' || (o.k * 7) || '.' || fixture_gen.digits('omid2', o.k, 13) || '.JavaMail.ofbiz@erp.copperleafhome.example>'
FROM ogen.o o WHERE o.email IS NOT NULL AND o.i % 33 <> 0 AND o.k % 3 = 0 AND o.kind IN ('WEB', 'PHONE');

CREATE TABLE ogen.inb AS
SELECT e, p.i, p.pid, p.first, p.last, p.email, p.cc, p.tel_area, p.tel_num, p.addr1, p.city, p.pc, p.c, ogen.ts('oinb', e) AS at,
       'WS' || (10000 + fixture_gen.n('oino', e, 2400)) AS ord, fixture_gen.n('oint', e, 8) AS t
FROM generate_series(1, 420) e JOIN ogen.p p ON p.i = 61 + fixture_gen.n('oinp', e, 1300) AND p.email IS NOT NULL AND p.i % 33 <> 0;
INSERT INTO ogen.ce
SELECT (13000 + e)::text, 'EMAIL_COMMUNICATION', CASE WHEN e % 9 = 0 THEN 'COM_ENTERED' ELSE 'COM_COMPLETE' END, (1000000 + 10 * i)::text, '9000', pid, 'Company', at,
       (ARRAY['Re: Copperleaf Home - Order Confirmation #' || ord, 'Dented Dutch oven', 'Where is my order ' || ord || '?', 'Engraving typo on my knife', 'Invoice for ' || fixture_gen.pick(ARRAY['Okafor Design Studio', 'Lindqvist Consulting GmbH', 'Harbour Dental Ltd'], 'oinco', e),
              'Change of address', 'Charged twice?', 'Question about seasoning'])[1 + t],
       'text/plain',
       (ARRAY['Hi, I just ordered but I typed my street wrong, it should be ' || addr1 || ', ' || city || ' ' || pc || '. Can you fix it before it ships? Thanks, ' || first,
              'Hello, the Dutch oven from order ' || ord || ' arrived with a dent in the lid. Photos attached. I am home all week if you want to collect it. ' || first || ' ' || last || E'\n' || '+' || cc || ' ' || coalesce(tel_area || ' ', '') || coalesce(tel_num, ''),
              'Hi there, order ' || ord || ' still shows as processing after 10 days. Please call me on +' || cc || ' ' || coalesce(tel_area || ' ', '') || coalesce(tel_num, '') || ' or reply here.' || E'\n\n' || first,
              'Dear Copperleaf, the engraving on my santoku says "' || fixture_gen.first_name('oentp', e) || '" instead of "' || first || '". It was a gift for my husband''s 40th, can you redo it? Regards, ' || first || ' ' || last,
              'Hello, could you re-issue the invoice for ' || ord || ' to ' || fixture_gen.pick(ARRAY['Okafor Design Studio', 'Lindqvist Consulting GmbH', 'Harbour Dental Ltd'], 'oinco', e) || ', VAT ' || fixture_gen.vat('oinvat', e) || '? Thank you. ' || first || ' ' || last,
              'We have moved! New address: ' || fixture_gen.street('oinnew', e) || ', ' || fixture_gen.city('oinnc', e) || ' ' || fixture_gen.postcode('oinnp', e) || '. Please update my account. ' || first,
              'I was charged twice for ' || ord || ' on my card ending ' || right(fixture_gen.card('oincc', e), 4) || '. Full number is ' || fixture_gen.card('oincc', e) || ' if you need it to check. ' || first || ' ' || last,
              'Quick question: can I use soap on the carbon steel wok or will it strip the seasoning? Cheers'])[1 + t]
           || E'\n\n-- \nSent from my ' || fixture_gen.pick(ARRAY['iPhone', 'Galaxy', 'iPad', 'laptop'], 'oinsig', e),
       NULL,
       'Return-Path: <' || email || E'>\nReceived: from mail-' || fixture_gen.pick(ARRAY['wr1-f54.google.com', 'ej1-f43.google.com', 'eur05on2090.outbound.protection.outlook.com', 'sonic315-20.consmr.mail.ne1.yahoo.com'], 'oinrcv', e)
           || ' ([' || fixture_gen.ipv4('oinip', e) || E']) by mx1.copperleafhome.example with ESMTPS id ' || fixture_gen.chars('oinesm', e, 12) || E'\n'
           || 'From: ' || first || ' ' || last || ' <' || email || E'>\nTo: support@copperleafhome.example\nDate: ' || to_char(at, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0000\nMessage-ID: <CA+'
           || fixture_gen.chars('oinmid', e, 32) || E'@mail.gmail.com>\nX-Originating-IP: [' || fixture_gen.ipv4('oinoip', e) || E']\nMIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"',
       first || ' ' || last || ' <' || email || '>', 'support@copperleafhome.example',
       CASE WHEN e % 7 = 0 THEN fixture_gen.email('oincc', e) END, NULL,
       '<CA+' || fixture_gen.chars('oinmid', e, 32) || '@mail.gmail.com>'
FROM ogen.inb;
INSERT INTO ogen.ce
SELECT (14000 + e)::text, 'EMAIL_COMMUNICATION', 'COM_COMPLETE', '9000', (1000000 + 10 * b.i)::text, 'Company', b.pid, b.at + make_interval(hours => 3 + e % 40),
       'Re: ' || (SELECT c.subject FROM ogen.ce c WHERE c.id = (13000 + e)::text), 'text/plain',
       'Hi ' || b.first || E',\n\n' || (ARRAY['Thanks for letting us know, I have updated the shipping address on ' || b.ord || '.', 'Sorry about the dent! A replacement lid is on its way, no need to send the old one back.',
              'Your parcel was delayed at the DHL hub, it should reach you on Thursday.', 'We will re-engrave it free of charge, please send the knife back with the label attached.',
              'The corrected invoice is attached.', 'Done, your new address is saved.', 'You were charged once; the second line is an authorisation that will drop off. Please never send us your full card number by email.',
              'A drop of mild soap is fine, just dry it on the hob and wipe with oil.'])[1 + b.t]
           || E'\n\nKind regards,\n' || s.first || ' ' || s.last || E'\nCustomer Service, Copperleaf Home & Kitchen\n+1 866 420 7731',
       NULL, NULL, 'Copperleaf Support <support@copperleafhome.example>', b.email, NULL, NULL,
       '<' || fixture_gen.digits('orpid', e, 9) || '.' || e || '.' || fixture_gen.digits('orpid2', e, 13) || '.JavaMail.ofbiz@erp.copperleafhome.example>'
FROM ogen.inb b JOIN ogen.p s ON s.i = CASE WHEN b.c IN (1, 2, 3, 7) THEN 41 + e % 6 ELSE 23 + e % 8 END WHERE e % 5 <> 0;
INSERT INTO ogen.ce
SELECT (15000 + e)::text, 'PHONE_COMMUNICATION', 'COM_COMPLETE', CASE WHEN EXISTS (SELECT 1 FROM ogen.cm m WHERE m.cmid = (1000000 + 10 * p.i + 1)::text) THEN (1000000 + 10 * p.i + 1)::text END, NULL, p.pid, s.pid,
       ogen.ts('ophc', e), fixture_gen.pick(ARRAY['Call: missing parcel', 'Call: return request', 'Call: order by phone', 'Call: product question', 'Callback'], 'ophs', e), NULL, NULL,
       fixture_gen.pick(ARRAY[
         p.first || ' ' || p.last || ' called from +' || p.cc || ' ' || coalesce(p.tel_area || ' ', '') || coalesce(p.tel_num, '') || ', parcel WS' || (10000 + e % 2400) || ' shows delivered but not received. Neighbour at no. ' || (1 + e % 40) || ' has it, customer will collect.',
         'Customer wants to return the stockpot, too big. Sent return label to ' || coalesce(p.email, 'her post address') || '.',
         'Took phone order for ' || p.first || ', paid by card over the phone. Wants delivery after the 20th (on holiday).',
         'Asked whether the copper pans work on induction. No. Recommended the Sauté Pan instead.',
         'Left voicemail, no answer. Try again tomorrow morning (' || p.tz || ').',
         'Very upset about the late delivery, mentioned she is going through chemo and needs the lighter pans. Upgraded shipping free.',
         'Spoke to her husband ' || fixture_gen.first_name('ophhus', e) || ', he will confirm the new address by email.'], 'ophn', e),
       NULL, NULL, NULL, NULL, NULL, NULL
FROM generate_series(1, 260) e JOIN ogen.p p ON p.i = 61 + fixture_gen.n('ophp', e, 1300) JOIN ogen.p s ON s.i = 23 + e % 8;
INSERT INTO ogen.ce
SELECT (16000 + e)::text, 'WEB_SITE_COMMUNICATI', 'COM_ENTERED', NULL, '9000', NULL, 'Company', ogen.ts('owsc', e),
       fixture_gen.pick(ARRAY['Contact us', 'Wholesale enquiry', 'Press enquiry', 'Product question'], 'owss', e), 'text/plain',
       'Name: ' || fixture_gen.full_name('owsn', e) || E'\nEmail: ' || fixture_gen.email('owse', e) || E'\nPhone: ' || fixture_gen.phone('owsp', e) || E'\nMessage: '
           || fixture_gen.pick(ARRAY['Do you ship to Canada? I would like two skillets for my parents in Halifax.', 'I run a cafe and would like trade prices for 40 mugs.',
              'I write for a food magazine and would love to review your Dutch oven.', 'Is the olive wood board food safe for raw meat?', 'Please call me back about my order, I cannot log in.'], 'owsm', e),
       NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM generate_series(1, 110) e;
INSERT INTO ogen.ce
SELECT (17000 + e)::text, 'EMAIL_COMMUNICATION', 'COM_COMPLETE', '9000', (1000000 + 10 * p.i)::text, 'Company', p.pid, ogen.ts('opwr', e), 'Copperleaf Home - Password Reset', 'text/plain',
       'Hello ' || p.first || E',\n\n' || CASE WHEN ogen.ts('opwr', e) < timestamptz '2022-06-01 00:00:00+00'
            THEN 'Your password has been reset. Your new temporary password is: ' || fixture_gen.chars('otmppw', e, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') || E'\nYou will be asked to change it when you next sign in.'
            ELSE 'Someone asked to reset the password of your account ' || p.login || E'. Follow this link within 30 minutes:\nhttps://www.copperleafhome.example/ecommerce/control/passwordChange?USERNAME=' || replace(p.login, '@', '%40') || '&token=' || fixture_gen.jwt('opwrt', e) END
           || E'\n\nIf you did not ask for this, ignore this email.\nCopperleaf Home & Kitchen',
       NULL, NULL, 'support@copperleafhome.example', p.email, NULL, NULL, '<' || fixture_gen.digits('opwm', e, 9) || '.' || e || '.JavaMail.ofbiz@erp.copperleafhome.example>'
FROM generate_series(1, 120) e JOIN ogen.p p ON p.i = 61 + fixture_gen.n('opwp', e, 1300) AND p.login IS NOT NULL AND p.email IS NOT NULL AND p.i % 33 <> 0;

INSERT INTO COMMUNICATION_EVENT SELECT id, typ, status, cm_from, cm_to, pfrom, pto, at, subject, mime, content, note, hdr, fromstr, tostr, ccstr, bccstr, msgid, at + interval '5 minutes', at FROM ogen.ce;

-- Notes on customers (customer service) and on staff (HR).
CREATE TABLE ogen.n AS
SELECT e, p.i, p.pid, p.first, p.last, p.email, p.cc, p.tel_area, p.tel_num, p.staff, ogen.ts('onot', e) AS at,
       (SELECT s.pid FROM ogen.p s WHERE s.i = CASE WHEN p.staff THEN 60 ELSE 23 + e % 8 END) AS author
FROM generate_series(1, 470) e JOIN ogen.p p ON p.i = CASE WHEN e % 8 = 0 THEN 1 + fixture_gen.n('onps', e, 60) ELSE 61 + fixture_gen.n('onpc', e, 1300) END;
INSERT INTO NOTE_DATA
SELECT (10000 + e)::text,
       CASE WHEN staff THEN fixture_gen.pick(ARRAY['Absence', 'HR', 'Review', 'Absence', 'Payroll', 'HR'], 'onhrv', e)
            ELSE fixture_gen.pick(ARRAY['Phone call', 'Complaint', 'Address change', 'Fraud check', 'VIP', 'Chargeback', 'Return', 'VIP'], 'oncsv', e) END,
       CASE WHEN staff THEN fixture_gen.pick(ARRAY[
            'Sick leave ' || (1 + e % 5) || ' days, doctor''s note on file (back strain). Light duties until cleared.',
            'Written warning for repeated late arrivals, signed by ' || first || '.',
            'Annual review: meets expectations. Hourly rate raised to $' || (18 + e % 9) || '.50.',
            'Requested unpaid leave for ' || fixture_gen.pick(ARRAY['her wedding', 'a family funeral in Lagos', 'IVF treatment', 'jury duty'], 'onhr', e) || '.',
            'Garnishment order received for child support, payroll informed.',
            'Address updated after move; new emergency contact ' || fixture_gen.first_name('onec', e) || ' ' || last || ' +' || cc || ' ' || coalesce(tel_area || ' ', '') || fixture_gen.digits('onecn', e, 7) || '.'], 'onhrv', e)
            ELSE fixture_gen.pick(ARRAY[
            first || ' called, wants all future parcels left with the neighbour. Confirmed by email from ' || coalesce(email, 'n/a') || '.',
            'Complained about the delivery driver, says he threw the box over the gate. Raised with DHL, ref ' || fixture_gen.digits('ondhl', e, 9) || '.',
            'Moved to a new flat; old address kept for the gift orders to her mother.',
            'Order held: billing and shipping countries differ and AVS failed. Called +' || cc || ' ' || coalesce(tel_area || ' ', '') || coalesce(tel_num, '') || ', customer confirmed, released.',
            'Chef at a local restaurant, buys for home and work. Offered trade account.',
            'Chargeback lost (reason: item not received). Do not ship to this customer without signature.',
            'Returned 3 items in 2 months, all used. Check before refunding again.',
            'Lovely customer, sent us a thank-you card.'], 'oncsv', e) END,
       at, author, CASE WHEN NOT staff AND e % 6 = 0 THEN 'https://erp.copperleafhome.example/ordermgr/control/orderview?orderId=WS' || (10000 + e % 2400) END,
       at, at
FROM ogen.n;
INSERT INTO PARTY_NOTE SELECT pid, (10000 + e)::text, at, at FROM ogen.n;

-- Party identifications: VAT, EIN and DUNS of companies, Indian GSTINs,
-- staff driving licences (forklift drivers) and badge numbers, eBay user
-- names of marketplace buyers.
INSERT INTO PARTY_IDENTIFICATION
SELECT pid, t, CASE t WHEN 'VAT_ID' THEN fixture_gen.vat('ovat', g) WHEN 'EIN' THEN fixture_gen.digits('oein', g, 2) || '-' || fixture_gen.digits('oein2', g, 7)
                      WHEN 'DUNS' THEN fixture_gen.digits('oduns', g, 9)
                      ELSE '27' || fixture_gen.pan('ogst', g) || '1Z' || fixture_gen.chars('ogstc', g, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') END,
       ogen.ts('ogcr', g), ogen.ts('ogcr', g)
FROM ogen.g, unnest(CASE WHEN c IN (2, 3, 7) THEN ARRAY['VAT_ID', 'DUNS'] WHEN c = 1 THEN ARRAY['VAT_ID'] WHEN c = 0 THEN ARRAY['EIN', 'DUNS'] WHEN c = 4 THEN ARRAY['GSTIN'] ELSE ARRAY['DUNS'] END) t;
INSERT INTO PARTY_IDENTIFICATION
SELECT pid, 'EMPLOYEE_BADGE', 'CLH-' || lpad(i::text, 4, '0'), created, created FROM ogen.p WHERE staff;
INSERT INTO PARTY_IDENTIFICATION
SELECT pid, 'DRIVERS_LICENSE', CASE WHEN c = 1 THEN upper(left(regexp_replace(ogen.fold(last), '[^a-z]', '', 'g') || '99999', 5)) || fixture_gen.digits('odl', i, 6) || upper(left(ogen.fold(first), 1)) || '9' || fixture_gen.chars('odl2', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')
                                   ELSE fixture_gen.chars('odl', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('odl2', i, 6) END, created, created
FROM ogen.p WHERE staff AND (i <= 22 OR i IN (41, 42));
INSERT INTO PARTY_IDENTIFICATION
SELECT DISTINCT o.pid, 'EBAY_USERNAME', left(ogen.fold(o.first) || fixture_gen.pick(ARRAY['_cooks', 'kitchen', '-uk', '_', '.bakes'], 'oeby', o.i) || (o.i % 100), 60), o.at, o.at
FROM ogen.o o WHERE o.kind = 'EBAY' ON CONFLICT DO NOTHING;

-- Party attributes: settings, segments and ids beside WhatsApp numbers,
-- social handles, referrers' emails, emergency contacts and pay rates.
INSERT INTO PARTY_ATTRIBUTE
SELECT p.pid, a.nm, a.val, a.descr, p.created, p.created
FROM ogen.p p, LATERAL (VALUES
   ('LOYALTY_TIER', CASE WHEN NOT p.staff AND fixture_gen.n('oat1', p.i, 10) < 5 THEN fixture_gen.pick(ARRAY['Bronze', 'Bronze', 'Silver', 'Gold'], 'oat1v', p.i) END, NULL),
   ('NEWSLETTER_SEGMENT', CASE WHEN NOT p.staff AND fixture_gen.n('oat2', p.i, 10) < 3 THEN fixture_gen.pick(ARRAY['bakers', 'knife-nerds', 'cast-iron', 'gift-buyers', 'trade'], 'oat2v', p.i) END, 'Mailchimp segment'),
   ('MAGENTO_CUSTOMER_ID', CASE WHEN NOT p.staff AND p.i <= 460 THEN (1000 + p.i * 3)::text END, 'Imported from Magento'),
   ('WHATSAPP', CASE WHEN NOT p.staff AND p.c IN (4, 6, 7) AND fixture_gen.n('oat3', p.i, 10) < 4 THEN '+' || p.cc || regexp_replace(coalesce(p.tel_area, '') || p.tel_num, '[^0-9]', '', 'g') END, 'Set by customer on My Account'),
   ('INSTAGRAM', CASE WHEN NOT p.staff AND fixture_gen.n('oat4', p.i, 100) < 6 THEN '@' || ogen.fold(p.first) || fixture_gen.pick(ARRAY['.cooks', 'bakes', '_kitchen', ogen.fold(p.last)], 'oat4v', p.i) END, NULL),
   ('REFERRED_BY', CASE WHEN NOT p.staff AND fixture_gen.n('oat5', p.i, 100) < 5 THEN fixture_gen.email('oat5v', p.i) END, 'Refer-a-friend campaign 2023'),
   ('PREFERRED_STORE_VIEW', CASE WHEN NOT p.staff AND p.c IN (1, 2, 3, 7) THEN fixture_gen.pick(ARRAY['eu_en', 'eu_de', 'eu_fr', 'uk'], 'oat6', p.i) END, NULL),
   ('SHIRT_SIZE', CASE WHEN p.staff AND p.i <= 40 THEN fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL', 'XXL'], 'oat7', p.i) END, 'Uniform'),
   ('EMERGENCY_CONTACT', CASE WHEN p.staff THEN fixture_gen.first_name('oat8', p.i) || ' ' || p.last || ' (' || fixture_gen.pick(ARRAY['spouse', 'mother', 'partner', 'brother'], 'oat8r', p.i) || ') +' || p.cc || ' ' || coalesce(p.area, '') || ' ' || fixture_gen.digits('oat8n', p.i, 7) END, NULL),
   ('HOURLY_RATE', CASE WHEN p.staff AND p.i <= 30 THEN (17 + fixture_gen.n('oat9', p.i, 9))::text || '.' || fixture_gen.pick(ARRAY['00', '25', '50', '75'], 'oat9c', p.i) END, 'USD, before tax'),
   ('LOCKER', CASE WHEN p.staff AND p.i <= 22 THEN fixture_gen.pick(ARRAY['A', 'B', 'C'], 'oat10', p.i) || '-' || (1 + p.i % 30) END, NULL)
) a(nm, val, descr)
WHERE a.val IS NOT NULL;

-- HR: employment (hire and termination dates), positions, training,
-- qualifications, CVs.
INSERT INTO EMPLOYMENT
SELECT 'INTERNAL_ORGANIZATIO', 'EMPLOYEE', 'Company', pid,
       timestamptz '2014-03-03 00:00:00+00' + make_interval(days => CASE WHEN i = 40 THEN 0 ELSE 30 + fixture_gen.n('ohire', i, 3100) END),
       CASE WHEN i IN (9, 17, 27, 46) THEN created + make_interval(days => 300 + i * 11) END,
       CASE i WHEN 9 THEN 'RESIGNATION' WHEN 17 THEN 'DISMISSAL' WHEN 27 THEN 'RELOCATION' WHEN 46 THEN 'END_OF_CONTRACT' END,
       created, created
FROM ogen.p WHERE staff;
INSERT INTO EMPL_POSITION
SELECT (10000 + k)::text, CASE WHEN k % 11 = 0 THEN 'EMPL_POS_INACTIVE' ELSE 'EMPL_POS_ACTIVE' END, 'Company',
       (ARRAY['WAREHOUSE_ASSOC', 'WAREHOUSE_ASSOC', 'FORKLIFT_OPER', 'SHIFT_LEAD', 'CS_REP', 'CS_REP', 'CS_TEAM_LEAD', 'ACCT_CLERK', 'PURCHASING_COORD', 'MARKETING_COORD',
              'OPS_MANAGER', 'DEVELOPER', 'QA_ENGINEER', 'IT_ADMIN', 'HR_GENERALIST'])[1 + k % 15],
       CASE WHEN k % 7 = 3 THEN 'N' ELSE 'Y' END, timestamptz '2020-11-16 00:00:00+00' + make_interval(days => k * 9),
       CASE WHEN k % 11 = 0 THEN timestamptz '2023-06-30 00:00:00+00' END,
       timestamptz '2020-11-16 00:00:00+00' + make_interval(days => k * 9), timestamptz '2020-11-16 00:00:00+00'
FROM generate_series(1, 44) k;
INSERT INTO PERSON_TRAINING
SELECT p.pid, t.cls, timestamptz '2021-02-01 09:00:00+00' + make_interval(days => fixture_gen.n('otrd', p.i * 10 + t.n, 1300)),
       timestamptz '2021-02-01 17:00:00+00' + make_interval(days => fixture_gen.n('otrd', p.i * 10 + t.n, 1300) + 1),
       CASE WHEN p.i <= 22 THEN '10037' WHEN p.i <= 30 THEN '10038' ELSE '10040' END,
       fixture_gen.pick(ARRAY['Approved', 'Approved', 'Approved', 'Pending', 'Rejected'], 'otra', p.i * 10 + t.n),
       fixture_gen.pick(ARRAY['New hire onboarding.', 'Refresher, certificate expired.', 'Required after back injury in March, light duties until cleared by Dr. ' || fixture_gen.last_name('otrdr', p.i) || '.',
            'Asked to lead the Leeds returns desk.', 'PCI requirement for staff who take card payments by phone.', 'Wants to move into the dev team.', NULL], 'otrr', p.i * 10 + t.n),
       timestamptz '2021-02-01 09:00:00+00' + make_interval(days => fixture_gen.n('otrd', p.i * 10 + t.n, 1300)), timestamptz '2021-02-01 09:00:00+00' + make_interval(days => fixture_gen.n('otrd', p.i * 10 + t.n, 1300))
FROM ogen.p p, LATERAL (SELECT n, CASE WHEN p.i <= 22 THEN (ARRAY['FORKLIFT_CERT', 'MANUAL_HANDLING', 'FIRST_AID'])[n] WHEN p.i <= 48 THEN (ARRAY['PCI_DSS', 'GDPR_AWARENESS', 'FIRST_AID'])[n] ELSE (ARRAY['OFBIZ_ADVANCED', 'GDPR_AWARENESS', 'PCI_DSS'])[n] END AS cls
                        FROM generate_series(1, 1 + p.i % 3) n) t
WHERE p.staff;
INSERT INTO PARTY_QUAL
SELECT pid, q.t, q.inst, q.ttl, 'PQV_VERIFIED', q.fd, q.td, created, created
FROM ogen.p, LATERAL (SELECT * FROM (VALUES
    (CASE WHEN i BETWEEN 49 AND 55 THEN 'DEGREE' END, fixture_gen.pick(ARRAY['Savitribai Phule Pune University', 'College of Engineering, Pune', 'VIT Vellore'], 'oqi', i), fixture_gen.pick(ARRAY['B.E. Computer Engineering', 'B.Tech Information Technology', 'MCA'], 'oqt', i), timestamptz '2008-06-15 00:00:00+00' + make_interval(days => fixture_gen.n('oqd', i, 4000)), NULL::timestamptz),
    (CASE WHEN i BETWEEN 31 AND 48 AND i % 2 = 1 THEN 'DEGREE' END, fixture_gen.pick(ARRAY['The Ohio State University', 'Columbus State Community College', 'Leeds Beckett University', 'University of Manchester', 'Ohio University'], 'oqi', i), fixture_gen.pick(ARRAY['BSc Accounting', 'BA Marketing', 'BA English', 'Associate of Applied Business', 'MBA'], 'oqt', i), timestamptz '2005-06-15 00:00:00+00' + make_interval(days => fixture_gen.n('oqd', i, 5000)), NULL::timestamptz),
    (CASE WHEN i <= 22 AND i % 2 = 0 THEN 'CERTIFICATION' END, 'OSHA / employer-certified', 'Certified Forklift Operator (Class IV, V)', timestamptz '2021-03-01 00:00:00+00' + make_interval(days => fixture_gen.n('oqd', i, 600)), timestamptz '2024-03-01 00:00:00+00' + make_interval(days => fixture_gen.n('oqd', i, 600))),
    (CASE WHEN i = 39 THEN 'LICENSE' END, 'Accountancy Board of Ohio', 'CPA (Ohio)', timestamptz '2011-09-01 00:00:00+00', NULL::timestamptz)
  ) v(t, inst, ttl, fd, td) WHERE v.t IS NOT NULL) q
WHERE staff;
INSERT INTO PARTY_RESUME
SELECT (10000 + i)::text, pid, CASE WHEN i % 4 <> 1 THEN (10200 + i)::text END, created - make_interval(days => 20 + i % 30),
       first || ' ' || last || E'\n' || coalesce(addr1 || ', ', '') || city || E'\n' || email || ' | +' || cc || ' ' || coalesce(tel_area || ' ', '') || coalesce(tel_num, '') || E'\n\n'
       || 'PROFILE' || E'\n' || CASE WHEN i <= 22 THEN 'Reliable warehouse associate with ' || (2 + i % 9) || ' years of pick/pack and forklift experience. Certified on reach trucks.'
                                 WHEN i <= 48 THEN 'Customer-focused professional with a background in retail and hospitality; fluent in ' || fixture_gen.pick(ARRAY['Spanish', 'French', 'German', 'Hindi'], 'orsl', i) || '.'
                                 ELSE 'Java developer, ' || (3 + i % 8) || ' years on Apache OFBiz (order, party and accounting components), Groovy, FreeMarker, PostgreSQL.' END
       || E'\n\nEXPERIENCE\n' || CASE WHEN i <= 22 THEN fixture_gen.pick(ARRAY['Amazon Fulfillment Center, Groveport OH', 'Target DC, Columbus', 'Kroger Distribution, Delaware OH'], 'orse', i)
                                     WHEN i <= 48 THEN fixture_gen.pick(ARRAY['Marks & Spencer, Leeds', 'Macy''s, Easton Town Center', 'Crate & Barrel, Columbus'], 'orse', i)
                                     ELSE fixture_gen.pick(ARRAY['Infosys, Pune', 'Persistent Systems, Pune', 'HotWax Systems (remote)'], 'orse', i) END || ', '
       || (2012 + i % 8) || '-' || (2016 + i % 5) || E'\n\nREFERENCES\n' || fixture_gen.full_name('orsr', i) || ', former manager, ' || fixture_gen.phone('orsrp', i),
       created, created
FROM ogen.p WHERE staff AND i % 2 = 1 OR i BETWEEN 49 AND 55;

-- Stores, web sites and payment settings. Credentials are assembled here.
INSERT INTO PRODUCT_STORE VALUES
 ('CL_STORE', 'Copperleaf Home & Kitchen', 'Copperleaf Home & Kitchen Inc.', 'Cookware that lasts a lifetime', 'WS', 'en_US', 'USD', 'America/New_York', 'Y', NULL,
  'Your card was declined. Please check the details or use another card.', 'We could not verify your card. Please call us on 1-866-420-7731.', 'Y', 'N', '2024-02-05 16:40:11.902+00', '2020-11-20 10:00:00.000+00'),
 ('CL_POPUP', 'Copperleaf Pop-up (Short North)', 'Copperleaf Home & Kitchen Inc.', 'Pop-up store POS', 'WS', 'en_US', 'USD', 'America/New_York', 'Y', 'Copper' || 'leaf!' || '2022',
  'Card declined - ask for another card.', 'Card declined - call the office.', 'N', 'N', '2022-04-01 09:00:00.000+00', '2022-03-20 09:00:00.000+00'),
 ('CL_EU', 'Copperleaf Home Europe', 'Copperleaf Home & Kitchen Ltd', 'Cookware that lasts a lifetime', 'EU', 'en_GB', 'EUR', 'Europe/London', 'Y', NULL,
  'Your card was declined. Please check the details or use another card.', 'We could not verify your card. Please contact support@copperleafhome.example.', 'Y', 'Y', '2023-01-10 11:00:00.000+00', '2021-06-01 09:00:00.000+00');
INSERT INTO WEB_SITE VALUES
 ('CopperleafWeb', 'Copperleaf Home & Kitchen', 'www.copperleafhome.example', 'www.copperleafhome.example', 'https://cdn.copperleafhome.example', '.copperleafhome.example', 'CL_STORE', '2023-05-02 10:00:00.000+00', '2020-11-20 10:00:00.000+00'),
 ('CopperleafEU', 'Copperleaf Home Europe', 'eu.copperleafhome.example', 'eu.copperleafhome.example', 'https://cdn.copperleafhome.example', '.copperleafhome.example', 'CL_EU', '2023-01-10 11:00:00.000+00', '2021-06-01 09:00:00.000+00'),
 ('CopperleafPOS', 'Pop-up POS', NULL, NULL, NULL, NULL, 'CL_POPUP', '2022-03-20 09:00:00.000+00', '2022-03-20 09:00:00.000+00'),
 ('OrderEntry', 'Back office order entry', 'erp.copperleafhome.example', 'erp.copperleafhome.example', NULL, 'erp.copperleafhome.example', 'CL_STORE', '2020-11-20 10:00:00.000+00', '2020-11-20 10:00:00.000+00');
INSERT INTO PRODUCT_STORE_PAYMENT_SETTING VALUES
 ('CL_STORE', 'CREDIT_CARD', 'PRDS_PAY_AUTH', 'aimCCAuth', 'AUTHORIZE_NET_CONFIG', NULL, '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_STORE', 'CREDIT_CARD', 'PRDS_PAY_CAPTURE', 'aimCCCapture', 'AUTHORIZE_NET_CONFIG', NULL, '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_STORE', 'CREDIT_CARD', 'PRDS_PAY_REFUND', 'aimCCRefund', 'AUTHORIZE_NET_CONFIG', NULL, '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_STORE', 'CREDIT_CARD', 'PRDS_PAY_RELEASE', 'aimCCRelease', 'AUTHORIZE_NET_CONFIG', NULL, '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_STORE', 'EXT_PAYPAL', 'PRDS_PAY_EXTERNAL', 'payPalSetExpressCheckout', 'PAYPAL_CONFIG', NULL, '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_STORE', 'GIFT_CARD', 'PRDS_GC_AUTH', 'ofbGcAuthorize', NULL, 'payment.properties', '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_STORE', 'GIFT_CARD', 'PRDS_GC_PURCHASE', 'ofbGcPurchase', NULL, 'payment.properties', '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_STORE', 'EFT_ACCOUNT', 'PRDS_PAY_AUTH', 'alwaysApproveEFTProcessor', NULL, 'payment.properties', '2020-12-01 10:00:00.000+00', '2020-12-01 10:00:00.000+00'),
 ('CL_POPUP', 'CREDIT_CARD', 'PRDS_PAY_AUTH', 'aimCCAuth', 'AUTHORIZE_NET_POS', NULL, '2022-03-20 09:00:00.000+00', '2022-03-20 09:00:00.000+00'),
 ('CL_EU', 'CREDIT_CARD', 'PRDS_PAY_AUTH', 'aimCCAuth', 'AUTHORIZE_NET_TEST', NULL, '2021-06-01 09:00:00.000+00', '2021-06-01 09:00:00.000+00'),
 ('CL_EU', 'EXT_PAYPAL', 'PRDS_PAY_EXTERNAL', 'payPalSetExpressCheckout', 'PAYPAL_CONFIG', NULL, '2021-06-01 09:00:00.000+00', '2021-06-01 09:00:00.000+00');
INSERT INTO PAYMENT_GATEWAY_AUTHORIZE_NET
SELECT id, url, '3.1', '|', 'N', 'Y', tm, fixture_gen.chars('oantk', k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789'),
       fixture_gen.chars('oanid', k, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789'),
       CASE WHEN k = 2 THEN NULL ELSE initcap(fixture_gen.chars('oanpw', k, 8, 'abcdefghijkmnpqrstuvwxyz')) || fixture_gen.digits('oanpw2', k, 3) || '#' END, descr,
       timestamptz '2020-12-01 10:00:00+00' + make_interval(days => k * 200), timestamptz '2020-12-01 10:00:00+00'
FROM (VALUES (1, 'AUTHORIZE_NET_CONFIG', 'https://secure2.authorize.net/gateway/transact.dll', 'N', 'Copperleaf Home order'),
             (2, 'AUTHORIZE_NET_TEST', 'https://test.authorize.net/gateway/transact.dll', 'Y', 'Copperleaf TEST order'),
             (3, 'AUTHORIZE_NET_POS', 'https://secure2.authorize.net/gateway/transact.dll', 'N', 'Copperleaf Pop-up')) v(k, id, url, tm, descr);
INSERT INTO PAYMENT_GATEWAY_PAY_PAL
SELECT id, email, usr, upper(fixture_gen.chars('opppw', k, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
       fixture_gen.chars('oppsig', k, 56, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-'), env,
       host || '/ecommerce/control/payPalNotify', host || '/ecommerce/control/payPalReturn', host || '/ecommerce/control/payPalCancel',
       timestamptz '2020-12-01 10:00:00+00' + make_interval(days => k * 300), timestamptz '2020-12-01 10:00:00+00'
FROM (VALUES (1, 'PAYPAL_CONFIG', 'payments@copperleafhome.example', 'payments_api1.copperleafhome.example', 'live', 'https://www.copperleafhome.example'),
             (2, 'PAYPAL_SANDBOX', 'sb-' || fixture_gen.chars('oppsb', 1, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '@business.example.com', 'sb-' || fixture_gen.chars('oppsb', 1, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '_api1.business.example.com', 'sandbox', 'https://staging.copperleafhome.example')) v(k, id, email, usr, env, host);

-- System properties (the runtime overrides of the *.properties files).
INSERT INTO SYSTEM_PROPERTY
SELECT r, pid, val, d, timestamptz '2020-12-01 10:00:00+00' + make_interval(days => k * 23), timestamptz '2020-12-01 10:00:00+00' + make_interval(days => k * 7)
FROM (VALUES
 (1, 'general', 'ORGANIZATION_PARTY', 'Company', 'Default organization'),
 (2, 'general', 'currency.uom.id.default', 'USD', NULL),
 (3, 'general', 'mail.notifications.enabled', 'Y', NULL),
 (4, 'general', 'mail.smtp.relay.host', 'smtp.sendgrid.net', 'Outbound mail relay'),
 (5, 'general', 'mail.smtp.port', '587', NULL),
 (6, 'general', 'mail.smtp.auth.user', 'apikey', 'SendGrid uses the literal user apikey'),
 (7, 'general', 'mail.smtp.auth.password', 'SG.' || fixture_gen.chars('osg1', 1, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') || '.' || fixture_gen.chars('osg2', 1, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), 'SendGrid API key (rotated 2023-09)'),
 (8, 'general', 'defaultFromEmailAddress', 'support@copperleafhome.example', NULL),
 (9, 'general', 'mail.spam.name', 'X-Spam-Flag', NULL),
 (10, 'general', 'googleMapsApiKey', 'AIza' || fixture_gen.chars('ogmk', 1, 35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), 'Maps on the store locator'),
 (11, 'url', 'port.https', '443', NULL),
 (12, 'url', 'force.https.host', 'www.copperleafhome.example', NULL),
 (13, 'url', 'cookie.domain', '.copperleafhome.example', NULL),
 (14, 'security', 'security.token.key', fixture_gen.chars('ojwtk', 1, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), 'Signing key of the JWTs (password reset links, API)'),
 (15, 'security', 'password.length.min', '8', NULL),
 (16, 'security', 'store.login.history.incorrect.password', 'true', 'Helps support see what customers typed'),
 (17, 'security', 'password.change.history.limit', '5', NULL),
 (18, 'security', 'max.failed.logins', '3', NULL),
 (19, 'security', 'security.login.externalLoginKey.enabled', 'true', NULL),
 (20, 'shipment', 'shipment.ups.access.license.number', upper(fixture_gen.hexn('oupsl', 1, 16)), 'UPS developer access key'),
 (21, 'shipment', 'shipment.ups.access.user.id', 'copperleafship', NULL),
 (22, 'shipment', 'shipment.ups.access.password', initcap(fixture_gen.chars('oupspw', 1, 7, 'abcdefghijkmnpqrstuvwxyz')) || '$' || fixture_gen.digits('oupspw2', 1, 4), NULL),
 (23, 'shipment', 'shipment.ups.bill.shipper.account.number', upper(fixture_gen.chars('oupsa', 1, 6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')), 'Shipper number'),
 (24, 'shipment', 'shipment.fedex.access.accountNbr', fixture_gen.digits('ofdx', 1, 9), NULL),
 (25, 'shipment', 'shipment.fedex.access.meterNumber', fixture_gen.digits('ofdxm', 1, 9), NULL),
 (26, 'shipment', 'shipment.fedex.access.userCredential.key', fixture_gen.chars('ofdxk', 1, 16), NULL),
 (27, 'shipment', 'shipment.fedex.access.userCredential.password', fixture_gen.chars('ofdxp', 1, 25), NULL),
 (28, 'shipment', 'shipment.dhl.access.userid', 'CopperleafHome', NULL),
 (29, 'shipment', 'shipment.dhl.access.password', fixture_gen.chars('odhlp', 1, 12), NULL),
 (30, 'shipment', 'shipment.default.weight.uom', 'WT_lb', NULL),
 (31, 'ecommerce', 'customer.email.required', 'true', NULL),
 (32, 'ecommerce', 'reviews.require.approval', 'true', NULL),
 (33, 'ecommerce', 'customer.phone.required', 'false', NULL),
 (34, 'payment', 'payment.general.reauth.days', '7', NULL),
 (35, 'order', 'order.item.autocancel.days', '30', NULL),
 (36, 'general', 'support.phone', '+1 866 420 7731', 'Shown in the footer'),
 (37, 'general', 'unique.instanceId', 'ofb-prod-1', NULL)
) v(k, r, pid, val, d);

-- The entity engine's key store: one key per encrypted entity, itself
-- encrypted with the master key from entityengine.xml.
INSERT INTO ENTITY_KEY_STORE
SELECT '{' || 'SHA}' || fixture_gen.hexn('oekn', k, 40), fixture_gen.b64('oekt', k, 64), timestamptz '2020-11-02 14:05:00+00' + make_interval(days => k), timestamptz '2020-11-02 14:05:00+00' + make_interval(days => k)
FROM generate_series(1, 5) k;

-- Persisted jobs. Asynchronous services called with persist="true" keep
-- their context XML-serialized in RUNTIME_DATA, the caller's userLogin
-- value (password hash included) with it; recurring jobs have none.
CREATE FUNCTION ogen.ser_ul(login text, pw text, pid text, at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '<map-Entry><map-Key><std-String value="userLogin"/></map-Key><map-Value><eeval-UserLogin createdStamp="' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')
      || '" createdTxStamp="' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') || '" currentPassword="' || pw || '" enabled="Y" hasLoggedOut="N" lastUpdatedStamp="'
      || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') || '" partyId="' || coalesce(pid, '') || '" userLoginId="' || login || '"/></map-Value></map-Entry>'
$$;
CREATE FUNCTION ogen.ser_s(k text, v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '<map-Entry><map-Key><std-String value="' || k || '"/></map-Key><map-Value><std-String value="' || replace(replace(v, '&', '&amp;'), '"', '&quot;') || '"/></map-Value></map-Entry>'
$$;
CREATE TABLE ogen.j AS
SELECT j, (10000 + j)::text AS job_id, o.order_id, o.at + interval '45 seconds' AS at, o.email, o.first, o.last, o.pid,
       coalesce(o.login, 'anonymous') AS login, coalesce(ul.current_password, '') AS pw, fixture_gen.n('ojt', j, 10) AS t, o.kind
FROM generate_series(1, 360) j JOIN ogen.o o ON o.k = 1 + fixture_gen.n('ojo', j, 2400)
LEFT JOIN USER_LOGIN ul ON ul.user_login_id = o.login;
INSERT INTO RUNTIME_DATA
SELECT job_id, '<?xml version="1.0" encoding="UTF-8"?><ofbiz-ser>' || E'\n' || '<map-HashMap>'
       || CASE WHEN t < 6 THEN ogen.ser_s('orderId', order_id) || ogen.ser_s('sendTo', coalesce(email, '')) || ogen.ser_s('sendCc', '')
               WHEN t < 8 THEN ogen.ser_s('partyId', pid) || ogen.ser_s('emailType', 'PRDS_ODR_SHIP_COMPLT') || ogen.ser_s('sendTo', coalesce(email, '')) || ogen.ser_s('subject', 'Your Copperleaf order ' || order_id || ' has shipped')
                    || '<map-Entry><map-Key><std-String value="bodyParameters"/></map-Key><map-Value><map-HashMap>' || ogen.ser_s('orderId', order_id) || ogen.ser_s('firstName', first)
                    || ogen.ser_s('lastName', last) || '</map-HashMap></map-Value></map-Entry>'
               ELSE ogen.ser_s('orderId', order_id) || ogen.ser_s('orderPaymentPreferenceId', (10000 + j % 2400)::text) END
       || ogen.ser_ul(login, pw, pid, at - interval '200 days')
       || '<map-Entry><map-Key><std-String value="locale"/></map-Key><map-Value><std-Locale value="en_US"/></map-Value></map-Entry></map-HashMap>' || E'\n' || '</ofbiz-ser>',
       at, at
FROM ogen.j WHERE kind <> 'EBAY';
INSERT INTO JOB_SANDBOX
SELECT job_id, job_id, at, CASE WHEN j % 41 = 0 THEN 'SERVICE_FAILED' WHEN j % 67 = 0 THEN 'SERVICE_CRASHED' ELSE 'SERVICE_FINISHED' END,
       CASE WHEN t < 6 THEN 'sendOrderConfirmation' WHEN t < 8 THEN 'sendMailFromScreen' ELSE 'processCaptureResult' END,
       login, CASE WHEN kind = 'EBAY' THEN 'system' END, CASE WHEN kind <> 'EBAY' THEN job_id END, at + interval '1 second', at + interval '3 seconds',
       CASE WHEN j % 41 = 0 THEN 'Error sending email to ' || coalesce(email, 'unknown') || ': 550 5.1.1 <' || coalesce(email, '') || '>: Recipient address rejected: User unknown in virtual mailbox table'
            WHEN j % 67 = 0 THEN 'Job crashed: server ofb-prod-1 restarted while the job was running' END,
       at + interval '3 seconds', at
FROM ogen.j;
INSERT INTO JOB_SANDBOX
SELECT (20000 + k)::text, s.svc, timestamptz '2021-01-01 02:00:00+00' + make_interval(days => k / 6), CASE WHEN k > 2580 THEN 'SERVICE_PENDING' ELSE 'SERVICE_FINISHED' END, s.svc, 'system', 'system', NULL,
       timestamptz '2021-01-01 02:00:01+00' + make_interval(days => k / 6), CASE WHEN k <= 2580 THEN timestamptz '2021-01-01 02:00:09+00' + make_interval(days => k / 6) END, NULL,
       timestamptz '2021-01-01 02:00:09+00' + make_interval(days => k / 6), timestamptz '2021-01-01 02:00:00+00' + make_interval(days => k / 6)
FROM generate_series(2400, 2640, 6) k, LATERAL (SELECT fixture_gen.pick(ARRAY['purgeOldJobs', 'updateShipmentTrackingStatus', 'autoCancelOrderItems', 'checkDigitalItemFulfillment', 'clearOldVisits', 'ccAuthRetryAll'], 'ojsv', k) AS svc) s;

-- Content: CMS pages and blog posts, e-mail templates, documents uploaded
-- to party profiles (staff CVs and passports, signed contracts, customers'
-- photos of damaged goods) and text attachments of incoming mails.
CREATE TABLE ogen.ct (cid text, drid text, ctype text, drtype text, name text, descr text, mime text, fname text, path text, txt text, at timestamptz, by_login text);
INSERT INTO ogen.ct
SELECT (10000 + k)::text, (10000 + k)::text, 'DOCUMENT', 'ELECTRONIC_TEXT', v.nm, v.d, 'text/html', NULL, NULL,
       '<h1>' || v.nm || '</h1><p>' || v.body || '</p>', timestamptz '2021-02-01 10:00:00+00' + make_interval(days => k * 23), (SELECT login FROM ogen.p WHERE i = 34)
FROM (VALUES
 (1, 'Caring for cast iron', 'Blog post', 'Wash with hot water, dry on the hob and wipe a thin film of oil over the surface. If rust appears, scrub it off and re-season in the oven at 230 °C for an hour.'),
 (2, 'Choosing a Dutch oven', 'Blog post', 'A 5 litre pot feeds four with leftovers. Enamel needs no seasoning but avoid metal scourers; bare cast iron gets better with every braise.'),
 (3, 'Knife sharpening basics', 'Blog post', 'Hold the blade at 15 degrees for Japanese knives and 20 for German ones. A honing rod realigns the edge; a whetstone removes metal.'),
 (4, 'Shipping & Returns', 'Policy page', 'We ship within two working days. Returns are free within 60 days in the original packaging; engraved items cannot be returned.'),
 (5, 'Lifetime warranty', 'Policy page', 'We replace any product with a manufacturing defect for as long as you own it. Wear and tear and misuse are not covered.'),
 (6, 'About us', 'Page', 'Copperleaf started in a garage in Columbus in 2014 with three skillets and a borrowed van. Today we ship to 30 countries.'),
 (7, 'Trade accounts', 'Page', 'Restaurants, cafes and cooking schools get case prices and 30-day terms. Apply with your business details and a reference.'),
 (8, 'Privacy notice', 'Policy page', 'We keep your order history for seven years for tax purposes. You can ask for a copy of your data or for its deletion at any time.'),
 (9, 'Holiday gift guide 2023', 'Landing page', 'Twelve gifts under $50, from enamel mugs to linen towels, wrapped for free until December 20.'),
 (10, 'Spring sale', 'Landing page', 'Up to 30% off bakeware and seconds with cosmetic marks. While stocks last.')) v(k, nm, d, body);
INSERT INTO ogen.ct
SELECT (10040 + k)::text, (10040 + k)::text, 'TEMPLATE', 'ELECTRONIC_TEXT', v.nm, 'Email template', 'text/html', NULL, NULL, v.body, timestamptz '2021-01-05 10:00:00+00', 'admin'
FROM (VALUES
 (1, 'OrderConfirmNotice', '<p>Dear ${person.firstName!} ${person.lastName!},</p><p>Thank you for your order ${orderHeader.orderId}.</p>'),
 (2, 'ShipmentCompleteNotice', '<p>Hi ${person.firstName!}, your order ${orderId} is on its way with ${carrierName}. Tracking: ${trackingNumber}.</p>'),
 (3, 'PasswordResetNotice', '<p>Hello ${person.firstName!}, follow <a href="${resetUrl}">this link</a> within 30 minutes to choose a new password.</p>'),
 (4, 'ReviewRequest', '<p>How is your ${productName}? Tell other cooks what you think.</p>'),
 (5, 'BackInStock', '<p>Good news: ${productName} is back in stock.</p>')) v(k, nm, body);
INSERT INTO ogen.ct
SELECT (10200 + p.i)::text, (10200 + p.i)::text, 'DOCUMENT', 'LOCAL_FILE', 'CV - ' || p.first || ' ' || p.last, 'Application documents', 'application/pdf',
       'CV_' || replace(p.first || '_' || p.last, ' ', '_') || '.pdf', '/opt/ofbiz/runtime/uploads/partyContent/' || p.pid || '/CV_' || replace(p.first || '_' || p.last, ' ', '_') || '.pdf', NULL,
       p.created - interval '20 days', (SELECT login FROM ogen.p WHERE i = 60)
FROM ogen.p p WHERE p.staff AND (p.i % 2 = 1 OR p.i BETWEEN 49 AND 55);
INSERT INTO ogen.ct
SELECT (10300 + p.i)::text, (10300 + p.i)::text, 'DOCUMENT', 'LOCAL_FILE', 'Passport - ' || p.last || ', ' || p.first, 'Right-to-work check', 'image/jpeg',
       'passport_' || ogen.fold(p.first) || '_' || ogen.fold(p.last) || '.jpg', '/opt/ofbiz/runtime/uploads/partyContent/' || p.pid || '/passport_' || ogen.fold(p.first) || '_' || ogen.fold(p.last) || '.jpg', NULL,
       p.created + interval '2 days', (SELECT login FROM ogen.p WHERE i = 60)
FROM ogen.p p WHERE p.staff AND p.i % 3 = 0;
INSERT INTO ogen.ct
SELECT (10400 + p.i)::text, (10400 + p.i)::text, 'DOCUMENT', 'LOCAL_FILE', fixture_gen.pick(ARRAY['Signed contract', 'I-9 form', 'Doctor''s note', 'W-4 form'], 'oupn', p.i) || ' - ' || p.first || ' ' || p.last, 'HR file', 'application/pdf',
       fixture_gen.pick(ARRAY['contract_signed_', 'I9_', 'sicknote_', 'W4_'], 'oupn', p.i) || ogen.fold(p.last) || '_' || ogen.fold(p.first) || '.pdf',
       '/opt/ofbiz/runtime/uploads/partyContent/' || p.pid || '/' || fixture_gen.pick(ARRAY['contract_signed_', 'I9_', 'sicknote_', 'W4_'], 'oupn', p.i) || ogen.fold(p.last) || '_' || ogen.fold(p.first) || '.pdf', NULL,
       p.created + interval '5 days', (SELECT login FROM ogen.p WHERE i = 60)
FROM ogen.p p WHERE p.staff AND p.i % 2 = 0;
INSERT INTO ogen.ct
SELECT (11000 + b.e)::text, (11000 + b.e)::text, 'DOCUMENT', 'LOCAL_FILE', 'Photo from ' || b.first || ' ' || b.last, 'Damage claim ' || b.ord, 'image/jpeg',
       CASE WHEN b.e % 2 = 0 THEN 'IMG_' || fixture_gen.digits('oimg', b.e, 4) || '.jpg' ELSE 'PXL_' || to_char(b.at, 'YYYYMMDD') || '_' || fixture_gen.digits('oimg', b.e, 9) || '.jpg' END,
       '/opt/ofbiz/runtime/uploads/commEventContent/' || (13000 + b.e) || '/' || CASE WHEN b.e % 2 = 0 THEN 'IMG_' || fixture_gen.digits('oimg', b.e, 4) || '.jpg' ELSE 'PXL_' || to_char(b.at, 'YYYYMMDD') || '_' || fixture_gen.digits('oimg', b.e, 9) || '.jpg' END,
       NULL, b.at, 'system'
FROM ogen.inb b WHERE b.t = 1;
INSERT INTO ogen.ct
SELECT (12000 + b.e)::text, (12000 + b.e)::text, 'DOCUMENT', 'ELECTRONIC_TEXT', 'return_form.txt', 'Mail attachment', 'text/plain', 'return_form.txt', NULL,
       E'RETURN FORM\nName: ' || b.first || ' ' || b.last || E'\nOrder: ' || b.ord || E'\nAddress: ' || coalesce(b.addr1, '') || ', ' || coalesce(b.city, '') || ' ' || coalesce(b.pc, '')
           || E'\nPhone: +' || b.cc || ' ' || coalesce(b.tel_area || ' ', '') || coalesce(b.tel_num, '') || E'\nReason: ' || fixture_gen.pick(ARRAY['Wrong size', 'Arrived damaged', 'Gift, not needed', 'Colour not as pictured'], 'oretr', b.e),
       b.at, 'system'
FROM ogen.inb b WHERE b.t IN (5, 6) AND b.e % 2 = 0;

INSERT INTO DATA_RESOURCE SELECT drid, drtype, coalesce(fname, CASE WHEN drtype = 'ELECTRONIC_TEXT' THEN NULL END), mime, path, at, by_login, at, at FROM ogen.ct;
INSERT INTO ELECTRONIC_TEXT SELECT drid, txt, at, at FROM ogen.ct WHERE drtype = 'ELECTRONIC_TEXT';
INSERT INTO CONTENT SELECT cid, ctype, drid, CASE WHEN ctype = 'TEMPLATE' THEN 'CTNT_PUBLISHED' WHEN descr LIKE '%page%' OR descr = 'Blog post' OR descr = 'Page' THEN 'CTNT_PUBLISHED' ELSE 'CTNT_IN_PROGRESS' END,
       name, descr, mime, at, by_login, at, at FROM ogen.ct;

SET client_min_messages = warning;
DROP SCHEMA ogen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
