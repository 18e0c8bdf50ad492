-- classify-eval fixture (HOLDOUT 68: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Drupal 10.2 site (10.2.7) on PostgreSQL 15 with Webform 6.2, Commerce 2.38
-- (cart, checkout, payment, Stripe gateway), Profile 1.x, Address 2.0,
-- Pathauto, TFA, Mailchimp and the SMTP module, in the naming Drupal's SQL
-- entity storage creates: base and data tables (users / users_field_data,
-- node / node_field_data, node_revision / node_field_revision), one table
-- per configurable field (user__field_first_name, node__body,
-- profile__address, ...) with bundle, deleted, entity_id, revision_id,
-- langcode and delta, multi-column base fields inlined with a double
-- underscore (total_price__number, billing_profile__target_id), Unix epoch
-- integers for every timestamp, smallint booleans, serialized PHP in bytea
-- blobs (config, key_value, cache_*, sessions, watchdog variables, order
-- and profile data, queue items) as Drupal's pgsql driver maps them.
--
-- The site is that of Maison Solidaire / Solidair Huis asbl-vzw, a
-- (fictional) Brussels food-aid association running distribution points,
-- a social grocery and language cafés in Molenbeek, Schaerbeek,
-- Saint-Gilles and Anderlecht, in French, Dutch and English. Its data:
-- registered users (staff, editors, volunteers, donors; Belgians of French
-- and Dutch tongue, Moroccan, Congolese, Turkish, Syrian, Afghan,
-- Eritrean, Polish, Romanian, Italian, Portuguese, Spanish, Indian,
-- Chinese and Ukrainian Brusselers, a few French, Dutch and British
-- donors) with first and last names, phones and profile pictures; news
-- articles, pages (the legal notice names the responsible publisher) and
-- distribution points at public venues; visitors' comments with names,
-- emails, homepages and IPs; webform submissions (volunteer sign-ups with
-- birth dates, addresses and emergency contacts, food-parcel requests
-- with household income and dietary needs, complaints, neighbourhood
-- micro-grant applications with enterprise numbers and IBANs, the contact
-- form) with their notes and log; donations (Commerce orders, items,
-- Stripe payments and payment methods, billing profiles with the Belgian
-- national register number that tax receipts need since 2024, Stripe
-- customer ids); files (portraits, CVs, budgets); the watchdog log,
-- flood, sessions, state and form caches, the entity and render caches,
-- queues, the search index, path aliases of user pages; the configuration
-- with the SMTP password, the Stripe keys, the reCAPTCHA and Mailchimp
-- keys and staff mailboxes.
--
-- What I could not check: this is written from memory of Drupal core's
-- and the contributed modules' entity and schema definitions, not from an
-- installed site. Column lists are those of 10.2 as I remember them; the
-- CHECK (>= 0) constraints Drupal adds for unsigned integers, its indexes
-- and some NOT NULL defaults are left out; content translation adds its
-- two columns to node tables only; the address field on the Commerce
-- customer profile is the module's own "address" field (so the table is
-- profile__address, not profile__field_address); field_national_number is
-- this site's own field; TFA's users_data keys, the webform log's message
-- templates and the contents of the serialized blobs are abbreviated and
-- may differ in detail from what the modules write. The serialized
-- entities in cache_entity keep only their values. Loaded after
-- ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÎÂÊ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDIAE')), '[^a-z0-9]+', '', 'g')
$$;

-- slug: what pathauto makes of a title.
CREATE FUNCTION pgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(BOTH '-' FROM regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÎÂÊ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDIAE')), '[^a-z0-9]+', '-', 'g'))
$$;

-- rnd: alphanumerics; b64u: base64url characters; at / ut: an instant
-- between two, as timestamptz or as Drupal's epoch integer.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.b64u(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') $$;
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;
CREATE FUNCTION pgen.ut(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM pgen.at(tag, i, lo, hi))::int $$;

