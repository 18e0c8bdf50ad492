-- classify-eval fixture (HOLDOUT 60: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- GNU Health 4.0/4.2 hospital information system (health_* modules on the
-- Tryton 6.0 framework) on PostgreSQL, in the naming Tryton's ORM creates:
-- the model name with dots as underscores (party_party, gnuhealth_patient,
-- gnuhealth_patient_evaluation, ...), an integer id from a sequence and
-- create_uid, create_date, write_uid, write_date on every table, Char
-- fields as varchar without length, Text as text, Selection fields as the
-- varchar keys the modules declare, DateTime as timestamp(0) without time
-- zone, Many2One fields as integer foreign keys, Binary fields as bytea.
-- The data is the Hospital Distrital Cuatro Cañadas (a second-level public
-- hospital in the department of Santa Cruz, Bolivia; invented, the place
-- is real) and its SAFCI community health programme: the health centres of
-- San Miguelito and Okinawa Uno and the health post of the Mennonite colony
-- Riva Palacios. Patients are lowland Bolivians, Quechua and Aymara
-- families who moved down from the highlands, Guaraní and Chiquitano
-- communities, Low German speaking Mennonites, Okinawan-Bolivian families,
-- Brazilian soy farmers and Venezuelan migrants; the staff include Cuban
-- and Venezuelan doctors and a Spanish volunteer. Parties (persons and
-- institutions in one table, given names in name, surnames in lastname,
-- the national identity card or a generated PUID in ref, the GNU Health
-- Federation account), their other names (maiden names, nicknames),
-- addresses, contact mechanisms (phones, WhatsApp numbers, emails in one
-- value column) and alternative ids (passports, foreign ids, social
-- security numbers); patients with blood group, socioeconomic and
-- lifestyle fields and the notes clinicians keep; domiciliary units with
-- street, district and the coordinates of the home; families and their
-- members; evaluations with vital signs, chief complaints and the history
-- as typed; diseases coded in ICD-10; medications, vaccinations,
-- appointments, prescriptions whose serializer and digest are the signed
-- document; lab results and their analytes; admissions; birth and death
-- certificates; pages of life (the Federation's health record entries,
-- with measurements as JSON); health professionals with their licence
-- numbers; employees; user accounts with passlib hashes, reset passwords,
-- device cookies, failed login attempts with IP addresses and the session
-- keys; attachments named after the patients whose scans they are.
-- Written from memory of the published modules, not checked against a
-- running instance: the exact set of stored columns (some of these are
-- Function fields or live in other modules in some versions), selection
-- keys, the lab tables' names (gnuhealth_lab, gnuhealth_lab_test_critearea),
-- whether the Page of Life measurements are text or jsonb, where photos are
-- stored (bytea here) and the Tryton 6.0 address columns (postal_code) may
-- differ. Lookup tables the foreign keys point to (country_country,
-- product_product, gnuhealth_occupation, gnuhealth_specialty, units,
-- beds, lab test types) are left out: the integers are their ids.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÓ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDO')), '[^a-z0-9]+', '', 'g')
$$;

-- at: a time between two instants (without time zone, as Tryton stores them).
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;
-- us: the same with microseconds, as create_date and write_date hold them.
CREATE FUNCTION pgen.us(t timestamp, tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT t + make_interval(secs => fixture_gen.n(tag, i, 900) + fixture_gen.n(tag || 'u', i, 999999) / 1000000.0) $$;
CREATE FUNCTION pgen.hexn(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

-- Cultures: female and male given names, surnames, the department
-- extensions of their identity cards, the places they live.
CREATE TABLE pgen.cu (c text PRIMARY KEY, ff text[], fm text[], ln text[], ext text[], towns text[]);
INSERT INTO pgen.cu VALUES
 ('camba', ARRAY['María Fernanda', 'Ana Rosa', 'Carla', 'Gabriela', 'Rosa Elena', 'Mariela', 'Paola Andrea', 'Karen', 'Daniela', 'Lourdes', 'Jhoselin', 'Yesenia'],
           ARRAY['José Luis', 'Juan Carlos', 'Rodrigo', 'Miguel Ángel', 'Óscar', 'Fernando', 'Jorge', 'Luis Alberto', 'Ronald', 'Alex', 'Marcelo', 'Wilfredo'],
           ARRAY['Vaca', 'Suárez', 'Justiniano', 'Roca', 'Rivero', 'Saucedo', 'Peña', 'Añez', 'Chávez', 'Paz', 'Melgar', 'Zabala', 'Cuéllar', 'Égüez', 'Antelo', 'Ribera', 'Moreno', 'Gutiérrez'],
           ARRAY['SC', 'SC', 'SC', 'BN'], ARRAY['Cuatro Cañadas', 'Cuatro Cañadas', 'Cuatro Cañadas', 'San Julián', 'Pailón', 'Montero']),
 ('andino', ARRAY['Juana', 'Felipa', 'Wilma', 'Yola', 'Sonia', 'Nilda', 'Marcelina', 'Justina', 'Rufina', 'Elena', 'Vilma', 'Sabina'],
           ARRAY['Santos', 'Teodoro', 'Rufino', 'Eusebio', 'Marcelino', 'Feliciano', 'Gregorio', 'Hilarión', 'Celestino', 'Efraín', 'Edwin', 'Freddy'],
           ARRAY['Mamani', 'Quispe', 'Condori', 'Choque', 'Huanca', 'Flores', 'Apaza', 'Colque', 'Ticona', 'Cruz', 'Chambi', 'Laura', 'Poma', 'Vargas', 'Villca', 'Copa'],
           ARRAY['CB', 'LP', 'PT', 'OR', 'CH', 'SC', 'SC'], ARRAY['Cuatro Cañadas', 'Cuatro Cañadas', 'San Julián', 'Comunidad Los Ángeles', 'Pailón']),
 ('menno', ARRAY['Helena', 'Aganetha', 'Sara', 'Katharina', 'Anna', 'Margaretha', 'Maria', 'Elisabeth', 'Susanna', 'Judith'],
           ARRAY['Abram', 'Peter', 'Johan', 'Jacob', 'Heinrich', 'Franz', 'Cornelius', 'Isaak', 'David', 'Bernhard'],
           ARRAY['Friesen', 'Penner', 'Wiebe', 'Klassen', 'Dyck', 'Enns', 'Reimer', 'Giesbrecht', 'Fehr', 'Thiessen', 'Neufeld', 'Martens', 'Unger', 'Froese'],
           ARRAY['SC'], ARRAY['Colonia Riva Palacios', 'Colonia Riva Palacios', 'Colonia Las Palmas']),
 ('nikkei', ARRAY['Akemi', 'Sachiko', 'Mariko', 'Yoko', 'Keiko', 'Ana Midori', 'Erika', 'Naomi'],
           ARRAY['Kenji', 'Takeshi', 'Hiroshi', 'Daniel Kenta', 'Shinji', 'Carlos Tetsuo', 'Masaru', 'Ryo'],
           ARRAY['Higa', 'Nakamura', 'Miyagi', 'Oshiro', 'Kaneshiro', 'Yonamine', 'Arakaki', 'Shimabukuro', 'Tamashiro', 'Kinjo'],
           ARRAY['SC'], ARRAY['Okinawa Uno', 'Okinawa Uno', 'Okinawa Dos', 'Cuatro Cañadas']),
 ('indig', ARRAY['Ignacia', 'Remedios', 'Tomasa', 'Bartola', 'Ermelinda', 'Dionisia', 'Asunta', 'Cajetana'],
           ARRAY['Eulogio', 'Bartolomé', 'Ascencio', 'Anacleto', 'Crisóstomo', 'Dámaso', 'Ipi', 'Pablo'],
           ARRAY['Chuvé', 'Surubí', 'Masaí', 'Tomichá', 'Parapaino', 'Peji', 'Aguararupa', 'Chiqueno', 'Etacore', 'Picanerai', 'Yabeta', 'Supepí'],
           ARRAY['SC', 'SC', 'BN'], ARRAY['Comunidad San Miguelito', 'Comunidad San Miguelito', 'Comunidad Yotaú', 'Cuatro Cañadas']),
 ('br', ARRAY['Luciana', 'Francielle', 'Rosângela', 'Gislaine', 'Aline', 'Tatiane', 'Jaqueline', 'Simone'],
           ARRAY['João Pedro', 'Anderson', 'Gilmar', 'Leandro', 'Cleiton', 'Valdir', 'Rafael', 'Marcos Vinícius'],
           ARRAY['Schneider', 'dos Santos', 'Ferreira', 'Oliveira', 'Zanella', 'Bortolini', 'Pereira', 'Rodrigues', 'Kieling', 'da Silva'],
           ARRAY['SC'], ARRAY['Cuatro Cañadas', 'Pailón', 'San Julián']),
 ('ve', ARRAY['Yorgelis', 'Yusmary', 'Maryelis', 'Daniela', 'Génesis', 'Oriana', 'Yulimar', 'Nairobi'],
           ARRAY['Deivis', 'Wuilmer', 'Jhonatan', 'Yeferson', 'Luis Enrique', 'Anyelo', 'Kelvin', 'Richard'],
           ARRAY['Rondón', 'Guerrero', 'Pérez', 'Marcano', 'Briceño', 'Villegas', 'Carrasquero', 'Sequera', 'Bolívar', 'Linares'],
           ARRAY['SC'], ARRAY['Cuatro Cañadas', 'Montero', 'Pailón']);

-- Families 1-90, each of one culture, with the father's and the mother's surname.
CREATE TABLE pgen.fam (f int PRIMARY KEY, c text, a text, b text, single boolean);
INSERT INTO pgen.fam
SELECT f, x.c, cu.ln[1 + fixture_gen.n('fa', f, cardinality(cu.ln))], cu.ln[1 + (fixture_gen.n('fa', f, cardinality(cu.ln)) + 1 + fixture_gen.n('fb', f, cardinality(cu.ln) - 1)) % cardinality(cu.ln)], f % 7 = 0
FROM generate_series(1, 90) f
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['camba', 'camba', 'camba', 'camba', 'camba', 'camba', 'camba', 'camba', 'andino', 'andino', 'andino', 'andino', 'andino', 'andino',
  'menno', 'menno', 'menno', 'menno', 'nikkei', 'nikkei', 'indig', 'indig', 'indig', 'br', 've'], 'fcu', f) AS c) x
JOIN pgen.cu cu ON cu.c = x.c;

-- People. 1-300 members of families 1-90 (k 0 the head, 1 the spouse,
-- 2 a child, 3 a grandmother or a child); 301-360 newborns of the spouses
-- of families 1-60; 361-364 unidentified patients; 365-380 migrants and
-- travellers without a family here; 401-440 staff; 501-540 relatives who
-- are not patients (fathers abroad, adult children in the city).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, f int, k int, sex text, first text, last text, a text, b text, dob date, ci text, fed text,
  email text, phone text, street text, city text, nick text, maiden text, mother int, title text, kind text);

