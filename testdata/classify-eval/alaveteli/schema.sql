-- classify-eval fixture (HOLDOUT 64: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Alaveteli 0.44.0 (early 2024, Rails 7) freedom-of-information site on
-- PostgreSQL, in the naming its Rails migrations create (plural snake_case
-- tables, integer keys on the old tables and bigint on the newer ones,
-- timestamps without time zone, booleans, string enums as the models keep
-- them, YAML text in post_redirects, JSONB event params and Stripe webhook
-- payloads, bytea profile photos). A subset of its tables (45) with their
-- real columns as I know them.
--
-- The site is "Right to Ask" (righttoask.example), the UK's second FOI
-- request site, run by the Open Records Trust, a small civic charity
-- registered in England and Wales and in Scotland. People of many
-- backgrounds use it: English, Scottish, Welsh, Irish, British Pakistani,
-- Indian and Bangladeshi, Nigerian, Ghanaian, Somali, Caribbean, Polish,
-- Romanian, Chinese, Turkish and Portuguese names. Requests go under the
-- Freedom of Information Act 2000, the Environmental Information
-- Regulations 2004 and FOISA 2002 to councils, police forces, NHS bodies,
-- government departments, universities and regulators.
--
-- What it holds: users with names, emails, bcrypt hashes (legacy users
-- keep their old SHA1 salt), OTP seeds, login tokens, about_me texts, ban
-- texts and bounce messages; sign-ins with IPs and countries; profile
-- photos; requests with titles, URL slugs, the idhash of their reply
-- address and the public token that shares an embargoed request; outgoing
-- letters signed with the requester's name, some with a postal address or a
-- phone number; incoming replies with the officer's name and address, the
-- subject, the parsed body with signatures, direct lines and quoted
-- letters, and the text extracted from attachments (reference numbers,
-- requesters' names, tables of figures); attachments' file names; event
-- params as JSONB (recipient addresses, edited titles and letters, admin
-- names, send errors quoting addresses); censor rules whose text is the
-- personal data to hide (names, emails, phones, addresses, regexps) with
-- their replacements; public bodies with request emails, admin notes and
-- version history; change requests from users; comments; tracks whose
-- queries name the users they follow; alerts and notifications; post
-- redirects with tokens and YAML of the posted forms (letters, CSRF
-- tokens, a new email); exim log lines; Pro accounts with Stripe customer
-- ids and the Stripe webhooks' event JSON; batches, drafts and request
-- summaries; citations; projects with briefings and extracted dataset
-- values; ActiveStorage blobs of raw emails, attachments and photos; tags
-- on public bodies (registration numbers, Wikidata and ONS codes); widget
-- votes keyed by a cookie; holidays and announcements.
--
-- What I could not check: I wrote this from memory of the published schema
-- (db/schema.rb and the annotated models of Alaveteli 0.43-0.44), not from a
-- dump of a live 0.44 database. Integer or bigint keys, string lengths,
-- defaults and nullability may differ; foreign keys are declared where I
-- remember them. params_yaml on info_request_events was dropped in 0.43 in
-- favour of the JSONB params, so only post_redirects keep YAML. By 0.44
-- public_body_translations.notes may already have moved to the notes
-- table. The raw RFC 822 emails, attachment bodies and cached files live in
-- ActiveStorage services on disk, not in the database; only their blobs'
-- metadata is here. Tables left out to stay within 45: categories and
-- their translations, notes, slugs, user_messages, user_email_histories,
-- announcement_dismissals, embargo_extensions, dataset key and value sets,
-- request summary categories, the batch join tables, acts_as_xapian_jobs,
-- active_storage_variant_records, schema_migrations, ar_internal_metadata.
-- Themes may add their own tables; none are here.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA agen;

CREATE FUNCTION agen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐŠ''',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDS ')), '[^a-z0-9]+', '', 'g')
$$;

-- slug: a name or title as MySociety::Format.simplify_url_part makes url_name
-- and url_title: spaces, hyphens and underscores become _, other punctuation goes.
CREATE FUNCTION agen.slug(s text, maxlen int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '_' FROM left(regexp_replace(regexp_replace(regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐŠ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDS')), '[[:space:]_-]+', '_', 'g'), '[^a-z0-9_]', '', 'g'), '_+', '_', 'g'), maxlen))
$$;

-- rnd: random-looking alphanumerics; lo: lower-case alphanumerics; b32: base32.
CREATE FUNCTION agen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;
CREATE FUNCTION agen.lo(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION agen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- at: a time between two instants (timestamp without time zone, microseconds as Rails 7 writes them).
CREATE FUNCTION agen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)
                                   + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- Cultures of the site's users: names, UK cities they live in, mail domains.
CREATE TABLE agen.cu (c text PRIMARY KEY, firsts text[], lasts text[], cities text[]);
INSERT INTO agen.cu VALUES
 ('en', ARRAY['Oliver', 'Charlotte', 'Harry', 'Emily', 'George', 'Sophie', 'Jack', 'Lucy'], ARRAY['Whitfield', 'Thompson', 'Barker', 'Hargreaves', 'Ellis', 'Marsden', 'Collins', 'Bennett'], ARRAY['Leeds', 'Sheffield', 'Bristol', 'Norwich', 'York', 'London']),
 ('sc', ARRAY['Mairi', 'Callum', 'Eilidh', 'Fraser', 'Isla', 'Ruaridh', 'Catriona', 'Angus'], ARRAY['MacLeod', 'Campbell', 'Robertson', 'MacDonald', 'Fraser', 'Stewart', 'Sinclair', 'Mackenzie'], ARRAY['Glasgow', 'Edinburgh', 'Dundee', 'Inverness', 'Aberdeen']),
 ('wa', ARRAY['Rhys', 'Carys', 'Dafydd', 'Ffion', 'Gethin', 'Siân', 'Iolo', 'Angharad'], ARRAY['Jones', 'Pryce', 'Llewellyn', 'ap Gwilym', 'Evans', 'Morgan', 'Vaughan', 'Hughes'], ARRAY['Cardiff', 'Swansea', 'Bangor', 'Aberystwyth']),
 ('ni', ARRAY['Ciarán', 'Aoife', 'Niamh', 'Declan', 'Orla', 'Eoin', 'Siobhán', 'Pádraig'], ARRAY['O''Neill', 'McCann', 'Doherty', 'Quinn', 'Ní Bhriain', 'Mulholland', 'Gallagher', 'Devlin'], ARRAY['Belfast', 'Derry', 'Newry']),
 ('pk', ARRAY['Imran', 'Ayesha', 'Bilal', 'Sana', 'Usman', 'Hina', 'Zain', 'Farah'], ARRAY['Hussain', 'Khan', 'Akhtar', 'Iqbal', 'Mahmood', 'Rashid', 'Chaudhry', 'Butt'], ARRAY['Bradford', 'Birmingham', 'Manchester', 'Luton']),
 ('in', ARRAY['Priya', 'Sandeep', 'Anjali', 'Rajinder', 'Kiran', 'Harpreet', 'Vikram', 'Meera'], ARRAY['Raman', 'Gill', 'Patel', 'Sandhu', 'Mistry', 'Chauhan', 'Kaur', 'Bhatt'], ARRAY['Leicester', 'Wolverhampton', 'London', 'Slough']),
 ('bd', ARRAY['Nusrat', 'Rahim', 'Tahmina', 'Shamim', 'Rokeya', 'Abdul', 'Fahmida', 'Jamal'], ARRAY['Begum', 'Uddin', 'Miah', 'Rahman', 'Ali', 'Chowdhury', 'Islam', 'Ahmed'], ARRAY['London', 'Oldham', 'Birmingham']),
 ('ng', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi', 'Tunde', 'Yetunde'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Okonkwo', 'Adebayo'], ARRAY['London', 'Manchester', 'Leeds']),
 ('gh', ARRAY['Kwame', 'Akosua', 'Kofi', 'Abena', 'Yaw', 'Efua', 'Kwabena', 'Ama'], ARRAY['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Darko', 'Amponsah'], ARRAY['London', 'Nottingham', 'Manchester']),
 ('so', ARRAY['Hodan', 'Abdirahman', 'Faadumo', 'Mohamed', 'Ayaan', 'Liban', 'Sahra', 'Yusuf'], ARRAY['Warsame', 'Abdi', 'Farah', 'Hassan', 'Osman', 'Jama', 'Duale', 'Egal'], ARRAY['Bristol', 'Cardiff', 'London', 'Sheffield']),
 ('jm', ARRAY['Marcia', 'Delroy', 'Shanice', 'Winston', 'Keisha', 'Leroy', 'Andrea', 'Dwayne'], ARRAY['Campbell', 'Brown', 'Williams', 'Grant', 'Francis', 'Reid', 'Henry', 'Clarke'], ARRAY['London', 'Birmingham', 'Bristol']),
 ('pl', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Magdalena', 'Michał', 'Zofia', 'Łukasz', 'Agnieszka'], ARRAY['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska'], ARRAY['Peterborough', 'Southampton', 'Nottingham', 'Edinburgh']),
 ('ro', ARRAY['Andrei', 'Ioana', 'Mihai', 'Elena', 'Bogdan', 'Alexandra', 'Vlad', 'Cristina'], ARRAY['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Munteanu', 'Constantin', 'Marin', 'Stoica'], ARRAY['London', 'Luton', 'Peterborough']),
 ('cn', ARRAY['Wei', 'Xiaoling', 'Jun', 'Mei', 'Hao', 'Yan', 'Zhiwei', 'Lina'], ARRAY['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Zhao', 'Wu'], ARRAY['Manchester', 'London', 'Glasgow', 'Sheffield']),
 ('tr', ARRAY['Emre', 'Zeynep', 'Mehmet', 'Elif', 'Deniz', 'Ayşe', 'Serkan', 'Berfin'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Arslan', 'Doğan'], ARRAY['London', 'Leeds', 'Norwich']),
 ('pt', ARRAY['João', 'Inês', 'Tiago', 'Beatriz', 'Rui', 'Mariana', 'Duarte', 'Catarina'], ARRAY['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira', 'Rodrigues', 'Martins'], ARRAY['London', 'Bristol', 'Norwich']);

-- Cities: postcode districts, streets, landline area code, and the nation.
CREATE TABLE agen.city (city text PRIMARY KEY, pcs text[], streets text[], area text, nation text);
INSERT INTO agen.city VALUES
 ('Leeds', ARRAY['LS6', 'LS8', 'LS11', 'LS7'], ARRAY['Hyde Park Road', 'Harehills Lane', 'Dewsbury Road', 'Chapeltown Road', 'Cardigan Road'], '0113', 'England'),
 ('Sheffield', ARRAY['S10', 'S7', 'S2', 'S11'], ARRAY['Ecclesall Road', 'Abbeydale Road', 'Crookesmoor Road', 'Sharrow Vale Road'], '0114', 'England'),
 ('Bristol', ARRAY['BS5', 'BS3', 'BS6', 'BS2'], ARRAY['Stapleton Road', 'North Street', 'Gloucester Road', 'Ashley Road'], '0117', 'England'),
 ('Norwich', ARRAY['NR2', 'NR3', 'NR1'], ARRAY['Unthank Road', 'Magdalen Street', 'Thorpe Road'], '01603', 'England'),
 ('York', ARRAY['YO10', 'YO31', 'YO24'], ARRAY['Hull Road', 'Huntington Road', 'Tadcaster Road'], '01904', 'England'),
 ('London', ARRAY['E1', 'N16', 'SE15', 'SW9', 'E7', 'NW10', 'E14', 'N17'], ARRAY['Whitechapel Road', 'Stoke Newington Church Street', 'Rye Lane', 'Coldharbour Lane', 'Green Street', 'Harlesden High Street', 'East India Dock Road', 'Lordship Lane'], '020', 'England'),
 ('Glasgow', ARRAY['G12', 'G41', 'G31', 'G51'], ARRAY['Great Western Road', 'Pollokshaws Road', 'Duke Street', 'Govan Road'], '0141', 'Scotland'),
 ('Edinburgh', ARRAY['EH9', 'EH6', 'EH11'], ARRAY['Marchmont Road', 'Leith Walk', 'Dalry Road'], '0131', 'Scotland'),
 ('Dundee', ARRAY['DD1', 'DD3'], ARRAY['Perth Road', 'Strathmartine Road'], '01382', 'Scotland'),
 ('Inverness', ARRAY['IV2', 'IV3'], ARRAY['Old Edinburgh Road', 'Kenneth Street'], '01463', 'Scotland'),
 ('Aberdeen', ARRAY['AB24', 'AB10'], ARRAY['King Street', 'Great Western Road'], '01224', 'Scotland'),
 ('Cardiff', ARRAY['CF24', 'CF11', 'CF5'], ARRAY['City Road', 'Cathedral Road', 'Cowbridge Road East'], '029', 'Wales'),
 ('Swansea', ARRAY['SA1', 'SA2'], ARRAY['Walter Road', 'Mumbles Road'], '01792', 'Wales'),
 ('Bangor', ARRAY['LL57'], ARRAY['Ffordd Caergybi', 'Upper Garth Road'], '01248', 'Wales'),
 ('Aberystwyth', ARRAY['SY23'], ARRAY['Ffordd Penglais', 'North Parade'], '01970', 'Wales'),
 ('Belfast', ARRAY['BT9', 'BT7', 'BT12'], ARRAY['Lisburn Road', 'Ormeau Road', 'Falls Road'], '028', 'Northern Ireland'),
 ('Derry', ARRAY['BT48'], ARRAY['Strand Road', 'Northland Road'], '028', 'Northern Ireland'),
 ('Newry', ARRAY['BT34', 'BT35'], ARRAY['Hill Street', 'Armagh Road'], '028', 'Northern Ireland'),
 ('Bradford', ARRAY['BD7', 'BD3', 'BD8'], ARRAY['Great Horton Road', 'Leeds Road', 'Manningham Lane'], '01274', 'England'),
 ('Birmingham', ARRAY['B11', 'B12', 'B20', 'B29'], ARRAY['Stratford Road', 'Ladypool Road', 'Soho Road', 'Bristol Road'], '0121', 'England'),
 ('Manchester', ARRAY['M14', 'M13', 'M16', 'M8'], ARRAY['Wilmslow Road', 'Oxford Road', 'Seymour Grove', 'Cheetham Hill Road'], '0161', 'England'),
 ('Luton', ARRAY['LU1', 'LU4'], ARRAY['Dunstable Road', 'Leagrave High Street'], '01582', 'England'),
 ('Leicester', ARRAY['LE2', 'LE4', 'LE5'], ARRAY['Narborough Road', 'Belgrave Road', 'East Park Road'], '0116', 'England'),
 ('Wolverhampton', ARRAY['WV1', 'WV3'], ARRAY['Dudley Road', 'Tettenhall Road'], '01902', 'England'),
 ('Slough', ARRAY['SL1', 'SL2'], ARRAY['Stoke Road', 'Farnham Road'], '01753', 'England'),
 ('Oldham', ARRAY['OL8', 'OL4'], ARRAY['Ashton Road', 'Huddersfield Road'], '0161', 'England'),
 ('Nottingham', ARRAY['NG7', 'NG3', 'NG5'], ARRAY['Alfreton Road', 'Carlton Road', 'Mansfield Road'], '0115', 'England'),
 ('Peterborough', ARRAY['PE1', 'PE4'], ARRAY['Lincoln Road', 'Bourges Boulevard'], '01733', 'England'),
 ('Southampton', ARRAY['SO14', 'SO15', 'SO17'], ARRAY['St Mary Street', 'Shirley Road', 'Portswood Road'], '023', 'England');

CREATE FUNCTION agen.postcode(city text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(c.pcs, tag, i) || ' ' || (fixture_gen.n(tag || 'd', i, 9) + 1)::text || fixture_gen.chars(tag || 'u', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
  FROM agen.city c WHERE c.city = $1
$$;

CREATE FUNCTION agen.street(city text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'f', i, 4) = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'fl', i, 12))::text || ', ' ELSE '' END
      || (1 + fixture_gen.n(tag || 'no', i, 240))::text || ' ' || fixture_gen.pick(c.streets, tag, i)
  FROM agen.city c WHERE c.city = $1
$$;

-- A UK phone: mobiles in three spellings, landlines with the city's code.
CREATE FUNCTION agen.phone(city text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 5)
    WHEN 0 THEN '07' || (700 + fixture_gen.n(tag || 'a', i, 290))::text || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 1 THEN '+44 7' || (700 + fixture_gen.n(tag || 'a', i, 290))::text || ' ' || fixture_gen.digits(tag || 'b', i, 3) || ' ' || fixture_gen.digits(tag || 'c', i, 3)
    WHEN 2 THEN '07' || fixture_gen.digits(tag || 'a', i, 3) || fixture_gen.digits(tag || 'b', i, 6)
    ELSE c.area || ' ' || CASE WHEN length(c.area) = 3 THEN fixture_gen.digits(tag || 'a', i, 4) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
                             WHEN length(c.area) = 4 THEN fixture_gen.digits(tag || 'a', i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
                             ELSE fixture_gen.digits(tag || 'a', i, 6) END END
  FROM agen.city c WHERE c.city = $1
$$;

-- People. 1-330 site users; 1001-1160 officers at public bodies; 2001-2040
-- people named inside letters and replies (neighbours, patients' relatives,
-- councillors, contractors); 5001-5008 the Trust's staff (admins).
CREATE TABLE agen.p (i int PRIMARY KEY, c text, first text, last text, full_name text, email text, phone text, street text, city text, postcode text, title text);
INSERT INTO agen.p (i, c, first, last, city)
SELECT i, cu.c, cu.firsts[1 + fixture_gen.n('pf', i, 8)], cu.lasts[1 + fixture_gen.n('pl', i, 8)], fixture_gen.pick(cu.cities, 'pcity', i)
FROM (SELECT i FROM generate_series(1, 330) i UNION ALL SELECT i FROM generate_series(1001, 1160) i
      UNION ALL SELECT i FROM generate_series(2001, 2040) i UNION ALL SELECT i FROM generate_series(5001, 5008) i) g
JOIN agen.cu cu ON cu.c = fixture_gen.pick(ARRAY['en', 'en', 'en', 'en', 'en', 'sc', 'sc', 'wa', 'wa', 'ni', 'pk', 'pk', 'in', 'in', 'bd', 'ng', 'ng', 'gh', 'so',
                                                 'jm', 'pl', 'pl', 'ro', 'cn', 'tr', 'pt'], 'pc', g.i);

UPDATE agen.p SET first = 'Helen', last = 'Okonkwo', c = 'ng', city = 'London' WHERE i = 5001;
UPDATE agen.p SET first = 'Gareth', last = 'Pryce', c = 'wa', city = 'Cardiff' WHERE i = 5002;
UPDATE agen.p SET first = 'Mairi', last = 'MacLeod', c = 'sc', city = 'Glasgow' WHERE i = 5003;
UPDATE agen.p SET first = 'Tomasz', last = 'Nowicki', c = 'pl', city = 'Leeds' WHERE i = 5004;
UPDATE agen.p SET first = 'Farah', last = 'Siddiqui', c = 'pk', city = 'Bradford' WHERE i = 5005;
UPDATE agen.p SET first = 'Ruth', last = 'Mensah', c = 'gh', city = 'London' WHERE i = 5006;
UPDATE agen.p SET first = 'Callum', last = 'Sinclair', c = 'sc', city = 'Edinburgh' WHERE i = 5007;
UPDATE agen.p SET first = 'Anjali', last = 'Desai', c = 'in', city = 'Leicester' WHERE i = 5008;

UPDATE agen.p SET
  full_name = CASE WHEN c = 'cn' AND i % 4 = 0 THEN upper(last) || ' ' || first WHEN c = 'en' AND i % 23 = 0 THEN first || ' ' || substr(last, 1, 1) || '.'
                   WHEN i % 31 = 0 THEN first || ' ' || fixture_gen.pick(ARRAY['J.', 'A.', 'M.', 'K.'], 'mid', i) || ' ' || last ELSE first || ' ' || last END,
  title = CASE WHEN first IN ('Charlotte', 'Emily', 'Sophie', 'Lucy', 'Mairi', 'Eilidh', 'Isla', 'Catriona', 'Carys', 'Ffion', 'Siân', 'Angharad', 'Aoife', 'Niamh', 'Orla',
       'Siobhán', 'Ayesha', 'Sana', 'Hina', 'Farah', 'Priya', 'Anjali', 'Kiran', 'Harpreet', 'Meera', 'Nusrat', 'Tahmina', 'Rokeya', 'Fahmida', 'Adaeze', 'Funmilayo', 'Ngozi',
       'Yetunde', 'Akosua', 'Abena', 'Efua', 'Ama', 'Hodan', 'Faadumo', 'Ayaan', 'Sahra', 'Marcia', 'Shanice', 'Keisha', 'Andrea', 'Joanna', 'Magdalena', 'Zofia', 'Agnieszka',
       'Ioana', 'Elena', 'Alexandra', 'Cristina', 'Xiaoling', 'Mei', 'Yan', 'Lina', 'Zeynep', 'Elif', 'Ayşe', 'Berfin', 'Inês', 'Beatriz', 'Mariana', 'Catarina', 'Helen',
       'Ruth') THEN fixture_gen.pick(ARRAY['Ms', 'Ms', 'Mrs', 'Miss', 'Ms', 'Mrs', 'Ms', 'Dr'], 'ttl', i) ELSE fixture_gen.pick(ARRAY['Mr', 'Mr', 'Mr', 'Mr', 'Mr', 'Mr', 'Dr'], 'ttl', i) END,
  street = agen.street(city, 'pst', i),
  postcode = agen.postcode(city, 'ppc', i),
  phone = agen.phone(city, 'pph', i);

UPDATE agen.p SET email = CASE fixture_gen.n('pem', i, 5)
    WHEN 0 THEN agen.fold(first) || '.' || agen.fold(last) WHEN 1 THEN substr(agen.fold(first), 1, 1) || agen.fold(last) || (i % 97)::text
    WHEN 2 THEN agen.fold(first) || agen.fold(last) || (1960 + fixture_gen.n('pyr', i, 45))::text WHEN 3 THEN agen.fold(first) || '_' || agen.fold(last)
    ELSE agen.fold(last) || '.' || agen.fold(first) END || '@'
  || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'icloud.com', 'proton.me',
                            'sky.com', 'virginmedia.com', 'talktalk.net', 'live.co.uk', 'googlemail.com'], 'pdom', i)
WHERE i < 1000 OR i > 2000;
UPDATE agen.p SET email = agen.fold(first) || '.' || agen.fold(last) || '@righttoask.example' WHERE i > 5000;
UPDATE agen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM agen.p) d
WHERE d.i = p.i AND d.rn > 1;

-- Journalists, researchers and campaign groups among the users: a work address.
UPDATE agen.p SET email = agen.fold(first) || '.' || agen.fold(last) || '@' || fixture_gen.pick(ARRAY['northernecho.example', 'bylinesnetwork.example', 'ferretnews.example',
    'leeds.ac.uk', 'gla.ac.uk', 'cardiff.ac.uk', 'shelter-campaigns.example', 'libertyhumanrights.example', 'thebristolcable.example'], 'pwork', i)
WHERE i <= 330 AND i % 11 = 4;

-- url_name as User::Slug makes it: the name's slug, _2, _3 for later namesakes.
ALTER TABLE agen.p ADD COLUMN slug text;
UPDATE agen.p p SET slug = d.s || CASE WHEN d.rn > 1 THEN '_' || d.rn::text ELSE '' END
FROM (SELECT i, agen.slug(full_name, 32) AS s, row_number() OVER (PARTITION BY agen.slug(full_name, 32) ORDER BY i) AS rn FROM agen.p) d WHERE d.i = p.i;

-- Admins' handles as Alaveteli's admin interface records them (their url_name).
CREATE FUNCTION agen.admin_handle(k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['helen_okonkwo', 'gareth_pryce', 'mairi_macleod', 'tomasz_nowicki', 'farah_siddiqui', 'ruth_mensah', 'callum_sinclair', 'anjali_desai'])[1 + (k % 8)]
$$;

-- ---------------------------------------------------------------------------
-- Public bodies (authorities), their translations, versions and tags.

CREATE TABLE agen.pb (k int PRIMARY KEY, name text, short text, dom text, mbox text, kind text, nation text, cy text);
INSERT INTO agen.pb VALUES
 (1, 'Leeds City Council', '', 'leeds.gov.uk', 'dpfoi', 'lc', 'England', NULL),
 (2, 'City of Bradford Metropolitan District Council', 'Bradford Council', 'bradford.gov.uk', 'foi', 'lc', 'England', NULL),
 (3, 'Sheffield City Council', '', 'sheffield.gov.uk', 'foi', 'lc', 'England', NULL),
 (4, 'Bristol City Council', '', 'bristol.gov.uk', 'foi', 'lc', 'England', NULL),
 (5, 'Manchester City Council', '', 'manchester.gov.uk', 'foi', 'lc', 'England', NULL),
 (6, 'Birmingham City Council', '', 'birmingham.gov.uk', 'foi.requests', 'lc', 'England', NULL),
 (7, 'Glasgow City Council', '', 'glasgow.gov.uk', 'foi', 'lc', 'Scotland', NULL),
 (8, 'City of Edinburgh Council', 'Edinburgh Council', 'edinburgh.gov.uk', 'foi', 'lc', 'Scotland', NULL),
 (9, 'Cardiff Council', '', 'cardiff.gov.uk', 'foi', 'lc', 'Wales', 'Cyngor Caerdydd'),
 (10, 'Belfast City Council', '', 'belfastcity.gov.uk', 'foi', 'lc', 'Northern Ireland', NULL),
 (11, 'Leicester City Council', '', 'leicester.gov.uk', 'info.requests', 'lc', 'England', NULL),
 (12, 'Norfolk County Council', '', 'norfolk.gov.uk', 'foi', 'lc', 'England', NULL),
 (13, 'Swansea Council', '', 'swansea.gov.uk', 'foi', 'lc', 'Wales', 'Cyngor Abertawe'),
 (14, 'London Borough of Hackney', 'Hackney Council', 'hackney.gov.uk', 'foi', 'lc', 'England', NULL),
 (15, 'London Borough of Tower Hamlets', 'Tower Hamlets Council', 'towerhamlets.gov.uk', 'foi', 'lc', 'England', NULL),
 (16, 'Royal Borough of Greenwich', 'Greenwich Council', 'royalgreenwich.gov.uk', 'foi', 'lc', 'England', NULL),
 (17, 'Luton Borough Council', '', 'luton.gov.uk', 'foi', 'lc', 'England', NULL),
 (18, 'Peterborough City Council', '', 'peterborough.gov.uk', 'foi', 'lc', 'England', NULL),
 (19, 'Oldham Council', '', 'oldham.gov.uk', 'foi', 'lc', 'England', NULL),
 (20, 'Southampton City Council', '', 'southampton.gov.uk', 'foi', 'lc', 'England', NULL),
 (21, 'Nottingham City Council', '', 'nottinghamcity.gov.uk', 'foi', 'lc', 'England', NULL),
 (22, 'City of York Council', 'York Council', 'york.gov.uk', 'foi', 'lc', 'England', NULL),
 (23, 'West Yorkshire Police', '', 'westyorkshire.police.uk', 'foi', 'pol', 'England', NULL),
 (24, 'Metropolitan Police Service', 'the Met', 'met.police.uk', 'foi', 'pol', 'England', NULL),
 (25, 'Police Scotland', '', 'scotland.police.uk', 'foi', 'pol', 'Scotland', NULL),
 (26, 'South Wales Police', '', 'south-wales.police.uk', 'foi', 'pol', 'Wales', 'Heddlu De Cymru'),
 (27, 'Greater Manchester Police', 'GMP', 'gmp.police.uk', 'foi', 'pol', 'England', NULL),
 (28, 'Avon and Somerset Constabulary', '', 'avonandsomerset.police.uk', 'foi', 'pol', 'England', NULL),
 (29, 'Police Service of Northern Ireland', 'PSNI', 'psni.police.uk', 'foi', 'pol', 'Northern Ireland', NULL),
 (30, 'Leeds Teaching Hospitals NHS Trust', '', 'nhs.net', 'leedsth-tr.foi', 'nhs', 'England', NULL),
 (31, 'Manchester University NHS Foundation Trust', 'MFT', 'mft.nhs.uk', 'foi', 'nhs', 'England', NULL),
 (32, 'NHS Greater Glasgow and Clyde', 'NHSGGC', 'ggc.scot.nhs.uk', 'foi', 'nhs', 'Scotland', NULL),
 (33, 'Cardiff and Vale University Health Board', '', 'wales.nhs.uk', 'foi.cav', 'nhs', 'Wales', 'Bwrdd Iechyd Prifysgol Caerdydd a''r Fro'),
 (34, 'University Hospitals Bristol and Weston NHS Foundation Trust', 'UHBW', 'uhbw.nhs.uk', 'foi', 'nhs', 'England', NULL),
 (35, 'NHS England', '', 'nhs.net', 'england.contactus', 'nhs', 'England', NULL),
 (36, 'Home Office', '', 'homeoffice.gov.uk', 'foirequests', 'cg', 'UK', NULL),
 (37, 'Department for Education', 'DfE', 'education.gov.uk', 'foi.request', 'cg', 'UK', NULL),
 (38, 'Department for Work and Pensions', 'DWP', 'dwp.gov.uk', 'freedom-of-information-request', 'cg', 'UK', NULL),
 (39, 'Ministry of Justice', 'MoJ', 'justice.gov.uk', 'data.access', 'cg', 'UK', NULL),
 (40, 'HM Revenue and Customs', 'HMRC', 'hmrc.gov.uk', 'foi.requests', 'cg', 'UK', NULL),
 (41, 'Department of Health and Social Care', 'DHSC', 'dhsc.gov.uk', 'foi', 'cg', 'UK', NULL),
 (42, 'Cabinet Office', '', 'cabinetoffice.gov.uk', 'foi-team', 'cg', 'UK', NULL),
 (43, 'Ministry of Defence', 'MOD', 'mod.gov.uk', 'cio-foi', 'cg', 'UK', NULL),
 (44, 'Department for Transport', 'DfT', 'dft.gov.uk', 'foi-advice-team', 'cg', 'UK', NULL),
 (45, 'Foreign, Commonwealth and Development Office', 'FCDO', 'fcdo.gov.uk', 'foi', 'cg', 'UK', NULL),
 (46, 'Scottish Government', '', 'gov.scot', 'foi', 'dev', 'Scotland', NULL),
 (47, 'Welsh Government', '', 'gov.wales', 'freedomofinformation', 'dev', 'Wales', 'Llywodraeth Cymru'),
 (48, 'The Executive Office (Northern Ireland)', 'TEO', 'executiveoffice-ni.gov.uk', 'foi', 'dev', 'Northern Ireland', NULL),
 (49, 'Information Commissioner''s Office', 'ICO', 'ico.org.uk', 'foi', 'reg', 'UK', NULL),
 (50, 'Environment Agency', '', 'environment-agency.gov.uk', 'enquiries', 'reg', 'England', NULL),
 (51, 'Ofsted', '', 'ofsted.gov.uk', 'foi', 'reg', 'England', NULL),
 (52, 'Transport for London', 'TfL', 'tfl.gov.uk', 'foi', 'reg', 'England', NULL),
 (53, 'British Broadcasting Corporation', 'BBC', 'bbc.co.uk', 'foi', 'reg', 'UK', NULL),
 (54, 'University of Leeds', '', 'leeds.ac.uk', 'foi', 'uni', 'England', NULL),
 (55, 'University of Glasgow', '', 'glasgow.ac.uk', 'foi', 'uni', 'Scotland', NULL),
 (56, 'Cardiff University', '', 'cardiff.ac.uk', 'inforequest', 'uni', 'Wales', 'Prifysgol Caerdydd'),
 (57, 'Network Rail', '', 'networkrail.co.uk', 'foi', 'co', 'UK', NULL),
 (58, 'High Speed Two (HS2) Limited', 'HS2 Ltd', 'hs2.org.uk', 'foi', 'co', 'England', NULL),
 (59, 'Yorkshire Water Services Ltd', 'Yorkshire Water', 'yorkshirewater.co.uk', 'eir', 'co', 'England', NULL),
 (60, 'Historic England', '', 'historicengland.org.uk', 'foi', 'reg', 'England', NULL),
 (61, 'Natural England', '', 'naturalengland.org.uk', 'foi', 'reg', 'England', NULL),
 (62, 'Leeds Community Healthcare NHS Trust', '', 'nhs.net', 'lch.foi', 'nhs', 'England', NULL),
 (63, 'Strathclyde Partnership for Transport', 'SPT', 'spt.co.uk', 'foi', 'reg', 'Scotland', NULL),
 (64, 'Internal admin authority', '', 'righttoask.example', 'team', 'int', 'UK', NULL);

-- Officers at the bodies: people 1001-1160, two or three per body.
UPDATE agen.p SET email = agen.fold(first) || '.' || agen.fold(last) || '@' || b.dom
FROM agen.pb b WHERE agen.p.i BETWEEN 1001 AND 1160 AND b.k = 1 + (agen.p.i - 1001) % 63;
CREATE FUNCTION agen.officer(body int, n int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT 1000 + body + 63 * (abs(n) % (CASE WHEN body <= 34 THEN 3 ELSE 2 END)) $$;
CREATE FUNCTION agen.body_email(body int) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT mbox || '@' || dom FROM agen.pb WHERE k = body $$;
CREATE FUNCTION agen.team(body int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE kind WHEN 'lc' THEN 'Information Governance Team' WHEN 'pol' THEN 'Freedom of Information Unit' WHEN 'nhs' THEN 'FOI Office'
                   WHEN 'cg' THEN 'FOI Team' WHEN 'uni' THEN 'Information Compliance' ELSE 'Information Rights Team' END
  FROM agen.pb WHERE k = body
$$;

CREATE TABLE public_bodies (
    id serial PRIMARY KEY,
    version integer NOT NULL,
    last_edit_editor character varying NOT NULL,
    last_edit_comment text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    home_page text,
    api_key character varying NOT NULL,
    info_requests_count integer DEFAULT 0 NOT NULL,
    info_requests_successful_count integer,
    info_requests_not_held_count integer,
    info_requests_overdue_count integer,
    info_requests_visible_classified_count integer,
    info_requests_visible_count integer DEFAULT 0 NOT NULL
);

CREATE TABLE public_body_versions (
    id serial PRIMARY KEY,
    public_body_id integer,
    version integer,
    name text,
    short_name text,
    request_email text,
    updated_at timestamp without time zone,
    last_edit_editor character varying,
    last_edit_comment text,
    url_name text,
    home_page text,
    notes text,
    publication_scheme text,
    disclosure_log text
);

-- Version history: 1 to 5 edits per body, some changing the request email.
CREATE TABLE agen.pbv (k int, v int, at timestamp, editor text, comment text, mbox text);
INSERT INTO agen.pbv
SELECT b.k, v,
       agen.at('pbvat', b.k * 10 + v, timestamp '2012-03-01' + make_interval(months => v * 30 - 30), timestamp '2012-03-01' + make_interval(months => least(v * 30, 142))),
       agen.admin_handle(b.k + v),
       CASE WHEN v = 1 THEN fixture_gen.pick(ARRAY['Initial import', 'Added from the UK public bodies list', 'Imported from CSV (uk_bodies_2012.csv)'], 'pbvc1', b.k)
            ELSE fixture_gen.pick(ARRAY[
              'Request email bounced, updated from the authority''s website.',
              'Updated request email as asked by @@officer@@ (Information Governance Manager) by phone on @@date@@.',
              'Change request #@@n@@ from a user: new FOI address.',
              'Added disclosure log link.',
              'Publication scheme URL changed after website redesign.',
              'Typo in name.',
              'Merged notes about the school admissions team.',
              'Body renamed following reorganisation.',
              'Emailed @@officer_email@@ to confirm the new address; confirmed.',
              'Set request email to the generic mailbox rather than @@officer@@''s personal address.'], 'pbvc', b.k * 10 + v) END,
       CASE WHEN v < n.nv AND v % 2 = 1 AND b.kind IN ('lc', 'nhs', 'pol') THEN 'foi.requests' ELSE b.mbox END
FROM agen.pb b CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('pbnv', b.k, 5) AS nv) n CROSS JOIN LATERAL generate_series(1, n.nv) v
WHERE b.kind <> 'int';
UPDATE agen.pbv SET comment = replace(replace(replace(replace(comment,
    '@@officer@@', (SELECT full_name FROM agen.p WHERE i = agen.officer(k, v))),
    '@@officer_email@@', (SELECT email FROM agen.p WHERE i = agen.officer(k, v))),
    '@@date@@', to_char(at - interval '2 days', 'FMDD FMMonth')),
    '@@n@@', (100 + fixture_gen.n('pbcr', k * 10 + v, 4000))::text);
INSERT INTO agen.pbv VALUES (64, 1, timestamp '2012-02-14 11:02:37.118231', 'internal_admin', 'Made by PublicBody.internal_admin_body', 'team');

CREATE FUNCTION agen.home(b agen.pb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN b.kind = 'int' THEN '' WHEN b.k = 30 THEN 'https://www.leedsth.nhs.uk' WHEN b.k = 35 THEN 'https://www.england.nhs.uk'
              WHEN b.k = 62 THEN 'https://www.leedscommunityhealthcare.nhs.uk' WHEN b.k = 33 THEN 'https://cavuhb.nhs.wales' ELSE 'https://www.' || b.dom END
$$;

CREATE FUNCTION agen.pb_notes(b agen.pb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN b.kind = 'int' THEN ''
    WHEN b.k IN (1, 6, 24) THEN '<p>This authority publishes a <a href="' || agen.home(b) || '/foi/disclosure-log">disclosure log</a> of responses. Requests about individual schools should go to the school.</p>'
    WHEN b.k IN (7, 25, 32, 46, 55, 63) THEN '<p>' || b.name || ' is covered by the Freedom of Information (Scotland) Act 2002 rather than the UK Act. Appeals go to the Scottish Information Commissioner.</p>'
    WHEN b.k = 30 THEN '<p>The trust''s FOI lead, ' || (SELECT full_name FROM agen.p WHERE i = agen.officer(30, 0)) || ', has asked that requests about individual patients are not made here but to the PALS team on 0113 206 ' || fixture_gen.digits('pals', 1, 4) || '.</p>'
    WHEN b.k = 59 THEN '<p>Water companies are covered by the Environmental Information Regulations only.</p>'
    WHEN b.k IN (57, 58) THEN '<p>A publicly owned company; FOI applies.</p>'
    WHEN b.k = 15 THEN '<p>Tower Hamlets asks requesters to quote their case reference. Contact for the FOI team: ' || (SELECT full_name FROM agen.p WHERE i = agen.officer(15, 1)) || ', 020 7364 ' || fixture_gen.digits('th', 1, 4) || '.</p>'
    WHEN b.kind = 'pol' THEN '<p>Police forces often neither confirm nor deny whether information is held (sections 23, 24, 30 and 31).</p>'
    WHEN b.kind = 'uni' THEN '<p>Universities are covered for their public functions. Research data requests may be refused under section 22A.</p>'
    ELSE '' END
$$;

INSERT INTO public_bodies (id, version, last_edit_editor, last_edit_comment, created_at, updated_at, home_page, api_key, info_requests_count, info_requests_visible_count)
SELECT b.k, lv.v, lv.editor, lv.comment, fv.at, lv.at, agen.home(b), fixture_gen.b64('pbak', b.k, 33), 0, 0
FROM agen.pb b
JOIN LATERAL (SELECT * FROM agen.pbv WHERE k = b.k ORDER BY v DESC LIMIT 1) lv ON true
JOIN LATERAL (SELECT * FROM agen.pbv WHERE k = b.k ORDER BY v LIMIT 1) fv ON true
ORDER BY b.k;

INSERT INTO public_body_versions (public_body_id, version, name, short_name, request_email, updated_at, last_edit_editor, last_edit_comment, url_name, home_page, notes,
                                  publication_scheme, disclosure_log)
SELECT v.k, v.v, CASE WHEN v.v = 1 AND b.k = 45 THEN 'Foreign and Commonwealth Office' WHEN v.v = 1 AND b.k = 4 THEN 'Bristol City Council' ELSE b.name END,
       CASE WHEN v.v = 1 AND b.k = 45 THEN 'FCO' ELSE b.short END, v.mbox || '@' || b.dom, v.at, v.editor, v.comment,
       agen.slug(CASE WHEN b.short <> '' AND b.kind <> 'int' THEN b.short ELSE b.name END, 64),
       agen.home(b), CASE WHEN v.v = 1 THEN '' ELSE agen.pb_notes(b) END,
       CASE WHEN b.kind = 'int' OR v.v = 1 THEN '' ELSE agen.home(b) || '/publication-scheme' END,
       CASE WHEN b.kind = 'int' OR v.v < 3 THEN '' ELSE agen.home(b) || '/foi/disclosure-log' END
FROM agen.pbv v JOIN agen.pb b ON b.k = v.k ORDER BY v.at, v.k;

CREATE TABLE public_body_translations (
    id serial PRIMARY KEY,
    public_body_id integer NOT NULL REFERENCES public_bodies (id),
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    short_name text,
    request_email text,
    url_name text,
    notes text,
    first_letter character varying,
    publication_scheme text,
    name text,
    disclosure_log text
);
INSERT INTO public_body_translations (public_body_id, locale, created_at, updated_at, short_name, request_email, url_name, notes, first_letter, publication_scheme, name, disclosure_log)
SELECT pv.public_body_id, 'en', pb.created_at, pb.updated_at, pv.short_name, pv.request_email, pv.url_name, agen.pb_notes(b), upper(left(b.name, 1)), pv.publication_scheme, b.name, pv.disclosure_log
FROM public_bodies pb JOIN agen.pb b ON b.k = pb.id
JOIN LATERAL (SELECT * FROM public_body_versions WHERE public_body_id = pb.id ORDER BY version DESC LIMIT 1) pv ON true
UNION ALL
SELECT b.k, 'cy', pb.created_at + interval '400 days', pb.updated_at, '', agen.body_email(b.k), agen.slug(b.cy, 64),
       '<p>Mae''r corff hwn yn ddarostyngedig i Ddeddf Rhyddid Gwybodaeth 2000.</p>', upper(left(b.cy, 1)), agen.home(b) || '/cy/cynllun-cyhoeddi', b.cy, ''
FROM agen.pb b JOIN public_bodies pb ON pb.id = b.k WHERE b.cy IS NOT NULL
ORDER BY 1, 2;
UPDATE public_body_translations SET request_email = 'team@righttoask.example' WHERE public_body_id = 64;
UPDATE public_body_versions SET request_email = 'team@righttoask.example' WHERE public_body_id = 64;

-- Tags on bodies: categories, and machine tags whose value is an identifier.
CREATE TABLE has_tag_string_tags (
    id serial PRIMARY KEY,
    model_id integer NOT NULL,
    name text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    value text,
    model_type character varying NOT NULL
);
INSERT INTO has_tag_string_tags (model_id, name, created_at, updated_at, value, model_type)
SELECT b.k, t.name, pb.created_at + interval '1 hour', pb.updated_at, t.value, 'PublicBody'
FROM agen.pb b JOIN public_bodies pb ON pb.id = b.k
CROSS JOIN LATERAL (VALUES
   (CASE b.kind WHEN 'lc' THEN 'local_council' WHEN 'pol' THEN 'police' WHEN 'nhs' THEN 'nhs' WHEN 'cg' THEN 'central_government' WHEN 'uni' THEN 'university'
                WHEN 'dev' THEN 'devolved_government' WHEN 'co' THEN 'public_company' WHEN 'int' THEN 'site_administration' ELSE 'regulator' END, NULL::text),
   (CASE WHEN b.kind IN ('lc', 'pol', 'nhs', 'dev') THEN lower(replace(b.nation, ' ', '_')) END, NULL),
   (CASE WHEN b.kind = 'lc' THEN 'ons' END, CASE WHEN b.nation = 'Scotland' THEN 'S120000' WHEN b.nation = 'Wales' THEN 'W060000' WHEN b.nation = 'Northern Ireland' THEN 'N090000' ELSE 'E0' || (6 + b.k % 3)::text || '0000' END || lpad((b.k * 7 % 99)::text, 2, '0')),
   (CASE WHEN b.kind <> 'int' THEN 'wikidata' END, 'Q' || (100000 + fixture_gen.n('wd', b.k, 8000000))::text),
   (CASE WHEN b.kind IN ('co') OR b.k IN (53, 60) THEN 'company_number' END, lpad(fixture_gen.digits('crn', b.k, 8), 8, '0')),
   (CASE WHEN b.kind = 'uni' OR b.k IN (53, 60) THEN 'charity' END, CASE WHEN b.nation = 'Scotland' THEN 'SC0' || fixture_gen.digits('chs', b.k, 5) ELSE (1000000 + fixture_gen.n('chn', b.k, 180000))::text END),
   (CASE WHEN b.k = 59 THEN 'eir_only' WHEN b.k IN (35, 48) THEN 'not_many_requests' END, NULL),
   (CASE WHEN b.kind = 'pol' THEN 'force_code' END, lpad((b.k % 50)::text, 2, '0')),
   (CASE WHEN b.kind = 'lc' THEN 'gss' END, CASE WHEN b.nation = 'Scotland' THEN 'S12' WHEN b.nation = 'Wales' THEN 'W06' ELSE 'E08' END || lpad(fixture_gen.digits('gss', b.k, 6), 6, '0'))
) t(name, value)
WHERE t.name IS NOT NULL
ORDER BY b.k;

-- ---------------------------------------------------------------------------
-- Users, roles, sign-ins and profile photos. Users 1-330 are people 1-330;
-- 331-338 the Trust's staff (people 5001-5008); 339 the internal admin user.

CREATE TABLE users (
    id serial PRIMARY KEY,
    email character varying NOT NULL,
    name character varying NOT NULL,
    hashed_password character varying NOT NULL,
    salt character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    email_confirmed boolean DEFAULT false NOT NULL,
    url_name text NOT NULL,
    last_daily_track_email timestamp without time zone,
    ban_text text DEFAULT ''::text NOT NULL,
    about_me text DEFAULT ''::text NOT NULL,
    locale character varying,
    email_bounced_at timestamp without time zone,
    email_bounce_message text DEFAULT ''::text NOT NULL,
    no_limit boolean DEFAULT false NOT NULL,
    receive_email_alerts boolean DEFAULT true NOT NULL,
    can_make_batch_requests boolean DEFAULT false NOT NULL,
    otp_enabled boolean DEFAULT false NOT NULL,
    otp_secret_key character varying,
    otp_counter integer DEFAULT 1,
    confirmed_not_spam boolean DEFAULT false NOT NULL,
    comments_count integer DEFAULT 0 NOT NULL,
    info_requests_count integer DEFAULT 0 NOT NULL,
    track_things_count integer DEFAULT 0 NOT NULL,
    request_classifications_count integer DEFAULT 0 NOT NULL,
    public_body_change_requests_count integer DEFAULT 0 NOT NULL,
    info_request_batches_count integer DEFAULT 0 NOT NULL,
    daily_summary_hour integer,
    daily_summary_minute integer,
    closed_at timestamp without time zone,
    login_token character varying,
    receive_user_messages boolean DEFAULT true NOT NULL,
    user_messages_count integer DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX index_users_on_lower_email ON users (lower((email)::text));
CREATE UNIQUE INDEX index_users_on_url_name ON users (url_name);

CREATE TABLE agen.u (id int PRIMARY KEY, p int, created timestamp, erased boolean, closed boolean, banned int, pro boolean);
INSERT INTO agen.u
SELECT i, i, agen.at('ucr', i, '2012-05-01', '2024-02-20'), i IN (37, 118, 203, 291), i IN (37, 118, 203, 291, 64, 150, 244),
       CASE WHEN i IN (88, 171, 259) THEN i % 3 + 1 ELSE 0 END, i % 16 = 5 OR i IN (12, 40, 77)
FROM generate_series(1, 330) i
UNION ALL SELECT 330 + k, 5000 + k, agen.at('ucra', k, '2012-03-01', '2021-09-01'), false, false, 0, k <= 2 FROM generate_series(1, 8) k;

CREATE FUNCTION agen.about(p agen.p, k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n('about', k, 26)
    WHEN 0 THEN 'Journalist at ' || fixture_gen.pick(ARRAY['the Northern Echo', 'the Bristol Cable', 'The Ferret', 'a regional daily', 'the Bureau Local'], 'abp', k) || '. Interested in housing, policing and council spending.'
    WHEN 1 THEN 'PhD researcher looking at stop and search and use of force data. Happy to share what I get: ' || p.email
    WHEN 2 THEN 'Parent of two children at a ' || p.city || ' primary school. Campaigning for a safe crossing on ' || regexp_replace(p.street, '^(Flat [0-9]+, )?[0-9]+ ', '') || '.'
    WHEN 3 THEN 'Retired nurse. I ask about waiting times and staffing at my local hospital.'
    WHEN 4 THEN 'Volunteer at a food bank in ' || p.city || '. Twitter/X: @' || agen.fold(p.first) || '_' || substr(agen.fold(p.last), 1, 4) || (p.i % 90)::text
    WHEN 5 THEN 'Tenant rep for the residents'' association at ' || p.street || ', ' || p.city || ' ' || p.postcode || '. Call me on ' || p.phone || ' about repairs.'
    WHEN 6 THEN 'Independent researcher. All my requests are published here.'
    WHEN 7 THEN 'Ymgyrchydd iaith Gymraeg. Welsh-language campaigner; I ask public bodies about their Welsh language schemes.'
    WHEN 8 THEN 'I am a wheelchair user and ask about accessible transport and blue badge enforcement.'
    WHEN 9 THEN 'Local history society, ' || p.city || '.'
    WHEN 10 THEN 'Data journalist. PGP key on request. Signal: ' || p.phone
    WHEN 11 THEN 'Law student interested in immigration detention.'
    ELSE '' END
$$;

INSERT INTO users (id, email, name, hashed_password, salt, created_at, updated_at, email_confirmed, url_name, last_daily_track_email, ban_text, about_me, locale,
                   email_bounced_at, email_bounce_message, no_limit, receive_email_alerts, can_make_batch_requests, otp_enabled, otp_secret_key, otp_counter,
                   confirmed_not_spam, daily_summary_hour, daily_summary_minute, closed_at, login_token, receive_user_messages)
SELECT u.id,
       CASE WHEN u.erased THEN substr(encode(sha256(convert_to('erase' || u.id, 'UTF8')), 'hex'), 1, 40) || '@invalid' ELSE pe.email END,
       CASE WHEN u.erased THEN '[Name Removed]' ELSE pe.full_name END,
       fixture_gen.bcrypt('upw', u.id),
       CASE WHEN u.created < '2019-06-01' AND u.id % 5 <> 0 THEN (46900000000000 + fixture_gen.n('uso', u.id, 99999999)::bigint * 1000)::text || '0.' || fixture_gen.digits('usr', u.id, 16) END,
       u.created, agen.at('uup', u.id, u.created, '2024-03-01'),
       u.id % 29 <> 3,
       CASE WHEN u.erased THEN substr(encode(sha256(convert_to('eraseslug' || u.id, 'UTF8')), 'hex'), 1, 40) ELSE pe.slug END,
       agen.at('uldt', u.id, '2024-02-20', '2024-03-01'),
       CASE u.banned WHEN 1 THEN 'This account has been suspended for sending abusive messages to authority staff. If you think this is a mistake please contact us.'
                     WHEN 2 THEN 'Banned: spam (links to loan websites in requests and annotations).'
                     WHEN 3 THEN 'Suspended after repeated requests for a named social worker''s home address and phone number. Complaint from ' || (SELECT name FROM agen.pb WHERE k = 1 + u.id % 22) || ', ref ' || (2000 + u.id)::text || '.'
                     ELSE '' END,
       CASE WHEN u.erased OR u.id > 330 THEN '' ELSE agen.about(pe, u.id) END,
       CASE WHEN pe.c = 'wa' AND u.id % 3 = 0 THEN 'cy' WHEN u.id % 7 = 0 THEN NULL ELSE 'en' END,
       CASE WHEN u.id % 41 = 9 THEN agen.at('ubnc', u.id, u.created, '2024-02-01') END,
       CASE WHEN u.id % 41 = 9 THEN '<' || pe.email || '>: host ' || CASE WHEN pe.email LIKE '%gmail.com' THEN 'gmail-smtp-in.l.google.com[142.250.' || (u.id % 200)::text || '.27]' ELSE 'mx' || (u.id % 4)::text || '.' || split_part(pe.email, '@', 2) || '[' || fixture_gen.ipv4('mxip', u.id) || ']' END
            || ' said: 550 5.1.1 <' || pe.email || '>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)' ELSE '' END,
       u.id > 330 OR u.id IN (12, 40, 77, 150),
       u.id % 9 <> 2,
       u.pro OR u.id > 330,
       u.id > 330 OR u.id % 26 = 1,
       CASE WHEN u.id > 330 OR u.id % 26 = 1 THEN agen.b32('otp', u.id, 16) END,
       CASE WHEN u.id > 330 OR u.id % 26 = 1 THEN 1 + fixture_gen.n('otpc', u.id, 60) ELSE 1 END,
       u.id % 4 <> 1 OR u.id > 330,
       fixture_gen.n('dsh', u.id, 24), fixture_gen.n('dsm', u.id, 60),
       CASE WHEN u.closed THEN agen.at('ucl', u.id, '2022-01-01', '2024-02-01') END,
       CASE WHEN u.id % 6 <> 0 THEN translate(agen.rnd('ulog', u.id, 22), '0OIl', 'xyzw') END,
       u.id % 17 <> 8
FROM agen.u u JOIN agen.p pe ON pe.i = u.p
ORDER BY u.id;
INSERT INTO users (id, email, name, hashed_password, salt, created_at, updated_at, email_confirmed, url_name, about_me, locale, no_limit, can_make_batch_requests,
                   confirmed_not_spam, daily_summary_hour, daily_summary_minute, login_token)
VALUES (339, 'team@righttoask.example', 'Internal admin user', fixture_gen.bcrypt('upw', 339), NULL, '2012-02-14 11:02:36.904221', '2012-02-14 11:02:36.904221', true,
        'internal_admin_user', '', 'en', true, true, true, 3, 12, NULL);

CREATE TABLE roles (
    id serial PRIMARY KEY,
    name character varying,
    resource_type character varying,
    resource_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
INSERT INTO roles (name, resource_type, resource_id, created_at, updated_at) VALUES
  ('admin', NULL, NULL, '2016-11-08 10:14:02.331108', '2016-11-08 10:14:02.331108'),
  ('pro', NULL, NULL, '2017-03-21 15:40:11.982201', '2017-03-21 15:40:11.982201'),
  ('pro_admin', NULL, NULL, '2017-03-21 15:40:12.001733', '2017-03-21 15:40:12.001733'),
  ('notifications_tester', NULL, NULL, '2017-06-02 09:21:45.618420', '2017-06-02 09:21:45.618420'),
  ('project_owner', NULL, NULL, '2020-05-11 12:03:19.240117', '2020-05-11 12:03:19.240117'),
  ('project_contributor', NULL, NULL, '2020-05-11 12:03:19.261004', '2020-05-11 12:03:19.261004');

CREATE TABLE users_roles (
    user_id integer REFERENCES users (id),
    role_id integer REFERENCES roles (id)
);
INSERT INTO users_roles
SELECT id, 1 FROM users WHERE id BETWEEN 331 AND 339
UNION ALL SELECT id, 3 FROM users WHERE id IN (331, 332, 339)
UNION ALL SELECT u.id, 2 FROM agen.u u WHERE u.pro
UNION ALL SELECT id, 4 FROM users WHERE id IN (333, 335)
ORDER BY 1, 2;

CREATE TABLE user_sign_ins (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    ip inet,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    country character varying
);
INSERT INTO user_sign_ins (user_id, ip, created_at, updated_at, country)
SELECT x.uid, x.ip::inet, x.t, x.t, x.cc
FROM (SELECT CASE WHEN k % 5 = 0 THEN 331 + k % 8 ELSE 1 + fixture_gen.n('siu', k, 330) END AS uid,
             CASE WHEN k % 9 = 4 THEN fixture_gen.ipv6('sip6', k) ELSE fixture_gen.ipv4('sip', k / 3) END AS ip,
             agen.at('sit', k, '2023-12-03', '2024-03-01') AS t,
             fixture_gen.pick(ARRAY['GB', 'GB', 'GB', 'GB', 'GB', 'GB', 'GB', 'GB', 'IE', 'PL', 'NG', 'FR', 'US', 'NL', 'ES', 'DE'], 'sicc', k) AS cc
      FROM generate_series(1, 420) k) x
JOIN users u ON u.id = x.uid AND u.closed_at IS NULL
ORDER BY x.t;

CREATE TABLE profile_photos (
    id serial PRIMARY KEY,
    data bytea NOT NULL,
    user_id integer REFERENCES users (id),
    draft boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
-- 96x96 PNGs as ProfilePhoto resizes them: signature, IHDR, then compressed-looking bytes.
INSERT INTO profile_photos (data, user_id, draft, created_at, updated_at)
SELECT decode('89504e470d0a1a0a0000000d49484452000000600000006008020000006d' || substr(fixture_gen.hexn('ihdrcrc', u.id, 8), 1, 6), 'hex')
       || decode('00000b' || fixture_gen.hexn('idatlen', u.id, 4) || '49444154789c', 'hex')
       || decode(fixture_gen.hexn('photo', u.id, 1400 + 2 * fixture_gen.n('phl', u.id, 600)), 'hex')
       || decode('0000000049454e44ae426082', 'hex'),
       u.id, u.id % 13 = 0, t.t, t.t
FROM users u CROSS JOIN LATERAL (SELECT agen.at('ppt', u.id, u.created_at, '2024-02-28') AS t) t
WHERE (u.id % 7 = 2 OR u.id > 330) AND u.name <> '[Name Removed]' AND u.id <> 339
ORDER BY t.t;

-- ---------------------------------------------------------------------------
-- Requests. Templates of what people ask; @@...@@ is filled per request.

CREATE TABLE agen.tpl (t int PRIMARY KEY, kinds text[], eir boolean, personal int, title text, ask text);
INSERT INTO agen.tpl VALUES
 (1, '{pol}', false, 0, 'Use of live facial recognition technology', E'1. On how many occasions since 1 January @@y1@@ has the force deployed live facial recognition?\n2. For each deployment, the location, the size of the watchlist and the number of alerts.\n3. The number of arrests that followed an alert.'),
 (2, '{pol}', false, 0, 'Stop and search by ethnicity @@y@@', E'Please provide the number of stop and searches carried out in @@y@@, broken down by the self-defined ethnicity of the person stopped and by the legal power used (s1 PACE, s23 Misuse of Drugs Act, s60 CJPOA).'),
 (3, '{pol}', false, 0, 'Officers under investigation for misconduct', E'How many serving officers were under investigation for gross misconduct on 31 March @@y@@, and how many of those were on restricted duties?'),
 (4, '{lc}', false, 0, 'Temporary accommodation spending @@y@@/@@y2@@', E'1. Total spend on temporary accommodation for homeless households in @@y@@/@@y2@@.\n2. The number of households placed in bed and breakfast accommodation for more than six weeks.\n3. The five largest providers by spend.'),
 (5, '{lc}', false, 0, 'Pothole compensation claims on @@road@@', E'How many compensation claims were received for damage caused by potholes on @@road@@ in the last three financial years, and how much was paid out?'),
 (6, '{nhs,cg}', false, 0, 'Contracts with Palantir for the Federated Data Platform', E'Please send me copies of any contracts, data protection impact assessments and data sharing agreements relating to the Federated Data Platform.'),
 (7, '{nhs}', false, 0, 'Agency nurse spending in A&E @@y@@', E'What was the total spend on agency and bank nursing staff in the Emergency Department in @@y@@, by month?'),
 (8, '{nhs}', false, 0, 'Waiting times for adult ADHD assessment', E'1. The current median and longest wait from referral to assessment for adult ADHD.\n2. The number of adults on the waiting list.'),
 (9, '{cg}', false, 0, 'Contracts for asylum accommodation in @@city@@', E'Please list the hotels and other sites in @@city@@ used as contingency asylum accommodation since @@y1@@, with the contract value for each.'),
 (10, '{cg}', false, 0, 'Universal Credit sanctions by Jobcentre', E'The number of Universal Credit sanctions applied in each Jobcentre in @@city@@ in @@y@@, by sanction level.'),
 (11, '{lc,cg}', false, 0, 'Children missing education @@y@@', E'How many children were recorded as missing education on the census date in @@y@@, and how many of those had an EHC plan?'),
 (12, '{lc}', false, 1, 'Expenses claimed by Councillor @@cllr@@', E'Please provide the expenses claimed by Councillor @@cllr@@ in the last two municipal years, with receipts for any claim over £100.'),
 (13, '{lc}', false, 1, 'Correspondence with Cllr @@cllr@@ about the @@road@@ development', E'Please provide all emails and letters between planning officers and Councillor @@cllr@@ about the planning application for land at @@road@@ between 1 January and 30 June @@y@@.'),
 (14, '{lc,reg}', true, 0, 'Air quality monitoring data for @@road@@', E'Under the Environmental Information Regulations, please provide the hourly NO2 readings from the diffusion tubes and automatic monitor on @@road@@ for @@y@@.'),
 (15, '{co}', true, 0, 'Storm overflow discharges into the River Aire', E'Please provide the event duration monitoring data for every storm overflow discharging into the River Aire in @@y@@, with spill counts and total hours.'),
 (16, '{lc,dev,nhs}', false, 0, 'Compliance with the Welsh Language Standards', E'Faint o gwynion a dderbyniwyd ynghylch Safonau''r Gymraeg yn @@y@@? How many complaints about the Welsh Language Standards were received in @@y@@ and how were they resolved?'),
 (17, '{uni}', false, 0, 'Vice-Chancellor''s travel expenses @@y@@', E'Please list each trip abroad taken by the Vice-Chancellor in @@y@@ with its destination, purpose and cost, including flights and hotels.'),
 (18, '{uni,nhs,lc}', false, 0, 'Non-disclosure agreements in settlement agreements', E'How many settlement agreements containing confidentiality clauses were signed with departing staff in each of the last five years, and what was the total paid?'),
 (19, '{co}', false, 0, 'Consultancy spend on the Euston station redesign', E'The total paid to external consultants for the Euston redesign since @@y1@@, by supplier.'),
 (20, '{pol}', false, 0, 'Body-worn video retention policy', E'Please send me the force''s current policy on the retention and deletion of body-worn video footage, and any DPIA for it.'),
 (21, '{lc}', false, 0, 'List of empty residential properties @@y@@', E'A list of residential properties that have been empty for more than six months, with the address, the date it became empty and whether it is council owned.'),
 (22, '{lc}', false, 0, 'Business rates accounts with credit balances', E'Please provide a list of all business rates accounts currently in credit, with the account holder name, the property address and the amount of the credit.'),
 (23, '{lc}', false, 2, 'My housing application (ref @@ref@@)', E'I applied for housing in @@y@@ and have heard nothing. My reference is @@ref@@ and my date of birth is @@dob@@. Please tell me where I am on the list and what banding I was given. I live at @@addr@@ with my three children.'),
 (24, '{pol,lc,cg,nhs}', false, 2, 'All information you hold about me', E'Please send me copies of all records you hold about me, @@name@@, date of birth @@dob@@, National Insurance number @@nino@@, including emails that mention me.'),
 (25, '{lc}', false, 0, 'Parking fines issued on @@road@@', E'The number of penalty charge notices issued on @@road@@ in each month of @@y@@, and how many were cancelled on appeal.'),
 (26, '{lc}', false, 0, 'Blue Badge fraud investigations', E'How many investigations into misuse of Blue Badges were opened in @@y@@, and how many led to prosecution?'),
 (27, '{lc,pol,nhs,uni,cg}', false, 0, 'Staff sickness absence due to stress @@y@@', E'The number of working days lost to stress, anxiety and depression in @@y@@, by directorate.'),
 (28, '{lc}', false, 0, 'Cladding remediation in council tower blocks', E'Which council-owned residential buildings over 18 metres still have ACM or HPL cladding, and what is the timetable for its removal?'),
 (29, '{lc,cg,nhs,uni,reg,pol}', false, 0, 'Gifts and hospitality register @@y@@', E'Please send me the gifts and hospitality register for senior officers for @@y@@.'),
 (30, '{lc,cg,dev}', false, 0, 'RAAC in school buildings', E'Please list the schools in your area where reinforced autoclaved aerated concrete has been confirmed, the date of confirmation and the mitigation in place.'),
 (31, '{lc}', false, 0, 'Fire safety inspections at the @@hotel@@', E'Copies of the fire risk assessments and inspection reports for the @@hotel@@ since @@y1@@.'),
 (32, '{nhs,reg,cg,uni}', false, 0, 'Minutes of the board meeting of @@date@@', E'Please send the minutes and papers of the board meeting held on @@date@@, including the part held in private.'),
 (33, '{pol}', false, 0, 'Speeding offences by police vehicles', E'How many speed camera activations involved marked or unmarked police vehicles in @@y@@, and how many were not exempt?'),
 (34, '{lc}', true, 0, 'Felling of street trees on @@road@@', E'Under the EIR, please send the tree survey, the reasons and the decision record for the felling of the street trees on @@road@@.'),
 (35, '{lc,cg,pol,nhs,uni,reg,dev}', false, 0, 'FOI request handling statistics @@y@@', E'The number of FOI and EIR requests received in @@y@@, how many were answered within 20 working days, and how many internal reviews overturned the original decision.'),
 (36, '{lc}', false, 0, 'Section 21 homelessness approaches', E'How many households approached the council as homeless because of a section 21 notice in @@y@@?'),
 (37, '{lc}', false, 0, 'Bus gate camera on @@road@@', E'How many penalty charge notices has the bus gate camera on @@road@@ issued since it started operating, and what was the income?'),
 (38, '{pol}', false, 1, 'Complaint about PCSO @@officer@@', E'I complained on @@date@@ about the conduct of PCSO @@officer@@ at @@road@@. Please send me the outcome of the investigation and any bodycam footage of me. My complaint number is @@ref@@.'),
 (39, '{cg}', false, 0, 'Immigration detention of pregnant women @@y@@', E'How many pregnant women were detained under immigration powers in @@y@@, and for how long?'),
 (40, '{reg}', false, 0, 'Complaints about FOI handling by @@authority@@', E'How many decision notices has the Commissioner issued against @@authority@@ since @@y1@@, and how many found a breach of section 10?'),
 (41, '{nhs}', false, 2, 'Records of my late mother''s care at @@hospital@@', E'My mother, @@relative@@, died at @@hospital@@ on @@date@@. Please send me the records of the investigation into her fall on Ward 14 and the name of the nurse in charge. I am her next of kin; my address is @@addr@@.'),
 (42, '{lc}', false, 2, 'Social services file for my son', E'Please release the social care records for my son @@child@@ (born @@cdob@@), including the assessment by @@officer@@ in @@y@@. We live at @@addr@@.');

CREATE FUNCTION agen.pid(uid int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN uid BETWEEN 331 AND 338 THEN uid + 4670 ELSE uid END $$;

CREATE TABLE agen.r (id int PRIMARY KEY, uid int, body int, t int, created timestamp, state text, law text, prominence text, title text, ask text, sig text,
                     batch int, ext_name text, ext_url text, embargo boolean, sent_email text, officer int, ref text);
-- which bodies a template may go to
CREATE FUNCTION agen.body_for(t int, k int) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT b.k FROM agen.pb b, agen.tpl tp
  WHERE tp.t = $1 AND b.kind = ANY (tp.kinds) AND (tp.t <> 16 OR b.nation = 'Wales') AND (tp.t <> 15 OR b.k = 59) AND (tp.t <> 19 OR b.k = 58) AND (tp.t <> 41 OR b.k IN (30, 31, 32, 33, 34, 62))
  ORDER BY md5(b.k || ':' || $2) LIMIT 1
$$;

INSERT INTO agen.r (id, uid, t, created)
SELECT k,
       CASE WHEN k % 3 = 0 THEN 1 + fixture_gen.n('rhu', k, 45) WHEN k % 17 = 5 THEN 331 + k % 4 ELSE 1 + fixture_gen.n('ru', k, 330) END,
       1 + fixture_gen.n('rt', k, 42),
       agen.at('rcr', k, '2012-07-02', '2024-02-26')
FROM generate_series(2, 421) k;
UPDATE agen.r SET t = 1 + (t + 7) % 42 WHERE t IN (23, 24, 41, 42) AND id % 3 <> 0;  -- own-data requests are the rarer kind
UPDATE agen.r SET body = agen.body_for(t, id);
UPDATE agen.r SET uid = NULL, ext_name = CASE id % 3 WHEN 0 THEN 'Leeds Tenants Federation' WHEN 1 THEN NULL ELSE (SELECT full_name FROM agen.p WHERE i = 2001 + id % 40) END,
                  ext_url = 'https://tenantsvoice.example/foi/' || (3000 + id)::text
WHERE id IN (57, 133, 208, 289, 344, 402);

INSERT INTO agen.r (id, uid, body, t, created, state, law, prominence, title, ask, sig)
VALUES (1, 339, 64, 0, '2012-02-14 11:02:37.342117', 'waiting_response', 'foi', 'hidden', 'Holding pen',
        'This is the holding pen request. It shows responses that were sent to invalid addresses, and need moving to the correct request by an adminstrator.', '');

-- Fill a template's placeholders for a request.
CREATE FUNCTION agen.fill(s text, r agen.r, p agen.p) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
    '@@y@@', extract(year FROM r.created - interval '1 year')::int::text),
    '@@y2@@', right(extract(year FROM r.created)::int::text, 2)),
    '@@y1@@', extract(year FROM r.created - interval '3 years')::int::text),
    '@@road@@', (SELECT fixture_gen.pick(c.streets, 'road', r.id) FROM agen.city c WHERE c.city = (SELECT fixture_gen.pick(ARRAY['Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff', 'London', 'Sheffield', 'Birmingham', 'Leicester', 'Nottingham'], 'rcity', r.body)))),
    '@@city@@', fixture_gen.pick(ARRAY['Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff', 'Birmingham', 'Leicester', 'Middlesbrough', 'Stoke-on-Trent', 'Swansea'], 'rcity2', r.id)),
    '@@cllr@@', (SELECT full_name FROM agen.p WHERE i = 2001 + r.id % 40)),
    '@@officer@@', (SELECT full_name FROM agen.p WHERE i = 2001 + (r.id + 13) % 40)),
    '@@relative@@', (SELECT first || ' ' || p.last FROM agen.p WHERE i = 2001 + (r.id + 7) % 40)),
    '@@child@@', (SELECT first FROM agen.p WHERE i = 2001 + (r.id + 21) % 40) || ' ' || p.last),
    '@@cdob@@', to_char(date '2009-01-01' + fixture_gen.n('cdob', r.id, 3000), 'DD/MM/YYYY')),
    '@@dob@@', to_char(fixture_gen.birth_date('dob', p.i), 'DD/MM/YYYY')),
    '@@nino@@', fixture_gen.nino('nino', p.i)),
    '@@name@@', p.full_name),
    '@@addr@@', p.street || ', ' || p.city || ' ' || p.postcode),
    '@@ref@@', CASE WHEN r.t = 38 THEN 'CO/' || (2000 + r.id * 37 % 8000)::text || '/' || right(extract(year FROM r.created)::int::text, 2) ELSE 'HA' || fixture_gen.digits('href', r.id, 7) END),
    '@@date@@', to_char(r.created - make_interval(days => 20 + r.id % 60), 'FMDD FMMonth YYYY')),
    '@@hotel@@', fixture_gen.pick(ARRAY['Britannia Hotel', 'Park Inn', 'Premier Inn, Wellington Street', 'Crowne Plaza'], 'hotel', r.id))
$$;
UPDATE agen.r r SET title = replace(replace(agen.fill(tp.title, r, p), '@@authority@@', (SELECT name FROM agen.pb WHERE k = 1 + r.id % 48)), '@@hospital@@', (SELECT name FROM agen.pb WHERE k = r.body)),
                    ask = replace(replace(agen.fill(tp.ask, r, p), '@@authority@@', (SELECT name FROM agen.pb WHERE k = 1 + r.id % 48)), '@@hospital@@', (SELECT name FROM agen.pb WHERE k = r.body)),
                    law = CASE WHEN tp.eir THEN 'eir' ELSE 'foi' END
FROM agen.tpl tp, agen.p p WHERE tp.t = r.t AND p.i = coalesce(agen.pid(r.uid), 2001 + r.id % 40) AND r.id > 1;
-- Namesakes: the same title to the same body gets a distinct title as people add detail.
UPDATE agen.r r SET title = r.title || ' (' || (SELECT short FROM agen.pb WHERE k = r.body AND short <> '' UNION ALL SELECT to_char(r.created, 'Mon YYYY') LIMIT 1) || ')'
FROM (SELECT id, row_number() OVER (PARTITION BY title ORDER BY id) rn FROM agen.r) d WHERE d.id = r.id AND d.rn > 1 AND r.id % 2 = 0;

UPDATE agen.r SET
  state = CASE WHEN created > '2024-01-25' THEN 'waiting_response'
               WHEN t IN (23, 24, 41, 42) THEN fixture_gen.pick(ARRAY['not_foi', 'not_foi', 'rejected', 'user_withdrawn'], 'rst2', id)
               WHEN id % 41 = 3 THEN fixture_gen.pick(ARRAY['vexatious', 'attention_requested', 'requires_admin', 'error_message'], 'rst3', id)
               ELSE fixture_gen.pick(ARRAY['successful', 'successful', 'successful', 'successful', 'successful', 'successful', 'partially_successful', 'partially_successful',
                    'partially_successful', 'rejected', 'rejected', 'rejected', 'not_held', 'not_held', 'waiting_response', 'waiting_response', 'waiting_clarification',
                    'internal_review', 'gone_postal', 'user_withdrawn', 'successful', 'partially_successful', 'successful', 'not_held'], 'rst', id) END,
  prominence = CASE WHEN t IN (24, 41, 42) THEN 'requester_only' WHEN t = 23 THEN 'hidden' WHEN id % 53 = 7 THEN 'backpage' ELSE 'normal' END,
  embargo = uid IN (SELECT id FROM agen.u WHERE pro) AND created > '2023-03-01' AND id % 2 = 0,
  officer = agen.officer(body, id),
  ref = CASE WHEN body <= 22 THEN 'FOI-' || extract(year FROM created)::int::text || '-' || lpad((100 + id * 13 % 9000)::text, 5, '0')
             WHEN body <= 29 THEN lpad((1000 + id * 7 % 9000)::text, 6, '0') || '/' || right(extract(year FROM created)::int::text, 2)
             ELSE 'FOI' || lpad((id * 31 % 100000)::text, 6, '0') END
WHERE id > 1;
UPDATE agen.r SET state = 'waiting_response', sent_email = 'team@righttoask.example', officer = NULL, ref = NULL WHERE id = 1;
UPDATE agen.r r SET sent_email = (SELECT request_email FROM public_body_translations WHERE public_body_id = r.body AND locale = 'en') WHERE id > 1;
-- A few people give their address or phone under their name.
UPDATE agen.r r SET sig = E'Yours faithfully,\n\n' || p.full_name ||
    CASE WHEN r.id % 9 = 4 OR r.state = 'gone_postal' THEN E'\n\n' || p.street || E'\n' || p.city || E'\n' || p.postcode
         WHEN r.id % 13 = 6 THEN E'\nTel: ' || p.phone ELSE '' END
FROM agen.p p WHERE p.i = coalesce(agen.pid(r.uid), 2001 + r.id % 40) AND r.id > 1;
UPDATE agen.r SET sig = E'Yours faithfully,\n\n' || coalesce(ext_name, 'Tenants Voice volunteer') WHERE uid IS NULL;

-- Batch requests: one letter sent by a Pro or batch user to many bodies at once.
CREATE TABLE agen.bt (b int PRIMARY KEY, uid int, t int, created timestamp, bodies int[]);
INSERT INTO agen.bt VALUES
  (1, 12, 30, '2023-09-05 09:41:12.501337', ARRAY[1, 2, 3, 4, 5, 6, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22]),
  (2, 40, 35, '2023-02-13 14:20:09.118804', ARRAY[1, 6, 7, 23, 24, 36, 38, 54, 46]),
  (3, 77, 1, '2022-11-21 10:02:55.872116', ARRAY[23, 24, 25, 26, 27, 28, 29]),
  (4, 21, 18, '2021-06-30 16:45:31.006211', ARRAY[30, 31, 32, 34, 54, 55, 56]),
  (5, 12, 29, '2023-12-11 11:11:47.390512', ARRAY[36, 37, 38, 39, 40, 41, 42, 43, 44]);
INSERT INTO agen.r (id, uid, body, t, created, batch)
SELECT 421 + row_number() OVER (ORDER BY bt.b, x.ord), bt.uid, x.body, bt.t, bt.created + make_interval(secs => x.ord * 2), bt.b
FROM agen.bt bt CROSS JOIN LATERAL unnest(bt.bodies) WITH ORDINALITY x(body, ord);
UPDATE agen.r r SET title = agen.fill(tp.title, r, p), ask = agen.fill(tp.ask, r, p), law = 'foi',
    state = CASE WHEN r.created > '2023-12-01' THEN 'waiting_response' ELSE fixture_gen.pick(ARRAY['successful', 'successful', 'partially_successful', 'rejected', 'not_held', 'waiting_response'], 'bst', r.id) END,
    prominence = 'normal', embargo = r.batch = 5, officer = agen.officer(r.body, r.id),
    ref = 'FOI' || lpad((r.id * 31 % 100000)::text, 6, '0'), sig = E'Yours faithfully,\n\n' || p.full_name,
    sent_email = (SELECT request_email FROM public_body_translations WHERE public_body_id = r.body AND locale = 'en')
FROM agen.tpl tp, agen.p p WHERE tp.t = r.t AND p.i = r.uid AND r.batch IS NOT NULL;

CREATE TABLE info_request_batches (
    id serial PRIMARY KEY,
    title text NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    body text,
    sent_at timestamp without time zone,
    embargo_duration character varying
);
INSERT INTO info_request_batches (id, title, user_id, created_at, updated_at, body, sent_at, embargo_duration)
SELECT bt.b, r.title, bt.uid, bt.created - interval '3 minutes', bt.created + interval '40 seconds',
       E'Dear [Authority name],\n\n' || regexp_replace(r.ask, '@@.*@@', '', 'g') || E'\n\n' || r.sig, bt.created + interval '40 seconds',
       CASE WHEN bt.b = 5 THEN '3_months' END
FROM agen.bt bt JOIN LATERAL (SELECT * FROM agen.r WHERE batch = bt.b ORDER BY id LIMIT 1) r ON true ORDER BY bt.b;

UPDATE agen.r SET created = '2012-07-02 09:00:00'::timestamp + (created - '2012-07-02 09:00:00'::timestamp) WHERE false;
CREATE TABLE agen.rt (id int PRIMARY KEY, sent date, due date, very date, resp_n int, fu_n int, closed_at timestamp, slug text);
INSERT INTO agen.rt
SELECT r.id, r.created::date, (r.created + interval '28 days')::date, (r.created + interval '56 days')::date,
       CASE WHEN r.id = 1 THEN 14 WHEN r.state IN ('waiting_response') AND r.created > '2024-01-20' THEN 0
            WHEN r.state IN ('waiting_response', 'error_message', 'user_withdrawn') THEN fixture_gen.n('rn0', r.id, 2)
            WHEN r.state = 'internal_review' THEN 2 + fixture_gen.n('rn1', r.id, 2) ELSE 1 + fixture_gen.n('rn', r.id, 3) END,
       CASE WHEN r.state IN ('internal_review', 'waiting_clarification') THEN 1 + fixture_gen.n('fn1', r.id, 2) WHEN r.id % 4 = 1 THEN 1 ELSE 0 END,
       NULL, NULL
FROM agen.r r;
UPDATE agen.rt t SET slug = d.s || CASE WHEN d.rn > 1 THEN '_' || d.rn::text ELSE '' END
FROM (SELECT r.id, CASE WHEN r.id = 1 THEN 'holding_pen' ELSE rtrim(agen.slug(r.title, 32), '_') END AS s,
             row_number() OVER (PARTITION BY CASE WHEN r.id = 1 THEN 'holding_pen' ELSE rtrim(agen.slug(r.title, 32), '_') END ORDER BY r.id) AS rn FROM agen.r r) d
WHERE d.id = t.id;

CREATE TABLE info_requests (
    id serial PRIMARY KEY,
    title text NOT NULL,
    user_id integer REFERENCES users (id),
    public_body_id integer NOT NULL REFERENCES public_bodies (id),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    described_state character varying NOT NULL,
    awaiting_description boolean DEFAULT false NOT NULL,
    prominence character varying DEFAULT 'normal'::character varying NOT NULL,
    url_title text NOT NULL,
    law_used character varying DEFAULT 'foi'::character varying NOT NULL,
    allow_new_responses_from character varying DEFAULT 'anybody'::character varying NOT NULL,
    handle_rejected_responses character varying DEFAULT 'bounce'::character varying NOT NULL,
    idhash character varying NOT NULL,
    external_user_name character varying,
    external_url character varying,
    attention_requested boolean DEFAULT false,
    comments_allowed boolean DEFAULT true NOT NULL,
    info_request_batch_id integer REFERENCES info_request_batches (id),
    last_public_response_at timestamp without time zone,
    reject_incoming_at_mta boolean DEFAULT false NOT NULL,
    rejected_incoming_count integer DEFAULT 0,
    date_initial_request_last_sent_at date,
    date_response_required_by date,
    date_very_overdue_after date,
    last_event_forming_initial_request_id integer,
    use_notifications boolean,
    last_event_time timestamp without time zone,
    incoming_messages_count integer DEFAULT 0,
    public_token character varying,
    prominence_reason text
);
CREATE UNIQUE INDEX index_info_requests_on_url_title ON info_requests (url_title);

INSERT INTO info_requests (id, title, user_id, public_body_id, created_at, updated_at, described_state, awaiting_description, prominence, url_title, law_used,
                           allow_new_responses_from, handle_rejected_responses, idhash, external_user_name, external_url, attention_requested, comments_allowed,
                           info_request_batch_id, reject_incoming_at_mta, rejected_incoming_count, date_initial_request_last_sent_at, date_response_required_by,
                           date_very_overdue_after, use_notifications, public_token, prominence_reason)
SELECT r.id, r.title, r.uid, r.body, r.created, r.created, r.state,
       r.id > 1 AND r.state NOT IN ('waiting_response') AND t.resp_n > 0 AND r.id % 11 = 3,
       r.prominence, t.slug, r.law,
       CASE WHEN r.created < '2015-01-01' AND r.id % 3 = 0 THEN 'nobody' WHEN r.created < '2018-01-01' AND r.id % 4 = 0 THEN 'authority_only' ELSE 'anybody' END,
       CASE WHEN r.id = 1 THEN 'blackhole' WHEN r.created < '2015-01-01' AND r.id % 3 = 0 THEN 'holding_pen' ELSE 'bounce' END,
       substr(encode(sha256(convert_to('idhash-' || r.id, 'UTF8')), 'hex'), 1, 8),
       r.ext_name, r.ext_url,
       r.state = 'attention_requested', r.state <> 'vexatious' AND r.id % 37 <> 5,
       r.batch, r.id % 97 = 13, CASE WHEN r.id % 97 = 13 THEN 3 + r.id % 40 ELSE 0 END,
       t.sent, t.due, t.very,
       CASE WHEN r.created < '2017-03-01' THEN NULL ELSE r.uid IN (SELECT id FROM agen.u WHERE pro) END,
       CASE WHEN r.embargo AND r.id % 4 = 0 THEN translate(agen.rnd('ptok', r.id, 32), '0OIl', 'abcd') END,
       CASE CASE WHEN r.id = 1 THEN NULL ELSE r.prominence END
         WHEN 'requester_only' THEN 'This request has been hidden from the site because it asks for personal information about the requester or their family, which should be made as a subject access request. We have emailed ' || (SELECT name FROM users WHERE id = r.uid) || ' to explain.'
         WHEN 'hidden' THEN 'Hidden: contains the requester''s date of birth and housing reference. ' || agen.admin_handle(r.id) || ' emailed the council to ask them to reply privately.'
         WHEN 'backpage' THEN 'Kept off the front page at the requester''s request.' END
FROM agen.r r JOIN agen.rt t ON t.id = r.id ORDER BY r.id;

-- Embargoes on Pro users' requests.
CREATE TABLE embargoes (
    id serial PRIMARY KEY,
    info_request_id integer REFERENCES info_requests (id),
    publish_at timestamp without time zone NOT NULL,
    embargo_duration character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    expiring_notification_at timestamp without time zone
);
INSERT INTO embargoes (info_request_id, publish_at, embargo_duration, created_at, updated_at, expiring_notification_at)
SELECT r.id, r.created + CASE d.d WHEN '3_months' THEN interval '3 months' WHEN '6_months' THEN interval '6 months' ELSE interval '12 months' END, d.d, r.created, r.created,
       CASE WHEN r.created + interval '3 months' < '2024-03-01' THEN r.created + interval '3 months' - interval '7 days' END
FROM agen.r r CROSS JOIN LATERAL (SELECT CASE WHEN r.batch = 5 THEN '3_months' ELSE fixture_gen.pick(ARRAY['3_months', '6_months', '12_months'], 'emb', r.id) END AS d) d
WHERE r.embargo ORDER BY r.created;

-- ---------------------------------------------------------------------------
-- Correspondence: outgoing letters and followups, incoming replies, raw
-- emails and their attachments.

-- An officer's direct line at a body (area code of the body's town).
CREATE FUNCTION agen.body_phone(body int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN a IN ('020', '029', '028', '023') THEN a || ' ' || (ARRAY['7946', '2087', '9032', '8083', '3002'])[1 + fixture_gen.n(tag || 'x', i, 5)] || ' ' || fixture_gen.digits(tag, i, 4)
              WHEN a = '0300' THEN '0300 ' || (100 + fixture_gen.n(tag || 'x', i, 900))::text || ' ' || fixture_gen.digits(tag, i, 4)
              WHEN length(a) = 4 THEN a || ' ' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || ' ' || fixture_gen.digits(tag, i, 4)
              ELSE a || ' ' || fixture_gen.digits(tag || 'x', i, 6) END
  FROM (SELECT (ARRAY['0113', '01274', '0114', '0117', '0161', '0121', '0141', '0131', '029', '028', '0116', '01603', '01792', '020', '020', '020', '01582', '01733',
                      '0161', '023', '0115', '01904', '01924', '020', '0300', '01656', '0161', '01275', '028', '0113', '0161', '0141', '029', '0117', '0113', '020', '0300',
                      '0300', '020', '0300', '020', '020', '020', '0300', '020', '0131', '0300', '028', '01625', '020', '0300', '020', '020', '0113', '0141', '029', '020',
                      '0121', '0113', '020', '0300', '0113', '0141', '020'])[body] AS a) x
$$;

CREATE FUNCTION agen.job(i int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Information Governance Officer', 'FOI Officer', 'Information Rights Advisor', 'Disclosure Officer', 'Information Compliance Manager',
                'Senior Information Governance Officer', 'Data Protection and FOI Lead', 'Information Access Officer', 'Head of Information Governance'])[1 + i % 9]
$$;

-- The timeline of messages per request.
CREATE TABLE agen.m (rid int, seq int, dir text, kind text, at timestamp, PRIMARY KEY (rid, seq));
INSERT INTO agen.m
SELECT r.id, 1, 'out', 'initial', r.created + interval '2 seconds' FROM agen.r r WHERE r.id > 1;
INSERT INTO agen.m
SELECT r.id, 2, 'in', CASE WHEN t.resp_n >= 2 THEN 'ack' WHEN r.state = 'error_message' THEN 'bounce' WHEN r.state = 'waiting_clarification' THEN 'clarify_ask'
                          WHEN r.state = 'gone_postal' THEN 'postal' ELSE 'response' END,
       CASE WHEN r.state = 'error_message' AND t.resp_n < 2 THEN r.created + make_interval(secs => 40 + fixture_gen.n('bnc', r.id, 600))
            WHEN t.resp_n >= 2 THEN r.created + make_interval(days => 1 + fixture_gen.n('ack', r.id, 3), secs => fixture_gen.n('acks', r.id, 30000))
            ELSE r.created + make_interval(days => 8 + fixture_gen.n('rsp', r.id, 35), secs => fixture_gen.n('rsps', r.id, 30000)) END
FROM agen.r r JOIN agen.rt t ON t.id = r.id WHERE r.id > 1 AND t.resp_n >= 1;
INSERT INTO agen.m
SELECT r.id, 3, 'in', CASE WHEN r.state = 'waiting_clarification' THEN 'clarify_ask' WHEN r.state = 'gone_postal' THEN 'postal' ELSE 'response' END,
       r.created + make_interval(days => 10 + fixture_gen.n('rsp', r.id, 35), secs => fixture_gen.n('rsps', r.id, 30000))
FROM agen.r r JOIN agen.rt t ON t.id = r.id WHERE r.id > 1 AND t.resp_n >= 2;
INSERT INTO agen.m
SELECT r.id, 4, 'out', CASE WHEN r.state = 'waiting_clarification' THEN 'clarify' WHEN r.state = 'internal_review' OR t.resp_n >= 3 THEN 'review_ask' ELSE 'thanks' END,
       m.at + make_interval(days => 2 + fixture_gen.n('fu1', r.id, 14), secs => fixture_gen.n('fu1s', r.id, 40000))
FROM agen.r r JOIN agen.rt t ON t.id = r.id JOIN LATERAL (SELECT max(at) AS at FROM agen.m WHERE rid = r.id) m ON true
WHERE r.id > 1 AND (t.fu_n >= 1 OR t.resp_n >= 3) AND t.resp_n >= 1;
INSERT INTO agen.m
SELECT r.id, 5, 'in', 'review', m.at + make_interval(days => 15 + fixture_gen.n('irv', r.id, 25), secs => fixture_gen.n('irvs', r.id, 30000))
FROM agen.r r JOIN agen.rt t ON t.id = r.id JOIN agen.m m ON m.rid = r.id AND m.seq = 4
WHERE t.resp_n >= 3 AND m.kind = 'review_ask';
INSERT INTO agen.m
SELECT r.id, 6, 'out', CASE WHEN r.id % 3 = 0 THEN 'ico' ELSE 'thanks' END, m.at + make_interval(days => 1 + fixture_gen.n('fu2', r.id, 9))
FROM agen.r r JOIN agen.rt t ON t.id = r.id JOIN LATERAL (SELECT max(at) AS at FROM agen.m WHERE rid = r.id) m ON true
WHERE t.fu_n >= 2;
-- The holding pen: misdirected mail and spam.
INSERT INTO agen.m
SELECT 1, k, 'in', CASE WHEN k % 3 = 0 THEN 'spam' ELSE 'misdirected' END, agen.at('hp', k, '2016-01-01', '2024-02-25') FROM generate_series(2, 15) k;
DELETE FROM agen.m WHERE at > '2024-02-29 18:00';

-- Outgoing letters.
CREATE TABLE outgoing_messages (
    id serial PRIMARY KEY,
    info_request_id integer NOT NULL REFERENCES info_requests (id),
    body text NOT NULL,
    status character varying NOT NULL,
    message_type character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    last_sent_at timestamp without time zone,
    incoming_message_followup_id integer,
    what_doing character varying NOT NULL,
    prominence character varying DEFAULT 'normal'::character varying NOT NULL,
    prominence_reason text,
    from_name text
);

-- The name a user sent letters under: a few changed their name since.
CREATE FUNCTION agen.from_name(r agen.r, p agen.p) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN r.uid IS NULL THEN coalesce(r.ext_name, 'Tenants Voice volunteer')
              WHEN r.uid IN (SELECT id FROM agen.u WHERE erased) THEN '[Name Removed]'
              WHEN r.uid % 19 = 7 AND r.created < '2019-01-01' THEN p.first || ' ' || fixture_gen.pick(ARRAY['Whitfield', 'Okafor', 'Hussain', 'MacLeod', 'Jones', 'Kowalska'], 'maiden', r.uid)
              ELSE p.full_name END
$$;

CREATE TABLE agen.om (rid int, seq int, id int, body text, kind text, at timestamp, fu_in int);
INSERT INTO agen.om
SELECT m.rid, m.seq, row_number() OVER (ORDER BY m.at, m.rid, m.seq), NULL, m.kind, m.at, NULL FROM agen.m m WHERE m.dir = 'out';

CREATE FUNCTION agen.out_body(r agen.r, kind text, p agen.p, off agen.p, fname text, dear text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE kind
    WHEN 'initial' THEN 'Dear ' || (SELECT name FROM agen.pb WHERE k = r.body) || E',\n\n' ||
         CASE WHEN r.law = 'eir' THEN '' WHEN (SELECT nation FROM agen.pb WHERE k = r.body) = 'Scotland' THEN E'Under the Freedom of Information (Scotland) Act 2002:\n\n'
              ELSE E'Please provide the following under the Freedom of Information Act 2000:\n\n' END || r.ask ||
         CASE WHEN r.id % 5 = 0 THEN E'\n\nI would prefer to receive the information electronically, as a spreadsheet (CSV or XLSX).' ELSE '' END || E'\n\n' ||
         replace(r.sig, p.full_name, fname)
    WHEN 'clarify' THEN 'Dear ' || dear || E',\n\nThank you for your email. To clarify, I am only interested in the period from 1 April ' ||
         extract(year FROM r.created - interval '2 years')::int::text || ' to 31 March ' || extract(year FROM r.created)::int::text ||
         E', and the figures can be totals rather than individual records.\n\nYours sincerely,\n\n' || fname
    WHEN 'review_ask' THEN 'Dear ' || (SELECT name FROM agen.pb WHERE k = r.body) || E',\n\nPlease pass this on to the person who conducts Freedom of Information reviews.\n\n' ||
         'I am writing to request an internal review of ' || (SELECT name FROM agen.pb WHERE k = r.body) || '''s handling of my FOI request ''' || r.title || E'''.\n\n' ||
         CASE r.id % 3 WHEN 0 THEN 'The response relies on section 40(2) to withhold the names of senior officers, but their names are already published in the annual report.'
                        WHEN 1 THEN 'I do not accept that complying would exceed the cost limit: the figures are held in a single case management system.'
                        ELSE 'The response did not address the second part of my request at all.' END ||
         E'\n\nA full history of my FOI request and all correspondence is available on the Internet at this address: https://righttoask.example/request/' ||
         (SELECT slug FROM agen.rt WHERE id = r.id) || E'\n\nYours faithfully,\n\n' || fname ||
         CASE WHEN r.id % 10 = 3 THEN E'\n' || p.phone ELSE '' END
    WHEN 'thanks' THEN 'Dear ' || dear || E',\n\nThank you very much for the information, and for the quick reply.\n\nYours sincerely,\n\n' || fname
    WHEN 'ico' THEN 'Dear ' || dear || E',\n\nI remain unhappy with the outcome and will be complaining to the Information Commissioner. ' ||
         E'Please keep all records relating to this request.\n\nYours sincerely,\n\n' || fname || E'\n' || p.street || ', ' || p.city || ' ' || p.postcode
  END
$$;

UPDATE agen.om o SET body = agen.out_body(r, o.kind, p, off, agen.from_name(r, p),
         CASE WHEN o.rid % 3 = 0 THEN off.full_name WHEN o.rid % 3 = 1 THEN off.first ELSE (SELECT name FROM agen.pb WHERE k = r.body) END)
FROM agen.r r, agen.p p, agen.p off
WHERE r.id = o.rid AND p.i = coalesce(agen.pid(r.uid), 2001 + r.id % 40) AND off.i = coalesce(r.officer, 1001);

INSERT INTO outgoing_messages (id, info_request_id, body, status, message_type, created_at, updated_at, last_sent_at, incoming_message_followup_id, what_doing,
                               prominence, prominence_reason, from_name)
SELECT o.id, o.rid, o.body,
       CASE WHEN r.state = 'error_message' AND o.seq = 1 AND r.id % 2 = 0 THEN 'failed' ELSE 'sent' END,
       CASE WHEN o.kind = 'initial' THEN 'initial_request' ELSE 'followup' END,
       o.at, o.at + interval '1 second', o.at + interval '1 second', NULL,
       CASE WHEN o.kind = 'initial' THEN 'normal_sort' WHEN o.kind = 'review_ask' THEN 'internal_review' ELSE 'normal_sort' END,
       CASE WHEN r.t IN (23, 24, 41, 42) THEN 'requester_only' WHEN o.id % 61 = 5 THEN 'hidden' ELSE 'normal' END,
       CASE WHEN r.t IN (23, 24, 41, 42) THEN 'Contains the requester''s personal information.'
            WHEN o.id % 61 = 5 THEN 'Requester asked us to hide this letter as it includes their home address. ' || agen.admin_handle(o.id) || ', ' || to_char(o.at + interval '9 days', 'DD/MM/YYYY') END,
       agen.from_name(r, p)
FROM agen.om o JOIN agen.r r ON r.id = o.rid JOIN agen.p p ON p.i = coalesce(agen.pid(r.uid), 2001 + r.id % 40)
ORDER BY o.id;

-- Incoming replies: the officer, the subject, the parsed body (unfolded with
-- the quoted request, folded without it) and the text of the attachments.
CREATE TABLE agen.im (rid int, seq int, id int, kind text, at timestamp, from_name text, from_email text, subject text, unfolded text, folded text, att text);
INSERT INTO agen.im (rid, seq, id, kind, at)
SELECT m.rid, m.seq, row_number() OVER (ORDER BY m.at, m.rid, m.seq), m.kind, m.at FROM agen.m m WHERE m.dir = 'in';

CREATE FUNCTION agen.dear(r agen.r, p agen.p) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN r.uid IS NULL OR r.batch IS NOT NULL AND r.id % 2 = 0 THEN 'Sir/Madam'
              ELSE (ARRAY[p.title || ' ' || p.last, p.first, p.full_name, p.title || ' ' || p.last, 'Requester'])[1 + r.id % 5] END
$$;

CREATE FUNCTION agen.outcome(r agen.r, kind text, p agen.p, off agen.p) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN kind = 'ack' THEN 'Thank you for your request for information, which we received on ' || to_char(r.created, 'FMDD FMMonth YYYY') || '. It has been logged under reference ' ||
         r.ref || ' and we will respond within 20 working days, by ' || to_char(r.created + interval '28 days', 'FMDD FMMonth YYYY') || '.'
    WHEN kind = 'clarify_ask' THEN 'Before we can process your request, could you please clarify the period you are interested in? Recording practices changed in ' ||
         extract(year FROM r.created - interval '4 years')::int::text || ', so figures before then are not comparable. The 20 working days will restart when we hear from you.'
    WHEN kind = 'postal' THEN 'The documents you asked for are not held electronically, so we have posted copies to the address in your letter: ' || p.street || ', ' || p.city || ' ' || p.postcode || '.'
    WHEN kind = 'review' THEN 'I have now completed the internal review of ' || r.ref || ', which was originally handled by my colleague ' || off.full_name || '. ' ||
         CASE WHEN r.id % 2 = 0 THEN 'I uphold the original decision.' ELSE 'I have decided to release some of the information previously withheld; it is attached.' END ||
         ' If you remain dissatisfied you may complain to the Information Commissioner''s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.'
    WHEN r.t IN (23, 24, 41, 42) THEN 'Your request is for personal information and has been passed to our Data Protection team as a subject access request under the UK GDPR. ' ||
         'To verify your identity please send a copy of photographic ID and a recent utility bill quoting ' || r.ref || '. We have your address as ' || p.street || ', ' || p.city || ' ' || p.postcode ||
         CASE WHEN r.t = 41 THEN '. Records of a deceased patient are released under the Access to Health Records Act 1990 to the personal representative; please send a copy of the grant of probate.' ELSE '.' END
    WHEN r.t = 12 THEN 'Councillor ' || (SELECT full_name FROM agen.p WHERE i = 2001 + r.id % 40) || ' claimed £' || (800 + fixture_gen.n('cex', r.id, 4000))::text || '.' ||
         lpad(fixture_gen.n('cexp', r.id, 100)::text, 2, '0') || ' in the period, mostly mileage and a conference in Harrogate. Receipts are attached with bank details redacted.'
    WHEN r.t = 13 THEN 'Please find attached 14 emails. The names and contact details of junior officers and of members of the public who objected have been redacted under section 40(2). ' ||
         'Correspondence from Councillor ' || (SELECT full_name FROM agen.p WHERE i = 2001 + r.id % 40) || ' to the case officer, ' || (SELECT full_name FROM agen.p WHERE i = 2001 + (r.id + 5) % 40) || ', is included.'
    WHEN r.t = 38 THEN 'The complaint about PCSO ' || (SELECT full_name FROM agen.p WHERE i = 2001 + (r.id + 13) % 40) || ' was investigated by Professional Standards and closed with no case to answer. ' ||
         'Body-worn video of you is your personal data and has been referred to our Data Protection Office.'
    WHEN r.state IN ('successful', 'waiting_response', 'internal_review', 'requires_admin', 'attention_requested', 'user_withdrawn') THEN
         'I can confirm that ' || (SELECT name FROM agen.pb WHERE k = r.body) || ' holds the information you requested. It is provided in the attached spreadsheet.'
    WHEN r.state = 'partially_successful' THEN 'Some of the information is attached. The names of staff below Head of Service level have been withheld under section 40(2) as personal data, and ' ||
         'one contract schedule under section 43(2) (commercial interests).'
    WHEN r.state = 'not_held' THEN (SELECT name FROM agen.pb WHERE k = r.body) || ' does not hold the information you requested. The data is held by ' ||
         (SELECT name FROM agen.pb WHERE k = 35 + r.id % 10) || ', who you may wish to contact.'
    WHEN r.state = 'vexatious' THEN 'We consider this request vexatious under section 14(1) given the number of related requests you have made since ' || extract(year FROM r.created)::int::text || '.'
    ELSE CASE r.id % 3 WHEN 0 THEN 'We estimate that complying with your request would exceed the appropriate limit of £' || CASE WHEN r.body BETWEEN 36 AND 48 THEN '600' ELSE '450' END ||
                                    ' under section 12, as it would mean reviewing each case file by hand.'
                        WHEN 1 THEN 'The information is exempt under section 31(1)(a) (law enforcement). The public interest in maintaining the exemption outweighs the public interest in disclosure.'
                        ELSE 'The information is exempt under section 21 as it is reasonably accessible to you: it is published at ' || (SELECT agen.home(b) FROM agen.pb b WHERE b.k = r.body) || '/open-data.' END
  END
$$;

CREATE FUNCTION agen.signature(r agen.r, off agen.p, at timestamp) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT E'\n\n' || CASE WHEN r.id % 4 = 0 THEN 'Kind regards' ELSE 'Yours sincerely' END || E'\n\n' ||
         CASE WHEN r.id % 5 = 2 THEN agen.team(r.body) ELSE off.full_name || E'\n' || agen.job(off.i) || E'\n' || agen.team(r.body) END || E'\n' ||
         (SELECT name FROM agen.pb WHERE k = r.body) ||
         CASE WHEN r.id % 5 = 2 THEN '' WHEN r.id % 3 = 0 THEN E'\nDirect line: ' || agen.body_phone(r.body, 'dl', off.i) || E'\nEmail: ' || off.email
              WHEN r.id % 3 = 1 THEN E'\nTel: ' || agen.body_phone(r.body, 'dl', off.i) ELSE E'\n' || agen.body_phone(r.body, 'dl', off.i) || ' | ' || off.email END ||
         CASE WHEN r.id % 7 = 1 THEN E'\nWorking days: Mon-Wed' WHEN r.id % 7 = 4 THEN E'\nPronouns: she/her' ELSE '' END ||
         CASE WHEN (SELECT kind FROM agen.pb WHERE k = r.body) IN ('lc', 'nhs') THEN E'\n\n**********************************************************************\n' ||
              'This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. ' ||
              E'Any views expressed are those of the author and not necessarily of the organisation.\n**********************************************************************' ELSE '' END
$$;

UPDATE agen.im i SET
  from_name = CASE WHEN i.kind = 'bounce' THEN 'Mail Delivery System' WHEN i.rid % 5 = 2 THEN agen.team(r.body) ELSE off.full_name END,
  from_email = CASE WHEN i.kind = 'bounce' THEN 'MAILER-DAEMON@' || (SELECT 'mx1.' || dom FROM agen.pb WHERE k = r.body)
                    WHEN i.rid % 5 = 2 OR i.kind = 'ack' AND i.rid % 2 = 0 THEN agen.body_email(r.body) ELSE off.email END,
  subject = CASE i.kind WHEN 'bounce' THEN 'Undelivered Mail Returned to Sender'
                        WHEN 'ack' THEN CASE WHEN r.id % 2 = 0 THEN 'Acknowledgement - ' || r.ref ELSE 'Acknowledgement: Freedom of Information request - ' || r.title END
                        WHEN 'review' THEN 'Internal review ' || r.ref || ' - ' || r.title
                        ELSE CASE r.id % 3 WHEN 0 THEN 'RE: Freedom of Information request - ' || r.title WHEN 1 THEN 'Your request for information - ' || r.ref
                                                   ELSE r.ref || ' - response' || CASE WHEN r.uid IS NOT NULL AND r.id % 4 = 2 THEN ' - ' || p.title || ' ' || p.last ELSE '' END END END,
  unfolded = CASE WHEN i.kind = 'bounce' THEN 'This is the mail system at host mx1.' || (SELECT dom FROM agen.pb WHERE k = r.body) || E'.\n\n' ||
                  E'I''m sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<' || r.sent_email ||
                  E'>: host ' || (SELECT replace(dom, '.', '-') || '.mail.protection.outlook.com' FROM agen.pb WHERE k = r.body) || '[' || fixture_gen.ipv4('mxo', r.body) ||
                  E'] said: 550 5.4.1 Recipient address rejected: Access denied. (in reply to RCPT TO command)\n\nFOLDED_QUOTED_SECTION'
             ELSE 'Dear ' || agen.dear(r, p) || E',\n\n' ||
                  CASE WHEN (SELECT nation FROM agen.pb WHERE k = r.body) = 'Scotland' THEN E'Freedom of Information (Scotland) Act 2002 - ' ELSE CASE WHEN r.law = 'eir' THEN E'Environmental Information Regulations 2004 - ' ELSE E'Freedom of Information Act 2000 - ' END END ||
                  E'Request ' || coalesce(r.ref, '') || E'\n\n' ||
                  agen.outcome(r, i.kind, p, CASE WHEN i.kind = 'review' THEN off ELSE off END) ||
                  CASE WHEN i.kind IN ('response', 'review') THEN E'\n\nIf you are dissatisfied with the handling of your request you can ask for an internal review within 40 working days by writing to ' ||
                       agen.body_email(r.body) || '.' ELSE '' END ||
                  agen.signature(r, CASE WHEN i.kind = 'review' THEN rev ELSE off END, i.at) ||
                  E'\n\n-----Original Message-----\nFrom: ' || agen.from_name(r, p) || ' <request-' || r.id || '-' || (SELECT idhash FROM info_requests WHERE id = r.id) || E'@righttoask.example>\n' ||
                  'Sent: ' || to_char(r.created, 'FMDD FMMonth YYYY HH24:MI') || E'\nTo: ' || r.sent_email || E'\nSubject: Freedom of Information request - ' || r.title || E'\n\n' ||
                  (SELECT body FROM agen.om WHERE rid = r.id AND seq = 1) ||
                  E'\n\n-------------------------------------------------------------------\nPlease use this email address for all replies to this request:\nrequest-' || r.id || '-' ||
                  (SELECT idhash FROM info_requests WHERE id = r.id) || E'@righttoask.example\n\nIs ' || r.sent_email || ' the wrong address for Freedom of Information requests to ' ||
                  (SELECT name FROM agen.pb WHERE k = r.body) || E'? If so, please contact us using this form:\nhttps://righttoask.example/change_request/new?body=' ||
                  (SELECT url_name FROM public_body_translations WHERE public_body_id = r.body AND locale = 'en') || E'\n-------------------------------------------------------------------' END
FROM agen.r r, agen.p p, agen.p off, agen.p rev
WHERE r.id = i.rid AND r.id > 1 AND p.i = coalesce(agen.pid(r.uid), 2001 + r.id % 40) AND off.i = r.officer AND rev.i = agen.officer(r.body, r.id + 1);
UPDATE agen.im SET folded = regexp_replace(unfolded, E'\n\n-----Original Message-----.*$', E'\n\nFOLDED_QUOTED_SECTION') WHERE rid > 1;

-- The holding pen: misaddressed replies and spam.
UPDATE agen.im i SET
  from_name = CASE WHEN i.kind = 'spam' THEN fixture_gen.pick(ARRAY['Crypto Rewards', 'DHL Express', 'Account Security'], 'spn', i.seq) ELSE off.full_name END,
  from_email = CASE WHEN i.kind = 'spam' THEN fixture_gen.pick(ARRAY['noreply@btc-rewards.example', 'tracking@dhl-parcel-uk.example', 'security@mail-verify.example'], 'spe', i.seq) ELSE off.email END,
  subject = CASE WHEN i.kind = 'spam' THEN fixture_gen.pick(ARRAY['You have (1) pending reward', 'Your parcel could not be delivered', 'Unusual sign-in activity'], 'sps', i.seq)
                 ELSE 'RE: FOI request ' || (1000 + i.seq * 7)::text || ' - ' || (SELECT full_name FROM agen.p WHERE i = 1 + i.seq * 13 % 330) END,
  unfolded = CASE WHEN i.kind = 'spam' THEN E'Dear customer,\n\nPlease confirm your details within 24 hours at the link below to avoid suspension.\n\nhttps://bit.example/x' || agen.lo('spl', i.seq, 6)
                  ELSE 'Dear ' || (SELECT full_name FROM agen.p WHERE i = 1 + i.seq * 13 % 330) || E',\n\nPlease find attached our response to your request.\n\nRegards\n\n' || off.full_name ||
                       E'\n' || agen.job(off.i) || E'\n' || agen.body_phone(1 + i.seq % 30, 'hpdl', i.seq) || E'\n\nFOLDED_QUOTED_SECTION' END
FROM agen.p off WHERE i.rid = 1 AND off.i = 1001 + i.seq * 5 % 150;
UPDATE agen.im SET folded = unfolded WHERE rid = 1;

-- Text extracted from the attachments, clipped.
CREATE FUNCTION agen.att_table(r agen.r) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN r.t = 12 THEN E'Date,Councillor,Description,Amount\n' || (SELECT string_agg(to_char(r.created - make_interval(days => 20 * g), 'DD/MM/YYYY') || ',' ||
           (SELECT full_name FROM agen.p WHERE i = 2001 + r.id % 40) || ',' || fixture_gen.pick(ARRAY['Mileage', 'Rail fare to London', 'Subsistence', 'Broadband allowance', 'Hotel, Harrogate'], 'cexd', r.id * 10 + g) ||
           ',£' || (5 + fixture_gen.n('cexa', r.id * 10 + g, 300))::text || '.' || lpad(fixture_gen.n('cexb', r.id * 10 + g, 100)::text, 2, '0'), E'\n' ORDER BY g) FROM generate_series(1, 6) g)
    WHEN r.state = 'partially_successful' THEN E'Name,Job title,Grade\n' || (SELECT string_agg(CASE WHEN g <= 2 THEN (SELECT full_name FROM agen.p WHERE i = 2001 + (r.id + g) % 40) ELSE '[Redacted s40(2)]' END ||
           ',' || fixture_gen.pick(ARRAY['Director of Resources', 'Head of Service', 'Team Manager', 'Officer', 'Senior Officer'], 'pjt', r.id * 10 + g) || ',' ||
           CASE WHEN g <= 2 THEN 'Chief Officer' ELSE 'Band ' || (4 + g)::text END, E'\n' ORDER BY g) FROM generate_series(1, 6) g)
    WHEN r.state IN ('successful', 'waiting_response', 'internal_review') THEN E'Year,Month,Count\n' || (SELECT string_agg(extract(year FROM r.created - interval '1 year')::int::text || ',' ||
           to_char(make_date(2000, g, 1), 'Mon') || ',' || (10 + fixture_gen.n('cnt', r.id * 20 + g, 900))::text, E'\n' ORDER BY g) FROM generate_series(1, 12) g)
    ELSE '' END
$$;

UPDATE agen.im i SET att = CASE
    WHEN i.kind IN ('ack', 'bounce', 'clarify_ask', 'spam') THEN ''
    ELSE (SELECT name FROM agen.pb WHERE k = r.body) || E'\n' || agen.team(r.body) || E'\n\nOur ref: ' || r.ref || E'\nDate: ' || to_char(i.at, 'DD/MM/YYYY') || E'\n\n' ||
         CASE WHEN r.uid IS NULL THEN '' ELSE p.title || ' ' || left(p.first, 1) || ' ' || p.last || E'\n' END || 'By email: request-' || r.id || '-' ||
         (SELECT idhash FROM info_requests WHERE id = r.id) || E'@righttoask.example\n\nDear ' || agen.dear(r, p) || E',\n\n' || agen.outcome(r, i.kind, p, off) ||
         E'\n\nYours sincerely\n\n' || off.full_name || E'\n' || agen.job(off.i) || E'\n\n' || CASE WHEN i.kind = 'postal' THEN '' ELSE agen.att_table(r) END
  END
FROM agen.r r, agen.p p, agen.p off
WHERE r.id = i.rid AND r.id > 1 AND p.i = coalesce(agen.pid(r.uid), 2001 + r.id % 40) AND off.i = r.officer;
UPDATE agen.im i SET att = CASE WHEN i.kind = 'spam' THEN '' ELSE 'Our ref: FOI ' || (1000 + i.seq * 7)::text || E'\n\nDear ' ||
    (SELECT full_name FROM agen.p WHERE i = 1 + i.seq * 13 % 330) || E',\n\nThe information you requested is below.\n\nLicensed premises with a review hearing: 4\nPremises closed: 1\n' END
WHERE i.rid = 1;

CREATE TABLE raw_emails (
    id serial PRIMARY KEY,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
INSERT INTO raw_emails (id, created_at, updated_at) SELECT id, at + interval '3 seconds', at + interval '3 seconds' FROM agen.im ORDER BY id;

CREATE TABLE incoming_messages (
    id serial PRIMARY KEY,
    info_request_id integer NOT NULL REFERENCES info_requests (id),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    raw_email_id integer NOT NULL REFERENCES raw_emails (id),
    cached_attachment_text_clipped text,
    cached_main_body_text_folded text,
    cached_main_body_text_unfolded text,
    subject text,
    from_email_domain text,
    valid_to_reply_to boolean,
    last_parsed timestamp without time zone,
    from_name text,
    sent_at timestamp without time zone,
    prominence character varying DEFAULT 'normal'::character varying NOT NULL,
    prominence_reason text,
    from_email text
);
INSERT INTO incoming_messages (id, info_request_id, created_at, updated_at, raw_email_id, cached_attachment_text_clipped, cached_main_body_text_folded,
                               cached_main_body_text_unfolded, subject, from_email_domain, valid_to_reply_to, last_parsed, from_name, sent_at, prominence,
                               prominence_reason, from_email)
SELECT i.id, i.rid, i.at + interval '3 seconds', i.at + interval '5 seconds', i.id, i.att, i.folded, i.unfolded, i.subject, split_part(i.from_email, '@', 2),
       i.kind NOT IN ('bounce', 'spam'), i.at + make_interval(secs => 5 + fixture_gen.n('lp', i.id, 20)) + CASE WHEN i.id % 9 = 0 THEN interval '412 days' ELSE interval '0' END,
       i.from_name, i.at - make_interval(secs => 20 + fixture_gen.n('sa', i.id, 200)),
       CASE WHEN i.rid IN (SELECT id FROM agen.r WHERE t IN (23, 24, 41, 42)) THEN 'requester_only' WHEN i.id % 71 = 8 THEN 'hidden' ELSE 'normal' END,
       CASE WHEN i.rid IN (SELECT id FROM agen.r WHERE t IN (23, 24, 41, 42)) THEN 'Reply to a subject access request sent by mistake to the public address.'
            WHEN i.id % 71 = 8 THEN 'The authority asked us to hide this response: it was sent to the wrong request and names a member of the public. ' || agen.admin_handle(i.id) END,
       i.from_email
FROM agen.im i ORDER BY i.id;
UPDATE info_requests r SET incoming_messages_count = x.n, last_public_response_at = x.lp
FROM (SELECT info_request_id, count(*) AS n, max(created_at) FILTER (WHERE prominence = 'normal') AS lp FROM incoming_messages GROUP BY 1) x WHERE x.info_request_id = r.id;

-- Attachments of each reply.
CREATE TABLE agen.fa (id serial, im int, part int, filename text, ctype text, charset text, bytes int, within text, hid boolean);
INSERT INTO agen.fa (im, part, filename, ctype, charset, bytes, within, hid)
SELECT i.id, x.part, x.fn, x.ct, x.cs, x.bytes, x.within, x.hid
FROM agen.im i JOIN agen.r r ON r.id = i.rid LEFT JOIN agen.p p ON p.i = coalesce(agen.pid(r.uid), 2001 + r.id % 40) AND r.id > 1
CROSS JOIN LATERAL (VALUES
  (2, CASE WHEN i.kind IN ('spam') THEN NULL WHEN i.kind = 'bounce' THEN 'attachment.txt' WHEN i.id % 3 = 0 THEN 'image001.png' END,
      CASE WHEN i.kind = 'bounce' THEN 'message/delivery-status' ELSE 'image/png' END, CASE WHEN i.kind = 'bounce' THEN 'us-ascii' END,
      CASE WHEN i.kind = 'bounce' THEN 600 ELSE 4000 + fixture_gen.n('logo', r.body, 9000) END, NULL::text, false),
  (3, CASE WHEN i.kind = 'bounce' THEN 'Freedom of Information request - ' || r.title || '.txt'
           WHEN i.kind IN ('response', 'review', 'postal') OR i.kind = 'misdirected' THEN
             CASE WHEN i.kind = 'review' THEN 'IR outcome ' || replace(coalesce(r.ref, ''), '/', '-') || CASE WHEN p.last IS NOT NULL AND i.id % 2 = 0 THEN ' ' || p.last ELSE '' END || '.pdf'
                  WHEN i.rid = 1 THEN 'FOI ' || (1000 + i.seq * 7)::text || ' response.pdf'
                  WHEN r.uid IS NOT NULL AND i.id % 4 = 1 THEN 'Response letter - ' || p.title || ' ' || p.last || '.pdf'
                  WHEN r.uid IS NOT NULL AND i.id % 7 = 3 THEN replace(r.ref, '/', '-') || ' - ' || p.first || ' ' || p.last || ' - final response.pdf'
                  WHEN i.id % 4 = 2 THEN replace(r.ref, '/', '-') || ' Response.pdf'
                  ELSE 'FOI response ' || replace(r.ref, '/', '_') || '.pdf' END END,
      CASE WHEN i.kind = 'bounce' THEN 'text/plain' ELSE 'application/pdf' END, CASE WHEN i.kind = 'bounce' THEN 'utf-8' END,
      40000 + fixture_gen.n('pdfsz', i.id, 900000), CASE WHEN i.kind = 'bounce' THEN 'Freedom of Information request - ' || r.title END, i.id % 43 = 11),
  (4, CASE WHEN i.kind IN ('response', 'review') AND r.id > 1 AND agen.att_table(r) <> '' THEN
             CASE WHEN r.t = 12 THEN 'Councillor expenses ' || (SELECT split_part(full_name, ' ', 2) FROM agen.p WHERE i = 2001 + r.id % 40) || '.xlsx'
                  WHEN r.state = 'partially_successful' THEN 'Staff list (redacted).xlsx'
                  WHEN i.id % 3 = 0 THEN 'Annex A - data.xlsx' WHEN i.id % 3 = 1 THEN replace(r.ref, '/', '-') || ' data.csv' ELSE 'Copy of FOI figures.xlsx' END END,
      CASE WHEN i.id % 3 = 1 AND r.t <> 12 AND r.state <> 'partially_successful' THEN 'text/csv' ELSE 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' END,
      CASE WHEN i.id % 3 = 1 AND r.t <> 12 AND r.state <> 'partially_successful' THEN 'utf-8' END, 9000 + fixture_gen.n('xlsz', i.id, 80000), NULL, false),
  (5, CASE WHEN r.t = 13 AND i.kind = 'response' THEN 'Emails redacted ' || replace(r.ref, '/', '-') || '.pdf' WHEN r.t = 31 AND i.kind = 'response' THEN 'Fire risk assessment - ' || fixture_gen.pick(ARRAY['Britannia Hotel', 'Park Inn', 'Premier Inn', 'Crowne Plaza'], 'hotel', r.id) || '.pdf'
           WHEN i.kind = 'response' AND i.id % 17 = 4 THEN 'image002.jpg' END,
      CASE WHEN i.id % 17 = 4 AND r.t NOT IN (13, 31) THEN 'image/jpeg' ELSE 'application/pdf' END, NULL, 20000 + fixture_gen.n('xtr', i.id, 3000000), NULL, i.id % 5 = 0 AND r.t = 13)
) x(part, fn, ct, cs, bytes, within, hid)
WHERE x.fn IS NOT NULL
ORDER BY i.id, x.part;

CREATE TABLE foi_attachments (
    id serial PRIMARY KEY,
    content_type text,
    filename text,
    charset text,
    display_size text,
    url_part_number integer,
    within_rfc822_subject text,
    incoming_message_id integer REFERENCES incoming_messages (id),
    hexdigest character varying(32),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    prominence character varying DEFAULT 'normal'::character varying,
    prominence_reason text,
    masked_at timestamp without time zone
);
INSERT INTO foi_attachments (id, content_type, filename, charset, display_size, url_part_number, within_rfc822_subject, incoming_message_id, hexdigest, created_at,
                             updated_at, prominence, prominence_reason, masked_at)
SELECT f.id, f.ctype, f.filename, f.charset,
       CASE WHEN f.bytes >= 1048576 THEN to_char(f.bytes / 1048576.0, 'FM990.0') || 'M' ELSE (f.bytes / 1024)::text || 'K' END,
       f.part, f.within, f.im, md5('att:' || f.id), m.created_at + interval '2 seconds', m.created_at + interval '2 seconds',
       CASE WHEN f.hid THEN 'hidden' ELSE 'normal' END,
       CASE WHEN f.hid THEN fixture_gen.pick(ARRAY['Contains the name and address of a member of the public on page 3; authority asked us to remove it.',
                                                   'Unredacted mobile numbers of junior staff.', 'Includes an objector''s signature and email address.'], 'fhid', f.id) END,
       CASE WHEN f.ctype IN ('application/pdf', 'text/plain', 'text/csv') AND m.created_at > '2023-07-01' THEN m.created_at + make_interval(secs => 30 + fixture_gen.n('msk', f.id, 600)) END
FROM agen.fa f JOIN incoming_messages m ON m.id = f.im ORDER BY f.id;

-- ---------------------------------------------------------------------------
-- Annotations (comments), censor rules and the event log.

CREATE TABLE comments (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    comment_type character varying DEFAULT 'internal_error'::character varying NOT NULL,
    info_request_id integer REFERENCES info_requests (id),
    body text NOT NULL,
    visible boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale text DEFAULT ''::text NOT NULL,
    attention_requested boolean DEFAULT false NOT NULL
);
CREATE TABLE agen.c (k int PRIMARY KEY, rid int, uid int, at timestamp, kind int);
INSERT INTO agen.c
SELECT k, r.id, CASE WHEN k % 4 = 0 THEN r.uid ELSE 1 + fixture_gen.n('cu', k, 330) END,
       r.created + make_interval(days => 3 + fixture_gen.n('cd', k, 200), secs => fixture_gen.n('cs', k, 80000)), fixture_gen.n('ck', k, 16)
FROM generate_series(1, 150) k
JOIN LATERAL (SELECT * FROM agen.r WHERE prominence = 'normal' AND uid IS NOT NULL AND id > 1 ORDER BY md5('cr' || k || ':' || id) LIMIT 1) r ON true;
DELETE FROM agen.c WHERE at > '2024-02-29' OR uid IN (SELECT id FROM agen.u WHERE erased);

INSERT INTO comments (user_id, comment_type, info_request_id, body, visible, created_at, updated_at, locale, attention_requested)
SELECT c.uid, 'request', c.rid,
       CASE c.kind
         WHEN 0 THEN 'The authority published a summary of these figures in its annual report: ' || (SELECT agen.home(b) FROM agen.pb b WHERE b.k = r.body) || '/annual-report. Worth asking for the breakdown by ward.'
         WHEN 1 THEN 'I had the same experience with ' || (SELECT name FROM agen.pb WHERE k = r.body) || ' - they took 60 working days to answer me.'
         WHEN 2 THEN 'Thanks ' || rp.first || ', this is really useful for our campaign. If anyone wants to get involved, email me at ' || cp.email || '.'
         WHEN 3 THEN 'The FOI officer, ' || off.full_name || ', was very helpful when I phoned ' || agen.body_phone(r.body, 'dl', off.i) || '. Worth calling before asking for a review.'
         WHEN 4 THEN 'My neighbour at ' || cp.street || ' had her car damaged on that road and was refused compensation twice.'
         WHEN 5 THEN 'You can complain to the ICO if the internal review is not done within 20 working days: https://ico.org.uk/make-a-complaint/'
         WHEN 6 THEN 'This response is late. Under section 10 they had 20 working days.'
         WHEN 7 THEN 'Cyngor da, diolch. Useful request - the Welsh language version of the scheme is different.'
         WHEN 8 THEN 'Cheap loans approved in minutes!!! http://quick-cash-uk.example/apply?ref=' || agen.lo('spamref', c.k, 8)
         WHEN 9 THEN off.full_name || ' is clearly covering for her manager. Useless.'
         WHEN 10 THEN 'I am a parent at one of the schools on this list. We were told nothing until September. Contact me on ' || cp.phone || ' if you are writing about it.'
         WHEN 11 THEN 'Link to the data as a spreadsheet: https://docs.example/spreadsheets/d/' || agen.rnd('sheet', c.k, 32)
         WHEN 12 THEN 'A similar request to another force got a full answer: https://righttoask.example/request/' || (SELECT slug FROM agen.rt WHERE id = 2 + c.k * 7 % 400)
         WHEN 13 THEN 'Reported in the ' || fixture_gen.pick(ARRAY['Yorkshire Evening Post', 'Bristol Post', 'Manchester Evening News', 'Herald', 'South Wales Echo'], 'cpaper', c.k) || ' today, well done.'
         ELSE 'Any update on this? It is now well past the deadline.' END,
       c.kind NOT IN (8, 9), c.at, c.at, CASE WHEN c.kind = 7 THEN 'cy' ELSE 'en' END, c.kind = 9 OR c.k % 37 = 0
FROM agen.c c JOIN agen.r r ON r.id = c.rid JOIN agen.p rp ON rp.i = agen.pid(r.uid) JOIN agen.p cp ON cp.i = agen.pid(c.uid) JOIN agen.p off ON off.i = r.officer
ORDER BY c.at;

CREATE TABLE censor_rules (
    id serial PRIMARY KEY,
    info_request_id integer REFERENCES info_requests (id),
    user_id integer REFERENCES users (id),
    public_body_id integer REFERENCES public_bodies (id),
    text text NOT NULL,
    replacement text NOT NULL,
    last_edit_editor character varying NOT NULL,
    last_edit_comment text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    regexp boolean
);
INSERT INTO censor_rules (info_request_id, user_id, public_body_id, text, replacement, last_edit_editor, last_edit_comment, created_at, updated_at, regexp)
-- requesters who asked for their name, address or phone to be removed from a request
SELECT r.id, NULL::int, NULL::int,
       CASE x.w WHEN 1 THEN p.full_name WHEN 2 THEN p.street WHEN 3 THEN p.phone ELSE p.last END,
       CASE x.w WHEN 1 THEN '[Name Removed]' WHEN 2 THEN '[address removed]' WHEN 3 THEN '[phone number removed]' ELSE '[REDACTED]' END,
       agen.admin_handle(r.id),
       CASE x.w WHEN 1 THEN 'Requester asked for their name to be removed (email of ' || to_char(r.created + interval '200 days', 'DD/MM/YYYY') || ', ticket #' || (40000 + r.id * 17)::text || ')'
                WHEN 2 THEN 'Address in letter and in the council''s reply'
                WHEN 3 THEN 'Requester''s phone number quoted in the response'
                ELSE 'Surname appears in attachment file names' END,
       r.created + interval '200 days', r.created + interval '200 days', false
FROM agen.r r JOIN agen.p p ON p.i = agen.pid(r.uid) CROSS JOIN LATERAL (SELECT 1 + r.id % 4 AS w) x
WHERE r.id > 1 AND r.uid IS NOT NULL AND (r.id % 9 = 4 OR r.id % 13 = 6 OR r.id % 23 = 1) AND r.created < '2023-06-01'
UNION ALL
-- User#anonymise! rules for closed accounts: their name, and a previous name
SELECT NULL, u.id, NULL, x.nm, '[Name Removed]', 'User#anonymise!', 'User#anonymise!', u.closed_at, u.closed_at, false
FROM users u JOIN agen.u au ON au.id = u.id AND au.closed JOIN agen.p p ON p.i = au.p
CROSS JOIN LATERAL (VALUES (p.full_name), (CASE WHEN u.id % 19 = 7 THEN p.first || ' ' || fixture_gen.pick(ARRAY['Whitfield', 'Okafor', 'Hussain', 'MacLeod', 'Jones', 'Kowalska'], 'maiden', u.id) END)) x(nm)
WHERE x.nm IS NOT NULL
UNION ALL
-- bodies that asked for junior officers' names, direct lines and emails to be hidden
SELECT NULL, NULL, b.k, CASE x.w WHEN 1 THEN off.full_name WHEN 2 THEN off.email WHEN 3 THEN agen.body_phone(b.k, 'dl', off.i) ELSE 'Direct line: [0-9 ]{10,14}' END,
       CASE x.w WHEN 1 THEN '[Name Redacted]' WHEN 2 THEN '[email address]' WHEN 3 THEN '[phone number]' ELSE 'Direct line: [redacted]' END,
       agen.admin_handle(b.k + x.w),
       CASE x.w WHEN 1 THEN 'Junior officer; ' || (SELECT name FROM agen.pb WHERE k = b.k) || ' asked for staff below Head of Service not to be named (letter from ' || sup.full_name || ', DPO)'
                WHEN 2 THEN 'Personal work email of a junior officer' WHEN 3 THEN 'Direct dial of officer' ELSE 'All direct lines at this body' END,
       agen.at('crb', b.k * 10 + x.w, '2016-01-01', '2024-02-01'), agen.at('crb', b.k * 10 + x.w, '2016-01-01', '2024-02-01'), x.w = 4
FROM agen.pb b JOIN agen.p off ON off.i = agen.officer(b.k, 1) JOIN agen.p sup ON sup.i = agen.officer(b.k, 0)
CROSS JOIN LATERAL (SELECT w FROM generate_series(1, 4) w WHERE w <= 1 + b.k % 4) x
WHERE b.k % 3 = 0 AND b.kind <> 'int'
UNION ALL
-- site-wide rules
SELECT NULL, NULL, NULL, t, rep, 'helen_okonkwo', cmt, ts, ts, true
FROM (VALUES ('\b07\d{3}\s?\d{6}\b', '[mobile number]', 'Hide UK mobile numbers everywhere', timestamp '2017-04-03 10:22:41.118102'),
             ('\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b', '[NI number]', 'National Insurance numbers', timestamp '2017-04-03 10:31:09.750011'),
             ('(?i)date of birth:?\s*\d{1,2}/\d{1,2}/\d{2,4}', 'date of birth: [removed]', 'Dates of birth typed into SAR-style requests', timestamp '2019-11-20 16:04:55.300127')) g(t, rep, cmt, ts);

CREATE TABLE info_request_events (
    id serial PRIMARY KEY,
    info_request_id integer NOT NULL REFERENCES info_requests (id),
    event_type text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    described_state character varying,
    calculated_state character varying,
    last_described_at timestamp without time zone,
    incoming_message_id integer REFERENCES incoming_messages (id),
    outgoing_message_id integer REFERENCES outgoing_messages (id),
    comment_id integer REFERENCES comments (id),
    updated_at timestamp without time zone,
    params jsonb
);

CREATE TABLE agen.ev (rid int, at timestamp, type text, dstate text, cstate text, im int, om int, cm int, params jsonb);
-- sent, followups and resends
INSERT INTO agen.ev
SELECT o.rid, o.at + interval '1 second', CASE WHEN o.kind = 'initial' THEN 'sent' ELSE 'followup_sent' END, NULL,
       CASE WHEN o.kind = 'initial' THEN 'waiting_response' WHEN o.kind = 'review_ask' THEN 'internal_review' ELSE NULL END, NULL, o.id, NULL,
       jsonb_build_object('email', CASE WHEN o.kind = 'initial' OR o.rid % 3 = 2 THEN 'FOI requests at ' || (SELECT CASE WHEN short <> '' THEN short ELSE name END FROM agen.pb WHERE k = r.body) || ' <' || r.sent_email || '>'
                                        ELSE off.full_name || ' <' || off.email || '>' END,
                          'outgoing_message_id', o.id)
FROM agen.om o JOIN agen.r r ON r.id = o.rid JOIN agen.p off ON off.i = r.officer;
-- responses
INSERT INTO agen.ev
SELECT i.rid, i.at + interval '4 seconds', 'response', NULL, CASE WHEN i.kind IN ('ack') THEN 'waiting_response' WHEN i.kind = 'bounce' THEN 'error_message' END, i.id, NULL, NULL,
       jsonb_build_object('incoming_message_id', i.id)
FROM agen.im i WHERE i.rid > 1;
-- requesters describing the state after a reply
INSERT INTO agen.ev
SELECT i.rid, i.at + make_interval(hours => 2 + fixture_gen.n('su', i.id, 200)), 'status_update', st.s, st.s, NULL, NULL, NULL,
       jsonb_build_object('user_id', r.uid, 'old_described_state', 'waiting_response', 'described_state', st.s)
FROM agen.im i JOIN agen.r r ON r.id = i.rid
CROSS JOIN LATERAL (SELECT CASE WHEN i.kind = 'ack' THEN 'waiting_response' WHEN i.kind = 'clarify_ask' THEN 'waiting_clarification' ELSE r.state END AS s) st
WHERE i.rid > 1 AND r.uid IS NOT NULL AND i.kind NOT IN ('bounce') AND i.id % 10 < 7 AND NOT (r.state = 'waiting_response' AND i.kind <> 'ack');
-- overdue markers
INSERT INTO agen.ev
SELECT r.id, (r.created + interval '29 days')::date + time '00:30', 'overdue', NULL, 'waiting_response_overdue', NULL::int, NULL::int, NULL::int, '{}'::jsonb
FROM agen.r r WHERE r.id > 1 AND r.created + interval '29 days' < coalesce((SELECT min(at) FROM agen.m WHERE rid = r.id AND dir = 'in' AND kind <> 'ack'), '2024-02-29')
UNION ALL
SELECT r.id, (r.created + interval '57 days')::date + time '00:30', 'very_overdue', NULL, 'waiting_response_very_overdue', NULL, NULL, NULL, '{}'::jsonb
FROM agen.r r WHERE r.id > 1 AND r.created + interval '57 days' < coalesce((SELECT min(at) FROM agen.m WHERE rid = r.id AND dir = 'in' AND kind <> 'ack'), '2024-02-29');
-- annotations
INSERT INTO agen.ev SELECT c.info_request_id, c.created_at + interval '1 second', 'comment', NULL, NULL, NULL, NULL, c.id, jsonb_build_object('comment_id', c.id) FROM comments c;
-- admin actions: hiding personal requests, editing titles, send errors, embargoes, reports, holding pen redeliveries
INSERT INTO agen.ev
SELECT r.id, r.created + interval '3 days', 'hide', NULL, NULL, NULL::int, NULL::int, NULL::int,
       jsonb_build_object('editor', agen.admin_handle(r.id), 'reason', 'not_foi', 'subject', 'Your request ''' || r.title || '''',
                          'explanation', 'Dear ' || p.full_name || E',\n\nYour request asks for personal information about you or your family. We have hidden it from the site: ' ||
                          E'please make a subject access request directly to ' || (SELECT name FROM agen.pb WHERE k = r.body) || E' instead.\n\nYours,\n\nThe Right to Ask team')
FROM agen.r r JOIN agen.p p ON p.i = agen.pid(r.uid) WHERE r.prominence IN ('requester_only', 'hidden')
UNION ALL
SELECT r.id, r.created + interval '1 day', 'edit', NULL, NULL, NULL, NULL, NULL,
       jsonb_build_object('editor', agen.admin_handle(r.id + 3), 'old_title', lower(r.title) || ' please', 'title', r.title, 'old_prominence', 'normal', 'prominence', r.prominence,
                          'old_described_state', r.state, 'described_state', r.state, 'old_awaiting_description', false, 'awaiting_description', false,
                          'old_allow_new_responses_from', 'anybody', 'allow_new_responses_from', 'anybody', 'old_handle_rejected_responses', 'bounce', 'handle_rejected_responses', 'bounce',
                          'old_tag_string', '', 'tag_string', '', 'old_comments_allowed', true, 'comments_allowed', true)
FROM agen.r r WHERE r.id > 1 AND r.id % 29 = 3
UNION ALL
SELECT r.id, r.created + interval '9 minutes', 'send_error', NULL, 'error_message', NULL, (SELECT id FROM agen.om WHERE rid = r.id AND seq = 1), NULL,
       jsonb_build_object('reason', 'Net::SMTPFatalError: 550 5.1.1 <' || r.sent_email || '>: Recipient address rejected: User unknown in virtual mailbox table',
                          'outgoing_message_id', (SELECT id FROM agen.om WHERE rid = r.id AND seq = 1))
FROM agen.r r WHERE r.state = 'error_message'
UNION ALL
SELECT r.id, r.created + interval '6 days', 'resent', NULL, 'waiting_response', NULL, (SELECT id FROM agen.om WHERE rid = r.id AND seq = 1), NULL,
       jsonb_build_object('email', 'FOI requests at ' || (SELECT name FROM agen.pb WHERE k = r.body) || ' <' || (SELECT email FROM agen.p WHERE i = r.officer) || '>',
                          'outgoing_message_id', (SELECT id FROM agen.om WHERE rid = r.id AND seq = 1), 'editor', agen.admin_handle(r.id))
FROM agen.r r WHERE r.state = 'error_message' AND r.id % 2 = 0
UNION ALL
SELECT e.info_request_id, e.created_at + interval '1 second', 'set_embargo', NULL, NULL, NULL, NULL, NULL, jsonb_build_object('embargo_id', e.id, 'embargo_extension_id', NULL)
FROM embargoes e
UNION ALL
SELECT r.id, r.created + make_interval(days => 40 + r.id % 30), 'report_request', NULL, NULL, NULL, NULL, NULL,
       jsonb_build_object('request_id', r.id, 'reason', 'Contains personal information', 'user_id', 1 + r.id * 7 % 330,
                          'message', 'This request names my neighbour, ' || (SELECT full_name || ' of ' || street || ', ' || city FROM agen.p WHERE i = 2001 + (r.id + 9) % 40) ||
                                     ', who has nothing to do with it. Please remove her details.')
FROM agen.r r WHERE r.state = 'attention_requested' OR r.id % 83 = 10;
INSERT INTO agen.ev
SELECT r.id, i.at + interval '2 days', 'redeliver_incoming', NULL, NULL, NULL, NULL, NULL,
       jsonb_build_object('editor', agen.admin_handle(i.seq), 'destination_request', r.id, 'deleted_incoming_message_id', i.id)
FROM agen.im i JOIN LATERAL (SELECT * FROM agen.r WHERE id > 1 AND created < i.at ORDER BY md5('hp' || i.id || ':' || id) LIMIT 1) r ON true
WHERE i.rid = 1 AND i.kind = 'misdirected';
DELETE FROM agen.ev WHERE at > '2024-02-29 23:00';

INSERT INTO info_request_events (info_request_id, event_type, created_at, described_state, calculated_state, last_described_at, incoming_message_id, outgoing_message_id,
                                 comment_id, updated_at, params)
SELECT e.rid, e.type, e.at, e.dstate, e.cstate, CASE WHEN e.type = 'status_update' THEN e.at END, e.im, e.om, e.cm, e.at, e.params
FROM agen.ev e ORDER BY e.at, e.rid, e.type;

UPDATE info_requests r SET last_event_forming_initial_request_id = e.id
FROM (SELECT DISTINCT ON (info_request_id) info_request_id, id FROM info_request_events WHERE event_type IN ('sent', 'resent') ORDER BY info_request_id, created_at DESC) e
WHERE e.info_request_id = r.id;
UPDATE info_requests r SET last_event_time = e.t, updated_at = greatest(r.updated_at, e.t)
FROM (SELECT info_request_id, max(created_at) AS t FROM info_request_events GROUP BY 1) e WHERE e.info_request_id = r.id;
UPDATE info_requests SET last_event_time = created_at WHERE last_event_time IS NULL;

-- Followups that answer a specific reply.
UPDATE outgoing_messages o SET incoming_message_followup_id = (SELECT max(m.id) FROM incoming_messages m WHERE m.info_request_id = o.info_request_id AND m.created_at < o.created_at
                                                                AND m.from_email NOT LIKE 'MAILER-DAEMON%')
WHERE o.message_type = 'followup' AND o.id % 3 <> 2;

CREATE TABLE request_classifications (
    id serial PRIMARY KEY,
    user_id integer REFERENCES users (id),
    info_request_event_id integer REFERENCES info_request_events (id),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO request_classifications (user_id, info_request_event_id, created_at, updated_at)
SELECT (e.params ->> 'user_id')::int, e.id, e.created_at, e.created_at FROM info_request_events e WHERE e.event_type = 'status_update' AND e.params ->> 'user_id' IS NOT NULL
ORDER BY e.id;

-- ---------------------------------------------------------------------------
-- Tracks, alerts and notifications.

CREATE TABLE track_things (
    id serial PRIMARY KEY,
    tracking_user_id integer NOT NULL REFERENCES users (id),
    track_query character varying NOT NULL,
    info_request_id integer REFERENCES info_requests (id),
    tracked_user_id integer REFERENCES users (id),
    public_body_id integer REFERENCES public_bodies (id),
    track_medium character varying NOT NULL,
    track_type character varying DEFAULT 'internal_error'::character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
INSERT INTO track_things (tracking_user_id, track_query, info_request_id, tracked_user_id, public_body_id, track_medium, track_type, created_at, updated_at)
SELECT x.tu, x.q, x.ir, x.tr, x.pb, CASE WHEN k % 7 = 3 THEN 'feed' ELSE 'email_daily' END, x.tt, x.at, x.at
FROM generate_series(1, 300) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('tku', k, 330) ELSE 1 + fixture_gen.n('tku2', k, 60) END AS tu,
                           fixture_gen.n('tkt', k, 20) AS kind, 2 + fixture_gen.n('tkr', k, 468) AS rid, 1 + fixture_gen.n('tkb', k, 63) AS bid,
                           1 + fixture_gen.n('tkw', k, 330) AS who) s
JOIN users tuser ON tuser.id = s.tu
CROSS JOIN LATERAL (SELECT CASE WHEN s.kind < 9 THEN 'request_updates' WHEN s.kind < 12 THEN 'public_body_updates' WHEN s.kind < 15 THEN 'user_updates'
                                WHEN s.kind < 18 THEN 'search_query' WHEN s.kind = 18 THEN 'all_new_requests' ELSE 'all_successful_requests' END AS tt) t
CROSS JOIN LATERAL (SELECT s.tu,
    CASE t.tt WHEN 'request_updates' THEN 'request:' || (SELECT url_title FROM info_requests WHERE id = s.rid)
              WHEN 'public_body_updates' THEN 'requested_from:' || (SELECT url_name FROM public_body_translations WHERE public_body_id = s.bid AND locale = 'en')
              WHEN 'user_updates' THEN 'requested_by:' || (SELECT url_name FROM users WHERE id = s.who) || ' OR commented_by:' || (SELECT url_name FROM users WHERE id = s.who)
              WHEN 'search_query' THEN fixture_gen.pick(ARRAY['facial recognition', 'RAAC', 'body worn video', 'temporary accommodation', 'asylum hotel', '"stop and search"',
                   'Palantir', 'cladding', 'sewage spills Aire', 'section 21', 'council tax arrears bailiffs', 'ADHD waiting list', 'school exclusions Bradford',
                   'Ymgynghoriad Cymraeg'], 'tkq', k)
              WHEN 'all_new_requests' THEN 'variety:sent'
              ELSE 'variety:response (status:successful OR status:partially_successful)' END AS q,
    CASE WHEN t.tt = 'request_updates' THEN s.rid END AS ir, CASE WHEN t.tt = 'user_updates' THEN s.who END AS tr, CASE WHEN t.tt = 'public_body_updates' THEN s.bid END AS pb,
    t.tt, agen.at('tkat', k, greatest(tuser.created_at, (SELECT created_at FROM info_requests WHERE id = s.rid)), '2024-02-28') AS at) x
WHERE tuser.closed_at IS NULL AND s.tu <> s.who
ORDER BY x.at;

CREATE TABLE track_things_sent_emails (
    id serial PRIMARY KEY,
    track_thing_id integer NOT NULL REFERENCES track_things (id),
    info_request_event_id integer REFERENCES info_request_events (id),
    user_id integer REFERENCES users (id),
    public_body_id integer REFERENCES public_bodies (id),
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
INSERT INTO track_things_sent_emails (track_thing_id, info_request_event_id, user_id, public_body_id, created_at, updated_at)
SELECT t.id, e.id, t.tracked_user_id, t.public_body_id, e.created_at + interval '18 hours', e.created_at + interval '18 hours'
FROM track_things t
JOIN LATERAL (SELECT e.* FROM info_request_events e JOIN info_requests r ON r.id = e.info_request_id
              WHERE e.event_type IN ('sent', 'response', 'comment', 'followup_sent') AND e.created_at > t.created_at
                AND (e.info_request_id = t.info_request_id OR r.public_body_id = t.public_body_id OR r.user_id = t.tracked_user_id)
              ORDER BY e.created_at LIMIT 3) e ON true
WHERE t.track_medium = 'email_daily'
ORDER BY 5;

CREATE TABLE user_info_request_sent_alerts (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    info_request_id integer NOT NULL REFERENCES info_requests (id),
    alert_type character varying NOT NULL,
    info_request_event_id integer REFERENCES info_request_events (id),
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
INSERT INTO user_info_request_sent_alerts (user_id, info_request_id, alert_type, info_request_event_id, created_at, updated_at)
SELECT r.user_id, r.id,
       CASE e.event_type WHEN 'overdue' THEN 'overdue_1' WHEN 'very_overdue' THEN 'very_overdue_1' WHEN 'comment' THEN 'comment_1'
                         ELSE CASE WHEN e.id % 3 = 0 THEN 'new_response_reminder_2' ELSE 'new_response_reminder_1' END END,
       e.id, e.created_at + interval '3 days 2 hours', e.created_at + interval '3 days 2 hours'
FROM info_request_events e JOIN info_requests r ON r.id = e.info_request_id
WHERE r.user_id IS NOT NULL AND r.user_id <> 339 AND (e.event_type IN ('overdue', 'very_overdue') OR e.event_type = 'comment' AND e.id % 2 = 0 OR e.event_type = 'response' AND r.awaiting_description)
  AND e.created_at < '2024-02-26'
ORDER BY 5;

CREATE TABLE notifications (
    id serial PRIMARY KEY,
    info_request_event_id integer NOT NULL REFERENCES info_request_events (id),
    user_id integer NOT NULL REFERENCES users (id),
    frequency integer DEFAULT 0 NOT NULL,
    seen_at timestamp without time zone,
    send_after timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    expired boolean DEFAULT false
);
INSERT INTO notifications (info_request_event_id, user_id, frequency, seen_at, send_after, created_at, updated_at, expired)
SELECT e.id, r.user_id, CASE WHEN r.user_id % 3 = 0 THEN 0 ELSE 1 END,
       CASE WHEN e.id % 4 <> 0 THEN e.created_at + make_interval(hours => 1 + e.id % 40) END,
       CASE WHEN r.user_id % 3 = 0 THEN e.created_at ELSE e.created_at::date + make_interval(days => 1, hours => (SELECT daily_summary_hour FROM users WHERE id = r.user_id)) END,
       e.created_at, e.created_at, e.event_type = 'overdue' AND e.id % 5 = 0
FROM info_request_events e JOIN info_requests r ON r.id = e.info_request_id
WHERE r.use_notifications AND e.event_type IN ('response', 'overdue', 'very_overdue', 'embargo_expiring', 'comment')
ORDER BY e.created_at;

-- ---------------------------------------------------------------------------
-- Post redirects: the form a logged-out user posted, replayed after sign-in.

CREATE TABLE post_redirects (
    id serial PRIMARY KEY,
    token text NOT NULL,
    uri text NOT NULL,
    post_params_yaml text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    email_token text NOT NULL,
    reason_params_yaml text,
    user_id integer REFERENCES users (id),
    circumstance text DEFAULT 'normal'::text NOT NULL
);
-- YAML as Ruby's Psych writes a parameters hash.
CREATE FUNCTION agen.yq(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '"' || replace(replace(replace(s, '\', '\\'), '"', '\"'), E'\n', '\n') || '"' $$;
INSERT INTO post_redirects (token, uri, post_params_yaml, created_at, updated_at, email_token, reason_params_yaml, user_id, circumstance)
SELECT agen.lo('prt', k, 16), x.uri, x.post, x.at, x.at, agen.lo('pre', k, 16), x.reason, x.uid, x.circ
FROM generate_series(1, 230) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('prk', k, 10) AS kind, 2 + fixture_gen.n('prr', k, 468) AS rid, 1 + fixture_gen.n('pru', k, 330) AS uid0) s
JOIN agen.r r ON r.id = s.rid
JOIN agen.p p ON p.i = agen.pid(s.uid0)
CROSS JOIN LATERAL (SELECT
    CASE WHEN s.kind < 5 THEN '/new/' || (SELECT url_name FROM public_body_translations WHERE public_body_id = r.body AND locale = 'en')
         WHEN s.kind < 7 THEN '/annotate/request/' || (SELECT url_title FROM info_requests WHERE id = r.id)
         WHEN s.kind = 7 THEN '/track/request/' || (SELECT url_title FROM info_requests WHERE id = r.id) || '/feed'
         WHEN s.kind = 8 THEN '/profile/change_email'
         ELSE '/user/' || p.slug END AS uri,
    CASE WHEN s.kind < 5 THEN E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nutf8: "✓"\nauthenticity_token: ' || fixture_gen.b64('csrf', k, 64) ||
           E'\noutgoing_message: !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  body: ' ||
           agen.yq('Dear ' || (SELECT name FROM agen.pb WHERE k = r.body) || E',\n\n' || coalesce(r.ask, '') || E'\n\nYours faithfully,\n\n' || p.full_name ||
                   CASE WHEN k % 6 = 1 THEN E'\n' || p.street || ', ' || p.city || ' ' || p.postcode ELSE '' END) ||
           E'\ninfo_request: !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  title: ' || agen.yq(coalesce(r.title, '')) || E'\n  public_body_id: ''' || r.body ||
           E'''\n  tag_string: ''''\nsubmitted_new_request: ''1''\npreview: ''0''\ncontroller: request\naction: new\nurl_name: ' ||
           (SELECT url_name FROM public_body_translations WHERE public_body_id = r.body AND locale = 'en') || E'\n'
         WHEN s.kind < 7 THEN E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nutf8: "✓"\nauthenticity_token: ' || fixture_gen.b64('csrf', k, 64) ||
           E'\ncomment: !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  body: ' ||
           agen.yq(CASE WHEN k % 2 = 0 THEN 'The council told me the same thing in 2019. Happy to compare notes: ' || p.email ELSE 'This is the third time they have missed the deadline.' END) ||
           E'\nsubmitted_comment: ''1''\npreview: ''1''\ntype: request\ncontroller: comment\naction: new\nurl_title: ' || (SELECT url_title FROM info_requests WHERE id = r.id) || E'\n'
         WHEN s.kind = 7 THEN E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ncontroller: track\naction: track_request\nurl_title: ' || (SELECT url_title FROM info_requests WHERE id = r.id) || E'\nfeed: feed\n'
         WHEN s.kind = 8 THEN E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nutf8: "✓"\nauthenticity_token: ' || fixture_gen.b64('csrf', k, 64) ||
           E'\nsignchangeemail: !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  old_email: ' || p.email || E'\n  new_email: ' ||
           agen.fold(p.first) || '.' || agen.fold(p.last) || '@' || fixture_gen.pick(ARRAY['proton.me', 'outlook.com', 'gmail.com'], 'newdom', k) ||
           E'\nsubmitted_signchangeemail_do: ''1''\ncontroller: user\naction: signchangeemail\n'
         ELSE E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ncontroller: user\naction: show\nurl_name: ' || p.slug || E'\n' END AS post,
    CASE WHEN s.kind < 5 THEN E'---\n:web: To send and publish your FOI request\n:email: Then your FOI request to ' || (SELECT name FROM agen.pb WHERE k = r.body) ||
           E' will be sent and published.\n:email_subject: Confirm your FOI request to ' || (SELECT name FROM agen.pb WHERE k = r.body) || E'\n'
         WHEN s.kind < 7 THEN E'---\n:web: To post your annotation\n:email: Then your annotation to ' || agen.yq(coalesce(r.title, '')) || E' will be posted.\n:email_subject: Confirm your annotation to '
           || agen.yq(coalesce(r.title, '')) || E'\n'
         WHEN s.kind = 7 THEN E'---\n:web: To follow the request ''' || replace(coalesce(r.title, ''), '''', '''''') || E'''\n:email: Then you will be updated whenever the request is updated.\n:email_subject: Confirm you want to follow the request\n'
         WHEN s.kind = 8 THEN E'---\n:web: ''''\n:email: Then your email address will be changed.\n:email_subject: Confirm your new email address on Right to Ask\n'
         ELSE E'---\n:web: To log in as ' || p.full_name || E'\n:email: Then you can log in as ' || p.full_name || E'.\n:email_subject: Log in as ' || p.full_name || E'\n:user_name: ' || p.full_name || E'\n' END AS reason,
    CASE WHEN s.kind = 9 THEN 331 + k % 8 WHEN k % 3 = 0 THEN NULL ELSE s.uid0 END AS uid,
    CASE WHEN s.kind = 8 THEN 'change_email' WHEN s.kind = 9 THEN 'login_as' ELSE 'normal' END AS circ,
    agen.at('prat', k, '2021-03-01', '2024-02-29') AS at) x
ORDER BY x.at;

-- ---------------------------------------------------------------------------
-- Exim log lines matched to requests, and the log files already loaded.

CREATE TABLE mail_server_log_dones (
    id serial PRIMARY KEY,
    filename text NOT NULL,
    last_stat timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
CREATE TABLE mail_server_logs (
    id serial PRIMARY KEY,
    mail_server_log_done_id integer REFERENCES mail_server_log_dones (id),
    info_request_id integer REFERENCES info_requests (id),
    "order" integer NOT NULL,
    line text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    delivery_status character varying
);
CREATE TABLE agen.ml (rid int, at timestamp, ord int, line text, status text);
-- outgoing: accepted from the app, delivered to the body's MX, completed (or bounced)
INSERT INTO agen.ml
SELECT o.rid, o.at + make_interval(secs => x.n), x.n,
       to_char(o.at + make_interval(secs => x.n), 'YYYY-MM-DD HH24:MI:SS') || ' ' || mid.m || ' ' ||
       CASE x.n
         WHEN 1 THEN '<= request-' || o.rid || '-' || ir.idhash || '@righttoask.example U=alaveteli P=local S=' || (2400 + length(o.body))::text || ' id=ogm-' || o.id || '+' ||
                     agen.lo('msgid', o.id, 13) || '@righttoask.example T="' || replace(CASE WHEN o.kind = 'initial' THEN 'Freedom of Information request - ' ELSE 'Re: Freedom of Information request - ' END || ir.title, '"', '\"') ||
                     '" from <request-' || o.rid || '-' || ir.idhash || '@righttoask.example> for ' || r.sent_email
         WHEN 2 THEN CASE WHEN r.state = 'error_message' AND o.kind = 'initial' THEN '** ' || r.sent_email || ' R=dnslookup T=remote_smtp H=' || replace(split_part(r.sent_email, '@', 2), '.', '-') ||
                          '.mail.protection.outlook.com [' || fixture_gen.ipv4('mxo', r.body) || ']: SMTP error from remote mail server after RCPT TO:<' || r.sent_email || '>: 550 5.4.1 Recipient address rejected: Access denied'
                     ELSE '=> ' || r.sent_email || ' R=dnslookup T=remote_smtp H=' || replace(split_part(r.sent_email, '@', 2), '.', '-') || '.mail.protection.outlook.com [' ||
                          fixture_gen.ipv4('mxo', r.body) || '] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes DN="CN=mail.protection.outlook.com" C="250 2.6.0 <ogm-' || o.id ||
                          '@righttoask.example> [InternalId=' || fixture_gen.digits('iid', o.id, 13) || '] Queued mail for delivery"' END
         ELSE 'Completed' END,
       CASE x.n WHEN 1 THEN 'sent' WHEN 2 THEN CASE WHEN r.state = 'error_message' AND o.kind = 'initial' THEN 'failed' ELSE 'delivered' END ELSE 'delivered' END
FROM agen.om o JOIN agen.r r ON r.id = o.rid JOIN info_requests ir ON ir.id = o.rid
CROSS JOIN LATERAL (SELECT '1r' || agen.rnd('eximid', o.id, 4) || '-' || upper(agen.lo('eximid2', o.id, 6)) || '-' || agen.rnd('eximid3', o.id, 2) AS m) mid
CROSS JOIN generate_series(1, 3) x(n)
WHERE o.at > '2021-01-01';
-- incoming: accepted from the officer's server for the request address
INSERT INTO agen.ml
SELECT i.rid, i.at - interval '2 seconds', 1,
       to_char(i.at - interval '2 seconds', 'YYYY-MM-DD HH24:MI:SS') || ' 1r' || agen.rnd('eximin', i.id, 4) || '-' || upper(agen.lo('eximin2', i.id, 6)) || '-' || agen.rnd('eximin3', i.id, 2) ||
       ' <= ' || i.from_email || ' H=' || replace(split_part(i.from_email, '@', 2), '.', '-') || '.outbound.protection.outlook.com [' || fixture_gen.ipv4('mxin', i.id % 40) ||
       '] P=esmtps X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=no S=' || (8000 + length(coalesce(i.unfolded, '')) * 2 + length(coalesce(i.att, '')) * 3)::text ||
       ' id=' || upper(agen.lo('imid', i.id, 20)) || '@' || upper(agen.lo('imho', i.id, 12)) || '.eurprd0' || (1 + i.id % 5)::text || '.prod.exchangelabs.com T="' ||
       replace(coalesce(i.subject, ''), '"', '\"') || '" for request-' || i.rid || '-' || ir.idhash || '@righttoask.example',
       'sent'
FROM agen.im i JOIN info_requests ir ON ir.id = i.rid WHERE i.at > '2021-01-01' AND i.rid > 1 AND i.kind <> 'bounce';

INSERT INTO mail_server_log_dones (filename, last_stat, created_at, updated_at)
SELECT '/var/log/exim4/exim-mainlog-' || to_char(d, 'YYYY-MM-DD'), d + interval '1 day 6 hours 25 minutes', d + interval '1 day 6 hours 31 minutes', d + interval '1 day 6 hours 31 minutes'
FROM (SELECT DISTINCT at::date AS d FROM agen.ml) x ORDER BY d;
INSERT INTO mail_server_logs (mail_server_log_done_id, info_request_id, "order", line, created_at, updated_at, delivery_status)
SELECT d.id, l.rid, row_number() OVER (PARTITION BY l.at::date ORDER BY l.at, l.ord), l.line, d.created_at, d.created_at, l.status
FROM agen.ml l JOIN mail_server_log_dones d ON d.filename = '/var/log/exim4/exim-mainlog-' || to_char(l.at, 'YYYY-MM-DD')
ORDER BY l.at, l.ord;

-- ---------------------------------------------------------------------------
-- Widget votes, change requests, citations, holidays, announcements.

CREATE TABLE widget_votes (
    id serial PRIMARY KEY,
    cookie character varying,
    info_request_id integer NOT NULL REFERENCES info_requests (id),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO widget_votes (cookie, info_request_id, created_at, updated_at)
SELECT fixture_gen.hexn('wvc', k / 2, 20), r.id, t.t, t.t
FROM generate_series(1, 180) k
JOIN LATERAL (SELECT id, created_at FROM info_requests WHERE described_state = 'waiting_response' AND prominence = 'normal' AND id > 1 ORDER BY md5('wv' || k || ':' || id) LIMIT 1) r ON true
CROSS JOIN LATERAL (SELECT agen.at('wvt', k, r.created_at, '2024-02-29') AS t) t
ORDER BY t.t;

CREATE TABLE public_body_change_requests (
    id serial PRIMARY KEY,
    user_email character varying,
    user_name character varying,
    user_id integer REFERENCES users (id),
    public_body_name text,
    public_body_id integer REFERENCES public_bodies (id),
    public_body_email character varying,
    source_url text,
    notes text,
    is_open boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO public_body_change_requests (user_email, user_name, user_id, public_body_name, public_body_id, public_body_email, source_url, notes, is_open, created_at, updated_at)
SELECT CASE WHEN gs.n % 3 = 0 THEN p.email END, CASE WHEN gs.n % 3 = 0 THEN p.full_name END, CASE WHEN gs.n % 3 <> 0 THEN u.id END,
       CASE WHEN gs.n % 4 = 0 THEN fixture_gen.pick(ARRAY['Otley Town Council', 'Hebden Royd Town Council', 'Penarth Town Council', 'Leeds Trinity University', 'West Yorkshire Combined Authority',
                                                       'Tees Valley Combined Authority', 'Mayor''s Office for Policing and Crime', 'Scottish Fire and Rescue Service', 'Bristol Waste Company',
                                                       'Children''s Commissioner for Wales'], 'pbcn', gs.n) END,
       CASE WHEN gs.n % 4 <> 0 THEN b.k END,
       CASE WHEN gs.n % 4 = 0 THEN 'foi@' || fixture_gen.pick(ARRAY['otleytowncouncil.gov.uk', 'hebdenroyd.org.uk', 'penarthtowncouncil.gov.uk', 'leedstrinity.ac.uk', 'westyorks-ca.gov.uk',
                                                               'teesvalley-ca.gov.uk', 'london.gov.uk', 'firescotland.gov.uk', 'bristolwastecompany.co.uk', 'complantplant.wales'], 'pbcn', gs.n)
            WHEN gs.n % 5 = 1 THEN off.email ELSE 'foi.requests@' || b.dom END,
       CASE WHEN gs.n % 2 = 0 THEN 'https://www.' || CASE WHEN gs.n % 4 = 0 THEN 'gov.uk/government/organisations' ELSE b.dom || '/your-council/freedom-of-information' END END,
       CASE gs.n % 6
         WHEN 0 THEN 'Their website says FOI requests should now go to the new mailbox.'
         WHEN 1 THEN 'I rang the council and ' || off.full_name || ' in the FOI team gave me this address directly (' || agen.body_phone(b.k, 'dl', off.i) || ').'
         WHEN 2 THEN 'Requests to the old address are bouncing.'
         WHEN 3 THEN CASE WHEN gs.n % 4 = 0 THEN 'This is a new combined authority; it holds transport and skills data.' ELSE 'The FOI page on their website lists a different address now.' END
         WHEN 4 THEN 'My request ' || (SELECT url_title FROM info_requests WHERE id = 2 + gs.n * 11 % 460) || ' went unanswered - they say they never got it.'
         ELSE '' END,
       gs.n % 5 = 2, t.t, t.t + CASE WHEN gs.n % 5 = 2 THEN interval '0' ELSE interval '3 days' END
FROM generate_series(1, 48) gs(n)
JOIN agen.pb b ON b.k = 1 + fixture_gen.n('pbcb', gs.n, 63)
JOIN users u ON u.id = 1 + fixture_gen.n('pbcu', gs.n, 330)
JOIN agen.p p ON p.i = 1 + fixture_gen.n('pbcp', gs.n, 330)
JOIN agen.p off ON off.i = agen.officer(b.k, gs.n)
CROSS JOIN LATERAL (SELECT agen.at('pbct', gs.n, '2016-01-01', '2024-02-28') AS t) t
ORDER BY t.t;

CREATE TABLE citations (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    citable_type character varying,
    citable_id bigint,
    source_url character varying,
    type character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO citations (user_id, citable_type, citable_id, source_url, type, created_at, updated_at)
SELECT CASE WHEN k % 3 = 0 THEN 331 + k % 8 ELSE r.user_id END, CASE WHEN k % 9 = 4 THEN 'InfoRequestBatch' ELSE 'InfoRequest' END,
       CASE WHEN k % 9 = 4 THEN 1 + k % 5 ELSE r.id END,
       CASE k % 5 WHEN 0 THEN 'https://www.theguardian.com/uk-news/' || extract(year FROM r.created_at)::int || '/' || lower(to_char(r.created_at, 'Mon')) || '/' || lpad((1 + k % 28)::text, 2, '0') || '/' || r.url_title
                  WHEN 1 THEN 'https://www.bbc.co.uk/news/uk-england-' || fixture_gen.digits('bbc', k, 8)
                  WHEN 2 THEN 'https://doi.org/10.1080/' || fixture_gen.digits('doi', k, 8) || '.' || fixture_gen.digits('doi2', k, 4)
                  WHEN 3 THEN 'https://thebristolcable.example/' || extract(year FROM r.created_at)::int || '/' || replace(r.url_title, '_', '-')
                  ELSE 'https://www.yorkshireeveningpost.co.uk/news/politics/council/' || replace(r.url_title, '_', '-') || '-' || fixture_gen.digits('yep', k, 7) END,
       CASE k % 5 WHEN 2 THEN 'academic_paper' WHEN 4 THEN 'news_story' WHEN 3 THEN 'other' ELSE 'news_story' END,
       t.t, t.t
FROM generate_series(1, 30) k
JOIN LATERAL (SELECT * FROM info_requests WHERE described_state IN ('successful', 'partially_successful') AND prominence = 'normal' AND user_id IS NOT NULL ORDER BY md5('cit' || k || ':' || id) LIMIT 1) r ON true
CROSS JOIN LATERAL (SELECT agen.at('citt', k, greatest(r.created_at, '2021-01-20'), '2024-02-28') AS t) t
ORDER BY t.t;

CREATE TABLE holidays (
    id serial PRIMARY KEY,
    day date,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
INSERT INTO holidays (day, description, created_at, updated_at)
SELECT d, n, timestamp '2019-12-02 10:00:00' + make_interval(secs => row_number() OVER (ORDER BY d)::int), timestamp '2019-12-02 10:00:00' + make_interval(secs => row_number() OVER (ORDER BY d)::int)
FROM (VALUES ('2020-01-01'::date, 'New Year''s Day'), ('2020-04-10', 'Good Friday'), ('2020-04-13', 'Easter Monday'), ('2020-05-08', 'Early May bank holiday (VE day)'),
  ('2020-05-25', 'Spring bank holiday'), ('2020-08-31', 'Summer bank holiday'), ('2020-12-25', 'Christmas Day'), ('2020-12-28', 'Boxing Day (substitute day)'),
  ('2021-01-01', 'New Year''s Day'), ('2021-04-02', 'Good Friday'), ('2021-04-05', 'Easter Monday'), ('2021-05-03', 'Early May bank holiday'), ('2021-05-31', 'Spring bank holiday'),
  ('2021-08-30', 'Summer bank holiday'), ('2021-12-27', 'Christmas Day (substitute day)'), ('2021-12-28', 'Boxing Day (substitute day)'), ('2022-01-03', 'New Year''s Day (substitute day)'),
  ('2022-04-15', 'Good Friday'), ('2022-04-18', 'Easter Monday'), ('2022-05-02', 'Early May bank holiday'), ('2022-06-02', 'Spring bank holiday'), ('2022-06-03', 'Platinum Jubilee bank holiday'),
  ('2022-08-29', 'Summer bank holiday'), ('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'), ('2022-12-26', 'Boxing Day'), ('2022-12-27', 'Christmas Day (substitute day)'),
  ('2023-01-02', 'New Year''s Day (substitute day)'), ('2023-04-07', 'Good Friday'), ('2023-04-10', 'Easter Monday'), ('2023-05-01', 'Early May bank holiday'),
  ('2023-05-08', 'Bank holiday for the coronation of King Charles III'), ('2023-05-29', 'Spring bank holiday'), ('2023-08-28', 'Summer bank holiday'), ('2023-12-25', 'Christmas Day'),
  ('2023-12-26', 'Boxing Day'), ('2024-01-01', 'New Year''s Day'), ('2024-03-29', 'Good Friday'), ('2024-04-01', 'Easter Monday'), ('2024-05-06', 'Early May bank holiday'),
  ('2024-05-27', 'Spring bank holiday'), ('2024-08-26', 'Summer bank holiday'), ('2024-12-25', 'Christmas Day'), ('2024-12-26', 'Boxing Day')) h(d, n);

CREATE TABLE announcements (
    id bigserial PRIMARY KEY,
    visibility character varying,
    user_id bigint REFERENCES users (id),
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE TABLE announcement_translations (
    id bigserial PRIMARY KEY,
    announcement_id bigint NOT NULL REFERENCES announcements (id),
    locale character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    title character varying,
    content text
);
INSERT INTO announcements (visibility, user_id, created_at, updated_at) VALUES
  ('everyone', 331, '2021-03-15 09:12:44.301911', '2021-03-15 09:12:44.301911'),
  ('admin', 333, '2022-01-10 14:02:19.771206', '2022-01-10 14:02:19.771206'),
  ('everyone', 332, '2022-09-19 08:00:02.118004', '2022-09-19 08:00:02.118004'),
  ('pro', 331, '2023-04-03 11:45:37.664120', '2023-04-03 11:45:37.664120'),
  ('admin', 336, '2023-11-27 16:21:08.090315', '2023-11-27 16:21:08.090315'),
  ('everyone', 335, '2024-02-05 10:30:55.412787', '2024-02-05 10:30:55.412787');
INSERT INTO announcement_translations (announcement_id, locale, created_at, updated_at, title, content)
SELECT a.id, l.locale, a.created_at, a.created_at, CASE l.locale WHEN 'en' THEN t.en_t ELSE t.cy_t END, CASE l.locale WHEN 'en' THEN t.en_c ELSE t.cy_c END
FROM announcements a JOIN (VALUES
  (1, 'New: request batches for everyone', 'Ceisiadau swp i bawb', 'You can now send the same request to several authorities at once. Read our guidance before you do.', 'Gallwch nawr anfon yr un cais at sawl awdurdod ar unwaith.'),
  (2, 'Admin rota', NULL, 'Please check the holding pen every morning and log redeliveries in the shared sheet. Escalate legal threats to the trustees.', NULL),
  (3, 'Deadlines and the bank holiday', 'Terfynau amser a''r gwyl banc', 'Monday 19 September is a bank holiday; we have updated the deadlines of open requests.', 'Mae dydd Llun 19 Medi yn ŵyl banc.'),
  (4, 'Pro: longer embargoes', NULL, 'Pro users can now extend embargoes to 12 months.', NULL),
  (5, 'Spam wave', NULL, 'We are seeing new accounts posting loan adverts in annotations. Ban on sight and tick "confirmed not spam" only for real people.', NULL),
  (6, 'Scheduled maintenance', 'Gwaith cynnal a chadw', 'The site will be read-only on Sunday 11 February between 07:00 and 09:00 while we upgrade.', 'Bydd y wefan ar gael i''w darllen yn unig ddydd Sul 11 Chwefror.')
) t(k, en_t, cy_t, en_c, cy_c) ON t.k = a.id
CROSS JOIN (VALUES ('en'), ('cy')) l(locale)
WHERE l.locale = 'en' OR t.cy_t IS NOT NULL
ORDER BY a.id, l.locale DESC;

-- ---------------------------------------------------------------------------
-- Alaveteli Pro: accounts, drafts, batch drafts, request summaries and the
-- Stripe webhooks.

CREATE TABLE pro_accounts (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    default_embargo_length character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    stripe_customer_id character varying,
    monthly_batch_limit integer
);
INSERT INTO pro_accounts (user_id, default_embargo_length, created_at, updated_at, stripe_customer_id, monthly_batch_limit)
SELECT u.id, fixture_gen.pick(ARRAY['3_months', '3_months', '6_months', '12_months', NULL], 'pdel', u.id), t.t, t.t + interval '30 days',
       CASE WHEN u.id <= 330 OR u.id = 331 THEN 'cus_' || agen.rnd('cus', u.id, 14) END, CASE WHEN u.id IN (12, 40) THEN 10 END
FROM agen.u u JOIN users uu ON uu.id = u.id CROSS JOIN LATERAL (SELECT greatest(uu.created_at, timestamp '2017-05-01') + interval '12 days' AS t) t
WHERE u.pro ORDER BY t.t;

CREATE TABLE draft_info_requests (
    id serial PRIMARY KEY,
    title character varying,
    user_id integer REFERENCES users (id),
    public_body_id integer REFERENCES public_bodies (id),
    body text,
    embargo_duration character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO draft_info_requests (title, user_id, public_body_id, body, embargo_duration, created_at, updated_at)
SELECT agen.fill(tp.title, x.rec, p), pa.user_id, agen.body_for(tp.t, gs.k),
       'Dear ' || (SELECT name FROM agen.pb WHERE k = agen.body_for(tp.t, gs.k)) || E',\n\n' || agen.fill(tp.ask, x.rec, p) || E'\n\nYours faithfully,\n\n' || p.full_name ||
       CASE WHEN gs.k % 5 = 0 THEN E'\n' || p.phone ELSE '' END,
       fixture_gen.pick(ARRAY['3_months', '6_months', '12_months', NULL], 'ded', gs.k), t.t, t.t + make_interval(mins => gs.k % 90)
FROM generate_series(1, 44) gs(k)
JOIN pro_accounts pa ON pa.id = 1 + gs.k % (SELECT count(*) FROM pro_accounts)
JOIN agen.p p ON p.i = agen.pid(pa.user_id)
JOIN agen.tpl tp ON tp.t = 1 + fixture_gen.n('dtt', gs.k, 40)
CROSS JOIN LATERAL (SELECT ROW(2000 + gs.k, pa.user_id, 1, tp.t, timestamp '2024-01-15', NULL, 'foi', 'normal', NULL, NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL)::agen.r AS rec) x
CROSS JOIN LATERAL (SELECT agen.at('dirt', gs.k, pa.created_at, '2024-02-29') AS t) t
WHERE tp.t NOT IN (23, 24, 41, 42)
ORDER BY t.t;

CREATE TABLE draft_info_request_batches (
    id serial PRIMARY KEY,
    title character varying,
    body text,
    user_id integer REFERENCES users (id),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    embargo_duration character varying
);
INSERT INTO draft_info_request_batches (title, body, user_id, created_at, updated_at, embargo_duration)
SELECT v.title, E'Dear [Authority name],\n\n' || v.ask || E'\n\nYours faithfully,\n\n' || p.full_name, pa.user_id, t.t, t.t + interval '2 hours', v.emb
FROM (VALUES (1, 'Domestic abuse refuge places 2023', 'How many refuge places did you commission in 2023, and how many referrals were turned away for lack of space?', '3_months'),
             (2, 'Use of facial recognition in retail partnerships', 'Please send any data sharing agreements with retailers for facial recognition watchlists.', '6_months'),
             (3, 'Spending on agency social workers', 'Total spend on agency social workers in children''s services in 2022/23.', NULL),
             (4, 'Fines for Welsh language breaches', 'How many times has the Commissioner imposed a civil penalty since 2019?', NULL),
             (5, 'Asbestos in hospital buildings', 'Please list the buildings on your estate with known asbestos and the date of the last survey.', '12_months'),
             (6, 'Council tax enforcement agents', 'Number of council tax debts passed to enforcement agents in 2023, and the agent firms used.', NULL),
             (7, 'Stop and search of children under 12', 'How many children under 12 were stopped and searched in 2023?', '3_months')) v(k, title, ask, emb)
JOIN pro_accounts pa ON pa.id = 1 + v.k * 3 % (SELECT count(*) FROM pro_accounts)
JOIN agen.p p ON p.i = agen.pid(pa.user_id)
CROSS JOIN LATERAL (SELECT agen.at('dbt', v.k, '2023-06-01', '2024-02-28') AS t) t
ORDER BY t.t;

CREATE TABLE request_summaries (
    id serial PRIMARY KEY,
    title text,
    body text,
    public_body_names text,
    summarisable_type character varying NOT NULL,
    summarisable_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id integer REFERENCES users (id),
    request_created_at timestamp without time zone NOT NULL,
    request_updated_at timestamp without time zone NOT NULL
);
INSERT INTO request_summaries (title, body, public_body_names, summarisable_type, summarisable_id, created_at, updated_at, user_id, request_created_at, request_updated_at)
SELECT * FROM (
  SELECT r.title, (SELECT body FROM outgoing_messages WHERE info_request_id = r.id AND message_type = 'initial_request' ORDER BY id LIMIT 1),
         (SELECT name FROM public_body_translations WHERE public_body_id = r.public_body_id AND locale = 'en'), 'InfoRequest', r.id,
         greatest(r.created_at, timestamp '2017-06-05 09:19:11'), r.updated_at, r.user_id, r.created_at, r.updated_at
  FROM info_requests r WHERE r.user_id IN (SELECT user_id FROM pro_accounts) AND r.info_request_batch_id IS NULL
  UNION ALL
  SELECT b.title, b.body, (SELECT string_agg(t.name, ' ' ORDER BY t.name) FROM info_requests r JOIN public_body_translations t ON t.public_body_id = r.public_body_id AND t.locale = 'en'
                           WHERE r.info_request_batch_id = b.id), 'InfoRequestBatch', b.id, b.created_at, b.updated_at, b.user_id, b.created_at, b.updated_at
  FROM info_request_batches b
  UNION ALL
  SELECT d.title, d.body, (SELECT name FROM public_body_translations WHERE public_body_id = d.public_body_id AND locale = 'en'), 'DraftInfoRequest', d.id, d.created_at, d.updated_at,
         d.user_id, d.created_at, d.updated_at
  FROM draft_info_requests d
  UNION ALL
  SELECT d.title, d.body, '', 'AlaveteliPro::DraftInfoRequestBatch', d.id, d.created_at, d.updated_at, d.user_id, d.created_at, d.updated_at FROM draft_info_request_batches d
) s ORDER BY 6, 5;

-- Stripe events as Alaveteli Pro's webhook controller stores them.
CREATE TABLE webhooks (
    id bigserial PRIMARY KEY,
    params jsonb,
    notified_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO webhooks (params, notified_at, created_at, updated_at)
SELECT jsonb_build_object(
         'id', 'evt_' || agen.rnd('evt', k, 24), 'object', 'event', 'api_version', '2020-08-27', 'created', extract(epoch FROM t.t)::bigint, 'livemode', true,
         'pending_webhooks', 1, 'request', jsonb_build_object('id', CASE WHEN k % 3 = 0 THEN 'req_' || agen.rnd('req', k, 14) END, 'idempotency_key', NULL),
         'type', ev.type,
         'data', jsonb_build_object('object', CASE
           WHEN ev.type IN ('invoice.payment_succeeded', 'invoice.payment_failed') THEN jsonb_build_object(
             'id', 'in_' || agen.rnd('inv', k, 24), 'object', 'invoice', 'customer', pa.stripe_customer_id, 'customer_email', u.email, 'customer_name', u.name,
             'customer_address', jsonb_build_object('line1', p.street, 'line2', NULL, 'city', p.city, 'postal_code', p.postcode, 'country', 'GB', 'state', NULL),
             'amount_due', 1000, 'amount_paid', CASE WHEN ev.type = 'invoice.payment_succeeded' THEN 1000 ELSE 0 END, 'currency', 'gbp',
             'number', upper(agen.lo('invn', pa.id, 8)) || '-' || lpad((1 + k % 30)::text, 4, '0'),
             'hosted_invoice_url', 'https://invoice.stripe.com/i/acct_1Fx' || agen.rnd('acct', 1, 13) || '/live_' || agen.rnd('hiu', k, 120),
             'invoice_pdf', 'https://pay.stripe.com/invoice/acct_1Fx' || agen.rnd('acct', 1, 13) || '/live_' || agen.rnd('hiu', k, 120) || '/pdf?s=ap',
             'subscription', 'sub_' || agen.rnd('sub', pa.id, 24), 'status', CASE WHEN ev.type = 'invoice.payment_succeeded' THEN 'paid' ELSE 'open' END)
           WHEN ev.type = 'charge.succeeded' THEN jsonb_build_object(
             'id', 'ch_' || agen.rnd('ch', k, 24), 'object', 'charge', 'amount', 1000, 'currency', 'gbp', 'customer', pa.stripe_customer_id,
             'billing_details', jsonb_build_object('name', u.name, 'email', u.email, 'phone', NULL,
                                                   'address', jsonb_build_object('line1', p.street, 'city', p.city, 'postal_code', p.postcode, 'country', 'GB')),
             'payment_method_details', jsonb_build_object('type', 'card', 'card', jsonb_build_object('brand', fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex'], 'brand', pa.id),
                 'last4', right(fixture_gen.card('card', pa.id), 4), 'exp_month', 1 + pa.id % 12, 'exp_year', 2025 + pa.id % 4, 'country', 'GB', 'funding', 'debit',
                 'fingerprint', agen.rnd('fp', pa.id, 16))),
             'receipt_email', u.email, 'receipt_url', 'https://pay.stripe.com/receipts/payment/' || agen.rnd('rcpt', k, 80), 'paid', true, 'status', 'succeeded')
           WHEN ev.type LIKE 'customer.subscription.%' THEN jsonb_build_object(
             'id', 'sub_' || agen.rnd('sub', pa.id, 24), 'object', 'subscription', 'customer', pa.stripe_customer_id,
             'status', CASE WHEN ev.type = 'customer.subscription.deleted' THEN 'canceled' ELSE 'active' END, 'cancel_at_period_end', ev.type = 'customer.subscription.updated' AND k % 2 = 0,
             'plan', jsonb_build_object('id', 'pro', 'object', 'plan', 'amount', 1000, 'currency', 'gbp', 'interval', 'month', 'product', 'prod_' || agen.rnd('prod', 1, 14)),
             'current_period_end', extract(epoch FROM t.t + interval '1 month')::bigint)
           ELSE jsonb_build_object('id', pa.stripe_customer_id, 'object', 'customer', 'email', u.email, 'name', u.name, 'phone', CASE WHEN k % 4 = 0 THEN p.phone END,
                                   'address', jsonb_build_object('line1', p.street, 'city', p.city, 'postal_code', p.postcode, 'country', 'GB'), 'description', NULL,
                                   'invoice_settings', jsonb_build_object('default_payment_method', 'pm_' || agen.rnd('pm', pa.id, 24)))
         END)),
       CASE WHEN k % 7 <> 0 THEN t.t + make_interval(secs => 2 + k % 30) END, t.t, t.t
FROM generate_series(1, 60) k
JOIN pro_accounts pa ON pa.id = 1 + k % (SELECT count(*) FROM pro_accounts) AND pa.stripe_customer_id IS NOT NULL
JOIN users u ON u.id = pa.user_id JOIN agen.p p ON p.i = agen.pid(u.id)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['invoice.payment_succeeded', 'invoice.payment_succeeded', 'invoice.payment_succeeded', 'charge.succeeded', 'invoice.payment_failed',
                                                  'customer.subscription.created', 'customer.subscription.updated', 'customer.subscription.deleted', 'customer.updated'], 'evty', k) AS type) ev
CROSS JOIN LATERAL (SELECT agen.at('wht', k, greatest(pa.created_at, '2022-03-01'), '2024-02-29') AS t) t
ORDER BY t.t;

-- ---------------------------------------------------------------------------
-- Projects: volunteers classify requests and extract values from replies.

CREATE TABLE projects (
    id bigserial PRIMARY KEY,
    title character varying,
    briefing text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO projects (title, briefing, created_at, updated_at) VALUES
  ('RAAC in schools 2023', E'Thanks for helping! For each council''s reply, record how many schools have confirmed RAAC, the earliest confirmation date and whether mitigation is in place.\n\n' ||
     E'If a reply is unclear, leave a note rather than guessing. Questions: message Priya on the project chat or email ' || (SELECT email FROM users WHERE id = 12) || '.',
   '2023-09-20 10:14:22.118301', '2023-10-02 08:40:19.552817'),
  ('Police use of live facial recognition', E'We are collecting deployment counts, watchlist sizes and arrests from every force''s reply to our batch request.\n\nPlease do not contact the forces directly.',
   '2023-01-09 15:31:07.006421', '2023-01-09 15:31:07.006421'),
  ('Temporary accommodation spending', E'Classify each reply (successful / partially / refused) and extract the total spend. Helen from the Right to Ask team (' ||
     (SELECT email FROM users WHERE id = 331) || E', 020 7946 0' || fixture_gen.digits('proj', 3, 3) || ') coordinates.\n\nDeadline: end of March.',
   '2024-01-22 09:02:45.700310', '2024-02-12 17:11:39.418852');

CREATE TABLE project_memberships (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES projects (id),
    user_id bigint REFERENCES users (id),
    role_id bigint REFERENCES roles (id),
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO project_memberships (project_id, user_id, role_id, created_at, updated_at)
SELECT pr.id, m.uid, m.role, pr.created_at + make_interval(hours => m.n), pr.created_at + make_interval(hours => m.n)
FROM projects pr
CROSS JOIN LATERAL (SELECT (ARRAY[12, 77, 331])[pr.id] AS uid, 5 AS role, 0 AS n
                    UNION ALL SELECT 1 + fixture_gen.n('pmu', pr.id * 100 + g, 330), 6, g FROM generate_series(1, 7) g) m
JOIN users u ON u.id = m.uid AND u.closed_at IS NULL
ORDER BY 4;

CREATE TABLE project_submissions (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES projects (id),
    user_id bigint REFERENCES users (id),
    resource_type character varying,
    resource_id bigint,
    info_request_id bigint REFERENCES info_requests (id),
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE TABLE dataset_keys (
    id bigserial PRIMARY KEY,
    dataset_key_set_id bigint,
    title character varying,
    format character varying,
    "order" integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO dataset_keys (dataset_key_set_id, title, format, "order", created_at, updated_at)
SELECT ks, title, fmt, ord, ts, ts FROM (VALUES
  (1, 'Schools with confirmed RAAC', 'numeric', 1, timestamp '2023-09-20 10:20:01.110203'), (1, 'Earliest confirmation date', 'text', 2, timestamp '2023-09-20 10:20:01.130556'),
  (1, 'Mitigation in place?', 'boolean', 3, timestamp '2023-09-20 10:20:01.151022'), (1, 'Schools closed or partly closed', 'numeric', 4, timestamp '2023-09-20 10:20:01.170891'),
  (2, 'Deployments', 'numeric', 1, timestamp '2023-01-09 15:40:12.220001'), (2, 'Largest watchlist', 'numeric', 2, timestamp '2023-01-09 15:40:12.240310'),
  (2, 'Arrests after an alert', 'numeric', 3, timestamp '2023-01-09 15:40:12.260877'), (2, 'Supplier', 'text', 4, timestamp '2023-01-09 15:40:12.281230'),
  (3, 'Total spend (GBP)', 'numeric', 1, timestamp '2024-01-22 09:10:33.001100'), (3, 'Households in B&B over six weeks', 'numeric', 2, timestamp '2024-01-22 09:10:33.021700'),
  (3, 'Largest provider', 'text', 3, timestamp '2024-01-22 09:10:33.042300')) v(ks, title, fmt, ord, ts);

INSERT INTO project_submissions (project_id, user_id, resource_type, resource_id, info_request_id, created_at, updated_at)
SELECT pm.project_id, pm.user_id, CASE WHEN x.n % 3 = 0 THEN 'InfoRequestEvent' ELSE 'Dataset::ValueSet' END,
       CASE WHEN x.n % 3 = 0 THEN (SELECT max(id) FROM info_request_events WHERE info_request_id = r.id) ELSE 100 + x.n END, r.id, t.t, t.t
FROM project_memberships pm
CROSS JOIN LATERAL generate_series(1, 5) g
CROSS JOIN LATERAL (SELECT pm.id * 10 + g AS n) x
JOIN LATERAL (SELECT * FROM info_requests WHERE (pm.project_id = 1 AND info_request_batch_id = 1 OR pm.project_id = 2 AND info_request_batch_id = 3
                                                 OR pm.project_id = 3 AND title LIKE 'Temporary accommodation%') ORDER BY md5(x.n || ':' || id) LIMIT 1) r ON true
CROSS JOIN LATERAL (SELECT agen.at('pst', x.n, (SELECT created_at FROM projects WHERE id = pm.project_id), '2024-02-29') AS t) t
WHERE pm.role_id = 6
ORDER BY t.t;

CREATE TABLE dataset_values (
    id bigserial PRIMARY KEY,
    dataset_value_set_id bigint,
    dataset_key_id bigint,
    value character varying,
    notes character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO dataset_values (dataset_value_set_id, dataset_key_id, value, notes, created_at, updated_at)
SELECT s.resource_id, k.id,
       CASE k.format WHEN 'numeric' THEN CASE WHEN k.title LIKE 'Total spend%' THEN (1200000 + fixture_gen.n('dv', s.id * 10 + k.id, 40000000))::text
                                             ELSE fixture_gen.n('dv', s.id * 10 + k.id, 40)::text END
                     WHEN 'boolean' THEN (s.id % 2)::text
                     ELSE CASE WHEN k.title = 'Supplier' THEN fixture_gen.pick(ARRAY['NEC', 'NEC Software Solutions', 'Not stated', 'Withheld (s43)'], 'sup', s.id)
                               WHEN k.title = 'Largest provider' THEN fixture_gen.pick(ARRAY['Mears Group', 'Serco', 'Clearsprings Ready Homes', 'private landlords (not named)'], 'prov', s.id)
                               ELSE to_char(date '2023-08-20' + fixture_gen.n('dvd', s.id, 40), 'DD/MM/YYYY') END END,
       CASE WHEN k."order" = 1 AND s.id % 3 = 0 THEN fixture_gen.pick(ARRAY['Figure from the attached spreadsheet, tab 2.', 'They gave a range (3-5); I used the upper figure.',
              'The officer, ' || (SELECT full_name FROM agen.p WHERE i = 1001 + s.id % 150) || ', said on the phone that more surveys are pending.',
              'Reply was a PDF scan; numbers may be off by one.'], 'dvn', s.id) END,
       s.created_at + make_interval(secs => k."order"), s.created_at + make_interval(secs => k."order")
FROM project_submissions s JOIN dataset_keys k ON k.dataset_key_set_id = s.project_id
WHERE s.resource_type = 'Dataset::ValueSet'
ORDER BY s.created_at, k."order";

-- ---------------------------------------------------------------------------
-- ActiveStorage: raw emails and attachment bodies live in the storage
-- services; the database keeps their blobs and attachment records.

CREATE TABLE active_storage_blobs (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL
);
CREATE TABLE active_storage_attachments (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL REFERENCES active_storage_blobs (id),
    created_at timestamp without time zone NOT NULL
);
CREATE TABLE agen.bl (n int PRIMARY KEY, key text UNIQUE, rt text, rid int, fn text, ct text, md text, svc text, sz bigint, at timestamp);
INSERT INTO agen.bl
SELECT m.id, agen.lo('askey', m.id, 28), 'RawEmail', m.raw_email_id, substr(encode(sha256(convert_to('raw' || m.id, 'UTF8')), 'hex'), 1, 40) || '.eml', 'message/rfc822',
       '{"identified":true,"analyzed":true}', 'raw_emails',
       (6000 + length(coalesce(m.cached_main_body_text_unfolded, '')) * 2 + length(coalesce(m.cached_attachment_text_clipped, '')) * 40)::bigint, m.created_at
FROM incoming_messages m
UNION ALL
SELECT 100000 + f.id, agen.lo('askey', 100000 + f.id, 28), 'FoiAttachment', f.id, f.filename, f.content_type,
       CASE WHEN f.content_type LIKE 'image/%' THEN '{"identified":true,"width":' || (120 + f.id % 400) || ',"height":' || (40 + f.id % 90) || ',"analyzed":true}'
            ELSE '{"identified":true,"analyzed":true}' END, 'attachments',
       CASE WHEN f.display_size LIKE '%M' THEN (replace(f.display_size, 'M', '')::numeric * 1048576)::bigint ELSE (replace(f.display_size, 'K', '')::bigint * 1024 + f.id % 1024) END,
       f.created_at
FROM foi_attachments f;
INSERT INTO active_storage_blobs (key, filename, content_type, metadata, service_name, byte_size, checksum, created_at)
SELECT key, fn, ct, md, svc, sz, fixture_gen.b64('aschk', n, 16), at FROM agen.bl ORDER BY at, n;
INSERT INTO active_storage_attachments (name, record_type, record_id, blob_id, created_at)
SELECT 'file', l.rt, l.rid, b.id, b.created_at FROM active_storage_blobs b JOIN agen.bl l ON l.key = b.key ORDER BY b.id;

-- ---------------------------------------------------------------------------
-- Counter caches.

UPDATE users u SET info_requests_count = coalesce((SELECT count(*) FROM info_requests WHERE user_id = u.id), 0),
                   comments_count = coalesce((SELECT count(*) FROM comments WHERE user_id = u.id), 0),
                   track_things_count = coalesce((SELECT count(*) FROM track_things WHERE tracking_user_id = u.id), 0),
                   request_classifications_count = coalesce((SELECT count(*) FROM request_classifications WHERE user_id = u.id), 0),
                   public_body_change_requests_count = coalesce((SELECT count(*) FROM public_body_change_requests WHERE user_id = u.id), 0),
                   info_request_batches_count = coalesce((SELECT count(*) FROM info_request_batches WHERE user_id = u.id), 0),
                   user_messages_count = fixture_gen.n('umc', u.id, 4) * (u.id % 3);
UPDATE public_bodies b SET
  info_requests_count = x.n, info_requests_visible_count = x.vis, info_requests_successful_count = x.succ, info_requests_not_held_count = x.nh,
  info_requests_overdue_count = x.od, info_requests_visible_classified_count = x.cls
FROM (SELECT public_body_id, count(*) AS n, count(*) FILTER (WHERE prominence = 'normal') AS vis,
             count(*) FILTER (WHERE described_state IN ('successful', 'partially_successful')) AS succ, count(*) FILTER (WHERE described_state = 'not_held') AS nh,
             count(*) FILTER (WHERE described_state = 'waiting_response' AND date_response_required_by < '2024-02-29') AS od,
             count(*) FILTER (WHERE prominence = 'normal' AND NOT awaiting_description) AS cls
      FROM info_requests GROUP BY 1) x
WHERE x.public_body_id = b.id;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA agen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
