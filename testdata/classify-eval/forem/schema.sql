-- classify-eval fixture (HOLDOUT 59: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Forem instance (the open-source software behind dev.to, Rails 7 on
-- PostgreSQL) in the naming its Rails migrations create (plural snake_case
-- tables, bigint keys, timestamp without time zone, jsonb, string arrays,
-- integer-backed Rails enums, a tsvector kept by a trigger), a subset of its
-- tables with their columns and types as db/schema.rb had them in the
-- 2023 releases (about the September 2023 main branch, before display_ads
-- was renamed billboards and after chat channels and Connect were removed).
-- The community is "Tessellate Community" (community.tessellate.example),
-- run by Tessellate Cloud B.V., a mid-size Amsterdam developer-platform
-- company, for developers in many countries: users with Devise columns
-- (bcrypt hashes, reset, confirmation, unlock, remember and invitation
-- tokens, sign-in IPs), their handles at GitHub, Twitter, Apple and
-- Facebook, a Stripe customer id and a Web Monetization payment pointer;
-- profiles with bios, locations, personal sites and the profile-field JSON
-- (work, education, "available for"); settings and notification settings;
-- identities at GitHub, Twitter and Apple with their uids, tokens, secrets
-- and the YAML auth_data_dump of the OmniAuth hash; articles and comments
-- (a few naming people, emails or phone numbers, most not); reactions,
-- follows, mentions, taggings and tags; organizations with their contact
-- mailboxes and join secrets, memberships with job titles; notifications
-- whose JSON copies names, usernames and avatars; badges and badge
-- achievements with thank-you notes; credits; listings; podcasts and
-- episodes; moderator feedback messages, notes and audit logs; Ahoy visits,
-- events and sent messages (IPs, user agents, visitor tokens, recipients);
-- page views with referrers; API secrets, Doorkeeper OAuth applications
-- and access tokens, webhook endpoints, push devices and the consumer apps
-- with their APNs key; GitHub repos; display ads; rolify roles; the
-- settings_authentications and settings_general stores (OAuth client
-- secrets, an Apple key, Stripe and Mailchimp keys beside flags and
-- mailboxes); GDPR delete requests.
-- Written from memory of Forem's published db/schema.rb, not checked
-- against it: column sets are trimmed to what matters here, some columns
-- may have been renamed, added or dropped in the release you look at
-- (ahoy_visits may be narrower in Forem, whose Ahoy setup records less;
-- ahoy_messages follows the ahoy_email 1.x shape; email_authorizations'
-- columns are uncertain; listings were being retired in 2023; defaults,
-- indexes and most foreign keys are left out).
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưÁÉÍÓÚÖÜÇŞŁŚŻĐÓ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoaaaaaaaaaaaaeeeeeeeeiioooooooooooooouuuuuuuyyyyouAEIOUOUCSLSZDO')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics; lower: lower-case alphanumerics; b58: base58.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.b58(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') $$;

-- at: a timestamp (without time zone, as Rails stores them) between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)
             + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0))::timestamp(6)
$$;

-- slug: a title folded the way Forem's slugs are (lower case, dashes).
CREATE FUNCTION pgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(BOTH '-' FROM regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưÁÉÍÓÚÖÜÇŞŁŚŻĐÓ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoaaaaaaaaaaaaeeeeeeeeiioooooooooooooouuuuuuuyyyyouAEIOUOUCSLSZDO')), '[^a-z0-9]+', '-', 'g'))
$$;

-- Cultures: country, names, cities with their regions (same index), mail
-- domains, schools.
CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, country text, firsts text[], lasts text[], cities text[], regions text[], domains text[], schools text[]);
INSERT INTO pgen.cu VALUES
 ('us', 'US', 'United States', ARRAY['Emily', 'Michael', 'Ashley', 'Jacob', 'Madison', 'Tyler', 'Jasmine', 'DeShawn'], ARRAY['Johnson', 'Williams', 'Brown', 'Rodriguez', 'Miller', 'Davis', 'Washington', 'Thompson'],
   ARRAY['Austin', 'Seattle', 'Chicago', 'Raleigh', 'Denver'], ARRAY['TX', 'WA', 'IL', 'NC', 'CO'], ARRAY['gmail.com', 'yahoo.com', 'icloud.com', 'hey.com'], ARRAY['BS Computer Science, UT Austin', 'Lambda School', 'Georgia Tech OMSCS', 'self-taught, freeCodeCamp']),
 ('in', 'IN', 'India', ARRAY['Aarav', 'Priya', 'Vihaan', 'Ananya', 'Arjun', 'Diya', 'Rohan', 'Kavya'], ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Bose', 'Patil'],
   ARRAY['Bengaluru', 'Pune', 'Hyderabad', 'Chennai', 'Kochi'], ARRAY['Karnataka', 'Maharashtra', 'Telangana', 'Tamil Nadu', 'Kerala'], ARRAY['gmail.com', 'outlook.com', 'rediffmail.com', 'yahoo.in'], ARRAY['B.Tech CSE, VIT Vellore', 'B.E. IT, Pune University', 'MCA, Anna University', 'B.Tech, IIT Madras']),
 ('ng', 'NG', 'Nigeria', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi', 'Tunde', 'Zainab'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Abubakar', 'Okonkwo'],
   ARRAY['Lagos', 'Abuja', 'Ibadan', 'Enugu', 'Port Harcourt'], ARRAY['Lagos State', 'FCT', 'Oyo State', 'Enugu State', 'Rivers State'], ARRAY['gmail.com', 'yahoo.com', 'outlook.com'], ARRAY['B.Sc Computer Science, University of Lagos', 'AltSchool Africa', 'Covenant University', 'HNG Internship']),
 ('br', 'BR', 'Brazil', ARRAY['Lucas', 'Ana', 'Gabriel', 'Júlia', 'Rafael', 'Beatriz', 'Matheus', 'Larissa'], ARRAY['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Ferreira'],
   ARRAY['São Paulo', 'Recife', 'Belo Horizonte', 'Curitiba', 'Florianópolis'], ARRAY['SP', 'PE', 'MG', 'PR', 'SC'], ARRAY['gmail.com', 'hotmail.com', 'uol.com.br', 'outlook.com'], ARRAY['Ciência da Computação, USP', 'ADS, Fatec', 'Engenharia de Software, UFPE', 'Trybe']),
 ('de', 'DE', 'Germany', ARRAY['Jonas', 'Lena', 'Felix', 'Marie', 'Maximilian', 'Sophie', 'Lukas', 'Hannah'], ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter'],
   ARRAY['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig'], ARRAY['Berlin', 'Hamburg', 'Bayern', 'Nordrhein-Westfalen', 'Sachsen'], ARRAY['gmx.de', 'web.de', 'posteo.de', 'mailbox.org'], ARRAY['M.Sc. Informatik, TU München', 'Fachinformatiker Anwendungsentwicklung', 'B.Sc. Informatik, HTW Berlin', 'Uni Leipzig']),
 ('gb', 'GB', 'United Kingdom', ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya', 'Arthur', 'Poppy'], ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke', 'Shah', 'Okonjo'],
   ARRAY['London', 'Manchester', 'Edinburgh', 'Cardiff', 'Bristol'], ARRAY['England', 'England', 'Scotland', 'Wales', 'England'], ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'proton.me'], ARRAY['BSc Computing, University of Manchester', 'Makers Academy', 'MEng, Imperial College', 'Open University']),
 ('fr', 'FR', 'France', ARRAY['Camille', 'Julien', 'Léa', 'Mathieu', 'Chloé', 'Antoine', 'Manon', 'Nicolas'], ARRAY['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux'],
   ARRAY['Paris', 'Lyon', 'Nantes', 'Toulouse', 'Lille'], ARRAY['Île-de-France', 'Auvergne-Rhône-Alpes', 'Pays de la Loire', 'Occitanie', 'Hauts-de-France'], ARRAY['orange.fr', 'free.fr', 'gmail.com', 'laposte.net'], ARRAY['École 42', 'EPITECH', 'INSA Lyon', 'Le Wagon']),
 ('jp', 'JP', 'Japan', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Riku', 'Hina', 'Yuto', 'Mio'], ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
   ARRAY['Tokyo', 'Osaka', 'Fukuoka', 'Sapporo', 'Kyoto'], ARRAY['Tokyo', 'Osaka', 'Fukuoka', 'Hokkaido', 'Kyoto'], ARRAY['gmail.com', 'yahoo.co.jp', 'icloud.com'], ARRAY['University of Tsukuba', 'Keio University SFC', 'Kyushu Institute of Technology', 'self-taught']),
 ('kr', 'KR', 'South Korea', ARRAY['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon', 'Su-ah', 'Ye-jun', 'Ji-woo'], ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'],
   ARRAY['Seoul', 'Busan', 'Incheon', 'Daejeon', 'Seongnam'], ARRAY['Seoul', 'Busan', 'Incheon', 'Daejeon', 'Gyeonggi-do'], ARRAY['naver.com', 'gmail.com', 'kakao.com'], ARRAY['KAIST', 'Seoul National University', 'Yonsei University', 'SSAFY']),
 ('id', 'ID', 'Indonesia', ARRAY['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Fajar', 'Ayu'], ARRAY['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Pratama', 'Kusuma', 'Nugroho', 'Lestari'],
   ARRAY['Jakarta', 'Bandung', 'Surabaya', 'Yogyakarta', 'Denpasar'], ARRAY['DKI Jakarta', 'Jawa Barat', 'Jawa Timur', 'DI Yogyakarta', 'Bali'], ARRAY['gmail.com', 'yahoo.co.id'], ARRAY['Teknik Informatika, ITB', 'Universitas Gadjah Mada', 'Binar Academy', 'Universitas Indonesia']),
 ('ph', 'PH', 'Philippines', ARRAY['Juan', 'Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'Paolo', 'Bea'], ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Dela Cruz'],
   ARRAY['Manila', 'Quezon City', 'Cebu City', 'Davao City', 'Makati'], ARRAY['Metro Manila', 'Metro Manila', 'Cebu', 'Davao del Sur', 'Metro Manila'], ARRAY['gmail.com', 'yahoo.com'], ARRAY['BSIT, University of Santo Tomas', 'BSCS, Ateneo de Manila', 'Mapúa University', 'Zuitt Bootcamp']),
 ('mx', 'MX', 'Mexico', ARRAY['Alejandro', 'Valentina', 'Diego', 'Ximena', 'Santiago', 'Fernanda', 'Emiliano', 'Regina'], ARRAY['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Cruz'],
   ARRAY['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Mérida'], ARRAY['CDMX', 'Jalisco', 'Nuevo León', 'Puebla', 'Yucatán'], ARRAY['gmail.com', 'hotmail.com', 'outlook.com'], ARRAY['Ingeniería en Sistemas, UNAM', 'ITESM', 'Platzi', 'UdeG']),
 ('pl', 'PL', 'Poland', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Magdalena', 'Michał', 'Zofia', 'Łukasz', 'Agnieszka'], ARRAY['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska'],
   ARRAY['Kraków', 'Warszawa', 'Wrocław', 'Gdańsk', 'Poznań'], ARRAY['Małopolskie', 'Mazowieckie', 'Dolnośląskie', 'Pomorskie', 'Wielkopolskie'], ARRAY['wp.pl', 'onet.pl', 'gmail.com'], ARRAY['AGH Kraków', 'Politechnika Warszawska', 'Politechnika Wrocławska', 'Coders Lab']),
 ('ua', 'UA', 'Ukraine', ARRAY['Oleksandr', 'Olena', 'Dmytro', 'Iryna', 'Andrii', 'Kateryna', 'Serhii', 'Yuliia'], ARRAY['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Oliynyk'],
   ARRAY['Kyiv', 'Lviv', 'Kharkiv', 'Odesa', 'Dnipro'], ARRAY['Kyiv', 'Lviv Oblast', 'Kharkiv Oblast', 'Odesa Oblast', 'Dnipropetrovsk Oblast'], ARRAY['ukr.net', 'gmail.com', 'i.ua'], ARRAY['KPI Kyiv', 'Lviv Polytechnic', 'KNU', 'self-taught']),
 ('eg', 'EG', 'Egypt', ARRAY['Ahmed', 'Mariam', 'Omar', 'Nour', 'Youssef', 'Salma', 'Karim', 'Hana'], ARRAY['Hassan', 'Mahmoud', 'Ibrahim', 'Mostafa', 'Abdelrahman', 'Fawzy', 'Salah', 'Nasser'],
   ARRAY['Cairo', 'Alexandria', 'Giza', 'Mansoura', 'Port Said'], ARRAY['Cairo', 'Alexandria', 'Giza', 'Dakahlia', 'Port Said'], ARRAY['gmail.com', 'yahoo.com', 'outlook.com'], ARRAY['Computer Engineering, Cairo University', 'ITI', 'Ain Shams University', 'Alexandria University']),
 ('ke', 'KE', 'Kenya', ARRAY['Brian', 'Wanjiru', 'Kevin', 'Akinyi', 'Dennis', 'Njeri', 'Collins', 'Atieno'], ARRAY['Otieno', 'Kamau', 'Mwangi', 'Odhiambo', 'Wanjiku', 'Kiprop', 'Mutua', 'Njoroge'],
   ARRAY['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'], ARRAY['Nairobi County', 'Mombasa County', 'Kisumu County', 'Nakuru County', 'Uasin Gishu County'], ARRAY['gmail.com', 'yahoo.com'], ARRAY['BSc Computer Science, JKUAT', 'Moringa School', 'Strathmore University', 'University of Nairobi']),
 ('vn', 'VN', 'Vietnam', ARRAY['Minh', 'Linh', 'Huy', 'Trang', 'Đức', 'Thảo', 'Khoa', 'Mai'], ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'],
   ARRAY['Hà Nội', 'Hồ Chí Minh City', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ'], ARRAY['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ'], ARRAY['gmail.com', 'outlook.com'], ARRAY['HUST', 'FPT University', 'UIT, VNU-HCM', 'self-taught']),
 ('nl', 'NL', 'Netherlands', ARRAY['Daan', 'Sanne', 'Bram', 'Femke', 'Thijs', 'Lotte', 'Ruben', 'Eva'], ARRAY['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van Dijk'],
   ARRAY['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven', 'Groningen'], ARRAY['Noord-Holland', 'Utrecht', 'Zuid-Holland', 'Noord-Brabant', 'Groningen'], ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com'], ARRAY['TU Delft', 'Universiteit van Amsterdam', 'Hogeschool Utrecht', 'TU Eindhoven']);

CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'us' THEN '+1 ' || (201 + fixture_gen.n(tag, i, 700)) || '-' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'br' THEN '+55 ' || fixture_gen.pick(ARRAY['11', '81', '31', '41', '48'], tag, i) || ' 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'de' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 'gb' THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'fr' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'kr' THEN '010-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'id' THEN '+62 81' || fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'y', i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ph' THEN '+63 9' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'mx' THEN '+52 55 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'pl' THEN '+48 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'ua' THEN '+380 67 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2)
    WHEN 'eg' THEN '+20 10 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ke' THEN '+254 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'vn' THEN '+84 9' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '+31 6 ' || fixture_gen.digits(tag, i, 8) END
$$;

-- People: member i is user i. 1 is Tessellate's community manager, 2 the
-- mascot account, 3-14 Tessellate staff (developer relations, trust and
-- safety), the rest community members of many countries.
CREATE TABLE pgen.u (i int PRIMARY KEY, c text, cc text, country text, first text, last text, full_name text, username text, email text, city text, region text,
  employer text, job text, school text, site text, github text, twitter text);
INSERT INTO pgen.u (i, c, cc, country, first, last, city, region, school)
SELECT i, cu.c, cu.cc, cu.country, cu.firsts[1 + fixture_gen.n('uf', i, 8)], cu.lasts[1 + fixture_gen.n('ul', i, 8)], cu.cities[1 + k], cu.regions[1 + k],
       fixture_gen.pick(cu.schools, 'usch', i)
FROM generate_series(1, 320) i
CROSS JOIN LATERAL (SELECT fixture_gen.n('ucity', i, 5) AS k) kk
JOIN pgen.cu cu ON cu.c = CASE WHEN i <= 14 THEN fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'de', 'gb', 'pl', 'in', 'br', 'ng', 'us'], 'uc', i)
  ELSE fixture_gen.pick(ARRAY['us', 'us', 'us', 'in', 'in', 'in', 'in', 'ng', 'ng', 'ng', 'br', 'br', 'de', 'de', 'gb', 'gb', 'fr', 'jp', 'kr', 'id', 'id', 'ph', 'ph', 'mx', 'pl',
    'ua', 'eg', 'ke', 'ke', 'vn', 'nl'], 'uc', i) END;
UPDATE pgen.u SET first = 'Femke', last = 'Visser', c = 'nl', cc = 'NL', country = 'Netherlands', city = 'Amsterdam', region = 'Noord-Holland' WHERE i = 1;
UPDATE pgen.u SET first = 'Tessa', last = 'the Tessellate Bot' WHERE i = 2;
UPDATE pgen.u SET full_name = CASE WHEN c IN ('jp', 'kr', 'vn') AND i % 4 = 0 THEN last || ' ' || first ELSE first || ' ' || last END;
UPDATE pgen.u SET username = CASE WHEN i = 2 THEN 'tessa' ELSE CASE fixture_gen.n('un', i, 8)
    WHEN 0 THEN pgen.fold(first) || pgen.fold(last) WHEN 1 THEN pgen.fold(first) || '_' || pgen.fold(last) WHEN 2 THEN pgen.fold(first) || (i % 97)::text
    WHEN 3 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) WHEN 4 THEN pgen.fold(first) || 'dev' WHEN 5 THEN pgen.fold(first) || pgen.fold(last) || (1990 + i % 15)::text
    WHEN 6 THEN 'the' || pgen.fold(first) || 'codes' ELSE pgen.fold(last) || pgen.fold(first) END END;
UPDATE pgen.u u SET username = u.username || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM pgen.u) d WHERE d.i = u.i AND d.rn > 1;
UPDATE pgen.u SET employer = CASE WHEN i <= 14 THEN 'Tessellate Cloud' ELSE fixture_gen.pick(ARRAY['Flutterwave', 'Paystack', 'Andela', 'Infosys', 'Zoho', 'Freshworks', 'Razorpay', 'Nubank', 'Mercado Libre',
      'SAP', 'Zalando', 'Doctolib', 'Mercari', 'Kakao', 'Tokopedia', 'Accenture', 'Shopify', 'Safaricom', 'VNG Corporation', 'Allegro', 'Grammarly', 'Booking.com', 'Thoughtworks',
      'GitLab', 'Tessellate Cloud', 'Kestrel Health', 'Brightline Logistics', 'Freelance', 'Self-employed', 'Open to work'], 'uemp', i) END,
  job = CASE WHEN i = 1 THEN 'Community Manager' WHEN i <= 6 THEN 'Developer Advocate' WHEN i <= 9 THEN 'Trust & Safety Specialist' WHEN i <= 14 THEN 'Software Engineer'
    ELSE fixture_gen.pick(ARRAY['Software Engineer', 'Senior Frontend Developer', 'Backend Engineer', 'Full-stack Developer', 'DevOps Engineer', 'Site Reliability Engineer', 'Data Engineer',
      'Mobile Developer', 'Engineering Manager', 'Tech Lead', 'Junior Developer', 'CS student', 'Staff Engineer', 'QA Automation Engineer', 'Security Engineer', 'ML Engineer'], 'ujob', i) END;
UPDATE pgen.u SET email = CASE WHEN i = 2 THEN 'tessa-bot@tessellate.example' WHEN i <= 14 AND i % 3 <> 0 THEN pgen.fold(first) || '.' || pgen.fold(last) || '@tessellate.example'
  ELSE CASE fixture_gen.n('uem', i, 5)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN username WHEN 2 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (i % 89)::text
    WHEN 3 THEN pgen.fold(first) || '_' || pgen.fold(last) ELSE pgen.fold(last) || '.' || pgen.fold(first) END || '@' || fixture_gen.pick(cu.domains, 'udom', i) END
FROM pgen.cu cu WHERE cu.c = pgen.u.c;
UPDATE pgen.u u SET email = replace(u.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.u) d WHERE d.i = u.i AND d.rn > 1;
UPDATE pgen.u SET
  github = CASE WHEN i = 2 OR fixture_gen.n('ugh', i, 10) < 3 THEN NULL WHEN i % 4 = 1 THEN pgen.fold(first) || '-' || pgen.fold(last) ELSE username END,
  twitter = CASE WHEN i = 2 THEN 'TessellateCloud' WHEN fixture_gen.n('utw', i, 10) < 5 THEN NULL WHEN i % 3 = 0 THEN username ELSE pgen.fold(first) || '_' || substr(pgen.fold(last), 1, 4) END,
  site = CASE WHEN i = 2 THEN NULL ELSE CASE fixture_gen.n('usite', i, 8)
    WHEN 0 THEN 'https://' || replace(username, '_', '-') || '.dev' WHEN 1 THEN 'https://' || pgen.fold(first) || pgen.fold(last) || '.com' WHEN 2 THEN 'https://' || replace(coalesce(github, username), '_', '-') || '.github.io'
    WHEN 3 THEN 'https://' || replace(username, '_', '-') || '.hashnode.dev' WHEN 4 THEN 'https://www.linkedin.com/in/' || pgen.fold(first) || '-' || pgen.fold(last) || '-' || pgen.lower('uli', i, 6) ELSE NULL END END;
ALTER TABLE pgen.u ADD COLUMN joined timestamp;
UPDATE pgen.u SET joined = CASE WHEN i <= 2 THEN timestamp '2019-03-18 09:12:00' + make_interval(mins => i * 7) WHEN i <= 14 THEN pgen.at('ujn', i, '2019-03-20', '2022-06-01')
  ELSE pgen.at('ujn', i, '2019-04-01', '2023-08-20') END;

