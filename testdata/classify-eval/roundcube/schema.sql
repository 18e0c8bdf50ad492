-- classify-eval fixture (HOLDOUT 70: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- webmail database of Olaberri Koop. E., a Basque worker cooperative
-- (translation, engineering and small-scale IT services; offices in Donostia,
-- Bilbo and Baiona) that runs its own mail server and hosts mail for a
-- translators' network, a cycling association and a member family's rural
-- guesthouse. One PostgreSQL database holds Roundcube Webmail 1.6 (1.6.6, its
-- postgres.initial.sql plus updates: users, session, identities, contacts,
-- contactgroups, contactgroupmembers, collected_addresses, cache, cache_shared,
-- cache_index, cache_thread, cache_messages, dictionary, searches, responses,
-- filestore, system), the tables of its plugins -- rcmcarddav 4.4 (carddav_*,
-- against the cooperative's Nextcloud and a few iCloud and Fastmail address
-- books), Kolab's calendar and tasklist plugins with the database driver
-- (calendars, events, attachments, itipinvitations, tasklists, tasks),
-- persistent_login (auth_tokens), rcguard (rcguard), ident_switch
-- (ident_switch), sauserprefs (SpamAssassin's userpref table), enigma (keys in
-- filestore), twofactor_gauthenticator (TOTP secret and recovery codes inside
-- users.preferences), password (sql driver) and fetchmail -- and the mail
-- server's own PostfixAdmin 3.3 tables (domain, mailbox, alias, alias_domain,
-- admin, domain_admins, vacation, vacation_notification, fetchmail, log,
-- quota2, config) that Postfix and Dovecot query and that the password and
-- fetchmail plugins write. Members, their correspondents, clients and
-- translators are Basque, Spanish, French, Moroccan, Colombian, Senegalese,
-- Romanian, Ukrainian, German, British, Brazilian, Japanese, Chinese and
-- Indian. Roundcube keeps its serialized data as PHP serialize() text
-- (users.preferences), base64 of it (cache*, session.vars, which is PHP's
-- session encoding) and vCard text; the calendar driver keeps attendees and
-- alarms as JSON text. Every user's IMAP password sits encrypted (des_key) in
-- session.vars, auth_tokens.user_pass and ident_switch.password; CardDAV
-- passwords are plain, '%p' (use the login password) or encrypted; fetchmail
-- passwords are base64 as PostfixAdmin stores them.
-- Written from memory of the published schemas, not checked against them:
-- column order, some lengths and defaults, the carddav migration file names,
-- whether auth_tokens has a host column, ident_switch's exact columns, whether
-- PostfixAdmin 3.3 already has mailbox.totp_secret and smtp_active, and the
-- cache key names in cache_shared (LDAP results of the cooperative's member
-- directory) may differ from the real ones; the calendar driver's older
-- releases keep attendees in a line format instead of JSON. The whole stack is
-- narrower than the fixture range asks for: Roundcube's tables are few
-- columns wide, and no columns were added to pad it. Loaded after
-- ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşșțúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÑ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssstuuuuyzzzdoAEIOUOUCSLSZDN')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking base64 alphanumerics; lower: lower-case alphanumerics.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- at: a time between two instants; att: the same without time zone.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;
CREATE FUNCTION pgen.att(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT (pgen.at(tag, i, lo, hi) AT TIME ZONE 'Europe/Madrid')::timestamp(0) $$;

-- PHP serialize(): strings (byte lengths), integers, booleans, arrays of
-- already serialized keys and values, and PHP's session encoding.
CREATE FUNCTION pgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;
CREATE FUNCTION pgen.pi(v bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'i:' || v || ';' $$;
CREATE FUNCTION pgen.pb(v boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v THEN 'b:1;' ELSE 'b:0;' END $$;
-- pa: an associative array from alternating keys (plain text) and serialized values.
CREATE FUNCTION pgen.pa(kv text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || (coalesce(cardinality(kv), 0) / 2) || ':{' || coalesce(string_agg(pgen.ps(kv[2 * k - 1]) || kv[2 * k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(kv), 0) / 2) k
$$;
-- pl: a list (keys 0..n-1) of serialized values.
CREATE FUNCTION pgen.pl(vs text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || coalesce(cardinality(vs), 0) || ':{' || coalesce(string_agg('i:' || (k - 1) || ';' || vs[k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(vs), 0)) k
$$;
-- b64s: base64 of a text on one line, as rcube_db::encode() stores serialized data.
CREATE FUNCTION pgen.b64s(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(convert_to(v, 'UTF8'), 'base64'), E'\n', '') $$;
-- rcenc: what rcmail::encrypt() returns for a secret (base64 of IV and ciphertext).
CREATE FUNCTION pgen.rcenc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag || 'enc', i, 32 + 16 * fixture_gen.n(tag || 'el', i, 2)) $$;
-- base32 secret as Google Authenticator compatible TOTP seeds are.
CREATE FUNCTION pgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- Spanish DNI (8 digits and the mod-23 letter) and NIE.
CREATE FUNCTION pgen.dni(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + (d::int % 23), 1) FROM (SELECT (10000000 + fixture_gen.n(tag, i, 89999999))::text AS d) x
$$;
CREATE FUNCTION pgen.nie(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT l || d || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + (((strpos('XYZ', l) - 1)::text || d)::int % 23), 1)
  FROM (SELECT fixture_gen.pick(ARRAY['X', 'Y', 'Z'], tag, i) AS l, lpad(fixture_gen.n(tag || 'd', i, 9999999)::text, 7, '0') AS d) x
$$;

-- Cultures.
CREATE TABLE pgen.cu (c text PRIMARY KEY, firsts text[], lasts text[], cities text[], domains text[], lang text, tz text, two_surnames boolean);
INSERT INTO pgen.cu VALUES
 ('eu', ARRAY['Miren', 'Iker', 'Ane', 'Unai', 'Itziar', 'Aitor', 'Nerea', 'Gorka', 'Maialen', 'Xabier', 'Amaia', 'Jon', 'Leire', 'Eneko', 'Garazi', 'Mikel', 'Irati', 'Ander', 'Edurne', 'Iñaki'],
        ARRAY['Agirre', 'Etxeberria', 'Goikoetxea', 'Arrieta', 'Zubizarreta', 'Larrañaga', 'Olaizola', 'Iturralde', 'Urrutia', 'Mendizabal', 'Aranburu', 'Elizondo', 'Otegi', 'Ibarguren', 'Lasa', 'Zabaleta'],
        ARRAY['Donostia', 'Bilbo', 'Gasteiz', 'Iruñea', 'Azpeitia', 'Hernani', 'Tolosa', 'Zarautz', 'Errenteria', 'Durango'], ARRAY['gmail.com', 'euskaltel.net', 'hotmail.com', 'outlook.es'], 'eu_ES', 'Europe/Madrid', true),
 ('es', ARRAY['Lucía', 'Javier', 'Carmen', 'Diego', 'Paula', 'Sergio', 'Alba', 'Álvaro', 'Marta', 'Pablo', 'Rocío', 'Raúl'],
        ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Ruiz', 'Jiménez', 'Moreno', 'Castillo', 'Ortega'],
        ARRAY['Madrid', 'Zaragoza', 'Logroño', 'Santander', 'Valladolid', 'Burgos'], ARRAY['gmail.com', 'telefonica.net', 'hotmail.es', 'yahoo.es'], 'es_ES', 'Europe/Madrid', true),
 ('fr', ARRAY['Camille', 'Julien', 'Léa', 'Mathieu', 'Chloé', 'Antoine', 'Maite', 'Peio', 'Manon', 'Ramuntxo'],
        ARRAY['Etcheverry', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Haritschelhar', 'Duhalde', 'Girard', 'Elissalde', 'Bernard'],
        ARRAY['Baiona', 'Biarritz', 'Bordeaux', 'Pau', 'Toulouse', 'Hendaye'], ARRAY['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], 'fr_FR', 'Europe/Paris', false),
 ('ma', ARRAY['Youssef', 'Fatima Zahra', 'Mohamed', 'Salma', 'Hamza', 'Khadija', 'Omar', 'Imane'],
        ARRAY['El Amrani', 'Benali', 'Tazi', 'Idrissi', 'Alaoui', 'Bennani', 'Chraibi', 'Ouazzani'],
        ARRAY['Tanger', 'Casablanca', 'Rabat', 'Tétouan'], ARRAY['gmail.com', 'hotmail.com', 'menara.ma'], 'ar', 'Africa/Casablanca', false),
 ('co', ARRAY['Valentina', 'Santiago', 'Camila', 'Andrés', 'Daniela', 'Julián', 'Mariana', 'Sebastián'],
        ARRAY['Rodríguez', 'Gómez', 'Restrepo', 'Ospina', 'Cárdenas', 'Muñoz', 'Vargas', 'Castaño'],
        ARRAY['Medellín', 'Bogotá', 'Cali', 'Manizales'], ARRAY['gmail.com', 'hotmail.com', 'outlook.com'], 'es_ES', 'America/Bogota', true),
 ('sn', ARRAY['Aminata', 'Moussa', 'Fatou', 'Ousmane', 'Awa', 'Mamadou', 'Khady', 'Ibrahima'],
        ARRAY['Diop', 'Ndiaye', 'Fall', 'Sow', 'Ba', 'Diallo', 'Sarr', 'Gueye'],
        ARRAY['Dakar', 'Thiès', 'Saint-Louis', 'Ziguinchor'], ARRAY['gmail.com', 'yahoo.fr', 'orange.sn'], 'fr_FR', 'Africa/Dakar', false),
 ('ro', ARRAY['Andreea', 'Mihai', 'Ioana', 'Alexandru', 'Elena', 'Cristian', 'Raluca', 'Bogdan'],
        ARRAY['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Constantin', 'Munteanu', 'Stoica', 'Radu'],
        ARRAY['București', 'Cluj-Napoca', 'Iași', 'Timișoara'], ARRAY['yahoo.com', 'gmail.com'], 'ro_RO', 'Europe/Bucharest', false),
 ('ua', ARRAY['Olena', 'Andriy', 'Iryna', 'Oleksandr', 'Kateryna', 'Dmytro', 'Yulia', 'Taras'],
        ARRAY['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Koval'],
        ARRAY['Kyiv', 'Lviv', 'Kharkiv', 'Odesa'], ARRAY['ukr.net', 'gmail.com'], 'uk_UA', 'Europe/Kyiv', false),
 ('de', ARRAY['Jonas', 'Lena', 'Felix', 'Marie', 'Lukas', 'Hannah', 'Tobias', 'Julia'],
        ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter'],
        ARRAY['Berlin', 'Hamburg', 'Freiburg', 'Leipzig'], ARRAY['gmx.de', 'web.de', 'posteo.de'], 'de_DE', 'Europe/Berlin', false),
 ('gb', ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya', 'Arthur', 'Poppy'],
        ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke', 'Shah', 'Murphy'],
        ARRAY['London', 'Manchester', 'Bristol', 'Edinburgh'], ARRAY['gmail.com', 'btinternet.com', 'outlook.com'], 'en_GB', 'Europe/London', false),
 ('br', ARRAY['João', 'Ana', 'Pedro', 'Beatriz', 'Lucas', 'Juliana', 'Rafael', 'Larissa'],
        ARRAY['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida', 'Ferreira'],
        ARRAY['São Paulo', 'Curitiba', 'Recife', 'Porto Alegre'], ARRAY['gmail.com', 'uol.com.br', 'bol.com.br'], 'pt_BR', 'America/Sao_Paulo', false),
 ('jp', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Riku', 'Hina', 'Kenji', 'Yuko'],
        ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
        ARRAY['Tokyo', 'Osaka', 'Kyoto', 'Sapporo'], ARRAY['gmail.com', 'yahoo.co.jp'], 'ja_JP', 'Asia/Tokyo', false),
 ('cn', ARRAY['Wei', 'Fang', 'Lei', 'Jing', 'Hao', 'Xiuying', 'Jun', 'Min'],
        ARRAY['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'],
        ARRAY['Shanghai', 'Hangzhou', 'Chengdu', 'Beijing'], ARRAY['qq.com', '163.com', 'gmail.com'], 'zh_CN', 'Asia/Shanghai', false),
 ('in', ARRAY['Aarav', 'Priya', 'Rohan', 'Ananya', 'Arjun', 'Kavya', 'Vikram', 'Diya'],
        ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Bose', 'Patil'],
        ARRAY['Bengaluru', 'Pune', 'Chennai', 'Kochi'], ARRAY['gmail.com', 'rediffmail.com'], 'en_US', 'Asia/Kolkata', false);

CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'eu' THEN CASE WHEN i % 4 = 0 THEN '943 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2)
                        ELSE '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3) END
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'fr' THEN CASE WHEN i % 3 = 0 THEN '05 59 ' ELSE '06 ' || fixture_gen.digits(tag || 'w', i, 2) || ' ' END || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2)
    WHEN 'ma' THEN '+212 6' || fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'y', i, 3) || '-' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'co' THEN '+57 31' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'sn' THEN '+221 7' || (6 + fixture_gen.n(tag, i, 3)) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'ro' THEN '+40 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'ua' THEN '+380 67 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2)
    WHEN 'de' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 'gb' THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'br' THEN '+55 ' || fixture_gen.pick(ARRAY['11', '41', '81', '51'], tag, i) || ' 9' || fixture_gen.digits(tag || 'y', i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'jp' THEN '+81 90-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'cn' THEN '+86 13' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5) END
$$;

CREATE FUNCTION pgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'eu' THEN fixture_gen.pick(ARRAY['Nagusia kalea', 'Easo kalea', 'Zumalakarregi hiribidea', 'Askatasunaren hiribidea', 'Urbieta kalea', 'Kale Nagusia', 'Lehendakari Agirre etorbidea'], tag, i)
                   || ' ' || (1 + fixture_gen.n(tag, i, 60)) || ', ' || (1 + fixture_gen.n(tag || 'a', i, 6)) || '. ' || fixture_gen.pick(ARRAY['ezk.', 'esk.', 'A', 'B'], tag || 'b', i)
    WHEN 'es' THEN fixture_gen.pick(ARRAY['Calle de Alcalá', 'Paseo de la Independencia', 'Calle Portales', 'Avenida de Burgos', 'Calle Mayor'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 250)) || ', ' || (1 + fixture_gen.n(tag || 'a', i, 8)) || 'º ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'Izda.'], tag || 'b', i)
    WHEN 'fr' THEN (1 + fixture_gen.n(tag, i, 120)) || ' ' || fixture_gen.pick(ARRAY['rue Port-Neuf', 'avenue de la Marne', 'rue Gambetta', 'chemin d''Arcangues', 'allées Paulmy', 'rue Sainte-Catherine'], tag, i)
    WHEN 'ma' THEN (1 + fixture_gen.n(tag, i, 90)) || ', ' || fixture_gen.pick(ARRAY['Rue Moulay Youssef', 'Boulevard Mohammed V', 'Avenue Hassan II', 'Rue Ibn Batouta'], tag, i) || CASE WHEN i % 2 = 0 THEN ', Apt ' || (1 + fixture_gen.n(tag || 'a', i, 20)) ELSE '' END
    WHEN 'co' THEN fixture_gen.pick(ARRAY['Calle', 'Carrera', 'Diagonal', 'Transversal'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 120)) || ' # ' || (1 + fixture_gen.n(tag || 'a', i, 90)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 80)) || CASE WHEN i % 3 = 0 THEN ', Apto ' || (101 + fixture_gen.n(tag || 'c', i, 900)) ELSE '' END
    WHEN 'sn' THEN fixture_gen.pick(ARRAY['Sicap Liberté 6, Villa ', 'Mermoz Pyrotechnie, Villa ', 'Rue 10 x Bd de l''Est, Point E, n° ', 'HLM Grand Yoff, n° '], tag, i) || (1 + fixture_gen.n(tag, i, 400))
    WHEN 'ro' THEN 'Strada ' || fixture_gen.pick(ARRAY['Memorandumului', 'Lipscani', 'Avram Iancu', 'Mihai Eminescu'], tag, i) || ' nr. ' || (1 + fixture_gen.n(tag, i, 90)) || ', ap. ' || (1 + fixture_gen.n(tag || 'a', i, 40))
    WHEN 'ua' THEN 'vul. ' || fixture_gen.pick(ARRAY['Khreshchatyk', 'Sahaidachnoho', 'Shevchenka', 'Franka'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 90)) || ', kv. ' || (1 + fixture_gen.n(tag || 'a', i, 120))
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Schanzenstraße', 'Karl-Liebknecht-Straße', 'Lindenallee', 'Sonnenallee', 'Wiehre Weg'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 140))
    WHEN 'gb' THEN CASE WHEN i % 3 = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 24)) || ', ' ELSE '' END || (1 + fixture_gen.n(tag, i, 200)) || ' ' || fixture_gen.pick(ARRAY['Victoria Road', 'Church Lane', 'Gloucester Road', 'Leith Walk'], tag, i)
    WHEN 'br' THEN fixture_gen.pick(ARRAY['Rua Augusta', 'Avenida Sete de Setembro', 'Rua da Aurora', 'Rua dos Andradas'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 2000)) || CASE WHEN i % 2 = 0 THEN ', apto ' || (11 + fixture_gen.n(tag || 'a', i, 180)) ELSE '' END
    WHEN 'jp' THEN fixture_gen.pick(ARRAY['渋谷区神南', '大阪市北区梅田', '京都市左京区北白川', '札幌市中央区大通西'], tag, i) || (1 + fixture_gen.n(tag, i, 5)) || '-' || (1 + fixture_gen.n(tag || 'a', i, 20)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 30))
    WHEN 'cn' THEN fixture_gen.pick(ARRAY['上海市徐汇区漕溪北路', '杭州市西湖区文三路', '成都市武侯区人民南路'], tag, i) || (1 + fixture_gen.n(tag, i, 400)) || '号'
    ELSE '#' || (1 + fixture_gen.n(tag, i, 400)) || ', ' || fixture_gen.pick(ARRAY['12th Main, HSR Layout', 'Koregaon Park Lane 5', 'Anna Salai, Teynampet', 'MG Road, Ernakulam'], tag, i) END
$$;

CREATE FUNCTION pgen.zip(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'eu' THEN fixture_gen.pick(ARRAY['20', '48', '01', '31'], tag, i) || lpad(fixture_gen.n(tag || 'z', i, 300)::text, 3, '0')
    WHEN 'es' THEN fixture_gen.pick(ARRAY['28', '50', '26', '39', '47', '09'], tag, i) || lpad(fixture_gen.n(tag || 'z', i, 900)::text, 3, '0')
    WHEN 'fr' THEN fixture_gen.pick(ARRAY['64100', '64200', '33000', '64000', '31000', '64700'], tag, i)
    WHEN 'ma' THEN (10000 + fixture_gen.n(tag, i, 80000))::text
    WHEN 'co' THEN (050001 + fixture_gen.n(tag, i, 700000))::text
    WHEN 'sn' THEN (10000 + fixture_gen.n(tag, i, 20000))::text
    WHEN 'ro' THEN lpad((10000 + fixture_gen.n(tag, i, 890000))::text, 6, '0')
    WHEN 'ua' THEN lpad((1001 + fixture_gen.n(tag, i, 90000))::text, 5, '0')
    WHEN 'gb' THEN fixture_gen.pick(ARRAY['SW1A', 'M1', 'BS8', 'EH6', 'E14'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'br' THEN fixture_gen.digits(tag, i, 5) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'jp' THEN fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'p', i, 4)
    WHEN 'cn' THEN (100000 + fixture_gen.n(tag, i, 800000))::text
    WHEN 'in' THEN (400001 + fixture_gen.n(tag, i, 290000))::text
    ELSE lpad((1001 + fixture_gen.n(tag, i, 98000))::text, 5, '0') END
$$;

-- People. 1-150 members and staff of the cooperative and of the hosted
-- organisations (mailbox owners); 1001-2400 correspondents: clients,
-- translators, family, friends.
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, first text, last1 text, last2 text, last text, full_name text, email text, phone text, mobile text,
  street text, zip text, city text, country text, org text, job text, lang text, tz text, dom text, login text);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, first, last1, last2, lang, tz, city)
  SELECT i, cu.c, cu.firsts[1 + fixture_gen.n('pf', i, cardinality(cu.firsts))], cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))],
         CASE WHEN cu.two_surnames THEN cu.lasts[1 + fixture_gen.n('pl2', i, cardinality(cu.lasts))] END, cu.lang, cu.tz, fixture_gen.pick(cu.cities, 'pcity', i)
  FROM generate_series(lo, hi) i JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
