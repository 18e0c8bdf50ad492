-- classify-eval fixture (HOLDOUT 74: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- OSCAR EMR database of the Escarpment Ridge Family Health Team (invented),
-- six family physicians, three nurse practitioners, a nurse, a practical
-- nurse, a dietitian, a social worker, a pharmacist, a resident, reception and
-- billing staff, about 9,000 rostered patients, four sites: Hamilton Mountain,
-- Stoney Creek, Grimsby and St. Catharines. OSCAR 19 (the McMaster/OSCAR EMR
-- community build of 2019-2021, oscarinit.sql plus oscarinit_on.sql and the
-- update scripts), its MySQL schema ported to PostgreSQL by the clinic's IT
-- contractor as a self-hoster would: the legacy table and column names kept
-- exactly (mixed camelCase and lower case, so quoted: "demographicExt",
-- "hl7TextMessage", "consultationRequests", "DESCRIPTION", "theime",
-- "referalDate", facilty_num), int(10) auto_increment as serial, varchar and
-- char lengths as they were, datetime as timestamp, tinyint as smallint,
-- text and mediumtext as text, blobs as bytea. Ontario modules only: OHIP
-- billing (billing_on_cheader1, billing_on_item, the OHIP fee schedule in
-- billingservice and the three-digit diagnostic codes), the Rx module
-- (drugs, prescription, allergies with drugref codes), the CAISI case
-- management encounter notes (casemgmt_*, issue) with the CPP issues
-- (SocHistory, FamHistory, MedHistory, OMeds, Reminders, RiskFactors),
-- measurements and flowsheets, preventions (immunisations and screening),
-- scanned and faxed documents, HL7 labs downloaded from LifeLabs (CML),
-- Gamma-Dynacare (GDML) and Hamilton Health Sciences (HHSEMR) kept as the
-- base64 of the raw HL7 v2 message in hl7TextMessage with their text index
-- in hl7TextInfo, consultation requests to specialists, ticklers, internal
-- messages, the access log, eForms (templates with oscarDB placeholders,
-- filled-in HTML and the field values), user properties, clinic and sites,
-- patient contacts. Serialisations as OSCAR writes them: the referral doctor
-- in demographic.family_doctor as <rdohip>...</rdohip><rd>Last,First</rd>,
-- demographiccust.content as <unotes>...</unotes>, provider.comments as
-- <xml_p_specialty_code>...</xml_p_...> tags, billing dates of birth as
-- yyyyMMdd, names upper-cased as OSCAR does on entry, appointment.name as
-- LAST,FIRST, encounter notes with their [dd-MMM-yyyy .: type] header and
-- [Signed on ...] line and the previous revisions kept in history, security
-- passwords as OSCAR's SHA-1 digest written out as its signed bytes in
-- decimal, PINs in clear, note lock passwords in clear, the eData keys of
-- specialists as base64, Rx text views as printed. Patients are Canadians of
-- Hamilton and Niagara: English, Scottish, Italian, Portuguese (Azorean),
-- Polish, Punjabi, Filipino, Caribbean and Arabic-speaking families.
-- Written from memory of the published schemas, not checked against them:
-- wide tables carry only part of their columns to keep the fixture in range
-- (demographic without pcn_indicator, children, sourceOfIncome, anonymous,
-- end_date and newsletter; provider, security, appointment,
-- billing_on_cheader1, billing_on_item, billingservice, casemgmt_note,
-- casemgmt_issue, drugs, allergies, preventions, document, hl7TextInfo,
-- consultationRequests, professionalSpecialists, clinic, site, eform,
-- eform_data, contact and DemographicContact with fewer columns than the
-- real tables); the columns kept are real and none was added. The data is a
-- sample of 420 charts of the 9,000. Tables left out although a real
-- deployment has them: the legacy billing table, billingmaster (British
-- Columbia's Teleplan claims, empty in Ontario), demographicArchive and
-- appointmentArchive (copies of their tables), the form tables (formONAR
-- and the other forms are hundreds of columns wide), program and admission
-- (CAISI), scheduletemplate and the other schedule tables, waitingList.
-- What may differ: column lengths and order, whether OSCAR 19 still hashes
-- passwords with unsalted SHA-1 (later builds moved towards bcrypt), the
-- exact keys of demographicExt and property (demo_cell, rxAddress,
-- ontario_md_username and ontario_md_password, signature), the columns of
-- the security table (oneIdKey, oneIdEmail), the field set of log.data,
-- which OSCAR writes differently across builds, the message recipients'
-- format in messagetbl.sentto, whether appointment.creator holds the
-- booking user's name, OSCAR's own file name pattern for uploaded
-- documents, and the segment layout of the labs' HL7 (the messages follow
-- HL7 2.3 ORU^R01 in outline, not each lab's exact profile); drug DINs and
-- drugref ids are plausible, not looked up.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- up: upper case as OSCAR stores names (upper() in the C locale leaves
-- accented letters alone); fold: an ascii form for logins and emails.
CREATE FUNCTION pgen.up(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT upper(translate(s, 'áàâãäçéèêëíìîïñóòôõöúùûüśłżźńąęć', 'ÁÀÂÃÄÇÉÈÊËÍÌÎÏÑÓÒÔÕÖÚÙÛÜŚŁŻŹŃĄĘĆ'))
$$;
CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâãäçéèêëíìîïñóòôõöúùûüśłżźńąęćÁÉÓŚŁŻ', 'aaaaaceeeeiiiinooooouuuuslzznaecAEOSLZ')), '[^a-z0-9]+', '', 'g')
$$;

-- at: a time between two instants (timestamp without time zone, seconds).
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;
-- wd: a weekday working time (08:00-17:45 on the quarter hour) on a day between two dates.
CREATE FUNCTION pgen.wd(tag text, i bigint, lo date, hi date) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (d + CASE extract(isodow FROM d) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)::timestamp
      + make_interval(mins => 480 + 15 * fixture_gen.n(tag || 'q', i, 40))
  FROM (SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo)) AS d) x
$$;

-- Ontario: phones as typed at the front desk, postal codes, health card
-- numbers (OHIP: nine digits and the Luhn-style check digit, the version
-- code beside), social insurance numbers (Luhn).
CREATE FUNCTION pgen.phone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 8) WHEN 0 THEN '(' || a || ') ' || p || '-' || s WHEN 1 THEN a || p || s WHEN 2 THEN a || ' ' || p || ' ' || s ELSE a || '-' || p || '-' || s END
  FROM (SELECT fixture_gen.pick(ARRAY['905', '905', '905', '905', '289', '289', '365', '905'], tag || 'a', i) AS a,
      (201 + fixture_gen.n(tag || 'p', i, 754) + CASE WHEN fixture_gen.n(tag || 'p', i, 754) >= 354 THEN 1 ELSE 0 END)::text AS p, fixture_gen.digits(tag || 's', i, 4) AS s) x
