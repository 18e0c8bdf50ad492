-- classify-eval fixture (HOLDOUT 34: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- GLPI 10.0 IT asset management and service desk on PostgreSQL, in the
-- naming of its own legacy MySQL-born schema as its installs create it:
-- glpi_ tables in plural snake_case, integer ids, foreign keys named
-- <table singular>s_id (users_id, entities_id, computers_id), polymorphic
-- itemtype/items_id pairs, date_mod/date_creation timestamps, smallint
-- flags (is_deleted, is_active, is_recursive, is_dynamic), rich text stored
-- HTML-encoded as GLPI 10 stores it (&#60;p&#62;). Halden & Roux, an
-- engineering group with subsidiaries in Lyon, Stuttgart, Porto and Pune,
-- whose IT team also runs the service desk of two customers in managed
-- services: the Clinique Saint-Roch and a general practitioner's practice
-- named after her. Users synchronised from Active Directory (logins, DNs,
-- objectGUIDs, staff numbers, phones and mobiles, supervisors, contract
-- start and end dates) beside local accounts with bcrypt and legacy SHA-1
-- hashes, personal, API and remember-me tokens, password reset tokens;
-- users' emails, work and personal; groups; entities with their premises,
-- role mailboxes and notification settings; locations, among them the home
-- offices of remote staff with their addresses and coordinates; computers
-- with organisational host names, serials and asset tags, the login the
-- inventory agent saw, assigned users and notes; network ports with MACs
-- and switch-port aliases naming the person at the desk; IP addresses;
-- inventory agents reporting from home connections; tickets whose titles
-- and HTML content name new hires, leavers, home addresses, phones and a
-- password typed by the requester; ticket actors with the email of
-- requesters who have no account; followups, tasks and solutions written by
-- technicians and requesters (temporary passwords, sick leave, parcel
-- numbers); documents whose file names name people (ID cards, sick notes,
-- contracts); the history log's old and new values (phones, emails,
-- assigned users as "Name (id)"); events quoting logins and IPs; the LDAP
-- directory with its encrypted bind password; mail collectors with
-- encrypted passwords; the key/value configuration with SMTP, proxy and
-- OAuth secrets and the GLPI Network registration key among settings;
-- automatic actions; suppliers (one a sole trader) and their contacts;
-- emails the collector refused; the notification queue with rendered mails
-- (password reset links with their tokens); saved searches whose queries
-- name people; reminders; knowledge base articles (procedures, nothing
-- personal); API clients with their app tokens.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ggen;
SET client_min_messages = warning;

-- fold: a name folded to ASCII for a login or an address.
CREATE FUNCTION ggen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐÉÈ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZDEE')), '[^a-z0-9]+', '', 'g')
$$;

-- enc: rich text as GLPI 10 stores it (tags HTML-encoded); html: lines as
-- paragraphs, encoded.
CREATE FUNCTION ggen.enc(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(s, '<', '&#60;'), '>', '&#62;') $$;

CREATE FUNCTION ggen.html(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT ggen.enc('<p>' || replace(s, E'\n', '</p><p>') || '</p>') $$;

-- rnd: random-looking alphanumerics (up to 190); hex40: 40 hex digits.
CREATE FUNCTION ggen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, 200), '+/=', ''), 1, len) $$;

CREATE FUNCTION ggen.hex40(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to('g' || tag || ':' || i, 'UTF8')), 'hex')::varchar(40) $$;

-- sodium: a value GLPIKey::encrypt() wrote (base64 of a 24-byte nonce, the
-- ciphertext and its 16-byte tag).
CREATE FUNCTION ggen.sodium(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64('sodium' || tag, i, 40 + len) $$;

-- at: a time between two dates, as GLPI stores it (timestamp, seconds).
CREATE FUNCTION ggen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- Names by culture.
CREATE TABLE ggen.nm (c text, k int, first text, last text);
INSERT INTO ggen.nm
SELECT c, k, f[k], l[k] FROM (VALUES
  ('fr', ARRAY['Amélie', 'Julien', 'Camille', 'Mathieu', 'Élodie', 'Nicolas', 'Sandrine', 'Thibault'], ARRAY['Fournier', 'Girard', 'Moreau', 'Lefèbvre', 'Chevalier', 'Perrin', 'Rousseau', 'Bonnet']),
  ('ma', ARRAY['Karim', 'Nadia', 'Youssef', 'Samira', 'Mehdi', 'Leïla', 'Rachid', 'Inès'], ARRAY['Benali', 'El Amrani', 'Haddad', 'Bouzid', 'Cherkaoui', 'Mansouri', 'Belkacem', 'Ziani']),
  ('sn', ARRAY['Moussa', 'Aïssatou', 'Mamadou', 'Fatou', 'Ibrahima', 'Awa', 'Cheikh', 'Mariama'], ARRAY['Diallo', 'Ndiaye', 'Diop', 'Sow', 'Fall', 'Camara', 'Ba', 'Sy']),
  ('de', ARRAY['Jürgen', 'Katrin', 'Stefan', 'Anja', 'Tobias', 'Sabine', 'Florian', 'Heike'], ARRAY['Weber', 'Schäfer', 'Becker', 'Hoffmann', 'Wagner', 'Köhler', 'Neumann', 'Schwarz']),
  ('tr', ARRAY['Emre', 'Ayşe', 'Murat', 'Zeynep', 'Serkan', 'Elif', 'Burak', 'Gül'], ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan']),
  ('pl', ARRAY['Paweł', 'Agnieszka', 'Tomasz', 'Magdalena', 'Marek', 'Katarzyna', 'Łukasz', 'Joanna'], ARRAY['Nowak', 'Wiśniewski', 'Kowalczyk', 'Zieliński', 'Wójcik', 'Mazur', 'Krawczyk', 'Dąbrowska']),
  ('pt', ARRAY['João', 'Inês', 'Tiago', 'Beatriz', 'Rui', 'Mariana', 'Gonçalo', 'Catarina'], ARRAY['Ferreira', 'Pereira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Gonçalves', 'Carvalho']),
  ('br', ARRAY['Thiago', 'Larissa', 'Rafael', 'Fernanda', 'Gustavo', 'Camila', 'Leonardo', 'Juliana'], ARRAY['Oliveira', 'Santos', 'Almeida', 'Ribeiro', 'Lima', 'Araújo', 'Barbosa', 'Nascimento']),
  ('in', ARRAY['Aditya', 'Priya', 'Rohan', 'Sneha', 'Vikram', 'Ananya', 'Siddharth', 'Kavya'], ARRAY['Kulkarni', 'Deshpande', 'Joshi', 'Patil', 'Iyer', 'Menon', 'Bhattacharya', 'Reddy']),
  ('vn', ARRAY['Minh', 'Thảo', 'Quang', 'Hương', 'Tuấn', 'Lan', 'Đức', 'Ngọc'], ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'])
) v(c, f, l), generate_series(1, 8) k;

-- Entities: 0 the root, 1 the group (its IT), 2 Lyon, 3 Stuttgart, 4 Porto,
-- 5 Pune, 6 the clinic, 7 the doctor's practice (customers in managed
-- services).
CREATE TABLE ggen.ent (e int PRIMARY KEY, dom text, cty text, lang text, tz text, city text, pc text, street text, lat numeric, lon numeric);
INSERT INTO ggen.ent VALUES
  (0, 'halden-roux.com', 'fr', 'fr_FR', 'Europe/Paris', 'Lyon', '69007', '18 rue de Gerland', 45.7304, 4.8322),
  (1, 'halden-roux.com', 'fr', 'fr_FR', 'Europe/Paris', 'Lyon', '69007', '18 rue de Gerland', 45.7304, 4.8322),
  (2, 'halden-roux.com', 'fr', 'fr_FR', 'Europe/Paris', 'Lyon', '69007', '18 rue de Gerland', 45.7304, 4.8322),
  (3, 'halden-roux.de', 'de', 'de_DE', 'Europe/Berlin', 'Stuttgart', '70565', 'Industriestraße 42', 48.7262, 9.1127),
  (4, 'halden-roux.pt', 'pt', 'pt_PT', 'Europe/Lisbon', 'Porto', '4100-320', 'Rua do Campo Alegre 830', 41.1529, -8.6368),
  (5, 'halden-roux.in', 'in', 'en_GB', 'Asia/Kolkata', 'Pune', '411057', 'Plot 14, Rajiv Gandhi Infotech Park, Hinjawadi Phase 2', 18.5913, 73.7389),
  (6, 'clinique-saintroch.fr', 'fr', 'fr_FR', 'Europe/Paris', 'Villeurbanne', '69100', '7 avenue Roger Salengro', 45.7719, 4.8902),
  (7, 'gmail.com', 'fr', 'fr_FR', 'Europe/Paris', 'Caluire-et-Cuire', '69300', '3 place de la Mairie', 45.7953, 4.8464);

-- phone: a line of a country: office (direct lines) or mobile.
CREATE FUNCTION ggen.phone(cty text, mobile boolean, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cty
    WHEN 'fr' THEN CASE WHEN mobile THEN (ARRAY['06', '07'])[1 + fixture_gen.n(tag || 'p', i, 2)] ELSE '04 72' END
        || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2)
        || CASE WHEN mobile THEN ' ' || fixture_gen.digits(tag || 'd', i, 2) ELSE '' END
    WHEN 'de' THEN CASE WHEN mobile THEN '+49 15' || (1 + fixture_gen.n(tag || 'p', i, 9))::text || ' ' || fixture_gen.digits(tag, i, 8) ELSE '+49 711 ' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'x', i, 3) END
    WHEN 'pt' THEN CASE WHEN mobile THEN '+351 9' || (ARRAY['1', '2', '3', '6'])[1 + fixture_gen.n(tag || 'p', i, 4)] ELSE '+351 22' END
        || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    ELSE CASE WHEN mobile THEN '+91 ' || (7 + fixture_gen.n(tag || 'p', i, 3))::text || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5) ELSE '+91 20 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END END
$$;

-- People: 2-6 GLPI's own accounts; 7-24 the group's IT (technicians);
-- 25-120 Lyon; 121-180 Stuttgart; 181-215 Porto; 216-255 Pune; 256-281 the
-- clinic's staff; 282-285 the practice.
CREATE TABLE ggen.p (i int PRIMARY KEY, e int, c text, first text, last text, full_name text, login text, email text, pemail text, phone text, mobile text,
  tech boolean, profile int, job text, created timestamp, sup int, loc int, grp int, begin_date timestamp, end_date timestamp, active boolean, guid text, regnum text);
INSERT INTO ggen.p (i, e, c, first, last)
SELECT i, e, x.c, a.first, b.last
FROM generate_series(7, 285) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 24 THEN 1 WHEN i <= 120 THEN 2 WHEN i <= 180 THEN 3 WHEN i <= 215 THEN 4 WHEN i <= 255 THEN 5 WHEN i <= 281 THEN 6 ELSE 7 END AS e) y
CROSS JOIN LATERAL (SELECT CASE WHEN y.e IN (1, 2) THEN fixture_gen.pick(ARRAY['fr', 'fr', 'fr', 'fr', 'fr', 'ma', 'ma', 'sn', 'pl', 'vn', 'pt', 'tr'], 'pc', i)
                                WHEN y.e = 3 THEN fixture_gen.pick(ARRAY['de', 'de', 'de', 'de', 'tr', 'tr', 'pl'], 'pc', i)
                                WHEN y.e = 4 THEN fixture_gen.pick(ARRAY['pt', 'pt', 'pt', 'br'], 'pc', i)
                                WHEN y.e = 5 THEN 'in'
                                WHEN y.e = 6 THEN fixture_gen.pick(ARRAY['fr', 'fr', 'fr', 'ma', 'sn', 'vn'], 'pc', i)
                                ELSE 'fr' END AS c) x
JOIN ggen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('pf', i, 8)
JOIN ggen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('pl', i, 8);
UPDATE ggen.p SET first = 'Amélie', last = 'Fournier' WHERE i = 282;
UPDATE ggen.p SET full_name = first || ' ' || last,
  login = CASE WHEN e IN (4, 5) THEN ggen.fold(first) || '.' || ggen.fold(last) ELSE ggen.fold(substr(first, 1, 1)) || ggen.fold(last) END;
UPDATE ggen.p p SET login = p.login || d.k FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) - 1 AS k FROM ggen.p) d WHERE d.i = p.i AND d.k > 0;
UPDATE ggen.p p SET
  email = CASE WHEN p.e = 7 THEN ggen.fold(p.first) || '.' || ggen.fold(p.last) || '.' || fixture_gen.pick(ARRAY['cabinet', 'secretariat', 'md'], 'pem', p.i) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'orange.fr', 'wanadoo.fr'], 'pemd', p.i)
               WHEN p.e = 6 THEN ggen.fold(p.first) || '.' || ggen.fold(p.last) || '@clinique-saintroch.fr'
               ELSE ggen.fold(p.first) || '.' || ggen.fold(p.last) || CASE WHEN p.login ~ '[0-9]$' THEN right(p.login, 1) ELSE '' END || '@' || n.dom END,
  pemail = CASE WHEN fixture_gen.n('ppe', p.i, 4) = 0 OR p.i BETWEEN 7 AND 24 THEN ggen.fold(p.first) || fixture_gen.pick(ARRAY['.', '_', ''], 'ppd', p.i) || ggen.fold(p.last) || fixture_gen.digits('ppn', p.i, 2) || '@'
               || fixture_gen.pick(ARRAY['gmail.com', 'free.fr', 'laposte.net', 'gmx.de', 'web.de', 'sapo.pt', 'yahoo.co.in', 'outlook.com', 'hotmail.fr'], 'ppm', p.i) END,
  phone = CASE WHEN p.e = 7 THEN '04 78 23 ' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 2) WHEN p.e = 6 THEN '04 78 85 ' || fixture_gen.digits('pph', p.i, 2) || ' ' || fixture_gen.digits('pph2', p.i, 2)
               WHEN fixture_gen.n('phx', p.i, 7) = 0 THEN NULL ELSE ggen.phone(n.cty, false, 'pph', p.i) END,
  mobile = CASE WHEN fixture_gen.n('pmx', p.i, 3) = 0 AND p.i > 24 THEN NULL ELSE ggen.phone(n.cty, true, 'pmo', p.i) END,
  tech = p.i <= 24 OR p.i BETWEEN 121 AND 124 OR p.i BETWEEN 216 AND 218,
  created = timestamp '2017-09-04 08:30:00' + (p.i - 7) * interval '3 days 7 hours' + make_interval(mins => fixture_gen.n('pcr', p.i, 600)),
  active = NOT (p.i % 17 = 3),
  guid = fixture_gen.uuid('pguid', p.i),
  regnum = CASE WHEN p.e BETWEEN 1 AND 5 THEN 'HR' || upper(n.cty) || lpad((1000 + p.i * 7)::text, 6, '0') WHEN p.e = 6 THEN 'CSR-' || lpad((300 + p.i)::text, 5, '0') END,
  loc = CASE WHEN p.e IN (1, 2) THEN 2 + fixture_gen.n('plc', p.i, 4) WHEN p.e = 3 THEN 7 + fixture_gen.n('plc', p.i, 2) WHEN p.e = 4 THEN 9 WHEN p.e = 5 THEN 10 + fixture_gen.n('plc', p.i, 2) WHEN p.e = 6 THEN 12 + fixture_gen.n('plc', p.i, 3) ELSE 15 END,
  job = CASE WHEN p.i <= 24 THEN fixture_gen.pick(ARRAY['Technicien support', 'Administrateur systèmes', 'Ingénieur réseaux', 'Responsable IT'], 'pjb', p.i)
             WHEN p.e = 6 THEN fixture_gen.pick(ARRAY['Infirmière', 'Secrétaire médicale', 'Aide-soignant', 'Médecin anesthésiste', 'Cadre de santé', 'Kinésithérapeute'], 'pjb', p.i)
             WHEN p.e = 7 THEN fixture_gen.pick(ARRAY['Secrétaire médicale', 'Médecin remplaçant', 'Médecin généraliste'], 'pjb', p.i)
             ELSE fixture_gen.pick(ARRAY['Design Engineer', 'Project Manager', 'Draughtsman', 'HR Officer', 'Accountant', 'Site Supervisor', 'Buyer', 'Structural Engineer', 'Office Manager', 'Intern'], 'pjb', p.i) END
FROM ggen.ent n WHERE n.e = p.e;
UPDATE ggen.p SET job = 'Médecin généraliste', email = 'dr.amelie.fournier@gmail.com', login = 'dr.fournier' WHERE i = 282;
UPDATE ggen.p SET job = fixture_gen.pick(ARRAY['IT Support Technician', 'System Administrator', 'Network Engineer'], 'pjt', i) WHERE tech AND i > 24;
UPDATE ggen.p SET profile = CASE WHEN i IN (7, 8) THEN 4 WHEN i = 9 THEN 3 WHEN tech THEN 6 WHEN i IN (256, 257, 282) THEN 7 ELSE 1 END,
  sup = CASE WHEN i IN (7, 25, 121, 181, 216, 256, 282) THEN NULL WHEN i <= 24 THEN 7 WHEN i <= 120 THEN 25 + fixture_gen.n('psu', i, 6) WHEN i <= 180 THEN 121 + fixture_gen.n('psu', i, 4)
             WHEN i <= 215 THEN 181 + fixture_gen.n('psu', i, 3) WHEN i <= 255 THEN 216 + fixture_gen.n('psu', i, 3) WHEN i <= 281 THEN 256 ELSE 282 END,
  grp = CASE WHEN i <= 12 THEN 1 WHEN i <= 18 THEN 2 WHEN i <= 24 THEN 3 WHEN i BETWEEN 121 AND 124 THEN 4 WHEN i BETWEEN 216 AND 218 THEN 5 WHEN e = 6 THEN 7 WHEN e IN (2, 3, 4, 5) THEN 6 ELSE NULL END,
  begin_date = CASE WHEN job = 'Intern' OR i % 11 = 4 THEN created - interval '3 days' END,
  end_date = CASE WHEN job = 'Intern' OR i % 11 = 4 THEN created + interval '6 months' - interval '3 days' + make_interval(days => fixture_gen.n('pen', i, 200)) END;

-- Home offices of remote staff: a location each, with the home address.
CREATE TABLE ggen.home (j int PRIMARY KEY, i int, street text, pc text, city text, state text, country text, lat numeric, lon numeric);
INSERT INTO ggen.home
SELECT row_number() OVER (ORDER BY p.i), p.i,
       CASE n.cty WHEN 'fr' THEN (1 + fixture_gen.n('hsn', p.i, 80))::text || ' ' || fixture_gen.pick(ARRAY['chemin des Vignes', 'rue Paul Bert', 'allée des Tilleuls', 'montée de la Boucle', 'rue du Plat', 'impasse des Érables'], 'hst', p.i)
                  WHEN 'de' THEN fixture_gen.pick(ARRAY['Lindenstraße', 'Schillerweg', 'Am Kirchberg', 'Mörikestraße', 'Uhlandstraße'], 'hst', p.i) || ' ' || (1 + fixture_gen.n('hsn', p.i, 60))::text
                  WHEN 'pt' THEN fixture_gen.pick(ARRAY['Rua de Santa Catarina', 'Avenida da República', 'Rua do Almada', 'Travessa do Carregal'], 'hst', p.i) || ', ' || (1 + fixture_gen.n('hsn', p.i, 300))::text || ' ' || (1 + fixture_gen.n('hsf', p.i, 6))::text || 'º Esq.'
                  ELSE 'Flat ' || (101 + fixture_gen.n('hsf', p.i, 900))::text || ', ' || fixture_gen.pick(ARRAY['Kohinoor Heights', 'Blue Ridge Tower B', 'Pristine Greens', 'Rohan Mithila'], 'hst', p.i) END,
       c.pc || CASE n.cty WHEN 'pt' THEN '-' || fixture_gen.digits('hpc', p.i, 3) ELSE '' END, c.city, c.state, c.country,
       round(c.lat + (fixture_gen.n('hla', p.i, 2000) - 1000) / 50000.0, 6), round(c.lon + (fixture_gen.n('hlo', p.i, 2000) - 1000) / 40000.0, 6)
FROM ggen.p p JOIN ggen.ent n ON n.e = p.e
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    ('fr', 0, 'Villeurbanne', '69100', 'Auvergne-Rhône-Alpes', 'France', 45.7719, 4.8902), ('fr', 1, 'Écully', '69130', 'Auvergne-Rhône-Alpes', 'France', 45.7745, 4.7763),
    ('fr', 2, 'Oullins', '69600', 'Auvergne-Rhône-Alpes', 'France', 45.7141, 4.8076), ('fr', 3, 'Vienne', '38200', 'Auvergne-Rhône-Alpes', 'France', 45.5255, 4.8746),
    ('de', 0, 'Esslingen am Neckar', '73728', 'Baden-Württemberg', 'Deutschland', 48.7406, 9.3108), ('de', 1, 'Böblingen', '71032', 'Baden-Württemberg', 'Deutschland', 48.6833, 9.0167),
    ('de', 2, 'Ludwigsburg', '71634', 'Baden-Württemberg', 'Deutschland', 48.8975, 9.1922), ('de', 3, 'Leonberg', '71229', 'Baden-Württemberg', 'Deutschland', 48.8000, 9.0167),
    ('pt', 0, 'Vila Nova de Gaia', '4400', 'Porto', 'Portugal', 41.1239, -8.6118), ('pt', 1, 'Matosinhos', '4450', 'Porto', 'Portugal', 41.1844, -8.6963),
    ('pt', 2, 'Maia', '4470', 'Porto', 'Portugal', 41.2357, -8.6199), ('pt', 3, 'Gondomar', '4420', 'Porto', 'Portugal', 41.1445, -8.5322),
    ('in', 0, 'Wakad', '411057', 'Maharashtra', 'India', 18.5989, 73.7650), ('in', 1, 'Baner', '411045', 'Maharashtra', 'India', 18.5590, 73.7868),
    ('in', 2, 'Aundh', '411007', 'Maharashtra', 'India', 18.5580, 73.8077), ('in', 3, 'Kothrud', '411038', 'Maharashtra', 'India', 18.5074, 73.8077)
  ) v(cty, k, city, pc, state, country, lat, lon) WHERE v.cty = n.cty AND v.k = fixture_gen.n('hci', p.i, 4)) c
