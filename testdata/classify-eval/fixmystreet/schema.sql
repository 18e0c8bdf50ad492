-- classify-eval fixture (HOLDOUT 63: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- FixMyStreet 5.x installation (mySociety's Perl/Catalyst/DBIx::Class
-- platform for reporting street problems, the release line of 2023-2024) on
-- PostgreSQL, in the naming its db/schema.sql creates: singular lowercase
-- tables (users, body, contacts, problem, comment, token, alert, ...), text
-- columns almost everywhere, timestamps without time zone, the extra
-- columns and token.data as jsonb, problem.geocode as jsonb, photo columns
-- as bytea holding the SHA-1 file names of the uploaded images, integer and
-- text arrays (users.area_ids, users.oidc_ids, roles.permissions,
-- problem.send_fail_body_ids), the contacts_history trigger, the Catalyst
-- session store (base64 Storable) and the DeploymentHandler version table.
--
-- The data: Drammen kommune (Buskerud, Norway) runs its own cobrand
-- ("drammen", Norwegian bokmål and English) for residents of the merged
-- municipality (Drammen, Mjøndalen, Svelvik). Reports go by Open311 to the
-- council's case system, by email to its departments, to Buskerud
-- fylkeskommune (county roads, bus shelters), Statens vegvesen (E18 and
-- national roads), the council's property company and, before the 2020
-- merger, to the old Svelvik kommune (a deleted body). Residents of Norwegian,
-- Polish, Somali, Pakistani, Turkish, Lithuanian, Syrian, Eritrean,
-- Vietnamese, Filipino, Swedish, Kurdish and British background report
-- potholes, graffiti, fly-tipping, broken street lights, snow clearing and
-- abandoned cars: reporters' names (many shown as anonymous), emails,
-- phones, the location search as typed (postcodes, coordinates, street
-- addresses), the pin (often outside the reporter's own house), the
-- reverse-geocoded address, report text (a few naming neighbours, giving
-- phone numbers, number plates, or a fødselsnummer and bank account for a
-- compensation claim; most not), photo hashes; council staff with roles,
-- body permissions, 2FA secrets and Azure AD ids; updates from staff (some
-- with private emails to the reporter) and residents; alerts (local alerts
-- keep the subscriber's coordinates); alert queue; confirmation and sign-in
-- tokens whose data keep names, phones, emails and bcrypt hashes;
-- questionnaires; the abuse list; the admin log with moderation reasons;
-- moderation's original texts; planned reports; sessions; the site secret.
-- Lookup tables (states, translations, response templates and priorities,
-- defect types, alert types, roles, manifest theme) hold no personal data;
-- bodies are public authorities, the staff's employers.
--
-- What I could not check: the column set follows the published schema.sql
-- and a 2023 data dump of a 5.0 installation; later 5.x/6.x releases may
-- differ in detail (problem.send_state and manifest_theme's WasteWorks names
-- were added around then; body.cobrand may exist as a column in newer
-- releases where this fixture keeps the cobrand in body.extra; alert
-- parameter3 is present but its use is a guess). Check constraints are
-- abridged, indexes mostly left out. The Storable session blobs are
-- approximations of Storable's nfreeze format; geocode follows the shape of
-- an OSM Nominatim reverse lookup. The textmystreet and partial_user tables
-- are legacy and usually empty; here they hold a few rows from an SMS pilot
-- and an old app import.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąảấćčçéèêëēęğíìîïıłńñóòôöõøơřśšşúùûüưýźżžđœæÁÉÍÓÚÖÜÇŞŁŚŻĐÆØÅ',
    'aaaaaaaaaaccceeeeeegiiiiilnnooooooorsssuuuuuyzzzdoaAEIOUOUCSLSZDAOA')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics; b58: the alphabet FixMyStreet's tokens use.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.b58(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') $$;

-- at: a time between two instants, as a timestamp without time zone.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)
                             + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- fnr: a Norwegian fødselsnummer with both mod-11 check digits.