$$;
DO $$ BEGIN PERFORM pgen.add_people(1, 150, ARRAY['eu', 'eu', 'eu', 'eu', 'eu', 'eu', 'eu', 'es', 'es', 'es', 'fr', 'fr', 'ma', 'co', 'sn', 'ro', 'ua', 'br', 'de', 'gb']); END $$;
DO $$ BEGIN PERFORM pgen.add_people(1001, 2400, ARRAY['eu', 'eu', 'eu', 'eu', 'es', 'es', 'es', 'fr', 'fr', 'fr', 'ma', 'co', 'co', 'sn', 'ro', 'ua', 'de', 'gb', 'br', 'jp', 'cn', 'in']); END $$;

-- Members 1-5 are the cooperative's governing council and its system people.
UPDATE pgen.p SET c = 'eu', first = 'Miren', last1 = 'Agirre', last2 = 'Etxeberria', lang = 'eu_ES' WHERE i = 1;
UPDATE pgen.p SET c = 'eu', first = 'Xabier', last1 = 'Olaizola', last2 = 'Lasa', lang = 'eu_ES' WHERE i = 2;
UPDATE pgen.p SET c = 'ma', first = 'Salma', last1 = 'Benali', last2 = NULL, lang = 'es_ES', tz = 'Europe/Madrid' WHERE i = 3;
UPDATE pgen.p SET c = 'fr', first = 'Peio', last1 = 'Etcheverry', last2 = NULL, lang = 'fr_FR' WHERE i = 4;
UPDATE pgen.p SET c = 'co', first = 'Valentina', last1 = 'Restrepo', last2 = 'Ospina', lang = 'es_ES', tz = 'Europe/Madrid' WHERE i = 5;
UPDATE pgen.p SET
  last = last1 || coalesce(' ' || last2, ''),
  full_name = first || ' ' || last1 || CASE WHEN last2 IS NOT NULL AND i % 3 = 0 THEN ' ' || last2 ELSE '' END,
  phone = pgen.phone(CASE WHEN i > 150 THEN c WHEN c = 'fr' THEN 'fr' ELSE 'eu' END, 'pph', i),
  mobile = pgen.phone(CASE WHEN i > 150 THEN c WHEN c = 'fr' THEN 'fr' ELSE 'eu' END, 'pmob', i + 7),
  street = pgen.street(CASE WHEN i > 150 THEN c WHEN c = 'fr' THEN 'fr' ELSE 'eu' END, 'pst', i),
  zip = pgen.zip(CASE WHEN i > 150 THEN c WHEN c = 'fr' THEN 'fr' ELSE 'eu' END, 'pzip', i),
  city = CASE WHEN i > 150 THEN city WHEN c = 'fr' THEN fixture_gen.pick(ARRAY['Baiona', 'Biarritz', 'Hendaye', 'Angelu'], 'pmcity', i)
    ELSE fixture_gen.pick(ARRAY['Donostia', 'Donostia', 'Bilbo', 'Hernani', 'Errenteria', 'Tolosa', 'Zarautz', 'Azpeitia', 'Lasarte-Oria'], 'pmcity', i) END,
  country = CASE c WHEN 'eu' THEN CASE WHEN city = 'Iruñea' THEN 'Nafarroa' ELSE 'Euskal Herria' END WHEN 'es' THEN 'España' WHEN 'fr' THEN 'France' WHEN 'ma' THEN 'Maroc'
    WHEN 'co' THEN 'Colombia' WHEN 'sn' THEN 'Sénégal' WHEN 'ro' THEN 'România' WHEN 'ua' THEN 'Україна' WHEN 'de' THEN 'Deutschland' WHEN 'gb' THEN 'United Kingdom'
    WHEN 'br' THEN 'Brasil' WHEN 'jp' THEN 'Japan' WHEN 'cn' THEN 'China' ELSE 'India' END,
  org = CASE WHEN i <= 150 THEN NULL WHEN i % 5 = 0 THEN NULL
    WHEN c IN ('ma', 'sn', 'ro', 'ua', 'de', 'gb', 'br', 'jp', 'cn', 'in', 'co') AND i % 3 <> 0 THEN CASE c WHEN 'ma' THEN 'Babel Traducciones S.L.' WHEN 'sn' THEN 'Université Cheikh Anta Diop'
      WHEN 'ro' THEN 'Cluj Translation Hub SRL' WHEN 'ua' THEN 'Ukrainian Institute' WHEN 'de' THEN 'Deutsche Welle' WHEN 'gb' THEN 'BBC Studios' WHEN 'br' THEN 'Editora Ubu'
      WHEN 'jp' THEN 'Rakuten Group' WHEN 'cn' THEN 'Hangzhou Yiyu Localisation Co.' WHEN 'in' THEN 'Infosys' ELSE 'Universidad de Antioquia' END
    WHEN c = 'fr' THEN fixture_gen.pick(ARRAY['Université de Pau et des Pays de l''Adour', 'Communauté d''Agglomération Pays Basque', 'Lagunekin elkartea', 'Elkar argitaletxea'], 'porg', i)
    ELSE fixture_gen.pick(ARRAY['Gipuzkoako Foru Aldundia', 'Donostiako Udala', 'Mondragon Unibertsitatea', 'Elhuyar Fundazioa',
    'Eusko Jaurlaritza - Kultura Saila', 'Orona S. Coop.', 'Kutxa Fundazioa', 'Elkar argitaletxea', 'Université de Pau et des Pays de l''Adour', 'Communauté d''Agglomération Pays Basque',
    'Babel Traducciones S.L.', 'Tabakalera', 'Euskaltel', 'Lagunekin elkartea', 'Hospital Universitario Donostia', 'Ayuntamiento de Logroño', 'Fundación Tripartita'], 'porg', i) END,
  job = fixture_gen.pick(ARRAY['itzultzailea', 'ingeniaria', 'administraria', 'proiektu-arduraduna', 'Traductora jurada', 'Responsable de compras', 'Chargée de communication',
    'Project manager', 'Localisation engineer', 'Técnico de cultura', 'Directrice', 'Professor', 'Editor', 'Sound engineer', 'Accountant', 'Interpreter'], 'pjob', i),
  dom = CASE WHEN i <= 100 THEN 'olaberri.eus' WHEN i <= 122 THEN 'itzulpen-sarea.eus' WHEN i <= 142 THEN 'donostiako-bizikleta.eus' WHEN i <= 150 THEN 'larrain-etxea.eus' END;

UPDATE pgen.p SET tz = 'Europe/Madrid' WHERE i <= 150 AND c NOT IN ('fr') AND i % 4 <> 1;

UPDATE pgen.p p SET email = lower(CASE fixture_gen.n('pem', i, 5)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last1) WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last1) || (i % 89)::text
    WHEN 2 THEN pgen.fold(first) || '_' || pgen.fold(last1) WHEN 3 THEN pgen.fold(first) || pgen.fold(last1) || (1960 + i % 45)::text ELSE pgen.fold(last1) || '.' || pgen.fold(first) END)
  || '@' || (SELECT fixture_gen.pick(cu.domains, 'pdom', p.i) FROM pgen.cu cu WHERE cu.c = p.c);
-- Correspondents writing from work use their organisation's domain.
CREATE TABLE pgen.orgdom (org text PRIMARY KEY, dom text);
INSERT INTO pgen.orgdom VALUES ('Gipuzkoako Foru Aldundia', 'gipuzkoa.eus'), ('Donostiako Udala', 'donostia.eus'), ('Mondragon Unibertsitatea', 'mondragon.edu'),
  ('Elhuyar Fundazioa', 'elhuyar.eus'), ('Eusko Jaurlaritza - Kultura Saila', 'euskadi.eus'), ('Orona S. Coop.', 'orona-group.com'), ('Kutxa Fundazioa', 'kutxafundazioa.eus'),
  ('Elkar argitaletxea', 'elkar.eus'), ('Université de Pau et des Pays de l''Adour', 'univ-pau.fr'), ('Communauté d''Agglomération Pays Basque', 'communaute-paysbasque.fr'),
  ('Babel Traducciones S.L.', 'babeltraducciones.es'), ('Cluj Translation Hub SRL', 'cluj-translation.ro'), ('Universidad de Antioquia', 'udea.edu.co'),
  ('Université Cheikh Anta Diop', 'ucad.edu.sn'), ('Deutsche Welle', 'dw.com'), ('BBC Studios', 'bbc.com'), ('Editora Ubu', 'ubueditora.com.br'), ('Rakuten Group', 'rakuten.com'),
  ('Ukrainian Institute', 'ui.org.ua'), ('Infosys', 'infosys.com'), ('Hangzhou Yiyu Localisation Co.', 'yiyu-l10n.cn'), ('Tabakalera', 'tabakalera.eus'), ('Euskaltel', 'euskaltel.com'), ('Lagunekin elkartea', 'lagunekin.org'),
  ('Hospital Universitario Donostia', 'osakidetza.eus'), ('Ayuntamiento de Logroño', 'logrono.es'), ('Fundación Tripartita', 'fundae.es');
UPDATE pgen.p p SET email = lower(pgen.fold(p.first) || '.' || pgen.fold(p.last1)) || '@' || o.dom FROM pgen.orgdom o WHERE o.org = p.org AND p.i % 3 <> 0;
UPDATE pgen.p p SET email = replace(p.email, '@', (p.i % 97)::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Members' mailboxes: first.surname@ their domain (login), made unique.
UPDATE pgen.p SET login = pgen.fold(first) || '.' || pgen.fold(last1) || '@' || dom WHERE i <= 150;
UPDATE pgen.p p SET login = pgen.fold(p.first) || '.' || pgen.fold(p.last1) || coalesce(substr(pgen.fold(p.last2), 1, 1), (d.rn)::text) || '@' || p.dom
FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) rn FROM pgen.p WHERE i <= 150) d WHERE d.i = p.i AND d.rn > 1;
UPDATE pgen.p p SET login = replace(p.login, '@', d.rn::text || '@')
FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) rn FROM pgen.p WHERE i <= 150) d WHERE d.i = p.i AND d.rn > 1;

-- Password hashes as Dovecot and PostfixAdmin write them.
CREATE FUNCTION pgen.crypt_alpha() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' $$;
CREATE FUNCTION pgen.sha512crypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$6' || '$' || fixture_gen.chars(tag || 's', i, 16, pgen.crypt_alpha()) || '$' || fixture_gen.chars(tag, i, 86, pgen.crypt_alpha()) $$;
CREATE FUNCTION pgen.md5crypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$1' || '$' || fixture_gen.chars(tag || 's', i, 8, pgen.crypt_alpha()) || '$' || fixture_gen.chars(tag, i, 22, pgen.crypt_alpha()) $$;
CREATE FUNCTION pgen.argon2id(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$argon2id' || '$v=19$m=65536,t=3,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag, i, 32), '=')
$$;
CREATE FUNCTION pgen.dovecot_pw(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'k', i, 6) WHEN 0 THEN pgen.md5crypt(tag, i) WHEN 1 THEN '{SHA512-CRYPT}' || pgen.sha512crypt(tag, i) WHEN 2 THEN '{SHA512-CRYPT}' || pgen.sha512crypt(tag, i)
    ELSE '{ARGON2ID}' || pgen.argon2id(tag, i) END
$$;

-- ---------------------------------------------------------------------------
-- The mail server's PostfixAdmin tables (pgsql schema of PostfixAdmin 3.3).

CREATE TABLE config (id serial PRIMARY KEY, name varchar(20) NOT NULL DEFAULT '' UNIQUE, value varchar(20) NOT NULL DEFAULT '');
INSERT INTO config (name, value) VALUES ('version', '1844');

CREATE TABLE domain (
    domain varchar(255) NOT NULL PRIMARY KEY,
    description varchar(255) NOT NULL DEFAULT '',
    aliases integer NOT NULL DEFAULT 0,
    mailboxes integer NOT NULL DEFAULT 0,
    maxquota bigint NOT NULL DEFAULT 0,
    quota bigint NOT NULL DEFAULT 0,
    transport varchar(255) DEFAULT NULL,
    backupmx boolean NOT NULL DEFAULT false,
    created timestamp with time zone DEFAULT now(),
    modified timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT true,
    password_expiry integer DEFAULT 0
);
INSERT INTO domain VALUES
  ('ALL', '', 0, 0, 0, 0, '', false, '2016-03-02 10:14:07+01', '2016-03-02 10:14:07+01', true, 0),
  ('olaberri.eus', 'Olaberri Koop. E.', 0, 0, 10240, 0, 'lmtp:unix:private/dovecot-lmtp', false, '2016-03-02 10:31:55+01', '2023-11-14 09:02:41+01', true, 0),
  ('itzulpen-sarea.eus', 'Itzulpen Sarea - itzultzaileen sarea', 60, 40, 4096, 0, 'lmtp:unix:private/dovecot-lmtp', false, '2017-09-18 17:40:12+02', '2022-02-01 12:15:00+01', true, 0),
  ('donostiako-bizikleta.eus', 'Donostiako Bizikleta Elkartea', 50, 30, 2048, 0, 'lmtp:unix:private/dovecot-lmtp', false, '2019-05-07 19:22:31+02', '2024-01-09 20:48:03+01', true, 180),
  ('larrain-etxea.eus', 'Larrain Etxea nekazalturismoa', 20, 10, 2048, 0, 'lmtp:unix:private/dovecot-lmtp', false, '2020-06-15 11:03:27+02', '2020-06-15 11:03:27+02', true, 0),
  ('olaberri.com', 'Olaberri (alias domain)', 0, 0, 0, 0, 'lmtp:unix:private/dovecot-lmtp', false, '2018-01-22 08:55:40+01', '2018-01-22 08:55:40+01', true, 0),
  ('itzulpensarea.eus', 'Itzulpen Sarea (alias)', 0, 0, 0, 0, 'lmtp:unix:private/dovecot-lmtp', false, '2021-03-03 13:12:09+01', '2021-03-03 13:12:09+01', true, 0),
  ('olaberri-backup.net', 'MX backup of Olaberri (Baiona)', 0, 0, 0, 0, 'relay:[mx1.olaberri.eus]', true, '2018-04-10 16:20:00+02', '2021-10-30 10:00:00+02', true, 0);

-- Mailboxes: 1-150 people, 201-210 role mailboxes.
CREATE TABLE pgen.mb (i int PRIMARY KEY, username text, local_part text, dom text, name text, created timestamptz);
INSERT INTO pgen.mb SELECT i, login, split_part(login, '@', 1), dom, full_name,
  CASE dom WHEN 'olaberri.eus' THEN pgen.at('mbc', i, '2016-03-02', '2024-09-01') WHEN 'itzulpen-sarea.eus' THEN pgen.at('mbc', i, '2017-09-18', '2024-09-01')
           WHEN 'donostiako-bizikleta.eus' THEN pgen.at('mbc', i, '2019-05-07', '2024-09-01') ELSE pgen.at('mbc', i, '2020-06-15', '2023-09-01') END
FROM pgen.p WHERE i <= 150;
INSERT INTO pgen.mb VALUES
  (201, 'info@olaberri.eus', 'info', 'olaberri.eus', 'Olaberri - Informazioa', '2016-03-02 10:40:00+01'),
  (202, 'faktura@olaberri.eus', 'faktura', 'olaberri.eus', 'Olaberri - Fakturazioa', '2016-03-02 10:42:00+01'),
  (203, 'idazkaritza@olaberri.eus', 'idazkaritza', 'olaberri.eus', 'Idazkaritza', '2016-03-03 09:10:00+01'),
  (204, 'itzulpenak@olaberri.eus', 'itzulpenak', 'olaberri.eus', 'Itzulpen eskaerak / Solicitudes de traducción', '2017-01-12 12:00:00+01'),
  (205, 'sistemak@olaberri.eus', 'sistemak', 'olaberri.eus', 'Sistemak', '2016-03-02 10:45:00+01'),
  (206, 'info@itzulpen-sarea.eus', 'info', 'itzulpen-sarea.eus', 'Itzulpen Sarea', '2017-09-18 17:45:00+02'),
  (207, 'bazkideak@donostiako-bizikleta.eus', 'bazkideak', 'donostiako-bizikleta.eus', 'Bazkideen arreta', '2019-05-07 19:30:00+02'),
  (208, 'erreserbak@larrain-etxea.eus', 'erreserbak', 'larrain-etxea.eus', 'Larrain Etxea - Erreserbak', '2020-06-15 11:10:00+02'),
  (209, 'noreply@olaberri.eus', 'noreply', 'olaberri.eus', 'Olaberri (ez erantzun)', '2018-05-25 08:00:00+02'),
  (210, 'dmarc@olaberri.eus', 'dmarc', 'olaberri.eus', 'DMARC reports', '2019-02-11 15:30:00+01');

CREATE TABLE mailbox (
    username varchar(255) NOT NULL PRIMARY KEY,
    password varchar(255) NOT NULL DEFAULT '',
    name varchar(255) NOT NULL DEFAULT '',
    maildir varchar(255) NOT NULL DEFAULT '',
    quota bigint NOT NULL DEFAULT 0,
    local_part varchar(255) NOT NULL,
    domain varchar(255) REFERENCES domain,
    created timestamp with time zone DEFAULT now(),
    modified timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT true,
    phone varchar(30) NOT NULL DEFAULT '',
    email_other varchar(255) NOT NULL DEFAULT '',
    token varchar(255) NOT NULL DEFAULT '',
    token_validity timestamp with time zone NOT NULL DEFAULT '2000-01-01 00:00:00+00',
    password_expiry timestamp with time zone NOT NULL DEFAULT '2000-01-01 00:00:00+00',
    totp_secret varchar(255) DEFAULT NULL,
    smtp_active boolean NOT NULL DEFAULT true
);
CREATE INDEX mailbox_domain_idx ON mailbox (domain);
INSERT INTO mailbox
SELECT m.username, pgen.dovecot_pw('mbpw', m.i), m.name, m.dom || '/' || m.local_part || '/',
       CASE WHEN m.i > 200 THEN 2147483648 ELSE (ARRAY[1073741824, 2147483648, 5368709120, 10737418240])[1 + fixture_gen.n('mbq', m.i, 4)] END,
       m.local_part, m.dom, m.created, m.created + make_interval(days => fixture_gen.n('mbm', m.i, 900)), NOT (m.i % 37 = 0 OR m.i = 147),
       CASE WHEN m.i <= 150 AND m.i % 3 <> 2 THEN p.mobile ELSE '' END,
       CASE WHEN m.i <= 150 AND m.i % 4 <> 3 THEN p.email ELSE '' END,
       CASE WHEN m.i IN (17, 44, 88, 131) THEN '{SHA512-CRYPT}' || pgen.sha512crypt('mbtok', m.i) ELSE '' END,
       CASE WHEN m.i IN (17, 44, 88, 131) THEN timestamptz '2024-10-02 08:00:00+02' + make_interval(mins => 30 + m.i) ELSE '2000-01-01 00:00:00+00' END,
       CASE WHEN m.dom = 'donostiako-bizikleta.eus' THEN m.created + interval '180 days' * (1 + m.i % 6) ELSE '2000-01-01 00:00:00+00' END,
       CASE WHEN m.i <= 150 AND m.i % 9 = 1 THEN pgen.b32('mbtotp', m.i, 32) END,
       NOT (m.i = 209 OR m.i % 61 = 0)
