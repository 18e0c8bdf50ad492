-- classify-eval fixture (HOLDOUT 60: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- CONSUL Democracy 2.1 (2024) citizen-participation portal on PostgreSQL in
-- the naming its Rails migrations create (plural snake_case tables, the
-- namespaced models' tables prefixed: poll_, budget_, legislation_), a
-- subset of its tables with their columns and types as db/schema.rb has
-- them: serial keys, timestamp(6) without time zone, inet sign-in IPs,
-- tsvector search columns, UUID-keyed Ahoy visits and events with a jsonb
-- properties column, the audited gem's YAML audited_changes, the
-- Globalize *_translations tables holding the titles and bodies.
--
-- The organisation: the Ayuntamiento de Torrealba de Henares, a town of
-- about 120,000 inhabitants east of Madrid, whose portal "Decide
-- Torrealba" has run since 2017: six districts (geozones); residents
-- verified against the municipal census (padrón) and a local census of
-- people not on it, with their DNI, NIE or passport number, date of birth,
-- gender and postal code, SMS codes to confirm their mobile phones and
-- letters with codes for the third level; citizens' debates, proposals
-- and comments (Spanish prose, some naming neighbours or giving phones,
-- emails and home addresses, most not); signature sheets collected on
-- paper and their signatures; the yearly participatory budgets (2021-2024)
-- with investment projects whose responsible_name the app fills with the
-- verified author's document number, valuators' internal comments that
-- quote proposers' phones, ballots; the 2023 and 2024 citizen polls with
-- booths in schools and civic centres, poll officers (volunteers), their
-- shifts (which copy the officer's username and email) and recounts,
-- voters by document number; a legislation process on a draft ordinance
-- with questions, answers and annotations; neighbourhood associations,
-- parents' associations and clubs as organizations with their responsible
-- persons; administrators, moderators and valuators with their job
-- descriptions; notifications, direct messages, newsletters and proposal
-- notifications; audit trails of investment edits; Ahoy visits with IPs,
-- user agents and IP geolocation, and events; images and documents
-- attached to proposals and projects; the settings store. Residents come
-- from Spain and from Morocco, Romania, Ecuador, Colombia, Venezuela, Peru,
-- China, Ukraine, Senegal, the United Kingdom, Italy and Pakistan.
--
-- What I could not check: this is written from memory of CONSUL's
-- published db/schema.rb, not against a checkout. The column lists of
-- users, comments, votes, proposals, debates, budget_investments, the
-- poll_ tables, visits and audits are as I remember them from the 1.x/2.x
-- releases; a few columns may have been renamed, added or dropped by 2.1
-- (for example later tenant, SDG or machine-learning columns are left out,
-- and columns may appear in a different order). Since 1.x the translatable
-- texts live in *_translations tables; I keep comments.body in comments
-- (as before comment translations existed) and leave out the translation
-- tables of polls, budgets, headings, legislation processes and questions,
-- so those tables have no name or title column here. Tables left out:
-- legislation_processes and draft versions, budget_groups, headings'
-- translations, ballot lines, poll answers and results, flags, follows,
-- tags and taggings, locks, managers, site customization, dashboard,
-- milestones, SDG and ActiveStorage tables. Integer values of enums
-- (official_level, poll_shifts.task) follow the app's models as I remember
-- them.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåăâçéèêëíìîïñóòôöõúùûüșşțţýÁÉÍÓÚÑÇŞȘȚ',
    'aaaaaaaaceeeeiiiinooooouuuussttyAEIOUNCSST')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking characters; lower: lower-case alphanumerics; b58: Base58.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.b58(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') $$;
-- friendly: Devise.friendly_token (URL-safe Base64, 20 characters).
CREATE FUNCTION pgen.friendly(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') $$;

-- at: a time (timestamp without time zone, microseconds) between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int) + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- esip: an IPv4 address of a Spanish access provider's range.
CREATE FUNCTION pgen.esip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['83.45', '83.57', '88.12', '88.27', '90.167', '90.74', '79.152', '81.41', '95.127', '213.97', '80.30', '62.57', '2.136', '84.78', '185.13'], tag || 'pfx', i)
      || '.' || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))
$$;

-- Spanish identity documents with their check letters: DNI (8 digits) and
-- NIE (X, Y or Z and 7 digits), as CONSUL stores them (upper case, no
-- separators).
CREATE FUNCTION pgen.dni(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('TRWAGMYFPDXBNJZSQVHLCKE', (d::bigint % 23)::int + 1, 1)
  FROM (SELECT lpad((1000000 + fixture_gen.n(tag, i, 79000000))::text, 8, '0') AS d) x
$$;
CREATE FUNCTION pgen.nie(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr('XYZ', p + 1, 1) || d || substr('TRWAGMYFPDXBNJZSQVHLCKE', ((p::text || d)::bigint % 23)::int + 1, 1)
  FROM (SELECT fixture_gen.n(tag || 'p', i, 3) AS p, fixture_gen.digits(tag, i, 7) AS d) x
$$;

-- Cultures of the town's residents.
CREATE TABLE pgen.cu (c text PRIMARY KEY, fem text[], masc text[], lasts text[], two boolean, domains text[], locale text);
INSERT INTO pgen.cu VALUES
 ('es', ARRAY['Lucía', 'Carmen', 'María José', 'Marisol', 'Paula', 'Rocío', 'Nuria', 'Inmaculada', 'Alba', 'Pilar', 'Ana Belén', 'Montserrat', 'Elena', 'Begoña'],
        ARRAY['Javier', 'Antonio', 'José Luis', 'Sergio', 'Álvaro', 'Manuel', 'Raúl', 'Jesús', 'Iván', 'Francisco', 'Juan Carlos', 'Rubén', 'Ignacio', 'Pedro'],
        ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Gutiérrez', 'Ruiz', 'Jiménez', 'Moreno', 'Muñoz', 'Alonso', 'Gil',
              'Serrano', 'Castillo', 'Ortega', 'Delgado', 'Cano', 'Rubio', 'Molina', 'Herrero', 'Peña', 'Vidal', 'Carrasco', 'Hidalgo', 'Bermejo'], true,
        ARRAY['gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es', 'gmail.com', 'icloud.com'], 'es'),
 ('ma', ARRAY['Fátima', 'Khadija', 'Salma', 'Naima', 'Amina', 'Zineb', 'Hanane'], ARRAY['Mohamed', 'Youssef', 'Hamza', 'Said', 'Abdelkader', 'Rachid', 'Karim'],
        ARRAY['El Amrani', 'Benali', 'Bouzid', 'El Idrissi', 'Ouazzani', 'Chakir', 'Tahiri', 'Lahlou', 'Azzouzi'], false, ARRAY['gmail.com', 'hotmail.com', 'hotmail.fr'], 'es'),
 ('ro', ARRAY['Ioana', 'Elena', 'Andreea', 'Mihaela', 'Cristina', 'Florentina'], ARRAY['Andrei', 'Mihai', 'Ionuț', 'Florin', 'Gheorghe', 'Costel'],
        ARRAY['Popescu', 'Dumitru', 'Stan', 'Ionescu', 'Constantin', 'Munteanu', 'Stoica', 'Rusu', 'Lungu'], false, ARRAY['yahoo.com', 'gmail.com', 'yahoo.ro'], 'ro'),
 ('ec', ARRAY['Jessica', 'Mayra', 'Gabriela', 'Verónica', 'Lorena'], ARRAY['Byron', 'Darwin', 'Wilson', 'Jhonny', 'Patricio'],
        ARRAY['Quishpe', 'Guamán', 'Zambrano', 'Cedeño', 'Vera', 'Chiriboga', 'Andrade', 'Mendoza', 'Villacís'], true, ARRAY['gmail.com', 'hotmail.com', 'yahoo.es'], 'es'),
 ('co', ARRAY['Yuliana', 'Leidy', 'Natalia', 'Daniela', 'Luz Marina'], ARRAY['Jhon Fredy', 'Andrés Felipe', 'Camilo', 'Sebastián', 'Duván'],
        ARRAY['Restrepo', 'Ospina', 'Cárdenas', 'Rojas', 'Valencia', 'Gómez', 'Arango', 'Londoño', 'Zapata'], true, ARRAY['gmail.com', 'hotmail.com', 'outlook.com'], 'es'),
 ('ve', ARRAY['Oriana', 'Yusmary', 'Andreína', 'Rosangela', 'Mariángel'], ARRAY['Luis Alberto', 'Yorman', 'Gustavo', 'Ender', 'Jesús Rafael'],
        ARRAY['Pérez', 'González', 'Rodríguez', 'Hernández', 'Briceño', 'Chacón', 'Azuaje', 'Villegas', 'Urdaneta'], true, ARRAY['gmail.com', 'hotmail.com', 'yahoo.com'], 'es'),
 ('pe', ARRAY['Rosa', 'Milagros', 'Flor', 'Yolanda'], ARRAY['Percy', 'Wilber', 'Edwin', 'Nilo'],
        ARRAY['Quispe', 'Mamani', 'Huamán', 'Condori', 'Flores', 'Chávez', 'Ramos', 'Vilca'], true, ARRAY['gmail.com', 'hotmail.com'], 'es-PE'),
 ('cn', ARRAY['Li Na', 'Mei', 'Xiu Ying', 'Yan', 'Jing'], ARRAY['Wei', 'Jian', 'Hao', 'Jun', 'Lei'],
        ARRAY['Wang', 'Chen', 'Zhang', 'Liu', 'Lin', 'Zhou', 'Huang', 'Wu'], false, ARRAY['qq.com', '163.com', 'gmail.com', 'hotmail.com'], 'zh-CN'),
 ('ua', ARRAY['Olena', 'Oksana', 'Iryna', 'Kateryna'], ARRAY['Oleksandr', 'Andriy', 'Serhiy', 'Dmytro'],
        ARRAY['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Oliynyk', 'Boyko'], false, ARRAY['ukr.net', 'gmail.com', 'i.ua'], 'uk'),
 ('sn', ARRAY['Aminata', 'Fatou', 'Awa', 'Mariama'], ARRAY['Mamadou', 'Ousmane', 'Cheikh', 'Ibrahima'],
        ARRAY['Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo', 'Ba', 'Sarr', 'Gueye'], false, ARRAY['gmail.com', 'yahoo.fr'], 'fr'),
 ('gb', ARRAY['Margaret', 'Susan', 'Helen', 'Claire'], ARRAY['David', 'Peter', 'Graham', 'Ian'],
        ARRAY['Thompson', 'Walker', 'Hughes', 'Clarke', 'Wright', 'Evans', 'Robinson', 'Hall'], false, ARRAY['btinternet.com', 'gmail.com', 'hotmail.co.uk'], 'en'),
 ('it', ARRAY['Giulia', 'Francesca', 'Chiara'], ARRAY['Marco', 'Luca', 'Davide'],
        ARRAY['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Greco', 'Conti'], false, ARRAY['libero.it', 'gmail.com'], 'it'),
 ('pk', ARRAY['Ayesha', 'Sana', 'Hina'], ARRAY['Muhammad Ali', 'Imran', 'Bilal', 'Usman'],
        ARRAY['Khan', 'Butt', 'Chaudhry', 'Malik', 'Raza', 'Iqbal', 'Hussain', 'Shah'], false, ARRAY['gmail.com', 'yahoo.com', 'hotmail.com'], 'en');

-- The town: streets, postal codes and their districts (geozones 1-6).
CREATE TABLE pgen.town (k int PRIMARY KEY, street text, pc text, gz int);
INSERT INTO pgen.town VALUES
 (0, 'Calle Mayor', '28811', 1), (1, 'Plaza de España', '28811', 1), (2, 'Calle Cervantes', '28812', 1), (3, 'Calle de la Tercia', '28812', 1),
 (4, 'Paseo de la Estación', '28813', 2), (5, 'Calle del Ferrocarril', '28813', 2), (6, 'Avenida de Castilla', '28813', 2),
 (7, 'Calle de los Olivos', '28814', 3), (8, 'Calle del Olmo', '28814', 3), (9, 'Calle Miguel Hernández', '28814', 3), (10, 'Calle Río Henares', '28814', 3),
 (11, 'Avenida de la Constitución', '28815', 4), (12, 'Calle Clara Campoamor', '28816', 4), (13, 'Calle Gloria Fuertes', '28816', 4), (14, 'Avenida de Europa', '28815', 4),
 (15, 'Calle de los Almendros', '28817', 5), (16, 'Camino del Val', '28817', 5), (17, 'Calle Virgen del Val', '28817', 5),
 (18, 'Camino de los Huertos', '28818', 6), (19, 'Calle de la Industria', '28818', 6);

-- People: 1-640 residents with accounts; 701-760 officials and staff
-- named below; 801-900 residents without accounts (census, signatures).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, g text, first text, l1 text, l2 text, full_name text, email text, phone text, dtype text, dnum text,
  dob date, street text, pc text, gz int, username text, locale text);
CREATE FUNCTION pgen.add_people(lo int, hi int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, g, first, l1, l2, locale)
  SELECT i, cu.c, x.g, CASE WHEN x.g = 'female' THEN fixture_gen.pick(cu.fem, 'pf', i) ELSE fixture_gen.pick(cu.masc, 'pm', i) END,
         fixture_gen.pick(cu.lasts, 'pl1', i), CASE WHEN cu.two THEN fixture_gen.pick(cu.lasts, 'pl2', i) END,
         CASE WHEN cu.locale = 'es' OR fixture_gen.n('ploc', i, 3) = 0 THEN 'es' ELSE cu.locale END
  FROM generate_series(lo, hi) i
  CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('pg', i, 100) < 52 THEN 'female' ELSE 'male' END AS g,
      fixture_gen.pick(ARRAY['es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es', 'es',
        'ma', 'ma', 'ma', 'ro', 'ro', 'ro', 'ec', 'ec', 'co', 'co', 've', 've', 'pe', 'cn', 'ua', 'sn', 'gb', 'it', 'pk'], 'pc', i) AS c) x
  JOIN pgen.cu cu ON cu.c = x.c
$$;
DO $$ BEGIN PERFORM pgen.add_people(1, 640); PERFORM pgen.add_people(701, 760); PERFORM pgen.add_people(801, 900); END $$;
UPDATE pgen.p SET l2 = CASE WHEN l2 = l1 THEN fixture_gen.pick(ARRAY['Prieto', 'Lozano', 'Medina', 'Cortés', 'Vega'], 'pl3', i) ELSE l2 END WHERE l2 IS NOT NULL;

-- Named officials and staff.
UPDATE pgen.p SET c = 'es', g = 'female', first = 'Marta', l1 = 'Ruiz', l2 = 'Valverde', locale = 'es' WHERE i = 701;
UPDATE pgen.p SET c = 'es', g = 'male', first = 'Daniel', l1 = 'Escobar', l2 = 'Lara', locale = 'es' WHERE i = 702;
UPDATE pgen.p SET c = 'es', g = 'female', first = 'Sonia', l1 = 'Aranda', l2 = 'Pizarro', locale = 'es' WHERE i = 703;
UPDATE pgen.p SET c = 'es', g = 'male', first = 'Alberto', l1 = 'Mingo', l2 = 'Sáez', locale = 'es' WHERE i = 704;
UPDATE pgen.p SET c = 'es', g = 'female', first = 'Yolanda', l1 = 'Crespo', l2 = 'Benito', locale = 'es' WHERE i = 705;

UPDATE pgen.p SET full_name = first || ' ' || l1 || coalesce(' ' || l2, '');
UPDATE pgen.p SET
  phone = CASE WHEN c IN ('gb', 'ua', 'cn') AND i % 4 = 0 THEN
                 CASE c WHEN 'gb' THEN '+44 7' || fixture_gen.digits('ph', i, 3) || ' ' || fixture_gen.digits('phx', i, 6)
                        WHEN 'ua' THEN '+380 67 ' || fixture_gen.digits('ph', i, 3) || ' ' || fixture_gen.digits('phx', i, 4)
                        ELSE '+86 139 ' || fixture_gen.digits('ph', i, 4) || ' ' || fixture_gen.digits('phx', i, 4) END
               ELSE CASE fixture_gen.n('phf', i, 4)
                 WHEN 0 THEN '6' || fixture_gen.digits('ph', i, 8)
                 WHEN 1 THEN '+34 6' || fixture_gen.digits('ph', i, 2) || ' ' || fixture_gen.digits('phy', i, 3) || ' ' || fixture_gen.digits('phx', i, 3)
                 WHEN 2 THEN '6' || fixture_gen.digits('ph', i, 2) || ' ' || fixture_gen.digits('phy', i, 2) || ' ' || fixture_gen.digits('phx', i, 2) || ' ' || fixture_gen.digits('phz', i, 2)
                 ELSE '7' || (1 + fixture_gen.n('ph7', i, 4)) || fixture_gen.digits('ph', i, 7) END END,
  dtype = CASE WHEN c = 'es' THEN '1' WHEN c IN ('ec', 'co', 've', 'pe') AND fixture_gen.n('pdt', i, 3) = 0 THEN '1'
               WHEN fixture_gen.n('pdt2', i, 7) = 0 THEN '2' ELSE '3' END,
  dob = date '1938-01-01' + fixture_gen.n('pdob', i, 365 * 68),
  street = (SELECT t.street FROM pgen.town t WHERE t.k = fixture_gen.n('pstr', i, 20)) || ', ' || (1 + fixture_gen.n('pnum', i, 60))
           || CASE WHEN fixture_gen.n('pflo', i, 3) > 0 THEN ', ' || (1 + fixture_gen.n('pfl', i, 7)) || 'º ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D', 'Izda.', 'Dcha.'], 'pdo', i) ELSE '' END,
  pc = (SELECT t.pc FROM pgen.town t WHERE t.k = fixture_gen.n('pstr', i, 20)),
  gz = (SELECT t.gz FROM pgen.town t WHERE t.k = fixture_gen.n('pstr', i, 20));