WHERE p.e BETWEEN 1 AND 5 AND p.i % 9 = 2;
UPDATE ggen.p p SET loc = 16 + h.j FROM ggen.home h WHERE h.i = p.i;

CREATE TABLE glpi_entities (
  id integer NOT NULL PRIMARY KEY,
  name varchar(255) DEFAULT NULL,
  entities_id integer DEFAULT 0,
  completename text,
  comment text,
  level integer NOT NULL DEFAULT 0,
  ancestors_cache text,
  registration_number varchar(255) DEFAULT NULL,
  address text,
  postcode varchar(255) DEFAULT NULL,
  town varchar(255) DEFAULT NULL,
  state varchar(255) DEFAULT NULL,
  country varchar(255) DEFAULT NULL,
  website varchar(255) DEFAULT NULL,
  phonenumber varchar(255) DEFAULT NULL,
  fax varchar(255) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  admin_email varchar(255) DEFAULT NULL,
  admin_email_name varchar(255) DEFAULT NULL,
  from_email varchar(255) DEFAULT NULL,
  from_email_name varchar(255) DEFAULT NULL,
  noreply_email varchar(255) DEFAULT NULL,
  noreply_email_name varchar(255) DEFAULT NULL,
  replyto_email varchar(255) DEFAULT NULL,
  replyto_email_name varchar(255) DEFAULT NULL,
  ldap_dn varchar(255) DEFAULT NULL,
  tag varchar(255) DEFAULT NULL,
  authldaps_id integer NOT NULL DEFAULT 0,
  mail_domain varchar(255) DEFAULT NULL,
  entity_ldapfilter text,
  mailing_signature text,
  url_base text,
  latitude varchar(255) DEFAULT NULL,
  longitude varchar(255) DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_entities (id, name, entities_id, completename, comment, level, ancestors_cache, registration_number, address, postcode, town, state, country, website, phonenumber, fax, email, admin_email, admin_email_name, from_email, from_email_name, noreply_email, noreply_email_name, replyto_email, replyto_email_name, ldap_dn, tag, authldaps_id, mail_domain, entity_ldapfilter, mailing_signature, url_base, latitude, longitude, date_mod, date_creation)
SELECT id::integer, name::varchar(255), entities_id::integer, completename::text, comment::text, level::integer, ancestors_cache::text, registration_number::varchar(255), address::text, postcode::varchar(255), town::varchar(255), state::varchar(255), country::varchar(255), website::varchar(255), phonenumber::varchar(255), fax::varchar(255), email::varchar(255), admin_email::varchar(255), admin_email_name::varchar(255), from_email::varchar(255), from_email_name::varchar(255), noreply_email::varchar(255), noreply_email_name::varchar(255), replyto_email::varchar(255), replyto_email_name::varchar(255), ldap_dn::varchar(255), tag::varchar(255), authldaps_id::integer, mail_domain::varchar(255), entity_ldapfilter::text, mailing_signature::text, url_base::text, latitude::varchar(255), longitude::varchar(255), date_mod::timestamp, date_creation::timestamp FROM (
VALUES
  (0, 'Entité racine', NULL, 'Entité racine', NULL, 1, NULL, '[]', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   'it-admin@halden-roux.com', 'Administrateur GLPI', 'helpdesk@halden-roux.com', 'Service Desk Halden & Roux', 'noreply@support.halden-roux.com', 'Service Desk (ne pas répondre)', 'helpdesk@halden-roux.com', 'Service Desk Halden & Roux', 'GLPI',
   NULL, NULL, 0, NULL, NULL, E'-- \nService Desk Halden & Roux\nPoste 4000 depuis un poste interne, +33 4 72 80 40 00 depuis l''extérieur\nhttps://support.halden-roux.com', 'https://support.halden-roux.com', NULL, NULL, 0, 1, '2023-11-06 10:12:44', NULL),
  (1, 'Halden & Roux Groupe', 0, 'Entité racine > Halden & Roux Groupe', 'Holding et DSI groupe.', 2, NULL, '{"0":0}', '81234567800026', '18 rue de Gerland', '69007', 'Lyon', 'Auvergne-Rhône-Alpes', 'France', 'https://www.halden-roux.com',
   '+33 4 72 80 40 00', '+33 4 72 80 40 99', 'contact@halden-roux.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   'DC=hr-group,DC=local', 'HRGROUP', 1, 'halden-roux.com', '(objectClass=organizationalUnit)', NULL, NULL, '45.730412', '4.832201', -2, -2, '2022-03-14 09:40:02', '2017-09-01 14:22:10'),
  (2, 'H&R France', 1, 'Entité racine > Halden & Roux Groupe > H&R France', 'Bureau d''études Lyon, chantiers Rhône-Alpes.', 3, NULL, '{"0":0,"1":1}', '81234567800034', '18 rue de Gerland, Bâtiment A', '69007', 'Lyon', 'Auvergne-Rhône-Alpes', 'France', 'https://www.halden-roux.com/fr',
   '+33 4 72 80 41 00', '+33 4 72 80 41 99', 'lyon@halden-roux.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   'OU=Lyon,OU=Sites,DC=hr-group,DC=local', 'LYON', -2, 'halden-roux.com', '(&(objectClass=user)(physicalDeliveryOfficeName=Lyon))', NULL, NULL, '45.730412', '4.832201', -2, -2, '2022-03-14 09:40:02', '2017-09-01 14:25:31'),
  (3, 'H&R Deutschland GmbH', 1, 'Entité racine > Halden & Roux Groupe > H&R Deutschland GmbH', 'Standort Stuttgart-Vaihingen. Lokale IT: 2 Techniker.', 3, NULL, '{"0":0,"1":1}', 'HRB 734512 (Amtsgericht Stuttgart)', 'Industriestraße 42', '70565', 'Stuttgart', 'Baden-Württemberg', 'Deutschland', 'https://www.halden-roux.de',
   '+49 711 780 450', '+49 711 780 45 99', 'info@halden-roux.de', 'it-stuttgart@halden-roux.de', 'IT Stuttgart', NULL, NULL, NULL, NULL, 'it-stuttgart@halden-roux.de', 'IT Stuttgart', 'GLPI-DE',
   'OU=Stuttgart,OU=Sites,DC=hr-group,DC=local', 'STUTTGART', -2, 'halden-roux.de', '(&(objectClass=user)(physicalDeliveryOfficeName=Stuttgart))', E'-- \nIT-Support Halden & Roux Deutschland\nDurchwahl 450-200', NULL, '48.726210', '9.112704', -2, -2, '2023-01-19 16:02:11', '2018-02-05 10:01:47'),
  (4, 'H&R Portugal Lda', 1, 'Entité racine > Halden & Roux Groupe > H&R Portugal Lda', 'Escritório do Porto.', 3, NULL, '{"0":0,"1":1}', 'PT514287301', 'Rua do Campo Alegre 830, 3º', '4150-171', 'Porto', 'Porto', 'Portugal', 'https://www.halden-roux.pt',
   '+351 226 090 410', NULL, 'porto@halden-roux.pt', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   'OU=Porto,OU=Sites,DC=hr-group,DC=local', 'PORTO', -2, 'halden-roux.pt', '(&(objectClass=user)(physicalDeliveryOfficeName=Porto))', NULL, NULL, '41.152903', '-8.636811', -2, -2, '2021-06-02 11:45:39', '2019-04-15 08:12:05'),
  (5, 'H&R Engineering India Pvt Ltd', 1, 'Entité racine > Halden & Roux Groupe > H&R Engineering India Pvt Ltd', 'Pune delivery centre (CAD, BIM).', 3, NULL, '{"0":0,"1":1}', 'U74900PN2016PTC163742', 'Plot 14, Rajiv Gandhi Infotech Park, Hinjawadi Phase 2', '411057', 'Pune', 'Maharashtra', 'India', 'https://www.halden-roux.in',
   '+91 20 6720 4100', NULL, 'pune.office@halden-roux.in', 'it-pune@halden-roux.in', 'IT Pune', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   'OU=Pune,OU=Sites,DC=hr-group,DC=local', 'PUNE', -2, 'halden-roux.in', '(&(objectClass=user)(physicalDeliveryOfficeName=Pune))', NULL, NULL, '18.591307', '73.738902', -2, -2, '2023-08-28 06:31:17', '2020-01-13 05:40:22'),
  (6, 'Clinique Saint-Roch', 0, 'Entité racine > Clinique Saint-Roch', E'Client infogérance depuis 2021 (contrat IG-2021-004). Interlocutrice: Sandrine Perrin, cadre de santé, 06 71 42 18 90.\nAstreinte bloc opératoire 24/7.', 2, NULL, '{"0":0}', '42879315600018', '7 avenue Roger Salengro', '69100', 'Villeurbanne', 'Auvergne-Rhône-Alpes', 'France', 'https://www.clinique-saintroch.fr',
   '04 78 85 40 00', '04 78 85 40 01', 'accueil@clinique-saintroch.fr', 'dsi@clinique-saintroch.fr', 'DSI Clinique Saint-Roch', NULL, NULL, NULL, NULL, NULL, NULL, 'CSR',
   NULL, 'CLINIQUE', 0, 'clinique-saintroch.fr', NULL, E'-- \nSupport informatique Clinique Saint-Roch (infogéré par Halden & Roux)\n04 78 85 40 50', NULL, '45.771920', '4.890230', 1, 1, '2024-02-12 08:55:03', '2021-03-01 09:00:00'),
  (7, 'Cabinet du Dr Amélie Fournier', 0, 'Entité racine > Cabinet du Dr Amélie Fournier', E'Médecin généraliste, cabinet individuel. Contrat de maintenance IG-2022-011.\nDossiers patients sur le poste CAB-PC-01 (logiciel Weda), sauvegarde NAS chaque nuit.', 2, NULL, '{"0":0}', '88412907500015', '3 place de la Mairie', '69300', 'Caluire-et-Cuire', 'Auvergne-Rhône-Alpes', 'France', NULL,
   NULL, NULL, 'dr.amelie.fournier@gmail.com', 'dr.amelie.fournier@gmail.com', 'Dr Amélie Fournier', NULL, NULL, NULL, NULL, 'dr.amelie.fournier@gmail.com', 'Dr Amélie Fournier', 'CAB',
   NULL, 'CABINET', 0, NULL, NULL, E'-- \nCabinet du Dr Amélie Fournier\nSecrétariat: 04 78 23 51 60', NULL, '45.795314', '4.846402', 1, 1, '2024-05-21 17:20:48', '2022-06-13 11:30:00')
) v(id, name, entities_id, completename, comment, level, sons_cache, ancestors_cache, registration_number, address, postcode, town, state, country, website, phonenumber, fax, email, admin_email, admin_email_name, from_email, from_email_name, noreply_email, noreply_email_name, replyto_email, replyto_email_name, notification_subject_tag, ldap_dn, tag, authldaps_id, mail_domain, entity_ldapfilter, mailing_signature, url_base, latitude, longitude, anonymize_support_agents, tickettype, date_mod, date_creation);

CREATE TABLE glpi_groups (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  is_recursive smallint NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  comment text,
  ldap_field varchar(255) DEFAULT NULL,
  ldap_value text,
  ldap_group_dn text,
  date_mod timestamp DEFAULT NULL,
  groups_id integer NOT NULL DEFAULT 0,
  completename text,
  level integer NOT NULL DEFAULT 0,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_groups (id, entities_id, is_recursive, name, comment, ldap_field, ldap_value, ldap_group_dn, date_mod, groups_id, completename, level, date_creation)
SELECT id::integer, entities_id::integer, is_recursive::smallint, name::varchar(255), comment::text, ldap_field::varchar(255), ldap_value::text, ldap_group_dn::text, date_mod::timestamp, groups_id::integer, completename::text, level::integer, date_creation::timestamp FROM (
VALUES
  (1, 0, 1, 'Support N1', 'Premier niveau: téléphone, mail, prise en main à distance.', NULL, NULL, 'CN=GLPI-Support-N1,OU=Groups,DC=hr-group,DC=local', '2023-04-03 10:00:00', 0, 'Support N1', 1, 0, 1, 1, '2017-09-04 09:00:00'),
  (2, 0, 1, 'Systèmes & Réseaux', 'Serveurs, AD, réseau, téléphonie.', NULL, NULL, 'CN=GLPI-SysRes,OU=Groups,DC=hr-group,DC=local', '2023-04-03 10:00:00', 0, 'Systèmes & Réseaux', 1, 0, 1, 1, '2017-09-04 09:00:00'),
  (3, 0, 1, 'Applications métier', 'CAO, ERP, messagerie.', NULL, NULL, 'CN=GLPI-Apps,OU=Groups,DC=hr-group,DC=local', '2023-04-03 10:00:00', 0, 'Applications métier', 1, 0, 1, 1, '2017-09-04 09:00:00'),
  (4, 3, 0, 'IT Stuttgart', 'Vor-Ort-Support Stuttgart.', NULL, NULL, 'CN=GLPI-IT-DE,OU=Groups,DC=hr-group,DC=local', '2022-11-08 14:30:00', 0, 'IT Stuttgart', 1, 0, 1, 1, '2018-02-05 10:05:00'),
  (5, 5, 0, 'IT Pune', 'Onsite support, Pune.', NULL, NULL, 'CN=GLPI-IT-IN,OU=Groups,DC=hr-group,DC=local', '2022-11-08 14:30:00', 0, 'IT Pune', 1, 0, 1, 1, '2020-01-13 06:00:00'),
  (6, 1, 1, 'Utilisateurs H&R', NULL, 'memberof', 'CN=All-Staff,OU=Groups,DC=hr-group,DC=local', NULL, '2021-01-04 09:00:00', 0, 'Utilisateurs H&R', 1, 1, 0, 0, '2017-09-04 09:00:00'),
  (7, 6, 0, 'Personnel Clinique', 'Comptes locaux créés à la demande du cadre de santé.', NULL, NULL, NULL, '2021-03-01 09:30:00', 0, 'Personnel Clinique', 1, 1, 0, 1, '2021-03-01 09:30:00')
) v(id, entities_id, is_recursive, name, comment, ldap_field, ldap_value, ldap_group_dn, date_mod, groups_id, completename, level, is_requester, is_assign, is_notify, date_creation);

CREATE TABLE glpi_locations (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  is_recursive smallint NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  locations_id integer NOT NULL DEFAULT 0,
  completename text,
  comment text,
  level integer NOT NULL DEFAULT 0,
  ancestors_cache text,
  sons_cache text,
  address text,
  postcode varchar(255) DEFAULT NULL,
  town varchar(255) DEFAULT NULL,
  state varchar(255) DEFAULT NULL,
  country varchar(255) DEFAULT NULL,
  building varchar(255) DEFAULT NULL,
  room varchar(255) DEFAULT NULL,
  latitude varchar(255) DEFAULT NULL,
  longitude varchar(255) DEFAULT NULL,
  altitude varchar(255) DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_locations (id, entities_id, is_recursive, name, locations_id, completename, comment, level, ancestors_cache, sons_cache, address, postcode, town, state, country, building, room, latitude, longitude, altitude, date_mod, date_creation)
SELECT v.id, v.e, v.rec, v.name, v.parent, CASE WHEN v.parent = 0 THEN v.name ELSE (SELECT w.name FROM (VALUES (1, 'Lyon Gerland'), (6, 'Stuttgart Vaihingen'), (10, 'Pune Hinjawadi'), (12, 'Clinique Saint-Roch')) w(id, name) WHERE w.id = v.parent) || ' > ' || v.name END,
       v.cmt, CASE WHEN v.parent = 0 THEN 1 ELSE 2 END, CASE WHEN v.parent = 0 THEN '[]' ELSE '{"' || v.parent || '":' || v.parent || '}' END, NULL,
       CASE WHEN v.parent = 0 THEN n.street END, CASE WHEN v.parent = 0 THEN n.pc END, CASE WHEN v.parent = 0 THEN n.city END, CASE WHEN v.parent = 0 AND v.e > 0 THEN 'Auvergne-Rhône-Alpes' END,
       CASE WHEN v.parent = 0 THEN CASE n.cty WHEN 'de' THEN 'Deutschland' WHEN 'pt' THEN 'Portugal' WHEN 'in' THEN 'India' ELSE 'France' END END,
       v.bld, v.room, CASE WHEN v.parent = 0 THEN n.lat::text END, CASE WHEN v.parent = 0 THEN n.lon::text END, NULL,
       timestamp '2022-01-10 09:00:00' + v.id * interval '5 days', timestamp '2017-09-04 09:30:00' + v.id * interval '40 days'
FROM (VALUES
  (1, 1, 1, 'Lyon Gerland', 0, 'Siège. Accueil au RDC, badge obligatoire.', NULL, NULL), (2, 1, 1, 'Bâtiment A - Étage 1', 1, NULL, 'A', '1'), (3, 1, 1, 'Bâtiment A - Étage 2', 1, NULL, 'A', '2'),
  (4, 1, 1, 'Bâtiment B - Plateau projets', 1, NULL, 'B', 'B-PP'), (5, 1, 1, 'Salle serveurs', 1, 'Accès restreint, clé au Support N1.', 'A', 'SS-01'),
  (6, 3, 0, 'Stuttgart Vaihingen', 0, NULL, NULL, NULL), (7, 3, 0, 'Erdgeschoss', 6, NULL, NULL, 'EG'), (8, 3, 0, '1. Obergeschoss', 6, NULL, NULL, '1.OG'),
  (9, 4, 0, 'Porto Campo Alegre', 0, NULL, NULL, '3º'), (10, 5, 0, 'Pune Hinjawadi', 0, NULL, NULL, NULL), (11, 5, 0, 'Floor 4 - CAD Bay', 10, NULL, 'Tower 2', '4F'),
  (12, 6, 0, 'Clinique Saint-Roch', 0, NULL, NULL, NULL), (13, 6, 0, 'Bloc opératoire', 12, 'Postes anesthésie et PACS.', 'Principal', 'BO'), (14, 6, 0, 'Secrétariat médical', 12, NULL, 'Principal', 'RDC-12'),
  (15, 7, 0, 'Cabinet Caluire', 0, 'Clé chez la pharmacie voisine.', NULL, NULL), (16, 1, 1, 'Télétravail', 0, 'Domiciles des salariés en télétravail (livraison du matériel).', NULL, NULL)
) v(id, e, rec, name, parent, cmt, bld, room)
JOIN ggen.ent n ON n.e = v.e;
UPDATE glpi_locations SET address = '18 rue de Gerland', postcode = '69007', town = 'Lyon', latitude = '45.730412', longitude = '4.832201' WHERE id = 1;
UPDATE glpi_locations SET address = NULL, postcode = NULL, town = NULL, state = NULL, country = NULL, latitude = NULL, longitude = NULL WHERE id = 16;
INSERT INTO glpi_locations (id, entities_id, is_recursive, name, locations_id, completename, comment, level, ancestors_cache, sons_cache, address, postcode, town, state, country, building, room, latitude, longitude, altitude, date_mod, date_creation)
SELECT 16 + h.j, p.e, 0, 'Télétravail - ' || p.full_name, 16, 'Télétravail > Télétravail - ' || p.full_name,
       CASE fixture_gen.n('lcm', h.j, 4) WHEN 0 THEN 'Télétravail ' || (2 + fixture_gen.n('ltd', h.j, 3)) || ' j/sem. Livraison: sonner chez ' || p.last || ', interphone ' || fixture_gen.digits('lint', h.j, 2) || '.'
            WHEN 1 THEN 'Écran 27" et dock livrés le ' || to_char(p.created + interval '20 days', 'DD/MM/YYYY') || '. Joindre au ' || p.mobile || ' avant passage.'
            WHEN 2 THEN 'Home office agreement signed, ergonomic chair reimbursed.' ELSE NULL END,
       2, '{"16":16}', NULL, h.street, h.pc, h.city, h.state, h.country, NULL, NULL, h.lat::text, h.lon::text, NULL,
       p.created + interval '21 days', p.created + interval '14 days'
FROM ggen.home h JOIN ggen.p p ON p.i = h.i;

CREATE TABLE glpi_users (
  id serial PRIMARY KEY,
  name varchar(255) DEFAULT NULL,
  password varchar(255) DEFAULT NULL,
  password_last_update timestamp DEFAULT NULL,
  phone varchar(255) DEFAULT NULL,
  phone2 varchar(255) DEFAULT NULL,
  mobile varchar(255) DEFAULT NULL,
  realname varchar(255) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  locations_id integer NOT NULL DEFAULT 0,
  language char(10) DEFAULT NULL,
  list_limit integer DEFAULT NULL,
  is_active smallint NOT NULL DEFAULT 1,
  comment text,
  auths_id integer NOT NULL DEFAULT 0,
  authtype integer NOT NULL DEFAULT 0,
  last_login timestamp DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  date_sync timestamp DEFAULT NULL,
  is_deleted smallint NOT NULL DEFAULT 0,
  profiles_id integer NOT NULL DEFAULT 0,
  entities_id integer NOT NULL DEFAULT 0,
  usertitles_id integer NOT NULL DEFAULT 0,
  password_forget_token char(40) DEFAULT NULL,
  password_forget_token_date timestamp DEFAULT NULL,
  user_dn text,
  registration_number varchar(255) DEFAULT NULL,
  personal_token varchar(255) DEFAULT NULL,
  personal_token_date timestamp DEFAULT NULL,
  api_token varchar(255) DEFAULT NULL,
  api_token_date timestamp DEFAULT NULL,
  cookie_token varchar(255) DEFAULT NULL,
  cookie_token_date timestamp DEFAULT NULL,
  picture varchar(255) DEFAULT NULL,
  begin_date timestamp DEFAULT NULL,
  end_date timestamp DEFAULT NULL,
  palette char(20) DEFAULT NULL,
  plannings text,
  sync_field varchar(255) DEFAULT NULL,
  groups_id integer NOT NULL DEFAULT 0,
  users_id_supervisor integer NOT NULL DEFAULT 0,
  timezone varchar(50) DEFAULT NULL,
  default_dashboard_central varchar(100) DEFAULT NULL,
  nickname varchar(255) DEFAULT NULL,
  savedsearches_pinned text,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_users (id, name, password, password_last_update, realname, firstname, language, list_limit, is_active, comment, authtype, last_login, date_mod, profiles_id, entities_id, personal_token, personal_token_date, api_token, api_token_date, palette, default_dashboard_central, date_creation)
SELECT id::integer, name::varchar(255), password::varchar(255), password_last_update::timestamp, realname::varchar(255), firstname::varchar(255), language::char(10), list_limit::integer, is_active::smallint, comment::text, authtype::integer, last_login::timestamp, date_mod::timestamp, profiles_id::integer, entities_id::integer, personal_token::varchar(255), personal_token_date::timestamp, api_token::varchar(255), api_token_date::timestamp, palette::char(20), default_dashboard_central::varchar(100), date_creation::timestamp FROM (
VALUES
  (2, 'glpi', '$2y' || '$10$' || fixture_gen.chars('ubi', 2, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), '2023-02-14 18:03:51', NULL, NULL, 'fr_FR', 50, 1, 'Super-administrateur local (coffre KeePass IT, entrée "GLPI glpi").', 1, '2024-09-27 07:42:10', '2023-02-14 18:03:51', 4, 0, ';',
   ggen.rnd('upt', 2, 40), '2022-05-03 10:11:00', NULL, NULL, 'auror', 'central', NULL),
  (3, 'post-only', '$2y' || '$10$' || fixture_gen.chars('ubi', 3, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), '2017-09-01 14:02:00', NULL, NULL, 'fr_FR', NULL, 0, NULL, 1, NULL, '2017-09-04 08:02:00', 1, 0, ';', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (4, 'tech', '$2y' || '$10$' || fixture_gen.chars('ubi', 4, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), '2017-09-01 14:02:00', NULL, NULL, 'fr_FR', NULL, 0, NULL, 1, NULL, '2017-09-04 08:02:00', 6, 0, ';', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (5, 'normal', '$2y' || '$10$' || fixture_gen.chars('ubi', 5, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), '2017-09-01 14:02:00', NULL, NULL, 'fr_FR', NULL, 0, NULL, 1, NULL, '2017-09-04 08:02:00', 2, 0, ';', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (6, 'glpi-system', NULL, NULL, 'Support', NULL, NULL, NULL, 1, NULL, 1, NULL, '2022-06-20 09:00:00', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
) v(id, name, password, password_last_update, realname, firstname, language, list_limit, is_active, comment, authtype, last_login, date_mod, profiles_id, entities_id, csv_delimiter, personal_token, personal_token_date, api_token, api_token_date, palette, default_dashboard_central, date_creation);
INSERT INTO glpi_users (id, name, password, password_last_update, phone, phone2, mobile, realname, firstname, locations_id, language, list_limit, is_active, comment, auths_id, authtype, last_login, date_mod, date_sync, is_deleted, profiles_id, entities_id, usertitles_id, password_forget_token, password_forget_token_date, user_dn, registration_number, personal_token, personal_token_date, api_token, api_token_date, cookie_token, cookie_token_date, picture, begin_date, end_date, palette, plannings, sync_field, groups_id, users_id_supervisor, timezone, default_dashboard_central, nickname, savedsearches_pinned, date_creation)
SELECT id, name, password, password_last_update, phone, phone2, mobile, realname, firstname, locations_id, language, list_limit, is_active, comment, auths_id, authtype, last_login, date_mod, date_sync, is_deleted, profiles_id, entities_id, usertitles_id, password_forget_token, password_forget_token_date, user_dn, registration_number, personal_token, personal_token_date, api_token, api_token_date, cookie_token, cookie_token_date, picture, begin_date, end_date, palette, plannings, sync_field, groups_id, users_id_supervisor, timezone, default_dashboard_central, nickname, savedsearches_pinned, date_creation FROM (
SELECT p.i, p.login,
       CASE WHEN p.e IN (6, 7) THEN CASE WHEN p.i % 7 = 1 THEN encode(sha256(convert_to('legacy' || p.i, 'UTF8')), 'hex')::varchar(40)
                                         ELSE '$2y' || '$10$' || fixture_gen.chars('upw', p.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END END,
       CASE WHEN p.e IN (6, 7) AND p.i % 7 <> 1 THEN ggen.at('upl', p.i, timestamp '2023-01-01', timestamp '2024-09-20') END,
       p.phone,
       CASE WHEN p.i % 13 = 6 THEN ggen.phone(n.cty, false, 'up2', p.i + 900) WHEN p.tech THEN 'Poste ' || (4000 + p.i) END,
       p.mobile, p.last, p.first, p.loc, n.lang, 0, CASE WHEN p.tech THEN 50 END,
       CASE WHEN p.active THEN 1 ELSE 0 END,
       CASE WHEN p.i % 23 = 5 THEN 'En arrêt maladie jusqu''au ' || to_char(p.created + interval '400 days', 'DD/MM/YYYY') || ', ne pas désactiver le compte (demande RH, ' || (SELECT full_name FROM ggen.p WHERE i = 27) || ').'
            WHEN p.job = 'Intern' THEN 'Stagiaire, tuteur: ' || (SELECT full_name FROM ggen.p q WHERE q.i = p.sup) || '. École: ' || fixture_gen.pick(ARRAY['INSA Lyon', 'Hochschule Esslingen', 'FEUP Porto', 'COEP Pune'], 'usc', p.i) || '.'
            WHEN p.e = 6 AND p.i % 5 = 0 THEN 'Compte partagé du poste d''accueil, mot de passe connu de ' || (SELECT full_name FROM ggen.p WHERE i = 256) || '.'
            WHEN p.i % 19 = 7 THEN 'Mobile perso (astreinte): ' || ggen.phone(n.cty, true, 'ucm', p.i)
            WHEN p.i % 29 = 11 THEN 'Name changed after marriage, old login kept in AD proxyAddresses.' END,
       CASE WHEN p.e BETWEEN 1 AND 5 THEN 1 ELSE 0 END, CASE WHEN p.e BETWEEN 1 AND 5 THEN 3 ELSE 1 END,
       CASE WHEN p.active THEN ggen.at('ull', p.i, timestamp '2024-06-01', timestamp '2024-09-30 17:00') ELSE p.created + interval '200 days' END,
       ggen.at('udm', p.i, timestamp '2024-01-01', timestamp '2024-09-30'),
       CASE WHEN p.e BETWEEN 1 AND 5 THEN timestamp '2024-09-30 03:00:00' + make_interval(secs => fixture_gen.n('uds', p.i, 600)) END,
       CASE WHEN p.i % 53 = 8 THEN 1 ELSE 0 END, p.profile, p.e, 0, CASE WHEN p.e = 6 THEN 2 WHEN p.tech THEN 1 ELSE 0 END, ';', CASE WHEN p.tech THEN 1 END,
       CASE WHEN p.i % 31 = 9 AND p.e IN (6, 7) OR p.i IN (91, 147) THEN ggen.hex40('upf', p.i) END,
       CASE WHEN p.i % 31 = 9 AND p.e IN (6, 7) OR p.i IN (91, 147) THEN ggen.at('upfd', p.i, timestamp '2024-09-01', timestamp '2024-09-30') END,
       CASE WHEN p.e BETWEEN 1 AND 5 THEN 'CN=' || p.full_name || ',OU=' || CASE WHEN p.tech THEN 'IT' ELSE 'Users' END || ',OU=' || CASE p.e WHEN 3 THEN 'Stuttgart' WHEN 4 THEN 'Porto' WHEN 5 THEN 'Pune' ELSE 'Lyon' END || ',OU=Sites,DC=hr-group,DC=local' END,
       p.regnum,
       CASE WHEN p.tech OR p.i % 10 = 3 THEN ggen.rnd('upt', p.i, 40) END,
       CASE WHEN p.tech OR p.i % 10 = 3 THEN ggen.at('uptd', p.i, timestamp '2022-01-01', timestamp '2024-09-01') END,
       CASE WHEN p.tech AND p.i % 2 = 0 OR p.i IN (44, 133) THEN ggen.rnd('uat', p.i, 40) END,
       CASE WHEN p.tech AND p.i % 2 = 0 OR p.i IN (44, 133) THEN ggen.at('uatd', p.i, timestamp '2023-01-01', timestamp '2024-09-01') END,
       CASE WHEN p.i % 4 = 1 THEN '$2y' || '$10$' || fixture_gen.chars('uck', p.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE WHEN p.i % 4 = 1 THEN ggen.at('uckd', p.i, timestamp '2024-08-01', timestamp '2024-09-30') END,
       CASE WHEN NOT p.active AND p.e BETWEEN 1 AND 5 THEN 1 ELSE 0 END,
       CASE WHEN p.i % 5 IN (0, 2) THEN right(md5('upic' || p.i), 2) || '/' || p.i || '_' || substr(md5('upic' || p.i), 1, 13) || CASE WHEN p.i % 3 = 0 THEN '.png' ELSE '.jpg' END END,
       p.begin_date, p.end_date,
       CASE WHEN p.tech THEN fixture_gen.pick(ARRAY['auror', 'darker', 'midnight', 'icecream'], 'upa', p.i) END,
       CASE WHEN p.tech THEN '{"filters":{"ChangeTask":{"color":"#FFEEC4","display":true,"type":"event_filter"},"TicketTask":{"color":"#FFEEC4","display":true,"type":"event_filter"},"Reminder":{"color":"#FFEEC4","display":true,"type":"event_filter"}},"plannings":{"user_' || p.i || '":{"color":"#FFEEC4","display":true,"type":"user"},"group_' || p.grp || '_users":{"color":"#D1EAD5","display":false,"type":"group_users"}}}' END,
       CASE WHEN p.e BETWEEN 1 AND 5 THEN p.guid END,
       coalesce(p.grp, 0), coalesce(p.sup, 0), CASE WHEN p.e IN (3, 4, 5) THEN n.tz END, CASE WHEN p.tech THEN 'central' END,
       CASE p.i % 37 WHEN 3 THEN fixture_gen.pick(ARRAY['Juju', 'Mo', 'Kat', 'Tito'], 'unk', p.i) WHEN 21 THEN lower(p.first) || '_' || left(ggen.fold(p.last), 1) END,
       CASE WHEN p.tech THEN '{"Ticket":' || (1 + p.i % 3) || ',"Computer":' || (4 + p.i % 2) || '}' END,
       p.created
FROM ggen.p p JOIN ggen.ent n ON n.e = p.e
) v(id, name, password, password_last_update, phone, phone2, mobile, realname, firstname, locations_id, language, use_mode, list_limit, is_active, comment, auths_id, authtype, last_login, date_mod, date_sync, is_deleted, profiles_id, entities_id, usertitles_id, usercategories_id, csv_delimiter, default_requesttypes_id, password_forget_token, password_forget_token_date, user_dn, registration_number, personal_token, personal_token_date, api_token, api_token_date, cookie_token, cookie_token_date, is_deleted_ldap, picture, begin_date, end_date, palette, plannings, sync_field, groups_id, users_id_supervisor, timezone, default_dashboard_central, nickname, savedsearches_pinned, date_creation);

CREATE TABLE glpi_useremails (
  id serial PRIMARY KEY,
  users_id integer NOT NULL DEFAULT 0,
  is_default smallint NOT NULL DEFAULT 0,
  is_dynamic smallint NOT NULL DEFAULT 0,
  email varchar(255) DEFAULT NULL
);
INSERT INTO glpi_useremails (users_id, is_default, is_dynamic, email)
SELECT i, is_default, is_dynamic, email FROM (
  SELECT i, 1 AS is_default, CASE WHEN e BETWEEN 1 AND 5 THEN 1 ELSE 0 END AS is_dynamic, email, 1 AS k FROM ggen.p
  UNION ALL SELECT i, 0, 0, pemail, 2 FROM ggen.p WHERE pemail IS NOT NULL
  UNION ALL SELECT 2, 1, 0, 'it-admin@halden-roux.com', 1
) x ORDER BY i, k;

-- Computers: 1-14 servers, 15-16 templates, then one per person (the
-- practice's and some of the clinic's shared).
CREATE TABLE ggen.c (id int PRIMARY KEY, e int, name text, typ int, model int, manu int, serial text, uuid text, owner int, contact text, loc int, laptop boolean, os int, ip text, mac text, pub text, at timestamp);
INSERT INTO ggen.c (id, e, name, typ, model, manu, owner, contact, loc, laptop, os, ip, at)
SELECT v.id, v.e, v.name, 3, 9, 4, NULL, v.contact, v.loc, false, 3, v.ip, timestamp '2019-01-07 10:00:00' + v.id * interval '31 days'
FROM (VALUES (1, 1, 'SRV-LYO-DC01', 'HRGROUP\adm-bmartins', 5, '10.10.0.10'), (2, 1, 'SRV-LYO-DC02', NULL, 5, '10.10.0.11'), (3, 1, 'SRV-LYO-FS01', 'HRGROUP\svc-backup', 5, '10.10.0.20'),
  (4, 1, 'SRV-LYO-GLPI01', 'root', 5, '10.10.0.35'), (5, 1, 'SRV-LYO-SQL01', 'HRGROUP\svc-sql', 5, '10.10.0.40'), (6, 1, 'SRV-LYO-RDS01', NULL, 5, '10.10.0.50'),
  (7, 3, 'SRV-STR-DC03', NULL, 7, '10.30.0.10'), (8, 3, 'SRV-STR-FS01', 'HRGROUP\svc-backup', 7, '10.30.0.20'), (9, 5, 'SRV-PUN-FS01', NULL, 10, '10.50.0.20'),
  (10, 6, 'CSR-SRV-PACS01', 'Administrateur', 13, '192.168.20.10'), (11, 6, 'CSR-SRV-AD01', 'Administrateur', 13, '192.168.20.5'), (12, 6, 'CSR-SRV-BKP01', NULL, 13, '192.168.20.12'),
  (13, 7, 'CAB-NAS-01', 'admin', 15, '192.168.1.20'), (14, 1, 'SRV-LYO-WSUS01', NULL, 5, '10.10.0.60')) v(id, e, name, contact, loc, ip);
INSERT INTO ggen.c (id, e, name, typ, model, manu, owner, contact, loc, laptop, os, ip, at)
SELECT 16 + row_number() OVER (ORDER BY p.i), p.e,
       CASE p.e WHEN 1 THEN 'LYO' WHEN 2 THEN 'LYO' WHEN 3 THEN 'STR' WHEN 4 THEN 'POR' WHEN 5 THEN 'PUN' WHEN 6 THEN 'CSR' ELSE 'CAB' END || '-'
           || CASE WHEN p.e IN (6, 7) THEN 'PC' WHEN p.i % 4 = 0 THEN 'WS' ELSE 'LT' END || '-' || lpad((p.i * 3 + 100)::text, 4, '0'),
       CASE WHEN p.e IN (6, 7) OR p.i % 4 = 0 THEN 1 ELSE 2 END, 1 + fixture_gen.n('cmo', p.i, 6), 1 + fixture_gen.n('cmo', p.i, 6) / 2, p.i,
       CASE WHEN p.e = 6 AND p.i % 3 = 0 THEN 'accueil'
            WHEN p.i % 11 = 5 THEN p.first
            WHEN p.e = 7 THEN p.login
            WHEN p.i % 2 = 0 THEN 'HRGROUP\' || p.login ELSE p.login END,
       p.loc, NOT (p.e IN (6, 7) OR p.i % 4 = 0), CASE WHEN p.i % 11 = 5 THEN 4 WHEN p.i % 5 = 0 THEN 2 ELSE 1 END,
       CASE p.e WHEN 3 THEN '10.30.' WHEN 4 THEN '10.40.' WHEN 5 THEN '10.50.' WHEN 6 THEN '192.168.20.' WHEN 7 THEN '192.168.1.' ELSE '10.10.' END
           || CASE WHEN p.e IN (6, 7) THEN (100 + p.i % 150)::text ELSE (10 + p.i % 20)::text || '.' || (20 + fixture_gen.n('cip', p.i, 200))::text END,
       p.created + interval '2 days'
FROM ggen.p p WHERE p.i % 10 <> 7 AND NOT (p.e = 7 AND p.i > 283);
UPDATE ggen.c SET serial = CASE manu WHEN 1 THEN fixture_gen.chars('csn', id, 7, 'BCDFGHJKLMNPQRSTVWXYZ0123456789') WHEN 2 THEN 'PF' || fixture_gen.chars('csn', id, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
                          WHEN 3 THEN 'CND' || fixture_gen.digits('csn', id, 3) || fixture_gen.chars('csx', id, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') ELSE fixture_gen.chars('csn', id, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') END,
  uuid = upper(fixture_gen.uuid('cuuid', id));
UPDATE ggen.c SET mac = (ARRAY['a4:bb:6d', '8c:ec:4b', 'f8:ac:65', 'dc:21:48', '00:50:56', '3c:52:82'])[1 + fixture_gen.n('cmo', id, 6)] || ':' || substr(md5('cmac' || id), 1, 2) || ':' || substr(md5('cmac' || id), 3, 2) || ':' || substr(md5('cmac' || id), 5, 2),
  pub = CASE WHEN laptop THEN CASE WHEN fixture_gen.n('cpb', id, 3) = 0 THEN fixture_gen.ipv4('cpub', id) ELSE CASE e WHEN 3 THEN '185.44.91.3' WHEN 4 THEN '94.46.12.130' WHEN 5 THEN '115.112.64.19' ELSE '212.99.16.42' END END
             WHEN e = 6 THEN '88.170.41.2' WHEN e = 7 THEN fixture_gen.ipv4('cpub', id) ELSE CASE e WHEN 3 THEN '185.44.91.3' WHEN 4 THEN '94.46.12.130' WHEN 5 THEN '115.112.64.19' ELSE '212.99.16.42' END END;

CREATE TABLE glpi_computers (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  serial varchar(255) DEFAULT NULL,
  otherserial varchar(255) DEFAULT NULL,
  contact varchar(255) DEFAULT NULL,
  contact_num varchar(255) DEFAULT NULL,
  users_id_tech integer NOT NULL DEFAULT 0,
  groups_id_tech integer NOT NULL DEFAULT 0,
  comment text,
  date_mod timestamp DEFAULT NULL,
  autoupdatesystems_id integer NOT NULL DEFAULT 0,
  locations_id integer NOT NULL DEFAULT 0,
  networks_id integer NOT NULL DEFAULT 0,
  computermodels_id integer NOT NULL DEFAULT 0,
  computertypes_id integer NOT NULL DEFAULT 0,
  is_template smallint NOT NULL DEFAULT 0,
  template_name varchar(255) DEFAULT NULL,
  manufacturers_id integer NOT NULL DEFAULT 0,
  is_deleted smallint NOT NULL DEFAULT 0,
  is_dynamic smallint NOT NULL DEFAULT 0,
  users_id integer NOT NULL DEFAULT 0,
  groups_id integer NOT NULL DEFAULT 0,
  states_id integer NOT NULL DEFAULT 0,
  ticket_tco numeric(20,4) DEFAULT 0.0000,
  uuid varchar(255) DEFAULT NULL,
  date_creation timestamp DEFAULT NULL,
  is_recursive smallint NOT NULL DEFAULT 0,
  last_inventory_update timestamp DEFAULT NULL,
  last_boot timestamp DEFAULT NULL
);
INSERT INTO glpi_computers (id, entities_id, name, serial, otherserial, contact, contact_num, users_id_tech, groups_id_tech, comment, date_mod, autoupdatesystems_id, locations_id, networks_id,
  computermodels_id, computertypes_id, is_template, template_name, manufacturers_id, is_deleted, is_dynamic, users_id, groups_id, states_id, ticket_tco, uuid, date_creation, is_recursive, last_inventory_update, last_boot)
SELECT c.id, c.e, c.name, c.serial, CASE WHEN c.e IN (6, 7) THEN 'IG-' ELSE 'HR-' END || lpad((c.id * 7 + 1000)::text, 6, '0'), c.contact,
       CASE WHEN c.owner IS NOT NULL AND c.owner % 9 = 4 THEN p.mobile WHEN c.owner IS NOT NULL AND c.owner % 9 = 6 THEN (4000 + c.owner)::text END,
       CASE WHEN c.e = 3 THEN 121 WHEN c.e = 5 THEN 216 WHEN c.owner IS NULL THEN 7 ELSE 10 + c.id % 8 END, CASE WHEN c.owner IS NULL THEN 2 ELSE 1 END,
       CASE WHEN c.owner IS NULL THEN CASE c.id WHEN 4 THEN 'GLPI 10.0.16, PHP 8.2, PostgreSQL 15. Sauvegarde Veeam quotidienne.' WHEN 10 THEN 'PACS Orthanc, ne jamais redémarrer pendant les heures de bloc.' ELSE NULL END
            WHEN c.owner % 17 = 2 THEN 'Prêté à ' || (SELECT full_name FROM ggen.p WHERE i = c.owner + 1) || ' pendant la réparation de son portable.'
            WHEN c.owner % 17 = 9 THEN 'Retour de ' || p.full_name || ' (départ le ' || to_char(p.created + interval '900 days', 'DD/MM/YYYY') || '), à réinitialiser avant réaffectation.'
            WHEN c.owner % 17 = 13 THEN 'Disque remplacé sous garantie (dossier constructeur ' || fixture_gen.digits('cdo', c.id, 9) || ').'
            WHEN c.owner % 17 = 15 THEN 'Écran tactile, stylet rangé dans le tiroir du bureau.'
            WHEN c.owner % 23 = 1 THEN 'BitLocker: clé de récupération dans l''AD (pas ici).' END,
       ggen.at('cdm', c.id, timestamp '2024-07-01', timestamp '2024-09-30'), 1, c.loc, 0, c.model, c.typ, 0, NULL, c.manu,
       CASE WHEN c.id % 41 = 3 THEN 1 ELSE 0 END, 1, coalesce(c.owner, 0), coalesce(p.grp, 0), CASE WHEN c.id % 41 = 3 THEN 3 WHEN c.owner IS NOT NULL AND NOT p.active THEN 2 ELSE 1 END, 0, c.uuid, c.at, 0,
       ggen.at('cliu', c.id, timestamp '2024-09-20', timestamp '2024-09-30 17:00'), ggen.at('clb', c.id, timestamp '2024-09-10', timestamp '2024-09-20')
FROM ggen.c c LEFT JOIN ggen.p p ON p.i = c.owner;
INSERT INTO glpi_computers (id, entities_id, name, is_template, template_name, computermodels_id, computertypes_id, manufacturers_id, states_id, comment, date_mod, date_creation, is_recursive) VALUES
  (15, 1, NULL, 1, 'Portable Dell Latitude 5440 (standard)', 1, 2, 1, 2, 'Image W11 23H2, Office 365, FortiClient.', '2023-10-02 09:00:00', '2023-10-02 09:00:00', 1),
  (16, 6, NULL, 1, 'Poste clinique HP EliteDesk', 5, 1, 3, 2, 'Lecteur carte CPS, imprimante étiquettes.', '2021-03-05 09:00:00', '2021-03-05 09:00:00', 0);

CREATE TABLE glpi_networkports (
  id serial PRIMARY KEY,
  items_id integer NOT NULL DEFAULT 0,
  itemtype varchar(100) NOT NULL,
  entities_id integer NOT NULL DEFAULT 0,
  logical_number integer NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  instantiation_type varchar(255) DEFAULT NULL,
  mac varchar(255) DEFAULT NULL,
  comment text,
  is_deleted smallint NOT NULL DEFAULT 0,
  is_dynamic smallint NOT NULL DEFAULT 0,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL,
  ifspeed bigint NOT NULL DEFAULT 0,
  ifstatus varchar(255) DEFAULT NULL,
  ifdescr varchar(255) DEFAULT NULL,
  ifalias varchar(255) DEFAULT NULL,
  lastup timestamp DEFAULT NULL
);
INSERT INTO glpi_networkports (id, items_id, itemtype, entities_id, logical_number, name, instantiation_type, mac, comment, is_deleted, is_dynamic, date_mod, date_creation, ifspeed, ifstatus, ifdescr, ifalias, lastup)
SELECT c.id, c.id, 'Computer', c.e, 1, CASE WHEN c.laptop THEN CASE WHEN c.os = 4 THEN 'en0' ELSE 'Wi-Fi' END WHEN c.owner IS NULL AND c.id = 4 THEN 'ens192' ELSE 'Ethernet' END,
       CASE WHEN c.laptop THEN 'NetworkPortWifi' ELSE 'NetworkPortEthernet' END, c.mac, NULL, 0, 1,
       ggen.at('npdm', c.id, timestamp '2024-09-01', timestamp '2024-09-30'), c.at, CASE WHEN c.laptop THEN 866000000 ELSE 1000000000 END, '1',
       CASE WHEN c.laptop THEN CASE WHEN c.os = 4 THEN 'Wi-Fi' ELSE 'Intel(R) Wi-Fi 6E AX211 160MHz' END ELSE 'Intel(R) Ethernet Connection (17) I219-LM' END, NULL, NULL
FROM ggen.c c;
INSERT INTO glpi_networkports (id, items_id, itemtype, entities_id, logical_number, name, instantiation_type, mac, comment, is_deleted, is_dynamic, date_mod, date_creation, ifspeed, ifstatus, ifdescr, ifalias, lastup)
SELECT 1000 + s * 100 + k, s, 'NetworkEquipment', CASE s WHEN 1 THEN 2 WHEN 2 THEN 2 ELSE 6 END, k, 'Gi1/0/' || k, 'NetworkPortEthernet',
       '70:10:6f:' || substr(md5('swm' || s || k), 1, 2) || ':' || substr(md5('swm' || s || k), 3, 2) || ':' || lpad(to_hex(k), 2, '0'),
       CASE WHEN k = 48 THEN 'Uplink vers le cœur (LACP po1)' WHEN k = 47 THEN 'Uplink secours' END, 0, 1, ggen.at('swdm', s * 100 + k, timestamp '2024-09-01', timestamp '2024-09-30'),
       timestamp '2021-03-15 11:00:00', CASE WHEN k >= 47 THEN 10000000000 ELSE 1000000000 END, CASE WHEN fixture_gen.n('sws', s * 100 + k, 4) = 0 THEN '2' ELSE '1' END, 'GigabitEthernet1/0/' || k,
       CASE WHEN k >= 47 THEN 'UPLINK-CORE'
            WHEN k % 8 = 1 THEN 'AP-' || CASE s WHEN 3 THEN 'CSR-' ELSE 'LYO-' END || 'ETG' || (k / 8) || '-' || fixture_gen.pick(ARRAY['EST', 'OUEST', 'NORD'], 'swap', k)
            WHEN k % 8 = 2 THEN 'IMP-' || fixture_gen.pick(ARRAY['RDC', 'ETG1', 'ETG2', 'COPIEUR'], 'swim', s * 100 + k)
            WHEN fixture_gen.n('swa', s * 100 + k, 3) = 0 THEN NULL
            WHEN s = 3 THEN fixture_gen.pick(ARRAY['Accueil 1', 'Accueil 2', 'Bloc - anesthésie', 'Secrétariat - ', 'Consult. Dr '], 'swcs', k) || CASE WHEN fixture_gen.pick(ARRAY['Accueil 1', 'Accueil 2', 'Bloc - anesthésie', 'Secrétariat - ', 'Consult. Dr '], 'swcs', k) ~ ' $' THEN p.last ELSE '' END
            ELSE 'Bureau ' || CASE s WHEN 1 THEN 'A1-' ELSE 'A2-' END || lpad(k::text, 2, '0') || ' - ' || left(p.first, 1) || '. ' || p.last END,
       ggen.at('swlu', s * 100 + k, timestamp '2024-09-20', timestamp '2024-09-30')
FROM generate_series(1, 3) s CROSS JOIN generate_series(1, 48) k
JOIN ggen.p p ON p.i = CASE WHEN s = 3 THEN 256 + (k % 26) ELSE 25 + ((s - 1) * 48 + k) % 96 END;

CREATE TABLE glpi_ipaddresses (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  items_id integer NOT NULL DEFAULT 0,
  itemtype varchar(100) NOT NULL,
  version smallint DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  binary_0 bigint NOT NULL DEFAULT 0,
  binary_1 bigint NOT NULL DEFAULT 0,
  binary_2 bigint NOT NULL DEFAULT 0,
  binary_3 bigint NOT NULL DEFAULT 0,
  is_deleted smallint NOT NULL DEFAULT 0,
  is_dynamic smallint NOT NULL DEFAULT 0,
  mainitems_id integer NOT NULL DEFAULT 0,
  mainitemtype varchar(255) DEFAULT NULL
);
INSERT INTO glpi_ipaddresses (entities_id, items_id, itemtype, version, name, binary_0, binary_1, binary_2, binary_3, is_deleted, is_dynamic, mainitems_id, mainitemtype)
SELECT c.e, c.id, 'NetworkName', 4, c.ip, 0, 0, 65535,
       split_part(c.ip, '.', 1)::bigint * 16777216 + split_part(c.ip, '.', 2)::bigint * 65536 + split_part(c.ip, '.', 3)::bigint * 256 + split_part(c.ip, '.', 4)::bigint, 0, 1, c.id, 'Computer'
FROM ggen.c c
UNION ALL
SELECT c.e, c.id, 'NetworkName', 6, 'fe80::' || substr(md5('c6' || c.id), 1, 4) || ':' || substr(md5('c6' || c.id), 5, 4) || ':' || substr(md5('c6' || c.id), 9, 4) || ':' || substr(md5('c6' || c.id), 13, 4),
       4269801472, 0, ('x' || substr(md5('c6' || c.id), 1, 8))::bit(32)::bigint, ('x' || substr(md5('c6' || c.id), 9, 8))::bit(32)::bigint, 0, 1, c.id, 'Computer'
FROM ggen.c c WHERE c.laptop AND c.id % 3 = 0
ORDER BY 3, 4;

CREATE TABLE glpi_agents (
  id serial PRIMARY KEY,
  deviceid varchar(255) NOT NULL,
  entities_id integer NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  agenttypes_id integer NOT NULL,
  last_contact timestamp DEFAULT NULL,
  version varchar(255) DEFAULT NULL,
  locked smallint NOT NULL DEFAULT 0,
  itemtype varchar(100) NOT NULL,
  items_id integer NOT NULL,
  useragent varchar(255) DEFAULT NULL,
  tag varchar(255) DEFAULT NULL,
  port varchar(6) DEFAULT NULL,
  remote_addr varchar(255) DEFAULT NULL
);
INSERT INTO glpi_agents (id, deviceid, entities_id, name, agenttypes_id, last_contact, version, locked, itemtype, items_id, useragent, tag, port, remote_addr)
SELECT c.id, c.name || '-' || to_char(c.at, 'YYYY-MM-DD-HH24-MI-SS'), c.e, c.name, 1, ggen.at('cliu', c.id, timestamp '2024-09-20', timestamp '2024-09-30 17:00'),
       v.ver, 0, 'Computer', c.id, 'GLPI-Agent_v' || v.ver, CASE c.e WHEN 3 THEN 'STUTTGART' WHEN 4 THEN 'PORTO' WHEN 5 THEN 'PUNE' WHEN 6 THEN 'CLINIQUE' WHEN 7 THEN 'CABINET' ELSE 'LYON' END, '62354', c.pub
FROM ggen.c c CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['1.5', '1.6.1', '1.7.3', '1.7.3'], 'agv', c.id) AS ver) v;

-- pw: a password as people choose it; tmp: a temporary one as technicians
-- hand it out.
CREATE FUNCTION ggen.pw(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Soleil', 'Lyon', 'Marseille', 'Printemps', 'Bayern', 'Benfica', 'Chelsea', 'Mumbai', 'Tigrou', 'Doudou', 'Gerland', 'Azerty'], tag, i)
      || fixture_gen.pick(ARRAY['', '@', '#', '_'], tag || 's', i) || (2019 + fixture_gen.n(tag || 'y', i, 6))::text || fixture_gen.pick(ARRAY['!', '', '*', '$', '!!'], tag || 'e', i)
$$;
CREATE FUNCTION ggen.tmp(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'Hr-' || fixture_gen.chars(tag, i, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ') || fixture_gen.digits(tag, i, 4) || '!' $$;

-- Tickets: a requester, a kind, a person it is about (a new hire, a
-- leaver, a patient), their language.
CREATE TABLE ggen.t (id int PRIMARY KEY, r int, e int, fr boolean, k int, at timestamp, status int, tech int, ext text, nh text, nh_mail text, nh_mob text, other int,
  title text, body text, host text, loc int, street text, pc text, city text);
INSERT INTO ggen.t (id, r, e, fr, k, at, status, tech, ext)
SELECT t, p.i, p.e, p.e IN (1, 2, 6, 7),
       CASE WHEN p.e IN (6, 7) THEN (ARRAY[0, 1, 9, 9, 4, 5, 7, 1, 9, 3])[1 + fixture_gen.n('tk', t, 10)] ELSE (ARRAY[0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 0, 6, 7])[1 + fixture_gen.n('tk', t, 14)] END,
       timestamp '2022-12-30 08:00:00' + (t - 1) * interval '33 hours 29 minutes' + make_interval(mins => fixture_gen.n('tat', t, 300)),
       CASE WHEN t > 430 THEN (ARRAY[1, 2, 2, 3, 4])[1 + fixture_gen.n('tst', t, 5)] WHEN t > 400 THEN 5 ELSE 6 END,
       CASE WHEN p.e = 3 THEN 121 + fixture_gen.n('ttc', t, 4) WHEN p.e = 5 THEN 216 + fixture_gen.n('ttc', t, 3) ELSE 10 + fixture_gen.n('ttc', t, 15) END,
       CASE WHEN p.e = 6 AND t % 9 = 4 THEN 'dr.' || ggen.fold(x.last) || '@' || fixture_gen.pick(ARRAY['medecin.mssante.fr', 'gmail.com', 'orange.fr'], 'txd', t) END
FROM generate_series(1, 450) t
JOIN ggen.p p ON p.i = 25 + fixture_gen.n('tr', t, 261)
LEFT JOIN ggen.nm x ON x.c = 'fr' AND x.k = 1 + fixture_gen.n('txn', t, 8);
UPDATE ggen.t t SET nh = a.first || ' ' || b.last,
  nh_mail = ggen.fold(a.first) || fixture_gen.pick(ARRAY['.', '', '_'], 'tnd', t.id) || ggen.fold(b.last) || fixture_gen.digits('tnm', t.id, 2) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.fr', 'gmx.de', 'sapo.pt', 'rediffmail.com', 'outlook.com'], 'tnx', t.id),
  nh_mob = ggen.phone(n.cty, true, 'tnmo', t.id),
  other = 25 + fixture_gen.n('tot', t.id, 231),
  street = fixture_gen.street('tsa', t.id), pc = fixture_gen.postcode('tsa', t.id), city = fixture_gen.city('tsa', t.id)
FROM ggen.ent n, ggen.nm a, ggen.nm b
WHERE n.e = t.e AND a.c = fixture_gen.pick(ARRAY['fr', 'ma', 'de', 'pt', 'in', 'sn', 'vn', 'pl', 'br', 'tr'], 'tnc', t.id) AND a.k = 1 + fixture_gen.n('tnf', t.id, 8) AND b.c = a.c AND b.k = 1 + fixture_gen.n('tnl', t.id, 8);
UPDATE ggen.t t SET host = coalesce((SELECT c.name FROM ggen.c c WHERE c.owner = t.r), 'LYO-LT-0' || (100 + t.id)), loc = p.loc,
  street = coalesce(h.street, t.street), pc = coalesce(h.pc, t.pc), city = coalesce(h.city, t.city)
FROM ggen.p p LEFT JOIN ggen.home h ON h.i = p.i WHERE p.i = t.r;
UPDATE ggen.t t SET
  title = CASE t.k
    WHEN 0 THEN CASE WHEN t.fr THEN fixture_gen.pick(ARRAY['Imprimante en panne', 'Imprimante 2e étage erreur 50.4', 'Bourrage papier copieur RDC', 'Scanner ne marche plus'], 'tt0', t.id) ELSE fixture_gen.pick(ARRAY['Printer error 50.4', 'Paper jam on the copier', 'Cannot scan to email'], 'tt0', t.id) END
    WHEN 1 THEN CASE WHEN t.id % 3 = 0 THEN CASE WHEN t.fr THEN 'Compte bloqué - ' ELSE 'Account locked - ' END || p.full_name ELSE CASE WHEN t.fr THEN 'Compte bloqué' ELSE 'Account locked out' END END
    WHEN 2 THEN CASE WHEN t.fr THEN 'Arrivée ' || t.nh || ' le ' || to_char(t.at + interval '15 days', 'DD/MM/YYYY') ELSE 'New starter: ' || t.nh || ' (' || to_char(t.at + interval '15 days', 'DD Mon YYYY') || ')' END
    WHEN 3 THEN CASE WHEN t.fr THEN 'Départ de ' ELSE 'Leaver: ' END || o.full_name
    WHEN 4 THEN CASE WHEN t.fr THEN 'PC HS - envoi d''un prêt à domicile' ELSE 'Laptop dead, need a loaner at home' END
    WHEN 5 THEN CASE WHEN t.fr THEN 'VPN refuse mon mot de passe' ELSE 'VPN password not accepted' END
    WHEN 6 THEN CASE WHEN t.fr THEN 'Demande licence Visio' ELSE fixture_gen.pick(ARRAY['Visio licence request', 'AutoCAD LT licence for new project', 'Need Adobe Acrobat Pro'], 'tt6', t.id) END
    WHEN 7 THEN CASE WHEN t.fr THEN 'Pas de réseau salle ' ELSE 'No network in room ' END || fixture_gen.pick(ARRAY['A1-12', 'A2-04', 'B-PP', 'EG-07', '4F-22'], 'tt7', t.id)
    WHEN 8 THEN CASE WHEN t.fr THEN 'Mail suspect - j''ai cliqué sur le lien' ELSE 'Phishing email - clicked the link' END
    ELSE CASE WHEN t.e = 7 THEN 'Weda ne se lance plus' ELSE 'Lecteur carte Vitale HS poste ' || t.host END END,
  body = CASE t.k
    WHEN 0 THEN CASE WHEN t.fr THEN E'Bonjour,\nL''imprimante du couloir affiche « Erreur 50.4 » et n''imprime plus rien depuis ce matin.\nMerci' ELSE E'Hi,\nThe printer near the kitchen shows error 50.4, nothing prints since this morning.\nThanks' END
    WHEN 1 THEN CASE WHEN t.fr THEN E'Bonjour,\nMon compte est bloqué après plusieurs essais, je n''arrive plus à ouvrir ma session sur ' || t.host || E'.\nVous pouvez me joindre au ' || coalesce(p.mobile, p.phone, '-') || E'.\n' || p.full_name
                     ELSE E'Hello,\nMy account got locked after the password change, I cannot log on to ' || t.host || E'.\nPlease call me on ' || coalesce(p.mobile, p.phone, '-') || E'.\n' || p.full_name END
    WHEN 2 THEN CASE WHEN t.fr THEN E'Bonjour,\nArrivée de ' || t.nh || ' le ' || to_char(t.at + interval '15 days', 'DD/MM/YYYY') || ' au poste de ' || fixture_gen.pick(ARRAY['chargé(e) d''affaires', 'dessinateur(trice)', 'ingénieur(e) structure', 'assistant(e) RH'], 'tnj', t.id) || ' dans mon équipe.'
                         || E'\nMerci de préparer: PC portable, compte AD, messagerie, accès VPN, badge.\nAdresse personnelle pour l''envoi du matériel: ' || fixture_gen.street('tnh', t.id) || ', ' || fixture_gen.postcode('tnh', t.id) || ' ' || fixture_gen.city('tnh', t.id)
                         || E'\nMobile perso: ' || t.nh_mob || ', email perso: ' || t.nh_mail || E'\nCordialement,\n' || p.full_name
                     ELSE E'Hi team,\n' || t.nh || ' joins us on ' || to_char(t.at + interval '15 days', 'DD Mon YYYY') || ' as ' || fixture_gen.pick(ARRAY['BIM modeller', 'Project engineer', 'HR assistant', 'Site supervisor'], 'tnj', t.id)
                         || E'.\nPlease prepare laptop, AD account, mailbox and VPN. Date of birth for the badge system: ' || to_char(fixture_gen.birth_date('tnb', t.id), 'DD/MM/YYYY')
                         || E'.\nPrivate contact until the start date: ' || t.nh_mob || ' / ' || t.nh_mail || E'\nRegards,\n' || p.full_name END
    WHEN 3 THEN CASE WHEN t.fr THEN E'Bonjour,\n' || o.full_name || ' quitte la société le ' || to_char(t.at + interval '10 days', 'DD/MM/YYYY') || ' (' || fixture_gen.pick(ARRAY['fin de CDD', 'démission', 'rupture conventionnelle', 'licenciement, confidentiel'], 'to3', t.id)
                         || E').\nMerci de désactiver son compte le soir même et de récupérer son PC. Transférer ses mails à ' || p.email || E' pendant 3 mois.\nSon adresse perso pour le solde de tout compte: ' || t.street || ', ' || t.pc || ' ' || t.city
                     ELSE E'Hi,\n' || o.full_name || ' is leaving on ' || to_char(t.at + interval '10 days', 'DD Mon YYYY') || E'. Please disable the account at 18:00 and forward mail to me.\nPrivate email for the P45/final payslip: ' || t.nh_mail END
    WHEN 4 THEN CASE WHEN t.fr THEN E'Bonjour,\nMon portable ne démarre plus (écran noir). Je suis en télétravail toute la semaine, pouvez-vous m''envoyer un PC de prêt chez moi: '
                         || t.street || ', ' || t.pc || ' ' || t.city || E' ?\nJe suis joignable au ' || coalesce(p.mobile, p.phone, '-') || E'.\nMerci, ' || p.first
                     ELSE E'Hello,\nMy laptop will not boot (black screen). I work from home this week, could you courier a loaner to ' || t.street || ', ' || t.pc || ' ' || t.city || E'?\nMobile: ' || coalesce(p.mobile, p.phone, '-') || E'\n' || p.first END
    WHEN 5 THEN CASE WHEN t.fr THEN E'Bonjour,\nLe VPN FortiClient refuse mon mot de passe depuis le changement de ce matin. J''ai pourtant bien tapé ' || ggen.pw('tpw', t.id) || ' (le nouveau) et ' || ggen.pw('tpo', t.id) || E' (l''ancien).\nPouvez-vous vérifier ?'
                     ELSE E'Hi,\nFortiClient says my credentials are wrong since I changed my password. New one is ' || ggen.pw('tpw', t.id) || E', I am sure I typed it right.\nThanks' END
    WHEN 6 THEN CASE WHEN t.fr THEN E'Bonjour,\nBesoin d''une licence Visio Plan 2 pour le projet P-' || fixture_gen.digits('t6', t.id, 4) || E'. Validation du manager en pièce jointe.\nMerci' ELSE E'Hi,\nWe need a licence for project P-' || fixture_gen.digits('t6', t.id, 4) || E', approved by my manager (attached).\nThanks' END
    WHEN 7 THEN CASE WHEN t.fr THEN E'Plus de réseau sur la prise murale depuis ce matin, la LED clignote orange. Le Wi-Fi fonctionne.' ELSE E'Wall socket has no network since this morning, LED blinking amber. Wi-Fi works.' END
    WHEN 8 THEN CASE WHEN t.fr THEN E'Bonjour,\nJ''ai reçu un mail « Votre boîte aux lettres est pleine » de ' || 'support@' || fixture_gen.pick(ARRAY['owa-halden-roux.com', 'm1crosoft-365.net', 'mailbox-quota.info'], 't8d', t.id)
                         || E', j''ai cliqué et saisi mon identifiant et mon mot de passe avant de me rendre compte que c''était faux.\nQue dois-je faire ? ' || p.full_name || ', ' || coalesce(p.mobile, p.phone, '-')
                     ELSE E'Hi,\nI got a "mailbox full" email and entered my login and password on the page before noticing the address was wrong. What should I do?\n' || p.full_name END
    ELSE CASE WHEN t.e = 7 THEN E'Weda ne se lance plus depuis ce matin, message « base inaccessible ». J''ai 22 patients cet après-midi, appelez-moi au ' || coalesce(p.mobile, '06 12 44 80 17') || E'.\nDr Fournier'
              ELSE E'Bonjour,\nLe lecteur de carte Vitale du poste ' || t.host || E' ne lit plus les cartes depuis la mise à jour.\nPatiente en attente à l''accueil: Mme ' || o.last || ', née le ' || to_char(fixture_gen.birth_date('t9b', t.id), 'DD/MM/YYYY')
                   || E', admission pour ' || fixture_gen.pick(ARRAY['coloscopie', 'pose de prothèse de hanche', 'cataracte', 'bilan cardiaque'], 't9a', t.id) || E'.\nMerci de faire vite !' END END
FROM ggen.p p, ggen.p o WHERE p.i = t.r AND o.i = t.other;
UPDATE ggen.t t SET body = body || CASE WHEN t.fr THEN E'\n-- \n' || p.full_name || E'\n' || p.job || E'\nTél. ' || coalesce(p.phone, '') || ' | Mob. ' || coalesce(p.mobile, '')
                                        ELSE E'\n-- \n' || p.full_name || ' | ' || p.job || E'\nT ' || coalesce(p.phone, '') || ' | M ' || coalesce(p.mobile, '') END
FROM ggen.p p WHERE p.i = t.r AND t.id % 5 = 1;
UPDATE ggen.t SET k = 9, title = fixture_gen.pick(ARRAY['Accès PACS impossible depuis le bloc', 'Pas de compte pour le logiciel d''anesthésie', 'Imprimante bloc 2 HS'], 'txt', id),
  body = E'Bonjour,\nJe suis anesthésiste vacataire à la clinique (' || fixture_gen.pick(ARRAY['lundis et jeudis', 'gardes du week-end', 'remplacement du Dr Perrin'], 'txw', id)
      || E') et je n''ai toujours pas de compte. Impossible d''ouvrir les images du PACS en salle 2, le patient de 14h (M. ' || fixture_gen.last_name('txp', id) || ', ' || (40 + fixture_gen.n('txa', id, 45)) || E' ans) attend.\nMerci de me rappeler.'
      || E'\n-- \nDr ' || initcap(split_part(split_part(ext, '@', 1), '.', 2)) || E', anesthésiste vacataire\n' || ggen.phone('fr', true, 'txm', id), r = 0 WHERE ext IS NOT NULL;

CREATE TABLE glpi_tickets (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  date timestamp DEFAULT NULL,
  closedate timestamp DEFAULT NULL,
  solvedate timestamp DEFAULT NULL,
  takeintoaccountdate timestamp DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  users_id_lastupdater integer NOT NULL DEFAULT 0,
  status integer NOT NULL DEFAULT 1,
  users_id_recipient integer NOT NULL DEFAULT 0,
  requesttypes_id integer NOT NULL DEFAULT 0,
  content text,
  urgency integer NOT NULL DEFAULT 1,
  impact integer NOT NULL DEFAULT 1,
  priority integer NOT NULL DEFAULT 1,
  itilcategories_id integer NOT NULL DEFAULT 0,
  type integer NOT NULL DEFAULT 1,
  slas_id_ttr integer NOT NULL DEFAULT 0,
  time_to_resolve timestamp DEFAULT NULL,
  time_to_own timestamp DEFAULT NULL,
  begin_waiting_date timestamp DEFAULT NULL,
  waiting_duration integer NOT NULL DEFAULT 0,
  solve_delay_stat integer NOT NULL DEFAULT 0,
  actiontime integer NOT NULL DEFAULT 0,
  is_deleted smallint NOT NULL DEFAULT 0,
  locations_id integer NOT NULL DEFAULT 0,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_tickets (id, entities_id, name, date, closedate, solvedate, takeintoaccountdate, date_mod, users_id_lastupdater, status, users_id_recipient, requesttypes_id, content, urgency, impact, priority, itilcategories_id, type, slas_id_ttr, time_to_resolve, time_to_own, begin_waiting_date, waiting_duration, solve_delay_stat, actiontime, is_deleted, locations_id, date_creation)
SELECT id, entities_id, name, date, closedate, solvedate, takeintoaccountdate, date_mod, users_id_lastupdater, status, users_id_recipient, requesttypes_id, content, urgency, impact, priority, itilcategories_id, type, slas_id_ttr, time_to_resolve, time_to_own, begin_waiting_date, waiting_duration, solve_delay_stat, actiontime, is_deleted, locations_id, date_creation FROM (
SELECT t.id, t.e, t.title, t.at,
       CASE WHEN t.status = 6 THEN t.at + d.solve + interval '2 days' END, CASE WHEN t.status >= 5 THEN t.at + d.solve END,
       CASE WHEN t.status > 1 THEN t.at + d.tto END,
       CASE WHEN t.status = 6 THEN t.at + d.solve + interval '2 days' ELSE t.at + d.solve END, t.tech, t.status,
       CASE WHEN t.ext IS NOT NULL OR t.id % 5 = 1 THEN 0 ELSE t.r END, CASE WHEN t.ext IS NOT NULL OR t.id % 5 = 1 THEN 2 WHEN t.id % 7 = 3 THEN 3 ELSE 1 END,
       ggen.html(t.body), u.urg, u.urg, CASE WHEN u.urg >= 4 THEN 4 ELSE u.urg END,
       (ARRAY[3, 5, 5, 8, 9, 5, 11, 6, 12, 14])[t.k + 1], CASE WHEN t.k IN (2, 3, 4, 6) THEN 2 ELSE 1 END, CASE WHEN t.k = 6 THEN 3 ELSE 1 END,
       CASE WHEN t.e = 6 THEN 2 ELSE 1 END, CASE WHEN t.e = 6 THEN 4 ELSE 3 END, 0, t.at + CASE WHEN t.e = 6 THEN interval '4 hours' ELSE interval '2 days' END, t.at + interval '1 hour',
       CASE WHEN t.status = 4 THEN t.at + interval '1 day' END, 0, CASE WHEN t.id % 6 = 2 THEN 3600 * (1 + t.id % 20) ELSE 0 END,
       CASE WHEN t.status = 6 THEN extract(epoch FROM d.solve + interval '2 days')::int ELSE 0 END, CASE WHEN t.status >= 5 THEN extract(epoch FROM d.solve)::int ELSE 0 END,
       CASE WHEN t.status > 1 THEN extract(epoch FROM d.tto)::int ELSE 0 END, CASE WHEN t.status >= 5 THEN 900 * (1 + fixture_gen.n('tac', t.id, 8)) ELSE 0 END,
       CASE WHEN t.id % 97 = 13 THEN 1 ELSE 0 END, coalesce(t.loc, 0), CASE WHEN t.k = 6 THEN 100 ELSE 0 END, t.at
FROM ggen.t t
CROSS JOIN LATERAL (SELECT make_interval(mins => 10 + fixture_gen.n('tsv', t.id, 4000)) AS solve, make_interval(mins => 2 + fixture_gen.n('tto', t.id, 90)) AS tto) d
CROSS JOIN LATERAL (SELECT CASE WHEN t.k IN (9, 8) THEN 4 WHEN t.k IN (1, 4, 5) THEN 3 ELSE 2 + fixture_gen.n('tur', t.id, 2) END AS urg) u
) v(id, entities_id, name, date, closedate, solvedate, takeintoaccountdate, date_mod, users_id_lastupdater, status, users_id_recipient, requesttypes_id, content, urgency, impact, priority, itilcategories_id, type, global_validation, slas_id_ttr, slas_id_tto, slalevels_id_ttr, time_to_resolve, time_to_own, begin_waiting_date, sla_waiting_duration, waiting_duration, close_delay_stat, solve_delay_stat, takeintoaccount_delay_stat, actiontime, is_deleted, locations_id, validation_percent, date_creation);

CREATE TABLE glpi_tickets_users (
  id serial PRIMARY KEY,
  tickets_id integer NOT NULL DEFAULT 0,
  users_id integer NOT NULL DEFAULT 0,
  type integer NOT NULL DEFAULT 1,
  use_notification smallint NOT NULL DEFAULT 1,
  alternative_email varchar(255) DEFAULT NULL
);
INSERT INTO glpi_tickets_users (tickets_id, users_id, type, use_notification, alternative_email)
SELECT tickets_id, users_id, type, use_notification, alternative_email FROM (
  SELECT t.id AS tickets_id, t.r AS users_id, 1 AS type, 1 AS use_notification,
         CASE WHEN t.ext IS NOT NULL THEN t.ext WHEN t.id % 23 = 7 THEN coalesce(p.pemail, '') ELSE '' END AS alternative_email, 1 AS o
  FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r
  UNION ALL SELECT t.id, t.tech, 2, 1, '', 2 FROM ggen.t t WHERE t.status > 1
  UNION ALL SELECT t.id, p.sup, 3, 1, '', 3 FROM ggen.t t JOIN ggen.p p ON p.i = t.r WHERE t.k IN (2, 3, 8) AND p.sup IS NOT NULL
  UNION ALL SELECT t.id, 0, 3, 1, t.nh_mail, 4 FROM ggen.t t WHERE t.k = 2 AND t.id % 3 = 0
) x ORDER BY tickets_id, o;

CREATE TABLE glpi_itilfollowups (
  id serial PRIMARY KEY,
  itemtype varchar(100) NOT NULL,
  items_id integer NOT NULL DEFAULT 0,
  date timestamp DEFAULT NULL,
  users_id integer NOT NULL DEFAULT 0,
  users_id_editor integer NOT NULL DEFAULT 0,
  content text,
  is_private smallint NOT NULL DEFAULT 0,
  requesttypes_id integer NOT NULL DEFAULT 0,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL,
  timeline_position smallint NOT NULL DEFAULT 0,
  sourceitems_id integer NOT NULL DEFAULT 0
);
INSERT INTO glpi_itilfollowups (itemtype, items_id, date, users_id, users_id_editor, content, is_private, requesttypes_id, date_mod, date_creation, timeline_position, sourceitems_id)
SELECT 'Ticket', id, d, u, 0, ggen.html(txt), priv, rt, d, d, pos, 0 FROM (
  SELECT t.id, t.at + make_interval(mins => 20 + fixture_gen.n('f1', t.id, 300)) AS d, t.tech AS u, 0 AS priv, 1 AS rt, 4 AS pos, 1 AS o,
         CASE t.k
           WHEN 1 THEN CASE WHEN t.fr THEN 'Bonjour ' || coalesce(p.first, '') || E',\nVotre compte est débloqué. Mot de passe provisoire: ' || ggen.tmp('ftp', t.id) || E' (à changer à la prochaine connexion).\nCordialement'
                            ELSE 'Hi ' || coalesce(p.first, '') || E',\nAccount unlocked. Temporary password: ' || ggen.tmp('ftp', t.id) || E' - you will be asked to change it at next logon.' END
           WHEN 2 THEN CASE WHEN t.fr THEN E'Compte AD créé: ' || ggen.fold(split_part(t.nh, ' ', 1)) || '.' || ggen.fold(split_part(t.nh, ' ', 2)) || E'\nMot de passe initial ' || ggen.tmp('fnp', t.id) || E', remis en main propre le premier jour. PC ' || 'LYO-LT-0' || (400 + t.id) || ' en préparation.'
                            ELSE 'AD account ' || ggen.fold(split_part(t.nh, ' ', 1)) || '.' || ggen.fold(split_part(t.nh, ' ', 2)) || ' created, initial password sent by SMS to ' || t.nh_mob || '.' END
           WHEN 3 THEN CASE WHEN t.fr THEN 'Compte de ' || o.full_name || ' désactivé à 18h, PC récupéré à l''accueil. Boîte convertie en boîte partagée.' ELSE 'Account of ' || o.full_name || ' disabled, laptop collected, mailbox converted to shared.' END
           WHEN 4 THEN CASE WHEN t.fr THEN 'PC de prêt LYO-LT-09' || lpad((t.id % 90)::text, 2, '0') || ' expédié par Chronopost n° XY' || fixture_gen.digits('fch', t.id, 9) || 'FR à l''adresse indiquée (' || t.city || ').'
                            ELSE 'Loaner shipped by DHL, waybill ' || fixture_gen.digits('fch', t.id, 10) || ', to ' || t.street || ', ' || t.city || '.' END
           WHEN 5 THEN CASE WHEN t.fr THEN E'Merci de ne jamais écrire votre mot de passe dans un ticket. Je l''ai réinitialisé, nouveau mot de passe provisoire: ' || ggen.tmp('f5p', t.id) ELSE E'Please never send your password in a ticket. I reset it, temporary password is ' || ggen.tmp('f5p', t.id) END
           WHEN 8 THEN CASE WHEN t.fr THEN E'Mot de passe réinitialisé, sessions M365 révoquées, MFA réenrôlé. Merci de transférer le mail suspect en pièce jointe à securite@halden-roux.com.' ELSE E'Password reset, sessions revoked, MFA re-registered. Please forward the email as attachment to security@halden-roux.com.' END
           WHEN 9 THEN CASE WHEN t.e = 7 THEN 'Service Weda redémarré à distance, base OK. Prévoir remplacement du disque du NAS.' ELSE 'Pilote du lecteur réinstallé (version 5.4), lecture OK.' END
           ELSE CASE WHEN t.fr THEN 'Intervention planifiée demain 9h, merci de laisser le bureau accessible.' ELSE 'Technician on site tomorrow 9am.' END END AS txt
  FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r JOIN ggen.p o ON o.i = t.other WHERE t.status > 1
  UNION ALL
  SELECT t.id, t.at + make_interval(mins => 400 + fixture_gen.n('f2', t.id, 600)), t.r, 0, 1, 2, 2,
         CASE WHEN t.id % 4 = 0 THEN CASE WHEN t.fr THEN 'Toujours le même problème. Je suis en réunion jusqu''à 14h, rappelez-moi sur mon portable ' || coalesce(p.mobile, p.phone, 'au standard') || '.' ELSE 'Still not working. Call me on ' || coalesce(p.mobile, p.phone, 'my desk') || ' after 2pm.' END
              WHEN t.id % 4 = 1 AND t.k = 2 THEN CASE WHEN t.fr THEN 'Petite correction: ' || t.nh || ' commencera finalement le ' || to_char(t.at + interval '22 days', 'DD/MM') || ', son nouveau numéro est ' || t.nh_mob || '.' ELSE t.nh || ' will start a week later, new mobile ' || t.nh_mob || '.' END
              ELSE CASE WHEN t.fr THEN 'Merci, ça fonctionne.' ELSE 'Thanks, all good now.' END END
  FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r WHERE t.status > 2 AND t.r > 0 AND t.id % 3 <> 2
  UNION ALL
  SELECT t.id, t.at + make_interval(mins => 60 + fixture_gen.n('f3', t.id, 200)), t.tech, 1, 4, 3, 3,
         CASE t.id % 4
           WHEN 0 THEN CASE WHEN t.fr THEN coalesce(p.full_name, 'Le demandeur') || ' est en arrêt maladie depuis le ' || to_char(t.at - interval '3 days', 'DD/MM') || ' (' || fixture_gen.pick(ARRAY['opération du genou', 'burn-out', 'congé maternité', 'hospitalisation'], 'f3m', t.id) || ', info RH), ne pas relancer.'
                            ELSE coalesce(p.full_name, 'Requester') || ' is on medical leave until ' || to_char(t.at + interval '20 days', 'DD Mon') || ', do not chase.' END
           WHEN 1 THEN 'Voir avec ' || o.full_name || ' (' || coalesce(o.mobile, o.phone, o.email) || ') qui a les droits admin sur ce poste.'
           WHEN 2 THEN 'Utilisateur déjà signalé deux fois pour partage de mot de passe avec ' || o.full_name || '. Escalade RSSI.'
           ELSE 'Rappel du demandeur, pas de réponse, message laissé sur le répondeur.' END
  FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r JOIN ggen.p o ON o.i = t.other WHERE t.id % 5 IN (0, 3)
) x ORDER BY id, o;

CREATE TABLE glpi_itilsolutions (
  id serial PRIMARY KEY,
  itemtype varchar(100) NOT NULL,
  items_id integer NOT NULL DEFAULT 0,
  solutiontypes_id integer NOT NULL DEFAULT 0,
  solutiontype_name varchar(255) DEFAULT NULL,
  content text,
  date_creation timestamp DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  date_approval timestamp DEFAULT NULL,
  users_id integer NOT NULL DEFAULT 0,
  user_name varchar(255) DEFAULT NULL,
  users_id_editor integer NOT NULL DEFAULT 0,
  users_id_approval integer NOT NULL DEFAULT 0,
  user_name_approval varchar(255) DEFAULT NULL,
  status integer NOT NULL DEFAULT 1,
  itilfollowups_id integer DEFAULT NULL
);
INSERT INTO glpi_itilsolutions (itemtype, items_id, solutiontypes_id, solutiontype_name, content, date_creation, date_mod, date_approval, users_id, user_name, users_id_editor, users_id_approval, user_name_approval, status, itilfollowups_id)
SELECT 'Ticket', t.id, 1 + t.k % 4, NULL,
       ggen.html(CASE t.k WHEN 0 THEN CASE WHEN t.fr THEN 'Unité de fusion remplacée, page de test OK.' ELSE 'Fuser replaced, test page OK.' END
                 WHEN 1 THEN CASE WHEN t.fr THEN 'Compte débloqué, mot de passe réinitialisé.' ELSE 'Account unlocked.' END
                 WHEN 2 THEN CASE WHEN t.fr THEN 'Matériel remis à ' || t.nh || ' le premier jour, accès vérifiés avec ' || coalesce(p.first, 'le manager') || '.' ELSE 'Kit handed over to ' || t.nh || ' on day one.' END
                 WHEN 3 THEN 'Compte désactivé, PC réinitialisé et remis en stock.'
                 WHEN 4 THEN CASE WHEN t.fr THEN 'PC de prêt livré à ' || coalesce(p.full_name, 'l''utilisateur') || ', ancien PC retourné au fournisseur.' ELSE 'Loaner delivered, broken laptop sent for repair.' END
                 WHEN 5 THEN 'Mot de passe réinitialisé et synchronisé avec le VPN.'
                 WHEN 6 THEN 'Licence attribuée.'
                 WHEN 7 THEN 'Port du switch réactivé (err-disabled, boucle).'
                 WHEN 8 THEN 'Compte sécurisé, mail signalé à Microsoft, règle de transport ajoutée.'
                 ELSE 'Résolu à distance.' END),
       t.at + make_interval(mins => 10 + fixture_gen.n('tsv', t.id, 4000)), t.at + make_interval(mins => 10 + fixture_gen.n('tsv', t.id, 4000)),
       CASE WHEN t.status = 6 THEN t.at + make_interval(mins => 10 + fixture_gen.n('tsv', t.id, 4000)) + interval '2 days' END,
       t.tech, NULL, 0, CASE WHEN t.status = 6 AND t.r > 0 AND t.id % 3 = 0 THEN t.r ELSE 0 END,
       CASE WHEN t.status = 6 AND t.r > 0 AND t.id % 3 = 0 THEN p.full_name END,
       CASE WHEN t.status = 6 THEN 3 ELSE 2 END, NULL
FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r WHERE t.status >= 5 ORDER BY t.id;
UPDATE glpi_itilsolutions s SET user_name = p.full_name FROM ggen.p p WHERE p.i = s.users_id AND s.id % 4 = 0;

CREATE TABLE glpi_tickettasks (
  id serial PRIMARY KEY,
  uuid varchar(255) DEFAULT NULL,
  tickets_id integer NOT NULL DEFAULT 0,
  taskcategories_id integer NOT NULL DEFAULT 0,
  date timestamp DEFAULT NULL,
  users_id integer NOT NULL DEFAULT 0,
  users_id_editor integer NOT NULL DEFAULT 0,
  content text,
  is_private smallint NOT NULL DEFAULT 0,
  actiontime integer NOT NULL DEFAULT 0,
  begin timestamp DEFAULT NULL,
  "end" timestamp DEFAULT NULL,
  state integer NOT NULL DEFAULT 1,
  users_id_tech integer NOT NULL DEFAULT 0,
  groups_id_tech integer NOT NULL DEFAULT 0,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL,
  tasktemplates_id integer NOT NULL DEFAULT 0
);
INSERT INTO glpi_tickettasks (uuid, tickets_id, taskcategories_id, date, users_id, users_id_editor, content, is_private, actiontime, begin, "end", state, users_id_tech, groups_id_tech, date_mod, date_creation, tasktemplates_id)
SELECT fixture_gen.uuid('tkt', t.id * 10 + s), t.id, CASE WHEN s = 1 THEN 1 ELSE 2 END, t.at + make_interval(hours => s * 3), t.tech, 0,
       ggen.html(CASE t.k
         WHEN 2 THEN CASE s WHEN 1 THEN 'Préparer le portable de ' || t.nh || ' (image standard, BitLocker, FortiClient).' ELSE 'Créer le compte AD, la boîte mail et ajouter ' || t.nh || ' aux groupes du service. Prévenir ' || coalesce(p.full_name, 'le manager') || ' au ' || coalesce(p.phone, p.mobile, 'standard') || '.' END
         WHEN 3 THEN CASE s WHEN 1 THEN 'Récupérer le PC et le badge auprès de ' || o.full_name || ' à son dernier jour.' ELSE 'Exporter la boîte mail en PST, désactiver la ligne mobile ' || coalesce(o.mobile, '') || '.' END
         WHEN 4 THEN CASE s WHEN 1 THEN 'Préparer un PC de prêt et l''envoyer chez ' || coalesce(p.full_name, 'l''utilisateur') || '.' ELSE 'Récupérer le PC HS par enlèvement transporteur.' END
         ELSE CASE s WHEN 1 THEN 'Déplacement sur site.' ELSE 'Test et clôture avec l''utilisateur.' END END),
       CASE WHEN s = 2 AND t.k = 3 THEN 1 ELSE 0 END, 900 * (1 + fixture_gen.n('tka', t.id * 10 + s, 8)),
       CASE WHEN t.id % 3 = 0 THEN t.at + make_interval(days => 1, hours => s) END, CASE WHEN t.id % 3 = 0 THEN t.at + make_interval(days => 1, hours => s + 1) END,
       CASE WHEN t.status >= 5 THEN 2 ELSE 1 END, t.tech, CASE WHEN t.e = 3 THEN 4 WHEN t.e = 5 THEN 5 ELSE 1 END, t.at + make_interval(hours => s * 3 + 1), t.at + make_interval(hours => s * 3),
       CASE WHEN t.k = 2 THEN s ELSE 0 END
FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r JOIN ggen.p o ON o.i = t.other CROSS JOIN generate_series(1, 2) s
WHERE t.k IN (2, 3, 4, 7, 0) AND t.status > 1 ORDER BY t.id, s;

CREATE TABLE glpi_documents (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  is_recursive smallint NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  filename varchar(255) DEFAULT NULL,
  filepath varchar(255) DEFAULT NULL,
  documentcategories_id integer NOT NULL DEFAULT 0,
  mime varchar(255) DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  comment text,
  is_deleted smallint NOT NULL DEFAULT 0,
  link varchar(255) DEFAULT NULL,
  users_id integer NOT NULL DEFAULT 0,
  tickets_id integer NOT NULL DEFAULT 0,
  sha1sum char(40) DEFAULT NULL,
  is_blacklisted smallint NOT NULL DEFAULT 0,
  tag varchar(255) DEFAULT NULL,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_documents (entities_id, is_recursive, name, filename, filepath, documentcategories_id, mime, date_mod, comment, is_deleted, link, users_id, tickets_id, sha1sum, is_blacklisted, tag, date_creation)
SELECT e, 0, CASE WHEN src = 2 THEN fn ELSE 'Document Ticket ' || tid END, fn,
       upper(ext) || '/' || substr(sha, 1, 2) || '/' || substr(sha, 3) || '.' || upper(ext), cat,
       CASE ext WHEN 'pdf' THEN 'application/pdf' WHEN 'png' THEN 'image/png' WHEN 'jpg' THEN 'image/jpeg' WHEN 'eml' THEN 'message/rfc822' ELSE 'application/octet-stream' END,
       d, cmt, 0, NULL, u, tid, sha, 0, fixture_gen.uuid('dtag', tid * 10 + o), d FROM (
  SELECT t.e, t.id AS tid, t.r AS u, t.at AS d, 1 AS o, CASE WHEN t.id % 5 = 1 THEN 2 ELSE 1 END AS src,
         CASE t.k
           WHEN 2 THEN fixture_gen.pick(ARRAY['Contrat_', 'CNI_', 'RIB_', 'Fiche_arrivee_'], 'dk2', t.id) || upper(ggen.fold(split_part(t.nh, ' ', 2))) || '_' || split_part(t.nh, ' ', 1) || '.pdf'
           WHEN 3 THEN 'Formulaire_depart_' || ggen.fold(o.last) || '_' || ggen.fold(o.first) || '.pdf'
           WHEN 8 THEN 'Votre boîte aux lettres est pleine.eml'
           WHEN 9 THEN 'Capture d''écran ' || to_char(t.at, 'YYYY-MM-DD HH24MISS') || '.png'
           WHEN 6 THEN 'validation_manager_P' || fixture_gen.digits('t6', t.id, 4) || '.pdf'
           ELSE 'IMG_' || to_char(t.at, 'YYYYMMDD_HH24MISS') || '.jpg' END AS fn,
         CASE t.k WHEN 2 THEN 'pdf' WHEN 3 THEN 'pdf' WHEN 6 THEN 'pdf' WHEN 8 THEN 'eml' WHEN 9 THEN 'png' ELSE 'jpg' END AS ext,
         encode(sha256(convert_to('doc' || t.id, 'UTF8')), 'hex')::varchar(40) AS sha, CASE WHEN t.k IN (2, 3) THEN 3 ELSE 0 END AS cat, NULL::text AS cmt
  FROM ggen.t t JOIN ggen.p o ON o.i = t.other WHERE t.k IN (0, 2, 3, 4, 6, 8, 9) AND t.id % 2 = 0 OR t.k IN (2, 3)
  UNION ALL
  SELECT t.e, t.id, t.tech, t.at + interval '2 hours', 2, 1, 'arret_travail_' || ggen.fold(p.first) || '_' || ggen.fold(p.last) || '.pdf', 'pdf',
         encode(sha256(convert_to('doca' || t.id, 'UTF8')), 'hex')::varchar(40), 4, 'Transmis par les RH, ne pas diffuser.'
  FROM ggen.t t JOIN ggen.p p ON p.i = t.r WHERE t.id % 20 = 0
  UNION ALL
  SELECT 1, 0, 7, timestamp '2022-03-01 10:00:00' + v.k * interval '30 days', 3, 3, v.fn, v.ext, encode(sha256(convert_to('dock' || v.k, 'UTF8')), 'hex')::varchar(40), 5, NULL
  FROM (VALUES (1, 'Procedure_VPN_FortiClient_v3.pdf', 'pdf'), (2, 'Charte_informatique_2023.pdf', 'pdf'), (3, 'MFA_Authenticator_setup.png', 'png'), (4, 'Plan_adressage_Lyon.pdf', 'pdf')) v(k, fn, ext)
) x ORDER BY d;
UPDATE glpi_documents SET is_recursive = 1, name = filename WHERE tickets_id = 0;

CREATE TABLE glpi_logs (
  id serial PRIMARY KEY,
  itemtype varchar(100) NOT NULL DEFAULT '',
  items_id integer NOT NULL DEFAULT 0,
  itemtype_link varchar(100) NOT NULL DEFAULT '',
  linked_action integer NOT NULL DEFAULT 0,
  user_name varchar(255) DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  id_search_option integer NOT NULL DEFAULT 0,
  old_value varchar(255) DEFAULT NULL,
  new_value varchar(255) DEFAULT NULL
);
INSERT INTO glpi_logs (itemtype, items_id, itemtype_link, linked_action, user_name, date_mod, id_search_option, old_value, new_value)
SELECT itemtype, items_id, link, act, uname, d, so, ov, nv FROM (
  SELECT 'User' AS itemtype, p.i AS items_id, '' AS link, 0 AS act, CASE WHEN p.e BETWEEN 1 AND 5 THEN 'cron_ldapsync' ELSE tn.full_name || ' (' || tn.i || ')' END AS uname,
         ggen.at('lg1', p.i * 10 + s, timestamp '2023-01-01', timestamp '2024-09-30') AS d,
         (ARRAY[6, 11, 34, 5, 3])[s] AS so,
         CASE s WHEN 1 THEN ggen.phone(n.cty, false, 'lgo', p.i) WHEN 2 THEN ggen.phone(n.cty, true, 'lgm', p.i) WHEN 3 THEN fixture_gen.pick(ARRAY['Martin', 'Dupont', 'Schmitt', 'Lopes', 'Nair'], 'lgn', p.i)
                WHEN 4 THEN ggen.fold(p.first) || '.' || fixture_gen.pick(ARRAY['martin', 'dupont', 'schmitt', 'lopes', 'nair'], 'lgn', p.i) || '@' || n.dom ELSE 'Lyon Gerland > Bâtiment A - Étage 1 (2)' END AS ov,
         CASE s WHEN 1 THEN p.phone WHEN 2 THEN p.mobile WHEN 3 THEN p.last WHEN 4 THEN p.email ELSE coalesce((SELECT completename FROM glpi_locations WHERE id = p.loc), '') || ' (' || p.loc || ')' END AS nv, 1 AS o
  FROM ggen.p p JOIN ggen.ent n ON n.e = p.e JOIN ggen.p tn ON tn.i = 10 + p.i % 8 CROSS JOIN generate_series(1, 5) s
  WHERE (s = 1 AND p.i % 3 = 0) OR (s = 2 AND p.i % 4 = 1) OR (s IN (3, 4) AND p.i % 29 = 11) OR (s = 5 AND p.i % 9 = 2)
  UNION ALL
  SELECT 'User', p.i, 'UserEmail', 17, tn.full_name || ' (' || tn.i || ')', p.created + interval '1 hour', 0, '', coalesce(p.pemail, p.email), 2
  FROM ggen.p p JOIN ggen.p tn ON tn.i = 10 + p.i % 8 WHERE p.pemail IS NOT NULL OR p.e IN (6, 7)
  UNION ALL
  SELECT 'Computer', c.id, '', 0, CASE WHEN s = 1 THEN 'inventory' ELSE tn.full_name || ' (' || tn.i || ')' END, ggen.at('lgc', c.id * 10 + s, timestamp '2023-01-01', timestamp '2024-09-30'),
         CASE s WHEN 1 THEN 7 ELSE 70 END,
         CASE s WHEN 1 THEN fixture_gen.pick(ARRAY['Administrateur', 'install', 'HRGROUP\adm-jbonnet'], 'lgco', c.id) ELSE 'Stock IT (0)' END,
         CASE s WHEN 1 THEN c.contact ELSE p.full_name || ' (' || p.i || ')' END, 3
  FROM ggen.c c JOIN ggen.p p ON p.i = c.owner JOIN ggen.p tn ON tn.i = 10 + c.id % 8 CROSS JOIN generate_series(1, 2) s WHERE c.id % 2 = 0
  UNION ALL
  SELECT 'Ticket', t.id, CASE WHEN s = 1 THEN 'User' ELSE '' END, CASE WHEN s = 1 THEN 15 ELSE 0 END, tn.full_name || ' (' || tn.i || ')', t.at + make_interval(mins => 5 + s * 30), CASE s WHEN 1 THEN 0 WHEN 2 THEN 12 ELSE 3 END,
         CASE s WHEN 1 THEN '' WHEN 2 THEN '1' ELSE '2' END, CASE s WHEN 1 THEN tn.full_name || ' (' || tn.i || ')' WHEN 2 THEN '2' ELSE '4' END, 4
  FROM ggen.t t JOIN ggen.p tn ON tn.i = t.tech CROSS JOIN generate_series(1, 3) s WHERE t.status > 1 AND (s < 3 OR t.id % 4 = 0)
  UNION ALL
  SELECT 'Ticket', t.id, '', 0, CASE WHEN t.r > 0 THEN p.full_name || ' (' || p.i || ')' ELSE 'glpi-system (6)' END, t.at, 0, '', '', 5 FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r WHERE t.id % 6 = 0
) x ORDER BY d, o;
UPDATE glpi_logs SET linked_action = 20, new_value = '' WHERE itemtype = 'Ticket' AND itemtype_link = '' AND id_search_option = 0;

CREATE TABLE glpi_events (
  id serial PRIMARY KEY,
  items_id integer NOT NULL DEFAULT 0,
  type varchar(255) DEFAULT NULL,
  date timestamp DEFAULT NULL,
  service varchar(255) DEFAULT NULL,
  level integer NOT NULL DEFAULT 0,
  message text
);
INSERT INTO glpi_events (items_id, type, date, service, level, message)
SELECT items_id, type, d, service, level, msg FROM (
  SELECT -1 AS items_id, 'system' AS type, ggen.at('evl', k, timestamp '2024-07-01', timestamp '2024-09-30 17:00') AS d, 'login' AS service, 3 AS level,
         CASE WHEN k % 13 = 5 THEN 'Failed login for ' || CASE k % 4 WHEN 0 THEN p.email WHEN 1 THEN upper(p.login) WHEN 2 THEN ggen.pw('evp', k) ELSE p.login || 'x' END || ' from IP ' || ip.a
              ELSE p.login || ' logs in from IP ' || ip.a END AS msg
  FROM generate_series(1, 520) k JOIN ggen.p p ON p.i = 7 + fixture_gen.n('evu', k, 279)
  CROSS JOIN LATERAL (SELECT CASE WHEN k % 3 = 0 THEN fixture_gen.ipv4('evip', p.i) WHEN p.e = 6 THEN '192.168.20.' || (100 + p.i % 150) WHEN p.e = 7 THEN '192.168.1.' || (100 + p.i % 150) ELSE '10.' || (10 * least(p.e, 5))::text || '.' || (10 + p.i % 20) || '.' || (20 + fixture_gen.n('cip', p.i, 200)) END AS a) ip
  UNION ALL
  SELECT t.id, 'ticket', t.at + interval '3 minutes', 'tracking', 4, tn.login || ' updates an item' FROM ggen.t t JOIN ggen.p tn ON tn.i = t.tech WHERE t.status > 1 AND t.at >= timestamp '2024-07-01'
  UNION ALL
  SELECT t.id, 'ticket', t.at, 'tracking', 4, coalesce(p.login, 'glpi-system') || ' adds the item ' || t.id FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r WHERE t.at >= timestamp '2024-07-01'
  UNION ALL
  SELECT c.id, 'computers', ggen.at('evc', c.id, timestamp '2024-07-01', timestamp '2024-09-30'), 'setup', 4, tn.login || ' updates an item' FROM ggen.c c JOIN ggen.p tn ON tn.i = 10 + c.id % 8 WHERE c.id % 5 = 0
  UNION ALL
  SELECT 0, 'system', timestamp '2024-09-30 03:00:00' - k * interval '1 day', 'cron', 3, 'Automatic action ldapsync: 2 user(s) updated, 0 added, 1 deleted' FROM generate_series(0, 29) k
) x ORDER BY d;

CREATE TABLE glpi_authldaps (
  id serial PRIMARY KEY,
  name varchar(255) DEFAULT NULL,
  host varchar(255) DEFAULT NULL,
  basedn varchar(255) DEFAULT NULL,
  rootdn varchar(255) DEFAULT NULL,
  port integer NOT NULL DEFAULT 389,
  condition text,
  login_field varchar(255) DEFAULT 'uid',
  sync_field varchar(255) DEFAULT NULL,
  group_field varchar(255) DEFAULT NULL,
  group_condition text,
  email1_field varchar(255) DEFAULT NULL,
  realname_field varchar(255) DEFAULT NULL,
  firstname_field varchar(255) DEFAULT NULL,
  phone_field varchar(255) DEFAULT NULL,
  mobile_field varchar(255) DEFAULT NULL,
  comment text,
  title_field varchar(255) DEFAULT NULL,
  registration_number_field varchar(255) DEFAULT NULL,
  responsible_field varchar(255) DEFAULT NULL,
  picture_field varchar(255) DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  is_default smallint NOT NULL DEFAULT 0,
  is_active smallint NOT NULL DEFAULT 0,
  rootdn_passwd text,
  tls_certfile text
);
INSERT INTO glpi_authldaps (id, name, host, basedn, rootdn, port, condition, login_field, sync_field, group_field, group_condition, email1_field, realname_field, firstname_field, phone_field, mobile_field, comment, title_field, registration_number_field, responsible_field, picture_field, date_mod, is_default, is_active, rootdn_passwd, tls_certfile)
SELECT id::integer, name::varchar(255), host::varchar(255), basedn::varchar(255), rootdn::varchar(255), port::integer, condition::text, login_field::varchar(255), sync_field::varchar(255), group_field::varchar(255), group_condition::text, email1_field::varchar(255), realname_field::varchar(255), firstname_field::varchar(255), phone_field::varchar(255), mobile_field::varchar(255), comment::text, title_field::varchar(255), registration_number_field::varchar(255), responsible_field::varchar(255), picture_field::varchar(255), date_mod::timestamp, is_default::smallint, is_active::smallint, rootdn_passwd::text, tls_certfile::text FROM (
VALUES
  (1, 'AD HR-GROUP', 'ldaps://srv-lyo-dc01.hr-group.local', 'DC=hr-group,DC=local', 'CN=svc-glpi-ldap,OU=Service Accounts,OU=IT,DC=hr-group,DC=local', 636,
   '(&(objectClass=user)(objectCategory=person)(!(userAccountControl:1.2.840.113556.1.4.803:=2))(memberOf=CN=GLPI-Users,OU=Groups,DC=hr-group,DC=local))', 'samaccountname', 'objectguid', 0,
   'memberof', '(&(objectClass=group)(cn=GLPI-*))', 0, NULL, 'mail', 'sn', 'givenname', 'telephonenumber', 'mobile', 'Compte de service sans expiration, mot de passe dans le coffre IT.', 1, 'title', 'employeeid', 'manager', 'thumbnailphoto',
   '2024-02-06 11:20:31', 1, 1, ggen.sodium('ldap', 1, 24), 1000, '2017-09-04 10:15:00', '/etc/ssl/certs/hr-group-ca.pem', NULL, 10),
  (2, 'AD HR-GROUP (réplica Stuttgart)', 'ldaps://srv-str-dc03.hr-group.local', 'DC=hr-group,DC=local', 'CN=svc-glpi-ldap,OU=Service Accounts,OU=IT,DC=hr-group,DC=local', 636,
   '(&(objectClass=user)(objectCategory=person))', 'samaccountname', 'objectguid', 0, 'memberof', NULL, 0, NULL, 'mail', 'sn', 'givenname', 'telephonenumber', 'mobile', NULL, 1, 'title', 'employeeid', 'manager', NULL,
   '2024-02-06 11:22:04', 0, 1, ggen.sodium('ldap', 2, 24), 1000, '2018-02-05 10:10:00', '/etc/ssl/certs/hr-group-ca.pem', NULL, 10),
  (3, 'OpenLDAP clinique (ancien)', 'ldap://192.168.20.5', 'dc=clinique-saintroch,dc=fr', 'cn=admin,dc=clinique-saintroch,dc=fr', 389, '(objectClass=inetOrgPerson)', 'uid', 'entryuuid', 1, NULL, NULL, 0, 'memberuid',
   'mail', 'sn', 'givenname', 'telephonenumber', NULL, 'Désactivé depuis la migration vers les comptes locaux (2022).', 0, NULL, NULL, NULL, NULL, '2022-05-10 09:00:00', 0, 0, ggen.sodium('ldap', 3, 16), 0, '2021-03-02 14:00:00', NULL, NULL, 10)
) v(id, name, host, basedn, rootdn, port, condition, login_field, sync_field, use_tls, group_field, group_condition, group_search_type, group_member_field, email1_field, realname_field, firstname_field, phone_field, mobile_field, comment, use_dn, title_field, registration_number_field, responsible_field, picture_field, date_mod, is_default, is_active, rootdn_passwd, pagesize, date_creation, tls_certfile, tls_keyfile, timeout);

CREATE TABLE glpi_mailcollectors (
  id serial PRIMARY KEY,
  name varchar(255) DEFAULT NULL,
  host varchar(255) DEFAULT NULL,
  login varchar(255) DEFAULT NULL,
  filesize_max integer NOT NULL DEFAULT 2097152,
  is_active smallint NOT NULL DEFAULT 1,
  date_mod timestamp DEFAULT NULL,
  comment text,
  passwd varchar(255) DEFAULT NULL,
  accepted varchar(255) DEFAULT NULL,
  refused varchar(255) DEFAULT NULL,
  errors integer NOT NULL DEFAULT 0,
  date_creation timestamp DEFAULT NULL,
  collect_only_unread smallint NOT NULL DEFAULT 0,
  last_collect_date timestamp DEFAULT NULL
);
INSERT INTO glpi_mailcollectors (id, name, host, login, filesize_max, is_active, date_mod, comment, passwd, accepted, refused, errors, date_creation, collect_only_unread, last_collect_date)
SELECT id::integer, name::varchar(255), host::varchar(255), login::varchar(255), filesize_max::integer, is_active::smallint, date_mod::timestamp, comment::text, passwd::varchar(255), accepted::varchar(255), refused::varchar(255), errors::integer, date_creation::timestamp, collect_only_unread::smallint, last_collect_date::timestamp FROM (
VALUES
  (1, 'helpdesk@halden-roux.com', '{outlook.office365.com:993/imap/ssl/novalidate-cert}INBOX', 'helpdesk@halden-roux.com', 10485760, 1, '2024-03-11 16:40:12', 'Boîte principale du Service Desk (licence Exchange Online Kiosk).', ggen.sodium('mc', 1, 20), 'GLPI/Importés', 'GLPI/Refusés', 0, 0, '2017-09-04 11:00:00', 0, 1, 1, '2024-09-30 16:55:02'),
  (2, 'support-it@halden-roux.de', '{outlook.office365.com:993/imap/ssl}INBOX', 'support-it@halden-roux.de', 10485760, 1, '2024-03-11 16:41:55', NULL, ggen.sodium('mc', 2, 18), 'GLPI/Importiert', 'GLPI/Abgelehnt', 0, 0, '2018-02-05 11:00:00', 0, 1, 1, '2024-09-30 16:55:04'),
  (3, 'support.informatique@clinique-saintroch.fr', '{ssl0.ovh.net:993/imap/ssl}INBOX', 'support.informatique@clinique-saintroch.fr', 5242880, 1, '2023-09-04 10:02:47', 'Hébergé chez OVH, changement du mot de passe tous les 90 jours (Sandrine P.).', ggen.sodium('mc', 3, 14), 'Importes', 'Refuses', 2, 1, '2021-03-02 15:00:00', 1, 0, 0, '2024-09-30 16:55:09'),
  (4, 'cabinet.fournier.informatique@gmail.com', '{imap.gmail.com:993/imap/ssl}INBOX', 'cabinet.fournier.informatique@gmail.com', 5242880, 0, '2023-01-16 08:30:00', 'Désactivé: Google bloque l''accès IMAP par mot de passe, passer par OAuth.', ggen.sodium('mc', 4, 16), NULL, NULL, 47, 0, '2022-06-13 12:00:00', 0, 0, 0, '2023-01-15 23:55:00')
) v(id, name, host, login, filesize_max, is_active, date_mod, comment, passwd, accepted, refused, errors, use_mail_date, date_creation, requester_field, add_cc_to_observer, collect_only_unread, last_collect_date);

CREATE TABLE glpi_configs (
  id serial PRIMARY KEY,
  context varchar(150) DEFAULT NULL,
  name varchar(150) DEFAULT NULL,
  value text
);
INSERT INTO glpi_configs (context, name, value) VALUES
  ('core', 'version', '10.0.16'), ('core', 'dbversion', '10.0.16@' || substr(md5('dbv'), 1, 40)), ('core', 'language', 'fr_FR'), ('core', 'timezone', 'Europe/Paris'),
  ('core', 'url_base', 'https://support.halden-roux.com'), ('core', 'url_base_api', 'https://support.halden-roux.com/apirest.php'),
  ('core', 'admin_email', 'it-admin@halden-roux.com'), ('core', 'admin_email_name', 'Administrateur GLPI'), ('core', 'from_email', 'helpdesk@halden-roux.com'), ('core', 'from_email_name', 'Service Desk Halden & Roux'),
  ('core', 'noreply_email', 'noreply@support.halden-roux.com'), ('core', 'noreply_email_name', ''), ('core', 'replyto_email', 'helpdesk@halden-roux.com'), ('core', 'replyto_email_name', 'Service Desk Halden & Roux'),
  ('core', 'mailing_signature', E'-- \nService Desk Halden & Roux'), ('core', 'use_notifications', '1'), ('core', 'notifications_mailing', '1'),
  ('core', 'smtp_mode', '2'), ('core', 'smtp_host', 'smtp.office365.com'), ('core', 'smtp_port', '587'), ('core', 'smtp_username', 'helpdesk@halden-roux.com'), ('core', 'smtp_passwd', ggen.sodium('smtp', 1, 22)),
  ('core', 'smtp_check_certificate', '1'), ('core', 'smtp_sender', 'helpdesk@halden-roux.com'), ('core', 'smtp_max_retries', '5'), ('core', 'smtp_retry_time', '5'),
  ('core', 'smtp_oauth_provider', 'Greew\OAuth2\Client\Provider\Azure'), ('core', 'smtp_oauth_client_id', fixture_gen.uuid('azapp', 1)),
  ('core', 'smtp_oauth_client_secret', ggen.sodium('oauth', 1, 40)), ('core', 'smtp_oauth_options', '{"tenant_id":"' || fixture_gen.uuid('aztenant', 1) || '"}'), ('core', 'smtp_oauth_refresh_token', ggen.sodium('oauthrt', 1, 180)),
  ('core', 'proxy_name', 'proxy.hr-group.local'), ('core', 'proxy_port', '3128'), ('core', 'proxy_user', 'svc-glpi-proxy'), ('core', 'proxy_passwd', ggen.sodium('proxy', 1, 18)),
  ('core', 'glpinetwork_registration_key', fixture_gen.b64('glpinet', 1, 150) || fixture_gen.b64('glpinet', 2, 90)),
  ('core', 'instance_uuid', ggen.rnd('inst', 1, 40)), ('core', 'telemetry_uuid', ggen.rnd('tele', 1, 40)), ('core', 'use_ocs_mode', '0'), ('core', 'enable_api', '1'), ('core', 'enable_api_login_credentials', '0'),
  ('core', 'enable_api_login_external_token', '1'), ('core', 'password_min_length', '12'), ('core', 'password_need_number', '1'), ('core', 'password_need_letter', '1'), ('core', 'password_need_caps', '1'),
  ('core', 'password_need_symbol', '1'), ('core', 'password_expiration_delay', '-1'), ('core', 'login_remember_time', '604800'), ('core', 'display_login_source', '0'),
  ('core', 'priority_matrix', '{"1":{"1":1,"2":1,"3":2,"4":2,"5":2},"2":{"1":1,"2":2,"3":2,"4":3,"5":3},"3":{"1":2,"2":2,"3":3,"4":4,"5":4},"4":{"1":2,"2":3,"3":4,"4":4,"5":5},"5":{"1":2,"2":3,"3":4,"4":5,"5":5}}'),
  ('core', 'planning_work_days', '[1,2,3,4,5]'), ('core', 'cas_host', ''), ('core', 'x509_email_field', ''), ('core', 'maintenance_mode', '0'),
  ('core', 'maintenance_text', 'Migration GLPI 10.0.16 ce soir de 19h à 21h. En cas d''urgence: astreinte ' || (SELECT full_name FROM ggen.p WHERE i = 9) || ' au ' || (SELECT mobile FROM ggen.p WHERE i = 9) || '.'),
  ('core', 'text_login', 'Connectez-vous avec votre compte Windows (ex.: jdupont).'), ('core', 'lock_use_lock_item', '1'), ('core', 'lock_lockprofile_id', '8'),
  ('core', 'ssovariables_id', '0'), ('core', 'document_max_size', '20'), ('core', 'cron_limit', '5'), ('core', 'notification_to_myself', '1'), ('core', 'show_count_on_tabs', '1'),
  ('inventory', 'enabled_inventory', '1'), ('inventory', 'import_software', '1'), ('inventory', 'import_volume', '1'), ('inventory', 'import_monitor_on_partial_sn', '0'),
  ('inventory', 'auth_required', 'basic'), ('inventory', 'basic_auth_login', 'glpi-agent'), ('inventory', 'basic_auth_password', ggen.sodium('invb', 1, 20)), ('inventory', 'stale_agents_delay', '30'),
  ('plugin:datainjection', 'version', '2.13.5'), ('plugin:fields', 'version', '1.21.9'), ('plugin:formcreator', 'version', '2.13.9'),
  ('plugin:oauthimap', 'version', '1.4.3'), ('plugin:oauthimap', 'client_secret_helpdesk', ggen.sodium('oimap', 1, 40));

CREATE TABLE glpi_crontasks (
  id serial PRIMARY KEY,
  itemtype varchar(100) NOT NULL,
  name varchar(150) NOT NULL,
  frequency integer NOT NULL,
  param integer DEFAULT NULL,
  state integer NOT NULL DEFAULT 1,
  mode integer NOT NULL DEFAULT 1,
  logs_lifetime integer NOT NULL DEFAULT 30,
  lastrun timestamp DEFAULT NULL,
  lastcode integer DEFAULT NULL,
  comment text,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_crontasks (itemtype, name, frequency, param, state, mode, logs_lifetime, lastrun, lastcode, comment, date_mod, date_creation)
SELECT itemtype, name, frequency, param, state, mode, logs_lifetime, lastrun, lastcode, comment, date_mod, date_creation FROM (
SELECT v.it, v.nm, v.fq, v.pa, v.st, 2, 3, v.hmin, v.hmax, 30, CASE WHEN v.st = 1 THEN timestamp '2024-09-30 17:00:00' - make_interval(secs => fixture_gen.n('crl', k, least(v.fq, 86400))) END,
       CASE WHEN v.st = 1 THEN 1 END, v.cm, timestamp '2023-02-14 18:10:00', timestamp '2017-09-04 10:00:00'
FROM (VALUES ('CronTask', 'checkupdate', 604800, NULL, 0, 0, 24, NULL), ('CronTask', 'logs', 86400, 90, 1, 0, 24, 'Conserver 90 jours d''événements (demande RSSI).'), ('CronTask', 'session', 86400, NULL, 1, 0, 24, NULL),
  ('CronTask', 'circularlogs', 86400, 4, 1, 0, 24, NULL), ('CronTask', 'graph', 3600, NULL, 1, 0, 24, NULL), ('CronTask', 'temp', 3600, NULL, 1, 0, 24, NULL),
  ('MailCollector', 'mailgate', 300, 10, 1, 0, 24, NULL), ('MailCollector', 'mailgateerror', 86400, NULL, 1, 0, 24, NULL), ('QueuedNotification', 'queuednotification', 60, 50, 1, 0, 24, NULL),
  ('QueuedNotification', 'queuednotificationclean', 86400, 180, 1, 0, 24, 'Garder 6 mois de mails envoyés (litiges clinique).'), ('Ticket', 'closeticket', 43200, NULL, 1, 0, 24, NULL), ('Ticket', 'alertnotclosed', 43200, NULL, 1, 0, 24, NULL),
  ('Ticket', 'createinquest', 86400, NULL, 1, 0, 24, NULL), ('Ticket', 'purgeticket', 604800, NULL, 0, 0, 24, NULL), ('SlaLevel_Ticket', 'slaticket', 300, NULL, 1, 0, 24, NULL),
  ('User', 'passwordexpiration', 86400, 100, 1, 0, 24, NULL), ('AuthLDAP', 'ldapsync', 86400, NULL, 1, 2, 5, 'Synchronisation nocturne (plugin ldaptools remplacé).'),
  ('Document', 'cleanorphans', 604800, NULL, 1, 0, 24, NULL), ('Glpi\Inventory\Inventory', 'cleantemp', 86400, NULL, 1, 0, 24, NULL), ('Glpi\Inventory\Inventory', 'cleanorphans', 604800, 7, 1, 0, 24, NULL),
  ('Agent', 'Cleanoldagents', 86400, 30, 1, 0, 24, NULL), ('Telemetry', 'telemetry', 2592000, NULL, 0, 0, 24, NULL), ('Certificate', 'certificate', 86400, NULL, 1, 0, 24, NULL),
  ('Glpi\Marketplace\Controller', 'checkAllUpdates', 86400, NULL, 1, 0, 24, NULL), ('PurgeLogs', 'PurgeLogs', 604800, 24, 1, 0, 24, NULL)
) v(it, nm, fq, pa, st, hmin, hmax, cm)
CROSS JOIN LATERAL (SELECT length(v.nm) + v.fq AS k) y
) v(itemtype, name, frequency, param, state, mode, allowmode, hourmin, hourmax, logs_lifetime, lastrun, lastcode, comment, date_mod, date_creation);

CREATE TABLE glpi_apiclients (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  is_recursive smallint NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL,
  is_active smallint NOT NULL DEFAULT 0,
  ipv4_range_start bigint DEFAULT NULL,
  ipv4_range_end bigint DEFAULT NULL,
  ipv6 varchar(255) DEFAULT NULL,
  app_token varchar(255) DEFAULT NULL,
  app_token_date timestamp DEFAULT NULL,
  dolog_method smallint NOT NULL DEFAULT 0,
  comment text
);
INSERT INTO glpi_apiclients (id, entities_id, is_recursive, name, date_mod, date_creation, is_active, ipv4_range_start, ipv4_range_end, ipv6, app_token, app_token_date, dolog_method, comment) VALUES
  (1, 0, 1, 'full access from localhost', '2017-09-01 14:02:00', NULL, 1, 2130706433, 2130706433, '::1', '', NULL, 0, NULL),
  (2, 0, 1, 'Zabbix - création de tickets', '2022-10-03 15:12:40', '2022-10-03 15:12:40', 1, 168427546, 168427546, NULL, ggen.rnd('apc', 2, 40), '2022-10-03 15:12:40', 1, 'Media type Zabbix → GLPI, utilisateur API svc-zabbix.'),
  (3, 1, 1, 'Import SIRH (arrivées/départs)', '2023-06-19 10:01:00', '2023-06-19 10:01:00', 1, 168427560, 168427560, NULL, ggen.rnd('apc', 3, 40), '2023-06-19 10:01:00', 2, 'Script PowerShell du SIRH, crée les tickets d''arrivée la veille.'),
  (4, 0, 1, 'Power BI reporting', '2024-01-08 09:30:00', '2024-01-08 09:30:00', 1, NULL, NULL, NULL, ggen.rnd('apc', 4, 40), '2024-01-08 09:30:00', 0, 'Lecture seule.'),
  (5, 6, 0, 'Formulaire intranet clinique', '2021-04-12 11:00:00', '2021-04-12 11:00:00', 0, 3232240650, 3232240650, NULL, ggen.rnd('apc', 5, 40), '2021-04-12 11:00:00', 0, 'Désactivé, remplacé par Formcreator.');

CREATE TABLE glpi_suppliers (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  is_recursive smallint NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  suppliertypes_id integer NOT NULL DEFAULT 0,
  registration_number varchar(255) DEFAULT NULL,
  address text,
  postcode varchar(255) DEFAULT NULL,
  town varchar(255) DEFAULT NULL,
  state varchar(255) DEFAULT NULL,
  country varchar(255) DEFAULT NULL,
  website varchar(255) DEFAULT NULL,
  phonenumber varchar(255) DEFAULT NULL,
  comment text,
  is_deleted smallint NOT NULL DEFAULT 0,
  fax varchar(255) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL,
  is_active smallint NOT NULL DEFAULT 0
);
INSERT INTO glpi_suppliers (id, entities_id, is_recursive, name, suppliertypes_id, registration_number, address, postcode, town, state, country, website, phonenumber, comment, is_deleted, fax, email, date_mod, date_creation, is_active) VALUES
  (1, 0, 1, 'Dell Technologies France', 1, '35101226300134', '1 rond-point Benjamin Franklin', '34000', 'Montpellier', 'Occitanie', 'France', 'https://www.dell.com/fr-fr', '0825 387 270', 'Support ProSupport Plus, code client 88412-HR.', 0, NULL, 'ventes_grandscomptes@dell.com', '2024-01-10 10:00:00', '2017-09-05 09:00:00', 1),
  (2, 0, 1, 'Lenovo (France) SAS', 1, '48289128000037', '20 rue des Deux Gares', '92500', 'Rueil-Malmaison', 'Île-de-France', 'France', 'https://www.lenovo.com/fr', '01 55 70 85 00', NULL, 0, NULL, 'commandes-fr@lenovo.com', '2023-05-02 10:00:00', '2018-01-15 09:00:00', 1),
  (3, 0, 1, 'Orange Business', 2, '38012986643096', '1 place des Droits de l''Homme', '93210', 'Saint-Denis', 'Île-de-France', 'France', 'https://www.orange-business.com', '3901', 'Liens MPLS Lyon/Stuttgart/Porto, contrat 4C-77310.', 0, NULL, 'service.client@orange.com', '2024-06-20 10:00:00', '2017-09-05 09:10:00', 1),
  (4, 0, 1, 'Bechtle GmbH', 1, 'DE812458362', 'Bechtle Platz 1', '74172', 'Neckarsulm', 'Baden-Württemberg', 'Deutschland', 'https://www.bechtle.com', '+49 7132 981-0', NULL, 0, '+49 7132 981-8000', 'info@bechtle.com', '2022-09-12 10:00:00', '2018-02-06 09:00:00', 1),
  (5, 0, 1, 'Fortinet', 3, NULL, '905 rue Albert Einstein', '06560', 'Valbonne', 'Provence-Alpes-Côte d''Azur', 'France', 'https://www.fortinet.com', '+33 4 89 87 05 00', 'FortiGate 100F, renouvellement FortiCare en mars.', 0, NULL, 'france@fortinet.com', '2024-03-01 10:00:00', '2019-03-01 09:00:00', 1),
  (6, 1, 1, 'Le Gall Câblage & Fibre', 4, '91047382600012', '14 impasse des Lilas', '69500', 'Bron', 'Auvergne-Rhône-Alpes', 'France', NULL, '06 84 21 57 93', 'Entrepreneur individuel (Yannick Le Gall), brassage et fibre. Paiement à 30 jours, IBAN sur la facture.', 0, NULL, 'yannick.legall.cablage@gmail.com', '2024-04-18 10:00:00', '2020-10-05 09:00:00', 1),
  (7, 6, 0, 'Weda (Cegedim)', 3, '35096464400041', '137 rue d''Aguesseau', '92100', 'Boulogne-Billancourt', 'Île-de-France', 'France', 'https://weda.fr', '01 49 09 22 00', NULL, 0, NULL, 'support@weda.fr', '2022-06-13 12:00:00', '2022-06-13 12:00:00', 1),
  (8, 6, 0, 'Infomed Services', 3, '51209738500027', 'ZA des Platières, 8 rue Jean Monnet', '69340', 'Francheville', 'Auvergne-Rhône-Alpes', 'France', 'https://www.infomed-services.fr', '04 72 38 10 40', 'Maintenance PACS et lecteurs Vitale.', 0, NULL, 'hotline@infomed-services.fr', '2023-11-22 10:00:00', '2021-03-05 09:00:00', 1),
  (9, 5, 0, 'Rashi Peripherals Pvt Ltd', 1, '27AABCR1234C1Z5', 'Rashi Complex, Baner Road', '411045', 'Pune', 'Maharashtra', 'India', 'https://www.rptechindia.com', '+91 20 6625 3000', NULL, 0, NULL, 'pune.sales@rptechindia.com', '2023-02-01 10:00:00', '2020-02-01 09:00:00', 1),
  (10, 4, 0, 'Inforlandia Lda', 1, '509884231', 'Rua Óscar da Silva 1045', '4450-256', 'Matosinhos', 'Porto', 'Portugal', NULL, '+351 229 380 770', NULL, 0, NULL, 'geral@inforlandia.pt', '2021-07-05 10:00:00', '2019-05-02 09:00:00', 1);

CREATE TABLE glpi_contacts (
  id serial PRIMARY KEY,
  entities_id integer NOT NULL DEFAULT 0,
  is_recursive smallint NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  registration_number varchar(255) DEFAULT NULL,
  phone varchar(255) DEFAULT NULL,
  phone2 varchar(255) DEFAULT NULL,
  mobile varchar(255) DEFAULT NULL,
  fax varchar(255) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  contacttypes_id integer NOT NULL DEFAULT 0,
  comment text,
  is_deleted smallint NOT NULL DEFAULT 0,
  date_mod timestamp DEFAULT NULL,
  usertitles_id integer NOT NULL DEFAULT 0,
  address text,
  postcode varchar(255) DEFAULT NULL,
  town varchar(255) DEFAULT NULL,
  state varchar(255) DEFAULT NULL,
  country varchar(255) DEFAULT NULL,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_contacts (entities_id, is_recursive, name, firstname, registration_number, phone, phone2, mobile, fax, email, contacttypes_id, comment, is_deleted, date_mod, usertitles_id, address, postcode, town, state, country, date_creation)
SELECT s.entities_id, s.is_recursive, b.last, a.first, NULL,
       CASE WHEN q = 1 THEN s.phonenumber ELSE regexp_replace(s.phonenumber, '[0-9]{2}$', fixture_gen.digits('ctp', s.id * 10 + q, 2)) END,
       CASE WHEN q = 2 THEN s.phonenumber END,
       ggen.phone(CASE WHEN s.country = 'Deutschland' THEN 'de' WHEN s.country = 'Portugal' THEN 'pt' WHEN s.country = 'India' THEN 'in' ELSE 'fr' END, true, 'ctm', s.id * 10 + q),
       s.fax, ggen.fold(a.first) || '.' || ggen.fold(b.last) || '@' || split_part(s.email, '@', 2), 1 + q % 3,
       CASE q WHEN 1 THEN 'Commercial attitré.' WHEN 2 THEN 'Technicien, joignable de 8h à 18h. Ne pas donner son portable aux utilisateurs.' ELSE CASE WHEN s.id % 3 = 0 THEN 'Remplace ' || fixture_gen.full_name('ctr', s.id) || ' (congé parental).' END END,
       0, timestamp '2023-01-01' + s.id * interval '11 days', q, s.address, s.postcode, s.town, s.state, s.country, s.date_creation + interval '1 day'
FROM glpi_suppliers s CROSS JOIN generate_series(1, 3) q
JOIN ggen.nm a ON a.c = CASE WHEN s.country = 'Deutschland' THEN 'de' WHEN s.country = 'Portugal' THEN 'pt' WHEN s.country = 'India' THEN 'in' ELSE fixture_gen.pick(ARRAY['fr', 'fr', 'ma', 'sn'], 'ctc', s.id * 10 + q) END AND a.k = 1 + fixture_gen.n('ctf', s.id * 10 + q, 8)
JOIN ggen.nm b ON b.c = a.c AND b.k = 1 + fixture_gen.n('ctl', s.id * 10 + q, 8)
WHERE s.id <> 6 AND (q < 3 OR s.id % 2 = 1)
ORDER BY s.id, q;
INSERT INTO glpi_contacts (entities_id, is_recursive, name, firstname, registration_number, phone, phone2, mobile, fax, email, contacttypes_id, comment, is_deleted, date_mod, usertitles_id, address, postcode, town, state, country, date_creation) VALUES
  (0, 1, 'Le Gall', 'Yannick', '91047382600012', NULL, NULL, '06 84 21 57 93', NULL, 'yannick.legall.cablage@gmail.com', 2, 'Intervient seul, prévoir badge visiteur.', 0, '2024-04-18 10:00:00', 1, '14 impasse des Lilas', '69500', 'Bron', 'Auvergne-Rhône-Alpes', 'France', '2020-10-05 09:00:00'),
  (6, 0, 'Perrin', 'Sandrine', NULL, '04 78 85 40 12', NULL, '06 71 42 18 90', NULL, 'sandrine.perrin@clinique-saintroch.fr', 3, 'Cadre de santé, valide les demandes de comptes. Astreinte le week-end une semaine sur deux.', 0, '2024-02-12 09:00:00', 2, NULL, NULL, NULL, NULL, NULL, '2021-03-01 09:00:00'),
  (6, 0, 'Vasseur', 'Grégoire', NULL, '04 78 85 40 02', NULL, '06 30 77 14 52', NULL, 'direction@clinique-saintroch.fr', 3, 'Directeur. Valide les devis > 2 000 €.', 0, '2023-06-01 09:00:00', 3, NULL, NULL, NULL, NULL, NULL, '2021-03-01 09:00:00'),
  (7, 0, 'Fournier', 'Amélie', '10101234567', NULL, NULL, '06 12 44 80 17', NULL, 'dr.amelie.fournier@gmail.com', 3, 'Médecin titulaire (n° RPPS ci-contre). Préfère être appelée entre deux consultations, jamais après 19h.', 0, '2024-05-21 17:20:00', 4, '3 place de la Mairie', '69300', 'Caluire-et-Cuire', 'Auvergne-Rhône-Alpes', 'France', '2022-06-13 12:00:00');

CREATE TABLE glpi_notimportedemails (
  id serial PRIMARY KEY,
  "from" varchar(255) NOT NULL,
  "to" varchar(255) NOT NULL,
  mailcollectors_id integer NOT NULL DEFAULT 0,
  date timestamp NOT NULL,
  subject text,
  messageid varchar(255) NOT NULL,
  reason integer NOT NULL DEFAULT 0,
  users_id integer NOT NULL DEFAULT 0
);
INSERT INTO glpi_notimportedemails ("from", "to", mailcollectors_id, date, subject, messageid, reason, users_id)
SELECT CASE WHEN m IN (2, 3) THEN p.email ELSE x.addr END, CASE WHEN p.e = 6 THEN 'support.informatique@clinique-saintroch.fr' WHEN p.e = 3 THEN 'support-it@halden-roux.de' ELSE 'helpdesk@halden-roux.com' END,
       CASE WHEN p.e = 6 THEN 3 WHEN p.e = 3 THEN 2 ELSE 1 END, ggen.at('nie', k, timestamp '2024-04-01', timestamp '2024-09-30 16:00'),
       CASE m WHEN 0 THEN 'Candidature spontanée - ' || x.nm || ' - dessinateur projeteur'
              WHEN 1 THEN 'Demande d''accès au dossier de ma mère, ' || fixture_gen.pick(ARRAY['Mme', 'M.'], 'nig', k) || ' ' || fixture_gen.last_name('nip', k) || ', hospitalisée chambre ' || (100 + fixture_gen.n('nic', k, 150))
              WHEN 2 THEN 'Automatic reply: Out of office until ' || to_char(ggen.at('nie', k, timestamp '2024-04-01', timestamp '2024-09-30') + interval '12 days', 'DD/MM') || ' - urgent: call ' || coalesce(p.mobile, p.phone, 'reception')
              WHEN 3 THEN 'RE: [GLPI #00' || (300 + k % 150) || '] ' || fixture_gen.pick(ARRAY['Compte bloqué', 'VPN refuse mon mot de passe', 'Printer error 50.4'], 'nis', k)
              WHEN 4 THEN 'Facture F-2024-' || fixture_gen.digits('nif', k, 5) || ' - ' || fixture_gen.pick(ARRAY['Le Gall Câblage & Fibre', 'Infomed Services', 'Bechtle GmbH'], 'nis', k)
              ELSE fixture_gen.pick(ARRAY['Your mailbox is almost full', 'Action required: verify your Microsoft 365 account', 'Facture impayée n° 88231'], 'nis', k) END,
       '<' || substr(md5('nim' || k), 1, 24) || '@' || CASE WHEN m IN (2, 3) THEN 'EUR05-AM6-obe.outbound.protection.outlook.com' ELSE split_part(x.addr, '@', 2) END || '>',
       CASE WHEN m IN (2, 3) THEN 0 ELSE 1 END, CASE WHEN m IN (2, 3) THEN p.i ELSE 0 END
FROM generate_series(1, 160) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('nik', k, 6) AS m) mm
JOIN ggen.p p ON p.i = 25 + fixture_gen.n('nir', k, 261)
CROSS JOIN LATERAL (SELECT fixture_gen.full_name('nin', k) AS nm,
   CASE mm.m WHEN 4 THEN fixture_gen.pick(ARRAY['yannick.legall.cablage@gmail.com', 'factures@infomed-services.fr', 'rechnung@bechtle.com'], 'nis', k)
             WHEN 5 THEN fixture_gen.pick(ARRAY['no-reply@m1crosoft-365.net', 'admin@mailbox-quota.info', 'compta@factures-en-ligne.biz'], 'nis', k)
             ELSE fixture_gen.email('nin', k) END AS addr) x
ORDER BY 4;

CREATE TABLE glpi_queuednotifications (
  id serial PRIMARY KEY,
  itemtype varchar(100) DEFAULT NULL,
  items_id integer NOT NULL DEFAULT 0,
  notificationtemplates_id integer NOT NULL DEFAULT 0,
  entities_id integer NOT NULL DEFAULT 0,
  is_deleted smallint NOT NULL DEFAULT 0,
  sent_try integer NOT NULL DEFAULT 0,
  create_time timestamp DEFAULT NULL,
  send_time timestamp DEFAULT NULL,
  sent_time timestamp DEFAULT NULL,
  name text,
  sender text,
  sendername text,
  recipient text,
  recipientname text,
  replyto text,
  replytoname text,
  headers text,
  body_html text,
  body_text text,
  messageid text,
  documents text,
  mode varchar(20) NOT NULL,
  event varchar(255) DEFAULT NULL
);
INSERT INTO glpi_queuednotifications (itemtype, items_id, notificationtemplates_id, entities_id, is_deleted, sent_try, create_time, send_time, sent_time, name, sender, sendername, recipient, recipientname,
  replyto, replytoname, headers, body_html, body_text, messageid, documents, mode, event)
SELECT itemtype, items_id, tpl, e, CASE WHEN d < timestamp '2024-09-29' THEN 1 ELSE 0 END, CASE WHEN d < timestamp '2024-09-30 16:00' THEN 1 ELSE 0 END, d, d, CASE WHEN d < timestamp '2024-09-30 16:00' THEN d + interval '1 minute' END,
       subj, CASE WHEN e = 6 THEN 'support.informatique@clinique-saintroch.fr' ELSE 'helpdesk@halden-roux.com' END, CASE WHEN e = 6 THEN 'Support informatique Clinique Saint-Roch' ELSE 'Service Desk Halden & Roux' END,
       rcpt, rname, CASE WHEN e = 6 THEN 'support.informatique@clinique-saintroch.fr' ELSE 'helpdesk@halden-roux.com' END, CASE WHEN e = 6 THEN 'Support informatique Clinique Saint-Roch' ELSE 'Service Desk Halden & Roux' END,
       '{"Auto-Submitted":"auto-generated","X-Auto-Response-Suppress":"OOF, DR, NDR, RN, NRN"}',
       '<p>' || replace(replace(btxt, E'\n', '<br />'), '&', '&amp;') || '</p>', btxt,
       'GLPI_' || substr(md5('inst'), 1, 13) || '-' || itemtype || '-' || items_id || '/' || ev || '.' || extract(epoch FROM d)::bigint || '.' || fixture_gen.digits('qnm', items_id * 10 + o, 9) || '@support.halden-roux.com',
       '[]', 'mailing', ev FROM (
  SELECT 'Ticket' AS itemtype, t.id AS items_id, CASE s WHEN 1 THEN 4 WHEN 2 THEN 5 ELSE 8 END AS tpl, t.e, t.at + make_interval(mins => s * 90) AS d, s AS o,
         CASE s WHEN 1 THEN 'new' WHEN 2 THEN 'add_followup' ELSE 'solved' END AS ev,
         '[GLPI #' || lpad(t.id::text, 7, '0') || '] ' || CASE s WHEN 1 THEN 'Nouveau ticket ' WHEN 2 THEN 'Nouveau suivi ' ELSE 'Ticket résolu ' END || t.title AS subj,
         coalesce(t.ext, p.email) AS rcpt, coalesce(p.full_name, '') AS rname,
         'URL : https://support.halden-roux.com/index.php?redirect=ticket_' || t.id || E'&noAUTO=1\nTicket : ' || t.title || E'\nDemandeur : ' || coalesce(p.full_name, t.ext) || E'\nStatut : '
           || CASE s WHEN 3 THEN 'Résolu' ELSE 'En cours (Attribué)' END || E'\nDescription :\n' || t.body AS btxt
  FROM ggen.t t LEFT JOIN ggen.p p ON p.i = t.r CROSS JOIN generate_series(1, 3) s WHERE t.at >= timestamp '2024-04-01' AND (s < 3 OR t.status >= 5)
  UNION ALL
  SELECT 'User', p.i, 11, p.e, ggen.at('upfd', p.i, timestamp '2024-09-01', timestamp '2024-09-30'), 9, 'passwordforget',
         'Réinitialisation du mot de passe', p.email, p.full_name,
         'Bonjour ' || p.first || E',\nVous avez demandé la réinitialisation de votre mot de passe GLPI. Cliquez sur le lien ci-dessous (valable 1 jour) :\nhttps://support.halden-roux.com/front/lostpassword.php?password_forget_token='
           || ggen.hex40('upf', p.i) || E'\nSi vous n''êtes pas à l''origine de cette demande, ignorez ce message.'
  FROM ggen.p p WHERE p.i % 31 = 9 AND p.e IN (6, 7) OR p.i IN (91, 147)
  UNION ALL
  SELECT 'MailCollector', 4, 14, 0, timestamp '2024-09-30 00:00:00' - k * interval '3 days', 10 + k, 'alert',
         '[GLPI] Erreur de collecte: cabinet.fournier.informatique@gmail.com', 'it-admin@halden-roux.com', 'Administrateur GLPI',
         E'Le collecteur cabinet.fournier.informatique@gmail.com a rencontré 47 erreurs.\nDernière erreur: [AUTHENTICATIONFAILED] Invalid credentials (Failure)'
  FROM generate_series(0, 5) k
) x ORDER BY d, o;

CREATE TABLE glpi_savedsearches (
  id serial PRIMARY KEY,
  name varchar(255) DEFAULT NULL,
  type integer NOT NULL DEFAULT 0,
  itemtype varchar(100) NOT NULL,
  users_id integer NOT NULL DEFAULT 0,
  is_private smallint NOT NULL DEFAULT 1,
  entities_id integer NOT NULL DEFAULT -1,
  is_recursive smallint NOT NULL DEFAULT 0,
  query text,
  last_execution_time integer DEFAULT NULL,
  do_count smallint NOT NULL DEFAULT 2,
  last_execution_date timestamp DEFAULT NULL,
  counter integer NOT NULL DEFAULT 0
);
INSERT INTO glpi_savedsearches (name, type, itemtype, users_id, is_private, entities_id, is_recursive, query, last_execution_time, do_count, last_execution_date, counter)
SELECT nm, 1, it, u, priv, ent, CASE WHEN priv = 0 THEN 1 ELSE 0 END,
       'is_deleted=0&as_map=0&browse=0&' || crit || '&itemtype=' || it || '&start=0&_glpi_csrf_token=' || substr(md5('ssc' || k), 1, 32) || '&sort%5B0%5D=19&order%5B0%5D=DESC',
       20 + fixture_gen.n('sst', k, 900), 2, ggen.at('ssd', k, timestamp '2024-06-01', timestamp '2024-09-30'), fixture_gen.n('ssn', k, 400) FROM (
  SELECT k, p.i AS u, CASE WHEN k % 4 = 0 THEN 0 ELSE 1 END AS priv, CASE WHEN k % 4 = 0 THEN 0 ELSE -1 END AS ent,
         CASE k % 7 WHEN 0 THEN 'Computer' WHEN 5 THEN 'User' ELSE 'Ticket' END AS it,
         CASE k % 7
           WHEN 0 THEN 'PC de ' || o.full_name
           WHEN 1 THEN 'Mes tickets en attente'
           WHEN 2 THEN 'Tickets de ' || o.first || ' ' || left(o.last, 1) || '.'
           WHEN 3 THEN 'Arrivées du mois'
           WHEN 4 THEN 'Clinique - urgents non attribués'
           WHEN 5 THEN 'Comptes à désactiver (' || fixture_gen.pick(ARRAY['départs', 'fin de stage', 'intérimaires'], 'ssm', k) || ')'
           ELSE 'Recherche ' || ggen.fold(o.last) END AS nm,
         CASE k % 7
           WHEN 0 THEN 'criteria%5B0%5D%5Blink%5D=AND&criteria%5B0%5D%5Bfield%5D=7&criteria%5B0%5D%5Bsearchtype%5D=contains&criteria%5B0%5D%5Bvalue%5D=' || o.login
                       || '&criteria%5B1%5D%5Blink%5D=OR&criteria%5B1%5D%5Bfield%5D=70&criteria%5B1%5D%5Bsearchtype%5D=equals&criteria%5B1%5D%5Bvalue%5D=' || o.i
           WHEN 1 THEN 'criteria%5B0%5D%5Blink%5D=AND&criteria%5B0%5D%5Bfield%5D=12&criteria%5B0%5D%5Bsearchtype%5D=equals&criteria%5B0%5D%5Bvalue%5D=4&criteria%5B1%5D%5Blink%5D=AND&criteria%5B1%5D%5Bfield%5D=5&criteria%5B1%5D%5Bsearchtype%5D=equals&criteria%5B1%5D%5Bvalue%5D=' || p.i
           WHEN 2 THEN 'criteria%5B0%5D%5Blink%5D=AND&criteria%5B0%5D%5Bfield%5D=4&criteria%5B0%5D%5Bsearchtype%5D=equals&criteria%5B0%5D%5Bvalue%5D=' || o.i
           WHEN 3 THEN 'criteria%5B0%5D%5Blink%5D=AND&criteria%5B0%5D%5Bfield%5D=1&criteria%5B0%5D%5Bsearchtype%5D=contains&criteria%5B0%5D%5Bvalue%5D=Arriv%C3%A9e&criteria%5B1%5D%5Blink%5D=AND&criteria%5B1%5D%5Bfield%5D=15&criteria%5B1%5D%5Bsearchtype%5D=morethan&criteria%5B1%5D%5Bvalue%5D=-1MONTH'
           WHEN 4 THEN 'criteria%5B0%5D%5Blink%5D=AND&criteria%5B0%5D%5Bfield%5D=80&criteria%5B0%5D%5Bsearchtype%5D=equals&criteria%5B0%5D%5Bvalue%5D=6&criteria%5B1%5D%5Blink%5D=AND&criteria%5B1%5D%5Bfield%5D=3&criteria%5B1%5D%5Bsearchtype%5D=equals&criteria%5B1%5D%5Bvalue%5D=5'
           WHEN 5 THEN 'criteria%5B0%5D%5Blink%5D=AND&criteria%5B0%5D%5Bfield%5D=63&criteria%5B0%5D%5Bsearchtype%5D=lessthan&criteria%5B0%5D%5Bvalue%5D=NOW&criteria%5B1%5D%5Blink%5D=AND&criteria%5B1%5D%5Bfield%5D=8&criteria%5B1%5D%5Bsearchtype%5D=equals&criteria%5B1%5D%5Bvalue%5D=1'
           ELSE 'criteria%5B0%5D%5Blink%5D=AND&criteria%5B0%5D%5Bfield%5D=view&criteria%5B0%5D%5Bsearchtype%5D=contains&criteria%5B0%5D%5Bvalue%5D=' || replace(replace(o.email, '@', '%40'), '.', '.')
                || '&criteria%5B1%5D%5Blink%5D=OR&criteria%5B1%5D%5Bfield%5D=view&criteria%5B1%5D%5Bsearchtype%5D=contains&criteria%5B1%5D%5Bvalue%5D=' || replace(coalesce(o.mobile, o.last), ' ', '+') END AS crit
  FROM generate_series(1, 60) k JOIN ggen.p p ON p.i = 7 + fixture_gen.n('ssu', k, 18) JOIN ggen.p o ON o.i = 25 + fixture_gen.n('sso', k, 261)
) x ORDER BY k;

CREATE TABLE glpi_reminders (
  id serial PRIMARY KEY,
  uuid varchar(255) DEFAULT NULL,
  date timestamp DEFAULT NULL,
  users_id integer NOT NULL DEFAULT 0,
  name varchar(255) DEFAULT NULL,
  text text,
  begin timestamp DEFAULT NULL,
  "end" timestamp DEFAULT NULL,
  is_planned smallint NOT NULL DEFAULT 0,
  date_mod timestamp DEFAULT NULL,
  state integer NOT NULL DEFAULT 0,
  begin_view_date timestamp DEFAULT NULL,
  end_view_date timestamp DEFAULT NULL,
  date_creation timestamp DEFAULT NULL
);
INSERT INTO glpi_reminders (uuid, date, users_id, name, text, begin, "end", is_planned, date_mod, state, begin_view_date, end_view_date, date_creation)
SELECT fixture_gen.uuid('rem', k), d, u, nm, ggen.html(txt), CASE WHEN k % 2 = 0 THEN d + interval '2 days' END, CASE WHEN k % 2 = 0 THEN d + interval '2 days 1 hour' END,
       CASE WHEN k % 2 = 0 THEN 1 ELSE 0 END, d, CASE WHEN d < timestamp '2024-09-01' THEN 2 ELSE 1 END,
       CASE WHEN k % 5 = 0 THEN d END, CASE WHEN k % 5 = 0 THEN d + interval '14 days' END, d FROM (
  SELECT k, ggen.at('rmd', k, timestamp '2023-06-01', timestamp '2024-09-30') AS d, 7 + fixture_gen.n('rmu', k, 18) AS u,
         CASE k % 8 WHEN 0 THEN 'Rappeler ' || o.full_name WHEN 1 THEN 'Astreinte du week-end' WHEN 2 THEN 'Renouvellement certificat wildcard' WHEN 3 THEN 'Arrivée ' || o.first || ' lundi'
                    WHEN 4 THEN 'Restitution matériel ' || o.last WHEN 5 THEN 'Mise à jour FortiGate' WHEN 6 THEN 'Clinique: RDV ' || (SELECT full_name FROM ggen.p WHERE i = 256) ELSE 'Inventaire annuel Pune' END AS nm,
         CASE k % 8 WHEN 0 THEN 'Rappeler ' || o.full_name || ' au ' || coalesce(o.mobile, o.phone, '') || ' pour son souci de double authentification (téléphone perdu).'
                    WHEN 1 THEN 'Astreinte: ' || a.full_name || ' (' || coalesce(a.mobile, '') || '), backup ' || b.full_name || ' (' || coalesce(b.mobile, '') || ').'
                    WHEN 2 THEN 'Le certificat *.halden-roux.com expire le 14/11, commander chez Sectigo et mettre à jour le FortiGate et le GLPI.'
                    WHEN 3 THEN 'Préparer PC et badge pour ' || o.full_name || ', commence lundi. Manager: ' || a.full_name || '.'
                    WHEN 4 THEN o.full_name || ' doit rapporter son portable et son téléphone avant le ' || to_char(ggen.at('rmd', k, timestamp '2023-06-01', timestamp '2024-09-30') + interval '5 days', 'DD/MM') || ' (départ, dossier RH confidentiel).'
                    WHEN 5 THEN 'Passer en 7.4.4 pendant la fenêtre de maintenance du jeudi soir.'
                    WHEN 6 THEN 'Revue du contrat d''infogérance, apporter les statistiques GLPI du trimestre.'
                    ELSE 'Scanner les étiquettes de tous les postes du Floor 4 avec l''application mobile.' END AS txt
  FROM generate_series(1, 64) k JOIN ggen.p o ON o.i = 25 + fixture_gen.n('rmo', k, 261) JOIN ggen.p a ON a.i = 7 + fixture_gen.n('rma', k, 18) JOIN ggen.p b ON b.i = 7 + fixture_gen.n('rmb', k, 18)
) x ORDER BY d;

CREATE TABLE glpi_knowbaseitems (
  id serial PRIMARY KEY,
  name text,
  answer text,
  is_faq smallint NOT NULL DEFAULT 0,
  users_id integer NOT NULL DEFAULT 0,
  view integer NOT NULL DEFAULT 0,
  date timestamp DEFAULT NULL,
  date_mod timestamp DEFAULT NULL,
  begin_date timestamp DEFAULT NULL,
  end_date timestamp DEFAULT NULL
);
INSERT INTO glpi_knowbaseitems (name, answer, is_faq, users_id, view, date, date_mod, begin_date, end_date)
SELECT v.nm, ggen.html(v.ans), v.faq, 7 + v.k % 18, fixture_gen.n('kbv', v.k, 2500), timestamp '2019-02-01 10:00:00' + v.k * interval '47 days', timestamp '2023-02-01 10:00:00' + v.k * interval '19 days', NULL,
       CASE WHEN v.k = 9 THEN timestamp '2024-12-31 23:59:00' END
FROM (VALUES
  (1, 'Se connecter au VPN FortiClient', E'Ouvrir FortiClient, choisir la connexion « HR-VPN ».\nSaisir votre identifiant Windows et votre mot de passe habituel, puis valider la notification MFA sur votre téléphone.\nEn cas d''échec, vérifier l''heure du PC et redémarrer.', 1),
  (2, 'Réinitialiser son mot de passe Windows', E'Depuis un PC du bureau: Ctrl+Alt+Suppr puis « Modifier un mot de passe ».\nDepuis l''extérieur: https://passwordreset.microsoftonline.com avec votre adresse professionnelle.\nLe mot de passe doit contenir 12 caractères dont une majuscule, un chiffre et un symbole.', 1),
  (3, 'Printer shows error 50.4', E'Error 50.4 is a fuser fault. Switch the printer off for 30 seconds.\nIf the error comes back, open a ticket with the printer name printed on the front label.', 1),
  (4, 'Configurer la messagerie sur un smartphone', E'Installer Outlook depuis le store (Intune Company Portal obligatoire).\nAjouter le compte professionnel, valider la stratégie de protection des applications.', 1),
  (5, 'Procédure d''arrivée d''un salarié (IT)', E'1. Créer le compte dans l''AD (OU du site), groupe All-Staff.\n2. Attribuer la licence M365 E3.\n3. Préparer le PC depuis le modèle GLPI.\n4. Remettre le matériel contre signature.', 0),
  (6, 'Procédure de départ d''un salarié (IT)', E'Désactiver le compte le dernier jour à 18h, convertir la boîte en boîte partagée, retirer les licences.\nRécupérer PC, téléphone, badge; passer le PC à l''état « En stock ».', 0),
  (7, 'Lecteur carte Vitale: réinstaller le pilote', E'Désinstaller « Galss » et le pilote du lecteur, redémarrer, réinstaller la version 5.4 depuis \\\\csr-srv-ad01\\logiciels\\vitale.\nTester avec une carte de test CPS.', 0),
  (8, 'Brancher un poste sur le réseau (Lyon)', E'Les prises murales sont numérotées bâtiment-étage-numéro (A2-14).\nSi la LED reste orange, le port du switch est peut-être désactivé: ouvrir un ticket en indiquant le numéro de prise.', 1),
  (9, 'Migration GLPI 10 - nouveautés', E'Nouvelle interface, tableaux de bord, formulaires. Les anciens favoris sont conservés.', 1),
  (10, 'Wi-Fi invités', E'Réseau HR-GUEST, accès par code valable 24 h délivré par l''accueil.\nLe code change tous les jours, il n''est jamais communiqué par ticket.', 1),
  (11, 'Sauvegarde du cabinet médical', E'Le NAS CAB-NAS-01 sauvegarde le poste chaque nuit à 22h.\nVérifier le voyant vert le matin; en cas de voyant rouge, ne pas éteindre et appeler le support.', 0),
  (12, 'Installing AutoCAD LT', E'Request the licence through a ticket, then install from the Software Center.\nSign in with your company Autodesk account.', 1)
) v(k, nm, ans, faq);

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA ggen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