-- php: PHP's serialize() of a JSON value (objects and arrays become PHP
-- arrays, integer-like keys become integer keys); phpb: the same as the
-- bytea Drupal keeps it in.
CREATE FUNCTION pgen.php(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE r text := ''; k text; v jsonb; n int := 0;
BEGIN
  CASE jsonb_typeof(j)
  WHEN 'object' THEN
    FOR k, v IN SELECT e.key, e.value FROM jsonb_each(j) e LOOP
      r := r || CASE WHEN k ~ '^(0|[1-9][0-9]{0,8})$' THEN 'i:' || k || ';' ELSE 's:' || octet_length(k) || ':"' || k || '";' END || pgen.php(v);
      n := n + 1;
    END LOOP;
    RETURN 'a:' || n || ':{' || r || '}';
  WHEN 'array' THEN
    FOR v IN SELECT e.value FROM jsonb_array_elements(j) WITH ORDINALITY e(value, o) ORDER BY e.o LOOP
      r := r || 'i:' || n || ';' || pgen.php(v);
      n := n + 1;
    END LOOP;
    RETURN 'a:' || n || ':{' || r || '}';
  WHEN 'string' THEN RETURN 's:' || octet_length(j #>> '{}') || ':"' || (j #>> '{}') || '";';
  WHEN 'number' THEN RETURN CASE WHEN (j #>> '{}') ~ '^-?[0-9]+$' THEN 'i:' ELSE 'd:' END || (j #>> '{}') || ';';
  WHEN 'boolean' THEN RETURN CASE WHEN j = 'true'::jsonb THEN 'b:1;' ELSE 'b:0;' END;
  ELSE RETURN 'N;';
  END CASE;
END $$;
CREATE FUNCTION pgen.phpb(j jsonb) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT convert_to(pgen.php(j), 'UTF8') $$;
-- nul: text to bytea with each ~0~ turned into a NUL byte (PHP's marker of
-- protected properties in serialized objects).
CREATE FUNCTION pgen.nul(s text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(replace(encode(convert_to(s, 'UTF8'), 'hex'), '7e307e', '00'), 'hex') $$;

-- Password hashes: PHP password_hash() bcrypt (Drupal 10.1 and later) and
-- the phpass $S$ hashes of accounts migrated from Drupal 7 that have not
-- logged in since.
CREATE FUNCTION pgen.pw(tag text, i bigint, old boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN old THEN '$S' || '$E' || fixture_gen.chars(tag, i, 52, './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
              ELSE '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END
$$;

-- Cultures of the people: country of residence, site languages they use,
-- first names (female, male, alternating), last names, mail domains.
CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, langs text[], firsts text[], lasts text[], domains text[]);
INSERT INTO pgen.cu VALUES
 ('befr', 'BE', ARRAY['fr'], ARRAY['Julie', 'Maxime', 'Camille', 'Thomas', 'Manon', 'Nicolas', 'Sophie', 'Quentin'], ARRAY['Dubois', 'Lambert', 'Dupont', 'Lejeune', 'Renard', 'Leclercq', 'Denis', 'Hermans'], ARRAY['skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'voo.be']),
 ('benl', 'BE', ARRAY['nl', 'nl', 'fr'], ARRAY['Lotte', 'Wout', 'Fien', 'Jens', 'Lien', 'Pieter', 'Sien', 'Arne'], ARRAY['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens'], ARRAY['telenet.be', 'gmail.com', 'hotmail.com', 'outlook.be']),
 ('ma', 'BE', ARRAY['fr', 'fr', 'nl'], ARRAY['Fatima', 'Mohamed', 'Khadija', 'Youssef', 'Salma', 'Amine', 'Nadia', 'Hamza'], ARRAY['El Amrani', 'Benali', 'Bouzid', 'El Idrissi', 'Ait Lahcen', 'Tahiri', 'Ouali', 'Chaoui'], ARRAY['gmail.com', 'hotmail.com', 'outlook.com', 'live.be']),
 ('cd', 'BE', ARRAY['fr'], ARRAY['Grâce', 'Jean-Pierre', 'Merveille', 'Patrick', 'Divine', 'Christian', 'Nathalie', 'Junior'], ARRAY['Mbuyi', 'Kabongo', 'Ilunga', 'Tshibangu', 'Mukendi', 'Kalonji', 'Lukusa', 'Nzuzi'], ARRAY['gmail.com', 'yahoo.fr', 'hotmail.com']),
 ('tr', 'BE', ARRAY['fr', 'nl'], ARRAY['Zeynep', 'Emre', 'Elif', 'Mehmet', 'Ayşe', 'Hakan', 'Esra', 'Burak'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Koç'], ARRAY['gmail.com', 'hotmail.com', 'outlook.com']),
 ('sy', 'BE', ARRAY['en', 'fr'], ARRAY['Rania', 'Ahmad', 'Lina', 'Omar', 'Hiba', 'Khaled', 'Yara', 'Tarek'], ARRAY['Al-Hassan', 'Haddad', 'Khoury', 'Al-Masri', 'Darwish', 'Sabbagh', 'Halabi', 'Qassem'], ARRAY['gmail.com', 'hotmail.com']),
 ('af', 'BE', ARRAY['en', 'fr'], ARRAY['Zahra', 'Farid', 'Maryam', 'Mustafa', 'Shabnam', 'Wahid', 'Parwana', 'Nasir'], ARRAY['Ahmadi', 'Hakimi', 'Rahimi', 'Noori', 'Karimi', 'Sultani', 'Popal', 'Stanikzai'], ARRAY['gmail.com', 'yahoo.com']),
 ('er', 'BE', ARRAY['en'], ARRAY['Selam', 'Yonas', 'Hiwet', 'Dawit', 'Senait', 'Tesfay', 'Luwam', 'Mehari'], ARRAY['Tesfamariam', 'Ghebremedhin', 'Habte', 'Kidane', 'Woldu', 'Berhane', 'Asmerom', 'Tekle'], ARRAY['gmail.com', 'yahoo.com']),
 ('pl', 'BE', ARRAY['fr', 'nl', 'en'], ARRAY['Joanna', 'Paweł', 'Magdalena', 'Krzysztof', 'Agnieszka', 'Michał', 'Katarzyna', 'Tomasz'], ARRAY['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Zając', 'Król', 'Wieczorek'], ARRAY['wp.pl', 'onet.pl', 'gmail.com']),
 ('ro', 'BE', ARRAY['fr', 'en'], ARRAY['Ioana', 'Andrei', 'Elena', 'Mihai', 'Maria', 'Alexandru', 'Ana', 'Cristian'], ARRAY['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Gheorghe', 'Munteanu', 'Constantin'], ARRAY['yahoo.com', 'gmail.com']),
 ('it', 'BE', ARRAY['fr', 'en'], ARRAY['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Sara', 'Matteo'], ARRAY['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'], ARRAY['libero.it', 'gmail.com']),
 ('pt', 'BE', ARRAY['fr'], ARRAY['Inês', 'João', 'Beatriz', 'Tiago', 'Mariana', 'Rui', 'Catarina', 'Duarte'], ARRAY['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira', 'Rodrigues', 'Martins'], ARRAY['sapo.pt', 'gmail.com']),
 ('es', 'BE', ARRAY['fr', 'en'], ARRAY['Lucía', 'Javier', 'Carmen', 'Diego', 'Paula', 'Sergio', 'Alba', 'Álvaro'], ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres'], ARRAY['gmail.com', 'hotmail.es']),
 ('in', 'BE', ARRAY['en'], ARRAY['Priya', 'Aarav', 'Ananya', 'Vihaan', 'Diya', 'Arjun', 'Kavya', 'Rohan'], ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Bose', 'Patil'], ARRAY['gmail.com', 'outlook.com']),
 ('cn', 'BE', ARRAY['en', 'fr'], ARRAY['Mei', 'Wei', 'Li Na', 'Jun', 'Xiu Ying', 'Hao', 'Yan', 'Jie'], ARRAY['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao'], ARRAY['qq.com', '163.com', 'gmail.com']),
 ('ua', 'BE', ARRAY['en', 'nl', 'fr'], ARRAY['Olena', 'Dmytro', 'Iryna', 'Oleksandr', 'Tetiana', 'Andriy', 'Nataliia', 'Serhiy'], ARRAY['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Oliynyk'], ARRAY['ukr.net', 'gmail.com']),
 ('fr', 'FR', ARRAY['fr'], ARRAY['Léa', 'Julien', 'Chloé', 'Mathieu', 'Inès', 'Antoine', 'Margaux', 'Hugo'], ARRAY['Martin', 'Bernard', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Blanc', 'Guérin'], ARRAY['orange.fr', 'free.fr', 'laposte.net']),
 ('nl', 'NL', ARRAY['nl'], ARRAY['Sanne', 'Daan', 'Femke', 'Bram', 'Eva', 'Thijs', 'Lotte', 'Ruben'], ARRAY['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van Dijk'], ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com']),
 ('gb', 'GB', ARRAY['en'], ARRAY['Amelia', 'Oliver', 'Isla', 'Harry', 'Freya', 'George', 'Poppy', 'Arthur'], ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke', 'Shah', 'Okonjo'], ARRAY['gmail.com', 'btinternet.com']);

-- Communes (French and Dutch names, postcode, region) and Brussels streets.
CREATE TABLE pgen.cm (k int PRIMARY KEY, fr text, nl text, zip text, region text);
INSERT INTO pgen.cm VALUES
 (1, 'Bruxelles', 'Brussel', '1000', 'bxl'), (2, 'Laeken', 'Laken', '1020', 'bxl'), (3, 'Schaerbeek', 'Schaarbeek', '1030', 'bxl'), (4, 'Etterbeek', 'Etterbeek', '1040', 'bxl'),
 (5, 'Ixelles', 'Elsene', '1050', 'bxl'), (6, 'Saint-Gilles', 'Sint-Gillis', '1060', 'bxl'), (7, 'Anderlecht', 'Anderlecht', '1070', 'bxl'), (8, 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek', '1080', 'bxl'),
 (9, 'Koekelberg', 'Koekelberg', '1081', 'bxl'), (10, 'Jette', 'Jette', '1090', 'bxl'), (11, 'Evere', 'Evere', '1140', 'bxl'), (12, 'Uccle', 'Ukkel', '1180', 'bxl'),
 (13, 'Forest', 'Vorst', '1190', 'bxl'), (14, 'Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe', '1200', 'bxl'), (15, 'Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node', '1210', 'bxl'),
 (16, 'Gand', 'Gent', '9000', 'vl'), (17, 'Louvain', 'Leuven', '3000', 'vl'), (18, 'Malines', 'Mechelen', '2800', 'vl'), (19, 'Anvers', 'Antwerpen', '2018', 'vl'),
 (20, 'Liège', 'Luik', '4000', 'wal'), (21, 'Namur', 'Namen', '5000', 'wal'), (22, 'Wavre', 'Waver', '1300', 'wal'), (23, 'Charleroi', 'Charleroi', '6000', 'wal');
CREATE TABLE pgen.st (k int PRIMARY KEY, fr text, nl text);
INSERT INTO pgen.st VALUES
 (1, 'Rue de Brabant', 'Brabantstraat'), (2, 'Chaussée de Gand', 'Gentsesteenweg'), (3, 'Rue Haute', 'Hoogstraat'), (4, 'Chaussée de Haecht', 'Haachtsesteenweg'),
 (5, 'Rue Vanderstraeten', 'Vanderstraetenstraat'), (6, 'Avenue de la Couronne', 'Kroonlaan'), (7, 'Rue de Mérode', 'Merodestraat'), (8, 'Chaussée de Waterloo', 'Waterloosesteenweg'),
 (9, 'Rue des Palais', 'Paleizenstraat'), (10, 'Rue Gallait', 'Gallaitstraat'), (11, 'Avenue Clemenceau', 'Clemenceaulaan'), (12, 'Rue du Progrès', 'Vooruitgangstraat'),
 (13, 'Rue Antoine Dansaert', 'Antoine Dansaertstraat'), (14, 'Chaussée de Louvain', 'Leuvensesteenweg'), (15, 'Rue de Fiennes', 'Fiennesstraat'), (16, 'Boulevard Léopold II', 'Leopold II-laan');

-- People. 1-340: registered users (uid = i; 1 is the site's admin account,
-- 2-14 staff and editors); 401-520: anonymous commenters; 601-880:
-- anonymous webform submitters; 901-1060: anonymous donors; 2001-2400:
-- people others name (emergency contacts, social workers, account holders).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, cc text, lang text, first text, last text, gender text, full_name text, email text, phone text,
  street text, zip text, city text, cm int, birth date, uname text, nn text, ip text, ua text);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, cc, lang, first, last, gender)
  SELECT i, cu.c, cu.cc, fixture_gen.pick(cu.langs, 'plang', i), cu.firsts[1 + x.k], cu.lasts[1 + fixture_gen.n('plast', i, 8)], CASE WHEN x.k % 2 = 0 THEN 'F' ELSE 'M' END
  FROM generate_series(lo, hi) i CROSS JOIN LATERAL (SELECT fixture_gen.n('pfirst', i, 8) AS k) x JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pcult', i)
$$;
DO $$ BEGIN
  PERFORM pgen.add_people(1, 340, ARRAY['befr', 'befr', 'befr', 'benl', 'benl', 'ma', 'ma', 'ma', 'cd', 'cd', 'tr', 'sy', 'af', 'er', 'pl', 'ro', 'it', 'pt', 'es', 'in', 'cn', 'ua', 'fr', 'nl']);
  PERFORM pgen.add_people(401, 520, ARRAY['befr', 'befr', 'benl', 'ma', 'ma', 'cd', 'tr', 'sy', 'pl', 'ro', 'it', 'es', 'in', 'ua', 'fr', 'gb']);
  PERFORM pgen.add_people(601, 880, ARRAY['befr', 'benl', 'ma', 'ma', 'ma', 'cd', 'cd', 'tr', 'tr', 'sy', 'sy', 'af', 'af', 'er', 'er', 'pl', 'ro', 'ro', 'pt', 'es', 'in', 'cn', 'ua', 'ua']);
  PERFORM pgen.add_people(901, 1060, ARRAY['befr', 'befr', 'befr', 'benl', 'benl', 'benl', 'ma', 'cd', 'tr', 'it', 'pt', 'es', 'in', 'fr', 'fr', 'nl', 'nl', 'gb']);
  PERFORM pgen.add_people(2001, 2400, ARRAY['befr', 'befr', 'benl', 'ma', 'ma', 'cd', 'tr', 'sy', 'af', 'er', 'pl', 'ro', 'it', 'pt', 'es', 'in', 'cn', 'ua']);
END $$;

UPDATE pgen.p SET
  full_name = CASE WHEN c = 'cn' AND i % 3 = 0 THEN last || ' ' || first ELSE first || ' ' || last END,
  birth = date '1947-03-01' + fixture_gen.n('pbirth', i, 365 * 59),
  ip = CASE WHEN i % 6 = 0 THEN fixture_gen.ipv6('pip6', i)
            ELSE fixture_gen.pick(ARRAY['81.241.', '81.244.', '91.182.', '91.180.', '84.193.', '84.195.', '109.132.', '109.136.', '178.51.', '94.109.', '213.219.', '193.190.'], 'pipa', i)
                 || fixture_gen.n('pipb', i, 256) || '.' || (1 + fixture_gen.n('pipc', i, 254)) END,
  ua = fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36'], 'pua', i);

-- Where they live: Brussels communes mostly, Flanders or Wallonia for some
-- Belgians, their own countries for the French, Dutch and British donors.
UPDATE pgen.p SET cm = CASE WHEN fixture_gen.n('pcm', i, 10) < 8 OR c NOT IN ('befr', 'benl') THEN 1 + fixture_gen.n('pcmb', i, 15)
                            WHEN c = 'benl' THEN 16 + fixture_gen.n('pcmv', i, 4) ELSE 20 + fixture_gen.n('pcmw', i, 4) END
WHERE cc = 'BE';
UPDATE pgen.p p SET
  zip = cm.zip,
  city = CASE WHEN p.lang = 'nl' THEN cm.nl ELSE cm.fr END,
  street = CASE WHEN cm.region = 'bxl' THEN (SELECT CASE WHEN p.lang = 'nl' THEN st.nl ELSE st.fr END FROM pgen.st WHERE st.k = 1 + fixture_gen.n('pst', p.i, 16))
                WHEN cm.region = 'vl' THEN fixture_gen.pick(ARRAY['Kerkstraat', 'Stationsstraat', 'Molenstraat', 'Dorpstraat', 'Nieuwstraat', 'Kapelstraat'], 'pstv', p.i)
                ELSE fixture_gen.pick(ARRAY['Rue de la Station', 'Rue de l''Église', 'Rue du Moulin', 'Avenue des Combattants', 'Rue Saint-Gilles', 'Rue de Fer'], 'pstw', p.i) END
           || ' ' || (1 + fixture_gen.n('pnum', p.i, 180))::text
           || CASE WHEN fixture_gen.n('pbox', p.i, 3) = 0 THEN CASE WHEN p.lang = 'nl' OR cm.region = 'vl' THEN ' bus ' ELSE ' bte ' END || (1 + fixture_gen.n('pboxn', p.i, 24))::text ELSE '' END
FROM pgen.cm cm WHERE cm.k = p.cm;
UPDATE pgen.p SET
  street = (1 + fixture_gen.n('pnum', i, 140))::text || ' ' || fixture_gen.pick(ARRAY['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue Nationale', 'rue de la République'], 'pstf', i),
  zip = split_part(fixture_gen.pick(ARRAY['75011|Paris', '69003|Lyon', '59000|Lille', '67000|Strasbourg', '59100|Roubaix'], 'pcf', i), '|', 1),
  city = split_part(fixture_gen.pick(ARRAY['75011|Paris', '69003|Lyon', '59000|Lille', '67000|Strasbourg', '59100|Roubaix'], 'pcf', i), '|', 2)
WHERE cc = 'FR';
UPDATE pgen.p SET
  street = fixture_gen.pick(ARRAY['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Vismarkt', 'Stratumseind'], 'pstn', i) || ' ' || (1 + fixture_gen.n('pnum', i, 300))::text || CASE WHEN i % 4 = 0 THEN '-II' ELSE '' END,
  zip = split_part(fixture_gen.pick(ARRAY['1016 GV|Amsterdam', '3511 LX|Utrecht', '3012 BH|Rotterdam', '4811 CP|Breda', '5611 EM|Eindhoven'], 'pcn', i), '|', 1),
  city = split_part(fixture_gen.pick(ARRAY['1016 GV|Amsterdam', '3511 LX|Utrecht', '3012 BH|Rotterdam', '4811 CP|Breda', '5611 EM|Eindhoven'], 'pcn', i), '|', 2)
WHERE cc = 'NL';
UPDATE pgen.p SET
  street = CASE WHEN i % 3 = 0 THEN 'Flat ' || (1 + fixture_gen.n('pflat', i, 20))::text || ', ' ELSE '' END || (1 + fixture_gen.n('pnum', i, 200))::text || ' '
           || fixture_gen.pick(ARRAY['Church Lane', 'Victoria Road', 'Kingsway', 'Albert Terrace', 'Mill Road'], 'pstg', i),
  zip = split_part(fixture_gen.pick(ARRAY['E8 3PN|London', 'N16 7UJ|London', 'M14 5SX|Manchester', 'BS6 5QA|Bristol', 'CB1 2LA|Cambridge'], 'pcg', i), '|', 1),
  city = split_part(fixture_gen.pick(ARRAY['E8 3PN|London', 'N16 7UJ|London', 'M14 5SX|Manchester', 'BS6 5QA|Bristol', 'CB1 2LA|Cambridge'], 'pcg', i), '|', 2)
WHERE cc = 'GB';

-- Phones as people type them.
UPDATE pgen.p SET phone = CASE cc
  WHEN 'BE' THEN CASE fixture_gen.n('phf', i, 5)
    WHEN 0 THEN '+32 4' || (70 + fixture_gen.n('ph1', i, 30))::text || ' ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2)
    WHEN 1 THEN '04' || (70 + fixture_gen.n('ph1', i, 30))::text || '/' || fixture_gen.digits('ph2', i, 2) || '.' || fixture_gen.digits('ph3', i, 2) || '.' || fixture_gen.digits('ph4', i, 2)
    WHEN 2 THEN '04' || (70 + fixture_gen.n('ph1', i, 30))::text || ' ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2)
    WHEN 3 THEN '+324' || (70 + fixture_gen.n('ph1', i, 30))::text || fixture_gen.digits('ph2', i, 6)
    ELSE '02 ' || (2 + fixture_gen.n('ph5', i, 7))::text || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2) END
  WHEN 'FR' THEN '+33 6 ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2) || ' ' || fixture_gen.digits('ph5', i, 2)
  WHEN 'NL' THEN '06-' || fixture_gen.digits('ph2', i, 8)
  ELSE '+44 7' || fixture_gen.digits('ph2', i, 3) || ' ' || fixture_gen.digits('ph3', i, 6) END;

UPDATE pgen.p SET email = CASE fixture_gen.n('pem', i, 5)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last)
    WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (i % 89)::text
    WHEN 2 THEN pgen.fold(first) || '_' || pgen.fold(last)
    WHEN 3 THEN pgen.fold(first) || extract(year FROM birth)::int::text
    ELSE pgen.fold(last) || '.' || pgen.fold(first) END || '@' || (SELECT fixture_gen.pick(cu.domains, 'pdom', p.i) FROM pgen.cu WHERE cu.c = p.c)
FROM (SELECT 1) z;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Account names: first.last, initials with digits, a handle, or the email.
UPDATE pgen.p SET uname = CASE fixture_gen.n('pun', i, 7)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last)
    WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last)
    WHEN 2 THEN pgen.fold(first) || substr(pgen.fold(last), 1, 1) || (i % 97)::text
    WHEN 3 THEN email
    WHEN 4 THEN first || ' ' || last
    WHEN 5 THEN pgen.fold(first) || '_' || extract(year FROM birth)::int::text
    ELSE pgen.fold(last) || pgen.fold(first) END
WHERE i <= 340;

-- Staff use the association's addresses.
UPDATE pgen.p SET email = substr(pgen.fold(first), 1, 1) || '.' || pgen.fold(last) || '@maisonsolidaire.example', uname = pgen.fold(first) || '.' || pgen.fold(last)
WHERE i BETWEEN 2 AND 14;
UPDATE pgen.p SET uname = 'msb_admin', email = 'webmaster@maisonsolidaire.example', lang = 'fr' WHERE i = 1;
UPDATE pgen.p p SET uname = p.uname || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY lower(uname) ORDER BY i) AS rn FROM pgen.p WHERE uname IS NOT NULL) d WHERE d.i = p.i AND d.rn > 1;

-- Belgian national register numbers: YY.MM.DD-SSS.CC, SSS odd for men, CC
-- the mod-97 check (with a leading 2 for those born from 2000).
UPDATE pgen.p SET nn = to_char(birth, 'YY.MM.DD') || '-' || s || '.' || lpad((97 - ((CASE WHEN birth >= date '2000-01-01' THEN '2' ELSE '' END || to_char(birth, 'YYMMDD') || s)::bigint % 97))::text, 2, '0')
FROM (SELECT i AS j, lpad((CASE WHEN gender = 'M' THEN 1 ELSE 2 END + 2 * fixture_gen.n('pnn', i, 498))::text, 3, '0') AS s FROM pgen.p) x
WHERE x.j = p.i AND cc = 'BE';

-- The accounts: when they registered, last came and logged in. Accounts
-- that have not logged in since the 10.1 upgrade (November 2023) keep the
-- phpass hashes they were migrated with.
CREATE TABLE pgen.u (uid int PRIMARY KEY, created int, changed int, access int, login int, status int, old_hash boolean, tz text, init text, pic int, phone boolean, names boolean);
INSERT INTO pgen.u (uid, created, status, tz)
SELECT i, extract(epoch FROM timestamptz '2019-03-04 10:12:00+01')::int + i * 492000 + fixture_gen.n('ucr', i, 300000),
       CASE WHEN i > 14 AND fixture_gen.n('ust', i, 25) = 0 THEN 0 ELSE 1 END,
       CASE cc WHEN 'FR' THEN 'Europe/Paris' WHEN 'NL' THEN 'Europe/Amsterdam' WHEN 'GB' THEN 'Europe/London' ELSE 'Europe/Brussels' END
FROM pgen.p WHERE i <= 340;
UPDATE pgen.u SET access = CASE WHEN uid > 14 AND fixture_gen.n('uacc0', uid, 7) = 0 THEN 0
                                ELSE created + fixture_gen.n('uacc', uid, greatest(1, extract(epoch FROM timestamptz '2024-06-28 18:00:00+02')::int - created)) END;
UPDATE pgen.u SET access = extract(epoch FROM timestamptz '2024-06-28 09:00:00+02')::int - fixture_gen.n('uaccs', uid, 400000) WHERE uid <= 14;
UPDATE pgen.u SET login = CASE WHEN access = 0 THEN 0 ELSE access - fixture_gen.n('ulog', uid, 3 * 86400) END;
UPDATE pgen.u SET login = greatest(login, created + 60) WHERE login > 0;
UPDATE pgen.u SET changed = greatest(created, login, created + fixture_gen.n('uch', uid, 200 * 86400)),
  old_hash = login < extract(epoch FROM timestamptz '2023-11-20 00:00:00+01')::int AND created < extract(epoch FROM timestamptz '2023-11-20 00:00:00+01')::int,
  pic = CASE WHEN uid BETWEEN 2 AND 14 OR (uid > 14 AND fixture_gen.n('upic', uid, 4) = 0) THEN 1 END,
  phone = uid BETWEEN 2 AND 14 OR fixture_gen.n('uph', uid, 9) < 5,
  names = uid > 1 AND (uid < 120 OR fixture_gen.n('unm', uid, 10) > 0) AND (uid > 40 OR fixture_gen.n('unmo', uid, 6) > 0) OR uid BETWEEN 2 AND 14;
UPDATE pgen.u SET changed = greatest(changed, access) WHERE access > 0 AND fixture_gen.n('uchx', uid, 3) = 0;
UPDATE pgen.u u SET pic = x.rn FROM (SELECT uid, row_number() OVER (ORDER BY uid) AS rn FROM pgen.u WHERE pic IS NOT NULL) x WHERE x.uid = u.uid;
-- init keeps the address an account registered with; some have changed it since.
UPDATE pgen.u u SET init = CASE WHEN fixture_gen.n('uinit', u.uid, 9) = 0 AND u.uid > 14
    THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) || fixture_gen.pick(ARRAY['@hotmail.com', '@yahoo.fr', '@skynet.be', '@gmail.com', '@msn.com'], 'uinitd', u.uid)
    WHEN u.uid BETWEEN 2 AND 14 AND u.uid % 4 = 0 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) || '@gmail.com'
    ELSE p.email END
FROM pgen.p p WHERE p.i = u.uid;

CREATE TABLE users (
    uid serial PRIMARY KEY,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);
INSERT INTO users (uid, uuid, langcode) VALUES (0, fixture_gen.uuid('user', 0), 'fr');
INSERT INTO users (uid, uuid, langcode) SELECT i, fixture_gen.uuid('user', i), CASE WHEN i <= 14 THEN 'fr' ELSE lang END FROM pgen.p WHERE i <= 340 ORDER BY i;

CREATE TABLE users_field_data (
    uid integer NOT NULL,
    langcode varchar(12) NOT NULL,
    preferred_langcode varchar(12),
    preferred_admin_langcode varchar(12),
    name varchar(60) NOT NULL,
    pass varchar(255),
    mail varchar(254),
    timezone varchar(32),
    status smallint,
    created integer NOT NULL,
    changed integer,
    access integer NOT NULL,
    login integer,
    init varchar(254),
    default_langcode smallint NOT NULL,
    PRIMARY KEY (uid, langcode),
    UNIQUE (name, langcode)
);
INSERT INTO users_field_data VALUES (0, 'fr', 'fr', NULL, '', NULL, NULL, '', 0, 1551690720, 1551690720, 0, 0, NULL, 1);
INSERT INTO users_field_data
SELECT u.uid, x.lc, p.lang, CASE WHEN u.uid <= 14 THEN CASE WHEN p.lang = 'nl' OR u.uid % 5 = 0 THEN 'nl' WHEN u.uid IN (1, 7) THEN 'en' ELSE 'fr' END END,
       p.uname, pgen.pw('upass', u.uid, u.old_hash), p.email, CASE WHEN u.uid = 1 THEN 'UTC' ELSE u.tz END, u.status, u.created, u.changed, u.access, u.login, u.init, 1
FROM pgen.u u JOIN pgen.p p ON p.i = u.uid CROSS JOIN LATERAL (SELECT CASE WHEN u.uid <= 14 THEN 'fr' ELSE p.lang END AS lc) x
ORDER BY u.uid;

CREATE TABLE user__roles (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    roles_target_id varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO user__roles
SELECT 'user', 0, uid, uid, lc, (row_number() OVER (PARTITION BY uid ORDER BY ord) - 1)::int, role
FROM (
  SELECT u.uid, f.langcode AS lc, r.ord, r.role
  FROM pgen.u u JOIN users_field_data f ON f.uid = u.uid
  CROSS JOIN LATERAL (VALUES
    (1, CASE WHEN u.uid IN (1, 2, 3) THEN 'administrator' END),
    (2, CASE WHEN u.uid BETWEEN 2 AND 9 THEN 'content_editor' END),
    (3, CASE WHEN u.uid BETWEEN 4 AND 6 OR u.uid BETWEEN 10 AND 14 THEN 'webform_manager' END),
    (4, CASE WHEN u.uid IN (6, 11, 12, 13) THEN 'volunteer_coordinator' END),
    (5, CASE WHEN u.uid IN (4, 5) THEN 'commerce_manager' END),
    (6, CASE WHEN u.uid > 14 AND fixture_gen.n('rvol', u.uid, 5) < 2 THEN 'volunteer' END),
    (7, CASE WHEN u.uid > 14 AND fixture_gen.n('rdon', u.uid, 3) = 0 THEN 'donor' END)) r(ord, role)
  WHERE r.role IS NOT NULL
) z;

CREATE TABLE user__field_first_name (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    field_first_name_value varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO user__field_first_name SELECT 'user', 0, u.uid, u.uid, f.langcode, 0, p.first FROM pgen.u u JOIN pgen.p p ON p.i = u.uid JOIN users_field_data f ON f.uid = u.uid WHERE u.names ORDER BY u.uid;

CREATE TABLE user__field_last_name (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    field_last_name_value varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO user__field_last_name SELECT 'user', 0, u.uid, u.uid, f.langcode, 0, CASE WHEN u.uid % 23 = 0 THEN upper(p.last) ELSE p.last END
FROM pgen.u u JOIN pgen.p p ON p.i = u.uid JOIN users_field_data f ON f.uid = u.uid WHERE u.names ORDER BY u.uid;

CREATE TABLE user__field_telephone (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    field_telephone_value varchar(256),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO user__field_telephone SELECT 'user', 0, u.uid, u.uid, f.langcode, 0, p.phone FROM pgen.u u JOIN pgen.p p ON p.i = u.uid JOIN users_field_data f ON f.uid = u.uid WHERE u.phone AND u.uid > 1 ORDER BY u.uid;

-- Profile pictures: the staff's portraits carry an alt text, the rest none
-- (the field's alt text is optional on this site).
CREATE TABLE user__user_picture (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    user_picture_target_id integer NOT NULL,
    user_picture_alt varchar(512),
    user_picture_title varchar(1024),
    user_picture_width integer,
    user_picture_height integer,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO user__user_picture
SELECT 'user', 0, u.uid, u.uid, f.langcode, 0, u.pic,
       CASE WHEN u.uid BETWEEN 2 AND 14 THEN CASE WHEN f.preferred_langcode = 'nl' THEN 'Portret van ' WHEN p.first ~ '^[AEIOUÉYaeiou]' THEN 'Portrait d''' ELSE 'Portrait de ' END || p.full_name
            WHEN fixture_gen.n('palt', u.uid, 5) = 0 THEN p.first ELSE '' END,
       '', x.w, x.h
FROM pgen.u u JOIN pgen.p p ON p.i = u.uid JOIN users_field_data f ON f.uid = u.uid
CROSS JOIN LATERAL (SELECT (ARRAY[480, 600, 800, 1024, 1080, 512])[1 + fixture_gen.n('pw', u.uid, 6)] AS w) y
CROSS JOIN LATERAL (SELECT y.w AS w, CASE WHEN fixture_gen.n('ph', u.uid, 3) = 0 THEN y.w ELSE (y.w * 4 / 3) END AS h) x
WHERE u.pic IS NOT NULL ORDER BY u.uid;

-- ---------------------------------------------------------------------------
-- Content: pages (nid 1-14), distribution points (15-40), news (41-110).

-- fill: the placeholders of a text for a node: {c} a commune, {y} a year,
-- {vol}/{volfirst}/{vol2}/{vol3} volunteers, {staff}/{smail}/{sphone} the
-- coordinator in charge, {sw} a social worker, {n} a count.
CREATE FUNCTION pgen.fill(t text, nid int, lang text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE v1 pgen.p; v2 pgen.p; v3 pgen.p; st pgen.p; sw pgen.p; cm pgen.cm; r text := t;
BEGIN
  SELECT * INTO v1 FROM pgen.p WHERE i = 15 + fixture_gen.n('fv1', nid, 326);
  SELECT * INTO v2 FROM pgen.p WHERE i = 15 + fixture_gen.n('fv2', nid, 326);
  SELECT * INTO v3 FROM pgen.p WHERE i = 15 + fixture_gen.n('fv3', nid, 326);
  SELECT * INTO st FROM pgen.p WHERE i = (ARRAY[6, 11, 12, 13])[1 + fixture_gen.n('fst', nid, 4)];
  SELECT * INTO sw FROM pgen.p WHERE i = 2001 + fixture_gen.n('fsw', nid, 400);
  SELECT * INTO cm FROM pgen.cm WHERE k = 1 + fixture_gen.n('fcm', nid, 15);
  r := replace(r, '{c}', CASE WHEN lang = 'nl' THEN cm.nl ELSE cm.fr END);
  r := replace(r, '{y}', (2019 + fixture_gen.n('fy', nid, 5))::text);
  r := replace(r, '{n}', (9000 + fixture_gen.n('fn', nid, 40000))::text);
  r := replace(r, '{yy}', (3 + fixture_gen.n('fyy', nid, 12))::text);
  r := replace(r, '{volfirst}', v1.first);
  r := replace(r, '{vol2}', v2.full_name);
  r := replace(r, '{vol3}', v3.full_name);
  r := replace(r, '{vlast}', v2.last);
  r := replace(r, '{vol}', v1.full_name);
  r := replace(r, '{vphone}', v1.phone);
  r := replace(r, '{staff}', st.full_name);
  r := replace(r, '{smail}', st.email);
  r := replace(r, '{sphone}', '0' || substr(regexp_replace(st.phone, '[^0-9]', '', 'g'), 3, 3) || ' ' || substr(regexp_replace(st.phone, '[^0-9]', '', 'g'), 6, 2) || ' '
                              || substr(regexp_replace(st.phone, '[^0-9]', '', 'g'), 8, 2) || ' ' || substr(regexp_replace(st.phone, '[^0-9]', '', 'g'), 10, 2));
  r := replace(r, '{sw}', sw.full_name);
  RETURN r;
END $$;
-- Staff phones are the association's mobiles.
UPDATE pgen.p SET phone = '+32 4' || (70 + fixture_gen.n('sph', i, 30))::text || ' ' || fixture_gen.digits('sph2', i, 2) || ' ' || fixture_gen.digits('sph3', i, 2) || ' ' || fixture_gen.digits('sph4', i, 2)
WHERE i BETWEEN 2 AND 14;

CREATE TABLE pgen.tpl (k int PRIMARY KEY, fr_t text, nl_t text, en_t text, fr_b text, nl_b text, en_b text, fr_s text);
INSERT INTO pgen.tpl VALUES
 (0, 'Distribution à {c} : nouveaux horaires', 'Voedselbedeling in {c}: nieuwe uren', 'Food distribution in {c}: new opening hours',
  '<p>À partir du 1<sup>er</sup> du mois, la distribution de colis à {c} aura lieu le mercredi de 14h à 17h et le samedi de 9h30 à 12h.</p><p>Merci de vous munir de votre carte de membre et de sacs réutilisables.</p>',
  '<p>Vanaf de 1ste van de maand vindt de bedeling in {c} plaats op woensdag van 14 tot 17 uur en op zaterdag van 9.30 tot 12 uur.</p><p>Breng je lidkaart en herbruikbare tassen mee.</p>',
  '<p>From the 1st of the month, parcels in {c} are handed out on Wednesdays from 2 to 5 pm and on Saturdays from 9.30 am to noon.</p><p>Please bring your membership card and reusable bags.</p>',
  'Nouveaux horaires de distribution à partir du mois prochain.'),
 (1, 'Appel aux bénévoles pour la grande collecte de printemps', 'Oproep: vrijwilligers gezocht voor de lenteinzameling', 'Volunteers wanted for the spring food drive',
  '<p>Les 22 et 23 mars, nous collectons des denrées dans 40 supermarchés de la Région bruxelloise. Nous cherchons 300 bénévoles pour des créneaux de deux heures.</p><p>Inscriptions auprès de {staff} (<a href="mailto:{smail}">{smail}</a>, {sphone}).</p>',
  '<p>Op 22 en 23 maart zamelen we voedsel in bij 40 supermarkten in het Brussels Gewest. We zoeken 300 vrijwilligers voor shiften van twee uur.</p><p>Inschrijven bij {staff} ({smail}, {sphone}).</p>',
  '<p>On 22 and 23 March we collect food at 40 supermarkets across Brussels and need 300 volunteers for two-hour shifts.</p><p>Sign up with {staff} ({smail}, {sphone}).</p>',
  'Nous cherchons 300 bénévoles pour la collecte des 22 et 23 mars.'),
 (2, 'Bilan {y} : {n} colis distribués', 'Jaaroverzicht {y}: {n} pakketten uitgedeeld', 'Our year {y}: {n} parcels handed out',
  '<p>En {y}, nos équipes ont distribué {n} colis alimentaires à plus de 2 300 ménages. 61 % des denrées proviennent d''invendus de la grande distribution.</p><p>Le rapport complet est disponible sur la page <a href="/rapports-annuels">Rapports annuels</a>.</p>',
  '<p>In {y} deelden onze ploegen {n} voedselpakketten uit aan meer dan 2 300 gezinnen.</p>',
  '<p>In {y} our teams handed out {n} food parcels to more than 2,300 households.</p>',
  'Les chiffres de l''année en un coup d''œil.'),
 (3, 'Témoignage : {volfirst}, bénévole depuis {yy} ans', 'Getuigenis: {volfirst}, al {yy} jaar vrijwilliger', 'Meet {volfirst}, a volunteer for {yy} years',
  '<p>« Je suis arrivée à Bruxelles sans connaître personne. Aujourd''hui, le samedi matin à {c}, c''est ma deuxième famille », raconte {vol}, qui trie les fruits et légumes avec {vol2}.</p><p>Vous aussi, rejoignez l''équipe !</p>',
  '<p>"Op zaterdagochtend in {c} voel ik me thuis", vertelt {vol}, die samen met {vol2} de groenten sorteert.</p>',
  '<p>"Saturday mornings in {c} feel like family", says {vol}, who sorts fruit and vegetables with {vol2}.</p>',
  'Rencontre avec une bénévole de la première heure.'),
 (4, 'Fermeture exceptionnelle le 15 août', 'Uitzonderlijk gesloten op 15 augustus', 'Closed on 15 August',
  '<p>Tous nos points de distribution seront fermés le jeudi 15 août (Assomption). Les colis seront distribués le vendredi 16 août aux heures habituelles.</p>',
  '<p>Alle uitdeelpunten zijn gesloten op donderdag 15 augustus. De pakketten worden op vrijdag 16 augustus uitgedeeld.</p>',
  '<p>All distribution points are closed on Thursday 15 August. Parcels will be handed out on Friday 16 August instead.</p>', ''),
 (5, 'Café des langues : chaque jeudi à {c}', 'Taalcafé: elke donderdag in {c}', 'Language café: every Thursday in {c}',
  '<p>Envie de pratiquer le français ou le néerlandais autour d''un thé ? Le café des langues se tient chaque jeudi de 18h à 20h. Gratuit, sans inscription.</p>',
  '<p>Frans of Nederlands oefenen bij een kopje thee? Elke donderdag van 18 tot 20 uur. Gratis, zonder inschrijving.</p>',
  '<p>Practise French or Dutch over tea, every Thursday from 6 to 8 pm. Free, no registration.</p>', 'Pratiquer une langue autour d''un thé.'),
 (6, 'Nouveau partenariat avec le CPAS de {c}', 'Nieuwe samenwerking met het OCMW van {c}', 'New partnership with the {c} social welfare centre',
  '<p>Les personnes orientées par le CPAS de {c} peuvent désormais retirer leur colis sans rendez-vous. Pour toute question, le contact au CPAS est {sw}, assistant·e social·e.</p>',
  '<p>Mensen die door het OCMW van {c} worden doorverwezen, kunnen hun pakket voortaan zonder afspraak ophalen. Contactpersoon: {sw}.</p>',
  '<p>People referred by the {c} welfare centre can now collect parcels without an appointment. Contact: {sw}.</p>', 'Un accès simplifié pour les personnes orientées par le CPAS.'),
 (7, 'Collecte dans les supermarchés les 22 et 23 mars', 'Inzameling in de supermarkten op 22 en 23 maart', 'Supermarket collection on 22 and 23 March',
  '<p>Déposez des conserves, des pâtes, du riz, de l''huile et des produits d''hygiène dans les caddies à la sortie des magasins participants.</p>',
  '<p>Geef conserven, pasta, rijst, olie en verzorgingsproducten in de winkelkarren aan de uitgang van de deelnemende winkels.</p>',
  '<p>Drop tins, pasta, rice, oil and hygiene products into the trolleys at the exit of participating shops.</p>', ''),
 (8, 'Micro-subsides de quartier : l''appel {y} est ouvert', 'Buurtmicrosubsidies: de oproep {y} is open', 'Neighbourhood micro-grants: the {y} call is open',
  '<p>Associations de fait, ASBL et collectifs citoyens peuvent demander jusqu''à 2 500 € pour un projet d''entraide alimentaire. Formulaire en ligne jusqu''au 30 avril.</p><p>Questions : {staff}, <a href="mailto:{smail}">{smail}</a>.</p>',
  '<p>Feitelijke verenigingen, vzw''s en burgercollectieven kunnen tot 2 500 euro aanvragen. Online formulier tot 30 april. Vragen: {staff}, {smail}.</p>',
  '<p>Informal groups, non-profits and citizen collectives can apply for up to EUR 2,500. Online form until 30 April. Questions: {staff}, {smail}.</p>', 'Jusqu''à 2 500 € pour un projet d''entraide alimentaire.'),
 (9, 'Épicerie sociale : comment s''inscrire ?', 'Sociale kruidenier: hoe inschrijven?', 'Social grocery: how to register',
  '<p>L''épicerie sociale propose des produits à 30 % du prix du marché. L''accès se fait sur orientation d''un service social ou du CPAS.</p>',
  '<p>De sociale kruidenier biedt producten aan 30 % van de marktprijs. Toegang via een sociale dienst of het OCMW.</p>',
  '<p>The social grocery sells products at 30% of market price. Access on referral by a social service or the welfare centre.</p>', 'Des produits à 30 % du prix du marché.'),
 (10, 'Vague de chaleur : distribution adaptée', 'Hittegolf: aangepaste bedeling', 'Heatwave: adapted distribution',
  '<p>En raison des fortes chaleurs, les produits frais seront distribués dès 8h. De l''eau est disponible à tous les points de distribution.</p>',
  '<p>Door de hitte worden verse producten vanaf 8 uur uitgedeeld. Overal is water beschikbaar.</p>',
  '<p>Because of the heat, fresh products will be handed out from 8 am. Water is available at every distribution point.</p>', ''),
 (11, 'Merci à nos donateurs !', 'Bedankt aan onze schenkers!', 'Thank you to our donors!',
  '<p>Grâce à vous, nous avons récolté 184 000 € cette année. Un merci particulier à la famille {vlast}, à {vol} et aux élèves de l''école n°7 de {c} pour leur tombola.</p>',
  '<p>Dankzij jullie haalden we dit jaar 184 000 euro op. Bijzondere dank aan de familie {vlast} en aan {vol}.</p>',
  '<p>Thanks to you we raised EUR 184,000 this year. Special thanks to the {vlast} family and to {vol}.</p>', 'Un grand merci à toutes et tous.'),
 (12, 'Recette du mois : la soupe de lentilles de {volfirst}', 'Recept van de maand: linzensoep van {volfirst}', 'Recipe of the month: {volfirst}''s lentil soup',
  '<p>Ingrédients : 250 g de lentilles corail, 1 oignon, 2 carottes, 1 cuillère de cumin, 1 litre de bouillon. Faire revenir l''oignon, ajouter le reste et cuire 25 minutes.</p>',
  '<p>Ingrediënten: 250 g rode linzen, 1 ui, 2 wortels, 1 lepel komijn, 1 liter bouillon.</p>',
  '<p>Ingredients: 250 g red lentils, 1 onion, 2 carrots, 1 spoon of cumin, 1 litre of stock.</p>', 'Une recette simple avec les produits du colis.'),
 (13, 'Ramadan : horaires adaptés à {c}', 'Ramadan: aangepaste uren in {c}', 'Ramadan: adapted hours in {c}',
  '<p>Pendant le mois de Ramadan, la distribution du soir à {c} est avancée à 16h. Des dattes et du lait sont ajoutés aux colis.</p>',
  '<p>Tijdens de ramadan wordt de avondbedeling in {c} vervroegd naar 16 uur.</p>',
  '<p>During Ramadan, the evening distribution in {c} starts at 4 pm.</p>', ''),
 (14, 'Hiver solidaire : collecte de vêtements chauds', 'Solidaire winter: inzameling van warme kleding', 'Warm clothes drive this winter',
  '<p>Nous collectons manteaux, bonnets, gants et couvertures en bon état jusqu''au 15 décembre dans tous nos locaux.</p>',
  '<p>We zamelen jassen, mutsen, handschoenen en dekens in tot 15 december.</p>',
  '<p>We collect coats, hats, gloves and blankets in good condition until 15 December.</p>', ''),
 (15, 'Nos bénévoles à l''honneur à la fête de quartier de {c}', 'Onze vrijwilligers in de kijker op het buurtfeest in {c}', 'Our volunteers at the {c} street party',
  '<p>Plus de 60 bénévoles ont tenu le stand de soupe. Photos : {vol}. Merci à {vol2} et {vol3} pour l''organisation.</p>',
  '<p>Meer dan 60 vrijwilligers hielden de soepstand open. Foto''s: {vol}. Dank aan {vol2} en {vol3}.</p>',
  '<p>More than 60 volunteers ran the soup stall. Photos: {vol}. Thanks to {vol2} and {vol3}.</p>', 'Retour en images sur la fête de quartier.'),
 (16, 'Assemblée générale {y} : compte rendu', 'Algemene vergadering {y}: verslag', 'General assembly {y}: minutes',
  '<p>L''assemblée générale a approuvé les comptes {y}. Ont été élus au conseil d''administration : {vol} (présidence), {vol2} (trésorerie) et {vol3}.</p>',
  '<p>De algemene vergadering keurde de rekeningen {y} goed. Verkozen in de raad van bestuur: {vol}, {vol2} en {vol3}.</p>',
  '<p>The general assembly approved the {y} accounts. Elected to the board: {vol}, {vol2} and {vol3}.</p>', ''),
 (17, 'Offre d''emploi : coordinateur·rice logistique (CDD)', 'Vacature: logistiek coördinator (bepaalde duur)', 'Job offer: logistics coordinator (fixed term)',
  '<p>Mi-temps, 12 mois, basé à Anderlecht. Permis B indispensable. Candidature (CV et lettre) à <a href="mailto:{smail}">{smail}</a> avant le 30 juin.</p>',
  '<p>Halftijds, 12 maanden, in Anderlecht. Rijbewijs B vereist. Kandidaturen naar {smail} vóór 30 juni.</p>',
  '<p>Part-time, 12 months, based in Anderlecht. Driving licence required. Apply to {smail} before 30 June.</p>', 'Nous recrutons un·e coordinateur·rice logistique.'),
 (18, 'Un camion frigorifique pour nos tournées', 'Een koelwagen voor onze ophaalrondes', 'A refrigerated van for our rounds',
  '<p>Grâce au soutien d''une fondation, nous disposons d''un camion frigorifique pour récupérer les invendus frais chez nos partenaires.</p>',
  '<p>Dankzij de steun van een stichting hebben we nu een koelwagen.</p>',
  '<p>Thanks to a foundation''s support we now have a refrigerated van.</p>', ''),
 (19, 'Distribution de fournitures scolaires', 'Uitdeling van schoolgerief', 'School supplies for the new year',
  '<p>Cartables, cahiers et trousses seront distribués aux familles inscrites le dernier samedi d''août.</p>',
  '<p>Boekentassen en schriften worden op de laatste zaterdag van augustus uitgedeeld.</p>',
  '<p>Schoolbags and notebooks are handed out to registered families on the last Saturday of August.</p>', ''),
 (20, 'Accueil des familles ukrainiennes : un an après', 'Opvang van Oekraïense gezinnen: een jaar later', 'Welcoming Ukrainian families: one year on',
  '<p>Depuis mars 2022, 340 familles ukrainiennes ont reçu un colis. « Ici, on m''a aidée à trouver une école pour ma fille », confie Olena (prénom modifié).</p>',
  '<p>Sinds maart 2022 kregen 340 Oekraïense gezinnen een pakket.</p>',
  '<p>Since March 2022, 340 Ukrainian families have received a parcel.</p>', ''),
 (21, 'Formation HACCP pour les bénévoles', 'HACCP-opleiding voor vrijwilligers', 'Food hygiene training for volunteers',
  '<p>Une formation à l''hygiène alimentaire est organisée le premier lundi du mois, animée par {vol}. Inscription auprès de {smail}.</p>',
  '<p>Elke eerste maandag van de maand: opleiding voedselhygiëne door {vol}. Inschrijven via {smail}.</p>',
  '<p>Food hygiene training every first Monday, led by {vol}. Register with {smail}.</p>', ''),
 (22, 'Nouveau local à {c}', 'Nieuw lokaal in {c}', 'New premises in {c}',
  '<p>Notre antenne de {c} déménage dans un local plus grand, accessible aux personnes à mobilité réduite.</p>',
  '<p>Onze afdeling in {c} verhuist naar een groter, rolstoeltoegankelijk lokaal.</p>',
  '<p>Our {c} branch is moving to larger, wheelchair-accessible premises.</p>', ''),
 (23, 'Attestations fiscales {y} : ce qui change', 'Fiscale attesten {y}: wat verandert er?', 'Tax certificates {y}: what changes',
  '<p>Depuis 2024, l''attestation fiscale doit mentionner votre numéro de registre national. Indiquez-le lors de votre don en ligne ou envoyez-le à dons@maisonsolidaire.example.</p>',
  '<p>Sinds 2024 moet het fiscaal attest uw rijksregisternummer vermelden. Vul het in bij uw online gift.</p>',
  '<p>Since 2024 Belgian tax certificates must show your national register number. Enter it when you donate online.</p>', 'Votre numéro de registre national est désormais nécessaire.');

CREATE TABLE pgen.pg (nid int PRIMARY KEY, fr_t text, nl_t text, en_t text, fr_b text, nl_b text, en_b text);
INSERT INTO pgen.pg VALUES
 (1, 'Qui sommes-nous ?', 'Wie zijn we?', 'About us',
  '<p>Maison Solidaire est une ASBL bruxelloise fondée en 2009. Nous distribuons chaque semaine des colis alimentaires dans huit communes et animons une épicerie sociale.</p><h2>L''équipe</h2><ul><li>{p2} – direction</li><li>{p6} – coordination des bénévoles</li><li>{p4} – dons et partenariats</li><li>{p9} – communication</li></ul>',
  '<p>Solidair Huis is een Brusselse vzw, opgericht in 2009.</p><h2>Het team</h2><ul><li>{p2} – directie</li><li>{p6} – vrijwilligerscoördinatie</li><li>{p4} – giften en partnerschappen</li></ul>',
  '<p>Maison Solidaire is a Brussels non-profit founded in 2009.</p><h2>The team</h2><ul><li>{p2} – director</li><li>{p6} – volunteer coordinator</li><li>{p4} – donations and partnerships</li></ul>'),
 (2, 'Devenir bénévole', 'Vrijwilliger worden', 'Volunteer with us',
  '<p>Deux heures par semaine ou une fois par mois : toute aide compte. Remplissez le <a href="/form/benevolat">formulaire d''inscription</a>.</p><p>Contact : {p6}, {m6}, {t6}.</p>',
  '<p>Twee uur per week of eens per maand: elke hulp telt. Vul het <a href="/nl/form/benevolat">formulier</a> in. Contact: {p6}, {m6}.</p>',
  '<p>Two hours a week or once a month: every bit helps. Fill in the <a href="/en/form/benevolat">sign-up form</a>. Contact: {p6}, {m6}.</p>'),
 (3, 'Faire un don', 'Een gift doen', 'Donate',
  '<p>Vous pouvez faire un don en ligne ou par virement sur le compte BE96 0689 0123 4505 de Maison Solidaire ASBL. Une attestation fiscale est délivrée pour tout don de 40 € ou plus par an.</p>',
  '<p>Doe een gift online of via overschrijving op rekening BE96 0689 0123 4505 van Solidair Huis vzw. Vanaf 40 euro per jaar krijgt u een fiscaal attest.</p>',
  '<p>Donate online or by bank transfer to BE96 0689 0123 4505 (Maison Solidaire ASBL). Belgian taxpayers receive a tax certificate for EUR 40 or more a year.</p>'),
 (4, 'Demander un colis alimentaire', 'Een voedselpakket aanvragen', 'Ask for a food parcel',
  '<p>Remplissez le formulaire de demande ou présentez-vous à une permanence avec un document d''identité et une preuve de revenus. Un travailleur social vous recontacte sous 5 jours ouvrables.</p>',
  '<p>Vul het aanvraagformulier in of kom langs op een zitdag met identiteitsbewijs en inkomensbewijs.</p>',
  '<p>Fill in the request form or come to a drop-in session with an ID document and proof of income.</p>'),
 (5, 'Mentions légales', 'Wettelijke vermeldingen', 'Legal notice',
  '<p>Maison Solidaire ASBL – Solidair Huis vzw<br>Siège social : Rue de la Victoire 96, 1060 Saint-Gilles<br>Numéro d''entreprise : 0821.547.339 – RPM Bruxelles</p><p>Éditeur responsable : {p20}, {a20}.</p>',
  '<p>Solidair Huis vzw – Maison Solidaire ASBL<br>Maatschappelijke zetel: Overwinningsstraat 96, 1060 Sint-Gillis<br>Ondernemingsnummer: 0821.547.339</p><p>Verantwoordelijke uitgever: {p20}, {a20}.</p>',
  '<p>Maison Solidaire ASBL, Rue de la Victoire 96, 1060 Saint-Gilles, company number 0821.547.339.</p><p>Responsible publisher: {p20}, {a20}.</p>'),
 (6, 'Politique de confidentialité', 'Privacybeleid', 'Privacy policy',
  '<p>Nous traitons vos données pour la distribution d''aide alimentaire, la gestion des bénévoles et des dons. Délégué à la protection des données : dpo@maisonsolidaire.example.</p>',
  '<p>We verwerken uw gegevens voor voedselhulp, vrijwilligersbeheer en giften. Functionaris voor gegevensbescherming: dpo@maisonsolidaire.example.</p>',
  '<p>We process your data to provide food aid and to manage volunteers and donations. Data protection officer: dpo@maisonsolidaire.example.</p>'),
 (7, 'Contact', 'Contact', 'Contact',
  '<p>Rue de la Victoire 96, 1060 Saint-Gilles – 02 538 41 77 – info@maisonsolidaire.example<br>Permanences : lundi, mercredi et vendredi de 9h à 12h.</p>',
  '<p>Overwinningsstraat 96, 1060 Sint-Gillis – 02 538 41 77 – info@maisonsolidaire.example</p>',
  '<p>Rue de la Victoire 96, 1060 Saint-Gilles – +32 2 538 41 77 – info@maisonsolidaire.example</p>'),
 (8, 'Questions fréquentes', 'Veelgestelde vragen', 'Frequently asked questions',
  '<h3>Faut-il être domicilié à Bruxelles ?</h3><p>Non, mais nos points de distribution sont à Bruxelles.</p><h3>Puis-je venir avec un ami ?</h3><p>Oui.</p>',
  '<h3>Moet ik in Brussel wonen?</h3><p>Nee, maar onze uitdeelpunten liggen in Brussel.</p>',
  '<h3>Do I have to live in Brussels?</h3><p>No, but our distribution points are in Brussels.</p>'),
 (9, 'L''épicerie sociale', 'De sociale kruidenier', 'The social grocery',
  '<p>Ouverte du mardi au samedi de 10h à 18h, Chaussée de Gand 212, 1080 Molenbeek-Saint-Jean.</p>',
  '<p>Open van dinsdag tot zaterdag van 10 tot 18 uur, Gentsesteenweg 212, 1080 Sint-Jans-Molenbeek.</p>',
  '<p>Open Tuesday to Saturday, 10 am to 6 pm, Chaussée de Gand 212, 1080 Molenbeek.</p>'),
 (10, 'Café des langues', 'Taalcafé', 'Language café',
  '<p>Chaque jeudi, des bénévoles vous aident à pratiquer le français et le néerlandais.</p>', '<p>Elke donderdag oefenen we Frans en Nederlands.</p>', '<p>Every Thursday, volunteers help you practise French and Dutch.</p>'),
 (11, 'Nos partenaires', 'Onze partners', 'Our partners',
  '<p>Banques alimentaires, CPAS, supermarchés, maraîchers de la ceinture alimentaire et entreprises mécènes.</p>', '<p>Voedselbanken, OCMW''s, supermarkten en bedrijven.</p>', '<p>Food banks, welfare centres, supermarkets and corporate sponsors.</p>'),
 (12, 'Rapports annuels', 'Jaarverslagen', 'Annual reports',
  '<p>Téléchargez nos rapports annuels et comptes approuvés (PDF).</p>', '<p>Download onze jaarverslagen (pdf).</p>', '<p>Download our annual reports (PDF).</p>'),
 (13, 'Emplois et stages', 'Jobs en stages', 'Jobs and internships',
  '<p>Nous accueillons des stagiaires en travail social et en logistique. Candidatures spontanées : {m2}.</p>', '<p>Spontane kandidaturen: {m2}.</p>', '<p>Unsolicited applications: {m2}.</p>'),
 (14, 'Presse', 'Pers', 'Press',
  '<p>Contact presse : {p9}, {t9}, {m9}. Photos libres de droits sur demande.</p>', '<p>Perscontact: {p9}, {t9}, {m9}.</p>', '<p>Press contact: {p9}, {t9}, {m9}.</p>');
-- The staff and the board chair named on the pages.
CREATE FUNCTION pgen.fillpg(t text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE r text := t; q pgen.p;
BEGIN
  FOR q IN SELECT * FROM pgen.p WHERE i IN (2, 4, 6, 9, 2020) LOOP
    r := replace(replace(replace(replace(r, '{p' || q.i || '}', q.full_name), '{m' || q.i || '}', q.email), '{t' || q.i || '}', q.phone), '{a' || q.i || '}', q.street || ', ' || q.zip || ' ' || q.city);
  END LOOP;
  RETURN replace(replace(r, '{p20}', (SELECT full_name FROM pgen.p WHERE i = 2020)), '{a20}', (SELECT street || ', ' || zip || ' ' || city FROM pgen.p WHERE i = 2020));
END $$;

-- Distribution points at public venues.
CREATE TABLE pgen.venue (nid int PRIMARY KEY, org text, street text, cm int, day_fr text, day_nl text);
INSERT INTO pgen.venue VALUES
 (15, 'Maison de quartier Heyvaert', 'Rue Heyvaert 71', 7, 'mercredi', 'woensdag'), (16, 'Salle paroissiale Saint-Jean-Baptiste', 'Parvis Saint-Jean-Baptiste 8', 8, 'samedi', 'zaterdag'),
 (17, 'Centre communautaire Maritime', 'Rue Vandenboogaerde 93', 8, 'mardi', 'dinsdag'), (18, 'Espace Colignon', 'Place Colignon 11', 3, 'jeudi', 'donderdag'),
 (19, 'Antenne sociale Gallait', 'Rue Gallait 160', 3, 'vendredi', 'vrijdag'), (20, 'École communale n°7 – réfectoire', 'Rue de la Perche 19', 13, 'samedi', 'zaterdag'),
 (21, 'Local Maison Solidaire Saint-Gilles', 'Rue de la Victoire 96', 6, 'lundi', 'maandag'), (22, 'Gemeenschapscentrum Ter Kaai', 'Kaaistraat 3', 8, 'woensdag', 'woensdag'),
 (23, 'Salle des fêtes du Clos Lemmens', 'Clos Lemmens 4', 7, 'jeudi', 'donderdag'), (24, 'Centre culturel Le Jacques Franck', 'Chaussée de Waterloo 94', 6, 'mardi', 'dinsdag'),
 (25, 'Maison médicale Le Noyer – salle d''attente', 'Avenue Félix Marchal 1A', 3, 'vendredi', 'vrijdag'), (26, 'Église protestante de Laeken – crypte', 'Rue des Palais Outre-Ponts 52', 2, 'samedi', 'zaterdag'),
 (27, 'Antenne Maison Solidaire Anderlecht', 'Rue Brogniez 41', 7, 'lundi', 'maandag'), (28, 'Salle omnisports Vanhuffel', 'Rue Vanhuffel 6', 9, 'mercredi', 'woensdag'),
 (29, 'Buurthuis Pianofabriek', 'Fortstraat 35', 6, 'donderdag', 'donderdag'), (30, 'Centre d''accueil Le Petit Château', 'Boulevard du Neuvième de Ligne 27', 1, 'mardi', 'dinsdag'),
 (31, 'Maison des femmes de Schaerbeek', 'Rue Josaphat 253', 3, 'mercredi', 'woensdag'), (32, 'Salle Molière', 'Rue Molière 2', 5, 'samedi', 'zaterdag'),
 (33, 'Espace Matonge', 'Chaussée de Wavre 120', 5, 'vendredi', 'vrijdag'), (34, 'Centre sportif de Forest', 'Rue du Bervoets 29', 13, 'lundi', 'maandag'),
 (35, 'Maison de quartier Bonnevie', 'Rue Bonnevie 40', 8, 'jeudi', 'donderdag'), (36, 'Salle du Foyer jettois', 'Rue Léopold Ier 320', 10, 'samedi', 'zaterdag'),
 (37, 'Ancienne gare de Saint-Josse', 'Rue de la Rivière 16', 15, 'mardi', 'dinsdag'), (38, 'Hangar Abattoir – halle Cureghem', 'Rue Ropsy-Chaudron 24', 7, 'dimanche', 'zondag'),
 (39, 'Cité Modèle – local associatif', 'Allée du Rubis 5', 2, 'mercredi', 'woensdag'), (40, 'Marché couvert d''Evere', 'Square S. Hoedemaekers 10', 11, 'vendredi', 'vrijdag');

-- Every node, and the languages it is published in (French is the source).
CREATE TABLE pgen.nd (nid int PRIMARY KEY, type text, k int, created int, uid int, nrev int, langs text[], status int, promote int, sticky int);
INSERT INTO pgen.nd
SELECT nid, CASE WHEN nid <= 14 THEN 'page' WHEN nid <= 40 THEN 'distribution_point' ELSE 'article' END,
       CASE WHEN nid > 40 THEN CASE WHEN nid <= 64 THEN nid - 41 ELSE fixture_gen.n('ntpl', nid, 24) END END,
       CASE WHEN nid <= 14 THEN extract(epoch FROM timestamptz '2019-03-05 09:00:00+01')::int + nid * 86400 * 3 + fixture_gen.n('ncr', nid, 40000)
            WHEN nid <= 40 THEN extract(epoch FROM timestamptz '2019-06-01 09:00:00+02')::int + (nid - 15) * 86400 * 40 + fixture_gen.n('ncr', nid, 80000)
            ELSE extract(epoch FROM timestamptz '2020-01-10 09:00:00+01')::int + (nid - 41) * 2190000 + fixture_gen.n('ncr', nid, 300000) END,
       (ARRAY[2, 3, 5, 7, 8, 9, 9, 9])[1 + fixture_gen.n('nuid', nid, 8)],
       1 + fixture_gen.n('nrev', nid, 3) + CASE WHEN nid <= 14 THEN 2 ELSE 0 END,
       CASE WHEN nid <= 14 THEN ARRAY['fr', 'nl', 'en'] WHEN nid <= 40 THEN ARRAY['fr', 'nl']
            WHEN fixture_gen.n('nlang', nid, 10) < 3 THEN ARRAY['fr', 'nl', 'en'] WHEN fixture_gen.n('nlang', nid, 10) < 7 THEN ARRAY['fr', 'nl'] ELSE ARRAY['fr'] END,
       CASE WHEN nid IN (57, 88, 109) THEN 0 ELSE 1 END,
       CASE WHEN nid > 40 THEN 1 ELSE 0 END, CASE WHEN nid IN (104, 108) THEN 1 ELSE 0 END
FROM generate_series(1, 110) nid;

-- Each translation's current title, body and summary.
CREATE TABLE pgen.ntr (nid int, lang text, title text, body text, summary text, PRIMARY KEY (nid, lang));
INSERT INTO pgen.ntr
SELECT nd.nid, l.lang,
       CASE WHEN nd.type = 'page' THEN CASE l.lang WHEN 'fr' THEN pg.fr_t WHEN 'nl' THEN pg.nl_t ELSE pg.en_t END
            WHEN nd.type = 'distribution_point' THEN CASE l.lang WHEN 'nl' THEN 'Uitdeelpunt ' || cm.nl || ' – ' || v.org ELSE 'Point de distribution ' || cm.fr || ' – ' || v.org END
            ELSE pgen.fill(CASE l.lang WHEN 'fr' THEN t.fr_t WHEN 'nl' THEN t.nl_t ELSE t.en_t END, nd.nid, l.lang) END,
       CASE WHEN nd.type = 'page' THEN pgen.fillpg(CASE l.lang WHEN 'fr' THEN pg.fr_b WHEN 'nl' THEN pg.nl_b ELSE pg.en_b END)
            WHEN nd.type = 'distribution_point' THEN
              CASE l.lang WHEN 'nl' THEN '<p>Bedeling elke ' || v.day_nl || ' van 14 tot 16.30 uur. Breng je lidkaart mee.</p>'
                          ELSE '<p>Distribution chaque ' || v.day_fr || ' de 14h à 16h30. Munissez-vous de votre carte de membre.</p>' END
              || CASE WHEN fixture_gen.n('dpc', nd.nid, 5) < 2 THEN pgen.fill(CASE l.lang WHEN 'nl' THEN '<p>Verantwoordelijke ter plaatse: {volfirst} ({vphone}).</p>' ELSE '<p>Responsable sur place : {volfirst} ({vphone}).</p>' END, nd.nid, l.lang) ELSE '' END
            ELSE pgen.fill(CASE l.lang WHEN 'fr' THEN t.fr_b WHEN 'nl' THEN t.nl_b ELSE t.en_b END, nd.nid, l.lang) END,
       CASE WHEN nd.type = 'article' AND l.lang = 'fr' AND fixture_gen.n('nsum', nd.nid, 3) > 0 THEN coalesce(t.fr_s, '') ELSE '' END
FROM pgen.nd nd CROSS JOIN LATERAL unnest(nd.langs) l(lang)
LEFT JOIN pgen.pg pg ON pg.nid = nd.nid LEFT JOIN pgen.tpl t ON t.k = nd.k LEFT JOIN pgen.venue v ON v.nid = nd.nid LEFT JOIN pgen.cm cm ON cm.k = v.cm;

-- Revisions: vid numbered in the order they were made.
CREATE TABLE pgen.rv (vid int PRIMARY KEY, nid int, r int, ts int, uid int, log text, last boolean);
INSERT INTO pgen.rv
SELECT row_number() OVER (ORDER BY ts, nid, r), nid, r, ts, uid, log, r = nrev
FROM (SELECT nd.nid, r.r, nd.nrev,
             CASE WHEN r.r = 1 THEN nd.created ELSE nd.created + r.r * 86400 * (1 + fixture_gen.n('rvt', nd.nid * 10 + r.r, 40)) + fixture_gen.n('rvs', nd.nid * 10 + r.r, 30000) END AS ts,
             CASE WHEN r.r = 1 THEN nd.uid ELSE (ARRAY[2, 3, 5, 6, 7, 8, 9])[1 + fixture_gen.n('rvu', nd.nid * 10 + r.r, 7)] END AS uid,
             CASE WHEN r.r = 1 THEN fixture_gen.pick(ARRAY['', '', '', 'Première version', 'Import depuis l''ancien site'], 'rvl1', nd.nid)
                  ELSE pgen.fill(fixture_gen.pick(ARRAY['', '', 'Correction d''une faute de frappe', 'Mise à jour des horaires', 'Vertaling toegevoegd', 'Added English translation',
                    'Numéro de {staff} corrigé ({sphone})', 'Photo retirée à la demande de {vol}', 'Nom de famille de {vol2} retiré à sa demande (RGPD)', 'Lien vers le formulaire corrigé',
                    'Adresse du local mise à jour', 'Demande de {vol3} par mail : retirer son prénom du témoignage', 'Typo', 'Résumé ajouté', 'Contact remplacé : {staff} reprend le dossier'], 'rvl', nd.nid * 10 + r.r), nd.nid, 'fr') END AS log
      FROM pgen.nd nd CROSS JOIN LATERAL generate_series(1, nd.nrev) r(r)) x;

CREATE TABLE node (
    nid serial PRIMARY KEY,
    vid integer UNIQUE,
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);
INSERT INTO node SELECT nd.nid, (SELECT max(vid) FROM pgen.rv WHERE rv.nid = nd.nid), nd.type, fixture_gen.uuid('node', nd.nid), 'fr' FROM pgen.nd nd ORDER BY nd.nid;

CREATE TABLE node_revision (
    nid integer NOT NULL,
    vid serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_uid integer,
    revision_timestamp integer,
    revision_log text,
    revision_default smallint
);
INSERT INTO node_revision SELECT nid, vid, 'fr', uid, ts, log, 1 FROM pgen.rv ORDER BY vid;

CREATE TABLE node_field_data (
    nid integer NOT NULL,
    vid integer NOT NULL,
    type varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid integer NOT NULL,
    title varchar(255) NOT NULL,
    created integer NOT NULL,
    changed integer,
    promote smallint,
    sticky smallint,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    content_translation_source varchar(12),
    content_translation_outdated smallint,
    PRIMARY KEY (nid, langcode)
);
INSERT INTO node_field_data
SELECT nd.nid, n.vid, nd.type, t.lang, nd.status, nd.uid, t.title, nd.created + CASE WHEN t.lang = 'fr' THEN 0 ELSE 3600 * (2 + fixture_gen.n('trc', nd.nid, 60)) END,
       (SELECT max(ts) FROM pgen.rv WHERE rv.nid = nd.nid) + CASE WHEN t.lang = 'fr' THEN 0 ELSE fixture_gen.n('trch', nd.nid, 900) END,
       nd.promote, nd.sticky, CASE WHEN t.lang = 'fr' THEN 1 ELSE 0 END, CASE WHEN t.lang = 'fr' OR fixture_gen.n('rta', nd.nid, 3) = 0 THEN 1 END,
       CASE WHEN t.lang = 'fr' THEN 'und' ELSE 'fr' END, CASE WHEN t.lang <> 'fr' AND fixture_gen.n('outd', nd.nid, 9) = 0 THEN 1 ELSE 0 END
FROM pgen.nd nd JOIN node n ON n.nid = nd.nid JOIN pgen.ntr t ON t.nid = nd.nid ORDER BY nd.nid, t.lang <> 'fr', t.lang;

CREATE TABLE node_field_revision (
    nid integer NOT NULL,
    vid integer NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid integer NOT NULL,
    title varchar(255),
    created integer,
    changed integer,
    promote smallint,
    sticky smallint,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    content_translation_source varchar(12),
    content_translation_outdated smallint,
    PRIMARY KEY (vid, langcode)
);
INSERT INTO node_field_revision
SELECT rv.nid, rv.vid, f.langcode, CASE WHEN rv.last THEN f.status ELSE 1 END, f.uid,
       CASE WHEN rv.last OR rv.r > 1 THEN f.title ELSE regexp_replace(f.title, ' : ', ' - ') END,
       f.created, CASE WHEN rv.last THEN f.changed ELSE rv.ts END, f.promote, f.sticky, f.default_langcode,
       CASE WHEN f.langcode = 'fr' OR rv.last THEN 1 END, f.content_translation_source, 0
FROM pgen.rv rv JOIN node_field_data f ON f.nid = rv.nid
WHERE f.langcode = 'fr' OR rv.r > 1 OR rv.last
ORDER BY rv.vid, f.langcode;

CREATE TABLE node__body (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    body_value text NOT NULL,
    body_summary text,
    body_format varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO node__body
SELECT nd.type, 0, nd.nid, n.vid, t.lang, 0, t.body, t.summary, CASE WHEN nd.nid IN (1, 5, 8) THEN 'full_html' ELSE 'basic_html' END
FROM pgen.nd nd JOIN node n ON n.nid = nd.nid JOIN pgen.ntr t ON t.nid = nd.nid ORDER BY nd.nid, t.lang;

-- The address field of distribution points: venues, the recipient's name
-- hidden on this bundle.
CREATE TABLE node__field_address (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    field_address_langcode varchar(32),
    field_address_country_code varchar(2),
    field_address_administrative_area varchar(255),
    field_address_locality varchar(255),
    field_address_dependent_locality varchar(255),
    field_address_postal_code varchar(255),
    field_address_sorting_code varchar(255),
    field_address_address_line1 varchar(255),
    field_address_address_line2 varchar(255),
    field_address_address_line3 varchar(255),
    field_address_organization varchar(255),
    field_address_given_name varchar(255),
    field_address_additional_name varchar(255),
    field_address_family_name varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO node__field_address
SELECT 'distribution_point', 0, v.nid, n.vid, l.lang, 0, l.lang, 'BE', NULL, CASE WHEN l.lang = 'nl' THEN cm.nl ELSE cm.fr END, NULL, cm.zip, NULL,
       v.street, CASE WHEN v.nid IN (20, 25, 26) THEN CASE WHEN l.lang = 'nl' THEN 'Ingang via de speelplaats' ELSE 'Entrée par la cour' END END, NULL, v.org, NULL, NULL, NULL
FROM pgen.venue v JOIN node n ON n.nid = v.nid JOIN pgen.cm cm ON cm.k = v.cm CROSS JOIN (VALUES ('fr'), ('nl')) l(lang) ORDER BY v.nid, l.lang;

-- ---------------------------------------------------------------------------
-- Comments on the news: visitors (anonymous, with the name, email and
-- homepage they typed), registered users, staff answering, a little spam.
CREATE TABLE pgen.ct (k int PRIMARY KEY, lang text, body text, subj text);
INSERT INTO pgen.ct VALUES
 (1, 'fr', 'Bonjour, est-ce que la distribution du samedi à {c} est maintenue pendant les vacances de Pâques ?', 'Vacances'),
 (2, 'fr', 'Merci à toute l''équipe ! Je suis bénévole depuis 2022 et c''est toujours un plaisir de venir le samedi.', 'Merci !'),
 (3, 'fr', 'Bonjour, je m''appelle {full} et j''habite {street} à {city}. Ma voisine âgée ne peut plus se déplacer, est-ce que vous livrez à domicile ? Vous pouvez me joindre au {phone}.', ''),
 (4, 'fr', 'Je voudrais m''inscrire comme bénévole le mercredi après-midi. Mon numéro : {phone}, mon mail : {email}. Merci !', 'Bénévolat'),
 (5, 'fr', 'Super article, bravo à {vol} pour son énergie !', ''),
 (6, 'fr', 'Le point de distribution de {c} était fermé samedi sans prévenir. Nous avons attendu une heure avec les enfants. Très déçue.', 'Fermé ?'),
 (7, 'fr', 'Est-ce qu''il y a des produits halal dans les colis ? Mon mari est diabétique depuis l''an dernier, nous avons besoin de produits sans sucre.', 'Question'),
 (8, 'fr', 'Où peut-on déposer des vêtements de bébé ? Nous déménageons la semaine prochaine ({street}, {city}), j''ai deux sacs pleins.', ''),
 (9, 'fr', 'J''ai fait un don en janvier mais je n''ai pas reçu mon attestation fiscale. Mon numéro national est {nn}, merci de vérifier.', 'Attestation'),
 (10, 'fr', 'Merci pour la recette, c''était délicieux 😊', ''),
 (11, 'fr', 'Coucou {vol}, on se voit jeudi au café des langues ?', ''),
 (12, 'nl', 'Hallo, ik wil graag helpen bij de inzameling in maart. Mijn gsm: {phone}.', 'Vrijwilliger'),
 (13, 'nl', 'Hoe kan ik een fiscaal attest krijgen voor mijn gift van vorig jaar? Mijn e-mail is {email}.', 'Vraag'),
 (14, 'nl', 'Mooi initiatief, dank jullie wel!', ''),
 (15, 'nl', 'Is het uitdeelpunt in {c} ook open op feestdagen?', ''),
 (16, 'en', 'Great initiative! I volunteered last Saturday with my colleagues and we loved it.', ''),
 (17, 'en', 'Hi, I am {full}, a student at ULB. Could our student association organise a collection on campus? Reach me at {email}.', 'Campus collection'),
 (18, 'en', 'My family arrived from Kharkiv in March. Do we need a referral from the CPAS to get a parcel? My phone is {phone}.', ''),
 (19, 'en', 'Is there a list of what is most needed right now? Happy to drop things off.', ''),
 (20, 'en', 'Thank you so much. Without you we would not have made it through the winter.', ''),
 (21, 'en', 'Best crypto investment tips, 300% returns guaranteed, visit my website!!!', ''),
 (22, 'en', 'Great article, very informative. Check out cheap flights at my blog.', ''),
 (31, 'fr', 'Bonjour {pfirst}, merci pour votre message. {staff} vous a rappelé ce matin.', ''),
 (32, 'fr', 'Bonjour {pfirst}, oui, la distribution est maintenue aux heures habituelles.', ''),
 (33, 'nl', 'Beste {pfirst}, we hebben je attest opnieuw verstuurd.', ''),
 (34, 'en', 'Hi {pfirst}, yes, just come to any distribution point with an ID document.', '');

CREATE TABLE pgen.cmx (key int PRIMARY KEY, nid int, who int, uid int, k int, lang text, created int, status int, parent int, homepage text, body text, subj text, name text, mail text, ip text);
INSERT INTO pgen.cmx (key, nid, who, uid, k, lang, created, status)
SELECT nd.nid * 100 + j, nd.nid, w.who, CASE WHEN w.who <= 340 THEN w.who ELSE 0 END,
       CASE WHEN fixture_gen.n('cspam', nd.nid * 100 + j, 30) = 0 THEN 21 + fixture_gen.n('cspk', nd.nid * 100 + j, 2)
            WHEN p.lang = 'nl' THEN 12 + fixture_gen.n('ck', nd.nid * 100 + j, 4)
            WHEN p.lang = 'en' THEN 16 + fixture_gen.n('ck', nd.nid * 100 + j, 5)
            ELSE 1 + fixture_gen.n('ck', nd.nid * 100 + j, 11) END,
       p.lang, nd.created + 3600 + fixture_gen.n('cct', nd.nid * 100 + j, 60 * 86400), 1
FROM pgen.nd nd CROSS JOIN LATERAL generate_series(1, fixture_gen.n('ccount', nd.nid, 9)) j
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('creg', nd.nid * 100 + j, 20) < 7 THEN 15 + fixture_gen.n('cu', nd.nid * 100 + j, 326) ELSE 401 + fixture_gen.n('ca', nd.nid * 100 + j, 120) END AS who) w
JOIN pgen.p p ON p.i = w.who
WHERE nd.type = 'article' AND nd.status = 1;
UPDATE pgen.cmx SET status = 0, who = 401 + fixture_gen.n('csp', key, 120), uid = 0 WHERE k IN (21, 22);
UPDATE pgen.cmx SET status = 0 WHERE k IN (3, 9) AND key % 3 = 0;
-- Staff answer some of the questions.
INSERT INTO pgen.cmx (key, nid, who, uid, k, lang, created, status, parent)
SELECT c.key + 50, c.nid, s.who, s.who, CASE c.lang WHEN 'nl' THEN 33 WHEN 'en' THEN 34 ELSE 31 + fixture_gen.n('crk', c.key, 2) END, c.lang,
       c.created + 3600 * (3 + fixture_gen.n('crt', c.key, 60)), 1, c.key
FROM pgen.cmx c CROSS JOIN LATERAL (SELECT (ARRAY[6, 11, 12, 13, 4])[1 + fixture_gen.n('crw', c.key, 5)] AS who) s
WHERE c.k IN (1, 3, 4, 6, 7, 8, 9, 12, 13, 15, 17, 18) AND fixture_gen.n('crep', c.key, 5) < 2;
UPDATE pgen.cmx c SET
  body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(ct.body,
           '{full}', p.full_name), '{first}', p.first), '{phone}', p.phone), '{email}', p.email), '{street}', coalesce(p.street, '')), '{city}', coalesce(p.city, '')),
           '{nn}', coalesce(p.nn, '')), '{pfirst}', coalesce((SELECT pp.first FROM pgen.cmx pc JOIN pgen.p pp ON pp.i = pc.who WHERE pc.key = c.parent), '')),
           '{c}', (SELECT cm.fr FROM pgen.cm WHERE cm.k = 1 + fixture_gen.n('ccm', c.key, 15))), '{staff}', (SELECT full_name FROM pgen.p WHERE i = 6 + fixture_gen.n('cst', c.key, 2) * 5)),
  subj = ct.subj, ip = p.ip,
  name = CASE WHEN c.uid > 0 THEN NULL WHEN c.k IN (21, 22) THEN fixture_gen.pick(ARRAY['cryptoking', 'Best Deals', 'travelguru88'], 'cspn', c.key)
              ELSE CASE fixture_gen.n('cname', c.key, 10) WHEN 0 THEN p.first WHEN 1 THEN p.first WHEN 2 THEN p.first || ' ' || left(p.last, 1) || '.' WHEN 3 THEN lower(p.first) ELSE p.full_name END END,
  mail = CASE WHEN c.uid > 0 THEN NULL WHEN c.k IN (21, 22) THEN 'promo' || c.key || '@mailinator.com' WHEN fixture_gen.n('cmail', c.key, 7) = 0 THEN NULL ELSE p.email END,
  homepage = CASE WHEN c.uid > 0 THEN NULL WHEN c.k = 21 THEN 'https://quick-crypto-gains.example/?ref=' || c.key WHEN c.k = 22 THEN 'https://cheap-flights-deals.example/blog'
              WHEN fixture_gen.n('chome', c.key, 5) = 0 THEN CASE fixture_gen.n('chk', c.key, 4)
                WHEN 0 THEN 'https://www.facebook.com/' || pgen.fold(p.first) || '.' || pgen.fold(p.last)
                WHEN 1 THEN 'https://www.linkedin.com/in/' || pgen.slug(p.full_name) || '-' || lower(pgen.rnd('li', c.key, 6))
                WHEN 2 THEN 'https://' || pgen.fold(p.first) || pgen.fold(p.last) || '.wordpress.com'
                ELSE 'https://www.instagram.com/' || pgen.fold(p.first) || '_' || pgen.fold(p.last) END END,
  lang = CASE WHEN c.uid > 0 AND c.lang = 'en' AND fixture_gen.n('cl', c.key, 2) = 0 THEN 'fr' ELSE c.lang END
FROM pgen.ct ct, pgen.p p WHERE ct.k = c.k AND p.i = c.who;
UPDATE pgen.cmx c SET body = replace(c.body, '{vol}', (SELECT full_name FROM pgen.p WHERE i = 15 + fixture_gen.n('cvol', c.key, 326))) WHERE c.body LIKE '%{vol}%';
UPDATE pgen.cmx SET subj = CASE WHEN length(body) <= 29 THEN body ELSE rtrim(substring(body FROM '^(.{1,28}) '), ' ,.') || '…' END WHERE subj = '' OR fixture_gen.n('csub', key, 3) = 0;

CREATE TABLE pgen.cid (key int PRIMARY KEY, cid int);
INSERT INTO pgen.cid SELECT key, row_number() OVER (ORDER BY created, key) FROM pgen.cmx;

CREATE TABLE comment_field_data (
    cid serial PRIMARY KEY,
    comment_type varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid integer NOT NULL,
    pid integer,
    entity_id integer,
    subject varchar(64),
    name varchar(60),
    mail varchar(254),
    homepage varchar(255),
    hostname varchar(128),
    created integer NOT NULL,
    changed integer,
    thread varchar(255) NOT NULL,
    entity_type varchar(32) NOT NULL,
    field_name varchar(32) NOT NULL,
    default_langcode smallint NOT NULL
);
INSERT INTO comment_field_data
SELECT i.cid, 'comment', c.lang, c.status, c.uid, pi.cid, c.nid, c.subj, c.name, c.mail, c.homepage, c.ip, c.created,
       c.created + CASE WHEN fixture_gen.n('cchg', c.key, 8) = 0 THEN fixture_gen.n('cchgs', c.key, 3 * 86400) ELSE 0 END,
       CASE WHEN c.parent IS NULL THEN t.vc || '/' ELSE pt.vc || '.00/' END, 'node', 'comment', 1
FROM pgen.cmx c JOIN pgen.cid i ON i.key = c.key LEFT JOIN pgen.cid pi ON pi.key = c.parent
LEFT JOIN (SELECT key, lpad(to_hex(row_number() OVER (PARTITION BY nid ORDER BY created, key)::int), 2, '0') AS vc FROM pgen.cmx WHERE parent IS NULL) t ON t.key = c.key
LEFT JOIN (SELECT key, lpad(to_hex(row_number() OVER (PARTITION BY nid ORDER BY created, key)::int), 2, '0') AS vc FROM pgen.cmx WHERE parent IS NULL) pt ON pt.key = c.parent
ORDER BY i.cid;

CREATE TABLE comment__comment_body (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    comment_body_value text NOT NULL,
    comment_body_format varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO comment__comment_body
SELECT 'comment', 0, i.cid, i.cid, c.lang, 0, CASE WHEN c.uid > 0 THEN '<p>' || c.body || '</p>' ELSE c.body END, CASE WHEN c.uid > 0 THEN 'basic_html' ELSE 'restricted_html' END
FROM pgen.cmx c JOIN pgen.cid i ON i.key = c.key ORDER BY i.cid;

CREATE TABLE comment_entity_statistics (
    entity_id integer NOT NULL DEFAULT 0,
    entity_type varchar(32) NOT NULL DEFAULT 'node',
    field_name varchar(32) NOT NULL DEFAULT '',
    cid integer NOT NULL DEFAULT 0,
    last_comment_timestamp integer NOT NULL DEFAULT 0,
    last_comment_name varchar(60),
    last_comment_uid integer NOT NULL DEFAULT 0,
    comment_count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, entity_type, field_name)
);
INSERT INTO comment_entity_statistics
SELECT nd.nid, 'node', 'comment', coalesce(l.cid, 0), coalesce(l.created, nd.created), CASE WHEN l.cid IS NULL THEN NULL WHEN l.uid > 0 THEN '' ELSE l.name END,
       coalesce(l.uid, nd.uid), (SELECT count(*) FROM comment_field_data c WHERE c.entity_id = nd.nid AND c.status = 1)
FROM pgen.nd nd LEFT JOIN LATERAL (SELECT * FROM comment_field_data c WHERE c.entity_id = nd.nid AND c.status = 1 ORDER BY c.created DESC, c.cid DESC LIMIT 1) l ON true
WHERE nd.type = 'article' ORDER BY nd.nid;

-- ---------------------------------------------------------------------------
-- Taxonomy: news categories (translated), tags, neighbourhoods.
CREATE TABLE taxonomy_term_field_data (
    tid integer NOT NULL,
    revision_id integer NOT NULL,
    vid varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    name varchar(255) NOT NULL,
    description__value text,
    description__format varchar(255),
    weight integer NOT NULL,
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (tid, langcode)
);
INSERT INTO taxonomy_term_field_data
SELECT t.tid, t.tid, t.vid, l.lang, 1, CASE WHEN l.lang = 'nl' THEN t.nl ELSE t.fr END,
       CASE WHEN t.d IS NULL THEN NULL WHEN l.lang = 'nl' THEN t.dnl ELSE t.d END, CASE WHEN t.d IS NULL THEN NULL ELSE 'basic_html' END,
       t.w, extract(epoch FROM timestamptz '2019-03-06 10:00:00+01')::int + t.tid * 86400 * 11 + fixture_gen.n('tch', t.tid, 80000), CASE WHEN l.lang = 'fr' THEN 1 ELSE 0 END, 1
FROM (VALUES
  (1, 'news_category', 'Actualités', 'Nieuws', 0, '<p>Les nouvelles de l''association.</p>', '<p>Nieuws van de vereniging.</p>'),
  (2, 'news_category', 'Bénévolat', 'Vrijwilligerswerk', 1, '<p>Appels à bénévoles, formations et témoignages.</p>', '<p>Oproepen, opleidingen en getuigenissen.</p>'),
  (3, 'news_category', 'Distribution', 'Bedeling', 2, NULL, NULL), (4, 'news_category', 'Dons et collectes', 'Giften en inzamelingen', 3, NULL, NULL),
  (5, 'news_category', 'Vie associative', 'Verenigingsleven', 4, '<p>Assemblées générales, rapports et fêtes.</p>', '<p>Algemene vergaderingen, verslagen en feesten.</p>'),
  (6, 'news_category', 'Emploi', 'Vacatures', 5, NULL, NULL), (7, 'news_category', 'Recettes', 'Recepten', 6, '<p>Cuisiner avec le contenu du colis.</p>', '<p>Koken met het pakket.</p>'),
  (8, 'tags', 'colis alimentaire', 'voedselpakket', 0, NULL, NULL), (9, 'tags', 'épicerie sociale', 'sociale kruidenier', 0, NULL, NULL), (10, 'tags', 'CPAS', 'OCMW', 0, NULL, NULL),
  (11, 'tags', 'collecte', 'inzameling', 0, NULL, NULL), (12, 'tags', 'attestation fiscale', 'fiscaal attest', 0, NULL, NULL), (13, 'tags', 'hiver', 'winter', 0, NULL, NULL),
  (14, 'tags', 'Ramadan', 'Ramadan', 0, NULL, NULL), (15, 'tags', 'Ukraine', 'Oekraïne', 0, NULL, NULL), (16, 'tags', 'formation', 'opleiding', 0, NULL, NULL),
  (17, 'tags', 'café des langues', 'taalcafé', 0, NULL, NULL), (18, 'tags', 'micro-subsides', 'microsubsidies', 0, NULL, NULL), (19, 'tags', 'HACCP', 'HACCP', 0, NULL, NULL),
  (20, 'tags', 'fournitures scolaires', 'schoolgerief', 0, NULL, NULL), (21, 'tags', 'canicule', 'hittegolf', 0, NULL, NULL)) t(tid, vid, fr, nl, w, d, dnl)
CROSS JOIN (VALUES ('fr'), ('nl')) l(lang)
UNION ALL
SELECT 21 + cm.k, 21 + cm.k, 'neighbourhood', 'fr', 1, cm.fr, NULL, NULL, cm.k, extract(epoch FROM timestamptz '2019-04-02 10:00:00+02')::int + cm.k * 3600, 1, 1 FROM pgen.cm cm WHERE cm.region = 'bxl'
ORDER BY 1, 4;

-- ---------------------------------------------------------------------------
-- Files: profile pictures, images in the news, and (further down) the
-- uploads of webform submissions.
CREATE TABLE file_managed (
    fid serial PRIMARY KEY,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL,
    uid integer,
    filename varchar(255),
    uri varchar(255) NOT NULL UNIQUE,
    filemime varchar(255) NOT NULL,
    filesize bigint,
    status smallint NOT NULL,
    created integer,
    changed integer NOT NULL
);
CREATE TABLE file_usage (
    fid integer NOT NULL,
    module varchar(50) NOT NULL DEFAULT '',
    type varchar(64) NOT NULL DEFAULT '',
    id varchar(64) NOT NULL DEFAULT '0',
    count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (fid, type, id, module)
);
INSERT INTO file_managed
SELECT u.pic, fixture_gen.uuid('file', u.pic), f.langcode, u.uid, x.fn, 'public://pictures/' || to_char(to_timestamp(x.ts), 'YYYY-MM') || '/' || x.fn,
       CASE WHEN x.fn LIKE '%.png' THEN 'image/png' ELSE 'image/jpeg' END, 38000 + fixture_gen.n('fsz', u.pic, 2400000), 1, x.ts, x.ts
FROM pgen.u u JOIN pgen.p p ON p.i = u.uid JOIN users_field_data f ON f.uid = u.uid
CROSS JOIN LATERAL (SELECT u.created + fixture_gen.n('fts', u.uid, 90 * 86400) AS ts) t
CROSS JOIN LATERAL (SELECT t.ts, CASE fixture_gen.n('ffn', u.uid, 7)
    WHEN 0 THEN 'IMG_' || to_char(to_timestamp(t.ts), 'YYYYMMDD_HH24MISS') || '.jpg'
    WHEN 1 THEN pgen.fold(p.first) || '_' || pgen.fold(p.last) || '.jpg'
    WHEN 2 THEN 'WhatsApp Image ' || to_char(to_timestamp(t.ts), 'YYYY-MM-DD "at" HH24.MI.SS') || '.jpeg'
    WHEN 3 THEN 'photo_profil_' || pgen.fold(p.first) || '.png'
    WHEN 4 THEN p.first || ' ' || p.last || ' 2023.jpg'
    WHEN 5 THEN 'PXL_' || to_char(to_timestamp(t.ts), 'YYYYMMDD_HH24MISS') || '123.jpg'
    ELSE 'portrait-' || pgen.slug(p.full_name) || '.jpg' END AS fn) x
WHERE u.pic IS NOT NULL ORDER BY u.pic;
INSERT INTO file_usage SELECT pic, 'file', 'user', uid::text, 1 FROM pgen.u WHERE pic IS NOT NULL;

CREATE TABLE pgen.img (nid int PRIMARY KEY, fid int);
INSERT INTO pgen.img SELECT nid, (SELECT max(fid) FROM file_managed) + row_number() OVER (ORDER BY nid) FROM pgen.nd WHERE type = 'article' AND fixture_gen.n('nimg', nid, 10) < 7;
INSERT INTO file_managed
SELECT i.fid, fixture_gen.uuid('file', i.fid), 'fr', nd.uid, x.fn, 'public://inline-images/' || x.fn, 'image/jpeg', 120000 + fixture_gen.n('fsz', i.fid, 3000000), 1, nd.created - 600, nd.created - 600
FROM pgen.img i JOIN pgen.nd nd ON nd.nid = i.nid
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['distribution', 'collecte-supermarche', 'benevoles-tri', 'epicerie-sociale', 'cafe-des-langues', 'camion-frigo', 'fete-de-quartier', 'colis', 'ag', 'soupe'], 'fimg', i.nid)
                    || '-' || i.nid || '.jpg' AS fn) x ORDER BY i.fid;
INSERT INTO file_usage SELECT fid, 'editor', 'node', nid::text, 1 FROM pgen.img;

-- ---------------------------------------------------------------------------
-- Path aliases: pages and news per language, terms, and the members' pages
-- pathauto made from their names.
CREATE TABLE path_alias (
    id serial PRIMARY KEY,
    revision_id integer UNIQUE,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL,
    path varchar(255),
    alias varchar(255),
    status smallint NOT NULL
);
INSERT INTO path_alias (langcode, path, alias, status, uuid)
SELECT langcode, path, alias, 1, fixture_gen.uuid('alias', row_number() OVER (ORDER BY ord, path, langcode)) FROM (
  SELECT 1 AS ord, t.lang AS langcode, '/node/' || t.nid AS path,
         '/' || CASE nd.type WHEN 'article' THEN CASE t.lang WHEN 'nl' THEN 'nieuws/' WHEN 'en' THEN 'news/' ELSE 'actualites/' END
                             WHEN 'distribution_point' THEN CASE t.lang WHEN 'nl' THEN 'uitdeelpunten/' ELSE 'points-de-distribution/' END ELSE '' END || pgen.slug(t.title) AS alias
  FROM pgen.ntr t JOIN pgen.nd nd ON nd.nid = t.nid
  UNION ALL
  SELECT 2, langcode, '/taxonomy/term/' || tid, CASE vid WHEN 'tags' THEN '/tags/' WHEN 'neighbourhood' THEN '/quartiers/' ELSE CASE langcode WHEN 'nl' THEN '/categorie/' ELSE '/categorie/' END END || pgen.slug(name)
  FROM taxonomy_term_field_data
  UNION ALL
  SELECT 3, f.langcode, '/user/' || f.uid, '/membres/' || CASE WHEN fn.entity_id IS NOT NULL THEN pgen.slug(fn.field_first_name_value || ' ' || ln.field_last_name_value) ELSE pgen.slug(split_part(f.name, '@', 1)) END
  FROM users_field_data f LEFT JOIN user__field_first_name fn ON fn.entity_id = f.uid LEFT JOIN user__field_last_name ln ON ln.entity_id = f.uid
  WHERE f.uid > 0 AND f.status = 1) x
ORDER BY ord, path, langcode;
UPDATE path_alias SET revision_id = id;
UPDATE path_alias a SET alias = a.alias || '-' || d.rn FROM (SELECT id, row_number() OVER (PARTITION BY alias, langcode ORDER BY id) AS rn FROM path_alias) d WHERE d.id = a.id AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Menu links of the main and footer menus.
CREATE TABLE menu_link_content_data (
    id integer NOT NULL,
    revision_id integer NOT NULL,
    bundle varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    enabled smallint NOT NULL,
    title varchar(255),
    description varchar(255),
    menu_name varchar(255),
    link__uri varchar(2048),
    link__title varchar(255),
    link__options bytea,
    external smallint,
    rediscover smallint,
    weight integer,
    expanded smallint,
    parent varchar(255),
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (id, langcode)
);
INSERT INTO menu_link_content_data
SELECT m.id, m.id, 'menu_link_content', l.lang, 1, CASE l.lang WHEN 'nl' THEN m.nl WHEN 'en' THEN m.en ELSE m.fr END, NULL, m.menu, m.uri, NULL,
       pgen.phpb(CASE WHEN m.uri LIKE 'https:%' THEN '{"attributes": {"target": "_blank", "rel": ["noopener"]}}'::jsonb ELSE '[]'::jsonb END),
       CASE WHEN m.uri LIKE 'https:%' THEN 1 ELSE 0 END, CASE WHEN m.uri LIKE 'entity:%' THEN 1 ELSE 0 END, m.w, 0, m.parent,
       extract(epoch FROM timestamptz '2019-03-20 15:00:00+01')::int + m.id * 7200 + CASE l.lang WHEN 'fr' THEN 0 ELSE 86400 END, CASE WHEN l.lang = 'fr' THEN 1 ELSE 0 END, 1
FROM (VALUES
  (1, 'main', 'Qui sommes-nous ?', 'Wie zijn we?', 'About us', 'entity:node/1', 0, NULL),
  (2, 'main', 'Actualités', 'Nieuws', 'News', 'internal:/actualites', 1, NULL),
  (3, 'main', 'Points de distribution', 'Uitdeelpunten', 'Distribution points', 'internal:/points-de-distribution', 2, NULL),
  (4, 'main', 'Demander un colis', 'Pakket aanvragen', 'Ask for a parcel', 'entity:node/4', 3, NULL),
  (5, 'main', 'Devenir bénévole', 'Vrijwilliger worden', 'Volunteer', 'entity:node/2', 4, NULL),
  (6, 'main', 'Faire un don', 'Doneren', 'Donate', 'internal:/don', 5, NULL),
  (7, 'main', 'L''épicerie sociale', 'Sociale kruidenier', 'Social grocery', 'entity:node/9', 0, 'menu_link_content:' || fixture_gen.uuid('menu', 1)),
  (8, 'main', 'Café des langues', 'Taalcafé', 'Language café', 'entity:node/10', 1, 'menu_link_content:' || fixture_gen.uuid('menu', 1)),
  (9, 'main', 'Nos partenaires', 'Onze partners', 'Our partners', 'entity:node/11', 2, 'menu_link_content:' || fixture_gen.uuid('menu', 1)),
  (10, 'main', 'Rapports annuels', 'Jaarverslagen', 'Annual reports', 'entity:node/12', 3, 'menu_link_content:' || fixture_gen.uuid('menu', 1)),
  (11, 'footer', 'Contact', 'Contact', 'Contact', 'entity:node/7', 0, NULL),
  (12, 'footer', 'Mentions légales', 'Wettelijke vermeldingen', 'Legal notice', 'entity:node/5', 1, NULL),
  (13, 'footer', 'Vie privée', 'Privacy', 'Privacy', 'entity:node/6', 2, NULL),
  (14, 'footer', 'FAQ', 'FAQ', 'FAQ', 'entity:node/8', 3, NULL),
  (15, 'footer', 'Presse', 'Pers', 'Press', 'entity:node/14', 4, NULL),
  (16, 'footer', 'Emplois', 'Jobs', 'Jobs', 'entity:node/13', 5, NULL),
  (17, 'social', 'Facebook', 'Facebook', 'Facebook', 'https://www.facebook.com/maisonsolidaire.bxl', 0, NULL),
  (18, 'social', 'Instagram', 'Instagram', 'Instagram', 'https://www.instagram.com/maisonsolidaire_bxl', 1, NULL),
  (19, 'social', 'LinkedIn', 'LinkedIn', 'LinkedIn', 'https://www.linkedin.com/company/maison-solidaire-asbl', 2, NULL),
  (20, 'main', 'Micro-subsides', 'Microsubsidies', 'Micro-grants', 'internal:/form/micro-subsides', 6, NULL),
  (21, 'footer', 'Réclamation', 'Klacht', 'Complaint', 'internal:/form/reclamation', 6, NULL)) m(id, menu, fr, nl, en, uri, w, parent)
CROSS JOIN (VALUES ('fr'), ('nl'), ('en')) l(lang)
WHERE m.menu <> 'social' OR l.lang = 'fr'
ORDER BY m.id, l.lang;

-- ---------------------------------------------------------------------------
-- The node search index: each translation's text with its comments, as
-- the search module renders them (author names included).
CREATE TABLE search_dataset (
    sid integer NOT NULL DEFAULT 0,
    langcode varchar(12) NOT NULL DEFAULT '',
    type varchar(64) NOT NULL,
    data text NOT NULL,
    reindex integer NOT NULL DEFAULT 0,
    PRIMARY KEY (sid, langcode, type)
);
INSERT INTO search_dataset
SELECT t.nid, t.lang, 'node_search',
       lower(regexp_replace(regexp_replace(t.title || ' ' || t.body || ' ' || coalesce((
         SELECT string_agg(coalesce(c.name, f.name) || ' ' || b.comment_body_value, ' ' ORDER BY c.cid)
         FROM comment_field_data c JOIN comment__comment_body b ON b.entity_id = c.cid JOIN users_field_data f ON f.uid = c.uid
         WHERE c.entity_id = t.nid AND c.status = 1 AND t.lang = 'fr'), ''), '<[^>]+>', ' ', 'g'), '[[:punct:]]+', ' ', 'g')),
       CASE WHEN t.nid % 17 = 0 THEN extract(epoch FROM timestamptz '2024-06-27 03:00:00+02')::int ELSE 0 END
FROM pgen.ntr t JOIN pgen.nd nd ON nd.nid = t.nid WHERE nd.status = 1 ORDER BY t.nid, t.lang;
UPDATE search_dataset SET data = ' ' || regexp_replace(data, '\s+', ' ', 'g') || ' ';

-- ---------------------------------------------------------------------------
-- Webform: volunteer sign-ups, food-parcel requests, complaints,
-- neighbourhood micro-grant applications and the contact form.
CREATE TABLE pgen.ws (sid int PRIMARY KEY, wf text, who int, uid int, created int, lang text, draft int, k int);
INSERT INTO pgen.ws (sid, wf, who, uid, created, lang, draft, k)
SELECT row_number() OVER (ORDER BY x.created, x.wf, x.k), x.wf, x.who, CASE WHEN x.who <= 340 THEN x.who ELSE 0 END, x.created, p.lang, 0, x.k
FROM (
  SELECT 'inscription_benevole' AS wf, k, CASE WHEN fixture_gen.n('wsu', k, 5) < 2 THEN 15 + fixture_gen.n('wsv', k, 326) ELSE 601 + fixture_gen.n('wsa', k, 280) END AS who,
         pgen.ut('wsc', k, '2021-02-01', '2024-06-27') AS created FROM generate_series(1, 120) k
  UNION ALL SELECT 'demande_colis', k, 601 + fixture_gen.n('wca', k, 280), pgen.ut('wcc', k, '2021-05-01', '2024-06-27') FROM generate_series(1, 90) k
  UNION ALL SELECT 'reclamation', k, CASE WHEN fixture_gen.n('wru', k, 4) = 0 THEN 15 + fixture_gen.n('wrv', k, 326) ELSE 601 + fixture_gen.n('wra', k, 280) END, pgen.ut('wrc', k, '2021-09-01', '2024-06-27') FROM generate_series(1, 55) k
  UNION ALL SELECT 'micro_subsides', k, 601 + fixture_gen.n('wga', k, 280), pgen.ut('wgc', k, '2022-02-15', '2024-04-30') FROM generate_series(1, 40) k
  UNION ALL SELECT 'contact', k, CASE WHEN fixture_gen.n('wku', k, 3) = 0 THEN 401 + fixture_gen.n('wkc', k, 120) ELSE 601 + fixture_gen.n('wka', k, 280) END, pgen.ut('wkt', k, '2021-01-10', '2024-06-27') FROM generate_series(1, 95) k
) x JOIN pgen.p p ON p.i = x.who;
UPDATE pgen.ws SET draft = 1 WHERE uid > 0 AND wf = 'inscription_benevole' AND fixture_gen.n('wdr', sid, 6) = 0;

-- Associations applying for micro-grants, with their enterprise numbers
-- (mod-97 checked) and the accounts the grant is paid to.
CREATE TABLE pgen.asso (k int PRIMARY KEY, name text, form text, bce text, title text, descr text);
INSERT INTO pgen.asso (k, name, form, title, descr) VALUES
 (0, 'Les Jardins de la Senne', 'asbl', 'Potager sur le toit', 'Potager collectif sur le toit de l''école n°7, récoltes partagées avec l''épicerie sociale. Nous sommes 14 bénévoles, surtout des parents d''élèves.'),
 (1, 'Collectif Soupe Populaire Cureghem', 'collectif', 'Soupe du dimanche', 'Repas chauds le dimanche pour les personnes sans abri autour de la gare du Midi, 80 repas par semaine, cuisinés dans la cuisine de la paroisse.'),
 (2, 'Buurtwerk Ter Kaai', 'association_de_fait', 'Buurtrestaurant Ter Kaai', 'Een buurtrestaurant één keer per maand in het gemeenschapscentrum, met een kok uit de buurt en betalen naar draagkracht.'),
 (3, 'Maman Africa', 'asbl', 'Cuisine des mamans', 'Ateliers de cuisine intergénérationnels avec les mamans du quartier Matonge et les seniors de la résidence voisine.'),
 (4, 'Frigo Solidaire Ixelles', 'collectif', 'Frigo solidaire', 'Frigo en libre-service devant la maison de quartier, alimenté par les commerçants de la chaussée d''Ixelles. Budget pour un second frigo et l''électricité.'),
 (5, 'Association des femmes turques de Schaerbeek', 'asbl', 'Kits dignité', 'Distribution de kits d''hygiène pour les femmes en situation de précarité, en lien avec la maison médicale.'),
 (6, 'Repair Café Forest', 'association_de_fait', 'Électroménager réparé', 'Réparer gratuitement frigos et cuisinières des familles aidées par le CPAS.'),
 (7, 'Jeunesse Molenbeek United', 'asbl', 'Papa cuisine', 'Cours de cuisine pour jeunes papas, le samedi, avec un repas partagé à la fin.'),
 (8, 'Amicale afghane de Bruxelles', 'association_de_fait', 'Pain partagé', 'Cuisson de pain afghan chaque vendredi et distribution aux familles nouvellement arrivées.'),
 (9, 'Groupe d''entraide syrienne', 'collectif', 'Épicerie orientale solidaire', 'Achat groupé de produits secs (riz, boulgour, lentilles) pour 40 familles syriennes.'),
 (10, 'Collectif ukrainien Bruxelles-Est', 'collectif', 'Borsch & parole', 'Repas mensuels et groupe de parole pour les familles ukrainiennes hébergées à Evere et Schaerbeek.'),
 (11, 'Solidarité Congo-Matonge', 'asbl', 'Colis de la rentrée', 'Colis alimentaires et fournitures scolaires pour 60 familles en septembre.'),
 (12, 'Kookclub De Linde', 'association_de_fait', 'Samen koken', 'Wekelijks samen koken met alleenstaande ouderen uit de sociale woningen.'),
 (13, 'Les Mamies Cuisinent', 'asbl', 'Conserves d''été', 'Transformer les invendus de fruits en confitures et conserves distribuées en hiver.');
UPDATE pgen.asso SET bce = CASE WHEN form = 'asbl' THEN substr(d, 1, 4) || '.' || substr(d, 5, 3) || '.' || substr(d, 8, 1) || lpad((97 - (d::bigint % 97))::text, 2, '0') END
FROM (SELECT k AS j, '0' || (4 + fixture_gen.n('bce1', k, 6))::text || fixture_gen.digits('bce', k, 6) AS d FROM pgen.asso) x WHERE x.j = asso.k;

CREATE FUNCTION pgen.beiban(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.iban('BE', d || lpad(CASE WHEN d::bigint % 97 = 0 THEN '97' ELSE (d::bigint % 97)::text END, 2, '0'))
  FROM (SELECT fixture_gen.pick(ARRAY['001', '063', '068', '310', '363', '734', '735', '000', '523', '751'], tag || 'b', i) || fixture_gen.digits(tag, i, 7) AS d) x
$$;
CREATE FUNCTION pgen.spaced(iban text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT trim(regexp_replace(iban, '(.{4})', '\1 ', 'g')) $$;

CREATE TABLE webform_submission (
    sid serial PRIMARY KEY,
    webform_id varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL,
    serial integer,
    token varchar(255),
    uri varchar(2000),
    created integer,
    completed integer,
    changed integer,
    in_draft smallint,
    current_page varchar(128),
    remote_addr varchar(128),
    uid integer,
    entity_type varchar(32),
    entity_id varchar(255),
    locked smallint,
    sticky smallint,
    notes text
);
INSERT INTO webform_submission
SELECT w.sid, w.wf, fixture_gen.uuid('wsub', w.sid), w.lang, (row_number() OVER (PARTITION BY w.wf ORDER BY w.sid))::int, pgen.b64u('wtok', w.sid, 43),
       CASE WHEN w.wf = 'inscription_benevole' AND fixture_gen.n('wnode', w.sid, 5) < 2 THEN CASE w.lang WHEN 'nl' THEN '/nl/vrijwilliger-worden' WHEN 'en' THEN '/en/volunteer-with-us' ELSE '/fr/devenir-benevole' END
            ELSE '/' || w.lang || '/form/' || replace(w.wf, '_', '-') END
       || CASE fixture_gen.n('wutm', w.sid, 8) WHEN 0 THEN '?utm_source=facebook&utm_medium=social&utm_campaign=' || fixture_gen.pick(ARRAY['collecte-printemps', 'benevoles-2024', 'hiver-solidaire'], 'wcamp', w.sid)
                                               WHEN 1 THEN '?utm_source=newsletter&utm_medium=email' ELSE '' END,
       w.created - 120 - fixture_gen.n('wcr', w.sid, 1500), CASE WHEN w.draft = 1 THEN NULL ELSE w.created END,
       w.created + CASE WHEN fixture_gen.n('wchg', w.sid, 4) = 0 THEN 86400 * (1 + fixture_gen.n('wchd', w.sid, 20)) ELSE 0 END,
       w.draft, CASE WHEN w.draft = 1 THEN 'disponibilites' ELSE '' END, p.ip, w.uid,
       CASE WHEN w.wf = 'inscription_benevole' AND fixture_gen.n('wnode', w.sid, 5) < 2 THEN 'node' END,
       CASE WHEN w.wf = 'inscription_benevole' AND fixture_gen.n('wnode', w.sid, 5) < 2 THEN '2' END,
       CASE WHEN w.wf = 'micro_subsides' AND w.created < extract(epoch FROM timestamptz '2024-01-01')::int THEN 1 ELSE 0 END,
       CASE WHEN fixture_gen.n('wsticky', w.sid, 15) = 0 THEN 1 ELSE 0 END,
       CASE WHEN fixture_gen.n('wnote', w.sid, 10) < 4 AND w.wf <> 'contact' THEN
         replace(replace(replace(replace(replace(replace(fixture_gen.pick(CASE w.wf
           WHEN 'inscription_benevole' THEN ARRAY['Rappelé le {date}, disponible le samedi matin. Parle arabe et français.', 'Ne plus contacter : a déménagé à Liège.',
             'Vu en entretien le {date}. Très motivée, à placer au tri le mercredi.', 'Doublon de l''inscription #{dup}.', 'Pas de réponse au {phone} (3 essais).']
           WHEN 'demande_colis' THEN ARRAY['Réorientée vers le CPAS de {c} ({sw}).', 'Dossier complet, colis attribué au point {c}.', 'Doublon de la demande #{dup}.',
             'Mme {last} a appelé le {date} : son fils est hospitalisé, reporter le rendez-vous.', 'Fournit une attestation de chômage, revenus vérifiés.',
             'Enceinte, prévoir lait infantile à partir de septembre.', 'Suivi par {sw} (service social). Renouvellement dans 3 mois.']
           WHEN 'reclamation' THEN ARRAY['Contacté au {phone}, excuses présentées. Le bénévole concerné a été recadré.', 'Transmis à la coordinatrice du point de {c}.', 'Réponse envoyée par mail le {date}.']
           ELSE ARRAY['Projet retenu au comité du {date}. Virement à faire sur le compte indiqué.', 'Attente des statuts et de la composition du CA.', 'Refusé : hors Région bruxelloise.', 'Rappeler {last} au {phone} pour le budget détaillé.'] END, 'wnotes', w.sid),
           '{date}', to_char(to_timestamp(w.created + 86400 * (2 + fixture_gen.n('wnd', w.sid, 9))), 'DD/MM/YYYY')),
           '{c}', (SELECT fr FROM pgen.cm WHERE k = p.cm)), '{sw}', (SELECT full_name FROM pgen.p WHERE i = 2001 + fixture_gen.n('wsw', w.sid, 400))),
           '{dup}', greatest(1, w.sid - 1 - fixture_gen.n('wdup', w.sid, 30))::text), '{last}', p.last), '{phone}', p.phone) END
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who ORDER BY w.sid;
UPDATE webform_submission SET notes = NULL WHERE notes = '';

-- Uploaded files of submissions: CVs, income certificates, photos, budgets
-- and statutes.
CREATE TABLE pgen.wfile (sid int, el text, fid int, fn text, mime text);
INSERT INTO pgen.wfile
SELECT w.sid, x.el, 0, x.fn, CASE WHEN x.fn LIKE '%.pdf' THEN 'application/pdf' WHEN x.fn LIKE '%.xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                                  WHEN x.fn LIKE '%.docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ELSE 'image/jpeg' END
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who
CROSS JOIN LATERAL (VALUES
  ('cv', CASE WHEN w.wf = 'inscription_benevole' AND fixture_gen.n('wfcv', w.sid, 7) = 0 THEN fixture_gen.pick(ARRAY['CV_' || replace(p.first, ' ', '_') || '_' || replace(p.last, ' ', '_') || '.pdf', 'CV ' || p.full_name || ' 2023.docx', 'cv-' || pgen.slug(p.last) || '.pdf'], 'wfcvn', w.sid) END),
  ('attestation_revenus', CASE WHEN w.wf = 'demande_colis' AND fixture_gen.n('wfar', w.sid, 5) < 2 THEN fixture_gen.pick(ARRAY['attestation_CPAS_' || pgen.fold(p.last) || '.pdf', 'scan0' || (100 + w.sid) || '.pdf', 'IMG_' || (4000 + w.sid) || '.jpg', 'fiche_de_paie_' || to_char(to_timestamp(w.created), 'MM_YYYY') || '.pdf'], 'wfarn', w.sid) END),
  ('photo', CASE WHEN w.wf = 'reclamation' AND fixture_gen.n('wfph', w.sid, 5) = 0 THEN 'IMG_' || to_char(to_timestamp(w.created), 'YYYYMMDD_HH24MISS') || '.jpg' END),
  ('budget', CASE WHEN w.wf = 'micro_subsides' THEN fixture_gen.pick(ARRAY['budget_projet_2024.xlsx', 'Budget prévisionnel.xlsx', 'begroting.xlsx', 'budget.pdf'], 'wfbu', w.sid) END),
  ('statuts', CASE WHEN w.wf = 'micro_subsides' AND fixture_gen.n('wfst', w.sid, 2) = 0 THEN 'statuts_moniteur_belge.pdf' END)) x(el, fn)
WHERE x.fn IS NOT NULL;
UPDATE pgen.wfile f SET fid = x.fid FROM (SELECT sid, el, (SELECT max(fid) FROM file_managed) + row_number() OVER (ORDER BY sid, el) AS fid FROM pgen.wfile) x WHERE x.sid = f.sid AND x.el = f.el;
INSERT INTO file_managed
SELECT f.fid, fixture_gen.uuid('file', f.fid), w.lang, w.uid, f.fn, 'private://webform/' || w.wf || '/' || w.sid || '/' || f.fn, f.mime, 20000 + fixture_gen.n('fsz', f.fid, 4000000), 1, w.created - 60, w.created
FROM pgen.wfile f JOIN pgen.ws w ON w.sid = f.sid ORDER BY f.fid;
INSERT INTO file_usage SELECT fid, 'webform', 'webform_submission', sid::text, 1 FROM pgen.wfile;

-- The submitted values, one row per element, composite property and delta.
CREATE TABLE webform_submission_data (
    webform_id varchar(32) NOT NULL,
    sid integer NOT NULL,
    name varchar(128) NOT NULL,
    property varchar(128) NOT NULL DEFAULT '',
    delta integer NOT NULL DEFAULT 0,
    value text NOT NULL,
    PRIMARY KEY (sid, name, property, delta)
);
CREATE TABLE pgen.wv (sid int, name text, property text, delta int, value text);
-- Volunteer sign-ups.
INSERT INTO pgen.wv
SELECT w.sid, e.name, e.prop, e.delta, e.value
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who JOIN pgen.p ec ON ec.i = 2001 + fixture_gen.n('wec', w.sid, 400)
CROSS JOIN LATERAL (VALUES
  ('nom', 'title', 0, ''), ('nom', 'first', 0, p.first), ('nom', 'middle', 0, ''), ('nom', 'last', 0, p.last),
  ('email', '', 0, p.email), ('telephone', '', 0, p.phone), ('date_de_naissance', '', 0, p.birth::text),
  ('adresse', 'address', 0, p.street), ('adresse', 'address_2', 0, ''), ('adresse', 'city', 0, p.city), ('adresse', 'state_province', 0, ''),
  ('adresse', 'postal_code', 0, p.zip), ('adresse', 'country', 0, CASE p.cc WHEN 'BE' THEN 'Belgium' WHEN 'FR' THEN 'France' WHEN 'NL' THEN 'Netherlands' ELSE 'United Kingdom' END),
  ('langues', '', 0, CASE WHEN p.lang = 'nl' THEN 'nl' ELSE 'fr' END),
  ('langues', '', 1, CASE p.c WHEN 'ma' THEN 'ar' WHEN 'sy' THEN 'ar' WHEN 'cd' THEN 'ln' WHEN 'tr' THEN 'tr' WHEN 'af' THEN 'fa' WHEN 'er' THEN 'ti' WHEN 'pl' THEN 'pl' WHEN 'ro' THEN 'ro'
                              WHEN 'ua' THEN 'uk' WHEN 'it' THEN 'it' WHEN 'pt' THEN 'pt' WHEN 'es' THEN 'es' WHEN 'cn' THEN 'zh' WHEN 'in' THEN 'hi' ELSE 'en' END),
  ('langues', '', 2, CASE WHEN fixture_gen.n('wl3', w.sid, 2) = 0 THEN 'en' END),
  ('disponibilites', '', 0, fixture_gen.pick(ARRAY['lundi_matin', 'mardi_apres_midi', 'mercredi_apres_midi', 'jeudi_soir', 'vendredi_matin'], 'wdisp', w.sid)),
  ('disponibilites', '', 1, CASE WHEN fixture_gen.n('wd2', w.sid, 2) = 0 THEN fixture_gen.pick(ARRAY['samedi_matin', 'samedi_apres_midi', 'dimanche_matin'], 'wdisp2', w.sid) END),
  ('activites', '', 0, fixture_gen.pick(ARRAY['distribution', 'tri', 'collecte', 'cuisine', 'accueil'], 'wact', w.sid)),
  ('activites', '', 1, CASE WHEN fixture_gen.n('wa2', w.sid, 2) = 0 THEN fixture_gen.pick(ARRAY['chauffeur', 'traduction', 'administratif', 'cafe_des_langues'], 'wact2', w.sid) END),
  ('permis_de_conduire', '', 0, CASE WHEN fixture_gen.n('wperm', w.sid, 3) = 0 THEN 'oui' ELSE 'non' END),
  ('motivation', '', 0, fixture_gen.pick(ARRAY[
     'J''ai moi-même bénéficié de colis il y a quelques années et je veux rendre ce qu''on m''a donné.',
     'Je suis retraitée depuis peu et je cherche une activité utile près de chez moi.',
     'Étudiant en travail social, je cherche à m''engager le week-end.',
     'Je parle ' || CASE p.c WHEN 'ma' THEN 'arabe, berbère' WHEN 'tr' THEN 'turc' WHEN 'cd' THEN 'lingala' ELSE 'anglais' END || ' et français, je peux aider à l''accueil des familles.',
     'Ik wil graag iets doen voor mijn buurt in ' || coalesce(p.city, 'Brussel') || '.',
     'I recently moved to Brussels for work and would like to meet people while helping.',
     'Mon employeur (' || fixture_gen.pick(ARRAY['Proximus', 'BNP Paribas Fortis', 'Commission européenne', 'Deloitte', 'STIB', 'Colruyt'], 'wemp', w.sid) || ') nous donne deux jours de volontariat par an.',
     'Je suis en recherche d''emploi depuis mon licenciement et je veux rester actif. J''ai un permis C.',
     'Je sors d''une dépression et mon psychologue m''a conseillé le bénévolat.',
     'Je viens de Kharkiv, j''ai été cuisinière pendant 20 ans.', ''], 'wmot', w.sid)),
  ('contact_urgence_nom', '', 0, CASE WHEN fixture_gen.n('wecn', w.sid, 10) < 7 THEN ec.first || ' ' || CASE WHEN fixture_gen.n('wecl', w.sid, 2) = 0 THEN p.last ELSE ec.last END
                                        || fixture_gen.pick(ARRAY['', ' (mari)', ' (épouse)', ' (fille)', ' (frère)', ' (voisine)'], 'wecr', w.sid) END),
  ('contact_urgence_telephone', '', 0, CASE WHEN fixture_gen.n('wecn', w.sid, 10) < 7 THEN ec.phone END),
  ('remarques_sante', '', 0, CASE WHEN fixture_gen.n('wsan', w.sid, 10) < 3 THEN fixture_gen.pick(ARRAY['Allergie au latex', 'Dos fragile, pas de port de charges lourdes',
     'Diabète de type 1, je dois pouvoir manger à heure fixe', 'Enceinte de 5 mois', 'Malentendant, je préfère les SMS', 'Asthme', 'Épilepsie stabilisée'], 'wsant', w.sid) ELSE '' END),
  ('consentement_rgpd', '', 0, '1'),
  ('cv', '', 0, (SELECT f.fid::text FROM pgen.wfile f WHERE f.sid = w.sid AND f.el = 'cv'))) e(name, prop, delta, value)
WHERE w.wf = 'inscription_benevole' AND e.value IS NOT NULL AND NOT (w.draft = 1 AND e.name IN ('motivation', 'contact_urgence_nom', 'contact_urgence_telephone', 'remarques_sante', 'consentement_rgpd', 'cv'));

-- Food-parcel requests.
INSERT INTO pgen.wv
SELECT w.sid, e.name, e.prop, e.delta, e.value
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who JOIN pgen.p sw ON sw.i = 2001 + fixture_gen.n('wsw', w.sid, 400)
CROSS JOIN LATERAL (SELECT fixture_gen.n('wad', w.sid, 3) + 1 AS adults, fixture_gen.n('wkid', w.sid, 5) AS kids) h
CROSS JOIN LATERAL (VALUES
  ('prenom', '', 0, p.first), ('nom', '', 0, CASE WHEN w.sid % 11 = 0 THEN upper(p.last) ELSE p.last END), ('telephone', '', 0, p.phone),
  ('email', '', 0, CASE WHEN fixture_gen.n('wcem', w.sid, 3) > 0 THEN p.email END),
  ('adresse', 'address', 0, p.street), ('adresse', 'address_2', 0, ''), ('adresse', 'city', 0, p.city), ('adresse', 'postal_code', 0, p.zip), ('adresse', 'country', 0, 'Belgium'),
  ('adultes', '', 0, h.adults::text), ('enfants', '', 0, h.kids::text),
  ('revenus_mensuels', '', 0, (600 + 50 * fixture_gen.n('wrev', w.sid, 30))::text),
  ('source_revenus', '', 0, fixture_gen.pick(ARRAY['ris_cpas', 'chomage', 'salaire', 'mutuelle_invalidite', 'pension', 'aucun', 'protection_temporaire'], 'wsrc', w.sid)),
  ('orientation', '', 0, CASE WHEN fixture_gen.n('wori', w.sid, 3) < 2 THEN fixture_gen.pick(ARRAY['CPAS de ', 'Service social de quartier, ', 'Maison médicale, ', 'OCMW '], 'woriw', w.sid)
                                 || (SELECT fr FROM pgen.cm WHERE k = 1 + fixture_gen.n('woric', w.sid, 15)) || ' – ' || sw.full_name ELSE '' END),
  ('regime_alimentaire', '', 0, CASE WHEN fixture_gen.n('wdiet', w.sid, 4) < 3 THEN fixture_gen.pick(ARRAY['halal', 'sans_porc', 'diabetique', 'sans_gluten', 'vegetarien', 'allergie_arachides', 'sans_lactose'], 'wdt', w.sid) END),
  ('regime_alimentaire', '', 1, CASE WHEN fixture_gen.n('wdiet', w.sid, 4) = 0 THEN fixture_gen.pick(ARRAY['diabetique', 'sans_lactose', 'allergie_arachides'], 'wdt2', w.sid) END),
  ('situation', '', 0, replace(replace(fixture_gen.pick(ARRAY[
     'Je suis seule avec mes {n} enfants depuis le départ de mon mari. Le CPAS a suspendu mon revenu d''intégration en attendant un document.',
     'J''ai perdu mon travail en janvier, les allocations de chômage ne sont pas encore arrivées.',
     'Nous sommes arrivés d''Ukraine en mars, mon mari est resté à Kharkiv. Nous avons une protection temporaire.',
     'Ik ben invalide (rugproblemen) en mijn uitkering is te laag om rond te komen na de huur.',
     'Étudiante, je vis avec 600 € par mois, loyer 450 €.',
     'Mon fils de 4 ans est allergique aux arachides, merci d''en tenir compte.',
     'Demande faite par l''assistante sociale ({sw}) pour Monsieur, qui ne lit pas le français.',
     'Sans papiers depuis 2019, je travaille quand je peux. Je n''ai droit à rien.',
     'Mon mari est sous dialyse trois fois par semaine, je ne peux pas travailler.',
     'We have been homeless since the fire in our building on ' || (SELECT fr FROM pgen.st WHERE k = 1 + fixture_gen.n('wfire', w.sid, 16)) || '.', ''], 'wsit', w.sid),
     '{n}', h.kids::text), '{sw}', sw.full_name)),
  ('attestation_revenus', '', 0, (SELECT f.fid::text FROM pgen.wfile f WHERE f.sid = w.sid AND f.el = 'attestation_revenus'))) e(name, prop, delta, value)
WHERE w.wf = 'demande_colis' AND e.value IS NOT NULL;

-- Complaints.
INSERT INTO pgen.wv
SELECT w.sid, e.name, e.prop, e.delta, e.value
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who JOIN pgen.p o ON o.i = 2001 + fixture_gen.n('wro', w.sid, 400)
CROSS JOIN LATERAL (SELECT 15 + fixture_gen.n('wrdp', w.sid, 26) AS dp, fixture_gen.n('wanon', w.sid, 6) = 0 AS anon) x
CROSS JOIN LATERAL (VALUES
  ('nom', '', 0, CASE WHEN x.anon THEN '' ELSE p.full_name END), ('email', '', 0, CASE WHEN x.anon THEN '' ELSE p.email END),
  ('telephone', '', 0, CASE WHEN NOT x.anon AND fixture_gen.n('wrtel', w.sid, 2) = 0 THEN p.phone ELSE '' END),
  ('point_de_distribution', '', 0, x.dp::text), ('date_incident', '', 0, to_char(to_timestamp(w.created - 86400 * fixture_gen.n('wrd', w.sid, 10)), 'YYYY-MM-DD')),
  ('categorie', '', 0, fixture_gen.pick(ARRAY['accueil', 'qualite', 'horaires', 'accessibilite', 'discrimination', 'autre'], 'wrcat', w.sid)),
  ('description', '', 0, replace(replace(fixture_gen.pick(ARRAY[
     'Le bénévole à l''entrée a été très impoli avec ma mère, qui ne parle pas bien français.',
     'Les légumes du colis de samedi étaient pourris, nous avons tout jeté.',
     'On m''a refusé un colis parce que j''avais oublié ma carte, alors que je viens chaque semaine depuis deux ans. Je m''appelle {full}.',
     'Le local n''est pas accessible en chaise roulante, mon mari ne peut pas entrer.',
     'J''ai attendu deux heures sous la pluie avec mon bébé.',
     'Een vrijwilliger maakte een racistische opmerking tegen mijn zus {other}.',
     'The distribution started 45 minutes late and nobody informed us.',
     'Mon voisin {other} revend les colis au marché du Midi, ce n''est pas normal.',
     'Il n''y avait plus de produits halal quand je suis arrivée à 15h.'], 'wrdesc', w.sid), '{full}', p.full_name), '{other}', o.full_name)),
  ('reponse_souhaitee', '', 0, CASE WHEN x.anon THEN '0' ELSE '1' END),
  ('photo', '', 0, (SELECT f.fid::text FROM pgen.wfile f WHERE f.sid = w.sid AND f.el = 'photo'))) e(name, prop, delta, value)
WHERE w.wf = 'reclamation' AND e.value IS NOT NULL;

-- Micro-grant applications: the association, its contact person, the
-- project, the account to pay.
INSERT INTO pgen.wv
SELECT w.sid, e.name, e.prop, e.delta, e.value
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who JOIN pgen.asso a ON a.k = fixture_gen.n('wga', w.sid, 14)
CROSS JOIN LATERAL (VALUES
  ('organisation', '', 0, a.name), ('forme_juridique', '', 0, a.form), ('numero_entreprise', '', 0, coalesce(a.bce, '')),
  ('contact', 'first', 0, p.first), ('contact', 'last', 0, p.last), ('email', '', 0, p.email), ('telephone', '', 0, p.phone),
  ('titre_projet', '', 0, a.title), ('description_projet', '', 0, a.descr || CASE WHEN fixture_gen.n('wgd', w.sid, 3) = 0 THEN ' Personne de contact sur place : ' || p.first || ' (' || p.phone || ').' ELSE '' END),
  ('commune', '', 0, (SELECT fr FROM pgen.cm WHERE k = 1 + fixture_gen.n('wgc', w.sid, 15))),
  ('montant_demande', '', 0, (500 + 250 * fixture_gen.n('wgm', w.sid, 9))::text),
  ('iban', '', 0, CASE WHEN w.sid % 2 = 0 THEN pgen.spaced(pgen.beiban('wgib', CASE WHEN a.form = 'asbl' THEN a.k ELSE w.sid + 100 END)) ELSE pgen.beiban('wgib', CASE WHEN a.form = 'asbl' THEN a.k ELSE w.sid + 100 END) END),
  ('titulaire_compte', '', 0, CASE WHEN a.form = 'asbl' THEN a.name ELSE p.full_name END),
  ('budget', '', 0, (SELECT f.fid::text FROM pgen.wfile f WHERE f.sid = w.sid AND f.el = 'budget')),
  ('statuts', '', 0, (SELECT f.fid::text FROM pgen.wfile f WHERE f.sid = w.sid AND f.el = 'statuts'))) e(name, prop, delta, value)
WHERE w.wf = 'micro_subsides' AND e.value IS NOT NULL;

-- The contact form.
INSERT INTO pgen.wv
SELECT w.sid, e.name, '', 0, e.value
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who JOIN pgen.p o ON o.i = 2001 + fixture_gen.n('wko', w.sid, 400)
CROSS JOIN LATERAL (SELECT fixture_gen.n('wkm', w.sid, 9) AS m, fixture_gen.pick(ARRAY['Proximus', 'BNP Paribas Fortis', 'la Commission européenne', 'Deloitte Belgium', 'UCLouvain', 'Colruyt', 'Solvay', 'UZ Brussel'], 'wkorg', w.sid) AS org) x
CROSS JOIN LATERAL (VALUES
  ('nom', CASE WHEN fixture_gen.n('wkn', w.sid, 4) = 0 THEN p.first ELSE p.full_name END), ('email', p.email),
  ('sujet', (ARRAY['Collecte en entreprise', 'Attestation fiscale', 'Suppression de mes données', 'Vrijwilligerswerk', 'Team volunteering day', 'Mon père', 'Problème de paiement', 'Don de fruits', 'Question'])[1 + x.m]),
  ('message', (ARRAY[
     'Bonjour, je souhaiterais organiser une collecte chez ' || x.org || '. Pouvez-vous me rappeler au ' || p.phone || ' ?',
     'Je n''ai pas reçu mon attestation fiscale. Mon adresse a changé : ' || coalesce(p.street, '') || ', ' || coalesce(p.zip, '') || ' ' || coalesce(p.city, '') || '.',
     'Pouvez-vous supprimer toutes mes données ? Je ne suis plus bénévole. ' || p.full_name,
     'Graag had ik meer info over vrijwilligerswerk op zaterdag. Groeten, ' || p.first,
     'We are a group of 12 colleagues from ' || x.org || ' and would like to volunteer for a team day in October.',
     'Mon père, ' || o.full_name || ', 82 ans, vit seul à ' || coalesce(p.city, 'Bruxelles') || ' et n''ose pas demander. Pouvez-vous passer le voir ?',
     'Bonjour, le paiement par carte ne fonctionne pas sur mon téléphone, j''ai essayé trois fois.',
     'Je voudrais donner 200 kg de pommes de mon verger à Wavre. Tél. ' || p.phone,
     'Bonjour, à quelle heure ouvre le point de distribution de Forest le samedi ?'])[1 + x.m])) e(name, value)
WHERE w.wf = 'contact';

INSERT INTO webform_submission_data SELECT w.wf, v.sid, v.name, v.property, v.delta, v.value FROM pgen.wv v JOIN pgen.ws w ON w.sid = v.sid ORDER BY v.sid, v.name, v.property, v.delta;

-- The submission log (enabled on the parcel, complaint and grant forms):
-- creation, the mails the handlers sent, staff updates.
CREATE TABLE webform_submission_log (
    lid serial PRIMARY KEY,
    webform_id varchar(32) NOT NULL,
    sid integer,
    handler_id varchar(64),
    operation varchar(64),
    uid integer NOT NULL,
    message text,
    variables bytea,
    "timestamp" integer NOT NULL,
    data bytea
);
INSERT INTO webform_submission_log (webform_id, sid, handler_id, operation, uid, message, variables, "timestamp", data)
SELECT w.wf, w.sid, x.handler, x.op, x.uid, x.msg, pgen.phpb(x.vars), x.ts, pgen.phpb(x.data)
FROM pgen.ws w JOIN pgen.p p ON p.i = w.who
CROSS JOIN LATERAL (SELECT CASE w.wf WHEN 'demande_colis' THEN 'Demande de colis' WHEN 'reclamation' THEN 'Réclamation' ELSE 'Micro-subsides de quartier' END || ': Submission #' || w.sid AS title,
                           CASE w.wf WHEN 'demande_colis' THEN 'colis@maisonsolidaire.example' WHEN 'reclamation' THEN 'qualite@maisonsolidaire.example' ELSE (SELECT email FROM pgen.p WHERE i = 4) END AS staffmail,
                           (SELECT value FROM pgen.wv WHERE wv.sid = w.sid AND wv.name = 'email' AND wv.value <> '' LIMIT 1) AS mail,
                           (SELECT value FROM pgen.wv WHERE wv.sid = w.sid AND wv.name IN ('prenom', 'nom') AND wv.value <> '' ORDER BY wv.name DESC LIMIT 1) AS first) t
CROSS JOIN LATERAL (VALUES
  (1, '', 'submission created', w.uid, '@title created.', jsonb_build_object('@title', t.title), w.created, '[]'::jsonb),
  (2, 'email_confirmation', 'email sent', w.uid, '@title: Email sent to @to.', jsonb_build_object('@title', t.title, '@to', t.mail), w.created + 2,
     jsonb_build_object('to_mail', t.mail, 'from_mail', 'noreply@maisonsolidaire.example', 'subject', CASE w.wf WHEN 'demande_colis' THEN 'Votre demande de colis' WHEN 'reclamation' THEN 'Votre réclamation' ELSE 'Votre demande de micro-subside' END,
       'body', 'Bonjour ' || coalesce(t.first, '') || ', nous avons bien reçu votre demande n°' || w.sid || '.')),
  (3, 'email_notification', 'email sent', w.uid, '@title: Email sent to @to.', jsonb_build_object('@title', t.title, '@to', t.staffmail), w.created + 3,
     jsonb_build_object('to_mail', t.staffmail, 'from_mail', 'noreply@maisonsolidaire.example', 'reply_to', t.mail, 'subject', 'Nouvelle soumission : ' || t.title)),
  (4, '', 'submission updated', (ARRAY[4, 5, 6, 10, 11, 12, 13, 14])[1 + fixture_gen.n('wlu', w.sid, 8)], '@title updated.', jsonb_build_object('@title', t.title),
     w.created + 86400 * (1 + fixture_gen.n('wlt', w.sid, 12)), '[]'::jsonb)) x(o, handler, op, uid, msg, vars, ts, data)
WHERE w.wf IN ('demande_colis', 'reclamation', 'micro_subsides')
  AND NOT (x.o = 2 AND t.mail IS NULL) AND NOT (x.o = 4 AND fixture_gen.n('wlup', w.sid, 2) = 0)
ORDER BY x.ts, w.sid, x.o;
UPDATE webform_submission_log SET data = NULL WHERE data = pgen.phpb('[]'::jsonb) AND lid % 2 = 0;

-- ---------------------------------------------------------------------------
-- Commerce: the donation store and the solidarity shop, their products,
-- orders (donations and a few purchases), Stripe and bank-transfer
-- payments, saved cards, billing profiles.
CREATE TABLE commerce_store_field_data (
    store_id integer NOT NULL,
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL,
    langcode varchar(12) NOT NULL,
    uid integer NOT NULL,
    name varchar(255),
    mail varchar(254),
    default_currency varchar(3),
    timezone varchar(255),
    address__langcode varchar(32),
    address__country_code varchar(2),
    address__administrative_area varchar(255),
    address__locality varchar(255),
    address__dependent_locality varchar(255),
    address__postal_code varchar(255),
    address__sorting_code varchar(255),
    address__address_line1 varchar(255),
    address__address_line2 varchar(255),
    address__address_line3 varchar(255),
    address__organization varchar(255),
    address__given_name varchar(255),
    address__additional_name varchar(255),
    address__family_name varchar(255),
    prices_include_tax smallint,
    is_default smallint,
    default_langcode smallint NOT NULL,
    PRIMARY KEY (store_id, langcode)
);
INSERT INTO commerce_store_field_data VALUES
 (1, 'online', fixture_gen.uuid('store', 1), 'fr', 4, 'Maison Solidaire – Dons en ligne', 'dons@maisonsolidaire.example', 'EUR', 'Europe/Brussels',
  'fr', 'BE', NULL, 'Saint-Gilles', NULL, '1060', NULL, 'Rue de la Victoire 96', NULL, NULL, 'Maison Solidaire ASBL', NULL, NULL, NULL, 1, 1, 1),
 (1, 'online', fixture_gen.uuid('store', 1), 'nl', 4, 'Solidair Huis – Online giften', 'dons@maisonsolidaire.example', 'EUR', 'Europe/Brussels',
  'nl', 'BE', NULL, 'Sint-Gillis', NULL, '1060', NULL, 'Overwinningsstraat 96', NULL, NULL, 'Solidair Huis vzw', NULL, NULL, NULL, 1, 1, 0),
 (2, 'online', fixture_gen.uuid('store', 2), 'fr', 5, 'Boutique solidaire', 'boutique@maisonsolidaire.example', 'EUR', 'Europe/Brussels',
  'fr', 'BE', NULL, 'Molenbeek-Saint-Jean', NULL, '1080', NULL, 'Chaussée de Gand 212', NULL, NULL, 'Maison Solidaire ASBL', NULL, NULL, NULL, 1, 0, 1),
 (2, 'online', fixture_gen.uuid('store', 2), 'nl', 5, 'Solidaire winkel', 'boutique@maisonsolidaire.example', 'EUR', 'Europe/Brussels',
  'nl', 'BE', NULL, 'Sint-Jans-Molenbeek', NULL, '1080', NULL, 'Gentsesteenweg 212', NULL, NULL, 'Solidair Huis vzw', NULL, NULL, NULL, 1, 0, 0);

CREATE TABLE commerce_product_variation_field_data (
    variation_id integer NOT NULL,
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL,
    langcode varchar(12) NOT NULL,
    product_id integer,
    sku varchar(255) NOT NULL,
    title varchar(255),
    list_price__number numeric(19,6),
    list_price__currency_code varchar(3),
    price__number numeric(19,6),
    price__currency_code varchar(3),
    uid integer NOT NULL,
    status smallint NOT NULL,
    created integer,
    changed integer,
    default_langcode smallint NOT NULL,
    PRIMARY KEY (variation_id, langcode)
);
CREATE TABLE pgen.var (id int PRIMARY KEY, type text, product int, sku text, fr text, nl text, price numeric, store int);
INSERT INTO pgen.var VALUES
 (1, 'donation', 1, 'DON-10', 'Don de 10 €', 'Gift van 10 euro', 10, 1), (2, 'donation', 1, 'DON-25', 'Don de 25 €', 'Gift van 25 euro', 25, 1),
 (3, 'donation', 1, 'DON-40', 'Don de 40 € (attestation fiscale)', 'Gift van 40 euro (fiscaal attest)', 40, 1), (4, 'donation', 1, 'DON-50', 'Don de 50 €', 'Gift van 50 euro', 50, 1),
 (5, 'donation', 1, 'DON-100', 'Don de 100 €', 'Gift van 100 euro', 100, 1), (6, 'donation', 1, 'DON-LIBRE', 'Don libre', 'Vrije gift', 1, 1),
 (7, 'donation', 2, 'PARRAINAGE-COLIS', 'Parrainer un colis familial', 'Een gezinspakket sponsoren', 35, 1), (8, 'donation', 3, 'DON-MEMOIRE', 'Don en mémoire d''un proche', 'Gift ter nagedachtenis', 1, 1),
 (9, 'default', 4, 'TOTE-01', 'Sac en coton Maison Solidaire', 'Katoenen tas Solidair Huis', 12, 2), (10, 'default', 5, 'CARTES-5', 'Cartes de vœux solidaires (lot de 5)', 'Solidaire wenskaarten (5 stuks)', 8, 2),
 (11, 'default', 6, 'CAL-2024', 'Calendrier 2024 des bénévoles', 'Vrijwilligerskalender 2024', 15, 2), (12, 'default', 7, 'TABLIER', 'Tablier de cuisine brodé', 'Geborduurd keukenschort', 22, 2);
INSERT INTO commerce_product_variation_field_data
SELECT v.id, v.type, fixture_gen.uuid('variation', v.id), l.lang, v.product, v.sku, CASE WHEN l.lang = 'nl' THEN v.nl ELSE v.fr END,
       CASE WHEN v.sku = 'CAL-2024' THEN 18 END, CASE WHEN v.sku = 'CAL-2024' THEN 'EUR' END, v.price, 'EUR', CASE WHEN v.store = 1 THEN 4 ELSE 5 END,
       CASE WHEN v.sku = 'CAL-2024' THEN 0 ELSE 1 END,
       extract(epoch FROM timestamptz '2021-10-04 10:00:00+02')::int + v.id * 5400, extract(epoch FROM timestamptz '2023-11-27 16:00:00+01')::int + v.id * 600,
       CASE WHEN l.lang = 'fr' THEN 1 ELSE 0 END
FROM pgen.var v CROSS JOIN (VALUES ('fr'), ('nl')) l(lang) ORDER BY v.id, l.lang;

-- Orders: who, when, how paid. Registered donors are users with the donor
-- role and a few others; anonymous donors check out with their email.
CREATE TABLE pgen.o (order_id int PRIMARY KEY, who int, uid int, store int, state text, created int, placed int, gw text, lang text, bp int, bp_book int);
INSERT INTO pgen.o (order_id, who, uid, store, state, created, placed, gw, lang)
SELECT row_number() OVER (ORDER BY x.created, x.k), x.who, CASE WHEN x.who <= 340 THEN x.who ELSE 0 END,
       CASE WHEN fixture_gen.n('ost', x.k, 7) = 0 THEN 2 ELSE 1 END,
       CASE WHEN fixture_gen.n('oss', x.k, 9) = 0 THEN 'draft' WHEN fixture_gen.n('oss', x.k, 40) = 1 THEN 'canceled' ELSE 'completed' END,
       x.created, NULL, CASE WHEN fixture_gen.n('ogw', x.k, 4) = 0 THEN 'virement' ELSE 'stripe' END, p.lang
FROM (SELECT k, CASE WHEN fixture_gen.n('ou', k, 5) < 2 THEN (SELECT r.entity_id FROM user__roles r WHERE r.roles_target_id = 'donor' ORDER BY r.entity_id OFFSET fixture_gen.n('odr', k, 115) LIMIT 1)
                     ELSE 901 + fixture_gen.n('oa', k, 160) END AS who,
             pgen.ut('oc', k, '2021-11-15', '2024-06-27') AS created
      FROM generate_series(1, 310) k) x JOIN pgen.p p ON p.i = x.who;
UPDATE pgen.o SET placed = created + 120 + fixture_gen.n('opl', order_id, 900) WHERE state <> 'draft';

-- Line items.
CREATE TABLE pgen.oi (id int PRIMARY KEY, order_id int, var int, qty numeric, unit numeric, overridden int);
INSERT INTO pgen.oi
SELECT row_number() OVER (ORDER BY o.order_id, j), o.order_id, v.id, CASE WHEN v.type = 'donation' THEN 1 ELSE 1 + fixture_gen.n('oq', o.order_id * 10 + j, 3) END,
       CASE WHEN v.sku IN ('DON-LIBRE', 'DON-MEMOIRE') THEN (ARRAY[15, 20, 30, 35, 60, 75, 80, 120, 150, 200, 250, 500, 1000])[1 + fixture_gen.n('oam', o.order_id, 13)] ELSE v.price END,
       CASE WHEN v.sku IN ('DON-LIBRE', 'DON-MEMOIRE') THEN 1 ELSE 0 END
FROM pgen.o o CROSS JOIN LATERAL generate_series(1, CASE WHEN o.store = 2 THEN 1 + fixture_gen.n('oni', o.order_id, 2) ELSE 1 END) j
JOIN pgen.var v ON v.id = CASE WHEN o.store = 1 THEN 1 + fixture_gen.n('ov', o.order_id, 8) ELSE 9 + fixture_gen.n('ov', o.order_id * 10 + j, 4) END;
DELETE FROM pgen.oi a USING pgen.oi b WHERE a.order_id = b.order_id AND a.var = b.var AND a.id > b.id;

-- Billing profiles: each placed order has its own copy (owned by nobody, as
-- Commerce keeps them), registered donors an address-book profile too.
CREATE TABLE profile (
    profile_id serial PRIMARY KEY,
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    revision_id integer UNIQUE,
    uid integer NOT NULL,
    status smallint NOT NULL,
    is_default smallint,
    data bytea,
    created integer,
    changed integer
);
INSERT INTO profile (profile_id, type, uuid, revision_id, uid, status, is_default, data, created, changed)
SELECT row_number() OVER (ORDER BY ts, k), 'customer', fixture_gen.uuid('profile', row_number() OVER (ORDER BY ts, k)), row_number() OVER (ORDER BY ts, k), uid, 1, isdef, NULL, ts, ts
FROM (SELECT 'b' || uid AS k, uid, 1 AS isdef, min(created) - 30 AS ts FROM pgen.o WHERE uid > 0 AND state <> 'draft' GROUP BY uid
      UNION ALL SELECT 'o' || order_id, 0, 0, placed - 60 FROM pgen.o WHERE state <> 'draft') x;
UPDATE profile SET data = pgen.phpb(jsonb_build_object('copy_to_address_book', true)) WHERE profile_id % 5 = 0 AND uid = 0;
UPDATE pgen.o o SET bp = p.profile_id FROM profile p WHERE p.uid = 0 AND p.created = o.placed - 60 AND o.state <> 'draft';
UPDATE pgen.o o SET bp_book = p.profile_id FROM profile p WHERE p.uid = o.uid AND o.uid > 0 AND p.is_default = 1;
UPDATE profile p SET data = pgen.phpb(jsonb_build_object('address_book_profile_id', o.bp_book)) FROM pgen.o o WHERE o.bp = p.profile_id AND o.bp_book IS NOT NULL;
UPDATE profile p SET changed = p.created + fixture_gen.n('pch', p.profile_id, 200 * 86400) WHERE p.uid > 0;

CREATE TABLE profile__address (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    address_langcode varchar(32),
    address_country_code varchar(2),
    address_administrative_area varchar(255),
    address_locality varchar(255),
    address_dependent_locality varchar(255),
    address_postal_code varchar(255),
    address_sorting_code varchar(255),
    address_address_line1 varchar(255),
    address_address_line2 varchar(255),
    address_address_line3 varchar(255),
    address_organization varchar(255),
    address_given_name varchar(255),
    address_additional_name varchar(255),
    address_family_name varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO profile__address
SELECT 'customer', 0, pr.profile_id, pr.revision_id, 'fr', 0, CASE WHEN p.lang = 'nl' THEN 'nl' ELSE 'fr' END, p.cc,
       CASE WHEN p.cc = 'GB' AND fixture_gen.n('pradm', pr.profile_id, 3) = 0 THEN 'Greater London' END, p.city, NULL, p.zip, NULL,
       regexp_replace(p.street, ' (bte|bus) [0-9]+$', ''), CASE WHEN p.street ~ ' (bte|bus) [0-9]+$' THEN substring(p.street FROM '(b(te|us) [0-9]+)$') END, NULL,
       CASE WHEN fixture_gen.n('porg', o.who, 12) = 0 THEN fixture_gen.pick(ARRAY['Boulangerie Benali SPRL', 'Cabinet dentaire Dr Lambert', 'Peeters & Zonen bv', 'Studio Graphique Renard', 'Kowalczyk Bouw', 'Pharmacie du Parvis'], 'porgn', o.who) END,
       p.first, CASE WHEN p.c IN ('pt', 'es') AND fixture_gen.n('padd', o.who, 2) = 0 THEN fixture_gen.pick(ARRAY['Maria', 'José', 'Luísa', 'Manuel'], 'paddn', o.who)
                     WHEN p.c = 'ro' AND fixture_gen.n('padd', o.who, 2) = 0 THEN fixture_gen.pick(ARRAY['Maria', 'Ioan', 'Elena'], 'paddn', o.who) END, p.last
FROM profile pr JOIN pgen.o o ON o.bp = pr.profile_id OR (o.bp_book = pr.profile_id AND o.order_id = (SELECT min(order_id) FROM pgen.o o2 WHERE o2.bp_book = pr.profile_id))
JOIN pgen.p p ON p.i = o.who ORDER BY pr.profile_id;

-- The national register number a Belgian tax certificate needs (asked
-- since January 2024).
CREATE TABLE profile__field_national_number (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    field_national_number_value varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO profile__field_national_number
SELECT DISTINCT 'customer', 0, pr.profile_id, pr.revision_id, 'fr', 0,
       CASE WHEN fixture_gen.n('nnf', pr.profile_id, 3) = 0 THEN replace(replace(p.nn, '.', ''), '-', '') ELSE p.nn END
FROM profile pr JOIN pgen.o o ON o.bp = pr.profile_id OR o.bp_book = pr.profile_id JOIN pgen.p p ON p.i = o.who
WHERE p.cc = 'BE' AND o.placed >= extract(epoch FROM timestamptz '2024-01-01')::int AND o.store = 1 AND fixture_gen.n('nnw', o.who, 5) < 4
ORDER BY pr.profile_id;

-- Stripe: customers of registered card donors, their saved cards.
CREATE TABLE user__commerce_remote_id (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id integer NOT NULL,
    revision_id integer NOT NULL,
    langcode varchar(32) NOT NULL DEFAULT '',
    delta integer NOT NULL,
    commerce_remote_id_provider varchar(255),
    commerce_remote_id_remote_id varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);
INSERT INTO user__commerce_remote_id
SELECT 'user', 0, f.uid, f.uid, f.langcode, 0, 'stripe|live', 'cus_' || pgen.rnd('cus', f.uid, 14)
FROM users_field_data f WHERE f.uid IN (SELECT uid FROM pgen.o WHERE uid > 0 AND gw = 'stripe' AND state <> 'draft') ORDER BY f.uid;

CREATE TABLE commerce_payment_method (
    method_id serial PRIMARY KEY,
    uuid varchar(128) NOT NULL UNIQUE,
    type varchar(32) NOT NULL,
    payment_gateway varchar(255),
    payment_gateway_mode varchar(255),
    uid integer NOT NULL,
    remote_id varchar(255),
    billing_profile__target_id integer,
    billing_profile__target_revision_id integer,
    reusable smallint,
    is_default smallint,
    expires integer,
    created integer,
    changed integer
);
INSERT INTO commerce_payment_method (method_id, uuid, type, payment_gateway, payment_gateway_mode, uid, remote_id, billing_profile__target_id, billing_profile__target_revision_id, reusable, is_default, expires, created, changed)
SELECT row_number() OVER (ORDER BY o.placed, o.order_id), fixture_gen.uuid('pmethod', o.order_id), 'credit_card', 'stripe', 'live', o.uid, 'pm_' || pgen.rnd('pm', o.order_id, 24),
       o.bp, o.bp, CASE WHEN o.uid > 0 THEN 1 ELSE 0 END, CASE WHEN o.uid > 0 THEN 1 ELSE 0 END,
       extract(epoch FROM make_timestamptz(2024 + fixture_gen.n('pmy', o.order_id, 5), 1 + fixture_gen.n('pmm', o.order_id, 12), 1, 0, 0, 0, 'UTC') + interval '1 month' - interval '1 second')::int,
       o.placed - 20, o.placed - 20
FROM pgen.o o WHERE o.gw = 'stripe' AND o.state <> 'draft' AND (o.uid = 0 OR o.order_id = (SELECT min(order_id) FROM pgen.o o2 WHERE o2.uid = o.uid AND o2.gw = 'stripe' AND o2.state <> 'draft'));

CREATE TABLE commerce_order (
    order_id serial PRIMARY KEY,
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    order_number varchar(255),
    version integer NOT NULL,
    store_id integer NOT NULL,
    uid integer NOT NULL,
    mail varchar(254),
    ip_address varchar(128),
    state varchar(255) NOT NULL,
    locked smallint,
    billing_profile__target_id integer,
    billing_profile__target_revision_id integer,
    total_price__number numeric(19,6),
    total_price__currency_code varchar(3),
    total_paid__number numeric(19,6),
    total_paid__currency_code varchar(3),
    data bytea,
    created integer NOT NULL,
    changed integer,
    placed integer,
    completed integer,
    cart smallint,
    checkout_flow varchar(255),
    checkout_step varchar(255)
);
INSERT INTO commerce_order
SELECT o.order_id, CASE WHEN o.store = 1 THEN 'donation' ELSE 'default' END, fixture_gen.uuid('order', o.order_id), CASE WHEN o.state = 'draft' THEN NULL ELSE o.order_id::text END,
       CASE WHEN o.state = 'draft' THEN 2 + fixture_gen.n('over', o.order_id, 4) ELSE 6 + fixture_gen.n('over', o.order_id, 5) END, o.store, o.uid,
       CASE WHEN o.state = 'draft' AND o.uid = 0 AND fixture_gen.n('omail', o.order_id, 2) = 0 THEN NULL ELSE p.email END, p.ip,
       o.state, 0, o.bp, o.bp, t.total, 'EUR', CASE WHEN o.state = 'completed' AND (o.gw = 'stripe' OR fixture_gen.n('opaid', o.order_id, 6) > 0) THEN t.total ELSE 0 END, 'EUR',
       pgen.phpb(CASE WHEN o.state = 'draft' THEN '[]'::jsonb
                      WHEN o.gw = 'stripe' THEN jsonb_build_object('paid_event_dispatched', o.state = 'completed', 'stripe_intent', 'pi_' || pgen.rnd('pi', o.order_id, 24))
                      ELSE jsonb_build_object('paid_event_dispatched', o.state = 'completed' AND fixture_gen.n('opaid', o.order_id, 6) > 0) END),
       o.created, coalesce(o.placed, o.created) + fixture_gen.n('ochg', o.order_id, 3 * 86400), o.placed, CASE WHEN o.state = 'completed' THEN o.placed END,
       CASE WHEN o.state = 'draft' THEN 1 ELSE 0 END, 'default', CASE WHEN o.state = 'draft' THEN fixture_gen.pick(ARRAY['order_information', 'review', 'order_information'], 'ostep', o.order_id) ELSE 'complete' END
FROM pgen.o o JOIN pgen.p p ON p.i = o.who
CROSS JOIN LATERAL (SELECT sum(oi.qty * oi.unit) AS total FROM pgen.oi oi WHERE oi.order_id = o.order_id) t
ORDER BY o.order_id;

CREATE TABLE commerce_order_item (
    order_item_id serial PRIMARY KEY,
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    order_id integer,
    purchased_entity integer,
    title varchar(512),
    quantity numeric(17,2),
    unit_price__number numeric(19,6),
    unit_price__currency_code varchar(3),
    overridden_unit_price smallint,
    total_price__number numeric(19,6),
    total_price__currency_code varchar(3),
    data bytea,
    locked smallint,
    created integer NOT NULL,
    changed integer,
    uses_legacy_adjustments smallint
);
INSERT INTO commerce_order_item
SELECT oi.id, CASE WHEN v.type = 'donation' THEN 'donation' ELSE 'default' END, fixture_gen.uuid('orderitem', oi.id), oi.order_id, oi.var, CASE WHEN o.lang = 'nl' THEN v.nl ELSE v.fr END,
       oi.qty, oi.unit, 'EUR', oi.overridden, oi.qty * oi.unit, 'EUR', pgen.phpb('[]'::jsonb), 0, o.created, o.created + 30, 0
FROM pgen.oi oi JOIN pgen.o o ON o.order_id = oi.order_id JOIN pgen.var v ON v.id = oi.var ORDER BY oi.id;

CREATE TABLE commerce_payment (
    payment_id serial PRIMARY KEY,
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    payment_gateway varchar(255),
    payment_gateway_mode varchar(255),
    payment_method integer,
    order_id integer NOT NULL,
    remote_id varchar(255),
    remote_state varchar(255),
    amount__number numeric(19,6),
    amount__currency_code varchar(3),
    refunded_amount__number numeric(19,6),
    refunded_amount__currency_code varchar(3),
    state varchar(255) NOT NULL,
    authorized integer,
    expires integer,
    completed integer,
    test smallint,
    avs_response_code varchar(255),
    avs_response_code_label varchar(255)
);
INSERT INTO commerce_payment (type, uuid, payment_gateway, payment_gateway_mode, payment_method, order_id, remote_id, remote_state, amount__number, amount__currency_code,
                              refunded_amount__number, refunded_amount__currency_code, state, authorized, expires, completed, test, avs_response_code, avs_response_code_label)
SELECT CASE WHEN o.gw = 'stripe' THEN 'payment_default' ELSE 'payment_manual' END, fixture_gen.uuid('payment', o.order_id), o.gw, 'live',
       CASE WHEN o.gw = 'stripe' THEN (SELECT m.method_id FROM commerce_payment_method m WHERE (m.uid = o.uid AND o.uid > 0) OR (m.uid = 0 AND m.billing_profile__target_id = o.bp) ORDER BY m.method_id LIMIT 1) END,
       o.order_id, CASE WHEN o.gw = 'stripe' THEN (SELECT substring(convert_from(c.data, 'UTF8') FROM 'pi_[A-Za-z0-9]+') FROM commerce_order c WHERE c.order_id = o.order_id) END,
       CASE WHEN o.gw = 'stripe' THEN CASE WHEN o.state = 'canceled' THEN 'canceled' ELSE 'succeeded' END END,
       c.total_price__number, 'EUR', CASE WHEN o.state = 'canceled' AND o.gw = 'stripe' THEN c.total_price__number ELSE 0 END, 'EUR',
       CASE WHEN o.state = 'canceled' THEN CASE WHEN o.gw = 'stripe' THEN 'refunded' ELSE 'voided' END WHEN c.total_paid__number > 0 THEN 'completed' ELSE 'pending' END,
       CASE WHEN o.gw = 'stripe' THEN o.placed END, NULL,
       CASE WHEN c.total_paid__number > 0 THEN o.placed + CASE WHEN o.gw = 'stripe' THEN 2 ELSE 86400 * (2 + fixture_gen.n('pdays', o.order_id, 6)) END END,
       0, NULL, NULL
FROM pgen.o o JOIN commerce_order c ON c.order_id = o.order_id WHERE o.state <> 'draft' ORDER BY o.placed, o.order_id;

-- ---------------------------------------------------------------------------
-- users_data: the personal contact form switch, and TFA (TOTP) for staff:
-- the seed and recovery codes encrypted with the site's key.
CREATE TABLE users_data (
    uid integer NOT NULL DEFAULT 0,
    module varchar(50) NOT NULL DEFAULT '',
    name varchar(128) NOT NULL DEFAULT '',
    value bytea,
    serialized smallint DEFAULT 0,
    PRIMARY KEY (uid, module, name)
);
INSERT INTO users_data
SELECT uid, 'contact', 'enabled', convert_to(CASE WHEN fixture_gen.n('ucont', uid, 4) = 0 THEN '0' ELSE '1' END, 'UTF8'), 0 FROM pgen.u WHERE fixture_gen.n('ucd', uid, 3) > 0 OR uid <= 14
UNION ALL
SELECT uid, 'tfa', 'tfa_user_settings', pgen.phpb(jsonb_build_object('saved', login - 86400 * 30, 'status', 1, 'data', jsonb_build_object('plugins', jsonb_build_object('tfa_totp', 'tfa_totp'), 'sms', false), 'validation_skipped', 0)), 1
FROM pgen.u WHERE uid BETWEEN 1 AND 14
UNION ALL
SELECT uid, 'tfa', 'tfa_totp_seed', pgen.phpb(jsonb_build_object('seed', translate(encode(convert_to('def50200' || fixture_gen.hexn('totp', uid, 232), 'UTF8'), 'base64'), E'\n', ''), 'created', login - 86400 * 30)), 1
FROM pgen.u WHERE uid BETWEEN 1 AND 14
UNION ALL
SELECT uid, 'tfa', 'tfa_recovery_code', pgen.phpb(jsonb_build_object('0', 'def50200' || fixture_gen.hexn('rc1', uid, 180), '1', 'def50200' || fixture_gen.hexn('rc2', uid, 180), '2', 'def50200' || fixture_gen.hexn('rc3', uid, 180))), 1
FROM pgen.u WHERE uid BETWEEN 1 AND 14
ORDER BY 1, 2, 3;

-- ---------------------------------------------------------------------------
-- Sessions: the hashed session id, the PHP-serialized session (user id,
-- CSRF token seed, carts of anonymous donors, their webform submissions,
-- pending messages).
CREATE TABLE sessions (
    uid integer NOT NULL,
    sid varchar(128) PRIMARY KEY,
    hostname varchar(128) NOT NULL DEFAULT '',
    "timestamp" integer NOT NULL DEFAULT 0,
    session bytea
);
CREATE FUNCTION pgen.sess(attrs jsonb, flashes jsonb, k int, ts int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT convert_to('_sf2_attributes|' || pgen.php(attrs) || CASE WHEN flashes IS NULL THEN '' ELSE '_symfony_flashes|' || pgen.php(flashes) END
         || '_sf2_meta|' || pgen.php(jsonb_build_object('u', ts, 'c', ts - fixture_gen.n('sessc', k, 3 * 86400), 'l', 2000000, 's', pgen.b64u('csrf', k, 43))), 'UTF8')
$$;
INSERT INTO sessions
SELECT u.uid, pgen.b64u('sid', u.uid, 43), p.ip, t.ts, pgen.sess(jsonb_build_object('uid', u.uid::text), NULL, u.uid, t.ts)
FROM pgen.u u JOIN pgen.p p ON p.i = u.uid CROSS JOIN LATERAL (SELECT extract(epoch FROM timestamptz '2024-06-28 18:00:00+02')::int - fixture_gen.n('sts', u.uid, 20 * 86400) AS ts) t
WHERE u.status = 1 AND (u.uid <= 14 OR fixture_gen.n('ses', u.uid, 6) = 0);
-- Anonymous sessions: carts, webform submissions, messages.
INSERT INTO sessions
SELECT 0, pgen.b64u('sida', sk, 43), p.ip, x.ts,
       pgen.sess(CASE WHEN o.order_id IS NOT NULL THEN jsonb_build_object('commerce_cart_orders', jsonb_build_array(o.order_id)) || CASE WHEN sk % 3 = 0 THEN jsonb_build_object('commerce_cart_completed_orders', jsonb_build_array(greatest(1, o.order_id - 4))) ELSE '{}'::jsonb END
                      WHEN w.sid IS NOT NULL THEN jsonb_build_object('webform_submissions', jsonb_build_object(w.sid::text, w.sid))
                      ELSE jsonb_build_object('language', p.lang) END,
                 CASE WHEN w.sid IS NOT NULL AND sk % 2 = 0 THEN jsonb_build_object('status', jsonb_build_array(CASE w.lang WHEN 'nl' THEN 'Bedankt ' || p.first || ', je inschrijving is goed ontvangen.' WHEN 'en' THEN 'Thank you ' || p.first || ', we received your request.' ELSE 'Merci ' || p.first || ', votre demande a bien été enregistrée.' END)) END,
                 1000 + sk, x.ts)
FROM generate_series(1, 90) sk
LEFT JOIN pgen.o o ON sk <= 35 AND o.order_id = (SELECT order_id FROM pgen.o WHERE state = 'draft' AND uid = 0 ORDER BY order_id OFFSET (sk % 20) LIMIT 1)
LEFT JOIN pgen.ws w ON sk > 35 AND sk <= 75 AND w.sid = (SELECT sid FROM pgen.ws WHERE uid = 0 ORDER BY sid DESC OFFSET greatest(0, sk - 35) LIMIT 1)
JOIN pgen.p p ON p.i = coalesce(o.who, w.who, 401 + (sk * 7) % 120)
CROSS JOIN LATERAL (SELECT extract(epoch FROM timestamptz '2024-06-28 18:00:00+02')::int - fixture_gen.n('stsa', sk, 15 * 86400) AS ts) x;

-- ---------------------------------------------------------------------------
-- The watchdog (dblog): logins, failed logins, password resets and
-- one-time login links, new, blocked and deleted accounts, content saves,
-- webform submissions, mail and SMTP errors, Mailchimp and Stripe errors,
-- PHP exceptions, 404s and 403s, cron.
CREATE TABLE watchdog (
    wid serial PRIMARY KEY,
    uid integer NOT NULL DEFAULT 0,
    type varchar(64) NOT NULL DEFAULT '',
    message text NOT NULL,
    variables bytea NOT NULL,
    severity smallint NOT NULL DEFAULT 0,
    link text,
    location text NOT NULL,
    referer text,
    hostname varchar(128) NOT NULL DEFAULT '',
    "timestamp" integer NOT NULL DEFAULT 0
);
CREATE TABLE pgen.wd (k int, uid int, type text, message text, vars jsonb, severity int, link text, location text, referer text, ip text, ts int);
INSERT INTO pgen.wd
SELECT k, x.uid, x.type, x.msg, x.vars, x.sev, x.link, 'https://www.maisonsolidaire.example' || x.loc, x.ref, x.ip, x.ts
FROM generate_series(1, 560) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('wdk', k, 100) AS r, 15 + fixture_gen.n('wdu', k, 326) AS who,
                           extract(epoch FROM timestamptz '2024-05-29 00:00:00+02')::int + k * 4600 + fixture_gen.n('wdt', k, 4000) AS ts) b
JOIN pgen.p p ON p.i = b.who JOIN users_field_data f ON f.uid = b.who
CROSS JOIN LATERAL (SELECT pgen.b64u('reset', k, 43) AS h, (SELECT full_name || '|' || email FROM pgen.p WHERE i = 601 + fixture_gen.n('wdx', k, 280)) AS anon) y
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (b.r < 22, f.uid, 'user', 'Session opened for %name.', jsonb_build_object('%name', f.name), 5, '', '/fr/user/login', 'https://www.maisonsolidaire.example/fr/user/login', p.ip, b.ts),
  (b.r >= 22 AND b.r < 28, f.uid, 'user', 'Session closed for %name.', jsonb_build_object('%name', f.name), 5, '', '/fr/user/logout', 'https://www.maisonsolidaire.example/fr/user/' || f.uid, p.ip, b.ts),
  (b.r >= 28 AND b.r < 36, 0, 'user', 'Login attempt failed for %user.', jsonb_build_object('%user', CASE WHEN k % 3 = 0 THEN f.mail ELSE f.name END), 5, '', '/fr/user/login',
     'https://www.maisonsolidaire.example/fr/user/login', p.ip, b.ts),
  (b.r >= 36 AND b.r < 41, f.uid, 'user', 'Password reset instructions mailed to %name at %email.', jsonb_build_object('%name', f.name, '%email', f.mail), 5, '',
     '/fr/user/password?name=' || replace(f.mail, '@', '%40'), 'https://www.maisonsolidaire.example/fr/user/password?name=' || replace(f.mail, '@', '%40'), p.ip, b.ts),
  (b.r >= 41 AND b.r < 45, f.uid, 'user', 'User %name used one-time login link at time %timestamp.', jsonb_build_object('%name', f.name, '%timestamp', b.ts - 600), 5, '',
     '/fr/user/reset/' || f.uid || '/' || (b.ts - 600) || '/' || y.h || '/login', NULL, p.ip, b.ts),
  (b.r >= 45 AND b.r < 48, 0, 'user', 'New user: %name %email.', jsonb_build_object('%name', f.name, '%email', f.mail), 5, '<a href="/fr/user/' || f.uid || '/edit">Modifier</a>', '/fr/user/register', 'https://www.maisonsolidaire.example/fr/devenir-benevole', p.ip, b.ts),
  (b.r = 48, 3, 'user', 'Deleted user: %name %email.', jsonb_build_object('%name', split_part(y.anon, '|', 1), '%email', split_part(y.anon, '|', 2)), 5, '', '/batch?id=' || (200 + k) || '&op=do_nojs', 'https://www.maisonsolidaire.example/fr/admin/people', '81.241.7.18', b.ts),
  (b.r = 49, 6, 'user', 'Blocked user: %name %email.', jsonb_build_object('%name', f.name, '%email', f.mail), 5, '<a href="/fr/user/' || f.uid || '/edit">Modifier</a>', '/fr/admin/people', 'https://www.maisonsolidaire.example/fr/admin/people?user=' || split_part(f.mail, '@', 1), '81.241.7.18', b.ts),
  (b.r >= 50 AND b.r < 56, (ARRAY[2, 3, 5, 7, 8, 9])[1 + k % 6], 'content', CASE WHEN k % 2 = 0 THEN '@type: added %title.' ELSE '@type: updated %title.' END,
     jsonb_build_object('@type', 'article', '%title', (SELECT title FROM node_field_data WHERE nid = 41 + k % 70 AND langcode = 'fr'), 'link', '<a href="/fr/node/' || (41 + k % 70) || '">Voir</a>'), 5,
     '<a href="/fr/node/' || (41 + k % 70) || '">Voir</a>', '/fr/node/' || (41 + k % 70) || '/edit', 'https://www.maisonsolidaire.example/fr/admin/content', '81.241.7.18', b.ts),
  (b.r >= 56 AND b.r < 64, 0, 'webform_submission', '@title created.', jsonb_build_object('@title', 'Devenir bénévole: Submission #' || (300 + k % 100), 'link', '<a href="/fr/admin/structure/webform/manage/inscription_benevole/submission/' || (300 + k % 100) || '">Voir</a>'), 5,
     '<a href="/fr/admin/structure/webform/manage/inscription_benevole/submission/' || (300 + k % 100) || '">Voir</a>', '/fr/form/inscription-benevole', 'https://www.maisonsolidaire.example/fr/devenir-benevole', p.ip, b.ts),
  (b.r >= 64 AND b.r < 67, 0, 'mail', 'Error sending email (from %from to %to with reply-to %reply).', jsonb_build_object('%from', 'noreply@maisonsolidaire.example', '%to', p.email, '%reply', 'not set'), 3, '',
     '/fr/form/contact', 'https://www.maisonsolidaire.example/fr/form/contact', p.ip, b.ts),
  (b.r >= 67 AND b.r < 69, 0, 'smtp', 'Error sending e-mail from @from to @to: @error_message', jsonb_build_object('@from', 'noreply@maisonsolidaire.example', '@to', p.email, '@error_message', 'SMTP Error: data not accepted. 550 5.1.1 mailbox unavailable'), 3, '',
     '/fr/checkout/' || (k % 300 + 1) || '/complete', 'https://www.maisonsolidaire.example/fr/checkout/' || (k % 300 + 1) || '/review', p.ip, b.ts),
  (b.r = 69, 0, 'mailchimp', 'An error occurred subscribing @email to list @list. Status code @code. "@message"', jsonb_build_object('@email', p.email, '@list', 'Newsletter', '@code', 400, '@message', 'Member Exists'), 3, '',
     '/cron/' || 'CRONKEY', NULL, '127.0.0.1', b.ts),
  (b.r = 70, 0, 'mailchimp', p.email || ' looks fake or invalid, please enter a real email address.', '[]'::jsonb, 3, '', '/cron/' || 'CRONKEY', NULL, '127.0.0.1', b.ts),
  (b.r >= 71 AND b.r < 73, 0, 'commerce_stripe', CASE WHEN k % 2 = 0 THEN 'Your card was declined.' ELSE 'No such PaymentMethod: ''pm_' || pgen.rnd('wdpm', k, 24) || '''' END, '[]'::jsonb, 3, '',
     '/fr/checkout/' || (k % 300 + 1) || '/review', 'https://www.maisonsolidaire.example/fr/checkout/' || (k % 300 + 1) || '/order_information', p.ip, b.ts),
  (b.r >= 73 AND b.r < 75, 0, 'php', '%type: @message in %function (line %line of %file).',
     jsonb_build_object('%type', 'Drupal\Core\Entity\EntityStorageException', '@message', 'SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint "users_field_data__user__name"' || E'\n' || 'DETAIL:  Key (name, langcode)=(' || f.name || ', fr) already exists.',
       '%function', 'Drupal\Core\Entity\Sql\SqlContentEntityStorage->save()', '%line', 815, '%file', '/var/www/html/web/core/lib/Drupal/Core/Entity/Sql/SqlContentEntityStorage.php', 'severity_level', 3,
       'backtrace_string', '#0 /var/www/html/web/core/lib/Drupal/Core/Entity/EntityBase.php(354): Drupal\Core\Entity\Sql\SqlContentEntityStorage->save()'), 3, '',
     '/fr/user/register', 'https://www.maisonsolidaire.example/fr/user/register', p.ip, b.ts),
  (b.r = 75, 0, 'php', '%type: @message in %function (line %line of %file).',
     jsonb_build_object('%type', 'Warning', '@message', 'Undefined array key "address_line1"', '%function', 'Drupal\webform\Plugin\WebformElement\WebformAddress->formatTextItemValue()', '%line', 104,
       '%file', '/var/www/html/web/modules/contrib/webform/src/Plugin/WebformElement/WebformAddress.php', 'severity_level', 4), 4, '', '/fr/admin/structure/webform/manage/demande_colis/results/submissions', NULL, '81.241.7.18', b.ts),
  (b.r >= 76 AND b.r < 88, 0, 'page not found', '@uri', jsonb_build_object('@uri', fixture_gen.pick(ARRAY['/wp-login.php', '/xmlrpc.php', '/.env', '/fr/node/999', '/nl/nieuws/oude-pagina', '/fr/don-ponctuel', '/images/logo-2018.png', '/admin/config.php', '/fr/benevoles/planning.pdf'], 'wd404', k)), 4, '',
     fixture_gen.pick(ARRAY['/wp-login.php', '/xmlrpc.php', '/.env', '/fr/node/999', '/nl/nieuws/oude-pagina', '/fr/don-ponctuel', '/images/logo-2018.png', '/admin/config.php', '/fr/benevoles/planning.pdf'], 'wd404', k),
     CASE WHEN k % 3 = 0 THEN 'https://www.google.com/' END, fixture_gen.ipv4('wdbot', k), b.ts),
  (b.r >= 88 AND b.r < 92, f.uid, 'access denied', '@uri', jsonb_build_object('@uri', '/fr/admin/structure/webform/manage/demande_colis/results/submissions'), 4, '', '/fr/admin/structure/webform/manage/demande_colis/results/submissions',
     'https://www.maisonsolidaire.example/fr/user/' || f.uid, p.ip, b.ts),
  (b.r >= 92, 0, 'cron', 'Cron run completed.', '[]'::jsonb, 5, '', '/cron/' || 'CRONKEY', NULL, '127.0.0.1', b.ts)) v(ok, uid, type, msg, vars, sev, link, loc, ref, ip, ts) WHERE v.ok) x;
INSERT INTO watchdog (uid, type, message, variables, severity, link, location, referer, hostname, "timestamp")
SELECT uid, type, message, pgen.phpb(vars), severity, link, location, referer, ip, ts FROM pgen.wd ORDER BY ts, k;
-- Cron is run from outside through its URL, which carries the cron key.
UPDATE watchdog SET location = replace(location, 'CRONKEY', pgen.b64u('cronkey', 1, 74)) WHERE location LIKE '%/cron/CRONKEY';

-- Flood control: failed logins by IP and by account, password requests.
CREATE TABLE flood (
    fid serial PRIMARY KEY,
    event varchar(64) NOT NULL DEFAULT '',
    identifier varchar(128) NOT NULL DEFAULT '',
    "timestamp" integer NOT NULL DEFAULT 0,
    expiration integer NOT NULL DEFAULT 0
);
INSERT INTO flood (event, identifier, "timestamp", expiration)
SELECT x.event, x.ident, x.ts, x.ts + x.win FROM (
  SELECT k, 'user.failed_login_ip' AS event, p.ip AS ident, 3600 AS win, extract(epoch FROM timestamptz '2024-06-28 08:00:00+02')::int + k * 900 + fixture_gen.n('flt', k, 600) AS ts
  FROM generate_series(1, 30) k JOIN pgen.p p ON p.i = 15 + fixture_gen.n('flu', k, 326)
  UNION ALL
  SELECT k, 'user.failed_login_user', p.i || '-' || p.ip, 21600, extract(epoch FROM timestamptz '2024-06-28 08:00:00+02')::int + k * 900 + fixture_gen.n('flt', k, 600)
  FROM generate_series(1, 30) k JOIN pgen.p p ON p.i = 15 + fixture_gen.n('flu', k, 326) WHERE k % 3 > 0
  UNION ALL
  SELECT k, 'user.password_request_ip', p.ip, 3600, extract(epoch FROM timestamptz '2024-06-28 07:00:00+02')::int + k * 1700 FROM generate_series(1, 14) k JOIN pgen.p p ON p.i = 15 + fixture_gen.n('flp', k, 326)
  UNION ALL
  SELECT k, 'user.password_request_user', p.i::text, 21600, extract(epoch FROM timestamptz '2024-06-28 07:00:00+02')::int + k * 1700 FROM generate_series(1, 14) k JOIN pgen.p p ON p.i = 15 + fixture_gen.n('flp', k, 326)
  UNION ALL
  SELECT k, 'contact', fixture_gen.ipv4('flc', k), 3600, extract(epoch FROM timestamptz '2024-06-28 09:00:00+02')::int + k * 2400 FROM generate_series(1, 8) k
  UNION ALL
  SELECT k, 'webform.inscription_benevole', p.ip, 3600, extract(epoch FROM timestamptz '2024-06-28 10:00:00+02')::int + k * 2000 FROM generate_series(1, 8) k JOIN pgen.p p ON p.i = 601 + fixture_gen.n('flw', k, 280)
) x ORDER BY x.ts, x.event;

-- ---------------------------------------------------------------------------
-- Key/value stores. key_value: module schema versions, state (with the
-- cron key and the site's private key), post updates, installed entity
-- definitions, pathauto state, config key stores. key_value_expire: cached
-- forms and form states (what visitors typed into multi-step webforms,
-- checkout and registration), tempstore, update status.
CREATE TABLE key_value (
    collection varchar(128) NOT NULL DEFAULT '',
    name varchar(128) NOT NULL DEFAULT '',
    value bytea NOT NULL,
    PRIMARY KEY (collection, name)
);
INSERT INTO key_value
SELECT 'system.schema', m, convert_to(pgen.php(to_jsonb(v)), 'UTF8') FROM (VALUES
  ('system', 10201), ('user', 10000), ('node', 8810), ('comment', 10100), ('taxonomy', 10100), ('file', 10101), ('image', 10101), ('editor', 9401), ('ckeditor5', 9000),
  ('filter', 8000), ('field', 8500), ('text', 8000), ('link', 8000), ('options', 8000), ('datetime', 8000), ('telephone', 8000), ('path', 8000), ('path_alias', 8000),
  ('menu_link_content', 8601), ('search', 8602), ('contact', 8003), ('dblog', 10100), ('update', 8001), ('language', 8003), ('content_translation', 8003), ('locale', 10100),
  ('views', 8500), ('block', 8600), ('block_content', 10100), ('dynamic_page_cache', 8000), ('page_cache', 8000), ('big_pipe', 8000), ('toolbar', 8000),
  ('webform', 8645), ('webform_ui', 8000), ('commerce', 8000), ('commerce_order', 8219), ('commerce_payment', 8211), ('commerce_stripe', 8102), ('commerce_cart', 8000),
  ('commerce_checkout', 8204), ('commerce_product', 8208), ('commerce_store', 8211), ('commerce_price', 8000), ('address', 8104), ('profile', 8001), ('entity', 8000),
  ('inline_entity_form', 8000), ('state_machine', 8000), ('token', 8000), ('pathauto', 8108), ('ctools', 8000), ('tfa', 8004), ('key', 8000), ('encrypt', 8000),
  ('real_aes', 8000), ('smtp', 8015), ('mailchimp', 8019), ('recaptcha', 8303), ('captcha', 8000), ('metatag', 8115), ('admin_toolbar', 8000)) s(m, v)
UNION ALL
SELECT 'state', n, convert_to(v, 'UTF8') FROM (VALUES
  ('system.cron_key', pgen.php(to_jsonb(pgen.b64u('cronkey', 1, 74)))),
  ('system.private_key', pgen.php(to_jsonb(pgen.b64u('privkey', 1, 74)))),
  ('install_time', 'i:1551690720;'),
  ('system.cron_last', 'i:' || (extract(epoch FROM timestamptz '2024-06-28 17:00:00+02')::int) || ';'),
  ('system.css_js_query_string', 's:6:"sg3k2m";'),
  ('system.maintenance_mode', 'b:0;'),
  ('update.last_check', 'i:' || (extract(epoch FROM timestamptz '2024-06-28 03:12:09+02')::int) || ';'),
  ('update.last_email_notification', 'i:' || (extract(epoch FROM timestamptz '2024-06-20 03:12:11+02')::int) || ';'),
  ('node.min_max_update_time', pgen.php('{"min_created": 1551863640, "max_created": 1719222000}'::jsonb)),
  ('comment.maintain_entity_statistics', 'b:1;'),
  ('comment.node_comment_statistics_scale', 'd:0.0833;'),
  ('router.path_roots', pgen.php('["node", "user", "admin", "form", "webform", "checkout", "cart", "taxonomy", "search", "cron", "batch", "system", "contact", "comment", "membres", "file", "sites"]'::jsonb)),
  ('twig_extension_hash_prefix', pgen.php(jsonb_build_object('twig_extension_hash', fixture_gen.hexn('twig', 1, 64), 'twig_cache_prefix', '667e' || fixture_gen.hexn('twigp', 1, 9)))),
  ('locale.translation_last_checked', 'i:1719100000;'),
  ('search.node.index_statistics', pgen.php('{"total": 220, "remaining": 12}'::jsonb)),
  ('mailchimp.lists_last_synced', 'i:1719500000;'),
  ('webform.cron_last', 'i:1719586800;'),
  ('system.theme.files', pgen.php('{"olivero": "core/themes/olivero/olivero.info.yml", "claro": "core/themes/claro/claro.info.yml", "msb_theme": "themes/custom/msb_theme/msb_theme.info.yml"}'::jsonb))) s(n, v)
UNION ALL
SELECT 'post_update', 'existing_updates', convert_to(pgen.php('["system_post_update_add_description_to_entity_view_mode", "system_post_update_remove_path_key", "node_post_update_modify_base_field_author_override",
  "user_post_update_update_roles", "comment_post_update_add_ip_address_setting", "views_post_update_timestamp_formatter", "webform_post_update_update_composite_element_tables",
  "commerce_order_post_update_19", "commerce_payment_post_update_4", "address_post_update_address_line3", "profile_post_update_change_is_default", "pathauto_post_update_update_patterns"]'::jsonb), 'UTF8')
UNION ALL
SELECT 'entity.definitions.installed', e || '.' || d, pgen.nul(CASE d WHEN 'entity_type' THEN 'O:36:"Drupal\Core\Entity\ContentEntityType":3:{s:5:"~0~*~0~id";s:' || length(e) || ':"' || e || '";s:8:"~0~*~0~class";s:' || length(c) || ':"' || c || '";s:9:"~0~*~0~label";s:' || length(l) || ':"' || l || '";}'
                                                               ELSE 'a:' || n || ':{' || f || '}' END)
FROM (VALUES ('node', 'Drupal\node\Entity\Node', 'Content', 14, 's:3:"nid";N;s:3:"vid";N;'), ('user', 'Drupal\user\Entity\User', 'User', 15, 's:3:"uid";N;s:4:"name";N;s:4:"pass";N;s:4:"mail";N;'),
             ('comment', 'Drupal\comment\Entity\Comment', 'Comment', 18, 's:3:"cid";N;s:8:"hostname";N;'), ('webform_submission', 'Drupal\webform\Entity\WebformSubmission', 'Webform submission', 19, 's:3:"sid";N;s:5:"token";N;'),
             ('commerce_order', 'Drupal\commerce_order\Entity\Order', 'Order', 25, 's:8:"order_id";N;s:4:"mail";N;'), ('profile', 'Drupal\profile\Entity\Profile', 'Profile', 10, 's:10:"profile_id";N;'),
             ('file', 'Drupal\file\Entity\File', 'File', 11, 's:3:"fid";N;s:3:"uri";N;')) t(e, c, l, n, f)
CROSS JOIN (VALUES ('entity_type'), ('field_storage_definitions')) dd(d)
UNION ALL
SELECT 'config.entity.key_store.webform', 'uuid:' || fixture_gen.uuid('webform', k), convert_to(pgen.php(jsonb_build_array('webform.webform.' || w)), 'UTF8')
FROM (VALUES (1, 'inscription_benevole'), (2, 'demande_colis'), (3, 'reclamation'), (4, 'micro_subsides'), (5, 'contact')) w(k, w)
UNION ALL
SELECT 'pathauto_state.user', uid::text, convert_to('i:1;', 'UTF8') FROM pgen.u WHERE uid % 9 = 0
UNION ALL
SELECT 'pathauto_state.node', nid::text, convert_to(CASE WHEN nid IN (1, 5, 7) THEN 'i:0;' ELSE 'i:1;' END, 'UTF8') FROM pgen.nd WHERE nid % 4 = 1
ORDER BY 1, 2;

CREATE TABLE key_value_expire (
    collection varchar(128) NOT NULL DEFAULT '',
    name varchar(128) NOT NULL DEFAULT '',
    value bytea NOT NULL,
    expire integer NOT NULL DEFAULT 2147483647,
    PRIMARY KEY (collection, name)
);
-- Cached forms of submissions in progress and of checkouts, with what was
-- typed so far.
CREATE TABLE pgen.fc (k int PRIMARY KEY, build text, who int, kind text, ts int);
INSERT INTO pgen.fc SELECT k, 'form-' || pgen.b64u('fbid', k, 43), 601 + fixture_gen.n('fcw', k, 280), (ARRAY['webform', 'webform', 'checkout', 'register', 'webform_colis'])[1 + k % 5],
       extract(epoch FROM timestamptz '2024-06-28 12:00:00+02')::int + k * 1100 FROM generate_series(1, 36) k;
INSERT INTO key_value_expire
SELECT 'form', fc.build, pgen.phpb(CASE fc.kind
    WHEN 'webform' THEN jsonb_build_object('#form_id', 'webform_submission_inscription_benevole_add_form', '#build_id', fc.build, '#webform_id', 'inscription_benevole',
      'elements', jsonb_build_object('nom', jsonb_build_object('#type', 'webform_name', '#default_value', jsonb_build_object('first', p.first, 'last', p.last)),
        'email', jsonb_build_object('#type', 'email', '#default_value', p.email), 'telephone', jsonb_build_object('#type', 'tel', '#default_value', p.phone)),
      'actions', jsonb_build_object('wizard_next', jsonb_build_object('#value', 'Suivant')))
    WHEN 'webform_colis' THEN jsonb_build_object('#form_id', 'webform_submission_demande_colis_add_form', '#build_id', fc.build, '#webform_id', 'demande_colis',
      'elements', jsonb_build_object('prenom', jsonb_build_object('#default_value', p.first), 'nom', jsonb_build_object('#default_value', p.last),
        'adresse', jsonb_build_object('#default_value', jsonb_build_object('address', p.street, 'postal_code', p.zip, 'city', p.city)), 'revenus_mensuels', jsonb_build_object('#default_value', (700 + fc.k * 20)::text)))
    WHEN 'checkout' THEN jsonb_build_object('#form_id', 'commerce_checkout_flow_multistep_default', '#build_id', fc.build, '#step_id', 'order_information',
      'contact_information', jsonb_build_object('email', jsonb_build_object('#default_value', p.email)),
      'payment_information', jsonb_build_object('billing_information', jsonb_build_object('address', jsonb_build_object('#default_value', jsonb_build_object('given_name', p.first, 'family_name', p.last,
        'address_line1', p.street, 'postal_code', p.zip, 'locality', p.city, 'country_code', p.cc)))))
    ELSE jsonb_build_object('#form_id', 'user_register_form', '#build_id', fc.build, 'account', jsonb_build_object('mail', jsonb_build_object('#default_value', p.email), 'name', jsonb_build_object('#default_value', pgen.fold(p.first) || '.' || pgen.fold(p.last))),
      'field_first_name', jsonb_build_object('widget', jsonb_build_array(jsonb_build_object('value', jsonb_build_object('#default_value', p.first)))),
      'field_last_name', jsonb_build_object('widget', jsonb_build_array(jsonb_build_object('value', jsonb_build_object('#default_value', p.last))))) END),
  fc.ts + 21600
FROM pgen.fc fc JOIN pgen.p p ON p.i = fc.who
UNION ALL
SELECT 'form_state', fc.build, pgen.phpb(jsonb_build_object('build_info', jsonb_build_object('args', '[]'::jsonb, 'files', '[]'::jsonb,
    'form_id', CASE fc.kind WHEN 'checkout' THEN 'commerce_checkout_flow_multistep_default' WHEN 'register' THEN 'user_register_form' WHEN 'webform_colis' THEN 'webform_submission_demande_colis_add_form' ELSE 'webform_submission_inscription_benevole_add_form' END),
    'storage', CASE WHEN fc.kind LIKE 'webform%' THEN jsonb_build_object('current_page', 'page_2', 'webform_submission', jsonb_build_object('data', jsonb_build_object('email', p.email, 'telephone', p.phone,
                     'date_de_naissance', p.birth::text, 'nom', jsonb_build_object('first', p.first, 'last', p.last))))
                    WHEN fc.kind = 'checkout' THEN jsonb_build_object('order_id', 250 + fc.k, 'mail', p.email)
                    ELSE jsonb_build_object('user_pass_reset', false) END,
    'has_file_element', fc.kind = 'webform', 'cache', true, 'rebuild', false)),
  fc.ts + 21600
FROM pgen.fc fc JOIN pgen.p p ON p.i = fc.who WHERE fc.k % 4 <> 0
UNION ALL
SELECT 'tempstore.shared.views', v, pgen.phpb(jsonb_build_object('owner', '6', 'data', 'O:25:"Drupal\views_ui\ViewUI":1:{...}', 'updated', 1719400000 + length(v))), 1720000000 + length(v)
FROM (VALUES ('content'), ('webform_submissions'), ('commerce_orders')) s(v)
UNION ALL
SELECT 'update_available_releases', pr, pgen.phpb(jsonb_build_object('title', t, 'short_name', pr, 'type', 'project_' || CASE pr WHEN 'drupal' THEN 'core' ELSE 'module' END,
    'project_status', 'published', 'link', 'https://www.drupal.org/project/' || pr, 'releases', jsonb_build_object(rel, jsonb_build_object('name', pr || ' ' || rel, 'version', rel, 'status', 'published',
      'release_link', 'https://www.drupal.org/project/' || pr || '/releases/' || rel, 'terms', jsonb_build_object('Release type', jsonb_build_array('Bug fixes', 'New features')))))),
  extract(epoch FROM timestamptz '2024-06-28 03:12:09+02')::int + 86400
FROM (VALUES ('drupal', 'Drupal core', '10.2.7'), ('webform', 'Webform', '6.2.3'), ('commerce', 'Commerce Core', '8.x-2.38'), ('address', 'Address', '2.0.1'), ('commerce_stripe', 'Commerce Stripe', '8.x-1.1'),
             ('pathauto', 'Pathauto', '8.x-1.12'), ('tfa', 'Two-factor Authentication (TFA)', '8.x-1.5'), ('smtp', 'SMTP Authentication Support', '8.x-1.3')) s(pr, t, rel)
ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Configuration (active store and its translations), as serialized PHP.
CREATE TABLE config (
    collection varchar(255) NOT NULL DEFAULT '',
    name varchar(255) NOT NULL DEFAULT '',
    data bytea,
    PRIMARY KEY (collection, name)
);
INSERT INTO config
SELECT '', n, pgen.phpb(d) FROM (VALUES
  ('system.site', jsonb_build_object('uuid', fixture_gen.uuid('site', 1), 'name', 'Maison Solidaire', 'mail', 'noreply@maisonsolidaire.example', 'slogan', 'Aide alimentaire et entraide à Bruxelles',
     'page', jsonb_build_object('403', '', '404', '', 'front', '/node/1'), 'admin_compact_mode', false, 'weight_select_max', 100, 'default_langcode', 'fr', 'mail_notification', '')),
  ('smtp.settings', jsonb_build_object('smtp_on', true, 'smtp_host', 'smtp-relay.brevo.com', 'smtp_hostbackup', '', 'smtp_port', '587', 'smtp_protocol', 'tls', 'smtp_autotls', true, 'smtp_timeout', 30,
     'smtp_username', 'tech@maisonsolidaire.example', 'smtp_password', 'xsmtpsib-' || fixture_gen.hexn('brevo', 1, 64) || '-' || pgen.rnd('brevo2', 1, 16), 'smtp_from', 'noreply@maisonsolidaire.example',
     'smtp_fromname', 'Maison Solidaire', 'smtp_client_hostname', '', 'smtp_client_helo', '', 'smtp_allowhtml', '1', 'smtp_test_address', (SELECT email FROM pgen.p WHERE i = 3), 'smtp_reroute_address', '',
     'smtp_debugging', false, 'prev_mail_system', 'php_mail', 'smtp_keepalive', false)),
  ('system.mail', jsonb_build_object('interface', jsonb_build_object('default', 'SMTPMailSystem', 'webform', 'SMTPMailSystem'),
     'mailer_dsn', jsonb_build_object('scheme', 'sendmail', 'host', 'default', 'user', NULL, 'password', NULL, 'port', NULL, 'options', '[]'::jsonb))),
  ('commerce_payment.commerce_payment_gateway.stripe', jsonb_build_object('uuid', fixture_gen.uuid('gw', 1), 'langcode', 'fr', 'status', true, 'dependencies', jsonb_build_object('module', jsonb_build_array('commerce_stripe')),
     'id', 'stripe', 'label', 'Carte bancaire (Stripe)', 'weight', 0, 'plugin', 'stripe',
     'configuration', jsonb_build_object('display_label', 'Carte de crédit ou de débit', 'mode', 'live', 'payment_method_types', jsonb_build_array('credit_card'), 'collect_billing_information', true,
       'publishable_key', 'pk_' || 'live_' || pgen.rnd('stpk', 1, 99), 'secret_key', 'sk_' || 'live_' || pgen.rnd('stsk', 1, 99), 'webhook_signing_secret', 'whsec_' || pgen.rnd('whsec', 1, 32),
       'enable_credit_card_icons', true, 'checkout_form_display_label', jsonb_build_object('custom_label', '', 'show_payment_method_logos', 'before')),
     'conditions', '[]'::jsonb, 'conditionOperator', 'AND')),
  ('commerce_payment.commerce_payment_gateway.virement', jsonb_build_object('uuid', fixture_gen.uuid('gw', 2), 'langcode', 'fr', 'status', true, 'id', 'virement', 'label', 'Virement bancaire', 'weight', 1, 'plugin', 'manual',
     'configuration', jsonb_build_object('display_label', 'Virement bancaire', 'mode', 'n/a', 'payment_method_types', jsonb_build_array('credit_card'),
       'instructions', jsonb_build_object('value', 'Merci de virer le montant sur le compte BE96 0689 0123 4505 (Maison Solidaire ASBL) en indiquant le numéro de commande.', 'format', 'plain_text')),
     'conditions', '[]'::jsonb, 'conditionOperator', 'AND')),
  ('recaptcha.settings', jsonb_build_object('site_key', '6L' || pgen.b64u('rcsite', 1, 38), 'secret_key', '6L' || pgen.b64u('rcsecret', 1, 38), 'verify_hostname', false, 'use_globally', false,
     'widget', jsonb_build_object('theme', 'light', 'type', 'image', 'size', '', 'tabindex', 0, 'noscript', false))),
  ('mailchimp.settings', jsonb_build_object('api_key', fixture_gen.hexn('mcak', 1, 32) || '-us21', 'cron', true, 'batch_limit', 100, 'api_classname', 'Mailchimp\Mailchimp', 'test_mode', false,
     'webhook_hash', fixture_gen.hexn('mchook', 1, 32), 'optin_check_email_msg', 'Vous êtes déjà inscrit·e.')),
  ('geolocation_google_maps.settings', jsonb_build_object('google_map_api_key', 'AIza' || pgen.b64u('gmaps', 1, 35), 'google_map_custom_url_parameters', jsonb_build_object('language', 'fr', 'region', 'BE'))),
  ('key.key.tfa_key', jsonb_build_object('uuid', fixture_gen.uuid('key', 1), 'langcode', 'fr', 'status', true, 'id', 'tfa_key', 'label', 'Clé TFA', 'key_type', 'encryption',
     'key_type_settings', jsonb_build_object('key_size', 256), 'key_provider', 'config', 'key_provider_settings', jsonb_build_object('key_value', fixture_gen.b64('tfakey', 1, 32), 'base64_encoded', true),
     'key_input', 'text_field', 'key_input_settings', jsonb_build_object('base64_encoded', true))),
  ('encrypt.profile.tfa_encryption_profile', jsonb_build_object('uuid', fixture_gen.uuid('encrypt', 1), 'status', true, 'id', 'tfa_encryption_profile', 'label', 'TFA', 'encryption_method', 'real_aes', 'encryption_key', 'tfa_key')),
  ('tfa.settings', jsonb_build_object('enabled', true, 'required_roles', jsonb_build_object('administrator', 'administrator', 'content_editor', 'content_editor', 'webform_manager', 'webform_manager'),
     'allowed_validation_plugins', jsonb_build_object('tfa_totp', 'tfa_totp'), 'default_validation_plugin', 'tfa_totp', 'encryption', 'tfa_encryption_profile', 'validation_skip', 3,
     'login_plugin_settings', jsonb_build_object('tfa_trusted_browser', jsonb_build_object('cookie_expiration', 30, 'cookie_name', 'tfa-trusted-browser')))),
  ('update.settings', jsonb_build_object('check', jsonb_build_object('disabled_extensions', false, 'interval_days', 1), 'fetch', jsonb_build_object('url', '', 'max_attempts', 2, 'timeout', 30),
     'notification', jsonb_build_object('emails', jsonb_build_array('webmaster@maisonsolidaire.example', (SELECT pgen.fold(first) || '.' || pgen.fold(last) || '@gmail.com' FROM pgen.p WHERE i = 3)), 'threshold', 'security'))),
  ('contact.form.feedback', jsonb_build_object('uuid', fixture_gen.uuid('contactform', 1), 'langcode', 'fr', 'status', true, 'id', 'feedback', 'label', 'Contact',
     'recipients', jsonb_build_array('info@maisonsolidaire.example', (SELECT email FROM pgen.p WHERE i = 2)), 'reply', '', 'weight', 0, 'message', 'Votre message a été envoyé.', 'redirect', '')),
  ('user.settings', jsonb_build_object('anonymous', 'Anonyme', 'verify_mail', true, 'notify', jsonb_build_object('cancel_confirm', true, 'password_reset', true, 'status_activated', true, 'status_blocked', false,
     'status_canceled', false, 'register_admin_created', true, 'register_no_approval_required', true, 'register_pending_approval', true),
     'register', 'visitors_admin_approval', 'cancel_method', 'user_cancel_block', 'password_reset_timeout', 86400, 'password_strength', true, 'langcode', 'fr')),
  ('user.mail', jsonb_build_object('password_reset', jsonb_build_object('subject', 'Réinitialisation du mot de passe pour [user:display-name] sur [site:name]',
     'body', E'[user:display-name],\n\nUne demande de réinitialisation du mot de passe a été faite pour votre compte sur [site:name].\n\n[user:one-time-login-url]\n\n--  L''équipe [site:name]'),
     'register_pending_approval', jsonb_build_object('subject', 'Compte en attente d''approbation', 'body', E'[user:display-name],\n\nMerci pour votre inscription. Votre compte doit encore être validé par notre équipe.'),
     'status_activated', jsonb_build_object('subject', 'Votre compte est activé', 'body', E'[user:display-name],\n\nVotre compte sur [site:name] a été activé.\n\n[user:one-time-login-url]'))),
  ('webform.webform.inscription_benevole', jsonb_build_object('uuid', fixture_gen.uuid('webform', 1), 'langcode', 'fr', 'status', 'open', 'id', 'inscription_benevole', 'title', 'Devenir bénévole',
     'elements', E'nom:\n  ''#type'': webform_name\n  ''#title'': Nom\n  ''#required'': true\nemail:\n  ''#type'': email\n  ''#title'': E-mail\ntelephone:\n  ''#type'': tel\ndate_de_naissance:\n  ''#type'': date\nadresse:\n  ''#type'': webform_address\nlangues:\n  ''#type'': webform_select_other\n  ''#multiple'': true\nmotivation:\n  ''#type'': textarea\ncv:\n  ''#type'': managed_file\n  ''#uri_scheme'': private',
     'handlers', jsonb_build_object('email_notification', jsonb_build_object('id', 'email', 'handler_id', 'email_notification', 'settings', jsonb_build_object('to_mail', 'benevoles@maisonsolidaire.example',
       'cc_mail', (SELECT email FROM pgen.p WHERE i = 6), 'from_mail', '_default', 'subject', 'Nouvelle inscription : [webform_submission:values:nom:first] [webform_submission:values:nom:last]')),
       'email_confirmation', jsonb_build_object('id', 'email', 'handler_id', 'email_confirmation', 'settings', jsonb_build_object('to_mail', '[webform_submission:values:email:raw]', 'from_mail', '_default'))),
     'settings', jsonb_build_object('form_prepopulate', true, 'draft', 'authenticated', 'form_remote_addr', true, 'token_view', true, 'token_update', true, 'limit_total', NULL))),
  ('webform.webform.demande_colis', jsonb_build_object('uuid', fixture_gen.uuid('webform', 2), 'langcode', 'fr', 'status', 'open', 'id', 'demande_colis', 'title', 'Demande de colis',
     'elements', E'prenom:\n  ''#type'': textfield\nnom:\n  ''#type'': textfield\ntelephone:\n  ''#type'': tel\nadresse:\n  ''#type'': webform_address\nrevenus_mensuels:\n  ''#type'': number\nregime_alimentaire:\n  ''#type'': checkboxes\nsituation:\n  ''#type'': textarea\nattestation_revenus:\n  ''#type'': managed_file',
     'handlers', jsonb_build_object('email_notification', jsonb_build_object('id', 'email', 'settings', jsonb_build_object('to_mail', 'colis@maisonsolidaire.example', 'bcc_mail', (SELECT email FROM pgen.p WHERE i = 11))),
       'email_confirmation', jsonb_build_object('id', 'email', 'settings', jsonb_build_object('to_mail', '[webform_submission:values:email:raw]'))),
     'settings', jsonb_build_object('results_disabled', false, 'form_remote_addr', true, 'purge', 'completed', 'purge_days', 730))),
  ('webform.webform.micro_subsides', jsonb_build_object('uuid', fixture_gen.uuid('webform', 4), 'langcode', 'fr', 'status', 'closed', 'id', 'micro_subsides', 'title', 'Micro-subsides de quartier',
     'elements', E'organisation:\n  ''#type'': textfield\nnumero_entreprise:\n  ''#type'': textfield\n  ''#pattern'': ''^[01][0-9]{3}\\.[0-9]{3}\\.[0-9]{3}$''\ncontact:\n  ''#type'': webform_name\niban:\n  ''#type'': textfield\nbudget:\n  ''#type'': managed_file',
     'handlers', jsonb_build_object('email_notification', jsonb_build_object('id', 'email', 'settings', jsonb_build_object('to_mail', (SELECT email FROM pgen.p WHERE i = 4), 'cc_mail',
       (SELECT pgen.fold(first) || '.' || pgen.fold(last) || '@skynet.be' FROM pgen.p WHERE i = 2020)))),
     'settings', jsonb_build_object('form_remote_addr', true))),
  ('webform.webform.reclamation', jsonb_build_object('uuid', fixture_gen.uuid('webform', 3), 'langcode', 'fr', 'status', 'open', 'id', 'reclamation', 'title', 'Réclamation',
     'handlers', jsonb_build_object('email_notification', jsonb_build_object('id', 'email', 'settings', jsonb_build_object('to_mail', 'qualite@maisonsolidaire.example'))))),
  ('webform.webform.contact', jsonb_build_object('uuid', fixture_gen.uuid('webform', 5), 'langcode', 'fr', 'status', 'open', 'id', 'contact', 'title', 'Contact',
     'handlers', jsonb_build_object('email_notification', jsonb_build_object('id', 'email', 'settings', jsonb_build_object('to_mail', 'info@maisonsolidaire.example'))))),
  ('webform.settings', jsonb_build_object('settings', jsonb_build_object('default_from_mail', '[site:mail]', 'default_from_name', '[site:name]', 'default_form_confidential', false,
     'default_submission_log', true), 'mail', jsonb_build_object('default_to_mail', '[site:mail]', 'default_from_mail', '[site:mail]'))),
  ('dblog.settings', '{"row_limit": 10000}'::jsonb),
  ('system.performance', '{"cache": {"page": {"max_age": 900}}, "css": {"preprocess": true, "gzip": true}, "js": {"preprocess": true, "gzip": true}, "fast_404": {"enabled": true, "paths": "/\\\\.(?:txt|png|gif|jpe?g|css|js|ico|swf|flv|cgi|bat|pl|dll|exe|asp)$/i", "exclude_paths": "/\\\\/(?:styles|imagecache)\\\\//", "html": ""}}'::jsonb),
  ('system.file', '{"allow_insecure_uploads": false, "default_scheme": "public", "path": {"temporary": "/tmp"}, "temporary_maximum_age": 21600, "filename_sanitization": {"transliterate": false, "replace_whitespace": false, "replace_non_alphanumeric": false, "deduplicate_separators": false, "lowercase": false, "replacement_character": "-"}}'::jsonb),
  ('system.theme', '{"admin": "claro", "default": "msb_theme"}'::jsonb),
  ('language.entity.fr', '{"id": "fr", "label": "French", "direction": "ltr", "weight": 0, "locked": false}'::jsonb),
  ('language.entity.nl', '{"id": "nl", "label": "Dutch", "direction": "ltr", "weight": 1, "locked": false}'::jsonb),
  ('language.entity.en', '{"id": "en", "label": "English", "direction": "ltr", "weight": 2, "locked": false}'::jsonb),
  ('core.extension', '{"module": {"address": 0, "admin_toolbar": 0, "block": 0, "comment": 0, "commerce": 0, "commerce_cart": 0, "commerce_checkout": 0, "commerce_order": 0, "commerce_payment": 0, "commerce_stripe": 0, "contact": 0, "content_translation": 0, "dblog": 0, "encrypt": 0, "key": 0, "mailchimp": 0, "node": 0, "pathauto": 0, "profile": 0, "real_aes": 0, "recaptcha": 0, "search": 0, "smtp": 0, "system": 0, "tfa": 0, "user": 0, "webform": 0, "standard": 1000}, "theme": {"claro": 0, "msb_theme": 0, "olivero": 0}, "profile": "standard"}'::jsonb),
  ('pathauto.pattern.members', '{"id": "members", "label": "Membres", "type": "canonical_entities:user", "pattern": "/membres/[user:field_first_name]-[user:field_last_name]", "weight": -5}'::jsonb),
  ('pathauto.pattern.news', '{"id": "news", "label": "Actualités", "type": "canonical_entities:node", "pattern": "/actualites/[node:title]", "weight": -5}'::jsonb),
  ('node.type.article', '{"type": "article", "name": "Article", "description": "Actualités de l''association.", "new_revision": true, "preview_mode": 1, "display_submitted": true}'::jsonb),
  ('node.type.distribution_point', '{"type": "distribution_point", "name": "Point de distribution", "description": "Lieux et horaires de distribution.", "new_revision": true, "preview_mode": 0, "display_submitted": false}'::jsonb),
  ('field.storage.user.field_first_name', '{"id": "user.field_first_name", "field_name": "field_first_name", "entity_type": "user", "type": "string", "settings": {"max_length": 255}, "cardinality": 1, "translatable": false}'::jsonb),
  ('field.storage.profile.field_national_number', '{"id": "profile.field_national_number", "field_name": "field_national_number", "entity_type": "profile", "type": "string", "settings": {"max_length": 255}, "cardinality": 1}'::jsonb),
  ('commerce_checkout.commerce_checkout_flow.default', '{"id": "default", "label": "Par défaut", "plugin": "multistep_default", "configuration": {"display_checkout_progress": true, "guest_order_assign": false, "guest_new_account": false, "panes": {"contact_information": {"double_entry": true, "step": "order_information"}, "payment_information": {"step": "order_information"}, "review": {"step": "review"}, "completion_message": {"step": "complete"}}}}'::jsonb)) s(n, d)
UNION ALL
SELECT 'language.nl', n, pgen.phpb(d) FROM (VALUES
  ('system.site', '{"name": "Solidair Huis", "slogan": "Voedselhulp en solidariteit in Brussel"}'::jsonb),
  ('user.mail', '{"password_reset": {"subject": "Wachtwoord opnieuw instellen voor [user:display-name]", "body": "[user:display-name],\n\nEr werd gevraagd om je wachtwoord opnieuw in te stellen.\n\n[user:one-time-login-url]"}}'::jsonb),
  ('webform.webform.inscription_benevole', '{"title": "Vrijwilliger worden"}'::jsonb),
  ('webform.webform.demande_colis', '{"title": "Voedselpakket aanvragen"}'::jsonb),
  ('commerce_payment.commerce_payment_gateway.virement', '{"configuration": {"display_label": "Overschrijving", "instructions": {"value": "Gelieve het bedrag over te schrijven op BE96 0689 0123 4505 met vermelding van het bestelnummer."}}}'::jsonb),
  ('user.settings', '{"anonymous": "Anoniem"}'::jsonb)) s(n, d)
UNION ALL
SELECT 'language.en', n, pgen.phpb(d) FROM (VALUES
  ('system.site', '{"name": "Maison Solidaire", "slogan": "Food aid and mutual help in Brussels"}'::jsonb),
  ('webform.webform.inscription_benevole', '{"title": "Volunteer with us"}'::jsonb),
  ('user.settings', '{"anonymous": "Anonymous"}'::jsonb)) s(n, d)
ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Caches. cache_entity: the persistent cache of loaded users (their
-- password hashes and emails with them), nodes and billing profiles, as
-- serialized entity objects. cache_render: rendered comments (author
-- names, homepages), nodes and user pictures.
CREATE TABLE cache_entity (
    cid varchar(255) PRIMARY KEY,
    data bytea,
    expire integer NOT NULL DEFAULT 0,
    created numeric(14,3) NOT NULL DEFAULT 0,
    serialized smallint NOT NULL DEFAULT 0,
    tags text,
    checksum varchar(255) NOT NULL
);
CREATE FUNCTION pgen.entity(cls text, etype text, vals jsonb) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT pgen.nul('O:' || octet_length(cls) || ':"' || cls || '":3:{s:9:"~0~*~0~values";' || pgen.php(vals) || 's:15:"~0~*~0~entityTypeId";s:' || octet_length(etype) || ':"' || etype || '";'
                  || 's:15:"~0~*~0~translations";a:1:{s:9:"x-default";a:1:{s:6:"status";i:1;}}}')
$$;
INSERT INTO cache_entity
SELECT 'values:user:' || f.uid,
       pgen.entity('Drupal\user\Entity\User', 'user', jsonb_build_object('uid', jsonb_build_object('x-default', f.uid::text), 'uuid', jsonb_build_object('x-default', fixture_gen.uuid('user', f.uid)),
         'langcode', jsonb_build_object('x-default', f.langcode), 'preferred_langcode', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', f.preferred_langcode))),
         'name', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', f.name))), 'pass', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', f.pass, 'pre_hashed', false))),
         'mail', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', f.mail))), 'timezone', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', f.timezone))),
         'status', jsonb_build_object('x-default', f.status::text), 'created', jsonb_build_object('x-default', f.created::text), 'access', jsonb_build_object('x-default', f.access::text),
         'login', jsonb_build_object('x-default', f.login::text), 'init', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', f.init))))
         || CASE WHEN fn.entity_id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('field_first_name', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', fn.field_first_name_value))),
                   'field_last_name', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', ln.field_last_name_value)))) END
         || CASE WHEN t.entity_id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('field_telephone', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', t.field_telephone_value)))) END),
       -1, (f.access + 0.123 + (f.uid % 800) / 1000.0)::numeric(14,3), 1, 'user:' || f.uid, (f.uid % 4)::text
FROM users_field_data f LEFT JOIN user__field_first_name fn ON fn.entity_id = f.uid LEFT JOIN user__field_last_name ln ON ln.entity_id = f.uid LEFT JOIN user__field_telephone t ON t.entity_id = f.uid
WHERE f.uid > 0 AND f.access > extract(epoch FROM timestamptz '2024-04-01')::int
UNION ALL
SELECT 'values:node:' || n.nid,
       pgen.entity('Drupal\node\Entity\Node', 'node', jsonb_build_object('nid', jsonb_build_object('x-default', n.nid::text), 'vid', jsonb_build_object('x-default', n.vid::text), 'type', jsonb_build_object('x-default', n.type),
         'title', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', n.title))), 'uid', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('target_id', n.uid::text))),
         'body', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', b.body_value, 'summary', b.body_summary, 'format', b.body_format))))),
       -1, (n.changed + 0.5)::numeric(14,3), 1, 'node:' || n.nid, '0'
FROM node_field_data n JOIN node__body b ON b.entity_id = n.nid AND b.langcode = n.langcode WHERE n.default_langcode = 1 AND n.nid % 2 = 0
UNION ALL
SELECT 'values:profile:' || pr.profile_id,
       pgen.entity('Drupal\profile\Entity\Profile', 'profile', jsonb_build_object('profile_id', jsonb_build_object('x-default', pr.profile_id::text), 'type', jsonb_build_object('x-default', 'customer'),
         'uid', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('target_id', pr.uid::text))),
         'address', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('country_code', a.address_country_code, 'locality', a.address_locality, 'postal_code', a.address_postal_code,
           'address_line1', a.address_address_line1, 'organization', a.address_organization, 'given_name', a.address_given_name, 'family_name', a.address_family_name))))
         || CASE WHEN nn.entity_id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('field_national_number', jsonb_build_object('x-default', jsonb_build_array(jsonb_build_object('value', nn.field_national_number_value)))) END),
       -1, (pr.changed + 0.25)::numeric(14,3), 1, 'profile:' || pr.profile_id, '0'
FROM profile pr JOIN profile__address a ON a.entity_id = pr.profile_id LEFT JOIN profile__field_national_number nn ON nn.entity_id = pr.profile_id
WHERE pr.created > extract(epoch FROM timestamptz '2023-10-01')::int
ORDER BY 1;

CREATE TABLE cache_render (
    cid varchar(255) PRIMARY KEY,
    data bytea,
    expire integer NOT NULL DEFAULT 0,
    created numeric(14,3) NOT NULL DEFAULT 0,
    serialized smallint NOT NULL DEFAULT 0,
    tags text,
    checksum varchar(255) NOT NULL
);
INSERT INTO cache_render
SELECT 'entity_view:comment:' || c.cid || ':default:[languages:language_interface]=' || c.langcode || ':[theme]=msb_theme:[user.permissions]=' || fixture_gen.hexn('perm', c.uid % 3, 64),
       pgen.phpb(jsonb_build_object('#markup', '<article data-comment-user-id="' || c.uid || '" id="comment-' || c.cid || '" class="comment js-comment' || CASE WHEN c.uid = 0 THEN ' by-anonymous' ELSE '' END || '">'
         || '<footer class="comment__meta"><p class="comment__author">' || CASE WHEN c.homepage IS NOT NULL THEN '<a rel="nofollow" href="' || c.homepage || '">' || c.name || '</a> (non vérifié)'
                                                                             WHEN c.uid = 0 THEN '<span>' || coalesce(c.name, 'Anonyme') || '</span> (non vérifié)'
                                                                             ELSE '<a href="/fr/membres/' || coalesce(pgen.slug(fn.field_first_name_value || ' ' || ln.field_last_name_value), f.uid::text) || '">' || f.name || '</a>' END
         || '</p><p class="comment__time">' || to_char(to_timestamp(c.created), 'DD/MM/YYYY - HH24:MI') || '</p></footer><div class="comment__content"><h3><a href="/fr/comment/' || c.cid || '#comment-' || c.cid || '">'
         || c.subject || '</a></h3><div class="field field--name-comment-body">' || b.comment_body_value || '</div></div></article>',
         '#attached', jsonb_build_object('library', jsonb_build_array('comment/drupal.comment-by-viewer')),
         '#cache', jsonb_build_object('contexts', jsonb_build_array('languages:language_interface', 'theme', 'user.permissions'), 'tags', jsonb_build_array('comment:' || c.cid, 'comment_view', 'user:' || c.uid), 'max-age', -1))),
       -1, (c.changed + 86400 + 0.417)::numeric(14,3), 1,
       'comment:' || c.cid || ' comment_view config:core.entity_view_display.comment.comment.default config:filter.format.' || b.comment_body_format || ' rendered user:' || c.uid, (c.cid % 3)::text
FROM comment_field_data c JOIN comment__comment_body b ON b.entity_id = c.cid JOIN users_field_data f ON f.uid = c.uid
LEFT JOIN user__field_first_name fn ON fn.entity_id = c.uid LEFT JOIN user__field_last_name ln ON ln.entity_id = c.uid
WHERE c.status = 1 AND c.cid % 2 = 1
UNION ALL
SELECT 'entity_view:node:' || n.nid || ':full:[languages:language_interface]=' || n.langcode || ':[theme]=msb_theme:[timezone]=Europe/Brussels:[user.permissions]=' || fixture_gen.hexn('perm', 0, 64),
       pgen.phpb(jsonb_build_object('#markup', '<article class="node node--type-' || n.type || ' node--view-mode-full"><h1>' || n.title || '</h1><div class="node__content"><div class="field field--name-body">' || b.body_value || '</div></div></article>',
         '#cache', jsonb_build_object('contexts', jsonb_build_array('languages:language_interface', 'theme', 'timezone', 'user.permissions'), 'tags', jsonb_build_array('node:' || n.nid, 'node_view'), 'max-age', -1))),
       -1, (n.changed + 3600 + 0.088)::numeric(14,3), 1, 'config:filter.format.basic_html node:' || n.nid || ' node_view rendered user:' || n.uid, '0'
FROM node_field_data n JOIN node__body b ON b.entity_id = n.nid AND b.langcode = n.langcode WHERE n.status = 1 AND n.nid % 3 = 0
UNION ALL
SELECT 'entity_view:user:' || u.entity_id || ':compact:[languages:language_interface]=fr:[theme]=msb_theme:[user.permissions]=' || fixture_gen.hexn('perm', 1, 64),
       pgen.phpb(jsonb_build_object('#markup', '<article class="profile"><div class="field field--name-user-picture"><a href="/fr/user/' || u.entity_id || '"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/'
         || replace(fm.uri, 'public://', '') || '?itok=' || pgen.b64u('itok', u.entity_id, 8) || '" width="100" height="100" alt="' || u.user_picture_alt || '"></a></div></article>',
         '#cache', jsonb_build_object('tags', jsonb_build_array('user:' || u.entity_id, 'user_view', 'file:' || fm.fid), 'max-age', -1))),
       -1, (fm.changed + 0.731)::numeric(14,3), 1, 'config:image.style.thumbnail file:' || fm.fid || ' rendered user:' || u.entity_id || ' user_view', '0'
FROM user__user_picture u JOIN file_managed fm ON fm.fid = u.user_picture_target_id
UNION ALL
SELECT 'entity_view:block:' || b || ':[languages:language_interface]=fr:[theme]=msb_theme:[user.permissions]=' || fixture_gen.hexn('perm', 0, 64),
       pgen.phpb(jsonb_build_object('#markup', m, '#cache', jsonb_build_object('tags', jsonb_build_array('block_view', 'config:block.block.' || b), 'max-age', -1))), -1, 1719500000.250, 1, 'block_view config:block.block.' || b || ' rendered', '0'
FROM (VALUES ('msb_theme_footer', '<div class="footer">Maison Solidaire ASBL – Rue de la Victoire 96, 1060 Saint-Gilles – 02 538 41 77</div>'), ('msb_theme_branding', '<a href="/fr" rel="home">Maison Solidaire</a>'),
             ('msb_theme_main_menu', '<ul class="menu"><li><a href="/fr/qui-sommes-nous">Qui sommes-nous ?</a></li><li><a href="/fr/actualites">Actualités</a></li></ul>')) s(b, m)
ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Queues: Mailchimp subscriptions waiting for cron (emails and names),
-- cart expiry, update and translation checks.
CREATE TABLE queue (
    item_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    data bytea,
    expire integer NOT NULL DEFAULT 0,
    created integer NOT NULL DEFAULT 0
);
INSERT INTO queue (name, data, expire, created)
SELECT name, data, expire, created FROM (
  SELECT 1 AS o, k, 'mailchimp_cron' AS name, pgen.phpb(jsonb_build_object('function', 'mailchimp_subscribe_process', 'args', jsonb_build_object('list_id', 'a4c9e1f0b7', 'email', p.email,
           'merge_vars', jsonb_build_object('EMAIL', p.email, 'FNAME', p.first, 'LNAME', p.last, 'LANGUE', upper(p.lang)), 'double_optin', false, 'format', 'html', 'interest_groups', '[]'::jsonb))) AS data,
         0 AS expire, extract(epoch FROM timestamptz '2024-06-28 09:00:00+02')::int + k * 600 AS created
  FROM generate_series(1, 26) k JOIN pgen.p p ON p.i = 901 + fixture_gen.n('qmc', k, 160)
  UNION ALL
  SELECT 2, k, 'commerce_cart_expiration', convert_to('i:' || o.order_id || ';', 'UTF8'), 0, extract(epoch FROM timestamptz '2024-06-28 03:00:00+02')::int + k
  FROM generate_series(1, 12) k JOIN pgen.o o ON o.order_id = (SELECT order_id FROM pgen.o WHERE state = 'draft' ORDER BY order_id OFFSET k - 1 LIMIT 1)
  UNION ALL
  SELECT 3, k, 'update_fetch_tasks', pgen.phpb(jsonb_build_object('name', pr, 'info', jsonb_build_object('name', pr, 'package', 'Contrib', 'project', pr), 'project_type', 'module', 'project_status', true)), 0,
         extract(epoch FROM timestamptz '2024-06-28 03:12:00+02')::int + k
  FROM (VALUES (1, 'webform'), (2, 'commerce'), (3, 'address'), (4, 'profile'), (5, 'tfa')) s(k, pr)
  UNION ALL
  SELECT 4, k, 'locale_translation', pgen.phpb(jsonb_build_object('callback', 'locale_translation_batch_status_check', 'arguments', jsonb_build_array(pr, l, jsonb_build_object('finish_feedback', true, 'use_remote', true)))), 0,
         extract(epoch FROM timestamptz '2024-06-28 03:15:00+02')::int + k
  FROM (VALUES (1, 'webform', 'nl'), (2, 'webform', 'fr'), (3, 'commerce', 'nl'), (4, 'drupal', 'nl')) s(k, pr, l)
) x ORDER BY x.created, x.o, x.k;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