-- ---------------------------------------------------------------------------
-- Users, their settings, notification settings, profiles and identities.

CREATE TABLE users (
    id bigserial PRIMARY KEY, apple_username varchar, articles_count integer DEFAULT 0 NOT NULL, badge_achievements_count integer DEFAULT 0 NOT NULL,
    checked_code_of_conduct boolean DEFAULT false, comments_count integer DEFAULT 0 NOT NULL,
    confirmation_sent_at timestamp, confirmation_token varchar, confirmed_at timestamp, created_at timestamp(6) NOT NULL, credits_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp, current_sign_in_ip inet, email varchar, encrypted_password varchar DEFAULT '' NOT NULL, facebook_username varchar,
    failed_attempts integer DEFAULT 0, following_tags_count integer DEFAULT 0 NOT NULL, following_users_count integer DEFAULT 0 NOT NULL, github_username varchar,
    google_oauth2_username varchar, invitation_accepted_at timestamp, invitation_sent_at timestamp, invitation_token varchar, invited_by_id bigint,
    last_article_at timestamp DEFAULT '2017-01-01 05:00:00', last_comment_at timestamp DEFAULT '2017-01-01 05:00:00', last_followed_at timestamp,
    last_reacted_at timestamp, last_sign_in_at timestamp, last_sign_in_ip inet, locked_at timestamp, name varchar,
    old_old_username varchar, old_username varchar, payment_pointer varchar, profile_image varchar, profile_updated_at timestamp DEFAULT '2017-01-01 05:00:00',
    reactions_count integer DEFAULT 0 NOT NULL, registered boolean DEFAULT true, registered_at timestamp, remember_created_at timestamp, remember_token varchar,
    reputation_modifier double precision DEFAULT 1.0, reset_password_sent_at timestamp, reset_password_token varchar,
    score integer DEFAULT 0, secret varchar, sign_in_count integer DEFAULT 0, signup_cta_variant varchar, spent_credits_count integer DEFAULT 0 NOT NULL,
    stripe_id_code varchar, twitter_username varchar, unconfirmed_email varchar, unlock_token varchar, unspent_credits_count integer DEFAULT 0 NOT NULL,
    updated_at timestamp(6) NOT NULL, username varchar
);
INSERT INTO users (id, apple_username, checked_code_of_conduct, confirmation_sent_at, confirmation_token, confirmed_at, created_at,
    current_sign_in_at, current_sign_in_ip, email, encrypted_password, facebook_username, failed_attempts, github_username, google_oauth2_username,
    invitation_accepted_at, invitation_sent_at, invitation_token, invited_by_id, last_followed_at, last_reacted_at, last_sign_in_at,
    last_sign_in_ip, locked_at, name, old_old_username, old_username, payment_pointer, profile_image, profile_updated_at, registered, registered_at,
    remember_created_at, remember_token, reputation_modifier, reset_password_sent_at, reset_password_token, score, secret, sign_in_count,
    signup_cta_variant, stripe_id_code, twitter_username, unconfirmed_email, unlock_token, updated_at, username)
SELECT u.i,
       CASE WHEN fixture_gen.n('uapl', u.i, 12) = 0 THEN left(pgen.fold(u.first) || '_' || fixture_gen.hexn('uaplh', u.i, 40), 25) END,
       u.i <> 2 AND u.i % 41 <> 7,
       u.joined + interval '3 seconds',
       CASE WHEN u.i % 5 <> 0 THEN pgen.b58('ucft', u.i, 20) END,
       CASE WHEN u.i % 19 = 11 THEN NULL ELSE u.joined + make_interval(mins => 2 + fixture_gen.n('ucfa', u.i, 300)) END,
       u.joined,
       x.cur, CASE WHEN u.i % 6 = 0 THEN fixture_gen.ipv6('ucip', u.i) ELSE fixture_gen.ipv4('ucip', u.i) END::inet,
       u.email, fixture_gen.bcrypt('upw', u.i),
       CASE WHEN fixture_gen.n('ufb', u.i, 25) = 0 THEN pgen.fold(u.first) || '.' || pgen.fold(u.last) || '.' || fixture_gen.digits('ufbd', u.i, 2) END,
       CASE WHEN u.i % 23 = 5 THEN 3 WHEN u.i % 11 = 4 THEN 1 ELSE 0 END,
       u.github,
       CASE WHEN fixture_gen.n('ugo', u.i, 20) = 0 THEN split_part(u.email, '@', 1) END,
       CASE WHEN u.i BETWEEN 3 AND 14 THEN u.joined END, CASE WHEN u.i BETWEEN 3 AND 14 THEN u.joined - interval '2 days' WHEN u.i IN (318, 319, 320) THEN timestamp '2023-09-12 10:00:00' END,
       CASE WHEN u.i IN (318, 319, 320) THEN fixture_gen.hexn('uinv', u.i, 64) END, CASE WHEN u.i BETWEEN 3 AND 14 OR u.i IN (318, 319, 320) THEN 1 END,
       u.joined + make_interval(days => fixture_gen.n('ulfa', u.i, 400)),
       u.joined + make_interval(days => fixture_gen.n('ulra', u.i, 500)),
       x.cur - make_interval(days => 1 + fixture_gen.n('ulsa', u.i, 40)),
       CASE WHEN u.i % 4 = 0 THEN fixture_gen.ipv6('ulip', u.i) ELSE fixture_gen.ipv4('ulip', u.i) END::inet,
       CASE WHEN u.i % 23 = 5 THEN x.cur + interval '40 seconds' END,
       CASE WHEN u.i = 2 THEN 'Tessa the Tessellate Bot' WHEN u.i % 17 = 0 THEN u.first WHEN u.i % 29 = 0 THEN u.username ELSE u.full_name END,
       CASE WHEN u.i % 31 = 3 THEN 'the' || pgen.fold(u.first) || 'codes' END,
       CASE WHEN u.i % 9 = 2 THEN pgen.fold(u.first) || pgen.fold(u.last) || '_old' WHEN u.i % 31 = 3 THEN pgen.fold(u.first) || (u.i % 50)::text END,
       CASE WHEN fixture_gen.n('upp', u.i, 22) = 0 THEN CASE WHEN u.i % 2 = 0 THEN '$ilp.uphold.com/' || pgen.rnd('uppu', u.i, 12) ELSE '$ilp.gatehub.net/' || fixture_gen.digits('uppg', u.i, 9) END END,
       CASE WHEN u.i = 2 THEN 'tessa-mascot.png' ELSE fixture_gen.uuid('upi', u.i) || fixture_gen.pick(ARRAY['.png', '.jpg', '.jpeg', '.jpeg', '.webp'], 'upix', u.i) END,
       u.joined + make_interval(days => fixture_gen.n('upua', u.i, 200)),
       u.i NOT IN (318, 319, 320), CASE WHEN u.i NOT IN (318, 319, 320) THEN u.joined END,
       CASE WHEN u.i % 3 = 0 THEN x.cur - make_interval(days => fixture_gen.n('urca', u.i, 14)) END,
       CASE WHEN u.i % 3 = 0 THEN pgen.b58('urmt', u.i, 20) END,
       CASE WHEN u.i <= 14 THEN 2.0 WHEN u.i % 13 = 0 THEN 1.5 ELSE 1.0 END,
       CASE WHEN u.i % 12 = 7 THEN x.cur - make_interval(days => fixture_gen.n('urpa', u.i, 90)) END,
       CASE WHEN u.i % 12 = 7 THEN fixture_gen.hexn('urpt', u.i, 64) END,
       fixture_gen.n('usc', u.i, 300) - CASE WHEN u.i % 53 = 9 THEN 400 ELSE 0 END,
       fixture_gen.hexn('usec', u.i, 100),
       CASE WHEN u.i <= 2 THEN 3 + fixture_gen.n('usic', u.i, 900) ELSE 1 + fixture_gen.n('usic', u.i, 260) END,
       fixture_gen.pick(ARRAY['navbar_basic', 'navbar_basic', 'feed_sidebar', 'hero_cta', 'article_end', 'comment_cta', NULL], 'uscv', u.i),
       CASE WHEN fixture_gen.n('ustr', u.i, 16) = 0 THEN 'cus_' || pgen.rnd('ustrc', u.i, 14) END,
       u.twitter,
       CASE WHEN u.i % 47 = 13 THEN pgen.fold(u.first) || '.' || pgen.fold(u.last) || '@' || fixture_gen.pick(ARRAY['proton.me', 'fastmail.com', 'gmail.com'], 'uune', u.i) END,
       CASE WHEN u.i % 23 = 5 THEN fixture_gen.hexn('uunl', u.i, 64) END,
       x.cur + interval '2 seconds', u.username
FROM pgen.u u
CROSS JOIN LATERAL (SELECT greatest(u.joined + interval '1 hour', pgen.at('ucur', u.i, '2023-05-01', '2023-09-29')) AS cur) x
ORDER BY u.i;

CREATE TABLE users_settings (
    id bigserial PRIMARY KEY, brand_color1 varchar DEFAULT '#000000', brand_color2 varchar DEFAULT '#ffffff', config_font integer DEFAULT 0 NOT NULL,
    config_navbar integer DEFAULT 0 NOT NULL, config_theme integer DEFAULT 0 NOT NULL, created_at timestamp(6) NOT NULL, display_announcements boolean DEFAULT true NOT NULL,
    display_email_on_profile boolean DEFAULT false NOT NULL, editor_version integer DEFAULT 1 NOT NULL, experience_level integer, feed_mark_canonical boolean DEFAULT false NOT NULL,
    feed_referential_link boolean DEFAULT true NOT NULL, feed_url varchar, updated_at timestamp(6) NOT NULL, user_id bigint NOT NULL
);
INSERT INTO users_settings (brand_color1, brand_color2, config_font, config_navbar, config_theme, created_at, display_announcements, display_email_on_profile,
    editor_version, experience_level, feed_mark_canonical, feed_referential_link, feed_url, updated_at, user_id)
SELECT CASE WHEN u.i % 4 = 0 THEN '#' || fixture_gen.hexn('ubc1', u.i, 6) ELSE '#000000' END, CASE WHEN u.i % 4 = 0 THEN '#' || fixture_gen.hexn('ubc2', u.i, 6) ELSE '#ffffff' END,
       CASE WHEN u.i % 9 = 0 THEN fixture_gen.n('ucf', u.i, 6) ELSE 0 END, CASE WHEN u.i % 7 = 0 THEN 1 ELSE 0 END, CASE WHEN fixture_gen.n('uth', u.i, 10) < 4 THEN 2 ELSE 0 END,
       u.joined, u.i % 11 <> 0, u.i % 8 = 3, CASE WHEN u.i % 5 = 0 THEN 1 ELSE 2 END,
       CASE WHEN u.i % 3 <> 0 THEN 1 + fixture_gen.n('uxl', u.i, 10) END, u.i % 6 = 0, u.i % 10 <> 1,
       CASE WHEN u.site LIKE '%.hashnode.dev' THEN u.site || '/rss.xml'
            WHEN u.site LIKE '%.dev' OR u.site LIKE '%.com' THEN u.site || '/feed.xml'
            WHEN u.i % 10 = 3 THEN 'https://medium.com/feed/@' || u.username END,
       u.joined + make_interval(days => fixture_gen.n('usu', u.i, 300)), u.i
FROM pgen.u u ORDER BY u.i;

CREATE TABLE users_notification_settings (
    id bigserial PRIMARY KEY, created_at timestamp(6) NOT NULL, email_badge_notifications boolean DEFAULT true NOT NULL, email_comment_notifications boolean DEFAULT true NOT NULL,
    email_community_mod_newsletter boolean DEFAULT false NOT NULL, email_digest_periodic boolean DEFAULT false NOT NULL, email_follower_notifications boolean DEFAULT true NOT NULL,
    email_mention_notifications boolean DEFAULT true NOT NULL, email_newsletter boolean DEFAULT false NOT NULL, mobile_comment_notifications boolean DEFAULT true NOT NULL,
    reaction_notifications boolean DEFAULT true NOT NULL, updated_at timestamp(6) NOT NULL, user_id bigint NOT NULL, welcome_notifications boolean DEFAULT true NOT NULL
);
INSERT INTO users_notification_settings (created_at, email_badge_notifications, email_comment_notifications, email_community_mod_newsletter, email_digest_periodic,
    email_follower_notifications, email_mention_notifications, email_newsletter, mobile_comment_notifications, reaction_notifications, updated_at, user_id, welcome_notifications)
SELECT u.joined, fixture_gen.n('nb1', u.i, 5) <> 0, fixture_gen.n('nb2', u.i, 6) <> 0, u.i <= 14 OR u.i % 21 = 0, fixture_gen.n('nb4', u.i, 3) = 0, fixture_gen.n('nb5', u.i, 4) <> 0,
       fixture_gen.n('nb6', u.i, 7) <> 0, fixture_gen.n('nb7', u.i, 3) = 0, fixture_gen.n('nb10', u.i, 4) <> 0,
       fixture_gen.n('nb12', u.i, 6) <> 0, u.joined + make_interval(days => fixture_gen.n('nbu', u.i, 500)), u.i, u.i % 15 <> 0
FROM pgen.u u ORDER BY u.i;

