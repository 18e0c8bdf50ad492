-- classify-eval fixture (HOLDOUT 67: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- phpBB 3.3 board (written against 3.3.11) on PostgreSQL in the naming its
-- schema creates: tables prefixed phpbb_, columns prefixed by what they
-- are, integer keys fed by sequences, every time an INT4 of Unix seconds,
-- flags as INT2, bitfields and BBCode uids as short varchars, PHP
-- serialize() blobs and JSON kept as text. A subset of its tables (43 of
-- about 70) with their columns as far as memory of the published schema
-- goes. The board is forum.beelines.example, the member forum of Beelines,
-- an international association of hobby and small-scale beekeepers
-- (registered in Leeds): members of many countries (Britain, Ireland,
-- Germany, Poland, France, Italy, Turkey, Nigeria, Kenya, India, Japan,
-- Brazil, Sweden) with their profiles (birthdays, custom profile fields
-- with phones, towns, apiary regions, websites and social handles),
-- posts and private messages (swarm calls, queen and honey sales,
-- meeting arrangements; some with phones, emails and addresses, many
-- without), reports, warnings and bans with reasons, the moderation and
-- admin log with its serialized data, sessions, autologin keys, login
-- attempts, OAuth links (Google, Facebook), captcha confirmations,
-- attachments named by members, polls and their votes, drafts, the
-- search word list, notifications, and the configuration with the SMTP
-- password, the reCAPTCHA secret and the OAuth client secrets.
-- What could not be checked: the schema is written from memory of phpBB
-- 3.3 (schema_data and the migrations), not copied. Column order, some
-- defaults and varchar lengths may differ; user_newpasswd was replaced by
-- user_reset_token in 3.3 and is kept here as an upgraded 3.2 board may
-- still have it (a few leftover hashes); the PostgreSQL driver's varchar_ci domain is written as
-- plain varchar; pf_phpbb_yahoo / pf_phpbb_aol / pf_phpbb_icq may have been
-- dropped by the 3.3 migrations on a fresh install; custom profile field
-- columns (pf_member_phone, pf_hive_count, pf_apiary_region,
-- pf_beekeeping_since) are this board's own.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐİ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDI')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- t: Unix seconds between two dates (phpBB stores every time as INT4).
CREATE FUNCTION pgen.t(tag text, i bigint, lo date, hi date) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT (extract(epoch FROM lo::timestamptz)::bigint + fixture_gen.n(tag, i, greatest(1, (hi - lo) * 86400)))::int
$$;