FROM pgen.mb m LEFT JOIN pgen.p p ON p.i = m.i ORDER BY m.i;

CREATE TABLE alias (
    address varchar(255) NOT NULL PRIMARY KEY,
    goto text NOT NULL,
    domain varchar(255) NOT NULL REFERENCES domain,
    created timestamp with time zone DEFAULT now(),
    modified timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT true
);
CREATE INDEX alias_address_active ON alias (address, active);
-- Every mailbox has its own alias; some forward to a private address too.
INSERT INTO alias
SELECT m.username, m.username || CASE WHEN m.i <= 150 AND m.i % 11 = 4 THEN ',' || p.email ELSE '' END, m.dom, m.created, m.created + make_interval(days => fixture_gen.n('alm', m.i, 600)), true
FROM pgen.mb m LEFT JOIN pgen.p p ON p.i = m.i ORDER BY m.i;
-- Short forms, role and list aliases.
INSERT INTO alias
SELECT substr(pgen.fold(p.first), 1, 1) || '.' || pgen.fold(p.last1) || '@' || p.dom, p.login, p.dom, pgen.at('als', p.i, '2017-01-01', '2024-06-01'), pgen.at('als', p.i, '2024-06-01', '2024-09-30'), true
FROM pgen.p p WHERE p.i <= 150 AND p.i % 4 = 0
  AND NOT EXISTS (SELECT 1 FROM pgen.mb m WHERE m.username = substr(pgen.fold(p.first), 1, 1) || '.' || pgen.fold(p.last1) || '@' || p.dom)
ON CONFLICT DO NOTHING;
INSERT INTO alias VALUES
  ('postmaster@olaberri.eus', 'sistemak@olaberri.eus', 'olaberri.eus', '2016-03-02 10:46:00+01', '2016-03-02 10:46:00+01', true),
  ('abuse@olaberri.eus', 'sistemak@olaberri.eus', 'olaberri.eus', '2016-03-02 10:46:00+01', '2016-03-02 10:46:00+01', true),
  ('hostmaster@olaberri.eus', 'sistemak@olaberri.eus', 'olaberri.eus', '2016-03-02 10:46:00+01', '2016-03-02 10:46:00+01', true),
  ('@olaberri.com', '@olaberri.eus', 'olaberri.com', '2018-01-22 08:56:00+01', '2018-01-22 08:56:00+01', true),
  ('postmaster@itzulpen-sarea.eus', 'sistemak@olaberri.eus', 'itzulpen-sarea.eus', '2017-09-18 17:46:00+02', '2017-09-18 17:46:00+02', true),
  ('postmaster@donostiako-bizikleta.eus', 'sistemak@olaberri.eus', 'donostiako-bizikleta.eus', '2019-05-07 19:31:00+02', '2019-05-07 19:31:00+02', true),
  ('postmaster@larrain-etxea.eus', 'sistemak@olaberri.eus', 'larrain-etxea.eus', '2020-06-15 11:11:00+02', '2020-06-15 11:11:00+02', true);
INSERT INTO alias
SELECT v.a, (SELECT string_agg(p.login, ',' ORDER BY p.i) FROM pgen.p p WHERE p.i <= 150 AND p.dom = v.d AND fixture_gen.n('alg' || v.a, p.i, v.k) = 0), v.d,
       pgen.at('alc', length(v.a), '2017-01-01', '2022-01-01'), pgen.at('alm', length(v.a), '2023-01-01', '2024-09-30'), true
FROM (VALUES ('kideak@olaberri.eus', 'olaberri.eus', 1), ('kontseilua@olaberri.eus', 'olaberri.eus', 12), ('itzultzaileak@olaberri.eus', 'olaberri.eus', 3),
             ('ingeniaritza@olaberri.eus', 'olaberri.eus', 4), ('baiona@olaberri.eus', 'olaberri.eus', 6), ('bilbo@olaberri.eus', 'olaberri.eus', 5),
             ('zuzendaritza@donostiako-bizikleta.eus', 'donostiako-bizikleta.eus', 4), ('koordinazioa@itzulpen-sarea.eus', 'itzulpen-sarea.eus', 3),
             ('familia@larrain-etxea.eus', 'larrain-etxea.eus', 1)) v(a, d, k);
UPDATE alias SET goto = 'miren.agirre@olaberri.eus,xabier.olaizola@olaberri.eus,salma.benali@olaberri.eus,peio.etcheverry@olaberri.eus,valentina.restrepo@olaberri.eus'
WHERE address = 'kontseilua@olaberri.eus';

CREATE TABLE alias_domain (
    alias_domain varchar(255) NOT NULL PRIMARY KEY REFERENCES domain,
    target_domain varchar(255) NOT NULL REFERENCES domain,
    created timestamp with time zone DEFAULT now(),
    modified timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT true
);
INSERT INTO alias_domain VALUES ('olaberri.com', 'olaberri.eus', '2018-01-22 08:55:58+01', '2018-01-22 08:55:58+01', true),
  ('itzulpensarea.eus', 'itzulpen-sarea.eus', '2021-03-03 13:12:30+01', '2021-03-03 13:12:30+01', true);

CREATE TABLE admin (
    username varchar(255) NOT NULL PRIMARY KEY,
    password varchar(255) NOT NULL DEFAULT '',
    superadmin boolean NOT NULL DEFAULT false,
    created timestamp with time zone DEFAULT now(),
    modified timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT true,
    phone varchar(30) NOT NULL DEFAULT '',
    email_other varchar(255) NOT NULL DEFAULT '',
    token varchar(255) NOT NULL DEFAULT '',
    token_validity timestamp with time zone NOT NULL DEFAULT '2000-01-01 00:00:00+00',
    totp_secret varchar(255) DEFAULT NULL
);
INSERT INTO admin
SELECT p.login, CASE WHEN p.i % 2 = 0 THEN '{ARGON2ID}' || pgen.argon2id('adpw', p.i) ELSE pgen.md5crypt('adpw', p.i) END, p.i IN (2, 5), pgen.at('adc', p.i, '2016-03-02', '2021-01-01'),
       pgen.at('adm', p.i, '2022-01-01', '2024-09-30'), p.i <> 131, CASE WHEN p.i IN (2, 5, 104) THEN p.mobile ELSE '' END, CASE WHEN p.i IN (2, 5, 130) THEN p.email ELSE '' END,
       CASE WHEN p.i = 5 THEN '{ARGON2ID}' || pgen.argon2id('adtok', p.i) ELSE '' END, CASE WHEN p.i = 5 THEN '2024-09-28 19:20:00+02'::timestamptz ELSE '2000-01-01 00:00:00+00' END,
       CASE WHEN p.i IN (2, 5) THEN pgen.b32('adtotp', p.i, 32) END
FROM pgen.p p WHERE p.i IN (1, 2, 5, 104, 113, 130, 131, 145) ORDER BY p.i;

CREATE TABLE domain_admins (
    username varchar(255) NOT NULL,
    domain varchar(255) NOT NULL,
    created timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT true,
    id serial PRIMARY KEY
);
INSERT INTO domain_admins (username, domain, created, active)
SELECT a.username, d.dom, a.created, a.active FROM admin a
CROSS JOIN LATERAL (SELECT CASE WHEN a.superadmin THEN 'ALL' ELSE p.dom END AS dom FROM pgen.p p WHERE p.login = a.username) d ORDER BY a.created;
INSERT INTO domain_admins (username, domain, created, active) VALUES
  ((SELECT login FROM pgen.p WHERE i = 1), 'itzulpen-sarea.eus', '2019-02-04 10:00:00+01', true),
  ((SELECT login FROM pgen.p WHERE i = 104), 'itzulpensarea.eus', '2021-03-03 13:20:00+01', true);

CREATE TABLE quota2 (username varchar(100) PRIMARY KEY, bytes bigint NOT NULL DEFAULT 0, messages integer NOT NULL DEFAULT 0);
INSERT INTO quota2 SELECT username, (fixture_gen.n('q2b', length(username) * 1000 + ascii(username), 100000) * 17011)::bigint + fixture_gen.n('q2c', length(local_part), 999999),
  120 + fixture_gen.n('q2m', length(username) * 7 + ascii(local_part), 48000) FROM mailbox ORDER BY username;

-- ---------------------------------------------------------------------------
-- Roundcube 1.6 core tables (postgres.initial.sql and updates).

-- Roundcube users: everyone who has logged in, the shared role mailboxes,
-- and a few rows left from the old IMAP host name.
CREATE TABLE pgen.u (uid int PRIMARY KEY, i int, username text, mail_host text, created timestamptz, last_login timestamptz, lang text, tz text, twofa boolean);
INSERT INTO pgen.u
SELECT row_number() OVER (ORDER BY created, i), i, username, mail_host, created, last_login, lang, tz, twofa FROM (
  SELECT m.i, m.username, 'localhost' AS mail_host, greatest(m.created + interval '2 hours', timestamptz '2020-02-10 09:00:00+01') + make_interval(secs => fixture_gen.n('uc', m.i, 7200000)) AS created,
         CASE WHEN m.i % 37 = 0 OR m.i = 147 THEN pgen.at('ull', m.i, '2023-01-01', '2024-02-01') ELSE pgen.at('ull', m.i, '2024-09-01', '2024-10-04 18:00') END AS last_login,
         coalesce(p.lang, 'eu_ES') AS lang, coalesce(p.tz, 'Europe/Madrid') AS tz, m.i <= 150 AND (m.i % 4 = 1 OR m.i <= 5) AS twofa
  FROM pgen.mb m LEFT JOIN pgen.p p ON p.i = m.i WHERE m.i NOT IN (209, 210) AND m.i % 29 <> 0
  UNION ALL
  SELECT m.i, m.username, 'mail.olaberri.eus', m.created + interval '3 days', pgen.at('ullo', m.i, '2019-01-01', '2020-02-09'), p.lang, p.tz, false
  FROM pgen.mb m JOIN pgen.p p ON p.i = m.i WHERE m.i IN (1, 2, 7, 12, 30, 201)) x;