-- Profiles: the static fields as columns, the profile fields in data.
CREATE TABLE profiles (
    id bigserial PRIMARY KEY, created_at timestamp(6) NOT NULL, data jsonb DEFAULT '{}' NOT NULL, location varchar, summary text, updated_at timestamp(6) NOT NULL,
    user_id bigint NOT NULL, website_url varchar
);
INSERT INTO profiles (created_at, data, location, summary, updated_at, user_id, website_url)
SELECT u.joined,
       CASE WHEN u.i = 2 THEN '{}'::jsonb ELSE jsonb_strip_nulls(jsonb_build_object(
         'work', CASE WHEN u.i % 6 <> 5 THEN CASE WHEN u.employer IN ('Freelance', 'Self-employed') THEN u.job || ', ' || lower(u.employer) WHEN u.employer = 'Open to work' THEN 'Open to work'
                      ELSE u.job || ' at ' || u.employer END END,
         'education', CASE WHEN u.i % 3 <> 1 THEN u.school END,
         'skills_languages', CASE WHEN u.i % 4 <> 2 THEN fixture_gen.pick(ARRAY['TypeScript, React, Node.js', 'Go, Kubernetes, Terraform', 'Python, Django, PostgreSQL', 'Rust, WebAssembly',
             'Kotlin, Android, Jetpack Compose', 'Ruby on Rails, Hotwire', 'Java, Spring Boot, Kafka', 'Swift, SwiftUI', 'C#, .NET, Azure', 'PHP, Laravel, Vue', 'Elixir, Phoenix', 'Flutter, Dart'], 'psk', u.i) END,
         'currently_learning', CASE WHEN u.i % 5 <> 1 THEN fixture_gen.pick(ARRAY['System design', 'Rust', 'Japanese and Go', 'eBPF', 'Accessibility testing', 'Data structures for interviews',
             'Svelte', 'How to sleep more', 'Platform engineering', 'German (B1!)'], 'pcl', u.i) END,
         'available_for', CASE WHEN u.i % 4 = 0 THEN fixture_gen.pick(ARRAY[
             'Mentoring juniors, talks at meetups, code reviews.',
             'Freelance projects. Email me at ' || u.email,
             'Open source collaborations and coffee chats.',
             'Reach out on Twitter @' || coalesce(u.twitter, u.username) || ' or email ' || u.email,
             'Frontend contracts from Q4, WhatsApp ' || pgen.phone(u.c, 'pph', u.i),
             'Speaking at conferences in ' || u.country || ' and remote.',
             'Not looking for new roles, please no recruiters.'], 'paf', u.i) END,
         'currently_hacking_on', CASE WHEN u.i % 3 = 2 THEN fixture_gen.pick(ARRAY['A CLI that turns OpenAPI specs into Postman collections', 'A budgeting app for my family',
             'Migrating our monolith to Tessellate Functions', 'A Discord bot for my university''s coding club', 'My personal site, again', 'An offline-first PWA for farmers in my region',
             'Advent of Code in Zig'], 'pho', u.i) END)) END,
       CASE WHEN u.i = 2 THEN 'The Internet' WHEN u.i % 10 = 9 THEN NULL WHEN u.i % 10 = 4 THEN u.city WHEN u.i % 10 = 6 THEN u.city || ', ' || u.region
            WHEN u.i % 10 = 7 THEN 'Remote / ' || u.country ELSE u.city || ', ' || u.country END,
       CASE WHEN u.i = 2 THEN 'Hi, I''m Tessa! I post weekly challenges and welcome threads for the Tessellate Community.'
            WHEN u.i % 8 = 6 THEN NULL ELSE fixture_gen.pick(ARRAY[
         u.job || CASE WHEN u.employer IN ('Freelance', 'Self-employed', 'Open to work') THEN ', ' || lower(u.employer) ELSE ' at ' || u.employer END || '. I write about the bugs that kept me up at night.',
         'Self-taught developer from ' || u.city || '. Former teacher, now building accessible web apps. she/her',
         'Backend engineer who loves boring technology. Dad of two, runner, occasional speaker.',
         'Studied at ' || u.school || '. Learning in public.',
         'I build things with TypeScript and write about them here.',
         'DevOps and SRE stuff. Opinions are my own, not ' || u.employer || '''s.',
         'Career changer (nursing -> frontend). Living with ADHD and writing about how I work with it.',
         'Open source maintainer. Contact: ' || u.email,
         'Mobile dev in ' || u.city || '. Coffee, cats and Kotlin.',
         'Writing about data engineering, one pipeline at a time.',
         'Co-organiser of the ' || u.city || ' JavaScript meetup.',
         'Hello! I am ' || u.full_name || ', a ' || lower(u.job) || ' from ' || u.country || '.'], 'psum', u.i) END,
       u.joined + make_interval(days => fixture_gen.n('pup', u.i, 300)), u.i, u.site
FROM pgen.u u ORDER BY u.i;

CREATE TABLE identities (
    id serial PRIMARY KEY, auth_data_dump text, created_at timestamp NOT NULL, provider varchar, secret varchar, token varchar, uid varchar, updated_at timestamp NOT NULL, user_id integer
);
CREATE TABLE pgen.idn (k int, i int, provider text, uid text, token text, secret text, rt text);
INSERT INTO pgen.idn
SELECT 1, u.i, 'github', (100000 + fixture_gen.n('ghid', u.i, 140000000))::text, 'gho_' || pgen.rnd('ghtk', u.i, 36), NULL, NULL FROM pgen.u u WHERE u.github IS NOT NULL
UNION ALL
SELECT 2, u.i, 'twitter', CASE WHEN u.i % 3 = 0 THEN (10000000 + fixture_gen.n('twid', u.i, 900000000))::text ELSE '1' || fixture_gen.digits('twid', u.i, 18) END, NULL,
       pgen.rnd('twsc', u.i, 45), NULL FROM pgen.u u WHERE u.twitter IS NOT NULL AND u.i % 5 <> 1
UNION ALL
SELECT 3, u.i, 'apple', '00' || fixture_gen.digits('apid', u.i, 4) || '.' || fixture_gen.hexn('apidh', u.i, 32) || '.' || fixture_gen.digits('apidt', u.i, 4),
       'a' || fixture_gen.hexn('aptk', u.i, 32) || '.0.' || pgen.lower('aptk2', u.i, 4) || '.' || pgen.rnd('aptk3', u.i, 22), NULL,
       'r' || fixture_gen.hexn('aprt', u.i, 32) || '.0.' || pgen.lower('aprt2', u.i, 4) || '.' || pgen.rnd('aprt3', u.i, 22)
FROM pgen.u u JOIN users us ON us.id = u.i WHERE us.apple_username IS NOT NULL;
UPDATE pgen.idn SET token = uid || '-' || pgen.rnd('twtk', i, 40) WHERE provider = 'twitter';

INSERT INTO identities (auth_data_dump, created_at, provider, secret, token, uid, updated_at, user_id)
SELECT CASE d.provider
  WHEN 'github' THEN E'--- !ruby/hash:OmniAuth::AuthHash\nprovider: github\nuid: ''' || d.uid || E'''\ninfo: !ruby/hash:OmniAuth::AuthHash::InfoHash\n  nickname: ' || u.github
    || E'\n  email: ' || u.email || E'\n  name: ' || u.full_name || E'\n  image: https://avatars.githubusercontent.com/u/' || d.uid || E'?v=4\n  urls: !ruby/hash:OmniAuth::AuthHash\n    GitHub: https://github.com/'
    || u.github || E'\n    Blog: ''' || coalesce(u.site, '') || E'''\ncredentials: !ruby/hash:OmniAuth::AuthHash\n  token: ' || d.token || E'\n  expires: false\nextra: !ruby/hash:OmniAuth::AuthHash\n  raw_info: !ruby/hash:OmniAuth::AuthHash\n    login: '
    || u.github || E'\n    id: ' || d.uid || E'\n    node_id: ' || translate(encode(convert_to('04:User' || d.uid, 'UTF8'), 'base64'), E'\n', '') || E'\n    avatar_url: https://avatars.githubusercontent.com/u/' || d.uid
    || E'?v=4\n    type: User\n    site_admin: false\n    name: ' || u.full_name || E'\n    company: ' || CASE WHEN u.employer IN ('Freelance', 'Self-employed', 'Open to work') THEN '' ELSE '"@' || lower(replace(u.employer, ' ', '')) || '"' END
    || E'\n    blog: ''' || coalesce(u.site, '') || E'''\n    location: ' || u.city || ', ' || u.country || E'\n    email: ' || CASE WHEN u.i % 3 = 0 THEN u.email ELSE '' END
    || E'\n    hireable: ' || CASE WHEN u.i % 4 = 0 THEN 'true' ELSE '' END || E'\n    twitter_username: ' || coalesce(u.twitter, '') || E'\n    public_repos: ' || fixture_gen.n('ghpr', u.i, 140)
    || E'\n    followers: ' || fixture_gen.n('ghfo', u.i, 900) || E'\n    created_at: ''' || to_char(u.joined - make_interval(days => 200 + fixture_gen.n('ghca', u.i, 2500)), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    || E'''\n  all_emails: []\n  scope: user:email\n'
  WHEN 'twitter' THEN E'--- !ruby/hash:OmniAuth::AuthHash\nprovider: twitter\nuid: ''' || d.uid || E'''\ninfo: !ruby/hash:OmniAuth::AuthHash::InfoHash\n  nickname: ' || u.twitter
    || E'\n  name: ' || u.full_name || E'\n  email: ' || u.email || E'\n  location: ' || u.city || E'\n  image: http://pbs.twimg.com/profile_images/' || fixture_gen.digits('twpi', u.i, 19) || '/' || pgen.rnd('twpn', u.i, 8)
    || E'_normal.jpg\n  description: ' || u.job || ' | ' || u.city || E'\n  urls: !ruby/hash:OmniAuth::AuthHash\n    Website: https://t.co/' || pgen.rnd('twtco', u.i, 10) || E'\n    Twitter: https://twitter.com/' || u.twitter
    || E'\ncredentials: !ruby/hash:OmniAuth::AuthHash\n  token: ' || d.token || E'\n  secret: ' || d.secret || E'\nextra: !ruby/hash:OmniAuth::AuthHash\n  raw_info: !ruby/hash:OmniAuth::AuthHash\n    id: ' || d.uid
    || E'\n    id_str: ''' || d.uid || E'''\n    screen_name: ' || u.twitter || E'\n    followers_count: ' || fixture_gen.n('twfc', u.i, 4000) || E'\n    verified: false\n'
  ELSE E'--- !ruby/hash:OmniAuth::AuthHash\nprovider: apple\nuid: ' || d.uid || E'\ninfo: !ruby/hash:OmniAuth::AuthHash::InfoHash\n  sub: ' || d.uid || E'\n  email: '
    || CASE WHEN u.i % 2 = 0 THEN pgen.lower('aprelay', u.i, 10) || '@privaterelay.appleid.com' ELSE u.email END || E'\n  first_name: ' || u.first || E'\n  last_name: ' || u.last
    || E'\n  name: ' || u.full_name || E'\n  email_verified: true\n  is_private_email: ' || (u.i % 2 = 0)::text || E'\ncredentials: !ruby/hash:OmniAuth::AuthHash\n  token: ' || d.token
    || E'\n  refresh_token: ' || d.rt || E'\n  expires_at: ' || (extract(epoch FROM u.joined)::bigint + 3600) || E'\n  expires: true\nextra: !ruby/hash:OmniAuth::AuthHash\n  raw_info: !ruby/hash:OmniAuth::AuthHash\n    id_token: '
    || fixture_gen.jwt('apjwt', u.i) || E'\n' END,
  u.joined + make_interval(secs => d.k), d.provider, d.secret, d.token, d.uid, u.joined + make_interval(days => fixture_gen.n('idup', u.i * 3 + d.k, 600)), u.i
FROM pgen.idn d JOIN pgen.u u ON u.i = d.i ORDER BY u.joined, d.k;

CREATE TABLE roles (id bigserial PRIMARY KEY, created_at timestamp(6) NOT NULL, name varchar, resource_id bigint, resource_type varchar, updated_at timestamp(6) NOT NULL);
CREATE TABLE users_roles (role_id bigint, user_id bigint);
INSERT INTO roles (id, created_at, name, resource_id, resource_type, updated_at) VALUES
  (1, '2019-03-18 09:20:00', 'super_admin', NULL, NULL, '2019-03-18 09:20:00'), (2, '2019-03-18 09:20:00', 'admin', NULL, NULL, '2019-03-18 09:20:00'),
  (3, '2019-03-18 09:20:01', 'trusted', NULL, NULL, '2019-03-18 09:20:01'), (4, '2019-05-02 14:01:00', 'tag_moderator', 1, 'Tag', '2019-05-02 14:01:00'),
  (5, '2019-05-02 14:02:00', 'tag_moderator', 4, 'Tag', '2019-05-02 14:02:00'), (6, '2019-06-11 08:40:00', 'tag_moderator', 9, 'Tag', '2019-06-11 08:40:00'),
  (7, '2020-01-14 10:00:00', 'warned', NULL, NULL, '2020-01-14 10:00:00'), (8, '2020-01-14 10:00:01', 'suspended', NULL, NULL, '2020-01-14 10:00:01'),
  (9, '2020-03-30 16:22:00', 'comment_suspended', NULL, NULL, '2020-03-30 16:22:00'), (10, '2021-02-08 11:00:00', 'tech_admin', NULL, NULL, '2021-02-08 11:00:00'),
  (11, '2021-09-01 12:00:00', 'single_resource_admin', NULL, 'DisplayAd', '2021-09-01 12:00:00'), (12, '2022-05-17 09:00:00', 'support_admin', NULL, NULL, '2022-05-17 09:00:00'),
  (13, '2022-11-03 13:30:00', 'limited', NULL, NULL, '2022-11-03 13:30:00'), (14, '2023-02-21 15:00:00', 'tag_moderator', 17, 'Tag', '2023-02-21 15:00:00');
INSERT INTO users_roles (role_id, user_id)
SELECT r, u FROM (VALUES (1, 1), (1, 3), (2, 1), (2, 3), (2, 4), (10, 10), (10, 11), (12, 7), (12, 8), (12, 9), (11, 5), (4, 41), (5, 73), (6, 66), (14, 150)) v(r, u)
UNION ALL SELECT 3, u FROM generate_series(15, 320) u WHERE fixture_gen.n('trus', u, 9) = 0
UNION ALL SELECT CASE WHEN u % 3 = 0 THEN 8 WHEN u % 3 = 1 THEN 7 ELSE 9 END, u FROM generate_series(15, 320) u WHERE u % 37 = 19 OR u % 53 = 9
UNION ALL SELECT 13, u FROM generate_series(300, 320) u WHERE u % 4 = 0;

-- ---------------------------------------------------------------------------
-- Organizations and their members.

CREATE TABLE organizations (
    id serial PRIMARY KEY, articles_count integer DEFAULT 0 NOT NULL, company_size varchar, created_at timestamp NOT NULL, cta_body_markdown varchar,
    cta_button_text varchar, cta_button_url varchar, email varchar, github_username varchar, last_article_at timestamp DEFAULT '2017-01-01 05:00:00', location varchar,
    name varchar, old_slug varchar, profile_image varchar, secret varchar, slug varchar, story varchar, summary text, tag_line varchar, tech_stack varchar,
    twitter_username varchar, unspent_credits_count integer DEFAULT 0 NOT NULL, updated_at timestamp NOT NULL, url varchar
);
CREATE TABLE pgen.org (id int, name text, slug text, loc text, email text, size text, url text, gh text, tw text, summary text, story text, stack text, owner int);
INSERT INTO pgen.org VALUES
  (1, 'Tessellate Cloud', 'tessellate', 'Amsterdam, Netherlands', 'devrel@tessellate.example', '201-500', 'https://tessellate.example', 'tessellate-cloud', 'TessellateCloud',
   'The developer platform for event-driven apps. Functions, queues and Postgres in one place.', 'Tessellate started in 2016 as a side project of three engineers who were tired of gluing queues to databases. Today we run in eleven regions.', 'Go, Rust, Kubernetes, PostgreSQL, TypeScript', 1),
  (2, 'Lagos Devs Collective', 'lagosdevs', 'Lagos, Nigeria', 'organizers@lagosdevs.example', '1-10', 'https://lagosdevs.example', 'lagosdevs', 'lagosdevs',
   'A volunteer-run community for developers in Lagos. Monthly meetups in Yaba and Lekki.', 'We started in 2018 with eleven people in a borrowed classroom. Our organisers are listed on the website.', 'Whatever you bring', NULL),
  (3, 'Kestrel Health', 'kestrelhealth', 'Boston, MA', 'engineering@kestrelhealth.example', '51-200', 'https://kestrelhealth.example', 'kestrel-health', 'kestrelhealth',
   'Software for community clinics. We are hiring remote engineers in the Americas.', 'Founded by two former ER nurses and a developer, Kestrel builds scheduling and intake tools for clinics.', 'Ruby on Rails, React Native, Postgres', NULL),
  (4, 'Brightline Logistics', 'brightline', 'Rotterdam, Netherlands', 'tech-blog@brightline.example', '501-1000', 'https://brightline.example', 'brightline-logistics', NULL,
   'Engineering stories from the team that moves containers through the port of Rotterdam.', NULL, 'Java, Kafka, Kotlin, Tessellate Queues', NULL),
  (5, 'Pune Rustaceans', 'punerust', 'Pune, India', 'hello@punerust.example', '1-10', 'https://punerust.example', 'punerust', 'punerust', 'Rust meetup in Pune. Talks, workshops and beginner nights.', NULL, 'Rust', NULL),
  (6, 'Nopal Labs', 'nopallabs', 'Guadalajara, Mexico', 'contacto@nopallabs.example', '11-50', 'https://nopallabs.example', 'nopal-labs', 'nopallabs', 'Nearshore product studio. We write about Elixir and product design.', NULL, 'Elixir, Phoenix, Figma', NULL),
  (7, 'Sakura Stack', 'sakurastack', 'Tokyo, Japan', 'dev@sakurastack.example', '51-200', 'https://sakurastack.example', 'sakurastack', 'sakura_stack', 'Payments infrastructure for Japanese e-commerce.', NULL, 'Go, TypeScript, GCP', NULL),
  (8, 'Hanbit Systems', 'hanbit', 'Seoul, South Korea', 'recruit@hanbit.example', '201-500', 'https://hanbit.example', 'hanbit-systems', NULL, 'Search and recommendation systems.', NULL, 'Kotlin, Spring, Elasticsearch', NULL),
  (9, 'Nairobi Women in Tech', 'nwit-ke', 'Nairobi, Kenya', 'team@nwit-ke.example', '1-10', 'https://nwit-ke.example', 'nwit-ke', 'NWiT_KE', 'Mentorship circles, hackathons and scholarships for women developers in Kenya.', 'NWiT began as a WhatsApp group of eight friends from JKUAT and Moringa School.', 'Python, Flutter, JavaScript', NULL),
  (10, 'Kraków Frontend', 'krkfrontend', 'Kraków, Poland', 'kontakt@krkfrontend.example', '1-10', 'https://krkfrontend.example', 'krkfrontend', 'krkfrontend', 'Meetup and blog about the web platform.', NULL, 'HTML, CSS, JS', NULL),
  (11, 'Ipê Software', 'ipesoftware', 'Recife, Brazil', 'contato@ipesoftware.example', '11-50', 'https://ipesoftware.example', 'ipe-software', 'ipesoftware', 'Consultoria de software em Recife. Escrevemos sobre React e acessibilidade.', NULL, 'React, Node.js, AWS', NULL),
  (12, 'Nilebyte', 'nilebyte', 'Cairo, Egypt', 'hello@nilebyte.example', '11-50', 'https://nilebyte.example', 'nilebyte', 'nilebyte', 'Arabic-first developer tools.', NULL, 'TypeScript, Deno', NULL),
  (13, 'Lotus Code Vietnam', 'lotuscode', 'Hồ Chí Minh City, Vietnam', 'hr@lotuscode.example', '51-200', 'https://lotuscode.example', 'lotuscode-vn', NULL, 'Offshore development center with 120 engineers.', NULL, '.NET, Angular, Azure', NULL),
  (14, 'Open Parcel Foundation', 'openparcel', 'Remote', 'board@openparcel.example', '1-10', 'https://openparcel.example', 'openparcel', 'openparcel', 'Open source tools for tracking parcels across carriers.', NULL, 'Python, Go', NULL),
  (15, '', 'freelancer-ke', 'Nairobi, Kenya', NULL, '1-10', NULL, NULL, NULL, 'Independent Flutter and Firebase consulting.', NULL, 'Flutter, Firebase', 0),
  (16, 'Jakarta Gophers', 'jakartagophers', 'Jakarta, Indonesia', 'jakartagophers@googlegroups.example', '1-10', 'https://jakartagophers.example', 'jakartagophers', NULL, 'Go meetup in Jakarta since 2017.', NULL, 'Go', NULL),
  (17, 'Manila Cloud Guild', 'mnlcloud', 'Makati, Philippines', 'guild@mnlcloud.example', '1-10', NULL, NULL, 'mnlcloud', 'Cloud practitioners in Metro Manila.', NULL, 'AWS, Tessellate, Terraform', NULL),
  (18, '', 'freelancer-de', 'Leipzig, Germany', NULL, '1-10', NULL, NULL, NULL, 'Rails-Beratung und Code-Reviews.', NULL, 'Ruby, Rails', 0),
  (19, 'Lviv Dev Club', 'lvivdevclub', 'Lviv, Ukraine', 'club@lvivdev.example', '1-10', 'https://lvivdev.example', 'lvivdevclub', 'lvivdevclub', 'Talks and a book club for engineers in Lviv.', NULL, 'Everything', NULL),
  (20, 'Sunbird Games', 'sunbirdgames', 'Manchester, UK', 'press@sunbirdgames.example', '11-50', 'https://sunbirdgames.example', 'sunbird-games', 'sunbirdgames', 'Indie studio making cosy games in Godot.', NULL, 'Godot, C#', NULL),
  (21, 'Ocelot Data', 'ocelotdata', 'Austin, TX', 'blog@ocelotdata.example', '11-50', 'https://ocelotdata.example', 'ocelot-data', 'ocelotdata', 'Data pipelines without the pain.', 'Ocelot was founded by Madison Brown and Tyler Williams after they left a large bank''s data team.', 'Python, dbt, DuckDB', NULL),
  (22, 'Quetzal Pay', 'quetzalpay', 'Ciudad de México, Mexico', 'devs@quetzalpay.example', '51-200', 'https://quetzalpay.example', 'quetzalpay', 'quetzalpay', 'Payment APIs for Latin America.', NULL, 'Go, PostgreSQL', NULL);
-- Two freelancers' organizations bear their owners' own names.
UPDATE pgen.org o SET owner = u.i, name = u.full_name || ' Consulting', slug = pgen.fold(u.first) || pgen.fold(u.last), email = u.email, url = u.site, gh = u.github, tw = u.twitter,
  story = 'I am ' || u.first || ', a freelance mobile developer in Nairobi. Call or WhatsApp ' || pgen.phone(u.c, 'orgph', u.i) || ' for project enquiries.'
FROM (SELECT min(i) AS i FROM pgen.u WHERE c = 'ke' AND i > 14) m JOIN pgen.u u ON u.i = m.i WHERE o.id = 15;
UPDATE pgen.org o SET owner = u.i, name = u.full_name || ' Software', slug = pgen.fold(u.first) || '-' || pgen.fold(u.last), email = u.email, url = u.site, gh = u.github, tw = u.twitter,
  story = 'Freiberuflicher Rails-Entwickler. Büro: ' || 'Karl-Heine-Straße ' || (10 + u.i % 80) || ', 04229 Leipzig.'
FROM (SELECT min(i) AS i FROM pgen.u WHERE c = 'de' AND i > 14) m JOIN pgen.u u ON u.i = m.i WHERE o.id = 18;

INSERT INTO organizations (id, company_size, created_at, cta_body_markdown, cta_button_text, cta_button_url, email, github_username, location, name, old_slug,
    profile_image, secret, slug, story, summary, tag_line, tech_stack, twitter_username, unspent_credits_count, updated_at, url)
SELECT o.id, o.size, pgen.at('ocr', o.id, '2019-04-01', '2022-12-01'),
       CASE WHEN o.id IN (1, 3, 4, 7, 21, 22) THEN fixture_gen.pick(ARRAY['We are hiring engineers who care about reliability.', 'Try the free tier, no credit card needed.', 'Join our team in ' || split_part(o.loc, ',', 1) || ' or remotely.'], 'octa', o.id) END,
       CASE WHEN o.id IN (1, 3, 4, 7, 21, 22) THEN fixture_gen.pick(ARRAY['See open roles', 'Start free', 'Learn more'], 'octb', o.id) END,
       CASE WHEN o.id IN (1, 3, 4, 7, 21, 22) THEN o.url || fixture_gen.pick(ARRAY['/careers', '/signup?ref=forem', '/blog'], 'octu', o.id) END,
       o.email, o.gh, o.loc, o.name, CASE WHEN o.id = 4 THEN 'brightline-tech' WHEN o.id = 9 THEN 'nairobiwit' END,
       fixture_gen.uuid('opi', o.id) || '.png', fixture_gen.hexn('osec', o.id, 100), o.slug, o.story, o.summary,
       CASE WHEN o.id IN (1, 2, 9, 20) THEN fixture_gen.pick(ARRAY['Build, ship, repeat', 'Community first', 'Small team, big games'], 'otl', o.id) END, o.stack,
       o.tw, CASE WHEN o.id IN (1, 3, 7, 22) THEN fixture_gen.n('ouc', o.id, 40) ELSE 0 END,
       pgen.at('oup', o.id, '2023-01-01', '2023-09-20'), o.url
FROM pgen.org o ORDER BY o.id;

CREATE TABLE organization_memberships (
    id bigserial PRIMARY KEY, created_at timestamp NOT NULL, organization_id bigint NOT NULL, type_of_user varchar NOT NULL, updated_at timestamp NOT NULL, user_id bigint NOT NULL,
    user_title varchar
);
INSERT INTO organization_memberships (created_at, organization_id, type_of_user, updated_at, user_id, user_title)
SELECT t, m.org, CASE WHEN m.rk = 1 THEN 'admin' WHEN m.user_id % 7 = 0 THEN 'guest' ELSE 'member' END, t + interval '5 minutes', m.user_id,
       CASE WHEN m.user_id % 4 = 1 THEN NULL WHEN m.org IN (2, 5, 9, 10, 16, 17, 19) THEN fixture_gen.pick(ARRAY['Organizer', 'Co-organizer', 'Volunteer', 'Speaker coordinator'], 'omt', m.user_id)
            ELSE u.job END
FROM (SELECT x.org, x.user_id, row_number() OVER (PARTITION BY x.org ORDER BY x.user_id) AS rk FROM (
        SELECT 1 AS org, i AS user_id FROM generate_series(1, 14) i
        UNION SELECT o.id, o.owner FROM pgen.org o WHERE o.owner > 0 AND o.id <> 1
        UNION SELECT CASE u.employer WHEN 'Brightline Logistics' THEN 4 WHEN 'Kestrel Health' THEN 3 WHEN 'Tessellate Cloud' THEN 1 END, u.i FROM pgen.u u WHERE u.employer IN ('Brightline Logistics', 'Kestrel Health', 'Tessellate Cloud')
        UNION SELECT 2 + fixture_gen.n('omo', k, 21), 15 + fixture_gen.n('omu', k, 306) FROM generate_series(1, 80) k) x WHERE x.org NOT IN (15, 18) OR x.user_id IN (SELECT owner FROM pgen.org)) m
JOIN pgen.u u ON u.i = m.user_id
CROSS JOIN LATERAL (SELECT greatest(u.joined, (SELECT created_at FROM organizations WHERE id = m.org)) + make_interval(days => fixture_gen.n('omc', m.user_id * 31 + m.org, 200)) AS t) tt
ORDER BY t;

-- ---------------------------------------------------------------------------
-- Tags, articles and taggings.

CREATE TABLE tags (
    id serial PRIMARY KEY, alias_for varchar, badge_id integer, bg_color_hex varchar, category varchar DEFAULT 'uncategorized' NOT NULL, created_at timestamp,
    name varchar, pretty_name varchar, requires_approval boolean DEFAULT false, rules_markdown text, short_summary varchar,
    supported boolean DEFAULT false, taggings_count integer DEFAULT 0, updated_at timestamp, wiki_body_markdown text
);
INSERT INTO tags (id, alias_for, bg_color_hex, category, created_at, name, pretty_name, requires_approval, rules_markdown, short_summary, supported, updated_at, wiki_body_markdown)
SELECT k, a, '#' || fixture_gen.hexn('tbg', k, 6), cat, pgen.at('tcr', k, '2019-03-20', '2021-01-01'), nm, pn, nm IN ('news', 'tessellate'),
       CASE WHEN k IN (1, 4, 9, 17, 21) THEN E'1. Posts should be about ' || pn || E'.\n2. Be kind. Questions from beginners are welcome.\n3. No job ads, use the listings for those.' END,
       ss, a IS NULL, pgen.at('tup', k, '2022-01-01', '2023-09-01'),
       CASE WHEN k IN (1, 4, 9, 17) THEN 'This tag is for anything related to ' || pn || E'.\n\nSee the tag moderators'' guide for what belongs here. Links to official docs are in the sidebar.' END
FROM (VALUES (1, 'javascript', 'JavaScript', 'language', 'Once relegated to the browser, now everywhere.', NULL), (2, 'webdev', 'Web Development', 'field', 'Because the internet...', NULL),
  (3, 'beginners', 'Beginners', 'uncategorized', '"A journey of a thousand miles begins with a single step."', NULL), (4, 'python', 'Python', 'language', 'import antigravity', NULL),
  (5, 'programming', 'Programming', 'uncategorized', 'The magic behind computers.', NULL), (6, 'react', 'React', 'library', 'Official tag for Facebook''s React library.', NULL),
  (7, 'tutorial', 'Tutorial', 'uncategorized', 'Tutorial is a general purpose tag.', NULL), (8, 'devops', 'DevOps', 'field', 'Content centering around the shifting left of responsibility.', NULL),
  (9, 'rust', 'Rust', 'language', 'This tag is for posts related to the Rust language.', NULL), (10, 'career', 'Career', 'uncategorized', 'Career talk, job hunting and growth.', NULL),
  (11, 'go', 'Go', 'language', 'Go is an open source programming language.', NULL), (12, 'golang', 'Golang', 'language', NULL, 'go'),
  (13, 'kubernetes', 'Kubernetes', 'tool', 'An open-source container orchestration system.', NULL), (14, 'aws', 'AWS', 'tool', 'Amazon Web Services.', NULL),
  (15, 'typescript', 'TypeScript', 'language', 'Optional static type-checking for JavaScript.', NULL), (16, 'node', 'Node.js', 'tool', 'A JavaScript runtime.', NULL),
  (17, 'tessellate', 'Tessellate', 'tool', 'Posts about Tessellate Functions, Queues and Postgres.', NULL), (18, 'productivity', 'Productivity', 'uncategorized', 'Productivity includes tips on how to use tools.', NULL),
  (19, 'discuss', 'Discuss', 'uncategorized', 'Discussion threads targeting the whole community.', NULL), (20, 'opensource', 'Open Source', 'uncategorized', 'May The Source Be With You!', NULL),
  (21, 'security', 'Security', 'field', 'Hopefully not just an afterthought!', NULL), (22, 'database', 'Database', 'field', 'Posts on building, using, and learning about databases.', NULL),
  (23, 'postgres', 'PostgreSQL', 'tool', 'The world''s most advanced open source relational database.', NULL), (24, 'android', 'Android', 'platform', 'Android tips and tricks.', NULL),
  (25, 'flutter', 'Flutter', 'library', 'An open-source UI software development kit.', NULL), (26, 'ai', 'AI', 'field', 'Artificial intelligence.', NULL),
  (27, 'machinelearning', 'Machine Learning', 'field', 'A branch of AI.', NULL), (28, 'css', 'CSS', 'language', 'Cascading Style Sheets.', NULL),
  (29, 'docker', 'Docker', 'tool', 'Stories about Docker as a technology.', NULL), (30, 'testing', 'Testing', 'uncategorized', 'Find those bugs before your users do!', NULL),
  (31, 'architecture', 'Architecture', 'uncategorized', 'The fundamental structures of a software system.', NULL), (32, 'showdev', 'Show DEV', 'uncategorized', 'Show off what you''ve built!', NULL),
  (33, 'watercooler', 'Watercooler', 'uncategorized', 'Light, and off-topic conversation.', NULL), (34, 'serverless', 'Serverless', 'field', 'Serverless computing.', NULL),
  (35, 'help', 'Help', 'uncategorized', 'A place to ask questions and provide answers.', NULL), (36, 'elixir', 'Elixir', 'language', 'Dynamic, functional language.', NULL),
  (37, 'rails', 'Rails', 'library', 'Ruby on Rails is a popular web framework.', NULL), (38, 'a11y', 'Accessibility', 'field', 'The practice of making your apps usable by as many people as possible.', NULL),
  (39, 'news', 'News', 'uncategorized', 'Expect to see announcements of new and updated products.', NULL), (40, 'wasm', 'WebAssembly', 'tool', 'Binary instruction format for a stack-based virtual machine.', NULL)
) t(k, nm, pn, cat, ss, a);

CREATE TABLE pgen.art (k int PRIMARY KEY, uid int, org int, tool text, tags int[], title text, other int, pub boolean, created timestamp, pub_at timestamp, v1 boolean);
INSERT INTO pgen.art (k, uid, tool, tags, other, v1)
SELECT k, CASE WHEN k % 12 = 0 THEN 2 WHEN k % 12 = 5 THEN 1 + fixture_gen.n('aus', k, 14) ELSE 15 + fixture_gen.n('auc', k, 140) * 2 + fixture_gen.n('aud', k, 2) END,
       t.tool, t.tags, 3 + fixture_gen.n('aoth', k, 318), k % 3 = 0
FROM generate_series(1, 380) k
CROSS JOIN LATERAL (SELECT (ARRAY['React', 'Rust', 'Go', 'Kubernetes', 'PostgreSQL', 'Tessellate Functions', 'Django', 'Rails', 'Flutter', 'Svelte', 'Terraform', 'Docker', 'Elixir',
    'TypeScript', 'Kafka', 'Next.js', 'GitHub Actions', 'Redis', 'WebAssembly', 'CSS Grid'])[1 + fixture_gen.n('atool', k, 20)] AS tool) t0
CROSS JOIN LATERAL (SELECT t0.tool, CASE t0.tool WHEN 'React' THEN ARRAY[6, 1, 2] WHEN 'Rust' THEN ARRAY[9, 5] WHEN 'Go' THEN ARRAY[11, 5] WHEN 'Kubernetes' THEN ARRAY[13, 8, 29]
    WHEN 'PostgreSQL' THEN ARRAY[23, 22] WHEN 'Tessellate Functions' THEN ARRAY[17, 34] WHEN 'Django' THEN ARRAY[4, 2] WHEN 'Rails' THEN ARRAY[37, 2] WHEN 'Flutter' THEN ARRAY[25, 24]
    WHEN 'Svelte' THEN ARRAY[1, 2] WHEN 'Terraform' THEN ARRAY[8, 14] WHEN 'Docker' THEN ARRAY[29, 8] WHEN 'Elixir' THEN ARRAY[36] WHEN 'TypeScript' THEN ARRAY[15, 1, 16]
    WHEN 'Kafka' THEN ARRAY[31, 22] WHEN 'Next.js' THEN ARRAY[6, 1] WHEN 'GitHub Actions' THEN ARRAY[8, 30] WHEN 'Redis' THEN ARRAY[22] WHEN 'WebAssembly' THEN ARRAY[40, 9] ELSE ARRAY[28, 2] END
    || CASE WHEN k % 4 = 0 THEN ARRAY[3] WHEN k % 4 = 1 THEN ARRAY[7] ELSE ARRAY[]::int[] END AS tags) t;
UPDATE pgen.art a SET title = CASE
    WHEN a.uid = 2 AND a.k % 24 = 0 THEN 'Welcome Thread - v' || (a.k / 12)
    WHEN a.uid = 2 THEN fixture_gen.pick(ARRAY['What was your win this week?', 'What are you learning this month?', 'Tessellate Community Challenge: build a tiny queue', 'Meme Monday', 'Which bug took you the longest to find?'], 'amt', a.k)
    WHEN a.k % 19 = 0 THEN 'How I landed my first developer job in ' || u.city
    WHEN a.k % 23 = 0 THEN 'Interview with ' || o.full_name || ', maintainer of a ' || a.tool || ' library'
    WHEN a.k % 31 = 0 THEN 'My notes from ' || o.first || '''s talk at ' || o.city || ' Tech Summit'
    WHEN a.k % 37 = 0 THEN 'From ' || fixture_gen.pick(ARRAY['nurse', 'teacher', 'barista', 'accountant', 'truck driver', 'pharmacist'], 'aprof', a.k) || ' to developer: my story'
    ELSE format(fixture_gen.pick(ARRAY['Building a rate limiter with %s', '%s tips I wish I knew earlier', 'Why we moved away from %s', 'A beginner''s guide to %s', 'Debugging a memory leak in %s',
      '%s in production: lessons from two years', 'How I structure %s projects', 'Testing %s without losing your mind', 'Five mistakes I made learning %s', 'Deploying %s on a budget',
      'Understanding %s internals', 'My %s cheat sheet', '%s vs the world: an honest comparison', 'Migrating a legacy app to %s', 'Zero-downtime deploys with %s'], 'atit', a.k), a.tool) END,
  tags = CASE WHEN a.uid = 2 THEN ARRAY[19, 33] WHEN a.k % 19 = 0 OR a.k % 37 = 0 THEN ARRAY[10, 3] ELSE a.tags END,
  pub = a.k % 10 <> 7,
  org = CASE WHEN a.uid = 2 THEN 1 WHEN a.k % 3 = 0 THEN (SELECT m.organization_id FROM organization_memberships m WHERE m.user_id = a.uid ORDER BY m.id LIMIT 1) END,
  created = greatest(u.joined + interval '2 days', pgen.at('acr', a.k, '2019-05-01', '2023-09-25'))
FROM pgen.u u, pgen.u o WHERE u.i = a.uid AND o.i = a.other;
UPDATE pgen.art SET pub_at = CASE WHEN pub THEN created + make_interval(mins => fixture_gen.n('apa', k, 6000)) END;
UPDATE pgen.art SET created = timestamp '2023-09-27 10:00:00' - make_interval(hours => k), pub_at = timestamp '2023-09-27 10:00:00' - make_interval(hours => k) + interval '5 minutes' WHERE created > '2023-09-27';

-- The search document, as Forem's trigger keeps it.
CREATE FUNCTION articles_reading_list_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.reading_list_document :=
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW.cached_tag_list, '')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW.body_markdown, '')), 'C') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW.cached_user_name, '')), 'D') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW.cached_user_username, '')), 'D') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW.cached_organization, '')), 'D');
  RETURN NEW;
