-- classify-eval fixture (HOLDOUT 61: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- MediaWiki 1.42 wiki on PostgreSQL, in the naming its core schema and its
-- extensions create: tables without a prefix in the public schema, every
-- column carrying the table's short prefix (user_, rev_, rc_, log_, ipb_,
-- bl_, bt_, img_, oi_, fa_, us_, cuc_, cule_, cupe_, cul_, afl_, oarc_ ...),
-- TIMESTAMPTZ timestamps, SMALLINT flags, PHP-serialized and JSON blobs kept
-- as TEXT, the one ENUM the Postgres schema has (us_media_type), tsvector
-- columns. Extensions: Echo, CheckUser, OATHAuth, AbuseFilter, SecurePoll,
-- OAuth and WikiLove.
--
-- The organisation: Herriwiki Elkartea, a volunteer association registered
-- in Donostia that runs herriwiki.eus, a Basque-language wiki of local
-- history, toponymy, oral history and biographies of local figures
-- (bertsolaris, pelotaris, teachers, cooks), some ten thousand pages. Its
-- editors live in Gipuzkoa, Bizkaia, Navarre and Lapurdi, in the diaspora
-- (Buenos Aires and the Pampa, Boise and Reno, Chile, Mexico), are learners
-- of Basque (Japan, Germany, Poland, Wales, Ireland) and newcomers to Bilbao
-- and Vitoria-Gasteiz (Morocco, Senegal, Romania, Colombia, China); many
-- edit under pseudonyms, some under their own names with both surnames, a
-- few asked to be renamed away from their real names. IP editors, whose
-- address is their user name; blocks of users, addresses and ranges
-- (ipblocks written beside block and block_target, as 1.42 does while
-- $wgBlockTargetMigrationStage writes both); edit summaries in Basque,
-- Spanish, French and English, most plain, some naming people or giving
-- phones and emails, rollback and deletion summaries that quote usernames
-- and deleted text; page text (the text table, with the legacy textvector
-- and titlevector search columns a wiki installed on PostgreSQL long ago
-- still carries) with biographies giving birth dates and places, user pages
-- with contact details, talk pages, vandalism; uploads with EXIF metadata
-- (artists, camera serials, GPS of where a photo was taken), the upload
-- stash, deleted files; CheckUser rows with IPs, X-Forwarded-For and user
-- agents, login events, check logs; AbuseFilter filters, their history and
-- hits, whose variable dumps live in the text table; Echo notifications
-- with talk-page snippets; WikiLove messages; bot passwords, OATHAuth TOTP
-- secrets and scratch tokens and WebAuthn keys; OAuth consumers and their
-- access tokens; SecurePoll ballots of the association's 2024 board
-- election with voters' IPs and user agents; the object cache (sessions,
-- parser output, captcha answers), the l10n cache and the job queue.
--
-- Release: MediaWiki 1.42 (June 2024) with the extensions' REL1_42-era
-- schemas. Written from memory and from the published PostgreSQL schema
-- files (the generated tables SQL of core and of the extensions), read at
-- versions near 1.41-1.43 rather than at the exact 1.42 tags, and checked
-- against no running wiki. What may differ: the user table is named mwuser
-- as the PostgreSQL schema named it before 1.37 (1.37 and later rename it
-- to "user", quoted); the exact 1.42 state of columns then in flux
-- (CheckUser's cuc_comment, cuc_actiontext and cuc_only_for_read_old,
-- AbuseFilter's afl_ip_hex, objectcache's modtoken and flags, the WikiLove
-- log's timestamp types); defaults and index sets; no foreign keys
-- (MediaWiki declares none); the serialized formats of sessions, job
-- parameters, Echo extras and log parameters are close to, not byte-exact
-- with, what PHP writes. Where the wiki would keep data in ExternalStore,
-- it keeps it in the text table here. The rows are a sample of a larger
-- wiki (ids are sparse, site_stats counts the whole wiki).
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÑ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDN')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking base64 characters; lower: lower-case alphanumerics; hex: lower hex.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.hex(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;
-- base36 sha1 as MediaWiki stores rev_sha1, img_sha1 (31 characters).
CREATE FUNCTION pgen.b36(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 31, '0123456789abcdefghijklmnopqrstuvwxyz') $$;

-- at: a time between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- PHP serialize(): strings, integers, booleans, null and arrays of serialized pairs.
CREATE FUNCTION pgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;
CREATE FUNCTION pgen.pi(v bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'i:' || v || ';' $$;
CREATE FUNCTION pgen.pb(v boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v THEN 'b:1;' ELSE 'b:0;' END $$;
-- pa: an associative array from alternating keys (plain text) and serialized values.
CREATE FUNCTION pgen.pa(VARIADIC kv text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || (coalesce(cardinality(kv), 0) / 2) || ':{' || coalesce(string_agg(pgen.ps(kv[2 * k - 1]) || kv[2 * k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(kv), 0) / 2) k
$$;
-- pl: a list (keys 0..n-1) of serialized values.
CREATE FUNCTION pgen.pl(VARIADIC v text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || coalesce(cardinality(v), 0) || ':{' || coalesce(string_agg('i:' || (k - 1) || ';' || v[k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(v), 0)) k
$$;

-- Basque wiki signature date: "14:32, 3 martxoa 2024 (CET)".
CREATE FUNCTION pgen.sigdate(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(t AT TIME ZONE 'Europe/Madrid', 'HH24:MI') || ', ' || extract(day FROM t AT TIME ZONE 'Europe/Madrid')::int || ' '
      || (ARRAY['urtarrila', 'otsaila', 'martxoa', 'apirila', 'maiatza', 'ekaina', 'uztaila', 'abuztua', 'iraila', 'urria', 'azaroa', 'abendua'])[extract(month FROM t AT TIME ZONE 'Europe/Madrid')::int]
      || ' ' || extract(year FROM t AT TIME ZONE 'Europe/Madrid')::int
      || CASE WHEN extract(month FROM t) BETWEEN 4 AND 10 THEN ' (CEST)' ELSE ' (CET)' END
$$;

-- MediaWiki password hashes: pbkdf2 (current) and the salted md5 ":B:" of old accounts.
CREATE FUNCTION pgen.mwpass(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT ':pbkdf2:' || 'sha512:30000:64:' || fixture_gen.b64(tag || 's', i, 16) || ':' || fixture_gen.b64(tag || 'h', i, 64)
$$;
CREATE FUNCTION pgen.mwpass_b(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT ':B:' || pgen.hex(tag || 's', i, 8) || ':' || pgen.hex(tag || 'h', i, 32) $$;

-- Cultures: names (with a second surname where that is the custom), cities, mail domains, language.
CREATE TABLE pgen.cu (c text PRIMARY KEY, firsts text[], lasts text[], cities text[], domains text[], lang text, two_surnames boolean);
INSERT INTO pgen.cu VALUES
 ('gi', ARRAY['Miren', 'Aitor', 'Ane', 'Iñaki', 'Nerea', 'Unai', 'Amaia', 'Gorka', 'Maialen', 'Joseba', 'Itziar', 'Xabier', 'Leire', 'Ander', 'Garazi', 'Koldo', 'Irati', 'Jon Ander', 'Edurne', 'Mikel'],
        ARRAY['Etxeberria', 'Agirre', 'Zubizarreta', 'Otaegi', 'Arrieta', 'Goikoetxea', 'Urkiola', 'Larrañaga', 'Iturbe', 'Elorza', 'Azkue', 'Mendizabal', 'Ugalde', 'Olaizola', 'Gartzia', 'Arregi', 'Lasa', 'Garmendia', 'Irazabal', 'Oiartzabal'],
        ARRAY['Donostia', 'Bilbo', 'Vitoria-Gasteiz', 'Iruñea', 'Zarautz', 'Tolosa', 'Durango', 'Bergara', 'Azpeitia', 'Lekeitio', 'Hernani', 'Eibar', 'Oñati', 'Gernika'],
        ARRAY['gmail.com', 'euskaltel.net', 'hotmail.com', 'ikasle.ehu.eus', 'telefonica.net', 'yahoo.es', 'protonmail.com'], 'eu', true),
 ('ip', ARRAY['Peio', 'Maite', 'Battittu', 'Ainhoa', 'Mattin', 'Elixabete', 'Txomin', 'Pantxika', 'Beñat', 'Marie-Jeanne'],
        ARRAY['Etchegaray', 'Iriart', 'Darraidou', 'Elissalde', 'Hiriart', 'Larralde', 'Bidegain', 'Sallaberry', 'Etcheverry', 'Harriet'],
        ARRAY['Baiona', 'Donibane Lohizune', 'Hazparne', 'Maule', 'Kanbo', 'Biarritz', 'Uztaritze'],
        ARRAY['orange.fr', 'laposte.net', 'free.fr', 'gmail.com', 'sfr.fr'], 'fr', false),
 ('es', ARRAY['Laura', 'Javier', 'Carmen', 'David', 'Lucía', 'Sergio', 'Marta', 'Pablo', 'Rocío', 'Álvaro'],
        ARRAY['Fernández', 'García', 'López', 'Martín', 'Sánchez', 'Romero', 'Díaz', 'Moreno', 'Ruiz', 'Herrero'],
        ARRAY['Madrid', 'Burgos', 'Logroño', 'Santander', 'Valladolid', 'Zaragoza'],
        ARRAY['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'], 'es', true),
 ('ar', ARRAY['Martín', 'Sofía', 'Facundo', 'Valentina', 'Agustín', 'Camila', 'Gonzalo', 'Florencia'],
        ARRAY['Echeverría', 'Irigoyen', 'Aramburu', 'Oyarzábal', 'Ibarguren', 'Pérez Goñi', 'Arrieta', 'Zubiría'],
        ARRAY['Buenos Aires', 'Bahía Blanca', 'Necochea', 'Tandil', 'Macachín', 'Rosario'],
        ARRAY['gmail.com', 'hotmail.com.ar', 'fibertel.com.ar', 'yahoo.com.ar'], 'es', false),
 ('us', ARRAY['John', 'Mary', 'Dan', 'Jenny', 'Pete', 'Anita', 'Mike', 'Gretchen'],
        ARRAY['Bieter', 'Uberuaga', 'Yzaguirre', 'Aldape', 'Goitiandia', 'Echevarria', 'Mendiola', 'Ysursa'],
        ARRAY['Boise', 'Reno', 'Elko', 'Bakersfield', 'Mountain Home', 'Winnemucca'],
        ARRAY['gmail.com', 'yahoo.com', 'comcast.net', 'icloud.com', 'outlook.com'], 'en', false),
 ('la', ARRAY['Ignacio', 'Francisca', 'Diego', 'Fernanda', 'José Luis', 'Ximena', 'Rodrigo', 'Catalina'],
        ARRAY['Urrutia', 'Errázuriz', 'Larraín', 'Eyzaguirre', 'Iturriaga', 'Garmendia', 'Ochoa', 'Aguirre'],
        ARRAY['Santiago de Chile', 'Valparaíso', 'Ciudad de México', 'Caracas', 'Montevideo', 'Guadalajara'],
        ARRAY['gmail.com', 'hotmail.com', 'yahoo.com.mx', 'vtr.net'], 'es', true),
 ('jp', ARRAY['Haruka', 'Takeshi', 'Yuki', 'Kenji', 'Aiko', 'Shota'],
        ARRAY['Mori', 'Sato', 'Hayashi', 'Kobayashi', 'Ishikawa', 'Fujita'],
        ARRAY['Tokyo', 'Kyoto', 'Osaka', 'Sendai'],
        ARRAY['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'], 'ja', false),
 ('de', ARRAY['Lukas', 'Hannah', 'Jonas', 'Katrin', 'Tobias', 'Anja'],
        ARRAY['Schneider', 'Becker', 'Vogel', 'Hartmann', 'Krüger', 'Lang'],
        ARRAY['Berlin', 'Leipzig', 'Freiburg', 'Hamburg'],
        ARRAY['gmx.de', 'web.de', 'posteo.de', 'mailbox.org'], 'de', false),
 ('pl', ARRAY['Paweł', 'Agnieszka', 'Tomasz', 'Katarzyna'],
        ARRAY['Nowak', 'Kowalczyk', 'Wiśniewski', 'Zielińska'],
        ARRAY['Kraków', 'Wrocław', 'Poznań'],
        ARRAY['wp.pl', 'onet.pl', 'gmail.com'], 'pl', false),
 ('cy', ARRAY['Rhys', 'Bethan', 'Owen', 'Ffion', 'Ciarán', 'Siobhán'],
        ARRAY['Evans', 'Griffiths', 'Llewellyn', 'Pritchard', 'O''Connell', 'Byrne'],
        ARRAY['Cardiff', 'Aberystwyth', 'Swansea', 'Galway', 'Dublin'],
        ARRAY['gmail.com', 'btinternet.com', 'eircom.net', 'outlook.com'], 'en', false),
 ('ma', ARRAY['Youssef', 'Fatima Zahra', 'Karim', 'Salma', 'Hamza', 'Nadia'],
        ARRAY['El Amrani', 'Benali', 'Ouahbi', 'Tazi', 'Idrissi', 'Chakir'],
        ARRAY['Bilbo', 'Barakaldo', 'Vitoria-Gasteiz', 'Tanger', 'Nador'],
        ARRAY['gmail.com', 'hotmail.com', 'outlook.fr'], 'ar', false),
 ('sn', ARRAY['Mamadou', 'Awa', 'Ousmane', 'Fatou', 'Cheikh', 'Aminata'],
        ARRAY['Diop', 'Ndiaye', 'Fall', 'Sow', 'Sarr', 'Ba'],
        ARRAY['Bilbo', 'Vitoria-Gasteiz', 'Dakar', 'Thiès'],
        ARRAY['gmail.com', 'yahoo.fr'], 'fr', false),
 ('ro', ARRAY['Andrei', 'Ioana', 'Mihai', 'Elena'],
        ARRAY['Popescu', 'Ionescu', 'Munteanu', 'Dumitru'],
        ARRAY['Vitoria-Gasteiz', 'Iruñea', 'Cluj-Napoca', 'Iași'],
        ARRAY['gmail.com', 'yahoo.com'], 'ro', false),
 ('co', ARRAY['Andrés', 'Juliana', 'Camilo', 'Daniela'],
        ARRAY['Restrepo', 'Ospina', 'Cardona', 'Gaviria'],
        ARRAY['Bilbo', 'Donostia', 'Medellín', 'Bogotá'],
        ARRAY['gmail.com', 'hotmail.com'], 'es', true),
 ('cn', ARRAY['Wei', 'Li Na', 'Hao', 'Xiuying'],
        ARRAY['Chen', 'Wang', 'Zhang', 'Liu'],
        ARRAY['Bilbo', 'Donostia', 'Wenzhou', 'Shanghai'],
        ARRAY['qq.com', '163.com', 'gmail.com'], 'zh', false);

-- People. 1-340 account holders; 401-470 subjects of biographies; 501-640 people named in
-- summaries, talk pages and notes (relatives, contacts).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, first text, last text, last2 text, full_name text, email text, phone text, city text, born date, female boolean);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, first, last, last2, city)
  SELECT i, cu.c, cu.firsts[1 + fixture_gen.n('pf', i, cardinality(cu.firsts))], cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))],
         CASE WHEN cu.two_surnames THEN cu.lasts[1 + fixture_gen.n('pl2', i, cardinality(cu.lasts))] END, fixture_gen.pick(cu.cities, 'pcity', i)
  FROM generate_series(lo, hi) i JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
$$;
DO $$ BEGIN
  PERFORM pgen.add_people(1, 340, ARRAY['gi', 'gi', 'gi', 'gi', 'gi', 'gi', 'gi', 'gi', 'ip', 'ip', 'es', 'es', 'ar', 'ar', 'us', 'us', 'la', 'jp', 'de', 'pl', 'cy', 'ma', 'sn', 'ro', 'co', 'cn']);
  PERFORM pgen.add_people(401, 470, ARRAY['gi', 'gi', 'gi', 'gi', 'gi', 'gi', 'ip', 'ip', 'ar', 'us', 'la']);
  PERFORM pgen.add_people(501, 640, ARRAY['gi', 'gi', 'gi', 'gi', 'ip', 'es', 'ar', 'us', 'ma', 'sn', 'co']);
END $$;
UPDATE pgen.p SET first = 'Iñaki', last = 'Agirre', last2 = 'Lasa', c = 'gi', city = 'Donostia' WHERE i = 1;
UPDATE pgen.p SET first = 'Maite', last = 'Iriart', last2 = NULL, c = 'ip', city = 'Hazparne' WHERE i = 3;
UPDATE pgen.p SET first = 'Nerea', last = 'Goikoetxea', last2 = 'Urkiola', c = 'gi', city = 'Bergara' WHERE i = 4;
UPDATE pgen.p SET first = 'Joseba', last = 'Arrieta', last2 = 'Mendizabal', c = 'gi', city = 'Tolosa' WHERE i = 6;
UPDATE pgen.p SET first = 'John', last = 'Bieter', last2 = NULL, c = 'us', city = 'Boise' WHERE i = 7;
UPDATE pgen.p SET first = 'Kenji', last = 'Mori', last2 = NULL, c = 'jp', city = 'Kyoto' WHERE i = 9;
UPDATE pgen.p SET first = 'Amaia', last = 'Olaizola', last2 = 'Garmendia', c = 'gi', city = 'Azpeitia' WHERE i = 10;
UPDATE pgen.p SET first = 'Fatou', last = 'Diop', last2 = NULL, c = 'sn', city = 'Bilbo' WHERE i = 11;
UPDATE pgen.p SET first = 'Mikel', last = 'Otaegi', last2 = 'Azkue', c = 'gi', city = 'Zarautz' WHERE i = 14;
UPDATE pgen.p SET first = 'Gonzalo', last = 'Irigoyen', last2 = NULL, c = 'ar', city = 'Macachín' WHERE i = 15;
UPDATE pgen.p SET female = first IN ('Miren', 'Ane', 'Nerea', 'Amaia', 'Maialen', 'Itziar', 'Leire', 'Garazi', 'Irati', 'Edurne', 'Maite', 'Ainhoa', 'Elixabete', 'Pantxika', 'Marie-Jeanne',
    'Laura', 'Carmen', 'Lucía', 'Marta', 'Rocío', 'Sofía', 'Valentina', 'Camila', 'Florencia', 'Mary', 'Jenny', 'Anita', 'Gretchen', 'Francisca', 'Fernanda', 'Ximena', 'Catalina',
    'Haruka', 'Yuki', 'Aiko', 'Hannah', 'Katrin', 'Anja', 'Agnieszka', 'Katarzyna', 'Bethan', 'Ffion', 'Siobhán', 'Fatima Zahra', 'Salma', 'Nadia', 'Awa', 'Fatou', 'Aminata',
    'Ioana', 'Elena', 'Juliana', 'Daniela', 'Li Na', 'Xiuying');
UPDATE pgen.p p SET
  full_name = CASE WHEN p.c = 'jp' AND p.i % 4 = 0 THEN p.last || ' ' || p.first ELSE p.first || ' ' || p.last END,
  born = CASE WHEN p.i BETWEEN 401 AND 470 THEN date '1898-01-01' + fixture_gen.n('pborn', p.i, 365 * 100) ELSE fixture_gen.birth_date('pborn', p.i) END,
  phone = CASE p.c
    WHEN 'gi' THEN CASE fixture_gen.n('pph', p.i, 6) WHEN 0 THEN '943 ' WHEN 1 THEN '944 ' WHEN 2 THEN '+34 6' || fixture_gen.digits('pph0', p.i, 2) || ' ' ELSE '6' || fixture_gen.digits('pph0', p.i, 2) || ' ' END
                   || fixture_gen.digits('pph1', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 2) || ' ' || fixture_gen.digits('pph3', p.i, 2)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 3) || ' ' || fixture_gen.digits('pph3', p.i, 3)
    WHEN 'co' THEN '+34 6' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 3) || ' ' || fixture_gen.digits('pph3', p.i, 3)
    WHEN 'ma' THEN '+34 6' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 3) || ' ' || fixture_gen.digits('pph3', p.i, 3)
    WHEN 'ip' THEN '06 ' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 2) || ' ' || fixture_gen.digits('pph3', p.i, 2) || ' ' || fixture_gen.digits('pph4', p.i, 2)
    WHEN 'sn' THEN '+221 77 ' || fixture_gen.digits('pph', p.i, 3) || ' ' || fixture_gen.digits('pph2', p.i, 2) || ' ' || fixture_gen.digits('pph3', p.i, 2)
    WHEN 'ar' THEN '+54 9 ' || fixture_gen.pick(ARRAY['11', '291', '2262', '2954'], 'pph', p.i) || ' ' || fixture_gen.digits('pph2', p.i, 4) || '-' || fixture_gen.digits('pph3', p.i, 4)
    WHEN 'us' THEN '(208) ' || (200 + fixture_gen.n('pph', p.i, 700)) || '-' || fixture_gen.digits('pph2', p.i, 4)
    WHEN 'la' THEN '+56 9 ' || fixture_gen.digits('pph', p.i, 4) || ' ' || fixture_gen.digits('pph2', p.i, 4)
    WHEN 'jp' THEN '090-' || fixture_gen.digits('pph', p.i, 4) || '-' || fixture_gen.digits('pph2', p.i, 4)
    WHEN 'de' THEN '+49 1' || (5 + fixture_gen.n('pph', p.i, 3)) || fixture_gen.digits('pph1', p.i, 1) || ' ' || fixture_gen.digits('pph2', p.i, 8)
    WHEN 'pl' THEN '+48 ' || fixture_gen.digits('pph', p.i, 3) || ' ' || fixture_gen.digits('pph2', p.i, 3) || ' ' || fixture_gen.digits('pph3', p.i, 3)
    WHEN 'cy' THEN '07' || fixture_gen.digits('pph', p.i, 3) || ' ' || fixture_gen.digits('pph2', p.i, 6)
    WHEN 'ro' THEN '+40 7' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 3) || ' ' || fixture_gen.digits('pph3', p.i, 3)
    ELSE '+86 13' || fixture_gen.digits('pph', p.i, 1) || ' ' || fixture_gen.digits('pph2', p.i, 4) || ' ' || fixture_gen.digits('pph3', p.i, 4) END;
UPDATE pgen.p p SET email = CASE fixture_gen.n('pem', p.i, 5)
    WHEN 0 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) WHEN 1 THEN pgen.fold(p.first) || pgen.fold(coalesce(p.last2, p.last)) || (p.i % 90 + 10)::text
    WHEN 2 THEN substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) WHEN 3 THEN pgen.fold(p.last) || '.' || pgen.fold(p.first) || (1960 + p.i % 45)::text
    ELSE pgen.fold(p.first) || '_' || substr(pgen.fold(p.last), 1, 4) END || '@' || fixture_gen.pick(cu.domains, 'pdom', p.i)