CREATE SEQUENCE users_seq INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE users (
    user_id integer DEFAULT nextval('users_seq'::text) PRIMARY KEY,
    username varchar(128) DEFAULT '' NOT NULL,
    mail_host varchar(128) DEFAULT '' NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    last_login timestamp with time zone DEFAULT NULL,
    failed_login timestamp with time zone DEFAULT NULL,
    failed_login_counter integer DEFAULT NULL,
    "language" varchar(16),
    preferences text DEFAULT ''::text NOT NULL,
    CONSTRAINT users_username_key UNIQUE (username, mail_host)
);
ALTER SEQUENCE users_seq OWNED BY users.user_id;
CREATE INDEX users_alias_id_idx ON users (username);
INSERT INTO users
SELECT u.uid, u.username, u.mail_host, u.created, u.last_login,
       CASE WHEN u.uid % 9 = 2 THEN u.last_login - make_interval(mins => 3 + fixture_gen.n('ufl', u.uid, 600)) WHEN u.uid % 23 = 5 THEN u.last_login + interval '2 days' END,
       CASE WHEN u.uid % 9 = 2 THEN 1 + fixture_gen.n('ufc', u.uid, 2) WHEN u.uid % 23 = 5 THEN 3 + fixture_gen.n('ufc', u.uid, 8) END,
       CASE WHEN u.mail_host = 'localhost' OR u.uid % 2 = 0 THEN u.lang END,
       CASE WHEN u.mail_host <> 'localhost' THEN pgen.pa(ARRAY['timezone', pgen.ps('auto')])
       ELSE pgen.pa(ARRAY['timezone', pgen.ps(CASE WHEN u.uid % 5 = 0 THEN 'auto' ELSE u.tz END)]
         || CASE WHEN u.uid % 3 <> 0 THEN ARRAY['message_sort_col', pgen.ps('date'), 'message_sort_order', pgen.ps('DESC')] ELSE '{}'::text[] END
         || ARRAY['compose_extwin', pgen.pi(u.uid % 7 / 6), 'htmleditor', pgen.pi((ARRAY[0, 1, 1, 2, 4])[1 + u.uid % 5]), 'draft_autosave', pgen.pi((ARRAY[60, 300, 300, 600])[1 + u.uid % 4])]
         || CASE WHEN u.uid % 4 <> 2 THEN ARRAY['mail_pagesize', pgen.pi((ARRAY[50, 100, 200])[1 + u.uid % 3]), 'layout', pgen.ps((ARRAY['widescreen', 'desktop', 'list'])[1 + u.uid % 3])] ELSE '{}'::text[] END
         || CASE WHEN u.uid % 6 = 1 THEN ARRAY['reply_mode', pgen.pi(1), 'reply_same_folder', pgen.pb(true)] ELSE '{}'::text[] END
         || ARRAY['show_images', pgen.pi(u.uid % 3), 'archive_mbox', pgen.ps(CASE WHEN u.uid % 4 = 0 THEN 'Archive' ELSE 'Artxiboa' END), 'archive_type', pgen.ps((ARRAY['', 'year', 'month', 'folder'])[1 + u.uid % 4])]
         || CASE WHEN u.uid % 2 = 0 THEN ARRAY['calendar_default_view', pgen.ps((ARRAY['agendaWeek', 'month', 'agendaDay', 'table'])[1 + u.uid / 2 % 4]), 'calendar_first_hour', pgen.pi(7 + u.uid % 3)] ELSE '{}'::text[] END
         || CASE WHEN u.uid % 5 = 3 THEN ARRAY['newmail_notifier_desktop', pgen.pb(true), 'newmail_notifier_sound', pgen.pb(u.uid % 2 = 0)] ELSE '{}'::text[] END
         || CASE WHEN u.uid % 8 = 3 THEN ARRAY['enigma_sign_all', pgen.pb(true), 'enigma_encrypt_all', pgen.pb(false), 'enigma_attach_pubkey', pgen.pb(true)] ELSE '{}'::text[] END
         || CASE WHEN u.uid % 7 = 4 THEN ARRAY['date_format', pgen.ps('Y-m-d'), 'time_format', pgen.ps('H:i'), 'spellcheck_before_send', pgen.pb(true)] ELSE '{}'::text[] END
         || CASE WHEN u.twofa THEN ARRAY['twofactor_gauthenticator', pgen.pa(ARRAY['secret', pgen.ps(pgen.b32('tfa', u.uid, 16)), 'activate', pgen.pb(u.uid % 11 <> 7),
              'recovery_codes', pgen.pl(ARRAY[pgen.ps(fixture_gen.chars('tfar1', u.uid, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')), pgen.ps(fixture_gen.chars('tfar2', u.uid, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
                pgen.ps(CASE WHEN u.uid % 3 = 0 THEN '' ELSE fixture_gen.chars('tfar3', u.uid, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') END), pgen.ps('')])])] ELSE '{}'::text[] END
         || CASE WHEN u.i >= 201 THEN ARRAY['default_folders', pgen.pl(ARRAY[pgen.ps('INBOX'), pgen.ps('Drafts'), pgen.ps('Sent'), pgen.ps('Junk'), pgen.ps('Trash')]), 'read_on_delete', pgen.pb(true)] ELSE '{}'::text[] END)
       END
FROM pgen.u u ORDER BY u.uid;

CREATE TABLE "session" (
    sess_id varchar(128) DEFAULT '' PRIMARY KEY,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    ip varchar(41) NOT NULL,
    vars text NOT NULL
);
CREATE INDEX session_changed_idx ON session (changed);
-- Logged-in sessions (PHP session encoding, base64): the IMAP password
-- encrypted, tokens, the folder state; others are login pages and compose
-- sessions that keep the draft's recipients.
INSERT INTO session
SELECT pgen.lower('sess', k, 32), ch, ip,
       pgen.b64s(CASE WHEN k > 100 THEN
           'temp|b:1;language|' || pgen.ps((ARRAY['eu_ES', 'es_ES', 'fr_FR', 'en_US'])[1 + k % 4]) || 'task|' || pgen.ps('login') || 'skin_config|' || pgen.pa(ARRAY['dark_mode_support', pgen.pb(true), 'embed_css_location', pgen.ps('/styles/embed.css')])
           || 'request_token|' || pgen.ps(pgen.rnd('sreq', k, 32))
         ELSE
           'language|' || pgen.ps(coalesce(u.lang, 'eu_ES')) || 'imap_namespace|' || pgen.pa(ARRAY['personal', pgen.pl(ARRAY[pgen.pl(ARRAY[pgen.ps(''), pgen.ps('/')])]), 'other', 'N;', 'shared', pgen.pl(ARRAY[pgen.pl(ARRAY[pgen.ps('Partekatuak/'), pgen.ps('/')])]), 'prefix_in', pgen.ps(''), 'prefix_out', pgen.ps('')])
           || 'imap_delimiter|' || pgen.ps('/') || 'imap_list_conf|' || pgen.pl(ARRAY['N;', pgen.pl('{}'::text[])])
           || 'user_id|' || pgen.pi(u.uid) || 'username|' || pgen.ps(u.username) || 'storage_host|' || pgen.ps('localhost') || 'storage_port|' || pgen.pi(143) || 'storage_ssl|' || pgen.pb(false)
           || 'password|' || pgen.ps(pgen.rcenc('sesspw', u.uid)) || 'login_time|' || pgen.pi(extract(epoch FROM ch)::bigint - 600 - fixture_gen.n('slt', k, 20000))
           || 'timezone|' || pgen.ps(u.tz) || 'STORAGE_SPECIAL-USE|' || pgen.pb(true) || 'auth_secret|' || pgen.ps(pgen.rnd('sauth', k, 26))
           || 'request_token|' || pgen.ps(pgen.rnd('sreq', k, 32))
           || CASE WHEN u.twofa THEN 'twofactor_gauthenticator_login|' || pgen.pi(extract(epoch FROM ch)::bigint - 500) ELSE '' END
           || 'task|' || pgen.ps((ARRAY['mail', 'mail', 'mail', 'addressbook', 'calendar', 'settings'])[1 + k % 6]) || 'skin_config|' || pgen.pa(ARRAY['dark_mode_support', pgen.pb(true)])
           || 'mbox|' || pgen.ps((ARRAY['INBOX', 'INBOX', 'Sent', 'Artxiboa/2024', 'INBOX/Bezeroak'])[1 + k % 5]) || 'sort_col|' || pgen.ps('') || 'sort_order|' || pgen.ps('DESC') || 'page|' || pgen.pi(1 + k % 3)
           || 'unseen_count|' || pgen.pa(ARRAY['INBOX', pgen.pi(fixture_gen.n('sunc', k, 40))])
           || 'folders|' || pgen.pa(ARRAY['INBOX', pgen.pa(ARRAY['cnt', pgen.pi(300 + fixture_gen.n('scnt', k, 9000)), 'maxuid', pgen.pi(1000 + fixture_gen.n('smu', k, 40000))])])
           || CASE WHEN k % 7 = 3 THEN 'compose_data_' || pgen.lower('cid', k, 16) || '|' || pgen.pa(ARRAY['id', pgen.ps(pgen.lower('cid', k, 16)),
                'param', pgen.pa(ARRAY['to', pgen.ps(c.email), '_action', pgen.ps('compose')]), 'mailbox', pgen.ps('INBOX'),
                'to', pgen.ps(c.full_name || ' <' || c.email || '>'), 'subject', pgen.ps((ARRAY['Aurrekontua', 'Re: Itzulpena', 'Bilera', 'Factura pendiente'])[1 + k % 4]),
                'attachments', pgen.pl('{}'::text[])]) ELSE '' END
         END)
FROM generate_series(1, 130) k
CROSS JOIN LATERAL (SELECT pgen.at('sch', k, '2024-10-02 07:00', '2024-10-04 18:00') AS ch) t
CROSS JOIN LATERAL (SELECT CASE WHEN k % 6 = 0 THEN fixture_gen.ipv6('sip6', k) WHEN k % 5 = 1 THEN '10.20.' || (1 + k % 3) || '.' || (10 + k % 200) ELSE fixture_gen.ipv4('sip', k) END AS ip) q
LEFT JOIN pgen.u u ON u.uid = 1 + fixture_gen.n('suid', k, (SELECT count(*)::int FROM pgen.u)) AND k <= 100
LEFT JOIN pgen.p c ON c.i = 1001 + fixture_gen.n('scp', k, 1400)
ORDER BY k;

-- Offices, for signatures.
CREATE FUNCTION pgen.office(i int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 5 = 3 THEN 'Uribitarte kalea 6, 3. solairua · 48001 Bilbo' WHEN i % 7 = 2 THEN '12 allée Marines · 64100 Baiona' ELSE 'Portuetxe bidea 23, 2. solairua · 20018 Donostia' END
$$;

CREATE SEQUENCE identities_seq START WITH 1 INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE identities (
    identity_id integer DEFAULT nextval('identities_seq'::text) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint DEFAULT 0 NOT NULL,
    standard smallint DEFAULT 0 NOT NULL,
    name varchar(128) NOT NULL,
    organization varchar(128),
    email varchar(128) NOT NULL,
    "reply-to" varchar(128),
    bcc varchar(128),
    signature text,
    html_signature integer DEFAULT 0 NOT NULL
);
ALTER SEQUENCE identities_seq OWNED BY identities.identity_id;
CREATE INDEX identities_user_id_idx ON identities (user_id, del);
CREATE INDEX identities_email_idx ON identities (email, del);
-- kind 1: the standard identity; 2: a second one (a role mailbox the person
-- answers, the short alias, or a private address with ident_switch).
INSERT INTO identities (user_id, changed, del, standard, name, organization, email, "reply-to", bcc, signature, html_signature)
SELECT u.uid, least(u.created + make_interval(days => fixture_gen.n('idch' || k, u.uid, 900)), timestamptz '2024-10-03 12:00:00+02' - make_interval(hours => u.uid)), CASE WHEN k = 2 AND u.uid % 13 = 0 THEN 1 ELSE 0 END, (k = 1)::int,
       CASE WHEN u.i >= 201 THEN m.name WHEN k = 2 AND u.uid % 3 = 1 THEN p.first || ' (' || r.name || ')' WHEN u.uid % 10 = 7 THEN p.first ELSE p.full_name END,
       CASE WHEN k = 2 AND u.uid % 3 = 0 THEN '' WHEN u.i >= 201 OR p.dom = 'olaberri.eus' THEN (ARRAY['Olaberri Koop. E.', 'Olaberri', 'Olaberri Kooperatiba', ''])[1 + u.uid % 4]
            WHEN p.dom = 'itzulpen-sarea.eus' THEN 'Itzulpen Sarea' WHEN p.dom = 'donostiako-bizikleta.eus' THEN 'Donostiako Bizikleta Elkartea' ELSE 'Larrain Etxea' END,
       CASE WHEN k = 1 THEN u.username WHEN u.uid % 3 = 1 THEN r.username WHEN u.uid % 3 = 2 THEN substr(pgen.fold(p.first), 1, 1) || '.' || pgen.fold(p.last1) || '@' || p.dom ELSE p.email END,
       CASE WHEN k = 2 AND u.uid % 3 = 1 THEN r.username WHEN k = 1 AND u.uid % 17 = 3 THEN 'itzulpenak@olaberri.eus' ELSE '' END,
       CASE WHEN u.uid % 19 = 4 THEN coalesce(p.email, 'artxiboa@olaberri.eus') WHEN u.uid % 31 = 6 THEN 'kontabilitatea@olaberri.eus' ELSE '' END,
       CASE WHEN u.i >= 201 THEN CASE u.i WHEN 208 THEN E'Larrain Etxea nekazalturismoa\nLarrain auzoa 14, 20491 Leaburu (Gipuzkoa)\n+34 943 67 21 08 · erreserbak@larrain-etxea.eus'
              WHEN 207 THEN E'Donostiako Bizikleta Elkartea\nwww.donostiako-bizikleta.eus' WHEN 206 THEN E'-- \nItzulpen Sarea koordinazioa'
              ELSE E'-- \nOlaberri Koop. E. · CIF F20123451\n' || pgen.office(u.uid) || E'\nTel. 943 31 47 20 · www.olaberri.eus' END
            WHEN u.uid % 11 = 5 THEN NULL
            WHEN u.uid % 11 = 8 THEN p.first
            WHEN u.uid % 4 = 1 THEN '<div class="pre"><strong>' || p.full_name || '</strong><br>' || p.job || '<br><span style="color:#2e7d32">Olaberri Koop. E.</span> · ' || pgen.office(u.uid)
                 || '<br>Tel. ' || p.phone || CASE WHEN u.uid % 2 = 0 THEN ' · Mug. ' || p.mobile ELSE '' END || '<br><a href="https://www.olaberri.eus">www.olaberri.eus</a></div>'
            WHEN u.uid % 4 = 2 THEN E'-- \n' || p.full_name || E'\n' || p.job || E'\n' || coalesce(o.org, 'Olaberri Koop. E.') || E'\nMug. ' || p.mobile
                 || CASE WHEN u.uid % 6 = 2 THEN E'\nEz inprimatu mezu hau beharrezkoa ez bada. / No imprima este mensaje si no es necesario.' ELSE '' END
            ELSE E'-- \n' || p.first || ' ' || p.last1 || E'\nOlaberri Koop. E. · ' || pgen.office(u.uid) || E'\n' || p.phone || CASE WHEN u.uid % 3 = 0 THEN ' · ' || p.mobile ELSE '' END END,
       CASE WHEN u.i <= 150 AND u.uid % 4 = 1 AND u.uid % 11 NOT IN (5, 8) THEN 1 ELSE 0 END
FROM pgen.u u JOIN pgen.mb m ON m.i = u.i LEFT JOIN pgen.p p ON p.i = u.i
CROSS JOIN generate_series(1, 2) k
LEFT JOIN LATERAL (SELECT CASE p.dom WHEN 'olaberri.eus' THEN NULL WHEN 'itzulpen-sarea.eus' THEN 'Itzulpen Sarea' WHEN 'donostiako-bizikleta.eus' THEN 'Donostiako Bizikleta Elkartea' ELSE 'Larrain Etxea' END AS org) o ON true
LEFT JOIN pgen.mb r ON r.i = 201 + fixture_gen.n('idr', u.uid, 8)
WHERE u.mail_host = 'localhost' AND (k = 1 OR (u.i <= 150 AND u.uid % 5 IN (1, 3) AND u.uid % 2 = 1) OR (u.i <= 150 AND u.uid % 7 = 0))
ORDER BY u.uid, k;
-- Stale users of the old host keep their first identity.
INSERT INTO identities (user_id, changed, del, standard, name, organization, email, "reply-to", bcc, signature, html_signature)
SELECT u.uid, u.created, 0, 1, coalesce(p.full_name, m.name), 'Olaberri', u.username, '', '', E'-- \n' || coalesce(p.full_name, m.name), 0
FROM pgen.u u JOIN pgen.mb m ON m.i = u.i LEFT JOIN pgen.p p ON p.i = u.i WHERE u.mail_host <> 'localhost' ORDER BY u.uid;

-- Personal address books: contacts of the correspondents 1001-2400.
CREATE TABLE pgen.ct (n int PRIMARY KEY, uid int, pi int, email2 text, note text, bday date, kind int);
INSERT INTO pgen.ct
SELECT n, (SELECT uid FROM pgen.u WHERE mail_host = 'localhost' ORDER BY uid OFFSET fixture_gen.n('ctu', n, 140) LIMIT 1), 1001 + fixture_gen.n('ctp', n, 1400),
       CASE WHEN n % 6 = 0 THEN NULL END,
       CASE WHEN n % 9 = 0 THEN (ARRAY['Itzultzaile zinpekoa (frantsesa-euskara). Tarifa: 0,09 €/hitz.', 'Conoce a Miren del congreso de Tabakalera 2023.', 'Alergia: fruitu lehorrak (afaria antolatzean kontuan hartu).',
          'NAN/DNI: @@dni@@ - fakturetarako', 'Ahizpa: Ane (ama ezkontzan ezagutua).', 'Presupuesto 2024 enviado el 12/03, pendiente de respuesta.', 'Parle basque et arabe. Disponible les mardis.',
          'Mugikorra aldatu du 2024ko ekainean.', 'Kontu korrontea (ordainketak): @@iban@@', 'Ez deitu 14:00-16:00 artean.'])[1 + n / 9 % 10] END,
       CASE WHEN n % 4 = 1 THEN fixture_gen.birth_date('ctbd', n) END, n % 10
FROM generate_series(1, 460) n;
UPDATE pgen.ct SET note = replace(replace(note, '@@dni@@', pgen.dni('ctdni', n)), '@@iban@@', fixture_gen.iban('ES', fixture_gen.digits('ctib', n, 20))) WHERE note LIKE '%@@%';
UPDATE pgen.ct t SET email2 = pgen.fold(p.first) || '.' || pgen.fold(p.last1) || '@' || coalesce(o.dom, 'gmail.com') FROM pgen.p p LEFT JOIN pgen.orgdom o ON o.org = p.org
WHERE p.i = t.pi AND t.n % 6 = 0 AND pgen.fold(p.first) || '.' || pgen.fold(p.last1) || '@' || coalesce(o.dom, 'gmail.com') <> p.email;

CREATE FUNCTION pgen.words(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT ' ' || string_agg(DISTINCT w, ' ') || ' ' FROM regexp_split_to_table(lower(translate(v,
    'áàâäãéèêëíìîïóòôöõúùûüñçșțăşğıÁÉÍÓÚÑÇ', 'aaaaaeeeeiiiiooooouuuuncstasgiAEIOUNC')), '[\s,;:()]+') w WHERE w <> ''
$$;

CREATE FUNCTION pgen.vcard(p pgen.p, email2 text, note text, bday date, uidv text, extra text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'BEGIN:VCARD' || E'\n' || 'VERSION:3.0' || E'\n' || coalesce(uidv || E'\n', '') || 'N:' || p.last || ';' || p.first || E';;;\n' || 'FN:' || p.full_name || E'\n'
      || 'EMAIL;TYPE=INTERNET' || CASE WHEN p.org IS NOT NULL THEN ';TYPE=WORK' ELSE ';TYPE=HOME' END || ':' || p.email || E'\n'
      || coalesce('EMAIL;TYPE=INTERNET;TYPE=OTHER:' || email2 || E'\n', '')
      || 'TEL;TYPE=CELL:' || p.mobile || E'\n' || CASE WHEN p.i % 3 = 0 THEN 'TEL;TYPE=HOME:' || p.phone || E'\n' ELSE '' END
      || CASE WHEN p.i % 2 = 0 THEN 'ADR;TYPE=HOME:;;' || p.street || ';' || p.city || ';;' || p.zip || ';' || p.country || E'\n' ELSE '' END
      || coalesce('ORG:' || p.org || E'\n' || 'TITLE:' || p.job || E'\n', '')
      || coalesce('BDAY:' || bday::text || E'\n', '')
      || coalesce('NOTE:' || replace(note, ',', '\,') || E'\n', '')
      || coalesce(extra, '')
      || 'END:VCARD'
$$;

CREATE SEQUENCE contacts_seq START WITH 1 INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE contacts (
    contact_id integer DEFAULT nextval('contacts_seq'::text) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint DEFAULT 0 NOT NULL,
    name varchar(128) DEFAULT '' NOT NULL,
    email text DEFAULT '' NOT NULL,
    firstname varchar(128) DEFAULT '' NOT NULL,
    surname varchar(128) DEFAULT '' NOT NULL,
    vcard text,
    words text
);
ALTER SEQUENCE contacts_seq OWNED BY contacts.contact_id;
CREATE INDEX contacts_user_id_idx ON contacts (user_id, del);
INSERT INTO contacts (user_id, changed, del, name, email, firstname, surname, vcard, words)
SELECT t.uid, pgen.at('ctch', t.n, '2020-03-01', '2024-10-03'), (t.n % 23 = 0)::int,
       CASE WHEN t.kind = 3 THEN '' ELSE p.full_name END, p.email || coalesce(', ' || t.email2, ''), p.first, p.last,
       pgen.vcard(p, t.email2, t.note, t.bday, NULL, CASE WHEN t.n % 17 = 2 THEN 'PHOTO;ENCODING=b;TYPE=JPEG:' || fixture_gen.b64('ctph', t.n, 180) || E'\n' ELSE NULL END),
       pgen.words(p.full_name || ' ' || p.first || ' ' || p.last || ' ' || p.email || coalesce(' ' || t.email2, '') || ' ' || p.mobile || coalesce(' ' || p.org || ' ' || p.job, '')
                  || CASE WHEN p.i % 2 = 0 THEN ' ' || p.street || ' ' || p.city || ' ' || p.zip ELSE '' END || coalesce(' ' || t.note, ''))
FROM pgen.ct t JOIN pgen.p p ON p.i = t.pi ORDER BY t.n;

CREATE SEQUENCE contactgroups_seq START WITH 1 INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE contactgroups (
    contactgroup_id integer DEFAULT nextval('contactgroups_seq'::text) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint NOT NULL DEFAULT 0,
    name varchar(128) NOT NULL DEFAULT ''
);
ALTER SEQUENCE contactgroups_seq OWNED BY contactgroups.contactgroup_id;
CREATE INDEX contactgroups_user_id_idx ON contactgroups (user_id, del);
INSERT INTO contactgroups (user_id, changed, del, name)
SELECT uid, pgen.at('cgch', uid * 10 + g, '2020-06-01', '2024-09-30'), (g = 3 AND uid % 4 = 0)::int,
       (ARRAY['Familia', 'Lagunak', 'Bezeroak', 'Itzultzaileak', 'Hornitzaileak', 'Clientes', 'Kongresua 2024', 'Bizikleta taldea', 'Amigos', 'Famille', 'Work', 'Udala', 'Argitaletxeak', 'Ikastola gurasoak'])[1 + fixture_gen.n('cgn', uid * 10 + g, 14)]
FROM (SELECT DISTINCT uid FROM pgen.ct) x CROSS JOIN generate_series(1, 3) g WHERE g = 1 OR (g = 2 AND uid % 2 = 0) OR (g = 3 AND uid % 3 = 0)
ORDER BY uid, g;

CREATE TABLE contactgroupmembers (
    contactgroup_id integer NOT NULL REFERENCES contactgroups (contactgroup_id) ON DELETE CASCADE ON UPDATE CASCADE,
    contact_id integer NOT NULL REFERENCES contacts (contact_id) ON DELETE CASCADE ON UPDATE CASCADE,
    created timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (contactgroup_id, contact_id)
);
CREATE INDEX contactgroupmembers_contact_id_idx ON contactgroupmembers (contact_id);
INSERT INTO contactgroupmembers
SELECT g.contactgroup_id, c.contact_id, greatest(g.changed, c.changed) + make_interval(mins => fixture_gen.n('cgm', c.contact_id, 9000))
FROM contactgroups g JOIN contacts c ON c.user_id = g.user_id
WHERE fixture_gen.n('cgsel', g.contactgroup_id * 1000 + c.contact_id, 3) <> 0
ORDER BY 1, 2;

CREATE SEQUENCE collected_addresses_seq START WITH 1 INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE collected_addresses (
    address_id integer DEFAULT nextval('collected_addresses_seq'::text) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    name varchar(255) DEFAULT '' NOT NULL,
    email varchar(255) NOT NULL,
    "type" integer NOT NULL
);
ALTER SEQUENCE collected_addresses_seq OWNED BY collected_addresses.address_id;
CREATE UNIQUE INDEX collected_addresses_user_id_idx ON collected_addresses (user_id, "type", email);
INSERT INTO collected_addresses (user_id, changed, name, email, "type")
SELECT DISTINCT ON (u.uid, t, p.email) u.uid, pgen.at('cach', n, '2022-01-01', '2024-10-04'), CASE WHEN n % 8 = 0 THEN '' WHEN n % 5 = 0 THEN p.first ELSE p.full_name END, p.email, t
FROM generate_series(1, 470) n
CROSS JOIN LATERAL (SELECT 1 + (n % 7 = 0)::int AS t) tt
JOIN pgen.u u ON u.uid = 1 + fixture_gen.n('cau', n, 157) AND u.mail_host = 'localhost'
JOIN pgen.p p ON p.i = CASE WHEN n % 10 = 3 THEN 1 + fixture_gen.n('cap', n, 150) ELSE 1001 + fixture_gen.n('cap', n, 1400) END
ORDER BY u.uid, t, p.email, n;
UPDATE collected_addresses c SET email = p.login FROM pgen.p p WHERE p.i <= 150 AND p.email = c.email AND c.address_id % 2 = 0
  AND NOT EXISTS (SELECT 1 FROM collected_addresses c2 WHERE c2.user_id = c.user_id AND c2.type = c.type AND c2.email = p.login);

-- Caches. Roundcube keeps user caches as base64 of serialize() (rcube_db::encode),
-- the index and thread caches as '@'-joined text.
CREATE TABLE pgen.fold_list (u int PRIMARY KEY, folders text[]);
INSERT INTO pgen.fold_list
SELECT u.uid, ARRAY['INBOX', 'Drafts', 'Sent', 'Trash', 'Junk', 'Artxiboa', 'Artxiboa/2023', 'Artxiboa/2024']
   || CASE WHEN u.uid % 2 = 0 THEN ARRAY['INBOX/Bezeroak', 'INBOX/Fakturak'] ELSE '{}'::text[] END
   || CASE WHEN u.uid % 3 = 0 THEN ARRAY['INBOX/Proiektuak', 'INBOX/Proiektuak/Errota', 'INBOX/Kongresua 2024'] ELSE '{}'::text[] END
   || CASE WHEN u.uid % 4 = 1 THEN ARRAY['Partekatuak/info@olaberri.eus/INBOX', 'Partekatuak/faktura@olaberri.eus/INBOX'] ELSE '{}'::text[] END
   || CASE WHEN u.uid % 5 = 2 THEN ARRAY['Partekatuak/' || (SELECT u2.username FROM pgen.u u2 WHERE u2.uid = 1 + (u.uid * 7) % 150) || '/Proiektuak'] ELSE '{}'::text[] END
FROM pgen.u u WHERE u.mail_host = 'localhost';

CREATE TABLE "cache" (
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    cache_key varchar(128) DEFAULT '' NOT NULL,
    expires timestamp with time zone DEFAULT NULL,
    data text NOT NULL,
    PRIMARY KEY (user_id, cache_key)
);
CREATE INDEX cache_expires_idx ON "cache" (expires);
INSERT INTO "cache"
SELECT f.u, 'IMAP.' || k, pgen.at('cex' || k, f.u, '2024-10-05', '2024-10-14'),
       pgen.b64s(CASE k
         WHEN 'mailboxes' THEN pgen.pl((SELECT array_agg(pgen.ps(x) ORDER BY o) FROM unnest(f.folders) WITH ORDINALITY t(x, o)))
         WHEN 'messagecount' THEN pgen.pa((SELECT array_agg(v ORDER BY o, w) FROM unnest(f.folders) WITH ORDINALITY t(x, o)
              CROSS JOIN LATERAL (VALUES (1, x), (2, pgen.pa(ARRAY['ALL', pgen.pi(fixture_gen.n('mcA' || x, f.u, 4000)), 'UNSEEN', pgen.pi(fixture_gen.n('mcU' || x, f.u, 30))]))) vv(w, v)))
         ELSE pgen.pa(ARRAY['INBOX', pgen.pl(ARRAY[pgen.ps('\HasChildren')]), 'Sent', pgen.pl(ARRAY[pgen.ps('\HasNoChildren'), pgen.ps('\Sent')]), 'Drafts', pgen.pl(ARRAY[pgen.ps('\HasNoChildren'), pgen.ps('\Drafts')]),
              'Trash', pgen.pl(ARRAY[pgen.ps('\HasNoChildren'), pgen.ps('\Trash')]), 'Junk', pgen.pl(ARRAY[pgen.ps('\HasNoChildren'), pgen.ps('\Junk')])]) END)
FROM pgen.fold_list f CROSS JOIN (VALUES ('mailboxes'), ('messagecount'), ('mailboxes.attributes')) kk(k)
WHERE k <> 'mailboxes.attributes' OR f.u % 3 = 0
ORDER BY f.u, k;

CREATE TABLE cache_shared (
    cache_key varchar(255) NOT NULL PRIMARY KEY,
    expires timestamp with time zone DEFAULT NULL,
    data text NOT NULL
);
CREATE INDEX cache_shared_expires_idx ON cache_shared (expires);
-- Search results of the read-only LDAP member directory (ldap_cache = db).
INSERT INTO cache_shared
SELECT 'LDAP.Kideak.' || md5('ldapq' || p.i), pgen.at('csex', p.i, '2024-10-04 19:00', '2024-10-05 19:00'),
       pgen.b64s(pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.pa(ARRAY[
         'dn', pgen.ps('uid=' || split_part(p.login, '@', 1) || ',ou=' || CASE WHEN p.dom = 'olaberri.eus' THEN 'kideak' ELSE 'kanpokoak' END || ',dc=olaberri,dc=eus'),
         'cn', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(p.full_name)]), 'givenname', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(p.first)]),
         'sn', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(p.last)]), 'mail', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(p.login)]),
         'telephonenumber', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(p.phone)]), 'mobile', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(p.mobile)]),
         'title', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(p.job)]), 'ou', pgen.pa(ARRAY['count', pgen.pi(1), '0', pgen.ps(CASE p.i % 3 WHEN 0 THEN 'Itzulpena' WHEN 1 THEN 'Ingeniaritza' ELSE 'Administrazioa' END)])])]))