UPDATE pgen.p SET dnum = CASE dtype WHEN '1' THEN pgen.dni('pdni', i) WHEN '3' THEN pgen.nie('pnie', i)
    ELSE CASE c WHEN 'cn' THEN 'E' || fixture_gen.digits('ppas', i, 8) WHEN 'gb' THEN fixture_gen.digits('ppas', i, 9)
                WHEN 'ua' THEN fixture_gen.chars('ppas', i, 2, 'ABCEFHKMNP') || fixture_gen.digits('ppas', i, 6)
                ELSE fixture_gen.chars('ppas', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('ppas', i, 7) END END;
UPDATE pgen.p SET email = CASE fixture_gen.n('pem', i, 5)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(l1) WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(l1) || coalesce(substr(pgen.fold(l2), 1, 1), '') || (i % 97)::text
    WHEN 2 THEN pgen.fold(first) || pgen.fold(l1) || (1950 + fixture_gen.n('pey', i, 55))::text WHEN 3 THEN pgen.fold(first) || '_' || pgen.fold(l1)
    ELSE pgen.fold(split_part(first, ' ', 1)) || '.' || pgen.fold(l1) || coalesce('.' || pgen.fold(l2), '') END
  || '@' || fixture_gen.pick(cu.domains, 'pdom', i)
FROM pgen.cu cu WHERE cu.c = pgen.p.c;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE pgen.p SET email = pgen.fold(first) || '.' || pgen.fold(l1) || '@torrealbadehenares.example' WHERE i BETWEEN 701 AND 760;
UPDATE pgen.p SET username = CASE fixture_gen.n('pun', i, 10)
    WHEN 0 THEN first || ' ' || l1 WHEN 1 THEN first || ' ' || l1 WHEN 2 THEN split_part(first, ' ', 1) || ' ' || substr(l1, 1, 1) || '.'
    WHEN 3 THEN pgen.fold(first) || pgen.fold(l1) WHEN 4 THEN pgen.fold(split_part(first, ' ', 1)) || '_' || substr(pgen.fold(l1), 1, 3) || (i % 90)::text
    WHEN 5 THEN first || ' ' || l1 || coalesce(' ' || l2, '')
    ELSE fixture_gen.pick(ARRAY['VecinaDelVal', 'ciclista_torrealba', 'vecino_estacion', 'PadreDeTres', 'jubilado_activo', 'huertos_urbanos', 'EnsancheSurYa', 'LaTerciaViva',
         'mamá_runner', 'corredor_henares', 'Olivos_Verdes', 'perrolibre', 'bibliotecaria', 'skater_td', 'ecoTorrealba', 'abuela_cebolleta', 'profe_de_mates', 'AlcaldeDeMiCasa'], 'pps', i)
         || (i % 100)::text END;
UPDATE pgen.p SET username = first || ' ' || l1 WHERE i BETWEEN 701 AND 760;
UPDATE pgen.p p SET username = p.username || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- pii: a person's details, for texts that name residents.
CREATE FUNCTION pgen.fill(tpl text, k int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(tpl, '{name}', p.first || ' ' || p.l1), '{first}', split_part(p.first, ' ', 1)), '{phone}', p.phone),
         '{email}', p.email), '{street}', p.street), '{last}', p.l1), '{dni}', p.dnum)
  FROM pgen.p p WHERE p.i = k
$$;

-- ---------------------------------------------------------------------------
-- Districts, accounts and verification.

CREATE TABLE geozones (
    id serial PRIMARY KEY, name varchar, html_map_coordinates varchar, external_code varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    census_code varchar, color varchar, geojson text
);
INSERT INTO geozones (id, name, html_map_coordinates, external_code, created_at, updated_at, census_code, color, geojson)
SELECT g, n, coords, g::text, timestamp '2017-03-02 10:14:00' + make_interval(mins => g), timestamp '2023-02-14 09:30:00' + make_interval(mins => g), lpad(g::text, 2, '0'), col,
       jsonb_build_object('type', 'Feature', 'properties', jsonb_build_object('name', n),
         'geometry', jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
           jsonb_build_array(-3.37 + g * 0.011, 40.48 + (g % 3) * 0.009), jsonb_build_array(-3.358 + g * 0.011, 40.48 + (g % 3) * 0.009),
           jsonb_build_array(-3.358 + g * 0.011, 40.489 + (g % 3) * 0.009), jsonb_build_array(-3.37 + g * 0.011, 40.489 + (g % 3) * 0.009),
           jsonb_build_array(-3.37 + g * 0.011, 40.48 + (g % 3) * 0.009)))))::text
FROM (VALUES (1, 'Distrito I - Centro Histórico', '118,62,176,58,190,104,131,121', '#1b7fbd'), (2, 'Distrito II - La Estación', '176,58,252,40,266,97,190,104', '#e3702b'),
  (3, 'Distrito III - Los Olivos', '60,120,131,121,140,190,70,200', '#4d9a3a'), (4, 'Distrito IV - Ensanche Sur', '131,121,190,104,230,190,140,190', '#a63f9b'),
  (5, 'Distrito V - El Val', '190,104,266,97,300,170,230,190', '#c9a227'), (6, 'Distrito VI - Polígono y Diseminados', '252,40,340,20,360,120,300,170', '#7a7a7a')) v(g, n, coords, col);

-- Accounts: 1-640 residents, 641-652 organizations, 661-680 created from
-- paper signatures (people 801-820), 701-760 council staff and officials.
CREATE TABLE pgen.u (uid int PRIMARY KEY, pi int, kind text, lvl int, erased boolean, hidden boolean, oauth boolean, created timestamp);
INSERT INTO pgen.u
SELECT i, i, 'res', CASE WHEN x < 5 THEN 0 WHEN x < 38 THEN 1 WHEN x < 74 THEN 2 ELSE 3 END, i % 53 = 7, i % 97 = 11, i % 6 = 1, pgen.at('uc', i, '2017-03-06', '2024-10-28')
FROM generate_series(1, 640) i CROSS JOIN LATERAL (SELECT fixture_gen.n('ulvl', i, 100) AS x) l;
INSERT INTO pgen.u SELECT 640 + o, NULL, 'org', 1, false, false, false, pgen.at('uc', 640 + o, '2017-04-01', '2023-06-01') FROM generate_series(1, 12) o;
INSERT INTO pgen.u SELECT 660 + k, 800 + k, 'sig', 3, true, false, false, pgen.at('uc', 660 + k, '2019-05-01', '2024-04-01') FROM generate_series(1, 20) k;
INSERT INTO pgen.u SELECT i, i, 'staff', CASE WHEN i % 5 = 0 THEN 1 ELSE 3 END, false, false, false, pgen.at('uc', i, '2017-02-01', '2024-02-01') FROM generate_series(701, 760) i;

CREATE TABLE pgen.org (o int PRIMARY KEY, name text, email text, phone text, resp int);
INSERT INTO pgen.org VALUES
 (1, 'Asociación Vecinal La Garena-Los Olivos', 'avlagarenalosolivos@gmail.com', '918 84 21 07', 214),
 (2, 'AMPA CEIP Miguel Hernández', 'ampa.ceipmiguelhernandez@gmail.com', '655 302 118', 87),
 (3, 'Club Deportivo Torrealba Atlético', 'secretaria@cdtorrealba.example', '918 86 55 40', 402),
 (4, 'Asociación de Mayores El Val', 'mayoreselval@hotmail.com', '918 81 09 63', 296),
 (5, 'Asociación Cultural Rumano-Española Dacia', 'asoc.dacia.torrealba@yahoo.com', '+34 642 118 930', 17),
 (6, 'Plataforma Bici Torrealba', 'hola@bicitorrealba.example', NULL, 311),
 (7, 'Cáritas Parroquial San Juan Bautista', 'caritas.sanjuan.torrealba@gmail.com', '918 80 14 92', 555),
 (8, 'Asociación de Comerciantes del Centro Histórico', 'info@comerciotorrealba.example', '918 82 70 31', 185),
 (9, 'Huertos Urbanos Camino de los Huertos', 'huertoscaminodeloshuertos@gmail.com', '622 910 447', 629),
 (10, 'Asociación Juvenil Skate Ensanche', 'skateensanche@gmail.com', '688 214 075', 148),
 (11, 'Asociación de Mujeres Clara Campoamor', 'mujeresclaracampoamor@gmail.com', '918 87 33 26', 592),
 (12, 'Centro Cultural Islámico de Torrealba', 'ccislamicotorrealba@gmail.com', '631 447 802', 259);

CREATE TABLE users (
    id serial PRIMARY KEY, email varchar DEFAULT '', encrypted_password varchar DEFAULT '' NOT NULL, reset_password_token varchar, reset_password_sent_at timestamp(6),
    remember_created_at timestamp(6), sign_in_count integer DEFAULT 0 NOT NULL, current_sign_in_at timestamp(6), last_sign_in_at timestamp(6), current_sign_in_ip inet,
    last_sign_in_ip inet, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, confirmation_token varchar, confirmed_at timestamp(6),
    confirmation_sent_at timestamp(6), unconfirmed_email varchar, email_on_comment boolean DEFAULT false, email_on_comment_reply boolean DEFAULT false,
    phone_number varchar(30), official_position varchar, official_level integer DEFAULT 0, hidden_at timestamp(6), sms_confirmation_code varchar,
    username varchar(60), document_number varchar, document_type varchar, residence_verified_at timestamp(6), email_verification_token varchar,
    verified_at timestamp(6), unconfirmed_phone varchar, confirmed_phone varchar, letter_requested_at timestamp(6), confirmed_hide_at timestamp(6),
    letter_verification_code varchar, failed_census_calls_count integer DEFAULT 0, level_two_verified_at timestamp(6), erase_reason varchar, erased_at timestamp(6),
    public_activity boolean DEFAULT true, newsletter boolean DEFAULT true, notifications_count integer DEFAULT 0 NOT NULL, registering_with_oauth boolean DEFAULT false,
    locale varchar, oauth_email varchar, geozone_id integer, redeemable_code varchar, gender varchar(10), date_of_birth timestamp(6),
    email_on_proposal_notification boolean DEFAULT true, email_digest boolean DEFAULT true, email_on_direct_message boolean DEFAULT true,
    official_position_badge boolean DEFAULT false, password_changed_at timestamp(6) DEFAULT '2015-01-01 01:01:01' NOT NULL, created_from_signature boolean DEFAULT false,
    failed_email_digests_count integer DEFAULT 0, former_users_data_log text DEFAULT '', public_interests boolean DEFAULT false, recommended_debates boolean DEFAULT true,
    recommended_proposals boolean DEFAULT true, subscriptions_token varchar, failed_attempts integer DEFAULT 0 NOT NULL, locked_at timestamp(6), unlock_token varchar
);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
CREATE UNIQUE INDEX index_users_on_username ON users (username);

-- The snapshot was taken on 2024-11-15; every account's times fall before it.
ALTER TABLE pgen.u ADD COLUMN rv timestamp, ADD COLUMN l2 timestamp, ADD COLUMN v3 timestamp, ADD COLUMN cur timestamp, ADD COLUMN last timestamp, ADD COLUMN upd timestamp,
  ADD COLUMN gone timestamp, ADD COLUMN hid timestamp, ADD COLUMN res boolean;
UPDATE pgen.u SET res = lvl >= 2 OR kind = 'sig' OR (kind = 'res' AND lvl = 1 AND uid % 11 = 3),
  cur = pgen.at('ucsa', uid, created, '2024-11-14 21:00'), upd = pgen.at('uup', uid, created, '2024-11-14 21:30'),
  gone = CASE WHEN erased THEN pgen.at('uera', uid, created + interval '1 day', '2024-11-10') END,
  hid = CASE WHEN hidden THEN pgen.at('uhid', uid, created + interval '10 days', '2024-11-10') END;
UPDATE pgen.u SET last = pgen.at('ulsa', uid, created, cur),
  rv = CASE WHEN res THEN pgen.at('urva', uid, created + interval '5 minutes', least(created + interval '60 days', timestamp '2024-11-12')) END;
UPDATE pgen.u SET l2 = CASE WHEN lvl >= 2 AND kind <> 'sig' THEN rv + make_interval(mins => 2 + fixture_gen.n('ul2', uid, 30)) END,
  v3 = CASE WHEN kind = 'sig' THEN rv WHEN lvl = 3 THEN pgen.at('uvea', uid, rv + interval '1 hour', least(rv + interval '120 days', timestamp '2024-11-14')) END;
UPDATE pgen.u SET gone = greatest(gone, rv + interval '1 hour') WHERE gone IS NOT NULL AND rv IS NOT NULL AND kind = 'res';

INSERT INTO users
SELECT u.uid,
  CASE WHEN u.erased OR u.kind = 'sig' THEN NULL WHEN u.kind = 'org' THEN o.email ELSE p.email END,
  CASE WHEN u.erased AND u.kind = 'res' THEN '' ELSE fixture_gen.bcrypt('upw', u.uid) END,
  CASE WHEN u.uid % 9 = 4 AND NOT u.erased THEN fixture_gen.hexn('urpt', u.uid, 64) END,
  CASE WHEN u.uid % 9 = 4 AND NOT u.erased THEN pgen.at('urps', u.uid, u.created, '2024-11-14') END,
  CASE WHEN u.uid % 4 = 0 AND NOT u.erased AND u.kind <> 'sig' THEN pgen.at('urc', u.uid, u.created, u.cur) END,
  CASE WHEN u.kind = 'sig' OR u.lvl = 0 THEN 0 ELSE 1 + fixture_gen.n('usic', u.uid, CASE WHEN u.kind = 'staff' THEN 900 ELSE 140 END) END,
  CASE WHEN u.kind <> 'sig' AND u.lvl > 0 THEN u.cur END,
  CASE WHEN u.kind <> 'sig' AND u.lvl > 0 THEN u.last END,
  CASE WHEN u.kind <> 'sig' AND u.lvl > 0 THEN (CASE WHEN u.kind = 'staff' AND u.uid % 3 <> 0 THEN '195.57.' || (40 + u.uid % 3) || '.' || (10 + u.uid % 200)
       WHEN u.uid % 7 = 2 THEN fixture_gen.ipv6('ucip', u.uid) WHEN u.uid % 13 = 1 THEN fixture_gen.ipv4('ucip', u.uid) ELSE pgen.esip('ucip', u.uid) END)::inet END,
  CASE WHEN u.kind <> 'sig' AND u.lvl > 0 THEN (CASE WHEN u.uid % 7 = 5 THEN fixture_gen.ipv6('ulip', u.uid) ELSE pgen.esip('ulip', u.uid) END)::inet END,
  u.created, greatest(u.upd, u.gone, u.v3, u.hid),
  CASE WHEN u.kind = 'sig' THEN NULL WHEN u.lvl = 0 OR u.uid % 3 = 0 THEN pgen.friendly('ucft', u.uid) END,
  CASE WHEN u.kind = 'sig' THEN NULL WHEN u.lvl > 0 THEN u.created + make_interval(mins => 2 + fixture_gen.n('ucfa', u.uid, 2000)) END,
  CASE WHEN u.kind <> 'sig' THEN u.created + interval '1 second' END,
  CASE WHEN u.kind = 'res' AND u.uid % 41 = 5 AND NOT u.erased THEN pgen.fold(p.first) || pgen.fold(p.l1) || '@protonmail.com' END,
  u.uid % 3 = 1, u.uid % 4 = 1,
  CASE WHEN u.kind = 'org' THEN o.phone WHEN u.kind = 'res' AND u.uid % 31 = 3 AND NOT u.erased THEN p.phone END,
  CASE u.uid WHEN 701 THEN 'Concejala de Participación Ciudadana y Transparencia' WHEN 702 THEN 'Alcalde-Presidente' WHEN 703 THEN 'Jefa de Servicio de Participación Ciudadana'
    WHEN 704 THEN 'Concejal de Urbanismo y Movilidad' WHEN 705 THEN 'Directora del Área de Medio Ambiente' WHEN 706 THEN 'Concejal de Juventud y Deportes' END,
  CASE u.uid WHEN 702 THEN 5 WHEN 701 THEN 4 WHEN 704 THEN 4 WHEN 706 THEN 4 WHEN 705 THEN 3 WHEN 703 THEN 2 ELSE 0 END,
  u.hid,
  CASE WHEN (u.lvl >= 2 AND u.kind <> 'sig') OR (u.kind = 'res' AND u.lvl = 1 AND u.uid % 11 = 3) THEN fixture_gen.digits('usms', u.uid, 4) END,
  CASE WHEN u.erased OR u.kind IN ('org', 'sig') THEN NULL ELSE p.username END,
  CASE WHEN u.res THEN p.dnum END,
  CASE WHEN u.res THEN p.dtype END,
  u.rv,
  CASE WHEN u.lvl = 3 AND u.kind = 'res' AND u.uid % 4 = 1 THEN pgen.friendly('uevt', u.uid) END,
  u.v3,
  CASE WHEN u.kind = 'res' AND u.lvl = 1 AND u.uid % 11 = 3 THEN p.phone END,
  CASE WHEN u.lvl >= 2 AND u.kind <> 'sig' THEN p.phone END,
  CASE WHEN u.lvl = 3 AND u.kind = 'res' AND u.uid % 4 = 2 THEN pgen.at('ulra', u.uid, u.l2, u.v3) END,
  CASE WHEN u.hidden AND u.uid % 2 = 0 THEN u.hid + interval '2 days' END,
  CASE WHEN u.lvl = 3 AND u.kind = 'res' AND u.uid % 4 = 2 THEN fixture_gen.digits('ulvc', u.uid, 6) END,
  CASE WHEN u.uid % 23 = 6 THEN 1 + fixture_gen.n('ufcc', u.uid, 3) ELSE 0 END,
  u.l2,
  CASE WHEN u.erased AND u.kind = 'res' THEN fixture_gen.pick(ARRAY[
      'Me he mudado a Guadalajara y ya no estoy empadronada en Torrealba.',
      'No quiero recibir más correos del ayuntamiento.',
      'Me registré con el correo del trabajo por error.',
      'Privacidad',
      'Esta cuenta era de mi padre, que falleció en marzo. Soy su hija, la gestiono yo.',
      'Tengo otra cuenta con el mismo DNI, uso la otra.',
      'No me parece bien que se publiquen los comentarios con mi nombre.',
      ''], 'uer', u.uid) END,
  u.gone,
  u.uid % 5 <> 2, u.uid % 3 <> 2 AND NOT u.erased,
  CASE WHEN u.lvl > 0 AND u.kind <> 'sig' THEN fixture_gen.n('unc', u.uid, 25) ELSE 0 END,
  false,
  CASE WHEN u.kind = 'org' OR u.kind = 'sig' THEN 'es' ELSE p.locale END,
  CASE WHEN u.oauth AND NOT u.erased THEN CASE WHEN u.uid % 12 = 1 THEN pgen.fold(p.first) || '.' || pgen.fold(p.l1) || (u.uid % 50) || '@gmail.com' ELSE p.email END END,
  CASE WHEN u.res THEN p.gz END,
  CASE WHEN u.kind = 'res' AND u.uid % 29 = 3 THEN pgen.b58('urdc', u.uid, 10) END,
  CASE WHEN u.res THEN p.g END,
  CASE WHEN u.res THEN p.dob::timestamp END,
  u.uid % 7 <> 3, u.uid % 5 <> 1, u.uid % 9 <> 2,
  u.uid IN (701, 702, 704, 705, 706),
  CASE WHEN u.uid % 6 = 2 AND u.kind IN ('res', 'staff') THEN pgen.at('upca', u.uid, u.created, u.cur) ELSE timestamp '2015-01-01 01:01:01' END,
  u.kind = 'sig',
  CASE WHEN u.uid % 43 = 8 THEN 1 + fixture_gen.n('ufed', u.uid, 4) ELSE 0 END,
  CASE WHEN u.kind = 'res' AND u.uid % 47 = 12 AND u.res THEN ' | id: ' || (660 + 1 + u.uid % 20) || ' - ' || to_char(pgen.at('ufud', u.uid, u.rv, '2024-11-14'), 'YYYY-MM-DD HH24:MI:SS') ELSE '' END,
  u.uid % 8 = 3, u.uid % 10 <> 4, u.uid % 10 <> 6,
  CASE WHEN u.uid % 3 <> 0 AND NOT u.erased THEN pgen.b58('usbt', u.uid, 32) END,
  CASE WHEN u.uid % 61 = 9 THEN 20 WHEN u.uid % 17 = 4 THEN 1 + fixture_gen.n('ufat', u.uid, 4) ELSE 0 END,
  CASE WHEN u.uid % 61 = 9 THEN pgen.at('ulka', u.uid, u.created, '2024-11-14') END,
  CASE WHEN u.uid % 61 = 9 THEN fixture_gen.hexn('uunl', u.uid, 64) END