FROM pgen.cu cu WHERE cu.c = p.c;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- IP addresses of editors, readers and voters, with MediaWiki's hex form (IPUtils::toHex).
CREATE TABLE pgen.ip (k int PRIMARY KEY, ip text, hex text, v6 boolean);
INSERT INTO pgen.ip
SELECT k, ip, hex, v6 FROM (
  SELECT k, false AS v6, pfx, o3, o4,
         split_part(pfx, '.', 1) || '.' || split_part(pfx, '.', 2) || '.' || o3 || '.' || o4 AS ip,
         upper(lpad(to_hex(split_part(pfx, '.', 1)::int), 2, '0') || lpad(to_hex(split_part(pfx, '.', 2)::int), 2, '0') || lpad(to_hex(o3), 2, '0') || lpad(to_hex(o4), 2, '0')) AS hex
  FROM (SELECT k, fixture_gen.pick(ARRAY['83.213', '85.84', '95.17', '212.81', '88.6', '2.139', '31.221', '79.148', '62.99', '83.213', '85.84', '95.17',
                                         '90.105', '86.210', '176.140', '181.46', '190.17', '174.52', '67.161', '41.82', '105.158', '126.33', '84.136', '5.226', '193.146'], 'ippfx', k) AS pfx,
               fixture_gen.n('ipo3', k, 256) AS o3, 1 + fixture_gen.n('ipo4', k, 254) AS o4
        FROM generate_series(1, 400) k WHERE k % 5 <> 0) a
  UNION ALL
  SELECT k, true, NULL, NULL, NULL, ip, 'v6-' || string_agg(lpad(g, 4, '0'), '' ORDER BY j) FROM (
    SELECT k, j, g, string_agg(g, ':') OVER (PARTITION BY k ORDER BY j ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS ip
    FROM (SELECT k, j, CASE WHEN j <= 2 THEN split_part(fixture_gen.pick(ARRAY['2A0C:5A80', '2A01:CB1C', '2800:810', '2601:681', '2A02:9130', '2A01:E0A'], 'ip6p', k), ':', j)
                            ELSE ltrim(upper(substr(md5('ip6' || k || ':' || j), 1, 4)), '0') END AS g0
          FROM generate_series(1, 400) k CROSS JOIN generate_series(1, 8) j WHERE k % 5 = 0) x
    CROSS JOIN LATERAL (SELECT CASE WHEN g0 = '' THEN '0' ELSE g0 END AS g) y) z
  GROUP BY k, ip) t;

CREATE TABLE pgen.ua (k int PRIMARY KEY, ua text);
INSERT INTO pgen.ua VALUES
 (1, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36'),
 (2, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0'),
 (3, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'),
 (4, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'),
 (5, 'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36'),
 (6, 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'),
 (7, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0'),
 (8, 'Mozilla/5.0 (Linux; Android 13; Redmi Note 12 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36'),
 (9, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36'),
 (10, 'Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'),
 (11, 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36'),
 (12, 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36'),
 (13, 'Pywikibot/9.3.1 (g19432) requests/2.31.0 Python/3.11.2.final.0'),
 (14, 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko'),
 (15, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0');

-- ---------------------------------------------------------------------------
-- Accounts. User ids 1-340 are people 1-340, except system, bot and role
-- accounts. Registration grows with the id, from the wiki's start in 2009.

CREATE TABLE pgen.u (id int PRIMARY KEY, kind text, name text, real_name text, email text, reg timestamptz, style int, pid int, lang text, tz text);
INSERT INTO pgen.u (id, kind, pid, style, reg)
SELECT i, CASE WHEN i IN (2, 5, 38, 92) THEN 'system' WHEN i IN (12, 57, 133) THEN 'bot' WHEN i IN (210, 301) THEN 'role' WHEN i > 340 THEN 'spam' ELSE 'person' END,
       CASE WHEN i <= 340 THEN i END, fixture_gen.n('ust', i, 12),
       CASE WHEN i > 340 THEN pgen.at('spamreg', i, '2023-03-01', '2024-09-27')
            ELSE timestamptz '2009-03-14 10:12:00+01' + (interval '1 day' * floor(5675 * power(i / 340.0, 0.9))) + make_interval(secs => fixture_gen.n('ureg', i, 86000)) END
FROM generate_series(1, 364) i;
UPDATE pgen.u u SET name = CASE
    WHEN u.id = 2 THEN 'MediaWiki default' WHEN u.id = 5 THEN 'Maintenance script' WHEN u.id = 38 THEN 'Abuse filter' WHEN u.id = 92 THEN 'MediaWiki message delivery'
    WHEN u.id = 12 THEN 'HerriBot' WHEN u.id = 57 THEN 'ArtxiboBot' WHEN u.id = 133 THEN 'ZuzentzaileBot'
    WHEN u.id = 210 THEN 'Herriwiki Elkartea' WHEN u.id = 301 THEN 'Hauteskunde batzordea'
    WHEN u.id = 1 THEN 'Iñaki Agirre' WHEN u.id = 3 THEN 'Maite Iriart' WHEN u.id = 4 THEN 'Urtxintxa' WHEN u.id = 6 THEN 'Joseba Arrieta Mendizabal'
    WHEN u.id = 7 THEN 'BoiseBasque' WHEN u.id = 9 THEN 'Kenji (euskara ikaslea)' WHEN u.id = 10 THEN 'Amaia Olaizola' WHEN u.id = 11 THEN 'Fatou Diop'
    WHEN u.id = 14 THEN 'Mikel Otaegi' WHEN u.id = 15 THEN 'GauchoVasco' WHEN u.id = 44 THEN 'Txantxangorri'
    WHEN u.style <= 3 THEN CASE WHEN p.last2 IS NOT NULL AND u.style = 3 THEN p.first || ' ' || p.last || ' ' || p.last2 ELSE p.full_name END
    WHEN u.style <= 7 THEN fixture_gen.pick(ARRAY['Mendizale', 'Itsasoa', 'Basajaun', 'Lauburu', 'Zuhaitz', 'Haizea', 'Ekaitz', 'Ilargia', 'Herrimina', 'Errekalde', 'Ibaizabal',
         'Txirula', 'Pottoka', 'Arrano beltza', 'Zozomikelete', 'Lamiak', 'Sorgina', 'Akerbeltz', 'Txalaparta', 'Trikitilari', 'Bertsozale', 'Pilotazale', 'Sagardozale', 'Idiazabal',
         'Txakolindegi', 'Aitonaren kutxa', 'Gaueko', 'Olentzero', 'Mari Domingi', 'Erlea', 'Euskaltzalea', 'Hizkuntzalaria', 'Toponimista', 'Artxibozain', 'Wikizale', 'Kirikiño',
         'Zuberotarra', 'Mugalari', 'Arrantzale', 'Baleazalea', 'Lurdes kalea', 'Pampako euskalduna', 'Nevadan jaioa', 'Txistulari', 'Kresala', 'Sakana', 'Urola'], 'upseu', u.id)
         || CASE WHEN fixture_gen.n('upsn', u.id, 3) = 0 THEN (1 + fixture_gen.n('upsnn', u.id, 98))::text WHEN fixture_gen.n('upsn', u.id, 3) = 1 THEN (1950 + fixture_gen.n('upsy', u.id, 55))::text ELSE '' END
    WHEN u.style = 8 THEN initcap(pgen.fold(p.first)) || pgen.fold(p.last)
    WHEN u.style = 9 THEN p.first || ' ' || substr(p.last, 1, 1) || '.'
    WHEN u.style = 10 THEN replace(p.first, ' ', '') || '_' || replace(p.city, ' ', '')
    ELSE initcap(pgen.fold(p.first)) || extract(year FROM p.born)::int END
FROM pgen.p p WHERE p.i = u.pid;
-- Spam, long-term-abuse and attack accounts (all blocked below).
UPDATE pgen.u u SET name = v.name, email = v.email, real_name = '', lang = 'eu', tz = NULL
FROM (SELECT 340 + k AS id, split_part(x, '|', 1) AS name, split_part(x, '|', 2) AS email FROM unnest(ARRAY[
  'CasinoBonus24|casinobonus24@mail.ru', 'SEO Marketing Pro|seo.marketing.pro.agency@gmail.com', 'Hannahsmith8823|hannahsmith8823@outlook.com',
  'BestDentistBilbao|info@clinicadental-bilbao.example', 'Cheap Flights Deals|', 'Kakatxo99|kakatxo.99@proton.me', 'Kakatxo100|', 'Kakatxo2023|kakatxo2023@proton.me',
  'Txantxangorri2|', 'Urtxintxa ofiziala|', 'Iñaki Agirre (benetakoa)|inakiagirre.benetakoa@gmail.com', 'KAKATXO ITZULI DA|', 'Mikel Otaegi lapurra da|',
  'Crypto Wallet Recovery|recovery.desk@cryptohelp.example', 'Essay Writer Online|essays@writerhub.example', 'Zarautz Surf Eskola|info@zarautzsurf.example',
  'Apartamentos Donostia|reservas@apartamentos-donostia.example', 'Ane Arrieta gezurtia|', 'Roofing Boise ID|bids@boiseroofing.example', 'Fontanero Bilbao 24h|fontanero24h.bilbao@gmail.com',
  'Margo Zubizarreta|margozubi@gmail.com', 'Vandal1234|', 'Gorka Zubizarretaren aita|', 'Txotxongiloa|']) WITH ORDINALITY a(x, k)) v
WHERE v.id = u.id;
UPDATE pgen.u u SET name = u.name || d.rn FROM (SELECT id, row_number() OVER (PARTITION BY name ORDER BY id) AS rn FROM pgen.u) d WHERE d.id = u.id AND d.rn > 1;
UPDATE pgen.u u SET
  real_name = CASE WHEN u.kind <> 'person' THEN ''
    WHEN u.id = 44 THEN 'Leire Urkiola Ugalde' WHEN u.id = 4 THEN 'Nerea Goikoetxea Urkiola'
    WHEN u.style <= 3 OR u.id IN (1, 3, 6, 10, 11, 14) THEN CASE WHEN p.last2 IS NOT NULL AND u.style % 2 = 0 THEN p.first || ' ' || p.last || ' ' || p.last2 ELSE p.full_name END
    WHEN fixture_gen.n('urn', u.id, 5) <= 1 THEN p.full_name ELSE '' END,
  email = CASE WHEN u.kind = 'system' THEN '' WHEN u.id = 210 THEN 'idazkaritza@herriwiki.eus' WHEN u.id = 301 THEN 'hauteskundeak@herriwiki.eus'
    WHEN u.id = 12 THEN 'mikel.otaegi@euskaltel.net' WHEN u.id = 57 THEN 'joseba.arrieta@herriwiki.eus' WHEN u.id = 133 THEN ''
    WHEN u.id IN (1, 4, 6, 10) THEN pgen.fold(p.first) || '@herriwiki.eus' WHEN u.id = 14 THEN 'mikel.otaegi@euskaltel.net'
    WHEN fixture_gen.n('uem', u.id, 100) < 14 THEN '' ELSE p.email END,
  lang = CASE WHEN u.kind = 'person' THEN CASE WHEN p.c IN ('gi', 'ip') OR fixture_gen.n('ulang', u.id, 3) = 0 THEN 'eu' ELSE cu.lang END ELSE 'eu' END,
  tz = CASE p.c WHEN 'ar' THEN 'ZoneInfo|-180|America/Argentina/Buenos_Aires' WHEN 'us' THEN fixture_gen.pick(ARRAY['ZoneInfo|-360|America/Boise', 'ZoneInfo|-420|America/Los_Angeles'], 'utz', u.id)
    WHEN 'la' THEN fixture_gen.pick(ARRAY['ZoneInfo|-240|America/Santiago', 'ZoneInfo|-360|America/Mexico_City', 'ZoneInfo|-240|America/Caracas'], 'utz', u.id)
    WHEN 'jp' THEN 'ZoneInfo|540|Asia/Tokyo' WHEN 'cn' THEN 'ZoneInfo|480|Asia/Shanghai' WHEN 'ip' THEN 'ZoneInfo|120|Europe/Paris' WHEN 'de' THEN 'ZoneInfo|120|Europe/Berlin'
    WHEN 'pl' THEN 'ZoneInfo|120|Europe/Warsaw' WHEN 'cy' THEN 'ZoneInfo|60|Europe/London' WHEN 'sn' THEN 'ZoneInfo|0|Africa/Dakar' ELSE 'ZoneInfo|120|Europe/Madrid' END
FROM pgen.p p JOIN pgen.cu cu ON cu.c = p.c WHERE p.i = u.pid;

CREATE TABLE mwuser (
  user_id SERIAL NOT NULL,
  user_name TEXT DEFAULT '' NOT NULL,
  user_real_name TEXT DEFAULT '' NOT NULL,
  user_password TEXT NOT NULL,
  user_newpassword TEXT NOT NULL,
  user_newpass_time TIMESTAMPTZ DEFAULT NULL,
  user_email TEXT NOT NULL,
  user_touched TIMESTAMPTZ NOT NULL,
  user_token TEXT DEFAULT '' NOT NULL,
  user_email_authenticated TIMESTAMPTZ DEFAULT NULL,
  user_email_token TEXT DEFAULT NULL,
  user_email_token_expires TIMESTAMPTZ DEFAULT NULL,
  user_registration TIMESTAMPTZ DEFAULT NULL,
  user_editcount INT DEFAULT NULL,
  user_password_expires TIMESTAMPTZ DEFAULT NULL,
  user_is_temp SMALLINT DEFAULT 0 NOT NULL,
  PRIMARY KEY(user_id)
);
CREATE UNIQUE INDEX user_name ON mwuser (user_name);
CREATE INDEX user_email_token ON mwuser (user_email_token);
CREATE INDEX user_email ON mwuser (user_email);

INSERT INTO mwuser
SELECT u.id, u.name, u.real_name,
       CASE WHEN u.kind = 'system' THEN '' WHEN u.reg < '2013-01-01' AND fixture_gen.n('uoldpw', u.id, 3) = 0 THEN pgen.mwpass_b('upwb', u.id) ELSE pgen.mwpass('upw', u.id) END,
       CASE WHEN u.kind = 'person' AND fixture_gen.n('unpw', u.id, 16) = 0 THEN pgen.mwpass('unpw', u.id) ELSE '' END,
       CASE WHEN u.kind = 'person' AND fixture_gen.n('unpw', u.id, 16) = 0 THEN pgen.at('unpt', u.id, '2024-01-01', '2024-09-29') END,
       u.email,
       greatest(u.reg, pgen.at('utouch', u.id, '2023-06-01', '2024-09-30 18:00+00')),
       CASE WHEN u.kind = 'system' THEN '*** INVALID ***' ELSE pgen.hex('utok', u.id, 32) END,
       CASE WHEN u.email <> '' AND fixture_gen.n('uea', u.id, 10) < 8 THEN u.reg + make_interval(mins => 3 + fixture_gen.n('ueam', u.id, 4000)) END,
       CASE WHEN u.email <> '' AND fixture_gen.n('uea', u.id, 10) >= 8 THEN pgen.hex('uetok', u.id, 32) END,
       CASE WHEN u.email <> '' AND fixture_gen.n('uea', u.id, 10) >= 8 THEN u.reg + interval '7 days' END,
       u.reg,
       CASE WHEN u.kind = 'system' THEN 0 WHEN u.kind = 'spam' THEN fixture_gen.n('uec', u.id, 25) WHEN u.kind = 'bot' THEN 4000 + fixture_gen.n('uec', u.id, 60000)
            WHEN u.id IN (1, 3, 4, 6, 10, 14, 44) THEN 9000 + fixture_gen.n('uec', u.id, 30000)
            ELSE (ARRAY[0, 0, 1, 2, 3, 5, 8, 14, 27, 60, 150, 420, 1300, 5200])[1 + fixture_gen.n('uecb', u.id, 14)] + fixture_gen.n('uec', u.id, 10) END,
       NULL, 0
FROM pgen.u u ORDER BY u.id;
UPDATE mwuser SET user_editcount = least(user_editcount, greatest(1, (extract(epoch FROM timestamptz '2024-09-30' - user_registration) / 86400 * 5)::int)) WHERE user_editcount > 0;
UPDATE mwuser SET user_password_expires = timestamptz '2024-12-31 23:59:59+00' WHERE user_id IN (63, 118);

-- Actors: every account that acted, and IP editors, numbered in order of first appearance.
CREATE TABLE pgen.ipe (k int PRIMARY KEY, ip text, hex text, first_seen timestamptz);
INSERT INTO pgen.ipe SELECT k, ip, hex, pgen.at('ipfs', k, '2010-01-01', '2024-09-29') FROM pgen.ip WHERE k % 2 = 1 OR k % 10 = 0;
UPDATE pgen.ipe SET first_seen = pgen.at('ipfs2', k, '2024-07-02', '2024-09-29') WHERE k % 3 = 0;

CREATE TABLE actor (
  actor_id BIGSERIAL NOT NULL,
  actor_user INT DEFAULT NULL,
  actor_name TEXT NOT NULL,
  PRIMARY KEY(actor_id)
);
CREATE UNIQUE INDEX actor_user ON actor (actor_user);
CREATE UNIQUE INDEX actor_name ON actor (actor_name);
INSERT INTO actor (actor_id, actor_user, actor_name)
SELECT row_number() OVER (ORDER BY t, uid NULLS LAST, name), uid, name FROM (
  SELECT u.id AS uid, u.name, u.reg AS t FROM pgen.u u
  UNION ALL SELECT NULL, e.ip, e.first_seen FROM pgen.ipe e) x;
CREATE FUNCTION pgen.ua_actor(uid int) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT actor_id FROM public.actor WHERE actor_user = uid $$;

CREATE TABLE user_properties (
  up_user INT NOT NULL,
  up_property TEXT NOT NULL,
  up_value TEXT DEFAULT NULL,
  PRIMARY KEY(up_user, up_property)
);
CREATE INDEX up_property ON user_properties (up_property);
INSERT INTO user_properties (up_user, up_property, up_value)
SELECT u.id, k.prop, v.val FROM pgen.u u JOIN pgen.p p ON p.i = u.pid
CROSS JOIN (VALUES (1, 'language'), (2, 'gender'), (3, 'nickname'), (4, 'fancysig'), (5, 'timecorrection'), (6, 'skin'), (7, 'disablemail'), (8, 'email-allow-new-users'),
  (9, 'email-blacklist'), (10, 'echo-subscriptions-email-edit-user-talk'), (11, 'echo-subscriptions-web-reverted'), (12, 'watchdefault'), (13, 'rcfilters-saved-queries'),
  (14, 'gadget-HotCat'), (15, 'date'), (16, 'searchNs2'), (17, 'visualeditor-tabs'), (18, 'echo-notifications-blacklist'), (19, 'wikilove-enabled'), (20, 'rememberpassword'),
  (21, 'ccmeonemails'), (22, 'usebetatoolbar'), (23, 'echo-subscriptions-email-mention'), (24, 'rcdays')) k(n, prop)
CROSS JOIN LATERAL (SELECT CASE k.prop
    WHEN 'language' THEN CASE WHEN u.lang <> 'en' OR fixture_gen.n('uplang', u.id, 2) = 0 THEN u.lang END
    WHEN 'gender' THEN CASE WHEN fixture_gen.n('upg', u.id, 5) < 3 THEN CASE WHEN p.female THEN 'female' ELSE 'male' END END
    WHEN 'nickname' THEN CASE WHEN u.id = 44 THEN '[[Lankide:Txantxangorri|Txantxangorri]] ([[Lankide eztabaida:Txantxangorri|txio]])'
      WHEN u.id = 4 THEN '[[Lankide:Urtxintxa|<span style="color:#8B4513">Urtxintxa</span>]] [[Lankide eztabaida:Urtxintxa|🐿️]]'
      WHEN u.id = 1 THEN '[[Lankide:Iñaki Agirre|Iñaki Agirre]] ([[Lankide eztabaida:Iñaki Agirre|eztabaida]])'
      WHEN fixture_gen.n('upnick', u.id, 9) = 0 THEN '[[Lankide:' || u.name || '|' || CASE WHEN u.real_name <> '' THEN u.real_name ELSE u.name END || ']] ([[Lankide eztabaida:' || u.name || '|esan]])'
      WHEN fixture_gen.n('upnick', u.id, 9) = 1 THEN '[[Lankide:' || u.name || '|' || u.name || ']] · ' || CASE WHEN u.email <> '' AND fixture_gen.n('upnm', u.id, 3) = 0 THEN '[mailto:' || u.email || ' e-posta]' ELSE '[[Lankide eztabaida:' || u.name || '|kaixo]]' END END
    WHEN 'fancysig' THEN CASE WHEN u.id IN (1, 4, 44) OR fixture_gen.n('upnick', u.id, 9) <= 1 THEN '1' END
    WHEN 'timecorrection' THEN CASE WHEN fixture_gen.n('uptz', u.id, 3) > 0 OR u.tz NOT LIKE '%Madrid%' THEN u.tz END
    WHEN 'skin' THEN CASE WHEN fixture_gen.n('upskin', u.id, 3) = 0 THEN fixture_gen.pick(ARRAY['vector', 'timeless', 'monobook', 'minerva', 'vector-2022'], 'upsk', u.id) END
    WHEN 'disablemail' THEN CASE WHEN fixture_gen.n('updm', u.id, 7) = 0 THEN '1' END
    WHEN 'email-allow-new-users' THEN CASE WHEN fixture_gen.n('upeanu', u.id, 6) = 0 THEN '0' END
    WHEN 'email-blacklist' THEN CASE WHEN fixture_gen.n('upebl', u.id, 25) = 0 THEN (20 + fixture_gen.n('upebl1', u.id, 300))::text || CASE WHEN u.id % 2 = 0 THEN E'\n' || (20 + fixture_gen.n('upebl2', u.id, 300))::text ELSE '' END END
    WHEN 'echo-subscriptions-email-edit-user-talk' THEN CASE WHEN fixture_gen.n('upes', u.id, 4) = 0 THEN '1' END
    WHEN 'echo-subscriptions-web-reverted' THEN CASE WHEN fixture_gen.n('upesr', u.id, 8) = 0 THEN '0' END
    WHEN 'watchdefault' THEN CASE WHEN fixture_gen.n('upwd', u.id, 5) = 0 THEN '0' END
    WHEN 'rcfilters-saved-queries' THEN CASE WHEN u.id IN (1, 3, 4, 6, 10, 14, 27, 44, 63, 118) THEN
      '{"queries":{"' || (1690000000 + u.id * 7919) || '":{"data":{"params":{"hidebots":"1","hidemyself":"1","namespace":"' || fixture_gen.pick(ARRAY['0', '2;3', '0;6', '1;3'], 'uprcf', u.id)
      || '","userExpLevel":"' || fixture_gen.pick(ARRAY['newcomer', 'unregistered', 'newcomer;learner'], 'uprce', u.id) || '","limit":"100","days":"7"},"highlights":{"c2color":"mw-rcfilters-ores"}},"label":"'
      || fixture_gen.pick(ARRAY['Etorri berriak', 'IPak', 'Lankide orriak', 'Fitxategiak', 'Patruila'], 'uprcl', u.id) || '"}},"default":"' || (1690000000 + u.id * 7919) || '","version":"2"}' END
    WHEN 'gadget-HotCat' THEN CASE WHEN fixture_gen.n('uphc', u.id, 4) = 0 THEN '1' END
    WHEN 'date' THEN CASE WHEN fixture_gen.n('update', u.id, 6) = 0 THEN fixture_gen.pick(ARRAY['ISO 8601', 'dmy', 'mdy', 'ymd'], 'upd', u.id) END
    WHEN 'searchNs2' THEN CASE WHEN fixture_gen.n('upns2', u.id, 9) = 0 THEN '1' END
    WHEN 'visualeditor-tabs' THEN CASE WHEN fixture_gen.n('upve', u.id, 4) = 0 THEN fixture_gen.pick(ARRAY['prefer-wt', 'prefer-ve', 'multi-tab'], 'upvet', u.id) END
    WHEN 'echo-notifications-blacklist' THEN CASE WHEN fixture_gen.n('upenb', u.id, 30) = 0 THEN (20 + fixture_gen.n('upenb1', u.id, 300))::text END
    WHEN 'wikilove-enabled' THEN CASE WHEN fixture_gen.n('upwl', u.id, 20) = 0 THEN '0' END
    WHEN 'rememberpassword' THEN CASE WHEN fixture_gen.n('uprp', u.id, 3) = 0 THEN '1' END
    WHEN 'ccmeonemails' THEN CASE WHEN fixture_gen.n('upcc', u.id, 10) = 0 THEN '1' END
    WHEN 'usebetatoolbar' THEN CASE WHEN fixture_gen.n('upbt', u.id, 7) = 0 THEN '0' END
    WHEN 'echo-subscriptions-email-mention' THEN CASE WHEN fixture_gen.n('upem', u.id, 6) = 0 THEN '0' END
    WHEN 'rcdays' THEN CASE WHEN fixture_gen.n('uprcd', u.id, 12) = 0 THEN fixture_gen.pick(ARRAY['14', '30', '3'], 'uprcdd', u.id) END
  END AS val) v
WHERE u.kind IN ('person', 'role') AND v.val IS NOT NULL AND u.id % 11 <> 7
ORDER BY u.id, k.n;
INSERT INTO user_properties VALUES (12, 'language', 'eu'), (57, 'language', 'eu'), (133, 'language', 'eu'), (12, 'watchdefault', '0'), (57, 'watchdefault', '0'), (133, 'disablemail', '1');

CREATE TABLE user_groups (
  ug_user INT DEFAULT 0 NOT NULL,
  ug_group TEXT DEFAULT '' NOT NULL,
  ug_expiry TIMESTAMPTZ DEFAULT NULL,
  PRIMARY KEY(ug_user, ug_group)
);
CREATE INDEX ug_group ON user_groups (ug_group);
CREATE INDEX ug_expiry ON user_groups (ug_expiry);
INSERT INTO user_groups (ug_user, ug_group, ug_expiry) VALUES
  (1, 'sysop', NULL), (1, 'bureaucrat', NULL), (1, 'interface-admin', NULL), (3, 'sysop', NULL), (3, 'electionadmin', '2024-11-15 00:00:00+00'), (4, 'sysop', NULL), (4, 'bureaucrat', NULL),
  (4, 'checkuser', NULL), (6, 'sysop', NULL), (6, 'checkuser', NULL), (10, 'sysop', NULL), (14, 'sysop', NULL), (14, 'interface-admin', NULL), (27, 'sysop', NULL), (44, 'sysop', NULL),
  (63, 'sysop', '2024-12-31 23:59:59+00'), (118, 'sysop', NULL), (12, 'bot', NULL), (57, 'bot', NULL), (133, 'bot', NULL), (5, 'bureaucrat', NULL), (38, 'sysop', NULL),
  (210, 'electionadmin', '2024-11-15 00:00:00+00'), (301, 'electionadmin', '2024-11-15 00:00:00+00'), (9, 'rollbacker', NULL), (15, 'rollbacker', NULL), (7, 'rollbacker', NULL);
INSERT INTO user_groups (ug_user, ug_group, ug_expiry)
SELECT u.id, 'autopatrolled', CASE WHEN u.id % 13 = 0 THEN pgen.at('ugexp', u.id, '2024-10-01', '2025-06-30') END FROM pgen.u u
WHERE u.kind = 'person' AND u.id NOT IN (1, 3, 4, 6, 10, 14, 27, 44, 63, 118) AND fixture_gen.n('ugap', u.id, 7) = 0;
INSERT INTO user_groups (ug_user, ug_group, ug_expiry)
SELECT u.id, 'rollbacker', NULL FROM pgen.u u WHERE u.kind = 'person' AND u.id > 20 AND fixture_gen.n('ugrb', u.id, 23) = 0 ON CONFLICT DO NOTHING;

CREATE TABLE bot_passwords (
  bp_user INT NOT NULL,
  bp_app_id TEXT NOT NULL,
  bp_password TEXT NOT NULL,
  bp_token TEXT DEFAULT '' NOT NULL,
  bp_restrictions TEXT NOT NULL,
  bp_grants TEXT NOT NULL,
  PRIMARY KEY(bp_user, bp_app_id)
);
INSERT INTO bot_passwords (bp_user, bp_app_id, bp_password, bp_token, bp_restrictions, bp_grants)
SELECT v.u, v.app, pgen.mwpass('bppw', v.k), pgen.hex('bptok', v.k, 32), v.restr, v.grants
FROM (VALUES
  (1, 12, 'pywikibot', '{"IPAddresses":["185.199.108.41"]}', '["basic","highvolume","editpage","editprotected","createeditmovepage","uploadfile","uploadeditmovefile"]'),
  (2, 12, 'interwiki', '{"IPAddresses":["185.199.108.41"]}', '["basic","highvolume","editpage"]'),
  (3, 57, 'artxiboa', '{"IPAddresses":["0.0.0.0/0","::/0"]}', '["basic","highvolume","editpage","createeditmovepage","uploadfile"]'),
  (4, 133, 'zuzentzailea', '{"IPAddresses":["83.213.118.77/32"]}', '["basic","highvolume","editpage"]'),
  (5, 14, 'AWB', '{"IPAddresses":["0.0.0.0/0","::/0"]}', '["basic","editpage","createeditmovepage","delete","protect"]'),
  (6, 14, 'backup', '{"IPAddresses":["185.199.108.41"]}', '["basic","highvolume"]'),
  (7, 4, 'Huggle', '{"IPAddresses":["0.0.0.0/0","::/0"]}', '["basic","editpage","rollback","patrol","blockusers"]'),
  (8, 6, 'checkuser-script', '{"IPAddresses":["85.84.47.190"]}', '["basic","checkuser","blockusers"]'),
  (9, 7, 'Commons-ekarlea', '{"IPAddresses":["174.52.83.19","2601:681:4200:E10:0:0:0:0/64"]}', '["basic","uploadfile","uploadeditmovefile","editpage"]'),
  (10, 15, 'mobila', '{"IPAddresses":["0.0.0.0/0","::/0"]}', '["basic","editpage"]'),
  (11, 44, 'AWB', '{"IPAddresses":["0.0.0.0/0","::/0"]}', '["basic","editpage","createeditmovepage"]'),
  (12, 9, 'hiztegia', '{"IPAddresses":["126.33.71.204"]}', '["basic","highvolume","editpage"]'),
  (13, 1, 'estatistikak', '{"IPAddresses":["0.0.0.0/0","::/0"]}', '["basic","highvolume"]'),
  (14, 63, 'kategoriak', '{"IPAddresses":["0.0.0.0/0","::/0"]}', '["basic","editpage","createeditmovepage"]'),
  (15, 118, 'Twinkle-proba', '{"IPAddresses":["212.81.203.12","95.17.0.0/16"]}', '["basic","editpage","patrol"]')) v(k, u, app, restr, grants);

CREATE TABLE oathauth_devices (
  oad_id SERIAL NOT NULL,
  oad_user INT NOT NULL,
  oad_type INT NOT NULL,
  oad_name TEXT DEFAULT NULL,
  oad_created TIMESTAMPTZ DEFAULT NULL,
  oad_data TEXT DEFAULT NULL,
  PRIMARY KEY(oad_id)
);
CREATE INDEX oad_user ON oathauth_devices (oad_user);
INSERT INTO oathauth_devices (oad_user, oad_type, oad_name, oad_created, oad_data)
SELECT u, CASE WHEN k % 4 = 3 OR k > 24 THEN 2 ELSE 1 END, dn,
       CASE WHEN k <= 6 THEN NULL ELSE pgen.at('oadc', k, '2023-01-10', '2024-09-20') END,
       CASE WHEN k % 4 = 3 OR k > 24 THEN
         '{"friendlyName":"' || dn || '","publicKeyCredentialId":"' || translate(rtrim(fixture_gen.b64('wacid', k, 48), '='), '+/', '-_') || '","credentialPublicKey":"pQECAyYgASFYI' || translate(rtrim(fixture_gen.b64('wapk', k, 66), '='), '+/', '-_')
         || '","userHandle":"' || translate(rtrim(fixture_gen.b64('wauh', u, 32), '='), '+/', '-_') || '","counter":' || fixture_gen.n('wacnt', k, 900) || ',"aaguid":"' || fixture_gen.uuid('aaguid', k % 3) || '"}'
       ELSE
         '{"secret":"' || fixture_gen.chars('totp', k, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","scratch_tokens":["' || fixture_gen.chars('scr1', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
         || '","' || fixture_gen.chars('scr2', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","' || fixture_gen.chars('scr3', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
         || '","' || fixture_gen.chars('scr4', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","' || fixture_gen.chars('scr5', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '"]}'
       END
FROM (SELECT row_number() OVER (ORDER BY x.u) AS k, x.u FROM (SELECT unnest(ARRAY[1, 3, 4, 6, 10, 14, 27, 44, 63, 118, 7, 9, 15, 31, 48, 77, 102, 150, 166, 203, 240, 255, 288, 310, 4, 14, 1]) AS u) x) s(k, u)
JOIN mwuser m ON m.user_id = s.u
CROSS JOIN LATERAL (SELECT CASE WHEN NOT (k % 4 = 3 OR k > 24) THEN NULL WHEN (k / 4) % 4 = 0 THEN 'YubiKey 5 NFC' WHEN (k / 4) % 4 = 1 THEN 'MacBook Air – ' || split_part(coalesce(nullif(m.user_real_name, ''), m.user_name), ' ', 1)
         WHEN (k / 4) % 4 = 2 THEN 'Pixel 7 (' || coalesce(nullif(m.user_real_name, ''), m.user_name) || ')' ELSE 'Titan Security Key' END AS dn) d
ORDER BY k;

-- Home address and browser of each account, for CheckUser, AbuseFilter and SecurePoll rows.
ALTER TABLE pgen.u ADD COLUMN ipk int, ADD COLUMN uak int;
UPDATE pgen.u SET ipk = (SELECT k FROM pgen.ip ORDER BY md5('uip' || id || ':' || k) LIMIT 1), uak = 1 + fixture_gen.n('uua', id, 12);
UPDATE pgen.u SET uak = 13 WHERE kind = 'bot';
UPDATE pgen.u SET ipk = (SELECT k FROM pgen.ip WHERE ip = '185.199.108.41') WHERE id = 12;
INSERT INTO pgen.ip VALUES (1000, '185.199.108.41', 'B9C76C29', false) ON CONFLICT DO NOTHING;
UPDATE pgen.u SET ipk = 1000 WHERE id IN (12, 57);

-- ---------------------------------------------------------------------------
-- Pages. Namespaces as the Basque wiki names them: 0 article, 1 Eztabaida,
-- 2 Lankide, 3 Lankide eztabaida, 4 Herriwiki, 6 Fitxategi, 8 MediaWiki,
-- 10 Txantiloi, 14 Kategoria.

CREATE TABLE pgen.pg (page_id int, ns int, title text, kind text, subj int, created timestamptz, nrev int, model text, extra text);
CREATE TABLE pgen.place (k int PRIMARY KEY, name text, prov text, region text, pop int, site text);
INSERT INTO pgen.place (k, name, prov, region, site)
SELECT k, v[1], v[2], v[3], v[4] FROM (SELECT o AS k, string_to_array(x, '|') AS v FROM unnest(ARRAY[
  'Zarautz|Gipuzkoa|Urola Kosta|zarautz.eus', 'Azpeitia|Gipuzkoa|Urola Erdia|azpeitia.eus', 'Tolosa|Gipuzkoa|Tolosaldea|tolosa.eus', 'Lekeitio|Bizkaia|Lea-Artibai|lekeitio.eus',
  'Hernani|Gipuzkoa|Donostialdea|hernani.eus', 'Bergara|Gipuzkoa|Debagoiena|bergara.eus', 'Oñati|Gipuzkoa|Debagoiena|onati.eus', 'Gernika-Lumo|Bizkaia|Busturialdea|gernika-lumo.eus',
  'Durango|Bizkaia|Durangaldea|durango.eus', 'Elorrio|Bizkaia|Durangaldea|elorrio.eus', 'Hazparne|Lapurdi|Lapurdi|hasparren.fr', 'Maule-Lextarre|Zuberoa|Zuberoa|mauleon.fr',
  'Kanbo|Lapurdi|Lapurdi|cambo-les-bains.fr', 'Uztaritze|Lapurdi|Lapurdi|ustaritz.fr', 'Altsasu|Nafarroa|Sakana|altsasu.eus', 'Lesaka|Nafarroa|Bortziriak|lesaka.eus',
  'Elizondo|Nafarroa|Baztan|baztan.eus', 'Orio|Gipuzkoa|Urola Kosta|orio.eus', 'Getaria|Gipuzkoa|Urola Kosta|getaria.eus', 'Mutriku|Gipuzkoa|Debabarrena|mutriku.eus',
  'Zumaia|Gipuzkoa|Urola Kosta|zumaia.eus', 'Ondarroa|Bizkaia|Lea-Artibai|ondarroa.eus', 'Bermeo|Bizkaia|Busturialdea|bermeo.eus', 'Mundaka|Bizkaia|Busturialdea|mundaka.eus',
  'Elantxobe|Bizkaia|Busturialdea|elantxobe.eus', 'Markina-Xemein|Bizkaia|Lea-Artibai|markina-xemein.eus', 'Amezketa|Gipuzkoa|Tolosaldea|amezketa.eus', 'Ataun|Gipuzkoa|Goierri|ataun.eus',
  'Zegama|Gipuzkoa|Goierri|zegama.eus', 'Idiazabal|Gipuzkoa|Goierri|idiazabal.eus', 'Legazpi|Gipuzkoa|Urola Garaia|legazpi.eus', 'Arrasate|Gipuzkoa|Debagoiena|arrasate.eus',
  'Leitza|Nafarroa|Leitzaldea|leitza.eus', 'Goizueta|Nafarroa|Malerreka|goizueta.eus', 'Bera|Nafarroa|Bortziriak|bera.eus', 'Sara|Lapurdi|Lapurdi|sare.fr',
  'Ezpeleta|Lapurdi|Lapurdi|espelette.fr', 'Baigorri|Nafarroa Beherea|Baigorri|saint-etienne-de-baigorry.fr', 'Donibane Garazi|Nafarroa Beherea|Garazi|saintjeanpieddeport.fr',
  'Atharratze-Sorholüze|Zuberoa|Zuberoa|tardets.fr', 'Macachín|La Pampa|Argentina|macachin.gob.ar', 'Boise|Idaho|Ameriketako Estatu Batuak|cityofboise.org',
  'Elko|Nevada|Ameriketako Estatu Batuak|elkocitynv.gov', 'Azkoitia|Gipuzkoa|Urola Erdia|azkoitia.eus', 'Usurbil|Gipuzkoa|Donostialdea|usurbil.eus']) WITH ORDINALITY u(x, o)) y;
UPDATE pgen.place SET pop = 400 + fixture_gen.n('ppop', k, 24000);

INSERT INTO pgen.pg (page_id, ns, title, kind, subj, created, nrev, model)
SELECT 0, 0, replace(name, ' ', '_'), 'village', k, pgen.at('pgcv', k, '2009-04-01', '2014-12-31'), 3 + fixture_gen.n('pgnv', k, 6), 'wikitext' FROM pgen.place
UNION ALL
SELECT 0, 0, replace(t, ' ', '_'), 'topic', k, pgen.at('pgct', k, '2009-04-01', '2023-12-31'), 2 + fixture_gen.n('pgnt', k, 6), 'wikitext'
FROM unnest(ARRAY['Euskal pilota', 'Bertsolaritza', 'Txalaparta', 'Trikitixa', 'Sagardotegi', 'Idiazabal gazta', 'Tolosako inauteriak', 'Euskal diaspora Boisen', 'Jaialdi',
  'Ezpeletako biperra', 'Baserri', 'Herri kirolak', 'Harri-jasotzea', 'Sokatira', 'Euskal dantzak', 'Olentzero', 'Santa Ageda bezpera', 'Zanpantzarrak', 'Lauburu',
  'Euskal Herriko toponimia', 'Baleazaleak Ternuan', 'Arrantza Bermeon', 'Txakolina', 'Kaiku', 'Makila', 'Txistu', 'Alboka', 'Euskal Etxeak Argentinan', 'Macachíngo Euskal Etxea',
  'Boiseko Euskal Museoa', 'Artzaintza Nevadan', 'Euskal pastorala', 'Maskarada', 'Bertsolari Txapelketa Nagusia', 'Ahozko ondarea', 'Etxe izenak', 'Kantauriko arrantza',
  'Gipuzkoako burdinolak', 'Euskal mitologia', 'Lamiak']) WITH ORDINALITY a(t, k)
UNION ALL
SELECT 0, 0, replace(p.first || ' ' || p.last || coalesce(' ' || p.last2, '') || CASE WHEN p.i % 9 = 0 THEN ' (' || fixture_gen.pick(ARRAY['bertsolaria', 'pilotaria', 'idazlea', 'txistularia'], 'bioprof', p.i) || ')' ELSE '' END, ' ', '_'),
       'bio', p.i, pgen.at('pgcb', p.i, '2010-01-01', '2024-09-20'), 2 + fixture_gen.n('pgnb', p.i, 6), 'wikitext' FROM pgen.p p WHERE p.i BETWEEN 401 AND 462
UNION ALL
SELECT 0, 2, replace(u.name, ' ', '_'), 'user', u.id, u.reg + make_interval(hours => 1 + fixture_gen.n('pgcu', u.id, 900)), 1 + fixture_gen.n('pgnu', u.id, 4), 'wikitext'
FROM pgen.u u WHERE u.kind IN ('person', 'bot', 'role') AND (u.id <= 20 OR u.id IN (27, 44, 63, 118, 210, 301) OR fixture_gen.n('pgu', u.id, 6) = 0)
UNION ALL
SELECT 0, 2, replace(u.name, ' ', '_') || '/Zirriborroa', 'draft', u.id, u.reg + make_interval(days => 10 + fixture_gen.n('pgcd', u.id, 400)), 1 + fixture_gen.n('pgnd', u.id, 3), 'wikitext'
FROM pgen.u u WHERE u.id IN (4, 9, 14, 44, 77, 125, 185, 231)
UNION ALL
SELECT 0, 3, replace(u.name, ' ', '_'), 'usertalk', u.id, u.reg + make_interval(mins => 20 + fixture_gen.n('pgct3', u.id, 3000)), 1 + fixture_gen.n('pgnut', u.id, 5), 'wikitext'
FROM pgen.u u WHERE u.kind IN ('person', 'bot') AND (u.id <= 30 OR fixture_gen.n('pgut', u.id, 4) = 0)
UNION ALL
SELECT 0, 3, e.ip, 'iptalk', e.k, e.first_seen + make_interval(mins => 5 + fixture_gen.n('pgci', e.k, 600)), 1 + fixture_gen.n('pgni', e.k, 3), 'wikitext'
FROM pgen.ipe e WHERE fixture_gen.n('pgit', e.k, 7) = 0
UNION ALL
SELECT 0, 4, replace(t, ' ', '_'), 'project', k, CASE WHEN t LIKE '%2024%' THEN pgen.at('pgcp', k, '2024-07-05', '2024-08-20') ELSE pgen.at('pgcp', k, '2009-04-01', '2021-12-31') END,
       3 + fixture_gen.n('pgnp', k, 6), 'wikitext'
FROM unnest(ARRAY['Txokoa', 'Administratzaileak', 'Blokeo eskaerak', 'Egiaztapen eskaerak', 'Hauteskundeak 2024', 'Ongi etorri', 'Laguntza', 'Elkartea', 'Pribatutasun politika',
  'Ezabatzeko proposamenak', 'Txokoa/Artxiboa 2023', 'Bandalismoaren aurka']) WITH ORDINALITY a(t, k)
UNION ALL
SELECT 0, 1, replace(p.name, ' ', '_'), 'talk', p.k, pgen.at('pgcta', p.k, '2012-01-01', '2024-09-01'), 1 + fixture_gen.n('pgnta', p.k, 4), 'wikitext' FROM pgen.place p WHERE p.k % 4 = 1
UNION ALL
SELECT 0, 10, t, 'template', k, pgen.at('pgctp', k, '2009-03-20', '2012-12-31'), 1 + fixture_gen.n('pgntp', k, 3), 'wikitext'
FROM unnest(ARRAY['Ongietorria', 'Infotaula_pertsona', 'Infotaula_udalerria', 'Babel', 'Erreferentziak', 'Ezabatu', 'Bandalismoa', 'Blokeatua', 'Information', 'Lotura_hautsia',
  'Iturririk_gabe', 'Zirriborroa', 'Hauteskunde_hautagaia', 'Commons', 'Biziraupena']) WITH ORDINALITY a(t, k)
UNION ALL
SELECT 0, 14, t, 'category', k, pgen.at('pgcc', k, '2009-03-20', '2013-12-31'), 1, 'wikitext'
FROM unnest(ARRAY['Bertsolariak', 'Pilotariak', 'Gipuzkoako_udalerriak', 'Bizkaiko_udalerriak', 'Nafarroako_udalerriak', 'Lapurdiko_udalerriak', 'Euskal_diaspora', 'Herri_kirolak',
  'Euskal_musika_tresnak', 'Biziak_dauden_pertsonak', 'Herriwikiko_administratzaileak', 'Lankide_eu-N', 'Lankide_es-N', 'Lankide_en-3', 'Ezabatzeko_orriak']) WITH ORDINALITY a(t, k)
UNION ALL
SELECT 0, 8, t, 'mediawiki', k, pgen.at('pgcm', k, '2009-03-15', '2020-12-31'), 1 + fixture_gen.n('pgnm', k, 3),
       CASE WHEN t LIKE '%.css' THEN 'css' WHEN t LIKE '%.js' THEN 'javascript' ELSE 'wikitext' END
FROM unnest(ARRAY['Sitenotice', 'Common.css', 'Common.js', 'Spam-blacklist', 'Titleblacklist', 'Abusefilter-warning-phone', 'Abusefilter-disallowed']) WITH ORDINALITY a(t, k);

-- Files: one page per upload (image table rows are built from these).
CREATE TABLE pgen.f (k int PRIMARY KEY, name text, uploader int, subj int, ts timestamptz, kind text, w int, h int, size bigint, mime text, descr text);
INSERT INTO pgen.f (k, name, uploader, subj, ts, kind)
SELECT k, n, CASE WHEN k % 11 = 0 THEN 57 ELSE (SELECT max(id) FROM pgen.u WHERE kind = 'person' AND reg < t AND id % 7 = k % 7) END, s, t, kd
FROM (
  SELECT a.k, t, kd, s, CASE kd
      WHEN 'portrait' THEN replace(p.first || ' ' || p.last || ' ' || (1950 + fixture_gen.n('fy', a.k, 70)) || '.jpg', ' ', '_')
      WHEN 'family' THEN replace(fixture_gen.pick(ARRAY['Amonaren argazkia', 'Aitona baserrian', 'Familia', 'Ezkontza', 'Anaiak'], 'ffam', a.k) || ' ' || p.first || ' ' || p.last || ' ' || (1925 + fixture_gen.n('fy', a.k, 50)) || '.jpg', ' ', '_')
      WHEN 'place' THEN replace(pl.name || ' ' || fixture_gen.pick(ARRAY['hondartza', 'eliza', 'portua', 'plaza', 'udaletxea', 'frontoia', 'zubia', 'baserria'], 'fpl', a.k) || ' ' || (2008 + fixture_gen.n('fy', a.k, 16)) || '.jpg', ' ', '_')
      WHEN 'scan' THEN replace(fixture_gen.pick(ARRAY['Bertso paperak', 'Jaiotza agiria', 'Eskutitza', 'Festa egitaraua', 'Argazki zaharra'], 'fsc', a.k) || ' ' || p.last || ' ' || (1900 + fixture_gen.n('fy', a.k, 80)) || '.pdf', ' ', '_')
      ELSE replace(fixture_gen.pick(ARRAY['Lauburu', 'Herriwiki logoa', 'Euskal Herriko mapa', 'Txalaparta eskema', 'Pilota kantxa'], 'fsv', a.k) || CASE WHEN a.k > 5 THEN ' ' || a.k ELSE '' END || '.svg', ' ', '_') END AS n
  FROM (SELECT k, pgen.at('fts', k, '2010-06-01', '2024-09-28') AS t,
               fixture_gen.pick(ARRAY['portrait', 'portrait', 'family', 'place', 'place', 'place', 'scan', 'svg'], 'fkind', k) AS kd,
               CASE WHEN k % 3 = 0 THEN 401 + fixture_gen.n('fsubj', k, 62) ELSE 501 + fixture_gen.n('fsubj', k, 140) END AS s
        FROM generate_series(1, 115) k) a
  JOIN pgen.p p ON p.i = a.s JOIN pgen.place pl ON pl.k = 1 + fixture_gen.n('fplace', a.k, 45)) b;
UPDATE pgen.f f SET name = replace(f.name, '.', d.rn || '.') FROM (SELECT k, row_number() OVER (PARTITION BY name ORDER BY k) AS rn FROM pgen.f) d WHERE d.k = f.k AND d.rn > 1;
UPDATE pgen.f SET uploader = 14 WHERE uploader IS NULL;
UPDATE pgen.f SET w = CASE WHEN kind = 'svg' THEN 512 WHEN kind = 'scan' THEN 1240 ELSE (ARRAY[4032, 3024, 6000, 1600, 2048, 800])[1 + fixture_gen.n('fw', k, 6)] END,
  h = CASE WHEN kind = 'svg' THEN 512 WHEN kind = 'scan' THEN 1754 ELSE (ARRAY[3024, 4032, 4000, 1200, 1536, 600])[1 + fixture_gen.n('fw', k, 6)] END,
  size = CASE WHEN kind = 'svg' THEN 2000 + fixture_gen.n('fsz', k, 40000) WHEN kind = 'scan' THEN 90000 + fixture_gen.n('fsz', k, 4000000) ELSE 40000 + fixture_gen.n('fsz', k, 8000000) END,
  mime = CASE kind WHEN 'svg' THEN 'image/svg+xml' WHEN 'scan' THEN 'application/pdf' ELSE 'image/jpeg' END;
INSERT INTO pgen.pg (page_id, ns, title, kind, subj, created, nrev, model)
SELECT 0, 6, f.name, 'file', f.k, f.ts, 1 + CASE WHEN f.k % 5 = 0 THEN 1 ELSE 0 END, 'wikitext' FROM pgen.f f;

-- Redirects left by a user rename and by page moves.
INSERT INTO pgen.pg (page_id, ns, title, kind, subj, created, nrev, model, extra) VALUES
  (0, 2, 'Leire_Urkiola_Ugalde', 'redirect', 44, '2019-05-03 18:22:41+00', 1, 'wikitext', 'Lankide:Txantxangorri'),
  (0, 3, 'Leire_Urkiola_Ugalde', 'redirect', 44, '2019-05-03 18:22:41+00', 1, 'wikitext', 'Lankide eztabaida:Txantxangorri'),
  (0, 0, 'Zarauz', 'redirect', 1, '2011-02-11 09:40:12+00', 1, 'wikitext', 'Zarautz'),
  (0, 0, 'Gernika', 'redirect', 8, '2010-06-30 21:03:55+00', 1, 'wikitext', 'Gernika-Lumo'),
  (0, 0, 'Pelota_vasca', 'redirect', 1, '2012-09-14 16:20:00+00', 1, 'wikitext', 'Euskal pilota'),
  (0, 2, 'Ekaitz', 'redirect', 102, '2021-11-02 10:05:13+00', 1, 'wikitext', 'Lankide:Ekaitz23');

UPDATE pgen.pg g SET title = g.title || '_(' || replace(p.city, ' ', '_') || ')'
FROM (SELECT subj, row_number() OVER (PARTITION BY ns, title ORDER BY created) AS rn FROM pgen.pg WHERE kind = 'bio') d, pgen.p p
WHERE g.kind = 'bio' AND d.subj = g.subj AND d.rn > 1 AND p.i = g.subj;

-- page ids in order of creation
CREATE TABLE pgen.pg2 AS SELECT row_number() OVER (ORDER BY created, ns, title)::int AS page_id, ns, title, kind, subj, created, nrev, model, extra FROM pgen.pg;
DROP TABLE pgen.pg;
ALTER TABLE pgen.pg2 RENAME TO pg;
ALTER TABLE pgen.pg ADD PRIMARY KEY (page_id);

-- ---------------------------------------------------------------------------
-- Revisions: who edited what, when, and what the text became.

CREATE FUNCTION pgen.pick_user(tag text, i bigint, ts timestamptz, pool text) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT u.id FROM pgen.u u JOIN public.mwuser m ON m.user_id = u.id
    WHERE u.reg < ts AND CASE pool
      WHEN 'admin' THEN u.id IN (1, 3, 4, 6, 10, 14, 27, 44, 63, 118)
      WHEN 'patrol' THEN u.id IN (1, 3, 4, 6, 10, 14, 27, 44, 63, 118, 7, 9, 15) OR u.id IN (SELECT ug_user FROM public.user_groups WHERE ug_group = 'rollbacker')
      WHEN 'active' THEN u.kind = 'person' AND m.user_editcount >= 400
      WHEN 'bot' THEN u.kind = 'bot'
      WHEN 'spam' THEN u.kind = 'spam'
      ELSE u.kind = 'person' END
    ORDER BY md5(tag || ':' || i || ':' || u.id) LIMIT 1), 1)
$$;
CREATE FUNCTION pgen.pick_ip(tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT ip FROM pgen.ipe ORDER BY md5(tag || ':' || i || ':' || k) LIMIT 1 $$;
CREATE FUNCTION pgen.uname(uid int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT name FROM pgen.u WHERE id = uid $$;
CREATE FUNCTION pgen.is_ip(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n ~ '^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$' OR n ~ '^[0-9A-F]+:[0-9A-F:]+$' $$;

-- A signature as the wiki renders ~~~~ into the saved text.
CREATE FUNCTION pgen.sig(who text, t timestamptz) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN pgen.is_ip(who) THEN '—[[Berezi:Ekarpenak/' || who || '|' || who || ']] ([[Lankide eztabaida:' || who || '|eztabaida]])'
    ELSE coalesce((SELECT up.up_value FROM public.user_properties up JOIN public.mwuser m ON m.user_id = up.up_user WHERE m.user_name = who AND up.up_property = 'nickname'),
                  '[[Lankide:' || who || '|' || who || ']] ([[Lankide eztabaida:' || who || '|eztabaida]])') END || ' ' || pgen.sigdate(t)
$$;

-- Basque long date: 1948ko martxoaren 12a.
CREATE FUNCTION pgen.eudate(d date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT extract(year FROM d)::int || 'ko ' || (ARRAY['urtarrilaren', 'otsailaren', 'martxoaren', 'apirilaren', 'maiatzaren', 'ekainaren', 'uztailaren', 'abuztuaren', 'irailaren',
    'urriaren', 'azaroaren', 'abenduaren'])[extract(month FROM d)::int] || ' ' || extract(day FROM d)::int || 'a'
$$;

CREATE TABLE pgen.rv (page_id int, j int, ts timestamptz, kind text, uid int, who text, post text, delta text, summary text, txt text, deleted int DEFAULT 0, rev_id int, parent int);
INSERT INTO pgen.rv (page_id, j, ts)
SELECT g.page_id, row_number() OVER (PARTITION BY g.page_id ORDER BY x.t, x.jj), x.t
FROM pgen.pg g CROSS JOIN LATERAL (
  SELECT jj, CASE WHEN jj = 1 THEN g.created
                  WHEN g.created > '2024-07-01' OR fixture_gen.n('rvrec', g.page_id * 100 + jj, 100) < 38 THEN pgen.at('rvt', g.page_id * 100 + jj, greatest(g.created, '2024-07-02'), '2024-09-30 16:00+00')
                  ELSE pgen.at('rvt', g.page_id * 100 + jj, g.created, '2024-07-01') END AS t
  FROM generate_series(1, g.nrev) jj) x;

UPDATE pgen.rv r SET kind = CASE
    WHEN g.kind IN ('usertalk', 'iptalk', 'talk', 'project') THEN 'post'
    WHEN r.j = 1 THEN 'create'
    WHEN g.kind IN ('village', 'topic', 'bio') AND r.j < g.nrev AND fixture_gen.n('rvk', r.page_id * 100 + r.j, 100) < 16 THEN 'vandal'
    WHEN g.kind IN ('village', 'topic', 'bio') AND fixture_gen.n('rvk', r.page_id * 100 + r.j, 100) < 26 THEN 'bot'
    WHEN fixture_gen.n('rvk', r.page_id * 100 + r.j, 100) < 45 THEN 'minor'
    ELSE 'edit' END
FROM pgen.pg g WHERE g.page_id = r.page_id;
UPDATE pgen.rv r SET kind = 'revert' FROM pgen.rv v WHERE v.page_id = r.page_id AND v.j = r.j - 1 AND v.kind = 'vandal' AND r.kind <> 'post';

-- Who made each revision.
UPDATE pgen.rv r SET uid = CASE
    WHEN r.kind = 'vandal' THEN CASE WHEN fixture_gen.n('rvvu', r.page_id * 100 + r.j, 10) < 7 THEN NULL
      ELSE pgen.pick_user('rvvu', r.page_id * 100 + r.j, r.ts, CASE WHEN r.ts > '2023-06-01' THEN 'spam' ELSE 'any' END) END
    WHEN r.kind = 'revert' THEN pgen.pick_user('rvpat', r.page_id * 100 + r.j, r.ts, 'patrol')
    WHEN r.kind = 'bot' THEN pgen.pick_user('rvbot', r.page_id * 100 + r.j, r.ts, 'bot')
    WHEN g.kind = 'redirect' THEN CASE WHEN g.extra LIKE 'Lankide%' THEN 4 ELSE 1 END
    WHEN g.kind IN ('user', 'draft') THEN CASE WHEN r.j > 1 AND fixture_gen.n('rvuo', r.page_id * 100 + r.j, 5) = 0 THEN pgen.pick_user('rvadm', r.page_id * 100 + r.j, r.ts, 'admin') ELSE g.subj END
    WHEN g.kind = 'usertalk' THEN CASE r.j % 5 WHEN 1 THEN pgen.pick_user('rvadm', r.page_id * 100 + r.j, r.ts, 'admin') WHEN 2 THEN pgen.pick_user('rvadm', r.page_id * 100 + r.j, r.ts, 'patrol')
        WHEN 3 THEN g.subj WHEN 4 THEN CASE WHEN r.ts > '2014-01-01' THEN 92 ELSE 1 END
        ELSE CASE WHEN fixture_gen.n('rvutip', r.page_id * 100 + r.j, 3) = 0 THEN NULL ELSE pgen.pick_user('rvut', r.page_id * 100 + r.j, r.ts, 'any') END END
    WHEN g.kind = 'iptalk' THEN CASE WHEN r.j % 2 = 1 THEN pgen.pick_user('rvadm', r.page_id * 100 + r.j, r.ts, 'patrol') END
    WHEN g.kind = 'file' THEN CASE WHEN r.j = 1 THEN f.uploader ELSE pgen.pick_user('rvfe', r.page_id * 100 + r.j, r.ts, 'active') END
    WHEN g.kind IN ('mediawiki', 'template', 'category') THEN CASE WHEN g.kind = 'mediawiki' THEN (ARRAY[1, 14])[1 + r.j % 2] ELSE pgen.pick_user('rvadm', r.page_id * 100 + r.j, r.ts, 'admin') END
    WHEN g.kind = 'project' THEN CASE WHEN fixture_gen.n('rvpu', r.page_id * 100 + r.j, 3) = 0 THEN pgen.pick_user('rvadm', r.page_id * 100 + r.j, r.ts, 'admin') ELSE pgen.pick_user('rvpu', r.page_id * 100 + r.j, r.ts, 'any') END
    WHEN fixture_gen.n('rvip', r.page_id * 100 + r.j, 100) < 28 THEN NULL
    WHEN fixture_gen.n('rvact', r.page_id * 100 + r.j, 2) = 0 THEN pgen.pick_user('rvact', r.page_id * 100 + r.j, r.ts, 'active')
    ELSE pgen.pick_user('rvany', r.page_id * 100 + r.j, r.ts, 'any') END
FROM pgen.pg g LEFT JOIN pgen.f f ON g.kind = 'file' AND f.k = g.subj WHERE g.page_id = r.page_id;
UPDATE pgen.rv r SET who = CASE WHEN r.uid IS NOT NULL THEN pgen.uname(r.uid) WHEN g.kind = 'iptalk' THEN g.title ELSE pgen.pick_ip('rvip', r.page_id * 100 + r.j) END
FROM pgen.pg g WHERE g.page_id = r.page_id;

-- Page text. Articles: a head, the sections revisions added, a foot. Talk
-- pages: the posts, each signed. Vandalism is the previous text with a line
-- put in; a revert restores the text before it.
CREATE FUNCTION pgen.bio_prof(i int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['bertsolaria', 'pilotaria', 'irakaslea', 'sukaldaria', 'txistularia', 'arrantzalea', 'idazlea', 'margolaria', 'harri-jasotzailea', 'abeslaria',
    'artzaina', 'dantzaria'], 'bprof', i) $$;

CREATE FUNCTION pgen.head(pid int) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  g pgen.pg; p pgen.p; pl pgen.place; u pgen.u; b text := repeat(chr(39), 3);
BEGIN
  SELECT * INTO g FROM pgen.pg WHERE page_id = pid;
  IF g.kind = 'village' THEN
    SELECT * INTO pl FROM pgen.place WHERE k = g.subj;
    RETURN '{{Infotaula udalerria' || E'\n| izena = ' || pl.name || E'\n| lurraldea = ' || pl.prov || E'\n| biztanleak = ' || pl.pop || E'\n}}\n'
      || b || pl.name || b || ' ' || CASE WHEN pl.region IN ('Argentina', 'Ameriketako Estatu Batuak') THEN pl.prov || 'ko (' || pl.region || ') hiria da, euskal diasporaren gune garrantzitsua.'
                                      ELSE '[[' || pl.prov || ']]ko udalerria da, [[' || pl.region || ']] eskualdean. 2023an ' || pl.pop || ' biztanle zituen.' END || E'\n';
  ELSIF g.kind = 'topic' THEN
    RETURN b || replace(g.title, '_', ' ') || b || ' ' || fixture_gen.pick(ARRAY['euskal kulturaren ezaugarri nagusietako bat da.', 'Euskal Herriko ohitura zaharra da, gaur egun oraindik bizirik dagoena.',
      'euskal herri-ondarearen parte da, bereziki [[Gipuzkoa]]n eta [[Nafarroa]]n.', 'diasporan ere gorde den ohitura da.'], 'thead', g.subj) || E'\n';
  ELSIF g.kind = 'bio' THEN
    SELECT * INTO p FROM pgen.p WHERE i = g.subj;
    RETURN '{{Infotaula pertsona' || E'\n| izena = ' || p.full_name || coalesce(' ' || p.last2, '') || E'\n| jaiotza_data = ' || to_char(p.born, 'YYYY-MM-DD') || E'\n| jaiotza_lekua = ' || p.city
      || E'\n| lanbidea = ' || pgen.bio_prof(p.i) || E'\n}}\n'
      || b || p.first || ' ' || p.last || coalesce(' ' || p.last2, '') || b || ' ([[' || p.city || ']], ' || pgen.eudate(p.born)
      || CASE WHEN p.born < '1938-01-01' THEN ' – [[' || fixture_gen.pick(ARRAY['Donostia', 'Tolosa', 'Baiona', 'Boise', 'Buenos Aires', p.city], 'bdied', p.i) || ']], ' || pgen.eudate(p.born + 365 * (70 + fixture_gen.n('bage', p.i, 25))) || ') '
             ELSE ') ' END || pgen.bio_prof(p.i) || ' ' || CASE WHEN p.c IN ('ip') THEN 'lapurtarra' WHEN p.c = 'ar' THEN 'argentinarra' WHEN p.c = 'us' THEN 'estatubatuarra' WHEN p.c = 'la' THEN 'txiletarra' ELSE 'gipuzkoarra' END
      || CASE WHEN p.born < '1938-01-01' THEN ' izan zen.' ELSE ' da.' END || E'\n';
  ELSIF g.kind = 'file' THEN
    RETURN '== Laburpena ==' || E'\n';
  END IF;
  RETURN '';
END $$;

CREATE FUNCTION pgen.foot(pid int) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE g pgen.pg; p pgen.p; pl pgen.place;
BEGIN
  SELECT * INTO g FROM pgen.pg WHERE page_id = pid;
  IF g.kind = 'village' THEN
    SELECT * INTO pl FROM pgen.place WHERE k = g.subj;
    RETURN E'\n== Kanpo estekak ==\n* [https://www.' || pl.site || ' Udalaren webgunea]' || E'\n\n[[Kategoria:' || pl.prov || 'ko udalerriak]]';
  ELSIF g.kind = 'topic' THEN
    RETURN E'\n== Erreferentziak ==\n<references />\n\n[[Kategoria:' || fixture_gen.pick(ARRAY['Herri kirolak', 'Euskal musika tresnak', 'Euskal diaspora', 'Euskal mitologia'], 'tcat', g.subj) || ']]';
  ELSIF g.kind = 'bio' THEN
    SELECT * INTO p FROM pgen.p WHERE i = g.subj;
    RETURN E'\n== Erreferentziak ==\n<references />\n\n{{DEFAULTSORT:' || p.last || coalesce(' ' || p.last2, '') || ', ' || p.first || E'}}\n[[Kategoria:'
      || CASE pgen.bio_prof(p.i) WHEN 'bertsolaria' THEN 'Bertsolariak' WHEN 'pilotaria' THEN 'Pilotariak' ELSE 'Euskal Herriko pertsonak' END || E']]\n[[Kategoria:'
      || extract(year FROM p.born)::int || 'ko jaiotzak]]' || CASE WHEN p.born >= '1938-01-01' THEN E'\n[[Kategoria:Biziak dauden pertsonak]]' ELSE '' END;
  ELSIF g.kind = 'file' THEN
    RETURN E'\n== Lizentzia ==\n{{' || fixture_gen.pick(ARRAY['cc-by-sa-4.0', 'cc-by-4.0', 'PD-old', 'Baimena-familia'], 'flic', g.subj) || '}}';
  END IF;
  RETURN '';
END $$;

CREATE FUNCTION pgen.delta(pid int, jj int, rk text, who text, t timestamptz) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  g pgen.pg; p pgen.p; q pgen.p; pl pgen.place; u pgen.u; o pgen.u; f pgen.f; b text := repeat(chr(39), 3); sel int; tl text; r text;
BEGIN
  SELECT * INTO g FROM pgen.pg WHERE page_id = pid;
  sel := fixture_gen.n('dsel', pid * 100 + jj, 1000);
  SELECT * INTO q FROM pgen.p WHERE i = 501 + fixture_gen.n('dq', pid * 100 + jj, 140);
  IF rk = 'bot' THEN
    RETURN E'\n' || fixture_gen.pick(ARRAY['[[en:' || replace(g.title, '_', ' ') || ']]', '[[es:' || replace(g.title, '_', ' ') || ']]', '[[fr:' || replace(g.title, '_', ' ') || ']]',
      '{{Commons|' || replace(g.title, '_', ' ') || '}}', '{{Autoritate kontrola}}'], 'dbot', pid * 100 + jj);
  ELSIF rk = 'minor' AND g.kind IN ('village', 'topic', 'bio') THEN
    RETURN E'\n' || fixture_gen.pick(ARRAY['<ref>{{erreferentzia|izenburua=Udal artxiboa|urtea=' || (1990 + sel % 34) || '}}</ref>', '', '{{Iturririk gabe|data=' || to_char(t, 'YYYY-MM') || '}}',
      '[[Fitxategi:' || (SELECT name FROM pgen.f WHERE k = 1 + sel % 115) || '|thumb|250px]]'], 'dmin', pid * 100 + jj);
  END IF;
  CASE g.kind
  WHEN 'village' THEN
    SELECT * INTO pl FROM pgen.place WHERE k = g.subj;
    RETURN E'\n' || CASE jj % 5
      WHEN 1 THEN '== Geografia ==' || E'\n' || pl.name || ' ' || fixture_gen.pick(ARRAY['itsasertzean dago, haitzen eta hondartzaren artean.', 'ibar estu batean dago, mendiz inguratuta.',
        'lautada emankor batean dago, ibaiaren ondoan.'], 'dgeo', g.subj) || ' Udalerriak ' || (5 + sel % 60) || ' km² ditu.'
      WHEN 2 THEN '== Historia ==' || E'\n' || 'Herriaren lehen aipamen idatzia ' || (1050 + sel % 400) || '. urtekoa da. XVI. mendean burdinolak eta ontzigintza izan ziren ekonomiaren oinarria. '
        || 'XX. mendean industria iritsi zen eta biztanleria bikoiztu egin zen.'
      WHEN 3 THEN '== Jaiak ==' || E'\n' || 'Herriko jaiak ' || fixture_gen.pick(ARRAY['San Juan egunean', 'abuztuaren erdialdean', 'San Martin egunean', 'irailaren lehen astean'], 'djai', g.subj)
        || ' ospatzen dira, herri kirolekin, bertso saioekin eta erromeriarekin.'
      WHEN 4 THEN '== Ospetsuak ==' || E'\n' || pgen.bios_of(g.subj)
      ELSE '== Ekonomia ==' || E'\n' || 'Gaur egun zerbitzuak, turismoa eta ' || fixture_gen.pick(ARRAY['arrantza', 'abeltzaintza', 'industria metalurgikoa', 'txakolinaren ekoizpena'], 'deko', g.subj) || ' dira jarduera nagusiak.' END;
  WHEN 'topic' THEN
    RETURN E'\n' || CASE jj % 4
      WHEN 1 THEN '== Historia ==' || E'\n' || 'Lehen lekukotasunak ' || (1500 + sel % 400) || '. urte ingurukoak dira. ' || fixture_gen.pick(ARRAY['Ahozko tradizioan gorde da batez ere.',
        'XIX. mendeko bidaiariek deskribatu zuten lehen aldiz.', 'Frankismoan debekatuta egon zen zenbait herritan.'], 'dth', pid)
      WHEN 2 THEN '== Ezaugarriak ==' || E'\n' || 'Bi edo lau lagunek osatzen dute taldea, eta arauak herrialde batetik bestera aldatzen dira. Egurra, harria edo larrua erabiltzen dira.'
      WHEN 3 THEN '== Gaur egun ==' || E'\n' || 'Elkarteek, ikastolek eta udalek bultzatzen dute. ' || CASE WHEN sel % 3 = 0 THEN 'Urtero ' || (20 + sel % 200) || ' lagun inguru biltzen dira jaialdian.' ELSE 'Txapelketak ere antolatzen dira.' END
        || '<ref>[https://www.eitb.eus/eu/kultura/osoa/' || (8000000 + pid * 131) || '/' || lower(replace(g.title, '_', '-')) || '/ EITB]</ref>'
      ELSE '== Ikus, gainera ==' || E'\n' || '* [[Euskal dantzak]]' || E'\n' || '* [[Herri kirolak]]' END;
  WHEN 'bio' THEN
    SELECT * INTO p FROM pgen.p WHERE i = g.subj;
    RETURN E'\n' || CASE jj % 5
      WHEN 1 THEN '== Biografia ==' || E'\n' || p.city || 'ko ' || fixture_gen.pick(ARRAY['Urrestilla', 'Elosiaga', 'Amasa', 'Artadi', 'Goiburu', 'Aldapeta', 'Olatz'], 'dauzo', p.i) || ' auzoko baserri batean jaio zen, '
        || (3 + p.i % 7) || ' anai-arrebatik ' || (1 + p.i % 3) || '.a. Gaztetan ' || fixture_gen.pick(ARRAY['kalerik kale saltzen ibili zen', 'aitarekin itsasora joan zen', 'artzain ibili zen Nevadan',
        'euskaltegian irakasle aritu zen', 'tailer batean lan egin zuen'], 'dbio', p.i) || '.'
      WHEN 2 THEN '== Ibilbidea ==' || E'\n' || (extract(year FROM p.born)::int + 18 + p.i % 10) || 'an hasi zen ' || regexp_replace(pgen.bio_prof(p.i), 'a$', '') || ' gisa. '
        || CASE pgen.bio_prof(p.i) WHEN 'bertsolaria' THEN 'Gipuzkoako txapelketako finalera iritsi zen ' || (1980 + p.i % 40) || 'an.' WHEN 'pilotaria' THEN 'Binakako txapela irabazi zuen ' || (1975 + p.i % 45) || 'ean.'
             ELSE 'Hainbat sari jaso zituen, besteak beste ' || (1985 + p.i % 35) || 'ko Herri Sari Nagusia.' END
      WHEN 3 THEN '== Bizitza pribatua ==' || E'\n' || '[[' || q.full_name || ']]rekin ezkondu zen ' || (extract(year FROM p.born)::int + 24 + p.i % 8) || 'ean; ' || (1 + p.i % 4) || ' seme-alaba '
        || CASE WHEN p.born < '1938-01-01' THEN 'izan zituzten.' ELSE 'dituzte. Gaur egun ' || fixture_gen.pick(ARRAY['Amara Berri', 'Egia', 'Gros', 'Txantrea', 'Otxarkoaga', 'Zaramaga', p.city], 'dbizi', p.i) || ' auzoan bizi dira.' END
      WHEN 4 THEN '== Omenaldiak ==' || E'\n' || (2000 + p.i % 24) || 'an ' || p.city || 'ko udalak omenaldia egin zion. Hitzaldia ' || q.full_name || ' bere ilobak eman zuen.'
        || '<ref>[https://www.' || fixture_gen.pick(ARRAY['berria.eus/paperekoa/', 'naiz.eus/eu/info/noticia/', 'diariovasco.com/gipuzkoa/', 'sudouest.fr/pyrenees-atlantiques/'], 'dref', p.i)
        || (1700 + p.i) || '/' || pgen.fold(p.first) || '-' || pgen.fold(p.last) || '-omenaldia ' || p.full_name || ' omendu dute] (' || (2000 + p.i % 24) || ')</ref>'
      ELSE '== Lanak ==' || E'\n' || '* ' || fixture_gen.pick(ARRAY['Bertso sortak', 'Itsasoaren kantak', 'Amonaren sukaldea', 'Frontoiko oroitzapenak'], 'dlan', p.i) || ' (' || (1970 + p.i % 50) || ')'
        || E'\n* [https://aunamendi.eusko-ikaskuntza.eus/eu/' || pgen.fold(p.last) || '-' || pgen.fold(p.first) || '/ar-' || (100000 + p.i * 37) || '/ Auñamendi Eusko Entziklopedia]' END;
  WHEN 'user', 'draft' THEN
    SELECT * INTO u FROM pgen.u WHERE id = g.subj;
    SELECT * INTO p FROM pgen.p WHERE i = u.pid;
    IF g.kind = 'draft' THEN
      RETURN CASE WHEN jj = 1 THEN b || q.full_name || b || ' ([[' || q.city || ']], ' || pgen.eudate(q.born) || ') nire ' || fixture_gen.pick(ARRAY['amona', 'aitona', 'osaba', 'izeba'], 'ddr', pid)
          || ' da. Oraindik bizi da, ' || q.city || 'n, eta istorio asko kontatzen ditu gerrari buruz.' ELSE E'\n' || '== Oharrak ==' || E'\n' || '* Galdetu ' || q.first || 'ri argazkiengatik (' || q.phone || ')' END;
    END IF;
    IF u.kind = 'bot' THEN
      RETURN CASE WHEN jj = 1 THEN '{{Bot|' || CASE u.id WHEN 12 THEN 'Mikel Otaegi' WHEN 57 THEN 'Joseba Arrieta Mendizabal' ELSE 'Urtxintxa' END || E'}}\nBot hau interwikiak, kategoriak eta lotura hautsiak konpontzeko da. Arazorik baduzu, idatzi jabearen eztabaida orrian.'
        ELSE E'\n== Lanak ==\n* ' || to_char(t, 'YYYY-MM') || ': ' || fixture_gen.pick(ARRAY['interwikiak', 'kategoriak', 'erreferentzien formatua'], 'dbt', pid * 100 + jj) END;
    ELSIF u.kind = 'role' THEN
      RETURN CASE WHEN jj = 1 THEN 'Herriwiki Elkartearen kontu ofiziala. ' || CASE WHEN u.id = 210 THEN 'Idazkaritza: ' || u.email || ', +34 943 22 71 04 (astearteetan, 17:00-19:00). Helbidea: Easo kalea 43, 3. ezk., 20006 Donostia.'
          ELSE 'Hauteskunde batzordea (2024): Maite Iriart, Joseba Arrieta Mendizabal eta Fatou Diop. Kexak: ' || u.email END
        ELSE E'\n' || 'Eguneratua: ' || to_char(t, 'YYYY-MM-DD') END;
    END IF;
    IF jj > 1 THEN
      RETURN E'\n' || CASE jj % 3 WHEN 2 THEN '== Nire artikuluak ==' || E'\n' || '* [[' || (SELECT replace(title, '_', ' ') FROM pgen.pg WHERE kind IN ('village', 'bio', 'topic') ORDER BY md5(pid || ':' || page_id) LIMIT 1) || ']]'
        WHEN 0 THEN '== Egiteko ==' || E'\n' || '* ' || fixture_gen.pick(ARRAY['Herriko jaien argazkiak igo', 'Amonaren bertsoak transkribatu', 'Toponimia zerrenda osatu'], 'dtodo', pid)
        ELSE '{{Lankide ' || fixture_gen.pick(ARRAY['euskaltegia', 'Real Sociedad', 'Athletic', 'bertsozalea', 'mendizalea'], 'duk', pid) || '}}'
          || CASE WHEN pid % 2 = 0 THEN E'\n* [https://www.' || fixture_gen.pick(ARRAY['instagram.com/', 'facebook.com/', 'flickr.com/photos/', 'youtube.com/@'], 'dsoc', pid)
               || pgen.fold(p.first) || CASE WHEN pid % 4 = 0 THEN '.' || pgen.fold(p.last) ELSE (1950 + pid % 60)::text END || ' Nire argazkiak]' ELSE '' END END;
    END IF;
    RETURN CASE u.id % 6
      WHEN 0 THEN '{{Babel|eu|es-N|en-2}}' || E'\n' || 'Kaixo! ' || b || coalesce(nullif(u.real_name, ''), p.full_name) || b || ' naiz, ' || p.city || 'ko '
        || fixture_gen.pick(ARRAY['irakaslea', 'erizaina', 'ikaslea', 'erretiratua', 'liburuzaina', 'kazetaria'], 'dujob', u.id) || '. ' || extract(year FROM p.born)::int || 'an jaio nintzen. Herriwikin batez ere historia lokalari buruz idazten dut.'
        || E'\n\n== Harremana ==\n' || '* E-posta: ' || coalesce(nullif(u.email, ''), p.email) || CASE WHEN u.id % 4 = 0 THEN E'\n* Telefonoa (WhatsApp): ' || p.phone ELSE '' END
      WHEN 1 THEN '{{Babel|' || CASE WHEN p.c IN ('es', 'ar', 'la', 'co') THEN 'es|eu-2|en-3' ELSE 'eu|fr-3|es-3' END || '}}' || E'\n' || CASE WHEN p.c IN ('es', 'ar', 'la', 'co') THEN 'Soy ' || p.first || ', de ' || p.city
          || '. Aprendo euskera desde ' || (2010 + u.id % 14) || ' y colaboro en artículos sobre la diáspora. Mi blog: https://' || pgen.fold(p.first) || pgen.fold(p.last) || '.blogspot.com'
        ELSE 'Ez dut nire izena hemen jarriko. Toponimia eta mapak dira nire gaiak.' END
      WHEN 2 THEN '{{Babel|' || CASE p.c WHEN 'jp' THEN 'ja|eu-1|en-3' WHEN 'de' THEN 'de|eu-2|en-4' WHEN 'pl' THEN 'pl|eu-1|en-3' WHEN 'cy' THEN 'cy|en|eu-2' ELSE 'eu|en-2' END || '}}' || E'\n'
        || CASE WHEN p.c IN ('jp', 'de', 'pl', 'cy', 'us') THEN 'I am a learner of Basque from ' || p.city || '. I mostly fix typos and translate from English. You can find me on Mastodon: @'
            || pgen.fold(p.first) || '_' || pgen.fold(p.last) || '@' || fixture_gen.pick(ARRAY['mastodon.social', 'eus.social', 'fosstodon.org'], 'dmast', u.id)
          ELSE b || u.name || b || ' (' || p.first || ') ' || p.city || 'n bizi naiz. Aitona ' || q.full_name || ' arrantzalea izan zen eta haren istorioak bildu nahi ditut.' END
      WHEN 3 THEN '[[Fitxategi:Lauburu.svg|50px|right]]' || E'\n' || 'Herriwikiko ' || CASE WHEN u.id IN (1, 3, 4, 6, 10, 14, 27, 44, 63, 118) THEN 'administratzailea' ELSE 'lankidea' END
        || ' naiz ' || extract(year FROM u.reg)::int || 'tik. Txantiloiak eta kategoriak.' || E'\n\n' || '[[Kategoria:Herriwikiko ' || CASE WHEN u.id IN (1, 3, 4, 6, 10, 14, 27, 44, 63, 118) THEN 'administratzaileak' ELSE 'lankideak' END || ']]'
      WHEN 4 THEN '{{Babel|eu|es-4}}' || E'\n' || 'Mi nombre es ' || p.first || ' ' || p.last || coalesce(' ' || p.last2, '') || ', vivo en ' || p.city || ' y trabajo en '
        || fixture_gen.pick(ARRAY['el Ayuntamiento', 'una ikastola', 'Osakidetza', 'una cooperativa de Mondragón', 'el puerto'], 'dujob2', u.id) || '. Si quieres contactar: ' || p.email || '.'
      ELSE 'Kaixo! ' || u.name || ' naiz. Bertsoak eta herri kirolak.' || E'\n' || '{{Lankide bertsozalea}}' END;
  WHEN 'usertalk' THEN
    SELECT * INTO u FROM pgen.u WHERE id = g.subj;
    SELECT * INTO p FROM pgen.p WHERE i = u.pid;
    tl := CASE jj % 5 WHEN 1 THEN 'Ongi etorri!' WHEN 2 THEN fixture_gen.pick(ARRAY['Zure argazkia', 'Egile eskubideak', 'Iturriak', 'Ezabatzeko proposamena'], 'dutt', pid * 10 + jj)
      WHEN 3 THEN 'Erantzuna' WHEN 4 THEN 'Herriwiki Elkartearen batzar orokorra' ELSE fixture_gen.pick(ARRAY['Eskerrik asko', 'Galdera bat', 'Zure bertsoak', 'Hauteskundeak'], 'dutt5', pid * 10 + jj) END;
    RETURN CASE WHEN jj > 1 THEN E'\n\n' ELSE '' END || CASE WHEN jj % 5 = 3 THEN ':' ELSE '== ' || tl || E' ==\n' END || CASE jj % 5
      WHEN 1 THEN '{{Ongietorria|' || u.name || '}} ' || pgen.sig(who, t)
      WHEN 2 THEN 'Kaixo ' || u.name || ', igo duzun [[:Fitxategi:' || (SELECT name FROM pgen.f WHERE k = 1 + sel % 115) || ']] fitxategiak ez du egilerik. Nork atera zuen argazkia? Baimena al duzu? ' || pgen.sig(who, t)
      WHEN 3 THEN CASE WHEN sel % 3 = 0 THEN 'Nire aitonak atera zuen, ' || q.full_name || 'k, 1962an. Baimena daukat; zalantzarik baduzu deitu ' || p.phone || ' zenbakira edo idatzi ' || p.email || ' helbidera. '
                       WHEN sel % 3 = 1 THEN 'Eskerrik asko! Zuzenduko dut. ' ELSE 'Gracias, no sabía cómo funcionaba. Mi prima ' || q.first || ' me ayudará con las fuentes. ' END || pgen.sig(who, t)
      WHEN 4 THEN 'Kaixo! Urriaren 19an batzar orokorra egingo dugu Donostian (Lugaritz kultur etxea, 11:00). Gai-zerrenda eta botoa eskuordetzeko orria: [[Herriwiki:Elkartea]]. '
        || '--[[Lankide:MediaWiki message delivery|MediaWiki message delivery]] ' || pgen.sigdate(t) || ' <!-- Mezua [[Lankide:Iñaki Agirre]]-k bidalia -->'
      ELSE CASE WHEN sel % 4 = 0 THEN 'Badakit nor zaren, ' || p.full_name || '. ' || p.city || 'n bizi zara eta ez zara inor artikuluak ezabatzeko. ' || pgen.sig(who, t)
                WHEN sel % 4 = 1 THEN 'Eskerrik asko ' || (SELECT replace(title, '_', ' ') FROM pgen.pg WHERE kind = 'village' ORDER BY md5(pid || ':' || page_id) LIMIT 1) || ' artikuluagatik! ' || pgen.sig(who, t)
                ELSE 'Kaixo, bertso saio baterako zure laguntza nahiko nuke. Idatz iezadazu: ' || coalesce((SELECT nullif(m.user_email, '') FROM public.mwuser m WHERE m.user_name = who), 'bertsozale@gmail.com') || ' ' || pgen.sig(who, t) END END;
  WHEN 'iptalk' THEN
    RETURN CASE WHEN jj > 1 THEN E'\n\n' ELSE '' END || CASE jj % 3
      WHEN 1 THEN '== ' || to_char(t, 'YYYY') || ' ==' || E'\n' || '{{Bandalismoa|' || replace((SELECT replace(title, '_', ' ') FROM pgen.pg WHERE kind IN ('village', 'bio') ORDER BY md5(pid || 'v' || page_id) LIMIT 1), '_', ' ') || '}} ' || pgen.sig(who, t)
      WHEN 2 THEN ':' || fixture_gen.pick(ARRAY['ez nuen nahi, nire anaia izan zen', 'perdón, era una broma', 'Why was my edit removed? I am ' || q.full_name || ' and the article is about my family.',
          'ok sorry', 'Nire ikastolako ordenagailua da, ' || q.first || ' ' || substr(q.last, 1, 1) || '. ikasleak egin zuen'], 'dipr', pid * 10 + jj) || ' ' || pgen.sig(who, t)
      ELSE '{{Blokeatua|iraupena=' || fixture_gen.pick(ARRAY['31 ordu', '3 egun', 'aste 1', 'hilabete 1'], 'dipb', pid) || '}} ' || pgen.sig(who, t) END;
  WHEN 'talk' THEN
    SELECT * INTO pl FROM pgen.place WHERE k = g.subj;
    RETURN CASE WHEN jj > 1 THEN E'\n\n' ELSE '' END || '== ' || fixture_gen.pick(ARRAY['Biztanleria', 'Iturriak', 'Izenaren jatorria', 'Argazkiak'], 'dtt', pid * 10 + jj) || E' ==\n'
      || CASE WHEN sel % 3 = 0 THEN 'Nire amonak, ' || q.full_name || 'k (' || q.city || ', ' || extract(year FROM q.born)::int || '), kontatu zidan herriaren izena lehen beste bat zela. Norbaitek badaki zerbait? '
              ELSE 'Biztanleriaren datuak Eustatetik hartu ditut. ' END || pgen.sig(who, t);
  WHEN 'project' THEN
    RETURN CASE WHEN jj > 1 THEN E'\n\n' ELSE '' END || CASE
      WHEN g.title = 'Hauteskundeak_2024' THEN CASE WHEN jj = 1 THEN 'Herriwiki Elkartearen zuzendaritza batzordea berritzeko hauteskundeak: bozketa [[Berezi:SecurePoll]] bidez, irailaren 1etik 15era. Hautagaiak:'
          ELSE '=== ' || q.full_name || E' ===\n' || q.city || 'ko ' || fixture_gen.pick(ARRAY['irakaslea', 'informatikaria', 'itzultzailea', 'ikaslea'], 'dhj', pid * 10 + jj) || ', ' || extract(year FROM q.born)::int
            || 'an jaioa. ' || 'Harremana: ' || q.email || '. ' || pgen.sig(who, t) END
      WHEN g.title = 'Blokeo_eskaerak' THEN '== ' || pgen.pick_ip('dbe', pid * 10 + jj) || E' ==\n' || 'Bandalismo errepikatua [[' || (SELECT replace(title, '_', ' ') FROM pgen.pg WHERE kind = 'bio' ORDER BY md5(pid || 'b' || jj || page_id) LIMIT 1)
          || ']] orrian; ' || q.first || ' izeneko ikasle bat iraintzen du. ' || pgen.sig(who, t)
      WHEN g.title = 'Egiaztapen_eskaerak' THEN '== ' || pgen.uname(pgen.pick_user('dce', pid * 10 + jj, t, 'any')) || E' ==\n' || 'Txotxongilo kontua izan daiteke: ' || pgen.uname(pgen.pick_user('dce2', pid * 10 + jj, t, 'any'))
          || ' kontuaren estilo bera, ordu berean. ' || pgen.sig(who, t)
      ELSE '== ' || fixture_gen.pick(ARRAY['Proposamena', 'Galdera', 'Arazo teknikoa', 'Batzarra', 'Lizentziak'], 'dpt', pid * 10 + jj) || E' ==\n'
        || CASE WHEN sel % 5 = 0 THEN 'Bihar ' || q.first || ' ' || q.last || 'rekin bilduko naiz (' || q.phone || ') artxiboko argazkiak digitalizatzeko; nahi duenak etor dadila. '
                ELSE fixture_gen.pick(ARRAY['Ados nago.', 'Uste dut kategoria berri bat behar dugula herri kiroletarako.', 'Bertsio berria instalatu dugu (MediaWiki 1.42).', 'Spam asko dago azken egunotan, iragazki berria jarri dut.'], 'dpr', pid * 10 + jj) || ' ' END
        || pgen.sig(who, t) END;
  WHEN 'file' THEN
    SELECT * INTO f FROM pgen.f WHERE k = g.subj;
    SELECT * INTO p FROM pgen.p WHERE i = f.subj;
    RETURN CASE WHEN jj = 1 THEN '{{Information' || E'\n|Deskribapena = ' || CASE f.kind WHEN 'portrait' THEN p.full_name || ' ' || p.city || 'n' WHEN 'family' THEN p.full_name || ' eta familia, ' || p.city
        WHEN 'scan' THEN 'Familiaren paperak (' || p.last || ')' ELSE replace(replace(f.name, '_', ' '), '.jpg', '') END || E'\n|Data = ' || to_char(f.ts, 'YYYY-MM-DD')
        || E'\n|Iturria = ' || CASE WHEN f.kind IN ('family', 'scan') THEN 'Familiaren artxiboa' ELSE 'Nire lana' END || E'\n|Egilea = ' || (SELECT coalesce(nullif(real_name, ''), name) FROM pgen.u WHERE id = f.uploader) || E'\n}}'
      ELSE E'\n[[Kategoria:' || CASE WHEN f.kind IN ('portrait', 'family') THEN 'Pertsonen argazkiak' ELSE 'Herrien argazkiak' END || ']]' END;
  WHEN 'template' THEN
    RETURN CASE WHEN jj = 1 THEN '<includeonly>{| class="infobox"' || E'\n|-\n! {{{izena|{{PAGENAME}}}}}\n|}</includeonly><noinclude>{{Dokumentazioa}}</noinclude>' ELSE E'\n<!-- ' || to_char(t, 'YYYY') || ' -->' END;
  WHEN 'redirect' THEN
    RETURN '#BIRZUZENDU [[' || g.extra || ']]';
  WHEN 'category' THEN
    RETURN 'Kategoria honetan ' || replace(g.title, '_', ' ') || ' daude.' || E'\n[[Kategoria:Herriwiki]]';
  WHEN 'mediawiki' THEN
    RETURN CASE g.title WHEN 'Common.css' THEN '.infobox { float: right; width: 22em; border: 1px solid #a2a9b1; }' || E'\n/* ' || to_char(t, 'YYYY-MM-DD') || ' */'
      WHEN 'Common.js' THEN 'mw.loader.load( ''/w/index.php?title=MediaWiki:Gadget-HotCat.js&action=raw&ctype=text/javascript'' );' || E'\n// ' || to_char(t, 'YYYY-MM-DD')
      WHEN 'Spam-blacklist' THEN E'\\bcasino-[a-z0-9]+\\.example\\b\n\\bbonus24\\b\n\\bviagra\\b\n# ' || to_char(t, 'YYYY-MM-DD')
      WHEN 'Titleblacklist' THEN E'.*casino.* <newaccountonly>\n.*[Ee]txeberria[ _]tontoa.*\n# ' || to_char(t, 'YYYY-MM-DD')
      WHEN 'Abusefilter-warning-phone' THEN 'Kontuz: zure aldaketak telefono zenbaki bat duela dirudi. Ez argitaratu inoren datu pertsonalik. (' || to_char(t, 'YYYY') || ')'
      WHEN 'Sitenotice' THEN CASE WHEN t > '2024-07-01' THEN 'Herriwiki Elkartearen hauteskundeak: bozkatu irailaren 1etik 15era! [[Herriwiki:Hauteskundeak 2024]]' ELSE 'Ongi etorri Herriwikira! (' || to_char(t, 'YYYY') || ')' END
      ELSE 'Zure aldaketa blokeatu da iragazki automatiko batek. (' || to_char(t, 'YYYY') || ')' END;
  ELSE RETURN '';
  END CASE;
END $$;

CREATE FUNCTION pgen.bios_of(place int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg('* [[' || replace(g.title, '_', ' ') || ']], ' || pgen.bio_prof(g.subj), E'\n' ORDER BY g.page_id), '* [[' || (SELECT replace(title, '_', ' ') FROM pgen.pg WHERE kind = 'bio' ORDER BY md5('bo' || place || page_id) LIMIT 1) || ']]')
  FROM pgen.pg g JOIN pgen.p p ON p.i = g.subj JOIN pgen.place pl ON pl.k = place WHERE g.kind = 'bio' AND p.city = pl.name
$$;

-- Summaries that carry personal data, as editors write them now and then.
CREATE FUNCTION pgen.pii_summary(x bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE fixture_gen.n('pii', x, 10)
    WHEN 0 THEN 'Jaiotze data zuzendu, bere alabak (' || q.full_name || ', ' || q.phone || ') emandako datuekin'
    WHEN 1 THEN 'Egileak eskatuta: helbide elektronikoa kendu (' || q.email || ')'
    WHEN 2 THEN 'Iturria: ' || q.full_name || ' (' || q.city || '), ahozko testigantza ' || (2005 + x % 19)
    WHEN 3 THEN 'Argazkia nire aitona ' || q.full_name || 'rena da, ' || (1920 + x % 30) || 'an jaioa'
    WHEN 4 THEN 'Quitado el teléfono de ' || q.first || ' (' || q.phone || ') a petición suya'
    WHEN 5 THEN 'Datos aportados por ' || q.full_name || ', ' || q.email
    WHEN 6 THEN 'Added details from the family, emailed by ' || q.full_name || ' <' || q.email || '>'
    WHEN 7 THEN 'Données fournies par ' || q.full_name || ', sa petite-fille, ' || q.city
    WHEN 8 THEN 'Bere etxeko helbidea kendu (' || fixture_gen.pick(ARRAY['Easo kalea', 'Nagusia kalea', 'Zumalakarregi etorbidea', 'Okendo kalea'], 'piis', x) || ' ' || (1 + x % 40) || ', ' || q.city || ')'
    ELSE q.first || 'k deitu dit (' || q.phone || '): ez du nahi bere gaixotasuna artikuluan agertzea' END
  FROM pgen.p q WHERE q.i = 501 + fixture_gen.n('piiq', x, 140)
$$;

CREATE FUNCTION pgen.vandal_line(x bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE fixture_gen.n('vdl', x, 8)
    WHEN 0 THEN q.first || ' ' || q.last || ' tontoa da hahaha'
    WHEN 1 THEN 'Deitu ' || q.phone || ' zenbakira ' || q.first || 'rekin hitz egiteko!!!'
    WHEN 2 THEN 'Best online casino bonus → https://bonus-casino24.example/eu'
    WHEN 3 THEN 'Nire izena ' || q.first || ' da eta ' || q.city || 'n bizi naiz, ' || (10 + x % 6) || ' urte ditut'
    WHEN 4 THEN 'aaaaaaaaaaaaaaaaaaaaaaaaa'
    WHEN 5 THEN 'Este artículo es una mierda'
    WHEN 6 THEN 'HAU GUZTIA GEZURRA DA'
    ELSE q.full_name || ' eta ' || r.first || ' ' || r.last || ' elkarrekin daude <3 <3' END
  FROM pgen.p q, pgen.p r WHERE q.i = 501 + fixture_gen.n('vdq', x, 140) AND r.i = 501 + fixture_gen.n('vdr', x, 140)
$$;

UPDATE pgen.rv SET delta = CASE WHEN kind IN ('vandal', 'revert') THEN '' ELSE pgen.delta(page_id, j, kind, who, ts) END;
UPDATE pgen.rv r SET txt = CASE WHEN r.kind = 'vandal' THEN pgen.vandal_line(r.page_id * 100 + r.j) || E'\n' ELSE '' END || pgen.head(r.page_id) || coalesce(c.body, '') || pgen.foot(r.page_id),
  deleted = CASE WHEN r.kind = 'vandal' AND fixture_gen.n('vdl', r.page_id * 100 + r.j, 8) IN (0, 1, 3, 7) THEN 1 ELSE 0 END
FROM (SELECT page_id, j, string_agg(delta, '') FILTER (WHERE kind NOT IN ('vandal', 'revert')) OVER (PARTITION BY page_id ORDER BY j) AS body FROM pgen.rv) c
WHERE c.page_id = r.page_id AND c.j = r.j;
-- A talk post that names someone's home and town was hidden by an administrator.
UPDATE pgen.rv SET deleted = 1 WHERE kind = 'post' AND delta LIKE '%Badakit nor zaren%';

UPDATE pgen.rv r SET summary = CASE
    WHEN g.kind = 'redirect' THEN '[[' || CASE g.ns WHEN 2 THEN 'Lankide:' WHEN 3 THEN 'Lankide eztabaida:' ELSE '' END || replace(g.title, '_', ' ') || ']] orria [[' || g.extra || ']] izenera aldatu da'
      || CASE WHEN g.subj = 44 THEN ': Lankide izena aldatzen: "Leire Urkiola Ugalde" → "Txantxangorri" (pribatutasuna)' WHEN g.ns = 2 THEN ': Lankide izena aldatzen' ELSE '' END
    WHEN r.kind = 'create' AND g.kind = 'file' THEN CASE WHEN fixture_gen.n('sf', r.page_id, 3) = 0 THEN '' ELSE split_part(split_part(r.txt, E'|Deskribapena = ', 2), E'\n', 1) END
    WHEN r.kind = 'create' THEN 'Orria sortu da «' || left(regexp_replace(regexp_replace(r.txt, '\{\{[^}]*\}\}', '', 'g'), '\s+', ' ', 'g'), 150) || '»'
    WHEN r.kind = 'post' THEN CASE WHEN fixture_gen.n('sp', r.page_id * 100 + r.j, 12) = 0 THEN pgen.pii_summary(r.page_id * 100 + r.j)
      WHEN r.delta ~ E'^\\s*:' OR r.delta ~ E'^\\n\\n:' THEN fixture_gen.pick(ARRAY['Erantzuna', 'erantzun', 'Re:', 'respuesta', ''], 'spr', r.page_id * 100 + r.j)
      ELSE '/* ' || coalesce(substring(r.delta FROM '== (.*?) =='), 'Mezua') || ' */ atal berria' END
    WHEN r.kind = 'vandal' THEN fixture_gen.pick(ARRAY['', '', 'lol', 'jajaja', 'xd', 'kaixo', 'hola'], 'sv', r.page_id * 100 + r.j)
    WHEN r.kind = 'revert' THEN '[[Berezi:Ekarpenak/' || x.w1 || '|' || x.w1 || ']] ([[Lankide eztabaida:' || x.w1 || '|eztabaida]]) wikilariaren aldaketak deseginda, [[Lankide:'
      || coalesce(x.w2, 'Iñaki Agirre') || '|' || coalesce(x.w2, 'Iñaki Agirre') || ']] wikilariaren azken bertsiora itzuli da'
    WHEN r.kind = 'bot' THEN 'Bot: ' || fixture_gen.pick(ARRAY['interwikiak gehitu', 'kategoria aldatu', 'lotura hautsiak konpondu', 'erreferentzien formatua', '{{Commons}} gehitu'], 'sb', r.page_id * 100 + r.j)
    WHEN r.kind = 'minor' THEN fixture_gen.pick(ARRAY['Akats txikiak', 'ortografia', 'Zuzenketa txikiak', 'typo', 'Formatua', 'Lotura konpondu', '', 'Irudia gehitu', 'erref.'], 'sm', r.page_id * 100 + r.j)
    WHEN fixture_gen.n('se', r.page_id * 100 + r.j, 11) = 0 THEN pgen.pii_summary(r.page_id * 100 + r.j)
    ELSE fixture_gen.pick(ARRAY['Iturriak gehitu', 'Erreferentziak', 'Historia atala zabaldu', 'Kategoria gehitu (HotCat erabiliz)', 'Infotaula eguneratu', 'Biztanleria 2023', 'Testua hobetu',
      'Itzulpena osatu', 'Loturak', 'Kanpo estekak eguneratu', 'Datu berriak gehitu', 'Añadido apartado de fiestas', 'Ajout de la section histoire', 'Added English sources', 'copyedit', '', '',
      '/* Jaiak */', '/* Historia */ iturria', '+ bibliografia', 'Birformulatu', 'Aldaketa txikiak', 'Nire orria eguneratu', 'Atal berria'], 'sed', r.page_id * 100 + r.j) END
FROM (SELECT page_id, j, lag(who) OVER (PARTITION BY page_id ORDER BY j) AS w1, lag(who, 2) OVER (PARTITION BY page_id ORDER BY j) AS w2 FROM pgen.rv) x, pgen.pg g
WHERE x.page_id = r.page_id AND x.j = r.j AND g.page_id = r.page_id;

-- ---------------------------------------------------------------------------
-- The comment store: edit summaries, log reasons, block and check reasons,
-- upload descriptions. Rows are shared by identical text.

CREATE TABLE comment (
  comment_id BIGSERIAL NOT NULL,
  comment_hash INT NOT NULL,
  comment_text TEXT NOT NULL,
  comment_data TEXT DEFAULT NULL,
  PRIMARY KEY(comment_id)
);
CREATE INDEX comment_hash ON comment (comment_hash);
CREATE FUNCTION pgen.cid(t text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE r bigint; h int := ('x' || substr(md5(coalesce(t, '')), 1, 8))::bit(32)::int;
BEGIN
  SELECT comment_id INTO r FROM public.comment WHERE comment_hash = h AND comment_text = coalesce(t, '') AND comment_data IS NULL LIMIT 1;
  IF r IS NULL THEN
    INSERT INTO public.comment (comment_hash, comment_text) VALUES (h, coalesce(t, '')) RETURNING comment_id INTO r;
  END IF;
  RETURN r;
END $$;

-- Revision, text and content ids: sparse, as in a wiki where this is a sample.
UPDATE pgen.rv r SET rev_id = 1000 + x.rk * 137 + fixture_gen.n('rvid', x.rk, 60)
FROM (SELECT page_id, j, row_number() OVER (ORDER BY ts, page_id, j) AS rk FROM pgen.rv) x WHERE x.page_id = r.page_id AND x.j = r.j;
UPDATE pgen.rv r SET parent = x.p FROM (SELECT page_id, j, lag(rev_id) OVER (PARTITION BY page_id ORDER BY j) AS p FROM pgen.rv) x WHERE x.page_id = r.page_id AND x.j = r.j;
ALTER TABLE pgen.rv ADD COLUMN old_id int, ADD COLUMN content_id bigint, ADD COLUMN comment_id bigint;
UPDATE pgen.rv SET old_id = rev_id + 5, content_id = rev_id - 700;

CREATE TABLE text (
  old_id SERIAL NOT NULL,
  old_text TEXT NOT NULL,
  old_flags TEXT NOT NULL,
  textvector tsvector,
  PRIMARY KEY(old_id)
);
INSERT INTO text (old_id, old_text, old_flags, textvector)
SELECT old_id, txt, 'utf-8', to_tsvector('simple', txt) FROM pgen.rv ORDER BY old_id;

CREATE TABLE content (
  content_id BIGSERIAL NOT NULL,
  content_size INT NOT NULL,
  content_sha1 TEXT NOT NULL,
  content_model SMALLINT NOT NULL,
  content_address TEXT NOT NULL,
  PRIMARY KEY(content_id)
);
INSERT INTO content (content_id, content_size, content_sha1, content_model, content_address)
SELECT r.content_id, octet_length(r.txt), fixture_gen.chars('sha' || md5(r.txt), 0, 31, '0123456789abcdefghijklmnopqrstuvwxyz'),
       CASE g.model WHEN 'wikitext' THEN 1 WHEN 'css' THEN 3 ELSE 2 END, 'tt:' || r.old_id
FROM pgen.rv r JOIN pgen.pg g USING (page_id) ORDER BY r.content_id;

CREATE TABLE slots (
  slot_revision_id BIGINT NOT NULL,
  slot_role_id SMALLINT NOT NULL,
  slot_content_id BIGINT NOT NULL,
  slot_origin BIGINT NOT NULL,
  PRIMARY KEY(slot_revision_id, slot_role_id)
);
CREATE INDEX slot_revision_origin_role ON slots (slot_revision_id, slot_origin, slot_role_id);
INSERT INTO slots SELECT rev_id, 1, content_id, rev_id FROM pgen.rv ORDER BY rev_id;

CREATE TABLE revision (
  rev_id BIGSERIAL NOT NULL,
  rev_page INT NOT NULL,
  rev_comment_id BIGINT NOT NULL,
  rev_actor BIGINT NOT NULL,
  rev_timestamp TIMESTAMPTZ NOT NULL,
  rev_minor_edit SMALLINT DEFAULT 0 NOT NULL,
  rev_deleted SMALLINT DEFAULT 0 NOT NULL,
  rev_len INT DEFAULT NULL,
  rev_parent_id BIGINT DEFAULT NULL,
  rev_sha1 TEXT DEFAULT '' NOT NULL,
  PRIMARY KEY(rev_id)
);
CREATE INDEX rev_timestamp ON revision (rev_timestamp);
CREATE INDEX rev_page_timestamp ON revision (rev_page, rev_timestamp);
CREATE INDEX rev_actor_timestamp ON revision (rev_actor, rev_timestamp, rev_id);
CREATE INDEX rev_page_actor_timestamp ON revision (rev_page, rev_actor, rev_timestamp);
UPDATE pgen.rv SET comment_id = pgen.cid(summary) FROM (SELECT rev_id AS x FROM pgen.rv ORDER BY rev_id) o WHERE o.x = rev_id;
INSERT INTO revision (rev_id, rev_page, rev_comment_id, rev_actor, rev_timestamp, rev_minor_edit, rev_deleted, rev_len, rev_parent_id, rev_sha1)
SELECT r.rev_id, r.page_id, r.comment_id, a.actor_id, r.ts, CASE WHEN r.kind IN ('minor', 'bot', 'revert') THEN 1 ELSE 0 END, r.deleted, octet_length(r.txt), coalesce(r.parent, 0),
       fixture_gen.chars('sha' || md5(r.txt), 0, 31, '0123456789abcdefghijklmnopqrstuvwxyz')
FROM pgen.rv r JOIN actor a ON a.actor_name = r.who ORDER BY r.rev_id;

CREATE TABLE page (
  page_id SERIAL NOT NULL,
  page_namespace INT NOT NULL,
  page_title TEXT NOT NULL,
  page_is_redirect SMALLINT DEFAULT 0 NOT NULL,
  page_is_new SMALLINT DEFAULT 0 NOT NULL,
  page_random FLOAT NOT NULL,
  page_touched TIMESTAMPTZ NOT NULL,
  page_links_updated TIMESTAMPTZ DEFAULT NULL,
  page_latest INT NOT NULL,
  page_len INT NOT NULL,
  page_content_model TEXT DEFAULT NULL,
  page_lang TEXT DEFAULT NULL,
  titlevector tsvector,
  PRIMARY KEY(page_id)
);
CREATE UNIQUE INDEX page_name_title ON page (page_namespace, page_title);
CREATE INDEX page_random ON page (page_random);
CREATE INDEX page_len ON page (page_len);
CREATE INDEX page_redirect_namespace_len ON page (page_is_redirect, page_namespace, page_len);
INSERT INTO page (page_id, page_namespace, page_title, page_is_redirect, page_is_new, page_random, page_touched, page_links_updated, page_latest, page_len, page_content_model, page_lang, titlevector)
SELECT g.page_id, g.ns, g.title, CASE WHEN g.kind = 'redirect' THEN 1 ELSE 0 END, CASE WHEN g.nrev = 1 THEN 1 ELSE 0 END, fixture_gen.n('prand', g.page_id, 1000000000) / 1000000000.0,
       l.ts + make_interval(secs => fixture_gen.n('ptouch', g.page_id, 400000)), l.ts + make_interval(secs => 2 + fixture_gen.n('plu', g.page_id, 300)), l.rev_id, octet_length(l.txt),
       CASE WHEN g.model <> 'wikitext' THEN g.model END, CASE WHEN g.kind = 'user' AND fixture_gen.n('plang', g.page_id, 9) = 0 THEN 'es' END,
       to_tsvector('simple', replace(g.title, '/', ' '))
FROM pgen.pg g JOIN pgen.rv l ON l.page_id = g.page_id AND l.j = g.nrev ORDER BY g.page_id;

-- Links and categories, as the parser records them from each page's current text.
CREATE TABLE externallinks (
  el_id SERIAL NOT NULL,
  el_from INT DEFAULT 0 NOT NULL,
  el_to_domain_index TEXT DEFAULT '' NOT NULL,
  el_to_path TEXT DEFAULT NULL,
  PRIMARY KEY(el_id)
);
CREATE INDEX el_from ON externallinks (el_from);
CREATE INDEX el_to_domain_index_to_path ON externallinks (el_to_domain_index, el_to_path);
INSERT INTO externallinks (el_from, el_to_domain_index, el_to_path)
SELECT page_id,
       CASE WHEN url LIKE 'mailto:%' THEN 'mailto:' || array_to_string(ARRAY(SELECT x FROM unnest(string_to_array(split_part(substr(url, 8), '@', 2), '.')) WITH ORDINALITY t(x, o) ORDER BY o DESC), '.') || '.@' || split_part(substr(url, 8), '@', 1)
            ELSE split_part(url, '//', 1) || '//' || array_to_string(ARRAY(SELECT x FROM unnest(string_to_array(split_part(split_part(url, '//', 2), '/', 1), '.')) WITH ORDINALITY t(x, o) ORDER BY o DESC), '.') || '.' END,
       CASE WHEN url LIKE 'mailto:%' THEN '' ELSE coalesce(nullif('/' || substr(split_part(url, '//', 2), length(split_part(split_part(url, '//', 2), '/', 1)) + 2), '/'), '/') END
FROM (SELECT DISTINCT g.page_id, m[1] AS url FROM pgen.pg g JOIN pgen.rv r ON r.page_id = g.page_id AND r.j = g.nrev
      CROSS JOIN LATERAL regexp_matches(r.txt, '((?:https?://|mailto:)[^\s\]|<]+)', 'g') m) x
ORDER BY page_id, url;

CREATE TABLE categorylinks (
  cl_from INT DEFAULT 0 NOT NULL,
  cl_to TEXT DEFAULT '' NOT NULL,
  cl_sortkey TEXT DEFAULT '' NOT NULL,
  cl_sortkey_prefix TEXT DEFAULT '' NOT NULL,
  cl_timestamp TIMESTAMPTZ NOT NULL,
  cl_collation TEXT DEFAULT '' NOT NULL,
  cl_type TEXT DEFAULT 'page' NOT NULL,
  PRIMARY KEY(cl_from, cl_to)
);
CREATE INDEX cl_sortkey ON categorylinks (cl_to, cl_type, cl_sortkey, cl_from);
CREATE INDEX cl_timestamp ON categorylinks (cl_to, cl_timestamp);
INSERT INTO categorylinks (cl_from, cl_to, cl_sortkey, cl_sortkey_prefix, cl_timestamp, cl_collation, cl_type)
SELECT DISTINCT ON (page_id, cat) page_id, cat, upper(CASE WHEN pfx <> '' THEN pfx || E'\n' ELSE '' END || replace(title, '_', ' ')), pfx, t, 'uppercase',
       CASE ns WHEN 6 THEN 'file' WHEN 14 THEN 'subcat' ELSE 'page' END
FROM (
  SELECT g.page_id, g.ns, g.title, replace(m[1], ' ', '_') AS cat, coalesce(substring(r.txt FROM '\{\{DEFAULTSORT:([^}]*)\}\}'), '') AS pfx,
         g.created + make_interval(mins => 1 + fixture_gen.n('clt', g.page_id, 50000)) AS t
  FROM pgen.pg g JOIN pgen.rv r ON r.page_id = g.page_id AND r.j = g.nrev CROSS JOIN LATERAL regexp_matches(r.txt, '\[\[Kategoria:([^\]|]+)\]\]', 'g') m
  UNION ALL
  SELECT g.page_id, g.ns, g.title, 'Lankide_' || l[1] || CASE WHEN l[1] ~ '-' THEN '' ELSE '-N' END, '', g.created + interval '2 minutes'
  FROM pgen.pg g JOIN pgen.rv r ON r.page_id = g.page_id AND r.j = g.nrev
  CROSS JOIN LATERAL regexp_matches(coalesce(substring(r.txt FROM '\{\{Babel\|([^}]*)\}\}'), ''), '([a-z]{2}(?:-[0-9N])?)', 'g') l
  WHERE g.ns = 2) x
ORDER BY page_id, cat;

CREATE TABLE page_props (
  pp_page INT NOT NULL,
  pp_propname TEXT NOT NULL,
  pp_value TEXT NOT NULL,
  pp_sortkey FLOAT DEFAULT NULL,
  PRIMARY KEY(pp_page, pp_propname)
);
CREATE UNIQUE INDEX pp_propname_page ON page_props (pp_propname, pp_page);
CREATE UNIQUE INDEX pp_propname_sortkey_page ON page_props (pp_propname, pp_sortkey, pp_page) WHERE (pp_sortkey IS NOT NULL);
INSERT INTO page_props (pp_page, pp_propname, pp_value, pp_sortkey)
SELECT page_id, prop, val, sk FROM (
  SELECT g.page_id, 'defaultsort' AS prop, substring(r.txt FROM '\{\{DEFAULTSORT:([^}]*)\}\}') AS val, NULL::float AS sk FROM pgen.pg g JOIN pgen.rv r ON r.page_id = g.page_id AND r.j = g.nrev
  UNION ALL
  SELECT g.page_id, 'page_image_free', replace(substring(r.txt FROM '\[\[Fitxategi:([^|\]]+)'), ' ', '_'), NULL FROM pgen.pg g JOIN pgen.rv r ON r.page_id = g.page_id AND r.j = g.nrev WHERE g.ns IN (0, 2)
  UNION ALL
  SELECT g.page_id, 'wikibase-shortdesc', CASE g.kind WHEN 'bio' THEN pgen.bio_prof(g.subj) || ' ' || (SELECT city FROM pgen.p WHERE i = g.subj) || 'koa' WHEN 'village' THEN 'Euskal Herriko udalerria' END, NULL
  FROM pgen.pg g WHERE g.kind IN ('bio', 'village') AND g.page_id % 3 = 0
  UNION ALL
  SELECT g.page_id, 'notoc', '', 1 FROM pgen.pg g WHERE g.kind IN ('usertalk', 'iptalk') AND g.page_id % 5 = 0
  UNION ALL
  SELECT g.page_id, 'newsectionlink', '', 1 FROM pgen.pg g WHERE g.kind = 'project'
  UNION ALL
  SELECT g.page_id, 'hiddencat', '', 1 FROM pgen.pg g WHERE g.kind = 'category' AND g.title IN ('Biziak_dauden_pertsonak', 'Ezabatzeko_orriak', 'Lankide_eu-N', 'Lankide_es-N', 'Lankide_en-3')
  UNION ALL
  SELECT g.page_id, 'templatedata', '{"description":{"eu":"' || replace(g.title, '_', ' ') || ' txantiloia"},"params":{"izena":{"label":{"eu":"Izena"},"type":"string"},"data":{"label":{"eu":"Data"},"type":"date"}},"format":"block"}', NULL
  FROM pgen.pg g WHERE g.kind = 'template' AND g.subj % 2 = 1
  UNION ALL
  SELECT g.page_id, 'displaytitle', '<span style="font-variant:small-caps">' || replace(g.title, '_', ' ') || '</span>', NULL FROM pgen.pg g WHERE g.kind = 'user' AND g.page_id % 7 = 0) x
WHERE val IS NOT NULL
ORDER BY page_id, prop;

-- ---------------------------------------------------------------------------
-- Blocks: spam, long-term-abuse and attack accounts; users blocked for a
-- while; vandalising addresses; ranges; autoblocks; partial blocks.

CREATE TABLE pgen.blk (bid int, kind text, uid int, target text, ip_hex text, rstart text, rend text, by_uid int, ts timestamptz, expiry timestamptz, reason text,
  anon_only int DEFAULT 0, create_account int DEFAULT 1, autoblock int DEFAULT 1, block_email int DEFAULT 0, allow_usertalk int DEFAULT 1, parent int, sitewide int DEFAULT 1, deleted int DEFAULT 0, duration text);
INSERT INTO pgen.blk (kind, uid, target, by_uid, ts, expiry, reason, block_email, allow_usertalk, deleted, duration)
SELECT 'user', u.id, u.name, pgen.pick_user('bkby', u.id, u.reg + interval '1 day', 'admin'), u.reg + make_interval(mins => 10 + fixture_gen.n('bkts', u.id, 3000)), 'infinity',
       CASE WHEN u.name LIKE 'Kakatxo%' OR u.name IN ('KAKATXO ITZULI DA', 'Txotxongiloa', 'Vandal1234') THEN 'Betiko blokeoa: [[Herriwiki:Bandalismoaren aurka#Kakatxo|Kakatxo]] LTAren txotxongiloa'
            WHEN u.name IN ('Txantxangorri2', 'Urtxintxa ofiziala', 'Iñaki Agirre (benetakoa)') THEN 'Inpertsonazioa: administratzaile baten izena erabiltzea'
            WHEN u.name IN ('Mikel Otaegi lapurra da', 'Ane Arrieta gezurtia', 'Gorka Zubizarretaren aita') THEN 'Lankide izen onartezina: pertsona baten aurkako erasoa'
            WHEN u.name = 'Margo Zubizarreta' THEN 'Bandalismoa eta Zubizarreta familiari buruzko datu pertsonalak argitaratzea'
            ELSE fixture_gen.pick(ARRAY['Spam / publizitatea', 'Spambot', 'Publizitatea: {{spamblacklist}}', 'Kontu bakarreko spam-a'], 'bkspr', u.id) END,
       CASE WHEN u.name LIKE 'Kakatxo%' THEN 1 ELSE 0 END, CASE WHEN u.name LIKE 'Kakatxo%' OR u.name = 'KAKATXO ITZULI DA' THEN 0 ELSE 1 END,
       CASE WHEN u.name IN ('Mikel Otaegi lapurra da', 'Ane Arrieta gezurtia', 'Gorka Zubizarretaren aita') THEN 1 ELSE 0 END, 'infinite'
FROM pgen.u u WHERE u.kind = 'spam';
INSERT INTO pgen.blk (kind, uid, target, by_uid, ts, expiry, reason, duration, sitewide)
SELECT 'user', u.id, u.name, pgen.pick_user('bkby', u.id, '2024-08-01', 'admin'), x.t, x.t + d.iv, x.reason, d.dur, CASE WHEN k > 6 THEN 0 ELSE 1 END
FROM (SELECT row_number() OVER (ORDER BY md5('bkp' || id)) AS k, id FROM pgen.u WHERE kind = 'person' AND id > 40 AND reg < '2024-06-01' AND id NOT IN (44, 63, 102, 118)) s
JOIN pgen.u u ON u.id = s.id
CROSS JOIN LATERAL (SELECT pgen.at('bkpt', s.k, '2024-08-20', '2024-09-29') AS t,
  CASE s.k % 5 WHEN 0 THEN 'Iraina eta mehatxuak ' || (SELECT full_name FROM pgen.p WHERE i = 501 + s.k * 7) || 'ren aurka [[Lankide eztabaida:' || u.name || ']] orrian'
    WHEN 1 THEN 'Edizio gerra [[' || (SELECT replace(title, '_', ' ') FROM pgen.pg WHERE kind = 'bio' ORDER BY md5('bkew' || s.k || page_id) LIMIT 1) || ']] orrian'
    WHEN 2 THEN 'Egile eskubideen urraketa errepikatua (argazkiak)' WHEN 3 THEN 'Bizirik dauden pertsonen datu pertsonalak behin eta berriz gehitzea'
    ELSE 'Txotxongilo kontuak erabiltzea bozketan' END AS reason) x
CROSS JOIN LATERAL (SELECT (ARRAY[interval '1 week', interval '1 month', interval '3 months', interval '6 months'])[1 + s.k % 4] AS iv, (ARRAY['1 week', '1 month', '3 months', '6 months'])[1 + s.k % 4] AS dur) d
WHERE s.k <= 9;
INSERT INTO pgen.blk (kind, uid, target, ip_hex, by_uid, ts, expiry, reason, anon_only, autoblock, duration)
SELECT 'ip', NULL, v.who, i.hex, pgen.pick_user('bkipby', v.k, x.t, 'patrol'), x.t, x.t + d.iv, x.reason, 1, 0, d.dur
FROM (SELECT row_number() OVER (ORDER BY max(ts) DESC) AS k, who FROM pgen.rv WHERE kind = 'vandal' AND uid IS NULL GROUP BY who) v
JOIN pgen.ip i ON i.ip = v.who
CROSS JOIN LATERAL (SELECT CASE WHEN v.k % 4 = 0 THEN pgen.at('bkit', v.k, '2024-01-01', '2024-09-29') ELSE pgen.at('bkit', v.k, '2024-09-22', '2024-09-29') END AS t,
  CASE v.k % 6 WHEN 0 THEN 'Ikastola bateko IPa: bandalismo errepikatua. Irakasleek kontua sortzeko: idatzi idazkaritza@herriwiki.eus helbidera'
    WHEN 1 THEN 'Bandalismoa' WHEN 2 THEN 'Spam esteken gehitze errepikatua' WHEN 3 THEN 'Bizirik dauden pertsonei buruzko iraina: ' || (SELECT full_name FROM pgen.p WHERE i = 501 + v.k * 3)
    WHEN 4 THEN '[[Herriwiki:Bandalismoaren aurka#Kakatxo|Kakatxo]] LTA, IP helbidetik' ELSE 'Proba ugari artikuluetan' END AS reason) x
CROSS JOIN LATERAL (SELECT CASE WHEN v.k % 4 = 0 THEN interval '1 year' ELSE (ARRAY[interval '31 hours', interval '3 days', interval '1 week', interval '1 month'])[1 + v.k % 4] END AS iv,
  CASE WHEN v.k % 4 = 0 THEN '1 year' ELSE (ARRAY['31 hours', '3 days', '1 week', '1 month'])[1 + v.k % 4] END AS dur) d
WHERE v.k <= 22;
INSERT INTO pgen.blk (kind, target, rstart, rend, by_uid, ts, expiry, reason, anon_only, autoblock, duration) VALUES
  ('range', '83.213.64.0/18', '53D54000', '53D57FFF', 4, '2024-09-12 21:14:05+00', '2024-12-12 21:14:05+00', '[[Herriwiki:Bandalismoaren aurka#Kakatxo|Kakatxo]] LTAren IP tartea (mugikorra)', 1, 0, '3 months'),
  ('range', '185.220.100.0/22', 'B9DC6400', 'B9DC67FF', 6, '2023-02-02 10:00:11+00', '2026-02-02 10:00:11+00', '{{colocationwebhost}} Tor irteera-nodoak', 0, 0, '3 years'),
  ('range', '95.17.128.0/17', '5F118000', '5F11FFFF', 4, '2024-09-27 08:41:52+00', '2024-10-04 08:41:52+00', 'Kakatxo: txotxongilo berriak sortzen ari da tarte honetatik', 0, 0, '1 week'),
  ('range', '2A01:CB1C:4E9B:0:0:0:0:0/64', 'v6-2A01CB1C4E9B00000000000000000000', 'v6-2A01CB1C4E9B0000FFFFFFFFFFFFFFFF', 14, '2024-09-18 17:09:33+00', '2025-03-18 17:09:33+00', 'Bandalismo iraunkorra Lapurdiko artikuluetan', 1, 0, '6 months'),
  ('range', '212.81.192.0/19', 'D451C000', 'D451DFFF', 1, '2024-06-30 12:00:00+00', '2025-06-30 12:00:00+00', 'Open proxy / VPN zerbitzua (spam)', 0, 0, '1 year'),
  ('range', '2800:810:0:0:0:0:0:0/32', 'v6-28000810000000000000000000000000', 'v6-28000810FFFFFFFFFFFFFFFFFFFFFFFF', 6, '2024-09-25 03:33:03+00', '2024-10-25 03:33:03+00', 'Argentinako IP tartea: Kakatxo LTA (CheckUser)', 1, 0, '1 month');
INSERT INTO pgen.blk (bid, kind, uid, target, ip_hex, by_uid, ts, expiry, reason, autoblock)
SELECT NULL, 'auto', NULL, i.ip, i.hex, NULL, x.t, x.t + interval '24 hours', '"' || u.name || '" lankideak berriki erabilitako IP helbidea blokeatu da automatikoki. ' || u.name || ' blokeatzeko arrazoia: «' || b.reason || '»', 0
FROM pgen.blk b JOIN pgen.u u ON u.id = b.uid JOIN pgen.ip i ON i.k = u.ipk
CROSS JOIN LATERAL (SELECT pgen.at('bkat', u.id, '2024-09-29 17:00+00', '2024-09-30 15:00+00') AS t) x
WHERE b.kind = 'user' AND u.kind = 'spam' AND u.id % 3 = 1;
-- ids in order of time; autoblocks point at their parent block.
CREATE TABLE pgen.blk2 AS SELECT (row_number() OVER (ORDER BY ts, target))::int + 2200 AS bid, kind, uid, target, ip_hex, rstart, rend, by_uid, ts, expiry, reason, anon_only, create_account,
  autoblock, block_email, allow_usertalk, parent, sitewide, deleted, duration FROM pgen.blk;
DROP TABLE pgen.blk; ALTER TABLE pgen.blk2 RENAME TO blk;
UPDATE pgen.blk a SET parent = b.bid, by_uid = b.by_uid
FROM pgen.blk b JOIN pgen.u u ON u.id = b.uid JOIN pgen.ip i ON i.k = u.ipk WHERE a.kind = 'auto' AND b.kind = 'user' AND a.target = i.ip;
UPDATE pgen.blk SET rstart = ip_hex, rend = ip_hex WHERE kind IN ('ip', 'auto');

CREATE TABLE ipblocks (
  ipb_id SERIAL NOT NULL,
  ipb_address TEXT NOT NULL,
  ipb_user INT DEFAULT 0 NOT NULL,
  ipb_by_actor BIGINT NOT NULL,
  ipb_reason_id BIGINT NOT NULL,
  ipb_timestamp TIMESTAMPTZ NOT NULL,
  ipb_auto SMALLINT DEFAULT 0 NOT NULL,
  ipb_anon_only SMALLINT DEFAULT 0 NOT NULL,
  ipb_create_account SMALLINT DEFAULT 1 NOT NULL,
  ipb_enable_autoblock SMALLINT DEFAULT 1 NOT NULL,
  ipb_expiry TIMESTAMPTZ NOT NULL,
  ipb_range_start TEXT NOT NULL,
  ipb_range_end TEXT NOT NULL,
  ipb_deleted SMALLINT DEFAULT 0 NOT NULL,
  ipb_block_email SMALLINT DEFAULT 0 NOT NULL,
  ipb_allow_usertalk SMALLINT DEFAULT 0 NOT NULL,
  ipb_parent_block_id INT DEFAULT NULL,
  ipb_sitewide SMALLINT DEFAULT 1 NOT NULL,
  PRIMARY KEY(ipb_id)
);
CREATE UNIQUE INDEX ipb_address_unique ON ipblocks (ipb_address, ipb_user, ipb_auto);
CREATE INDEX ipb_user ON ipblocks (ipb_user);
CREATE INDEX ipb_range ON ipblocks (ipb_range_start, ipb_range_end);
CREATE INDEX ipb_timestamp ON ipblocks (ipb_timestamp);
CREATE INDEX ipb_expiry ON ipblocks (ipb_expiry);
CREATE INDEX ipb_parent_block_id ON ipblocks (ipb_parent_block_id);
ALTER TABLE pgen.blk ADD COLUMN reason_id bigint;
UPDATE pgen.blk SET reason_id = pgen.cid(reason);
INSERT INTO ipblocks
SELECT b.bid, b.target, coalesce(b.uid, 0), pgen.ua_actor(coalesce(b.by_uid, 4)), b.reason_id, b.ts, CASE WHEN b.kind = 'auto' THEN 1 ELSE 0 END, b.anon_only, b.create_account, b.autoblock,
       b.expiry, coalesce(b.rstart, ''), coalesce(b.rend, ''), b.deleted, b.block_email, b.allow_usertalk, b.parent, b.sitewide
FROM pgen.blk b WHERE b.expiry > '2024-09-30 16:00+00' ORDER BY b.bid;

CREATE TABLE block_target (
  bt_id SERIAL NOT NULL,
  bt_address TEXT DEFAULT NULL,
  bt_user INT DEFAULT NULL,
  bt_user_text TEXT DEFAULT NULL,
  bt_auto SMALLINT DEFAULT 0 NOT NULL,
  bt_range_start TEXT DEFAULT NULL,
  bt_range_end TEXT DEFAULT NULL,
  bt_ip_hex TEXT DEFAULT NULL,
  bt_count INT DEFAULT 0 NOT NULL,
  PRIMARY KEY(bt_id)
);
CREATE INDEX bt_address ON block_target (bt_address);
CREATE INDEX bt_ip_user_text ON block_target (bt_ip_hex, bt_user_text);
CREATE INDEX bt_range ON block_target (bt_range_start, bt_range_end);
CREATE INDEX bt_user ON block_target (bt_user);
INSERT INTO block_target (bt_id, bt_address, bt_user, bt_user_text, bt_auto, bt_range_start, bt_range_end, bt_ip_hex, bt_count)
SELECT row_number() OVER (ORDER BY min(b.bid)), CASE WHEN b.kind <> 'user' THEN b.target END, b.uid, CASE WHEN b.kind = 'user' THEN b.target END,
       CASE WHEN b.kind = 'auto' THEN 1 ELSE 0 END, CASE WHEN b.kind = 'range' THEN b.rstart END, CASE WHEN b.kind = 'range' THEN b.rend END,
       CASE WHEN b.kind IN ('ip', 'auto') THEN b.ip_hex END, count(*)
FROM pgen.blk b WHERE b.expiry > '2024-09-30 16:00+00' GROUP BY b.kind, b.target, b.uid, b.rstart, b.rend, b.ip_hex ORDER BY min(b.bid);

CREATE TABLE block (
  bl_id SERIAL NOT NULL,
  bl_target INT NOT NULL,
  bl_by_actor BIGINT NOT NULL,
  bl_reason_id BIGINT NOT NULL,
  bl_timestamp TIMESTAMPTZ NOT NULL,
  bl_anon_only SMALLINT DEFAULT 0 NOT NULL,
  bl_create_account SMALLINT DEFAULT 1 NOT NULL,
  bl_enable_autoblock SMALLINT DEFAULT 1 NOT NULL,
  bl_expiry TIMESTAMPTZ NOT NULL,
  bl_deleted SMALLINT DEFAULT 0 NOT NULL,
  bl_block_email SMALLINT DEFAULT 0 NOT NULL,
  bl_allow_usertalk SMALLINT DEFAULT 0 NOT NULL,
  bl_parent_block_id INT DEFAULT NULL,
  bl_sitewide SMALLINT DEFAULT 1 NOT NULL,
  PRIMARY KEY(bl_id)
);
CREATE INDEX bl_timestamp ON block (bl_timestamp);
CREATE INDEX bl_target ON block (bl_target);
CREATE INDEX bl_expiry ON block (bl_expiry);
CREATE INDEX bl_parent_block_id ON block (bl_parent_block_id);
INSERT INTO block
SELECT b.bid, t.bt_id, pgen.ua_actor(coalesce(b.by_uid, 4)), b.reason_id, b.ts, b.anon_only, b.create_account, b.autoblock, b.expiry, b.deleted, b.block_email, b.allow_usertalk, b.parent, b.sitewide
FROM pgen.blk b JOIN block_target t ON t.bt_auto = CASE WHEN b.kind = 'auto' THEN 1 ELSE 0 END
  AND coalesce(t.bt_address, '') = CASE WHEN b.kind <> 'user' THEN b.target ELSE '' END AND coalesce(t.bt_user_text, '') = CASE WHEN b.kind = 'user' THEN b.target ELSE '' END
WHERE b.expiry > '2024-09-30 16:00+00'
ORDER BY b.bid;

-- ---------------------------------------------------------------------------
-- Deleted pages: promotion, attack pages, tests, autobiographies, copied text.

CREATE TABLE pgen.dl (k int PRIMARY KEY, title text, ns int, kind text, uid int, who text, created timestamptz, nrev int, txt text);
INSERT INTO pgen.dl (k, kind, created, nrev)
SELECT k, fixture_gen.pick(ARRAY['promo', 'promo', 'attack', 'test', 'selfbio', 'selfbio', 'copyvio', 'spamuser'], 'dlk', k), pgen.at('dlc', k, '2016-01-01', '2024-09-27'), 1 + fixture_gen.n('dln', k, 3)
FROM generate_series(1, 46) k;
UPDATE pgen.dl d SET uid = CASE WHEN d.kind IN ('promo', 'spamuser') AND d.created > '2023-03-01' THEN 341 + fixture_gen.n('dlu', d.k, 24)
    WHEN d.kind IN ('selfbio', 'copyvio') THEN pgen.pick_user('dlu', d.k, d.created, 'any') END;
UPDATE pgen.dl d SET who = coalesce(pgen.uname(d.uid), pgen.pick_ip('dlip', d.k));
UPDATE pgen.dl d SET ns = CASE WHEN d.kind = 'spamuser' THEN 2 ELSE 0 END,
  title = replace(CASE d.kind
    WHEN 'promo' THEN CASE WHEN d.uid IS NOT NULL AND pgen.uname(d.uid) !~ 'Kakatxo|Txantx|Urtxintxa|lapurra|gezurtia|aita|Vandal|Txotx|Iñaki' THEN pgen.uname(d.uid)
                           ELSE q.first || ' ' || q.last || ' ' || fixture_gen.pick(ARRAY['argazkilaria', 'abokatua', 'fisioterapeuta', 'arkitektoa', 'DJ'], 'dlpj', d.k) END
    WHEN 'attack' THEN q.first || ' ' || q.last || ' ' || fixture_gen.pick(ARRAY['tontoa da', 'gezurtia', 'irakaslerik txarrena'], 'dlat', d.k)
    WHEN 'test' THEN fixture_gen.pick(ARRAY['Proba', 'Kaixo', 'Asdf', 'Nire orria', 'Proba orria ' || d.k], 'dlt', d.k)
    WHEN 'selfbio' THEN q.first || ' ' || q.last || coalesce(' ' || q.last2, '')
    WHEN 'copyvio' THEN (SELECT name FROM pgen.place WHERE k = 1 + d.k % 45) || 'ko ' || fixture_gen.pick(ARRAY['surf eskola', 'jatetxeak', 'historia osoa', 'hotelak'], 'dlcv', d.k)
    ELSE d.who END, ' ', '_'),
  txt = CASE d.kind
    WHEN 'promo' THEN repeat(chr(39), 3) || q.first || ' ' || q.last || repeat(chr(39), 3) || ' ' || fixture_gen.pick(ARRAY['argazkilari profesionala', 'abokatua', 'fisioterapeuta'], 'dlpj', d.k) || ' da ' || q.city
      || 'n. Ezkontzak, jaunartzeak eta familia argazkiak. Deitu: ' || q.phone || ' edo idatzi ' || q.email || E'.\nInstagram: @' || pgen.fold(q.first) || pgen.fold(q.last) || E'_pro\n[https://' || pgen.fold(q.last) || '-' || pgen.fold(q.first) || '.example Webgunea]'
    WHEN 'attack' THEN q.first || ' ' || q.last || ' ' || q.city || 'ko ikastolako ikaslerik tontoena da hahaha. Bere telefonoa ' || q.phone || ' da, deitu eta esan zer pentsatzen duzun!!!'
    WHEN 'test' THEN fixture_gen.pick(ARRAY['proba proba', 'kaixo', 'asdfasdf', 'hola que tal', 'test'], 'dltt', d.k)
    WHEN 'selfbio' THEN 'Ni ' || q.first || ' naiz, ' || (2005 + d.k % 12) || 'an jaioa ' || q.city || 'n. ' || fixture_gen.pick(ARRAY['Xabier Munibe ikastolan', 'Lauaizeta ikastolan', 'Orixe institutuan', 'Axular lizeoan'], 'dlsb', d.k)
      || ' ikasten dut, ' || (d.k % 4 + 1) || '. mailan. Nire ama ' || (SELECT full_name FROM pgen.p WHERE i = 501 + (d.k * 11) % 140) || ' da eta aita ' || (SELECT first FROM pgen.p WHERE i = 501 + (d.k * 13) % 140)
      || '. Gustuko dut futbola eta TikTok: @' || pgen.fold(q.first) || (2005 + d.k % 12)
    WHEN 'copyvio' THEN 'Gure surf eskolak 15 urteko esperientzia du. Prezioak: 35 €/orduko, taldeko eskolak 25 €. Harremana: info@' || pgen.fold((SELECT name FROM pgen.place WHERE k = 1 + d.k % 45)) || 'surf.example, tel. 943 ' || fixture_gen.digits('dlcvp', d.k, 2) || ' ' || fixture_gen.digits('dlcvp2', d.k, 2) || ' ' || fixture_gen.digits('dlcvp3', d.k, 2)
      || E'. © Eskubide guztiak erreserbatuta.'
    ELSE 'SEO services, link building and marketing. Contact: ' || coalesce(nullif((SELECT email FROM pgen.u WHERE id = d.uid), ''), 'seo.agency.pro@gmail.com') || ' https://seo-agency.example/' END
FROM pgen.p q WHERE q.i = 501 + fixture_gen.n('dlq', d.k, 140);
UPDATE pgen.dl d SET title = d.title || '_' || x.rn FROM (SELECT k, row_number() OVER (PARTITION BY ns, title ORDER BY k) AS rn FROM pgen.dl) x WHERE x.k = d.k AND x.rn > 1;
UPDATE pgen.dl SET ns = 2, title = replace(who, ' ', '_') WHERE kind = 'spamuser' AND uid IS NOT NULL;
UPDATE pgen.dl d SET title = d.title || '/Orria' FROM (SELECT k, row_number() OVER (PARTITION BY ns, title ORDER BY k) AS rn FROM pgen.dl) x WHERE x.k = d.k AND x.rn > 1;

-- Their revisions, kept in archive (and their text, content and slots, which deletion keeps).
CREATE TABLE pgen.dr (k int, j int, ts timestamptz, who text, txt text, summary text, rev_id int, parent int, del_ts timestamptz, del_by int);
INSERT INTO pgen.dr (k, j, ts, who, txt, summary)
SELECT d.k, j, d.created + make_interval(mins => (j - 1) * (3 + fixture_gen.n('drt', d.k * 10 + j, 200))),
       CASE WHEN j = 1 OR d.kind <> 'attack' THEN d.who ELSE pgen.pick_ip('drip', d.k * 10 + j) END,
       d.txt || CASE WHEN j > 1 THEN E'\n' || fixture_gen.pick(ARRAY['{{Ezabatu|Publizitatea}}', '[[Kategoria:Pertsonak]]', '{{Ezabatu|Iraina}}', '!!!'], 'drx', d.k * 10 + j) ELSE '' END,
       CASE WHEN j = 1 THEN 'Orria sortu da «' || left(regexp_replace(d.txt, '\s+', ' ', 'g'), 150) || '»' ELSE fixture_gen.pick(ARRAY['', '{{Ezabatu}}', 'zuzenketa'], 'drs', d.k * 10 + j) END
FROM pgen.dl d CROSS JOIN generate_series(1, d.nrev) j;
UPDATE pgen.dr r SET rev_id = 1000 + x.rk * 137 + 65 + 7 * x.rn
FROM (SELECT k, j, rk, row_number() OVER (PARTITION BY rk ORDER BY k, j) AS rn
      FROM (SELECT k, j, (SELECT count(*) FROM pgen.rv v WHERE v.ts < d.ts) AS rk FROM pgen.dr d) y) x WHERE x.k = r.k AND x.j = r.j;
UPDATE pgen.dr r SET parent = x.p FROM (SELECT k, j, lag(rev_id) OVER (PARTITION BY k ORDER BY j) AS p FROM pgen.dr) x WHERE x.k = r.k AND x.j = r.j;
UPDATE pgen.dr r SET del_ts = x.t + make_interval(mins => 5 + fixture_gen.n('drdt', r.k, 6000)), del_by = pgen.pick_user('drdb', r.k, x.t, 'admin')
FROM (SELECT k, max(ts) AS t FROM pgen.dr GROUP BY k) x WHERE x.k = r.k;

INSERT INTO text (old_id, old_text, old_flags, textvector) SELECT rev_id + 5, txt, 'utf-8', to_tsvector('simple', txt) FROM pgen.dr ORDER BY rev_id;
INSERT INTO content (content_id, content_size, content_sha1, content_model, content_address)
SELECT rev_id - 700, octet_length(txt), fixture_gen.chars('sha' || md5(txt), 0, 31, '0123456789abcdefghijklmnopqrstuvwxyz'), 1, 'tt:' || (rev_id + 5) FROM pgen.dr ORDER BY rev_id;
INSERT INTO slots SELECT rev_id, 1, rev_id - 700, rev_id FROM pgen.dr ORDER BY rev_id;

CREATE TABLE archive (
  ar_id SERIAL NOT NULL,
  ar_namespace INT DEFAULT 0 NOT NULL,
  ar_title TEXT DEFAULT '' NOT NULL,
  ar_comment_id BIGINT NOT NULL,
  ar_actor BIGINT NOT NULL,
  ar_timestamp TIMESTAMPTZ NOT NULL,
  ar_minor_edit SMALLINT DEFAULT 0 NOT NULL,
  ar_rev_id INT NOT NULL,
  ar_deleted SMALLINT DEFAULT 0 NOT NULL,
  ar_len INT DEFAULT NULL,
  ar_page_id INT DEFAULT NULL,
  ar_parent_id INT DEFAULT NULL,
  ar_sha1 TEXT DEFAULT '' NOT NULL,
  PRIMARY KEY(ar_id)
);
CREATE INDEX ar_name_title_timestamp ON archive (ar_namespace, ar_title, ar_timestamp);
CREATE INDEX ar_actor_timestamp ON archive (ar_actor, ar_timestamp);
CREATE UNIQUE INDEX ar_revid_uniq ON archive (ar_rev_id);
INSERT INTO archive (ar_namespace, ar_title, ar_comment_id, ar_actor, ar_timestamp, ar_minor_edit, ar_rev_id, ar_deleted, ar_len, ar_page_id, ar_parent_id, ar_sha1)
SELECT d.ns, d.title, pgen.cid(r.summary), a.actor_id, r.ts, 0, r.rev_id, CASE WHEN d.kind = 'attack' THEN 1 ELSE 0 END, octet_length(r.txt), 600 + d.k * 3, coalesce(r.parent, 0),
       fixture_gen.chars('sha' || md5(r.txt), 0, 31, '0123456789abcdefghijklmnopqrstuvwxyz')
FROM pgen.dr r JOIN pgen.dl d ON d.k = r.k JOIN actor a ON a.actor_name = r.who ORDER BY r.del_ts, r.rev_id;

-- ---------------------------------------------------------------------------
-- File versions and deleted files (the image tables are filled further down;
-- their log entries are needed now).

ALTER TABLE pgen.f ADD COLUMN sha1 text, ADD COLUMN oi_ts timestamptz, ADD COLUMN oi_sha1 text, ADD COLUMN oi_size bigint;
UPDATE pgen.f SET sha1 = pgen.b36('fsha', k),
  oi_ts = CASE WHEN k % 6 = 0 THEN ts - make_interval(days => 30 + fixture_gen.n('foits', k, 900)) END,
  oi_sha1 = CASE WHEN k % 6 = 0 THEN pgen.b36('foisha', k) END,
  oi_size = CASE WHEN k % 6 = 0 THEN size / 3 + fixture_gen.n('foisz', k, 100000) END;
UPDATE pgen.f SET uploader = (SELECT max(id) FROM pgen.u WHERE kind = 'person' AND reg < oi_ts AND id % 5 = k % 5) WHERE oi_ts IS NOT NULL AND (SELECT reg FROM pgen.u WHERE id = uploader) > oi_ts;
UPDATE pgen.f SET uploader = 1 WHERE uploader IS NULL;

CREATE TABLE pgen.fd (k int PRIMARY KEY, name text, uid int, ts timestamptz, del_ts timestamptz, del_by int, reason text, mime text, w int, h int, size bigint, sha1 text, descr text, gps boolean);
INSERT INTO pgen.fd (k, name, uid, ts, reason, mime, w, h, size, sha1, gps)
SELECT k, x.name, CASE WHEN x.spam THEN 341 + fixture_gen.n('fdu', k, 24) ELSE pgen.pick_user('fdu', k, '2024-09-01', 'any') END,
       pgen.at('fdts', k, '2018-01-01', '2024-09-25'), x.reason, CASE WHEN x.name LIKE '%.png' THEN 'image/png' ELSE 'image/jpeg' END,
       CASE WHEN x.name LIKE '%.png' THEN 1080 ELSE 4000 END, CASE WHEN x.name LIKE '%.png' THEN 2400 ELSE 3000 END, 150000 + fixture_gen.n('fdsz', k, 6000000), pgen.b36('fdsha', k),
       x.name LIKE 'IMG_%' OR x.name LIKE 'WhatsApp%' OR x.name LIKE '%NAN%'
FROM (SELECT k, split_part(v, '|', 1) AS name, split_part(v, '|', 2) AS reason, split_part(v, '|', 3) = 's' AS spam FROM unnest(ARRAY[
  'Nire_NAN_aurrealdea.jpg|Datu pertsonalak: nortasun agiria (NAN) igo da okerrez|', 'Mikel_Garmendia_argazkilaria_logoa.jpg|Publizitatea|s', 'Logo_clinica_dental_bilbao.png|Publizitatea|s',
  'Aitor_Gartzia_tontoa.jpg|Iraina: ikasle baten argazkia baimenik gabe|', 'IMG_20230815_183012.jpg|Egile eskubideak: iturririk gabe; EXIF-ean GPS koordenatuak (etxea)|',
  'WhatsApp_Image_2024-03-02_at_19.22.41.jpeg|Adingabe baten argazkia gurasoen baimenik gabe|', 'Screenshot_20240602-101522.png|Pantaila-argazkia: beste lankide baten e-posta agerian|',
  'Zarautz_hondartza_(diariovasco).jpg|Egile eskubideak: egunkaritik kopiatua|', 'Ezkontza_Irati_eta_Unai_2022.jpg|Egileak eskatuta (familiaren pribatutasuna)|',
  'Pasaportea_Fatima_Zahra.jpg|Datu pertsonalak: pasaportea|', 'Casino_bonus_banner.png|Spam|s', 'Apartamentos_donostia_salon.jpg|Publizitatea|s', 'IMG_4471.jpg|Bikoiztua: [[:Fitxategi:Getaria_portua_2019.jpg]]|',
  'Amonaren_hileta_2021.jpg|Familiak eskatuta|', 'Ikastolako_taldea_2019.jpg|Adingabeen argazkia baimenik gabe|', 'Boise_Jaialdi_2015_(Idaho_Statesman).jpg|Egile eskubideak|',
  'Koldo_Lasa_Lasa_txapela.jpg|Egile eskubideak: Argazki Press|', 'Margo_Zubizarreta_etxea.jpg|Iraina eta datu pertsonalak (etxearen helbidea)|s', 'WhatsApp_Image_2023-11-20_at_08.12.03.jpeg|Iraina|',
  'Fontanero_24h_tarjeta.jpg|Publizitatea|s', 'IMG_20240914_112045.jpg|Egile eskubideak: iturririk gabe|', 'Nire_ziurtagiria_C1.jpg|Datu pertsonalak: euskara ziurtagiria izen-abizenekin|']) WITH ORDINALITY a(v, k)) x;
UPDATE pgen.fd SET uid = (SELECT max(id) FROM pgen.u WHERE kind = 'person' AND reg < pgen.fd.ts) WHERE (SELECT reg FROM pgen.u WHERE id = uid) > ts;
UPDATE pgen.fd SET ts = greatest(ts, (SELECT reg FROM pgen.u WHERE id = uid) + interval '2 hours');
UPDATE pgen.fd SET del_ts = ts + make_interval(mins => 20 + fixture_gen.n('fddt', k, 20000)), del_by = pgen.pick_user('fddb', k, ts, 'admin'),
  descr = CASE WHEN name LIKE 'Nire_NAN%' OR name LIKE 'Pasaportea%' OR name LIKE 'Nire_ziurtagiria%' THEN 'Nire agiria, euskaltegirako' WHEN name LIKE 'IMG_%' THEN '' ELSE replace(replace(name, '_', ' '), '.jpg', '') END;
UPDATE pgen.fd SET del_ts = '2024-09-30 09:12:44+00' WHERE del_ts > '2024-09-30 12:00+00';

-- ---------------------------------------------------------------------------
-- AbuseFilter filters and their history (the tables are filled further
-- down; their log entries are needed now).

CREATE TABLE pgen.af (id int PRIMARY KEY, descr text, pattern text, comments text, actions text, hidden int, enabled int, deleted int, created timestamptz, nver int);
INSERT INTO pgen.af VALUES
 (1, 'Telefono zenbakiak artikuluetan', E'action == "edit" &\npage_namespace == 0 &\nadded_lines irlike "\\b[67][0-9]{2}[ .-]?[0-9]{2}[ .-]?[0-9]{2}[ .-]?[0-9]{2}\\b"',
     'Datu pertsonalak babesteko. Ikus [[Herriwiki:Txokoa/Artxiboa 2023#Telefonoak]]. Positibo faltsuak: ISBNak.', 'warn,tag', 0, 1, 0, '2015-03-02 18:40:00+00', 4),
 (2, 'Helbide elektronikoak artikuluetan', E'page_namespace == 0 &\nadded_lines rlike "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}" &\n!("sysop" in user_groups)',
     'Jendeak bere e-posta jartzen du biografietan. Abisua baino ez.', 'warn', 0, 1, 0, '2015-03-04 09:12:00+00', 2),
 (3, 'LTA Kakatxo (txotxongiloak)', E'user_name irlike "k[a4]k[a4]tx[o0]" |\n(ip_in_range(user_name, "83.213.64.0/18") & page_title irlike "Zubizarreta|Urkiola|Arrieta")',
     E'Kakatxo: 2019tik. Benetako izena ezagutzen dugu (Zarauzko ikastolako ikasle ohia, orain Bilbon); EZ argitaratu. CheckUser: Urtxintxa, Joseba.\nErtzaintzari salaketa 2023-11-04 (mehatxuak Ane Arrietari, 688 41 22 90). Jarraipena: Nerea.', 'disallow,block', 1, 1, 0, '2019-06-11 22:05:00+00', 5),
 (4, 'Inpertsonazioa: administratzaileen izenak', E'action == "createaccount" &\naccountname irlike "urtxintxa|txantxangorri|i[ñn]aki ?agirre|mikel ?otaegi|joseba ?arrieta" &\n!("sysop" in user_groups)',
     'Kakatxok administratzaileen izenak erabiltzen ditu kontu berrietan.', 'disallow', 1, 1, 0, '2020-01-19 10:30:00+00', 3),
 (5, 'Spam: kasinoak eta botikak', E'added_links irlike "casino|bonus24|viagra|cialis|crypto-?recovery"', '', 'disallow', 0, 1, 0, '2016-07-07 07:07:00+00', 2),
 (6, 'Orri osoa hustutzea', E'action == "edit" & page_namespace == 0 &\nnew_size < 50 & old_size > 500', '', 'warn,tag', 0, 1, 0, '2015-03-02 19:00:00+00', 1),
 (7, 'Irainak', E'added_lines irlike "tont[oa]|puta|gezurti|lapurra|idiota" &\n!("autoconfirmed" in user_groups)', 'Hiztegia: Txokoan eztabaidatua 2018an.', 'warn,tag', 0, 1, 0, '2016-02-14 12:00:00+00', 3),
 (8, 'Bizirik dauden pertsonen jaiotze datak', E'"Biziak dauden pertsonak" in new_categories &\nadded_lines rlike "[0-9]{4}ko [a-z]+ren [0-9]+a"', 'Amaiaren proposamena (2022ko batzarra).', 'tag', 0, 1, 0, '2022-11-05 16:20:00+00', 2),
 (9, 'Ikastoletako IPak', E'ip_in_range(user_name, "95.17.0.0/16") & user_age == 0', 'Irakasle batek eskatuta (Lauaizeta ikastola, Xabier irakaslea).', 'tag', 0, 0, 0, '2018-10-01 08:00:00+00', 2),
 (10, 'Ezabatu txantiloia kentzea', E'removed_lines irlike "\\{\\{ezabatu" & !("autoconfirmed" in user_groups)', '', 'warn', 0, 1, 0, '2017-04-22 20:00:00+00', 1),
 (11, 'IP helbideak lankide orrietan', E'page_namespace in [2, 3] & added_lines rlike "[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+"', 'Doxxing saiakerak (2021).', 'tag', 0, 1, 0, '2021-05-30 21:45:00+00', 1),
 (12, 'Familia bat jazartzea', E'user_name == "Margo Zubizarreta" |\nsummary irlike "zubizarreta famil" |\nadded_lines irlike "gorka zubizarreta.*(aita|etxea|helbidea)"',
     'Zubizarreta familiaren kexa, Gorka Zubizarretak telefonoz (643 57 37 90) 2024-04-06an. Ikus OTRS txartela #2024040610012345.', 'disallow', 1, 1, 0, '2024-04-06 12:15:00+00', 3),
 (13, 'Probak', E'page_namespace == 0 & added_lines irlike "^(proba|test|asdf)+$"', '', 'warn', 0, 1, 0, '2015-05-15 15:15:00+00', 1),
 (14, 'Nortasun agiriak igotzea', E'action == "upload" & file_name irlike "(nan|dni|pasaporte|nortasun|ziurtagiri)"', 'Fatima Zahraren pasaportea igo ondoren (2023).', 'disallow', 0, 1, 0, '2023-02-20 11:00:00+00', 2),
 (15, 'Kanpo esteka ugari lankide berriek', E'user_editcount < 5 & count(added_links) > 3', '', 'warn,tag', 0, 1, 0, '2017-09-09 09:09:00+00', 2),
 (16, 'Zaharra: Tor', E'ip_in_range(user_name, "185.220.100.0/22")', 'Ordezkatua blokeo batekin.', '', 0, 0, 1, '2016-03-03 03:03:00+00', 2);
CREATE TABLE pgen.afh (hid int, fid int, v int, ts timestamptz, uid int, flags text, changed text);
INSERT INTO pgen.afh (fid, v, ts, uid, flags, changed)
SELECT a.id, v, CASE WHEN v = 1 THEN a.created ELSE pgen.at('afhts', a.id * 10 + v, a.created, CASE WHEN a.id IN (3, 12) THEN timestamptz '2024-09-28' ELSE timestamptz '2024-06-30' END) END,
       CASE WHEN a.id IN (3, 4, 12) THEN (ARRAY[4, 6, 14])[1 + (a.id + v) % 3] ELSE pgen.pick_user('afhu', a.id * 10 + v, a.created, 'admin') END,
       concat_ws(',', CASE WHEN a.enabled = 1 OR v < a.nver THEN 'enabled' END, CASE WHEN a.hidden = 1 THEN 'hidden' END, CASE WHEN a.deleted = 1 AND v = a.nver THEN 'deleted' END),
       CASE WHEN v = 1 THEN '' ELSE fixture_gen.pick(ARRAY['af_pattern', 'af_pattern,af_comments', 'af_actions', 'af_comments', 'af_enabled', 'af_public_comments,af_pattern'], 'afhc', a.id * 10 + v) END
FROM pgen.af a CROSS JOIN generate_series(1, a.nver) v;
UPDATE pgen.afh h SET hid = x.rk FROM (SELECT fid, v, row_number() OVER (ORDER BY ts, fid) AS rk FROM pgen.afh) x WHERE x.fid = h.fid AND x.v = h.v;

-- ---------------------------------------------------------------------------
-- The log.

CREATE TABLE pgen.lg (ts timestamptz, type text, action text, who text, ns int, title text, page int, comment text, params text, deleted int DEFAULT 0, patrolled int DEFAULT 2);
-- account creations (some by an organiser at editathons)
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT u.reg, 'newusers', CASE WHEN u.kind = 'person' AND fixture_gen.n('lgc2', u.id, 12) = 0 AND u.reg > '2012-01-01' THEN 'create2' ELSE 'create' END,
       CASE WHEN u.kind = 'person' AND fixture_gen.n('lgc2', u.id, 12) = 0 AND u.reg > '2012-01-01' THEN pgen.uname(pgen.pick_user('lgc2u', u.id, u.reg, 'admin')) ELSE u.name END,
       2, replace(u.name, ' ', '_'),
       CASE WHEN u.kind = 'person' AND fixture_gen.n('lgc2', u.id, 12) = 0 AND u.reg > '2012-01-01' THEN 'Editatona: ' || (SELECT name FROM pgen.place WHERE k = 1 + u.id % 45) || ', ' || to_char(u.reg, 'YYYY-MM-DD') ELSE '' END,
       pgen.pa('4::userid', pgen.pi(u.id))
FROM pgen.u u WHERE u.kind IN ('person', 'bot', 'role', 'spam') AND u.id > 1;
-- blocks, including expired ones (the block tables keep only active blocks)
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params, deleted)
SELECT b.ts, 'block', 'block', pgen.uname(coalesce(b.by_uid, 4)), 2, replace(b.target, ' ', '_'), b.reason,
       pgen.pa('5::duration', pgen.ps(b.duration), '6::flags', pgen.ps(concat_ws(',', CASE WHEN b.anon_only = 1 THEN 'anononly' END, CASE WHEN b.create_account = 1 THEN 'nocreate' END,
         CASE WHEN b.autoblock = 0 THEN 'noautoblock' END, CASE WHEN b.block_email = 1 THEN 'noemail' END, CASE WHEN b.allow_usertalk = 0 THEN 'nousertalk' END, CASE WHEN b.deleted = 1 THEN 'hiddenname' END)),
         'blockId', pgen.pi(b.bid), 'sitewide', pgen.pb(b.sitewide = 1)), b.deleted
FROM pgen.blk b WHERE b.kind <> 'auto';
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT t, 'block', 'block', pgen.uname(pgen.pick_user('lghb', k, t, 'patrol')), 2, v.target, v.reason, pgen.pa('5::duration', pgen.ps(v.dur), '6::flags', pgen.ps('anononly,nocreate'), 'sitewide', pgen.pb(true))
FROM generate_series(1, 34) k
CROSS JOIN LATERAL (SELECT pgen.at('lghbt', k, '2011-01-01', '2024-06-30') AS t) x
CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 = 0 THEN replace(pgen.uname(pgen.pick_user('lghbu', k, x.t, 'any')), ' ', '_') ELSE pgen.pick_ip('lghbi', k) END AS target,
  fixture_gen.pick(ARRAY['Bandalismoa', 'Spam', 'Proba errepikatuak', 'Iraina', 'Edizio gerra', 'Ikastolako IPa'], 'lghbr', k) AS reason,
  fixture_gen.pick(ARRAY['31 hours', '3 days', '1 week', '2 weeks'], 'lghbd', k) AS dur) v;
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT b.ts + interval '2 days', 'block', 'unblock', pgen.uname(coalesce(b.by_uid, 1)), 2, replace(b.target, ' ', '_'),
       CASE WHEN b.kind = 'user' THEN 'Barkamena eskatu du eztabaida orrian' ELSE 'Ikastolak kontuak sortu ditu ikasleentzat' END, ''
FROM pgen.blk b WHERE b.kind IN ('user', 'ip') AND b.expiry <> 'infinity' AND b.expiry < '2024-09-30' AND b.bid % 3 = 0;
-- page deletions (autoreason quotes the content and names the only author), revision deletions
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT DISTINCT ON (d.k) r.del_ts, 'delete', 'delete', pgen.uname(r.del_by), d.ns, d.title,
       CASE WHEN d.kind IN ('attack') THEN 'Iraina / eraso orria' WHEN d.kind = 'copyvio' THEN 'Egile eskubideen urraketa: webgune batetik kopiatua'
            ELSE 'Edukia zen: «' || left(regexp_replace(d.txt, '\s+', ' ', 'g'), 120) || '»' || CASE WHEN d.nrev = 1 THEN ' (parte hartzaile bakarra: «[[Berezi:Ekarpenak/' || d.who || '|' || d.who || ']]»)' ELSE '' END END, ''
FROM pgen.dl d JOIN pgen.dr r ON r.k = d.k ORDER BY d.k;
INSERT INTO pgen.lg (ts, type, action, who, ns, title, page, comment, params)
SELECT r.ts + make_interval(mins => 30 + fixture_gen.n('lgrd', r.rev_id, 3000)), 'delete', 'revision', pgen.uname(pgen.pick_user('lgrdu', r.rev_id, r.ts, 'admin')), g.ns, g.title, g.page_id,
       fixture_gen.pick(ARRAY['Datu pertsonalak', 'RD2: iraina bizirik dagoen pertsona bati', 'Telefono zenbakia', 'Adingabe baten datuak'], 'lgrdc', r.rev_id),
       pgen.pa('type', pgen.ps('revision'), 'ids', pgen.pl(pgen.ps(r.rev_id::text)), 'ofield', pgen.pi(0), 'nfield', pgen.pi(1))
FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE r.deleted = 1;
-- moves and user renames
INSERT INTO pgen.lg (ts, type, action, who, ns, title, page, comment, params)
SELECT g.created, 'move', 'move', pgen.uname(CASE WHEN g.subj = 44 THEN 4 WHEN g.ns = 2 THEN 1 ELSE g.subj END), g.ns, g.title, g.page_id,
       CASE WHEN g.ns IN (2, 3) THEN 'Lankide izena aldatzen: "' || replace(g.title, '_', ' ') || '" → "' || split_part(g.extra, ':', 2) || '"' ELSE 'Izen ofiziala' END,
       pgen.pa('4::target', pgen.ps(g.extra), '5::noredir', pgen.ps('0'))
FROM pgen.pg g WHERE g.kind = 'redirect';
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT v.t, 'renameuser', 'renameuser', pgen.uname(v.by), 2, replace(v.newname, ' ', '_'), v.reason,
       pgen.pa('4::olduser', pgen.ps(v.oldname), '5::newuser', pgen.ps(v.newname), '6::edits', pgen.pi(v.edits))
FROM (VALUES ('2019-05-03 18:22:30+00'::timestamptz, 4, 'Leire Urkiola Ugalde', 'Txantxangorri', 'Pribatutasuna: ez du bere benetako izena erakutsi nahi', 3120),
             ('2021-11-02 10:05:00+00', 1, 'Ekaitz', 'Ekaitz23', 'Eskaera: [[Herriwiki:Txokoa#Izen aldaketa]]', 88)) v(t, by, oldname, newname, reason, edits)
UNION ALL
SELECT pgen.at('lgrn', u.id, greatest(u.reg, '2016-01-01'), '2024-09-20'), 'renameuser', 'renameuser', pgen.uname(4), 2, replace(u.name, ' ', '_'),
       fixture_gen.pick(ARRAY['Pribatutasuna', 'Lankideak eskatuta: jazarpena sare sozialetan', 'Eskaera: bere izen-abizenak kendu'], 'lgrnr', u.id),
       pgen.pa('4::olduser', pgen.ps(p.first || ' ' || p.last || coalesce(' ' || p.last2, '')), '5::newuser', pgen.ps(u.name), '6::edits', pgen.pi(10 + u.id % 400))
FROM pgen.u u JOIN pgen.p p ON p.i = u.pid WHERE u.kind = 'person' AND u.style BETWEEN 4 AND 7 AND u.id % 9 = 2;
-- user rights
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT t, 'rights', 'rights', pgen.uname(CASE WHEN g.ug_user IN (1, 4) THEN 1 ELSE (ARRAY[1, 4])[1 + g.ug_user % 2] END), 2, replace(pgen.uname(g.ug_user), ' ', '_'),
       CASE g.ug_group WHEN 'sysop' THEN '[[Herriwiki:Administratzaileak]] bozketaren ondoren' WHEN 'bot' THEN 'Bot onartua: [[Herriwiki:Txokoa]]' WHEN 'checkuser' THEN 'Batzarrak hautatua'
         WHEN 'electionadmin' THEN 'Hauteskunde batzordea 2024' ELSE '' END,
       pgen.pa('4::oldgroups', 'a:0:{}', '5::newgroups', pgen.pl(pgen.ps(g.ug_group)), 'oldmetadata', 'a:0:{}', 'newmetadata', pgen.pl(pgen.pa('expiry', CASE WHEN g.ug_expiry IS NULL THEN 'N;' ELSE pgen.ps(to_char(g.ug_expiry AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')) END)))
FROM user_groups g JOIN pgen.u u ON u.id = g.ug_user
CROSS JOIN LATERAL (SELECT CASE WHEN g.ug_group = 'electionadmin' THEN timestamptz '2024-07-15 19:00:00+00' ELSE greatest(u.reg, '2009-03-20') + make_interval(days => 5 + fixture_gen.n('lgrt', g.ug_user * 7 + length(g.ug_group), 1500)) END AS t) x
WHERE u.kind IN ('person', 'bot', 'role') AND x.t < '2024-09-30';
-- uploads
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT f.oi_ts, 'upload', 'upload', pgen.uname(f.uploader), 6, f.name, '', pgen.pa('img_sha1', pgen.ps(f.oi_sha1), 'img_timestamp', pgen.ps(to_char(f.oi_ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')))
FROM pgen.f f WHERE f.oi_ts IS NOT NULL
UNION ALL
SELECT f.ts, 'upload', CASE WHEN f.oi_ts IS NULL THEN 'upload' ELSE 'overwrite' END, pgen.uname(CASE WHEN f.oi_ts IS NULL THEN f.uploader ELSE pgen.pick_user('lgow', f.k, f.ts, 'active') END), 6, f.name,
       coalesce((SELECT r.summary FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE g.kind = 'file' AND g.subj = f.k AND r.j = 1), ''),
       pgen.pa('img_sha1', pgen.ps(f.sha1), 'img_timestamp', pgen.ps(to_char(f.ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')))
FROM pgen.f f
UNION ALL
SELECT fd.ts, 'upload', 'upload', pgen.uname(fd.uid), 6, fd.name, fd.descr, pgen.pa('img_sha1', pgen.ps(fd.sha1), 'img_timestamp', pgen.ps(to_char(fd.ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')))
FROM pgen.fd fd
UNION ALL
SELECT fd.del_ts, 'delete', 'delete', pgen.uname(fd.del_by), 6, fd.name, fd.reason, '' FROM pgen.fd fd;
-- protection of pages about living people, patrols, thanks, filter changes, 2FA resets, page creations
INSERT INTO pgen.lg (ts, type, action, who, ns, title, page, comment, params)
SELECT pgen.at('lgpr', g.page_id, g.created, '2024-09-28'), 'protect', 'protect', pgen.uname(pgen.pick_user('lgpru', g.page_id, '2024-01-01', 'admin')), g.ns, g.title, g.page_id,
       fixture_gen.pick(ARRAY['Bizirik dagoen pertsona: bandalismo errepikatua', 'Kakatxo LTA', 'Datu pertsonalak gehitzen dituzte behin eta berriz'], 'lgprc', g.page_id),
       pgen.pa('4::description', pgen.ps('[edit=autoconfirmed] (iraungitze data: ' || to_char(pgen.at('lgpre', g.page_id, '2024-10-01', '2025-09-30'), 'YYYY-MM-DD') || ') [move=autoconfirmed] (mugagabea)'),
               '5:bool:cascade', pgen.pb(false))
FROM pgen.pg g WHERE g.kind = 'bio' AND g.page_id % 6 = 0;
INSERT INTO pgen.lg (ts, type, action, who, ns, title, page, comment, params, patrolled)
SELECT r.ts + make_interval(mins => 2 + fixture_gen.n('lgpt', r.rev_id, 2000)), 'patrol', 'patrol', pgen.uname(pgen.pick_user('lgptu', r.rev_id, r.ts, 'patrol')), g.ns, g.title, g.page_id, '',
       pgen.pa('4::curid', pgen.ps(r.rev_id::text), '5::previd', pgen.ps(coalesce(r.parent, 0)::text), '6::auto', pgen.pi(0)), 0
FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE r.kind IN ('edit', 'create') AND r.uid IS NULL AND fixture_gen.n('lgpts', r.rev_id, 3) = 0;
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT r.ts + make_interval(mins => 5 + fixture_gen.n('lgth', r.rev_id, 3000)), 'thanks', 'thank', pgen.uname(pgen.pick_user('lgthu', r.rev_id, r.ts, 'active')), 2, replace(r.who, ' ', '_'), '', ''
FROM pgen.rv r WHERE r.uid IS NOT NULL AND r.kind IN ('edit', 'create') AND fixture_gen.n('lgths', r.rev_id, 12) = 0;
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params)
SELECT h.ts, 'abusefilter', CASE WHEN h.v = 1 THEN 'create' ELSE 'modify' END, pgen.uname(h.uid), -1, 'AbuseFilter/' || h.fid, '', pgen.pa('historyId', pgen.pi(h.hid), 'newId', pgen.pi(h.fid))
FROM pgen.afh h;
INSERT INTO pgen.lg (ts, type, action, who, ns, title, comment, params) VALUES
  ('2023-10-14 20:31:02+00', 'oath', 'disable-other', 'Iñaki Agirre', 2, 'Amaia_Olaizola', 'Telefonoa galdu du; nortasuna Mikelek egiaztatu du telefonoz (Amaia, 6 44 91 02 37)', ''),
  ('2024-08-29 07:55:40+00', 'oath', 'disable-other', 'Urtxintxa', 2, 'Txantxangorri', 'Berreskuratze kodeak galduta; bideo-dei bidez egiaztatua', '');
INSERT INTO pgen.lg (ts, type, action, who, ns, title, page, comment, params)
SELECT g.created, 'create', 'create', r.who, g.ns, g.title, g.page_id, r.summary, '' FROM pgen.pg g JOIN pgen.rv r ON r.page_id = g.page_id AND r.j = 1 WHERE g.created >= '2024-01-01';
UPDATE pgen.lg l SET page = p.page_id FROM pgen.pg p WHERE l.page IS NULL AND p.ns = l.ns AND p.title = l.title;

CREATE TABLE logging (
  log_id SERIAL NOT NULL,
  log_type TEXT DEFAULT '' NOT NULL,
  log_action TEXT DEFAULT '' NOT NULL,
  log_timestamp TIMESTAMPTZ DEFAULT '1970-01-01 00:00:00+00' NOT NULL,
  log_actor BIGINT NOT NULL,
  log_namespace INT DEFAULT 0 NOT NULL,
  log_title TEXT DEFAULT '' NOT NULL,
  log_page INT DEFAULT NULL,
  log_comment_id BIGINT NOT NULL,
  log_params TEXT NOT NULL,
  log_deleted SMALLINT DEFAULT 0 NOT NULL,
  PRIMARY KEY(log_id)
);
CREATE INDEX log_type_time ON logging (log_type, log_timestamp);
CREATE INDEX log_actor_time ON logging (log_actor, log_timestamp);
CREATE INDEX log_page_time ON logging (log_namespace, log_title, log_timestamp);
CREATE INDEX log_times ON logging (log_timestamp);
CREATE INDEX log_actor_type_time ON logging (log_actor, log_type, log_timestamp);
CREATE INDEX log_page_id_time ON logging (log_page, log_timestamp);
CREATE INDEX log_type_action ON logging (log_type, log_action, log_timestamp);
ALTER TABLE pgen.lg ADD COLUMN log_id int, ADD COLUMN comment_id bigint;
UPDATE pgen.lg l SET log_id = 9000 + x.rk * 23 + fixture_gen.n('lgid', x.rk, 20)
FROM (SELECT ctid AS c, row_number() OVER (ORDER BY ts, type, title) AS rk FROM pgen.lg) x WHERE x.c = l.ctid;
UPDATE pgen.lg SET comment_id = pgen.cid(comment);
INSERT INTO logging
SELECT l.log_id, l.type, l.action, l.ts, a.actor_id, l.ns, l.title, l.page, l.comment_id, l.params, l.deleted FROM pgen.lg l JOIN actor a ON a.actor_name = l.who ORDER BY l.log_id;

-- ---------------------------------------------------------------------------
-- Recent changes: the last 90 days of edits and log entries, with the
-- editor's IP address ($wgPutIPinRC).

CREATE FUNCTION pgen.ip_of(who text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN pgen.is_ip(who) THEN who
    WHEN fixture_gen.n(tag, i, 4) = 0 THEN pgen.pick_ip(tag || 'm', i)
    ELSE coalesce((SELECT ip.ip FROM pgen.u u JOIN pgen.ip ip ON ip.k = u.ipk WHERE u.name = who), '127.0.0.1') END
$$;

CREATE TABLE recentchanges (
  rc_id BIGSERIAL NOT NULL,
  rc_timestamp TIMESTAMPTZ NOT NULL,
  rc_actor BIGINT NOT NULL,
  rc_namespace INT DEFAULT 0 NOT NULL,
  rc_title TEXT DEFAULT '' NOT NULL,
  rc_comment_id BIGINT NOT NULL,
  rc_minor SMALLINT DEFAULT 0 NOT NULL,
  rc_bot SMALLINT DEFAULT 0 NOT NULL,
  rc_new SMALLINT DEFAULT 0 NOT NULL,
  rc_cur_id INT DEFAULT 0 NOT NULL,
  rc_this_oldid INT DEFAULT 0 NOT NULL,
  rc_last_oldid INT DEFAULT 0 NOT NULL,
  rc_type SMALLINT DEFAULT 0 NOT NULL,
  rc_source TEXT DEFAULT '' NOT NULL,
  rc_patrolled SMALLINT DEFAULT 0 NOT NULL,
  rc_ip TEXT DEFAULT '' NOT NULL,
  rc_old_len INT DEFAULT NULL,
  rc_new_len INT DEFAULT NULL,
  rc_deleted SMALLINT DEFAULT 0 NOT NULL,
  rc_logid INT DEFAULT 0 NOT NULL,
  rc_log_type TEXT DEFAULT NULL,
  rc_log_action TEXT DEFAULT NULL,
  rc_params TEXT DEFAULT NULL,
  PRIMARY KEY(rc_id)
);
CREATE INDEX rc_timestamp ON recentchanges (rc_timestamp);
CREATE INDEX rc_namespace_title_timestamp ON recentchanges (rc_namespace, rc_title, rc_timestamp);
CREATE INDEX rc_cur_id ON recentchanges (rc_cur_id);
CREATE INDEX rc_new_name_timestamp ON recentchanges (rc_new, rc_namespace, rc_timestamp);
CREATE INDEX rc_ip ON recentchanges (rc_ip);
CREATE INDEX rc_ns_actor ON recentchanges (rc_namespace, rc_actor);
CREATE INDEX rc_actor ON recentchanges (rc_actor, rc_timestamp);
CREATE INDEX rc_name_type_patrolled_timestamp ON recentchanges (rc_namespace, rc_type, rc_patrolled, rc_timestamp);
CREATE INDEX rc_this_oldid ON recentchanges (rc_this_oldid);
CREATE TABLE pgen.rc (ts timestamptz, who text, ns int, title text, comment_id bigint, minor int, bot int, new int, cur int, this_old int, last_old int, typ int, src text, patrolled int,
  ip text, old_len int, new_len int, deleted int, logid int, log_type text, log_action text, params text, rev_id int, rc_id bigint);
INSERT INTO pgen.rc
SELECT r.ts, r.who, g.ns, g.title, r.comment_id, CASE WHEN r.kind IN ('minor', 'bot', 'revert') THEN 1 ELSE 0 END, CASE WHEN r.kind = 'bot' THEN 1 ELSE 0 END, CASE WHEN r.j = 1 THEN 1 ELSE 0 END,
       g.page_id, r.rev_id, coalesce(r.parent, 0), CASE WHEN r.j = 1 THEN 1 ELSE 0 END, CASE WHEN r.j = 1 THEN 'mw.new' ELSE 'mw.edit' END,
       CASE WHEN r.uid IN (1, 3, 4, 6, 10, 14, 27, 44, 63, 118, 12, 57, 133) OR r.uid IN (SELECT ug_user FROM user_groups WHERE ug_group IN ('autopatrolled', 'rollbacker')) THEN 2
            WHEN EXISTS (SELECT 1 FROM pgen.lg l WHERE l.type = 'patrol' AND l.params LIKE '%"' || r.rev_id || '"%') THEN 1 ELSE 0 END,
       pgen.ip_of(r.who, 'rcip', r.rev_id), (SELECT octet_length(p.txt) FROM pgen.rv p WHERE p.page_id = r.page_id AND p.j = r.j - 1), octet_length(r.txt), r.deleted, 0, NULL, NULL, '', r.rev_id, NULL::bigint
FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE r.ts >= '2024-07-02'
UNION ALL
SELECT l.ts, l.who, l.ns, l.title, l.comment_id, 0, CASE WHEN l.who IN ('HerriBot', 'ArtxiboBot', 'ZuzentzaileBot') THEN 1 ELSE 0 END, 0, coalesce(l.page, 0), 0, 0, 3, 'mw.log', l.patrolled,
       pgen.ip_of(l.who, 'rcipl', l.log_id), NULL, NULL, l.deleted, l.log_id, l.type, l.action, l.params, NULL, NULL
FROM pgen.lg l WHERE l.ts >= '2024-07-02' AND l.type NOT IN ('patrol');
UPDATE pgen.rc r SET rc_id = 880000 + x.rk * 3 + fixture_gen.n('rcid', x.rk, 3) FROM (SELECT ctid AS c, row_number() OVER (ORDER BY ts, coalesce(rev_id, logid)) AS rk FROM pgen.rc) x WHERE x.c = r.ctid;
INSERT INTO recentchanges
SELECT r.rc_id, r.ts, a.actor_id, r.ns, r.title, r.comment_id, r.minor, r.bot, r.new, r.cur, r.this_old, r.last_old, r.typ, r.src, r.patrolled, r.ip, r.old_len, r.new_len, r.deleted,
       r.logid, r.log_type, r.log_action, r.params
FROM pgen.rc r JOIN actor a ON a.actor_name = r.who ORDER BY r.rc_id;

-- Change tags on revisions (and their recent-changes rows) and log entries.
CREATE TABLE change_tag (
  ct_id SERIAL NOT NULL,
  ct_rc_id BIGINT DEFAULT NULL,
  ct_log_id INT DEFAULT NULL,
  ct_rev_id INT DEFAULT NULL,
  ct_params TEXT DEFAULT NULL,
  ct_tag_id INT NOT NULL,
  PRIMARY KEY(ct_id)
);
CREATE UNIQUE INDEX ct_rc_tag_id ON change_tag (ct_rc_id, ct_tag_id);
CREATE UNIQUE INDEX ct_log_tag_id ON change_tag (ct_log_id, ct_tag_id);
CREATE UNIQUE INDEX ct_rev_tag_id ON change_tag (ct_rev_id, ct_tag_id);
CREATE INDEX ct_tag_id_id ON change_tag (ct_tag_id, ct_rc_id, ct_rev_id, ct_log_id);
-- tag ids: 1 mw-rollback, 2 mw-reverted, 3 mobile edit, 4 mobile web edit, 5 visualeditor, 6 discussiontools-newtopic, 7 discussiontools-reply,
-- 8 mw-new-redirect, 9 HotCat, 10 telefono-zenbakia (filter 1), 11 mw-undo, 12 iraina (filter 7), 13 OAuth CID: 2, 14 mw-replace
INSERT INTO change_tag (ct_rc_id, ct_log_id, ct_rev_id, ct_params, ct_tag_id)
SELECT rc.rc_id, NULL, t.rev_id, t.params, t.tag FROM (
  SELECT r.rev_id, 1 AS tag, NULL AS params FROM pgen.rv r WHERE r.kind = 'revert'
  UNION ALL
  SELECT v.rev_id, 2, '{"revertId":' || r.rev_id || ',"revertMethod":"rollback","originalRevisionId":' || coalesce(v.parent, 0) || ',"newestRevertedRevId":' || v.rev_id || ',"oldestRevertedRevId":' || v.rev_id
      || ',"intermediateEditsReverted":false,"revertTags":["mw-rollback"],"version":"1.0"}'
  FROM pgen.rv r JOIN pgen.rv v ON v.page_id = r.page_id AND v.j = r.j - 1 WHERE r.kind = 'revert'
  UNION ALL
  SELECT r.rev_id, x.tag, NULL FROM pgen.rv r CROSS JOIN (VALUES (3), (4)) x(tag) WHERE r.kind IN ('edit', 'vandal', 'post') AND fixture_gen.n('ctmob', r.rev_id, 4) = 0
  UNION ALL
  SELECT r.rev_id, 5, NULL FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE r.kind IN ('edit', 'create') AND g.ns = 0 AND r.ts > '2016-01-01' AND fixture_gen.n('ctve', r.rev_id, 3) = 0
  UNION ALL
  SELECT r.rev_id, CASE WHEN r.summary LIKE '/*%atal berria' THEN 6 ELSE 7 END, NULL FROM pgen.rv r WHERE r.kind = 'post' AND r.ts > '2022-06-01'
  UNION ALL
  SELECT r.rev_id, 8, NULL FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE g.kind = 'redirect'
  UNION ALL
  SELECT r.rev_id, 9, NULL FROM pgen.rv r WHERE r.summary LIKE '%HotCat%'
  UNION ALL
  SELECT r.rev_id, 10, NULL FROM pgen.rv r WHERE r.txt ~ '\m[67][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}\M' AND r.kind IN ('vandal', 'edit', 'post') AND r.ts > '2015-03-02'
  UNION ALL
  SELECT r.rev_id, 12, NULL FROM pgen.rv r WHERE r.kind = 'vandal' AND r.txt ~ 'tonto|gezurti' AND r.ts > '2016-02-14'
  UNION ALL
  SELECT r.rev_id, 13, NULL FROM pgen.rv r WHERE r.kind = 'bot' AND r.who = 'ZuzentzaileBot'
  UNION ALL
  SELECT r.rev_id, 14, NULL FROM pgen.rv r WHERE r.kind = 'edit' AND fixture_gen.n('ctrep', r.rev_id, 30) = 0) t
LEFT JOIN pgen.rc rc ON rc.rev_id = t.rev_id
ORDER BY t.rev_id, t.tag;
INSERT INTO change_tag (ct_rc_id, ct_log_id, ct_rev_id, ct_params, ct_tag_id)
SELECT rc.rc_id, l.log_id, NULL, NULL, 3 FROM pgen.lg l LEFT JOIN pgen.rc rc ON rc.logid = l.log_id WHERE l.type IN ('thanks', 'newusers') AND fixture_gen.n('ctlm', l.log_id, 5) = 0 ORDER BY l.log_id;

-- Watchlists: own user and talk pages, pages created and edited.
CREATE TABLE watchlist (
  wl_id SERIAL NOT NULL,
  wl_user INT NOT NULL,
  wl_namespace INT DEFAULT 0 NOT NULL,
  wl_title TEXT DEFAULT '' NOT NULL,
  wl_notificationtimestamp TIMESTAMPTZ DEFAULT NULL,
  PRIMARY KEY(wl_id)
);
CREATE UNIQUE INDEX wl_user ON watchlist (wl_user, wl_namespace, wl_title);
CREATE INDEX wl_namespace_title ON watchlist (wl_namespace, wl_title);
CREATE INDEX wl_user_notificationtimestamp ON watchlist (wl_user, wl_notificationtimestamp);
INSERT INTO watchlist (wl_user, wl_namespace, wl_title, wl_notificationtimestamp)
SELECT DISTINCT ON (uid, ns, title) uid, ns, title, nts FROM (
  SELECT u.id AS uid, x.ns, replace(u.name, ' ', '_') AS title, CASE WHEN x.ns = 3 AND fixture_gen.n('wlnt', u.id, 3) = 0 THEN pgen.at('wlnt', u.id, '2024-07-01', '2024-09-30') END AS nts, 0 AS o
  FROM pgen.u u CROSS JOIN (VALUES (2), (3)) x(ns) WHERE u.kind IN ('person', 'role', 'bot') AND fixture_gen.n('wlown', u.id, 5) > 0
  UNION ALL
  SELECT r.uid, g.ns + x.d, g.title, CASE WHEN fixture_gen.n('wlnt2', r.rev_id, 6) = 0 THEN pgen.at('wlnt2', r.rev_id, '2024-06-01', '2024-09-30') END, 1
  FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id CROSS JOIN (VALUES (0), (1)) x(d)
  WHERE r.uid IS NOT NULL AND r.uid NOT IN (2, 5, 38, 92, 12, 57, 133) AND g.ns % 2 = 0 AND r.kind IN ('create', 'edit', 'post', 'revert') AND fixture_gen.n('wled', r.rev_id, 3) > 0) w
ORDER BY uid, ns, title, o;

-- ---------------------------------------------------------------------------
-- Files. Metadata as MediaWiki 1.39+ stores it: JSON {"data": ..., "blobs": []}
-- with the EXIF tags of photos (camera, owner, serial, GPS of where the
-- photo was taken) and the text layer of scanned PDFs.

CREATE FUNCTION pgen.exif(tag text, i bigint, artist text, t timestamptz, gps boolean) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('data', jsonb_strip_nulls(jsonb_build_object(
      'Make', split_part(cam, '|', 1), 'Model', split_part(cam, '|', 2), 'Orientation', 1, 'XResolution', '72/1', 'YResolution', '72/1', 'ResolutionUnit', 2,
      'Software', split_part(cam, '|', 3), 'DateTime', to_char(t, 'YYYY:MM:DD HH24:MI:SS'), 'DateTimeOriginal', to_char(t - interval '3 days', 'YYYY:MM:DD HH24:MI:SS'),
      'Artist', artist, 'Copyright', CASE WHEN artist IS NOT NULL AND fixture_gen.n(tag || 'c', i, 2) = 0 THEN '© ' || artist || ', CC BY-SA 4.0' END,
      'CameraOwnerName', CASE WHEN split_part(cam, '|', 1) IN ('Canon', 'NIKON CORPORATION') THEN artist END,
      'BodySerialNumber', CASE WHEN split_part(cam, '|', 1) IN ('Canon', 'NIKON CORPORATION', 'FUJIFILM') THEN fixture_gen.digits(tag || 's', i, 12) END,
      'ExposureTime', '1/' || (60 + fixture_gen.n(tag || 'e', i, 900)), 'FNumber', (14 + fixture_gen.n(tag || 'f', i, 100)) || '/10', 'ISOSpeedRatings', 50 + fixture_gen.n(tag || 'i', i, 1550),
      'GPSLatitudeRef', CASE WHEN gps THEN 'N' END, 'GPSLatitude', CASE WHEN gps THEN round((43.05 + fixture_gen.n(tag || 'la', i, 350000) / 1000000.0)::numeric, 6) END,
      'GPSLongitudeRef', CASE WHEN gps THEN 'W' END, 'GPSLongitude', CASE WHEN gps THEN round((1.60 + fixture_gen.n(tag || 'lo', i, 1400000) / 1000000.0)::numeric, 6) END,
      'GPSAltitude', CASE WHEN gps THEN 5 + fixture_gen.n(tag || 'al', i, 900) END,
      'MEDIAWIKI_EXIF_VERSION', 2)), 'blobs', '[]'::jsonb)::text
  FROM (SELECT fixture_gen.pick(ARRAY['Apple|iPhone 13|17.5.1', 'Apple|iPhone 15 Pro|17.6', 'samsung|SM-A546B|A546BXXU4CXF3', 'Canon|Canon EOS 80D|Firmware Version 1.0.3',
         'NIKON CORPORATION|NIKON D7500|Ver.1.21', 'Xiaomi|Redmi Note 12 Pro|', 'FUJIFILM|X-T30|Digital Camera X-T30 Ver2.00', 'Google|Pixel 7|'], tag || 'cam', i) AS cam) c
$$;

ALTER TABLE pgen.f ADD COLUMN meta text, ADD COLUMN oi_meta text, ADD COLUMN descr_id bigint, ADD COLUMN oi_descr_id bigint;
UPDATE pgen.f f SET meta = CASE f.kind
    WHEN 'svg' THEN '{"data":{"width":512,"height":512,"originalWidth":"512","originalHeight":"512","version":2,"translations":{"eu":2,"es":2}},"blobs":[]}'
    WHEN 'scan' THEN jsonb_build_object('data', jsonb_build_object('Pages', (1 + f.k % 4)::text, 'mergedMetadata', jsonb_build_object('Author', u.real_name, 'Producer', 'Epson Scan 2', 'CreateDate', to_char(f.ts, 'YYYY-MM-DD"T"HH24:MI:SS')),
        'text', jsonb_build_array(CASE WHEN f.name LIKE 'Eskutitza%' OR f.name LIKE 'Jaiotza%' THEN p.first || ' ' || p.last || coalesce(' ' || p.last2, '') || ', ' || p.city || ', ' || to_char(p.born, 'DD/MM/YYYY')
          || '. Aita: ' || q.full_name || '. Ama: ' || (SELECT full_name FROM pgen.p WHERE i = 501 + (f.k * 17) % 140) || '. Bizilekua: ' || fixture_gen.pick(ARRAY['Errekalde baserria', 'Kale Nagusia 12', 'Arrantzale kalea 4'], 'fscan', f.k)
          ELSE 'Bertsoak, ' || p.full_name || 'k kantatuak ' || p.city || 'ko jaietan. Lehen bertsoa: «Itsasoa lagun eta mendia senide»' END)), 'blobs', '[]'::jsonb)::text
    ELSE pgen.exif('fx', f.k, CASE WHEN fixture_gen.n('fxa', f.k, 3) > 0 THEN coalesce(nullif(u.real_name, ''), u.name) END, f.ts, f.kind IN ('place', 'family') AND fixture_gen.n('fxg', f.k, 3) > 0 OR f.k % 10 = 1) END,
  oi_meta = CASE WHEN f.oi_ts IS NOT NULL AND f.kind NOT IN ('svg', 'scan') THEN pgen.exif('fox', f.k, coalesce(nullif(u.real_name, ''), u.name), f.oi_ts, true)
                 WHEN f.oi_ts IS NOT NULL THEN '{"data":[],"blobs":[]}' END
FROM pgen.u u, pgen.p p, pgen.p q WHERE u.id = f.uploader AND p.i = f.subj AND q.i = 501 + (f.k * 7) % 140;
UPDATE pgen.f f SET descr_id = l.comment_id FROM pgen.lg l WHERE l.type = 'upload' AND l.ns = 6 AND l.title = f.name AND l.ts = f.ts;
UPDATE pgen.f f SET oi_descr_id = l.comment_id FROM pgen.lg l WHERE l.type = 'upload' AND l.ns = 6 AND l.title = f.name AND l.ts = f.oi_ts;

CREATE TABLE image (
  img_name TEXT DEFAULT '' NOT NULL,
  img_size BIGINT DEFAULT 0 NOT NULL,
  img_width INT DEFAULT 0 NOT NULL,
  img_height INT DEFAULT 0 NOT NULL,
  img_metadata TEXT NOT NULL,
  img_bits INT DEFAULT 0 NOT NULL,
  img_media_type TEXT DEFAULT NULL,
  img_major_mime TEXT DEFAULT 'unknown' NOT NULL,
  img_minor_mime TEXT DEFAULT 'unknown' NOT NULL,
  img_description_id BIGINT NOT NULL,
  img_actor BIGINT NOT NULL,
  img_timestamp TIMESTAMPTZ NOT NULL,
  img_sha1 TEXT DEFAULT '' NOT NULL,
  PRIMARY KEY(img_name)
);
CREATE INDEX img_actor_timestamp ON image (img_actor, img_timestamp);
CREATE INDEX img_size ON image (img_size);
CREATE INDEX img_timestamp ON image (img_timestamp);
CREATE INDEX img_sha1 ON image (img_sha1);
CREATE INDEX img_media_mime ON image (img_media_type, img_major_mime, img_minor_mime);
INSERT INTO image
SELECT f.name, f.size, f.w, f.h, f.meta, CASE WHEN f.kind IN ('svg', 'scan') THEN 0 ELSE 8 END, CASE f.kind WHEN 'svg' THEN 'DRAWING' WHEN 'scan' THEN 'OFFICE' ELSE 'BITMAP' END,
       split_part(f.mime, '/', 1), split_part(f.mime, '/', 2), coalesce(f.descr_id, pgen.cid('')),
       (SELECT a.actor_id FROM actor a JOIN pgen.lg l ON l.who = a.actor_name WHERE l.type = 'upload' AND l.ns = 6 AND l.title = f.name AND l.ts = f.ts), f.ts, f.sha1
FROM pgen.f f ORDER BY f.name;

CREATE TABLE oldimage (
  oi_name TEXT DEFAULT '' NOT NULL,
  oi_archive_name TEXT DEFAULT '' NOT NULL,
  oi_size BIGINT DEFAULT 0 NOT NULL,
  oi_width INT DEFAULT 0 NOT NULL,
  oi_height INT DEFAULT 0 NOT NULL,
  oi_bits INT DEFAULT 0 NOT NULL,
  oi_description_id BIGINT NOT NULL,
  oi_actor BIGINT NOT NULL,
  oi_timestamp TIMESTAMPTZ NOT NULL,
  oi_metadata TEXT NOT NULL,
  oi_media_type TEXT DEFAULT NULL,
  oi_major_mime TEXT DEFAULT 'unknown' NOT NULL,
  oi_minor_mime TEXT DEFAULT 'unknown' NOT NULL,
  oi_deleted SMALLINT DEFAULT 0 NOT NULL,
  oi_sha1 TEXT DEFAULT '' NOT NULL
);
CREATE INDEX oi_actor_timestamp ON oldimage (oi_actor, oi_timestamp);
CREATE INDEX oi_name_timestamp ON oldimage (oi_name, oi_timestamp);
CREATE INDEX oi_name_archive_name ON oldimage (oi_name, oi_archive_name);
CREATE INDEX oi_sha1 ON oldimage (oi_sha1);
CREATE INDEX oi_timestamp ON oldimage (oi_timestamp);
INSERT INTO oldimage
SELECT f.name, to_char(f.ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS') || '!' || f.name, f.oi_size, f.w / 2, f.h / 2, CASE WHEN f.kind IN ('svg', 'scan') THEN 0 ELSE 8 END,
       coalesce(f.oi_descr_id, pgen.cid('')), pgen.ua_actor(f.uploader), f.oi_ts, f.oi_meta, CASE f.kind WHEN 'svg' THEN 'DRAWING' WHEN 'scan' THEN 'OFFICE' ELSE 'BITMAP' END,
       split_part(f.mime, '/', 1), split_part(f.mime, '/', 2), CASE WHEN f.k = 66 THEN 1 ELSE 0 END, f.oi_sha1
FROM pgen.f f WHERE f.oi_ts IS NOT NULL ORDER BY f.name;

CREATE TABLE filearchive (
  fa_id SERIAL NOT NULL,
  fa_name TEXT DEFAULT '' NOT NULL,
  fa_archive_name TEXT DEFAULT '',
  fa_storage_group TEXT DEFAULT NULL,
  fa_storage_key TEXT DEFAULT '',
  fa_deleted_user INT DEFAULT NULL,
  fa_deleted_timestamp TIMESTAMPTZ DEFAULT NULL,
  fa_deleted_reason_id BIGINT NOT NULL,
  fa_size BIGINT DEFAULT 0,
  fa_width INT DEFAULT 0,
  fa_height INT DEFAULT 0,
  fa_metadata TEXT DEFAULT NULL,
  fa_bits INT DEFAULT 0,
  fa_media_type TEXT DEFAULT NULL,
  fa_major_mime TEXT DEFAULT 'unknown',
  fa_minor_mime TEXT DEFAULT 'unknown',
  fa_description_id BIGINT NOT NULL,
  fa_actor BIGINT NOT NULL,
  fa_timestamp TIMESTAMPTZ DEFAULT NULL,
  fa_deleted SMALLINT DEFAULT 0 NOT NULL,
  fa_sha1 TEXT DEFAULT '' NOT NULL,
  PRIMARY KEY(fa_id)
);
CREATE INDEX fa_name ON filearchive (fa_name, fa_timestamp);
CREATE INDEX fa_storage_group ON filearchive (fa_storage_group, fa_storage_key);
CREATE INDEX fa_deleted_timestamp ON filearchive (fa_deleted_timestamp);
CREATE INDEX fa_actor_timestamp ON filearchive (fa_actor, fa_timestamp);
CREATE INDEX fa_sha1 ON filearchive (fa_sha1);
INSERT INTO filearchive (fa_name, fa_archive_name, fa_storage_group, fa_storage_key, fa_deleted_user, fa_deleted_timestamp, fa_deleted_reason_id, fa_size, fa_width, fa_height, fa_metadata, fa_bits,
  fa_media_type, fa_major_mime, fa_minor_mime, fa_description_id, fa_actor, fa_timestamp, fa_deleted, fa_sha1)
SELECT fd.name, NULL, 'deleted', fd.sha1 || CASE WHEN fd.mime = 'image/png' THEN '.png' ELSE '.jpg' END, fd.del_by, fd.del_ts, pgen.cid(fd.reason), fd.size, fd.w, fd.h,
       CASE WHEN fd.mime = 'image/png' THEN '{"data":{"frameCount":0,"metadata":{"_MW_PNG_VERSION":1},"bitDepth":8,"colorType":"truecolour","duration":0},"blobs":[]}'
            ELSE pgen.exif('fdx', fd.k, CASE WHEN fd.name LIKE 'IMG_%' OR fd.name LIKE 'Ezkontza%' THEN (SELECT coalesce(nullif(real_name, ''), name) FROM pgen.u WHERE id = fd.uid) END, fd.ts, fd.gps) END,
       8, 'BITMAP', split_part(fd.mime, '/', 1), split_part(fd.mime, '/', 2), pgen.cid(fd.descr), pgen.ua_actor(fd.uid), fd.ts,
       CASE WHEN fd.name LIKE 'Nire_NAN%' OR fd.name LIKE 'Pasaportea%' OR fd.name LIKE 'Margo%' THEN 7 ELSE 0 END, fd.sha1
FROM pgen.fd fd ORDER BY fd.del_ts;
-- an old version of a file, deleted for privacy (the current version stays)
INSERT INTO filearchive (fa_name, fa_archive_name, fa_storage_group, fa_storage_key, fa_deleted_user, fa_deleted_timestamp, fa_deleted_reason_id, fa_size, fa_width, fa_height, fa_metadata, fa_bits,
  fa_media_type, fa_major_mime, fa_minor_mime, fa_description_id, fa_actor, fa_timestamp, fa_deleted, fa_sha1)
SELECT f.name, to_char((f.ts - interval '1 day') AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS') || '!' || f.name, 'deleted', pgen.b36('fao', f.k) || '.jpg', 4, f.ts + interval '2 days', pgen.cid('Bertsio zaharrean etxearen helbidea eta matrikula ikusten ziren'),
       f.size / 2, f.w, f.h, pgen.exif('fao', f.k, (SELECT coalesce(nullif(real_name, ''), name) FROM pgen.u WHERE id = f.uploader), f.ts - interval '30 days', true), 8, 'BITMAP', 'image', 'jpeg',
       pgen.cid(''), pgen.ua_actor(f.uploader), f.ts - interval '30 days', 1, pgen.b36('faosha', f.k)
FROM pgen.f f WHERE f.kind IN ('portrait', 'family') AND f.k % 4 = 2;

CREATE TYPE US_MEDIA_TYPE_ENUM AS ENUM('UNKNOWN', 'BITMAP', 'DRAWING', 'AUDIO', 'VIDEO', 'MULTIMEDIA', 'OFFICE', 'TEXT', 'EXECUTABLE', 'ARCHIVE', '3D');
CREATE TABLE uploadstash (
  us_id SERIAL NOT NULL,
  us_user INT NOT NULL,
  us_key VARCHAR(255) NOT NULL,
  us_orig_path VARCHAR(255) NOT NULL,
  us_path VARCHAR(255) NOT NULL,
  us_source_type VARCHAR(50) DEFAULT NULL,
  us_timestamp TIMESTAMPTZ NOT NULL,
  us_status VARCHAR(50) NOT NULL,
  us_chunk_inx INT DEFAULT NULL,
  us_props TEXT DEFAULT NULL,
  us_size BIGINT NOT NULL,
  us_sha1 VARCHAR(31) NOT NULL,
  us_mime VARCHAR(255) DEFAULT NULL,
  us_media_type US_MEDIA_TYPE_ENUM DEFAULT NULL,
  us_image_width INT DEFAULT NULL,
  us_image_height INT DEFAULT NULL,
  us_image_bits SMALLINT DEFAULT NULL,
  PRIMARY KEY(us_id)
);
CREATE INDEX us_user ON uploadstash (us_user);
CREATE UNIQUE INDEX us_key ON uploadstash (us_key);
CREATE INDEX us_timestamp ON uploadstash (us_timestamp);
INSERT INTO uploadstash (us_user, us_key, us_orig_path, us_path, us_source_type, us_timestamp, us_status, us_chunk_inx, us_props, us_size, us_sha1, us_mime, us_media_type, us_image_width, us_image_height, us_image_bits)
SELECT s.uid, s.key, '/tmp/php' || pgen.rnd('usop', s.k, 6), 'mwstore://local-backend/local-temp/' || substr(md5(s.key), 1, 1) || '/' || substr(md5(s.key), 1, 2) || '/' || s.key,
       CASE WHEN s.chunks THEN 'chunks' WHEN s.k % 9 = 0 THEN 'url' ELSE 'file' END, s.t, CASE WHEN s.chunks AND s.k % 4 = 1 THEN 'chunks' ELSE 'Finished' END,
       CASE WHEN s.chunks THEN 1 + s.k % 12 END,
       pgen.pa('fileExists', pgen.pb(true), 'size', pgen.pi(s.size), 'file-mime', pgen.ps('image/jpeg'), 'major_mime', pgen.ps('image'), 'minor_mime', pgen.ps('jpeg'),
         'metadata', pgen.pa('Make', pgen.ps(split_part(s.cam, '|', 1)), 'Model', pgen.ps(split_part(s.cam, '|', 2)), 'DateTimeOriginal', pgen.ps(to_char(s.t - interval '1 day', 'YYYY:MM:DD HH24:MI:SS')),
           'Artist', pgen.ps(CASE WHEN s.k % 3 = 0 THEN s.artist END), 'GPSLatitude', CASE WHEN s.k % 2 = 0 THEN 'd:' || round((43.1 + fixture_gen.n('usla', s.k, 300000) / 1000000.0)::numeric, 6) || ';' ELSE 'N;' END,
           'GPSLongitude', CASE WHEN s.k % 2 = 0 THEN 'd:-' || round((1.7 + fixture_gen.n('uslo', s.k, 1300000) / 1000000.0)::numeric, 6) || ';' ELSE 'N;' END, 'MEDIAWIKI_EXIF_VERSION', pgen.pi(2)),
         'width', pgen.pi(4032), 'height', pgen.pi(3024), 'bits', pgen.pi(8), 'media_type', pgen.ps('BITMAP'), 'mime', pgen.ps('image/jpeg'), 'sha1', pgen.ps(s.sha1)),
       s.size, s.sha1, 'image/jpeg', 'BITMAP', 4032, 3024, 8
FROM (SELECT k, u.id AS uid, pgen.at('ust', k, '2024-09-20', '2024-09-30 15:00+00') AS t, fixture_gen.n('uschk', k, 3) = 0 AS chunks, 800000 + fixture_gen.n('ussz', k, 9000000) AS size,
             pgen.b36('ussha', k) AS sha1, coalesce(nullif(u.real_name, ''), u.name) AS artist,
             fixture_gen.pick(ARRAY['Apple|iPhone 13', 'samsung|SM-A546B', 'Google|Pixel 7', 'Canon|Canon EOS 80D'], 'uscam', k) AS cam,
             fixture_gen.chars('uskey', k, 12, '0123456789abcdefghijklmnopqrstuvwxyz') || '.' || fixture_gen.chars('uskey2', k, 6, '0123456789abcdefghijklmnopqrstuvwxyz') || '.' || u.id || '.jpg' AS key
      FROM generate_series(1, 34) k JOIN pgen.u u ON u.id = pgen.pick_user('usu', k, '2024-09-01', CASE WHEN k % 3 = 0 THEN 'active' ELSE 'any' END)) s
ORDER BY s.t;

-- ---------------------------------------------------------------------------
-- Counters, the localisation cache, the object cache (this wiki runs with
-- CACHE_DB: sessions, the user cache, parser output, captchas live here)
-- and the job queue.

CREATE TABLE site_stats (
  ss_row_id INT NOT NULL,
  ss_total_edits BIGINT DEFAULT NULL,
  ss_good_articles BIGINT DEFAULT NULL,
  ss_total_pages BIGINT DEFAULT NULL,
  ss_users BIGINT DEFAULT NULL,
  ss_active_users BIGINT DEFAULT NULL,
  ss_images BIGINT DEFAULT NULL,
  PRIMARY KEY(ss_row_id)
);
INSERT INTO site_stats VALUES (1, 412877, 9634, 31208, 11954, 183, 6021);

CREATE TABLE l10n_cache (
  lc_lang TEXT NOT NULL,
  lc_key VARCHAR(255) NOT NULL,
  lc_value TEXT NOT NULL,
  PRIMARY KEY(lc_lang, lc_key)
);
INSERT INTO l10n_cache (lc_lang, lc_key, lc_value)
SELECT l.lang, 'messages:' || m.key, pgen.ps(CASE l.lang WHEN 'eu' THEN m.eu WHEN 'es' THEN m.es ELSE m.en END)
FROM (VALUES ('eu'), ('es'), ('en'), ('fr')) l(lang)
CROSS JOIN (VALUES
  ('mainpage', 'Azala', 'Portada', 'Main Page'), ('blockedtext', 'Zure lankide izena edo IP helbidea blokeatu egin da. $1 izan da blokeatzailea. Arrazoia: $2', 'Tu nombre de usuario o dirección IP ha sido bloqueada. Motivo: $2', 'Your username or IP address has been blocked. Reason: $2'),
  ('autosumm-new', 'Orria sortu da «$1»', 'Página creada con «$1»', 'Created page with "$1"'), ('revertpage', '[[Special:Contributions/$2|$2]] ([[User talk:$2|eztabaida]]) wikilariaren aldaketak deseginda, [[User:$1|$1]] wikilariaren azken bertsiora itzuli da', 'Revertidos los cambios de [[Special:Contributions/$2|$2]] a la última edición de [[User:$1|$1]]', 'Reverted edits by [[Special:Contributions/$2|$2]] ([[User talk:$2|talk]]) to last revision by [[User:$1|$1]]'),
  ('excontentauthor', 'Edukia zen: «$1» (parte hartzaile bakarra: «[[Special:Contributions/$2|$2]]»)', 'el contenido era: «$1» (y el único autor fue «[[Special:Contributions/$2|$2]]»)', 'content was: "$1", and the only contributor was "[[Special:Contributions/$2|$2]]"'),
  ('abusefilter-warning-phone', 'Kontuz: zure aldaketak telefono zenbaki bat duela dirudi.', 'Atención: tu edición parece contener un número de teléfono.', 'Warning: your edit seems to contain a phone number.'),
  ('sitetitle', 'Herriwiki', 'Herriwiki', 'Herriwiki'), ('tagline', 'Herriwikitik', 'De Herriwiki', 'From Herriwiki'), ('welcomecreation-msg', 'Zure kontua sortu da.', 'Se ha creado tu cuenta.', 'Your account has been created.'),
  ('emailuser', 'Lankideari e-posta bidali', 'Enviar correo a este usuario', 'Email this user'), ('logouttext', 'Saioa itxi duzu.', 'Has cerrado la sesión.', 'You are now logged out.'),
  ('checkuser-reason', 'Arrazoia:', 'Motivo:', 'Reason:'), ('securepoll-votereceipt', 'Zure botoaren ziurtagiria', 'Tu recibo de voto', 'Your vote receipt'),
  ('oathauth-enable', 'Bi urratseko egiaztapena gaitu', 'Activar la verificación en dos pasos', 'Enable two-factor authentication'),
  ('wikilove-tab-text', 'WikiMaitasuna', 'WikiAmor', 'WikiLove'), ('echo-pref-tooltip-mention', 'Jakinarazi norbaitek aipatzen nauenean.', 'Notificarme cuando alguien me mencione.', 'Notify me when someone mentions me.')) m(key, eu, es, en)
UNION ALL
SELECT l.lang, k.key, k.val FROM (VALUES ('eu'), ('es'), ('en'), ('fr')) l(lang)
CROSS JOIN LATERAL (VALUES
  ('fallback', pgen.ps(CASE WHEN l.lang = 'eu' THEN 'es' ELSE '' END)),
  ('namespaceNames', pgen.pa('-2', pgen.ps('Media'), '-1', pgen.ps(CASE l.lang WHEN 'eu' THEN 'Berezi' WHEN 'es' THEN 'Especial' ELSE 'Special' END), '1', pgen.ps(CASE l.lang WHEN 'eu' THEN 'Eztabaida' WHEN 'es' THEN 'Discusión' ELSE 'Talk' END),
     '2', pgen.ps(CASE l.lang WHEN 'eu' THEN 'Lankide' WHEN 'es' THEN 'Usuario' ELSE 'User' END), '3', pgen.ps(CASE l.lang WHEN 'eu' THEN 'Lankide_eztabaida' WHEN 'es' THEN 'Usuario_discusión' ELSE 'User_talk' END),
     '6', pgen.ps(CASE l.lang WHEN 'eu' THEN 'Fitxategi' ELSE 'File' END), '14', pgen.ps(CASE l.lang WHEN 'eu' THEN 'Kategoria' ELSE 'Category' END))),
  ('dateFormats', pgen.pa('mdy time', pgen.ps('H:i'), 'dmy date', pgen.ps('j F Y'), 'ymd date', pgen.ps('Y F j'))),
  ('rtl', pgen.pb(false)), ('linkTrail', pgen.ps('/^([a-zæéñ]+)(.*)$/sDu')), ('digitTransformTable', 'N;'), ('separatorTransformTable', pgen.pa(',', pgen.ps('.'), '.', pgen.ps(','))),
  ('deps', pgen.pa('/srv/mediawiki/languages/i18n/' || l.lang || '.json', pgen.pa('path', pgen.ps('/srv/mediawiki/languages/i18n/' || l.lang || '.json'), 'timestamp', pgen.pi(1719412345)),
     '/srv/mediawiki/extensions/Echo/i18n/' || l.lang || '.json', pgen.pa('path', pgen.ps('/srv/mediawiki/extensions/Echo/i18n/' || l.lang || '.json'), 'timestamp', pgen.pi(1719412399)))),
  ('list', pgen.pa('messages', pgen.pl(pgen.ps('mainpage'), pgen.ps('blockedtext'), pgen.ps('autosumm-new'), pgen.ps('revertpage')))),
  ('specialPageAliases', pgen.pa('Contributions', pgen.pl(pgen.ps(CASE l.lang WHEN 'eu' THEN 'Ekarpenak' ELSE 'Contributions' END)), 'Block', pgen.pl(pgen.ps(CASE l.lang WHEN 'eu' THEN 'Blokeatu' ELSE 'Block' END)))),
  ('preload', pgen.pa('messages', pgen.pa('mainpage', pgen.ps(CASE l.lang WHEN 'eu' THEN 'Azala' ELSE 'Main Page' END))))) k(key, val);

CREATE TABLE objectcache (
  keyname TEXT DEFAULT '' NOT NULL,
  value TEXT DEFAULT NULL,
  exptime TIMESTAMPTZ NOT NULL,
  modtoken VARCHAR(17) DEFAULT '00000000000000000' NOT NULL,
  flags INT DEFAULT NULL,
  PRIMARY KEY(keyname)
);
CREATE INDEX exptime ON objectcache (exptime);
INSERT INTO objectcache (keyname, value, exptime, modtoken, flags)
SELECT k, v, e, to_char(e - interval '1 day', 'YYYYMMDDHH24MISS') || lpad(fixture_gen.n('ocmt', i, 1000)::text, 3, '0'), f FROM (
  -- sessions of logged-in users (CookieSessionProvider), some with a half-finished 2FA login
  SELECT s.k AS i, 'herriwiki:MWSession:' || pgen.lower('sessid', s.k, 32) AS k,
         pgen.pa('data', pgen.pa('wsUserID', pgen.pi(u.id), 'wsUserName', pgen.ps(u.name), 'wsTokenSecrets', pgen.pa('default', pgen.ps(pgen.hex('tsec', s.k, 32))),
                   'AuthManager::authnState', CASE WHEN s.k % 9 = 0 THEN pgen.pa('reqs', 'a:0:{}', 'primaryResponse', 'N;', 'continueRequests', pgen.pl(pgen.ps('MediaWiki\Extension\OATHAuth\Auth\TOTPAuthenticationRequest')), 'returnToUrl', pgen.ps('https://herriwiki.eus/wiki/Azala'), 'userid', pgen.pi(u.id), 'username', pgen.ps(u.name)) ELSE 'N;' END),
                 'metadata', pgen.pa('userId', pgen.pi(u.id), 'userName', pgen.ps(u.name), 'userToken', pgen.ps(pgen.hex('utokh', u.id, 32)), 'provider', pgen.ps('MediaWiki\Session\CookieSessionProvider'),
                   'providerMetadata', 'N;', 'persisted', pgen.pb(true), 'remember', pgen.pb(s.k % 3 = 0), 'forceHTTPS', pgen.pb(true), 'expires', pgen.pi(1727700000 + s.k * 1117))) AS v,
         timestamptz '2024-09-30 16:00+00' + make_interval(hours => 1 + fixture_gen.n('sesx', s.k, 24)) AS e, NULL::int AS f
  FROM generate_series(1, 58) s(k) JOIN pgen.u u ON u.id = pgen.pick_user('sesu', s.k, '2024-09-29', CASE WHEN s.k % 2 = 0 THEN 'active' ELSE 'any' END)
  UNION ALL
  -- anonymous sessions holding a captcha's answer
  SELECT 100 + c.k, 'herriwiki:MWSession:' || pgen.lower('sessida', c.k, 32),
         pgen.pa('data', pgen.pa('captcha' || (100000000 + fixture_gen.n('capid', c.k, 899999999)), pgen.pa('index', pgen.ps((100000000 + fixture_gen.n('capid', c.k, 899999999))::text),
           'question', pgen.ps(x.a || ' + ' || x.b), 'answer', pgen.ps((x.a + x.b)::text)), 'wsTokenSecrets', pgen.pa('default', pgen.ps(pgen.hex('tseca', c.k, 32)))),
           'metadata', pgen.pa('userId', pgen.pi(0), 'userName', 'N;', 'userToken', 'N;', 'provider', pgen.ps('MediaWiki\Session\CookieSessionProvider'), 'persisted', pgen.pb(true), 'expires', pgen.pi(1727701000 + c.k * 77))),
         timestamptz '2024-09-30 16:00+00' + make_interval(mins => 20 + fixture_gen.n('capx', c.k, 600)), NULL
  FROM generate_series(1, 18) c(k) CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('capa', c.k, 40) AS a, 1 + fixture_gen.n('capb', c.k, 9) AS b) x
  UNION ALL
  -- the user cache (User::loadFromCache): the row as loaded, token and email included
  SELECT 200 + u.id, 'herriwiki:user:id:' || u.id,
         pgen.pa('mId', pgen.pi(m.user_id), 'mName', pgen.ps(m.user_name), 'mRealName', pgen.ps(m.user_real_name), 'mEmail', pgen.ps(m.user_email),
           'mTouched', pgen.ps(to_char(m.user_touched AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')), 'mToken', pgen.ps(m.user_token),
           'mEmailAuthenticated', pgen.ps(to_char(m.user_email_authenticated AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')), 'mEmailToken', pgen.ps(m.user_email_token),
           'mRegistration', pgen.ps(to_char(m.user_registration AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')), 'mEditCount', pgen.pi(m.user_editcount), 'mVersion', pgen.pi(11)),
         timestamptz '2024-09-30 16:00+00' + make_interval(hours => 1 + fixture_gen.n('ucx', u.id, 72)), NULL
  FROM pgen.u u JOIN mwuser m ON m.user_id = u.id WHERE u.kind = 'person' AND fixture_gen.n('uc', u.id, 9) = 0
  UNION ALL
  -- parser output of recently viewed pages
  SELECT 1000 + g.page_id, 'herriwiki:pcache:idhash:' || g.page_id || '-0!canonical',
         json_build_object('Text', '<div class="mw-parser-output">' || replace(regexp_replace(r.txt, '\[\[(?:[^|\]]*\|)?([^\]]*)\]\]', '<a href="/wiki/\1">\1</a>', 'g'), E'\n', '<br>') || '</div>',
           'LanguageLinks', '[]'::json, 'Categories', '{}'::json, 'Properties', '{}'::json, 'TOCHTML', '', 'Timestamp', to_char(r.ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS'),
           'CacheRevisionId', r.rev_id, 'CacheTime', to_char(timestamptz '2024-09-30 12:00+00' - make_interval(mins => fixture_gen.n('pcx', g.page_id, 3000)), 'YYYYMMDDHH24MISS'),
           '_type_', 'MediaWiki\Parser\ParserOutput')::text,
         timestamptz '2024-09-30 16:00+00' + make_interval(days => 1 + fixture_gen.n('pcex', g.page_id, 20)), NULL
  FROM pgen.pg g JOIN pgen.rv r ON r.page_id = g.page_id AND r.j = g.nrev WHERE g.kind IN ('village', 'bio', 'topic', 'user', 'usertalk', 'project') AND fixture_gen.n('pc', g.page_id, 6) = 0
  UNION ALL
  -- throttles and counters, keyed by user id, name hash or address
  SELECT 3000 + t.k, 'herriwiki:' || CASE t.k % 4 WHEN 0 THEN 'throttler:password:1:' || md5('pw' || t.k) WHEN 1 THEN 'limiter:edit:ip:' || pgen.pick_ip('octh', t.k)
      WHEN 2 THEN 'limiter:emailuser:user:' || (20 + t.k * 7) ELSE 'echo:seen:alert:' || (20 + t.k * 3) END,
         CASE WHEN t.k % 4 = 3 THEN pgen.ps(to_char(timestamptz '2024-09-30 10:00+00' - make_interval(mins => t.k * 17), 'YYYYMMDDHH24MISS')) ELSE pgen.pi(1 + t.k % 5) END,
         timestamptz '2024-09-30 16:00+00' + make_interval(mins => 5 + fixture_gen.n('othx', t.k, 300)), NULL
  FROM generate_series(1, 24) t(k)
  UNION ALL
  SELECT 4000 + x.k, 'herriwiki:' || x.key, x.val, timestamptz '2024-10-30 00:00+00', x.f FROM (VALUES
    (1, 'messages:eu', pgen.pa('VERSION', pgen.pi(2), 'HASH', pgen.ps(pgen.hex('msgh', 1, 32)), 'EXPIRY', pgen.ps('20241001000000'), 'Sitenotice', pgen.ps('Herriwiki Elkartearen hauteskundeak: bozkatu irailaren 1etik 15era!')), NULL::int),
    (2, 'messages:eu:hash:v1', pgen.pa('hash', pgen.ps(pgen.hex('msgh', 1, 32)), 'latest', pgen.pi(1727690000)), NULL),
    (3, 'resourceloader-filter:minify-js:7:' || pgen.hex('rlf', 3, 32), pgen.ps('mw.loader.load("/w/index.php?title=MediaWiki:Gadget-HotCat.js&action=raw&ctype=text/javascript");'), NULL),
    (4, 'abusefilter:stats:total:default', pgen.pi(48213), NULL),
    (5, 'SiteStats:groupcounts:sysop', pgen.pi(10), NULL),
    (6, 'securepoll:election:2024-zuzendaritza:status', pgen.ps('closed'), NULL)) x(k, key, val, f)) oc
ORDER BY k;

CREATE TABLE job (
  job_id SERIAL NOT NULL,
  job_cmd TEXT DEFAULT '' NOT NULL,
  job_namespace INT NOT NULL,
  job_title TEXT NOT NULL,
  job_timestamp TIMESTAMPTZ DEFAULT NULL,
  job_params TEXT NOT NULL,
  job_random INT DEFAULT 0 NOT NULL,
  job_attempts INT DEFAULT 0 NOT NULL,
  job_token TEXT DEFAULT '' NOT NULL,
  job_token_timestamp TIMESTAMPTZ DEFAULT NULL,
  job_sha1 TEXT DEFAULT '' NOT NULL,
  PRIMARY KEY(job_id)
);
CREATE INDEX job_sha1 ON job (job_sha1);
CREATE INDEX job_cmd_token ON job (job_cmd, job_token, job_random);
CREATE INDEX job_cmd_token_id ON job (job_cmd, job_token, job_id);
CREATE INDEX job_cmd ON job (job_cmd, job_namespace, job_title, job_params);
CREATE INDEX job_timestamp ON job (job_timestamp);
CREATE TABLE pgen.jb (t timestamptz, cmd text, ns int, title text, params text, dedup boolean);
-- jobs queued by the most recent edits
INSERT INTO pgen.jb
SELECT r.ts + interval '1 second', j.cmd, g.ns, g.title,
       CASE j.cmd
         WHEN 'refreshLinks' THEN pgen.pa('namespace', pgen.pi(g.ns), 'title', pgen.ps(g.title), 'rootJobSignature', pgen.ps(pgen.hex('rjs', r.rev_id, 40)), 'rootJobTimestamp', pgen.ps(to_char(r.ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')),
           'isOpportunistic', pgen.pb(false), 'causeAction', pgen.ps('edit-page'), 'causeAgent', pgen.ps(r.who), 'requestId', pgen.ps(pgen.rnd('reqid', r.rev_id, 24)))
         WHEN 'htmlCacheUpdate' THEN pgen.pa('table', pgen.ps('templatelinks'), 'recursive', pgen.pb(true), 'rootJobIsSelf', pgen.pb(true), 'rootJobSignature', pgen.ps(pgen.hex('rjs2', r.rev_id, 40)),
           'rootJobTimestamp', pgen.ps(to_char(r.ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')), 'causeAction', pgen.ps('page-edit'), 'causeAgent', pgen.ps(r.who), 'namespace', pgen.pi(g.ns), 'title', pgen.ps(g.title),
           'requestId', pgen.ps(pgen.rnd('reqid', r.rev_id, 24)))
         ELSE pgen.pa('editor', pgen.ps(r.who), 'editorID', pgen.pi(coalesce(r.uid, 0)), 'timestamp', pgen.ps(to_char(r.ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')), 'summary', pgen.ps(r.summary),
           'minorEdit', pgen.pb(r.kind = 'minor'), 'oldid', pgen.pi(coalesce(r.parent, 0)), 'watchers', pgen.pl(VARIADIC ARRAY(SELECT pgen.pi(w.wl_user) FROM watchlist w WHERE w.wl_namespace = g.ns AND w.wl_title = g.title ORDER BY w.wl_user LIMIT 4)),
           'pageStatus', pgen.ps('changed'), 'namespace', pgen.pi(g.ns), 'title', pgen.ps(g.title), 'requestId', pgen.ps(pgen.rnd('reqid', r.rev_id, 24))) END,
       j.cmd <> 'enotifNotify'
FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id
CROSS JOIN (VALUES ('refreshLinks'), ('htmlCacheUpdate'), ('enotifNotify')) j(cmd)
WHERE r.ts > '2024-09-24 00:00+00' AND (j.cmd <> 'htmlCacheUpdate' OR g.ns = 10 OR r.rev_id % 3 = 0)
  AND (j.cmd <> 'enotifNotify' OR EXISTS (SELECT 1 FROM watchlist w WHERE w.wl_namespace = g.ns AND w.wl_title = g.title));
-- chunked uploads waiting to be assembled and published: the job carries the uploader's session
INSERT INTO pgen.jb
SELECT us.us_timestamp + interval '3 seconds', CASE WHEN us.us_status = 'chunks' THEN 'AssembleUploadChunks' ELSE 'PublishStashedFile' END, -1, 'UploadStashAdder'
       || CASE WHEN us.us_status = 'chunks' THEN '' ELSE '/' || us.us_key END,
       pgen.pa('filename', pgen.ps(replace(fixture_gen.pick(ARRAY['Herriko jaiak', 'Amonaren baserria', 'Frontoia', 'Bertso saioa', 'Portua'], 'jbfn', us.us_id), ' ', '_') || '_' || to_char(us.us_timestamp, 'YYYY') || '.jpg'),
         'filekey', pgen.ps(us.us_key), 'comment', pgen.ps(fixture_gen.pick(ARRAY['', 'Nire argazkia', 'Familiaren artxiboa'], 'jbcm', us.us_id)),
         'text', pgen.ps('{{Information|Deskribapena=' || fixture_gen.pick(ARRAY['Herriko jaiak', 'Amonaren baserria', 'Frontoia'], 'jbtx', us.us_id) || '|Egilea=' || coalesce(nullif(m.user_real_name, ''), m.user_name) || '}}'),
         'watch', pgen.pb(true),
         'session', pgen.pa('ip', pgen.ps(ip.ip), 'headers', pgen.pa('USER-AGENT', pgen.ps(ua.ua), 'COOKIE', pgen.ps('herriwiki_session=' || pgen.lower('jbses', us.us_id, 32) || '; herriwikiUserID=' || m.user_id
             || '; herriwikiUserName=' || replace(m.user_name, ' ', '+') || CASE WHEN us.us_id % 2 = 0 THEN '; herriwikiToken=' || pgen.hex('jbtok', us.us_id, 32) ELSE '' END),
             'ACCEPT-LANGUAGE', pgen.ps('eu,es;q=0.8,en;q=0.5')), 'sessionId', pgen.ps(pgen.lower('jbses', us.us_id, 32)), 'userId', pgen.pi(m.user_id))),
       false
FROM uploadstash us JOIN mwuser m ON m.user_id = us.us_user JOIN pgen.u u ON u.id = us.us_user JOIN pgen.ip ip ON ip.k = u.ipk JOIN pgen.ua ua ON ua.k = u.uak
WHERE us.us_timestamp > '2024-09-26 00:00+00';
-- Echo notification fan-out, thumbnails, watch counts, CDN purges of user pages
INSERT INTO pgen.jb
SELECT t, cmd, ns, title, params, true FROM (
  SELECT pgen.at('jbe', k, '2024-09-29 12:00+00', '2024-09-30 15:00+00') AS t, 'EchoNotificationJob' AS cmd, 3 AS ns, replace(pgen.uname(pgen.pick_user('jbeu', k, '2024-09-01', 'active')), ' ', '_') AS title,
         pgen.pa('eventId', pgen.pi(70000 + k * 13), 'userIds', pgen.pl(pgen.pi(pgen.pick_user('jbeu', k, '2024-09-01', 'active'))), 'requestId', pgen.ps(pgen.rnd('reqe', k, 24))) AS params
  FROM generate_series(1, 12) k
  UNION ALL
  SELECT pgen.at('jbt', g.k, '2024-09-29 12:00+00', '2024-09-30 15:00+00'), 'ThumbnailRender', 6, f.name,
         pgen.pa('transformParams', pgen.pa('width', pgen.pi((ARRAY[120, 250, 320, 800])[1 + g.k % 4])), 'namespace', pgen.pi(6), 'title', pgen.ps(f.name), 'requestId', pgen.ps(pgen.rnd('reqt', g.k, 24)))
  FROM generate_series(1, 10) g(k) JOIN pgen.f f ON f.k = 1 + (g.k * 11) % 115
  UNION ALL
  SELECT pgen.at('jba', k, '2024-09-29 12:00+00', '2024-09-30 15:00+00'), 'activityUpdateJob', 2, replace(pgen.uname(uid), ' ', '_'),
         pgen.pa('type', pgen.ps('updateWatchCounts'), 'userid', pgen.pi(uid), 'notifTime', pgen.ps('20240930' || lpad((k * 3)::text, 6, '0')), 'curTime', pgen.ps('20240930' || lpad((k * 3 + 5)::text, 6, '0')))
  FROM generate_series(1, 8) k CROSS JOIN LATERAL (SELECT pgen.pick_user('jbau', k, '2024-09-01', 'any') AS uid) x
  UNION ALL
  SELECT pgen.at('jbc', k, '2024-09-29 12:00+00', '2024-09-30 15:00+00'), 'cdnPurge', -1, 'CdnCacheUpdate',
         pgen.pa('urls', pgen.pl(pgen.ps('https://herriwiki.eus/wiki/Lankide:' || replace(pgen.uname(pgen.pick_user('jbcu', k, '2024-09-01', 'any')), ' ', '_')),
           pgen.ps('https://herriwiki.eus/w/index.php?title=Lankide_eztabaida:' || replace(pgen.uname(pgen.pick_user('jbcu', k, '2024-09-01', 'any')), ' ', '_') || '&action=history')), 'requestId', pgen.ps(pgen.rnd('reqc', k, 24)))
  FROM generate_series(1, 8) k) x;
INSERT INTO job (job_cmd, job_namespace, job_title, job_timestamp, job_params, job_random, job_attempts, job_token, job_token_timestamp, job_sha1)
SELECT j.cmd, j.ns, j.title, j.t, j.params, fixture_gen.n('jbr', x.rk, 2147483646), CASE WHEN x.rk % 11 = 0 THEN 1 + x.rk % 3 ELSE 0 END,
       CASE WHEN x.rk % 7 = 0 THEN pgen.hex('jbclaim', x.rk, 32) ELSE '' END, CASE WHEN x.rk % 7 = 0 THEN j.t + interval '40 seconds' END,
       CASE WHEN j.dedup THEN fixture_gen.chars('jbsha' || md5(j.cmd || j.ns || j.title), 0, 31, '0123456789abcdefghijklmnopqrstuvwxyz') ELSE '' END
FROM pgen.jb j JOIN (SELECT ctid AS c, row_number() OVER (ORDER BY t, cmd, title) AS rk FROM pgen.jb) x ON x.c = j.ctid ORDER BY x.rk;
UPDATE job SET job_id = job_id + 5188000;

-- ---------------------------------------------------------------------------
-- Echo notifications (with LoginNotify's login events) and WikiLove.

CREATE TABLE echo_event (
  event_id SERIAL NOT NULL,
  event_type TEXT NOT NULL,
  event_agent_id INT DEFAULT NULL,
  event_agent_ip TEXT DEFAULT NULL,
  event_extra TEXT DEFAULT NULL,
  event_page_id INT DEFAULT NULL,
  event_deleted SMALLINT DEFAULT 0 NOT NULL,
  PRIMARY KEY(event_id)
);
CREATE INDEX echo_event_type ON echo_event (event_type);
CREATE INDEX echo_event_page_id ON echo_event (event_page_id);
CREATE TABLE echo_notification (
  notification_event INT NOT NULL,
  notification_user INT NOT NULL,
  notification_timestamp TIMESTAMPTZ NOT NULL,
  notification_read_timestamp TIMESTAMPTZ DEFAULT NULL,
  notification_bundle_hash TEXT NOT NULL,
  PRIMARY KEY(notification_user, notification_event)
);
CREATE INDEX echo_user_timestamp ON echo_notification (notification_user, notification_timestamp);
CREATE INDEX echo_notification_event ON echo_notification (notification_event);
CREATE INDEX echo_notification_user_read_timestamp ON echo_notification (notification_user, notification_read_timestamp);

CREATE TABLE pgen.ev (ts timestamptz, type text, agent int, agent_ip text, extra text, page int, deleted int, recipient int, bundle text);
INSERT INTO pgen.ev
SELECT u.reg + interval '1 second', 'welcome', u.id, NULL, NULL, NULL, 0, u.id, '' FROM pgen.u u WHERE u.kind = 'person' AND u.reg > '2022-01-01'
UNION ALL
SELECT r.ts, 'edit-user-talk', r.uid, CASE WHEN r.uid IS NULL THEN r.who END,
       pgen.pa('revid', pgen.pi(r.rev_id), 'section-title', pgen.ps(coalesce(substring(r.delta FROM '== (.*?) =='), '')),
         'section-text', pgen.ps(left(regexp_replace(regexp_replace(r.delta, '==[^=]*==|\[\[[^]]*\]\]|\{\{[^}]*\}\}', '', 'g'), '\s+', ' ', 'g'), 150))),
       g.page_id, r.deleted, g.subj, md5('edit-user-talk-' || g.page_id)
FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE g.kind = 'usertalk' AND r.j > 1 AND r.uid IS DISTINCT FROM g.subj AND r.ts > '2022-01-01'
UNION ALL
SELECT r.ts, 'reverted', r.uid, NULL, pgen.pa('revid', pgen.pi(r.rev_id), 'reverted-revision-id', pgen.pi(v.rev_id), 'method', pgen.ps('rollback')), r.page_id, 0, v.uid, ''
FROM pgen.rv r JOIN pgen.rv v ON v.page_id = r.page_id AND v.j = r.j - 1 WHERE r.kind = 'revert' AND v.uid IS NOT NULL AND r.ts > '2022-01-01'
UNION ALL
SELECT r.ts, 'mention', r.uid, NULL,
       pgen.pa('content', pgen.ps(left(regexp_replace(r.delta, '\s+', ' ', 'g'), 140)), 'section-title', pgen.ps(coalesce(substring(r.delta FROM '== (.*?) =='), '')), 'revid', pgen.pi(r.rev_id),
         'mentioned-users', pgen.pl(pgen.pi(m.id))),
       r.page_id, 0, m.id, ''
FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id JOIN pgen.u m ON r.delta LIKE '%[[Lankide:' || m.name || ']]%' OR r.delta LIKE '%[[Lankide:' || m.name || '|%'
WHERE r.kind = 'post' AND g.kind IN ('project', 'talk') AND r.uid IS NOT NULL AND m.id <> r.uid AND r.ts > '2022-01-01'
UNION ALL
SELECT l.ts, 'edit-thank', a.id, NULL, pgen.pa('revid', pgen.pi(coalesce((SELECT max(rev_id) FROM pgen.rv WHERE who = replace(l.title, '_', ' ') AND ts < l.ts), 0)), 'thanked-user-id', pgen.pi(t.id), 'source', pgen.ps('diff'),
         'excerpt', pgen.ps(coalesce((SELECT summary FROM pgen.rv WHERE who = replace(l.title, '_', ' ') AND ts < l.ts ORDER BY ts DESC LIMIT 1), ''))), NULL, 0, t.id, ''
FROM pgen.lg l JOIN pgen.u a ON a.name = l.who JOIN pgen.u t ON t.name = replace(l.title, '_', ' ') WHERE l.type = 'thanks' AND l.ts > '2022-01-01'
UNION ALL
SELECT l.ts, 'user-rights', a.id, NULL, pgen.pa('user', pgen.pi(t.id), 'add', substring(l.params FROM 's:12:"5::newgroups";(a:[0-9]+:\{[^}]*\})'), 'remove', 'a:0:{}', 'reason', pgen.ps(l.comment)), NULL, 0, t.id, ''
FROM pgen.lg l JOIN pgen.u a ON a.name = l.who JOIN pgen.u t ON t.name = replace(l.title, '_', ' ') WHERE l.type = 'rights' AND l.ts > '2020-01-01'
UNION ALL
SELECT pgen.at('evlf', k, '2024-01-01', '2024-09-30'), CASE WHEN k % 3 = 0 THEN 'login-fail-known' ELSE 'login-fail-new' END, u.id, NULL, pgen.pa('count', pgen.pi(CASE WHEN k % 3 = 0 THEN 5 + k % 20 ELSE 1 END)), NULL, 0, u.id, ''
FROM generate_series(1, 40) k JOIN pgen.u u ON u.id = pgen.pick_user('evlfu', k, '2023-12-01', CASE WHEN k % 2 = 0 THEN 'admin' ELSE 'active' END)
UNION ALL
SELECT pgen.at('evls', k, '2024-03-01', '2024-09-30'), 'login-success', u.id, NULL, NULL, NULL, 0, u.id, ''
FROM generate_series(1, 14) k JOIN pgen.u u ON u.id = pgen.pick_user('evlsu', k, '2024-02-01', 'active')
UNION ALL
SELECT pgen.at('evem', k, '2023-01-01', '2024-09-30'), 'emailuser', a.id, NULL, NULL, NULL, 0, t.id, ''
FROM generate_series(1, 20) k JOIN pgen.u a ON a.id = pgen.pick_user('evema', k, '2022-12-01', 'any') JOIN pgen.u t ON t.id = pgen.pick_user('evemt', k, '2022-12-01', 'active')
UNION ALL
SELECT pgen.at('evty', u.id, greatest(u.reg, '2022-01-01'), '2024-09-30'), 'thank-you-edit', u.id, NULL, pgen.pa('editCount', pgen.pi((ARRAY[1, 10, 100, 1000])[1 + u.id % 4])), NULL, 0, u.id, ''
FROM pgen.u u WHERE u.kind = 'person' AND fixture_gen.n('evty', u.id, 4) = 0;
DELETE FROM pgen.ev WHERE recipient IS NULL OR recipient NOT IN (SELECT id FROM pgen.u WHERE kind IN ('person', 'role', 'bot'));
ALTER TABLE pgen.ev ADD COLUMN id int;
UPDATE pgen.ev e SET id = 60000 + x.rk * 7 + fixture_gen.n('evid', x.rk, 5) FROM (SELECT ctid AS c, row_number() OVER (ORDER BY ts, type) AS rk FROM pgen.ev) x WHERE x.c = e.ctid;
INSERT INTO echo_event SELECT id, type, agent, agent_ip, extra, page, deleted FROM pgen.ev ORDER BY id;
INSERT INTO echo_notification
SELECT e.id, e.recipient, e.ts, CASE WHEN e.ts < '2024-09-20' OR fixture_gen.n('enr', e.id, 3) = 0 THEN e.ts + make_interval(mins => 3 + fixture_gen.n('enrt', e.id, 20000)) END, e.bundle
FROM pgen.ev e ORDER BY e.id;

CREATE TABLE wikilove_log (
  wll_id SERIAL NOT NULL,
  wll_timestamp TIMESTAMPTZ NOT NULL,
  wll_sender INT NOT NULL,
  wll_sender_registration TIMESTAMPTZ DEFAULT NULL,
  wll_sender_editcount INT DEFAULT NULL,
  wll_receiver INT NOT NULL,
  wll_receiver_registration TIMESTAMPTZ DEFAULT NULL,
  wll_receiver_editcount INT DEFAULT NULL,
  wll_type TEXT NOT NULL,
  wll_subject TEXT NOT NULL,
  wll_message TEXT NOT NULL,
  wll_email SMALLINT DEFAULT 0 NOT NULL,
  PRIMARY KEY(wll_id)
);
CREATE INDEX wll_timestamp ON wikilove_log (wll_timestamp);
CREATE INDEX wll_type_time ON wikilove_log (wll_type, wll_timestamp);
CREATE INDEX wll_sender_time ON wikilove_log (wll_sender, wll_timestamp);
CREATE INDEX wll_receiver_time ON wikilove_log (wll_receiver, wll_timestamp);
INSERT INTO wikilove_log (wll_timestamp, wll_sender, wll_sender_registration, wll_sender_editcount, wll_receiver, wll_receiver_registration, wll_receiver_editcount, wll_type, wll_subject, wll_message, wll_email)
SELECT x.t, s.user_id, s.user_registration, greatest(1, s.user_editcount - k * 3), r.user_id, r.user_registration, greatest(0, r.user_editcount - k * 2), x.typ,
       CASE x.typ WHEN 'food-coffee' THEN 'Kafe bat zuretzat!' WHEN 'food-pie' THEN 'Sagar tarta bat' WHEN 'kitten' THEN 'Katutxo bat!'
         WHEN 'makeyourown' THEN 'Eskerrik asko, ' || split_part(coalesce(nullif(r.user_real_name, ''), r.user_name), ' ', 1) || '!' ELSE 'Izar bat zuretzat' END,
       CASE k % 7
         WHEN 0 THEN 'Eskerrik asko ' || (SELECT replace(title, '_', ' ') FROM pgen.pg WHERE kind = 'village' ORDER BY md5('wl' || k || page_id) LIMIT 1) || ' artikuluarengatik! Larunbatean bertso saioan ikusiko gara. ~~~~'
         WHEN 1 THEN 'Zorionak zure ' || (100 * (1 + k % 9)) || '. ediziogatik. ~~~~'
         WHEN 2 THEN 'Mil gracias por las fotos de tu abuelo, ' || split_part(coalesce(nullif(r.user_real_name, ''), r.user_name), ' ', 1) || '. Mi madre también es de ' || p.city || '. Escríbeme: ' || coalesce(nullif(s.user_email, ''), 'kaixo@herriwiki.eus') || ' ~~~~'
         WHEN 3 THEN 'Thanks for fixing all those typos in the diaspora articles! Greetings from ' || (SELECT city FROM pgen.p WHERE i = coalesce(su.pid, 1)) || '. ~~~~'
         WHEN 4 THEN 'Kakatxoren bandalismoa hain azkar desegiteagatik. Zu gabe ezingo genuke. ~~~~'
         WHEN 5 THEN 'Zorionak urtebetetzean! ' || extract(year FROM age(timestamptz '2024-09-30', (SELECT born FROM pgen.p WHERE i = ru.pid)::timestamptz))::int || ' urte eta oraindik gazte :) ~~~~'
         ELSE 'Mila esker batzarrean laguntzeagatik. ~~~~' END,
       CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 72) k
CROSS JOIN LATERAL (SELECT pgen.at('wlt', k, '2015-06-01', '2024-09-30') AS t,
  fixture_gen.pick(ARRAY['barnstar-normal', 'barnstar-original', 'barnstar-admins', 'food-coffee', 'food-pie', 'kitten', 'makeyourown'], 'wlty', k) AS typ) x
JOIN mwuser s ON s.user_id = pgen.pick_user('wls', k, x.t, 'active')
JOIN mwuser r ON r.user_id = pgen.pick_user('wlr', k, x.t, 'any')
JOIN pgen.u su ON su.id = s.user_id JOIN pgen.u ru ON ru.id = r.user_id JOIN pgen.p p ON p.i = ru.pid
WHERE s.user_id <> r.user_id
ORDER BY x.t;

-- ---------------------------------------------------------------------------
-- CheckUser: 90 days of edits, log actions and private events with the
-- address, X-Forwarded-For and user agent of each; the checks made.

CREATE FUNCTION pgen.v4hex(ip text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT upper(lpad(to_hex(split_part(ip, '.', 1)::int), 2, '0') || lpad(to_hex(split_part(ip, '.', 2)::int), 2, '0') || lpad(to_hex(split_part(ip, '.', 3)::int), 2, '0') || lpad(to_hex(split_part(ip, '.', 4)::int), 2, '0'))
$$;
CREATE FUNCTION pgen.iphex(a text) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce((SELECT hex FROM pgen.ip WHERE ip = a LIMIT 1), CASE WHEN a ~ '^[0-9.]+$' THEN pgen.v4hex(a) END) $$;
CREATE FUNCTION pgen.ua_of(who text, tag text, i bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT ua FROM pgen.ua WHERE k = coalesce(CASE WHEN fixture_gen.n(tag, i, 5) = 0 THEN NULL ELSE (SELECT uak FROM pgen.u WHERE name = who) END, 1 + fixture_gen.n(tag || 'r', i, 12))
$$;
-- X-Forwarded-For: empty for most; a carrier or corporate proxy chain for some.
CREATE FUNCTION pgen.xff(ip text, tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 10) WHEN 0 THEN ip || ', 10.64.' || fixture_gen.n(tag || 'a', i, 255) || '.' || fixture_gen.n(tag || 'b', i, 255)
    WHEN 1 THEN ip WHEN 2 THEN 'unknown, ' || ip ELSE '' END
$$;

CREATE TABLE cu_changes (
  cuc_id SERIAL NOT NULL,
  cuc_namespace INT DEFAULT 0 NOT NULL,
  cuc_title TEXT DEFAULT '' NOT NULL,
  cuc_actor BIGINT DEFAULT 0 NOT NULL,
  cuc_actiontext TEXT DEFAULT '' NOT NULL,
  cuc_comment TEXT DEFAULT '' NOT NULL,
  cuc_comment_id BIGINT DEFAULT 0 NOT NULL,
  cuc_minor SMALLINT DEFAULT 0 NOT NULL,
  cuc_page_id INT DEFAULT 0 NOT NULL,
  cuc_this_oldid INT DEFAULT 0 NOT NULL,
  cuc_last_oldid INT DEFAULT 0 NOT NULL,
  cuc_type SMALLINT DEFAULT 0 NOT NULL,
  cuc_timestamp TIMESTAMPTZ NOT NULL,
  cuc_ip VARCHAR(255) DEFAULT '',
  cuc_ip_hex VARCHAR(255) DEFAULT NULL,
  cuc_xff TEXT DEFAULT '',
  cuc_xff_hex VARCHAR(255) DEFAULT NULL,
  cuc_agent TEXT DEFAULT NULL,
  cuc_private TEXT DEFAULT NULL,
  cuc_only_for_read_old SMALLINT DEFAULT 0 NOT NULL,
  PRIMARY KEY(cuc_id)
);
CREATE INDEX cuc_ip_hex_time ON cu_changes (cuc_ip_hex, cuc_timestamp);
CREATE INDEX cuc_xff_hex_time ON cu_changes (cuc_xff_hex, cuc_timestamp);
CREATE INDEX cuc_timestamp ON cu_changes (cuc_timestamp);
CREATE INDEX cuc_actor_ip_time ON cu_changes (cuc_actor, cuc_ip, cuc_timestamp);
CREATE TABLE pgen.cux (ts timestamptz, ns int, title text, who text, actiontext text, comment_id bigint, minor int, page int, this_old int, last_old int, typ int, ip text, xff text, agent text, private text, read_old int, tag bigint);
-- edits: the address recorded in recent changes
INSERT INTO pgen.cux
SELECT rc.ts, rc.ns, rc.title, rc.who, '', rc.comment_id, rc.minor, rc.cur, rc.this_old, rc.last_old, rc.typ, rc.ip, pgen.xff(rc.ip, 'cuxff', rc.rc_id), pgen.ua_of(rc.who, 'cuua', rc.rc_id), NULL, 0, rc.rc_id
FROM pgen.rc rc WHERE rc.typ IN (0, 1);
-- log actions, written to cu_changes as well while the event tables migrate (read-old rows)
INSERT INTO pgen.cux
SELECT rc.ts, rc.ns, rc.title, rc.who,
       CASE rc.log_type
         WHEN 'block' THEN '[[Lankide:' || replace(rc.title, '_', ' ') || ']] blokeatu du' || CASE WHEN rc.params LIKE '%infinite%' THEN ' betiko' ELSE '' END
         WHEN 'newusers' THEN 'kontu berria sortu du: [[Lankide:' || replace(rc.title, '_', ' ') || ']]'
         WHEN 'delete' THEN '«[[' || replace(rc.title, '_', ' ') || ']]» ezabatu du'
         WHEN 'upload' THEN '«[[Fitxategi:' || replace(rc.title, '_', ' ') || ']]» igo du'
         WHEN 'renameuser' THEN 'lankide izena aldatu du: ' || coalesce(substring(rc.params FROM '4::olduser";s:[0-9]+:"([^"]*)"'), '') || ' → ' || replace(rc.title, '_', ' ')
         WHEN 'rights' THEN '[[Lankide:' || replace(rc.title, '_', ' ') || ']] lankidearen taldeak aldatu ditu'
         WHEN 'thanks' THEN '[[Lankide:' || replace(rc.title, '_', ' ') || ']] lankideari eskerrak eman dizkio'
         ELSE rc.log_type || '/' || rc.log_action || ' [[' || replace(rc.title, '_', ' ') || ']]' END,
       rc.comment_id, 0, rc.cur, 0, 0, 3, rc.ip, pgen.xff(rc.ip, 'cuxffl', rc.rc_id), pgen.ua_of(rc.who, 'cuual', rc.rc_id), NULL, 1, rc.rc_id
FROM pgen.rc rc WHERE rc.typ = 3 AND rc.log_type NOT IN ('abusefilter');
UPDATE pgen.cux SET ip = coalesce(ip, '127.0.0.1');
INSERT INTO cu_changes (cuc_id, cuc_namespace, cuc_title, cuc_actor, cuc_actiontext, cuc_comment, cuc_comment_id, cuc_minor, cuc_page_id, cuc_this_oldid, cuc_last_oldid, cuc_type, cuc_timestamp,
  cuc_ip, cuc_ip_hex, cuc_xff, cuc_xff_hex, cuc_agent, cuc_private, cuc_only_for_read_old)
SELECT 4410000 + row_number() OVER (ORDER BY c.ts, c.tag), c.ns, c.title, a.actor_id, c.actiontext, '', c.comment_id, c.minor, c.page, c.this_old, c.last_old, c.typ, c.ts,
       c.ip, pgen.iphex(c.ip), c.xff, CASE WHEN c.xff <> '' THEN pgen.iphex(split_part(replace(c.xff, 'unknown, ', ''), ',', 1)) END, c.agent, c.private, c.read_old
FROM pgen.cux c JOIN actor a ON a.actor_name = c.who ORDER BY c.ts, c.tag;

CREATE TABLE cu_log_event (
  cule_id BIGSERIAL NOT NULL,
  cule_log_id INT DEFAULT 0 NOT NULL,
  cule_actor BIGINT NOT NULL,
  cule_timestamp TIMESTAMPTZ NOT NULL,
  cule_ip VARCHAR(255) DEFAULT '',
  cule_ip_hex VARCHAR(255) DEFAULT NULL,
  cule_xff TEXT DEFAULT '',
  cule_xff_hex VARCHAR(255) DEFAULT NULL,
  cule_agent TEXT DEFAULT NULL,
  PRIMARY KEY(cule_id)
);
CREATE INDEX cule_ip_hex_time ON cu_log_event (cule_ip_hex, cule_timestamp);
CREATE INDEX cule_xff_hex_time ON cu_log_event (cule_xff_hex, cule_timestamp);
CREATE INDEX cule_timestamp ON cu_log_event (cule_timestamp);
CREATE INDEX cule_actor_ip_time ON cu_log_event (cule_actor, cule_ip, cule_timestamp);
INSERT INTO cu_log_event (cule_id, cule_log_id, cule_actor, cule_timestamp, cule_ip, cule_ip_hex, cule_xff, cule_xff_hex, cule_agent)
SELECT 31000 + row_number() OVER (ORDER BY l.ts, l.log_id), l.log_id, a.actor_id, l.ts, x.ip, pgen.iphex(x.ip), x.xff, CASE WHEN x.xff <> '' THEN pgen.iphex(split_part(replace(x.xff, 'unknown, ', ''), ',', 1)) END,
       pgen.ua_of(l.who, 'culeua', l.log_id)
FROM pgen.lg l JOIN actor a ON a.actor_name = l.who
CROSS JOIN LATERAL (SELECT coalesce(rc.ip, pgen.ip_of(l.who, 'culeip', l.log_id), '127.0.0.1') AS ip, pgen.xff(coalesce(rc.ip, pgen.ip_of(l.who, 'culeip', l.log_id), '127.0.0.1'), 'culexff', l.log_id) AS xff
  FROM (SELECT NULL::text AS z) d LEFT JOIN pgen.rc rc ON rc.logid = l.log_id) x
WHERE l.ts >= '2024-07-02' ORDER BY l.ts, l.log_id;

CREATE TABLE cu_private_event (
  cupe_id BIGSERIAL NOT NULL,
  cupe_namespace INT DEFAULT 0 NOT NULL,
  cupe_title TEXT DEFAULT '' NOT NULL,
  cupe_actor BIGINT DEFAULT 0 NOT NULL,
  cupe_log_type TEXT DEFAULT '' NOT NULL,
  cupe_log_action TEXT DEFAULT '' NOT NULL,
  cupe_params TEXT NOT NULL,
  cupe_comment_id BIGINT DEFAULT 0 NOT NULL,
  cupe_page INT DEFAULT 0 NOT NULL,
  cupe_timestamp TIMESTAMPTZ NOT NULL,
  cupe_ip VARCHAR(255) DEFAULT '',
  cupe_ip_hex VARCHAR(255) DEFAULT NULL,
  cupe_xff TEXT DEFAULT '',
  cupe_xff_hex VARCHAR(255) DEFAULT NULL,
  cupe_agent TEXT DEFAULT NULL,
  cupe_private TEXT DEFAULT NULL,
  PRIMARY KEY(cupe_id)
);
CREATE INDEX cupe_ip_hex_time ON cu_private_event (cupe_ip_hex, cupe_timestamp);
CREATE INDEX cupe_xff_hex_time ON cu_private_event (cupe_xff_hex, cupe_timestamp);
CREATE INDEX cupe_timestamp ON cu_private_event (cupe_timestamp);
CREATE INDEX cupe_actor_ip_time ON cu_private_event (cupe_actor, cupe_ip, cupe_timestamp);
INSERT INTO cu_private_event (cupe_id, cupe_namespace, cupe_title, cupe_actor, cupe_log_type, cupe_log_action, cupe_params, cupe_comment_id, cupe_page, cupe_timestamp,
  cupe_ip, cupe_ip_hex, cupe_xff, cupe_xff_hex, cupe_agent, cupe_private)
SELECT 52000 + row_number() OVER (ORDER BY e.t, e.k), 2, replace(u.name, ' ', '_'), coalesce((SELECT actor_id FROM actor WHERE actor_name = e.performer), 0), 'checkuser-private-event', e.action,
       CASE e.action WHEN 'login-failure' THEN pgen.pa('4::target', pgen.ps(u.name)) WHEN 'login-failure-with-good-password' THEN pgen.pa('4::target', pgen.ps(u.name))
         WHEN 'password-reset-email-sent' THEN pgen.pa('4::receiver', pgen.ps(u.name)) WHEN 'email-sent' THEN pgen.pa('4::hash', pgen.ps(pgen.hex('cupeh', e.k, 32)))
         ELSE 'a:0:{}' END,
       pgen.cid(''), 0, e.t, e.ip, pgen.iphex(e.ip), pgen.xff(e.ip, 'cupexff', e.k), CASE WHEN pgen.xff(e.ip, 'cupexff', e.k) <> '' THEN pgen.iphex(e.ip) END,
       (SELECT ua FROM pgen.ua WHERE k = CASE WHEN e.action LIKE 'login-failure%' AND e.k % 3 = 0 THEN 13 + e.k % 3 ELSE u.uak END), NULL
FROM (SELECT k, pgen.at('cupet', k, '2024-07-02', '2024-09-30 15:00+00') AS t,
             fixture_gen.pick(ARRAY['login-success', 'login-success', 'login-success', 'login-success', 'user-logout', 'login-failure', 'login-failure', 'login-failure-with-good-password',
               'password-reset-email-sent', 'email-sent'], 'cupea', k) AS action,
             pgen.pick_user('cupeu', k, '2024-06-30', CASE WHEN k % 3 = 0 THEN 'active' WHEN k % 11 = 0 THEN 'admin' ELSE 'any' END) AS uid
      FROM generate_series(1, 230) k) e0
JOIN pgen.u u ON u.id = e0.uid
CROSS JOIN LATERAL (SELECT e0.k, e0.t, e0.action,
  CASE WHEN e0.action LIKE 'login-failure%' AND e0.k % 3 = 0 THEN pgen.pick_ip('cupefip', e0.k) WHEN e0.k % 4 = 0 THEN pgen.pick_ip('cupeip', e0.k) ELSE (SELECT ip FROM pgen.ip WHERE k = u.ipk) END AS ip,
  CASE WHEN e0.action LIKE 'login-failure%' THEN CASE WHEN e0.k % 3 = 0 THEN pgen.pick_ip('cupefip', e0.k) ELSE u.name END ELSE u.name END AS performer) e
ORDER BY e.t, e.k;

CREATE TABLE cu_log (
  cul_id SERIAL NOT NULL,
  cul_timestamp TIMESTAMPTZ NOT NULL,
  cul_actor BIGINT NOT NULL,
  cul_reason_id BIGINT NOT NULL,
  cul_reason_plaintext_id BIGINT NOT NULL,
  cul_type TEXT NOT NULL,
  cul_target_id INT DEFAULT 0 NOT NULL,
  cul_target_text TEXT NOT NULL,
  cul_target_hex TEXT DEFAULT '' NOT NULL,
  cul_range_start TEXT DEFAULT '' NOT NULL,
  cul_range_end TEXT DEFAULT '' NOT NULL,
  PRIMARY KEY(cul_id)
);
CREATE INDEX cul_actor_time ON cu_log (cul_actor, cul_timestamp);
CREATE INDEX cul_type_target ON cu_log (cul_type, cul_target_id, cul_timestamp);
CREATE INDEX cul_target_hex ON cu_log (cul_target_hex, cul_timestamp);
CREATE INDEX cul_range_start ON cu_log (cul_range_start, cul_timestamp);
CREATE INDEX cul_timestamp ON cu_log (cul_timestamp);
INSERT INTO cu_log (cul_id, cul_timestamp, cul_actor, cul_reason_id, cul_reason_plaintext_id, cul_type, cul_target_id, cul_target_text, cul_target_hex, cul_range_start, cul_range_end)
SELECT 900 + k * 3, c.t, pgen.ua_actor(c.by), pgen.cid(c.reason), pgen.cid(regexp_replace(c.reason, '\[\[(?:[^|\]]*\|)?([^\]]*)\]\]', '\1', 'g')), c.typ, coalesce(c.tid, 0), c.target,
       CASE WHEN c.typ IN ('ipedits', 'ipusers') AND c.target !~ '/' THEN pgen.iphex(c.target) ELSE '' END,
       CASE WHEN c.target = '83.213.64.0/18' THEN '53D54000' WHEN c.target = '2800:810:0:0:0:0:0:0/32' THEN 'v6-28000810000000000000000000000000' ELSE '' END,
       CASE WHEN c.target = '83.213.64.0/18' THEN '53D57FFF' WHEN c.target = '2800:810:0:0:0:0:0:0/32' THEN 'v6-28000810FFFFFFFFFFFFFFFFFFFFFFFF' ELSE '' END
FROM (SELECT k, pgen.at('cult', k, '2023-10-01', '2024-09-30 14:00+00') AS t, CASE WHEN k % 3 = 0 THEN 6 ELSE 4 END AS by,
        (ARRAY['userips', 'userips', 'ipusers', 'ipedits', 'useredits', 'investigate'])[1 + k % 6] AS typ,
        CASE WHEN k % 6 IN (0, 1, 4, 5) THEN 341 + fixture_gen.n('cultu', k, 24) END AS tid,
        CASE WHEN k % 6 IN (0, 1, 4, 5) THEN pgen.uname(341 + fixture_gen.n('cultu', k, 24)) WHEN k % 10 = 2 THEN '83.213.64.0/18' WHEN k % 10 = 3 THEN '2800:810:0:0:0:0:0:0/32' ELSE pgen.pick_ip('cultip', k) END AS target,
        CASE k % 5 WHEN 0 THEN '[[Herriwiki:Egiaztapen eskaerak#' || pgen.uname(341 + fixture_gen.n('cultu', k, 24)) || ']]'
          WHEN 1 THEN 'Kakatxo LTA: kontu berriak bilatzen'
          WHEN 2 THEN 'Txotxongiloak bozketan? ' || pgen.uname(pgen.pick_user('cultr', k, '2024-08-01', 'any')) || ' eta ' || pgen.uname(pgen.pick_user('cultr2', k, '2024-08-01', 'any'))
          WHEN 3 THEN 'Mehatxuak e-postaz ' || (SELECT full_name FROM pgen.p WHERE i = 501 + k % 140) || 'ri; Ertzaintzaren eskaera (2023-11-04)'
          ELSE 'Inpertsonazioa: [[Lankide:Txantxangorri]]' END AS reason
      FROM generate_series(1, 48) k) c
ORDER BY c.t;

-- ---------------------------------------------------------------------------
-- AbuseFilter: filters (some private, naming the people they protect or
-- target), their history, and the hits, whose variable dumps are stored in
-- the text table (afl_var_dump = tt:<old_id>). The hit's address is kept for
-- 90 days ($wgAbuseFilterLogIPMaxAge), then blanked.

CREATE FUNCTION pgen.af_actions(acts text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || count(*) || ':{' || coalesce(string_agg(pgen.ps(a) || CASE a
      WHEN 'warn' THEN pgen.pl(pgen.ps('abusefilter-warning-phone')) WHEN 'tag' THEN pgen.pl(pgen.ps('telefono-zenbakia')) WHEN 'disallow' THEN pgen.pl(pgen.ps('abusefilter-disallowed'))
      WHEN 'block' THEN pgen.pl(pgen.ps('blocktalk'), pgen.ps('infinity'), pgen.ps('infinity')) ELSE 'a:0:{}' END, '' ORDER BY o), '') || '}'
  FROM unnest(string_to_array(nullif(acts, ''), ',')) WITH ORDINALITY t(a, o)
$$;

CREATE TABLE abuse_filter (
  af_id BIGSERIAL NOT NULL,
  af_pattern TEXT NOT NULL,
  af_actor BIGINT NOT NULL,
  af_timestamp TIMESTAMPTZ NOT NULL,
  af_enabled SMALLINT DEFAULT 1 NOT NULL,
  af_comments TEXT DEFAULT NULL,
  af_public_comments TEXT DEFAULT NULL,
  af_hidden SMALLINT DEFAULT 0 NOT NULL,
  af_hit_count BIGINT DEFAULT 0 NOT NULL,
  af_throttled SMALLINT DEFAULT 0 NOT NULL,
  af_deleted SMALLINT DEFAULT 0 NOT NULL,
  af_actions VARCHAR(255) DEFAULT '' NOT NULL,
  af_global SMALLINT DEFAULT 0 NOT NULL,
  af_group TEXT DEFAULT 'default' NOT NULL,
  PRIMARY KEY(af_id)
);
CREATE INDEX af_actor ON abuse_filter (af_actor);
CREATE INDEX af_group_enabled ON abuse_filter (af_group, af_enabled, af_id);
INSERT INTO abuse_filter
SELECT a.id, a.pattern, pgen.ua_actor(h.uid), h.ts, a.enabled, a.comments, a.descr, a.hidden, 40 + fixture_gen.n('afhc', a.id, 9000), CASE WHEN a.id = 15 THEN 1 ELSE 0 END, a.deleted, a.actions, 0, 'default'
FROM pgen.af a JOIN pgen.afh h ON h.fid = a.id AND h.v = a.nver ORDER BY a.id;

CREATE TABLE abuse_filter_history (
  afh_id BIGSERIAL NOT NULL,
  afh_filter BIGINT NOT NULL,
  afh_actor BIGINT NOT NULL,
  afh_timestamp TIMESTAMPTZ NOT NULL,
  afh_pattern TEXT NOT NULL,
  afh_comments TEXT NOT NULL,
  afh_flags TEXT NOT NULL,
  afh_public_comments TEXT DEFAULT NULL,
  afh_actions TEXT DEFAULT NULL,
  afh_deleted SMALLINT DEFAULT 0 NOT NULL,
  afh_changed_fields VARCHAR(255) DEFAULT '' NOT NULL,
  afh_group TEXT DEFAULT NULL,
  PRIMARY KEY(afh_id)
);
CREATE INDEX afh_filter ON abuse_filter_history (afh_filter);
CREATE INDEX afh_actor ON abuse_filter_history (afh_actor);
CREATE INDEX afh_timestamp ON abuse_filter_history (afh_timestamp);
INSERT INTO abuse_filter_history
SELECT h.hid, h.fid, pgen.ua_actor(h.uid), h.ts,
       CASE WHEN h.v = a.nver THEN a.pattern WHEN h.v = 1 THEN split_part(a.pattern, E'\n', 1) ELSE regexp_replace(a.pattern, E'\n[^\n]*$', '') END,
       CASE WHEN h.v = a.nver THEN a.comments WHEN h.v = 1 THEN '' ELSE split_part(a.comments, '.', 1) END,
       h.flags, a.descr, pgen.af_actions(CASE WHEN h.v = 1 AND a.actions LIKE '%disallow%' THEN 'warn' ELSE a.actions END), CASE WHEN a.deleted = 1 AND h.v = a.nver THEN 1 ELSE 0 END, h.changed, 'default'
FROM pgen.afh h JOIN pgen.af a ON a.id = h.fid ORDER BY h.hid;

CREATE TABLE pgen.afl (k int, fid int, ts timestamptz, uid int, who text, ip text, action text, actions text, ns int, title text, rev int, summary text, added text, deleted int, old_id int);
INSERT INTO pgen.afl (k, fid, ts, uid, who, ip, action, actions, ns, title, rev, summary, added, deleted)
SELECT row_number() OVER (ORDER BY ts, fid, who, rev_or), fid, ts, uid, who, pgen.ip_of(who, 'aflip', rev_or), action, actions, ns, title, rev, summary, added, del FROM (
  -- saved vandal edits that a filter tagged or warned about
  SELECT CASE WHEN r.txt ~ 'tonto|gezurti' THEN 7 WHEN r.txt ~ 'casino' THEN 5 ELSE 1 END AS fid, r.ts - interval '20 seconds' AS ts, r.uid, r.who, r.rev_id AS rev_or,
         'edit' AS action, CASE WHEN r.txt ~ 'casino' THEN 'disallow' ELSE 'warn,tag' END AS actions, g.ns, g.title, CASE WHEN r.txt ~ 'casino' THEN NULL ELSE r.rev_id END AS rev, r.summary,
         split_part(r.txt, E'\n', 1) AS added, 0 AS del
  FROM pgen.rv r JOIN pgen.pg g ON g.page_id = r.page_id WHERE r.kind = 'vandal' AND r.txt ~ 'tonto|gezurti|casino|Deitu|bizi naiz' AND r.ts > '2016-07-07'
  UNION ALL
  -- the long-term abuser, disallowed
  SELECT 3, pgen.at('afk', k, '2023-11-01', '2024-09-30'), CASE WHEN k % 3 = 0 THEN 346 + k % 3 END, CASE WHEN k % 3 = 0 THEN pgen.uname(346 + k % 3) ELSE '83.213.' || (64 + fixture_gen.n('afko', k, 63)) || '.' || (1 + fixture_gen.n('afko2', k, 254)) END,
         k, 'edit', 'disallow,block', 0, (SELECT title FROM pgen.pg WHERE kind = 'bio' AND title ~ 'Zubizarreta|Urkiola|Arrieta' ORDER BY md5('afk' || k || page_id) LIMIT 1), NULL::int,
         fixture_gen.pick(ARRAY['', 'egia', 'ZUZENKETA', 'datu zuzenak'], 'afks', k),
         fixture_gen.pick(ARRAY['Gorka Zubizarreta ' || (SELECT city FROM pgen.p WHERE i = 503) || 'n bizi da, Errota kalea 7', 'Ane Arrieta gezurtia da eta bere telefonoa 688 41 22 90', 'HERRIWIKI = ZENTSURA'], 'afka', k), 1
  FROM generate_series(1, 26) k
  UNION ALL
  -- account creations with administrators' names
  SELECT 4, pgen.at('afc', k, '2023-01-01', '2024-09-30'), NULL, pgen.pick_ip('afcip', k), 1000 + k, 'createaccount', 'disallow', 2,
         replace(fixture_gen.pick(ARRAY['Urtxintxa2', 'Txantxangorri benetakoa', 'Iñaki Agirre2', 'Mikel Otaegi (ofiziala)', 'Joseba Arrieta Mendizabal 2', 'Urtxintxa_admin'], 'afcn', k), ' ', '_'), NULL::int, '', '', 0
  FROM generate_series(1, 14) k
  UNION ALL
  -- emails, blanking, tests, links, addresses on user pages, ID documents, the family harassed
  SELECT f.fid, pgen.at('afo', k, '2022-10-01', '2024-09-30'), CASE WHEN k % 2 = 0 THEN u.id END, CASE WHEN k % 2 = 0 THEN u.name ELSE pgen.pick_ip('afoip', k) END, 2000 + k,
         CASE WHEN f.fid = 14 THEN 'upload' ELSE 'edit' END, f.acts, CASE WHEN f.fid = 11 THEN 3 WHEN f.fid = 14 THEN 6 ELSE 0 END,
         CASE WHEN f.fid = 14 THEN fixture_gen.pick(ARRAY['Nire_NAN_atzealdea.jpg', 'DNI_escaneado.jpg', 'Pasaportea_2.jpg', 'Nortasun_agiria.pdf'], 'afof', k)
              WHEN f.fid = 11 THEN replace(pgen.uname(pgen.pick_user('afot', k, '2024-01-01', 'active')), ' ', '_')
              ELSE (SELECT title FROM pgen.pg WHERE kind IN ('bio', 'village') ORDER BY md5('afo' || k || page_id) LIMIT 1) END,
         NULL::int, fixture_gen.pick(ARRAY['', 'zuzenketa', 'datuak', 'gehitu'], 'afos', k),
         CASE f.fid WHEN 2 THEN 'Harremanetarako: ' || q.email WHEN 6 THEN '' WHEN 13 THEN 'proba' WHEN 15 THEN '[https://seo-agency.example/a] [https://seo-agency.example/b] [https://seo-agency.example/c] [https://seo-agency.example/d]'
           WHEN 11 THEN 'Zure IPa ' || pgen.pick_ip('afoip2', k) || ' da, badakit non bizi zaren' WHEN 12 THEN 'Gorka Zubizarretaren aita ' || q.full_name || ' da' ELSE '' END,
         CASE WHEN f.fid IN (11, 12) THEN 1 ELSE 0 END
  FROM generate_series(1, 70) k
  CROSS JOIN LATERAL (SELECT (ARRAY[2, 2, 6, 13, 13, 15, 15, 11, 14, 12])[1 + k % 10] AS fid) f0
  CROSS JOIN LATERAL (SELECT f0.fid, CASE f0.fid WHEN 2 THEN 'warn' WHEN 6 THEN 'warn,tag' WHEN 13 THEN 'warn' WHEN 15 THEN 'warn,tag' WHEN 11 THEN 'tag' ELSE 'disallow' END AS acts) f
  JOIN pgen.u u ON u.id = pgen.pick_user('afou', k, '2022-09-01', 'any')
  JOIN pgen.p q ON q.i = 501 + (k * 5) % 140) x;
UPDATE pgen.afl a SET old_id = 1000 + x.rk * 137 + 100 + 3 * x.rn
FROM (SELECT k, rk, row_number() OVER (PARTITION BY rk ORDER BY k) AS rn FROM (SELECT k, (SELECT count(*) FROM pgen.rv v WHERE v.ts < a2.ts) AS rk FROM pgen.afl a2) y) x WHERE x.k = a.k;
INSERT INTO text (old_id, old_text, old_flags, textvector)
SELECT a.old_id, d.j::text, 'utf-8', to_tsvector('simple', d.j::text)
FROM pgen.afl a
CROSS JOIN LATERAL (SELECT jsonb_strip_nulls(jsonb_build_object(
    'action', a.action, 'user_editcount', coalesce((SELECT user_editcount FROM mwuser WHERE user_id = a.uid), 0), 'user_name', a.who,
    'user_age', CASE WHEN a.uid IS NULL THEN 0 ELSE extract(epoch FROM a.ts - (SELECT user_registration FROM mwuser WHERE user_id = a.uid))::bigint END,
    'user_groups', CASE WHEN a.uid IS NULL THEN '["*"]'::jsonb ELSE '["*","user","autoconfirmed"]'::jsonb END, 'user_blocked', false,
    'accountname', CASE WHEN a.action = 'createaccount' THEN replace(a.title, '_', ' ') END,
    'page_namespace', a.ns, 'page_title', CASE WHEN a.action <> 'createaccount' THEN replace(a.title, '_', ' ') END,
    'page_prefixedtitle', CASE WHEN a.action <> 'createaccount' THEN CASE a.ns WHEN 3 THEN 'Lankide eztabaida:' WHEN 6 THEN 'Fitxategi:' ELSE '' END || replace(a.title, '_', ' ') END,
    'summary', CASE WHEN a.action = 'edit' THEN a.summary END, 'added_lines', CASE WHEN a.action = 'edit' THEN jsonb_build_array(a.added) END,
    'old_size', CASE WHEN a.action = 'edit' THEN 1200 + a.k * 7 END, 'new_size', CASE WHEN a.action = 'edit' THEN CASE WHEN a.fid = 6 THEN 12 ELSE 1200 + a.k * 7 + length(a.added) END END,
    'file_mime', CASE WHEN a.action = 'upload' THEN 'image/jpeg' END, 'file_size', CASE WHEN a.action = 'upload' THEN 250000 + a.k * 911 END,
    'timestamp', extract(epoch FROM a.ts)::bigint::text)) AS j) d
ORDER BY a.old_id;

CREATE TABLE abuse_filter_log (
  afl_id BIGSERIAL NOT NULL,
  afl_global SMALLINT NOT NULL,
  afl_filter_id BIGINT NOT NULL,
  afl_user BIGINT NOT NULL,
  afl_user_text TEXT NOT NULL,
  afl_ip VARCHAR(255) DEFAULT '' NOT NULL,
  afl_ip_hex VARCHAR(255) NOT NULL,
  afl_action TEXT NOT NULL,
  afl_actions TEXT NOT NULL,
  afl_var_dump TEXT NOT NULL,
  afl_timestamp TIMESTAMPTZ NOT NULL,
  afl_namespace INT NOT NULL,
  afl_title TEXT NOT NULL,
  afl_wiki TEXT DEFAULT NULL,
  afl_deleted SMALLINT DEFAULT 0 NOT NULL,
  afl_rev_id INT DEFAULT NULL,
  PRIMARY KEY(afl_id)
);
CREATE INDEX afl_filter_timestamp_full ON abuse_filter_log (afl_global, afl_filter_id, afl_timestamp);
CREATE INDEX afl_user_timestamp ON abuse_filter_log (afl_user, afl_user_text, afl_timestamp);
CREATE INDEX afl_timestamp ON abuse_filter_log (afl_timestamp);
CREATE INDEX afl_page_timestamp ON abuse_filter_log (afl_namespace, afl_title, afl_timestamp);
CREATE INDEX afl_ip_timestamp ON abuse_filter_log (afl_ip, afl_timestamp);
CREATE INDEX afl_ip_hex_timestamp ON abuse_filter_log (afl_ip_hex, afl_timestamp);
CREATE INDEX afl_rev_id ON abuse_filter_log (afl_rev_id);
CREATE INDEX afl_wiki_timestamp ON abuse_filter_log (afl_wiki, afl_timestamp);
CREATE INDEX afl_var_dump_timestamp ON abuse_filter_log (afl_var_dump, afl_timestamp);
INSERT INTO abuse_filter_log (afl_id, afl_global, afl_filter_id, afl_user, afl_user_text, afl_ip, afl_ip_hex, afl_action, afl_actions, afl_var_dump, afl_timestamp, afl_namespace, afl_title, afl_wiki, afl_deleted, afl_rev_id)
SELECT 14000 + row_number() OVER (ORDER BY a.ts, a.k), 0, a.fid, coalesce(a.uid, 0), a.who, CASE WHEN a.ts >= '2024-07-02' THEN coalesce(a.ip, '') ELSE '' END,
       CASE WHEN a.ts >= '2024-07-02' THEN coalesce(pgen.iphex(a.ip), '') ELSE '' END, a.action, a.actions, 'tt:' || a.old_id, a.ts, a.ns, a.title, NULL, a.deleted, a.rev
FROM pgen.afl a ORDER BY a.ts, a.k;

-- ---------------------------------------------------------------------------
-- SecurePoll: the association's board election (1-15 September 2024),
-- voters and encrypted ballots with the voter's address (hex), proxy chain
-- and browser.

CREATE TABLE securepoll_voters (
  voter_id SERIAL NOT NULL,
  voter_election INT NOT NULL,
  voter_name TEXT NOT NULL,
  voter_type TEXT NOT NULL,
  voter_domain TEXT NOT NULL,
  voter_url TEXT DEFAULT NULL,
  voter_properties TEXT DEFAULT NULL,
  PRIMARY KEY(voter_id)
);
CREATE INDEX spvoter_elec_name_domain ON securepoll_voters (voter_election, voter_name, voter_domain);
INSERT INTO securepoll_voters (voter_id, voter_election, voter_name, voter_type, voter_domain, voter_url, voter_properties)
SELECT 300 + row_number() OVER (ORDER BY x.first_vote), 12, u.name, 'local', 'herriwiki.eus', 'https://herriwiki.eus/wiki/Lankide:' || replace(u.name, ' ', '_'),
       pgen.pa('wiki', pgen.ps('herriwiki'), 'blocked', pgen.pb(false), 'isSitewideBlocked', 'N;', 'central-block-count', pgen.pi(0), 'edit-count', pgen.pi(m.user_editcount), 'bot', pgen.pb(false),
         'language', pgen.ps(u.lang), 'groups', pgen.pl(VARIADIC ARRAY(SELECT pgen.ps(ug_group) FROM user_groups WHERE ug_user = u.id ORDER BY ug_group) || ARRAY[pgen.ps('user'), pgen.ps('autoconfirmed')]),
         'lists', pgen.pl(pgen.ps('bazkideak-2024')), 'central-lists', 'a:0:{}', 'registration', pgen.ps(to_char(m.user_registration AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')))
FROM pgen.u u JOIN mwuser m ON m.user_id = u.id
CROSS JOIN LATERAL (SELECT pgen.at('spv', u.id, '2024-09-01 08:00+00', '2024-09-15 20:00+00') AS first_vote) x
WHERE u.kind = 'person' AND u.reg < '2024-06-01' AND (m.user_editcount >= 100 OR u.id <= 20 OR fixture_gen.n('spvx', u.id, 4) = 0) AND u.id NOT IN (SELECT coalesce(uid, 0) FROM pgen.blk);

CREATE TABLE securepoll_votes (
  vote_id SERIAL NOT NULL,
  vote_election INT NOT NULL,
  vote_voter INT NOT NULL,
  vote_voter_name TEXT NOT NULL,
  vote_voter_domain TEXT NOT NULL,
  vote_struck SMALLINT NOT NULL,
  vote_record TEXT NOT NULL,
  vote_ip TEXT NOT NULL,
  vote_xff TEXT NOT NULL,
  vote_ua TEXT NOT NULL,
  vote_timestamp TIMESTAMPTZ NOT NULL,
  vote_current SMALLINT NOT NULL,
  vote_token_match SMALLINT NOT NULL,
  vote_cookie_dup SMALLINT NOT NULL,
  PRIMARY KEY(vote_id)
);
CREATE INDEX spvote_timestamp ON securepoll_votes (vote_election, vote_timestamp);
CREATE INDEX spvote_voter_name ON securepoll_votes (vote_election, vote_voter_name, vote_timestamp);
CREATE INDEX spvote_voter_domain ON securepoll_votes (vote_election, vote_voter_domain, vote_timestamp);
CREATE INDEX spvote_ip ON securepoll_votes (vote_election, vote_ip, vote_timestamp);
INSERT INTO securepoll_votes (vote_election, vote_voter, vote_voter_name, vote_voter_domain, vote_struck, vote_record, vote_ip, vote_xff, vote_ua, vote_timestamp, vote_current, vote_token_match, vote_cookie_dup)
SELECT 12, v.voter_id, v.voter_name, v.voter_domain, CASE WHEN v.voter_id % 41 = 0 THEN 1 ELSE 0 END,
       E'-----BEGIN PGP MESSAGE-----\n\nhQEMA' || fixture_gen.b64('spvr', v.voter_id * 10 + n, 180) || E'\n' || fixture_gen.b64('spvr2', v.voter_id * 10 + n, 120) || E'\n=' || fixture_gen.chars('spvrc', v.voter_id * 10 + n, 4) || E'\n-----END PGP MESSAGE-----',
       pgen.iphex(x.ip), pgen.xff(x.ip, 'spvxff', v.voter_id), (SELECT ua FROM pgen.ua WHERE k = u.uak),
       pgen.at('spvt', v.voter_id * 10 + n, '2024-09-01 08:00+00', '2024-09-15 20:00+00') + make_interval(hours => (n - 1) * 30),
       CASE WHEN n = nv THEN 1 ELSE 0 END, 1, CASE WHEN v.voter_id IN (SELECT voter_id FROM securepoll_voters ORDER BY md5('dup' || voter_id) LIMIT 3) THEN 1 ELSE 0 END
FROM securepoll_voters v JOIN pgen.u u ON u.name = v.voter_name
CROSS JOIN LATERAL (SELECT CASE WHEN v.voter_id % 9 = 0 THEN 2 ELSE 1 END AS nv) c
CROSS JOIN LATERAL generate_series(1, c.nv) n
CROSS JOIN LATERAL (SELECT CASE WHEN n = 2 THEN pgen.pick_ip('spvip', v.voter_id) ELSE (SELECT ip FROM pgen.ip WHERE k = u.ipk) END AS ip) x
ORDER BY 10;

-- ---------------------------------------------------------------------------
-- OAuth: tools registered by editors, and the access tokens users granted them.

CREATE TABLE oauth_registered_consumer (
  oarc_id SERIAL NOT NULL,
  oarc_consumer_key TEXT NOT NULL,
  oarc_name TEXT NOT NULL,
  oarc_user_id INT NOT NULL,
  oarc_version TEXT NOT NULL,
  oarc_callback_url TEXT NOT NULL,
  oarc_callback_is_prefix TEXT DEFAULT NULL,
  oarc_description TEXT NOT NULL,
  oarc_email TEXT NOT NULL,
  oarc_email_authenticated TIMESTAMPTZ DEFAULT NULL,
  oarc_developer_agreement SMALLINT DEFAULT 0 NOT NULL,
  oarc_owner_only SMALLINT DEFAULT 0 NOT NULL,
  oarc_wiki TEXT NOT NULL,
  oarc_grants TEXT NOT NULL,
  oarc_registration TIMESTAMPTZ NOT NULL,
  oarc_secret_key TEXT DEFAULT NULL,
  oarc_rsa_key TEXT DEFAULT NULL,
  oarc_restrictions TEXT NOT NULL,
  oarc_stage SMALLINT DEFAULT 0 NOT NULL,
  oarc_stage_timestamp TIMESTAMPTZ NOT NULL,
  oarc_deleted SMALLINT DEFAULT 0 NOT NULL,
  oarc_oauth_version SMALLINT DEFAULT 1 NOT NULL,
  oarc_oauth2_allowed_grants TEXT DEFAULT NULL,
  oarc_oauth2_is_confidential SMALLINT DEFAULT 1 NOT NULL,
  PRIMARY KEY(oarc_id)
);
CREATE UNIQUE INDEX oarc_consumer_key ON oauth_registered_consumer (oarc_consumer_key);
CREATE UNIQUE INDEX oarc_name_version_user ON oauth_registered_consumer (oarc_name, oarc_user_id, oarc_version);
CREATE INDEX oarc_user_id ON oauth_registered_consumer (oarc_user_id);
CREATE INDEX oarc_stage_timestamp ON oauth_registered_consumer (oarc_stage, oarc_stage_timestamp);
INSERT INTO oauth_registered_consumer
SELECT v.id, pgen.hex('oack', v.id, 32), v.name, v.uid, v.ver, v.cb, CASE WHEN v.id % 3 = 0 THEN '1' END, v.descr, m.user_email, m.user_email_authenticated, 1, v.owner_only,
       CASE WHEN v.id % 4 = 0 THEN '*' ELSE 'herriwiki' END, v.grants, v.reg, pgen.hex('oacs', v.id, CASE WHEN v.oav = 2 THEN 40 ELSE 32 END),
       CASE WHEN v.id = 5 THEN E'-----BEGIN PUBLIC KEY-----\n' || fixture_gen.b64('oarsa', v.id, 48) || E'\n' || fixture_gen.b64('oarsa2', v.id, 48) || E'\n' || fixture_gen.b64('oarsa3', v.id, 48) || E'\n' || fixture_gen.b64('oarsa4', v.id, 48) || E'\n' || fixture_gen.b64('oarsa5', v.id, 30) || E'\n-----END PUBLIC KEY-----' END,
       CASE WHEN v.id = 7 THEN '{"IPAddresses":["185.199.108.41"]}' ELSE '{"IPAddresses":["0.0.0.0/0","::/0"]}' END, v.stage, v.reg + make_interval(days => 1 + v.id * 3), CASE WHEN v.stage = 4 THEN 1 ELSE 0 END, v.oav,
       CASE WHEN v.oav = 2 THEN CASE WHEN v.owner_only = 1 THEN '["client_credentials"]' ELSE '["authorization_code","refresh_token"]' END END, CASE WHEN v.id = 9 THEN 0 ELSE 1 END
FROM (VALUES
  (1, 'HerriTresnak', 14, '1.0', 'https://tresnak.herriwiki.eus/oauth/callback', 'Herriwikiko tresna sorta: kategoriak, koordenatuak eta zerrendak. Mikel Otaegik mantentzen du.', 0, '["basic","highvolume","editpage","createeditmovepage"]', '2017-03-11 19:20:00+00'::timestamptz, 1, 1),
  (2, 'Argazki-igotzailea', 7, '1.2', 'https://uploader.boisebasque.example/callback', 'Boiseko Euskal Museoaren argazkiak igotzeko. Questions: john.bieter@boisebasque.example or (208) 555-0147.', 0, '["basic","uploadfile","uploadeditmovefile"]', '2018-06-02 16:00:00+00', 1, 1),
  (3, 'Hiztegi-bota', 9, '0.3', 'oob', 'Hiztegiko sarrerak sortzeko scripta (pertsonala).', 1, '["basic","editpage","highvolume"]', '2019-01-20 09:12:00+00', 1, 1),
  (4, 'Bertso-bilduma', 31, '1.0', 'https://bertsoak.example.eus/oauth', 'Bertso zaharrak transkribatzeko tresna; Azpeitiko bertso eskolarekin elkarlanean.', 0, '["basic","editpage","createeditmovepage"]', '2020-10-05 18:30:00+00', 1, 1),
  (5, 'Toponimia-inportatzailea', 6, '2.1', 'https://topo.herriwiki.eus/callback', 'Euskaltzaindiaren toponimia datuak inportatzeko (RSA gakoa).', 0, '["basic","highvolume","editpage","createeditmovepage"]', '2021-04-14 11:00:00+00', 1, 1),
  (6, 'Editatona-taula', 1, '1.0', 'https://editatona.herriwiki.eus/auth', 'Editatonen jarraipena: parte-hartzaileen ekarpenak zenbatzen ditu.', 0, '["basic"]', '2022-02-25 17:45:00+00', 1, 2),
  (7, 'Babeskopia', 14, '1.0', 'oob', 'Gaueko babeskopia (owner-only).', 1, '["basic","highvolume"]', '2022-09-09 02:00:00+00', 1, 2),
  (8, 'Kakatxo-detektorea', 4, '0.9', 'https://lta.example.eus/callback', 'LTA bat detektatzeko proba. Ez onartu.', 0, '["basic","blockusers","checkuser"]', '2023-11-10 21:00:00+00', 2, 1),
  (9, 'Herriwiki mugikorra', 102, '0.1', 'herriwiki://oauth', 'Android aplikazio esperimentala (Ekaitz).', 0, '["basic","editpage"]', '2023-05-01 10:10:00+00', 4, 2),
  (10, 'Hauteskunde-emaitzak', 3, '1.0', 'https://hauteskundeak.herriwiki.eus/cb', 'Batzordearen tresna; harremana: hauteskundeak@herriwiki.eus, Maite Iriart 06 30 50 35 98.', 0, '["basic"]', '2024-07-20 12:00:00+00', 1, 2),
  (11, 'SEO Backlinks Tool', 342, '1.0', 'https://seo-agency.example/oauth/callback', 'Automated backlink building for our clients.', 0, '["basic","editpage","highvolume"]', '2023-04-02 08:00:00+00', 2, 1),
  (12, 'Irudi-etiketatzailea', 118, '1.1', 'https://tags.example.cymru/callback', 'Tags images with categories. Built by Bethan as a weekend project.', 0, '["basic","editpage"]', '2024-03-03 13:13:00+00', 0, 2)) v(id, name, uid, ver, cb, descr, owner_only, grants, reg, stage, oav)
JOIN mwuser m ON m.user_id = v.uid ORDER BY v.id;

CREATE TABLE oauth_accepted_consumer (
  oaac_id SERIAL NOT NULL,
  oaac_wiki TEXT NOT NULL,
  oaac_user_id INT NOT NULL,
  oaac_consumer_id INT NOT NULL,
  oaac_access_token TEXT NOT NULL,
  oaac_access_secret TEXT NOT NULL,
  oaac_grants TEXT NOT NULL,
  oaac_accepted TIMESTAMPTZ NOT NULL,
  oaac_oauth_version SMALLINT DEFAULT 1 NOT NULL,
  PRIMARY KEY(oaac_id)
);
CREATE UNIQUE INDEX oaac_access_token ON oauth_accepted_consumer (oaac_access_token);
CREATE UNIQUE INDEX oaac_user_consumer_wiki ON oauth_accepted_consumer (oaac_user_id, oaac_consumer_id, oaac_wiki);
CREATE INDEX oaac_consumer_user ON oauth_accepted_consumer (oaac_consumer_id, oaac_user_id);
CREATE INDEX oaac_user_id ON oauth_accepted_consumer (oaac_user_id, oaac_id);
INSERT INTO oauth_accepted_consumer (oaac_wiki, oaac_user_id, oaac_consumer_id, oaac_access_token, oaac_access_secret, oaac_grants, oaac_accepted, oaac_oauth_version)
SELECT DISTINCT ON (x.uid, c.oarc_id) c.oarc_wiki, x.uid, c.oarc_id, pgen.hex('oaat', x.k, 32), CASE WHEN c.oarc_oauth_version = 2 THEN '' ELSE pgen.hex('oaas', x.k, 40) END, c.oarc_grants,
       greatest(c.oarc_stage_timestamp, (SELECT reg FROM pgen.u WHERE id = x.uid)) + make_interval(days => 1 + fixture_gen.n('oaacd', x.k, 300)), c.oarc_oauth_version
FROM (SELECT k, 1 + (ARRAY[0, 0, 0, 1, 3, 3, 5, 9, 0, 1])[1 + k % 10] AS cid, pgen.pick_user('oaacu', k, '2024-01-01', CASE WHEN k % 2 = 0 THEN 'active' ELSE 'any' END) AS uid FROM generate_series(1, 52) k) x
JOIN oauth_registered_consumer c ON c.oarc_id = x.cid AND c.oarc_stage IN (1, 4)
ORDER BY x.uid, c.oarc_id, x.k;
UPDATE oauth_accepted_consumer SET oaac_accepted = least(oaac_accepted, '2024-09-29 22:00+00');
INSERT INTO oauth_accepted_consumer (oaac_wiki, oaac_user_id, oaac_consumer_id, oaac_access_token, oaac_access_secret, oaac_grants, oaac_accepted, oaac_oauth_version)
SELECT c.oarc_wiki, c.oarc_user_id, c.oarc_id, pgen.hex('oaato', c.oarc_id, 32), CASE WHEN c.oarc_oauth_version = 2 THEN '' ELSE pgen.hex('oaaso', c.oarc_id, 40) END, c.oarc_grants,
       c.oarc_registration + interval '5 minutes', c.oarc_oauth_version
FROM oauth_registered_consumer c WHERE c.oarc_owner_only = 1;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