$$;
CREATE FUNCTION pgen.postal(fsa text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fsa || ' ' || fixture_gen.n(tag || '1', i, 10)::text || fixture_gen.chars(tag || '2', i, 1, 'ABCEGHJKLMNPRSTVWXYZ') || fixture_gen.n(tag || '3', i, 10)::text
$$;
CREATE FUNCTION pgen.hin(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.luhn((1 + fixture_gen.n(tag || 'h', i, 9))::text || fixture_gen.digits(tag, i, 8)) $$;
CREATE FUNCTION pgen.ver(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag || 'v', i, 2, 'ABCDEFGHJKLMNPRSTVWXYZ') $$;
CREATE FUNCTION pgen.sin(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(s, 1, 3) || ' ' || substr(s, 4, 3) || ' ' || substr(s, 7, 3)
  FROM (SELECT fixture_gen.luhn((1 + fixture_gen.n(tag || 'h', i, 7))::text || fixture_gen.digits(tag, i, 7)) AS s) x
$$;

-- phn: a British Columbia personal health number (9, eight digits, the
-- mod-11 check digit with weights 2 4 8 5 10 9 7 3), for patients who moved
-- from BC and still carry their card.
CREATE FUNCTION pgen.phn(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '9' || d || (11 - s % 11)::text FROM (
    SELECT j, d, (SELECT sum(substr(d, k, 1)::int * (ARRAY[2, 4, 8, 5, 10, 9, 7, 3])[k] % 11) FROM generate_series(1, 8) k)::int AS s
    FROM generate_series(0, 30) j, LATERAL (SELECT fixture_gen.digits(tag || j, i, 8) AS d) x) y
  WHERE 11 - s % 11 BETWEEN 1 AND 9 ORDER BY j LIMIT 1
$$;

-- osha: OSCAR's password digest: SHA-1 bytes written as signed decimals
-- (20 bytes of a digest of the tag stand in for SHA-1, which PostgreSQL
-- lacks without pgcrypto).
CREATE FUNCTION pgen.osha(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg((CASE WHEN b > 127 THEN b - 256 ELSE b END)::text, '' ORDER BY k)
  FROM (SELECT k, get_byte(sha256(convert_to('pw:' || tag || ':' || i, 'UTF8')), k) AS b FROM generate_series(0, 19) k) x
$$;
-- b64: base64 of a text on one line (commons-codec, unchunked).
CREATE FUNCTION pgen.b64(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(convert_to(v, 'UTF8'), 'base64'), E'\n', '') $$;
-- mon: dd-MMM-yyyy as OSCAR writes dates into notes.
CREATE FUNCTION pgen.mon(t timestamp) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT lpad(extract(day FROM t)::int::text, 2, '0') || '-' || (ARRAY['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])[extract(month FROM t)::int] || '-' || extract(year FROM t)::int::text
$$;

-- Cultures: women's and men's given names, surnames (Polish ones in the
-- masculine form), the spoken language OSCAR's list names, countries of origin.
CREATE TABLE pgen.cu (c text PRIMARY KEY, lo int, hi int, ff text[], mf text[], ln text[], lang text, origin text[]);
INSERT INTO pgen.cu VALUES
 ('en', 0, 24, ARRAY['Emily', 'Sarah', 'Jennifer', 'Ashley', 'Olivia', 'Margaret', 'Linda', 'Karen', 'Megan', 'Hannah', 'Brenda', 'Chloe', 'Lauren', 'Patricia'],
               ARRAY['Michael', 'David', 'Ryan', 'Matthew', 'Robert', 'James', 'Tyler', 'Brian', 'Kevin', 'Paul', 'Gary', 'Liam', 'Owen', 'Dennis'],
               ARRAY['Smith', 'Thompson', 'Wilson', 'Taylor', 'Brown', 'Martin', 'White', 'Clarke', 'Hughes', 'Turner', 'Walker', 'Baker', 'Harris', 'Cooper', 'Palmer', 'Lawson'], 'English', ARRAY['CA', 'CA', 'CA', 'GB']),
 ('sc', 25, 34, ARRAY['Fiona', 'Isla', 'Heather', 'Catriona', 'Morag', 'Ailsa', 'Shona', 'Kirsty'],
               ARRAY['Angus', 'Duncan', 'Callum', 'Alasdair', 'Ewan', 'Hamish', 'Fraser', 'Iain'],
               ARRAY['MacDonald', 'Campbell', 'Stewart', 'Fraser', 'Robertson', 'MacLeod', 'MacKenzie', 'Murray', 'Henderson', 'McIntyre', 'Ferguson', 'Sinclair'], 'English', ARRAY['CA', 'CA', 'GB']),
 ('it', 35, 49, ARRAY['Maria', 'Giuseppina', 'Rosa', 'Anna', 'Giulia', 'Francesca', 'Concetta', 'Lucia', 'Carmela', 'Teresa'],
               ARRAY['Giuseppe', 'Antonio', 'Salvatore', 'Vincenzo', 'Domenico', 'Marco', 'Luca', 'Carmine', 'Rocco', 'Franco'],
               ARRAY['Rossi', 'DiFelice', 'Ferrante', 'Mancini', 'Bruno', 'Santucci', 'D''Angelo', 'Colavecchia', 'Iacobelli', 'Greco', 'Pizzuto', 'Lombardi', 'Di Ianni', 'Sgro'], 'Italian', ARRAY['CA', 'CA', 'IT']),
 ('pt', 50, 59, ARRAY['Maria de Fátima', 'Ana Paula', 'Filomena', 'Conceição', 'Sandra', 'Cristina', 'Lurdes', 'Natália'],
               ARRAY['José', 'Manuel', 'João', 'António', 'Paulo', 'Rui', 'Luís', 'Fernando'],
               ARRAY['Medeiros', 'Pacheco', 'Rodrigues', 'Sousa', 'Cabral', 'Furtado', 'Rego', 'Amaral', 'Melo', 'Botelho', 'Raposo', 'Tavares'], 'Portuguese', ARRAY['CA', 'PT', 'PT']),
 ('pl', 60, 67, ARRAY['Agnieszka', 'Katarzyna', 'Małgorzata', 'Joanna', 'Zofia', 'Ewa', 'Barbara', 'Krystyna'],
               ARRAY['Piotr', 'Krzysztof', 'Tomasz', 'Andrzej', 'Marek', 'Stanisław', 'Jan', 'Wojciech'],
               ARRAY['Kowalczyk', 'Wiśniewski', 'Nowak', 'Zieliński', 'Lewandowski', 'Mazur', 'Wójcik', 'Kaczmarek', 'Szymański', 'Dąbrowski', 'Kozłowski', 'Jankowski'], 'Polish', ARRAY['CA', 'PL']),
 ('pa', 68, 79, ARRAY['Harpreet', 'Gurpreet', 'Manjit', 'Jaspreet', 'Simran', 'Navneet', 'Kiranjit', 'Balwinder', 'Rajwinder', 'Amrit'],
               ARRAY['Harpreet', 'Gurpreet', 'Amandeep', 'Navdeep', 'Kuldeep', 'Rajinder', 'Jaswinder', 'Sukhwinder', 'Manpreet', 'Harjit'],
               ARRAY['Sandhu', 'Gill', 'Dhillon', 'Grewal', 'Sidhu', 'Brar', 'Bains', 'Randhawa', 'Sekhon', 'Toor', 'Dhaliwal', 'Mann'], 'Punjabi', ARRAY['IN', 'IN', 'CA']),
 ('ph', 80, 87, ARRAY['Maricel', 'Rowena', 'Maria Cristina', 'Jocelyn', 'Rhea', 'Lovely', 'Joy', 'Marilou'],
               ARRAY['Arnel', 'Jhun', 'Rodel', 'Jose Mari', 'Mark Anthony', 'Reynaldo', 'Ferdinand', 'Romeo'],
               ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Dela Cruz', 'Mendoza', 'Villanueva', 'Aquino', 'Garcia', 'Manalo', 'Dimaculangan', 'Pascual'], 'Tagalog', ARRAY['PH', 'PH', 'CA']),
 ('ca', 88, 93, ARRAY['Marcia', 'Shanice', 'Andrea', 'Sharon', 'Keisha', 'Donna-Marie', 'Camille', 'Paulette'],
               ARRAY['Delroy', 'Kemar', 'Winston', 'Dwayne', 'Leroy', 'Nigel', 'Andre', 'Errol'],
               ARRAY['Campbell', 'Williams', 'Brown', 'Ramdial', 'Persaud', 'Baptiste', 'Clarke', 'Francis', 'Grant', 'Henry', 'Ramsaran', 'McKenzie'], 'English', ARRAY['JM', 'TT', 'CA', 'GY']),
 ('ar', 94, 99, ARRAY['Rania', 'Layla', 'Nour', 'Mariam', 'Hiba', 'Lina', 'Rasha', 'Dalia'],
               ARRAY['Ahmad', 'Yousef', 'Omar', 'Karim', 'Khaled', 'Samir', 'Bilal', 'Tarek'],
               ARRAY['Haddad', 'Khoury', 'Al-Masri', 'Hassan', 'Abboud', 'Saleh', 'Nasser', 'Ibrahim', 'Mansour', 'Al-Hashimi', 'Darwish', 'Kassem'], 'Arabic', ARRAY['SY', 'LB', 'IQ', 'EG', 'CA']);

-- Places of Hamilton and Niagara with their forward sortation areas and streets.
CREATE TABLE pgen.place (k int PRIMARY KEY, city text, fsa text[], streets text[]);
INSERT INTO pgen.place VALUES
 (0, 'Hamilton', ARRAY['L8P', 'L8N', 'L8M', 'L8L', 'L8H', 'L8K', 'L8R', 'L8S', 'L9A', 'L9C', 'L8V', 'L8W', 'L8T', 'L9B'],
     ARRAY['King St E', 'Main St W', 'Barton St E', 'Upper James St', 'Upper Wentworth St', 'Concession St', 'Locke St S', 'James St N', 'Ottawa St N', 'Fennell Ave E',
           'Mohawk Rd W', 'Garth St', 'Stone Church Rd E', 'Rymal Rd E', 'Kenilworth Ave N', 'Sanford Ave S', 'Cannon St E', 'Aberdeen Ave', 'West 5th St', 'East 27th St']),
 (1, 'Stoney Creek', ARRAY['L8E', 'L8G', 'L8J'], ARRAY['Queenston Rd', 'Highway 8', 'Centennial Pkwy N', 'Barton St', 'Gray Rd', 'Lake Ave Dr', 'Fruitland Rd', 'Jones Rd']),
 (2, 'Ancaster', ARRAY['L9G', 'L9K'], ARRAY['Wilson St E', 'Golf Links Rd', 'Garner Rd E', 'Fiddler''s Green Rd', 'Meadowbrook Dr']),
 (3, 'Dundas', ARRAY['L9H'], ARRAY['King St W', 'Governors Rd', 'Ogilvie St', 'Hatt St', 'Creighton Rd']),
 (4, 'Grimsby', ARRAY['L3M'], ARRAY['Main St W', 'Livingston Ave', 'Christie St', 'Ontario St', 'Mountain St', 'Casablanca Blvd']),
 (5, 'Beamsville', ARRAY['L3J', 'L0R'], ARRAY['King St', 'Ontario St', 'Bartlett Ave', 'Hixon St', 'Greenwood Ave']),
 (6, 'St. Catharines', ARRAY['L2M', 'L2N', 'L2P', 'L2R', 'L2S', 'L2T', 'L2W'],
     ARRAY['Ontario St', 'Geneva St', 'Welland Ave', 'Glendale Ave', 'Scott St', 'Carlton St', 'Lake St', 'Niagara St', 'Vine St', 'Linwell Rd', 'Bunting Rd', 'Queenston St']),
 (7, 'Niagara Falls', ARRAY['L2E', 'L2G', 'L2H', 'L2J'], ARRAY['Lundy''s Lane', 'Victoria Ave', 'Drummond Rd', 'Portage Rd', 'Thorold Stone Rd', 'McLeod Rd', 'Stanley Ave', 'Dorchester Rd']),
 (8, 'Welland', ARRAY['L3B', 'L3C'], ARRAY['Niagara St', 'East Main St', 'Lincoln St', 'Ontario Rd', 'Prince Charles Dr', 'Thorold Rd']),
 (9, 'Thorold', ARRAY['L2V'], ARRAY['Pine St N', 'Front St', 'Ormond St', 'Collier Rd']),
 (10, 'Niagara-on-the-Lake', ARRAY['L0S'], ARRAY['Queen St', 'Niagara Stone Rd', 'Four Mile Creek Rd', 'Mississagua St']),
 (11, 'Fort Erie', ARRAY['L2A'], ARRAY['Garrison Rd', 'Central Ave', 'Jarvis St', 'Niagara Blvd']),
 (12, 'Waterdown', ARRAY['L8B', 'L0R'], ARRAY['Dundas St E', 'Hamilton St N', 'Mill St N', 'Parkside Dr']);

-- The patients behind demographic and everything that names them.
CREATE TABLE pgen.pat (i int PRIMARY KEY, cu text, sex char(1), first text, last text, middle text, dob date, place int, city text, fsa text,
  street text, postal text, phone text, phone2 text, cell text, email text, hin text, ver text, lang text, origin text, alias text,
  relname text, relation text, relphone text, employer text, mrp text, chart text);
INSERT INTO pgen.pat
SELECT i, c.c, s.sex, s.first,
  CASE WHEN s.sex = 'F' AND c.c = 'pl' THEN regexp_replace(regexp_replace(s.last0, 'ski$', 'ska'), 'cki$', 'cka') ELSE s.last0 END,
  CASE c.c WHEN 'pa' THEN CASE WHEN fixture_gen.n('mid', i, 10) < 7 THEN CASE s.sex WHEN 'F' THEN 'Kaur' ELSE 'Singh' END END
           WHEN 'ph' THEN CASE WHEN fixture_gen.n('mid', i, 10) < 6 THEN fixture_gen.pick(c.ln, 'midph', i) END
           WHEN 'ar' THEN CASE WHEN fixture_gen.n('mid', i, 10) < 3 THEN fixture_gen.pick(c.mf, 'midar', i) END
           ELSE CASE WHEN fixture_gen.n('mid', i, 10) < 3 THEN fixture_gen.pick(CASE s.sex WHEN 'F' THEN c.ff ELSE c.mf END, 'midx', i) END END,
  date '1934-01-01' + fixture_gen.n('dob', i, 32500),
  p.k, p.city, fixture_gen.pick(p.fsa, 'fsa', i),
  (1 + fixture_gen.n('no', i, 1890))::text || ' ' || fixture_gen.pick(p.streets, 'st', i)
    || CASE WHEN fixture_gen.n('apt', i, 7) = 0 THEN ' Apt ' || (101 + fixture_gen.n('aptn', i, 1500))::text WHEN fixture_gen.n('apt', i, 7) = 1 THEN ' Unit ' || (1 + fixture_gen.n('aptn', i, 40))::text ELSE '' END,
  NULL, pgen.phone('ph1', i), CASE WHEN fixture_gen.n('ph2x', i, 3) = 0 THEN pgen.phone('ph2', i) || CASE WHEN fixture_gen.n('ext', i, 4) = 0 THEN ' x' || (100 + fixture_gen.n('extn', i, 800))::text ELSE '' END END,
  CASE WHEN fixture_gen.n('cellx', i, 10) < 7 THEN pgen.phone('cell', i) END,
  NULL, pgen.hin('hin', i), CASE WHEN fixture_gen.n('verx', i, 12) = 0 THEN '' ELSE pgen.ver('ver', i) END,
  CASE WHEN c.lang = 'English' OR fixture_gen.n('lang', i, 10) < 6 THEN 'English' ELSE c.lang END,
  fixture_gen.pick(c.origin, 'orig', i), NULL,
  fixture_gen.pick(CASE WHEN fixture_gen.n('relsex', i, 2) = 0 THEN c.ff ELSE c.mf END, 'reln', i) || ' '
    || CASE WHEN fixture_gen.n('relsex', i, 2) = 0 AND c.c = 'pl' THEN regexp_replace(regexp_replace(CASE WHEN fixture_gen.n('relsame', i, 4) = 0 THEN fixture_gen.pick(c.ln, 'relln', i) ELSE s.last0 END, 'ski$', 'ska'), 'cki$', 'cka')
       ELSE CASE WHEN fixture_gen.n('relsame', i, 4) = 0 THEN fixture_gen.pick(c.ln, 'relln', i) ELSE s.last0 END END,
  NULL, pgen.phone('relph', i),
  fixture_gen.pick(ARRAY['ArcelorMittal Dofasco', 'Stelco', 'McMaster University', 'Hamilton Health Sciences', 'Mohawk College', 'Niagara Health', 'Brock University',
    'General Motors St. Catharines', 'Fallsview Casino', 'Costco Ancaster', 'Canada Post', 'the HSR', 'the City of Hamilton', 'a greenhouse in Vineland', 'Maple Leaf Foods',
    'St. Joseph''s Healthcare', 'Tim Hortons', 'Walmart Grimsby', 'Hamilton-Wentworth District School Board', 'Niagara Parks'], 'emp', i),
  fixture_gen.pick(ARRAY['101', '101', '102', '102', '103', '103', '104', '104', '105', '105', '106', '106', '110', '111', '112', '107'], 'mrp', i),
  (10000 + i * 7 + fixture_gen.n('chart', i, 7))::text
FROM generate_series(1, 420) i
JOIN pgen.cu c ON fixture_gen.n('cu', i, 100) BETWEEN c.lo AND c.hi
JOIN pgen.place p ON p.k = (ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 4, 5, 6, 6, 6, 7, 7, 8, 9, 10, 11, 12])[1 + fixture_gen.n('place', i, 27)]
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('sex', i, 100) < 53 THEN 'F' ELSE 'M' END AS sex) s0
CROSS JOIN LATERAL (SELECT s0.sex, fixture_gen.pick(CASE s0.sex WHEN 'F' THEN c.ff ELSE c.mf END, 'fn', i) AS first, fixture_gen.pick(c.ln, 'ln', i) AS last0) s;

UPDATE pgen.pat SET postal = pgen.postal(fsa, 'pc', i),
  email = CASE WHEN fixture_gen.n('emx', i, 10) < 6 AND dob > date '1940-01-01' THEN
    pgen.fold(first) || fixture_gen.pick(ARRAY['.', '', '_', '.'], 'ems', i) || pgen.fold(last) || CASE WHEN fixture_gen.n('emn', i, 3) = 0 THEN (dob - date '1900-01-01') % 100 || '' ELSE '' END
    || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.ca', 'cogeco.ca', 'sympatico.ca', 'rogers.com', 'outlook.com', 'bell.net', 'icloud.com'], 'emd', i) END,
  alias = CASE WHEN fixture_gen.n('alias', i, 9) = 0 THEN fixture_gen.pick(CASE cu WHEN 'ph' THEN ARRAY['Pinky', 'Jun-Jun', 'Bong', 'Baby'] WHEN 'it' THEN ARRAY['Pina', 'Tony', 'Enzo', 'Mimmo']
      WHEN 'pt' THEN ARRAY['Zé', 'Fatinha', 'Tó', 'Nelo'] WHEN 'pa' THEN ARRAY['Harry', 'Sonny', 'Nav', 'Sim'] WHEN 'ar' THEN ARRAY['Abu Omar', 'Lulu', 'Sam', 'Kay']
      ELSE ARRAY['Bob', 'Peggy', 'Jim', 'Cathy', 'Sandy'] END, 'alias2', i) END,
  relation = fixture_gen.pick(CASE WHEN fixture_gen.n('relsex', i, 2) = 0 THEN
      CASE WHEN dob < date '1955-01-01' THEN ARRAY['Daughter', 'Wife', 'Daughter', 'Daughter-in-law'] WHEN dob > date '2004-01-01' THEN ARRAY['Mother', 'Mother', 'Grandmother'] ELSE ARRAY['Wife', 'Spouse', 'Sister', 'Partner'] END
    ELSE CASE WHEN dob < date '1955-01-01' THEN ARRAY['Son', 'Husband', 'Son', 'Son-in-law'] WHEN dob > date '2004-01-01' THEN ARRAY['Father', 'Father', 'Grandfather'] ELSE ARRAY['Husband', 'Spouse', 'Brother', 'Partner'] END END, 'rel', i);

-- ---------------------------------------------------------------- tables

CREATE TABLE demographic (
  demographic_no serial PRIMARY KEY,
  title varchar(10),
  last_name varchar(30) NOT NULL DEFAULT '',
  first_name varchar(30) NOT NULL DEFAULT '',
  "middleNames" varchar(100),
  address varchar(60),
  city varchar(50),
  province varchar(20),
  postal varchar(9),
  phone varchar(20),
  phone2 varchar(20),
  email varchar(100),
  "myOscarUserName" varchar(255),
  year_of_birth varchar(4),
  month_of_birth char(2),
  date_of_birth char(2),
  hin varchar(20),
  ver char(3),
  roster_status varchar(20),
  roster_date date,
  roster_termination_date date,
  roster_termination_reason varchar(2),
  patient_status varchar(20),
  patient_status_date date,
  date_joined date,
  chart_no varchar(10),
  official_lang varchar(60),
  spoken_lang varchar(60),
  provider_no varchar(250),
  sex char(1) NOT NULL DEFAULT '',
  eff_date date,
  hc_type varchar(20),
  hc_renew_date date,
  family_doctor varchar(80),
  alias varchar(70),
  "previousAddress" varchar(255),
  citizenship varchar(40),
  sin varchar(15),
  country_of_origin char(4),
  "lastUpdateUser" varchar(6),
  "lastUpdateDate" timestamp NOT NULL
);

CREATE TABLE "demographicExt" (
  id serial PRIMARY KEY,
  demographic_no integer,
  provider_no varchar(6),
  key_val varchar(64),
  value text,
  date_time timestamp,
  hidden char(1) DEFAULT '0'
);

CREATE TABLE demographiccust (
  demographic_no integer PRIMARY KEY,
  cust1 varchar(255),
  cust2 varchar(255),
  cust3 varchar(255),
  cust4 varchar(255),
  content text
);

CREATE TABLE demographic_merged (
  id serial PRIMARY KEY,
  demographic_no integer NOT NULL,
  merged_to integer NOT NULL,
  deleted integer NOT NULL DEFAULT 0,
  "lastUpdateUser" varchar(6),
  "lastUpdateDate" timestamp
);

CREATE TABLE provider (
  provider_no varchar(6) PRIMARY KEY,
  last_name varchar(30) NOT NULL DEFAULT '',
  first_name varchar(30) NOT NULL DEFAULT '',
  provider_type varchar(15) NOT NULL DEFAULT '',
  specialty varchar(40) NOT NULL DEFAULT '',
  team varchar(20) DEFAULT '',
  sex char(1) NOT NULL DEFAULT '',
  dob date,
  address varchar(40),
  phone varchar(20),
  work_phone varchar(50),
  ohip_no varchar(20),
  rma_no varchar(20),
  billing_no varchar(20),
  status char(1),
  comments text,
  "practitionerNo" varchar(20),
  job_title varchar(100),
  email varchar(60),
  title varchar(20),
  "lastUpdateUser" varchar(6),
  "lastUpdateDate" timestamp,
  signed_confidentiality timestamp,
  "practitionerNoType" varchar(255)
);

CREATE TABLE security (
  security_no serial PRIMARY KEY,
  user_name varchar(30) NOT NULL DEFAULT '',
  password varchar(255) NOT NULL DEFAULT '',
  provider_no varchar(6),
  pin varchar(255),
  "b_ExpireSet" integer DEFAULT 1,
  "date_ExpireDate" date,
  "b_LocalLockSet" integer DEFAULT 1,
  "forcePasswordReset" smallint,
  "passwordUpdateDate" timestamp,
  "lastUpdateDate" timestamp,
  "oneIdKey" varchar(255),
  "oneIdEmail" varchar(255)
);

CREATE TABLE "secUserRole" (
  id serial PRIMARY KEY,
  provider_no varchar(6) NOT NULL,
  role_name varchar(60) NOT NULL,
  orgcd varchar(80) DEFAULT 'R0000001',
  activeyn integer,
  "lastUpdateDate" timestamp NOT NULL
);

CREATE TABLE appointment (
  appointment_no serial PRIMARY KEY,
  provider_no varchar(6) NOT NULL,
  appointment_date date NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  name varchar(50),
  demographic_no integer,
  program_id integer DEFAULT 0,
  notes varchar(255),
  reason varchar(80),
  location varchar(30),
  type varchar(50),
  billing varchar(10),
  status char(2),
  lastupdatedate timestamp,
  createdatetime timestamp,
  creator varchar(50),
  remarks varchar(50),
  updatedatetime timestamp,
  lastupdateuser varchar(6),
  "reasonCode" integer
);

CREATE TABLE billing_on_cheader1 (
  id serial PRIMARY KEY,
  transc_id char(2) DEFAULT 'HE',
  rec_id char(1) DEFAULT 'H',
  hin varchar(12),
  ver char(2),
  dob varchar(8),
  pay_program varchar(3),
  ref_num varchar(6),
  facilty_num varchar(4),
  admission_date varchar(8),
  location varchar(4),
  demographic_no integer,
  provider_no varchar(6) NOT NULL,
  appointment_no integer,
  demographic_name varchar(60),
  sex char(1),
  province varchar(2),
  billing_date date,
  billing_time time,
  total varchar(7),
  paid varchar(7),
  status char(1),
  comment1 varchar(255),
  visittype varchar(2),
  provider_ohip_no varchar(20),
  creator varchar(6),
  timestamp1 timestamp
);

CREATE TABLE billing_on_item (
  id serial PRIMARY KEY,
  ch1_id integer NOT NULL,
  transc_id char(2) DEFAULT 'HT',
  rec_id char(1) DEFAULT 'T',
  service_code varchar(20),
  fee varchar(7),
  ser_num char(2),
  service_date date,
  dx varchar(4),
  dx1 varchar(4),
  status char(1),
  timestamp timestamp
);

CREATE TABLE billingservice (
  billingservice_no serial PRIMARY KEY,
  service_compositecode varchar(30),
  service_code varchar(10),
  description text,
  value varchar(8),
  percentage varchar(8),
  billingservice_date date,
  region varchar(5),
  termination_date date,
  "sliFlag" smallint NOT NULL DEFAULT 0
);

CREATE TABLE diagnosticcode (
  diagnosticcode_no serial PRIMARY KEY,
  diagnostic_code varchar(5),
  description text,
  status char(1),
  region varchar(5)
);

CREATE TABLE casemgmt_note (
  note_id serial PRIMARY KEY,
  update_date timestamp,
  observation_date timestamp,
  demographic_no integer NOT NULL,
  provider_no varchar(6) NOT NULL,
  note text,
  signed smallint,
  signing_provider_no varchar(6),
  encounter_type varchar(100),
  billing_code varchar(20),
  program_no varchar(20),
  reporter_caisi_role varchar(20),
  history text,
  password varchar(20),
  locked smallint,
  archived smallint,
  uuid varchar(36),
  "appointmentNo" integer
);

CREATE TABLE casemgmt_issue (
  id serial PRIMARY KEY,
  demographic_no integer NOT NULL,
  issue_id integer NOT NULL,
  acute smallint,
  resolved smallint,
  type varchar(100),
  update_date timestamp,
  program_id integer
);

CREATE TABLE casemgmt_issue_notes (
  id integer NOT NULL,
  note_id integer NOT NULL,
  PRIMARY KEY (id, note_id)
);

CREATE TABLE casemgmt_note_ext (
  id serial PRIMARY KEY,
  note_id integer,
  key_val varchar(64),
  value_str text,
  value_date date
);

CREATE TABLE issue (
  issue_id serial PRIMARY KEY,
  code varchar(20),
  description varchar(255),
  role varchar(100),
  update_date timestamp,
  priority varchar(10),
  type varchar(25)
);

CREATE TABLE drugs (
  drugid serial PRIMARY KEY,
  provider_no varchar(6),
  demographic_no integer NOT NULL,
  rx_date date,
  end_date date,
  "BN" varchar(255),
  "customName" varchar(60),
  takemin real,
  takemax real,
  freqcode varchar(6),
  duration varchar(4),
  durunit char(1),
  quantity varchar(20),
  repeat smallint,
  prn smallint,
  special text,
  special_instruction text,
  archived smallint DEFAULT 0,
  "GN" varchar(255),
  "ATC" varchar(20),
  script_no integer,
  regional_identifier varchar(100),
  route varchar(45),
  outside_provider_name varchar(100),
  outside_provider_ohip varchar(20),
  comment varchar(255),
  "lastUpdateDate" timestamp
);

CREATE TABLE prescription (
  script_no serial PRIMARY KEY,
  provider_no varchar(6),
  demographic_no integer,
  date_prescribed date,
  date_printed date,
  dates_reprinted text,
  "textView" text,
  rx_comments text,
  "lastUpdateDate" timestamp
);

CREATE TABLE allergies (
  allergyid serial PRIMARY KEY,
  demographic_no integer NOT NULL,
  entry_date date,
  "DESCRIPTION" varchar(50) NOT NULL DEFAULT '',
  "TYPECODE" integer,
  reaction text,
  drugref_id varchar(100),
  archived char(1) DEFAULT '0',
  start_date date,
  age_of_onset char(4),
  severity_of_reaction char(1),
  regional_identifier varchar(100),
  life_stage char(1),
  "lastUpdateDate" timestamp,
  "providerNo" varchar(6)
);

CREATE TABLE measurements (
  id serial PRIMARY KEY,
  type varchar(50) NOT NULL,
  "demographicNo" integer NOT NULL,
  "providerNo" varchar(6) NOT NULL,
  "dataField" varchar(255) NOT NULL,
  "measuringInstruction" varchar(255) NOT NULL DEFAULT '',
  comments varchar(255) NOT NULL DEFAULT '',
  "dateObserved" timestamp NOT NULL,
  "dateEntered" timestamp NOT NULL,
  "appointmentNo" integer
);

CREATE TABLE "measurementType" (
  id serial PRIMARY KEY,
  type varchar(50) NOT NULL,
  "typeDisplayName" varchar(255),
  "typeDescription" varchar(255),
  "measuringInstruction" varchar(255),
  validation varchar(100)
);

CREATE TABLE preventions (
  id serial PRIMARY KEY,
  demographic_no integer NOT NULL,
  creation_date timestamp,
  prevention_date timestamp,
  provider_no varchar(6),
  provider_name varchar(255),
  prevention_type varchar(20),
  deleted char(1) DEFAULT '0',
  refused char(1) DEFAULT '0',
  next_date date,
  creator varchar(6),
  "lastUpdateDate" timestamp,
  "snomedId" varchar(255)
);

CREATE TABLE "preventionsExt" (
  id serial PRIMARY KEY,
  prevention_id integer,
  keyval varchar(20),
  val text
);

CREATE TABLE document (
  document_no serial PRIMARY KEY,
  doctype varchar(60),
  "docClass" varchar(60),
  "docSubClass" varchar(60),
  docdesc varchar(255) NOT NULL DEFAULT '',
  docfilename varchar(255) NOT NULL DEFAULT '',
  doccreator varchar(30) NOT NULL DEFAULT '',
  responsible varchar(30) NOT NULL DEFAULT '',
  source varchar(60),
  updatedatetime timestamp,
  status char(1) NOT NULL DEFAULT 'A',
  contenttype varchar(60) NOT NULL DEFAULT '',
  observationdate date,
  reviewer varchar(30),
  reviewdatetime timestamp,
  appointment_no integer,
  abnormal integer NOT NULL DEFAULT 0
);

CREATE TABLE ctl_document (
  module varchar(30) NOT NULL DEFAULT '',
  module_id integer NOT NULL,
  document_no integer NOT NULL,
  status char(1),
  PRIMARY KEY (module, module_id, document_no)
);

CREATE TABLE "hl7TextInfo" (
  id serial PRIMARY KEY,
  lab_no integer NOT NULL,
  sex varchar(1),
  health_no varchar(12),
  result_status varchar(1),
  obr_date varchar(20),
  requesting_client varchar(100),
  discipline varchar(100),
  last_name varchar(30),
  first_name varchar(30),
  report_status varchar(10),
  "accessionNum" varchar(255),
  sending_facility varchar(50),
  label varchar(100)
);

CREATE TABLE "hl7TextMessage" (
  lab_id serial PRIMARY KEY,
  message text,
  type varchar(100),
  "serviceName" varchar(100),
  created timestamp NOT NULL,
  "fileUploadCheckId" integer
);

CREATE TABLE "patientLabRouting" (
  id serial PRIMARY KEY,
  demographic_no integer NOT NULL,
  lab_no integer NOT NULL,
  lab_type char(3) NOT NULL DEFAULT 'MDS',
  created timestamp,
  "dateModified" timestamp
);

CREATE TABLE "providerLabRouting" (
  id serial PRIMARY KEY,
  provider_no varchar(6) NOT NULL,
  lab_no integer NOT NULL,
  status char(1),
  comment varchar(255),
  timestamp timestamp,
  lab_type char(3) DEFAULT 'MDS'
);

CREATE TABLE "consultationRequests" (
  "requestId" serial PRIMARY KEY,
  "referalDate" date,
  "serviceId" integer,
  "specId" integer,
  "appointmentDate" date,
  "appointmentTime" time,
  reason text,
  "clinicalInfo" text,
  "currentMeds" text,
  allergies text,
  "providerNo" varchar(6),
  "demographicNo" integer,
  status char(2),
  "statusText" text,
  "sendTo" varchar(20),
  "concurrentProblems" text,
  urgency char(2),
  "patientWillBook" smallint,
  "followUpDate" date,
  "lastUpdateDate" timestamp
);

CREATE TABLE "consultationServices" (
  "serviceId" serial PRIMARY KEY,
  "serviceDesc" varchar(255),
  active varchar(2)
);

CREATE TABLE "professionalSpecialists" (
  "specId" serial PRIMARY KEY,
  "fName" varchar(32),
  "lName" varchar(32),
  "proLetters" varchar(20),
  address varchar(255),
  phone varchar(30),
  fax varchar(30),
  website varchar(128),
  email varchar(128),
  "specType" varchar(128),
  "eDataUrl" varchar(255),
  "eDataOscarKey" varchar(1024),
  "eDataServiceKey" varchar(1024),
  annotation text,
  "referralNo" varchar(6),
  "privatePhoneNumber" varchar(30),
  "cellPhoneNumber" varchar(30),
  "lastUpdated" timestamp
);

CREATE TABLE tickler (
  tickler_no serial PRIMARY KEY,
  demographic_no integer,
  program_id integer,
  message text,
  status char(1),
  update_date timestamp,
  service_date date,
  creator varchar(6),
  priority varchar(6) DEFAULT 'Normal',
  task_assigned_to varchar(255)
);

CREATE TABLE messagetbl (
  messageid serial PRIMARY KEY,
  thedate date,
  theime time,
  themessage text,
  thesubject varchar(128),
  sentby varchar(62),
  sentto text,
  "sentbyNo" varchar(6),
  "sentByLocation" integer,
  attachment text,
  pdfattachment bytea,
  type integer
);

CREATE TABLE messagelisttbl (
  id serial PRIMARY KEY,
  message integer,
  provider_no varchar(6),
  status varchar(10),
  "remoteLocation" integer,
  "destinationFacilityId" integer,
  "sourceFacilityId" integer
);

CREATE TABLE log (
  id serial PRIMARY KEY,
  "dateTime" timestamp NOT NULL,
  provider_no varchar(10),
  action varchar(64),
  content varchar(80),
  "contentId" varchar(80),
  ip varchar(64),
  demographic_no integer,
  data text,
  "securityId" integer
);

CREATE TABLE property (
  id serial PRIMARY KEY,
  name varchar(255) NOT NULL DEFAULT '',
  value varchar(255),
  provider_no varchar(6)
);

CREATE TABLE clinic (
  clinic_no serial PRIMARY KEY,
  clinic_name varchar(50),
  clinic_address varchar(60) DEFAULT '',
  clinic_city varchar(40) DEFAULT '',
  clinic_postal varchar(15) DEFAULT '',
  clinic_phone varchar(50),
  clinic_fax varchar(20) DEFAULT '',
  clinic_province varchar(40)
);

CREATE TABLE site (
  site_id serial PRIMARY KEY,
  name varchar(30) NOT NULL,
  phone varchar(50) DEFAULT '',
  fax varchar(50) DEFAULT '',
  bg_color varchar(20) NOT NULL DEFAULT '',
  address varchar(255) DEFAULT '',
  city varchar(25) DEFAULT '',
  province varchar(25) DEFAULT '',
  postal varchar(10) DEFAULT '',
  status smallint NOT NULL DEFAULT 1
);

CREATE TABLE eform (
  fid serial PRIMARY KEY,
  form_name varchar(255),
  file_name varchar(255),
  subject varchar(255),
  form_date date,
  form_time time,
  form_creator varchar(255),
  status smallint NOT NULL DEFAULT 1,
  form_html text,
  "showLatestFormOnly" smallint NOT NULL DEFAULT 0
);

CREATE TABLE eform_data (
  fdid serial PRIMARY KEY,
  fid integer NOT NULL,
  form_name varchar(255),
  subject varchar(255),
  demographic_no integer,
  status smallint NOT NULL DEFAULT 1,
  form_date date,
  form_time time,
  form_provider varchar(255),
  form_data text,
  "showLatestFormOnly" smallint NOT NULL DEFAULT 0
);

CREATE TABLE eform_values (
  id serial PRIMARY KEY,
  fdid integer NOT NULL,
  fid integer NOT NULL,
  demographic_no integer NOT NULL,
  var_name varchar(30) NOT NULL,
  var_value text
);

CREATE TABLE contact (
  id serial PRIMARY KEY,
  "lastName" varchar(100),
  "firstName" varchar(100),
  address varchar(255),
  city varchar(100),
  province varchar(100),
  postal varchar(10),
  "residencePhone" varchar(30),
  "cellPhone" varchar(30),
  "workPhone" varchar(30),
  email varchar(100),
  note text,
  deleted smallint,
  "updateDate" timestamp
);

CREATE TABLE "DemographicContact" (
  id serial PRIMARY KEY,
  created timestamp,
  updated timestamp,
  deleted smallint,
  "demographicNo" integer,
  "contactId" varchar(100),
  role varchar(100),
  type integer,
  category varchar(100),
  sdm varchar(25),
  ec varchar(25),
  note varchar(200),
  creator varchar(20)
);

-- ---------------------------------------------------------------- data

-- Staff: six physicians and a locum, three nurse practitioners, allied
-- health, reception and billing, a McMaster family medicine resident, and
-- OSCAR's default oscardoc account.
CREATE TABLE pgen.staff (k int, no text, last text, first text, ptype text, spec text, team text, sex text, dob date, job text, regtype text, role text, site text);
INSERT INTO pgen.staff VALUES
 (1, '999998', 'oscardoc', 'doctor', 'doctor', '', '', 'M', NULL, NULL, NULL, 'admin', 'Mountain'),
 (2, '101', 'Sandhu', 'Harpreet', 'doctor', 'FP', 'Mountain', 'F', '1976-04-19', 'Family Physician', 'CPSO', 'doctor', 'Mountain'),
 (3, '102', 'MacLeod', 'Alasdair', 'doctor', 'FP', 'Mountain', 'M', '1968-11-02', 'Family Physician, Lead Physician', 'CPSO', 'doctor', 'Mountain'),
 (4, '103', 'Ferrante', 'Giulia', 'doctor', 'FP', 'Stoney Creek', 'F', '1982-07-27', 'Family Physician', 'CPSO', 'doctor', 'Stoney Creek'),
 (5, '104', 'Haddad', 'Samir', 'doctor', 'FP', 'St. Catharines', 'M', '1979-02-14', 'Family Physician', 'CPSO', 'doctor', 'St. Catharines'),
 (6, '105', 'Villanueva', 'Rowena', 'doctor', 'FP', 'Grimsby', 'F', '1985-09-08', 'Family Physician', 'CPSO', 'doctor', 'Grimsby'),
 (7, '106', 'Thompson', 'Michael', 'doctor', 'FP', 'St. Catharines', 'M', '1971-05-30', 'Family Physician', 'CPSO', 'doctor', 'St. Catharines'),
 (8, '107', 'Kowalczyk', 'Andrzej', 'doctor', 'FP', 'Locum', 'M', '1990-01-12', 'Locum Physician', 'CPSO', 'locum', 'Stoney Creek'),
 (9, '110', 'Medeiros', 'Catarina', 'nurse', 'NP', 'Mountain', 'F', '1984-03-03', 'Nurse Practitioner - Primary Health Care', 'CNO', 'doctor', 'Mountain'),
 (10, '111', 'Nowak', 'Katarzyna', 'nurse', 'NP', 'Grimsby', 'F', '1980-12-21', 'Nurse Practitioner - Primary Health Care', 'CNO', 'doctor', 'Grimsby'),
 (11, '112', 'Williams', 'Shanice', 'nurse', 'NP', 'St. Catharines', 'F', '1988-06-16', 'Nurse Practitioner - Primary Health Care', 'CNO', 'doctor', 'St. Catharines'),
 (12, '120', 'Walker', 'Jennifer', 'nurse', 'RN', 'Mountain', 'F', '1975-10-05', 'Registered Nurse, Diabetes Educator', 'CNO', 'nurse', 'Mountain'),
 (13, '121', 'Santos', 'Maricel', 'nurse', 'RPN', 'Stoney Creek', 'F', '1987-08-29', 'Registered Practical Nurse', 'CNO', 'nurse', 'Stoney Creek'),
 (14, '122', 'Nasser', 'Layla', 'nurse', 'RD', 'Mountain', 'F', '1991-04-11', 'Registered Dietitian', 'CDO', 'nurse', 'Mountain'),
 (15, '123', 'Fraser', 'Duncan', 'nurse', 'MSW', 'Mountain', 'M', '1983-01-25', 'Social Worker (MSW, RSW)', 'OCSWSSW', 'nurse', 'Mountain'),
 (16, '124', 'Gill', 'Jaspreet', 'nurse', 'PharmD', 'St. Catharines', 'F', '1989-11-30', 'Clinical Pharmacist', 'OCP', 'nurse', 'St. Catharines'),
 (17, '130', 'Bains', 'Kiranjit', 'receptionist', '', 'Mountain', 'F', '1993-02-07', 'Medical Receptionist', NULL, 'receptionist', 'Mountain'),
 (18, '131', 'Colavecchia', 'Rosa', 'receptionist', '', 'Stoney Creek', 'F', '1966-07-19', 'Medical Receptionist', NULL, 'receptionist', 'Stoney Creek'),
 (19, '132', 'Brown', 'Ashley', 'receptionist', '', 'Grimsby', 'F', '1995-12-01', 'Medical Receptionist', NULL, 'receptionist', 'Grimsby'),
 (20, '133', 'Ibrahim', 'Rasha', 'receptionist', '', 'St. Catharines', 'F', '1990-05-23', 'Medical Receptionist', NULL, 'receptionist', 'St. Catharines'),
 (21, '140', 'MacKenzie', 'Linda', 'admin', '', 'Mountain', 'F', '1964-03-15', 'Executive Director', NULL, 'admin', 'Mountain'),
 (22, '141', 'Pacheco', 'Sandra', 'receptionist', '', 'Mountain', 'F', '1972-10-09', 'Billing and Office Coordinator', NULL, 'admin', 'Mountain'),
 (23, '150', 'Campbell', 'Kemar', 'resident', 'FP', 'Mountain', 'M', '1995-08-18', 'PGY2 Family Medicine Resident (McMaster)', 'CPSO', 'resident', 'Mountain');

INSERT INTO provider (provider_no, last_name, first_name, provider_type, specialty, team, sex, dob, address, phone, work_phone, ohip_no, rma_no, billing_no, status, comments,
  "practitionerNo", job_title, email, title, "lastUpdateUser", "lastUpdateDate", signed_confidentiality, "practitionerNoType")
SELECT no, last, first, ptype, spec, team, sex, dob,
  CASE WHEN k = 1 THEN '' WHEN k % 3 = 0 THEN '1550 Upper James St Suite 201' ELSE (10 + fixture_gen.n('paddr', k, 980))::text || ' ' || fixture_gen.pick(ARRAY['Lakeshore Rd', 'Scenic Dr', 'Sulphur Springs Rd', 'Main St E', 'Regional Rd 81', 'Old Mohawk Rd'], 'pst', k) END,
  CASE WHEN k = 1 THEN '' ELSE pgen.phone('pph', k) END,
  CASE WHEN k = 1 THEN '' ELSE 'ext ' || (200 + k) END,
  CASE WHEN ptype = 'doctor' AND k > 1 THEN lpad(fixture_gen.n('ohip', k, 999999)::text, 6, '0') ELSE '' END, '',
  CASE WHEN ptype = 'doctor' AND k > 1 AND k <> 8 THEN lpad(fixture_gen.n('ohip', k, 999999)::text, 6, '0') ELSE '' END,
  '1',
  CASE WHEN ptype = 'doctor' AND k > 1 THEN '<xml_p_specialty_code>00</xml_p_specialty_code><xml_p_billinggroup_no>' || CASE WHEN k = 8 THEN '0000' ELSE '6543' END || '</xml_p_billinggroup_no>' ELSE '' END,
  CASE regtype WHEN 'CPSO' THEN (70000 + fixture_gen.n('cpso', k, 49000))::text WHEN 'CNO' THEN lpad(fixture_gen.n('cno', k, 9999999)::text, 8, '0')
    WHEN 'CDO' THEN (10000 + fixture_gen.n('cdo', k, 9000))::text WHEN 'OCSWSSW' THEN '8' || fixture_gen.digits('ocsw', k, 5) WHEN 'OCP' THEN '6' || fixture_gen.digits('ocp', k, 5) END,
  job,
  CASE WHEN k = 1 THEN '' ELSE lower(substr(first, 1, 1) || last) || '@erfht.ca' END,
  CASE WHEN k = 1 THEN '' WHEN ptype IN ('doctor', 'resident') THEN 'Dr' WHEN sex = 'F' THEN 'Ms' ELSE 'Mr' END,
  '999998', pgen.at('plu', k, '2019-06-01', '2024-05-01'), CASE WHEN k = 1 THEN NULL ELSE pgen.at('psc', k, '2016-01-01', '2023-09-01') END, regtype
FROM pgen.staff ORDER BY k;

INSERT INTO security (user_name, password, provider_no, pin, "b_ExpireSet", "date_ExpireDate", "b_LocalLockSet", "forcePasswordReset", "passwordUpdateDate", "lastUpdateDate", "oneIdKey", "oneIdEmail")
SELECT CASE WHEN k = 1 THEN 'oscardoc' ELSE lower(substr(first, 1, 1) || last) END,
  pgen.osha('sec', k), no, fixture_gen.digits('pin', k, 4),
  CASE WHEN k = 1 THEN 0 ELSE 1 END, date '2025-12-31' - fixture_gen.n('exp', k, 400), 1, CASE WHEN k = 23 THEN 1 ELSE 0 END,
  pgen.at('pwu', k, '2021-01-01', '2024-05-01'), pgen.at('slu', k, '2021-01-01', '2024-05-01'),
  CASE WHEN ptype IN ('doctor', 'resident') AND k > 1 OR spec = 'NP' THEN fixture_gen.uuid('oneid', k) END,
  CASE WHEN ptype IN ('doctor', 'resident') AND k > 1 OR spec = 'NP' THEN lower(first) || '.' || lower(last) || '@oneid.on.ca' END
FROM pgen.staff ORDER BY k;

INSERT INTO "secUserRole" (provider_no, role_name, orgcd, activeyn, "lastUpdateDate")
SELECT no, r, 'R0000001', 1, pgen.at('sur' || r, k, '2019-06-01', '2023-01-01')
FROM pgen.staff, LATERAL unnest(CASE WHEN k IN (1, 21) THEN ARRAY['admin', 'doctor'] WHEN k = 22 THEN ARRAY['admin', 'receptionist'] WHEN k = 3 THEN ARRAY['doctor', 'admin'] ELSE ARRAY[role] END) r
ORDER BY k, r;

INSERT INTO clinic (clinic_name, clinic_address, clinic_city, clinic_postal, clinic_phone, clinic_fax, clinic_province) VALUES
 ('Escarpment Ridge Family Health Team', '1550 Upper James St Suite 201', 'Hamilton', 'L9B 2L6', '905-318-4470', '905-318-4471', 'ON');

INSERT INTO site (name, phone, fax, bg_color, address, city, province, postal, status) VALUES
 ('Mountain', '905-318-4470', '905-318-4471', '#CCFFCC', '1550 Upper James St Suite 201', 'Hamilton', 'ON', 'L9B 2L6', 1),
 ('Stoney Creek', '905-662-3380', '905-662-3381', '#FFFFCC', '325 Highway 8 Unit 4', 'Stoney Creek', 'ON', 'L8G 1E8', 1),
 ('Grimsby', '905-945-2217', '905-945-2218', '#CCE5FF', '155 Main St E', 'Grimsby', 'ON', 'L3M 1P2', 1),
 ('St. Catharines', '905-684-7790', '905-684-7791', '#FFCCE5', '180 Vine St Suite 3', 'St. Catharines', 'ON', 'L2R 7P3', 1),
 ('Beamsville (closed)', '', '', '#DDDDDD', '4999 King St', 'Beamsville', 'ON', 'L3J 1L1', 0);

-- User properties (UserProperty): Rx and schedule settings, the mydrugref
-- account, the OntarioMD portal login kept for the drug reference lookups.
INSERT INTO property (name, value, provider_no)
SELECT p.name,
  CASE p.name
    WHEN 'mydrugref_id' THEN lower(first) || '.' || lower(last) || fixture_gen.pick(ARRAY['@gmail.com', '@erfht.ca', '@cogeco.ca'], 'mdr', k)
    WHEN 'ontario_md_username' THEN lower(first) || lower(substr(last, 1, 1)) || fixture_gen.digits('omdu', k, 2)
    WHEN 'ontario_md_password' THEN fixture_gen.pick(ARRAY['Escarp', 'Tiger', 'Niagara', 'Maple', 'Bluejay', 'Lakers'], 'omdp', k) || fixture_gen.chars('omdp', k, 3, 'abcdefghijkmnpqrstuvwxyz') || fixture_gen.digits('omdq', k, 2) || fixture_gen.pick(ARRAY['!', '#', '$', ''], 'omdr', k)
    WHEN 'rxAddress' THEN (SELECT address || ', ' || city || ', ON ' || postal FROM site WHERE name = s.site)
    WHEN 'rxPhone' THEN (SELECT phone FROM site WHERE name = s.site)
    WHEN 'faxnumber' THEN (SELECT fax FROM site WHERE name = s.site)
    WHEN 'rx_use_rx3' THEN 'yes'
    WHEN 'rxPageSize' THEN fixture_gen.pick(ARRAY['PageSize.A6page', 'PageSize.A4page', 'PageSize.Letter'], 'rps', k)
    WHEN 'staleNoteDate' THEN fixture_gen.pick(ARRAY['-6', '-12', 'A', '-3'], 'snd', k)
    WHEN 'hc_type' THEN 'ON'
    WHEN 'prov_colour' THEN fixture_gen.pick(ARRAY['#6699CC', '#CC9966', '#99CC66', '#CC6699', '#66CCCC', '#FFCC33'], 'pcol', k)
    WHEN 'schedule.start_hour' THEN '8'
    WHEN 'schedule.end_hour' THEN fixture_gen.pick(ARRAY['17', '18', '20'], 'seh', k)
    WHEN 'signature' THEN CASE WHEN ptype IN ('doctor', 'resident') THEN 'Dr. ' || first || ' ' || last || ', MD CCFP' || CASE WHEN k = 23 THEN ' (PGY2, supervised by Dr. A. MacLeod)' ELSE '' END
      ELSE first || ' ' || last || ', ' || spec || CASE WHEN spec = 'NP' THEN '-PHC' ELSE '' END END
  END, no
FROM pgen.staff s, LATERAL unnest(CASE
    WHEN ptype IN ('doctor', 'resident') AND k > 1 OR spec = 'NP' THEN ARRAY['mydrugref_id', 'rx_use_rx3', 'rxPageSize', 'rxAddress', 'rxPhone', 'faxnumber', 'staleNoteDate', 'hc_type', 'prov_colour', 'schedule.start_hour', 'schedule.end_hour', 'signature']
      || CASE WHEN k IN (2, 3, 5, 7, 9) THEN ARRAY['ontario_md_username', 'ontario_md_password'] ELSE ARRAY[]::text[] END
    WHEN ptype = 'nurse' THEN ARRAY['staleNoteDate', 'prov_colour', 'schedule.start_hour', 'schedule.end_hour']
    ELSE ARRAY['staleNoteDate'] END) WITH ORDINALITY p(name, o)
ORDER BY k, o;

-- Referring doctors outside the team (family_doctor XML, billing ref_num).
CREATE TABLE pgen.refdoc (k int PRIMARY KEY, ohip text, last text, first text);
INSERT INTO pgen.refdoc
SELECT k, lpad(fixture_gen.n('rdo', k, 999999)::text, 6, '0'),
  fixture_gen.pick(ARRAY['Chan', 'Patel', 'O''Neill', 'Rinaldi', 'Mendes', 'Krawczyk', 'Grewal', 'Mercado', 'Joseph', 'Saad', 'Morrison', 'Leblanc', 'Boateng', 'Kim'], 'rdl', k),
  fixture_gen.pick(ARRAY['Peter', 'Anita', 'Colin', 'Teresa', 'Vikram', 'Helen', 'Jorge', 'Ewa', 'Abdul', 'Grace', 'Daniel', 'Marie'], 'rdf', k)
FROM generate_series(1, 14) k;

INSERT INTO demographic (title, last_name, first_name, "middleNames", address, city, province, postal, phone, phone2, email, "myOscarUserName", year_of_birth, month_of_birth,
  date_of_birth, hin, ver, roster_status, roster_date, roster_termination_date, roster_termination_reason, patient_status, patient_status_date, date_joined, chart_no,
  official_lang, spoken_lang, provider_no, sex, eff_date, hc_type, hc_renew_date, family_doctor, alias, "previousAddress", citizenship, sin, country_of_origin,
  "lastUpdateUser", "lastUpdateDate")
SELECT
  CASE WHEN dob > date '2006-01-01' THEN '' WHEN sex = 'M' THEN 'MR' WHEN fixture_gen.n('tt', i, 3) = 0 THEN 'MRS' ELSE 'MS' END,
  pgen.up(last), pgen.up(first), CASE WHEN middle IS NULL THEN '' ELSE pgen.up(middle) END,
  pgen.up(street), pgen.up(city), 'ON', replace(postal, CASE WHEN fixture_gen.n('pcsp', i, 3) = 0 THEN ' ' ELSE '#' END, ''), phone, coalesce(phone2, ''), coalesce(email, ''),
  CASE WHEN email IS NOT NULL AND fixture_gen.n('myo', i, 12) = 0 THEN pgen.fold(first) || '.' || pgen.fold(last) END,
  extract(year FROM dob)::int::text, lpad(extract(month FROM dob)::int::text, 2, '0'), lpad(extract(day FROM dob)::int::text, 2, '0'),
  CASE WHEN i % 47 = 5 THEN upper(substr(pgen.fold(last) || 'xxx', 1, 3)) || upper(substr(pgen.fold(first), 1, 1)) || to_char(dob, 'YY') || lpad((extract(month FROM dob)::int + CASE WHEN sex = 'F' THEN 50 ELSE 0 END)::text, 2, '0') || to_char(dob, 'DD') || fixture_gen.digits('ramq', i, 2)
       WHEN i % 61 = 7 THEN pgen.phn('bcphn', i) ELSE hin END,
  CASE WHEN i % 47 = 5 OR i % 61 = 7 THEN '' ELSE ver END,
  r.rs, CASE WHEN r.rs IN ('RO', 'TE') THEN date '2008-04-01' + fixture_gen.n('rod', i, 5000) END,
  CASE WHEN r.rs = 'TE' THEN date '2021-06-01' + fixture_gen.n('rtd', i, 1000) END,
  CASE WHEN r.rs = 'TE' THEN fixture_gen.pick(ARRAY['12', '14', '24', '30', '33', '44'], 'rtr', i) END,
  r.ps, date '2019-01-01' + fixture_gen.n('psd', i, 1900), greatest(dob, date '2005-01-01' + fixture_gen.n('dj', i, 6500)), chart,
  CASE WHEN fixture_gen.n('ofl', i, 60) = 0 THEN 'French' ELSE 'English' END, lang, mrp, sex,
  date '2014-01-01' + fixture_gen.n('eff', i, 3600), CASE WHEN i % 47 = 5 THEN 'QC' WHEN i % 61 = 7 THEN 'BC' ELSE 'ON' END,
  CASE WHEN ver <> '' AND i % 47 <> 5 AND i % 61 <> 7 THEN make_date(2024 + fixture_gen.n('ren', i, 5), extract(month FROM dob)::int, least(extract(day FROM dob)::int, 28)) END,
  CASE WHEN fixture_gen.n('fdx', i, 3) = 0 THEN (SELECT '<rdohip>' || d.ohip || '</rdohip><rd>' || d.last || ',' || d.first || '</rd>' FROM pgen.refdoc d WHERE d.k = 1 + fixture_gen.n('fdk', i, 14))
       ELSE '<rdohip></rdohip><rd></rd>' END,
  coalesce(alias, ''),
  CASE WHEN fixture_gen.n('prev', i, 8) = 0 THEN (1 + fixture_gen.n('pvn', i, 900))::text || ' ' || fixture_gen.pick(ARRAY['Barton St E', 'Upper Gage Ave', 'Queenston Rd', 'Lake St', 'Main St W'], 'pvs', i) || ' '
    || fixture_gen.pick(ARRAY['Hamilton', 'Hamilton', 'St. Catharines', 'Mississauga', 'Brampton', 'Toronto'], 'pvc', i) || ' ON ' || pgen.postal(fixture_gen.pick(ARRAY['L8L', 'L8T', 'L2R', 'L5B', 'L6T', 'M6H'], 'pvf', i), 'pvp', i) ELSE '' END,
  CASE WHEN origin = 'CA' OR fixture_gen.n('cit', i, 4) > 0 THEN 'Canadian' ELSE 'Permanent Resident' END,
  CASE WHEN fixture_gen.n('sinx', i, 9) = 0 AND dob < date '2003-01-01' THEN pgen.sin('sin', i) ELSE '' END,
  origin, fixture_gen.pick(ARRAY['130', '131', '132', '133', '141', '101', '120'], 'dlu', i), pgen.at('dlud', i, '2021-01-01', '2024-06-20')
FROM pgen.pat
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('ros', i, 20) < 16 THEN 'RO' WHEN fixture_gen.n('ros', i, 20) < 18 THEN 'TE' WHEN fixture_gen.n('ros', i, 20) = 18 THEN 'NR' ELSE 'FS' END AS rs) r0
CROSS JOIN LATERAL (SELECT r0.rs, CASE WHEN r0.rs = 'TE' THEN fixture_gen.pick(ARRAY['IN', 'MO', 'DE'], 'pst', i) WHEN fixture_gen.n('pst2', i, 40) = 0 THEN 'DE' ELSE 'AC' END AS ps) r
ORDER BY i;

-- Extension rows (DemographicExt): cell phone, phone notes, consent and
-- interpreter flags, ethnicity as typed.
INSERT INTO "demographicExt" (demographic_no, provider_no, key_val, value, date_time, hidden)
SELECT i, fixture_gen.pick(ARRAY['130', '131', '132', '133'], 'xp', i), k, v, pgen.at('xdt' || k, i, '2019-03-01', '2024-06-01'), '0'
FROM pgen.pat p, LATERAL (VALUES
  (1, 'demo_cell', cell),
  (2, 'hPhoneExt', CASE WHEN fixture_gen.n('hpe', i, 15) = 0 THEN (10 + fixture_gen.n('hpx', i, 90))::text END),
  (3, 'wPhoneExt', CASE WHEN phone2 LIKE '% x%' THEN split_part(phone2, ' x', 2) END),
  (4, 'phoneComment', CASE fixture_gen.n('pcm', i, 9) WHEN 0 THEN 'home # is her son''s, leave msg with ' || split_part(relname, ' ', 1) WHEN 1 THEN 'cell best after 5pm' WHEN 2 THEN 'do not leave msgs at work'
      WHEN 3 THEN lower(p.relation) || ' ' || split_part(relname, ' ', 1) || ' cell ' || relphone END),
  (5, 'given_consent', CASE WHEN fixture_gen.n('gc', i, 3) > 0 THEN 'yes' END),
  (6, 'privacyConsent', CASE WHEN fixture_gen.n('gc', i, 3) > 0 THEN 'yes' END),
  (7, 'usSigned', CASE WHEN fixture_gen.n('gc', i, 3) > 0 THEN 'signed' END),
  (8, 'ethnicity', CASE WHEN fixture_gen.n('eth', i, 4) = 0 THEN fixture_gen.pick(CASE cu WHEN 'pa' THEN ARRAY['South Asian', 'Punjabi Sikh'] WHEN 'ph' THEN ARRAY['Filipino', 'Southeast Asian']
      WHEN 'ca' THEN ARRAY['Black - Caribbean', 'Jamaican', 'Indo-Caribbean'] WHEN 'ar' THEN ARRAY['Arab', 'Middle Eastern'] WHEN 'it' THEN ARRAY['Italian', 'White - European']
      WHEN 'pt' THEN ARRAY['Portuguese', 'White - European'] WHEN 'pl' THEN ARRAY['Polish', 'White - European'] ELSE ARRAY['White', 'Caucasian', 'White - European'] END, 'eth2', i) END),
  (9, 'Interpreter', CASE WHEN lang NOT IN ('English', 'French') THEN lang || CASE WHEN fixture_gen.n('int', i, 2) = 0 THEN ' - ' || lower(p.relation) || ' ' || split_part(relname, ' ', 1) || ' interprets' ELSE '' END END),
  (10, 'area', CASE WHEN fixture_gen.n('area', i, 5) = 0 THEN p.city END),
  (11, 'HasPrimaryCarePhysician', CASE WHEN fixture_gen.n('hpcp', i, 10) < 3 THEN 'Yes' END),
  (12, 'rxInteractionWarningLevel', CASE WHEN fixture_gen.n('rxw', i, 6) = 0 THEN '2' END),
  (13, 'paper_chart_archived', CASE WHEN dob < date '1990-01-01' AND fixture_gen.n('pca', i, 4) = 0 THEN 'YES' END),
  (14, 'paper_chart_archived_date', CASE WHEN dob < date '1990-01-01' AND fixture_gen.n('pca', i, 4) = 0 THEN to_char(date '2010-01-01' + fixture_gen.n('pcd', i, 900), 'YYYY-MM-DD') END)
) x(o, k, v)
WHERE v IS NOT NULL
ORDER BY i, o;

-- Nurse, resident and midwife assignments, the chart alert and the notes
-- (demographiccust).
INSERT INTO demographiccust (demographic_no, cust1, cust2, cust3, cust4, content)
SELECT i,
  CASE WHEN fixture_gen.n('c1', i, 3) = 0 THEN fixture_gen.pick(ARRAY['120', '121'], 'c1p', i) ELSE '' END,
  CASE WHEN fixture_gen.n('c2', i, 6) = 0 THEN '150' ELSE '' END,
  CASE fixture_gen.n('c3', i, 20)
    WHEN 0 THEN 'Speaks ' || lang || ' only - ' || lower(relation) || ' ' || split_part(relname, ' ', 1) || ' interprets ' || relphone
    WHEN 1 THEN 'HARD OF HEARING - speak slowly, face pt'
    WHEN 2 THEN 'Latex allergy - use nitrile'
    WHEN 3 THEN 'Verbally abusive to staff Mar 2022 - see note, 2 staff present'
    WHEN 4 THEN 'POA for personal care: ' || relname || ' (' || lower(relation) || ')'
    WHEN 5 THEN 'Needs wheelchair accessible room'
    ELSE '' END,
  '',
  CASE fixture_gen.n('cnt', i, 5)
    WHEN 0 THEN '<unotes>Prefers female provider. ' || relname || ' drives her to appts, call ' || relphone || '.</unotes>'
    WHEN 1 THEN '<unotes>Transferred from Dr. ' || fixture_gen.pick(ARRAY['Chan', 'Rinaldi', 'Morrison', 'Saad'], 'cnd', i) || ' (retired) ' || to_char(date '2012-01-01' + fixture_gen.n('cnt2', i, 3000), 'Mon YYYY') || ', old chart scanned.</unotes>'
    WHEN 2 THEN '<unotes>Works shifts at ' || employer || ', book late afternoons.</unotes>'
    ELSE '<unotes></unotes>' END
FROM pgen.pat WHERE fixture_gen.n('cust', i, 10) < 3 ORDER BY i;

-- Duplicate charts merged by reception.
INSERT INTO demographic_merged (demographic_no, merged_to, deleted, "lastUpdateUser", "lastUpdateDate")
SELECT 400 + k, 17 * k + 3, CASE WHEN k = 4 THEN 1 ELSE 0 END, fixture_gen.pick(ARRAY['141', '130', '999998'], 'dm', k), pgen.at('dmd', k, '2021-02-01', '2024-05-01')
FROM generate_series(1, 9) k;

-- Emergency contacts and next of kin outside the practice (contact), and the
-- links from charts to them, to family members who are patients too, and to
-- specialists (DemographicContact, types 1 demographic, 2 contact,
-- 3 professional specialist).
INSERT INTO contact ("lastName", "firstName", address, city, province, postal, "residencePhone", "cellPhone", "workPhone", email, note, deleted, "updateDate")
SELECT split_part(relname, ' ', 2) || CASE WHEN split_part(relname, ' ', 3) <> '' THEN ' ' || split_part(relname, ' ', 3) ELSE '' END, split_part(relname, ' ', 1),
  CASE WHEN fixture_gen.n('cad', i, 3) = 0 THEN street ELSE (1 + fixture_gen.n('cno', i, 800))::text || ' ' || fixture_gen.pick(ARRAY['Upper Ottawa St', 'Scenic Dr', 'Grey Rd', 'Vansickle Rd', 'Dufferin St', 'Mill St'], 'cst', i) END,
  CASE WHEN fixture_gen.n('cad', i, 3) = 0 THEN city ELSE fixture_gen.pick(ARRAY['Hamilton', 'Burlington', 'St. Catharines', 'Toronto', 'Mississauga', 'Welland'], 'cct', i) END,
  'ON', CASE WHEN fixture_gen.n('cad', i, 3) = 0 THEN postal ELSE pgen.postal(fixture_gen.pick(ARRAY['L8W', 'L7R', 'L2T', 'M6G', 'L5M', 'L3C'], 'cfs', i), 'cpc', i) END,
  CASE WHEN fixture_gen.n('crp', i, 2) = 0 THEN pgen.phone('crp', i) ELSE '' END, relphone, CASE WHEN fixture_gen.n('cwp', i, 4) = 0 THEN pgen.phone('cwp', i) ELSE '' END,
  CASE WHEN fixture_gen.n('cem', i, 3) = 0 THEN pgen.fold(split_part(relname, ' ', 1)) || '.' || pgen.fold(split_part(relname, ' ', 2)) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.com', 'cogeco.ca', 'yahoo.ca'], 'ced', i) ELSE '' END,
  CASE fixture_gen.n('cnote', i, 6) WHEN 0 THEN 'has key to the house' WHEN 1 THEN 'lives in ' || fixture_gen.pick(ARRAY['Toronto', 'Brampton', 'Calgary', 'Manila', 'Ponta Delgada'], 'cnl', i) || ', call cell first' WHEN 2 THEN 'works nights' ELSE '' END,
  0, pgen.at('cud', i, '2019-01-01', '2024-06-01')
FROM pgen.pat WHERE fixture_gen.n('hascontact', i, 4) = 0 ORDER BY i;

INSERT INTO "DemographicContact" (created, updated, deleted, "demographicNo", "contactId", role, type, category, sdm, ec, note, creator)
SELECT t, t, 0, dno, cid, role, ty, cat, sdm, ec, note, cr FROM (
  SELECT 1 AS o, p.i AS dno, c.id::text AS cid, p.relation AS role, 2 AS ty, 'personal' AS cat,
    CASE WHEN p.dob < date '1950-01-01' OR p.dob > date '2006-01-01' THEN 'true' ELSE '' END AS sdm, 'true' AS ec,
    CASE fixture_gen.n('dcn', p.i, 6) WHEN 0 THEN 'Substitute decision maker, POA on file (scanned ' || to_char(date '2018-01-01' + fixture_gen.n('dcd', p.i, 2000), 'YYYY-MM-DD') || ')'
      WHEN 1 THEN 'alt # ' || pgen.phone('dcalt', p.i) || ' (work, ' || p.employer || ')' WHEN 2 THEN CASE WHEN p.lang <> 'English' THEN 'speaks ' || p.lang || ' only' ELSE '' END ELSE '' END AS note,
    pgen.at('dct', p.i, '2019-01-01', '2024-06-01') AS t, fixture_gen.pick(ARRAY['130', '131', '132', '133'], 'dcc', p.i) AS cr
  FROM pgen.pat p JOIN contact c ON c."cellPhone" = p.relphone AND c."firstName" = split_part(p.relname, ' ', 1)
  UNION ALL
  SELECT 2, i, (1 + (i + 11 * fixture_gen.n('fam', i, 30)) % 420)::text, fixture_gen.pick(ARRAY['Mother', 'Father', 'Sister', 'Brother', 'Spouse', 'Daughter', 'Son'], 'famr', i), 1, 'personal', '', '',
    '', pgen.at('dct2', i, '2019-01-01', '2024-06-01'), fixture_gen.pick(ARRAY['130', '131', '132', '133'], 'dcc2', i)
  FROM generate_series(1, 420) i WHERE fixture_gen.n('famx', i, 7) = 0
  UNION ALL
  SELECT 3, i, (1 + fixture_gen.n('dspec', i, 40))::text, fixture_gen.pick(ARRAY['Cardiologist', 'Endocrinologist', 'Psychiatrist', 'Oncologist', 'Nephrologist'], 'dsr', i), 3, 'professional', '', '',
    '', pgen.at('dct3', i, '2019-01-01', '2024-06-01'), fixture_gen.pick(ARRAY['101', '102', '103', '104', '120'], 'dcc3', i)
  FROM generate_series(1, 420) i WHERE fixture_gen.n('specx', i, 9) = 0
) x ORDER BY t, o, dno;

-- Appointments, three and a half years across the four sites; blocked slots
-- carry no chart, new patients are booked under a typed name.
INSERT INTO appointment (provider_no, appointment_date, start_time, end_time, name, demographic_no, program_id, notes, reason, location, type, billing, status,
  lastupdatedate, createdatetime, creator, remarks, updatedatetime, lastupdateuser, "reasonCode")
SELECT pr.no, s::date, s::time, (s + make_interval(mins => dur - 1))::time,
  CASE WHEN blk THEN fixture_gen.pick(ARRAY['LUNCH', 'Do not book', 'Admin time', 'FHT MEETING', 'Do not book - hospital rounds'], 'blk', a)
       WHEN newpt THEN 'new pt - ' || pgen.up(fixture_gen.pick((SELECT ln FROM pgen.cu WHERE c = 'ph'), 'npl', a)) || ',' || pgen.up(fixture_gen.pick((SELECT ff FROM pgen.cu WHERE c = 'ph'), 'npf', a))
       ELSE substr(pgen.up(p.last) || ',' || pgen.up(p.first), 1, 50) END,
  CASE WHEN blk OR newpt THEN 0 ELSE p.i END, 0,
  CASE WHEN blk OR newpt THEN CASE WHEN newpt THEN 'cell ' || pgen.phone('npc', a) || ' - bring health card' ELSE '' END
    ELSE CASE fixture_gen.n('anote', a, 22) WHEN 0 THEN 'needs ' || p.lang || ' interpreter' WHEN 1 THEN 'pt called to confirm' WHEN 2 THEN 'phone visit - call cell ' || coalesce(p.cell, p.phone)
      WHEN 3 THEN 'bring ODSP form' WHEN 4 THEN 'WSIB claim ' || fixture_gen.digits('wsib', a, 8) WHEN 5 THEN 'pt requested female doctor' WHEN 6 THEN 'running late, called' ELSE '' END END,
  CASE WHEN blk THEN '' WHEN newpt THEN 'new patient intake'
    ELSE CASE WHEN fixture_gen.n('arsp', a, 12) = 0 THEN fixture_gen.pick(ARRAY['mom wants to discuss ' || split_part(p.relname, ' ', 1) || ' too', lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' will interpret', 'call back at ' || coalesce(p.cell, p.phone)], 'arp', a)
      WHEN p.sex = 'M' AND fixture_gen.n('ars', a, 28) IN (6, 7) THEN 'f/u BP' WHEN p.dob < date '2020-01-01' AND fixture_gen.n('ars', a, 28) = 14 THEN 'annual physical'
      ELSE fixture_gen.pick(ARRAY['f/u BP', 'annual physical', 'flu shot', 'rash on arm', 'med refill', 'discuss results', 'prenatal 28wk', 'pap', 'form - insurance', 'mental health f/u',
        'driver''s medical', 'cough x 2 wks', 'knee pain', 'DM f/u A1C', 'well baby 6 mo', 'sick note', 'wart tx', 'B12 inj', 'BP check with nurse', 'phone visit - results', 'video visit',
        'ear syringing', 'referral f/u', 'back pain', 'anxiety', 'UTI sx', 'diet counselling', 'smoking cessation'], 'ars', a) END END,
  pr.site, CASE WHEN blk THEN '' ELSE fixture_gen.pick(ARRAY['Office Visit', 'Office Visit', 'Office Visit', 'Phone Visit', 'Video Visit', 'Nurse Visit', ''], 'aty', a) END,
  CASE WHEN st = 'B' THEN 'B' ELSE '' END, st,
  s - make_interval(hours => fixture_gen.n('alu', a, 30)), s - make_interval(days => 1 + fixture_gen.n('acd', a, 40), mins => fixture_gen.n('acm', a, 600)),
  cr.last || ', ' || cr.first, CASE WHEN fixture_gen.n('arm', a, 9) = 0 THEN fixture_gen.pick(ARRAY['Virtual', 'Walk-in', 'urgent', 'booked online'], 'arr', a) ELSE '' END,
  s - make_interval(hours => fixture_gen.n('alu', a, 30)), cr.no, CASE WHEN blk THEN NULL ELSE 1 + fixture_gen.n('arc', a, 12) END
FROM generate_series(1, 900) a
CROSS JOIN LATERAL (SELECT pgen.wd('appt', a, date '2021-01-04', date '2024-06-28') AS s,
  fixture_gen.n('ablk', a, 25) = 0 AS blk, fixture_gen.n('anew', a, 40) = 0 AS newpt, CASE WHEN fixture_gen.n('adur', a, 6) = 0 THEN 30 ELSE 15 END AS dur) x0
CROSS JOIN LATERAL (SELECT CASE WHEN x0.s::date > date '2024-06-20' THEN 't' WHEN fixture_gen.n('ast', a, 20) = 0 THEN 'N' WHEN fixture_gen.n('ast', a, 20) = 1 THEN 'C'
  WHEN x0.blk OR x0.newpt THEN 'H' WHEN fixture_gen.n('ast', a, 20) < 5 THEN 'H' ELSE 'B' END AS st) x
JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('apat', a, 420)
JOIN pgen.staff pr ON pr.no = CASE WHEN fixture_gen.n('aprv', a, 5) = 0 THEN fixture_gen.pick(ARRAY['110', '111', '112', '120', '121', '122', '123', '107', '150'], 'aprn', a) ELSE p.mrp END
JOIN pgen.staff cr ON cr.no = fixture_gen.pick(ARRAY['130', '131', '132', '133', '130', '131', '141'], 'acr', a)
ORDER BY x0.s, pr.no, a;

-- Reception picks the appointment type from the reason booked.
UPDATE appointment SET type = CASE
  WHEN reason IN ('phone visit - results', 'med refill') OR reason LIKE 'call back%' THEN 'Phone Visit'
  WHEN reason = 'video visit' THEN 'Video Visit'
  WHEN reason IN ('mental health f/u', 'anxiety', 'discuss results') AND appointment_no % 3 = 0 THEN CASE WHEN appointment_date < date '2022-06-01' THEN 'Phone Visit' ELSE 'Video Visit' END
  WHEN reason IN ('BP check with nurse', 'B12 inj', 'ear syringing', 'flu shot', 'diet counselling') THEN 'Nurse Visit'
  WHEN reason = 'new patient intake' THEN 'New Patient'
  ELSE 'Office Visit' END
WHERE demographic_no > 0 OR name LIKE 'new pt%';

-- The OHIP Schedule of Benefits codes this team bills, and OHIP's
-- three-digit diagnostic codes.
INSERT INTO billingservice (service_compositecode, service_code, description, value, percentage, billingservice_date, region, termination_date, "sliFlag") VALUES
 ('', 'A001A', 'Minor assessment of a patient', '24.15', '', '2021-04-01', 'ON', '9999-12-31', 0),
 ('', 'A007A', 'Intermediate assessment or well baby care', '37.95', '', '2021-04-01', 'ON', '9999-12-31', 0),
 ('', 'A003A', 'General assessment', '87.15', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'A004A', 'General re-assessment', '38.35', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'A101A', 'Limited virtual care by video', '20.00', '', '2022-12-01', 'ON', '9999-12-31', 0),
 ('', 'A102A', 'Limited virtual care by telephone', '15.00', '', '2022-12-01', 'ON', '9999-12-31', 0),
 ('', 'K080A', 'Minor assessment of a patient by telephone or video (COVID-19)', '23.75', '', '2020-03-14', 'ON', '2022-11-30', 0),
 ('', 'K081A', 'Intermediate assessment of a patient by telephone or video (COVID-19)', '36.85', '', '2020-03-14', 'ON', '2022-11-30', 0),
 ('', 'K005A', 'Primary mental health care - individual care, per unit', '62.75', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'K013A', 'Counselling - individual care, first three units', '67.75', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'K030A', 'Diabetic management assessment', '41.20', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'K039A', 'Smoking cessation follow-up visit', '33.45', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'K017A', 'Annual health examination - child', '50.35', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'K131A', 'Periodic health visit - adult 18 to 64', '58.00', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'K132A', 'Periodic health visit - adult 65 and over', '83.65', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'G590A', 'Influenza agent', '4.50', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'G538A', 'Other immunizing agents not listed', '4.50', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'G700A', 'Basic fee-per-visit premium for procedures', '5.60', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'G365A', 'Papanicolaou smear - periodic', '8.90', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'E430A', 'Papanicolaou smear tray fee', '11.20', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'G372A', 'Intramuscular injection with visit', '4.50', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'G420A', 'Ear syringing or curetting', '11.40', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'Z117A', 'Chemical or cryotherapy of skin lesions', '11.15', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'Q040A', 'Diabetes management incentive', '60.00', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'Q042A', 'Smoking cessation counselling fee', '15.40', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'P004A', 'Minor prenatal assessment', '38.80', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'K035A', 'Mandatory reporting of medical condition to the Ministry of Transportation', '36.25', '', '2020-04-01', 'ON', '9999-12-31', 0),
 ('', 'A007A', 'Intermediate assessment or well baby care', '36.85', '', '2019-04-01', 'ON', '2021-03-31', 0),
 ('', 'A001A', 'Minor assessment of a patient', '23.75', '', '2019-04-01', 'ON', '2021-03-31', 0),
 ('', 'SICKN', 'Sick note (uninsured, billed to patient)', '25.00', '', '2021-01-01', 'ON', '9999-12-31', 0),
 ('', 'FORM1', 'Insurance form, short (uninsured)', '60.00', '', '2021-01-01', 'ON', '9999-12-31', 0);

INSERT INTO diagnosticcode (diagnostic_code, description, status, region) VALUES
 ('250', 'Diabetes mellitus, including complications', 'A', 'ON'), ('401', 'Hypertension, essential', 'A', 'ON'), ('300', 'Anxiety neurosis, hysteria, neurasthenia, obsessive compulsive neurosis, reactive depression', 'A', 'ON'),
 ('311', 'Depressive or other non-psychotic disorders, not elsewhere classified', 'A', 'ON'), ('493', 'Asthma, allergic bronchitis', 'A', 'ON'), ('460', 'Acute nasopharyngitis, common cold', 'A', 'ON'),
 ('466', 'Acute bronchitis, bronchiolitis', 'A', 'ON'), ('477', 'Allergic rhinitis, hay fever', 'A', 'ON'), ('724', 'Lumbar strain, lumbago, coccydynia, sciatica', 'A', 'ON'),
 ('917', 'Annual health examination adolescent or adult', 'A', 'ON'), ('916', 'Well baby care', 'A', 'ON'), ('599', 'Urinary tract infection, pyuria', 'A', 'ON'),
 ('272', 'Disorders of lipid metabolism', 'A', 'ON'), ('715', 'Osteoarthritis', 'A', 'ON'), ('496', 'Chronic obstructive pulmonary disease', 'A', 'ON'),
 ('278', 'Obesity', 'A', 'ON'), ('244', 'Acquired hypothyroidism', 'A', 'ON'), ('895', 'Family planning, contraceptive advice', 'A', 'ON'),
 ('650', 'Normal delivery, pregnancy', 'A', 'ON'), ('692', 'Contact dermatitis, eczema', 'A', 'ON'), ('078', 'Viral warts, molluscum contagiosum', 'A', 'ON'),
 ('281', 'Pernicious anemia, other deficiency anemias', 'A', 'ON'), ('388', 'Other disorders of ear, wax in ear', 'A', 'ON'), ('305', 'Tobacco abuse', 'A', 'ON'),
 ('309', 'Adjustment reaction', 'A', 'ON'), ('717', 'Internal derangement of knee', 'A', 'ON'), ('896', 'Immunization', 'A', 'ON'),
 ('799', 'Other ill-defined conditions', 'A', 'ON'), ('V20', 'Health supervision of infant or child', 'I', 'ON'), ('304', 'Drug dependence', 'A', 'ON'),
 ('303', 'Alcoholism', 'A', 'ON'), ('042', 'AIDS, AIDS-related complex, HIV infection', 'A', 'ON'), ('174', 'Malignant neoplasm of female breast', 'A', 'ON'),
 ('428', 'Congestive heart failure', 'A', 'ON'), ('414', 'Ischaemic heart disease, chronic', 'A', 'ON');

-- What each booked reason is billed as: fee codes and the diagnostic code.
CREATE TABLE pgen.rsn (reason text PRIMARY KEY, codes text[], dx text);
INSERT INTO pgen.rsn VALUES
 ('f/u BP', ARRAY['A007A'], '401'), ('annual physical', ARRAY['K131A'], '917'), ('flu shot', ARRAY['G590A', 'G700A'], '896'), ('rash on arm', ARRAY['A001A'], '692'),
 ('med refill', ARRAY['A007A'], '272'), ('discuss results', ARRAY['A007A'], '250'), ('prenatal 28wk', ARRAY['P004A'], '650'), ('pap', ARRAY['A007A', 'G365A', 'E430A'], '895'),
 ('form - insurance', ARRAY['FORM1'], '799'), ('mental health f/u', ARRAY['K005A'], '311'), ('driver''s medical', ARRAY['A007A', 'K035A'], '799'), ('cough x 2 wks', ARRAY['A007A'], '466'),
 ('knee pain', ARRAY['A007A'], '717'), ('DM f/u A1C', ARRAY['A007A', 'K030A'], '250'), ('well baby 6 mo', ARRAY['A007A'], '916'), ('sick note', ARRAY['SICKN'], '460'),
 ('wart tx', ARRAY['A001A', 'Z117A'], '078'), ('B12 inj', ARRAY['G372A'], '281'), ('BP check with nurse', ARRAY['A001A'], '401'), ('phone visit - results', ARRAY['A102A'], '272'),
 ('video visit', ARRAY['A101A'], '300'), ('ear syringing', ARRAY['A001A', 'G420A'], '388'), ('referral f/u', ARRAY['A007A'], '715'), ('back pain', ARRAY['A007A'], '724'),
 ('anxiety', ARRAY['K005A'], '300'), ('UTI sx', ARRAY['A007A'], '599'), ('diet counselling', ARRAY['A007A'], '278'), ('smoking cessation', ARRAY['K039A', 'Q042A'], '305');

-- Claims: every billed physician appointment (OHIP, the patient for
-- uninsured services, WSIB where the booking says so, RMB for other
-- provinces' cards), and their items.
CREATE TABLE pgen.claim (a int PRIMARY KEY, codes text[], dx text, pay text);
INSERT INTO pgen.claim
SELECT ap.appointment_no, CASE WHEN ap.appointment_date < date '2022-12-01' THEN array_replace(array_replace(coalesce(r.codes, ARRAY['A007A']), 'A101A', 'K081A'), 'A102A', 'K080A') ELSE coalesce(r.codes, ARRAY['A007A']) END, CASE WHEN ap.notes LIKE 'WSIB%' THEN '724' ELSE coalesce(r.dx, '799') END,
  CASE WHEN r.codes[1] IN ('SICKN', 'FORM1') THEN 'PAT' WHEN ap.notes LIKE 'WSIB%' THEN 'WCB' WHEN d.hc_type <> 'ON' THEN 'RMB' ELSE 'HCP' END
FROM appointment ap JOIN demographic d ON d.demographic_no = ap.demographic_no LEFT JOIN pgen.rsn r ON r.reason = ap.reason
WHERE ap.status = 'B' AND ap.provider_no IN ('101', '102', '103', '104', '105', '106', '107', '150');

INSERT INTO billing_on_cheader1 (transc_id, rec_id, hin, ver, dob, pay_program, ref_num, facilty_num, admission_date, location, demographic_no, provider_no, appointment_no,
  demographic_name, sex, province, billing_date, billing_time, total, paid, status, comment1, visittype, provider_ohip_no, creator, timestamp1)
SELECT 'HE', 'H', CASE WHEN c.pay = 'PAT' THEN '' ELSE d.hin END, CASE WHEN c.pay = 'PAT' THEN '' ELSE trim(d.ver) END, d.year_of_birth || d.month_of_birth || d.date_of_birth, c.pay,
  CASE WHEN ap.reason = 'referral f/u' THEN (SELECT ohip FROM pgen.refdoc WHERE k = 1 + fixture_gen.n('cref', c.a, 14)) ELSE '' END, '', '', '0000',
  d.demographic_no, CASE WHEN ap.provider_no = '150' THEN '102' ELSE ap.provider_no END, ap.appointment_no,
  d.last_name || ',' || d.first_name, CASE d.sex WHEN 'M' THEN '1' ELSE '2' END, CASE WHEN d.hc_type = 'ON' THEN 'ON' ELSE d.hc_type END,
  ap.appointment_date, ap.start_time,
  (SELECT to_char(sum(b.value::numeric), 'FM9990.00') FROM unnest(c.codes) cc JOIN billingservice b ON b.service_code = cc AND ap.appointment_date BETWEEN b.billingservice_date AND b.termination_date),
  CASE WHEN st = 'S' THEN (SELECT to_char(sum(b.value::numeric), 'FM9990.00') FROM unnest(c.codes) cc JOIN billingservice b ON b.service_code = cc AND ap.appointment_date BETWEEN b.billingservice_date AND b.termination_date) ELSE '0.00' END,
  st,
  CASE WHEN fixture_gen.n('cc1', c.a, 18) = 0 THEN 'resubmitted, version code updated' WHEN fixture_gen.n('cc1', c.a, 18) = 1 THEN 'refused EH1 - health card expired, pt to bring new card'
       WHEN c.pay = 'PAT' THEN fixture_gen.pick(ARRAY['paid cash', 'paid debit at front', 'e-transfer from ' || lower(pgen.fold(d.first_name)) || '.' || lower(pgen.fold(d.last_name)) || '@gmail.com', 'invoice to employer: ' || p.employer], 'ccp', c.a)
       WHEN c.pay = 'WCB' THEN 'WSIB claim ' || split_part(ap.notes, ' ', 3) || ', employer ' || p.employer ELSE '' END,
  '00', (SELECT ohip_no FROM provider WHERE provider_no = CASE WHEN ap.provider_no = '150' THEN '102' ELSE ap.provider_no END),
  CASE WHEN fixture_gen.n('ccr', c.a, 3) = 0 THEN ap.provider_no ELSE '141' END, ap.lastupdatedate + interval '9 hours'
FROM pgen.claim c JOIN appointment ap ON ap.appointment_no = c.a JOIN demographic d ON d.demographic_no = ap.demographic_no JOIN pgen.pat p ON p.i = d.demographic_no
CROSS JOIN LATERAL (SELECT CASE WHEN ap.appointment_date > date '2024-05-20' THEN 'O' WHEN c.pay = 'PAT' THEN 'P' WHEN fixture_gen.n('cst', c.a, 25) = 0 THEN 'D' WHEN fixture_gen.n('cst', c.a, 25) = 1 THEN 'B' ELSE 'S' END AS st) s
ORDER BY ap.appointment_date, ap.start_time, c.a;

INSERT INTO billing_on_item (ch1_id, transc_id, rec_id, service_code, fee, ser_num, service_date, dx, dx1, status, timestamp)
SELECT h.id, 'HT', 'T', cc, b.value, '1', h.billing_date, c.dx, CASE WHEN o = 1 AND fixture_gen.n('dx1', h.id, 8) = 0 THEN fixture_gen.pick(ARRAY['401', '272', '250', '300'], 'dx1p', h.id) ELSE '' END,
  h.status, h.timestamp1
FROM billing_on_cheader1 h JOIN pgen.claim c ON c.a = h.appointment_no CROSS JOIN LATERAL unnest(c.codes) WITH ORDINALITY u(cc, o)
JOIN billingservice b ON b.service_code = u.cc AND h.billing_date BETWEEN b.billingservice_date AND b.termination_date
ORDER BY h.id, o;

-- Issues: the CPP sections and the ICD-9 problems coded on charts.
INSERT INTO issue (code, description, role, update_date, priority, type) VALUES
 ('OMeds', 'Other Meds as part of cpp', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('SocHistory', 'Social History as part of cpp', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('MedHistory', 'Medical History as part of cpp', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('Concerns', 'Ongoing Concerns as part of cpp', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('Reminders', 'Reminders as part of cpp', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('FamHistory', 'Family History as part of cpp', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('RiskFactors', 'Risk Factors as part of cpp', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('TicklerNote', 'Tickler Note', 'nurse', '2019-05-14 10:02:11', NULL, 'system'),
 ('250', 'DIABETES MELLITUS', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('401', 'ESSENTIAL HYPERTENSION', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('272', 'DISORDERS OF LIPOID METABOLISM', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('311', 'DEPRESSIVE DISORDER NOT ELSEWHERE CLASSIFIED', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('300', 'ANXIETY STATES', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('493', 'ASTHMA', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('496', 'CHRONIC AIRWAY OBSTRUCTION NOT ELSEWHERE CLASSIFIED', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('244', 'ACQUIRED HYPOTHYROIDISM', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('715', 'OSTEOARTHROSIS AND ALLIED DISORDERS', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('428', 'HEART FAILURE', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('414', 'OTHER FORMS OF CHRONIC ISCHEMIC HEART DISEASE', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('303', 'ALCOHOL DEPENDENCE SYNDROME', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('042', 'HUMAN IMMUNODEFICIENCY VIRUS DISEASE', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9'),
 ('174', 'MALIGNANT NEOPLASM OF FEMALE BREAST', 'doctor', '2019-05-14 10:02:11', NULL, 'icd9');

-- Per-patient clinical facts the notes, issues, drugs and measurements share.
CREATE TABLE pgen.clin (i int PRIMARY KEY, dm boolean, htn boolean, lip boolean, dep boolean, anx boolean, asth boolean, copd boolean, thy boolean, oa boolean, chf boolean, smoker boolean);
INSERT INTO pgen.clin
SELECT i, age > 35 AND fixture_gen.n('dm', i, 100) < 2 + age / 4 + CASE WHEN cu IN ('pa', 'ph', 'ca', 'ar') THEN 8 ELSE 0 END,
  age > 30 AND fixture_gen.n('htn', i, 100) < age / 2, age > 35 AND fixture_gen.n('lip', i, 100) < age / 3,
  age > 14 AND fixture_gen.n('dep', i, 100) < 12, age > 12 AND fixture_gen.n('anx', i, 100) < 14, fixture_gen.n('asth', i, 100) < 9,
  age > 50 AND fixture_gen.n('copd', i, 100) < 7, sex = 'F' AND age > 30 AND fixture_gen.n('thy', i, 100) < 12, age > 50 AND fixture_gen.n('oa', i, 100) < 30,
  age > 65 AND fixture_gen.n('chf', i, 100) < 6, age > 16 AND fixture_gen.n('smk', i, 100) < 13
FROM (SELECT i, cu, sex, extract(year FROM age(date '2024-06-20', dob))::int AS age FROM pgen.pat) x;

INSERT INTO casemgmt_issue (demographic_no, issue_id, acute, resolved, type, update_date, program_id)
SELECT c.i, s.issue_id, CASE WHEN s.code IN ('300', '311') THEN 1 ELSE 0 END, CASE WHEN s.code = '311' AND fixture_gen.n('res', c.i, 3) = 0 THEN 1 ELSE 0 END,
  CASE WHEN s.type = 'icd9' THEN 'doctor' ELSE 'nurse' END, pgen.at('cid' || s.code, c.i, '2019-06-01', '2024-06-01'), 10016
FROM pgen.clin c JOIN issue s ON
  (s.code = '250' AND c.dm) OR (s.code = '401' AND c.htn) OR (s.code = '272' AND c.lip) OR (s.code = '311' AND c.dep) OR (s.code = '300' AND c.anx)
  OR (s.code = '493' AND c.asth) OR (s.code = '496' AND c.copd) OR (s.code = '244' AND c.thy) OR (s.code = '715' AND c.oa) OR (s.code = '428' AND c.chf)
  OR (s.code = '303' AND fixture_gen.n('etoh', c.i, 60) = 0) OR (s.code = '042' AND fixture_gen.n('hiv', c.i, 150) = 0) OR (s.code = '174' AND fixture_gen.n('brca', c.i, 70) = 0 AND EXISTS (SELECT 1 FROM pgen.pat WHERE i = c.i AND sex = 'F'))
  OR (s.type = 'system' AND s.code <> 'TicklerNote' AND fixture_gen.n('cpp' || s.code, c.i, 20) < 3)
ORDER BY c.i, s.issue_id;

-- Encounter notes: one for most visits that happened, written by the
-- provider seen, some telephone notes and notes without the patient.
CREATE TABLE pgen.enc (k serial, a int, i int, prov text, t timestamp, reason text, etype text);
INSERT INTO pgen.enc (a, i, prov, t, reason, etype)
SELECT appointment_no, demographic_no, provider_no, (appointment_date + start_time + make_interval(mins => 10 + fixture_gen.n('ent', appointment_no, 300)))::timestamp(0), reason,
  CASE WHEN type = 'Phone Visit' OR reason LIKE 'phone%' THEN 'telephone encounter with client' WHEN type = 'Video Visit' OR reason = 'video visit' THEN 'video encounter with client' ELSE 'face to face encounter with client' END
FROM appointment WHERE demographic_no > 0 AND status IN ('B', 'H') AND fixture_gen.n('enx', appointment_no, 10) < 8
UNION ALL
SELECT NULL, 1 + fixture_gen.n('tpat', k, 420), fixture_gen.pick(ARRAY['101', '102', '103', '104', '105', '106', '110', '111', '112', '120', '121', '124'], 'tprv', k),
  pgen.wd('tel', k, date '2021-01-04', date '2024-06-20') + make_interval(mins => 7), fixture_gen.pick(ARRAY['tel', 'tel', 'tel', 'nonote', 'noshow', 'specialist letter'], 'tty', k),
  CASE WHEN fixture_gen.n('tty', k, 6) < 3 THEN 'telephone encounter with client' ELSE 'encounter without client' END
FROM generate_series(1, 160) k
ORDER BY 4, 1, 2;

CREATE TABLE pgen.notes (k int, i int, a int, prov text, t timestamp, etype text, body text, issue text);
INSERT INTO pgen.notes
SELECT e.k, e.i, e.a, e.prov, e.t, e.etype,
  '[' || pgen.mon(e.t) || ' .: ' || CASE WHEN e.reason IN ('tel', 'nonote', 'noshow', 'specialist letter') THEN CASE WHEN e.etype LIKE 'telephone%' THEN 'Tel-Progress Note' ELSE 'Chart note' END ELSE e.reason END || E']\n'
  || CASE e.reason
    WHEN 'f/u BP' THEN 'BP f/u. Home readings ' || v.bp2 || E' avg. Taking ramipril ' || v.dose || E' mg daily, no cough, no dizziness.\nO: BP ' || v.bp || ' HR ' || v.hr || E'\nA: HTN ' || CASE WHEN v.sys > 140 THEN 'not at target' ELSE 'controlled' END || E'\nP: ' || CASE WHEN v.sys > 140 THEN 'increase ramipril to 10 mg, recheck 4 wk' ELSE 'cont same, lytes/Cr in 6 mo' END
    WHEN 'annual physical' THEN v.age || ' yo ' || v.sexw || ' for periodic health visit. Lives with ' || lower(p.relation) || ' ' || p.relname || '. Works at ' || p.employer || '. '
      || CASE WHEN c.smoker THEN 'Smoker 1 ppd, counselled. ' ELSE 'Non-smoker. ' END || E'EtOH 2-3/wk.\nExam: BP ' || v.bp || ', wt ' || v.wt || E' kg, otherwise unremarkable.\nP: FIT kit given' || CASE WHEN p.sex = 'F' AND v.age > 49 THEN ', OBSP mammogram booked' ELSE '' END || ', bloodwork req, immunizations reviewed.'
    WHEN 'flu shot' THEN 'Influenza vaccine 0.5 mL IM L deltoid. Lot ' || v.lot || E'. Observed 15 min, no reaction.'
    WHEN 'DM f/u A1C' THEN 'DM2 f/u. A1C ' || v.a1c || ' (prev ' || v.a1c2 || '). On metformin 1000 mg BID' || CASE WHEN v.a1c::numeric > 8 THEN ', adding empagliflozin 10 mg' ELSE '' END || E'.\nFeet: monofilament normal. BP ' || v.bp || E'.\nEye exam overdue - referred to Dr. Krawczyk (ophthalmology). Diet reviewed with RD Layla.\nQ040 flowsheet updated.'
    WHEN 'mental health f/u' THEN 'MH f/u. PHQ-9 ' || v.phq || ', GAD-7 ' || v.gad || '. ' || CASE WHEN fixture_gen.n('mh', e.k, 3) = 0 THEN 'Lost job at ' || p.employer || ' in ' || to_char(e.t - interval '3 months', 'FMMonth') || ', finances tight, behind on rent. '
      ELSE 'Sleeping better on sertraline 100 mg. ' END || CASE WHEN p.relation IN ('Husband', 'Wife', 'Spouse', 'Partner') THEN lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' supportive. ' ELSE '' END
      || E'Denies SI/HI, safety plan reviewed.\nP: cont sertraline, referred to FHT SW Duncan for CBT, f/u 4 wk.'
    WHEN 'anxiety' THEN 'Anxiety worse x 2 mo, ' || fixture_gen.pick(ARRAY['since separation from ' || p.relname, 'since mother''s death in ' || to_char(e.t - interval '2 months', 'FMMonth'), 'with exams at Mohawk', 'since night shifts started at ' || p.employer], 'anx', e.k)
      || E'. Panic sx 2-3x/wk. No SI.\nGAD-7 ' || v.gad || E'.\nP: start escitalopram 10 mg, BounceBack referral, f/u 3 wk.'
    WHEN 'prenatal 28wk' THEN E'Prenatal 28/40, G2P1. FH 28 cm, FHR 140s, BP ' || v.bp || E'.\n1 hr GCT ordered, Rh neg - WinRho given. Tdap offered and given. ' || CASE WHEN p.relation IN ('Husband', 'Spouse', 'Partner') THEN lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' present.' ELSE '' END
    WHEN 'pap' THEN E'Cervical screening done, cervix normal appearance.\nContraception: OCP, refill x 1 yr.'
    WHEN 'sick note' THEN 'Off work at ' || p.employer || E' x 3 days with URTI sx. Afebrile, chest clear.\nSick note given, uninsured - billed to pt.'
    WHEN 'driver''s medical' THEN 'Commercial driver medical (class AZ) for ' || p.employer || E'. Vision 20/25 OU, BP ' || v.bp || E'.\nMTO form completed.'
    WHEN 'back pain' THEN 'LBP x 2 wk after lifting at work (' || p.employer || E'). No red flags, SLR neg.\nP: Form 8 completed for WSIB, naproxen 500 mg BID x 10 d, physio, modified duties x 2 wk.'
    WHEN 'cough x 2 wks' THEN E'Cough x 2 wk, no fever, no SOB. Chest clear, sats 98%.\nA: post-viral cough. Supportive care, return if fever or SOB.'
    WHEN 'rash on arm' THEN E'Itchy rash R forearm x 1 wk after new laundry detergent.\nA: contact dermatitis. Hydrocortisone 1% BID x 7 d.'
    WHEN 'wart tx' THEN 'Cryo to plantar wart L foot x 2 cycles. RTC 3 wk.'
    WHEN 'B12 inj' THEN 'Vit B12 1000 mcg IM R deltoid given. Next due in 1 month.'
    WHEN 'ear syringing' THEN 'Wax impaction R ear, syringed with warm water, TM intact and normal after.'
    WHEN 'knee pain' THEN E'R knee pain x 3 mo, worse on stairs. Crepitus, no effusion.\nA: likely OA. X-ray req given, acetaminophen, physio.'
    WHEN 'UTI sx' THEN E'Dysuria and frequency x 2 d, no fever, no flank pain. Dip +nitrites +leuks.\nP: nitrofurantoin 100 mg BID x 5 d, urine C&S sent.'
    WHEN 'diet counselling' THEN 'RD visit. Wt ' || v.wt || ' kg, waist ' || v.waist || ' cm. Discussed plate method and portions of ' || CASE p.cu WHEN 'pa' THEN 'roti and rice' WHEN 'it' THEN 'pasta and bread' WHEN 'ph' THEN 'rice'
      WHEN 'pt' THEN 'bread and potatoes' WHEN 'ar' THEN 'rice and pita' ELSE 'starches' END || E'.\nGoal: walk 30 min daily. F/u 6 wk.'
    WHEN 'smoking cessation' THEN E'Smokes 20/d x 30 yr, ready to quit.\nP: varenicline starter pack, enrolled in STOP program, quit date set for next Monday.'
    WHEN 'med refill' THEN 'Meds renewed x 3 mo: atorvastatin 20 mg, ramipril ' || v.dose || ' mg. Pharmacy: ' || fixture_gen.pick(ARRAY['Shoppers Drug Mart Upper James', 'Rexall Stoney Creek', 'Costco Pharmacy Ancaster', 'Grimsby Pharmasave', 'Shoppers Glendale Ave'], 'phm', e.k) || '.'
    WHEN 'discuss results' THEN 'Reviewed labs: LDL ' || v.ldl || ', A1C ' || v.a1c || ', eGFR ' || v.egfr || '. ' || CASE WHEN fixture_gen.n('dr', e.k, 3) = 0 THEN 'Discussed with pt and ' || lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' (pt consented). ' ELSE '' END || 'Repeat in 6 mo.'
    WHEN 'phone visit - results' THEN 'Tel visit. Called ' || coalesce(p.cell, p.phone) || ', identity confirmed with DOB. Results reviewed: LDL ' || v.ldl || ', TSH normal. No changes.'
    WHEN 'video visit' THEN E'Video visit (OTN). Pt at home, consented to virtual care.\nMood improved, sleeping 6-7 h. Cont current plan.'
    WHEN 'referral f/u' THEN 'Seen by Dr. ' || fixture_gen.pick(ARRAY['Khoury (cardiology, HGH)', 'Persaud (endocrinology, St. Joseph''s)', 'Mancini (orthopaedics, Juravinski)', 'Sidhu (GI, Niagara Health)'], 'rf', e.k)
      || E', letter reviewed.\nRecommendations: ' || fixture_gen.pick(ARRAY['start bisoprolol 2.5 mg, echo in 6 mo', 'increase levothyroxine to 100 mcg', 'physio then re-assess for arthroscopy', 'colonoscopy in 3 yr'], 'rfr', e.k) || '. Pt aware.'
    WHEN 'form - insurance' THEN 'Completed ' || fixture_gen.pick(ARRAY['Manulife', 'Sun Life', 'Canada Life', 'Desjardins'], 'ins', e.k) || ' short-term disability form, employer ' || p.employer || '. Uninsured, billed to pt.'
    WHEN 'well baby 6 mo' THEN 'Well baby. Wt ' || v.bw || E' kg (50th %ile). Rourke reviewed, development normal.\nDTaP-IPV-Hib #3 and Rota #3 given. ' || CASE WHEN p.relation IN ('Mother', 'Father', 'Grandmother', 'Grandfather') THEN lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' has no concerns.' ELSE 'No concerns.' END
    WHEN 'BP check with nurse' THEN 'Nurse BP check: ' || v.bp || ' L arm sitting, ' || v.bp2 || ' repeat. Reported to MRP.'
    WHEN 'tel' THEN fixture_gen.pick(ARRAY[
      'Spoke with ' || lower(p.relation) || ' ' || p.relname || ' (' || p.relphone || E') re: confusion at night. Advised to bring in, r/o UTI. Booked with NP Thursday.',
      'Pt called, ' || fixture_gen.pick(ARRAY['ran out of', 'lost'], 'tl', e.k) || ' ramipril. Renewed x 1 mo, faxed to pharmacy.',
      'Called pt at ' || coalesce(p.cell, p.phone) || E' with abnormal result (A1C ' || v.a1c || E'). Appt booked.',
      E'LMOM to call back re: results. No details left.',
      'Pt called re: side effects of metformin (diarrhea). Advised to take with meals, switch to XR if persists.'], 'tel', e.k)
    WHEN 'nonote' THEN fixture_gen.pick(ARRAY['Received discharge summary from ' || fixture_gen.pick(ARRAY['Hamilton General', 'St. Joseph''s', 'Juravinski', 'St. Catharines Site (Niagara Health)'], 'dch', e.k) || ': admitted ' || fixture_gen.pick(ARRAY['with pneumonia', 'for NSTEMI, PCI x1', 'with COPD exacerbation', 'for fall, no fracture'], 'dcr', e.k) || '. F/u booked.',
      'Form completed for ODSP, copy to chart.', 'Chart reviewed for Q040 flowsheet, labs ordered.'], 'nn', e.k)
    WHEN 'noshow' THEN 'No show. Called home ' || p.phone || ', left message to rebook.'
    WHEN 'specialist letter' THEN 'Letter from Dr. ' || fixture_gen.pick(ARRAY['Khoury', 'Persaud', 'Mancini', 'Sidhu', 'Al-Hashimi'], 'sl', e.k) || ' reviewed: ' || fixture_gen.pick(ARRAY['echo EF 45%, started bisoprolol', 'thyroid nodule benign on FNA', 'MRI shows L4-5 disc herniation, surgery not indicated'], 'slr', e.k) || '.'
    ELSE 'Seen with ' || lower(p.relation) || ' ' || p.relname || E' who interpreted. Discussed ongoing concerns.\nP: f/u 4 wk.' END
  || CASE WHEN e.reason IN ('tel', 'nonote', 'noshow') THEN '' ELSE E'\n[Signed on ' || pgen.mon(e.t + interval '2 hours') || ' ' || to_char(e.t + interval '2 hours', 'HH24:MI') || ' by ' || s.first || ' ' || s.last || ']' END,
  CASE WHEN e.reason IN ('DM f/u A1C') THEN '250' WHEN e.reason IN ('f/u BP', 'BP check with nurse') THEN '401' WHEN e.reason = 'mental health f/u' THEN '311' WHEN e.reason = 'anxiety' THEN '300' END
FROM pgen.enc e JOIN pgen.pat p ON p.i = e.i JOIN pgen.clin c ON c.i = e.i JOIN pgen.staff s ON s.no = e.prov
CROSS JOIN LATERAL (SELECT extract(year FROM age(e.t, p.dob))::int AS age, CASE p.sex WHEN 'F' THEN CASE WHEN e.t::date - p.dob < 6570 THEN 'girl' ELSE 'F' END ELSE CASE WHEN e.t::date - p.dob < 6570 THEN 'boy' ELSE 'M' END END AS sexw,
  110 + fixture_gen.n('sys', e.k, 50) AS sys, (110 + fixture_gen.n('sys', e.k, 50))::text || '/' || (64 + fixture_gen.n('dia', e.k, 30))::text AS bp,
  (118 + fixture_gen.n('sys2', e.k, 30))::text || '/' || (70 + fixture_gen.n('dia2', e.k, 20))::text AS bp2, 56 + fixture_gen.n('hr', e.k, 40) AS hr,
  fixture_gen.pick(ARRAY['2.5', '5', '10'], 'dose', e.i) AS dose, fixture_gen.chars('lot', e.k, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('lot', e.k, 4) AS lot,
  to_char(5.8 + fixture_gen.n('a1c', e.k, 45) / 10.0, 'FM90.0') AS a1c, to_char(5.8 + fixture_gen.n('a1c2', e.k, 45) / 10.0, 'FM90.0') AS a1c2,
  to_char(1.4 + fixture_gen.n('ldl', e.k, 30) / 10.0, 'FM90.0') AS ldl, (45 + fixture_gen.n('egfr', e.k, 60))::text AS egfr,
  (52 + fixture_gen.n('wt', e.i, 60))::text || '.' || fixture_gen.n('wtd', e.k, 10) AS wt, (78 + fixture_gen.n('waist', e.i, 40))::text AS waist,
  fixture_gen.n('phq', e.k, 22)::text AS phq, fixture_gen.n('gad', e.k, 19)::text AS gad, to_char(6.5 + fixture_gen.n('bw', e.k, 25) / 10.0, 'FM90.0') AS bw) v;

-- Cumulative patient profile entries (notes attached to the CPP issues).
INSERT INTO pgen.notes
SELECT 100000 + ci.id, ci.demographic_no, NULL, fixture_gen.pick(ARRAY[p.mrp, p.mrp, '120', '121'], 'cppp', ci.id), ci.update_date, '',
  CASE s.code
    WHEN 'SocHistory' THEN 'Lives with ' || lower(p.relation) || ' ' || p.relname || '. ' || CASE WHEN extract(year FROM age(date '2024-01-01', p.dob)) > 66 THEN 'Retired from ' || p.employer || '. ' WHEN p.dob > date '2006-01-01' THEN 'Attends school in ' || p.city || '. ' ELSE 'Works at ' || p.employer || '. ' END
      || CASE WHEN c.smoker THEN 'Smoker. ' ELSE 'Non-smoker. ' END || CASE WHEN p.origin <> 'CA' THEN 'Immigrated from ' || CASE p.origin WHEN 'IT' THEN 'Italy' WHEN 'PT' THEN 'the Azores' WHEN 'PL' THEN 'Poland' WHEN 'IN' THEN 'Punjab'
      WHEN 'PH' THEN 'the Philippines' WHEN 'JM' THEN 'Jamaica' WHEN 'TT' THEN 'Trinidad' WHEN 'GY' THEN 'Guyana' WHEN 'SY' THEN 'Syria (refugee, GAR)' WHEN 'LB' THEN 'Lebanon' WHEN 'IQ' THEN 'Iraq' WHEN 'EG' THEN 'Egypt' ELSE 'the UK' END
      || ' in ' || (greatest(extract(year FROM p.dob)::int + 1, 1965 + fixture_gen.n('imm', ci.id, 57)))::text || '.' ELSE '' END
    WHEN 'FamHistory' THEN fixture_gen.pick(ARRAY['Father', 'Mother', 'Brother', 'Sister', 'Maternal grandmother'], 'fh1', ci.id) || ' - ' || fixture_gen.pick(ARRAY['MI at 58', 'DM2', 'breast ca at 45', 'colon ca at 62', 'stroke', 'HTN'], 'fh2', ci.id)
    WHEN 'MedHistory' THEN fixture_gen.pick(ARRAY['Cholecystectomy 2009 (St. Joseph''s)', 'C-section x2', 'Appendectomy as child', 'MVA 2015 - whiplash', 'Gestational DM 2012', 'TB exposure, treated INH 2010', 'Hep B carrier'], 'mh', ci.id)
    WHEN 'OMeds' THEN fixture_gen.pick(ARRAY[E'Vitamin D 1000 IU daily\nASA 81 mg daily', 'Calcium 500 mg BID', 'Omega-3 OTC', E'Ibuprofen OTC prn\nMelatonin 3 mg qhs', 'Herbal: karela (bitter melon) for sugar'], 'om', ci.id)
    WHEN 'Reminders' THEN fixture_gen.pick(ARRAY['Needs ' || p.lang || ' interpreter - ' || lower(p.relation) || ' ' || p.relname || ' ' || p.relphone, 'Jehovah''s Witness - no blood products',
      'Prefers morning appts', 'Call cell only: ' || coalesce(p.cell, p.phone), 'Do not discuss results with ' || lower(p.relation) || ' (' || split_part(p.relname, ' ', 1) || ')'], 'rm', ci.id)
    WHEN 'RiskFactors' THEN fixture_gen.pick(ARRAY['Smoker 20 pack-yr', 'FHx colon ca - colonoscopy q5y', 'Obesity, BMI 34', 'EtOH 20+ drinks/wk', 'Sedentary, shift work'], 'rf', ci.id)
    WHEN 'Concerns' THEN fixture_gen.pick(ARRAY['Caregiver stress - caring for mother with dementia', 'Housing - on Hamilton housing waitlist', 'Falls risk - uses walker', 'Food insecurity, uses Good Shepherd food bank', 'Chronic pain, on opioid agreement'], 'cc', ci.id)
  END, s.code
FROM casemgmt_issue ci JOIN issue s ON s.issue_id = ci.issue_id AND s.type = 'system' JOIN pgen.pat p ON p.i = ci.demographic_no JOIN pgen.clin c ON c.i = ci.demographic_no;

INSERT INTO casemgmt_note (update_date, observation_date, demographic_no, provider_no, note, signed, signing_provider_no, encounter_type, billing_code, program_no, reporter_caisi_role,
  history, password, locked, archived, uuid, "appointmentNo")
SELECT n.t + interval '2 hours', n.t, n.i, n.prov, n.body, 1, n.prov, n.etype,
  coalesce((SELECT string_agg(it.service_code, ',' ORDER BY it.id) FROM billing_on_cheader1 h JOIN billing_on_item it ON it.ch1_id = h.id WHERE h.appointment_no = n.a), ''),
  '10016', CASE WHEN n.prov IN ('120', '121', '122', '123', '124') THEN '2' ELSE '1' END,
  CASE WHEN fixture_gen.n('hist', n.k, 6) = 0 AND n.k < 100000 THEN n.body || E'\n----------------History Record----------------\n' || regexp_replace(n.body, E'\\n\\[Signed on [^]]*\\]$', '') || E'\n[Note incomplete, saved draft]'
       ELSE n.body END,
  CASE WHEN n.issue IN ('311', '300') AND fixture_gen.n('lock', n.k, 5) = 0 THEN fixture_gen.pick(ARRAY['mhlock', 'private', 'dr' || n.prov, 'sw2022'], 'lpw', n.k) || fixture_gen.digits('lpw', n.k, 2) END,
  CASE WHEN n.issue IN ('311', '300') AND fixture_gen.n('lock', n.k, 5) = 0 THEN 1 ELSE 0 END, 0,
  fixture_gen.uuid('note', n.k), n.a
FROM pgen.notes n ORDER BY n.t, n.k;

INSERT INTO casemgmt_issue_notes (id, note_id)
SELECT ci.id, cn.note_id FROM casemgmt_note cn JOIN pgen.notes n ON n.t = cn.observation_date AND n.i = cn.demographic_no AND n.body = cn.note
JOIN issue s ON s.code = n.issue JOIN casemgmt_issue ci ON ci.demographic_no = n.i AND ci.issue_id = s.issue_id
ORDER BY ci.id, cn.note_id;

-- CPP extension values (relationship and age at onset, start dates, statuses).
INSERT INTO casemgmt_note_ext (note_id, key_val, value_str, value_date)
SELECT cn.note_id, x.k, x.v, x.d FROM casemgmt_note cn JOIN pgen.notes n ON n.t = cn.observation_date AND n.i = cn.demographic_no AND n.body = cn.note AND n.k >= 100000
CROSS JOIN LATERAL (VALUES
  (1, CASE WHEN n.issue = 'FamHistory' THEN 'Relationship' END, split_part(n.body, ' - ', 1), NULL::date),
  (2, CASE WHEN n.issue = 'FamHistory' AND n.body ~ 'at [0-9]+' THEN 'Age at Onset' END, substring(n.body FROM 'at ([0-9]+)'), NULL),
  (3, CASE WHEN n.issue IN ('MedHistory', 'Concerns', 'RiskFactors') THEN 'Start Date' END, '', date '2005-01-01' + fixture_gen.n('sd', n.k, 6500)),
  (4, CASE WHEN n.issue = 'MedHistory' AND n.body ~* 'ectomy|section' THEN 'Procedure' END, split_part(n.body, ' ', 1), NULL),
  (5, CASE WHEN n.issue IN ('Concerns', 'MedHistory') THEN 'Problem Status' END, fixture_gen.pick(ARRAY['Active', 'Active', 'Resolved'], 'ps', n.k), NULL),
  (6, CASE WHEN n.issue IN ('MedHistory', 'Concerns') AND fixture_gen.n('rd', n.k, 4) = 0 THEN 'Resolution Date' END, '', date '2019-01-01' + fixture_gen.n('rdd', n.k, 1900)),
  (7, CASE WHEN n.issue = 'FamHistory' THEN 'Treatment' END, fixture_gen.pick(ARRAY['', 'CABG', 'mastectomy + chemo', 'insulin', ''], 'tr', n.k), NULL)
) x(o, k, v, d)
WHERE x.k IS NOT NULL
ORDER BY cn.note_id, x.o;

-- The Rx module: a drug row per prescription written (renewals are new
-- rows), grouped into prescriptions (script_no) with the printed text view.
CREATE TABLE pgen.drug (k int PRIMARY KEY, bn text, gn text, atc text, din text, route text, freq text, tmin real, tmax real, qty int, dur int, rep int, cond text, form text);
INSERT INTO pgen.drug VALUES
 (1, 'METFORMIN 500MG', 'METFORMIN HYDROCHLORIDE', 'A10BA02', '02099233', 'PO', 'BID', 1, 2, 360, 90, 3, 'dm', 'TAB'),
 (2, 'JARDIANCE 10MG', 'EMPAGLIFLOZIN', 'A10BK03', '02443937', 'PO', 'OD', 1, 1, 90, 90, 3, 'dm', 'TAB'),
 (3, 'RAMIPRIL 5MG', 'RAMIPRIL', 'C09AA05', '02251531', 'PO', 'OD', 1, 1, 90, 90, 3, 'htn', 'CAP'),
 (4, 'AMLODIPINE 5MG', 'AMLODIPINE BESYLATE', 'C08CA01', '02284065', 'PO', 'OD', 1, 1, 90, 90, 3, 'htn', 'TAB'),
 (5, 'ATORVASTATIN 20MG', 'ATORVASTATIN CALCIUM', 'C10AA05', '02295261', 'PO', 'QHS', 1, 1, 90, 90, 3, 'lip', 'TAB'),
 (6, 'ROSUVASTATIN 10MG', 'ROSUVASTATIN CALCIUM', 'C10AA07', '02337983', 'PO', 'OD', 1, 1, 90, 90, 3, 'lip', 'TAB'),
 (7, 'SERTRALINE 50MG', 'SERTRALINE HYDROCHLORIDE', 'N06AB06', '02132702', 'PO', 'OD', 1, 2, 60, 30, 2, 'dep', 'CAP'),
 (8, 'ESCITALOPRAM 10MG', 'ESCITALOPRAM OXALATE', 'N06AB10', '02263238', 'PO', 'OD', 1, 1, 30, 30, 2, 'anx', 'TAB'),
 (9, 'VENTOLIN HFA 100MCG', 'SALBUTAMOL SULFATE', 'R03AC02', '02241497', 'INH', 'Q4-6H', 1, 2, 1, 30, 2, 'asth', 'INHALER'),
 (10, 'FLOVENT HFA 125MCG', 'FLUTICASONE PROPIONATE', 'R03BA05', '02244292', 'INH', 'BID', 2, 2, 1, 30, 5, 'asth', 'INHALER'),
 (11, 'SPIRIVA RESPIMAT 2.5MCG', 'TIOTROPIUM BROMIDE', 'R03BB04', '02435381', 'INH', 'OD', 2, 2, 1, 30, 5, 'copd', 'INHALER'),
 (12, 'SYNTHROID 100MCG', 'LEVOTHYROXINE SODIUM', 'H03AA01', '02172100', 'PO', 'OD', 1, 1, 90, 90, 3, 'thy', 'TAB'),
 (13, 'NAPROXEN 500MG', 'NAPROXEN', 'M01AE02', '02162466', 'PO', 'BID', 1, 1, 60, 30, 1, 'oa', 'TAB'),
 (14, 'BISOPROLOL 2.5MG', 'BISOPROLOL FUMARATE', 'C07AB07', '02256134', 'PO', 'OD', 1, 1, 90, 90, 3, 'chf', 'TAB'),
 (15, 'FUROSEMIDE 20MG', 'FUROSEMIDE', 'C03CA01', '02247493', 'PO', 'OD', 1, 1, 90, 90, 3, 'chf', 'TAB'),
 (16, 'NITROFURANTOIN 100MG', 'NITROFURANTOIN MONOHYDRATE', 'J01XE01', '02231015', 'PO', 'BID', 1, 1, 10, 5, 0, 'acute', 'CAP'),
 (17, 'AMOXICILLIN 500MG', 'AMOXICILLIN', 'J01CA04', '02230243', 'PO', 'TID', 1, 1, 21, 7, 0, 'acute', 'CAP'),
 (18, 'CHAMPIX 1MG', 'VARENICLINE TARTRATE', 'N07BA03', '02291185', 'PO', 'BID', 1, 1, 56, 28, 2, 'smoker', 'TAB'),
 (19, 'HYDROCORTISONE 1% CREAM', 'HYDROCORTISONE', 'D07AA02', '00716839', 'TOP', 'BID', 1, 1, 30, 7, 0, 'acute', 'CREAM'),
 (20, 'ALYSENA 28', 'LEVONORGESTREL/ETHINYL ESTRADIOL', 'G03AA07', '02387085', 'PO', 'OD', 1, 1, 84, 84, 3, 'ocp', 'TAB'),
 (21, 'HYDROMORPHONE 2MG', 'HYDROMORPHONE HYDROCHLORIDE', 'N02AA03', '00885444', 'PO', 'Q6H', 1, 1, 60, 15, 0, 'pain', 'TAB'),
 (22, 'BIKTARVY', 'BICTEGRAVIR/EMTRICITABINE/TENOFOVIR ALAFENAMIDE', 'J05AR20', '02478579', 'PO', 'OD', 1, 1, 30, 30, 5, 'hiv', 'TAB');

CREATE TABLE pgen.rx (k serial, i int, prov text, d date, drug int, arch boolean, outside boolean);
INSERT INTO pgen.rx (i, prov, d, drug, arch, outside)
SELECT c.i, CASE WHEN fixture_gen.n('rxp', c.i * 31 + r + CASE WHEN g.drug IN (16, 17, 19, 21) THEN g.drug ELSE 0 END, 5) = 0 THEN fixture_gen.pick(ARRAY['110', '111', '112', '107'], 'rxq', c.i + r) ELSE p.mrp END,
  date '2021-01-11' + fixture_gen.n('rxd' || CASE WHEN g.drug IN (16, 17, 19, 21) THEN g.drug ELSE 0 END, c.i, 200) + (r - 1) * (100 + fixture_gen.n('rxg', c.i + r, 200)), g.drug,
  g.drug IN (7, 13) AND r = 1 AND fixture_gen.n('rxa', c.i, 3) = 0, g.drug IN (14, 15, 22) AND r = 1
FROM pgen.clin c JOIN pgen.pat p ON p.i = c.i
JOIN LATERAL (SELECT k AS drug FROM pgen.drug WHERE (cond = 'dm' AND c.dm AND (k = 1 OR fixture_gen.n('jard', c.i, 3) = 0)) OR (cond = 'htn' AND c.htn AND k = 3 + fixture_gen.n('htnd', c.i, 2))
  OR (cond = 'lip' AND c.lip AND k = 5 + fixture_gen.n('lipd', c.i, 2)) OR (cond = 'dep' AND c.dep) OR (cond = 'anx' AND c.anx AND NOT c.dep) OR (cond = 'asth' AND c.asth)
  OR (cond = 'copd' AND c.copd) OR (cond = 'thy' AND c.thy) OR (cond = 'oa' AND c.oa AND fixture_gen.n('oad', c.i, 2) = 0) OR (cond = 'chf' AND c.chf)
  OR (cond = 'smoker' AND c.smoker AND fixture_gen.n('smkd', c.i, 3) = 0) OR (cond = 'ocp' AND p.sex = 'F' AND p.dob BETWEEN date '1985-01-01' AND date '2006-01-01' AND fixture_gen.n('ocp', c.i, 3) = 0)
  OR (cond = 'pain' AND fixture_gen.n('opi', c.i, 45) = 0 AND p.dob < date '1980-01-01') OR (cond = 'hiv' AND fixture_gen.n('hiv', c.i, 150) = 0)
  OR (cond = 'acute' AND fixture_gen.n('acute' || k, c.i, 9) = 0)) g ON true
CROSS JOIN generate_series(1, CASE WHEN g.drug IN (16, 17, 19) THEN 1 ELSE 1 + fixture_gen.n('rxn', c.i, 3) END) r
WHERE date '2021-01-11' + fixture_gen.n('rxd' || CASE WHEN g.drug IN (16, 17, 19, 21) THEN g.drug ELSE 0 END, c.i, 200) + (r - 1) * (100 + fixture_gen.n('rxg', c.i + r, 200)) < date '2024-06-20'
ORDER BY 4, 1, 5;

INSERT INTO prescription (provider_no, demographic_no, date_prescribed, date_printed, dates_reprinted, "textView", rx_comments, "lastUpdateDate")
SELECT g.prov, g.i, g.d, g.d, CASE WHEN fixture_gen.n('rpr', g.i + g.d - date '2021-01-01', 12) = 0 THEN to_char(g.d + 4, 'YYYY-MM-DD') ELSE '' END,
  CASE WHEN s.ptype = 'doctor' THEN 'Dr. ' || s.first || ' ' || s.last ELSE s.first || ' ' || s.last || ', NP-PHC' END || E'\n' || st.address || ', ' || st.city || ', ON ' || st.postal || E'\nTel: ' || st.phone || '  Fax: ' || st.fax || E'\n\n'
    || 'Name: ' || pgen.up(p.last) || ', ' || pgen.up(p.first) || E'\nAddress: ' || pgen.up(p.street) || ', ' || pgen.up(p.city) || ' ON ' || p.postal || E'\nPhone: ' || p.phone
    || E'\nHealth Ins# ' || p.hin || ' ' || p.ver || E'\nDate: ' || to_char(g.d, 'YYYY-MM-DD') || E'\n\n'
    || (SELECT string_agg(dr.bn || E'\nTake ' || CASE WHEN dr.tmin = dr.tmax THEN dr.tmin::text ELSE dr.tmin || '-' || dr.tmax END || ' ' || dr.form || ' ' || dr.route || ' ' || dr.freq || E'\nQty:' || dr.qty || ' Repeats:' || dr.rep, E'\n\n' ORDER BY x.k)
        FROM pgen.rx x JOIN pgen.drug dr ON dr.k = x.drug WHERE x.i = g.i AND x.d = g.d AND x.prov = g.prov)
    || E'\n\nSignature: ______________________\n' || pv."practitionerNoType" || '# ' || coalesce(pv."practitionerNo", ''),
  CASE fixture_gen.n('rxc', g.i + g.d - date '2021-01-01', 10) WHEN 0 THEN 'faxed to pharmacy' WHEN 1 THEN 'reprinted - pt lost copy' WHEN 2 THEN 'given to ' || lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' to pick up' ELSE '' END,
  g.d + time '16:40'
FROM (SELECT DISTINCT i, d, prov FROM pgen.rx) g JOIN pgen.pat p ON p.i = g.i JOIN pgen.staff s ON s.no = g.prov JOIN provider pv ON pv.provider_no = g.prov
JOIN site st ON st.name = s.site
ORDER BY g.d, g.i, g.prov;

INSERT INTO drugs (provider_no, demographic_no, rx_date, end_date, "BN", "customName", takemin, takemax, freqcode, duration, durunit, quantity, repeat, prn, special, special_instruction,
  archived, "GN", "ATC", script_no, regional_identifier, route, outside_provider_name, outside_provider_ohip, comment, "lastUpdateDate")
SELECT x.prov, x.i, x.d, x.d + dr.dur * (dr.rep + 1), dr.bn, NULL, dr.tmin, dr.tmax, dr.freq, dr.dur::text, 'D', dr.qty::text, dr.rep, CASE WHEN dr.k IN (9, 21) THEN 1 ELSE 0 END,
  dr.bn || E'\nTake ' || CASE WHEN dr.tmin = dr.tmax THEN dr.tmin::text ELSE dr.tmin || '-' || dr.tmax END || ' ' || dr.form || ' ' || dr.route || ' ' || dr.freq || ' for ' || dr.dur || E' days\nQty:' || dr.qty || ' Repeats:' || dr.rep,
  CASE fixture_gen.n('spi', x.k, 8) WHEN 0 THEN 'Take with food' WHEN 1 THEN 'Blister pack weekly' WHEN 2 THEN 'Do not crush' ELSE '' END,
  CASE WHEN x.arch THEN 1 ELSE 0 END, dr.gn, dr.atc, pr.script_no, dr.din, dr.route,
  CASE WHEN x.outside THEN 'Dr. ' || fixture_gen.pick(ARRAY['T. Khoury', 'R. Persaud', 'A. Al-Hashimi', 'M. Leblanc'], 'outp', x.k) ELSE '' END,
  CASE WHEN x.outside THEN lpad(fixture_gen.n('outo', x.k, 999999)::text, 6, '0') ELSE '' END,
  CASE fixture_gen.n('dcm', x.k, 12) WHEN 0 THEN 'ODB LU code documented' WHEN 1 THEN 'samples given' WHEN 2 THEN lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' picks up' WHEN 3 THEN 'pt prefers generic' ELSE '' END,
  x.d + time '16:40'
FROM pgen.rx x JOIN pgen.drug dr ON dr.k = x.drug JOIN pgen.pat p ON p.i = x.i
JOIN prescription pr ON pr.demographic_no = x.i AND pr.date_prescribed = x.d AND pr.provider_no = x.prov
ORDER BY x.k;

-- Allergies as picked from drugref (class, ingredient, brand) or typed.
INSERT INTO allergies (demographic_no, entry_date, "DESCRIPTION", "TYPECODE", reaction, drugref_id, archived, start_date, age_of_onset, severity_of_reaction, regional_identifier, life_stage, "lastUpdateDate", "providerNo")
SELECT p.i, date '2019-03-01' + fixture_gen.n('ald', p.i * 3 + o, 1900), a.descr, a.tc,
  CASE WHEN a.descr = 'NKA' THEN '' ELSE fixture_gen.pick(ARRAY['hives', 'rash', 'anaphylaxis', 'swelling of lips and tongue', 'GI upset', 'wheeze', 'itchy eyes', ''], 'alr', p.i * 3 + o) END,
  a.ref, CASE WHEN fixture_gen.n('ala', p.i + o, 25) = 0 THEN '1' ELSE '0' END,
  CASE WHEN fixture_gen.n('alsd', p.i + o, 3) = 0 AND a.descr <> 'NKA' THEN p.dob + 365 * (3 + fixture_gen.n('aly', p.i + o, 20)) END,
  CASE WHEN fixture_gen.n('alsd', p.i + o, 3) = 0 AND a.descr <> 'NKA' THEN (3 + fixture_gen.n('aly', p.i + o, 20))::text ELSE '' END,
  CASE WHEN a.descr = 'NKA' THEN '' ELSE (1 + fixture_gen.n('als', p.i + o, 4))::text END, a.din, fixture_gen.pick(ARRAY['C', 'A', 'A', 'T', ''], 'alls', p.i + o),
  (date '2019-03-01' + fixture_gen.n('ald', p.i * 3 + o, 1900)) + time '11:15', p.mrp
FROM pgen.pat p CROSS JOIN generate_series(1, 2) o
JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'PENICILLINS', 8, '43', ''), (1, 'SULFONAMIDES', 8, '77', ''), (2, 'CODEINE', 10, '1163', '00779474'), (3, 'AMOXICILLIN', 11, '2302', '02230243'),
  (4, 'PEANUTS', 0, '', ''), (5, 'LATEX', 0, '', ''), (6, 'ASA', 10, '1191', ''), (7, 'SEPTRA', 13, '3422', '00445282'), (8, 'CEPHALEXIN', 11, '2287', '00768723'),
  (9, 'SHELLFISH', 0, '', ''), (10, 'MORPHINE', 10, '1487', ''), (11, 'BEE STINGS', 0, '', ''), (12, 'NKA', 0, '', '')
) v(o2, descr, tc, ref, din) WHERE v.o2 = fixture_gen.n('alk', p.i * 5 + o, 13)) a ON true
WHERE fixture_gen.n('alx', p.i, 10) < CASE WHEN o = 1 THEN 4 ELSE 1 END
ORDER BY 2, 1, o;

-- Measurement types used by the flowsheets, and the measurements.
INSERT INTO "measurementType" (type, "typeDisplayName", "typeDescription", "measuringInstruction", validation) VALUES
 ('BP', 'Blood Pressure', 'Blood Pressure', 'sitting position', '6'), ('BP', 'Blood Pressure', 'Blood Pressure', 'standing position', '6'),
 ('WT', 'Weight', 'Weight', 'in kg', '5'), ('HT', 'Height', 'Height', 'in cm', '5'), ('A1C', 'A1C', 'Hemoglobin A1C', 'Enter as %', '5'),
 ('LDL', 'LDL', 'Low Density Lipoprotein', 'in mmol/L', '5'), ('EGFR', 'eGFR', 'Estimated Glomerular Filtration Rate', 'in mL/min/1.73m2', '5'),
 ('WAIS', 'Waist', 'Waist circumference', 'in cm', '5'), ('SMK', 'Smoking', 'Smoking status', 'Yes/No', '7'), ('HR', 'Heart Rate', 'Heart Rate', 'in bpm', '4'),
 ('TCHD', 'TC/HDL', 'Total cholesterol to HDL ratio', 'ratio', '5'), ('PHQ9', 'PHQ-9', 'PHQ-9 depression score', 'score 0-27', '4'), ('BMI', 'BMI', 'Body Mass Index', 'kg/m2', '5');

INSERT INTO measurements (type, "demographicNo", "providerNo", "dataField", "measuringInstruction", comments, "dateObserved", "dateEntered", "appointmentNo")
SELECT m.type, ap.demographic_no, ap.provider_no, m.val, m.instr,
  CASE WHEN fixture_gen.n('mcm', ap.appointment_no * 7 + m.o, 30) = 0 THEN fixture_gen.pick(ARRAY['pt anxious, repeat next visit', 'home reading', 'taken by ' || lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' at home', 'after coffee'], 'mct', ap.appointment_no) ELSE '' END,
  ap.appointment_date + ap.start_time, ap.appointment_date + ap.start_time + interval '6 minutes', ap.appointment_no
FROM appointment ap JOIN pgen.pat p ON p.i = ap.demographic_no JOIN pgen.clin c ON c.i = ap.demographic_no
CROSS JOIN LATERAL (VALUES
  (1, CASE WHEN c.htn OR ap.reason IN ('f/u BP', 'BP check with nurse', 'annual physical', 'DM f/u A1C', 'prenatal 28wk', 'driver''s medical') THEN 'BP' END,
      (108 + fixture_gen.n('msys', ap.appointment_no, 55))::text || '/' || (62 + fixture_gen.n('mdia', ap.appointment_no, 32))::text, fixture_gen.pick(ARRAY['sitting position', 'sitting position', 'standing position'], 'mbi', ap.appointment_no)),
  (2, CASE WHEN ap.reason IN ('annual physical', 'DM f/u A1C', 'diet counselling', 'well baby 6 mo', 'prenatal 28wk') THEN 'WT' END,
      CASE WHEN ap.reason = 'well baby 6 mo' THEN to_char(6.5 + fixture_gen.n('mbw', ap.appointment_no, 25) / 10.0, 'FM90.0') ELSE (48 + fixture_gen.n('wt', p.i, 60) + fixture_gen.n('mwt', ap.appointment_no, 5))::text || '.' || fixture_gen.n('mwd', ap.appointment_no, 10) END, 'in kg'),
  (3, CASE WHEN ap.reason IN ('annual physical', 'well baby 6 mo') THEN 'HT' END, CASE WHEN ap.reason = 'well baby 6 mo' THEN (64 + fixture_gen.n('mbh', ap.appointment_no, 6))::text ELSE (150 + fixture_gen.n('ht', p.i, 40))::text END, 'in cm'),
  (4, CASE WHEN c.dm AND ap.reason IN ('DM f/u A1C', 'discuss results', 'phone visit - results', 'med refill', 'annual physical', 'f/u BP') THEN 'A1C' END, to_char(5.9 + fixture_gen.n('ma1c', ap.appointment_no, 45) / 10.0, 'FM90.0'), 'Enter as %'),
  (5, CASE WHEN (c.lip OR c.dm) AND ap.reason IN ('discuss results', 'phone visit - results', 'annual physical', 'med refill') THEN 'LDL' END, to_char(1.3 + fixture_gen.n('mldl', ap.appointment_no, 35) / 10.0, 'FM90.0'), 'in mmol/L'),
  (6, CASE WHEN (c.dm OR c.htn) AND ap.reason IN ('DM f/u A1C', 'discuss results', 'f/u BP', 'med refill') THEN 'EGFR' END, (40 + fixture_gen.n('megfr', ap.appointment_no, 60))::text, 'in mL/min/1.73m2'),
  (7, CASE WHEN ap.reason IN ('diet counselling', 'DM f/u A1C') THEN 'WAIS' END, (78 + fixture_gen.n('waist', p.i, 40))::text, 'in cm'),
  (8, CASE WHEN ap.reason IN ('annual physical', 'smoking cessation') THEN 'SMK' END, CASE WHEN c.smoker THEN 'yes' ELSE 'no' END, 'Yes/No'),
  (9, CASE WHEN ap.reason IN ('mental health f/u', 'anxiety') THEN 'PHQ9' END, fixture_gen.n('mphq', ap.appointment_no, 24)::text, 'score 0-27')
) m(o, type, val, instr)
WHERE m.type IS NOT NULL AND ap.status IN ('B', 'H') AND ap.demographic_no > 0
ORDER BY ap.appointment_date, ap.start_time, ap.appointment_no, m.o;

-- Preventions: immunisations given here or elsewhere (public health
-- clinics, pharmacies), and cancer screening; their details as key/value rows.
CREATE TABLE pgen.prev (k serial, i int, ptype text, d timestamp, prov text, pname text, refused char(1));
INSERT INTO pgen.prev (i, ptype, d, prov, pname, refused)
SELECT i, ptype, d, CASE WHEN outside THEN '-1' ELSE prov END,
  CASE WHEN NOT outside THEN '' ELSE fixture_gen.pick(CASE WHEN ptype = 'COVID-19' THEN ARRAY['Hamilton Public Health - FirstOntario Centre clinic', 'Niagara Region Public Health', 'Shoppers Drug Mart Upper James', 'Rexall Grimsby', 'Hamilton Public Health mobile clinic']
    WHEN ptype = 'MAM' THEN ARRAY['OBSP - Juravinski', 'OBSP - Niagara Health', 'OBSP - Grimsby Diagnostic Imaging'] WHEN ptype = 'FOBT' THEN ARRAY['ColonCancerCheck', 'ColonCancerCheck (FIT by mail)']
    WHEN ptype = 'COLONOSCOPY' THEN ARRAY['Dr. Sidhu GI', 'Dr. Leblanc (Niagara Health)', 'St. Joseph''s endoscopy'] WHEN ptype = 'PAP' THEN ARRAY['Dr. ' || fixture_gen.pick(ARRAY['Mercado', 'Chan', 'Joseph'], 'pvn', i) || ' (walk-in)', 'Planned Parenthood clinic', 'Dr. Rinaldi (gyne)']
    ELSE ARRAY['Shoppers Drug Mart pharmacist', 'Public Health school program', 'Hamilton Public Health', 'Dr. Chan (walk-in clinic)', 'pharmacist ' || fixture_gen.pick(ARRAY['Nadia', 'Kevin', 'Priya'], 'pvp', i) || ' at Costco'] END, 'pvo', i + length(ptype)) END,
  CASE WHEN ptype = 'Flu' AND fixture_gen.n('prf', i + extract(year FROM d)::int, 20) = 0 THEN '1' ELSE '0' END
FROM (
  SELECT p.i, 'Flu' AS ptype, (make_date(y, 10, 15) + fixture_gen.n('flu', p.i * 7 + y, 60))::timestamp + make_interval(mins => 540 + 15 * fixture_gen.n('flm', p.i + y, 28)) AS d,
    fixture_gen.pick(ARRAY['120', '121', p.mrp], 'flp', p.i + y) AS prov, fixture_gen.n('flo', p.i + y, 3) = 0 AS outside
  FROM pgen.pat p CROSS JOIN generate_series(2021, 2023) y WHERE fixture_gen.n('flx', p.i + y, 10) < CASE WHEN p.dob < date '1959-01-01' THEN 5 ELSE 2 END AND p.dob < make_date(y, 4, 1)
  UNION ALL
  SELECT p.i, 'COVID-19', (date '2021-03-01' + (dn - 1) * 120 + fixture_gen.n('cov', p.i * 5 + dn, 90))::timestamp + time '10:30', '121', fixture_gen.n('cvo', p.i + dn, 6) > 0
  FROM pgen.pat p CROSS JOIN generate_series(1, 4) dn WHERE p.dob < date '2010-01-01' AND dn <= 1 + fixture_gen.n('covn', p.i, 3) AND fixture_gen.n('covx', p.i, 8) < 2
  UNION ALL
  SELECT p.i, v, (date '2021-02-01' + fixture_gen.n('pv' || v, p.i, 1200))::timestamp + time '14:15', fixture_gen.pick(ARRAY['120', '121', p.mrp], 'pvv', p.i), fixture_gen.n('pvo' || v, p.i, 5) = 0
  FROM pgen.pat p CROSS JOIN unnest(ARRAY['Tdap', 'Shingrix', 'Pneumovax', 'HPV Vaccine', 'MMR', 'DTaP-IPV-Hib']) v
  WHERE (v = 'Tdap' AND p.dob < date '2005-01-01' AND fixture_gen.n('tdap', p.i, 6) = 0) OR (v = 'Shingrix' AND p.dob < date '1974-01-01' AND fixture_gen.n('shx', p.i, 4) = 0)
    OR (v = 'Pneumovax' AND p.dob < date '1958-01-01' AND fixture_gen.n('pnx', p.i, 3) = 0) OR (v = 'HPV Vaccine' AND p.dob BETWEEN date '1998-01-01' AND date '2012-01-01')
    OR (v IN ('MMR', 'DTaP-IPV-Hib') AND p.dob > date '2019-06-01')
  UNION ALL
  SELECT p.i, v, (date '2021-02-01' + fixture_gen.n('sc' || v, p.i, 1200))::timestamp + time '11:00', CASE WHEN v = 'PAP' THEN p.mrp ELSE p.mrp END, v <> 'PAP' OR fixture_gen.n('papo', p.i, 5) = 0
  FROM pgen.pat p CROSS JOIN unnest(ARRAY['PAP', 'MAM', 'FOBT', 'COLONOSCOPY']) v
  WHERE (v = 'PAP' AND p.sex = 'F' AND p.dob BETWEEN date '1955-01-01' AND date '1999-01-01' AND fixture_gen.n('pap', p.i, 3) > 0)
    OR (v = 'MAM' AND p.sex = 'F' AND p.dob BETWEEN date '1950-01-01' AND date '1974-01-01' AND fixture_gen.n('mam', p.i, 3) > 0)
    OR (v = 'FOBT' AND p.dob BETWEEN date '1950-01-01' AND date '1974-01-01' AND fixture_gen.n('fobt', p.i, 2) = 0)
    OR (v = 'COLONOSCOPY' AND p.dob < date '1970-01-01' AND fixture_gen.n('colo', p.i, 8) = 0)
) x ORDER BY d, i, ptype;

INSERT INTO preventions (demographic_no, creation_date, prevention_date, provider_no, provider_name, prevention_type, deleted, refused, next_date, creator, "lastUpdateDate", "snomedId")
SELECT i, d + interval '25 minutes', d, prov, pname, ptype, CASE WHEN fixture_gen.n('pdel', k, 60) = 0 THEN '1' ELSE '0' END, refused,
  CASE ptype WHEN 'Flu' THEN (make_date(extract(year FROM d)::int + 1, 10, 15)) WHEN 'PAP' THEN (d + interval '3 years')::date WHEN 'MAM' THEN (d + interval '2 years')::date WHEN 'FOBT' THEN (d + interval '2 years')::date END,
  CASE WHEN prov = '-1' THEN fixture_gen.pick(ARRAY['120', '121', '130', '131'], 'pcr', k) ELSE prov END, d + interval '25 minutes',
  CASE ptype WHEN 'COVID-19' THEN fixture_gen.pick(ARRAY['28581000087106', '28571000087109', '30141000087107'], 'psn', k) END
FROM pgen.prev ORDER BY k;

INSERT INTO "preventionsExt" (prevention_id, keyval, val)
SELECT pv.id, x.key, x.val FROM preventions pv JOIN pgen.pat p ON p.i = pv.demographic_no
CROSS JOIN LATERAL (VALUES
  (1, CASE WHEN pv.prevention_type NOT IN ('PAP', 'MAM', 'FOBT', 'COLONOSCOPY') AND pv.refused = '0' THEN 'name' END,
      CASE pv.prevention_type WHEN 'Flu' THEN CASE WHEN p.dob < date '1959-01-01' THEN 'Fluzone High-Dose Quadrivalent' ELSE fixture_gen.pick(ARRAY['FluLaval Tetra', 'Flucelvax Quad', 'Afluria Tetra'], 'fln', pv.id) END
        WHEN 'COVID-19' THEN fixture_gen.pick(ARRAY['Comirnaty', 'Spikevax', 'Comirnaty Omicron XBB.1.5'], 'cvn', pv.id) WHEN 'Tdap' THEN 'Boostrix' WHEN 'Shingrix' THEN 'Shingrix' WHEN 'Pneumovax' THEN 'Pneumovax 23'
        WHEN 'HPV Vaccine' THEN 'Gardasil 9' WHEN 'MMR' THEN 'Priorix' ELSE 'Pediacel' END),
  (2, CASE WHEN pv.prevention_type NOT IN ('PAP', 'MAM', 'FOBT', 'COLONOSCOPY') AND pv.refused = '0' AND pv.provider_no <> '-1' THEN 'lot' END,
      fixture_gen.chars('plot', pv.id, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('plot', pv.id, 3) || fixture_gen.chars('plo2', pv.id, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')),
  (3, CASE WHEN pv.prevention_type NOT IN ('PAP', 'MAM', 'FOBT', 'COLONOSCOPY') AND pv.refused = '0' AND pv.provider_no <> '-1' THEN 'location' END,
      CASE WHEN p.dob > date '2019-06-01' THEN fixture_gen.pick(ARRAY['left thigh', 'right thigh'], 'ploc', pv.id) ELSE fixture_gen.pick(ARRAY['left deltoid', 'right deltoid', 'left deltoid'], 'ploc', pv.id) END),
  (4, CASE WHEN pv.prevention_type NOT IN ('PAP', 'MAM', 'FOBT', 'COLONOSCOPY') AND pv.refused = '0' AND pv.provider_no <> '-1' THEN 'route' END, CASE WHEN pv.prevention_type = 'MMR' THEN 'SC' ELSE 'IM' END),
  (5, CASE WHEN pv.prevention_type NOT IN ('PAP', 'MAM', 'FOBT', 'COLONOSCOPY') AND pv.refused = '0' AND pv.provider_no <> '-1' THEN 'dose' END, CASE WHEN pv.prevention_type = 'COVID-19' THEN fixture_gen.pick(ARRAY['0.3 mL', '0.5 mL', '0.25 mL'], 'pdo', pv.id) ELSE '0.5 mL' END),
  (6, CASE WHEN pv.prevention_type NOT IN ('PAP', 'MAM', 'FOBT', 'COLONOSCOPY') AND pv.refused = '0' AND pv.provider_no <> '-1' THEN 'manufacture' END,
      CASE pv.prevention_type WHEN 'Flu' THEN fixture_gen.pick(ARRAY['Sanofi Pasteur', 'GSK', 'Seqirus'], 'pmf', pv.id) WHEN 'COVID-19' THEN fixture_gen.pick(ARRAY['Pfizer-BioNTech', 'Moderna'], 'pmc', pv.id)
        WHEN 'HPV Vaccine' THEN 'Merck' WHEN 'Pneumovax' THEN 'Merck' ELSE 'GSK' END),
  (7, CASE WHEN pv.prevention_type IN ('PAP', 'MAM', 'FOBT', 'COLONOSCOPY') THEN 'result' END, fixture_gen.pick(ARRAY['normal', 'normal', 'normal', 'abnormal', 'pending'], 'pres', pv.id)),
  (8, CASE WHEN pv.refused = '1' THEN 'reason' END, fixture_gen.pick(ARRAY['patient refused', 'allergy to eggs (pt belief)', 'had it at pharmacy'], 'prr', pv.id)),
  (9, CASE WHEN fixture_gen.n('pcm', pv.id, 5) = 0 THEN 'comments' END, CASE pv.prevention_type
      WHEN 'PAP' THEN fixture_gen.pick(ARRAY['ASCUS, repeat in 6 mo per colposcopy Dr. Mercado', 'HPV neg', 'unsatisfactory sample, repeat'], 'pcmt', pv.id)
      WHEN 'FOBT' THEN fixture_gen.pick(ARRAY['FIT kit returned late, repeated', 'positive - referred for colonoscopy'], 'pcmt', pv.id)
      WHEN 'MAM' THEN 'BI-RADS ' || fixture_gen.pick(ARRAY['1', '2', '0 - callback for US'], 'pcmt', pv.id) WHEN 'COLONOSCOPY' THEN fixture_gen.pick(ARRAY['2 tubular adenomas, repeat 3 yr', 'normal, repeat 10 yr'], 'pcmt', pv.id)
      WHEN 'HPV Vaccine' THEN fixture_gen.pick(ARRAY['given at school by public health', 'mom ' || split_part(p.relname, ' ', 1) || ' consented by phone'], 'pcmt', pv.id)
      WHEN 'MMR' THEN CASE WHEN p.relation IN ('Mother', 'Father', 'Grandmother', 'Grandfather') THEN lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ' present, consented' ELSE 'parent consented' END
      WHEN 'DTaP-IPV-Hib' THEN 'Tylenol advised for fever'
      ELSE fixture_gen.pick(ARRAY['tolerated well', 'pt fainted after last dose - lying down, observed 30 min', 'declined - worried about side effects, discussed with ' || lower(p.relation), 'sore arm only'], 'pcmt', pv.id) END)
) x(o, key, val)
WHERE x.key IS NOT NULL
ORDER BY pv.id, x.o;

-- Consultation services and the specialists the team refers to.
INSERT INTO "consultationServices" ("serviceDesc", active) VALUES
 ('Cardiology', '1'), ('Dermatology', '1'), ('Endocrinology', '1'), ('Gastroenterology', '1'), ('General Surgery', '1'), ('Gynecology', '1'), ('Nephrology', '1'),
 ('Neurology', '1'), ('Ophthalmology', '1'), ('Orthopedic Surgery', '1'), ('Psychiatry', '1'), ('Respirology', '1'), ('Rheumatology', '1'), ('Urology', '1'),
 ('Physiotherapy', '1'), ('Mental Health (COAST)', '0'), ('Diabetes Education', '1'), ('Geriatric Medicine', '1'), ('Otolaryngology (ENT)', '1');

INSERT INTO "professionalSpecialists" ("fName", "lName", "proLetters", address, phone, fax, website, email, "specType", "eDataUrl", "eDataOscarKey", "eDataServiceKey", annotation, "referralNo",
  "privatePhoneNumber", "cellPhoneNumber", "lastUpdated")
SELECT fn, ln, CASE WHEN svc IN (5, 6, 9, 10, 14, 19) THEN 'MD FRCSC' WHEN svc IN (15, 17) THEN fixture_gen.pick(ARRAY['PT', 'RD CDE', 'RN CDE'], 'spl', k) ELSE 'MD FRCPC' END,
  CASE fixture_gen.n('sad', k, 5)
    WHEN 0 THEN E'Hamilton General Hospital\n237 Barton St E\nHamilton ON L8L 2X2'
    WHEN 1 THEN E'St. Joseph''s Healthcare Hamilton\n50 Charlton Ave E\nHamilton ON L8N 4A6'
    WHEN 2 THEN E'Niagara Health - St. Catharines Site\n1200 Fourth Ave\nSt. Catharines ON L2S 0A9'
    ELSE (1 + fixture_gen.n('sano', k, 1400))::text || ' ' || replace(fixture_gen.pick(ARRAY['Main St W Suite #|Hamilton ON L8S 1A9', 'James St S Suite #|Hamilton ON L8N 1T8', 'Upper James St Unit #|Hamilton ON L9C 7N4',
      'Glendale Ave Suite #|St. Catharines ON L2T 4C9', 'Welland Ave Suite #|St. Catharines ON L2R 6M5'], 'sast', k), '#|', (100 + fixture_gen.n('sasu', k, 400))::text || E'\n') END,
  pgen.phone('sph', k), pgen.phone('sfx', k),
  CASE WHEN fixture_gen.n('sweb', k, 4) = 0 THEN 'www.' || lower(pgen.fold(ln)) || fixture_gen.pick(ARRAY['cardiology', 'derm', 'eyecare', 'medical'], 'swd', k) || '.ca' ELSE '' END,
  CASE fixture_gen.n('sem', k, 4) WHEN 0 THEN lower(pgen.fold(fn)) || '.' || lower(pgen.fold(ln)) || '@medportal.ca' WHEN 1 THEN 'referrals.' || lower(pgen.fold(ln)) || '@gmail.com' ELSE '' END,
  (SELECT "serviceDesc" FROM "consultationServices" WHERE "serviceId" = svc),
  CASE WHEN k IN (3, 17) THEN 'https://oscar.' || lower(pgen.fold(ln)) || 'clinic.ca:8443/oscar/ws' ELSE '' END,
  CASE WHEN k IN (3, 17) THEN fixture_gen.b64('edok', k, 32) ELSE '' END,
  CASE WHEN k IN (3, 17) THEN fixture_gen.b64('edsk', k, 24) ELSE '' END,
  CASE fixture_gen.n('sann', k, 6) WHEN 0 THEN 'prefers referrals via Ocean eReferral' WHEN 1 THEN 'wait time ~9 months' WHEN 2 THEN 'secretary ' || fixture_gen.pick(ARRAY['Donna', 'Tina', 'Michelle'], 'ssec', k) || ', direct line ' || pgen.phone('ssecp', k)
    WHEN 3 THEN 'only sees pts over 65' ELSE '' END,
  lpad(fixture_gen.n('sref', k, 999999)::text, 6, '0'),
  CASE WHEN fixture_gen.n('spp', k, 3) = 0 THEN pgen.phone('spp', k) ELSE '' END, CASE WHEN fixture_gen.n('scp', k, 8) = 0 THEN pgen.phone('scp', k) ELSE '' END,
  pgen.at('slu', k, '2019-01-01', '2024-05-01')
FROM (SELECT k, fixture_gen.pick(ARRAY['Tarek', 'Radha', 'Michael', 'Anna', 'Hussein', 'Jennifer', 'Ravi', 'Elena', 'Paolo', 'Grace', 'Darius', 'Fiona', 'Kwame', 'Isabel', 'Mei', 'Stefan'], 'sfn', k) AS fn,
        fixture_gen.pick(ARRAY['Khoury', 'Persaud', 'Mancini', 'Sidhu', 'Al-Hashimi', 'Krawczyk', 'Mercado', 'Leblanc', 'O''Neill', 'Chan', 'Boateng', 'Rinaldi', 'Mendes', 'Saad', 'Morrison', 'Patel'], 'sln', k) AS ln,
        1 + (k - 1) % 19 AS svc FROM generate_series(1, 40) k) s
ORDER BY k;

INSERT INTO "consultationRequests" ("referalDate", "serviceId", "specId", "appointmentDate", "appointmentTime", reason, "clinicalInfo", "currentMeds", allergies, "providerNo", "demographicNo",
  status, "statusText", "sendTo", "concurrentProblems", urgency, "patientWillBook", "followUpDate", "lastUpdateDate")
SELECT rd, cs."serviceId", ps."specId", CASE WHEN st IN ('2', '4') THEN rd + 30 + fixture_gen.n('cad', k, 200) END, CASE WHEN st IN ('2', '4') THEN make_time(8 + fixture_gen.n('cat', k, 8), 15 * fixture_gen.n('catm', k, 4), 0) END,
  CASE cs."serviceDesc"
    WHEN 'Cardiology' THEN 'Please assess ' || v.age || ' yo ' || v.sexw || ' with exertional chest tightness x 2 mo, ECG shows ' || fixture_gen.pick(ARRAY['LBBB', 'non-specific ST changes', 'old inferior Q waves'], 'crc', k) || '.'
    WHEN 'Psychiatry' THEN 'Please assess for treatment-resistant depression, failed sertraline and escitalopram. ' || CASE WHEN fixture_gen.n('cps', k, 2) = 0 THEN 'Recent passive SI, lives alone since separation from ' || p.relname || '.' ELSE 'No SI.' END
    WHEN 'Endocrinology' THEN 'Poorly controlled DM2, A1C ' || to_char(8.5 + fixture_gen.n('cen', k, 30) / 10.0, 'FM90.0') || ' despite metformin and empagliflozin. Consider insulin.'
    WHEN 'Dermatology' THEN 'Changing pigmented lesion ' || fixture_gen.pick(ARRAY['L upper back', 'R shin', 'scalp'], 'cdl', k) || ', ? melanoma. Photo attached.'
    WHEN 'Gastroenterology' THEN 'Positive FIT, please arrange colonoscopy.'
    WHEN 'Orthopedic Surgery' THEN 'R knee OA, failed conservative mx, x-ray severe medial joint space loss. ? TKA.'
    WHEN 'Gynecology' THEN 'Postmenopausal bleeding x 2 episodes, US endometrium 9 mm.'
    ELSE 'Please see and advise re: ' || lower(cs."serviceDesc") || ' concern. Thank you.' END,
  v.age || ' yo ' || v.sexw || '. ' || CASE WHEN fixture_gen.n('cci', k, 3) = 0 THEN 'Accompanied by ' || lower(p.relation) || ' ' || p.relname || ' (' || p.relphone || ')' || CASE WHEN p.lang <> 'English' THEN ', who interprets (' || p.lang || '). ' ELSE '. ' END ELSE '' END
    || 'PMHx: ' || concat_ws(', ', CASE WHEN c.dm THEN 'DM2' END, CASE WHEN c.htn THEN 'HTN' END, CASE WHEN c.lip THEN 'dyslipidemia' END, CASE WHEN c.dep THEN 'depression' END, CASE WHEN c.copd THEN 'COPD' END, 'otherwise well')
    || CASE WHEN fixture_gen.n('cci2', k, 4) = 0 THEN '. Works as a ' || fixture_gen.pick(ARRAY['crane operator', 'PSW', 'teacher', 'truck driver', 'cashier'], 'cjob', k) || ' at ' || p.employer || '.' ELSE '.' END,
  coalesce((SELECT string_agg(DISTINCT d."BN", E'\n') FROM drugs d WHERE d.demographic_no = p.i AND d.rx_date <= rd), ''),
  coalesce((SELECT string_agg(DISTINCT a."DESCRIPTION", ', ') FROM allergies a WHERE a.demographic_no = p.i), 'NKDA'),
  pr, p.i, st,
  CASE st WHEN '1' THEN '' WHEN '2' THEN 'Faxed ' || to_char(rd + 1, 'YYYY-MM-DD') || ', appt given' WHEN '3' THEN 'Faxed twice, no reply. Called office ' || to_char(rd + 40, 'YYYY-MM-DD') || ', spoke to ' || fixture_gen.pick(ARRAY['Donna', 'Tina', 'Michelle'], 'cst2', k)
    ELSE 'Seen, letter received and scanned' END,
  (SELECT team FROM provider WHERE provider_no = pr), concat_ws(E'\n', CASE WHEN c.dm THEN 'DM2' END, CASE WHEN c.htn THEN 'HTN' END, CASE WHEN c.oa THEN 'OA knees' END, CASE WHEN c.chf THEN 'CHF, EF 40%' END),
  fixture_gen.pick(ARRAY['2', '2', '2', '1', '3'], 'curg', k), CASE WHEN fixture_gen.n('cpwb', k, 5) = 0 THEN 1 ELSE 0 END, rd + 60, rd + 2 + time '12:00'
FROM generate_series(1, 130) k
CROSS JOIN LATERAL (SELECT date '2021-01-15' + fixture_gen.n('crd', k, 1240) AS rd, fixture_gen.pick(ARRAY['1', '2', '2', '3', '4', '4', '4'], 'cst', k) AS st) x
JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('cpat', k, 420) JOIN pgen.clin c ON c.i = p.i
JOIN "professionalSpecialists" ps ON ps."specId" = 1 + fixture_gen.n('cspec', k, 40) JOIN "consultationServices" cs ON cs."serviceDesc" = ps."specType"
CROSS JOIN LATERAL (SELECT CASE WHEN p.mrp IN ('110', '111', '112') OR fixture_gen.n('cprv', k, 6) > 0 THEN p.mrp ELSE '107' END AS pr,
  extract(year FROM age(x.rd, p.dob))::int AS age, CASE p.sex WHEN 'F' THEN 'F' ELSE 'M' END AS sexw) v
ORDER BY rd, k;

-- Documents: faxed specialist letters, imaging and hospital reports, forms,
-- scanned old charts; filed to a chart (ctl_document module demographic) or
-- still unassigned in the inbox (module_id -1).
INSERT INTO document (doctype, "docClass", "docSubClass", docdesc, docfilename, doccreator, responsible, source, updatedatetime, status, contenttype, observationdate, reviewer, reviewdatetime, appointment_no, abnormal)
SELECT t.doctype, t.cls, t.sub,
  CASE fixture_gen.n('ddesc', k, 6) WHEN 0 THEN t.descr || ' - ' || pgen.up(p.last) || ', ' || pgen.up(p.first) WHEN 1 THEN t.descr || ' Dr. ' || fixture_gen.pick(ARRAY['Khoury', 'Persaud', 'Mancini', 'Sidhu', 'Patel'], 'ddr', k) ELSE t.descr END,
  to_char(up, 'YYYYMMDDHH24MISS') || CASE fixture_gen.n('dfn', k, 4)
    WHEN 0 THEN pgen.up(pgen.fold(p.last)) || '_' || pgen.up(pgen.fold(p.first)) || '_' || replace(lower(t.sub), ' ', '') || '.pdf'
    WHEN 1 THEN 'fax_' || replace(pgen.phone('dfx', k), '-', '') || '.pdf'
    WHEN 2 THEN 'scan_' || to_char(up, 'YYYYMMDD') || '_' || lpad((k % 1000)::text, 4, '0') || '.pdf'
    ELSE replace(lower(t.descr), ' ', '_') || '.pdf' END,
  cr, p.mrp, t.src, up, CASE WHEN fixture_gen.n('dstat', k, 40) = 0 THEN 'D' ELSE 'A' END, CASE WHEN t.doctype = 'photo' THEN 'image/jpeg' ELSE 'application/pdf' END,
  (up - make_interval(days => fixture_gen.n('dobs', k, 14)))::date, CASE WHEN fixture_gen.n('drev', k, 6) > 0 THEN p.mrp END,
  CASE WHEN fixture_gen.n('drev', k, 6) > 0 THEN up + make_interval(hours => 5 + fixture_gen.n('drh', k, 70)) END, NULL,
  CASE WHEN t.doctype IN ('radiology', 'lab', 'consult') AND fixture_gen.n('dab', k, 6) = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 320) k
JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('dpat', k, 420)
CROSS JOIN LATERAL (SELECT pgen.wd('dup', k, date '2021-01-04', date '2024-06-19') + make_interval(secs => fixture_gen.n('dups', k, 900)) AS up, fixture_gen.pick(ARRAY['130', '131', '132', '133', '141', '120'], 'dcr', k) AS cr) x
JOIN (VALUES
  (0, 'consult', 'Consultant ReportA', 'Cardiology', 'Consult letter cardiology', 'Fax'),
  (1, 'consult', 'Consultant ReportA', 'Psychiatry', 'Psychiatry consult note', 'Fax'),
  (2, 'radiology', 'Diagnostic Imaging Report', 'Echo', 'Echocardiogram report', 'Hamilton Health Sciences'),
  (3, 'radiology', 'Diagnostic Imaging Report', 'Mammogram', 'Screening mammogram OBSP', 'Juravinski Hospital'),
  (4, 'radiology', 'Diagnostic Imaging Report', 'X-Ray', 'X-ray knee', 'Mountain Diagnostic Imaging'),
  (5, 'radiology', 'Diagnostic Imaging Report', 'MRI', 'MRI lumbar spine', 'Niagara Health'),
  (6, 'others', 'Medical Record Report', 'Discharge summary', 'Discharge summary', 'St. Joseph''s Healthcare Hamilton'),
  (7, 'others', 'Medical Record Report', 'ER report', 'ER visit report', 'Niagara Health'),
  (8, 'insurance', 'Other Letter', 'Insurance form', 'Insurance form Manulife', 'Patient'),
  (9, 'legal', 'Other Letter', 'Lawyer letter', 'Request for records (MVA)', 'Fax'),
  (10, 'oldchart', 'Medical Record Report', 'Old chart', 'Old chart from previous GP', 'Scanner'),
  (11, 'pathology', 'Pathology Report', 'Colonoscopy', 'Colonoscopy and pathology', 'Niagara Health'),
  (12, 'lab', 'Lab Report', 'Outside lab', 'Outside lab results (walk-in)', 'Fax'),
  (13, 'photo', 'Photo', 'Skin lesion', 'Photo of skin lesion', 'Scanner'),
  (14, 'consult', 'Consultant ReportA', 'Physiotherapy', 'Physio progress report', 'Fax'),
  (15, 'others', 'Other Letter', 'Home care', 'HCCSS home care plan', 'Fax')
) t(o, doctype, cls, sub, descr, src) ON t.o = fixture_gen.n('dtype', k, 16)
ORDER BY up, k;

INSERT INTO ctl_document (module, module_id, document_no, status)
SELECT 'demographic', CASE WHEN fixture_gen.n('dunf', d.document_no, 15) = 0 THEN -1 ELSE p.i END, d.document_no, d.status
FROM document d JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('dpat', d.document_no, 420)
ORDER BY d.document_no;

-- HL7 v2 lab results, base64 of the raw message as OSCAR stores it, with
-- their text index and routing to the patient and the ordering provider.
CREATE TABLE pgen.lab (k int PRIMARY KEY, i int, typ text, prov text, t timestamp, acc text, abn boolean, disc text, obx text);
INSERT INTO pgen.lab
SELECT k, p.i, fixture_gen.pick(ARRAY['CML', 'CML', 'CML', 'GDML', 'HHSEMR'], 'ltyp', k), CASE WHEN fixture_gen.n('lprv', k, 6) = 0 THEN '107' ELSE p.mrp END,
  pgen.at('lt', k, '2021-01-04', '2024-06-19'), NULL, false, NULL,
  CASE fixture_gen.n('lpanel', k, 4)
    WHEN 0 THEN 'OBX|1|NM|4548-4^Hemoglobin A1c^LN||' || to_char(5.6 + fixture_gen.n('la1c', k, 40) / 10.0, 'FM90.0') || '|%|4.0-6.0|' || CASE WHEN 5.6 + fixture_gen.n('la1c', k, 40) / 10.0 > 6.0 THEN 'H' ELSE 'N' END || '|||F' || chr(13)
      || 'OBX|2|NM|2345-7^Glucose Fasting^LN||' || to_char(4.5 + fixture_gen.n('lglu', k, 60) / 10.0, 'FM90.0') || '|mmol/L|3.6-6.0|' || CASE WHEN 4.5 + fixture_gen.n('lglu', k, 60) / 10.0 > 6.0 THEN 'H' ELSE 'N' END || '|||F'
    WHEN 1 THEN 'OBX|1|NM|2093-3^Cholesterol^LN||' || to_char(3.5 + fixture_gen.n('ltc', k, 40) / 10.0, 'FM90.0') || '|mmol/L|<5.2|N|||F' || chr(13)
      || 'OBX|2|NM|13457-7^LDL Cholesterol^LN||' || to_char(1.4 + fixture_gen.n('lldl', k, 35) / 10.0, 'FM90.0') || '|mmol/L|<3.5|' || CASE WHEN 1.4 + fixture_gen.n('lldl', k, 35) / 10.0 >= 3.5 THEN 'H' ELSE 'N' END || '|||F' || chr(13)
      || 'OBX|3|NM|2085-9^HDL Cholesterol^LN||' || to_char(0.9 + fixture_gen.n('lhdl', k, 12) / 10.0, 'FM90.0') || '|mmol/L|>0.9|N|||F'
    WHEN 2 THEN 'OBX|1|NM|718-7^Hemoglobin^LN||' || (105 + fixture_gen.n('lhb', k, 60))::text || '|g/L|120-160|' || CASE WHEN 105 + fixture_gen.n('lhb', k, 60) < 120 THEN 'L' ELSE 'N' END || '|||F' || chr(13)
      || 'OBX|2|NM|6690-2^WBC^LN||' || to_char(3.5 + fixture_gen.n('lwbc', k, 80) / 10.0, 'FM90.0') || '|x10E9/L|4.0-11.0|N|||F' || chr(13)
      || 'OBX|3|NM|777-3^Platelets^LN||' || (150 + fixture_gen.n('lplt', k, 250))::text || '|x10E9/L|150-400|N|||F'
    ELSE 'OBX|1|NM|2160-0^Creatinine^LN||' || (55 + fixture_gen.n('lcr', k, 90))::text || '|umol/L|50-110|' || CASE WHEN 55 + fixture_gen.n('lcr', k, 90) > 110 THEN 'H' ELSE 'N' END || '|||F' || chr(13)
      || 'OBX|2|NM|33914-3^eGFR^LN||' || (38 + fixture_gen.n('legfr', k, 70))::text || '|mL/min/1.73m2|>60|' || CASE WHEN 38 + fixture_gen.n('legfr', k, 70) < 60 THEN 'L' ELSE 'N' END || '|||F' || chr(13)
      || 'OBX|3|NM|3016-3^TSH^LN||' || to_char(0.4 + fixture_gen.n('ltsh', k, 60) / 10.0, 'FM90.0') || '|mIU/L|0.32-5.04|N|||F' END
FROM generate_series(1, 170) k JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('lpat', k, 420);
UPDATE pgen.lab SET abn = obx ~ '\|[HL]\|\|\|F', disc = CASE WHEN obx LIKE '%Hemoglobin^LN%' THEN 'HEM' ELSE 'CHEM' END,
  acc = CASE typ WHEN 'CML' THEN 'CML' || extract(year FROM t)::int % 100 || '-' || fixture_gen.digits('lacc', k, 7) WHEN 'GDML' THEN fixture_gen.digits('lacc', k, 9) ELSE 'HHS' || fixture_gen.digits('lacc', k, 10) END;

INSERT INTO "hl7TextMessage" (message, type, "serviceName", created, "fileUploadCheckId")
SELECT pgen.b64(
    'MSH|^~\&|' || CASE l.typ WHEN 'CML' THEN 'CML^LifeLabs' WHEN 'GDML' THEN 'GDML^Dynacare' ELSE 'HHSC^HHS' END || '|' || CASE l.typ WHEN 'HHSEMR' THEN 'HGH' ELSE l.typ END || '|OSCAR|ERFHT|' || to_char(l.t, 'YYYYMMDDHH24MISS') || '||ORU^R01|' || fixture_gen.digits('lmsh', l.k, 10) || '|P|2.3' || chr(13)
    || 'PID|1||' || d.hin || '^^^^JHN^^^^ON^^' || trim(d.ver) || '||' || d.last_name || '^' || d.first_name || '^' || coalesce(d."middleNames", '') || '||' || d.year_of_birth || d.month_of_birth || d.date_of_birth || '|' || d.sex
      || '|||' || d.address || '^^' || d.city || '^ON^' || replace(d.postal, ' ', '') || '||' || regexp_replace(d.phone, '[^0-9]', '', 'g') || chr(13)
    || 'ORC|RE||' || l.acc || chr(13)
    || 'OBR|1||' || l.acc || '|' || CASE l.disc WHEN 'HEM' THEN 'CBC^Complete Blood Count' ELSE 'CHEM^Chemistry' END || '|||' || to_char(l.t - interval '1 day', 'YYYYMMDDHH24MI') || '|||||||'
      || to_char(l.t - interval '20 hours', 'YYYYMMDDHH24MI') || '||' || pv.ohip_no || '^' || pv.last_name || '^' || pv.first_name || '||||||' || to_char(l.t, 'YYYYMMDDHH24MI') || '||' || l.disc || '|F' || chr(13)
    || l.obx || chr(13)
    || CASE WHEN fixture_gen.n('lnte', l.k, 5) = 0 THEN 'NTE|1||Specimen collected at ' || fixture_gen.pick(ARRAY['LifeLabs Upper James PSC', 'LifeLabs Stoney Creek PSC', 'Dynacare Grimsby', 'home visit'], 'lpsc', l.k) || chr(13) ELSE '' END),
  l.typ, CASE l.typ WHEN 'CML' THEN 'LifeLabs' WHEN 'GDML' THEN 'Dynacare' ELSE 'Hamilton Health Sciences' END, l.t, NULL
FROM pgen.lab l JOIN demographic d ON d.demographic_no = l.i JOIN provider pv ON pv.provider_no = l.prov ORDER BY l.k;

INSERT INTO "hl7TextInfo" (lab_no, sex, health_no, result_status, obr_date, requesting_client, discipline, last_name, first_name, report_status, "accessionNum", sending_facility, label)
SELECT l.k, d.sex, d.hin, CASE WHEN l.abn THEN 'A' ELSE '' END, to_char(l.t - interval '1 day', 'YYYY-MM-DD HH24:MI:SS'), pv.last_name || ', ' || pv.first_name, l.disc,
  d.last_name, d.first_name, CASE WHEN fixture_gen.n('lrs', l.k, 12) = 0 THEN 'P' ELSE 'F' END, l.acc, CASE l.typ WHEN 'HHSEMR' THEN 'HHSC' ELSE l.typ END,
  CASE fixture_gen.n('llab', l.k, 12) WHEN 0 THEN 'fasting' WHEN 1 THEN 'pre-op' WHEN 2 THEN 'repeat per Dr. ' || pv.last_name END
FROM pgen.lab l JOIN demographic d ON d.demographic_no = l.i JOIN provider pv ON pv.provider_no = l.prov ORDER BY l.k;

INSERT INTO "patientLabRouting" (demographic_no, lab_no, lab_type, created, "dateModified")
SELECT i, k, 'HL7', t + interval '3 minutes', t + interval '3 minutes' FROM pgen.lab ORDER BY k;

INSERT INTO "providerLabRouting" (provider_no, lab_no, status, comment, timestamp, lab_type)
SELECT pr, l.k, CASE WHEN l.t > timestamp '2024-06-10' THEN 'N' ELSE 'A' END,
  CASE WHEN o = 1 AND l.abn THEN fixture_gen.pick(ARRAY['called pt, booked f/u', 'repeat in 3 mo', 'tickler to RN to call', 'discussed at visit', '', 'LMOM on cell ' || coalesce(p.cell, p.phone),
    'spoke with ' || lower(p.relation) || ' ' || split_part(p.relname, ' ', 1) || ', pt at work'], 'plc', l.k) ELSE '' END,
  l.t + make_interval(hours => 2 + fixture_gen.n('plt', l.k * 2 + o, 80)), 'HL7'
FROM pgen.lab l JOIN pgen.pat p ON p.i = l.i CROSS JOIN LATERAL (VALUES (1, l.prov), (2, CASE WHEN fixture_gen.n('lcc', l.k, 5) = 0 THEN '120' END)) r(o, pr)
WHERE pr IS NOT NULL ORDER BY l.k, o;

-- Ticklers: reminders staff leave each other about a patient.
INSERT INTO tickler (demographic_no, program_id, message, status, update_date, service_date, creator, priority, task_assigned_to)
SELECT p.i, 10016,
  CASE fixture_gen.n('tmsg', k, 14)
    WHEN 0 THEN 'Call pt re: abnormal A1C ' || to_char(8.1 + fixture_gen.n('ta1c', k, 20) / 10.0, 'FM90.0') || ' - book f/u with MRP'
    WHEN 1 THEN 'Rx renewal request from ' || fixture_gen.pick(ARRAY['Shoppers Upper James', 'Rexall Stoney Creek', 'Grimsby Pharmasave', 'Costco Ancaster'], 'tph', k) || ' - ' || lower(fixture_gen.pick(ARRAY['metformin', 'ramipril', 'atorvastatin', 'synthroid'], 'tdr', k))
    WHEN 2 THEN lower(p.relation) || ' ' || p.relname || ' called asking for results, consent on file? call back ' || p.relphone
    WHEN 3 THEN 'Chase echo report from Dr. ' || fixture_gen.pick(ARRAY['Khoury', 'Persaud', 'Saad'], 'tsp', k)
    WHEN 4 THEN 'ODSP form due end of month'
    WHEN 5 THEN 'Recall for pap - overdue'
    WHEN 6 THEN 'Mammogram report not received, call OBSP'
    WHEN 7 THEN 'Pt wants a call back at ' || coalesce(p.cell, p.phone) || ' re: sick note for ' || p.employer
    WHEN 8 THEN 'Repeat INR Thursday'
    WHEN 9 THEN 'Book annual physical + bloodwork'
    WHEN 10 THEN 'New address: ' || (1 + fixture_gen.n('tna', k, 900))::text || ' ' || fixture_gen.pick(ARRAY['Upper Sherman Ave', 'Rymal Rd W', 'Lake St'], 'tns', k) || ', update chart and health card'
    WHEN 11 THEN 'Home care (HCCSS) called re: wound care orders, coordinator ' || fixture_gen.pick(ARRAY['Tanya', 'Gurleen', 'Mark'], 'tco', k) || ' ' || pgen.phone('tcp', k)
    WHEN 12 THEN 'Insurance form (' || fixture_gen.pick(ARRAY['Sun Life', 'Manulife', 'Canada Life'], 'tin', k) || ') left at front, needs signature'
    ELSE 'Follow up on referral to ' || fixture_gen.pick(ARRAY['dermatology', 'psychiatry', 'ortho', 'GI'], 'trf', k) END,
  CASE WHEN sd < date '2024-05-01' THEN fixture_gen.pick(ARRAY['C', 'C', 'C', 'D', 'A'], 'tst', k) ELSE 'A' END,
  sd::timestamp + make_interval(mins => 480 + fixture_gen.n('tup', k, 540)), sd,
  fixture_gen.pick(ARRAY['130', '131', '132', '133', '120', '121', p.mrp], 'tcr', k), fixture_gen.pick(ARRAY['Normal', 'Normal', 'Normal', 'High', 'Low'], 'tpr', k),
  fixture_gen.pick(ARRAY[p.mrp, p.mrp, '120', '121', '141', '130'], 'tas', k)
FROM generate_series(1, 260) k JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('tpat', k, 420)
CROSS JOIN LATERAL (SELECT date '2021-01-05' + fixture_gen.n('tsd', k, 1265) AS sd) x
ORDER BY sd, k;

-- Internal messages between staff (oscarMessenger) and their recipients.
CREATE TABLE pgen.msg (k int PRIMARY KEY, sender text, rcpt text[], t timestamp, i int, subj text, body text, pdf boolean);
INSERT INTO pgen.msg
SELECT k, s.no, r.rcpt, pgen.wd('mt', k, date '2021-01-04', date '2024-06-19') + make_interval(secs => fixture_gen.n('mts', k, 840)), p.i,
  CASE m WHEN 0 THEN 'Sick note - ' || pgen.up(p.last) || ', ' || pgen.up(p.first) WHEN 1 THEN 'Lab results' WHEN 2 THEN 're: ' || pgen.up(p.last) WHEN 3 THEN 'Staff meeting Tuesday'
    WHEN 4 THEN 'Rx question' WHEN 5 THEN 'Urgent - ' || pgen.up(p.last) || ' ' || pgen.up(p.first) WHEN 6 THEN 'Flu clinic Saturday' ELSE 'Form to sign' END,
  CASE m
    WHEN 0 THEN 'Hi, ' || p.first || ' ' || p.last || ' (DOB ' || to_char(p.dob, 'YYYY-MM-DD') || ') called asking for a sick note for ' || p.employer || ', off since Monday. Can you do it at the phone appt Thursday? Thanks'
    WHEN 1 THEN 'Please review ' || p.first || '''s labs from ' || fixture_gen.pick(ARRAY['LifeLabs', 'Dynacare', 'HHS'], 'mlb', k) || ', potassium 5.9 flagged. Pt''s cell ' || coalesce(p.cell, p.phone) || '.'
    WHEN 2 THEN 'Pt''s ' || lower(p.relation) || ' ' || p.relname || ' dropped off a letter from the lawyer re: MVA, it''s in your box. Chart HIN ' || p.hin || '.'
    WHEN 3 THEN 'Reminder: FHT staff meeting Tuesday 12:15 in the Mountain boardroom. Lunch provided. Agenda: Q040 audit, flu clinic planning.'
    WHEN 4 THEN 'Pharmacy called about ' || pgen.up(p.last) || ' - interaction between clarithromycin and atorvastatin. Ok to hold statin x 7 days?'
    WHEN 5 THEN 'Pt''s ' || lower(p.relation) || ' called, ' || p.first || ' fell at home and is at ' || fixture_gen.pick(ARRAY['Hamilton General', 'St. Catharines hospital', 'West Lincoln Memorial'], 'mhs', k) || ' ER. Please call back ' || p.relphone || '.'
    WHEN 6 THEN 'Flu clinic this Saturday 9-1 at the Grimsby site. Need 2 nurses and 1 reception, please reply if available.'
    ELSE 'ODSP and CPP-D forms for ' || p.first || ' ' || p.last || ' are ready for your signature, pt coming Friday.' END,
  m IN (1, 5) AND fixture_gen.n('mpdf', k, 5) = 0
FROM generate_series(1, 220) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('mkind', k, 8) AS m) mm
JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('mpat', k, 420)
JOIN (SELECT no, first, last FROM pgen.staff) s ON s.no = CASE WHEN m IN (0, 2, 5, 7) THEN fixture_gen.pick(ARRAY['130', '131', '132', '133', '141'], 'msnd', k) WHEN m IN (3, 6) THEN '140' ELSE fixture_gen.pick(ARRAY['120', '121', '124', '101', '103'], 'msn2', k) END
CROSS JOIN LATERAL (SELECT CASE WHEN m IN (3, 6) THEN ARRAY['101', '102', '103', '104', '105', '106', '110', '111', '112', '120', '121'] WHEN fixture_gen.n('mrc', k, 4) = 0 THEN ARRAY[p.mrp, '120'] ELSE ARRAY[p.mrp] END AS rcpt) r;

INSERT INTO messagetbl (thedate, theime, themessage, thesubject, sentby, sentto, "sentbyNo", "sentByLocation", attachment, pdfattachment, type)
SELECT m.t::date, m.t::time, m.body, m.subj, s.first || ' ' || s.last,
  (SELECT string_agg(r.first || ' ' || r.last, ', ' ORDER BY o) FROM unnest(m.rcpt) WITH ORDINALITY u(no, o) JOIN pgen.staff r ON r.no = u.no), m.sender, 145, NULL,
  CASE WHEN m.pdf THEN convert_to('%PDF-1.4' || chr(10) || '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj' || chr(10) || '4 0 obj << /Length 160 >> stream' || chr(10)
    || 'BT /F1 10 Tf 40 760 Td (Escarpment Ridge FHT - Encounter) Tj 0 -14 Td (' || pgen.up(p.last) || ', ' || pgen.up(p.first) || '  HIN ' || p.hin || '  DOB ' || to_char(p.dob, 'YYYY-MM-DD') || ') Tj 0 -14 Td (' || p.phone || ') Tj ET'
    || chr(10) || 'endstream endobj' || chr(10) || 'trailer << /Root 1 0 R >>' || chr(10) || '%%EOF', 'UTF8') END,
  NULL
FROM pgen.msg m JOIN pgen.staff s ON s.no = m.sender JOIN pgen.pat p ON p.i = m.i ORDER BY m.t, m.k;

INSERT INTO messagelisttbl (message, provider_no, status, "remoteLocation", "destinationFacilityId", "sourceFacilityId")
SELECT mt.messageid, u.no, CASE WHEN mt.thedate > date '2024-06-12' THEN 'new' WHEN fixture_gen.n('mls', mt.messageid * 3 + o, 6) = 0 THEN 'del' ELSE 'read' END, 145, 0, 0
FROM messagetbl mt JOIN pgen.msg m ON m.t = mt.thedate + mt.theime AND m.body = mt.themessage, unnest(m.rcpt) WITH ORDINALITY u(no, o)
ORDER BY mt.messageid, o;

-- The access log: logins (and failed ones, where OSCAR writes the typed user
-- name into provider_no), charts read, searches with what was typed,
-- demographic updates with the record as it was, prints, labs, documents.
CREATE TABLE pgen.ip (no text PRIMARY KEY, lan text, home text);
INSERT INTO pgen.ip SELECT no, CASE site WHEN 'Mountain' THEN '192.168.10.' WHEN 'Stoney Creek' THEN '192.168.20.' WHEN 'Grimsby' THEN '192.168.30.' ELSE '192.168.40.' END || (20 + k)::text,
  CASE WHEN ptype IN ('doctor', 'admin') OR spec = 'NP' THEN fixture_gen.pick(ARRAY['24.57.', '99.233.', '174.112.', '70.49.', '142.114.'], 'hip', k) || (1 + fixture_gen.n('hip3', k, 254))::text || '.' || (1 + fixture_gen.n('hip4', k, 254))::text END
FROM pgen.staff;

INSERT INTO log ("dateTime", provider_no, action, content, "contentId", ip, demographic_no, data, "securityId")
SELECT t, CASE WHEN kind = 'failed' THEN substr(fixture_gen.pick(ARRAY[lower(substr(s.first, 1, 1) || s.last), lower(s.first), upper(substr(s.first, 1, 1)) || lower(s.last), lower(substr(s.first, 1, 1) || s.last) || '1'], 'lfu', k), 1, 10) ELSE s.no END,
  CASE kind WHEN 'login' THEN 'login' WHEN 'logout' THEN 'logout' WHEN 'failed' THEN 'failed' WHEN 'search' THEN 'search' WHEN 'appt' THEN 'add' WHEN 'demo' THEN 'update' WHEN 'print' THEN 'print'
    WHEN 'eform' THEN 'add' WHEN 'tickler' THEN 'edit' ELSE 'read' END,
  CASE kind WHEN 'login' THEN 'login' WHEN 'logout' THEN 'login' WHEN 'failed' THEN 'login' WHEN 'search' THEN 'demographic' WHEN 'appt' THEN 'appointment' WHEN 'demo' THEN 'demographic'
    WHEN 'print' THEN 'rx' WHEN 'lab' THEN 'lab' WHEN 'doc' THEN 'document' WHEN 'eform' THEN 'eform' WHEN 'tickler' THEN 'tickler' ELSE 'eChart' END,
  CASE kind WHEN 'chart' THEN p.i::text WHEN 'demo' THEN p.i::text WHEN 'appt' THEN (1 + fixture_gen.n('lap', k, 900))::text WHEN 'print' THEN (1 + fixture_gen.n('lrx', k, 600))::text
    WHEN 'lab' THEN (1 + fixture_gen.n('llb', k, 170))::text WHEN 'doc' THEN (1 + fixture_gen.n('ldc', k, 320))::text WHEN 'eform' THEN (1 + fixture_gen.n('lef', k, 160))::text
    WHEN 'tickler' THEN (1 + fixture_gen.n('ltk', k, 260))::text ELSE '' END,
  CASE WHEN ip.home IS NOT NULL AND (extract(hour FROM t) >= 18 OR fixture_gen.n('lhome', k, 9) = 0) THEN ip.home ELSE ip.lan END,
  CASE WHEN kind IN ('chart', 'demo', 'appt', 'print', 'lab', 'doc', 'eform', 'tickler') THEN p.i END,
  CASE kind
    WHEN 'search' THEN fixture_gen.pick(ARRAY[lower(p.last), lower(p.last) || ', ' || lower(substr(p.first, 1, 1)), pgen.up(p.last) || ',' || pgen.up(p.first), p.hin, regexp_replace(p.phone, '[^0-9]', '', 'g'), to_char(p.dob, 'YYYY-MM-DD'), p.chart], 'lsr', k)
    WHEN 'demo' THEN 'Demographic[demographicNo=' || p.i || ',lastName=' || pgen.up(p.last) || ',firstName=' || pgen.up(p.first) || ',hin=' || p.hin || ',ver=' || p.ver || ',address=' || pgen.up(p.street) || ',city=' || pgen.up(p.city)
      || ',postal=' || p.postal || ',phone=' || p.phone || ',email=' || coalesce(p.email, '') || ',rosterStatus=RO]'
    WHEN 'failed' THEN '' ELSE '' END,
  CASE WHEN kind = 'failed' THEN NULL ELSE s.sk END
FROM generate_series(1, 2000) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('lkind', k, 100) AS r) r0
CROSS JOIN LATERAL (SELECT CASE WHEN r0.r < 16 THEN 'login' WHEN r0.r < 21 THEN 'logout' WHEN r0.r < 24 THEN 'failed' WHEN r0.r < 48 THEN 'chart' WHEN r0.r < 56 THEN 'search'
  WHEN r0.r < 64 THEN 'appt' WHEN r0.r < 70 THEN 'demo' WHEN r0.r < 76 THEN 'print' WHEN r0.r < 85 THEN 'lab' WHEN r0.r < 92 THEN 'doc' WHEN r0.r < 96 THEN 'eform' ELSE 'tickler' END AS kind,
  pgen.wd('ldt', k, date '2021-01-04', date '2024-06-20') + make_interval(secs => fixture_gen.n('lsec', k, 899)) + CASE WHEN fixture_gen.n('late', k, 12) = 0 THEN interval '4 hours' ELSE interval '0' END AS t) x
JOIN (SELECT k AS sk, no, first, last FROM pgen.staff) s ON s.sk = CASE WHEN x.kind IN ('search', 'appt') THEN (ARRAY[17, 18, 19, 20, 22])[1 + fixture_gen.n('lus', k, 5)] WHEN x.kind = 'print' THEN (ARRAY[2, 3, 4, 5, 6, 7, 8, 9, 10, 11])[1 + fixture_gen.n('lus', k, 10)]
  ELSE 1 + fixture_gen.n('lus', k, 23) END
JOIN pgen.ip ip ON ip.no = s.no
JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('lpt', k, 420)
ORDER BY t, k;

-- eForms: the templates (HTML with oscarDB placeholders), the filled-in
-- forms as saved HTML, and the values of their fields.
CREATE TABLE pgen.ef (fid int, o int, var text, label text, db text);
INSERT INTO pgen.ef VALUES
 (1, 1, 'patient_name', 'Patient', 'patient_name'), (1, 2, 'hin', 'Health Number', 'hin'), (1, 3, 'dob', 'Date of Birth', 'dob'), (1, 4, 'address', 'Address', 'address_line'),
 (1, 5, 'phone', 'Phone', 'phone'), (1, 6, 'provider_name', 'Clinician', 'doctor'), (1, 7, 'provider_ohip', 'Billing No', 'doctor_ohip_no'), (1, 8, 'chk_a1c', 'HbA1C', NULL),
 (1, 9, 'chk_lipid', 'Lipid assessment', NULL), (1, 10, 'clinical_info', 'Clinical information', NULL),
 (2, 1, 'patient_name', 'Patient', 'patient_name'), (2, 2, 'hin', 'Health Number', 'hin'), (2, 3, 'dob', 'Date of Birth', 'dob'), (2, 4, 'phone', 'Phone', 'phone'),
 (2, 5, 'exam', 'Examination requested', NULL), (2, 6, 'clinical_info', 'Clinical information', NULL), (2, 7, 'provider_name', 'Referring physician', 'doctor'),
 (3, 1, 'patient_name', 'Patient', 'patient_name'), (3, 2, 'dob', 'Date of Birth', 'dob'), (3, 3, 'employer', 'Employer', NULL), (3, 4, 'dates_off', 'Unable to work from', NULL),
 (3, 5, 'return_date', 'May return on', NULL), (3, 6, 'provider_name', 'Physician', 'doctor'), (3, 7, 'signature', 'Signature', NULL),
 (4, 1, 'patient_name', 'Patient', 'patient_name'), (4, 2, 'dob', 'Date of Birth', 'dob'), (4, 3, 'hin', 'Health Number', 'hin'), (4, 4, 'address', 'Address', 'address_line'),
 (4, 5, 'release_to', 'Release records to', NULL), (4, 6, 'records', 'Records requested', NULL), (4, 7, 'patient_signature', 'Patient signature', NULL),
 (5, 1, 'patient_name', 'Patient', 'patient_name'), (5, 2, 'hin', 'Health Number', 'hin'), (5, 3, 'dob', 'Date of Birth', 'dob'), (5, 4, 'drug_requested', 'Drug requested', NULL),
 (5, 5, 'diagnosis', 'Diagnosis', NULL), (5, 6, 'previous_tx', 'Previous treatment', NULL), (5, 7, 'provider_name', 'Prescriber', 'doctor'), (5, 8, 'provider_cpso', 'CPSO', NULL),
 (6, 1, 'patient_name', 'Patient', 'patient_name'), (6, 2, 'q1', 'Little interest or pleasure', NULL), (6, 3, 'q2', 'Feeling down, depressed', NULL), (6, 4, 'q3', 'Sleep', NULL),
 (6, 5, 'q4', 'Tired', NULL), (6, 6, 'q9', 'Thoughts of self-harm', NULL), (6, 7, 'total', 'Total score', NULL);

INSERT INTO eform (form_name, file_name, subject, form_date, form_time, form_creator, status, form_html, "showLatestFormOnly")
SELECT n, f, sj, d, time '14:05:00', '999998', 1,
  '<html><head><title>' || n || '</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style type="text/css">.lbl{font:10pt Arial} input.txt{width:260px}</style>'
  || '<script language="javascript" src="${oscar_javascript_path}eforms/printControl.js"></script></head><body onload="printControl.initialize()"><form method="post" action="" name="FormName" id="FormName">'
  || '<div class="lbl"><img src="${oscar_image_path}erfht_logo.png" width="180"> Escarpment Ridge Family Health Team</div><table>'
  || (SELECT string_agg('<tr><td class="lbl">' || e.label || '</td><td><input type="' || CASE WHEN e.var LIKE 'chk_%' THEN 'checkbox' WHEN e.var LIKE '%signature' THEN 'hidden' ELSE 'text' END || '" name="' || e.var || '" id="' || e.var || '"'
      || CASE WHEN e.db IS NOT NULL THEN ' oscarDB=' || e.db ELSE '' END || ' class="txt"></td></tr>', '' ORDER BY e.o) FROM pgen.ef e WHERE e.fid = x.fid)
  || '</table><input type="hidden" name="subject" id="subject"><input type="submit" value="Submit" name="SubmitButton"><input type="button" value="Print" onclick="window.print()"></form></body></html>',
  CASE WHEN fid = 6 THEN 1 ELSE 0 END
FROM (VALUES (1, 'Ontario Lab Requisition', 'lab_req_4422-84.html', 'Lab requisition', date '2019-06-12'), (2, 'Diagnostic Imaging Requisition', 'di_req.html', 'DI requisition', date '2019-06-12'),
  (3, 'Sick Note', 'sicknote.html', 'Sick note', date '2020-02-03'), (4, 'Consent to Release Information', 'release_consent.html', 'Release of information', date '2020-09-21'),
  (5, 'ODB Exceptional Access Request', 'eap_request.html', 'EAP request', date '2021-03-08'), (6, 'PHQ-9', 'phq9.html', 'PHQ-9', date '2021-05-17')) x(fid, n, f, sj, d)
ORDER BY fid;

CREATE TABLE pgen.efd (k int PRIMARY KEY, fid int, i int, prov text, t timestamp, subj text);
INSERT INTO pgen.efd
SELECT k, fid, p.i, CASE WHEN fixture_gen.n('efp', k, 6) = 0 THEN fixture_gen.pick(ARRAY['110', '111', '112', '107'], 'efq', k) ELSE p.mrp END,
  pgen.wd('eft', k, date '2021-06-01', date '2024-06-19') + make_interval(secs => fixture_gen.n('efs', k, 800)),
  CASE fid WHEN 1 THEN fixture_gen.pick(ARRAY['A1C lipids', 'fasting bloodwork', 'annual labs', 'pre-op labs for Dr. Mancini', ''], 'efsj', k)
    WHEN 2 THEN fixture_gen.pick(ARRAY['knee xray', 'US abdo', 'CT head - r/o bleed', 'mammo diagnostic', ''], 'efsj', k)
    WHEN 3 THEN 'off work ' || (1 + fixture_gen.n('efdo', k, 5))::text || ' days' WHEN 4 THEN 'records to ' || fixture_gen.pick(ARRAY['Ross & McBride LLP', 'Sun Life', 'Hamilton lawyer (MVA)', 'new GP in Calgary'], 'efrt', k)
    WHEN 5 THEN fixture_gen.pick(ARRAY['Ozempic', 'Entresto', 'Rinvoq'], 'efdr', k) ELSE 'PHQ-9 ' || to_char(date '2021-06-01' + k, 'Mon YYYY') END
FROM generate_series(1, 160) k
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 6])[1 + fixture_gen.n('eff', k, 12)] AS fid) f
JOIN pgen.pat p ON p.i = 1 + fixture_gen.n('efpat', k, 420);

CREATE TABLE pgen.efv (k int, o int, var text, val text);
INSERT INTO pgen.efv
SELECT d.k, e.o, e.var,
  CASE e.var
    WHEN 'patient_name' THEN pgen.up(p.first) || ' ' || pgen.up(p.last) WHEN 'hin' THEN p.hin || ' ' || p.ver WHEN 'dob' THEN to_char(p.dob, 'YYYY-MM-DD')
    WHEN 'address' THEN pgen.up(p.street) || ', ' || pgen.up(p.city) || ', ON ' || p.postal WHEN 'phone' THEN p.phone
    WHEN 'provider_name' THEN 'Dr. ' || s.first || ' ' || s.last WHEN 'provider_ohip' THEN coalesce(pv.ohip_no, '') WHEN 'provider_cpso' THEN coalesce(pv."practitionerNo", '')
    WHEN 'chk_a1c' THEN CASE WHEN c.dm THEN 'X' ELSE '' END WHEN 'chk_lipid' THEN CASE WHEN c.lip OR c.dm THEN 'X' ELSE '' END
    WHEN 'clinical_info' THEN CASE WHEN d.fid = 2 THEN fixture_gen.pick(ARRAY['R knee pain x 3 mo, ? OA', 'RUQ pain, ? gallstones', 'fall, on apixaban, headache', 'palpable lump L breast 2 o''clock'], 'efci', d.k)
      ELSE fixture_gen.pick(ARRAY['DM2 f/u', 'fatigue', 'on statin', 'pre-op, surgery ' || to_char(d.t + interval '20 days', 'Mon DD'), ''], 'efci', d.k) END
    WHEN 'exam' THEN split_part(d.subj, ' - ', 1)
    WHEN 'employer' THEN p.employer WHEN 'dates_off' THEN to_char(d.t - interval '2 days', 'YYYY-MM-DD') WHEN 'return_date' THEN to_char(d.t + interval '3 days', 'YYYY-MM-DD')
    WHEN 'signature' THEN 'data:image/png;base64,' || fixture_gen.b64('efsig', d.k, 120) WHEN 'patient_signature' THEN 'data:image/png;base64,' || fixture_gen.b64('efpsig', d.k, 120)
    WHEN 'release_to' THEN substr(d.subj, 12) WHEN 'records' THEN fixture_gen.pick(ARRAY['all records since 2015', 'consult notes and imaging re: MVA of 2022-03-14', 'CPP and last 2 years of notes'], 'efrc', d.k)
    WHEN 'drug_requested' THEN d.subj WHEN 'diagnosis' THEN CASE d.subj WHEN 'Ozempic' THEN 'DM2, A1C 9.1 on metformin + Jardiance' WHEN 'Entresto' THEN 'HFrEF, EF 30%' ELSE 'Rheumatoid arthritis' END
    WHEN 'previous_tx' THEN 'metformin 2 yr, empagliflozin 1 yr' WHEN 'total' THEN fixture_gen.n('efphq', d.k, 25)::text
    ELSE fixture_gen.n('efq' || e.var, d.k, 4)::text END
FROM pgen.efd d JOIN pgen.ef e ON e.fid = d.fid JOIN pgen.pat p ON p.i = d.i JOIN pgen.clin c ON c.i = d.i
JOIN (SELECT no, first, last FROM pgen.staff) s ON s.no = d.prov JOIN provider pv ON pv.provider_no = d.prov;

INSERT INTO eform_data (fid, form_name, subject, demographic_no, status, form_date, form_time, form_provider, form_data, "showLatestFormOnly")
SELECT d.fid, f.form_name, d.subj, d.i, CASE WHEN fixture_gen.n('efdel', d.k, 30) = 0 THEN 0 ELSE 1 END, d.t::date, d.t::time, d.prov,
  (SELECT string_agg(CASE WHEN s ~ '<input type="[a-z]+" name="' THEN regexp_replace(s, '<input type="([a-z]+)" name="([a-z0-9_]+)" id="[a-z0-9_]+"( oscarDB=[a-z_]+)?',
      '<input type="\1" name="\2" id="\2" value="' || replace(coalesce((SELECT v.val FROM pgen.efv v WHERE v.k = d.k AND v.var = substring(s FROM '<input type="[a-z]+" name="([a-z0-9_]+)"')),
        CASE WHEN substring(s FROM '<input type="[a-z]+" name="([a-z0-9_]+)"') = 'subject' THEN d.subj END, ''), '"', '&quot;') || '"') ELSE s END, '</td></tr>' ORDER BY o)
   FROM unnest(string_to_array(f.form_html, '</td></tr>')) WITH ORDINALITY u(s, o)),
  f."showLatestFormOnly"
FROM pgen.efd d JOIN eform f ON f.fid = d.fid ORDER BY d.t, d.k;

INSERT INTO eform_values (fdid, fid, demographic_no, var_name, var_value)
SELECT ed.fdid, d.fid, d.i, v.var, v.val
FROM eform_data ed JOIN pgen.efd d ON d.i = ed.demographic_no AND d.t = ed.form_date + ed.form_time AND d.fid = ed.fid JOIN pgen.efv v ON v.k = d.k
ORDER BY ed.fdid, v.o;

SELECT fixture_gen.reset_sequences('public');
SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