FROM pgen.p p WHERE p.i <= 150 AND p.i % 5 <> 4 ORDER BY p.i;
INSERT INTO cache_shared VALUES ('LDAP.Kideak.schema', '2024-10-05 06:00:00+02', pgen.b64s(pgen.pa(ARRAY['objectclass', pgen.pl(ARRAY[pgen.ps('inetOrgPerson'), pgen.ps('organizationalPerson')]), 'base_dn', pgen.ps('dc=olaberri,dc=eus')])));

CREATE TABLE cache_index (
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    mailbox varchar(255) NOT NULL,
    expires timestamp with time zone DEFAULT NULL,
    valid smallint NOT NULL DEFAULT 0,
    data text NOT NULL,
    PRIMARY KEY (user_id, mailbox)
);
CREATE INDEX cache_index_expires_idx ON cache_index (expires);
INSERT INTO cache_index
SELECT f.u, mb, pgen.at('ciex' || mb, f.u, '2024-10-05', '2024-10-14'), (fixture_gen.n('civ' || mb, f.u, 5) <> 0)::int,
       'MAILBOX:' || mb || ';ORDER:ASC;* SORT ' || (SELECT string_agg((100 + k * 3 + fixture_gen.n('ciu' || mb, f.u * 100 + k, 3))::text, ' ' ORDER BY k) FROM generate_series(1, 8 + fixture_gen.n('cin' || mb, f.u, 30)) k)
       || '@' || (ARRAY['ARRIVAL', 'DATE', 'ARRIVAL', ''])[1 + f.u % 4] || '@' || (f.u % 2) || '@' || (1580000000 + f.u * 1931) || '@' || (200 + fixture_gen.n('ciun' || mb, f.u, 9000)) || '@' || (10000 + fixture_gen.n('cims' || mb, f.u, 900000))
FROM pgen.fold_list f CROSS JOIN LATERAL unnest(f.folders[1:3] || f.folders[7:8]) mb
WHERE fixture_gen.n('cisel' || mb, f.u, 3) <> 0 OR mb = 'INBOX'
ORDER BY f.u, mb;

CREATE TABLE cache_thread (
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    mailbox varchar(255) NOT NULL,
    expires timestamp with time zone DEFAULT NULL,
    data text NOT NULL,
    PRIMARY KEY (user_id, mailbox)
);
CREATE INDEX cache_thread_expires_idx ON cache_thread (expires);
INSERT INTO cache_thread
SELECT f.u, mb, pgen.at('ctex' || mb, f.u, '2024-10-05', '2024-10-14'),
       'MAILBOX:' || mb || ';ORDER:ASC;* THREAD ' || (SELECT string_agg(CASE WHEN (k + f.u) % 3 = 0 THEN '(' || (200 + k * 5 + f.u % 4) || ' ' || (201 + k * 5 + f.u % 4) || ')' WHEN (k + f.u) % 4 = 1 THEN '(' || (200 + k * 5) || ' (' || (202 + k * 5) || ')(' || (203 + k * 5 + f.u % 2) || '))' ELSE '(' || (200 + k * 5 + f.u % 3) || ')' END, '' ORDER BY k) FROM generate_series(1, 4 + fixture_gen.n('ctn' || mb, f.u, 12)) k)
       || '@' || (f.u % 2) || '@' || (1580000000 + f.u * 1931) || '@' || (300 + fixture_gen.n('ctun' || mb, f.u, 9000))
FROM pgen.fold_list f CROSS JOIN LATERAL unnest(ARRAY['INBOX', 'Sent']) mb
WHERE f.u % 3 <> 2 AND (mb = 'INBOX' OR f.u % 2 = 0)
ORDER BY f.u, mb;

CREATE TABLE cache_messages (
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    mailbox varchar(255) NOT NULL,
    uid integer NOT NULL,
    expires timestamp with time zone DEFAULT NULL,
    data text NOT NULL,
    flags integer NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, mailbox, uid)
);
CREATE INDEX cache_messages_expires_idx ON cache_messages (expires);
-- One serialized rcube_message_header per cached message.
INSERT INTO cache_messages
SELECT DISTINCT ON (x.uid, x.mb, x.muid) x.uid, x.mb, x.muid, pgen.at('cmex', n, '2024-10-05', '2024-10-14'),
       pgen.b64s('O:20:"rcube_message_header"' || substr(pgen.pa(ARRAY['id', pgen.pi(x.muid - 37), 'uid', pgen.pi(x.muid), 'folder', pgen.ps(x.mb),
         'subject', pgen.ps(x.subj), 'from', pgen.ps(x.frm), 'to', pgen.ps(x.too), 'cc', pgen.ps(CASE WHEN n % 5 = 0 THEN c2.full_name || ' <' || c2.email || '>' ELSE '' END),
         'replyto', pgen.ps(''), 'date', pgen.ps(to_char(x.d AT TIME ZONE 'Europe/Madrid', 'Dy, DD Mon YYYY HH24:MI:SS') || ' +0200'),
         'messageID', pgen.ps('<' || pgen.lower('cmid', n, 20) || '@' || split_part(x.frm_addr, '@', 2) || '>'), 'size', pgen.pi(2000 + fixture_gen.n('cmsz', n, 900000)),
         'timestamp', pgen.pi(extract(epoch FROM x.d)::bigint), 'charset', pgen.ps('UTF-8'), 'ctype', pgen.ps((ARRAY['multipart/alternative', 'text/plain', 'multipart/mixed'])[1 + n % 3]),
         'encoding', pgen.ps('8bit'), 'priority', pgen.pi(CASE WHEN n % 17 = 0 THEN 1 ELSE 0 END),
         'flags', pgen.pa(ARRAY['SEEN', pgen.pb(n % 4 <> 0)] || CASE WHEN n % 6 = 0 THEN ARRAY['ANSWERED', pgen.pb(true)] ELSE '{}'::text[] END),
         'list_flags', pgen.pa('{}'::text[]), 'others', pgen.pa(ARRAY['x-spam-status', pgen.ps(CASE WHEN x.mb = 'Junk' THEN 'Yes, score=7.9' ELSE 'No, score=-0.4' END)])]), 2)),
       (CASE WHEN n % 4 <> 0 THEN 1 ELSE 0 END) + (CASE WHEN n % 6 = 0 THEN 4 ELSE 0 END) + (CASE WHEN n % 13 = 0 THEN 8 ELSE 0 END)
FROM generate_series(1, 430) n
CROSS JOIN LATERAL (SELECT (SELECT u FROM pgen.fold_list ORDER BY u OFFSET fixture_gen.n('cmu', n, 140) LIMIT 1) AS uu) q
JOIN pgen.u u ON u.uid = q.uu
JOIN pgen.p c ON c.i = 1001 + fixture_gen.n('cmc', n, 1400)
JOIN pgen.p c2 ON c2.i = 1001 + fixture_gen.n('cmc2', n, 1400)
LEFT JOIN pgen.p me ON me.i = u.i
CROSS JOIN LATERAL (SELECT u.uid, (ARRAY['INBOX', 'INBOX', 'INBOX', 'Sent', 'Artxiboa/2024', 'Junk'])[1 + n % 6] AS mb, 100 + n * 3 AS muid,
    pgen.at('cmd', n, '2024-06-01', '2024-10-04 17:00') AS d,
    replace(replace(replace((ARRAY['Re: Itzulpen aurrekontua - @ORG@', 'Factura 2024-@N@ - Olaberri Koop. E.', 'Bilera ostegunean?', 'Presupuesto traducción jurada - @FULL@',
      'Fwd: Kongresuaren egitaraua', '@FIRST@-ren urtebetetzea ostiralean', 'Demande de devis : traduction basque-français', 'Kontratua sinatzeko', 'Re: Re: Zuzenketak (2. bertsioa)',
      'Solicitud de vacaciones', 'Bizikleta irteera igandean - Jaizkibel', 'Larrain Etxea: erreserba berretsia (@FULL@)', 'Your Nextcloud password was changed',
      'Delivery Status Notification (Failure)', 'Re: Proofreading of chapter 4', 'Приєднання до проєкту перекладу', 'Oferta de colaboración', '見積もりのお願い'])[1 + fixture_gen.n('cms', n, 18)],
      '@ORG@', coalesce(c.org, 'aurrekontua')), '@FULL@', c.full_name), '@FIRST@', c.first) AS subj0,
    CASE WHEN n % 6 = 3 THEN coalesce(me.full_name, 'Olaberri') || ' <' || u.username || '>' ELSE '"' || c.full_name || '" <' || c.email || '>' END AS frm,
    CASE WHEN n % 6 = 3 THEN u.username ELSE c.email END AS frm_addr,
    CASE WHEN n % 6 = 3 THEN c.full_name || ' <' || c.email || '>' ELSE u.username END AS too) x0
CROSS JOIN LATERAL (SELECT x0.*, replace(x0.subj0, '@N@', lpad((n % 300)::text, 3, '0')) AS subj) x
ORDER BY x.uid, x.mb, x.muid, n;

-- Spell-checker dictionaries: the shared one (user_id NULL) per language and
-- the words users added (surnames, place names, jargon).
CREATE TABLE dictionary (
    id serial PRIMARY KEY,
    user_id integer DEFAULT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    "language" varchar(16) NOT NULL,
    data text NOT NULL,
    CONSTRAINT dictionary_user_id_language_key UNIQUE (user_id, "language")
);
INSERT INTO dictionary (user_id, "language", data) VALUES
  (NULL, 'eu', 'Olaberri kooperatiba Portuetxe Tabakalera Itzulpen Sarea Elhuyar Euskaltzaindia batzar bazkidetza fakturazio itzulpen-memoria lokalizazio'),
  (NULL, 'es', 'Olaberri cooperativa Donostia Gipuzkoa Tabakalera traducción jurada Euskaltzaindia Elhuyar'),
  (NULL, 'fr', 'Olaberri coopérative Baiona Iparralde Euskal Herria traduction assermentée'),
  (NULL, 'en', 'Olaberri cooperative Donostia Basque localisation Nextcloud Roundcube');
INSERT INTO dictionary (user_id, "language", data)
SELECT u.uid, lg, (SELECT string_agg(w, ' ' ORDER BY o) FROM (
     SELECT w, o FROM unnest(ARRAY[p.last1, c1.last1, c2.last1, c3.first, c3.last1, coalesce(c1.org, 'Jaizkibel'), c2.city,
       (ARRAY['aurrekontua', 'itzulpen-memoria', 'zuzenketak', 'Zumaia', 'Hondarribia', 'Leaburu', 'txakoli', 'trados', 'memoQ', 'Errota', 'DeepL', 'Lasarte'])[1 + fixture_gen.n('dw', u.uid, 12)],
       c4.full_name]) WITH ORDINALITY t(w, o) WHERE o <= 3 + fixture_gen.n('dlen', u.uid, 7)) z)
FROM pgen.u u JOIN pgen.p p ON p.i = u.i
CROSS JOIN LATERAL (SELECT (ARRAY['eu', 'es', 'fr', 'en'])[1 + fixture_gen.n('dl', u.uid, 4)] AS lg) l
JOIN pgen.p c1 ON c1.i = 1001 + fixture_gen.n('dc1', u.uid, 1400)
JOIN pgen.p c2 ON c2.i = 1001 + fixture_gen.n('dc2', u.uid, 1400)
JOIN pgen.p c3 ON c3.i = 1001 + fixture_gen.n('dc3', u.uid, 1400)
JOIN pgen.p c4 ON c4.i = 1001 + fixture_gen.n('dc4', u.uid, 1400)
WHERE u.mail_host = 'localhost' AND u.uid % 3 = 0 ORDER BY u.uid;

-- Saved address book searches (type 1): the fields searched and what was typed.
CREATE SEQUENCE searches_seq START WITH 1 INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE searches (
    search_id integer DEFAULT nextval('searches_seq'::text) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    "type" smallint DEFAULT 0 NOT NULL,
    name varchar(128) NOT NULL,
    data text NOT NULL,
    CONSTRAINT searches_user_id_key UNIQUE (user_id, "type", name)
);
ALTER SEQUENCE searches_seq OWNED BY searches.search_id;
INSERT INTO searches (user_id, "type", name, data)
SELECT DISTINCT ON (u.uid, nm) u.uid, 1, nm, pgen.pa(ARRAY['search', pgen.pa(ARRAY[fld, pgen.ps(val)]), 'sources', pgen.pl(ARRAY[pgen.ps('0')] || CASE WHEN n % 3 = 0 THEN ARRAY[pgen.ps('carddav_' || (1 + n % 40))] ELSE '{}'::text[] END)]
       || CASE WHEN n % 4 = 0 THEN ARRAY['filter', pgen.ps('ALL')] ELSE '{}'::text[] END)
FROM generate_series(1, 90) n
JOIN pgen.u u ON u.uid = 1 + fixture_gen.n('seu', n, 157) AND u.mail_host = 'localhost'
JOIN pgen.p c ON c.i = 1001 + fixture_gen.n('sec', n, 1400)
CROSS JOIN LATERAL (SELECT (ARRAY['organization', 'email', 'name', 'locality', 'notes', 'surname', 'phone', 'organization', 'email'])[1 + n % 9] AS fld) f
CROSS JOIN LATERAL (SELECT CASE f.fld WHEN 'organization' THEN coalesce(c.org, 'Udala') WHEN 'email' THEN '@' || split_part(c.email, '@', 2) WHEN 'name' THEN c.first || ' ' || c.last1
    WHEN 'locality' THEN c.city WHEN 'notes' THEN (ARRAY['zinpeko', 'jurada', 'NAN', 'tarifa'])[1 + n % 4] WHEN 'surname' THEN c.last1 ELSE substr(c.mobile, 1, 7) END AS val) v
CROSS JOIN LATERAL (SELECT CASE f.fld WHEN 'organization' THEN 'Bezeroak: ' || v.val WHEN 'email' THEN 'Domeinua ' || v.val WHEN 'name' THEN (ARRAY['Bilatu ', 'Buscar ', 'Chercher '])[1 + n % 3] || c.first
    WHEN 'locality' THEN (ARRAY['Hiria: ', 'Contactos en ', 'Contacts à '])[1 + n % 3] || v.val WHEN 'notes' THEN 'Oharretan: ' || v.val WHEN 'surname' THEN 'Familia ' || c.last1 ELSE 'Telefonoak ' || left(v.val, 4) END AS nm) nn
ORDER BY u.uid, nm, n;

-- Canned responses (moved out of preferences in 1.6).
CREATE SEQUENCE responses_seq START WITH 1 INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE responses (
    response_id integer DEFAULT nextval('responses_seq'::text) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint DEFAULT 0 NOT NULL,
    name varchar(255) NOT NULL,
    data text NOT NULL,
    is_html smallint DEFAULT 0 NOT NULL
);
ALTER SEQUENCE responses_seq OWNED BY responses.response_id;
CREATE INDEX responses_user_id_idx ON responses (user_id, del);
INSERT INTO responses (user_id, changed, del, name, data, is_html)
SELECT u.uid, pgen.at('rch', n, '2022-08-15', '2024-10-03'), (n % 19 = 0)::int, r.nm,
       CASE WHEN n % 5 = 2 THEN '<p>' || replace(r.body, E'\n', '<br>') || '</p>' ELSE r.body END, (n % 5 = 2)::int