INSERT INTO pgen.p (i, c, f, k, sex, first, last, a, b, dob, kind)
SELECT i, fa.c, fa.f, k, s.sex,
       CASE WHEN s.sex = 'f' THEN cu.ff[1 + fixture_gen.n('pff', i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('pfm', i, cardinality(cu.fm))] END,
       NULL, CASE WHEN k = 1 THEN fa.b ELSE fa.a END, CASE WHEN k IN (0, 1) OR (k = 3 AND fa.f % 2 = 0) THEN cu.ln[1 + fixture_gen.n('pmb', i, cardinality(cu.ln))] ELSE fa.b END,
       CASE k WHEN 0 THEN date '1952-01-01' + fixture_gen.n('dob0', i, 365 * 45) WHEN 1 THEN date '1962-01-01' + fixture_gen.n('dob1', i, 365 * 40)
              WHEN 2 THEN date '2003-01-01' + fixture_gen.n('dob2', i, 365 * 19)
              ELSE CASE WHEN fa.f % 2 = 0 THEN date '1936-01-01' + fixture_gen.n('dob3', i, 365 * 24) ELSE date '2008-01-01' + fixture_gen.n('dob3', i, 365 * 14) END END,
       'family'
FROM generate_series(1, 300) i
CROSS JOIN LATERAL (SELECT 1 + (i - 1) % 90 AS f, (i - 1) / 90 AS k) g
JOIN pgen.fam fa ON fa.f = g.f JOIN pgen.cu cu ON cu.c = fa.c
CROSS JOIN LATERAL (SELECT CASE WHEN k = 0 AND NOT fa.single THEN 'm' WHEN k IN (0, 1) THEN 'f' WHEN k = 3 AND fa.f % 2 = 0 THEN 'f'
                                WHEN fixture_gen.n('psx', i, 2) = 0 THEN 'f' ELSE 'm' END AS sex) s;
-- In a single mother's family the head is the mother and the spouse row is her sister.
UPDATE pgen.p p SET a = fa.a, b = fa.b FROM pgen.fam fa WHERE fa.f = p.f AND fa.single AND p.k = 1;

-- Newborns of the spouses of families 1-60, some still registered as "RN de <mother>".
INSERT INTO pgen.p (i, c, f, k, sex, first, a, b, dob, mother, kind)
SELECT 300 + g.j, fa.c, g.j, 4, s.sex,
       CASE WHEN g.j % 5 = 2 THEN 'RN de ' || split_part(m.first, ' ', 1) WHEN s.sex = 'f' THEN cu.ff[1 + fixture_gen.n('nbf', g.j, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('nbm', g.j, cardinality(cu.fm))] END,
       fa.a, m.a, date '2022-02-01' + fixture_gen.n('nbd', g.j, 880), m.i, 'newborn'
FROM generate_series(1, 60) g(j) JOIN pgen.fam fa ON fa.f = g.j JOIN pgen.cu cu ON cu.c = fa.c JOIN pgen.p m ON m.i = 90 + g.j
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('nbs', g.j, 2) = 0 THEN 'f' ELSE 'm' END AS sex) s;

-- Unidentified patients, migrants and travellers.
INSERT INTO pgen.p (i, c, sex, first, a, b, dob, kind) VALUES
  (361, 'camba', 'm', 'NN', 'Desconocido', NULL, NULL, 'nn'), (362, 'camba', 'm', 'NN', 'Desconocido', NULL, NULL, 'nn'),
  (363, 'andino', 'f', 'NN', 'Desconocida', NULL, NULL, 'nn'), (364, 'indig', 'm', 'NN', 'Desconocido', NULL, NULL, 'nn');
INSERT INTO pgen.p (i, c, sex, first, a, b, dob, kind)
SELECT i, x.c, s.sex, CASE WHEN s.sex = 'f' THEN cu.ff[1 + fixture_gen.n('trf', i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('trm', i, cardinality(cu.fm))] END,
       cu.ln[1 + fixture_gen.n('tra', i, cardinality(cu.ln))], cu.ln[1 + fixture_gen.n('trb', i, cardinality(cu.ln))], date '1968-01-01' + fixture_gen.n('trd', i, 365 * 38), 'transient'
FROM generate_series(365, 380) i
CROSS JOIN LATERAL (SELECT CASE WHEN i % 4 = 0 THEN 'br' WHEN i % 7 = 0 THEN 'andino' ELSE 've' END AS c, CASE WHEN i % 3 = 0 THEN 'f' ELSE 'm' END AS sex) x
JOIN pgen.cu cu ON cu.c = x.c CROSS JOIN LATERAL (SELECT x.sex) s;

-- Staff.
INSERT INTO pgen.p (i, c, sex, title, first, a, b, dob, kind) VALUES
  (401, 'nikkei', 'f', 'Dra.', 'Akemi', 'Higa', 'Oshiro', '1974-03-18', 'staff'), (402, 'cu', 'm', 'Dr.', 'Osmany', 'Despaigne', 'Labañino', '1979-11-02', 'staff'),
  (403, 'cu', 'f', 'Dra.', 'Yaimara', 'Hechavarría', 'Ortiz', '1983-06-25', 'staff'), (404, 'camba', 'm', 'Dr.', 'Juan Carlos', 'Vaca', 'Justiniano', '1971-01-09', 'staff'),
  (405, 'camba', 'm', 'Dr.', 'Rodrigo', 'Saucedo', 'Peña', '1980-08-14', 'staff'), (406, 'camba', 'f', 'Dra.', 'María Fernanda', 'Roca', 'Melgar', '1990-04-30', 'staff'),
  (407, 'andino', 'm', 'Dr.', 'Teodoro', 'Quispe', 'Mamani', '1985-12-12', 'staff'), (408, 'es', 'f', 'Dra.', 'Lucía', 'Ortega', 'Baños', '1992-07-07', 'staff'),
  (409, 'andino', 'f', 'Lic.', 'Wilma', 'Choque', 'Apaza', '1976-02-21', 'staff'), (410, 'andino', 'f', 'Lic.', 'Nilda', 'Condori', 'Flores', '1988-09-03', 'staff'),
  (411, 'camba', 'f', 'Lic.', 'Carla', 'Suárez', 'Rivero', '1993-05-16', 'staff'), (412, 'indig', 'f', 'Lic.', 'Remedios', 'Tomichá', 'Chuvé', '1987-10-27', 'staff'),
  (413, 'andino', 'f', 'Lic.', 'Sonia', 'Huanca', 'Ticona', '1991-03-08', 'staff'), (414, 'camba', 'f', 'Lic.', 'Gabriela', 'Añez', 'Chávez', '1986-12-01', 'staff'),
  (415, 'andino', 'm', 'Lic.', 'Marcelino', 'Colque', 'Cruz', '1984-06-19', 'staff'), (416, 'nikkei', 'f', 'Lic.', 'Yoko', 'Miyagi', 'Arakaki', '1982-01-29', 'staff'),
  (417, 'camba', 'm', 'Lic.', 'Miguel Ángel', 'Paz', 'Vaca', '1989-11-11', 'staff'), (418, 'andino', 'm', 'Tec.', 'Eusebio', 'Ticona', 'Choque', '1978-04-04', 'staff'),
  (419, 'br', 'f', 'Dra.', 'Francielle', 'Bortolini', 'Zanella', '1990-02-13', 'staff'), (420, 'nikkei', 'm', 'Dr.', 'Hiroshi', 'Kaneshiro', 'Higa', '1969-09-23', 'staff'),
  (421, 've', 'm', 'Dr.', 'Deivis', 'Marcano', 'Villegas', '1987-03-30', 'staff'), (422, 'camba', 'f', 'Lic.', 'Ana Rosa', 'Melgar', 'Suárez', '1985-08-08', 'staff'),
  (423, 'andino', 'm', 'Lic.', 'Rufino', 'Apaza', 'Condori', '1981-07-17', 'staff'), (424, 've', 'f', 'Dra.', 'Daniela', 'Guerrero', 'Briceño', '1984-12-24', 'staff'),
  (425, 'menno', 'f', 'Lic.', 'Sara', 'Penner', 'Friesen', '1994-05-05', 'staff'), (426, 'nikkei', 'm', 'Dr.', 'Takeshi', 'Yonamine', 'Nakamura', '1975-10-10', 'staff'),
  (427, 'indig', 'f', 'Lic.', 'Ignacia', 'Parapaino', 'Peji', '1983-02-02', 'staff'), (428, 've', 'm', 'Lic.', 'Jhonatan', 'Rondón', 'Pérez', '1991-06-06', 'staff'),
  (429, 'menno', 'm', NULL, 'Peter', 'Wiebe', 'Klassen', '1980-03-15', 'staff'), (430, 'andino', 'f', NULL, 'Felipa', 'Mamani', 'Colque', '1977-08-28', 'staff'),
  (431, 'indig', 'm', NULL, 'Ascencio', 'Surubí', 'Masaí', '1972-12-19', 'staff'), (432, 'andino', 'f', NULL, 'Juana', 'Flores', 'Quispe', '1986-01-31', 'staff'),
  (433, 'nikkei', 'm', 'Dr.', 'Kenji', 'Shimabukuro', 'Oshiro', '1988-04-22', 'staff'), (434, 'br', 'f', 'Lic.', 'Luciana', 'Oliveira', 'Schneider', '1989-09-09', 'staff'),
  (435, 'camba', 'm', 'Sr.', 'José Luis', 'Rivero', 'Saucedo', '1970-05-01', 'staff'), (436, 'br', 'f', 'Sra.', 'Rosângela', 'Ferreira', 'Pereira', '1982-10-20', 'staff'),
  (437, 'camba', 'm', 'Ing.', 'Marco Antonio', 'Justiniano', 'Roca', '1990-12-03', 'staff'), (438, 've', 'f', 'Lic.', 'Yusmary', 'Carrasquero', 'Linares', '1993-03-03', 'staff'),
  (439, 'br', 'm', 'Sr.', 'Anderson', 'dos Santos', 'Kieling', '1985-07-25', 'staff'), (440, 'menno', 'f', 'Sra.', 'Katharina', 'Dyck', NULL, '1979-11-30', 'staff');

-- Relatives who are not patients: adult children in the city and abroad, brothers, fathers.
INSERT INTO pgen.p (i, c, f, sex, first, a, b, dob, kind)
SELECT i, fa.c, fa.f, s.sex, CASE WHEN s.sex = 'f' THEN cu.ff[1 + fixture_gen.n('rlf', i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('rlm', i, cardinality(cu.fm))] END,
       fa.a, CASE WHEN fa.c = 'menno' THEN NULL ELSE fa.b END, date '1975-01-01' + fixture_gen.n('rld', i, 365 * 25), 'relative'
FROM generate_series(501, 540) i JOIN pgen.fam fa ON fa.f = 1 + fixture_gen.n('rlfa', i, 90) JOIN pgen.cu cu ON cu.c = fa.c
CROSS JOIN LATERAL (SELECT CASE WHEN i % 2 = 0 THEN 'f' ELSE 'm' END AS sex) s;

-- Surnames as they are written: two for Bolivians, Brazilians and
-- Venezuelans, the husband's one for Mennonite wives (their own kept as the
-- maiden name), one for Mennonites.
UPDATE pgen.p p SET maiden = p.a, a = fa.a FROM pgen.fam fa WHERE fa.f = p.f AND p.c = 'menno' AND p.k = 1 AND NOT fa.single;
UPDATE pgen.p SET b = NULL WHERE c = 'menno' AND kind <> 'staff';
UPDATE pgen.p p SET b = cu.ln[1 + array_position(cu.ln, p.a) % cardinality(cu.ln)] FROM pgen.cu cu WHERE cu.c = p.c AND p.b = p.a;
UPDATE pgen.p SET last = CASE WHEN b IS NULL THEN a ELSE a || ' ' || b END;
UPDATE pgen.p SET dob = date '1931-01-01' + fixture_gen.n('dobm', i, 365 * 8) WHERE kind = 'family' AND k = 0 AND i % 29 = 0;

UPDATE pgen.p p SET
  ci = CASE WHEN p.kind = 'nn' THEN NULL
            WHEN p.kind = 'newborn' AND p.i % 3 <> 0 THEN NULL
            WHEN p.c = 've' AND p.kind NOT IN ('staff', 'newborn') THEN 'V-' || (14000000 + fixture_gen.n('civ', p.i, 16000000))::text
            WHEN p.c = 'br' AND p.kind NOT IN ('staff', 'newborn') AND p.i % 3 <> 0 THEN fixture_gen.cpf('cib', p.i)
            ELSE (CASE WHEN p.dob < date '1980-01-01' THEN 1000000 + fixture_gen.n('cin', p.i, 4000000) ELSE 5000000 + fixture_gen.n('cin', p.i, 9000000) END)::text
                 || CASE WHEN p.i % 23 = 0 THEN '-1' || fixture_gen.chars('cix', p.i, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ') ELSE '' END
                 || ' ' || coalesce(cu.ext[1 + fixture_gen.n('cie', p.i, cardinality(cu.ext))], 'SC') END,
  fed = 'BO' || fixture_gen.chars('fed', p.i, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
  nick = CASE WHEN p.i % 9 = 4 AND p.kind IN ('family', 'staff') THEN
           CASE WHEN p.c = 'menno' THEN CASE WHEN p.sex = 'f' THEN fixture_gen.pick(ARRAY['Lenchen', 'Tina', 'Mieke', 'Tien'], 'nick', p.i) ELSE fixture_gen.pick(ARRAY['Hein', 'Jasch', 'Fraunz', 'Knals'], 'nick', p.i) END
                WHEN p.c = 'nikkei' THEN CASE WHEN p.sex = 'f' THEN fixture_gen.pick(ARRAY['Mari', 'Keiko-chan', 'Sachi'], 'nick', p.i) ELSE fixture_gen.pick(ARRAY['Ken', 'Taka', 'Hiro'], 'nick', p.i) END
                WHEN p.c = 'br' THEN CASE WHEN p.sex = 'f' THEN fixture_gen.pick(ARRAY['Lu', 'Rosinha', 'Gi'], 'nick', p.i) ELSE fixture_gen.pick(ARRAY['Gringo', 'Alemão', 'Léo'], 'nick', p.i) END
                WHEN p.sex = 'f' THEN fixture_gen.pick(ARRAY['Chela', 'Nena', 'Tita', 'Chabela', 'Mary', 'Pocha', 'Negrita', 'Tere'], 'nick', p.i)
                ELSE fixture_gen.pick(ARRAY['Pancho', 'Tito', 'Chichi', 'Pepe', 'Lucho', 'Cacho', 'Chato', 'Coco'], 'nick', p.i) END END,
  city = CASE WHEN p.kind = 'staff' THEN fixture_gen.pick(ARRAY['Cuatro Cañadas', 'Cuatro Cañadas', 'Cuatro Cañadas', 'San Julián', 'Okinawa Uno', 'Montero'], 'scity', p.i)
              WHEN p.kind = 'relative' THEN fixture_gen.pick(ARRAY['Santa Cruz de la Sierra', 'Santa Cruz de la Sierra', 'Montero', 'Cochabamba', 'Buenos Aires', 'São Paulo', 'Murcia'], 'rcity', p.i)
              WHEN p.kind = 'transient' THEN fixture_gen.pick(ARRAY['Cuatro Cañadas', 'Pailón', 'Montero'], 'tcity', p.i)
              ELSE cu.towns[1 + fixture_gen.n('town', coalesce(p.f, p.i), cardinality(cu.towns))] END
FROM pgen.cu cu WHERE cu.c = p.c;
UPDATE pgen.p SET ci = (1000000 + fixture_gen.n('cin', i, 9000000))::text || ' SC', city = 'Cuatro Cañadas' WHERE c IN ('cu', 'es');
UPDATE pgen.p SET ci = 'E-' || (8000000 + fixture_gen.n('cie2', i, 999999))::text WHERE kind = 'staff' AND c IN ('cu', 've', 'br', 'es');

-- Phones as people give them: Bolivian mobiles in several spellings,
-- Brazilian and Venezuelan numbers, landlines of the province.
UPDATE pgen.p SET phone = CASE
    WHEN kind IN ('nn') OR (kind = 'newborn') THEN NULL
    WHEN c = 'br' AND i % 2 = 0 THEN '+55 65 9' || fixture_gen.digits('phb', i, 4) || '-' || fixture_gen.digits('phb2', i, 4)
    WHEN c = 've' AND i % 3 = 0 THEN '+58 41' || fixture_gen.pick(ARRAY['4', '6', '2'], 'phv', i) || '-' || fixture_gen.digits('phv2', i, 7)
    WHEN kind = 'relative' AND city = 'Buenos Aires' THEN '+54 9 11 ' || fixture_gen.digits('pha', i, 4) || '-' || fixture_gen.digits('pha2', i, 4)
    WHEN kind = 'relative' AND city = 'São Paulo' THEN '+55 11 9' || fixture_gen.digits('phs', i, 4) || '-' || fixture_gen.digits('phs2', i, 4)
    WHEN kind = 'relative' AND city = 'Murcia' THEN '+34 6' || fixture_gen.digits('phe', i, 2) || ' ' || fixture_gen.digits('phe2', i, 3) || ' ' || fixture_gen.digits('phe3', i, 3)
    ELSE CASE fixture_gen.n('phf', i, 5)
      WHEN 0 THEN '7' || fixture_gen.digits('phm', i, 7)
      WHEN 1 THEN '+591 7' || fixture_gen.digits('phm', i, 7)
      WHEN 2 THEN '6' || fixture_gen.digits('phm', i, 7)
      WHEN 3 THEN '591-7' || fixture_gen.digits('phm', i, 3) || '-' || fixture_gen.digits('phm2', i, 4)
      ELSE '(+591) 6' || fixture_gen.digits('phm', i, 2) || ' ' || fixture_gen.digits('phm2', i, 5) END END;

UPDATE pgen.p SET email = CASE
    WHEN kind IN ('nn', 'newborn') THEN NULL
    WHEN kind = 'staff' THEN NULL
    WHEN c = 'menno' AND i % 11 <> 3 THEN NULL
    WHEN kind = 'family' AND (k = 3 AND f % 2 = 0) THEN NULL
    WHEN i % 3 = 1 AND kind = 'family' THEN NULL
    ELSE CASE fixture_gen.n('emf', i, 4)
      WHEN 0 THEN pgen.fold(split_part(first, ' ', 1)) || '.' || pgen.fold(a)
      WHEN 1 THEN pgen.fold(split_part(first, ' ', 1)) || pgen.fold(a) || (fixture_gen.n('emy', i, 30) + 80)::text
      WHEN 2 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(a) || coalesce(substr(pgen.fold(b), 1, 1), '') || fixture_gen.digits('emd', i, 2)
      ELSE pgen.fold(a) || '_' || pgen.fold(split_part(first, ' ', 1)) END || '@'
      || CASE WHEN c = 'br' THEN fixture_gen.pick(ARRAY['gmail.com', 'hotmail.com', 'yahoo.com.br', 'uol.com.br'], 'emdom', i)
              WHEN c = 'nikkei' AND i % 4 = 0 THEN 'yahoo.co.jp'
              ELSE fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.com', 'outlook.es', 'cotas.net'], 'emdom', i) END END;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p WHERE email IS NOT NULL) d WHERE d.i = p.i AND d.rn > 1;

-- Street lines as the admission desk types them.
UPDATE pgen.p SET street = CASE
    WHEN kind = 'nn' THEN NULL
    WHEN city LIKE 'Colonia%' THEN 'Campo ' || (1 + fixture_gen.n('stc', coalesce(f, i), 24))::text || CASE WHEN coalesce(f, i) % 3 = 0 THEN ', casa ' || (1 + fixture_gen.n('sth', coalesce(f, i), 30))::text ELSE '' END
    WHEN city LIKE 'Comunidad%' THEN fixture_gen.pick(ARRAY['Lote ', 'Parcela ', 'Chaco N° '], 'stl', coalesce(f, i)) || (1 + fixture_gen.n('stn', coalesce(f, i), 80))::text || CASE WHEN coalesce(f, i) % 2 = 0 THEN ', detrás de la escuela' ELSE '' END
    WHEN city LIKE 'Okinawa%' THEN fixture_gen.pick(ARRAY['Calle Ryukyu', 'Av. Principal', 'Calle Naha', 'Barrio Central, calle 2'], 'sto', coalesce(f, i)) || ' #' || (10 + fixture_gen.n('stn', coalesce(f, i), 300))::text
    WHEN city = 'Buenos Aires' THEN fixture_gen.pick(ARRAY['Av. Rivadavia', 'Av. Avellaneda', 'Bonorino'], 'stba', i) || ' ' || (100 + fixture_gen.n('stn', i, 9000))::text || ', ' || (1 + fixture_gen.n('stp', i, 9))::text || '° ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'stpd', i)
    WHEN city = 'São Paulo' THEN 'Rua ' || fixture_gen.pick(ARRAY['Coimbra', 'Bresser', 'Oriente'], 'stsp', i) || ', ' || (10 + fixture_gen.n('stn', i, 900))::text || ' - Brás'
    WHEN city = 'Murcia' THEN 'Calle ' || fixture_gen.pick(ARRAY['Mayor', 'de la Merced', 'Santa Teresa'], 'stmu', i) || ', ' || (1 + fixture_gen.n('stn', i, 80))::text || ', ' || (1 + fixture_gen.n('stp', i, 6))::text || 'º B'
    ELSE CASE fixture_gen.n('stf', coalesce(f, i), 5)
      WHEN 0 THEN 'Calle ' || fixture_gen.pick(ARRAY['Bolívar', 'Sucre', 'Warnes', 'Ñuflo de Chávez', 'Ayacucho', '24 de Septiembre'], 'stn1', coalesce(f, i)) || ' #' || (10 + fixture_gen.n('stn', coalesce(f, i), 600))::text
      WHEN 1 THEN 'Barrio ' || fixture_gen.pick(ARRAY['25 de Mayo', 'El Carmen', 'Los Tajibos', 'Villa Primavera', 'Santa Rosita'], 'stn2', coalesce(f, i)) || ', UV ' || (1 + fixture_gen.n('stuv', coalesce(f, i), 12))::text || ', Mza. ' || (1 + fixture_gen.n('stmz', coalesce(f, i), 40))::text || ', lote ' || (1 + fixture_gen.n('stlt', coalesce(f, i), 20))::text
      WHEN 2 THEN 'Av. ' || fixture_gen.pick(ARRAY['Santa Cruz', 'Principal', 'Circunvalación', 'San Julián'], 'stn3', coalesce(f, i)) || ' esq. calle ' || (1 + fixture_gen.n('stq', coalesce(f, i), 9))::text
      WHEN 3 THEN 'Km ' || (30 + fixture_gen.n('stkm', coalesce(f, i), 60))::text || ' carretera a ' || fixture_gen.pick(ARRAY['San Julián', 'Pailón', 'Los Troncos'], 'stn4', coalesce(f, i))
      ELSE 'Barrio ' || fixture_gen.pick(ARRAY['Nueva Esperanza', 'Los Pinos', 'Tres Pasos', 'San Antonio'], 'stn5', coalesce(f, i)) || ', calle ' || (1 + fixture_gen.n('stc2', coalesce(f, i), 8))::text || ' s/n' END END;
-- Children have no phone or email of their own.
UPDATE pgen.p SET phone = NULL WHERE dob > date '2009-06-01';
UPDATE pgen.p SET email = NULL WHERE dob > date '2007-06-01';
-- When each person was registered (the party's create_date).
ALTER TABLE pgen.p ADD reg timestamp;
UPDATE pgen.p SET reg = CASE kind
    WHEN 'staff' THEN pgen.at('regs', i, '2020-11-02 08:00', '2021-01-29 18:00')
    WHEN 'newborn' THEN (dob + time '06:00') + make_interval(mins => 30 + fixture_gen.n('regn', i, 900))
    WHEN 'nn' THEN pgen.at('regnn', i, '2022-03-01', '2024-05-30')
    WHEN 'relative' THEN pgen.at('regr', i, '2021-03-01', '2024-05-30')
    ELSE pgen.at('regf', i, '2021-02-01 07:30', '2023-12-20 18:00') END;

-- ---------------------------------------------------------------------------
-- Users, sessions, devices, login attempts.

-- Users: 0 root, 1 admin, 2-39 the staff 401-438 (i - 399), 40 the
-- Federation sync user.
CREATE TABLE res_user (
    id serial PRIMARY KEY, create_uid integer, create_date timestamp(6) without time zone, write_uid integer, write_date timestamp(6) without time zone,
    name varchar, active boolean DEFAULT true, login varchar NOT NULL UNIQUE, password_hash varchar, password_reset varchar, password_reset_expire timestamp(0) without time zone,
    signature text, language integer, company integer, employee integer, email varchar
);
ALTER TABLE res_user ADD FOREIGN KEY (create_uid) REFERENCES res_user (id) ON DELETE SET NULL, ADD FOREIGN KEY (write_uid) REFERENCES res_user (id) ON DELETE SET NULL;
INSERT INTO res_user (id, create_uid, create_date, write_uid, write_date, name, active, login, password_hash, signature, language, company, employee, email) VALUES
  (0, NULL, NULL, NULL, NULL, 'Root', false, 'root', NULL, NULL, 21, 1, NULL, NULL),
  (1, 0, '2020-10-26 14:02:11.482913', 1, '2024-04-02 09:15:40.118207', 'Administrator', true, 'admin', '@@pw@@', NULL, 21, 1, NULL, 'sistemas@hdcc-salud.example');
INSERT INTO res_user (id, create_uid, create_date, write_uid, write_date, name, active, login, password_hash, signature, language, company, employee, email)
SELECT p.i - 399, 1, pgen.us(p.reg, 'ucd', p.i), CASE WHEN p.i % 3 = 0 THEN p.i - 399 ELSE 1 END, pgen.us(pgen.at('uwd', p.i, '2023-01-10', '2024-06-20'), 'uwdu', p.i),
       coalesce(p.title || ' ', '') || p.first || ' ' || p.last, p.i NOT IN (402, 408, 430),
       CASE p.i WHEN 423 THEN 'farmacia' WHEN 435 THEN 'admision1' WHEN 436 THEN 'caja' WHEN 416 THEN 'lab.ymiyagi' WHEN 417 THEN 'lab.mpaz' WHEN 437 THEN 'mjustiniano'
                WHEN 403 THEN 'dra.hechavarria' WHEN 425 THEN 'spenner' WHEN 429 THEN 'promotor.wiebe'
                ELSE substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.a) END,
       '@@pw@@',
       CASE WHEN p.title IN ('Dr.', 'Dra.') OR p.i IN (409, 414, 416) THEN p.title || ' ' || p.first || ' ' || p.last || E'\n'
            || CASE p.i WHEN 401 THEN 'Médico Internista – Directora' WHEN 402 THEN 'Médico General Integral' WHEN 403 THEN 'Ginecología y Obstetricia' WHEN 404 THEN 'Pediatra'
                        WHEN 405 THEN 'Cirujano General' WHEN 409 THEN 'Jefa de Enfermería' WHEN 414 THEN 'Enfermera Obstetriz' WHEN 416 THEN 'Bioquímica Farmacéutica'
                        WHEN 419 THEN 'Cirujana Dentista' WHEN 420 THEN 'Radiólogo – Ecografía' WHEN 424 THEN 'Anestesiología' WHEN 426 THEN 'Traumatología y Ortopedia'
                        ELSE 'Médico General' END
            || E'\nMat. Prof. ' || fixture_gen.pick(ARRAY['H', 'V', 'Q', 'S'], 'mpl', p.i) || '-' || (1000 + fixture_gen.n('mpn', p.i, 8000))::text
            || CASE WHEN p.i % 2 = 0 THEN E'\nCel. ' || p.phone ELSE '' END || E'\nHospital Distrital Cuatro Cañadas' END,
       CASE WHEN p.c = 'br' AND p.i = 434 THEN 31 ELSE 21 END, 1, p.i - 400,
       CASE WHEN p.i IN (423, 435, 436) THEN (ARRAY['farmacia', 'admision', 'caja'])[CASE p.i WHEN 423 THEN 1 WHEN 435 THEN 2 ELSE 3 END] || '@hdcc-salud.example'
            WHEN p.i % 5 = 2 THEN pgen.fold(split_part(p.first, ' ', 1)) || pgen.fold(p.a) || fixture_gen.digits('uem', p.i, 2) || '@gmail.com'
            ELSE pgen.fold(split_part(p.first, ' ', 1)) || '.' || pgen.fold(p.a) || '@hdcc-salud.example' END
FROM pgen.p p WHERE p.i BETWEEN 401 AND 438 ORDER BY p.i;
INSERT INTO res_user (id, create_uid, create_date, write_uid, write_date, name, active, login, password_hash, signature, language, company, employee, email) VALUES
  (40, 1, '2022-08-03 10:41:52.300114', 38, '2024-02-14 16:22:09.771020', 'Sincronización Federación (Thalamus)', true, 'federation_sync', '@@pw@@', NULL, 21, 1, NULL, NULL);
-- Passlib hashes of three generations of the server config, assembled here.
UPDATE res_user SET password_hash = CASE WHEN id % 3 = 0 THEN '$' || 'pbkdf2-sha512$25000$' || translate(pgen.rnd('pws', id, 22), '+', '.') || '$' || translate(pgen.rnd('pwh', id, 86), '+', '.')
    WHEN id % 3 = 1 THEN '$' || 'argon2id$v=19$m=65536,t=3,p=4$' || pgen.rnd('pwas', id, 22) || '$' || pgen.rnd('pwah', id, 43)
    ELSE '$2b' || substr(fixture_gen.bcrypt('pwb', id), 4) END
WHERE password_hash = '@@pw@@';
UPDATE res_user SET password_hash = NULL WHERE id = 29;
UPDATE res_user SET password_reset = pgen.rnd('pwr', id, 8), password_reset_expire = write_date::timestamp(0) + interval '1 day' WHERE id IN (7, 14, 23, 29);

CREATE TABLE company_employee (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    party integer NOT NULL, company integer NOT NULL, start_date date, end_date date, supervisor integer
);
INSERT INTO company_employee (id, create_uid, create_date, write_uid, write_date, party, company, start_date, end_date, supervisor)
SELECT p.i - 400, 1, pgen.us(p.reg, 'ecd', p.i), CASE WHEN p.i IN (402, 408, 430) THEN 36 END, CASE WHEN p.i IN (402, 408, 430) THEN pgen.us(pgen.at('ewd', p.i, '2023-06-01', '2024-03-01'), 'ewdu', p.i) END,
       p.i, 1,
       CASE WHEN p.i = 401 THEN date '2012-03-01' WHEN p.i = 408 THEN date '2022-09-15' ELSE date '2008-02-01' + fixture_gen.n('esd', p.i, 365 * 14) END,
       CASE p.i WHEN 402 THEN date '2023-08-31' WHEN 408 THEN date '2023-09-14' WHEN 430 THEN date '2024-01-31' END,
       CASE WHEN p.i = 401 THEN NULL WHEN p.i BETWEEN 409 AND 415 OR p.i = 425 THEN 9 WHEN p.i BETWEEN 416 AND 418 THEN 16 WHEN p.i BETWEEN 429 AND 432 THEN 7 ELSE 1 END
FROM pgen.p p WHERE p.i BETWEEN 401 AND 440 ORDER BY p.i;

CREATE TABLE res_user_device (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    login varchar NOT NULL, cookie varchar NOT NULL
);
INSERT INTO res_user_device (create_uid, create_date, login, cookie)
SELECT 0, pgen.us(pgen.at('dvc', k, '2023-01-05', '2024-06-28'), 'dvcu', k), u.login, pgen.hexn('dvck', k, 64)
FROM generate_series(1, 64) k JOIN res_user u ON u.id = 1 + fixture_gen.n('dvu', k, 40) WHERE u.active ORDER BY 2;

CREATE TABLE res_user_login_attempt (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    login varchar(512), device_cookie varchar, ip_address varchar, ip_network varchar
);
INSERT INTO res_user_login_attempt (create_uid, create_date, login, device_cookie, ip_address, ip_network)
SELECT 0, pgen.us(pgen.at('lac', j, '2024-05-20', '2024-06-28'), 'lacu', j),
       CASE WHEN j % 9 = 0 THEN fixture_gen.pick(ARRAY['Admin', 'administrador', 'admision', 'wchoque ', 'dra.hechavaria', 'farmacia1', 'akemi.higa@hdcc-salud.example', 'lab.ymiyagui', 'root'], 'lal', j)
            WHEN j % 13 = 0 THEN pgen.fold(q.first) || '.' || pgen.fold(q.a)
            ELSE u.login END,
       CASE WHEN j % 4 = 1 THEN d.cookie END,
       ip.ip, ip.net
FROM generate_series(1, 150) g(j) JOIN res_user u ON u.id = 2 + fixture_gen.n('lau', j, 38) JOIN pgen.p q ON q.i = 401 + fixture_gen.n('laq', j, 38)
LEFT JOIN LATERAL (SELECT cookie FROM res_user_device dd WHERE dd.login = u.login ORDER BY dd.id LIMIT 1) d ON true
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('lai', j, 5)
    WHEN 0 THEN '10.20.' || (1 + fixture_gen.n('lai1', j, 4))::text || '.' || (10 + fixture_gen.n('lai2', j, 200))::text
    WHEN 1 THEN '181.115.' || (128 + fixture_gen.n('lai3', j, 64))::text || '.' || (1 + fixture_gen.n('lai4', j, 254))::text
    WHEN 2 THEN '200.87.' || fixture_gen.n('lai5', j, 256)::text || '.' || (1 + fixture_gen.n('lai6', j, 254))::text
    WHEN 3 THEN '2800:cd0:' || substr(md5('lai7' || j), 1, 4) || ':' || substr(md5('lai7' || j), 5, 4) || '::' || substr(md5('lai7' || j), 9, 3)
    ELSE '190.129.' || (fixture_gen.n('lai8', j, 64))::text || '.' || (1 + fixture_gen.n('lai9', j, 254))::text END AS ip) i0
CROSS JOIN LATERAL (SELECT i0.ip, CASE WHEN i0.ip LIKE '%:%' THEN split_part(i0.ip, '::', 1) || '::/56'
    ELSE split_part(i0.ip, '.', 1) || '.' || split_part(i0.ip, '.', 2) || '.' || split_part(i0.ip, '.', 3) || '.0/24' END AS net) ip
ORDER BY 2;

CREATE TABLE ir_session (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    key varchar NOT NULL
);
INSERT INTO ir_session (create_uid, create_date, write_uid, write_date, key)
SELECT u.id, t, u.id, t + make_interval(mins => fixture_gen.n('sesw', k, 300)), pgen.hexn('seskey', k, 64)
FROM generate_series(1, 70) k JOIN res_user u ON u.id = 1 + fixture_gen.n('sesu', k, 40)
CROSS JOIN LATERAL (SELECT pgen.us(pgen.at('sesc', k, '2024-06-26 06:30', '2024-06-28 19:00'), 'sescu', k) AS t) x
WHERE u.active ORDER BY t;

-- ---------------------------------------------------------------------------
-- Health areas, domiciliary units, parties.

CREATE TABLE gnuhealth_operational_area (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, info text
);
INSERT INTO gnuhealth_operational_area (id, create_uid, create_date, write_uid, write_date, name, info) VALUES
  (1, 1, '2020-11-03 10:12:40.101233', 8, '2023-03-14 11:40:02.551901', 'Red de Salud Cuatro Cañadas',
   E'Municipio de Cuatro Cañadas: zona urbana, colonias menonitas al este, comunidades campesinas e indígenas al sur.\nResponsable SAFCI: Dr. Teodoro Quispe (cel. 72145596).'),
  (2, 1, '2020-11-03 10:14:02.917442', NULL, NULL, 'Red de Salud San Julián', 'Referencia de pacientes hacia el HDCC solo para cirugía y partos complicados.'),
  (3, 1, '2020-11-03 10:15:37.004318', 1, '2022-06-01 09:02:55.610270', 'Red de Salud Pailón', NULL);

CREATE TABLE gnuhealth_operational_sector (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, operational_area integer REFERENCES gnuhealth_operational_area (id) ON DELETE SET NULL, info text
);
INSERT INTO gnuhealth_operational_sector (id, create_uid, create_date, name, operational_area, info) VALUES
  (1, 1, '2020-11-03 10:20:11.320041', 'Cuatro Cañadas – Zona Central', 1, 'UV 1 a 6.'),
  (2, 1, '2020-11-03 10:20:48.118327', 'Cuatro Cañadas – Barrios periurbanos', 1, 'Barrios 25 de Mayo, Nueva Esperanza, Tres Pasos y Los Pinos. Muchos casos de dengue en época de lluvias.'),
  (3, 1, '2020-11-03 10:21:30.772104', 'Colonia Riva Palacios', 1, E'Atención en el puesto de salud martes y jueves. Traducción al plautdietsch: Katharina Dyck.\nEl Vorsteher (Johan Klassen) autoriza las visitas casa por casa.'),
  (4, 1, '2020-11-03 10:22:05.009916', 'Colonia Las Palmas', 1, 'Acceso difícil en época de lluvias.'),
  (5, 1, '2020-11-03 10:22:59.441280', 'Okinawa Uno y Dos', 1, 'Centro de Salud Integral Okinawa Uno.'),
  (6, 1, '2020-11-03 10:23:40.560812', 'Comunidad San Miguelito', 1, 'Comunidad guaraní. Promotor: Ascencio Surubí.'),
  (7, 1, '2020-11-03 10:24:12.338590', 'San Julián – Distrito 2', 2, NULL),
  (8, 1, '2020-11-03 10:24:47.901264', 'Pailón Sur', 3, NULL),
  (9, 1, '2021-04-19 15:31:08.227713', 'Comunidades dispersas (Los Ángeles, Yotaú)', 1, 'Visitas mensuales con la brigada móvil.'),
  (10, 1, '2021-04-19 15:32:44.675120', 'Montero (fuera de área)', NULL, NULL);

-- Where each place is, and its health sector.
CREATE TABLE pgen.place (city text PRIMARY KEY, lat numeric, lon numeric, spread numeric, sector int, district text[]);
INSERT INTO pgen.place VALUES
  ('Cuatro Cañadas', -17.4352, -62.3456, 0.018, 2, ARRAY['Zona Central', 'Barrio 25 de Mayo', 'Barrio Nueva Esperanza', 'Barrio Los Pinos', 'Barrio Tres Pasos', 'Barrio El Carmen']),
  ('San Julián', -16.9071, -62.6178, 0.015, 7, ARRAY['Distrito 2', 'Barrio Villa Primavera']),
  ('Pailón', -17.6572, -62.7203, 0.015, 8, ARRAY['Pailón Sur', 'Barrio Santa Rosita']),
  ('Montero', -17.3384, -63.2527, 0.020, 10, ARRAY['Barrio Los Tajibos', 'Zona Norte']),
  ('Colonia Riva Palacios', -17.3011, -62.1854, 0.050, 3, ARRAY['Colonia Riva Palacios']),
  ('Colonia Las Palmas', -17.5207, -62.1012, 0.040, 4, ARRAY['Colonia Las Palmas']),
  ('Okinawa Uno', -17.2232, -62.8897, 0.012, 5, ARRAY['Okinawa Uno']),
  ('Okinawa Dos', -17.1218, -62.9142, 0.012, 5, ARRAY['Okinawa Dos']),
  ('Comunidad San Miguelito', -17.5043, -62.4217, 0.020, 6, ARRAY['San Miguelito']),
  ('Comunidad Yotaú', -16.0503, -63.0581, 0.015, 9, ARRAY['Yotaú']),
  ('Comunidad Los Ángeles', -17.3822, -62.5031, 0.020, 9, ARRAY['Los Ángeles']);

-- Domiciliary units 1-90, one per family, where its head lives.
CREATE TABLE gnuhealth_du (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL UNIQUE, "desc" varchar, address_street varchar, address_street_number varchar, address_district varchar, address_municipality varchar,
    address_city varchar, address_zip varchar, address_subdivision integer, operational_sector integer REFERENCES gnuhealth_operational_sector (id) ON DELETE SET NULL,
    latitude numeric, longitude numeric, urladdr varchar, dwelling varchar, materials varchar, water boolean, electricity boolean
);
INSERT INTO gnuhealth_du (id, create_uid, create_date, write_uid, write_date, name, "desc", address_street, address_street_number, address_district, address_municipality,
    address_city, address_zip, address_subdivision, operational_sector, latitude, longitude, urladdr, dwelling, materials, water, electricity)
SELECT h.f, CASE WHEN h.f % 4 = 0 THEN 31 WHEN h.f % 4 = 1 THEN 33 ELSE 36 END, pgen.us(h.reg, 'ducd', h.f),
       CASE WHEN h.f % 3 = 0 THEN 31 END, CASE WHEN h.f % 3 = 0 THEN pgen.us(pgen.at('duwd', h.f, '2023-02-01', '2024-06-15'), 'duwu', h.f) END,
       'DU-' || upper(substr(pgen.fold(pl.city), 1, 2)) || '-' || lpad((h.f * 7 + fixture_gen.n('dun', h.f, 7))::text, 4, '0'),
       CASE h.f % 6 WHEN 0 THEN 'Techo de calamina, al lado del tanque de agua'
                    WHEN 1 THEN 'Casa azul de dos plantas frente a la cancha'
                    WHEN 2 THEN CASE WHEN h.c = 'menno' THEN 'Hof ' || h.a || ', hinter der Käserei' ELSE 'Vivienda de ladrillo, portón negro' END
                    WHEN 3 THEN 'Casa de la familia ' || h.a || ', preguntar por ' || CASE WHEN h.sex = 'f' THEN 'doña ' ELSE 'don ' END || split_part(h.first, ' ', 1)
                    WHEN 4 THEN NULL
                    ELSE 'Cuarto alquilado en el lote de la señora ' || fixture_gen.pick(ARRAY['Tomasa Aguararupa', 'Rosa Vaca', 'Felicidad Choque'], 'dulan', h.f) END,
       CASE WHEN h.street ~ ' #[0-9]+$' THEN regexp_replace(h.street, ' #[0-9]+$', '') ELSE h.street END,
       CASE WHEN h.street ~ ' #[0-9]+$' THEN substring(h.street FROM ' #([0-9]+)$') END,
       pl.district[1 + fixture_gen.n('dud', h.f, cardinality(pl.district))],
       CASE WHEN h.city LIKE 'Colonia%' OR h.city LIKE 'Comunidad San%' OR h.city = 'Comunidad Los Ángeles' THEN 'Cuatro Cañadas' WHEN h.city LIKE 'Okinawa%' THEN 'Okinawa Uno'
            WHEN h.city = 'Comunidad Yotaú' THEN 'Guarayos' ELSE h.city END,
       h.city, NULL, 4521, pl.sector,
       round(pl.lat + (fixture_gen.n('dula', h.f, 20001) - 10000) / 10000.0 * pl.spread, 6), round(pl.lon + (fixture_gen.n('dulo', h.f, 20001) - 10000) / 10000.0 * pl.spread, 6),
       NULL,
       CASE WHEN h.city LIKE 'Colonia%' OR h.city LIKE 'Comunidad%' THEN 'single_house' ELSE fixture_gen.pick(ARRAY['single_house', 'single_house', 'single_house', 'townhouse', 'apartment'], 'dudw', h.f) END,
       CASE WHEN h.c = 'menno' THEN fixture_gen.pick(ARRAY['concrete', 'wood', 'mixed'], 'dum', h.f) WHEN h.city LIKE 'Comunidad%' THEN fixture_gen.pick(ARRAY['adobe', 'wood', 'mud'], 'dum', h.f)
            ELSE fixture_gen.pick(ARRAY['concrete', 'concrete', 'adobe', 'mixed'], 'dum', h.f) END,
       NOT (h.city LIKE 'Comunidad%' AND h.f % 2 = 0), NOT (h.c = 'menno' AND h.f % 3 = 0) AND NOT (h.city LIKE 'Comunidad%' AND h.f % 3 = 1)
FROM pgen.p h JOIN pgen.place pl ON pl.city = h.city JOIN pgen.fam fa ON fa.f = h.f
CROSS JOIN LATERAL (SELECT h.f) hf
WHERE h.kind = 'family' AND h.k = 0 ORDER BY h.f;
UPDATE gnuhealth_du SET urladdr = 'https://www.openstreetmap.org/?mlat=' || latitude || '&mlon=' || longitude || '#map=17/' || latitude || '/' || longitude WHERE id % 5 <> 3;

-- Parties: persons (patients, staff, relatives) and institutions 901-908.
CREATE TABLE party_party (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, lastname varchar, code varchar NOT NULL UNIQUE, ref varchar, active boolean DEFAULT true, is_person boolean, is_patient boolean, is_healthprof boolean,
    is_institution boolean, is_pharmacy boolean, dob date, gender varchar, federation_account varchar UNIQUE, citizenship integer, marital_status varchar,
    du integer REFERENCES gnuhealth_du (id) ON DELETE SET NULL, education varchar, occupation integer, unidentified boolean, photo bytea,
    internal_user integer REFERENCES res_user (id) ON DELETE SET NULL
);
INSERT INTO party_party (id, create_uid, create_date, write_uid, write_date, name, lastname, code, ref, active, is_person, is_patient, is_healthprof, is_institution, is_pharmacy,
    dob, gender, federation_account, citizenship, marital_status, du, education, occupation, unidentified, photo, internal_user)
SELECT p.i, CASE WHEN p.kind = 'staff' THEN 1 WHEN p.kind = 'newborn' THEN 15 ELSE (ARRAY[36, 36, 36, 10, 12, 30, 32])[1 + fixture_gen.n('pcu', p.i, 7)] END, pgen.us(p.reg, 'pcd', p.i),
       CASE WHEN p.i % 4 = 0 THEN 36 WHEN p.kind = 'nn' THEN 15 END, CASE WHEN p.i % 4 = 0 OR p.kind = 'nn' THEN pgen.us(p.reg + make_interval(days => 1 + fixture_gen.n('pwd', p.i, 300)), 'pwdu', p.i) END,
       p.first, p.last, (10000 + p.i)::text,
       coalesce(p.ci, 'BO' || fixture_gen.chars('puid', p.i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') || fixture_gen.digits('puid', p.i, 6)),
       p.i NOT IN (402, 408, 430), true, p.kind IN ('family', 'newborn', 'nn', 'transient'), p.kind = 'staff' AND p.i <= 434, false, false,
       p.dob, CASE WHEN p.kind = 'nn' AND p.i = 364 THEN 'u' ELSE p.sex END,
       CASE WHEN p.kind IN ('nn') THEN NULL ELSE p.fed END,
       CASE WHEN p.c = 'br' AND coalesce(p.k, 0) IN (0, 1) THEN 31 WHEN p.c = 've' THEN 239 WHEN p.c = 'cu' THEN 53 WHEN p.c = 'es' THEN 68 WHEN p.kind = 'nn' THEN NULL ELSE 27 END,
       CASE WHEN p.kind IN ('newborn', 'nn') OR p.dob > date '2006-01-01' THEN NULL
            WHEN p.k = 0 AND p.f % 7 = 0 THEN fixture_gen.pick(ARRAY['s', 'd', 'x'], 'pms', p.i)
            WHEN p.k IN (0, 1) AND p.c = 'menno' THEN 'm' WHEN p.k IN (0, 1) THEN fixture_gen.pick(ARRAY['m', 'm', 'c', 'c', 'c'], 'pms', coalesce(p.f, p.i))
            WHEN p.k = 3 THEN 'w' ELSE fixture_gen.pick(ARRAY['s', 's', 'm', 'c', 'd'], 'pms', p.i) END,
       CASE WHEN p.kind IN ('family', 'newborn') THEN p.f END,
       CASE WHEN p.kind IN ('newborn', 'nn') THEN NULL WHEN p.kind = 'staff' AND p.title IS NOT NULL AND p.title NOT IN ('Sr.', 'Sra.') THEN '5'
            WHEN p.dob > date '2018-01-01' THEN '0' WHEN p.dob > date '2010-01-01' THEN '1'
            WHEN p.c = 'menno' THEN fixture_gen.pick(ARRAY['1', '2', '2'], 'ped', p.i) WHEN p.dob < date '1965-01-01' THEN fixture_gen.pick(ARRAY['0', '1', '1', '2'], 'ped', p.i)
            ELSE fixture_gen.pick(ARRAY['2', '3', '4', '4', '5'], 'ped', p.i) END,
       CASE WHEN p.kind IN ('family', 'transient', 'relative') AND p.dob < date '2006-01-01' THEN
            CASE WHEN p.c = 'menno' AND p.sex = 'm' THEN 61 WHEN p.c = 'menno' THEN 12 WHEN p.c = 'br' AND p.sex = 'm' THEN 61
                 ELSE (ARRAY[61, 12, 44, 71, 33, 18, 90, 61, 12, 45])[1 + fixture_gen.n('poc', p.i, 10)] END
            WHEN p.kind = 'staff' THEN CASE WHEN p.title IN ('Dr.', 'Dra.') THEN 221 WHEN p.title = 'Lic.' THEN 223 ELSE 41 END END,
       p.kind = 'nn',
       CASE WHEN p.i % 12 = 5 AND p.kind IN ('family', 'staff') THEN decode('ffd8ffe000104a46494600010101004800480000ffdb004300', 'hex') || sha512(convert_to('photo' || p.i, 'UTF8')) || sha512(convert_to('photo2' || p.i, 'UTF8')) || decode('ffd9', 'hex') END,
       CASE WHEN p.i BETWEEN 401 AND 438 THEN p.i - 399 END
FROM pgen.p p ORDER BY p.i;
INSERT INTO party_party (id, create_uid, create_date, write_uid, write_date, name, lastname, code, ref, active, is_person, is_patient, is_healthprof, is_institution, is_pharmacy,
    dob, gender, federation_account, citizenship, marital_status, du, education, occupation, unidentified, photo, internal_user) VALUES
  (901, 0, '2020-10-26 14:02:11.601552', 1, '2021-03-02 08:55:10.002417', 'Hospital Distrital Cuatro Cañadas', NULL, '10901', '1028541027', true, false, false, false, true, false, NULL, NULL, 'BOINST0HDCC', 27, NULL, NULL, NULL, NULL, false, NULL, NULL),
  (902, 1, '2020-11-03 09:40:21.338015', NULL, NULL, 'Centro de Salud San Miguelito', NULL, '10902', NULL, true, false, false, false, true, false, NULL, NULL, 'BOINST0CSSM', 27, NULL, NULL, NULL, NULL, false, NULL, NULL),
  (903, 1, '2020-11-03 09:41:02.775430', NULL, NULL, 'Puesto de Salud Colonia Riva Palacios', NULL, '10903', NULL, true, false, false, false, true, false, NULL, NULL, 'BOINST0PSRP', 27, NULL, NULL, NULL, NULL, false, NULL, NULL),
  (904, 1, '2020-11-03 09:41:48.190021', NULL, NULL, 'Centro de Salud Integral Okinawa Uno', NULL, '10904', NULL, true, false, false, false, true, false, NULL, NULL, 'BOINST0CSOK', 27, NULL, NULL, NULL, NULL, false, NULL, NULL),
  (905, 1, '2020-11-03 09:43:15.612907', NULL, NULL, 'Hospital de Referencia Departamental Norte', NULL, '10905', NULL, true, false, false, false, true, false, NULL, NULL, 'BOINST0HRDN', 27, NULL, NULL, NULL, NULL, false, NULL, NULL),
  (906, 1, '2020-11-03 09:44:51.004122', NULL, NULL, 'Farmacia Institucional Municipal', NULL, '10906', '3748120013', true, false, false, false, true, true, NULL, NULL, NULL, 27, NULL, NULL, NULL, NULL, false, NULL, NULL),
  (907, 1, '2021-05-10 11:20:33.441908', NULL, NULL, 'Laboratorio Departamental de Referencia', NULL, '10907', NULL, true, false, false, false, true, false, NULL, NULL, NULL, 27, NULL, NULL, NULL, NULL, false, NULL, NULL),
  (908, 1, '2021-05-10 11:22:05.100253', NULL, NULL, 'Caja Nacional de Salud – Regional Santa Cruz', NULL, '10908', '1020869025', true, false, false, false, false, false, NULL, NULL, NULL, 27, NULL, NULL, NULL, NULL, false, NULL, NULL);

CREATE TABLE gnuhealth_person_name (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE, use varchar, family varchar, given varchar NOT NULL, prefix varchar, suffix varchar,
    date_from date, date_to date
);
INSERT INTO gnuhealth_person_name (create_uid, create_date, party, use, family, given, prefix, suffix, date_from, date_to)
SELECT pp.create_uid, pp.create_date, x.party, x.use, x.family, x.given, x.prefix, x.suffix, x.date_from, x.date_to
FROM (
  SELECT p.i AS party, 1 AS o, CASE WHEN p.kind = 'nn' THEN 'anonymous' ELSE 'official' END AS use, p.last AS family, p.first AS given,
         CASE WHEN p.kind = 'staff' AND p.title IS NOT NULL THEN p.title WHEN p.kind = 'relative' AND p.i % 5 = 0 THEN CASE WHEN p.sex = 'f' THEN 'Sra.' ELSE 'Sr.' END END AS prefix,
         CASE WHEN p.c = 'menno' AND p.sex = 'm' AND p.k = 2 AND p.i % 4 = 0 THEN 'Jr.' END AS suffix,
         CASE WHEN p.maiden IS NOT NULL THEN p.dob + 365 * 19 + fixture_gen.n('mard', p.i, 700) END AS date_from, NULL::date AS date_to
  FROM pgen.p p
  UNION ALL
  SELECT p.i, 2, 'maiden', p.maiden, p.first, NULL, NULL, NULL, p.dob + 365 * 19 + fixture_gen.n('mard', p.i, 700) FROM pgen.p p WHERE p.maiden IS NOT NULL
  UNION ALL
  SELECT p.i, 3, 'nickname', NULL, p.nick, NULL, NULL, NULL, NULL FROM pgen.p p WHERE p.nick IS NOT NULL
  UNION ALL
  SELECT p.i, 4, 'usual', p.a, split_part(p.first, ' ', 2), NULL, NULL, NULL, NULL FROM pgen.p p WHERE p.first IN ('Daniel Kenta', 'Carlos Tetsuo', 'Ana Midori')
  UNION ALL
  SELECT p.i, 5, 'old', p.last, p.first, NULL, NULL, p.dob, p.dob + 30 + fixture_gen.n('rnold', p.i, 60) FROM pgen.p p WHERE p.first LIKE 'RN de %' AND p.i % 2 = 0
) x JOIN party_party pp ON pp.id = x.party
ORDER BY x.party, x.o;
CREATE TABLE party_address (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE, party_name varchar, name varchar, street text, postal_code varchar, city varchar,
    country integer, subdivision integer, active boolean DEFAULT true, sequence integer
);
INSERT INTO party_address (create_uid, create_date, write_uid, write_date, party, party_name, name, street, postal_code, city, country, subdivision, active, sequence)
SELECT pp.create_uid, pp.create_date, pp.write_uid, pp.write_date, p.i,
       CASE WHEN p.kind = 'family' AND p.dob > date '2008-01-01' THEN 'A/c. ' || h.first || ' ' || h.last
            WHEN p.kind = 'transient' AND p.i % 3 = 1 THEN 'c/o ' || fixture_gen.pick(ARRAY['Sra. Rosa Vaca (alquiler)', 'Transportes Bortolini', 'Alojamiento El Viajero', 'Hno. Richard Sequera'], 'pan', p.i) END,
       CASE WHEN p.kind = 'family' AND p.c = 'nikkei' AND p.f % 2 = 0 THEN 'Granja Avícola ' || split_part(p.last, ' ', 1)
            WHEN p.kind = 'family' AND p.c = 'menno' AND p.f % 3 = 1 THEN 'Hof ' || p.a || ', Campo ' || (1 + fixture_gen.n('stc', p.f, 24))::text
            WHEN p.kind = 'family' AND p.c = 'camba' AND p.f % 5 = 3 THEN fixture_gen.pick(ARRAY['Estancia El Porvenir', 'Propiedad San Silvestre', 'Lote Agrícola Los Totaís'], 'pbn', p.f)
            WHEN p.kind = 'relative' AND p.city = 'Santa Cruz de la Sierra' THEN 'Condominio ' || fixture_gen.pick(ARRAY['Las Palmas', 'Los Mangales', 'Sirari'], 'pbr', p.i) || ', torre ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'pbt', p.i) || ', dpto. ' || (1 + fixture_gen.n('pbd', p.i, 9))::text || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], 'pbl', p.i) END,
       p.street,
       CASE p.city WHEN 'Buenos Aires' THEN 'C1406' WHEN 'São Paulo' THEN '03010-000' WHEN 'Murcia' THEN '30001' END,
       p.city, CASE p.city WHEN 'Buenos Aires' THEN 10 WHEN 'São Paulo' THEN 31 WHEN 'Murcia' THEN 68 ELSE 27 END,
       CASE p.city WHEN 'Buenos Aires' THEN 127 WHEN 'São Paulo' THEN 998 WHEN 'Murcia' THEN 2307 WHEN 'Cochabamba' THEN 4518 ELSE 4521 END,
       true, 10
FROM pgen.p p JOIN party_party pp ON pp.id = p.i LEFT JOIN pgen.p h ON h.kind = 'family' AND h.f = p.f AND h.k = 0
WHERE p.kind NOT IN ('newborn', 'nn') ORDER BY pp.create_date;
INSERT INTO party_address (create_uid, create_date, party, name, street, postal_code, city, country, subdivision, active, sequence) VALUES
  (1, '2020-10-26 14:05:40.220371', 901, NULL, 'Av. Santa Cruz esq. calle Ñuflo de Chávez', NULL, 'Cuatro Cañadas', 27, 4521, true, 10),
  (1, '2020-11-03 09:40:21.338015', 902, NULL, 'Comunidad San Miguelito, junto a la unidad educativa', NULL, 'Cuatro Cañadas', 27, 4521, true, 10),
  (1, '2020-11-03 09:41:02.775430', 903, 'Gemeindehaus', 'Campo 9', NULL, 'Colonia Riva Palacios', 27, 4521, true, 10),
  (1, '2020-11-03 09:41:48.190021', 904, NULL, 'Av. Principal s/n', NULL, 'Okinawa Uno', 27, 4521, true, 10),
  (1, '2020-11-03 09:43:15.612907', 905, NULL, '3er anillo externo y Av. Beni', NULL, 'Santa Cruz de la Sierra', 27, 4521, true, 10),
  (1, '2020-11-03 09:44:51.004122', 906, NULL, 'Calle Bolívar #102, frente a la plaza', NULL, 'Cuatro Cañadas', 27, 4521, true, 10),
  (1, '2021-05-10 11:20:33.441908', 907, NULL, 'Calle Seoane #44', NULL, 'Santa Cruz de la Sierra', 27, 4521, true, 10),
  (1, '2021-05-10 11:22:05.100253', 908, NULL, 'Av. Irala #333', NULL, 'Santa Cruz de la Sierra', 27, 4521, true, 10);

CREATE FUNCTION pgen.compact(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v LIKE '+%' THEN '+' || regexp_replace(v, '[^0-9]', '', 'g')
              WHEN v LIKE '(+%' THEN '+' || regexp_replace(v, '[^0-9]', '', 'g')
              WHEN regexp_replace(v, '[^0-9]', '', 'g') LIKE '591%' THEN '+' || regexp_replace(v, '[^0-9]', '', 'g')
              WHEN regexp_replace(v, '[^0-9]', '', 'g') ~ '^[67][0-9]{7}$' THEN '+591' || regexp_replace(v, '[^0-9]', '', 'g')
              WHEN regexp_replace(v, '[^0-9]', '', 'g') ~ '^3[0-9]{7}$' THEN '+591' || regexp_replace(v, '[^0-9]', '', 'g')
              ELSE regexp_replace(v, '[^0-9]', '', 'g') END
$$;

CREATE TABLE party_contact_mechanism (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    type varchar NOT NULL, value varchar, value_compact varchar, name varchar, comment text, party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    active boolean DEFAULT true, sequence integer
);
INSERT INTO party_contact_mechanism (create_uid, create_date, write_uid, write_date, type, value, value_compact, name, comment, party, active, sequence)
SELECT pp.create_uid, pgen.us(pp.create_date::timestamp(0), 'cmcd', x.party * 10 + x.o), NULL::integer, NULL::timestamp, x.type, x.value,
       CASE WHEN x.type IN ('phone', 'mobile', 'fax') OR (x.type = 'other' AND x.name = 'WhatsApp') THEN pgen.compact(x.value) WHEN x.type = 'email' THEN lower(x.value) ELSE x.value END,
       x.name, x.comment, x.party, x.active, x.o * 10
FROM (
  SELECT p.i AS party, 1 AS o, 'mobile' AS type, p.phone AS value, NULL AS name,
         CASE fixture_gen.n('cmc', p.i, 14) WHEN 0 THEN 'Llamar después de las 18:00, trabaja en el campo' WHEN 1 THEN 'Cambió de número en 2023' WHEN 2 THEN 'No contesta, dejar mensaje'
              WHEN 3 THEN 'Prestado, es el celular de su cuñado' END AS comment, true AS active, CASE WHEN p.c = 'menno' THEN 13 END AS lang
  FROM pgen.p p WHERE p.phone IS NOT NULL
  UNION ALL
  SELECT p.i, 2, 'email', p.email, NULL, NULL, true, NULL FROM pgen.p p WHERE p.email IS NOT NULL
  UNION ALL
  SELECT p.i, 3, 'other', CASE WHEN p.i % 2 = 0 THEN p.phone ELSE '+591 7' || fixture_gen.digits('wa', p.i, 7) END, 'WhatsApp',
         CASE WHEN p.i % 2 = 1 THEN 'Solo WhatsApp, el otro número ya no funciona' END, true, NULL
  FROM pgen.p p WHERE p.phone IS NOT NULL AND p.i % 4 = 1 AND p.kind IN ('family', 'transient', 'staff')
  UNION ALL
  SELECT p.i, 4, 'mobile', r.phone,
         CASE WHEN r.sex = 'f' THEN 'Hija ' ELSE 'Hijo ' END || split_part(r.first, ' ', 1) || ' (' || r.city || ')',
         CASE WHEN r.city IN ('Buenos Aires', 'São Paulo', 'Murcia') THEN 'Vive en el exterior, llamar por WhatsApp. Es quien paga los medicamentos.' WHEN p.i % 2 = 0 THEN 'Contacto de emergencia' END, true, NULL
  FROM pgen.p p JOIN pgen.p r ON r.kind = 'relative' AND r.f = p.f WHERE p.kind = 'family' AND p.k IN (0, 3) AND r.phone IS NOT NULL
  UNION ALL
  SELECT p.i, 5, 'mobile', '7' || fixture_gen.digits('ngh', p.i, 7),
         fixture_gen.pick(ARRAY['Vecina doña Tomasa', 'Vecino don Rufino', 'Tienda de la esquina (doña Rosa)', 'Profesora de la escuela', 'Vorsteher ' || fixture_gen.pick(ARRAY['Johan Klassen', 'Abram Fehr'], 'ngv', p.i)], 'ngn', p.i),
         'Dejar recado, la familia no tiene celular', true, NULL
  FROM pgen.p p WHERE p.kind = 'family' AND p.k = 0 AND p.phone IS NULL
  UNION ALL
  SELECT p.i, 6, 'phone', '3-92' || fixture_gen.digits('lnd', p.f, 5), 'Casa', NULL, p.f % 3 <> 0, NULL
  FROM pgen.p p WHERE p.kind = 'family' AND p.k = 0 AND p.c IN ('camba', 'nikkei') AND p.f % 2 = 0
  UNION ALL
  SELECT u.id + 399, 7, 'email', u.email, 'Institucional', NULL, true, NULL FROM res_user u WHERE u.id BETWEEN 2 AND 39 AND u.email LIKE '%@hdcc-salud.example' AND u.id + 399 NOT IN (423, 435, 436)
  UNION ALL
  SELECT x.party, x.o, x.type, x.value, x.name, x.comment, true, NULL FROM (VALUES
    (901, 1, 'phone', '+591 3 924 5112', 'Central', NULL), (901, 2, 'phone', '3-9245113', 'Emergencias', 'Las 24 horas'), (901, 3, 'fax', '3-9245114', NULL, NULL),
    (901, 4, 'email', 'estadistica@hdcc-salud.example', 'Estadística', NULL), (901, 5, 'email', 'direccion@hdcc-salud.example', 'Dirección', 'Dra. Akemi Higa'),
    (901, 6, 'website', 'https://hdcc-salud.example', NULL, NULL), (901, 7, 'mobile', '72145596', 'Ambulancia', 'Chofer de turno'),
    (902, 1, 'mobile', '+591 69012247', NULL, 'Celular del promotor Ascencio Surubí'), (903, 1, 'mobile', '+591 78812054', NULL, 'Martes y jueves'),
    (904, 1, 'phone', '3-9232201', NULL, NULL), (905, 1, 'phone', '+591 3 346 2031', 'Referencias', 'Pedir con la jefa de guardia'), (906, 1, 'phone', '3-9245290', NULL, NULL),
    (907, 1, 'email', 'resultados.ldr@sedes-scz.example', NULL, 'Resultados de Chagas y TB'), (908, 1, 'phone', '+591 3 337 1066', NULL, NULL)
  ) x(party, o, type, value, name, comment)
) x JOIN party_party pp ON pp.id = x.party
ORDER BY 2, x.party, x.o;

CREATE TABLE gnuhealth_person_alternative_identification (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE, code varchar NOT NULL, alternative_id_type varchar NOT NULL, expiration_date date, comments text
);
INSERT INTO gnuhealth_person_alternative_identification (create_uid, create_date, name, code, alternative_id_type, expiration_date, comments)
SELECT 36, pgen.us(pp.create_date::timestamp(0) + interval '3 minutes', 'aicd', x.party * 10 + x.o), x.party, x.code, x.t, x.exp, x.comments
FROM (
  SELECT p.i AS party, 1 AS o, fixture_gen.digits('vpas', p.i, 9) AS code, 'passport' AS t, date '2018-01-01' + fixture_gen.n('vpe', p.i, 3000) AS exp,
         CASE WHEN p.i % 3 = 0 THEN 'Pasaporte venezolano vencido; trámite de permanencia en Migración Santa Cruz' WHEN p.i % 3 = 1 THEN 'Pasaporte venezolano' END AS comments
  FROM pgen.p p WHERE p.c = 've' AND p.kind IN ('family', 'transient') AND p.dob < date '2008-01-01'
  UNION ALL
  SELECT p.i, 2, fixture_gen.digits('rg', p.i, 7) || '-' || fixture_gen.digits('rgd', p.i, 1), 'country_id', NULL, 'RG SSP/MT (Mato Grosso)'
  FROM pgen.p p WHERE p.c = 'br' AND p.kind IN ('family', 'transient') AND p.dob < date '2006-01-01'
  UNION ALL
  SELECT p.i, 3, CASE WHEN p.i % 2 = 0 THEN fixture_gen.chars('cpa', p.i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('cpa', p.i, 6) ELSE 'G' || fixture_gen.digits('mxp', p.i, 8) END,
         'passport', date '2019-06-01' + fixture_gen.n('mpe', p.i, 2900), CASE WHEN p.i % 2 = 0 THEN 'Pasaporte canadiense' ELSE 'Pasaporte mexicano, nacido en Cuauhtémoc (Chihuahua)' END
  FROM pgen.p p WHERE p.c = 'menno' AND p.kind = 'family' AND p.k IN (0, 3) AND p.dob < date '1990-01-01'
  UNION ALL
  SELECT p.i, 4, 'T' || fixture_gen.chars('jpp', p.i, 1, 'KRZ') || fixture_gen.digits('jpp', p.i, 7), 'passport', date '2020-01-01' + fixture_gen.n('jpe', p.i, 3300), 'Pasaporte japonés (doble nacionalidad)'
  FROM pgen.p p WHERE p.c = 'nikkei' AND p.kind IN ('family', 'staff') AND p.dob < date '1985-01-01'
  UNION ALL
  SELECT p.i, 5, 'HC-' || lpad(fixture_gen.n('hcn', p.i, 60000)::text, 6, '0'), 'medical_record', NULL,
         CASE WHEN p.i % 3 = 0 THEN 'Historia clínica en papel, archivo pasivo estante ' || (1 + fixture_gen.n('hce', p.i, 9))::text END
  FROM pgen.p p WHERE p.kind = 'family' AND p.dob < date '2015-01-01' AND p.i % 6 = 2
  UNION ALL
  SELECT p.i, 6, to_char(p.dob, 'YY') || '-' || to_char(p.dob, 'MMDD') || '-' || upper(left(pgen.fold(p.a), 1) || left(pgen.fold(coalesce(p.b, p.a)), 1) || left(pgen.fold(p.first), 1)),
         'other', NULL, 'Matrícula de asegurado, Caja Nacional de Salud'
  FROM pgen.p p WHERE (p.kind = 'staff' AND p.i % 2 = 1) OR (p.kind = 'family' AND p.k = 0 AND p.i % 5 = 1)
) x JOIN party_party pp ON pp.id = x.party ORDER BY 2;

CREATE TABLE gnuhealth_family (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, info text
);
INSERT INTO gnuhealth_family (id, create_uid, create_date, write_uid, write_date, name, info)
SELECT fa.f, CASE WHEN fa.c = 'menno' THEN 30 WHEN fa.c = 'indig' THEN 32 ELSE 31 END, pgen.us(h.reg + interval '2 hours', 'fcd', fa.f),
       CASE WHEN fa.f % 4 = 0 THEN 33 END, CASE WHEN fa.f % 4 = 0 THEN pgen.us(pgen.at('fwd', fa.f, '2023-01-01', '2024-06-01'), 'fwu', fa.f) END,
       'Familia ' || CASE WHEN fa.c = 'menno' THEN fa.a ELSE fa.a || ' ' || fa.b END,
       CASE fa.f % 9
         WHEN 0 THEN 'Madre sola a cargo de los niños. El padre (' || fixture_gen.pick(ARRAY['Edwin', 'Freddy', 'Ronald', 'Wilfredo'], 'fip', fa.f) || ') no aporta, trabaja en la zafra en Montero.'
         WHEN 1 THEN 'Familia extensa, ' || (5 + fa.f % 4)::text || ' personas en dos cuartos. Comparten baño con el lote vecino.'
         WHEN 2 THEN 'La hija mayor vive en ' || fixture_gen.pick(ARRAY['Buenos Aires', 'São Paulo', 'Murcia'], 'fia', fa.f) || ' y envía remesas. Abuela cuida a los nietos.'
         WHEN 3 THEN 'Visitada por la promotora el ' || to_char(date '2023-03-01' + fixture_gen.n('fiv', fa.f, 400), 'DD/MM/YYYY') || ': carnet de vacunas incompleto del menor.'
         WHEN 4 THEN CASE WHEN fa.c = 'menno' THEN 'Sprechen nur Plautdietsch; für Termine über Katharina Dyck (Dolmetscherin) anrufen.' ELSE 'Sin observaciones.' END
         WHEN 6 THEN 'Antecedente de violencia intrafamiliar denunciada en la DNA (Defensoría de la Niñez) en 2022. Seguimiento por trabajo social (Lic. Parapaino).'
         WHEN 7 THEN 'Trabajan en la cosecha de soya de la colonia; ausentes de abril a junio.'
       END
FROM pgen.fam fa JOIN pgen.p h ON h.kind = 'family' AND h.f = fa.f AND h.k = 0 ORDER BY fa.f;

CREATE TABLE gnuhealth_family_member (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES gnuhealth_family (id) ON DELETE CASCADE, party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE, role varchar
);
INSERT INTO gnuhealth_family_member (create_uid, create_date, name, party, role)
SELECT fm.create_uid, pgen.us(fm.create_date::timestamp(0), 'fmcd', p.i), p.f, p.i,
       CASE WHEN p.kind = 'relative' THEN CASE WHEN p.sex = 'f' THEN 'Hija' ELSE 'Hijo' END || ' (vive en ' || p.city || ')'
            WHEN p.kind = 'newborn' THEN CASE WHEN p.sex = 'f' THEN 'Hija' ELSE 'Hijo' END
            WHEN p.k = 0 THEN CASE WHEN p.sex = 'f' THEN 'Madre' ELSE 'Padre' END
            WHEN p.k = 1 THEN CASE WHEN fa.single THEN 'Tía' ELSE 'Madre' END
            WHEN p.k = 3 AND p.f % 2 = 0 THEN 'Abuela'
            ELSE CASE WHEN p.sex = 'f' THEN 'Hija' ELSE 'Hijo' END END
FROM pgen.p p JOIN pgen.fam fa ON fa.f = p.f JOIN gnuhealth_family fm ON fm.id = p.f
WHERE p.kind IN ('family', 'newborn', 'relative') ORDER BY p.f, p.i;

-- ---------------------------------------------------------------------------
-- Institutions, health professionals, the ICD-10 and the drug catalogue.

CREATE TABLE gnuhealth_institution (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES party_party (id) ON DELETE RESTRICT, code varchar NOT NULL UNIQUE, institution_type varchar, beds integer, public_level varchar,
    teaching boolean, extra_info text
);
INSERT INTO gnuhealth_institution (id, create_uid, create_date, write_uid, write_date, name, code, institution_type, beds, public_level, teaching, extra_info) VALUES
  (1, 1, '2020-10-26 14:06:02.337120', 2, '2023-05-02 10:11:47.920011', 901, 'HDCC', 'hospital', 42, 'public', true,
   E'Hospital de segundo nivel. Directora: Dra. Akemi Higa Oshiro. Internado rotatorio de la UAGRM.\nQuirófano 1, sala de partos, laboratorio, ecografía y rayos X.'),
  (2, 1, '2020-11-03 09:45:30.812004', NULL, NULL, 902, 'CS-SMIG', 'primary_care', 2, 'public', false, 'Centro de primer nivel en comunidad guaraní. Sin médico fijo: brigada SAFCI los lunes.'),
  (3, 1, '2020-11-03 09:46:02.417338', 8, '2022-11-21 16:32:05.004180', 903, 'PS-RIVA', 'rural', 0, 'mixed', false, 'Puesto construido por la colonia; el personal lo paga el municipio. Intérprete: Katharina Dyck.'),
  (4, 1, '2020-11-03 09:46:40.120855', NULL, NULL, 904, 'CSI-OKI1', 'primary_care', 6, 'public', false, NULL),
  (5, 1, '2020-11-03 09:47:19.556021', NULL, NULL, 905, 'HRDN-SCZ', 'hospital', 310, 'public', true, 'Hospital de tercer nivel para referencias. Coordinar por el sistema de referencia y contrarreferencia.'),
  (6, 1, '2021-05-10 11:23:44.018834', NULL, NULL, 907, 'LDR-SCZ', 'specialized', 0, 'public', false, 'Confirmación de Chagas (ELISA/IFI), cultivo de TB y PCR de dengue.');

CREATE TABLE gnuhealth_healthprofessional (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES party_party (id) ON DELETE RESTRICT, institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL, code varchar,
    main_specialty integer, info text, active boolean DEFAULT true
);
INSERT INTO gnuhealth_healthprofessional (id, create_uid, create_date, write_uid, write_date, name, institution, code, main_specialty, info, active)
SELECT p.i - 400, 1, pgen.us(p.reg + interval '20 minutes', 'hpcd', p.i), CASE WHEN p.i % 4 = 0 THEN 1 END, CASE WHEN p.i % 4 = 0 THEN pgen.us(pgen.at('hpwd', p.i, '2022-01-01', '2024-05-01'), 'hpwu', p.i) END,
       p.i, CASE p.i WHEN 429 THEN 3 WHEN 425 THEN 3 WHEN 431 THEN 2 WHEN 433 THEN 4 ELSE 1 END,
       CASE WHEN p.title IN ('Dr.', 'Dra.') THEN 'MP ' || fixture_gen.pick(ARRAY['H', 'V', 'Q', 'S'], 'mpl', p.i) || '-' || (1000 + fixture_gen.n('mpn', p.i, 8000))::text
            WHEN p.i IN (409, 410, 411, 412, 413, 414, 415, 425) THEN 'CEB-' || (2000 + fixture_gen.n('ceb', p.i, 9000))::text
            WHEN p.i IN (416, 417) THEN 'CBF-SC-' || (300 + fixture_gen.n('cbf', p.i, 900))::text
            WHEN p.i IN (429, 430, 431, 432) THEN 'RPS-' || (100 + fixture_gen.n('rps', p.i, 800))::text
            ELSE 'RP-' || fixture_gen.digits('rp', p.i, 5) END,
       CASE WHEN p.title IN ('Dr.', 'Dra.') THEN (ARRAY[12, 3, 20, 9, 14, 14, 5, 14])[1 + fixture_gen.n('hpsp', p.i, 8)] WHEN p.i BETWEEN 409 AND 415 OR p.i = 425 THEN 31
            WHEN p.i IN (416, 417, 418) THEN 40 WHEN p.i BETWEEN 429 AND 432 THEN 45 ELSE 50 END,
       CASE p.i WHEN 402 THEN 'Brigada médica cubana, convenio hasta agosto de 2023. Médico General Integral.'
                WHEN 403 THEN 'Brigada médica cubana. Guardias de obstetricia lunes, miércoles y viernes.'
                WHEN 408 THEN 'Médica cooperante (Medicus Mundi), septiembre 2022 – septiembre 2023. Cel. +34 611 204 887.'
                WHEN 420 THEN 'Ecografías martes y jueves por la tarde. Consultorio privado en Okinawa Uno, cel. 72214408.'
                WHEN 421 THEN 'Título revalidado por la UMSA en 2021.'
                WHEN 425 THEN 'Habla plautdietsch y alemán; apoya en las visitas a las colonias.'
                WHEN 429 THEN 'Promotor de salud de la Colonia Riva Palacios, nombrado por el Vorsteher. Sin celular: ubicar por la quesería del Campo 9.'
                WHEN 431 THEN 'Promotor guaraní (capitanía de San Miguelito). Habla guaraní y castellano.'
                WHEN 433 THEN 'Médico del Centro de Salud Integral Okinawa Uno; turnos en el HDCC los sábados.' END,
       p.i NOT IN (402, 408, 430)
FROM pgen.p p WHERE p.i BETWEEN 401 AND 434 ORDER BY p.i;

CREATE TABLE gnuhealth_pathology (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, code varchar NOT NULL UNIQUE, category integer, chromosome varchar, gene varchar, uri varchar, info text, active boolean DEFAULT true
);
INSERT INTO gnuhealth_pathology (id, create_uid, create_date, name, code, category, chromosome, gene, info)
SELECT id, 0, timestamp '2020-10-26 13:58:40.114032' + make_interval(secs => id * 0.0137), name, code, cat, chrom, gene, info FROM (VALUES
  (1, 'Diarrea y gastroenteritis de presunto origen infeccioso', 'A09', 1, NULL, NULL, NULL, NULL),
  (2, 'Tuberculosis del pulmón, confirmada por hallazgo microscópico del bacilo tuberculoso en esputo', 'A15.0', 1, NULL, NULL, NULL, 'Notificación obligatoria al Programa Nacional de Control de la Tuberculosis.'),
  (3, 'Fiebre del dengue [dengue clásico]', 'A90', 1, NULL, NULL, NULL, 'Notificación obligatoria en 24 horas.'),
  (4, 'Fiebre del dengue hemorrágico', 'A91', 1, NULL, NULL, NULL, NULL),
  (5, 'Enfermedad de Chagas (crónica) que afecta al corazón', 'B57.2', 1, NULL, NULL, NULL, 'Programa Nacional de Chagas: tratamiento con benznidazol hasta los 60 años.'),
  (6, 'Leishmaniasis cutánea', 'B55.1', 1, NULL, NULL, NULL, NULL),
  (7, 'Escabiosis', 'B86', 1, NULL, NULL, NULL, NULL),
  (8, 'Ascariasis, no especificada', 'B77.9', 1, NULL, NULL, NULL, NULL),
  (9, 'Enfermedad por virus de la inmunodeficiencia humana [VIH], sin otra especificación', 'B24', 1, NULL, NULL, NULL, NULL),
  (10, 'Anemia por deficiencia de hierro sin otra especificación', 'D50.9', 3, NULL, NULL, NULL, NULL),
  (11, 'Anemia falciforme sin crisis', 'D57.1', 3, '11p15.4', 'P68871', 'HBB', NULL),
  (12, 'Diabetes mellitus no insulinodependiente, sin mención de complicación', 'E11.9', 4, NULL, NULL, NULL, NULL),
  (13, 'Diabetes mellitus insulinodependiente, sin mención de complicación', 'E10.9', 4, NULL, NULL, NULL, NULL),
  (14, 'Desnutrición proteicocalórica moderada', 'E44.0', 4, NULL, NULL, NULL, NULL),
  (15, 'Obesidad, no especificada', 'E66.9', 4, NULL, NULL, NULL, NULL),
  (16, 'Episodio depresivo moderado', 'F32.1', 5, NULL, NULL, NULL, NULL),
  (17, 'Trastornos mentales y del comportamiento debidos al uso de alcohol: síndrome de dependencia', 'F10.2', 5, NULL, NULL, NULL, NULL),
  (18, 'Epilepsia, tipo no especificado', 'G40.9', 6, NULL, NULL, NULL, NULL),
  (19, 'Hipertensión esencial (primaria)', 'I10', 9, NULL, NULL, NULL, NULL),
  (20, 'Insuficiencia cardíaca congestiva', 'I50.0', 9, NULL, NULL, NULL, NULL),
  (21, 'Accidente vascular encefálico agudo, no especificado como hemorrágico o isquémico', 'I64', 9, NULL, NULL, NULL, NULL),
  (22, 'Infección aguda de las vías respiratorias superiores, no especificada', 'J06.9', 10, NULL, NULL, NULL, NULL),
  (23, 'Neumonía, no especificada', 'J18.9', 10, NULL, NULL, NULL, NULL),
  (24, 'Asma, no especificada', 'J45.9', 10, NULL, NULL, NULL, NULL),
  (25, 'Enfermedad pulmonar obstructiva crónica, no especificada', 'J44.9', 10, NULL, NULL, NULL, 'Frecuente en mujeres expuestas al humo de leña.'),
  (26, 'Gastritis, no especificada', 'K29.7', 11, NULL, NULL, NULL, NULL),
  (27, 'Apendicitis aguda, otra y la no especificada', 'K35.8', 11, NULL, NULL, NULL, NULL),
  (28, 'Impétigo [cualquier sitio anatómico] [cualquier organismo]', 'L01.0', 12, NULL, NULL, NULL, NULL),
  (29, 'Lumbago no especificado', 'M54.5', 13, NULL, NULL, NULL, NULL),
  (30, 'Infección de vías urinarias, sitio no especificado', 'N39.0', 14, NULL, NULL, NULL, NULL),
  (31, 'Enfermedad renal crónica, no especificada', 'N18.9', 14, NULL, NULL, NULL, NULL),
  (32, 'Preeclampsia severa', 'O14.1', 15, NULL, NULL, NULL, 'Referir a tercer nivel tras estabilizar con sulfato de magnesio.'),
  (33, 'Diabetes mellitus que se origina con el embarazo', 'O24.4', 15, NULL, NULL, NULL, NULL),
  (34, 'Parto único espontáneo, presentación cefálica de vértice', 'O80.0', 15, NULL, NULL, NULL, NULL),
  (35, 'Parto por cesárea electiva', 'O82.0', 15, NULL, NULL, NULL, NULL),
  (36, 'Otros recién nacidos pretérmino', 'P07.3', 16, NULL, NULL, NULL, NULL),
  (37, 'Ictericia neonatal, no especificada', 'P59.9', 16, NULL, NULL, NULL, NULL),
  (38, 'Síndrome de Down, no especificado', 'Q90.9', 17, '21', NULL, NULL, 'Trisomía 21.'),
  (39, 'Fractura de la epífisis inferior del radio', 'S52.5', 19, NULL, NULL, NULL, NULL),
  (40, 'Concusión', 'S06.0', 19, NULL, NULL, NULL, NULL),
  (41, 'Efecto tóxico del veneno de serpiente', 'T63.0', 19, NULL, NULL, NULL, 'Suero antiofídico polivalente en las primeras 6 horas.'),
  (42, 'COVID-19, virus identificado', 'U07.1', 22, NULL, NULL, NULL, NULL),
  (43, 'Motociclista lesionado en accidente de tráfico no especificado', 'V29.4', 20, NULL, NULL, NULL, NULL),
  (44, 'Supervisión de embarazo normal no especificado', 'Z34.9', 21, NULL, NULL, NULL, NULL),
  (45, 'Control de salud de rutina del niño', 'Z00.1', 21, NULL, NULL, NULL, NULL),
  (46, 'Historia personal de alergia a penicilina', 'Z88.0', 21, NULL, NULL, NULL, NULL),
  (47, 'Historia personal de alergia, no debida a drogas ni a sustancias biológicas', 'Z91.0', 21, NULL, NULL, NULL, NULL),
  (48, 'Tumor maligno del cuello del útero, sin otra especificación', 'C53.9', 2, NULL, NULL, NULL, NULL),
  (49, 'Conjuntivitis, no especificada', 'H10.9', 7, NULL, NULL, NULL, NULL),
  (50, 'Fiebre, no especificada', 'R50.9', 18, NULL, NULL, NULL, NULL),
  (51, 'Fibrosis quística, sin otra especificación', 'E84.9', 4, '7q31.2', 'P13569', 'CFTR', NULL),
  (52, 'Deficiencia de glucosa-6-fosfato deshidrogenasa', 'D55.0', 3, 'Xq28', 'P11413', 'G6PD', NULL)
) v(id, name, code, cat, chrom, prot, gene, info);
UPDATE gnuhealth_pathology SET uri = 'https://icd.who.int/browse10/2019/en#/' || split_part(code, '.', 1) WHERE id % 4 <> 0;

CREATE TABLE product_template (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, type varchar NOT NULL, default_uom integer NOT NULL, active boolean DEFAULT true, is_medicament boolean, is_vaccine boolean, is_insurance_plan boolean
);
INSERT INTO product_template (id, create_uid, create_date, write_uid, write_date, name, type, default_uom, active, is_medicament, is_vaccine, is_insurance_plan)
SELECT id, 24, timestamp '2020-11-10 09:00:00' + make_interval(mins => id * 3, secs => id * 1.731), CASE WHEN id % 7 = 0 THEN 24 END, CASE WHEN id % 7 = 0 THEN timestamp '2023-02-14 10:00:00' + make_interval(mins => id * 2, secs => id * 0.917) END,
       name, type, uom, id <> 42, id <= 42 AND id NOT IN (29, 30), id BETWEEN 31 AND 42, id IN (47, 48) FROM (VALUES
  (1, 'Paracetamol 500 mg comprimido', 'goods', 1), (2, 'Paracetamol 120 mg/5 ml jarabe, frasco 60 ml', 'goods', 1), (3, 'Amoxicilina 500 mg cápsula', 'goods', 1),
  (4, 'Amoxicilina 250 mg/5 ml suspensión, frasco 60 ml', 'goods', 1), (5, 'Ibuprofeno 400 mg comprimido', 'goods', 1), (6, 'Metformina 850 mg comprimido', 'goods', 1),
  (7, 'Enalapril 10 mg comprimido', 'goods', 1), (8, 'Losartán 50 mg comprimido', 'goods', 1), (9, 'Sales de rehidratación oral, sobre 27,9 g', 'goods', 1),
  (10, 'Sulfato ferroso 200 mg + ácido fólico 0,4 mg comprimido', 'goods', 1), (11, 'Benznidazol 100 mg comprimido', 'goods', 1), (12, 'Cotrimoxazol 800/160 mg comprimido', 'goods', 1),
  (13, 'Albendazol 400 mg comprimido', 'goods', 1), (14, 'Ceftriaxona 1 g polvo para inyección, vial', 'goods', 1), (15, 'Oxitocina 10 UI/ml ampolla', 'goods', 1),
  (16, 'Sulfato de magnesio 20 % ampolla 10 ml', 'goods', 1), (17, 'Insulina NPH 100 UI/ml, frasco 10 ml', 'goods', 1), (18, 'Salbutamol 100 mcg/dosis inhalador', 'goods', 1),
  (19, 'Omeprazol 20 mg cápsula', 'goods', 1), (20, 'Suero antiofídico polivalente, frasco ampolla', 'goods', 1),
  (21, 'Rifampicina/isoniazida/pirazinamida/etambutol 150/75/400/275 mg comprimido', 'goods', 1), (22, 'Permetrina 5 % loción, frasco 60 ml', 'goods', 1),
  (23, 'Fluoxetina 20 mg cápsula', 'goods', 1), (24, 'Diclofenaco 75 mg/3 ml ampolla', 'goods', 1), (25, 'Nitrofurantoína 100 mg cápsula', 'goods', 1),
  (26, 'Zinc 20 mg comprimido dispersable', 'goods', 1), (27, 'Mupirocina 2 % pomada, tubo 15 g', 'goods', 1), (28, 'Furosemida 40 mg comprimido', 'goods', 1),
  (29, 'Jeringa descartable 5 ml', 'goods', 1), (30, 'Guantes de examen talla M, caja x100', 'goods', 1),
  (31, 'Vacuna BCG', 'goods', 1), (32, 'Vacuna pentavalente (DPT-HB-Hib)', 'goods', 1), (33, 'Vacuna antipoliomielítica inactivada (IPV)', 'goods', 1),
  (34, 'Vacuna SRP (sarampión, rubéola, parotiditis)', 'goods', 1), (35, 'Vacuna antiamarílica', 'goods', 1), (36, 'Vacuna contra el virus del papiloma humano (VPH)', 'goods', 1),
  (37, 'Vacuna contra la influenza estacional', 'goods', 1), (38, 'Vacuna antirrotavírica', 'goods', 1), (39, 'Vacuna antineumocócica conjugada 13-valente', 'goods', 1),
  (40, 'Vacuna dT adulto', 'goods', 1), (41, 'Vacuna COVID-19 BBIBP-CorV (Sinopharm)', 'goods', 1), (42, 'Vacuna COVID-19 Comirnaty (Pfizer-BioNTech)', 'goods', 1),
  (45, 'Consulta externa', 'service', 2), (46, 'Atención de emergencia', 'service', 2), (47, 'SUS – Sistema Único de Salud', 'service', 2),
  (48, 'Seguro de corto plazo – Caja Nacional de Salud', 'service', 2), (49, 'Día cama, sala de medicina', 'service', 3), (50, 'Ecografía obstétrica', 'service', 2)
) v(id, name, type, uom);

CREATE TABLE gnuhealth_medicament (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL, active_component varchar, therapeutic_action varchar, composition text, indications text, presentation text, pregnancy_category varchar, active boolean DEFAULT true
);
INSERT INTO gnuhealth_medicament (id, create_uid, create_date, name, active_component, therapeutic_action, composition, indications, presentation, pregnancy_category, active)
SELECT t.id, 24, t.create_date + interval '40 seconds', t.id, v.comp, v.action, v.composition, v.ind, v.pres, v.preg, t.active
FROM product_template t JOIN (VALUES
  (1, 'Paracetamol', 'Analgésico, antipirético', 'Paracetamol 500 mg', 'Dolor leve a moderado, fiebre', 'Caja x 100 comprimidos', 'B'),
  (2, 'Paracetamol', 'Analgésico, antipirético', 'Paracetamol 120 mg por 5 ml', 'Fiebre y dolor en niños', 'Frasco de 60 ml', 'B'),
  (3, 'Amoxicilina', 'Antibiótico betalactámico', 'Amoxicilina trihidrato equivalente a 500 mg', 'Neumonía adquirida en la comunidad, otitis, faringitis estreptocócica', 'Caja x 100 cápsulas', 'B'),
  (4, 'Amoxicilina', 'Antibiótico betalactámico', 'Amoxicilina 250 mg por 5 ml', 'Infecciones respiratorias en niños', 'Frasco para reconstituir 60 ml', 'B'),
  (5, 'Ibuprofeno', 'AINE', 'Ibuprofeno 400 mg', 'Dolor, inflamación. No usar en sospecha de dengue', 'Caja x 100', 'C'),
  (6, 'Metformina', 'Hipoglucemiante oral', 'Metformina clorhidrato 850 mg', 'Diabetes mellitus tipo 2', 'Caja x 60', 'B'),
  (7, 'Enalapril', 'IECA, antihipertensivo', 'Enalapril maleato 10 mg', 'Hipertensión arterial, insuficiencia cardíaca', 'Caja x 30', 'D'),
  (8, 'Losartán', 'ARA II, antihipertensivo', 'Losartán potásico 50 mg', 'Hipertensión arterial', 'Caja x 30', 'D'),
  (9, 'Sales de rehidratación oral', 'Rehidratante', 'Glucosa, cloruro de sodio, cloruro de potasio, citrato trisódico', 'Deshidratación por diarrea', 'Sobre para 1 litro', 'A'),
  (10, 'Sulfato ferroso + ácido fólico', 'Antianémico', 'Hierro elemental 60 mg, ácido fólico 0,4 mg', 'Prevención y tratamiento de anemia en embarazo', 'Frasco x 100', 'A'),
  (11, 'Benznidazol', 'Antiparasitario (tripanocida)', 'Benznidazol 100 mg', 'Enfermedad de Chagas', 'Frasco x 100', 'X'),
  (12, 'Sulfametoxazol + trimetoprima', 'Antibiótico', 'Sulfametoxazol 800 mg, trimetoprima 160 mg', 'Infecciones urinarias, profilaxis en VIH', 'Caja x 20', 'C'),
  (13, 'Albendazol', 'Antihelmíntico', 'Albendazol 400 mg', 'Parasitosis intestinal', 'Caja x 1', 'C'),
  (14, 'Ceftriaxona', 'Cefalosporina de 3.ª generación', 'Ceftriaxona sódica 1 g', 'Neumonía grave, pielonefritis, apendicitis complicada', 'Vial + ampolla de diluyente', 'B'),
  (15, 'Oxitocina', 'Uterotónico', 'Oxitocina sintética 10 UI/ml', 'Manejo activo del alumbramiento, prevención de hemorragia posparto', 'Ampolla 1 ml', 'X'),
  (16, 'Sulfato de magnesio', 'Anticonvulsivante', 'Sulfato de magnesio heptahidratado 2 g/10 ml', 'Preeclampsia severa, eclampsia', 'Ampolla 10 ml', 'A'),
  (17, 'Insulina humana isofánica', 'Hipoglucemiante', 'Insulina NPH 100 UI/ml', 'Diabetes mellitus', 'Frasco 10 ml, cadena de frío', 'B'),
  (18, 'Salbutamol', 'Broncodilatador beta-2', 'Salbutamol sulfato 100 mcg por dosis', 'Asma, broncoespasmo', 'Inhalador 200 dosis', 'C'),
  (19, 'Omeprazol', 'Inhibidor de la bomba de protones', 'Omeprazol 20 mg', 'Gastritis, úlcera péptica', 'Caja x 28', 'C'),
  (20, 'Suero antiofídico polivalente', 'Antiveneno', 'Inmunoglobulinas equinas anti Bothrops, Crotalus, Lachesis', 'Accidente ofídico', 'Frasco ampolla 10 ml', 'C'),
  (21, 'Rifampicina + isoniazida + pirazinamida + etambutol', 'Antituberculoso', '150/75/400/275 mg', 'Tuberculosis, fase intensiva', 'Blíster x 28', 'C'),
  (22, 'Permetrina', 'Escabicida', 'Permetrina 5 %', 'Escabiosis, pediculosis', 'Frasco 60 ml', 'B'),
  (23, 'Fluoxetina', 'Antidepresivo ISRS', 'Fluoxetina clorhidrato 20 mg', 'Depresión', 'Caja x 30', 'C'),
  (24, 'Diclofenaco', 'AINE', 'Diclofenaco sódico 75 mg/3 ml', 'Dolor agudo', 'Ampolla 3 ml', 'C'),
  (25, 'Nitrofurantoína', 'Antiséptico urinario', 'Nitrofurantoína 100 mg', 'Infección urinaria baja', 'Caja x 40', 'B'),
  (26, 'Zinc', 'Suplemento', 'Sulfato de zinc 20 mg', 'Diarrea aguda en niños', 'Blíster x 10', 'A'),
  (27, 'Mupirocina', 'Antibiótico tópico', 'Mupirocina 2 %', 'Impétigo', 'Tubo 15 g', 'B'),
  (28, 'Furosemida', 'Diurético de asa', 'Furosemida 40 mg', 'Insuficiencia cardíaca, edemas', 'Caja x 20', 'C'),
  (31, 'BCG', 'Vacuna', 'Mycobacterium bovis atenuado', 'Recién nacidos', 'Frasco multidosis', NULL),
  (32, 'DPT-HB-Hib', 'Vacuna', 'Toxoides diftérico y tetánico, B. pertussis, HBsAg, Hib conjugado', '2, 4 y 6 meses', 'Vial unidosis', NULL),
  (33, 'IPV', 'Vacuna', 'Poliovirus inactivados tipos 1, 2 y 3', '2, 4 y 6 meses', 'Vial', NULL),
  (34, 'SRP', 'Vacuna', 'Virus vivos atenuados de sarampión, rubéola y parotiditis', '12 meses y refuerzo', 'Vial liofilizado', 'X'),
  (35, 'Antiamarílica', 'Vacuna', 'Virus de la fiebre amarilla 17D', 'Desde los 12 meses', 'Vial multidosis', 'C'),
  (36, 'VPH', 'Vacuna', 'Proteína L1 de VPH 6, 11, 16 y 18', 'Niñas y niños de 10 a 12 años', 'Jeringa prellenada', NULL),
  (37, 'Influenza estacional', 'Vacuna', 'Virus fraccionados, hemisferio sur', 'Niños, embarazadas, adultos mayores, personal de salud', 'Jeringa prellenada', 'B'),
  (38, 'Rotavirus', 'Vacuna', 'Rotavirus vivo atenuado', '2 y 4 meses', 'Oral', NULL),
  (39, 'Neumococo 13-valente', 'Vacuna', 'Polisacáridos conjugados', '2, 4 y 12 meses', 'Jeringa prellenada', NULL),
  (40, 'dT', 'Vacuna', 'Toxoides diftérico y tetánico', 'Embarazadas y adultos', 'Vial multidosis', 'A'),
  (41, 'COVID-19 BBIBP-CorV', 'Vacuna', 'SARS-CoV-2 inactivado', 'Mayores de 3 años', 'Vial', NULL),
  (42, 'COVID-19 ARNm', 'Vacuna', 'ARNm BNT162b2', 'Mayores de 5 años', 'Vial multidosis, ultracongelación', NULL)
) v(id, comp, action, composition, ind, pres, preg) ON v.id = t.id ORDER BY t.id;

-- ---------------------------------------------------------------------------
-- Patients.

-- Deaths: who died, when, of what, where.
CREATE TABLE pgen.death (i int PRIMARY KEY, code text, place text, manner text, details text, dod timestamp);
INSERT INTO pgen.death (i, code, place, manner, details) VALUES
  (272, 'I50.0', 'home', 'natural', 'Domicilio, falleció durmiendo'), (278, 'B57.2', 'health_center', 'natural', 'Sala de medicina, cama 4'),
  (284, 'C53.9', 'home', 'natural', 'Domicilio, cuidados paliativos'), (290, 'U07.1', 'health_center', 'natural', 'Aislamiento COVID del HDCC'),
  (296, 'I64', 'health_center', 'natural', 'Emergencias HDCC'), (300, 'J18.9', 'home', 'natural', NULL),
  (15, 'V29.4', 'public_place', 'undetermined', 'Carretera Cuatro Cañadas – San Julián, km 62'), (47, 'T63.0', 'work', 'natural', 'En el chaco, llegó sin vida al hospital'),
  (118, 'O14.1', 'health_center', 'natural', 'Falleció durante el traslado al Hospital de Referencia Departamental Norte'), (205, 'E10.9', 'home', 'natural', 'Domicilio; la familia no tenía insulina'),
  (333, 'P07.3', 'health_center', 'natural', 'Neonatología HDCC'), (362, 'V29.4', 'public_place', 'pending_investigation', 'Encontrado al costado de la ruta 4, km 48'),
  (366, 'S06.0', 'public_place', 'pending_investigation', 'Afuera del alojamiento El Viajero, Pailón'), (58, 'A15.0', 'home', 'natural', NULL);
UPDATE pgen.death d SET dod = CASE
    WHEN d.i = 333 THEN (p.dob + 3) + time '04:40'
    WHEN d.i = 118 THEN (nb.dob + 1) + time '22:15'
    WHEN d.i = 290 THEN pgen.at('dod', d.i, greatest(p.reg + interval '60 days', '2021-06-01'), '2021-08-30')
    ELSE pgen.at('dod', d.i, p.reg + interval '90 days', '2024-06-10') END
FROM pgen.p p LEFT JOIN pgen.p nb ON nb.mother = p.i WHERE p.i = d.i;

CREATE TABLE gnuhealth_patient (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL UNIQUE REFERENCES party_party (id) ON DELETE RESTRICT, family integer REFERENCES gnuhealth_family (id) ON DELETE SET NULL,
    primary_care_doctor integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL, current_insurance integer,
    blood_type varchar, rh varchar, hb varchar, general_info text, critical_info text, deceased boolean, dod timestamp(0) without time zone,
    cod integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL, biological_sex varchar, ses varchar, housing varchar, income varchar,
    domestic_violence boolean, fam_apgar_score integer, smoking boolean, smoking_number integer, alcohol boolean, drug_usage boolean, sexual_preferences varchar, ses_notes text
);
INSERT INTO gnuhealth_patient (id, create_uid, create_date, write_uid, write_date, name, family, primary_care_doctor, current_insurance, blood_type, rh, hb, general_info, critical_info,
    deceased, dod, cod, biological_sex, ses, housing, income, domestic_violence, fam_apgar_score, smoking, smoking_number, alcohol, drug_usage, sexual_preferences, ses_notes)
SELECT p.i, pp.create_uid, pgen.us(p.reg + interval '1 minute', 'ptcd', p.i),
       CASE WHEN d.i IS NOT NULL THEN 15 WHEN p.i % 3 = 0 THEN (ARRAY[2, 5, 7, 8, 10, 11, 15])[1 + fixture_gen.n('ptwu', p.i, 7)] END,
       CASE WHEN d.i IS NOT NULL THEN pgen.us(d.dod + interval '3 hours', 'ptwd', p.i) WHEN p.i % 3 = 0 THEN pgen.us(pgen.at('ptwd', p.i, p.reg + interval '1 day', '2024-06-27'), 'ptwu', p.i) END,
       p.i, CASE WHEN p.kind IN ('family', 'newborn') THEN p.f END,
       CASE WHEN p.kind IN ('nn') THEN NULL WHEN p.c = 'menno' THEN 7 WHEN p.c = 'nikkei' THEN 33 WHEN p.c = 'indig' THEN 7 WHEN age(timestamp '2024-06-27', p.dob) < interval '12 years' THEN 4
            ELSE (ARRAY[1, 2, 6, 7, 21, 6, 2])[1 + fixture_gen.n('ptpc', coalesce(p.f, p.i), 7)] END,
       CASE WHEN p.kind = 'nn' OR (p.c = 've' AND p.i % 2 = 0) THEN NULL WHEN p.i % 5 = 1 AND p.kind = 'family' AND p.k = 0 THEN 2 WHEN p.c = 'br' AND p.k IN (0, 1) THEN 3 ELSE 1 END,
       bt.bt, CASE WHEN bt.bt IS NULL THEN NULL WHEN p.c = 'menno' AND fixture_gen.n('ptrh', p.i, 7) = 0 THEN '-' WHEN fixture_gen.n('ptrh', p.i, 60) = 0 THEN '-' ELSE '+' END,
       CASE WHEN p.i IN (37, 164, 251) THEN 'as' WHEN p.i = 212 THEN 'ss' WHEN bt.bt IS NOT NULL AND p.i % 4 = 0 THEN 'aa' END,
       CASE CASE WHEN p.dob > date '2006-01-01' AND fixture_gen.n('ptgi', p.i, 14) IN (1, 2, 3, 5) THEN 9 ELSE fixture_gen.n('ptgi', p.i, 14) END
         WHEN 0 THEN 'Vive con su familia en ' || p.city || '. ' || CASE WHEN p.c = 'menno' THEN 'Habla solo plautdietsch; para citas llamar a Katharina Dyck.' ELSE 'Sin teléfono propio.' END
         WHEN 1 THEN CASE WHEN p.sex = 'm' THEN 'Agricultor, siembra soya y maíz en tierras alquiladas.' ELSE 'Trabajadora del hogar en Santa Cruz, vuelve los fines de semana.' END
         WHEN 2 THEN 'Testigo de Jehová: no acepta transfusiones de sangre.'
         WHEN 3 THEN CASE WHEN p.c = 've' THEN 'Migrante, ingresó a Bolivia en 2021 por Pisiga. Vende arepas en la terminal.' WHEN p.c = 'br' THEN 'Camionero, transporta soya a Puerto Quijarro. Habla portunhol.'
                          ELSE 'Llega al hospital en moto del vecino, 40 minutos de camino.' END
         WHEN 4 THEN 'Cuidador principal: ' || coalesce(h.first || ' ' || h.last, 'no tiene') || '.'
         WHEN 5 THEN CASE WHEN p.c = 'menno' AND p.sex = 'f' THEN 'Asiste a la iglesia de la colonia; prefiere ser atendida por mujeres.' WHEN p.sex = 'f' THEN 'Prefiere ser atendida por mujeres.' END
       END,
       CASE WHEN p.i % 19 = 3 THEN 'Alergia a la penicilina (urticaria generalizada en 2019).' WHEN p.i % 19 = 7 THEN 'Chagas reactivo. No donar sangre.'
            WHEN p.i % 19 = 11 AND p.dob < date '1985-01-01' THEN 'Diabético/a insulinorrequirente, glucómetro propio.' WHEN p.i = 212 THEN 'Anemia falciforme (HbSS). Crisis dolorosas: hidratar y analgesia.'
            WHEN p.i = 142 THEN 'Epilepsia: fenobarbital 100 mg por la noche.' WHEN p.i = 377 THEN 'VIH en TARV, seguimiento en el CDVIR de Santa Cruz.'
            WHEN p.i % 19 = 14 AND p.sex = 'f' AND p.dob BETWEEN date '1980-01-01' AND date '2004-01-01' THEN 'Portadora de DIU (T de cobre) desde 2022. Cesárea anterior.'
            WHEN p.i = 238 THEN 'Síndrome de Down.' END,
       d.i IS NOT NULL, d.dod, (SELECT id FROM gnuhealth_pathology WHERE code = d.code),
       CASE WHEN p.kind = 'nn' AND p.i = 364 THEN NULL ELSE p.sex END,
       CASE WHEN p.kind IN ('nn') THEN NULL WHEN p.c IN ('indig', 've') THEN fixture_gen.pick(ARRAY['0', '0', '1'], 'ptses', coalesce(p.f, p.i))
            WHEN p.c IN ('menno', 'nikkei', 'br') THEN fixture_gen.pick(ARRAY['2', '3', '3', '4'], 'ptses', coalesce(p.f, p.i)) ELSE fixture_gen.pick(ARRAY['0', '1', '1', '2', '2', '3'], 'ptses', coalesce(p.f, p.i)) END,
       CASE WHEN p.kind IN ('nn', 'transient') THEN NULL WHEN p.city LIKE 'Comunidad%' THEN fixture_gen.pick(ARRAY['0', '1'], 'pthou', p.f) ELSE fixture_gen.pick(ARRAY['1', '2', '2', '3', '4'], 'pthou', coalesce(p.f, p.i)) END,
       CASE WHEN p.kind IN ('nn') THEN NULL WHEN p.c IN ('indig', 've', 'andino') THEN fixture_gen.pick(ARRAY['l', 'l', 'm'], 'ptinc', coalesce(p.f, p.i)) WHEN p.c IN ('menno', 'nikkei', 'br') THEN fixture_gen.pick(ARRAY['m', 'h', 'h'], 'ptinc', coalesce(p.f, p.i)) ELSE fixture_gen.pick(ARRAY['l', 'm', 'm'], 'ptinc', coalesce(p.f, p.i)) END,
       p.kind = 'family' AND p.f IN (6, 15, 33, 51, 69, 87) AND p.k IN (0, 1, 2),
       CASE WHEN p.kind = 'family' AND p.dob < date '2008-01-01' AND p.i % 3 <> 2 THEN 3 + fixture_gen.n('ptapg', p.i, 8) END,
       sm.smoking, CASE WHEN sm.smoking THEN 2 + fixture_gen.n('ptsmn', p.i, 18) END,
       p.dob < date '2006-01-01' AND p.c <> 'menno' AND fixture_gen.n('ptalc', p.i, 3) = 0,
       p.dob < date '2006-01-01' AND p.i IN (44, 128, 369, 373),
       CASE WHEN p.dob < date '2008-01-01' AND p.kind IN ('family', 'transient') THEN CASE WHEN p.i IN (137, 371) THEN 'g' WHEN p.i = 226 THEN 'b' ELSE 'h' END END,
       CASE fixture_gen.n('ptsn', coalesce(p.f, p.i), 9)
         WHEN 0 THEN 'Ingreso familiar menor al salario mínimo; el padre trabaja como jornalero en las colonias.'
         WHEN 1 THEN CASE WHEN p.dob < date '1964-01-01' THEN 'Cobra la Renta Dignidad.' WHEN p.sex = 'f' AND p.dob BETWEEN date '1978-01-01' AND date '2006-01-01' THEN 'Beneficiaria del Bono Juana Azurduy.'
                          WHEN p.dob > date '2008-01-01' THEN 'La familia cobra el bono escolar Juancito Pinto.' END
         WHEN 2 THEN 'Tienen tierra propia (' || (20 + fixture_gen.n('ptha', p.i, 400))::text || ' ha de soya y sorgo).'
         WHEN 3 THEN CASE WHEN p.c = 've' THEN 'Sin documentos bolivianos; trabajo informal. Comparte cuarto con otras 5 personas.' ELSE 'Hijos en edad escolar trabajan en la cosecha.' END
       END
FROM pgen.p p JOIN party_party pp ON pp.id = p.i LEFT JOIN pgen.death d ON d.i = p.i
LEFT JOIN pgen.p h ON h.kind = 'family' AND h.f = p.f AND h.k = CASE WHEN p.k = 0 THEN 1 ELSE 0 END
CROSS JOIN LATERAL (SELECT CASE WHEN p.i % 4 = 2 THEN NULL ELSE fixture_gen.pick(ARRAY['O', 'O', 'O', 'O', 'O', 'O', 'A', 'A', 'A', 'B', 'AB'], 'ptbt', p.i) END AS bt) bt
CROSS JOIN LATERAL (SELECT p.dob < date '2006-01-01' AND p.c <> 'menno' AND fixture_gen.n('ptsm', p.i, CASE WHEN p.sex = 'm' THEN 4 ELSE 12 END) = 0 AS smoking) sm
WHERE p.kind IN ('family', 'newborn', 'nn', 'transient') ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Evaluations and what follows from them.

-- Clinical scenarios: the diagnosis, what the clinician typed, the drugs,
-- the lab test type, whether the patient is admitted.
CREATE TABLE pgen.sc (s int PRIMARY KEY, code text, etype text, cc text, hpi text, summ text, dir text, drugs int[], lab int, inpat boolean, fever boolean, htn boolean, hypox boolean);
INSERT INTO pgen.sc VALUES
 (1, 'A09', 'outpatient', 'Diarrea y vómitos', 'Traído/a por {acomp} por deposiciones líquidas, 6 a 8 al día, sin moco ni sangre, de {dias} días de evolución. Vómitos en 2 ocasiones. Toman agua del pozo sin hervir.',
     'EDA con deshidratación leve. Plan B de rehidratación en el servicio, tolera vía oral.', 'SRO a libre demanda, zinc 20 mg por 10 días, continuar alimentación. Volver si no tolera líquidos o hay sangre en las heces.', ARRAY[9, 26], NULL, false, false, false, false),
 (2, 'A90', 'outpatient', 'Fiebre alta y dolor de cuerpo', 'Cuadro de {dias} días con fiebre de 39 °C, cefalea retroocular, mialgias y artralgias intensas. Niega sangrados. Varios vecinos del barrio con el mismo cuadro.',
     'Dengue sin signos de alarma (grupo A). Se notifica a epidemiología.', 'Reposo, abundantes líquidos, paracetamol cada 6 horas. NO tomar ibuprofeno ni aspirina. Volver de inmediato si dolor abdominal, vómitos persistentes o sangrado.', ARRAY[1], 6, false, true, false, false),
 (3, 'I10', 'pa', 'Control de presión', 'Paciente de {edad} años, hipertenso/a conocido/a desde hace {dias} años. Refiere cefalea occipital ocasional. Suspendió el enalapril hace un mes porque no tenía para el pasaje al hospital.',
     'HTA no controlada por abandono del tratamiento.', 'Reiniciar antihipertensivo. Dieta sin sal, caminar 30 minutos al día. Control en 15 días con el promotor.', ARRAY[7], NULL, false, false, true, false),
 (4, 'E11.9', 'pa', 'Control de azúcar', 'Diabético/a tipo 2 en tratamiento con metformina. Trae glucometrías de la farmacia entre 180 y 240 mg/dl. Poliuria y visión borrosa. Come arroz y yuca en todas las comidas.',
     'DM2 con mal control metabólico.', 'Metformina 850 mg con almuerzo y cena. Interconsulta con nutrición (Lic. Melgar). HbA1c en 3 meses.', ARRAY[6], 2, false, false, false, false),
 (5, 'B57.2', 'outpatient', 'Palpitaciones y cansancio', 'Palpitaciones y disnea a medianos esfuerzos desde hace {dias} meses. Vivió hasta los 20 años en casa de adobe con vinchucas. Serología para Chagas reactiva en la campaña de 2019, nunca tratado/a.',
     'Enfermedad de Chagas crónica con probable compromiso cardíaco. ECG: bloqueo completo de rama derecha.', 'Referencia a cardiología del Hospital de Referencia Departamental Norte. Evaluar benznidazol.', ARRAY[11], 4, false, false, false, false),
 (6, 'J18.9', 'emergency', 'Tos y fiebre', 'Tos productiva y fiebre de {dias} días, dificultad para respirar desde ayer. Cocinan con leña dentro de la casa.',
     'Neumonía adquirida en la comunidad con hipoxemia. Se decide internación.', 'Ceftriaxona 1 g EV cada 24 horas, oxígeno por bigotera, control de saturación cada 4 horas.', ARRAY[14, 1], 1, true, true, false, true),
 (7, 'J06.9', 'outpatient', 'Resfrío y tos', 'Rinorrea, tos seca y fiebre no cuantificada de {dias} días. Come bien. Hermanos con el mismo cuadro.',
     'IRA alta sin neumonía.', 'Paracetamol jarabe si hay fiebre, lavados nasales con suero, abundantes líquidos. Volver si respira rápido o se le hunden las costillas.', ARRAY[2], NULL, false, true, false, false),
 (8, 'Z34.9', 'pa', 'Control prenatal', 'Gestante de {dias} semanas por FUM. Movimientos fetales presentes. Niega sangrado, cefalea o edemas. Cobra el Bono Juana Azurduy.',
     'Embarazo de curso normal. Altura uterina acorde a la edad gestacional.', 'Sulfato ferroso + ácido fólico 1 comprimido al día. Vacuna dT. Próximo control en 4 semanas. Plan de parto en el HDCC.', ARRAY[10], 8, false, false, false, false),
 (9, 'O14.1', 'emergency', 'Dolor de cabeza fuerte e hinchazón', 'Gestante de {dias} semanas traída por {acomp} desde {lugar} por cefalea intensa, fosfenos y edema de miembros inferiores desde hace 2 días. No acudió a controles prenatales.',
     'Preeclampsia severa. Se inicia sulfato de magnesio y se coordina la referencia.', 'Esquema Zuspan. Referencia urgente al Hospital de Referencia Departamental Norte en ambulancia con la Lic. Añez.', ARRAY[16], 3, true, false, true, false),
 (10, 'T63.0', 'emergency', 'Mordedura de víbora', 'Mordido/a en el pie derecho por víbora (la describe como yoperojobobo) hace {dias} horas mientras trabajaba en el chaco. Edema hasta la rodilla, dolor intenso. Le pusieron torniquete y ajo.',
     'Accidente ofídico botrópico moderado. Se administran 4 frascos de suero antiofídico polivalente.', 'Internación, tiempo de coagulación cada 6 horas, miembro elevado, retirar torniquete. Vacuna dT.', ARRAY[20, 1], 1, true, false, false, false),
 (11, 'V29.4', 'emergency', 'Accidente de moto', 'Traído por la ambulancia municipal (chofer Anderson dos Santos) tras caída de motocicleta en la carretera a San Julián, sin casco. Aliento alcohólico. Escoriaciones en brazo y pierna izquierdos, dolor en la muñeca.',
     'Politraumatizado leve. Fractura de radio distal izquierdo en la placa.', 'Inmovilización con férula, analgesia, control por traumatología (Dr. Yonamine) en 7 días.', ARRAY[24], NULL, true, false, false, false),
 (12, 'N39.0', 'outpatient', 'Ardor al orinar', 'Disuria y polaquiuria de {dias} días, sin fiebre ni dolor lumbar.', 'Infección urinaria baja no complicada.', 'Nitrofurantoína 100 mg cada 6 horas por 5 días. Tomar abundante agua.', ARRAY[25], 3, false, false, false, false),
 (13, 'E44.0', 'outpatient', 'No sube de peso', 'Traído/a por {acomp}. Peso estancado desde hace {dias} meses, come poco, diarreas a repetición. La madre trabaja en la cosecha y lo cuida la abuela.',
     'Desnutrición aguda moderada. Se incluye en el programa de alimentación complementaria.', 'Nutribebé 1 sobre al día, zinc, albendazol. Control semanal de peso con la promotora.', ARRAY[26, 13], 1, false, false, false, false),
 (14, 'K35.8', 'emergency', 'Dolor de barriga', 'Dolor abdominal que empezó en el ombligo y migró a la fosa ilíaca derecha, {dias} horas de evolución, vómitos y fiebre. Tomó mate de manzanilla.',
     'Abdomen agudo quirúrgico: apendicitis aguda. Se programa apendicectomía.', 'Nada por boca, ceftriaxona, hidratación EV. Quirófano con el Dr. Saucedo.', ARRAY[14], 1, true, true, false, false),
 (15, 'A15.0', 'outpatient', 'Tos de más de 15 días', 'Tos productiva de {dias} semanas, sudoración nocturna y pérdida de 6 kg. En casa, {acomp} recibió tratamiento para tuberculosis en 2022.',
     'Sintomático respiratorio. Baciloscopía positiva (++). Se notifica al programa de TB.', 'Esquema DOTS fase intensiva con toma supervisada diaria en el centro de salud. Estudio de contactos del hogar.', ARRAY[21], 5, false, true, false, false),
 (16, 'U07.1', 'outpatient', 'Fiebre, tos y pérdida del olfato', 'Fiebre, tos seca, odinofagia y anosmia de {dias} días. Compañeros de trabajo con síntomas. Prueba de antígeno positiva.',
     'COVID-19 leve, sin criterios de internación.', 'Aislamiento domiciliario 7 días, paracetamol, oxímetro. Volver si la saturación baja de 92 %.', ARRAY[1], NULL, false, true, false, true),
 (17, 'B86', 'outpatient', 'Picazón en todo el cuerpo', 'Prurito de predominio nocturno de {dias} semanas, lesiones en manos y cintura. Toda la familia se rasca.', 'Escabiosis. Tratar a todos los convivientes.',
     'Permetrina 5 % en todo el cuerpo por la noche, repetir en 7 días. Lavar ropa y sábanas con agua caliente.', ARRAY[22], NULL, false, false, false, false),
 (18, 'K29.7', 'outpatient', 'Ardor en el estómago', 'Epigastralgia urente de {dias} semanas que empeora con el ayuno. Toma diclofenaco comprado en la tienda por dolor de espalda.', 'Gastritis probablemente por AINE.',
     'Omeprazol 20 mg en ayunas por 4 semanas. Suspender el diclofenaco.', ARRAY[19], NULL, false, false, false, false),
 (19, 'F32.1', 'outpatient', 'Tristeza, no duerme', 'Tristeza, llanto fácil e insomnio desde hace {dias} meses, desde que su hijo mayor se fue a trabajar a Buenos Aires. Vive con {acomp}. Niega ideas suicidas.',
     'Episodio depresivo moderado.', 'Fluoxetina 20 mg por la mañana. Interconsulta con psicología (Lic. Oliveira). Control en 2 semanas.', ARRAY[23], NULL, false, false, false, false),
 (20, 'M54.5', 'outpatient', 'Dolor de espalda', 'Lumbalgia de {dias} días tras cargar bolsas de soya. Sin irradiación ni pérdida de fuerza.', 'Lumbago mecánico.', 'Ibuprofeno por 5 días con comida, calor local, reposo relativo.', ARRAY[5], NULL, false, false, false, false),
 (21, 'D50.9', 'outpatient', 'Cansancio y palidez', 'Cansancio y palidez desde hace {dias} meses. Come poca carne. Hemoglobina capilar 9,8 g/dl.', 'Anemia ferropénica.',
     'Sulfato ferroso por 3 meses, albendazol dosis única, dieta con hígado y lentejas.', ARRAY[10, 13], 1, false, false, false, false),
 (22, 'J45.9', 'emergency', 'Silbido en el pecho', 'Dificultad para respirar con silbido desde anoche, tras la quema de caña cerca de la casa. Crisis similares antes.', 'Crisis asmática moderada, buena respuesta a salbutamol.',
     'Salbutamol 2 puff cada 4 a 6 horas con aerocámara. Evitar el humo.', ARRAY[18], NULL, false, false, false, true),
 (23, 'L01.0', 'outpatient', 'Granos con costra', 'Lesiones con costra melicérica en cara y piernas de {dias} días. Va a la guardería del barrio.', 'Impétigo.',
     'Lavar con agua y jabón, mupirocina 3 veces al día por 7 días. Cortar las uñas.', ARRAY[27], NULL, false, false, false, false),
 (24, 'O80.0', 'inpatient', 'Trabajo de parto', 'Gestante a término con contracciones desde la madrugada. Bolsa rota hace 2 horas, líquido claro. Llegó en mototaxi desde {lugar}.',
     'Parto eutócico, recién nacido vivo, Apgar 8/9. Alumbramiento completo con manejo activo.', 'Alojamiento conjunto, lactancia exclusiva, control de sangrado. Alta en 24 horas si no hay complicaciones.', ARRAY[15], NULL, true, false, false, false),
 (25, 'Z00.1', 'pa', 'Control de niño sano', 'Control de crecimiento y desarrollo. Alimentación adecuada para la edad. Carnet de vacunas al día.', 'Crecimiento adecuado para la edad.',
     'Continuar lactancia y alimentación complementaria, vacunas según calendario. Próximo control en 2 meses.', NULL, NULL, false, false, false, false),
 (26, 'I50.0', 'outpatient', 'Se ahoga al caminar, pies hinchados', 'Disnea de esfuerzo progresiva y ortopnea de {dias} semanas, edema de miembros inferiores. Chagas reactivo conocido.',
     'Insuficiencia cardíaca descompensada.', 'Furosemida, enalapril, restricción de sal y líquidos. Control en una semana; si empeora, internación.', ARRAY[28, 7], NULL, false, false, true, true),
 (27, 'P59.9', 'outpatient', 'Bebé amarillo', 'Recién nacido traído por {acomp} por coloración amarilla de la piel hasta el abdomen. Lactancia materna, succión adecuada.',
     'Ictericia neonatal, zona 3 de Kramer. Fototerapia.', 'Fototerapia, lactancia cada 2 horas, bilirrubinas de control.', NULL, 1, true, false, false, false),
 (28, 'B55.1', 'outpatient', 'Herida que no cura', 'Úlcera indolora de bordes elevados en el antebrazo de {dias} semanas. Trabajó en el desmonte cerca de Yotaú.',
     'Sospecha de leishmaniasis cutánea. Frotis solicitado.', 'Referencia al programa de leishmaniasis para antimoniales.', NULL, NULL, false, false, false, false);

-- The companion of each patient (mother of a child, spouse of an adult).
CREATE TABLE pgen.comp (i int PRIMARY KEY, phrase text, name text, phone text);
INSERT INTO pgen.comp
SELECT p.i,
       CASE WHEN c.i IS NULL THEN NULL
            WHEN p.kind = 'newborn' OR p.dob > date '2010-01-01' THEN CASE WHEN c.sex = 'f' THEN 'su madre, ' ELSE 'su padre, ' END
            WHEN p.k = 3 THEN CASE WHEN c.sex = 'f' THEN 'su hija ' ELSE 'su hijo ' END
            ELSE CASE WHEN c.sex = 'f' THEN 'su esposa ' ELSE 'su esposo ' END END || c.first || ' ' || c.last,
       c.first || ' ' || c.last, c.phone
FROM pgen.p p LEFT JOIN pgen.p c ON c.i = CASE WHEN p.kind = 'newborn' THEN p.mother WHEN p.kind = 'family' AND (p.dob > date '2010-01-01' OR p.k = 3) THEN CASE WHEN p.f % 7 = 0 THEN p.f ELSE 90 + p.f END
                                              WHEN p.kind = 'family' AND p.k = 0 THEN 90 + p.f WHEN p.kind = 'family' AND p.k = 1 THEN p.f END
WHERE p.kind IN ('family', 'newborn', 'nn', 'transient');

CREATE TABLE pgen.ev (e int PRIMARY KEY, i int, t timestamp, s int, age int, agedays int, hp int, inst int);
INSERT INTO pgen.ev (e, i, t)
SELECT e, p.i, pgen.at('evt', e, lo, greatest(lo + interval '2 days', hi))
FROM generate_series(1, 430) e
CROSS JOIN LATERAL (SELECT CASE WHEN e % 8 = 0 THEN 301 + fixture_gen.n('evp', e, 60) WHEN e % 29 = 0 THEN 361 + fixture_gen.n('evp', e, 20) ELSE 1 + fixture_gen.n('evp', e, 300) END AS i) x
JOIN pgen.p p ON p.i = x.i LEFT JOIN pgen.death d ON d.i = p.i
CROSS JOIN LATERAL (SELECT greatest(p.reg, coalesce(p.dob::timestamp, p.reg)) AS lo, least(timestamp '2024-06-27 12:00', coalesce(d.dod - interval '1 day', timestamp '2024-06-27 12:00')) AS hi) b;
UPDATE pgen.ev v SET age = extract(year FROM age(v.t::date, coalesce(p.dob, date '1985-01-01')))::int, agedays = v.t::date - coalesce(p.dob, date '1985-01-01')
FROM pgen.p p WHERE p.i = v.i;
UPDATE pgen.ev v SET s = CASE
    WHEN p.kind = 'nn' THEN (ARRAY[11, 11, 10, 6, 14])[1 + fixture_gen.n('evs', v.e, 5)]
    WHEN v.agedays < 20 THEN (ARRAY[27, 25, 27])[1 + fixture_gen.n('evs', v.e, 3)]
    WHEN v.age < 1 THEN (ARRAY[25, 25, 1, 7, 6, 25])[1 + fixture_gen.n('evs', v.e, 6)]
    WHEN v.age < 13 THEN (ARRAY[1, 7, 13, 21, 22, 23, 25, 17, 6, 2, 1, 7])[1 + fixture_gen.n('evs', v.e, 12)]
    WHEN p.sex = 'f' AND v.age BETWEEN 15 AND 44 THEN (ARRAY[8, 8, 8, 9, 12, 24, 24, 21, 2, 16, 18, 19, 20, 3, 17])[1 + fixture_gen.n('evs', v.e, 15)]
    WHEN v.age >= 65 THEN (ARRAY[3, 4, 26, 6, 20, 5, 18])[1 + fixture_gen.n('evs', v.e, 7)]
    WHEN p.sex = 'm' THEN (ARRAY[2, 3, 4, 5, 6, 10, 11, 14, 15, 16, 18, 19, 20, 28, 17, 22])[1 + fixture_gen.n('evs', v.e, 16)]
    ELSE (ARRAY[3, 4, 5, 12, 16, 18, 19, 20, 26, 2, 15])[1 + fixture_gen.n('evs', v.e, 11)] END
FROM pgen.p p WHERE p.i = v.i;
-- Chronic diseases of the young become something else.
UPDATE pgen.ev SET s = (ARRAY[16, 18, 20, 2, 17])[1 + fixture_gen.n('evs2', e, 5)] WHERE s IN (3, 4, 26) AND age < 35;
-- Emergencies come at any hour; the rest in the morning and afternoon clinics.
UPDATE pgen.ev v SET t = CASE WHEN sc.etype = 'emergency' THEN v.t ELSE v.t::date + time '07:30' + make_interval(mins => fixture_gen.n('evh', v.e, 600)) END,
  hp = CASE WHEN v.s IN (8, 24) THEN (ARRAY[3, 14, 3, 6])[1 + fixture_gen.n('evhp', v.e, 4)] WHEN v.s = 9 THEN 3 WHEN v.s IN (10, 11, 14) THEN (ARRAY[5, 26, 21, 24])[1 + fixture_gen.n('evhp', v.e, 4)]
            WHEN v.age < 13 THEN (ARRAY[4, 4, 6, 33])[1 + fixture_gen.n('evhp', v.e, 4)] WHEN p.c = 'menno' THEN 7 WHEN p.c = 'nikkei' THEN 33
            ELSE (ARRAY[1, 2, 6, 7, 8, 21, 2, 6])[1 + fixture_gen.n('evhp', v.e, 8)] END,
  inst = CASE WHEN sc.etype IN ('emergency', 'inpatient') THEN 1 WHEN p.c = 'menno' AND v.e % 2 = 0 THEN 3 WHEN p.c = 'nikkei' THEN 4 WHEN p.c = 'indig' AND v.e % 2 = 0 THEN 2 ELSE 1 END
FROM pgen.p p, pgen.sc sc WHERE p.i = v.i AND sc.s = v.s;
UPDATE pgen.ev v SET t = least(v.t, d.dod - interval '6 hours') FROM pgen.death d WHERE d.i = v.i;

CREATE TABLE gnuhealth_patient_evaluation (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    code varchar UNIQUE, patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT, healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    evaluation_start timestamp(0) without time zone NOT NULL, evaluation_type varchar, state varchar, chief_complaint varchar, present_illness text, evaluation_summary text,
    information_source varchar, temperature double precision, systolic integer, diastolic integer, bpm integer, osat integer, weight double precision, height double precision,
    bmi double precision, diagnosis integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL, notes text, directions text,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL
);
INSERT INTO gnuhealth_patient_evaluation (id, create_uid, create_date, write_uid, write_date, code, patient, healthprof, evaluation_start, evaluation_type, state, chief_complaint,
    present_illness, evaluation_summary, information_source, temperature, systolic, diastolic, bpm, osat, weight, height, bmi, diagnosis, notes, directions, institution)
SELECT v.e, v.hp + 1, pgen.us(v.t, 'evcd', v.e), v.hp + 1, pgen.us(v.t + make_interval(mins => 15 + fixture_gen.n('evw', v.e, 50)), 'evwd', v.e),
       'EVAL/' || to_char(v.t, 'YYYY') || '/' || lpad((1000 + v.e * 7)::text, 6, '0'), v.i, v.hp, v.t, sc.etype,
       CASE WHEN v.t > timestamp '2024-06-20' THEN 'in_progress' WHEN v.e % 3 = 0 THEN 'signed' ELSE 'done' END,
       CASE WHEN v.e % 11 = 5 AND p.kind <> 'nn' THEN sc.cc || ' (' || CASE WHEN p.c = 'menno' THEN 'traduce ' || CASE WHEN v.e % 2 = 0 THEN 'la Lic. Sara Penner' ELSE 'Katharina Dyck' END ELSE 'acompaña ' || coalesce(cm.name, 'un vecino') END || ')' ELSE sc.cc END,
       replace(replace(replace(replace(CASE WHEN v.age < 1 AND v.s NOT IN (27) THEN 'Lactante de ' || (v.agedays / 30)::text || ' meses. ' WHEN v.age < 13 THEN 'Niño/a de ' || v.age::text || ' años. ' ELSE '' END || sc.hpi,
         '{edad}', v.age::text), '{dias}', (2 + fixture_gen.n('evd', v.e, 12))::text), '{acomp}', coalesce(cm.phrase, CASE WHEN p.kind = 'nn' THEN 'la policía' ELSE 'un vecino' END)),
         '{lugar}', coalesce(p.city, 'la carretera')),
       sc.summ || CASE WHEN v.e % 13 = 4 AND v.s NOT IN (24, 25) THEN ' Se explica a ' || coalesce(cm.name, 'el paciente') || ' los signos de alarma.' ELSE '' END,
       CASE WHEN p.kind = 'nn' THEN fixture_gen.pick(ARRAY['Policía caminera', 'Ambulancia municipal', 'Transeúnte que lo encontró'], 'evis', v.e)
            WHEN v.age < 13 THEN CASE WHEN v.e % 3 = 0 THEN 'Madre' ELSE coalesce(cm.phrase, 'Acompañante') END
            WHEN v.e % 5 = 0 AND cm.name IS NOT NULL THEN 'Paciente y ' || cm.phrase
            ELSE 'Paciente' END,
       round((CASE WHEN sc.fever THEN 38.1 + fixture_gen.n('evtp', v.e, 18) / 10.0 ELSE 36.2 + fixture_gen.n('evtp', v.e, 10) / 10.0 END)::numeric, 1)::float8,
       CASE WHEN v.age < 3 THEN NULL WHEN sc.htn THEN 150 + fixture_gen.n('evsy', v.e, 40) ELSE 100 + fixture_gen.n('evsy', v.e, 36) + CASE WHEN v.age > 60 THEN 10 ELSE 0 END END,
       CASE WHEN v.age < 3 THEN NULL WHEN sc.htn THEN 95 + fixture_gen.n('evdi', v.e, 20) ELSE 60 + fixture_gen.n('evdi', v.e, 25) END,
       CASE WHEN v.age < 1 THEN 120 + fixture_gen.n('evbp', v.e, 40) WHEN v.age < 13 THEN 85 + fixture_gen.n('evbp', v.e, 40) ELSE 62 + fixture_gen.n('evbp', v.e, 30) + CASE WHEN sc.fever THEN 15 ELSE 0 END END,
       CASE WHEN sc.hypox THEN 84 + fixture_gen.n('evos', v.e, 8) ELSE 94 + fixture_gen.n('evos', v.e, 6) END,
       w.weight, w.height, CASE WHEN v.age >= 2 THEN round((w.weight / ((w.height / 100) ^ 2))::numeric, 2)::float8 END,
       (SELECT id FROM gnuhealth_pathology WHERE code = sc.code),
       CASE fixture_gen.n('evn', v.e, 12)
         WHEN 1 THEN CASE WHEN p.c = 'menno' THEN 'Se explica el tratamiento en plautdietsch con ayuda de la Lic. Sara Penner.' END
         WHEN 2 THEN CASE WHEN cm.name IS NOT NULL THEN 'Acompañado/a por ' || cm.phrase || coalesce(', cel. ' || cm.phone, '') || '.' END
         WHEN 3 THEN 'Sin SUS vigente: no trae carnet. Se atiende igual, regularizar en admisión.'
         WHEN 4 THEN CASE WHEN p.street IS NOT NULL THEN 'Refiere que ahora vive en ' || p.street || ', ' || p.city || '. Actualizar la dirección.' END
         WHEN 5 THEN 'Se solicita interconsulta con la Dra. Hechavarría.'
         WHEN 7 THEN 'Referencia enviada por WhatsApp al Hospital de Referencia Departamental Norte.'
         WHEN 8 THEN 'Trae resultados de un laboratorio privado de Montero.'
         WHEN 10 THEN 'Paciente se retira antes de recibir la medicación; se avisa al promotor ' || CASE WHEN p.c = 'menno' THEN 'Peter Wiebe' WHEN p.c = 'indig' THEN 'Ascencio Surubí' ELSE 'de su zona' END || '.'
       END,
       sc.dir, v.inst
FROM pgen.ev v JOIN pgen.p p ON p.i = v.i JOIN pgen.sc sc ON sc.s = v.s LEFT JOIN pgen.comp cm ON cm.i = v.i
CROSS JOIN LATERAL (SELECT CASE WHEN v.age < 1 THEN round((3.2 + v.agedays / 30.0 * 0.55 + fixture_gen.n('evwt', v.e, 8) / 10.0)::numeric, 2)
                                WHEN v.age < 13 THEN round((8.5 + v.age * 2.6 + fixture_gen.n('evwt', v.e, 40) / 10.0 - CASE WHEN v.s = 13 THEN 3 ELSE 0 END)::numeric, 1)
                                WHEN p.sex = 'm' THEN round((60 + fixture_gen.n('evwt', v.e, 340) / 10.0 + CASE WHEN p.c = 'menno' THEN 8 ELSE 0 END)::numeric, 1)
                                ELSE round((50 + fixture_gen.n('evwt', v.e, 360) / 10.0)::numeric, 1) END::float8 AS weight,
                           CASE WHEN v.age < 1 THEN round((49 + v.agedays / 30.0 * 2.1)::numeric, 1)
                                WHEN v.age < 13 THEN round((75 + v.age * 6.2 + fixture_gen.n('evht', v.e, 60) / 10.0)::numeric, 1)
                                WHEN p.sex = 'm' THEN (158 + fixture_gen.n('evht', v.e, 24) + CASE WHEN p.c = 'menno' THEN 12 ELSE 0 END)::numeric
                                ELSE (145 + fixture_gen.n('evht', v.e, 22) + CASE WHEN p.c = 'menno' THEN 9 ELSE 0 END)::numeric END::float8 AS height) w
ORDER BY v.e;

CREATE TABLE gnuhealth_patient_disease (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE CASCADE, pathology integer NOT NULL REFERENCES gnuhealth_pathology (id) ON DELETE RESTRICT,
    disease_severity varchar, status varchar, is_active boolean, is_on_treatment boolean, is_allergy boolean, allergy_type varchar, is_infectious boolean,
    diagnosed_date date, healed_date date, healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL, short_comment varchar, extra_info text, lab_confirmed boolean
);
INSERT INTO gnuhealth_patient_disease (create_uid, create_date, write_uid, write_date, name, pathology, disease_severity, status, is_active, is_on_treatment, is_allergy, allergy_type,
    is_infectious, diagnosed_date, healed_date, healthprof, institution, short_comment, extra_info, lab_confirmed)
SELECT x.hp + 1, pgen.us(x.t + interval '20 minutes', 'dicd', x.e), CASE WHEN x.healed IS NOT NULL THEN x.hp + 1 END, CASE WHEN x.healed IS NOT NULL THEN pgen.us(x.healed + time '10:00', 'diwd', x.e) END,
       x.i, x.path, x.sev, CASE WHEN x.chronic THEN 'c' WHEN x.healed IS NOT NULL THEN 'h' ELSE fixture_gen.pick(ARRAY['a', 'i', 'u', 'w'], 'dist', x.e) END,
       x.healed IS NULL, x.drugs IS NOT NULL AND x.healed IS NULL, false, NULL, x.code IN ('A09', 'A90', 'J18.9', 'J06.9', 'A15.0', 'U07.1', 'B86', 'L01.0'),
       x.t::date, x.healed, x.hp, x.inst,
       CASE fixture_gen.n('disc', x.e, 9)
         WHEN 0 THEN CASE WHEN x.code IN ('A15.0', 'U07.1', 'A90') AND x.cname IS NOT NULL THEN 'Contacto de ' || x.cname ELSE 'Diagnóstico clínico' END
         WHEN 1 THEN 'Captado en la campaña de ' || fixture_gen.pick(ARRAY['Chagas 2019', 'dengue 2023', 'salud escolar'], 'dicm', x.e)
         WHEN 2 THEN CASE WHEN x.code = 'B57.2' THEN 'Serología reactiva en dos técnicas' END
         WHEN 3 THEN 'Referido del ' || fixture_gen.pick(ARRAY['Puesto de Salud Riva Palacios', 'CS San Miguelito', 'CSI Okinawa Uno'], 'dirf', x.e)
       END,
       CASE WHEN x.e % 7 = 2 THEN 'Antecedente familiar: ' || fixture_gen.pick(ARRAY['madre con diabetes', 'padre fallecido por Chagas', 'hermano con TB en 2020', 'sin antecedentes relevantes'], 'diex', x.e)
            WHEN x.e % 7 = 5 AND x.cname IS NOT NULL THEN 'La familia (' || x.cname || ') fue informada del diagnóstico.' END,
       x.lab IS NOT NULL AND x.e % 3 <> 0
FROM (SELECT DISTINCT ON (v.i, sc.code) v.e, v.i, v.t, v.hp, v.inst, sc.code, sc.drugs, sc.lab, pa.id AS path, cm.name AS cname,
             CASE WHEN sc.inpat THEN '3_sv' WHEN sc.etype = 'emergency' THEN '2_mo' ELSE fixture_gen.pick(ARRAY['1_mi', '1_mi', '2_mo'], 'disv', v.e) END AS sev,
             sc.code IN ('I10', 'E11.9', 'B57.2', 'I50.0', 'J45.9') AS chronic,
             CASE WHEN sc.code NOT IN ('I10', 'E11.9', 'B57.2', 'I50.0', 'J45.9', 'F32.1') AND v.t < timestamp '2024-06-01' THEN v.t::date + 5 + fixture_gen.n('dihd', v.e, 25) END AS healed
      FROM pgen.ev v JOIN pgen.sc sc ON sc.s = v.s JOIN gnuhealth_pathology pa ON pa.code = sc.code LEFT JOIN pgen.comp cm ON cm.i = v.i
      WHERE sc.code NOT IN ('Z34.9', 'Z00.1', 'O80.0') ORDER BY v.i, sc.code, v.t) x
UNION ALL
SELECT 36, pgen.us(p.reg + interval '5 minutes', 'dial', p.i), NULL, NULL, p.i, CASE WHEN p.i % 2 = 0 THEN 46 ELSE 47 END, '2_mo', 'c', true, false, true, CASE WHEN p.i % 2 = 0 THEN 'da' ELSE 'fa' END, false,
       p.reg::date, NULL, NULL, 1, CASE WHEN p.i % 2 = 0 THEN 'Urticaria con penicilina benzatínica' ELSE 'Alergia al maní' END, NULL, false
FROM pgen.p p WHERE p.i % 19 = 3 AND p.kind IN ('family', 'transient')
ORDER BY 2;

CREATE TABLE gnuhealth_patient_medication (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE CASCADE, medicament integer NOT NULL REFERENCES gnuhealth_medicament (id) ON DELETE RESTRICT,
    indication integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL, healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    is_active boolean, start_treatment timestamp(0) without time zone, end_treatment timestamp(0) without time zone, discontinued boolean, discontinued_reason varchar,
    adverse_reaction text, notes text, dose double precision, frequency integer
);
INSERT INTO gnuhealth_patient_medication (create_uid, create_date, name, medicament, indication, healthprof, is_active, start_treatment, end_treatment, discontinued, discontinued_reason,
    adverse_reaction, notes, dose, frequency)
SELECT v.hp + 1, pgen.us(v.t + interval '25 minutes', 'mdcd', v.e), v.i, sc.drugs[1], pa.id, v.hp,
       chronic AND NOT disc AND NOT dead, (v.t + interval '1 hour')::timestamp(0),
       CASE WHEN chronic AND NOT disc THEN NULL WHEN disc THEN (v.t + make_interval(days => 3 + fixture_gen.n('mddd', v.e, 40)))::timestamp(0)
            ELSE (v.t + make_interval(days => CASE sc.drugs[1] WHEN 21 THEN 60 WHEN 11 THEN 60 WHEN 10 THEN 90 ELSE 5 + fixture_gen.n('mded', v.e, 6) END))::timestamp(0) END,
       disc,
       CASE WHEN disc THEN CASE sc.drugs[1] WHEN 11 THEN 'Rash pruriginoso al día 12, se suspende benznidazol' WHEN 7 THEN 'Tos seca por enalapril; cambiar a losartán'
            WHEN 6 THEN 'Diarrea con metformina, la paciente lo dejó por su cuenta' ELSE fixture_gen.pick(ARRAY['Se acabó el stock en farmacia', 'Abandono: se fue a trabajar a la zafra', 'Cambio de esquema'], 'mdr', v.e) END END,
       CASE WHEN sc.drugs[1] = 11 AND v.e % 2 = 0 THEN 'Dermatitis en tronco y brazos al día 10, prurito. Antihistamínico.' WHEN sc.drugs[1] = 21 THEN 'Orina color naranja; se explica que es por la rifampicina.'
            WHEN sc.drugs[1] = 23 AND v.e % 3 = 0 THEN 'Náuseas la primera semana.' END,
       CASE fixture_gen.n('mdn', v.e, 8) WHEN 0 THEN 'Retira mensualmente en la Farmacia Institucional Municipal.'
            WHEN 1 THEN CASE WHEN cm.name IS NOT NULL THEN 'Los medicamentos los recoge ' || cm.name || '.' END
            WHEN 2 THEN CASE WHEN sc.drugs[1] = 21 THEN 'Toma supervisada por la Lic. ' || fixture_gen.pick(ARRAY['Condori', 'Huanca', 'Tomichá'], 'mdsv', v.e) || ' en el centro de salud.' END
            WHEN 3 THEN 'Donación de Medicus Mundi.' END,
       CASE sc.drugs[1] WHEN 1 THEN 500 WHEN 2 THEN 5 WHEN 3 THEN 500 WHEN 5 THEN 400 WHEN 6 THEN 850 WHEN 7 THEN 10 WHEN 9 THEN 1 WHEN 10 THEN 200 WHEN 11 THEN 100 WHEN 14 THEN 1
            WHEN 15 THEN 10 WHEN 16 THEN 4 WHEN 18 THEN 200 WHEN 19 THEN 20 WHEN 20 THEN 4 WHEN 21 THEN 3 WHEN 22 THEN 30 WHEN 23 THEN 20 WHEN 24 THEN 75 WHEN 25 THEN 100
            WHEN 26 THEN 20 WHEN 27 THEN 1 WHEN 28 THEN 40 ELSE 1 END::float8,
       CASE WHEN sc.drugs[1] IN (6, 7, 28) THEN 12 WHEN sc.drugs[1] IN (1, 2, 5, 25, 18) THEN 6 WHEN sc.drugs[1] IN (27) THEN 8 ELSE 24 END
FROM pgen.ev v JOIN pgen.sc sc ON sc.s = v.s JOIN gnuhealth_pathology pa ON pa.code = sc.code LEFT JOIN pgen.comp cm ON cm.i = v.i LEFT JOIN pgen.death d ON d.i = v.i
CROSS JOIN LATERAL (SELECT sc.code IN ('I10', 'E11.9', 'B57.2', 'I50.0', 'J45.9', 'F32.1', 'A15.0', 'D50.9') AS chronic, fixture_gen.n('mdds', v.e, 14) = 0 OR (sc.drugs[1] = 11 AND v.e % 3 = 0) AS disc, d.i IS NOT NULL AS dead) f
WHERE sc.drugs IS NOT NULL AND v.e % 6 <> 5 ORDER BY v.t;

CREATE TABLE gnuhealth_prescription_order (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    prescription_id varchar UNIQUE, patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL, prescription_date timestamp(0) without time zone,
    pharmacy integer REFERENCES party_party (id) ON DELETE SET NULL, notes text, pregnancy_warning boolean,
    user_id integer REFERENCES res_user (id) ON DELETE SET NULL, state varchar, serializer text, document_digest varchar, digital_signature text
);
INSERT INTO gnuhealth_prescription_order (id, create_uid, create_date, write_uid, write_date, prescription_id, patient, healthprof, prescription_date, pharmacy, notes,
    pregnancy_warning, user_id, state)
SELECT row_number() OVER (ORDER BY v.t), v.hp + 1, pgen.us(v.t + interval '30 minutes', 'pocd', v.e), v.hp + 1, pgen.us(v.t + interval '34 minutes', 'powd', v.e),
       'PRES/' || to_char(v.t, 'YYYY') || '/' || lpad((row_number() OVER (PARTITION BY extract(year FROM v.t) ORDER BY v.t))::text, 5, '0'), v.i, v.hp, (v.t + interval '30 minutes')::timestamp(0),
       CASE WHEN v.e % 9 = 4 THEN NULL ELSE 906 END,
       CASE fixture_gen.n('pon', v.e, 10) WHEN 0 THEN 'Entregar en farmacia con carnet SUS.' WHEN 1 THEN CASE WHEN cm.name IS NOT NULL THEN 'Retira ' || cm.name || ' con fotocopia del carnet.' END
            WHEN 2 THEN 'No hay stock de ' || split_part(t.name, ' ', 1) || '; comprar en farmacia privada.' WHEN 3 THEN 'Paciente analfabeta: se explican los horarios con dibujos.' END,
       v.s IN (8, 9, 24), v.hp + 1,
       CASE WHEN v.t > timestamp '2024-06-20' THEN 'draft' WHEN v.e % 4 = 0 THEN 'validated' ELSE 'done' END
FROM pgen.ev v JOIN pgen.sc sc ON sc.s = v.s LEFT JOIN pgen.comp cm ON cm.i = v.i JOIN product_template t ON t.id = sc.drugs[1]
WHERE sc.drugs IS NOT NULL AND v.e % 5 <> 2;

CREATE TABLE gnuhealth_prescription_line (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES gnuhealth_prescription_order (id) ON DELETE CASCADE, medicament integer NOT NULL REFERENCES gnuhealth_medicament (id) ON DELETE RESTRICT,
    indication integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL, dose double precision, frequency integer, frequency_unit varchar,
    start_treatment timestamp(0) without time zone, end_treatment timestamp(0) without time zone, duration integer, quantity integer, short_comment varchar
);
INSERT INTO gnuhealth_prescription_line (create_uid, create_date, name, medicament, indication, dose, frequency, frequency_unit, start_treatment, end_treatment, duration, quantity, short_comment)
SELECT po.create_uid, po.create_date + make_interval(secs => k.k * 11), po.id, k.drug, ev.diagnosis,
       CASE k.drug WHEN 1 THEN 500 WHEN 2 THEN 5 WHEN 5 THEN 400 WHEN 6 THEN 850 WHEN 7 THEN 10 WHEN 9 THEN 1 WHEN 10 THEN 200 WHEN 11 THEN 100 WHEN 13 THEN 400 WHEN 14 THEN 1000
            WHEN 15 THEN 10 WHEN 16 THEN 4 WHEN 18 THEN 200 WHEN 19 THEN 20 WHEN 20 THEN 40 WHEN 21 THEN 3 WHEN 23 THEN 20 WHEN 24 THEN 75 WHEN 25 THEN 100 WHEN 26 THEN 20 WHEN 28 THEN 40 ELSE 1 END::float8,
       CASE WHEN k.drug IN (6, 7, 28) THEN 12 WHEN k.drug IN (1, 2, 5, 25, 18) THEN 6 WHEN k.drug = 27 THEN 8 ELSE 24 END, 'hours',
       po.prescription_date, po.prescription_date + make_interval(days => CASE WHEN k.drug IN (6, 7, 11, 21, 23, 28, 10) THEN 30 ELSE 5 END),
       CASE WHEN k.drug IN (6, 7, 11, 21, 23, 28, 10) THEN 30 ELSE 5 END,
       CASE WHEN k.drug IN (6, 7, 28) THEN 60 WHEN k.drug IN (11, 10, 23) THEN 30 WHEN k.drug = 21 THEN 84 WHEN k.drug IN (1, 5) THEN 20 WHEN k.drug IN (13, 14, 16, 20, 24, 15, 22, 27, 2, 18) THEN 1 ELSE 10 END,
       CASE WHEN k.k = 1 AND fixture_gen.n('plc', po.id, 6) = 0 THEN fixture_gen.pick(ARRAY['Tomar con comida', 'No suspender aunque se sienta bien', 'Dar con jugo, no con leche', 'Guardar en la heladera de la vecina'], 'plct', po.id) END
FROM gnuhealth_prescription_order po JOIN gnuhealth_patient_evaluation ev ON ev.patient = po.patient AND ev.evaluation_start = po.prescription_date - interval '30 minutes'
JOIN pgen.ev v ON v.e = ev.id JOIN pgen.sc sc ON sc.s = v.s
CROSS JOIN LATERAL unnest(sc.drugs) WITH ORDINALITY AS k(drug, k)
ORDER BY po.id, k.k;

-- The signed prescription: the serialized document, its digest and, when validated, the detached signature.
UPDATE gnuhealth_prescription_order po SET serializer = jsonb_build_object('Prescription', po.prescription_id, 'Date', to_char(po.prescription_date, 'YYYY-MM-DD HH24:MI:SS'),
    'HP', jsonb_build_object('name', coalesce(h.title || ' ', '') || h.first || ' ' || h.last, 'id', hp.code), 'Patient', jsonb_build_object('name', p.name || ' ' || coalesce(p.lastname, ''), 'ID', p.ref),
    'Prescription_line', (SELECT jsonb_agg(jsonb_build_object('Medicament', t.name, 'Dose', l.dose, 'Frequency', l.frequency::text || ' ' || l.frequency_unit, 'Quantity', l.quantity) ORDER BY l.id)
                          FROM gnuhealth_prescription_line l JOIN product_template t ON t.id = l.medicament WHERE l.name = po.id))::text
FROM party_party p, gnuhealth_healthprofessional hp, pgen.p h WHERE p.id = po.patient AND hp.id = po.healthprof AND h.i = hp.name AND po.state IN ('done', 'validated');
UPDATE gnuhealth_prescription_order SET document_digest = encode(sha256(convert_to(serializer, 'UTF8')), 'hex') WHERE serializer IS NOT NULL;
UPDATE gnuhealth_prescription_order SET digital_signature = E'-----BEGIN PGP SIGNATURE-----\n\n' || fixture_gen.b64('pgps', id, 48) || E'\n' || fixture_gen.b64('pgps2', id, 45) || E'\n=' || pgen.rnd('pgpc', id, 4) || E'\n-----END PGP SIGNATURE-----\n'
WHERE state = 'validated';

CREATE TABLE gnuhealth_patient_vaccination (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE CASCADE, vaccine integer NOT NULL, vaccine_lot varchar,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL, date timestamp(0) without time zone, next_dose_date timestamp(0) without time zone,
    dose integer, observations varchar, admin_route varchar, healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL, state varchar
);
-- The national schedule for the children born here, COVID-19, influenza and
-- HPV campaigns for the others.
CREATE TABLE pgen.vx (vaccine int, dose int, at_days int, next_days int, route text, lot text);
INSERT INTO pgen.vx VALUES (31, 1, 0, NULL, 'id', 'BCG'), (32, 1, 60, 60, 'im', 'PEN'), (32, 2, 120, 60, 'im', 'PEN'), (32, 3, 180, NULL, 'im', 'PEN'),
  (33, 1, 60, 60, 'im', 'IPV'), (33, 2, 120, 60, 'im', 'IPV'), (33, 3, 180, NULL, 'im', 'IPV'), (38, 1, 60, 60, 'po', 'ROT'), (38, 2, 120, NULL, 'po', 'ROT'),
  (39, 1, 60, 60, 'im', 'NEU'), (39, 2, 120, 240, 'im', 'NEU'), (39, 3, 365, NULL, 'im', 'NEU'), (34, 1, 365, NULL, 'sc', 'SRP'), (35, 1, 370, NULL, 'sc', 'FA');
INSERT INTO gnuhealth_patient_vaccination (create_uid, create_date, write_uid, write_date, name, vaccine, vaccine_lot, institution, date, next_dose_date, dose, observations, admin_route, healthprof, state)
SELECT x.hp + 1, pgen.us(x.t, 'vxcd', x.k), NULL, NULL, x.i, x.vaccine, x.lot, x.inst, x.t, x.nxt, x.dose, x.obs, x.route, x.hp, CASE WHEN x.t > timestamp '2024-06-20' THEN 'in_progress' ELSE 'done' END
FROM (
  SELECT p.i * 100 + vx.vaccine + vx.dose AS k, p.i, vx.vaccine, vx.dose, vx.route,
         vx.lot || to_char(p.dob + vx.at_days, 'YY') || fixture_gen.chars('vxl', vx.vaccine * 100 + extract(month FROM p.dob + vx.at_days)::int, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') AS lot,
         CASE WHEN p.c = 'menno' AND vx.vaccine <> 31 THEN 3 WHEN p.c = 'nikkei' AND vx.vaccine <> 31 THEN 4 ELSE 1 END AS inst,
         (p.dob + vx.at_days + fixture_gen.n('vxd', p.i * 100 + vx.vaccine + vx.dose, CASE WHEN vx.at_days = 0 THEN 2 ELSE 14 END))::timestamp + time '08:30' + make_interval(mins => fixture_gen.n('vxm', p.i * 100 + vx.vaccine + vx.dose, 480)) AS t,
         CASE WHEN vx.next_days IS NOT NULL THEN (p.dob + vx.at_days + vx.next_days)::timestamp END AS nxt,
         CASE WHEN fixture_gen.n('vxo', p.i * 100 + vx.vaccine + vx.dose, 11) = 0 THEN 'Fiebre leve a las 24 horas, paracetamol.'
              WHEN fixture_gen.n('vxo', p.i * 100 + vx.vaccine + vx.dose, 11) = 1 THEN 'Aplicada en visita domiciliaria, ' || coalesce(p.street, '') || '.'
              WHEN fixture_gen.n('vxo', p.i * 100 + vx.vaccine + vx.dose, 11) = 2 AND p.c = 'menno' THEN 'Der Vater war einverstanden (Einwilligung mündlich, Übersetzung Katharina Dyck).'
              WHEN fixture_gen.n('vxo', p.i * 100 + vx.vaccine + vx.dose, 11) = 3 THEN 'Dosis atrasada, la madre trabajaba en la cosecha.' END AS obs,
         (ARRAY[9, 10, 11, 12, 13, 15, 25])[1 + fixture_gen.n('vxhp', p.i * 100 + vx.vaccine + vx.dose, 7)] AS hp
  FROM pgen.p p CROSS JOIN pgen.vx
  WHERE p.kind = 'newborn' AND p.i NOT IN (333) AND p.dob + vx.at_days < date '2024-06-27' AND NOT (p.c = 'menno' AND p.i % 3 = 0 AND vx.vaccine NOT IN (31))
  UNION ALL
  SELECT p.i * 100 + 41 + d.d, p.i, CASE WHEN d.d = 3 THEN 42 ELSE 41 END, d.d, 'im',
         CASE WHEN d.d = 3 THEN 'FN' || fixture_gen.digits('cvl', d.d * 7 + p.i % 5, 4) ELSE '2021' || lpad((400 + fixture_gen.n('cvl', p.i % 9 + d.d, 400))::text, 4, '0') || 'B' END,
         CASE WHEN p.c = 'menno' THEN 3 ELSE 1 END,
         (timestamp '2021-05-03 08:00' + make_interval(days => (d.d - 1) * 35 + (d.d / 3) * 200 + fixture_gen.n('cvd', p.i * 10 + d.d, 120), mins => fixture_gen.n('cvm', p.i * 10 + d.d, 500))),
         CASE WHEN d.d = 1 THEN timestamp '2021-05-03' + make_interval(days => 35 + fixture_gen.n('cvd', p.i * 10 + 1, 120)) END,
         CASE WHEN p.i % 13 = 0 AND d.d = 1 THEN 'Refiere haber recibido una dosis en ' || CASE WHEN p.c = 'br' THEN 'Brasil (CoronaVac)' WHEN p.c = 've' THEN 'Venezuela (Sputnik V), sin carnet' ELSE 'Santa Cruz, sin carnet' END END,
         (ARRAY[9, 10, 11, 12, 13, 15])[1 + fixture_gen.n('cvhp', p.i * 10 + d.d, 6)]
  FROM pgen.p p CROSS JOIN generate_series(1, 3) d(d)
  WHERE p.kind IN ('family', 'transient') AND p.dob < date '2006-01-01' AND p.i % 3 <> 0 AND NOT (p.c = 'menno' AND p.i % 5 <> 0) AND (d.d < 3 OR p.i % 4 = 1)
    AND p.reg < timestamp '2021-05-03' + make_interval(days => (d.d - 1) * 35 + (d.d / 3) * 200)
  UNION ALL
  SELECT p.i * 100 + 37 + y.y, p.i, 37, 1, 'im', 'FLU' || y.y::text || fixture_gen.chars('flul', y.y, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'), 1,
         (make_date(y.y, 4, 15) + fixture_gen.n('flud', p.i * 10000 + y.y, 60))::timestamp + time '09:00' + make_interval(mins => fixture_gen.n('flum', p.i + y.y, 420)), NULL, NULL,
         (ARRAY[9, 10, 11, 13, 15])[1 + fixture_gen.n('fluhp', p.i + y.y, 5)]
  FROM pgen.p p CROSS JOIN generate_series(2022, 2024) y(y)
  WHERE p.kind = 'family' AND (p.dob < date '1964-01-01' OR p.dob BETWEEN date '2019-01-01' AND date '2022-01-01') AND p.reg < make_date(y.y, 4, 15)
  UNION ALL
  SELECT p.i * 100 + 36, p.i, 36, 1, 'im', 'VPH' || fixture_gen.chars('vphl', 1, 5, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'), 1,
         greatest(p.reg + interval '1 day', (p.dob + 365 * 10 + 120)::timestamp) + make_interval(hours => 3 + fixture_gen.n('vphh', p.i, 6)), NULL, 'Campaña escolar, Unidad Educativa ' || fixture_gen.pick(ARRAY['Cuatro Cañadas', 'San Miguelito', 'Okinawa'], 'vphu', p.i), 13
  FROM pgen.p p WHERE p.kind = 'family' AND p.dob BETWEEN date '2010-06-01' AND date '2014-01-01'
) x JOIN party_party pp ON pp.id = x.i
WHERE x.t < timestamp '2024-06-27 18:00'
ORDER BY x.t;

CREATE TABLE gnuhealth_appointment (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar UNIQUE, patient integer REFERENCES gnuhealth_patient (id) ON DELETE CASCADE, healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    appointment_date timestamp(0) without time zone, appointment_type varchar, urgency varchar, speciality integer, institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    state varchar, comments text, checked_in_date timestamp(0) without time zone
);
INSERT INTO gnuhealth_appointment (create_uid, create_date, write_uid, write_date, patient, healthprof, appointment_date, appointment_type, urgency, speciality, institution, state, comments, checked_in_date)
SELECT x.cu, pgen.us(x.booked, 'apcd', x.k), x.cu, pgen.us(greatest(x.booked, x.t - interval '20 minutes'), 'apwd', x.k), x.i, x.hp, x.t, 'outpatient', x.urg, x.spec, x.inst, x.state, x.comments,
       CASE WHEN x.state = 'done' THEN (x.t - make_interval(mins => 5 + fixture_gen.n('apci', x.k, 40)))::timestamp(0) END
FROM (
  SELECT v.e AS k, v.i, v.hp, (v.t - make_interval(mins => fixture_gen.n('apt', v.e, 20)))::timestamp(0) AS t, v.t - make_interval(days => fixture_gen.n('apb', v.e, 20), hours => 2) AS booked,
         CASE WHEN sc.etype = 'emergency' THEN 'c' WHEN v.e % 6 = 0 THEN 'b' ELSE 'a' END AS urg, CASE WHEN v.age < 13 THEN 9 WHEN v.s IN (8, 9, 24) THEN 20 ELSE 14 END AS spec, v.inst,
         CASE WHEN v.t > timestamp '2024-06-26' THEN 'checked_in' ELSE 'done' END AS state,
         CASE fixture_gen.n('apc', v.e, 10) WHEN 0 THEN 'Viene desde ' || p.city || ', darle ficha temprano.' WHEN 1 THEN CASE WHEN cm.phone IS NOT NULL THEN 'Confirmar por WhatsApp con ' || cm.name || ' (' || cm.phone || ').' END
              WHEN 2 THEN 'Control post alta.' WHEN 3 THEN 'Reprogramada por bloqueo de la carretera.' END AS comments,
         CASE WHEN v.hp IN (9, 10, 11, 14) THEN 10 ELSE 36 END AS cu
  FROM pgen.ev v JOIN pgen.sc sc ON sc.s = v.s JOIN pgen.p p ON p.i = v.i LEFT JOIN pgen.comp cm ON cm.i = v.i WHERE sc.etype IN ('pa', 'outpatient')
  UNION ALL
  SELECT 1000 + g.j, p.i, (ARRAY[1, 2, 3, 4, 6, 7, 21, 33])[1 + fixture_gen.n('apfh', g.j, 8)],
         CASE WHEN g.j <= 70 THEN pgen.at('apft', g.j, '2024-06-28 07:30', '2024-08-30 17:00') ELSE pgen.at('apft', g.j, greatest(p.reg, '2021-06-01'), '2024-06-20') END::date + time '07:30' + make_interval(mins => 15 * fixture_gen.n('apfm', g.j, 38)),
         pgen.at('apfb', g.j, '2024-05-01', '2024-06-27'), 'a', 14, 1,
         CASE WHEN g.j <= 70 THEN fixture_gen.pick(ARRAY['confirmed', 'confirmed', 'free'], 'apfs', g.j) ELSE fixture_gen.pick(ARRAY['no_show', 'no_show', 'user_cancelled', 'center_cancelled'], 'apfs', g.j) END,
         CASE fixture_gen.n('apfc', g.j, 6) WHEN 0 THEN 'Paciente avisó que no tiene para el pasaje.' WHEN 1 THEN 'Médico de vacaciones; reprogramar.' WHEN 2 THEN 'Llamar a la hija para recordar, ' || coalesce(r.phone, 'no tiene celular') || '.' END,
         36
  FROM generate_series(1, 120) g(j) JOIN pgen.p p ON p.i = 1 + fixture_gen.n('apfp', g.j, 300) LEFT JOIN pgen.p r ON r.kind = 'relative' AND r.f = p.f AND r.sex = 'f'
  WHERE p.i NOT IN (SELECT i FROM pgen.death)
) x ORDER BY x.booked;
UPDATE gnuhealth_appointment SET name = 'APP/' || to_char(appointment_date, 'YYYY') || '/' || lpad(id::text, 5, '0');

-- ---------------------------------------------------------------------------
-- Laboratory.

CREATE TABLE gnuhealth_lab (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar UNIQUE, test integer NOT NULL, patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    pathologist integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL, requestor integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    date_requested timestamp(0) without time zone, date_analysis timestamp(0) without time zone, results text, diagnosis text,
    done_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL
);
-- Test types: 1 complete blood count, 2 glucose and HbA1c, 3 urinalysis,
-- 4 Chagas serology, 5 sputum smears, 6 dengue NS1/IgM, 7 lipids, 8 prenatal rapid tests.
CREATE TABLE pgen.lab (l int PRIMARY KEY, e int, i int, s int, test int, req timestamp, ana timestamp, hp int);
INSERT INTO pgen.lab
SELECT row_number() OVER (ORDER BY v.t, v.e), v.e, v.i, v.s, CASE WHEN v.s = 4 AND v.e % 2 = 0 THEN 7 ELSE sc.lab END, (v.t + interval '40 minutes')::timestamp(0),
       (v.t + make_interval(hours => 2 + fixture_gen.n('lbh', v.e, CASE WHEN sc.lab IN (4, 5) THEN 200 ELSE 20 END)))::timestamp(0), v.hp
FROM pgen.ev v JOIN pgen.sc sc ON sc.s = v.s WHERE sc.lab IS NOT NULL AND v.e % 7 <> 3;
INSERT INTO gnuhealth_lab (id, create_uid, create_date, write_uid, write_date, name, test, patient, pathologist, requestor, date_requested, date_analysis, results, diagnosis, done_by)
SELECT l.l, CASE WHEN l.l % 2 = 0 THEN 17 ELSE 18 END, pgen.us(l.req, 'lbcd', l.l), CASE WHEN l.l % 2 = 0 THEN 17 ELSE 18 END, pgen.us(l.ana, 'lbwd', l.l),
       'LAB/' || to_char(l.req, 'YYYY') || '/' || lpad(l.l::text, 5, '0'), l.test, l.i, CASE WHEN l.test IN (4, 5) THEN NULL ELSE 16 END, l.hp, l.req, l.ana,
       CASE l.test
         WHEN 1 THEN CASE WHEN l.s IN (21, 13) THEN 'Anemia microcítica hipocrómica. Frotis: anisocitosis.' WHEN l.s = 2 THEN 'Plaquetopenia leve, hemoconcentración.' WHEN l.s IN (6, 14) THEN 'Leucocitosis con neutrofilia.' ELSE 'Sin alteraciones.' END
         WHEN 2 THEN 'Glucemia en ayunas elevada.'
         WHEN 3 THEN CASE WHEN l.s = 12 THEN 'Sedimento: piuria, bacterias abundantes.' ELSE 'Proteinuria ++.' END
         WHEN 4 THEN 'Muestra enviada al Laboratorio Departamental de Referencia por el Tec. Ticona.'
         WHEN 5 THEN 'Dos muestras de esputo, la segunda traída por ' || coalesce(cm.name, 'el paciente') || '.'
         WHEN 6 THEN 'Prueba rápida NS1.'
         ELSE NULL END
       || CASE WHEN l.l % 9 = 1 THEN ' Se informó por teléfono al Dr. ' || split_part(h.last, ' ', 1) || '.' WHEN l.l % 9 = 4 AND cm.phone IS NOT NULL THEN ' Resultado avisado a ' || cm.name || ' al ' || cm.phone || '.' ELSE '' END,
       CASE l.test WHEN 4 THEN 'Serología para Chagas reactiva (ELISA e IFI).' WHEN 5 THEN 'Baciloscopía positiva. Notificar al Programa de TB.' WHEN 6 THEN 'Compatible con dengue.'
                   WHEN 8 THEN 'Pruebas rápidas no reactivas.' END,
       CASE WHEN l.l % 2 = 0 THEN 16 ELSE 17 END
FROM pgen.lab l LEFT JOIN pgen.comp cm ON cm.i = l.i JOIN gnuhealth_healthprofessional hp ON hp.id = l.hp JOIN pgen.p h ON h.i = hp.name ORDER BY l.l;

CREATE TABLE gnuhealth_lab_test_critearea (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, result double precision, result_text varchar, lower_limit double precision, upper_limit double precision, units integer, warning boolean,
    remarks varchar, gnuhealth_lab_id integer REFERENCES gnuhealth_lab (id) ON DELETE CASCADE, test_type_id integer
);
CREATE TABLE pgen.an (test int, seq int, name text, lo float8, hi float8, units int, kind text);
INSERT INTO pgen.an VALUES
  (1, 1, 'Hemoglobina', 12, 16, 3, 'num'), (1, 2, 'Hematocrito', 36, 48, 5, 'num'), (1, 3, 'Leucocitos', 4.5, 11, 7, 'num'), (1, 4, 'Plaquetas', 150, 450, 7, 'num'),
  (2, 1, 'Glucosa en ayunas', 70, 100, 2, 'num'), (2, 2, 'Hemoglobina glicosilada (HbA1c)', 4, 5.7, 5, 'num'),
  (3, 1, 'Leucocitos en sedimento', 0, 5, 9, 'num'), (3, 2, 'Nitritos', NULL, NULL, NULL, 'txt'), (3, 3, 'Proteínas', NULL, NULL, NULL, 'txt'),
  (4, 1, 'Anticuerpos anti-T. cruzi (ELISA)', NULL, NULL, NULL, 'txt'), (4, 2, 'Índice ELISA', 0, 1.1, NULL, 'num'),
  (5, 1, 'BAAR, primera muestra', NULL, NULL, NULL, 'txt'), (5, 2, 'BAAR, segunda muestra', NULL, NULL, NULL, 'txt'),
  (6, 1, 'Antígeno NS1 dengue', NULL, NULL, NULL, 'txt'), (6, 2, 'IgM dengue', NULL, NULL, NULL, 'txt'),
  (7, 1, 'Colesterol total', 0, 200, 2, 'num'), (7, 2, 'Triglicéridos', 0, 150, 2, 'num'), (7, 3, 'Colesterol HDL', 40, 90, 2, 'num'),
  (8, 1, 'VIH prueba rápida', NULL, NULL, NULL, 'txt'), (8, 2, 'Sífilis (prueba rápida)', NULL, NULL, NULL, 'txt'), (8, 3, 'Grupo sanguíneo y factor Rh', NULL, NULL, NULL, 'txt');
INSERT INTO gnuhealth_lab_test_critearea (create_uid, create_date, write_uid, write_date, name, result, result_text, lower_limit, upper_limit, units, warning, remarks, gnuhealth_lab_id, test_type_id)
SELECT lb.create_uid, lb.create_date + make_interval(secs => an.seq), lb.write_uid, lb.write_date, an.name, r.result, r.txt, an.lo, an.hi, an.units,
       CASE WHEN r.result IS NOT NULL THEN r.result < an.lo OR r.result > an.hi ELSE r.txt IN ('Reactivo', 'Positivo', '(+)', '(++)', '(+++)', '+++') END,
       CASE fixture_gen.n('anr', l.l * 10 + an.seq, 25) WHEN 0 THEN 'Muestra hemolizada, se repite.' WHEN 1 THEN 'Repetir en 48 horas.' WHEN 2 THEN 'Validado por la Lic. Miyagi.'
            WHEN 3 THEN CASE WHEN an.test = 8 THEN 'Consejería pre y post prueba realizada.' END END,
       l.l, l.test
FROM pgen.lab l JOIN gnuhealth_lab lb ON lb.id = l.l JOIN pgen.an an ON an.test = l.test JOIN pgen.p p ON p.i = l.i LEFT JOIN gnuhealth_patient pt ON pt.id = l.i
CROSS JOIN LATERAL (SELECT CASE an.kind WHEN 'num' THEN round((CASE
      WHEN an.name = 'Hemoglobina' THEN CASE WHEN l.s IN (21, 13) THEN 7.8 + fixture_gen.n('anv', l.l, 30) / 10.0 ELSE CASE WHEN p.sex = 'm' THEN 13.2 ELSE 11.8 END + fixture_gen.n('anv', l.l, 35) / 10.0 END
      WHEN an.name = 'Hematocrito' THEN CASE WHEN l.s IN (21, 13) THEN 25 + fixture_gen.n('anv', l.l, 30) / 3.0 ELSE 36 + fixture_gen.n('anv', l.l, 35) / 3.0 END
      WHEN an.name = 'Leucocitos' THEN CASE WHEN l.s IN (6, 14) THEN 12.5 + fixture_gen.n('anl', l.l, 80) / 10.0 WHEN l.s = 2 THEN 2.8 + fixture_gen.n('anl', l.l, 20) / 10.0 ELSE 5 + fixture_gen.n('anl', l.l, 50) / 10.0 END
      WHEN an.name = 'Plaquetas' THEN CASE WHEN l.s = 2 THEN 62 + fixture_gen.n('anp', l.l, 80) ELSE 180 + fixture_gen.n('anp', l.l, 220) END
      WHEN an.name = 'Glucosa en ayunas' THEN 150 + fixture_gen.n('ang', l.l, 160) WHEN an.name LIKE 'Hemoglobina glic%' THEN 7.1 + fixture_gen.n('anh', l.l, 40) / 10.0
      WHEN an.name = 'Leucocitos en sedimento' THEN CASE WHEN l.s = 12 THEN 20 + fixture_gen.n('ans', l.l, 40) ELSE fixture_gen.n('ans', l.l, 6) END
      WHEN an.name = 'Índice ELISA' THEN 1.6 + fixture_gen.n('ane', l.l, 30) / 10.0
      WHEN an.name = 'Colesterol total' THEN 160 + fixture_gen.n('anc', l.l, 120) WHEN an.name = 'Triglicéridos' THEN 110 + fixture_gen.n('ant', l.l, 200) ELSE 32 + fixture_gen.n('anhd', l.l, 30) END)::numeric, 1)::float8 END AS result,
    CASE WHEN an.kind = 'num' THEN NULL
      WHEN an.name = 'Nitritos' THEN CASE WHEN l.s = 12 THEN 'Positivo' ELSE 'Negativo' END
      WHEN an.name = 'Proteínas' THEN CASE WHEN l.s = 9 THEN '+++' ELSE 'Negativo' END
      WHEN an.test = 4 THEN 'Reactivo'
      WHEN an.test = 5 THEN CASE WHEN an.seq = 1 THEN '(++)' ELSE fixture_gen.pick(ARRAY['(+)', '(++)', '(+++)'], 'anb', l.l) END
      WHEN an.test = 6 THEN CASE WHEN an.seq = 1 THEN 'Positivo' ELSE fixture_gen.pick(ARRAY['Negativo', 'Positivo'], 'anig', l.l) END
      WHEN an.name = 'Grupo sanguíneo y factor Rh' THEN coalesce(pt.blood_type || ' Rh' || pt.rh, 'O Rh+')
      WHEN an.test = 8 THEN 'No reactivo' END AS txt) r
ORDER BY l.l, an.seq;

-- ---------------------------------------------------------------------------
-- Admissions, births and deaths.

CREATE TABLE gnuhealth_inpatient_registration (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar UNIQUE, patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT, admission_type varchar, hospitalization_date timestamp(0) without time zone,
    discharge_date timestamp(0) without time zone, attending_physician integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    admission_reason integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL, bed integer, nursing_plan text, discharge_plan text, state varchar, discharge_reason varchar,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL
);
INSERT INTO gnuhealth_inpatient_registration (create_uid, create_date, write_uid, write_date, patient, admission_type, hospitalization_date, discharge_date, attending_physician,
    admission_reason, bed, nursing_plan, discharge_plan, state, discharge_reason, institution)
SELECT x.cu, pgen.us(x.hin, 'ircd', x.k), x.cu, pgen.us(coalesce(x.hout, x.hin), 'irwd', x.k), x.i, x.atype, x.hin, x.hout, x.hp, x.path, x.bed,
       x.nplan, x.dplan, CASE WHEN x.hout IS NULL THEN 'hospitalized' ELSE 'done' END, x.dreason, 1
FROM (
  SELECT v.e AS k, v.i, CASE WHEN v.s IN (14) THEN 'urgent' ELSE 'emergency' END AS atype, (v.t + interval '1 hour')::timestamp(0) AS hin,
         CASE WHEN d.i IS NOT NULL AND d.dod < v.t + interval '10 days' THEN d.dod::timestamp(0) WHEN v.t + interval '5 days' > timestamp '2024-06-27' THEN NULL
              ELSE (v.t + make_interval(days => 1 + fixture_gen.n('irlos', v.e, CASE WHEN v.s = 9 THEN 1 ELSE 7 END), hours => 3))::timestamp(0) END AS hout,
         v.hp, (SELECT id FROM gnuhealth_pathology WHERE code = sc.code) AS path, 1 + fixture_gen.n('irbed', v.e, 24) AS bed,
         'Control de signos vitales cada 4 horas. ' || CASE v.s WHEN 6 THEN 'Oxígeno por bigotera a 2 l/min, saturación objetivo > 92 %.' WHEN 10 THEN 'Tiempo de coagulación cada 6 horas, miembro elevado.'
              WHEN 14 THEN 'Preparación prequirúrgica, vía periférica, nada por boca.' WHEN 9 THEN 'Sulfato de magnesio: control de reflejos y diuresis horaria.' WHEN 27 THEN 'Fototerapia continua, protección ocular.'
              ELSE 'Curación de heridas diaria.' END
         || CASE WHEN cm.name IS NOT NULL AND v.e % 3 = 0 THEN ' Acompañante: ' || cm.name || coalesce(' (' || cm.phone || ')', '') || '.' ELSE '' END AS nplan,
         CASE WHEN v.s = 9 THEN 'Referida al Hospital de Referencia Departamental Norte.' ELSE 'Control en consulta externa en 7 días. ' || sc.dir END AS dplan,
         CASE WHEN d.i IS NOT NULL AND d.dod < v.t + interval '10 days' THEN 'death' WHEN v.s = 9 THEN 'transfer' WHEN v.e % 17 = 0 THEN 'against_advice' ELSE 'home' END AS dreason,
         v.hp + 1 AS cu
  FROM pgen.ev v JOIN pgen.sc sc ON sc.s = v.s LEFT JOIN pgen.comp cm ON cm.i = v.i LEFT JOIN pgen.death d ON d.i = v.i WHERE sc.inpat AND v.s <> 24
  UNION ALL
  SELECT 1000 + nb.i, nb.mother, 'maternity', ((nb.dob - 1) + time '19:00' + make_interval(mins => fixture_gen.n('irbm', nb.i, 600)))::timestamp(0),
         CASE WHEN d.i IS NOT NULL THEN d.dod::timestamp(0) ELSE ((nb.dob + 1 + fixture_gen.n('irbd', nb.i, 2)) + time '11:00')::timestamp(0) END,
         CASE WHEN nb.i % 3 = 0 THEN 3 ELSE 14 END, CASE WHEN nb.i % 7 = 3 THEN 35 WHEN nb.mother = 118 THEN 32 ELSE 34 END, 30 + fixture_gen.n('irbb', nb.i, 6),
         'Vigilancia de sangrado y altura uterina. Apoyo a la lactancia.' || CASE WHEN m.c = 'menno' THEN ' Traducción: Katharina Dyck.' ELSE '' END,
         CASE WHEN d.i IS NOT NULL THEN NULL ELSE 'Control posparto en 7 días. Planificación familiar: ' || fixture_gen.pick(ARRAY['acepta implante', 'no desea método', 'acepta DIU', 'consultará con el esposo'], 'irbp', nb.i) || '.' END,
         CASE WHEN d.i IS NOT NULL THEN 'death' ELSE 'home' END, CASE WHEN nb.i % 3 = 0 THEN 4 ELSE 15 END
  FROM pgen.p nb JOIN pgen.p m ON m.i = nb.mother LEFT JOIN pgen.death d ON d.i = nb.mother WHERE nb.kind = 'newborn' AND nb.i % 11 <> 6
) x ORDER BY x.hin;
UPDATE gnuhealth_inpatient_registration SET name = 'INPAC/' || to_char(hospitalization_date, 'YYYY') || '/' || lpad(id::text, 4, '0');

CREATE TABLE gnuhealth_birth_certificate (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL UNIQUE REFERENCES party_party (id) ON DELETE RESTRICT, mother integer REFERENCES party_party (id) ON DELETE SET NULL,
    father integer REFERENCES party_party (id) ON DELETE SET NULL, dob timestamp(0) without time zone, institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    country integer, country_subdivision integer, signed_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL, certification_date timestamp(0) without time zone,
    state varchar, observations text, code varchar, document_digest varchar, serializer text
);
INSERT INTO gnuhealth_birth_certificate (create_uid, create_date, write_uid, write_date, name, mother, father, dob, institution, country, country_subdivision, signed_by, certification_date,
    state, observations, code)
SELECT CASE WHEN nb.i % 3 = 0 THEN 4 ELSE 15 END, pgen.us(nb.reg + interval '2 hours', 'bccd', nb.i), CASE WHEN nb.i % 5 <> 0 THEN 4 END, CASE WHEN nb.i % 5 <> 0 THEN pgen.us(nb.reg + interval '1 day', 'bcwd', nb.i) END,
       nb.i, nb.mother, CASE WHEN fa.single OR nb.i % 9 = 4 THEN NULL ELSE fa.f END,
       (nb.dob + time '00:00' + make_interval(mins => 30 + fixture_gen.n('bct', nb.i, 1380)))::timestamp(0), CASE WHEN nb.i % 3 = 0 THEN 4 ELSE 1 END, 27, 4521,
       CASE WHEN nb.i % 5 = 0 THEN NULL ELSE (ARRAY[3, 4, 6])[1 + fixture_gen.n('bcsb', nb.i, 3)] END,
       CASE WHEN nb.i % 5 = 0 THEN NULL ELSE (nb.reg + interval '1 day')::timestamp(0) END,
       CASE WHEN nb.i % 5 = 0 THEN 'draft' ELSE 'signed' END,
       CASE WHEN fa.single THEN 'Madre soltera; el padre no reconoce al recién nacido.' WHEN nb.i % 9 = 4 THEN 'Padre trabaja en Argentina, reconocimiento pendiente ante el SERECI.'
            WHEN nb.i % 8 = 3 THEN 'Parto domiciliario atendido por la partera doña ' || fixture_gen.pick(ARRAY['Eustaquia Flores', 'Rosa Chuvé', 'Agatha Penner'], 'bcpa', nb.i) || '; certificado tardío.'
            WHEN m.dob > nb.dob - 365 * 18 THEN 'Madre menor de edad (' || extract(year FROM age(nb.dob, m.dob))::text || ' años). Se informa a la Defensoría de la Niñez.' END,
       'CNV-' || to_char(nb.dob, 'YYYY') || '-' || fixture_gen.digits('bcn', nb.i, 7)
FROM pgen.p nb JOIN pgen.fam fa ON fa.f = nb.f JOIN pgen.p m ON m.i = nb.mother WHERE nb.kind = 'newborn' AND nb.i % 6 <> 0 ORDER BY nb.dob;
UPDATE gnuhealth_birth_certificate bc SET serializer = jsonb_build_object('certificate', bc.code, 'person', jsonb_build_object('name', c.name || ' ' || c.lastname, 'puid', c.ref, 'dob', to_char(bc.dob, 'YYYY-MM-DD HH24:MI'), 'gender', c.gender),
    'mother', jsonb_build_object('name', m.name || ' ' || m.lastname, 'puid', m.ref), 'father', CASE WHEN f.id IS NOT NULL THEN jsonb_build_object('name', f.name || ' ' || f.lastname, 'puid', f.ref) END,
    'institution', 'Hospital Distrital Cuatro Cañadas', 'signed_by', hp.code)::text
FROM party_party c, party_party m, gnuhealth_healthprofessional hp, party_party f WHERE c.id = bc.name AND m.id = bc.mother AND hp.id = bc.signed_by AND f.id = coalesce(bc.father, 0) AND bc.state = 'signed';
UPDATE gnuhealth_birth_certificate bc SET serializer = jsonb_build_object('certificate', bc.code, 'person', jsonb_build_object('name', c.name || ' ' || c.lastname, 'puid', c.ref, 'dob', to_char(bc.dob, 'YYYY-MM-DD HH24:MI'), 'gender', c.gender),
    'mother', jsonb_build_object('name', m.name || ' ' || m.lastname, 'puid', m.ref), 'institution', 'Hospital Distrital Cuatro Cañadas', 'signed_by', hp.code)::text
FROM party_party c, party_party m, gnuhealth_healthprofessional hp WHERE c.id = bc.name AND m.id = bc.mother AND hp.id = bc.signed_by AND bc.father IS NULL AND bc.state = 'signed';
UPDATE gnuhealth_birth_certificate SET document_digest = encode(sha256(convert_to(serializer, 'UTF8')), 'hex') WHERE serializer IS NOT NULL;

CREATE TABLE gnuhealth_death_certificate (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name integer NOT NULL UNIQUE REFERENCES party_party (id) ON DELETE RESTRICT, dod timestamp(0) without time zone, cod integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL,
    type_of_death varchar, place_of_death varchar, place_details varchar, institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL, observations text,
    signed_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL, certification_date timestamp(0) without time zone, state varchar, code varchar,
    document_digest varchar, serializer text
);
INSERT INTO gnuhealth_death_certificate (create_uid, create_date, write_uid, write_date, name, dod, cod, type_of_death, place_of_death, place_details, institution, observations, signed_by,
    certification_date, state, code)
SELECT h.hp + 1, pgen.us(d.dod + interval '2 hours', 'dccd', d.i), h.hp + 1, pgen.us(d.dod + interval '5 hours', 'dcwd', d.i), d.i, d.dod, pa.id, d.manner, d.place, d.details,
       CASE WHEN d.place = 'health_center' THEN 1 END,
       CASE d.i WHEN 15 THEN 'Levantamiento del cadáver por la FELCC. Identificado por su esposa ' || (SELECT first || ' ' || last FROM pgen.p WHERE i = 105) || '.'
                WHEN 47 THEN 'Mordedura de cascabel; la familia lo trajo en camioneta después de 5 horas.'
                WHEN 118 THEN 'Muerte materna: notificar al Comité de Vigilancia Epidemiológica en 48 horas. Recién nacido vivo, a cargo de la abuela.'
                WHEN 362 THEN 'NN masculino de unos 30 años, sin documentos. Tatuaje "Yesenia" en el antebrazo izquierdo. Cuerpo en la morgue del hospital a disposición de la Fiscalía.'
                WHEN 366 THEN 'Traumatismo craneal. Caso en investigación policial; informe al fiscal de turno.'
                WHEN 290 THEN 'Caso confirmado por PCR. Entrega del cuerpo en bolsa sellada según protocolo.'
                WHEN 58 THEN 'Abandonó el tratamiento antituberculoso en 2023.' END,
       CASE WHEN d.i IN (362, 366, 15) THEN 5 ELSE h.hp END, (d.dod + interval '6 hours')::timestamp(0), CASE WHEN d.i = 366 THEN 'draft' ELSE 'signed' END,
       'CD-' || to_char(d.dod, 'YYYY') || '-' || fixture_gen.digits('dcn', d.i, 6)
FROM pgen.death d JOIN gnuhealth_pathology pa ON pa.code = d.code
CROSS JOIN LATERAL (SELECT coalesce((SELECT v.hp FROM pgen.ev v WHERE v.i = d.i ORDER BY v.t DESC LIMIT 1), 6) AS hp) h ORDER BY d.dod;
UPDATE gnuhealth_death_certificate dc SET serializer = jsonb_build_object('certificate', dc.code, 'person', jsonb_build_object('name', c.name || ' ' || coalesce(c.lastname, ''), 'puid', c.ref, 'dob', c.dob),
    'dod', to_char(dc.dod, 'YYYY-MM-DD HH24:MI'), 'cod', pa.code || ' ' || pa.name, 'type_of_death', dc.type_of_death, 'place_of_death', dc.place_of_death, 'signed_by', hp.code)::text
FROM party_party c, gnuhealth_pathology pa, gnuhealth_healthprofessional hp WHERE c.id = dc.name AND pa.id = dc.cod AND hp.id = dc.signed_by AND dc.state = 'signed';
UPDATE gnuhealth_death_certificate SET document_digest = encode(sha256(convert_to(serializer, 'UTF8')), 'hex') WHERE serializer IS NOT NULL;

-- ---------------------------------------------------------------------------
-- Pages of Life: the GNU Health Federation's record of each person's
-- health events, written when an evaluation, birth or death is signed.

CREATE TABLE gnuhealth_pol (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    person integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE, page varchar NOT NULL UNIQUE, federation_account varchar, page_date timestamp(0) without time zone,
    age varchar, page_type varchar, medical_context varchar, relevance varchar, health_condition_code varchar, health_condition_text varchar, summary varchar, info text,
    measurements text, author varchar
);
CREATE FUNCTION pgen.ymd(a date, b date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT extract(year FROM age(b, a))::int || 'y ' || extract(month FROM age(b, a))::int || 'm ' || extract(day FROM age(b, a))::int || 'd'
$$;
INSERT INTO gnuhealth_pol (create_uid, create_date, write_uid, write_date, person, page, federation_account, page_date, age, page_type, medical_context, relevance, health_condition_code,
    health_condition_text, summary, info, measurements, author)
SELECT x.cu, pgen.us(x.t + interval '45 minutes', 'polcd', x.k), NULL, NULL, x.person, fixture_gen.uuid('polpage', x.k), pp.federation_account, x.t,
       CASE WHEN pp.dob IS NOT NULL THEN pgen.ymd(pp.dob, x.t::date) END, 'medical', x.ctx, x.rel, x.code, x.ctext, x.summary, x.info, x.meas, x.author
FROM (
  SELECT ev.id AS k, ev.patient AS person, ev.evaluation_start AS t, 'encounter' AS ctx,
         CASE WHEN sc.etype = 'emergency' THEN 'important' WHEN sc.code IN ('A15.0', 'B57.2', 'O14.1') THEN 'critical' ELSE 'normal' END AS rel, pa.code, pa.name AS ctext,
         left(ev.chief_complaint || ' – ' || pa.name, 120) AS summary,
         ev.evaluation_summary || E'\n' || ev.directions || CASE WHEN ev.notes IS NOT NULL AND ev.id % 2 = 0 THEN E'\n' || ev.notes ELSE '' END AS info,
         jsonb_strip_nulls(jsonb_build_object('wt', ev.weight, 'ht', ev.height, 'bmi', ev.bmi, 'hr', ev.bpm, 'temp', ev.temperature, 'osat', ev.osat,
           'bp', CASE WHEN ev.systolic IS NOT NULL THEN jsonb_build_object('systolic', ev.systolic, 'diastolic', ev.diastolic) END))::text AS meas,
         coalesce(h.title || ' ', '') || h.first || ' ' || h.last AS author, ev.healthprof + 1 AS cu
  FROM gnuhealth_patient_evaluation ev JOIN pgen.ev v ON v.e = ev.id JOIN pgen.sc sc ON sc.s = v.s JOIN gnuhealth_pathology pa ON pa.id = ev.diagnosis
  JOIN gnuhealth_healthprofessional hp ON hp.id = ev.healthprof JOIN pgen.p h ON h.i = hp.name
  WHERE ev.state IN ('done', 'signed') AND ev.id % 4 <> 1
  UNION ALL
  SELECT 5000 + bc.id, bc.name, bc.dob, 'birth', 'normal', NULL, NULL, 'Nacimiento en ' || CASE WHEN bc.institution = 4 THEN 'CSI Okinawa Uno' ELSE 'HDCC' END,
         'Certificado de nacido vivo ' || bc.code || coalesce('. ' || bc.observations, ''),
         jsonb_build_object('wt', round((2.4 + fixture_gen.n('polbw', bc.id, 18) / 10.0)::numeric, 2), 'ht', 46 + fixture_gen.n('polbh', bc.id, 8), 'apgar', '8/9')::text,
         coalesce(h.title || ' ', '') || h.first || ' ' || h.last, bc.signed_by + 1
  FROM gnuhealth_birth_certificate bc JOIN gnuhealth_healthprofessional hp ON hp.id = bc.signed_by JOIN pgen.p h ON h.i = hp.name WHERE bc.state = 'signed'
  UNION ALL
  SELECT 6000 + dc.id, dc.name, dc.dod, 'death', 'critical', pa.code, pa.name, 'Defunción: ' || pa.name, coalesce(dc.observations, 'Certificado de defunción ' || dc.code), NULL,
         coalesce(h.title || ' ', '') || h.first || ' ' || h.last, dc.signed_by + 1
  FROM gnuhealth_death_certificate dc JOIN gnuhealth_pathology pa ON pa.id = dc.cod JOIN gnuhealth_healthprofessional hp ON hp.id = dc.signed_by JOIN pgen.p h ON h.i = hp.name WHERE dc.state = 'signed'
) x JOIN party_party pp ON pp.id = x.person
ORDER BY x.t;

-- ---------------------------------------------------------------------------
-- Attachments: scans and photos kept in the filestore, a few small text
-- documents in the table, links to the PACS.

CREATE TABLE ir_attachment (
    id serial PRIMARY KEY, create_uid integer REFERENCES res_user (id) ON DELETE SET NULL, create_date timestamp(6) without time zone,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL, write_date timestamp(6) without time zone,
    name varchar NOT NULL, type varchar NOT NULL, description text, resource varchar NOT NULL, link varchar, data bytea, file_id varchar
);
INSERT INTO ir_attachment (create_uid, create_date, name, type, description, resource, link, data, file_id)
SELECT x.cu, pgen.us(x.t, 'atcd', x.k), x.name, x.type, x.descr, x.res, x.link, x.data, CASE WHEN x.type = 'data' AND x.data IS NULL THEN pgen.hexn('atfid', x.k, 32) END
FROM (
  SELECT g.j AS k, CASE WHEN g.j % 5 = 0 THEN 36 ELSE 2 + fixture_gen.n('atcu', g.j, 30) END AS cu, greatest(p.reg, pgen.at('att', g.j, '2021-03-01', '2024-06-27')) AS t,
         CASE g.j % 8
           WHEN 0 THEN 'CI_' || replace(coalesce(p.ci, 'sin_ci'), ' ', '_') || '_' || pgen.fold(split_part(p.first, ' ', 1)) || '.jpg'
           WHEN 1 THEN 'consentimiento_informado_' || pgen.fold(split_part(p.last, ' ', 1)) || '_' || to_char(p.reg, 'YYYYMMDD') || '.pdf'
           WHEN 2 THEN 'ecografia_' || to_char(p.reg + interval '30 days', 'YYYY-MM-DD') || '.jpg'
           WHEN 3 THEN 'referencia_HRDN_' || pgen.fold(p.a) || '.pdf'
           WHEN 4 THEN 'IMG_' || to_char(p.reg, 'YYYYMMDD') || '_' || fixture_gen.digits('atimg', g.j, 6) || '.jpg'
           WHEN 5 THEN 'carnet_vacunas_' || pgen.fold(split_part(p.first, ' ', 1)) || '_' || pgen.fold(p.a) || '.pdf'
           WHEN 6 THEN 'ECG_' || replace(p.first || ' ' || p.last, ' ', '_') || '.pdf'
           ELSE 'nota_referencia_' || fixture_gen.digits('atnr', g.j, 4) || '.txt' END AS name,
         CASE WHEN g.j % 8 = 2 AND g.j % 3 = 0 THEN 'link' ELSE 'data' END AS type,
         CASE g.j % 8
           WHEN 0 THEN 'Fotocopia del carnet de identidad (anverso y reverso)'
           WHEN 1 THEN 'Consentimiento firmado por ' || coalesce(cm.name, p.first || ' ' || p.last) || CASE WHEN p.c = 'menno' THEN ', traducido por Katharina Dyck' ELSE '' END
           WHEN 2 THEN 'Ecografía obstétrica, Dr. Kaneshiro'
           WHEN 3 THEN 'Hoja de referencia y contrarreferencia'
           WHEN 4 THEN CASE WHEN g.j % 3 = 0 THEN 'Foto de la herida al ingreso' END
           WHEN 6 THEN 'ECG de 12 derivaciones: BCRD + HBAI'
           ELSE NULL END AS descr,
         CASE WHEN g.j % 8 IN (0, 5) THEN 'party.party,' || p.i ELSE 'gnuhealth.patient,' || p.i END AS res,
         CASE WHEN g.j % 8 = 2 AND g.j % 3 = 0 THEN 'https://pacs.hdcc-salud.example/viewer?StudyInstanceUID=1.2.840.113619.2.' || fixture_gen.digits('atuid', g.j, 10) || '&PatientID=' || replace(coalesce(p.ci, p.fed), ' ', '') END AS link,
         CASE WHEN g.j % 8 = 7 THEN convert_to('HOSPITAL DISTRITAL CUATRO CAÑADAS' || E'\nNota de referencia\nPaciente: ' || p.first || ' ' || p.last || E'\nCI: ' || coalesce(p.ci, '-') || E'\nEdad: ' || coalesce(extract(year FROM age(p.reg::date, p.dob))::text, '-') || E' años\nMotivo: ' ||
                   fixture_gen.pick(ARRAY['evaluación por cardiología', 'cesárea programada', 'sospecha de TB resistente', 'tomografía de cráneo'], 'atmot', g.j) || E'\nContacto: ' || coalesce(p.phone, coalesce(cm.phone, '-')) || E'\n', 'UTF8') END AS data
  FROM generate_series(1, 96) g(j) JOIN pgen.p p ON p.i = 1 + fixture_gen.n('atp', g.j, 380) LEFT JOIN pgen.comp cm ON cm.i = p.i
) x ORDER BY x.t;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