FROM pgen.u u LEFT JOIN pgen.p p ON p.i = u.pi LEFT JOIN pgen.org o ON o.o = u.uid - 640 AND u.kind = 'org'
ORDER BY u.uid;

CREATE TABLE identities (id serial PRIMARY KEY, user_id integer, provider varchar, uid varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);
INSERT INTO identities (user_id, provider, uid, created_at, updated_at)
SELECT u.uid, pr, CASE pr WHEN 'twitter' THEN (1000000 + fixture_gen.n('idtw', u.uid, 2000000000))::text || fixture_gen.digits('idtw2', u.uid, 8)
    WHEN 'facebook' THEN '10' || fixture_gen.digits('idfb', u.uid, 15) WHEN 'google_oauth2' THEN '1' || fixture_gen.digits('idgo', u.uid, 20)
    ELSE fixture_gen.uuid('idoidc', u.uid) END, u.created, u.created
FROM pgen.u u CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['twitter', 'facebook', 'facebook', 'google_oauth2', 'google_oauth2', 'google_oauth2', 'openid_connect'], 'idp', u.uid) AS pr) x
WHERE u.oauth AND NOT u.erased ORDER BY u.uid;

-- Pre-verified residents the council imported (phone and email from its registers).
CREATE TABLE verified_users (
    id serial PRIMARY KEY, document_number varchar, document_type varchar, phone varchar, email varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO verified_users (document_number, document_type, phone, email, created_at, updated_at)
SELECT p.dnum, p.dtype, CASE WHEN p.i % 5 = 0 THEN NULL ELSE regexp_replace(p.phone, '[^0-9+]', '', 'g') END, CASE WHEN p.i % 7 = 0 THEN NULL ELSE p.email END,
       timestamp '2018-01-22 08:15:00' + make_interval(secs => p.i), timestamp '2018-01-22 08:15:00' + make_interval(secs => p.i)
FROM pgen.p p WHERE (p.i <= 640 AND p.i % 9 = 1) OR p.i BETWEEN 821 AND 850 ORDER BY p.i;

CREATE TABLE failed_census_calls (
    id serial PRIMARY KEY, user_id integer, document_number varchar, document_type varchar, date_of_birth date, postal_code varchar, district_code varchar,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, poll_officer_id integer, year_of_birth integer
);
INSERT INTO failed_census_calls (user_id, document_number, document_type, date_of_birth, postal_code, district_code, created_at, updated_at, poll_officer_id, year_of_birth)
SELECT CASE WHEN k % 4 = 3 THEN NULL ELSE u END,
       CASE k % 5 WHEN 0 THEN lower(p.dnum) WHEN 1 THEN substr(p.dnum, 1, length(p.dnum) - 1) WHEN 2 THEN overlay(p.dnum placing (fixture_gen.n('fcd', k, 10))::text from 3 for 1) ELSE p.dnum END,
       CASE WHEN k % 6 = 4 THEN '1' ELSE p.dtype END,
       CASE WHEN k % 4 = 3 THEN NULL WHEN k % 3 = 0 THEN p.dob + 1 ELSE p.dob END,
       CASE WHEN k % 4 = 3 THEN NULL WHEN k % 7 = 2 THEN '28805' WHEN k % 7 = 5 THEN '28030' ELSE p.pc END,
       NULL, t.c, t.c, CASE WHEN k % 4 = 3 THEN 1 + k % 40 END, CASE WHEN k % 4 = 3 THEN extract(year FROM p.dob)::int END
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 4 = 3 THEN 800 + 1 + fixture_gen.n('fcp', k, 100) ELSE 1 + fixture_gen.n('fcu', k, 640) END AS pi, 1 + fixture_gen.n('fcu', k, 640) AS u) a
JOIN pgen.p p ON p.i = a.pi
CROSS JOIN LATERAL (SELECT pgen.at('fcc', k, '2018-02-01', '2024-10-30') AS c) t ORDER BY t.c;