END $$;

CREATE TABLE articles (
    id serial PRIMARY KEY, any_comments_hidden boolean DEFAULT false, approved boolean DEFAULT false, archived boolean DEFAULT false, body_html text, body_markdown text,
    cached_organization text, cached_tag_list varchar, cached_user text, cached_user_name varchar, cached_user_username varchar, canonical_url varchar,
    co_author_ids bigint[] DEFAULT '{}', comment_score integer DEFAULT 0, comments_count integer DEFAULT 0 NOT NULL, created_at timestamp NOT NULL, description varchar,
    edited_at timestamp, featured boolean DEFAULT false, feed_source_url varchar, hotness_score integer DEFAULT 0,
    last_comment_at timestamp DEFAULT '2017-01-01 05:00:00', main_image varchar, organization_id integer, originally_published_at timestamp, page_views_count integer DEFAULT 0,
    path varchar, public_reactions_count integer DEFAULT 0 NOT NULL, published boolean DEFAULT false, published_at timestamp, published_from_feed boolean DEFAULT false,
    reading_list_document tsvector, reading_time integer DEFAULT 0, score integer DEFAULT 0, show_comments boolean DEFAULT true, slug text, title varchar,
    updated_at timestamp NOT NULL, user_id integer
);
CREATE TRIGGER update_reading_list_document BEFORE INSERT OR UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION articles_reading_list_document();

INSERT INTO articles (id, any_comments_hidden, approved, archived, body_html, body_markdown, cached_organization, cached_tag_list, cached_user, cached_user_name,
    cached_user_username, canonical_url, co_author_ids, created_at, description, edited_at, featured, feed_source_url, hotness_score,
    main_image, organization_id, originally_published_at, page_views_count, path, published, published_at, published_from_feed, reading_time, score, show_comments,
    slug, title, updated_at, user_id)
SELECT a.k, a.k % 53 = 0, a.k % 4 = 0 OR a.uid <= 14, a.k % 61 = 0, b.html, b.md,
       CASE WHEN a.org IS NOT NULL THEN E'--- !ruby/object:Articles::CachedEntity\nname: ' || og.name || E'\nusername: ' || og.slug || E'\nslug: ' || og.slug || E'\nprofile_image_90: "/uploads/organization/profile_image/'
         || og.id || '/' || og.profile_image || E'"\nprofile_image_url: "/uploads/organization/profile_image/' || og.id || '/' || og.profile_image || E'"\n' END,
       tl.list,
       E'--- !ruby/object:Articles::CachedEntity\nname: ' || us.name || E'\nusername: ' || us.username || E'\nslug: ' || us.username || E'\nprofile_image_90: "/uploads/user/profile_image/'
         || us.id || '/' || us.profile_image || E'"\nprofile_image_url: "/uploads/user/profile_image/' || us.id || '/' || us.profile_image || E'"\n',
       us.name, us.username,
       CASE WHEN a.k % 9 = 4 AND u.site IS NOT NULL AND u.site NOT LIKE '%linkedin%' THEN u.site || '/blog/' || pgen.slug(a.title)
            WHEN a.k % 9 = 4 THEN 'https://medium.com/@' || u.username || '/' || pgen.slug(a.title) || '-' || fixture_gen.hexn('amed', a.k, 12)
            WHEN a.org IS NOT NULL AND a.k % 5 = 0 THEN coalesce(og.url, 'https://tessellate.example') || '/blog/' || pgen.slug(a.title) END,
       CASE WHEN a.org IS NOT NULL AND a.k % 7 = 3 THEN ARRAY[(SELECT m.user_id FROM organization_memberships m WHERE m.organization_id = a.org AND m.user_id <> a.uid ORDER BY m.id LIMIT 1)]::bigint[] ELSE '{}' END,
       a.created,
       CASE WHEN a.uid = 2 THEN 'Share it in the comments!' WHEN a.k % 31 = 0 THEN o.first || ' showed how her team cut their cloud bill in half. Here are my notes.'
            WHEN a.k % 19 = 0 THEN 'It took me 14 months, 212 applications and a lot of help from my friends in ' || u.city || '.'
            ELSE left(b.intro, 140) END,
       CASE WHEN a.k % 4 = 1 THEN a.pub_at + make_interval(hours => 1 + fixture_gen.n('aed', a.k, 900)) END,
       a.k % 11 = 0 AND a.pub,
       CASE WHEN a.k % 9 = 4 AND u.site IS NOT NULL AND u.site NOT LIKE '%linkedin%' THEN u.site || '/blog/' || pgen.slug(a.title) END,
       CASE WHEN a.pub THEN fixture_gen.n('ahs', a.k, 200000) ELSE 0 END,
       CASE WHEN a.k % 3 <> 2 THEN 'https://community.tessellate.example/uploads/articles/' || pgen.lower('aimg', a.k, 20) || fixture_gen.pick(ARRAY['.png', '.jpg', '.gif'], 'aimx', a.k) END,
       a.org, CASE WHEN a.k % 9 = 4 THEN a.pub_at - make_interval(days => fixture_gen.n('aop', a.k, 60)) ELSE a.pub_at END,
       CASE WHEN a.pub THEN fixture_gen.n('apv', a.k, 25000) ELSE 0 END,
       '/' || coalesce(CASE WHEN a.org IS NOT NULL AND a.k % 2 = 0 THEN og.slug END, us.username) || '/' || pgen.slug(a.title) || '-' || pgen.lower('aslug', a.k, 4),
       a.pub, a.pub_at, a.k % 9 = 4 AND u.site IS NOT NULL AND u.site NOT LIKE '%linkedin%', 2 + fixture_gen.n('art', a.k, 14),
       CASE WHEN a.pub THEN fixture_gen.n('asc', a.k, 400) - CASE WHEN a.k % 43 = 0 THEN 450 ELSE 0 END ELSE 0 END, a.k % 67 <> 0,
       pgen.slug(a.title) || '-' || pgen.lower('aslug', a.k, 4), a.title,
       coalesce(a.pub_at, a.created) + make_interval(days => fixture_gen.n('aup', a.k, 20)), a.uid
FROM pgen.art a JOIN pgen.u u ON u.i = a.uid JOIN users us ON us.id = a.uid JOIN pgen.u o ON o.i = a.other
LEFT JOIN organizations og ON og.id = a.org
CROSS JOIN LATERAL (SELECT string_agg(t.name, ', ' ORDER BY x.ord) AS list FROM unnest(a.tags) WITH ORDINALITY x(tid, ord) JOIN tags t ON t.id = x.tid) tl
CROSS JOIN LATERAL (SELECT
    CASE WHEN a.uid = 2 THEN 'Hey everyone! Tell us about something you shipped, learned or broke this week. Be kind and cheer each other on.'
         WHEN a.k % 19 = 0 THEN 'A year ago I was working night shifts at a call centre and teaching myself JavaScript on the bus. This is how I got my first job as a developer.'
         WHEN a.k % 37 = 0 THEN 'I worked as a ' || fixture_gen.pick(ARRAY['nurse', 'teacher', 'barista', 'accountant', 'truck driver', 'pharmacist'], 'aprof', a.k) || ' for eight years before I wrote my first line of code. People keep asking how I switched, so here it is.'
         ELSE format(fixture_gen.pick(ARRAY[
           'I have been using %s at work for a while and kept running into the same questions from teammates, so I wrote them down.',
           'Last month our on-call rotation got paged three nights in a row because of %s. This post is the write-up I promised the team.',
           'There are plenty of tutorials about %s, but most of them stop right before things get interesting.',
           'This started as a weekend experiment with %s and somehow ended up in production.',
           'If you are new to %s, this post walks through the pieces that confused me the most.',
           'We recently finished a migration involving %s. Here is what went well and what did not.'], 'aint', a.k), a.tool) END AS intro,
    CASE WHEN a.k % 7 = 0 AND a.uid <> 2 THEN 'Huge thanks to ' || o.full_name || ' (@' || o.username || ') for reviewing a draft of this post.'
         WHEN a.k % 11 = 0 AND a.uid <> 2 THEN 'If you want the slides or the full repo, email me at ' || u.email || ' and I will send them over.'
         WHEN a.k % 29 = 0 THEN 'I am running a free workshop in ' || u.city || ' next month. Text me on ' || pgen.phone(u.c, 'aph', a.k) || ' if you want a seat.'
         WHEN a.k % 13 = 0 AND a.uid <> 2 THEN 'Some context: I work as a ' || lower(u.job) || ' at ' || u.employer || ' and we hit this last quarter.'
         WHEN a.k % 17 = 0 AND a.uid <> 2 THEN 'I wrote most of this while off work for six weeks with burnout. Be gentle with yourselves, folks.'
         WHEN a.k % 19 = 0 THEN 'Special thanks to my mentor ' || o.full_name || ', who reviewed every one of my take-home tests.'
         WHEN a.k % 23 = 0 THEN 'You can find ' || o.first || ' on GitHub as @' || coalesce(o.github, o.username) || '.'
         ELSE '' END AS pers,
    fixture_gen.pick(ARRAY[
      E'```js\nconst limiter = createLimiter({ windowMs: 60_000, max: 100 });\napp.use("/api", limiter);\n```',
      E'```rust\nfn main() {\n    let total: u64 = (1..=10).sum();\n    println!("{total}");\n}\n```',
      E'```go\nctx, cancel := context.WithTimeout(ctx, 2*time.Second)\ndefer cancel()\n```',
      E'```yaml\nresources:\n  limits:\n    memory: "512Mi"\n    cpu: "500m"\n```',
      E'```sql\nCREATE INDEX CONCURRENTLY idx_events_created_at ON events (created_at);\n```',
      E'```bash\ndocker compose up -d --build\n```'], 'acode', a.k) AS code,
    fixture_gen.pick(ARRAY[
      'The key insight was that most of the latency came from a single N+1 query hiding behind a serializer.',
      'Measure first. We assumed the bottleneck was the network and it turned out to be JSON encoding.',
      'The official docs cover the happy path well; the edge cases are where you need to read the source.',
      'Once we added proper timeouts and retries with jitter, the error rate dropped from 2% to almost nothing.',
      'I ended up writing a small wrapper so the rest of the codebase does not need to know about any of this.',
      'The trade-off is more moving parts, but for our traffic pattern it was worth it.'], 'amid', a.k) AS mid,
    fixture_gen.pick(ARRAY['Thanks for reading! Let me know in the comments what you think.', 'Happy coding!', 'Part two is coming next week.', 'Questions? Drop them below.', ''], 'aclo', a.k) AS clo
) p
CROSS JOIN LATERAL (SELECT
    CASE WHEN a.v1 THEN E'---\ntitle: ' || a.title || E'\npublished: ' || a.pub::text || E'\ndescription: \ntags: ' || tl.list || E'\n---\n\n' ELSE '' END
      || p.intro || E'\n\n' || CASE WHEN a.uid = 2 THEN '' ELSE E'## What I did\n\n' || p.code || E'\n\n' || p.mid || E'\n\n' END
      || CASE WHEN p.pers <> '' THEN p.pers || E'\n\n' ELSE '' END || p.clo AS md,
    '<p>' || replace(p.intro, '&', '&amp;') || '</p>' || CASE WHEN a.uid = 2 THEN '' ELSE E'\n<h2>\n  <a name="what-i-did" href="#what-i-did"></a>\n  What I did\n</h2>\n<div class="highlight"><pre class="highlight plaintext"><code>'
      || replace(replace(regexp_replace(p.code, '^```[a-z]*\n|\n```$', '', 'g'), '<', '&lt;'), '>', '&gt;') || E'</code></pre></div>\n<p>' || p.mid || '</p>' END
      || CASE WHEN p.pers <> '' THEN E'\n<p>' || regexp_replace(p.pers, '(^|[\s(])@([A-Za-z0-9_-]+)', '\1<a class="mentioned-user" href="https://community.tessellate.example/\2">@\2</a>', 'g') || '</p>' ELSE '' END
      || CASE WHEN p.clo <> '' THEN E'\n<p>' || p.clo || '</p>' ELSE '' END AS html,
    p.intro
) b
ORDER BY a.k;

CREATE TABLE taggings (
    id serial PRIMARY KEY, context varchar(128), created_at timestamp, tag_id integer, taggable_id integer, taggable_type varchar, tagger_id integer, tagger_type varchar
);
INSERT INTO taggings (context, created_at, tag_id, taggable_id, taggable_type, tagger_id, tagger_type)
SELECT 'tags', a.created, x.tid, a.k, 'Article', NULL, NULL FROM pgen.art a CROSS JOIN LATERAL unnest(a.tags) WITH ORDINALITY x(tid, ord) ORDER BY a.k, x.ord;

-- ---------------------------------------------------------------------------
-- Comments, reactions, follows, mentions and notifications.

CREATE FUNCTION pgen.base26(n bigint) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE r text := ''; d int;
BEGIN
  LOOP
    d := n % 26; r := substr('0123456789abcdefghijklmnop', d + 1, 1) || r; n := n / 26;
    EXIT WHEN n = 0;
  END LOOP;
  RETURN r;
END $$;