FROM generate_series(1, 140) n
JOIN pgen.u u ON u.uid = 1 + fixture_gen.n('reu', n, 157) AND u.mail_host = 'localhost'
LEFT JOIN pgen.p p ON p.i = u.i
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Eskerrik asko', E'Kaixo,\n\nEskerrik asko zure mezuagatik. Laster erantzungo dizugu.\n\nOndo izan,\n' || coalesce(p.first, 'Olaberri')),
  (1, 'Aurrekontua bidalita', E'Kaixo,\n\nEranskinean duzu eskatutako itzulpenaren aurrekontua. Onartzen baduzu, erantzun mezu honi eta hurrengo astean hasiko gara.\n\n' || coalesce(p.full_name || E'\n' || p.phone, 'Olaberri Koop. E.')),
  (2, 'Presupuesto traducción jurada', E'Buenos días:\n\nLe adjunto el presupuesto. Para la traducción jurada necesitamos una copia del DNI o pasaporte del titular del documento.\nForma de pago: transferencia a ' || fixture_gen.iban('ES', '3035' || fixture_gen.digits('rib', 1, 16)) || E' (Caja Laboral).\n\nUn saludo,\n' || coalesce(p.first || ' ' || p.last1, 'Olaberri')),
  (3, 'Oporrak', E'Kaixo, oporretan nago irailaren 2ra arte. Premiazko gaietarako deitu ' || coalesce((SELECT q.full_name || ' (' || q.mobile || ')' FROM pgen.p q WHERE q.i = 1 + n % 150), 'bulegora') || '.'),
  (4, 'Réponse devis', E'Bonjour,\n\nMerci pour votre demande. Vous trouverez ci-joint notre devis. N''hésitez pas à m''appeler au ' || coalesce(p.mobile, '05 59 25 61 40') || E'.\n\nCordialement'),
  (5, 'Factura recibida', E'Recibida, gracias. La pasamos a pago con vencimiento a 30 días.'),
  (6, 'Bazkide berria', E'Ongi etorri Donostiako Bizikleta Elkartera! Kuota urtekoa da (35 €). Irteeren egutegia webgunean duzu.'),
  (7, 'Erreserba baieztapena', E'Kaixo,\n\nZure erreserba baieztatuta dago. Sarrera 16:00etatik aurrera; giltzak atarian utziko dizkizugu.\nLarrain Etxea'),
  (8, 'Proofreading terms', E'Hi,\n\nThanks for getting in touch. Our rate for proofreading is EUR 0.03 per word, minimum EUR 40. Turnaround is five working days.\n\nBest,\n' || coalesce(p.first, 'Olaberri')),
  (9, 'Ez dago bulegoan', E'Gaur ez nago bulegoan. Bihar erantzungo dizut.')) v(k, nm, body) WHERE v.k = n % 10) r
ORDER BY n;

-- Enigma's GnuPG home per user, stored file by file (base64).
CREATE SEQUENCE filestore_seq START WITH 1 INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1;
CREATE TABLE filestore (
    file_id integer DEFAULT nextval('filestore_seq'::text) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    context varchar(32) NOT NULL,
    filename varchar(128) NOT NULL,
    mtime integer NOT NULL,
    data text NOT NULL,
    CONSTRAINT filestore_user_id_filename UNIQUE (user_id, context, filename)
);
ALTER SEQUENCE filestore_seq OWNED BY filestore.file_id;
INSERT INTO filestore (user_id, context, filename, mtime, data)
SELECT u.uid, 'enigma', f.fn, extract(epoch FROM pgen.at('fsm' || f.k, u.uid, '2022-01-01', '2024-10-01'))::int,
       CASE f.k
         WHEN 1 THEN pgen.b64s(E'\x01kbx' || p.full_name || ' <' || u.username || '>' || fixture_gen.hexn('fspub', u.uid, 120) || c.full_name || ' <' || c.email || '>')
         WHEN 2 THEN pgen.b64s('Created: ' || to_char(pgen.at('fsc', u.uid, '2022-01-01', '2024-01-01'), 'YYYYMMDD"T"HH24MISS') || E'\nKey: (protected-private-key (rsa (n #00'
              || upper(fixture_gen.hexn('fsn', u.uid, 256)) || '#)(e #010001#)(protected openpgp-s2k3-ocb-aes ((sha1 #' || upper(fixture_gen.hexn('fss', u.uid, 16)) || '#'
              || E'\n "43894784")#' || upper(fixture_gen.hexn('fsiv', u.uid, 24)) || '#)#' || upper(fixture_gen.hexn('fsd', u.uid, 512)) || E'#)))\n')
         ELSE fixture_gen.b64('fstdb', u.uid, 120) END
FROM pgen.u u JOIN pgen.p p ON p.i = u.i JOIN pgen.p c ON c.i = 1001 + fixture_gen.n('fsc', u.uid, 1400)
CROSS JOIN LATERAL (VALUES (1, 'pubring.kbx'), (2, 'private-keys-v1.d/' || upper(fixture_gen.hexn('fskg', u.uid, 40)) || '.key'), (3, 'trustdb.gpg')) f(k, fn)
WHERE u.mail_host = 'localhost' AND u.uid % 8 = 3 ORDER BY u.uid, f.k;

CREATE TABLE "system" (
    name varchar(64) NOT NULL PRIMARY KEY,
    value text
);
INSERT INTO "system" (name, value) VALUES ('roundcube-version', '2022081200'), ('calendar-database-version', '2021101100'), ('tasklist-database-version', '2021102600');

-- ---------------------------------------------------------------------------
-- rcmcarddav 4.4: CardDAV address books (the cooperative's Nextcloud preset,
-- shared books, and books members added themselves).

CREATE TABLE carddav_addressbooks (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    username varchar(255) NOT NULL,
    password text NOT NULL,
    url text NOT NULL,
    active smallint NOT NULL DEFAULT 1,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    last_updated bigint NOT NULL DEFAULT 0,
    refresh_time integer NOT NULL DEFAULT 3600,
    sync_token text NOT NULL,
    presetname varchar(255),
    use_categories smallint NOT NULL DEFAULT 0
);
CREATE INDEX carddav_addressbooks_user_id_idx ON carddav_addressbooks (user_id);
INSERT INTO carddav_addressbooks (name, username, password, url, active, user_id, last_updated, refresh_time, sync_token, presetname, use_categories)
SELECT CASE b.k WHEN 1 THEN 'Kontaktuak (Hodeia)' WHEN 2 THEN (ARRAY['Olaberri bezeroak', 'Itzultzaile sarea', 'Hornitzaileak'])[1 + u.uid % 3]
         ELSE (ARRAY['iCloud', 'Fastmail', 'Etxeko Nextcloud', 'Posteo'])[1 + u.uid % 4] END,
       CASE WHEN b.k <= 2 THEN split_part(u.username, '@', 1) WHEN u.uid % 4 = 0 THEN p.email WHEN u.uid % 4 = 1 THEN coalesce(p.email, u.username) WHEN u.uid % 4 = 2 THEN pgen.fold(p.first) ELSE p.email END,
       CASE WHEN b.k <= 2 THEN '%p'
            WHEN u.uid % 4 = 0 THEN fixture_gen.chars('cdpw', u.uid, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('cdpw2', u.uid, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('cdpw3', u.uid, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('cdpw4', u.uid, 4, 'abcdefghijklmnopqrstuvwxyz')
            WHEN u.uid % 4 = 1 THEN pgen.lower('cdfm', u.uid, 16)
            WHEN u.uid % 4 = 2 THEN '{ENCRYPTED}' || pgen.rcenc('cdenc', u.uid)
            ELSE '{BASE64}' || pgen.b64s(initcap(pgen.fold(p.first)) || (1970 + u.uid % 40) || '!' || fixture_gen.chars('cdb', u.uid, 3, 'abcdefghjk')) END,
       CASE b.k WHEN 1 THEN 'https://hodeia.olaberri.eus/remote.php/dav/addressbooks/users/' || split_part(u.username, '@', 1) || '/contacts/'
         WHEN 2 THEN 'https://hodeia.olaberri.eus/remote.php/dav/addressbooks/users/' || split_part(u.username, '@', 1) || '/' || (ARRAY['bezeroak', 'itzultzaileak', 'hornitzaileak'])[1 + u.uid % 3] || '_shared_by_miren.agirre/'
         ELSE CASE u.uid % 4 WHEN 0 THEN 'https://p' || (10 + u.uid % 60) || '-contacts.icloud.com/' || fixture_gen.digits('icl', u.uid, 10) || '/carddavhome/card/'
           WHEN 1 THEN 'https://carddav.fastmail.com/dav/addressbooks/user/' || coalesce(p.email, u.username) || '/Default/'
           WHEN 2 THEN 'https://nc.' || pgen.fold(p.last1) || '-etxea.eus/remote.php/dav/addressbooks/users/' || pgen.fold(p.first) || '/contacts/'
           ELSE 'https://posteo.de:8843/addressbooks/' || p.email || '/default/' END END,
       (NOT (b.k = 3 AND u.uid % 5 = 0))::int, u.uid,
       extract(epoch FROM pgen.at('cdlu', u.uid * 3 + b.k, '2024-10-02', '2024-10-04 18:00'))::bigint, CASE WHEN b.k = 3 THEN 86400 ELSE 3600 END,
       CASE WHEN b.k <= 2 OR u.uid % 4 = 2 THEN 'http://sabre.io/ns/sync/' || (100 + fixture_gen.n('cdst', u.uid * 3 + b.k, 9000)) WHEN u.uid % 4 = 0 THEN 'HwoQEgwAA' || pgen.rnd('cdsti', u.uid, 30) WHEN u.uid % 4 = 1 THEN 'https://carddav.fastmail.com/ns/sync/' || (2000 + fixture_gen.n('cdsf', u.uid, 90000)) ELSE '' END,
       CASE WHEN b.k <= 2 THEN 'hodeia' END, (b.k = 2 OR u.uid % 6 = 1)::int
FROM pgen.u u JOIN pgen.p p ON p.i = u.i CROSS JOIN generate_series(1, 3) b(k)
WHERE u.mail_host = 'localhost' AND u.uid % 3 <> 1 AND (b.k = 1 OR (b.k = 2 AND u.uid % 4 = 0) OR (b.k = 3 AND u.uid % 7 IN (0, 3)))
ORDER BY u.uid, b.k;

CREATE TABLE carddav_contacts (
    id serial PRIMARY KEY,
    abook_id integer NOT NULL REFERENCES carddav_addressbooks (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    email varchar(255),
    firstname varchar(255),
    surname varchar(255),
    organization varchar(255),
    showas varchar(32) NOT NULL DEFAULT '',
    vcard text NOT NULL,
    etag varchar(255) NOT NULL,
    uri varchar(255) NOT NULL,
    cuid varchar(255) NOT NULL,
    UNIQUE (uri, abook_id),
    UNIQUE (cuid, abook_id)
);
CREATE INDEX carddav_contacts_abook_id_idx ON carddav_contacts (abook_id);
INSERT INTO carddav_contacts (abook_id, name, email, firstname, surname, organization, showas, vcard, etag, uri, cuid)
SELECT a.id, CASE WHEN co THEN p.org ELSE p.full_name END, p.email || CASE WHEN n % 7 = 0 THEN ', ' || pgen.fold(p.first) || '@' || split_part(p.email, '@', 2) ELSE '' END,
       CASE WHEN co THEN '' ELSE p.first END, CASE WHEN co THEN '' ELSE p.last END, coalesce(p.org, ''), CASE WHEN co THEN 'COMPANY' ELSE '' END,
       CASE WHEN co THEN 'BEGIN:VCARD' || E'\n' || 'VERSION:3.0' || E'\n' || 'PRODID:-//Sabre//Sabre VObject 4.5.4//EN' || E'\n' || 'UID:' || cu || E'\n' || 'FN:' || p.org || E'\n' || 'N:;;;;' || E'\n'
              || 'ORG:' || p.org || E'\n' || 'X-ABShowAs:COMPANY' || E'\n' || 'EMAIL;TYPE=WORK:' || p.email || E'\n' || 'TEL;TYPE=WORK:' || p.phone || E'\n'
              || 'NOTE:Harremana: ' || p.full_name || ' (' || p.job || ')' || E'\n' || 'REV:' || to_char(pgen.at('ccrev', n, '2022-01-01', '2024-10-03'), 'YYYYMMDD"T"HH24MISS"Z"') || E'\n' || 'END:VCARD'
            ELSE pgen.vcard(p, NULL, CASE WHEN n % 11 = 0 THEN (ARRAY['Bezeroa 2021etik. Fakturak faktura@ helbidera.', 'Telegram: @' || pgen.fold(p.first) || (n % 90), 'Ezkontza: 2025-06-14', 'Alaba: Lucía (2015)'])[1 + n / 11 % 4] END,
              CASE WHEN n % 5 = 0 THEN fixture_gen.birth_date('ccbd', n) END, 'PRODID:-//Sabre//Sabre VObject 4.5.4//EN' || E'\n' || 'UID:' || cu,
              'REV:' || to_char(pgen.at('ccrev', n, '2022-01-01', '2024-10-03'), 'YYYYMMDD"T"HH24MISS"Z"') || E'\n'
              || CASE WHEN n % 9 = 4 THEN 'X-SOCIALPROFILE;TYPE=mastodon:https://mastodon.eus/@' || pgen.fold(p.first) || pgen.fold(p.last1) || E'\n' ELSE '' END) END,
       '"' || md5('ccetag' || n) || '"', upper(cu) || '.vcf', cu
FROM generate_series(1, 430) n
JOIN carddav_addressbooks a ON a.id = 1 + fixture_gen.n('cca', n, (SELECT count(*)::int FROM carddav_addressbooks))
JOIN pgen.p p ON p.i = 1001 + fixture_gen.n('ccp', n, 1400)
CROSS JOIN LATERAL (SELECT fixture_gen.uuid('ccuid', n) AS cu, (n % 13 = 5 AND p.org IS NOT NULL) AS co) x
ORDER BY n;

CREATE TABLE carddav_groups (
    id serial PRIMARY KEY,
    abook_id integer NOT NULL REFERENCES carddav_addressbooks (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    vcard text,
    etag varchar(255),
    uri varchar(255),
    cuid varchar(255),
    UNIQUE (uri, abook_id),
    UNIQUE (cuid, abook_id)
);
CREATE INDEX carddav_groups_abook_id_idx ON carddav_groups (abook_id);
INSERT INTO carddav_groups (abook_id, name, vcard, etag, uri, cuid)
SELECT a.id, g.nm,
       CASE WHEN a.use_categories = 1 THEN NULL ELSE 'BEGIN:VCARD' || E'\n' || 'VERSION:3.0' || E'\n' || 'PRODID:-//Sabre//Sabre VObject 4.5.4//EN' || E'\n' || 'UID:' || gu || E'\n' || 'FN:' || g.nm || E'\n' || 'N:' || g.nm || E';;;;\n'
         || 'X-ADDRESSBOOKSERVER-KIND:group' || E'\n' || coalesce((SELECT string_agg('X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:' || c.cuid, E'\n' ORDER BY c.id) FROM carddav_contacts c WHERE c.abook_id = a.id AND c.id % 3 = g.k % 3) || E'\n', '') || 'END:VCARD' END,
       CASE WHEN a.use_categories = 1 THEN NULL ELSE '"' || md5('cgetag' || a.id || g.k) || '"' END, CASE WHEN a.use_categories = 1 THEN NULL ELSE upper(gu) || '.vcf' END, CASE WHEN a.use_categories = 1 THEN NULL ELSE gu END
FROM carddav_addressbooks a
CROSS JOIN LATERAL (SELECT k, (ARRAY['Bezeroak', 'Itzultzaileak', 'Familia', 'Kongresua 2024', 'Clientes', 'Proveedores', 'Bizikleta'])[1 + fixture_gen.n('cgnm', a.id * 10 + k, 7)] AS nm FROM generate_series(1, 1 + a.id % 2) k) g
CROSS JOIN LATERAL (SELECT fixture_gen.uuid('cguid', a.id * 10 + g.k) AS gu) x
WHERE EXISTS (SELECT 1 FROM carddav_contacts c WHERE c.abook_id = a.id)
ORDER BY a.id, g.k;
DELETE FROM carddav_groups g WHERE EXISTS (SELECT 1 FROM carddav_groups g2 WHERE g2.abook_id = g.abook_id AND g2.name = g.name AND g2.id < g.id);

CREATE TABLE carddav_group_user (
    group_id integer NOT NULL REFERENCES carddav_groups (id) ON DELETE CASCADE,
    contact_id integer NOT NULL REFERENCES carddav_contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, contact_id)
);
INSERT INTO carddav_group_user
SELECT g.id, c.id FROM carddav_groups g JOIN carddav_contacts c ON c.abook_id = g.abook_id
WHERE g.vcard IS NULL AND c.id % 2 = 0 OR g.vcard LIKE '%' || c.cuid || '%' ORDER BY g.id, c.id;

CREATE TABLE carddav_xsubtypes (
    id serial PRIMARY KEY,
    typename varchar(128) NOT NULL,
    subtype varchar(128) NOT NULL,
    abook_id integer NOT NULL REFERENCES carddav_addressbooks (id) ON DELETE CASCADE,
    UNIQUE (typename, subtype, abook_id)
);
INSERT INTO carddav_xsubtypes (typename, subtype, abook_id)
SELECT DISTINCT t.tn, t.st, a.id FROM carddav_addressbooks a
CROSS JOIN LATERAL (SELECT * FROM (VALUES ('phone', 'bulegoa'), ('phone', 'WhatsApp'), ('email', 'fakturak'), ('address', 'biltegia'), ('phone', 'Telegram'), ('email', 'pertsonala'), ('phone', 'larrialdiak'), ('address', 'udako etxea')) v(tn, st)
  OFFSET a.id % 6 LIMIT 1 + a.id % 2) t
WHERE a.id % 3 = 0 ORDER BY a.id, t.tn, t.st;

CREATE TABLE carddav_migrations (
    id serial PRIMARY KEY,
    filename varchar(64) NOT NULL UNIQUE,
    processed_at timestamp NOT NULL DEFAULT now()
);
INSERT INTO carddav_migrations (filename, processed_at)
SELECT f, timestamp '2020-02-10 09:14:02' + make_interval(days => CASE WHEN o <= 6 THEN 0 WHEN o <= 10 THEN 540 ELSE 1300 END, secs => o::int)
FROM unnest(ARRAY['0000-dbinit', '0001-categories', '0002-increasetextfieldlengths', '0003-fixtimestampdefaultvalue', '0004-fixtimestampdefaultvalue', '0005-changemysqlut8toutf8mb4',
  '0006-rmgroupsnotnull', '0007-replaceurlplaceholders', '0008-unifyindexes', '0009-dropauthschemefield', '0010-fixgroupsuniqueindex', '0011-unifyidcolumns', '0012-timestampsasinteger']) WITH ORDINALITY t(f, o);

-- ---------------------------------------------------------------------------
-- Kolab's calendar plugin, database driver (calendar/drivers/database/SQL).

CREATE TABLE calendars (
    calendar_id serial NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    name varchar(255) NOT NULL,
    color varchar(8) NOT NULL,
    showalarms smallint NOT NULL DEFAULT 1
);
CREATE INDEX calendars_user_id_idx ON calendars (user_id, name);
INSERT INTO calendars (user_id, name, color, showalarms)
SELECT u.uid, CASE WHEN k = 1 THEN (ARRAY['Egutegia', 'Calendar', 'Calendario', 'Agenda', 'Lana'])[1 + u.uid % 5] ELSE (ARRAY['Familia', 'Bizikleta irteerak', 'Oporrak', 'Erreserbak', 'Proiektuak', 'Personal'])[1 + (u.uid + k) % 6] END,
       (ARRAY['cc0000', '4a86e8', '2e7d32', 'ff9900', '9900ff', '0b8043', 'e67c73', '616161'])[1 + fixture_gen.n('calc', u.uid * 3 + k, 8)], (NOT (k = 2 AND u.uid % 3 = 0))::int
FROM pgen.u u CROSS JOIN generate_series(1, 2) k WHERE u.mail_host = 'localhost' AND (k = 1 OR u.uid % 3 <> 2) ORDER BY u.uid, k;

CREATE TABLE events (
    event_id serial NOT NULL PRIMARY KEY,
    calendar_id integer NOT NULL REFERENCES calendars (calendar_id) ON DELETE CASCADE ON UPDATE CASCADE,
    recurrence_id integer NOT NULL DEFAULT 0,
    uid varchar(255) NOT NULL DEFAULT '',
    instance varchar(16) NOT NULL DEFAULT '',
    isexception smallint NOT NULL DEFAULT 0,
    created timestamp without time zone DEFAULT now() NOT NULL,
    changed timestamp without time zone DEFAULT now(),
    sequence integer NOT NULL DEFAULT 0,
    "start" timestamp without time zone DEFAULT now() NOT NULL,
    "end" timestamp without time zone DEFAULT now() NOT NULL,
    all_day smallint NOT NULL DEFAULT 0,
    recurrence text DEFAULT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    location character varying(255) NOT NULL,
    categories character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    free_busy smallint NOT NULL DEFAULT 0,
    priority smallint NOT NULL DEFAULT 0,
    sensitivity smallint NOT NULL DEFAULT 0,
    status character varying(32) NOT NULL DEFAULT '',
    alarms text DEFAULT NULL,
    attendees text DEFAULT NULL,
    notifyat timestamp without time zone DEFAULT NULL
);
CREATE INDEX events_calendar_id_notifyat_idx ON events (calendar_id, notifyat);
CREATE INDEX events_uid_idx ON events (uid);
CREATE INDEX events_recurrence_id_idx ON events (recurrence_id);
INSERT INTO events (calendar_id, recurrence_id, uid, instance, isexception, created, changed, sequence, "start", "end", all_day, recurrence, title, description, location, categories, url,
                    free_busy, priority, sensitivity, status, alarms, attendees, notifyat)
SELECT cal.calendar_id, 0, CASE WHEN n % 3 = 0 THEN upper(fixture_gen.uuid('evuid', n)) ELSE to_char(st, 'YYYYMMDD"T"HH24MISS') || '-' || (1000 + n) || '-' || pgen.lower('evu', n, 8) END,
       '', 0, st - make_interval(days => 3 + fixture_gen.n('evcr', n, 60)), st - make_interval(days => fixture_gen.n('evch', n, 3)), fixture_gen.n('evseq', n, 4),
       st, st + make_interval(mins => CASE WHEN ad THEN 1439 ELSE (ARRAY[30, 60, 60, 90, 120, 240])[1 + n % 6] END), ad::int,
       CASE WHEN n % 9 = 0 THEN (ARRAY['FREQ=WEEKLY;INTERVAL=1;BYDAY=MO', 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=1', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20241219T235959Z', 'FREQ=YEARLY;INTERVAL=1'])[1 + n / 9 % 4] END,
       t.title, t.descr, t.loc, t.cat, CASE WHEN n % 8 = 1 THEN 'https://meet.jit.si/Olaberri-' || (ARRAY['Kontseilua', 'Itzulpena', 'Bezeroa', 'Sarea'])[1 + n % 4] || '-' || pgen.lower('jit', n, 6) ELSE '' END,
       CASE WHEN t.cat = 'Oporrak' THEN 2 WHEN n % 7 = 0 THEN 3 WHEN n % 5 = 0 THEN 0 ELSE 1 END, CASE WHEN n % 11 = 0 THEN 1 ELSE 0 END,
       CASE WHEN t.cat IN ('Osasuna', 'Pertsonala') THEN 1 + n % 2 ELSE 0 END, (ARRAY['CONFIRMED', 'CONFIRMED', '', 'TENTATIVE', 'CANCELLED', 'CONFIRMED'])[1 + n % 6],
       CASE WHEN n % 3 <> 2 THEN '[{"action":"DISPLAY","trigger":"' || (ARRAY['-PT15M', '-PT30M', '-PT1H', '-P1D'])[1 + n % 4] || '"}]' END,
       CASE WHEN t.att THEN json_build_array(json_build_object('name', me.full_name, 'email', u.username, 'role', 'ORGANIZER'),
              json_build_object('name', a1.full_name, 'email', a1.email, 'role', 'REQ-PARTICIPANT', 'status', (ARRAY['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE', 'DECLINED'])[1 + n % 4], 'rsvp', true),
              json_build_object('name', a2.full_name, 'email', a2.login, 'role', 'OPT-PARTICIPANT', 'status', 'ACCEPTED', 'rsvp', false))::text END,
       -- (json_encode() writes no blanks; fixed below)
       CASE WHEN n % 3 <> 2 AND st > timestamp '2024-10-04 18:00' THEN st - interval '15 minutes' END
FROM generate_series(1, 420) n
JOIN calendars cal ON cal.calendar_id = 1 + fixture_gen.n('evcal', n, (SELECT count(*)::int FROM calendars))
JOIN pgen.u u ON u.uid = cal.user_id
LEFT JOIN pgen.p me ON me.i = u.i
JOIN pgen.p a1 ON a1.i = 1001 + fixture_gen.n('eva1', n, 1400)
JOIN pgen.p a2 ON a2.i = 1 + fixture_gen.n('eva2', n, 150)
CROSS JOIN LATERAL (SELECT * FROM pgen.p WHERE i > 1000 AND c IN ('eu', 'es', 'fr') ORDER BY i OFFSET fixture_gen.n('evloc', n, 500) LIMIT 1) lc
CROSS JOIN LATERAL (SELECT n % 10 = 4 AS ad, date_trunc('minute', pgen.att('evst', n, '2024-01-08', '2024-12-20')) AS st0) s
CROSS JOIN LATERAL (SELECT CASE WHEN s.ad THEN date_trunc('day', s.st0) ELSE date_trunc('hour', s.st0) + make_interval(mins => 30 * (n % 2)) END AS st) s2
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Bilera: ' || coalesce(a1.org, 'bezeroa') || ' (' || a1.first || ')', 'Aurrekontua eta epeak aztertu. ' || a1.full_name || ' deituko du aurretik: ' || a1.mobile, (ARRAY['Bilera gela 2 (Portuetxe)', 'Tabakalera, 3. solairua', 'Online'])[1 + n % 3], 'Bilera', true),
  (1, 'Kontseiluaren bilera', E'Gai-zerrenda:\n1. Aurreko akta onartzea\n2. 2025eko aurrekontua\n3. Bazkide berrien onarpena', 'Bilera gela 1 (Portuetxe)', 'Kooperatiba', true),
  (2, 'Dentista', '', 'Klinika Dental Gros, Zabaleta kalea 21', 'Osasuna', false),
  (3, 'Itzulpena entregatu - ' || coalesce(a1.org, a1.full_name), 'Azken bertsioa PDFan. Kontaktua: ' || a1.email, '', 'Lana', false),
  (4, 'Oporrak', '', '', 'Oporrak', false),
  (5, 'Bisita: ' || lc.full_name || ' etxean', 'Zinpeko itzulpenerako jatorrizko agiriak jaso. Deitu iritsi baino lehen ' || lc.phone || '.', lc.street || ', ' || lc.zip || ' ' || lc.city, 'Lana', false),
  (6, 'Bizikleta irteera: Jaizkibel', 'Irteera Kaitik 8:30ean. Ekarri kamera-aldagarria.', 'Kaia, Donostia', 'Bizikleta', false),
  (7, 'Videollamada con ' || a1.first || ' ' || a1.last1, 'Revisar glosario y memoria de traducción.', 'https://meet.jit.si/olaberri', 'Bilera', true),
  (8, a1.first || '-ren urtebetetzea', '', '', 'Pertsonala', false),
  (9, 'Formakuntza: memoQ', 'Barne formakuntza itzultzaile berrientzat.', 'Bilera gela 2 (Portuetxe)', 'Formakuntza', true),
  (10, 'Medikua - ' || coalesce(me.first, 'Miren') || ' analisiak', 'Baraurik joan.', 'Gros osasun zentroa', 'Osasuna', false),
  (11, 'Erreserba: ' || a1.full_name || ' (2 gau)', 'Iritsiera 17:00 inguruan. Telefonoa: ' || a1.mobile || '. Haur bat, ohe gehigarria.', 'Larrain Etxea', 'Erreserbak', false)) v(k, title, descr, loc, cat, att)
  WHERE v.k = n % 12) t
ORDER BY n;
UPDATE events SET attendees = replace(replace(replace(attendees, '" : ', '":'), ', "', ',"'), '}, {', '},{') WHERE attendees IS NOT NULL;
-- Exceptions of some recurring events.
INSERT INTO events (calendar_id, recurrence_id, uid, instance, isexception, created, changed, sequence, "start", "end", all_day, recurrence, title, description, location, categories, url,
                    free_busy, priority, sensitivity, status, alarms, attendees, notifyat)
SELECT calendar_id, event_id, uid, to_char("start" + interval '14 days', 'YYYYMMDD'), 1, changed, changed + interval '2 days', sequence + 1, "start" + interval '14 days 1 hour', "end" + interval '14 days 1 hour',
       all_day, NULL, title, description || E'\n(Ordu aldaketa)', location, categories, url, free_busy, priority, sensitivity, status, alarms, attendees, NULL
FROM events WHERE recurrence IS NOT NULL AND event_id % 2 = 0 ORDER BY event_id;

CREATE TABLE attachments (
    attachment_id serial NOT NULL PRIMARY KEY,
    event_id integer NOT NULL REFERENCES events (event_id) ON DELETE CASCADE ON UPDATE CASCADE,
    filename varchar(255) NOT NULL DEFAULT '',
    mimetype varchar(255) NOT NULL DEFAULT '',
    size integer NOT NULL DEFAULT 0,
    data text NOT NULL DEFAULT ''
);
CREATE INDEX attachments_user_id_idx ON attachments (event_id);
INSERT INTO attachments (event_id, filename, mimetype, size, data)
SELECT e.event_id, f.fn, f.mt, octet_length(f.body), pgen.b64s(f.body)
FROM events e
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'gai-zerrenda.txt', 'text/plain', E'KONTSEILUAREN BILERA\nBertaratuak: ' || (SELECT string_agg(full_name, ', ' ORDER BY i) FROM pgen.p WHERE i <= 5) || E'\n1. Aurreko akta\n2. Aurrekontua\n3. Bazkide berriak: ' || (SELECT string_agg(full_name, ', ') FROM pgen.p WHERE i IN (40 + e.event_id % 50, 91 + e.event_id % 50))),
  (1, 'aurrekontua_' || e.event_id || '.csv', 'text/csv', E'kontzeptua;hitzak;prezioa\nitzulpena eu-es;12000;1080,00\nberrikuspena;12000;360,00\nbezeroa;' || (SELECT full_name || ';' || email FROM pgen.p WHERE i = 1001 + e.event_id % 1400) || E'\n'),
  (2, 'ibilbidea.gpx', 'application/gpx+xml', '<?xml version="1.0"?><gpx version="1.1" creator="Komoot"><trk><name>Jaizkibel</name><trkseg><trkpt lat="43.3240" lon="-1.9852"/><trkpt lat="43.3561" lon="-1.8640"/></trkseg></trk></gpx>'),
  (3, 'erreserba.ics', 'text/calendar', E'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Erreserba\nATTENDEE;CN=' || (SELECT full_name || ':mailto:' || email FROM pgen.p WHERE i = 1001 + (e.event_id * 7) % 1400) || E'\nEND:VEVENT\nEND:VCALENDAR\n')) v(k, fn, mt, body)
  WHERE v.k = e.event_id % 4) f