-- Residents the census web service does not know (new registrations, students,
-- workers), loaded by the council.
CREATE TABLE local_census_records (
    id bigserial PRIMARY KEY, document_number varchar NOT NULL, document_type varchar NOT NULL, date_of_birth date NOT NULL, postal_code varchar NOT NULL,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO local_census_records (document_number, document_type, date_of_birth, postal_code, created_at, updated_at)
SELECT p.dnum, p.dtype, p.dob, p.pc, t.c, t.c + make_interval(days => CASE WHEN p.i % 5 = 0 THEN 30 ELSE 0 END)
FROM pgen.p p CROSS JOIN LATERAL (SELECT pgen.at('lcr', p.i, '2021-09-01', '2024-09-30') AS c) t
WHERE p.i BETWEEN 801 AND 900 OR (p.i <= 640 AND p.i % 5 = 2) ORDER BY t.c;

CREATE TABLE organizations (id serial PRIMARY KEY, user_id integer, name varchar(60), verified_at timestamp(6), rejected_at timestamp(6), responsible_name varchar(60));
INSERT INTO organizations (id, user_id, name, verified_at, rejected_at, responsible_name)
SELECT o.o, 640 + o.o, o.name, CASE WHEN o.o NOT IN (10, 12) THEN u.created + interval '3 days' END, CASE WHEN o.o = 10 THEN u.created + interval '5 days' END, p.full_name
FROM pgen.org o JOIN pgen.u u ON u.uid = 640 + o.o JOIN pgen.p p ON p.i = o.resp ORDER BY o.o;

CREATE TABLE administrators (id serial PRIMARY KEY, user_id integer, description varchar);
INSERT INTO administrators (user_id, description) VALUES
 (703, 'Sonia Aranda - Jefa de Servicio de Participación'), (707, NULL), (708, NULL), (709, NULL), (710, 'Soporte técnico (empresa adjudicataria)');
UPDATE administrators a SET description = p.first || ' ' || p.l1 || ' - ' || x.d
FROM pgen.p p, (VALUES (707, 'Técnico de Participación'), (708, 'Comunicación y redes'), (709, 'Servicio de Nuevas Tecnologías')) x(u, d) WHERE a.user_id = x.u AND p.i = x.u;

CREATE TABLE moderators (id serial PRIMARY KEY, user_id integer);
INSERT INTO moderators (user_id) VALUES (707), (711), (712), (713);

CREATE TABLE valuators (id serial PRIMARY KEY, user_id integer, description varchar, valuator_group_id integer, can_comment boolean DEFAULT true, can_edit_dossier boolean DEFAULT true);
INSERT INTO valuators (user_id, description, valuator_group_id, can_comment, can_edit_dossier)
SELECT 713 + k, (ARRAY['Arquitecto técnico - Obras y Vías Públicas', 'Ingeniera de caminos - Movilidad', 'Técnica de Medio Ambiente', 'Técnico de Parques y Jardines',
    'Técnica de Educación', 'Técnico de Deportes', 'Trabajadora social - Servicios Sociales', 'Técnico de Cultura y Festejos', 'Técnica de Juventud',
    'Ingeniero industrial - Alumbrado y Eficiencia Energética', 'Técnica de Accesibilidad', 'Interventor adjunto - Hacienda'])[k],
    1 + (k - 1) / 3, k <> 12, k NOT IN (5, 12)
FROM generate_series(1, 12) k;

CREATE TABLE settings (id serial PRIMARY KEY, key varchar, value varchar);
INSERT INTO settings (key, value)
SELECT k, v FROM (VALUES
  ('official_level_1_name', 'Empleado/a municipal'), ('official_level_2_name', 'Personal técnico de dirección'), ('official_level_3_name', 'Directora o director de área'),
  ('official_level_4_name', 'Concejala o concejal'), ('official_level_5_name', 'Alcalde'), ('max_ratio_anon_votes_on_debates', '50'), ('max_votes_for_debate_edit', '1000'),
  ('max_votes_for_proposal_edit', '1000'), ('comments_body_max_length', '1000'), ('proposal_code_prefix', 'TORR'), ('votes_for_proposal_success', '1200'),
  ('months_to_archive_proposals', '12'), ('email_domain_for_officials', 'torrealbadehenares.example'), ('twitter_handle', '@TorrealbaDecide'),
  ('twitter_hashtag', '#DecideTorrealba'), ('facebook_handle', 'AytoTorrealbadeHenares'), ('youtube_handle', 'AyuntamientoTorrealba'), ('telegram_handle', 'DecideTorrealba'),
  ('instagram_handle', 'ayto_torrealba'), ('url', 'https://decide.torrealbadehenares.example'), ('org_name', 'Decide Torrealba'),
  ('place_name', 'Torrealba de Henares'), ('meta_title', 'Decide Torrealba - Portal de participación ciudadana'),
  ('meta_description', 'Propón, debate y decide sobre tu ciudad.'), ('meta_keywords', 'participación, presupuestos participativos, Torrealba'),
  ('mailer_from_name', 'Decide Torrealba'), ('mailer_from_address', 'no-responder@torrealbadehenares.example'),
  ('blog_url', 'https://www.torrealbadehenares.example/noticias'), ('transparency_url', 'https://transparencia.torrealbadehenares.example'),
  ('opendata_url', 'https://datos.torrealbadehenares.example'), ('verification_offices_url', 'https://www.torrealbadehenares.example/oficinas-atencion-ciudadania'),
  ('proposal_notification_minimum_interval_in_days', '3'), ('direct_message_max_per_day', '3'), ('min_age_to_participate', '16'), ('hot_score_period_in_days', '31'),
  ('feature.featured_proposals', 'active'), ('feature.facebook_login', 'active'), ('feature.google_login', 'active'), ('feature.twitter_login', ''),
  ('feature.wordpress_login', ''), ('feature.public_stats', 'active'), ('feature.signature_sheets', 'active'), ('feature.user.recommendations', 'active'),
  ('feature.user.skip_verification', ''), ('feature.remote_census', 'active'), ('feature.map', 'active'), ('feature.allow_images', 'active'),
  ('feature.allow_attached_documents', 'active'), ('feature.help_page', 'active'), ('feature.remote_translations', ''), ('process.debates', 'active'),
  ('process.proposals', 'active'), ('process.polls', 'active'), ('process.budgets', 'active'), ('process.legislation', 'active'),
  ('map.latitude', '40.4842'), ('map.longitude', '-3.3617'), ('map.zoom', '14'),
  ('remote_census.general.endpoint', 'https://sede.torrealbadehenares.example/padron/ws/ConsultaPadron?wsdl'),
  ('remote_census.request.method_name', 'consultarHabitante'), ('remote_census.request.structure', '{ "request": { "codigoInstitucion": 28, "codigoPortal": 1, "documento": "nil", "tipoDocumento": "nil" } }'),
  ('remote_census.request.document_type', 'request.tipoDocumento'), ('remote_census.request.document_number', 'request.documento'),
  ('remote_census.request.date_of_birth', ''), ('remote_census.request.postal_code', ''),
  ('remote_census.response.date_of_birth', 'consultarHabitanteResponse.return.fechaNacimiento'), ('remote_census.response.postal_code', 'consultarHabitanteResponse.return.codigoPostal'),
  ('remote_census.response.district', 'consultarHabitanteResponse.return.codigoDistrito'), ('remote_census.response.gender', 'consultarHabitanteResponse.return.sexo'),
  ('remote_census.response.name', 'consultarHabitanteResponse.return.nombre'), ('remote_census.response.surname', 'consultarHabitanteResponse.return.apellido1'),
  ('remote_census.response.valid', 'consultarHabitanteResponse.return.existe'),
  ('html.per_page_code_head', ''), ('html.per_page_code_body', ''), ('uploads.images.min_width', '0'), ('uploads.images.max_size', '1'),
  ('uploads.documents.max_amount', '3'), ('sdg.process.budgets', ''), ('homepage.widgets.feeds.proposals', 'active')) s(k, v);

-- ---------------------------------------------------------------------------
-- Texts: topics of debates, proposals and budget projects, comment bodies,
-- and the sentences with personal data some residents add to them.

CREATE TABLE pgen.topic (kind text, k int, title text, summary text, body text, place text, price bigint, PRIMARY KEY (kind, k));
INSERT INTO pgen.topic (kind, k, title, body) VALUES
 ('deb', 0, '¿Peatonalizamos la Calle Mayor los fines de semana?', 'Los sábados y domingos la Calle Mayor se llena de coches dando vueltas para aparcar y los comercios dicen que la gente ya no pasea. En otras ciudades de la Comunidad han cerrado el centro al tráfico los fines de semana y ha funcionado. ¿Qué opináis? ¿Cómo afectaría a quienes tienen garaje?'),
 ('deb', 1, 'Horario de la biblioteca en época de exámenes', 'La Biblioteca Gloria Fuertes cierra a las 20:30 incluso en enero y en junio. Muchos estudiantes no tenemos un sitio tranquilo en casa. Propongo abrir hasta medianoche en los periodos de exámenes, como hacen otras salas de estudio de la zona.'),
 ('deb', 2, 'Ruido de las terrazas en la Plaza de España', 'Desde que se ampliaron las terrazas hay ruido hasta la una de la madrugada entre semana. Entiendo que la hostelería tiene que trabajar, pero los que vivimos encima también necesitamos dormir. ¿Se puede revisar la ordenanza de terrazas?'),
 ('deb', 3, '¿Qué hacemos con el antiguo matadero?', 'El edificio del antiguo matadero lleva veinte años cerrado. Se ha hablado de un centro de creación joven, de un mercado gastronómico y de viviendas de alquiler asequible. Abro este debate para recoger ideas antes de que se decida nada.'),
 ('deb', 4, 'Excrementos de perro en el Parque de los Olivos', 'Cada mañana el parque aparece lleno de excrementos. Los dispensadores de bolsas casi nunca tienen bolsas. ¿Multas más altas, más vigilancia o un pipicán vallado?'),
 ('deb', 5, 'Frecuencia del autobús urbano L2 al Ensanche Sur', 'El L2 pasa cada 30 minutos y los domingos cada hora. En el Ensanche Sur vivimos ya más de 15.000 personas y no hay otra forma de llegar a la estación sin coche.'),
 ('deb', 6, 'Aparcamiento disuasorio junto a la estación', 'Los que trabajamos en Madrid dejamos el coche en las calles de alrededor de la estación y los vecinos de La Estación no tienen dónde aparcar. Un aparcamiento disuasorio en la parcela del antiguo almacén resolvería el problema.'),
 ('deb', 7, 'Fiestas patronales: ¿más conciertos o más actividades para niños?', 'Cada año se gasta la mayor parte del presupuesto de fiestas en dos conciertos. Las familias pedimos más actividades de día para los pequeños. ¿Cómo lo repartiríais?'),
 ('deb', 8, 'Rotonda de la Avenida de Castilla y las bicis', 'Cruzar la rotonda en bici a las 8 de la mañana es jugarse la vida. Los coches no respetan el carril y no hay ningún paso señalizado. ¿Alguien más la usa a diario?'),
 ('deb', 9, 'Centro de salud de El Val cerrado por las tardes', 'Desde el verano el centro de salud de El Val solo abre por las mañanas. Las personas mayores del distrito tienen que ir al del centro en autobús. Sé que es competencia de la Comunidad, pero el ayuntamiento debería exigirlo.'),
 ('deb', 10, 'Solares abandonados en El Val', 'Hay al menos cuatro solares llenos de maleza y basura. En verano hay riesgo de incendio y ratas. ¿Quién es responsable de limpiarlos?'),
 ('deb', 11, '¿Tasa de basuras según lo que recicles?', 'Algunos municipios cobran menos a quien separa bien los residuos. Me parece más justo que pagar todos lo mismo. ¿Se podría estudiar aquí?'),
 ('deb', 12, 'Más sombra en los patios de los colegios', 'En junio los patios de los colegios públicos son un horno de cemento. Toldos, árboles, pérgolas... lo que sea, pero hace falta ya.'),
 ('deb', 13, 'Homenaje a doña Rosario Jiménez, vecina centenaria', 'Rosario Jiménez Ortega cumple 100 años el mes que viene. Nació en la calle de la Tercia, fue maestra en la escuela de la plaza durante cuarenta años y media Torrealba aprendió a leer con ella. Propongo que la nueva sala de lectura lleve su nombre.'),
 ('deb', 14, 'Mercadillo de los jueves: ¿cambiarlo de sitio?', 'El mercadillo ocupa todo el Paseo de la Estación y corta el paso del autobús. El recinto ferial está vacío casi todo el año y tiene aparcamiento.'),
 ('deb', 15, 'Horarios de la piscina cubierta', 'La piscina cubierta cierra a mediodía y los que trabajamos solo podemos ir de 21:00 a 22:00, cuando está a rebosar. ¿Ampliar horarios o abrir más calles para nado libre?'),
 ('deb', 16, 'Alquiler de vivienda para jóvenes', 'Con los precios actuales es imposible independizarse en Torrealba. ¿Qué puede hacer el ayuntamiento? ¿Vivienda pública en alquiler, ayudas, algo con los pisos vacíos?'),
 ('deb', 17, 'Patinetes eléctricos por las aceras', 'Cada vez hay más patinetes circulando por las aceras a toda velocidad. Las personas mayores y los niños tienen miedo. ¿Hace falta una ordenanza más clara o más policía?'),
 ('deb', 18, 'Convivencia en el parque de la Estación por las noches', 'Hay grupos que se quedan bebiendo hasta tarde y por la mañana el parque está lleno de botellas. No quiero criminalizar a nadie, pero algo habrá que hacer.'),
 ('deb', 19, '¿Debería el ayuntamiento publicar las agendas de los concejales?', 'En otros ayuntamientos se publica con quién se reúne cada concejal. Sería un paso en transparencia.');

INSERT INTO pgen.topic (kind, k, title, summary, body) VALUES
 ('prop', 0, 'Carril bici entre la estación y el Ensanche Sur', 'Un carril bici segregado de 2,3 km desde la estación de Cercanías hasta la Avenida de Europa.', 'Miles de vecinos del Ensanche Sur van cada día a la estación en coche porque no hay una forma segura de ir en bici. Proponemos un carril bici segregado y bidireccional por el Paseo de la Estación y la Avenida de Europa, con aparcabicis cubierto en la estación.'),
 ('prop', 1, 'Desfibriladores en todas las instalaciones deportivas', 'Instalar un desfibrilador y formar al personal en cada instalación deportiva municipal.', 'El año pasado un chaval sufrió una parada en el campo de fútbol y tardó la ambulancia veinte minutos. Un desfibrilador cuesta menos de 1.500 euros.'),
 ('prop', 2, 'Huertos urbanos para mayores', 'Parcelas de huerto gratuitas para mayores de 65 años en el Camino de los Huertos.', 'Hay terreno municipal sin uso en el Camino de los Huertos. Con una toma de agua y una caseta para herramientas podrían funcionar 40 parcelas. Es salud, es compañía y es barrio.'),
 ('prop', 3, 'Bonificación del IBI por instalar placas solares', 'Una bonificación del 50% del IBI durante cinco años a las viviendas que instalen autoconsumo.', 'La ley permite a los ayuntamientos bonificar el IBI por instalar sistemas de aprovechamiento de la energía solar. Muchos municipios vecinos ya lo hacen.'),
 ('prop', 4, 'Crear un consejo municipal de la infancia', 'Un órgano donde niños y niñas de 8 a 16 años opinen sobre lo que les afecta.', 'Los niños y niñas también son vecinos. Proponemos un consejo con representantes de todos los colegios que se reúna con el pleno dos veces al año.'),
 ('prop', 5, 'Recuperar el arroyo del Val como paseo verde', 'Limpiar y renaturalizar el cauce del arroyo del Val con un paseo peatonal.', 'El arroyo está lleno de escombros y cañas. Con un paseo de tierra compactada y arbolado podría unir El Val con el Centro Histórico.'),
 ('prop', 6, 'Punto limpio móvil en cada distrito', 'Un punto limpio móvil que pase una vez al mes por cada distrito.', 'El punto limpio está en el polígono y sin coche es imposible llevar allí pilas, aceite o pequeños electrodomésticos.'),
 ('prop', 7, 'Clases gratuitas de español en los centros cívicos', 'Cursos de español para adultos, por la tarde y con servicio de guardería.', 'Muchas vecinas y vecinos recién llegados quieren aprender español pero los cursos que hay son por la mañana, cuando trabajan. Con un aula y una profesora por centro cívico sería suficiente.'),
 ('prop', 8, 'Wifi gratuito en la Plaza de España y la biblioteca', 'Una red wifi municipal abierta en la plaza y en la biblioteca.', 'No todo el mundo tiene datos suficientes en el móvil para hacer trámites con la administración.'),
 ('prop', 9, 'Marquesinas con sombra en todas las paradas de autobús', 'Sustituir los postes por marquesinas con banco y sombra.', 'Hay paradas en el Ensanche Sur donde se espera al sol a 40 grados. Las personas mayores lo pasan muy mal.'),
 ('prop', 10, 'Skatepark cubierto en el Ensanche Sur', 'Un skatepark con cubierta para poder patinar todo el año.', 'Los jóvenes patinan en la plaza del centro comercial y los echan. Un skatepark cubierto les daría un sitio propio.'),
 ('prop', 11, 'Pasos de peatones elevados frente a los colegios', 'Pasos elevados y señalización luminosa en todos los entornos escolares.', 'Los coches pasan a 50 por delante de los colegios a la hora de entrada. Los pasos elevados obligan a frenar.'),
 ('prop', 12, 'Fuentes de agua potable en todos los parques', 'Al menos una fuente de agua potable en cada parque municipal.', 'En muchos parques no hay ninguna fuente, y en verano los niños y los deportistas lo necesitan.'),
 ('prop', 13, 'Abrir los patios de los colegios los fines de semana', 'Que los patios escolares se abran como espacio de juego los sábados y domingos.', 'En el Centro Histórico no hay apenas parques. Los patios de los colegios están cerrados justo cuando las familias tienen tiempo.'),
 ('prop', 14, 'Banco de alimentos municipal permanente', 'Un local municipal estable para el banco de alimentos que hoy gestionan voluntarios.', 'Las entidades que reparten alimentos cambian de local cada poco tiempo. Un espacio municipal con cámaras frigoríficas permitiría atender a más familias.'),
 ('prop', 15, 'Señalización en varios idiomas en el ayuntamiento', 'Carteles y trámites básicos en rumano, árabe, inglés y chino.', 'Una parte importante del vecindario no domina el español. Traducir la señalización y los trámites más comunes facilitaría la vida a todos.'),
 ('prop', 16, 'Recogida de aceite usado en los mercados', 'Contenedores de aceite usado en los mercados municipales.', 'El aceite que se tira por el fregadero atasca las tuberías y contamina. Con contenedores en los mercados se recogería mucho más.'),
 ('prop', 17, 'Ludoteca municipal en verano', 'Un campamento urbano municipal en julio con precios según renta.', 'Las familias que trabajamos no podemos pagar los campamentos privados. Una ludoteca municipal en los colegios sería una gran ayuda.');

INSERT INTO pgen.topic (kind, k, title, body, place, price) VALUES
 ('inv', 0, 'Parque infantil inclusivo en el Parque de los Olivos', 'Juegos accesibles para niños y niñas con discapacidad: columpio de cesta, carrusel a ras de suelo, paneles sensoriales y suelo de caucho.', 'Parque de los Olivos, zona norte junto a la calle Miguel Hernández', 185000),
 ('inv', 1, 'Toldos y árboles en el patio del CEIP Miguel Hernández', 'Instalar toldos en la zona de infantil y plantar árboles de sombra en el patio de primaria.', 'CEIP Miguel Hernández', 62000),
 ('inv', 2, 'Carril bici Estación - Ensanche Sur', 'Primer tramo del carril bici segregado entre la estación y la Avenida de Europa.', 'Paseo de la Estación y Avenida de Europa', 740000),
 ('inv', 3, 'Fuentes de agua potable en el Paseo de la Estación', 'Cuatro fuentes bebedero con grifo para mascotas a lo largo del paseo.', 'Paseo de la Estación', 24000),
 ('inv', 4, 'Rehabilitar la pista de atletismo del polideportivo', 'La pista tiene grietas y charcos. Proponemos renovar el tartán y el drenaje.', 'Polideportivo Municipal Las Eras', 310000),
 ('inv', 5, 'Iluminación LED en el Camino del Val', 'El camino no tiene ninguna farola entre la rotonda y la ermita y mucha gente lo usa para caminar de noche.', 'Camino del Val, entre la rotonda y la ermita', 98000),
 ('inv', 6, 'Pipicán vallado en el Ensanche Sur', 'Un área canina vallada con fuente y bancos para que los perros puedan correr sin molestar.', 'Parcela municipal junto a la calle Clara Campoamor', 35000),
 ('inv', 7, 'Bancos y sombras en la Plaza de España', 'La plaza no tiene casi bancos a la sombra. Pérgolas y bancos con respaldo para las personas mayores.', 'Plaza de España', 45000),
 ('inv', 8, 'Rampa de acceso al centro de mayores El Val', 'La entrada tiene tres escalones y las personas en silla de ruedas tienen que entrar por el garaje.', 'Centro de Mayores El Val, calle Virgen del Val', 28000),
 ('inv', 9, 'Huerto escolar en el IES Clara Campoamor', 'Bancales elevados, riego por goteo y una caseta para un huerto que usarían todas las clases.', 'IES Clara Campoamor', 15000),
 ('inv', 10, 'Aparcamiento de bicicletas seguro en la estación', 'Un aparcamiento cerrado con acceso con tarjeta del abono transporte.', 'Estación de Cercanías, aparcamiento norte', 52000),
 ('inv', 11, 'Renovación del pavimento de la calle de la Tercia', 'Los adoquines están sueltos y hay caídas continuamente, sobre todo de personas mayores.', 'Calle de la Tercia', 260000),
 ('inv', 12, 'Skatepark en el Ensanche Sur', 'Un skatepark de hormigón de unos 800 metros cuadrados diseñado con los propios patinadores.', 'Parque Lineal del Ensanche Sur', 420000),
 ('inv', 13, 'Mesas de ping-pong y ajedrez en los parques', 'Mesas de hormigón antivandálicas en cinco parques, una por distrito.', 'Parques de los distritos I a V', 18000),
 ('inv', 14, 'Pasos de peatones iluminados frente a colegios', 'Balizas LED y señales luminosas en los pasos de peatones de los entornos escolares.', 'Entornos escolares de los seis distritos', 76000),
 ('inv', 15, 'Plantación de 500 árboles en el polígono', 'El polígono es una isla de calor. Plantar arbolado en las aceras y en las rotondas.', 'Calle de la Industria y Camino de los Huertos', 140000),
 ('inv', 16, 'Biblioteca de semillas', 'Un banco de semillas locales en la biblioteca, con talleres de intercambio.', 'Biblioteca Gloria Fuertes', 6000),
 ('inv', 17, 'Climatizar la sala de estudio de La Estación', 'La sala de estudio del centro cívico no tiene aire acondicionado y en junio no se puede estudiar.', 'Centro Cívico La Estación', 39000),
 ('inv', 18, 'Zona de calistenia en El Val', 'Barras, paralelas y espalderas para entrenar al aire libre.', 'Parque de El Val', 30000),
 ('inv', 19, 'Reparar la fuente de la Plaza de España', 'La fuente ornamental lleva tres años sin funcionar.', 'Plaza de España', 55000),
 ('inv', 20, 'Puntos de recarga para coches eléctricos', 'Un punto de recarga rápida en cada aparcamiento público de los distritos.', 'Aparcamientos públicos de los seis distritos', 210000),
 ('inv', 21, 'Rocódromo en el polideportivo', 'Un muro de escalada de 12 metros y una zona de búlder para iniciación.', 'Polideportivo Municipal Las Eras', 95000),
 ('inv', 22, 'Cambiador accesible en el recinto ferial', 'Un aseo con cambiador para adultos, para las personas con gran discapacidad que acuden a las fiestas.', 'Recinto ferial', 12000),
 ('inv', 23, 'Mapa de accesibilidad del Centro Histórico', 'Un estudio de las barreras arquitectónicas del centro y un mapa en la web con los itinerarios accesibles.', NULL, 9000);

-- Generic paragraphs with no personal data.
CREATE TABLE pgen.para (k int PRIMARY KEY, t text);
INSERT INTO pgen.para VALUES
 (0, 'Lo he comentado con varios vecinos del portal y todos estamos de acuerdo.'),
 (1, 'Sé que el presupuesto es limitado, pero creo que es una prioridad.'),
 (2, 'Adjunto unas fotos para que se vea el estado actual.'),
 (3, 'Ya se pidió en la junta de distrito y nos dijeron que lo estudiarían.'),
 (4, 'Espero que esta vez se tenga en cuenta.'),
 (5, 'Pido a los técnicos municipales que valoren también el coste de mantenimiento.'),
 (6, 'Es una medida barata y que beneficia a todo el distrito.'),
 (7, 'Os animo a apoyarla y a compartirla.');

-- Sentences with a resident's details ({name}, {phone}, {email}, {street}, {dni}).
CREATE TABLE pgen.pii (k int PRIMARY KEY, t text);
INSERT INTO pgen.pii VALUES
 (0, 'Si alguien quiere sumarse, podéis escribirme a {email}.'),
 (1, 'Mi teléfono es el {phone}, llamadme por las tardes si queréis que lo organicemos.'),
 (2, 'Lo hablé con {name}, que vive en {street}, y le pasa exactamente lo mismo.'),
 (3, 'Para más información: {name}, {phone}.'),
 (4, 'Soy {name}, vecina del distrito desde hace treinta años.'),
 (5, 'Las firmas las recoge {name} en la mercería de la calle Mayor; también por correo a {email}.'),
 (6, 'Vivo en {street} y lo sufro todas las noches.'),
 (7, 'Contacto de la AMPA: {name} ({phone}).');

CREATE TABLE pgen.com (k int PRIMARY KEY, t text, pii boolean);
INSERT INTO pgen.com VALUES
 (0, 'Totalmente de acuerdo, ya era hora.', false), (1, 'No lo veo. Hay otras prioridades en el barrio, como arreglar las aceras.', false),
 (2, '¿Alguien sabe si esto ya se aprobó en el pleno de marzo?', false), (3, 'Yo lo apoyo, pero habría que pensar en los vecinos mayores que necesitan el coche.', false),
 (4, 'Esto se propuso hace dos años y no se hizo nada.', false), (5, 'Muy buena idea. En Rivas lo hicieron y funciona muy bien.', false),
 (6, 'El problema es el mantenimiento: se instala y a los dos años está roto.', false), (7, '¿Cuánto costaría? Me parece muy caro para lo que es.', false),
 (8, 'Gracias por proponerlo, lo comparto en el grupo de WhatsApp del barrio.', false), (9, 'Por favor, que se tenga en cuenta la accesibilidad para sillas de ruedas.', false),
 (10, 'Los fines de semana es imposible aparcar, esto lo empeoraría.', false), (11, 'Apoyado. Mis hijos van a ese colegio y en junio el patio es un horno.', false),
 (12, 'Habría que preguntar a los comerciantes antes de decidir.', false), (13, 'Lo ideal sería hacerlo por fases, empezando por el tramo más peligroso.', false),
 (14, 'Ojalá llegue a votación este año.', false), (15, 'No entiendo por qué se ha marcado como inviable, el coste es razonable.', false),
 (16, 'Esto debería pagarlo la Comunidad de Madrid, no el presupuesto municipal.', false), (17, 'He votado a favor. Animo a todo el mundo a votar.', false),
 (18, 'Yo cambiaría la ubicación, ese solar se inunda cuando llueve.', false), (19, 'Me parece bien, siempre que no se quiten plazas de aparcamiento.', false),
 (20, 'Muy de acuerdo con el comentario anterior.', false), (21, 'Llevo 15 años en el barrio y nunca se ha invertido nada aquí.', false),
 (22, '¿Hay algún estudio de tráfico que respalde esto?', false), (23, 'Estaría bien que el ayuntamiento contestara a las preguntas que se hacen aquí.', false),
 (24, 'Propuesta duplicada, hay otra igual con más apoyos.', false), (25, 'A favor, pero con horarios para no molestar a los vecinos.', false),
 (26, 'Los jóvenes del barrio necesitan espacios así, no solo bares.', false), (27, 'Cuidado con las raíces de los árboles, que levantan las aceras.', false),
 (28, '¿Qué pasa con el mantenimiento del que ya existe en El Val?', false), (29, 'Vale, pero ¿quién lo limpia luego?', false),
 (30, 'Yo me apunto. Mi correo es {email}, avisadme cuando os reunáis.', true),
 (31, 'Los interesados podéis llamar a {name} al {phone}, está organizando la recogida de firmas.', true),
 (32, 'Soy {name}, presidenta de la comunidad de {street}. En el portal estamos todos a favor.', true),
 (33, 'A mi madre, que vive en {street}, la atropelló un patinete en esa acera el mes pasado. Hay que hacer algo.', true),
 (34, 'Escribidme a {email} y os paso las fotos del estado del parque.', true),
 (35, '{first}, te he mandado un mensaje privado con el teléfono de la asociación.', true),
 (36, 'Mi DNI es {dni} y no me deja votar, dice que no estoy empadronado. ¿A quién llamo?', true),
 (37, 'Mi teléfono por si alguien quiere coordinarse: {phone}.', true),
 (38, 'Quien tenga dudas puede preguntar a {name} en la asociación de vecinos, o escribir a {email}.', true);

-- ---------------------------------------------------------------------------
-- Debates and proposals with their translations, comments and votes.

CREATE FUNCTION pgen.html2text(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(regexp_replace(s, '<[^>]+>', ' ', 'g'), '\s+', ' ', 'g') $$;

-- body: a topic's text, maybe a generic paragraph, maybe a sentence with
-- personal details (the author's own, or a neighbour's).
CREATE FUNCTION pgen.body(base text, tag text, kk int, author int, pii_every int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT '<p>' || base || '</p>'
      || CASE WHEN fixture_gen.n(tag || 'pa', kk, 3) = 0 THEN '<p>' || (SELECT pa.t FROM pgen.para pa WHERE pa.k = fixture_gen.n(tag || 'pk', kk, 8)) || '</p>' ELSE '' END
      || CASE WHEN fixture_gen.n(tag || 'pi', kk, pii_every) = 0
              THEN '<p>' || pgen.fill((SELECT pi.t FROM pgen.pii pi WHERE pi.k = fixture_gen.n(tag || 'pt', kk, 8)),
                                      CASE WHEN fixture_gen.n(tag || 'po', kk, 3) = 0 THEN 801 + fixture_gen.n(tag || 'pn', kk, 100) ELSE author END) || '</p>'
              ELSE '' END
$$;

CREATE TABLE debates (
    id serial PRIMARY KEY, author_id integer, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, visit_id varchar, hidden_at timestamp(6),
    flags_count integer DEFAULT 0, ignored_flag_at timestamp(6), cached_votes_total integer DEFAULT 0, cached_votes_up integer DEFAULT 0, cached_votes_down integer DEFAULT 0,
    comments_count integer DEFAULT 0, confirmed_hide_at timestamp(6), cached_anonymous_votes_total integer DEFAULT 0, cached_votes_score integer DEFAULT 0,
    hot_score bigint DEFAULT 0, confidence_score integer DEFAULT 0, geozone_id integer, tsv tsvector, featured_at timestamp(6)
);
CREATE TABLE debate_translations (
    id serial PRIMARY KEY, debate_id integer NOT NULL, locale varchar NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, title varchar,
    description text, hidden_at timestamp(6)
);
CREATE TABLE pgen.deb AS
SELECT k, 1 + fixture_gen.n('dba', k, 640) AS author, fixture_gen.n('dbt', k, 20) AS t, pgen.at('dbc', k, '2017-04-01', '2024-11-10') AS created
FROM generate_series(1, 120) k;
INSERT INTO debates (id, author_id, created_at, updated_at, visit_id, hidden_at, flags_count, ignored_flag_at, cached_votes_total, cached_votes_up, cached_votes_down,
  comments_count, confirmed_hide_at, cached_anonymous_votes_total, cached_votes_score, hot_score, confidence_score, geozone_id, featured_at)
SELECT d.k, d.author, d.created, pgen.at('dbu', d.k, d.created, '2024-11-14'), fixture_gen.uuid('visit', d.k),
       CASE WHEN d.k % 29 = 4 THEN d.created + interval '2 days' END, CASE WHEN d.k % 29 = 4 THEN 3 WHEN d.k % 11 = 2 THEN 1 ELSE 0 END,
       CASE WHEN d.k % 11 = 2 THEN d.created + interval '1 day' END, up + down, up, down, 0, CASE WHEN d.k % 58 = 4 THEN d.created + interval '3 days' END,
       fixture_gen.n('dban', d.k, 8), up - down, (extract(epoch FROM d.created)::bigint / 100) + (up - down) * 1000, (up * 100) / greatest(1, up + down),
       CASE WHEN d.k % 4 = 0 THEN 1 + d.k % 6 END, CASE WHEN d.k IN (13, 47, 101) THEN d.created + interval '5 days' END
FROM pgen.deb d CROSS JOIN LATERAL (SELECT fixture_gen.n('dbvu', d.k, 180) AS up, fixture_gen.n('dbvd', d.k, 40) AS down) v;
INSERT INTO debate_translations (debate_id, locale, created_at, updated_at, title, description, hidden_at)
SELECT d.k, CASE WHEN p.locale IN ('en', 'fr', 'it') AND d.k % 3 = 0 THEN p.locale ELSE 'es' END, d.created, d.created,
       t.title, pgen.body(t.body, 'db', d.k, d.author, 5),
       CASE WHEN d.k % 29 = 4 THEN d.created + interval '2 days' END
FROM pgen.deb d JOIN pgen.topic t ON t.kind = 'deb' AND t.k = d.t JOIN pgen.p p ON p.i = d.author ORDER BY d.k;
UPDATE debates db SET tsv = setweight(to_tsvector('spanish', coalesce(dt.title, '')), 'A') || setweight(to_tsvector('simple', coalesce(u.username, '')), 'B')
    || setweight(to_tsvector('spanish', coalesce(g.name, '')), 'B') || setweight(to_tsvector('spanish', pgen.html2text(dt.description)), 'D')
FROM debate_translations dt, users u, geozones g WHERE dt.debate_id = db.id AND u.id = db.author_id AND g.id = coalesce(db.geozone_id, 1);

CREATE TABLE proposals (
    id serial PRIMARY KEY, author_id integer, hidden_at timestamp(6), flags_count integer DEFAULT 0, ignored_flag_at timestamp(6), cached_votes_up integer DEFAULT 0,
    comments_count integer DEFAULT 0, confirmed_hide_at timestamp(6), hot_score bigint DEFAULT 0, confidence_score integer DEFAULT 0, created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL, responsible_name varchar(60), video_url varchar, tsv tsvector, geozone_id integer DEFAULT 0, retired_at timestamp(6),
    retired_reason varchar, community_id integer, published_at timestamp(6), selected boolean DEFAULT false
);
CREATE TABLE proposal_translations (
    id serial PRIMARY KEY, proposal_id integer NOT NULL, locale varchar NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, title varchar,
    description text, summary text, retired_explanation text, hidden_at timestamp(6)
);
CREATE TABLE pgen.prop AS
SELECT k, CASE WHEN k % 9 = 0 THEN 641 + fixture_gen.n('ppo', k, 12) ELSE 1 + fixture_gen.n('ppa', k, 640) END AS author, fixture_gen.n('ppt', k, 18) AS t,
       pgen.at('ppc', k, '2017-05-01', '2024-11-05') AS created
FROM generate_series(1, 110) k;
INSERT INTO proposals (id, author_id, hidden_at, flags_count, ignored_flag_at, cached_votes_up, comments_count, confirmed_hide_at, hot_score, confidence_score, created_at, updated_at,
  responsible_name, video_url, geozone_id, retired_at, retired_reason, community_id, published_at, selected)
SELECT pr.k, pr.author, CASE WHEN pr.k % 37 = 5 THEN pr.created + interval '1 day' END, CASE WHEN pr.k % 37 = 5 THEN 4 WHEN pr.k % 13 = 1 THEN 1 ELSE 0 END,
       CASE WHEN pr.k % 13 = 1 THEN pr.created + interval '2 days' END, up, 0, NULL, (extract(epoch FROM pr.created)::bigint / 100) + up * 1000, up,
       pr.created, pgen.at('ppu', pr.k, pr.created, '2024-11-14'),
       -- CONSUL fills responsible_name with the verified author's document number; organizations type a person's name.
       CASE WHEN u.document_number IS NOT NULL THEN u.document_number WHEN o.id IS NOT NULL THEN o.responsible_name ELSE p.first || ' ' || p.l1 || coalesce(' ' || p.l2, '') END,
       CASE WHEN pr.k % 6 = 1 THEN fixture_gen.pick(ARRAY['https://www.youtube.com/watch?v=', 'https://youtu.be/', 'https://vimeo.com/'], 'ppvu', pr.k)
            || CASE WHEN pr.k % 18 = 13 THEN fixture_gen.digits('ppvi', pr.k, 9) ELSE fixture_gen.chars('ppvi', pr.k, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') END END,
       CASE WHEN pr.k % 3 = 0 THEN 1 + pr.k % 6 ELSE 0 END,
       CASE WHEN pr.k % 10 = 7 THEN pr.created + interval '200 days' END,
       CASE WHEN pr.k % 10 = 7 THEN fixture_gen.pick(ARRAY['duplicated', 'started', 'unfeasible', 'done', 'other'], 'pprr', pr.k) END,
       pr.k, pr.created, pr.k IN (4, 12, 33, 58)
FROM pgen.prop pr JOIN users u ON u.id = pr.author LEFT JOIN organizations o ON o.user_id = pr.author LEFT JOIN pgen.p p ON p.i = pr.author
CROSS JOIN LATERAL (SELECT fixture_gen.n('ppvu', pr.k, 1500) AS up) v ORDER BY pr.k;
UPDATE proposals SET retired_at = least(retired_at, timestamp '2024-11-14'), responsible_name = left(responsible_name, 60);
INSERT INTO proposal_translations (proposal_id, locale, created_at, updated_at, title, description, summary, retired_explanation, hidden_at)
SELECT pr.k, 'es', pr.created, pr.created, t.title, pgen.body(t.body, 'pp', pr.k, CASE WHEN pr.author > 640 THEN (SELECT resp FROM pgen.org WHERE o = pr.author - 640) ELSE pr.author END, 4),
       t.summary,
       CASE WHEN pr.k % 10 = 7 THEN fixture_gen.pick(ARRAY[
         'La retiro porque hay otra propuesta igual con más apoyos.',
         'El ayuntamiento ya ha anunciado que lo va a hacer este año, gracias a todos.',
         'Me he dado cuenta de que no es competencia municipal.',
         'Ya está hecho: el lunes instalaron las primeras.',
         'La retiro por motivos personales. Si alguien quiere retomarla puede escribirme a @@email@@.'], 'ppre', pr.k) END,
       CASE WHEN pr.k % 37 = 5 THEN pr.created + interval '1 day' END
FROM pgen.prop pr JOIN pgen.topic t ON t.kind = 'prop' AND t.k = pr.t ORDER BY pr.k;
UPDATE proposal_translations pt SET retired_explanation = replace(retired_explanation, '@@email@@', u.email)
FROM proposals pr, users u WHERE pr.id = pt.proposal_id AND u.id = pr.author_id AND pt.retired_explanation LIKE '%@@email@@%';
UPDATE proposal_translations SET retired_explanation = replace(retired_explanation, '@@email@@', 'mi correo') WHERE retired_explanation LIKE '%@@email@@%';
UPDATE proposals pr SET tsv = setweight(to_tsvector('spanish', coalesce(pt.title, '')), 'A') || setweight(to_tsvector('spanish', coalesce(pt.summary, '')), 'C')
    || setweight(to_tsvector('simple', coalesce(u.username, o.name, '')), 'B') || setweight(to_tsvector('spanish', pgen.html2text(pt.description)), 'D')
FROM proposal_translations pt, users u LEFT JOIN organizations o ON o.user_id = u.id WHERE pt.proposal_id = pr.id AND u.id = pr.author_id;

CREATE TABLE comments (
    id serial PRIMARY KEY, commentable_id integer, commentable_type varchar, body text, subject varchar, user_id integer NOT NULL, created_at timestamp(6),
    updated_at timestamp(6), hidden_at timestamp(6), flags_count integer DEFAULT 0, ignored_flag_at timestamp(6), moderator_id integer, administrator_id integer,
    cached_votes_total integer DEFAULT 0, cached_votes_up integer DEFAULT 0, cached_votes_down integer DEFAULT 0, confirmed_hide_at timestamp(6), ancestry varchar,
    confidence_score integer DEFAULT 0 NOT NULL, valuation boolean DEFAULT false
);
CREATE TABLE pgen.cm AS
SELECT k, x.typ,
       CASE x.typ WHEN 'Debate' THEN 1 + fixture_gen.n('cmd', k, 120) WHEN 'Proposal' THEN 1 + fixture_gen.n('cmp', k, 110) WHEN 'Legislation::Question' THEN 1 + fixture_gen.n('cml', k, 8)
                  WHEN 'Poll' THEN 1 + fixture_gen.n('cmq', k, 6) ELSE 1 + fixture_gen.n('cmi', k, 220) END AS cid,
       CASE WHEN k % 20 = 19 THEN 714 + fixture_gen.n('cmv', k, 12) WHEN k % 25 = 0 THEN 703 ELSE 1 + fixture_gen.n('cmu', k, 640) END AS uid,
       k % 20 = 19 AS valuation, k % 25 = 0 AND k % 20 <> 19 AS official,
       pgen.at('cmc', k, '2017-05-01', '2024-11-14') AS created
FROM generate_series(1, 440) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 20 < 8 THEN 'Debate' WHEN k % 20 < 13 THEN 'Proposal' WHEN k % 20 < 17 THEN 'Budget::Investment' WHEN k % 20 = 17 THEN 'Legislation::Question'
                           WHEN k % 20 = 18 THEN 'Poll' ELSE 'Budget::Investment' END AS typ) x;
INSERT INTO comments (id, commentable_id, commentable_type, body, subject, user_id, created_at, updated_at, hidden_at, flags_count, ignored_flag_at, moderator_id, administrator_id,
  cached_votes_total, cached_votes_up, cached_votes_down, confirmed_hide_at, ancestry, confidence_score, valuation)
SELECT c.k, c.cid, c.typ,
  CASE WHEN c.valuation THEN pgen.fill(fixture_gen.pick(ARRAY[
          'He llamado al proponente ({name}, {phone}) para aclarar la ubicación: se refiere a la parcela de detrás del colegio.',
          'Consultado con Parques y Jardines: el mantenimiento anual costaría unos 6.000 euros.',
          'Visita técnica realizada el martes. El terreno es de titularidad autonómica, hay que pedir autorización.',
          'La autora pide que la llamemos al {phone} antes de cerrar el informe.',
          'Duplicado parcial de otro proyecto del mismo distrito; propongo agruparlos.',
          'Pendiente de que Urbanismo confirme si la acera tiene anchura suficiente.',
          'Hablado con {name}: acepta reducir el proyecto a la primera fase.'], 'cmvb', c.k), 1 + fixture_gen.n('cmvp', c.k, 640))
       WHEN c.official THEN fixture_gen.pick(ARRAY[
          'Gracias por tu aportación. El Servicio de Participación la ha trasladado al área competente.',
          'Os informamos de que esta propuesta se tratará en la Junta de Distrito del próximo jueves a las 19:00 en el centro cívico.',
          'Recordamos que no se deben publicar datos personales de terceros en los comentarios. Hemos ocultado un comentario por este motivo.',
          'El plazo de apoyos termina el 31 de marzo. Podéis consultar las bases en la sección de presupuestos participativos.'], 'cmob', c.k)
       ELSE pgen.fill((SELECT t FROM pgen.com WHERE pgen.com.k = x.tk), CASE WHEN x.tk IN (31, 35, 38) THEN 801 + fixture_gen.n('cmo', c.k, 100) ELSE c.uid END) END,
  NULL, c.uid, c.created, c.created + CASE WHEN c.k % 17 = 3 THEN interval '12 minutes' ELSE interval '0' END,
  CASE WHEN c.k % 43 = 36 OR x.tk = 33 AND c.k % 2 = 0 THEN c.created + interval '6 hours' END, CASE WHEN c.k % 43 = 36 THEN 2 WHEN c.k % 19 = 5 THEN 1 ELSE 0 END,
  CASE WHEN c.k % 19 = 5 THEN c.created + interval '1 day' END, NULL, CASE WHEN c.official THEN 1 END,
  up + down, up, down, CASE WHEN c.k % 86 = 36 THEN c.created + interval '2 days' END, NULL, up - down, c.valuation
FROM pgen.cm c
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('cmpi', c.k, 7) = 0 THEN 30 + fixture_gen.n('cmt2', c.k, 9) ELSE fixture_gen.n('cmt', c.k, 30) END AS tk,
                           fixture_gen.n('cmup', c.k, 12) AS up, fixture_gen.n('cmdn', c.k, 4) AS down) x
ORDER BY c.k;
UPDATE comments c SET ancestry = f.first_id::text, created_at = greatest(c.created_at, f.first_at + interval '20 minutes'), updated_at = greatest(c.updated_at, f.first_at + interval '20 minutes')
FROM (SELECT id, first_value(id) OVER w AS first_id, first_value(created_at) OVER w AS first_at, row_number() OVER w AS rn
      FROM comments WHERE NOT valuation WINDOW w AS (PARTITION BY commentable_type, commentable_id ORDER BY created_at)) f
WHERE f.id = c.id AND f.rn > 1 AND c.id % 3 = 0;
UPDATE comments c SET ancestry = p.ancestry || '/' || p.id FROM comments p WHERE c.id % 7 = 0 AND c.ancestry IS NOT NULL AND p.id = (SELECT max(id) FROM comments x WHERE x.ancestry = c.ancestry AND x.id < c.id);
UPDATE debates d SET comments_count = (SELECT count(*) FROM comments c WHERE c.commentable_type = 'Debate' AND c.commentable_id = d.id);
UPDATE proposals d SET comments_count = (SELECT count(*) FROM comments c WHERE c.commentable_type = 'Proposal' AND c.commentable_id = d.id);

CREATE TABLE votes (
    id serial PRIMARY KEY, votable_type varchar, votable_id integer, voter_type varchar, voter_id integer, vote_flag boolean, vote_scope varchar, vote_weight integer,
    created_at timestamp(6), updated_at timestamp(6), signature_id integer
);
INSERT INTO votes (votable_type, votable_id, voter_type, voter_id, vote_flag, vote_scope, vote_weight, created_at, updated_at, signature_id)
SELECT DISTINCT ON (typ, vid, voter) typ, vid, 'User', voter, flag, NULL::varchar, 1, t, t, NULL::int
FROM (SELECT k, x.typ,
        CASE x.typ WHEN 'Debate' THEN 1 + fixture_gen.n('vtd', k, 120) WHEN 'Proposal' THEN 1 + fixture_gen.n('vtp', k, 110) WHEN 'Budget::Investment' THEN 1 + fixture_gen.n('vti', k, 220)
                   ELSE 1 + fixture_gen.n('vtc', k, 440) END AS vid,
        1 + fixture_gen.n('vtu', k, 640) AS voter,
        CASE WHEN x.typ IN ('Debate', 'Comment') THEN fixture_gen.n('vtf', k, 5) > 0 ELSE true END AS flag,
        pgen.at('vtt', k, '2017-06-01', '2024-11-14') AS t
      FROM generate_series(1, 540) k
      CROSS JOIN LATERAL (SELECT CASE WHEN k <= 200 THEN 'Debate' WHEN k <= 350 THEN 'Proposal' WHEN k <= 470 THEN 'Budget::Investment' ELSE 'Comment' END AS typ) x) v
ORDER BY typ, vid, voter, k;

-- Paper signatures: people 801-900 without accounts and residents with one.
CREATE TABLE signature_sheets (
    id serial PRIMARY KEY, signable_type varchar, signable_id integer, required_fields_to_verify text, processed boolean DEFAULT false, author_id integer,
    created_at timestamp(6), updated_at timestamp(6), title varchar
);
CREATE TABLE signatures (
    id serial PRIMARY KEY, signature_sheet_id integer, user_id integer, document_number varchar, verified boolean DEFAULT false, created_at timestamp(6),
    updated_at timestamp(6), date_of_birth date, postal_code varchar
);
CREATE TABLE pgen.sh AS
SELECT s, CASE WHEN s % 3 = 0 THEN 'Budget::Investment' ELSE 'Proposal' END AS typ, (ARRAY[4, 12, 47, 33, 58, 21, 71, 90, 105, 9])[s] AS sid,
       timestamp '2018-03-01' + make_interval(days => s * 230 + fixture_gen.n('shc', s, 60)) AS created, s >= 5 AS fields
FROM generate_series(1, 10) s;
CREATE TABLE pgen.sg AS
SELECT g, 1 + (g - 1) / 22 AS s, CASE WHEN g % 4 = 0 THEN 1 + fixture_gen.n('sgu', g, 640) ELSE 801 + (g * 7) % 100 END AS pi FROM generate_series(1, 220) g;
INSERT INTO signature_sheets (id, signable_type, signable_id, required_fields_to_verify, processed, author_id, created_at, updated_at, title)
SELECT sh.s, sh.typ, sh.sid,
       string_agg(CASE WHEN sh.fields THEN p.dnum || ', ' || to_char(p.dob, 'DD/MM/YYYY') || ', ' || p.pc ELSE p.dnum END, CASE WHEN sh.s % 2 = 0 THEN E';\n' ELSE '; ' END ORDER BY sg.g),
       sh.s <> 10, 703, sh.created, sh.created + interval '10 minutes',
       CASE sh.typ WHEN 'Proposal' THEN 'Firmas en papel - propuesta ' || sh.sid ELSE 'Apoyos presenciales - proyecto ' || sh.sid END || ' (' || to_char(sh.created, 'DD/MM/YYYY') || ')'
FROM pgen.sh sh JOIN pgen.sg sg ON sg.s = sh.s JOIN pgen.p p ON p.i = sg.pi GROUP BY sh.s, sh.typ, sh.sid, sh.created, sh.fields ORDER BY sh.s;
INSERT INTO signatures (signature_sheet_id, user_id, document_number, verified, created_at, updated_at, date_of_birth, postal_code)
SELECT sg.s, CASE WHEN sh.s = 10 OR sg.g % 9 = 4 THEN NULL WHEN sg.pi <= 640 THEN sg.pi WHEN sg.pi <= 820 THEN 660 + (sg.pi - 800) END,
       p.dnum, sh.s <> 10 AND sg.g % 9 <> 4, sh.created + interval '10 minutes', sh.created + interval '11 minutes',
       CASE WHEN sh.fields THEN p.dob END, CASE WHEN sh.fields THEN p.pc END
FROM pgen.sg sg JOIN pgen.sh sh ON sh.s = sg.s JOIN pgen.p p ON p.i = sg.pi ORDER BY sg.g;
INSERT INTO votes (votable_type, votable_id, voter_type, voter_id, vote_flag, vote_scope, vote_weight, created_at, updated_at, signature_id)
SELECT sh.typ, sh.sid, 'User', s.user_id, true, NULL, 1, s.created_at, s.created_at, s.id
FROM signatures s JOIN pgen.sh sh ON sh.s = s.signature_sheet_id WHERE s.user_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.votable_type = sh.typ AND v.votable_id = sh.sid AND v.voter_id = s.user_id) ORDER BY s.id;

CREATE TABLE proposal_notifications (
    id serial PRIMARY KEY, title varchar, body text, author_id integer, proposal_id integer, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    moderated boolean DEFAULT false, hidden_at timestamp(6), ignored_at timestamp(6), confirmed_hide_at timestamp(6)
);
INSERT INTO proposal_notifications (title, body, author_id, proposal_id, created_at, updated_at, moderated, hidden_at, ignored_at, confirmed_hide_at)
SELECT fixture_gen.pick(ARRAY['Ya hemos superado los 500 apoyos', 'Reunión informativa el jueves', 'Nos ha recibido la concejala', 'Necesitamos ayuda para recoger firmas',
         'La propuesta pasa a votación', 'Gracias a todos'], 'pnt', k),
       pgen.fill(fixture_gen.pick(ARRAY[
         'Gracias a todas las personas que habéis apoyado. Seguimos necesitando difusión: compartidla en vuestros grupos.',
         'Nos reunimos el jueves a las 19:00 en el Centro Cívico La Estación. Cualquier duda, llamadme al {phone}. Un saludo, {name}.',
         'Ayer nos recibió Marta Ruiz, concejala de Participación, y se comprometió a estudiar la propuesta con los técnicos.',
         'Si podéis ayudar a recoger firmas en vuestro portal, escribid a {email} y os paso las hojas.',
         'Hemos llegado al umbral de apoyos y la propuesta irá a votación ciudadana en primavera.',
         'El sábado estaremos con una mesa en el mercadillo de 10 a 14 h. Os esperamos.'], 'pnb', k), pr.author_id),
       pr.author_id, pr.id, t, t, k % 13 = 6, CASE WHEN k % 13 = 6 THEN t + interval '1 day' END, NULL, NULL
FROM generate_series(1, 36) k JOIN proposals pr ON pr.id = 1 + fixture_gen.n('pnp', k, 110)
CROSS JOIN LATERAL (SELECT pgen.at('pnc', k, pr.created_at, '2024-11-14') AS t) x ORDER BY t;
-- organizations' proposals: the notification carries the responsible person's details
UPDATE proposal_notifications pn SET body = replace(body, u.email, pe.email)
FROM users u JOIN organizations o ON o.user_id = u.id JOIN pgen.org og ON og.o = o.id JOIN pgen.p pe ON pe.i = og.resp WHERE u.id = pn.author_id AND pn.id % 2 = 0;

CREATE TABLE direct_messages (id serial PRIMARY KEY, sender_id integer, receiver_id integer, title varchar, body text, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);
INSERT INTO direct_messages (sender_id, receiver_id, title, body, created_at, updated_at)
SELECT s, r, replace(fixture_gen.pick(ARRAY['Sobre tu propuesta', 'Hola {rfirst}', 'Recogida de firmas', 'Reunión de la asociación', 'Tu comentario en el debate', 'Una pregunta',
         'Gracias por el apoyo', 'Bicicletada del domingo'], 'dmt', k), '{rfirst}', split_part(rp.first, ' ', 1)),
       replace(pgen.fill(fixture_gen.pick(ARRAY[
         'Hola, he leído tu propuesta y me gustaría colaborar. Vivo en {street}. Mi móvil es {phone}.',
         'Buenas tardes, soy {name}, de la asociación de vecinos. ¿Podemos hablar? Mi correo es {email}.',
         'Gracias por apoyar el carril bici. Estamos organizando una bicicletada el domingo, salida a las 11:00 desde la estación.',
         'Creo que tu comentario sobre los patinetes es injusto. Mi hijo usa patinete y siempre va por la calzada.',
         'Hola {rfirst}, soy tu vecina del tercero. Te dejo mi teléfono para lo de la comunidad: {phone}.',
         'Buenas, ¿sabes si la reunión del jueves sigue en pie? No encuentro la convocatoria.',
         '¿Te importaría que usara tus fotos del parque para la presentación en la junta de distrito?',
         'Hola {rfirst}: te escribo de parte de {name}, que no tiene cuenta. Dice que la llames al {phone}.'], 'dmb', k), s), '{rfirst}', split_part(rp.first, ' ', 1)),
       t, t
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('dms', k, 640) AS s, 1 + fixture_gen.n('dmr', k, 640) AS r, pgen.at('dmc', k, '2018-01-01', '2024-11-14') AS t) x
JOIN pgen.p rp ON rp.i = x.r ORDER BY t;