-- Comments 1-300 answer articles; 301-460 reply to earlier comments.
CREATE TABLE pgen.cm (k int PRIMARY KEY, art int, uid int, parent int, other int, txt text, created timestamp);
INSERT INTO pgen.cm (k, art, uid, other)
SELECT g.k, (SELECT x.ak FROM (SELECT a.k AS ak, row_number() OVER (ORDER BY a.k) AS rn FROM pgen.art a WHERE a.pub) x WHERE x.rn = 1 + fixture_gen.n('cart', g.k, 342)),
       CASE WHEN g.k % 15 = 0 THEN 1 + fixture_gen.n('cus', g.k, 14) ELSE 15 + fixture_gen.n('cuc', g.k, 306) END, 3 + fixture_gen.n('coth', g.k, 318)
FROM generate_series(1, 300) g(k);
INSERT INTO pgen.cm (k, art, uid, parent, other)
SELECT g.k, p.art, CASE WHEN g.k % 3 = 0 THEN a.uid ELSE 15 + fixture_gen.n('cuc', g.k, 306) END, p.k, 3 + fixture_gen.n('coth', g.k, 318)
FROM generate_series(301, 460) g(k) JOIN pgen.cm p ON p.k = 1 + fixture_gen.n('cpar', g.k, 300) JOIN pgen.art a ON a.k = p.art;
UPDATE pgen.cm c SET created = greatest(a.pub_at, u.joined) + make_interval(mins => 5 + fixture_gen.n('ccr', c.k, 40000)) FROM pgen.art a, pgen.u u WHERE a.k = c.art AND u.i = c.uid AND c.parent IS NULL;
UPDATE pgen.cm c SET created = greatest(p.created, u.joined) + make_interval(mins => 3 + fixture_gen.n('ccr', c.k, 9000)) FROM pgen.cm p, pgen.u u WHERE p.k = c.parent AND u.i = c.uid;
UPDATE pgen.cm c SET txt = CASE
    WHEN c.parent IS NOT NULL AND c.uid = a.uid THEN fixture_gen.pick(ARRAY['Thanks! Fixed.', 'Good catch, I will update the post.', 'Glad it helped!',
      'Yes, the full code is on my GitHub, link in my profile.', 'I did not try that yet, thanks for the tip @' || pu.username || '!', 'Thank you so much 🙏'], 'crep', c.k)
    WHEN c.k % 47 = 0 THEN 'Earn $500 a day from home!!! Contact Mr. James on WhatsApp +1 (415) 555-0' || lpad((c.k % 200)::text, 3, '0') || ' for crypto recovery and investment.'
    WHEN c.k % 37 = 0 THEN 'Nice article. Check my course on ' || a.tool || ' at bit.ly/' || pgen.rnd('cspm', c.k, 7) || ', 90% off today only.'
    ELSE fixture_gen.pick(ARRAY[
      'Great write-up! The part about ' || a.tool || ' saved me a lot of time.',
      'Thanks for sharing this, bookmarking for later.',
      '@' || au.username || ' did you try setting the pool size lower? We had the same issue.',
      'This is exactly what I needed today. Thank you!',
      'We hit the same problem at ' || CASE WHEN cu.employer IN ('Freelance', 'Self-employed', 'Open to work') THEN 'my last client' ELSE cu.employer END || '. Happy to compare notes, my email is ' || cu.email,
      'Hi! I organise a meetup in ' || cu.city || ', would you like to give this as a talk? Call or text me on ' || pgen.phone(cu.c, 'cph', c.k) || '.',
      'Congrats on the new job!! 🎉',
      'I disagree with point 3, but the rest is solid.',
      'cc @' || ou.username || ' you were asking about this last week',
      'Can you share the repo?',
      'Nice. Small typo in the second code block: it should be `await`, not `async`.',
      'As someone with dyslexia, thank you for keeping the paragraphs short.',
      'Greetings from ' || cu.city || '! Love seeing more people from ' || cu.country || ' here.',
      'My colleague ' || ou.full_name || ' wrote something similar last year, worth a read.',
      'Following this thread.',
      'How does this compare to the approach in the official docs?',
      'I used ' || a.tool || ' for a year and went back. The tooling just was not there for us.',
      'Saved to my reading list. Waiting for part two!',
      'This works, but be careful with the default timeout in production.',
      'Could you add a section on testing? That is where I always get stuck.'], 'ctxt', c.k) END
FROM pgen.art a, pgen.u au, pgen.u cu, pgen.u ou, pgen.cm pc, pgen.u pu
WHERE a.k = c.art AND au.i = a.uid AND cu.i = c.uid AND ou.i = c.other AND pc.k = coalesce(c.parent, c.k) AND pu.i = pc.uid;

CREATE TABLE comments (
    id serial PRIMARY KEY, ancestry varchar, body_markdown text, commentable_id integer, commentable_type varchar, created_at timestamp NOT NULL, deleted boolean DEFAULT false,
    edited boolean DEFAULT false, edited_at timestamp, hidden_by_commentable_user boolean DEFAULT false, id_code varchar, markdown_character_count integer,
    processed_html text, public_reactions_count integer DEFAULT 0 NOT NULL, receive_notifications boolean DEFAULT true, score integer DEFAULT 0, updated_at timestamp NOT NULL,
    user_id integer
);
INSERT INTO comments (id, ancestry, body_markdown, commentable_id, commentable_type, created_at, deleted, edited, edited_at, hidden_by_commentable_user, id_code,
    markdown_character_count, processed_html, public_reactions_count, receive_notifications, score, updated_at, user_id)
SELECT c.k, CASE WHEN c.parent IS NOT NULL THEN c.parent::text END, c.txt, c.art, 'Article', c.created, c.k % 59 = 0, c.k % 9 = 0, CASE WHEN c.k % 9 = 0 THEN c.created + interval '14 minutes' END,
       c.k % 47 = 0 OR c.k % 37 = 0, pgen.base26(c.k + 40000), length(c.txt),
       '<p>' || regexp_replace(replace(replace(c.txt, '<', '&lt;'), '`await`, not `async`', '<code>await</code>, not <code>async</code>'), '(^|[\s(])@([A-Za-z0-9_-]+)',
         '\1<a class="mentioned-user" href="https://community.tessellate.example/\2">@\2</a>', 'g') || '</p>' || E'\n\n',
       fixture_gen.n('crc', c.k, 12), c.k % 13 <> 0, CASE WHEN c.k % 47 = 0 OR c.k % 37 = 0 THEN -100 ELSE fixture_gen.n('csc', c.k, 30) END,
       c.created + make_interval(mins => fixture_gen.n('cup', c.k, 600)), c.uid
FROM pgen.cm c ORDER BY c.created;

CREATE TABLE reactions (
    id serial PRIMARY KEY, category varchar, created_at timestamp NOT NULL, points double precision DEFAULT 1.0, reactable_id integer, reactable_type varchar,
    status varchar DEFAULT 'valid', updated_at timestamp NOT NULL, user_id integer
);
INSERT INTO reactions (category, created_at, points, reactable_id, reactable_type, status, updated_at, user_id)
SELECT x.cat, x.t, CASE WHEN x.cat IN ('vomit', 'thumbsdown') THEN -10.0 WHEN x.cat = 'readinglist' THEN 0.0 ELSE 1.0 END, x.rid, x.rtype,
       CASE WHEN x.cat IN ('vomit', 'thumbsdown') AND g.k % 2 = 0 THEN 'confirmed' WHEN x.cat = 'readinglist' AND g.k % 5 = 0 THEN 'archived' WHEN g.k % 97 = 0 THEN 'invalid' ELSE 'valid' END,
       x.t, x.uid
FROM generate_series(1, 440) g(k)
CROSS JOIN LATERAL (SELECT CASE WHEN g.k % 4 = 0 THEN 'Comment' ELSE 'Article' END AS rtype,
    CASE WHEN g.k % 4 = 0 THEN 1 + fixture_gen.n('rcm', g.k, 460) ELSE (SELECT a.k FROM pgen.art a WHERE a.pub ORDER BY a.k OFFSET fixture_gen.n('rar', g.k, 342) LIMIT 1) END AS rid,
    CASE WHEN g.k % 41 = 0 THEN 'vomit' WHEN g.k % 43 = 0 THEN 'thumbsdown' WHEN g.k % 4 = 0 THEN 'like'
         ELSE fixture_gen.pick(ARRAY['like', 'like', 'like', 'unicorn', 'readinglist', 'readinglist', 'exploding_head', 'raised_hands', 'fire'], 'rcat', g.k) END AS cat,
    CASE WHEN g.k % 41 = 0 OR g.k % 43 = 0 THEN 7 + fixture_gen.n('rmod', g.k, 3) ELSE 1 + fixture_gen.n('rus', g.k, 320) END AS uid) y
CROSS JOIN LATERAL (SELECT y.*, greatest(CASE WHEN y.rtype = 'Comment' THEN (SELECT cm.created FROM pgen.cm cm WHERE cm.k = y.rid) ELSE (SELECT ar.pub_at FROM pgen.art ar WHERE ar.k = y.rid) END,
    (SELECT joined FROM pgen.u WHERE i = y.uid)) + make_interval(mins => 1 + fixture_gen.n('rt', g.k, 50000)) AS t) x
ORDER BY x.t;

CREATE TABLE follows (
    id serial PRIMARY KEY, blocked boolean DEFAULT false NOT NULL, created_at timestamp, explicit_points double precision DEFAULT 1.0, followable_id integer NOT NULL,
    followable_type varchar NOT NULL, follower_id integer NOT NULL, follower_type varchar NOT NULL, points double precision DEFAULT 1.0, subscription_status varchar DEFAULT 'all_articles' NOT NULL,
    updated_at timestamp
);
INSERT INTO follows (blocked, created_at, explicit_points, followable_id, followable_type, follower_id, follower_type, points, subscription_status, updated_at)
SELECT false, t, CASE WHEN ft = 'ActsAsTaggableOn::Tag' AND k % 6 = 0 THEN -5.0 WHEN ft = 'ActsAsTaggableOn::Tag' THEN 1.0 + fixture_gen.n('fxp', k, 4) ELSE 1.0 END, fid, ft, fu, 'User',
       CASE WHEN ft = 'ActsAsTaggableOn::Tag' AND k % 6 = 0 THEN -5.0 ELSE round((1.0 + fixture_gen.n('fpt', k, 300) / 100.0)::numeric, 2)::float8 END, 'all_articles', t + make_interval(days => fixture_gen.n('fup', k, 30))
FROM (SELECT DISTINCT ON (ft, fid, fu) k, ft, fid, fu FROM (
  SELECT k, CASE WHEN k % 5 IN (0, 1) THEN 'ActsAsTaggableOn::Tag' WHEN k % 13 = 2 THEN 'Organization' ELSE 'User' END AS ft,
         CASE WHEN k % 5 IN (0, 1) THEN 1 + fixture_gen.n('ftag', k, 40) WHEN k % 13 = 2 THEN 1 + fixture_gen.n('forg', k, 22) ELSE 1 + fixture_gen.n('fusr', k, 320) END AS fid,
         1 + fixture_gen.n('ffol', k, 320) AS fu FROM generate_series(1, 440) k) z ORDER BY ft, fid, fu, k) f
CROSS JOIN LATERAL (SELECT (SELECT joined FROM pgen.u WHERE i = f.fu) + make_interval(days => 1 + fixture_gen.n('fcr', f.k, 500)) AS t) tt
WHERE NOT (f.ft = 'User' AND f.fid = f.fu)
ORDER BY t;

CREATE TABLE mentions (id serial PRIMARY KEY, created_at timestamp NOT NULL, mentionable_id integer, mentionable_type varchar, updated_at timestamp NOT NULL, user_id integer);
INSERT INTO mentions (created_at, mentionable_id, mentionable_type, updated_at, user_id)
SELECT x.created_at, x.id, x.tp, x.created_at, us.id FROM (
  SELECT c.id, 'Comment' AS tp, c.created_at, (regexp_match(c.body_markdown, '(?:^|[\s(])@([A-Za-z0-9_-]+)'))[1] AS un FROM comments c
  UNION ALL SELECT a.id, 'Article', a.published_at, (regexp_match(a.body_markdown, '(?:^|[\s(])@([A-Za-z0-9_-]+)'))[1] FROM articles a WHERE a.published) x
JOIN users us ON us.username = x.un ORDER BY x.created_at;

-- Counter caches, as the app keeps them.
UPDATE users u SET articles_count = x.n, last_article_at = x.m FROM (SELECT user_id, count(*) AS n, max(published_at) AS m FROM articles WHERE published GROUP BY 1) x WHERE x.user_id = u.id;
UPDATE users u SET comments_count = x.n, last_comment_at = x.m FROM (SELECT user_id, count(*) AS n, max(created_at) AS m FROM comments GROUP BY 1) x WHERE x.user_id = u.id;
UPDATE users u SET reactions_count = x.n FROM (SELECT user_id, count(*) AS n FROM reactions GROUP BY 1) x WHERE x.user_id = u.id;
UPDATE users u SET following_users_count = x.n FROM (SELECT follower_id, count(*) AS n FROM follows WHERE followable_type = 'User' GROUP BY 1) x WHERE x.follower_id = u.id;
UPDATE users u SET following_tags_count = x.n FROM (SELECT follower_id, count(*) AS n FROM follows WHERE followable_type = 'ActsAsTaggableOn::Tag' GROUP BY 1) x WHERE x.follower_id = u.id;
UPDATE articles a SET comments_count = x.n, last_comment_at = x.m FROM (SELECT commentable_id, count(*) AS n, max(created_at) AS m FROM comments GROUP BY 1) x WHERE x.commentable_id = a.id;
UPDATE articles a SET public_reactions_count = x.n FROM (SELECT reactable_id, count(*) AS n FROM reactions WHERE reactable_type = 'Article' AND category <> 'readinglist' GROUP BY 1) x WHERE x.reactable_id = a.id;
UPDATE articles a SET comment_score = x.s FROM (SELECT commentable_id, sum(score) AS s FROM comments GROUP BY 1) x WHERE x.commentable_id = a.id;
UPDATE comments c SET public_reactions_count = x.n FROM (SELECT reactable_id, count(*) AS n FROM reactions WHERE reactable_type = 'Comment' GROUP BY 1) x WHERE x.reactable_id = c.id;
UPDATE organizations o SET articles_count = x.n, last_article_at = x.m FROM (SELECT organization_id, count(*) AS n, max(published_at) AS m FROM articles WHERE published GROUP BY 1) x WHERE x.organization_id = o.id;
UPDATE tags t SET taggings_count = x.n FROM (SELECT tag_id, count(*) AS n FROM taggings GROUP BY 1) x WHERE x.tag_id = t.id;

