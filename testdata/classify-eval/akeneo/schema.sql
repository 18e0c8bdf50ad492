-- classify-eval fixture (HOLDOUT 58: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Akeneo PIM Community Edition 7 database (PHP, Symfony, Doctrine ORM),
-- its MySQL schema ported to PostgreSQL as Doctrine's default naming leaves
-- it (snake_case where the mapping names a column, camelCase such as
-- createdAt, conversionUnits or emailNotifications where it does not):
-- binary(16) uuids as uuid, datetime as timestamp(0), tinyint(1) as
-- boolean, json as jsonb, Doctrine "array" columns (longtext) as text holding
-- PHP serialize() output, the session blob as bytea. Tables follow 7.0 as I
-- remember it: products keyed by uuid (the legacy integer id dropped),
-- association owners and completeness rows by product_uuid, enriched
-- category values in value_collection, identifier generators, Catalogs for
-- Apps, connected apps, Events API webhooks on connections, the scheduling
-- columns of job instances (unused here: the feeds run from cron), the
-- Doctrine messenger transport that carries job launches.
-- Left out: currencies, association types, family variants and their
-- attribute sets, groups, the join tables of channels, families,
-- categories, association targets and user roles, translation tables other
-- than those of families, categories and attribute options, data quality
-- insights, ACL, oro_config and one-time-task tables, and Elasticsearch
-- (not in the database). Foreign keys and check constraints are left out so
-- the file loads in any order.
--
-- The deployment: Bergfalke Outdoor GmbH of Kempten (Allgäu), a European
-- outdoor-equipment brand (tents, sleeping bags and mats, backpacks,
-- jackets, trousers, base layers, fleece, camp kitchen, headlamps, poles),
-- runs the PIM on premises. Its marketing, e-commerce, product, retail and
-- supplier teams (Kempten, Innsbruck, Annecy, Bolzano, Amsterdam, Wrocław,
-- and sourcing offices in Ho Chi Minh City and Taichung) enrich the
-- catalogue in de_DE, en_GB, fr_FR, it_IT, nl_NL and de_CH for three
-- channels: the Shopware webshops, the feeds sent to retailers (Alpenstore,
-- Gipfelshop, Sport Kessler, Modeplatz) and the printed catalogue.
-- Suppliers in Vietnam, Taiwan, Portugal and Romania push product data
-- through API connections, the sourcing team imports the others'
-- spreadsheets; the Berlin translation agency LinguaBridge and two
-- freelancers translate through PIM accounts, SFTP exports, a connection to
-- the agency's TMS and a custom app. The integrator added three
-- reference-data entities (Akeneo CE's extension point for custom selects,
-- camelCase like the documented acme_reference_data_color example):
-- colours, fabrics, and suppliers with their contact people.
--
-- What the data holds: PIM users (staff, agency translators, supplier
-- representatives, connection and app users) with Oro-era salted sha512
-- and newer argon2id hashes, salts, reset tokens, phones, avatars, time
-- zones and work roles; the database session store with serialized
-- security tokens; OAuth clients, access, refresh and authorization-code
-- tokens of connections and apps; Events API webhook secrets; people's
-- usernames tried with a connection's credentials; job profiles whose
-- configuration keeps the retailers' and the agency's SFTP logins and
-- passwords, job executions that copy it and name who launched them, and
-- the version history of job profiles that repeats the passwords (old and
-- new); import warnings whose skipped rows come from a translator-account
-- import; the messenger queue with the e-mail addresses to notify; product
-- comments people typed (some naming colleagues, supplier phones and
-- e-mails); avatar uploads named after people; supplier contacts, VAT ids
-- and sourcing notes. The catalogue itself (product and product model
-- raw_values in Akeneo's attribute/channel/locale JSON, completeness,
-- categories, attributes, options, families, colours, fabrics), job
-- notifications, grid views and catalogs for apps hold no personal data.
--
-- What I could not check (no access to the sources): the exact column
-- lists of 7.0's pim_catalog_identifier_generator, akeneo_catalog and
-- akeneo_connectivity_connected_app; whether 7.0 still had the old
-- pim_catalog_completeness layout (used here) rather than one JSON row per
-- product; the exact shape of the storage block of raw_parameters and
-- whether CE 7 offers SFTP storage at all; whether job profile history
-- masks passwords (here it does not); the user profile values; how 7.0
-- names connection and app users; the JSON of the messenger messages. The
-- reference-data tables are the integrator's, so their columns are mine.
-- The file has 45 tables but only 390 columns: Akeneo's own tables are
-- narrow, and I did not invent columns to reach a larger count.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA akg;

-- fold: a name as it appears in a login or a mailbox (umlauts as ae/oe/ue).
CREATE FUNCTION akg.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(translate(replace(replace(replace(replace(lower(s), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'),
    'áàâãåçéèêëíìîïıñóòôõøúùûýÿłńśźżćęąăâșțđ', 'aaaaaceeeeiiiiinooooouuuyylnszzceaaastd'), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics; lowr: lower-case alphanumerics; b36: base 36.
CREATE FUNCTION akg.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;
CREATE FUNCTION akg.lowr(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION akg.url64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 8), '+/=', '-_'), 1, len) $$;

-- at: a time, to the second, between two instants.
CREATE FUNCTION akg.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- php: a JSON value as PHP's serialize() writes it (Doctrine's "array" type).
CREATE FUNCTION akg.php(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  r text := '';
  n int := 0;
  k text;
  v jsonb;
BEGIN
  CASE jsonb_typeof(j)
  WHEN 'null' THEN RETURN 'N;';
  WHEN 'boolean' THEN RETURN CASE WHEN j = 'true'::jsonb THEN 'b:1;' ELSE 'b:0;' END;
  WHEN 'number' THEN RETURN CASE WHEN j::text ~ '^-?[0-9]+$' THEN 'i:' ELSE 'd:' END || j::text || ';';
  WHEN 'string' THEN RETURN 's:' || octet_length(j #>> '{}') || ':"' || (j #>> '{}') || '";';
  WHEN 'array' THEN
    FOR v IN SELECT e FROM jsonb_array_elements(j) WITH ORDINALITY x(e, o) ORDER BY o LOOP
      r := r || 'i:' || n || ';' || akg.php(v);
      n := n + 1;
    END LOOP;
    RETURN 'a:' || n || ':{' || r || '}';
  ELSE
    FOR k, v IN SELECT key, value FROM jsonb_each(j) LOOP
      r := r || 's:' || octet_length(k) || ':"' || k || '";' || akg.php(v);
      n := n + 1;
    END LOOP;
    RETURN 'a:' || n || ':{' || r || '}';
  END CASE;
END $$;

-- ean13: twelve digits and their GS1 check digit.
CREATE FUNCTION akg.ean13(d12 text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d12 || ((10 - sum(substr(d12, k, 1)::int * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END) % 10) % 10)::text FROM generate_series(1, 12) k
$$;

-- Oro's legacy password encoder (salted sha512, 5000 iterations, base64)
-- and Symfony's argon2id, both assembled here.
CREATE FUNCTION akg.sha512pw(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag || 'ph', i, 64) $$;
CREATE FUNCTION akg.argon(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$' || 'argon2id' || '$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=')
$$;

-- People with a PIM account. kind: staff, agency, freelance, supplier (the
-- suppliers' own people), connection, app. cc: country; team: what they do.
CREATE TABLE akg.u (id int PRIMARY KEY, first text, last text, middle text, prefix text, cc text, kind text, team text, profile text,
  username text, email text, phone text, tz text, enabled boolean, created timestamp);
INSERT INTO akg.u (id, first, last, middle, prefix, cc, kind, team, profile) VALUES
  (1, 'Stefan', 'Hummel', NULL, NULL, 'de', 'staff', 'it', 'other'),
  (2, 'Julia', 'Becker', 'Marie', NULL, 'de', 'staff', 'marketing', 'product_manager'),
  (3, 'Tobias', 'Wagner', NULL, NULL, 'de', 'staff', 'ecommerce', 'other'),
  (4, 'Lena', 'Hofmann', NULL, NULL, 'de', 'staff', 'marketing', 'redactor'),
  (5, 'Maximilian', 'Brandl', 'Josef', NULL, 'de', 'staff', 'product', 'product_manager'),
  (6, 'Sophie', 'Meier', NULL, NULL, 'de', 'staff', 'product', 'product_manager'),
  (7, 'Katharina', 'Gruber', NULL, NULL, 'at', 'staff', 'ecommerce', 'redactor'),
  (8, 'Lukas', 'Steiner', NULL, NULL, 'at', 'staff', 'ecommerce', 'redactor'),
  (9, 'Anna', 'Schmid', NULL, NULL, 'de', 'staff', 'marketing', 'redactor'),
  (10, 'Felix', 'Huber', NULL, NULL, 'de', 'staff', 'product', 'product_manager'),
  (11, 'Marie', 'Lefebvre', NULL, NULL, 'fr', 'staff', 'marketing', 'redactor'),
  (12, 'Camille', 'Roux', NULL, NULL, 'fr', 'staff', 'ecommerce', 'redactor'),
  (13, 'Giulia', 'Conti', NULL, NULL, 'it', 'staff', 'marketing', 'redactor'),
  (14, 'Davide', 'Ferraro', NULL, NULL, 'it', 'staff', 'retail', 'other'),
  (15, 'Daan', 'Visser', NULL, NULL, 'nl', 'staff', 'ecommerce', 'redactor'),
  (16, 'Marta', 'Kowalska', NULL, NULL, 'pl', 'staff', 'supplier', 'product_manager'),
  (17, 'Piotr', 'Zieliński', NULL, NULL, 'pl', 'staff', 'supplier', 'other'),
  (18, 'Lan', 'Nguyen', 'Thi', NULL, 'vn', 'staff', 'supplier', 'other'),
  (19, 'Yu-Ting', 'Chen', NULL, NULL, 'tw', 'staff', 'supplier', 'other'),
  (20, 'Jonas', 'Keller', NULL, NULL, 'ch', 'staff', 'retail', 'other'),
  (21, 'Sabine', 'Fuchs', NULL, NULL, 'de', 'staff', 'retail', 'other'),
  (22, 'Markus', 'Brunner', NULL, 'Dr.', 'at', 'staff', 'product', 'product_manager'),
  (23, 'Elif', 'Yılmaz', NULL, NULL, 'de', 'staff', 'it', 'technical_contact'),
  (24, 'Johannes', 'Maier', NULL, NULL, 'de', 'staff', 'marketing', 'redactor'),
  (25, 'Franziska', 'Lang', NULL, NULL, 'de', 'staff', 'marketing', 'redactor'),
  (26, 'Sebastian', 'König', NULL, NULL, 'de', 'staff', 'ecommerce', 'other'),
  (27, 'Nina', 'Wolf', NULL, NULL, 'de', 'staff', 'product', 'product_manager'),
  (28, 'Patrick', 'O''Brien', NULL, NULL, 'gb', 'staff', 'ecommerce', 'redactor'),
  (29, 'Hannah', 'Clarke', NULL, NULL, 'gb', 'staff', 'marketing', 'redactor'),
  (30, 'Simon', 'Bauer', NULL, NULL, 'de', 'staff', 'studio', 'other'),
  (31, 'Claire', 'Dubois-Martin', NULL, NULL, 'fr', 'agency', 'translation', 'translator'),
  (32, 'Alessandro', 'Ricci', NULL, NULL, 'it', 'agency', 'translation', 'translator'),
  (33, 'Femke', 'de Jong', NULL, NULL, 'nl', 'agency', 'translation', 'translator'),
  (34, 'Agnieszka', 'Nowak', NULL, NULL, 'pl', 'agency', 'translation', 'translator'),
  (35, 'Louise', 'Fontaine', NULL, NULL, 'fr', 'agency', 'translation', 'translator'),
  (36, 'Tom', 'Harris', NULL, NULL, 'gb', 'agency', 'translation', 'translator'),
  (37, 'Chiara', 'Esposito', NULL, NULL, 'it', 'agency', 'translation', 'translator'),
  (38, 'Bram', 'Jansen', NULL, NULL, 'nl', 'agency', 'translation', 'translator'),
  (39, 'Élodie', 'Marchand', NULL, NULL, 'fr', 'freelance', 'translation', 'translator'),
  (40, 'Ruth', 'Adeyemi', NULL, NULL, 'gb', 'freelance', 'translation', 'translator'),
  (41, 'Minh Duc', 'Tran', NULL, NULL, 'vn', 'supplier', 'saigon_outdoor', 'other'),
  (42, 'Jia-Hao', 'Wang', NULL, NULL, 'tw', 'supplier', 'formosa_tentworks', 'other'),
  (43, 'Rui', 'Ferreira', NULL, NULL, 'pt', 'supplier', 'ave_textiles', 'other'),
  (44, 'Gabriel', 'Ionescu', NULL, NULL, 'ro', 'supplier', 'carpathia_down', 'other');

UPDATE akg.u SET
  username = CASE WHEN id = 1 THEN 'admin'
                  WHEN kind = 'staff' THEN akg.fold(first) || '.' || akg.fold(last)
                  WHEN kind = 'agency' THEN 'lb.' || substr(akg.fold(first), 1, 1) || akg.fold(last)
                  WHEN kind = 'freelance' THEN akg.fold(first) || '.' || akg.fold(last) || '.' || cc
                  ELSE akg.fold(last) || '.' || akg.fold(first) END,
  email = CASE WHEN id = 1 THEN 'stefan.hummel@bergfalke-outdoor.example'
               WHEN kind = 'staff' THEN akg.fold(first) || '.' || akg.fold(last) || '@bergfalke-outdoor.example'
               WHEN kind = 'agency' THEN substr(akg.fold(first), 1, 1) || '.' || akg.fold(last) || '@linguabridge.example'
               WHEN id = 39 THEN 'elodie.marchand.trad@gmail.com'
               WHEN id = 40 THEN 'ruth.adeyemi.translates@outlook.com'
               WHEN id = 41 THEN 'duc.tran@saigon-outdoor.example'
               WHEN id = 42 THEN 'jiahao.wang@formosa-tentworks.example'
               WHEN id = 43 THEN 'rui.ferreira@avetexteis.example'
               ELSE 'gabriel.ionescu@carpathiadown.example' END,
  phone = CASE WHEN kind = 'staff' AND cc = 'de' AND id % 3 <> 0 THEN '+49 831 96048-' || (200 + id * 7)::text
               WHEN kind = 'staff' AND cc = 'de' THEN '+49 1' || (51 + fixture_gen.n('umob', id, 9))::text || ' ' || fixture_gen.digits('umob', id, 8)
               WHEN kind = 'staff' AND cc = 'at' THEN '+43 512 341 77-' || (10 + id)::text
               WHEN kind = 'staff' AND cc = 'fr' THEN '+33 4 50 ' || fixture_gen.digits('ufr', id, 2) || ' ' || fixture_gen.digits('ufr2', id, 2) || ' ' || fixture_gen.digits('ufr3', id, 2)
               WHEN kind = 'staff' AND cc = 'it' THEN '+39 0471 ' || fixture_gen.digits('uit', id, 6)
               WHEN kind = 'staff' AND cc = 'pl' THEN '+48 6' || fixture_gen.digits('upl', id, 2) || ' ' || fixture_gen.digits('upl2', id, 3) || ' ' || fixture_gen.digits('upl3', id, 3)
               WHEN kind = 'staff' AND cc = 'vn' THEN '+84 90 ' || fixture_gen.digits('uvn', id, 3) || ' ' || fixture_gen.digits('uvn2', id, 4)
               WHEN kind = 'staff' AND cc = 'tw' THEN '+886 4 2' || fixture_gen.digits('utw', id, 3) || ' ' || fixture_gen.digits('utw2', id, 4)
               WHEN kind = 'staff' AND cc = 'gb' THEN '+44 7' || fixture_gen.digits('ugb', id, 3) || ' ' || fixture_gen.digits('ugb2', id, 6)
               WHEN kind = 'staff' AND cc = 'ch' THEN '+41 79 ' || fixture_gen.digits('uch', id, 3) || ' ' || fixture_gen.digits('uch2', id, 2) || ' ' || fixture_gen.digits('uch3', id, 2)
               WHEN id = 31 THEN '+49 30 2084 6612'
               WHEN kind = 'supplier' AND id = 41 THEN '+84 28 3822 ' || fixture_gen.digits('usu', id, 4)
               WHEN kind = 'supplier' AND id = 43 THEN '+351 252 ' || fixture_gen.digits('usu', id, 6)
               END,
  tz = CASE WHEN id IN (4, 9, 25, 36, 38) THEN 'UTC'
            ELSE CASE cc WHEN 'de' THEN 'Europe/Berlin' WHEN 'at' THEN 'Europe/Vienna' WHEN 'fr' THEN 'Europe/Paris' WHEN 'it' THEN 'Europe/Rome'
              WHEN 'nl' THEN 'Europe/Amsterdam' WHEN 'pl' THEN 'Europe/Warsaw' WHEN 'vn' THEN 'Asia/Ho_Chi_Minh' WHEN 'tw' THEN 'Asia/Taipei'
              WHEN 'ch' THEN 'Europe/Zurich' WHEN 'gb' THEN 'Europe/London' WHEN 'pt' THEN 'Europe/Lisbon' ELSE 'Europe/Bucharest' END END,
  enabled = id NOT IN (24, 40),
  created = CASE WHEN id = 1 THEN timestamp '2019-03-04 09:12:40' ELSE akg.at('ucr', id, '2019-03-05', '2024-02-01') END;

-- Connection users (Akeneo creates one per connection: code and four
-- digits, the connection label as first and last name) and app users.
INSERT INTO akg.u (id, first, last, cc, kind, team, profile, username, email, tz, enabled, created)
SELECT 44 + k, label, label, NULL, kind, code, NULL, uname, uname || '@example.com', 'UTC', true, akg.at('ccr', k, '2021-06-01', '2024-03-01')
FROM (VALUES
  (1, 'sap_erp', 'SAP ERP (article master)', 'connection'),
  (2, 'shopware_webshops', 'Shopware webshops', 'connection'),
  (3, 'retail_feed_hub', 'Retail feed hub', 'connection'),
  (4, 'saigon_outdoor', 'Saigon Outdoor Textiles', 'connection'),
  (5, 'formosa_tentworks', 'Formosa Tent Works', 'connection'),
  (6, 'ave_textiles', 'Têxteis do Ave', 'connection'),
  (7, 'carpathia_down', 'Carpathia Down', 'connection'),
  (8, 'linguabridge_tms', 'LinguaBridge TMS', 'connection'),
  (9, 'studio_dam', 'Studio DAM (photos)', 'connection'),
  (10, 'feedflux_app', 'FeedFlux', 'app'),
  (11, 'linguasync_app', 'LinguaSync', 'app')) v(k, code, label, kind)
CROSS JOIN LATERAL (SELECT CASE WHEN kind = 'app' THEN akg.lowr('appu', k, 16) ELSE code || '_' || (1000 + fixture_gen.n('cnum', k, 9000))::text END AS uname) x;

-- ---------------------------------------------------------------------------
-- Locales, channels, the category trees.

CREATE TABLE pim_catalog_locale (id serial PRIMARY KEY, code varchar(20) NOT NULL UNIQUE, is_activated boolean NOT NULL);
INSERT INTO pim_catalog_locale (code, is_activated)
SELECT c, c IN ('de_DE', 'en_GB', 'fr_FR', 'it_IT', 'nl_NL', 'de_CH')
FROM unnest(ARRAY['af_ZA', 'ar_SA', 'bg_BG', 'ca_ES', 'cs_CZ', 'da_DK', 'de_AT', 'de_CH', 'de_DE', 'de_LU', 'el_GR', 'en_AU', 'en_CA', 'en_GB', 'en_IE',
  'en_NZ', 'en_US', 'es_AR', 'es_ES', 'es_MX', 'et_EE', 'fi_FI', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_FR', 'fr_LU', 'hr_HR', 'hu_HU', 'is_IS', 'it_CH', 'it_IT',
  'ja_JP', 'ko_KR', 'lt_LT', 'lv_LV', 'nb_NO', 'nl_BE', 'nl_NL', 'pl_PL', 'pt_BR', 'pt_PT', 'ro_RO', 'ru_RU', 'sk_SK', 'sl_SI', 'sv_SE', 'tr_TR', 'uk_UA',
  'vi_VN', 'zh_CN', 'zh_TW']) WITH ORDINALITY x(c, o) ORDER BY o;

CREATE TABLE pim_catalog_channel (id serial PRIMARY KEY, category_id integer NOT NULL, code varchar(100) NOT NULL UNIQUE, "conversionUnits" text NOT NULL);

CREATE TABLE akg.cat (n int PRIMARY KEY, code text, parent text, de text, en text, fr text);
INSERT INTO akg.cat VALUES
  (1, 'master', NULL, 'Bergfalke Stammkatalog', 'Bergfalke master catalogue', 'Catalogue maître Bergfalke'),
  (2, 'tents', 'master', 'Zelte', 'Tents', 'Tentes'),
  (3, 'tents_ultralight', 'tents', 'Ultraleichtzelte', 'Ultralight tents', 'Tentes ultralégères'),
  (4, 'tents_trekking', 'tents', 'Trekkingzelte', 'Trekking tents', 'Tentes de trekking'),
  (5, 'tents_family', 'tents', 'Familienzelte', 'Family tents', 'Tentes familiales'),
  (6, 'tents_expedition', 'tents', 'Expeditionszelte', 'Expedition tents', 'Tentes d''expédition'),
  (7, 'sleeping', 'master', 'Schlafen', 'Sleeping', 'Couchage'),
  (8, 'sleeping_bags_down', 'sleeping', 'Daunenschlafsäcke', 'Down sleeping bags', 'Sacs de couchage en duvet'),
  (9, 'sleeping_bags_synthetic', 'sleeping', 'Kunstfaserschlafsäcke', 'Synthetic sleeping bags', 'Sacs de couchage synthétiques'),
  (10, 'sleeping_mats', 'sleeping', 'Isomatten', 'Sleeping mats', 'Matelas de sol'),
  (11, 'backpacks', 'master', 'Rucksäcke', 'Backpacks', 'Sacs à dos'),
  (12, 'packs_trekking', 'backpacks', 'Trekkingrucksäcke', 'Trekking packs', 'Sacs de trekking'),
  (13, 'packs_daypacks', 'backpacks', 'Tagesrucksäcke', 'Daypacks', 'Sacs à dos journée'),
  (14, 'packs_alpine', 'backpacks', 'Alpinrucksäcke', 'Alpine packs', 'Sacs alpinisme'),
  (15, 'packs_kids', 'backpacks', 'Kinderrucksäcke', 'Kids'' packs', 'Sacs enfants'),
  (16, 'clothing', 'master', 'Bekleidung', 'Clothing', 'Vêtements'),
  (17, 'jackets_hardshell', 'clothing', 'Hardshelljacken', 'Hardshell jackets', 'Vestes hardshell'),
  (18, 'jackets_insulated', 'clothing', 'Isolationsjacken', 'Insulated jackets', 'Vestes isolantes'),
  (19, 'jackets_softshell', 'clothing', 'Softshelljacken', 'Softshell jackets', 'Vestes softshell'),
  (20, 'trousers', 'clothing', 'Hosen', 'Trousers', 'Pantalons'),
  (21, 'base_layers', 'clothing', 'Funktionswäsche', 'Base layers', 'Sous-vêtements techniques'),
  (22, 'fleece', 'clothing', 'Fleece', 'Fleece', 'Polaires'),
  (23, 'accessories', 'clothing', 'Accessoires', 'Accessories', 'Accessoires'),
  (24, 'kids_clothing', 'clothing', 'Kinderbekleidung', 'Kids'' clothing', 'Vêtements enfants'),
  (25, 'camp_kitchen', 'master', 'Campingküche', 'Camp kitchen', 'Cuisine de camping'),
  (26, 'lighting', 'master', 'Stirnlampen', 'Headlamps', 'Lampes frontales'),
  (27, 'trekking_poles', 'master', 'Trekkingstöcke', 'Trekking poles', 'Bâtons de randonnée'),
  (28, 'webshop', NULL, 'Webshop-Navigation', 'Webshop navigation', 'Navigation boutique en ligne'),
  (29, 'ws_men', 'webshop', 'Herren', 'Men', 'Homme'),
  (30, 'ws_men_jackets', 'ws_men', 'Jacken', 'Jackets', 'Vestes'),
  (31, 'ws_men_trousers', 'ws_men', 'Hosen', 'Trousers', 'Pantalons'),
  (32, 'ws_men_base_layers', 'ws_men', 'Funktionswäsche', 'Base layers', 'Sous-couches'),
  (33, 'ws_women', 'webshop', 'Damen', 'Women', 'Femme'),
  (34, 'ws_women_jackets', 'ws_women', 'Jacken', 'Jackets', 'Vestes'),
  (35, 'ws_women_trousers', 'ws_women', 'Hosen', 'Trousers', 'Pantalons'),
  (36, 'ws_women_base_layers', 'ws_women', 'Funktionswäsche', 'Base layers', 'Sous-couches'),
  (37, 'ws_kids', 'webshop', 'Kinder', 'Kids', 'Enfant'),
  (38, 'ws_equipment', 'webshop', 'Ausrüstung', 'Equipment', 'Équipement'),
  (39, 'ws_tents', 'ws_equipment', 'Zelte', 'Tents', 'Tentes'),
  (40, 'ws_sleeping', 'ws_equipment', 'Schlafsäcke & Matten', 'Sleeping bags & mats', 'Sacs de couchage & matelas'),
  (41, 'ws_backpacks', 'ws_equipment', 'Rucksäcke', 'Backpacks', 'Sacs à dos'),
  (42, 'ws_kitchen', 'ws_equipment', 'Kochen & Licht', 'Cooking & lighting', 'Cuisine & éclairage'),
  (43, 'ws_new_in', 'webshop', 'Neuheiten', 'New in', 'Nouveautés'),
  (44, 'ws_sale', 'webshop', 'Sale', 'Sale', 'Soldes'),
  (45, 'ws_aw24', 'webshop', 'Herbst/Winter 2024', 'Autumn/Winter 2024', 'Automne/Hiver 2024'),
  (46, 'ws_ss25', 'webshop', 'Frühjahr/Sommer 2025', 'Spring/Summer 2025', 'Printemps/Été 2025'),
  (47, 'ws_sustainable', 'webshop', 'Nachhaltig unterwegs', 'Responsible choices', 'Choix responsables'),
  (48, 'retail_partners', NULL, 'Handelspartner', 'Retail partners', 'Partenaires revendeurs'),
  (49, 'rp_alpenstore', 'retail_partners', 'Alpenstore', 'Alpenstore', 'Alpenstore'),
  (50, 'rp_gipfelshop', 'retail_partners', 'Gipfelshop', 'Gipfelshop', 'Gipfelshop'),
  (51, 'rp_sport_kessler', 'retail_partners', 'Sport Kessler', 'Sport Kessler', 'Sport Kessler'),
  (52, 'rp_modeplatz', 'retail_partners', 'Modeplatz', 'Modeplatz', 'Modeplatz'),
  (53, 'rp_modeplatz_men', 'rp_modeplatz', 'Modeplatz Herren', 'Modeplatz men', 'Modeplatz homme'),
  (54, 'rp_modeplatz_women', 'rp_modeplatz', 'Modeplatz Damen', 'Modeplatz women', 'Modeplatz femme'),
  (55, 'print_catalogue', NULL, 'Printkatalog', 'Print catalogue', 'Catalogue imprimé'),
  (56, 'pc_2024', 'print_catalogue', 'Katalog 2024', 'Catalogue 2024', 'Catalogue 2024'),
  (57, 'pc_2025', 'print_catalogue', 'Katalog 2025', 'Catalogue 2025', 'Catalogue 2025');

CREATE TABLE pim_catalog_category (
    id serial PRIMARY KEY, parent_id integer, code varchar(100) NOT NULL UNIQUE, created timestamp(0) NOT NULL, root integer NOT NULL, lvl integer NOT NULL,
    lft integer NOT NULL, rgt integer NOT NULL, updated timestamp(0) NOT NULL, value_collection jsonb
);
INSERT INTO pim_catalog_category (id, parent_id, code, created, root, lvl, lft, rgt, updated, value_collection)
SELECT c.n, p.n, c.code, akg.at('catc', c.n, '2019-03-05', '2023-09-01'), 0, 0, 0, 0, akg.at('catu', c.n, '2023-09-02', '2024-11-20'), NULL
FROM akg.cat c LEFT JOIN akg.cat p ON p.code = c.parent ORDER BY c.n;

CREATE FUNCTION akg.nest(node int, rt int, lv int, ctr int) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  ch int;
  c int := ctr + 1;
BEGIN
  UPDATE pim_catalog_category SET lft = c, root = rt, lvl = lv WHERE id = node;
  FOR ch IN SELECT id FROM pim_catalog_category WHERE parent_id = node ORDER BY id LOOP
    c := akg.nest(ch, rt, lv + 1, c);
  END LOOP;
  c := c + 1;
  UPDATE pim_catalog_category SET rgt = c WHERE id = node;
  RETURN c;
END $$;
DO $$ BEGIN PERFORM akg.nest(id, id, 0, 0) FROM pim_catalog_category WHERE parent_id IS NULL; END $$;

-- Enriched categories (the webshop landing pages): values keyed
-- attribute|uuid|channel|locale.
UPDATE pim_catalog_category c SET value_collection = jsonb_build_object(
    'attribute_codes', jsonb_build_array('landing_text|' || fixture_gen.uuid('catattr', 1), 'banner_image|' || fixture_gen.uuid('catattr', 2), 'seo_meta_title|' || fixture_gen.uuid('catattr', 3)),
    'landing_text|' || fixture_gen.uuid('catattr', 1) || '|ecommerce|de_DE', jsonb_build_object('data', '<p>Entdecke unsere ' || k.de || ': entwickelt im Allgäu, getestet auf Touren von den Alpen bis Lappland.</p>',
        'type', 'richtext', 'locale', 'de_DE', 'channel', 'ecommerce', 'attribute_code', 'landing_text|' || fixture_gen.uuid('catattr', 1)),
    'landing_text|' || fixture_gen.uuid('catattr', 1) || '|ecommerce|en_GB', jsonb_build_object('data', '<p>Discover our ' || lower(k.en) || ': designed in the Allgäu, tested from the Alps to Lapland.</p>',
        'type', 'richtext', 'locale', 'en_GB', 'channel', 'ecommerce', 'attribute_code', 'landing_text|' || fixture_gen.uuid('catattr', 1)),
    'seo_meta_title|' || fixture_gen.uuid('catattr', 3) || '|ecommerce|de_DE', jsonb_build_object('data', k.de || ' kaufen | Bergfalke Outdoor', 'type', 'text', 'locale', 'de_DE',
        'channel', 'ecommerce', 'attribute_code', 'seo_meta_title|' || fixture_gen.uuid('catattr', 3)),
    'banner_image|' || fixture_gen.uuid('catattr', 2) || '|ecommerce|<all_locales>', jsonb_build_object('data', jsonb_build_object('size', 180000 + fixture_gen.n('catimg', k.n, 900000),
        'extension', 'jpg', 'file_path', substr(md5('cat' || k.n), 1, 1) || '/' || substr(md5('cat' || k.n), 2, 1) || '/' || substr(md5('cat' || k.n), 3, 1) || '/' || substr(md5('cat' || k.n), 4, 1) || '/' || md5('cat' || k.n) || '_banner_' || k.code || '.jpg',
        'mime_type', 'image/jpeg', 'original_filename', 'banner_' || k.code || '.jpg'), 'type', 'image', 'locale', NULL, 'channel', 'ecommerce', 'attribute_code', 'banner_image|' || fixture_gen.uuid('catattr', 2)))
FROM akg.cat k WHERE k.n = c.id AND k.parent IN ('webshop', 'ws_men', 'ws_women', 'ws_equipment');

CREATE TABLE pim_catalog_category_translation (id serial PRIMARY KEY, foreign_key integer NOT NULL, label varchar(100), locale varchar(20) NOT NULL);
INSERT INTO pim_catalog_category_translation (foreign_key, label, locale)
SELECT c.n, CASE l.loc WHEN 'de_DE' THEN c.de WHEN 'en_GB' THEN c.en ELSE c.fr END, l.loc
FROM akg.cat c CROSS JOIN (VALUES (1, 'de_DE'), (2, 'en_GB'), (3, 'fr_FR')) l(o, loc) ORDER BY c.n, l.o;

INSERT INTO pim_catalog_channel (id, category_id, code, "conversionUnits") VALUES
  (1, 28, 'ecommerce', akg.php('{"weight": "GRAM", "capacity": "LITER", "packed_volume": "LITER"}')),
  (2, 48, 'retail', akg.php('{"weight": "KILOGRAM"}')),
  (3, 55, 'print', akg.php('[]'));

-- ---------------------------------------------------------------------------
-- Reference data of the integrator's bundle: colours, fabrics, suppliers.

CREATE TABLE bergfalke_reference_data_color (
    id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, "sortOrder" integer NOT NULL, name varchar(255) NOT NULL, hex varchar(255) NOT NULL,
    red integer NOT NULL, green integer NOT NULL, blue integer NOT NULL, hue integer NOT NULL, "hslSaturation" integer NOT NULL, light integer NOT NULL, "hsvSaturation" integer NOT NULL
);
INSERT INTO bergfalke_reference_data_color (code, "sortOrder", name, hex, red, green, blue, hue, "hslSaturation", light, "hsvSaturation")
SELECT code, o * 10, name, '#' || hx, r, g, b,
       CASE WHEN mx = mn THEN 0 WHEN mx = r THEN ((60 * (g - b) / (mx - mn) + 360) % 360) WHEN mx = g THEN 60 * (b - r) / (mx - mn) + 120 ELSE 60 * (r - g) / (mx - mn) + 240 END,
       CASE WHEN mx = mn THEN 0 ELSE round(100.0 * (mx - mn) / (255 - abs(mx + mn - 255)))::int END, round(100.0 * (mx + mn) / 510)::int,
       CASE WHEN mx = 0 THEN 0 ELSE round(100.0 * (mx - mn) / mx)::int END
FROM (SELECT o, code, name, hx, r, g, b, greatest(r, g, b) AS mx, least(r, g, b) AS mn FROM (
  SELECT o, code, name, hx, ('x' || substr(hx, 1, 2))::bit(8)::int AS r, ('x' || substr(hx, 3, 2))::bit(8)::int AS g, ('x' || substr(hx, 5, 2))::bit(8)::int AS b
  FROM unnest(ARRAY['black', 'graphite', 'slate_grey', 'fog_grey', 'off_white', 'glacier_blue', 'fjord_blue', 'night_navy', 'alpine_blue', 'teal',
      'moss_green', 'forest_green', 'pine', 'olive', 'sage', 'lime', 'signal_yellow', 'mustard', 'ochre', 'sunset_orange', 'burnt_orange', 'rust',
      'signal_red', 'cranberry', 'berry', 'plum', 'lavender', 'dusty_rose', 'sand', 'desert_khaki', 'earth_brown', 'chocolate', 'stone',
      'heather_grey', 'ice_mint', 'petrol', 'aubergine', 'coral', 'sky', 'charcoal'],
    ARRAY['Black', 'Graphite', 'Slate grey', 'Fog grey', 'Off white', 'Glacier blue', 'Fjord blue', 'Night navy', 'Alpine blue', 'Teal',
      'Moss green', 'Forest green', 'Pine', 'Olive', 'Sage', 'Lime', 'Signal yellow', 'Mustard', 'Ochre', 'Sunset orange', 'Burnt orange', 'Rust',
      'Signal red', 'Cranberry', 'Berry', 'Plum', 'Lavender', 'Dusty rose', 'Sand', 'Desert khaki', 'Earth brown', 'Chocolate', 'Stone',
      'Heather grey', 'Ice mint', 'Petrol', 'Aubergine', 'Coral', 'Sky', 'Charcoal'],
    ARRAY['111214', '3a3d42', '5b6770', '9aa3a8', 'f2efe6', '8fc1d9', '2f6f8f', '1c2a44', '1f5fa8', '1a8c8c',
      '5b7a3a', '2e5c3a', '22493a', '6b6b3a', 'a3b18a', 'a6c92d', 'f2c511', 'd4a017', 'c8862a', 'f26b21', 'c9561c', 'a2431f',
      'd62828', '9b1b30', '8e2453', '5e2a5e', 'b6a1d6', 'd4a5a5', 'd9c8a9', 'b5a27a', '6b4a2f', '4a2f22', '8a8275',
      'a9a9ad', 'bfe6d8', '1f5560', '4b2447', 'f27d72', '9fd3f0', '36393d']) WITH ORDINALITY x(code, name, hx, o)) y) z
ORDER BY o;

CREATE TABLE bergfalke_reference_data_fabric (
    id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, "sortOrder" integer NOT NULL, name varchar(255) NOT NULL, "alternativeName" varchar(255),
    composition varchar(255), "weightGsm" integer, denier integer, coating varchar(255), "waterColumnMm" integer, mvtr integer, "pfcFree" boolean NOT NULL,
    "recycledContent" integer, "bluesignApproved" boolean NOT NULL, "supplierCode" varchar(255)
);
INSERT INTO bergfalke_reference_data_fabric (code, "sortOrder", name, "alternativeName", composition, "weightGsm", denier, coating, "waterColumnMm", mvtr, "pfcFree", "recycledContent", "bluesignApproved", "supplierCode")
VALUES
  ('bf_tex_3l_pro', 10, 'BF-Tex 3L Pro', 'BergfalkeTex 3-Lagen', '100% polyamide, ePE membrane', 142, 40, 'PFC-free DWR', 28000, 25000, true, 0, true, 'saigon_outdoor'),
  ('bf_tex_2_5l', 20, 'BF-Tex 2.5L', 'BergfalkeTex 2,5-Lagen', '100% recycled polyester, PU membrane', 118, 50, 'PFC-free DWR', 20000, 15000, true, 100, true, 'saigon_outdoor'),
  ('bf_tex_2l_lined', 30, 'BF-Tex 2L lined', NULL, '100% polyester, PU membrane, mesh lining', 165, 75, 'PFC-free DWR', 10000, 10000, true, 50, false, 'dongnai_apparel'),
  ('stretch_softshell', 40, 'Stretch softshell', 'Softshell Stretch', '88% polyamide, 12% elastane', 210, NULL, 'PFC-free DWR', NULL, NULL, true, 0, true, 'ave_textiles'),
  ('softshell_hybrid', 50, 'Hybrid softshell', NULL, '92% recycled polyester, 8% elastane', 240, NULL, 'PFC-free DWR', NULL, NULL, true, 92, true, 'ave_textiles'),
  ('ripstop_20d_sil', 60, 'Ripstop 20D silnylon', 'Silnylon 20D', '100% polyamide 6.6, silicone both sides', 38, 20, 'silicone/silicone', 3000, NULL, true, 0, false, 'formosa_tentworks'),
  ('ripstop_30d_silpu', 70, 'Ripstop 30D sil/PU', NULL, '100% polyamide, silicone outside, PU inside', 52, 30, 'silicone/PU', 4000, NULL, true, 0, true, 'formosa_tentworks'),
  ('poly_68d_floor', 80, 'Polyester 68D floor', 'Zeltboden 68D', '100% polyester, PU coated', 95, 68, 'PU', 8000, NULL, true, 0, false, 'formosa_tentworks'),
  ('poly_150d_floor', 90, 'Polyester 150D floor', NULL, '100% polyester, PU coated', 160, 150, 'PU', 10000, NULL, true, 30, false, 'taichung_fabrics'),
  ('mesh_noseeum', 100, 'No-see-um mesh', 'Moskitonetz', '100% polyester', 24, 15, NULL, NULL, NULL, true, 0, false, 'formosa_tentworks'),
  ('cordura_500d', 110, 'Cordura 500D', NULL, '100% polyamide, PU coated', 285, 500, 'PU', 1500, NULL, true, 0, true, 'ningbo_packworks'),
  ('robic_210d', 120, 'Robic 210D ripstop', NULL, '100% high-tenacity polyamide', 140, 210, 'PU', 1500, NULL, true, 0, true, 'ningbo_packworks'),
  ('recycled_poly_420d', 130, 'Recycled polyester 420D', 'rPET 420D', '100% recycled polyester', 190, 420, 'PFC-free DWR', 800, NULL, true, 100, true, 'ningbo_packworks'),
  ('merino_150', 140, 'Merino 150', 'Merino Jersey 150', '100% merino wool 17.5 micron', 150, NULL, NULL, NULL, NULL, true, 0, false, 'carpathia_down'),
  ('merino_tencel_160', 150, 'Merino-Tencel 160', NULL, '60% merino wool, 40% Tencel lyocell', 160, NULL, NULL, NULL, NULL, true, 0, false, 'ave_textiles'),
  ('polartec_100', 160, 'Grid fleece 100', 'Gitterfleece', '100% recycled polyester', 150, NULL, NULL, NULL, NULL, true, 100, true, 'dongnai_apparel'),
  ('fleece_300', 170, 'Fleece 300', NULL, '100% polyester', 300, NULL, NULL, NULL, NULL, true, 60, false, 'dongnai_apparel'),
  ('pertex_quantum_like', 180, 'Featherlight 10D shell', NULL, '100% polyamide 10D', 35, 10, 'PFC-free DWR', NULL, NULL, true, 0, true, 'taichung_fabrics'),
  ('down_proof_20d', 190, 'Downproof 20D', 'Daunendicht 20D', '100% polyamide, calendered', 45, 20, 'PFC-free DWR', NULL, NULL, true, 0, true, 'taichung_fabrics'),
  ('canvas_polycotton', 200, 'Polycotton canvas', 'Mischgewebe', '65% polyester, 35% cotton', 260, NULL, 'fluorocarbon-free impregnation', 2000, NULL, true, 0, false, 'ave_textiles'),
  ('nylon_taslan', 210, 'Taslan nylon', NULL, '100% polyamide', 120, 160, 'PU', 5000, NULL, true, 0, false, 'dongnai_apparel'),
  ('stretch_woven_trek', 220, 'Stretch woven (trekking)', 'Trekking-Stretch', '90% polyamide, 10% elastane', 180, NULL, 'PFC-free DWR', NULL, NULL, true, 45, true, 'ave_textiles'),
  ('organic_cotton_jersey', 230, 'Organic cotton jersey', 'Bio-Baumwolle', '100% organic cotton', 180, NULL, NULL, NULL, NULL, true, 0, false, 'ave_textiles'),
  ('primaloft_like_100', 240, 'Synthetic insulation 100 g', 'Kunstfaser 100 g', '100% recycled polyester', 100, NULL, NULL, NULL, NULL, true, 100, true, 'taichung_fabrics'),
  ('tpu_laminate', 250, 'TPU laminate 40D', NULL, '100% polyamide, TPU laminated', 130, 40, 'TPU', 20000, NULL, true, 0, true, 'ningbo_packworks');

CREATE TABLE bergfalke_reference_data_supplier (
    id serial PRIMARY KEY, code varchar(255) NOT NULL UNIQUE, "sortOrder" integer NOT NULL, name varchar(255) NOT NULL, "vatNumber" varchar(255), street varchar(255),
    "postalCode" varchar(255), city varchar(255), "countryCode" varchar(2), "contactName" varchar(255), "contactEmail" varchar(255), "contactPhone" varchar(255),
    "qualityContactName" varchar(255), "qualityContactEmail" varchar(255), website varchar(255), "bluesignPartner" boolean NOT NULL, "fairWearMember" boolean NOT NULL,
    "leadTimeDays" integer, "minimumOrderQuantity" integer, incoterm varchar(10), notes text, "connectionCode" varchar(255), "createdAt" timestamp(0) NOT NULL, "updatedAt" timestamp(0) NOT NULL
);
INSERT INTO bergfalke_reference_data_supplier (code, "sortOrder", name, "vatNumber", street, "postalCode", city, "countryCode", "contactName", "contactEmail", "contactPhone",
  "qualityContactName", "qualityContactEmail", website, "bluesignPartner", "fairWearMember", "leadTimeDays", "minimumOrderQuantity", incoterm, notes, "connectionCode", "createdAt", "updatedAt")
SELECT v.code, v.k * 10, v.name,
       CASE v.cc WHEN 'vn' THEN '03' || fixture_gen.digits('vsvn', v.k, 8) WHEN 'tw' THEN fixture_gen.digits('vstw', v.k, 8)
                 WHEN 'cn' THEN '9133' || fixture_gen.digits('vscn', v.k, 6) || fixture_gen.chars('vscn', v.k, 8, 'ABCDEFGHJKLMNPQRTUWXY0123456789')
                 WHEN 'pt' THEN 'PT5' || fixture_gen.digits('vspt', v.k, 8) WHEN 'ro' THEN 'RO' || fixture_gen.digits('vsro', v.k, 8)
                 WHEN 'pl' THEN 'PL' || fixture_gen.digits('vspl', v.k, 10) WHEN 'it' THEN 'IT0' || fixture_gen.digits('vsit', v.k, 10)
                 WHEN 'de' THEN (SELECT x FROM (SELECT fixture_gen.vat('vsde', j) AS x, j FROM generate_series(1, 60) j) d WHERE x LIKE 'DE%' ORDER BY j OFFSET v.k % 5 LIMIT 1)
                 WHEN 'bd' THEN fixture_gen.digits('vsbd', v.k, 13)
                 ELSE fixture_gen.digits('vsid', v.k, 2) || '.' || fixture_gen.digits('vsid2', v.k, 3) || '.' || fixture_gen.digits('vsid3', v.k, 3) || '.' || fixture_gen.digits('vsid4', v.k, 1) || '-' || fixture_gen.digits('vsid5', v.k, 3) || '.000' END,
       v.street, v.pc, v.city, upper(v.cc), v.contact, v.cmail,
       CASE v.cc WHEN 'vn' THEN '+84 ' || fixture_gen.pick(ARRAY['28', '251', '272', '24'], 'spvn', v.k) || ' ' || fixture_gen.digits('spvn', v.k, 4) || ' ' || fixture_gen.digits('spvn2', v.k, 4)
                 WHEN 'tw' THEN '+886 ' || fixture_gen.pick(ARRAY['4', '7', '2'], 'sptw', v.k) || ' ' || fixture_gen.digits('sptw', v.k, 4) || ' ' || fixture_gen.digits('sptw2', v.k, 4)
                 WHEN 'cn' THEN '+86 ' || fixture_gen.pick(ARRAY['574', '592', '20', '573'], 'spcn', v.k) || ' ' || fixture_gen.digits('spcn', v.k, 8)
                 WHEN 'pt' THEN '+351 253 ' || fixture_gen.digits('sppt', v.k, 3) || ' ' || fixture_gen.digits('sppt2', v.k, 3)
                 WHEN 'ro' THEN '+40 7' || fixture_gen.digits('spro', v.k, 2) || ' ' || fixture_gen.digits('spro2', v.k, 3) || ' ' || fixture_gen.digits('spro3', v.k, 3)
                 WHEN 'pl' THEN '+48 71 ' || fixture_gen.digits('sppl', v.k, 3) || ' ' || fixture_gen.digits('sppl2', v.k, 2) || ' ' || fixture_gen.digits('sppl3', v.k, 2)
                 WHEN 'it' THEN '+39 015 ' || fixture_gen.digits('spit', v.k, 6)
                 WHEN 'de' THEN '+49 ' || fixture_gen.pick(ARRAY['831', '3741'], 'spde', v.k) || ' ' || fixture_gen.digits('spde', v.k, 6)
                 WHEN 'bd' THEN '+880 17' || fixture_gen.digits('spbd', v.k, 2) || '-' || fixture_gen.digits('spbd2', v.k, 6)
                 ELSE '+62 22 ' || fixture_gen.digits('spid', v.k, 7) END,
       v.quality, v.qmail, 'https://www.' || replace(v.dom, '.example', '') || '.example', v.k % 3 <> 2, v.cc IN ('vn', 'bd', 'id', 'ro', 'cn') AND v.k % 2 = 1,
       CASE WHEN v.cc IN ('vn', 'tw', 'cn', 'bd', 'id') THEN 90 + fixture_gen.n('slt', v.k, 60) ELSE 30 + fixture_gen.n('slt', v.k, 40) END,
       (ARRAY[300, 500, 800, 1000, 2000])[1 + fixture_gen.n('smoq', v.k, 5)], CASE WHEN v.cc IN ('vn', 'tw', 'cn', 'bd', 'id') THEN 'FOB' WHEN v.cc = 'de' THEN 'DAP' ELSE 'FCA' END,
       v.notes, v.conn, akg.at('scr', v.k, '2019-04-01', '2023-06-01'), akg.at('sup', v.k, '2023-06-02', '2024-11-15')
FROM (VALUES
  (1, 'saigon_outdoor', 'Saigon Outdoor Textiles Co., Ltd.', 'vn', 'Lô C5, KCN Tân Bình, Phường Tây Thạnh', '700000', 'Ho Chi Minh City', 'Tran Minh Duc', 'duc.tran@saigon-outdoor.example',
     'Le Thu Trang', 'trang.le@saigon-outdoor.example', 'saigon-outdoor.example', 'Main hardshell and 2.5L supplier. Sampling contact is Ms Trang (mobile +84 90 318 2246), she answers faster on Zalo than by mail.', 'saigon_outdoor'),
  (2, 'dongnai_apparel', 'Dong Nai Apparel JSC', 'vn', 'Đường số 9, KCN Biên Hòa 2', '810000', 'Biên Hòa', 'Nguyen Van Long', 'long.nv@dongnai-apparel.example',
     'Pham Ngoc Anh', 'qa@dongnai-apparel.example', 'dongnai-apparel.example', 'Fleece and lined shells. Audit 2024 passed, next audit Q3 2025.', NULL),
  (3, 'hanoi_knit', 'Hanoi Knitwear Co., Ltd.', 'vn', '128 Nguyễn Văn Cừ, Long Biên', '100000', 'Hà Nội', 'Hoang Quang Huy', 'huy.hoang@hanoi-knit.example',
     'Vo Thi Hoa', 'hoa.vo@hanoi-knit.example', 'hanoi-knit.example', NULL, NULL),
  (4, 'formosa_tentworks', 'Formosa Tent Works Co., Ltd.', 'tw', 'No. 88, Gongye 2nd Rd., Xitun Dist.', '407', 'Taichung', 'Wang Jia-Hao', 'jiahao.wang@formosa-tentworks.example',
     'Lin Mei-Ling', 'meiling.lin@formosa-tentworks.example', 'formosa-tentworks.example', 'All tents except the family range. Pole sets come from their sister plant; ask Jia-Hao for pole drawings.', 'formosa_tentworks'),
  (5, 'taichung_fabrics', 'Taichung Performance Fabrics Inc.', 'tw', 'No. 12, Lane 301, Zhongqing Rd., Beitun Dist.', '406', 'Taichung', 'Chang Wei-Chen', 'weichen.chang@tpf-fabrics.example',
     'Huang Shu-Fen', 'sf.huang@tpf-fabrics.example', 'tpf-fabrics.example', 'Fabric mill, nominated for insulation shells.', NULL),
  (6, 'kaohsiung_lights', 'Kaohsiung Lighting Tech Ltd.', 'tw', 'No. 5, Chenggong 2nd Rd., Qianzhen Dist.', '806', 'Kaohsiung', 'Tsai Ming-Hsun', 'mh.tsai@khlighting.example',
     NULL, NULL, 'khlighting.example', 'Headlamps. Battery certificates (UN 38.3) renewed every year in March.', NULL),
  (7, 'ningbo_packworks', 'Ningbo Packworks Co., Ltd.', 'cn', '355 Jinghua Road, Yinzhou District', '315100', 'Ningbo', 'Zhang Wei', 'sales3@ningbo-packworks.example',
     'Li Na', 'lina.qc@ningbo-packworks.example', 'ningbo-packworks.example', 'Backpacks. Office closed for Spring Festival, plan PO dates accordingly.', NULL),
  (8, 'xiamen_poles', 'Xiamen Alloy Outdoor Co., Ltd.', 'cn', '18 Xiangxing 3rd Road, Huli District', '361006', 'Xiamen', 'Chen Jie', 'chenjie@xm-alloy.example',
     'Wu Fang', 'wufang@xm-alloy.example', 'xm-alloy.example', NULL, NULL),
  (9, 'guangzhou_cookware', 'Guangzhou Titan Cookware Ltd.', 'cn', '66 Kexue Avenue, Huangpu District', '510663', 'Guangzhou', 'Liu Yang', 'liuyang@gz-titan.example',
     NULL, NULL, 'gz-titan.example', 'Stoves and pots. Gas cartridges are not theirs (dangerous goods, sourced in DE).', NULL),
  (10, 'ave_textiles', 'Têxteis do Ave, Lda.', 'pt', 'Rua da Indústria 214, Ronfe', '4805-448', 'Guimarães', 'Rui Ferreira', 'rui.ferreira@avetexteis.example',
     'Ana Sofia Costa', 'anasofia.costa@avetexteis.example', 'avetexteis.example', 'Softshell, trekking trousers, base layers. Rui prefers calls in the morning: +351 912 447 093.', 'ave_textiles'),
  (11, 'barcelos_confeccoes', 'Barcelos Confecções S.A.', 'pt', 'Avenida dos Combatentes 77', '4750-286', 'Barcelos', 'Inês Carvalho', 'ines.carvalho@barcelos-conf.example',
     'Miguel Sousa', 'miguel.sousa@barcelos-conf.example', 'barcelos-conf.example', 'Kids clothing since AW23.', NULL),
  (12, 'porto_knit', 'Malhas do Porto, Lda.', 'pt', 'Rua Conceição Fernandes 1020', '4430-062', 'Vila Nova de Gaia', 'Joana Almeida', 'joana@malhasdoporto.example',
     NULL, NULL, 'malhasdoporto.example', NULL, NULL),
  (13, 'carpathia_down', 'Carpathia Down S.R.L.', 'ro', 'Strada Turnișor 41', '550045', 'Sibiu', 'Gabriel Ionescu', 'gabriel.ionescu@carpathiadown.example',
     'Ioana Popescu', 'ioana.popescu@carpathiadown.example', 'carpathiadown.example', 'RDS certified down, also merino base layers since SS24.', 'carpathia_down'),
  (14, 'somes_sewing', 'Someș Sewing Factory S.A.', 'ro', 'Calea Baciului 2-4', '400230', 'Cluj-Napoca', 'Andrei Mureșan', 'andrei.muresan@somes-sewing.example',
     'Elena Rusu', 'calitate@somes-sewing.example', 'somes-sewing.example', 'Sleeping bag assembly for the Hochvogel line.', NULL),
  (15, 'odra_packs', 'Odra Packs Sp. z o.o.', 'pl', 'ul. Krakowska 180', '52-015', 'Wrocław', 'Tomasz Wójcik', 't.wojcik@odrapacks.example',
     'Katarzyna Lis', 'k.lis@odrapacks.example', 'odrapacks.example', 'Small-batch alpine packs. Marta visits monthly.', NULL),
  (16, 'lodz_textile', 'Łódź Textile Lab Sp. z o.o.', 'pl', 'ul. Piotrkowska 270', '90-361', 'Łódź', 'Magdalena Kaczmarek', 'magdalena.kaczmarek@lodztextile.example',
     NULL, NULL, 'lodztextile.example', NULL, NULL),
  (17, 'lanificio_biellese', 'Lanificio Biellese S.p.A.', 'it', 'Via Cernaia 12', '13900', 'Biella', 'Federica Sella', 'f.sella@lanificiobiellese.example',
     'Paolo Gatti', 'p.gatti@lanificiobiellese.example', 'lanificiobiellese.example', 'Heritage collection wool fabrics.', NULL),
  (18, 'trentino_alloy', 'Trentino Alloy S.r.l.', 'it', 'Via del Garda 45', '38068', 'Rovereto', 'Matteo Zanetti', 'matteo.zanetti@trentinoalloy.example',
     NULL, NULL, 'trentinoalloy.example', 'Carbon poles, made in Italy claim allowed.', NULL),
  (19, 'naehwerkstatt_weiss', 'Allgäuer Nähwerkstatt Weiß', 'de', 'Rottachstraße 18', '87439', 'Kempten (Allgäu)', 'Brigitte Weiß', 'b.weiss.naehwerkstatt@t-online.de',
     NULL, NULL, 'naehwerkstatt-weiss.example', 'Repairs and prototypes. Sole trader, invoices without PO. Mobile 0171 4482 907.', NULL),
  (20, 'etikettenwerk_plauen', 'Etikettenwerk Plauen GmbH', 'de', 'Hofer Straße 55', '08527', 'Plauen', 'Ralf Günther', 'r.guenther@etikettenwerk-plauen.example',
     'Sandra Vogel', 's.vogel@etikettenwerk-plauen.example', 'etikettenwerk-plauen.example', 'Care labels and hang tags for all apparel.', NULL),
  (21, 'dhaka_knit', 'Dhaka Knit Composite Ltd.', 'bd', 'Plot 14, BSCIC Industrial Estate, Tongi', '1710', 'Gazipur', 'Md. Rafiqul Islam', 'rafiqul@dhakaknit.example',
     'Nusrat Jahan', 'compliance@dhakaknit.example', 'dhakaknit.example', 'Organic cotton tees. Fair Wear audit report in SharePoint.', NULL),
  (22, 'bandung_gloves', 'PT Bandung Glove Industries', 'id', 'Jl. Soekarno-Hatta No. 512', '40286', 'Bandung', 'Budi Santoso', 'budi.santoso@bandungglove.example',
     'Siti Rahayu', 'siti.rahayu@bandungglove.example', 'bandungglove.example', NULL, NULL),
  (23, 'mekong_down', 'Mekong Down Processing Co.', 'vn', 'KCN Đức Hòa 1, Hạnh Phúc', '850000', 'Long An', 'Dang Van Tuan', 'tuan.dv@mekongdown.example',
     NULL, NULL, 'mekongdown.example', 'Backup down supplier, not RDS yet.', NULL),
  (24, 'zhejiang_airloft', 'Zhejiang Airloft Mats Co., Ltd.', 'cn', '1188 Chengnan Road', '314001', 'Jiaxing', 'Zhou Xin', 'zhouxin@airloft-mats.example',
     'Sun Li', 'qa@airloft-mats.example', 'airloft-mats.example', 'Sleeping mats, R-value tests by the lab in Jiaxing.', NULL),
  (25, 'taipei_fastening', 'Taipei Fastening Systems Co.', 'tw', 'No. 3, Wuquan 5th Rd., Wugu Dist.', '248', 'New Taipei City', 'Kuo Yi-Chun', 'yichun.kuo@tfs-zippers.example',
     NULL, NULL, 'tfs-zippers.example', NULL, NULL)
) v(k, code, name, cc, street, pc, city, contact, cmail, quality, qmail, dom, notes, conn)
ORDER BY v.k;

-- ---------------------------------------------------------------------------
-- Attribute groups, attributes, options, families.

CREATE TABLE pim_catalog_attribute_group (id serial PRIMARY KEY, code varchar(100) NOT NULL UNIQUE, sort_order integer NOT NULL, created timestamp(0) NOT NULL, updated timestamp(0) NOT NULL);
INSERT INTO pim_catalog_attribute_group (id, code, sort_order, created, updated) VALUES
  (1, 'other', 100, '2019-03-04 09:10:02', '2019-03-04 09:10:02'),
  (2, 'marketing', 1, '2019-03-05 10:41:17', '2023-02-14 08:55:30'),
  (3, 'technical', 2, '2019-03-05 10:42:03', '2024-01-22 13:07:44'),
  (4, 'logistics', 4, '2019-03-05 10:42:40', '2022-06-30 16:12:09'),
  (5, 'media', 3, '2019-03-05 10:43:11', '2021-11-03 11:20:51'),
  (6, 'sourcing', 5, '2020-09-21 14:02:36', '2024-03-18 09:31:12'),
  (7, 'erp', 6, '2019-04-11 07:58:25', '2022-10-05 15:44:58');

CREATE TABLE akg.attr (id int PRIMARY KEY, code text, typ text, grp int, loc boolean, scop boolean, grid boolean, uniq boolean, mfam text, munit text, ref text, de text, en text, fr text);
INSERT INTO akg.attr VALUES
  (1, 'sku', 'pim_catalog_identifier', 1, false, false, true, true, NULL, NULL, NULL, 'Artikelnummer', 'SKU', 'Référence'),
  (2, 'name', 'pim_catalog_text', 2, true, false, true, false, NULL, NULL, NULL, 'Produktname', 'Product name', 'Nom du produit'),
  (3, 'description', 'pim_catalog_textarea', 2, true, true, false, false, NULL, NULL, NULL, 'Beschreibung', 'Description', 'Description'),
  (4, 'short_description', 'pim_catalog_textarea', 2, true, true, false, false, NULL, NULL, NULL, 'Kurzbeschreibung', 'Short description', 'Description courte'),
  (5, 'marketing_claim', 'pim_catalog_text', 2, true, false, false, false, NULL, NULL, NULL, 'Claim', 'Marketing claim', 'Accroche'),
  (6, 'seo_title', 'pim_catalog_text', 2, true, true, false, false, NULL, NULL, NULL, 'SEO-Titel', 'SEO title', 'Titre SEO'),
  (7, 'bullet_points', 'pim_catalog_textarea', 2, true, false, false, false, NULL, NULL, NULL, 'Produktvorteile', 'Key features', 'Points forts'),
  (8, 'care_instructions', 'pim_catalog_textarea', 3, true, false, false, false, NULL, NULL, NULL, 'Pflegehinweise', 'Care instructions', 'Conseils d''entretien'),
  (9, 'color', 'pim_reference_data_simpleselect', 2, false, false, true, false, NULL, NULL, 'color', 'Farbe', 'Colour', 'Couleur'),
  (10, 'color_name', 'pim_catalog_text', 2, true, false, false, false, NULL, NULL, NULL, 'Farbname', 'Colour name', 'Nom de la couleur'),
  (11, 'size', 'pim_catalog_simpleselect', 3, false, false, true, false, NULL, NULL, NULL, 'Größe', 'Size', 'Taille'),
  (12, 'target_gender', 'pim_catalog_simpleselect', 2, false, false, true, false, NULL, NULL, NULL, 'Zielgruppe', 'Target group', 'Public cible'),
  (13, 'season', 'pim_catalog_simpleselect', 2, false, false, true, false, NULL, NULL, NULL, 'Saison', 'Season', 'Saison'),
  (14, 'collection', 'pim_catalog_simpleselect', 2, false, false, true, false, NULL, NULL, NULL, 'Kollektion', 'Collection', 'Collection'),
  (15, 'ean', 'pim_catalog_text', 4, false, false, true, true, NULL, NULL, NULL, 'EAN', 'EAN', 'EAN'),
  (16, 'supplier', 'pim_reference_data_simpleselect', 6, false, false, true, false, NULL, NULL, 'supplier', 'Lieferant', 'Supplier', 'Fournisseur'),
  (17, 'supplier_reference', 'pim_catalog_text', 6, false, false, true, false, NULL, NULL, NULL, 'Lieferantenartikelnummer', 'Supplier reference', 'Référence fournisseur'),
  (18, 'country_of_origin', 'pim_catalog_simpleselect', 6, false, false, true, false, NULL, NULL, NULL, 'Ursprungsland', 'Country of origin', 'Pays d''origine'),
  (19, 'hs_code', 'pim_catalog_text', 4, false, false, false, false, NULL, NULL, NULL, 'Zolltarifnummer', 'HS code', 'Code SH'),
  (20, 'main_fabric', 'pim_reference_data_simpleselect', 3, false, false, true, false, NULL, NULL, 'fabric', 'Obermaterial', 'Main fabric', 'Tissu principal'),
  (21, 'lining_fabric', 'pim_reference_data_simpleselect', 3, false, false, false, false, NULL, NULL, 'fabric', 'Futterstoff', 'Lining fabric', 'Doublure'),
  (22, 'material_composition', 'pim_catalog_text', 3, true, false, false, false, NULL, NULL, NULL, 'Materialzusammensetzung', 'Material composition', 'Composition'),
  (23, 'weight', 'pim_catalog_metric', 3, false, false, true, false, 'Weight', 'GRAM', NULL, 'Gewicht', 'Weight', 'Poids'),
  (24, 'packed_size', 'pim_catalog_text', 3, false, false, false, false, NULL, NULL, NULL, 'Packmaß', 'Packed size', 'Dimensions emballé'),
  (25, 'packed_volume', 'pim_catalog_metric', 3, false, false, false, false, 'Volume', 'LITER', NULL, 'Packvolumen', 'Packed volume', 'Volume emballé'),
  (26, 'capacity', 'pim_catalog_metric', 3, false, false, true, false, 'Volume', 'LITER', NULL, 'Volumen', 'Capacity', 'Contenance'),
  (27, 'sleeping_capacity', 'pim_catalog_number', 3, false, false, true, false, NULL, NULL, NULL, 'Personenzahl', 'Sleeps', 'Nombre de places'),
  (28, 'hydrostatic_head_fly', 'pim_catalog_number', 3, false, false, false, false, NULL, NULL, NULL, 'Wassersäule Außenzelt (mm)', 'Hydrostatic head fly (mm)', 'Colonne d''eau double toit (mm)'),
  (29, 'hydrostatic_head_floor', 'pim_catalog_number', 3, false, false, false, false, NULL, NULL, NULL, 'Wassersäule Boden (mm)', 'Hydrostatic head floor (mm)', 'Colonne d''eau tapis de sol (mm)'),
  (30, 'comfort_temperature', 'pim_catalog_metric', 3, false, false, true, false, 'Temperature', 'CELSIUS', NULL, 'Komforttemperatur', 'Comfort temperature', 'Température confort'),
  (31, 'limit_temperature', 'pim_catalog_metric', 3, false, false, false, false, 'Temperature', 'CELSIUS', NULL, 'Limittemperatur', 'Limit temperature', 'Température limite'),
  (32, 'fill_material', 'pim_catalog_simpleselect', 3, false, false, true, false, NULL, NULL, NULL, 'Füllung', 'Fill', 'Garnissage'),
  (33, 'fill_power', 'pim_catalog_number', 3, false, false, false, false, NULL, NULL, NULL, 'Bauschkraft (cuin)', 'Fill power (cuin)', 'Pouvoir gonflant (cuin)'),
  (34, 'waterproof_rating', 'pim_catalog_number', 3, false, false, false, false, NULL, NULL, NULL, 'Wassersäule (mm)', 'Waterproof rating (mm)', 'Imperméabilité (mm)'),
  (35, 'breathability_rating', 'pim_catalog_number', 3, false, false, false, false, NULL, NULL, NULL, 'Atmungsaktivität (g/m²/24h)', 'Breathability (g/m²/24h)', 'Respirabilité (g/m²/24h)'),
  (36, 'pfc_free', 'pim_catalog_boolean', 3, false, false, true, false, NULL, NULL, NULL, 'PFC-frei', 'PFC-free', 'Sans PFC'),
  (37, 'recycled_content', 'pim_catalog_number', 3, false, false, false, false, NULL, NULL, NULL, 'Recyclinganteil (%)', 'Recycled content (%)', 'Contenu recyclé (%)'),
  (38, 'certifications', 'pim_catalog_multiselect', 3, false, false, true, false, NULL, NULL, NULL, 'Zertifizierungen', 'Certifications', 'Certifications'),
  (39, 'warranty_years', 'pim_catalog_number', 2, false, false, false, false, NULL, NULL, NULL, 'Garantie (Jahre)', 'Warranty (years)', 'Garantie (ans)'),
  (40, 'price', 'pim_catalog_price_collection', 7, false, false, true, false, NULL, NULL, NULL, 'Verkaufspreis', 'Price', 'Prix'),
  (41, 'msrp', 'pim_catalog_price_collection', 7, false, false, false, false, NULL, NULL, NULL, 'UVP', 'RRP', 'Prix conseillé'),
  (42, 'release_date', 'pim_catalog_date', 7, false, false, true, false, NULL, NULL, NULL, 'Marktstart', 'Release date', 'Date de sortie'),
  (43, 'end_of_life_date', 'pim_catalog_date', 7, false, false, false, false, NULL, NULL, NULL, 'Auslaufdatum', 'End of life', 'Fin de vie'),
  (44, 'main_image', 'pim_catalog_image', 5, false, false, false, false, NULL, NULL, NULL, 'Hauptbild', 'Main image', 'Image principale'),
  (45, 'gallery_image_1', 'pim_catalog_image', 5, false, false, false, false, NULL, NULL, NULL, 'Galeriebild 1', 'Gallery image 1', 'Image galerie 1'),
  (46, 'gallery_image_2', 'pim_catalog_image', 5, false, false, false, false, NULL, NULL, NULL, 'Galeriebild 2', 'Gallery image 2', 'Image galerie 2'),
  (47, 'size_chart', 'pim_catalog_file', 5, false, false, false, false, NULL, NULL, NULL, 'Größentabelle', 'Size chart', 'Guide des tailles'),
  (48, 'product_datasheet', 'pim_catalog_file', 5, true, false, false, false, NULL, NULL, NULL, 'Datenblatt', 'Datasheet', 'Fiche technique'),
  (49, 'is_online', 'pim_catalog_boolean', 7, false, true, true, false, NULL, NULL, NULL, 'Online', 'Online', 'En ligne'),
  (50, 'dangerous_goods', 'pim_catalog_boolean', 4, false, false, true, false, NULL, NULL, NULL, 'Gefahrgut', 'Dangerous goods', 'Marchandise dangereuse'),
  (51, 'erp_article_number', 'pim_catalog_text', 7, false, false, true, true, NULL, NULL, NULL, 'SAP-Materialnummer', 'SAP material number', 'Numéro article SAP'),
  (52, 'fit', 'pim_catalog_simpleselect', 3, false, false, true, false, NULL, NULL, NULL, 'Passform', 'Fit', 'Coupe'),
  (53, 'hood_type', 'pim_catalog_simpleselect', 3, false, false, false, false, NULL, NULL, NULL, 'Kapuze', 'Hood', 'Capuche'),
  (54, 'burn_time', 'pim_catalog_metric', 3, false, false, false, false, 'Duration', 'HOUR', NULL, 'Leuchtdauer', 'Burn time', 'Autonomie'),
  (55, 'luminous_flux', 'pim_catalog_number', 3, false, false, false, false, NULL, NULL, NULL, 'Lichtstrom (lm)', 'Luminous flux (lm)', 'Flux lumineux (lm)'),
  (56, 'battery_type', 'pim_catalog_simpleselect', 3, false, false, false, false, NULL, NULL, NULL, 'Batterietyp', 'Battery', 'Type de batterie');

CREATE TABLE pim_catalog_attribute (
    id serial PRIMARY KEY, group_id integer NOT NULL, sort_order integer NOT NULL, useable_as_grid_filter boolean NOT NULL DEFAULT false, max_characters smallint,
    validation_rule varchar(255), validation_regexp varchar(255), wysiwyg_enabled boolean, number_min numeric(14, 4), number_max numeric(14, 4), decimals_allowed boolean,
    negative_allowed boolean, date_min timestamp(0), date_max timestamp(0), metric_family varchar(30), default_metric_unit varchar(30), max_file_size numeric(6, 2),
    allowed_extensions text NOT NULL, "minimumInputLength" smallint, is_required boolean NOT NULL, is_unique boolean NOT NULL, is_localizable boolean NOT NULL,
    is_scopable boolean NOT NULL, code varchar(100) NOT NULL UNIQUE, entity_type varchar(255) NOT NULL, attribute_type varchar(255) NOT NULL, backend_type varchar(255) NOT NULL,
    properties text NOT NULL, created timestamp(0) NOT NULL, updated timestamp(0) NOT NULL
);
INSERT INTO pim_catalog_attribute
SELECT a.id, a.grp, row_number() OVER (PARTITION BY a.grp ORDER BY a.id)::int, a.grid,
       CASE WHEN a.code = 'seo_title' THEN 70 WHEN a.code = 'marketing_claim' THEN 120 WHEN a.code = 'short_description' THEN 400 WHEN a.typ IN ('pim_catalog_text', 'pim_catalog_identifier') THEN 255 END,
       CASE WHEN a.code IN ('ean', 'hs_code', 'sku', 'erp_article_number') THEN 'regexp' END,
       CASE a.code WHEN 'ean' THEN '/^[0-9]{13}$/' WHEN 'hs_code' THEN '/^[0-9]{8}$/' WHEN 'sku' THEN '/^BF-[0-9]{5}(-[A-Z0-9]{2,4}){0,2}$/' WHEN 'erp_article_number' THEN '/^1[0-9]{7}$/' END,
       CASE WHEN a.typ = 'pim_catalog_textarea' THEN a.code IN ('description', 'care_instructions') END,
       CASE WHEN a.typ = 'pim_catalog_number' THEN 0 END,
       CASE a.code WHEN 'recycled_content' THEN 100 WHEN 'sleeping_capacity' THEN 12 WHEN 'warranty_years' THEN 30 END,
       CASE WHEN a.typ IN ('pim_catalog_number', 'pim_catalog_metric') THEN a.code NOT IN ('sleeping_capacity', 'warranty_years', 'hydrostatic_head_fly', 'hydrostatic_head_floor') END,
       CASE WHEN a.typ IN ('pim_catalog_number', 'pim_catalog_metric') THEN a.code IN ('comfort_temperature', 'limit_temperature') END,
       CASE WHEN a.typ = 'pim_catalog_date' THEN timestamp '2015-01-01 00:00:00' END, NULL,
       a.mfam, a.munit, CASE WHEN a.typ = 'pim_catalog_image' THEN 10.00 WHEN a.typ = 'pim_catalog_file' THEN 20.00 END,
       akg.php(CASE WHEN a.typ = 'pim_catalog_image' THEN '["gif", "jpeg", "jpg", "png", "tif", "tiff"]'::jsonb WHEN a.typ = 'pim_catalog_file' THEN '["pdf"]'::jsonb ELSE '[]'::jsonb END),
       CASE WHEN a.typ LIKE 'pim_reference_data%' THEN 0 END,
       a.typ = 'pim_catalog_identifier', a.uniq, a.loc, a.scop, a.code, 'Akeneo\Pim\Enrichment\Component\Product\Model\Product', a.typ,
       CASE a.typ WHEN 'pim_catalog_identifier' THEN 'text' WHEN 'pim_catalog_text' THEN 'text' WHEN 'pim_catalog_textarea' THEN 'textarea' WHEN 'pim_catalog_simpleselect' THEN 'option'
         WHEN 'pim_catalog_multiselect' THEN 'options' WHEN 'pim_catalog_metric' THEN 'metric' WHEN 'pim_catalog_number' THEN 'decimal' WHEN 'pim_catalog_boolean' THEN 'boolean'
         WHEN 'pim_catalog_price_collection' THEN 'prices' WHEN 'pim_catalog_date' THEN 'date' WHEN 'pim_reference_data_simpleselect' THEN 'reference_data_option' ELSE 'media' END,
       akg.php(jsonb_build_object('reference_data_name', a.ref, 'auto_option_sorting', CASE WHEN a.typ IN ('pim_catalog_simpleselect', 'pim_catalog_multiselect') THEN a.code NOT IN ('size', 'season') END,
         'is_read_only', a.grp = 7 AND a.code <> 'is_online')),
       akg.at('attc', a.id, '2019-03-05', '2022-01-01'), akg.at('attu', a.id, '2023-01-01', '2024-11-10')
FROM akg.attr a ORDER BY a.id;

CREATE TABLE pim_catalog_attribute_option (id serial PRIMARY KEY, attribute_id integer NOT NULL, code varchar(100) NOT NULL, sort_order integer);
CREATE TABLE pim_catalog_attribute_option_value (id serial PRIMARY KEY, option_id integer NOT NULL, locale_code varchar(20) NOT NULL, value varchar(255));
CREATE TABLE akg.opt (k int PRIMARY KEY, attr text, code text, de text, en text, fr text, it text, nl text);
INSERT INTO akg.opt VALUES
  (1, 'size', 'xs', 'XS', 'XS', 'XS', 'XS', 'XS'), (2, 'size', 's', 'S', 'S', 'S', 'S', 'S'), (3, 'size', 'm', 'M', 'M', 'M', 'M', 'M'),
  (4, 'size', 'l', 'L', 'L', 'L', 'L', 'L'), (5, 'size', 'xl', 'XL', 'XL', 'XL', 'XL', 'XL'), (6, 'size', 'xxl', 'XXL', 'XXL', 'XXL', 'XXL', 'XXL'),
  (7, 'size', '3xl', '3XL', '3XL', '3XL', '3XL', '3XL'), (8, 'size', '116', '116', '116 (5-6 years)', '116 (5-6 ans)', '116 (5-6 anni)', '116'),
  (9, 'size', '128', '128', '128 (7-8 years)', '128 (7-8 ans)', '128 (7-8 anni)', '128'), (10, 'size', '140', '140', '140 (9-10 years)', '140 (9-10 ans)', '140 (9-10 anni)', '140'),
  (11, 'size', '152', '152', '152 (11-12 years)', '152 (11-12 ans)', '152 (11-12 anni)', '152'), (12, 'size', '164', '164', '164 (13-14 years)', '164 (13-14 ans)', '164 (13-14 anni)', '164'),
  (13, 'size', 'regular', 'Regular (bis 180 cm)', 'Regular (up to 180 cm)', 'Regular (jusqu''à 180 cm)', 'Regular (fino a 180 cm)', 'Regular (tot 180 cm)'),
  (14, 'size', 'long', 'Long (bis 195 cm)', 'Long (up to 195 cm)', 'Long (jusqu''à 195 cm)', 'Long (fino a 195 cm)', 'Long (tot 195 cm)'),
  (15, 'size', 'one_size', 'Einheitsgröße', 'One size', 'Taille unique', 'Taglia unica', 'One size'),
  (16, 'target_gender', 'men', 'Herren', 'Men', 'Homme', 'Uomo', 'Heren'), (17, 'target_gender', 'women', 'Damen', 'Women', 'Femme', 'Donna', 'Dames'),
  (18, 'target_gender', 'unisex', 'Unisex', 'Unisex', 'Unisexe', 'Unisex', 'Unisex'), (19, 'target_gender', 'kids', 'Kinder', 'Kids', 'Enfant', 'Bambino', 'Kinderen'),
  (20, 'season', 'ss23', 'FS 2023', 'SS 2023', 'PE 2023', 'PE 2023', 'VZ 2023'), (21, 'season', 'aw23', 'HW 2023', 'AW 2023', 'AH 2023', 'AI 2023', 'HW 2023'),
  (22, 'season', 'ss24', 'FS 2024', 'SS 2024', 'PE 2024', 'PE 2024', 'VZ 2024'), (23, 'season', 'aw24', 'HW 2024', 'AW 2024', 'AH 2024', 'AI 2024', 'HW 2024'),
  (24, 'season', 'ss25', 'FS 2025', 'SS 2025', 'PE 2025', 'PE 2025', 'VZ 2025'), (25, 'season', 'aw25', 'HW 2025', 'AW 2025', 'AH 2025', 'AI 2025', 'HW 2025'),
  (26, 'collection', 'core', 'Core', 'Core', 'Core', 'Core', 'Core'), (27, 'collection', 'alpine_pro', 'Alpine Pro', 'Alpine Pro', 'Alpine Pro', 'Alpine Pro', 'Alpine Pro'),
  (28, 'collection', 'urban_trail', 'Urban Trail', 'Urban Trail', 'Urban Trail', 'Urban Trail', 'Urban Trail'),
  (29, 'collection', 'kids_adventure', 'Kids Adventure', 'Kids Adventure', 'Kids Adventure', 'Kids Adventure', 'Kids Adventure'),
  (30, 'collection', 'heritage', 'Heritage', 'Heritage', 'Héritage', 'Heritage', 'Heritage'),
  (31, 'country_of_origin', 'vn', 'Vietnam', 'Vietnam', 'Viêt Nam', 'Vietnam', 'Vietnam'), (32, 'country_of_origin', 'tw', 'Taiwan', 'Taiwan', 'Taïwan', 'Taiwan', 'Taiwan'),
  (33, 'country_of_origin', 'cn', 'China', 'China', 'Chine', 'Cina', 'China'), (34, 'country_of_origin', 'pt', 'Portugal', 'Portugal', 'Portugal', 'Portogallo', 'Portugal'),
  (35, 'country_of_origin', 'ro', 'Rumänien', 'Romania', 'Roumanie', 'Romania', 'Roemenië'), (36, 'country_of_origin', 'pl', 'Polen', 'Poland', 'Pologne', 'Polonia', 'Polen'),
  (37, 'country_of_origin', 'bd', 'Bangladesch', 'Bangladesh', 'Bangladesh', 'Bangladesh', 'Bangladesh'), (38, 'country_of_origin', 'id', 'Indonesien', 'Indonesia', 'Indonésie', 'Indonesia', 'Indonesië'),
  (39, 'country_of_origin', 'it', 'Italien', 'Italy', 'Italie', 'Italia', 'Italië'), (40, 'country_of_origin', 'de', 'Deutschland', 'Germany', 'Allemagne', 'Germania', 'Duitsland'),
  (41, 'fill_material', 'down_800', 'Gänsedaune 800 cuin', 'Goose down 800 cuin', 'Duvet d''oie 800 cuin', 'Piumino d''oca 800 cuin', 'Ganzendons 800 cuin'),
  (42, 'fill_material', 'down_700', 'Gänsedaune 700 cuin', 'Goose down 700 cuin', 'Duvet d''oie 700 cuin', 'Piumino d''oca 700 cuin', 'Ganzendons 700 cuin'),
  (43, 'fill_material', 'duck_down_600', 'Entendaune 600 cuin', 'Duck down 600 cuin', 'Duvet de canard 600 cuin', 'Piumino d''anatra 600 cuin', 'Eendendons 600 cuin'),
  (44, 'fill_material', 'synthetic', 'Kunstfaser', 'Synthetic', 'Synthétique', 'Sintetico', 'Synthetisch'),
  (45, 'fill_material', 'synthetic_recycled', 'Kunstfaser recycelt', 'Recycled synthetic', 'Synthétique recyclé', 'Sintetico riciclato', 'Gerecycled synthetisch'),
  (46, 'certifications', 'bluesign', 'bluesign® PRODUCT', 'bluesign® PRODUCT', 'bluesign® PRODUCT', 'bluesign® PRODUCT', 'bluesign® PRODUCT'),
  (47, 'certifications', 'fair_wear', 'Fair Wear', 'Fair Wear', 'Fair Wear', 'Fair Wear', 'Fair Wear'),
  (48, 'certifications', 'rds', 'Responsible Down Standard', 'Responsible Down Standard', 'Responsible Down Standard', 'Responsible Down Standard', 'Responsible Down Standard'),
  (49, 'certifications', 'grs', 'Global Recycled Standard', 'Global Recycled Standard', 'Global Recycled Standard', 'Global Recycled Standard', 'Global Recycled Standard'),
  (50, 'certifications', 'oeko_tex_100', 'OEKO-TEX® Standard 100', 'OEKO-TEX® Standard 100', 'OEKO-TEX® Standard 100', 'OEKO-TEX® Standard 100', 'OEKO-TEX® Standard 100'),
  (51, 'certifications', 'gots', 'GOTS', 'GOTS', 'GOTS', 'GOTS', 'GOTS'),
  (52, 'fit', 'slim', 'Schmal', 'Slim fit', 'Ajustée', 'Aderente', 'Slim fit'), (53, 'fit', 'regular', 'Normal', 'Regular fit', 'Normale', 'Regolare', 'Regular fit'),
  (54, 'fit', 'relaxed', 'Weit', 'Relaxed fit', 'Ample', 'Comoda', 'Relaxed fit'),
  (55, 'hood_type', 'no_hood', 'Ohne Kapuze', 'No hood', 'Sans capuche', 'Senza cappuccio', 'Zonder capuchon'),
  (56, 'hood_type', 'fixed', 'Feste Kapuze', 'Fixed hood', 'Capuche fixe', 'Cappuccio fisso', 'Vaste capuchon'),
  (57, 'hood_type', 'stowable', 'Verstaubare Kapuze', 'Stowable hood', 'Capuche escamotable', 'Cappuccio a scomparsa', 'Opbergbare capuchon'),
  (58, 'hood_type', 'helmet_compatible', 'Helmtaugliche Kapuze', 'Helmet-compatible hood', 'Capuche compatible casque', 'Cappuccio compatibile con casco', 'Helmcompatibele capuchon'),
  (59, 'battery_type', 'aaa', '3 × AAA', '3 × AAA', '3 × AAA', '3 × AAA', '3 × AAA'),
  (60, 'battery_type', 'li_ion_usb_c', 'Li-Ion-Akku (USB-C)', 'Li-ion battery (USB-C)', 'Batterie Li-ion (USB-C)', 'Batteria Li-ion (USB-C)', 'Li-ion-accu (USB-C)'),
  (61, 'battery_type', 'hybrid', 'Hybrid (Akku oder AAA)', 'Hybrid (battery or AAA)', 'Hybride (batterie ou AAA)', 'Ibrida (batteria o AAA)', 'Hybride (accu of AAA)');
INSERT INTO pim_catalog_attribute_option (id, attribute_id, code, sort_order)
SELECT o.k, a.id, o.code, row_number() OVER (PARTITION BY o.attr ORDER BY o.k)::int FROM akg.opt o JOIN akg.attr a ON a.code = o.attr ORDER BY o.k;
INSERT INTO pim_catalog_attribute_option_value (option_id, locale_code, value)
SELECT o.k, l.loc, CASE l.loc WHEN 'de_DE' THEN o.de WHEN 'en_GB' THEN o.en WHEN 'fr_FR' THEN o.fr WHEN 'it_IT' THEN o.it ELSE o.nl END
FROM akg.opt o CROSS JOIN (VALUES (1, 'de_DE'), (2, 'en_GB'), (3, 'fr_FR'), (4, 'it_IT'), (5, 'nl_NL')) l(n, loc)
WHERE NOT (l.loc IN ('it_IT', 'nl_NL') AND o.attr = 'country_of_origin' AND o.k % 4 = 0)
ORDER BY o.k, l.n;

-- Families: code, label attribute, image attribute, the attributes each uses.
CREATE TABLE akg.fam (id int PRIMARY KEY, code text, de text, en text, fr text, it text, nl text, attrs text[], req text[], variant text);
INSERT INTO akg.fam VALUES
  (1, 'tents', 'Zelte', 'Tents', 'Tentes', 'Tende', 'Tenten',
     ARRAY['sleeping_capacity', 'hydrostatic_head_fly', 'hydrostatic_head_floor', 'packed_size', 'packed_volume', 'weight', 'main_fabric'], ARRAY['sleeping_capacity', 'weight'], 'color'),
  (2, 'sleeping_bags', 'Schlafsäcke', 'Sleeping bags', 'Sacs de couchage', 'Sacchi a pelo', 'Slaapzakken',
     ARRAY['comfort_temperature', 'limit_temperature', 'fill_material', 'fill_power', 'packed_size', 'weight', 'main_fabric', 'size'], ARRAY['comfort_temperature', 'fill_material'], 'size'),
  (3, 'sleeping_mats', 'Isomatten', 'Sleeping mats', 'Matelas', 'Materassini', 'Slaapmatjes', ARRAY['packed_size', 'weight', 'size'], ARRAY['weight'], 'size'),
  (4, 'backpacks', 'Rucksäcke', 'Backpacks', 'Sacs à dos', 'Zaini', 'Rugzakken', ARRAY['capacity', 'weight', 'main_fabric', 'target_gender'], ARRAY['capacity'], 'color'),
  (5, 'jackets', 'Jacken', 'Jackets', 'Vestes', 'Giacche', 'Jassen',
     ARRAY['waterproof_rating', 'breathability_rating', 'main_fabric', 'lining_fabric', 'fit', 'hood_type', 'weight', 'target_gender', 'size', 'size_chart', 'fill_material'], ARRAY['size', 'main_fabric'], 'color_size'),
  (6, 'trousers', 'Hosen', 'Trousers', 'Pantalons', 'Pantaloni', 'Broeken', ARRAY['main_fabric', 'fit', 'weight', 'target_gender', 'size', 'size_chart'], ARRAY['size'], 'color_size'),
  (7, 'base_layers', 'Funktionswäsche', 'Base layers', 'Sous-vêtements techniques', 'Intimo tecnico', 'Thermokleding', ARRAY['main_fabric', 'fit', 'target_gender', 'size', 'size_chart'], ARRAY['size'], 'color_size'),
  (8, 'fleece', 'Fleece', 'Fleece', 'Polaires', 'Pile', 'Fleece', ARRAY['main_fabric', 'fit', 'hood_type', 'target_gender', 'size', 'size_chart', 'weight'], ARRAY['size'], 'color_size'),
  (9, 'accessories', 'Accessoires', 'Accessories', 'Accessoires', 'Accessori', 'Accessoires', ARRAY['main_fabric', 'size'], ARRAY[]::text[], 'color_size'),
  (10, 'camp_kitchen', 'Campingküche', 'Camp kitchen', 'Cuisine de camping', 'Cucina da campo', 'Kampkeuken', ARRAY['weight', 'capacity', 'dangerous_goods'], ARRAY['weight'], NULL),
  (11, 'headlamps', 'Stirnlampen', 'Headlamps', 'Lampes frontales', 'Lampade frontali', 'Hoofdlampen', ARRAY['luminous_flux', 'burn_time', 'battery_type', 'weight', 'dangerous_goods'], ARRAY['luminous_flux', 'battery_type'], NULL),
  (12, 'trekking_poles', 'Trekkingstöcke', 'Trekking poles', 'Bâtons', 'Bastoncini', 'Wandelstokken', ARRAY['weight', 'packed_size'], ARRAY['weight'], NULL),
  (13, 'kids_clothing', 'Kinderbekleidung', 'Kids'' clothing', 'Vêtements enfants', 'Abbigliamento bambino', 'Kinderkleding', ARRAY['main_fabric', 'waterproof_rating', 'size', 'size_chart'], ARRAY['size'], 'color_size');

CREATE TABLE pim_catalog_family (id serial PRIMARY KEY, label_attribute_id integer, image_attribute_id integer, code varchar(100) NOT NULL UNIQUE, created timestamp(0) NOT NULL, updated timestamp(0) NOT NULL);
INSERT INTO pim_catalog_family SELECT f.id, 2, 44, f.code, akg.at('famc', f.id, '2019-03-05', '2021-06-01'), akg.at('famu', f.id, '2023-03-01', '2024-11-12') FROM akg.fam f ORDER BY f.id;

CREATE TABLE pim_catalog_family_translation (id serial PRIMARY KEY, foreign_key integer NOT NULL, label varchar(100), locale varchar(20) NOT NULL);
INSERT INTO pim_catalog_family_translation (foreign_key, label, locale)
SELECT f.id, CASE l.loc WHEN 'de_DE' THEN f.de WHEN 'en_GB' THEN f.en WHEN 'fr_FR' THEN f.fr WHEN 'it_IT' THEN f.it ELSE f.nl END, l.loc
FROM akg.fam f CROSS JOIN (VALUES (1, 'de_DE'), (2, 'en_GB'), (3, 'fr_FR'), (4, 'it_IT'), (5, 'nl_NL')) l(n, loc) ORDER BY f.id, l.n;

-- Requirements per channel: the common ones, the family's own on ecommerce
-- and retail, the print catalogue only needs name, image and price.
CREATE TABLE pim_catalog_attribute_requirement (id serial PRIMARY KEY, family_id integer NOT NULL, attribute_id integer NOT NULL, channel_id integer NOT NULL, required boolean NOT NULL);
INSERT INTO pim_catalog_attribute_requirement (family_id, attribute_id, channel_id, required)
SELECT f.id, a.id, ch.id, a.code = 'sku' OR (ch.id < 3 AND a.code = ANY (f.req || ARRAY['name', 'description', 'color', 'ean', 'price', 'main_image', 'supplier', 'country_of_origin']))
                        OR (ch.id = 1 AND a.code IN ('short_description', 'seo_title', 'care_instructions', 'gallery_image_1')) OR (ch.id = 3 AND a.code IN ('name', 'main_image', 'price', 'short_description'))
FROM akg.fam f CROSS JOIN pim_catalog_channel ch
JOIN akg.attr a ON a.code = ANY (f.attrs || ARRAY['sku', 'name', 'description', 'short_description', 'seo_title', 'color', 'ean', 'price', 'main_image', 'gallery_image_1', 'supplier', 'country_of_origin', 'care_instructions', 'marketing_claim'])
ORDER BY f.id, ch.id, a.id;

-- ---------------------------------------------------------------------------
-- Product models, products and their media.

-- Value builders for raw_values: v (not localizable, not scopable), vl (per
-- locale), vsl (per channel and locale).
CREATE FUNCTION akg.v(val jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN val IS NULL OR val = 'null'::jsonb THEN NULL ELSE jsonb_build_object('<all_channels>', jsonb_build_object('<all_locales>', val)) END $$;
CREATE FUNCTION akg.vl(loc jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN jsonb_strip_nulls(loc) = '{}'::jsonb THEN NULL ELSE jsonb_build_object('<all_channels>', jsonb_strip_nulls(loc)) END $$;

CREATE TABLE akg.tw (typ text PRIMARY KEY, de text, en text, fr text, it text, nl text);
INSERT INTO akg.tw VALUES
  ('tent', 'Zelt', 'Tent', 'Tente', 'Tenda', 'Tent'), ('bag', 'Schlafsack', 'Sleeping Bag', 'Sac de couchage', 'Sacco a pelo', 'Slaapzak'),
  ('liner', 'Inlett', 'Liner', 'Drap de sac', 'Sacco lenzuolo', 'Lakenzak'), ('mat', 'Isomatte', 'Sleeping Mat', 'Matelas', 'Materassino', 'Slaapmat'),
  ('pack', 'Rucksack', 'Backpack', 'Sac à dos', 'Zaino', 'Rugzak'), ('jacket', 'Jacke', 'Jacket', 'Veste', 'Giacca', 'Jas'),
  ('parka', 'Parka', 'Parka', 'Parka', 'Parka', 'Parka'), ('pants', 'Hose', 'Pants', 'Pantalon', 'Pantaloni', 'Broek'),
  ('longsleeve', 'Langarmshirt', 'Longsleeve', 'T-shirt manches longues', 'Maglia a maniche lunghe', 'Longsleeve'),
  ('tee', 'T-Shirt', 'Tee', 'T-shirt', 'T-shirt', 'T-shirt'), ('tights', 'Tights', 'Tights', 'Collant', 'Calzamaglia', 'Tights'),
  ('hoody', 'Hoody', 'Hoody', 'Sweat à capuche', 'Felpa con cappuccio', 'Hoody'), ('beanie', 'Mütze', 'Beanie', 'Bonnet', 'Berretto', 'Muts'),
  ('gloves', 'Handschuhe', 'Gloves', 'Gants', 'Guanti', 'Handschoenen'), ('gaiter', 'Schlauchtuch', 'Neck Gaiter', 'Tour de cou', 'Scaldacollo', 'Col'),
  ('socks', 'Socken', 'Socks', 'Chaussettes', 'Calze', 'Sokken'), ('pot', 'Topf', 'Pot', 'Casserole', 'Pentola', 'Pan'),
  ('stove', 'Kocher', 'Stove', 'Réchaud', 'Fornello', 'Brander'), ('cartridge', 'Gaskartusche', 'Gas Cartridge', 'Cartouche de gaz', 'Cartuccia di gas', 'Gasbus'),
  ('spork', 'Göffel', 'Spork', 'Cuillère-fourchette', 'Posata', 'Spork'), ('cup', 'Faltbecher', 'Collapsible Cup', 'Gobelet pliable', 'Bicchiere pieghevole', 'Vouwbeker'),
  ('headlamp', 'Stirnlampe', 'Headlamp', 'Lampe frontale', 'Lampada frontale', 'Hoofdlamp'), ('poles', 'Trekkingstöcke', 'Trekking Poles', 'Bâtons de randonnée', 'Bastoncini', 'Wandelstokken');
CREATE TABLE akg.gw (g text PRIMARY KEY, de text, en text, fr text, it text, nl text);
INSERT INTO akg.gw VALUES ('men', 'Herren', 'Men', 'Homme', 'Uomo', 'Heren'), ('women', 'Damen', 'Women', 'Femme', 'Donna', 'Dames'),
  ('unisex', 'Unisex', 'Unisex', 'Unisexe', 'Unisex', 'Unisex'), ('kids', 'Kinder', 'Kids', 'Enfant', 'Bambino', 'Kinderen');

CREATE TABLE akg.copy (fam text, loc text, s1 text, s2 text, claim text);
INSERT INTO akg.copy VALUES
  ('tents', 'en', 'A freestanding dome with a quick pitch: inner and fly go up together in under five minutes.', 'Two vestibules leave room for wet boots and packs, and the silicone-coated fly sheds rain and snow.', 'Pitched fast, protected long.'),
  ('tents', 'de', 'Freistehende Kuppel mit schnellem Aufbau: Innen- und Außenzelt stehen gemeinsam in unter fünf Minuten.', 'Zwei Apsiden bieten Platz für nasse Schuhe und Rucksäcke, das silikonisierte Außenzelt hält Regen und Schnee ab.', 'Schnell aufgebaut, lange geschützt.'),
  ('tents', 'fr', 'Dôme autoportant au montage rapide : chambre et double toit se montent ensemble en moins de cinq minutes.', 'Deux absides offrent de la place pour les chaussures mouillées et les sacs, le double toit siliconé résiste à la pluie et à la neige.', 'Vite monté, longtemps protégé.'),
  ('sleeping_bags', 'en', 'Box-wall baffles keep the fill where it belongs and a draft collar holds the warmth in on cold nights.', 'Packs down small into the included compression sack.', 'Warm nights, light packs.'),
  ('sleeping_bags', 'de', 'Kammerkonstruktion mit Stegen hält die Füllung an ihrem Platz, der Wärmekragen hält die Wärme in kalten Nächten im Schlafsack.', 'Lässt sich im mitgelieferten Kompressionssack klein verpacken.', 'Warme Nächte, leichtes Gepäck.'),
  ('sleeping_bags', 'fr', 'Les cloisons en caisson maintiennent le garnissage en place et le col thermique retient la chaleur lors des nuits froides.', 'Se compresse facilement dans le sac de compression fourni.', 'Nuits chaudes, sac léger.'),
  ('sleeping_mats', 'en', 'Horizontal air chambers give a stable, quiet surface for side and back sleepers.', 'The flat valve inflates and deflates separately.', 'Sleep well, wherever.'),
  ('sleeping_mats', 'de', 'Quer verlaufende Luftkammern sorgen für eine stabile, leise Liegefläche für Seiten- und Rückenschläfer.', 'Das flache Ventil trennt Befüllen und Entleeren.', 'Gut schlafen, überall.'),
  ('sleeping_mats', 'fr', 'Les chambres à air transversales offrent une surface stable et silencieuse pour dormir sur le côté ou sur le dos.', 'La valve plate sépare gonflage et dégonflage.', 'Bien dormir, partout.'),
  ('backpacks', 'en', 'An adjustable back system and a hip belt with large pockets carry loads comfortably on long days.', 'Side compression straps, a hydration sleeve and an integrated rain cover complete the pack.', 'Carries what you need, feels like less.'),
  ('backpacks', 'de', 'Verstellbares Rückensystem und ein Hüftgurt mit großen Taschen tragen Lasten auch auf langen Etappen bequem.', 'Seitliche Kompressionsriemen, ein Trinksystemfach und eine integrierte Regenhülle runden den Rucksack ab.', 'Trägt, was du brauchst – fühlt sich leichter an.'),
  ('backpacks', 'fr', 'Un dos réglable et une ceinture avec grandes poches portent confortablement la charge lors des longues journées.', 'Sangles de compression latérales, poche pour poche à eau et housse de pluie intégrée complètent le sac.', 'Tout porter, sentir moins.'),
  ('jackets', 'en', 'Fully taped seams, underarm vents and a hood that moves with your head when you look around.', 'Cut for layering over fleece and insulation without restricting movement.', 'Weather? Bring it on.'),
  ('jackets', 'de', 'Vollständig verschweißte Nähte, Belüftungsreißverschlüsse unter den Armen und eine Kapuze, die jede Kopfbewegung mitmacht.', 'Geschnitten für das Zwiebelprinzip, ohne die Bewegungsfreiheit einzuschränken.', 'Wetter? Her damit.'),
  ('jackets', 'fr', 'Coutures entièrement étanchées, aérations sous les bras et capuche qui suit les mouvements de la tête.', 'Coupe pensée pour se porter par-dessus une polaire ou une doudoune sans gêner les mouvements.', 'La météo ? Même pas peur.'),
  ('trousers', 'en', 'Stretch panels at the knees and seat, a gusseted crotch and adjustable hems for boots.', 'Dries quickly after a stream crossing and resists abrasion on rock.', 'Made to move.'),
  ('trousers', 'de', 'Stretcheinsätze an Knie und Gesäß, ein Zwickel im Schritt und verstellbare Beinabschlüsse für Bergschuhe.', 'Trocknet nach einer Bachquerung schnell und ist abriebfest am Fels.', 'Gemacht für Bewegung.'),
  ('trousers', 'fr', 'Empiècements stretch aux genoux et à l''assise, entrejambe à soufflet et bas de jambes réglables.', 'Sèche rapidement après un passage de gué et résiste à l''abrasion sur le rocher.', 'Fait pour bouger.'),
  ('base_layers', 'en', 'Soft next-to-skin merino that regulates temperature and stays fresh for days on the trail.', 'Flatlock seams avoid chafing under a pack.', 'Second skin, first choice.'),
  ('base_layers', 'de', 'Weicher Merino direkt auf der Haut, temperaturregulierend und auch nach Tagen auf Tour geruchsarm.', 'Flachnähte verhindern Scheuerstellen unter dem Rucksack.', 'Zweite Haut, erste Wahl.'),
  ('base_layers', 'fr', 'Mérinos doux à même la peau, thermorégulateur et sans odeur même après plusieurs jours de rando.', 'Coutures plates pour éviter les frottements sous le sac.', 'Seconde peau, premier choix.'),
  ('fleece', 'en', 'The grid structure traps warm air and lets moisture escape when the pace picks up.', 'Works as a mid layer or on its own on cool evenings at the hut.', 'Warmth that breathes.'),
  ('fleece', 'de', 'Die Gitterstruktur speichert warme Luft und lässt Feuchtigkeit entweichen, wenn das Tempo steigt.', 'Als Midlayer oder allein an kühlen Abenden auf der Hütte.', 'Wärme, die atmet.'),
  ('fleece', 'fr', 'La structure en grille retient l''air chaud et évacue l''humidité quand le rythme s''accélère.', 'Se porte en couche intermédiaire ou seule lors des soirées fraîches au refuge.', 'La chaleur qui respire.'),
  ('accessories', 'en', 'Small piece, big difference: warm, quick-drying and light enough to always come along.', 'Made from leftover fabric of our main collection.', 'Always in the pack.'),
  ('accessories', 'de', 'Kleines Teil, große Wirkung: warm, schnell trocknend und leicht genug, um immer dabei zu sein.', 'Aus Reststoffen unserer Hauptkollektion gefertigt.', 'Immer im Rucksack.'),
  ('accessories', 'fr', 'Petit accessoire, grande différence : chaud, séchage rapide et assez léger pour toujours l''emporter.', 'Fabriqué à partir de chutes de tissu de notre collection principale.', 'Toujours dans le sac.'),
  ('camp_kitchen', 'en', 'Built for fast brews at camp: light, robust and easy to clean.', 'Nests with our pots and stoves to save space in your pack.', 'Coffee first.'),
  ('camp_kitchen', 'de', 'Gemacht für den schnellen Kaffee im Camp: leicht, robust und leicht zu reinigen.', 'Passt ineinander mit unseren Töpfen und Kochern und spart Platz im Rucksack.', 'Erst mal Kaffee.'),
  ('camp_kitchen', 'fr', 'Conçu pour un café rapide au bivouac : léger, robuste et facile à nettoyer.', 'S''emboîte avec nos casseroles et réchauds pour gagner de la place dans le sac.', 'D''abord un café.'),
  ('headlamps', 'en', 'Even flood beam for camp and a focused spot for the trail, switchable with one button.', 'Red light mode keeps your night vision and does not wake the tent.', 'Light the way.'),
  ('headlamps', 'de', 'Gleichmäßiges Flutlicht fürs Lager und fokussierter Spot für den Weg, mit einer Taste umschaltbar.', 'Der Rotlichtmodus schont die Nachtsicht und weckt niemanden im Zelt.', 'Bring Licht ins Dunkel.'),
  ('headlamps', 'fr', 'Faisceau large pour le camp et spot concentré pour le sentier, commutables d''un seul bouton.', 'Le mode lumière rouge préserve la vision nocturne et ne réveille personne dans la tente.', 'Éclairez le chemin.'),
  ('trekking_poles', 'en', 'Quick-lock adjustment and cork grips for long descents.', 'Folds down small enough to fit inside a daypack.', 'Knees say thank you.'),
  ('trekking_poles', 'de', 'Schnellverschluss zur Längenverstellung und Korkgriffe für lange Abstiege.', 'Klein genug zusammengelegt, um in einen Tagesrucksack zu passen.', 'Deine Knie sagen danke.'),
  ('trekking_poles', 'fr', 'Réglage par blocage rapide et poignées en liège pour les longues descentes.', 'Se replie assez pour tenir dans un sac à dos de journée.', 'Vos genoux vous remercient.'),
  ('kids_clothing', 'en', 'Reinforced knees and seat for puddle jumping, reflective details for dark school mornings.', 'Grows with your child thanks to adjustable cuffs and hems.', 'Made for muddy adventures.'),
  ('kids_clothing', 'de', 'Verstärkte Knie und Gesäß zum Pfützenspringen, reflektierende Details für dunkle Schulmorgen.', 'Wächst dank verstellbarer Bündchen und Säume mit.', 'Gemacht für matschige Abenteuer.'),
  ('kids_clothing', 'fr', 'Genoux et assise renforcés pour sauter dans les flaques, détails réfléchissants pour les matins sombres.', 'Grandit avec l''enfant grâce aux poignets et ourlets réglables.', 'Fait pour les aventures dans la boue.');

-- Root models (k), their family, line, type, gender, supplier, fabrics and price.
CREATE TABLE akg.m (k int PRIMARY KEY, fam int, line text, typ text, g text, sup text, coo text, fab text, lin text, price numeric, coll text, season text, ncol int, code text, fv int);
INSERT INTO akg.m (k, fam, line, typ, g, sup, fab, lin, price, coll, season, ncol) VALUES
  (1, 1, 'Falkenhorst UL 1', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_20d_sil', NULL, 449.95, 'alpine_pro', 'ss24', 2),
  (2, 1, 'Falkenhorst UL 2', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_20d_sil', NULL, 549.95, 'alpine_pro', 'ss24', 2),
  (3, 1, 'Karwendel 2', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_30d_silpu', NULL, 379.95, 'core', 'ss23', 2),
  (4, 1, 'Karwendel 3', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_30d_silpu', NULL, 449.95, 'core', 'ss23', 2),
  (5, 1, 'Hochvogel Dome 2', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_30d_silpu', NULL, 499.95, 'alpine_pro', 'aw24', 2),
  (6, 1, 'Nebelhorn Tunnel 3', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_30d_silpu', NULL, 599.95, 'core', 'ss25', 2),
  (7, 1, 'Allgäu Family 4', 'tent', 'unisex', 'ave_textiles', 'canvas_polycotton', NULL, 799.95, 'heritage', 'ss24', 2),
  (8, 1, 'Allgäu Family 6', 'tent', 'unisex', 'ave_textiles', 'canvas_polycotton', NULL, 999.95, 'heritage', 'ss24', 2),
  (9, 1, 'Watzmann Expedition 2', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_30d_silpu', NULL, 899.95, 'alpine_pro', 'aw23', 2),
  (10, 1, 'Grünten Trek 2', 'tent', 'unisex', 'formosa_tentworks', 'ripstop_30d_silpu', NULL, 329.95, 'core', 'ss25', 2),
  (11, 2, 'Hochvogel 800 -5', 'bag', 'unisex', 'carpathia_down', 'down_proof_20d', NULL, 499.95, 'alpine_pro', 'aw23', 2),
  (12, 2, 'Hochvogel 800 -15', 'bag', 'unisex', 'carpathia_down', 'down_proof_20d', NULL, 649.95, 'alpine_pro', 'aw23', 2),
  (13, 2, 'Iseler 700 +1', 'bag', 'unisex', 'carpathia_down', 'down_proof_20d', NULL, 349.95, 'core', 'ss24', 2),
  (14, 2, 'Tegelberg Synthetic 0', 'bag', 'unisex', 'somes_sewing', 'nylon_taslan', NULL, 179.95, 'core', 'ss24', 2),
  (15, 2, 'Breitach Synthetic +5', 'bag', 'unisex', 'somes_sewing', 'nylon_taslan', NULL, 129.95, 'core', 'ss25', 2),
  (16, 2, 'Kanzelwand Down -25', 'bag', 'unisex', 'carpathia_down', 'down_proof_20d', NULL, 899.95, 'alpine_pro', 'aw24', 2),
  (17, 2, 'Hüttenschlaf Seide', 'liner', 'unisex', 'somes_sewing', NULL, NULL, 69.95, 'core', 'ss23', 1),
  (18, 3, 'Alpsee Air 5.5', 'mat', 'unisex', 'zhejiang_airloft', 'tpu_laminate', NULL, 129.95, 'core', 'ss24', 2),
  (19, 3, 'Alpsee Air Insulated', 'mat', 'unisex', 'zhejiang_airloft', 'tpu_laminate', NULL, 179.95, 'alpine_pro', 'aw24', 2),
  (20, 3, 'Rottach Self-inflating 3.8', 'mat', 'unisex', 'zhejiang_airloft', 'nylon_taslan', NULL, 99.95, 'core', 'ss23', 2),
  (21, 3, 'Zellschaum Classic', 'mat', 'unisex', 'zhejiang_airloft', NULL, NULL, 39.95, 'core', 'ss23', 1),
  (22, 4, 'Gratwanderer 45+10', 'pack', 'men', 'ningbo_packworks', 'robic_210d', NULL, 229.95, 'core', 'ss24', 3),
  (23, 4, 'Gratwanderer 55+10 Women', 'pack', 'women', 'ningbo_packworks', 'robic_210d', NULL, 249.95, 'core', 'ss24', 3),
  (24, 4, 'Gratwanderer 65+10', 'pack', 'men', 'ningbo_packworks', 'robic_210d', NULL, 269.95, 'core', 'ss24', 2),
  (25, 4, 'Hörnle 22', 'pack', 'unisex', 'ningbo_packworks', 'recycled_poly_420d', NULL, 99.95, 'core', 'ss25', 3),
  (26, 4, 'Hörnle 28', 'pack', 'unisex', 'ningbo_packworks', 'recycled_poly_420d', NULL, 119.95, 'core', 'ss25', 3),
  (27, 4, 'Spitzstein Alpine 35', 'pack', 'unisex', 'odra_packs', 'cordura_500d', NULL, 189.95, 'alpine_pro', 'aw24', 2),
  (28, 4, 'Spitzstein Alpine 45', 'pack', 'unisex', 'odra_packs', 'cordura_500d', NULL, 219.95, 'alpine_pro', 'aw24', 2),
  (29, 4, 'Kletterzwerg 14', 'pack', 'kids', 'ningbo_packworks', 'recycled_poly_420d', NULL, 59.95, 'kids_adventure', 'ss24', 3),
  (30, 4, 'Stadtberg 20', 'pack', 'unisex', 'odra_packs', 'recycled_poly_420d', NULL, 89.95, 'urban_trail', 'ss25', 3),
  (31, 4, 'Tagestour 30', 'pack', 'unisex', 'ningbo_packworks', 'recycled_poly_420d', NULL, 129.95, 'core', 'ss23', 2),
  (32, 5, 'Gipfelgrat 3L', 'jacket', 'men', 'saigon_outdoor', 'bf_tex_3l_pro', NULL, 429.95, 'alpine_pro', 'aw24', 3),
  (33, 5, 'Gipfelgrat 3L', 'jacket', 'women', 'saigon_outdoor', 'bf_tex_3l_pro', NULL, 429.95, 'alpine_pro', 'aw24', 3),
  (34, 5, 'Regenpfeifer 2.5L', 'jacket', 'men', 'saigon_outdoor', 'bf_tex_2_5l', NULL, 219.95, 'core', 'ss24', 4),
  (35, 5, 'Regenpfeifer 2.5L', 'jacket', 'women', 'saigon_outdoor', 'bf_tex_2_5l', NULL, 219.95, 'core', 'ss24', 4),
  (36, 5, 'Föhnwind Softshell', 'jacket', 'men', 'ave_textiles', 'stretch_softshell', NULL, 189.95, 'core', 'ss25', 3),
  (37, 5, 'Föhnwind Softshell', 'jacket', 'women', 'ave_textiles', 'stretch_softshell', NULL, 189.95, 'core', 'ss25', 3),
  (38, 5, 'Daunenwolke Down', 'jacket', 'men', 'carpathia_down', 'down_proof_20d', 'down_proof_20d', 299.95, 'alpine_pro', 'aw24', 3),
  (39, 5, 'Daunenwolke Down', 'jacket', 'women', 'carpathia_down', 'down_proof_20d', 'down_proof_20d', 299.95, 'alpine_pro', 'aw24', 3),
  (40, 5, 'Thermik Hybrid', 'jacket', 'men', 'dongnai_apparel', 'softshell_hybrid', 'primaloft_like_100', 229.95, 'core', 'aw23', 2),
  (41, 5, 'Thermik Hybrid', 'jacket', 'women', 'dongnai_apparel', 'softshell_hybrid', 'primaloft_like_100', 229.95, 'core', 'aw23', 2),
  (42, 5, 'Stadtberg Rain', 'parka', 'unisex', 'dongnai_apparel', 'bf_tex_2l_lined', NULL, 249.95, 'urban_trail', 'aw24', 3),
  (43, 5, 'Altschnee Insulated', 'parka', 'women', 'dongnai_apparel', 'bf_tex_2l_lined', 'primaloft_like_100', 349.95, 'urban_trail', 'aw25', 2),
  (44, 6, 'Steinbock Trekking', 'pants', 'men', 'ave_textiles', 'stretch_woven_trek', NULL, 129.95, 'core', 'ss24', 3),
  (45, 6, 'Steinbock Trekking', 'pants', 'women', 'ave_textiles', 'stretch_woven_trek', NULL, 129.95, 'core', 'ss24', 3),
  (46, 6, 'Gipfelgrat 3L', 'pants', 'men', 'saigon_outdoor', 'bf_tex_3l_pro', NULL, 329.95, 'alpine_pro', 'aw24', 2),
  (47, 6, 'Zip-off Wander', 'pants', 'men', 'barcelos_confeccoes', 'stretch_woven_trek', NULL, 99.95, 'core', 'ss23', 2),
  (48, 6, 'Zip-off Wander', 'pants', 'women', 'barcelos_confeccoes', 'stretch_woven_trek', NULL, 99.95, 'core', 'ss23', 2),
  (49, 6, 'Boulder', 'pants', 'unisex', 'porto_knit', 'organic_cotton_jersey', NULL, 89.95, 'urban_trail', 'ss25', 3),
  (50, 7, 'Merino 150', 'longsleeve', 'men', 'carpathia_down', 'merino_150', NULL, 89.95, 'core', 'aw23', 3),
  (51, 7, 'Merino 150', 'longsleeve', 'women', 'carpathia_down', 'merino_150', NULL, 89.95, 'core', 'aw23', 3),
  (52, 7, 'Merino 150', 'tee', 'men', 'carpathia_down', 'merino_150', NULL, 69.95, 'core', 'ss24', 3),
  (53, 7, 'Merino 150', 'tee', 'women', 'carpathia_down', 'merino_150', NULL, 69.95, 'core', 'ss24', 3),
  (54, 7, 'Merino', 'tights', 'men', 'ave_textiles', 'merino_tencel_160', NULL, 79.95, 'core', 'aw24', 2),
  (55, 7, 'Merino', 'tights', 'women', 'ave_textiles', 'merino_tencel_160', NULL, 79.95, 'core', 'aw24', 2),
  (56, 7, 'Logo Organic', 'tee', 'unisex', 'dhaka_knit', 'organic_cotton_jersey', NULL, 34.95, 'heritage', 'ss25', 4),
  (57, 8, 'Gitterfleece', 'hoody', 'men', 'dongnai_apparel', 'polartec_100', NULL, 119.95, 'core', 'aw24', 3),
  (58, 8, 'Gitterfleece', 'hoody', 'women', 'dongnai_apparel', 'polartec_100', NULL, 119.95, 'core', 'aw24', 3),
  (59, 8, 'Fleece 300', 'jacket', 'men', 'dongnai_apparel', 'fleece_300', NULL, 99.95, 'heritage', 'aw23', 2),
  (60, 8, 'Fleece 300', 'jacket', 'women', 'dongnai_apparel', 'fleece_300', NULL, 99.95, 'heritage', 'aw23', 2),
  (61, 9, 'Merino', 'beanie', 'unisex', 'lanificio_biellese', 'merino_150', NULL, 34.95, 'core', 'aw24', 4),
  (62, 9, 'Windschatten', 'gloves', 'unisex', 'bandung_gloves', 'stretch_softshell', NULL, 49.95, 'core', 'aw24', 2),
  (63, 9, 'Rundum', 'gaiter', 'unisex', 'dhaka_knit', NULL, NULL, 19.95, 'core', 'ss24', 4),
  (64, 9, 'Trekking', 'socks', 'unisex', 'lanificio_biellese', 'merino_150', NULL, 24.95, 'core', 'ss24', 2),
  (65, 13, 'Matschpfütze Rain', 'jacket', 'kids', 'barcelos_confeccoes', 'bf_tex_2_5l', NULL, 79.95, 'kids_adventure', 'ss24', 3),
  (66, 13, 'Matschpfütze Rain', 'pants', 'kids', 'barcelos_confeccoes', 'bf_tex_2_5l', NULL, 59.95, 'kids_adventure', 'ss24', 3),
  (67, 13, 'Bergzwerg', 'hoody', 'kids', 'barcelos_confeccoes', 'polartec_100', NULL, 54.95, 'kids_adventure', 'aw24', 3),
  (68, 13, 'Schneeflocke Insulated', 'jacket', 'kids', 'barcelos_confeccoes', 'bf_tex_2l_lined', 'primaloft_like_100', 119.95, 'kids_adventure', 'aw24', 2);
UPDATE akg.m m SET
  fv = CASE m.fam WHEN 13 THEN 10 ELSE m.fam END,
  coo = (SELECT CASE WHEN s."countryCode" = 'DE' THEN 'de' ELSE lower(s."countryCode") END FROM bergfalke_reference_data_supplier s WHERE s.code = m.sup);
UPDATE akg.m SET code = regexp_replace(lower(regexp_replace(line, '[^A-Za-z0-9äöüÄÖÜß]+', '_', 'g')), '_+$', '') || '_' || typ || CASE WHEN g IN ('men', 'women', 'kids') THEN '_' || g ELSE '' END;
UPDATE akg.m SET code = replace(replace(replace(replace(code, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss');

-- Colour-level entities: sub-models of the two-level families, variant
-- products of the one-level ones.
CREATE TABLE akg.c (ck int PRIMARY KEY, k int, color text, idx int);
INSERT INTO akg.c (ck, k, color, idx)
SELECT row_number() OVER (ORDER BY m.k, j)::int, m.k, (SELECT code FROM bergfalke_reference_data_color WHERE id = 1 + (fixture_gen.n('mcol', m.k, 40) + j * 7) % 40), j
FROM akg.m m CROSS JOIN generate_series(1, m.ncol) j;

CREATE TABLE akg.fnames (fk int PRIMARY KEY, owner text, fname text, mime text, ext text, size int);
INSERT INTO akg.fnames (fk, owner, fname, mime, ext, size)
SELECT row_number() OVER (ORDER BY c.ck, v.n)::int, 'c' || c.ck || '_' || v.role, m.code || '_' || c.color || v.suffix, 'image/jpeg', 'jpg', 180000 + fixture_gen.n('imgsz', c.ck * 10 + v.n, 2400000)
FROM akg.c c JOIN akg.m m ON m.k = c.k CROSS JOIN (VALUES (1, 'main', '_front.jpg'), (2, 'g1', '_back.jpg'), (3, 'g2', '_detail.jpg')) v(n, role, suffix)
WHERE v.n < 3 OR c.ck % 3 = 0;
INSERT INTO akg.fnames (fk, owner, fname, mime, ext, size)
SELECT 1000 + m.k, 'm' || m.k || '_' || CASE WHEN m.fam IN (5, 6, 7, 8, 13) THEN 'chart' ELSE 'sheet' END,
       CASE WHEN m.fam IN (5, 6, 7, 8, 13) THEN 'Groessentabelle_' || m.g || '_' || m.typ || '.pdf' ELSE 'Datenblatt_' || replace(m.line, ' ', '_') || '.pdf' END, 'application/pdf', 'pdf',
       60000 + fixture_gen.n('pdfsz', m.k, 900000)
FROM akg.m m WHERE m.fam IN (1, 2, 5, 6, 7, 8, 13) AND m.k % 2 = 0 OR m.fam IN (1, 2);

CREATE TABLE akeneo_file_storage_file_info (
    id serial PRIMARY KEY, file_key varchar(255) NOT NULL UNIQUE, original_filename varchar(255) NOT NULL, mime_type varchar(255) NOT NULL, size integer,
    extension varchar(10) NOT NULL, hash varchar(100), storage varchar(255) NOT NULL
);
CREATE TABLE akg.fmap (owner text PRIMARY KEY, id int, file_key text);
INSERT INTO akeneo_file_storage_file_info (file_key, original_filename, mime_type, size, extension, hash, storage)
SELECT substr(h, 1, 1) || '/' || substr(h, 2, 1) || '/' || substr(h, 3, 1) || '/' || substr(h, 4, 1) || '/' || h || '_' || regexp_replace(f.fname, '[^A-Za-z0-9._-]', '_', 'g'),
       f.fname, f.mime, f.size, f.ext, encode(sha256(convert_to('content' || f.fk, 'UTF8')), 'hex'), 'catalogStorage'
FROM akg.fnames f CROSS JOIN LATERAL (SELECT fixture_gen.hexn('fkey', f.fk, 40) AS h) x ORDER BY f.fk;
UPDATE akeneo_file_storage_file_info SET hash = substr(hash, 1, 40);
INSERT INTO akg.fmap SELECT f.owner, i.id, i.file_key FROM (SELECT owner, row_number() OVER (ORDER BY fk)::int AS rn FROM akg.fnames) f JOIN akeneo_file_storage_file_info i ON i.id = f.rn;

CREATE FUNCTION akg.prices(p numeric) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(jsonb_build_object('amount', to_char(p, 'FM99990.00'), 'currency', 'EUR'),
    jsonb_build_object('amount', to_char(round(p * 0.86) - 0.05, 'FM99990.00'), 'currency', 'GBP'),
    jsonb_build_object('amount', to_char(round(p * 1.04) - 0.10, 'FM99990.00'), 'currency', 'CHF'))
$$;
CREATE FUNCTION akg.metric(amount numeric, unit text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$ SELECT akg.v(jsonb_build_object('unit', unit, 'amount', amount)) $$;

-- Simple products of the families without variants.
CREATE TABLE akg.s (sk int PRIMARY KEY, fam int, line text, typ text, sup text, price numeric, weight int, extra jsonb);
INSERT INTO akg.s VALUES
  (1, 10, 'Titan 750', 'pot', 'guangzhou_cookware', 39.95, 102, '{"capacity": {"<all_channels>": {"<all_locales>": {"unit": "LITER", "amount": 0.75}}}}'),
  (2, 10, 'Titan 1100', 'pot', 'guangzhou_cookware', 49.95, 148, '{"capacity": {"<all_channels>": {"<all_locales>": {"unit": "LITER", "amount": 1.1}}}}'),
  (3, 10, 'Flamme', 'stove', 'guangzhou_cookware', 59.95, 86, '{}'),
  (4, 10, 'Gaskartusche 230', 'cartridge', 'naehwerkstatt_weiss', 7.95, 360, '{"dangerous_goods": {"<all_channels>": {"<all_locales>": true}}}'),
  (5, 10, 'Titan', 'spork', 'guangzhou_cookware', 12.95, 18, '{}'),
  (6, 10, 'Falt', 'cup', 'guangzhou_cookware', 9.95, 42, '{}'),
  (7, 11, 'Lichtblick 350', 'headlamp', 'kaohsiung_lights', 39.95, 78, '{"luminous_flux": {"<all_channels>": {"<all_locales>": 350}}, "battery_type": {"<all_channels>": {"<all_locales>": "aaa"}}, "burn_time": {"<all_channels>": {"<all_locales>": {"unit": "HOUR", "amount": 60}}}}'),
  (8, 11, 'Lichtblick 600 RC', 'headlamp', 'kaohsiung_lights', 69.95, 96, '{"luminous_flux": {"<all_channels>": {"<all_locales>": 600}}, "battery_type": {"<all_channels>": {"<all_locales>": "li_ion_usb_c"}}, "burn_time": {"<all_channels>": {"<all_locales>": {"unit": "HOUR", "amount": 40}}}, "dangerous_goods": {"<all_channels>": {"<all_locales>": true}}}'),
  (9, 11, 'Lichtblick Kids 100', 'headlamp', 'kaohsiung_lights', 24.95, 52, '{"luminous_flux": {"<all_channels>": {"<all_locales>": 100}}, "battery_type": {"<all_channels>": {"<all_locales>": "aaa"}}}'),
  (10, 11, 'Nachtwanderer 900 RC', 'headlamp', 'kaohsiung_lights', 99.95, 118, '{"luminous_flux": {"<all_channels>": {"<all_locales>": 900}}, "battery_type": {"<all_channels>": {"<all_locales>": "hybrid"}}, "dangerous_goods": {"<all_channels>": {"<all_locales>": true}}}'),
  (11, 12, 'Carbon Trek 3', 'poles', 'trentino_alloy', 149.95, 392, '{"packed_size": {"<all_channels>": {"<all_locales>": "62 cm"}}}'),
  (12, 12, 'Alu Trek Telescopic', 'poles', 'xiamen_poles', 79.95, 536, '{"packed_size": {"<all_channels>": {"<all_locales>": "68 cm"}}}'),
  (13, 12, 'Z-Pole Trail', 'poles', 'xiamen_poles', 119.95, 410, '{"packed_size": {"<all_channels>": {"<all_locales>": "40 cm"}}}');

-- Common values of a model (or of a simple product): names, copy, sourcing, prices.
CREATE FUNCTION akg.common(pk int, pfam int, pline text, ptyp text, pg text, psup text, pfab text, plin text, pprice numeric, pcoll text, pseason text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
    'name', akg.vl(jsonb_build_object('de_DE', n.de, 'en_GB', n.en, 'fr_FR', n.fr, 'it_IT', n.it, 'nl_NL', CASE WHEN pk % 5 <> 0 THEN n.nl END)),
    'description', jsonb_build_object(
       'ecommerce', jsonb_strip_nulls(jsonb_build_object(
          'de_DE', '<p><strong>' || n.de || '</strong> – ' || cde.s1 || '</p><p>' || cde.s2 || '</p>',
          'en_GB', '<p><strong>' || n.en || '</strong> – ' || cen.s1 || '</p><p>' || cen.s2 || '</p>',
          'fr_FR', CASE WHEN pk % 7 <> 0 THEN '<p><strong>' || n.fr || '</strong> – ' || cfr.s1 || '</p><p>' || cfr.s2 || '</p>' END,
          'it_IT', CASE WHEN pk % 3 = 0 THEN '<p><strong>' || n.it || '</strong> – progettato in Algovia, testato dalle Alpi alla Lapponia.</p>' END,
          'nl_NL', CASE WHEN pk % 4 = 0 THEN '<p><strong>' || n.nl || '</strong> – ontworpen in de Allgäu, getest van de Alpen tot Lapland.</p>' END)),
       'retail', jsonb_build_object('de_DE', cde.s1 || ' ' || cde.s2, 'en_GB', cen.s1 || ' ' || cen.s2)),
    'short_description', jsonb_build_object('ecommerce', jsonb_strip_nulls(jsonb_build_object('de_DE', cde.s1, 'en_GB', cen.s1, 'fr_FR', CASE WHEN pk % 7 <> 0 THEN cfr.s1 END))),
    'marketing_claim', akg.vl(jsonb_build_object('de_DE', cde.claim, 'en_GB', cen.claim, 'fr_FR', cfr.claim)),
    'seo_title', jsonb_build_object('ecommerce', jsonb_build_object('de_DE', n.de || ' kaufen | Bergfalke', 'en_GB', n.en || ' | Bergfalke Outdoor')),
    'care_instructions', CASE WHEN pfam IN (5, 6, 7, 8, 9, 13) THEN akg.vl(jsonb_build_object(
        'de_DE', CASE WHEN pfab LIKE 'merino%' THEN 'Wollwaschgang 30 °C, nicht in den Trockner, liegend trocknen.' ELSE 'Schonwaschgang 30 °C mit Funktionswaschmittel, kein Weichspüler. Imprägnierung im Trockner bei niedriger Temperatur reaktivieren.' END,
        'en_GB', CASE WHEN pfab LIKE 'merino%' THEN 'Wool cycle 30 °C, do not tumble dry, dry flat.' ELSE 'Gentle cycle 30 °C with technical wash, no fabric softener. Reactivate the DWR in the dryer on low heat.' END,
        'fr_FR', CASE WHEN pfab LIKE 'merino%' THEN 'Programme laine 30 °C, pas de sèche-linge, sécher à plat.' ELSE 'Programme délicat 30 °C avec lessive technique, sans adoucissant. Réactiver le déperlant au sèche-linge à basse température.' END)) END,
    'supplier', akg.v(to_jsonb(psup)),
    'supplier_reference', akg.v(to_jsonb(upper(substr(psup, 1, 3)) || '-' || fixture_gen.digits('supref', pk, 5) || CASE WHEN pk % 4 = 0 THEN '-R' || (1 + pk % 3) ELSE '' END)),
    'country_of_origin', akg.v(to_jsonb((SELECT CASE WHEN s."countryCode" IS NULL THEN NULL ELSE lower(s."countryCode") END FROM bergfalke_reference_data_supplier s WHERE s.code = psup))),
    'hs_code', akg.v(to_jsonb(CASE pfam WHEN 1 THEN '63062200' WHEN 2 THEN '94043000' WHEN 3 THEN '94042990' WHEN 4 THEN '42029291' WHEN 5 THEN '62019300' WHEN 6 THEN '62034390'
       WHEN 7 THEN '61091000' WHEN 8 THEN '61103099' WHEN 9 THEN '65050090' WHEN 10 THEN '73239300' WHEN 11 THEN '85131000' WHEN 12 THEN '95069990' ELSE '62019300' END)),
    'main_fabric', akg.v(to_jsonb(pfab)), 'lining_fabric', akg.v(to_jsonb(plin)),
    'material_composition', CASE WHEN pfab IS NOT NULL THEN akg.vl(jsonb_build_object('en_GB', (SELECT composition FROM bergfalke_reference_data_fabric WHERE code = pfab),
        'de_DE', replace(replace(replace(replace((SELECT composition FROM bergfalke_reference_data_fabric WHERE code = pfab), 'polyamide', 'Polyamid'), 'recycled polyester', 'recyceltes Polyester'), 'polyester', 'Polyester'), 'merino wool', 'Merinowolle'))) END,
    'target_gender', akg.v(to_jsonb(pg)), 'season', akg.v(to_jsonb(pseason)), 'collection', akg.v(to_jsonb(pcoll)),
    'certifications', akg.v(CASE WHEN pfab IN ('bf_tex_3l_pro', 'bf_tex_2_5l', 'robic_210d', 'recycled_poly_420d', 'polartec_100') THEN '["bluesign", "grs"]'::jsonb
        WHEN pfab = 'down_proof_20d' THEN '["bluesign", "rds"]'::jsonb WHEN pfab LIKE 'merino%' THEN '["fair_wear"]'::jsonb WHEN pfab = 'organic_cotton_jersey' THEN '["gots", "oeko_tex_100"]'::jsonb END),
    'warranty_years', akg.v(to_jsonb(CASE WHEN pfam IN (1, 4) THEN 5 WHEN pfam IN (10, 11, 12) THEN 3 ELSE 2 END)),
    'price', akg.v(akg.prices(pprice)), 'msrp', akg.v(akg.prices(pprice)),
    'release_date', akg.v(to_jsonb(to_char(CASE substr(pseason, 1, 2) WHEN 'ss' THEN make_date(2000 + substr(pseason, 3)::int, 2, 1) ELSE make_date(2000 + substr(pseason, 3)::int, 8, 1) END, 'YYYY-MM-DD') || 'T00:00:00+00:00')),
    'end_of_life_date', CASE WHEN pseason IN ('ss23', 'aw23') AND pk % 3 = 0 THEN akg.v('"2025-01-31T00:00:00+00:00"'::jsonb) END
  ))
  FROM (SELECT CASE WHEN pg IN ('men', 'women', 'kids') THEN 1 ELSE 0 END AS hasg) h
  CROSS JOIN LATERAL (SELECT t.de AS tde, t.en AS ten, t.fr AS tfr, t.it AS tit, t.nl AS tnl, gw.de AS gde, gw.en AS gen, gw.fr AS gfr, gw.it AS git, gw.nl AS gnl
                      FROM akg.tw t LEFT JOIN akg.gw gw ON gw.g = pg AND h.hasg = 1 WHERE t.typ = ptyp) w
  CROSS JOIN LATERAL (SELECT pline || ' ' || w.tde || coalesce(' ' || w.gde, '') AS de, pline || ' ' || w.ten || coalesce(' ' || w.gen, '') AS en,
                             w.tfr || ' ' || pline || coalesce(' ' || w.gfr, '') AS fr, w.tit || ' ' || pline || coalesce(' ' || w.git, '') AS it,
                             pline || ' ' || w.tnl || coalesce(' ' || w.gnl, '') AS nl) n
  JOIN akg.fam fc ON fc.id = pfam
  JOIN akg.copy cde ON cde.fam = fc.code AND cde.loc = 'de' JOIN akg.copy cen ON cen.fam = fc.code AND cen.loc = 'en' JOIN akg.copy cfr ON cfr.fam = fc.code AND cfr.loc = 'fr'
$$;

-- Family-specific technical values of a model.
CREATE FUNCTION akg.tech(k int, fam int, typ text, line text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(CASE fam
    WHEN 1 THEN jsonb_build_object('sleeping_capacity', akg.v(to_jsonb(coalesce(nullif(substring(line FROM '([0-9])$'), '')::int, 2))),
        'hydrostatic_head_fly', akg.v(to_jsonb(CASE WHEN line LIKE 'Allgäu%' THEN 2000 ELSE 3000 + 500 * (k % 3) END)), 'hydrostatic_head_floor', akg.v(to_jsonb(8000 + 2000 * (k % 2))),
        'packed_size', akg.v(to_jsonb((40 + k % 20)::text || ' × ' || (14 + k % 6)::text || ' cm')), 'packed_volume', akg.metric(6 + k % 12, 'LITER'))
    WHEN 2 THEN jsonb_build_object('comfort_temperature', akg.metric(coalesce(nullif(substring(line FROM '([-+][0-9]+)$'), '')::int + 5, 15), 'CELSIUS'),
        'limit_temperature', akg.metric(coalesce(nullif(substring(line FROM '([-+][0-9]+)$'), '')::int, 10), 'CELSIUS'),
        'fill_material', akg.v(to_jsonb(CASE WHEN line LIKE '%800%' OR line LIKE '%Down%' THEN 'down_800' WHEN line LIKE '%700%' THEN 'down_700' WHEN line LIKE '%Synthetic%' THEN 'synthetic_recycled' END)),
        'fill_power', akg.v(to_jsonb(CASE WHEN line LIKE '%800%' OR line LIKE '%Down%' THEN 800 WHEN line LIKE '%700%' THEN 700 END)),
        'packed_size', akg.v(to_jsonb((18 + k % 8)::text || ' × ' || (32 + k % 10)::text || ' cm')))
    WHEN 3 THEN jsonb_build_object('packed_size', akg.v(to_jsonb((10 + k % 8)::text || ' × ' || (22 + k % 8)::text || ' cm')))
    WHEN 4 THEN jsonb_build_object('capacity', akg.metric(coalesce(nullif(substring(line FROM '([0-9]+)'), '')::int, 25), 'LITER'))
    WHEN 5 THEN jsonb_build_object('waterproof_rating', akg.v(to_jsonb(CASE WHEN line LIKE '%3L%' THEN 28000 WHEN line LIKE '%2.5L%' THEN 20000 WHEN typ = 'parka' THEN 10000 END)),
        'breathability_rating', akg.v(to_jsonb(CASE WHEN line LIKE '%3L%' THEN 25000 WHEN line LIKE '%2.5L%' THEN 15000 WHEN typ = 'parka' THEN 10000 END)),
        'fill_material', akg.v(to_jsonb(CASE WHEN line LIKE 'Daunen%' THEN 'down_700' WHEN line LIKE 'Thermik%' OR line LIKE 'Altschnee%' THEN 'synthetic_recycled' END)),
        'fit', akg.v(to_jsonb(CASE WHEN k % 3 = 0 THEN 'slim' ELSE 'regular' END)),
        'hood_type', akg.v(to_jsonb(CASE WHEN line LIKE 'Gipfelgrat%' THEN 'helmet_compatible' WHEN line LIKE 'Föhnwind%' THEN 'no_hood' WHEN k % 2 = 0 THEN 'fixed' ELSE 'stowable' END)),
        'pfc_free', akg.v('true'::jsonb), 'recycled_content', akg.v(to_jsonb(CASE WHEN line LIKE 'Regenpfeifer%' THEN 100 WHEN k % 2 = 0 THEN 50 ELSE 0 END)))
    WHEN 6 THEN jsonb_build_object('fit', akg.v(to_jsonb(CASE WHEN k % 2 = 0 THEN 'regular' ELSE 'relaxed' END)), 'pfc_free', akg.v('true'::jsonb),
        'waterproof_rating', akg.v(to_jsonb(CASE WHEN line LIKE '%3L%' THEN 28000 END)))
    WHEN 7 THEN jsonb_build_object('fit', akg.v(to_jsonb(CASE WHEN typ = 'tights' THEN 'slim' ELSE 'regular' END)))
    WHEN 8 THEN jsonb_build_object('fit', akg.v('"regular"'::jsonb), 'hood_type', akg.v(to_jsonb(CASE WHEN typ = 'hoody' THEN 'fixed' ELSE 'no_hood' END)), 'recycled_content', akg.v(to_jsonb(CASE WHEN k % 2 = 1 THEN 100 ELSE 60 END)))
    WHEN 13 THEN jsonb_build_object('waterproof_rating', akg.v(to_jsonb(CASE WHEN line LIKE 'Matsch%' THEN 10000 END)), 'pfc_free', akg.v('true'::jsonb))
    ELSE '{}'::jsonb END)
$$;

CREATE FUNCTION akg.colorvals(ck int, color text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('color', akg.v(to_jsonb(color)),
    'color_name', akg.vl(jsonb_build_object('en_GB', c.name, 'de_DE', CASE WHEN ck % 4 = 0 THEN NULL ELSE c.name END, 'fr_FR', CASE WHEN ck % 3 = 0 THEN c.name END)),
    'main_image', akg.v(to_jsonb((SELECT file_key FROM akg.fmap WHERE owner = 'c' || ck || '_main'))),
    'gallery_image_1', akg.v(to_jsonb((SELECT file_key FROM akg.fmap WHERE owner = 'c' || ck || '_g1'))),
    'gallery_image_2', akg.v(to_jsonb((SELECT file_key FROM akg.fmap WHERE owner = 'c' || ck || '_g2')))))
  FROM bergfalke_reference_data_color c WHERE c.code = color
$$;

CREATE TABLE pim_catalog_product_model (
    id serial PRIMARY KEY, family_variant_id integer, parent_id integer, code varchar(255) NOT NULL UNIQUE, raw_values jsonb NOT NULL, created timestamp(0) NOT NULL,
    updated timestamp(0) NOT NULL, root integer NOT NULL, lvl integer NOT NULL, lft integer NOT NULL, rgt integer NOT NULL, quantified_associations jsonb
);
-- Root models keep their own id (k); sub-models (one per colour) follow.
CREATE TABLE akg.sm (id int PRIMARY KEY, ck int, k int, j int);
INSERT INTO akg.sm SELECT 100 + row_number() OVER (ORDER BY c.ck)::int, c.ck, c.k, c.idx FROM akg.c c JOIN akg.m m ON m.k = c.k WHERE m.fam IN (5, 6, 7, 8, 9, 13);
INSERT INTO pim_catalog_product_model (id, family_variant_id, parent_id, code, raw_values, created, updated, root, lvl, lft, rgt, quantified_associations)
SELECT m.k, m.fv, NULL, m.code,
       akg.common(m.k, m.fam, m.line, m.typ, m.g, m.sup, m.fab, m.lin, m.price, m.coll, m.season) || akg.tech(m.k, m.fam, m.typ, m.line)
         || CASE WHEN m.fam IN (2, 3) THEN akg.colorvals(c1.ck, c1.color) ELSE '{}'::jsonb END
         || jsonb_strip_nulls(jsonb_build_object('size_chart', akg.v(to_jsonb((SELECT file_key FROM akg.fmap WHERE owner = 'm' || m.k || '_chart'))),
              'product_datasheet', akg.vl(jsonb_build_object('de_DE', (SELECT file_key FROM akg.fmap WHERE owner = 'm' || m.k || '_sheet'))))),
       akg.at('pmc', m.k, '2021-01-01', '2024-06-01'), akg.at('pmu', m.k, '2024-06-02', '2024-11-28'), m.k, 0, 1, 2 + 2 * (SELECT count(*) FROM akg.sm WHERE sm.k = m.k)::int, '{}'::jsonb
FROM akg.m m LEFT JOIN akg.c c1 ON c1.k = m.k AND c1.idx = 1 ORDER BY m.k;
INSERT INTO pim_catalog_product_model (id, family_variant_id, parent_id, code, raw_values, created, updated, root, lvl, lft, rgt, quantified_associations)
SELECT sm.id, m.fv, m.k, m.code || '_' || c.color, akg.colorvals(c.ck, c.color), akg.at('smc', sm.id, '2021-02-01', '2024-06-15'), akg.at('smu', sm.id, '2024-06-16', '2024-11-28'),
       m.k, 1, 2 * sm.j, 2 * sm.j + 1, '{}'::jsonb
FROM akg.sm sm JOIN akg.c c ON c.ck = sm.ck JOIN akg.m m ON m.k = sm.k ORDER BY sm.id;

-- Products: sizes of the two-level families' colour sub-models, colours
-- of tents and packs, sizes of bags and mats, the simple products.
CREATE TABLE akg.p (i int PRIMARY KEY, fam int, k int, ck int, sk int, model_id int, fv int, color text, size text, sku text, uuid uuid, weight int);
CREATE FUNCTION akg.sizes(fam int, typ text, g text, ncol int) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN fam IN (2, 3) THEN CASE WHEN ncol = 1 THEN ARRAY['one_size'] ELSE ARRAY['regular', 'long'] END
    WHEN fam = 9 THEN CASE WHEN typ IN ('beanie', 'gaiter') THEN ARRAY['one_size'] ELSE ARRAY['s', 'm', 'l'] END
    WHEN fam = 13 THEN ARRAY['116', '128', '140', '152', '164']
    WHEN g = 'women' THEN ARRAY['xs', 's', 'm', 'l', 'xl']
    WHEN g = 'men' THEN ARRAY['s', 'm', 'l', 'xl', 'xxl']
    ELSE ARRAY['xs', 's', 'm', 'l', 'xl', 'xxl'] END
$$;
INSERT INTO akg.p (i, fam, k, ck, sk, model_id, fv, color, size)
SELECT row_number() OVER (ORDER BY ord1, ord2, ord3)::int, fam, k, ck, sk, model_id, fv, color, size FROM (
  SELECT m.k AS ord1, c.ck AS ord2, z.o AS ord3, m.fam, m.k, c.ck, NULL::int AS sk, sm.id AS model_id, m.fv, c.color, z.size
  FROM akg.sm sm JOIN akg.c c ON c.ck = sm.ck JOIN akg.m m ON m.k = sm.k CROSS JOIN LATERAL unnest(akg.sizes(m.fam, m.typ, m.g, m.ncol)) WITH ORDINALITY z(size, o)
  UNION ALL
  SELECT m.k, c.ck, 0, m.fam, m.k, c.ck, NULL, m.k, m.fv, c.color, NULL FROM akg.m m JOIN akg.c c ON c.k = m.k WHERE m.fam IN (1, 4)
  UNION ALL
  SELECT m.k, 0, z.o, m.fam, m.k, c.ck, NULL, m.k, m.fv, c.color, z.size FROM akg.m m JOIN akg.c c ON c.k = m.k AND c.idx = 1
    CROSS JOIN LATERAL unnest(akg.sizes(m.fam, m.typ, m.g, m.ncol)) WITH ORDINALITY z(size, o) WHERE m.fam IN (2, 3)
  UNION ALL
  SELECT 100 + s.sk, 0, 0, s.fam, NULL, NULL, s.sk, NULL, NULL, NULL, NULL FROM akg.s s) x;
UPDATE akg.p p SET
  sku = 'BF-' || lpad((20000 + coalesce(p.k, 90 + p.sk) * 13)::text, 5, '0')
        || CASE WHEN p.color IS NOT NULL AND p.fam NOT IN (2, 3) THEN '-' || lpad((SELECT id FROM bergfalke_reference_data_color WHERE code = p.color)::text, 3, '0') ELSE '' END
        || CASE WHEN p.size IS NOT NULL THEN '-' || CASE p.size WHEN 'regular' THEN 'REG' WHEN 'long' THEN 'LONG' WHEN 'one_size' THEN 'OS' ELSE upper(p.size) END ELSE '' END,
  uuid = fixture_gen.uuid('product', p.i)::uuid,
  weight = CASE p.fam WHEN 1 THEN 900 + fixture_gen.n('pw', p.k, 3600) WHEN 2 THEN 600 + fixture_gen.n('pw', p.k, 1400) WHEN 3 THEN 300 + fixture_gen.n('pw', p.k, 600)
    WHEN 4 THEN 800 + fixture_gen.n('pw', p.k, 1400) WHEN 5 THEN 250 + fixture_gen.n('pw', p.k, 550) WHEN 6 THEN 250 + fixture_gen.n('pw', p.k, 250)
    WHEN 7 THEN 120 + fixture_gen.n('pw', p.k, 140) WHEN 8 THEN 250 + fixture_gen.n('pw', p.k, 250) WHEN 9 THEN 40 + fixture_gen.n('pw', p.k, 80)
    WHEN 13 THEN 200 + fixture_gen.n('pw', p.k, 300) ELSE (SELECT weight FROM akg.s WHERE s.sk = p.sk) END
    + CASE p.size WHEN 'xs' THEN -20 WHEN 's' THEN -10 WHEN 'l' THEN 10 WHEN 'xl' THEN 20 WHEN 'xxl' THEN 30 WHEN 'long' THEN 120 ELSE 0 END;

CREATE TABLE pim_catalog_product (
    uuid uuid PRIMARY KEY, family_id integer, product_model_id integer, family_variant_id integer, is_enabled boolean NOT NULL, identifier varchar(255) UNIQUE,
    raw_values jsonb NOT NULL, created timestamp(0) NOT NULL, updated timestamp(0) NOT NULL, quantified_associations jsonb
);
INSERT INTO pim_catalog_product (uuid, family_id, product_model_id, family_variant_id, is_enabled, identifier, raw_values, created, updated, quantified_associations)
SELECT p.uuid, p.fam, p.model_id, p.fv,
       NOT ((p.k IS NOT NULL AND (SELECT season FROM akg.m WHERE m.k = p.k) IN ('ss23', 'aw23') AND p.i % 4 = 0) OR p.i % 53 = 0),
       p.sku,
       jsonb_strip_nulls(jsonb_build_object(
         'sku', akg.v(to_jsonb(p.sku)),
         'ean', CASE WHEN p.i % 41 <> 0 THEN akg.v(to_jsonb(akg.ean13('4260738' || lpad((10000 + p.i)::text, 5, '0')))) END,
         'size', akg.v(to_jsonb(p.size)),
         'erp_article_number', akg.v(to_jsonb((10000000 + p.i * 37)::text)),
         'weight', akg.metric(p.weight, 'GRAM'),
         'is_online', jsonb_build_object('ecommerce', jsonb_build_object('<all_locales>', p.i % 9 <> 0), 'retail', jsonb_build_object('<all_locales>', p.i % 3 <> 0))))
       || CASE WHEN p.fam IN (1, 4) THEN akg.colorvals(p.ck, p.color) ELSE '{}'::jsonb END
       || CASE WHEN p.sk IS NOT NULL THEN (SELECT akg.common(90 + s.sk, s.fam, s.line, s.typ, NULL, s.sup, NULL, NULL, s.price, 'core', 'ss24') || s.extra FROM akg.s s WHERE s.sk = p.sk) ELSE '{}'::jsonb END,
       akg.at('prc', p.i, '2021-02-01', '2024-07-01'), akg.at('pru', p.i, '2024-07-02', '2024-11-29'),
       CASE WHEN p.sk = 3 THEN jsonb_build_object('PACK', jsonb_build_object('products', jsonb_build_array(jsonb_build_object('uuid', (SELECT uuid FROM akg.p WHERE sk = 4), 'quantity', 2),
              jsonb_build_object('uuid', (SELECT uuid FROM akg.p WHERE sk = 1), 'quantity', 1)), 'product_models', '[]'::jsonb))
            WHEN p.sk = 8 THEN jsonb_build_object('PACK', jsonb_build_object('products', '[]'::jsonb, 'product_models', '[]'::jsonb)) ELSE '{}'::jsonb END
FROM akg.p p ORDER BY p.i;

CREATE TABLE pim_catalog_product_unique_data (id serial PRIMARY KEY, product_uuid uuid NOT NULL, attribute_id integer NOT NULL, raw_data varchar(255) NOT NULL);
INSERT INTO pim_catalog_product_unique_data (product_uuid, attribute_id, raw_data)
SELECT p.uuid, a.id, p.raw_values -> a.code -> '<all_channels>' ->> '<all_locales>'
FROM pim_catalog_product p CROSS JOIN (VALUES (1, 'sku'), (15, 'ean')) a(id, code)
WHERE p.raw_values ? a.code ORDER BY p.created, a.id;

-- Completeness of the webshop channel in its three main locales.
CREATE TABLE pim_catalog_completeness (id bigserial PRIMARY KEY, locale_id integer NOT NULL, channel_id integer NOT NULL, product_uuid uuid NOT NULL, missing_count integer NOT NULL, required_count integer NOT NULL);
INSERT INTO pim_catalog_completeness (locale_id, channel_id, product_uuid, missing_count, required_count)
SELECT l.id, 1, p.uuid, m.missing, r.req
FROM akg.p p JOIN pim_catalog_locale l ON l.code IN ('de_DE', 'en_GB', 'fr_FR')
CROSS JOIN LATERAL (SELECT count(*)::int AS req FROM pim_catalog_attribute_requirement ar WHERE ar.family_id = p.fam AND ar.channel_id = 1 AND ar.required) r
CROSS JOIN LATERAL (SELECT CASE WHEN l.code = 'fr_FR' AND coalesce(p.k, p.sk) % 7 = 0 THEN 3 WHEN l.code = 'de_DE' THEN fixture_gen.n('cmpde', p.i, 8) / 6
                                WHEN l.code = 'en_GB' THEN fixture_gen.n('cmpen', p.i, 6) / 4 ELSE fixture_gen.n('cmpfr', p.i, 5) / 3 END AS missing) m
ORDER BY p.i, l.id;

-- Associations (cross-sell, up-sell, substitutes) owned by products.
CREATE TABLE pim_catalog_association (id serial PRIMARY KEY, association_type_id integer NOT NULL, owner_uuid uuid NOT NULL, UNIQUE (owner_uuid, association_type_id));
INSERT INTO pim_catalog_association (association_type_id, owner_uuid)
SELECT t.id, p.uuid FROM akg.p p CROSS JOIN (VALUES (1), (2), (3)) t(id)
WHERE (t.id = 1 AND p.i % 2 = 0) OR (t.id = 2 AND p.i % 5 = 0) OR (t.id = 3 AND p.fam IN (1, 2, 4) AND p.i % 3 = 0)
ORDER BY p.i, t.id;

-- ---------------------------------------------------------------------------
-- Users, their groups and roles, avatars, the session store.

-- Avatars people uploaded (named as they were on their laptops) and the
-- logos of connections.
INSERT INTO akg.fnames (fk, owner, fname, mime, ext, size)
SELECT 2000 + v.uid, 'avatar' || v.uid, v.fname, CASE WHEN v.fname ILIKE '%.png' THEN 'image/png' ELSE 'image/jpeg' END,
       lower(substring(v.fname FROM '\.([A-Za-z]+)$')), 40000 + fixture_gen.n('avsz', v.uid, 2200000)
FROM (VALUES (2, 'julia_becker.jpg'), (3, 'tobias_wagner_linkedin.jpeg'), (4, 'IMG_20230412_093211.jpg'), (5, 'Max Brandl Portrait 2022.jpg'), (7, 'katharina-gruber.png'),
  (9, 'avatar.png'), (11, 'Marie_Lefebvre_photo_pro.jpg'), (13, 'profilo_giulia.jpg'), (15, 'DSC_0192.JPG'), (16, 'Portrait Marta Kowalska.png'), (18, 'lan_nguyen_sourcing_hcmc.jpg'),
  (22, 'Dr_Markus_Brunner_2021.jpg'), (23, 'elif.png'), (26, 'sebastian koenig bewerbungsfoto.jpg'), (29, 'hannah_clarke_headshot.jpg'), (30, 'simon-bauer-fotograf.jpg'),
  (31, 'Claire Dubois-Martin (LinguaBridge).png'), (33, 'femke_de_jong.jpg'), (39, 'photo_identite_elodie.jpg'), (41, 'tran_minh_duc.jpg')) v(uid, fname);
INSERT INTO akg.fnames (fk, owner, fname, mime, ext, size)
SELECT 2100 + v.n, 'logo_' || v.code, v.fname, 'image/png', 'png', 8000 + fixture_gen.n('lgsz', v.n, 90000)
FROM (VALUES (1, 'sap_erp', 'sap_logo.png'), (2, 'shopware_webshops', 'shopware-logo-blue.png'), (3, 'retail_feed_hub', 'feedhub.png'), (4, 'saigon_outdoor', 'SOT_logo_2023.png'),
  (5, 'formosa_tentworks', 'formosa-tent-works.png'), (6, 'ave_textiles', 'logotipo_avetexteis.png'), (8, 'linguabridge_tms', 'linguabridge_logo_rgb.png')) v(n, code, fname);
INSERT INTO akeneo_file_storage_file_info (file_key, original_filename, mime_type, size, extension, hash, storage)
SELECT substr(h, 1, 1) || '/' || substr(h, 2, 1) || '/' || substr(h, 3, 1) || '/' || substr(h, 4, 1) || '/' || h || '_' || regexp_replace(f.fname, '[^A-Za-z0-9._-]', '_', 'g'),
       f.fname, f.mime, f.size, f.ext, substr(encode(sha256(convert_to('content' || f.fk, 'UTF8')), 'hex'), 1, 40), 'catalogStorage'
FROM akg.fnames f CROSS JOIN LATERAL (SELECT fixture_gen.hexn('fkey', f.fk, 40) AS h) x WHERE f.fk >= 2000 ORDER BY f.fk;
INSERT INTO akg.fmap SELECT f.owner, i.id, i.file_key FROM akg.fnames f JOIN akeneo_file_storage_file_info i ON i.original_filename = f.fname WHERE f.fk >= 2000;

CREATE TABLE oro_user (
    id serial PRIMARY KEY, ui_locale_id integer NOT NULL, catalog_locale_id integer NOT NULL, catalog_scope_id integer NOT NULL, default_tree_id integer NOT NULL,
    username varchar(255) NOT NULL UNIQUE, email varchar(255) NOT NULL UNIQUE, name_prefix varchar(255), first_name varchar(255), middle_name varchar(255), last_name varchar(255),
    name_suffix varchar(255), image varchar(255), enabled boolean NOT NULL, salt varchar(255) NOT NULL, password varchar(255) NOT NULL, confirmation_token varchar(255),
    password_requested timestamp(0), last_login timestamp(0), login_count integer NOT NULL DEFAULT 0, "createdAt" timestamp(0) NOT NULL, "updatedAt" timestamp(0) NOT NULL,
    product_grid_filters jsonb NOT NULL, "emailNotifications" boolean NOT NULL DEFAULT false, timezone varchar(30) NOT NULL, file_info_id integer, properties jsonb NOT NULL,
    user_type varchar(30) NOT NULL DEFAULT 'user', phone varchar(20), profile varchar(255), consecutive_authentication_failure_counter integer DEFAULT 0,
    authentication_failure_reset_date timestamp(0)
);
INSERT INTO oro_user
SELECT u.id,
       (SELECT id FROM pim_catalog_locale WHERE code = CASE WHEN u.kind IN ('connection', 'app') THEN 'en_US' WHEN u.cc IN ('de', 'at', 'ch') THEN 'de_DE' WHEN u.cc = 'fr' THEN 'fr_FR'
          WHEN u.cc = 'it' THEN 'it_IT' WHEN u.cc = 'nl' THEN 'nl_NL' WHEN u.cc = 'pl' THEN 'pl_PL' WHEN u.cc = 'gb' THEN 'en_GB' ELSE 'en_US' END),
       (SELECT id FROM pim_catalog_locale WHERE code = CASE WHEN u.kind IN ('connection', 'app') THEN 'en_US' WHEN u.cc IN ('de', 'at') THEN 'de_DE' WHEN u.cc = 'ch' THEN 'de_CH'
          WHEN u.cc = 'fr' THEN 'fr_FR' WHEN u.cc = 'it' THEN 'it_IT' WHEN u.cc = 'nl' THEN 'nl_NL' WHEN u.kind IN ('staff', 'supplier') THEN 'en_GB' ELSE 'en_GB' END),
       CASE WHEN u.team = 'retail' THEN 2 WHEN u.team = 'studio' THEN 3 ELSE 1 END,
       CASE WHEN u.team IN ('ecommerce', 'marketing') THEN 28 WHEN u.team = 'retail' THEN 48 ELSE 1 END,
       u.username, u.email, u.prefix, u.first, u.middle, u.last, NULL, NULL, u.enabled,
       akg.lowr('salt', u.id, 31),
       CASE WHEN u.created < timestamp '2022-06-01' AND u.id % 3 = 1 THEN akg.sha512pw('upw', u.id) ELSE akg.argon('upw', u.id) END,
       CASE WHEN u.id IN (9, 24, 33, 39) THEN akg.url64('uconf', u.id, 43) END,
       CASE WHEN u.id IN (9, 24, 33, 39) THEN akg.at('upr', u.id, '2024-06-01', '2024-11-28') END,
       CASE WHEN u.kind IN ('connection', 'app') THEN NULL WHEN NOT u.enabled THEN akg.at('ull', u.id, '2023-01-01', '2024-03-01') ELSE akg.at('ull', u.id, '2024-10-15', '2024-11-29') END,
       CASE WHEN u.kind IN ('connection', 'app') THEN 0 ELSE 5 + fixture_gen.n('ulc', u.id, 900) END,
       u.created, greatest(u.created, akg.at('uup', u.id, '2024-01-01', '2024-11-29')),
       CASE WHEN u.id % 3 = 0 THEN '[]'::jsonb ELSE '["family", "enabled", "completeness", "created", "updated", "supplier", "season"]'::jsonb END,
       u.kind IN ('staff', 'agency') AND u.id % 4 <> 0, u.tz, (SELECT id FROM akg.fmap WHERE owner = 'avatar' || u.id), '{}'::jsonb,
       CASE WHEN u.kind IN ('connection', 'app') THEN 'api' ELSE 'user' END, u.phone, u.profile,
       CASE WHEN u.id IN (17, 34, 42) THEN 1 + u.id % 3 ELSE 0 END, CASE WHEN u.id IN (17, 34, 42) THEN akg.at('uafr', u.id, '2024-11-20', '2024-11-29') END
FROM akg.u u ORDER BY u.id;

CREATE TABLE oro_access_group (id serial PRIMARY KEY, name varchar(30) NOT NULL UNIQUE, default_permissions jsonb, type varchar(30) NOT NULL DEFAULT 'default');
INSERT INTO oro_access_group (id, name, default_permissions, type) VALUES
  (1, 'All', NULL, 'default'), (2, 'IT support', NULL, 'default'), (3, 'Marketing', NULL, 'default'), (4, 'E-commerce', NULL, 'default'),
  (5, 'Product management', NULL, 'default'), (6, 'Supplier management', NULL, 'default'), (7, 'Retail partners', NULL, 'default'),
  (8, 'LinguaBridge agency', NULL, 'default'), (9, 'Freelance translators', NULL, 'default'), (10, 'Photo studio', NULL, 'default'),
  (11, 'Supplier representatives', NULL, 'default'), (12, 'API supplier imports', NULL, 'default'), (13, 'API ERP and webshop', NULL, 'default'),
  (14, 'app_' || akg.lowr('appg', 1, 10), '{"category_own": false, "category_edit": false, "category_view": true, "attribute_group_edit": false, "attribute_group_view": true, "locale_edit": false, "locale_view": true}', 'app'),
  (15, 'app_' || akg.lowr('appg', 2, 10), '{"category_own": false, "category_edit": true, "category_view": true, "attribute_group_edit": true, "attribute_group_view": true, "locale_edit": true, "locale_view": true}', 'app');

CREATE TABLE oro_user_access_group (user_id integer NOT NULL, group_id integer NOT NULL, PRIMARY KEY (user_id, group_id));
INSERT INTO oro_user_access_group
SELECT u.id, g.gid FROM akg.u u CROSS JOIN LATERAL (
  SELECT 1 AS gid WHERE u.kind NOT IN ('connection', 'app')
  UNION SELECT CASE u.team WHEN 'it' THEN 2 WHEN 'marketing' THEN 3 WHEN 'ecommerce' THEN 4 WHEN 'product' THEN 5 WHEN 'supplier' THEN 6 WHEN 'retail' THEN 7 WHEN 'studio' THEN 10 END WHERE u.kind = 'staff'
  UNION SELECT 8 WHERE u.kind = 'agency' UNION SELECT 9 WHERE u.kind = 'freelance' UNION SELECT 11 WHERE u.kind = 'supplier'
  UNION SELECT CASE WHEN u.team IN ('saigon_outdoor', 'formosa_tentworks', 'ave_textiles', 'carpathia_down') THEN 12 ELSE 13 END WHERE u.kind = 'connection'
  UNION SELECT CASE WHEN u.team = 'feedflux_app' THEN 14 ELSE 15 END WHERE u.kind = 'app'
  UNION SELECT 5 WHERE u.id IN (2, 16, 23) UNION SELECT 2 WHERE u.id = 23) g
WHERE g.gid IS NOT NULL ORDER BY 1, 2;

CREATE TABLE oro_access_role (id serial PRIMARY KEY, role varchar(255) NOT NULL UNIQUE, label varchar(255) NOT NULL, type varchar(30) NOT NULL DEFAULT 'default');
INSERT INTO oro_access_role (id, role, label, type) VALUES
  (1, 'ROLE_ADMINISTRATOR', 'Administrator', 'default'), (2, 'ROLE_CATALOG_MANAGER', 'Catalog manager', 'default'), (3, 'ROLE_USER', 'User', 'default'),
  (4, 'ROLE_TRANSLATOR', 'Translator (external)', 'default'), (5, 'ROLE_SUPPLIER_REPRESENTATIVE', 'Supplier representative', 'default'),
  (6, 'ROLE_API_SUPPLIER_IMPORT', 'API – supplier import', 'default'), (7, 'ROLE_API_ERP_WEBSHOP', 'API – ERP & webshop', 'default'),
  (8, 'ROLE_TRAINEE', 'Trainee (read only)', 'default'),
  (9, 'ROLE_' || upper(akg.lowr('appr', 1, 12)), 'FeedFlux', 'app'), (10, 'ROLE_' || upper(akg.lowr('appr', 2, 12)), 'LinguaSync', 'app');

-- The session store (Symfony's PdoSessionHandler): serialized security
-- tokens carrying the user's username, salt and password hash.
CREATE TABLE pim_session (sess_id varchar(128) PRIMARY KEY, sess_data bytea NOT NULL, sess_lifetime integer NOT NULL, sess_time integer NOT NULL);
CREATE FUNCTION akg.phps(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(s) || ':"' || s || '";' $$;
INSERT INTO pim_session (sess_id, sess_data, sess_lifetime, sess_time)
SELECT akg.lowr('sid', k, 26),
       convert_to('_sf2_attributes|a:' || CASE WHEN k % 4 = 0 THEN '2' ELSE '3' END || ':{' || akg.phps('_security_main') || akg.phps(tok.t)
         || akg.phps('_csrf/https-pim_user_user_rest') || akg.phps(akg.url64('csrf', k, 43))
         || CASE WHEN k % 4 = 0 THEN '' ELSE akg.phps('dataLocale') || akg.phps(CASE WHEN ou.catalog_locale_id = (SELECT id FROM pim_catalog_locale WHERE code = 'fr_FR') THEN 'fr_FR' ELSE 'de_DE' END) END
         || '}_sf2_meta|a:3:{s:1:"u";i:' || ts.t || ';s:1:"c";i:' || (ts.t - 3000 - k * 17) || ';s:1:"l";i:0;}', 'UTF8'),
       86400, ts.t
FROM generate_series(1, 64) k
JOIN oro_user ou ON ou.id = (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37, 38, 41, 43])[1 + fixture_gen.n('sesu', k, 35)]
CROSS JOIN LATERAL (SELECT extract(epoch FROM akg.at('sest', k, '2024-11-28 06:00', '2024-11-29 18:00'))::int AS t) ts
CROSS JOIN LATERAL (SELECT 'O:74:"Symfony\Component\Security\Core\Authentication\Token\UsernamePasswordToken":2:{i:0;s:4:"main";i:1;a:5:{i:0;'
    || 'O:42:"Akeneo\UserManagement\Component\Model\User":5:{i:0;' || akg.phps(ou.password) || 'i:1;' || akg.phps(ou.salt) || 'i:2;' || akg.phps(ou.username)
    || 'i:3;b:1;i:4;i:' || ou.id || ';}i:1;b:1;i:2;N;i:3;a:0:{}i:4;a:1:{i:0;' || akg.phps(CASE WHEN ou.id IN (1, 23) THEN 'ROLE_ADMINISTRATOR' WHEN ou.id BETWEEN 31 AND 40 THEN 'ROLE_TRANSLATOR' ELSE 'ROLE_USER' END) || '}}}' AS t) tok
ORDER BY ts.t;

-- ---------------------------------------------------------------------------
-- API clients and tokens, connections, connected apps.

-- FOSOAuthServerBundle tokens: base64 of a hex sha256, padding trimmed.
CREATE FUNCTION akg.oauth(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(fixture_gen.hexn(tag, i, 64), 'UTF8'), 'base64'), E'\n', ''), '=') $$;

CREATE TABLE akg.cn (n int PRIMARY KEY, code text, label text, flow text, typ text, uid int, client int);
INSERT INTO akg.cn
SELECT u.id - 44, CASE WHEN u.kind = 'app' THEN akg.lowr('appcode', u.id, 10) ELSE u.team END, u.first,
       CASE WHEN u.team IN ('sap_erp', 'saigon_outdoor', 'formosa_tentworks', 'ave_textiles', 'carpathia_down') THEN 'data_source'
            WHEN u.team IN ('shopware_webshops', 'retail_feed_hub') THEN 'data_destination' ELSE 'other' END,
       CASE WHEN u.kind = 'app' THEN 'app' ELSE 'default' END, u.id, u.id - 43
FROM akg.u u WHERE u.kind IN ('connection', 'app');

CREATE TABLE pim_api_client (
    id serial PRIMARY KEY, random_id varchar(255) NOT NULL, redirect_uris text NOT NULL, secret varchar(255) NOT NULL, allowed_grant_types text NOT NULL,
    label varchar(100), marketplace_public_app_id varchar(36)
);
INSERT INTO pim_api_client (id, random_id, redirect_uris, secret, allowed_grant_types, label, marketplace_public_app_id)
SELECT 1, akg.lowr('crand', 1, 50), akg.php('[]'), akg.lowr('csec', 1, 50), akg.php('["password", "refresh_token"]'), 'Magento connector (2019)', NULL
UNION ALL
SELECT cn.client, akg.lowr('crand', cn.client, 50),
       akg.php(CASE WHEN cn.typ = 'app' THEN jsonb_build_array(CASE WHEN cn.label = 'FeedFlux' THEN 'https://app.feedflux.example/akeneo/oauth/callback' ELSE 'https://linguasync.linguabridge.example/akeneo/callback' END) ELSE '[]'::jsonb END),
       akg.lowr('csec', cn.client, 50),
       akg.php(CASE WHEN cn.typ = 'app' THEN '["authorization_code"]'::jsonb ELSE '["password", "refresh_token"]'::jsonb END), cn.label,
       CASE WHEN cn.typ = 'app' THEN fixture_gen.uuid('mpapp', cn.n) END
FROM akg.cn cn ORDER BY 1;

CREATE TABLE pim_api_access_token (id serial PRIMARY KEY, client integer, "user" integer, token varchar(255) NOT NULL UNIQUE, expires_at integer, scope varchar(255));
CREATE TABLE pim_api_refresh_token (id serial PRIMARY KEY, client integer, "user" integer, token varchar(255) NOT NULL UNIQUE, expires_at integer, scope varchar(255));
CREATE TABLE akg.tok (t int PRIMARY KEY, n int, at int);
INSERT INTO akg.tok
SELECT row_number() OVER (ORDER BY x.at, x.n)::int, x.n, x.at FROM (
  SELECT cn.n, extract(epoch FROM akg.at('tokt', cn.n * 1000 + j, '2024-11-01', '2024-11-29 18:00'))::int AS at
  FROM akg.cn cn CROSS JOIN LATERAL generate_series(1, CASE cn.code WHEN 'sap_erp' THEN 70 WHEN 'shopware_webshops' THEN 60 WHEN 'retail_feed_hub' THEN 30 WHEN 'linguabridge_tms' THEN 25
    WHEN 'studio_dam' THEN 20 ELSE CASE WHEN cn.typ = 'app' THEN 12 ELSE 14 END END) j) x;
INSERT INTO pim_api_access_token (client, "user", token, expires_at, scope)
SELECT cn.client, cn.uid, akg.oauth('atok', t.t), t.at + 3600,
       CASE WHEN cn.typ = 'app' THEN 'read_products write_products read_catalog_structure read_channel_localization read_channel_settings read_association_types' END
FROM akg.tok t JOIN akg.cn cn ON cn.n = t.n ORDER BY t.t;
INSERT INTO pim_api_refresh_token (client, "user", token, expires_at, scope)
SELECT cn.client, cn.uid, akg.oauth('rtok', t.t), t.at + 1209600,
       CASE WHEN cn.typ = 'app' THEN 'read_products write_products read_catalog_structure read_channel_localization read_channel_settings read_association_types' END
FROM akg.tok t JOIN akg.cn cn ON cn.n = t.n WHERE cn.typ <> 'app' ORDER BY t.t;

CREATE TABLE pim_api_auth_code (id serial PRIMARY KEY, client integer NOT NULL, "user" integer NOT NULL, token varchar(255) NOT NULL UNIQUE, redirect_uri text NOT NULL, expires_at integer, scope varchar(255));
INSERT INTO pim_api_auth_code (client, "user", token, redirect_uri, expires_at, scope)
SELECT cn.client, cn.uid, akg.oauth('acode', j * 10 + cn.n), CASE WHEN cn.label = 'FeedFlux' THEN 'https://app.feedflux.example/akeneo/oauth/callback' ELSE 'https://linguasync.linguabridge.example/akeneo/callback' END,
       extract(epoch FROM akg.at('acdt', j * 10 + cn.n, '2024-05-01', '2024-11-29'))::int + 30,
       'read_products write_products read_catalog_structure read_channel_localization read_channel_settings read_association_types openid profile email'
FROM akg.cn cn CROSS JOIN generate_series(1, 7) j WHERE cn.typ = 'app' ORDER BY 5;

CREATE TABLE akeneo_connectivity_connection (
    code varchar(100) PRIMARY KEY, label varchar(100) NOT NULL, flow_type varchar(50) NOT NULL DEFAULT 'other', client_id integer NOT NULL, user_id integer NOT NULL,
    image varchar(255), auditable boolean NOT NULL DEFAULT false, type varchar(30) NOT NULL DEFAULT 'default', webhook_url varchar(255), webhook_secret varchar(255),
    webhook_enabled boolean NOT NULL DEFAULT false, webhook_is_using_uuid boolean NOT NULL DEFAULT false
);
INSERT INTO akeneo_connectivity_connection
SELECT cn.code, cn.label, cn.flow, cn.client, cn.uid, (SELECT file_key FROM akg.fmap WHERE owner = 'logo_' || cn.code),
       cn.typ = 'default' AND cn.code NOT IN ('studio_dam', 'linguabridge_tms'), cn.typ,
       CASE cn.code WHEN 'shopware_webshops' THEN 'https://shop.bergfalke-outdoor.example/api/_action/bergfalke-akeneo/events'
                    WHEN 'retail_feed_hub' THEN 'https://feedhub.bergfalke-outdoor.example/akeneo/events'
                    WHEN 'linguabridge_tms' THEN 'https://tms.linguabridge.example/connectors/akeneo/webhook/bergfalke' END,
       CASE WHEN cn.code IN ('shopware_webshops', 'retail_feed_hub', 'linguabridge_tms') OR cn.typ = 'app' THEN fixture_gen.hexn('whsec', cn.n, 40) END,
       cn.code IN ('shopware_webshops', 'linguabridge_tms'), cn.code = 'shopware_webshops'
FROM akg.cn cn ORDER BY cn.n;

CREATE TABLE akeneo_connectivity_connected_app (
    id varchar(36) PRIMARY KEY, name varchar(255) NOT NULL, logo varchar(255), author varchar(255), partner varchar(255), categories jsonb NOT NULL, certified boolean NOT NULL DEFAULT false,
    connection_code varchar(100) NOT NULL, scopes jsonb NOT NULL, user_group_name varchar(255) NOT NULL, has_outdated_scopes boolean NOT NULL DEFAULT false, updated timestamp(0) NOT NULL,
    is_custom_app boolean NOT NULL DEFAULT false
);
INSERT INTO akeneo_connectivity_connected_app
SELECT c.marketplace_public_app_id, cn.label,
       CASE WHEN cn.label = 'FeedFlux' THEN 'https://marketplace.akeneo.example/sites/default/files/styles/extension_logo_large/public/extension-logos/feedflux_logo.png' END,
       CASE WHEN cn.label = 'FeedFlux' THEN 'FeedFlux GmbH' ELSE 'LinguaBridge Übersetzungen GmbH' END,
       CASE WHEN cn.label = 'FeedFlux' THEN 'Akeneo Partner' END,
       CASE WHEN cn.label = 'FeedFlux' THEN '["E-commerce", "Marketplaces & feeds"]'::jsonb ELSE '["Translation"]'::jsonb END, cn.label = 'FeedFlux', cn.code,
       CASE WHEN cn.label = 'FeedFlux' THEN '["read_products", "read_catalog_structure", "read_channel_localization", "read_channel_settings", "read_association_types", "read_catalogs", "write_catalogs", "delete_catalogs"]'::jsonb
            ELSE '["read_products", "write_products", "read_catalog_structure", "read_channel_localization", "openid", "profile", "email"]'::jsonb END,
       (SELECT name FROM oro_access_group WHERE id = CASE WHEN cn.label = 'FeedFlux' THEN 14 ELSE 15 END), cn.label = 'FeedFlux',
       akg.at('capu', cn.n, '2024-02-01', '2024-10-01'), cn.label <> 'FeedFlux'
FROM akg.cn cn JOIN pim_api_client c ON c.id = cn.client WHERE cn.typ = 'app';

-- Logins that paired a connection's client id with a person's own username.
CREATE TABLE akeneo_connectivity_connection_wrong_credentials_combination (connection_code varchar(100) NOT NULL, username varchar(255) NOT NULL, authentication_date timestamp(0) NOT NULL,
    PRIMARY KEY (connection_code, username));
INSERT INTO akeneo_connectivity_connection_wrong_credentials_combination
SELECT v.code, v.uname, akg.at('wcc', v.k, '2023-09-01', '2024-11-28')
FROM (VALUES (1, 'sap_erp', 'admin'), (2, 'sap_erp', 'elif.yilmaz'), (3, 'sap_erp', 'stefan.hummel'), (4, 'shopware_webshops', 'sebastian.koenig'), (5, 'shopware_webshops', 'tobias.wagner'),
  (6, 'shopware_webshops', 'elif.yilmaz'), (7, 'retail_feed_hub', 'jonas.keller'), (8, 'saigon_outdoor', 'tran.minhduc'), (9, 'saigon_outdoor', 'duc.tran@saigon-outdoor.example'),
  (10, 'saigon_outdoor', 'lan.nguyen'), (11, 'formosa_tentworks', 'wang.jiahao'), (12, 'formosa_tentworks', 'jiahao.wang'), (13, 'ave_textiles', 'ferreira.rui'), (14, 'ave_textiles', 'rferreira'),
  (15, 'carpathia_down', 'ionescu.gabriel'), (16, 'carpathia_down', 'g.ionescu'), (17, 'linguabridge_tms', 'lb.cduboismartin'), (18, 'linguabridge_tms', 'claire.dubois-martin'),
  (19, 'linguabridge_tms', 'lb.tharris'), (20, 'studio_dam', 'simon.bauer'), (21, 'studio_dam', 'sbauer'), (22, 'sap_erp', 'sap_erp'), (23, 'retail_feed_hub', 'davide.ferraro'),
  (24, 'shopware_webshops', 'patrick.obrien'), (25, 'formosa_tentworks', 'yuting.chen')) v(k, code, uname)
ORDER BY 3;

-- ---------------------------------------------------------------------------
-- Job profiles, their executions, steps and warnings, the messenger queue.

CREATE TABLE akg.ji (id int PRIMARY KEY, code text, label text, job_name text, connector text, typ text, params jsonb, nexec int, who text[]);
INSERT INTO akg.ji VALUES
  (1, 'csv_product_export', 'CSV product export', 'csv_product_export', 'Akeneo CSV Connector', 'export',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/exports/csv_product_export/products.csv"}, "delimiter": ";", "enclosure": "\"", "withHeader": true, "with_media": true, "with_label": false, "header_with_label": false, "file_locale": null, "decimalSeparator": ".", "dateFormat": "yyyy-MM-dd", "filters": {"data": [{"field": "enabled", "operator": "=", "value": true}], "structure": {"scope": "ecommerce", "locales": ["de_DE", "en_GB", "fr_FR"]}}}',
     14, ARRAY['julia.becker', 'tobias.wagner', 'elif.yilmaz']),
  (2, 'xlsx_product_import', 'XLSX product import', 'xlsx_product_import', 'Akeneo XLSX Connector', 'import',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/imports/xlsx_product_import/products.xlsx"}, "uploadAllowed": true, "withHeader": true, "realTimeVersioning": true, "enabled": true, "categoriesColumn": "categories", "familyColumn": "family", "groupsColumn": "groups", "enabledComparison": true, "convertVariantToSimple": false, "decimalSeparator": ".", "dateFormat": "yyyy-MM-dd", "invalid_items_file_format": "xlsx"}',
     16, ARRAY['julia.becker', 'maximilian.brandl', 'sophie.meier', 'felix.huber', 'nina.wolf']),
  (3, 'xlsx_supplier_onboarding_import', 'Supplier onboarding – XLSX import (sourcing team)', 'xlsx_product_model_import', 'Akeneo XLSX Connector', 'import',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/imports/supplier_onboarding/models.xlsx"}, "uploadAllowed": true, "withHeader": true, "realTimeVersioning": true, "enabledComparison": true, "decimalSeparator": ".", "dateFormat": "dd/MM/yyyy", "invalid_items_file_format": "xlsx"}',
     36, ARRAY['marta.kowalska', 'piotr.zielinski', 'lan.nguyen', 'yuting.chen']),
  (4, 'feed_alpenstore', 'Alpenstore – daily product feed (SFTP)', 'csv_product_export', 'Akeneo CSV Connector', 'export',
     '{"storage": {"type": "sftp", "file_path": "/incoming/bergfalke/bergfalke_products_%datetime%.csv", "host": "sftp.alpenstore.example", "port": 22, "login_type": "password", "username": "bergfalke_feed", "password": "@@pw@@"}, "delimiter": ";", "enclosure": "\"", "withHeader": true, "with_media": false, "with_label": true, "header_with_label": false, "file_locale": "de_DE", "decimalSeparator": ",", "dateFormat": "dd.MM.yyyy", "filters": {"data": [{"field": "enabled", "operator": "=", "value": true}, {"field": "categories", "operator": "IN CHILDREN", "value": ["rp_alpenstore"]}, {"field": "completeness", "operator": ">=", "value": 100, "context": {"locales": ["de_DE"]}}], "structure": {"scope": "retail", "locales": ["de_DE"]}}}',
     30, ARRAY['admin']),
  (5, 'feed_gipfelshop', 'Gipfelshop – product feed (SFTP)', 'xlsx_product_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "sftp", "file_path": "/upload/lieferanten/bergfalke.xlsx", "host": "ftp.gipfelshop.example", "port": 2222, "login_type": "password", "username": "bergfalke", "password": "@@pw@@"}, "withHeader": true, "with_media": true, "with_label": true, "header_with_label": true, "file_locale": "de_DE", "linesPerFile": 10000, "filters": {"data": [{"field": "categories", "operator": "IN CHILDREN", "value": ["rp_gipfelshop"]}], "structure": {"scope": "retail", "locales": ["de_DE", "en_GB"]}}}',
     30, ARRAY['admin']),
  (6, 'feed_sport_kessler', 'Sport Kessler – Excel-Liste', 'xlsx_product_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/exports/sport_kessler/bergfalke_%datetime%.xlsx"}, "withHeader": true, "with_media": false, "with_label": true, "header_with_label": true, "file_locale": "de_DE", "linesPerFile": 10000, "filters": {"data": [{"field": "categories", "operator": "IN CHILDREN", "value": ["rp_sport_kessler"]}], "structure": {"scope": "retail", "locales": ["de_DE"]}}}',
     8, ARRAY['davide.ferraro', 'sabine.fuchs', 'jonas.keller']),
  (7, 'feed_modeplatz', 'Modeplatz marketplace feed (SFTP)', 'csv_product_export', 'Akeneo CSV Connector', 'export',
     '{"storage": {"type": "sftp", "file_path": "/feeds/in/3318/catalog.csv", "host": "partner-sftp.modeplatz.example", "port": 22, "login_type": "password", "username": "partner3318", "password": "@@pw@@"}, "delimiter": "|", "enclosure": "\"", "withHeader": true, "with_media": false, "with_label": false, "header_with_label": false, "file_locale": null, "decimalSeparator": ".", "dateFormat": "yyyy-MM-dd", "filters": {"data": [{"field": "categories", "operator": "IN CHILDREN", "value": ["rp_modeplatz"]}], "structure": {"scope": "retail", "locales": ["de_DE", "en_GB"]}}}',
     30, ARRAY['admin']),
  (8, 'print_catalogue_2025', 'Printkatalog 2025 – Export für die Agentur', 'xlsx_product_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/exports/print/katalog_2025.xlsx"}, "withHeader": true, "with_media": true, "with_label": true, "header_with_label": true, "file_locale": "de_DE", "linesPerFile": 10000, "filters": {"data": [{"field": "categories", "operator": "IN CHILDREN", "value": ["pc_2025"]}], "structure": {"scope": "print", "locales": ["de_DE", "en_GB"]}}}',
     6, ARRAY['lena.hofmann', 'franziska.lang']),
  (9, 'translation_export_fr', 'Translation export FR → LinguaBridge (SFTP)', 'xlsx_product_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "sftp", "file_path": "/bergfalke/to_translate/fr_FR_%datetime%.xlsx", "host": "sftp.linguabridge.example", "port": 22, "login_type": "password", "username": "bergfalke_pim", "password": "@@pw@@"}, "withHeader": true, "with_media": false, "with_label": false, "header_with_label": false, "file_locale": null, "linesPerFile": 10000, "filters": {"data": [{"field": "completeness", "operator": "<", "value": 100, "context": {"locales": ["fr_FR"]}}], "structure": {"scope": "ecommerce", "locales": ["de_DE", "fr_FR"], "attributes": ["name", "description", "short_description", "marketing_claim", "care_instructions", "color_name"]}}}',
     10, ARRAY['julia.becker', 'lb.cduboismartin']),
  (10, 'translation_import_fr', 'Translation import FR', 'xlsx_product_import', 'Akeneo XLSX Connector', 'import',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/imports/translations/fr_FR.xlsx"}, "uploadAllowed": true, "withHeader": true, "realTimeVersioning": true, "enabled": true, "enabledComparison": true, "decimalSeparator": ".", "dateFormat": "yyyy-MM-dd", "invalid_items_file_format": "xlsx"}',
     10, ARRAY['lb.cduboismartin', 'lb.lfontaine', 'elodie.marchand.fr']),
  (11, 'translation_export_it', 'Translation export IT → LinguaBridge (SFTP)', 'xlsx_product_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "sftp", "file_path": "/bergfalke/to_translate/it_IT_%datetime%.xlsx", "host": "sftp.linguabridge.example", "port": 22, "login_type": "password", "username": "bergfalke_pim", "password": "@@pw@@"}, "withHeader": true, "with_media": false, "file_locale": null, "filters": {"data": [{"field": "completeness", "operator": "<", "value": 100, "context": {"locales": ["it_IT"]}}], "structure": {"scope": "ecommerce", "locales": ["de_DE", "it_IT"]}}}',
     8, ARRAY['giulia.conti', 'lb.cduboismartin']),
  (12, 'translation_import_it', 'Translation import IT', 'xlsx_product_import', 'Akeneo XLSX Connector', 'import',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/imports/translations/it_IT.xlsx"}, "uploadAllowed": true, "withHeader": true, "realTimeVersioning": true, "enabled": true, "enabledComparison": true, "invalid_items_file_format": "xlsx"}',
     8, ARRAY['lb.aricci', 'lb.cesposito']),
  (13, 'translation_export_nl', 'Translation export NL → LinguaBridge (SFTP)', 'xlsx_product_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "sftp", "file_path": "/bergfalke/to_translate/nl_NL_%datetime%.xlsx", "host": "sftp.linguabridge.example", "port": 22, "login_type": "password", "username": "bergfalke_pim", "password": "@@pw@@"}, "withHeader": true, "with_media": false, "file_locale": null, "filters": {"data": [{"field": "completeness", "operator": "<", "value": 100, "context": {"locales": ["nl_NL"]}}], "structure": {"scope": "ecommerce", "locales": ["de_DE", "nl_NL"]}}}',
     6, ARRAY['daan.visser', 'lb.cduboismartin']),
  (14, 'translation_import_nl', 'Translation import NL', 'xlsx_product_import', 'Akeneo XLSX Connector', 'import',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/imports/translations/nl_NL.xlsx"}, "uploadAllowed": true, "withHeader": true, "realTimeVersioning": true, "enabled": true, "enabledComparison": true, "invalid_items_file_format": "xlsx"}',
     6, ARRAY['lb.fdejong', 'lb.bjansen']),
  (15, 'csv_user_import', 'Import translator accounts', 'csv_user_import', 'Akeneo CSV Connector', 'import',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/imports/users/linguabridge_users.csv"}, "uploadAllowed": true, "delimiter": ";", "enclosure": "\"", "escape": "\\", "withHeader": true, "realTimeVersioning": true, "invalid_items_file_format": "csv"}',
     4, ARRAY['admin', 'elif.yilmaz']),
  (16, 'xlsx_user_export', 'Export users (yearly access review)', 'xlsx_user_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/exports/users/users_%datetime%.xlsx"}, "withHeader": true, "linesPerFile": 10000}',
     2, ARRAY['elif.yilmaz']),
  (17, 'csv_attribute_option_import', 'Attribute options import', 'csv_attribute_option_import', 'Akeneo CSV Connector', 'import',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/imports/attribute_options.csv"}, "uploadAllowed": true, "delimiter": ";", "enclosure": "\"", "escape": "\\", "withHeader": true, "invalid_items_file_format": "csv"}',
     5, ARRAY['elif.yilmaz', 'sophie.meier']),
  (18, 'xlsx_category_export', 'Category export', 'xlsx_category_export', 'Akeneo XLSX Connector', 'export',
     '{"storage": {"type": "local", "file_path": "/srv/pim/var/exports/categories.xlsx"}, "withHeader": true, "linesPerFile": 10000}', 3, ARRAY['tobias.wagner']),
  (19, 'update_product_value', 'Mass update products', 'update_product_value', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 40,
     ARRAY['julia.becker', 'lena.hofmann', 'anna.schmid', 'katharina.gruber', 'lukas.steiner', 'camille.roux', 'daan.visser', 'patrick.obrien']),
  (20, 'add_product_value', 'Mass add products values', 'add_product_value', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 25, ARRAY['sophie.meier', 'maximilian.brandl', 'nina.wolf', 'markus.brunner']),
  (21, 'edit_common_attributes', 'Mass edit product attributes', 'edit_common_attributes', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 45,
     ARRAY['julia.becker', 'lena.hofmann', 'marie.lefebvre', 'giulia.conti', 'hannah.clarke', 'franziska.lang', 'sophie.meier']),
  (22, 'add_to_category', 'Mass add product to categories', 'add_to_category', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 30, ARRAY['tobias.wagner', 'sebastian.koenig', 'katharina.gruber', 'davide.ferraro']),
  (23, 'move_to_category', 'Mass move to categories', 'move_to_category', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 10, ARRAY['tobias.wagner', 'sebastian.koenig']),
  (24, 'add_association', 'Mass associate products', 'add_association', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 8, ARRAY['tobias.wagner', 'patrick.obrien']),
  (25, 'delete_products_and_product_models', 'Mass delete products', 'delete_products_and_product_models', 'Akeneo Mass Delete Connector', 'mass_delete', '[]', 6, ARRAY['julia.becker', 'elif.yilmaz']),
  (26, 'csv_product_quick_export', 'CSV product quick export', 'csv_product_quick_export', 'Akeneo CSV Connector', 'quick_export', '{"delimiter": ";", "enclosure": "\"", "withHeader": true, "filePath": "/tmp/php/export_%job_label%_%datetime%.csv"}', 25,
     ARRAY['marta.kowalska', 'tobias.wagner', 'davide.ferraro', 'sabine.fuchs', 'jonas.keller', 'lan.nguyen']),
  (27, 'xlsx_product_quick_export', 'XLSX product quick export', 'xlsx_product_quick_export', 'Akeneo XLSX Connector', 'quick_export', '{"withHeader": true, "linesPerFile": 10000, "filePath": "/tmp/php/export_%job_label%_%datetime%.xlsx"}', 40,
     ARRAY['julia.becker', 'marta.kowalska', 'sophie.meier', 'maximilian.brandl', 'davide.ferraro', 'sabine.fuchs', 'lb.cduboismartin', 'yuting.chen']),
  (28, 'compute_product_models_descendants', 'Compute product models descendants', 'compute_product_models_descendants', 'internal', 'compute_product_models_descendants', '[]', 90,
     ARRAY['julia.becker', 'sophie.meier', 'maximilian.brandl', 'lena.hofmann', 'tran.minhduc', 'ferreira.rui']),
  (29, 'compute_completeness_of_products_family', 'Compute completeness of products family', 'compute_completeness_of_products_family', 'internal', 'compute_completeness_of_products_family', '[]', 12, ARRAY['elif.yilmaz', 'sophie.meier']),
  (30, 'compute_family_variant_structure_changes', 'Compute variant structure changes', 'compute_family_variant_structure_changes', 'internal', 'compute_family_variant_structure_changes', '[]', 4, ARRAY['elif.yilmaz']),
  (31, 'remove_completeness_for_channel_and_locale', 'Remove completeness for channel and locale', 'remove_completeness_for_channel_and_locale', 'internal', 'remove_completeness_for_channel_and_locale', '[]', 1, ARRAY['admin']),
  (32, 'set_attribute_requirements', 'Set family attribute requirements', 'set_attribute_requirements', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 5, ARRAY['sophie.meier', 'elif.yilmaz']),
  (33, 'change_parent_product', 'Change parent product model', 'change_parent_product', 'Akeneo Mass Edit Connector', 'mass_edit', '[]', 4, ARRAY['maximilian.brandl']),
  (34, 'xlsx_family_export', 'Family export', 'xlsx_family_export', 'Akeneo XLSX Connector', 'export', '{"storage": {"type": "local", "file_path": "/srv/pim/var/exports/families.xlsx"}, "withHeader": true, "linesPerFile": 10000}', 2, ARRAY['elif.yilmaz']);

-- The parameters as Akeneo keeps them: SFTP passwords filled in, the users to notify added.
CREATE TABLE akg.jp (id int PRIMARY KEY, params jsonb);
INSERT INTO akg.jp
SELECT j.id, CASE WHEN j.typ NOT IN ('import', 'export') THEN j.params ELSE CASE WHEN j.params #>> '{storage,password}' = '@@pw@@' THEN jsonb_set(j.params, '{storage,password}', to_jsonb(akg.rnd('sftppw', CASE WHEN j.code LIKE 'translation%' THEN 9 ELSE j.id END, 20)))
                  ELSE j.params END
       || CASE WHEN j.typ IN ('import', 'export') THEN jsonb_build_object('users_to_notify', CASE WHEN j.code LIKE 'feed%' THEN '["davide.ferraro", "sabine.fuchs"]'::jsonb WHEN j.code LIKE 'translation%' THEN '["julia.becker", "lb.cduboismartin"]'::jsonb
              WHEN j.code = 'xlsx_supplier_onboarding_import' THEN '["marta.kowalska"]'::jsonb ELSE '[]'::jsonb END, 'is_user_authenticated', false) ELSE '{}'::jsonb END END
FROM akg.ji j;

CREATE TABLE akeneo_batch_job_instance (
    id serial PRIMARY KEY, code varchar(100) NOT NULL UNIQUE, label varchar(255), job_name varchar(50) NOT NULL, status integer NOT NULL, connector varchar(255) NOT NULL,
    raw_parameters text NOT NULL, type varchar(255) NOT NULL, scheduled boolean NOT NULL DEFAULT false, automation jsonb
);
INSERT INTO akeneo_batch_job_instance (id, code, label, job_name, status, connector, raw_parameters, type, scheduled, automation)
SELECT j.id, j.code, j.label, j.job_name, 0, j.connector, akg.php(p.params), j.typ, false, NULL
FROM akg.ji j JOIN akg.jp p ON p.id = j.id ORDER BY j.id;

-- Executions: feeds run from cron at night as admin, the rest launched by people.
CREATE TABLE akg.je (id int PRIMARY KEY, ji int, who text, st timestamp, status int, secs int, nread int, nskip int);
INSERT INTO akg.je
SELECT row_number() OVER (ORDER BY x.st, x.ji, x.j)::int, x.ji, x.who, x.st,
       CASE WHEN x.ji IN (4, 5, 7) AND fixture_gen.n('jefail', x.ji * 100 + x.j, 15) = 0 THEN 6 WHEN fixture_gen.n('jefail', x.ji * 100 + x.j, 60) = 0 THEN 6
            WHEN x.st > timestamp '2024-11-29 17:50' THEN 3 ELSE 1 END,
       CASE WHEN x.typ IN ('import', 'export') THEN 20 + fixture_gen.n('jesec', x.ji * 100 + x.j, 600) ELSE 2 + fixture_gen.n('jesec', x.ji * 100 + x.j, 90) END,
       CASE WHEN x.typ = 'import' AND x.ji = 15 THEN 4 + fixture_gen.n('jer', x.ji * 100 + x.j, 9) WHEN x.typ IN ('import', 'export') THEN 20 + fixture_gen.n('jer', x.ji * 100 + x.j, 560)
            ELSE 1 + fixture_gen.n('jer', x.ji * 100 + x.j, 120) END,
       CASE WHEN x.ji = 15 THEN 2 + fixture_gen.n('jesk', x.ji * 100 + x.j, 3) WHEN x.typ = 'import' THEN fixture_gen.n('jesk', x.ji * 100 + x.j, 8) / 3 ELSE 0 END
FROM (SELECT j.id AS ji, j.typ, g AS j, fixture_gen.pick(j.who, 'jewho', j.id * 100 + g) AS who,
             CASE WHEN j.code LIKE 'feed\_%' AND j.code <> 'feed_sport_kessler' THEN timestamp '2024-10-30 03:00:00' + make_interval(days => g, mins => j.id * 5, secs => fixture_gen.n('jecron', j.id * 100 + g, 40))
                  ELSE akg.at('jest', j.id * 100 + g, '2024-05-01', '2024-11-29 18:00') END AS st
      FROM akg.ji j CROSS JOIN LATERAL generate_series(1, j.nexec) g) x;

CREATE TABLE akeneo_batch_job_execution (
    id serial PRIMARY KEY, job_instance_id integer NOT NULL, pid integer, "user" varchar(255), status integer NOT NULL, start_time timestamp(0), end_time timestamp(0),
    create_time timestamp(0), updated_time timestamp(0), health_check_time timestamp(0), exit_code varchar(255), exit_description text, failure_exceptions text,
    log_file varchar(255), raw_parameters jsonb NOT NULL, is_stoppable boolean DEFAULT false, step_count integer DEFAULT 1, is_visible boolean DEFAULT true
);
INSERT INTO akeneo_batch_job_execution
SELECT e.id, e.ji, 1000 + fixture_gen.n('jepid', e.id, 60000), e.who, e.status, e.st + interval '2 seconds',
       CASE WHEN e.status = 3 THEN NULL ELSE e.st + make_interval(secs => e.secs) END, e.st, e.st + make_interval(secs => CASE WHEN e.status = 3 THEN 30 ELSE e.secs END),
       e.st + make_interval(secs => CASE WHEN e.status = 3 THEN 30 ELSE e.secs END),
       CASE e.status WHEN 1 THEN 'COMPLETED' WHEN 6 THEN 'FAILED' ELSE 'UNKNOWN' END,
       CASE WHEN e.status = 6 THEN CASE WHEN j.code LIKE 'feed%' THEN 'Unable to write the file to the remote storage: ' || (p.params #>> '{storage,host}') || ':' || (p.params #>> '{storage,port}') || ' (Connection timed out)'
                                        WHEN j.typ = 'import' THEN 'The file "' || (p.params #>> '{storage,file_path}') || '" could not be read. The file is either corrupted or does not match the expected format.'
                                        ELSE 'An error occurred while processing the job, see the log file.' END ELSE '' END,
       akg.php(CASE WHEN e.status = 6 THEN jsonb_build_array(jsonb_build_object('class', CASE WHEN j.code LIKE 'feed%' THEN 'League\Flysystem\UnableToWriteFile' WHEN j.typ = 'import' THEN 'Akeneo\Tool\Component\Connector\Exception\InvalidFileException' ELSE 'RuntimeException' END,
          'message', 'Job execution failed', 'messageParameters', '[]'::jsonb, 'code', 0,
          'trace', '#0 /srv/pim/vendor/akeneo/pim-community-dev/src/Akeneo/Tool/Component/Batch/Step/AbstractStep.php(125): Akeneo\Tool\Component\Batch\Step\ItemStep->doExecute()' || E'\n' || '#1 {main}'))
          ELSE '[]'::jsonb END),
       '/srv/pim/var/logs/batch/' || e.id || '/' || j.code || '_' || to_char(e.st, 'YYYY_MM_DD_HH24_MI_SS') || '.log',
       CASE WHEN j.typ IN ('import', 'export') THEN p.params
            WHEN j.typ = 'quick_export' THEN p.params || jsonb_build_object('filters', jsonb_build_array(jsonb_build_object('field', 'id', 'operator', 'IN', 'value', jsonb_build_array('product_' || fixture_gen.uuid('product', 1 + e.id % 560), 'product_model_' || (1 + e.id % 60)))),
                 'selected_properties', NULL, 'with_media', true, 'with_label', e.id % 2 = 0, 'header_with_label', false, 'file_locale', 'de_DE', 'user_to_notify', e.who, 'is_user_authenticated', true)
            WHEN j.typ IN ('mass_edit', 'mass_delete') THEN jsonb_build_object('filters', jsonb_build_array(jsonb_build_object('field', 'id', 'operator', 'IN', 'value', jsonb_build_array('product_model_' || (1 + e.id % 68))),
                 jsonb_build_object('field', 'family', 'operator', 'IN', 'value', jsonb_build_array((SELECT code FROM akg.fam WHERE id = 1 + e.id % 13)))),
                 'actions', CASE j.code WHEN 'add_to_category' THEN jsonb_build_array(jsonb_build_object('field', 'categories', 'value', jsonb_build_array((SELECT code FROM akg.cat WHERE n = 29 + e.id % 19))))
                   WHEN 'edit_common_attributes' THEN jsonb_build_array(jsonb_build_object('normalized_values', jsonb_build_object('season', jsonb_build_array(jsonb_build_object('data', 'aw25', 'scope', NULL, 'locale', NULL))), 'ui_locale', 'de_DE', 'attribute_locale', 'de_DE', 'attribute_channel', NULL))
                   ELSE jsonb_build_array(jsonb_build_object('field', 'enabled', 'value', e.id % 3 <> 0)) END,
                 'realTimeVersioning', true, 'user_to_notify', e.who, 'is_user_authenticated', true)
            ELSE jsonb_build_object('product_model_codes', jsonb_build_array((SELECT code FROM akg.m WHERE k = 1 + e.id % 68))) END,
       j.typ IN ('import', 'export', 'mass_edit'), CASE WHEN j.typ = 'import' THEN 2 ELSE 1 END, j.typ NOT LIKE 'compute%' AND j.code NOT LIKE 'remove%'
FROM akg.je e JOIN akg.ji j ON j.id = e.ji JOIN akg.jp p ON p.id = e.ji ORDER BY e.id;

CREATE TABLE akeneo_batch_step_execution (
    id serial PRIMARY KEY, job_execution_id integer, step_name varchar(100), status integer NOT NULL, read_count integer NOT NULL, write_count integer NOT NULL,
    filter_count integer NOT NULL, start_time timestamp(0), end_time timestamp(0), exit_code varchar(255), exit_description text, terminate_only boolean,
    failure_exceptions text, errors text NOT NULL, summary text NOT NULL, tracking_data jsonb NOT NULL, is_trackable boolean NOT NULL DEFAULT false, warning_count integer NOT NULL DEFAULT 0
);
INSERT INTO akeneo_batch_step_execution (job_execution_id, step_name, status, read_count, write_count, filter_count, start_time, end_time, exit_code, exit_description, terminate_only,
  failure_exceptions, errors, summary, tracking_data, is_trackable, warning_count)
SELECT e.id, s.step, CASE WHEN e.status = 6 AND s.n = 1 THEN 6 WHEN e.status = 3 AND s.n = s.last THEN 3 ELSE 1 END,
       CASE WHEN s.n = 1 THEN e.nread ELSE e.nread - e.nskip END, CASE WHEN e.status = 6 THEN 0 WHEN s.n = 1 AND j.typ = 'import' THEN 0 ELSE e.nread - e.nskip END,
       CASE WHEN s.n = s.last THEN e.nskip ELSE 0 END,
       e.st + make_interval(secs => 2 + (s.n - 1) * e.secs / s.last), CASE WHEN e.status = 3 AND s.n = s.last THEN NULL ELSE e.st + make_interval(secs => s.n * e.secs / s.last) END,
       CASE WHEN e.status = 6 AND s.n = 1 THEN 'FAILED' WHEN e.status = 3 AND s.n = s.last THEN 'EXECUTING' ELSE 'COMPLETED' END, '', false,
       akg.php('[]'), akg.php('[]'),
       akg.php(CASE WHEN j.typ = 'import' AND s.n = s.last THEN jsonb_build_object('item_position', e.nread, 'create', (e.nread - e.nskip) / 3, 'process', e.nread - e.nskip - (e.nread - e.nskip) / 3, 'skip', e.nskip)
                    WHEN j.typ = 'import' THEN jsonb_build_object('charset', 'UTF-8 OK')
                    WHEN j.typ IN ('export', 'quick_export') THEN jsonb_build_object('read', e.nread, 'write', e.nread)
                    ELSE jsonb_build_object('processed_products', e.nread, 'processed_product_models', e.nread / 5) END),
       jsonb_build_object('processedItems', e.nread, 'totalItems', e.nread), j.typ IN ('import', 'export', 'mass_edit'), CASE WHEN s.n = s.last THEN e.nskip ELSE 0 END
FROM akg.je e JOIN akg.ji j ON j.id = e.ji
CROSS JOIN LATERAL (SELECT n, step, count(*) OVER () AS last FROM unnest(CASE WHEN j.typ = 'import' THEN ARRAY['charset_validation', 'import'] WHEN j.typ IN ('export', 'quick_export') THEN ARRAY['export']
    WHEN j.typ = 'mass_delete' THEN ARRAY['delete_products_and_product_models'] WHEN j.typ = 'mass_edit' THEN ARRAY['perform']
    ELSE ARRAY[j.code] END) WITH ORDINALITY u(step, n)) s
ORDER BY e.id, s.n;

-- Warnings: rows an import skipped, kept with the row itself.
CREATE TABLE akeneo_batch_warning (id serial PRIMARY KEY, step_execution_id integer, reason text, reason_parameters text NOT NULL, item text NOT NULL);
CREATE TABLE akg.trans (k int PRIMARY KEY, first text, last text, cc text);
INSERT INTO akg.trans VALUES (1, 'Mathilde', 'Lambert', 'fr'), (2, 'Lorenzo', 'Galli', 'it'), (3, 'Sanne', 'Bakker', 'nl'), (4, 'Hugo', 'Girard', 'fr'), (5, 'Federica', 'Moretti', 'it'),
  (6, 'Joost', 'van Leeuwen', 'nl'), (7, 'Océane', 'Perrin', 'fr'), (8, 'Ilaria', 'Marchetti', 'it'), (9, 'Pieter', 'Smit', 'nl'), (10, 'Louise', 'Fontaine', 'fr'), (11, 'Tom', 'Harris', 'gb');
INSERT INTO akeneo_batch_warning (step_execution_id, reason, reason_parameters, item)
SELECT s.id, w.reason, akg.php(w.params), akg.php(w.item)
FROM akeneo_batch_step_execution s JOIN akg.je e ON e.id = s.job_execution_id JOIN akg.ji j ON j.id = e.ji
CROSS JOIN LATERAL generate_series(1, s.warning_count) g
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('wprod', s.id * 10 + g, 560) AS pi, 1 + fixture_gen.n('wtr', s.id * 10 + g, 11) AS tk) r
CROSS JOIN LATERAL (SELECT p.identifier AS sku FROM pim_catalog_product p WHERE p.uuid = fixture_gen.uuid('product', r.pi)::uuid) pr
CROSS JOIN LATERAL (SELECT t.* FROM akg.trans t WHERE t.k = r.tk) t
CROSS JOIN LATERAL (SELECT CASE
    WHEN j.id = 15 AND g % 2 = 1 THEN 'The username "%username%" is already used.'
    WHEN j.id = 15 THEN 'email: This value is not a valid email address.'
    WHEN j.id IN (10, 12, 14) AND g % 2 = 1 THEN 'The name attribute requires a value of 255 characters or less.'
    WHEN j.id IN (10, 12, 14) THEN 'No product with the identifier "%identifier%" exists.'
    WHEN j.id = 3 THEN 'Property "supplier" expects a valid reference data code. The code "%invalid_value%" does not exist.'
    WHEN j.id = 17 THEN 'attribute: The attribute "%attribute%" is not a select attribute.'
    ELSE 'The ean attribute must be unique, the value "%value%" is already set on another product.' END AS reason,
  CASE WHEN j.id = 15 AND g % 2 = 1 THEN jsonb_build_object('%username%', 'lb.' || substr(akg.fold(t.first), 1, 1) || akg.fold(t.last))
       WHEN j.id = 15 THEN '[]'::jsonb
       WHEN j.id IN (10, 12, 14) AND g % 2 = 0 THEN jsonb_build_object('%identifier%', replace(pr.sku, 'BF-', 'BF '))
       WHEN j.id = 3 THEN jsonb_build_object('%invalid_value%', 'saigon-outdoor')
       WHEN j.id = 17 THEN jsonb_build_object('%attribute%', 'country_of_origin')
       WHEN j.id IN (10, 12, 14) THEN '[]'::jsonb
       ELSE jsonb_build_object('%value%', akg.ean13('4260738' || lpad((10000 + r.pi)::text, 5, '0'))) END AS params,
  CASE WHEN j.id = 15 THEN jsonb_build_object('username', 'lb.' || substr(akg.fold(t.first), 1, 1) || akg.fold(t.last),
         'email', CASE WHEN g % 2 = 0 THEN substr(akg.fold(t.first), 1, 1) || '.' || akg.fold(t.last) || '@linguabridge' ELSE substr(akg.fold(t.first), 1, 1) || '.' || akg.fold(t.last) || '@linguabridge.example' END,
         'first_name', t.first, 'last_name', t.last, 'phone', CASE WHEN t.k % 3 = 0 THEN '+49 30 2084 66' || (10 + t.k)::text ELSE '' END,
         'catalog_default_locale', CASE t.cc WHEN 'fr' THEN 'fr_FR' WHEN 'it' THEN 'it_IT' WHEN 'nl' THEN 'nl_NL' ELSE 'en_GB' END, 'user_default_locale', 'en_US',
         'catalog_default_scope', 'ecommerce', 'default_category_tree', 'master', 'roles', 'ROLE_TRANSLATOR', 'groups', 'LinguaBridge agency', 'enabled', '1',
         'timezone', CASE t.cc WHEN 'fr' THEN 'Europe/Paris' WHEN 'it' THEN 'Europe/Rome' WHEN 'nl' THEN 'Europe/Amsterdam' ELSE 'Europe/London' END)
       WHEN j.id IN (10, 12, 14) THEN jsonb_build_object('sku', CASE WHEN g % 2 = 0 THEN replace(pr.sku, 'BF-', 'BF ') ELSE pr.sku END,
         'name-' || CASE j.id WHEN 10 THEN 'fr_FR' WHEN 12 THEN 'it_IT' ELSE 'nl_NL' END, CASE j.id WHEN 10 THEN 'Veste imperméable respirante trois couches avec capuche compatible casque, aérations sous les bras et poches poitrine accessibles avec un sac à dos et un baudrier, idéale pour l''alpinisme et les longues randonnées en montagne par tous les temps'
            WHEN 12 THEN 'Giacca impermeabile' ELSE 'Regenjas' END)
       WHEN j.id = 17 THEN jsonb_build_object('attribute', 'country_of_origin', 'code', 'vn', 'label-de_DE', 'Vietnam', 'sort_order', '1')
       ELSE jsonb_build_object('sku', pr.sku, 'family', (SELECT code FROM akg.fam WHERE id = 1 + r.pi % 13), 'ean', akg.ean13('4260738' || lpad((10000 + r.pi)::text, 5, '0')),
         'supplier', CASE WHEN j.id = 3 THEN 'saigon-outdoor' ELSE 'saigon_outdoor' END, 'supplier_reference', 'SAI-' || fixture_gen.digits('wsr', r.pi, 5), 'weight', (200 + r.pi)::text, 'weight-unit', 'GRAM') END AS item) w
ORDER BY s.id, g;

-- The Doctrine messenger transport: job launches waiting or in flight, and
-- a few that failed to be consumed; options carry the e-mails to notify.
CREATE TABLE messenger_messages (
    id bigserial PRIMARY KEY, body text NOT NULL, headers text NOT NULL, queue_name varchar(190) NOT NULL, created_at timestamp(0) NOT NULL,
    available_at timestamp(0) NOT NULL, delivered_at timestamp(0)
);
INSERT INTO messenger_messages (body, headers, queue_name, created_at, available_at, delivered_at)
SELECT jsonb_build_object('id', fixture_gen.uuid('msg', e.id), 'job_execution_id', e.id, 'create_time', to_char(e.st, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'), 'updated_time', NULL,
         'options', jsonb_strip_nulls(jsonb_build_object('env', 'prod', 'email', CASE WHEN e.id % 3 <> 0 AND u.email IS NOT NULL THEN jsonb_build_array(u.email) END,
           'send_email', e.id % 3 <> 0 AND u.email IS NOT NULL)))::text,
       jsonb_build_object('type', CASE WHEN j.typ IN ('import', 'export') THEN 'Akeneo\Tool\Component\BatchQueue\Queue\ImportExportJobExecutionMessage'
                                      WHEN j.typ LIKE 'compute%' OR j.typ LIKE 'remove%' THEN 'Akeneo\Tool\Component\BatchQueue\Queue\DataMaintenanceJobExecutionMessage'
                                      ELSE 'Akeneo\Tool\Component\BatchQueue\Queue\UiJobExecutionMessage' END,
         'X-Message-Stamp-Symfony\Component\Messenger\Stamp\BusNameStamp', '[{"busName":"messenger.bus.default"}]', 'Content-Type', 'application/json')::text,
       CASE WHEN e.status = 6 THEN 'failed' WHEN j.typ IN ('import', 'export') THEN 'import_export_job' WHEN j.typ LIKE 'compute%' THEN 'data_maintenance_job' ELSE 'ui_job' END,
       e.st - interval '1 second', e.st - interval '1 second', CASE WHEN e.status IN (3, 6) THEN e.st END
FROM akg.je e JOIN akg.ji j ON j.id = e.ji LEFT JOIN oro_user u ON u.username = e.who AND u.user_type = 'user'
WHERE e.st > timestamp '2024-11-27 00:00' OR e.status = 6 ORDER BY e.st;
UPDATE messenger_messages SET delivered_at = NULL WHERE queue_name <> 'failed' AND id % 2 = 0;

-- ---------------------------------------------------------------------------
-- Comments, notifications, versions, grid views, catalogs for apps,
-- identifier generators.

CREATE TABLE pim_comment_comment (
    id serial PRIMARY KEY, parent_id integer, author_id integer, resource_name varchar(255) NOT NULL, resource_id varchar(24), resource_uuid uuid,
    body text NOT NULL, created_at timestamp(0) NOT NULL, replied_at timestamp(0) NOT NULL
);
CREATE TABLE akg.cb (n int PRIMARY KEY, body text, who int[]);
INSERT INTO akg.cb VALUES
  (1, 'Colour name FR still missing, @lb.cduboismartin can you add it to the next batch?', ARRAY[2, 4, 9]),
  (2, 'Weight on the sample was 1.240 kg, not 1.180 – updated after QC.', ARRAY[5, 6, 10, 27]),
  (3, 'Supplier confirmed the new zipper (AquaGuard). Photos follow next week.', ARRAY[16, 17, 18, 19]),
  (4, 'Please check the EAN, Alpenstore rejected the feed because of a duplicate.', ARRAY[14, 21, 20]),
  (5, 'Talked to Ms Trang at Saigon Outdoor, she says the 3L fabric is bluesign certified since March. Certificate is in the shared drive.', ARRAY[18, 16]),
  (6, 'Description DE is too long for Modeplatz (max 2000 chars). Shortened.', ARRAY[3, 26, 7]),
  (7, '@julia.becker the claim was changed by marketing, do we need a new translation for IT and NL?', ARRAY[13, 15, 31]),
  (8, 'Photo shoot on 14 March with Simon, new colourways only.', ARRAY[4, 9, 25]),
  (9, 'Rui Ferreira (Têxteis do Ave) called: lead time for the softshell is now 75 days. His mobile is +351 912 447 093 if we need to escalate.', ARRAY[16, 17]),
  (10, 'Fill power tested at 780 cuin by the lab, do we keep 800 in the copy? Ask Markus.', ARRAY[6, 10]),
  (11, 'Customer service reports the sleeves run short in size M. Sizing note added.', ARRAY[3, 12, 28]),
  (12, 'Retail price for CH is missing.', ARRAY[20, 21]),
  (13, 'Kessler wants the old article numbers in the feed, see the mail from Herr Kessler (m.kessler@sport-kessler.example).', ARRAY[21, 14]),
  (14, 'Approved for the 2025 catalogue.', ARRAY[2, 22]),
  (15, 'Care instructions copied from the Gipfelgrat jacket, please double-check the wording.', ARRAY[4, 29]),
  (16, 'Translation done, please review. – Louise', ARRAY[35]),
  (17, 'The hydrostatic head of the floor changed with the new batch (10 000 mm). Updated.', ARRAY[5, 19]),
  (18, 'Colour "Moss green" looks brown in the new photos, reshoot requested.', ARRAY[3, 9, 30]),
  (19, 'Please don''t enable this one before the launch on 1 Feb, embargo.', ARRAY[2, 22]),
  (20, 'Sample arrived in Kempten, passed the rain tower test.', ARRAY[5, 6, 22]),
  (21, 'Contact at Formosa for the pole drawings is Jia-Hao Wang, jiahao.wang@formosa-tentworks.example, +886 4 2359 0188.', ARRAY[19, 16]),
  (22, 'Kids sizes 116 and 128 are out of stock until May.', ARRAY[3, 7]),
  (23, 'Modeplatz needs the material composition per component (shell/lining).', ARRAY[14, 26]),
  (24, 'Dangerous goods flag set after the carrier rejected a parcel – the cartridge is in the bundle.', ARRAY[3, 23]),
  (25, 'Merci pour la relecture ! J''ai corrigé « imperméable-respirant ».', ARRAY[35, 39, 11]),
  (26, 'Grazie, traduzione aggiornata.', ARRAY[32, 37, 13]),
  (27, 'Dank je, de NL tekst is aangepast.', ARRAY[33, 38, 15]),
  (28, '@marta.kowalska the supplier reference differs from the PO (SAI-40127 vs SAI-40172). Which one is right?', ARRAY[6, 10]),
  (29, 'The right one is SAI-40172, typo in the PO. Fixed.', ARRAY[16]),
  (30, 'Recycled content is 100 % for the shell only, not the lining – copy adjusted.', ARRAY[4, 9]),
  (31, 'Ambassador quote pending, Lena is on it.', ARRAY[2, 25]),
  (32, 'Lan checked in the factory today: production starts in week 12.', ARRAY[16, 17]),
  (33, 'Does the "helmet compatible" hood claim need the EN 12492 reference? Legal says no.', ARRAY[2, 22]),
  (34, 'Webshop showed the wrong size chart, replaced the PDF.', ARRAY[7, 8, 12]),
  (35, 'Warranty changed to 5 years for all tents from SS25.', ARRAY[5, 2]),
  (36, 'Please call me before changing the price: 0831 96048-214 (Julia).', ARRAY[2]),
  (37, 'Old EAN reused by mistake, new one requested from GS1.', ARRAY[23, 21]),
  (38, 'Photos are from the pre-series, the final ones come from the studio.', ARRAY[30, 9]),
  (39, 'OK for me.', ARRAY[2, 5, 6, 22, 27]),
  (40, 'Done.', ARRAY[4, 7, 8, 15, 28, 35]),
  (41, 'Mr Tran asked us to use his private number on weekends during the Tết closing: +84 90 318 7715.', ARRAY[18]),
  (42, 'Size chart for women is the old one from 2022.', ARRAY[11, 29]),
  (43, 'Proofread EN copy, tweaked two sentences. – Tom', ARRAY[36, 40]),
  (44, 'Shopware sync failed for this model yesterday, it is fine again after the re-save.', ARRAY[26, 23]),
  (45, 'Needs the new bluesign logo in gallery image 2.', ARRAY[9, 30]);
INSERT INTO pim_comment_comment (id, parent_id, author_id, resource_name, resource_id, resource_uuid, body, created_at, replied_at)
SELECT c, NULL, NULL, '', NULL, NULL, '', timestamp '2024-01-01', timestamp '2024-01-01' FROM generate_series(1, 240) c;
UPDATE pim_comment_comment cm SET
  resource_name = CASE WHEN x.onprod THEN 'Akeneo\Pim\Enrichment\Component\Product\Model\Product' ELSE 'Akeneo\Pim\Enrichment\Component\Product\Model\ProductModel' END,
  resource_id = CASE WHEN x.onprod THEN NULL ELSE x.model::text END,
  resource_uuid = CASE WHEN x.onprod THEN fixture_gen.uuid('product', x.prod)::uuid END,
  body = b.body, author_id = fixture_gen.pick(b.who::text[], 'cmw', cm.id)::int,
  created_at = akg.at('cmt', cm.id, '2023-06-01', '2024-11-29 17:00')
FROM (SELECT c AS id, fixture_gen.n('cmk', c, 5) < 2 AS onprod, 1 + fixture_gen.n('cmm', c, 68) AS model, 1 + fixture_gen.n('cmp', c, 560) AS prod, 1 + fixture_gen.n('cmb', c, 45) AS bn
      FROM generate_series(1, 240) c) x JOIN akg.cb b ON b.n = x.bn
WHERE cm.id = x.id;
-- Replies: a comment on the same resource posted earlier becomes the parent.
UPDATE pim_comment_comment r SET parent_id = p.id, resource_name = p.resource_name, resource_id = p.resource_id, resource_uuid = p.resource_uuid,
  created_at = p.created_at + make_interval(mins => 5 + fixture_gen.n('cmr', r.id, 4000))
FROM pim_comment_comment p WHERE r.id % 4 = 0 AND p.id = r.id - 1 - fixture_gen.n('cmpar', r.id, 3) AND r.id - 1 - fixture_gen.n('cmpar', r.id, 3) % 4 <> 0 AND p.id % 4 <> 0;
UPDATE pim_comment_comment c SET replied_at = coalesce((SELECT max(r.created_at) FROM pim_comment_comment r WHERE r.parent_id = c.id), c.created_at) WHERE c.parent_id IS NULL;
UPDATE pim_comment_comment c SET replied_at = c.created_at WHERE c.parent_id IS NOT NULL;

CREATE TABLE pim_notification_notification (
    id serial PRIMARY KEY, route varchar(255), "routeParams" text NOT NULL, message varchar(255) NOT NULL, "messageParams" text NOT NULL, comment text,
    created timestamp(0) NOT NULL, type varchar(20) NOT NULL, context text NOT NULL
);
INSERT INTO pim_notification_notification (route, "routeParams", message, "messageParams", comment, created, type, context)
SELECT 'akeneo_job_process_tracker_details', akg.php(jsonb_build_object('id', e.id::text)),
       CASE WHEN j.typ IN ('mass_edit', 'mass_delete') THEN 'pim_mass_edit.notification.' || j.typ || '.' || CASE WHEN e.status = 6 THEN 'fail' ELSE 'success' END
            ELSE 'pim_import_export.notification.' || CASE WHEN j.typ = 'quick_export' THEN 'export' ELSE j.typ END || '.' || CASE WHEN e.status = 6 THEN 'fail' WHEN e.nskip > 0 THEN 'warning' ELSE 'success' END END,
       akg.php(jsonb_build_object('%label%', j.label)), NULL, e.st + make_interval(secs => e.secs),
       CASE WHEN e.status = 6 THEN 'error' WHEN e.nskip > 0 THEN 'warning' ELSE 'success' END,
       akg.php(jsonb_build_object('actionType', CASE WHEN j.typ = 'quick_export' THEN 'export' ELSE j.typ END, 'showReportButton', true))
FROM akg.je e JOIN akg.ji j ON j.id = e.ji WHERE e.status <> 3 AND j.typ NOT LIKE 'compute%' AND j.typ NOT LIKE 'remove%' ORDER BY e.st;

CREATE TABLE pim_notification_user_notification (id serial PRIMARY KEY, notification integer, "user" integer, viewed boolean NOT NULL);
INSERT INTO pim_notification_user_notification (notification, "user", viewed)
SELECT n.id, u.id, n.created < timestamp '2024-11-25' OR n.id % 3 = 0
FROM pim_notification_notification n
JOIN akeneo_batch_job_execution e ON e.id = substring(n."routeParams" FROM 's:[0-9]+:"([0-9]+)"')::int
JOIN oro_user u ON u.username = e."user" OR u.username IN (SELECT jsonb_array_elements_text(e.raw_parameters -> 'users_to_notify'))
ORDER BY n.id, u.id;

-- Versions (the history tabs): products, product models, attributes,
-- families, categories and job profiles, the latter with their whole
-- configuration, SFTP password included.
CREATE TABLE pim_versioning_version (
    id serial PRIMARY KEY, author varchar(255) NOT NULL, resource_name varchar(255) NOT NULL, resource_id varchar(24), resource_uuid uuid, snapshot text, changeset text NOT NULL,
    context varchar(255), version integer, logged_at timestamp(0) NOT NULL, pending boolean NOT NULL
);
CREATE TABLE akg.ver (author text, rname text, rid text, ruuid uuid, snap jsonb, chg jsonb, ctx text, ver int, at timestamp);
-- Products: creation by the supplier's connection, the sourcing team's
-- import or a product manager; later edits by people or the ERP.
INSERT INTO akg.ver
SELECT CASE WHEN v = 1 THEN CASE WHEN m.sup IN ('saigon_outdoor', 'formosa_tentworks', 'ave_textiles', 'carpathia_down') THEN (SELECT username FROM oro_user WHERE username LIKE m.sup || '\_%')
                                 WHEN p.i % 3 = 0 THEN fixture_gen.pick(ARRAY['marta.kowalska', 'piotr.zielinski', 'lan.nguyen', 'yuting.chen'], 'vauth', p.i)
                                 ELSE fixture_gen.pick(ARRAY['maximilian.brandl', 'sophie.meier', 'felix.huber', 'nina.wolf', 'markus.brunner'], 'vauth', p.i) END
            WHEN v = 2 AND p.i % 2 = 0 THEN (SELECT username FROM oro_user WHERE username LIKE 'sap\_erp\_%')
            ELSE fixture_gen.pick(ARRAY['julia.becker', 'lena.hofmann', 'tobias.wagner', 'katharina.gruber', 'sebastian.koenig', 'anna.schmid', 'daan.visser'], 'vauth2', p.i * 10 + v) END,
       'Akeneo\Pim\Enrichment\Component\Product\Model\Product', NULL, p.uuid,
       jsonb_strip_nulls(jsonb_build_object('sku', p.sku, 'family', (SELECT code FROM akg.fam WHERE id = p.fam), 'parent', (SELECT code FROM pim_catalog_product_model WHERE id = p.model_id),
         'groups', '', 'categories', '', 'enabled', '1', 'ean', akg.ean13('4260738' || lpad((10000 + p.i)::text, 5, '0')),
         'erp_article_number', CASE WHEN v > 1 THEN (10000000 + p.i * 37)::text END, 'size', p.size, 'color', CASE WHEN p.fam IN (1, 4) THEN p.color END,
         'weight', CASE WHEN v > 1 THEN p.weight::text || '.0000' END, 'weight-unit', CASE WHEN v > 1 THEN 'GRAM' END,
         'is_online-ecommerce', CASE WHEN v > 2 THEN '1' END, 'is_online-retail', CASE WHEN v > 2 THEN (p.i % 3 <> 0)::int::text END)),
       CASE WHEN v = 1 THEN jsonb_strip_nulls(jsonb_build_object('sku', jsonb_build_object('old', '', 'new', p.sku), 'family', jsonb_build_object('old', '', 'new', (SELECT code FROM akg.fam WHERE id = p.fam)),
              'parent', CASE WHEN p.model_id IS NOT NULL THEN jsonb_build_object('old', '', 'new', (SELECT code FROM pim_catalog_product_model WHERE id = p.model_id)) END,
              'enabled', jsonb_build_object('old', '', 'new', '1'), 'ean', jsonb_build_object('old', '', 'new', akg.ean13('4260738' || lpad((10000 + p.i)::text, 5, '0'))),
              'size', CASE WHEN p.size IS NOT NULL THEN jsonb_build_object('old', '', 'new', p.size) END))
            WHEN v = 2 THEN jsonb_build_object('erp_article_number', jsonb_build_object('old', '', 'new', (10000000 + p.i * 37)::text), 'weight', jsonb_build_object('old', '', 'new', p.weight::text || '.0000'),
              'weight-unit', jsonb_build_object('old', '', 'new', 'GRAM'))
            ELSE jsonb_build_object('is_online-ecommerce', jsonb_build_object('old', '', 'new', '1'), 'is_online-retail', jsonb_build_object('old', '', 'new', (p.i % 3 <> 0)::int::text)) END,
       CASE WHEN v = 1 AND m.sup IN ('saigon_outdoor', 'formosa_tentworks', 'ave_textiles', 'carpathia_down') THEN NULL WHEN v = 1 AND p.i % 3 = 0 THEN 'Import: xlsx_supplier_onboarding_import'
            WHEN v = 2 AND p.i % 2 = 0 THEN NULL WHEN v = 3 AND p.i % 5 = 0 THEN 'Mass edit: update_product_value' END,
       v, akg.at('vprod', p.i, '2023-01-01', '2024-06-01') + make_interval(days => (v - 1) * (3 + fixture_gen.n('vgap', p.i * 10 + v, 60)))
FROM akg.p p LEFT JOIN akg.m m ON m.k = p.k CROSS JOIN LATERAL generate_series(1, 1 + p.i % 3) v;
-- Product models: creation, then copy and translations.
INSERT INTO akg.ver
SELECT CASE WHEN v = 1 THEN fixture_gen.pick(ARRAY['maximilian.brandl', 'sophie.meier', 'felix.huber', 'marta.kowalska'], 'vmauth', pm.id)
            WHEN v = 2 THEN fixture_gen.pick(ARRAY['julia.becker', 'lena.hofmann', 'anna.schmid', 'franziska.lang', 'hannah.clarke'], 'vmauth', pm.id)
            ELSE fixture_gen.pick(ARRAY['lb.lfontaine', 'lb.aricci', 'lb.fdejong', 'elodie.marchand.fr', 'lb.cesposito', 'lb.bjansen'], 'vmauth', pm.id) END,
       'Akeneo\Pim\Enrichment\Component\Product\Model\ProductModel', pm.id::text, NULL,
       jsonb_strip_nulls(jsonb_build_object('code', pm.code, 'family_variant', (SELECT code FROM akg.fam WHERE id = pm.family_variant_id) || '_by_' || CASE WHEN pm.family_variant_id IN (1, 4) THEN 'color' WHEN pm.family_variant_id IN (2, 3) THEN 'size' ELSE 'color_size' END,
         'parent', (SELECT code FROM pim_catalog_product_model x WHERE x.id = pm.parent_id), 'categories', '',
         'name-de_DE', pm.raw_values #>> '{name,<all_channels>,de_DE}', 'name-en_GB', CASE WHEN v > 1 THEN pm.raw_values #>> '{name,<all_channels>,en_GB}' END,
         'description-de_DE-ecommerce', CASE WHEN v > 1 THEN pm.raw_values #>> '{description,ecommerce,de_DE}' END,
         'description-fr_FR-ecommerce', CASE WHEN v > 2 THEN pm.raw_values #>> '{description,ecommerce,fr_FR}' END,
         'name-fr_FR', CASE WHEN v > 2 THEN pm.raw_values #>> '{name,<all_channels>,fr_FR}' END, 'color', pm.raw_values #>> '{color,<all_channels>,<all_locales>}')),
       CASE WHEN v = 1 THEN jsonb_strip_nulls(jsonb_build_object('code', jsonb_build_object('old', '', 'new', pm.code), 'name-de_DE', jsonb_build_object('old', '', 'new', pm.raw_values #>> '{name,<all_channels>,de_DE}')))
            WHEN v = 2 THEN jsonb_strip_nulls(jsonb_build_object('name-en_GB', jsonb_build_object('old', '', 'new', pm.raw_values #>> '{name,<all_channels>,en_GB}'),
              'description-de_DE-ecommerce', jsonb_build_object('old', '', 'new', pm.raw_values #>> '{description,ecommerce,de_DE}')))
            ELSE jsonb_strip_nulls(jsonb_build_object('name-fr_FR', jsonb_build_object('old', '', 'new', pm.raw_values #>> '{name,<all_channels>,fr_FR}'),
              'description-fr_FR-ecommerce', jsonb_build_object('old', '', 'new', pm.raw_values #>> '{description,ecommerce,fr_FR}'))) END,
       CASE WHEN v = 3 THEN 'Import: translation_import_fr' END, v, pm.created + make_interval(days => (v - 1) * (5 + fixture_gen.n('vmgap', pm.id * 10 + v, 40)))
FROM pim_catalog_product_model pm CROSS JOIN LATERAL generate_series(1, CASE WHEN pm.parent_id IS NULL THEN 3 ELSE 1 END) v;
-- Attributes, families and categories.
INSERT INTO akg.ver
SELECT fixture_gen.pick(ARRAY['admin', 'elif.yilmaz', 'sophie.meier'], 'vaa', a.id), 'Akeneo\Pim\Structure\Component\Model\Attribute', a.id::text, NULL,
       jsonb_build_object('code', a.code, 'type', a.attribute_type, 'group', (SELECT code FROM pim_catalog_attribute_group g WHERE g.id = a.group_id), 'unique', a.is_unique::int::text,
         'useable_as_grid_filter', a.useable_as_grid_filter::int::text, 'localizable', a.is_localizable::int::text, 'scopable', a.is_scopable::int::text, 'sort_order', a.sort_order::text,
         'label-de_DE', x.de, 'label-en_GB', x.en, 'label-fr_FR', x.fr),
       jsonb_build_object('code', jsonb_build_object('old', '', 'new', a.code), 'type', jsonb_build_object('old', '', 'new', a.attribute_type), 'label-de_DE', jsonb_build_object('old', '', 'new', x.de)),
       NULL, 1, a.created
FROM pim_catalog_attribute a JOIN akg.attr x ON x.id = a.id;
INSERT INTO akg.ver
SELECT fixture_gen.pick(ARRAY['admin', 'elif.yilmaz', 'sophie.meier'], 'vfa', f.id * 10 + v), 'Akeneo\Pim\Structure\Component\Model\Family', f.id::text, NULL,
       jsonb_build_object('code', f.code, 'attributes', array_to_string(x.attrs, ','), 'attribute_as_label', 'name', 'attribute_as_image', 'main_image', 'label-de_DE', x.de, 'label-en_GB', x.en),
       CASE WHEN v = 1 THEN jsonb_build_object('code', jsonb_build_object('old', '', 'new', f.code), 'label-de_DE', jsonb_build_object('old', '', 'new', x.de))
            ELSE jsonb_build_object('attributes', jsonb_build_object('old', array_to_string(x.attrs[1:2], ','), 'new', array_to_string(x.attrs, ','))) END,
       NULL, v, CASE WHEN v = 1 THEN f.created ELSE f.updated END
FROM pim_catalog_family f JOIN akg.fam x ON x.id = f.id CROSS JOIN generate_series(1, 2) v;
INSERT INTO akg.ver
SELECT fixture_gen.pick(ARRAY['tobias.wagner', 'sebastian.koenig', 'admin'], 'vca', c.id), 'Akeneo\Category\Infrastructure\Component\Model\Category', c.id::text, NULL,
       jsonb_strip_nulls(jsonb_build_object('code', c.code, 'parent', (SELECT code FROM pim_catalog_category p WHERE p.id = c.parent_id), 'label-de_DE', k.de, 'label-en_GB', k.en, 'label-fr_FR', k.fr)),
       jsonb_build_object('code', jsonb_build_object('old', '', 'new', c.code), 'label-de_DE', jsonb_build_object('old', '', 'new', k.de)), NULL, 1, c.created
FROM pim_catalog_category c JOIN akg.cat k ON k.n = c.id;
-- Job profiles: configuration as JSON, with the password the retailer or
-- the agency gave; a later version rotates it.
INSERT INTO akg.ver
SELECT CASE WHEN j.code LIKE 'translation%' THEN 'julia.becker' ELSE fixture_gen.pick(ARRAY['admin', 'elif.yilmaz'], 'vja', j.id * 10 + v) END,
       'Akeneo\Tool\Component\Batch\Model\JobInstance', j.id::text, NULL,
       jsonb_build_object('code', j.code, 'job_name', j.job_name, 'label', j.label, 'connector', j.connector, 'type', j.typ,
         'configuration', (CASE WHEN v = 1 AND pw.old IS NOT NULL THEN jsonb_set(p.params, '{storage,password}', to_jsonb(pw.old)) ELSE p.params END)::text),
       CASE WHEN v = 1 THEN jsonb_build_object('code', jsonb_build_object('old', '', 'new', j.code), 'label', jsonb_build_object('old', '', 'new', j.label),
              'configuration', jsonb_build_object('old', '', 'new', (CASE WHEN pw.old IS NOT NULL THEN jsonb_set(p.params, '{storage,password}', to_jsonb(pw.old)) ELSE p.params END)::text))
            ELSE jsonb_build_object('configuration', jsonb_build_object('old', jsonb_set(p.params, '{storage,password}', to_jsonb(pw.old))::text, 'new', p.params::text)) END,
       NULL, v, akg.at('vjob', j.id * 10 + v, '2022-01-01', '2024-11-01')
FROM akg.ji j JOIN akg.jp p ON p.id = j.id
CROSS JOIN LATERAL (SELECT CASE WHEN p.params #>> '{storage,type}' = 'sftp' THEN akg.rnd('sftpold', j.id, 16) END AS old) pw
CROSS JOIN LATERAL generate_series(1, CASE WHEN pw.old IS NOT NULL AND j.code IN ('feed_alpenstore', 'feed_modeplatz', 'translation_export_fr') THEN 2 ELSE 1 END) v
WHERE j.typ IN ('import', 'export');
INSERT INTO pim_versioning_version (author, resource_name, resource_id, resource_uuid, snapshot, changeset, context, version, logged_at, pending)
SELECT v.author, v.rname, v.rid, v.ruuid, akg.php(v.snap), akg.php(v.chg), v.ctx, v.ver, v.at, false FROM akg.ver v ORDER BY v.at, v.rname, v.ver;
-- Product versions the ERP pushed but that are not yet processed.
INSERT INTO pim_versioning_version (author, resource_name, resource_id, resource_uuid, snapshot, changeset, context, version, logged_at, pending)
SELECT (SELECT username FROM oro_user WHERE username LIKE 'sap\_erp\_%'), 'Akeneo\Pim\Enrichment\Component\Product\Model\Product', NULL, p.uuid, NULL,
       akg.php(jsonb_build_object('weight', jsonb_build_object('old', p.weight::text || '.0000', 'new', (p.weight + 5)::text || '.0000'))), NULL, NULL,
       timestamp '2024-11-29 17:40:00' + make_interval(secs => p.i), true
FROM akg.p p WHERE p.i % 40 = 7 ORDER BY p.i;

-- Saved product grid views and the default ones users picked.
CREATE TABLE pim_datagrid_view (id serial PRIMARY KEY, owner_id integer NOT NULL, label varchar(100) NOT NULL, type varchar(20) NOT NULL, datagrid_alias varchar(255) NOT NULL, columns text NOT NULL, filters text NOT NULL);
INSERT INTO pim_datagrid_view (owner_id, label, type, datagrid_alias, columns, filters)
SELECT v.owner, v.label, v.typ, 'product-grid', v.cols,
       'i=1&p=25&s%5Bupdated%5D=1&f%5Bscope%5D%5Bvalue%5D=' || v.scope || v.f || '&t=product-grid'
FROM (VALUES
  (2, 'AW25 – not complete DE', 'public', 'identifier,image,label,family,enabled,completeness,created,updated,complete_variant_products', 'ecommerce', '&f%5Bseason%5D%5Bvalue%5D%5B%5D=aw25&f%5Bcompleteness%5D%5Bvalue%5D=0'),
  (2, 'Translation backlog FR', 'public', 'identifier,image,label,family,completeness,updated', 'ecommerce', '&f%5Bcompleteness%5D%5Bvalue%5D=0&f%5Blocale%5D%5Bvalue%5D=fr_FR'),
  (2, 'Translation backlog IT', 'public', 'identifier,image,label,family,completeness,updated', 'ecommerce', '&f%5Bcompleteness%5D%5Bvalue%5D=0&f%5Blocale%5D%5Bvalue%5D=it_IT'),
  (2, 'Translation backlog NL', 'public', 'identifier,image,label,family,completeness,updated', 'ecommerce', '&f%5Bcompleteness%5D%5Bvalue%5D=0&f%5Blocale%5D%5Bvalue%5D=nl_NL'),
  (3, 'Webshop – online but no image', 'public', 'identifier,image,label,family,enabled,is_online,main_image', 'ecommerce', '&f%5Bis_online%5D%5Bvalue%5D=1&f%5Bmain_image%5D%5Btype%5D=empty'),
  (3, 'Sale candidates', 'private', 'identifier,label,family,price,season,updated', 'ecommerce', '&f%5Bseason%5D%5Bvalue%5D%5B%5D=ss23&f%5Bseason%5D%5Bvalue%5D%5B%5D=aw23'),
  (4, 'Meine Jacken', 'private', 'identifier,image,label,family,completeness', 'ecommerce', '&f%5Bfamily%5D%5Bvalue%5D%5B%5D=jackets'),
  (5, 'Tents SS25', 'private', 'identifier,image,label,sleeping_capacity,weight,price', 'ecommerce', '&f%5Bfamily%5D%5Bvalue%5D%5B%5D=tents&f%5Bseason%5D%5Bvalue%5D%5B%5D=ss25'),
  (6, 'Apparel – missing size chart', 'public', 'identifier,label,family,size_chart', 'ecommerce', '&f%5Bsize_chart%5D%5Btype%5D=empty'),
  (7, 'AT-Shop Neuheiten', 'private', 'identifier,image,label,created', 'ecommerce', '&f%5Bcategories%5D%5Bvalue%5D%5B%5D=ws_new_in'),
  (11, 'FR – à relire', 'private', 'identifier,label,completeness,updated', 'ecommerce', '&f%5Blocale%5D%5Bvalue%5D=fr_FR&f%5Bupdated%5D%5Btype%5D=4&f%5Bupdated%5D%5Bvalue%5D=7'),
  (13, 'IT – da tradurre', 'private', 'identifier,label,completeness', 'ecommerce', '&f%5Blocale%5D%5Bvalue%5D=it_IT&f%5Bcompleteness%5D%5Bvalue%5D=0'),
  (14, 'Alpenstore feed check', 'public', 'identifier,label,enabled,completeness,categories', 'retail', '&f%5Bcategories%5D%5Bvalue%5D%5B%5D=rp_alpenstore'),
  (14, 'Modeplatz feed check', 'public', 'identifier,label,enabled,completeness,categories', 'retail', '&f%5Bcategories%5D%5Bvalue%5D%5B%5D=rp_modeplatz'),
  (15, 'NL – te vertalen', 'private', 'identifier,label,completeness', 'ecommerce', '&f%5Blocale%5D%5Bvalue%5D=nl_NL&f%5Bcompleteness%5D%5Bvalue%5D=0'),
  (16, 'Saigon Outdoor – new this week', 'public', 'identifier,image,label,supplier,supplier_reference,created', 'ecommerce', '&f%5Bsupplier%5D%5Bvalue%5D%5B%5D=saigon_outdoor&f%5Bcreated%5D%5Btype%5D=4&f%5Bcreated%5D%5Bvalue%5D=7'),
  (16, 'Formosa – missing hydrostatic head', 'public', 'identifier,label,hydrostatic_head_fly,hydrostatic_head_floor', 'ecommerce', '&f%5Bsupplier%5D%5Bvalue%5D%5B%5D=formosa_tentworks&f%5Bhydrostatic_head_fly%5D%5Btype%5D=empty'),
  (16, 'Supplier ref missing', 'public', 'identifier,label,supplier,supplier_reference', 'ecommerce', '&f%5Bsupplier_reference%5D%5Btype%5D=empty'),
  (17, 'Odra packs', 'private', 'identifier,label,supplier', 'ecommerce', '&f%5Bsupplier%5D%5Bvalue%5D%5B%5D=odra_packs'),
  (18, 'Vietnam factories', 'private', 'identifier,label,supplier,country_of_origin', 'ecommerce', '&f%5Bcountry_of_origin%5D%5Bvalue%5D%5B%5D=vn'),
  (19, 'Taiwan suppliers', 'private', 'identifier,label,supplier,country_of_origin', 'ecommerce', '&f%5Bcountry_of_origin%5D%5Bvalue%5D%5B%5D=tw'),
  (20, 'CH prices', 'private', 'identifier,label,price', 'retail', '&f%5Bprice%5D%5Bvalue%5D%5Bcurrency%5D=CHF&f%5Bprice%5D%5Btype%5D=empty'),
  (21, 'Sport Kessler Sortiment', 'public', 'identifier,label,enabled,categories', 'retail', '&f%5Bcategories%5D%5Bvalue%5D%5B%5D=rp_sport_kessler'),
  (22, 'Alpine Pro', 'public', 'identifier,image,label,collection,completeness', 'ecommerce', '&f%5Bcollection%5D%5Bvalue%5D%5B%5D=alpine_pro'),
  (23, 'Disabled products', 'public', 'identifier,label,enabled,updated', 'ecommerce', '&f%5Benabled%5D%5Bvalue%5D=0'),
  (23, 'Dangerous goods', 'public', 'identifier,label,dangerous_goods', 'ecommerce', '&f%5Bdangerous_goods%5D%5Bvalue%5D=1'),
  (25, 'Print 2025', 'public', 'identifier,image,label,completeness', 'print', '&f%5Bcategories%5D%5Bvalue%5D%5B%5D=pc_2025'),
  (26, 'Shopware sync errors', 'private', 'identifier,label,updated', 'ecommerce', '&f%5Bupdated%5D%5Btype%5D=4&f%5Bupdated%5D%5Bvalue%5D=1'),
  (27, 'Sleeping bags', 'private', 'identifier,label,comfort_temperature,fill_material', 'ecommerce', '&f%5Bfamily%5D%5Bvalue%5D%5B%5D=sleeping_bags'),
  (28, 'UK – not online', 'private', 'identifier,label,is_online', 'ecommerce', '&f%5Bis_online%5D%5Bvalue%5D=0'),
  (29, 'EN copy review', 'private', 'identifier,label,completeness,updated', 'ecommerce', '&f%5Blocale%5D%5Bvalue%5D=en_GB'),
  (30, 'Shooting list', 'public', 'identifier,image,label,color,main_image,gallery_image_1', 'ecommerce', '&f%5Bmain_image%5D%5Btype%5D=empty'),
  (31, 'LinguaBridge – FR batch', 'private', 'identifier,label,completeness', 'ecommerce', '&f%5Blocale%5D%5Bvalue%5D=fr_FR&f%5Bcompleteness%5D%5Bvalue%5D=0'),
  (35, 'Mes produits', 'private', 'identifier,label,completeness', 'ecommerce', '&f%5Blocale%5D%5Bvalue%5D=fr_FR'),
  (36, 'EN proofreading', 'private', 'identifier,label,updated', 'ecommerce', '&f%5Blocale%5D%5Bvalue%5D=en_GB'),
  (41, 'SOT products', 'private', 'identifier,label,supplier_reference', 'ecommerce', '&f%5Bsupplier%5D%5Bvalue%5D%5B%5D=saigon_outdoor')) v(owner, label, typ, cols, scope, f);

CREATE TABLE pim_user_default_datagrid_view (user_id integer NOT NULL, view_id integer NOT NULL, PRIMARY KEY (user_id, view_id));
INSERT INTO pim_user_default_datagrid_view
SELECT DISTINCT ON (v.owner_id) v.owner_id, v.id FROM pim_datagrid_view v ORDER BY v.owner_id, v.id;
INSERT INTO pim_user_default_datagrid_view VALUES (4, 1), (9, 1), (25, 1), (32, 3), (37, 3), (33, 4), (38, 4), (12, 2), (39, 2) ON CONFLICT DO NOTHING;

-- Catalogs for Apps (the FeedFlux app's product selections).
CREATE TABLE akeneo_catalog (
    id uuid PRIMARY KEY, name varchar(255) NOT NULL, owner_id integer NOT NULL, is_enabled boolean NOT NULL, product_selection_criteria jsonb NOT NULL,
    product_value_filters jsonb NOT NULL, product_mapping jsonb NOT NULL, created timestamp(0) NOT NULL, updated timestamp(0) NOT NULL
);
INSERT INTO akeneo_catalog
SELECT fixture_gen.uuid('catalog', v.n)::uuid, v.name, 54, v.enabled,
       jsonb_build_array(jsonb_build_object('field', 'enabled', 'operator', '=', 'value', true), jsonb_build_object('field', 'categories', 'operator', 'IN CHILDREN', 'value', jsonb_build_array(v.cat)),
         jsonb_build_object('field', 'completeness', 'operator', '>', 'value', 90, 'scope', 'retail', 'locales', jsonb_build_array(v.loc))),
       jsonb_build_object('channels', jsonb_build_array('retail'), 'locales', jsonb_build_array(v.loc), 'currencies', jsonb_build_array(v.cur)),
       jsonb_build_object('uuid', jsonb_build_object('source', 'uuid', 'scope', NULL, 'locale', NULL), 'title', jsonb_build_object('source', 'name', 'scope', NULL, 'locale', v.loc),
         'description', jsonb_build_object('source', 'description', 'scope', 'retail', 'locale', v.loc), 'gtin', jsonb_build_object('source', 'ean', 'scope', NULL, 'locale', NULL),
         'brand', jsonb_build_object('source', NULL, 'scope', NULL, 'locale', NULL, 'default', 'Bergfalke'),
         'price', jsonb_build_object('source', 'price', 'scope', NULL, 'locale', NULL, 'parameters', jsonb_build_object('currency', v.cur)),
         'image_link', jsonb_build_object('source', 'main_image', 'scope', NULL, 'locale', NULL)),
       akg.at('catlc', v.n, '2024-02-10', '2024-05-01'), akg.at('catlu', v.n, '2024-05-02', '2024-11-20')
FROM (VALUES (1, 'Modeplatz DE', true, 'rp_modeplatz', 'de_DE', 'EUR'), (2, 'Google Shopping DE', true, 'webshop', 'de_DE', 'EUR'),
  (3, 'Google Shopping FR', true, 'webshop', 'fr_FR', 'EUR'), (4, 'Google Shopping CH', false, 'webshop', 'de_CH', 'CHF'), (5, 'Price comparison AT (test)', false, 'webshop', 'de_DE', 'EUR')) v(n, name, enabled, cat, loc, cur);

CREATE TABLE pim_catalog_identifier_generator (
    uuid uuid PRIMARY KEY, code varchar(100) NOT NULL UNIQUE, target_id integer NOT NULL, delimiter varchar(100), labels jsonb NOT NULL DEFAULT '{}',
    conditions jsonb NOT NULL DEFAULT '[]', structure jsonb NOT NULL DEFAULT '[]', options jsonb NOT NULL DEFAULT '{}'
);
INSERT INTO pim_catalog_identifier_generator VALUES
  (fixture_gen.uuid('idgen', 1)::uuid, 'sku_hardgoods', 1, '-', '{"de_DE": "SKU Hartware", "en_GB": "SKU hard goods"}',
   '[{"type": "enabled", "value": true}, {"type": "family", "operator": "IN", "value": ["camp_kitchen", "headlamps", "trekking_poles"]}, {"type": "simple_select", "attributeCode": "season", "operator": "NOT EMPTY"}]',
   '[{"type": "free_text", "string": "BF"}, {"type": "auto_number", "numberMin": 21170, "digitsMin": 5}]', '{"text_transformation": "uppercase"}'),
  (fixture_gen.uuid('idgen', 2)::uuid, 'sku_accessories', 1, '-', '{"de_DE": "SKU Accessoires", "en_GB": "SKU accessories"}',
   '[{"type": "family", "operator": "IN", "value": ["accessories"]}]', '[{"type": "free_text", "string": "BF-ACC"}, {"type": "auto_number", "numberMin": 1, "digitsMin": 4}]', '{"text_transformation": "no"}');

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');
SET client_min_messages = warning;
DROP SCHEMA akg CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