CREATE TABLE notifications (id serial PRIMARY KEY, user_id integer, notifiable_id integer, notifiable_type varchar, counter integer DEFAULT 1, emailed_at timestamp(6), read_at timestamp(6));
INSERT INTO notifications (user_id, notifiable_id, notifiable_type, counter, emailed_at, read_at)
SELECT CASE typ WHEN 'Comment' THEN c.user_id ELSE 1 + fixture_gen.n('ntu', k, 640) END,
       CASE typ WHEN 'Comment' THEN c.id WHEN 'ProposalNotification' THEN 1 + fixture_gen.n('ntp', k, 36) ELSE 1 + fixture_gen.n('nta', k, 5) END,
       typ, 1 + fixture_gen.n('ntc', k, 4) * (k % 3), CASE WHEN k % 4 <> 0 THEN t + interval '1 day' END, CASE WHEN k % 3 <> 1 THEN t + interval '3 days' END
FROM generate_series(1, 200) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 < 3 THEN 'Comment' WHEN k % 5 = 3 THEN 'ProposalNotification' ELSE 'AdminNotification' END AS typ,
                           pgen.at('ntt', k, '2019-01-01', '2024-11-10') AS t) x
LEFT JOIN comments c ON c.id = 1 + fixture_gen.n('ntcm', k, 440) ORDER BY k;