CREATE FUNCTION pgen.ujson(uid bigint) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('id', u.id, 'class', jsonb_build_object('name', 'User'), 'name', u.name, 'username', u.username, 'path', '/' || u.username,
    'profile_image_90', 'https://community.tessellate.example/uploads/user/profile_image/' || u.id || '/' || u.profile_image, 'comments_count', u.comments_count,
    'created_at', to_char(u.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
  FROM users u WHERE u.id = uid
$$;

CREATE TABLE notifications (
    id serial PRIMARY KEY, action varchar, created_at timestamp NOT NULL, json_data jsonb, notifiable_id integer, notifiable_type varchar, notified_at timestamp,
    organization_id integer, read boolean DEFAULT false, updated_at timestamp NOT NULL, user_id integer
);
INSERT INTO notifications (action, created_at, json_data, notifiable_id, notifiable_type, notified_at, organization_id, read, updated_at, user_id)
SELECT n.action, n.t, n.js, n.nid, n.ntype, n.t, NULL, n.t < timestamp '2023-09-01', n.t, n.uid FROM (
  -- replies and comments on one's article
  SELECT NULL::text AS action, c.created_at AS t, 'Comment' AS ntype, c.id AS nid, coalesce(pc.user_id, a.user_id) AS uid,
         jsonb_build_object('user', pgen.ujson(c.user_id), 'comment', jsonb_build_object('id', c.id, 'class', jsonb_build_object('name', 'Comment'),
           'path', '/' || cu.username || '/comment/' || c.id_code, 'processed_html', c.processed_html, 'updated_at', c.updated_at, 'ancestry', c.ancestry,
           'commentable', jsonb_build_object('id', a.id, 'title', a.title, 'path', a.path, 'class', jsonb_build_object('name', 'Article')))) AS js
  FROM comments c JOIN articles a ON a.id = c.commentable_id JOIN users cu ON cu.id = c.user_id LEFT JOIN comments pc ON pc.id::text = c.ancestry
  WHERE c.id % 2 = 0 AND coalesce(pc.user_id, a.user_id) <> c.user_id
  UNION ALL
  -- new followers
  SELECT NULL, f.created_at, 'Follow', f.id, f.followable_id,
         jsonb_build_object('user', pgen.ujson(f.follower_id), 'aggregated_siblings', jsonb_build_array(pgen.ujson(f.follower_id))) FROM follows f WHERE f.followable_type = 'User' AND f.id % 2 = 1
  UNION ALL
  -- reactions to one's article
  SELECT 'Reaction', r.created_at, 'Reaction', r.id, a.user_id,
         jsonb_build_object('reactable', jsonb_build_object('path', a.path, 'title', a.title, 'class', jsonb_build_object('name', 'Article')),
           'aggregated_siblings', jsonb_build_array(jsonb_build_object('category', r.category, 'created_at', r.created_at, 'user', pgen.ujson(r.user_id))), 'updated_at', r.updated_at)
  FROM reactions r JOIN articles a ON a.id = r.reactable_id AND r.reactable_type = 'Article' WHERE r.category IN ('like', 'unicorn', 'fire') AND r.id % 3 = 0 AND r.user_id <> a.user_id
  UNION ALL
  -- a followed author published
  SELECT 'Published', a.published_at, 'Article', a.id, f.follower_id,
         jsonb_build_object('user', pgen.ujson(a.user_id), 'article', jsonb_build_object('id', a.id, 'title', a.title, 'path', a.path, 'class', jsonb_build_object('name', 'Article'),
           'cached_tag_list_array', string_to_array(a.cached_tag_list, ', '), 'updated_at', a.updated_at))
  FROM articles a JOIN follows f ON f.followable_type = 'User' AND f.followable_id = a.user_id WHERE a.published AND a.id % 4 = 0 AND f.created_at < a.published_at
) n ORDER BY n.t;

-- ---------------------------------------------------------------------------
-- Badges, credits, listings, podcasts.

CREATE TABLE badges (
    id bigserial PRIMARY KEY, allow_multiple_awards boolean DEFAULT false NOT NULL, badge_image varchar, created_at timestamp NOT NULL, credits_awarded integer DEFAULT 0 NOT NULL,
    description varchar NOT NULL, slug varchar NOT NULL, title varchar NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO badges (allow_multiple_awards, badge_image, created_at, credits_awarded, description, slug, title, updated_at)
SELECT m, 'badge-' || pgen.slug(t) || '.png', pgen.at('bcr', k, '2019-04-01', '2021-06-01'), c, d, pgen.slug(t), t, pgen.at('bup', k, '2021-06-01', '2023-06-01')
FROM (VALUES (1, 'Top 7', 'Awarded for being one of the top authors of the week.', true, 5), (2, 'Writing Debut', 'Awarded for writing and sharing your first post.', false, 5),
  (3, 'One Year Club', 'This badge celebrates the longevity of those who have been a registered member of the community for at least one year.', false, 5),
  (4, 'Two Year Club', 'Two years a member of the community.', false, 5), (5, 'Three Year Club', 'Three years a member.', false, 5), (6, '4 Week Community Wellness Streak', 'Commented on at least two posts every week for four weeks.', false, 10),
  (7, 'Beloved Comment', 'Awarded for making a well-loved comment.', true, 5), (8, 'Tag Moderator', 'Awarded to moderators of a tag.', false, 20), (9, 'Trusted Member', 'Awarded to members who help keep the community safe.', false, 10),
  (10, 'Tessellate Challenge Winner', 'Won a Tessellate Community Challenge.', true, 50), (11, 'Hacktoberfest 2022', 'Participated in Hacktoberfest 2022.', false, 5),
  (12, 'Hacktoberfest 2023', 'Participated in Hacktoberfest 2023.', false, 5), (13, 'Rust', 'Wrote 16 posts tagged rust.', false, 5), (14, 'Go', 'Wrote 16 posts tagged go.', false, 5),
  (15, 'Bug Smasher', 'Reported a security or reliability bug in the community platform.', true, 25), (16, 'Community Wellness Streak 16', 'Sixteen weeks of kind comments.', false, 20),
  (17, 'Meetup Host', 'Hosted a Tessellate community meetup.', true, 20), (18, 'Helpful Hand', 'Answered ten questions in #help.', false, 5)) v(k, t, d, m, c);

CREATE TABLE badge_achievements (
    id bigserial PRIMARY KEY, badge_id bigint NOT NULL, created_at timestamp NOT NULL, rewarder_id bigint, rewarding_context_message text, rewarding_context_message_markdown text,
    updated_at timestamp NOT NULL, user_id bigint NOT NULL
);
INSERT INTO badge_achievements (badge_id, created_at, rewarder_id, rewarding_context_message, rewarding_context_message_markdown, updated_at, user_id)
SELECT x.b, x.t, x.rw, CASE WHEN x.md IS NOT NULL THEN '<p>' || x.md || '</p>' END, x.md, x.t, x.uid FROM (
  SELECT DISTINCT ON (b, uid) b, uid, t, rw, md FROM (
    SELECT CASE WHEN k % 6 = 0 THEN 2 WHEN k % 6 = 1 THEN 3 WHEN k % 6 = 2 THEN 1 + fixture_gen.n('bab', k, 18) WHEN k % 6 = 3 THEN 4 ELSE 1 + fixture_gen.n('bab2', k, 18) END AS b,
           1 + fixture_gen.n('bau', k, 320) AS uid, k
    FROM generate_series(1, 300) k) y
  JOIN pgen.u u ON u.i = y.uid
  CROSS JOIN LATERAL (SELECT u.joined + make_interval(days => 3 + fixture_gen.n('bat', y.k, 1200)) AS t,
    CASE WHEN y.b IN (10, 15, 17, 8, 9) THEN 1 + fixture_gen.n('barw', y.k, 3) END AS rw,
    CASE y.b WHEN 10 THEN fixture_gen.pick(ARRAY['Congrats ' || u.first || '! Your queue visualiser won the March challenge.', 'Winner of the "tiny queue" challenge, great job!'], 'bamd', y.k)
             WHEN 15 THEN 'Thanks for reporting the XSS in the comment preview, ' || u.first || '. We fixed it within the day.'
             WHEN 17 THEN 'Thank you for hosting the ' || u.city || ' meetup at ' || CASE WHEN u.employer IN ('Freelance', 'Self-employed', 'Open to work') THEN 'the library' ELSE u.employer || '''s office' END || '!'
             WHEN 8 THEN 'Thanks for moderating the #' || fixture_gen.pick(ARRAY['javascript', 'python', 'rust', 'tessellate'], 'bamt', y.k) || ' tag.'
             WHEN 9 THEN 'Thank you for all the flags, you help keep this place kind.'
             WHEN 1 THEN 'Congrats on making the Top 7 this week with your post!'
             WHEN 7 THEN 'Your comment was one of the most loved this week.'
             ELSE NULL END AS md) z
  ORDER BY b, uid, t) x
ORDER BY x.t;
UPDATE tags SET badge_id = CASE name WHEN 'rust' THEN 13 WHEN 'go' THEN 14 END WHERE name IN ('rust', 'go');
UPDATE users u SET badge_achievements_count = x.n FROM (SELECT user_id, count(*) AS n FROM badge_achievements GROUP BY 1) x WHERE x.user_id = u.id;

CREATE TABLE credits (
    id serial PRIMARY KEY, cost double precision DEFAULT 0.0, created_at timestamp NOT NULL, organization_id integer, purchase_id bigint, purchase_type varchar,
    spent boolean DEFAULT false, spent_at timestamp, updated_at timestamp NOT NULL, user_id integer
);
INSERT INTO credits (cost, created_at, organization_id, purchase_id, purchase_type, spent, spent_at, updated_at, user_id)
SELECT CASE WHEN k % 3 = 0 THEN 0.0 ELSE (ARRAY[5.0, 4.0, 3.0])[1 + k % 3] END, t, CASE WHEN k % 4 = 0 THEN (ARRAY[1, 3, 4, 7, 21, 22])[1 + fixture_gen.n('crorg', k, 6)] END,
       CASE WHEN k % 5 < 2 THEN 1 + fixture_gen.n('crp', k, 90) END, CASE WHEN k % 5 < 2 THEN 'ClassifiedListing' END, k % 5 < 2, CASE WHEN k % 5 < 2 THEN t + make_interval(days => fixture_gen.n('crsa', k, 60)) END,
       t, CASE WHEN k % 4 = 0 THEN NULL ELSE 15 + fixture_gen.n('cru', k, 60) END
FROM generate_series(1, 160) k CROSS JOIN LATERAL (SELECT pgen.at('crt', k, '2020-01-01', '2023-09-01') AS t) tt ORDER BY t;
UPDATE users u SET credits_count = x.n, unspent_credits_count = x.un, spent_credits_count = x.sp
FROM (SELECT user_id, count(*) AS n, count(*) FILTER (WHERE NOT spent) AS un, count(*) FILTER (WHERE spent) AS sp FROM credits WHERE user_id IS NOT NULL GROUP BY 1) x WHERE x.user_id = u.id;

CREATE TABLE classified_listings (
    id bigserial PRIMARY KEY, body_markdown text, bumped_at timestamp, cached_tag_list varchar, classified_listing_category_id bigint, contact_via_connect boolean DEFAULT false,
    created_at timestamp NOT NULL, expires_at timestamp, location varchar, organization_id bigint, processed_html text, published boolean, slug varchar, title varchar,
    updated_at timestamp NOT NULL, user_id bigint
);
INSERT INTO classified_listings (body_markdown, bumped_at, cached_tag_list, classified_listing_category_id, contact_via_connect, created_at, expires_at, location, organization_id,
    processed_html, published, slug, title, updated_at, user_id)
SELECT x.body, x.t + make_interval(days => fixture_gen.n('lbu', x.k, 20)), x.tags, x.cat, false, x.t, x.t + interval '30 days', x.loc, x.org, '<p>' || replace(x.body, E'\n\n', E'</p>\n<p>') || '</p>',
       x.k % 9 <> 4, pgen.slug(x.title) || '-' || pgen.lower('lsl', x.k, 4), x.title, x.t + make_interval(hours => fixture_gen.n('lup', x.k, 200)), x.uid
FROM (
  SELECT k, u.i AS uid, t, CASE WHEN cat = 1 THEN (SELECT m.organization_id FROM organization_memberships m WHERE m.user_id = u.i ORDER BY m.id LIMIT 1) END AS org, cat,
    CASE cat WHEN 1 THEN fixture_gen.pick(ARRAY['Senior Backend Engineer (Go)', 'Frontend Developer, React', 'Platform Engineer', 'Junior QA Engineer', 'Developer Advocate, LATAM'], 'ljt', k)
             WHEN 2 THEN CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['Looking for a mentor in Rust', 'Looking for a mentor: moving into SRE', 'Accountability buddy for leetcode prep'], 'lmt', k)
                              ELSE 'Mentoring beginners in web development, free' END
             WHEN 3 THEN fixture_gen.pick(ARRAY['Tessellate Meetup ' || u.city, 'Hackathon: Build for ' || u.city, 'Online workshop: Postgres indexing'], 'let', k)
             WHEN 4 THEN fixture_gen.pick(ARRAY['Selling my mechanical keyboard (Keychron K2)', 'Used MacBook Pro 2019 for sale', 'Giving away programming books'], 'lst', k)
             ELSE fixture_gen.pick(ARRAY['Free course: Intro to Kubernetes', 'Our open source project needs contributors', '50% off my Rust e-book'], 'lpt', k) END AS title,
    CASE cat WHEN 1 THEN 'jobs, hiring, remote' WHEN 2 THEN 'mentors, beginners' WHEN 3 THEN 'events, meetups' WHEN 4 THEN 'forsale' ELSE 'education, opensource' END AS tags,
    CASE WHEN cat = 1 AND k % 2 = 0 THEN 'Remote' WHEN cat = 1 THEN split_part(coalesce((SELECT o.location FROM organizations o JOIN organization_memberships m ON m.organization_id = o.id WHERE m.user_id = u.i ORDER BY m.id LIMIT 1), u.city), ',', 1)
         WHEN cat IN (3, 4) THEN u.city || CASE WHEN k % 3 = 0 THEN ', ' || u.country ELSE '' END WHEN k % 2 = 0 THEN 'Online' END AS loc,
    CASE cat
      WHEN 1 THEN 'We are hiring! Full-time, salary band published in the job ad. Stack: Go, PostgreSQL, Kubernetes.' || E'\n\n' || CASE WHEN k % 3 = 0 THEN 'Send your CV to ' || u.email || ' or DM me here.' ELSE 'Apply through our careers page, no cover letter needed.' END
      WHEN 2 THEN CASE WHEN k % 2 = 0 THEN 'I am a ' || lower(u.job) || ' in ' || u.city || ' and I would love a mentor for 30 minutes every two weeks.' || E'\n\n' || 'Reach me at ' || u.email || '.'
                       ELSE 'Happy to help people getting started. I have been doing this for 8 years. Comment below and I will reach out.' END
      WHEN 3 THEN 'Join us for talks, pizza and networking. Free entry, please RSVP.' || E'\n\n' || CASE WHEN k % 3 = 0 THEN 'Questions: call ' || u.first || ' on ' || pgen.phone(u.c, 'lph', k) || '.' ELSE 'Venue details after RSVP.' END
      WHEN 4 THEN 'Good condition, barely used. Pickup in ' || u.city || ' only.' || E'\n\n' || 'WhatsApp ' || pgen.phone(u.c, 'lph2', k) || ' or email ' || u.email
      ELSE 'Sharing this with the community. Feedback welcome!' END AS body
  FROM generate_series(1, 90) k
  CROSS JOIN LATERAL (SELECT CASE WHEN k % 10 < 3 THEN 1 WHEN k % 10 < 5 THEN 2 WHEN k % 10 < 7 THEN 3 WHEN k % 10 < 9 THEN 4 ELSE 5 END AS cat) c
  JOIN pgen.u u ON u.i = CASE WHEN c.cat = 1 THEN (ARRAY[3, 4, 5, 10, 11])[1 + k % 5] ELSE 15 + fixture_gen.n('lu', k, 306) END
  CROSS JOIN LATERAL (SELECT greatest(u.joined, timestamp '2020-06-01') + make_interval(days => fixture_gen.n('lcr', k, 900)) AS t) tt
) x ORDER BY x.t;

CREATE TABLE podcasts (
    id serial PRIMARY KEY, created_at timestamp NOT NULL, creator_id bigint, description text, feed_url varchar NOT NULL, image varchar NOT NULL,
    published boolean DEFAULT false, reachable boolean DEFAULT true, slug varchar NOT NULL, title varchar NOT NULL, twitter_username varchar, updated_at timestamp NOT NULL,
    website_url varchar
);
INSERT INTO podcasts (id, created_at, creator_id, description, feed_url, image, published, reachable, slug, title, twitter_username, updated_at, website_url)
SELECT k, pgen.at('pocr', k, '2019-06-01', '2022-06-01'), CASE WHEN k IN (1, 4) THEN 1 WHEN k = 6 THEN h.i END, d, f, 'podcast-' || s || '.png',
       k <> 8, k <> 7, s, t,
       CASE WHEN k = 6 THEN h.twitter WHEN k = 3 THEN coalesce(h2.twitter, pgen.fold(h2.first) || 'talks') ELSE tw END, pgen.at('poup', k, '2023-01-01', '2023-09-01'), w
FROM (VALUES (1, 'Tessellate Dev Hour', 'tessellate-dev-hour', 'https://feeds.tessellate.example/devhour.rss', 'TessellateCloud', 'https://tessellate.example/podcast'),
  (2, 'Build in the Open', 'build-in-the-open', 'https://anchor.fm/s/' || fixture_gen.hexn('pof2', 2, 8) || '/podcast/rss', 'buildintheopen', 'https://buildintheopen.example'),
  (3, 'Frontend Fireside', 'frontend-fireside', 'https://feeds.transistor.fm/frontend-fireside', NULL, 'https://frontendfireside.example'),
  (4, 'Queues & Coffee', 'queues-and-coffee', 'https://feeds.tessellate.example/queues.rss', 'TessellateCloud', NULL),
  (5, 'Lagos Devs Radio', 'lagos-devs-radio', 'https://feeds.buzzsprout.com/' || (1800000 + fixture_gen.n('pof5', 5, 90000)) || '.rss', 'lagosdevs', 'https://lagosdevs.example/radio'),
  (6, 'Kotlin After Dark', 'kotlin-after-dark', 'https://feeds.simplecast.com/' || pgen.rnd('pof6', 6, 8), NULL, NULL),
  (7, 'The Legacy Code Show', 'legacy-code-show', 'https://legacycode.example/feed.xml', 'legacycodeshow', 'https://legacycode.example'),
  (8, 'Rustacean Station Pune', 'rustacean-pune', 'https://punerust.example/podcast.xml', 'punerust', 'https://punerust.example'),
  (9, 'Security Sundays', 'security-sundays', 'https://feeds.megaphone.fm/SECSUN' || fixture_gen.digits('pof9', 9, 7), 'secsundays', 'https://securitysundays.example'),
  (10, 'Ship It Friday', 'ship-it-friday', 'https://shipitfriday.example/rss', 'shipitfriday', 'https://shipitfriday.example')) v(k, t, s, f, tw, w)
CROSS JOIN (SELECT u.* FROM pgen.u u WHERE u.c = 'br' AND u.i > 14 ORDER BY u.i LIMIT 1) h
CROSS JOIN (SELECT u.* FROM pgen.u u WHERE u.c = 'gb' AND u.i > 14 ORDER BY u.i LIMIT 1) h2
CROSS JOIN LATERAL (SELECT CASE v.k
    WHEN 1 THEN 'Conversations with the engineers behind Tessellate and the people building on it.'
    WHEN 2 THEN 'Indie hackers share revenue numbers, failures and what they would do differently.'
    WHEN 3 THEN 'Hosted by ' || h2.full_name || '. Long chats about CSS, accessibility and the web platform.'
    WHEN 4 THEN 'Short episodes about event-driven architecture.'
    WHEN 5 THEN 'Stories from the Lagos tech scene, hosted by the Lagos Devs Collective organisers.'
    WHEN 6 THEN h.full_name || ' talks Android and Kotlin with guests from ' || h.country || ' and beyond. Contact: ' || h.email
    WHEN 7 THEN 'How teams tame old codebases.'
    WHEN 8 THEN 'Rust meetup talks as audio.'
    WHEN 9 THEN 'A weekly security news roundup.'
    ELSE 'Developers demo what they shipped this week.' END AS d) dd;

CREATE TABLE podcast_episodes (
    id serial PRIMARY KEY, body text, comments_count integer DEFAULT 0 NOT NULL, created_at timestamp NOT NULL, duration_in_seconds integer, guid varchar NOT NULL,
    media_url varchar NOT NULL, podcast_id integer, processed_html text, published_at timestamp, reachable boolean DEFAULT true, slug varchar NOT NULL, summary text,
    title varchar NOT NULL, updated_at timestamp NOT NULL, website_url varchar
);
INSERT INTO podcast_episodes (body, comments_count, created_at, duration_in_seconds, guid, media_url, podcast_id, processed_html, published_at, reachable, slug, summary, title, updated_at, website_url)
SELECT x.body, fixture_gen.n('pecc', x.k, 6), x.t + interval '2 hours', 900 + fixture_gen.n('pedu', x.k, 4500),
       CASE WHEN x.pid IN (2, 5) THEN fixture_gen.uuid('peguid', x.k) ELSE p.slug || '-ep-' || x.ep || '-' || x.k END,
       'https://media.' || p.slug || '.example/episodes/' || x.ep || '.mp3', x.pid, '<p>' || x.body || '</p>', x.t, x.k % 31 <> 0, x.slug, x.summary, x.title, x.t + interval '3 hours',
       CASE WHEN p.website_url IS NOT NULL THEN p.website_url || '/episodes/' || x.ep END
FROM (
  SELECT k, pid, ep, t, g.full_name AS gname, title, pgen.slug(title) AS slug,
    CASE WHEN k % 3 = 0 THEN 'In this episode we talk with ' || g.full_name || CASE WHEN g.twitter IS NOT NULL THEN ' (@' || g.twitter || ')' ELSE '' END || ', ' || lower(g.job)
           || CASE WHEN g.employer IN ('Freelance', 'Self-employed', 'Open to work') THEN '' ELSE ' at ' || g.employer END || ', about ' || topic || '.'
         ELSE 'This week: ' || topic || '. Links and transcript below.' END AS body,
    'We discuss ' || topic || '.' AS summary
  FROM (SELECT k, 1 + k % 10 AS pid, 1 + k / 10 AS ep, 3 + fixture_gen.n('peg', k, 318) AS gi,
          fixture_gen.pick(ARRAY['burnout and on-call', 'migrating to Postgres 15', 'hiring juniors', 'testing in production', 'open source funding', 'WebAssembly outside the browser',
            'accessibility audits', 'the first year as an engineering manager', 'event sourcing', 'learning Rust at 40'], 'pet', k) AS topic,
          pgen.at('pept', k, '2020-01-01', '2023-09-20') AS t FROM generate_series(1, 150) k) b
  JOIN pgen.u g ON g.i = b.gi
  CROSS JOIN LATERAL (SELECT CASE WHEN b.k % 3 = 0 THEN g.full_name || ' on ' || b.topic ELSE 'Episode ' || b.ep || ': ' || initcap(b.topic) END AS title) tt
) x JOIN podcasts p ON p.id = x.pid
ORDER BY x.t;

-- ---------------------------------------------------------------------------
-- Moderation: feedback messages, notes, audit logs, GDPR deletions.

CREATE TABLE feedback_messages (
    id bigserial PRIMARY KEY, affected_id bigint, category varchar, created_at timestamp, feedback_type varchar, message text, offender_id bigint, reported_url varchar,
    reporter_id bigint, status varchar DEFAULT 'Open', updated_at timestamp
);
INSERT INTO feedback_messages (affected_id, category, created_at, feedback_type, message, offender_id, reported_url, reporter_id, status, updated_at)
SELECT CASE WHEN k % 5 = 2 THEN r.id END, x.cat, x.t, CASE WHEN x.cat = 'bug' THEN 'bug-reports' ELSE 'abuse-reports' END, x.msg,
       CASE WHEN x.cat <> 'bug' THEN o.id END, x.url, CASE WHEN k % 11 = 0 THEN NULL ELSE r.id END,
       CASE WHEN x.t > timestamp '2023-09-10' THEN 'Open' WHEN k % 4 = 0 THEN 'Invalid' ELSE 'Resolved' END, x.t + make_interval(days => fixture_gen.n('fmup', k, 20))
FROM generate_series(1, 84) k
JOIN users r ON r.id = 15 + fixture_gen.n('fmr', k, 306)
JOIN users o ON o.id = 15 + fixture_gen.n('fmo', k, 306)
JOIN pgen.u ru ON ru.i = r.id
CROSS JOIN LATERAL (SELECT (SELECT a.path FROM articles a WHERE a.user_id = o.id AND a.published ORDER BY a.id LIMIT 1) AS apath,
    (SELECT '/' || o.username || '/comment/' || c.id_code FROM comments c WHERE c.user_id = o.id ORDER BY c.id LIMIT 1) AS cpath) pp
CROSS JOIN LATERAL (SELECT
    CASE WHEN k % 9 = 0 THEN 'bug' ELSE fixture_gen.pick(ARRAY['spam', 'spam', 'spam', 'other', 'rude or vulgar', 'harassment', 'listings'], 'fmcat', k) END AS cat,
    pgen.at('fmt', k, '2020-02-01', '2023-09-28') AS t) c0
CROSS JOIN LATERAL (SELECT c0.cat, c0.t,
    'https://community.tessellate.example' || CASE WHEN c0.cat = 'bug' THEN fixture_gen.pick(ARRAY['/new', '/settings/account', '/enter', '/dashboard'], 'fmbu', k)
      WHEN k % 3 = 0 AND pp.cpath IS NOT NULL THEN pp.cpath WHEN k % 3 = 1 AND pp.apath IS NOT NULL THEN pp.apath ELSE '/' || o.username END AS url,
    CASE WHEN c0.cat = 'bug' THEN fixture_gen.pick(ARRAY['The editor loses my draft when I switch tabs in Safari 16.', 'I cannot log in with Apple since yesterday, my account email is ' || r.email || '.',
          'Images in the preview are broken on Firefox.', 'The dashboard shows 0 followers but I have 40.'], 'fmbm', k)
      WHEN c0.cat = 'spam' THEN fixture_gen.pick(ARRAY['Spam', 'This account only posts links to a crypto recovery scam.', 'Same SEO link in every comment.', '', 'bot account?'], 'fmsm', k)
      WHEN c0.cat = 'harassment' THEN fixture_gen.pick(ARRAY[
          'After I declined his job offer he posted my phone number (' || pgen.phone(ru.c, 'fmph', k) || ') in a comment. Please remove it.',
          'This user keeps sending me messages about my religion and where I live (' || ru.city || ').',
          'He is following me from post to post calling me a diversity hire.'], 'fmhm', k)
      WHEN c0.cat = 'rude or vulgar' THEN fixture_gen.pick(ARRAY['Insults in the comments, see the thread.', 'The comment says I am stupid because I am from ' || ru.country || '.', 'Swearing at beginners.'], 'fmrm', k)
      WHEN c0.cat = 'listings' THEN 'This job listing asks for a fee to apply.'
      ELSE fixture_gen.pick(ARRAY['This article is copied word for word from my blog ' || coalesce(ru.site, 'https://' || ru.username || '.dev') || '.',
          'This account impersonates ' || ru.full_name || ', please verify. I am the real one, reach me at ' || r.email || '.', 'Plagiarism.'], 'fmom', k) END AS msg) x
ORDER BY x.t;

CREATE TABLE notes (
    id serial PRIMARY KEY, author_id integer, content text, created_at timestamp NOT NULL, noteable_id integer, noteable_type varchar, reason varchar, updated_at timestamp NOT NULL
);
INSERT INTO notes (author_id, content, created_at, noteable_id, noteable_type, reason, updated_at)
SELECT 1 + fixture_gen.n('noa', k, 9), x.content, x.t, u.id, 'User', x.reason, x.t
FROM generate_series(1, 64) k
JOIN users u ON u.id = CASE WHEN k <= 20 THEN (SELECT f.offender_id FROM feedback_messages f WHERE f.offender_id IS NOT NULL ORDER BY f.id OFFSET k LIMIT 1) ELSE 15 + fixture_gen.n('nou', k, 306) END
JOIN pgen.u pu ON pu.i = u.id
CROSS JOIN LATERAL (SELECT pgen.at('not', k, '2020-03-01', '2023-09-28') AS t,
    fixture_gen.pick(ARRAY['misc_note', 'misc_note', 'suspended', 'warned', 'trusted', 'comment_suspended', 'banned'], 'nor', k) AS reason) r
CROSS JOIN LATERAL (SELECT r.t, r.reason, CASE r.reason
    WHEN 'suspended' THEN fixture_gen.pick(ARRAY['Suspended: posted the same crypto link in 14 comments.', 'Suspended after repeated harassment reports, see feedback message thread.', 'Spam wave from this IP range, suspended.'], 'noc1', k)
    WHEN 'warned' THEN 'Warned after a report about hostile DMs to ' || (SELECT v.full_name FROM pgen.u v WHERE v.i = 15 + fixture_gen.n('nov', k, 306)) || '.'
    WHEN 'trusted' THEN 'Consistently helpful in #help, gave trusted role.'
    WHEN 'comment_suspended' THEN 'Comment suspended for a week, rude replies to beginners.'
    WHEN 'banned' THEN 'Banned: ban evasion, same person as @' || (SELECT v.username FROM pgen.u v WHERE v.i = 15 + fixture_gen.n('nob', k, 306)) || '.'
    ELSE fixture_gen.pick(ARRAY['User emailed support from ' || pgen.fold(pu.first) || '.' || pgen.fold(pu.last) || '@' || fixture_gen.pick(ARRAY['proton.me', 'gmail.com', 'outlook.com'], 'noem', k) || ' asking to restore the account.',
      'Verified as the real ' || pu.full_name || ' via a video call.', 'Asked to change username after leaving ' || pu.employer || '.', 'Called us on ' || pgen.phone(pu.c, 'noph', k) || ' about a stalker; escalated to T&S lead.',
      'Duplicate account, merged into the older one.', 'Mentioned a medical leave, paused mod duties until November.'], 'nomc', k) END AS content) x
ORDER BY x.t;

CREATE TABLE audit_logs (
    id bigserial PRIMARY KEY, category varchar, created_at timestamp(6) NOT NULL, data jsonb DEFAULT '{}' NOT NULL, roles varchar[], slug varchar, updated_at timestamp(6) NOT NULL,
    user_id bigint
);
INSERT INTO audit_logs (category, created_at, data, roles, slug, updated_at, user_id)
SELECT x.cat, x.t, x.data, x.roles, x.slug, x.t, x.uid FROM (
  SELECT k, pgen.at('alt', k, '2021-01-01', '2023-09-28') AS t, mod AS uid,
    CASE WHEN mod IN (1, 3, 4) THEN ARRAY['admin', 'super_admin']::varchar[] WHEN mod IN (7, 8, 9) THEN ARRAY['support_admin']::varchar[] ELSE ARRAY['trusted', 'tag_moderator']::varchar[] END AS roles,
    CASE kind WHEN 0 THEN 'admin.api' WHEN 1 THEN 'moderator.audit.log' WHEN 2 THEN 'admin.api' WHEN 3 THEN 'moderator.audit.log' ELSE 'admin.api' END AS cat,
    CASE kind WHEN 0 THEN 'user_status_update' WHEN 1 THEN 'vomit_reaction' WHEN 2 THEN 'user_update' WHEN 3 THEN 'article_unpublish' ELSE 'settings_update' END AS slug,
    CASE kind
      WHEN 0 THEN jsonb_build_object('action', 'user_status', 'controller', 'admin/users', 'id', tu.id::text,
        'user', jsonb_build_object('user_status', fixture_gen.pick(ARRAY['Suspended', 'Warned', 'Trusted', 'Comment Suspended', 'Good standing'], 'alus', k),
          'note_for_current_role', fixture_gen.pick(ARRAY['spam links', 'Repeated harassment of ' || ou.full_name, 'helpful member', 'rude to beginners', 'appeal accepted, emailed from ' || tu.email], 'alnr', k)))
      WHEN 1 THEN jsonb_build_object('action', 'create', 'controller', 'reactions', 'reactable_type', 'Article', 'reactable_id', (1 + fixture_gen.n('alra', k, 380))::text, 'category', 'vomit')
      WHEN 2 THEN jsonb_build_object('action', 'update', 'controller', 'admin/users', 'id', tu.id::text,
        'user', jsonb_build_object('email', CASE WHEN k % 2 = 0 THEN pgen.fold(tu.username) || '@' || fixture_gen.pick(ARRAY['proton.me', 'gmail.com'], 'alem', k) ELSE tu.email END, 'username', tu.username, 'name', tu.name))
      WHEN 3 THEN jsonb_build_object('action', 'unpublish_all_articles', 'controller', 'admin/users', 'id', tu.id::text, 'note', jsonb_build_object('content', 'spam account ' || tu.username))
      ELSE jsonb_build_object('action', 'update', 'controller', 'admin/settings/' || fixture_gen.pick(ARRAY['authentications', 'general', 'rate_limits'], 'alset', k),
        'settings', jsonb_build_object('invite_only_mode', '0', 'allow_email_password_registration', '1', 'twitter_secret', '[FILTERED]', 'rate_limit_comment_creation', '9')) END AS data
  FROM generate_series(1, 130) k
  CROSS JOIN LATERAL (SELECT (ARRAY[1, 3, 4, 7, 8, 9, 41, 73, 66])[1 + fixture_gen.n('almod', k, 9)] AS mod, fixture_gen.n('alk', k, 5) AS kind) m
  JOIN users tu ON tu.id = 15 + fixture_gen.n('altu', k, 306) JOIN pgen.u ou ON ou.i = 15 + fixture_gen.n('alou', k, 306)
) x ORDER BY x.t;

CREATE TABLE users_gdpr_delete_requests (id bigserial PRIMARY KEY, created_at timestamp(6) NOT NULL, email varchar NOT NULL, updated_at timestamp(6) NOT NULL, user_id bigint NOT NULL, username varchar);
INSERT INTO users_gdpr_delete_requests (created_at, email, updated_at, user_id, username)
SELECT t, pgen.fold(f) || '.' || pgen.fold(l) || (k % 50) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmx.de', 'yahoo.com', 'outlook.com', 'naver.com'], 'gddm', k), t, 320 + k * 3,
       CASE WHEN k % 5 = 0 THEN NULL ELSE pgen.fold(f) || CASE WHEN k % 2 = 0 THEN '_' || pgen.fold(l) ELSE (k % 90)::text END END
FROM generate_series(1, 24) k
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('gdf', k) AS f, fixture_gen.last_name('gdl', k) AS l, pgen.at('gdt', k, '2021-05-01', '2023-09-28') AS t) z ORDER BY t;

-- ---------------------------------------------------------------------------
-- Analytics: Ahoy visits, events and messages; page views.

CREATE TABLE pgen.ua (uk int PRIMARY KEY, ua text, browser text, os text, device text);
INSERT INTO pgen.ua VALUES
  (1, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36', 'Chrome', 'Windows', 'Desktop'),
  (2, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15', 'Safari', 'Mac', 'Desktop'),
  (3, 'Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/117.0', 'Firefox', 'GNU/Linux', 'Desktop'),
  (4, 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1', 'Mobile Safari', 'iOS', 'Mobile'),
  (5, 'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.5845.163 Mobile Safari/537.36', 'Chrome Mobile', 'Android', 'Mobile'),
  (6, 'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/115.0.5790.166 Mobile Safari/537.36', 'Chrome Mobile', 'Android', 'Mobile'),
  (7, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36 Edg/116.0.1938.69', 'Edge', 'Windows', 'Desktop'),
  (8, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0.0.0 Safari/537.36', 'Chrome', 'Mac', 'Desktop'),
  (9, 'Mozilla/5.0 (iPad; CPU OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Mobile/15E148 Safari/604.1', 'Mobile Safari', 'iOS', 'Tablet'),
  (10, 'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.5845.172 Mobile Safari/537.36 ForemWebView/1.3.2', 'Chrome Mobile WebView', 'Android', 'Mobile'),
  (11, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ForemWebView/1.4.0', 'Mobile Safari UI/WKWebView', 'iOS', 'Mobile'),
  (12, 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:117.0) Gecko/20100101 Firefox/117.0', 'Firefox', 'Ubuntu', 'Desktop');

CREATE TABLE ahoy_visits (
    id bigserial PRIMARY KEY, browser varchar, city varchar, country varchar, device_type varchar, ip varchar, landing_page text, os varchar, platform varchar,
    referrer text, referring_domain varchar, region varchar, started_at timestamp, user_agent text, user_id bigint, utm_campaign varchar, utm_medium varchar,
    utm_source varchar, visit_token varchar, visitor_token varchar
);
INSERT INTO ahoy_visits (browser, city, country, device_type, ip, landing_page, os, platform, referrer, referring_domain, region, started_at, user_agent, user_id,
    utm_campaign, utm_medium, utm_source, visit_token, visitor_token)
SELECT ua.browser, CASE WHEN k % 6 <> 5 THEN u.city END, CASE WHEN k % 6 <> 5 THEN u.country END, ua.device,
       CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('avip', k) ELSE fixture_gen.ipv4('avip', k) END,
       'https://community.tessellate.example' || CASE r.src WHEN 'newsletter' THEN coalesce(ap.path, '/') || '?utm_source=newsletter&utm_medium=email&utm_campaign=' || r.camp
         WHEN 'google' THEN coalesce(ap.path, '/t/' || tg.name) WHEN 'direct' THEN fixture_gen.pick(ARRAY['/', '/', '/enter', '/dashboard', '/t/' || tg.name, '/search?q=' || tg.name], 'avlp', k)
         ELSE coalesce(ap.path, '/') END,
       ua.os, CASE WHEN ua.uk IN (10, 11) THEN 'App' ELSE 'Web' END,
       CASE r.src WHEN 'google' THEN 'https://www.google.com/' WHEN 'twitter' THEN 'https://t.co/' || pgen.rnd('avtco', k, 10)
         WHEN 'hn' THEN 'https://news.ycombinator.com/item?id=' || (36000000 + fixture_gen.n('avhn', k, 1500000))
         WHEN 'reddit' THEN 'https://www.reddit.com/r/' || fixture_gen.pick(ARRAY['programming', 'rust', 'webdev', 'devops'], 'avrd', k) || '/comments/' || pgen.lower('avrc', k, 6) || '/'
         WHEN 'facebook' THEN 'https://l.facebook.com/l.php?u=https%3A%2F%2Fcommunity.tessellate.example%2F&h=AT' || pgen.rnd('avfbh', k, 40) || '&fbclid=IwAR' || pgen.rnd('avfbc', k, 54)
         WHEN 'linkedin' THEN 'https://www.linkedin.com/'
         WHEN 'newsletter' THEN 'android-app://com.google.android.gm/'
         WHEN 'slack' THEN 'https://app.slack.com/client/T0' || upper(pgen.lower('avsl', k, 8)) || '/C0' || upper(pgen.lower('avsc', k, 8)) ELSE NULL END,
       CASE r.src WHEN 'google' THEN 'www.google.com' WHEN 'twitter' THEN 't.co' WHEN 'hn' THEN 'news.ycombinator.com' WHEN 'reddit' THEN 'www.reddit.com' WHEN 'facebook' THEN 'l.facebook.com'
         WHEN 'linkedin' THEN 'www.linkedin.com' WHEN 'newsletter' THEN 'com.google.android.gm' WHEN 'slack' THEN 'app.slack.com' END,
       CASE WHEN k % 6 <> 5 THEN u.region END, t, ua.ua, CASE WHEN k % 4 = 3 THEN NULL ELSE u.i END,
       CASE WHEN r.src = 'newsletter' THEN r.camp END, CASE WHEN r.src = 'newsletter' THEN 'email' END, CASE WHEN r.src = 'newsletter' THEN 'newsletter' END,
       fixture_gen.uuid('avvt', k), fixture_gen.uuid('avvr', CASE WHEN k % 3 = 0 THEN k - 1 ELSE k END)
FROM generate_series(1, 360) k
JOIN pgen.u u ON u.i = 1 + fixture_gen.n('avu', k, 320)
JOIN pgen.ua ua ON ua.uk = 1 + fixture_gen.n('avua', k, 12)
JOIN tags tg ON tg.id = 1 + fixture_gen.n('avtg', k, 40)
LEFT JOIN articles ap ON ap.id = 1 + fixture_gen.n('avap', k, 380) AND ap.published AND k % 3 <> 0
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['google', 'google', 'google', 'direct', 'direct', 'twitter', 'hn', 'reddit', 'facebook', 'linkedin', 'newsletter', 'slack'], 'avsrc', k) AS src,
    'weekly-digest-' || to_char(timestamp '2023-01-02' + make_interval(weeks => fixture_gen.n('avcp', k, 38)), 'YYYY-MM-DD') AS camp) r
CROSS JOIN LATERAL (SELECT greatest(u.joined, timestamp '2023-03-01') + make_interval(secs => fixture_gen.n('avt', k, 15000000)) AS t0) t1
CROSS JOIN LATERAL (SELECT least(t1.t0, timestamp '2023-09-29 23:00:00' - make_interval(mins => k)) AS t) t2
ORDER BY t;

CREATE TABLE ahoy_events (id bigserial PRIMARY KEY, name varchar, properties jsonb, "time" timestamp, user_id bigint, visit_id bigint);
INSERT INTO ahoy_events (name, properties, "time", user_id, visit_id)
SELECT e.name, e.props, v.started_at + make_interval(secs => 5 + fixture_gen.n('aet', k, 1200)), v.user_id, v.id
FROM generate_series(1, 320) k
JOIN ahoy_visits v ON v.id = 1 + fixture_gen.n('aev', k, 360)
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('aen', k, 7)
    WHEN 0 THEN 'Clicked on Create Account' WHEN 1 THEN 'Clicked Sign In Button' WHEN 2 THEN 'Display Ad Impression' WHEN 3 THEN 'Display Ad Click'
    WHEN 4 THEN 'Feed tag click' WHEN 5 THEN 'Onboarding: selected tags' ELSE 'Copied code snippet' END AS name) n
CROSS JOIN LATERAL (SELECT n.name, CASE n.name
    WHEN 'Clicked on Create Account' THEN jsonb_build_object('version', 0.2, 'source', fixture_gen.pick(ARRAY['top_navbar', 'left_sidebar', 'comment_box', 'feed_cta'], 'aesr', k), 'page', '/', 'referring_source', 'feed')
    WHEN 'Clicked Sign In Button' THEN jsonb_build_object('source', 'top_navbar', 'page', '/enter')
    WHEN 'Display Ad Impression' THEN jsonb_build_object('display_ad_id', 1 + fixture_gen.n('aeb', k, 24), 'context_type', 'home', 'placement_area', 'sidebar_left', 'category', 'impression')
    WHEN 'Display Ad Click' THEN jsonb_build_object('display_ad_id', 1 + fixture_gen.n('aeb', k, 24), 'context_type', 'article', 'placement_area', 'post_comments', 'category', 'click')
    WHEN 'Feed tag click' THEN jsonb_build_object('tag', (SELECT name FROM tags WHERE id = 1 + fixture_gen.n('aetg', k, 40)), 'feed_type', 'relevant')
    WHEN 'Onboarding: selected tags' THEN jsonb_build_object('tags', (SELECT jsonb_agg(name) FROM tags WHERE id IN (1 + fixture_gen.n('aot1', k, 40), 1 + fixture_gen.n('aot2', k, 40), 1 + fixture_gen.n('aot3', k, 40))))
    ELSE jsonb_build_object('article_id', 1 + fixture_gen.n('aeca', k, 380), 'language', fixture_gen.pick(ARRAY['rust', 'go', 'js', 'yaml', 'sql', 'bash'], 'aecl', k)) END AS props) e
ORDER BY 3;

CREATE TABLE ahoy_messages (
    id bigserial PRIMARY KEY, clicked_at timestamp, feedback_message_id bigint, mailer varchar, opened_at timestamp, sent_at timestamp, subject text, "to" text,
    token varchar, user_id bigint, user_type varchar, utm_campaign varchar, utm_medium varchar, utm_source varchar
);
INSERT INTO ahoy_messages (clicked_at, feedback_message_id, mailer, opened_at, sent_at, subject, "to", token, user_id, user_type, utm_campaign, utm_medium, utm_source)
SELECT CASE WHEN k % 5 = 0 THEN t + interval '2 hours' END, CASE WHEN m.mailer LIKE '%feedback%' THEN (SELECT f.id FROM feedback_messages f ORDER BY f.id OFFSET k % 80 LIMIT 1) END, m.mailer,
       CASE WHEN k % 3 <> 1 THEN t + interval '40 minutes' END, t, m.subject, u.email, pgen.rnd('amtk', k, 32), u.id, 'User',
       CASE WHEN m.mailer LIKE 'Digest%' THEN 'digest_email' WHEN m.mailer LIKE 'Notify%' THEN split_part(m.mailer, '#', 2) END,
       CASE WHEN m.mailer NOT LIKE 'Devise%' THEN 'email' END, CASE WHEN m.mailer NOT LIKE 'Devise%' THEN 'tessellate' END
FROM generate_series(1, 340) k
JOIN users u ON u.id = 1 + fixture_gen.n('amu', k, 320)
JOIN users o ON o.id = 15 + fixture_gen.n('amo', k, 306)
CROSS JOIN LATERAL (SELECT greatest(u.created_at + interval '1 day', pgen.at('amt', k, '2022-10-01', '2023-09-29')) AS t) tt
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('amm', k, 8)
    WHEN 0 THEN 'NotifyMailer#new_reply_email' WHEN 1 THEN 'NotifyMailer#new_follower_email' WHEN 2 THEN 'DigestMailer#digest_email' WHEN 3 THEN 'DigestMailer#digest_email'
    WHEN 4 THEN 'NotifyMailer#new_badge_email' WHEN 5 THEN 'NotifyMailer#new_mention_email' WHEN 6 THEN 'DeviseMailer#reset_password_instructions'
    ELSE 'NotifyMailer#feedback_message_resolution_email' END AS mailer) m0
CROSS JOIN LATERAL (SELECT m0.mailer, CASE m0.mailer
    WHEN 'NotifyMailer#new_reply_email' THEN o.name || ' replied to your comment'
    WHEN 'NotifyMailer#new_follower_email' THEN o.name || ' just followed you on Tessellate Community'
    WHEN 'DigestMailer#digest_email' THEN (SELECT a.title FROM articles a WHERE a.published ORDER BY a.id OFFSET fixture_gen.n('amdg', k, 300) LIMIT 1) || ' and ' || (2 + k % 5) || ' other posts'
    WHEN 'NotifyMailer#new_badge_email' THEN 'You just got a badge'
    WHEN 'NotifyMailer#new_mention_email' THEN o.name || ' just mentioned you!'
    WHEN 'DeviseMailer#reset_password_instructions' THEN 'Reset password instructions'
    ELSE 'Thanks for your report on Tessellate Community' END AS subject) m
ORDER BY t;

CREATE TABLE page_views (
    id bigserial PRIMARY KEY, article_id integer, counts_for_number_of_views integer DEFAULT 1, created_at timestamp NOT NULL, domain varchar, path varchar, referrer varchar,
    time_tracked_in_seconds integer DEFAULT 15, updated_at timestamp NOT NULL, user_agent varchar, user_id integer
);
INSERT INTO page_views (article_id, counts_for_number_of_views, created_at, domain, path, referrer, time_tracked_in_seconds, updated_at, user_agent, user_id)
SELECT a.id, CASE WHEN k % 4 = 0 THEN 10 ELSE 1 END, t, r.dom, r.pth,
       CASE WHEN r.dom IS NULL THEN NULL ELSE 'https://' || r.dom || r.pth END, 15 * (1 + fixture_gen.n('pvtt', k, 40)), t + make_interval(secs => 15 * (1 + fixture_gen.n('pvtt', k, 40))),
       ua.ua, CASE WHEN k % 4 = 0 THEN NULL ELSE 1 + fixture_gen.n('pvu', k, 320) END
FROM generate_series(1, 400) k
JOIN (SELECT ar.k AS ak, row_number() OVER (ORDER BY ar.k) AS rn FROM pgen.art ar WHERE ar.pub) pa ON pa.rn = 1 + fixture_gen.n('pva', k, 342)
JOIN articles a ON a.id = pa.ak
JOIN pgen.ua ua ON ua.uk = 1 + fixture_gen.n('pvua', k, 12)
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('pvr', k, 9)
    WHEN 0 THEN 'www.google.com' WHEN 1 THEN 'www.google.com' WHEN 2 THEN 't.co' WHEN 3 THEN 'news.ycombinator.com' WHEN 4 THEN 'www.reddit.com'
    WHEN 5 THEN 'community.tessellate.example' WHEN 6 THEN 'duckduckgo.com' ELSE NULL END AS dom) d
CROSS JOIN LATERAL (SELECT d.dom, CASE d.dom WHEN 'www.google.com' THEN '/' WHEN 'duckduckgo.com' THEN '/' WHEN 't.co' THEN '/' || pgen.rnd('pvtco', k, 10)
    WHEN 'news.ycombinator.com' THEN '/item?id=' || (36000000 + fixture_gen.n('pvhn', k, 1500000)) WHEN 'www.reddit.com' THEN '/r/programming/comments/' || pgen.lower('pvrc', k, 6) || '/'
    WHEN 'community.tessellate.example' THEN fixture_gen.pick(ARRAY['/', '/t/' || split_part(a.cached_tag_list, ',', 1), '/top/week', '/search'], 'pvip', k) END AS pth) r
CROSS JOIN LATERAL (SELECT least(timestamp '2023-09-29 22:00:00', a.published_at + make_interval(mins => 1 + fixture_gen.n('pvt', k, 300000))) AS t) tt
ORDER BY t;

CREATE TABLE email_authorizations (
    id bigserial PRIMARY KEY, confirmed_at timestamp, created_at timestamp(6) NOT NULL, json_data jsonb DEFAULT '{}' NOT NULL, type_of varchar NOT NULL, updated_at timestamp(6) NOT NULL,
    user_id bigint, verified_at timestamp
);
INSERT INTO email_authorizations (confirmed_at, created_at, json_data, type_of, updated_at, user_id, verified_at)
SELECT CASE WHEN k % 4 <> 3 THEN t + interval '20 minutes' END, t,
       CASE WHEN k % 3 = 0 THEN jsonb_build_object('merge_user_id', o.id, 'merge_username', o.username, 'merge_email', o.email, 'requested_by', 1 + fixture_gen.n('eaby', k, 9))
            ELSE jsonb_build_object('email', u.email, 'ip', fixture_gen.ipv4('eaip', k)) END,
       CASE WHEN k % 3 = 0 THEN 'merge_request' ELSE 'account_ownership' END, t + interval '20 minutes', u.id, CASE WHEN k % 4 <> 3 THEN t + interval '20 minutes' END
FROM generate_series(1, 30) k
JOIN users u ON u.id = 15 + fixture_gen.n('eau', k, 306) JOIN users o ON o.id = 15 + fixture_gen.n('eao', k, 306)
CROSS JOIN LATERAL (SELECT pgen.at('eat', k, '2021-06-01', '2023-09-28') AS t) tt ORDER BY t;

-- ---------------------------------------------------------------------------
-- API keys, OAuth, webhooks, push devices.

CREATE TABLE api_secrets (id serial PRIMARY KEY, created_at timestamp NOT NULL, description varchar NOT NULL, secret varchar, updated_at timestamp NOT NULL, user_id integer);
INSERT INTO api_secrets (created_at, description, secret, updated_at, user_id)
SELECT t, fixture_gen.pick(ARRAY['Zapier', 'crossposting script', 'GitHub Action: publish drafts', 'Obsidian plugin', 'blog sync', 'n8n', 'stats dashboard', 'test', 'VS Code extension'], 'asd', k),
       pgen.b58('ass', k, 24), t, CASE WHEN k % 5 = 0 THEN 1 + fixture_gen.n('asu1', k, 14) ELSE 15 + fixture_gen.n('asu', k, 306) END
FROM generate_series(1, 48) k CROSS JOIN LATERAL (SELECT pgen.at('ast', k, '2020-01-01', '2023-09-20') AS t) tt ORDER BY t;

CREATE TABLE oauth_applications (
    id bigserial PRIMARY KEY, confidential boolean DEFAULT true NOT NULL, created_at timestamp(6) NOT NULL, name varchar NOT NULL, redirect_uri text NOT NULL, scopes varchar DEFAULT '' NOT NULL,
    secret varchar NOT NULL, uid varchar NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO oauth_applications (confidential, created_at, name, redirect_uri, scopes, secret, uid, updated_at)
SELECT k <> 3, t, n, r, s, pgen.rnd('oas', k, 43), pgen.rnd('oau', k, 43), t + interval '30 days'
FROM (VALUES (1, 'Tessellate Community iOS', 'com.tessellate.community://oauth/callback', 'public read_articles write_articles'),
  (2, 'Tessellate Community Android', 'com.tessellate.community://oauth/callback', 'public read_articles write_articles'),
  (3, 'Zapier', 'https://zapier.com/dashboard/auth/oauth/return/TessellateCommunityCLIAPI/', 'public read_articles'),
  (4, 'Crossposter', 'https://crossposter.example/auth/forem/callback', 'public write_articles'),
  (5, 'Tessellate Docs Comments', 'https://docs.tessellate.example/auth/callback', 'public'),
  (6, 'Stats for Writers', 'https://statsforwriters.example/oauth/forem', 'read_articles')) v(k, n, r, s)
CROSS JOIN LATERAL (SELECT pgen.at('oat', v.k, '2020-06-01', '2022-12-01') AS t) tt ORDER BY v.k;

CREATE TABLE oauth_access_tokens (
    id bigserial PRIMARY KEY, application_id bigint, created_at timestamp(6) NOT NULL, expires_in integer, previous_refresh_token varchar DEFAULT '' NOT NULL, refresh_token varchar,
    resource_owner_id bigint, revoked_at timestamp(6), scopes varchar, token varchar NOT NULL
);
INSERT INTO oauth_access_tokens (application_id, created_at, expires_in, previous_refresh_token, refresh_token, resource_owner_id, revoked_at, scopes, token)
SELECT a, t, 7200, CASE WHEN k % 3 = 0 THEN pgen.rnd('oatp', k, 43) ELSE '' END, pgen.rnd('oatr', k, 43), 1 + fixture_gen.n('oato', k, 320),
       CASE WHEN k % 4 = 0 THEN t + interval '2 hours' END, (SELECT scopes FROM oauth_applications WHERE id = a), pgen.rnd('oatt', k, 43)
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('oata', k, 6) AS a, pgen.at('oatc', k, '2023-06-01', '2023-09-29') AS t) tt ORDER BY t;

CREATE TABLE webhook_endpoints (
    id bigserial PRIMARY KEY, created_at timestamp NOT NULL, events varchar[] NOT NULL, oauth_application_id bigint, source varchar, target_url varchar NOT NULL, updated_at timestamp NOT NULL,
    user_id bigint NOT NULL
);
INSERT INTO webhook_endpoints (created_at, events, oauth_application_id, source, target_url, updated_at, user_id)
SELECT t, CASE WHEN k % 3 = 0 THEN ARRAY['article_created', 'article_updated', 'article_destroyed'] ELSE ARRAY['article_created'] END::varchar[],
       CASE WHEN k % 4 = 0 THEN 3 WHEN k % 4 = 1 THEN 4 END, CASE WHEN k % 4 = 0 THEN 'Zapier' WHEN k % 4 = 1 THEN 'Crossposter' ELSE 'API' END,
       CASE WHEN k % 4 = 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('wezi', k, 8) || '/' || pgen.lower('wezk', k, 6) || '/'
                  WHEN k % 4 = 1 THEN 'https://crossposter.example/hooks/forem?token=' || pgen.rnd('wect', k, 32)
                  WHEN k % 3 = 0 THEN 'https://hook.eu1.make.com/' || pgen.lower('wemk', k, 32)
                  WHEN k % 3 = 1 THEN 'https://n8n.' || replace(u.username, '_', '-') || '.dev/webhook/' || fixture_gen.uuid('wen8', k)
                  ELSE 'https://discord.com/api/webhooks/' || (1100000000000000000::bigint + fixture_gen.n('wedi', k, 1000000000)::bigint * 97) || '/' || translate(pgen.rnd('wedt', k, 68), '+/', '-_') END,
       t + interval '1 day', u.id
FROM generate_series(1, 24) k JOIN users u ON u.id = 15 + fixture_gen.n('weu', k, 306) CROSS JOIN LATERAL (SELECT pgen.at('wet', k, '2021-01-01', '2023-09-01') AS t) tt ORDER BY t;

CREATE TABLE consumer_apps (
    id bigserial PRIMARY KEY, active boolean DEFAULT true NOT NULL, app_bundle varchar NOT NULL, auth_key varchar, created_at timestamp(6) NOT NULL, last_error varchar,
    platform varchar NOT NULL, team_id varchar, updated_at timestamp(6) NOT NULL
);
INSERT INTO consumer_apps (active, app_bundle, auth_key, created_at, last_error, platform, team_id, updated_at) VALUES
  (true, 'com.forem.app', NULL, '2021-10-04 12:00:00', NULL, 'ios', NULL, '2021-10-04 12:00:00'),
  (true, 'com.forem.android', NULL, '2021-10-04 12:00:01', NULL, 'android', NULL, '2021-10-04 12:00:01'),
  (true, 'com.tessellate.community', '@@p8a@@', '2022-03-15 09:30:00', NULL, 'ios', 'T7' || upper('@@tm@@'), '2023-04-02 08:00:00'),
  (false, 'com.tessellate.community.beta', '@@p8b@@', '2022-03-15 09:31:00', 'Certificate expired on 2023-03-14', 'ios', 'T7' || upper('@@tm@@'), '2023-03-14 00:00:00'),
  (true, 'com.tessellate.community', '@@fcm@@', '2022-03-20 10:00:00', NULL, 'android', NULL, '2023-05-30 11:00:00');
UPDATE consumer_apps SET auth_key = CASE auth_key
    WHEN '@@p8a@@' THEN E'-----BEGIN PRIVATE KEY-----\n' || fixture_gen.b64('capa', 1, 48) || E'\n' || fixture_gen.b64('capa', 2, 48) || E'\n' || fixture_gen.b64('capa', 3, 48) || E'\n' || fixture_gen.b64('capa', 4, 6) || E'\n-----END PRIVATE KEY-----'
    WHEN '@@p8b@@' THEN E'-----BEGIN PRIVATE KEY-----\n' || fixture_gen.b64('capb', 1, 48) || E'\n' || fixture_gen.b64('capb', 2, 48) || E'\n' || fixture_gen.b64('capb', 3, 48) || E'\n' || fixture_gen.b64('capb', 4, 6) || E'\n-----END PRIVATE KEY-----'
    WHEN '@@fcm@@' THEN 'AAAA' || pgen.rnd('cafc', 1, 7) || ':APA91b' || translate(pgen.rnd('cafk', 1, 134), '+/', '-_') END,
  team_id = CASE WHEN team_id IS NOT NULL THEN 'T7' || upper(pgen.lower('catm', 1, 8)) END;

CREATE TABLE devices (
    id bigserial PRIMARY KEY, app_bundle varchar, consumer_app_id bigint, created_at timestamp(6) NOT NULL, platform varchar NOT NULL, token varchar NOT NULL, updated_at timestamp(6) NOT NULL,
    user_id bigint NOT NULL
);
INSERT INTO devices (app_bundle, consumer_app_id, created_at, platform, token, updated_at, user_id)
SELECT 'com.tessellate.community', CASE WHEN k % 2 = 0 THEN 3 ELSE 5 END, t, CASE WHEN k % 2 = 0 THEN 'ios' ELSE 'android' END,
       CASE WHEN k % 2 = 0 THEN fixture_gen.hexn('dvap', k, 64) ELSE pgen.rnd('dvfa', k, 22) || ':APA91b' || translate(pgen.rnd('dvfb', k, 134), '+/', '-_') END,
       t + make_interval(days => fixture_gen.n('dvup', k, 90)), 1 + fixture_gen.n('dvu', k, 320)
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT pgen.at('dvt', k, '2022-04-01', '2023-09-20') AS t) tt ORDER BY t;

-- ---------------------------------------------------------------------------
-- GitHub repos shown on profiles, display ads, settings stores.

CREATE TABLE github_repos (
    id serial PRIMARY KEY, additional_note varchar, created_at timestamp NOT NULL, description varchar, featured boolean DEFAULT false, fork boolean DEFAULT false,
    github_id_code bigint, info_hash text, language varchar, name varchar, stargazers_count integer, updated_at timestamp NOT NULL, url varchar, user_id integer,
    watchers_count integer
);
INSERT INTO github_repos (additional_note, created_at, description, featured, fork, github_id_code, info_hash, language, name, stargazers_count, updated_at, url, user_id, watchers_count)
SELECT CASE WHEN k % 17 = 0 THEN fixture_gen.pick(ARRAY['Built this with my cousin ' || fixture_gen.full_name('ghbr', k) || ' over the holidays.', 'My first real project, be gentle.', 'Used in production at work.'], 'ghan', k) END,
       t, d.descr, k % 3 = 0, k % 7 = 0, gid,
       E'--- !ruby/hash-with-ivars:ActiveSupport::HashWithIndifferentAccess\nelements:\n  id: ' || gid || E'\n  name: ' || d.rn || E'\n  full_name: ' || u.github || '/' || d.rn
         || E'\n  owner:\n    login: ' || u.github || E'\n    id: ' || (100000 + fixture_gen.n('ghid', u.i, 140000000)) || E'\n    avatar_url: https://avatars.githubusercontent.com/u/' || (100000 + fixture_gen.n('ghid', u.i, 140000000))
         || E'?v=4\n    html_url: https://github.com/' || u.github || E'\n    type: User\n  html_url: https://github.com/' || u.github || '/' || d.rn || E'\n  description: ' || coalesce(d.descr, '')
         || E'\n  fork: ' || (k % 7 = 0)::text || E'\n  language: ' || d.lang || E'\n  stargazers_count: ' || st || E'\n  default_branch: main\nivars:\n  :@permitted: false\n',
       d.lang, d.rn, st, t + make_interval(days => fixture_gen.n('ghup', k, 300)), 'https://github.com/' || u.github || '/' || d.rn, u.i, st
FROM generate_series(1, 130) k
JOIN (SELECT i, github, row_number() OVER (ORDER BY i) AS rn FROM pgen.u WHERE github IS NOT NULL) gu ON gu.rn = 1 + fixture_gen.n('ghu', k, 215)
JOIN pgen.u u ON u.i = gu.i
CROSS JOIN LATERAL (SELECT 100000000 + fixture_gen.n('ghgid', k, 600000000)::bigint AS gid, fixture_gen.n('ghst', k, 900) AS st,
    greatest(u.joined, pgen.at('ght', k, '2019-05-01', '2023-09-01')) AS t) z
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ghn', k, 15) AS j) jj
CROSS JOIN LATERAL (SELECT (ARRAY['dotfiles', 'rate-limiter', 'advent-of-code-2022', 'queue-visualizer', 'portfolio', 'kube-cost-report', 'tiny-queue', 'forem-crosspost',
      'flutter-budget-app', 'wasm-game-of-life', 'pg-index-advisor', 'discord-study-bot', 'cv', 'blog', 'tessellate-functions-examples'])[jj.j] AS rn,
    (ARRAY['Shell', 'Go', 'Rust', 'TypeScript', 'Astro', 'Go', 'Rust', 'TypeScript', 'Dart', 'Rust', 'Python', 'JavaScript', 'TeX', 'Ruby', 'TypeScript'])[jj.j] AS lang,
    (ARRAY['My config files', 'A token bucket rate limiter', 'Solutions in Rust', 'Visualise Tessellate queues in the browser', NULL, 'Cost reports for Kubernetes namespaces',
      'A tiny persistent queue', 'Crosspost from your blog to Forem', 'Family budget app', 'Conway in WebAssembly', 'Suggests indexes from pg_stat_statements', 'Pomodoro bot for our study group',
      NULL, 'Source of my blog', 'Examples for Tessellate Functions'])[jj.j] AS descr) d
ORDER BY t;

CREATE TABLE display_ads (
    id bigserial PRIMARY KEY, approved boolean DEFAULT false, body_markdown text, clicks_count integer DEFAULT 0, created_at timestamp NOT NULL, creator_id bigint,
    display_to integer DEFAULT 0 NOT NULL, impressions_count integer DEFAULT 0, name varchar, organization_id integer, placement_area varchar, processed_html text,
    published boolean DEFAULT false, type_of integer DEFAULT 0 NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO display_ads (approved, body_markdown, clicks_count, created_at, creator_id, display_to, impressions_count, name, organization_id, placement_area, processed_html, published,
    type_of, updated_at)
SELECT k % 6 <> 5, b.md, c, t, (ARRAY[1, 3, 4, 5])[1 + k % 4], k % 3, imp, b.nm, CASE WHEN k % 3 = 0 THEN (ARRAY[1, 3, 7, 21, 22])[1 + k % 5] ELSE 1 END,
       fixture_gen.pick(ARRAY['sidebar_left', 'sidebar_left_2', 'sidebar_right', 'post_comments', 'feed_first', 'home_hero'], 'dapa', k),
       '<p>' || regexp_replace(b.md, '\[([^]]+)\]\(([^)]+)\)', '<a href="\2">\1</a>', 'g') || '</p>', k % 6 <> 5, k % 3, t + interval '3 days'
FROM generate_series(1, 24) k
CROSS JOIN LATERAL (SELECT pgen.at('dat', k, '2021-09-01', '2023-09-01') AS t, 800 + fixture_gen.n('daim', k, 90000) AS imp) z
CROSS JOIN LATERAL (SELECT fixture_gen.n('dacl', k, greatest(2, z.imp / 40)) AS c) z2
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Q3 Functions launch', 'Postgres free tier - sidebar', 'Hacktoberfest 2023 banner', 'Community survey 2023', 'Hiring: SRE EMEA',
      'Webinar: queues 101', 'Onboarding nudge - new users', 'Kestrel Health careers', 'Sakura Stack Tokyo meetup'], 'danm', k) AS nm) n
CROSS JOIN LATERAL (SELECT n.nm, CASE n.nm
    WHEN 'Q3 Functions launch' THEN 'Run code next to your queue. [Try Tessellate Functions](https://tessellate.example/functions?utm_source=community) free.'
    WHEN 'Postgres free tier - sidebar' THEN 'A free Postgres that scales to zero. [Start building](https://tessellate.example/postgres)'
    WHEN 'Hacktoberfest 2023 banner' THEN 'Hacktoberfest is here! [Find a project](https://community.tessellate.example/hacktoberfest) and earn the badge.'
    WHEN 'Community survey 2023' THEN 'Tell us how we are doing: [take the 5-minute survey](https://forms.tessellate.example/survey-2023).'
    WHEN 'Hiring: SRE EMEA' THEN 'We are hiring SREs in Amsterdam and remote EMEA. [See the role](https://tessellate.example/careers/sre)'
    WHEN 'Webinar: queues 101' THEN 'Live on Thursday: queues 101 with our DevRel team. [Save a seat](https://tessellate.example/webinars/queues-101)'
    WHEN 'Onboarding nudge - new users' THEN 'New here? [Write your first post](https://community.tessellate.example/new) and say hi!'
    WHEN 'Kestrel Health careers' THEN 'Build software that helps community clinics. [Join Kestrel](https://kestrelhealth.example/careers)'
    ELSE 'Sakura Stack meetup in Shibuya, October 12. [RSVP](https://sakurastack.example/meetup)' END AS md) b
ORDER BY t;

-- rails-settings-cached stores: var and a value (plain strings, YAML for hashes).
CREATE TABLE settings_authentications (id bigserial PRIMARY KEY, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, value text, var varchar NOT NULL UNIQUE);
INSERT INTO settings_authentications (created_at, updated_at, value, var)
SELECT timestamp '2021-03-02 10:00:00' + make_interval(secs => n), timestamp '2023-04-11 09:00:00' + make_interval(secs => n), v, k FROM (VALUES
  (1, 'providers', E'---\n- github\n- twitter\n- apple\n'),
  (2, 'allow_email_password_registration', 'true'), (3, 'allow_email_password_login', 'true'), (4, 'invite_only_mode', 'false'), (5, 'require_captcha_for_email_password_registration', 'true'),
  (6, 'github_key', 'Iv1.' || fixture_gen.hexn('sagk', 1, 16)), (7, 'github_secret', fixture_gen.hexn('sags', 1, 40)),
  (8, 'twitter_key', pgen.rnd('satk', 1, 25)), (9, 'twitter_secret', pgen.rnd('sats', 1, 50)),
  (10, 'apple_client_id', 'com.tessellate.community.signin'), (11, 'apple_key_id', upper(pgen.lower('saak', 1, 10))), (12, 'apple_team_id', upper(pgen.lower('catm', 1, 8))),
  (13, 'apple_pem', E'-----BEGIN PRIVATE KEY-----\n' || fixture_gen.b64('sapm', 1, 48) || E'\n' || fixture_gen.b64('sapm', 2, 48) || E'\n' || fixture_gen.b64('sapm', 3, 48) || E'\n' || fixture_gen.b64('sapm', 4, 6) || E'\n-----END PRIVATE KEY-----\n'),
  (14, 'facebook_key', fixture_gen.digits('safk', 1, 16)), (15, 'facebook_secret', fixture_gen.hexn('safs', 1, 32)),
  (16, 'recaptcha_site_key', '6L' || pgen.rnd('sars', 1, 38)), (17, 'recaptcha_secret_key', '6L' || pgen.rnd('sarx', 1, 38)),
  (18, 'allowed_registration_email_domains', E'--- []\n'), (19, 'display_email_domain_allow_list_publicly', 'false')) x(n, k, v);

CREATE TABLE settings_general (id bigserial PRIMARY KEY, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, value text, var varchar NOT NULL UNIQUE);
INSERT INTO settings_general (created_at, updated_at, value, var)
SELECT timestamp '2021-03-02 10:00:00' + make_interval(secs => n), timestamp '2023-06-20 14:00:00' + make_interval(secs => n), v, k FROM (VALUES
  (1, 'contact_email', 'community@tessellate.example'),
  (2, 'email_addresses', E'---\ndefault: community@tessellate.example\ncontact: community@tessellate.example\nbusiness: partnerships@tessellate.example\nprivacy: dpo@tessellate.example\nmembers: femke.visser@tessellate.example\n'),
  (3, 'health_check_token', pgen.rnd('sghc', 1, 32)), (4, 'mailchimp_api_key', fixture_gen.hexn('sgmc', 1, 32) || '-us14'), (5, 'mailchimp_newsletter_id', fixture_gen.hexn('sgmn', 1, 10)),
  (6, 'stripe_api_key', 'sk_live_' || pgen.rnd('sgsk', 1, 99)), (7, 'stripe_publishable_key', 'pk_live_' || pgen.rnd('sgpk', 1, 99)),
  (8, 'ga_tracking_id', 'G-' || upper(pgen.lower('sgga', 1, 10))), (9, 'mascot_user_id', '2'), (10, 'logo_png', 'https://community.tessellate.example/uploads/logos/' || pgen.lower('sglg', 1, 20) || '.png'),
  (11, 'main_social_image', 'https://community.tessellate.example/uploads/social/' || pgen.lower('sgsi', 1, 20) || '.png'),
  (12, 'meta_keywords', E'---\ndefault: developers, tessellate, queues, serverless\narticle: ''''\ntag: ''''\n'),
  (13, 'payment_pointer', '$ilp.uphold.com/' || pgen.rnd('sgpp', 1, 12)), (14, 'suggested_tags', E'---\n- beginners\n- javascript\n- tessellate\n- career\n'),
  (15, 'suggested_users', E'---\n- fvisser\n- tessa\n'), (16, 'twitter_hashtag', '#TessellateCommunity'), (17, 'video_encoder_key', pgen.rnd('sgve', 1, 40)),
  (18, 'sponsor_headline', 'Community Sponsors'), (19, 'feed_style', 'basic'), (20, 'community_emoji', '🧩'), (21, 'onboarding_background_image', NULL)) x(n, k, v);

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