CREATE FUNCTION pgen.fnr(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d date := fixture_gen.birth_date(tag, i);
  w1 int[] := ARRAY[3, 7, 6, 1, 8, 9, 4, 5, 2];
  w2 int[] := ARRAY[5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  base text; s int; k1 int; k2 int; ind int;
BEGIN
  FOR t IN 0..60 LOOP
    ind := CASE WHEN extract(year FROM d) >= 2000 THEN 500 + fixture_gen.n(tag || t, i, 499) ELSE fixture_gen.n(tag || t, i, 499) END;
    base := to_char(d, 'DDMMYY') || lpad(ind::text, 3, '0');
    s := 0;
    FOR k IN 1..9 LOOP s := s + substr(base, k, 1)::int * w1[k]; END LOOP;
    k1 := 11 - s % 11; IF k1 = 11 THEN k1 := 0; END IF;
    CONTINUE WHEN k1 = 10;
    base := base || k1::text;
    s := 0;
    FOR k IN 1..10 LOOP s := s + substr(base, k, 1)::int * w2[k]; END LOOP;
    k2 := 11 - s % 11; IF k2 = 11 THEN k2 := 0; END IF;
    CONTINUE WHEN k2 = 10;
    RETURN base || k2::text;
  END LOOP;
  RETURN NULL;
END $$;

-- konto: a Norwegian bank account number (mod-11 check), as 1234.56.78903.
CREATE FUNCTION pgen.konto(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  w int[] := ARRAY[5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  b text; s int; k int;
BEGIN
  FOR t IN 0..40 LOOP
    b := fixture_gen.pick(ARRAY['1503', '2801', '1254', '9710', '3000', '6345', '1822', '2220'], tag, i) || fixture_gen.digits(tag || t, i, 6);
    s := 0;
    FOR j IN 1..10 LOOP s := s + substr(b, j, 1)::int * w[j]; END LOOP;
    k := 11 - s % 11; IF k = 11 THEN k := 0; END IF;
    CONTINUE WHEN k = 10;
    RETURN substr(b, 1, 4) || '.' || substr(b, 5, 2) || '.' || substr(b, 7, 4) || k::text;
  END LOOP;
  RETURN NULL;
END $$;

-- plate: a Norwegian number plate.
CREATE FUNCTION pgen.plate(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['EL', 'EK', 'EV', 'DR', 'DP', 'BS', 'KH', 'LJ', 'ZX', 'RJ', 'SU', 'AX'], tag, i) || ' ' || (10000 + fixture_gen.n(tag, i, 89999))::text
$$;

-- Storable-ish encoders for the Catalyst session blobs (nfreeze of a hash).
CREATE FUNCTION pgen.u32(n bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(lpad(to_hex(n), 8, '0'), 'hex') $$;
CREATE FUNCTION pgen.sx(v text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN octet_length(convert_to(v, 'UTF8')) < 256
    THEN '\x0a'::bytea || decode(lpad(to_hex(octet_length(convert_to(v, 'UTF8'))), 2, '0'), 'hex') || convert_to(v, 'UTF8')
    ELSE '\x01'::bytea || pgen.u32(octet_length(convert_to(v, 'UTF8'))) || convert_to(v, 'UTF8') END
$$;
CREATE FUNCTION pgen.sxi(n bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN n BETWEEN -128 AND 127 THEN '\x08'::bytea || decode(lpad(to_hex(n + 128), 2, '0'), 'hex') ELSE '\x09'::bytea || pgen.u32(n) END $$;
CREATE FUNCTION pgen.skey(k text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT pgen.u32(octet_length(convert_to(k, 'UTF8'))) || convert_to(k, 'UTF8') $$;
-- a hash of (encoded value, key) pairs
CREATE FUNCTION pgen.shash(vals bytea[], keys text[]) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x03'::bytea || pgen.u32(cardinality(keys)) || coalesce((SELECT string_agg(vals[k] || pgen.skey(keys[k]), ''::bytea ORDER BY k) FROM generate_series(1, cardinality(keys)) k), ''::bytea)
$$;

-- Cultures of Drammen's residents: names, mail domains, phone style.
CREATE TABLE pgen.cu (c text PRIMARY KEY, firsts text[], lasts text[], domains text[], en boolean);
INSERT INTO pgen.cu VALUES
 ('no', ARRAY['Ola', 'Kari', 'Ingrid', 'Lars', 'Sigrid', 'Håkon', 'Nora', 'Eirik', 'Solveig', 'Magnus', 'Ida', 'Torbjørn', 'Marit', 'Jørgen', 'Silje', 'Øystein', 'Bjørg', 'Trond', 'Astrid', 'Kjetil'],
        ARRAY['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen', 'Bakken', 'Dahl', 'Lie', 'Strand', 'Solberg', 'Aas', 'Ødegård', 'Bråten', 'Holm', 'Engebretsen'],
        ARRAY['gmail.com', 'online.no', 'hotmail.com', 'live.no', 'outlook.com', 'icloud.com', 'yahoo.no', 'broadpark.no'], false),
 ('pl', ARRAY['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Marta', 'Krzysztof', 'Ewa', 'Paweł'], ARRAY['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Dąbrowski'], ARRAY['wp.pl', 'o2.pl', 'gmail.com', 'interia.pl'], true),
 ('so', ARRAY['Amina', 'Abdirahman', 'Hodan', 'Mohamed', 'Fadumo', 'Abdullahi', 'Sahra', 'Hassan'], ARRAY['Ali', 'Warsame', 'Farah', 'Abdi', 'Hussein', 'Osman', 'Jama', 'Mohamud'], ARRAY['gmail.com', 'hotmail.com', 'outlook.com'], true),
 ('pk', ARRAY['Ayesha', 'Imran', 'Sana', 'Bilal', 'Nadia', 'Usman', 'Fatima', 'Zeeshan'], ARRAY['Khan', 'Hussain', 'Iqbal', 'Butt', 'Chaudhry', 'Malik', 'Mirza', 'Raza'], ARRAY['gmail.com', 'yahoo.com', 'hotmail.com', 'online.no'], false),
 ('tr', ARRAY['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Burak', 'Fatma', 'Onur'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'], ARRAY['gmail.com', 'hotmail.com'], false),
 ('lt', ARRAY['Jurgita', 'Mindaugas', 'Rūta', 'Tomas', 'Aistė', 'Darius', 'Inga', 'Vytautas'], ARRAY['Kazlauskas', 'Petrauskienė', 'Jankauskas', 'Stankevičius', 'Vasiliauskaitė', 'Žukauskas', 'Butkus', 'Paulauskas'], ARRAY['gmail.com', 'inbox.lt'], true),
 ('sy', ARRAY['Rama', 'Ahmad', 'Lina', 'Omar', 'Hiba', 'Khaled', 'Noor', 'Yousef'], ARRAY['Al-Hassan', 'Haddad', 'Khoury', 'Al-Ahmad', 'Sabbagh', 'Najjar', 'Darwish', 'Al-Masri'], ARRAY['gmail.com', 'hotmail.com'], true),
 ('er', ARRAY['Senait', 'Yonas', 'Helen', 'Tesfay', 'Selam', 'Dawit', 'Mebrat', 'Filmon'], ARRAY['Tesfamariam', 'Gebremedhin', 'Habte', 'Kidane', 'Tekle', 'Ghebreyesus', 'Berhane', 'Woldu'], ARRAY['gmail.com', 'yahoo.com'], true),
 ('vn', ARRAY['Linh', 'Minh', 'Thảo', 'Đức', 'Hương', 'Tuấn', 'Mai', 'Quang'], ARRAY['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'], ARRAY['gmail.com', 'yahoo.com.vn', 'hotmail.com'], false),
 ('ph', ARRAY['Maricel', 'Jose', 'Rowena', 'Mark', 'Jocelyn', 'Ramon', 'Cristina', 'Jun'], ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Dela Cruz'], ARRAY['yahoo.com', 'gmail.com'], true),
 ('se', ARRAY['Elin', 'Johan', 'Karin', 'Anders', 'Sara', 'Mikael', 'Emma', 'Henrik'], ARRAY['Lindqvist', 'Svensson', 'Nyström', 'Bergström', 'Lundgren', 'Sjöberg', 'Ekström', 'Åberg'], ARRAY['telia.com', 'gmail.com', 'hotmail.se'], false),
 ('ku', ARRAY['Shirin', 'Rebwar', 'Dilan', 'Aram', 'Nasrin', 'Karwan', 'Lana', 'Hawre'], ARRAY['Ahmadi', 'Rashid', 'Karim', 'Mahmoud', 'Aziz', 'Salih', 'Qadir', 'Faraj'], ARRAY['gmail.com', 'hotmail.com'], true),
 ('gb', ARRAY['Emma', 'James', 'Sophie', 'Daniel', 'Charlotte', 'Thomas', 'Lucy', 'Oliver'], ARRAY['Smith', 'Brown', 'Taylor', 'Walker', 'Wright', 'Green', 'Hughes', 'Edwards'], ARRAY['gmail.com', 'btinternet.com', 'outlook.com'], true);

-- phone: mostly Norwegian mobiles in the formats people type; some foreign.
CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN c = 'pl' AND i % 3 = 0 THEN '+48 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN c = 'lt' AND i % 3 = 0 THEN '+370 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN c = 'se' AND i % 2 = 0 THEN '+46 70 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN c = 'gb' AND i % 2 = 0 THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    ELSE (SELECT CASE fixture_gen.n(tag || 'f', i, 5)
      WHEN 0 THEN '+47 ' || m3 || ' ' || m2 || ' ' || m3b
      WHEN 1 THEN m3 || m2 || m3b
      WHEN 2 THEN m3 || ' ' || m2 || ' ' || m3b
      WHEN 3 THEN '0047' || m3 || m2 || m3b
      ELSE '+47' || m3 || m2 || m3b END
      FROM (SELECT fixture_gen.pick(ARRAY['4', '9'], tag || 'p', i) || fixture_gen.digits(tag, i, 2) AS m3,
                   fixture_gen.digits(tag || 'y', i, 2) AS m2, fixture_gen.digits(tag || 'x', i, 3) AS m3b) d) END
$$;

-- Streets of the municipality with a point, a ward (MapIt area id) and a postcode.
CREATE TABLE pgen.st (k int PRIMARY KEY, name text, lat float8, lon float8, ward int, wardname text, postcode text, town text);
INSERT INTO pgen.st VALUES
 (1, 'Konnerudgata', 59.7383, 10.2108, 330102, 'Strømsø', '3045', 'Drammen'),
 (2, 'Tollbugata', 59.7417, 10.2088, 330101, 'Bragernes', '3044', 'Drammen'),
 (3, 'Nedre Storgate', 59.7446, 10.2012, 330101, 'Bragernes', '3015', 'Drammen'),
 (4, 'Øvre Storgate', 59.7452, 10.1979, 330101, 'Bragernes', '3018', 'Drammen'),
 (5, 'Grønland', 59.7391, 10.2149, 330102, 'Strømsø', '3045', 'Drammen'),
 (6, 'Tordenskiolds gate', 59.7388, 10.2021, 330102, 'Strømsø', '3044', 'Drammen'),
 (7, 'Holmestrandsveien', 59.7301, 10.2152, 330103, 'Fjell', '3036', 'Drammen'),
 (8, 'Fjellsveien', 59.7329, 10.2331, 330103, 'Fjell', '3034', 'Drammen'),
 (9, 'Austadveien', 59.7279, 10.2298, 330103, 'Fjell', '3034', 'Drammen'),
 (10, 'Kobbervikdalen', 59.7248, 10.2352, 330104, 'Skoger', '3036', 'Drammen'),
 (11, 'Buskerudveien', 59.7651, 10.1652, 330105, 'Åssiden', '3027', 'Drammen'),
 (12, 'Rødbyveien', 59.7538, 10.1402, 330105, 'Åssiden', '3029', 'Drammen'),
 (13, 'Gulskogen allé', 59.7482, 10.1651, 330106, 'Gulskogen', '3038', 'Drammen'),
 (14, 'Danvikgata', 59.7521, 10.2349, 330107, 'Danvik', '3017', 'Drammen'),
 (15, 'Haugesgate', 59.7441, 10.1992, 330101, 'Bragernes', '3019', 'Drammen'),
 (16, 'Rosenkrantz'' gate', 59.7436, 10.2091, 330101, 'Bragernes', '3015', 'Drammen'),
 (17, 'Engene', 59.7426, 10.2031, 330101, 'Bragernes', '3015', 'Drammen'),
 (18, 'Kjøsterudjordet', 59.7237, 10.1943, 330108, 'Konnerud', '3047', 'Drammen'),
 (19, 'Konnerudveien', 59.7192, 10.1561, 330108, 'Konnerud', '3047', 'Drammen'),
 (20, 'Bjørnstjerne Bjørnsons gate', 59.7476, 10.2201, 330107, 'Danvik', '3042', 'Drammen'),
 (21, 'Skogliveien', 59.7509, 10.1886, 330106, 'Gulskogen', '3028', 'Drammen'),
 (22, 'Bruveien', 59.7502, 10.0213, 330109, 'Mjøndalen', '3050', 'Mjøndalen'),
 (23, 'Strandgata', 59.7481, 10.0304, 330109, 'Mjøndalen', '3050', 'Mjøndalen'),
 (24, 'Storgaten', 59.6099, 10.4101, 330110, 'Svelvik', '3060', 'Svelvik'),
 (25, 'Sandsbakken', 59.6052, 10.4048, 330110, 'Svelvik', '3060', 'Svelvik'),
 (26, 'Styrmoes vei', 59.7418, 10.2257, 330103, 'Fjell', '3041', 'Drammen'),
 (27, 'Landfalløya', 59.7571, 10.1709, 330105, 'Åssiden', '3023', 'Drammen'),
 (28, 'Ludvig Daaes gate', 59.7392, 10.1891, 330102, 'Strømsø', '3040', 'Drammen');

-- People. 1-240 residents (users 1-240); 501-530 staff; 601-660 people who
-- are only named (neighbours, contractors' foremen).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, first text, last text, full_name text, email text, phone text, st int, hno int, lat float8, lon float8);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, first, last, st, hno)
  SELECT i, cu.c, cu.firsts[1 + fixture_gen.n('pf', i, cardinality(cu.firsts))], cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))],
         1 + fixture_gen.n('pst', i, 28), 1 + fixture_gen.n('phn', i, 96)
  FROM generate_series(lo, hi) i JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
$$;
DO $$ BEGIN PERFORM pgen.add_people(1, 240, ARRAY['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'pl', 'pl', 'so', 'so', 'pk', 'pk', 'tr', 'lt', 'sy', 'er', 'vn', 'ph', 'se', 'ku', 'gb']); END $$;
DO $$ BEGIN PERFORM pgen.add_people(501, 530, ARRAY['no', 'no', 'no', 'no', 'no', 'no', 'no', 'pl', 'pk', 'se', 'tr', 'so']); END $$;
DO $$ BEGIN PERFORM pgen.add_people(601, 660, ARRAY['no', 'no', 'no', 'no', 'no', 'pl', 'so', 'pk', 'lt', 'tr', 'sy', 'er']); END $$;
UPDATE pgen.p SET full_name = first || ' ' || last, phone = pgen.phone(c, 'pph', i),
  lat = round((s.lat + (fixture_gen.n('plat', i, 200) - 100) / 60000.0)::numeric, 6), lon = round((s.lon + (fixture_gen.n('plon', i, 200) - 100) / 30000.0)::numeric, 6)
FROM pgen.st s WHERE s.k = pgen.p.st;
UPDATE pgen.p SET email = CASE fixture_gen.n('pem', i, 5)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN pgen.fold(first) || pgen.fold(last) || (50 + i % 49)::text
    WHEN 2 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) WHEN 3 THEN pgen.fold(first) || '_' || substr(pgen.fold(last), 1, 3) || (i % 97)::text
    ELSE pgen.fold(last) || '.' || pgen.fold(first) END || '@' || fixture_gen.pick(cu.domains, 'pdom', i)
FROM pgen.cu cu WHERE cu.c = pgen.p.c;
UPDATE pgen.p SET email = pgen.fold(first) || '.' || pgen.fold(last) || '@drammen.kommune.example' WHERE i BETWEEN 501 AND 524;
UPDATE pgen.p SET email = pgen.fold(first) || '.' || pgen.fold(last) || '@bfk.example' WHERE i BETWEEN 525 AND 527;
UPDATE pgen.p SET email = pgen.fold(first) || '.' || pgen.fold(last) || '@vegvesen.example' WHERE i BETWEEN 528 AND 529;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;
-- the home address of a person as they would write it
CREATE FUNCTION pgen.addr(pi int) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT s.name || ' ' || p.hno || CASE WHEN p.i % 7 = 0 THEN 'B' ELSE '' END FROM pgen.p p JOIN pgen.st s ON s.k = p.st WHERE p.i = pi $$;
CREATE FUNCTION pgen.nm(pi int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT full_name FROM pgen.p WHERE i = pi $$;
UPDATE pgen.p SET email = pgen.fold(first) || '.' || pgen.fold(last) || '@drammen.kommune.example' WHERE i = 530;
UPDATE pgen.p SET first = 'Kari', last = 'Haugen', full_name = 'Kari Haugen', c = 'no', email = 'kari.haugen@drammen.kommune.example' WHERE i = 501;
UPDATE pgen.p SET first = 'Trond', last = 'Lie', full_name = 'Trond Lie', c = 'no', email = 'trond.lie@drammen.kommune.example' WHERE i = 502;
UPDATE pgen.p SET first = 'Nadia', last = 'Iqbal', full_name = 'Nadia Iqbal', c = 'pk', email = 'nadia.iqbal@drammen.kommune.example' WHERE i = 503;

-- ---------------------------------------------------------------------------
-- Site secret and sessions (sessions are filled at the end).

create table secret (
    secret text not null
);
INSERT INTO secret SELECT fixture_gen.hexn('site-secret', 1, 32);

create table sessions (
    id           char(72) primary key,
    session_data text,
    expires      integer
);

-- ---------------------------------------------------------------------------
-- Users: residents 1-240, staff 241-270, the council's system user 271.

create table users (
    id              serial  not null primary key,
    email           text,
    email_verified  boolean not null default 'f',
    name            text,
    phone           text,
    phone_verified  boolean not null default 'f',
    password        text    not null default '',
    from_body       integer,
    flagged         boolean not null default 'f',
    is_superuser    boolean not null default 'f',
    created         timestamp not null default current_timestamp,
    last_active     timestamp not null default current_timestamp,
    title           text,
    twitter_id      bigint  unique,
    facebook_id     bigint  unique,
    oidc_ids        text    ARRAY,
    area_ids        integer ARRAY,
    extra           jsonb
);
CREATE UNIQUE INDEX users_email_verified_unique ON users (email) WHERE email_verified;
CREATE UNIQUE INDEX users_phone_verified_unique ON users (phone) WHERE phone_verified;

-- session ids per user, shared with users.extra and the sessions table
CREATE TABLE pgen.sess (k int PRIMARY KEY, sid text, uid int);
INSERT INTO pgen.sess SELECT k, fixture_gen.hexn('sid', k, 40),
  CASE WHEN k <= 30 THEN 241 + (k * 7) % 30 WHEN k <= 80 THEN 1 + fixture_gen.n('suid', k, 240) END
FROM generate_series(1, 96) k;

INSERT INTO users (id, email, email_verified, name, phone, phone_verified, password, from_body, flagged, is_superuser, created, last_active, title, twitter_id, facebook_id, oidc_ids, area_ids, extra)
SELECT p.i,
       CASE WHEN p.i % 47 = 0 THEN 'removed-' || p.i || '@drammen.kommune.example' WHEN p.i % 11 = 5 THEN NULL ELSE p.email END,
       p.i % 47 <> 0 AND p.i % 11 <> 5 AND p.i % 17 <> 9,
       CASE WHEN p.i % 47 = 0 THEN '' WHEN p.i % 13 = 4 THEN NULL WHEN p.i % 9 = 2 THEN p.first ELSE p.full_name END,
       CASE WHEN p.i % 47 = 0 THEN '' WHEN p.i % 11 = 5 OR p.i % 3 = 0 THEN p.phone WHEN p.i % 4 = 1 THEN '' END,
       p.i % 11 = 5 AND p.i % 47 <> 0,
       CASE WHEN p.i % 47 <> 0 AND p.i % 5 IN (0, 1) THEN fixture_gen.bcrypt('upw', p.i) ELSE '' END,
       NULL, p.i % 61 = 7, false, c.t, c.t + make_interval(days => fixture_gen.n('ula', p.i, 500), secs => fixture_gen.n('ulas', p.i, 80000)),
       CASE WHEN p.i % 29 = 3 THEN fixture_gen.pick(ARRAY['Herr', 'Fru', 'Dr.'], 'utt', p.i) END,
       CASE WHEN p.i % 37 = 11 THEN (1000000000 + fixture_gen.n('utw', p.i, 900000000))::bigint * 1000 + fixture_gen.n('utw2', p.i, 1000) END,
       CASE WHEN p.i % 23 = 6 THEN 10150000000000000 + fixture_gen.n('ufb', p.i, 900000000)::bigint * 1000 + fixture_gen.n('ufb2', p.i, 1000) END,
       NULL, NULL,
       CASE WHEN p.i % 47 = 0 THEN jsonb_build_object('last_password_change', extract(epoch FROM c.t)::bigint + 86400 * 400)
            ELSE jsonb_strip_nulls(jsonb_build_object(
              'last_password_change', CASE WHEN p.i % 5 IN (0, 1) THEN extract(epoch FROM c.t)::bigint + fixture_gen.n('ulpc', p.i, 9000000) END,
              'sessions', (SELECT jsonb_agg(s.sid ORDER BY s.k) FROM pgen.sess s WHERE s.uid = p.i),
              'alert_notify', CASE WHEN p.i % 6 = 1 THEN 'email' WHEN p.i % 11 = 5 THEN 'phone' END,
              'update_notify', CASE WHEN p.i % 6 = 1 THEN 'email' WHEN p.i % 11 = 5 THEN 'phone' END)) END
FROM pgen.p p CROSS JOIN LATERAL (SELECT pgen.at('uc', p.i, '2019-04-01', '2024-09-01') AS t) c
WHERE p.i <= 240;

INSERT INTO users (id, email, email_verified, name, phone, phone_verified, password, from_body, flagged, is_superuser, created, last_active, title, twitter_id, facebook_id, oidc_ids, area_ids, extra)
SELECT p.i - 260, p.email, true, p.full_name,
       CASE WHEN p.i % 3 = 0 THEN '32 04 ' || fixture_gen.digits('stph', p.i, 2) || ' ' || fixture_gen.digits('stph2', p.i, 2) WHEN p.i % 3 = 1 THEN p.phone END, false,
       CASE WHEN sso THEN '' ELSE fixture_gen.bcrypt('spw', p.i) END,
       CASE WHEN p.i <= 520 THEN 1 WHEN p.i <= 524 THEN 4 WHEN p.i <= 527 THEN 2 WHEN p.i <= 529 THEN 3 END,
       false, p.i = 530, c.t, timestamp '2024-11-20 08:00' + make_interval(secs => fixture_gen.n('sla', p.i, 900000)), NULL, NULL, NULL,
       CASE WHEN sso THEN ARRAY['https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/v2.0:' || translate(rtrim(fixture_gen.b64('aadsub', p.i, 32), '='), '+/', '-_')] END,
       CASE WHEN p.i IN (505, 506, 507) THEN ARRAY[330103, 330104] WHEN p.i IN (508, 509) THEN ARRAY[330105, 330106, 330109] WHEN p.i = 510 THEN ARRAY[330110] END,
       jsonb_strip_nulls(jsonb_build_object(
         '2fa_secret', CASE WHEN NOT sso AND p.i % 4 <> 2 THEN fixture_gen.chars('tfa', p.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
         'last_password_change', CASE WHEN NOT sso THEN extract(epoch FROM c.t)::bigint + 3600 END,
         'sessions', (SELECT jsonb_agg(s.sid ORDER BY s.k) FROM pgen.sess s WHERE s.uid = p.i - 260),
         'categories', CASE WHEN p.i BETWEEN 505 AND 510 THEN '[1, 6, 7, 11]'::jsonb WHEN p.i BETWEEN 511 AND 514 THEN '[3, 4, 5, 12]'::jsonb END,
         'assigned_categories_only', CASE WHEN p.i BETWEEN 511 AND 514 THEN 1 END,
         'default_to_body', CASE WHEN p.i <= 504 THEN 1 END))
FROM pgen.p p CROSS JOIN LATERAL (SELECT pgen.at('sc', p.i, '2019-02-01', '2024-03-01') AS t, p.i BETWEEN 501 AND 520 AND p.i % 5 <> 3 AS sso) c
WHERE p.i BETWEEN 501 AND 530;

INSERT INTO users (id, email, email_verified, name, phone, phone_verified, password, from_body, flagged, is_superuser, created, last_active, extra)
VALUES (271, 'fiksgata@drammen.kommune.example', true, 'Drammen kommune', NULL, false, '', 1, false, false, '2020-01-06 09:12:44.318211', '2024-11-27 06:00:02.104233', '{}');

-- ---------------------------------------------------------------------------
-- Bodies and their areas.

create table body (
    id           serial primary key,
    name         text not null,
    external_url text,
    parent       integer references body(id),
    endpoint     text,
    jurisdiction text,
    api_key      text,
    send_method  text,
    send_comments boolean not null default 'f',
    comment_user_id int references users(id),
    suppress_alerts boolean not null default 'f',
    can_be_devolved boolean not null default 'f',
    send_extended_statuses boolean not null default 'f',
    fetch_problems boolean not null default 'f',
    blank_updates_permitted boolean not null default 'f',
    convert_latlong boolean not null default 'f',
    deleted boolean not null default 'f',
    extra           jsonb
);
INSERT INTO body VALUES
  (1, 'Drammen kommune', 'https://www.drammen.kommune.example/', NULL, 'https://fiksgata-o311.drammen.kommune.example/api/open311/', 'drammen',
      '@@o311key@@', 'Open311', true, 271, false, true, true, true, false, false, false,
      '{"cobrand": "drammen", "fetch_all_problems": 1, "can_be_devolved": 1, "open311_id_date_patch": 1}'),
  (2, 'Buskerud fylkeskommune', 'https://www.bfk.example/', NULL, NULL, NULL, NULL, 'Email', false, NULL, false, false, false, false, false, false, false, '{"cobrand": ""}'),
  (3, 'Statens vegvesen', 'https://www.vegvesen.example/', NULL, NULL, NULL, NULL, 'Email', false, NULL, true, false, false, false, false, false, false, '{"cobrand": ""}'),
  (4, 'Drammen Eiendom KF', 'https://www.drammeneiendom.example/', 1, NULL, NULL, NULL, 'Email', false, NULL, false, false, false, false, false, false, false, '{"cobrand": "drammen"}'),
  (5, 'Svelvik kommune', NULL, NULL, 'https://svelvik.example/o311/v2/', 'svelvik', '@@o311old@@', 'Open311', false, NULL, true, false, false, false, false, false, true, '{"cobrand": ""}');
UPDATE body SET api_key = replace(replace(api_key, '@@o311key@@', pgen.rnd('o311k', 1, 40)), '@@o311old@@', fixture_gen.hexn('o311old', 5, 32));
ALTER TABLE users ADD CONSTRAINT users_from_body_fkey FOREIGN KEY (from_body) REFERENCES body(id);

create table body_areas (
    body_id integer not null references body(id),
    area_id integer not null
);
create unique index body_areas_body_id_area_id_idx on body_areas(body_id, area_id);
INSERT INTO body_areas VALUES (1, 3301), (2, 33), (3, 33), (3, 3301), (4, 3301), (5, 711);

-- ---------------------------------------------------------------------------
-- Roles.

create table roles (
    id              serial  not null primary key,
    body_id         integer not null references body(id) ON DELETE CASCADE,
    name            text,
    permissions     text ARRAY,
    extra           jsonb,
    unique(body_id, name)
);
INSERT INTO roles (id, body_id, name, permissions, extra) VALUES
  (1, 1, 'Saksbehandler vei', ARRAY['report_edit', 'report_edit_category', 'report_edit_priority', 'report_inspect', 'report_instruct', 'planned_reports', 'moderate', 'contribute_as_body', 'template_edit'], '{"categories": [1, 6, 7, 11]}'),
  (2, 1, 'Feltleder bydrift', ARRAY['report_inspect', 'report_instruct', 'planned_reports', 'contribute_as_body', 'report_mark_private'], '{"categories": [3, 4, 5, 12]}'),
  (3, 1, 'Kundesenter', ARRAY['contribute_as_another_user', 'contribute_as_anonymous_user', 'contribute_as_body', 'report_edit', 'user_edit'], '{}'),
  (4, 1, 'Moderator', ARRAY['moderate', 'report_edit', 'report_mark_private', 'user_edit', 'user_assign_body'], '{}'),
  (5, 1, 'Administrator', ARRAY['category_edit', 'template_edit', 'responsepriority_edit', 'user_edit', 'user_manage_permissions', 'user_assign_body', 'emergency_message_edit', 'report_edit', 'moderate'], '{}'),
  (6, 1, 'Park og idrett', ARRAY['report_inspect', 'planned_reports', 'contribute_as_body'], '{"categories": [10, 13, 15]}'),
  (7, 4, 'Eiendom drift', ARRAY['report_inspect', 'planned_reports', 'contribute_as_body'], '{"categories": [20]}'),
  (8, 2, 'Fylkesveg', ARRAY['report_inspect', 'contribute_as_body', 'report_edit_priority'], '{"categories": [17, 18]}');

create table user_roles (
    id              serial  not null primary key,
    role_id         integer not null references roles(id) ON DELETE CASCADE,
    user_id         integer not null references users(id) ON DELETE CASCADE
);
INSERT INTO user_roles (role_id, user_id)
SELECT r, p.i - 260 FROM pgen.p p CROSS JOIN LATERAL (VALUES
  (CASE WHEN p.i BETWEEN 505 AND 510 THEN 1 WHEN p.i BETWEEN 511 AND 514 THEN 2 WHEN p.i IN (501, 502, 515, 516) THEN 3
        WHEN p.i IN (503, 517) THEN 4 WHEN p.i IN (504, 530) THEN 5 WHEN p.i BETWEEN 518 AND 520 THEN 6 WHEN p.i BETWEEN 521 AND 524 THEN 7 WHEN p.i BETWEEN 525 AND 527 THEN 8 END),
  (CASE WHEN p.i IN (501, 503, 505) THEN 4 WHEN p.i = 504 THEN 3 END)) v(r)
WHERE p.i BETWEEN 501 AND 530 AND r IS NOT NULL ORDER BY p.i, r;

-- ---------------------------------------------------------------------------
-- Contacts (categories) and their history, kept by the trigger.

create table contacts (
    id serial primary key,
    body_id integer not null references body(id),
    category text not null default 'Other',
    email text not null,
    state text not null check (
        state = 'unconfirmed'
        or state = 'confirmed'
        or state = 'inactive'
        or state = 'deleted'
    ),
    editor text not null,
    whenedited timestamp not null,
    note text not null,
    extra jsonb,
    non_public boolean default 'f',
    endpoint     text,
    jurisdiction text default '',
    api_key      text default '',
    send_method  text
);
create unique index contacts_body_id_category_idx on contacts(body_id, category);

create table contacts_history (
    contacts_history_id serial not null primary key,
    contact_id integer not null,
    body_id integer not null,
    category text not null default 'Other',
    email text not null,
    state text not null check (
        state = 'unconfirmed'
        or state = 'confirmed'
        or state = 'inactive'
        or state = 'deleted'
    ),
    editor text not null,
    whenedited timestamp not null,
    note text not null
);

create function contacts_updated()
    returns trigger as '
    begin
        insert into contacts_history (contact_id, body_id, category, email, editor, whenedited, note, state) values (new.id, new.body_id, new.category, new.email, new.editor, new.whenedited, new.note, new.state);
        return new;
    end;
' language 'plpgsql';

create trigger contacts_update_trigger after update on contacts
    for each row execute procedure contacts_updated();
create trigger contacts_insert_trigger after insert on contacts
    for each row execute procedure contacts_updated();

INSERT INTO contacts (id, body_id, category, email, state, editor, whenedited, note, extra, non_public, endpoint, jurisdiction, api_key, send_method) VALUES
  (1, 1, 'Hull i vegen', 'VEI_HULL', 'confirmed', 'trond.lie', '2020-01-06 10:02:11', 'Opprettet ved oppstart av ny kommune',
     '{"group": ["Veg og trafikk"], "_fields": [{"code": "usrn", "variable": "false", "automated": "hidden_field", "description": "Vegreferanse"}], "title_hint": "F.eks. stort hull i kjørebanen", "photo_required": 0}', false, NULL, '', '', NULL),
  (2, 1, 'Gatelys som ikke virker', 'GL-001', 'confirmed', 'trond.lie', '2022-10-03 13:44:09', 'Sendes direkte til Glitre Nett sitt endepunkt etter avtale fra 1.10.',
     '{"group": ["Veg og trafikk"], "_fields": [{"code": "lyspunkt_id", "datatype": "string", "variable": "true", "required": "false", "description": "Nummer på lysstolpen (hvis synlig)", "order": 1}]}', false,
     'https://api.glitrenett.example/open311/v2/', 'drammen', '@@glitrekey@@', 'Open311'),
  (3, 1, 'Tagging og hærverk', 'bydrift.tagging@drammen.kommune.example', 'confirmed', 'Kari Haugen', '2021-05-18 08:20:41', 'Ny felles postkasse for tagging, se e-post fra Øystein Berg 17.05.',
     '{"group": ["Renhold"], "_fields": [{"code": "krenkende", "datatype": "singlevaluelist", "variable": "true", "required": "true", "description": "Er taggingen krenkende eller rasistisk?", "values": [{"key": "ja", "name": "Ja"}, {"key": "nei", "name": "Nei"}]}]}', false, NULL, '', '', 'Email'),
  (4, 1, 'Forsøpling og ulovlig dumping', 'avfall.tilsyn@drammen.kommune.example', 'confirmed', 'Kari Haugen', '2020-01-06 10:05:37', 'Opprettet',
     '{"group": ["Renhold"], "detail_hint": "Beskriv hva som er dumpet og omtrent hvor mye"}', false, NULL, '', '', 'Email'),
  (5, 1, 'Full søppelkasse', 'BYD_SOPPEL', 'confirmed', 'trond.lie', '2021-09-02 14:11:26', 'Flyttet til Open311',
     '{"group": ["Renhold"]}', false, NULL, '', '', NULL),
  (6, 1, 'Brøyting og strøing', 'VEI_VINTER', 'confirmed', 'trond.lie', '2023-11-14 07:52:03', 'Vintersesong: skal være aktiv fra 15.11.',
     '{"group": ["Veg og trafikk"], "title_hint": "F.eks. ikke brøytet", "prefer_if_multiple": 1}', false, NULL, '', '', NULL),
  (7, 1, 'Skilt og oppmerking', 'VEI_SKILT', 'confirmed', 'trond.lie', '2020-01-06 10:06:12', 'Opprettet', '{"group": ["Veg og trafikk"]}', false, NULL, '', '', NULL),
  (8, 1, 'Kumlokk og sluk', 'vann.avlop@drammen.kommune.example', 'confirmed', 'Nadia Iqbal', '2022-02-21 12:30:00', 'Vann og avløp ønsker e-post i stedet for Open311 inntil videre',
     '{"group": ["Vann og avløp"]}', false, NULL, '', '', 'Email'),
  (9, 1, 'Vannlekkasje', 'VA_LEKK', 'confirmed', 'Nadia Iqbal', '2022-02-21 12:31:40', 'Akutte lekkasjer: be innbygger ringe vakttelefonen',
     '{"group": ["Vann og avløp"], "disable_form": {"message": "Ved store lekkasjer, ring vakttelefonen for vann og avløp."}}', false, NULL, '', '', NULL),
  (10, 1, 'Park og friområder', 'park.idrett@drammen.kommune.example', 'confirmed', 'Kari Haugen', '2020-01-06 10:08:55', 'Opprettet', '{"group": ["Park og natur"]}', false, NULL, '', '', 'Email'),
  (11, 1, 'Fortau og gang-/sykkelveg', 'VEI_FORTAU', 'confirmed', 'trond.lie', '2020-01-06 10:09:30', 'Opprettet', '{"group": ["Veg og trafikk"]}', false, NULL, '', '', NULL),
  (12, 1, 'Hensatt kjøretøy', 'parkering@drammen.kommune.example', 'confirmed', 'Kari Haugen', '2022-06-30 09:15:00', 'Parkeringsseksjonen trenger reg.nr. – lagt til felt',
     '{"group": ["Veg og trafikk"], "_fields": [{"code": "reg_nummer", "datatype": "string", "variable": "true", "required": "true", "description": "Registreringsnummer", "order": 1}, {"code": "merke_farge", "datatype": "string", "variable": "true", "required": "false", "description": "Bilmerke og farge", "order": 2}]}', false, NULL, '', '', 'Email'),
  (13, 1, 'Lekeplass', 'park.idrett@drammen.kommune.example', 'confirmed', 'Kari Haugen', '2020-01-06 10:10:02', 'Opprettet', '{"group": ["Park og natur"]}', false, NULL, '', '', 'Email'),
  (14, 1, 'Støy fra byggeplass', 'miljoretta.helsevern@drammen.kommune.example', 'confirmed', 'Nadia Iqbal', '2023-03-08 11:03:19', 'Saker om støy skal ikke vises offentlig (personvern, nabokonflikter)',
     '{"group": ["Miljø"]}', true, NULL, '', '', 'Email'),
  (15, 1, 'Trær og vegetasjon', 'park.idrett@drammen.kommune.example', 'confirmed', 'Kari Haugen', '2020-01-06 10:11:47', 'Opprettet', '{"group": ["Park og natur"]}', false, NULL, '', '', 'Email'),
  (16, 1, 'Annet', 'postmottak@drammen.kommune.example', 'confirmed', 'trond.lie', '2020-01-06 10:12:30', 'Opprettet', '{}', false, NULL, '', '', 'Email'),
  (17, 2, 'Hull i fylkesveg', 'fylkesveg.drift@bfk.example', 'confirmed', 'Kari Haugen', '2024-01-02 08:30:00', 'Ny adresse etter at Viken ble delt 1.1.2024 (før: vegdrift@viken.example)',
     '{"group": ["Veg og trafikk"]}', false, NULL, '', '', 'Email'),
  (18, 2, 'Busskur og holdeplass', 'holdeplass@brakar.example', 'confirmed', 'Kari Haugen', '2024-01-02 08:32:12', 'Brakar tar holdeplasser for fylket',
     '{"group": ["Kollektiv"]}', false, NULL, '', '', 'Email'),
  (19, 3, 'Riksveg og E18', 'firmapost-sor@vegvesen.example', 'confirmed', 'trond.lie', '2020-01-06 10:15:00', 'Opprettet', '{"group": ["Veg og trafikk"]}', false, NULL, '', '', 'Email'),
  (20, 4, 'Kommunale bygg og skoler', 'driftssentral@drammeneiendom.example', 'confirmed', 'Nadia Iqbal', '2021-11-11 15:40:21', 'Eiendom KF vil ha sakene på egen adresse', '{"group": ["Bygg"]}', false, NULL, '', '', 'Email'),
  (21, 5, 'Veg og gatelys', 'VEG', 'deleted', 'trond.lie', '2020-01-06 10:20:00', 'Svelvik er slått sammen med Drammen, kategorien er flyttet', '{}', false, NULL, '', '', NULL);
UPDATE contacts SET api_key = pgen.rnd('glitre', 2, 36) WHERE id = 2 AND api_key = '@@glitrekey@@';
-- later edits, recorded by the trigger
UPDATE contacts SET state = 'inactive', editor = 'Kari Haugen', whenedited = '2024-04-15 09:00:00', note = 'Midlertidig stengt mens Brakar bytter saksystem' WHERE id = 18;
UPDATE contacts SET state = 'confirmed', editor = 'Kari Haugen', whenedited = '2024-05-02 10:30:00', note = 'Åpnet igjen, bekreftet av Jonas på Brakar kundesenter (tlf 917 55 210)' WHERE id = 18;
UPDATE contacts SET email = 'bydrift.renhold@drammen.kommune.example', editor = 'trond.lie', whenedited = '2023-08-21 13:05:00', note = 'Tagging samles i renhold-postkassen' WHERE id = 3;
UPDATE contacts SET editor = 'Nadia Iqbal', whenedited = '2024-02-12 14:22:10', note = 'Endret tekst for vakttelefon' WHERE id = 9;
UPDATE contacts SET editor = 'Kari Haugen', whenedited = '2023-11-15 07:01:00', note = 'Vinterkategori aktivert' WHERE id = 6;
UPDATE contacts SET state = 'inactive', editor = 'trond.lie', whenedited = '2024-04-10 07:00:00', note = 'Sommer: brøyting ikke aktuelt' WHERE id = 6;
UPDATE contacts SET state = 'confirmed', editor = 'Kari Haugen', whenedited = '2024-11-12 08:10:00', note = 'Vintersesong igjen' WHERE id = 6;
UPDATE contacts SET email = 'fylkesveg.drift@bfk.example', editor = 'Kari Haugen', whenedited = '2024-01-05 12:00:00', note = 'Sjekket med Ingvild Sørum i fylket at adressen virker' WHERE id = 17;
UPDATE contacts SET editor = 'Nadia Iqbal', whenedited = '2023-06-01 09:45:00', note = 'Lagt til felt for bilmerke etter ønske fra Parkering (Espen)' WHERE id = 12;

-- ---------------------------------------------------------------------------
-- Response priorities and defect types.

CREATE TABLE response_priorities (
    id serial not null primary key,
    body_id int references body(id) not null,
    deleted boolean not null default 'f',
    name text not null,
    description text,
    external_id text,
    is_default boolean not null default 'f',
    unique(body_id, name)
);
INSERT INTO response_priorities (id, body_id, deleted, name, description, external_id, is_default) VALUES
  (1, 1, false, 'Akutt', 'Fare for liv og helse – utbedres innen 24 timer', 'P1', false),
  (2, 1, false, 'Høy', 'Utbedres innen 1 uke', 'P2', false),
  (3, 1, false, 'Normal', 'Utbedres innen 4 uker', 'P3', true),
  (4, 1, false, 'Lav', 'Vurderes i neste sesong / asfaltprogram', 'P4', false),
  (5, 1, true, 'Sommer 2021', 'Gammel prioritet fra asfaltkampanjen', 'S21', false),
  (6, 2, false, 'Strakstiltak', 'Fylkesvegen: sikres samme dag', 'FV-1', false),
  (7, 2, false, 'Vedlikehold', 'Tas med i driftskontrakten', 'FV-2', true);

CREATE TABLE defect_types (
    id serial not null primary key,
    body_id int references body(id) not null,
    name text not null,
    description text not null,
    extra jsonb,
    unique(body_id, name)
);
INSERT INTO defect_types (id, body_id, name, description, extra) VALUES
  (1, 1, 'Slaghull', 'Hull i asfalt dypere enn 5 cm', '{"defect_code": "SH", "activity_code": "VE-101"}'),
  (2, 1, 'Krakelering', 'Oppsprukket asfalt over større flate', '{"defect_code": "KR", "activity_code": "VE-102"}'),
  (3, 1, 'Kantskade', 'Skade langs vegkant eller fortauskant', '{"defect_code": "KS", "activity_code": "VE-103"}'),
  (4, 1, 'Skjev kum', 'Kumlokk som ligger høyt eller lavt', '{"defect_code": "KU", "activity_code": "VA-210"}'),
  (5, 1, 'Manglende kumlokk', 'Åpen kum – sikres straks', '{"defect_code": "KM", "activity_code": "VA-211"}'),
  (6, 1, 'Tagging kommunal eiendom', 'Fjernes innen 48 timer', '{"defect_code": "TG", "activity_code": "RE-300"}'),
  (7, 1, 'Tagging privat eiendom', 'Eier varsles', '{"defect_code": "TP", "activity_code": "RE-301"}'),
  (8, 1, 'Skilt skadet', 'Skilt bøyd, borte eller uleselig', '{"defect_code": "SK", "activity_code": "VE-140"}'),
  (9, 1, 'Oppmerking slitt', 'Gangfelt eller kjørefelt må males', '{"defect_code": "OM", "activity_code": "VE-141"}'),
  (10, 1, 'Ikke brøytet', 'Brøyteroden ikke kjørt', '{"defect_code": "BR", "activity_code": "VI-500"}'),
  (11, 1, 'Glatt – behov for strøing', 'Strø med sand/grus', '{"defect_code": "ST", "activity_code": "VI-501"}'),
  (12, 2, 'Hull fylkesveg', 'Sendes driftsentreprenør', '{"defect_code": "FH"}');

-- ---------------------------------------------------------------------------
-- Problems (reports). Text banks per category, {s} is the street.

CREATE TABLE pgen.cat (cid int PRIMARY KEY, tno text[], dno text[], ten text[], den text[]);
INSERT INTO pgen.cat VALUES
 (1, ARRAY['Stort hull i vegen', 'Hull i asfalten', 'Dype hull ved bussholdeplassen', 'Farlig hull for syklister'],
     ARRAY['Det er et stort hull i kjørebanen i {s}, ca. 10 cm dypt. Bilene svinger ut i motgående felt for å unngå det.',
           'Flere hull etter vinteren i {s}. Det ene er like ved fotgjengerfeltet og fylles med vann når det regner.',
           'Hullet ved kummen i {s} har blitt mye større de siste ukene. Holdt på å velte med sykkelen der i går kveld.',
           'Asfalten har sprukket opp langs hele fortauskanten i {s}.'],
     ARRAY['Big pothole', 'Pothole near the bus stop'],
     ARRAY['There is a deep pothole in {s}, right in the middle of the lane. Cars swerve to avoid it.', 'Several potholes after the winter on {s}, one of them next to the zebra crossing.']),
 (2, ARRAY['Gatelys ute', 'Lysstolpe mørk', 'Flere gatelys virker ikke'],
     ARRAY['Gatelyset i {s} har vært mørkt i to uker. Det er veldig mørkt på vei hjem fra bussen.', 'Tre lysstolper på rad i {s} er mørke, og den ene lampen henger skjevt.', 'Lyset blinker av og på hele natta i {s}.'],
     ARRAY['Street light out'], ARRAY['The street light on {s} has been out for two weeks, it is very dark walking home.']),
 (3, ARRAY['Tagging på vegg', 'Tagging på trafokiosk', 'Stygg tagging ved skolen'],
     ARRAY['Noen har tagget ned hele veggen ved undergangen i {s}.', 'Ny tagging på busskuret og på el-skapet i {s}.', 'Det er tagget stygge ord på gjerdet ved barneskolen i {s}. Bør fjernes før barna ser det.'],
     ARRAY['Graffiti on the underpass'], ARRAY['Someone sprayed graffiti all over the wall by the underpass on {s}.']),
 (4, ARRAY['Ulovlig dumping', 'Madrass og møbler dumpet', 'Søppelsekker i skogkanten', 'Hageavfall dumpet'],
     ARRAY['Noen har dumpet en madrass, et gammelt kjøleskap og flere søppelsekker ved containerne i {s}.', 'Byggeavfall (gips og isolasjon) er dumpet i skogkanten bak {s}.',
           'Det ligger søppelsekker og pappesker langs turvegen ved {s}. Måkene har revet dem opp.', 'Hageavfall kastes i bekken nedenfor {s} hver helg.'],
     ARRAY['Fly-tipping', 'Rubbish dumped'], ARRAY['Someone dumped a sofa and bags of rubbish next to the recycling bins on {s}.', 'Builders left rubble and plasterboard in the woods behind {s}.']),
 (5, ARRAY['Full søppelkasse', 'Søppelkassa renner over'],
     ARRAY['Søppelkassa ved lekeplassen i {s} er full og det flyter med søppel rundt.', 'Hundeposestativet og søppelkassa ved {s} er ikke tømt på over en uke.'],
     ARRAY['Overflowing bin'], ARRAY['The bin next to the playground on {s} is overflowing.']),
 (6, ARRAY['Ikke brøytet', 'Glatt fortau', 'Brøytekant sperrer busstopp'],
     ARRAY['Fortauet i {s} er ikke brøytet siden snøfallet i helga. Eldre folk kommer seg ikke fram.', 'Det er blankis på fortauet ned bakken i {s}. Trenger strøing.', 'Brøytebilen har lagt en stor brøytekant foran busstoppet i {s}.'],
     ARRAY['Icy pavement', 'Road not cleared'], ARRAY['The pavement on {s} has not been gritted and it is sheet ice.', 'Our road ({s}) has not been ploughed since Saturday.']),
 (7, ARRAY['Skilt påkjørt', 'Stoppskilt mangler', 'Oppmerking slitt'],
     ARRAY['Vikepliktskiltet i krysset ved {s} er påkjørt og ligger på bakken.', 'Gangfeltet i {s} er nesten ikke synlig lenger, malingen er borte.'],
     ARRAY['Sign knocked down'], ARRAY['The give way sign at the junction on {s} has been knocked over.']),
 (8, ARRAY['Kumlokk skrangler', 'Tett sluk'],
     ARRAY['Kumlokket i {s} skrangler høyt hver gang en bil kjører over.', 'Sluket i {s} er tett, det står vann over hele vegen når det regner.'],
     ARRAY['Blocked drain'], ARRAY['The drain on {s} is blocked and the road floods when it rains.']),
 (9, ARRAY['Vann renner i gata', 'Mulig vannlekkasje'],
     ARRAY['Det renner vann opp fra asfalten i {s}, har holdt på siden i går.', 'Vannet bobler opp ved brannkummen i {s}.'],
     ARRAY['Water leak'], ARRAY['Clean water is running up through the tarmac on {s}.']),
 (10, ARRAY['Benk ødelagt', 'Gress ikke klipt', 'Ødelagt gjerde i parken'],
     ARRAY['Benken ved dammen nedenfor {s} er knust.', 'Gresset i parken ved {s} er ikke klipt på hele sommeren.', 'Gjerdet mellom parken og vegen i {s} er revet ned, barna løper rett ut i gata.'],
     ARRAY['Broken bench'], ARRAY['The bench by the pond below {s} is broken.']),
 (11, ARRAY['Hull i fortauet', 'Løse heller på fortauet', 'Sykkelveg full av grus'],
     ARRAY['Det mangler flere heller på fortauet i {s}, lett å snuble for barnevogner og rullestol.', 'Gang- og sykkelvegen langs {s} er full av grus etter vinteren.'],
     ARRAY['Loose paving'], ARRAY['Several paving slabs are loose on {s}, dangerous for prams and wheelchairs.']),
 (12, ARRAY['Hensatt bil', 'Bil uten skilter', 'Gammel campingvogn'],
     ARRAY['En bil har stått parkert i {s} i flere måneder uten å bli flyttet. Dekkene er flate.', 'Bil uten skilter står på den kommunale parkeringsplassen ved {s}.', 'En campingvogn har stått på snuplassen i {s} siden i fjor høst.'],
     ARRAY['Abandoned car'], ARRAY['A car has been parked on {s} for months with flat tyres.']),
 (13, ARRAY['Ødelagt huske', 'Knust glass på lekeplassen'],
     ARRAY['Husken på lekeplassen i {s} har en ødelagt kjetting.', 'Det ligger knust glass i sandkassa på lekeplassen ved {s}.'],
     ARRAY['Broken swing'], ARRAY['A swing chain is broken at the playground on {s}.']),
 (14, ARRAY['Støy fra byggeplass', 'Byggearbeid om natta'],
     ARRAY['Byggeplassen i {s} starter pigging før kl. 07 hver morgen.', 'Det har vært støy fra betongpumpe til langt på natt i {s}.'],
     ARRAY['Construction noise at night'], ARRAY['The building site on {s} runs machines after 11pm.']),
 (15, ARRAY['Tre over gangvegen', 'Greiner henger over vegen', 'Hekk tar sikten'],
     ARRAY['En hekk i krysset ved {s} er så høy at man ikke ser bilene som kommer.', 'Et stort tre har falt over gangvegen ved {s} etter stormen.', 'Greinene henger så lavt over fortauet i {s} at man må bøye seg.'],
     ARRAY['Overgrown hedge'], ARRAY['A hedge at the junction on {s} blocks the view of oncoming cars.']),
 (16, ARRAY['Mangler benk ved bussen', 'Mangler rekkverk'],
     ARRAY['Det trengs en benk ved bussholdeplassen i {s}, mange eldre venter der.', 'Trappen ned mot elva ved {s} mangler rekkverk.'],
     ARRAY['Missing handrail'], ARRAY['The steps down to the river at {s} have no handrail.']),
 (17, ARRAY['Hull i fylkesvegen', 'Sprekker i vegen'],
     ARRAY['Stort hull i fylkesvegen gjennom {s}, rett etter rundkjøringen.', 'Asfalten er helt oppsprukket på fylkesvegen ved {s}.'],
     ARRAY['Pothole on the county road'], ARRAY['Big pothole on the county road at {s}, just after the roundabout.']),
 (18, ARRAY['Knust busskur', 'Ruteplan mangler'],
     ARRAY['Glasset i busskuret i {s} er knust, glass over hele fortauet.', 'Ruteplanen i busskuret ved {s} er borte.'],
     ARRAY['Smashed bus shelter'], ARRAY['The glass in the bus shelter on {s} is smashed.']),
 (19, ARRAY['Skadet autovern', 'Søppel langs E18'],
     ARRAY['Autovernet langs E18 ved avkjøringen mot {s} er påkjørt og henger løst.', 'Det ligger mye søppel i grøfta langs riksvegen ved {s}.'],
     ARRAY['Damaged crash barrier'], ARRAY['The crash barrier on the E18 near {s} is damaged.']),
 (20, ARRAY['Knust vindu på skolen', 'Lekkasje i tak'],
     ARRAY['Et vindu i gymsalen på skolen i {s} er knust i helga.', 'Det drypper fra taket i inngangspartiet på helsestasjonen i {s}.'],
     ARRAY['Broken window at the school'], ARRAY['A window in the school gym on {s} was smashed at the weekend.']);

-- Personal additions to a small share of reports.
CREATE TABLE pgen.pers (k int PRIMARY KEY, lang text, t text);
INSERT INTO pgen.pers VALUES
 (0, 'nb', 'Ring meg gjerne på {phone} hvis dere trenger mer info.'),
 (1, 'nb', 'Dette er rett utenfor huset mitt i {addr}.'),
 (2, 'nb', 'Det er naboen {nb} i nr. {hno} som står bak dette, jeg har sett det flere ganger.'),
 (3, 'nb', 'Bilen har reg.nr. {plate} og har stått der siden i vinter.'),
 (4, 'nb', 'Jeg fikk punktert dekk og bøyd felg her og vil kreve erstatning. Fødselsnummer {fnr}, kontonummer for utbetaling {konto}.'),
 (5, 'nb', 'Kontakt meg heller på {email2}, jeg sjekker ikke den andre e-posten.'),
 (6, 'nb', 'Naboen min, {nb} (87 år), bor i samme oppgang som meg i {addr} og kommer seg ikke ut med rullatoren.'),
 (7, 'nb', 'Bilen {plate} står parkert på fortauet her hver dag.'),
 (8, 'en-gb', 'Please call me on {phone}, I am home after 4pm.'),
 (9, 'en-gb', 'This is right outside my house at {addr}.'),
 (10, 'en-gb', 'My neighbour {nb} at number {hno} keeps doing this.'),
 (11, 'en-gb', 'The van {plate} has been parked here for weeks.');

CREATE TABLE pgen.pr (k int PRIMARY KEY, uid int, pi int, cid int, body int, st int, lat float8, lon float8, lang text, state text, created timestamp, staff int, anon boolean, pers int, nb int, fetched boolean);
INSERT INTO pgen.pr (k, uid, pi, cid, st, lang, state, created, staff, anon, pers, nb, fetched)
SELECT k, u, u,
       (ARRAY[1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6, 6, 6, 7, 7, 8, 8, 9, 10, 10, 11, 11, 12, 12, 12, 13, 14, 15, 15, 16, 17, 17, 18, 19, 20])[1 + fixture_gen.n('pcat', k, 45)],
       CASE WHEN fixture_gen.n('pnear', k, 10) < 4 THEN (SELECT st FROM pgen.p WHERE i = u) ELSE 1 + fixture_gen.n('pst2', k, 28) END,
       CASE WHEN cu.en AND fixture_gen.n('plang', k, 10) < 5 THEN 'en-gb' WHEN cu.c = 'gb' THEN 'en-gb' ELSE 'nb' END,
       (SELECT CASE WHEN x < 5 THEN 'unconfirmed' WHEN x < 30 THEN 'confirmed' WHEN x < 38 THEN 'investigating' WHEN x < 43 THEN 'action scheduled' WHEN x < 48 THEN 'in progress'
                    WHEN x < 75 THEN 'fixed - council' WHEN x < 82 THEN 'fixed - user' WHEN x < 86 THEN 'closed' WHEN x < 89 THEN 'duplicate' WHEN x < 92 THEN 'not responsible'
                    WHEN x < 94 THEN 'unable to fix' WHEN x < 97 THEN 'hidden' ELSE 'internal referral' END FROM (SELECT fixture_gen.n('pstate', k, 100) AS x) s),
       pgen.at('pcr', k, '2022-03-01', '2024-11-25'),
       CASE WHEN k % 16 = 3 THEN 241 + (ARRAY[0, 1, 3, 14, 15])[1 + fixture_gen.n('pstaff', k, 5)] END,
       fixture_gen.n('panon', k, 10) < 3,
       CASE WHEN fixture_gen.n('ppers', k, 100) < 22 THEN fixture_gen.n('ppk', k, 100) END,
       601 + fixture_gen.n('pnb', k, 60),
       k % 27 = 13
FROM generate_series(1, 400) k
CROSS JOIN LATERAL (SELECT 1 + (fixture_gen.n('pu', k, 240) * fixture_gen.n('pu2', k, 240)) / 240 AS u) uu
JOIN pgen.p pp ON pp.i = uu.u JOIN pgen.cu cu ON cu.c = pp.c;
UPDATE pgen.pr SET uid = 271, anon = false, pers = NULL, staff = NULL WHERE fetched;
UPDATE pgen.pr SET body = CASE WHEN cid IN (17, 18) THEN 2 WHEN cid = 19 THEN 3 WHEN cid = 20 THEN 4 ELSE 1 END;
UPDATE pgen.pr SET pers = CASE WHEN lang = 'en-gb' THEN 8 + pers % 4 WHEN cid = 12 AND pers % 2 = 0 THEN 3 + (pers % 4 / 2) * 4 ELSE pers % 8 END WHERE pers IS NOT NULL;
UPDATE pgen.pr r SET lat = round((CASE WHEN r.st = p.st AND r.k % 3 = 0 THEN p.lat ELSE s.lat END + (fixture_gen.n('prla', r.k, 200) - 100) / 40000.0)::numeric, 6),
                     lon = round((CASE WHEN r.st = p.st AND r.k % 3 = 0 THEN p.lon ELSE s.lon END + (fixture_gen.n('prlo', r.k, 200) - 100) / 20000.0)::numeric, 6)
FROM pgen.st s, pgen.p p WHERE s.k = r.st AND p.i = r.pi;

create table problem (
    id serial not null primary key,
    postcode text not null,
    latitude double precision not null,
    longitude double precision not null,
    bodies_str text,
    bodies_missing text,
    areas text not null,
    category text not null default 'Other',
    title text not null,
    detail text not null,
    photo bytea,
    used_map boolean not null,
    user_id int references users(id) not null,
    name text not null,
    anonymous boolean not null,
    external_id text,
    external_body text,
    external_team text,
    created timestamp not null default current_timestamp,
    confirmed timestamp,
    state text not null,
    lang text not null default 'en-gb',
    service text not null default '',
    cobrand text not null default '' check (cobrand ~* '^[a-z0-9_]*$'),
    cobrand_data text not null default '' check (cobrand_data ~* '^[a-z0-9_]*$'),
    lastupdate timestamp not null default current_timestamp,
    whensent timestamp,
    send_questionnaire boolean not null default 't',
    flagged boolean not null default 'f',
    response_priority_id int REFERENCES response_priorities(id),
    send_fail_count integer not null default 0,
    send_fail_reason text,
    send_fail_timestamp timestamp,
    send_fail_body_ids int ARRAY not null default '{}',
    send_method_used text,
    non_public BOOLEAN default 'f',
    external_source text,
    external_source_id text,
    interest_count integer default 0,
    subcategory text,
    defect_type_id int REFERENCES defect_types(id),
    extra jsonb,
    geocode jsonb,
    send_state text not null default 'unprocessed' check (
        send_state = 'unprocessed'
        or send_state = 'processed'
        or send_state = 'skipped'
        or send_state = 'sent'
        or send_state = 'acknowledged'
    )
);
create index problem_state_latitude_longitude_idx on problem(state, latitude, longitude);
create index problem_user_id_idx on problem ( user_id );

INSERT INTO problem (id, postcode, latitude, longitude, bodies_str, bodies_missing, areas, category, title, detail, photo, used_map, user_id, name, anonymous,
    external_id, external_body, external_team, created, confirmed, state, lang, service, cobrand, cobrand_data, lastupdate, whensent, send_questionnaire, flagged,
    response_priority_id, send_fail_count, send_fail_reason, send_fail_timestamp, send_fail_body_ids, send_method_used, non_public, external_source, external_source_id,
    interest_count, subcategory, defect_type_id, extra, geocode, send_state)
SELECT r.k,
       CASE WHEN r.fetched THEN '' ELSE CASE fixture_gen.n('ppc', r.k, 8)
         WHEN 0 THEN s.postcode WHEN 1 THEN s.name WHEN 2 THEN lower(s.name) || ', ' || lower(s.town)
         WHEN 3 THEN s.name || ' ' || (CASE WHEN r.st = p.st THEN p.hno ELSE 1 + fixture_gen.n('pphn', r.k, 80) END)
         WHEN 4 THEN r.lat || ', ' || r.lon WHEN 5 THEN s.town ELSE '' END END,
       r.lat, r.lon, r.body::text, NULL, ',33,3301,' || s.ward || ',', c.category,
       CASE WHEN r.lang = 'en-gb' THEN t.ten[1 + fixture_gen.n('ptd', r.k, cardinality(t.den)) % cardinality(t.ten)] ELSE t.tno[1 + fixture_gen.n('ptd', r.k, cardinality(t.dno)) % cardinality(t.tno)] END,
       replace(CASE WHEN r.lang = 'en-gb' THEN fixture_gen.pick(t.den, 'ptd', r.k) ELSE fixture_gen.pick(t.dno, 'ptd', r.k) END, '{s}', s.name)
         || coalesce(' ' || replace(replace(replace(replace(replace(replace(replace(replace(ps.t,
              '{phone}', p.phone), '{addr}', pgen.addr(p.i)), '{nb}', nb.full_name), '{hno}', (1 + fixture_gen.n('pnbh', r.k, 90))::text),
              '{plate}', pgen.plate('pplate', r.k)), '{fnr}', pgen.fnr('pfnr', r.k)), '{konto}', pgen.konto('pkonto', r.k)),
              '{email2}', pgen.fold(p.first) || '.' || pgen.fold(p.last) || '@' || fixture_gen.pick(ARRAY['sparebank1.example', 'norconsult.example', 'sykehuset-vestfold.example', 'drammen-taxi.example'], 'pem2', r.k)), ''),
       CASE WHEN fixture_gen.n('pph', r.k, 100) < 55 THEN convert_to(fixture_gen.hexn('photo', r.k, 40) || '.jpeg'
              || CASE WHEN r.k % 6 = 0 THEN ',' || fixture_gen.hexn('photo2', r.k, 40) || '.jpeg' ELSE '' END, 'UTF8') END,
       r.k % 9 <> 4, r.uid,
       CASE WHEN r.fetched THEN 'Drammen kommune' ELSE coalesce(nullif(u.name, ''), p.full_name) END,
       r.anon, NULL, NULL, NULL, r.created,
       CASE WHEN r.state <> 'unconfirmed' THEN r.created + make_interval(secs => 20 + fixture_gen.n('pcf', r.k, 1800)) END,
       r.state, r.lang, CASE WHEN r.fetched THEN '' ELSE fixture_gen.pick(ARRAY['desktop', 'desktop', 'mobile', 'mobile', 'mobile', 'iOS', 'Android'], 'psvc', r.k) END,
       'drammen', '', r.created, NULL, r.k % 7 <> 0 AND NOT r.fetched, r.k % 83 = 5, NULL, 0, NULL, NULL, '{}',
       NULL, r.cid = 14, CASE WHEN r.fetched THEN 'Infobank' END, CASE WHEN r.fetched THEN 'IB-' || (2022 + r.k % 3) || '-' || lpad((1000 + fixture_gen.n('pxs', r.k, 8000))::text, 5, '0') END,
       CASE WHEN fixture_gen.n('pint', r.k, 10) < 3 THEN 1 + fixture_gen.n('pint2', r.k, 12) ELSE 0 END, NULL, NULL, NULL, NULL,
       CASE WHEN r.state = 'unconfirmed' THEN 'unprocessed' WHEN r.state = 'hidden' THEN 'skipped' WHEN r.fetched THEN 'processed' ELSE 'sent' END
FROM pgen.pr r JOIN pgen.st s ON s.k = r.st JOIN pgen.p p ON p.i = r.pi JOIN users u ON u.id = r.uid JOIN contacts c ON c.id = r.cid JOIN pgen.cat t ON t.cid = r.cid
LEFT JOIN pgen.pers ps ON ps.k = r.pers LEFT JOIN pgen.p nb ON nb.i = r.nb
ORDER BY r.k;

-- sending: Open311 ids, methods, failures
UPDATE problem pr SET whensent = pr.confirmed + make_interval(secs => 60 + fixture_gen.n('pws', pr.id, 900)),
       send_method_used = CASE WHEN c.send_method = 'Email' OR pr.bodies_str <> '1' THEN 'Email' ELSE 'Open311' END,
       external_id = CASE WHEN pr.bodies_str = '1' AND coalesce(c.send_method, 'Open311') = 'Open311' THEN (400000 + pr.id * 37 + fixture_gen.n('pext', pr.id, 30))::text END
FROM contacts c WHERE c.category = pr.category AND c.body_id::text = pr.bodies_str AND pr.send_state = 'sent';
UPDATE problem SET send_state = 'acknowledged' WHERE send_method_used = 'Open311' AND id % 3 = 0;
UPDATE problem SET send_fail_count = 1 + id % 4, send_fail_timestamp = confirmed + interval '10 minutes', send_fail_body_ids = ARRAY[bodies_str::int],
  send_fail_reason = fixture_gen.pick(ARRAY[
    E'Failed to submit problem ' || id || E' over Open311\nrequest failed: 500 Internal Server Error\nerror: <?xml version="1.0" encoding="utf-8"?><errors><error><code>500</code><description>Tidsavbrudd mot Infobank</description></error></errors>',
    E'Failed to submit problem ' || id || E' over Open311\nrequest failed: 400 Bad Request\nerror: <?xml version="1.0" encoding="utf-8"?><errors><error><code>400</code><description>Service code VEI_VINTER is not active</description></error></errors>',
    E'request failed: 500 Can''t connect to fiksgata-o311.drammen.kommune.example:443 (Connection timed out)',
    E'Email send failed: SMTP Error: 421 4.7.0 Try again later, closing connection.'], 'pfail', id)
WHERE id % 17 = 2 AND state <> 'unconfirmed';
UPDATE problem SET whensent = NULL, external_id = NULL, send_state = 'processed' WHERE id % 34 = 2 AND state <> 'unconfirmed';
-- triage by staff
UPDATE problem SET response_priority_id = CASE WHEN bodies_str = '2' THEN 6 + id % 2 ELSE 1 + fixture_gen.n('prp', id, 4) END,
       external_body = CASE WHEN id % 3 = 0 THEN fixture_gen.pick(ARRAY['Bydrift vei', 'Bydrift renhold', 'Vann og avløp', 'Park og idrett'], 'pxb', id) END,
       external_team = CASE WHEN id % 5 = 0 THEN fixture_gen.pick(ARRAY['Team sentrum', 'Team øst', 'Team vest', 'Vinterlag 2'], 'pxt', id) END
WHERE state IN ('investigating', 'action scheduled', 'in progress', 'fixed - council') AND bodies_str IN ('1', '2');
UPDATE problem SET defect_type_id = CASE category WHEN 'Hull i vegen' THEN 1 + id % 3 WHEN 'Kumlokk og sluk' THEN 4 + id % 2 WHEN 'Tagging og hærverk' THEN 6 + id % 2
    WHEN 'Skilt og oppmerking' THEN 8 + id % 2 WHEN 'Brøyting og strøing' THEN 10 + id % 2 WHEN 'Hull i fylkesveg' THEN 12 END
WHERE state IN ('action scheduled', 'in progress', 'fixed - council') AND category IN ('Hull i vegen', 'Kumlokk og sluk', 'Tagging og hærverk', 'Skilt og oppmerking', 'Brøyting og strøing', 'Hull i fylkesveg');
UPDATE problem SET subcategory = CASE WHEN id % 2 = 0 THEN 'fortau' ELSE 'kjørebane' END WHERE category = 'Brøyting og strøing' AND id % 3 = 1;

-- extra: category fields, who entered it, where it was sent
UPDATE problem pr SET extra = jsonb_strip_nulls(jsonb_build_object(
    '_fields', CASE pr.category
       WHEN 'Hull i vegen' THEN jsonb_build_array(jsonb_build_object('name', 'usrn', 'value', 'KV' || (1000 + fixture_gen.n('usrn', pr.id, 900)) || ' S1D1 m' || fixture_gen.n('usrnm', pr.id, 900)))
       WHEN 'Gatelys som ikke virker' THEN jsonb_build_array(jsonb_build_object('name', 'lyspunkt_id', 'value', CASE WHEN pr.id % 2 = 0 THEN 'LP-' || (30000 + fixture_gen.n('lp', pr.id, 9999)) ELSE '' END))
       WHEN 'Tagging og hærverk' THEN jsonb_build_array(jsonb_build_object('name', 'krenkende', 'value', CASE WHEN pr.id % 4 = 0 THEN 'ja' ELSE 'nei' END))
       WHEN 'Hensatt kjøretøy' THEN jsonb_build_array(jsonb_build_object('name', 'reg_nummer', 'value', CASE WHEN pr.id % 5 = 0 THEN 'ukjent' ELSE pgen.plate('xplate', pr.id) END),
                                                     jsonb_build_object('name', 'merke_farge', 'value', fixture_gen.pick(ARRAY['Grå VW Passat', 'Rød Toyota Corolla', 'Hvit Ford Transit', 'Svart BMW 5-serie', 'Blå Tesla Model 3', 'Sølv Volvo V70'], 'xmf', pr.id)))
       ELSE '[]'::jsonb END,
    'contributed_by', r.staff - 0, 'contributed_as', CASE WHEN r.staff IS NOT NULL THEN 'another_user' END,
    'sent_to', CASE WHEN pr.send_method_used = 'Email' THEN jsonb_build_array(c.email) END,
    'external_status_code', CASE WHEN pr.send_method_used = 'Open311' AND pr.state <> 'confirmed' THEN fixture_gen.pick(ARRAY['AO', 'UTF', 'AVV', 'VUR'], 'xesc', pr.id) END,
    'detailed_information', CASE WHEN pr.state IN ('action scheduled', 'in progress') AND pr.id % 4 = 1 THEN
        fixture_gen.pick(ARRAY['Befart ' || to_char(pr.created + interval '3 days', 'DD.MM') || '. Ca 40x60 cm, 8 cm dyp. Legges inn i lappeplan uke ' || to_char(pr.created + interval '10 days', 'IW') || '.',
                               'Snakket med beboer ' || (SELECT full_name FROM pgen.p WHERE i = 601 + pr.id % 60) || ' på stedet, bekrefter at kummen har ligget løs siden jul.',
                               'Må ha TMA-bil og skilting, gjøres på kveldstid.'], 'xdi', pr.id) END))
FROM pgen.pr r, contacts c WHERE r.k = pr.id AND c.id = r.cid;

-- geocode: an OSM Nominatim reverse lookup of the pin
UPDATE problem pr SET geocode = CASE WHEN fixture_gen.n('pgeo', pr.id, 20) < 13 THEN jsonb_build_object(
    'place_id', 100000000 + fixture_gen.n('gpid', pr.id, 90000000), 'licence', 'Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright',
    'osm_type', 'way', 'osm_id', 20000000 + fixture_gen.n('goid', pr.id, 900000000), 'lat', pr.latitude::text, 'lon', pr.longitude::text,
    'display_name', CASE WHEN pr.id % 10 < 7 THEN h.hno || ', ' ELSE '' END || s.name || ', ' || s.wardname || ', ' || s.town || ', Buskerud, ' || s.postcode || ', Norge',
    'address', jsonb_strip_nulls(jsonb_build_object('house_number', CASE WHEN pr.id % 10 < 7 THEN h.hno::text END, 'road', s.name, 'suburb', s.wardname,
        CASE WHEN s.town = 'Drammen' THEN 'city' ELSE 'town' END, s.town, 'county', 'Buskerud', 'postcode', s.postcode, 'country', 'Norge', 'country_code', 'no')),
    'boundingbox', jsonb_build_array(round(pr.latitude::numeric - 0.0004, 7)::text, round(pr.latitude::numeric + 0.0004, 7)::text, round(pr.longitude::numeric - 0.0008, 7)::text, round(pr.longitude::numeric + 0.0008, 7)::text))
  WHEN fixture_gen.n('pgeo', pr.id, 20) < 16 THEN 'null'::jsonb END
FROM pgen.pr r, pgen.st s, pgen.p p, LATERAL (SELECT CASE WHEN r.st = p.st AND r.k % 3 = 0 THEN p.hno ELSE 1 + fixture_gen.n('ghno', r.k, 80) END AS hno) h
WHERE r.k = pr.id AND s.k = r.st AND p.i = r.pi;

-- ---------------------------------------------------------------------------
-- Questionnaires sent to reporters four weeks after a report.

create table questionnaire (
    id serial not null primary key,
    problem_id integer not null references problem(id),
    whensent timestamp not null,
    whenanswered timestamp,
    ever_reported boolean,
    old_state text,
    new_state text
);
create index questionnaire_problem_id_idx on questionnaire using btree (problem_id);
INSERT INTO questionnaire (problem_id, whensent, whenanswered, ever_reported, old_state, new_state)
SELECT pr.id, pr.confirmed + interval '28 days' + make_interval(secs => fixture_gen.n('qws', pr.id, 7200)),
       CASE WHEN a THEN pr.confirmed + interval '28 days' + make_interval(secs => 7200 + fixture_gen.n('qwa', pr.id, 700000)) END,
       CASE WHEN a AND pr.id % 4 <> 0 THEN pr.id % 3 <> 1 END,
       CASE WHEN pr.state IN ('fixed - council', 'fixed - user') AND pr.id % 2 = 0 THEN pr.state ELSE 'confirmed' END,
       CASE WHEN a THEN CASE WHEN pr.state LIKE 'fixed%' THEN 'fixed - user' WHEN pr.id % 5 = 0 THEN 'unknown' ELSE 'confirmed' END END
FROM problem pr CROSS JOIN LATERAL (SELECT fixture_gen.n('qa', pr.id, 10) < 6 AS a) x
WHERE pr.send_questionnaire AND pr.confirmed IS NOT NULL AND pr.state NOT IN ('hidden', 'unconfirmed', 'duplicate') AND pr.confirmed < '2024-10-28' AND pr.id % 5 <> 3
ORDER BY pr.confirmed;

-- ---------------------------------------------------------------------------
-- Updates (comments) from staff, reporters, other residents and the
-- council's case system.

create table comment (
    id serial not null primary key,
    problem_id integer not null references problem(id),
    user_id int references users(id) not null,
    anonymous bool not null,
    name text,
    website text,
    created timestamp not null default current_timestamp,
    confirmed timestamp,
    text text not null,
    photo bytea,
    state text not null check (
        state = 'unconfirmed'
        or state = 'confirmed'
        or state = 'hidden'
    ),
    cobrand text not null default '' check (cobrand ~* '^[a-z0-9_]*$'),
    lang text not null default 'en-gb',
    cobrand_data text not null default '' check (cobrand_data ~* '^[a-z0-9_]*$'),
    mark_fixed boolean not null,
    mark_open boolean not null default 'f',
    problem_state text,
    external_id text,
    send_state text not null default 'unprocessed',
    send_fail_count integer not null default 0,
    send_fail_reason text,
    send_fail_timestamp timestamp,
    whensent timestamp,
    private_email_text text,
    extra jsonb
);
create index comment_user_id_idx on comment(user_id);
create index comment_problem_id_idx on comment(problem_id);
create index comment_problem_id_created_idx on comment(problem_id, created);

CREATE TABLE pgen.elig AS SELECT row_number() OVER (ORDER BY id)::int AS rn, id FROM problem WHERE state NOT IN ('unconfirmed', 'hidden');
CREATE TABLE pgen.cm (k int PRIMARY KEY, pid int, typ int, uid int, name text, anon boolean, lang text, created timestamp, txt text, mfix boolean, pstate text, body int, staffp int, pers boolean);
INSERT INTO pgen.cm (k, pid, typ, created)
SELECT k, e.id, fixture_gen.n('ctyp', k, 10), pr.confirmed + make_interval(days => 1 + fixture_gen.n('cday', k, 50), secs => fixture_gen.n('csec', k, 80000))
FROM generate_series(1, 520) k
JOIN pgen.elig e ON e.rn = 1 + fixture_gen.n('cp', k, (SELECT count(*) FROM pgen.elig)::int) JOIN problem pr ON pr.id = e.id;
UPDATE pgen.cm c SET body = pr.bodies_str::int, lang = pr.lang FROM problem pr WHERE pr.id = c.pid;
-- staff (0-3): Drammen 501-520, property 521-524, county 525-527, roads 528-529
UPDATE pgen.cm SET staffp = CASE body WHEN 1 THEN 501 + fixture_gen.n('cst', k, 20) WHEN 4 THEN 521 + fixture_gen.n('cst', k, 4) WHEN 2 THEN 525 + fixture_gen.n('cst', k, 3) ELSE 528 + fixture_gen.n('cst', k, 2) END WHERE typ <= 3;
UPDATE pgen.cm c SET uid = c.staffp - 260, anon = false,
  name = CASE WHEN c.k % 2 = 0 THEN b.name ELSE p.full_name END,
  pstate = fixture_gen.pick(ARRAY['investigating', 'action scheduled', 'in progress', 'fixed - council', 'fixed - council', 'not responsible', 'duplicate', 'internal referral'], 'cps', c.k),
  mfix = false, pers = c.k % 9 = 4
FROM body b, pgen.p p WHERE c.typ <= 3 AND b.id = c.body AND p.i = c.staffp;
UPDATE pgen.cm c SET txt = CASE c.pstate
    WHEN 'investigating' THEN CASE WHEN c.lang = 'en-gb' THEN 'Thank you, the report has been passed to our maintenance team.' ELSE fixture_gen.pick(ARRAY['Takk for meldingen. Saken er sendt videre til driftsavdelingen.', 'Vi har vært på stedet, men fant ikke feilen. Kan du sende et bilde eller beskrive nærmere hvor det er?', 'Saken er under vurdering.'], 'ctx', c.k) END
    WHEN 'action scheduled' THEN CASE WHEN c.pers THEN 'Entreprenøren kommer tirsdag. Ved spørsmål kan du kontakte feltleder ' || p.full_name || ' på ' || p.phone || '.' ELSE fixture_gen.pick(ARRAY['Arbeidet er planlagt neste uke.', 'Lagt inn i lappeplanen. Vi kommer så snart været tillater det.', 'Kjøretøyet er merket med lapp og blir tauet etter 7 dager hvis det ikke flyttes.'], 'ctx', c.k) END
    WHEN 'in progress' THEN fixture_gen.pick(ARRAY['Mannskap er på vei.', 'Lyspunktet er meldt til Glitre Nett, som har ansvar for gatelys.', 'Vi jobber med saken.'], 'ctx', c.k)
    WHEN 'fixed - council' THEN CASE WHEN c.lang = 'en-gb' THEN fixture_gen.pick(ARRAY['This has now been fixed. Thank you for reporting it.', 'The graffiti has been removed.'], 'ctx', c.k)
         ELSE fixture_gen.pick(ARRAY['Hullet er lappet med kaldasfalt. Permanent reparasjon kommer med asfaltprogrammet til sommeren.', 'Taggingen er fjernet.', 'Søppelet er hentet. Takk for at du sa ifra!', 'Brøyteroden er kjørt og det er strødd.', 'Utbedret.', 'Skiltet er satt opp igjen.'], 'ctx', c.k) END
    WHEN 'not responsible' THEN fixture_gen.pick(ARRAY['Dette er privat grunn. Vi har sendt brev til grunneier.', 'Saken gjelder fylkesveg og er sendt videre til Buskerud fylkeskommune.', 'Statens vegvesen har ansvar for E18. Saken er sendt dit.'], 'ctx', c.k)
    WHEN 'duplicate' THEN 'Dette er en duplikat av en annen sak, som du kan følge i stedet.'
    ELSE 'Saken er overført til rett enhet internt.' END
FROM pgen.p p WHERE c.typ <= 3 AND p.i = 601 + c.k % 60;
-- the reporter (4-6); reports taken by phone in the case system have no reporter account here
UPDATE pgen.cm SET typ = 7 WHERE typ BETWEEN 4 AND 6 AND pid IN (SELECT id FROM problem WHERE user_id = 271);
-- the reporter (4-6)
UPDATE pgen.cm c SET uid = pr.user_id, name = pr.name, anon = pr.anonymous, mfix = c.k % 5 = 0, pstate = CASE WHEN c.k % 5 = 0 THEN 'fixed - user' END, pers = c.k % 11 = 3,
  txt = CASE WHEN c.k % 5 = 0 THEN CASE WHEN c.lang = 'en-gb' THEN 'It has been fixed now, thanks.' ELSE 'Det er fikset nå, takk.' END
             WHEN c.k % 11 = 3 THEN CASE WHEN c.lang = 'en-gb' THEN 'I can show you where it is, call me on ' || p.phone || '.' ELSE 'Ring meg på ' || p.phone || ' så kan jeg vise dere hvor det er.' END
             WHEN c.lang = 'en-gb' THEN fixture_gen.pick(ARRAY['Still not fixed after three weeks.', 'Same problem again this morning.', 'Why was this closed? Nothing has been done.', 'Thank you for the quick response!'], 'ctx', c.k)
             ELSE fixture_gen.pick(ARRAY['Fortsatt ikke fikset.', 'Takk for rask hjelp!', 'Hullet er blitt større etter regnværet.', 'Nå er det enda mer søppel her.', 'Samme problem i dag igjen.', 'Hvorfor er saken lukket? Ingenting er gjort.', 'Noen har satt ut en kjegle, men hullet er der fortsatt.'], 'ctx', c.k) END
FROM problem pr, pgen.p p WHERE c.typ BETWEEN 4 AND 6 AND pr.id = c.pid AND p.i = least(pr.user_id, 240);
-- other residents (7-8)
UPDATE pgen.cm c SET uid = u.id, name = coalesce(nullif(u.name, ''), p.full_name), anon = c.k % 4 = 1, mfix = false, pers = c.k % 6 = 1,
  txt = CASE WHEN c.k % 6 = 1 THEN CASE WHEN c.lang = 'en-gb' THEN 'It is ' || nb.full_name || ' at number ' || (1 + c.k % 80) || ' who dumps stuff here, everyone on the street knows.' ELSE 'Det er ' || nb.full_name || ' i nr. ' || (1 + c.k % 80) || ' som står bak dette, alle i gata vet det.' END
             WHEN c.lang = 'en-gb' THEN fixture_gen.pick(ARRAY['Same here, my car was damaged by this hole.', 'I reported this last year as well.', 'Agree, this is dangerous for the kids.'], 'ctx', c.k)
             ELSE fixture_gen.pick(ARRAY['Enig, dette er farlig for ungene som går til skolen.', 'Jeg meldte dette i fjor også.', 'Bilen min fikk skade på dekket her i går.', 'Det samme gjelder lenger ned i gata.'], 'ctx', c.k) END
FROM users u, pgen.p p, pgen.p nb WHERE c.typ BETWEEN 7 AND 8 AND u.id = 1 + fixture_gen.n('cou', c.k, 240) AND p.i = u.id AND nb.i = 601 + (c.k * 7) % 60;
-- updates fetched from the council's case system (9)
UPDATE pgen.cm c SET uid = 271, name = 'Drammen kommune', anon = false, mfix = false, pers = false,
  pstate = fixture_gen.pick(ARRAY['investigating', 'action scheduled', 'fixed - council', 'not responsible'], 'cps9', c.k),
  txt = fixture_gen.pick(ARRAY['Arbeidsordre opprettet.', 'Under behandling.', 'Utført.', 'Avvist – gjelder privat eiendom.', 'Sak overført til annen enhet.'], 'ctx9', c.k)
WHERE c.typ = 9;

INSERT INTO comment (id, problem_id, user_id, anonymous, name, website, created, confirmed, text, photo, state, cobrand, lang, cobrand_data, mark_fixed, mark_open, problem_state,
    external_id, send_state, send_fail_count, send_fail_reason, send_fail_timestamp, whensent, private_email_text, extra)
SELECT row_number() OVER (ORDER BY c.created), c.pid, c.uid, c.anon, c.name, NULL, c.created,
       CASE WHEN c.typ <= 3 OR c.typ = 9 OR c.k % 31 <> 7 THEN c.created + make_interval(secs => CASE WHEN c.typ BETWEEN 4 AND 8 THEN 30 + fixture_gen.n('ccf', c.k, 600) ELSE 0 END) END,
       c.txt,
       CASE WHEN (c.typ BETWEEN 4 AND 8 AND c.k % 8 = 2) OR (c.typ <= 3 AND c.pstate = 'fixed - council' AND c.k % 4 = 1) THEN convert_to(fixture_gen.hexn('cphoto', c.k, 40) || '.jpeg', 'UTF8') END,
       CASE WHEN c.typ BETWEEN 4 AND 8 AND c.k % 31 = 7 THEN 'unconfirmed' WHEN c.k % 53 = 11 THEN 'hidden' ELSE 'confirmed' END,
       'drammen', c.lang, '', c.mfix, c.typ BETWEEN 4 AND 6 AND c.k % 23 = 6, c.pstate,
       CASE WHEN c.typ = 9 THEN 'upd-' || (90000 + c.k * 13) WHEN c.typ BETWEEN 4 AND 8 AND c.body = 1 AND c.k % 3 <> 0 THEN (700000 + c.k * 11)::text END,
       CASE WHEN c.typ = 9 OR c.typ <= 3 THEN 'processed' WHEN c.body = 1 AND c.k % 3 <> 0 THEN 'sent' WHEN c.body = 1 THEN 'unprocessed' ELSE 'skipped' END,
       CASE WHEN c.typ BETWEEN 4 AND 8 AND c.body = 1 AND c.k % 3 = 0 THEN 1 + c.k % 3 ELSE 0 END,
       CASE WHEN c.typ BETWEEN 4 AND 8 AND c.body = 1 AND c.k % 3 = 0 THEN E'Failed to send update ' || c.k || E' over Open311\nrequest failed: 422 Unprocessable Entity\nerror: Service request is closed' END,
       CASE WHEN c.typ BETWEEN 4 AND 8 AND c.body = 1 AND c.k % 3 = 0 THEN c.created + interval '5 minutes' END,
       CASE WHEN c.typ BETWEEN 4 AND 8 AND c.body = 1 AND c.k % 3 <> 0 THEN c.created + make_interval(secs => 120 + fixture_gen.n('cws', c.k, 600)) END,
       CASE WHEN c.typ <= 3 AND c.k % 7 = 2 AND pr.user_id <> 271 THEN replace(replace(replace(fixture_gen.pick(ARRAY[
              E'Hei {first}!\n\nTakk for at du sa ifra. Vi har snakket med grunneier, og det ryddes innen fredag.\n\nHilsen {staff}, Bydrift',
              E'Hei {first},\n\ndu kan søke om erstatning for skaden via skjemaet på nettsiden. Saksbehandler er {staff}, tlf {sphone}.',
              E'Hei {first}, vi fant ikke hullet du beskrev. Kan du ringe meg på {sphone} så tar vi en titt sammen?',
              E'Hi {first},\n\nthank you for your report. We have contacted the owner of the vehicle directly.\n\nRegards, {staff}'], 'cpe', c.k),
              '{first}', coalesce(split_part(nullif(pr.name, ''), ' ', 1), '')), '{staff}', sp.full_name), '{sphone}', '32 04 ' || fixture_gen.digits('csp', c.staffp, 2) || ' ' || fixture_gen.digits('csp2', c.staffp, 2)) END,
       CASE WHEN c.typ <= 3 THEN jsonb_strip_nulls(jsonb_build_object('is_body_user', c.body, 'contributed_as', CASE WHEN c.k % 2 = 0 THEN 'body' END, 'contributed_by', c.uid,
                 'external_status_code', CASE WHEN c.body = 1 THEN fixture_gen.pick(ARRAY['AO', 'UTF', 'AVV', 'VUR'], 'cesc', c.k) END))
            WHEN c.typ = 9 THEN jsonb_build_object('external_status_code', fixture_gen.pick(ARRAY['AO', 'UTF', 'AVV', 'VUR'], 'cesc', c.k), 'fixmystreet_id', c.pid)
            WHEN c.k % 4 = 0 THEN '{}'::jsonb END
FROM pgen.cm c JOIN problem pr ON pr.id = c.pid LEFT JOIN pgen.p sp ON sp.i = c.staffp;

UPDATE problem pr SET lastupdate = greatest(coalesce(pr.confirmed, pr.created), x.m) FROM (SELECT problem_id, max(created) AS m FROM comment GROUP BY problem_id) x WHERE x.problem_id = pr.id;
UPDATE problem SET lastupdate = coalesce(confirmed, created) + make_interval(secs => fixture_gen.n('plu', id, 200000)) WHERE lastupdate = created;

-- ---------------------------------------------------------------------------
-- Moderation: the original text of reports and updates staff edited.

create table moderation_original_data (
    id serial not null primary key,
    problem_id int references problem(id) ON DELETE CASCADE not null,
    comment_id int references comment(id) ON DELETE CASCADE,
    title text null,
    detail text null,
    photo bytea,
    anonymous bool not null,
    created timestamp not null default current_timestamp,
    category text,
    latitude double precision,
    longitude double precision,
    extra jsonb
);
create index moderation_original_data_problem_id_comment_id_idx on moderation_original_data(problem_id, comment_id);

CREATE TABLE pgen.modp AS SELECT pr.id FROM problem pr JOIN pgen.pr r ON r.k = pr.id
  WHERE r.pers IN (0, 2, 4, 6, 8, 10) AND pr.state NOT IN ('unconfirmed') AND pr.id % 3 <> 2;
INSERT INTO moderation_original_data (problem_id, comment_id, title, detail, photo, anonymous, created, category, latitude, longitude, extra)
SELECT pr.id, NULL, pr.title, pr.detail, pr.photo, pr.id % 2 = 0 AND pr.anonymous, pr.confirmed + make_interval(hours => 2 + fixture_gen.n('mdh', pr.id, 40)), pr.category, pr.latitude, pr.longitude, pr.extra
FROM problem pr WHERE pr.id IN (SELECT id FROM pgen.modp)
UNION ALL
SELECT c.problem_id, c.id, NULL, c.text, c.photo, c.anonymous, c.created + interval '3 hours', NULL, NULL, NULL, c.extra
FROM comment c WHERE (c.text LIKE 'Det er % som står bak dette%' OR c.text LIKE 'It is % who dumps%' OR c.text LIKE 'Ring meg på %') AND c.id % 2 = 0
ORDER BY 7;
UPDATE problem SET detail = regexp_replace(detail, ' (Ring meg gjerne|Det er naboen|Jeg fikk punktert|Naboen min,|Please call me|My neighbour).*$', '') || ' [Personopplysninger fjernet av moderator]'
WHERE id IN (SELECT id FROM pgen.modp);
UPDATE problem SET anonymous = true WHERE id IN (SELECT id FROM pgen.modp) AND id % 2 = 1;
UPDATE comment SET text = CASE WHEN lang = 'en-gb' THEN '[Removed by moderator: names of third parties]' ELSE '[Fjernet av moderator: navn på tredjepart]' END
WHERE id IN (SELECT comment_id FROM moderation_original_data WHERE comment_id IS NOT NULL) AND text NOT LIKE 'Ring meg%';
UPDATE comment SET text = 'Ring meg så kan jeg vise dere hvor det er. [telefonnummer fjernet]'
WHERE id IN (SELECT comment_id FROM moderation_original_data WHERE comment_id IS NOT NULL) AND text LIKE 'Ring meg%';

-- ---------------------------------------------------------------------------
-- Alert types and alerts. Local alerts keep the subscriber's coordinates in
-- parameter (longitude) and parameter2 (latitude).

create table alert_type (
    ref text not null primary key,
    head_sql_query text not null,
    head_table text not null,
    head_title text not null,
    head_link text not null,
    head_description text not null,
    item_table text not null,
    item_where text not null,
    item_order text not null,
    item_title text not null,
    item_link text not null,
    item_description text not null,
    template text not null
);
INSERT INTO alert_type VALUES
 ('new_updates', 'select * from problem where id=?', 'problem', 'Updates on {{title}}', '/', 'Updates on {{title}}', 'comment', 'comment.state=''confirmed''', 'created desc',
    'Update by {{name}}', '/report/{{problem_id}}#comment_{{id}}', '{{text}}', 'alert-update'),
 ('new_problems', '', '', 'New problems on {{SITE_NAME}}', '/', 'The latest problems reported by users', 'problem', 'problem.non_public = ''f'' and problem.state NOT IN (''unconfirmed'', ''hidden'', ''partial'')',
    'created desc', '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem'),
 ('new_fixed_problems', '', '', 'Problems recently reported fixed on {{SITE_NAME}}', '/', 'The latest problems reported fixed by users', 'problem',
    'problem.non_public = ''f'' and problem.state in (''fixed'', ''fixed - user'', ''fixed - council'')', 'lastupdate desc', '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem'),
 ('local_problems', '', '', 'New local problems on {{SITE_NAME}}', '/', 'The latest local problems reported by users', 'problem_find_nearby(?, ?, ?) as nearby,problem',
    'nearby.problem_id = problem.id and problem.non_public = ''f'' and problem.state NOT IN (''unconfirmed'', ''hidden'', ''partial'')', 'created desc', '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem-nearby'),
 ('local_problems_state', '', '', 'New local problems on {{SITE_NAME}}', '/', 'The latest local problems reported by users', 'problem_find_nearby(?, ?, ?) as nearby,problem',
    'nearby.problem_id = problem.id and problem.non_public = ''f'' and problem.state in (?)', 'created desc', '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem-nearby'),
 ('postcode_local_problems', '', '', 'New problems near {{POSTCODE}} on {{SITE_NAME}}', '/', 'The latest local problems reported by users', 'problem_find_nearby(?, ?, ?) as nearby,problem',
    'nearby.problem_id = problem.id and problem.non_public = ''f'' and problem.state NOT IN (''unconfirmed'', ''hidden'', ''partial'')', 'created desc', '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem-nearby'),
 ('council_problems', '', '', 'New problems to {{COUNCIL}} on {{SITE_NAME}}', '/reports', 'The latest problems for {{COUNCIL}} reported by users', 'problem',
    'problem.non_public = ''f'' and problem.state NOT IN (''unconfirmed'', ''hidden'', ''partial'') AND regexp_split_to_array(bodies_str, '','') && ARRAY[?]', 'created desc',
    '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem-council'),
 ('ward_problems', '', '', 'New problems for {{COUNCIL}} within {{WARD}} ward on {{SITE_NAME}}', '/reports', 'The latest problems for {{COUNCIL}} within {{WARD}} ward reported by users', 'problem',
    'problem.non_public = ''f'' and problem.state NOT IN (''unconfirmed'', ''hidden'', ''partial'') AND (regexp_split_to_array(bodies_str, '','') && ARRAY[?] or bodies_str is null) and areas like ''%,''||?||'',%''',
    'created desc', '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem-ward'),
 ('area_problems', '', '', 'New problems within {{NAME}}''s boundary on {{SITE_NAME}}', '/reports', 'The latest problems within {{NAME}}''s boundary reported by users', 'problem',
    'problem.non_public = ''f'' and problem.state NOT IN (''unconfirmed'', ''hidden'', ''partial'') AND areas like ''%,''||?||'',%''', 'created desc', '{{title}}, {{confirmed}}', '/report/{{id}}', '{{detail}}', 'alert-problem-area');

create table alert (
    id serial not null primary key,
    alert_type text not null references alert_type(ref),
    parameter text,
    parameter2 text,
    parameter3 text,
    user_id int references users(id) not null,
    confirmed integer not null default 0,
    lang text not null default 'en-gb',
    cobrand text not null default '' check (cobrand ~* '^[a-z0-9_]*$'),
    cobrand_data text not null default '' check (cobrand_data ~* '^[a-z0-9_]*$'),
    whensubscribed timestamp not null default current_timestamp,
    whendisabled timestamp default null
);
create index alert_user_id_idx on alert ( user_id );

CREATE TABLE pgen.al (alert_type text, parameter text, parameter2 text, parameter3 text, user_id int, lang text, ws timestamp, k int);
INSERT INTO pgen.al
SELECT 'new_updates', pr.id::text, NULL, NULL, pr.user_id, pr.lang, pr.confirmed + interval '1 second', pr.id FROM problem pr
WHERE pr.confirmed IS NOT NULL AND pr.user_id <> 271 AND pr.id % 10 < 7;
INSERT INTO pgen.al
SELECT DISTINCT ON (c.problem_id, c.user_id) 'new_updates', c.problem_id::text, NULL, NULL, c.user_id, c.lang, c.created, 1000 + c.id FROM comment c
WHERE c.user_id <= 240 AND c.id % 2 = 0 AND NOT EXISTS (SELECT 1 FROM pgen.al a WHERE a.parameter = c.problem_id::text AND a.user_id = c.user_id) ORDER BY c.problem_id, c.user_id, c.id;
INSERT INTO pgen.al
SELECT CASE WHEN ak <= 45 THEN 'local_problems' WHEN ak <= 55 THEN 'postcode_local_problems' WHEN ak <= 60 THEN 'local_problems_state' WHEN ak <= 78 THEN 'ward_problems' WHEN ak <= 86 THEN 'council_problems' ELSE 'area_problems' END,
       CASE WHEN ak <= 45 OR ak BETWEEN 56 AND 60 THEN round((p.lon + (fixture_gen.n('alo', ak, 40) - 20) / 100000.0)::numeric, 6)::text WHEN ak <= 55 THEN s.lon::text
            WHEN ak <= 78 THEN '1' WHEN ak <= 86 THEN (1 + ak % 2)::text ELSE s.ward::text END,
       CASE WHEN ak <= 45 OR ak BETWEEN 56 AND 60 THEN round((p.lat + (fixture_gen.n('ala', ak, 40) - 20) / 200000.0)::numeric, 6)::text WHEN ak <= 55 THEN s.lat::text
            WHEN ak <= 78 THEN s.ward::text END,
       CASE WHEN ak BETWEEN 56 AND 60 THEN 'fixed' END,
       p.i, CASE WHEN cu.en AND ak % 2 = 0 THEN 'en-gb' ELSE 'nb' END, pgen.at('aws', ak, '2020-02-01', '2024-11-01'), 5000 + ak
FROM generate_series(1, 92) ak JOIN pgen.p p ON p.i = 1 + fixture_gen.n('aus', ak, 240) JOIN pgen.st s ON s.k = p.st JOIN pgen.cu cu ON cu.c = p.c;
INSERT INTO alert (alert_type, parameter, parameter2, parameter3, user_id, confirmed, lang, cobrand, cobrand_data, whensubscribed, whendisabled)
SELECT alert_type, parameter, parameter2, parameter3, user_id, CASE WHEN k % 13 = 5 THEN 0 ELSE 1 END, lang, 'drammen', '', ws,
       CASE WHEN k % 9 = 4 THEN ws + make_interval(days => 10 + fixture_gen.n('awd', k, 300)) END
FROM pgen.al ORDER BY ws;

create table alert_sent (
    alert_id integer not null references alert(id),
    parameter text,
    whenqueued timestamp not null default current_timestamp
);
create index alert_sent_alert_id_parameter_idx on alert_sent(alert_id, parameter);
INSERT INTO alert_sent (alert_id, parameter, whenqueued)
SELECT a.id, c.id::text, c.confirmed + make_interval(secs => 300 + fixture_gen.n('asq', c.id, 600))
FROM alert a JOIN comment c ON c.problem_id = a.parameter::int AND c.created > a.whensubscribed AND c.user_id <> a.user_id AND c.state = 'confirmed'
WHERE a.alert_type = 'new_updates' AND a.confirmed = 1 AND (a.whendisabled IS NULL OR a.whendisabled > c.created)
UNION ALL
SELECT a.id, pr.id::text, pr.confirmed + make_interval(secs => 600 + fixture_gen.n('asp', pr.id, 600))
FROM alert a JOIN problem pr ON pr.confirmed > a.whensubscribed AND pr.state NOT IN ('unconfirmed', 'hidden') AND NOT pr.non_public
WHERE a.alert_type IN ('local_problems', 'postcode_local_problems', 'ward_problems', 'council_problems', 'area_problems') AND a.confirmed = 1
  AND CASE WHEN a.alert_type IN ('local_problems', 'postcode_local_problems') THEN abs(pr.latitude - a.parameter2::float8) < 0.006 AND abs(pr.longitude - a.parameter::float8) < 0.012
           WHEN a.alert_type = 'council_problems' THEN pr.bodies_str = a.parameter AND pr.id % 4 = 0
           WHEN a.alert_type = 'ward_problems' THEN pr.areas LIKE '%,' || a.parameter2 || ',%'
           ELSE pr.areas LIKE '%,' || a.parameter || ',%' END
ORDER BY 3;

-- ---------------------------------------------------------------------------
-- Tokens: confirmation of reports, updates and alerts, sign-in links,
-- questionnaires, moderation notices.

create table token (
    scope text not null,
    token text not null,
    data jsonb not null,
    created timestamp not null default current_timestamp,
    primary key (scope, token)
);
INSERT INTO token (scope, token, data, created)
SELECT 'problem', pgen.b58('tkp', pr.id, 18),
       jsonb_build_object('id', pr.id, 'name', pr.name, 'phone', coalesce(u.phone, ''), 'title', u.title, 'password', CASE WHEN pr.id % 4 = 1 THEN fixture_gen.bcrypt('tkpw', pr.id) END),
       pr.created + interval '2 seconds'
FROM problem pr JOIN users u ON u.id = pr.user_id WHERE pr.user_id <= 240 AND (pr.state = 'unconfirmed' OR pr.id % 3 = 0)
UNION ALL
SELECT 'comment', pgen.b58('tkc', c.id, 18), jsonb_build_object('id', c.id, 'name', c.name, 'password', CASE WHEN c.id % 5 = 2 THEN fixture_gen.bcrypt('tkcpw', c.id) END, 'add_alert', c.id % 2),
       c.created + interval '1 second'
FROM comment c WHERE c.user_id <= 240 AND c.id % 4 = 0
UNION ALL
SELECT 'email_sign_in', pgen.b58('tke', k, 18),
       jsonb_build_object('r', fixture_gen.pick(ARRAY['', '', 'my', 'auth/change_password/success', 'alert/list', 'report/' || (1 + k % 400)], 'tker', k),
                          'name', CASE WHEN k % 5 = 0 THEN u.name END, 'email', u.email, 'password', CASE WHEN k % 6 = 1 THEN fixture_gen.bcrypt('tkepw', k) END),
       pgen.at('tkec', k, '2023-06-01', '2024-11-27')
FROM generate_series(1, 130) k JOIN users u ON u.id = CASE WHEN k % 10 = 0 THEN 241 + k % 30 ELSE 1 + fixture_gen.n('tkeu', k, 240) END
WHERE u.email IS NOT NULL AND u.email NOT LIKE 'removed-%'
UNION ALL
SELECT 'alert', pgen.b58('tka', a.id, 18), jsonb_build_object('id', a.id, 'type', CASE WHEN a.whendisabled IS NOT NULL THEN 'unsubscribe' ELSE 'subscribe' END), a.whensubscribed
FROM alert a WHERE a.id % 3 = 0
UNION ALL
SELECT 'questionnaire', pgen.b58('tkq', q.id, 18), to_jsonb(q.id), q.whensent FROM questionnaire q WHERE q.id % 2 = 0
UNION ALL
SELECT 'moderation', pgen.b58('tkm', m.id, 18), jsonb_build_object('id', m.problem_id), m.created FROM moderation_original_data m WHERE m.comment_id IS NULL
ORDER BY 4;

-- ---------------------------------------------------------------------------
-- Legacy intake tables, imported photos, the abuse list.

create table partial_user (
    id serial not null primary key,
    service text not null,
    nsid text not null,
    name text not null,
    email text not null,
    phone text not null
);
create index partial_user_service_email_idx on partial_user(service, email);
INSERT INTO partial_user (service, nsid, name, email, phone)
SELECT CASE WHEN k <= 8 THEN 'flickr' ELSE 'iphone' END,
       CASE WHEN k <= 8 THEN (10000000 + fixture_gen.n('pun', k, 89999999)) || '@N0' || (1 + k % 8) ELSE upper(fixture_gen.uuid('pudev', k)) END,
       p.full_name, p.email, CASE WHEN k % 3 = 0 THEN '' ELSE p.phone END
FROM generate_series(1, 18) k JOIN pgen.p p ON p.i = 1 + fixture_gen.n('puu', k, 240);

create table flickr_imported (
    id text not null,
    problem_id integer not null references problem(id)
);
create unique index flickr_imported_id_idx on flickr_imported(id);
INSERT INTO flickr_imported SELECT (51000000000 + fixture_gen.n('fli', k, 900000000)::bigint * 10 + k)::text, 40 + k * 37 FROM generate_series(1, 8) k;

create table abuse (
    email text primary key check( lower(email) = email )
);
INSERT INTO abuse VALUES ('billigbil.oppkjop@gmail.com'), ('seo-rank-booster@outlook.com'), ('fake.reports.drammen@proton.me'), ('noreply@promo-casino.example');
INSERT INTO abuse SELECT lower(p.email) FROM pgen.p p WHERE p.i IN (17, 58, 133, 199, 227);
INSERT INTO abuse SELECT regexp_replace(p.phone, '[^0-9+]', '', 'g') FROM pgen.p p WHERE p.i IN (44, 161, 212) ON CONFLICT DO NOTHING;
INSERT INTO abuse VALUES ('+4790012345');

create table textmystreet (
    name text not null,
    email text not null,
    postcode text not null,
    mobile text not null
);
INSERT INTO textmystreet SELECT p.full_name, CASE WHEN tk % 4 = 0 THEN '' ELSE p.email END, s.postcode, '+47' || regexp_replace(p.phone, '^(\+47|0047)|[^0-9]', '', 'g')
FROM generate_series(1, 15) tk JOIN pgen.p p ON p.i = 1 + fixture_gen.n('tms', tk, 240) JOIN pgen.st s ON s.k = p.st;

-- ---------------------------------------------------------------------------
-- Admin log.

create table admin_log (
    id serial not null primary key,
    admin_user text not null,
    object_type text not null check (
      object_type = 'problem'
      or object_type = 'update'
      or object_type = 'user'
      or object_type = 'moderation'
      or object_type = 'template'
      or object_type = 'body'
      or object_type = 'category'
      or object_type = 'role'
      or object_type = 'manifesttheme'
    ),
    object_id integer not null,
    action text not null,
    whenedited timestamp not null default current_timestamp,
    user_id int references users(id) null,
    reason text not null default '',
    time_spent int not null default 0
);
CREATE FUNCTION pgen.adminname(uid int, k int) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN k % 10 < 7 THEN name ELSE email END FROM users WHERE id = uid $$;
INSERT INTO admin_log (admin_user, object_type, object_id, action, whenedited, user_id, reason, time_spent)
SELECT pgen.adminname(uid, k), ot, oid, act, t, uid, reason, ts FROM (
  SELECT m.id AS k, CASE WHEN m.comment_id IS NULL THEN 'moderation' ELSE 'update' END AS ot, coalesce(m.comment_id, m.problem_id) AS oid, 'moderation' AS act, m.created AS t,
         (ARRAY[241, 243, 257])[1 + m.id % 3] AS uid,
         fixture_gen.pick(ARRAY['Personopplysninger om tredjepart', '(anonymous)', 'Fjernet telefonnummer', 'Fjernet fødselsnummer og kontonummer – sendt til erstatningssak',
           'Navn på nabo fjernet etter klage fra ' || (SELECT full_name FROM pgen.p WHERE i = 601 + m.id % 60), 'Innbygger ringte og ba om at adressen fjernes'], 'amr', m.id) AS reason, 0 AS ts
  FROM moderation_original_data m
  UNION ALL
  SELECT 100 + k, 'problem', 1 + fixture_gen.n('alp', k, 400), fixture_gen.pick(ARRAY['edit', 'state_change', 'state_change', 'category_change', 'resend', 'hide', 'inspected', 'merge'], 'ala', k),
         pgen.at('alt', k, '2022-03-05', '2024-11-27'), 241 + fixture_gen.n('alu', k, 20),
         CASE WHEN k % 6 = 0 THEN fixture_gen.pick(ARRAY['Feil kategori', 'Duplikat', 'Sendt på nytt etter feil i Infobank', 'Privat grunn, se brev til eier', 'Ringte innbygger ' || (SELECT phone FROM pgen.p WHERE i = 1 + k % 240) || ' for nøyaktig plassering'], 'alr', k) ELSE '' END,
         CASE WHEN k % 4 = 0 THEN 5 + fixture_gen.n('alts', k, 40) ELSE 0 END
  FROM generate_series(1, 210) k
  UNION ALL
  SELECT 400 + k, 'user', 1 + fixture_gen.n('alus', k, 240), fixture_gen.pick(ARRAY['edit', 'edit', 'add', 'user_remove_account', 'user_flag'], 'alua', k),
         pgen.at('alut', k, '2022-03-05', '2024-11-27'), (ARRAY[241, 243, 244, 270])[1 + k % 4],
         CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Innbygger ba om sletting på telefon', 'Byttet e-post på forespørsel', 'Spam', 'Slettet etter henvendelse fra ' || (SELECT full_name || ' (' || phone || ')' FROM pgen.p WHERE i = 1 + (k * 5) % 240)], 'alur', k) ELSE '' END, 0
  FROM generate_series(1, 40) k
  UNION ALL
  SELECT 500 + k, (ARRAY['category', 'template', 'role', 'body', 'manifesttheme', 'category', 'template'])[1 + k % 7], 1 + k % 12, CASE WHEN k % 5 = 0 THEN 'add' ELSE 'edit' END,
         pgen.at('alct', k, '2020-01-06', '2024-11-12'), (ARRAY[241, 242, 243, 244, 270])[1 + k % 5], '', 0
  FROM generate_series(1, 30) k) x
ORDER BY t;

-- ---------------------------------------------------------------------------
-- Staff permissions, planned reports (inspectors' shortlists), templates.

create table user_body_permissions (
    id serial not null primary key,
    user_id int references users(id) not null,
    body_id int references body(id) not null,
    permission_type text not null,
    unique(user_id, body_id, permission_type)
);
INSERT INTO user_body_permissions (user_id, body_id, permission_type)
SELECT u.id, u.from_body, perm FROM users u CROSS JOIN unnest(ARRAY['moderate', 'report_edit', 'report_inspect', 'planned_reports', 'contribute_as_body', 'user_edit', 'template_edit', 'report_mark_private', 'default_to_body']) WITH ORDINALITY x(perm, o)
WHERE u.id BETWEEN 241 AND 269 AND (u.id + o) % 3 = 0 ORDER BY u.id, o;

create table user_planned_reports (
    id serial not null primary key,
    user_id int references users(id) not null,
    report_id int references problem(id) not null,
    added timestamp not null default current_timestamp,
    removed timestamp
);
INSERT INTO user_planned_reports (user_id, report_id, added, removed)
SELECT 245 + k % 10, pr.id, pr.confirmed + make_interval(days => 1 + k % 5, secs => fixture_gen.n('upa', k, 30000)),
       CASE WHEN pr.state LIKE 'fixed%' OR k % 5 = 0 THEN pr.confirmed + make_interval(days => 8 + k % 20) END
FROM (SELECT (row_number() OVER (ORDER BY id))::int AS k, * FROM problem WHERE state IN ('investigating', 'action scheduled', 'in progress', 'fixed - council') AND bodies_str = '1') pr
WHERE pr.k <= 120 ORDER BY 3;

create table response_templates (
    id serial not null primary key,
    body_id int references body(id) not null,
    title text not null,
    text text not null,
    email_text text,
    created timestamp not null default current_timestamp,
    auto_response boolean NOT NULL DEFAULT 'f',
    state text,
    external_status_code text,
    unique(body_id, title)
);
INSERT INTO response_templates (id, body_id, title, text, email_text, created, auto_response, state, external_status_code) VALUES
 (1, 1, 'Mottatt', 'Takk for meldingen. Saken er sendt videre til driftsavdelingen.', NULL, '2020-01-08 09:00:00', true, 'confirmed', NULL),
 (2, 1, 'Arbeidsordre opprettet', 'Det er opprettet en arbeidsordre. Vi gir beskjed når jobben er gjort.', 'Hei,\n\ndet er opprettet en arbeidsordre på saken din. Du får ny e-post når den er utført.\n\nMed vennlig hilsen\nDrammen kommune', '2020-01-08 09:05:00', true, 'action scheduled', 'AO'),
 (3, 1, 'Utført', 'Utbedret. Takk for at du sa ifra!', NULL, '2020-01-08 09:06:00', true, 'fixed - council', 'UTF'),
 (4, 1, 'Privat grunn', 'Dette er privat grunn. Kommunen har sendt brev til grunneier.', 'Hei,\n\nstedet du har meldt om er privat grunn. Vi har gjort grunneier oppmerksom på saken.', '2020-02-11 13:40:00', false, 'not responsible', 'AVV'),
 (5, 1, 'Fylkesveg', 'Saken gjelder fylkesveg og er sendt videre til Buskerud fylkeskommune.', NULL, '2024-01-02 09:00:00', false, 'not responsible', NULL),
 (6, 1, 'Riksveg', 'Statens vegvesen har ansvar for riksvegene og E18. Saken er sendt dit.', NULL, '2020-01-08 09:10:00', false, 'not responsible', NULL),
 (7, 1, 'Lappet midlertidig', 'Hullet er lappet med kaldasfalt. Permanent reparasjon kommer med asfaltprogrammet.', NULL, '2021-04-06 07:30:00', false, 'fixed - council', NULL),
 (8, 1, 'Hensatt kjøretøy merket', 'Kjøretøyet er merket med lapp og blir tauet etter 7 dager hvis det ikke flyttes.', NULL, '2022-07-01 10:00:00', false, 'action scheduled', NULL),
 (9, 1, 'Gatelys til Glitre', 'Lyspunktet er meldt til Glitre Nett, som har ansvar for gatelys.', NULL, '2022-10-03 14:00:00', false, 'in progress', NULL),
 (10, 1, 'Under vurdering', 'Saken er under vurdering.', NULL, '2020-01-08 09:12:00', true, 'investigating', 'VUR'),
 (11, 1, 'Duplikat', 'Dette er en duplikat av en annen sak, som du kan følge i stedet.', NULL, '2020-01-08 09:13:00', false, 'duplicate', NULL),
 (12, 1, 'Tagging fjernet', 'Taggingen er fjernet.', NULL, '2021-05-18 09:00:00', false, 'fixed - council', NULL),
 (13, 2, 'Fylkesveg mottatt', 'Buskerud fylkeskommune har mottatt saken og sender den til driftsentreprenøren.', NULL, '2024-01-03 08:00:00', false, 'investigating', NULL),
 (14, 2, 'Fylkesveg utbedret', 'Utbedret av driftsentreprenøren.', NULL, '2024-01-03 08:05:00', false, 'fixed - council', NULL);

CREATE TABLE contact_response_templates (
    id serial NOT NULL PRIMARY KEY,
    contact_id int REFERENCES contacts(id) NOT NULL,
    response_template_id int REFERENCES response_templates(id) NOT NULL
);
INSERT INTO contact_response_templates (contact_id, response_template_id) VALUES
 (1, 2), (1, 3), (1, 7), (1, 5), (1, 6), (2, 9), (3, 12), (3, 4), (4, 4), (4, 3), (5, 3), (6, 3), (7, 3), (11, 7), (11, 3), (12, 8), (12, 4), (17, 13), (17, 14), (18, 13), (18, 14);

CREATE TABLE contact_response_priorities (
    id serial NOT NULL PRIMARY KEY,
    contact_id int REFERENCES contacts(id) NOT NULL,
    response_priority_id int REFERENCES response_priorities(id) NOT NULL
);
INSERT INTO contact_response_priorities (contact_id, response_priority_id)
SELECT c, p FROM unnest(ARRAY[1, 2, 6, 7, 8, 9, 11]) c CROSS JOIN generate_series(1, 4) p
UNION ALL SELECT 17, 6 UNION ALL SELECT 17, 7 ORDER BY 1, 2;

CREATE TABLE contact_defect_types (
    id serial NOT NULL PRIMARY KEY,
    contact_id int REFERENCES contacts(id) NOT NULL,
    defect_type_id int REFERENCES defect_types(id) NOT NULL
);
INSERT INTO contact_defect_types (contact_id, defect_type_id) VALUES
 (1, 1), (1, 2), (1, 3), (8, 4), (8, 5), (3, 6), (3, 7), (7, 8), (7, 9), (6, 10), (6, 11), (11, 2), (11, 3), (17, 12);

-- ---------------------------------------------------------------------------
-- Translations, extra report fields, states, the PWA manifest.

CREATE TABLE translation (
    id serial not null primary key,
    tbl text not null,
    object_id integer not null,
    col text not null,
    lang text not null,
    msgstr text not null,
    unique(tbl, object_id, col, lang)
);
INSERT INTO translation (tbl, object_id, col, lang, msgstr)
SELECT 'contact', c.id, 'category', 'en-gb', e FROM contacts c JOIN (VALUES (1, 'Pothole'), (2, 'Street light not working'), (3, 'Graffiti and vandalism'), (4, 'Littering and fly-tipping'),
  (5, 'Full litter bin'), (6, 'Snow clearing and gritting'), (7, 'Signs and road markings'), (8, 'Manholes and drains'), (9, 'Water leak'), (10, 'Parks and open spaces'),
  (11, 'Pavements and cycle paths'), (12, 'Abandoned vehicle'), (13, 'Playground'), (14, 'Construction noise'), (15, 'Trees and vegetation'), (16, 'Other'),
  (17, 'Pothole on county road'), (18, 'Bus shelters and stops'), (19, 'National road and E18'), (20, 'Council buildings and schools')) v(id, e) ON v.id = c.id
UNION ALL SELECT 'body', 1, 'name', 'en-gb', 'Drammen Municipality'
UNION ALL SELECT 'body', 2, 'name', 'en-gb', 'Buskerud County Council'
UNION ALL SELECT 'body', 3, 'name', 'en-gb', 'Norwegian Public Roads Administration'
UNION ALL SELECT 'state', -1, 'name', 'nb', 'Åpen'
UNION ALL SELECT 'state', -2, 'name', 'nb', 'Lukket'
UNION ALL SELECT 'state', -3, 'name', 'nb', 'Utbedret'
UNION ALL SELECT 'response_priority', id, 'name', 'en-gb', (ARRAY['Urgent', 'High', 'Normal', 'Low'])[id] FROM response_priorities WHERE id <= 4
UNION ALL SELECT 'response_template', id, 'text', 'en-gb', (ARRAY['Thank you for your report. It has been passed to the maintenance team.', 'A work order has been created.', 'Fixed. Thank you for letting us know!'])[id] FROM response_templates WHERE id <= 3;

CREATE TABLE report_extra_fields (
    id serial not null primary key,
    name text not null,
    cobrand text,
    language text,
    extra jsonb
);
INSERT INTO report_extra_fields (name, cobrand, language, extra) VALUES
 ('Personvern', 'drammen', 'nb', '{"fields": [{"code": "personvern_ok", "datatype": "singlevaluelist", "required": "true", "variable": "true", "description": "Jeg har ikke skrevet navn eller andre personopplysninger om andre i meldingen", "values": [{"key": "1", "name": "Ja"}]}]}'),
 ('Privacy', 'drammen', 'en-gb', '{"fields": [{"code": "personvern_ok", "datatype": "singlevaluelist", "required": "true", "variable": "true", "description": "I have not written names or other personal details about others in the report", "values": [{"key": "1", "name": "Yes"}]}]}'),
 ('Hvor fant du oss', 'drammen', NULL, '{"fields": [{"code": "kilde", "datatype": "singlevaluelist", "required": "false", "variable": "true", "description": "Hvor hørte du om Fiks gata?", "values": [{"key": "nett", "name": "Kommunens nettside"}, {"key": "avis", "name": "Drammens Tidende"}, {"key": "annet", "name": "Annet"}]}]}');

CREATE TABLE state (
    id serial not null primary key,
    label text not null unique,
    type text not null check (type = 'open' OR type = 'closed' OR type = 'fixed'),
    name text not null unique
);
INSERT INTO state (label, type, name) VALUES
 ('confirmed', 'open', 'Åpen'), ('investigating', 'open', 'Under vurdering'), ('action scheduled', 'open', 'Planlagt'), ('in progress', 'open', 'Under arbeid'),
 ('fixed', 'fixed', 'Utbedret'), ('not responsible', 'closed', 'Ikke kommunens ansvar'), ('duplicate', 'closed', 'Duplikat'), ('unable to fix', 'closed', 'Kan ikke utbedres'),
 ('internal referral', 'closed', 'Overført internt'), ('closed', 'closed', 'Lukket');

CREATE TABLE manifest_theme (
    id serial not null primary key,
    cobrand text not null unique,
    name text not null,
    short_name text not null,
    background_colour text,
    theme_colour text,
    images text ARRAY,
    wasteworks_name text,
    wasteworks_short_name text
);
INSERT INTO manifest_theme (cobrand, name, short_name, background_colour, theme_colour, images, wasteworks_name, wasteworks_short_name) VALUES
 ('drammen', 'Fiks gata – Drammen kommune', 'Fiks gata', '#ffffff', '#00529b', ARRAY['/theme/drammen/manifest-192.png', '/theme/drammen/manifest-512.png'], 'Avfall – Drammen kommune', 'Avfall'),
 ('fixmystreet', 'FixMyStreet', 'FixMyStreet', '#ffd000', '#ffd000', NULL, NULL, NULL);

CREATE TABLE dbix_class_deploymenthandler_versions (
    id serial not null primary key,
    version varchar(50) not null unique,
    ddl text,
    upgrade_sql text
);
INSERT INTO dbix_class_deploymenthandler_versions (version, ddl, upgrade_sql) VALUES
 ('1', 'create table secret (secret text not null); create table sessions (id char(72) primary key, session_data text, expires integer); ...', NULL),
 ('2', NULL, 'BEGIN; ALTER TABLE moderation_original_data ADD COLUMN extra jsonb; ALTER TABLE moderation_original_data ADD COLUMN category text; COMMIT;'),
 ('3', NULL, 'BEGIN; ALTER TABLE manifest_theme ADD wasteworks_name text; ALTER TABLE manifest_theme ADD wasteworks_short_name text; COMMIT;'),
 ('4', NULL, 'alter table problem add send_state text not null default ''processed''; alter table problem alter column send_state set default ''unprocessed'';');

-- ---------------------------------------------------------------------------
-- Sessions (Catalyst::Plugin::Session::Store::DBIC): base64 Storable of the
-- session hash, the logged-in user, social sign-in details while they last.

INSERT INTO sessions (id, session_data, expires)
SELECT 'session:' || s.sid,
       encode('\x050b'::bytea || CASE
         WHEN s.uid IS NOT NULL AND s.k % 9 = 4 THEN pgen.shash(ARRAY[pgen.sxi(c), pgen.sxi(c + 300), pgen.sx('default'), '\x04'::bytea || pgen.shash(ARRAY[pgen.sxi(s.uid)], ARRAY['id']),
              '\x04'::bytea || pgen.shash(ARRAY[pgen.sx(coalesce(u.name, '')), pgen.sx(coalesce(u.email, '')), pgen.sx((10150000000000000 + s.k * 7919)::text), pgen.sx('EAAB' || pgen.rnd('fbat', s.k, 180))],
                                          ARRAY['name', 'email', 'facebook_id', 'token'])],
              ARRAY['__created', '__updated', '__user_realm', '__user', 'oauth'])
         WHEN s.uid IS NOT NULL THEN pgen.shash(ARRAY[pgen.sxi(c), pgen.sxi(c + 1200), pgen.sx('default'), '\x04'::bytea || pgen.shash(ARRAY[pgen.sxi(s.uid)], ARRAY['id']), pgen.sx('1')],
              ARRAY['__created', '__updated', '__user_realm', '__user', CASE WHEN s.k % 3 = 0 THEN '__cookie_expires' ELSE 'no_password' END])
         ELSE pgen.shash(ARRAY[pgen.sxi(c), pgen.sxi(c + 40), pgen.sx(CASE WHEN s.k % 2 = 0 THEN '/around?pc=' || (SELECT postcode FROM pgen.st WHERE k = 1 + s.k % 28) ELSE '/report/new' END)],
              ARRAY['__created', '__updated', 'redirect_to']) END, 'base64') || E'\n',
       (c + 2419200)::int
FROM pgen.sess s LEFT JOIN users u ON u.id = s.uid CROSS JOIN LATERAL (SELECT extract(epoch FROM pgen.at('sesc', s.k, '2024-10-20', '2024-11-27'))::bigint AS c) t
UNION ALL
SELECT 'flash:' || s.sid, encode('\x050b'::bytea || pgen.shash(ARRAY[pgen.sx(CASE WHEN s.k % 2 = 0 THEN 'Takk, rapporten din er bekreftet.' ELSE 'Du er nå logget inn.' END)], ARRAY['status_message']), 'base64') || E'\n',
       extract(epoch FROM pgen.at('sesf', s.k, '2024-11-20', '2024-11-28'))::int
FROM pgen.sess s WHERE s.k % 16 = 1;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