CREATE TABLE newsletters (
    id serial PRIMARY KEY, subject varchar, segment_recipient varchar NOT NULL, "from" varchar, body text, sent_at timestamp(6), created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL, hidden_at timestamp(6)
);
INSERT INTO newsletters (subject, segment_recipient, "from", body, sent_at, created_at, updated_at, hidden_at) VALUES
 ('Presupuestos participativos 2021: ¡ya puedes votar!', 'all_users', 'participacion@torrealbadehenares.example',
  '<p>Hola:</p><p>Ya está abierta la votación final de los presupuestos participativos 2021. Tienes 1,2 millones de euros para repartir entre los proyectos de tu distrito y de toda la ciudad.</p><p>Un saludo,<br>Marta Ruiz Valverde<br>Concejala de Participación Ciudadana</p>',
  '2021-05-10 09:00:00', '2021-05-07 12:31:00', '2021-05-10 09:00:00', NULL),
 ('Resultados de la consulta sobre el antiguo matadero', 'all_users', 'participacion@torrealbadehenares.example',
  '<p>Más de 6.400 vecinas y vecinos participasteis en la consulta. El 58% eligió un centro de creación joven. Puedes ver los resultados por distrito en la web.</p><p>Gracias por participar.</p>',
  '2023-04-20 10:00:00', '2023-04-18 16:02:00', '2023-04-20 10:00:00', NULL),
 ('Tu proyecto ha pasado a la fase de evaluación', 'investment_authors', 'participacion@torrealbadehenares.example',
  '<p>El equipo técnico está revisando los proyectos. Si necesitamos aclarar algo te llamaremos al teléfono que nos diste al verificar tu cuenta.</p><p>Sonia Aranda Pizarro<br>Servicio de Participación Ciudadana · 918 80 00 00 ext. 2214</p>',
  '2024-03-04 09:30:00', '2024-03-01 13:45:00', '2024-03-04 09:30:00', NULL),
 ('Jornada de puertas abiertas de los huertos urbanos', 'proposal_authors', 'participacion@torrealbadehenares.example',
  '<p>El sábado 15 a las 11:00 os esperamos en el Camino de los Huertos para conocer las nuevas parcelas.</p>', '2023-06-12 11:00:00', '2023-06-09 10:10:00', '2023-06-12 11:00:00', NULL),
 ('Presupuestos participativos 2024: presenta tu proyecto', 'all_users', 'participacion@torrealbadehenares.example',
  '<p>Hasta el 31 de enero puedes presentar proyectos para tu distrito. Consulta las bases y las fechas en la web.</p><p>Un saludo,<br>Marta Ruiz Valverde<br>Concejala de Participación Ciudadana</p>',
  '2024-01-08 09:00:00', '2024-01-03 09:12:00', '2024-01-08 09:00:00', NULL),
 ('Votación 2024 (borrador)', 'selected_investment_authors', 'no-responder@torrealbadehenares.example', '<p>Borrador pendiente de revisar.</p>', NULL, '2024-04-22 08:40:00', '2024-04-22 08:55:00', '2024-04-23 10:00:00'),
 ('Encuesta de satisfacción de Decide Torrealba', 'not_supported_on_current_budget', 'participacion@torrealbadehenares.example',
  '<p>Ayúdanos a mejorar el portal respondiendo a una encuesta de cinco minutos.</p>', '2024-10-02 10:00:00', '2024-09-30 12:00:00', '2024-10-02 10:00:00', NULL);

-- ---------------------------------------------------------------------------
-- Collaborative legislation: the draft Ordenanza de Convivencia (process 2)
-- and the questions of processes 1-3.

CREATE TABLE legislation_questions (
    id serial PRIMARY KEY, legislation_process_id integer, answers_count integer DEFAULT 0, hidden_at timestamp(6), created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL, comments_count integer DEFAULT 0, author_id integer
);
INSERT INTO legislation_questions (legislation_process_id, answers_count, hidden_at, created_at, updated_at, comments_count, author_id)
SELECT 1 + (q - 1) / 3, 0, NULL, timestamp '2022-09-12 10:00:00' + make_interval(days => ((q - 1) / 3) * 190, mins => q * 7), timestamp '2022-09-12 10:00:00' + make_interval(days => ((q - 1) / 3) * 190 + 2),
       (SELECT count(*) FROM comments c WHERE c.commentable_type = 'Legislation::Question' AND c.commentable_id = q), CASE WHEN q % 3 = 0 THEN 707 ELSE 703 END
FROM generate_series(1, 8) q;

CREATE TABLE legislation_answers (
    id serial PRIMARY KEY, legislation_question_id integer, legislation_question_option_id integer, user_id integer, hidden_at timestamp(6), created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO legislation_answers (legislation_question_id, legislation_question_option_id, user_id, hidden_at, created_at, updated_at)
SELECT DISTINCT ON (q, u) q, (q - 1) * 4 + 1 + fixture_gen.n('lao', k, 4), u, NULL::timestamp, t, t
FROM generate_series(1, 240) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('laq', k, 8) AS q, 1 + fixture_gen.n('lau', k, 640) AS u) x
JOIN legislation_questions lq ON lq.id = x.q
CROSS JOIN LATERAL (SELECT pgen.at('lat', k, lq.created_at, lq.created_at + interval '45 days') AS t) y
ORDER BY q, u, k;
UPDATE legislation_questions lq SET answers_count = (SELECT count(*) FROM legislation_answers a WHERE a.legislation_question_id = lq.id);

CREATE TABLE legislation_annotations (
    id serial PRIMARY KEY, quote varchar, ranges text, text text, legislation_draft_version_id integer, author_id integer, hidden_at timestamp(6),
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, comments_count integer DEFAULT 0, range_start varchar, range_start_offset integer,
    range_end varchar, range_end_offset integer, context text
);
CREATE TABLE pgen.art (ak int PRIMARY KEY, para int, txt text);
INSERT INTO pgen.art VALUES
 (0, 4, 'Queda prohibido el consumo de bebidas alcohólicas en la vía pública, salvo en las terrazas autorizadas y durante las fiestas patronales.'),
 (1, 6, 'Los propietarios de animales de compañía deberán recoger inmediatamente sus excrementos y depositarlos en papeleras.'),
 (2, 9, 'Los patinetes eléctricos no podrán circular por las aceras ni por las zonas peatonales.'),
 (3, 11, 'Se prohíbe la realización de pintadas y grafitis en cualquier elemento del mobiliario urbano.'),
 (4, 14, 'Las terrazas de hostelería deberán cesar su actividad a las 24:00 horas de domingo a jueves.'),
 (5, 17, 'Se considerará infracción leve depositar residuos fuera de los contenedores o fuera del horario establecido.'),
 (6, 19, 'El uso de aparatos de sonido en la vía pública requerirá autorización municipal previa.'),
 (7, 22, 'La venta ambulante sin autorización será sancionada con multa de hasta 750 euros.'),
 (8, 25, 'Se podrán habilitar muros para la práctica libre del grafiti.'),
 (9, 28, 'Las sanciones económicas podrán sustituirse por trabajos en beneficio de la comunidad.');
INSERT INTO legislation_annotations (quote, ranges, text, legislation_draft_version_id, author_id, hidden_at, created_at, updated_at, comments_count, range_start, range_start_offset,
  range_end, range_end_offset, context)
SELECT q.quote, E'---\n- start: "/p[' || a.para || E']"\n  startOffset: ' || q.so || E'\n  end: "/p[' || a.para || E']"\n  endOffset: ' || q.eo || E'\n',
       pgen.fill(fixture_gen.pick(ARRAY[
         'Estoy de acuerdo, pero habría que concretar las sanciones.',
         'Esto es demasiado restrictivo para la gente joven, que no tiene otro sitio donde reunirse.',
         'Propongo añadir que el ayuntamiento ponga más papeleras antes de multar.',
         '¿Quién va a controlar esto? La Policía Local ya no da abasto.',
         'Vivo en {street}, encima de un bar, y las terrazas no cierran nunca a las 24:00. Que se cumpla.',
         'Deberían poder sustituirse también por cursos de formación.',
         'Soy {name} y tengo un negocio de hostelería; esta norma nos hunde en verano. Mi teléfono es {phone} si el ayuntamiento quiere hablar con el sector.',
         'Muy bien, por fin.',
         'Hay que distinguir entre patinetes de alquiler y particulares.',
         'El artículo contradice la ordenanza de terrazas de 2019.'], 'lant', k), 1 + fixture_gen.n('lanu', k, 640)),
       CASE WHEN k <= 30 THEN 1 ELSE 2 END, 1 + fixture_gen.n('lanu', k, 640), CASE WHEN k % 23 = 7 THEN t + interval '1 day' END, t, t, fixture_gen.n('lanc', k, 3),
       '/p[' || a.para || ']', q.so, '/p[' || a.para || ']', q.eo,
       '<p>Artículo ' || a.para || '.</p><p>' || substr(a.txt, 1, q.so) || '<span class=annotator-hl>' || q.quote || '</span>' || substr(a.txt, q.eo + 1) || '</p>'
FROM generate_series(1, 64) k
JOIN pgen.art a ON a.ak = fixture_gen.n('lana', k, 10)
CROSS JOIN LATERAL (SELECT CASE WHEN k % 3 = 0 THEN 0 ELSE position(' ' IN a.txt) END AS so, CASE WHEN k % 2 = 0 THEN length(a.txt) ELSE length(a.txt) - 1 - position(' ' IN reverse(a.txt)) + 1 END AS eo) r
CROSS JOIN LATERAL (SELECT substr(a.txt, r.so + 1, r.eo - r.so) AS quote, r.so, r.eo) q
CROSS JOIN LATERAL (SELECT pgen.at('lanw', k, '2023-03-20', '2023-05-15') AS t) tt
ORDER BY t;

-- ---------------------------------------------------------------------------
-- Polls, booths, officers, recounts and voters.

CREATE TABLE polls (
    id serial PRIMARY KEY, starts_at timestamp(6), ends_at timestamp(6), published boolean DEFAULT false, geozone_restricted boolean DEFAULT false,
    comments_count integer DEFAULT 0, author_id integer, hidden_at timestamp(6), slug varchar, results_enabled boolean DEFAULT false, stats_enabled boolean DEFAULT false,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, budget_id integer, related_type varchar, related_id integer
);
INSERT INTO polls (id, starts_at, ends_at, published, geozone_restricted, comments_count, author_id, hidden_at, slug, results_enabled, stats_enabled, created_at, updated_at, budget_id, related_type, related_id) VALUES
 (1, '2023-03-06 00:00:00', '2023-03-19 23:59:59', true, false, 0, 703, NULL, 'consulta-antiguo-matadero', true, true, '2023-02-10 11:00:00', '2023-04-20 09:00:00', NULL, NULL, NULL),
 (2, '2023-05-15 00:00:00', '2023-05-28 23:59:59', true, false, 0, 703, NULL, 'presupuestos-participativos-2023', true, true, '2023-04-28 10:00:00', '2023-06-05 12:00:00', 3, NULL, NULL),
 (3, '2024-02-12 00:00:00', '2024-02-25 23:59:59', true, true, 0, 707, NULL, 'nombre-parque-ensanche-sur', true, false, '2024-01-22 12:30:00', '2024-03-01 10:00:00', NULL, NULL, NULL),
 (4, '2024-05-06 00:00:00', '2024-05-19 23:59:59', true, true, 0, 703, NULL, 'peatonalizacion-calle-mayor', true, true, '2024-04-08 09:15:00', '2024-05-27 13:00:00', NULL, 'Proposal', 4),
 (5, '2024-06-17 00:00:00', '2024-06-30 23:59:59', true, false, 0, 708, NULL, 'encuesta-fiestas-2024', false, false, '2024-06-03 08:45:00', '2024-07-02 08:45:00', NULL, NULL, NULL),
 (6, '2024-05-13 00:00:00', '2024-05-26 23:59:59', true, false, 0, 703, NULL, 'presupuestos-participativos-2024', true, true, '2024-04-25 10:00:00', '2024-06-03 11:00:00', 4, NULL, NULL);
UPDATE polls p SET comments_count = (SELECT count(*) FROM comments c WHERE c.commentable_type = 'Poll' AND c.commentable_id = p.id);

CREATE TABLE poll_questions (
    id serial PRIMARY KEY, proposal_id integer, poll_id integer, author_id integer, author_visible_name varchar, comments_count integer DEFAULT 0, hidden_at timestamp(6),
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, tsv tsvector
);
CREATE TABLE pgen.pq (q int PRIMARY KEY, poll int, proposal int, title text);
INSERT INTO pgen.pq VALUES
 (1, 1, NULL, '¿Qué uso prefieres para el antiguo matadero?'), (2, 1, NULL, '¿Estás de acuerdo con mantener la fachada original?'),
 (3, 2, NULL, 'Proyectos de ciudad'), (4, 2, NULL, 'Proyectos de distrito'),
 (5, 3, NULL, '¿Qué nombre prefieres para el nuevo parque del Ensanche Sur?'),
 (6, 4, 4, '¿Estás de acuerdo con peatonalizar la Calle Mayor los sábados, domingos y festivos?'), (7, 4, NULL, '¿Qué horario de carga y descarga prefieres?'),
 (8, 5, NULL, '¿Qué actividades echas de menos en las fiestas?'), (9, 5, NULL, '¿Prefieres conciertos en el recinto ferial o en la Plaza de España?'),
 (10, 6, NULL, 'Proyectos de ciudad'), (11, 6, NULL, 'Proyectos de distrito'), (12, 4, 58, '¿Debe ampliarse la zona peatonal a la calle de la Tercia?');
INSERT INTO poll_questions (id, proposal_id, poll_id, author_id, author_visible_name, comments_count, hidden_at, created_at, updated_at)
SELECT q.q, q.proposal, q.poll, coalesce(pr.author_id, po.author_id), coalesce(o.name, u.username), 0, NULL, po.created_at + make_interval(mins => q.q), po.created_at + make_interval(mins => q.q + 30)
FROM pgen.pq q JOIN polls po ON po.id = q.poll LEFT JOIN proposals pr ON pr.id = q.proposal
LEFT JOIN users u ON u.id = coalesce(pr.author_id, po.author_id) LEFT JOIN organizations o ON o.user_id = u.id ORDER BY q.q;
UPDATE poll_questions pq SET tsv = setweight(to_tsvector('spanish', q.title), 'A') || setweight(to_tsvector('spanish', coalesce(pt.title, '')), 'A')
    || setweight(to_tsvector('simple', coalesce(pq.author_visible_name, '')), 'C')