WHERE e.event_id % 9 = 1 ORDER BY e.event_id;

CREATE TABLE itipinvitations (
    token varchar(64) NOT NULL PRIMARY KEY,
    event_uid varchar(255) NOT NULL,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    event text NOT NULL,
    expires timestamp without time zone DEFAULT NULL,
    cancelled smallint NOT NULL DEFAULT 0
);
CREATE INDEX itipinvitations_uid_idx ON itipinvitations (event_uid, user_id);
-- Invitations sent with a link for replying without logging in (one per attendee).
INSERT INTO itipinvitations
SELECT encode(sha256(convert_to('itip' || e.event_id || ':' || a.ord, 'UTF8')), 'hex'), e.uid, c.user_id,
       pgen.pa(ARRAY['uid', pgen.ps(e.uid), 'title', pgen.ps(e.title), 'start', pgen.ps(to_char(e."start", 'YYYY-MM-DD"T"HH24:MI:SS')), 'end', pgen.ps(to_char(e."end", 'YYYY-MM-DD"T"HH24:MI:SS')),
         'location', pgen.ps(e.location), 'sequence', pgen.pi(e.sequence),
         'organizer', pgen.pa(ARRAY['name', pgen.ps(a0.j->>'name'), 'email', pgen.ps(a0.j->>'email')]),
         'attendee', pgen.pa(ARRAY['name', pgen.ps(a.j->>'name'), 'email', pgen.ps(a.j->>'email'), 'role', pgen.ps(a.j->>'role'), 'status', pgen.ps(coalesce(a.j->>'status', 'NEEDS-ACTION'))])]),
       e."start" + interval '1 day', (e.status = 'CANCELLED' OR e.sequence = 3)::int
FROM events e JOIN calendars c ON c.calendar_id = e.calendar_id
CROSS JOIN LATERAL (SELECT j FROM json_array_elements(e.attendees::json) j LIMIT 1) a0
CROSS JOIN LATERAL (SELECT j, ord FROM json_array_elements(e.attendees::json) WITH ORDINALITY x(j, ord) WHERE ord > 1) a
WHERE e.attendees IS NOT NULL AND e.isexception = 0 AND e.event_id % 3 = 0 ORDER BY e.event_id, a.ord;

-- ---------------------------------------------------------------------------
-- Kolab's tasklist plugin, database driver.

CREATE TABLE tasklists (
    tasklist_id serial NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    name varchar(255) NOT NULL,
    color varchar(8) NOT NULL,
    showalarms smallint NOT NULL DEFAULT 0
);
CREATE INDEX tasklists_user_id_idx ON tasklists (user_id, name);
INSERT INTO tasklists (user_id, name, color, showalarms)
SELECT u.uid, CASE WHEN k = 1 THEN (ARRAY['Zereginak', 'Tasks', 'Tareas', 'Lanak'])[1 + u.uid % 4] ELSE (ARRAY['Etxekoak', 'Erosketak', 'Kooperatiba', 'Itzulpenak'])[1 + u.uid % 4] END,
       (ARRAY['0000ff', 'ff6600', '339966', 'cc33cc', '999999'])[1 + (u.uid + k) % 5], (u.uid % 2)::int
FROM pgen.u u CROSS JOIN generate_series(1, 2) k WHERE u.mail_host = 'localhost' AND u.uid % 4 <> 3 AND (k = 1 OR u.uid % 3 = 0) ORDER BY u.uid, k;

CREATE TABLE tasks (
    task_id serial NOT NULL PRIMARY KEY,
    tasklist_id integer NOT NULL REFERENCES tasklists (tasklist_id) ON DELETE CASCADE ON UPDATE CASCADE,
    parent_id integer DEFAULT NULL,
    uid varchar(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    changed timestamp without time zone NOT NULL,
    del smallint NOT NULL DEFAULT 0,
    title varchar(255) NOT NULL,
    description text,
    tags text,
    "date" varchar(10) DEFAULT NULL,
    "time" varchar(5) DEFAULT NULL,
    startdate varchar(10) DEFAULT NULL,
    starttime varchar(5) DEFAULT NULL,
    flagged smallint NOT NULL DEFAULT 0,
    complete float NOT NULL DEFAULT 0,
    status varchar(16) NOT NULL DEFAULT '',
    alarms varchar(255) DEFAULT NULL,
    recurrence varchar(255) DEFAULT NULL,
    organizer varchar(255) DEFAULT NULL,
    attendees text,
    notify timestamp without time zone DEFAULT NULL
);
CREATE INDEX tasks_tasklist_id_idx ON tasks (tasklist_id, del, "date");
CREATE INDEX tasks_uid_idx ON tasks (uid);
INSERT INTO tasks (tasklist_id, parent_id, uid, created, changed, del, title, description, tags, "date", "time", startdate, starttime, flagged, complete, status, alarms, recurrence, organizer, attendees, notify)
SELECT tl.tasklist_id, NULL, upper(fixture_gen.uuid('tkuid', n)), cr, cr + make_interval(hours => fixture_gen.n('tkch', n, 400)), (n % 29 = 0)::int, t.title, t.descr, t.tags,
       CASE WHEN n % 4 <> 0 THEN to_char(du, 'YYYY-MM-DD') END, CASE WHEN n % 4 = 1 THEN to_char(du, 'HH24:MI') END,
       CASE WHEN n % 6 = 0 THEN to_char(cr, 'YYYY-MM-DD') END, CASE WHEN n % 12 = 0 THEN (ARRAY['09:00', '10:30', '16:00'])[1 + n % 3] END, (n % 8 = 0)::int,
       CASE WHEN n % 5 = 0 THEN 1 WHEN n % 5 = 1 THEN 0.5 ELSE 0 END, CASE WHEN n % 5 = 0 THEN 'COMPLETED' WHEN n % 5 = 1 THEN 'IN-PROCESS' WHEN n % 7 = 0 THEN 'NEEDS-ACTION' ELSE '' END,
       CASE WHEN n % 4 = 1 THEN '-PT30M:DISPLAY' END, CASE WHEN n % 17 = 0 THEN 'FREQ=MONTHLY;INTERVAL=1' END,
       CASE WHEN n % 6 = 2 THEN pgen.pa(ARRAY['name', pgen.ps(coalesce(me.full_name, '')), 'email', pgen.ps(u.username)]) END,
       CASE WHEN n % 6 = 2 THEN pgen.pl(ARRAY[pgen.pa(ARRAY['name', pgen.ps(c.full_name), 'email', pgen.ps(c.login), 'role', pgen.ps('REQ-PARTICIPANT'), 'status', pgen.ps('NEEDS-ACTION')])]) END,
       CASE WHEN n % 4 = 1 AND du > timestamp '2024-10-04 18:00' THEN du - interval '30 minutes' END
FROM generate_series(1, 320) n
JOIN tasklists tl ON tl.tasklist_id = 1 + fixture_gen.n('tktl', n, (SELECT count(*)::int FROM tasklists))
JOIN pgen.u u ON u.uid = tl.user_id LEFT JOIN pgen.p me ON me.i = u.i
JOIN pgen.p c ON c.i = 1 + fixture_gen.n('tkc', n, 150)
JOIN pgen.p x ON x.i = 1001 + fixture_gen.n('tkx', n, 1400)
CROSS JOIN LATERAL (SELECT pgen.att('tkcr', n, '2024-03-01', '2024-10-03') AS cr) a
CROSS JOIN LATERAL (SELECT date_trunc('hour', cr + make_interval(days => 2 + fixture_gen.n('tkdu', n, 40))) AS du) b
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Deitu ' || x.full_name || 'ri fakturagatik', 'Faktura 2024-' || (n % 300) || ' ordaindu gabe. Tel: ' || x.mobile, 'fakturak'),
  (1, 'Glosarioa eguneratu', 'Bezeroaren terminologia berria gehitu.', 'itzulpena'),
  (2, 'Enviar presupuesto a ' || x.first, 'Presupuesto de traducción jurada (3 certificados). Email: ' || x.email, 'aurrekontuak'),
  (3, 'Kontseilurako txostena prestatu', '', 'kooperatiba'),
  (4, 'Erosi: kamera-aldagarria, kate-olioa', NULL, NULL),
  (5, 'Renouveler l''assurance de la voiture', 'Contrat n° ' || fixture_gen.digits('tkins', n, 9) || ', appeler M. ' || x.last1, 'etxea'),
  (6, 'NAN berritu', 'Hitzordua poliziaren bulegoan. Ekarri argazkia.', 'pertsonala'),
  (7, 'Berrikusi ' || c.first || '-(r)en itzulpena', 'Kapituluak 3-5.', 'itzulpena'),
  (8, 'Nextcloud-eko kuota handitu ' || c.login || ' erabiltzaileari', '', 'sistemak'),
  (9, 'Erreserba baieztatu: ' || x.full_name, x.email || ' · ' || x.mobile, 'erreserbak')) v(k, title, descr, tags)
  WHERE v.k = n % 10) t