-- ser: a PHP serialize() string of a text.
CREATE FUNCTION pgen.ser(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(v) || ':"' || v || '";' $$;

-- phpass: phpBB 3.0's portable hash ($H$), which old accounts keep until they log in.
CREATE FUNCTION pgen.phpass(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$H' || '$9' || fixture_gen.chars(tag, i, 31, './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
$$;

-- argon: phpBB 3.3's default hash (passwords.driver.argon2id).
CREATE FUNCTION pgen.argon(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$argon2id' || '$v=19$m=65536,t=4,p=2$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag, i, 32), '=')
$$;

CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, firsts text[], lasts text[], cities text[], regions text[], domains text[], tz text, lang text);
INSERT INTO pgen.cu VALUES
 ('gb', 'GB', ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya', 'Margaret', 'Graham'], ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke', 'Shah', 'Pickering'], ARRAY['Leeds', 'York', 'Harrogate', 'Bristol', 'Norwich', 'Shrewsbury'], ARRAY['West Yorkshire', 'North Yorkshire', 'Somerset', 'Norfolk', 'Shropshire'], ARRAY['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com'], 'Europe/London', 'en'),
 ('ie', 'IE', ARRAY['Aoife', 'Cian', 'Siobhán', 'Pádraig', 'Niamh', 'Oisín', 'Róisín', 'Séamus'], ARRAY['Murphy', 'O''Sullivan', 'Walsh', 'Byrne', 'Ó Briain', 'Kavanagh', 'Doyle', 'Ní Bhriain'], ARRAY['Cork', 'Galway', 'Kilkenny', 'Sligo'], ARRAY['Co. Cork', 'Co. Galway', 'Co. Kilkenny', 'Co. Sligo'], ARRAY['eircom.net', 'gmail.com', 'outlook.com'], 'Europe/Dublin', 'en'),
 ('de', 'DE', ARRAY['Jonas', 'Lena', 'Wolfgang', 'Marie', 'Jürgen', 'Sophie', 'Lukas', 'Gudrun'], ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Imhof', 'Richter'], ARRAY['Celle', 'Freiburg', 'Bamberg', 'Lüneburg', 'Kassel'], ARRAY['Niedersachsen', 'Baden-Württemberg', 'Bayern', 'Hessen'], ARRAY['gmx.de', 'web.de', 't-online.de', 'posteo.de'], 'Europe/Berlin', 'de'),
 ('pl', 'PL', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Agnieszka', 'Michał', 'Zofia', 'Łukasz', 'Halina'], ARRAY['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Pszczółka', 'Lewandowska', 'Zieliński', 'Szymańska'], ARRAY['Lublin', 'Kraków', 'Rzeszów', 'Olsztyn'], ARRAY['lubelskie', 'małopolskie', 'podkarpackie', 'warmińsko-mazurskie'], ARRAY['wp.pl', 'onet.pl', 'interia.pl'], 'Europe/Warsaw', 'pl'),
 ('fr', 'FR', ARRAY['Camille', 'Julien', 'Léa', 'Mathieu', 'Chloé', 'Bernard', 'Manon', 'Nicolas'], ARRAY['Martin', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fontaine'], ARRAY['Périgueux', 'Annecy', 'Rennes', 'Albi'], ARRAY['Dordogne', 'Haute-Savoie', 'Ille-et-Vilaine', 'Tarn'], ARRAY['orange.fr', 'free.fr', 'laposte.net'], 'Europe/Paris', 'fr'),
 ('it', 'IT', ARRAY['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Giuseppe', 'Sara', 'Matteo'], ARRAY['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Apicella', 'Colombo', 'Ricci'], ARRAY['Bologna', 'Asti', 'Lecce', 'Trento'], ARRAY['Emilia-Romagna', 'Piemonte', 'Puglia', 'Trentino'], ARRAY['libero.it', 'gmail.com', 'tiscali.it'], 'Europe/Rome', 'it'),
 ('tr', 'TR', ARRAY['Emre', 'Zeynep', 'Mehmet', 'Elif', 'Hüseyin', 'Ayşe', 'Burak', 'Selin'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arıcı'], ARRAY['Muğla', 'Ordu', 'Bursa', 'Erzurum'], ARRAY['Ege', 'Karadeniz', 'Marmara', 'Doğu Anadolu'], ARRAY['gmail.com', 'hotmail.com', 'yandex.com.tr'], 'Europe/Istanbul', 'tr'),
 ('ng', 'NG', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi', 'Tunde', 'Zainab'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Abubakar', 'Okonkwo'], ARRAY['Ibadan', 'Enugu', 'Jos', 'Abeokuta'], ARRAY['Oyo', 'Enugu', 'Plateau', 'Ogun'], ARRAY['gmail.com', 'yahoo.com'], 'Africa/Lagos', 'en'),
 ('ke', 'KE', ARRAY['Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Njeri', 'Kiprop', 'Akinyi', 'Mwangi'], ARRAY['Kariuki', 'Odhiambo', 'Wambui', 'Kiptoo', 'Mutua', 'Njoroge', 'Chebet', 'Ochieng'], ARRAY['Nakuru', 'Kitui', 'Eldoret', 'Nyeri'], ARRAY['Rift Valley', 'Eastern', 'Central'], ARRAY['gmail.com', 'yahoo.com'], 'Africa/Nairobi', 'en'),
 ('in', 'IN', ARRAY['Aarav', 'Priya', 'Vihaan', 'Ananya', 'Arjun', 'Lakshmi', 'Rohan', 'Kavya'], ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Bose', 'Patil'], ARRAY['Coorg', 'Pune', 'Mysuru', 'Dehradun'], ARRAY['Karnataka', 'Maharashtra', 'Uttarakhand'], ARRAY['gmail.com', 'rediffmail.com', 'outlook.com'], 'Asia/Kolkata', 'en'),
 ('jp', 'JP', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji', 'Hina', 'Yuto', 'Michiko'], ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'], ARRAY['Nagano', 'Gifu', 'Kumamoto'], ARRAY['Nagano-ken', 'Gifu-ken', 'Kumamoto-ken'], ARRAY['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'], 'Asia/Tokyo', 'en'),
 ('br', 'BR', ARRAY['João', 'Ana', 'Rafael', 'Beatriz', 'Thiago', 'Fernanda', 'Lucas', 'Juliana'], ARRAY['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Carvalho', 'Almeida'], ARRAY['Curitiba', 'Florianópolis', 'Botucatu', 'Mossoró'], ARRAY['Paraná', 'Santa Catarina', 'São Paulo', 'Rio Grande do Norte'], ARRAY['gmail.com', 'uol.com.br', 'bol.com.br'], 'America/Sao_Paulo', 'en'),
 ('se', 'SE', ARRAY['Erik', 'Astrid', 'Oskar', 'Maja', 'Nils', 'Elsa', 'Axel', 'Ingrid'], ARRAY['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist', 'Olsson', 'Bergström'], ARRAY['Uppsala', 'Umeå', 'Växjö'], ARRAY['Uppsala län', 'Västerbotten', 'Kronoberg'], ARRAY['telia.com', 'gmail.com', 'bredband.net'], 'Europe/Stockholm', 'en');

CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN CASE WHEN i % 2 = 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) ELSE '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) END
    WHEN 'ie' THEN '+353 8' || (5 + fixture_gen.n(tag, i, 3)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'de' THEN '0' || (151 + fixture_gen.n(tag, i, 27)) || ' ' || fixture_gen.digits(tag || 'y', i, 8)
    WHEN 'pl' THEN '+48 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'fr' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'it' THEN '+39 3' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'tr' THEN '+90 53' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ke' THEN '+254 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'br' THEN '+55 41 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '070-' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2) END
$$;

CREATE FUNCTION pgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN (1 + fixture_gen.n(tag, i, 200)) || ' ' || fixture_gen.pick(ARRAY['Otley Road', 'Church Lane', 'Meadow View', 'Station Road', 'Orchard Close'], tag, i)
    WHEN 'ie' THEN (1 + fixture_gen.n(tag, i, 90)) || ' ' || fixture_gen.pick(ARRAY['Bóthar na Trá', 'Patrick Street', 'Mill Road', 'Ballyvolane Road'], tag, i)
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Am Bienenhaus', 'Lindenallee', 'Heideweg', 'Mühlenstraße', 'Dorfstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 140))
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Lipowa', 'Polna', 'Leśna', 'Ogrodowa'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 80))
    WHEN 'fr' THEN (1 + fixture_gen.n(tag, i, 90)) || ' ' || fixture_gen.pick(ARRAY['chemin des Ruchers', 'rue des Lilas', 'route de Bergerac', 'impasse des Acacias'], tag, i)
    WHEN 'it' THEN fixture_gen.pick(ARRAY['Via Roma', 'Strada delle Api', 'Via Garibaldi', 'Località Colle'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 120))
    WHEN 'tr' THEN fixture_gen.pick(ARRAY['Çiçek Sokak', 'Arı Caddesi', 'Bal Sokak'], tag, i) || ' No:' || (1 + fixture_gen.n(tag, i, 60))
    WHEN 'ng' THEN (1 + fixture_gen.n(tag, i, 60)) || ' ' || fixture_gen.pick(ARRAY['Ring Road', 'Awolowo Avenue', 'Bodija Estate Road'], tag, i)
    WHEN 'ke' THEN 'Plot ' || (1 + fixture_gen.n(tag, i, 400)) || ', ' || fixture_gen.pick(ARRAY['Kenyatta Avenue', 'Moi Road', 'Njoro Road'], tag, i)
    WHEN 'in' THEN (1 + fixture_gen.n(tag, i, 300)) || ', ' || fixture_gen.pick(ARRAY['2nd Cross, Jayanagar', 'MG Road', 'Rajpur Road'], tag, i)
    WHEN 'jp' THEN (1 + fixture_gen.n(tag, i, 9)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 30)) || '-' || (1 + fixture_gen.n(tag || 'c', i, 20)) || ' Chuo'
    WHEN 'br' THEN 'Rua ' || fixture_gen.pick(ARRAY['das Flores', 'XV de Novembro', 'Marechal Deodoro'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 2000))
    ELSE fixture_gen.pick(ARRAY['Storgatan', 'Kyrkvägen', 'Björkvägen'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 60)) END
$$;

-- Members: 1 is Anonymous, 2 the founder, 3..42 the bots, 43..362 people.
CREATE TABLE pgen.m AS
SELECT k, c.c, c.cc, c.tz, c.lang,
       c.firsts[1 + fixture_gen.n('mf', k, 8)] AS first,
       c.lasts[1 + fixture_gen.n('ml', k, 8)] AS last,
       c.cities[1 + fixture_gen.n('mc', k, cardinality(c.cities))] AS city,
       c.regions[1 + fixture_gen.n('mr', k, cardinality(c.regions))] AS region,
       c.domains[1 + fixture_gen.n('md', k, cardinality(c.domains))] AS domain
FROM generate_series(43, 362) k JOIN (SELECT row_number() OVER (ORDER BY c) - 1 AS r, * FROM pgen.cu) c ON c.r = fixture_gen.n('mcu', k, 13);

ALTER TABLE pgen.m ADD uname text, ADD email text, ADD phone text, ADD street text, ADD postcode text, ADD reg int, ADD bday date;
UPDATE pgen.m SET
  uname = CASE fixture_gen.n('mu', k, 6)
    WHEN 0 THEN first || ' ' || last
    WHEN 1 THEN pgen.fold(first) || '_' || pgen.fold(last)
    WHEN 2 THEN first || (1950 + fixture_gen.n('my', k, 55))
    WHEN 3 THEN fixture_gen.pick(ARRAY['Buzz', 'Queenie', 'Varroa', 'Apis', 'Skep', 'Drone', 'Propolis', 'Honey', 'Bumble', 'Nectar'], 'mh', k) || fixture_gen.pick(ARRAY['Keeper', 'Hunter', 'Bee', 'Hive', 'Mum', 'Dad', 'Wrangler', 'Fan'], 'mh2', k) || (k % 97)
    WHEN 4 THEN initcap(pgen.fold(first)) || substr(last, 1, 1) || '.'
    ELSE pgen.fold(last) || '.' || substr(pgen.fold(first), 1, 1) || k END,
  email = CASE WHEN k % 4 = 0 THEN pgen.fold(first) || '@' || pgen.fold(last) || '-honey.example' ELSE pgen.fold(first) || CASE WHEN k % 3 = 0 THEN '.' ELSE '' END || pgen.fold(last) || CASE WHEN k % 5 = 1 THEN (k % 90)::text ELSE '' END || '@' || domain END,
  phone = pgen.phone(c, 'mph', k), street = pgen.street(c, 'mst', k),
  postcode = CASE c WHEN 'gb' THEN fixture_gen.pick(ARRAY['LS6', 'YO31', 'HG2', 'BS7', 'NR14', 'SY3'], 'mpc', k) || ' ' || (1 + k % 9) || fixture_gen.chars('mpc', k, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'ie' THEN fixture_gen.pick(ARRAY['T12', 'H91', 'R95', 'F91'], 'mpc', k) || ' ' || fixture_gen.chars('mpc', k, 4, 'ACDEFHKNPRTVWXY0123456789')
    WHEN 'pl' THEN fixture_gen.digits('mpc', k, 2) || '-' || fixture_gen.digits('mpc2', k, 3)
    WHEN 'jp' THEN fixture_gen.digits('mpc', k, 3) || '-' || fixture_gen.digits('mpc2', k, 4)
    WHEN 'br' THEN fixture_gen.digits('mpc', k, 5) || '-' || fixture_gen.digits('mpc2', k, 3)
    WHEN 'in' THEN fixture_gen.digits('mpc', k, 6)
    WHEN 'se' THEN fixture_gen.digits('mpc', k, 3) || ' ' || fixture_gen.digits('mpc2', k, 2)
    ELSE fixture_gen.digits('mpc', k, 5) END,
  reg = pgen.t('mreg', k, '2012-03-01', '2024-03-01'),
  bday = fixture_gen.birth_date('mbd', k);
-- usernames are unique in phpBB (username_clean)
UPDATE pgen.m SET uname = uname || '_' || k WHERE k IN (SELECT k FROM (SELECT k, row_number() OVER (PARTITION BY lower(uname) ORDER BY k) AS rn FROM pgen.m) x WHERE rn > 1);

-- p(k): the member k, for joins by id
CREATE FUNCTION pgen.u(i bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (43 + fixture_gen.n('who', i, 320))::int $$;

-- Bots phpBB installs (users of type USER_IGNORE in the BOTS group).
CREATE TABLE pgen.bot (b int, name text, agent text, ip text);
INSERT INTO pgen.bot VALUES
 (1, 'AdsBot [Google]', 'AdsBot-Google', ''), (2, 'Ahrefs [Bot]', 'AhrefsBot/', ''), (3, 'Alexa [Bot]', 'ia_archiver', ''), (4, 'Alta Vista [Bot]', 'Scooter/', ''),
 (5, 'Amazon [Bot]', 'Amazonbot', ''), (6, 'Ask Jeeves [Bot]', 'Ask Jeeves', ''), (7, 'Baidu [Spider]', 'Baiduspider', ''), (8, 'Bing [Bot]', 'bingbot/', ''),
 (9, 'DuckDuckGo [Bot]', 'DuckDuckBot/', ''), (10, 'Exabot [Bot]', 'Exabot', ''), (11, 'FAST Enterprise [Crawler]', 'FAST Enterprise Crawler', ''), (12, 'FAST WebCrawler [Crawler]', 'FAST-WebCrawler/', ''),
 (13, 'Francis [Bot]', 'http://www.neomo.de/', ''), (14, 'Gigabot [Bot]', 'Gigabot/', ''), (15, 'Google Adsense [Bot]', 'Mediapartners-Google', ''), (16, 'Google Desktop', 'Google Desktop', ''),
 (17, 'Google Feedfetcher', 'Feedfetcher-Google', ''), (18, 'Google [Bot]', 'Googlebot', ''), (19, 'Heise IT-Markt [Crawler]', 'heise-IT-Markt-Crawler', ''), (20, 'Heritrix [Crawler]', 'heritrix/1.', ''),
 (21, 'IBM Research [Bot]', 'ibm.com/cs/crawler', ''), (22, 'ICCrawler - ICjobs', 'ICCrawler - ICjobs', ''), (23, 'ichiro [Crawler]', 'ichiro/', ''), (24, 'Majestic-12 [Bot]', 'MJ12bot/', ''),
 (25, 'Metager [Bot]', 'MetagerBot/', ''), (26, 'MSN NewsBlogs', 'msnbot-NewsBlogs/', ''), (27, 'MSN [Bot]', 'msnbot/', ''), (28, 'MSNbot Media', 'msnbot-media/', ''),
 (29, 'Nutch [Bot]', 'http://lucene.apache.org/nutch/', ''), (30, 'Online link [Validator]', 'online link validator', ''), (31, 'psbot [Picsearch]', 'psbot/0', ''), (32, 'Sensis [Crawler]', 'Sensis Web Crawler', ''),
 (33, 'SEO Crawler', 'SEO search Crawler/', ''), (34, 'Seoma [Crawler]', 'Seoma [SEO Crawler]', ''), (35, 'SEOSearch [Crawler]', 'SEOsearch/', ''), (36, 'Snappy [Bot]', 'Snappy/1.1 ( http://www.urltrends.com/ )', ''),
 (37, 'Steeler [Crawler]', 'http://www.tkl.iis.u-tokyo.ac.jp/~crawler/', ''), (38, 'Synoo [Bot]', 'SynooBot/', ''), (39, 'Telekom [Bot]', 'crawleradmin.t-info@telekom.de', ''), (40, 'Yandex [Bot]', 'YandexBot/', '66.249.');

-- All accounts with what the tables below need of them.
CREATE TABLE pgen.acc AS
SELECT 1 AS k, 1 AS gid, 2 AS utype, 'Anonymous' AS uname, '' AS email, NULL::text AS c, 0 AS reg, 'en' AS lang, '' AS tz, NULL::date AS bday
UNION ALL SELECT 2, 5, 3, 'Margaret Pickering', 'margaret.pickering@btinternet.com', 'gb', 1331596800, 'en', 'Europe/London', date '1957-06-14'
UNION ALL SELECT 2 + b, 6, 2, name, '', NULL, 1331596800, 'en', 'UTC', NULL FROM pgen.bot
UNION ALL SELECT k, CASE WHEN k % 23 = 0 THEN 7 ELSE 2 END, CASE WHEN k % 29 = 7 THEN 1 ELSE 0 END, uname, email, c, reg, lang, tz, CASE WHEN k % 3 <> 0 THEN bday END FROM pgen.m;
UPDATE pgen.acc SET gid = 4 WHERE k IN (47, 88, 131, 176, 250);
UPDATE pgen.acc SET gid = 5 WHERE k IN (61, 205);

CREATE FUNCTION pgen.clean(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(s) $$;

CREATE TABLE phpbb_users (
    user_id serial PRIMARY KEY, user_type int2 NOT NULL DEFAULT 0, group_id int4 NOT NULL DEFAULT 3, user_permissions text NOT NULL DEFAULT '', user_perm_from int4 NOT NULL DEFAULT 0,
    user_ip varchar(40) NOT NULL DEFAULT '', user_regdate int4 NOT NULL DEFAULT 0, username varchar(255) NOT NULL DEFAULT '', username_clean varchar(255) NOT NULL DEFAULT '',
    user_password varchar(255) NOT NULL DEFAULT '', user_passchg int4 NOT NULL DEFAULT 0, user_email varchar(100) NOT NULL DEFAULT '', user_birthday varchar(10) NOT NULL DEFAULT '',
    user_lastvisit int4 NOT NULL DEFAULT 0, user_lastmark int4 NOT NULL DEFAULT 0, user_lastpost_time int4 NOT NULL DEFAULT 0, user_lastpage varchar(200) NOT NULL DEFAULT '',
    user_last_confirm_key varchar(10) NOT NULL DEFAULT '', user_last_search int4 NOT NULL DEFAULT 0, user_warnings int2 NOT NULL DEFAULT 0, user_last_warning int4 NOT NULL DEFAULT 0,
    user_login_attempts int2 NOT NULL DEFAULT 0, user_inactive_reason int2 NOT NULL DEFAULT 0, user_inactive_time int4 NOT NULL DEFAULT 0, user_posts int4 NOT NULL DEFAULT 0,
    user_lang varchar(30) NOT NULL DEFAULT '', user_timezone varchar(100) NOT NULL DEFAULT '', user_dateformat varchar(64) NOT NULL DEFAULT 'd M Y H:i', user_style int4 NOT NULL DEFAULT 0,
    user_rank int4 NOT NULL DEFAULT 0, user_colour varchar(6) NOT NULL DEFAULT '', user_new_privmsg int4 NOT NULL DEFAULT 0, user_unread_privmsg int4 NOT NULL DEFAULT 0,
    user_last_privmsg int4 NOT NULL DEFAULT 0, user_message_rules int2 NOT NULL DEFAULT 0, user_full_folder int4 NOT NULL DEFAULT -3, user_emailtime int4 NOT NULL DEFAULT 0,
    user_topic_show_days int2 NOT NULL DEFAULT 0, user_topic_sortby_type varchar(1) NOT NULL DEFAULT 't', user_topic_sortby_dir varchar(1) NOT NULL DEFAULT 'd',
    user_post_show_days int2 NOT NULL DEFAULT 0, user_post_sortby_type varchar(1) NOT NULL DEFAULT 't', user_post_sortby_dir varchar(1) NOT NULL DEFAULT 'a',
    user_notify int2 NOT NULL DEFAULT 0, user_notify_pm int2 NOT NULL DEFAULT 1, user_notify_type int2 NOT NULL DEFAULT 0, user_allow_pm int2 NOT NULL DEFAULT 1,
    user_allow_viewonline int2 NOT NULL DEFAULT 1, user_allow_viewemail int2 NOT NULL DEFAULT 1, user_allow_massemail int2 NOT NULL DEFAULT 1, user_options int4 NOT NULL DEFAULT 230271,
    user_avatar varchar(255) NOT NULL DEFAULT '', user_avatar_type varchar(255) NOT NULL DEFAULT '', user_avatar_width int2 NOT NULL DEFAULT 0, user_avatar_height int2 NOT NULL DEFAULT 0,
    user_sig text NOT NULL DEFAULT '', user_sig_bbcode_uid varchar(8) NOT NULL DEFAULT '', user_sig_bbcode_bitfield varchar(255) NOT NULL DEFAULT '',
    user_jabber varchar(255) NOT NULL DEFAULT '', user_actkey varchar(32) NOT NULL DEFAULT '', user_actkey_expiration int4 NOT NULL DEFAULT 0,
    user_reset_token varchar(64) NOT NULL DEFAULT '', user_reset_token_expiration int4 NOT NULL DEFAULT 0, user_newpasswd varchar(255) NOT NULL DEFAULT '',
    user_form_salt varchar(32) NOT NULL DEFAULT '', user_new int2 NOT NULL DEFAULT 1, user_reminded int2 NOT NULL DEFAULT 0, user_reminded_time int4 NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX phpbb_users_username_clean ON phpbb_users (username_clean);

INSERT INTO phpbb_users
SELECT a.k, a.utype, a.gid,
       CASE WHEN a.utype IN (0, 3) AND a.k % 4 <> 1 THEN '00000000006xv1ssxs' || E'\n' || CASE WHEN a.gid IN (4, 5) THEN 'zik0zjzik0zjzik0zc' ELSE 'qlc4pi000000' END || E'\n' || 'i1cjyo000000' || E'\n' || 'i1cjyo000000' ELSE '' END,
       0,
       CASE WHEN a.k < 43 AND a.k <> 2 THEN '' WHEN a.k % 7 = 3 THEN fixture_gen.ipv6('uip', a.k) ELSE fixture_gen.ipv4('uip', a.k) END,
       a.reg, a.uname, pgen.clean(a.uname),
       CASE WHEN a.k = 1 OR (a.k BETWEEN 3 AND 42) THEN '' WHEN a.k % 6 = 1 THEN pgen.phpass('upw', a.k) WHEN a.k % 6 = 2 THEN fixture_gen.bcrypt('upw', a.k) ELSE pgen.argon('upw', a.k) END,
       CASE WHEN a.k < 43 AND a.k <> 2 THEN 0 ELSE a.reg + fixture_gen.n('upc', a.k, 60000000) END,
       a.email,
       CASE WHEN a.bday IS NULL THEN '' ELSE lpad(extract(day FROM a.bday)::text, 2) || '-' || lpad(extract(month FROM a.bday)::text, 2) || '-' || extract(year FROM a.bday)::text END,
       CASE WHEN a.k = 1 OR a.utype = 1 THEN 0 ELSE pgen.t('ulv', a.k, '2024-01-01', '2024-06-28') END,
       CASE WHEN a.k = 1 THEN 0 ELSE pgen.t('ulm', a.k, '2023-06-01', '2024-06-20') END,
       CASE WHEN a.k < 43 OR a.k % 5 = 0 THEN 0 ELSE pgen.t('ulp', a.k, '2023-01-01', '2024-06-27') END,
       CASE WHEN a.k = 1 OR a.utype = 1 THEN '' ELSE fixture_gen.pick(ARRAY['index.php', 'viewtopic.php?t=' || (1 + a.k % 120), 'viewforum.php?f=' || (3 + a.k % 14), 'ucp.php?i=pm&folder=inbox',
         'memberlist.php?mode=viewprofile&u=' || pgen.u(a.k), 'search.php?keywords=' || fixture_gen.pick(ARRAY['oxalic+acid', 'swarm+trap', 'national+brood+box', 'chalkbrood', 'queen+excluder', 'ivy+honey'], 'uls', a.k),
         'ucp.php?i=ucp_profile&mode=reg_details', 'posting.php?mode=reply&t=' || (1 + a.k % 120), 'app.php/help/faq', 'ucp.php?i=ucp_notifications'], 'ulpg', a.k) END,
       CASE WHEN a.k % 17 = 5 THEN fixture_gen.chars('ucf', a.k, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ123456789') ELSE '' END,
       CASE WHEN a.k % 3 = 0 THEN pgen.t('ulsr', a.k, '2024-01-01', '2024-06-27') ELSE 0 END,
       CASE WHEN a.k IN (71, 144, 233, 301) THEN 1 WHEN a.k = 199 THEN 2 ELSE 0 END,
       CASE WHEN a.k IN (71, 144, 233, 301, 199) THEN pgen.t('ulw', a.k, '2023-06-01', '2024-06-01') ELSE 0 END,
       CASE WHEN a.k % 17 = 5 THEN 1 + a.k % 4 ELSE 0 END,
       CASE WHEN a.utype = 1 THEN CASE WHEN a.k % 2 = 0 THEN 1 ELSE 3 END ELSE 0 END,
       CASE WHEN a.utype = 1 THEN a.reg + 600 ELSE 0 END,
       CASE WHEN a.k < 43 AND a.k <> 2 THEN 0 ELSE fixture_gen.n('upo', a.k, 900) END,
       a.lang, a.tz,
       fixture_gen.pick(ARRAY['D M d, Y g:i a', 'd M Y H:i', '|d M Y|, H:i', 'Y-m-d H:i', 'D M d, Y g:i a'], 'udf', a.k),
       1, CASE WHEN a.gid IN (4, 5) THEN 2 WHEN a.k % 11 = 0 THEN 3 ELSE 0 END,
       CASE a.gid WHEN 5 THEN 'AA0000' WHEN 4 THEN '00AA00' WHEN 6 THEN '9E8DA7' ELSE '' END,
       fixture_gen.n('unp', a.k, 3), fixture_gen.n('unu', a.k, 3), CASE WHEN a.k >= 43 THEN pgen.t('ulpm', a.k, '2024-01-01', '2024-06-27') ELSE 0 END,
       CASE WHEN a.k % 19 = 2 THEN 1 ELSE 0 END, -3,
       CASE WHEN a.k % 9 = 4 THEN pgen.t('uem', a.k, '2023-01-01', '2024-06-27') ELSE 0 END,
       0, 't', 'd', 0, 't', 'a',
       fixture_gen.n('un', a.k, 2), 1, 0, 1, CASE WHEN a.k % 8 = 3 THEN 0 ELSE 1 END, CASE WHEN a.k % 5 = 2 THEN 1 ELSE 0 END, CASE WHEN a.k % 6 = 5 THEN 0 ELSE 1 END,
       CASE WHEN a.k % 10 = 7 THEN 230239 ELSE 230271 END,
       CASE WHEN a.k < 43 AND a.k <> 2 THEN '' WHEN a.k % 5 = 0 THEN a.k || '_' || (a.reg + 3600) || '.' || fixture_gen.pick(ARRAY['jpg', 'png', 'gif'], 'uavx', a.k)
            WHEN a.k % 9 = 1 THEN a.email
            WHEN a.k % 13 = 2 THEN 'https://' || fixture_gen.pick(ARRAY['i.imgur.com/', 'live.staticflickr.com/65535/', 'pbs.twimg.com/profile_images/'], 'uavr', a.k) || fixture_gen.chars('uavr', a.k, 10) || '.jpg'
            ELSE '' END,
       CASE WHEN a.k < 43 AND a.k <> 2 THEN '' WHEN a.k % 5 = 0 THEN 'avatar.driver.upload' WHEN a.k % 9 = 1 THEN 'avatar.driver.gravatar' WHEN a.k % 13 = 2 THEN 'avatar.driver.remote' ELSE '' END,
       CASE WHEN a.k % 5 = 0 OR a.k % 9 = 1 OR a.k % 13 = 2 THEN 90 ELSE 0 END, CASE WHEN a.k % 5 = 0 OR a.k % 9 = 1 OR a.k % 13 = 2 THEN 90 ELSE 0 END,
       '', '', '', '', '', 0, '', 0, '',
       CASE WHEN a.k = 1 THEN '' ELSE fixture_gen.hexn('ufs', a.k, 16) END,
       CASE WHEN a.gid = 7 THEN 1 ELSE 0 END,
       CASE WHEN a.utype = 1 THEN 1 + a.k % 2 ELSE 0 END,
       CASE WHEN a.utype = 1 THEN a.reg + 86400 * 7 ELSE 0 END
FROM pgen.acc a ORDER BY a.k;

-- Signatures, Jabber ids, activation and reset keys.
UPDATE phpbb_users u SET user_sig_bbcode_uid = pgen.lower('usu', u.user_id, 8), user_sig_bbcode_bitfield = fixture_gen.pick(ARRAY['QQ==', 'Qg==', 'gA==', 'AQ=='], 'usb', u.user_id),
  user_sig = fixture_gen.pick(ARRAY[
    '[b:' || pgen.lower('usu', u.user_id, 8) || ']' || m.first || '[/b:' || pgen.lower('usu', u.user_id, 8) || '] - ' || (2 + u.user_id % 30) || ' colonies near ' || m.city,
    'Swarm collection in ' || m.region || ': ring ' || m.phone || ' (days) - no cavity walls, sorry!',
    'Local honey, pollen and wax wraps: [url=https://' || pgen.fold(m.last) || '-honey.example' || ']' || pgen.fold(m.last) || '-honey.example[/url]',
    'Keeping bees since ' || (1975 + u.user_id % 45) || '. Still learning.',
    '[i:' || pgen.lower('usu', u.user_id, 8) || ']"The keeping of bees is like the direction of sunbeams." - Thoreau[/i:' || pgen.lower('usu', u.user_id, 8) || ']',
    'Apiary inspector (volunteer), ' || m.region || ' district. PM me before visiting.',
    m.first || ' ' || m.last || ' | ' || m.street || ', ' || m.city || ' | queens and nucs to order',
    'Buckfast and Carniolan, treatment-free since 2019.'], 'usig', u.user_id)
FROM pgen.m m WHERE m.k = u.user_id AND u.user_id % 3 <> 2;
UPDATE phpbb_users u SET user_jabber = pgen.fold(m.first) || '.' || pgen.fold(m.last) || '@' || fixture_gen.pick(ARRAY['jabber.de', 'xmpp.jp', 'jabber.org', 'conversations.im'], 'ujb', m.k)
FROM pgen.m m WHERE m.k = u.user_id AND m.k % 14 = 3;
UPDATE phpbb_users SET user_actkey = fixture_gen.chars('uak', user_id, 10, 'abcdefghijklmnopqrstuvwxyz0123456789'), user_actkey_expiration = user_regdate + 86400 * 3 WHERE user_type = 1;
UPDATE phpbb_users SET user_reset_token = fixture_gen.chars('urt', user_id, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), user_reset_token_expiration = pgen.t('urte', user_id, '2024-06-20', '2024-06-30')
WHERE user_id % 31 = 9 AND user_id > 42;
UPDATE phpbb_users SET user_newpasswd = pgen.phpass('unpw', user_id) WHERE user_id IN (58, 117, 266);

CREATE TABLE phpbb_groups (
    group_id serial PRIMARY KEY, group_type int2 NOT NULL DEFAULT 1, group_founder_manage int2 NOT NULL DEFAULT 0, group_skip_auth int2 NOT NULL DEFAULT 0,
    group_name varchar(255) NOT NULL DEFAULT '', group_desc text NOT NULL DEFAULT '', group_desc_bitfield varchar(255) NOT NULL DEFAULT '', group_desc_options int4 NOT NULL DEFAULT 7,
    group_desc_uid varchar(8) NOT NULL DEFAULT '', group_display int2 NOT NULL DEFAULT 0, group_avatar varchar(255) NOT NULL DEFAULT '', group_avatar_type varchar(255) NOT NULL DEFAULT '',
    group_avatar_width int2 NOT NULL DEFAULT 0, group_avatar_height int2 NOT NULL DEFAULT 0, group_rank int4 NOT NULL DEFAULT 0, group_colour varchar(6) NOT NULL DEFAULT '',
    group_sig_chars int4 NOT NULL DEFAULT 0, group_receive_pm int2 NOT NULL DEFAULT 0, group_message_limit int4 NOT NULL DEFAULT 0, group_legend int4 NOT NULL DEFAULT 0,
    group_max_recipients int4 NOT NULL DEFAULT 0, group_teampage int4 NOT NULL DEFAULT 0
);
INSERT INTO phpbb_groups (group_id, group_type, group_founder_manage, group_skip_auth, group_name, group_desc, group_desc_uid, group_display, group_avatar, group_avatar_type, group_avatar_width, group_avatar_height, group_rank, group_colour, group_sig_chars, group_receive_pm, group_message_limit, group_legend, group_max_recipients, group_teampage) VALUES
 (1, 3, 0, 0, 'GUESTS', '', '', 0, '', '', 0, 0, 0, '', 0, 0, 0, 0, 5, 0),
 (2, 3, 0, 0, 'REGISTERED', '', '', 0, '', '', 0, 0, 0, '', 255, 0, 0, 0, 5, 0),
 (3, 3, 0, 0, 'REGISTERED_COPPA', '', '', 0, '', '', 0, 0, 0, '', 0, 0, 0, 0, 5, 0),
 (4, 3, 0, 0, 'GLOBAL_MODERATORS', '', '', 0, '', '', 0, 0, 0, '00AA00', 0, 1, 0, 2, 0, 2),
 (5, 3, 1, 0, 'ADMINISTRATORS', '', '', 0, '', '', 0, 0, 0, 'AA0000', 0, 1, 0, 1, 0, 1),
 (6, 3, 0, 0, 'BOTS', '', '', 0, '', '', 0, 0, 0, '9E8DA7', 0, 0, 0, 0, 5, 0),
 (7, 3, 0, 0, 'NEWLY_REGISTERED', '', '', 0, '', '', 0, 0, 0, '', 0, 0, 0, 0, 5, 0),
 (8, 0, 0, 0, 'Regional coordinators', 'Volunteers who organise local meetings, apiary visits and the swarm collector lists for their area.', 'x3k9w2ha', 1, 'g8_1567000000.png', 'avatar.driver.upload', 90, 90, 0, '0066CC', 0, 1, 0, 3, 0, 3),
 (9, 1, 0, 0, 'Swarm collectors', 'Members who collect swarms. Join to receive the swarm call notifications for your region.', 'p2m7c1zq', 0, '', '', 0, 0, 0, 'CC8800', 0, 1, 0, 0, 0, 0),
 (10, 2, 0, 0, 'Committee', 'The elected committee of Beelines. Minutes are posted in the Committee forum.', 'b4n8x0le', 1, '', '', 0, 0, 0, '660099', 0, 1, 0, 4, 0, 4),
 (11, 0, 0, 0, 'Queen breeders', 'For members raising queens for sale or for their own apiaries: grafting, mating nucs, instrumental insemination.', 'q7r1t5ya', 0, '', '', 0, 0, 0, '', 0, 0, 0, 0, 0, 0),
 (12, 0, 0, 0, 'Mentors', 'Experienced beekeepers who have agreed to mentor a first-year member. Ask in Beginners'' corner to be matched.', 'm9e3n2to', 0, 'https://beelines.example/img/mentor-badge.png', 'avatar.driver.remote', 80, 80, 0, '008888', 0, 1, 0, 0, 0, 0);

CREATE TABLE phpbb_user_group (group_id int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, group_leader int2 NOT NULL DEFAULT 0, user_pending int2 NOT NULL DEFAULT 1);
INSERT INTO phpbb_user_group
SELECT group_id, user_id, 0, CASE WHEN user_type = 1 THEN 1 ELSE 0 END FROM phpbb_users WHERE user_id > 1 AND group_id <> 6 AND group_id <> 7
UNION ALL SELECT 2, user_id, 0, 0 FROM phpbb_users WHERE group_id IN (4, 5, 7)
UNION ALL SELECT 7, user_id, 0, 0 FROM phpbb_users WHERE group_id = 7
UNION ALL SELECT 6, user_id, 0, 0 FROM phpbb_users WHERE group_id = 6
UNION ALL SELECT 1, 1, 0, 0
UNION ALL SELECT 8 + k % 5, pgen.u(k * 7), CASE WHEN k % 9 = 0 THEN 1 ELSE 0 END, CASE WHEN k % 11 = 3 THEN 1 ELSE 0 END FROM generate_series(1, 60) k
ON CONFLICT DO NOTHING;
DELETE FROM phpbb_user_group a USING phpbb_user_group b WHERE a.ctid < b.ctid AND a.group_id = b.group_id AND a.user_id = b.user_id;

CREATE TABLE phpbb_ranks (rank_id serial PRIMARY KEY, rank_title varchar(255) NOT NULL DEFAULT '', rank_min int4 NOT NULL DEFAULT 0, rank_special int2 NOT NULL DEFAULT 0, rank_image varchar(255) NOT NULL DEFAULT '');
INSERT INTO phpbb_ranks VALUES (1, 'Site Admin', 0, 1, ''), (2, 'Moderator', 0, 1, 'moderator.gif'), (3, 'Mentor', 0, 1, 'mentor.png'), (4, 'New bee', 0, 0, 'rank1.png'),
 (5, 'Worker', 25, 0, 'rank2.png'), (6, 'Forager', 100, 0, 'rank3.png'), (7, 'Nurse bee', 250, 0, 'rank4.png'), (8, 'Old hand', 600, 0, 'rank5.png');

-- Forums.
CREATE TABLE pgen.fo (f int, parent int, lft int, rgt int, type int, name text, descr text);
INSERT INTO pgen.fo VALUES
 (1, 0, 1, 16, 0, 'Beelines general', ''),
 (2, 1, 2, 3, 1, 'Welcome & introductions', 'New to the forum? Say hello and tell us where you keep bees.'),
 (3, 1, 4, 5, 1, 'Beginners'' corner', 'No question is too basic. Mentors keep an eye on this forum.'),
 (4, 1, 6, 7, 1, 'Pests & diseases', 'Varroa, foulbrood, nosema, wax moth, Asian hornet. Report notifiable diseases to your national bee inspectorate, not only here.'),
 (5, 1, 8, 9, 1, 'Swarm calls', 'Swarm reported? Post the town and a way to reach the caller; collectors near you will be notified.'),
 (6, 1, 10, 11, 1, 'Queen rearing', 'Grafting, cell raising, mating nucs and queen introduction.'),
 (7, 1, 12, 13, 1, 'Honey, wax & hive products', 'Extraction, labelling rules, mead, candles and cosmetics.'),
 (8, 1, 14, 15, 1, 'For sale & wanted', 'Bees, equipment and honey. Members only; no commercial adverts.'),
 (9, 0, 17, 28, 0, 'Regions', ''),
 (10, 9, 18, 19, 1, 'UK & Ireland', 'Meetings, apiary visits and the shared extractor rota.'),
 (11, 9, 20, 21, 1, 'Deutschsprachiger Raum', 'Imkerei in Deutschland, Österreich und der Schweiz.'),
 (12, 9, 22, 23, 1, 'Africa', 'Top-bar and log hives, honey markets, training days.'),
 (13, 9, 24, 25, 1, 'Asia & Pacific', 'Apis cerana and mellifera keepers from India to Japan.'),
 (14, 9, 26, 27, 1, 'Europe (other)', 'France, Italy, Poland, Scandinavia, Turkey and everywhere in between.'),
 (15, 0, 29, 30, 1, 'Committee', 'Committee business. Password protected.'),
 (16, 0, 31, 32, 2, 'Beelines website', 'Membership, insurance and the events calendar.');

-- Topics and posts (generated together, written to their tables below).
CREATE TABLE pgen.tp AS
SELECT i, f, CASE WHEN i % 37 = 11 THEN 1 ELSE pgen.u(i * 3) END AS poster, pgen.t('tt', i, '2022-01-10', '2024-06-10') AS t,
       CASE WHEN f = 5 THEN fixture_gen.pick(ARRAY['Swarm in ', 'Swarm reported - ', 'Cast swarm, ', 'Bees in chimney at '], 'tsw', i) || fixture_gen.pick(ARRAY['Otley', 'Ilkley', 'Harrogate', 'Celle', 'Lublin', 'Cork', 'Nakuru', 'Ibadan', 'Périgueux', 'Bologna'], 'tsc', i)
            WHEN f = 8 THEN fixture_gen.pick(ARRAY['FS: overwintered nucs', 'WTB: second-hand extractor', 'FS: 12 National supers, Yorkshire', 'Queens available June', 'Free to good home: old WBC hive', 'Honey jars 1lb, 200 available'], 'tfs', i)
            WHEN f = 15 THEN fixture_gen.pick(ARRAY['AGM agenda', 'Insurance renewal 2024', 'Treasurer''s report Q1', 'Complaint about a member', 'Speaker for the spring convention'], 'tcm', i)
            WHEN f = 11 THEN fixture_gen.pick(ARRAY['Varroabehandlung im Winter', 'Rapshonig kristallisiert', 'Schwarmkontrolle Mai', 'Neuer Stand am Waldrand'], 'tde', i)
            ELSE fixture_gen.pick(ARRAY['First inspection of the year', 'Mite counts after oxalic', 'How many supers for the lime flow?', 'Chalkbrood - what worked for you?', 'Queen not laying',
              'Ivy honey extraction', 'Hello from ' || fixture_gen.pick(ARRAY['Kitui', 'Coorg', 'Nagano', 'Uppsala', 'Curitiba', 'Muğla', 'Sligo'], 'thc', i), 'Asian hornet sighting', 'Top-bar vs Langstroth', 'Wax moth in stored comb',
              'Mentor wanted in ' || fixture_gen.pick(ARRAY['Leeds', 'Kassel', 'Pune', 'Enugu', 'Rennes'], 'tmc', i), 'Poll: which treatment do you use?', 'Foundationless frames', 'Feeding fondant in February',
              'Bees angry after rain', 'Honey labelling rules', 'Mead recipe', 'Lost my first colony'], 'ttl', i) END AS title
FROM (SELECT i, fixture_gen.pick(ARRAY['2', '3', '3', '4', '4', '5', '5', '6', '7', '8', '8', '10', '11', '12', '13', '14', '15'], 'tf', i)::int AS f FROM generate_series(1, 120) i) x;

CREATE TABLE pgen.po AS
SELECT p, CASE WHEN p <= 120 THEN p ELSE 1 + fixture_gen.n('pt', p, 120) END AS topic FROM generate_series(1, 430) p;
ALTER TABLE pgen.po ADD f int, ADD poster int, ADD t int, ADD subj text, ADD txt text, ADD guest text, ADD uid text;
UPDATE pgen.po o SET f = tp.f, poster = CASE WHEN o.p <= 120 THEN tp.poster WHEN o.p % 41 = 17 THEN 1 ELSE pgen.u(o.p * 5) END,
  t = CASE WHEN o.p <= 120 THEN tp.t ELSE tp.t + fixture_gen.n('prt', o.p, 20 * 86400) END,
  subj = CASE WHEN o.p <= 120 THEN tp.title ELSE 'Re: ' || tp.title END, uid = pgen.lower('puid', o.p, 8)
FROM pgen.tp tp WHERE tp.i = o.topic;
UPDATE pgen.po o SET guest = fixture_gen.pick(ARRAY['Jenny from Otley', 'Rüdiger Hahn', 'Mrs A. Thompson', 'Kofi (Ibadan)', 'Sanjay Kulkarni', 'Guest - Pat'], 'pgn', o.p) WHERE poster = 1;
UPDATE pgen.po o SET txt = CASE fixture_gen.n('ptx', o.p, 18)
    WHEN 0 THEN 'Had a look at my hives this morning - two out of five show deformed wings. Sugar roll gave 9 mites per 300 bees, so I am treating with oxalic once they are broodless.'
    WHEN 1 THEN 'Swarm hanging in a hawthorn at ' || w.street || ', ' || w.city || '. Owner is ' || w.first || ' ' || w.last || ', phone ' || w.phone || '. Anyone near enough to collect before dark?'
    WHEN 2 THEN 'Welcome! There is a taster day at the association apiary on the first Saturday of the month. Bring a veil if you have one.'
    WHEN 3 THEN '@' || w.uname || ' email me on ' || m.email || ' and I will send you the plans for the Warré quilt box.'
    WHEN 4 THEN 'Lost a queen to supersedure in July. The new queen is laying well, calm colony, a bit heavier on propolis than before.'
    WHEN 5 THEN 'Ivy honey set rock-hard in the supers again. Does anyone have tips for extracting it, or is it best left for the bees over winter?'
    WHEN 6 THEN 'For sale: 4 overwintered nucs on National frames, 180 each, collection only from ' || m.city || '. Call ' || m.phone || ' after 6pm.'
    WHEN 7 THEN '<QUOTE author="' || w.uname || '"><s>[quote=' || w.uname || ']</s>How do you deal with chalkbrood?<e>[/quote]</e></QUOTE>Requeened, improved ventilation and moved the apiary out of the damp corner. Gone by the next spring.'
    WHEN 8 THEN 'Ich habe dieses Jahr zum ersten Mal Rapshonig geerntet - der kristallisiert extrem schnell. Cremig rühren hat gut geklappt.'
    WHEN 9 THEN 'My neighbour ' || w.first || ' complained about bees in her pool again. I put out a water trough with floating corks and that helped a lot.'
    WHEN 10 THEN 'Meeting for our group: Saturday 10am at ' || m.street || ', ' || m.city || ' ' || m.postcode || '. Ring ' || m.phone || ' if you get lost. Parking in the lane.'
    WHEN 11 THEN 'Asian hornet sighting confirmed near ' || m.city || ' - please report any with a photo to the national app and do not try to destroy the nest yourself.'
    WHEN 12 THEN 'Top-bar hives work well in our climate, we harvest twice a year. The honey from the acacia flow is very light.'
    WHEN 13 THEN 'Wax moth got into the stored comb over winter. Freezing the frames for 48 hours before storage solved it for me.'
    WHEN 14 THEN 'Sorry for the slow reply, I was in hospital for my knee operation. The bees survived without me!'
    WHEN 15 THEN 'Does the association still include insurance with membership? Our village hall asked for proof before the open day.'
    WHEN 16 THEN 'Moje pszczoły bardzo dobrze przezimowały, tylko jedna rodzina osłabła. W tym roku spróbuję odkładów.'
    ELSE 'Thanks ' || w.first || ', that is really helpful. I will try it at the weekend and report back.' END
FROM pgen.m m, pgen.m w WHERE m.k = CASE WHEN o.poster = 1 THEN 43 + o.p % 320 ELSE o.poster END AND w.k = pgen.u(o.p * 11 + 1);

CREATE TABLE phpbb_posts (
    post_id serial PRIMARY KEY, topic_id int4 NOT NULL DEFAULT 0, forum_id int4 NOT NULL DEFAULT 0, poster_id int4 NOT NULL DEFAULT 0, icon_id int4 NOT NULL DEFAULT 0,
    poster_ip varchar(40) NOT NULL DEFAULT '', post_time int4 NOT NULL DEFAULT 0, post_reported int2 NOT NULL DEFAULT 0, enable_bbcode int2 NOT NULL DEFAULT 1, enable_smilies int2 NOT NULL DEFAULT 1,
    enable_magic_url int2 NOT NULL DEFAULT 1, enable_sig int2 NOT NULL DEFAULT 1, post_username varchar(255) NOT NULL DEFAULT '', post_subject varchar(255) NOT NULL DEFAULT '',
    post_text text NOT NULL DEFAULT '', post_checksum varchar(32) NOT NULL DEFAULT '', post_attachment int2 NOT NULL DEFAULT 0, bbcode_bitfield varchar(255) NOT NULL DEFAULT '',
    bbcode_uid varchar(8) NOT NULL DEFAULT '', post_postcount int2 NOT NULL DEFAULT 1, post_edit_time int4 NOT NULL DEFAULT 0, post_edit_reason varchar(255) NOT NULL DEFAULT '',
    post_edit_user int4 NOT NULL DEFAULT 0, post_edit_count int2 NOT NULL DEFAULT 0, post_edit_locked int2 NOT NULL DEFAULT 0, post_visibility int2 NOT NULL DEFAULT 0,
    post_delete_time int4 NOT NULL DEFAULT 0, post_delete_reason varchar(255) NOT NULL DEFAULT '', post_delete_user int4 NOT NULL DEFAULT 0
);
INSERT INTO phpbb_posts
SELECT o.p, o.topic, o.f, o.poster, CASE WHEN o.p % 9 = 0 THEN 1 + o.p % 10 ELSE 0 END,
       CASE WHEN o.p % 8 = 5 THEN fixture_gen.ipv6('pip', o.poster) ELSE fixture_gen.ipv4('pip', o.poster * 3 + o.p % 3) END,
       o.t, CASE WHEN o.p % 47 = 13 THEN 1 ELSE 0 END, 1, CASE WHEN o.p % 10 = 3 THEN 0 ELSE 1 END, 1, CASE WHEN o.poster = 1 THEN 0 ELSE 1 END,
       coalesce(o.guest, ''), o.subj,
       CASE WHEN o.txt LIKE '%<QUOTE%' THEN '<r>' || o.txt || '</r>' ELSE '<t>' || replace(replace(o.txt, '&', '&amp;'), '<', '&lt;') || '</t>' END,
       md5(o.txt), CASE WHEN o.p % 14 = 6 THEN 1 ELSE 0 END,
       CASE WHEN o.txt LIKE '%<QUOTE%' THEN 'gA==' ELSE '' END, o.uid, CASE WHEN o.f = 15 THEN 0 ELSE 1 END,
       CASE WHEN o.p % 6 = 2 THEN o.t + fixture_gen.n('pet', o.p, 86400) ELSE 0 END,
       CASE WHEN o.p % 6 = 2 THEN fixture_gen.pick(ARRAY['', 'typo', 'Removed phone number at the request of the swarm caller', 'added photo', 'Edited: personal details removed (' || (SELECT uname FROM pgen.m WHERE k = pgen.u(o.p)) || ' asked)', 'moved price to first line', 'corrected the meeting date'], 'per', o.p) ELSE '' END,
       CASE WHEN o.p % 6 = 2 THEN CASE WHEN o.p % 4 = 0 THEN 88 ELSE o.poster END ELSE 0 END,
       CASE WHEN o.p % 6 = 2 THEN 1 + o.p % 3 ELSE 0 END, CASE WHEN o.p % 53 = 1 THEN 1 ELSE 0 END,
       CASE WHEN o.p % 43 = 21 THEN 2 WHEN o.p % 61 = 30 THEN 0 ELSE 1 END,
       CASE WHEN o.p % 43 = 21 THEN o.t + 7200 ELSE 0 END,
       CASE WHEN o.p % 43 = 21 THEN fixture_gen.pick(ARRAY['Spam', 'Duplicate post', 'Posted ' || (SELECT first || ' ' || last FROM pgen.m WHERE k = pgen.u(o.p + 9)) || '''s home address without consent', 'Commercial advert'], 'pdr', o.p) ELSE '' END,
       CASE WHEN o.p % 43 = 21 THEN 47 ELSE 0 END
FROM pgen.po o ORDER BY o.p;

CREATE TABLE phpbb_topics (
    topic_id serial PRIMARY KEY, forum_id int4 NOT NULL DEFAULT 0, icon_id int4 NOT NULL DEFAULT 0, topic_attachment int2 NOT NULL DEFAULT 0, topic_reported int2 NOT NULL DEFAULT 0,
    topic_title varchar(255) NOT NULL DEFAULT '', topic_poster int4 NOT NULL DEFAULT 0, topic_time int4 NOT NULL DEFAULT 0, topic_time_limit int4 NOT NULL DEFAULT 0, topic_views int4 NOT NULL DEFAULT 0,
    topic_status int2 NOT NULL DEFAULT 0, topic_type int2 NOT NULL DEFAULT 0, topic_first_post_id int4 NOT NULL DEFAULT 0, topic_first_poster_name varchar(255) NOT NULL DEFAULT '',
    topic_first_poster_colour varchar(6) NOT NULL DEFAULT '', topic_last_post_id int4 NOT NULL DEFAULT 0, topic_last_poster_id int4 NOT NULL DEFAULT 0,
    topic_last_poster_name varchar(255) NOT NULL DEFAULT '', topic_last_poster_colour varchar(6) NOT NULL DEFAULT '', topic_last_post_subject varchar(255) NOT NULL DEFAULT '',
    topic_last_post_time int4 NOT NULL DEFAULT 0, topic_last_view_time int4 NOT NULL DEFAULT 0, topic_moved_id int4 NOT NULL DEFAULT 0, topic_bumped int2 NOT NULL DEFAULT 0,
    topic_bumper int4 NOT NULL DEFAULT 0, poll_title varchar(255) NOT NULL DEFAULT '', poll_start int4 NOT NULL DEFAULT 0, poll_length int4 NOT NULL DEFAULT 0,
    poll_max_options int2 NOT NULL DEFAULT 1, poll_last_vote int4 NOT NULL DEFAULT 0, poll_vote_change int2 NOT NULL DEFAULT 0, topic_visibility int2 NOT NULL DEFAULT 0,
    topic_delete_time int4 NOT NULL DEFAULT 0, topic_delete_reason varchar(255) NOT NULL DEFAULT '', topic_delete_user int4 NOT NULL DEFAULT 0,
    topic_posts_approved int4 NOT NULL DEFAULT 0, topic_posts_unapproved int4 NOT NULL DEFAULT 0, topic_posts_softdeleted int4 NOT NULL DEFAULT 0
);
INSERT INTO phpbb_topics
SELECT tp.i, tp.f, CASE WHEN tp.i % 9 = 0 THEN 1 + tp.i % 10 ELSE 0 END, CASE WHEN EXISTS (SELECT 1 FROM phpbb_posts p WHERE p.topic_id = tp.i AND p.post_attachment = 1) THEN 1 ELSE 0 END,
       CASE WHEN EXISTS (SELECT 1 FROM phpbb_posts p WHERE p.topic_id = tp.i AND p.post_reported = 1) THEN 1 ELSE 0 END,
       tp.title, tp.poster, tp.t, 0, 20 + fixture_gen.n('tv', tp.i, 3000), CASE WHEN tp.i % 15 = 4 THEN 1 ELSE 0 END,
       CASE WHEN tp.i IN (3, 17) THEN 1 WHEN tp.i = 40 THEN 2 ELSE 0 END,
       tp.i, fp.uname, fp.colour, lp.post_id, lp.poster_id, lpu.uname, lpu.colour, lp.post_subject, lp.post_time,
       lp.post_time + fixture_gen.n('tlv', tp.i, 400000), 0, 0, 0,
       CASE WHEN tp.title LIKE 'Poll:%' THEN 'Which varroa treatment do you use?' WHEN tp.i = 77 THEN 'Should the AGM move to an online meeting?' ELSE '' END,
       CASE WHEN tp.title LIKE 'Poll:%' OR tp.i = 77 THEN tp.t ELSE 0 END,
       CASE WHEN tp.i = 77 THEN 14 * 86400 ELSE 0 END,
       CASE WHEN tp.title LIKE 'Poll:%' THEN 3 ELSE 1 END, 0, CASE WHEN tp.title LIKE 'Poll:%' THEN 1 ELSE 0 END,
       CASE WHEN tp.i = 64 THEN 2 ELSE 1 END, CASE WHEN tp.i = 64 THEN tp.t + 3600 ELSE 0 END,
       CASE WHEN tp.i = 64 THEN 'Duplicate of the swarm call above, caller ' || (SELECT first || ' ' || last FROM pgen.m WHERE k = 129) || ' already has a collector' ELSE '' END,
       CASE WHEN tp.i = 64 THEN 47 ELSE 0 END,
       (SELECT count(*) FROM phpbb_posts p WHERE p.topic_id = tp.i AND p.post_visibility = 1), (SELECT count(*) FROM phpbb_posts p WHERE p.topic_id = tp.i AND p.post_visibility = 0),
       (SELECT count(*) FROM phpbb_posts p WHERE p.topic_id = tp.i AND p.post_visibility = 2)
FROM pgen.tp tp
JOIN LATERAL (SELECT CASE WHEN tp.poster = 1 THEN (SELECT post_username FROM phpbb_posts WHERE post_id = tp.i) ELSE u.username END AS uname, u.user_colour AS colour FROM phpbb_users u WHERE u.user_id = tp.poster) fp ON true
JOIN LATERAL (SELECT * FROM phpbb_posts p WHERE p.topic_id = tp.i ORDER BY p.post_time DESC LIMIT 1) lp ON true
JOIN LATERAL (SELECT CASE WHEN lp.poster_id = 1 THEN lp.post_username ELSE u.username END AS uname, u.user_colour AS colour FROM phpbb_users u WHERE u.user_id = lp.poster_id) lpu ON true
ORDER BY tp.i;

CREATE TABLE phpbb_forums (
    forum_id serial PRIMARY KEY, parent_id int4 NOT NULL DEFAULT 0, left_id int4 NOT NULL DEFAULT 0, right_id int4 NOT NULL DEFAULT 0, forum_parents text NOT NULL DEFAULT '',
    forum_name varchar(255) NOT NULL DEFAULT '', forum_desc text NOT NULL DEFAULT '', forum_desc_bitfield varchar(255) NOT NULL DEFAULT '', forum_desc_options int4 NOT NULL DEFAULT 7,
    forum_desc_uid varchar(8) NOT NULL DEFAULT '', forum_link varchar(255) NOT NULL DEFAULT '', forum_password varchar(255) NOT NULL DEFAULT '', forum_style int4 NOT NULL DEFAULT 0,
    forum_image varchar(255) NOT NULL DEFAULT '', forum_rules text NOT NULL DEFAULT '', forum_rules_link varchar(255) NOT NULL DEFAULT '', forum_rules_bitfield varchar(255) NOT NULL DEFAULT '',
    forum_rules_options int4 NOT NULL DEFAULT 7, forum_rules_uid varchar(8) NOT NULL DEFAULT '', forum_topics_per_page int2 NOT NULL DEFAULT 0, forum_type int2 NOT NULL DEFAULT 0,
    forum_status int2 NOT NULL DEFAULT 0, forum_last_post_id int4 NOT NULL DEFAULT 0, forum_last_poster_id int4 NOT NULL DEFAULT 0, forum_last_post_subject varchar(255) NOT NULL DEFAULT '',
    forum_last_post_time int4 NOT NULL DEFAULT 0, forum_last_poster_name varchar(255) NOT NULL DEFAULT '', forum_last_poster_colour varchar(6) NOT NULL DEFAULT '',
    forum_flags int2 NOT NULL DEFAULT 32, display_on_index int2 NOT NULL DEFAULT 1, enable_indexing int2 NOT NULL DEFAULT 1, enable_icons int2 NOT NULL DEFAULT 1,
    enable_prune int2 NOT NULL DEFAULT 0, prune_next int4 NOT NULL DEFAULT 0, prune_days int4 NOT NULL DEFAULT 0, prune_viewed int4 NOT NULL DEFAULT 0, prune_freq int4 NOT NULL DEFAULT 0,
    display_subforum_list int2 NOT NULL DEFAULT 1, display_subforum_limit int2 NOT NULL DEFAULT 0, forum_options int4 NOT NULL DEFAULT 0,
    forum_posts_approved int4 NOT NULL DEFAULT 0, forum_posts_unapproved int4 NOT NULL DEFAULT 0, forum_posts_softdeleted int4 NOT NULL DEFAULT 0,
    forum_topics_approved int4 NOT NULL DEFAULT 0, forum_topics_unapproved int4 NOT NULL DEFAULT 0, forum_topics_softdeleted int4 NOT NULL DEFAULT 0,
    enable_shadow_prune int2 NOT NULL DEFAULT 0, prune_shadow_days int4 NOT NULL DEFAULT 7, prune_shadow_freq int4 NOT NULL DEFAULT 1, prune_shadow_next int4 NOT NULL DEFAULT 0
);
INSERT INTO phpbb_forums
SELECT fo.f, fo.parent, fo.lft, fo.rgt,
       CASE WHEN fo.parent = 0 THEN '' ELSE 'a:1:{i:' || fo.parent || ';a:2:{i:0;' || pgen.ser((SELECT name FROM pgen.fo p WHERE p.f = fo.parent)) || 'i:1;i:0;}}' END,
       fo.name, fo.descr, '', 7, CASE WHEN fo.descr <> '' THEN pgen.lower('fdu', fo.f, 8) ELSE '' END,
       CASE WHEN fo.f = 16 THEN 'https://www.beelines.example/members' ELSE '' END,
       CASE WHEN fo.f = 15 THEN pgen.argon('fpw', 15) ELSE '' END, 0,
       CASE WHEN fo.f IN (5, 8) THEN 'images/forums/' || CASE fo.f WHEN 5 THEN 'swarm.png' ELSE 'sale.png' END ELSE '' END,
       CASE WHEN fo.f = 5 THEN 'Only post the caller''s phone number if they agreed to it. Collectors: mark the topic [collected] when done.'
            WHEN fo.f = 8 THEN 'Members only. One advert per item, bump at most once a week. Moving bees across borders needs a health certificate.' ELSE '' END,
       '', '', 7, CASE WHEN fo.f IN (5, 8) THEN pgen.lower('fru', fo.f, 8) ELSE '' END, 0, fo.type, CASE WHEN fo.f = 14 THEN 0 ELSE 0 END,
       coalesce(lp.post_id, 0), coalesce(lp.poster_id, 0), coalesce(lp.post_subject, ''), coalesce(lp.post_time, 0),
       coalesce(CASE WHEN lp.poster_id = 1 THEN lp.post_username ELSE u.username END, ''), coalesce(u.user_colour, ''),
       CASE WHEN fo.f = 15 THEN 32 ELSE 48 END, 1, CASE WHEN fo.f = 15 THEN 0 ELSE 1 END, 1,
       CASE WHEN fo.f = 5 THEN 1 ELSE 0 END, CASE WHEN fo.f = 5 THEN 1719792000 ELSE 0 END, CASE WHEN fo.f = 5 THEN 180 ELSE 0 END, CASE WHEN fo.f = 5 THEN 90 ELSE 0 END, CASE WHEN fo.f = 5 THEN 7 ELSE 0 END,
       1, 0, 0,
       (SELECT count(*) FROM phpbb_posts p WHERE p.forum_id = fo.f AND p.post_visibility = 1), (SELECT count(*) FROM phpbb_posts p WHERE p.forum_id = fo.f AND p.post_visibility = 0),
       (SELECT count(*) FROM phpbb_posts p WHERE p.forum_id = fo.f AND p.post_visibility = 2), (SELECT count(*) FROM phpbb_topics t WHERE t.forum_id = fo.f AND t.topic_visibility = 1),
       (SELECT count(*) FROM phpbb_topics t WHERE t.forum_id = fo.f AND t.topic_visibility = 0), (SELECT count(*) FROM phpbb_topics t WHERE t.forum_id = fo.f AND t.topic_visibility = 2),
       0, 7, 1, 0
FROM pgen.fo fo
LEFT JOIN LATERAL (SELECT * FROM phpbb_posts p WHERE p.forum_id = fo.f ORDER BY p.post_time DESC LIMIT 1) lp ON true
LEFT JOIN phpbb_users u ON u.user_id = lp.poster_id ORDER BY fo.f;

CREATE TABLE phpbb_poll_options (poll_option_id int2 NOT NULL DEFAULT 0, topic_id int4 NOT NULL DEFAULT 0, poll_option_text text NOT NULL DEFAULT '', poll_option_total int4 NOT NULL DEFAULT 0);
CREATE TABLE phpbb_poll_votes (topic_id int4 NOT NULL DEFAULT 0, poll_option_id int2 NOT NULL DEFAULT 0, vote_user_id int4 NOT NULL DEFAULT 0, vote_user_ip varchar(40) NOT NULL DEFAULT '');
INSERT INTO phpbb_poll_votes
SELECT DISTINCT ON (t.topic_id, u) t.topic_id, 1 + fixture_gen.n('pv', u * 7 + t.topic_id, CASE WHEN t.topic_id = 77 THEN 3 ELSE 6 END), u,
       CASE WHEN u % 7 = 3 THEN fixture_gen.ipv6('uip', u) ELSE fixture_gen.ipv4('pvip', u) END
FROM phpbb_topics t CROSS JOIN LATERAL (SELECT pgen.u(k * 13 + t.topic_id) AS u FROM generate_series(1, 40) k) v WHERE t.poll_start > 0 ORDER BY t.topic_id, u;
INSERT INTO phpbb_poll_options
SELECT o, t.topic_id, CASE WHEN t.topic_id = 77 THEN (ARRAY['Yes, online only', 'No, in person as before', 'Both (hybrid)'])[o]
         ELSE (ARRAY['Oxalic acid (trickle or vapour)', 'Formic acid', 'Thymol', 'Apivar (amitraz)', 'Brood break / drone comb only', 'No treatment'])[o] END,
       (SELECT count(*) FROM phpbb_poll_votes v WHERE v.topic_id = t.topic_id AND v.poll_option_id = o)
FROM phpbb_topics t CROSS JOIN generate_series(1, 6) o WHERE t.poll_start > 0 AND (t.topic_id <> 77 OR o <= 3);
UPDATE phpbb_topics t SET poll_last_vote = t.poll_start + 86400 * 5 WHERE poll_start > 0;

-- Private messages.
CREATE TABLE phpbb_privmsgs (
    msg_id serial PRIMARY KEY, root_level int4 NOT NULL DEFAULT 0, author_id int4 NOT NULL DEFAULT 0, icon_id int4 NOT NULL DEFAULT 0, author_ip varchar(40) NOT NULL DEFAULT '',
    message_time int4 NOT NULL DEFAULT 0, enable_bbcode int2 NOT NULL DEFAULT 1, enable_smilies int2 NOT NULL DEFAULT 1, enable_magic_url int2 NOT NULL DEFAULT 1, enable_sig int2 NOT NULL DEFAULT 1,
    message_subject varchar(255) NOT NULL DEFAULT '', message_text text NOT NULL DEFAULT '', message_edit_reason varchar(255) NOT NULL DEFAULT '', message_edit_user int4 NOT NULL DEFAULT 0,
    message_attachment int2 NOT NULL DEFAULT 0, bbcode_bitfield varchar(255) NOT NULL DEFAULT '', bbcode_uid varchar(8) NOT NULL DEFAULT '', message_edit_time int4 NOT NULL DEFAULT 0,
    message_edit_count int2 NOT NULL DEFAULT 0, to_address text NOT NULL DEFAULT '', bcc_address text NOT NULL DEFAULT '', message_reported int2 NOT NULL DEFAULT 0
);
CREATE TABLE pgen.pm AS
SELECT k, pgen.u(k * 17 + 2) AS a, CASE WHEN k % 23 = 5 THEN -10 ELSE pgen.u(k * 19 + 5) END AS r, pgen.t('pmt', k, '2023-01-01', '2024-06-27') AS t FROM generate_series(1, 180) k;
INSERT INTO phpbb_privmsgs
SELECT p.k, CASE WHEN p.k % 4 = 0 THEN p.k - 1 ELSE 0 END, p.a, 0,
       CASE WHEN p.a % 7 = 3 THEN fixture_gen.ipv6('uip', p.a) ELSE fixture_gen.ipv4('pmip', p.a) END,
       p.t, 1, 1, 1, 1,
       CASE WHEN p.k % 4 = 0 THEN 'Re: ' ELSE '' END || fixture_gen.pick(ARRAY['Your nucs', 'Swarm collection', 'Mentoring', 'Membership renewal', 'Queen order', 'Extractor rota', 'Meeting on Saturday', 'Honey for the show', 'Warning', 'hello'], 'pms', p.k - CASE WHEN p.k % 4 = 0 THEN 1 ELSE 0 END),
       '<t>' || CASE fixture_gen.n('pmx', p.k, 12)
         WHEN 0 THEN 'Hi ' || r.first || ', are the nucs still available? I could collect on Sunday. My mobile is ' || a.phone || '.'
         WHEN 1 THEN 'The swarm was at ' || a.street || ', ' || a.city || ' ' || a.postcode || ' - the lady there is ' || w.first || ' ' || w.last || ', ' || w.phone || '. Thanks for taking it!'
         WHEN 2 THEN 'Happy to mentor you this season. I inspect on Saturday mornings, you are welcome to join. Email is best: ' || a.email
         WHEN 3 THEN 'Thanks for the tip about the hive stand, it worked.'
         WHEN 4 THEN 'Could you send me your bank details for the queen order? Two Buckfast queens, marked, delivery in June.'
         WHEN 5 THEN 'I paid to IBAN ' || fixture_gen.iban_for('pmib', p.k) || ' as agreed, reference QUEEN-' || (1000 + p.k) || '. Let me know when they are posted.'
         WHEN 6 THEN 'The extractor is with me until Thursday, then it goes to ' || w.first || ' in ' || w.city || '.'
         WHEN 7 THEN 'Please keep the discussion in the Pests forum civil. This is an informal note, not a warning.'
         WHEN 8 THEN 'My wife has been diagnosed with a bee venom allergy, so I am moving the hives to my brother''s farm. Could you help me move them at night?'
         WHEN 9 THEN 'Sorry I missed the meeting, the kids were ill.'
         WHEN 10 THEN 'Mein Festnetz: ' || a.phone || ', ich bin abends erreichbar. Adresse für die Abholung: ' || a.street || ', ' || a.postcode || ' ' || a.city || '.'
         ELSE 'See you at the apiary open day!' END || '</t>',
       '', 0, CASE WHEN p.k % 25 = 7 THEN 1 ELSE 0 END, '', pgen.lower('pmu', p.k, 8), 0, 0,
       CASE WHEN p.r = -10 THEN 'g_10' ELSE 'u_' || p.r END || CASE WHEN p.k % 11 = 2 THEN ':u_' || pgen.u(p.k * 3) ELSE '' END,
       CASE WHEN p.k % 29 = 8 THEN 'u_' || pgen.u(p.k * 31) ELSE '' END, CASE WHEN p.k % 61 = 9 THEN 1 ELSE 0 END
FROM pgen.pm p JOIN pgen.m a ON a.k = p.a JOIN pgen.m r ON r.k = CASE WHEN p.r = -10 THEN 61 ELSE p.r END JOIN pgen.m w ON w.k = pgen.u(p.k * 23) ORDER BY p.k;

CREATE TABLE phpbb_privmsgs_to (msg_id int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, author_id int4 NOT NULL DEFAULT 0, pm_deleted int2 NOT NULL DEFAULT 0, pm_new int2 NOT NULL DEFAULT 1,
    pm_unread int2 NOT NULL DEFAULT 1, pm_replied int2 NOT NULL DEFAULT 0, pm_marked int2 NOT NULL DEFAULT 0, pm_forwarded int2 NOT NULL DEFAULT 0, folder_id int4 NOT NULL DEFAULT 0);
INSERT INTO phpbb_privmsgs_to
SELECT msg_id, author_id, author_id, 0, 0, 0, 0, 0, 0, -1 FROM phpbb_privmsgs
UNION ALL
SELECT p.msg_id, CASE WHEN x.r LIKE 'u_%' THEN substr(x.r, 3)::int ELSE 61 END, p.author_id, CASE WHEN p.msg_id % 13 = 1 THEN 1 ELSE 0 END,
       CASE WHEN p.message_time > 1718000000 THEN 1 ELSE 0 END, CASE WHEN p.message_time > 1717000000 THEN 1 ELSE 0 END, CASE WHEN p.msg_id % 4 = 3 THEN 1 ELSE 0 END,
       CASE WHEN p.msg_id % 17 = 0 THEN 1 ELSE 0 END, 0, CASE WHEN p.msg_id % 5 = 2 THEN 1 + p.msg_id % 3 ELSE 0 END
FROM phpbb_privmsgs p CROSS JOIN LATERAL unnest(string_to_array(p.to_address || CASE WHEN p.bcc_address <> '' THEN ':' || p.bcc_address ELSE '' END, ':')) x(r);

CREATE TABLE phpbb_privmsgs_folder (folder_id serial PRIMARY KEY, user_id int4 NOT NULL DEFAULT 0, folder_name varchar(255) NOT NULL DEFAULT '', pm_count int4 NOT NULL DEFAULT 0);
INSERT INTO phpbb_privmsgs_folder
SELECT k, pgen.u(k * 29), fixture_gen.pick(ARRAY['Queen orders', 'Swarm calls', 'Association', 'Mentoring', 'Sales', 'Keep', 'Committee', 'Archive 2023'], 'pfn', k), fixture_gen.n('pfc', k, 30)
FROM generate_series(1, 40) k;

CREATE TABLE phpbb_drafts (draft_id serial PRIMARY KEY, user_id int4 NOT NULL DEFAULT 0, topic_id int4 NOT NULL DEFAULT 0, forum_id int4 NOT NULL DEFAULT 0, save_time int4 NOT NULL DEFAULT 0,
    draft_subject varchar(255) NOT NULL DEFAULT '', draft_message text NOT NULL DEFAULT '');
INSERT INTO phpbb_drafts
SELECT g.d, m.k, CASE WHEN g.d % 3 = 0 THEN 0 ELSE 1 + g.d % 120 END, CASE WHEN g.d % 3 = 0 THEN 0 ELSE (SELECT forum_id FROM phpbb_topics WHERE topic_id = 1 + g.d % 120) END,
       pgen.t('dst', g.d, '2024-01-01', '2024-06-27'),
       fixture_gen.pick(ARRAY['Re: Swarm call', 'Queen order', 'Winter losses survey', 'Draft: AGM minutes', 'Re: Mite counts after oxalic', 'complaint'], 'dsu', g.d),
       fixture_gen.pick(ARRAY['Lost 3 of 7 colonies this winter, all isolation starvation with stores two frames away.',
         'Minutes AGM: present ' || m.first || ' ' || m.last || ' (chair), treasurer absent (ill). Membership fee stays at 25.',
         'I want to complain about ' || (SELECT uname FROM pgen.m WHERE k = pgen.u(g.d * 2)) || ' who keeps posting my address in the swarm threads.',
         'Collected from ' || m.street || ', will rehouse at the out-apiary.',
         'Half-written reply, finish later', 'Can you ring me on ' || m.phone || ' about the queens?'], 'dms', g.d)
FROM generate_series(1, 50) g(d) JOIN pgen.m m ON m.k = pgen.u(g.d * 37);

CREATE TABLE phpbb_attachments (
    attach_id serial PRIMARY KEY, post_msg_id int4 NOT NULL DEFAULT 0, topic_id int4 NOT NULL DEFAULT 0, in_message int2 NOT NULL DEFAULT 0, poster_id int4 NOT NULL DEFAULT 0,
    is_orphan int2 NOT NULL DEFAULT 1, physical_filename varchar(255) NOT NULL DEFAULT '', real_filename varchar(255) NOT NULL DEFAULT '', download_count int4 NOT NULL DEFAULT 0,
    attach_comment text NOT NULL DEFAULT '', extension varchar(100) NOT NULL DEFAULT '', mimetype varchar(100) NOT NULL DEFAULT '', filesize int4 NOT NULL DEFAULT 0,
    filetime int4 NOT NULL DEFAULT 0, thumbnail int2 NOT NULL DEFAULT 0
);
INSERT INTO phpbb_attachments
SELECT row_number() OVER (ORDER BY src, id), id, tid, CASE WHEN src = 'pm' THEN 1 ELSE 0 END, poster, 0,
       poster || '_' || md5('att' || src || id), fn, CASE WHEN src = 'pm' THEN 1 ELSE fixture_gen.n('adc', id, 200) END,
       CASE WHEN id % 3 = 0 THEN fixture_gen.pick(ARRAY['Brood frame from hive 3, is this EFB?', 'The swarm, photo by the householder', 'Our apiary in spring', 'Receipt for the queens', 'Price list 2024', 'Plans drawn by ' || (SELECT first || ' ' || last FROM pgen.m WHERE k = poster)], 'acm', id) ELSE '' END,
       lower(substring(fn FROM '\.([A-Za-z]+)$')),
       CASE lower(substring(fn FROM '\.([A-Za-z]+)$')) WHEN 'jpg' THEN 'image/jpeg' WHEN 'jpeg' THEN 'image/jpeg' WHEN 'png' THEN 'image/png' WHEN 'pdf' THEN 'application/pdf' WHEN 'xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' ELSE 'application/octet-stream' END,
       20000 + fixture_gen.n('afs', id, 4000000), t + 30, CASE WHEN fn ~* '\.(jpe?g|png)$' THEN 1 ELSE 0 END
FROM (
  SELECT 'post' AS src, p.post_id AS id, p.topic_id AS tid, p.poster_id AS poster, p.post_time AS t,
         fixture_gen.pick(ARRAY['IMG_' || (20220000 + p.post_id * 37) || '.jpg', 'brood_frame_hive3.jpg', 'swarm_' || pgen.fold(m.city) || '.JPG', 'varroa-count-sheet.xlsx', 'warre_quilt_box_plans.pdf',
           'DSC0' || (4000 + p.post_id) || '.JPG', 'extractor.png', pgen.fold(m.first) || '_' || pgen.fold(m.last) || '_apiary.jpg', 'honey_label_' || pgen.fold(m.last) || '.pdf'], 'afn', p.post_id) AS fn
  FROM phpbb_posts p JOIN pgen.m m ON m.k = CASE WHEN p.poster_id = 1 THEN 43 ELSE p.poster_id END WHERE p.post_attachment = 1
  UNION ALL
  SELECT 'pm', p.msg_id, 0, p.author_id, p.message_time,
         fixture_gen.pick(ARRAY['bank_transfer_receipt.pdf', 'queen_invoice_' || (1000 + p.msg_id) || '.pdf', 'membership_form_' || pgen.fold(m.last) || '.pdf', 'Scan_ID_' || pgen.fold(m.first) || '.jpg', 'map_to_apiary.png'], 'apfn', p.msg_id)
  FROM phpbb_privmsgs p JOIN pgen.m m ON m.k = p.author_id WHERE p.message_attachment = 1
) x;
INSERT INTO phpbb_attachments (attach_id, post_msg_id, topic_id, in_message, poster_id, is_orphan, physical_filename, real_filename, extension, mimetype, filesize, filetime)
SELECT 100 + k, 0, 0, 0, pgen.u(k), 1, pgen.u(k) || '_' || md5('orph' || k), 'IMG_' || (20240600 + k) || '.jpg', 'jpg', 'image/jpeg', 150000 + k * 911, pgen.t('aot', k, '2024-06-01', '2024-06-27') FROM generate_series(1, 6) k;

CREATE FUNCTION pgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' || (118 + fixture_gen.n(tag || 'v', i, 8)) || '.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_' || fixture_gen.n(tag || 'v', i, 5) || ' like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.' || fixture_gen.n(tag || 'v', i, 5) || ' Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 13; SM-A' || (135 + fixture_gen.n(tag || 'v', i, 400)) || 'F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:' || (115 + fixture_gen.n(tag || 'v', i, 12)) || '.0) Gecko/20100101 Firefox/' || (115 + fixture_gen.n(tag || 'v', i, 12)) || '.0',
    'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0',
    'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'], tag, i)
$$;

CREATE TABLE phpbb_reports_reasons (reason_id serial PRIMARY KEY, reason_title varchar(255) NOT NULL DEFAULT '', reason_description text NOT NULL DEFAULT '', reason_order int2 NOT NULL DEFAULT 0);
INSERT INTO phpbb_reports_reasons VALUES
 (1, 'warez', 'The post contains links to illegal or pirated software.', 1), (2, 'spam', 'The reported post has the only purpose to advertise for a website or another product.', 2),
 (3, 'off_topic', 'The reported post is off topic.', 3), (4, 'other', 'The reported post does not fit into any other category, please use the further information field.', 4),
 (5, 'Personal details', 'The post publishes someone''s address, phone number or other personal details without their consent.', 5),
 (6, 'Bee health misinformation', 'The post gives treatment advice that is illegal or dangerous to bees or people.', 6);

CREATE TABLE phpbb_reports (
    report_id serial PRIMARY KEY, reason_id int2 NOT NULL DEFAULT 0, post_id int4 NOT NULL DEFAULT 0, pm_id int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, user_notify int2 NOT NULL DEFAULT 0,
    report_closed int2 NOT NULL DEFAULT 0, report_time int4 NOT NULL DEFAULT 0, report_text text NOT NULL DEFAULT '', reported_post_text text NOT NULL DEFAULT '',
    reported_post_uid varchar(8) NOT NULL DEFAULT '', reported_post_bitfield varchar(255) NOT NULL DEFAULT '', reported_post_enable_magic_url int2 NOT NULL DEFAULT 1,
    reported_post_enable_smilies int2 NOT NULL DEFAULT 1, reported_post_enable_bbcode int2 NOT NULL DEFAULT 1
);
INSERT INTO phpbb_reports
SELECT row_number() OVER (ORDER BY src, id), fixture_gen.pick(ARRAY['2', '3', '4', '5', '5', '6'], 'rr', id)::int2,
       CASE WHEN src = 'p' THEN id ELSE 0 END, CASE WHEN src = 'm' THEN id ELSE 0 END, rep, fixture_gen.n('rn', id, 2), CASE WHEN id % 3 = 0 THEN 1 ELSE 0 END, t + 3600 * (1 + id % 40),
       fixture_gen.pick(ARRAY['', 'This is my mother''s address, she did not agree to it being posted. Please remove. ' || r.first || ' ' || r.last,
         'Selling bees from a commercial site, not a member.', 'He is recommending a treatment that is banned here.',
         'Abusive PM, second one this week. I have screenshots.', 'Duplicate advert, bumped daily.', 'Phone number in the post is mine and I never gave it out: ' || r.phone,
         'Off topic rant about politics.'], 'rtx', id), txt, uid, '', 1, 1, 1
FROM (
  SELECT 'p' AS src, post_id AS id, post_time AS t, post_text AS txt, bbcode_uid AS uid, pgen.u(post_id * 43) AS rep FROM phpbb_posts WHERE post_reported = 1 OR post_id % 23 = 4
  UNION ALL SELECT 'm', msg_id, message_time, message_text, bbcode_uid, 43 + (msg_id * 7) % 320 FROM phpbb_privmsgs WHERE message_reported = 1 OR msg_id % 31 = 6
) x JOIN pgen.m r ON r.k = x.rep;

-- The log (admin, moderator, critical, user).
CREATE TABLE phpbb_log (
    log_id serial PRIMARY KEY, log_type int2 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, forum_id int4 NOT NULL DEFAULT 0, topic_id int4 NOT NULL DEFAULT 0, post_id int4 NOT NULL DEFAULT 0,
    reportee_id int4 NOT NULL DEFAULT 0, log_ip varchar(40) NOT NULL DEFAULT '', log_time int4 NOT NULL DEFAULT 0, log_operation text NOT NULL DEFAULT '', log_data text NOT NULL DEFAULT ''
);
INSERT INTO phpbb_log
SELECT k, ty, actor, CASE WHEN ty = 1 THEN 2 + k % 13 ELSE 0 END, CASE WHEN ty = 1 THEN 1 + k % 120 ELSE 0 END, CASE WHEN ty = 1 AND k % 2 = 0 THEN 1 + k % 430 ELSE 0 END,
       CASE WHEN ty = 3 THEN subj ELSE 0 END,
       CASE WHEN actor % 7 = 3 THEN fixture_gen.ipv6('uip', actor) ELSE fixture_gen.ipv4('lip', actor * 3 + k % 2) END, pgen.t('lt', k, '2023-06-01', '2024-06-28'), op,
       CASE op
         WHEN 'LOG_ADMIN_AUTH_SUCCESS' THEN ''
         WHEN 'LOG_USER_UPDATE_EMAIL' THEN 'a:3:{i:0;' || pgen.ser(s.uname) || 'i:1;' || pgen.ser(pgen.fold(s.first) || '.' || pgen.fold(s.last) || '@hotmail.com') || 'i:2;' || pgen.ser(s.email) || '}'
         WHEN 'LOG_USER_NEW_PASSWORD' THEN 'a:1:{i:0;' || pgen.ser(s.uname) || '}'
         WHEN 'LOG_USER_ACTIVE' THEN 'a:1:{i:0;' || pgen.ser(s.uname) || '}'
         WHEN 'LOG_USER_WARNING_BODY' THEN 'a:1:{i:0;' || pgen.ser(fixture_gen.pick(ARRAY['Posting a swarm caller''s phone number without consent. Please ask first next time.', 'Third duplicate advert this month.', 'Insulting another member in the Pests forum.', 'Recommending an unlicensed treatment after being asked to stop.'], 'lwb', k)) || '}'
         WHEN 'LOG_USER_WARNING' THEN 'a:1:{i:0;' || pgen.ser(s.uname) || '}'
         WHEN 'LOG_BAN_USER' THEN 'a:2:{i:0;' || pgen.ser('Spam accounts from the same range') || 'i:1;' || pgen.ser(s.uname) || '}'
         WHEN 'LOG_BAN_EMAIL' THEN 'a:2:{i:0;' || pgen.ser('Throwaway mail domain') || 'i:1;' || pgen.ser('*@mailinator.com') || '}'
         WHEN 'LOG_LOCK' THEN 'a:1:{i:0;' || pgen.ser((SELECT topic_title FROM phpbb_topics WHERE topic_id = 1 + k % 120)) || '}'
         WHEN 'LOG_POST_EDITED' THEN 'a:3:{i:0;' || pgen.ser((SELECT topic_title FROM phpbb_topics WHERE topic_id = 1 + k % 120)) || 'i:1;' || pgen.ser(s.uname) || 'i:2;' || pgen.ser('Removed phone number at the request of the swarm caller') || '}'
         WHEN 'LOG_DELETE_POST' THEN 'a:3:{i:0;' || pgen.ser('Re: Swarm in Otley') || 'i:1;' || pgen.ser(s.uname) || 'i:2;' || pgen.ser('Posted ' || s.first || ' ' || s.last || '''s home address') || '}'
         WHEN 'LOG_ERROR_EMAIL' THEN 'a:1:{i:0;' || pgen.ser('<strong>EMAIL/SMTP</strong><br /><em>/ucp.php?mode=register</em><br /><br />Ran into problems sending email. Response was <strong>550 5.1.1 &lt;' || s.email || '&gt;: Recipient address rejected: User unknown</strong>.') || '}'
         WHEN 'LOG_CONFIG_EMAIL' THEN ''
         WHEN 'LOG_USER_GROUP_JOIN' THEN 'a:1:{i:0;' || pgen.ser('Swarm collectors') || '}'
         WHEN 'LOG_REPORT_CLOSED' THEN 'a:1:{i:0;' || pgen.ser((SELECT topic_title FROM phpbb_topics WHERE topic_id = 1 + k % 120)) || '}'
         WHEN 'LOG_SEARCH_INDEX_CREATED' THEN 'a:1:{i:0;' || pgen.ser('phpBB Native Fulltext') || '}'
         ELSE 'a:1:{i:0;' || pgen.ser(s.uname) || '}' END
FROM (
  SELECT k, CASE o.op WHEN 'LOG_USER_UPDATE_EMAIL' THEN 3 WHEN 'LOG_USER_NEW_PASSWORD' THEN 3 WHEN 'LOG_USER_WARNING_BODY' THEN 3 WHEN 'LOG_USER_GROUP_JOIN' THEN 3
              WHEN 'LOG_LOCK' THEN 1 WHEN 'LOG_POST_EDITED' THEN 1 WHEN 'LOG_DELETE_POST' THEN 1 WHEN 'LOG_REPORT_CLOSED' THEN 1 WHEN 'LOG_USER_WARNING' THEN 0
              WHEN 'LOG_ERROR_EMAIL' THEN 2 ELSE 0 END AS ty,
         o.op, pgen.u(k * 53) AS subj,
         CASE WHEN o.op IN ('LOG_USER_UPDATE_EMAIL', 'LOG_USER_NEW_PASSWORD', 'LOG_USER_GROUP_JOIN') THEN pgen.u(k * 53)
              WHEN o.op = 'LOG_ERROR_EMAIL' THEN 1
              ELSE (ARRAY[2, 47, 61, 88, 131, 176, 205, 250])[1 + k % 8] END AS actor
  FROM generate_series(1, 260) k
  CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['LOG_ADMIN_AUTH_SUCCESS', 'LOG_USER_UPDATE_EMAIL', 'LOG_USER_NEW_PASSWORD', 'LOG_USER_ACTIVE', 'LOG_USER_WARNING_BODY', 'LOG_USER_WARNING',
    'LOG_BAN_USER', 'LOG_BAN_EMAIL', 'LOG_LOCK', 'LOG_POST_EDITED', 'LOG_DELETE_POST', 'LOG_ERROR_EMAIL', 'LOG_CONFIG_EMAIL', 'LOG_USER_GROUP_JOIN', 'LOG_REPORT_CLOSED',
    'LOG_SEARCH_INDEX_CREATED', 'LOG_ADMIN_AUTH_SUCCESS', 'LOG_POST_EDITED', 'LOG_USER_UPDATE_EMAIL', 'LOG_LOCK'], 'lop', k) AS op) o
) x JOIN (SELECT k AS sk, uname, first, last, email FROM pgen.m) s ON s.sk = x.subj ORDER BY x.k;

CREATE TABLE phpbb_warnings (warning_id serial PRIMARY KEY, user_id int4 NOT NULL DEFAULT 0, post_id int4 NOT NULL DEFAULT 0, log_id int4 NOT NULL DEFAULT 0, warning_time int4 NOT NULL DEFAULT 0);
INSERT INTO phpbb_warnings
SELECT row_number() OVER (ORDER BY l.log_id), l.reportee_id, CASE WHEN l.log_id % 3 = 0 THEN 0 ELSE 1 + l.log_id % 430 END, l.log_id, l.log_time
FROM phpbb_log l WHERE l.log_operation = 'LOG_USER_WARNING_BODY';

CREATE TABLE phpbb_banlist (
    ban_id serial PRIMARY KEY, ban_userid int4 NOT NULL DEFAULT 0, ban_ip varchar(40) NOT NULL DEFAULT '', ban_email varchar(100) NOT NULL DEFAULT '', ban_start int4 NOT NULL DEFAULT 0,
    ban_end int4 NOT NULL DEFAULT 0, ban_exclude int2 NOT NULL DEFAULT 0, ban_reason varchar(255) NOT NULL DEFAULT '', ban_give_reason varchar(255) NOT NULL DEFAULT ''
);
INSERT INTO phpbb_banlist
SELECT k,
       CASE WHEN k % 3 = 0 THEN pgen.u(k * 61) ELSE 0 END,
       CASE WHEN k % 3 = 1 THEN CASE WHEN k % 4 = 1 THEN fixture_gen.ipv4('bip', k) ELSE (11 + fixture_gen.n('bipa', k, 200)) || '.' || fixture_gen.n('bipb', k, 256) || '.*' END ELSE '' END,
       CASE WHEN k % 3 = 2 THEN CASE WHEN k % 5 = 2 THEN '*@' || fixture_gen.pick(ARRAY['mailinator.com', 'guerrillamail.com', 'yopmail.com', 'trashmail.de'], 'bed', k)
            ELSE (SELECT email FROM pgen.m WHERE k = pgen.u(x.k * 67)) END ELSE '' END,
       pgen.t('bst', k, '2019-01-01', '2024-06-20'),
       CASE WHEN k % 4 = 0 THEN pgen.t('bst', k, '2019-01-01', '2024-06-20') + 86400 * 30 ELSE 0 END,
       CASE WHEN k = 7 THEN 1 ELSE 0 END,
       fixture_gen.pick(ARRAY['Spam', 'Spam bot range', 'Sold diseased colonies to three members, see committee thread', 'Harassing ' || (SELECT first || ' ' || last FROM pgen.m WHERE k = pgen.u(x.k * 71)) || ' by PM after being warned',
         'Ban evasion (second account of a banned member)', 'Throwaway domain', '', 'Repeatedly posting other people''s addresses'], 'bre', k),
       fixture_gen.pick(ARRAY['', 'Spam', 'You were banned for harassment of another member. Appeals to the committee.', 'Commercial advertising is not allowed.', 'Ban evasion'], 'bgr', k)
FROM generate_series(1, 45) x(k);

-- Sessions, autologin keys, login attempts, captcha confirmations.
CREATE TABLE phpbb_sessions (
    session_id char(32) NOT NULL DEFAULT '' PRIMARY KEY, session_user_id int4 NOT NULL DEFAULT 0, session_last_visit int4 NOT NULL DEFAULT 0, session_start int4 NOT NULL DEFAULT 0,
    session_time int4 NOT NULL DEFAULT 0, session_ip varchar(40) NOT NULL DEFAULT '', session_browser varchar(150) NOT NULL DEFAULT '', session_forwarded_for varchar(255) NOT NULL DEFAULT '',
    session_page varchar(255) NOT NULL DEFAULT '', session_viewonline int2 NOT NULL DEFAULT 1, session_autologin int2 NOT NULL DEFAULT 0, session_admin int2 NOT NULL DEFAULT 0,
    session_forum_id int4 NOT NULL DEFAULT 0
);
INSERT INTO phpbb_sessions
SELECT md5('sess' || k), su, CASE WHEN su = 1 THEN 0 ELSE st - 86400 * (1 + k % 9) END, st, st + fixture_gen.n('sdur', k, 3000),
       CASE WHEN su = 1 THEN fixture_gen.ipv4('sip', k) WHEN su BETWEEN 3 AND 42 THEN '66.249.' || (64 + k % 16) || '.' || (1 + k % 250) WHEN su % 7 = 3 THEN fixture_gen.ipv6('uip', su) ELSE fixture_gen.ipv4('uip', su) END,
       CASE WHEN su BETWEEN 3 AND 42 THEN 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' ELSE pgen.ua('sua', su) END,
       CASE WHEN k % 11 = 4 THEN fixture_gen.ipv4('sfw', k) || ', 10.0.' || (k % 20) || '.' || (2 + k % 200) ELSE '' END,
       fixture_gen.pick(ARRAY['index.php', 'viewtopic.php?t=' || (1 + k % 120), 'viewforum.php?f=' || (2 + k % 13), 'ucp.php?i=pm&folder=inbox', 'memberlist.php?mode=viewprofile&u=' || pgen.u(k),
         'posting.php?mode=post&f=5', 'search.php?search_id=newposts', 'app.php/feed/topics'], 'spg', k),
       CASE WHEN k % 12 = 5 THEN 0 ELSE 1 END, CASE WHEN su > 42 AND k % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN su IN (2, 61, 205) AND k % 2 = 0 THEN 1 ELSE 0 END,
       CASE WHEN k % 4 = 0 THEN 2 + k % 13 ELSE 0 END
FROM (SELECT k, CASE WHEN k % 5 = 0 THEN 1 WHEN k % 17 = 3 THEN 18 WHEN k % 19 = 4 THEN 10 ELSE pgen.u(k * 83) END AS su, pgen.t('sst', k, '2024-06-27', '2024-06-28') AS st FROM generate_series(1, 140) k) x;

CREATE TABLE phpbb_sessions_keys (key_id char(32) NOT NULL DEFAULT '', user_id int4 NOT NULL DEFAULT 0, last_ip varchar(40) NOT NULL DEFAULT '', last_login int4 NOT NULL DEFAULT 0, PRIMARY KEY (key_id, user_id));
INSERT INTO phpbb_sessions_keys
SELECT md5(pgen.lower('akey', k, 16)), u, CASE WHEN u % 7 = 3 THEN fixture_gen.ipv6('uip', u) ELSE fixture_gen.ipv4('skip', u * 5 + k % 3) END, pgen.t('skl', k, '2023-09-01', '2024-06-28')
FROM (SELECT k, pgen.u(k * 89) AS u FROM generate_series(1, 110) k) x;

CREATE TABLE phpbb_login_attempts (attempt_ip varchar(40) NOT NULL DEFAULT '', attempt_browser varchar(150) NOT NULL DEFAULT '', attempt_forwarded_for varchar(255) NOT NULL DEFAULT '',
    attempt_time int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, username varchar(255) NOT NULL DEFAULT '', username_clean varchar(255) NOT NULL DEFAULT '');
INSERT INTO phpbb_login_attempts
SELECT CASE WHEN k % 6 = 0 THEN '185.220.' || (100 + k % 3) || '.' || (1 + k % 200) WHEN u % 7 = 3 THEN fixture_gen.ipv6('uip', u) ELSE fixture_gen.ipv4('uip', u) END,
       CASE WHEN k % 6 = 0 THEN 'python-requests/2.31.0' ELSE pgen.ua('lua', u) END,
       CASE WHEN k % 13 = 5 THEN fixture_gen.ipv4('lfw', k) ELSE '' END,
       pgen.t('lat', k, '2024-06-20', '2024-06-28'),
       CASE WHEN k % 6 = 0 OR k % 10 = 7 THEN 0 ELSE u END,
       CASE WHEN k % 6 = 0 THEN fixture_gen.pick(ARRAY['admin', 'administrator', 'test', 'Margaret Pickering', 'root'], 'lau', k)
            WHEN k % 10 = 7 THEN m.email ELSE m.uname END,
       lower(CASE WHEN k % 6 = 0 THEN fixture_gen.pick(ARRAY['admin', 'administrator', 'test', 'Margaret Pickering', 'root'], 'lau', k)
            WHEN k % 10 = 7 THEN m.email ELSE m.uname END)
FROM (SELECT k, pgen.u(k * 97) AS u FROM generate_series(1, 90) k) x JOIN (SELECT k AS mk, uname, email FROM pgen.m) m ON m.mk = x.u;

CREATE TABLE phpbb_confirm (confirm_id char(32) NOT NULL DEFAULT '', session_id char(32) NOT NULL DEFAULT '', confirm_type int2 NOT NULL DEFAULT 0, code varchar(8) NOT NULL DEFAULT '',
    seed int8 NOT NULL DEFAULT 0, attempts int4 NOT NULL DEFAULT 0, PRIMARY KEY (session_id, confirm_id));
INSERT INTO phpbb_confirm
SELECT md5('conf' || k), CASE WHEN k % 3 = 0 THEN md5('sess' || (k * 5)) ELSE md5('guestsess' || k) END, CASE WHEN k % 4 = 0 THEN 3 ELSE 1 END,
       fixture_gen.chars('ccode', k, 6 + k % 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ123456789'), fixture_gen.n('cseed', k, 2000000000), fixture_gen.n('catt', k, 3)
FROM generate_series(1, 60) k;

-- OAuth (auth.provider.oauth with Google and Facebook).
CREATE TABLE phpbb_oauth_tokens (user_id int4 NOT NULL DEFAULT 0, session_id char(32) NOT NULL DEFAULT '', provider varchar(255) NOT NULL DEFAULT '', oauth_token text NOT NULL DEFAULT '');
INSERT INTO phpbb_oauth_tokens
SELECT u, CASE WHEN k % 4 = 0 THEN md5('sess' || k) ELSE '' END, pr,
       json_build_object('token_class', 'OAuth\OAuth2\Token\StdOAuth2Token',
         'accessToken', CASE WHEN pr = 'google' THEN 'ya29.' || fixture_gen.chars('oat', k, 150, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') ELSE 'EAA' || fixture_gen.chars('oat', k, 180) END,
         'refreshToken', CASE WHEN pr = 'google' THEN '1//0' || fixture_gen.chars('ort', k, 98, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') END,
         'endOfLife', 1719500000 + k * 631,
         'extraParams', json_build_object('token_type', 'Bearer', 'scope', CASE WHEN pr = 'google' THEN 'openid https://www.googleapis.com/auth/userinfo.email' ELSE 'email public_profile' END))::text
FROM (SELECT k, pgen.u(k * 101) AS u, CASE WHEN k % 3 = 0 THEN 'facebook' ELSE 'google' END AS pr FROM generate_series(1, 45) k) x;

CREATE TABLE phpbb_oauth_accounts (user_id int4 NOT NULL DEFAULT 0, provider varchar(255) NOT NULL DEFAULT '', oauth_provider_id text NOT NULL DEFAULT '', PRIMARY KEY (user_id, provider));
INSERT INTO phpbb_oauth_accounts
SELECT DISTINCT ON (user_id, provider) user_id, provider, CASE WHEN provider = 'google' THEN '1' || fixture_gen.digits('goid', user_id, 20) ELSE fixture_gen.digits('fbid', user_id, 16) END
FROM phpbb_oauth_tokens ORDER BY user_id, provider;

CREATE TABLE phpbb_oauth_states (user_id int4 NOT NULL DEFAULT 0, session_id char(32) NOT NULL DEFAULT '', provider varchar(255) NOT NULL DEFAULT '', oauth_state varchar(255) NOT NULL DEFAULT '');
INSERT INTO phpbb_oauth_states
SELECT CASE WHEN k % 3 = 0 THEN 1 ELSE pgen.u(k * 103) END, md5('ostate-sess' || k), CASE WHEN k % 2 = 0 THEN 'facebook' ELSE 'google' END, fixture_gen.hexn('ost', k, 32)
FROM generate_series(1, 24) k;

-- Custom profile fields.
CREATE TABLE phpbb_profile_fields (
    field_id serial PRIMARY KEY, field_name varchar(255) NOT NULL DEFAULT '', field_type varchar(100) NOT NULL DEFAULT '', field_ident varchar(20) NOT NULL DEFAULT '',
    field_length varchar(20) NOT NULL DEFAULT '', field_minlen varchar(255) NOT NULL DEFAULT '', field_maxlen varchar(255) NOT NULL DEFAULT '', field_novalue varchar(255) NOT NULL DEFAULT '',
    field_default_value varchar(255) NOT NULL DEFAULT '', field_validation varchar(128) NOT NULL DEFAULT '', field_required int2 NOT NULL DEFAULT 0, field_show_on_reg int2 NOT NULL DEFAULT 0,
    field_hide int2 NOT NULL DEFAULT 0, field_no_view int2 NOT NULL DEFAULT 0, field_active int2 NOT NULL DEFAULT 0, field_order int4 NOT NULL DEFAULT 0, field_show_profile int2 NOT NULL DEFAULT 0,
    field_show_on_vt int2 NOT NULL DEFAULT 0, field_show_novalue int2 NOT NULL DEFAULT 0, field_show_on_pm int2 NOT NULL DEFAULT 0, field_show_on_ml int2 NOT NULL DEFAULT 0,
    field_is_contact int2 NOT NULL DEFAULT 0, field_contact_desc varchar(255) NOT NULL DEFAULT '', field_contact_url varchar(255) NOT NULL DEFAULT ''
);
INSERT INTO phpbb_profile_fields (field_id, field_name, field_type, field_ident, field_length, field_minlen, field_maxlen, field_novalue, field_default_value, field_validation, field_required, field_show_on_reg, field_hide, field_no_view, field_active, field_order, field_show_profile, field_show_on_vt, field_show_novalue, field_show_on_pm, field_show_on_ml, field_is_contact, field_contact_desc, field_contact_url) VALUES
 (1, 'phpbb_location', 'profilefields.type.string', 'phpbb_location', '20', '2', '100', '', '', '.*', 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, '', ''),
 (2, 'phpbb_website', 'profilefields.type.url', 'phpbb_website', '40', '12', '255', '', '', '', 0, 0, 0, 0, 1, 2, 1, 1, 0, 1, 1, 1, 'VISIT_WEBSITE', '%s'),
 (3, 'phpbb_interests', 'profilefields.type.text', 'phpbb_interests', '3|30', '2', '500', '', '', '.*', 0, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0, 0, '', ''),
 (4, 'phpbb_occupation', 'profilefields.type.text', 'phpbb_occupation', '3|30', '2', '500', '', '', '.*', 0, 0, 0, 0, 0, 4, 1, 0, 0, 0, 0, 0, '', ''),
 (5, 'phpbb_aol', 'profilefields.type.string', 'phpbb_aol', '40', '5', '255', '', '', '.*', 0, 0, 0, 0, 0, 5, 1, 1, 0, 1, 1, 1, '', ''),
 (6, 'phpbb_icq', 'profilefields.type.string', 'phpbb_icq', '20', '3', '15', '', '', '[0-9]+', 0, 0, 0, 0, 0, 6, 1, 1, 0, 1, 1, 1, 'SEND_ICQ_MESSAGE', 'https://icq.com/people/%s/'),
 (7, 'phpbb_yahoo', 'profilefields.type.string', 'phpbb_yahoo', '40', '5', '255', '', '', '.*', 0, 0, 0, 0, 0, 7, 1, 1, 0, 1, 1, 1, 'SEND_YIM_MESSAGE', 'ymsgr:sendim?%s'),
 (8, 'phpbb_facebook', 'profilefields.type.string', 'phpbb_facebook', '20', '5', '50', '', '', '[\w.]+', 0, 0, 0, 0, 1, 8, 1, 1, 0, 1, 1, 1, 'VIEW_FACEBOOK_PROFILE', 'https://facebook.com/%s/'),
 (9, 'phpbb_twitter', 'profilefields.type.string', 'phpbb_twitter', '20', '1', '15', '', '', '[\w_]+', 0, 0, 0, 0, 1, 9, 1, 1, 0, 1, 1, 1, 'VIEW_TWITTER_PROFILE', 'https://twitter.com/%s'),
 (10, 'phpbb_skype', 'profilefields.type.string', 'phpbb_skype', '20', '6', '32', '', '', '[a-zA-Z][\w\.,\-_]+', 0, 0, 0, 0, 1, 10, 1, 1, 0, 1, 1, 1, 'VIEW_SKYPE_PROFILE', 'skype:%s?userinfo'),
 (11, 'phpbb_youtube', 'profilefields.type.string', 'phpbb_youtube', '20', '3', '60', '', '', '[a-zA-Z][\w\.,\-_]+', 0, 0, 0, 0, 1, 11, 1, 1, 0, 1, 1, 1, 'VIEW_YOUTUBE_PROFILE', 'https://youtube.com/@%s'),
 (12, 'member_phone', 'profilefields.type.string', 'member_phone', '20', '6', '30', '', '', '[0-9 +()\-]+', 0, 1, 1, 0, 1, 12, 0, 0, 0, 0, 0, 0, '', ''),
 (13, 'hive_count', 'profilefields.type.int', 'hive_count', '5', '0', '5000', '', '0', '', 0, 1, 0, 0, 1, 13, 1, 1, 0, 0, 0, 0, '', ''),
 (14, 'apiary_region', 'profilefields.type.dropdown', 'apiary_region', '1', '0', '0', '1', '1', '', 1, 1, 0, 0, 1, 14, 1, 1, 0, 0, 1, 0, '', ''),
 (15, 'beekeeping_since', 'profilefields.type.int', 'beekeeping_since', '5', '1900', '2030', '', '', '', 0, 0, 0, 0, 1, 15, 1, 0, 0, 0, 0, 0, '', '');

CREATE TABLE phpbb_profile_lang (field_id int4 NOT NULL DEFAULT 0, lang_id int4 NOT NULL DEFAULT 0, lang_name varchar(255) NOT NULL DEFAULT '', lang_explain text NOT NULL DEFAULT '',
    lang_default_value varchar(255) NOT NULL DEFAULT '', PRIMARY KEY (field_id, lang_id));
INSERT INTO phpbb_profile_lang
SELECT field_id, l, CASE field_ident WHEN 'member_phone' THEN CASE l WHEN 2 THEN 'Telefon (nur für Schwarmmeldungen)' ELSE 'Phone (for swarm calls only)' END
                                     WHEN 'hive_count' THEN CASE l WHEN 2 THEN 'Anzahl Völker' ELSE 'Number of colonies' END
                                     WHEN 'apiary_region' THEN CASE l WHEN 2 THEN 'Region des Bienenstands' ELSE 'Apiary region' END
                                     WHEN 'beekeeping_since' THEN CASE l WHEN 2 THEN 'Imker seit' ELSE 'Keeping bees since' END
                                     ELSE upper(field_ident) END,
       CASE field_ident WHEN 'member_phone' THEN 'Only shown to regional coordinators and swarm collectors.' WHEN 'apiary_region' THEN 'Used to route swarm calls to collectors nearby.' ELSE '' END,
       ''
FROM phpbb_profile_fields CROSS JOIN generate_series(1, 3) l;

CREATE TABLE phpbb_profile_fields_data (
    user_id int4 NOT NULL DEFAULT 0 PRIMARY KEY, pf_phpbb_interests text NOT NULL DEFAULT '', pf_phpbb_occupation text NOT NULL DEFAULT '', pf_phpbb_location varchar(255) NOT NULL DEFAULT '',
    pf_phpbb_website varchar(255) NOT NULL DEFAULT '', pf_phpbb_aol varchar(255) NOT NULL DEFAULT '', pf_phpbb_icq varchar(255) NOT NULL DEFAULT '', pf_phpbb_yahoo varchar(255) NOT NULL DEFAULT '',
    pf_phpbb_facebook varchar(255) NOT NULL DEFAULT '', pf_phpbb_twitter varchar(255) NOT NULL DEFAULT '', pf_phpbb_skype varchar(255) NOT NULL DEFAULT '', pf_phpbb_youtube varchar(255) NOT NULL DEFAULT '',
    pf_member_phone varchar(255) NOT NULL DEFAULT '', pf_hive_count int8, pf_apiary_region int8, pf_beekeeping_since int8
);
INSERT INTO phpbb_profile_fields_data
SELECT m.k,
       CASE WHEN m.k % 4 = 1 THEN fixture_gen.pick(ARRAY['Queen rearing, mead, photography', 'Native black bees (Apis mellifera mellifera)', 'Top-bar hives and natural comb', 'Candle making', 'Pollinator gardens, wildflower meadows', 'Honey shows - judging and entering'], 'pfi', m.k) ELSE '' END,
       CASE WHEN m.k % 3 = 1 THEN fixture_gen.pick(ARRAY['Retired teacher', 'Nurse', 'Software developer', 'Farmer', 'Veterinarian', 'Carpenter', 'Student (agriculture)', 'Civil servant', 'Bus driver', 'Research scientist, entomology'], 'pfo', m.k) ELSE '' END,
       CASE WHEN m.k % 5 <> 0 THEN fixture_gen.pick(ARRAY[m.city, m.city || ', ' || m.cc, 'near ' || m.city, m.region, m.city || ' (' || m.region || ')'], 'pfl', m.k) ELSE '' END,
       CASE WHEN m.k % 6 = 2 THEN 'https://' || pgen.fold(m.first) || pgen.fold(m.last) || fixture_gen.pick(ARRAY['-imkerei.de', '-apiary.example', '.blogspot.com', '-miele.it', '-honey.example'], 'pfw', m.k) ELSE '' END,
       '', CASE WHEN m.k % 41 = 6 THEN fixture_gen.digits('picq', m.k, 9) ELSE '' END, CASE WHEN m.k % 37 = 9 THEN pgen.fold(m.first) || '_' || pgen.fold(m.last) ELSE '' END,
       CASE WHEN m.k % 5 = 3 THEN pgen.fold(m.first) || '.' || pgen.fold(m.last) || CASE WHEN m.k % 2 = 0 THEN '.' || (m.k % 100) ELSE '' END ELSE '' END,
       CASE WHEN m.k % 8 = 5 THEN initcap(pgen.fold(m.first)) || '_' || fixture_gen.pick(ARRAY['Bees', 'Honey', 'Apiary'], 'pftw', m.k) ELSE '' END,
       CASE WHEN m.k % 9 = 4 THEN 'live:' || pgen.fold(m.first) || '.' || pgen.fold(m.last) ELSE '' END,
       CASE WHEN m.k % 19 = 7 THEN initcap(pgen.fold(m.last)) || 'Bees' ELSE '' END,
       CASE WHEN m.k % 3 = 2 THEN m.phone ELSE '' END,
       CASE WHEN m.k % 7 = 0 THEN NULL ELSE 1 + fixture_gen.n('phc', m.k, 40) END,
       1 + fixture_gen.n('par', m.k, 12),
       CASE WHEN m.k % 4 = 2 THEN NULL ELSE 1970 + fixture_gen.n('pbs', m.k, 54) END
FROM pgen.m m WHERE m.k % 11 <> 10 ORDER BY m.k;
INSERT INTO phpbb_profile_fields_data (user_id) VALUES (2);

-- Search index of the native fulltext backend.
CREATE TABLE phpbb_search_wordlist (word_id serial PRIMARY KEY, word_text varchar(255) NOT NULL DEFAULT '', word_common int2 NOT NULL DEFAULT 0, word_count int4 NOT NULL DEFAULT 0);
CREATE TABLE pgen.wm AS
SELECT DISTINCT p.post_id, w.word, w.title
FROM phpbb_posts p
CROSS JOIN LATERAL (SELECT x AS word, 0 AS title FROM regexp_split_to_table(lower(regexp_replace(p.post_text, '<[^>]+>', ' ', 'g')), '[^[:alnum:]]+') x
                    UNION SELECT x, 1 FROM regexp_split_to_table(lower(p.post_subject), '[^[:alnum:]]+') x) w
WHERE length(w.word) BETWEEN 3 AND 14 AND w.word NOT IN ('the', 'and', 'for', 'you', 'are', 'was', 'that', 'with', 'this', 'but', 'not', 'have', 'der', 'die', 'und');
INSERT INTO phpbb_search_wordlist (word_text, word_common, word_count)
SELECT word, CASE WHEN count(DISTINCT post_id) > 150 THEN 1 ELSE 0 END, count(DISTINCT post_id) FROM pgen.wm GROUP BY word ORDER BY min(post_id), word;
CREATE TABLE phpbb_search_wordmatch (post_id int4 NOT NULL DEFAULT 0, word_id int4 NOT NULL DEFAULT 0, title_match int2 NOT NULL DEFAULT 0);
INSERT INTO phpbb_search_wordmatch SELECT w.post_id, l.word_id, w.title FROM pgen.wm w JOIN phpbb_search_wordlist l ON l.word_text = w.word ORDER BY 1, 2;

-- Board configuration.
CREATE TABLE phpbb_config (config_name varchar(255) NOT NULL DEFAULT '' PRIMARY KEY, config_value varchar(255) NOT NULL DEFAULT '', is_dynamic int2 NOT NULL DEFAULT 0);
INSERT INTO phpbb_config VALUES
 ('active_sessions', '0', 0), ('allow_attachments', '1', 0), ('allow_avatar', '1', 0), ('allow_avatar_gravatar', '1', 0), ('allow_avatar_remote', '1', 0), ('allow_avatar_upload', '1', 0),
 ('allow_birthdays', '1', 0), ('allow_pm_attach', '1', 0), ('allow_privmsg', '1', 0), ('allow_sig', '1', 0), ('auth_method', 'oauth', 0),
 ('auth_oauth_facebook_key', fixture_gen.digits('fbapp', 1, 16), 0), ('auth_oauth_facebook_secret', fixture_gen.hexn('fbsec', 1, 32), 0),
 ('auth_oauth_google_key', fixture_gen.digits('gapp', 1, 12) || '-' || pgen.lower('gapp', 1, 32) || '.apps.googleusercontent.com', 0), ('auth_oauth_google_secret', 'GOCSPX-' || fixture_gen.chars('gsec', 1, 28), 0),
 ('avatar_path', 'images/avatars/upload', 0), ('avatar_salt', fixture_gen.hexn('avs', 1, 32), 0), ('board_contact', 'secretary@beelines.example', 0), ('board_contact_name', 'Beelines membership secretary', 0),
 ('board_email', 'forum-noreply@beelines.example', 0), ('board_email_sig', 'Thanks, the Beelines forum team', 0), ('board_startdate', '1331596800', 0), ('board_timezone', 'Europe/London', 0),
 ('cache_last_gc', '1719555000', 1), ('captcha_plugin', 'core.captcha.plugins.recaptcha_v3', 0), ('cookie_domain', 'forum.beelines.example', 0), ('cookie_name', 'phpbb3_bl7x2', 0),
 ('cookie_path', '/', 0), ('cookie_secure', '1', 0), ('cron_lock', '0', 1), ('database_gc', '604800', 0), ('default_dateformat', 'D M d, Y g:i a', 0), ('default_lang', 'en', 0),
 ('default_style', '1', 0), ('email_enable', '1', 0), ('email_package_size', '20', 0), ('enable_confirm', '1', 0), ('forwarded_for_check', '0', 0),
 ('jab_enable', '0', 0), ('jab_host', '', 0), ('jab_password', '', 0), ('jab_port', '5222', 0), ('jab_username', '', 0),
 ('ldap_password', '', 0), ('ldap_server', '', 0), ('ldap_user', '', 0),
 ('last_queue_run', '1719554400', 1), ('max_login_attempts', '3', 0), ('newest_user_colour', '', 1), ('newest_user_id', '362', 1), ('newest_username', (SELECT username FROM phpbb_users WHERE user_id = 362), 1),
 ('num_files', '44', 1), ('num_posts', '430', 1), ('num_topics', '120', 1), ('num_users', '321', 1),
 ('plupload_salt', fixture_gen.hexn('pls', 1, 32), 0), ('questionnaire_unique_id', fixture_gen.hexn('qui', 1, 16), 0), ('rand_seed', md5('rs' || 1), 1), ('rand_seed_last_update', '1719555001', 1),
 ('recaptcha_v3_domain', 'google.com', 0), ('recaptcha_v3_key', '6L' || fixture_gen.chars('rck', 1, 38), 0), ('recaptcha_v3_secret', '6L' || fixture_gen.chars('rcs', 1, 38), 0), ('recaptcha_v3_method', 'post', 0),
 ('record_online_date', '1714035600', 1), ('record_online_users', '87', 1), ('script_path', '/', 0), ('search_type', '\phpbb\search\fulltext_native', 0),
 ('server_name', 'forum.beelines.example', 0), ('server_port', '443', 0), ('server_protocol', 'https://', 0), ('site_desc', 'Forum of Beelines, the association of hobby beekeepers', 0),
 ('sitename', 'Beelines forum', 0), ('smtp_auth_method', 'PLAIN', 0), ('smtp_delivery', '1', 0), ('smtp_host', 'ssl://smtp.mailhost.example', 0),
 ('smtp_password', 'Bl!' || fixture_gen.chars('smtp', 1, 13) || '#hive', 0), ('smtp_port', '465', 0), ('smtp_username', 'forum-noreply@beelines.example', 0), ('smtp_verify_peer', '1', 0),
 ('upload_path', 'files', 0), ('version', '3.3.11', 0), ('warnings_expire_days', '90', 0);

CREATE TABLE phpbb_config_text (config_name varchar(255) NOT NULL DEFAULT '' PRIMARY KEY, config_value text NOT NULL DEFAULT '');
INSERT INTO phpbb_config_text VALUES
 ('admin_notepad', 'Insurer: policy BL-2024-' || fixture_gen.digits('pol', 1, 6) || ', renewal 1 April. Contact at the broker: Sandra Whitfield, 0113 496 0' || fixture_gen.digits('brk', 1, 3) || E'.\nHosting renews in September (treasurer''s card).\nTODO: remove spam accounts from 185.220.*'),
 ('contact_admin_info', '<r>Beelines membership secretary: <B><s>[b]</s>Graham Pickering<e>[/b]</e></B><br/>' || pgen.street('gb', 'cai', 1) || ', Otley LS21 3' || fixture_gen.chars('cai', 1, 2, 'ABDEFGHJLNPQRSTUWXYZ') || '<br/>Tel. 01943 ' || fixture_gen.digits('cat', 1, 6) || '</r>'),
 ('contact_admin_info_bitfield', 'QQ=='), ('contact_admin_info_flags', '7'), ('contact_admin_info_uid', ''),
 ('reparser_resume', 'a:2:{s:20:"text_reparser.pm_text";a:3:{s:10:"range-min";i:1;s:10:"range-max";i:180;s:10:"range-size";i:100;}s:22:"text_reparser.post_text";a:3:{s:10:"range-min";i:1;s:10:"range-max";i:430;s:10:"range-size";i:100;}}');

CREATE TABLE phpbb_zebra (user_id int4 NOT NULL DEFAULT 0, zebra_id int4 NOT NULL DEFAULT 0, friend int2 NOT NULL DEFAULT 0, foe int2 NOT NULL DEFAULT 0, PRIMARY KEY (user_id, zebra_id));
INSERT INTO phpbb_zebra
SELECT DISTINCT ON (a, b) a, b, CASE WHEN k % 9 = 4 THEN 0 ELSE 1 END, CASE WHEN k % 9 = 4 THEN 1 ELSE 0 END
FROM (SELECT k, pgen.u(k * 107) AS a, pgen.u(k * 109 + 1) AS b FROM generate_series(1, 120) k) x WHERE a <> b ORDER BY a, b, k;

CREATE TABLE phpbb_notification_types (notification_type_id serial PRIMARY KEY, notification_type_name varchar(255) NOT NULL DEFAULT '', notification_type_enabled int2 NOT NULL DEFAULT 1);
INSERT INTO phpbb_notification_types VALUES (1, 'notification.type.topic', 1), (2, 'notification.type.post', 1), (3, 'notification.type.quote', 1), (4, 'notification.type.pm', 1),
 (5, 'notification.type.report_post', 1), (6, 'notification.type.admin_activate_user', 1), (7, 'notification.type.group_request', 1), (8, 'notification.type.bookmark', 1),
 (9, 'notification.type.approve_post', 1), (10, 'notification.type.report_pm', 1);

CREATE TABLE phpbb_notifications (
    notification_id serial PRIMARY KEY, notification_type_id int2 NOT NULL DEFAULT 0, item_id int4 NOT NULL DEFAULT 0, item_parent_id int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0,
    notification_read int2 NOT NULL DEFAULT 0, notification_time int4 NOT NULL DEFAULT 1, notification_data text NOT NULL DEFAULT ''
);
INSERT INTO phpbb_notifications
SELECT k, ty, item, parent, rcpt, CASE WHEN k % 3 = 0 THEN 0 ELSE 1 END, t,
       CASE ty
         WHEN 2 THEN 'a:4:{s:9:"poster_id";i:' || pp.poster_id || ';s:11:"topic_title";' || pgen.ser(tt.topic_title) || 's:13:"post_username";' || pgen.ser(pp.post_username) || 's:10:"responders";a:0:{}}'
         WHEN 1 THEN 'a:3:{s:9:"poster_id";i:' || pp.poster_id || ';s:11:"topic_title";' || pgen.ser(tt.topic_title) || 's:13:"post_username";' || pgen.ser(pp.post_username) || 's:10:"forum_name";' || pgen.ser((SELECT forum_name FROM phpbb_forums WHERE forum_id = tt.forum_id)) || '}'
         WHEN 3 THEN 'a:3:{s:9:"poster_id";i:' || pp.poster_id || ';s:11:"topic_title";' || pgen.ser(tt.topic_title) || 's:13:"post_username";' || pgen.ser(pp.post_username) || '}'
         WHEN 4 THEN 'a:2:{s:12:"from_user_id";i:' || pm.author_id || ';s:15:"message_subject";' || pgen.ser(pm.message_subject) || '}'
         WHEN 5 THEN 'a:6:{s:9:"poster_id";i:' || pp.poster_id || ';s:11:"topic_title";' || pgen.ser(tt.topic_title) || 's:13:"post_username";' || pgen.ser(pp.post_username) || 's:12:"reason_title";s:9:"off_topic";s:18:"reason_description";' || pgen.ser('The reported post is off topic.') || 's:7:"user_id";i:' || pgen.u(k) || ';}'
         WHEN 6 THEN 'a:2:{s:11:"user_actkey";' || pgen.ser(coalesce(nu.user_actkey, '')) || 's:12:"user_regdate";i:' || nu.user_regdate || ';}'
         ELSE 'a:1:{s:8:"group_id";i:' || (8 + k % 5) || ';}' END
FROM (SELECT k, fixture_gen.pick(ARRAY['1', '2', '2', '2', '3', '4', '4', '5', '6', '7'], 'nty', k)::int2 AS ty, pgen.u(k * 113) AS rcpt, 1 + k % 430 AS pid, 1 + k % 180 AS mid,
             (SELECT user_id FROM phpbb_users WHERE user_type = 1 ORDER BY user_id OFFSET k % 10 LIMIT 1) AS inact, pgen.t('nt', k, '2024-03-01', '2024-06-28') AS t FROM generate_series(1, 300) k) x
JOIN phpbb_posts pp ON pp.post_id = x.pid JOIN phpbb_topics tt ON tt.topic_id = pp.topic_id JOIN phpbb_privmsgs pm ON pm.msg_id = x.mid
LEFT JOIN phpbb_users nu ON nu.user_id = x.inact
CROSS JOIN LATERAL (SELECT CASE x.ty WHEN 4 THEN x.mid WHEN 6 THEN x.inact WHEN 7 THEN x.rcpt ELSE x.pid END AS item,
                           CASE x.ty WHEN 4 THEN 0 WHEN 6 THEN 0 WHEN 7 THEN 8 + x.k % 5 ELSE pp.topic_id END AS parent) i
ORDER BY k;

CREATE TABLE phpbb_user_notifications (item_type varchar(165) NOT NULL DEFAULT '', item_id int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, method varchar(165) NOT NULL DEFAULT '', notify int2 NOT NULL DEFAULT 1);
INSERT INTO phpbb_user_notifications
SELECT DISTINCT ON (it, item, u, me) it, item, u, me, CASE WHEN k % 10 = 3 THEN 0 ELSE 1 END
FROM (SELECT k, fixture_gen.pick(ARRAY['notification.type.post', 'notification.type.topic', 'notification.type.pm', 'notification.type.quote', 'notification.type.bookmark'], 'unt', k) AS it,
             CASE WHEN k % 3 = 0 THEN 1 + k % 120 ELSE 0 END AS item, pgen.u(k * 127) AS u, CASE WHEN k % 2 = 0 THEN 'notification.method.email' ELSE 'notification.method.board' END AS me
      FROM generate_series(1, 260) k) x ORDER BY it, item, u, me, k;

CREATE TABLE phpbb_topics_posted (user_id int4 NOT NULL DEFAULT 0, topic_id int4 NOT NULL DEFAULT 0, topic_posted int2 NOT NULL DEFAULT 0, PRIMARY KEY (user_id, topic_id));
INSERT INTO phpbb_topics_posted SELECT DISTINCT poster_id, topic_id, 1 FROM phpbb_posts WHERE poster_id > 1;

CREATE TABLE phpbb_topics_watch (topic_id int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, notify_status int2 NOT NULL DEFAULT 0);
INSERT INTO phpbb_topics_watch SELECT DISTINCT ON (t, u) t, u, CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END
FROM (SELECT k, 1 + fixture_gen.n('twt', k, 120) AS t, pgen.u(k * 131) AS u FROM generate_series(1, 150) k) x ORDER BY t, u, k;

CREATE TABLE phpbb_moderator_cache (forum_id int4 NOT NULL DEFAULT 0, user_id int4 NOT NULL DEFAULT 0, username varchar(255) NOT NULL DEFAULT '', group_id int4 NOT NULL DEFAULT 0,
    group_name varchar(255) NOT NULL DEFAULT '', display_on_index int2 NOT NULL DEFAULT 1);
INSERT INTO phpbb_moderator_cache
SELECT f, u.user_id, u.username, 0, '', 1 FROM generate_series(2, 14) f JOIN phpbb_users u ON u.user_id = (ARRAY[47, 88, 131, 176, 250])[1 + f % 5]
UNION ALL SELECT f, 0, '', 8, 'Regional coordinators', 1 FROM generate_series(10, 14) f
UNION ALL SELECT 5, 0, '', 9, 'Swarm collectors', 1
UNION ALL SELECT 15, 0, '', 10, 'Committee', 0;

CREATE TABLE phpbb_disallow (disallow_id serial PRIMARY KEY, disallow_username varchar(255) NOT NULL DEFAULT '');
INSERT INTO phpbb_disallow (disallow_username) VALUES ('admin*'), ('*moderator*'), ('beelines*'), ('*official*'), ('support'), ('webmaster'), ('root'), ('*swarmline*');

CREATE TABLE phpbb_bots (bot_id serial PRIMARY KEY, bot_active int2 NOT NULL DEFAULT 1, bot_name varchar(255) NOT NULL DEFAULT '', user_id int4 NOT NULL DEFAULT 0,
    bot_agent varchar(255) NOT NULL DEFAULT '', bot_ip varchar(255) NOT NULL DEFAULT '');
INSERT INTO phpbb_bots SELECT b, CASE WHEN b IN (4, 11, 12, 22) THEN 0 ELSE 1 END, name, 2 + b, agent, ip FROM pgen.bot ORDER BY b;

CREATE TABLE phpbb_ext (ext_name varchar(255) NOT NULL DEFAULT '' PRIMARY KEY, ext_active int2 NOT NULL DEFAULT 0, ext_state text NOT NULL DEFAULT '');
INSERT INTO phpbb_ext VALUES ('phpbb/viglink', 0, 'b:0;'), ('phpbb/mediaembed', 1, 'b:0;'), ('phpbb/pages', 1, 'b:0;'), ('phpbb/boardrules', 1, 'b:0;'),
 ('vse/abbc3', 1, 'b:0;'), ('rmcgirr83/contactadmin', 1, 'b:0;'), ('phpbb/teamsecurity', 0, 'a:1:{s:7:"version";s:5:"2.0.1";}');

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