FROM pgen.pq q LEFT JOIN proposal_translations pt ON pt.proposal_id = q.proposal WHERE q.q = pq.id;

CREATE TABLE poll_booths (id serial PRIMARY KEY, name varchar, location varchar, created_at timestamp(6), updated_at timestamp(6));
INSERT INTO poll_booths (name, location, created_at, updated_at)
SELECT n, l, timestamp '2023-02-20 09:00:00' + make_interval(mins => k), timestamp '2024-04-15 09:00:00' + make_interval(mins => k)
FROM (VALUES (1, 'Mesa 1 - CEIP Miguel Hernández', 'Calle Miguel Hernández, s/n'), (2, 'Mesa 2 - CEIP Antonio Machado', 'Calle Cervantes, 31'),
  (3, 'Mesa 3 - Centro Cívico La Estación', 'Paseo de la Estación, 21'), (4, 'Mesa 4 - IES Clara Campoamor', 'Calle Clara Campoamor, 2'),
  (5, 'Mesa 5 - Centro de Mayores El Val', 'Calle Virgen del Val, 12'), (6, 'Mesa 6 - Biblioteca Gloria Fuertes', 'Calle Gloria Fuertes, 1'),
  (7, 'Mesa 7 - Casa Consistorial', 'Plaza de España, 1'), (8, 'Mesa 8 - Polideportivo Las Eras', 'Camino de los Huertos, 40'),
  (9, 'Mesa 9 - Mercado Municipal', 'Calle Mayor, 58'), (10, 'Punto móvil (furgoneta de Participación)', 'Recorrido por el Polígono y los Diseminados')) b(k, n, l) ORDER BY k;

CREATE TABLE poll_booth_assignments (id serial PRIMARY KEY, booth_id integer, poll_id integer, created_at timestamp(6), updated_at timestamp(6));
INSERT INTO poll_booth_assignments (booth_id, poll_id, created_at, updated_at)
SELECT b.id, p.id, p.created_at + make_interval(days => 3, mins => b.id), p.created_at + make_interval(days => 3, mins => b.id)
FROM polls p CROSS JOIN poll_booths b WHERE p.id IN (1, 2, 4, 6) AND (b.id <= 8 OR p.id IN (2, 6)) ORDER BY p.id, b.id;

CREATE TABLE poll_officers (id serial PRIMARY KEY, user_id integer, failed_census_calls_count integer DEFAULT 0 NOT NULL);
INSERT INTO poll_officers (user_id, failed_census_calls_count)
SELECT u, CASE WHEN u % 5 = 0 THEN fixture_gen.n('pofc', u, 6) ELSE 0 END
FROM (SELECT id AS u FROM users WHERE id BETWEEN 30 AND 400 AND id % 3 = 0 AND username IS NOT NULL AND level_two_verified_at IS NOT NULL ORDER BY id LIMIT 40) x ORDER BY u;
UPDATE failed_census_calls SET poll_officer_id = 1 + (id % 40) WHERE poll_officer_id IS NOT NULL;

CREATE TABLE poll_officer_assignments (
    id serial PRIMARY KEY, booth_assignment_id integer, date date NOT NULL, created_at timestamp(6), updated_at timestamp(6), officer_id integer, final boolean DEFAULT false,
    user_data_log varchar DEFAULT ''
);
INSERT INTO poll_officer_assignments (booth_assignment_id, date, created_at, updated_at, officer_id, final, user_data_log)
SELECT ba.id, d::date, p.created_at + interval '5 days', p.created_at + interval '5 days', o.id, f, o.user_id || ' - ' || coalesce(u.username, '') || ' (' || u.email || ')'
FROM poll_booth_assignments ba JOIN polls p ON p.id = ba.poll_id
CROSS JOIN LATERAL (SELECT d, false AS f FROM generate_series(p.ends_at::date - 1, p.ends_at::date, interval '1 day') d
                    UNION ALL SELECT p.ends_at::date + 1, true) dd
JOIN poll_officers o ON o.id = 1 + fixture_gen.n('poa', ba.id * 10 + extract(day FROM dd.d)::int, 40)
JOIN users u ON u.id = o.user_id ORDER BY ba.id, dd.d;

CREATE TABLE poll_shifts (
    id serial PRIMARY KEY, booth_id integer, officer_id integer, date date, created_at timestamp(6), updated_at timestamp(6), officer_name varchar, officer_email varchar,
    task integer DEFAULT 0 NOT NULL
);
INSERT INTO poll_shifts (booth_id, officer_id, date, created_at, updated_at, officer_name, officer_email, task)
SELECT DISTINCT ON (ba.booth_id, oa.officer_id, oa.date, oa.final) ba.booth_id, oa.officer_id, oa.date, oa.created_at, oa.created_at, u.username, u.email, CASE WHEN oa.final THEN 1 ELSE 0 END
FROM poll_officer_assignments oa JOIN poll_booth_assignments ba ON ba.id = oa.booth_assignment_id JOIN poll_officers o ON o.id = oa.officer_id JOIN users u ON u.id = o.user_id
ORDER BY ba.booth_id, oa.officer_id, oa.date, oa.final, oa.id;

CREATE TABLE poll_recounts (
    id serial PRIMARY KEY, author_id integer, origin varchar, date date, booth_assignment_id integer, officer_assignment_id integer, officer_assignment_id_log varchar DEFAULT '',
    author_id_log varchar DEFAULT '', white_amount integer, null_amount integer, total_amount integer, white_amount_log varchar DEFAULT '', null_amount_log varchar DEFAULT '',
    total_amount_log varchar DEFAULT ''
);
INSERT INTO poll_recounts (author_id, origin, date, booth_assignment_id, officer_assignment_id, officer_assignment_id_log, author_id_log, white_amount, null_amount, total_amount,
  white_amount_log, null_amount_log, total_amount_log)
SELECT u.id, CASE WHEN ba.id % 11 = 0 THEN 'letter' ELSE 'booth' END, oa.date, ba.id, oa.id,
       CASE WHEN ba.id % 4 = 1 THEN ':' || (oa.id - 1) ELSE '' END, CASE WHEN ba.id % 4 = 1 THEN ':' || u.id ELSE '' END,
       w, n, t, CASE WHEN ba.id % 4 = 1 THEN ':' || (w + 2) ELSE '' END, CASE WHEN ba.id % 4 = 1 THEN ':' || n ELSE '' END, CASE WHEN ba.id % 4 = 1 THEN ':' || (t - 3) ELSE '' END
FROM poll_booth_assignments ba JOIN poll_officer_assignments oa ON oa.booth_assignment_id = ba.id AND oa.final
JOIN poll_officers o ON o.id = oa.officer_id JOIN users u ON u.id = o.user_id
CROSS JOIN LATERAL (SELECT fixture_gen.n('prw', ba.id, 30) AS w, fixture_gen.n('prn', ba.id, 12) AS n, 180 + fixture_gen.n('prt', ba.id, 900) AS t) x ORDER BY ba.id;

CREATE TABLE poll_voters (
    id serial PRIMARY KEY, document_number varchar, document_type varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, poll_id integer NOT NULL,
    booth_assignment_id integer, age integer, gender varchar, geozone_id integer, answer_id integer, officer_assignment_id integer, user_id integer, origin varchar,
    officer_id integer, token varchar
);
INSERT INTO poll_voters (document_number, document_type, created_at, updated_at, poll_id, booth_assignment_id, age, gender, geozone_id, answer_id, officer_assignment_id,
  user_id, origin, officer_id, token)
SELECT DISTINCT ON (x.poll, p.dnum) p.dnum, p.dtype, t, t, x.poll, CASE WHEN x.web THEN NULL ELSE oa.booth_assignment_id END,
       extract(year FROM age(t::date, p.dob))::int, p.g, p.gz, NULL::int, CASE WHEN x.web THEN NULL ELSE oa.id END,
       CASE WHEN x.web THEN x.pi WHEN x.pi <= 640 AND x.k % 3 = 0 THEN x.pi END, CASE WHEN x.web THEN 'web' ELSE 'booth' END,
       CASE WHEN x.web THEN NULL ELSE oa.officer_id END, CASE WHEN x.web THEN fixture_gen.hexn('pvtk', x.k, 64) END
FROM (SELECT k, (ARRAY[1, 1, 2, 2, 4, 4, 6, 6, 6, 3, 5])[1 + fixture_gen.n('pvp', k, 11)] AS poll, fixture_gen.n('pvw', k, 5) < 3 AS web,
             CASE WHEN fixture_gen.n('pvw', k, 5) < 3 THEN 1 + fixture_gen.n('pvu', k, 640) WHEN k % 2 = 0 THEN 801 + fixture_gen.n('pvn', k, 100) ELSE 1 + fixture_gen.n('pvu', k, 640) END AS pi
      FROM generate_series(1, 460) k) x
JOIN pgen.p p ON p.i = x.pi JOIN polls po ON po.id = x.poll
LEFT JOIN LATERAL (SELECT oa.* FROM poll_officer_assignments oa JOIN poll_booth_assignments ba ON ba.id = oa.booth_assignment_id
                   WHERE ba.poll_id = x.poll AND NOT oa.final ORDER BY md5(oa.id::text || x.k::text) LIMIT 1) oa ON true
CROSS JOIN LATERAL (SELECT CASE WHEN x.web OR oa.id IS NULL THEN pgen.at('pvt', x.k, po.starts_at, po.ends_at) ELSE oa.date + make_interval(hours => 9 + fixture_gen.n('pvh', x.k, 11), mins => fixture_gen.n('pvm', x.k, 60)) END AS t) tt
ORDER BY x.poll, p.dnum, x.k;
UPDATE poll_voters SET origin = 'web', booth_assignment_id = NULL, officer_assignment_id = NULL, officer_id = NULL, token = fixture_gen.hexn('pvtk2', id, 64)
WHERE origin = 'booth' AND officer_assignment_id IS NULL;

-- ---------------------------------------------------------------------------
-- Participatory budgets 2021-2025.

CREATE TABLE budgets (
    id serial PRIMARY KEY, currency_symbol varchar(10), phase varchar(40) DEFAULT 'accepting', created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    slug varchar, voting_style varchar DEFAULT 'knapsack', published boolean, hide_money boolean DEFAULT false
);
INSERT INTO budgets (id, currency_symbol, phase, created_at, updated_at, slug, voting_style, published, hide_money)
SELECT b, '€', CASE WHEN b = 5 THEN 'accepting' ELSE 'finished' END, make_timestamp(2019 + b, 1, 8, 9, 30, 0) - interval '1 month', make_timestamp(2019 + b, 6, 20, 12, 0, 0),
       'presupuestos-participativos-' || (2020 + b), CASE WHEN b >= 4 THEN 'approval' ELSE 'knapsack' END, true, b = 5
FROM generate_series(1, 5) b;
UPDATE budgets SET updated_at = '2024-11-04 10:00:00' WHERE id = 5;

CREATE TABLE budget_headings (
    id serial PRIMARY KEY, group_id integer, price bigint, population integer, slug varchar, allow_custom_content boolean DEFAULT false, latitude text, longitude text,
    max_ballot_lines integer DEFAULT 1
);
INSERT INTO budget_headings (id, group_id, price, population, slug, allow_custom_content, latitude, longitude, max_ballot_lines)
SELECT (b - 1) * 7 + h + 1, CASE WHEN h = 0 THEN b * 2 - 1 ELSE b * 2 END, CASE WHEN h = 0 THEN 600000 + b * 50000 ELSE 100000 + h * 5000 END,
       CASE WHEN h = 0 THEN 121400 + b * 300 ELSE (ARRAY[18200, 24100, 21900, 31800, 16400, 9000])[h] END,
       CASE WHEN h = 0 THEN 'toda-la-ciudad' ELSE (ARRAY['centro-historico', 'la-estacion', 'los-olivos', 'ensanche-sur', 'el-val', 'poligono-y-diseminados'])[h] END,
       h = 0, (40.4842 + (h - 3) * 0.004)::text, (-3.3617 + (h - 3) * 0.005)::text, CASE WHEN b >= 4 THEN 3 ELSE 1 END
FROM generate_series(1, 5) b CROSS JOIN generate_series(0, 6) h ORDER BY 1;

CREATE TABLE budget_investments (
    id serial PRIMARY KEY, author_id integer, administrator_id integer, feasibility varchar(15) DEFAULT 'undecided', price bigint, price_explanation text,
    unfeasibility_explanation text, internal_comments text, valuation_finished boolean DEFAULT false, valuator_assignments_count integer DEFAULT 0,
    price_first_year bigint, duration varchar, hidden_at timestamp(6), cached_votes_up integer DEFAULT 0, comments_count integer DEFAULT 0, confirmed_hide_at timestamp(6),
    ignored_flag_at timestamp(6), flags_count integer DEFAULT 0, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, heading_id integer,
    responsible_name varchar, budget_id integer, group_id integer, selected boolean DEFAULT false, location varchar, organization_name varchar,
    unfeasible_email_sent_at timestamp(6), ballot_lines_count integer DEFAULT 0, previous_heading_id integer, winner boolean DEFAULT false,
    incompatible boolean DEFAULT false, community_id integer, visible_to_valuators boolean DEFAULT false, valuator_group_assignments_count integer DEFAULT 0, tsv tsvector
);
CREATE TABLE budget_investment_translations (
    id serial PRIMARY KEY, budget_investment_id integer NOT NULL, locale varchar NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    title varchar, description text
);
CREATE TABLE pgen.ver AS SELECT row_number() OVER (ORDER BY id) AS r, id FROM users WHERE level_two_verified_at IS NOT NULL AND id <= 640 AND erased_at IS NULL;
CREATE TABLE pgen.inv AS
SELECT k, b, 1 + fixture_gen.n('ivh', k, 7) AS h, fixture_gen.n('ivt', k, 24) AS t,
       CASE WHEN k % 8 = 0 THEN 641 + fixture_gen.n('ivo', k, 12) ELSE (SELECT id FROM pgen.ver WHERE r = 1 + fixture_gen.n('iva', k, (SELECT count(*) FROM pgen.ver)::int)) END AS author,
       CASE WHEN b = 5 THEN 'undecided' WHEN fixture_gen.n('ivf', k, 10) < 3 THEN 'unfeasible' WHEN fixture_gen.n('ivf', k, 10) = 3 AND b < 5 THEN 'feasible' ELSE 'feasible' END AS feas,
       pgen.at('ivc', k, make_timestamp(2019 + b, 1, 10, 0, 0, 0), make_timestamp(2019 + b, 2, 28, 23, 0, 0)) AS created
FROM generate_series(1, 220) k CROSS JOIN LATERAL (SELECT 1 + (k - 1) / 44 AS b) bb;
UPDATE pgen.inv SET created = least(created, timestamp '2024-11-12 20:00') WHERE b = 5;
UPDATE pgen.inv SET created = pgen.at('ivc5', k, '2024-10-15', '2024-11-12') WHERE b = 5;
INSERT INTO budget_investments (id, author_id, administrator_id, feasibility, price, price_explanation, unfeasibility_explanation, internal_comments, valuation_finished,
  valuator_assignments_count, price_first_year, duration, hidden_at, cached_votes_up, comments_count, confirmed_hide_at, ignored_flag_at, flags_count, created_at, updated_at,
  heading_id, responsible_name, budget_id, group_id, selected, location, organization_name, unfeasible_email_sent_at, ballot_lines_count, previous_heading_id, winner,
  incompatible, community_id, visible_to_valuators, valuator_group_assignments_count)
SELECT i.k, i.author, CASE WHEN i.b < 5 OR i.k % 3 = 0 THEN (ARRAY[1, 1, 2, 4])[1 + i.k % 4] END, i.feas,
       CASE WHEN i.feas = 'feasible' THEN (t.price * (80 + fixture_gen.n('ivp', i.k, 50)) / 100 / 100) * 100 END,
       CASE WHEN i.feas = 'feasible' THEN fixture_gen.pick(ARRAY[
         'Presupuesto estimado con los precios del cuadro de obras municipal vigente, IVA incluido.',
         'Incluye suministro, instalación y un año de garantía. El mantenimiento posterior se asume con el contrato de conservación.',
         'Coste calculado a partir de un proyecto similar ejecutado en 2022 en otro distrito.',
         'Importe de licitación estimado por el Servicio de Obras. Puede variar tras la adjudicación.',
         'Incluye redacción de proyecto, dirección de obra y coordinación de seguridad y salud.'], 'ivpe', i.k) END,
       CASE WHEN i.feas = 'unfeasible' THEN pgen.fill(fixture_gen.pick(ARRAY[
         'La parcela propuesta no es de titularidad municipal, pertenece al Canal de Isabel II.',
         'Se trata de una competencia de la Comunidad de Madrid; el ayuntamiento no puede ejecutarla.',
         'El importe estimado supera el presupuesto asignado al distrito.',
         'Ya está incluido en el plan de inversiones municipal para el próximo ejercicio.',
         'Tal como nos confirmó por teléfono el proponente, Sr. {last}, el terreno es una finca privada, por lo que no es posible actuar en él.',
         'La actuación requiere un mantenimiento anual que no puede financiarse con este presupuesto.'], 'ivue', i.k), coalesce(i.author, 1)) END,
       CASE WHEN i.b < 5 AND i.k % 3 <> 1 THEN pgen.fill(fixture_gen.pick(ARRAY[
         'Llamar a {name} ({phone}) para concretar la ubicación exacta.',
         'La proponente prefiere que la contactemos por correo: {email}.',
         'Revisado con Parques y Jardines. Ok al presupuesto.',
         'Pendiente informe de Urbanismo. {name} insiste en que es urgente, ha llamado tres veces.',
         'Agrupar con el proyecto similar del mismo distrito.',
         'Visita con el proponente el 14/03 a las 10:00 en el lugar (tel. {phone}).',
         'Sin observaciones.'], 'ivic', i.k), CASE WHEN i.author > 640 THEN (SELECT resp FROM pgen.org WHERE o = i.author - 640) ELSE i.author END) END,
       i.b < 5, CASE WHEN i.b < 5 THEN 1 + i.k % 2 ELSE i.k % 2 END,
       CASE WHEN i.feas = 'feasible' AND i.k % 3 = 0 THEN (t.price * 40 / 100 / 100) * 100 END,
       CASE WHEN i.feas = 'feasible' THEN fixture_gen.pick(ARRAY['3 meses', '6 meses', '1 año', '4 meses', '8 semanas', '18 meses'], 'ivdu', i.k) END,
       CASE WHEN i.k % 53 = 9 THEN i.created + interval '2 days' END, fixture_gen.n('ivvu', i.k, 400), 0, NULL,
       CASE WHEN i.k % 17 = 5 THEN i.created + interval '3 days' END, CASE WHEN i.k % 53 = 9 THEN 3 WHEN i.k % 17 = 5 THEN 1 ELSE 0 END,
       i.created, CASE WHEN i.b = 5 THEN pgen.at('ivu', i.k, i.created, '2024-11-14') ELSE make_timestamp(2019 + i.b, 6, 1, 0, 0, 0) + make_interval(mins => fixture_gen.n('ivu', i.k, 40000)) END,
       (i.b - 1) * 7 + i.h, CASE WHEN i.author > 640 THEN o.responsible_name ELSE u.document_number END, i.b, CASE WHEN i.h = 1 THEN i.b * 2 - 1 ELSE i.b * 2 END,
       i.feas = 'feasible' AND i.b < 5 AND i.k % 3 <> 2, t.place,
       CASE WHEN i.author > 640 THEN o.name WHEN i.k % 23 = 4 THEN fixture_gen.pick(ARRAY['AMPA CEIP Antonio Machado', 'Peña El Botijo', 'Grupo scout Henares 512', 'Vecinos de la calle del Olmo'], 'ivon', i.k) END,
       CASE WHEN i.feas = 'unfeasible' AND i.b < 5 THEN make_timestamp(2019 + i.b, 4, 2, 9, 0, 0) END, 0, CASE WHEN i.k % 41 = 3 THEN (i.b - 1) * 7 + 1 END,
       i.feas = 'feasible' AND i.b < 5 AND i.k % 3 = 0, i.k % 61 = 8, i.k + 200, i.b < 5 OR i.k % 2 = 0, CASE WHEN i.b < 5 THEN 1 ELSE 0 END