ORDER BY n;
UPDATE tasks t SET parent_id = (SELECT min(p.task_id) FROM tasks p WHERE p.tasklist_id = t.tasklist_id AND p.task_id < t.task_id) WHERE t.task_id % 5 = 0;

-- ---------------------------------------------------------------------------
-- persistent_login ("keep me logged in"): the token cookie and the IMAP
-- password encrypted with des_key.

CREATE TABLE auth_tokens (
    token varchar(128) NOT NULL PRIMARY KEY,
    expires timestamp NOT NULL,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    user_name varchar(128) NOT NULL,
    user_pass varchar(128) NOT NULL,
    host varchar(255) NOT NULL DEFAULT ''
);
CREATE INDEX auth_tokens_user_id_idx ON auth_tokens (user_id);
INSERT INTO auth_tokens
SELECT DISTINCT ON (tok) tok, (pgen.att('atex', n, '2024-10-05', '2025-01-02')), u.uid, u.username, pgen.rcenc('atpw', n), 'localhost'
FROM generate_series(1, 90) n
CROSS JOIN LATERAL (SELECT pgen.rnd('attok', n, 64) AS tok) t
JOIN pgen.u u ON u.uid = 1 + fixture_gen.n('atu', n, 157) AND u.mail_host = 'localhost'
ORDER BY tok;

-- rcguard: failed logins per client address (reCAPTCHA after three).
CREATE TABLE rcguard (
    ip varchar(40) NOT NULL PRIMARY KEY,
    first timestamp without time zone NOT NULL,
    last timestamp without time zone NOT NULL,
    hits integer NOT NULL
);
CREATE INDEX rcguard_last_index ON rcguard (last);
CREATE INDEX rcguard_hits_index ON rcguard (hits);
INSERT INTO rcguard
SELECT DISTINCT ON (ip) ip, f, f + make_interval(mins => fixture_gen.n('rgl', n, 600)), 1 + CASE WHEN n % 4 = 0 THEN fixture_gen.n('rgh', n, 400) ELSE fixture_gen.n('rgh', n, 4) END
FROM generate_series(1, 75) n
CROSS JOIN LATERAL (SELECT CASE WHEN n % 7 = 0 THEN fixture_gen.ipv6('rg6', n) ELSE fixture_gen.ipv4('rg4', n) END AS ip, pgen.att('rgf', n, '2024-10-03', '2024-10-04 18:00') AS f) x
ORDER BY ip;

-- ident_switch: other IMAP accounts (private mailboxes) behind identities.
CREATE TABLE ident_switch (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    iid integer NOT NULL UNIQUE REFERENCES identities (identity_id) ON DELETE CASCADE ON UPDATE CASCADE,
    username varchar(64),
    password varchar(64),
    imap_host varchar(64),
    imap_port integer CHECK (imap_port > 0 AND imap_port <= 65535),
    imap_delimiter char(1),
    label varchar(32),
    flags integer NOT NULL DEFAULT 0,
    smtp_host varchar(64),
    smtp_port integer CHECK (smtp_port > 0 AND smtp_port <= 65535),
    drafts_mbox varchar(64),
    sent_mbox varchar(64),
    junk_mbox varchar(64),
    trash_mbox varchar(64),
    UNIQUE (user_id, label)
);
INSERT INTO ident_switch (user_id, iid, username, password, imap_host, imap_port, imap_delimiter, label, flags, smtp_host, smtp_port, drafts_mbox, sent_mbox, junk_mbox, trash_mbox)
SELECT i.user_id, i.identity_id, CASE WHEN d = 'gmail.com' OR i.identity_id % 3 <> 0 THEN i.email ELSE split_part(i.email, '@', 1) END, pgen.rcenc('iswpw', i.identity_id),
       h.imap, 993, CASE WHEN d = 'gmail.com' THEN '/' ELSE '.' END, h.lbl, CASE WHEN i.identity_id % 2 = 0 THEN 3 ELSE 1 END, h.smtp, 587,
       CASE WHEN d = 'gmail.com' THEN '[Gmail]/Drafts' ELSE 'Drafts' END, CASE WHEN d = 'gmail.com' THEN '[Gmail]/Sent Mail' ELSE 'Sent' END,
       CASE WHEN d = 'gmail.com' THEN '[Gmail]/Spam' ELSE 'Junk' END, CASE WHEN d = 'gmail.com' THEN '[Gmail]/Trash' ELSE 'Trash' END
FROM identities i
CROSS JOIN LATERAL (SELECT split_part(i.email, '@', 2) AS d) dd
CROSS JOIN LATERAL (SELECT CASE d WHEN 'gmail.com' THEN 'ssl://imap.gmail.com' WHEN 'euskaltel.net' THEN 'ssl://imap.euskaltel.net' WHEN 'orange.fr' THEN 'ssl://imap.orange.fr'
    WHEN 'laposte.net' THEN 'ssl://imap.laposte.net' WHEN 'gmx.de' THEN 'ssl://imap.gmx.net' WHEN 'yahoo.fr' THEN 'ssl://imap.mail.yahoo.com' ELSE 'ssl://outlook.office365.com' END AS imap,
    CASE d WHEN 'gmail.com' THEN 'tls://smtp.gmail.com' WHEN 'euskaltel.net' THEN 'tls://smtp.euskaltel.net' WHEN 'orange.fr' THEN 'tls://smtp.orange.fr'
    WHEN 'laposte.net' THEN 'tls://smtp.laposte.net' WHEN 'gmx.de' THEN 'tls://mail.gmx.net' WHEN 'yahoo.fr' THEN 'tls://smtp.mail.yahoo.com' ELSE 'tls://smtp.office365.com' END AS smtp,
    CASE WHEN d = 'gmail.com' AND i.identity_id % 2 = 0 THEN 'Gmail' ELSE (ARRAY['Pertsonala', 'Etxekoa', 'Personal', 'Perso', 'Zaharra'])[1 + i.identity_id % 5] END AS lbl) h
WHERE i.standard = 0 AND i.email NOT LIKE '%olaberri.eus' AND i.email NOT LIKE '%itzulpen-sarea.eus' AND i.email NOT LIKE '%bizikleta.eus' AND i.email NOT LIKE '%larrain-etxea.eus'
ORDER BY i.identity_id;

-- sauserprefs: SpamAssassin's per-user preferences (userpref), in this database.
CREATE TABLE userpref (
    username varchar(100) NOT NULL,
    preference varchar(50) NOT NULL,
    value varchar(100) NOT NULL,
    prefid serial PRIMARY KEY
);
CREATE INDEX userpref_username_idx ON userpref (username);
INSERT INTO userpref (username, preference, value) VALUES
  ('@GLOBAL', 'required_score', '5.0'), ('@GLOBAL', 'use_bayes', '1'), ('@GLOBAL', 'bayes_auto_learn', '1'), ('@GLOBAL', 'report_safe', '0'),
  ('@GLOBAL', 'ok_languages', 'eu es fr en'), ('@GLOBAL', 'whitelist_from', '*@olaberri.eus'), ('@GLOBAL', 'whitelist_from', '*@gipuzkoa.eus'), ('@GLOBAL', 'blacklist_from', '*@promo-mailer.biz');
INSERT INTO userpref (username, preference, value)
SELECT u.username, pr.pref, CASE pr.pref
    WHEN 'required_score' THEN (ARRAY['4.0', '5.0', '6.5', '8'])[1 + fixture_gen.n('upsc', u.uid, 4)]
    WHEN 'whitelist_from' THEN CASE WHEN pr.k % 3 = 0 THEN '*@' || split_part(c.email, '@', 2) ELSE c.email END
    WHEN 'blacklist_from' THEN (ARRAY['*@newsletter.', 'info@', 'promo@'])[1 + pr.k % 3] || (ARRAY['ofertas-club.es', 'mega-deals.shop', 'seo-rank-pro.net'])[1 + u.uid % 3]
    WHEN 'rewrite_header Subject' THEN (ARRAY['*****SPAM*****', '[SPAM]', '[ZABORRA]'])[1 + u.uid % 3]
    WHEN 'use_bayes' THEN '1' WHEN 'ok_languages' THEN (ARRAY['all', 'eu es fr', 'es en'])[1 + u.uid % 3] ELSE '0' END
FROM pgen.u u
JOIN pgen.p c ON c.i = 1001 + fixture_gen.n('upc', u.uid, 1400)
CROSS JOIN LATERAL (SELECT k, (ARRAY['required_score', 'whitelist_from', 'blacklist_from', 'rewrite_header Subject', 'whitelist_from', 'ok_languages', 'use_bayes'])[k] AS pref
  FROM generate_series(1, 7) k WHERE k <= 2 + fixture_gen.n('upn', u.uid, 6)) pr
WHERE u.mail_host = 'localhost' AND u.uid % 2 = 0 ORDER BY u.uid, pr.k;

-- ---------------------------------------------------------------------------
-- PostfixAdmin: out-of-office replies, who has been told, fetchmail jobs, and
-- the admin log.

CREATE TABLE vacation (
    email varchar(255) NOT NULL PRIMARY KEY,
    subject varchar(255) NOT NULL,
    body text NOT NULL DEFAULT '',
    cache text NOT NULL DEFAULT '',
    domain varchar(255) NOT NULL REFERENCES domain,
    created timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT true,
    activefrom timestamp with time zone NOT NULL DEFAULT '2000-01-01 00:00:00+00',
    activeuntil timestamp with time zone NOT NULL DEFAULT '2038-01-18 00:00:00+00',
    interval_time integer NOT NULL DEFAULT 0,
    modified timestamp with time zone DEFAULT now()
);
CREATE INDEX vacation_email_active ON vacation (email, active);
INSERT INTO vacation
SELECT p.login, v.subj, v.body, '', p.dom, pgen.at('vcc', p.i, '2021-06-01', '2024-06-01'), f < timestamptz '2024-10-04' AND f + make_interval(days => 7 + p.i % 21) > timestamptz '2024-10-04' OR p.i % 5 = 0,
       f, f + make_interval(days => 7 + p.i % 21), (ARRAY[0, 86400, 604800])[1 + p.i % 3], f - interval '2 days'
FROM pgen.p p
JOIN pgen.p s ON s.i = 1 + (p.i * 13) % 150
CROSS JOIN LATERAL (SELECT date_trunc('day', pgen.at('vcf', p.i, '2024-07-01', '2024-10-20')) AS f) ff
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Oporretan / De vacaciones', E'Kaixo,\n\nOporretan nago ' || to_char(f + make_interval(days => 7 + p.i % 21), 'MM-DD') || E' arte. Premiazko gaietarako idatzi ' || s.login || E' helbidera edo deitu ' || s.mobile || E'.\n\nHola, estoy de vacaciones. Para temas urgentes escribid a ' || s.full_name || E'.\n\n' || p.first),
  (1, 'Absence', E'Bonjour,\n\nJe suis absent(e) jusqu''au ' || to_char(f + make_interval(days => 7 + p.i % 21), 'DD/MM') || E'. En cas d''urgence, contactez ' || s.full_name || ' (' || s.mobile || E').\n\n' || p.full_name),
  (2, 'Bajan nago', E'Kaixo, gaixo-agiriarekin nago egun batzuetan. Lan-kontuetarako: itzulpenak@olaberri.eus.\n' || p.first),
  (3, 'Out of office', E'Hi, I am away until ' || to_char(f + make_interval(days => 7 + p.i % 21), 'DD Mon') || E' with limited access to email. For urgent matters please contact ' || s.login || E'.\n\nBest,\n' || p.first)) v(k, subj, body)
  WHERE v.k = p.i % 4) v
WHERE p.i <= 150 AND p.i % 4 IN (0, 1) AND p.i % 3 <> 2 ORDER BY p.i;

CREATE TABLE vacation_notification (
    on_vacation varchar(255) NOT NULL REFERENCES vacation (email) ON DELETE CASCADE,
    notified varchar(255) NOT NULL,
    notified_at timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (on_vacation, notified)
);
INSERT INTO vacation_notification
SELECT DISTINCT ON (v.email, c.email) v.email, c.email, v.activefrom + make_interval(mins => fixture_gen.n('vnat', n, 14000))
FROM generate_series(1, 200) n
JOIN vacation v ON v.email = (SELECT email FROM vacation ORDER BY email OFFSET fixture_gen.n('vnv', n, (SELECT count(*)::int FROM vacation)) LIMIT 1)
JOIN pgen.p c ON c.i = CASE WHEN n % 6 = 0 THEN 1 + fixture_gen.n('vnc', n, 150) ELSE 1001 + fixture_gen.n('vnc', n, 1400) END
ORDER BY v.email, c.email, n;

CREATE TABLE fetchmail (
    id serial PRIMARY KEY,
    domain varchar(255) DEFAULT '',
    mailbox varchar(255) NOT NULL REFERENCES mailbox (username) ON DELETE CASCADE,
    src_server varchar(255) NOT NULL,
    src_auth varchar(15) NOT NULL,
    src_user varchar(255) NOT NULL,
    src_password varchar(255) NOT NULL,
    src_folder varchar(255) NOT NULL,
    poll_time integer NOT NULL DEFAULT 10,
    fetchall boolean NOT NULL DEFAULT false,
    keep boolean NOT NULL DEFAULT false,
    protocol varchar(15) NOT NULL,
    usessl boolean NOT NULL DEFAULT false,
    sslcertck boolean NOT NULL DEFAULT false,
    sslcertpath varchar(255) DEFAULT '',
    sslfingerprint varchar(255) DEFAULT '',
    extra_options text,
    returned_text text,
    mda varchar(255) NOT NULL DEFAULT '',
    date timestamp with time zone DEFAULT '2000-01-01 00:00:00+00',
    created timestamp with time zone DEFAULT '2000-01-01 00:00:00+00',
    modified timestamp with time zone DEFAULT now(),
    active boolean NOT NULL DEFAULT false,
    src_port integer NOT NULL DEFAULT 0
);
-- Members pulling an old private mailbox into their cooperative one.
INSERT INTO fetchmail (domain, mailbox, src_server, src_auth, src_user, src_password, src_folder, poll_time, fetchall, keep, protocol, usessl, sslcertck, sslcertpath, sslfingerprint,
                       extra_options, returned_text, mda, date, created, modified, active, src_port)
SELECT p.dom, p.login, srv, 'password', CASE WHEN n % 3 = 0 THEN split_part(p.email, '@', 1) ELSE p.email END,
       pgen.b64s(initcap(pgen.fold(p.first)) || fixture_gen.chars('fmpw', n, 6, 'abcdefghjkmnpqrstuvwxyz23456789') || (ARRAY['!', '.', '#', '2024'])[1 + n % 4]),
       CASE WHEN n % 4 = 0 THEN 'INBOX' ELSE '' END, (ARRAY[5, 10, 15, 30])[1 + n % 4], n % 5 = 0, n % 2 = 0, CASE WHEN n % 3 = 1 THEN 'POP3' ELSE 'IMAP' END, true, n % 4 <> 1, '', '',
       CASE WHEN n % 6 = 0 THEN 'no rewrite' END,
       CASE WHEN n % 5 = 3 THEN 'fetchmail: Authorization failure on ' || p.email || '@' || srv || E'\nfetchmail: Query status=3 (AUTHFAIL)'
            ELSE 'fetchmail: ' || (fixture_gen.n('fmc', n, 9)) || ' messages for ' || CASE WHEN n % 3 = 0 THEN split_part(p.email, '@', 1) ELSE p.email END || ' at ' || srv || ' (' || (1000 + fixture_gen.n('fmo', n, 900000)) || E' octets).\nreading message ' || p.email || '@' || srv || ':1 of ' || (1 + fixture_gen.n('fmc', n, 9)) || ' (' || (900 + fixture_gen.n('fmb', n, 90000)) || ' octets) flushed' END,
       '', pgen.at('fmd', n, '2024-10-04 16:00', '2024-10-04 18:00'), pgen.at('fmcr', n, '2019-01-01', '2024-06-01'), pgen.at('fmmo', n, '2024-06-01', '2024-10-01'), n % 7 <> 0,
       CASE WHEN n % 3 = 1 THEN 995 ELSE 993 END
FROM generate_series(1, 28) n
JOIN pgen.p p ON p.i = 1 + fixture_gen.n('fmp', n, 150) AND (p.i % 29 <> 0)
CROSS JOIN LATERAL (SELECT CASE split_part(p.email, '@', 2) WHEN 'gmail.com' THEN CASE WHEN n % 3 = 1 THEN 'pop.gmail.com' ELSE 'imap.gmail.com' END WHEN 'euskaltel.net' THEN 'mail.euskaltel.net'
    WHEN 'orange.fr' THEN 'imap.orange.fr' WHEN 'laposte.net' THEN 'imap.laposte.net' WHEN 'yahoo.fr' THEN 'imap.mail.yahoo.com' WHEN 'hotmail.com' THEN 'outlook.office365.com'
    ELSE 'mail.' || split_part(p.email, '@', 2) END AS srv) s
ORDER BY n;

CREATE TABLE log (
    timestamp timestamp with time zone DEFAULT now(),
    username varchar(255) NOT NULL DEFAULT '',
    domain varchar(255) NOT NULL DEFAULT '',
    action varchar(255) NOT NULL DEFAULT '',
    data text NOT NULL DEFAULT '',
    id serial PRIMARY KEY
);
CREATE INDEX log_domain_timestamp_idx ON log (domain, timestamp);
INSERT INTO log (timestamp, username, domain, action, data)
SELECT ts, CASE WHEN a.act = 'edit_password' AND n % 3 = 0 THEN p.login || ' (' || ip || ')' WHEN n % 11 = 0 THEN 'CLI' ELSE adm.username || ' (' || ip || ')' END,
       p.dom, a.act,
       CASE a.act WHEN 'create_mailbox' THEN p.login WHEN 'edit_mailbox' THEN p.login WHEN 'edit_password' THEN p.login WHEN 'create_alias' THEN substr(pgen.fold(p.first), 1, 1) || '.' || pgen.fold(p.last1) || '@' || p.dom
         WHEN 'edit_alias' THEN p.login || ' -> ' || p.login || ',' || p.email WHEN 'edit_vacation' THEN p.login WHEN 'delete_mailbox' THEN p.login WHEN 'edit_mailbox_state' THEN p.login || ' 0'
         ELSE 'fetchmail id ' || (1 + n % 28) || ': ' || p.email END
FROM generate_series(1, 330) n
JOIN pgen.p p ON p.i = 1 + fixture_gen.n('lgp', n, 150)
JOIN admin adm ON adm.username = (SELECT username FROM admin ORDER BY username OFFSET n % 8 LIMIT 1)
CROSS JOIN LATERAL (SELECT (ARRAY['create_mailbox', 'edit_mailbox', 'edit_password', 'edit_password', 'create_alias', 'edit_alias', 'edit_vacation', 'edit_vacation', 'delete_mailbox', 'edit_mailbox_state', 'create_fetchmail'])[1 + n % 11] AS act,
  pgen.at('lgts', n, '2019-01-01', '2024-10-04 18:00') AS ts, fixture_gen.ipv4('lgip', n) AS ip) a
ORDER BY ts;

-- Counters PostfixAdmin keeps per domain.
UPDATE domain d SET mailboxes = CASE WHEN d.domain IN ('olaberri.eus') THEN 0 ELSE d.mailboxes END, aliases = CASE WHEN d.domain = 'olaberri.eus' THEN 0 ELSE d.aliases END;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