FROM pgen.inv i JOIN pgen.topic t ON t.kind = 'inv' AND t.k = i.t LEFT JOIN users u ON u.id = i.author LEFT JOIN organizations o ON o.user_id = i.author ORDER BY i.k;
UPDATE budget_investments bi SET comments_count = (SELECT count(*) FROM comments c WHERE c.commentable_type = 'Budget::Investment' AND c.commentable_id = bi.id AND NOT c.valuation);
INSERT INTO budget_investment_translations (budget_investment_id, locale, created_at, updated_at, title, description)
SELECT i.k, 'es', i.created, i.created,
       t.title || CASE WHEN i.k % 5 = 2 THEN ' (' || (ARRAY['Centro Histórico', 'La Estación', 'Los Olivos', 'Ensanche Sur', 'El Val', 'Polígono'])[1 + i.k % 6] || ')' ELSE '' END,
       pgen.body(t.body, 'iv', i.k, CASE WHEN i.author > 640 THEN (SELECT resp FROM pgen.org WHERE o = i.author - 640) ELSE i.author END, 4)
       || CASE WHEN i.author > 640 THEN '<p>' || pgen.fill('Persona de contacto de la entidad: {name}, {phone}.', (SELECT resp FROM pgen.org WHERE o = i.author - 640)) || '</p>' ELSE '' END
FROM pgen.inv i JOIN pgen.topic t ON t.kind = 'inv' AND t.k = i.t ORDER BY i.k;
UPDATE budget_investments bi SET tsv = setweight(to_tsvector('spanish', coalesce(bt.title, '')), 'A') || setweight(to_tsvector('simple', coalesce(u.username, o.name, '')), 'B')
    || setweight(to_tsvector('spanish', pgen.html2text(bt.description)), 'D')
FROM budget_investment_translations bt, users u LEFT JOIN organizations o ON o.user_id = u.id WHERE bt.budget_investment_id = bi.id AND u.id = bi.author_id;

CREATE TABLE budget_ballots (
    id serial PRIMARY KEY, user_id integer, budget_id integer, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, ballot_lines_count integer DEFAULT 0,
    physical boolean DEFAULT false, poll_ballot_id integer
);
INSERT INTO budget_ballots (user_id, budget_id, created_at, updated_at, ballot_lines_count, physical, poll_ballot_id)
SELECT DISTINCT ON (b, uid) CASE WHEN phys THEN NULL ELSE uid END, b, t, t + make_interval(mins => fixture_gen.n('bbu', k, 30)), 1 + fixture_gen.n('bbl', k, CASE WHEN b >= 4 THEN 3 ELSE 2 END), phys,
       CASE WHEN phys THEN 1000 + k END
FROM generate_series(1, 280) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('bbb', k, 4) AS b, (SELECT id FROM pgen.ver WHERE r = 1 + fixture_gen.n('bbv', k, (SELECT count(*) FROM pgen.ver)::int)) AS uid, k % 9 = 0 AS phys) x
CROSS JOIN LATERAL (SELECT make_timestamp(2020 + b, 5, 15, 0, 0, 0) + make_interval(secs => fixture_gen.n('bbt', k, 1200000)) AS t) y
ORDER BY b, uid, k;

-- ---------------------------------------------------------------------------
-- Audit trail of the valuation of budget projects (the audited gem).

CREATE TABLE audits (
    id serial PRIMARY KEY, auditable_id integer, auditable_type varchar, associated_id integer, associated_type varchar, user_id integer, user_type varchar,
    username varchar, action varchar, audited_changes text, version integer DEFAULT 0, comment varchar, remote_address varchar, request_uuid varchar, created_at timestamp(6)
);
CREATE FUNCTION pgen.y(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN '' WHEN v ~ '^[0-9]+$' OR v IN ('true', 'false') THEN v ELSE fixture_gen.js(v) END $$;
INSERT INTO audits (auditable_id, auditable_type, associated_id, associated_type, user_id, user_type, username, action, audited_changes, version, comment, remote_address, request_uuid, created_at)
SELECT CASE WHEN x.kind = 6 THEN bt.id ELSE bi.id END, CASE WHEN x.kind = 6 THEN 'Budget::Investment::Translation' ELSE 'Budget::Investment' END,
       CASE WHEN x.kind = 6 THEN bi.id END, CASE WHEN x.kind = 6 THEN 'Budget::Investment' END,
       x.who, 'User', NULL, 'update',
       E'---\n' || CASE CASE WHEN x.kind IN (0, 1) THEN CASE bi.feasibility WHEN 'feasible' THEN 0 ELSE 1 END ELSE x.kind END
         WHEN 0 THEN E'feasibility:\n- undecided\n- feasible\nprice:\n- \n- ' || coalesce(bi.price, 0) || E'\nprice_explanation:\n- \n- ' || pgen.y(coalesce(bi.price_explanation, 'Estimación del Servicio de Obras.')) || E'\n'
         WHEN 1 THEN E'feasibility:\n- undecided\n- unfeasible\nunfeasibility_explanation:\n- \n- ' || pgen.y(coalesce(bi.unfeasibility_explanation, 'Competencia autonómica.')) || E'\n'
         WHEN 2 THEN E'internal_comments:\n- \n- ' || pgen.y(coalesce(bi.internal_comments, 'Sin observaciones.')) || E'\n'
         WHEN 3 THEN E'selected:\n- false\n- true\n'
         WHEN 4 THEN E'valuation_finished:\n- false\n- true\n'
         WHEN 5 THEN E'administrator_id:\n- \n- ' || coalesce(bi.administrator_id, 1) || E'\nvaluator_assignments_count:\n- 0\n- 1\n'
         ELSE E'description:\n- ' || pgen.y(bt.description) || E'\n- ' || pgen.y(bt.description || '<p>Actualizado tras la visita técnica.</p>') || E'\n' END,
       0, NULL, '195.57.' || (40 + x.who % 3) || '.' || (10 + x.who % 200), fixture_gen.uuid('req', a), pgen.at('audt', a, make_timestamp(2019 + bi.budget_id, 3, 1, 8, 0, 0), make_timestamp(2019 + bi.budget_id, 4, 30, 15, 0, 0))
FROM generate_series(1, 170) a
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('audi', a, 176) AS inv, a % 7 AS kind, (ARRAY[703, 707, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725])[1 + fixture_gen.n('audw', a, 14)] AS who) x
JOIN budget_investments bi ON bi.id = x.inv JOIN budget_investment_translations bt ON bt.budget_investment_id = bi.id
ORDER BY 14;
UPDATE audits a SET version = v.rn FROM (SELECT id, row_number() OVER (PARTITION BY auditable_type, auditable_id ORDER BY created_at) AS rn FROM audits) v WHERE v.id = a.id;

-- ---------------------------------------------------------------------------
-- Ahoy visits and events.

CREATE TABLE visits (
    id uuid PRIMARY KEY, visitor_id uuid, ip varchar, user_agent text, referrer text, landing_page text, user_id integer, referring_domain varchar, search_keyword varchar,
    browser varchar, os varchar, device_type varchar, screen_height integer, screen_width integer, country varchar, region varchar, city varchar, postal_code varchar,
    latitude numeric, longitude numeric, utm_source varchar, utm_medium varchar, utm_term varchar, utm_content varchar, utm_campaign varchar, started_at timestamp(6)
);
CREATE TABLE pgen.ua (k int PRIMARY KEY, ua text, browser text, os text, device text, sh int, sw int);
INSERT INTO pgen.ua VALUES
 (0, 'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36', 'Chrome', 'Android', 'Mobile', 800, 360),
 (1, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1', 'Mobile Safari', 'iOS', 'Mobile', 844, 390),
 (2, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36', 'Chrome', 'Windows', 'Desktop', 1080, 1920),
 (3, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0', 'Edge', 'Windows', 'Desktop', 768, 1366),
 (4, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15', 'Safari', 'Mac', 'Desktop', 900, 1440),
 (5, 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0', 'Firefox', 'Ubuntu', 'Desktop', 1080, 1920),
 (6, 'Mozilla/5.0 (Linux; Android 12; Redmi Note 10 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36', 'Chrome', 'Android', 'Mobile', 873, 393),
 (7, 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1', 'Mobile Safari', 'iOS', 'Tablet', 1024, 768),
 (8, 'Mozilla/5.0 (Linux; Android 11; moto g(30)) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/22.0 Chrome/111.0.0.0 Mobile Safari/537.36', 'Samsung Internet', 'Android', 'Mobile', 720, 360),
 (9, 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0', 'Firefox', 'Windows', 'Desktop', 768, 1366);
INSERT INTO visits
SELECT fixture_gen.uuid('visit', v)::uuid, fixture_gen.uuid('visitor', CASE WHEN v % 4 = 0 THEN v - 1 ELSE v END)::uuid,
       CASE WHEN v % 6 = 5 THEN fixture_gen.ipv6('vip', v) WHEN v % 29 = 4 OR v % 31 = 6 THEN fixture_gen.ipv4('vip', v) ELSE pgen.esip('vip', v) END, ua.ua,
       CASE WHEN v % 5 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['https://www.google.com/', 'https://www.google.es/', 'https://m.facebook.com/', 'https://t.co/' || pgen.rnd('tco', v, 10),
            'https://www.torrealbadehenares.example/participa', 'android-app://com.google.android.gm/', 'https://l.instagram.com/', 'https://web.whatsapp.com/'], 'vref', v) END,
       'https://decide.torrealbadehenares.example' || fixture_gen.pick(ARRAY['/', '/proposals', '/debates/' || (1 + v % 120), '/budgets/presupuestos-participativos-2024/investments',
            '/polls/peatonalizacion-calle-mayor', '/proposals/' || (1 + v % 110), '/users/sign_in', '/verification/residence/new', '/legislation/processes/2/draft_versions/2',
            '/?utm_source=newsletter&utm_medium=email&utm_campaign=pp2024'], 'vlp', v),
       CASE WHEN v <= 120 THEN 1 + fixture_gen.n('dba', v, 640) WHEN v % 3 <> 0 THEN 1 + fixture_gen.n('vus', v, 640) END,
       NULL, CASE WHEN v % 37 = 3 THEN fixture_gen.pick(ARRAY['presupuestos participativos torrealba', 'decide torrealba', 'votar calle mayor torrealba'], 'vsk', v) END,
       ua.browser, ua.os, ua.device, ua.sh, ua.sw,
       CASE WHEN v % 29 = 4 THEN 'Romania' WHEN v % 31 = 6 THEN 'Morocco' ELSE 'Spain' END,
       CASE WHEN v % 29 = 4 THEN 'Bucuresti' WHEN v % 31 = 6 THEN 'Tanger-Tetouan-Al Hoceima' ELSE 'Madrid' END,
       CASE WHEN v % 29 = 4 THEN 'Bucharest' WHEN v % 31 = 6 THEN 'Tangier' ELSE fixture_gen.pick(ARRAY['Torrealba de Henares', 'Torrealba de Henares', 'Torrealba de Henares', 'Madrid', 'Alcalá de Henares', 'Torrejón de Ardoz', 'Coslada'], 'vcity', v) END,
       CASE WHEN v % 29 = 4 OR v % 31 = 6 THEN NULL ELSE fixture_gen.pick(ARRAY['28811', '28813', '28814', '28816', '28817', '28001', '28805', '28850'], 'vpc', v) END,
       round((40.4842 + (fixture_gen.n('vlat', v, 2000) - 1000) / 20000.0)::numeric, 4), round((-3.3617 + (fixture_gen.n('vlon', v, 2000) - 1000) / 20000.0)::numeric, 4),
       CASE WHEN v % 10 = 9 THEN 'newsletter' END, CASE WHEN v % 10 = 9 THEN 'email' END, NULL, NULL, CASE WHEN v % 10 = 9 THEN 'pp2024' END,
       pgen.at('vst', v, '2018-01-01', '2024-11-14')
FROM generate_series(1, 320) v JOIN pgen.ua ua ON ua.k = fixture_gen.n('vua', v, 10) ORDER BY v;
UPDATE visits v SET started_at = d.created_at - interval '7 minutes' FROM debates d WHERE v.id::text = d.visit_id;
UPDATE visits SET referring_domain = substring(referrer FROM '^[a-z-]+://([^/]+)') WHERE referrer IS NOT NULL;
UPDATE visits SET latitude = 44.4268 + (latitude - 40.4842), longitude = 26.1025 + (longitude + 3.3617) WHERE country = 'Romania';
UPDATE visits SET latitude = 35.7595 + (latitude - 40.4842), longitude = -5.8340 + (longitude + 3.3617) WHERE country = 'Morocco';

CREATE TABLE ahoy_events (id uuid PRIMARY KEY, visit_id uuid, user_id integer, name varchar, properties jsonb, "time" timestamp(6), ip varchar);
INSERT INTO ahoy_events
SELECT fixture_gen.uuid('ahev', k)::uuid, v.id, v.user_id, x.nm,
       CASE x.nm WHEN 'debate_created' THEN jsonb_build_object('debate_id', 1 + k % 120) WHEN 'proposal_created' THEN jsonb_build_object('proposal_id', 1 + k % 110)
                 WHEN 'comment_created' THEN jsonb_build_object('comment_id', 1 + k % 440) WHEN 'budget_investment_created' THEN jsonb_build_object('budget_investment_id', 1 + k % 220)
                 ELSE jsonb_build_object('user_id', v.user_id) END,
       v.started_at + make_interval(secs => 30 + fixture_gen.n('ahet', k, 1500)), v.ip
FROM generate_series(1, 260) k
JOIN visits v ON v.id = fixture_gen.uuid('visit', 1 + fixture_gen.n('ahv', k, 320))::uuid
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['debate_created', 'proposal_created', 'comment_created', 'comment_created', 'comment_created', 'level_2_user', 'level_3_user',
       'budget_investment_created'], 'ahen', k) AS nm) x
WHERE v.user_id IS NOT NULL ORDER BY k;

-- ---------------------------------------------------------------------------
-- Images and documents attached to proposals, projects, polls and processes.

CREATE TABLE images (
    id serial PRIMARY KEY, imageable_type varchar, imageable_id integer, title varchar(80), user_id integer, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO images (imageable_type, imageable_id, title, user_id, created_at, updated_at)
SELECT x.typ, x.iid, fixture_gen.pick(ARRAY['Estado actual del parque', 'Boceto del proyecto', 'Foto de la zona', 'Así está la acera', 'Plano de situación', 'Ejemplo en otra ciudad',
         'Vista desde la rotonda', 'Recreación 3D', 'Cartel de la campaña', 'IMG_20230314_101522.jpg'], 'imt', k),
       coalesce(pr.author_id, bi.author_id, 703), coalesce(pr.created_at, bi.created_at, po.created_at), coalesce(pr.created_at, bi.created_at, po.created_at)
FROM generate_series(1, 64) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 7 = 0 THEN 'Poll' WHEN k % 2 = 0 THEN 'Proposal' ELSE 'Budget::Investment' END AS typ,
                           CASE WHEN k % 7 = 0 THEN 1 + k % 6 WHEN k % 2 = 0 THEN 1 + fixture_gen.n('imp', k, 110) ELSE 1 + fixture_gen.n('imi', k, 220) END AS iid) x
LEFT JOIN proposals pr ON x.typ = 'Proposal' AND pr.id = x.iid LEFT JOIN budget_investments bi ON x.typ = 'Budget::Investment' AND bi.id = x.iid
LEFT JOIN polls po ON x.typ = 'Poll' AND po.id = x.iid ORDER BY 5;

CREATE TABLE documents (
    id serial PRIMARY KEY, title varchar, user_id integer, documentable_type varchar, documentable_id integer, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    admin boolean DEFAULT false
);
INSERT INTO documents (title, user_id, documentable_type, documentable_id, created_at, updated_at, admin)
SELECT CASE WHEN x.adm THEN fixture_gen.pick(ARRAY['Bases de los presupuestos participativos', 'Borrador de la Ordenanza de Convivencia', 'Informe de resultados', 'Memoria del proceso',
            'Calendario de la consulta', 'Informe de viabilidad técnica'], 'dct', k)
            ELSE fixture_gen.pick(ARRAY['Memoria técnica', 'Presupuesto orientativo', 'Planos de la zona', 'Hoja de firmas escaneada', 'Acta de la asamblea de socios',
            'Carta de apoyo del consejo escolar', 'Estudio de tráfico (aportado por la asociación)', 'Presupuesto de la empresa instaladora'], 'dcu', k) END,
       CASE WHEN x.adm THEN 703 ELSE coalesce(pr.author_id, bi.author_id) END, x.typ, x.did, t, t, x.adm
FROM generate_series(1, 52) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 6 = 0 THEN 'Legislation::Process' WHEN k % 6 = 1 THEN 'Poll' WHEN k % 6 IN (2, 3) THEN 'Proposal' ELSE 'Budget::Investment' END AS typ,
                           k % 6 IN (0, 1) AS adm,
                           CASE WHEN k % 6 = 0 THEN 1 + k % 3 WHEN k % 6 = 1 THEN 1 + k % 6 WHEN k % 6 IN (2, 3) THEN 1 + fixture_gen.n('dcp', k, 110) ELSE 1 + fixture_gen.n('dci', k, 220) END AS did) x
LEFT JOIN proposals pr ON x.typ = 'Proposal' AND pr.id = x.did LEFT JOIN budget_investments bi ON x.typ = 'Budget::Investment' AND bi.id = x.did
CROSS JOIN LATERAL (SELECT coalesce(pr.created_at, bi.created_at, pgen.at('dcc', k, '2022-09-01', '2024-10-01')) + interval '20 minutes' AS t) y
ORDER BY t;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
